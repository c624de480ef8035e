import LessonModel

/// What `lint` checks for a folder: every rule for each file and the course, and, where the
/// folder holds (or is one of) several languages, that each translation is the same course
/// as the English one (`CourseParity`).
public enum CourseLint {
    public static let referenceLanguage = "en"

    public static func problems(folder: String) -> [Problem] {
        let languages = LessonFileReader.languageFolders(in: folder)
        if languages.isEmpty { return problems(languageFolder: folder) }
        return languages.flatMap { problems(languageFolder: $0) }
    }

    /// One language folder, and, unless it is the English one, its parity with `../en`.
    static func problems(languageFolder folder: String) -> [Problem] {
        let (library, files, loadProblems) = load(folder)
        guard let library, loadProblems.isEmpty else { return loadProblems }
        let problems = ReadAloudLint.problems(library, files: files)
        let trimmed = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        guard let slash = trimmed.lastIndex(of: "/") else { return problems }
        let parent = trimmed[..<slash]
        guard trimmed[trimmed.index(after: slash)...] != referenceLanguage else { return problems }
        let referenceFolder = parent + "/" + referenceLanguage
        guard LessonFileReader.languageFolders(in: String(parent)).contains(referenceFolder),
            let reference = load(referenceFolder).library
        else { return problems }
        return problems + CourseParity.problems(library, against: reference, referenceFolder: referenceFolder)
    }

    private static func load(_ folder: String) -> (library: LessonLibrary?, files: [LessonFile], problems: [Problem]) {
        let (files, readProblems) = LessonFileReader.read(directory: folder)
        // A folder that cannot be read is one problem, not also "there is no course file".
        if files.isEmpty && !readProblems.isEmpty { return (nil, files, readProblems) }
        let (library, problems) = LessonLibrary.load(files)
        return (readProblems.isEmpty ? library : nil, files, readProblems + problems)
    }
}
