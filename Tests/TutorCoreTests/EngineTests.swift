import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

@Suite struct EngineNavigationTests {
    @Test func startsOnTheWelcomeScreen() throws {
        let driver = Driver(try Fixtures.tutorial())
        #expect(driver.unitID == Unit.welcomeID)
        #expect(driver.state.position == Position(unit: 0, screen: 0))
    }

    @Test func nextWalksScreensThenLessonsAndSaves() throws {
        var driver = Driver(try Fixtures.tutorial())
        #expect(driver.send(.next) == [.saveProgress])
        #expect(driver.unitID == "alpha")
        #expect(driver.state.position.screen == 0)
        driver.send(.next, .next, .next)
        #expect(driver.state.position == Position(unit: 1, screen: 3))
        driver.send(.next)
        #expect(driver.unitID == "beta")
        #expect(driver.state.finishedLessons == ["alpha"])
    }

    @Test func backCrossesIntoTheLastScreenOfThePreviousLesson() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "beta")
        driver.send(.back)
        #expect(driver.unitID == "alpha")
        #expect(driver.state.position.screen == 3)
    }

    @Test func firstScreenBoundarySaysSoAndDoesNotMove() throws {
        var driver = Driver(try Fixtures.tutorial())
        #expect(driver.send(.back) == [])
        #expect(driver.state.position == Position(unit: 0, screen: 0))
        #expect(driver.state.notice == .firstScreen)
        driver.send(.next)
        #expect(driver.state.notice == nil)
    }

    @Test func lastScreenBoundarySaysSoAndDoesNotMove() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        driver.send(.openLesson(Unit.farewellID))
        let last = driver.state.position
        #expect(last.unit == tutorial.units.count - 1)
        #expect(driver.send(.next) == [])
        #expect(driver.state.position == last)
        #expect(driver.state.notice == .lastScreen)
    }

    @Test func keysMapToActionsAsTheFooterSays() throws {
        let tutorial = try Fixtures.tutorial()
        let state = TutorState()
        for key in [Key.enter, .character(" "), .right, .character("n"), .pageDown] {
            #expect(KeyMap.action(for: key, state: state, tutorial: tutorial) == .next)
        }
        for key in [Key.left, .character("p"), .backspace, .pageUp] {
            #expect(KeyMap.action(for: key, state: state, tutorial: tutorial) == .back)
        }
        #expect(KeyMap.action(for: .character("m"), state: state, tutorial: tutorial) == .openMenu)
        #expect(KeyMap.action(for: .character("?"), state: state, tutorial: tutorial) == .openHelp)
        #expect(KeyMap.action(for: .character("q"), state: state, tutorial: tutorial) == .requestQuit)
        #expect(KeyMap.action(for: .character("x"), state: state, tutorial: tutorial) == nil)
    }

    @Test func quitAsksFirstAndOnlyYesQuits() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.press(.character("q"))
        #expect(driver.state.overlay == .quitConfirm)
        driver.press(.character("n"))
        #expect(driver.state.overlay == nil)
        #expect(!driver.effects.contains(.quit))
        driver.press(.character("q"), .character("x"), .enter)
        #expect(driver.state.overlay == .quitConfirm, "other keys leave the question open")
        driver.press(.character("y"))
        #expect(driver.effects.suffix(2) == [.saveProgress, .quit])
    }

    @Test func menuListsLessonsAndOpensTheSelectedOne() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.press(.character("m"))
        #expect(
            driver.state.overlay == .menu(selection: 3),
            "the current lesson, after Test yourself, Your progress and My questions")
        driver.press(.down, .down, .down)  // stops at the last lesson
        #expect(driver.state.overlay == .menu(selection: 5))
        driver.press(.up, .enter)
        #expect(driver.state.overlay == nil)
        #expect(driver.unitID == "beta")
        #expect(driver.effects.last == .saveProgress)
    }

    @Test func escapeClosesHelpAndGlossary() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.press(.character("?"))
        #expect(driver.state.overlay == .help)
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
        driver.press(.character("g"))
        #expect(driver.state.overlay == .glossary(scroll: 0))
        driver.press(.escape)
        #expect(driver.state.overlay == nil)
    }

    @Test func goingOnFromALongScreenFirstShowsTheRest() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.measure = { _, _, _ in Viewport(contentLines: 30, visibleLines: 10) }
        driver.send(.resize(WindowSize(width: 80, height: 24)))
        #expect(driver.send(.next) == [])
        #expect(driver.state.scroll == 9)
        driver.send(.next)
        #expect(driver.state.scroll == 18)
        driver.send(.next)
        #expect(driver.state.scroll == 20, "never scrolls past the end")
        driver.send(.next)
        #expect(driver.unitID == "alpha")
        #expect(driver.state.scroll == 0)
    }

    @Test func pathOnlyHoldsItsLessons() throws {
        let tutorial = try Fixtures.tutorial(path: "short")
        #expect(tutorial.units.map(\.id) == [Unit.welcomeID, "beta", Unit.farewellID])
        #expect(Tutorial(library: try Fixtures.library(), pathName: "nope") == nil)
    }

    @Test func glossaryLessonBecomesScreensOfTermsThenSomethingToDo() throws {
        let tutorial = try Fixtures.tutorial()
        let glossary = try #require(tutorial.units.first { $0.id == "glossary" })
        #expect(glossary.screens.count == 2)
        guard case .text(let screen) = glossary.screens[0] else {
            Issue.record("expected a text screen")
            return
        }
        #expect(
            screen.blocks.map(\.plainText).first
                == "Intravasation (in-TRAV-uh-SAY-shun): Cancer cells pushing into a blood or lymph vessel.")
    }

    @Test func aLessonWithNoScreensIsSkippedNotShownEmpty() throws {
        var library = try Fixtures.library()
        library.lessons["alpha"]?.screens = []
        let tutorial = try #require(Tutorial(library: library))
        #expect(!tutorial.units.map(\.id).contains("alpha"))
        var driver = Driver(tutorial)
        driver.send(.next)
        #expect(driver.unitID == "beta")
    }
}

