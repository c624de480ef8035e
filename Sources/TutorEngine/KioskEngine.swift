import LessonModel

/// The kiosk's rules, in front of the tutorial's: the start screen, idle handling, ending a
/// visitor's session, and the staff PIN. A wiped session leaves nothing of the visitor.
enum KioskEngine {
    static func reduce(_ state: inout TutorState, _ action: Action, tutorial: Tutorial, now: Instant) -> [Effect]? {
        guard var kiosk = state.kiosk else { return nil }
        if case .tick = action {
            return tick(&state, &kiosk, now: now)
        }
        kiosk.lastActivity = now
        switch (kiosk.phase, action) {
        case (.welcome, .switchLanguage):
            // The start screen in the other language; the visitor has not started yet.
            state.kiosk = kiosk
            return state.otherLanguage != nil ? [.switchLanguage] : []
        case (.welcome, _):
            kiosk.phase = .visiting
            state.kiosk = kiosk
            return [.visitorStarted]
        case (.idleWarning, _):
            kiosk.phase = .visiting
            state.kiosk = kiosk
            return []
        case (.pinPause, .closeOverlay):
            kiosk.keyRefused = false
            kiosk.phase = .visiting
            state.kiosk = kiosk
            return []
        case (.pinPause, _):
            kiosk.keyRefused = true  // said on screen: the key was not taken
            state.kiosk = kiosk
            return []
        case (.pinEntry(let typed, let wrongBefore), .pinDigit(let digit)):
            kiosk.pinDigits.append(digit)
            kiosk.phase = .pinEntry(typed: typed + 1, wrongBefore: wrongBefore)
            state.kiosk = kiosk
            return []
        case (.pinEntry(let typed, let wrongBefore), .pinErase):
            if !kiosk.pinDigits.isEmpty { kiosk.pinDigits.removeLast() }
            kiosk.phase = .pinEntry(typed: max(0, typed - 1), wrongBefore: wrongBefore)
            state.kiosk = kiosk
            return []
        case (.pinEntry, .pinSubmit):
            let right = kiosk.settings.exitPIN.map { matches(kiosk.pinDigits, $0) } ?? false
            kiosk.pinDigits = ""
            if right {
                state.kiosk = kiosk
                return [.quit]
            }
            kiosk.wrongPINs += 1
            let until = now.adding(seconds: kiosk.settings.pause(afterWrongPINs: kiosk.wrongPINs))
            kiosk.lockedUntil = until
            kiosk.keyRefused = false
            kiosk.phase = .pinPause(until: until)
            kiosk.clock = now
            state.kiosk = kiosk
            return []
        case (.pinEntry, .closeOverlay):
            kiosk.pinDigits = ""
            kiosk.phase = .visiting
            state.kiosk = kiosk
            return []
        case (.pinEntry, _):
            state.kiosk = kiosk
            return []
        case (.visiting, .staffExit):
            guard kiosk.settings.exitPIN != nil else {
                state.kiosk = kiosk
                state.notice = nil
                return []
            }
            kiosk.pinDigits = ""
            if let until = kiosk.lockedUntil, now < until {
                kiosk.keyRefused = false
                kiosk.clock = now
                kiosk.phase = .pinPause(until: until)
            } else {
                kiosk.phase = .pinEntry(typed: 0, wrongBefore: kiosk.wrongPINs > 0)
            }
            state.kiosk = kiosk
            return []
        case (.visiting, .requestQuit):
            // q never leaves a kiosk: it offers to end this visitor's session.
            state.kiosk = kiosk
            state.overlay = .quitConfirm
            return []
        case (.visiting, .answerQuit(true)), (.visiting, .endSession):
            return wipe(&state, kiosk: kiosk, now: now)
        default:
            state.kiosk = kiosk
            return nil  // the tutorial's own rules
        }
    }

    private static func tick(_ state: inout TutorState, _ kiosk: inout KioskState, now: Instant) -> [Effect] {
        switch kiosk.phase {
        case .welcome:
            return []
        case .visiting, .pinEntry:
            guard now.seconds(since: kiosk.lastActivity) >= kiosk.settings.idleTimeout else { return [] }
            kiosk.pinDigits = ""
            kiosk.phase = .idleWarning(until: now.adding(seconds: kiosk.settings.idleCountdown))
            kiosk.clock = now
            state.kiosk = kiosk
            state.overlay = nil
            return []
        case .idleWarning(let until):
            if now >= until { return wipe(&state, kiosk: kiosk, now: now) }
            if kiosk.clock != now {
                kiosk.clock = now
                state.kiosk = kiosk
            }
            return []
        case .pinPause(let until):
            kiosk.clock = now
            if now >= until {
                kiosk.phase = .pinEntry(typed: 0, wrongBefore: true)
                kiosk.keyRefused = false
                kiosk.lastActivity = now  // the idle time starts again when the PIN can be typed
            }
            state.kiosk = kiosk
            return []
        }
    }

    /// Forgets the visitor: place, answers, scores, anything open. Back to the start screen.
    private static func wipe(_ state: inout TutorState, kiosk: KioskState, now: Instant) -> [Effect] {
        let (window, utcOffset) = (state.window, state.utcOffset)
        let (readAloud, speechAvailable, glyphs) = (state.readAloudAlways, state.speechAvailable, state.glyphs)
        let otherLanguage = state.otherLanguage
        state = TutorState()
        state.glyphs = glyphs
        // The front end puts the kiosk's own language back when it forgets the visitor.
        state.otherLanguage = otherLanguage
        state.window = window
        state.utcOffset = utcOffset
        // The kiosk's settings, not the visitor's: kept for the next one.
        state.readAloudAlways = readAloud
        state.speechAvailable = speechAvailable
        var fresh = KioskState(settings: kiosk.settings, now: now)
        fresh.wrongPINs = kiosk.wrongPINs
        fresh.lockedUntil = kiosk.lockedUntil
        state.kiosk = fresh
        return [.forgetVisitor]
    }

    /// Compares every character whatever the first difference, so the time taken does not
    /// tell how much of a guess was right.
    static func matches(_ typed: String, _ pin: String) -> Bool {
        let a = Array(typed.utf8)
        let b = Array(pin.utf8)
        var difference = a.count ^ b.count
        for index in 0..<max(a.count, b.count) {
            difference |= Int((index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0))
        }
        return difference == 0
    }
}
