#if canImport(Glibc)
    import Glibc
#endif

/// Reads a small file of ours (progress, kiosk counts) without trusting what is at the path:
/// only a regular file, and never more than `limit` bytes, so a device (`/dev/zero`), a pipe
/// or a huge file cannot hang the tutorial or fill its memory before the first screen.
enum LimitedRead {
    enum Outcome: Equatable {
        case missing
        /// A folder, device, pipe or socket.
        case notRegularFile
        case tooLarge
        case unreadable(String)
        case contents([UInt8])
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        // O_NONBLOCK so opening a pipe with no writer does not wait for one.
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK)
        guard fd >= 0 else {
            return errno == ENOENT ? .missing : .unreadable(String(cString: strerror(errno)))
        }
        defer { close(fd) }
        // fstat on the open file, not stat on the name: the name could change in between.
        var info = stat()
        guard fstat(fd, &info) == 0 else { return .unreadable(String(cString: strerror(errno))) }
        guard info.st_mode & S_IFMT == S_IFREG else { return .notRegularFile }
        guard info.st_size <= limit else { return .tooLarge }
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if count == 0 { return .contents(data) }
            data.append(contentsOf: buffer[0..<count])
            // The file may have grown since fstat.
            if data.count > limit { return .tooLarge }
        }
    }

    /// Whether `path` may be used as a file of ours: missing (it will be made) or a regular
    /// file, following a symbolic link the learner made. nil when it may; otherwise why not.
    static func refusal(_ path: String) -> String? {
        var info = stat()
        // Missing, or a folder on the way that is not there: saving will say what is wrong.
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return "it is a folder"
        default: return "it is not a regular file"
        }
    }
}
