import LessonModel

/// The lessons that were under `Lessons/` when this binary was built, checked by lint then
/// and compiled into Swift values (see Plugins/EmbedLessonsPlugin). `--lessons DIR` replaces
/// them at run time.
public enum BuiltinLessons {
    /// The language folders built in (`en`, ...), in order.
    public static var languages: [String] { generatedLibraries.map(\.language) }

    /// The course in a language folder, or nil when none was built in.
    public static func library(language: String = "en") -> LessonLibrary? {
        generatedLibraries.first { $0.language == language }?.make()
    }
}
