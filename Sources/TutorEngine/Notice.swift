/// A one-line message for the learner, as a value: the engine says what happened, and the
/// view words it for the mode it is in (plain mode has no arrow keys to name) and, later, the
/// learner's language.
public enum Notice: Equatable, Sendable {
    case firstScreen
    case lastScreen
    case noSuchLesson(String)
    /// A number or Enter on a question that already has its answer.
    case alreadyAnswered
    /// A key that does not answer the question on screen; it has `choices` to pick from.
    case howToAnswer(choices: Int)
    /// A number for an item an order question has already placed.
    case alreadyPlaced(Int)
    /// A number while a quiz shows the answer to the last question.
    case nextQuestion
    case quizGoesForwardOnly
    case noQuestionsThere
    /// Progress: another copy of the tutorial has the file, so this one does not save.
    case progressFileInUse
    /// Progress: the saved file could not be used; `keptAs` names the copy kept aside, or nil
    /// when it was left where it is (and nothing is saved this time).
    case progressUnusable(reason: String, keptAs: String?)
    /// Progress: the saved file was used, but `count` values in it did not fit the course (an
    /// unknown question, a choice that does not exist, a count out of range...) and were dropped.
    case progressRepaired(count: Int)
    /// Progress: the folder of the progress file cannot be written (read-only, or not ours),
    /// so nothing is saved this session.
    case progressFolderNotWritable(folder: String)
    /// Progress: saving failed; nothing more is saved this session.
    case progressNotSaved(reason: String)
    /// A question for the care team was kept ("My questions" in the menu).
    case questionKept
    /// The list of the learner's questions is full.
    case tooManyQuestions(Int)
    /// `r` with no speech engine installed.
    case noSpeechEngine
    /// No UTF-8 locale: the screen shows plain ASCII marks (said once, at start).
    case plainCharacters
}
