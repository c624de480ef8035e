import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

@Suite struct KioskTests {
    func kiosk(pin: String? = "2468") throws -> Driver {
        var driver = Driver(try Fixtures.tutorial())
        driver.state.kiosk = KioskState(
            settings: KioskSettings(idleTimeout: 180, idleCountdown: 30, exitPIN: pin), now: driver.now)
        return driver
    }

    func wait(_ driver: inout Driver, seconds: TimeInterval) {
        driver.now = driver.now.adding(seconds: seconds)
        driver.send(.tick)
    }

    @Test func anyKeyOnTheStartScreenLetsTheVisitorIn() throws {
        for key in [Key.character("x"), .escape, .character("\u{03}"), .function(5), .enter] {
            var driver = try kiosk()
            driver.press(key)
            #expect(driver.state.kiosk?.phase == .visiting, "\(key)")
            #expect(driver.effects == [.visitorStarted])
            #expect(driver.state.position == Position(unit: 0, screen: 0), "the key only wakes the kiosk")
        }
    }

    @Test func escapeKeysDoNothingWhileVisiting() throws {
        var driver = try kiosk()
        driver.press(.enter, .enter)
        let before = driver.state
        let escapes: [Key] = [
            .character("\u{03}"), .character("\u{1A}"), .character("\u{1C}"), .character("\u{04}"),
            .function(1), .function(4), .function(10), .tab, .unknown,
        ]
        for key in escapes {
            #expect(KeyMap.action(for: key, state: driver.state, tutorial: driver.tutorial) == nil, "\(key)")
        }
        driver.press(.escape)
        #expect(driver.state.position == before.position)
        #expect(!driver.effects.contains(.quit))
    }

    @Test func qOffersToEndTheSessionAndYesWipesIt() throws {
        var driver = try kiosk()
        driver.press(.enter)
        driver.go(toLesson: "alpha", screen: 2)
        driver.press(.character("1"))
        #expect(driver.state.answerLog.count == 1)
        driver.press(.character("q"))
        #expect(driver.state.overlay == .quitConfirm)
        driver.press(.character("n"))
        #expect(driver.state.answerLog.count == 1)
        driver.press(.character("q"), .character("y"))
        #expect(driver.effects.last == .forgetVisitor)
        #expect(!driver.effects.contains(.quit), "q never leaves a kiosk")
        #expect(driver.state.kiosk?.phase == .welcome)
        #expect(driver.state.answerLog.isEmpty)
        #expect(driver.state.position == Position(unit: 0, screen: 0))
    }

    @Test func idleWarnsWithACountdownThenForgetsEverything() throws {
        var driver = try kiosk()
        driver.press(.enter)
        driver.go(toLesson: "alpha", screen: 2)
        driver.send(.choose(1))
        wait(&driver, seconds: 179)
        #expect(driver.state.kiosk?.phase == .visiting)
        wait(&driver, seconds: 1)
        #expect(driver.state.kiosk?.phase == .idleWarning(until: driver.now.adding(seconds: 30)))
        #expect(driver.state.kiosk?.secondsLeft == 30)
        wait(&driver, seconds: 12)
        #expect(driver.state.kiosk?.secondsLeft == 18)
        driver.press(.character("x"))
        #expect(driver.state.kiosk?.phase == .visiting, "any key carries on")
        #expect(driver.state.answerLog.count == 1)

        wait(&driver, seconds: 180)
        wait(&driver, seconds: 30)
        #expect(driver.state.kiosk?.phase == .welcome)
        #expect(driver.effects.last == .forgetVisitor)
        var fresh = TutorState()
        fresh.kiosk = driver.state.kiosk
        #expect(driver.state == fresh, "nothing of the visitor is left")
    }

    @Test func theStartScreenNeverTimesOut() throws {
        var driver = try kiosk()
        wait(&driver, seconds: 10_000)
        #expect(driver.state.kiosk?.phase == .welcome)
        #expect(driver.effects.isEmpty)
    }

    @Test func staffLeaveWithThePINAfterAPauseForAWrongOne() throws {
        var driver = try kiosk()
        driver.press(.enter, .function(12))
        #expect(driver.state.kiosk?.phase == .pinEntry(typed: 0, wrongBefore: false))
        driver.press(.character("1"), .character("2"), .character("x"), .backspace, .character("3"), .enter)
        guard case .pinPause = driver.state.kiosk?.phase else {
            Issue.record("a wrong PIN pauses")
            return
        }
        driver.press(.character("2"), .character("4"), .enter)
        guard case .pinPause = driver.state.kiosk?.phase else {
            Issue.record("keys are ignored during the pause")
            return
        }
        wait(&driver, seconds: 5)
        #expect(driver.state.kiosk?.phase == .pinEntry(typed: 0, wrongBefore: true))
        for digit in "2468" { driver.press(.character(digit)) }
        #expect(driver.state.kiosk?.phase == .pinEntry(typed: 4, wrongBefore: true))
        driver.press(.enter)
        #expect(driver.effects.last == .quit)
    }

