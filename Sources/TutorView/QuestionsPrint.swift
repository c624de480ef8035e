import LessonModel
import TutorEngine

/// The learner's questions as plain text for `metastasis-tutor questions`, 80 columns.
public enum QuestionsPrint {
    public static func text(_ questions: [LearnerQuestion], library: LessonLibrary) -> String {
        let words = library.words
        var lines = [words.questionListTitle(), ""]
        if questions.isEmpty {
            lines += PrintText.wrap(words.questionListEmpty(), width: Sheets.pageWidth)
        }
        for (index, question) in questions.enumerated() {
            lines += PrintText.wrap(question.text, width: Sheets.pageWidth, prefix: "\(index + 1). ")
            if let title = question.lessonID.flatMap({ library.lessons[$0]?.title }) {
                lines += PrintText.wrap(words.questionListWrittenOn(title), width: Sheets.pageWidth, prefix: "   ")
            }
        }
        lines += [""] + PrintText.wrap(library.course.disclaimer, width: Sheets.pageWidth)
        return lines.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }
}
