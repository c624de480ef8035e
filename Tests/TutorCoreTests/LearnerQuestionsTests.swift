import Foundation
import Testing
import BuiltinLessons

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// "My questions": the learner's own questions for their care team, written with w.
@Suite struct LearnerQuestionsTests {
    func typing(_ text: String) -> [Key] { text.map { Key.character($0) } }

    @Test func writingAQuestionThroughTheEngine() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.openLesson("alpha"), effects: [.saveProgress]) { $0.position = Position(unit: 1, screen: 0) }
        store.send(.writeQuestion) { $0.editor = QuestionEditor() }
        store.send(.editorType("W")) { $0.editor = QuestionEditor(text: "W") }
        store.send(.editorType("y")) { $0.editor = QuestionEditor(text: "Wy") }
        store.send(.editorMoveCursor(-1)) { $0.editor?.cursor = 1 }
        store.send(.editorType("h")) {
            $0.editor?.text = Array("Why")
            $0.editor?.cursor = 2
        }
        store.send(.editorType("\n")) { _ in }
        store.send(.editorKeep, effects: [.saveProgress]) {
            $0.editor = nil
            $0.questions = [LearnerQuestion(text: "Why", lessonID: "alpha", at: Fixtures.now)]
            $0.notice = .questionKept
        }
    }

    @Test func escapeKeepsNothingAndEmptyTextIsNotKept() throws {
        var store = TestStore(try Fixtures.tutorial())
        store.send(.writeQuestion) { $0.editor = QuestionEditor() }
        store.send(.editorType("x")) { $0.editor = QuestionEditor(text: "x") }
        store.send(.editorCancel) { $0.editor = nil }
        store.send(.writeQuestion) { $0.editor = QuestionEditor() }
        store.send(.editorType(" ")) { $0.editor = QuestionEditor(text: " ") }
        store.send(.editorKeep) { $0.editor = nil }
    }

    @Test func everyKeyIsTextWhileWriting() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.press(.enter, .character("w"))
        // q, m, digits and ? would quit, open the menu, answer or get help anywhere else.
        harness.press(.character("q"), .character("m"), .character("1"), .character("?"), .character("é"))
        harness.press(.character("中"), .backspace, .left, .left, .character("_"), .right, .home, .character("<"))
        harness.press(.end, .character(">"))
        #expect(harness.driver.state.editor?.text == Array("<qm1_?é>"))
        #expect(harness.driver.state.overlay == nil)
        let screen = harness.screen()
        #expect(screen.contains("A question for your care team:"))
        #expect(screen.contains("<qm1_?é>"))
        #expect(screen.contains("Enter keep"))
        #expect(harness.render().grid.cursor?.row == 22)
        harness.press(.enter)
        #expect(harness.driver.state.questions.map(\.text) == ["<qm1_?é>"])
        #expect(harness.driver.state.questions.first?.lessonID == "alpha")
        #expect(harness.screen().contains("Your question is kept."))
    }

    @Test func aLongQuestionScrollsToTheCursorAt40Columns() throws {
        var harness = ScreenHarness(try Fixtures.tutorial(), width: 40, height: 12)
        harness.press(.character("w"))
        let text = "What does it mean if the cancer has reached my lymph nodes but not further"
        harness.press(typing(text).first!)
        for key in typing(String(text.dropFirst())) { harness.press(key) }
        let rendered = harness.render()
        let cursor = try #require(rendered.grid.cursor)
        #expect(cursor.column < 40)
        #expect(rendered.grid.text.contains("not further"))
    }

    @Test func theMenuListsThemAndTheyCanBeChangedAndDeleted() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        for question in ["Is it in my liver", "What scans will I have"] {
            harness.press(.character("w"))
            for key in typing(question) { harness.press(key) }
            harness.press(.enter)
        }
        harness.press(.character("m"))
        #expect(harness.screen().contains("My questions (2)"))
        let entries = Engine.menuEntries(harness.driver.tutorial)
        let index = try #require(entries.firstIndex(of: .myQuestions))
        harness.driver.send(.menuPick(index))
        var screen = harness.screen()
        #expect(screen.contains("1. Is it in my liver"))
        #expect(screen.contains("2. What scans will I have"))
        #expect(screen.contains("Enter change"))
        Snapshot.assert(screen, named: "my-questions-80x24")
        harness.press(.down, .enter)
        #expect(harness.driver.state.editor == QuestionEditor(text: "What scans will I have", replacing: 1))
        harness.press(.character("?"), .enter)
        #expect(harness.driver.state.questions.map(\.text) == ["Is it in my liver", "What scans will I have?"])
        harness.press(.up, .character("d"))
        #expect(harness.driver.state.questions.map(\.text) == ["What scans will I have?"])
        screen = harness.screen()
        #expect(!screen.contains("Is it in my liver"))
        harness.press(.escape)
        #expect(harness.driver.state.overlay == nil)
    }

    @Test func plainModeWritesChangesAndDeletes() throws {
        let tutorial = try Fixtures.tutorial()
        var state = TutorState()
        func type(_ line: String) {
            if let action = KeyMap.action(forPlainLine: line, state: state, tutorial: tutorial) {
                _ = Engine.reduce(&state, action, tutorial: tutorial, now: Fixtures.now)
            }
        }
        type("w")
        #expect(PlainView.screen(state, tutorial).contains("A question for your care team:"))
        type("q is a letter here, not quit")
        #expect(state.questions.map(\.text) == ["q is a letter here, not quit"])
        type("m")
        let entries = Engine.menuEntries(tutorial)
        type(String((entries.firstIndex(of: .myQuestions) ?? 0) + 1))
        #expect(PlainView.screen(state, tutorial).contains("1. q is a letter here, not quit"))
        type("1")
        type("Can I see the scan")
        #expect(state.questions.map(\.text) == ["Can I see the scan"])
        type("d 1")
        #expect(state.questions.isEmpty)
        type("")
        #expect(state.overlay == nil)
    }

    @Test func theyAreSavedAndAFileOfTheFirstFormatStillLoads() throws {
        let tutorial = try Fixtures.tutorial()
        var state = TutorState()
        state.questions = [LearnerQuestion(text: "Why me?", lessonID: "alpha", at: Fixtures.now)]
        let record = state.record(tutorial: tutorial, now: Fixtures.now)
        #expect(record.formatVersion == 2)
        let bytes = try JSON.encode(record)
        let loaded = try JSON.decode(ProgressRecord.self, from: bytes)
        #expect(TutorState(resuming: loaded, tutorial: tutorial).questions == state.questions)
        // A file written before questions (format 1) loads, and is written back as format 2.
        let old = try JSON.decode(ProgressRecord.self, from: Array(JSONCodecTests.realProgressFile.utf8))
        #expect(old.formatVersion == 1 && old.questions == nil)
        let resumed = TutorState(resuming: old, tutorial: tutorial)
        #expect(resumed.questions.isEmpty)
        #expect(resumed.record(tutorial: tutorial, now: Fixtures.now).formatVersion == 2)
    }

    @Test func savedQuestionsAreChecked() throws {
        let library = try Fixtures.library()
        var record = ProgressRecord()
        record.questions = [
            LearnerQuestion(text: "Fine", lessonID: "alpha", at: Fixtures.now),
            LearnerQuestion(text: "Gone lesson", lessonID: "no-such-lesson", at: Fixtures.now),
            LearnerQuestion(text: "Bell \u{07}", lessonID: nil, at: Fixtures.now),
            LearnerQuestion(text: "", lessonID: nil, at: Fixtures.now),
            LearnerQuestion(text: String(repeating: "a", count: LearnerQuestion.lengthLimit + 1), lessonID: nil, at: Fixtures.now),
        ]
        let checked = record.checked(against: library)
        #expect(checked.record.questions?.map(\.text) == ["Fine", "Gone lesson"])
        #expect(checked.record.questions?.last?.lessonID == nil)
        #expect(checked.dropped == 4)
    }

    @Test func aKioskVisitorsQuestionsGoWhenTheyLeave() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.state.kiosk = KioskState(settings: KioskSettings(exitPIN: "1"), now: Fixtures.now)
        driver.press(.enter, .character("w"), .character("Q"), .enter)
        #expect(driver.state.questions.count == 1)
        driver.send(.endSession)
        #expect(driver.state.questions.isEmpty)
    }

    @Test func theQuestionSheetAndTheQuestionsCommandPrintThem() throws {
        let library = try Fixtures.library()
        let questions = [
            LearnerQuestion(text: "Will I need more scans after treatment ends?", lessonID: "alpha", at: Fixtures.now)
        ]
        let text = QuestionsPrint.text(questions, library: library)
        #expect(text.contains("1. Will I need more scans after treatment ends?"))
        #expect(text.contains("(written on: \(library.lessons["alpha"]!.title))"))
        #expect(text.contains(library.course.disclaimer.prefix(30)))
        #expect(text.split(separator: "\n").allSatisfy { TerminalText.width(of: String($0)) <= 80 }, "\(text)")
        #expect(QuestionsPrint.text([], library: library).contains("press w on any screen"))

        let course = try #require(BuiltinLessons.library())
        let sheets = try #require(course.sheets)
        let plain = PrintedSheet.text(.questions, of: sheets, in: course)
        let sheet = PrintedSheet.text(.questions, of: sheets, in: course, learnerQuestions: questions.map(\.text))
        #expect(sheet.contains("My own questions\n[ ] Will I need more scans after treatment ends?"))
        // Each of the learner's questions takes the place of a blank line, so the sheet stays one page.
        #expect(sheet.split(separator: "\n", omittingEmptySubsequences: false).count
            == plain.split(separator: "\n", omittingEmptySubsequences: false).count)
    }
}

