import LessonModel

/// How a learner did at explaining a lesson back in their own words, as the educator marks it.
public enum TeachBackMark: String, Equatable, Sendable, Codable {
    case explained
    case goOverAgain
}

/// Guided sessions: after a lesson with a `teach-back:` prompt, the educator asks it and
/// marks the answer before the learner goes on.
public enum TeachBackEngine {
    /// The lesson whose prompt to show before leaving `position`, if any: only when the
    /// session is guided and the learner is leaving the lesson's last screen.
    static func prompt(leaving position: Position, _ state: TutorState, _ tutorial: Tutorial) -> String? {
        guard state.guided, state.quiz == nil else { return nil }
        let unit = tutorial.units[position.unit]
        guard unit.kind == .lesson, position.screen + 1 >= unit.screens.count,
            tutorial.library.lessons[unit.id]?.teachBack != nil
        else { return nil }
        return unit.id
    }

    static func reduce(_ state: inout TutorState, _ action: Action, tutorial: Tutorial) -> [Effect]? {
        guard case .teachBack(let lessonID) = state.overlay else { return nil }
        switch action {
        case .markTeachBack(let mark):
            state.teachBack[lessonID] = mark
            state.overlay = nil
            return Engine.stepForward(&state, tutorial)
        case .closeOverlay:
            // Not asked now: the learner stays on the lesson's last screen.
            state.overlay = nil
            return []
        case .requestQuit:
            state.overlay = .quitConfirm
            return []
        default:
            return []
        }
    }

    /// The lessons marked "go over again", in course order.
    public static func toGoOverAgain(_ marks: [String: TeachBackMark], _ library: LessonLibrary) -> [String] {
        library.courseOrder.filter { marks[$0] == .goOverAgain }
    }
}
