import Testing

@testable import TerminalUI

/// The colours a theme asks for, from the terminal's colour count alone.
@Suite struct ColorPlanTests {
    func colours(_ plan: ColorPlan) -> [Int16: [Int16]] {
        Dictionary(uniqueKeysWithValues: plan.pairs.map { ($0.number, [$0.foreground, $0.background]) })
    }

    @Test func aTerminalWith256ColoursGetsTheOkabeItoColours() {
        for count in [256, 88 * 3, 16_777_216] {
            let plan = colours(ColorPlan.make(theme: .standard, colors: count))
            #expect(plan[ColorPlan.barPair] == [7, 25], "white on blue 25, with \(count) colours")
            #expect(plan[ColorPlan.correctPair] == [38, -1])
            #expect(plan[ColorPlan.wrongPair] == [208, -1])
            #expect(plan[ColorPlan.accentPair] == [38, -1])
        }
    }

    @Test func fewerColoursGetTheEightColourSet() {
        for count in [0, 8, 16, 88, 255] {
            let plan = colours(ColorPlan.make(theme: .standard, colors: count))
            #expect(plan[ColorPlan.barPair] == [7, 4], "white on blue, with \(count) colours")
            #expect(plan[ColorPlan.correctPair] == [6, -1])
            #expect(plan[ColorPlan.wrongPair] == [5, -1])
            #expect(plan.values.allSatisfy { $0.allSatisfy { $0 < 8 } })
        }
    }

    @Test func highContrastAndMonoDoNotDependOnTheCount() {
        #expect(ColorPlan.make(theme: .highContrast, colors: 8) == ColorPlan.make(theme: .highContrast, colors: 256))
        #expect(ColorPlan.make(theme: .mono, colors: 256).pairs.isEmpty)
    }
}
