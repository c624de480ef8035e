#!/usr/bin/env python3
"""Measures the tutorial from outside, on a pseudo-terminal, as scripts/benchmark asks.

    measure.py first-screen NAME=TOKEN=COMMAND... [--runs N]
    measure.py bytes TUTORIAL FIXTURES
    measure.py lint TUTORIAL COUNT...
    measure.py hostile TUTORIAL

first-screen: the time from fork to the moment TOKEN (the last word of the program's footer)
has been written to an 80x24 terminal, and the peak resident memory (VmHWM) at that moment.
The programs take turns, run after run, so a busy moment of the machine hits all of them.
bytes: the bytes the tutorial writes to the terminal for a highlight move, a screen change
and a resize. lint: time and peak memory of `lint` over generated lesson sets. hostile: time
of `lint` on lesson files of about 1 MB made to be slow (each must take well under a second).
Prints Markdown tables. Only the standard library is used.
"""
import fcntl
import os
import pty
import resource
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import tempfile
import termios
import time

ENV = dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8", LC_ALL="C.UTF-8")
ENV.pop("NO_COLOR", None)


def spawn(command, width=80, height=24, cwd=None):
    """Starts command on a new pseudo-terminal of the given size; returns (pid, master fd)."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", height, width, 0, 0))
    pid = os.fork()
    if pid == 0:
        os.setsid()
        fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
        for fd in (0, 1, 2):
            os.dup2(slave, fd)
        os.close(master)
        os.close(slave)
        if cwd:
            os.chdir(cwd)
        os.execvpe(command[0], command, ENV)
    os.close(slave)
    return pid, master


def read_until(master, token, timeout=20.0):
    """Reads until token has been written; returns everything read."""
    data = b""
    deadline = time.monotonic() + timeout
    while token not in data:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError(f"never saw {token!r}; got {data[-300:]!r}")
        ready, _, _ = select.select([master], [], [], remaining)
        if ready:
            try:
                chunk = os.read(master, 65536)
            except OSError:
                raise RuntimeError(f"the program ended before {token!r}; got {data[-300:]!r}")
            if not chunk:
                raise RuntimeError(f"the program ended before {token!r}")
            data += chunk
    return data


def read_quiet(master, quiet=0.4):
    """Reads until nothing more comes for `quiet` seconds (longer than the tutorial's
    250 ms input timeout); returns what was read."""
    data = b""
    while True:
        ready, _, _ = select.select([master], [], [], quiet)
        if not ready:
            return data
        try:
            chunk = os.read(master, 65536)
        except OSError:
            return data
        if not chunk:
            return data
        data += chunk


def peak_rss_kib(pid):
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def stop(pid, master):
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        read_quiet(master, 0.05)
        done, _ = os.waitpid(pid, os.WNOHANG)
        if done:
            break
    else:
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
    os.close(master)


def first_screen(programs, runs):
    results = {name: ([], []) for name, _, _ in programs}
    scratch = tempfile.mkdtemp(prefix="bench-first-screen-")
    for run in range(runs):
        for name, token, command in programs:
            # A fresh progress file each run, so the tutorial always opens on its welcome.
            command = [part.replace("{run}", f"{scratch}/{run}") for part in command]
            start = time.perf_counter()
            pid, master = spawn(command)
            read_until(master, token.encode())
            elapsed = time.perf_counter() - start
            peak = peak_rss_kib(pid)
            stop(pid, master)
            results[name][0].append(elapsed * 1000)
            results[name][1].append(peak / 1024)
    shutil.rmtree(scratch, ignore_errors=True)
    print(f"| program | first screen, median of {runs} (ms) | fastest (ms) | peak RSS at first screen (MiB) |")
    print("| --- | ---: | ---: | ---: |")
    for name, _, _ in programs:
        times, memory = results[name]
        print(f"| {name} | {statistics.median(times):.1f} | {min(times):.1f} | {statistics.median(memory):.1f} |")


def bytes_written(tutorial, fixtures):
    scratch = tempfile.mkdtemp(prefix="bench-bytes-")
    command = [tutorial, "--lessons", fixtures, "--lesson", "alpha", "--progress", f"{scratch}/p.json"]
    pid, master = spawn(command)
    rows = []
    try:
        first = read_until(master, b"quit") + read_quiet(master)
        rows.append(("first screen of a lesson (80x24)", len(first)))

        def press(label, keys):
            os.write(master, keys)
            rows.append((label, len(read_quiet(master))))

        press("next screen (text to diagram)", b"n")
        press("next screen (diagram to question)", b"n")
        # xterm sends application-mode arrows once curses turns the keypad on.
        press("highlight the first choice (Down)", b"\x1bOB")
        press("move the highlight to the second choice (Down)", b"\x1bOB")
        press("move the highlight back (Up)", b"\x1bOA")
        fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        rows.append(("resize 80x24 to 100x30", len(read_quiet(master))))
        fcntl.ioctl(master, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
        rows.append(("resize 100x30 to 80x24", len(read_quiet(master))))
    finally:
        stop(pid, master)
        shutil.rmtree(scratch, ignore_errors=True)
    print("| action | bytes written to the terminal |")
    print("| --- | ---: |")
    for label, count in rows:
        print(f"| {label} | {count} |")


LESSON = """id: {id}
title: "Lesson {n}: a generated lesson"
kind: topic
screens:
  - text:
      heading: The main idea of lesson {n}
      body: |
        Cancer cells can push into a blood vessel or a lymph vessel.

        **Intravasation** (in-TRAV-uh-SAY-shun) means cancer cells pushing into a
        blood or lymph vessel.

        - Blood vessels carry blood.
        - Lymph vessels carry a clear fluid called lymph.
  - text:
      heading: More about lesson {n}
      body: |
        Cells can break away from the primary tumor. They travel through the
        blood or the lymph to other parts of the body.
  - diagram:
      heading: Into a vessel
      art: |
        ┌─────────┐       ┌──────────────────────────┐
        │  tumor  │ ───▶  │  ● ● ●   blood vessel    │
        └─────────┘       └──────────────────────────┘
      description: Cancer cells leave the tumor and enter a blood vessel.
  - question:
      type: single-choice
      prompt: What is intravasation?
      choices:
        - text: Cancer cells pushing into a blood or lymph vessel
          feedback: Yes. The cells push into a vessel.
        - text: Cancer cells leaving a blood vessel
          feedback: That is extravasation, the way out.
        - text: A new tumor growing its own blood supply
          feedback: That is angiogenesis.
      answer: 1
  - question:
      type: true-false
      prompt: Colon cancer that spreads to the liver becomes liver cancer.
      answer: false
      if-true: Not quite. It is still colon cancer.
      if-false: Right. It is called metastatic colon cancer.
