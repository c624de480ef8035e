import LessonModel
import TutorEngine

/// What is on screen, as far as keys are concerned.
public enum KeyContext: Equatable, Sendable {
    case lesson, question, quizQuestion, quizAnswer, quizSummary
    case menu, reading, quitConfirm
    /// The list of the learner's own questions.
    case myQuestions
    /// A question being written: every key is text, except the editor's own.
    case editing
    /// A guided session's teach-back prompt, waiting for the educator's mark.
    case teachBack

    public init(_ state: TutorState, _ tutorial: Tutorial) {
        if state.editor != nil {
            self = .editing
            return
        }
        switch state.overlay {
        case .myQuestions: self = .myQuestions
        case .teachBack: self = .teachBack
        case .quitConfirm: self = .quitConfirm
        case .menu: self = .menu
        case .help, .glossary, .progress: self = .reading
        case nil:
            if let round = state.quiz {
                self = round.finished ? .quizSummary : (round.shownAnswer != nil ? .quizAnswer : .quizQuestion)
            } else {
                self = KeyMap.isAnswering(state: state, tutorial: tutorial) ? .question : .lesson
            }
        }
    }

    /// The commands that mean something here, in the order the footer shows them (the footer
    /// keeps as many as fit); a key that gives none of them does nothing.
    public var commands: [Command] {
        switch self {
        case .lesson:
            [
                .goOn, .goBack, .menu, .glossary, .help, .quit, .up, .down, .pageUp, .pageDown, .writeQuestion, .readAloud,
                .language,
            ]
        case .question:
            [
                .answer, .goOn, .takeBack, .goBack, .menu, .help, .quit, .glossary, .up, .down, .pageUp, .pageDown,
                .writeQuestion, .readAloud, .language,
            ]
        case .quizQuestion:
            [
                .answer, .goOn, .stopQuiz, .menu, .quit, .help, .glossary, .up, .down, .takeBack, .goBack, .writeQuestion,
                .readAloud,
            ]
        case .quizAnswer:
            [.goOn, .stopQuiz, .menu, .quit, .help, .glossary, .up, .down, .goBack, .writeQuestion, .readAloud]
        case .quizSummary: [.goOn, .stopQuiz, .quit, .menu, .help, .up, .down, .writeQuestion]
        case .myQuestions:
            [.up, .goOn, .deleteQuestion, .writeQuestion, .close, .quit, .down, .goBack, .menu, .help]
        case .editing: [.goOn, .close]
        case .teachBack: [.explainedBack, .goOverAgain, .close, .quit]
        case .menu: [.up, .goOn, .close, .quit, .down, .pageUp, .pageDown, .goBack, .menu, .help, .language]
        case .reading: [.close, .up, .quit, .down, .pageUp, .pageDown, .goOn, .goBack, .help, .glossary, .menu]
        case .quitConfirm: [.yes, .no]
        }
    }

    /// The footer's hints: a command, what it does here, and the key the footer names for it
    /// (one of the command's keys: a click on the hint is a press of that key).
    var footer: [(command: Command, meaning: HintWord, key: Key)] {
        switch self {
        case .lesson:
            [
                (.goOn, .next, .enter), (.goBack, .back, .left), (.menu, .menu, .character("m")),
                (.glossary, .words, .character("g")), (.help, .help, .character("?")), (.quit, .quit, .character("q")),
            ]
        case .question:
            [
                (.answer, .answer, .character("1")), (.goOn, .skip, .right), (.goBack, .back, .left),
                (.menu, .menu, .character("m")), (.help, .help, .character("?")), (.quit, .quit, .character("q")),
            ]
        case .quizQuestion:
            [
                (.answer, .answer, .character("1")), (.goOn, .skip, .right), (.stopQuiz, .stop, .escape),
                (.menu, .menu, .character("m")), (.help, .help, .character("?")), (.quit, .quit, .character("q")),
            ]
        case .quizAnswer:
            [
                (.goOn, .next, .enter), (.stopQuiz, .stop, .escape), (.menu, .menu, .character("m")),
                (.help, .help, .character("?")), (.quit, .quit, .character("q")),
            ]
        case .quizSummary: [(.goOn, .done, .enter), (.help, .help, .character("?")), (.quit, .quit, .character("q"))]
        case .menu: [(.up, .choose, .up), (.goOn, .open, .enter), (.close, .close, .escape), (.quit, .quit, .character("q"))]
        case .reading: [(.close, .close, .escape), (.up, .scroll, .up), (.quit, .quit, .character("q"))]
        case .myQuestions:
            [
                (.goOn, .change, .enter), (.deleteQuestion, .delete, .character("d")),
                (.writeQuestion, .new, .character("w")), (.close, .close, .escape), (.quit, .quit, .character("q")),
            ]
        case .editing: [(.goOn, .keep, .enter), (.close, .cancel, .escape)]
        case .teachBack:
            [
                (.explainedBack, .explained, .character("1")), (.goOverAgain, .goOverAgain, .character("2")),
                (.close, .notNow, .escape), (.quit, .quit, .character("q")),
            ]
        case .quitConfirm: []
        }
    }
}

