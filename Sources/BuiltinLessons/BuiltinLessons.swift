import LessonModel

/// The lessons that were under `Lessons/` when this binary was built, checked by lint then
/// and compiled into Swift values (see Plugins/EmbedLessonsPlugin). `--lessons DIR` replaces
/// them at run time.
public enum BuiltinLessons {
    /// The languages built in (`en`, `es`), in order.
    public static var languages: [Language] { generatedLibraries.compactMap { Language(rawValue: $0.language) } }

    /// The course in a language, or nil when none was built in.
    public static func library(language: Language = .en) -> LessonLibrary? {
        guard var library = generatedLibraries.first(where: { $0.language == language.rawValue })?.make() else {
            return nil
        }
        library.language = language
        return library
    }
}
