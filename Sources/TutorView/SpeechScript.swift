import LessonModel
import TutorEngine

/// What reading a screen aloud says, a sentence at a time: the heading, the text, a
/// diagram's description (never its drawing), a question and its numbered choices, the
/// feedback after an answer. The text screen's view marks the same sentences as they are
/// spoken, so both split text with `sentences(of:)`.
public enum SpeechScript {
    public static func sentences(_ state: TutorState, _ tutorial: Tutorial) -> [String] {
        // The kiosk's own screens (start, "Are you still there?", PIN) are not the lesson's.
        guard state.overlay == nil, state.quiz == nil, state.kiosk.map({ $0.phase == .visiting }) ?? true,
            let screen = tutorial.screen(at: state.position)
        else {
            return []
        }
        return sentences(
            for: screen, answer: screen.question.flatMap { state.answer(to: $0.id) }, words: tutorial.words,
            readAloud: tutorial.readAloud)
    }

    public static func sentences(for screen: Screen, answer: Answer?, words: any Words, readAloud: ReadAloudText)
        -> [String]
    {
        var out: [String] = []
        switch screen {
        case .text(let text):
            out.append(text.heading)
            for block in text.blocks { out += sentences(of: block.spans.map { Span($0.text) }).map(joined) }
            if let notice = text.notice { out += sentences(of: [Span(notice)]).map(joined) }
        case .diagram(let diagram):
            out.append(diagram.heading)
            out += sentences(of: [Span(words.spokenPicture(diagram.description))]).map(joined)
            if let caption = diagram.caption { out += sentences(of: [Span(caption)]).map(joined) }
        case .question(let question):
            out += sentences(of: [Span(question.prompt)]).map(joined)
            if let answer {
                out += PlainView.feedback(question, answer: answer, words: words).flatMap {
                    sentences(of: [Span($0)]).map(joined)
                }
            } else {
                let order = question.displayOrder()
                switch question.form {
                case .choice(let choices, _):
                    for (number, index) in order.enumerated() { out.append("\(number + 1): \(choices[index].text).") }
                case .order(let items):
                    for (number, index) in order.enumerated() { out.append("\(number + 1): \(items[index]).") }
                case .match(let pairs):
                    out += pairs.map { $0.left + "." }
                    let options = question.matchOptions
                    for (number, index) in order.enumerated() { out.append("\(number + 1): \(options[index]).") }
                }
            }
        }
        return out.map(readAloud.spoken).filter { !$0.isEmpty }
    }

    /// Text split after each full stop, question or exclamation mark that ends a sentence,
    /// keeping each span's style, so the view can mark one sentence.
    static func sentences(of spans: [Span]) -> [[Span]] {
        var result: [[Span]] = []
        var current: [Span] = []
        for span in spans {
            var text = Substring(span.text)
            while let end = sentenceEnd(in: text) {
                current.append(Span(String(text[..<end]), span.style))
                result.append(current)
                current = []
                text = text[end...]
            }
            if !text.isEmpty { current.append(Span(String(text), span.style)) }
        }
        if current.contains(where: { !$0.text.allSatisfy(\.isWhitespace) }) { result.append(current) }
        return result
    }

    /// Just after the space that follows ". ", "? " or "! " (a sentence's own space stays with it).
    private static func sentenceEnd(in text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let next = text.index(after: index)
            if ".?!".contains(text[index]), next < text.endIndex, text[next] == " " {
                return text.index(after: next)
            }
            index = next
        }
        return nil
    }

    private static func joined(_ spans: [Span]) -> String { spans.map(\.text).joined() }
}
