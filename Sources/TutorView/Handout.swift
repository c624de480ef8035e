import LessonModel
import TutorEngine

/// Lessons as plain text a clinic can print or read aloud: the title, every screen, the
/// pictures, the questions (choices in the order the screen shows them) and, after them,
/// an answer key, then the sources. Lines fit 80 columns; lessons are separated by a form
/// feed, so a printer starts each on a new page. The whole course starts with a title page.
public enum Handout {
    public static let width = Sheets.pageWidth

    /// `width` 0 leaves paragraphs unwrapped (for tools that measure sentences).
    public static func text(
        of lessonIDs: [String], in library: LessonLibrary, width: Int = Handout.width, titlePage: Bool = false
    ) -> String {
        let lessons = lessonIDs.compactMap { library.lessons[$0] }
        let words = library.words
        var pages = lessons.map { text(of: $0, width: width, words: words) }
        if titlePage {
            pages.insert(titlePageText(library.course, lessons: lessons, width: width, words: words), at: 0)
        }
        return pages.joined(separator: "\u{0C}")
    }

    /// The course title and the disclaimer, then what the handout holds.
    static func titlePageText(_ course: Course, lessons: [Lesson], width: Int, words: any Words) -> String {
        var out: [String] = []
        for paragraph in words.handoutTitlePage(title: course.title, disclaimer: course.disclaimer) {
            out += PrintText.wrap(paragraph, width: width) + [""]
        }
        out.append(words.inThisHandout())
        for lesson in lessons { out += PrintText.wrap(lesson.title, width: width, prefix: "- ") }
        return out.joined(separator: "\n") + "\n"
    }

    public static func text(of lesson: Lesson, width: Int = Handout.width, words: any Words) -> String {
        var out = PrintText.wrap(lesson.title, width: width) + [""]
        if lesson.kind == .glossary {
            out += glossaryLines(lesson.terms, width: width) + [""]
        }
        var answers: [String] = []
        var number = 0
        for screen in lesson.screens {
            switch screen {
            case .text(let text):
                out += textLines(text, width: width)
            case .diagram(let diagram):
                out += PrintText.wrap(diagram.heading, width: width)
                out += diagram.art
                out += PrintText.wrap(words.printedPicture(diagram.description), width: width)
                if let caption = diagram.caption { out += PrintText.wrap(caption, width: width) }
            case .question(let question):
                number += 1
                out += QuestionPrint.lines(question, number: number, width: width, words: words)
                answers += QuestionPrint.answerLines(question, number: number, width: width, words: words)
            }
            out.append("")
        }
        // After every question, never under one, so the reader answers before seeing it.
        if !answers.isEmpty {
            out += [words.answerKey()] + answers + [""]
        }
        out.append(words.sources())
        for source in lesson.sources { out += PrintText.wrap(source, width: width, prefix: "- ") }
        return out.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }

    /// The heading, then each paragraph and bullet, with a blank line between paragraphs
    /// (a list's bullets stay together).
    static func textLines(_ text: TextScreen, width: Int) -> [String] {
        var out = PrintText.wrap(text.heading, width: width)
        var previousWasBullet = false
        for (index, block) in text.blocks.enumerated() {
            let marked = PrintText.marked(block.spans)
            switch block {
            case .paragraph:
                if index > 0 { out.append("") }
                out += PrintText.wrap(marked, width: width)
                previousWasBullet = false
            case .bullet:
                if index > 0 && !previousWasBullet { out.append("") }
                out += PrintText.wrap(marked, width: width, prefix: "- ")
                previousWasBullet = true
            }
        }
        return out
    }

    /// An alphabetical list, `term (say): meaning`, rather than the screens' "Words: A to C".
    static func glossaryLines(_ terms: [GlossaryTerm], width: Int) -> [String] {
        terms.sorted { GlossaryOrder.key($0.term) < GlossaryOrder.key($1.term) }
            .flatMap { PrintText.wrap($0.line, width: width, prefix: "- ") }
    }
}