@Suite struct EngineAnsweringTests {
    @Test func rightSingleChoiceIsRecordedAndSaved() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        #expect(
            driver.send(.choose(driver.rightNumber)) == [.saveProgress, .answered(questionID: "alpha-q1", correct: true)])
        let answer = try #require(driver.state.answer(to: "alpha-q1"))
        #expect(
            answer == Answer(questionID: "alpha-q1", lessonID: "alpha", response: [0], correct: true, at: Fixtures.now))
    }

    @Test func wrongChoiceIsScoredWrongAndCannotBeChangedOnTheSpot() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.wrongNumber))
        #expect(driver.state.answer(to: "alpha-q1")?.correct == false)
        #expect(driver.send(.choose(driver.rightNumber)) == [])
        #expect(driver.state.answerLog.count == 1)
        #expect(driver.state.notice == .alreadyAnswered)
    }

    @Test func numberOutOfRangeExplainsTheKeys() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        #expect(driver.send(.choose(7)) == [])
        #expect(driver.state.answerLog.isEmpty)
        #expect(driver.state.notice == .howToAnswer(choices: 3))
        #expect(
            EnglishWords().notice(.howToAnswer(choices: 3), mode: .fullScreen)
                == "Press a number from 1 to 3 to answer, or the Right arrow to skip.")
    }

    @Test func arrowsAndEnterAnswerTheHighlightedChoice() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        let shown = try #require(driver.tutorial.screen(at: driver.state.position)?.question).displayOrder()
        driver.press(.down, .down, .down, .down, .up)
        #expect(driver.state.draft.highlight == shown[1], "the second choice on screen")
        driver.press(.enter)
        #expect(driver.state.answer(to: "alpha-q1")?.response == [shown[1]])
        driver.press(.enter)
        #expect(driver.state.position.screen == 3, "Enter goes on once answered")
    }

    @Test func enterWithNothingHighlightedDoesNotSkipTheQuestion() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 2)
        driver.press(.enter)
        #expect(driver.state.position.screen == 2)
        #expect(driver.state.notice == .howToAnswer(choices: 3))
    }

    @Test func trueFalseUsesTrueAsOneAndFalseAsTwo() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "alpha", screen: 3)
        driver.send(.choose(2))
        #expect(driver.state.answer(to: "alpha-q2")?.correct == true)
    }

    @Test func orderQuestionTakesPicksFromWhatIsLeft() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        driver.go(toLesson: "beta", screen: 1)
        let question = try #require(tutorial.screen(at: driver.state.position)?.question)
        #expect(question.displayOrder() != [0, 1, 2], "the items are mixed up on screen")
        // Pick the right item each time by finding its number among those left.
        for item in 0..<3 {
            let left = question.selectable(after: driver.state.draft.picks)
            let effects = driver.send(.choose(try #require(left.firstIndex(of: item)) + 1))
            #expect(effects == (item == 2 ? [.saveProgress, .answered(questionID: "beta-q1", correct: true)] : []))
        }
        #expect(
            driver.state.answer(to: "beta-q1")
                == Answer(
                    questionID: "beta-q1", lessonID: "beta", response: [0, 1, 2], correct: true, at: Fixtures.now))
    }

    @Test func orderQuestionInTheWrongOrderIsWrong() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "beta", screen: 1)
        driver.send(.choose(driver.shownNumber(ofChoice: 2)), .choose(driver.shownNumber(ofChoice: 1)))
        driver.send(.choose(driver.shownNumber(ofChoice: 0)))
        let answer = try #require(driver.state.answer(to: "beta-q1"))
        #expect(answer.response == [2, 1, 0])
        #expect(!answer.correct)
    }

    @Test func orderItemsKeepTheirNumbersAndAPlacedOneCannotBePickedAgain() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "beta", screen: 1)
        let question = try #require(driver.tutorial.screen(at: driver.state.position)?.question)
        let before = question.selectable(after: [])
        driver.send(.choose(1))
        #expect(question.selectable(after: driver.state.draft.picks) == before)
        #expect(driver.send(.choose(1)) == [])
        #expect(driver.state.notice == .alreadyPlaced(1))
        #expect(driver.state.draft.picks == [before[0]])
    }

    @Test func backspaceTakesBackTheLastPickThenGoesBack() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "beta", screen: 1)
        driver.press(.character("1"), .character("2"))
        #expect(driver.state.draft.picks.count == 2)
        driver.press(.backspace)
        #expect(driver.state.draft.picks.count == 1)
        driver.press(.backspace)
        #expect(driver.state.draft.picks.isEmpty)
        #expect(driver.state.position.screen == 1)
        driver.press(.backspace)
        #expect(driver.state.position.screen == 0, "with no pick to take back, Backspace goes back")
    }

    @Test func matchQuestionScoresEachPair() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        driver.go(toLesson: "beta", screen: 2)
        let question = try #require(tutorial.screen(at: driver.state.position)?.question)
        #expect(question.matchOptions == ["Liver", "Bones", "Adrenal glands"])
        let shown = question.displayOrder()
        for right in [0, 1, 2] {
            driver.send(.choose(try #require(shown.firstIndex(of: right)) + 1))
        }
        #expect(driver.state.answer(to: "beta-q2")?.correct == true)

        var wrong = Driver(tutorial)
        wrong.go(toLesson: "beta", screen: 2)
        wrong.send(.choose(1), .choose(1), .choose(1))
        #expect(wrong.state.answer(to: "beta-q2")?.correct == false)
    }

    @Test func steppingBackFromAHalfAnsweredQuestionKeepsThePicks() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.go(toLesson: "beta", screen: 2)
        driver.send(.choose(1))
        let draft = driver.state.draft
        #expect(draft.picks.count == 1)
        driver.send(.back)
        #expect(driver.state.draft.picks.isEmpty, "the screen before has no picks")
        driver.send(.next)
        #expect(driver.state.draft == draft)
        #expect(driver.state.answerLog.isEmpty)
    }
}

