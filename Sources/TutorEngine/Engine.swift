import LessonModel

/// The tutorial's rules: one pure function from a state and an action to the next state and
/// the effects to run. No terminal, no files, no clock: the time comes in as a value.
public enum Engine {
    public static func reduce(
        _ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Instant,
        measure: ScreenMeasure? = nil
    ) -> [Effect] {
        let before = state
        let effects = rules(&state, action, tutorial: tutorial, now: now, measure: measure)
        switch action {
        case .resize, .moveHighlight, .choose, .confirm, .takeBackPick:
            revealFocus(&state, tutorial, measure)
        default: break
        }
        ReadAloudEngine.follow(before, &state)
        return effects
    }

    /// Scrolls so that the highlighted choice, or the feedback after an answer, is on screen
    /// (the start of it, when it is longer than the window): in a small window Down never
    /// moves a highlight out of sight, and the verdict never lands below the fold.
    static func revealFocus(_ state: inout TutorState, _ tutorial: Tutorial, _ measure: ScreenMeasure?) {
        guard state.overlay == nil, let viewport = viewport(state, tutorial, measure), let focus = viewport.focus
        else { return }
        let visible = max(1, viewport.visibleLines)
        if focus.upperBound > state.scroll + visible { state.scroll = focus.upperBound - visible }
        if focus.lowerBound < state.scroll { state.scroll = focus.lowerBound }
        clampScroll(&state, tutorial, measure)
    }

    private static func rules(
        _ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Instant, measure: ScreenMeasure?
    ) -> [Effect] {
        if case .resize(let window) = action {
            state.window = window
            clampScroll(&state, tutorial, measure)
            return []
        }
        // Speech moving on is not a key: it neither clears a notice nor counts as a visitor's key.
        if case .sentenceSpoken = action, let effects = ReadAloudEngine.reduce(&state, action) { return effects }
        if let effects = KioskEngine.reduce(&state, action, tutorial: tutorial, now: now) {
            return effects
        }
        if case .tick = action { return [] }
        state.notice = state.laterNotice
        state.laterNotice = nil
        if let effects = QuestionsEngine.reduce(&state, action, tutorial: tutorial, now: now) {
            return effects
        }
        if let effects = ReadAloudEngine.reduce(&state, action) { return effects }
        if let effects = TeachBackEngine.reduce(&state, action, tutorial: tutorial) {
            return effects
        }
        if state.quiz != nil, state.overlay == nil,
            let effects = QuizEngine.reduce(&state, action, tutorial: tutorial, now: now, measure: measure)
        {
            return effects
        }
        switch action {
        case .next: return goForward(&state, tutorial, measure)
        case .back: return goBack(&state, tutorial)
        case .choose(let number): return choose(number, &state, tutorial, now)
        case .takeBackPick:
            if let question = tutorial.screen(at: state.position)?.question, state.answer(to: question.id) == nil,
                QuestionInput.takeBack(&state.draft)
            {
                return []
            }
            return goBack(&state, tutorial)
        case .moveHighlight(let delta): moveHighlight(delta, &state, tutorial)
        case .confirm:
            if let highlight = state.draft.highlight,
                let question = tutorial.screen(at: state.position)?.question,
                let number = question.selectable(after: state.draft.picks).firstIndex(of: highlight)
            {
                return choose(number + 1, &state, tutorial, now)
            }
            state.notice = answerHint(tutorial, state)
        case .scroll(let delta):
            switch state.overlay {
            case .glossary(let scroll): state.overlay = .glossary(scroll: max(0, scroll + delta))
            case .progress(let report, let scroll): state.overlay = .progress(report, scroll: max(0, scroll + delta))
            case nil:
                state.scroll = max(0, state.scroll + delta)
                clampScroll(&state, tutorial, measure)
            default: break
            }
        case .openMenu:
            let entries = menuEntries(tutorial)
            let current =
                entries.firstIndex(of: .lesson(unit: state.position.unit))
                ?? entries.firstIndex { if case .lesson = $0 { true } else { false } } ?? 0
            state.overlay = .menu(selection: current)
        case .openHelp: state.overlay = .help
        case .openGlossary: state.overlay = .glossary(scroll: 0)
        case .openProgress: state.overlay = .progress(progressReport(state, tutorial, now), scroll: 0)
        case .closeOverlay: state.overlay = nil
        case .menuMove(let delta):
            if case .menu(let selection) = state.overlay {
                let count = menuEntries(tutorial).count
                state.overlay = .menu(selection: min(max(0, selection + delta), count - 1))
            } else if case .myQuestions(let selection) = state.overlay {
                state.overlay = .myQuestions(selection: min(max(0, selection + delta), max(0, state.questions.count - 1)))
            }
        case .menuPick(let index):
            guard case .menu = state.overlay else { break }
            state.overlay = .menu(selection: index)
            return reduce(&state, .menuOpenSelected, tutorial: tutorial, now: now, measure: measure)
        case .menuOpenSelected:
            guard case .menu(let selection) = state.overlay else { break }
            let entries = menuEntries(tutorial)
            guard entries.indices.contains(selection) else { break }
            state.overlay = nil
            switch entries[selection] {
            case .testYourself:
                return QuizEngine.start(
                    &state, scope: .all, origin: .menu, count: QuizPlanner.defaultRoundSize, tutorial: tutorial,
                    now: now)
            case .progress:
                state.overlay = .progress(progressReport(state, tutorial, now), scroll: 0)
            case .myQuestions:
                state.overlay = .myQuestions(selection: 0)
            case .lesson(let unit):
                state.quiz = nil
                return move(to: Position(unit: unit, screen: 0), &state, tutorial)
            }
        case .requestQuit: state.overlay = .quitConfirm
        case .answerQuit(let yes):
            state.overlay = nil
            if yes { return [.saveProgress, .quit] }
        case .openLesson(let id):
            guard let unit = tutorial.unitIndex(of: id) else {
                state.notice = .noSuchLesson(id)
                break
            }
            return move(to: Position(unit: unit, screen: 0), &state, tutorial)
        case .startQuiz(let scope, let origin, let count):
            return QuizEngine.start(&state, scope: scope, origin: origin, count: count, tutorial: tutorial, now: now)
        case .endQuiz, .resize, .tick, .endSession, .staffExit, .pinDigit, .pinErase, .pinSubmit, .keyNotTaken, .writeQuestion,
            .editorType, .editorErase, .editorMoveCursor, .editorCancel, .editorKeep, .editorKeepLine, .changeQuestion,
            .deleteQuestion, .markTeachBack, .readAloud, .sentenceSpoken:
            break
        case .switchLanguage:
            guard state.otherLanguage != nil else { break }
            // The other course has the same lessons and screens (lint checks it), so the
            // place, answers and scroll carry over; what is being read aloud does not.
            state.speech = state.readAloudAlways && state.speechAvailable ? Speech() : nil
            state.notice = nil
            return [.switchLanguage, .saveProgress]
        }
        return []
    }