/// Guided sessions: teach-back after a lesson, marked by the educator.
@Suite struct TeachBackTests {
    func guidedAtTheEndOfAlpha() throws -> TestStore {
        let tutorial = try Fixtures.tutorial()
        var state = TutorState()
        state.guided = true
        state.position = Position(unit: 1, screen: tutorial.units[1].screens.count - 1)
        // The last screen of alpha is a question: answered, so going on leaves the lesson.
        if let question = tutorial.units[1].screens.last?.question {
            state.answerLog = [
                Answer(questionID: question.id, lessonID: "alpha", response: [0], correct: true, at: Fixtures.now)
            ]
        }
        return TestStore(tutorial, state: state)
    }

    @Test func leavingALessonAsksTheEducatorFirst() throws {
        var store = try guidedAtTheEndOfAlpha()
        store.send(.next) { $0.overlay = .teachBack(lessonID: "alpha") }
        store.send(.markTeachBack(.goOverAgain), effects: [.saveProgress, .lessonFinished("alpha")]) {
            $0.overlay = nil
            $0.teachBack = ["alpha": .goOverAgain]
            $0.position = Position(unit: 2, screen: 0)
            $0.finishedLessons = ["alpha"]
            $0.draft = Draft()
        }
    }

    @Test func notNowStaysOnTheLesson() throws {
        var store = try guidedAtTheEndOfAlpha()
        store.send(.next) { $0.overlay = .teachBack(lessonID: "alpha") }
        store.send(.closeOverlay) { $0.overlay = nil }
    }

