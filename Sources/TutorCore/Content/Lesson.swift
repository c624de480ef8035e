public enum LessonKind: String, Equatable, Sendable, CaseIterable {
    case intro, basics, step, review, site, topic, glossary, references
}

public struct Lesson: Equatable, Sendable {
    public var id: String
    public var title: String
    public var kind: LessonKind
    public var screens: [Screen]
    /// Only for the glossary lesson: the word list its screens are made from.
    public var terms: [GlossaryTerm]
    public var sources: [String]
    public var location: SourceLocation
    public var idLocation: SourceLocation

    public var questions: [Question] { screens.compactMap(\.question) }
}

public struct GlossaryTerm: Equatable, Sendable {
    public var term: String
    public var say: String?
    public var means: String
    /// Other spellings to spot in lesson text besides the term and its plural.
    public var forms: [String]

    /// `Term (say): means`, the line the glossary command prints.
    public var line: String {
        let pronunciation = say.map { " (\($0))" } ?? ""
        return "\(term)\(pronunciation): \(means)"
    }
}

public struct LessonReference: Equatable, Sendable {
    public var id: String
    public var location: SourceLocation
}

public struct CoursePart: Equatable, Sendable {
    public var title: String
    public var lessons: [LessonReference]
}

public struct NamedPath: Equatable, Sendable {
    public var name: String
    public var title: String
    public var lessons: [LessonReference]
    public var location: SourceLocation
}

public struct Course: Equatable, Sendable {
    public static let fullPathName = "full"

    public var title: String
    public var disclaimer: String
    public var welcome: TextScreen
    public var farewell: TextScreen
    public var parts: [CoursePart]
    public var paths: [NamedPath]
    public var location: SourceLocation
}
