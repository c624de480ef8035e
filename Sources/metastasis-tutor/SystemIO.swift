#if canImport(Glibc)
    import Glibc
#endif

/// The environment and the standard streams, on POSIX calls rather than Foundation (which
/// would load its code and ICU into memory before the first screen).
enum SystemIO {
    /// The value of an environment variable, or nil when it is not set.
    static func environment(_ name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// Every environment variable, for code that takes them as a dictionary.
    static func environment() -> [String: String] {
        var all: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let pair = String(cString: pointer)
            if let equals = pair.firstIndex(of: "=") {
                all[String(pair[..<equals])] = String(pair[pair.index(after: equals)...])
            }
            entry += 1
        }
        return all
    }

    static func writeOut(_ text: String) { write(STDOUT_FILENO, text) }

    static func writeError(_ text: String) { write(STDERR_FILENO, text) }

    private static func write(_ fd: Int32, _ text: String) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { Glibc.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                return
            }
            offset += written
        }
    }
}

func printError(_ line: String) {
    SystemIO.writeError(line + "\n")
}
