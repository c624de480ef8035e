import CNcursesw
import TutorEngine
import TutorView

#if canImport(Glibc)
    import Glibc
#endif

/// The terminal, through ncursesw: the only code that calls curses. It copies a `Grid` to
/// the screen and turns what `get_wch` returns into `Key`s. ncurses sends only what changed
/// since the last refresh, so every frame starts with `erase()`, never `clear()`.
public final class Terminal {
    public struct StartError: Error, CustomStringConvertible {
        public var description: String
    }

    private let screen: OpaquePointer
    private let palette: Palette
    private var open = true

    /// Takes over the terminal. Fails with a one-line reason, leaving it untouched.
    /// `raw` (for the kiosk) turns off the keys that send signals or stop output: Ctrl-C,
    /// Ctrl-Z, Ctrl-\ and Ctrl-S arrive as plain bytes, and nothing leaves the program.
    public init(theme: Theme, raw: Bool = false) throws {
        setlocale(LC_ALL, "")
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw StartError(
                description: "the tutorial needs a terminal: standard input and output must not be files or pipes")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty, term != "dumb" else {
            throw StartError(
                description:
                    "the terminal type (TERM) is \(term.isEmpty ? "not set" : "'dumb'"); the tutorial needs a full-screen terminal"
            )
        }
        set_escdelay(25)  // Esc closes things at once instead of after a second.
        guard let screen = mt_newterm_stdio() else {
            throw StartError(description: "cannot use the terminal type '\(term)'")
        }
        self.screen = screen
        set_term(screen)
        mt_install_signal_handlers()
        mt_install_crash_handlers()
        if raw { _ = CNcursesw.raw() } else { cbreak() }
        noecho()
        nonl()
        keypad(mt_stdscr(), true)
        intrflush(mt_stdscr(), false)
        timeout(250)  // so a termination signal is seen within a quarter second
        palette = Palette(theme: has_colors() ? theme : .mono)
        palette.install()
        mousemask(mt_mouse_buttons(), nil)
        mouseinterval(0)
    }

    deinit { close() }

    /// Gives the terminal back as it was. Safe to call more than once.
    public func close() {
        guard open else { return }
        open = false
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// Wipes the screen and, where the terminal allows, its scrollback: nothing of the last
    /// visitor stays for the next one to see.
    public func forgetScreen() {
        clear()
        refresh()
        mt_clear_scrollback()
        fflush(nil)
    }

    /// Makes the next draw clear the terminal and paint every cell, not only what changed:
    /// Ctrl-L, for when another program wrote over the screen.
    public func repaintAll() {
        clearok(mt_curscr(), true)
    }

    public var size: (width: Int, height: Int) {
        (Int(getmaxx(mt_stdscr())), Int(getmaxy(mt_stdscr())))
    }

    /// The signal (SIGTERM, SIGHUP, SIGINT, SIGQUIT) that asked the program to stop, if any.
    public var pendingSignal: Int32? {
        let signal = mt_pending_signal()
        return signal == 0 ? nil : signal
    }

    public func draw(_ grid: Grid) {
        erase()
        var buffer: [wchar_t] = []
        buffer.reserveCapacity(grid.width * 2)
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let style = grid[row, column].style
                let start = column
                buffer.removeAll(keepingCapacity: true)
                while column < grid.width, grid[row, column].style == style {
                    if let character = grid[row, column].character {
                        for scalar in character.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
                    }
                    column += 1
                }
                // The last cell of the last row: writing it would scroll some terminals.
                if row == grid.height - 1 && column == grid.width && !buffer.isEmpty {
                    buffer.removeLast()
                }
                attrset(palette.attributes(style))
                buffer.withUnsafeBufferPointer { pointer in
                    _ = mvaddnwstr(Int32(row), Int32(start), pointer.baseAddress, Int32(pointer.count))
                }
            }
        }
        attrset(0)
        if let cursor = grid.cursor {
            curs_set(1)
            move(Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
            move(Int32(max(0, grid.height - 1)), 0)
        }
        refresh()
    }

    /// The next key, or nil when none came within the input timeout. An Esc is read with
    /// what follows it, whole (`EscapeSequence`): a sequence ncurses does not know for this
    /// terminal type (Home as ESC [1~ under TERM=screen, Insert, Alt-keys, focus events, a
    /// paste) becomes one key or `.unknown`, never Esc and a "1" that answers a question.
    /// How long `readKey` waits for a key, in milliseconds: a quarter second, so a termination
    /// signal is seen soon; less while a sentence is read aloud, so the next one starts (and the
    /// highlight moves) soon after a speech child ends.
    public var inputWait: Int32 = 250 {
        didSet { if inputWait != oldValue { timeout(inputWait) } }
    }

    public func readKey() -> Key? {
        guard let input = readInput() else { return nil }
        switch input {
        case .key(let key): return key
        case .scalar(27):
            // ncurses has already waited ESCDELAY for the sequences it knows, so the rest of
            // one it does not know is in its buffer; wait only a little for anything more.
            timeout(30)
            defer { timeout(inputWait) }
            return EscapeSequence.key(afterEscape: { self.readInput() })
        case .scalar(let value): return EscapeSequence.key(forScalar: value)
        }
    }

