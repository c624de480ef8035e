import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// Lesson text that holds a character the terminal would act on (escape sequences, bells,
/// direction overrides...) is refused by lint at the character's own line and column, and
/// the view never draws one even when it got past lint.
@Suite struct ControlCharacterLintTests {
    func problems(_ lesson: String) -> [String] { LintTests().problems(lesson: lesson) }

    func lesson(title: String) -> String {
        LintTests.goodLesson.replacingOccurrences(of: "title: A", with: "title: \(title)")
    }

    @Test func anEscapeSequenceInPlainTextIsReportedAtTheEscape() {
        #expect(
            problems(lesson(title: "A\u{1B}[31mred")) == [
                "L/a.yaml:2:9: the control character U+001B (escape) is not allowed in lesson text: it could change what the terminal shows"
            ])
    }

    @Test(arguments: [
        (0x00, "the control character U+0000 (null)"), (0x07, "the control character U+0007 (bell)"),
        (0x08, "the control character U+0008 (backspace)"), (0x7F, "the control character U+007F (delete)"),
        (0x9B, "the control character U+009B (control sequence introducer)"),
        (0x85, "the control character U+0085 (next line)"),
        (0x0C, "the control character U+000C (form feed)"), (0x1F, "the control character U+001F"),
        (0x202E, "the direction mark U+202E (right-to-left override)"),
        (0x2066, "the direction mark U+2066 (left-to-right isolate)"),
        (0x200F, "the direction mark U+200F (right-to-left mark)"),
    ])
    func everyUnsafeCharacterIsNamedWhereItIs(code: UInt32, name: String) throws {
        let scalar = try #require(Unicode.Scalar(code))
        #expect(
            problems(lesson(title: "Ab\(Character(scalar))c")) == [
                "L/a.yaml:2:10: \(name) is not allowed in lesson text: it could change what the terminal shows"
            ])
    }

    @Test func theFirstOfManyIsReportedAndTheRestSummed() {
        let found = problems(lesson(title: String(repeating: "\u{07}", count: 500)))
        #expect(found.count == ProblemLimit.perFile + 1)
        #expect(found.first?.hasPrefix("L/a.yaml:2:8: the control character U+0007 (bell)") == true)
        #expect(found.last == "L/a.yaml:2:28: more problems follow in this file; fix the ones above first")
    }

    @Test(arguments: [
        (#""A \e[31m""#, "U+001B (escape)"), (#""A \x07""#, "U+0007 (bell)"),
        (#""A \u202E""#, "U+202E (right-to-left override)"),
        (#""A \N""#, "U+0085 (next line)"), (#""A \t""#, "U+0009 (tab)"),
        (#""A \U0000009b""#, "U+009B (control sequence introducer)"),
        (#""A \0""#, "U+0000 (null)"),
    ])
    func anEscapeInDoubleQuotesIsReportedAtItsBackslash(title: String, name: String) {
        let found = problems(lesson(title: title))
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("L/a.yaml:2:11: this escape makes the ") == true, "\(found)")
        #expect(found.first?.contains(name) == true, "\(found)")
    }

    @Test func anEscapeOnTheSecondLineOfAQuotedValue() {
        let found = problems(lesson(title: "\"A long\n  title \\x1b[2J here\""))
        #expect(
            found == [
                "L/a.yaml:3:9: this escape makes the control character U+001B (escape), which is not allowed in lesson text: it could change what the terminal shows"
            ])
    }

    @Test func escapedLineBreaksAndQuotesAreFine() {
        #expect(problems(lesson(title: #""A \"quoted\" \\ title\non two lines""#)) == [])
    }

    @Test func aTabInsideBlockTextIsRefused() {
        let bad = LintTests.goodLesson.replacingOccurrences(
            of: "      body: Text.", with: "      body: |\n        Some\ttext.")
        #expect(problems(bad) == ["L/a.yaml:8:13: a tab character; use spaces instead"])
    }

    @Test func aTabIndentIsNamedPlainly() {
        let bad = LintTests.goodLesson.replacingOccurrences(of: "  - NCI", with: "\t- NCI")
        #expect(problems(bad) == ["L/a.yaml:9:1: a tab character; use spaces instead"])
    }

    @Test func windowsLineEndsAreFineButALoneCarriageReturnIsNot() {
        #expect(problems(LintTests.goodLesson.replacingOccurrences(of: "\n", with: "\r\n")) == [])
        #expect(
            problems(lesson(title: "A\rB")) == [
                "L/a.yaml:2:9: a carriage return on its own; save the file with ordinary line ends"
            ])
    }

    @Test func keysAreCheckedToo() {
        let bad = LintTests.goodLesson.replacingOccurrences(of: "kind: step", with: "kind: step\n\"k\\e\": v")
        let found = problems(bad)
        #expect(found.count == 2)
        #expect(
            found.contains { $0.hasPrefix("L/a.yaml:4:3: this escape makes the control character U+001B (escape)") },
            "\(found)")
    }

    /// Lessons that never went through lint (a library changed in memory) still cannot put a
    /// control character on screen: the view replaces each with U+FFFD.
    @Test func unlintedTextNeverReachesTheGrid() throws {
        var library = try Fixtures.library()
        let hostile = "X\u{1B}[2J\u{1B}]0;owned\u{07}\u{9B}31m\u{202E}\u{0}Y"
        for id in library.lessons.keys {
            var lesson = try #require(library.lessons[id])
            lesson.title = hostile
            lesson.screens = lesson.screens.map { screen in
                guard case .text(var text) = screen else { return screen }
                text.heading = hostile
                text.blocks = [
                    .paragraph([InlineSpan(hostile), InlineSpan(hostile, bold: true)]), .bullet([InlineSpan(hostile)]),
                ]
                return .text(text)
            }
            library.lessons[id] = lesson
        }
        let tutorial = try #require(Tutorial(library: library))
        var driver = Driver(tutorial)
        var shown = 0
        for _ in 0..<12 {
            for (width, height) in [(80, 24), (40, 12)] {
                let grid = ScreenView.render(driver.state, tutorial, width: width, height: height).grid
                let unsafe = grid.cells.compactMap(\.character).flatMap(\.unicodeScalars).filter(TerminalText.isUnsafe)
                #expect(unsafe.isEmpty, "screen \(driver.state.position): \(unsafe)")
                if grid.text.contains("X\u{FFFD}[2J\u{FFFD}]0;owned") { shown += 1 }
            }
            driver.send(.next)
        }
        #expect(shown > 4, "the hostile text was on screen, made harmless")
    }
}
