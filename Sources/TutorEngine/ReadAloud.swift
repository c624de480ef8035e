import LessonModel

/// Reading the screen aloud: which sentence of it is being spoken. The view makes the
/// sentences (`SpeechScript`); the front end speaks them one at a time and says when each ends.
public struct Speech: Equatable, Sendable {
    public var sentence: Int

    public init(sentence: Int = 0) { self.sentence = sentence }
}

enum ReadAloudEngine {
    static func reduce(_ state: inout TutorState, _ action: Action) -> [Effect]? {
        switch action {
        case .readAloud:
            guard state.speechAvailable else {
                state.notice = .noSpeechEngine
                return []
            }
            // r again while speaking stops, like a play/pause button.
            state.speech = state.speech == nil ? Speech() : nil
            return []
        case .sentenceSpoken(let count):
            guard var speech = state.speech else { return [] }
            speech.sentence += 1
            state.speech = speech.sentence < count ? speech : nil
            return []
        default:
            return nil
        }
    }

    /// Leaving the screen stops speech at once; with `--read-aloud` the new screen is read.
    static func follow(_ before: TutorState, _ state: inout TutorState) {
        let moved =
            before.position != state.position || before.overlay != state.overlay
            || before.quiz?.current != state.quiz?.current || before.quiz?.shownAnswer != state.quiz?.shownAnswer
            || before.kiosk?.phase != state.kiosk?.phase
        guard moved else { return }
        let answered = before.quiz?.shownAnswer == nil && state.quiz?.shownAnswer != nil
        state.speech = state.readAloudAlways && state.speechAvailable && (state.overlay == nil || answered) ? Speech() : nil
    }
}
