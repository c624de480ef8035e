/// A whole number as YAML 1.1 writes one: `42`, `+42`, `1_000`, `0x1F`, `0o17`, `017`
/// (octal), `0b101`, `1:30` (base 60).
enum YAML11Integer {
    static func value(of text: String) -> Int? {
        let digits = text.filter { $0 != "_" }
        if digits == "0" { return 0 }
        let negative = digits.hasPrefix("-")
        let hasSign = negative || digits.hasPrefix("+")
        let body = digits.dropFirst(hasSign ? 1 : 0)
        let sign = negative ? "-" : ""
        for (prefix, radix) in [("0x", 16), ("0b", 2), ("0o", 8), ("0", 8)] where body.hasPrefix(prefix) {
            return Int(sign + body.dropFirst(prefix.count), radix: radix)
        }
        if body.contains(":") {
            var total = 0
            for part in body.split(separator: ":", omittingEmptySubsequences: false) {
                guard let part = Int(part), part >= 0 else { return nil }
                let (times, overflowTimes) = total.multipliedReportingOverflow(by: 60)
                let (sum, overflowSum) = times.addingReportingOverflow(part)
                if overflowTimes || overflowSum { return nil }
                total = sum
            }
            return negative ? -total : total
        }
        return Int(sign + body)
    }
}
