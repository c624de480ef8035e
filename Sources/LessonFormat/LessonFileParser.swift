import LessonModel

/// Reads one lesson file into a lesson-file type and turns everything that goes wrong into
/// `FILE:LINE:COLUMN` problems; never throws. The file's text is looked at once for raw
/// characters, read once by libyaml into a tree, and the tree is read once into the model.
enum LessonFileParser {
    static func read<T: NodeReadable>(_ type: T.Type, from file: LessonFile) -> (T?, [Problem]) {
        var text = file.text
        // A byte-order mark is how some editors start a UTF-8 file; it is not part of the lesson.
        if text.unicodeScalars.first == "\u{FEFF}" { text = String(text.unicodeScalars.dropFirst()) }
        // Checked before YAML reads the text, so each character is named where it is.
        let raw = RawTextCheck.problems(in: text, file: file.path)
        if !raw.isEmpty { return (nil, raw) }
        let tree: YAMLEventReader.Result
        switch YAMLEventReader.read(text, file: file.path) {
        case .success(let result): tree = result
        case .failure(let refused): return (nil, refused.problems)
        }
        let report = FileReport(file: file.path)
        report.problems = EscapedCharacterCheck.problems(in: tree.unsafeScalars, text: text, file: file.path)
        let value = try? T(reading: NodeReader(root: tree.root, report: report))
        return (value, ProblemLimit.capped(report.problems.sorted { $0.location < $1.location }))
    }

    /// Reads many files on all cores. Each file is read on its own, with its own report, so
    /// the results are the same as one by one, and they come back in the files' order.
    static func readAll<T: NodeReadable & Sendable>(_ type: T.Type, from files: [LessonFile]) -> [(T?, [Problem])] {
        concurrentMap(files) { read(T.self, from: $0) }
    }
}
