import LessonModel
import TutorEngine
/// The tutorial as plain lines, for `--plain`: no cursor movement, no colour, pictures as
/// their descriptions, numbered choices. What screen readers, braille displays and pipes get.
public enum PlainView {
    /// Everything on the current screen, from where the learner is to what to type.
    public static func screen(_ state: TutorState, _ tutorial: Tutorial) -> [String] {
        let words = tutorial.words
        if let editor = state.editor {
            let now = editor.replacing != nil ? words.plainEditorNow(String(editor.text)) : ""
            return ["", words.questionPrompt() + now, words.plainEditorHow()]
                .map(TerminalText.sanitized)
        }
        switch state.overlay {
        case .myQuestions: return myQuestions(state, tutorial)
        case .teachBack(let lessonID):
            return [""]
                + TeachBackView.lines(lessonID: lessonID, tutorial: tutorial, width: 1000, mode: .plain)
                .map { $0.map(\.text).joined() }.filter { !$0.isEmpty }.map(TerminalText.sanitized)
        case .menu: return menu(tutorial, state)
        case .help: return help(words)
        case .glossary: return glossary(tutorial) + [words.plainGoBack()]
        case .progress(let report, _):
            return [""] + report.text(words: words).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
                + [words.plainGoBack()]
        case .quitConfirm, nil: break
        }
        if let round = state.quiz { return quizScreen(round, tutorial) }
        let unit = tutorial.units[state.position.unit]
        var lines: [String] = [""]
        let lessons = tutorial.lessonUnits
        if let index = lessons.firstIndex(where: { $0.id == unit.id }) {
            var place = words.plainLessonPlace(index + 1, of: lessons.count, title: unit.title)
            if unit.screens.count > 1 { place += words.plainScreenPlace(state.position.screen + 1, of: unit.screens.count) }
            lines.append(place)
        } else {
            lines.append(tutorial.library.course.title + ".")
        }
        guard let screen = tutorial.screen(at: state.position) else { return lines }
        switch screen {
        case .text(let text):
            lines += textLines(text, words: words)
            lines.append(words.plainTextScreenHow(goBack: word(.goBack), menu: word(.menu), quit: word(.quit)))
        case .diagram(let diagram):
            lines.append(diagram.heading)
            lines.append(words.picture(diagram.description))
            if let caption = diagram.caption { lines.append(caption) }
            lines.append(words.plainGoOn())
        case .question(let question):
            let ids = unit.questionIDs
            let number = (ids.firstIndex(of: question.id) ?? 0) + 1
            lines.append(words.plainQuestionPlace(number, of: ids.count))
            if let answer = state.answer(to: question.id) {
                lines.append(question.prompt)
                lines += feedback(question, answer: answer, words: words)
                lines.append(words.plainGoOn())
            } else {
                lines += questionLines(question, draft: state.draft, salt: nil, words: words)
            }
        }
        return lines.map(TerminalText.sanitized)
    }

    static func textLines(_ text: TextScreen, words: any Words) -> [String] {
        var lines = [text.heading]
        for block in text.blocks {
            switch block {
            case .paragraph: lines.append(block.plainText)
            case .bullet: lines.append("- " + block.plainText)
            }
        }
        if let notice = text.notice { lines.append(words.plainNote(notice)) }
        return lines
    }

