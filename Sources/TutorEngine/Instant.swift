/// A moment in time as the engine sees it: seconds since 1970 in UTC. The front end reads
/// the clock and passes it in, so the engine needs neither Foundation nor a clock, and a test
/// can say exactly when each action happens.
///
/// In progress files it is an ISO 8601 UTC text (`2026-11-22T05:49:00Z`), the form the files
/// have always had (they were written with Foundation's `.iso8601` date strategy).
public struct Instant: Comparable, Hashable, Sendable {
    public var secondsSince1970: Double

    public init(secondsSince1970: Double) {
        self.secondsSince1970 = secondsSince1970
    }

    public static func < (a: Instant, b: Instant) -> Bool { a.secondsSince1970 < b.secondsSince1970 }

    public func adding(seconds: Double) -> Instant { Instant(secondsSince1970: secondsSince1970 + seconds) }

    public func seconds(since other: Instant) -> Double { secondsSince1970 - other.secondsSince1970 }
}

/// A calendar date and time of day, for wording a moment ("Sunday 22 November 2026 at 05:49").
public struct CivilTime: Equatable, Sendable {
    public var year: Int
    /// 1 to 12.
    public var month: Int
    /// 1 to 31.
    public var day: Int
    public var hour: Int
    public var minute: Int
    public var second: Int
    /// 0 is Sunday.
    public var weekday: Int
}

extension Instant {
    /// The calendar time at `utcOffset` seconds from UTC (the front end knows the local offset).
    public func civil(utcOffset: Int = 0) -> CivilTime {
        let total = Int((secondsSince1970).rounded(.down)) + utcOffset
        let days = Self.floorDiv(total, 86_400)
        let secondOfDay = total - days * 86_400
        let (year, month, day) = Self.civilDate(fromDays: days)
        return CivilTime(
            year: year, month: month, day: day, hour: secondOfDay / 3600, minute: secondOfDay % 3600 / 60,
            second: secondOfDay % 60, weekday: Self.floorMod(days + 4, 7))
    }

    public init(civil: CivilTime, utcOffset: Int = 0) {
        let days = Self.days(fromYear: civil.year, month: civil.month, day: civil.day)
        let seconds = days * 86_400 + civil.hour * 3600 + civil.minute * 60 + civil.second - utcOffset
        self.init(secondsSince1970: Double(seconds))
    }

    /// `2026-11-22T05:49:00Z`.
    public var iso8601: String {
        let c = civil()
        return "\(Self.pad(c.year, 4))-\(Self.pad(c.month))-\(Self.pad(c.day))T"
            + "\(Self.pad(c.hour)):\(Self.pad(c.minute)):\(Self.pad(c.second))Z"
    }

    /// Reads `YYYY-MM-DDTHH:MM:SS` with `Z` or `±HH:MM`, and optional fractions of a second.
    public init?(iso8601 text: String) {
        let s = Array(text.utf8)
        func number(_ range: Range<Int>) -> Int? {
            guard range.upperBound <= s.count else { return nil }
            var value = 0
            for byte in s[range] {
                guard byte >= 0x30, byte <= 0x39 else { return nil }
                value = value * 10 + Int(byte - 0x30)
            }
            return value
        }
        guard s.count >= 20, s[4] == 0x2D, s[7] == 0x2D, s[10] == 0x54 || s[10] == 0x74, s[13] == 0x3A,
            s[16] == 0x3A, let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var index = 19
        var fraction = 0.0
        if s[index] == 0x2E {  // "."
            var scale = 0.1
            index += 1
            while index < s.count, s[index] >= 0x30, s[index] <= 0x39 {
                fraction += Double(s[index] - 0x30) * scale
                scale /= 10
                index += 1
            }
        }
        guard index < s.count else { return nil }
        var offset = 0
        switch s[index] {
        case 0x5A, 0x7A:  // "Z"
            guard index + 1 == s.count else { return nil }
        case 0x2B, 0x2D:  // "+" or "-"
            guard index + 6 == s.count, s[index + 3] == 0x3A, let h = number(index + 1..<index + 3),
                let m = number(index + 4..<index + 6)
            else { return nil }
            offset = (h * 3600 + m * 60) * (s[index] == 0x2D ? -1 : 1)
        default:
            return nil
        }
        let base = Instant(
            civil: CivilTime(
                year: year, month: month, day: day, hour: hour, minute: minute, second: second, weekday: 0),
            utcOffset: offset)
        self.init(secondsSince1970: base.secondsSince1970 + fraction)
    }

    private static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
    private static func floorMod(_ a: Int, _ b: Int) -> Int { a - floorDiv(a, b) * b }

    // Howard Hinnant's days-from-civil and civil-from-days (proleptic Gregorian calendar).
    private static func days(fromYear year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = floorDiv(y, 400)
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func civilDate(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = floorDiv(z, 146_097)
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

extension Instant: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let instant = Instant(iso8601: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "expected an ISO 8601 date and time")
        }
        self = instant
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso8601)
    }
}
