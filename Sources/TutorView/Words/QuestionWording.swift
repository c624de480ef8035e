import LessonModel
import TutorEngine

/// The words around a question on the full screen, in a lesson and in a quiz, and the
/// recap when a quiz or a review ends.
public protocol QuestionWording {
    func questionOf(_ number: Int, _ count: Int) -> String
    func yourAnswerMark() -> String
    func rightAnswerIs(_ number: Int, _ choice: String) -> String
    func howToChoose(_ count: Int) -> String
    func yourOrderHeading() -> String
    func yourOrderSoFar() -> String
    /// After an item placed wrong: what belonged there ("  (right: ...)").
    func rightOne(_ item: String) -> String
    func pressForPlace(first: Bool) -> String
    func placed(_ place: Int) -> String
    func backspaceTakesBack() -> String
    func pressForMatch(_ left: String) -> String
    func pressEnter(nextQuestion: Bool) -> String
    func verdict(_ correct: Bool) -> String
    func noQuestionsToAsk() -> String
    func review() -> String
    func howYouDid() -> String
    func from(_ lessonTitle: String) -> String
    func rightFirstTry(_ right: Int, of count: Int) -> String
    func roundHeading(stopped: Bool, review: Bool) -> String
    func noneAnswered() -> String
    func rightFirstTryPercent(_ right: Int, of count: Int, percent: Int) -> String
    func byTopic() -> String
    func topicScore(_ right: Int, of count: Int) -> String
    func reviewNextHeading() -> String
    func nothingToReview() -> String
    func missedComeBackFirst() -> String
    func allRightFirstTime() -> String
    func goOverAgainHeading() -> String
    func pressEnterAfterRound(toLessons: Bool) -> String
    /// "1st", "2nd": where an item was placed in an order question.
    func ordinal(_ number: Int) -> String
}

extension EnglishWords: QuestionWording {
    public func questionOf(_ number: Int, _ count: Int) -> String { "Question \(number) of \(count)" }
    public func yourAnswerMark() -> String { "  (your answer)" }
    public func rightAnswerIs(_ number: Int, _ choice: String) -> String { "The right answer is \(number): \(choice)." }
    public func howToChoose(_ count: Int) -> String {
        "Press 1 to \(count) to answer, or use the Up and Down arrows and Enter."
    }
    public func yourOrderHeading() -> String { "Your order:" }
    public func yourOrderSoFar() -> String { "Your order so far:" }
    public func rightOne(_ item: String) -> String { "  (right: \(item))" }
    public func pressForPlace(first: Bool) -> String {
        "Press the number of the one that \(first ? "comes first" : "comes next"):"
    }
    public func placed(_ place: Int) -> String { "  (placed \(ordinal(place)))" }
    public func backspaceTakesBack() -> String { "Backspace takes back the last one." }
    public func pressForMatch(_ left: String) -> String { "Press the number that goes with \(left):" }
    public func pressEnter(nextQuestion: Bool) -> String {
        nextQuestion ? "Press Enter for the next question." : "Press Enter to go on."
    }
    public func verdict(_ correct: Bool) -> String { correct ? "✓ Correct." : "✗ Not quite." }
    public func noQuestionsToAsk() -> String { "There are no questions to ask." }
    public func review() -> String { "Review" }
    public func howYouDid() -> String { "How you did" }
    public func from(_ lessonTitle: String) -> String { "From: \(lessonTitle)" }
    public func rightFirstTry(_ right: Int, of count: Int) -> String { "Right on the first try: \(right) of \(count)" }
    public func roundHeading(stopped: Bool, review: Bool) -> String {
        switch (stopped, review) {
        case (true, false): "You stopped the round"
        case (false, false): "Round complete"
        case (true, true): "You stopped the review"
        case (false, true): "Review complete"
        }
    }
    public func noneAnswered() -> String { "No questions were answered this time." }
    public func rightFirstTryPercent(_ right: Int, of count: Int, percent: Int) -> String {
        "Right on the first try: \(right) of \(count) (\(percent)%)."
    }
    public func byTopic() -> String { "By topic:" }
    public func topicScore(_ right: Int, of count: Int) -> String { ": \(right) of \(count) right" }
    public func reviewNextHeading() -> String { "What to review next:" }
    public func nothingToReview() -> String {
        "Nothing for now. Well done! Questions you got right come back in a few days."
    }
    public func missedComeBackFirst() -> String { "Questions you missed come back first next time." }
    public func allRightFirstTime() -> String { "You got every one right the first time. Well done!" }
    public func goOverAgainHeading() -> String { "What to go over again:" }
    public func pressEnterAfterRound(toLessons: Bool) -> String {
        toLessons ? "Press Enter to go back to the lessons." : "Press Enter to finish."
    }
    public func ordinal(_ number: Int) -> String {
        let suffix: String
        switch (number % 10, number % 100) {
        case (_, 11...13): suffix = "th"
        case (1, _): suffix = "st"
        case (2, _): suffix = "nd"
        case (3, _): suffix = "rd"
        default: suffix = "th"
        }
        return "\(number)\(suffix)"
    }
}

