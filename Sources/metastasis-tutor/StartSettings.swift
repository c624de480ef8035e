import ArgumentParser
import LessonModel
import TerminalUI
import TutorEngine

/// Everything the tutorial's start takes from its command line, as plain values: what
/// `StartCommand` parses, and what `QuickStartArguments` reads without ArgumentParser.
struct StartSettings: Equatable {
    var lessonsDirectory: String?
    /// `--language`: nil takes the saved one, else the environment's.
    var language: Language?
    var progressFile: String?
    var learner: String?
    var plain = false
    var theme = Theme.standard
    /// `--marks`: nil chooses from TERM and the locale.
    var marks: GlyphSet?
    var kiosk = false
    var idleTimeout = KioskOptions.defaultIdleTimeout
    var idleCountdown = KioskOptions.defaultIdleCountdown
    var stats: String?
    var lesson: String?
    var path: String?
    var guided = false
    /// `--read-aloud`: each screen is read aloud as it opens.
    var readAloud = false
    /// A learner's own path: `--for`, `--site`, `--add-lesson`, `--drop-lesson`.
    var cancer: String?
    var sites: [String] = []
    var addLessons: [String] = []
    var dropLessons: [String] = []

    var asksForOwnPath: Bool { cancer != nil || !sites.isEmpty || !addLessons.isEmpty || !dropLessons.isEmpty }

    /// The checks ArgumentParser runs on each option group, in one place for both parsers.
    func validate() throws {
        let words = LessonSourceOptions.chosenLanguage(language).words
        try ProgressOptions.check(file: progressFile, learner: learner)
        try KioskOptions.check(kiosk: kiosk, stats: stats, idleTimeout: idleTimeout, idleCountdown: idleCountdown)
        guard kiosk else { return }
        if progressFile != nil || learner != nil {
            throw ValidationError(words.kioskKeepsNoProgress())
        }
        if plain { throw ValidationError(words.kioskNeedsFullScreen()) }
        if guided { throw ValidationError(words.kioskNotGuided()) }
        if asksForOwnPath {
            throw ValidationError(words.kioskOwnPath())
        }
    }

    /// The learner's own path the command line asks for, checked against the course; nil
    /// when it asks for none.
    func ownPath(_ library: LessonLibrary) throws -> LearnerPath? {
        guard asksForOwnPath else { return nil }
        let words = library.words
        if path != nil { throw ValidationError(words.pathOrOwnPath()) }
        guard let personal = library.course.personalPath else {
            throw ValidationError(words.noPersonalPath(library.course.location.file))
        }
        if let cancer, !personal.cancers.contains(where: { $0.name == cancer }) {
            throw ValidationError(words.noSuchCancer(cancer, known: personal.cancers.map(\.name)))
        }
        let siteIDs = try sites.map { name in
            guard let id = LearnerPath.siteLesson(named: name, in: library) else {
                throw ValidationError(words.noSuchSite(name, sites: LearnerPath.siteNames(in: library)))
            }
            return id
        }
        for id in addLessons + dropLessons where library.lessons[id] == nil { throw library.unknownLesson(id) }
        return LearnerPath(cancer: cancer, sites: siteIDs, added: addLessons, dropped: dropLessons)
    }

    func run() throws {
        if kiosk {
            let (library, other) = try LessonSourceOptions.courses(
                directory: lessonsDirectory, language: language, withOther: true)
            return try runKiosk(library, other: other)
        }
        let keeper = ProgressKeeper(store: try ProgressOptions.store(file: progressFile, learner: learner))
        let record = keeper.record
        // Plain mode keeps one language (`l` is a full-screen key), so it needs no second course.
        let (library, otherLibrary) = try LessonSourceOptions.courses(
            directory: lessonsDirectory, language: language, saved: record?.language,
            withOther: !SessionOptions.usePlain(plain))

        let asked = try ownPath(library)
        let saved = record?.learnerPath.map { $0.checked(against: library).path }
        var own: Tutorial?
        if let asked {
            own = Tutorial(library: library, learnerPath: asked)
        } else if path == nil, record?.path == PersonalPath.pathName, let saved {
            own = Tutorial(library: library, learnerPath: saved)
        }
        if let lesson, own?.unitIndex(of: lesson) == nil { own = nil }
        var pathName = path ?? record?.path ?? Course.fullPathName
        if own == nil, library.lessonIDs(inPath: pathName) == nil {
            if path != nil {
                throw ValidationError(library.words.noSuchPath(pathName, paths: library.pathNames))
            }
            pathName = Course.fullPathName
        }
        if let lesson {
            guard library.lessons[lesson] != nil else {
                throw library.unknownLesson(lesson)
            }
            if library.lessonIDs(inPath: pathName)?.contains(lesson) != true {
                pathName = Course.fullPathName
            }
        }
        guard let tutorial = own ?? Tutorial(library: library, pathName: pathName) else { throw ExitCode.failure }
        // The same path in the other language, for `l`.
        let other = otherLibrary.flatMap { other in
            tutorial.pathName == PersonalPath.pathName
                ? (asked ?? saved).flatMap { Tutorial(library: other, learnerPath: $0.checked(against: other).path) }
                : Tutorial(library: other, pathName: tutorial.pathName)
        }
        var state = record.map { TutorState(resuming: $0, tutorial: tutorial) } ?? TutorState()
        if let asked { state.learnerPath = asked }
        state.utcOffset = SystemClock.utcOffset()
        state.guided = guided
        state.readAloudAlways = readAloud
        if let lesson {
            _ = Engine.reduce(&state, .openLesson(lesson), tutorial: tutorial, now: SystemClock.now())
        }
        try SessionOptions.run(
            plain: plain, theme: theme, marks: marks, tutorial: tutorial, state: state, keeper: keeper, other: other)
    }

    /// A fresh visitor every time: nothing is read from or written to a progress file.
    private func runKiosk(_ library: LessonLibrary, other: LessonLibrary?) throws {
        let settings = try KioskOptions.settings(idleTimeout: idleTimeout, idleCountdown: idleCountdown)
        guard let kioskText = library.course.kiosk else {
            throw ValidationError(library.words.noKioskSection(library.course.location.file))
        }
        let pathName = path ?? kioskText.path
        guard let tutorial = Tutorial(library: library, pathName: pathName, kiosk: true) else {
            throw ValidationError(library.words.noSuchPath(pathName, paths: library.pathNames))
        }
        var state = TutorState()
        state.kiosk = KioskState(settings: settings, now: SystemClock.now())
        state.readAloudAlways = readAloud
        try SessionOptions.run(
            plain: plain, theme: theme, marks: marks, tutorial: tutorial, state: state,
            keeper: ProgressKeeper(keepingNothing: ()),
            stats: stats, other: other.flatMap { Tutorial(library: $0, pathName: pathName, kiosk: true) })
    }
}
