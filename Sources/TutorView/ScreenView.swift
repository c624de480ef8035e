import LessonModel
import TutorEngine
/// The whole screen as a function of the state and the window size.
public enum ScreenView {
    public static let minimumWidth = 40
    public static let minimumHeight = 12
    static let headerRows = 3

    public struct Rendered: Equatable, Sendable {
        public var grid: Grid
        /// How much of the screen's text fits, for `Action.viewportChanged`.
        public var viewport: Viewport?
    }

    /// The layout as the engine needs it: how much of the current screen the window shows.
    public static let measure: ScreenMeasure = { state, tutorial, window in
        render(state, tutorial, width: window.width, height: window.height).viewport
    }

    public static func render(_ state: TutorState, _ tutorial: Tutorial, width: Int, height: Int) -> Rendered {
        var rendered = layout(state, tutorial, width: width, height: height)
        Glyphs.apply(state.glyphs, to: &rendered.grid)
        return rendered
    }

    /// The screen with the marks of a UTF-8 terminal; `render` swaps them for the glyph set's.
    private static func layout(_ state: TutorState, _ tutorial: Tutorial, width: Int, height: Int) -> Rendered {
        var grid = Grid(width: width, height: height)
        let words = tutorial.words
        guard width >= minimumWidth, height >= minimumHeight else {
            drawTooSmall(&grid, words: words)
            return Rendered(grid: grid, viewport: nil)
        }
        if state.kiosk?.phase == .welcome {
            KioskView.drawWelcome(&grid, tutorial: tutorial, otherLanguage: state.otherLanguage)
            return Rendered(grid: grid, viewport: nil)
        }
        let unit = tutorial.units[state.position.unit]
        if let round = state.quiz {
            QuizView.drawHeader(&grid, round: round, tutorial: tutorial)
        } else {
            drawHeader(&grid, state: state, tutorial: tutorial, unit: unit)
        }

        let left = 2
        let textWidth = width - 2 * left
        let top = headerRows + 1
        var bottom = height - 1  // the footer row
        // A notice is wrapped, never cut: up to three lines, one in a window of few rows.
        let noticeLines =
            state.notice.map {
                Array(
                    TextLayout.wrap(words.notice($0, mode: .fullScreen), width: textWidth, style: .warning).prefix(
                        height >= 16 ? 3 : 1))
            } ?? []
        bottom -= noticeLines.count
        if state.editor != nil { bottom = height - 4 }
        let areaHeight = bottom - top

        var content: ContentLines
        var scroll = state.scroll
        if let kiosk = state.kiosk, let lines = KioskView.lines(kiosk, width: textWidth, words: words) {
            content = ContentLines(lines: lines)
            scroll = 0
        } else {
            switch state.overlay {
            case .menu(let selection):
                content = OverlayContent.menu(tutorial: tutorial, state: state, selection: selection, width: textWidth)
                scroll = max(0, (content.cursorLine ?? 0) - areaHeight / 2)
            case .help:
                content = ContentLines(
                    lines: OverlayContent.help(
                        width: textWidth, words: words, kiosk: state.kiosk != nil, speech: state.speechAvailable,
                        otherLanguage: state.otherLanguage))
            case .teachBack(let lessonID):
                content = ContentLines(
                    lines: TeachBackView.lines(lessonID: lessonID, tutorial: tutorial, width: textWidth))
            case .myQuestions(let selection):
                content = QuestionsView.list(state, tutorial: tutorial, selection: selection, width: textWidth)
                scroll = max(0, (content.cursorLine ?? 0) - areaHeight / 2)
            case .glossary(let glossaryScroll):
                content = ContentLines(
                    lines: OverlayContent.glossary(tutorial: tutorial, state: state, width: textWidth))
                scroll = glossaryScroll
            case .progress(let report, let progressScroll):
                content = ContentLines(lines: report.lines(width: textWidth, words: words))
                scroll = progressScroll
            case .quitConfirm, nil:
                if let round = state.quiz {
                    content = QuizView.lines(round, tutorial: tutorial, width: textWidth)
                } else if let screen = tutorial.screen(at: state.position) {
                    content = ScreenContent.lines(for: screen, state: state, tutorial: tutorial, width: textWidth)
                    if unit.kind == .farewell {
                        content.lines += TeachBackView.goOverAgainLines(
                            TeachBackEngine.toGoOverAgain(state.teachBack, tutorial.library), library: tutorial.library,
                            width: textWidth, words: words)
                        if state.guided {
                            content.lines.append([])
                            content.lines += TextLayout.wrap(words.printSummaryHint(), width: textWidth, style: .dim)
                        }
                    }
                } else {
                    content = ContentLines(lines: [[Span(words.noScreens(), .dim)]])
                }
            }
        }

        let overflow = content.lines.count > areaHeight
        let visible = overflow ? areaHeight - 1 : areaHeight
        scroll = min(scroll, max(0, content.lines.count - visible))
        if let cursorLine = content.cursorLine,
            state.overlay == nil || isMenu(state.overlay) || isQuestionList(state.overlay),
            cursorLine >= scroll, cursorLine < scroll + visible
        {
            grid.cursor = CursorPosition(row: top + cursorLine - scroll, column: left)
        }
        for (offset, line) in content.lines.dropFirst(scroll).prefix(visible).enumerated() {
            grid.put(line: line, row: top + offset, column: left, limit: width - left)
            if let action = content.targets[scroll + offset] {
                grid.clickTargets.append(ClickTarget(row: top + offset, columns: 0..<width, action: action))
            }
        }
        if overflow {
            let below = content.lines.count - scroll - visible
            var more = below > 0 ? words.moreBelow() : words.topOfScreen()
            if TerminalText.width(of: more) > width - left * 2 {
                more = below > 0 ? words.moreBelowShort() : words.topOfScreenShort()
            }
            grid.put(more, row: bottom - 1, column: left, style: .dim)
        }
        if let editor = state.editor {
            QuestionsView.drawEditor(editor, into: &grid, left: left, words: words)
        } else {
            for (index, line) in noticeLines.enumerated() {
                grid.put(line: line, row: height - 1 - noticeLines.count + index, column: left)
            }
        }
        drawFooter(&grid, state: state, tutorial: tutorial)
        let viewport =
            state.overlay == nil
            ? Viewport(contentLines: content.lines.count, visibleLines: visible, focus: content.focus) : nil
        return Rendered(grid: grid, viewport: viewport)
    }

