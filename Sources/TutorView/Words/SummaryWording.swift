import LessonModel

/// The words of the session summary (`metastasis-tutor summary`).
public protocol SummaryWording {
    func summaryTitle(_ courseTitle: String) -> String
    /// "Last here: " and when, as the progress report writes a time.
    func lastHere(_ when: String) -> String
    func lessonsCovered(_ count: Int, of total: Int) -> String
    /// The titles of the lessons covered, on one paragraph; none yet when empty.
    func coveredList(_ titles: [String]) -> String
    func toGoOverAgain() -> String
    func questionsForCareTeam() -> String
    func noQuestionsWritten() -> String
}

extension EnglishWords: SummaryWording {
    public func summaryTitle(_ courseTitle: String) -> String { "Session summary: " + courseTitle }
    public func lastHere(_ when: String) -> String { "Last here: " + when }
    public func lessonsCovered(_ count: Int, of total: Int) -> String { "Lessons covered (\(count) of \(total))" }
    public func coveredList(_ titles: [String]) -> String {
        titles.isEmpty ? "None yet." : titles.joined(separator: "; ") + "."
    }
    public func toGoOverAgain() -> String { "To go over again" }
    public func questionsForCareTeam() -> String { "My questions for my care team" }
    public func noQuestionsWritten() -> String { "None written yet (press w in the tutorial to write one)." }
}

extension SpanishWords: SummaryWording {
    public func summaryTitle(_ courseTitle: String) -> String { "Resumen de la sesión: " + courseTitle }
    public func lastHere(_ when: String) -> String { "Última visita: " + when }
    public func lessonsCovered(_ count: Int, of total: Int) -> String {
        "Lecciones vistas (\(count) de \(total))"
    }
    public func coveredList(_ titles: [String]) -> String {
        titles.isEmpty ? "Ninguna todavía." : titles.joined(separator: "; ") + "."
    }
    public func toGoOverAgain() -> String { "Para repasar otra vez" }
    public func questionsForCareTeam() -> String { "Preguntas para mi equipo de atención médica" }
    public func noQuestionsWritten() -> String {
        "Todavía no ha escrito ninguna (pulse w en el programa para escribir una)."
    }
}
