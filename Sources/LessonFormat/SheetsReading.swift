import LessonModel

// How `sheets.yaml` is read: three one-page sheets, each checked against the page it will
// be printed on (80 columns by 66 lines), so a sheet that would spill is caught by lint
// rather than by the clinic's printer.

extension Sheets: NodeReadable {
    init(reading reader: NodeReader) throws {
        let c = try reader.mapping(
            "the sheets file", allowed: ["questions", "symptoms", "call-now"],
            required: ["questions", "symptoms", "call-now"])
        // Each sheet is read even when another is broken, so one lint run lists every problem.
        let questions = try? c.value("questions", as: QuestionSheet.self)
        let symptoms = try? c.value("symptoms", as: SymptomSheet.self)
        let callNow = try? c.value("call-now", as: CallNowSheet.self)
        guard let questions, let symptoms, let callNow else { throw ProblemsReported() }
        self.init(questions: questions, symptoms: symptoms, callNow: callNow)
    }
}

extension QuestionGroup: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(lesson: LessonReference(id: "", location: SourceLocation(file: "")), questions: [])
        let c = try reader.mapping(
            "a question group", allowed: ["lesson", "questions"], required: ["lesson", "questions"])
        lesson = try c.value("lesson")
        questions = try c.value("questions")
        if questions.isEmpty {
            report(c, "questions", "a question group needs at least one question")
        }
        for (index, question) in questions.enumerated() {
            PrintFit.checkWords(question, indent: PrintFit.checkboxWidth, at: c.itemLocation("questions", index), c)
        }
    }
}

extension QuestionSheet: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", intro: "", groups: [], blankLines: 0)
        let c = try reader.mapping(
            "the questions sheet", allowed: ["title", "intro", "groups", "blank-lines"],
            required: ["title", "intro", "groups"])
        location = reader.keyLocation
        title = PrintFit.title(try c.value("title"), c)
        intro = PrintFit.paragraph(try c.value("intro"), key: "intro", c)
        let written = try c.value("groups", as: [Lenient<QuestionGroup>].self)
        if written.isEmpty {
            report(c, "groups", "the questions sheet needs at least one group")
        }
        groups = written.compactMap(\.value)
        blankLines = try c.optional("blank-lines") ?? 0
        if blankLines < 0 || blankLines > Sheets.pageLength {
            report(c, "blank-lines", "'blank-lines' is a number of lines from 0 to \(Sheets.pageLength)")
            blankLines = 0
        }
    }
}

extension SymptomSheet: NodeReadable {
    /// Narrower than this, a column has no room to write in.
    static let minimumColumnWidth = 6

    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", intro: "", columns: [], rows: 0, note: nil)
        let c = try reader.mapping(
            "the symptom log", allowed: ["title", "intro", "columns", "rows", "note"],
            required: ["title", "intro", "columns", "rows"])
        location = reader.keyLocation
        title = PrintFit.title(try c.value("title"), c)
        intro = PrintFit.paragraph(try c.value("intro"), key: "intro", c)
        note = try c.optional("note", as: String.self).map { PrintFit.paragraph($0, key: "note", c) }
        columns = try c.value("columns")
        rows = try c.value("rows")
        if rows < 1 || rows > Sheets.pageLength {
            report(c, "rows", "'rows' is a number of rows from 1 to \(Sheets.pageLength)")
            rows = 1
        }
        let widths = Self.columnWidths(count: columns.count)
        if columns.isEmpty {
            report(c, "columns", "the symptom log needs at least one column")
        } else if let narrowest = widths.min(), narrowest < Self.minimumColumnWidth {
            report(
                c, "columns",
                "\(columns.count) columns do not fit \(Sheets.pageWidth) columns of paper (each gets \(narrowest)); use fewer"
            )
        } else {
            for (index, (column, width)) in zip(columns, widths).enumerated() {
                c.nonEmptyItem(column, "columns", index)
                for word in column.split(whereSeparator: \.isWhitespace) where TerminalText.width(of: word) > width {
                    c.report.report(
                        c.itemLocation("columns", index),
                        "the word '\(ProblemText.short(String(word)))' is wider than its column (\(width) columns); use a shorter word"
                    )
                }
            }
        }
    }
}

extension CallNowSheet: NodeReadable {
    init(reading reader: NodeReader) throws {
        // Cross-module: a struct from LessonModel must be initialised before its fields are set.
        self.init(title: "", intro: "", signs: [], emergency: "", moreHelp: nil, source: "")
        let c = try reader.mapping(
            "the call-now card", allowed: ["title", "intro", "signs", "emergency", "more-help", "source"],
            required: ["title", "intro", "signs", "emergency", "source"])
        location = reader.keyLocation
        title = PrintFit.title(try c.value("title"), c)
        intro = PrintFit.paragraph(try c.value("intro"), key: "intro", c)
        signs = try c.value("signs")
        if signs.isEmpty {
            report(c, "signs", "the call-now card needs at least one sign")
        }
        for (index, sign) in signs.enumerated() {
            c.nonEmptyItem(sign, "signs", index)
            PrintFit.checkWords(sign, indent: PrintFit.checkboxWidth, at: c.itemLocation("signs", index), c)
        }
        emergency = PrintFit.paragraph(try c.value("emergency"), key: "emergency", c)
        moreHelp = try c.optional("more-help", as: String.self).map { PrintFit.paragraph($0, key: "more-help", c) }
        source = PrintFit.paragraph(try c.value("source"), key: "source", c)
    }
}

private func report(_ c: MappingReader, _ key: String, _ message: String) {
    c.report.report(c.location(ofKey: key), message)
}

extension MappingReader {
    /// Where item `index` of the list under `key` is written (or the key, if it is no list).
    func itemLocation(_ key: String, _ index: Int) -> SourceLocation {
        if let child = child(key), case .sequence(let items) = child.node.content, items.indices.contains(index) {
            return items[index].location(in: report.file)
        }
        return location(ofKey: key)
    }

    func nonEmptyItem(_ text: String, _ key: String, _ index: Int) {
        if text.trimmingWhitespace().isEmpty {
            report.report(itemLocation(key, index), "an item of '\(key)' is empty")
        }
    }
}
