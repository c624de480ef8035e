import LessonModel
import TutorEngine
/// Lessons as plain text for printing or reading aloud: the title, every screen, the
/// pictures, the questions with their answers, and the sources. Lessons are separated by a
/// form feed, so a printer starts each on a new page.
public enum Handout {
    public static func text(of lessonIDs: [String], in library: LessonLibrary) -> String {
        lessonIDs.compactMap { library.lessons[$0] }.map(text(of:)).joined(separator: "\u{0C}")
    }

    public static func text(of lesson: Lesson) -> String {
        var out = [lesson.title, ""]
        let screens = lesson.kind == .glossary ? Tutorial.glossaryScreens(lesson.terms) : lesson.screens
        var questionNumber = 0
        for screen in screens {
            switch screen {
            case .text(let text):
                out.append(text.heading)
                for block in text.blocks {
                    switch block {
                    case .paragraph: out.append(block.plainText)
                    case .bullet: out.append("- " + block.plainText)
                    }
                }
            case .diagram(let diagram):
                out.append(diagram.heading)
                out += diagram.art
                out.append("Picture: " + diagram.description)
                if let caption = diagram.caption { out.append(caption) }
            case .question(let question):
                questionNumber += 1
                out.append("Question \(questionNumber): \(question.prompt)")
                out += questionLines(question)
            }
            out.append("")
        }
        out.append("Sources")
        out += lesson.sources.map { "- " + $0 }
        return out.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }

    private static func questionLines(_ question: Question) -> [String] {
        var lines: [String]
        var answer: String
        switch question.form {
        case .choice(let choices, let right):
            lines = choices.enumerated().map { "  \($0.offset + 1). \($0.element.text)" }
            answer = "Answer: \(choices[right].text)."
            if let feedback = choices[right].feedback { answer += " " + feedback }
        case .order(let items):
            lines = items.enumerated().map { "  \($0.offset + 1). \($0.element)" }
            answer = "Answer: the order above is the right one."
        case .match(let pairs):
            lines = pairs.map { "  \($0.left): \($0.right)" }
            answer = "Answer: the pairs above are the right ones."
        }
        if let explanation = question.explanation { answer += " " + explanation }
        return lines + [answer]
    }
}
