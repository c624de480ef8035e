import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// The small lesson set in Tests/Fixtures/lessons: every screen and question kind, and wide text.
enum Fixtures {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let lessonsDirectory = packageRoot.appendingPathComponent("Tests/Fixtures/lessons").path

    static func library() throws -> LessonLibrary {
        let (files, readProblems) = LessonFileReader.read(directory: lessonsDirectory)
        let (library, problems) = LessonLibrary.load(files)
        #expect(readProblems.isEmpty && problems.isEmpty, "fixture problems: \(readProblems + problems)")
        return try #require(library)
    }

    static func tutorial(path: String = Course.fullPathName) throws -> Tutorial {
        try #require(Tutorial(library: try library(), pathName: path))
    }

    static let now = Instant(secondsSince1970: 1_800_000_000)
}

/// Sends actions through the engine as the front end would, keeping the effects.
struct Driver {
    var tutorial: Tutorial
    var state = TutorState()
    var effects: [Effect] = []
    var now = Fixtures.now
    /// The view's layout, for tests that need long screens to scroll (the harness sets it).
    var measure: ScreenMeasure?

    init(_ tutorial: Tutorial) { self.tutorial = tutorial }

    @discardableResult
    mutating func send(_ actions: Action...) -> [Effect] {
        var last: [Effect] = []
        for action in actions {
            last = Engine.reduce(&state, action, tutorial: tutorial, now: now, measure: measure)
            effects += last
        }
        return last
    }

    /// Presses keys through the key map, the way a learner would.
    mutating func press(_ keys: Key...) {
        for key in keys {
            if let action = KeyMap.action(for: key, state: state, tutorial: tutorial) {
                effects += Engine.reduce(&state, action, tutorial: tutorial, now: now, measure: measure)
            }
        }
    }

    mutating func go(toLesson id: String, screen: Int = 0) {
        send(.openLesson(id))
        // Straight to the screen: on a small window "go on" would first scroll a long screen.
        let measure = self.measure
        self.measure = nil
        for _ in 0..<screen { send(.next) }
        self.measure = measure
    }

    var unitID: String { tutorial.units[state.position.unit].id }
}

extension Driver {
    /// The number on screen of a choice (by its index in the lesson file) of the question on
    /// screen: the choices are mixed up, so tests ask for the right or a wrong one by meaning.
    func shownNumber(ofChoice index: Int) -> Int {
        guard let question = tutorial.screen(at: state.position)?.question,
            let at = question.displayOrder().firstIndex(of: index)
        else { return 0 }
        return at + 1
    }

    /// The number on screen of the right answer, and of one wrong choice, of a single choice.
    var rightNumber: Int {
        guard case .choice(_, let answer)? = tutorial.screen(at: state.position)?.question?.form else { return 0 }
        return shownNumber(ofChoice: answer)
    }

    var wrongNumber: Int { rightNumber == 1 ? 2 : 1 }
}
