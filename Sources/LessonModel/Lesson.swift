public enum LessonKind: String, Equatable, Sendable, CaseIterable {
    case intro, basics, step, review, site, topic, glossary, references
}

public struct Lesson: Equatable, Sendable {
    public var id: String
    public var title: String
    public var kind: LessonKind
    public var screens: [Screen]
    /// Only for the glossary lesson: the word list its screens are made from.
    public var terms: [GlossaryTerm]
    public var sources: [String]
    /// For a guided session: what the educator asks after the lesson, so the learner can
    /// explain it back in their own words ("teach-back").
    public var teachBack: String?
    public var location: SourceLocation
    public var idLocation: SourceLocation

    public init(
        id: String, title: String, kind: LessonKind, screens: [Screen], terms: [GlossaryTerm], sources: [String],
        teachBack: String? = nil, location: SourceLocation, idLocation: SourceLocation
    ) {
        self.id = id
        self.title = title
        self.kind = kind
        self.screens = screens
        self.terms = terms
        self.sources = sources
        self.teachBack = teachBack
        self.location = location
        self.idLocation = idLocation
    }

    public var questions: [Question] { screens.compactMap(\.question) }
}

public struct GlossaryTerm: Equatable, Sendable {
    public var term: String
    public var say: String?
    public var means: String
    /// Other spellings to spot in lesson text besides the term and its plural.
    public var forms: [String]

    public init(term: String, say: String?, means: String, forms: [String]) {
        self.term = term
        self.say = say
        self.means = means
        self.forms = forms
    }

    /// `Term (say): means`, the line the glossary command prints.
    public var line: String {
        let pronunciation = say.map { " (\($0))" } ?? ""
        return "\(term)\(pronunciation): \(means)"
    }
}

public struct LessonReference: Equatable, Sendable {
    public var id: String
    public var location: SourceLocation

    public init(id: String, location: SourceLocation) {
        self.id = id
        self.location = location
    }
}

public struct CoursePart: Equatable, Sendable {
    public var title: String
    public var lessons: [LessonReference]

    public init(title: String, lessons: [LessonReference]) {
        self.title = title
        self.lessons = lessons
    }
}

public struct NamedPath: Equatable, Sendable {
    public var name: String
    public var title: String
    public var lessons: [LessonReference]
    public var location: SourceLocation

    public init(name: String, title: String, lessons: [LessonReference], location: SourceLocation) {
        self.name = name
        self.title = title
        self.lessons = lessons
        self.location = location
    }
}

/// What a clinic kiosk shows instead of the course's own opening: a start screen that
/// invites a passer-by in, a welcome that promises nothing is kept, and a short path.
public struct KioskText: Equatable, Sendable {
    /// One or two sentences under the title on the start screen.
    public var invitation: String
    /// What happens to the visitor's answers, at the foot of the start screen.
    public var privacy: String
    public var welcome: TextScreen
    /// The path the kiosk runs unless `--path` names another.
    public var path: String
    public var location: SourceLocation

    public init(invitation: String, privacy: String, welcome: TextScreen, path: String, location: SourceLocation) {
        self.invitation = invitation
        self.privacy = privacy
        self.welcome = welcome
        self.path = path
        self.location = location
    }
}

/// Where one kind of cancer most often spreads, as site lessons.
public struct CancerSpread: Equatable, Sendable {
    /// What `--for` takes: "colon".
    public var name: String
    /// How the menu says it: "colon cancer".
    public var title: String
    public var sites: [LessonReference]

    public init(name: String, title: String, sites: [LessonReference]) {
        self.name = name
        self.title = title
        self.sites = sites
    }
}

/// A path made for one learner (`--for`, `--site`): these lessons, the site lessons for where
/// their cancer spread (or most often spreads), then these.
public struct PersonalPath: Equatable, Sendable {
    public static let pathName = "yours"

    public var title: String
    public var before: [LessonReference]
    public var after: [LessonReference]
    public var cancers: [CancerSpread]
    public var location: SourceLocation

    public init(
        title: String, before: [LessonReference], after: [LessonReference], cancers: [CancerSpread],
        location: SourceLocation
    ) {
        self.title = title
        self.before = before
        self.after = after
        self.cancers = cancers
        self.location = location
    }
}

public struct Course: Equatable, Sendable {
    public static let fullPathName = "full"

    public var title: String
    public var disclaimer: String
    public var welcome: TextScreen
    public var farewell: TextScreen
    public var parts: [CoursePart]
    public var paths: [NamedPath]
    /// nil when the course has no `kiosk:` section; `--kiosk` then refuses to start.
    public var kiosk: KioskText?
    /// nil when the course has no `personal-path:` section; `--for` and `--site` then refuse.
    public var personalPath: PersonalPath?
    /// What read-aloud says instead of what is written (`read-aloud:`), for writing the speech
    /// engine gets wrong.
    public var readAloud: [SpokenForm]
    public var location: SourceLocation

    public init(
        title: String, disclaimer: String, welcome: TextScreen, farewell: TextScreen, parts: [CoursePart],
        paths: [NamedPath], kiosk: KioskText? = nil, personalPath: PersonalPath? = nil, readAloud: [SpokenForm] = [],
        location: SourceLocation
    ) {
        self.title = title
        self.disclaimer = disclaimer
        self.welcome = welcome
        self.farewell = farewell
        self.parts = parts
        self.paths = paths
        self.kiosk = kiosk
        self.personalPath = personalPath
        self.readAloud = readAloud
        self.location = location
    }
}
