import LessonModel
import TutorEngine

extension ProgressReport {
    /// The report as lines for the screen or the terminal.
    public func lines(width: Int, words: any Words) -> [Line] {
        var lines = TextLayout.wrap(words.yourProgress(), width: width, style: .heading)
        lines.append([])
        lines += TextLayout.wrap(
            lastVisit.map { words.lastHereSentence(words.describe($0.civil(utcOffset: utcOffset))) }
                ?? words.firstVisit(),
            width: width)
        lines.append([])
        lines += Self.bar(
            label: words.lessonsDoneOf(words.wholeCourseLabel(), lessonsDone, lessonCount), done: lessonsDone,
            total: lessonCount, width: width, bold: true)
        for part in parts {
            lines += Self.bar(
                label: words.lessonsDoneOf(words.partHeading(part.number, part.title), part.done, part.lessons),
                done: part.done, total: part.lessons, width: width)
        }
        var lastPart: Int?
        for lesson in lessons {
            if lesson.part != lastPart, let number = lesson.part, let part = parts.first(where: { $0.number == number })
            {
                lines.append([])
                lines += TextLayout.wrap(words.partHeading(number, part.title), width: width, style: .bold)
                lastPart = number
            }
            var spans = [Span(lesson.title)]
            if lesson.questions > 0 {
                spans.append(
                    Span(
                        lesson.answered == 0
                            ? words.questionsNotTried() : words.quizScore(lesson.right, of: lesson.questions), .dim))
            }
            lines += TextLayout.wrap(
                spans, width: width,
                prefix: [Span(lesson.done ? words.doneMark() : words.toDoMark(), lesson.done ? .correct : .dim)])
        }
        if !goOverAgain.isEmpty {
            lines.append([])
            lines += TextLayout.wrap(words.goOverAgainFromTeachBack(), width: width, style: .bold)
            for id in goOverAgain {
                lines += TextLayout.wrap(self.lessons.first { $0.id == id }?.title ?? id, width: width, prefix: [Span("- ")])
            }
        }
        lines.append([])
        lines += TextLayout.wrap(words.testYourself(), width: width, style: .bold)
        if quiz.reviewed == 0 {
            lines += TextLayout.wrap(words.notTestedYet(), width: width)
        } else {
            let percent = quiz.answers == 0 ? 0 : quiz.right * 100 / quiz.answers
            lines += TextLayout.wrap(
                words.quizTotals(
                    reviewed: quiz.reviewed, right: quiz.right, answers: quiz.answers, percent: percent, due: quiz.dueNow),
                width: width)
            lines += TextLayout.wrap(words.reviewBoxes(quiz.boxes), width: width)
        }
        return lines
    }

    /// Plain text for the `progress` command.
    public func text(words: any Words) -> String {
        lines(width: 78, words: words).map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }

    /// `label` says what is counted and how many ("Whole course: 3 of 28 lessons").
    static func bar(label: String, done: Int, total: Int, width: Int, bold: Bool = false) -> [Line] {
        let percent = total == 0 ? 0 : done * 100 / total
        let barWidth = 20
        let filled = total == 0 ? 0 : barWidth * done / total
        let bar = [
            Span(String(repeating: "█", count: filled), .progressDone),
            Span(String(repeating: "░", count: barWidth - filled), .progressLeft),
        ]
        return TextLayout.wrap(
            bar + [
                Span(" \(percent)%  ", .plain), Span(label, bold ? .bold : .plain),
            ],
            width: width)
    }
}
