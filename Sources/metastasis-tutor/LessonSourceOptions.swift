import ArgumentParser
import BuiltinLessons
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// Where the lessons come from, and in which language: the ones built into the binary, or
/// `--lessons DIR`.
struct LessonSourceOptions: ParsableArguments {
    @Option(
        name: .customLong("lessons"),
        help: ArgumentHelp(
            "Use the lesson files in this folder instead of the built-in ones (a folder of one course, or one with a folder for each language, like Lessons/).",
            valueName: "DIR"))
    var directory: String?

    @Option(
        help: ArgumentHelp(
            "The language of the program and the lessons: en or es. Without it: the one last used, else LANGUAGE or LANG, else en.",
            valueName: "LANG"))
    var language: Language?

    /// The checked library, or the problems printed one a line and exit status 1. The built-in
    /// lessons were checked when the program was built, so only `--lessons DIR` reads YAML.
    func library() throws -> LessonLibrary { try Self.courses(directory: directory, language: language).library }

    /// The language to show when the command line names none: the saved one, else the
    /// environment's, else English.
    static func chosenLanguage(_ asked: Language?, saved: String? = nil) -> Language {
        asked ?? saved.flatMap(Language.init(rawValue:)) ?? Language.fromEnvironment(SystemIO.environment) ?? .en
    }

    /// The course in the chosen language, and with `withOther` the same course in the other
    /// language when there is one (for the `l` key; only a full-screen session needs it, so no
    /// other command makes or reads it). A language asked for by name that is not there is an
    /// error; one taken from the environment or the progress file falls back to English.
    static func courses(
        directory: String?, language asked: Language?, saved: String? = nil, withOther: Bool = false
    ) throws -> (library: LessonLibrary, other: LessonLibrary?) {
        let wanted = chosenLanguage(asked, saved: saved)
        guard let directory else {
            let available = BuiltinLessons.languages
            guard let language = available.contains(wanted) ? wanted : (asked == nil ? available.first : nil) else {
                throw ValidationError(wanted.words.noLanguageBuiltIn(wanted.rawValue, available: available.map(\.rawValue)))
            }
            guard let library = BuiltinLessons.library(language: language) else { throw ExitCode.failure }
            let other = withOther ? available.first { $0 != language }.flatMap { BuiltinLessons.library(language: $0) } : nil
            return (library, other)
        }
        let folders = LessonFileReader.languageFolders(in: directory)
        guard !folders.isEmpty else {
            // One course, in the language asked for (English unless told).
            var library = try Self.library(directory: directory)
            library.language = asked ?? .en
            return (library, nil)
        }
        let available = folders.compactMap { folder -> (Language, String)? in
            Language(rawValue: String(folder.split(separator: "/").last ?? "")).map { ($0, folder) }
        }
        guard let chosen = available.first(where: { $0.0 == wanted }) ?? (asked == nil ? available.first : nil) else {
            throw ValidationError(
                wanted.words.noLanguageFolder(directory, wanted: wanted.rawValue, available: available.map(\.0.rawValue)))
        }
        var library = try Self.library(directory: chosen.1)
        library.language = chosen.0
        var other: LessonLibrary?
        if withOther, let second = available.first(where: { $0.0 != chosen.0 }) {
            other = try Self.library(directory: second.1)
            other?.language = second.0
        }
        return (library, other)
    }

    static func library(directory: String) throws -> LessonLibrary {
        let (files, readProblems) = LessonFileReader.read(directory: directory)
        // A folder that cannot be read is one problem, not also "there is no course file".
        let (library, problems) =
            files.isEmpty && !readProblems.isEmpty ? (nil, []) : LessonLibrary.load(files)
        let all = readProblems + problems
        if let library, all.isEmpty { return library }
        for problem in all { printError(problem.description) }
        printError("metastasis-tutor: " + commandWords().lessonsHaveProblems(all.count))
        throw ExitCode.failure
    }
}

extension Language: ExpressibleByArgument {}

/// The words for the command line's own messages: `--language` as typed (whichever option
/// group is checking), else the environment's language, else English.
func commandWords() -> any Words {
    let arguments = CommandLine.arguments
    var asked: String?
    if let at = arguments.firstIndex(of: "--language"), at + 1 < arguments.count {
        asked = arguments[at + 1]
    } else if let joined = arguments.first(where: { $0.hasPrefix("--language=") }) {
        asked = String(joined.dropFirst("--language=".count))
    }
    return LessonSourceOptions.chosenLanguage(asked.flatMap(Language.init(rawValue:))).words
}

extension LessonLibrary {
    /// The command-line error for a lesson id that names no lesson, listing the ones there are.
    func unknownLesson(_ id: String) -> ValidationError {
        ValidationError(words.noSuchLesson(id, lessons: courseOrder))
    }
}
