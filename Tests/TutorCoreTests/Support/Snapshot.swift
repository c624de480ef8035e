import Foundation
import Testing

@testable import LessonModel
@testable import LessonFormat
@testable import TutorEngine
@testable import TutorView
@testable import TutorStorage

/// Compares rendered screens with text files in __Snapshots__. Run with RECORD_SNAPSHOTS=1 to
/// write them anew (then read the diff before committing).
enum Snapshot {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("__Snapshots__")

    static func assert(_ text: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let file = directory.appendingPathComponent(name + ".txt")
        let actual = text + "\n"
        let recording = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
        guard !recording, let expected = try? String(contentsOf: file, encoding: .utf8) else {
            try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try? actual.write(to: file, atomically: true, encoding: .utf8)
            if !recording {
                Issue.record(
                    "no snapshot \(name).txt yet: recorded it; check it and run again", sourceLocation: sourceLocation)
            }
            return
        }
        if expected != actual {
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            var diff: [String] = []
            for index in 0..<max(expectedLines.count, actualLines.count) {
                let e = index < expectedLines.count ? String(expectedLines[index]) : "<none>"
                let a = index < actualLines.count ? String(actualLines[index]) : "<none>"
                if e != a { diff.append("line \(index + 1):\n  expected: \(e)\n  actual:   \(a)") }
            }
            Issue.record(
                "snapshot \(name).txt differs (RECORD_SNAPSHOTS=1 to re-record):\n\(diff.joined(separator: "\n"))",
                sourceLocation: sourceLocation)
        }
    }
}

/// Keys through key map, engine and view at a fixed size, as the front end does.
struct ScreenHarness {
    var driver: Driver
    let width: Int
    let height: Int

    init(_ tutorial: Tutorial, width: Int = 80, height: Int = 24) {
        driver = Driver(tutorial)
        driver.measure = ScreenView.measure
        self.width = width
        self.height = height
        driver.send(.resize(WindowSize(width: width, height: height)))
    }

    mutating func press(_ keys: Key...) {
        for key in keys {
            _ = render()
            driver.press(key)
        }
    }

    /// Renders the state as the front end draws it: nothing goes back to the engine.
    func render() -> ScreenView.Rendered {
        ScreenView.render(driver.state, driver.tutorial, width: width, height: height)
    }

    mutating func screen() -> String { render().grid.text }
}

extension Grid {
    /// Every cell's style as one letter, row by row, as ratatui's buffer tests compare styles:
    /// a snapshot of this catches a highlight, a right or wrong mark or a heading drawn in the
    /// wrong style, which the text alone would not.
    var styleText: String {
        (0..<height).map { row in
            var letters = String((0..<width).map { Self.letter(self[row, $0].style) })
            while letters.last == " " { letters.removeLast() }
            return letters
        }.joined(separator: "\n")
    }

    /// The text with each row's styles under it: what a styled snapshot stores.
    var textWithStyles: String {
        let styles = styleText.split(separator: "\n", omittingEmptySubsequences: false)
        return (0..<height).map { "\(text(ofRow: $0))\n\(styles[$0])" }.joined(separator: "\n")
    }

    private static func letter(_ style: Style) -> Character {
        switch style {
        case .plain: " "
        case .bold: "B"
        case .heading: "H"
        case .dim: "d"
        case .bar: "="
        case .barBold: "#"
        case .hint: "h"
        case .notice: "n"
        case .warning: "w"
        case .selected: "S"
        case .correct: "C"
        case .wrong: "W"
        case .art: "a"
        case .progressDone: "P"
        case .progressLeft: "p"
        }
    }
}
