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
}

/// One command with every way to give it: the keys of the full-screen tutorial, the word
/// typed in plain mode, and how the footer, the help screen and plain mode's prompts name it.
public struct KeyBinding: Sendable {
    public var command: Command
    public var keys: [Key]
    /// Every key, for the help screen ("←, p, Backspace, PgUp").
    public var helpKeys: String
    /// What it does, on the help screen; nil keeps it off the help screen.
    public var helpMeaning: String?
    /// The words that give the command in plain mode, where a line is typed and sent with
    /// Enter; empty when plain mode has no such command.
    public var plainWords: [String]
}

/// The one table of key bindings. The key map, the footer and its clicks, the help screen,
/// plain mode's commands and every sentence that names a key are made from it.
public enum KeyBindings {
    public static let table: [KeyBinding] = [
        KeyBinding(
            command: .goOn, keys: [.enter, .right, .character(" "), .character("n")],
            helpKeys: "Enter, Space, →, n, PgDn", helpMeaning: "go on", plainWords: [""]),
        KeyBinding(
            command: .goBack, keys: [.left, .character("p"), .backspace],
            helpKeys: "←, p, Backspace, PgUp", helpMeaning: "go back", plainWords: ["b", "back"]),
        // Before `goBack` where a question is being answered: Backspace takes back the last
        // pick of an order or match question (and goes back when there is none).
        KeyBinding(
            command: .takeBack, keys: [.backspace], helpKeys: "Backspace",
            helpMeaning: "take back the last pick (put in order, match up)", plainWords: ["u", "undo"]),
        KeyBinding(
            command: .answer, keys: (1...9).map { .character(Character(String($0))) },
            helpKeys: "1 to 9", helpMeaning: "answer a question", plainWords: (1...9).map(String.init)),
        KeyBinding(
            command: .up, keys: [.up, .character("k")], helpKeys: "↑ and ↓",
            helpMeaning: "choose an answer, or scroll a long screen", plainWords: []),
        KeyBinding(
            command: .down, keys: [.down, .character("j"), .tab], helpKeys: "↓",
            helpMeaning: nil, plainWords: []),
        KeyBinding(
            command: .pageUp, keys: [.pageUp], helpKeys: "PgUp", helpMeaning: nil, plainWords: []),
        KeyBinding(
            command: .pageDown, keys: [.pageDown], helpKeys: "PgDn", helpMeaning: nil,
            plainWords: []),
        KeyBinding(
            command: .menu, keys: [.character("m"), .character("M")], helpKeys: "m",
            helpMeaning: "list of lessons", plainWords: ["m", "menu"]),
        KeyBinding(
            command: .glossary, keys: [.character("g"), .character("G")], helpKeys: "g",
            helpMeaning: "words and what they mean", plainWords: ["g", "words", "glossary"]),
        KeyBinding(
            command: .help, keys: [.character("?"), .character("h")], helpKeys: "?",
            helpMeaning: "this help", plainWords: ["?", "h", "help"]),
        KeyBinding(
            command: .progress, keys: [], helpKeys: "", helpMeaning: nil,
            plainWords: ["p", "progress"]),
        KeyBinding(
            command: .close, keys: [.escape], helpKeys: "Esc", helpMeaning: "close what is open",
            plainWords: []),
        KeyBinding(
            command: .stopQuiz, keys: [.escape], helpKeys: "Esc", helpMeaning: nil,
            plainWords: ["s", "stop"]),
        KeyBinding(
            command: .quit, keys: [.character("q"), .character("Q")], helpKeys: "q",
            helpMeaning: "quit (your place is saved)", plainWords: ["q", "quit", "exit"]),
        KeyBinding(
            command: .yes, keys: [.character("y"), .character("Y")], helpKeys: "y", helpMeaning: nil,
            plainWords: ["y", "yes"]),
        KeyBinding(
            command: .no, keys: [.character("n"), .character("N"), .escape], helpKeys: "n",
            helpMeaning: nil, plainWords: ["n", "no"]),
        KeyBinding(
            command: .writeQuestion, keys: [.character("w"), .character("W")], helpKeys: "w",
            helpMeaning: "write down a question for your care team (see My questions in the menu)",
            plainWords: ["w", "write"]),
        KeyBinding(
            command: .deleteQuestion, keys: [.character("d"), .character("D")], helpKeys: "d", helpMeaning: nil,
            plainWords: ["d", "delete"]),
        KeyBinding(
            command: .readAloud, keys: [.character("r"), .character("R")], helpKeys: "r",
            helpMeaning: "read this screen aloud, with each sentence marked as it is spoken (r again stops)",
            plainWords: []),
        // Guided sessions' teach-back marks.
        KeyBinding(
            command: .explainedBack, keys: [.character("1")], helpKeys: "1", helpMeaning: nil, plainWords: ["1"]),
        KeyBinding(
            command: .goOverAgain, keys: [.character("2")], helpKeys: "2", helpMeaning: nil, plainWords: ["2"]),
        // F12, or Ctrl-K where F12 cannot be typed: asks for the kiosk's exit PIN.
        KeyBinding(
            command: .staffExit, keys: [.function(12), .character("\u{0B}")], helpKeys: "F12",
            helpMeaning: nil, plainWords: []),
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

    /// A key's name as the footer and the notices show it.
    public static func name(of key: Key) -> String {
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
        case .character(let c): String(c)
        case .click, .resize, .unknown: ""
        }
    }
}
