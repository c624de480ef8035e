import Testing

@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// Reading a screen aloud: what is said, the engine's sentence, and the mark on screen.
@Suite struct ReadAloudTests {
    static let plain = ReadAloudText(forms: [], glossary: [])

    @Test func respellingsAreLeftOutSoTheyAreNotSpelledOut() {
        let spoken = Self.plain.spoken
        #expect(spoken("This is **intravasation** (in-TRAV-uh-SAY-shun) here.") == "This is **intravasation** here.")
        #expect(spoken("A tumor (TOO-mer) grows (slowly).") == "A tumor grows (slowly).")
        #expect(spoken("A secondary tumor (SEK-un-dair-ee TOO-mer).") == "A secondary tumor.")
        #expect(Self.plain.isRespelling("MET-uh-STAT-ik"))
        #expect(!Self.plain.isRespelling("well-known"))
        #expect(!Self.plain.isRespelling("CT"))
    }

    @Test func sentencesKeepTheirStyles() {
        let split = SpeechScript.sentences(of: [Span("One. Two is "), Span("bold", .bold), Span("! Three?")])
        #expect(split.map { $0.map(\.text).joined() } == ["One. ", "Two is bold! ", "Three?"])
        #expect(split[1].map(\.style) == [.plain, .bold, .plain])
    }

    @Test func aScreenIsSaidAsHeadingTextChoicesAndFeedback() throws {
        let tutorial = try Fixtures.tutorial()
        let lesson = try #require(tutorial.library.lessons["alpha"])
        let diagram = try #require(lesson.screens.first { if case .diagram = $0 { true } else { false } })
        guard case .diagram(let picture) = diagram else { return }
        let said = SpeechScript.sentences(for: diagram, answer: nil, words: EnglishWords(), readAloud: Self.plain)
        #expect(said.first == picture.heading)
        #expect(said.joined(separator: " ").contains(Self.plain.spoken("Picture: " + picture.description).prefix(20)))
        #expect(
            !said.contains { line in picture.art.contains { !$0.isEmpty && line.contains($0) } }, "never the drawing")

        let question = try #require(lesson.questions.first)
        let asked = SpeechScript.sentences(
            for: .question(question), answer: nil, words: EnglishWords(), readAloud: Self.plain)
        guard case .choice(let choices, _) = question.form else { return }
        let order = question.displayOrder()
        #expect(
            asked.suffix(choices.count)
                == order.enumerated().map { "\($0.offset + 1): \(choices[$0.element].text)." }[...])
        let answer = Answer(questionID: question.id, lessonID: "alpha", response: [0], correct: false, at: Fixtures.now)
        let told = SpeechScript.sentences(
            for: .question(question), answer: answer, words: EnglishWords(), readAloud: Self.plain)
        #expect(told.contains("Not quite."))
    }

    @Test func theEngineFollowsTheSentencesAndStopsWhenTheScreenChanges() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.readAloud) { $0.notice = .noSpeechEngine }
        var state = TutorState()
        state.speechAvailable = true
        store = TestStore(try Fixtures.tutorial(), state: state)
        store.send(.readAloud) { $0.speech = Speech(sentence: 0) }
        store.send(.sentenceSpoken(count: 2)) { $0.speech = Speech(sentence: 1) }
        store.send(.sentenceSpoken(count: 2)) { $0.speech = nil }
        store.send(.readAloud) { $0.speech = Speech(sentence: 0) }
        store.send(.readAloud) { $0.speech = nil }
        store.send(.readAloud) { $0.speech = Speech(sentence: 0) }
        store.send(.next, effects: [.saveProgress]) {
            $0.position = Position(unit: 1, screen: 0)
            $0.speech = nil
        }
    }

    @Test func readAloudAlwaysReadsEachNewScreenAndAKioskKeepsIt() throws {
        var state = TutorState()
        state.speechAvailable = true
        state.readAloudAlways = true
        var store = TestStore(try Fixtures.tutorial(), state: state)
        store.send(.next, effects: [.saveProgress]) {
            $0.position = Position(unit: 1, screen: 0)
            $0.speech = Speech(sentence: 0)
        }
        var driver = Driver(try Fixtures.tutorial())
        driver.state = state
        driver.state.kiosk = KioskState(settings: KioskSettings(exitPIN: "1"), now: Fixtures.now)
        driver.press(.enter)
        driver.send(.endSession)
        #expect(driver.state.readAloudAlways && driver.state.speechAvailable)
    }

    @Test func theSentenceBeingSpokenIsMarkedOnScreen() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.press(.enter)
        harness.driver.state.speechAvailable = true
        harness.driver.send(.readAloud, .sentenceSpoken(count: 9))
        let said = SpeechScript.sentences(harness.driver.state, harness.driver.tutorial)
        let grid = harness.render().grid
        var markedText = ""
        for cell in grid.cells {
            markedText += cell.style == .selected ? (cell.character.map { String($0) } ?? " ") : " "
        }
        let marked = markedText.split(separator: " ").joined(separator: " ")
        #expect(!marked.isEmpty)
        #expect(said[1].hasPrefix(marked.prefix(15)), "marked: \(marked); said: \(said[1])")
        #expect(harness.screen().contains("r: read this screen aloud") == false)
        harness.press(.character("?"))
        #expect(harness.screen().contains("r: read this screen aloud"))
        harness.driver.state.speechAvailable = false
        #expect(!harness.screen().contains("r: read this screen aloud"), "no engine, no hint")
    }
}

@Suite struct SSMLTests {
    @Test func lessonTextIsAlwaysReadAsText() {
        #expect(
            SSML.document(["Tom & Jerry <b>said</b> \"hi\"."])
                == "<speak><s>Tom &amp; Jerry &lt;b&gt;said&lt;/b&gt; &quot;hi&quot;.</s></speak>")
        #expect(SSML.document(["One.", "Two."]) == "<speak><s>One.</s><s>Two.</s></speak>")
    }
}

@Suite struct QuestionReadAloudTests {
    @Test func theChoiceBeingReadIsMarked() throws {
        let tutorial = try Fixtures.tutorial()
        var harness = ScreenHarness(tutorial)
        let unit = try #require(tutorial.unitIndex(of: "alpha"))
        let screen = try #require(tutorial.units[unit].screens.firstIndex { $0.question != nil })
        harness.driver.state.position = Position(unit: unit, screen: screen)
        harness.driver.state.speechAvailable = true
        harness.driver.send(.readAloud)
        let said = SpeechScript.sentences(harness.driver.state, tutorial)
        // Step to the first choice: after the prompt's sentences.
        let question = try #require(tutorial.screen(at: harness.driver.state.position)?.question)
        let promptCount = SpeechScript.sentences(of: [Span(question.prompt)]).count
        for _ in 0..<promptCount { harness.driver.send(.sentenceSpoken(count: said.count)) }
        let grid = harness.render().grid
        var marked = ""
        for cell in grid.cells { marked += cell.style == .selected ? (cell.character.map { String($0) } ?? " ") : " " }
        let words = marked.split(separator: " ").joined(separator: " ")
        #expect(said[promptCount].hasPrefix("1: "))
        #expect(
            words.contains(said[promptCount].dropFirst(3).prefix(12)), "marked: \(words); said: \(said[promptCount])")
    }
}
