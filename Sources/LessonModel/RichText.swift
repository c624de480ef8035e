/// A run of lesson text, bold where the author wrote `**…**`.
public struct InlineSpan: Equatable, Sendable {
    public var text: String
    public var bold: Bool

    public init(_ text: String, bold: Bool = false) {
        self.text = text
        self.bold = bold
    }
}

/// A paragraph or a bullet point of a text screen.
public enum TextBlock: Equatable, Sendable {
    case paragraph([InlineSpan])
    case bullet([InlineSpan])

    public var spans: [InlineSpan] {
        switch self {
        case .paragraph(let spans), .bullet(let spans): spans
        }
    }

    public var plainText: String { spans.map(\.text).joined() }
}

/// Turns the `body` of a text screen into blocks: a blank line ends a paragraph, `- ` starts
/// a bullet, the lines of one paragraph are joined with spaces.
public enum RichText {
    public struct ParseResult: Equatable, Sendable {
        public var blocks: [TextBlock]
        /// 0-based line within the body of each `**` that is never closed.
        public var unclosedBoldLines: [Int]
    }

    public static func parse(_ body: String) -> ParseResult {
        var blocks: [TextBlock] = []
        var unclosed: [Int] = []
        var current: [String] = []
        var currentIsBullet = false
        var currentStart = 0

        func flush() {
            guard !current.isEmpty else { return }
            let (spans, closed) = inlineSpans(current.joined(separator: " "))
            if !closed { unclosed.append(currentStart) }
            blocks.append(currentIsBullet ? .bullet(spans) : .paragraph(spans))
            current = []
        }

        // Split on the line-feed byte: splitting Characters was a tenth of lint's time.
        for (index, rawLine) in body.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = Substring(rawLine).trimmingWhitespace()
            if line.isEmpty {
                flush()
            } else if line.hasPrefix("- ") || line == "-" {
                flush()
                currentIsBullet = true
                currentStart = index
                current = [String(line.dropFirst()).trimmingWhitespace()]
            } else {
                if current.isEmpty {
                    currentIsBullet = false
                    currentStart = index
                }
                current.append(line)
            }
        }
        flush()
        return ParseResult(blocks: blocks, unclosedBoldLines: unclosed)
    }

    /// Splits on `**`; returns whether every bold run was closed.
    static func inlineSpans(_ text: String) -> ([InlineSpan], Bool) {
        // Most paragraphs have no bold at all; splitting on a two-character separator is slow.
        if !text.utf8.contains(UInt8(ascii: "*")) { return (text.isEmpty ? [] : [InlineSpan(text)], true) }
        let pieces = pieces(of: text)
        var spans: [InlineSpan] = []
        for (index, piece) in pieces.enumerated() where !piece.isEmpty {
            spans.append(InlineSpan(piece, bold: index % 2 == 1))
        }
        return (spans, pieces.count % 2 == 1)
    }

    /// `text.split(separator: "**", omittingEmptySubsequences: false)`, on bytes: left to
    /// right, a `***` is a `**` and then a `*`.
    private static func pieces(of text: String) -> [String] {
        let bytes = text.utf8
        let star = UInt8(ascii: "*")
        var pieces: [String] = []
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let next = bytes.index(after: index)
            if bytes[index] == star, next < bytes.endIndex, bytes[next] == star {
                pieces.append(String(Substring(bytes[start..<index])))
                index = bytes.index(after: next)
                start = index
            } else {
                index = next
            }
        }
        pieces.append(String(Substring(bytes[start..<bytes.endIndex])))
        return pieces
    }
}

extension StringProtocol {
    package func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        // Letters and punctuation of ASCII are never white space: no Unicode property lookup.
        func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
            scalar.value > 0x20 && scalar.value < 0x7F ? false : scalar.properties.isWhitespace
        }
        while let first = scalars.first, isWhitespace(first) { scalars.removeFirst() }
        while let last = scalars.last, isWhitespace(last) { scalars.removeLast() }
        return String(Substring(scalars))  // one copy, not one append per character
    }
}
