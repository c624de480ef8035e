import LessonModel

/// The one-page sheets of `handout --sheet`: each starts with its title, the course's
/// disclaimer and its intro, and fits 80 columns by 66 lines (lint checks the length, with
/// the same layout; see LessonFormat's PrintFit).
public enum PrintedSheet {
    static let width = Sheets.pageWidth

    /// `learnerQuestions`, the learner's own (written with w), go on the question sheet
    /// after the course's, each taking the place of a blank line.
    public static func text(
        _ kind: SheetKind, of sheets: Sheets, in library: LessonLibrary, learnerQuestions: [String] = []
    ) -> String {
        let disclaimer = library.course.disclaimer
        let words = library.words
        let lines: [String]
        switch kind {
        case .questions:
            let sheet = sheets.questions
            lines =
                header(sheet.title, disclaimer, sheet.intro)
                + questionLines(sheet, library: library, own: learnerQuestions, words: words)
        case .symptoms:
            let sheet = sheets.symptoms
            lines = header(sheet.title, disclaimer, sheet.intro) + symptomLines(sheet)
        case .callNow:
            let sheet = sheets.callNow
            lines = header(sheet.title, disclaimer, sheet.intro) + callNowLines(sheet, words: words)
        }
        return lines.map(TerminalText.sanitized).joined(separator: "\n") + "\n"
    }

    static func header(_ title: String, _ disclaimer: String, _ intro: String) -> [String] {
        [title] + PrintText.wrap(disclaimer, width: width) + [""] + PrintText.wrap(intro, width: width) + [""]
    }

    /// Under each lesson's title, its questions with a box to tick; then lines to write on.
    static func questionLines(
        _ sheet: QuestionSheet, library: LessonLibrary, own: [String] = [], words: any Words
    ) -> [String] {
        var out: [String] = []
        for group in sheet.groups {
            out += PrintText.wrap(library.lessons[group.lesson.id]?.title ?? group.lesson.id, width: width)
            for question in group.questions { out += PrintText.wrap(question, width: width, prefix: "[ ] ") }
        }
        var blankLines = sheet.blankLines
        if !own.isEmpty {
            out.append("")
            out.append(words.ownQuestionsHeading())
            for question in own {
                let lines = PrintText.wrap(question, width: width, prefix: "[ ] ")
                out += lines
                blankLines -= lines.count
            }
            blankLines -= 2
        }
        if blankLines > 0 {
            out.append("")
            out += Array(repeating: PrintText.rule("_", width: width), count: blankLines)
        }
        return out
    }

    /// A table across the page: the columns' names as headers (wrapped inside their column),
    /// then empty rows of two lines each to write in.
    static func symptomLines(_ sheet: SymptomSheet) -> [String] {
        let widths = SymptomSheet.columnWidths(count: sheet.columns.count, width: width)
        func rule(_ character: Character) -> String {
            "+" + widths.map { PrintText.rule(character, width: $0 + 2) + "+" }.joined()
        }
        func row(_ cells: [String]) -> String {
            "|"
                + zip(cells, widths).map { cell, cellWidth in
                    " " + cell + String(repeating: " ", count: max(0, cellWidth - TerminalText.width(of: cell))) + " |"
                }.joined()
        }
        let headers = zip(sheet.columns, widths).map { PrintText.wrap($0, width: $1) }
        let height = headers.map(\.count).max() ?? 1
        var out = [rule("-")]
        for line in 0..<height {
            out.append(row(headers.map { line < $0.count ? $0[line] : "" }))
        }
        out.append(rule("="))
        let empty = row(widths.map { _ in "" })
        for _ in 0..<sheet.rows {
            out += Array(repeating: empty, count: SymptomSheet.rowHeight) + [rule("-")]
        }
        if let note = sheet.note { out += [""] + PrintText.wrap(note, width: width) }
        return out
    }

    /// Each sign marked `[!]`, then when to call 911, where else to get help, and the source.
    static func callNowLines(_ sheet: CallNowSheet, words: any Words) -> [String] {
        var out = sheet.signs.flatMap { PrintText.wrap($0, width: width, prefix: "[!] ") }
        out += [""] + PrintText.wrap(sheet.emergency, width: width)
        if let moreHelp = sheet.moreHelp { out += [""] + PrintText.wrap(moreHelp, width: width) }
        out += [""] + PrintText.wrap(words.sheetSource(sheet.source), width: width)
        return out
    }
}
