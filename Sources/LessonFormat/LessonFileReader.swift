import LessonModel
import Foundation

/// Reads the lesson files of a folder from disk, refusing what no lesson file can be.
public enum LessonFileReader {
    /// Larger than any real lesson by far; a bigger file is a mistake, not a lesson.
    public static let maximumFileSize = 1 << 20

    /// The `.yaml` files directly in `directory` (or in its `en/` folder when it holds the
    /// whole `Lessons/` tree), sorted by name, with a problem for each one that cannot be read.
    public static func read(directory: String) -> (files: [LessonFile], problems: [Problem]) {
        var folder = directory
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            return ([], [Problem(SourceLocation(file: folder), "no such folder")])
        }
        guard isDirectory.boolValue else {
            return (
                [], [Problem(SourceLocation(file: folder), "this is a file; give the folder that holds the lessons")]
            )
        }
        if !manager.fileExists(atPath: folder + "/" + LessonLibrary.courseFileName),
            manager.fileExists(atPath: folder + "/en/" + LessonLibrary.courseFileName)
        {
            folder += "/en"
        }
        let names: [String]
        do {
            names = try manager.contentsOfDirectory(atPath: folder)
        } catch {
            return (
                [], [Problem(SourceLocation(file: folder), "cannot list this folder: \(error.localizedDescription)")]
            )
        }
        var files: [LessonFile] = []
        var problems: [Problem] = []
        let paths = names.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { folder == "." ? $0 : folder + "/" + $0 }
        for result in concurrentMap(paths, readFile) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (files, problems)
    }

    static func readFile(_ path: String) -> Result<LessonFile, Problem> {
        let start = SourceLocation(file: path)
        // Opening a named pipe or a terminal device would wait for a writer forever.
        var info = stat()
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                return .failure(Problem(start, "this is a folder, not a lesson file"))
            }
            if info.st_mode & S_IFMT != S_IFREG {
                return .failure(Problem(start, "this is not an ordinary file (it is a device, pipe or socket)"))
            }
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(Problem(start, "cannot read this file (check that it exists and that you may read it)"))
        }
        defer { try? handle.close() }
        let data: Data
        do {
            data = try handle.read(upToCount: maximumFileSize + 1) ?? Data()
        } catch {
            return .failure(Problem(start, "cannot read this file: \(error.localizedDescription)"))
        }
        if data.count > maximumFileSize {
            return .failure(
                Problem(start, "the file is larger than \(maximumFileSize >> 20) MB; a lesson file is far smaller"))
        }
        return decodeUTF8(Array(data), path: path).map { LessonFile(path: path, text: $0) }
    }

    /// The text, or a problem at the line and column of the first byte that is not UTF-8.
    static func decodeUTF8(_ bytes: [UInt8], path: String) -> Result<String, Problem> {
        // The usual case in one pass; the slow walk below only finds where a problem is.
        if !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\0" {
                    return .failure(
                        Problem(
                            SourceLocation(file: path, line: line, column: column),
                            "the file holds a NUL byte; it is not a text file"))
                }
                scalars.append(scalar)
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            case .emptyInput:
                break loop
            case .error:
                return .failure(
                    Problem(
                        SourceLocation(file: path, line: line, column: column),
                        "the text is not valid UTF-8 here; save the file as UTF-8"))
            }
        }
        return .success(String(scalars))
    }
}
