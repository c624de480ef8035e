import LessonModel
extension LessonLibrary {
    /// Reads and checks a set of lesson files. The library comes back only when there is no
    /// problem at all: the tutorial never runs on lessons that fail lint.
    public static func load(_ files: [LessonFile]) -> (library: LessonLibrary?, problems: [Problem]) {
        var problems: [Problem] = []
        var course: Course?
        var lessons: [String: Lesson] = [:]
        var seenQuestionIDs: [String: SourceLocation] = [:]
        // Lessons whose file could not be read at all: already reported, so a course entry
        // naming one is not reported again as missing.
        var unreadable: Set<String> = []

        // A file that could not be read from disk is reported by LessonFileReader already.
        for file in files where file.isUnreadable && !Self.isCourseData(file) {
            unreadable.insert(String(file.fileName.split(separator: ".").first ?? ""))
        }
        let readable = files.filter { !$0.isUnreadable }
        let courseFiles = readable.filter { $0.fileName == Self.courseFileName }
        if courseFiles.isEmpty && !files.contains(where: { $0.fileName == Self.courseFileName }) {
            let folder = files.first.map { String($0.path.dropLast($0.fileName.count)) } ?? ""
            problems.append(
                Problem(
                    SourceLocation(file: folder + Self.courseFileName),
                    "there is no course file: it sets the order of the lessons"))
        }
        for file in courseFiles {
            let (decoded, found) = LessonFileParser.read(Course.self, from: file)
            problems += found
            course = course ?? decoded
        }

        // The sheets are optional, and the text of the course, not a lesson.
        var sheets: Sheets?
        for file in readable where file.fileName == Sheets.fileName {
            let (decoded, found) = LessonFileParser.read(Sheets.self, from: file)
            problems += found
            sheets = sheets ?? decoded
        }

        let lessonFiles = readable.filter { !Self.isCourseData($0) }
        let decodedLessons = LessonFileParser.readAll(Lesson.self, from: lessonFiles)
        for (file, (decoded, found)) in zip(lessonFiles, decodedLessons) {
            problems += found
            guard let lesson = decoded else {
                unreadable.insert(String(file.fileName.split(separator: ".").first ?? ""))
                continue
            }
            if let other = lessons[lesson.id] {
                problems.append(
                    Problem(
                        lesson.idLocation,
                        "duplicate lesson id '\(lesson.id)': \(other.idLocation.file):\(other.idLocation.line) has it too"
                    ))
                continue
            }
            let expectedName = lesson.id + ".yaml"
            if file.fileName != expectedName && file.fileName != lesson.id + ".yml" {
                problems.append(
                    Problem(lesson.idLocation, "lesson '\(lesson.id)' should be in a file named \(expectedName)"))
            }
            for question in lesson.questions {
                if let other = seenQuestionIDs[question.id] {
                    problems.append(
                        Problem(
                            question.location,
                            "duplicate question id '\(question.id)': \(other.file):\(other.line) has it too"))
                }
                seenQuestionIDs[question.id] = question.location
            }
            lessons[lesson.id] = lesson
        }

        let glossaries = lessons.values.filter { $0.kind == .glossary }.sorted { $0.id < $1.id }
        for extra in glossaries.dropFirst() {
            problems.append(
                Problem(extra.idLocation, "only one lesson can be the glossary; '\(glossaries[0].id)' is already"))
        }
        let glossary = glossaries.first?.terms ?? []
        var seenTerms: Set<String> = []
        for term in glossary where !seenTerms.insert(term.term.lowercased()).inserted {
            problems.append(Problem(glossaries[0].location, "the glossary lists '\(term.term)' twice"))
        }

        var order: [String] = []
        if let course {
            problems += checkReferences(course: course, lessons: lessons, unreadable: unreadable, order: &order)
            if let sheets {
                problems += checkSheets(sheets, course: course, lessons: lessons, unreadable: unreadable)
            }
        }
        problems.sort { $0.location < $1.location }
        guard problems.isEmpty, let course else { return (nil, problems) }
        return (
            LessonLibrary(course: course, lessons: lessons, courseOrder: order, glossary: glossary, sheets: sheets), []
        )
    }

    /// The course file and the sheets file sit beside the lessons but are none.
    private static func isCourseData(_ file: LessonFile) -> Bool {
        file.fileName == courseFileName || file.fileName == Sheets.fileName
    }