    @Test func withoutGuidedThereIsNoPrompt() throws {
        var driver = Driver(try Fixtures.tutorial())
        driver.send(.openLesson("alpha"))
        for _ in 0..<20 where driver.unitID == "alpha" {
            driver.send(.choose(1))
            driver.send(.next)
        }
        #expect(driver.state.overlay == nil)
        #expect(driver.unitID != "alpha")
    }

    @Test func thePromptOnScreenAndInPlainModeAndTheListsAtTheEnd() throws {
        var harness = ScreenHarness(try Fixtures.tutorial())
        harness.driver.state.guided = true
        harness.driver.send(.openLesson("alpha"))
        for _ in 0..<20 where harness.driver.state.overlay == nil {
            harness.driver.send(.choose(1))
            harness.driver.send(.next)
        }
        let screen = harness.screen()
        #expect(screen.contains("Teach-back: Step 3: Entering the blood or lymph"))
        #expect(screen.contains("In your own words, how do cancer cells get into the blood?"))
        #expect(screen.contains("1 explained  2 go over again  Esc not now"))
        Snapshot.assert(screen, named: "teach-back-80x24")
        let plain = PlainView.screen(harness.driver.state, harness.driver.tutorial)
        #expect(plain.contains("Press Enter alone: not now (stay on this lesson)."))
        #expect(KeyMap.action(forPlainLine: "2", state: harness.driver.state, tutorial: harness.driver.tutorial)
            == .markTeachBack(.goOverAgain))
        harness.press(.character("2"))
        #expect(harness.driver.state.teachBack == ["alpha": .goOverAgain])

