import Testing

@testable import metastasis_tutor

/// Where speech goes: through speech-dispatcher where it runs (so a screen reader and the
/// tutorial never talk over each other), else straight to espeak-ng, else nowhere.
@Suite struct SpeechRouteTests {
    func route(programs: [String], environment: [String: String] = [:], sockets: [String] = [])
        -> SpeechEngine.Route?
    {
        SpeechEngine.route(
            environment: { environment[$0] }, find: { programs.contains($0) ? "/usr/bin/" + $0 : nil },
            exists: { sockets.contains($0) })
    }

    @Test func speechDispatcherWhenItRuns() {
        let runtime = ["XDG_RUNTIME_DIR": "/run/user/1000"]
        #expect(
            route(programs: ["spd-say", "espeak-ng"], environment: runtime,
                sockets: ["/run/user/1000/speech-dispatcher/speechd.sock"]) == .speechDispatcher("/usr/bin/spd-say"))
        #expect(
            route(programs: ["spd-say"], environment: ["SPEECHD_ADDRESS": "unix_socket:/tmp/s.sock"], sockets: ["/tmp/s.sock"])
                == .speechDispatcher("/usr/bin/spd-say"))
    }

    @Test func espeakWhenTheDaemonIsNotRunning() {
        #expect(route(programs: ["spd-say", "espeak-ng"], environment: ["XDG_RUNTIME_DIR": "/run/user/1000"]) == .espeak("/usr/bin/espeak-ng"))
        #expect(route(programs: ["espeak-ng"]) == .espeak("/usr/bin/espeak-ng"))
    }

    @Test func nothingWhenNeitherIsHere() {
        #expect(route(programs: []) == nil)
        #expect(route(programs: ["spd-say"]) == nil)
    }
}
