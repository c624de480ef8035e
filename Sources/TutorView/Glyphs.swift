import TutorEngine

/// The marks the screen draws, for terminals that cannot draw them all: the view lays every
/// screen out with the UTF-8 marks (✓ ✗ ▶ ▸ • █ ░ ↑ ↓ → … and the box lines and shapes of
/// the diagrams), and `apply` swaps them for the glyph set's at the end, so the set is one
/// small table here and the view stays a function of the state (`TutorState.glyphs`).
///
/// The console set keeps to ASCII and Latin-1, which every Linux console font has (checked
/// against Uni2-Terminus16 by GlyphsTests). Lesson prose keeps its letters (é, –, “ ”) there;
/// in the ASCII set, for a terminal with no UTF-8 locale, anything else becomes ASCII too.
public enum Glyphs {
    /// The set for a terminal, from TERM and the locale variables, read in POSIX order: the
    /// first of LC_ALL, LC_CTYPE and LANG that is set and not empty names the locale.
    public static func choose(term: String?, lcAll: String?, lcCtype: String?, lang: String?) -> GlyphSet {
        let locale = [lcAll, lcCtype, lang].compactMap { $0 }.first { !$0.isEmpty } ?? "C"
        let codeset = locale.split(separator: ".").dropFirst().first?.split(separator: "@").first ?? ""
        let utf8 = ["utf-8", "utf8"].contains(codeset.lowercased())
        guard utf8 else { return .ascii }
        return term == "linux" || term?.hasPrefix("linux-") == true ? .console : .unicode
    }

    /// The drawing marks and their stand-ins, the same in the console and ASCII sets.
    static let drawing: [Character: Character] = {
        var table: [Character: Character] = [
            "✓": "√", "✗": "x", "▶": ">", "▸": ">", "►": ">", "◄": "<", "▲": "^", "▼": "v",
            "•": "*", "█": "#", "░": "-", "▒": "-", "▓": "#",
            "→": ">", "←": "<", "↑": "^", "↓": "v", "…": ".",
            "●": "@", "○": "o", "★": "*", "╱": "/", "╲": "\\",
        ]
        for line in "─━═┄┅┈┉╌╍" { table[line] = "-" }
        for line in "│┃║┆┇┊┋╎╏" { table[line] = "|" }
        for corner in "┌┐└┘├┤┬┴┼╭╮╯╰╔╗╚╝╠╣╦╩╬┏┓┗┛┣┫┳┻╋" { table[corner] = "+" }
        return table
    }()

    /// Lesson punctuation a terminal without UTF-8 cannot show, as ASCII.
    static let punctuation: [Character: Character] = [
        "–": "-", "—": "-", "“": "\"", "”": "\"", "‘": "'", "’": "'", "√": "+", "°": "o", "·": "*",
        "\u{A0}": " ",
    ]

    /// Accented letters as their plain letter, so Spanish stays readable without UTF-8
    /// ("Cómo se propaga el cáncer" is "Como se propaga el cancer", not "C?mo ... c?ncer");
    /// the opening ¿ and ¡ become the closing marks they mirror.
    static let plainLetters: [Character: Character] = {
        var table: [Character: Character] = ["¿": "?", "¡": "!", "«": "\"", "»": "\"", "º": "o", "ª": "a", "ß": "s"]
        let groups: [(Character, String)] = [
            ("a", "áàâäãå"), ("e", "éèêë"), ("i", "íìîï"), ("o", "óòôöõø"), ("u", "úùûü"), ("n", "ñ"), ("c", "ç"),
            ("y", "ýÿ"), ("A", "ÁÀÂÄÃÅ"), ("E", "ÉÈÊË"), ("I", "ÍÌÎÏ"), ("O", "ÓÒÔÖÕØ"), ("U", "ÚÙÛÜ"), ("N", "Ñ"),
            ("C", "Ç"), ("Y", "Ý"),
        ]
        for (plain, accented) in groups {
            for letter in accented { table[letter] = plain }
        }
        return table
    }()

    public static func character(_ character: Character, in set: GlyphSet) -> Character {
        switch set {
        case .unicode: return character
        case .console: return drawing[character] ?? character
        case .ascii:
            if character.isASCII { return character }
            if let mark = drawing[character] { return mark == "√" ? "+" : mark }
            return punctuation[character] ?? plainLetters[character] ?? "?"
        }
    }

    /// Swaps the UTF-8 marks of a laid-out screen for the set's.
    static func apply(_ set: GlyphSet, to grid: inout Grid) {
        guard set != .unicode else { return }
        grid.replaceCharacters { character(in: set, $0) }
    }

    static func character(in set: GlyphSet, _ character: Character) -> Character {
        Self.character(character, in: set)
    }
}
