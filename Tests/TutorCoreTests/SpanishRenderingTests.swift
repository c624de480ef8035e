import Foundation
import Testing

@testable import BuiltinLessons
@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// The program's own words in Spanish, screen by screen: the test course's lessons stay as
/// written, and everything around them (header, footer, question feedback, menu, help,
/// progress, kiosk) is the Spanish of `SpanishWords`.
@Suite struct SpanishRenderingTests {
    /// A notice is wrapped onto as many lines as it needs (up to three), never cut: the
    /// Spanish UTF-8 notice and several English ones were longer than an 80-column line.
    @Test(arguments: [Language.en, .es])
    func everyNoticeIsShownWholeAt80x24(_ language: Language) throws {
        let library = try #require(BuiltinLessons.library(language: language))
        let tutorial = try #require(Tutorial(library: library))
        let notices: [Notice] = [
            .firstScreen, .lastScreen, .alreadyAnswered, .howToAnswer(choices: 4), .alreadyPlaced(2), .nextQuestion,
            .quizGoesForwardOnly, .noQuestionsThere, .progressFileInUse, .progressRepaired(count: 12), .questionKept,
            .tooManyQuestions(50), .noSpeechEngine, .plainCharacters,
            .progressUnusable(reason: "it is damaged", keptAs: "/home/learner/.local/state/p.json.damaged-20261203"),
            .progressNotSaved(reason: "it is damaged"),
            .progressFolderNotWritable(folder: "/home/learner/.local/state"),
        ]
        for notice in notices {
            var state = TutorState()
            state.notice = notice
            let screen = ScreenView.render(state, tutorial, width: 80, height: 24).grid.text
            let said = tutorial.words.notice(notice, mode: .fullScreen)
            let shown = screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
            #expect(shown.contains(said), "\(said)\n\(screen)")
        }
    }

    func harness(width: Int = 80, height: Int = 24, otherLanguage: Language? = .en) throws -> ScreenHarness {
        var library = try Fixtures.library()
        library.language = .es
        var harness = ScreenHarness(try #require(Tutorial(library: library)), width: width, height: height)
        harness.driver.state.otherLanguage = otherLanguage
        return harness
    }

    @Test func lessonScreenAndQuestionFeedback() throws {
        var h = try harness()
        h.press(.enter)
        let text = h.screen()
        #expect(text.contains("Pantalla 1 de 4") && text.contains("Lección 1 de"))
        #expect(text.contains("Enter seguir") && text.contains("? ayuda") && text.contains("q salir"))
        #expect(text.contains("l English"), "the other language, named in its own words")
        Snapshot.assert(text, named: "es-text-80x24")
        h.press(.enter, .enter)
        h.press(.character(Character(String(h.driver.wrongNumber))))
        let wrong = h.screen()
        #expect(wrong.contains("✗ No exactamente.") && wrong.contains("(su respuesta)"))
        #expect(wrong.contains("La respuesta correcta es la \(h.driver.rightNumber):"))
        Snapshot.assert(wrong, named: "es-question-wrong-80x24")
    }

    @Test func orderAndMatch() throws {
        var h = try harness()
        h.driver.go(toLesson: "beta", screen: 1)
        h.press(.character("1"))
        let halfway = h.screen()
        #expect(halfway.contains("Su orden hasta ahora:") && halfway.contains("(puesto en 1.º lugar)"))
        #expect(halfway.contains("Retroceso quita el último."))
        Snapshot.assert(halfway, named: "es-order-halfway-80x24")
        h.driver.go(toLesson: "beta", screen: 2)
        h.press(.character("1"))
        Snapshot.assert(h.screen(), named: "es-match-halfway-80x24")
    }

    @Test func menuHelpProgressAndQuit() throws {
        var h = try harness()
        h.press(.enter, .enter, .character("m"))
        let menu = h.screen()
        #expect(
            menu.contains("Póngase a prueba") && menu.contains("Mis preguntas") && menu.contains("(usted está aquí)"))
        Snapshot.assert(menu, named: "es-menu-80x24")
        h.press(.escape, .character("?"))
        let help = h.screen()
        #expect(help.contains("Teclas") && help.contains("Enter, Espacio, →, n, AvPág: seguir"))
        #expect(help.contains("l: in English"), "the language key, said in the language it switches to")
        Snapshot.assert(help, named: "es-help-80x24")
        h.driver.send(.openProgress)
        let progress = h.screen()
        #expect(progress.contains("Su progreso") && progress.contains("Curso completo:"))
        h.press(.escape, .character("q"))
        let quit = h.screen()
        #expect(quit.contains("¿Salir? (s/n)  Su lugar queda guardado."))
        Snapshot.assert(quit, named: "es-quit-80x24")
        h.press(.character("s"))
        #expect(h.driver.effects.contains(.quit), "s answers sí")
    }

    @Test func sIsNotYesInEnglish() throws {
        var h = ScreenHarness(try Fixtures.tutorial())
        h.press(.enter, .character("q"), .character("s"))
        #expect(!h.driver.effects.contains(.quit))
        #expect(h.driver.state.overlay == .quitConfirm)
    }

    @Test func quizAndItsSummary() throws {
        var h = try harness()
        h.driver.send(.startQuiz(.all, origin: .menu, count: 2))
        let question = h.screen()
        #expect(question.contains("Póngase a prueba") && question.contains("Pregunta 1 de 2"))
        h.driver.send(.endQuiz)
        let summary = h.screen()
        #expect(summary.contains("Usted paró la ronda") || summary.contains("Ronda terminada"))
        Snapshot.assert(summary, named: "es-quiz-summary-80x24")
    }

    @Test func kioskScreens() throws {
        var h = try harness()
        h.driver.state.kiosk = KioskState(settings: KioskSettings(exitPIN: "1"), now: Fixtures.now)
        let welcome = h.screen()
        #expect(welcome.contains("Pulse cualquier tecla para empezar"))
        #expect(welcome.contains("Press l to read this in English."), "offered in the language it offers")
        Snapshot.assert(welcome, named: "es-kiosk-welcome-80x24")
        h.press(.character("l"))
        #expect(h.driver.effects.last == .switchLanguage)
        #expect(h.driver.state.kiosk?.phase == .welcome, "l changes the language, it does not start")
        h.press(.enter)
        h.driver.now = Fixtures.now.adding(seconds: 190)
        h.driver.send(.tick)
        let warning = h.screen()
        #expect(warning.contains("¿Sigue ahí?") && warning.contains("Esta sesión terminará en"))
        h.press(.enter, .function(12))
        #expect(h.screen().contains("Salida del personal"))
        #expect(h.screen().contains("cancelar") == false)
    }

    @Test func tooSmallAndNarrowFooter() throws {
        var small = try harness(width: 30, height: 10)
        #expect(small.screen().contains("Por favor, agrande"))
        var narrow = try harness(width: 40, height: 12)
        narrow.driver.go(toLesson: "alpha")
        let footer = narrow.screen().split(separator: "\n").last.map(String.init) ?? ""
        #expect(footer.contains("? ayuda") && footer.contains("q salir"), "\(footer)")
    }

    @Test func withoutASecondCourseThereIsNoLanguageKey() throws {
        var h = try harness(otherLanguage: nil)
        h.press(.enter)
        #expect(!h.screen().contains("l English"))
        h.press(.character("l"))
        #expect(!h.driver.effects.contains(.switchLanguage))
    }
}
