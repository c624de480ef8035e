/// One screen of a lesson: something to read, a picture, or a question.
public enum Screen: Equatable, Sendable {
    case text(TextScreen)
    case diagram(DiagramScreen)
    case question(Question)

    public var question: Question? {
        if case .question(let question) = self { return question }
        return nil
    }

    /// The screen's own words, piece by piece: heading and text, a picture's description and
    /// caption (never its drawing), a question's prompt and explanation, its choices with their
    /// feedback, items or pairs. A text screen's notice (the disclaimer) is the course's, not
    /// the screen's, and is left out.
    public var texts: [String] {
        switch self {
        case .text(let text):
            return [text.heading] + text.blocks.map(\.plainText)
        case .diagram(let diagram):
            return [diagram.heading, diagram.description] + (diagram.caption.map { [$0] } ?? [])
        case .question(let question):
            var parts = [question.prompt] + (question.explanation.map { [$0] } ?? [])
            switch question.form {
            case .choice(let choices, _): parts += choices.flatMap { [$0.text] + ($0.feedback.map { [$0] } ?? []) }
            case .order(let items): parts += items
            case .match(let pairs): parts += pairs.flatMap { [$0.left, $0.right] }
            }
            return parts
        }
    }
}

public struct TextScreen: Equatable, Sendable {
    public var heading: String
    public var blocks: [TextBlock]
    /// A line set apart under the text: the course's disclaimer on the first and last screens.
    public var notice: String?

    public init(heading: String, blocks: [TextBlock], notice: String? = nil) {
        self.heading = heading
        self.blocks = blocks
        self.notice = notice
    }
}

public struct DiagramScreen: Equatable, Sendable {
    public var heading: String
    /// The picture, line by line, exactly as the author drew it.
    public var art: [String]
    /// One line that says what the picture shows: for screen readers and narrow windows.
    public var description: String
    public var caption: String?

    public init(heading: String, art: [String], description: String, caption: String?) {
        self.heading = heading
        self.art = art
        self.description = description
        self.caption = caption
    }

    public var artWidth: Int { art.map { TerminalText.width(of: $0) }.max() ?? 0 }
}

public enum QuestionType: String, Equatable, Sendable, CaseIterable {
    case singleChoice = "single-choice"
    case trueFalse = "true-false"
    case order
    case match
}

public struct Choice: Equatable, Sendable {
    public var text: String
    public var feedback: String?

    public init(text: String, feedback: String?) {
        self.text = text
        self.feedback = feedback
    }
}

public struct MatchPair: Equatable, Sendable {
    public var left: String
    public var right: String

    public init(left: String, right: String) {
        self.left = left
        self.right = right
    }
}

/// What the learner does to answer, and what counts as right.
public enum QuestionForm: Equatable, Sendable {
    /// Single choice and true/false: `answer` is the index of the right choice.
    case choice([Choice], answer: Int)
    /// `items` in the right order.
    case order([String])
    case match([MatchPair])
}

public struct Question: Equatable, Sendable {
    /// Stable across runs: the author's `id`, or `LESSON-qN`.
    public var id: String
    public var type: QuestionType
    public var prompt: String
    public var form: QuestionForm
    public var explanation: String?
    public var location: SourceLocation

    public init(
        id: String, type: QuestionType, prompt: String, form: QuestionForm, explanation: String?,
        location: SourceLocation
    ) {
        self.id = id
        self.type = type
        self.prompt = prompt
        self.form = form
        self.explanation = explanation
        self.location = location
    }

    /// For a match question: the right-hand options, each once, in the order first written.
    public var matchOptions: [String] {
        guard case .match(let pairs) = form else { return [] }
        var seen: [String] = []
        for pair in pairs where !seen.contains(pair.right) { seen.append(pair.right) }
        return seen
    }
}
