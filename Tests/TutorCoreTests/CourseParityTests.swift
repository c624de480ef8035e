import Testing

@testable import LessonFormat
@testable import LessonModel

/// A translation must be the same course as the English: every difference that would lose a
/// learner's place or answers when they switch language is reported at the translation's line.
@Suite struct CourseParityTests {
    /// LintTests' course, with a second lesson.
    static let course = LintTests.course.replacingOccurrences(of: "      - a\n", with: "      - a\n      - b\n")

    static let lessonA = """
        id: a
        title: A
        kind: step
        teach-back: "In your own words?"
        screens:
          - text:
              heading: H
              body: Text.
          - question:
              type: single-choice
              prompt: Which?
              choices:
                - text: One
                - text: Two
                - text: Three
              answer: 2
        sources:
          - NCI

        """

    static let lessonB = """
        id: b
        title: B
        kind: step
        screens:
          - question:
              type: match
              prompt: Match.
              pairs:
                - left: L1
                  right: R1
                - left: L2
                  right: R2
                - left: L3
                  right: R1
              explanation: Because.
        sources:
          - NCI

        """

    func library(_ folder: String, course: String = course, a: String = lessonA, b: String? = lessonB) throws
        -> LessonLibrary
    {
        var files = [
            LessonFile(path: "\(folder)/course.yaml", text: course), LessonFile(path: "\(folder)/a.yaml", text: a),
        ]
        if let b { files.append(LessonFile(path: "\(folder)/b.yaml", text: b)) }
        let (library, problems) = LessonLibrary.load(files)
        #expect(problems.isEmpty, "\(problems)")
        return try #require(library)
    }

    func differences(course: String = course, a: String = lessonA, b: String? = lessonB) throws -> [String] {
        let english = try library("Lessons/en")
        let spanish = try library("Lessons/es", course: course, a: a, b: b)
        return CourseParity.problems(spanish, against: english, referenceFolder: "Lessons/en").map(\.description)
    }

    @Test func theSameCourseInOtherWordsHasNoProblems() throws {
        let a = Self.lessonA.replacingOccurrences(of: "Which?", with: "¿Cuál?")
            .replacingOccurrences(of: "text: One", with: "text: Uno")
        #expect(try differences(a: a) == [])
    }

    @Test func aDifferentRightAnswerIsReportedAtTheQuestion() throws {
        let a = Self.lessonA.replacingOccurrences(of: "answer: 2", with: "answer: 1")
        #expect(
            try differences(a: a) == [
                "Lessons/es/a.yaml:10:7: the right answer is choice 1, not 2 (as in Lessons/en)"
            ])
    }

    @Test func aMissingChoiceIsReported() throws {
        let a = Self.lessonA.replacingOccurrences(of: "        - text: Three\n", with: "")
        let found = try differences(a: a)
        #expect(found.contains("Lessons/es/a.yaml:10:7: 2 choices, not 3 (as in Lessons/en)"), "\(found)")
    }

    @Test func aScreenOfAnotherKindIsReported() throws {
        let a = Self.lessonA.replacingOccurrences(
            of: "  - text:\n      heading: H\n      body: Text.\n",
            with: "  - diagram:\n      heading: H\n      art: |\n        [x]\n      description: A box.\n")
        let found = try differences(a: a)
        #expect(found == ["Lessons/es/a.yaml:1:1: screen 1 is a diagram, not a text screen (as in Lessons/en)"], "\(found)")
    }

    @Test func aMissingLessonAndATeachBackAreReported() throws {
        let course = Self.course.replacingOccurrences(of: "      - b\n", with: "")
        let a = Self.lessonA.replacingOccurrences(of: "teach-back: \"In your own words?\"\n", with: "")
        let found = try differences(course: course, a: a, b: nil)
        #expect(found.contains("Lessons/es/course.yaml:1:1: the lesson 'b' is missing (as in Lessons/en)"), "\(found)")
        #expect(found.contains("Lessons/es/a.yaml:1:1: no teach-back (as in Lessons/en)"), "\(found)")
    }

    @Test func matchPairsJoinedOtherwiseAreReported() throws {
        let b = Self.lessonB.replacingOccurrences(of: "left: L3\n          right: R1", with: "left: L3\n          right: R2")
        #expect(b != Self.lessonB)
        let found = try differences(b: b)
        #expect(found == ["Lessons/es/b.yaml:6:7: the pairs do not match the same way: each left item needs the same partner (as in Lessons/en)"])
    }
}
