import LessonModel
import TutorEngine
/// The kiosk's own screens, drawn in place of the lesson.
enum KioskView {
    /// The lines for the text area while the kiosk shows something of its own, or nil.
    static func lines(_ kiosk: KioskState, width: Int, words: any Words) -> [Line]? {
        switch kiosk.phase {
        case .welcome, .visiting:
            return nil
        case .idleWarning:
            var lines = TextLayout.wrap(words.stillThere(), width: width, style: .heading)
            lines.append([])
            lines += TextLayout.wrap(words.sessionEnds(in: kiosk.secondsLeft ?? 0), width: width, style: .warning)
            lines.append([])
            lines += TextLayout.wrap(words.pressAnyKeyToCarryOn(), width: width, style: .bold)
            return lines
        case .pinEntry(let typed, let wrongBefore):
            var lines = TextLayout.wrap(words.staffExit(), width: width, style: .heading)
            lines.append([])
            if wrongBefore {
                lines += TextLayout.wrap(words.wrongPIN(), width: width, style: .warning)
            }
            lines += TextLayout.wrap(words.typePIN(), width: width)
            lines.append([])
            lines.append([Span(words.pinLabel(), .bold), Span(String(repeating: "•", count: typed) + "_")])
            return lines
        case .pinPause:
            let wait = words.waitWords(kiosk.secondsLeft ?? 0)
            var lines = TextLayout.wrap(words.staffExit(), width: width, style: .heading)
            lines.append([])
            lines += TextLayout.wrap(words.wrongPINWait(wait), width: width, style: .warning)
            lines.append([])
            if kiosk.keyRefused {
                lines += TextLayout.wrap(words.keyNotTaken(wait), width: width, style: .bold)
                lines.append([])
            }
            lines += TextLayout.wrap(words.pressEscToGoBack(), width: width)
            return lines
        }
    }

    /// "Press any key to start": the whole screen, inviting the visitor in.
    static func drawWelcome(_ grid: inout Grid, tutorial: Tutorial, otherLanguage: Language?) {
        let course = tutorial.library.course
        let words = tutorial.words
        let width = min(grid.width - 4, 72)
        var lines: [Line] = []
        lines += TextLayout.wrap(course.title, width: width, style: .heading)
        lines.append([])
        if let kiosk = course.kiosk {
            lines += TextLayout.wrap(kiosk.invitation, width: width)
            lines.append([])
        }
        lines += TextLayout.wrap(words.pressAnyKeyToStart(), width: width, style: .barBold)
        if let otherLanguage {
            // In the other language, for the visitor who reads that one.
            lines.append([])
            lines += TextLayout.wrap(
                otherLanguage.words.otherLanguageOnWelcome(words.firstKey(.language)), width: width, style: .bold)
        }
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
