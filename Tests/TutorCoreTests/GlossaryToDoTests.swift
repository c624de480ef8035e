import Foundation
import BuiltinLessons
import Testing

@testable import LessonFormat
@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// Like every lesson, the glossary ends with something the learner can do: lint asks for it,
/// the tutorial shows it after the words, and the handout prints it after the word list.
@Suite struct GlossaryToDoTests {
    /// LintTests' course, with the glossary as its one lesson.
    static let course = LintTests.course.replacingOccurrences(of: "      - a\n", with: "      - glossary\n")

    static let glossaryStart = """
        id: glossary
        title: Glossary
        kind: glossary
        terms:
          - term: Tumor
            means: A lump.

        """

    static let toDo = """
        something-to-do:
          heading: Something you can do
          body: Ask what a new word means.

        """

    static let sources = """
        sources:
          - NCI

        """

    func load(_ glossary: String) -> (library: LessonLibrary?, problems: [String]) {
        let result = LessonLibrary.load([
            LessonFile(path: "L/course.yaml", text: Self.course), LessonFile(path: "L/glossary.yaml", text: glossary),
        ])
        return (result.library, result.problems.map(\.description))
    }

    @Test func aGlossaryWithSomethingToDoHasNoProblems() {
        #expect(load(Self.glossaryStart + Self.toDo + Self.sources).problems == [])
    }

    @Test func aGlossaryWithoutSomethingToDoIsAnError() {
        #expect(
            load(Self.glossaryStart + Self.sources).problems == [
                "L/glossary.yaml:1:1: a glossary lesson needs 'something-to-do' (a heading and a body), shown after "
                    + "the words, as every lesson ends with something the learner can do"
            ])
    }

    @Test func somethingToDoNeedsABody() {
        let noBody = Self.toDo.replacingOccurrences(of: "  body: Ask what a new word means.\n", with: "")
        let problems = load(Self.glossaryStart + noBody + Self.sources).problems
        #expect(problems == ["L/glossary.yaml:8:3: a text screen is missing the key 'body'"])
    }

    @Test func onlyTheGlossaryHasSomethingToDo() {
        let lesson = """
            id: glossary
            title: A
            kind: topic
            screens:
              - text:
                  heading: H
                  body: Text.

            """ + Self.toDo + Self.sources
        #expect(
            load(lesson).problems == [
                "L/glossary.yaml:8:1: only a lesson of kind 'glossary' has 'something-to-do': other lessons end with a text screen"
            ])
    }

    @Test func theTutorialShowsItAfterTheWords() throws {
        let library = try #require(load(Self.glossaryStart + Self.toDo + Self.sources).library)
        let tutorial = try #require(Tutorial(library: library))
        let unit = try #require(tutorial.lessonUnits.first)
        #expect(unit.screens.count == 2)
        guard case .text(let words) = unit.screens.first, case .text(let last) = unit.screens.last else {
            Issue.record("the glossary unit is not two text screens")
            return
        }
        #expect(words.heading == "Words: T")
        #expect(last.heading == "Something you can do")
    }

    @Test func theHandoutPrintsItAfterTheLastTerm() throws {
        let library = try #require(load(Self.glossaryStart + Self.toDo + Self.sources).library)
        let text = Handout.text(of: try #require(library.lessons["glossary"]), words: EnglishWords())
        let term = try #require(text.range(of: "Tumor"))
        let toDo = try #require(text.range(of: "Something you can do"))
        let sources = try #require(text.range(of: "Sources"))
        #expect(term.upperBound < toDo.lowerBound && toDo.upperBound < sources.lowerBound)
        #expect(text.contains("Ask what a new word means."))
    }

    @Test func theWordListOverlayEndsWithIt() throws {
        let library = try #require(load(Self.glossaryStart + Self.toDo + Self.sources).library)
        let tutorial = try #require(Tutorial(library: library))
        let lines = OverlayContent.glossary(tutorial: tutorial, state: TutorState(), width: 76)
            .map { $0.map(\.text).joined() }
        let term = try #require(lines.firstIndex { $0.hasPrefix("Tumor") })
        let heading = try #require(lines.firstIndex(of: "Something you can do"))
        #expect(term < heading)
        #expect(lines.last == "Ask what a new word means.")
    }

    @Test func thePlainWordListEndsWithIt() throws {
        let library = try #require(load(Self.glossaryStart + Self.toDo + Self.sources).library)
        let tutorial = try #require(Tutorial(library: library))
        #expect(PlainView.glossary(tutorial) == ["", "Tumor: A lump.", "", "Something you can do", "Ask what a new word means."])
    }

    @Test func theBuiltInGlossaryEndsWithSomethingToDo() throws {
        let library = try #require(BuiltinLessons.library(), "the built-in lessons fail lint")
        let tutorial = try #require(Tutorial(library: library))
        let unit = try #require(tutorial.lessonUnits.first { $0.id == "glossary" })
        guard case .text(let last) = unit.screens.last else {
            Issue.record("the glossary does not end with a text screen")
            return
        }
        #expect(last.heading == "Something you can do")
    }
}
