import Testing

@testable import LessonModel
@testable import TutorEngine

/// The engine through `TestStore`: every change an action makes to the state is stated.
@Suite struct EngineStoreTests {
    @Test func goingOnMovesOneScreenAndSaves() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.next, effects: [.saveProgress]) { $0.position = Position(unit: 1, screen: 0) }
        store.send(.next, effects: [.saveProgress]) { $0.position.screen = 1 }
        store.send(.back, effects: [.saveProgress]) { $0.position.screen = 0 }
    }

    @Test func theFirstScreenSaysSoAndStays() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.back) { $0.notice = .firstScreen }
        store.send(.next, effects: [.saveProgress]) {
            $0.notice = nil
            $0.position = Position(unit: 1, screen: 0)
        }
    }

    @Test func finishingALessonIsCountedOnce() throws {
        let tutorial = try Fixtures.tutorial()
        var store = TestStore(tutorial)
        store.send(.openLesson("alpha"), effects: [.saveProgress]) { $0.position = Position(unit: 1, screen: 0) }
        let last = tutorial.units[1].screens.count - 1
        for screen in 1...last {
            store.send(.next, effects: [.saveProgress]) { $0.position.screen = screen }
        }
        store.send(.next, effects: [.saveProgress, .lessonFinished("alpha")]) {
            $0.position = Position(unit: 2, screen: 0)
            $0.finishedLessons = ["alpha"]
        }
        store.send(.back, effects: [.saveProgress]) { $0.position = Position(unit: 1, screen: last) }
        store.send(.next, effects: [.saveProgress]) { $0.position = Position(unit: 2, screen: 0) }
    }

    @Test func quittingAsksAndOnlyYesQuits() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.requestQuit) { $0.overlay = .quitConfirm }
        store.send(.answerQuit(false)) { $0.overlay = nil }
        store.send(.requestQuit) { $0.overlay = .quitConfirm }
        store.send(.answerQuit(true), effects: [.saveProgress, .quit]) { $0.overlay = nil }
    }

    @Test func theWindowSizeIsAnInputAndChangesNothingElse() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.resize(WindowSize(width: 80, height: 24))) { $0.window = WindowSize(width: 80, height: 24) }
        store.send(.resize(WindowSize(width: 40, height: 12))) { $0.window = WindowSize(width: 40, height: 12) }
    }

    @Test func anUnknownLessonIsANoticeNotAMove() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.openLesson("nope")) { $0.notice = .noSuchLesson("nope") }
    }

    @Test func theMenuOpensOnTheFirstLessonFromTheWelcomeAndCloses() throws {
        var store = TestStore(try Fixtures.tutorial())
        // Entries: "Test yourself", "Your progress", "My questions", then the lessons.
        #expect(Engine.menuEntries(store.tutorial)[3] == .lesson(unit: 1))
        store.send(.openMenu) { $0.overlay = .menu(selection: 3) }
        store.send(.menuMove(1)) { $0.overlay = .menu(selection: 4) }
        store.send(.closeOverlay) { $0.overlay = nil }
    }
}
