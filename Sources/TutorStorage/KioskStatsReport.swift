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
        /// What the question asks, so staff need not look the id up in the lesson files; nil
        /// for an id the course no longer has.
        public var prompt: String?
        public var right: Int
        public var wrong: Int
    }

    public var visits: Int
    public var lessons: [LessonCount]
    public var questions: [QuestionCount]
    /// Up to `missedLimit` questions answered wrong at least once, most wrong answers first.
    public var mostMissed: [QuestionCount]

    public static let missedLimit = 10

    /// `prompts` are the course's questions by id.
    public init(_ stats: KioskStats, prompts: [String: String] = [:]) {
        visits = stats.sessions
        let lessonIDs = Set(stats.lessonsStarted.keys).union(stats.lessonsFinished.keys).sorted()
        lessons = lessonIDs.map {
            LessonCount(lesson: $0, started: stats.lessonsStarted[$0] ?? 0, finished: stats.lessonsFinished[$0] ?? 0)
        }
        questions = stats.answers.keys.sorted().map {
            QuestionCount(
                question: $0, prompt: prompts[$0], right: stats.answers[$0]!.right, wrong: stats.answers[$0]!.wrong)
        }
        mostMissed = Array(
            questions.filter { $0.wrong > 0 }
                .sorted { ($0.wrong, $1.question) > ($1.wrong, $0.question) }
                .prefix(Self.missedLimit))
    }

    /// The words of the report's headings, in the staff's language (TutorView's `Words`).
    public struct Labels: Sendable {
        public var title, visits, lessons, noneYet, lesson, started, finished: String
        public var mostMissed, question, wrong, right, answersPerQuestion: String

        public init(
            title: String, visits: String, lessons: String, noneYet: String, lesson: String, started: String,
            finished: String, mostMissed: String, question: String, wrong: String, right: String,
            answersPerQuestion: String
        ) {
            (self.title, self.visits, self.lessons, self.noneYet) = (title, visits, lessons, noneYet)
            (self.lesson, self.started, self.finished, self.mostMissed) = (lesson, started, finished, mostMissed)
            (self.question, self.wrong, self.right) = (question, wrong, right)
            self.answersPerQuestion = answersPerQuestion
        }
    }

    /// The report as lines no wider than `width` (a long question id is cut with "~").
    public func text(width: Int = 80, labels l: Labels) -> String {
        var lines = [l.title, "", "\(l.visits): \(visits)", ""]
        let numbers = 9
        let nameWidth = max(10, width - 2 * numbers)
        func row(_ name: String, _ a: String, _ b: String) -> String {
            let cut = name.count > nameWidth ? String(name.prefix(nameWidth - 1)) + "~" : name
            return cut.padding(to: nameWidth) + a.leftPadding(to: numbers) + b.leftPadding(to: numbers)
        }
        lines.append(l.lessons)
        if lessons.isEmpty { lines.append("  " + l.noneYet) }
        lines.append(contentsOf: lessons.isEmpty ? [] : [row("  " + l.lesson, l.started, l.finished)])
        lines.append(contentsOf: lessons.map { row("  \($0.lesson)", "\($0.started)", "\($0.finished)") })
        lines.append("")
        lines.append(l.mostMissed)
        if mostMissed.isEmpty { lines.append("  " + l.noneYet) }
        lines.append(contentsOf: mostMissed.isEmpty ? [] : [row("  " + l.question, l.wrong, l.right)])
        for question in mostMissed {
            lines.append(row("  \(question.question)", "\(question.wrong)", "\(question.right)"))
            if let prompt = question.prompt {
                let room = width - 4
                lines.append("    " + (prompt.count > room ? String(prompt.prefix(room - 1)) + "~" : prompt))
            }
        }
        lines.append("")
        lines.append(l.answersPerQuestion)
        if questions.isEmpty { lines.append("  " + l.noneYet) }
        lines.append(contentsOf: questions.isEmpty ? [] : [row("  " + l.question, l.right, l.wrong)])
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
