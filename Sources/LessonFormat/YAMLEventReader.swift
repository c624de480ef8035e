import CYAML
import LessonModel

/// Reads a lesson file's YAML once, event by event, into a `YAMLNode` tree. Refused from the
/// events, before any tree could grow from them: anchors and aliases, which let a small file
/// stand for a huge tree (the "billion laughs"), and nesting deeper than any lesson needs.
/// The tree is built with a stack of open lists and groups, never by recursion.
enum YAMLEventReader {
    /// A lesson nests about seven deep (lesson, screens, screen, question, choices, choice).
    static let maximumDepth = 16

    struct Result {
        var root: YAMLNode
        /// Every text value (keys too) holding a character the terminal must never get: few or
        /// none, kept here so EscapedCharacterCheck need not walk the tree to find them.
        var unsafeScalars: [YAMLNode]
    }

    static func read(_ text: String, file: String) -> Swift.Result<Result, ProblemList> {
        var bytes = Array(text.utf8)
        return bytes.withUnsafeMutableBufferPointer { buffer in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else {
                return .failure(
                    ProblemList([Problem(SourceLocation(file: file), "cannot read this YAML: out of memory")]))
            }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var builder = TreeBuilder(file: file)
            return builder.run(&parser)
        }
    }

    /// Problems as an Error, for `Result`.
    struct ProblemList: Error {
        var problems: [Problem]
        init(_ problems: [Problem]) { self.problems = problems }
    }
}

/// The open lists and groups while events arrive, and what was refused so far.
private struct TreeBuilder {
    /// An open list or group. Changed in place through `stack[last]`, so its arrays are
    /// never copied as they grow.
    struct Frame {
        var isSequence: Bool
        var line: Int
        var column: Int
        var items: [YAMLNode] = []
        var pairs: [YAMLNode.Pair] = []
        var key: YAMLNode?
    }

    let file: String
    var stack: [Frame] = []
    var root: YAMLNode?
    var documents = 0
    var unsafeScalars: [YAMLNode] = []
    /// Anchors, aliases and too deep nesting: reported together, as many as the cap allows.
    var refused: [Problem] = []
    /// The first thing that stops the file from being read (a syntax error, a key written
    /// twice, a second document): one line, as it is usually the cause of all that follows.
    var fatal: Problem?

    init(file: String) { self.file = file }

