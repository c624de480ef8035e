import LessonModel

extension LessonLibrary {
    /// Every question of the course with its lesson, in course order.
    public var questions: [QuizRound.Item] {
        courseOrder.flatMap { id in
            (lessons[id]?.questions ?? []).map { QuizRound.Item(questionID: $0.id, lessonID: id) }
        }
    }

    public func question(_ item: QuizRound.Item) -> Question? {
        lessons[item.lessonID]?.questions.first { $0.id == item.questionID }
    }
}
