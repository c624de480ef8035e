// The floor for "launch to first screen": the least a curses program can do to show one
// screen like the tutorial's (a title bar, a few lines of text, a footer of key hints), then
// wait for 'q'. scripts/benchmark builds it with `cc -O2 minimal-ncurses.c -lncursesw`.
#define _XOPEN_SOURCE_EXTENDED 1
#include <curses.h>
#include <locale.h>

int main(void) {
    setlocale(LC_ALL, "");
    initscr();
    cbreak();
    noecho();
    keypad(stdscr, TRUE);
    attron(A_REVERSE);
    mvhline(0, 0, ' ', COLS);
    mvaddstr(0, 1, "A minimal curses program");
    attroff(A_REVERSE);
    const char *lines[] = {
        "Cancer cells can push into a blood vessel or a lymph vessel.",
        "",
        "Intravasation (in-TRAV-uh-SAY-shun) means cancer cells pushing into a",
        "blood or lymph vessel.",
        "",
        "- Blood vessels carry blood.",
        "- Lymph vessels carry a clear fluid called lymph.",
    };
    for (int i = 0; i < (int)(sizeof lines / sizeof lines[0]); i++) mvaddstr(3 + i, 2, lines[i]);
    attron(A_REVERSE);
    mvhline(LINES - 1, 0, ' ', COLS);
    mvaddstr(LINES - 1, 1, "Enter next  <- back  m menu  ? help  q quit");
    attroff(A_REVERSE);
    refresh();
    while (getch() != 'q') {}
    endwin();
    return 0;
}
