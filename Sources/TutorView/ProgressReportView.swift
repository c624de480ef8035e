import LessonModel
import TutorEngine

extension ProgressReport {
    /// The report as lines for the screen or the terminal.
    public func lines(width: Int) -> [Line] {
        var lines = TextLayout.wrap("Your progress", width: width, style: .heading)
        lines.append([])
        lines += TextLayout.wrap(
            lastVisit.map { "Last here: \(Self.describe($0.civil(utcOffset: utcOffset)))." }
                ?? "This is your first visit.",
            width: width)
        lines.append([])
        lines += Self.bar(label: "Whole course", done: lessonsDone, total: lessonCount, width: width, bold: true)
        for part in parts {
            lines += Self.bar(
                label: "Part \(part.number): \(part.title)", done: part.done, total: part.lessons, width: width)
        }
        var lastPart: Int?
        for lesson in lessons {
            if lesson.part != lastPart, let number = lesson.part, let part = parts.first(where: { $0.number == number })
            {
                lines.append([])
                lines += TextLayout.wrap("Part \(number): \(part.title)", width: width, style: .bold)
                lastPart = number
            }
            var spans = [Span(lesson.title)]
            if lesson.questions > 0 {
                spans.append(
                    Span(
                        lesson.answered == 0
                            ? "  (questions not tried)"
                            : "  (quiz: \(lesson.right) of \(lesson.questions) right)", .dim))
            }
            lines += TextLayout.wrap(
                spans, width: width,
                prefix: [Span(lesson.done ? "✓ done  " : "  to do  ", lesson.done ? .correct : .dim)])
        }
        if !goOverAgain.isEmpty {
            lines.append([])
            lines += TextLayout.wrap("To go over again (from teach-back)", width: width, style: .bold)
            for id in goOverAgain {
                lines += TextLayout.wrap(self.lessons.first { $0.id == id }?.title ?? id, width: width, prefix: [Span("- ")])
            }
        }
        lines.append([])
        lines += TextLayout.wrap("Test yourself", width: width, style: .bold)
        if quiz.reviewed == 0 {
            lines += TextLayout.wrap(
                "You have not tested yourself yet. Choose Test yourself in the menu.", width: width)
        } else {
            let percent = quiz.answers == 0 ? 0 : quiz.right * 100 / quiz.answers
            lines += TextLayout.wrap(
                "Questions practised: \(quiz.reviewed). Answers right: \(quiz.right) of \(quiz.answers) (\(percent)%). Due for review now: \(quiz.dueNow).",
                width: width)
            let boxes = quiz.boxes.enumerated().map { "box \($0.offset + 1): \($0.element)" }.joined(separator: ", ")
            lines += TextLayout.wrap("Review boxes (box 1 comes back soonest): \(boxes).", width: width)
        }
        return lines
    }

    /// Plain text for the `progress` command.
    public func text() -> String {
        lines(width: 78).map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
    }

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
                Span(" \(percent)%  ", .plain), Span("\(label): \(done) of \(total) lessons", bold ? .bold : .plain),
            ],
            width: width)
    }

    public static func describe(_ time: CivilTime) -> String {
        let weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
        let months = [
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December",
        ]
        let minute = time.minute < 10 ? "0\(time.minute)" : "\(time.minute)"
        let hour = time.hour < 10 ? "0\(time.hour)" : "\(time.hour)"
        return "\(weekdays[time.weekday]) \(time.day) \(months[time.month - 1]) \(time.year) at \(hour):\(minute)"
    }
}
