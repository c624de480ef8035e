import LessonModel
import TutorEngine
/// The quiz as it looks on screen: the question being asked, or how the round went.
enum QuizView {
    static func lines(_ round: QuizRound, tutorial: Tutorial, width: Int) -> ContentLines {
        let words = tutorial.words
        if round.finished {
            return ContentLines(
                lines: QuizSummary(round: round, library: tutorial.library).lines(
                    width: width, origin: round.origin, library: tutorial.library, words: words))
        }
        guard let item = round.current, let question = tutorial.library.question(item) else {
            return ContentLines(lines: [[Span(words.noQuestionsToAsk(), .dim)]])
        }
        let again = round.shownAnswer == nil && round.firstTries.contains { $0.questionID == item.questionID }
        var content = QuestionContent.lines(
            question, number: number(round), of: round.questionCount, answer: round.shownAnswer, draft: round.draft,
            salt: round.shuffleSalt, width: width, words: words)
        if again {
            content.lines.insert([Span(words.missedBefore(), .dim)], at: 1)
            content.cursorLine = content.cursorLine.map { $0 + 1 }
            content.focus = content.focus.map { ($0.lowerBound + 1)..<($0.upperBound + 1) }
            content.targets = Dictionary(uniqueKeysWithValues: content.targets.map { ($0.key + 1, $0.value) })
        }
        return content
    }

    /// The number of the question on screen among the round's different questions.
    static func number(_ round: QuizRound) -> Int {
        guard let item = round.current else { return round.questionCount }
        if let index = round.firstTries.firstIndex(where: { $0.questionID == item.questionID }) { return index + 1 }
        return min(round.firstTries.count + 1, round.questionCount)
    }

    static func drawHeader(_ grid: inout Grid, round: QuizRound, tutorial: Tutorial) {
        grid.fill(row: 0, style: .bar)
        grid.fill(row: 1, style: .bar)
        let words = tutorial.words
        let title = round.current.flatMap { tutorial.library.lessons[$0.lessonID]?.title } ?? words.howYouDid()
        let position = round.finished ? "" : words.questionOf(number(round), round.questionCount)
        if case .review(let unit) = round.origin, tutorial.units.indices.contains(unit) {
            // A review keeps its lesson's title; missed questions come back within it.
            ScreenView.drawSides(&grid, row: 0, left: words.review(), right: position, style: .bar)
            ScreenView.drawSides(&grid, row: 1, left: tutorial.units[unit].title, right: "", style: .barBold)
        } else {
            ScreenView.drawSides(&grid, row: 0, left: words.testYourself(), right: position, style: .bar)
            ScreenView.drawSides(
                &grid, row: 1, left: round.finished ? words.howYouDid() : words.from(title), right: "", style: .barBold)
        }
        let right = round.answeredRightFirstTime
        grid.put(" " + words.rightFirstTry(right, of: round.firstTries.count), row: 2, column: 0, style: .dim)
    }
}
