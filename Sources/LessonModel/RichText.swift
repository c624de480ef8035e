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

        for (index, rawLine) in body.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = rawLine.trimmingWhitespace()
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
        let pieces = text.split(separator: "**", omittingEmptySubsequences: false).map(String.init)
        var spans: [InlineSpan] = []
        for (index, piece) in pieces.enumerated() where !piece.isEmpty {
            spans.append(InlineSpan(piece, bold: index % 2 == 1))
        }
        return (spans, pieces.count % 2 == 1)
    }
}

extension StringProtocol {
    package func trimmingWhitespace() -> String {
        var scalars = Substring(self).unicodeScalars[...]
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(Substring(scalars))  // one copy, not one append per character
    }
}
