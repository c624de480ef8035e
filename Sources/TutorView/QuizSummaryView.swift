import LessonModel
import TutorEngine

extension QuizSummary {
    public func lines(width: Int, origin: QuizRound.Origin, library: LessonLibrary, words: any Words) -> [Line] {
        if origin.isReview { return reviewLines(width: width, library: library, words: words) }
        var lines = TextLayout.wrap(
            words.roundHeading(stopped: asked < questionCount, review: false), width: width, style: .heading)
        lines.append([])
        if asked == 0 {
            lines += TextLayout.wrap(words.noneAnswered(), width: width)
        } else {
            lines += TextLayout.wrap(
                words.rightFirstTryPercent(rightFirstTime, of: asked, percent: percent), width: width, style: .bold)
            lines.append([])
            lines += TextLayout.wrap(words.byTopic(), width: width, style: .bold)
            for topic in topics {
                let allRight = topic.right == topic.asked
                lines += TextLayout.wrap(
                    [Span(topic.title), Span(words.topicScore(topic.right, of: topic.asked), .dim)], width: width,
                    prefix: [Span(allRight ? "✓ " : "✗ ", allRight ? .correct : .wrong)])
            }
            lines.append([])
            lines += TextLayout.wrap(words.reviewNextHeading(), width: width, style: .bold)
            if reviewNext.isEmpty {
                lines += TextLayout.wrap(words.nothingToReview(), width: width)
            } else {
                for topic in reviewNext {
                    lines += TextLayout.wrap(topic.title, width: width, prefix: [Span("• ")])
                }
                lines += TextLayout.wrap(words.missedComeBackFirst(), width: width, style: .dim)
            }
        }
        lines.append([])
        lines += TextLayout.wrap(words.pressEnterAfterRound(toLessons: origin == .menu), width: width, style: .dim)
        return lines
    }

    /// The recap at the end of a review lesson's questions: the first-try score, and the
    /// questions to go over again.
    func reviewLines(width: Int, library: LessonLibrary, words: any Words) -> [Line] {
        var lines = TextLayout.wrap(
            words.roundHeading(stopped: asked < questionCount, review: true), width: width, style: .heading)
        lines.append([])
        if asked == 0 {
            lines += TextLayout.wrap(words.noneAnswered(), width: width)
        } else {
            lines += TextLayout.wrap(
                words.rightFirstTryPercent(rightFirstTime, of: asked, percent: percent), width: width, style: .bold)
            lines.append([])
            if missedQuestionIDs.isEmpty {
                lines += TextLayout.wrap(words.allRightFirstTime(), width: width)
            } else {
                lines += TextLayout.wrap(words.goOverAgainHeading(), width: width, style: .bold)
                for id in missedQuestionIDs {
                    let prompt = library.lessons.values.lazy.flatMap(\.questions).first { $0.id == id }?.prompt ?? id
                    lines += TextLayout.wrap(prompt, width: width, prefix: [Span("• ")])
                }
            }
        }
        lines.append([])
        lines += TextLayout.wrap(words.pressEnter(nextQuestion: false), width: width, style: .dim)
        return lines
    }
}