    /// One character or decoded key from get_wch, or nil when none came within the timeout.
    private func readInput() -> EscapeSequence.Input? {
        var value: wint_t = 0
        let result = get_wch(&value)
        if result == ERR { return nil }
        let code = Int32(bitPattern: UInt32(value))
        guard result == KEY_CODE_YES else { return .scalar(UInt32(value)) }
        switch code {
        case mt_key_resize(): return .key(.resize)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.tab)
        case KEY_F0...(KEY_F0 + 63): return .key(.function(Int(code - KEY_F0)))
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK, mt_mouse_pressed(event.bstate) != 0 else { return .key(.unknown) }
            return .key(.click(row: Int(event.y), column: Int(event.x)))
        default: return .key(.unknown)
        }
    }
}

/// The look: colours chosen to stay apart for colour-blind readers, more contrast, or none.
public enum Theme: String, CaseIterable, Sendable {
    case standard = "default"
    case highContrast = "high-contrast"
    case mono
}

/// The colour pairs a theme sets up: a foreground and background colour number each (the
/// terminal's own numbers, -1 for its default colour). Which set is a pure function of the
/// theme and of how many colours the terminal has, so it is tested without a terminal.
public struct ColorPlan: Equatable, Sendable {
    public struct Pair: Equatable, Sendable {
        public var number: Int16
        public var foreground: Int16
        public var background: Int16
    }

    public var pairs: [Pair]

    /// The eight colours every colour terminal has, by their curses numbers.
    enum Basic {
        static let black: Int16 = 0
        static let blue: Int16 = 4
        static let magenta: Int16 = 5
        static let cyan: Int16 = 6
        static let white: Int16 = 7
        static let yellow: Int16 = 3
        static let terminalDefault: Int16 = -1
    }

    static let barPair: Int16 = 1
    static let correctPair: Int16 = 2
    static let wrongPair: Int16 = 3
    static let accentPair: Int16 = 4

    /// `colors` is curses' COLORS, which is only known after `start_color()`.
    public static func make(theme: Theme, colors: Int) -> ColorPlan {
        func pair(_ number: Int16, _ foreground: Int16, _ background: Int16) -> Pair {
            Pair(number: number, foreground: foreground, background: background)
        }
        switch theme {
        case .mono:
            return ColorPlan(pairs: [])
        case .standard:
            // Okabe-Ito: blue, sky blue and orange where the terminal has 256 colours,
            // otherwise blue, cyan and magenta, which stay apart in every colour blindness.
            let rich = colors >= 256
            return ColorPlan(pairs: [
                pair(barPair, Basic.white, rich ? 25 : Basic.blue),
                pair(correctPair, rich ? 38 : Basic.cyan, Basic.terminalDefault),
                pair(wrongPair, rich ? 208 : Basic.magenta, Basic.terminalDefault),
                pair(accentPair, rich ? 38 : Basic.cyan, Basic.terminalDefault),
            ])
        case .highContrast:
            return ColorPlan(pairs: [
                pair(barPair, Basic.black, Basic.white),
                pair(correctPair, Basic.white, Basic.black),
                pair(wrongPair, Basic.yellow, Basic.black),
                pair(accentPair, Basic.white, Basic.black),
            ])
        }
    }
}

/// Curses attributes for each style. Meaning is always in words and symbols too (✓, ✗,
/// "Correct", "Not quite"), so every theme, and no colour at all, reads the same.
struct Palette {
    let theme: Theme

    private static let barPair = ColorPlan.barPair
    private static let correctPair = ColorPlan.correctPair
    private static let wrongPair = ColorPlan.wrongPair
    private static let accentPair = ColorPlan.accentPair

    /// Starts colour and sets up the theme's pairs. COLORS is read here, after
    /// `start_color()`: before it, curses reports 0 colours, and a 256-colour terminal got
    /// the 8-colour theme.
    func install() {
        guard theme != .mono else { return }
        start_color()
        use_default_colors()
        for pair in ColorPlan.make(theme: theme, colors: Int(mt_colors())).pairs {
            init_pair(pair.number, pair.foreground, pair.background)
        }
    }

    func attributes(_ style: Style) -> Int32 {
        let bold = Int32(mt_a_bold())
        let reverse = Int32(mt_a_reverse())
        let underline = Int32(mt_a_underline())
        let dim = Int32(mt_a_dim())
        func pair(_ n: Int16) -> Int32 { theme == .mono ? 0 : Int32(mt_color_pair(Int32(n))) }
        switch theme {
        case .mono:
            switch style {
            case .plain, .art, .progressLeft, .dim, .hint: return 0
            case .bold, .notice, .warning, .heading, .progressDone: return bold
            case .bar: return reverse
            case .barBold, .selected: return reverse | bold
            case .correct: return bold
            case .wrong: return bold | underline
            }
        case .highContrast:
            switch style {
            case .plain, .art, .dim, .hint, .progressLeft: return bold
            case .bold, .notice, .heading, .progressDone: return bold | underline
            case .warning, .wrong: return bold | pair(Self.wrongPair)
            case .correct: return bold | pair(Self.correctPair)
            case .bar, .barBold, .selected: return bold | reverse
            }
        case .standard:
            switch style {
            case .plain, .art: return 0
            case .bold, .notice, .warning: return bold
            case .heading: return bold | pair(Self.accentPair)
            case .dim, .hint, .progressLeft: return dim
            case .bar: return pair(Self.barPair)
            case .barBold: return pair(Self.barPair) | bold
            case .selected: return reverse | bold
            case .correct: return bold | pair(Self.correctPair)
            case .wrong: return bold | pair(Self.wrongPair)
            case .progressDone: return pair(Self.accentPair)
            }
        }
    }
}
