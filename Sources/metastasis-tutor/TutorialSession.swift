import Foundation
import TerminalUI
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// The loop that joins the pieces: key, action, engine, effects, view, terminal.
final class TutorialSession {
    private let terminal: Terminal
    private let tutorial: Tutorial
    private let keeper: ProgressKeeper
    private var state: TutorState
    /// Kiosk: where the anonymous counts go (`--stats`), and the counts so far.
    private let statsPath: String?
    private var stats: KioskStats
    /// The last frame drawn, to find what a mouse click hit.
    private var lastGrid: Grid?

    init(terminal: Terminal, tutorial: Tutorial, keeper: ProgressKeeper, state: TutorState, statsPath: String?) {
        self.terminal = terminal
        self.tutorial = tutorial
        self.keeper = keeper
        self.state = state
        self.statsPath = statsPath
        self.stats = statsPath.map(KioskStats.load(path:)) ?? KioskStats()
    }

    /// Runs until the learner quits (nil) or a signal asks the program to stop (the signal).
    func run() -> Int32? {
        if state.notice == nil { state.notice = keeper.notice }
        save()
        var needsDraw = true
        while true {
            if let signal = terminal.pendingSignal {
                save()
                return signal
            }
            if needsDraw {
                draw()
                needsDraw = false
            }
            let action: Action?
            if let key = terminal.readKey() {
                needsDraw = true
                // Ctrl-L repaints the whole screen, as in most terminal programs; the engine never sees it.
                if key == .character("\u{0C}") {
                    terminal.repaintAll()
                    continue
                }
                // So does every resize signal, even one that finds the size unchanged (ncurses then
                // sends only what it thinks changed). A terminal that reports its new size before
                // its screen has grown can lose what was drawn in between; the fuzzer once saw a
                // footer lost after a resize. A real size change is repainted in full anyway.
                if key == .resize { terminal.repaintAll() }
                action = self.action(for: key)
            } else {
                action = state.kiosk != nil ? .tick : nil  // time passes: kiosk idle handling
            }
            guard let action else { continue }
            let before = state
            let effects = Engine.reduce(&state, action, tutorial: tutorial, now: SystemClock.now())
            if state != before { needsDraw = true }
            if state.kiosk != nil, let statsPath, stats.observe(before: before, after: state, effects: effects) {
                try? stats.save(path: statsPath)
            }
            for effect in effects {
                switch effect {
                case .saveProgress: save()
                case .quit: return nil
                case .forgetVisitor: terminal.forgetScreen()
                case .visitorStarted: break
                }
            }
        }
    }

    /// A key, or a click on something the last frame drew as clickable.
    private func action(for key: Key) -> Action? {
        // On the kiosk's own screens (start, idle warning, PIN) a click is like any key there.
        if case .click(let row, let column) = key, state.kiosk.map({ $0.phase == .visiting }) ?? true {
            return lastGrid?.action(atRow: row, column: column)
        }
        return KeyMap.action(for: key, state: state, tutorial: tutorial)
    }

    private func draw() {
        let (width, height) = terminal.size
        var rendered = ScreenView.render(state, tutorial, width: width, height: height)
        if let viewport = rendered.viewport, viewport != state.viewport {
            let scroll = state.scroll
            _ = Engine.reduce(&state, .viewportChanged(viewport), tutorial: tutorial, now: SystemClock.now())
            if state.scroll != scroll {
                rendered = ScreenView.render(state, tutorial, width: width, height: height)
            }
        }
        terminal.draw(rendered.grid)
        lastGrid = rendered.grid
    }

    private func save() {
        if let problem = keeper.save(state, tutorial: tutorial) { state.notice = problem }
    }
}
