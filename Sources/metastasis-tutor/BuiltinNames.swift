import BuiltinLessons
import LessonModel
import TutorEngine

/// Lesson ids, path names and the part count that `--help` shows, taken from the built-in
/// lessons so help can never name a lesson or path the course no longer has. Only help
/// reads these, and only on the ArgumentParser path, so the quick start never builds them.
enum BuiltinNames {
    private static let library = BuiltinLessons.library()

    /// The first lesson of each part, such as "what-is-metastasis, step-1 or site-liver".
    static var lessonExamples: String {
        let firsts = library?.course.parts.compactMap { $0.lessons.first?.id } ?? []
        return Self.list(Array(firsts.prefix(3)), last: "or")
    }

    /// Every path, the whole course last: "six-steps, where-it-spreads, overview or full".
    static var pathNames: String {
        let names = library?.course.paths.map(\.name) ?? []
        return Self.list(names + [Course.fullPathName], last: "or")
    }

    /// The cancers `--for` knows, from the course's personal path.
    static var cancerNames: String {
        list(library?.course.personalPath?.cancers.map(\.name) ?? [], last: "or")
    }

    /// The sites `--site` knows: the course's site lessons.
    static var siteNames: String { list(library.map(LearnerPath.siteNames) ?? [], last: "or") }

    static var partCount: Int { library?.course.parts.count ?? 1 }

    private static func list(_ words: [String], last: String) -> String {
        guard words.count > 1 else { return words.first ?? "" }
        return words.dropLast().joined(separator: ", ") + " \(last) " + words[words.count - 1]
    }
}
