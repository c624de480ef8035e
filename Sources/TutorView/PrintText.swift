import LessonModel

/// Text laid out for paper: plain lines wrapped by display width (TextLayout), with a
/// hanging indent under a prefix, and bold key terms written as `*term*`, since a printout
/// has no bold. Stars rather than capitals: capitals read as shouting and are harder to
/// read for the readers this course is written for, and the word keeps its own spelling.
enum PrintText {
    /// Lines of at most `width` columns; 0 (for tools that measure sentences, such as
    /// scripts/reading-level) keeps each paragraph on one line.
    static func wrap(_ text: String, width: Int, prefix: String = "") -> [String] {
        let room = width > 0 ? width : Int.max / 2
        return TextLayout.wrap([Span(text)], width: room, prefix: prefix.isEmpty ? [] : [Span(prefix)]).map {
            TerminalText.sanitized(trailingSpacesRemoved($0.map(\.text).joined()))
        }
    }

    /// A paragraph's text with its bold runs between stars, the stars hugging the words.
    static func marked(_ spans: [InlineSpan]) -> String {
        spans.map { span in
            guard span.bold else { return span.text }
            let word = span.text.trimmingWhitespace()
            guard !word.isEmpty else { return span.text }
            let leading = span.text.prefix { $0.isWhitespace }
            let trailing = String(span.text.reversed().prefix { $0.isWhitespace })
            return leading + "*" + word + "*" + trailing
        }.joined()
    }

    /// A line of one character across the page, to write on or to draw a rule with.
    static func rule(_ character: Character, width: Int) -> String {
        String(repeating: character, count: max(1, width))
    }

    private static func trailingSpacesRemoved(_ line: String) -> String {
        var line = Substring(line)
        while line.last == " " { line.removeLast() }
        return String(line)
    }
}
