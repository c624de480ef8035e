import LessonModel

/// A question the learner wrote down to ask their care team, with the lesson it was written on.
public struct LearnerQuestion: Equatable, Sendable, Codable {
    public static let lengthLimit = 300
    public static let countLimit = 100

    public var text: String
    /// The lesson on screen when it was written; nil on the welcome or farewell screens.
    public var lessonID: String?
    public var at: Instant

    public init(text: String, lessonID: String?, at: Instant) {
        self.text = text
        self.lessonID = lessonID
        self.at = at
    }
}

/// The one-line editor for a question: the text as characters, so the cursor moves by what a
/// reader sees as one letter (é, 中), and which saved question it changes (nil for a new one).
public struct QuestionEditor: Equatable, Sendable {
    public var text: [Character]
    public var cursor: Int
    public var replacing: Int?

    public init(text: String = "", replacing: Int? = nil) {
        self.text = Array(text)
        self.cursor = self.text.count
        self.replacing = replacing
    }
}

/// The rules for writing, changing and deleting the learner's questions.
enum QuestionsEngine {
    static func reduce(_ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Instant) -> [Effect]? {
        if var editor = state.editor {
            switch action {
            case .editorType(let character):
                // Line breaks and control characters would break the one line, and the terminal.
                guard !character.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }),
                    editor.text.count < LearnerQuestion.lengthLimit
                else { return [] }
                editor.text.insert(character, at: editor.cursor)
                editor.cursor += 1
            case .editorErase:
                guard editor.cursor > 0 else { return [] }
                editor.cursor -= 1
                editor.text.remove(at: editor.cursor)
            case .editorMoveCursor(let delta):
                editor.cursor = min(max(0, editor.cursor + delta), editor.text.count)
            case .editorCancel:
                state.editor = nil
                return []
            case .editorKeep:
                state.editor = nil
                return keep(String(editor.text), replacing: editor.replacing, &state, tutorial, now)
            case .editorKeepLine(let line):
                state.editor = nil
                return keep(line, replacing: editor.replacing, &state, tutorial, now)
            case .resize, .tick, .endSession, .staffExit, .pinDigit, .pinErase, .pinSubmit: return nil
            default: return []
            }
            state.editor = editor
            return []
        }
        switch action {
        case .writeQuestion:
            guard state.questions.count < LearnerQuestion.countLimit else {
                state.notice = .tooManyQuestions(LearnerQuestion.countLimit)
                return []
            }
            state.editor = QuestionEditor()
            return []
        case .changeQuestion(let index):
            guard state.questions.indices.contains(index) else { return [] }
            state.editor = QuestionEditor(text: state.questions[index].text, replacing: index)
            return []
        case .deleteQuestion(let index):
            guard state.questions.indices.contains(index) else { return [] }
            state.questions.remove(at: index)
            if case .myQuestions(let selection) = state.overlay {
                state.overlay = .myQuestions(selection: min(selection, max(0, state.questions.count - 1)))
            }
            return [.saveProgress]
        default:
            return nil
        }
    }

    private static func keep(
        _ text: String, replacing: Int?, _ state: inout TutorState, _ tutorial: Tutorial, _ now: Instant
    ) -> [Effect] {
        let line = String(text.split(whereSeparator: \.isWhitespace).joined(separator: " ").prefix(LearnerQuestion.lengthLimit))
        guard !line.isEmpty else { return [] }
        if let replacing, state.questions.indices.contains(replacing) {
            state.questions[replacing].text = line
        } else {
            let unit = tutorial.units[state.position.unit]
            let lessonID = state.quiz == nil && unit.kind == .lesson ? unit.id : nil
            state.questions.append(LearnerQuestion(text: line, lessonID: lessonID, at: now))
            state.notice = .questionKept
        }
        return [.saveProgress]
    }
}
