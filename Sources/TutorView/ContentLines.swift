import LessonModel
import TutorEngine
/// A screen's text as wrapped lines, before it is cut to the window: where the cursor goes
/// (the selected choice) and which lines a mouse click turns into an action.
public struct ContentLines: Equatable, Sendable {
    public var lines: [Line]
    public var cursorLine: Int?
    /// Line index to the action a click on that line means.
    public var targets: [Int: Action]
    /// The lines that must be on screen: the highlighted choice, or the feedback once a
    /// question is answered (the engine scrolls to them, see `Viewport.focus`).
    public var focus: Range<Int>?

    public init(lines: [Line], cursorLine: Int? = nil, targets: [Int: Action] = [:], focus: Range<Int>? = nil) {
        self.lines = lines
        self.cursorLine = cursorLine
        self.targets = targets
        self.focus = focus
    }
}