    mutating func run(_ parser: inout yaml_parser_t)
        -> Swift.Result<YAMLEventReader.Result, YAMLEventReader.ProblemList>
    {
        while refused.count <= ProblemLimit.perFile {
            var event = yaml_event_t()
            guard yaml_parser_parse(&parser, &event) == 1 else {
                if fatal == nil { fatal = syntaxProblem(parser) }
                break
            }
            defer { yaml_event_delete(&event) }
            let line = Int(event.start_mark.line) + 1
            let column = Int(event.start_mark.column) + 1
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return finish()
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                if documents == 2 && fatal == nil {
                    fatal = Problem(
                        at(line, column), "YAML syntax: a second document starts here; a lesson file holds only one")
                }
            case YAML_ALIAS_EVENT:
                refused.append(
                    Problem(
                        at(line, column),
                        "a YAML alias ('*\(name(event.data.alias.anchor))') is not allowed in lesson files; write the text out in full"
                    ))
            case YAML_SCALAR_EVENT:
                let scalar = event.data.scalar
                refuseAnchor(scalar.anchor, line, column)
                let bytes = UnsafeBufferPointer(start: scalar.value, count: Int(scalar.length))
                let value = String(decoding: bytes, as: UTF8.self)
                let node = YAMLNode(content: .scalar(value, style(scalar.style)), line: line, column: column)
                if UnsafeBytes.mayHoldUnsafe(bytes),
                    value.unicodeScalars.contains(where: EscapedCharacterCheck.isUnsafeInValue)
                {
                    unsafeScalars.append(node)
                }
                add(node)
            case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                let isSequence = event.type == YAML_SEQUENCE_START_EVENT
                refuseAnchor(
                    isSequence ? event.data.sequence_start.anchor : event.data.mapping_start.anchor, line, column)
                if stack.count >= YAMLEventReader.maximumDepth {
                    refused.append(
                        Problem(
                            at(line, column),
                            "lists and groups are nested more than \(YAMLEventReader.maximumDepth) deep here; a lesson file never needs that many"
                        ))
                    return .failure(.init(ProblemLimit.capped(refused)))
                }
                stack.append(Frame(isSequence: isSequence, line: line, column: column))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                guard let frame = stack.popLast() else { break }
                if frame.isSequence {
                    add(YAMLNode(content: .sequence(frame.items), line: frame.line, column: frame.column))
                } else {
                    if fatal == nil { fatal = duplicateKeys(frame.pairs) }
                    add(YAMLNode(content: .mapping(frame.pairs), line: frame.line, column: frame.column))
                }
            default:
                break
            }
        }
        return finish()
    }

    func finish() -> Swift.Result<YAMLEventReader.Result, YAMLEventReader.ProblemList> {
        if !refused.isEmpty { return .failure(.init(ProblemLimit.capped(refused))) }
        if let fatal { return .failure(.init([fatal])) }
        guard let root else { return .failure(.init([Problem(at(1, 1), "the file is empty")])) }
        return .success(.init(root: root, unsafeScalars: unsafeScalars))
    }

    mutating func add(_ node: YAMLNode) {
        let top = stack.count - 1
        guard top >= 0 else {
            if root == nil { root = node }
            return
        }
        if stack[top].isSequence {
            stack[top].items.append(node)
        } else if let key = stack[top].key {
            stack[top].pairs.append(YAMLNode.Pair(key: key, value: node))
            stack[top].key = nil
        } else {
            stack[top].key = node
        }
    }

    /// Keys written twice in one group: YAML forbids it, and one of the two would be lost.
    func duplicateKeys(_ pairs: [YAMLNode.Pair]) -> Problem? {
        // A lesson's groups have a handful of keys: comparing each pair beats hashing them.
        if pairs.count <= 12 {
            let keys = pairs.map(\.key.text)
            let clash = keys.indices.contains { i in keys[i] != nil && keys[..<i].contains(keys[i]) }
            if !clash { return nil }
        }
        var first: [String: YAMLNode] = [:]
        var twice: Set<String> = []
        for pair in pairs {
            guard let key = pair.key.text else { continue }
            if first[key] == nil { first[key] = pair.key } else { twice.insert(key) }
        }
        guard let earliest = twice.sorted().first, let node = first[earliest] else { return nil }
        let names = twice.sorted().map { ProblemText.short($0) }
        return Problem(node.location(in: file), "the key '\(names.joined(separator: "', '"))' appears twice here")
    }

    mutating func refuseAnchor(_ anchor: UnsafeMutablePointer<yaml_char_t>?, _ line: Int, _ column: Int) {
        guard let anchor else { return }
        refused.append(
            Problem(
                at(line, column),
                "a YAML anchor ('&\(name(anchor))') is not allowed in lesson files; write the text out in full"))
    }

    func at(_ line: Int, _ column: Int) -> SourceLocation { SourceLocation(file: file, line: line, column: column) }

    func syntaxProblem(_ parser: yaml_parser_t) -> Problem {
        func text(_ pointer: UnsafePointer<CChar>?) -> String? { pointer.map { String(cString: $0) } }
        switch parser.error {
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let detail = text(parser.context).map { " \($0)" } ?? ""
            return Problem(
                at(Int(parser.problem_mark.line) + 1, Int(parser.problem_mark.column) + 1),
                "YAML syntax: \(text(parser.problem) ?? "cannot read this")\(detail)")
        case YAML_READER_ERROR:
            return Problem(at(1, 1), "cannot read this file: \(text(parser.problem) ?? "not text")")
        default:
            return Problem(at(1, 1), "cannot read this YAML: out of memory")
        }
    }

    func style(_ style: yaml_scalar_style_t) -> YAMLNode.Style {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }

    func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        return ProblemText.short(String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self)))
    }
}