    func pauseSeconds(_ driver: Driver) -> Double? {
        guard case .pinPause(let until)? = driver.state.kiosk?.phase else { return nil }
        return until.seconds(since: driver.now)
    }

    func typeWrongPIN(_ driver: inout Driver) {
        driver.press(.function(12))
        for digit in "1111" { driver.press(.character(digit)) }
        driver.press(.enter)
    }

    @Test func theLockOutGrowsWithEachWrongPIN() throws {
        var driver = try kiosk()
        driver.press(.enter)
        var pauses: [Double] = []
        for _ in 0..<6 {
            typeWrongPIN(&driver)
            pauses.append(pauseSeconds(driver) ?? -1)
            wait(&driver, seconds: pauses.last!)
            #expect(driver.state.kiosk?.phase == .pinEntry(typed: 0, wrongBefore: true))
            driver.press(.escape)
        }
        #expect(pauses == [5, 30, 300, 900, 900, 900])
        driver.press(.function(12))
        for digit in "2468" { driver.press(.character(digit)) }
        driver.press(.enter)
        #expect(driver.effects.last == .quit, "the right PIN still works after the lock-out")
    }

    @Test func tenThousandGuessesTakeWeeks() {
        let settings = KioskSettings()
        let total = (1...10_000).reduce(0.0) { $0 + settings.pause(afterWrongPINs: $1) }
        #expect(total > 14 * 24 * 3600, "\(total / 86400) days")
    }

