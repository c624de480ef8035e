import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorStorage
@testable import TutorView

/// Issue 12: values in a progress file that crashed the tutorial at every start. Each is
/// read from a real file into the real built-in course, restored and drawn.
@Suite struct ProgressCheckTests {
    static func course() throws -> Tutorial {
        try #require(BuiltinLessons.library().flatMap { Tutorial(library: $0) })
    }

    /// Writes `json` as a progress file, loads it with the store, restores it and draws the
    /// screen in both views at 80x24 and 40x12.
    static func resume(_ json: String) throws -> TutorState {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = ProgressStore(path: folder + "/progress.json")
        try Data(json.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .loaded(let record) = store.load() else {
            Issue.record("expected the file to load")
            return TutorState()
        }
        let tutorial = try course()
        let state = TutorState(resuming: record, tutorial: tutorial)
        draw(state, tutorial)
        return state
    }

    static func draw(_ state: TutorState, _ tutorial: Tutorial) {
        for (width, height) in [(80, 24), (40, 12)] {
            _ = ScreenView.render(state, tutorial, width: width, height: height)
        }
        _ = PlainView.screen(state, tutorial)
    }

    static func file(position: String = "review-steps", screen: Int = 1, answers: String = "", cards: String = "")
        -> String
    {
        """
        {"formatVersion": 1, "path": "full", "positions": {"full": {"lesson": "\(position)", "screen": \(screen)}},
         "finishedLessons": [], "answers": [\(answers)]\(cards.isEmpty ? "" : ", \"reviewCards\": {\(cards)}"),
         "updatedAt": "2027-01-15T08:00:00Z"}
        """
    }

    static func card(box: Int = 2, right: Int = 1, wrong: Int = 0) -> String {
        """
        {"box": \(box), "due": "2027-01-16T08:00:00Z", "right": \(right), "wrong": \(wrong),
         "lastAnswered": "2027-01-15T08:00:00Z"}
        """
    }

    @Test func anOrderAnswerPointingPastTheItemsIsDropped() throws {
        let answer = """
            {"questionID": "review-steps-q1", "lessonID": "review-steps", "response": [99], "correct": false,
             "at": "2027-01-15T08:00:00Z"}
            """
        let state = try Self.resume(Self.file(answers: answer))
        #expect(state.answerLog.isEmpty)
        #expect(state.notice == .progressRepaired(count: 1))
        let tutorial = try Self.course()
        #expect(tutorial.screen(at: state.position)?.question?.id == "review-steps-q1", "the place is kept")
    }

    @Test(arguments: [
        (Int.max, 0), (0, Int.max), (-1, 0), (ProgressRecord.countLimit + 1, 0),
    ])
    func reviewCountsOutOfRangeAreDroppedAndQuizzingCarriesOn(right: Int, wrong: Int) throws {
        let state = try Self.resume(
            Self.file(cards: "\"review-steps-q2\": \(Self.card(right: right, wrong: wrong))"))
        #expect(state.reviewCards.isEmpty)
        #expect(state.notice == .progressRepaired(count: 1))
        try Self.quiz(state)
    }

    @Test(arguments: [-3, 0, 6, Int.min])
    func aReviewBoxThatDoesNotExistIsDropped(box: Int) throws {
        let state = try Self.resume(Self.file(cards: "\"review-steps-q2\": \(Self.card(box: box))"))
        #expect(state.reviewCards.isEmpty)
        try Self.quiz(state)
    }

    /// Answers a quiz question after a restore: the review-box arithmetic runs on what was loaded.
    static func quiz(_ state: TutorState) throws {
        var driver = Driver(try course())
        driver.state = state
        driver.send(.startQuiz(.lesson("review-steps"), origin: .menu, count: 3))
        for _ in 0..<6 { driver.send(.choose(1)) }
        draw(driver.state, driver.tutorial)
        #expect(driver.state.reviewCards.values.allSatisfy { (1...ReviewCard.boxCount).contains($0.box) })
    }

    @Test func theReviewBoxArithmeticNeverTrapsOnACardMadeElsewhere() {
        let now = Fixtures.now
        let huge = ReviewCard(box: -3, due: now, right: .max, wrong: .max, lastAnswered: now)
        let right = ReviewCard.after(huge, correct: true, now: now)
        let wrong = ReviewCard.after(huge, correct: false, now: now)
        #expect(right.box == 2 && right.right == .max)
        #expect(wrong.box == 1 && wrong.wrong == .max)
    }

    @Test func aGoodFileIsUsedAsItIs() throws {
        let answer = """
            {"questionID": "review-steps-q1", "lessonID": "review-steps", "response": [0, 1, 2, 3, 4, 5],
             "correct": true, "at": "2027-01-15T08:00:00Z"}
            """
        let state = try Self.resume(
            Self.file(answers: answer, cards: "\"review-steps-q2\": \(Self.card())"))
        #expect(state.notice == nil)
        #expect(state.answerLog.count == 1)
        #expect(state.reviewCards.count == 1)
    }

    @Test(arguments: [
        // Unknown question, and a real question filed under the wrong lesson.
        #"{"questionID": "no-such-q", "lessonID": "review-steps", "response": [0], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        #"{"questionID": "review-steps-q2", "lessonID": "step-1", "response": [0], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        // A choice that does not exist, too many picks, a negative pick, none at all.
        #"{"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [3], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        #"{"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [0, 1], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        #"{"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [-1], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        #"{"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [], "correct": true, "at": "2027-01-15T08:00:00Z"}"#,
        // An order that uses an item twice; a date before the tutorial existed.
        #"{"questionID": "review-steps-q1", "lessonID": "review-steps", "response": [0, 0, 1, 2, 3, 4], "correct": false, "at": "2027-01-15T08:00:00Z"}"#,
        #"{"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [1], "correct": true, "at": "1901-01-15T08:00:00Z"}"#,
    ])
    func answersThatDoNotFitTheCourseAreDropped(answer: String) throws {
        let state = try Self.resume(Self.file(answers: answer))
        #expect(state.answerLog.isEmpty)
        #expect(state.notice == .progressRepaired(count: 1))
    }

    @Test func aRightOrWrongThatDisagreesWithTheQuestionIsWorkedOutAgain() throws {
        let answer = """
            {"questionID": "review-steps-q2", "lessonID": "review-steps", "response": [1], "correct": true,
             "at": "2027-01-15T08:00:00Z"}
            """
        let state = try Self.resume(Self.file(screen: 2, answers: answer))
        #expect(state.answerLog.map(\.correct) == [false], "the second choice is not the right one")
    }

    @Test(arguments: [("no-such-lesson", 0), ("review-steps", 999), ("review-steps", -1)])
    func aPlaceThatIsNotThereIsDropped(lesson: String, screen: Int) throws {
        let state = try Self.resume(Self.file(position: lesson, screen: screen))
        #expect(state.notice == .progressRepaired(count: 1))
        let tutorial = try Self.course()
        #expect(tutorial.screen(at: state.position) != nil)
    }

    @Test func unknownPathsLessonsAndCardsAreDroppedAndCounted() throws {
        let json = """
            {"formatVersion": 1, "path": "no-such-path",
             "positions": {"nowhere": {"lesson": "review-steps", "screen": 0}},
             "finishedLessons": ["step-1", "step-1", "gone"], "answers": [],
             "reviewCards": {"gone-q1": \(Self.card())}, "updatedAt": "9999-01-15T08:00:00Z"}
            """
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("check-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let store = ProgressStore(path: folder + "/progress.json")
        try Data(json.utf8).write(to: URL(fileURLWithPath: store.path))
        guard case .loaded(let record) = store.load() else { throw CancellationError() }
        let checked = record.checked(against: try #require(BuiltinLessons.library()))
        #expect(checked.dropped == 6)
        #expect(checked.record.path == Course.fullPathName)
        #expect(checked.record.positions.isEmpty)
        #expect(checked.record.finishedLessons == ["step-1"])
        #expect(checked.record.reviewCards == nil)
        #expect(checked.record.updatedAt == nil)
        // The `progress` command reads the same file: its report only counts what fits.
        let report = ProgressReport.make(
            library: try #require(BuiltinLessons.library()), record: record, now: Fixtures.now)
        #expect(report.lessonsDone == 1 && report.quiz.reviewed == 0)
    }

    @Test func theNoticeSaysHowManyValuesWereLeftOut() {
        #expect(
            EnglishWords().notice(.progressRepaired(count: 2), mode: .plain)
                == "Part of your saved progress did not fit this course (2 values), so that part was left out. The rest is kept."
        )
    }
}