@Suite struct EngineResumeTests {
    @Test func aSavedRecordResumesTheSamePlaceAnswersAndFinishedLessons() throws {
        let tutorial = try Fixtures.tutorial()
        var driver = Driver(tutorial)
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(driver.rightNumber), .next, .choose(1), .next, .next)
        let record = driver.state.record(tutorial: tutorial, now: Fixtures.now)
        #expect(record.positions[Course.fullPathName] == SavedPosition(lesson: "beta", screen: 1))
        #expect(record.finishedLessons == ["alpha"])
        #expect(record.answers.count == 2)

        let resumed = TutorState(resuming: record, tutorial: tutorial)
        #expect(resumed.position == driver.state.position)
        #expect(resumed.answerLog == driver.state.answerLog)
        #expect(resumed.finishedLessons == driver.state.finishedLessons)
        #expect(resumed.lastVisit == Fixtures.now)
    }

    @Test func aRecordSurvivesJSONAndKeepsOtherPaths() throws {
        let full = try Fixtures.tutorial()
        let short = try Fixtures.tutorial(path: "short")
        var driver = Driver(full)
        driver.go(toLesson: "alpha", screen: 1)
        var record = driver.state.record(tutorial: full, now: Fixtures.now)
        record.positions["short"] = SavedPosition(lesson: "beta", screen: 2)

        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let decoded = try decoder.decode(ProgressRecord.self, from: encoder.encode(record))
        #expect(decoded == record)

        let onShort = TutorState(resuming: decoded, tutorial: short)
        #expect(short.units[onShort.position.unit].id == "beta")
        #expect(onShort.position.screen == 2)
        #expect(
            onShort.record(tutorial: short, now: Fixtures.now).positions[Course.fullPathName]
                == SavedPosition(lesson: "alpha", screen: 1))
    }

    @Test func aRemovedLessonOrScreenFallsBackSafely() throws {
        let tutorial = try Fixtures.tutorial()
        let gone = ProgressRecord(positions: [Course.fullPathName: SavedPosition(lesson: "removed", screen: 3)])
        #expect(TutorState(resuming: gone, tutorial: tutorial).position == Position(unit: 0, screen: 0))
        let tooFar = ProgressRecord(positions: [Course.fullPathName: SavedPosition(lesson: "alpha", screen: 99)])
        #expect(TutorState(resuming: tooFar, tutorial: tutorial).position == Position(unit: 1, screen: 3))
    }
}
