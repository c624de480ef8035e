import LessonModel

/// What read-aloud would say badly, found before a learner hears it: writing that is left,
/// after the course's `read-aloud:` forms, which espeak-ng says mark by mark or not at all
/// ("1-800-..." as "one dash eight hundred", "24/7" with "slash", ★ as nothing), and forms
/// that nothing in the course uses. Only `lint` asks: a course that says one word badly still
/// teaches on screen, so the tutorial runs on it.
enum ReadAloudLint {
    static func problems(_ library: LessonLibrary, files: [LessonFile]) -> [Problem] {
        let readAloud = ReadAloudText(library: library)
        let text = Dictionary(files.map { ($0.path, $0.text) }, uniquingKeysWith: { first, _ in first })
        var problems: [Problem] = []
        var everything: [String] = []
        /// Each word read-aloud cannot say, once, where it is first written in `file`.
        func check(_ screens: [[String]], file: String, what: ([Int]) -> String) {
            var found: [(token: String, screens: [Int])] = []
            for (number, texts) in screens.enumerated() {
                everything += texts
                for token in texts.flatMap({ unsayable(in: readAloud.spoken($0)) }) {
                    if let index = found.firstIndex(where: { $0.token == token }) {
                        if found[index].screens.last != number + 1 { found[index].screens.append(number + 1) }
                    } else {
                        found.append((token, [number + 1]))
                    }
                }
            }
            for (token, numbers) in found {
                let location = firstWritten(token, in: text[file] ?? "", file: file)
                problems.append(Problem(location, what(numbers) + " " + message(token)))
            }
        }
        let course = library.course
        let openings = [course.welcome, course.farewell] + (course.kiosk.map { [$0.welcome] } ?? [])
        check(openings.map { spokenTexts(of: .text($0)) }, file: course.location.file) { _ in "the course has" }
        for id in library.lessons.keys.sorted() {
            guard let lesson = library.lessons[id] else { continue }
            if !lesson.terms.isEmpty {
                check([lesson.terms.map(\.line)], file: lesson.location.file) { _ in "the glossary has" }
            }
            check(lesson.screens.map(spokenTexts), file: lesson.location.file) { numbers in
                numbers.count == 1
                    ? "screen \(numbers[0]) has" : "screens \(numbers.map(String.init).joined(separator: ", ")) have"
            }
        }
        for form in course.readAloud where !everything.contains(where: { $0.contains(form.written) }) {
            problems.append(
                Problem(
                    form.location,
                    "read-aloud: no lesson has '\(ProblemText.short(form.written))', so this is never said"))
        }
        return problems.sorted { $0.location < $1.location }
    }

    /// The line and column where `token` is first written outside a picture's drawing (an
    /// `art:` block, which is never read aloud); the file's top when it cannot be found.
    static func firstWritten(_ token: String, in text: String, file: String) -> SourceLocation {
        var artIndent: Int?
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let indent = line.prefix { $0 == " " }.count
            if let art = artIndent {
                if line.allSatisfy({ $0 == " " }) || indent > art { continue }
                artIndent = nil
            }
            let trimmed = line.dropFirst(indent)
            if trimmed.hasPrefix("art:") || trimmed.hasPrefix("- art:") {
                artIndent = indent + (trimmed.hasPrefix("- ") ? 2 : 0)
                continue
            }
            if let range = line.firstRange(of: token) {
                return SourceLocation(
                    file: file, line: number + 1, column: line.distance(from: line.startIndex, to: range.lowerBound) + 1
                )
            }
        }
        return SourceLocation(file: file)
    }

    private static func message(_ token: String) -> String {
        "'\(ProblemText.short(token))', which reading aloud says badly or not at all: "
            + "add what to say for it under read-aloud: in course.yaml"
    }

    /// Everything read-aloud can say from a screen: its own words, and a text screen's notice.
    static func spokenTexts(of screen: Screen) -> [String] {
        guard case .text(let text) = screen, let notice = text.notice else { return screen.texts }
        return screen.texts + [notice]
    }

    /// The words of `text` the speech engine cannot say as written: those with a symbol (★,
    /// °, →), a slash, or digits joined by a dash. Words are cut at spaces; a web address has
    /// become its site by now.
    static func unsayable(in text: String) -> [String] {
        text.split(separator: " ").compactMap { word in
            let core = word.trimmingPrefix(while: { "(\"«¿¡".contains($0) })
            guard core.contains("/") || core.unicodeScalars.contains(where: isSymbol) || hasDashedDigits(core) else {
                return nil
            }
            return String(core.reversed().drop(while: { ".,;:)\"»?!".contains($0) }).reversed())
        }
    }

    private static func isSymbol(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .otherSymbol, .mathSymbol, .modifierSymbol: true
        default: false
        }
    }

    private static func hasDashedDigits(_ word: Substring) -> Bool {
        let characters = Array(word)
        return characters.indices.dropFirst().dropLast().contains { index in
            characters[index] == "-" && characters[index - 1].isNumber && characters[index + 1].isNumber
        }
    }
}
