import TerminalUI
import TutorEngine
import TutorView

/// The tutorial drawn in the terminal with ncurses, read a key at a time.
final class FullScreenFrontEnd: FrontEnd {
    private let terminal: Terminal
    /// The last frame drawn, to find what a mouse click hit.
    private var lastGrid: Grid?

    init(terminal: Terminal) {
        self.terminal = terminal
    }

    var windowSize: WindowSize? {
        let (width, height) = terminal.size
        return WindowSize(width: width, height: height)
    }

    func nextInput(_ state: TutorState, _ tutorial: Tutorial) -> Input {
        if let signal = terminal.pendingSignal { return .signal(signal) }
        terminal.inputWait = state.speech != nil ? 40 : 250
        guard let key = terminal.readKey() else { return .idle }
        switch key {
        // Ctrl-L repaints the whole screen, as in most terminal programs; the engine never sees it.
        case .character("\u{0C}"):
            return .repaint
        // So does every resize signal, even one that finds the size unchanged (ncurses then
        // sends only what it thinks changed). A terminal that reports its new size before its
        // screen has grown can lose what was drawn in between; the fuzzer once saw a footer
        // lost after a resize. A real size change is repainted in full anyway.
        case .resize:
            return .repaint
        // On the kiosk's own screens (start, idle warning, PIN) a click is like any key there.
        case .click(let row, let column) where state.kiosk.map({ $0.phase == .visiting }) ?? true:
            return lastGrid?.action(atRow: row, column: column).map(Input.action) ?? .ignored
        default:
            return KeyMap.action(for: key, state: state, tutorial: tutorial).map(Input.action) ?? .ignored
        }
    }

    func show(_ state: TutorState, previous: TutorState?, _ tutorial: Tutorial) {
        let grid = frame(state, tutorial)
        terminal.draw(grid)
        lastGrid = grid
    }

    func repaint(_ state: TutorState, _ tutorial: Tutorial) {
        terminal.repaintAll()
        show(state, previous: nil, tutorial)
    }

    func forgetScreen() { terminal.forgetScreen() }

    private func frame(_ state: TutorState, _ tutorial: Tutorial) -> Grid {
        let size = state.window ?? windowSize ?? WindowSize(width: 80, height: 24)
        return ScreenView.render(state, tutorial, width: size.width, height: size.height).grid
    }
}
