import LessonModel
import Yams

/// A lesson file's name (as it should appear in messages) and its text.
public struct LessonFile: Sendable, Equatable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }

    public var fileName: Substring { path.split(separator: "/").last ?? Substring(path) }
}

/// Decodes one YAML file into a lesson-file type and turns everything that goes wrong into
/// `FILE:LINE:COLUMN` problems; never throws.
enum LessonFileDecoder {
    static func decode<T: Decodable>(_ type: T.Type, from file: LessonFile) -> (T?, [Problem]) {
        let start = SourceLocation(file: file.path)
        // Checked before Yams builds a tree, so a hostile file is refused in bounded time.
        var problems = RawTextCheck.problems(in: file.text, file: file.path)
        if problems.isEmpty { problems = YAMLStructureCheck.problems(in: file.text, file: file.path) }
        if !problems.isEmpty { return (nil, problems) }
        let root: Node
        do {
            // Resolver.basic: values are tagged by PlainScalarTags instead, without ICU.
            let parser = try Parser(yaml: file.text, resolver: .basic, constructor: .default, encoding: .utf8)
            guard let node = try parser.singleRoot() else {
                return (nil, [Problem(start, "the file is empty")])
            }
            root = PlainScalarTags.tagged(node)
        } catch let error as YamlError {
            return (nil, [problem(from: error, file: file.path)])
        } catch {
            return (nil, [Problem(start, "cannot read this YAML: \(error)")])
        }
        let context = FileDecodingContext(file: file.path, root: root)
        context.problems = EscapedCharacterCheck.problems(in: root, text: file.text, file: file.path)
        var value: T?
        do {
            // An explicit encoding: the default one reads the whole environment for every file.
            value = try YAMLDecoder(encoding: .utf8).decode(
                T.self, from: root, userInfo: [.fileDecodingContext: context])
        } catch {
            context.report(error)
        }
        return (value, ProblemLimit.capped(context.problems.sorted { $0.location < $1.location }))
    }

    static func problem(from error: YamlError, file: String) -> Problem {
        func at(_ mark: Mark, _ message: String) -> Problem {
            Problem(SourceLocation(file: file, line: mark.line, column: mark.column), message)
        }
        switch error {
        case .scanner(let context, let problem, let mark, _),
            .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            let detail = context.map { " \($0.text)" } ?? ""
            return at(mark, "YAML syntax: \(problem)\(detail)")
        case .duplicatedKeysInMapping(let duplicates, let context):
            return at(context.mark, "the key '\(duplicates.joined(separator: "', '"))' appears twice here")
        case .reader(let problem, _, _, _):
            return Problem(SourceLocation(file: file), "cannot read this file: \(problem)")
        default:
            return Problem(SourceLocation(file: file), "cannot read this YAML: \(error)")
        }
    }
}

/// Reads an array leniently: an element that cannot be built is reported and left out,
/// so the rest of the file is still checked.
struct Lenient<T: Decodable>: Decodable {
    var value: T?

    init(from decoder: any Decoder) throws {
        // Past the problems that will be shown, a list of 100,000 bad items costs time
        // and says nothing more.
        if decoder.fileContext.problems.count > ProblemLimit.perFile { return }
        do {
            value = try T(from: decoder)
        } catch {
            decoder.fileContext.report(error)
            value = nil
        }
    }
}

extension FileDecodingContext {
    func report(_ error: any Error) {
        switch error {
        case is ProblemsReported:
            return
        case DecodingError.typeMismatch(let type, let context):
            report(
                location(at: context.codingPath), "expected \(Self.describe(type))\(Self.naming(context.codingPath))")
        case DecodingError.valueNotFound(let type, let context):
            report(
                location(at: context.codingPath),
                "expected \(Self.describe(type))\(Self.naming(context.codingPath)), found nothing")
        case DecodingError.keyNotFound(let key, let context):
            report(location(at: context.codingPath), "missing the key '\(key.stringValue)'")
        case DecodingError.dataCorrupted(let context):
            report(location(at: context.codingPath), "cannot read this value: \(context.debugDescription)")
        case let error as YamlError:
            problems.append(LessonFileDecoder.problem(from: error, file: file))
        default:
            report(SourceLocation(file: file), "cannot read this file: \(error)")
        }
    }

    private static func naming(_ path: [any CodingKey]) -> String {
        guard let last = path.last(where: { $0.intValue == nil }) else { return "" }
        return " for '\(last.stringValue)'"
    }

    private static func describe(_ type: Any.Type) -> String {
        let name = String(describing: type)
        if type == String.self { return "text" }
        if type == Int.self { return "a whole number" }
        if type == Bool.self { return "true or false" }
        if name.contains("Array") || name.contains("Unkeyed") || name.contains("Sequence")
            || (name.hasPrefix("[") && !name.contains(":"))
        {
            return "a list (lines starting with '- ')"
        }
        if name.contains("Dictionary") || name.contains("Keyed") || name.contains("Mapping") || name.contains(":") {
            return "a group of 'key: value' lines"
        }
        if name.contains("Scalar") { return "a single value" }
        return "a \(name)"
    }
}