sources:
  - "NCI: Metastatic Cancer"
"""


def generate(folder, count):
    """A valid course of `count` lessons in parts of 100, with a glossary."""
    ids = [f"lesson-{n:05d}" for n in range(1, count + 1)]
    for n, lesson in enumerate(ids, 1):
        with open(f"{folder}/{lesson}.yaml", "w") as out:
            out.write(LESSON.format(id=lesson, n=n))
    with open(f"{folder}/glossary.yaml", "w") as out:
        out.write("id: glossary\ntitle: Glossary\nkind: glossary\nterms:\n")
        for n in range(200):
            out.write(f"  - term: Word{n}\n    means: The meaning of word {n}.\n")
        out.write("sources:\n  - NCI\n")
    with open(f"{folder}/course.yaml", "w") as out:
        out.write("title: Generated\ndisclaimer: General education only.\n"
                  "welcome:\n  heading: Hi\n  body: Hello.\nfarewell:\n  heading: Bye\n  body: Bye.\nparts:\n")
        chunks = [ids[i:i + 100] for i in range(0, len(ids), 100)]
        for number, chunk in enumerate(chunks, 1):
            out.write(f"  - title: Part {number}\n    lessons:\n")
            out.writelines(f"      - {lesson}\n" for lesson in chunk)
            if number == len(chunks):
                out.write("      - glossary\n")


def lint(tutorial, counts):
    rows = []
    for count in counts:
        folder = tempfile.mkdtemp(prefix=f"bench-lint-{count}-")
        generate(folder, count)
        size = sum(os.path.getsize(f"{folder}/{name}") for name in os.listdir(folder))
        times, memory = [], []
        for _ in range(3):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run([tutorial, "lint", folder], capture_output=True, text=True)
            elapsed = time.perf_counter() - start
            if done.returncode != 0:
                raise RuntimeError(f"lint failed on the generated set:\n{done.stdout[:2000]}")
            times.append(elapsed)
            # ru_maxrss of children is the largest of any child so far: run the sets smallest first.
            memory.append(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        rows.append((count, size, statistics.median(times), max(memory)))
        shutil.rmtree(folder, ignore_errors=True)
    print("| lessons | total size (MB) | lint time, median of 3 (s) | time per lesson (ms) | peak RSS (MiB) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for count, size, seconds, peak in rows:
        print(f"| {count:,} | {size / 1e6:.1f} | {seconds:.2f} | {seconds / count * 1000:.3f} | {peak:.0f} |")


HOSTILE_HEAD = "id: a\ntitle: A\nkind: step\nsources: [NCI]\nscreens:\n  - text: {heading: H, body: B}\n"


def hostile_files():
    """About 1 MB each, under the 1 MB limit: the shapes that once took quadratic time."""
    unknown = "".join(f"k{n}: v\n" for n in range(100_000))
    nested = "".join(f"  - text:\n      heading: H\n      body: B\n      k{n}: v\n" for n in range(18_000))
    items = "  - x\n" * 170_000
    anchors = "".join(f"k{n}: &a{n} v\n" for n in range(58_000))
    quoted = "".join(f'k{n}: "\\e[31m"\n' for n in range(60_000))
    return {
        "unknown top-level keys": HOSTILE_HEAD + unknown,
        "unknown keys in screens": HOSTILE_HEAD + nested,
        "list items of the wrong shape": HOSTILE_HEAD.replace("screens:\n  - text: {heading: H, body: B}\n", "screens:\n") + items,
        "anchors": HOSTILE_HEAD + anchors,
        "escapes in quoted keys": HOSTILE_HEAD + quoted,
    }


def hostile(tutorial):
    course = ("title: T\ndisclaimer: D\nwelcome:\n  heading: H\n  body: B\nfarewell:\n  heading: H\n  body: B\n"
              "parts:\n  - title: P\n    lessons: [a]\n")
    print("| hostile lesson file (about 1 MB) | size (KB) | lint time, median of 3 (s) | lines printed |")
    print("| --- | ---: | ---: | ---: |")
    for name, text in hostile_files().items():
        folder = tempfile.mkdtemp(prefix="bench-hostile-")
        with open(f"{folder}/course.yaml", "w") as out:
            out.write(course)
        with open(f"{folder}/a.yaml", "w") as out:
            out.write(text)
        times = []
        for _ in range(3):
            start = time.perf_counter()
            done = subprocess.run([tutorial, "lint", folder], capture_output=True, text=True)
            times.append(time.perf_counter() - start)
        lines = len(done.stdout.splitlines())
        print(f"| {name} | {len(text.encode()) // 1024} | {statistics.median(times):.3f} | {lines} |")
        shutil.rmtree(folder, ignore_errors=True)


def main(argv):
    if len(argv) < 2 or argv[1] in ("-h", "--help"):
        print(__doc__)
        return 0
    if argv[1] == "first-screen":
        runs = 20
        args = argv[2:]
        if "--runs" in args:
            index = args.index("--runs")
            runs = int(args[index + 1])
            del args[index:index + 2]
        programs = []
        for spec in args:
            name, token, command = spec.split("=", 2)
            programs.append((name, token, command.split()))
        first_screen(programs, runs)
    elif argv[1] == "bytes":
        bytes_written(argv[2], argv[3])
    elif argv[1] == "lint":
        lint(argv[2], [int(n) for n in argv[3:]])
    elif argv[1] == "hostile":
        hostile(argv[2])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