    private static func isQuestionList(_ overlay: Overlay?) -> Bool {
        if case .myQuestions = overlay { return true }
        return false
    }

    private static func isMenu(_ overlay: Overlay?) -> Bool {
        if case .menu = overlay { return true }
        return false
    }

    private static func drawTooSmall(_ grid: inout Grid, words: any Words) {
        let message = words.windowTooSmall(columns: minimumWidth, rows: minimumHeight)
        let lines = TextLayout.wrap(message, width: max(1, grid.width))
        let top = max(0, (grid.height - lines.count) / 2)
        for (offset, line) in lines.prefix(grid.height).enumerated() {
            grid.put(line: line, row: top + offset, column: 0)
        }
    }

    private static func drawHeader(_ grid: inout Grid, state: TutorState, tutorial: Tutorial, unit: Unit) {
        let width = grid.width
        grid.fill(row: 0, style: .bar)
        grid.fill(row: 1, style: .bar)
        let words = tutorial.words
        let where_: String
        if let number = unit.partNumber, let title = unit.partTitle {
            where_ = words.partOf(number, tutorial.partCount, title: title)
        } else {
            where_ = tutorial.library.course.title
        }
        let lessons = tutorial.lessonUnits
        var rightTop = ""
        if let index = lessons.firstIndex(where: { $0.id == unit.id }) {
            rightTop = words.lessonOf(index + 1, lessons.count)
        }
        let rightBottom =
            unit.screens.count > 1 ? words.screenOf(state.position.screen + 1, unit.screens.count) : ""
        drawSides(&grid, row: 0, left: where_, right: rightTop, style: .bar)
        let title: String
        switch unit.kind {
        case .lesson: title = unit.title
        case .welcome, .farewell:
            title = tutorial.pathName == Course.fullPathName ? words.wholeCourse() : tutorial.pathTitle
        }
        drawSides(&grid, row: 1, left: title, right: rightBottom, style: .barBold)

        let done = lessons.filter { state.finishedLessons.contains($0.id) }.count
        let percent = lessons.isEmpty ? 0 : done * 100 / lessons.count
        let label = " " + words.percentDone(percent, done: done, of: lessons.count)
        let barWidth = max(0, width - 2 - TerminalText.width(of: label) - 2)
        let filled = lessons.isEmpty ? 0 : barWidth * done / lessons.count
        var col = grid.put(" ", row: 2, column: 0, style: .plain)
        col = grid.put(String(repeating: "█", count: filled), row: 2, column: col + 1, style: .progressDone)
        col = grid.put(String(repeating: "░", count: barWidth - filled), row: 2, column: col, style: .progressLeft)
        grid.put(label, row: 2, column: col, style: .dim)
    }

