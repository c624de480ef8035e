import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

/// Loads and saves one learner's progress for a session, and decides when not to save:
/// another copy of the tutorial holds the file, the file could not be read and could not be
/// moved aside, or saving already failed once (a folder where it cannot write).
final class ProgressKeeper {
    let store: ProgressStore?
    private let lock: FileLock?
    private(set) var saving: Bool
    /// What happened to the learner's saved progress, if anything did.
    private(set) var notice: Notice?
    private(set) var record: ProgressRecord?

    init(store: ProgressStore) {
        self.store = store
        let locking = store.acquireLock()
        lock = locking.lock
        saving = lock != nil
        if lock != nil { store.removeLeftoverTemporaryFiles() }
        switch store.load() {
        case .none:
            break
        case .loaded(let saved):
            record = saved
        case .unusable(let reason, let keptAs?):
            notice = .progressUnusable(reason: reason, keptAs: keptAs)
        case .unusable(let reason, nil):
            saving = false
            notice = .progressUnusable(reason: reason, keptAs: nil)
        }
        if let problem = locking.notice {
            notice = problem
        }
    }

    /// A keeper that never reads or writes anything: the kiosk keeps nothing of its visitors.
    init(keepingNothing: ()) {
        store = nil
        lock = nil
        saving = false
    }

    /// Saves, or returns a notice saying why it could not; after a failure it stops trying.
    func save(_ state: TutorState, tutorial: Tutorial) -> Notice? {
        guard saving, let store else { return nil }
        do {
            try store.save(state.record(tutorial: tutorial, now: SystemClock.now()))
            return nil
        } catch {
            saving = false
            return .progressNotSaved(reason: "\(error)")
        }
    }
}
