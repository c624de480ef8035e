import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

@Suite struct RenderingTests {
    func harness(width: Int = 80, height: Int = 24) throws -> ScreenHarness {
        ScreenHarness(try Fixtures.tutorial(), width: width, height: height)
    }

    @Test func welcomeAt80x24ShowsWhatItIsAndTheDisclaimer() throws {
        var h = try harness()
        let screen = h.screen()
        #expect(screen.contains("General education only, not medical advice."))
        Snapshot.assert(screen, named: "welcome-80x24")
    }

    @Test func textScreenAt80x24() throws {
        var h = try harness()
        h.press(.enter)
        Snapshot.assert(h.screen(), named: "text-80x24")
    }

    @Test func diagramAt80x24() throws {
        var h = try harness()
        h.press(.enter, .enter)
        Snapshot.assert(h.screen(), named: "diagram-80x24")
    }

    @Test func questionWithHighlightAt80x24() throws {
        var h = try harness()
        h.press(.enter, .enter, .enter, .down, .down)
        let rendered = h.render()
        #expect(
            rendered.grid.cursor?.row
                == rendered.grid.text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex {
                    $0.contains("▸ 2")
                })
        Snapshot.assert(rendered.grid.text, named: "question-highlight-80x24")
    }

    @Test func questionAnsweredWrongAt80x24KeepsTheChoiceVisible() throws {
        var h = try harness()
        h.press(.enter, .enter, .enter)
        h.press(.character(Character(String(h.driver.wrongNumber))))
        let screen = h.screen()
        #expect(screen.contains("Not quite"))
        #expect(screen.contains("(your answer)"))
        #expect(screen.contains("The right answer is \(h.driver.rightNumber)"))
        Snapshot.assert(screen, named: "question-wrong-80x24")
    }

    @Test func trueFalseAnsweredRightAt80x24() throws {
        var h = try harness()
        h.press(.enter, .enter, .enter, .right, .character("2"))
        let screen = h.screen()
        #expect(screen.contains("✓ Correct."))
        Snapshot.assert(screen, named: "true-false-right-80x24")
    }

    @Test func orderQuestionHalfwayAndDone() throws {
        var h = try harness()
        h.driver.go(toLesson: "beta", screen: 1)
        h.press(.character("1"))
        Snapshot.assert(h.screen(), named: "order-halfway-80x24")
        h.press(.character("2"), .character("3"))
        Snapshot.assert(h.screen(), named: "order-done-80x24")
    }

    @Test func matchQuestionAnswered() throws {
        var h = try harness()
        h.driver.go(toLesson: "beta", screen: 2)
        h.press(.character("1"))
        Snapshot.assert(h.screen(), named: "match-halfway-80x24")
        h.press(.character("2"), .character("3"))
        Snapshot.assert(h.screen(), named: "match-done-80x24")
    }

    @Test func menuHelpGlossaryAndQuit() throws {
        var h = try harness()
        h.press(.enter, .enter, .character("m"))
        Snapshot.assert(h.screen(), named: "menu-80x24")
        h.press(.escape, .character("?"))
        Snapshot.assert(h.screen(), named: "help-80x24")
        h.press(.escape, .left, .character("g"))
        let glossary = h.screen()
        #expect(glossary.contains("On this screen:"))
        Snapshot.assert(glossary, named: "glossary-80x24")
        h.press(.escape, .character("q"))
        Snapshot.assert(h.screen(), named: "quit-80x24")
    }

    @Test func textAt40x12ScrollsAndSaysSo() throws {
        var h = try harness(width: 40, height: 12)
        h.driver.go(toLesson: "alpha")
        let first = h.screen()
        #expect(first.contains("↓ More below"))
        Snapshot.assert(first, named: "text-40x12")
        h.press(.enter)
        #expect(h.driver.state.position.screen == 0, "Enter shows the rest first")
        Snapshot.assert(h.screen(), named: "text-40x12-scrolled")
        // At the bottom the hint points back up, whole at 40 columns.
        for _ in 0..<5 { h.press(.down) }
        let bottom = h.screen()
        #expect(bottom.contains("↑ Top of screen: Up arrow"), "\(bottom)")
    }

    @Test func diagramTooWideFor40ColumnsShowsItsDescription() throws {
        var h = try harness(width: 40, height: 12)
        h.driver.go(toLesson: "alpha", screen: 1)
        let screen = h.screen()
        #expect(!screen.contains("┌"))
        #expect(screen.contains("Picture: Cancer cells leave the"))
        Snapshot.assert(screen, named: "diagram-40x12")
    }

    @Test func questionAt40x12() throws {
        var h = try harness(width: 40, height: 12)
        h.driver.go(toLesson: "alpha", screen: 2)
        Snapshot.assert(h.screen(), named: "question-40x12")
    }

    @Test func downToTheLastChoiceAt40x12KeepsTheHighlightOnScreen() throws {
        var h = try harness(width: 40, height: 12)
        h.driver.go(toLesson: "alpha", screen: 2)
        guard case .choice(let choices, _)? = h.driver.tutorial.screen(at: h.driver.state.position)?.question?.form
        else {
            Issue.record("the third screen of alpha is a choice question")
            return
        }
        for _ in choices { h.press(.down) }
        let rendered = h.render()
        let rows = rendered.grid.text.split(separator: "\n", omittingEmptySubsequences: false)
        let highlighted = rows.firstIndex { $0.contains("▸ \(choices.count)") }
        #expect(highlighted != nil, "the last choice, highlighted, is on screen")
        #expect(rendered.grid.cursor?.row == highlighted)
        Snapshot.assert(rendered.grid.text, named: "question-40x12-last-choice")
    }

    @Test func theVerdictAt40x12IsOnScreenAfterAnswering() throws {
        for right in [true, false] {
            var h = try harness(width: 40, height: 12)
            h.driver.go(toLesson: "alpha", screen: 2)
            let number = right ? h.driver.rightNumber : h.driver.wrongNumber
            h.press(.character(Character(String(number))))
            let screen = h.screen()
            #expect(screen.contains(right ? "✓ Correct." : "✗ Not quite."), "\(screen)")
        }
    }

    @Test func theFooterAt40ColumnsKeepsHelpAndQuit() throws {
        var h = try harness(width: 40, height: 12)
        func footer() -> String {
            let grid = h.render().grid
            return grid.text(ofRow: grid.height - 1)
        }
        var footers = [footer()]  // the welcome screen
        h.driver.go(toLesson: "alpha")
        footers.append(footer())  // a screen to read
        h.driver.go(toLesson: "alpha", screen: 2)
        footers.append(footer())  // a question
        h.press(.character("1"))
        footers.append(footer())  // answered
        h.driver.send(.startQuiz(.all, origin: .menu, count: 3))
        footers.append(footer())  // a quiz question
        h.press(.character("1"))
        footers.append(footer())  // a quiz answer
        for line in footers {
            #expect(line.contains("? help"), "\(line)")
            #expect(line.contains("q quit"), "\(line)")
            #expect(TerminalText.width(of: line) <= 40)
        }
    }

    @Test func wideCharactersTakeTwoColumnsAndNeverOverflow() throws {
        var h = try harness()
        h.driver.go(toLesson: "beta")
        let wide = h.render().grid
        Snapshot.assert(wide.text, named: "wide-80x24")
        var narrow = try harness(width: 40, height: 12)
        narrow.driver.go(toLesson: "beta")
        let grid = narrow.render().grid
        for row in 0..<grid.height {
            #expect(TerminalText.width(of: grid.text(ofRow: row)) <= 40)
        }
        Snapshot.assert(grid.text, named: "wide-40x12")
    }

    @Test func tooSmallWindowAsksForMoreRoom() throws {
        var h = try harness(width: 30, height: 10)
        let screen = h.screen()
        #expect(screen.contains("Please make this window"))
        Snapshot.assert(screen, named: "too-small-30x10")
        var tiny = try harness(width: 1, height: 1)
        _ = tiny.screen()
    }

    @Test func controlCharactersInLessonTextAreNeverDrawn() {
        var grid = Grid(width: 20, height: 1)
        grid.put("a\u{1B}[2Jb\u{07}\u{202E}c", row: 0, column: 0, style: .plain)
        #expect(grid.text(ofRow: 0) == "a\u{FFFD}[2Jb\u{FFFD}\u{FFFD}c")
    }

    @Test func wrappingKeepsBoldWordsWithTheirPunctuation() {
        let lines = TextLayout.wrap(
            [Span("See "), Span("metastasis", .bold), Span(", then more words here.")], width: 14)
        #expect(lines.map { $0.map(\.text).joined() } == ["See", "metastasis,", "then more", "words here."])
    }
}
