import BuiltinLessons
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// A learner who presses 1 (the first free number) on every question of the whole course,
/// through the key map as at the keyboard, must score about what guessing scores.
@Suite struct FairQuizTests {
    @Test func pressingOneOnEveryQuestionScoresNearChance() throws {
        let library = try #require(BuiltinLessons.library(), "the built-in lessons fail lint")
        let tutorial = try #require(Tutorial(library: library))
        var driver = Driver(tutorial)
        var right = 0
        var asked = 0
        var chance = 0.0
        var variance = 0.0
        var questionsSeen = Set<String>()
        func account(_ question: Question, _ correct: Bool) {
            guard questionsSeen.insert(question.id).inserted else { return }
            asked += 1
            right += correct ? 1 : 0
            let p = Self.guessChance(question)
            chance += p
            variance += p * (1 - p)
        }
        var steps = 0
        while driver.state.position.unit < tutorial.units.count - 1, steps < 20_000 {
            steps += 1
            if let round = driver.state.quiz {
                // A review's questions: one try each, then Esc ends the round at the recap.
                if round.finished {
                    driver.press(.enter)
                } else if let answer = round.shownAnswer, let item = round.current,
                    let question = library.question(item)
                {
                    account(question, answer.correct)
                    driver.press(.enter)
                } else if let item = round.current, round.firstTries.contains(where: { $0.questionID == item.questionID }) {
                    // A missed one come back: skip it until only missed ones are left, then stop.
                    let tried = Set(round.firstTries.map(\.questionID))
                    driver.press(round.queue.allSatisfy { tried.contains($0.questionID) } ? .escape : .right)
                } else {
                    pressFirstFreeNumber(&driver, draft: round.draft, round.current.flatMap { library.question($0) })
                }
                continue
            }
            if let question = tutorial.screen(at: driver.state.position)?.question,
                driver.state.answer(to: question.id) == nil
            {
                pressFirstFreeNumber(&driver, draft: driver.state.draft, question)
                if let answer = driver.state.answer(to: question.id) { account(question, answer.correct) }
                continue
            }
            driver.press(.enter)
        }
        let limit = chance + 2 * variance.squareRoot()
        print("pressing 1: \(right) of \(asked) right; guessing: \(chance), limit \(limit)")
        let total = library.lessons.values.reduce(0) { $0 + $1.questions.count }
        #expect(asked == total, "every question of the course was asked (\(asked) of \(total))")
        #expect(
            Double(right) <= limit,
            "pressing 1 scored \(right) of \(asked); guessing scores about \(Int(chance.rounded())), at most \(Int(limit)) by chance")
    }

    private func pressFirstFreeNumber(_ driver: inout Driver, draft: Draft, _ question: Question?) {
        guard let question else { return driver.press(.enter) }
        let shown = question.selectable(after: draft.picks)
        let number = (shown.firstIndex { question.canPick($0, after: draft.picks) } ?? 0) + 1
        driver.press(.character(Character(String(number))))
    }

    /// The chance of getting a question right by guessing.
    static func guessChance(_ question: Question) -> Double {
        switch question.form {
        case .choice(let choices, _): return 1 / Double(choices.count)
        case .order(let items): return 1 / Double((1...max(1, items.count)).reduce(1, *))
        case .match(let pairs):
            let options = Double(Set(pairs.map(\.right)).count)
            return pow(1 / options, Double(pairs.count))
        }
    }
}

private func pow(_ base: Double, _ exponent: Double) -> Double {
    (0..<Int(exponent)).reduce(1.0) { result, _ in result * base }
}