    /// Left-aligned and right-aligned text on one row; the left side gives way.
    static func drawSides(_ grid: inout Grid, row: Int, left: String, right: String, style: Style) {
        let rightWidth = TerminalText.width(of: right)
        let rightStart = grid.width - 1 - rightWidth
        let limit = rightWidth > 0 ? rightStart - 1 : grid.width - 1
        grid.put(" " + TextLayout.truncated(left, to: limit - 1), row: row, column: 0, style: style, limit: limit)
        if rightWidth > 0 { grid.put(right, row: row, column: rightStart, style: style) }
    }

    private static func drawFooter(_ grid: inout Grid, state: TutorState, tutorial: Tutorial) {
        let row = grid.height - 1
        grid.fill(row: row, style: .bar)
        if state.overlay == .quitConfirm {
            let question = " " + tutorial.words.quitQuestion(kiosk: state.kiosk != nil)
            grid.put(question, row: row, column: 0, style: .barBold)
            return
        }
        var col = 1
        var first = true
        for hint in fitted(hints(state: state, tutorial: tutorial), width: grid.width - 2) {
            if !first { col = grid.put("  ", row: row, column: col, style: .bar) }
            let start = col
            col = grid.put(hint.key, row: row, column: col, style: .barBold)
            col = grid.put(" " + hint.meaning, row: row, column: col, style: .bar)
            if let action = hint.action {
                grid.clickTargets.append(ClickTarget(row: row, columns: start..<col, action: action))
            }
            first = false
        }
    }

    /// A key hint in the footer: the key's name, what it does here, and what a click on it does
    /// (the same as pressing the key).
    struct Hint: Equatable {
        var key: String
        var meaning: String
        var action: Action?
        /// Help and quit: kept when the footer is short of room, whatever else goes.
        var kept = false
    }

    /// The hints that fit in `width` columns, in their order: when they do not all fit, the
    /// least important of those not kept go first, so "? help" and "q quit" stay at 40 columns.
    static func fitted(_ hints: [Hint], width: Int) -> [Hint] {
        func needed(_ hints: [Hint]) -> Int {
            hints.reduce(0) { $0 + TerminalText.width(of: $1.key) + 1 + TerminalText.width(of: $1.meaning) }
                + 2 * max(0, hints.count - 1)
        }
        var shown = hints
        while needed(shown) > width {
            if let last = shown.lastIndex(where: { !$0.kept }) {
                shown.remove(at: last)
            } else {
                shown.removeLast()
            }
        }
        return shown
    }

    /// The key hints for what is on screen, most important first: the footer keeps as many as fit.
    static func hints(state: TutorState, tutorial: Tutorial) -> [Hint] {
        let words = tutorial.words
        if let kiosk = state.kiosk {
            switch kiosk.phase {
            case .idleWarning: return [Hint(key: words.hint(.anyKey), meaning: words.hint(.carryOn), action: .next)]
            case .pinEntry:
                return [
                    Hint(key: words.keyName(.enter), meaning: words.hint(.done), action: .pinSubmit),
                    Hint(key: words.keyName(.escape), meaning: words.hint(.back), action: .closeOverlay),
                ]
            case .pinPause:
                return [Hint(key: words.keyName(.escape), meaning: words.hint(.back), action: .closeOverlay)]
            case .welcome: return []
            case .visiting: break
            }
        }
        let context = KeyContext(state, tutorial)
        var hints = context.footer.map { command, meaning, key in
            if command == .answer {
                return Hint(
                    key: "1-\(answerChoices(state: state, tutorial: tutorial))", meaning: words.hint(meaning),
                    action: nil)
            }
            let said = state.kiosk != nil && command == .quit ? words.hint(.endSession) : words.hint(meaning)
            let name = command == .up ? "↑↓" : words.keyName(key)
            return Hint(
                key: name, meaning: said, action: KeyMap.action(for: key, state: state, tutorial: tutorial),
                kept: command == .help || command == .quit)
        }
        // The other language last, where there is room, named in its own words.
        if let other = state.otherLanguage, context.commands.contains(.language) {
            let key = Key.character("l")
            hints.append(
                Hint(
                    key: words.keyName(key), meaning: other.ownName,
                    action: KeyMap.action(for: key, state: state, tutorial: tutorial)))
        }
        return hints
    }

    /// How many choices the question on screen offers now.
    static func answerChoices(state: TutorState, tutorial: Tutorial) -> Int {
        if let round = state.quiz, let item = round.current, let question = tutorial.library.question(item) {
            return question.selectable(after: round.draft.picks, salt: round.shuffleSalt).count
        }
        guard let question = tutorial.screen(at: state.position)?.question else { return 0 }
        return question.selectable(after: state.draft.picks).count
    }
}
