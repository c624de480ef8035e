import LessonModel
import TutorEngine
/// A learner's name made safe to use as a file name, so `--learner` keeps each person's
/// progress apart and can never point outside the progress folder.
public enum LearnerName {
    public static let maximumLength = 64

    public struct Unusable: Error, CustomStringConvertible {
        public var description: String
    }

    /// The file name for a learner's progress, or why the name cannot be used.
    public static func fileName(for name: String) throws -> String {
        let trimmed = name.trimmingWhitespace()
        func refuse(_ why: String) -> Unusable {
            Unusable(description: "the learner name '\(Problem.printable(name))' cannot be used: \(why)")
        }
        guard !trimmed.isEmpty else { throw refuse("it is empty") }
        guard trimmed.count <= maximumLength else { throw refuse("it is longer than \(maximumLength) characters") }
        if trimmed.unicodeScalars.contains(where: TerminalText.isUnsafe) {
            throw refuse("it contains control characters")
        }
        if trimmed.contains("/") || trimmed.contains("\\") { throw refuse("it may not contain / or \\") }
        if trimmed.contains("..") { throw refuse("it may not contain ..") }
        if trimmed.hasPrefix(".") || trimmed.hasPrefix("-") { throw refuse("it may not start with . or -") }
        let allowed = trimmed.allSatisfy {
            $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" || $0 == "_" || $0 == "." || $0 == "'"
        }
        guard allowed else { throw refuse("use letters, digits, spaces, - and _ only") }
        return trimmed + ".json"
    }
}
