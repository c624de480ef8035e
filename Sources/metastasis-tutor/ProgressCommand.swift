import ArgumentParser
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

struct ProgressCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Show how far you have got, or start over with --reset."
    )

    @OptionGroup var source: LessonSourceOptions
    @OptionGroup var progress: ProgressOptions

    @Flag(help: "Print the progress as JSON.")
    var json = false

    @Flag(help: "Clear the progress (a copy of the old file is kept). Asks first unless --yes is given.")
    var reset = false

    @Flag(help: "With --reset: do not ask.")
    var yes = false

    func run() throws {
        let store = try progress.store()
        if reset { return try resetProgress(store) }
        let library = try source.library()
        let record = try progress.savedRecord(in: store)
        let report = ProgressReport.make(library: library, record: record, now: SystemClock.now())
        if json {
            SystemIO.writeOut(String(decoding: try JSON.encode(report), as: UTF8.self))
        } else {
            print(report.text(words: library.words), terminator: "")
        }
    }

    private func resetProgress(_ store: ProgressStore) throws {
        guard FileSystem.exists(store.path) else {
            print(commandWords().noProgressToClear(store.path))
            return
        }
        let lock: FileLock
        switch store.acquireLock() {
        case .locked(let held): lock = held
        case .inUse:
            printError("metastasis-tutor: " + commandWords().progressOpenNow(store.path))
            throw ExitCode.failure
        case .folderNotWritable(let folder):
            printError("metastasis-tutor: " + commandWords().progressFolderCannotBeCleared(folder))
            throw ExitCode.failure
        case .failed(let reason):
            printError("metastasis-tutor: " + commandWords().storageReason(reason))
            throw ExitCode.failure
        }
        defer { lock.unlock() }
        if !yes {
            let words = commandWords()
            SystemIO.writeOut(words.confirmReset(store.path))
            guard let answer = readLine(), words.yesAnswers().contains(answer.trimmingWhitespace().lowercased())
            else {
                print(words.nothingChanged())
                return
            }
        }
        let copy = try store.backUp(label: "before-reset")
        try FileSystem.remove(store.path)
        print(commandWords().progressCleared(keptAs: copy))
    }
}
