#if canImport(Glibc)
    import Glibc
#endif

/// The few file operations storage needs, on POSIX calls: Foundation's FileManager would
/// bring its code and ICU into memory at start for these.
public enum FileSystem {
    /// The folder part of `path` ("" when it has none), as a shell's dirname without the dot.
    public static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "" }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// The last part of `path`.
    public static func name(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return path }
        return String(path[path.index(after: slash)...])
    }

    /// Whether anything is at `path` (a dangling symbolic link counts: a name is taken).
    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Whether `path` is a folder (following links).
    public static func isFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    static func errnoText(_ code: Int32 = errno) -> String { String(cString: strerror(code)) }

    /// Makes `path` and every missing folder above it, as `mkdir -p`.
    public static func makeFolders(_ path: String) throws(Failure) {
        guard !path.isEmpty, !isFolder(path) else { return }
        let parent = folder(of: path)
        if !parent.isEmpty, parent != path { try makeFolders(parent) }
        if mkdir(path, 0o755) != 0, errno != EEXIST {
            throw Failure(description: "cannot make the folder \(path): \(errnoText())")
        }
    }

    /// The names in `folder`, without . and .., in the folder's own order (sorting them
    /// would run Unicode comparison code before the first screen); empty when unreadable.
    public static func names(in folder: String) -> [String] {
        guard let directory = opendir(folder) else { return [] }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }

    /// Copies the regular file at `source` to a new file `target` (which must not exist).
    public static func copy(_ source: String, to target: String) throws(Failure) {
        guard case .contents(let bytes) = LimitedRead.read(source, limit: Int.max) else {
            throw Failure(description: "cannot read \(source)")
        }
        let fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw Failure(description: "cannot write \(target): \(errnoText())") }
        defer { close(fd) }
        guard writeAll(fd, bytes), fsync(fd) == 0 else {
            throw Failure(description: "cannot write \(target): \(errnoText())")
        }
    }

    /// Writes every byte, going on after a signal interrupts; false on an error (errno set).
    public static func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += written
            }
            return true
        }
    }

    public static func remove(_ path: String) throws(Failure) {
        guard unlink(path) == 0 else { throw Failure(description: "cannot remove \(path): \(errnoText())") }
    }

    /// This user's home folder from the password database, for when HOME is not set.
    public static func homeFromPasswordDatabase() -> String? {
        var entry = passwd()
        var result: UnsafeMutablePointer<passwd>?
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getpwuid_r(getuid(), &entry, &buffer, buffer.count, &result) == 0, result != nil,
            let home = entry.pw_dir
        else { return nil }
        return String(cString: home)
    }
}
