#ifndef METASTASIS_TUTOR_CNCURSESW_SHIM_H
#define METASTASIS_TUTOR_CNCURSESW_SHIM_H

// SwiftPM drops pkg-config's flags, so ask for the wide-character API here.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif

#include <locale.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>
#include <wchar.h>
#include <curses.h>
#include <term.h>

// Swift 6 rejects C globals as not concurrency-safe and does not import these macros.
static inline WINDOW *mt_stdscr(void) { return stdscr; }
static inline WINDOW *mt_curscr(void) { return curscr; }
static inline int mt_a_bold(void) { return (int)A_BOLD; }
static inline int mt_a_reverse(void) { return (int)A_REVERSE; }
static inline int mt_a_underline(void) { return (int)A_UNDERLINE; }
static inline int mt_a_dim(void) { return (int)A_DIM; }
static inline int mt_color_pair(int n) { return (int)COLOR_PAIR(n); }
static inline int mt_key_resize(void) { return KEY_RESIZE; }
static inline int mt_colors(void) { return COLORS; }
static inline SCREEN *mt_newterm_stdio(void) { return newterm(NULL, stdout, stdin); }
static inline mmask_t mt_mouse_buttons(void) {
    return BUTTON1_PRESSED | BUTTON1_RELEASED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED;
}
static inline int mt_mouse_pressed(mmask_t state) {
    return (state & (BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON1_DOUBLE_CLICKED)) != 0;
}
// Clears the terminal's scrollback where terminfo knows how (the E3 capability).
static inline void mt_clear_scrollback(void) {
    char *e3 = tigetstr("E3");
    if (e3 != NULL && e3 != (char *)-1) putp(e3);
}

// One copy per module that includes this header: only TerminalUI does.
// A termination signal only sets this flag; the main loop sees it within one input
// timeout and leaves through the normal path (save, endwin), which is safe, unlike
// calling curses from a signal handler.
static volatile sig_atomic_t mt_signal_received = 0;
static inline void mt_on_signal(int sig) { mt_signal_received = sig; }
static inline void mt_install_signal_handlers(void) {
    struct sigaction sa;
    sa.sa_handler = mt_on_signal;
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = 0;  // no SA_RESTART: a blocked read returns so the loop can notice.
    sigaction(SIGTERM, &sa, NULL);
    sigaction(SIGHUP, &sa, NULL);
    sigaction(SIGINT, &sa, NULL);
    sigaction(SIGQUIT, &sa, NULL);
    // A parent may start us with these blocked (a thread's mask is inherited): unblocked, a
    // kiosk's supervisor can still stop the tutorial with SIGTERM, and resizes are still seen.
    sigset_t handled;
    sigemptyset(&handled);
    sigaddset(&handled, SIGTERM);
    sigaddset(&handled, SIGHUP);
    sigaddset(&handled, SIGINT);
    sigaddset(&handled, SIGQUIT);
    sigaddset(&handled, SIGWINCH);
    sigaddset(&handled, SIGCHLD);
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}
static inline int mt_pending_signal(void) { return (int)mt_signal_received; }

// A crash must not leave the terminal raw: put it back, then die of the same signal.
static inline void mt_on_crash(int sig) {
    endwin();
    signal(sig, SIG_DFL);
    raise(sig);
}
static inline void mt_install_crash_handlers(void) {
    // A stack overflow is a SIGSEGV with no stack left to run a handler on: give the
    // handler a stack of its own (endwin needs a few kilobytes).
    static char alternate_stack[1 << 16];
    stack_t stack = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0};
    sigaltstack(&stack, NULL);
    int signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
    for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++) {
        struct sigaction sa;
        sa.sa_handler = mt_on_crash;
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_ONSTACK;
        sigaction(signals[i], &sa, NULL);
    }
}

#endif