        let report = Engine.progressReport(harness.driver.state, harness.driver.tutorial, Fixtures.now)
        #expect(report.goOverAgain == ["alpha"])
        #expect(report.text(words: EnglishWords()).contains("To go over again (from teach-back)\n- Step 3: Entering the blood or lymph"))
        harness.driver.send(.openLesson("glossary"))
        for _ in 0..<10 { harness.driver.send(.next) }
        #expect(harness.screen().contains("Lessons to go over again"))
    }

    @Test func marksAreSavedAndChecked() throws {
        let tutorial = try Fixtures.tutorial()
        var state = TutorState()
        state.teachBack = ["alpha": .explained]
        let record = state.record(tutorial: tutorial, now: Fixtures.now)
        let loaded = try JSON.decode(ProgressRecord.self, from: try JSON.encode(record))
        #expect(TutorState(resuming: loaded, tutorial: tutorial).teachBack == ["alpha": .explained])
        var bad = record
        bad.teachBack = ["alpha": .explained, "gone": .goOverAgain]
        let checked = bad.checked(against: tutorial.library)
        #expect(checked.record.teachBack == ["alpha": .explained])
        #expect(checked.dropped == 1)
    }
}

/// The page printed after a session.
@Suite struct SessionSummaryTests {
    @Test func onePageWithEverythingTheIssueAsksFor() throws {
        let library = try #require(BuiltinLessons.library())
        let tutorial = try #require(Tutorial(library: library))
        var state = TutorState()
        state.finishedLessons = ["what-is-metastasis", "step-1"]
        state.teachBack = ["step-1": .goOverAgain, "what-is-metastasis": .explained]
        state.questions = [LearnerQuestion(text: "Has my cancer spread to my bones?", lessonID: "site-bones", at: Fixtures.now)]
        let text = SessionSummary.text(
            record: state.record(tutorial: tutorial, now: Fixtures.now), library: library, date: "Last here: today")
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count <= 66, "one page of 66 lines: \(lines.count)")
        #expect(lines.allSatisfy { TerminalText.width(of: String($0)) <= 80 })
        #expect(text.hasPrefix("Session summary: How Cancer Spreads\nLast here: today\nGeneral education only"))
        #expect(text.contains("Lessons covered (2 of \(library.courseOrder.count))"))
        #expect(text.contains("To go over again\n[ ] Step 1: Tumor growth"))
        #expect(text.contains("1. Has my cancer spread to my bones?"))
        #expect(text.contains("Call your care team right away"))
        #expect(text.contains("Call 911"))
        #expect(text.contains("1-800-422-6237") && text.contains("1-800-227-2345"))
    }

    @Test func aNewLearnerGetsAPageToo() throws {
        let library = try #require(BuiltinLessons.library())
        let text = SessionSummary.text(record: nil, library: library, date: nil)
        #expect(text.contains("None yet."))
        #expect(text.contains("press w in the tutorial"))
        #expect(!text.contains("To go over again"))
    }
}

