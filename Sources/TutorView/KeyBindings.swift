import LessonModel
import TutorEngine

/// Something the learner can ask for. What it does depends on what is on screen (see
/// `KeyMap.action`); how it is asked for is in `KeyBindings.table`.
public enum Command: Equatable, Sendable, CaseIterable {
    case goOn, goBack, takeBack, answer, up, down, pageUp, pageDown
    case menu, glossary, help, progress, close, stopQuiz, quit, yes, no
    case staffExit
    case writeQuestion, deleteQuestion
    case explainedBack, goOverAgain
    case readAloud
    /// The program and the lessons in the other language.
    case language
}

/// One command with every way to give it: the keys of the full-screen tutorial and the word
/// typed in plain mode (how the footer and the help screen name them is in `KeyWording`).
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    /// The words that give the command in plain mode, where a line is typed and sent with
    /// Enter; empty when plain mode has no such command.
    public var plainWords: [String]
}

/// The one table of key bindings. The key map, the footer and its clicks, the help screen,
/// plain mode's commands and every sentence that names a key are made from it.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(
            command: .goOn, keys: [.enter, .right, .character(" "), .character("n")], plainWords: [""]),
        KeyBinding(
            command: .goBack, keys: [.left, .character("p"), .backspace], plainWords: ["b", "back", "volver"]),
        // Before `goBack` where a question is being answered: Backspace takes back the last
        // pick of an order or match question (and goes back when there is none).
        KeyBinding(
            command: .takeBack, keys: [.backspace], plainWords: ["u", "undo"]),
        KeyBinding(
            command: .answer, keys: (1...9).map { .character(Character(String($0))) }, plainWords: (1...9).map(String.init)),
        KeyBinding(
            command: .up, keys: [.up, .character("k")], plainWords: []),
        KeyBinding(
            command: .down, keys: [.down, .character("j"), .tab], plainWords: []),
        KeyBinding(
            command: .pageUp, keys: [.pageUp], plainWords: []),
        KeyBinding(
            command: .pageDown, keys: [.pageDown],
            plainWords: []),
        KeyBinding(
            command: .menu, keys: [.character("m"), .character("M")], plainWords: ["m", "menu"]),
        KeyBinding(
            command: .glossary, keys: [.character("g"), .character("G")], plainWords: ["g", "words", "glossary", "palabras", "glosario"]),
        KeyBinding(
            command: .help, keys: [.character("?"), .character("h")], plainWords: ["?", "h", "help", "ayuda"]),
        KeyBinding(
            command: .progress, keys: [],
            plainWords: ["p", "progress", "progreso"]),
        KeyBinding(
            command: .close, keys: [.escape],
            plainWords: []),
        KeyBinding(
            command: .stopQuiz, keys: [.escape],
            plainWords: ["s", "stop", "parar"]),
        KeyBinding(
            command: .quit, keys: [.character("q"), .character("Q")], plainWords: ["q", "quit", "exit", "salir"]),
        KeyBinding(
            command: .yes, keys: [.character("y"), .character("Y")],
            plainWords: ["y", "yes", "sí", "si"]),
        KeyBinding(
            command: .no, keys: [.character("n"), .character("N"), .escape], plainWords: ["n", "no"]),
        KeyBinding(
            command: .writeQuestion, keys: [.character("w"), .character("W")],
            plainWords: ["w", "write", "escribir"]),
        KeyBinding(
            command: .deleteQuestion, keys: [.character("d"), .character("D")],
            plainWords: ["d", "delete", "borrar"]),
        KeyBinding(
            command: .readAloud, keys: [.character("r"), .character("R")],
            plainWords: []),
        KeyBinding(
            command: .language, keys: [.character("l"), .character("L")],
            plainWords: []),
        // Guided sessions' teach-back marks.
        KeyBinding(
            command: .explainedBack, keys: [.character("1")], plainWords: ["1"]),
        KeyBinding(
            command: .goOverAgain, keys: [.character("2")], plainWords: ["2"]),
        // F12, or Ctrl-K where F12 cannot be typed: asks for the kiosk's exit PIN.
        KeyBinding(
            command: .staffExit, keys: [.function(12), .character("\u{0B}")], plainWords: []),
    ]

    public static func binding(_ command: Command) -> KeyBinding {
        table.first { $0.command == command }!
    }

    /// The first of `commands` that `key` gives: what is on screen decides which commands
    /// apply, so one key (n) can mean "go on" in a lesson and "no" at "Quit? (y/n)".
    public static func command(for key: Key, among commands: [Command]) -> Command? {
        commands.first { binding($0).keys.contains(key) }
    }

    /// The first of `commands` that a line typed in plain mode gives.
    public static func command(forPlainWord word: String, among commands: [Command]) -> Command? {
        commands.first { binding($0).plainWords.contains(word) }
    }

    /// The word to type for a command in plain mode ("b").
    public static func plainWord(_ command: Command) -> String { binding(command).plainWords.first ?? "" }
}
