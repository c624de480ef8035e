import LessonModel
import TutorEngine

/// The words of plain mode (`--plain`): where the learner is, what to type, the menu, the
/// learner's questions, help, and the feedback after an answer (which reading aloud says
/// too). Keys are the typed words of the key-binding table and keep their names in every
/// language (`PlainView.word`).
public protocol PlainModeWording {
    /// After the question prompt while one is written: what it says now, when changing one.
    func plainEditorNow(_ text: String) -> String
    func plainEditorHow() -> String
    /// "Lesson 2 of 9: Title."
    func plainLessonPlace(_ number: Int, of count: Int, title: String) -> String
    /// " Screen 1 of 3." after the lesson's place.
    func plainScreenPlace(_ number: Int, of count: Int) -> String
    /// Under a text screen: the typed words to go back, to the menu and to quit.
    func plainTextScreenHow(goBack: String, menu: String, quit: String) -> String
    func plainGoOn() -> String
    /// "Picture: " and a diagram's description (plain mode, the handout, reading aloud).
    func picture(_ description: String) -> String
    /// "Note: " and a text screen's notice.
    func plainNote(_ notice: String) -> String
    /// "Question 1 of 3."
    func plainQuestionPlace(_ number: Int, of count: Int) -> String
    func plainHowToChoose() -> String
    /// An order question's picks so far, in order.
    func plainOrderSoFar(_ items: [String]) -> String
    /// " (placed 1st)" after an item already put in order.
    func plainPlaced(_ position: Int) -> String
    /// How to pick the first or the next item; with `takeBack`, how to take the last one back.
    func plainHowToOrder(first: Bool, takeBack: String?) -> String
    func plainHowToMatch(_ left: String) -> String
    func correct(_ right: Bool) -> String
    func theRightAnswer(_ choice: String) -> String
    func yourOrder(_ items: [String]) -> String
    func theRightOrder(_ items: [String]) -> String
    /// What a match question's line says was picked when nothing was.
    func nothingPicked() -> String
    /// After "left: picked": right, or what the right match is.
    func matchVerdict(right: Bool, match: String) -> String
    /// A quiz's title when it is not a lesson's review.
    func testYourself() -> String
    /// "Test yourself. Question 2 of 5."
    func plainQuizPlace(_ title: String, _ number: Int, of count: Int) -> String
    func missedBefore() -> String
    func plainQuizNext(stop: String) -> String
    /// The menu's first line, with the path's title.
    func plainMenuHeading(_ pathTitle: String) -> String
    func yourProgress() -> String
    func myQuestionsEntry(_ count: Int) -> String
    func lessonDone() -> String
    func youAreHere() -> String
    func plainMyQuestionsHeading() -> String
    func noQuestionsYet() -> String
    /// " (written on: Title)" after a learner's question.
    func writtenOn(_ lessonTitle: String) -> String
    /// How to write, change and delete a question, given the typed words.
    func plainMyQuestionsHow(write: String, delete: String?) -> String
    /// Plain mode's help, given the typed word of each command.
    func plainHelp(_ word: (Command) -> String) -> [String]
    func plainUnknownLine(quit: String, help: String) -> String
    func plainGoBack() -> String
}

