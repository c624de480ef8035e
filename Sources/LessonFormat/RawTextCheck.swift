import LessonModel
/// Looks at a lesson file's characters before YAML reads them: control characters and
/// bidirectional overrides (which could move the cursor, recolour or reorder the screen,
/// and which YAML itself either rejects with a vague message or passes through), tabs, and
/// lines far longer than any lesson needs. Each is reported at its own line and column.
enum RawTextCheck {
    /// A paragraph written on one line is about 700 characters; this is well past that.
    static let maximumLineLength = 2_000
    static func problems(in text: String, file: String) -> [Problem] {
        // Nearly every file has nothing to report: one pass over its bytes shows it.
        if isPlainlyFine(text) { return [] }
        var problems: [Problem] = []
        var line = 1
        var column = 1
        var previous: Unicode.Scalar = "\n"
        func report(_ message: String, column: Int) {
            problems.append(Problem(SourceLocation(file: file, line: line, column: column), message))
        }
        for scalar in text.unicodeScalars {
            if problems.count > ProblemLimit.perFile { break }
            // A carriage return is a line end only with a line feed after it (a file saved on
            // Windows), so it is judged when the next character comes.
            if previous == "\r" && scalar != "\n" {
                report("a carriage return on its own; save the file with ordinary line ends", column: column - 1)
            }
            previous = scalar
            if scalar == "\n" {
                line += 1
                column = 1
                continue
            }
            if scalar == "\t" {
                report("a tab character; use spaces instead", column: column)
            } else if scalar != "\r", TerminalText.isUnsafe(scalar) {
                report(
                    "\(describe(scalar)) is not allowed in lesson text: it could change what the terminal shows",
                    column: column)
            }
            if column == maximumLineLength + 1 {
                report(
                    "this line is longer than \(maximumLineLength) characters; break it into shorter lines",
                    column: column)
            }
            column += 1
        }
        if previous == "\r" {
            report("a carriage return on its own; save the file with ordinary line ends", column: column - 1)
        }
        return ProblemLimit.capped(problems)
    }

    /// The character's code and, for the common ones, its name: "U+001B (escape)".
    static func describe(_ scalar: Unicode.Scalar) -> String {
        let names: [UInt32: String] = [
            0x00: "null", 0x07: "bell", 0x08: "backspace", 0x09: "tab", 0x0A: "line feed",
            0x0B: "vertical tab", 0x0C: "form feed", 0x0D: "carriage return", 0x1B: "escape",
            0x7F: "delete", 0x85: "next line", 0x9B: "control sequence introducer",
            0x200E: "left-to-right mark", 0x200F: "right-to-left mark", 0x061C: "Arabic letter mark",
            0x202A: "left-to-right embedding", 0x202B: "right-to-left embedding",
            0x202C: "pop directional formatting", 0x202D: "left-to-right override",
            0x202E: "right-to-left override", 0x2066: "left-to-right isolate",
            0x2067: "right-to-left isolate", 0x2068: "first strong isolate",
            0x2069: "pop directional isolate",
        ]
        var hex = String(scalar.value, radix: 16, uppercase: true)
        while hex.count < 4 { hex = "0" + hex }
        let kind =
            (0x2000...0x206F).contains(scalar.value) || scalar.value == 0x061C
            ? "the direction mark" : "the control character"
        return "\(kind) U+\(hex)" + (names[scalar.value].map { " (\($0))" } ?? "")
    }

    /// No tab, no control character or direction mark (UnsafeBytes may say yes to a few
    /// harmless ones; the full check then decides), no carriage return, no line too long.
    private static func isPlainlyFine(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            if UnsafeBytes.mayHoldUnsafe(bytes) { return false }
            var column = 0
            for byte in bytes {
                if byte == 0x0A {
                    column = 0
                } else if byte & 0xC0 != 0x80 {
                    // Not a continuation byte: a new character (scalar), as the columns count.
                    column += 1
                    if column > maximumLineLength { return false }
                }
            }
            return true
        }
    }
}
