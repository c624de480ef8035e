import LessonModel
import TutorEngine

/// What a footer hint says a key does here: "next", "back", "help"...
public enum HintWord: Equatable, Sendable {
    case next, back, menu, words, help, quit, endSession, answer, skip, stop, done, choose, open, close
    case scroll, change, delete, new, keep, cancel, explained, goOverAgain, notNow, carryOn, anyKey
}

/// The names of keys and what they do: the footer, the help screen, and every sentence that
/// names a key. The keys themselves are the same in every language (`KeyBindings.table`).
public protocol KeyWording {
    /// A key's name as the footer and the notices show it ("Enter", "PgUp").
    func keyName(_ key: Key) -> String
    func hint(_ hint: HintWord) -> String
    /// Every key of a command, for the help screen ("←, p, Backspace, PgUp").
    func helpKeys(_ command: Command) -> String
    /// What a command does, on the help screen; nil keeps it off the help screen.
    func helpMeaning(_ command: Command) -> String?
    /// The letters besides y that say yes where the quit question asks "(y/n)" in this
    /// language ("(s/n)" in Spanish); only there, so s means nothing more in English.
    var yesLetters: [Character] { get }
}

extension KeyWording {
    /// The key that gives a command, named for the mode: the footer's name on screen, the
    /// typed word in plain mode.
    func key(_ command: Command, _ mode: DisplayMode) -> String {
        switch mode {
        case .fullScreen: KeyBindings.binding(command).keys.first.map(keyName) ?? ""
        case .plain: KeyBindings.plainWord(command)
        }
    }

    /// The first key of a command, as the help screen names it.
    func firstKey(_ command: Command) -> String {
        KeyBindings.binding(command).keys.first.map(keyName) ?? ""
    }
}

extension EnglishWords: KeyWording {
    public func keyName(_ key: Key) -> String {
        switch key {
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .tab: "Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .function(let number): "F\(number)"
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .click, .resize, .unknown: ""
        }
    }

    public func hint(_ hint: HintWord) -> String {
        switch hint {
        case .next: "next"
        case .back: "back"
        case .menu: "menu"
        case .words: "words"
        case .help: "help"
        case .quit: "quit"
        case .endSession: "end session"
        case .answer: "answer"
        case .skip: "skip"
        case .stop: "stop"
        case .done: "done"
        case .choose: "choose"
        case .open: "open"
        case .close: "close"
        case .scroll: "scroll"
        case .change: "change"
        case .delete: "delete"
        case .new: "new"
        case .keep: "keep"
        case .cancel: "cancel"
        case .explained: "explained"
        case .goOverAgain: "go over again"
        case .notNow: "not now"
        case .carryOn: "carry on"
        case .anyKey: "any key"
        }
    }

    public func helpKeys(_ command: Command) -> String {
        switch command {
        case .goOn: "Enter, Space, →, n, PgDn"
        case .goBack: "←, p, Backspace, PgUp"
        case .answer: "1 to 9"
        case .up: "↑ and ↓"
        default: firstKey(command)
        }
    }

    public var yesLetters: [Character] { [] }

    public func helpMeaning(_ command: Command) -> String? {
        switch command {
        case .goOn: "go on"
        case .goBack: "go back"
        case .takeBack: "take back the last pick (put in order, match up)"
        case .answer: "answer a question"
        case .up: "choose an answer, or scroll a long screen"
        case .menu: "list of lessons"
        case .glossary: "words and what they mean"
        case .help: "this help"
        case .close: "close what is open"
        case .quit: "quit (your place is saved)"
        case .writeQuestion: "write down a question for your care team (see My questions in the menu)"
        case .readAloud: "read this screen aloud, with each sentence marked as it is spoken (r again stops)"
        case .language: nil
        case .down, .pageUp, .pageDown, .progress, .stopQuiz, .yes, .no, .deleteQuestion, .explainedBack,
            .goOverAgain, .staffExit:
            nil
        }
    }
}

extension SpanishWords: KeyWording {
    public func keyName(_ key: Key) -> String {
        switch key {
        case .enter: "Enter"
        case .escape: "Esc"
        case .backspace: "Retroceso"
        case .tab: "Tab"
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "RePág"
        case .pageDown: "AvPág"
        case .home: "Inicio"
        case .end: "Fin"
        case .function(let number): "F\(number)"
        case .character(" "): "Espacio"
        case .character(let c): String(c)
        case .click, .resize, .unknown: ""
        }
    }

    public func hint(_ hint: HintWord) -> String {
        switch hint {
        case .next: "seguir"
        case .back: "volver"
        case .menu: "menú"
        case .words: "palabras"
        case .help: "ayuda"
        case .quit: "salir"
        case .endSession: "terminar"
        case .answer: "responder"
        case .skip: "saltar"
        case .stop: "parar"
        case .done: "listo"
        case .choose: "elegir"
        case .open: "abrir"
        case .close: "cerrar"
        case .scroll: "mover"
        case .change: "cambiar"
        case .delete: "borrar"
        case .new: "nueva"
        case .keep: "guardar"
        case .cancel: "cancelar"
        case .explained: "lo explicó"
        case .goOverAgain: "repasar"
        case .notNow: "ahora no"
        case .carryOn: "seguir"
        case .anyKey: "cualquier tecla"
        }
    }

    public func helpKeys(_ command: Command) -> String {
        switch command {
        case .goOn: "Enter, Espacio, →, n, AvPág"
        case .goBack: "←, p, Retroceso, RePág"
        case .answer: "1 a 9"
        case .up: "↑ y ↓"
        default: firstKey(command)
        }
    }

    public var yesLetters: [Character] { ["s", "S"] }

    public func helpMeaning(_ command: Command) -> String? {
        switch command {
        case .goOn: "seguir"
        case .goBack: "volver"
        case .takeBack: "quitar la última elección (poner en orden, unir)"
        case .answer: "responder una pregunta"
        case .up: "elegir una respuesta, o mover una pantalla larga"
        case .menu: "lista de lecciones"
        case .glossary: "palabras y lo que significan"
        case .help: "esta ayuda"
        case .close: "cerrar lo que está abierto"
        case .quit: "salir (su lugar queda guardado)"
        case .writeQuestion: "escribir una pregunta para su equipo de atención médica (véala en Mis preguntas, en el menú)"
        case .readAloud: "leer esta pantalla en voz alta, marcando cada oración al leerla (r otra vez para parar)"
        case .language: nil
        case .down, .pageUp, .pageDown, .progress, .stopQuiz, .yes, .no, .deleteQuestion, .explainedBack,
            .goOverAgain, .staffExit:
            nil
        }
    }
}
