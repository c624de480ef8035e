/// A `tmux capture-pane -e` screen read into cells of text and style, so two captures can be
/// compared for what a person sees: tmux may put the same colour change at the end of one
/// line or the start of the next, depending on whether the blank cells between were written.
struct StyledScreen: Equatable {
    struct Style: Equatable {
        var bold = false, dim = false, italic = false, underline = false, blink = false
        var reverse = false, hidden = false, strike = false
        var foreground = "", background = ""
    }

    struct Cell: Equatable {
        var character: Character
        var style: Style
    }

    /// Each line's cells, without the trailing blanks (tmux leaves some of them out).
    var lines: [[Cell]]

    init(_ capture: String) {
        var style = Style()
        lines = capture.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var cells: [Cell] = []
            var index = line.startIndex
            while index < line.endIndex {
                if line[index] == "\u{1B}", let end = line[index...].firstIndex(where: { $0.isLetter }) {
                    let body = line[line.index(index, offsetBy: 1)..<end]
                    if line[end] == "m", body.first == "[" { Self.apply(body.dropFirst(), to: &style) }
                    index = line.index(after: end)
                    continue
                }
                cells.append(Cell(character: line[index], style: style))
                index = line.index(after: index)
            }
            while cells.last?.character == " " { cells.removeLast() }
            return cells
        }
        while lines.last?.isEmpty == true { lines.removeLast() }
    }

    /// Applies the codes of one SGR sequence ("1;7", "38;5;12"...).
    private static func apply(_ codes: Substring, to style: inout Style) {
        var numbers = codes.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }[...]
        if numbers.isEmpty { numbers = [0] }
        while let code = numbers.popFirst() {
            switch code {
            case 0: style = Style()
            case 1: style.bold = true
            case 2: style.dim = true
            case 3: style.italic = true
            case 4: style.underline = true
            case 5: style.blink = true
            case 7: style.reverse = true
            case 8: style.hidden = true
            case 9: style.strike = true
            case 22: (style.bold, style.dim) = (false, false)
            case 23: style.italic = false
            case 24: style.underline = false
            case 25: style.blink = false
            case 27: style.reverse = false
            case 28: style.hidden = false
            case 29: style.strike = false
            case 30...37, 90...97: style.foreground = String(code)
            case 39: style.foreground = ""
            case 40...47, 100...107: style.background = String(code)
            case 49: style.background = ""
            case 38, 48:
                // 38;5;N or 38;2;R;G;B (and the same with 48 for the background).
                let count = numbers.first == 5 ? 2 : numbers.first == 2 ? 4 : 0
                let colour = numbers.prefix(count).map(String.init).joined(separator: ";")
                numbers = numbers.dropFirst(count)
                if code == 38 { style.foreground = colour } else { style.background = colour }
            default: break
            }
        }
    }

    /// Where two screens first differ, for a failure message.
    func firstDifference(from other: StyledScreen) -> String? {
        for row in 0..<max(lines.count, other.lines.count) {
            let a = row < lines.count ? lines[row] : []
            let b = row < other.lines.count ? other.lines[row] : []
            guard a != b else { continue }
            let column = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) ?? min(a.count, b.count)
            return "row \(row + 1), cell \(column + 1): \(String(a.map(\.character))) | \(String(b.map(\.character)))"
        }
        return nil
    }
}
