#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif
import LessonModel

/// Reads the lesson files of a folder from disk, refusing what no lesson file can be. Plain
/// POSIX calls: LessonFormat needs nothing of Foundation.
public enum LessonFileReader {
    /// Larger than any real lesson by far; a bigger file is a mistake, not a lesson.
    public static let maximumFileSize = 1 << 20

    /// The `.yaml` files directly in `directory` (or in its `en/` folder when it holds the
    /// whole `Lessons/` tree), sorted by name, with a problem for each one that cannot be read.
    /// A file that cannot be read is still listed (as `LessonFile.unreadable`), so the course
    /// naming its lesson is not reported as naming no lesson.
    public static func read(directory: String) -> (files: [LessonFile], problems: [Problem]) {
        var folder = directory
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        switch kind(of: folder) {
        case .missing:
            return ([], [Problem(SourceLocation(file: folder), "no such folder")])
        case .other:
            return (
                [], [Problem(SourceLocation(file: folder), "this is a file; give the folder that holds the lessons")]
            )
        case .folder:
            break
        }
        if kind(of: folder + "/" + LessonLibrary.courseFileName) == .missing,
            kind(of: folder + "/en/" + LessonLibrary.courseFileName) != .missing
        {
            folder += "/en"
        }
        guard let names = list(folder) else {
            let reason = String(cString: strerror(errno))
            return ([], [Problem(SourceLocation(file: folder), "cannot list this folder: \(reason)")])
        }
        let inside = realPath(folder) ?? folder
        var files: [LessonFile] = []
        var problems: [Problem] = []
        let paths = names.sorted().filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
            .map { folder == "." ? $0 : folder + "/" + $0 }
        for (path, result) in zip(paths, concurrentMap(paths, { readFile($0, inside: inside) })) {
            switch result {
            case .success(let file): files.append(file)
            case .failure(let problem):
                problems.append(problem)
                files.append(.unreadable(path: path))
            }
        }
        return (files, problems)
    }

    /// One file; a link is followed only to a file in the same folder as the link.
    static func readFile(_ path: String) -> Result<LessonFile, Problem> {
        let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) : "."
        return readFile(path, inside: realPath(folder.isEmpty ? "/" : folder) ?? folder)
    }

    /// One file of the lesson folder whose real path is `inside`.
    static func readFile(_ path: String, inside folder: String) -> Result<LessonFile, Problem> {
        let start = SourceLocation(file: path)
        let cannotRead = Problem(start, "cannot read this file (check that it exists and that you may read it)")
        var info = stat()
        if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFLNK {
            // A link could make lint read (and print pieces of) any file on the machine.
            guard let target = realPath(path) else { return .failure(cannotRead) }
            if !target.hasPrefix(folder == "/" ? "/" : folder + "/") {
                return .failure(Problem(start, "this is a link to a file outside the lesson folder; it is not read"))
            }
        }
        // Opening a named pipe or a terminal device would wait for a writer forever.
        if stat(path, &info) == 0 {
            if info.st_mode & S_IFMT == S_IFDIR {
                return .failure(Problem(start, "this is a folder, not a lesson file"))
            }
            if info.st_mode & S_IFMT != S_IFREG {
                return .failure(Problem(start, "this is not an ordinary file (it is a device, pipe or socket)"))
            }
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return .failure(cannotRead) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while bytes.count <= maximumFileSize {
            let count = chunk.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .failure(Problem(start, "cannot read this file: \(String(cString: strerror(errno)))"))
            }
            if count == 0 { break }
            bytes += chunk[0..<count]
        }
        if bytes.count > maximumFileSize {
            return .failure(
                Problem(start, "the file is larger than \(maximumFileSize >> 20) MB; a lesson file is far smaller"))
        }
        return decodeUTF8(bytes, path: path).map { LessonFile(path: path, text: $0) }
    }

    /// The language folders under a lessons root (`Lessons` holds `en` and `es`): each
    /// sub-folder with a course file, in name order. Empty when there are none.
    public static func languageFolders(in root: String) -> [String] {
        var folder = root
        while folder.count > 1 && folder.hasSuffix("/") { folder.removeLast() }
        guard kind(of: folder) == .folder, let names = list(folder) else { return [] }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
            .filter { kind(of: $0) == .folder && kind(of: $0 + "/" + LessonLibrary.courseFileName) != .missing }
    }

    private enum Kind { case missing, folder, other }

    private static func kind(of path: String) -> Kind {
        var info = stat()
        guard stat(path, &info) == 0 else { return .missing }
        return info.st_mode & S_IFMT == S_IFDIR ? .folder : .other
    }

    /// The names in a folder, or nil (with errno set) when it cannot be listed.
    private static func list(_ folder: String) -> [String]? {
        guard let directory = opendir(folder) else { return nil }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != "." && name != ".." { names.append(name) }
        }
        return names
    }

    /// read(2), named apart from `read(directory:)`.
    private static func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
        #if canImport(Glibc)
            Glibc.read(descriptor, buffer, count)
        #else
            Darwin.read(descriptor, buffer, count)
        #endif
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
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
