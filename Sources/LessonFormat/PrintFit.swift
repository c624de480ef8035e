import LessonModel

/// Whether sheet text fits the printed page: every word within 80 columns (a longer one
/// would be cut), and each sheet within 66 lines. The line counts follow the layout of
/// TutorView's PrintedSheet, wrapped the way TextLayout wraps (greedy, by display width);
/// a test checks that the two agree on the built-in sheets.
enum PrintFit {
    static let width = Sheets.pageWidth
    /// `[ ] ` before a question, `[!] ` before a sign: wrapped lines hang under the text.
    static let checkboxWidth = 4

    /// A title is printed on one line, as written.
    static func title(_ text: String, _ c: MappingReader) -> String {
        let text = c.nonEmpty(text, key: "title")
        if text.contains("\n") {
            c.report.report(c.location(ofKey: "title"), "a title is one line")
        } else if TerminalText.width(of: text) > width {
            c.report.report(
                c.location(ofKey: "title"),
                "the title is \(TerminalText.width(of: text)) columns wide; at most \(width) fit the page")
        }
        return text
    }

    /// Text that is wrapped to the page: it must say something, and no word may be too wide.
    static func paragraph(_ text: String, key: String, _ c: MappingReader) -> String {
        checkWords(c.nonEmpty(text, key: key), indent: 0, at: c.location(ofKey: key), c)
        return text
    }

    static func checkWords(_ text: String, indent: Int, at location: SourceLocation, _ c: MappingReader) {
        for word in text.split(whereSeparator: \.isWhitespace) where TerminalText.width(of: word) > width - indent {
            c.report.report(
                location,
                "'\(ProblemText.short(String(word)))' is \(TerminalText.width(of: word)) columns wide with no space to wrap at; at most \(width - indent) fit a line"
            )
            return
        }
    }

    /// How many lines `text` takes wrapped to the page after `indent` columns.
    static func lineCount(_ text: String, indent: Int = 0) -> Int {
        let room = max(1, width - indent)
        var lines = 1
        var used = 0
        for word in text.split(whereSeparator: \.isWhitespace) {
            var wordWidth = TerminalText.width(of: word)
            let gap = used > 0 ? 1 : 0
            if used + gap + wordWidth <= room {
                used += gap + wordWidth
                continue
            }
            if used > 0 { lines += 1 }
            while wordWidth > room {
                lines += 1
                wordWidth -= room
            }
            used = wordWidth
        }
        return lines
    }

    /// Title, disclaimer, a blank line, the intro, a blank line.
    static func headerLines(intro: String, disclaimer: String) -> Int {
        1 + lineCount(disclaimer) + 1 + lineCount(intro) + 1
    }

    static func lines(of sheet: QuestionSheet, disclaimer: String, lessonTitles: [String: String]) -> Int {
        var total = headerLines(intro: sheet.intro, disclaimer: disclaimer)
        for group in sheet.groups {
            total += lineCount(lessonTitles[group.lesson.id] ?? group.lesson.id)
            total += group.questions.reduce(0) { $0 + lineCount($1, indent: checkboxWidth) }
        }
        return total + (sheet.blankLines > 0 ? 1 + sheet.blankLines : 0)
    }

    static func lines(of sheet: SymptomSheet, disclaimer: String) -> Int {
        let widths = SymptomSheet.columnWidths(count: sheet.columns.count)
        let headerHeight =
            zip(sheet.columns, widths).map { column, columnWidth in
                lineCount(column, indent: width - columnWidth)
            }.max() ?? 1
        let table = 1 + headerHeight + 1 + sheet.rows * (SymptomSheet.rowHeight + 1)
        let note = sheet.note.map { 1 + lineCount($0) } ?? 0
        return headerLines(intro: sheet.intro, disclaimer: disclaimer) + table + note
    }

    static func lines(of sheet: CallNowSheet, disclaimer: String) -> Int {
        var total = headerLines(intro: sheet.intro, disclaimer: disclaimer)
        total += sheet.signs.reduce(0) { $0 + lineCount($1, indent: checkboxWidth) }
        total += 1 + lineCount(sheet.emergency)
        if let moreHelp = sheet.moreHelp { total += 1 + lineCount(moreHelp) }
        return total + 1 + lineCount("Source: " + sheet.source)
    }
}