    /// The progress report for a session, with "last here" from before this session began.
    public static func progressReport(_ state: TutorState, _ tutorial: Tutorial, _ now: Instant) -> ProgressReport {
        var record = state.record(tutorial: tutorial, now: now)
        record.updatedAt = state.lastVisit
        return ProgressReport.make(library: tutorial.library, record: record, now: now, utcOffset: state.utcOffset)
    }

    /// The contents menu: self-quizzing and progress first, then the lessons of the path.
    public static func menuEntries(_ tutorial: Tutorial) -> [MenuEntry] {
        [.testYourself, .progress, .myQuestions]
            + tutorial.units.indices.filter { tutorial.units[$0].kind == .lesson }.map { .lesson(unit: $0) }
    }

    private static func goForward(_ state: inout TutorState, _ tutorial: Tutorial, _ measure: ScreenMeasure?)
        -> [Effect]
    {
        if let viewport = viewport(state, tutorial, measure), state.scroll + viewport.visibleLines < viewport.contentLines
        {
            // Show the rest of a long screen before leaving it.
            state.scroll += max(1, viewport.visibleLines - 1)
            clampScroll(&state, tutorial, measure)
            return []
        }
        if let lessonID = TeachBackEngine.prompt(leaving: state.position, state, tutorial) {
            state.overlay = .teachBack(lessonID: lessonID)
            return []
        }
        return stepForward(&state, tutorial)
    }

    /// The next screen, or the next lesson (this one is then finished).
    static func stepForward(_ state: inout TutorState, _ tutorial: Tutorial) -> [Effect] {
        var position = state.position
        let unit = tutorial.units[position.unit]
        var finished: [Effect] = []
        if position.screen + 1 < unit.screens.count {
            position.screen += 1
        } else if position.unit + 1 < tutorial.units.count {
            if unit.kind == .lesson, state.finishedLessons.insert(unit.id).inserted {
                finished = [.lessonFinished(unit.id)]
            }
            position = Position(unit: position.unit + 1, screen: 0)
        } else {
            state.notice = .lastScreen
            return []
        }
        return move(to: position, &state, tutorial) + finished
    }

    private static func goBack(_ state: inout TutorState, _ tutorial: Tutorial) -> [Effect] {
        var position = state.position
        if position.screen > 0 {
            position.screen -= 1
        } else if position.unit > 0 {
            position.unit -= 1
            position.screen = max(0, tutorial.units[position.unit].screens.count - 1)
        } else {
            state.notice = .firstScreen
            return []
        }
        return move(to: position, &state, tutorial)
    }

