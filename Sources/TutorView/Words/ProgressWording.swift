import LessonModel
import TutorEngine

/// The words of the progress report (the menu's "Your progress" and `metastasis-tutor progress`).
public protocol ProgressWording {
    func lastHereSentence(_ when: String) -> String
    func firstVisit() -> String
    func wholeCourseLabel() -> String
    func lessonsDoneOf(_ label: String, _ done: Int, _ total: Int) -> String
    func questionsNotTried() -> String
    func quizScore(_ right: Int, of count: Int) -> String
    func doneMark() -> String
    func toDoMark() -> String
    func goOverAgainFromTeachBack() -> String
    func notTestedYet() -> String
    func quizTotals(reviewed: Int, right: Int, answers: Int, percent: Int, due: Int) -> String
    func reviewBoxes(_ counts: [Int]) -> String
    /// A time as "Tuesday 3 December 2026 at 09:05".
    func describe(_ time: CivilTime) -> String
}

extension EnglishWords: ProgressWording {
    public func lastHereSentence(_ when: String) -> String { "Last here: \(when)." }
    public func firstVisit() -> String { "This is your first visit." }
    public func wholeCourseLabel() -> String { "Whole course" }
    public func lessonsDoneOf(_ label: String, _ done: Int, _ total: Int) -> String {
        "\(label): \(done) of \(total) lessons"
    }
    public func questionsNotTried() -> String { "  (questions not tried)" }
    public func quizScore(_ right: Int, of count: Int) -> String { "  (quiz: \(right) of \(count) right)" }
    public func doneMark() -> String { "✓ done  " }
    public func toDoMark() -> String { "  to do  " }
    public func goOverAgainFromTeachBack() -> String { "To go over again (from teach-back)" }
    public func notTestedYet() -> String { "You have not tested yourself yet. Choose Test yourself in the menu." }
    public func quizTotals(reviewed: Int, right: Int, answers: Int, percent: Int, due: Int) -> String {
        "Questions practised: \(reviewed). Answers right: \(right) of \(answers) (\(percent)%). Due for review now: \(due)."
    }
    public func reviewBoxes(_ counts: [Int]) -> String {
        let boxes = counts.enumerated().map { "box \($0.offset + 1): \($0.element)" }.joined(separator: ", ")
        return "Review boxes (box 1 comes back soonest): \(boxes)."
    }
    public func describe(_ time: CivilTime) -> String {
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        return "\(weekdays[time.weekday]) \(time.day) \(months[time.month - 1]) \(time.year) at \(clock(time))"
    }
}

extension SpanishWords: ProgressWording {
    public func lastHereSentence(_ when: String) -> String { "Última visita: \(when)." }
    public func firstVisit() -> String { "Esta es su primera visita." }
    public func wholeCourseLabel() -> String { "Curso completo" }
    public func lessonsDoneOf(_ label: String, _ done: Int, _ total: Int) -> String {
        "\(label): \(done) de \(total) lecciones"
    }
    public func questionsNotTried() -> String { "  (preguntas sin intentar)" }
    public func quizScore(_ right: Int, of count: Int) -> String { "  (preguntas: \(right) de \(count) correctas)" }
    public func doneMark() -> String { "✓ hecha  " }
    public func toDoMark() -> String { "  por hacer  " }
    public func goOverAgainFromTeachBack() -> String { "Para repasar otra vez (de «Con sus propias palabras»)" }
    public func notTestedYet() -> String {
        "Todavía no se ha puesto a prueba. Elija Póngase a prueba en el menú."
    }
    public func quizTotals(reviewed: Int, right: Int, answers: Int, percent: Int, due: Int) -> String {
        "Preguntas practicadas: \(reviewed). Respuestas correctas: \(right) de \(answers) (\(percent)%). Para repasar ahora: \(due)."
    }
    public func reviewBoxes(_ counts: [Int]) -> String {
        let boxes = counts.enumerated().map { "caja \($0.offset + 1): \($0.element)" }.joined(separator: ", ")
        return "Cajas de repaso (la caja 1 vuelve antes): \(boxes)."
    }
    public func describe(_ time: CivilTime) -> String {
        let weekdays = ["domingo", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado"]
        let months = [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre",
        ]
        return "\(weekdays[time.weekday]) \(time.day) de \(months[time.month - 1]) de \(time.year) a las \(clock(time))"
    }
}

/// "09:05".
private func clock(_ time: CivilTime) -> String {
    let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
    let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
    return "\(hour):\(minute)"
}
