import ArgumentParser
import TerminalUI
import LessonModel
import LessonFormat
import TutorEngine
import TutorView
import TutorStorage

#if canImport(Glibc)
    import Glibc
#endif

/// Whose progress, and where it is kept: the same for the tutorial, `quiz` and `progress`.
struct ProgressOptions: ParsableArguments {
    @Option(name: .customLong("progress"), help: ArgumentHelp("Keep progress in this file.", valueName: "FILE"))
    var file: String?

    @Option(
        help: ArgumentHelp(
            "Keep separate progress for this person (letters, digits, spaces, - and _).", valueName: "NAME"))
    var learner: String?

    func validate() throws { try Self.check(file: file, learner: learner) }

    static func check(file: String?, learner: String?) throws {
        if file != nil && learner != nil {
            throw ValidationError(commandWords().progressAndLearner())
        }
        if let learner {
            do { _ = try LearnerName.fileName(for: learner) } catch {
                throw ValidationError(commandWords().storageReason("\(error)"))
            }
        }
    }

    func store() throws -> ProgressStore { try Self.store(file: file, learner: learner) }

    /// The saved progress with only what fits `library` (`ProgressRecord.checked`).
    func savedRecord(checkedAgainst library: LessonLibrary) throws -> ProgressRecord? {
        try savedRecord(in: try store())?.checked(against: library).record
    }

    /// The saved progress for a command that only reads it (`progress`, `questions`,
    /// `summary`, `handout`): nil when there is none; a file that cannot be used is a one-line error.
    func savedRecord(in store: ProgressStore) throws -> ProgressRecord? {
        switch store.load() {
        case .none: return nil
        case .loaded(let saved): return saved
        case .unusable(let reason, let keptAs):
            printError(
                "metastasis-tutor: " + commandWords().progressFileUnusable(store.path, reason: reason, keptAs: keptAs))
            throw ExitCode.failure
        }
    }

    /// A path or name refused, said in one line in the learner's language (no usage lines:
    /// the options were right, the file is not).
    struct Refused: Error, CustomStringConvertible {
        var description: String
    }

    /// The store, or a refusal in the learner's words.
    static func store(file: String?, learner: String?) throws -> ProgressStore {
        do {
            return try uncheckedStore(file: file, learner: learner)
        } catch {
            throw Refused(description: commandWords().storageReason("\(error)"))
        }
    }

    private static func uncheckedStore(file: String?, learner: String?) throws -> ProgressStore {
        let environment = SystemIO.environment()
        if let file { return try ProgressStore.checked(path: file) }
        let defaultPath = ProgressStore.defaultPath(environment: environment)
        guard let learner else { return try ProgressStore.checked(path: defaultPath) }
        let folder = FileSystem.folder(of: defaultPath) + "/learners"
        return try ProgressStore.checked(path: folder + "/" + (try LearnerName.fileName(for: learner)))
    }
}

/// Everything a session needs before its first screen: the lessons, where progress goes,
/// and whether to draw a full screen or plain lines.
struct SessionOptions: ParsableArguments {
    @OptionGroup var source: LessonSourceOptions
    @OptionGroup var progress: ProgressOptions

    @Flag(
        help:
            "Plain lines in and out: no full screen, pictures as words. Chosen by itself when input or output is not a terminal, or TERM is dumb or not set."
    )
    var plain = false

    @Option(
        help: ArgumentHelp("The look: default, high-contrast or mono. NO_COLOR turns colour off.", valueName: "THEME"))
    var theme: Theme = .standard

    @Option(
        help: ArgumentHelp(
            "The marks to draw: unicode (✓ ✗ ▶ ░), console (√ x > -, which every Linux console font has) or ascii. Without it: console for TERM=linux, ascii without a UTF-8 locale, else unicode. For a font that lacks ✓.",
            valueName: "MARKS"))
    var marks: GlyphSet?

    /// The theme to draw with: mono whenever NO_COLOR is set to anything.
    static func effectiveTheme(_ theme: Theme) -> Theme {
        if let noColor = SystemIO.environment("NO_COLOR"), !noColor.isEmpty { return .mono }
        return theme
    }

    /// Plain mode when asked for, or when a full screen cannot work.
    static func usePlain(_ plain: Bool) -> Bool {
        if plain { return true }
        let term = SystemIO.environment("TERM") ?? ""
        return isatty(STDIN_FILENO) != 1 || isatty(STDOUT_FILENO) != 1 || term.isEmpty || term == "dumb"
    }

    /// Runs the session to its end: in the terminal, or as plain lines.
    func run(tutorial: Tutorial, state: TutorState, keeper: ProgressKeeper) throws {
        try Self.run(plain: plain, theme: theme, marks: marks, tutorial: tutorial, state: state, keeper: keeper)
    }

    /// The kiosk's counts so far, checked before the terminal is touched: a path that cannot be
    /// written stops the start with one line (the counts would be lost all day); a damaged file
    /// is kept aside and counting starts again, said on standard error (the service's journal).
    static func loadStats(_ path: String) throws -> KioskStats {
        if let problem = StatsPathCheck.problem(path) {
            printError("metastasis-tutor: " + commandWords().statsPathProblem(path, problem))
            throw ExitCode.failure
        }
        let (counts, keptAs) = KioskStats.loadKeepingAside(path: path)
        if let keptAs {
            printError("metastasis-tutor: " + commandWords().statsKeptAside(path, keptAs: keptAs))
        }
        return counts
    }

    static func run(
        plain: Bool, theme: Theme, marks: GlyphSet? = nil, tutorial: Tutorial, state: TutorState,
        keeper: ProgressKeeper,
        stats: String? = nil,
        other: Tutorial? = nil
    ) throws {
        if usePlain(plain) && state.kiosk == nil {
            // Plain mode stays in one language: a screen reader user chooses it with --language.
            _ = SessionLoop(frontEnd: PlainFrontEnd(), tutorial: tutorial, keeper: keeper, state: state, statsPath: nil)
                .run()
            return
        }
        let counts = try stats.map(Self.loadStats) ?? KioskStats()
        // The marks the terminal can draw, chosen once: the Linux console's fonts, or plain
        // ASCII where the locale is not UTF-8 (said once, in the notice line).
        var state = state
        state.glyphs =
            marks
            ?? Glyphs.choose(
                term: SystemIO.environment("TERM"), lcAll: SystemIO.environment("LC_ALL"),
                lcCtype: SystemIO.environment("LC_CTYPE"), lang: SystemIO.environment("LANG"))
        if state.glyphs == .ascii {
            if state.notice == nil && keeper.notice == nil {
                state.notice = .plainCharacters
            } else {
                state.laterNotice = .plainCharacters
            }
        }
        let terminal: Terminal
        do {
            terminal = try Terminal(theme: effectiveTheme(theme), raw: state.kiosk != nil)
        } catch {
            printError("metastasis-tutor: " + commandWords().terminalProblem("\(error)"))
            throw ExitCode.failure
        }
        let session = SessionLoop(
            frontEnd: FullScreenFrontEnd(terminal: terminal), tutorial: tutorial, keeper: keeper, state: state,
            statsPath: stats, stats: counts, speech: SpeechEngine(), otherTutorial: other)
        let signal = session.run()
        terminal.close()
        if let signal { throw ExitCode(128 + signal) }
    }
}

extension Theme: ExpressibleByArgument {}
extension GlyphSet: ExpressibleByArgument {}
