import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// A review lesson asks its questions as a round: a missed one comes back after a few others
/// until it is answered right, and the review ends with a recap before the lesson goes on.
@Suite struct ReviewRoundTests {
    /// The fixture course with alpha, which has two questions after two screens, made a review.
    func tutorial() throws -> Tutorial {
        var library = try Fixtures.library()
        library.lessons["alpha"]?.kind = .review
        return try #require(Tutorial(library: library))
    }

    @Test func arrivingAtTheFirstQuestionStartsTheRound() throws {
        var driver = Driver(try tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        let round = try #require(driver.state.quiz)
        #expect(round.origin == .review(unit: 1))
        #expect(round.queue.map(\.questionID) == ["alpha-q1", "alpha-q2"])
    }

    @Test func aMissedQuestionComesBackAndTheRecapNamesIt() throws {
        var driver = Driver(try tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.wrongNumber), .next)
        // True or false: "becomes liver cancer" is false, the second choice.
        driver.send(.choose(2), .next)
        #expect(driver.state.quiz?.current?.questionID == "alpha-q1", "the missed one comes back")
        driver.send(.choose(driver.shownNumber(ofChoice: 0)), .next)
        let round = try #require(driver.state.quiz)
        #expect(round.finished)
        let summary = QuizSummary(round: round, library: driver.tutorial.library)
        #expect(summary.rightFirstTime == 1)
        #expect(summary.missedQuestionIDs == ["alpha-q1"])
        let recap = ScreenHarness.text(driver, width: 80, height: 24)
        #expect(recap.contains("Right on the first try: 1 of 2 (50%)."))
        #expect(recap.contains("What to go over again:"))
        #expect(recap.contains("What is intravasation?"))
        driver.send(.next)
        #expect(driver.state.quiz == nil)
        #expect(driver.unitID == "beta", "after the recap the course goes on")
        #expect(driver.state.finishedLessons.contains("alpha"))
    }

    @Test func answersInAReviewCountAsTheLessonsOwn() throws {
        var driver = Driver(try tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.shownNumber(ofChoice: 0)))
        #expect(driver.state.answer(to: "alpha-q1")?.correct == true)
    }
}

extension ScreenHarness {
    static func text(_ driver: Driver, width: Int, height: Int) -> String {
        ScreenView.render(driver.state, driver.tutorial, width: width, height: height).grid.text
    }
}
