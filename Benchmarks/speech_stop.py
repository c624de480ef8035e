import subprocess, time, os, sys, tempfile
# How long from a key to the speech child's end (and from r to its start), with a stand-in
# espeak-ng that speaks until stopped.  python3 Benchmarks/speech_stop.py BINARY LESSONS_DIR
binary, lessons = sys.argv[1], sys.argv[2]
fk=tempfile.mkdtemp(prefix='speech-stop-'); os.makedirs(fk+'/bin', exist_ok=True)
open(fk+'/bin/espeak-ng','w').write('#!/bin/bash\nsleep 600\n'); os.chmod(fk+'/bin/espeak-ng',0o755)
def kids():
    out=[]
    for p in os.listdir('/proc'):
        if p.isdigit():
            try: c=open(f'/proc/{p}/cmdline').read()
            except: continue
            if fk+'/bin/espeak-ng' in c: out.append(p)
    return out
def tm(*a): subprocess.run(['tmux']+list(a), check=True)
subprocess.run(['tmux','kill-session','-t','lat'])
tm('new-session','-d','-s','lat','-x','80','-y','24',f'PATH={fk}/bin:$PATH {binary} --lessons {lessons} --progress {fk}/p.json')
time.sleep(1); tm('send-keys','-t','lat','Enter'); time.sleep(0.5)  # only to let it start; nothing is timed across these
res=[]
for i in range(20):
    tm('send-keys','-t','lat','r')
    t0=time.time()
    while not kids(): time.sleep(0.001)
    start=time.time()-t0
    time.sleep(0.3)
    t0=time.time(); tm('send-keys','-t','lat','Right' if i%2==0 else 'Left')
    while kids(): time.sleep(0.001)
    res.append((start, time.time()-t0))
tm('kill-session','-t','lat')
st=sorted(r[1]*1000 for r in res); sp=sorted(r[0]*1000 for r in res)
print("key to child started ms: median %.1f max %.1f"%(sp[10],sp[-1])); print("key to child gone ms: median %.1f max %.1f"%(st[10],st[-1]))
