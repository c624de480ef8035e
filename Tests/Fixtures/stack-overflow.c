// Used by TerminalRecoveryTests: a stack overflow cannot be caused in the tutorial from
// outside, so this program takes the terminal with the tutorial's own shim.h (the same
// newterm and crash handlers), then recurses until the stack runs out. The handler must
// still restore the terminal, which it can only do on its alternate signal stack.
#include "shim.h"

static int deeper(int depth) {
    volatile char frame[1024];
    frame[0] = (char)depth;
    return deeper(depth + 1) + frame[0];
}

int main(void) {
    setlocale(LC_ALL, "");
    SCREEN *screen = mt_newterm_stdio();
    if (screen == NULL) return 2;
    set_term(screen);
    mt_install_crash_handlers();
    cbreak();
    noecho();
    mvaddstr(1, 1, "Recursing until the stack runs out");
    refresh();
    napms(300);
    return deeper(0);
}
