import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// Snapshots of text and style together: each row of the screen, then a row of letters that
/// name each cell's style (see `Grid.styleText`).
@Suite struct StyledRenderingTests {
    func harness() throws -> ScreenHarness { ScreenHarness(try Fixtures.tutorial()) }

    @Test func aTextScreenHasItsTitleBarHeadingBoldTermsAndFooterHints() throws {
        var h = try harness()
        h.press(.enter)
        let grid = h.render().grid
        #expect(grid[0, 0].style == .bar || grid[0, 0].style == .barBold)
        Snapshot.assert(grid.textWithStyles, named: "styled-text-80x24")
    }

    @Test func theHighlightedChoiceIsTheOnlySelectedOne() throws {
        var h = try harness()
        h.press(.enter, .enter, .enter, .down)
        let grid = h.render().grid
        let selectedRows = Set(grid.cells.indices.filter { grid.cells[$0].style == .selected }.map { $0 / grid.width })
        #expect(selectedRows.count == 1)
        #expect(selectedRows.first == grid.cursor?.row)
        Snapshot.assert(grid.textWithStyles, named: "styled-question-highlight-80x24")
    }

    @Test func aWrongAnswerIsMarkedWrongAndTheRightOneRight() throws {
        var h = try harness()
        h.press(.enter, .enter, .enter)
        let question = try #require(h.driver.tutorial.screen(at: h.driver.state.position)?.question)
        let wrong = try #require(Self.displayedNumber(ofWrongChoiceIn: question, h))
        h.press(.character(Character(String(wrong))))
        let grid = h.render().grid
        #expect(grid.cells.contains { $0.style == .wrong })
        #expect(grid.cells.contains { $0.style == .correct })
        Snapshot.assert(grid.textWithStyles, named: "styled-question-wrong-80x24")
    }

    /// The number on screen of a choice that is not the answer, read from the rendered choices.
    static func displayedNumber(ofWrongChoiceIn question: Question, _ h: ScreenHarness) -> Int? {
        guard case .choice(let choices, let answer) = question.form else { return nil }
        let right = choices[answer].text
        let lines = h.render().grid.text.split(separator: "\n").map(String.init)
        for number in 1...choices.count {
            // A choice's line is "    N  text", or "  ▸ N  text" when highlighted.
            let line = lines.first {
                $0.drop { $0 == " " || $0 == "▸" }.hasPrefix("\(number)  ")
            }
            if let line, !line.contains(right.prefix(20)) { return number }
        }
        return nil
    }
}