    /// The question and the numbers to type, given the picks made so far.
    public static func questionLines(_ question: Question, draft: Draft, salt: String?, words: any Words) -> [String] {
        var lines = [question.prompt]
        switch question.form {
        case .choice(let choices, _):
            for (position, index) in question.displayOrder(salt: salt).enumerated() {
                lines.append("\(position + 1). \(choices[index].text)")
            }
            lines.append(words.plainHowToChoose())
        case .order(let items):
            if !draft.picks.isEmpty {
                lines.append(words.plainOrderSoFar(draft.picks.map { items[$0] }))
            }
            for (position, item) in question.selectable(after: draft.picks, salt: salt).enumerated() {
                let place = draft.picks.firstIndex(of: item).map { words.plainPlaced($0 + 1) } ?? ""
                lines.append("\(position + 1). \(items[item])\(place)")
            }
            lines.append(
                words.plainHowToOrder(first: draft.picks.isEmpty, takeBack: draft.picks.isEmpty ? nil : word(.takeBack)))
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
                lines.append(words.plainHowToMatch(pairs[draft.picks.count].left))
            }
        }
        return lines.map(TerminalText.sanitized)
    }

    /// Right or not, in words, the right answer, and why.
    public static func feedback(_ question: Question, answer: Answer, words: any Words) -> [String] {
        var lines = [words.correct(answer.correct)]
        switch question.form {
        case .choice(let choices, let right):
            // What the learner's pick means first, then the right answer.
            if let pick = answer.response.first, choices.indices.contains(pick), let feedback = choices[pick].feedback {
                lines.append(feedback)
            }
            if !answer.correct { lines.append(words.theRightAnswer(choices[right].text)) }
        case .order(let items):
            lines.append(words.yourOrder(answer.response.map { items[$0] }))
            if !answer.correct { lines.append(words.theRightOrder(items)) }
        case .match(let pairs):
            let options = question.matchOptions
            for (index, pair) in pairs.enumerated() {
                let pick = answer.response.indices.contains(index) ? answer.response[index] : -1
                let picked = options.indices.contains(pick) ? options[pick] : words.nothingPicked()
                let right = picked == pair.right
                lines.append("\(pair.left): \(picked)" + words.matchVerdict(right: right, match: pair.right))
            }
        }
        if let explanation = question.explanation { lines.append(explanation) }
        return lines.map(TerminalText.sanitized)
    }

    static func quizScreen(_ round: QuizRound, _ tutorial: Tutorial) -> [String] {
        if round.finished {
            return [""]
                + QuizSummary(round: round, library: tutorial.library).lines(
                    width: .max, origin: round.origin, library: tutorial.library, words: tutorial.words)
                .map { $0.map(\.text).joined() }.filter { !$0.isEmpty }
        }
        guard let item = round.current, let question = tutorial.library.question(item) else { return [] }
        let words = tutorial.words
        let title = round.origin.isReview ? tutorial.library.lessons[item.lessonID]?.title ?? "" : words.testYourself()
        var lines = ["", words.plainQuizPlace(title, QuizView.number(round), of: round.questionCount)]
        if round.firstTries.contains(where: { $0.questionID == item.questionID }) && round.shownAnswer == nil {
            lines.append(words.missedBefore())
        }
        if let answer = round.shownAnswer {
            lines.append(question.prompt)
            lines += feedback(question, answer: answer, words: words)
            lines.append(words.plainQuizNext(stop: word(.stopQuiz)))
        } else {
            lines += questionLines(question, draft: round.draft, salt: round.shuffleSalt, words: words)
        }
        return lines.map(TerminalText.sanitized)
    }

    /// The lessons, numbered, for choosing one by typing its number.
    public static func menu(_ tutorial: Tutorial, _ state: TutorState) -> [String] {
        let words = tutorial.words
        var lines = ["", words.plainMenuHeading(tutorial.pathTitle)]
        for (index, entry) in Engine.menuEntries(tutorial).enumerated() {
            switch entry {
            case .testYourself: lines.append("\(index + 1). " + words.testYourself())
            case .progress: lines.append("\(index + 1). " + words.yourProgress())
            case .myQuestions: lines.append("\(index + 1). " + words.myQuestionsEntry(state.questions.count))
            case .lesson(let unit):
                let lesson = tutorial.units[unit]
                let done = state.finishedLessons.contains(lesson.id) ? words.lessonDone() : ""
                let here = unit == state.position.unit ? words.youAreHere() : ""
                let why = tutorial.reasons[lesson.id].map { " (" + words.pathReason($0) + ")" } ?? ""
                lines.append("\(index + 1). \(lesson.title)\(done)\(here)\(why)")
            }
        }
        return lines
    }

    /// The learner's questions, numbered, with how to change or delete one.
    static func myQuestions(_ state: TutorState, _ tutorial: Tutorial) -> [String] {
        let words = tutorial.words
        var lines = ["", words.plainMyQuestionsHeading()]
        if state.questions.isEmpty {
            lines.append(words.noQuestionsYet())
        }
        for (index, question) in state.questions.enumerated() {
            let lesson = question.lessonID.flatMap { tutorial.library.lessons[$0]?.title }.map(words.writtenOn)
            lines.append("\(index + 1). \(question.text)\(lesson ?? "")")
        }
        lines.append(
            words.plainMyQuestionsHow(
                write: word(.writeQuestion), delete: state.questions.isEmpty ? nil : word(.deleteQuestion)))
        return lines.map(TerminalText.sanitized)
    }

    /// Help for plain mode, from the key-binding table's plain words.
    public static func help(_ words: any Words) -> [String] {
        [""] + words.plainHelp(word) + [words.plainGoBack()]
    }

    /// What plain mode says to a line it cannot read.
    public static func unknownLine(_ words: any Words) -> String {
        words.plainUnknownLine(quit: word(.quit), help: word(.help))
    }

    static func word(_ command: Command) -> String { KeyBindings.plainWord(command) }

    public static func glossary(_ tutorial: Tutorial) -> [String] {
        [""]
            + tutorial.library.glossary.sorted { GlossaryOrder.key($0.term) < GlossaryOrder.key($1.term) }
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
