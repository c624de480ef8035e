import LessonModel

/// After libyaml has read a file, finds text values that hold a character the terminal must
/// never get. The raw file has none by then (RawTextCheck), so such a value comes from an
/// escape in double quotes ("\e[31m", "\x07", "\u202E"): it is reported at its backslash.
/// Line breaks are the one control character a value may hold (a `|` block has them).
enum EscapedCharacterCheck {
    /// `found` are the text values that hold such a character, as YAMLEventReader found them.
    static func problems(in found: [YAMLNode], text: String, file: String) -> [Problem] {
        guard !found.isEmpty else { return [] }
        let source = Source(text)
        var problems: [Problem] = []
        for node in found where problems.count <= ProblemLimit.perFile {
            guard case .scalar(let value, let style) = node.content else { continue }
            let start = node.location(in: file)
            let escapes = style == .doubleQuoted ? source.unsafeEscapes(from: start) : []
            if escapes.isEmpty {
                let bad = value.unicodeScalars.first(where: isUnsafeInValue) ?? "\u{0}"
                problems.append(
                    Problem(start, "this text holds \(RawTextCheck.describe(bad)), which is not allowed in lesson text")
                )
            }
            for (location, scalar) in escapes {
                problems.append(
                    Problem(
                        location,
                        "this escape makes \(RawTextCheck.describe(scalar)), which is not allowed in lesson text: it could change what the terminal shows"
                    ))
            }
        }
        return problems
    }

    static func isUnsafeInValue(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\n" && TerminalText.isUnsafe(scalar)
    }

    /// The file's characters, indexed by line, to follow a double-quoted scalar from its quote.
    private struct Source {
        let scalars: [Unicode.Scalar]
        let lineStarts: [Int]

        init(_ text: String) {
            scalars = Array(text.unicodeScalars)
            var starts = [0]
            for (index, scalar) in scalars.enumerated() where scalar == "\n" { starts.append(index + 1) }
            lineStarts = starts
        }

        /// Each escape between the opening quote at `start` and the closing one whose
        /// character is unsafe, with where its backslash is.
        func unsafeEscapes(from start: SourceLocation) -> [(SourceLocation, Unicode.Scalar)] {
            guard start.line >= 1, start.line <= lineStarts.count else { return [] }
            var index = lineStarts[start.line - 1] + start.column - 1
            var line = start.line
            var column = start.column
            guard index < scalars.count, scalars[index] == "\"" else { return [] }
            var found: [(SourceLocation, Unicode.Scalar)] = []
            func advance(_ count: Int = 1) {
                for _ in 0..<count where index < scalars.count {
                    if scalars[index] == "\n" {
                        line += 1
                        column = 0
                    }
                    index += 1
                    column += 1
                }
            }
            advance()
            while index < scalars.count, scalars[index] != "\"" {
                guard scalars[index] == "\\", index + 1 < scalars.count else {
                    advance()
                    continue
                }
                let here = SourceLocation(file: start.file, line: line, column: column)
                let code = scalars[index + 1]
                var value: Unicode.Scalar?
                var length = 2
                switch code {
                case "0": value = "\u{0}"
                case "a": value = "\u{7}"
                case "b": value = "\u{8}"
                case "t", "\t": value = "\t"
                case "v": value = "\u{B}"
                case "f": value = "\u{C}"
                case "r": value = "\r"
                case "e": value = "\u{1B}"
                case "N": value = "\u{85}"
                case "x", "u", "U":
                    let digits = code == "x" ? 2 : code == "u" ? 4 : 8
                    let end = min(index + 2 + digits, scalars.count)
                    let hex = String(String.UnicodeScalarView(scalars[(index + 2)..<end]))
                    value = UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init)
                    length = 2 + digits
                default: break
                }
                if let value, EscapedCharacterCheck.isUnsafeInValue(value) { found.append((here, value)) }
                advance(length)
            }
            return found
        }
    }
}
