import LessonModel
import TutorEngine
/// The tutorial as plain lines, for `--plain`: no cursor movement, no colour, pictures as
/// their descriptions, numbered choices. What screen readers, braille displays and pipes get.
public enum PlainView {
    /// Everything on the current screen, from where the learner is to what to type.
    public static func screen(_ state: TutorState, _ tutorial: Tutorial) -> [String] {
        if let editor = state.editor {
            let now = editor.replacing != nil ? " It is now: \(String(editor.text))" : ""
            return ["", QuestionsView.prompt + now, "Type it and press Enter. Press Enter alone to keep nothing."]
                .map(TerminalText.sanitized)
        }
        switch state.overlay {
        case .myQuestions: return myQuestions(state, tutorial)
        case .teachBack(let lessonID):
            return [""]
                + TeachBackView.lines(lessonID: lessonID, tutorial: tutorial, width: 1000, mode: .plain)
                .map { $0.map(\.text).joined() }.filter { !$0.isEmpty }.map(TerminalText.sanitized)
        case .menu: return menu(tutorial, state)
        case .help: return help
        case .glossary: return glossary(tutorial) + [goBackLine]
        case .progress(let report, _):
            return [""] + report.text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                + [goBackLine]
        case .quitConfirm, nil: break
        }
        if let round = state.quiz { return quizScreen(round, tutorial) }
        let unit = tutorial.units[state.position.unit]
        var lines: [String] = [""]
        let lessons = tutorial.lessonUnits
        if let index = lessons.firstIndex(where: { $0.id == unit.id }) {
            var place = "Lesson \(index + 1) of \(lessons.count): \(unit.title)."
            if unit.screens.count > 1 { place += " Screen \(state.position.screen + 1) of \(unit.screens.count)." }
            lines.append(place)
        } else {
            lines.append(tutorial.library.course.title + ".")
        }
        guard let screen = tutorial.screen(at: state.position) else { return lines }
        switch screen {
        case .text(let text):
            lines += textLines(text)
            lines.append(
                "Press Enter to go on. Type \(word(.goBack)) to go back, \(word(.menu)) for the lessons, \(word(.quit)) to quit."
            )
        case .diagram(let diagram):
            lines.append(diagram.heading)
            lines.append("Picture: " + diagram.description)
            if let caption = diagram.caption { lines.append(caption) }
            lines.append("Press Enter to go on.")
        case .question(let question):
            let ids = unit.questionIDs
            let number = (ids.firstIndex(of: question.id) ?? 0) + 1
            lines.append("Question \(number) of \(ids.count).")
            if let answer = state.answer(to: question.id) {
                lines.append(question.prompt)
                lines += feedback(question, answer: answer)
                lines.append("Press Enter to go on.")
            } else {
                lines += questionLines(question, draft: state.draft, salt: nil)
            }
        }
        return lines.map(TerminalText.sanitized)
    }

    static func textLines(_ text: TextScreen) -> [String] {
        var lines = [text.heading]
        for block in text.blocks {
            switch block {
            case .paragraph: lines.append(block.plainText)
            case .bullet: lines.append("- " + block.plainText)
            }
        }
        if let notice = text.notice { lines.append("Note: " + notice) }
        return lines
    }

    /// The question and the numbers to type, given the picks made so far.
    public static func questionLines(_ question: Question, draft: Draft, salt: String?) -> [String] {
        var lines = [question.prompt]
        switch question.form {
        case .choice(let choices, _):
            for (position, index) in question.displayOrder(salt: salt).enumerated() {
                lines.append("\(position + 1). \(choices[index].text)")
            }
            lines.append("Type the number of your answer and press Enter. Press Enter alone to skip.")
        case .order(let items):
            if !draft.picks.isEmpty {
                lines.append("Your order so far: " + draft.picks.map { items[$0] }.joined(separator: ", then ") + ".")
            }
            for (position, item) in question.selectable(after: draft.picks, salt: salt).enumerated() {
                let place = draft.picks.firstIndex(of: item).map { " (placed \(Ordinal.words($0 + 1)))" } ?? ""
                lines.append("\(position + 1). \(items[item])\(place)")
            }
            lines.append(
                "Type the number of the one that comes \(draft.picks.isEmpty ? "first" : "next"), and press Enter."
                    + (draft.picks.isEmpty ? "" : " Type \(word(.takeBack)) to take back the last one."))
        case .match(let pairs):
            let options = question.matchOptions
            for (index, pair) in pairs.enumerated() where index < draft.picks.count {
                let pick = draft.picks[index]
                lines.append("\(pair.left): \(options.indices.contains(pick) ? options[pick] : "?").")
            }
            for (position, option) in question.displayOrder(salt: salt).enumerated() {
                lines.append("\(position + 1). \(options[option])")
            }
            if draft.picks.count < pairs.count {
                lines.append("Type the number that goes with \(pairs[draft.picks.count].left), and press Enter.")
            }
        }
        return lines.map(TerminalText.sanitized)
    }

