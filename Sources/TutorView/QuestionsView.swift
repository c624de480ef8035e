import LessonModel
import TutorEngine

/// The learner's own questions: the list in the menu's "My questions", and the one-line editor.
enum QuestionsView {
    static func list(_ state: TutorState, tutorial: Tutorial, selection: Int, width: Int) -> ContentLines {
        let words = tutorial.words
        var lines = TextLayout.wrap(words.myQuestionsHeading(), width: width, style: .heading)
        lines += TextLayout.wrap(words.myQuestionsHow(), width: width, style: .dim)
        lines.append([])
        guard !state.questions.isEmpty else {
            lines += TextLayout.wrap(words.noQuestionsWriteOne(), width: width)
            return ContentLines(lines: lines)
        }
        var cursorLine: Int?
        var targets: [Int: Action] = [:]
        for (index, question) in state.questions.enumerated() {
            let selected = index == selection
            if selected { cursorLine = lines.count }
            var spans = [Span(question.text, selected ? .selected : .plain)]
            if let id = question.lessonID, let lesson = tutorial.library.lessons[id] {
                spans.append(Span(" " + words.writtenOn(lesson.title), .dim))
            }
            let entry = TextLayout.wrap(spans, width: width, prefix: [Span("\(index + 1). ", selected ? .selected : .plain)])
            for offset in entry.indices { targets[lines.count + offset] = .changeQuestion(index) }
            lines += entry
        }
        return ContentLines(lines: lines, cursorLine: cursorLine, targets: targets)
    }

    /// Draws the editor on the two rows above the footer and puts the cursor where typing goes.
    /// A question longer than the row shows the part around the cursor.
    static func drawEditor(_ editor: QuestionEditor, into grid: inout Grid, left: Int, words: any Words) {
        let promptRow = grid.height - 3
        let row = grid.height - 2
        grid.put(words.questionPrompt(), row: promptRow, column: left, style: .bold)
        let room = max(1, grid.width - left * 2 - 1)
        var start = 0
        var widthBeforeCursor = editor.text[..<editor.cursor].reduce(0) { $0 + TerminalText.width(of: String($1)) }
        while widthBeforeCursor >= room, start < editor.cursor {
            widthBeforeCursor -= TerminalText.width(of: String(editor.text[start]))
            start += 1
        }
        let shown = String(editor.text[start...])
        grid.put("> ", row: row, column: left - 2 < 0 ? 0 : left - 2, style: .bold)
        grid.put(shown, row: row, column: left, style: .selected, limit: left + room)
        grid.cursor = CursorPosition(row: row, column: left + widthBeforeCursor)
    }
}
