import LessonModel
import TutorEngine

extension QuizSummary {
    public func lines(width: Int, origin: QuizRound.Origin, library: LessonLibrary) -> [Line] {
        if origin.isReview { return reviewLines(width: width, library: library) }
        var lines = TextLayout.wrap(
            asked < questionCount ? "You stopped the round" : "Round complete", width: width, style: .heading)
        lines.append([])
        if asked == 0 {
            lines += TextLayout.wrap("No questions were answered this time.", width: width)
        } else {
            lines += TextLayout.wrap(
                "Right on the first try: \(rightFirstTime) of \(asked) (\(percent)%).", width: width, style: .bold)
            lines.append([])
            lines += TextLayout.wrap("By topic:", width: width, style: .bold)
            for topic in topics {
                let allRight = topic.right == topic.asked
                lines += TextLayout.wrap(
                    [Span(topic.title), Span(": \(topic.right) of \(topic.asked) right", .dim)], width: width,
                    prefix: [Span(allRight ? "✓ " : "✗ ", allRight ? .correct : .wrong)])
            }
            lines.append([])
            lines += TextLayout.wrap("What to review next:", width: width, style: .bold)
            if reviewNext.isEmpty {
                lines += TextLayout.wrap(
                    "Nothing for now. Well done! Questions you got right come back in a few days.", width: width)
            } else {
                for topic in reviewNext {
                    lines += TextLayout.wrap(topic.title, width: width, prefix: [Span("• ")])
                }
                lines += TextLayout.wrap("Questions you missed come back first next time.", width: width, style: .dim)
            }
        }
        lines.append([])
        lines += TextLayout.wrap(
            origin == .menu ? "Press Enter to go back to the lessons." : "Press Enter to finish.", width: width,
            style: .dim)
        return lines
    }

    /// The recap at the end of a review lesson's questions: the first-try score, and the
    /// questions to go over again.
    func reviewLines(width: Int, library: LessonLibrary) -> [Line] {
        var lines = TextLayout.wrap(
            asked < questionCount ? "You stopped the review" : "Review complete", width: width, style: .heading)
        lines.append([])
        if asked == 0 {
            lines += TextLayout.wrap("No questions were answered this time.", width: width)
        } else {
            lines += TextLayout.wrap(
                "Right on the first try: \(rightFirstTime) of \(asked) (\(percent)%).", width: width, style: .bold)
            lines.append([])
            if missedQuestionIDs.isEmpty {
                lines += TextLayout.wrap("You got every one right the first time. Well done!", width: width)
            } else {
                lines += TextLayout.wrap("What to go over again:", width: width, style: .bold)
                for id in missedQuestionIDs {
                    let prompt = library.lessons.values.lazy.flatMap(\.questions).first { $0.id == id }?.prompt ?? id
                    lines += TextLayout.wrap(prompt, width: width, prefix: [Span("• ")])
                }
            }
        }
        lines.append([])
        lines += TextLayout.wrap("Press Enter to go on.", width: width, style: .dim)
        return lines
    }
}
