import LessonModel
import TutorEngine

/// How the tutorial is being shown: keys are named differently in plain mode, where a line
/// is typed and Enter sends it.
public enum DisplayMode: Equatable, Sendable {
    case fullScreen
    case plain
}

/// The words for each notice the engine can give, for the mode the learner is in, and the
/// phrases that ask for a key ("press m", "type m") that other sentences are built from.
public protocol NoticeWording: KeyWording {
    func notice(_ notice: Notice, mode: DisplayMode) -> String
    /// "press m" on screen, "type m" in plain mode: the key or word from the key-binding table.
    func ask(_ command: Command, _ mode: DisplayMode) -> String
    /// Going on is Enter in both modes (in plain mode, Enter alone).
    func goOn(_ mode: DisplayMode) -> String
}

extension EnglishWords: NoticeWording {
    public func notice(_ notice: Notice, mode: DisplayMode) -> String {
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

    public func ask(_ command: Command, _ mode: DisplayMode) -> String {
        (mode == .plain ? "type " : "press ") + key(command, mode)
    }

    public func goOn(_ mode: DisplayMode) -> String {
        mode == .plain ? "press Enter alone" : "press Enter"
    }
}

extension SpanishWords: NoticeWording {
    public func notice(_ notice: Notice, mode: DisplayMode) -> String {
        let menu = ask(.menu, mode)
        let quit = ask(.quit, mode)
        switch notice {
        case .firstScreen:
            return "Esta es la primera pantalla."
        case .lastScreen:
            return "Esta es la última pantalla. \(menu.capitalizedFirst) para ver las lecciones, o \(quit) para salir."
        case .noSuchLesson(let id):
            return "No hay ninguna lección llamada \(id)."
        case .alreadyAnswered:
            return "Ya respondió esta pregunta. \(goOn(mode).capitalizedFirst) para seguir."
        case .howToAnswer(let choices):
            switch mode {
            case .fullScreen:
                return "Pulse un número del 1 al \(choices) para responder, o la flecha derecha para saltarla."
            case .plain:
                return "Escriba un número del 1 al \(choices) y pulse Enter para responder, o pulse solo Enter para saltarla."
            }
        case .alreadyPlaced(let number):
            return "El número \(number) ya está en su orden. \(ask(.takeBack, mode).capitalizedFirst) para quitar el último."
        case .nextQuestion:
            return "\(goOn(mode).capitalizedFirst) para ver la siguiente pregunta."
        case .quizGoesForwardOnly:
            return "Un repaso solo va hacia adelante. \(ask(.stopQuiz, mode).capitalizedFirst) para parar y ver cómo le fue."
        case .noQuestionsThere:
            return "Ahí no hay preguntas."
        case .progressFileInUse:
            return "Este archivo de progreso está abierto en otra copia del programa, así que esta no guardará nada."
        case .progressUnusable(let reason, let keptAs?):
            return "No se pudo usar su progreso guardado (\(storageReason(reason))), así que empieza de nuevo. "
                + "El archivo anterior se guardó como \(keptAs)."
        case .progressUnusable(let reason, nil):
            return "No se pudo usar su progreso guardado (\(storageReason(reason))). "
                + "Se deja como está, y esta vez no se guardará nada."
        case .progressRepaired(let count):
            return "Una parte de su progreso guardado no correspondía a este curso (\(count) "
                + (count == 1 ? "dato" : "datos") + "), así que se dejó fuera. Lo demás se conserva."
        case .progressFolderNotWritable(let folder):
            return "No se puede guardar su progreso: no se puede escribir en la carpeta \(folder). Puede seguir."
        case .progressNotSaved(let reason):
            return "No se puede guardar su progreso (\(storageReason(reason))). Puede seguir; no se guardará nada más."
        case .questionKept:
            return "Su pregunta quedó guardada. \(menu.capitalizedFirst) y abra Mis preguntas para verlas todas."
        case .plainCharacters:
            return "Esta terminal no usa UTF-8, así que se muestran letras y signos sencillos."
        case .noSpeechEngine:
            return "Para leer en voz alta hace falta el programa espeak-ng, que no está instalado aquí."
        case .tooManyQuestions(let limit):
            return "Tiene \(limit) preguntas, todas las que caben en la lista. Cambie o borre una en Mis preguntas."
        }
    }

    public func ask(_ command: Command, _ mode: DisplayMode) -> String {
        (mode == .plain ? "escriba " : "pulse ") + key(command, mode)
    }

    public func goOn(_ mode: DisplayMode) -> String {
        mode == .plain ? "pulse solo Enter" : "pulse Enter"
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
