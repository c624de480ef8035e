import LessonModel
import TutorEngine
/// What the contents menu, the help and the glossary show in the text area.
enum OverlayContent {
    static func menu(tutorial: Tutorial, state: TutorState, selection: Int, width: Int) -> ContentLines {
        var lines: [Line] = TextLayout.wrap("Lessons: \(tutorial.pathTitle)", width: width, style: .heading)
        lines += TextLayout.wrap("✓ means done. ▶ is where you are. Press Enter to open.", width: width, style: .dim)
        lines.append([])
        var cursorLine: Int?
        var targets: [Int: Action] = [:]
        var lastPart: Int?
        for (index, entry) in Engine.menuEntries(tutorial).enumerated() {
            let selected = index == selection
            var spans: [Span]
            var mark = " "
            switch entry {
            case .testYourself:
                spans = [
                    Span("Test yourself", selected ? .selected : .bold),
                    Span("  (questions from the whole course)", .dim),
                ]
            case .progress:
                spans = [Span("Your progress", selected ? .selected : .bold)]
            case .myQuestions:
                let count = state.questions.count
                spans = [
                    Span("My questions", selected ? .selected : .bold),
                    Span(count == 0 ? "  (for your care team)" : "  (\(count))", .dim),
                ]
            case .lesson(let unitIndex):
                let unit = tutorial.units[unitIndex]
                if let part = unit.partNumber, part != lastPart, let title = unit.partTitle {
                    lines.append([])
                    lines += TextLayout.wrap("Part \(part): \(title)", width: width, style: .bold)
                    lastPart = part
                }
                let done = state.finishedLessons.contains(unit.id)
                let here = unitIndex == state.position.unit && state.quiz == nil
                mark = here ? "▶" : (done ? "✓" : " ")
                spans = [Span(unit.title, selected ? .selected : .plain)]
                if here {
                    spans.append(Span("  (you are here)", .dim))
                } else if done {
                    spans.append(Span("  (done)", .dim))
                }
                if let reason = tutorial.reasons[unit.id] {
                    spans.append(Span("  " + PathReasonWords.text(reason), .dim))
                }
            }
            if selected { cursorLine = lines.count }
            let entryLines = TextLayout.wrap(
                spans, width: width, prefix: [Span("\(mark) ", selected ? .selected : .plain)])
            for offset in entryLines.indices { targets[lines.count + offset] = .menuPick(index) }
            lines += entryLines
        }
        return ContentLines(lines: lines, cursorLine: cursorLine, targets: targets)
    }

    static func help(width: Int, kiosk: Bool = false, speech: Bool = true) -> [Line] {
        let keys = KeyBindings.table.filter { speech || $0.command != .readAloud }.compactMap { binding in
            binding.helpMeaning.map { (binding.helpKeys, $0) }
        }
        var lines = TextLayout.wrap("Keys", width: width, style: .heading)
        lines.append([])
        for (key, meaning) in keys {
            lines += TextLayout.wrap([Span(key, .bold), Span(": " + meaning)], width: width)
        }
        lines.append([])
        lines += TextLayout.wrap(
            kiosk
                ? "Nothing you do here is kept. When you leave, your answers and questions are cleared."
                : "Your place and your answers are saved as you go. Next time, you start where you left off.",
            width: width)
        return lines
    }

    static func glossary(tutorial: Tutorial, state: TutorState, width: Int) -> [Line] {
        let terms = tutorial.library.glossary
        var lines = TextLayout.wrap("Words and what they mean", width: width, style: .heading)
        guard !terms.isEmpty else {
            return lines + [[]] + TextLayout.wrap("This course has no word list.", width: width)
        }
        let onScreen = tutorial.screen(at: state.position).map { GlossaryLookup.terms(in: $0, from: terms) } ?? []
        func entry(_ term: GlossaryTerm) -> [Line] {
            let say = term.say.map { " (\($0))" } ?? ""
            return TextLayout.wrap([Span(term.term, .bold), Span(say + ": " + term.means)], width: width)
        }
        if !onScreen.isEmpty {
            lines.append([])
            lines += TextLayout.wrap("On this screen:", width: width, style: .bold)
            for term in onScreen { lines += entry(term) }
        }
        lines.append([])
        lines += TextLayout.wrap(onScreen.isEmpty ? "All words:" : "All other words:", width: width, style: .bold)
        let sorted = terms.sorted { $0.term.lowercased() < $1.term.lowercased() }
        for term in sorted where !onScreen.contains(term) { lines += entry(term) }
        // Like the glossary lesson, the word list ends with what the learner can do.
        for lesson in tutorial.library.lessons.values.sorted(by: { $0.id < $1.id }) where lesson.kind == .glossary {
            for case .text(let text) in lesson.screens {
                lines.append([])
                lines += ScreenContent.textLines(text, width: width)
            }
        }
        return lines
    }
}

/// Finds which glossary words a screen uses.
public enum GlossaryLookup {
    public static func terms(in screen: Screen, from terms: [GlossaryTerm]) -> [GlossaryTerm] {
        let text = searchableText(of: screen).lowercased()
        return terms.filter { term in
            ([term.term] + term.forms).contains { form in
                containsWord(text, form.lowercased())
            }
        }
    }

    /// A whole-word match that also accepts endings ("tumor" finds "tumors").
    static func containsWord(_ text: String, _ word: String) -> Bool {
        guard !word.isEmpty else { return false }
        var searchStart = text.startIndex
        while let range = text[searchStart...].firstRange(of: word) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            if before.map({ !$0.isLetter }) ?? true { return true }
            searchStart = range.upperBound
        }
        return false
    }

    static func searchableText(of screen: Screen) -> String {
        switch screen {
        case .text(let text): return ([text.heading] + text.blocks.map(\.plainText)).joined(separator: " ")
        case .diagram(let diagram):
            return [diagram.heading, diagram.description, diagram.caption ?? ""].joined(separator: " ")
        case .question(let question):
            var parts = [question.prompt, question.explanation ?? ""]
            switch question.form {
            case .choice(let choices, _): parts += choices.flatMap { [$0.text, $0.feedback ?? ""] }
            case .order(let items): parts += items
            case .match(let pairs): parts += pairs.flatMap { [$0.left, $0.right] }
            }
            return parts.joined(separator: " ")
        }
    }
}
