import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// Marks every terminal can draw: the Linux console's font and terminals with no UTF-8 locale.
@Suite struct GlyphsTests {
    @Test func theSetComesFromTERMAndTheLocaleInPOSIXOrder() {
        func chosen(_ term: String?, all: String? = nil, ctype: String? = nil, lang: String? = nil) -> GlyphSet {
            Glyphs.choose(term: term, lcAll: all, lcCtype: ctype, lang: lang)
        }
        #expect(chosen("xterm-256color", lang: "en_GB.UTF-8") == .unicode)
        #expect(chosen("xterm", lang: "de_DE.utf8") == .unicode)
        #expect(chosen("linux", lang: "en_US.UTF-8") == .console)
        #expect(chosen("xterm", lang: "C") == .ascii)
        #expect(chosen("xterm") == .ascii, "no locale at all is the C locale")
        #expect(chosen("linux", lang: "en_US.ISO-8859-1") == .ascii)
        #expect(chosen("xterm", all: "C", lang: "en_US.UTF-8") == .ascii, "LC_ALL comes first")
        #expect(chosen("xterm", all: "", ctype: "en_US.UTF-8", lang: "C") == .unicode, "an empty LC_ALL is not set")
        #expect(chosen("xterm", ctype: "POSIX", lang: "en_US.UTF-8") == .ascii, "LC_CTYPE before LANG")
        #expect(chosen("xterm", lang: "sr_RS.UTF-8@latin") == .unicode)
    }

    /// The code points of Tests/Fixtures/Uni2-Terminus16.chars (read from the real font).
    static func consoleFont() throws -> Set<UInt32> {
        let file = Fixtures.packageRoot.appendingPathComponent("Tests/Fixtures/Uni2-Terminus16.chars")
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        return Set(lines.filter { !$0.hasPrefix("#") }.compactMap { UInt32($0, radix: 16) })
    }

    /// Every character of the lesson files: what comes from lessons rather than the view.
    static func lessonCharacters() throws -> Set<Character> {
        let folder = Fixtures.packageRoot.appendingPathComponent("Lessons")
        var characters: Set<Character> = []
        let files = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        while let file = files?.nextObject() as? URL {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else { continue }
            characters.formUnion(text)
        }
        return characters
    }

    /// Every screen of the whole built-in course with `glyphs`: each lesson screen, each
    /// question before and after a right and a wrong answer, the menu, help, glossary and
    /// progress, a quiz question, its answer and the summary, at 80x24 and 40x12.
    static func everyScreen(_ glyphs: GlyphSet, language: Language = .en) throws -> [String] {
        let library = try #require(BuiltinLessons.library(language: language), "the built-in lessons fail lint")
        let tutorial = try #require(Tutorial(library: library, pathName: Course.fullPathName))
        var screens: [String] = []
        for (width, height) in [(80, 24), (40, 12)] {
            var driver = Driver(tutorial)
            driver.state.glyphs = glyphs
            driver.measure = ScreenView.measure
            driver.send(.resize(WindowSize(width: width, height: height)))
            func shoot() {
                // Each part of a long screen, scrolled through.
                var scrolled = driver
                for _ in 0..<40 {
                    screens.append(ScreenView.render(scrolled.state, tutorial, width: width, height: height).grid.text)
                    let before = scrolled.state.scroll
                    scrolled.send(.scroll(height / 2))
                    if scrolled.state.scroll == before { break }
                }
            }
            for unit in tutorial.units.indices {
                for screen in tutorial.units[unit].screens.indices {
                    driver.state.position = Position(unit: unit, screen: screen)
                    driver.state.draft = Draft()
                    driver.state.scroll = 0
                    shoot()
                    if tutorial.screen(at: driver.state.position)?.question != nil {
                        driver.send(.moveHighlight(1))
                        shoot()
                        for number in [1, 2] {
                            var answered = driver
                            answered.send(.choose(number), .choose(number == 1 ? 2 : 1), .choose(3), .choose(4))
                            let saved = driver
                            driver = answered
                            shoot()
                            driver = saved
                        }
                    }
                }
                driver.state.finishedLessons.insert(tutorial.units[unit].id)
            }
            for open in [Action.openMenu, .openHelp, .openGlossary, .openProgress] {
                driver.send(open)
                shoot()
                driver.send(.closeOverlay)
            }
            driver.send(.startQuiz(.all, origin: .menu, count: 3))
            for _ in 0..<3 {
                shoot()
                driver.send(.choose(1))
                shoot()
                driver.send(.next)
            }
            shoot()
        }
        return screens
    }

