import Testing
import TutorEngine
import TutorStorage
import TutorView

@Suite struct KioskStatsReportTests {
    @Test func versionOneFileLoadsWithNoLessonsStarted() throws {
        let bytes = Array(#"{"formatVersion":1,"sessions":2,"lessonsFinished":{},"answers":{}}"#.utf8)
        let stats = try JSON.decode(KioskStats.self, from: bytes)
        #expect(stats.sessions == 2)
        #expect(stats.lessonsStarted.isEmpty)
    }

    @Test func mostMissedComeFirstAndLinesFitEightyColumns() {
        var stats = KioskStats()
        _ = stats.count([
            .visitorStarted, .answered(questionID: "few", correct: false),
            .answered(questionID: "many", correct: false),
        ])
        _ = stats.count([.answered(questionID: "many", correct: false), .answered(questionID: "never", correct: true)])
        stats.countStarted(String(repeating: "long-lesson-", count: 10))
        let report = KioskStatsReport(stats)
        #expect(report.mostMissed.map(\.question) == ["many", "few"])
        #expect(report.visits == 1)
        let lines = report.text(labels: EnglishWords().statsLabels()).split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.contains { $0.contains("~") })
    }

    @Test func savingWritesTheCurrentFormat() throws {
        var stats = KioskStats()
        stats.formatVersion = 1
        let path = "/tmp/kiosk-stats-\(UInt64.random(in: 0...UInt64.max)).json"
        try stats.save(path: path)
        guard case .counts(let read) = KioskStats.read(path: path) else {
            Issue.record("not read back")
            return
        }
        #expect(read.formatVersion == KioskStats.currentFormatVersion)
    }
}
