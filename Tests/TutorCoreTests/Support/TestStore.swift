import Testing

@testable import LessonModel
@testable import TutorEngine

/// Sends actions to the engine as Point-Free's TestStore does: each `send` states how the state
/// changes and which effects come out, and any other change fails the test, so a test cannot
/// miss what an action did to the state.
struct TestStore {
    let tutorial: Tutorial
    private(set) var state: TutorState
    var now: Instant
    var measure: ScreenMeasure?

    init(_ tutorial: Tutorial, state: TutorState = TutorState(), now: Instant = Fixtures.now) {
        self.tutorial = tutorial
        self.state = state
        self.now = now
    }

    /// Applies `action`; `change` edits the state as it was into what it must be now.
    mutating func send(
        _ action: Action, effects expected: [Effect] = [],
        sourceLocation: Testing.SourceLocation = #_sourceLocation,
        _ change: (inout TutorState) -> Void = { _ in }
    ) {
        var expectedState = state
        change(&expectedState)
        let effects = Engine.reduce(&state, action, tutorial: tutorial, now: now, measure: measure)
        #expect(effects == expected, "effects of \(action)", sourceLocation: sourceLocation)
        if state != expectedState {
            let differences = Self.differences(expected: expectedState, actual: state).joined(separator: "\n")
            Issue.record(
                Comment(rawValue: "\(action) changed the state otherwise than the test says:\n\(differences)"),
                sourceLocation: sourceLocation)
        }
    }

    /// The state's properties that differ, one line each.
    static func differences(expected: TutorState, actual: TutorState) -> [String] {
        let expectedChildren = Mirror(reflecting: expected).children.map { ($0.label ?? "?", "\($0.value)") }
        let actualChildren = Mirror(reflecting: actual).children.map { "\($0.value)" }
        return zip(expectedChildren, actualChildren).compactMap { named, actualValue in
            named.1 == actualValue ? nil : "  \(named.0): expected \(named.1)\n  \(named.0): actual   \(actualValue)"
        }
    }
}
