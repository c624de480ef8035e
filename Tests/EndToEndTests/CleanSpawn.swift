import Foundation

/// posix_spawn attributes that start a child with no signal blocked and every signal at its
/// default, as a shell would. A test thread may have signals blocked (the test runner's
/// threads do), and a child inherits that mask: a tmux server started so never sees SIGCHLD,
/// never reaps its windows and outlives `kill-server`; a tutorial started so would never see
/// SIGTERM.
func withCleanSignals<T>(_ body: (inout posix_spawnattr_t) -> T) -> T {
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    return body(&attributes)
}
