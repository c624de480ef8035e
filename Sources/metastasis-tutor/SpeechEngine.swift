import LessonModel
import TutorView

#if canImport(Glibc)
    import Glibc
#endif

/// espeak-ng run as a child process, never linked: one child per sentence, so the sentence
/// on screen is the one being heard and any key can stop it at once. Its output goes to
/// /dev/null (espeak-ng prints sound-card errors on a machine without one), and it runs in
/// its own process group, so stopping it also stops any player it started.
final class SpeechEngine {
    /// The voice for each language: the Latin American Spanish voice, as the lessons are written.
    static func voice(_ language: Language) -> String {
        switch language {
        case .en: "en-us"
        case .es: "es-419"
        }
    }

    /// The language of what is said; the session sets it from the course being shown.
    var language = Language.en

    /// Where speech goes: espeak-ng straight, or speech-dispatcher, which screen readers
    /// (Orca, speakup) also speak through, so the two never talk over each other.
    enum Route: Equatable {
        case espeak(String)
        case speechDispatcher(String)
    }

    let route: Route
    private var child: pid_t = 0
    /// What the running child is saying: the screen's sentence it was started for.
    private(set) var speaking: SpeechKey?

    /// nil when neither espeak-ng nor a running speech-dispatcher is here.
    init?() {
        guard let route = Self.route(environment: SystemIO.environment, find: Self.find, exists: Self.exists) else {
            return nil
        }
        self.route = route
    }

    /// speech-dispatcher when its client and its socket are both here (it runs), else espeak-ng.
    static func route(
        environment: (String) -> String?, find: (String) -> String?, exists: (String) -> Bool
    ) -> Route? {
        if let client = find("spd-say") {
            var sockets: [String] = []
            if let address = environment("SPEECHD_ADDRESS"), address.hasPrefix("unix_socket:") {
                sockets.append(String(address.dropFirst("unix_socket:".count)))
            }
            if let runtime = environment("XDG_RUNTIME_DIR") { sockets.append(runtime + "/speech-dispatcher/speechd.sock") }
            if sockets.contains(where: exists) { return .speechDispatcher(client) }
        }
        return find("espeak-ng").map(Route.espeak)
    }

    private static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    private var program: String {
        switch route {
        case .espeak(let path), .speechDispatcher(let path): path
        }
    }

    private var sayArguments: [String] {
        switch route {
        // -m and -x: the text is SSML (`SSML.document`), so nothing in it is read as markup by chance.
        case .espeak: ["-m", "-v", Self.voice(language)]
        // -w waits until the sentence is said, so the child's end is the sentence's end.
        case .speechDispatcher: ["-w", "-x", "-e", "-l", language.rawValue]
        }
    }

    deinit { stop() }

    static func find(_ name: String) -> String? {
        let path = SystemIO.environment("PATH") ?? "/usr/bin:/bin"
        for folder in path.split(separator: ":") {
            let candidate = folder + "/" + name
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return nil
    }

    /// Starts saying `text`, stopping whatever was being said.
    func speak(_ text: String, key: SpeechKey) {
        stop()
        child = Self.spawn(program, sayArguments, input: SSML.document([text])) ?? 0
        speaking = child > 0 ? key : nil
    }

    /// True once the child has finished (or was never started).
    var finished: Bool {
        guard child > 0 else { return true }
        var status: Int32 = 0
        if waitpid(child, &status, WNOHANG) == child {
            child = 0
            return true
        }
        return false
    }

    func stop() {
        guard child > 0 else {
            speaking = nil
            return
        }
        kill(-child, SIGKILL)
        var status: Int32 = 0
        waitpid(child, &status, 0)
        child = 0
        speaking = nil
        // The daemon speaks on after its client is gone: ask it to stop this message.
        if case .speechDispatcher(let client) = route, let stopper = Self.spawn(client, ["-S"], input: "") {
            waitpid(stopper, &status, 0)
        }
    }

    /// Writes what `text` sounds like to a WAV file; false when espeak-ng failed.
    func writeWAV(_ text: String, to path: String) -> Bool {
        // Always espeak-ng: speech-dispatcher plays, it does not write files.
        guard let espeak = Self.find("espeak-ng"),
            let pid = Self.spawn(espeak, ["-m", "-v", Self.voice(language), "-w", path], input: text)
        else { return false }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status == 0
    }

    /// Runs `program` with `arguments`, `input` on its standard input, its output discarded.
    private static func spawn(_ program: String, _ arguments: [String], input: String) -> pid_t? {
        var pipeEnds: [Int32] = [0, 0]
        guard pipe(&pipeEnds) == 0 else { return nil }
        let devNull = open("/dev/null", O_WRONLY | O_CLOEXEC)
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        posix_spawn_file_actions_adddup2(&actions, pipeEnds[0], 0)
        posix_spawn_file_actions_adddup2(&actions, devNull, 1)
        posix_spawn_file_actions_adddup2(&actions, devNull, 2)
        posix_spawn_file_actions_addclose(&actions, pipeEnds[1])
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP))
        posix_spawnattr_setpgroup(&attributes, 0)
        let argv = ([program] + arguments).map { strdup($0) } + [nil]
        defer {
            argv.forEach { free($0) }
            posix_spawn_file_actions_destroy(&actions)
            posix_spawnattr_destroy(&attributes)
            close(pipeEnds[0])
            if devNull >= 0 { close(devNull) }
        }
        var pid: pid_t = 0
        guard posix_spawn(&pid, program, &actions, &attributes, argv, environ) == 0 else {
            close(pipeEnds[1])
            return nil
        }
        // A sentence is far smaller than a pipe's buffer, so this write never waits on the child.
        var bytes = Array(input.utf8)
        bytes.append(UInt8(ascii: "\n"))
        _ = bytes.withUnsafeBytes { write(pipeEnds[1], $0.baseAddress, $0.count) }
        close(pipeEnds[1])
        return pid
    }
}

/// Which sentence of which screen a speech child was started for.
struct SpeechKey: Equatable {
    var unit: Int
    var screen: Int
    var sentence: Int
    var answered: Bool
}
