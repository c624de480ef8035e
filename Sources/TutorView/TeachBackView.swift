import LessonModel
import TutorEngine

/// The teach-back prompt of a guided session, for the educator to ask after a lesson.
enum TeachBackView {
    static func lines(lessonID: String, tutorial: Tutorial, width: Int, mode: DisplayMode = .fullScreen) -> [Line] {
        let lesson = tutorial.library.lessons[lessonID]
        var lines = TextLayout.wrap("Teach-back: \(lesson?.title ?? lessonID)", width: width, style: .heading)
        lines.append([])
        lines += TextLayout.wrap("For the educator: ask the learner", width: width, style: .dim)
        lines += TextLayout.wrap(lesson?.teachBack ?? "", width: width, style: .bold)
        lines.append([])
        lines += TextLayout.wrap("Then mark how it went:", width: width)
        lines += TextLayout.wrap([Span("1", .bold), Span("  They explained it back.")], width: width)
        lines += TextLayout.wrap(
            [Span("2", .bold), Span("  Go over it again (listed at the end and in progress).")], width: width)
        lines.append([])
        let notNow = mode == .plain ? "Press Enter alone" : "Esc"
        lines += TextLayout.wrap("\(notNow): not now (stay on this lesson).", width: width, style: .dim)
        return lines
    }

    /// "To go over again: Step 2, ..." for the last screen and the progress screen, or nothing.
    static func goOverAgainLines(_ ids: [String], library: LessonLibrary, width: Int) -> [Line] {
        guard !ids.isEmpty else { return [] }
        var lines: [Line] = [[]]
        lines += TextLayout.wrap("Lessons to go over again", width: width, style: .bold)
        for id in ids {
            lines += TextLayout.wrap(library.lessons[id]?.title ?? id, width: width, prefix: [Span("- ")])
        }
        return lines
    }
}
