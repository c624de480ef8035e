import BuiltinLessons
import Foundation
import LessonModel
import Testing

/// The built-in Spanish course in a real terminal: `--language es` at 80x24, every lesson's
/// every screen, the key that switches language, and the language kept for next time.
@Suite(.serialized) struct SpanishInTerminalTests {
    /// Waits until the screen is not `previous` any more, and returns it.
    func changed(_ terminal: TmuxTerminal, from previous: String, timeout: TimeInterval = 15) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var now = previous
        while now == previous {
            guard Date() < deadline else {
                Issue.record("the screen did not change after a key; it shows:\n\(now)")
                throw TmuxTerminal.TimedOut()
            }
            Thread.sleep(forTimeInterval: 0.02)
            now = try terminal.screen()
        }
        return now
    }

    /// "Pantalla 3 de 7" on the header's second row, as (3, 7); (1, 1) for a one-screen lesson.
    func screenNumber(_ screen: String) -> (Int, Int)? {
        let row = screen.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().first.map(String.init) ?? ""
        guard let range = row.range(of: #"Pantalla [0-9]+ de [0-9]+"#, options: .regularExpression) else { return nil }
        let numbers = row[range].split(separator: " ").compactMap { Int($0) }
        return numbers.count == 2 ? (numbers[0], numbers[1]) : nil
    }

    @Test func everySpanishLessonScreenByScreenThenTheLanguageKeyAndTheSavedChoice() throws {
        let library = try #require(BuiltinLessons.library(language: .es))
        let folder = try Paths.temporaryDirectory()
        let progress = folder + "/progress.json"
        let terminal = try TmuxTerminal(
            "\(Paths.binary) --language es --progress \(progress); echo shell-done; sleep 60")
        var screen = try terminal.waitFor("q salir")
        #expect(screen.contains("educación general"), "the disclaimer on the welcome:\n\(screen)")
        // Each lesson's screens, in order, reached one after another with the Right arrow
        // (on a question: skip), which also scrolls a screen longer than the window.
        var seen: [String: Set<Int>] = [:]
        var count: [String: Int] = [:]
        var reviewed: Set<String> = []
        var lastTitle = ""
        var presses = 0
        while !screen.contains("Esta es la última pantalla") && presses < 2000 {
            try terminal.send("Right")
            presses += 1
            screen = try changed(terminal, from: screen)
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            let footer = rows.last { !$0.trimmingCharacters(in: .whitespaces).isEmpty } ?? ""
            #expect(footer.contains("? ayuda") && footer.contains("q salir"), "the footer in Spanish:\n\(screen)")
            // The program's rows (the header and the footer) hold none of its English.
            let frame = (rows.prefix(3) + [footer]).joined(separator: "\n")
            for english in ["Screen", "Lesson", "Part", "Press", "quit", "help", "next", "back", "done"] {
                #expect(
                    frame.range(of: "\\b\(english)\\b", options: .regularExpression) == nil,
                    "\"\(english)\" in a Spanish screen:\n\(screen)")
            }
            // The longest title that fits the row: one title can begin another.
            guard
                let title = library.courseOrder.compactMap({ library.lessons[$0] }).filter({ lesson in
                    rows.count > 1 && rows[1].contains(lesson.title.prefix(40))
                }).max(by: { $0.title.count < $1.title.count })
            else { continue }
            lastTitle = title.title
            // A review's questions come back until answered right: answer one (its feedback
            // shows), then stop the round with Esc; Right then goes on from the recap.
            if rows[0].hasPrefix(" Repaso") {
                reviewed.insert(title.id)
                try terminal.send("1")
                screen = try changed(terminal, from: screen)
                #expect(screen.contains("Pregunta 1 de"), "\(screen)")
                try terminal.send("Escape")
                screen = try terminal.waitFor("Pulse Enter para seguir.")
                #expect(screen.contains("Usted paró el repaso") || screen.contains("Repaso terminado"), "\(screen)")
                continue
            }
            let (number, total) = screenNumber(screen) ?? (1, 1)
            seen[title.id, default: []].insert(number)
            count[title.id] = total
        }
        // Every lesson, and every one of its screens (as many as its header counts).
        for id in library.courseOrder where !reviewed.contains(id) {
            let total = try #require(count[id], "lesson \(id) was never on screen (after \(presses) presses)")
            #expect(seen[id] == Set(1...total), "lesson \(id): saw screens \(seen[id]?.sorted() ?? []) of \(total)")
        }
        #expect(reviewed.count == library.courseOrder.filter { $0.hasPrefix("review-") }.count, "\(reviewed)")
        #expect(!lastTitle.isEmpty)

        // l: the same place in English, and back.
        try terminal.send("Left")
        screen = try changed(terminal, from: screen)
        let place = screenNumber(screen)
        try terminal.send("l")
        let english = try terminal.waitFor("q quit")
        #expect(english.contains("Screen"), "\(english)")
        if let (number, total) = place { #expect(english.contains("Screen \(number) of \(total)"), "\(english)") }
        try terminal.send("l")
        try terminal.waitFor("q salir")
        try terminal.send("q")
        try terminal.waitFor("¿Salir? (s/n)")
        try terminal.send("s")
        try terminal.waitFor("shell-done")
        let saved = try String(contentsOfFile: progress, encoding: .utf8)
        #expect(saved.contains("\"language\":\"es\"") || saved.contains("\"language\" : \"es\""), "\(saved)")

        // Next time, with no --language: Spanish again, where the learner left off.
        let again = try TmuxTerminal("\(Paths.binary) --progress \(progress); echo shell-done; sleep 60")
        let resumed = try again.waitFor("q salir")
        #expect(resumed.contains(String(lastTitle.prefix(30))) || resumed.contains("Pantalla"), "\(resumed)")
    }

    @Test func theKioskOffersTheOtherLanguageAndTheNextVisitorStartsInItsOwn() throws {
        let terminal = try TmuxTerminal(
            "\(Paths.binary) --kiosk --idle-timeout 3 --idle-countdown 1; echo shell-done; sleep 60")
        var screen = try terminal.waitFor("Press any key to start")
        #expect(screen.contains("Pulse l para leer esto en español."), "\(screen)")
        try terminal.send("l")
        screen = try terminal.waitFor("Pulse cualquier tecla para empezar")
        #expect(screen.contains("Press l to read this in English."), "\(screen)")
        try terminal.send("Enter")
        try terminal.waitFor("q terminar")
        // Left alone, the visitor's session ends; the next one starts in English again.
        try terminal.waitFor("¿Sigue ahí?")
        try terminal.waitFor("Press any key to start")
    }
}