extension EnglishWords: PlainModeWording {
    public func plainEditorNow(_ text: String) -> String { " It is now: \(text)" }
    public func plainEditorHow() -> String { "Type it and press Enter. Press Enter alone to keep nothing." }
    public func plainLessonPlace(_ number: Int, of count: Int, title: String) -> String {
        "Lesson \(number) of \(count): \(title)."
    }
    public func plainScreenPlace(_ number: Int, of count: Int) -> String { " Screen \(number) of \(count)." }
    public func plainTextScreenHow(goBack: String, menu: String, quit: String) -> String {
        "Press Enter to go on. Type \(goBack) to go back, \(menu) for the lessons, \(quit) to quit."
    }
    public func plainGoOn() -> String { "Press Enter to go on." }
    public func picture(_ description: String) -> String { "Picture: " + description }
    public func plainNote(_ notice: String) -> String { "Note: " + notice }
    public func plainQuestionPlace(_ number: Int, of count: Int) -> String { "Question \(number) of \(count)." }
    public func plainHowToChoose() -> String {
        "Type the number of your answer and press Enter. Press Enter alone to skip."
    }
    public func plainOrderSoFar(_ items: [String]) -> String {
        "Your order so far: " + items.joined(separator: ", then ") + "."
    }
    public func plainPlaced(_ position: Int) -> String { " (placed \(ordinal(position)))" }
    public func plainHowToOrder(first: Bool, takeBack: String?) -> String {
        "Type the number of the one that comes \(first ? "first" : "next"), and press Enter."
            + (takeBack.map { " Type \($0) to take back the last one." } ?? "")
    }
    public func plainHowToMatch(_ left: String) -> String {
        "Type the number that goes with \(left), and press Enter."
    }
    public func correct(_ right: Bool) -> String { right ? "Correct." : "Not quite." }
    public func theRightAnswer(_ choice: String) -> String { "The right answer is: \(choice)." }
    public func yourOrder(_ items: [String]) -> String { "Your order: " + items.joined(separator: ", then ") + "." }
    public func theRightOrder(_ items: [String]) -> String {
        "The right order: " + items.joined(separator: ", then ") + "."
    }
    public func nothingPicked() -> String { "nothing" }
    public func matchVerdict(right: Bool, match: String) -> String {
        right ? ". Right." : ". The right match is \(match)."
    }
    public func testYourself() -> String { "Test yourself" }
    public func plainQuizPlace(_ title: String, _ number: Int, of count: Int) -> String {
        "\(title). Question \(number) of \(count)."
    }
    public func missedBefore() -> String { "You missed this one before. Try again." }
    public func plainQuizNext(stop: String) -> String {
        "Press Enter for the next question. Type \(stop) to stop."
    }
    public func plainMenuHeading(_ pathTitle: String) -> String {
        "Lessons: \(pathTitle). Type a number and press Enter, or press Enter alone to go back."
    }
    public func yourProgress() -> String { "Your progress" }
    public func myQuestionsEntry(_ count: Int) -> String { "My questions (\(count))" }
    public func lessonDone() -> String { " (done)" }
    public func youAreHere() -> String { " (you are here)" }
    public func plainMyQuestionsHeading() -> String { "My questions, to ask your care team." }
    public func noQuestionsYet() -> String { "You have not written any questions yet." }
    public func writtenOn(_ lessonTitle: String) -> String { " (written on: \(lessonTitle))" }
    public func plainMyQuestionsHow(write: String, delete: String?) -> String {
        "Type \(write) to write a new one"
            + (delete.map { ", a number to change one, \($0) and a number to delete one" } ?? "")
            + ". Press Enter alone to go back."
    }
    public func plainHelp(_ word: (Command) -> String) -> [String] {
        [
            "Help. Press Enter alone to go on. Type a number to answer a question.",
            "Type \(word(.goBack)) to go back, \(word(.menu)) for the list of lessons, \(word(.glossary)) for the word list, "
                + "\(word(.progress)) for your progress,",
            "\(word(.stopQuiz)) to stop a quiz, \(word(.writeQuestion)) to write down a question for your care team,",
            "and \(word(.quit)) to quit. Your place is saved as you go.",
        ]
    }
    public func plainUnknownLine(quit: String, help: String) -> String {
        "Type a number to answer, press Enter to go on, or type \(quit) to quit. Type \(help) for help."
    }
    public func plainGoBack() -> String { "Press Enter alone to go back." }
}

