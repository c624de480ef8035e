/// What staff read from a kiosk's counts (`metastasis-tutor stats`): the same numbers as the
/// stats file, sorted, with the questions missed most first, as text for an 80-column
/// terminal or as JSON for a spreadsheet.
public struct KioskStatsReport: Codable, Equatable, Sendable {
    public struct LessonCount: Codable, Equatable, Sendable {
        public var lesson: String
        public var started: Int
        public var finished: Int
    }

    public struct QuestionCount: Codable, Equatable, Sendable {
        public var question: String
        public var right: Int
        public var wrong: Int
    }

    public var visits: Int
    public var lessons: [LessonCount]
    public var questions: [QuestionCount]
    /// Up to `missedLimit` questions answered wrong at least once, most wrong answers first.
    public var mostMissed: [QuestionCount]

    public static let missedLimit = 10

    public init(_ stats: KioskStats) {
        visits = stats.sessions
        let lessonIDs = Set(stats.lessonsStarted.keys).union(stats.lessonsFinished.keys).sorted()
        lessons = lessonIDs.map {
            LessonCount(lesson: $0, started: stats.lessonsStarted[$0] ?? 0, finished: stats.lessonsFinished[$0] ?? 0)
        }
        questions = stats.answers.keys.sorted().map {
            QuestionCount(question: $0, right: stats.answers[$0]!.right, wrong: stats.answers[$0]!.wrong)
        }
        mostMissed = Array(
            questions.filter { $0.wrong > 0 }
                .sorted { ($0.wrong, $1.question) > ($1.wrong, $0.question) }
                .prefix(Self.missedLimit))
    }

    /// The report as lines no wider than `width` (a long question id is cut with "~").
    public func text(width: Int = 80) -> String {
        var lines = ["Kiosk counts", "", "Visits: \(visits)", ""]
        let numbers = 9
        let nameWidth = max(10, width - 2 * numbers)
        func row(_ name: String, _ a: String, _ b: String) -> String {
            let cut = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "~" : name
            return cut.padding(to: nameWidth) + a.leftPadding(to: numbers) + b.leftPadding(to: numbers)
        }
        lines.append("Lessons")
        if lessons.isEmpty { lines.append("  none yet") }
        lines.append(contentsOf: lessons.isEmpty ? [] : [row("  lesson", "started", "finished")])
        lines.append(contentsOf: lessons.map { row("  \($0.lesson)", "\($0.started)", "\($0.finished)") })
        lines.append("")
        lines.append("Most-missed questions")
        if mostMissed.isEmpty { lines.append("  none yet") }
        lines.append(contentsOf: mostMissed.isEmpty ? [] : [row("  question", "wrong", "right")])
        lines.append(contentsOf: mostMissed.map { row("  \($0.question)", "\($0.wrong)", "\($0.right)") })
        lines.append("")
        lines.append("Answers per question")
        if questions.isEmpty { lines.append("  none yet") }
        lines.append(contentsOf: questions.isEmpty ? [] : [row("  question", "right", "wrong")])
        lines.append(contentsOf: questions.map { row("  \($0.question)", "\($0.right)", "\($0.wrong)") })
        return lines.map { $0.trailingSpacesRemoved }.joined(separator: "\n") + "\n"
    }
}

extension String {
    fileprivate func padding(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
    fileprivate func leftPadding(to width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
    fileprivate var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}