    /// What the sheets can only be checked against once the lessons are read: the lessons
    /// their question groups name, and each sheet's length on the page with the course's
    /// disclaimer and the lesson titles it prints.
    private static func checkSheets(
        _ sheets: Sheets, course: Course, lessons: [String: Lesson], unreadable: Set<String>
    ) -> [Problem] {
        var problems: [Problem] = []
        for group in sheets.questions.groups where lessons[group.lesson.id] == nil {
            if unreadable.contains(group.lesson.id) { continue }
            var message =
                "the questions sheet names lesson '\(ProblemText.short(group.lesson.id))', but no lesson has that id"
            if let guess = closestMatch(to: group.lesson.id, in: lessons.keys.sorted()) {
                message += " (did you mean '\(guess)'?)"
            }
            problems.append(Problem(group.lesson.location, message))
        }
        let titles = lessons.mapValues(\.title)
        let lengths = [
            (
                "the questions sheet", sheets.questions.location,
                PrintFit.lines(of: sheets.questions, disclaimer: course.disclaimer, lessonTitles: titles)
            ),
            (
                "the symptom log", sheets.symptoms.location,
                PrintFit.lines(of: sheets.symptoms, disclaimer: course.disclaimer)
            ),
            (
                "the call-now card", sheets.callNow.location,
                PrintFit.lines(of: sheets.callNow, disclaimer: course.disclaimer)
            ),
        ]
        for (name, location, lines) in lengths where lines > Sheets.pageLength {
            problems.append(
                Problem(
                    location,
                    "\(name) takes \(lines) lines printed; one page holds \(Sheets.pageLength), so take out \(lines - Sheets.pageLength)"
                ))
        }
        return problems
    }

    private static func checkReferences(
        course: Course, lessons: [String: Lesson], unreadable: Set<String>, order: inout [String]
    ) -> [Problem] {
        var problems: [Problem] = []
        var placed: [String: SourceLocation] = [:]
        for part in course.parts {
            for reference in part.lessons {
                if lessons[reference.id] == nil {
                    if unreadable.contains(reference.id) { continue }
                    problems.append(
                        Problem(
                            reference.location, "the course names lesson '\(reference.id)', but no lesson has that id"))
                } else if let first = placed[reference.id] {
                    problems.append(
                        Problem(
                            reference.location,
                            "lesson '\(reference.id)' is already in the course at line \(first.line)"))
                } else {
                    placed[reference.id] = reference.location
                    order.append(reference.id)
                }
            }
        }
        var pathNames: Set<String> = []
        for path in course.paths {
            if !pathNames.insert(path.name).inserted {
                problems.append(Problem(path.location, "there is already a path named '\(path.name)'"))
            }
            for reference in path.lessons where lessons[reference.id] == nil && !unreadable.contains(reference.id) {
                problems.append(
                    Problem(
                        reference.location,
                        "path '\(path.name)' names lesson '\(reference.id)', but no lesson has that id"))
            }
        }
        if let kiosk = course.kiosk, kiosk.path != Course.fullPathName, !pathNames.contains(kiosk.path) {
            problems.append(
                Problem(
                    kiosk.location,
                    "the kiosk runs path '\(ProblemText.short(kiosk.path))', but there is no such path; the paths are: "
                        + ([Course.fullPathName] + course.paths.map(\.name)).joined(separator: ", ")))
        }
        if let personal = course.personalPath {
            for reference in personal.before + personal.after
            where lessons[reference.id] == nil && !unreadable.contains(reference.id) {
                problems.append(
                    Problem(
                        reference.location, "the personal path names lesson '\(reference.id)', but no lesson has that id"))
            }
            var names: Set<String> = []
            for cancer in personal.cancers {
                if !names.insert(cancer.name).inserted {
                    problems.append(Problem(personal.location, "there is already a cancer named '\(cancer.name)'"))
                }
                for site in cancer.sites where !unreadable.contains(site.id) {
                    if let lesson = lessons[site.id], lesson.kind != .site {
                        problems.append(
                            Problem(site.location, "'\(site.id)' is a \(lesson.kind.rawValue) lesson; spreads-to names site lessons"))
                    } else if lessons[site.id] == nil {
                        problems.append(
                            Problem(site.location, "\(cancer.name) spreads to lesson '\(site.id)', but no lesson has that id"))
                    }
                }
            }
        }
        // Every lesson belongs to a part: the parts are the full course and the lesson list (m),
        // so a lesson only a shorter path names would be missing from both.
        for lesson in lessons.values where placed[lesson.id] == nil {
            if let path = course.paths.first(where: { $0.lessons.contains { $0.id == lesson.id } }) {
                problems.append(
                    Problem(
                        lesson.idLocation,
                        "lesson '\(lesson.id)' is in path '\(path.name)' but in no part, so the full course "
                            + "and the lesson list leave it out: add it to a part in \(courseFileName)"))
            } else {
                problems.append(
                    Problem(
                        lesson.idLocation,
                        "the course never reaches lesson '\(lesson.id)': add it to a part in \(courseFileName)"))
            }
        }
        return problems
    }

}
