import LessonModel

/// A lesson file's name (as it should appear in messages) and its text.
public struct LessonFile: Sendable, Equatable {
    public var path: String
    public var text: String
    /// Set when the file could not be read from disk (its problem is already reported):
    /// a course entry naming its lesson is then not reported again as missing.
    public var isUnreadable: Bool

    public init(path: String, text: String) {
        self.path = path
        self.text = text
        self.isUnreadable = false
    }

    /// A file that is listed in its folder but could not be read.
    public static func unreadable(path: String) -> LessonFile {
        var file = LessonFile(path: path, text: "")
        file.isUnreadable = true
        return file
    }

    public var fileName: Substring { path.split(separator: "/").last ?? Substring(path) }
}
