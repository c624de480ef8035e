import Foundation

/// How far a learner has got: the same model behind the progress screen, the `progress`
/// command's text and its `--json`.
public struct ProgressReport: Codable, Equatable, Sendable {
    public struct LessonStatus: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var part: Int?
        public var done: Bool
        public var questions: Int
        public var answered: Int
        public var right: Int
    }

    public struct PartStatus: Codable, Equatable, Sendable {
        public var number: Int
        public var title: String
        public var lessons: Int
        public var done: Int
    }

    public struct QuizStatus: Codable, Equatable, Sendable {
        /// Questions that have been through self-quizzing at least once.
        public var reviewed: Int
        public var dueNow: Int
        /// How many questions sit in each review box, box 1 first.
        public var boxes: [Int]
        public var answers: Int
        public var right: Int
    }

    public var course: String
    public var lessonsDone: Int
    public var lessonCount: Int
    public var parts: [PartStatus]
    public var lessons: [LessonStatus]
    public var quiz: QuizStatus
    public var lastVisit: Date?

    public static func make(library: LessonLibrary, record: ProgressRecord?, now: Date) -> ProgressReport {
        let finished = Set(record?.finishedLessons ?? [])
        let answers = record?.answers ?? []
        var latest: [String: Answer] = [:]
        for answer in answers where answer.inQuiz != true { latest[answer.questionID] = answer }

        let lessons = library.courseOrder.compactMap { id -> LessonStatus? in
            guard let lesson = library.lessons[id] else { return nil }
            let given = lesson.questions.compactMap { latest[$0.id] }
            return LessonStatus(
                id: id, title: lesson.title, part: library.part(of: id)?.number, done: finished.contains(id),
                questions: lesson.questions.count, answered: given.count, right: given.filter(\.correct).count)
        }
        let parts = library.course.parts.enumerated().map { index, part in
            let ids = Set(part.lessons.map(\.id))
            return PartStatus(
                number: index + 1, title: part.title, lessons: ids.count, done: ids.intersection(finished).count)
        }
        let cards = record?.reviewCards ?? [:]
        let quizAnswers = answers.filter { $0.inQuiz == true }
        let quiz = QuizStatus(
            reviewed: cards.count, dueNow: cards.values.filter { $0.isDue(at: now) }.count,
            boxes: (1...ReviewCard.boxCount).map { box in cards.values.filter { $0.box == box }.count },
            answers: quizAnswers.count, right: quizAnswers.filter(\.correct).count)
        return ProgressReport(
            course: library.course.title, lessonsDone: lessons.filter(\.done).count, lessonCount: lessons.count,
            parts: parts, lessons: lessons, quiz: quiz, lastVisit: record?.updatedAt)
    }

    /// The report as lines for the screen or the terminal.
    public func lines(width: Int, timeZone: TimeZone = .current) -> [Line] {
        var lines = TextLayout.wrap("Your progress", width: width, style: .heading)
        lines.append([])
        lines += TextLayout.wrap(
            lastVisit.map { "Last here: \(Self.describe($0, timeZone: timeZone))." } ?? "This is your first visit.",
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
    public func text(timeZone: TimeZone = .current) -> String {
        lines(width: 78, timeZone: timeZone).map { $0.map(\.text).joined() }.joined(separator: "\n") + "\n"
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

    static func describe(_ date: Date, timeZone: TimeZone) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = timeZone
        formatter.dateFormat = "EEEE d MMMM yyyy 'at' HH:mm"
        return formatter.string(from: date)
    }
}
