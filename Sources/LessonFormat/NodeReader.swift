import LessonModel

/// The problems of one file while it is read: every reader reports what is wrong with the
/// line it is on and keeps going where it can, so one lint run lists every problem.
final class FileReport {
    let file: String
    var problems: [Problem] = []

    init(file: String) { self.file = file }

    func report(_ location: SourceLocation, _ message: String) {
        problems.append(Problem(location, message))
    }
}

/// Thrown once the problems that stop a value from being built are already reported.
struct ProblemsReported: Error {}

/// A value of a lesson file that can be read from a node.
protocol NodeReadable {
    init(reading reader: NodeReader) throws
}

/// One node of a file being read, with what a problem about it needs: where its key (or,
/// in a list, the item itself) is written, and the name of the nearest key, so a problem
/// reads "expected text for 'title'" at the key's own line and column.
struct NodeReader {
    let node: YAMLNode
    let keyLocation: SourceLocation
    let name: String?
    let report: FileReport

    init(root: YAMLNode, report: FileReport) {
        self.init(node: root, keyLocation: root.location(in: report.file), name: nil, report: report)
    }

    init(node: YAMLNode, keyLocation: SourceLocation, name: String?, report: FileReport) {
        self.node = node
        self.keyLocation = keyLocation
        self.name = name
        self.report = report
    }

    /// Where this value starts.
    var here: SourceLocation { node.location(in: report.file) }

    /// Reports that this value has the wrong shape, and stops building it.
    func mismatch(_ expected: String) -> ProblemsReported {
        report.report(keyLocation, "expected \(expected)\(name.map { " for '\($0)'" } ?? "")")
        return ProblemsReported()
    }

    /// The text of a single value, or a problem when this is a list or a group.
    func scalar() throws -> (text: String, style: YAMLNode.Style) {
        guard case .scalar(let text, let style) = node.content else { throw mismatch("a single value") }
        return (text, style)
    }

    func read<T: NodeReadable>(_ type: T.Type = T.self) throws -> T { try T(reading: self) }

    /// This value as a group of keys; every key it does not know and every required key it
    /// lacks is reported, and it throws when one is missing, since the value cannot be built then.
    func mapping(_ what: String, allowed: [String], required: [String]) throws -> MappingReader {
        let mapping = try self.mapping()
        try mapping.checkKeys(what, allowed: allowed, required: required)
        return mapping
    }

    func mapping() throws -> MappingReader {
        guard case .mapping(let pairs) = node.content else { throw mismatch("a group of 'key: value' lines") }
        return MappingReader(reader: self, pairs: pairs)
    }
}

/// A group of `key: value` lines being read.
struct MappingReader {
    let reader: NodeReader
    let pairs: [YAMLNode.Pair]

    var report: FileReport { reader.report }
    var here: SourceLocation { reader.here }

    private func pair(_ key: String) -> YAMLNode.Pair? { pairs.first { $0.key.text == key } }

    func contains(_ key: String) -> Bool { pair(key) != nil }

    /// Where `key` is written, or where this group's own key is when it is missing.
    func location(ofKey key: String) -> SourceLocation {
        pair(key)?.key.location(in: report.file) ?? reader.keyLocation
    }

    func child(_ key: String) -> NodeReader? {
        pair(key).map {
            NodeReader(node: $0.value, keyLocation: $0.key.location(in: report.file), name: key, report: report)
        }
    }

    func value<T: NodeReadable>(_ key: String, as type: T.Type = T.self) throws -> T {
        guard let child = child(key) else {
            report.report(reader.keyLocation, "missing the key '\(key)'")
            throw ProblemsReported()
        }
        return try T(reading: child)
    }

