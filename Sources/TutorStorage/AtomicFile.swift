import LessonModel
import TutorEngine

#if canImport(Glibc)
    import Glibc
#endif

/// Writes a file so that it is never half-written: a temporary file in the same folder is
/// written and synced, renamed over the old one, and the folder is synced so the rename
/// itself survives a power cut.
public enum AtomicFile {
    public struct WriteError: Error, CustomStringConvertible {
        public var description: String
    }

    public static func write(_ bytes: [UInt8], to path: String) throws {
        let folder = FileSystem.folder(of: path)
        let directory = folder.isEmpty ? "." : folder
        do {
            try FileSystem.makeFolders(directory)
        } catch {
            throw WriteError(description: "cannot make the folder \(directory)")
        }
        let temporary = "\(path).tmp-\(getpid())"
        let fd = openNew(temporary)
        guard fd >= 0 else { throw WriteError(description: "cannot write in \(directory): \(errnoText())") }
        var ok = FileSystem.writeAll(fd, bytes)
        ok = ok && fsync(fd) == 0
        let failure = errnoText()
        close(fd)
        guard ok, rename(temporary, path) == 0 else {
            let reason = ok ? errnoText() : failure
            unlink(temporary)
            throw WriteError(description: "cannot save \(path): \(reason)")
        }
        let folderFD = open(directory, O_RDONLY | O_CLOEXEC)
        if folderFD >= 0 {
            fsync(folderFD)
            close(folderFD)
        }
    }

    /// Opens a new, empty file of our own at `temporary`. O_EXCL|O_NOFOLLOW: whatever is
    /// already there (a symbolic link planted to make a save overwrite its target, a file
    /// left by a killed save of a process with the same pid) is never opened through. It is
    /// unlinked (which removes a link itself, never its target) and the name made afresh once.
    private static func openNew(_ temporary: String) -> Int32 {
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        let fd = open(temporary, flags, 0o600)
        guard fd < 0, errno == EEXIST, unlink(temporary) == 0 else { return fd }
        return open(temporary, flags, 0o600)
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }
}
