/// A place in a lesson file, counted from 1 as editors do.
public struct SourceLocation: Hashable, Sendable, Comparable {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int = 1, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    public static func < (a: SourceLocation, b: SourceLocation) -> Bool {
        (a.file, a.line, a.column) < (b.file, b.line, b.column)
    }
}

/// One thing wrong with the lesson files, printed as `FILE:LINE:COLUMN: message`.
public struct Problem: Hashable, Sendable, Error, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String

    public init(_ location: SourceLocation, _ message: String) {
        self.location = location
        self.message = message
    }

    /// The file name is cleaned as lesson text is on screen (U+FFFD for each control
    /// character): a file or folder can be named with an escape sequence or a line feed.
    public var description: String {
        "\(TerminalText.sanitized(location.file)):\(location.line):\(location.column): \(Self.printable(message))"
    }

    /// Keeps a problem to one safe line, whatever text a broken file put in it.
    package static func printable(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.map { TerminalText.isUnsafe($0) ? "?" : $0 }))
    }
}
