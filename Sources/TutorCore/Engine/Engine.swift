import Foundation

/// The tutorial's rules: one pure function from a state and an action to the next state and
/// the effects to run. No terminal, no files, no clock: the time comes in as a value.
public enum Engine {
    public static func reduce(
        _ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Date
    ) -> [Effect] {
        if case .viewportChanged(let viewport) = action {
            state.viewport = viewport
            clampScroll(&state)
            return []
        }
        state.notice = nil
        switch action {
        case .next: return goForward(&state, tutorial)
        case .back: return goBack(&state, tutorial)
        case .choose(let number): return choose(number, &state, tutorial, now)
        case .moveHighlight(let delta): moveHighlight(delta, &state, tutorial)
        case .confirm:
            if let highlight = state.draft.highlight,
                let question = tutorial.screen(at: state.position)?.question
            {
                let shown = question.selectable(after: state.draft.picks)
                if let number = shown.firstIndex(of: highlight) {
                    return choose(number + 1, &state, tutorial, now)
                }
            }
            state.notice = answerHint(tutorial, state)
        case .scroll(let delta):
            if case .glossary(let scroll) = state.overlay {
                state.overlay = .glossary(scroll: max(0, scroll + delta))
            } else if state.overlay == nil {
                state.scroll = max(0, state.scroll + delta)
                clampScroll(&state)
            }
        case .openMenu:
            let current = tutorial.units[state.position.unit].kind == .lesson ? state.position.unit : firstLessonUnit(tutorial)
            state.overlay = .menu(selection: current)
        case .openHelp: state.overlay = .help
        case .openGlossary: state.overlay = .glossary(scroll: 0)
        case .closeOverlay: state.overlay = nil
        case .menuMove(let delta):
            if case .menu(let selection) = state.overlay {
                let choices = menuUnits(tutorial)
                guard let at = choices.firstIndex(of: selection) ?? choices.first else { break }
                let moved = min(max(0, at + delta), choices.count - 1)
                state.overlay = .menu(selection: choices[moved])
            }
        case .menuOpenSelected:
            if case .menu(let selection) = state.overlay {
                state.overlay = nil
                return move(to: Position(unit: selection, screen: 0), &state)
            }
        case .requestQuit: state.overlay = .quitConfirm
        case .answerQuit(let yes):
            state.overlay = nil
            if yes { return [.saveProgress, .quit] }
        case .openLesson(let id):
            guard let unit = tutorial.unitIndex(of: id) else {
                state.notice = "There is no lesson called \(id)."
                break
            }
            return move(to: Position(unit: unit, screen: 0), &state)
        case .viewportChanged:
            break
        }
        return []
    }

    /// The units the contents menu lists: the lessons, then the farewell.
    public static func menuUnits(_ tutorial: Tutorial) -> [Int] {
        tutorial.units.indices.filter { tutorial.units[$0].kind == .lesson }
    }

    static func firstLessonUnit(_ tutorial: Tutorial) -> Int {
        menuUnits(tutorial).first ?? 0
    }

    private static func goForward(_ state: inout TutorState, _ tutorial: Tutorial) -> [Effect] {
        if let viewport = state.viewport, state.scroll + viewport.visibleLines < viewport.contentLines {
            // Show the rest of a long screen before leaving it.
            state.scroll += max(1, viewport.visibleLines - 1)
            clampScroll(&state)
            return []
        }
        var position = state.position
        let unit = tutorial.units[position.unit]
        if position.screen + 1 < unit.screens.count {
            position.screen += 1
        } else if position.unit + 1 < tutorial.units.count {
            if unit.kind == .lesson { state.finishedLessons.insert(unit.id) }
            position = Position(unit: position.unit + 1, screen: 0)
        } else {
            state.notice = "This is the last screen. Press m for the lessons, or q to quit."
            return []
        }
        return move(to: position, &state)
    }

    private static func goBack(_ state: inout TutorState, _ tutorial: Tutorial) -> [Effect] {
        var position = state.position
        if position.screen > 0 {
            position.screen -= 1
        } else if position.unit > 0 {
            position.unit -= 1
            position.screen = max(0, tutorial.units[position.unit].screens.count - 1)
        } else {
            state.notice = "This is the first screen."
            return []
        }
        return move(to: position, &state)
    }

    private static func move(to position: Position, _ state: inout TutorState) -> [Effect] {
        state.position = position
        state.draft = Draft()
        state.scroll = 0
        state.viewport = nil
        return [.saveProgress]
    }

    private static func clampScroll(_ state: inout TutorState) {
        guard let viewport = state.viewport else { return }
        state.scroll = min(state.scroll, max(0, viewport.contentLines - viewport.visibleLines))
    }

    private static func answerHint(_ tutorial: Tutorial, _ state: TutorState) -> String? {
        guard let question = tutorial.screen(at: state.position)?.question else { return nil }
        if state.answer(to: question.id) != nil { return "You have answered this question. Press Enter to go on." }
        let count = question.selectable(after: state.draft.picks).count
        return "Press a number from 1 to \(count) to answer, or the Right arrow to skip."
    }

    private static func moveHighlight(_ delta: Int, _ state: inout TutorState, _ tutorial: Tutorial) {
        guard let question = tutorial.screen(at: state.position)?.question,
            state.answer(to: question.id) == nil
        else { return }
        let shown = question.selectable(after: state.draft.picks)
        guard !shown.isEmpty else { return }
        let at = state.draft.highlight.flatMap { shown.firstIndex(of: $0) }
        let next: Int
        if let at {
            next = min(max(0, at + delta), shown.count - 1)
        } else {
            next = delta > 0 ? 0 : shown.count - 1
        }
        state.draft.highlight = shown[next]
    }

    private static func choose(
        _ number: Int, _ state: inout TutorState, _ tutorial: Tutorial, _ now: Date
    ) -> [Effect] {
        guard let question = tutorial.screen(at: state.position)?.question else { return [] }
        if state.answer(to: question.id) != nil {
            state.notice = answerHint(tutorial, state)
            return []
        }
        let shown = question.selectable(after: state.draft.picks)
        guard (1...shown.count).contains(number) else {
            state.notice = answerHint(tutorial, state)
            return []
        }
        let picked = shown[number - 1]
        state.draft.picks.append(picked)
        state.draft.highlight = nil
        guard state.draft.picks.count >= question.picksNeeded else { return [] }
        let response = state.draft.picks
        let unit = tutorial.units[state.position.unit]
        state.answerLog.append(
            Answer(
                questionID: question.id, lessonID: unit.id, response: response,
                correct: question.isCorrect(response), at: now))
        state.draft = Draft(highlight: picked)
        return [.saveProgress]
    }
}
