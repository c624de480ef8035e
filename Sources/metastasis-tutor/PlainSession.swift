import Foundation
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// The tutorial over plain lines: a screen's text, then one line of input. Enter goes on, a
/// number answers, `q` quits, and the end of input saves and exits.
final class PlainSession {
    private let tutorial: Tutorial
    private let keeper: ProgressKeeper
    private var state: TutorState

    init(tutorial: Tutorial, keeper: ProgressKeeper, state: TutorState) {
        self.tutorial = tutorial
        self.keeper = keeper
        self.state = state
    }

    func run() {
        if let notice = state.notice ?? keeper.notice { say([notice]) }
        state.notice = nil
        save()
        say(PlainView.screen(state, tutorial))
        while let line = readLine(strippingNewline: true) {
            let command = line.trimmingCharacters(in: .whitespaces).lowercased()
            switch command {
            case "q", "quit", "exit":
                save()
                return
            case "m", "menu":
                if chooseFromMenu() { return }
                continue
            case "?", "h", "help":
                say(PlainView.help)
                continue
            case "g", "words", "glossary":
                say(PlainView.glossary(tutorial))
                continue
            case "p", "progress":
                say(progressLines())
                continue
            default:
                break
            }
            guard let action = action(for: command) else {
                say(["Type a number to answer, press Enter to go on, or type q to quit. Type ? for help."])
                continue
            }
            if apply(action) { return }
        }
        save()  // end of input
    }

    /// Applies an action and says what changed; true when the session is over.
    private func apply(_ action: Action) -> Bool {
        let before = state
        let effects = Engine.reduce(&state, action, tutorial: tutorial, now: SystemClock.now())
        if effects.contains(.saveProgress) { save() }
        if let notice = state.notice { say([notice]) }
        if effects.contains(.quit) { return true }
        if state != before && state.notice == nil { say(PlainView.screen(state, tutorial)) }
        return false
    }

    private func action(for command: String) -> Action? {
        switch command {
        case "": return .next
        case "b", "back": return .back
        case "s", "stop": return state.quiz != nil ? .endQuiz : nil
        default:
            if let number = Int(command), (1...9).contains(number) { return .choose(number) }
            return nil
        }
    }

    /// Lists the lessons and opens the one whose number is typed; true when input ended.
    private func chooseFromMenu() -> Bool {
        say(PlainView.menu(tutorial, state))
        guard let line = readLine(strippingNewline: true) else {
            save()
            return true
        }
        let entries = Engine.menuEntries(tutorial)
        guard let number = Int(line.trimmingCharacters(in: .whitespaces)), entries.indices.contains(number - 1) else {
            say(PlainView.screen(state, tutorial))
            return false
        }
        state.overlay = .menu(selection: number - 1)
        if case .progress = entries[number - 1] {
            state.overlay = nil
            say(progressLines())
            return false
        }
        return apply(.menuOpenSelected)
    }

    private func progressLines() -> [String] {
        [""]
            + Engine.progressReport(state, tutorial, SystemClock.now()).text()
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    private func save() {
        if let problem = keeper.save(state, tutorial: tutorial) { say([problem]) }
    }

    private func say(_ lines: [String]) {
        FileHandle.standardOutput.write(Data((lines.joined(separator: "\n") + "\n").utf8))
    }
}
