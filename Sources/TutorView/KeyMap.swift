import LessonModel
import TutorEngine
/// Reads a key as an action, given what is on screen. Keys that mean nothing here give nil.
public enum KeyMap {
    public static func action(for key: Key, state: TutorState, tutorial: Tutorial) -> Action? {
        if let kiosk = state.kiosk {
            switch kioskAction(for: key, phase: kiosk.phase) {
            case .handled(let action): return action
            case .tutorial: break
            }
        }
        switch state.overlay {
        case .quitConfirm:
            switch key {
            case .character("y"), .character("Y"): return .answerQuit(true)
            case .character("n"), .character("N"), .escape: return .answerQuit(false)
            default: return nil
            }
        case .menu:
            switch key {
            case .up, .character("k"): return .menuMove(-1)
            case .down, .character("j"), .tab: return .menuMove(1)
            case .pageUp: return .menuMove(-10)
            case .pageDown: return .menuMove(10)
            case .enter, .right, .character(" "): return .menuOpenSelected
            case .escape, .character("m"), .left, .backspace: return .closeOverlay
            case .character("q"): return .requestQuit
            case .character("?"): return .openHelp
            default:
                return nil
            }
        case .help, .glossary, .progress:
            switch key {
            case .up, .character("k"): return .scroll(-1)
            case .down, .character("j"): return .scroll(1)
            case .pageUp: return .scroll(-10)
            case .pageDown: return .scroll(10)
            case .escape, .enter, .character("?"), .character("g"), .left, .backspace, .character(" "):
                return .closeOverlay
            case .character("q"): return .requestQuit
            case .character("m"): return .openMenu
            default: return nil
            }
        case nil:
            break
        }

        let answering = isAnswering(state: state, tutorial: tutorial)
        if state.quiz != nil, key == .escape { return .endQuiz }
        switch key {
        case .character("q"), .character("Q"): return .requestQuit
        case .character("m"), .character("M"): return .openMenu
        case .character("?"), .character("h"): return .openHelp
        case .character("g"), .character("G"): return .openGlossary
        case .right, .character("n"), .pageDown, .character(" "): return .next
        case .left, .character("p"), .backspace, .pageUp: return .back
        case .enter: return answering ? .confirm : .next
        case .up: return answering ? .moveHighlight(-1) : .scroll(-1)
        case .down: return answering ? .moveHighlight(1) : .scroll(1)
        case .character(let c):
            if let digit = c.wholeNumberValue, (1...9).contains(digit), c.isASCII {
                return .choose(digit)
            }
            return nil
        default:
            return nil
        }
    }

    private enum KioskReading {
        case handled(Action?)
        case tutorial
    }

    /// The staff key that asks for the exit PIN: F12, or Ctrl-K where F12 cannot be typed.
    public static let staffKeys: [Key] = [.function(12), .character("\u{0B}")]

    private static func kioskAction(for key: Key, phase: KioskState.Phase) -> KioskReading {
        if key == .resize { return .handled(nil) }
        switch phase {
        case .welcome, .idleWarning:
            return .handled(.next)  // any key at all
        case .pinPause:
            return .handled(nil)
        case .pinEntry:
            switch key {
            case .character(let c) where c.isASCII && c.isNumber: return .handled(.pinDigit(c))
            case .backspace: return .handled(.pinErase)
            case .enter: return .handled(.pinSubmit)
            case .escape: return .handled(.closeOverlay)
            default: return .handled(nil)
            }
        case .visiting:
            if staffKeys.contains(key) { return .handled(.staffExit) }
            switch key {
            case .function, .tab, .unknown: return .handled(nil)
            case .character(let c) where c.unicodeScalars.allSatisfy({ $0.value < 0x20 || $0.value == 0x7F }):
                return .handled(nil)  // Ctrl-C, Ctrl-Z, Ctrl-\, Ctrl-D and the rest do nothing
            default: return .tutorial
            }
        }
    }

    /// True while a question on screen waits for its answer.
    static func isAnswering(state: TutorState, tutorial: Tutorial) -> Bool {
        if let round = state.quiz {
            return !round.finished && round.current != nil && round.shownAnswer == nil
        }
        guard let question = tutorial.screen(at: state.position)?.question else { return false }
        return state.answer(to: question.id) == nil
    }
}
