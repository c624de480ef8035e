import LessonModel
/// A hostile or badly broken file could produce thousands of problems; a page of them says
/// enough, and the rest would bury the first, which is usually the cause.
enum ProblemLimit {
    static let perFile = 20

    /// The first `perFile` problems, and a line saying more follow (at the first one left out).
    static func capped(_ problems: [Problem]) -> [Problem] {
        guard problems.count > perFile else { return problems }
        return Array(problems.prefix(perFile))
            + [Problem(problems[perFile].location, "more problems follow in this file; fix the ones above first")]
    }
}
