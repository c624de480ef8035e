import LessonModel
import TutorEngine

/// The words of what opens over a lesson: the menu, the help, the word list, the learner's
/// own questions and a guided session's teach-back.
public protocol MenuWording {
    func lessonsHeading(_ pathTitle: String) -> String
    func menuHow() -> String
    func fromWholeCourse() -> String
    func forCareTeam() -> String
    func partHeading(_ number: Int, _ title: String) -> String
    func pathReason(_ reason: PathReason) -> String
    func keysHeading() -> String
    /// What the language key does, said in the language it switches to.
    func switchToThisLanguage() -> String
    func helpClosing(kiosk: Bool) -> String
    func glossaryHeading() -> String
    func noGlossary() -> String
    func onThisScreen() -> String
    func allWords(others: Bool) -> String
    func myQuestionsHeading() -> String
    func myQuestionsHow() -> String
    func noQuestionsWriteOne() -> String
    func questionPrompt() -> String
    func teachBackHeading(_ lessonTitle: String) -> String
    func forTheEducator() -> String
    func markHowItWent() -> String
    func explainedBack() -> String
    func goOverItAgain() -> String
    func notNow(_ key: String) -> String
    func notNowPlainKey() -> String
    func lessonsToGoOverAgain() -> String
}

extension EnglishWords: MenuWording {
    public func lessonsHeading(_ pathTitle: String) -> String { "Lessons: \(pathTitle)" }
    public func menuHow() -> String { "✓ means done. ▶ is where you are. Press Enter to open." }
    public func fromWholeCourse() -> String { "  (questions from the whole course)" }
    public func forCareTeam() -> String { "  (for your care team)" }
    public func partHeading(_ number: Int, _ title: String) -> String { "Part \(number): \(title)" }
    public func pathReason(_ reason: PathReason) -> String {
        switch reason {
        case .everyone: "for everyone"
        case .spreadHere: "where your cancer has spread"
        case .oftenSpreadsHere(let cancer): "where \(cancer) often spreads"
        case .added: "added for you"
        }
    }
    public func keysHeading() -> String { "Keys" }
    public func switchToThisLanguage() -> String { "in English (the program and the lessons)" }
    public func helpClosing(kiosk: Bool) -> String {
        kiosk
            ? "Nothing about you is kept. When you leave, your answers and questions are cleared."
            : "Your place and your answers are saved as you go. Next time, you start where you left off."
    }
    public func glossaryHeading() -> String { "Words and what they mean" }
    public func noGlossary() -> String { "This course has no word list." }
    public func onThisScreen() -> String { "On this screen:" }
    public func allWords(others: Bool) -> String { others ? "All other words:" : "All words:" }
    public func myQuestionsHeading() -> String { "My questions" }
    public func myQuestionsHow() -> String { "Questions to ask your care team. Press w on any screen to write one down." }
    public func noQuestionsWriteOne() -> String { "You have not written any questions yet. Press w to write one now." }
    public func questionPrompt() -> String { "A question for your care team:" }
    public func teachBackHeading(_ lessonTitle: String) -> String { "Teach-back: \(lessonTitle)" }
    public func forTheEducator() -> String { "For the educator: ask the learner" }
    public func markHowItWent() -> String { "Then mark how it went:" }
    public func explainedBack() -> String { "  They explained it back." }
    public func goOverItAgain() -> String { "  Go over it again (listed at the end and in progress)." }
    public func notNow(_ key: String) -> String { "\(key): not now (stay on this lesson)." }
    public func notNowPlainKey() -> String { "Press Enter alone" }
    public func lessonsToGoOverAgain() -> String { "Lessons to go over again" }
}

extension SpanishWords: MenuWording {
    public func lessonsHeading(_ pathTitle: String) -> String { "Lecciones: \(pathTitle)" }
    public func menuHow() -> String { "✓ quiere decir hecha. ▶ es donde está. Pulse Enter para abrir." }
    public func fromWholeCourse() -> String { "  (preguntas de todo el curso)" }
    public func forCareTeam() -> String { "  (para su equipo de atención médica)" }
    public func partHeading(_ number: Int, _ title: String) -> String { "Parte \(number): \(title)" }
    public func pathReason(_ reason: PathReason) -> String {
        switch reason {
        case .everyone: "para todos"
        case .spreadHere: "donde se ha diseminado su cáncer"
        case .oftenSpreadsHere(let cancer): "donde el \(cancer) se disemina a menudo"
        case .added: "agregada para usted"
        }
    }
    public func keysHeading() -> String { "Teclas" }
    public func switchToThisLanguage() -> String { "en español (el programa y las lecciones)" }
    public func helpClosing(kiosk: Bool) -> String {
        kiosk
            ? "No se guarda nada sobre usted. Cuando se vaya, sus respuestas y preguntas se borran."
            : "Su lugar y sus respuestas se guardan sobre la marcha. La próxima vez, empieza donde se quedó."
    }
    public func glossaryHeading() -> String { "Palabras y lo que significan" }
    public func noGlossary() -> String { "Este curso no tiene lista de palabras." }
    public func onThisScreen() -> String { "En esta pantalla:" }
    public func allWords(others: Bool) -> String { others ? "Todas las demás palabras:" : "Todas las palabras:" }
    public func myQuestionsHeading() -> String { "Mis preguntas" }
    public func myQuestionsHow() -> String {
        "Preguntas para su equipo de atención médica. Pulse w en cualquier pantalla para escribir una."
    }
    public func noQuestionsWriteOne() -> String {
        "Todavía no ha escrito ninguna pregunta. Pulse w para escribir una ahora."
    }
    public func questionPrompt() -> String { "Una pregunta para su equipo de atención médica:" }
    public func teachBackHeading(_ lessonTitle: String) -> String { "Con sus propias palabras: \(lessonTitle)" }
    public func forTheEducator() -> String { "Para el educador: pregunte a la persona" }
    public func markHowItWent() -> String { "Luego marque cómo le fue:" }
    public func explainedBack() -> String { "  Lo explicó con sus palabras." }
    public func goOverItAgain() -> String { "  Repasarlo otra vez (se anota al final y en el progreso)." }
    public func notNow(_ key: String) -> String { "\(key): ahora no (quedarse en esta lección)." }
    public func notNowPlainKey() -> String { "Pulse solo Enter" }
    public func lessonsToGoOverAgain() -> String { "Lecciones para repasar otra vez" }
}
