import LessonModel
import TutorEngine
/// The body of a screen as wrapped lines, before it is cut to the window.
public enum ScreenContent {
    public static func lines(for screen: Screen, state: TutorState, tutorial: Tutorial, width: Int) -> ContentLines {
        let words = tutorial.words
        switch screen {
        case .text(let text):
            return ContentLines(lines: textLines(text, width: width, words: words, spoken: state.speech?.sentence))
        case .diagram(let diagram): return ContentLines(lines: diagramLines(diagram, width: width, words: words))
        case .question(let question):
            let unit = tutorial.units[state.position.unit]
            let ids = unit.questionIDs
            let number = (ids.firstIndex(of: question.id) ?? 0) + 1
            return QuestionContent.lines(
                question, number: number, of: ids.count, answer: state.answer(to: question.id),
                draft: state.draft, salt: nil, width: width, words: words, spoken: state.speech?.sentence)
        }
    }

    /// `spoken`: the sentence being read aloud (the heading is sentence 0), marked so the
    /// learner can follow it; `SpeechScript` counts sentences the same way.
    static func textLines(_ text: TextScreen, width: Int, words: any Words, spoken: Int? = nil) -> [Line] {
        var lines = TextLayout.wrap(text.heading, width: width, style: spoken == 0 ? .selected : .heading)
        var previous: TextBlock?
        var sentence = 1
        for block in text.blocks {
            // A list reads as one block: no blank line between its bullets.
            if case .bullet = block, case .bullet = previous {} else { lines.append([]) }
            previous = block
            var spans = block.spans.map { Span($0.text, $0.bold ? .bold : .plain) }
            if let spoken {
                let split = SpeechScript.sentences(of: spans)
                spans = split.enumerated().flatMap { offset, part in
                    sentence + offset == spoken ? part.map { Span($0.text, .selected) } : part
                }
                sentence += split.count
            }
            switch block {
            case .paragraph: lines += TextLayout.wrap(spans, width: width)
            case .bullet: lines += TextLayout.wrap(spans, width: width, prefix: [Span("• ")])
            }
        }
        if let notice = text.notice {
            lines.append([])
            lines += TextLayout.wrap(notice, width: width, style: .notice, prefix: [Span(words.notePrefix(), .notice)])
        }
        return lines
    }

    static func diagramLines(_ diagram: DiagramScreen, width: Int, words: any Words) -> [Line] {
        var lines = TextLayout.wrap(diagram.heading, width: width, style: .heading)
        lines.append([])
        if diagram.artWidth <= width {
            lines += diagram.art.map { [Span($0, .art)] }
            lines.append([])
            if let caption = diagram.caption { lines += TextLayout.wrap(caption, width: width) }
            lines += TextLayout.wrap(diagram.description, width: width, style: .dim, prefix: [Span(words.inWordsPrefix(), .dim)])
        } else {
            lines += TextLayout.wrap(diagram.description, width: width, prefix: [Span(words.picturePrefix(), .bold)])
            if let caption = diagram.caption { lines += TextLayout.wrap(caption, width: width) }
            lines.append([])
            lines += TextLayout.wrap(words.widenForPicture(diagram.artWidth + 4), width: width, style: .dim)
        }
        return lines
    }
}

