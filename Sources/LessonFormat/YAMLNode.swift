import LessonModel

/// One value of a lesson file as YAML wrote it, with where it starts. The tree is built
/// straight from libyaml's events (YAMLEventReader), once per file, so every rule can name
/// the line and column of what it is about without walking the file again.
struct YAMLNode: Sendable {
    enum Style: Sendable { case plain, singleQuoted, doubleQuoted, literal, folded }

    enum Content: Sendable {
        case scalar(String, Style)
        case sequence([YAMLNode])
        case mapping([Pair])
    }

    struct Pair: Sendable {
        var key: YAMLNode
        var value: YAMLNode
    }

    var content: Content
    /// Counted from 1, as editors do.
    var line: Int
    var column: Int

    var text: String? {
        if case .scalar(let text, _) = content { text } else { nil }
    }

    /// Nothing, as YAML 1.1 means it: an empty plain value, `~` or `null`. A quoted `''` is text.
    var isNull: Bool {
        guard case .scalar(let text, .plain) = content else { return false }
        return PlainScalarTags.tagName(ofPlain: text) == .null
    }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }
}
