import LessonModel
import TutorEngine
import TutorStorage
import TutorView

/// What the learner did, as a front end reads it.
enum Input {
    case action(Action)
    /// Nothing was typed for a moment: time passes (kiosk idle handling).
    case idle
    /// Input that means nothing here.
    case ignored
    /// Ctrl-L, or a resize: draw everything again, whatever ncurses thinks is on screen.
    case repaint
    /// A signal asked the program to stop.
    case signal(Int32)
    /// The end of input (plain mode over a pipe).
    case end
}

/// The two ways to show the tutorial: a full screen in the terminal, or plain lines.
protocol FrontEnd: AnyObject {
    /// The window size, when the front end has one: the loop's first action.
    var windowSize: WindowSize? { get }
    func nextInput(_ state: TutorState, _ tutorial: Tutorial) -> Input
    /// Shows `state`; `previous` is what was shown before (nil the first time).
    func show(_ state: TutorState, previous: TutorState?, _ tutorial: Tutorial)
    func repaint(_ state: TutorState, _ tutorial: Tutorial)
    /// Kiosk: clears everything the last visitor left on the terminal.
    func forgetScreen()
}

/// The one loop for both front ends: input, action, engine, frame, effects. The frame is
/// drawn before the effects run, so a save never delays what the learner sees, and the file
/// is written only when what it holds has changed.
final class SessionLoop {
    private let frontEnd: any FrontEnd
    private var tutorial: Tutorial
    /// The same path in the other language, for `l`; nil when the course has one language.
    private var otherTutorial: Tutorial?
    /// The language the session began in: a kiosk's next visitor starts in it again.
    private let startLanguage: Language
    private let keeper: ProgressKeeper
    private var state: TutorState
    /// Kiosk: where the anonymous counts go (`--stats`), and the counts so far.
    private let statsPath: String?
    private var stats: KioskStats
    /// What the progress file holds now (its time left out), to skip saves that change nothing.
    private var savedRecord: ProgressRecord?
    private let measure: ScreenMeasure = ScreenView.measure
    /// Reads screens aloud (full screen only; plain mode never speaks on its own).
    private let speech: SpeechEngine?

    init(
        frontEnd: any FrontEnd, tutorial: Tutorial, keeper: ProgressKeeper, state: TutorState, statsPath: String?,
        stats: KioskStats = KioskStats(), speech: SpeechEngine? = nil, otherTutorial: Tutorial? = nil
    ) {
        self.frontEnd = frontEnd
        self.speech = speech
        self.tutorial = tutorial
        self.otherTutorial = otherTutorial
        self.startLanguage = tutorial.library.language
        self.keeper = keeper
        self.state = state
        self.statsPath = statsPath
        // Loaded (and a damaged file kept aside) by the caller, before the terminal is set up,
        // so the notice about it can be printed where staff see it.
        self.stats = stats
        self.savedRecord = keeper.record.map(Self.timeless)
    }

    /// Runs until the learner quits or input ends (nil), or a signal asks the program to stop.
    func run() -> Int32? {
        defer { speech?.stop() }
        state.speechAvailable = speech != nil
        state.otherLanguage = otherTutorial?.library.language
        if state.readAloudAlways && speech != nil { state.speech = Speech() }
        if state.notice == nil { state.notice = keeper.notice }
        if let size = frontEnd.windowSize { apply(.resize(size)) }
        frontEnd.show(state, previous: nil, tutorial)
        while true {
            followSpeech()
            let action: Action
            switch frontEnd.nextInput(state, tutorial) {
            case .action(let read): action = read
            case .idle:
                guard state.kiosk != nil else { continue }
                action = .tick
            case .ignored: continue
            case .repaint:
                if let size = frontEnd.windowSize, size != state.window { apply(.resize(size)) }
                frontEnd.repaint(state, tutorial)
                continue
            case .signal(let signal):
                save()
                return signal
            case .end:
                save()
                return nil
            }
            let before = state
            let effects = apply(action)
            if state != before { frontEnd.show(state, previous: before, tutorial) }
            for effect in effects {
                switch effect {
                case .saveProgress: save()
                case .quit: return nil
                case .switchLanguage:
                    switchLanguage()
                    frontEnd.repaint(state, tutorial)
                case .forgetVisitor:
                    // The next visitor starts in the kiosk's own language.
                    if tutorial.library.language != startLanguage { switchLanguage() }
                    // Wiping the terminal also wipes the frame just drawn: draw it again.
                    frontEnd.forgetScreen()
                    frontEnd.repaint(state, tutorial)
                case .visitorStarted, .lessonFinished, .answered: break
                }
            }
            if state.kiosk != nil, let statsPath,
                [countStarts(before: before, effects: effects), stats.count(effects)].contains(true)
            {
                try? stats.save(path: statsPath)
            }
        }
    }

    /// Keeps the speech child on the sentence the state says: starts the next one when a
    /// child finishes, stops it when the screen changed.
    private func followSpeech() {
        guard let speech else { return }
        guard let spoken = state.speech else { return speech.stop() }
        let sentences = SpeechScript.sentences(state, tutorial)
        let key = SpeechKey(
            unit: state.position.unit, screen: state.position.screen, sentence: spoken.sentence,
            answered: tutorial.screen(at: state.position)?.question.flatMap { state.answer(to: $0.id) } != nil)
        if speech.speaking != key {
            guard sentences.indices.contains(spoken.sentence) else {
                return advanceSpeech(count: sentences.count)
            }
            speech.language = tutorial.library.language
            speech.speak(sentences[spoken.sentence], key: key)
        } else if speech.finished {
            advanceSpeech(count: sentences.count)
        }
    }

    private func advanceSpeech(count: Int) {
        let before = state
        apply(.sentenceSpoken(count: count))
        if state != before { frontEnd.show(state, previous: before, tutorial) }
        if state.speech != nil { followSpeech() } else { speech?.stop() }
    }

    /// A lesson counts as started when a visitor's session begins in it or moves to it.
    private func countStarts(before: TutorState, effects: [Effect]) -> Bool {
        let began = effects.contains { if case .visitorStarted = $0 { true } else { false } }
        guard began || state.position.unit != before.position.unit, tutorial.units.indices.contains(state.position.unit)
        else { return false }
        stats.countStarted(tutorial.units[state.position.unit].id)
        return true
    }

    /// The same place in the other language: the courses have the same lessons and screens.
    private func switchLanguage() {
        guard let other = otherTutorial else { return }
        speech?.stop()
        otherTutorial = tutorial
        tutorial = other
        state.otherLanguage = otherTutorial?.library.language
        if let size = frontEnd.windowSize { apply(.resize(size)) }
    }

    @discardableResult
    private func apply(_ action: Action) -> [Effect] {
        Engine.reduce(&state, action, tutorial: tutorial, now: SystemClock.now(), measure: measure)
    }

    /// Saves when the record has changed since the last save; a problem becomes a notice.
    private func save() {
        guard keeper.saving else { return }
        let record = Self.timeless(state.record(tutorial: tutorial, now: SystemClock.now()))
        guard record != savedRecord else { return }
        if let problem = keeper.save(state, tutorial: tutorial) {
            let before = state
            state.notice = problem
            frontEnd.show(state, previous: before, tutorial)
        } else {
            savedRecord = record
        }
    }

    private static func timeless(_ record: ProgressRecord) -> ProgressRecord {
        var record = record
        record.updatedAt = nil
        return record
    }
}
