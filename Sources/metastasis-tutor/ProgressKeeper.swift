import Foundation
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
    /// A sentence for the learner about what happened to their saved progress, if anything did.
    private(set) var notice: String?
    private(set) var record: ProgressRecord?

    init(store: ProgressStore) {
        self.store = store
        lock = store.lock()
        saving = lock != nil
        if lock != nil { store.removeLeftoverTemporaryFiles() }
        switch store.load() {
        case .none:
            break
        case .loaded(let saved):
            record = saved
        case .unusable(let reason, let keptAs?):
            notice =
                "Your saved progress could not be used (\(reason)), so you start afresh. The old file is kept as \(keptAs)."
        case .unusable(let reason, nil):
            saving = false
            notice =
                "Your saved progress could not be used (\(reason)). It is left as it is, and nothing will be saved this time."
        }
        if lock == nil {
            notice = "This progress file is open in another copy of the tutorial, so this one will not save."
        }
    }

    /// A keeper that never reads or writes anything: the kiosk keeps nothing of its visitors.
    init(keepingNothing: ()) {
        store = nil
        lock = nil
        saving = false
    }

    /// Saves, or returns a sentence saying why it could not; after a failure it stops trying.
    func save(_ state: TutorState, tutorial: Tutorial) -> String? {
        guard saving, let store else { return nil }
        do {
            try store.save(state.record(tutorial: tutorial, now: SystemClock.now()))
            return nil
        } catch {
            saving = false
            return "Your progress cannot be saved (\(error)). You can carry on; nothing more will be saved."
        }
    }
}
