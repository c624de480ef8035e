import LessonModel

/// The words of the printed handout (`metastasis-tutor handout`): the title page, the
/// questions on paper and their answer key, and the headings the lesson text goes under.
public protocol HandoutWording {
    /// The title page's first paragraphs, given the course's title and disclaimer (both lesson
    /// data). In Spanish the disclaimer comes first.
    func handoutTitlePage(title: String, disclaimer: String) -> [String]
    func inThisHandout() -> String
    /// "Picture: " and a diagram's description, on paper.
    func printedPicture(_ description: String) -> String
    func answerKey() -> String
    func sources() -> String
    /// "Question 1: " before a printed question's prompt.
    func printedQuestionNumber(_ number: Int) -> String
    func writeTheOrder() -> String
    func writeTheMatch() -> String
    /// Before each item of an order answer after the first: "then ".
    func answerThen() -> String
}

extension EnglishWords: HandoutWording {
    public func handoutTitlePage(title: String, disclaimer: String) -> [String] { [title, disclaimer] }
    public func inThisHandout() -> String { "In this handout:" }
    public func printedPicture(_ description: String) -> String { "Picture: " + description }
    public func answerKey() -> String { "Answer key" }
    public func sources() -> String { "Sources" }
    public func printedQuestionNumber(_ number: Int) -> String { "Question \(number): " }
    public func writeTheOrder() -> String { "Write the numbers in the right order." }
    public func writeTheMatch() -> String { "Write the number of its match after each one:" }
    public func answerThen() -> String { "then " }
}

extension SpanishWords: HandoutWording {
    /// The program's disclaimer first; the course's too, when it says something else (a
    /// course in another language).
    public func handoutTitlePage(title: String, disclaimer: String) -> [String] {
        [Self.disclaimer, title] + (disclaimer == Self.disclaimer ? [] : [disclaimer])
    }
    static let disclaimer =
        "Solo educación general, no es consejo médico. Hable con su equipo de atención médica sobre su situación."
    public func inThisHandout() -> String { "En esta hoja:" }
    public func printedPicture(_ description: String) -> String { "Imagen: " + description }
    public func answerKey() -> String { "Respuestas" }
    public func sources() -> String { "Fuentes" }
    public func printedQuestionNumber(_ number: Int) -> String { "Pregunta \(number): " }
    public func writeTheOrder() -> String { "Escriba los números en el orden correcto." }
    public func writeTheMatch() -> String { "Escriba después de cada uno el número que va con él:" }
    public func answerThen() -> String { "luego " }
}