extension SpanishWords: QuestionWording {
    public func questionOf(_ number: Int, _ count: Int) -> String { "Pregunta \(number) de \(count)" }
    public func yourAnswerMark() -> String { "  (su respuesta)" }
    public func rightAnswerIs(_ number: Int, _ choice: String) -> String {
        "La respuesta correcta es la \(number): \(choice)."
    }
    public func howToChoose(_ count: Int) -> String {
        "Pulse del 1 al \(count) para responder, o use las flechas arriba y abajo y Enter."
    }
    public func yourOrderHeading() -> String { "Su orden:" }
    public func yourOrderSoFar() -> String { "Su orden hasta ahora:" }
    public func rightOne(_ item: String) -> String { "  (correcto: \(item))" }
    public func pressForPlace(first: Bool) -> String {
        "Pulse el número del que \(first ? "va primero" : "sigue"):"
    }
    public func placed(_ place: Int) -> String { "  (puesto en \(ordinal(place)) lugar)" }
    public func backspaceTakesBack() -> String { "Retroceso quita el último." }
    public func pressForMatch(_ left: String) -> String { "Pulse el número que va con \(left):" }
    public func pressEnter(nextQuestion: Bool) -> String {
        nextQuestion ? "Pulse Enter para ver la siguiente pregunta." : "Pulse Enter para seguir."
    }
    public func verdict(_ correct: Bool) -> String { correct ? "✓ Correcto." : "✗ No exactamente." }
    public func noQuestionsToAsk() -> String { "No hay preguntas que hacer." }
    public func review() -> String { "Repaso" }
    public func howYouDid() -> String { "Cómo le fue" }
    public func from(_ lessonTitle: String) -> String { "De: \(lessonTitle)" }
    public func rightFirstTry(_ right: Int, of count: Int) -> String {
        "Correctas al primer intento: \(right) de \(count)"
    }
    public func roundHeading(stopped: Bool, review: Bool) -> String {
        switch (stopped, review) {
        case (true, false): "Usted paró la ronda"
        case (false, false): "Ronda terminada"
        case (true, true): "Usted paró el repaso"
        case (false, true): "Repaso terminado"
        }
    }
    public func noneAnswered() -> String { "Esta vez no respondió ninguna pregunta." }
    public func rightFirstTryPercent(_ right: Int, of count: Int, percent: Int) -> String {
        "Correctas al primer intento: \(right) de \(count) (\(percent)%)."
    }
    public func byTopic() -> String { "Por tema:" }
    public func topicScore(_ right: Int, of count: Int) -> String { ": \(right) de \(count) correctas" }
    public func reviewNextHeading() -> String { "Qué repasar después:" }
    public func nothingToReview() -> String {
        "Nada por ahora. ¡Muy bien! Las preguntas que respondió bien vuelven en unos días."
    }
    public func missedComeBackFirst() -> String { "Las preguntas que falló vuelven primero la próxima vez." }
    public func allRightFirstTime() -> String { "Respondió bien todas al primer intento. ¡Muy bien!" }
    public func goOverAgainHeading() -> String { "Qué repasar otra vez:" }
    public func pressEnterAfterRound(toLessons: Bool) -> String {
        toLessons ? "Pulse Enter para volver a las lecciones." : "Pulse Enter para terminar."
    }
    /// "1.º", "2.º": the Spanish ordinal as numbers are written.
    public func ordinal(_ number: Int) -> String { "\(number).º" }
}
