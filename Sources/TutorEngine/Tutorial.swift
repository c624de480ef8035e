import LessonModel
/// A stop on a path: the welcome screen, a lesson, or the farewell.
public struct Unit: Equatable, Sendable {
    public enum Kind: Equatable, Sendable { case welcome, lesson, farewell }

    public static let welcomeID = "welcome"
    public static let farewellID = "farewell"

    public var kind: Kind
    /// The lesson id, or `welcome` / `farewell`.
    public var id: String
    public var title: String
    public var partNumber: Int?
    public var partTitle: String?
    public var screens: [Screen]

    public var questionIDs: [String] { screens.compactMap { $0.question?.id } }
}

/// What one run of the tutorial walks through: the lessons of one path, between the welcome
/// and the farewell screens. Built once from the library; the engine only reads it.
public struct Tutorial: Equatable, Sendable {
    public var library: LessonLibrary
    public var pathName: String
    public var pathTitle: String
    public var units: [Unit]
    /// On a learner's own path: why each lesson is on it, by lesson id.
    public var reasons: [String: PathReason] = [:]
    /// How read-aloud says this course's text: made once, since it is asked at every poll while speaking.
    public let readAloud: ReadAloudText

    public static let glossaryTermsPerScreen = 4

    /// nil when the library has no path of that name. A kiosk opens with the course's kiosk
    /// welcome, which promises nothing is kept, in place of the usual one.
    public init?(library: LessonLibrary, pathName: String = Course.fullPathName, kiosk: Bool = false) {
        guard let lessonIDs = library.lessonIDs(inPath: pathName) else { return nil }
        let title = library.course.paths.first { $0.name == pathName }?.title ?? library.course.title
        self.init(library: library, pathName: pathName, title: title, lessonIDs: lessonIDs, kiosk: kiosk)
    }

    /// A learner's own path; nil when the course has no personal path.
    public init?(library: LessonLibrary, learnerPath: LearnerPath) {
        guard let personal = library.course.personalPath, let lessons = learnerPath.lessons(in: library) else {
            return nil
        }
        var title = personal.title
        if let cancer = personal.cancers.first(where: { $0.name == learnerPath.cancer }) {
            title += ": " + cancer.title
        }
        self.init(
            library: library, pathName: PersonalPath.pathName, title: title, lessonIDs: lessons.map(\.id), kiosk: false)
        reasons = Dictionary(lessons.map { ($0.id, $0.reason) }, uniquingKeysWith: { first, _ in first })
    }

    private init(library: LessonLibrary, pathName: String, title: String, lessonIDs: [String], kiosk: Bool) {
        self.library = library
        self.pathName = pathName
        self.pathTitle = title
        readAloud = ReadAloudText(library: library)
        let course = library.course
        var units = [
            Unit(
                kind: .welcome, id: Unit.welcomeID, title: course.title,
                screens: [.text(kiosk ? course.kiosk?.welcome ?? course.welcome : course.welcome)])
        ]
        for id in lessonIDs {
            guard let lesson = library.lessons[id] else { continue }
            let part = library.part(of: id)
            // The glossary's words come first, then its own screens (what the learner can do).
            let screens =
                lesson.kind == .glossary
                ? Self.glossaryScreens(lesson.terms, language: library.language) + lesson.screens : lesson.screens
            guard !screens.isEmpty else { continue }
            units.append(
                Unit(
                    kind: .lesson, id: id, title: lesson.title, partNumber: part?.number,
                    partTitle: part?.title, screens: screens))
        }
        units.append(
            Unit(kind: .farewell, id: Unit.farewellID, title: course.title, screens: [.text(course.farewell)]))
        self.units = units
    }

    public var partCount: Int { library.course.parts.count }
    public var lessonUnits: [Unit] { units.filter { $0.kind == .lesson } }

    public func unitIndex(of id: String) -> Int? { units.firstIndex { $0.id == id } }

    public func screen(at position: Position) -> Screen? {
        guard units.indices.contains(position.unit) else { return nil }
        let screens = units[position.unit].screens
        return screens.indices.contains(position.screen) ? screens[position.screen] : nil
    }

    /// Alphabetical, a few words to a screen, each term in bold with how to say it.
    package static func glossaryScreens(_ terms: [GlossaryTerm], language: Language = .en) -> [Screen] {
        let sorted = terms.sorted { GlossaryOrder.key($0.term) < GlossaryOrder.key($1.term) }
        return stride(from: 0, to: sorted.count, by: glossaryTermsPerScreen).map { start in
            let chunk = sorted[start..<min(start + glossaryTermsPerScreen, sorted.count)]
            let first = chunk.first.map { GlossaryOrder.initial($0.term) } ?? ""
            let last = chunk.last.map { GlossaryOrder.initial($0.term) } ?? ""
            let blocks = chunk.map { term in
                TextBlock.paragraph([
                    InlineSpan(term.term, bold: true),
                    InlineSpan((term.say.map { " (\($0))" } ?? "") + ": " + term.means),
                ])
            }
            // The engine's one heading of its own; the rest of the program's words are in TutorView.
            let (words, to) = language == .es ? ("Palabras", "a") : ("Words", "to")
            return .text(
                TextScreen(
                    heading: first == last ? "\(words): \(first)" : "\(words): \(first) \(to) \(last)", blocks: blocks))
        }
    }
}

public struct Position: Equatable, Sendable, Codable {
    public var unit: Int
    public var screen: Int

    public init(unit: Int, screen: Int) {
        self.unit = unit
        self.screen = screen
    }
}

/// Dictionary order for the word list in either language: accents do not move a word
/// ("órgano" sorts among the o's, not after z).
package enum GlossaryOrder {
    package static func key(_ term: String) -> String {
        String(term.lowercased().map { folded[$0] ?? $0 })
    }

    /// The letter a term is listed under: "Ó" files under "O".
    package static func initial(_ term: String) -> String {
        key(term).first.map { String($0).uppercased() } ?? ""
    }

    private static let folded: [Character: Character] = [
        "á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "à": "a", "è": "e", "ò": "o",
    ]
}
