import BuiltinLessons
import Foundation
import Testing

@testable import LessonModel

/// Each built-in path says in its title how long it takes ("about 10 minutes"). At a
/// patient's pace (150 words a minute of screen text, plus 20 seconds a question) the time
/// worked out from the lessons must be within 20 % of that.
@Suite struct PathTimeTests {
    static let wordsPerMinute = 150.0
    static let secondsPerQuestion = 20.0

    static func words(_ text: String) -> Int {
        text.split(whereSeparator: { $0.isWhitespace }).filter { $0.contains(where: \.isLetter) || $0.contains(where: \.isNumber) }.count
    }

    static func words(_ screen: TextScreen) -> Int {
        words(screen.heading) + screen.blocks.map { words($0.plainText) }.reduce(0, +) + words(screen.notice ?? "")
    }

    /// The words a learner reads on one screen: headings, text, captions, and a question's
    /// prompt, choices and explanation (not the art of a diagram).
    static func words(_ screen: Screen) -> Int {
        switch screen {
        case .text(let text): return words(text)
        case .diagram(let diagram): return words(diagram.heading) + words(diagram.caption ?? "")
        case .question(let question):
            let form: Int
            switch question.form {
            case .choice(let choices, _): form = choices.map { words($0.text) }.reduce(0, +)
            case .order(let items): form = items.map(words).reduce(0, +)
            case .match(let pairs): form = pairs.map { words($0.left) + words($0.right) }.reduce(0, +)
            }
            return words(question.prompt) + form + words(question.explanation ?? "")
        }
    }

    /// Minutes for a path: its lessons plus the welcome and farewell screens.
    static func minutes(of lessonIDs: [String], in library: LessonLibrary) -> Double {
        var wordCount = words(library.course.welcome) + words(library.course.farewell)
        var questions = 0
        for id in lessonIDs {
            guard let lesson = library.lessons[id] else { continue }
            wordCount += lesson.screens.map(words).reduce(0, +)
            questions += lesson.questions.count
        }
        return Double(wordCount) / wordsPerMinute + Double(questions) * secondsPerQuestion / 60
    }

    /// The number in "about N minutes".
    static func statedMinutes(_ title: String) -> Double? {
        guard let range = title.range(of: #"about (\d+) minutes"#, options: .regularExpression) else { return nil }
        return Double(title[range].split(separator: " ")[1])
    }

    @Test func everyPathTakesAboutTheTimeItsTitleSays() throws {
        let library = try #require(BuiltinLessons.library(), "the built-in lessons fail lint")
        #expect(!library.course.paths.isEmpty)
        for path in library.course.paths {
            let stated = try #require(Self.statedMinutes(path.title), "\(path.name): no \"about N minutes\" in its title")
            let measured = Self.minutes(of: path.lessons.map(\.id), in: library)
            print("path \(path.name): \(String(format: "%.1f", measured)) minutes measured, \(Int(stated)) stated")
            #expect(
                abs(measured - stated) <= stated * 0.2,
                "\(path.name): the title says about \(Int(stated)) minutes, the lessons take \(String(format: "%.1f", measured))")
        }
        let full = Self.minutes(of: library.courseOrder, in: library)
        print("path full: \(String(format: "%.1f", full)) minutes measured")
    }

    @Test func theOverviewPathCoversTreatment() throws {
        let library = try #require(BuiltinLessons.library(), "the built-in lessons fail lint")
        let overview = try #require(library.lessonIDs(inPath: "overview"))
        #expect(overview.contains { library.lessons[$0]?.title.localizedCaseInsensitiveContains("treat") == true })
    }

    @Test func wordCountSkipsMarks() {
        #expect(Self.words("Cancer cells - can **spread**, 1 2.") == 6)
        #expect(Self.statedMinutes("A short overview (about 10 minutes)") == 10)
    }
}
