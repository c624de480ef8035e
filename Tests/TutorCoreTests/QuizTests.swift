import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

@Suite struct ReviewCardTests {
    let day: TimeInterval = 86_400

    @Test func rightMovesUpAndSpacesOutWrongGoesBackToBoxOne() {
        let start = Fixtures.now
        var card = ReviewCard.after(nil, correct: true, now: start)
        #expect(card.box == 2)
        #expect(card.due == start.adding(seconds: day))
        card = ReviewCard.after(card, correct: true, now: start.adding(seconds: day))
        #expect(card.box == 3)
        #expect(card.due == start.adding(seconds: 4 * day))
        card = ReviewCard.after(card, correct: false, now: start.adding(seconds: 5 * day))
        #expect(card.box == 1)
        #expect(card.isDue(at: start.adding(seconds: 5 * day)))
        #expect((card.right, card.wrong) == (2, 1))
    }

    @Test func theTopBoxIsTheLast() {
        var card: ReviewCard? = nil
        for _ in 0..<10 { card = ReviewCard.after(card, correct: true, now: Fixtures.now) }
        #expect(card?.box == ReviewCard.boxCount)
    }

    @Test func plannerAsksDueAndMissedFirstThenNewThenLater() {
        let now = Fixtures.now
        let items = ["a", "b", "c", "d", "e"].map { QuizRound.Item(questionID: $0, lessonID: "l") }
        let cards: [String: ReviewCard] = [
            "a": ReviewCard(box: 3, due: now.adding(seconds: day), lastAnswered: now),  // not due
            "b": ReviewCard(box: 2, due: now.adding(seconds: -day), lastAnswered: now),  // due
            "c": ReviewCard(box: 1, due: now, lastAnswered: now),  // missed: due now, box 1
        ]
        let planned = QuizPlanner.items(from: items, cards: cards, now: now, count: 5).map(\.questionID)
        #expect(planned == ["c", "b", "d", "e", "a"])
        #expect(QuizPlanner.items(from: items, cards: cards, now: now, count: 2).map(\.questionID) == ["c", "b"])
    }
}

@Suite struct QuizRoundTests {
    func startQuiz(_ driver: inout Driver, scope: QuizScope = .all) {
        driver.send(.startQuiz(scope, origin: .command, count: 10))
    }

    /// The numbers to press for the right answer of the question on screen.
    func rightNumbers(_ driver: Driver) throws -> [Int] {
        let round = try #require(driver.state.quiz)
        let item = try #require(round.current)
        let question = try #require(driver.tutorial.library.question(item))
        let salt = round.shuffleSalt
        switch question.form {
        case .choice(_, let answer):
            return [(question.displayOrder(salt: salt).firstIndex(of: answer) ?? -1) + 1]
        case .order(let items):
            var picks: [Int] = []
            var numbers: [Int] = []
            for item in items.indices {
                numbers.append((question.selectable(after: picks, salt: salt).firstIndex(of: item) ?? -1) + 1)
                picks.append(item)
            }
            return numbers
        case .match(let pairs):
            let order = question.displayOrder(salt: salt)
            return pairs.map { pair in
                let option = question.matchOptions.firstIndex(of: pair.right) ?? -1
                return (order.firstIndex(of: option) ?? -1) + 1
            }
        }
    }

    /// Numbers that answer the question on screen wrongly.
    func wrongNumbers(_ driver: Driver) throws -> [Int] {
        let right = try rightNumbers(driver)
        if right.count == 1 { return [right[0] == 1 ? 2 : 1] }
        // Order and match: the first pick differs from the right one, the rest are 1s.
        return [right[0] == 1 ? 2 : 1] + Array(repeating: 1, count: right.count - 1)
    }

    @Test func drawsFromTheChosenScope() throws {
        var driver = Driver(try Fixtures.tutorial())
        startQuiz(&driver, scope: .lesson("alpha"))
        #expect(driver.state.quiz?.queue.map(\.questionID) == ["alpha-q1", "alpha-q2"])
        startQuiz(&driver, scope: .part(2))
        #expect(driver.state.quiz?.queue.map(\.questionID) == ["beta-q1", "beta-q2"])
        startQuiz(&driver, scope: .all)
        #expect(driver.state.quiz?.questionCount == 4)
    }

    @Test func choicesAreShuffledForTheRoundButAnswersRecordTheRealChoice() throws {
        let tutorial = try Fixtures.tutorial()
        let question = try #require(tutorial.library.lessons["alpha"]?.questions.first)
        let salts = (0..<20).map { String($0) }
        #expect(salts.contains { question.displayOrder(salt: $0) != [0, 1, 2] }, "some rounds mix the choices")
        var driver = Driver(tutorial)
        startQuiz(&driver, scope: .lesson("alpha"))
        driver.send(.choose(try rightNumbers(driver)[0]))
        let answer = try #require(driver.state.answerLog.last)
        #expect(answer.response == [0])
        #expect(answer.correct)
        #expect(answer.inQuiz == true)
        #expect(driver.state.answer(to: "alpha-q1") == nil, "a quiz answer does not fill in the lesson's question")
    }

