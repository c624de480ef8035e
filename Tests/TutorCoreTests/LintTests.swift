import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// One test per kind of bad lesson file, each checking the line (and column) reported.
@Suite struct LintTests {
    static let course = """
        title: T
        disclaimer: General education only, not medical advice.
        welcome:
          heading: Hi
          body: Hello.
        farewell:
          heading: Bye
          body: Bye.
        parts:
          - title: One
            lessons:
              - a

        """

    static let goodLesson = """
        id: a
        title: A
        kind: step
        screens:
          - text:
              heading: H
              body: Text.
        sources:
          - NCI

        """

    /// The problems for a set of files: the course above plus `a.yaml` (or the given ones).
    func problems(lesson: String = goodLesson, course: String = course, extra: [LessonFile] = []) -> [String] {
        let files =
            [
                LessonFile(path: "L/course.yaml", text: course), LessonFile(path: "L/a.yaml", text: lesson),
            ] + extra
        return LessonLibrary.load(files).problems.map(\.description)
    }

    @Test func aGoodSetHasNoProblems() {
        #expect(problems() == [])
    }

    @Test func yamlSyntaxError() {
        let bad = Self.goodLesson.replacingOccurrences(of: "title: A", with: "title: [A")
        let found = problems(lesson: bad)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("L/a.yaml:3:") == true, "\(found)")
        #expect(found.first?.contains("YAML syntax") == true)
    }

    @Test func unknownKeyNamesItsLineAndAGuess() {
        let bad = Self.goodLesson.replacingOccurrences(of: "title: A", with: "titel: A")
        #expect(
            problems(lesson: bad) == [
                "L/a.yaml:1:1: a lesson is missing the key 'title'",
                "L/a.yaml:2:1: unknown key 'titel' in a lesson (did you mean 'title'?)",
            ])
    }

    @Test func unknownKeyInsideAScreen() {
        let bad = Self.goodLesson.replacingOccurrences(
            of: "      body: Text.", with: "      body: Text.\n      colour: red")
        #expect(
            problems(lesson: bad) == ["L/a.yaml:8:7: unknown key 'colour' in a text screen (allowed: heading, body)"])
    }

    @Test func missingKey() {
        let bad = Self.goodLesson.replacingOccurrences(of: "      heading: H\n", with: "")
        #expect(problems(lesson: bad) == ["L/a.yaml:6:7: a text screen is missing the key 'heading'"])
    }

    @Test func wrongTypeOfValue() {
        let bad = Self.goodLesson.replacingOccurrences(of: "  - NCI", with: "  NCI: yes")
        let found = problems(lesson: bad)
        #expect(found == ["L/a.yaml:8:1: expected a list (lines starting with '- ') for 'sources'"])
    }

    @Test func duplicateLessonIDs() {
        let found = problems(extra: [LessonFile(path: "L/b.yaml", text: Self.goodLesson)])
        #expect(found.contains("L/b.yaml:1:1: duplicate lesson id 'a': L/a.yaml:1 has it too"), "\(found)")
    }

    @Test func duplicateKeyInOneMapping() {
        let bad = Self.goodLesson.replacingOccurrences(of: "kind: step", with: "kind: step\nkind: site")
        let found = problems(lesson: bad)
        #expect(found.count == 1)
        #expect(found.first?.contains("appears twice") == true, "\(found)")
    }

    static func lesson(withQuestion question: String) -> String {
        goodLesson.replacingOccurrences(of: "sources:", with: question + "\nsources:")
    }

    @Test func answerPointingAtNoChoice() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: single-choice
                      prompt: Which?
                      choices:
                        - text: One
                        - text: Two
                      answer: 3
                """)
        #expect(problems(lesson: bad) == ["L/a.yaml:14:7: answer 3 points at no choice (there are 2; count from 1)"])
    }

    @Test func trueFalseAnswerThatIsNotTrueOrFalse() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: true-false
                      prompt: Is it?
                      answer: maybe
                """)
        #expect(problems(lesson: bad) == ["L/a.yaml:11:7: a true-false answer is 'true' or 'false'"])
    }

    @Test func orderQuestionThatCannotBeAnswered() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: order
                      prompt: Order them.
                      items:
                        - Same
                        - Same
                      explanation: Because.
                """)
        #expect(problems(lesson: bad) == ["L/a.yaml:11:7: two items are the same, so their order cannot be told apart"])
    }

    @Test func orderQuestionWithOneItem() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: order
                      prompt: Order them.
                      items: [Only]
                      explanation: Because.
                """)
        #expect(
            problems(lesson: bad) == [
                "L/a.yaml:11:7: an order question needs 2 to 9 items to be answerable; this one has 1"
            ])
    }

    @Test func matchQuestionThatCannotBeAnswered() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: match
                      prompt: Match them.
                      pairs:
                        - left: A
                          right: X
                        - left: A
                          right: Y
                      explanation: Because.
                """)
        #expect(
            problems(lesson: bad) == ["L/a.yaml:11:7: two pairs have the same 'left', so they cannot be told apart"])
    }

    @Test func unknownQuestionType() {
        let bad = Self.lesson(
            withQuestion: """
                  - question:
                      type: essay
                      prompt: Write.
                """)
        #expect(
            problems(lesson: bad) == [
                "L/a.yaml:9:7: unknown question type 'essay' (allowed: single-choice, true-false, order, match)"
            ])
    }

    @Test func lessonTheCourseNeverReaches() {
        let other = Self.goodLesson.replacingOccurrences(of: "id: a", with: "id: b")
        #expect(
            problems(extra: [LessonFile(path: "L/b.yaml", text: other)]) == [
                "L/b.yaml:1:1: the course never reaches lesson 'b': add it to a part in course.yaml"
            ])
    }

    @Test func lessonOnlyAPathNamesMustBeInAPartToo() {
        let other = Self.goodLesson.replacingOccurrences(of: "id: a", with: "id: b")
        let course = Self.course + """
            paths:
              - name: short
                title: Short (about 1 minutes)
                lessons:
                  - b

            """
        #expect(
            problems(course: course, extra: [LessonFile(path: "L/b.yaml", text: other)]) == [
                "L/b.yaml:1:1: lesson 'b' is in path 'short' but in no part, so the full course and the lesson list "
                    + "leave it out: add it to a part in course.yaml"
            ])
    }

    @Test func courseEntryWithNoLesson() {
        let course = Self.course + "      - ghost\n"
        #expect(
            problems(course: course) == [
                "L/course.yaml:13:9: the course names lesson 'ghost', but no lesson has that id"
            ])
    }

    @Test func pathEntryWithNoLesson() {
        let course = Self.course + "paths:\n  - name: p\n    title: P\n    lessons: [a, ghost]\n"
        #expect(
            problems(course: course) == [
                "L/course.yaml:16:18: path 'p' names lesson 'ghost', but no lesson has that id"
            ])
    }

    static let kiosk = """
        kiosk:
          invitation: Come in.
          privacy: Nothing is kept.
          path: quick
          welcome:
            heading: Hi
            body: Nothing is kept here.

        """

    @Test func kioskSectionIsRead() throws {
        let course = Self.course + "paths:\n  - name: quick\n    title: Q\n    lessons: [a]\n" + Self.kiosk
        let files = [LessonFile(path: "L/course.yaml", text: course), LessonFile(path: "L/a.yaml", text: Self.goodLesson)]
        let (library, problems) = LessonLibrary.load(files)
        #expect(problems.isEmpty)
        let kiosk = try #require(library?.course.kiosk)
        #expect(kiosk.path == "quick" && kiosk.invitation == "Come in." && kiosk.privacy == "Nothing is kept.")
        #expect(kiosk.welcome.notice == "General education only, not medical advice.")
    }

    @Test func kioskPathThatDoesNotExist() {
        #expect(
            problems(course: Self.course + Self.kiosk) == [
                "L/course.yaml:16:3: the kiosk runs path 'quick', but there is no such path; the paths are: full"
            ])
    }

    @Test func kioskSectionMissingAKey() {
        let course = Self.course + "kiosk:\n  invitation: Come in.\n  path: full\n  welcome:\n    heading: Hi\n    body: B.\n"
        let found = problems(course: course)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("L/course.yaml:14:") == true, "\(found)")
        #expect(found.first?.contains("privacy") == true)
    }

    @Test func lessonWithoutSources() {
        let bad = Self.goodLesson.replacingOccurrences(of: "sources:\n  - NCI", with: "sources: []")
        #expect(problems(lesson: bad) == ["L/a.yaml:8:1: a lesson needs at least one source"])
        let missing = Self.goodLesson.replacingOccurrences(of: "sources:\n  - NCI\n", with: "")
        #expect(problems(lesson: missing) == ["L/a.yaml:1:1: a lesson is missing the key 'sources'"])
    }

    @Test func unclosedBoldNamesTheLineInTheBlock() {
        let bad = Self.goodLesson.replacingOccurrences(
            of: "      body: Text.", with: "      body: |\n        Fine.\n\n        A **term that never closes.")
        #expect(problems(lesson: bad) == ["L/a.yaml:10:7: a '**' starts bold text that is never closed with '**'"])
    }

    @Test func pictureTooWide() {
        let art = String(repeating: "─", count: 80)
        let bad = Self.lesson(
            withQuestion: """
                  - diagram:
                      heading: Wide
                      art: |
                        \(art)
                      description: A line.
                """)
        #expect(
            problems(lesson: bad) == [
                "L/a.yaml:10:7: the picture is 80 columns wide; at most 72 fit an 80-column screen"
            ])
    }

    @Test func noCourseFile() {
        let found = LessonLibrary.load([LessonFile(path: "L/a.yaml", text: Self.goodLesson)]).problems.map(
            \.description)
        #expect(found.first == "L/course.yaml:1:1: there is no course file: it sets the order of the lessons")
    }

    @Test func emptyFile() {
        #expect(problems(lesson: "") == ["L/a.yaml:1:1: the file is empty"])
    }

    @Test func invalidUTF8IsReportedWhereItIs() {
        let bytes = Array("id: a\ntitle: \u{00E9}".utf8).dropLast() + [0x41]
        let result = LessonFileReader.decodeUTF8(Array(bytes), path: "L/a.yaml")
        guard case .failure(let problem) = result else {
            Issue.record("expected a problem")
            return
        }
        #expect(problem.description == "L/a.yaml:2:8: the text is not valid UTF-8 here; save the file as UTF-8")
    }

    @Test func controlCharactersInAMessageNeverReachTheTerminal() {
        let problem = Problem(SourceLocation(file: "L/a.yaml"), "bad \u{1B}[31mred\u{07}")
        #expect(problem.description == "L/a.yaml:1:1: bad ?[31mred?")
    }
}
