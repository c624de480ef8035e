import LessonModel
import TutorEngine
/// What the contents menu, the help and the glossary show in the text area.
enum OverlayContent {
    static func menu(tutorial: Tutorial, state: TutorState, selection: Int, width: Int) -> ContentLines {
        let words = tutorial.words
        var lines: [Line] = TextLayout.wrap(words.lessonsHeading(tutorial.pathTitle), width: width, style: .heading)
        lines += TextLayout.wrap(words.menuHow(), width: width, style: .dim)
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
                    Span(words.testYourself(), selected ? .selected : .bold),
                    Span(words.fromWholeCourse(), .dim),
                ]
            case .progress:
                spans = [Span(words.yourProgress(), selected ? .selected : .bold)]
            case .myQuestions:
                let count = state.questions.count
                spans = [
                    Span(words.myQuestionsHeading(), selected ? .selected : .bold),
                    Span(count == 0 ? words.forCareTeam() : "  (\(count))", .dim),
                ]
            case .lesson(let unitIndex):
                let unit = tutorial.units[unitIndex]
                if let part = unit.partNumber, part != lastPart, let title = unit.partTitle {
                    lines.append([])
                    lines += TextLayout.wrap(words.partHeading(part, title), width: width, style: .bold)
                    lastPart = part
                }
                let done = state.finishedLessons.contains(unit.id)
                let here = unitIndex == state.position.unit && state.quiz == nil
                mark = here ? "▶" : (done ? "✓" : " ")
                spans = [Span(unit.title, selected ? .selected : .plain)]
                if here {
                    spans.append(Span(" " + words.youAreHere(), .dim))
                } else if done {
                    spans.append(Span(" " + words.lessonDone(), .dim))
                }
                if let reason = tutorial.reasons[unit.id] {
                    spans.append(Span("  " + words.pathReason(reason), .dim))
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

    static func help(
        width: Int, words: any Words, kiosk: Bool = false, speech: Bool = true, otherLanguage: Language? = nil
    ) -> [Line] {
        let keys = KeyBindings.table.filter { speech || $0.command != .readAloud }.compactMap { binding in
            words.helpMeaning(binding.command).map { (words.helpKeys(binding.command), $0) }
        }
        var lines = TextLayout.wrap(words.keysHeading(), width: width, style: .heading)
        lines.append([])
        for (key, meaning) in keys {
            lines += TextLayout.wrap([Span(key, .bold), Span(": " + meaning)], width: width)
        }
        if let otherLanguage {
            // Said in the other language, for the learner who reads that one.
            lines += TextLayout.wrap(
                [Span(words.helpKeys(.language), .bold), Span(": " + otherLanguage.words.switchToThisLanguage())],
                width: width)
        }
        lines.append([])
        lines += TextLayout.wrap(words.helpClosing(kiosk: kiosk), width: width)
        return lines
    }

    static func glossary(tutorial: Tutorial, state: TutorState, width: Int) -> [Line] {
        let terms = tutorial.library.glossary
        let words = tutorial.words
        var lines = TextLayout.wrap(words.glossaryHeading(), width: width, style: .heading)
        guard !terms.isEmpty else {
            return lines + [[]] + TextLayout.wrap(words.noGlossary(), width: width)
        }
        let onScreen = tutorial.screen(at: state.position).map { GlossaryLookup.terms(in: $0, from: terms) } ?? []
        func entry(_ term: GlossaryTerm) -> [Line] {
            let say = term.say.map { " (\($0))" } ?? ""
            return TextLayout.wrap([Span(term.term, .bold), Span(say + ": " + term.means)], width: width)
        }
        if !onScreen.isEmpty {
            lines.append([])
            lines += TextLayout.wrap(words.onThisScreen(), width: width, style: .bold)
            for term in onScreen { lines += entry(term) }
        }
        lines.append([])
        lines += TextLayout.wrap(words.allWords(others: !onScreen.isEmpty), width: width, style: .bold)
        let sorted = terms.sorted { GlossaryOrder.key($0.term) < GlossaryOrder.key($1.term) }
        for term in sorted where !onScreen.contains(term) { lines += entry(term) }
        // Like the glossary lesson, the word list ends with what the learner can do.
        for lesson in tutorial.library.lessons.values.sorted(by: { $0.id < $1.id }) where lesson.kind == .glossary {
            for case .text(let text) in lesson.screens {
                lines.append([])
                lines += ScreenContent.textLines(text, width: width, words: words)
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

    static func searchableText(of screen: Screen) -> String { screen.texts.joined(separator: " ") }
}
