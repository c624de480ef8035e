import BuiltinLessons
import Testing

@testable import LessonFormat
@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// The printed handout of the fixture lessons: 80 columns, the answer key after the last
/// question, choices in the screen's order, the glossary as a list with pronunciations.
@Suite struct HandoutTests {
    /// Display columns, as a printer of a fixed-width font counts them.
    static func columns(_ line: Substring) -> Int { TerminalText.width(of: line) }

    @Test func everyLineFitsEightyColumns() throws {
        let library = try Fixtures.library()
        let text = Handout.text(of: library.courseOrder, in: library, titlePage: true)
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(Self.columns(line) <= 80, "\(line)")
        }
    }

    @Test func theWholeCourseStartsWithATitlePageAndOneLessonDoesNot() throws {
        let library = try Fixtures.library()
        let whole = Handout.text(of: library.courseOrder, in: library, titlePage: true)
        let pages = whole.split(separator: "\u{0C}", omittingEmptySubsequences: false)
        #expect(pages.count == library.courseOrder.count + 1)
        #expect(pages[0].hasPrefix("Test Course\n\nGeneral education only, not medical advice."))
        #expect(pages[1].hasPrefix("Step 3: Entering the blood or lymph\n"))
        #expect(Handout.text(of: ["alpha"], in: library).hasPrefix("Step 3: Entering the blood or lymph\n"))
    }

    @Test func theAnswerKeyComesAfterTheLastQuestion() throws {
        let library = try Fixtures.library()
        for id in ["alpha", "beta"] {
            let lines = Handout.text(of: try #require(library.lessons[id]), words: EnglishWords()).split(separator: "\n").map(String.init)
            let key = try #require(lines.firstIndex(of: "Answer key"))
            let lastQuestion = try #require(lines.lastIndex { $0.hasPrefix("Question ") })
            #expect(lastQuestion < key)
            #expect(!lines[..<key].contains { $0.hasPrefix("Answer") })
            #expect(lines.firstIndex(of: "Sources")! > key)
        }
    }

    @Test func choicesAreInTheScreensOrderAndTheKeyUsesTheirNumbers() throws {
        let library = try Fixtures.library()
        let lesson = try #require(library.lessons["alpha"])
        let question = try #require(lesson.questions.first)
        guard case .choice(let choices, let right) = question.form else { Issue.record("not a choice"); return }
        let text = Handout.text(of: lesson, words: EnglishWords())
        let shown = question.displayOrder().enumerated().map { "  \($0.offset + 1). \(choices[$0.element].text)" }
        #expect(text.contains(shown.joined(separator: "\n")))
        let number = try #require(question.displayOrder().firstIndex(of: right)) + 1
        #expect(number != right + 1, "the fixture's right choice moves, so this test tells the orders apart")
        #expect(text.contains("Answer key\n1. \(number) (\(choices[right].text))\n   \(choices[right].feedback!)"))
    }

    @Test func boldTermsAreMarkedWithStars() throws {
        let lesson = try #require(try Fixtures.library().lessons["alpha"])
        let text = Handout.text(of: lesson, words: EnglishWords())
        #expect(text.contains("*Intravasation* (in-TRAV-uh-SAY-shun) means"))
        #expect(!text.contains("**"))
    }

    @Test func theGlossaryIsAnAlphabeticalListWithPronunciations() throws {
        let glossary = try #require(try Fixtures.library().lessons["glossary"])
        let text = Handout.text(of: glossary, words: EnglishWords())
        #expect(!text.contains("Words:"))
        let entries = text.split(separator: "\n").filter { $0.hasPrefix("- ") && $0.contains("):") }
        #expect(entries.map { $0.prefix(while: { $0 != " " && $0 != "(" }) }.count == 3)
        #expect(entries.first == "- Intravasation (in-TRAV-uh-SAY-shun): Cancer cells pushing into a blood or")
        #expect(
            text.contains(
                "- Lymph (limf): A clear fluid that moves through lymph vessels.\n- Metastasis (meh-TAS-tuh-sis):"))
    }

    @Test func widthZeroKeepsAParagraphOnOneLine() throws {
        let lesson = try #require(try Fixtures.library().lessons["alpha"])
        let text = Handout.text(of: lesson, width: 0, words: EnglishWords())
        #expect(
            text.contains(
                "*Intravasation* (in-TRAV-uh-SAY-shun) means cancer cells pushing into a blood or lymph vessel."))
    }
}

/// The sheets of the built-in course, each one printed page.
@Suite struct PrintedSheetTests {
    @Test(arguments: SheetKind.allCases) func eachSheetFitsOnePage(kind: SheetKind) throws {
        let library = try #require(BuiltinLessons.library())
        let sheets = try #require(library.sheets)
        let text = PrintedSheet.text(kind, of: sheets, in: library)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count <= Sheets.pageLength)
        for line in lines { #expect(TerminalText.width(of: line) <= Sheets.pageWidth, "\(line)") }
        #expect(lines.first.map(String.init) == Self.title(kind, sheets))
        #expect(text.contains("General education only, not medical advice."))
        // Lint's count of the page is the layout's own, so lint can refuse what would spill.
        let disclaimer = library.course.disclaimer
        let counted =
            switch kind {
            case .questions:
                PrintFit.lines(
                    of: sheets.questions, disclaimer: disclaimer, lessonTitles: library.lessons.mapValues(\.title))
            case .symptoms: PrintFit.lines(of: sheets.symptoms, disclaimer: disclaimer)
            case .callNow: PrintFit.lines(of: sheets.callNow, disclaimer: disclaimer)
            }
        #expect(counted == lines.count)
    }

    static func title(_ kind: SheetKind, _ sheets: Sheets) -> String {
        switch kind {
        case .questions: sheets.questions.title
        case .symptoms: sheets.symptoms.title
        case .callNow: sheets.callNow.title
        }
    }

    @Test func theQuestionsSheetHasBoxesUnderLessonTitlesAndLinesToWriteOn() throws {
        let library = try #require(BuiltinLessons.library())
        let sheets = try #require(library.sheets)
        let lines = PrintedSheet.text(.questions, of: sheets, in: library).split(separator: "\n").map(String.init)
        let group = try #require(sheets.questions.groups.first)
        let title = try #require(library.lessons[group.lesson.id]).title
        let heading = try #require(lines.firstIndex(of: title))
        #expect(lines[heading + 1] == "[ ] " + group.questions[0])
        #expect(lines.filter { $0.allSatisfy { $0 == "_" } }.count == sheets.questions.blankLines)
    }

    @Test func theSymptomLogIsATableOfEmptyRows() throws {
        let library = try #require(BuiltinLessons.library())
        let sheets = try #require(library.sheets)
        let lines = PrintedSheet.text(.symptoms, of: sheets, in: library).split(separator: "\n").map(String.init)
        let rules = lines.filter { $0.hasPrefix("+-") }
        #expect(rules.count == sheets.symptoms.rows + 1)
        #expect(lines.contains { $0.hasPrefix("| Date ") })
        #expect(rules.allSatisfy { $0.count == 80 })
    }

    @Test func theCallNowCardMarksEachSign() throws {
        let library = try #require(BuiltinLessons.library())
        let sheets = try #require(library.sheets)
        let text = PrintedSheet.text(.callNow, of: sheets, in: library)
        #expect(text.components(separatedBy: "\n[!] ").count - 1 == sheets.callNow.signs.count)
        #expect(text.contains("Call 911"))
        #expect(text.contains("Source: National Cancer Institute"))
    }
}
