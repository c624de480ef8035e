import Testing

@testable import LessonFormat
@testable import LessonModel

/// Lint of `sheets.yaml`, on the small course of LintTests.
@Suite struct SheetsLintTests {
    static let sheets = """
        questions:
          title: Questions for my care team
          intro: Tick the ones to ask.
          groups:
            - lesson: a
              questions:
                - What does this mean for me?
          blank-lines: 2
        symptoms:
          title: My symptom log
          intro: Write down any new symptom.
          columns: ["Date", "What I noticed"]
          rows: 3
        call-now:
          title: Call right away
          intro: Call if you have these signs.
          signs:
            - A fever
          emergency: Call 911 if it is bad.
          source: NCI

        """

    func problems(_ sheets: String) -> [String] {
        LintTests().problems(extra: [LessonFile(path: "L/sheets.yaml", text: sheets)])
    }

    @Test func goodSheetsAreReadAndNotTakenForALesson() throws {
        #expect(problems(Self.sheets) == [])
        let files = [
            LessonFile(path: "L/course.yaml", text: LintTests.course),
            LessonFile(path: "L/a.yaml", text: LintTests.goodLesson),
            LessonFile(path: "L/sheets.yaml", text: Self.sheets),
        ]
        let library = try #require(LessonLibrary.load(files).library)
        #expect(library.lessons.count == 1)
        #expect(library.sheets?.questions.groups.first?.lesson.id == "a")
        #expect(library.sheets?.symptoms.rows == 3)
    }

    @Test func withoutASheetsFileTheCourseHasNone() throws {
        let files = [
            LessonFile(path: "L/course.yaml", text: LintTests.course),
            LessonFile(path: "L/a.yaml", text: LintTests.goodLesson),
        ]
        #expect(try #require(LessonLibrary.load(files).library).sheets == nil)
    }

    @Test func unknownKeyNamesItsLineAndAGuess() {
        let bad = Self.sheets.replacingOccurrences(of: "  rows: 3", with: "  rowz: 3")
        #expect(
            problems(bad) == [
                "L/sheets.yaml:10:3: the symptom log is missing the key 'rows'",
                "L/sheets.yaml:13:3: unknown key 'rowz' in the symptom log (did you mean 'rows'?)",
            ])
    }

    @Test func aMissingSheet() {
        let bad = Self.sheets.replacingOccurrences(of: "call-now:", with: "callnow:")
        let found = problems(bad)
        #expect(
            found.contains("L/sheets.yaml:14:1: unknown key 'callnow' in the sheets file (did you mean 'call-now'?)"))
        #expect(found.contains("L/sheets.yaml:1:1: the sheets file is missing the key 'call-now'"))
    }

    @Test func aGroupNamingNoLesson() {
        let bad = Self.sheets.replacingOccurrences(of: "lesson: a", with: "lesson: b")
        #expect(
            problems(bad) == [
                "L/sheets.yaml:5:15: the questions sheet names lesson 'b', but no lesson has that id (did you mean 'a'?)"
            ])
    }

    @Test func aTitleWiderThanThePage() {
        let long = String(repeating: "Long title ", count: 8)
        let bad = Self.sheets.replacingOccurrences(of: "title: My symptom log", with: "title: \(long)")
        #expect(problems(bad) == ["L/sheets.yaml:10:3: the title is 87 columns wide; at most 80 fit the page"])
    }

    @Test func aWordThatCannotBeWrapped() {
        let word = String(repeating: "x", count: 78)
        let bad = Self.sheets.replacingOccurrences(of: "- A fever", with: "- A \(word)")
        #expect(
            problems(bad) == [
                "L/sheets.yaml:18:7: '\(ProblemText.short(word))' is 78 columns wide with no space to wrap at; at most 76 fit a line"
            ])
    }

    @Test func tooManyColumnsAndAHeaderWordWiderThanItsColumn() {
        let many = Self.sheets.replacingOccurrences(
            of: #"["Date", "What I noticed"]"#,
            with: "[" + Array(repeating: "\"A\"", count: 10).joined(separator: ", ") + "]")
        #expect(
            problems(many) == ["L/sheets.yaml:12:3: 10 columns do not fit 80 columns of paper (each gets 4); use fewer"]
        )
        let wide = Self.sheets.replacingOccurrences(
            of: #""What I noticed""#, with: "\"What I noticed\", \"C\", \"D\", \"E\", \"Unbelievably-long-word\"")
        #expect(
            problems(wide) == [
                "L/sheets.yaml:12:54: the word 'Unbelievably-long-word' is wider than its column (10 columns); use a shorter word"
            ])
    }

    @Test func aSheetLongerThanAPage() {
        let bad = Self.sheets.replacingOccurrences(of: "  rows: 3", with: "  rows: 30")
        #expect(
            problems(bad) == [
                "L/sheets.yaml:9:1: the symptom log takes 98 lines printed; one page holds 66, so take out 32"
            ])
    }
}
