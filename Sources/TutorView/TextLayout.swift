import LessonModel
import TutorEngine
/// A run of text in one style.
public struct Span: Equatable, Sendable {
    public var text: String
    public var style: Style

    public init(_ text: String, _ style: Style = .plain) {
        self.text = text
        self.style = style
    }
}

public typealias Line = [Span]

extension Array where Element == Span {
    public var width: Int { reduce(0) { $0 + TerminalText.width(of: $1.text) } }
}

/// Word wrapping by display width, keeping each word's style.
public enum TextLayout {
    /// A word as it is placed: its pieces keep their own styles ("**metastasis**," is a
    /// bold word and a plain comma that never part at the end of a line).
    private struct Word {
        var parts: [Span]
        var spaceBefore: Bool
        var width: Int { parts.width }
    }

    /// Lines no wider than `width`. `prefix` starts the first line (a bullet, a number);
    /// later lines are indented by its width. A word wider than a line is cut.
    public static func wrap(_ spans: [Span], width: Int, prefix: Line = []) -> [Line] {
        let indent = prefix.width
        let room = max(1, width - indent)
        var lines: [Line] = []
        var line: Line = []
        var lineWidth = 0

        for word in words(spans) {
            let gap = word.spaceBefore && lineWidth > 0 ? 1 : 0
            if lineWidth + gap + word.width <= room {
                if gap == 1 {
                    // Between two words of one style the space takes that style too: a
                    // highlighted choice reads as one bar, and the terminal gets one change
                    // of attributes instead of one per word.
                    let before = line.last?.style
                    line.append(Span(" ", before == word.parts.first?.style ? before ?? .plain : .plain))
                }
                line += word.parts
                lineWidth += gap + word.width
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = []
                lineWidth = 0
            }
            var pieces = word.parts
            while pieces.width > room {
                let (head, tail) = split(pieces, at: room)
                lines.append(head)
                pieces = tail
            }
            line = pieces
            lineWidth = pieces.width
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        let padding = Span(String(repeating: " ", count: indent))
        return lines.enumerated().map { index, line in
            index == 0 ? prefix + line : (indent > 0 ? [padding] + line : line)
        }
    }

    /// The text cut to `width` columns, ending in "…" when anything was cut.
    public static func truncated(_ text: String, to width: Int) -> String {
        guard TerminalText.width(of: text) > width else { return text }
        guard width > 0 else { return "" }
        var result = ""
        var used = 0
        for character in text {
            let w = TerminalText.width(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result.trimmingWhitespace() + "…"
    }

    public static func wrap(_ text: String, width: Int, style: Style = .plain, prefix: Line = []) -> [Line] {
        wrap([Span(text, style)], width: width, prefix: prefix)
    }

    private static func words(_ spans: [Span]) -> [Word] {
        var result: [Word] = []
        var sawSpace = true
        for span in spans {
            var current = ""
            func flush() {
                guard !current.isEmpty else { return }
                if !sawSpace, !result.isEmpty {
                    result[result.count - 1].parts.append(Span(current, span.style))
                } else {
                    result.append(Word(parts: [Span(current, span.style)], spaceBefore: true))
                }
                current = ""
                sawSpace = false
            }
            for character in span.text {
                if character.isWhitespace {
                    flush()
                    sawSpace = true
                } else {
                    current.append(character)
                }
            }
            flush()
        }
        return result
    }

    /// The pieces that fit `width` columns, and the rest.
    private static func split(_ parts: [Span], at width: Int) -> (Line, Line) {
        var head: Line = []
        var tail: Line = []
        var used = 0
        for part in parts {
            if !tail.isEmpty {
                tail.append(part)
                continue
            }
            var taken = ""
            var index = part.text.startIndex
            while index < part.text.endIndex {
                let w = TerminalText.width(of: part.text[index])
                if used + w > width { break }
                taken.append(part.text[index])
                used += w
                index = part.text.index(after: index)
            }
            if used == 0 && taken.isEmpty && index < part.text.endIndex && head.isEmpty {
                // A wide character in a one-column line: place it anyway rather than loop.
                taken.append(part.text[index])
                used = width
                index = part.text.index(after: index)
            }
            if !taken.isEmpty { head.append(Span(taken, part.style)) }
            if index < part.text.endIndex { tail.append(Span(String(part.text[index...]), part.style)) }
        }
        return (head, tail)
    }
}