    /// A word from a fixed list (a lesson's `kind`, a question's `type`): the value it names,
    /// or nil after reporting "unknown WHAT 'word' (allowed: ...)" where the word is written.
    func oneOf<E: RawRepresentable & CaseIterable>(_ key: String, word: String, what: String, as type: E.Type = E.self)
        -> E? where E.RawValue == String
    {
        if let value = E(rawValue: word) { return value }
        report.report(
            location(ofKey: key),
            "unknown \(what) '\(ProblemText.short(word))' (allowed: \(E.allCases.map(\.rawValue).joined(separator: ", ")))")
        return nil
    }

    /// The value, or nil when the key is missing or its value is YAML's nothing (`key:`, `~`).
    func optional<T: NodeReadable>(_ key: String, as type: T.Type = T.self) throws -> T? {
        guard let child = child(key), !child.node.isNull else { return nil }
        return try T(reading: child)
    }

    /// Reports every key this group does not know and every required key it lacks; throws
    /// when one is missing, since the value cannot be built then. Linear in the keys: past
    /// the problems that will be shown, a file of 100,000 unknown keys says nothing more.
    func checkKeys(_ what: String, allowed: [String], required: [String]) throws {
        var reported = 0
        for pair in pairs where reported <= ProblemLimit.perFile {
            guard let key = pair.key.text else {
                reported += 1
                report.report(pair.key.location(in: report.file), "a key is a word, not a list or a group, in \(what)")
                continue
            }
            if allowed.contains(key) { continue }
            reported += 1
            var message = "unknown key '\(ProblemText.short(key))' in \(what)"
            if let guess = closestMatch(to: key, in: allowed) {
                message += " (did you mean '\(guess)'?)"
            } else {
                message += " (allowed: \(allowed.joined(separator: ", ")))"
            }
            report.report(pair.key.location(in: report.file), message)
        }
        let missing = required.filter { !contains($0) }
        for key in missing {
            report.report(here, "\(what) is missing the key '\(key)'")
        }
        if !missing.isEmpty { throw ProblemsReported() }
    }
}

/// The allowed word nearest to a misspelt one, if it is near enough to be a typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
    // No allowed key is longer than a dozen letters: a long word is no typo of one, and
    // comparing it would cost its length times theirs.
    guard word.count <= 24 else { return nil }
    let scored = candidates.map { ($0, editDistance(word.lowercased(), $0)) }
    guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= (word.count <= 3 ? 1 : 2) else {
        return nil
    }
    return best.0
}

func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a)
    let b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(
                previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}

/// A list read leniently: an item that cannot be built is reported and left out, so the
/// rest of the file is still checked.
struct Lenient<T: NodeReadable>: NodeReadable {
    var value: T?

    init(reading reader: NodeReader) throws {
        // Past the problems that will be shown, a list of 100,000 bad items costs time
        // and says nothing more.
        if reader.report.problems.count > ProblemLimit.perFile { return }
        value = try? T(reading: reader)
    }
}

extension String: NodeReadable {
    init(reading reader: NodeReader) throws { self = try reader.scalar().text }
}

extension Int: NodeReadable {
    init(reading reader: NodeReader) throws {
        let (text, style) = try reader.scalar()
        guard style == .plain, let number = YAML11Integer.value(of: text) else {
            throw reader.mismatch("a whole number")
        }
        self = number
    }
}

extension Bool {
    /// True or false as YAML 1.1 writes them (`true`, `yes`, `on`...), unquoted; nil otherwise.
    init?(yaml reader: NodeReader) {
        guard case .scalar(let text, .plain) = reader.node.content, PlainScalarTags.tagName(ofPlain: text) == .bool
        else { return nil }
        self = ["true", "yes", "on"].contains(text.lowercased())
    }
}

extension Array: NodeReadable where Element: NodeReadable {
    init(reading reader: NodeReader) throws {
        guard case .sequence(let items) = reader.node.content else {
            throw reader.mismatch("a list (lines starting with '- ')")
        }
        self = try items.map {
            try Element(
                reading: NodeReader(
                    node: $0, keyLocation: $0.location(in: reader.report.file), name: reader.name, report: reader.report
                ))
        }
    }
}
