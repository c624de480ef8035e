import Foundation
import TerminalUI
import TutorCore

/// The loop that joins the pieces: key, action, engine, effects, view, terminal.
final class TutorialSession {
    private let terminal: Terminal
    private let tutorial: Tutorial
    private let store: ProgressStore
    private var state: TutorState

    init(terminal: Terminal, tutorial: Tutorial, store: ProgressStore, state: TutorState) {
        self.terminal = terminal
        self.tutorial = tutorial
        self.store = store
        self.state = state
    }

    /// Runs until the learner quits (nil) or a signal asks the program to stop (the signal).
    func run() -> Int32? {
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
            guard let key = terminal.readKey() else { continue }
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
            guard let action = KeyMap.action(for: key, state: state, tutorial: tutorial) else {
                continue
            }
            for effect in Engine.reduce(&state, action, tutorial: tutorial, now: Date()) {
                switch effect {
                case .saveProgress: save()
                case .quit: return nil
                }
            }
        }
    }

    private func draw() {
        let (width, height) = terminal.size
        var rendered = ScreenView.render(state, tutorial, width: width, height: height)
        if let viewport = rendered.viewport, viewport != state.viewport {
            let scroll = state.scroll
            _ = Engine.reduce(&state, .viewportChanged(viewport), tutorial: tutorial, now: Date())
            if state.scroll != scroll {
                rendered = ScreenView.render(state, tutorial, width: width, height: height)
            }
        }
        terminal.draw(rendered.grid)
    }

    private func save() {
        do {
            try store.save(state.record(tutorial: tutorial, now: Date()))
        } catch {
            state.notice = "Your progress cannot be saved (\(error)). You can carry on."
        }
    }
}