    static func move(to position: Position, _ state: inout TutorState, _ tutorial: Tutorial) -> [Effect] {
        if let question = tutorial.screen(at: state.position)?.question, !state.draft.picks.isEmpty {
            state.keptDrafts[question.id] = state.draft
        }
        state.position = position
        state.draft = tutorial.screen(at: position)?.question.flatMap { state.keptDrafts[$0.id] } ?? Draft()
        state.scroll = 0
        if let round = ReviewRound.starting(at: position, tutorial) { state.quiz = round }
        return [.saveProgress]
    }

    /// How much of the current screen the window shows, from the view's layout.
    static func viewport(_ state: TutorState, _ tutorial: Tutorial, _ measure: ScreenMeasure?) -> Viewport? {
        guard let window = state.window, let measure else { return nil }
        return measure(state, tutorial, window)
    }

    static func clampScroll(_ state: inout TutorState, _ tutorial: Tutorial, _ measure: ScreenMeasure?) {
        guard let viewport = viewport(state, tutorial, measure) else { return }
        state.scroll = min(state.scroll, max(0, viewport.contentLines - viewport.visibleLines))
    }

    private static func answerHint(_ tutorial: Tutorial, _ state: TutorState) -> Notice? {
        guard let question = tutorial.screen(at: state.position)?.question else { return nil }
        if state.answer(to: question.id) != nil { return .alreadyAnswered }
        return QuestionInput.hint(question, draft: state.draft, salt: nil)
    }

    private static func moveHighlight(_ delta: Int, _ state: inout TutorState, _ tutorial: Tutorial) {
        guard let question = tutorial.screen(at: state.position)?.question,
            state.answer(to: question.id) == nil
        else { return }
        QuestionInput.moveHighlight(delta, question: question, draft: &state.draft, salt: nil)
    }

    private static func choose(
        _ number: Int, _ state: inout TutorState, _ tutorial: Tutorial, _ now: Instant
    ) -> [Effect] {
        guard let question = tutorial.screen(at: state.position)?.question else { return [] }
        if state.answer(to: question.id) != nil {
            state.notice = answerHint(tutorial, state)
            return []
        }
        switch QuestionInput.pick(number, question: question, draft: &state.draft, salt: nil) {
        case .invalid:
            state.notice = answerHint(tutorial, state)
            return []
        case .alreadyPlaced(let number):
            state.notice = .alreadyPlaced(number)
            return []
        case .partial:
            return []
        case .complete(let response):
            let unit = tutorial.units[state.position.unit]
            let correct = question.isCorrect(response)
            state.keptDrafts[question.id] = nil
            state.answerLog.append(
                Answer(questionID: question.id, lessonID: unit.id, response: response, correct: correct, at: now))
            state.draft = Draft(highlight: response.last)
            return [.saveProgress, .answered(questionID: question.id, correct: correct)]
        }
    }
}

/// Answering one question with number keys or arrows, the same in lessons and quizzes.
public enum QuestionInput {
    public enum Pick: Equatable {
        case invalid
        /// An order question's item that is already placed, by its number on screen.
        case alreadyPlaced(Int)
        /// An order or match question with picks still to make.
        case partial
        case complete([Int])
    }

    static func pick(_ number: Int, question: Question, draft: inout Draft, salt: String?) -> Pick {
        let shown = question.selectable(after: draft.picks, salt: salt)
        guard (1...max(1, shown.count)).contains(number), !shown.isEmpty else { return .invalid }
        guard question.canPick(shown[number - 1], after: draft.picks) else { return .alreadyPlaced(number) }
        draft.picks.append(shown[number - 1])
        draft.highlight = nil
        return draft.picks.count >= question.picksNeeded ? .complete(draft.picks) : .partial
    }

    /// Undoes the last pick of an order or match question; false when there is none.
    static func takeBack(_ draft: inout Draft) -> Bool {
        guard let last = draft.picks.popLast() else { return false }
        draft.highlight = last
        return true
    }

    static func moveHighlight(_ delta: Int, question: Question, draft: inout Draft, salt: String?) {
        let shown = question.selectable(after: draft.picks, salt: salt).filter {
            question.canPick($0, after: draft.picks)
        }
        guard !shown.isEmpty else { return }
        let next: Int
        if let at = draft.highlight.flatMap({ shown.firstIndex(of: $0) }) {
            next = min(max(0, at + delta), shown.count - 1)
        } else {
            next = delta > 0 ? 0 : shown.count - 1
        }
        draft.highlight = shown[next]
    }

    /// The number to press for the highlighted choice, if one is highlighted.
    static func highlightedNumber(question: Question, draft: Draft, salt: String?) -> Int? {
        guard let highlight = draft.highlight else { return nil }
        return question.selectable(after: draft.picks, salt: salt).firstIndex(of: highlight).map { $0 + 1 }
    }

    static func hint(_ question: Question, draft: Draft, salt: String?) -> Notice {
        .howToAnswer(choices: question.selectable(after: draft.picks, salt: salt).count)
    }
}
