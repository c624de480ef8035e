import LessonModel
import TutorEngine
/// What a cell means; the front end picks colours and attributes for each.
public enum Style: Equatable, Sendable {
    case plain, bold, heading, dim
    case bar, barBold
    case hint, notice, warning
    case selected, correct, wrong
    case art, progressDone, progressLeft
}

public struct Cell: Equatable, Sendable {
    /// nil in the right half of a wide character.
    public var character: Character?
    public var style: Style

    public static let blank = Cell(character: " ", style: .plain)
}

public struct CursorPosition: Equatable, Sendable {
    public var row: Int
    public var column: Int
}

/// A frame of the terminal as rows of styled cells: the view draws into it, tests compare its
/// text, and the front end copies it to curses.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should sit (the selected choice), or nil to hide it.
    public var cursor: CursorPosition?
    /// What a mouse click on each clickable place does.
    public var clickTargets: [ClickTarget] = []

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(row: Int, column: Int) -> Cell {
        cells[row * width + column]
    }

    /// Swaps each character for `transform`'s, which must be one column wide; the right
    /// half of a wide character that is swapped becomes a second copy of its replacement.
    mutating func replaceCharacters(_ transform: (Character) -> Character) {
        for index in cells.indices {
            guard let character = cells[index].character else { continue }
            let replaced = transform(character)
            guard replaced != character else { continue }
            cells[index].character = replaced
            if index + 1 < cells.count, cells[index + 1].character == nil { cells[index + 1].character = replaced }
        }
    }

    /// Writes text from a column, clipped at `limit` (the right edge by default), never
    /// splitting a wide character. Returns the column after the last one written.
    @discardableResult
    public mutating func put(_ text: String, row: Int, column: Int, style: Style, limit: Int? = nil) -> Int {
        guard row >= 0, row < height else { return column }
        let end = min(limit ?? width, width)
        var col = max(0, column)
        for character in TerminalText.sanitized(text) {
            let w = TerminalText.width(of: character)
            if w == 0 { continue }
            if col + w > end { break }
            cells[row * width + col] = Cell(character: character, style: style)
            if w == 2 { cells[row * width + col + 1] = Cell(character: nil, style: style) }
            col += w
        }
        return col
    }

    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: Style) {
        guard row >= 0, row < height else { return }
        for col in max(0, from)..<min(to ?? width, width) {
            cells[row * width + col] = Cell(character: " ", style: style)
        }
    }

    public mutating func put(line: Line, row: Int, column: Int, limit: Int? = nil) {
        var col = column
        for span in line { col = put(span.text, row: row, column: col, style: span.style, limit: limit) }
    }

    /// The text of one row, without trailing spaces.
    public func text(ofRow row: Int) -> String {
        var line = ""
        for col in 0..<width {
            if let character = self[row, col].character { line.append(character) }
        }
        while line.last == " " { line.removeLast() }
        return line
    }

    /// All rows as text: what a snapshot test compares.
    public var text: String {
        (0..<height).map { text(ofRow: $0) }.joined(separator: "\n")
    }
}

/// A place on screen that a mouse click turns into an action: a choice, a footer hint.
public struct ClickTarget: Equatable, Sendable {
    public var row: Int
    public var columns: Range<Int>
    public var action: Action
}

extension Grid {
    public func action(atRow row: Int, column: Int) -> Action? {
        clickTargets.last { $0.row == row && $0.columns.contains(column) }?.action
    }
}
