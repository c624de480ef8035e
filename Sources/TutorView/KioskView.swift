import LessonModel
import TutorEngine
/// The kiosk's own screens, drawn in place of the lesson.
enum KioskView {
    /// The lines for the text area while the kiosk shows something of its own, or nil.
    static func lines(_ kiosk: KioskState, width: Int) -> [Line]? {
        switch kiosk.phase {
        case .welcome, .visiting:
            return nil
        case .idleWarning:
            var lines = TextLayout.wrap("Are you still there?", width: width, style: .heading)
            lines.append([])
            lines += TextLayout.wrap(
                "This session will end in \(kiosk.secondsLeft ?? 0) seconds. Then your place and your answers are cleared, so the next person starts fresh.",
                width: width, style: .warning)
            lines.append([])
            lines += TextLayout.wrap("Press any key to carry on.", width: width, style: .bold)
            return lines
        case .pinEntry(let typed, let wrongBefore):
            var lines = TextLayout.wrap("Staff exit", width: width, style: .heading)
            lines.append([])
            if wrongBefore {
                lines += TextLayout.wrap("That PIN was not right. Try again.", width: width, style: .warning)
            }
            lines += TextLayout.wrap("Type the exit PIN, then press Enter. Press Esc to go back.", width: width)
            lines.append([])
            lines.append([Span("PIN: ", .bold), Span(String(repeating: "•", count: typed) + "_")])
            return lines
        case .pinPause:
            let wait = waitWords(kiosk.secondsLeft ?? 0)
            var lines = TextLayout.wrap("Staff exit", width: width, style: .heading)
            lines.append([])
            lines += TextLayout.wrap(
                "That PIN was not right. Please wait \(wait) before trying again; each wrong PIN makes the wait longer.",
                width: width, style: .warning)
            lines.append([])
            if kiosk.keyRefused {
                lines += TextLayout.wrap("Please wait \(wait); that key was not taken.", width: width, style: .bold)
                lines.append([])
            }
            lines += TextLayout.wrap("Press Esc to go back.", width: width)
            return lines
        }
    }

    /// "5 seconds", "1 second", "5 minutes": a lock-out's time left, in the unit it reads best.
    static func waitWords(_ seconds: Int) -> String {
        if seconds > 90 {
            let minutes = (seconds + 59) / 60
            return "\(minutes) minutes"
        }
        return seconds == 1 ? "1 second" : "\(seconds) seconds"
    }

    /// "Press any key to start": the whole screen, inviting the visitor in.
    static func drawWelcome(_ grid: inout Grid, tutorial: Tutorial) {
        let course = tutorial.library.course
        let width = min(grid.width - 4, 72)
        var lines: [Line] = []
        lines += TextLayout.wrap(course.title, width: width, style: .heading)
        lines.append([])
        if let kiosk = course.kiosk {
            lines += TextLayout.wrap(kiosk.invitation, width: width)
            lines.append([])
        }
        lines += TextLayout.wrap("Press any key to start", width: width, style: .barBold)
        lines.append([])
        lines += TextLayout.wrap(course.disclaimer, width: width, style: .notice)
        if let kiosk = course.kiosk {
            lines.append([])
            lines += TextLayout.wrap(kiosk.privacy, width: width, style: .dim)
        }
        let top = max(0, (grid.height - lines.count) / 2)
        let left = max(0, (grid.width - width) / 2)
        for (offset, line) in lines.prefix(grid.height).enumerated() {
            grid.put(line: line, row: top + offset, column: left, limit: grid.width)
        }
    }
}
