import Foundation
import Testing

@testable import BuiltinLessons
@testable import LessonFormat
@testable import LessonModel
@testable import TutorEngine
@testable import TutorView

/// What read-aloud hands the speech engine: the course's spoken forms, respellings left out,
/// web addresses said as their site, and lint naming what would still be said badly.
@Suite struct SpokenFormTests {
    static func form(_ written: String, _ said: String) -> SpokenForm {
        SpokenForm(written: written, said: said, location: SourceLocation(file: "course.yaml"))
    }

    static let forms = ReadAloudText(
        forms: [
            form("911", "9 1 1"), form("1-800-4-CANCER", "1, 800, 4, cancer"), form("4", "four"),
            form("°F", "degrees Fahrenheit"),
            form("PET", "pet"), form("┄", ""), form("las ★", "las estrellas"), form("★", "estrella"),
        ],
        glossary: [GlossaryTerm(term: "Lymph node", say: "limf node", means: "A small organ.", forms: [])])

    @Test func spokenFormsReplaceWholeWordsLongestFirst() {
        #expect(Self.forms.spoken("Call 911 now.") == "Call 9 1 1 now.")
        #expect(Self.forms.spoken("In 1911 and 9110.") == "In 1911 and 9110.", "a number inside another is left")
        #expect(Self.forms.spoken("Call 1-800-4-CANCER.") == "Call 1, 800, 4, cancer.", "the longest form wins")
        #expect(Self.forms.spoken("A fever of 100.4°F.") == "A fever of 100.4 degrees Fahrenheit.", "a space is put in")
        #expect(
            Self.forms.spoken("Step 4, 4.5 or 1,4.") == "Step four, 4.5 or 1,4.", "a number's own digits are not words")
        #expect(Self.forms.spoken("A PET scan, not PETS.") == "A pet scan, not PETS.")
        #expect(
            Self.forms.spoken("The dotted ┄ line.") == "The dotted line.", "a mark said as nothing leaves one space")
        #expect(
            Self.forms.spoken("Y las ★ muestran. Cada ★ marca.") == "Y las estrellas muestran. Cada estrella marca.")
    }

    @Test func respellingsGoEvenInsideABracketOrWithoutCapitals() {
        #expect(
            Self.forms.spoken("A CT scan (computed tomography, kum-PYOO-tid toh-MAH-gruh-fee) uses X-rays.")
                == "A CT scan (computed tomography) uses X-rays.")
        #expect(
            Self.forms.spoken("Lymph nodes (limf nodes) filter.") == "Lymph nodes filter.",
            "the glossary's respelling, plural")
        #expect(Self.forms.spoken("A lymph node (limf node).") == "A lymph node.")
        #expect(
            Self.forms.spoken("Call (for a first seizure, call 911) now.")
                == "Call (for a first seizure, call 9 1 1) now.")
    }

    @Test func aWebAddressIsSaidAsItsSite() {
        #expect(Self.forms.spoken("https://www.cancer.gov/types/metastatic-cancer") == "cancer.gov")
        #expect(Self.forms.spoken("See (https://seer.cancer.gov/tools/ssm/).") == "See (seer.cancer.gov).")
        #expect(Self.forms.spoken("Visit www.cancer.org/about today.") == "Visit cancer.org today.")
        #expect(Self.forms.spoken("A well-known and/or odd.word stays.") == "A well-known and/or odd.word stays.")
    }

    // MARK: lint

    /// LintTests' course, with spoken forms: one the lesson uses and one nothing uses.
    static let course =
        LintTests.course + """
            read-aloud:
              - written: "911"
                said: "9 1 1"
              - written: "NEVER-USED"
                said: "never"

            """

    static let lesson = """
        id: a
        title: A
        kind: step
        screens:
          - text:
              heading: H
              body: Call 911, or 1-800-555-0100.
          - diagram:
              heading: A picture
              art: |
                ★ liver
              description: A liver.
              caption: The ★ marks the liver.
          - diagram:
              heading: Another
              art: |
                ★ lung
              description: A lung.
              caption: Each ★ is a lung, open 24/7.
        sources:
          - NCI

        """

    static func lintProblems(course: String = course, lesson: String = lesson) throws -> [String] {
        let files = [LessonFile(path: "L/course.yaml", text: course), LessonFile(path: "L/a.yaml", text: lesson)]
        let library = try #require(LessonLibrary.load(files).library)
        return ReadAloudLint.problems(library, files: files).map(\.description)
    }

    @Test func lintNamesWhatReadingAloudWouldSayBadlyWhereItIsWritten() throws {
        let said =
            "which reading aloud says badly or not at all: add what to say for it under read-aloud: in course.yaml"
        #expect(
            try Self.lintProblems() == [
                "L/a.yaml:7:26: screen 1 has '1-800-555-0100', \(said)",
                "L/a.yaml:13:20: screens 2, 3 have '★', \(said)",
                "L/a.yaml:19:39: screen 3 has '24/7', \(said)",
                "L/course.yaml:16:5: read-aloud: no lesson has 'NEVER-USED', so this is never said",
            ], "one line per word, where it is first written outside a drawing")
    }

    @Test func aCourseWithItsSpokenFormsHasNoReadAloudProblem() throws {
        let course = Self.course.replacingOccurrences(
            of: "  - written: \"NEVER-USED\"\n    said: \"never\"\n",
            with:
                "  - written: \"1-800-555-0100\"\n    said: \"1, 800, 5 5 5, 0 1 0 0\"\n  - written: \"★\"\n    said: \"star\"\n"
                + "  - written: \"24/7\"\n    said: \"24 7\"\n")
        #expect(try Self.lintProblems(course: course) == [])
    }

    /// What loading says of the course with `more` read-aloud lines after its own.
    static func loadProblems(withMoreSpokenForms more: String) -> [String] {
        let files = [
            LessonFile(path: "L/course.yaml", text: course + more), LessonFile(path: "L/a.yaml", text: lesson),
        ]
        return LessonLibrary.load(files).problems.map(\.description)
    }

    @Test func aSpokenFormIsListedOnce() {
        #expect(
            Self.loadProblems(withMoreSpokenForms: "  - written: \"911\"\n    said: \"nine one one\"\n") == [
                "L/course.yaml:18:5: read-aloud lists '911' twice"
            ])
    }

    @Test func aSpokenFormNeedsWhatIsWrittenAndWhatIsSaid() {
        #expect(
            Self.loadProblems(withMoreSpokenForms: "  - written: \"x\"\n") == [
                "L/course.yaml:18:5: a spoken form is missing the key 'said'"
            ])
    }

    // MARK: the built-in course

    /// Every sentence reading aloud says in the built-in course, in both languages: each screen,
    /// and each question's feedback after a wrong answer too.
    static func everythingSaid(_ language: Language) throws -> [String] {
        let library = try #require(BuiltinLessons.library(language: language))
        let tutorial = try #require(Tutorial(library: library))
        return tutorial.units.flatMap(\.screens).flatMap { screen -> [String] in
            var answers: [Answer?] = [nil]
            if let question = screen.question {
                let count =
                    switch question.form {
                    case .choice: 1
                    case .order(let items): items.count
                    case .match(let pairs): pairs.count
                    }
                answers.append(
                    Answer(
                        questionID: question.id, lessonID: "", response: Array((0..<count).reversed()), correct: false,
                        at: Fixtures.now))
            }
            return answers.flatMap {
                SpeechScript.sentences(for: screen, answer: $0, words: library.words, readAloud: tutorial.readAloud)
            }
        }
    }

    @Test(arguments: [Language.en, .es])
    func theBuiltInCourseSaysNothingTheEngineWouldMangle(_ language: Language) throws {
        let said = try Self.everythingSaid(language)
        #expect(said.count > 1000)
        for sentence in said {
            #expect(ReadAloudLint.unsayable(in: sentence) == [], "\(sentence)")
            #expect(!sentence.contains("http") && !sentence.contains("www."), "\(sentence)")
            let words = sentence.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
            #expect(!words.contains("911"), "the emergency number is said a digit at a time: \(sentence)")
            #expect(!sentence.contains("(limf") && !sentence.contains("PYOO"), "no respelling: \(sentence)")
        }
        #expect(said.contains { $0.contains("9 1 1") })
    }

    /// The real engine says the emergency number "nine one one" ("nueve uno uno"), where the
    /// number as written would be "nine hundred eleven" ("novecientos once").
    @Test(
        .enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/espeak-ng"), "needs espeak-ng"),
        arguments: [(Language.en, "en-us", "nˈaɪn wˈʌn wˈʌn"), (.es, "es-419", "nwˈeβe ˈuno ˈuno")])
    func espeakSaysTheEmergencyNumberAsDigits(_ language: Language, _ voice: String, _ digits: String) throws {
        let sentence = try #require(try Self.everythingSaid(language).first { $0.contains("9 1 1") })
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/espeak-ng")
        process.arguments = ["-q", "--ipa", "-v", voice, sentence]
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let phonemes = String(decoding: data, as: UTF8.self)
        #expect(phonemes.contains(digits), "\(sentence) → \(phonemes)")
        #expect(!phonemes.contains("hˈʌndɹɪd ɪlˈɛvən") && !phonemes.contains("nˌoβesjˈɛntos"), "\(phonemes)")
    }
}
