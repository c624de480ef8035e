import LessonModel

/// How much of the answer log is kept. Keeping every answer forever made a learner's file
/// grow with each save without end (a 200 MB file took half a minute to open). What anything
/// reads from the log is: a question's latest answer on its lesson screen (shown when the
/// learner comes back to it) and the recent quiz answers (the progress report's count). The
/// review boxes keep their own counts. So each question keeps its last lesson-screen answer
/// and its last `quizAnswersKept` quiz answers, and the log stays in proportion to the course.
public enum AnswerLog {
    public static let quizAnswersKept = 50

    /// `answers` (oldest first) with only what is kept, still oldest first.
    public static func bounded(_ answers: [Answer]) -> [Answer] {
        var keep = [Bool](repeating: false, count: answers.count)
        var lessonAnswerSeen: Set<String> = []
        var quizAnswersSeen: [String: Int] = [:]
        for index in answers.indices.reversed() {
            let answer = answers[index]
            if answer.inQuiz == true {
                let count = quizAnswersSeen[answer.questionID, default: 0]
                if count < quizAnswersKept {
                    keep[index] = true
                    quizAnswersSeen[answer.questionID] = count + 1
                }
            } else if lessonAnswerSeen.insert(answer.questionID).inserted {
                keep[index] = true
            }
        }
        if !keep.contains(false) { return answers }
        return answers.indices.filter { keep[$0] }.map { answers[$0] }
    }
}