    @Test func aKeyDuringTheLockOutIsShownAsNotTaken() throws {
        var driver = try kiosk()
        driver.press(.enter)
        typeWrongPIN(&driver)
        var screen = ScreenView.render(driver.state, driver.tutorial, width: 80, height: 24).grid.text
        #expect(screen.contains("Please wait 5 seconds before trying again"))
        #expect(!screen.contains("not taken"))
        driver.press(.character("2"))
        #expect(driver.state.kiosk?.keyRefused == true)
        screen = ScreenView.render(driver.state, driver.tutorial, width: 80, height: 24).grid.text
        #expect(screen.contains("Please wait 5 seconds; that key was not taken."), "\(screen)")
        wait(&driver, seconds: 5)
        #expect(driver.state.kiosk?.keyRefused == false)
        #expect(
            driver.state.kiosk?.phase == .pinEntry(typed: 0, wrongBefore: true), "the refused key is not in the PIN")
        #expect(EnglishWords().waitWords(300) == "5 minutes")
        #expect(EnglishWords().waitWords(1) == "1 second")
    }

    @Test func theLockOutHoldsThroughEscTheStaffKeyAndAnIdleReset() throws {
        var driver = try kiosk()
        driver.press(.enter)
        typeWrongPIN(&driver)
        wait(&driver, seconds: 5)
        driver.press(.escape)
        typeWrongPIN(&driver)
        #expect(pauseSeconds(driver) == 30)
        driver.press(.escape)
        #expect(driver.state.kiosk?.phase == .visiting, "Esc gives the kiosk back to visitors")
        wait(&driver, seconds: 10)
        driver.press(.function(12))
        #expect(pauseSeconds(driver) == 20, "the staff key shows the lock-out, not the PIN prompt")
        driver.press(.escape)
        wait(&driver, seconds: 180)
        wait(&driver, seconds: 30)
        #expect(driver.state.kiosk?.phase == .welcome)
        #expect(driver.state.kiosk?.wrongPINs == 2, "a visitor's reset does not reset the lock-out")
        driver.press(.enter)
        typeWrongPIN(&driver)
        #expect(pauseSeconds(driver) == 300)
    }

    @Test func ctrlKAlsoAsksForThePINAndEscapeGoesBack() throws {
        var driver = try kiosk()
        driver.press(.enter, .character("\u{0B}"), .character("9"), .escape)
        #expect(driver.state.kiosk?.phase == .visiting)
        driver.press(.character("\u{0B}"), .enter)
        guard case .pinPause = driver.state.kiosk?.phase else {
            Issue.record("the typed 9 was forgotten; an empty PIN is wrong")
            return
        }
    }

    @Test func withoutAPINTheStaffKeyDoesNothing() throws {
        var driver = try kiosk(pin: nil)
        driver.press(.enter, .function(12))
        #expect(driver.state.kiosk?.phase == .visiting)
    }

    @Test func thePINCompareIsExact() {
        #expect(KioskEngine.matches("2468", "2468"))
        #expect(!KioskEngine.matches("246", "2468"))
        #expect(!KioskEngine.matches("24680", "2468"))
        #expect(!KioskEngine.matches("", "2468"))
    }

    @Test func theKioskTextComesFromTheCourseFile() throws {
        let library = try Fixtures.library()
        let kioskText = try #require(library.course.kiosk)
        let tutorial = try #require(Tutorial(library: library, pathName: kioskText.path, kiosk: true))
        var harness = ScreenHarness(tutorial)
        harness.driver.state.kiosk = KioskState(settings: KioskSettings(exitPIN: "1"), now: Fixtures.now)
        let start = harness.screen()
        #expect(start.contains(kioskText.invitation))
        #expect(start.contains(kioskText.privacy))
        harness.press(.enter)
        #expect(harness.screen().contains("This is the test course in a kiosk. Nothing is kept."))
        #expect(!harness.screen().contains("This is a small course used by the tests."))
    }

    @Test(arguments: [Language.en, .es])
    func theBuiltInKioskRunsAShortPathAndPromisesNothingIsKept(_ language: Language) throws {
        let library = try #require(BuiltinLessons.library(language: language))
        let kioskText = try #require(library.course.kiosk)
        let path = try #require(library.lessonIDs(inPath: kioskText.path))
        #expect(kioskText.path != Course.fullPathName)
        #expect(path.count < library.courseOrder.count / 2)
        let welcome = kioskText.welcome.blocks.map { block -> String in
            switch block {
            case .paragraph(let spans), .bullet(let spans): spans.map(\.text).joined()
            }
        }.joined(separator: " ")
        #expect(!welcome.contains("left off") && !welcome.contains("donde lo dejó"), "a kiosk forgets each visitor")
        #expect(welcome.contains(language == .es ? "se borran" : "cleared"))
        // The kiosk counts answers, with nothing that tells one visitor from another: what is
        // not kept is the visitor, not "anything you do".
        let aboutYou = language == .es ? "No se guarda nada sobre usted." : "Nothing about you is"
        #expect(kioskText.privacy.contains(aboutYou) && welcome.contains(aboutYou))
        #expect(
            !(kioskText.privacy + welcome).contains("Nothing you do")
                && !(kioskText.privacy + welcome).contains("Nada de lo que haga"))
    }

    @Test func kioskScreens() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.driver.state.kiosk = KioskState(settings: KioskSettings(exitPIN: "1"), now: Fixtures.now)
        let welcome = harness.screen()
        #expect(welcome.contains("Press any key to start"))
        #expect(welcome.contains("General education only, not medical advice."))
        Snapshot.assert(welcome, named: "kiosk-welcome-80x24")
        harness.press(.enter)
        harness.driver.now = Fixtures.now.adding(seconds: 181)
        harness.driver.send(.tick)
        harness.driver.now = Fixtures.now.adding(seconds: 190)
        harness.driver.send(.tick)
        let warning = harness.screen()
        #expect(warning.contains("This session will end in 21 seconds."))
        Snapshot.assert(warning, named: "kiosk-idle-80x24")
        harness.press(.enter, .function(12), .character("5"), .character("5"))
        let pin = harness.screen()
        #expect(pin.contains("PIN: ••_"))
        #expect(!pin.contains("55"), "the digits are never shown")
        Snapshot.assert(pin, named: "kiosk-pin-80x24")
    }

    /// The man page lists the built-in paths by name (it is written by hand), and the lock-out
    /// steps the kiosk uses.
    @Test func theManPageNamesEveryBuiltInPathAndTheLockOut() throws {
        let page = try String(
            contentsOfFile: Fixtures.packageRoot.path + "/packaging/metastasis-tutor.1.in", encoding: .utf8
        ).replacingOccurrences(of: "\\-", with: "-")
        let library = try #require(BuiltinLessons.library())
        for name in library.pathNames { #expect(page.contains(name), "\(name)") }
        #expect(KioskSettings.defaultWrongPINPauses == [5, 30, 300, 900], "the page says these")
        #expect(page.contains("5 seconds, 30 seconds, 5 minutes,\nthen 15 minutes"))
    }
}
