import LessonModel

/// The words of the learner's printed questions (`metastasis-tutor questions`).
public protocol QuestionListWording {
    func questionListTitle() -> String
    func questionListEmpty() -> String
    /// "(written on: Title)" under a question written on a lesson.
    func questionListWrittenOn(_ lessonTitle: String) -> String
}

extension EnglishWords: QuestionListWording {
    public func questionListTitle() -> String { "My questions for my care team" }
    public func questionListEmpty() -> String {
        "You have not written any questions yet. In the tutorial, press w on any screen to write one."
    }
    public func questionListWrittenOn(_ lessonTitle: String) -> String { "(written on: \(lessonTitle))" }
}

extension SpanishWords: QuestionListWording {
    public func questionListTitle() -> String { "Preguntas para mi equipo de atención médica" }
    public func questionListEmpty() -> String {
        "Todavía no ha escrito ninguna pregunta. En el programa, pulse w en cualquier pantalla para escribir una."
    }
    public func questionListWrittenOn(_ lessonTitle: String) -> String { "(escrita en: \(lessonTitle))" }
}
