import LessonModel
import TutorEngine

/// The teach-back prompt of a guided session, for the educator to ask after a lesson.
enum TeachBackView {
    static func lines(lessonID: String, tutorial: Tutorial, width: Int, mode: DisplayMode = .fullScreen) -> [Line] {
        let lesson = tutorial.library.lessons[lessonID]
        let words = tutorial.words
        var lines = TextLayout.wrap(words.teachBackHeading(lesson?.title ?? lessonID), width: width, style: .heading)
        lines.append([])
        lines += TextLayout.wrap(words.forTheEducator(), width: width, style: .dim)
        lines += TextLayout.wrap(lesson?.teachBack ?? "", width: width, style: .bold)
        lines.append([])
        lines += TextLayout.wrap(words.markHowItWent(), width: width)
        lines += TextLayout.wrap([Span("1", .bold), Span(words.explainedBack())], width: width)
        lines += TextLayout.wrap([Span("2", .bold), Span(words.goOverItAgain())], width: width)
        lines.append([])
        let notNow = mode == .plain ? words.notNowPlainKey() : words.keyName(.escape)
        lines += TextLayout.wrap(words.notNow(notNow), width: width, style: .dim)
        return lines
    }

    /// "To go over again: Step 2, ..." for the last screen and the progress screen, or nothing.
    static func goOverAgainLines(_ ids: [String], library: LessonLibrary, width: Int, words: any Words) -> [Line] {
        guard !ids.isEmpty else { return [] }
        var lines: [Line] = [[]]
        lines += TextLayout.wrap(words.lessonsToGoOverAgain(), width: width, style: .bold)
        for id in ids {
            lines += TextLayout.wrap(library.lessons[id]?.title ?? id, width: width, prefix: [Span("- ")])
        }
        return lines
    }
}
