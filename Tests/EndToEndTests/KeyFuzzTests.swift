import Foundation
import Testing

/// Random keys, escape sequences, invalid UTF-8, mouse reports and resizes from 1x1 to 300x100
/// against the real binary (see KeyFuzzer). Each run takes a new seed unless FUZZ_SEED is set,
/// so every CI run tries different input; a failure prints the seed to replay it with.
/// FUZZ_INPUTS sets the length: 2,000 here, 100,000 for the long pass (scripts/fuzz-keys).
@Suite struct KeyFuzzTests {
    @Test func randomInputNeverCrashesHangsOrGarblesTheScreen() throws {
        let environment = ProcessInfo.processInfo.environment
        let seed = environment["FUZZ_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        let inputs = environment["FUZZ_INPUTS"].flatMap(Int.init) ?? 2_000
        let fuzzer = try KeyFuzzer(seed: seed, inputs: inputs)
        let started = Date()
        do {
            try fuzzer.run()
        } catch let failure as KeyFuzzer.Failure {
            Issue.record("\(failure)")
            return
        }
        // Goes to the test log, so the long pass has its result to record.
        print(
            "key fuzzer: \(inputs) inputs, seed \(seed), passed in \(Int(Date().timeIntervalSince(started))) s; inputs in \(fuzzer.logPath)"
        )
    }
}
