import LessonModel

/// Checks that a course in another language is the same course: the same lessons in the same
/// order and paths, each with the same kinds of screens, the same questions with as many
/// choices and the same right answers. Progress is kept by id and choice index, so a learner
/// who switches language keeps their place and their answers only when these agree.
public enum CourseParity {
    /// The differences, each reported at the translation's own line; `reference` is the
    /// course the other follows (English), named by its folder in each message.
    public static func problems(_ translation: LessonLibrary, against reference: LessonLibrary, referenceFolder: String)
        -> [Problem]
    {
        var problems: [Problem] = []
        let course = translation.course.location
        func report(_ location: SourceLocation, _ message: String) {
            problems.append(Problem(location, message + " (as in \(referenceFolder))"))
        }

        for id in reference.courseOrder where translation.lessons[id] == nil {
            report(course, "the lesson '\(id)' is missing")
        }
        for id in translation.courseOrder where reference.lessons[id] == nil {
            let location = translation.lessons[id]?.idLocation ?? course
            report(location, "the lesson '\(id)' is not in the other course; lesson ids must be the same")
        }
        if translation.courseOrder != reference.courseOrder,
            Set(translation.courseOrder) == Set(reference.courseOrder)
        {
            report(course, "the lessons are in a different order: \(reference.courseOrder.joined(separator: ", "))")
        }
        let paths = Dictionary(translation.course.paths.map { ($0.name, $0) }, uniquingKeysWith: { a, _ in a })
        for path in reference.course.paths {
            guard let own = paths[path.name] else {
                report(course, "the path '\(path.name)' is missing")
                continue
            }
            if own.lessons.map(\.id) != path.lessons.map(\.id) {
                report(
                    own.location,
                    "the path '\(path.name)' has other lessons: \(path.lessons.map(\.id).joined(separator: ", "))")
            }
        }
        if (translation.course.kiosk == nil) != (reference.course.kiosk == nil) {
            report(course, reference.course.kiosk == nil ? "a kiosk section that the other lacks" : "no kiosk section")
        } else if let own = translation.course.kiosk, let other = reference.course.kiosk, own.path != other.path {
            report(own.location, "the kiosk runs the path '\(own.path)', not '\(other.path)'")
        }
        if let other = reference.course.personalPath {
            if let own = translation.course.personalPath {
                if own.cancers.map(\.name) != other.cancers.map(\.name) {
                    report(own.location, "personal-path names other cancers: \(other.cancers.map(\.name).joined(separator: ", "))")
                }
            } else {
                report(course, "no personal-path section")
            }
        }
        if (translation.sheets == nil) != (reference.sheets == nil) {
            report(course, reference.sheets == nil ? "sheets that the other course lacks" : "no sheets.yaml")
        }

        for id in reference.courseOrder {
            guard let own = translation.lessons[id], let other = reference.lessons[id] else { continue }
            problems += lessonProblems(own, other, referenceFolder: referenceFolder)
        }
        return problems
    }

    private static func lessonProblems(_ own: Lesson, _ other: Lesson, referenceFolder: String) -> [Problem] {
        var problems: [Problem] = []
        func report(_ location: SourceLocation, _ message: String) {
            problems.append(Problem(location, message + " (as in \(referenceFolder))"))
        }
        if own.kind != other.kind { report(own.location, "kind is '\(own.kind.rawValue)', not '\(other.kind.rawValue)'") }
        if (own.teachBack == nil) != (other.teachBack == nil) {
            report(own.location, own.teachBack == nil ? "no teach-back" : "a teach-back the other lacks")
        }
        if own.sources.count != other.sources.count {
            report(own.location, "\(own.sources.count) sources, not \(other.sources.count)")
        }
        if own.screens.count != other.screens.count {
            report(own.location, "\(own.screens.count) screens, not \(other.screens.count)")
        }
        for (number, (mine, theirs)) in zip(own.screens, other.screens).enumerated() {
            let kinds = (kind(of: mine), kind(of: theirs))
            guard kinds.0 == kinds.1 else {
                let location = mine.question?.location ?? own.location
                report(location, "screen \(number + 1) is a \(kinds.0), not a \(kinds.1)")
                continue
            }
            if let question = mine.question, let reference = theirs.question {
                questionProblems(question, reference, report: report)
            }
        }
        return problems
    }

    private static func questionProblems(_ own: Question, _ other: Question, report: (SourceLocation, String) -> Void) {
        let at = own.location
        if own.id != other.id { report(at, "question id is '\(own.id)', not '\(other.id)'") }
        guard own.type == other.type else {
            report(at, "question type is '\(own.type.rawValue)', not '\(other.type.rawValue)'")
            return
        }
        switch (own.form, other.form) {
        case (.choice(let mine, let answer), .choice(let theirs, let right)):
            if mine.count != theirs.count { report(at, "\(mine.count) choices, not \(theirs.count)") }
            if answer != right { report(at, "the right answer is choice \(answer + 1), not \(right + 1)") }
        case (.order(let mine), .order(let theirs)):
            if mine.count != theirs.count { report(at, "\(mine.count) items to order, not \(theirs.count)") }
        case (.match(let mine), .match(let theirs)):
            if mine.count != theirs.count {
                report(at, "\(mine.count) pairs, not \(theirs.count)")
            } else if partners(own) != partners(other) {
                report(at, "the pairs do not match the same way: each left item needs the same partner")
            }
        default:
            report(at, "the question is answered another way")
        }
    }

    /// For each left item of a match question, the index of its partner among the options.
    private static func partners(_ question: Question) -> [Int] {
        guard case .match(let pairs) = question.form else { return [] }
        let options = question.matchOptions
        return pairs.map { pair in options.firstIndex(of: pair.right) ?? -1 }
    }

    private static func kind(of screen: Screen) -> String {
        switch screen {
        case .text: "text screen"
        case .diagram: "diagram"
        case .question: "question"
        }
    }
}
