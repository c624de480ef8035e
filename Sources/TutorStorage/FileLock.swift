import LessonModel
import TutorEngine

#if canImport(Glibc)
    import Glibc
#endif

/// An exclusive lock on a file, held until `unlock()` or the process ends (the kernel drops
/// flock(2) locks with the process, so a killed tutorial never leaves a stale lock).
public final class FileLock {
    private var descriptor: Int32

    /// Why a lock could not be had. Only `heldElsewhere` means another copy is running.
    public enum Problem: Error, Equatable {
        case heldElsewhere
        /// The folder (named) is read-only or not this user's, so no lock file can be made.
        case folderNotWritable(String)
        case failed(String)
    }

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// nil when another process holds the lock, or the lock file cannot be made.
    public convenience init?(path: String) {
        guard case .success(let lock) = Self.acquire(path: path) else { return nil }
        self.init(descriptor: lock.descriptor)
        lock.descriptor = -1
    }

    public static func acquire(path: String) -> Result<FileLock, Problem> {
        let folder = FileSystem.folder(of: path)
        if !folder.isEmpty { try? FileSystem.makeFolders(folder) }
        // O_NOFOLLOW: a symbolic link planted at the lock's name must not make us create or
        // open some other file.
        let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else { return .failure(problem(openErrno: errno, path: path)) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let error = errno
            close(fd)
            return .failure(error == EWOULDBLOCK ? .heldElsewhere : .failed(String(cString: strerror(error))))
        }
        return .success(FileLock(descriptor: fd))
    }

    /// What a failed open of the lock file at `path` means for the learner.
    static func problem(openErrno error: Int32, path: String) -> Problem {
        let folder = FileSystem.folder(of: path)
        switch error {
        case EACCES, EROFS, EPERM:
            return .folderNotWritable(folder.isEmpty ? "." : folder)
        case ELOOP:
            return .failed("\(path) is a symbolic link")
        default:
            return .failed("\(path): \(String(cString: strerror(error)))")
        }
    }

    public func unlock() {
        guard descriptor >= 0 else { return }
        flock(descriptor, LOCK_UN)
        close(descriptor)
        descriptor = -1
    }

    deinit { unlock() }
}
