/// What may reach the terminal from lesson or learner text, and how wide it is there.
public enum TerminalText {
    /// Control characters (C0, DEL, C1) and bidirectional overrides: any of them could move
    /// the cursor, change colours or reorder the text on screen.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        return false
    }

    /// The text with every unsafe character replaced by U+FFFD, the usual sign for
    /// "a character that cannot be shown".
    public static func sanitized(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        return String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { isUnsafe($0) ? "\u{FFFD}" : $0 }))
    }

    /// Columns a character takes in a terminal: 0 for combining marks, 2 for wide East Asian
    /// characters and emoji, otherwise 1. Computed here rather than with wcwidth(3) so the
    /// layout does not depend on the process locale (tests run in the C locale).
    public static func width(of character: Character) -> Int {
        // Most text is printable ASCII: one column, without asking for Unicode properties.
        if let ascii = character.asciiValue, ascii >= 0x20, ascii < 0x7F { return 1 }
        guard let first = character.unicodeScalars.first else { return 0 }
        if isUnsafe(first) { return 1 }  // shown as U+FFFD
        let properties = first.properties
        switch properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if isWide(first.value) { return 2 }
        if properties.isEmojiPresentation { return 2 }
        if character.unicodeScalars.contains(where: { $0.value == 0xFE0F }) && properties.isEmoji {
            return 2
        }
        return 1
    }

    public static func width(of text: some StringProtocol) -> Int {
        // Pictures are printable ASCII and box drawing (U+2500-U+259F): one column a
        // character, and no character of those ranges combines with the next.
        if text.unicodeScalars.allSatisfy({
            ($0.value >= 0x20 && $0.value < 0x7F) || (0x2500...0x259F).contains($0.value)
        }) {
            return text.unicodeScalars.count
        }
        return text.reduce(0) { $0 + width(of: $1) }
    }

    private static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E,
            0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
            0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
