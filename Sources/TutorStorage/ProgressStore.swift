import LessonModel
import TutorEngine

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes the progress file. A write never leaves a half-written file: it goes to
/// a temporary file in the same folder, is synced, and is renamed over the old one.
public struct ProgressStore: Sendable {
    public let path: String

    /// The largest progress file read. A whole course's answers (with `AnswerLog`'s bounds)
    /// take well under 1 MB; a bigger file is damage or a file from before the log was
    /// bounded, and reading it would delay the first screen by seconds.
    public static let sizeLimit = 4 * 1024 * 1024

    public init(path: String) {
        self.path = path
    }

    public struct PathRefused: Error, CustomStringConvertible {
        public var description: String
    }

    /// A store for `path`, refused when something other than a regular file is there (a
    /// folder, `/dev/zero`, a pipe): reading it could hang, and its folder would get a lock
    /// file. A missing file is fine; it is made at the first save.
    public static func checked(path: String) throws -> ProgressStore {
        if let reason = LimitedRead.refusal(path) {
            throw PathRefused(description: "\(path) cannot hold progress: \(reason)")
        }
        return ProgressStore(path: path)
    }

    /// The default file: `$XDG_STATE_HOME/metastasis-tutor/progress.json`, or under
    /// `~/.local/state` when that is not set.
    public static func defaultPath(environment: [String: String]) -> String {
        let base: String
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            base = state
        } else {
            base = (environment["HOME"] ?? FileSystem.homeFromPasswordDatabase() ?? "") + "/.local/state"
        }
        return base + "/metastasis-tutor/progress.json"
    }

    public enum LoadResult: Equatable, Sendable {
        case none
        case loaded(ProgressRecord)
        /// The file could not be used. It was moved aside to `keptAs`, or, when it could not
        /// even be moved (`keptAs` nil), it stays where it is and must not be written over.
        case unusable(reason: String, keptAs: String?)
    }

    public func load() -> LoadResult {
        let data: [UInt8]
        switch LimitedRead.read(path, limit: Self.sizeLimit) {
        case .missing: return .none
        case .unreadable, .notRegularFile:
            // Never moved: it may be a device or something the learner put there on purpose.
            return .unusable(reason: "it cannot be read", keptAs: nil)
        case .tooLarge:
            return .unusable(
                reason: "it is larger than \(Self.sizeLimit / 1024 / 1024) MB",
                keptAs: KeptAside.move(path, label: "too-large"))
        case .contents(let contents): data = contents
        }
        let reason: String
        let label: String
        if data.isEmpty {
            (reason, label) = ("it is empty", "empty")
        } else {
            let document = try? JSONParser.parse(data)
            if case .number(let text)? = document?["formatVersion"], let version = Int(text),
                version > ProgressRecord.currentFormatVersion
            {
                (reason, label) = ("it was saved by a newer version of this tutorial", "newer-version")
            } else if let document, let record = try? JSON.decode(ProgressRecord.self, from: document) {
                return .loaded(record)
            } else {
                (reason, label) = ("it is damaged", "damaged")
            }
        }
        return .unusable(reason: reason, keptAs: KeptAside.move(path, label: label))
    }

    /// Keeps a copy of the current file (before a reset), named like a kept-aside file.
    public func backUp(label: String) throws -> String? {
        guard FileSystem.exists(path) else { return nil }
        let target = KeptAside.name(for: path, label: label)
        try FileSystem.copy(path, to: target)
        return target
    }

    /// Temporary files of a save that a killed process never finished. Call only while
    /// holding the lock, when no other process can be writing one.
    public func removeLeftoverTemporaryFiles() {
        let folder = FileSystem.folder(of: path)
        let name = FileSystem.name(of: path) + ".tmp-"
        let names = FileSystem.names(in: folder.isEmpty ? "." : folder)
        for leftover in names where leftover.hasPrefix(name) {
            unlink((folder.isEmpty ? "" : folder + "/") + leftover)
        }
    }

    /// Holds the progress file for this process, so a second copy of the tutorial on the same
    /// file knows to leave it alone. The lock ends with the process, even on a crash.
    public func lock() -> FileLock? {
        if case .locked(let lock) = acquireLock() { return lock }
        return nil
    }

    /// The lock, or why this process cannot have it, worded for the learner.
    public func acquireLock() -> ProgressLock {
        if let reason = LimitedRead.refusal(path) { return .failed(reason: "\(path) cannot hold progress: \(reason)") }
        switch FileLock.acquire(path: path + ".lock") {
        case .success(let lock): return .locked(lock)
        case .failure(.heldElsewhere): return .inUse
        case .failure(.folderNotWritable(let folder)): return .folderNotWritable(folder)
        case .failure(.failed(let reason)): return .failed(reason: reason)
        }
    }

    public struct SaveError: Error, CustomStringConvertible {
        public var description: String
    }

    public func save(_ record: ProgressRecord) throws {
        do {
            try AtomicFile.write(try JSON.encode(record), to: path)
        } catch let error as AtomicFile.WriteError {
            throw SaveError(description: error.description)
        }
    }
}