    @Test func aMissedQuestionComesBackAfterThreeOthersUntilRight() throws {
        var library = try Fixtures.library()
        // Five questions: copy alpha's true/false question into more lessons' worth of ids.
        let base = try #require(library.lessons["alpha"]?.screens[3].question)
        library.lessons["alpha"]!.screens = (1...5).map { n in
            var q = base
            q.id = "tf-\(n)"
            return .question(q)
        }
        let tutorial = try #require(Tutorial(library: library))
        var driver = Driver(tutorial)
        startQuiz(&driver, scope: .lesson("alpha"))
        #expect(driver.state.quiz?.queue.map(\.questionID) == ["tf-1", "tf-2", "tf-3", "tf-4", "tf-5"])

        driver.send(.choose(1))  // True: wrong
        #expect(driver.state.quiz?.shownAnswer?.correct == false)
        driver.send(.next)
        #expect(driver.state.quiz?.queue.map(\.questionID) == ["tf-2", "tf-3", "tf-4", "tf-1", "tf-5"])
        for _ in 0..<3 { driver.send(.choose(2), .next) }
        #expect(driver.state.quiz?.current?.questionID == "tf-1")
        driver.send(.choose(1), .next)  // wrong again: fewer than 3 others left, so last
        #expect(driver.state.quiz?.queue.map(\.questionID) == ["tf-5", "tf-1"])
        driver.send(.choose(2), .next, .choose(2))
        #expect(driver.state.quiz?.shownAnswer?.correct == true)
        driver.send(.next)
        let round = try #require(driver.state.quiz)
        #expect(round.finished)
        let summary = QuizSummary(round: round, library: library)
        #expect((summary.rightFirstTime, summary.asked, summary.percent) == (4, 5, 80))
        #expect(summary.reviewNext.map(\.lessonID) == ["alpha"])
        // The box moved on the first try only.
        #expect(driver.state.reviewCards["tf-1"]?.box == 1)
        #expect(driver.state.reviewCards["tf-1"]?.wrong == 1)
        #expect(driver.state.reviewCards["tf-2"]?.box == 2)
        #expect(driver.send(.next) == [.saveProgress, .quit], "a quiz command ends after its summary")
        #expect(driver.state.quiz == nil)
    }

    @Test func orderAndMatchQuestionsWorkInAQuiz() throws {
        var driver = Driver(try Fixtures.tutorial())
        startQuiz(&driver, scope: .lesson("beta"))
        for _ in 0..<2 {
            for number in try rightNumbers(driver) { driver.send(.choose(number)) }
            #expect(driver.state.quiz?.shownAnswer?.correct == true)
            driver.send(.next)
        }
        #expect(driver.state.quiz?.finished == true)
        #expect(driver.state.quiz?.answeredRightFirstTime == 2)
    }

    @Test func escapeStopsTheRoundAndShowsWhatWasDone() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.send(.startQuiz(.all, origin: .menu, count: 10))
        driver.send(.choose(try rightNumbers(driver)[0]), .next)
        driver.press(.escape)
        let round = try #require(driver.state.quiz)
        #expect(round.finished)
        #expect(QuizSummary(round: round, library: driver.tutorial.library).asked == 1)
        #expect(driver.send(.next) == [.saveProgress], "a round from the menu goes back to the lessons")
        #expect(driver.state.quiz == nil)
    }

    @Test func testYourselfInTheMenuStartsARoundOverTheWholeCourse() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.press(.character("m"), .up, .up, .up, .enter)
        #expect(driver.state.quiz?.origin == .menu)
        #expect(driver.state.quiz?.questionCount == 4)
    }

    @Test func missedQuestionsFromAnEarlierRoundComeFirstNextDay() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        startQuiz(&driver)
        let first = try #require(driver.state.quiz?.current?.questionID)
        for number in try wrongNumbers(driver) { driver.send(.choose(number)) }
        #expect(driver.state.quiz?.shownAnswer?.correct == false)
        driver.send(.endQuiz, .endQuiz)
        let record = driver.state.record(tutorial: tutorial, now: driver.now)
        var tomorrow = Driver(tutorial)
        tomorrow.state = TutorState(resuming: record, tutorial: tutorial)
        tomorrow.now = driver.now.adding(seconds: 86_400)
        tomorrow.send(.startQuiz(.all, origin: .command, count: 10))
        #expect(tomorrow.state.quiz?.current?.questionID == first)
    }
}

@Suite struct ProgressReportTests {
    @Test func reportsLessonsPartsQuizAndLastVisit() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.rightNumber), .next, .choose(1), .next)
        let record = driver.state.record(tutorial: tutorial, now: Fixtures.now)
        let report = ProgressReport.make(library: tutorial.library, record: record, now: Fixtures.now)
        #expect((report.lessonsDone, report.lessonCount) == (1, 3))
        #expect(report.parts.map(\.done) == [1, 0])
        #expect(
            report.lessons.first
                == .init(
                    id: "alpha", title: "Step 3: Entering the blood or lymph", part: 1, done: true, questions: 2,
                    answered: 2, right: 1))
        let text = report.text(words: EnglishWords())
        #expect(text.contains("Last here: Friday 15 January 2027 at 08:00."))
        #expect(text.contains("██████░░░░░░░░░░░░░░ 33% Whole course: 1 of 3 lessons"))
        #expect(text.contains("✓ done  Step 3: Entering the blood or lymph (quiz: 1 of 2 right)"))
        #expect(text.contains("You have not tested yourself yet."))
    }

    @Test func progressScreenOpensFromTheMenu() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        // Up twice from the first lesson: past "My questions" to "Your progress".
        harness.press(.character("m"), .up, .up, .enter)
        let screen = harness.screen()
        #expect(screen.contains("Your progress"))
        #expect(screen.contains("This is your first visit."))
        Snapshot.assert(screen, named: "progress-80x24")
    }

    @Test func quizScreensAt80x24() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.driver.send(.startQuiz(.lesson("alpha"), origin: .menu, count: 10))
        Snapshot.assert(harness.screen(), named: "quiz-question-80x24")
        harness.press(.character("2"))
        Snapshot.assert(harness.screen(), named: "quiz-answered-80x24")
        harness.press(.escape)
        let summary = harness.screen()
        #expect(summary.contains("Right on the first try:"))
        Snapshot.assert(summary, named: "quiz-summary-80x24")
    }
}
