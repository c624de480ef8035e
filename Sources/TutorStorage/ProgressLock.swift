import TutorEngine

/// What came of asking for the progress file's lock. A second copy of the tutorial and a
/// folder that cannot be written both mean "do not save", but the learner is told which:
/// only the first is about another copy.
public enum ProgressLock {
    case locked(FileLock)
    /// Another process holds the lock.
    case inUse
    /// The lock file cannot be made: the folder is read-only or not this user's.
    case folderNotWritable(String)
    case failed(reason: String)

    public var lock: FileLock? {
        if case .locked(let lock) = self { return lock }
        return nil
    }

    /// What to tell the learner when there is no lock.
    public var notice: Notice? {
        switch self {
        case .locked: nil
        case .inUse: .progressFileInUse
        case .folderNotWritable(let folder): .progressFolderNotWritable(folder: folder)
        case .failed(let reason): .progressNotSaved(reason: reason)
        }
    }
}
