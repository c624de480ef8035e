import LessonModel
// libyaml, the parser inside Yams. It is not a product of the Yams package, but it is built
// and linked with it, and its events are the only way to see anchors and nesting before
// Yams builds a tree: if a Yams release ever renames it, this import fails loudly at build time.
import CYaml

/// Walks a lesson file's YAML events (no tree is built) and refuses what could make building
/// one explode: anchors and aliases, which let a small file stand for a huge tree (the
/// "billion laughs"), and nesting deeper than any lesson needs, which Yams would follow with
/// one stack frame per level. Syntax errors are left for Yams to report in its own words.
enum YAMLStructureCheck {
    /// A lesson nests about seven deep (lesson, screens, screen, question, choices, choice).
    static let maximumDepth = 16

    static func problems(in text: String, file: String) -> [Problem] {
        let bytes = Array(text.utf8)
        guard !bytes.isEmpty else { return [] }
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else { return [] }
        defer { yaml_parser_delete(&parser) }
        return bytes.withUnsafeBufferPointer { buffer in
            yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            var problems: [Problem] = []
            var depth = 0
            while problems.count <= ProblemLimit.perFile {
                var event = yaml_event_t()
                guard yaml_parser_parse(&parser, &event) == 1 else { break }
                defer { yaml_event_delete(&event) }
                let at = SourceLocation(
                    file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                var anchor: UnsafeMutablePointer<yaml_char_t>?
                switch event.type {
                case YAML_STREAM_END_EVENT:
                    return ProblemLimit.capped(problems)
                case YAML_ALIAS_EVENT:
                    problems.append(
                        Problem(
                            at,
                            "a YAML alias ('*\(name(event.data.alias.anchor))') is not allowed in lesson files; write the text out in full"
                        ))
                case YAML_SCALAR_EVENT:
                    anchor = event.data.scalar.anchor
                case YAML_SEQUENCE_START_EVENT, YAML_MAPPING_START_EVENT:
                    anchor =
                        event.type == YAML_SEQUENCE_START_EVENT
                        ? event.data.sequence_start.anchor : event.data.mapping_start.anchor
                    depth += 1
                    if depth > maximumDepth {
                        problems.append(
                            Problem(
                                at,
                                "lists and groups are nested more than \(maximumDepth) deep here; a lesson file never needs that many"
                            ))
                        return ProblemLimit.capped(problems)
                    }
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    depth -= 1
                default:
                    break
                }
                if let anchor {
                    problems.append(
                        Problem(
                            at,
                            "a YAML anchor ('&\(name(anchor))') is not allowed in lesson files; write the text out in full"
                        ))
                }
            }
            return ProblemLimit.capped(problems)
        }
    }

    private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String {
        guard let pointer else { return "" }
        let text = String(cString: UnsafeRawPointer(pointer).assumingMemoryBound(to: CChar.self))
        return text.count > 40 ? String(text.prefix(40)) + "..." : text
    }
}