/// A path made for one learner from the course's personal-path data.
@Suite struct LearnerPathTests {
    @Test func colonCancerGetsTheBasicsTheStepsItsSitesAndTreatment() throws {
        let library = try #require(BuiltinLessons.library())
        let personal = try #require(library.course.personalPath)
        let tutorial = try #require(Tutorial(library: library, learnerPath: LearnerPath(cancer: "colon")))
        let ids = tutorial.lessonUnits.map(\.id)
        let colon = try #require(personal.cancers.first { $0.name == "colon" })
        #expect(ids == personal.before.map(\.id) + colon.sites.map(\.id) + personal.after.map(\.id))
        #expect(tutorial.pathTitle == "Your own path: colon cancer")
        #expect(tutorial.reasons["site-liver"] == .oftenSpreadsHere("colon cancer"))
        #expect(tutorial.reasons["step-1"] == .everyone)
        #expect(!ids.contains("site-bones"))
    }

    @Test func namedSitesAddedAndDroppedLessons() throws {
        let library = try #require(BuiltinLessons.library())
        let own = LearnerPath(cancer: "colon", sites: ["site-bones"], added: ["signs-and-symptoms"], dropped: ["step-4"])
        let tutorial = try #require(Tutorial(library: library, learnerPath: own))
        let ids = tutorial.lessonUnits.map(\.id)
        #expect(ids.contains("site-bones") && !ids.contains("site-liver"))
        #expect(ids.contains("signs-and-symptoms") && !ids.contains("step-4"))
        #expect(ids == library.courseOrder.filter(ids.contains), "in course order")
        #expect(tutorial.reasons["site-bones"] == .spreadHere)
        #expect(tutorial.reasons["signs-and-symptoms"] == .added)
        #expect(LearnerPath.siteLesson(named: "liver", in: library) == "site-liver")
        #expect(LearnerPath.siteLesson(named: "step-1", in: library) == nil)
    }

    @Test func theMenuSaysWhyAndTheFileKeepsThePath() throws {
        let library = try #require(BuiltinLessons.library())
        let own = LearnerPath(cancer: "lung", sites: ["site-brain"])
        let tutorial = try #require(Tutorial(library: library, learnerPath: own))
        var harness = ScreenHarness(tutorial, width: 80, height: 40)
        harness.press(.character("m"))
        let menu = harness.screen()
        #expect(menu.contains("Lessons: Your own path: lung cancer"))
        #expect(menu.contains("where your cancer has spread"))
        #expect(menu.contains("for everyone"))
        #expect(PlainView.menu(tutorial, harness.driver.state).contains { $0.hasSuffix("(where your cancer has spread)") })

        var state = TutorState()
        state.learnerPath = own
        state.position = Position(unit: 3, screen: 0)
        let record = state.record(tutorial: tutorial, now: Fixtures.now)
        #expect(record.path == PersonalPath.pathName)
        let loaded = try JSON.decode(ProgressRecord.self, from: try JSON.encode(record))
        let checked = loaded.checked(against: library)
        #expect(checked.dropped == 0)
        #expect(checked.record.learnerPath == own)
        #expect(checked.record.positions[PersonalPath.pathName] == record.positions[PersonalPath.pathName])
        let resumed = TutorState(resuming: loaded, tutorial: tutorial)
        #expect(resumed.position == state.position)
    }

    @Test func lintChecksThePersonalPath() {
        let course = LintTests.course + """
            personal-path:
              title: Yours
              before: [a]
              after: [ghost]
              cancers:
                - name: colon
                  title: colon cancer
                  spreads-to: [a]

            """
        let files = [LessonFile(path: "L/course.yaml", text: course), LessonFile(path: "L/a.yaml", text: LintTests.goodLesson)]
        let problems = LessonLibrary.load(files).problems.map(\.description)
        #expect(problems.contains { $0 == "L/course.yaml:16:11: the personal path names lesson 'ghost', but no lesson has that id" }, "\(problems)")
        #expect(problems.contains { $0.contains("'a' is a step lesson; spreads-to names site lessons") }, "\(problems)")
    }
}