/// How a question looks while it is answered and after.
enum QuestionContent {
    static func lines(
        _ question: Question, number: Int, of total: Int, answer: Answer?, draft: Draft, salt: String?,
        width: Int, words: any Words, spoken: Int? = nil
    ) -> ContentLines {
        var lines: [Line] = [[Span(words.questionOf(number, total), .dim)]]
        // Read aloud, the prompt's sentences come first, then the choices (`SpeechScript`).
        let promptSentences = SpeechScript.sentences(of: [Span(question.prompt, .heading)])
        let promptSpans = promptSentences.enumerated().flatMap { offset, part in
            offset == spoken ? part.map { Span($0.text, .selected) } : part
        }
        lines += TextLayout.wrap(promptSpans, width: width)
        lines.append([])
        var cursorLine: Int?
        var cursorEnd: Int?
        var verdictLine: Int?
        var targets: [Int: Action] = [:]
        func clickable(_ more: [Line], _ number: Int) {
            if answer == nil { for offset in more.indices { targets[lines.count + offset] = .choose(number) } }
            if cursorLine == lines.count { cursorEnd = lines.count + more.count }
            lines += more
        }

        switch question.form {
        case .choice(let choices, let right):
            let order = question.displayOrder(salt: salt)
            for (position, index) in order.enumerated() {
                let choice = choices[index]
                let picked = answer?.response.first == index
                let marker: String
                let style: Style
                if answer != nil {
                    marker = index == right ? "✓" : (picked ? "✗" : " ")
                    style = index == right ? .correct : (picked ? .wrong : .plain)
                } else {
                    marker = draft.highlight == index ? "▸" : " "
                    let beingRead = spoken == promptSentences.count + position
                    style = draft.highlight == index || beingRead ? .selected : .plain
                }
                if draft.highlight == index || picked { cursorLine = lines.count }
                var spans = [Span(choice.text, style)]
                if picked { spans.append(Span(words.yourAnswerMark(), .dim)) }
                clickable(
                    TextLayout.wrap(spans, width: width, prefix: [Span("\(marker) \(position + 1)  ", style)]),
                    position + 1)
            }
            if let answer {
                lines.append([])
                verdictLine = lines.count
                lines += verdict(answer.correct, words: words)
                // What the learner's pick means first, then the right answer.
                if let pick = answer.response.first, choices.indices.contains(pick),
                    let feedback = choices[pick].feedback
                {
                    lines += TextLayout.wrap(feedback, width: width)
                }
                if !answer.correct {
                    let shownNumber = (order.firstIndex(of: right) ?? right) + 1
                    lines += TextLayout.wrap(words.rightAnswerIs(shownNumber, choices[right].text), width: width)
                }
            } else {
                lines.append([])
                lines += TextLayout.wrap(words.howToChoose(choices.count), width: width, style: .dim)
            }

        case .order(let items):
            if let answer {
                verdictLine = lines.count
                lines += verdict(answer.correct, words: words)
                lines.append([Span(words.yourOrderHeading(), .bold)])
                for (place, item) in answer.response.enumerated() {
                    let right = item == place
                    var spans = [Span(items[item], right ? .correct : .wrong)]
                    if !right { spans.append(Span(words.rightOne(items[place]), .dim)) }
                    lines += TextLayout.wrap(
                        spans, width: width,
                        prefix: [Span("\(right ? "✓" : "✗") \(place + 1). ", right ? .correct : .wrong)])
                }
            } else {
                if !draft.picks.isEmpty {
                    lines.append([Span(words.yourOrderSoFar(), .bold)])
                    for (place, item) in draft.picks.enumerated() {
                        lines += TextLayout.wrap(items[item], width: width, prefix: [Span("  \(place + 1). ")])
                    }
                    lines.append([])
                }
                lines += TextLayout.wrap(
                    words.pressForPlace(first: draft.picks.isEmpty), width: width, style: .bold)
                // Every item keeps its number; a placed one stays listed, dimmed, with its place.
                for (index, item) in question.selectable(after: draft.picks, salt: salt).enumerated() {
                    let highlighted = draft.highlight == item
                    if highlighted { cursorLine = lines.count }
                    if let place = draft.picks.firstIndex(of: item) {
                        lines += TextLayout.wrap(
                            [Span(items[item], .dim), Span(words.placed(place + 1), .dim)],
                            width: width, prefix: [Span("  \(index + 1)  ", .dim)])
                        continue
                    }
                    clickable(
                        TextLayout.wrap(
                            items[item], width: width,
                            style: highlighted ? .selected : .plain,
                            prefix: [
                                Span("\(highlighted ? "▸" : " ") \(index + 1)  ", highlighted ? .selected : .plain)
                            ]),
                        index + 1)
                }
                if !draft.picks.isEmpty {
                    lines += TextLayout.wrap(words.backspaceTakesBack(), width: width, style: .dim)
                }
            }

        case .match(let pairs):
            let options = question.matchOptions
            for (index, pair) in pairs.enumerated() {
                var spans = [Span(pair.left, .bold), Span(" → ")]
                var marker = " "
                var style = Style.plain
                if let answer, answer.response.indices.contains(index) {
                    let pick = answer.response[index]
                    let right = options.indices.contains(pick) && options[pick] == pair.right
                    marker = right ? "✓" : "✗"
                    style = right ? .correct : .wrong
                    spans.append(Span(options.indices.contains(pick) ? options[pick] : "?", style))
                    if !right { spans.append(Span(words.rightOne(pair.right), .dim)) }
                } else if draft.picks.indices.contains(index) {
                    let pick = draft.picks[index]
                    spans.append(Span(options.indices.contains(pick) ? options[pick] : "?"))
                } else if index == draft.picks.count && answer == nil {
                    marker = "▸"
                    spans.append(Span("?", .bold))
                }
                lines += TextLayout.wrap(spans, width: width, prefix: [Span("\(marker) ", style)])
            }
            lines.append([])
            if let answer {
                verdictLine = lines.count
                lines += verdict(answer.correct, words: words)
            } else if draft.picks.count < pairs.count {
                lines += TextLayout.wrap(
                    words.pressForMatch(pairs[draft.picks.count].left), width: width, style: .bold)
                for (index, option) in question.displayOrder(salt: salt).enumerated() {
                    let highlighted = draft.highlight == option
                    if highlighted { cursorLine = lines.count }
                    clickable(
                        TextLayout.wrap(
                            options[option], width: width, style: highlighted ? .selected : .plain,
                            prefix: [
                                Span("\(highlighted ? "▸" : " ") \(index + 1)  ", highlighted ? .selected : .plain)
                            ]),
                        index + 1)
                }
            }
        }
        if answer != nil, let explanation = question.explanation {
            lines += TextLayout.wrap(explanation, width: width)
        }
        if answer != nil {
            lines.append([])
            lines += TextLayout.wrap(words.pressEnter(nextQuestion: salt != nil), width: width, style: .dim)
        }
        var focus: Range<Int>?
        if let verdictLine {
            focus = verdictLine..<lines.count
        } else if let cursorLine {
            focus = cursorLine..<max(cursorLine + 1, cursorEnd ?? 0)
        }
        return ContentLines(lines: lines, cursorLine: cursorLine, targets: targets, focus: focus)
    }

    /// "Correct" or "Not quite" in words and a symbol, so colour never carries it alone.
    static func verdict(_ correct: Bool, words: any Words) -> [Line] {
        [[Span(words.verdict(correct), correct ? .correct : .wrong)]]
    }
}
