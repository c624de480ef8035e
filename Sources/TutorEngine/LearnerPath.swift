import LessonModel

/// The path made for one learner: where their cancer started and where it spread, and the
/// lessons an educator added or dropped. Kept in the progress file, so they can finish at home.
public struct LearnerPath: Equatable, Sendable, Codable {
    /// A cancer's `name` from the course's personal path ("colon"), if given.
    public var cancer: String?
    /// Site lesson ids where the cancer has spread; empty means "where it most often spreads".
    public var sites: [String]
    public var added: [String]
    public var dropped: [String]

    public init(cancer: String? = nil, sites: [String] = [], added: [String] = [], dropped: [String] = []) {
        self.cancer = cancer
        self.sites = sites
        self.added = added
        self.dropped = dropped
    }

    /// The site lessons a `--site` name can mean: "liver" or "site-liver" for the lesson
    /// `site-liver`, from the course's site lessons.
    public static func siteLesson(named name: String, in library: LessonLibrary) -> String? {
        let sites = library.courseOrder.filter { library.lessons[$0]?.kind == .site }
        return sites.first { $0 == name || $0 == "site-" + name }
    }

    public static func siteNames(in library: LessonLibrary) -> [String] {
        library.courseOrder.filter { library.lessons[$0]?.kind == .site }.map {
            $0.hasPrefix("site-") ? String($0.dropFirst(5)) : $0
        }
    }

    /// The lessons in order, each with why it is on the path; nil when the course has no
    /// personal path.
    public func lessons(in library: LessonLibrary) -> [(id: String, reason: PathReason)]? {
        guard let personal = library.course.personalPath else { return nil }
        let cancer = personal.cancers.first { $0.name == self.cancer }
        var chosen: [(String, PathReason)] = personal.before.map { ($0.id, .everyone) }
        if !sites.isEmpty {
            chosen += sites.map { ($0, .spreadHere) }
        } else if let cancer {
            chosen += cancer.sites.map { ($0.id, .oftenSpreadsHere(cancer.title)) }
        }
        chosen += personal.after.map { ($0.id, .everyone) }
        chosen += added.map { ($0, .added) }
        var seen: Set<String> = []
        // In course order, so the six steps come before the sites whatever was added.
        let order = Dictionary(library.courseOrder.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        return chosen.filter { library.lessons[$0.0] != nil && !dropped.contains($0.0) && seen.insert($0.0).inserted }
            .sorted { (order[$0.0] ?? .max) < (order[$1.0] ?? .max) }
            .map { (id: $0.0, reason: $0.1) }
    }

    /// The path with only what the course knows: unknown lessons and cancers are left out,
    /// and counted, as everything else read from a progress file.
    public func checked(against library: LessonLibrary) -> (path: LearnerPath, dropped: Int) {
        var clean = LearnerPath()
        var dropped = 0
        if let cancer {
            if library.course.personalPath?.cancers.contains(where: { $0.name == cancer }) == true {
                clean.cancer = cancer
            } else {
                dropped += 1
            }
        }
        func known(_ ids: [String], site: Bool) -> [String] {
            let kept = ids.filter { library.lessons[$0] != nil && (!site || library.lessons[$0]?.kind == .site) }
            dropped += ids.count - kept.count
            return kept
        }
        clean.sites = known(sites, site: true)
        clean.added = known(added, site: false)
        clean.dropped = known(self.dropped, site: false)
        return (clean, dropped)
    }
}

/// Why a lesson is on a learner's own path, as the menu says it.
public enum PathReason: Equatable, Sendable {
    case everyone
    case spreadHere
    /// Where this cancer (its title: "colon cancer") most often spreads.
    case oftenSpreadsHere(String)
    case added
}
