import LessonModel
import TutorEngine

/// One printable page after a session (`metastasis-tutor summary`): what was covered, what to
/// go over again, the learner's questions, when to call right away, and where to learn more.
/// Lines fit 80 columns; every fact on it comes from the lesson data.
public enum SessionSummary {
    static let width = Sheets.pageWidth

    public static func text(record: ProgressRecord?, library: LessonLibrary, date: String?) -> String {
        let record = record?.checked(against: library).record
        let words = library.words
        var lines = [words.summaryTitle(library.course.title)]
        if let date { lines.append(date) }
        lines += PrintText.wrap(library.course.disclaimer, width: width)

        let finished = Set(record?.finishedLessons ?? [])
        let covered = library.courseOrder.filter(finished.contains).compactMap { library.lessons[$0]?.title }
        lines += ["", words.lessonsCovered(covered.count, of: library.courseOrder.count)]
        lines += PrintText.wrap(words.coveredList(covered), width: width)

        let again = TeachBackEngine.toGoOverAgain(record?.teachBack ?? [:], library).compactMap {
            library.lessons[$0]?.title
        }
        if !again.isEmpty {
            lines += ["", words.toGoOverAgain()]
            for title in again { lines += PrintText.wrap(title, width: width, prefix: "[ ] ") }
        }

        lines += ["", words.questionsForCareTeam()]
        let questions = record?.questions ?? []
        if questions.isEmpty {
            lines += PrintText.wrap(words.noQuestionsWritten(), width: width)
        }
        for (index, question) in questions.enumerated() {
            lines += PrintText.wrap(question.text, width: width, prefix: "\(index + 1). ")
        }

        if let callNow = library.sheets?.callNow {
            lines += ["", callNow.title]
            lines += PrintText.wrap(callNow.intro, width: width)
            for sign in callNow.signs { lines += PrintText.wrap(sign, width: width, prefix: "[!] ") }
            lines += [""] + PrintText.wrap(callNow.emergency, width: width)
            if let moreHelp = callNow.moreHelp { lines += [""] + PrintText.wrap(moreHelp, width: width) }
        }
        return lines.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }
}
