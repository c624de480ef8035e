import LessonModel
import Yams

/// Shared by every `init(from:)` while one file is decoded: the file's name and node tree,
/// so a problem can name the line of the key it is about, and the problems found so far,
/// so one pass reports all of them instead of stopping at the first.
final class FileDecodingContext {
    let file: String
    let root: Node
    var problems: [Problem] = []

    init(file: String, root: Node) {
        self.file = file
        self.root = root
    }

    func report(_ location: SourceLocation, _ message: String) {
        problems.append(Problem(location, message))
    }

    func location(of mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    /// Where the key (or list item) at the end of `path` is written.
    func location(at path: [any CodingKey]) -> SourceLocation {
        location(of: walk(path).mark)
    }

    /// The value at `path`, or nil when the path leads nowhere.
    func node(at path: [any CodingKey]) -> Node? {
        let found = walk(path)
        return found.complete ? found.node : nil
    }

    /// Follows `path` from the root as far as it goes: the last node reached, the mark of
    /// its key (or list item), and whether the whole path was followed.
    private func walk(_ path: [any CodingKey]) -> (node: Node, mark: Mark?, complete: Bool) {
        var node = root
        var mark = root.mark
        for key in path {
            if let index = key.intValue, case .sequence(let sequence) = node {
                guard index >= 0, index < sequence.count else { return (node, mark, false) }
                node = sequence[index]
                mark = node.mark
            } else if case .mapping(let mapping) = node,
                let pair = mapping.first(where: { $0.key.string == key.stringValue })
            {
                node = pair.value
                mark = pair.key.mark
            } else {
                return (node, mark, false)
            }
        }
        return (node, mark, true)
    }
}

/// Thrown once the problems that stop a value from being built are already reported.
struct ProblemsReported: Error {}

struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

extension CodingUserInfoKey {
    static let fileDecodingContext = CodingUserInfoKey(rawValue: "metastasis.fileDecodingContext")!
}

extension Decoder {
    var fileContext: FileDecodingContext {
        guard let context = userInfo[.fileDecodingContext] as? FileDecodingContext else {
            preconditionFailure("lesson types are decoded only through LessonFileDecoder")
        }
        return context
    }

    /// Where this value starts.
    var here: SourceLocation { fileContext.location(of: mark) }

    /// Where `key` of this mapping is written (or the mapping itself, when it is missing).
    func location(ofKey key: String) -> SourceLocation {
        fileContext.location(at: codingPath + [AnyKey(stringValue: key)])
    }

    /// Reports every key this mapping does not know and every required key it lacks; throws
    /// when one is missing, since the value cannot be built then.
    func checkKeys(_ what: String, allowed: [String], required: [String]) throws {
        // The keys straight from the node: Yams' allKeys compares every key with its own
        // special keys, which took a sixth of lint's time.
        let present: [String]
        if case .mapping(let mapping)? = fileContext.node(at: codingPath) {
            present = mapping.keys.compactMap(\.string)
        } else {
            present = try self.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
        }
        for key in present where !allowed.contains(key) {
            var message = "unknown key '\(key)' in \(what)"
            if let guess = closestMatch(to: key, in: allowed) {
                message += " (did you mean '\(guess)'?)"
            } else {
                message += " (allowed: \(allowed.joined(separator: ", ")))"
            }
            fileContext.report(location(ofKey: key), message)
        }
        let missing = required.filter { !present.contains($0) }
        for key in missing {
            fileContext.report(here, "\(what) is missing the key '\(key)'")
        }
        if !missing.isEmpty { throw ProblemsReported() }
    }
}

/// The allowed word nearest to a misspelt one, if it is near enough to be a typo.
func closestMatch(to word: String, in candidates: [String]) -> String? {
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
