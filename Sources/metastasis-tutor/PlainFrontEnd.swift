import TutorEngine
import TutorView

/// The tutorial over plain lines: a screen's text, then one line of input. What screen
/// readers, braille displays and pipes get; the end of input saves and exits.
final class PlainFrontEnd: FrontEnd {
    var windowSize: WindowSize? { nil }

    func nextInput(_ state: TutorState, _ tutorial: Tutorial) -> Input {
        guard let line = readLine(strippingNewline: true) else { return .end }
        if let action = KeyMap.action(forPlainLine: line, state: state, tutorial: tutorial) { return .action(action) }
        say([PlainView.unknownLine(tutorial.words)])
        return .ignored
    }

    /// The whole screen when it changed; only the notice when that is all that did.
    func show(_ state: TutorState, previous: TutorState?, _ tutorial: Tutorial) {
        if let notice = state.notice {
            say([tutorial.words.notice(notice, mode: .plain)])
            if previous != nil { return }
        }
        say(PlainView.screen(state, tutorial))
    }

    func repaint(_ state: TutorState, _ tutorial: Tutorial) { show(state, previous: nil, tutorial) }

    func forgetScreen() {}

    private func say(_ lines: [String]) {
        SystemIO.writeOut(lines.joined(separator: "\n") + "\n")
    }
}
