import LessonModel
import TutorEngine

/// How the tutorial is being shown: keys are named differently in plain mode, where a line
/// is typed and Enter sends it.
public enum DisplayMode: Equatable, Sendable {
    case fullScreen
    case plain
}

/// The words for each notice the engine can give, for the mode the learner is in.
public enum NoticeWords {
    public static func text(_ notice: Notice, mode: DisplayMode) -> String {
        let menu = ask(.menu, mode)
        let quit = ask(.quit, mode)
        switch notice {
        case .firstScreen:
            return "This is the first screen."
        case .lastScreen:
            return "This is the last screen. \(menu.capitalizedFirst) for the lessons, or \(quit) to quit."
        case .noSuchLesson(let id):
            return "There is no lesson called \(id)."
        case .alreadyAnswered:
            return "You have answered this question. \(goOn(mode).capitalizedFirst) to go on."
        case .howToAnswer(let choices):
            switch mode {
            case .fullScreen:
                return "Press a number from 1 to \(choices) to answer, or the Right arrow to skip."
            case .plain:
                return "Type a number from 1 to \(choices) and press Enter to answer, or press Enter alone to skip."
            }
        case .alreadyPlaced(let number):
            return "Number \(number) is already in your order. \(ask(.takeBack, mode).capitalizedFirst) to take back the last one."
        case .nextQuestion:
            return "\(goOn(mode).capitalizedFirst) for the next question."
        case .quizGoesForwardOnly:
            return "A quiz goes forward only. \(ask(.stopQuiz, mode).capitalizedFirst) to stop and see how you did."
        case .noQuestionsThere:
            return "There are no questions to ask there."
        case .progressFileInUse:
            return "This progress file is open in another copy of the tutorial, so this one will not save."
        case .progressUnusable(let reason, let keptAs?):
            return "Your saved progress could not be used (\(reason)), so you start afresh. "
                + "The old file is kept as \(keptAs)."
        case .progressUnusable(let reason, nil):
            return "Your saved progress could not be used (\(reason)). "
                + "It is left as it is, and nothing will be saved this time."
        case .progressRepaired(let count):
            return "Part of your saved progress did not fit this course (\(count) "
                + (count == 1 ? "value" : "values") + "), so that part was left out. The rest is kept."
        case .progressFolderNotWritable(let folder):
            return "Your progress cannot be saved: the folder \(folder) cannot be written. You can carry on."
        case .progressNotSaved(let reason):
            return "Your progress cannot be saved (\(reason)). You can carry on; nothing more will be saved."
        case .questionKept:
            return "Your question is kept. \(menu.capitalizedFirst) and open My questions to see them all."
        case .plainCharacters:
            return "This terminal is not set up for UTF-8, so plain letters and marks are shown."
        case .noSpeechEngine:
            return "Reading aloud needs the espeak-ng program, which is not installed here."
        case .tooManyQuestions(let limit):
            return "You have \(limit) questions, as many as the list holds. Change or delete one in My questions."
        }
    }

    /// "press m" on screen, "type m" in plain mode: the key or word from the key-binding table.
    static func ask(_ command: Command, _ mode: DisplayMode) -> String {
        switch mode {
        case .fullScreen:
            let key = KeyBindings.binding(command).keys.first.map(KeyBindings.name(of:)) ?? ""
            return "press \(key)"
        case .plain:
            return "type \(KeyBindings.plainWord(command))"
        }
    }

    /// Going on is Enter in both modes (in plain mode, Enter alone).
    static func goOn(_ mode: DisplayMode) -> String {
        mode == .plain ? "press Enter alone" : "press Enter"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