    /// Right or not, in words, the right answer, and why.
    public static func feedback(_ question: Question, answer: Answer) -> [String] {
        var lines = [answer.correct ? "Correct." : "Not quite."]
        switch question.form {
        case .choice(let choices, let right):
            // What the learner's pick means first, then the right answer.
            if let pick = answer.response.first, choices.indices.contains(pick), let feedback = choices[pick].feedback {
                lines.append(feedback)
            }
            if !answer.correct { lines.append("The right answer is: \(choices[right].text).") }
        case .order(let items):
            lines.append("Your order: " + answer.response.map { items[$0] }.joined(separator: ", then ") + ".")
            if !answer.correct { lines.append("The right order: " + items.joined(separator: ", then ") + ".") }
        case .match(let pairs):
            let options = question.matchOptions
            for (index, pair) in pairs.enumerated() {
                let pick = answer.response.indices.contains(index) ? answer.response[index] : -1
                let picked = options.indices.contains(pick) ? options[pick] : "nothing"
                let right = picked == pair.right
                lines.append("\(pair.left): \(picked)" + (right ? ". Right." : ". The right match is \(pair.right)."))
            }
        }
        if let explanation = question.explanation { lines.append(explanation) }
        return lines.map(TerminalText.sanitized)
    }

    static func quizScreen(_ round: QuizRound, _ tutorial: Tutorial) -> [String] {
        if round.finished {
            return [""]
                + QuizSummary(round: round, library: tutorial.library).lines(
                    width: .max, origin: round.origin, library: tutorial.library)
                .map { $0.map(\.text).joined() }.filter { !$0.isEmpty }
        }
        guard let item = round.current, let question = tutorial.library.question(item) else { return [] }
        let title = round.origin.isReview ? tutorial.library.lessons[item.lessonID]?.title ?? "" : "Test yourself"
        var lines = ["", "\(title). Question \(QuizView.number(round)) of \(round.questionCount)."]
        if round.firstTries.contains(where: { $0.questionID == item.questionID }) && round.shownAnswer == nil {
            lines.append("You missed this one before. Try again.")
        }
        if let answer = round.shownAnswer {
            lines.append(question.prompt)
            lines += feedback(question, answer: answer)
            lines.append("Press Enter for the next question. Type \(word(.stopQuiz)) to stop.")
        } else {
            lines += questionLines(question, draft: round.draft, salt: round.shuffleSalt)
        }
        return lines.map(TerminalText.sanitized)
    }

    /// The lessons, numbered, for choosing one by typing its number.
    public static func menu(_ tutorial: Tutorial, _ state: TutorState) -> [String] {
        var lines = ["", "Lessons: \(tutorial.pathTitle). Type a number and press Enter, or press Enter alone to go back."]
        for (index, entry) in Engine.menuEntries(tutorial).enumerated() {
            switch entry {
            case .testYourself: lines.append("\(index + 1). Test yourself")
            case .progress: lines.append("\(index + 1). Your progress")
            case .myQuestions: lines.append("\(index + 1). My questions (\(state.questions.count))")
            case .lesson(let unit):
                let lesson = tutorial.units[unit]
                let done = state.finishedLessons.contains(lesson.id) ? " (done)" : ""
                let here = unit == state.position.unit ? " (you are here)" : ""
                let why = tutorial.reasons[lesson.id].map { " (" + PathReasonWords.text($0) + ")" } ?? ""
                lines.append("\(index + 1). \(lesson.title)\(done)\(here)\(why)")
            }
        }
        return lines
    }

    /// The learner's questions, numbered, with how to change or delete one.
    static func myQuestions(_ state: TutorState, _ tutorial: Tutorial) -> [String] {
        var lines = ["", "My questions, to ask your care team."]
        if state.questions.isEmpty {
            lines.append("You have not written any questions yet.")
        }
        for (index, question) in state.questions.enumerated() {
            let lesson = question.lessonID.flatMap { tutorial.library.lessons[$0]?.title }.map { " (written on: \($0))" }
            lines.append("\(index + 1). \(question.text)\(lesson ?? "")")
        }
        var how = "Type \(word(.writeQuestion)) to write a new one"
        if !state.questions.isEmpty {
            how += ", a number to change one, \(word(.deleteQuestion)) and a number to delete one"
        }
        lines.append(how + ". Press Enter alone to go back.")
        return lines.map(TerminalText.sanitized)
    }

    /// Help for plain mode, from the key-binding table's plain words.
    public static var help: [String] {
        [
            "",
            "Help. Press Enter alone to go on. Type a number to answer a question.",
            "Type \(word(.goBack)) to go back, \(word(.menu)) for the list of lessons, \(word(.glossary)) for the word list, "
                + "\(word(.progress)) for your progress,",
            "\(word(.stopQuiz)) to stop a quiz, \(word(.writeQuestion)) to write down a question for your care team,",
            "and \(word(.quit)) to quit. Your place is saved as you go.",
            goBackLine,
        ]
    }

    /// What plain mode says to a line it cannot read.
    public static var unknownLine: String {
        "Type a number to answer, press Enter to go on, or type \(word(.quit)) to quit. Type \(word(.help)) for help."
    }

    static let goBackLine = "Press Enter alone to go back."

    static func word(_ command: Command) -> String { KeyBindings.plainWord(command) }

    public static func glossary(_ tutorial: Tutorial) -> [String] {
        [""]
            + tutorial.library.glossary.sorted { $0.term.lowercased() < $1.term.lowercased() }
            .map { TerminalText.sanitized($0.line) }
            + glossaryClosing(tutorial)
    }

    /// The glossary lesson's own screens (what the learner can do), after the words.
    static func glossaryClosing(_ tutorial: Tutorial) -> [String] {
        var lines: [String] = []
        for lesson in tutorial.library.lessons.values.sorted(by: { $0.id < $1.id }) where lesson.kind == .glossary {
            for case .text(let text) in lesson.screens {
                lines += ["", TerminalText.sanitized(text.heading)]
                lines += text.blocks.map { block in
                    let line = TerminalText.sanitized(block.plainText)
                    if case .bullet = block { return "- " + line }
                    return line
                }
            }
        }
        return lines
    }
}
