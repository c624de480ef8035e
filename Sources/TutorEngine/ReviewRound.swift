import LessonModel

/// A review lesson asks its questions as a round, so that a missed question comes back after
/// a few others until it is answered right, and the review ends with a recap.
enum ReviewRound {
    /// The round that starts on arriving at the first question of a review lesson.
    static func starting(at position: Position, _ tutorial: Tutorial) -> QuizRound? {
        guard tutorial.units.indices.contains(position.unit) else { return nil }
        let unit = tutorial.units[position.unit]
        guard unit.kind == .lesson, tutorial.library.lessons[unit.id]?.kind == .review,
            unit.screens.firstIndex(where: { $0.question != nil }) == position.screen
        else { return nil }
        let items = unit.questionIDs.map { QuizRound.Item(questionID: $0, lessonID: unit.id) }
        // No salt: the choices stand as they do on the lesson's own screens.
        return QuizRound(origin: .review(unit: position.unit), items: items, shuffleSalt: "")
    }

    static func lastQuestionScreen(of unit: Unit) -> Int {
        unit.screens.lastIndex { $0.question != nil } ?? max(0, unit.screens.count - 1)
    }
}