    @Test func theConsoleSetDrawsOnlyWhatTheConsoleFontHas() throws {
        let font = try Self.consoleFont()
        #expect(font.count > 500 && font.contains(0x221A), "the fixture is the font's table")
        let fromLessons = try Self.lessonCharacters()
        var fromView: Set<Character> = []
        var lessonsLacking: Set<Character> = []
        let screens = try Self.everyScreen(.console)
        for character in Set(screens.joined()) where character != "\n" {
            guard !character.unicodeScalars.allSatisfy({ font.contains($0.value) }) else { continue }
            if fromLessons.contains(character) { lessonsLacking.insert(character) } else { fromView.insert(character) }
        }
        #expect(fromView.isEmpty, "the view draws what the console font lacks: \(Self.described(fromView))")
        // Lesson prose keeps its letters: any the font lacks are the lessons' to change.
        let lessonReport = fromLessons.filter { !$0.isASCII }.sorted().map {
            "\(Self.described([$0])) \($0.unicodeScalars.allSatisfy { font.contains($0.value) } ? "in the font" : "NOT in the font")"
        }
        print("lesson characters beyond ASCII, on the console: \(lessonReport.joined(separator: ", "))")
        #expect(
            lessonsLacking.isEmpty,
            "lesson text has characters the console font lacks: \(Self.described(lessonsLacking))")
        #expect(screens.count > 200, "every screen of the course was drawn (\(screens.count))")
    }

    @Test(arguments: [Language.en, .es])
    func theASCIISetDrawsOnlyASCII(_ language: Language) throws {
        let screens = try Self.everyScreen(.ascii, language: language)
        let beyond = Set(screens.joined()).filter { !$0.isASCII }
        #expect(beyond.isEmpty, "not ASCII: \(Self.described(beyond))")
        // A letter the set could not draw would be "?" inside a word ("c?ncer").
        let text = screens.joined(separator: "\n")
        let broken = zip(text, zip(text.dropFirst(), text.dropFirst(2))).filter {
            $0.isLetter && $1.0 == "?" && $1.1.isLetter
        }
        #expect(broken.isEmpty, "a letter drawn as ?: \(broken.prefix(5).map { "\($0)?\($1.1)" })")
    }

    @Test func spanishWithoutUTF8KeepsItsLettersPlain() throws {
        let screens = try Self.everyScreen(.ascii, language: .es)
        #expect(screens.contains { $0.contains("Como se propaga el cancer") }, "the accents go, the words stay")
    }

    @Test func eachMarkHasItsStandIn() {
        let marks: [(Character, console: Character, ascii: Character)] = [
            ("✓", "√", "+"), ("✗", "x", "x"), ("▶", ">", ">"), ("▸", ">", ">"), ("█", "#", "#"), ("░", "-", "-"),
            ("↑", "^", "^"), ("↓", "v", "v"), ("→", ">", ">"), ("┌", "+", "+"), ("─", "-", "-"), ("│", "|", "|"),
            ("é", "é", "e"), ("ñ", "ñ", "n"), ("¿", "¿", "?"), ("“", "“", "\""), ("€", "€", "?"),
        ]
        for (mark, console, ascii) in marks {
            #expect(Glyphs.character(mark, in: .console) == console, "\(mark)")
            #expect(Glyphs.character(mark, in: .ascii) == ascii, "\(mark)")
            #expect(Glyphs.character(mark, in: .unicode) == mark)
        }
    }

    @Test func withoutUTF8TheNoticeSaysSoInTheViewsWords() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.driver.state.glyphs = .ascii
        harness.driver.state.notice = .plainCharacters
        let screen = harness.screen()
        #expect(screen.contains("This terminal is not set up for UTF-8, so plain letters and marks are shown."))
        #expect(screen.allSatisfy { $0.isASCII })
        harness.press(.enter)
        #expect(!harness.screen().contains("UTF-8"), "said once: the next key clears it")
    }

    /// A progress file kept aside at start takes the notice line first; the UTF-8 notice comes
    /// after it, not never.
    @Test func theUTF8NoticeWaitsForAnEarlierOneInsteadOfBeingLost() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.driver.state.glyphs = .ascii
        harness.driver.state.notice = .progressRepaired(count: 1)
        harness.driver.state.laterNotice = .plainCharacters
        #expect(!harness.screen().contains("UTF-8"))
        harness.press(.enter)
        #expect(harness.screen().contains("This terminal is not set up for UTF-8"))
        harness.press(.enter)
        #expect(!harness.screen().contains("UTF-8"))
    }

    static func described(_ characters: Set<Character>) -> String {
        characters.sorted().map { c in
            "\(c) ("
                + c.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
                + ")"
        }.joined(separator: ", ")
    }
}
