import LessonModel
/// What the learner asked for, already read off a key in the context of the screen.
public enum Action: Equatable, Sendable {
    case next
    case back
    /// A number key, counting from 1 as the choices are numbered on screen.
    case choose(Int)
    case moveHighlight(Int)
    /// Enter on a question: answer with the highlighted choice.
    case confirm
    /// Backspace on an order or match question: undo the last pick.
    case takeBackPick
    case scroll(Int)
    case openMenu
    case openHelp
    case openGlossary
    case closeOverlay
    case menuMove(Int)
    case menuOpenSelected
    /// A click on a menu entry: select it and open it.
    case menuPick(Int)
    case requestQuit
    case answerQuit(Bool)
    /// The terminal has this size: sent first, and again at every resize.
    case resize(WindowSize)
    /// Open a lesson by id (the command line's `--lesson`).
    case openLesson(String)
    case openProgress
    /// Start a round of self-quizzing over the questions of a scope.
    case startQuiz(QuizScope, origin: QuizRound.Origin, count: Int)
    /// Esc in a quiz: stop asking and show how the round went.
    case endQuiz
    /// Time passes (the front end sends one every fraction of a second): kiosk idle handling.
    case tick
    /// Kiosk: wipe this visitor's session now.
    case endSession
    /// Kiosk: the staff key, which asks for the exit PIN.
    case staffExit
    case pinDigit(Character)
    case pinErase
    case pinSubmit
    /// Kiosk: a key during the PIN lock-out, not taken (the screen says so).
    case keyNotTaken
    /// `w`: open the one-line editor for a question to ask the care team.
    case writeQuestion
    case editorType(Character)
    case editorErase
    case editorMoveCursor(Int)
    case editorCancel
    case editorKeep
    /// Plain mode: the whole line typed is the question (an empty line keeps nothing).
    case editorKeepLine(String)
    /// In "My questions": change or delete the question at this index.
    case changeQuestion(Int)
    case deleteQuestion(Int)
    /// Guided sessions: the educator's mark for the teach-back prompt on screen.
    case markTeachBack(TeachBackMark)
    /// `r`: read the screen aloud (again: stop).
    case readAloud
    /// The front end finished speaking a sentence of the `count` on screen.
    case sentenceSpoken(count: Int)
    /// `l`: the program and the lessons in the other language, at the same place.
    case switchLanguage
}

/// Which questions a quiz round draws from.
public enum QuizScope: Equatable, Sendable {
    case all
    /// A part of the course, counting from 1.
    case part(Int)
    case lesson(String)
}

/// What the contents menu lists.
public enum MenuEntry: Equatable, Sendable {
    case testYourself
    case progress
    case myQuestions
    case lesson(unit: Int)
}

/// Work for the front end once the new state is in place. Nothing here has run yet.
public enum Effect: Equatable, Sendable {
    case saveProgress
    case quit
    /// Kiosk: a visitor pressed a key on the start screen.
    case visitorStarted
    /// Kiosk: the visitor's session was wiped; clear everything they left on the terminal.
    case forgetVisitor
    /// A lesson was finished for the first time (kiosk counts).
    case lessonFinished(String)
    /// A question was answered (kiosk counts).
    case answered(questionID: String, correct: Bool)
    /// Show the same place in the other language (the front end holds both courses).
    case switchLanguage
}

/// The keys the tutorial understands, decoded by the front end from whatever the terminal sent.
public enum Key: Equatable, Sendable {
    case character(Character)
    case enter, escape, backspace, tab
    case up, down, left, right, pageUp, pageDown, home, end
    case function(Int)
    /// A mouse click at a screen cell.
    case click(row: Int, column: Int)
    case resize
    case unknown
}
