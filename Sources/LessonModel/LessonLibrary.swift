/// Every lesson and the course, checked and ready for the engine.
public struct LessonLibrary: Equatable, Sendable {
    public var course: Course
    public var lessons: [String: Lesson]
    /// The lessons of the full course in order.
    public var courseOrder: [String]
    public var glossary: [GlossaryTerm]
    /// The printable sheets, when the course has a `sheets.yaml` (it is optional).
    public var sheets: Sheets?
    /// The language the lessons are written in: the folder's (`Lessons/es`), or `--language`.
    /// A true-false question's two choices are the program's words, not the file's, so they
    /// follow the language ("True" and "False" become "Verdadero" and "Falso").
    public var language: Language = .en {
        didSet {
            guard language != oldValue else { return }
            for (id, lesson) in lessons {
                lessons[id]?.screens = lesson.screens.map { $0.relabelingTrueFalse(from: oldValue, to: language) }
            }
        }
    }

    public static let courseFileName = "course.yaml"

    public init(
        course: Course, lessons: [String: Lesson], courseOrder: [String], glossary: [GlossaryTerm],
        sheets: Sheets? = nil
    ) {
        self.course = course
        self.lessons = lessons
        self.courseOrder = courseOrder
        self.glossary = glossary
        self.sheets = sheets
    }

    /// The lessons of a path in order: `full` (or nil) is the whole course.
    public func lessonIDs(inPath name: String?) -> [String]? {
        guard let name, name != Course.fullPathName else { return courseOrder }
        return course.paths.first { $0.name == name }?.lessons.map(\.id)
    }

    public var pathNames: [String] { [Course.fullPathName] + course.paths.map(\.name) }

    /// The part a lesson belongs to: its number from 1 and its title.
    public func part(of lessonID: String) -> (number: Int, title: String)? {
        for (index, part) in course.parts.enumerated() where part.lessons.contains(where: { $0.id == lessonID }) {
            return (index + 1, part.title)
        }
        return nil
    }
}
