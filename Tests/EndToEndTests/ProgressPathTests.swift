import Foundation
import Testing

/// Issue 12: a progress path that is not a regular file is refused before anything is read or
/// locked, in one line.
@Suite struct ProgressPathTests {
    @Test(arguments: [["progress"], ["--plain"], ["quiz", "--plain"]])
    func aDeviceAsTheProgressFileIsRefusedInOneLine(command: [String]) throws {
        let (status, output) = try runTutor(command + ["--progress", "/dev/zero"], input: "q\n")
        #expect(status != 0)
        #expect(output == "Error: /dev/zero cannot hold progress: it is not a regular file\n")
        #expect(!FileManager.default.fileExists(atPath: "/dev/zero.lock"))
    }
}