extension SpanishWords: PlainModeWording {
    public func plainEditorNow(_ text: String) -> String { " Ahora dice: \(text)" }
    public func plainEditorHow() -> String {
        "Escríbala y pulse Enter. Pulse solo Enter para no guardar nada."
    }
    public func plainLessonPlace(_ number: Int, of count: Int, title: String) -> String {
        "Lección \(number) de \(count): \(title)."
    }
    public func plainScreenPlace(_ number: Int, of count: Int) -> String { " Pantalla \(number) de \(count)." }
    public func plainTextScreenHow(goBack: String, menu: String, quit: String) -> String {
        "Pulse Enter para seguir. Escriba \(goBack) para volver, \(menu) para ver las lecciones, \(quit) para salir."
    }
    public func plainGoOn() -> String { "Pulse Enter para seguir." }
    public func picture(_ description: String) -> String { "Imagen: " + description }
    public func plainNote(_ notice: String) -> String { "Nota: " + notice }
    public func plainQuestionPlace(_ number: Int, of count: Int) -> String { "Pregunta \(number) de \(count)." }
    public func plainHowToChoose() -> String {
        "Escriba el número de su respuesta y pulse Enter. Pulse solo Enter para saltarla."
    }
    public func plainOrderSoFar(_ items: [String]) -> String {
        "Su orden hasta ahora: " + items.joined(separator: ", luego ") + "."
    }
    public func plainPlaced(_ position: Int) -> String { " (puesto en el lugar \(position))" }
    public func plainHowToOrder(first: Bool, takeBack: String?) -> String {
        "Escriba el número del que va \(first ? "primero" : "después") y pulse Enter."
            + (takeBack.map { " Escriba \($0) para quitar la última elección." } ?? "")
    }
    public func plainHowToMatch(_ left: String) -> String {
        "Escriba el número que va con \(left) y pulse Enter."
    }
    public func correct(_ right: Bool) -> String { right ? "Correcto." : "No exactamente." }
    public func theRightAnswer(_ choice: String) -> String { "La respuesta correcta es: \(choice)." }
    public func yourOrder(_ items: [String]) -> String { "Su orden: " + items.joined(separator: ", luego ") + "." }
    public func theRightOrder(_ items: [String]) -> String {
        "El orden correcto: " + items.joined(separator: ", luego ") + "."
    }
    public func nothingPicked() -> String { "nada" }
    public func matchVerdict(right: Bool, match: String) -> String {
        right ? ". Bien." : ". La pareja correcta es \(match)."
    }
    public func testYourself() -> String { "Póngase a prueba" }
    public func plainQuizPlace(_ title: String, _ number: Int, of count: Int) -> String {
        "\(title). Pregunta \(number) de \(count)."
    }
    public func missedBefore() -> String { "Esta no le salió antes. Inténtelo otra vez." }
    public func plainQuizNext(stop: String) -> String {
        "Pulse Enter para ver la siguiente pregunta. Escriba \(stop) para parar."
    }
    public func plainMenuHeading(_ pathTitle: String) -> String {
        "Lecciones: \(pathTitle). Escriba un número y pulse Enter, o pulse solo Enter para volver."
    }
    public func yourProgress() -> String { "Su progreso" }
    public func myQuestionsEntry(_ count: Int) -> String { "Mis preguntas (\(count))" }
    public func lessonDone() -> String { " (hecha)" }
    public func youAreHere() -> String { " (usted está aquí)" }
    public func plainMyQuestionsHeading() -> String { "Mis preguntas, para su equipo de atención médica." }
    public func noQuestionsYet() -> String { "Todavía no ha escrito ninguna pregunta." }
    public func writtenOn(_ lessonTitle: String) -> String { " (escrita en: \(lessonTitle))" }
    public func plainMyQuestionsHow(write: String, delete: String?) -> String {
        "Escriba \(write) para escribir una nueva"
            + (delete.map { ", un número para cambiar una, \($0) y un número para borrar una" } ?? "")
            + ". Pulse solo Enter para volver."
    }
    public func plainHelp(_ word: (Command) -> String) -> [String] {
        [
            "Ayuda. Pulse solo Enter para seguir. Escriba un número para responder una pregunta.",
            "Escriba \(word(.goBack)) para volver, \(word(.menu)) para la lista de lecciones, "
                + "\(word(.glossary)) para el glosario, \(word(.progress)) para su progreso,",
            "\(word(.stopQuiz)) para parar un repaso, \(word(.writeQuestion)) para escribir una pregunta "
                + "para su equipo de atención médica,",
            "y \(word(.quit)) para salir. Su lugar se guarda a medida que avanza.",
        ]
    }
    public func plainUnknownLine(quit: String, help: String) -> String {
        "Escriba un número para responder, pulse Enter para seguir, o escriba \(quit) para salir. "
            + "Escriba \(help) para ver la ayuda."
    }
    public func plainGoBack() -> String { "Pulse solo Enter para volver." }
}
