"""Does the highlight keep pace with the voice? Measured in two parts, with the real espeak-ng
speaking into a PulseAudio null sink (real time, no sound card needed):

1. The tutorial in tmux reads a screen aloud (`r`); the highlighted sentence (reverse video) is
   read off the screen every 10 ms and the espeak-ng children off /proc: how long after a
   child starts its sentence is highlighted, and how long a child's end waits for the next.
2. Each of those sentences is said again, as the tutorial says it (one SSML sentence, `-m -v
   VOICE`), while parec records the sink: how long after the child starts the voice is heard,
   and how long after the voice ends the child exits (the highlight moves on then).

    python3 Benchmarks/speech_pace.py BINARY [LESSON] [en|es]

Needs: apt-get install espeak-ng pulseaudio tmux.
"""
import os, re, struct, subprocess, sys, tempfile, threading, time

binary = sys.argv[1]
lesson = sys.argv[2] if len(sys.argv) > 2 else "step-3"
language = sys.argv[3] if len(sys.argv) > 3 else "en"
voice = {"en": "en-us", "es": "es-419"}[language]
RATE, LOUD = 8000, 300
runtime = tempfile.mkdtemp(prefix="pace-pulse-")
os.chmod(runtime, 0o700)
env = dict(os.environ, XDG_RUNTIME_DIR=runtime)
subprocess.run(["pulseaudio", "--daemonize=yes", "--exit-idle-time=-1", "-n",
                "--load=module-null-sink sink_name=pace", "--load=module-native-protocol-unix"],
               env=env, check=True, stderr=subprocess.DEVNULL)
subprocess.run(["pactl", "set-default-sink", "pace"], env=env, check=True)
# A recorder on the sink keeps it running, as a sound card in use would be: an idle null sink
# is suspended, and waking it adds a second or more to every sentence.
keep_awake = subprocess.Popen(["parec", "-d", "pace.monitor"], stdout=subprocess.DEVNULL, env=env)
median = lambda xs: sorted(xs)[len(xs) // 2]

def children():
    found = set()
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            if open(f"/proc/{pid}/cmdline").read().split("\0")[0].endswith("espeak-ng"): found.add(pid)
        except OSError:
            pass
    return found

# Part 1: the tutorial.
socket, folder = "pace-%d" % os.getpid(), tempfile.mkdtemp(prefix="pace-")

def tmux(*arguments):
    return subprocess.run(["tmux", "-L", socket, "-f", "/dev/null"] + list(arguments), env=env,
                          check=True, capture_output=True, text=True).stdout

def highlighted():
    text, on = [], False
    for part in re.split(r"(\x1b\[[0-9;]*m)", tmux("capture-pane", "-e", "-p", "-t", "p")):
        if part.startswith("\x1b["):
            codes = part[2:-1].split(";")
            if codes in (["0"], [""]) or "27" in codes: on = False
            if "7" in codes: on = True
        elif on:
            text.append(part)
    return " ".join(" ".join(text).split())

tmux("new-session", "-d", "-s", "p", "-x", "80", "-y", "24",
     f"{binary} --language {language} --lesson {lesson} --progress {folder}/p.json; sleep 600")
while "q " not in tmux("capture-pane", "-p", "-t", "p"):
    time.sleep(0.05)
tmux("send-keys", "-t", "p", "r")
starts, ends, moves, sentences = {}, {}, [], []
alive, current, began = set(), "", time.time()
while time.time() - began < 180:
    now = time.time()
    living = children()
    for pid in living - alive: starts[pid] = now
    for pid in alive - living: ends[pid] = now
    alive = living
    text = highlighted()
    if text != current:
        moves.append(now)
        current = text
        if text: sentences.append(text)
        elif sentences: break
    time.sleep(0.01)
tmux("kill-server")
order = sorted(starts, key=starts.get)
to_highlight = [min((m for m in moves if m >= starts[p] - 0.05), default=starts[p]) - starts[p] for p in order]
after_exit = [min((starts[q] for q in order if starts[q] >= ends[p]), default=ends[p]) - ends[p]
              for p in order[:-1] if p in ends]
print(f"part 1, the tutorial: {len(order)} speech children for {len(sentences)} highlighted sentences;"
      f" highlight within {median(to_highlight):.3f} s (median) of a child starting;"
      f" next child {median(after_exit) if after_exit else 0:.3f} s (median) after one ends")

# Part 2: espeak-ng and the sound, sentence by sentence.
def say_and_listen(sentence):
    said = re.sub(r"\s*\((?=[^)]*[A-Z]{2})[A-Za-z-]+\)", "", sentence)  # respellings are not said
    recorder = subprocess.Popen(["parec", "-d", "pace.monitor", "--format=s16le", f"--rate={RATE}", "--channels=1",
                                 "--latency-msec=10"], stdout=subprocess.PIPE, env=env)
    audio, first = bytearray(), []

    def record():
        while chunk := recorder.stdout.read(RATE // 100 * 2):
            if not first: first.append(time.time() - len(chunk) / 2 / RATE)
            audio.extend(chunk)

    threading.Thread(target=record, daemon=True).start()
    while not first: time.sleep(0.005)
    time.sleep(0.3)
    start = time.time()
    subprocess.run(["espeak-ng", "-m", "-v", voice], input=f"<speak><s>{said}</s></speak>".encode(), env=env,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    end = time.time()
    time.sleep(0.3)
    recorder.terminate()
    samples = struct.unpack("<%dh" % (len(audio) // 2), bytes(audio[: len(audio) // 2 * 2]))
    step = RATE // 100
    loud = [first[0] + i / RATE for i in range(0, len(samples), step) if max(map(abs, samples[i:i + step])) > LOUD]
    return (loud[0] - start, end - loud[-1] - step / RATE) if loud else (None, None)

leads, trails = [], []
for sentence in sentences:
    lead, trail = say_and_listen(sentence)
    if lead is None: continue
    leads.append(lead)
    trails.append(trail)
    print(f"  voice heard {lead:.2f} s after the child starts, child ends {trail:.2f} s after the voice  {sentence[:44]}")
subprocess.run(["pulseaudio", "--kill"], env=env, stderr=subprocess.DEVNULL)
print(f"part 2, {len(leads)} sentences ({lesson}, {language}): the voice starts {median(leads):.2f} s (median,"
      f" at most {max(leads):.2f}) after its highlight; the highlight stays {median(trails):.2f} s (median, at most"
      f" {max(trails):.2f}) after the voice ends")
