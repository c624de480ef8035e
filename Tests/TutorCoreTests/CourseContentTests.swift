import BuiltinLessons
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// The real course, as built into the binary: checks that the outline in shared/CONTENT.md
/// and the lesson rules hold, and that every screen fits an 80x24 terminal.
@Suite struct CourseContentTests {
    static let library: LessonLibrary? = {
        BuiltinLessons.library()
    }()

    func course() throws -> LessonLibrary { try #require(Self.library, "the built-in lessons fail lint") }

    @Test func theFixedIDsExist() throws {
        let library = try course()
        let steps = (1...6).map { "step-\($0)" }
        let sites = ["liver", "lungs", "bones", "brain", "lymph-nodes", "adrenal-glands", "peritoneum"].map {
            "site-\($0)"
        }
        for id in steps + sites + ["review-steps", "review-sites", "review-final", "glossary", "references"] {
            #expect(library.lessons[id] != nil, "missing \(id)")
        }
        #expect(library.course.parts.count == 4)
        #expect(Set(library.pathNames) == [Course.fullPathName, "six-steps", "where-it-spreads", "overview"])
        #expect(library.glossary.count >= 25)
    }

    @Test func stepTitlesNameTheStep() throws {
        let library = try course()
        #expect(library.lessons["step-3"]?.title == "Step 3: Entering the blood or lymph")
        for n in 1...6 {
            #expect(library.lessons["step-\(n)"]?.title.hasPrefix("Step \(n): ") == true)
        }
    }

    @Test func everyTeachingLessonHasTextAQuizAndSources() throws {
        let library = try course()
        for lesson in library.lessons.values where ![.glossary, .references].contains(lesson.kind) {
            let texts = lesson.screens.filter { if case .text = $0 { true } else { false } }.count
            let questions = lesson.questions.count
            #expect(texts >= 2, "\(lesson.id) has \(texts) text screens")
            if lesson.kind == .review {
                #expect(questions >= 5, "\(lesson.id) has \(questions) questions")
            } else {
                #expect((2...4).contains(questions), "\(lesson.id) has \(questions) questions")
            }
            #expect(!lesson.sources.isEmpty)
            for question in lesson.questions {
                if case .choice(let choices, _) = question.form {
                    #expect(choices.allSatisfy { $0.feedback != nil }, "\(question.id): every choice needs feedback")
                }
            }
        }
    }

    @Test func stepsAndSitesHaveAPicture() throws {
        let library = try course()
        for lesson in library.lessons.values where lesson.kind == .step || lesson.kind == .site {
            let pictures = lesson.screens.filter { if case .diagram = $0 { true } else { false } }
            #expect(!pictures.isEmpty, "\(lesson.id) has no picture")
        }
    }

    @Test func reviewsUseOrderAndMatchQuestions() throws {
        let library = try course()
        #expect(library.lessons["review-steps"]?.questions.contains { $0.type == .order } == true)
        #expect(library.lessons["review-sites"]?.questions.contains { $0.type == .match } == true)
    }

    @Test func firstAndLastScreensCarryTheDisclaimer() throws {
        let library = try course()
        let tutorial = try #require(Tutorial(library: library))
        for index in [0, tutorial.units.count - 1] {
            var driver = Driver(tutorial)
            driver.state.position = Position(unit: index, screen: 0)
            let screen = ScreenView.render(driver.state, tutorial, width: 80, height: 24).grid.text
            #expect(screen.contains("General education only, not medical advice."))
        }
    }

    /// The clinician's critical finding: cancer that has spread is "often treated, sometimes for
    /// many years", never "rarely cured", in any screen, choice or feedback, in either language.
    @Test(arguments: Language.allCases) func noScreenSaysRarelyCured(language: Language) throws {
        let library = try #require(BuiltinLessons.library(language: language))
        let text = Handout.text(of: library.courseOrder, in: library, width: 0).lowercased()
        for phrase in ["rarely cured", "rarely be cured", "pocas veces se cura", "rara vez se cura"] {
            #expect(!text.contains(phrase), "\(language): \(phrase)")
        }
    }

    /// A screen that scrolls at 80x24 is harder to read; none of the course's should, in
    /// either language.
    @Test(arguments: Language.allCases) func everyScreenFits80x24(language: Language) throws {
        let library = try #require(BuiltinLessons.library(language: language))
        let tutorial = try #require(Tutorial(library: library))
        var tooLong: [String] = []
        for (unitIndex, unit) in tutorial.units.enumerated() {
            for screenIndex in unit.screens.indices {
                var state = TutorState(position: Position(unit: unitIndex, screen: screenIndex))
                if let question = unit.screens[screenIndex].question {
                    // Answered, with the longest feedback showing.
                    state.answerLog = [
                        Answer(
                            questionID: question.id, lessonID: unit.id, response: worstResponse(question),
                            correct: false, at: Fixtures.now)
                    ]
                }
                let rendered = ScreenView.render(state, tutorial, width: 80, height: 24)
                if let viewport = rendered.viewport, viewport.contentLines > viewport.visibleLines {
                    tooLong.append("\(unit.id) screen \(screenIndex + 1): \(viewport.contentLines) lines")
                }
            }
        }
        #expect(tooLong == [])
    }

    /// The wrong answer whose feedback is longest, or for order and match questions a wrong one.
    func worstResponse(_ question: Question) -> [Int] {
        switch question.form {
        case .choice(let choices, let right):
            let wrong = choices.indices.filter { $0 != right }
            return [wrong.max { (choices[$0].feedback ?? "").count < (choices[$1].feedback ?? "").count } ?? 0]
        case .order(let items): return Array(items.indices.reversed())
        case .match(let pairs): return pairs.indices.map { ($0 + 1) % max(1, question.matchOptions.count) }
        }
    }
}