/// Reads a key as an action, given what is on screen. Keys that mean nothing here give nil.
public enum KeyMap {
    public static func action(for key: Key, state: TutorState, tutorial: Tutorial) -> Action? {
        if let kiosk = state.kiosk {
            // On the start screen, l shows it in the other language; any other key starts.
            if kiosk.phase == .welcome, state.otherLanguage != nil, KeyBindings.binding(.language).keys.contains(key) {
                return .switchLanguage
            }
            switch kioskAction(for: key, phase: kiosk.phase) {
            case .handled(let action): return action
            case .tutorial: break
            }
        }
        let context = KeyContext(state, tutorial)
        if context == .editing { return editorAction(for: key) }
        if context == .quitConfirm, case .character(let c) = key, tutorial.words.yesLetters.contains(c) {
            return .answerQuit(true)
        }
        guard let command = KeyBindings.command(for: key, among: context.commands) else { return nil }
        if command == .answer, case .character(let c) = key, let digit = c.wholeNumberValue {
            return .choose(digit)
        }
        // Enter and the Right arrow both go on, but only Enter answers with the highlighted choice.
        if command == .goOn, key != .enter, context == .question || context == .quizQuestion { return .next }
        // PgUp and PgDn turn pages in a lesson, and move ten lines in lists.
        if context == .lesson || context == .question {
            if command == .pageDown { return .next }
            if command == .pageUp { return .back }
        }
        return action(for: command, state: state, context: context)
    }

    /// What a command does here: for a key, and for a click on its footer hint.
    public static func action(for command: Command, state: TutorState, context: KeyContext) -> Action? {
        switch (context, command) {
        case (.quitConfirm, .yes): return .answerQuit(true)
        case (.quitConfirm, .no): return .answerQuit(false)
        case (.quitConfirm, _): return nil
        case (.editing, .goOn): return .editorKeep
        case (.editing, .close): return .editorCancel
        case (.editing, _): return nil
        case (.teachBack, .explainedBack): return .markTeachBack(.explained)
        case (.teachBack, .goOverAgain): return .markTeachBack(.goOverAgain)
        case (_, .explainedBack), (_, .goOverAgain): return nil
        case (.myQuestions, .up): return .menuMove(-1)
        case (.myQuestions, .down): return .menuMove(1)
        case (.myQuestions, .goOn):
            if case .myQuestions(let selection)? = state.overlay, selection < state.questions.count {
                return .changeQuestion(selection)
            }
            return .writeQuestion
        case (.myQuestions, .deleteQuestion):
            if case .myQuestions(let selection)? = state.overlay, selection < state.questions.count {
                return .deleteQuestion(selection)
            }
            return nil
        case (.myQuestions, .close), (.myQuestions, .goBack): return .closeOverlay
        case (_, .deleteQuestion): return nil
        case (_, .writeQuestion): return .writeQuestion
        case (_, .readAloud): return .readAloud
        case (_, .language): return state.otherLanguage != nil ? .switchLanguage : nil
        case (.menu, .up): return .menuMove(-1)
        case (.menu, .down): return .menuMove(1)
        case (.menu, .pageUp): return .menuMove(-10)
        case (.menu, .pageDown): return .menuMove(10)
        case (.menu, .goOn): return .menuOpenSelected
        case (.menu, .close), (.menu, .goBack), (.menu, .menu): return .closeOverlay
        case (.reading, .up): return .scroll(-1)
        case (.reading, .down): return .scroll(1)
        case (.reading, .pageUp): return .scroll(-10)
        case (.reading, .pageDown): return .scroll(10)
        case (.reading, .close), (.reading, .goOn), (.reading, .goBack), (.reading, .help), (.reading, .glossary):
            return .closeOverlay
        case (.question, .goOn), (.quizQuestion, .goOn): return .confirm
        case (.question, .takeBack), (.quizQuestion, .takeBack): return .takeBackPick
        case (_, .takeBack): return .back
        case (.quizSummary, .goOn): return .confirm
        case (.question, .up), (.quizQuestion, .up): return .moveHighlight(-1)
        case (.question, .down), (.quizQuestion, .down): return .moveHighlight(1)
        case (_, .up): return .scroll(-1)
        case (_, .down): return .scroll(1)
        case (_, .pageUp): return .scroll(-10)
        case (_, .pageDown): return .scroll(10)
        case (_, .goOn): return .next
        case (_, .goBack): return .back
        case (_, .menu): return .openMenu
        case (_, .glossary): return .openGlossary
        case (_, .help): return .openHelp
        case (_, .progress): return .openProgress
        case (_, .close): return .closeOverlay
        case (_, .stopQuiz): return state.quiz != nil ? .endQuiz : .closeOverlay
        case (_, .quit): return .requestQuit
        case (_, .answer), (_, .yes), (_, .no), (_, .staffExit): return nil
        }
    }

