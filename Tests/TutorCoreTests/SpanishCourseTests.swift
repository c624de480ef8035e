import BuiltinLessons
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// The built-in Spanish course as a learner meets it: every screen, and everything that opens
/// over one, with no English word of the program left.
@Suite struct SpanishCourseTests {
    /// Words of the program's English that no Spanish screen has: a whole word matched.
    static let englishWords = [
        "Press", "press", "Screen", "Lesson", "Question", "quit", "help", "next", "back", "Correct", "Not quite",
        "Your", "your", "done", "Words", "Part", "Type", "the", "and", "you", "of", "to", "Test yourself", "More below",
        "Top of", "menu", "skip", "answer", "close", "scroll", "Review",
    ]

    static func englishLeft(in text: String) -> [String] {
        englishWords.filter { word in
            var rest = text[...]
            while let range = rest.range(of: word) {
                let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
                let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
                if !(before?.isLetter ?? false) && !(after?.isLetter ?? false) { return true }
                rest = text[range.upperBound...]
            }
            return false
        }
    }

    func spanish() throws -> Tutorial {
        let library = try #require(BuiltinLessons.library(language: .es), "the Spanish course is built in")
        #expect(library.language == .es)
        return try #require(Tutorial(library: library))
    }

    /// The rows the program writes around a lesson: the header, the notice and the footer.
    func frame(_ screen: String) -> String {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        return (rows.prefix(3) + rows.suffix(2)).joined(separator: "\n")
    }

    @Test func theCourseHasEverySpanishLessonOfTheEnglish() throws {
        let english = try #require(BuiltinLessons.library(language: .en))
        let spanish = try spanish().library
        #expect(BuiltinLessons.languages == [.en, .es])
        #expect(spanish.courseOrder == english.courseOrder)
        #expect(spanish.course.disclaimer.hasPrefix("Solo") && spanish.course.disclaimer.contains("educación general"))
    }

    @Test func everyScreenAndEverythingOverItIsInSpanish() throws {
        let tutorial = try spanish()
        var h = ScreenHarness(tutorial)
        h.driver.state.otherLanguage = .en
        var problems: [String] = []
        func look(_ what: String, _ text: String) {
            // The language key is said in the language it switches to, on purpose.
            let shown = text.split(separator: "\n").filter { !$0.contains("in English") }.joined(separator: "\n")
            let left = Self.englishLeft(in: shown)
            if !left.isEmpty { problems.append("\(what): \(left.joined(separator: ", "))\n\(text)") }
        }
        for (unitIndex, unit) in tutorial.units.enumerated() {
            for screenIndex in unit.screens.indices {
                h.driver.state.position = Position(unit: unitIndex, screen: screenIndex)
                h.driver.state.overlay = nil
                let place = "\(unit.id) screen \(screenIndex + 1)"
                look(place, frame(h.screen()))
                if let question = unit.screens[screenIndex].question {
                    // Wrong first where it can be, so the feedback's own words show too.
                    h.press(.character("1"))
                    for _ in 0..<8 where h.driver.state.answer(to: question.id) == nil { h.press(.character("1")) }
                    look(place + " answered", h.screen().split(separator: "\n").filter { line in
                        ["Pregunta", "Correcto", "No exactamente", "respuesta correcta", "Pulse", "Su orden"].contains {
                            line.contains($0)
                        }
                    }.joined(separator: "\n") + "\n" + frame(h.screen()))
                }
            }
        }
        h.driver.go(toLesson: tutorial.library.courseOrder[0])
        for key in [Key.character("m"), .character("?"), .character("g")] {
            h.driver.state.overlay = nil
            h.press(key)
            look("overlay \(key)", h.screen())
        }
        h.driver.state.overlay = nil
        h.driver.send(.openProgress)
        look("progress", h.screen())
        h.driver.state.overlay = nil
        h.press(.character("q"))
        look("quit", h.screen())
        h.press(.character("n"))
        h.driver.send(.startQuiz(.all, origin: .menu, count: 3))
        look("quiz", h.screen())
        h.driver.send(.endQuiz)
        look("quiz summary", h.screen())
        #expect(problems.isEmpty, "\(problems.count) screens show English:\n\(problems.prefix(5).joined(separator: "\n\n"))")
    }

    @Test func theHandoutAndTheGlossaryAreSpanishWithTheDisclaimerFirst() throws {
        let library = try spanish().library
        let handout = Handout.text(of: library.courseOrder, in: library, titlePage: true)
        let firstLines = handout.split(separator: "\n").prefix(4).joined(separator: "\n")
        #expect(firstLines.contains("educación general"), "the disclaimer first:\n\(firstLines)")
        let titlePage = String(handout.prefix { $0 != "\u{0C}" })
        #expect(Self.englishLeft(in: titlePage).isEmpty, "\(titlePage)")
    }
}
