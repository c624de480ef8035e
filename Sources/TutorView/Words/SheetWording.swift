import LessonModel

/// The words of the one-page sheets (`handout --sheet`) that are not the sheets' own data.
public protocol SheetWording {
    /// The heading over the learner's own questions on the question sheet.
    func ownQuestionsHeading() -> String
    /// "Source: " and where the call-now sheet's signs come from.
    func sheetSource(_ source: String) -> String
}

extension EnglishWords: SheetWording {
    public func ownQuestionsHeading() -> String { "My own questions" }
    public func sheetSource(_ source: String) -> String { "Source: " + source }
}

extension SpanishWords: SheetWording {
    public func ownQuestionsHeading() -> String { "Mis propias preguntas" }
    public func sheetSource(_ source: String) -> String { "Fuente: " + source }
}