    /// The editor takes letters as text; only its own keys do anything else.
    private static func editorAction(for key: Key) -> Action? {
        switch key {
        case .enter: return .editorKeep
        case .escape: return .editorCancel
        case .backspace: return .editorErase
        case .left: return .editorMoveCursor(-1)
        case .right: return .editorMoveCursor(1)
        case .home: return .editorMoveCursor(-LearnerQuestion.lengthLimit)
        case .end: return .editorMoveCursor(LearnerQuestion.lengthLimit)
        case .character(let c) where !c.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }):
            return .editorType(c)
        default: return nil
        }
    }

    private enum KioskReading {
        case handled(Action?)
        case tutorial
    }

    private static func kioskAction(for key: Key, phase: KioskState.Phase) -> KioskReading {
        // A resize, and a sequence nothing takes (a focus event, a paste, Insert, Alt-x): no
        // one pressed a key, so the start screen and "Are you still there?" stay.
        if key == .resize || key == .unknown { return .handled(nil) }
        switch phase {
        case .welcome, .idleWarning:
            return .handled(.next)  // any key at all
        case .pinPause:
            // Esc goes back; any other key is not taken, and the screen says so.
            return .handled(key == .escape ? .closeOverlay : .keyNotTaken)
        case .pinEntry:
            switch key {
            case .character(let c) where c.isASCII && c.isNumber: return .handled(.pinDigit(c))
            case .backspace: return .handled(.pinErase)
            case .enter: return .handled(.pinSubmit)
            case .escape: return .handled(.closeOverlay)
            default: return .handled(nil)
            }
        case .visiting:
            if KeyBindings.binding(.staffExit).keys.contains(key) { return .handled(.staffExit) }
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

extension KeyMap {
    /// Reads a line typed in plain mode as an action, from the same table as the keys. Plain
    /// mode has no highlight to confirm and no arrows: Enter alone goes on or closes, a number
    /// answers (or, in the list of lessons, opens that entry), and `q` quits at once.
    public static func action(forPlainLine line: String, state: TutorState, tutorial: Tutorial) -> Action? {
        let context = KeyContext(state, tutorial)
        if context == .editing { return .editorKeepLine(line) }
        let word = line.trimmingWhitespace().lowercased()
        if context == .teachBack, word.isEmpty { return .closeOverlay }
        if context == .myQuestions {
            // "d 2" deletes the second question, "2" changes it, Enter alone closes the list.
            let parts = word.split(separator: " ")
            if parts.count == 2, KeyBindings.binding(.deleteQuestion).plainWords.contains(String(parts[0])),
                let number = Int(parts[1]), state.questions.indices.contains(number - 1)
            {
                return .deleteQuestion(number - 1)
            }
            if let number = Int(word), state.questions.indices.contains(number - 1) { return .changeQuestion(number - 1) }
            if word.isEmpty { return .closeOverlay }
        }
        if context == .menu {
            if let number = Int(word) { return .menuPick(number - 1) }
            return word.isEmpty ? .closeOverlay : nil
        }
        let commands = context.commands + [.progress]
        guard let command = KeyBindings.command(forPlainWord: word, among: commands) else { return nil }
        switch (context, command) {
        case (_, .answer): return Int(word).map(Action.choose)
        case (.quizSummary, .goOn): return .confirm
        case (.reading, .goOn): return .closeOverlay
        case (_, .goOn): return .next
        // A screen reader reads what was typed; asking again would only be in the way.
        case (_, .quit): return .answerQuit(true)
        default: return action(for: command, state: state, context: context)
        }
    }
}
