"""Terminal windows: bash in Emacs term.el (ansi-term)."""
import datetime as dt
import os
import shutil
import subprocess
import time

import harness as H
from common import SCRATCH, OUT, Scene, rng, fresh_dir
from emacsterm import EmacsTerm

BASHRC = "PS1='dana@ws-04:\\w\\$ '\nexport LC_ALL=C.UTF-8 TZ=UTC\nalias ls='ls --color=auto'\n"


def _home(name):
    home = fresh_dir(f"{SCRATCH}/home/{name}")
    open(f"{home}/.bashrc", "w").write(BASHRC.replace("\\$", "$"))
    return home


def ts(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc).timestamp()


# ---------------------------------------------------------------- t01 ls / du
def t01():
    r = rng("t01")
    home = _home("t01")
    base = f"{home}/podcast"
    names = ["ep41_master.wav", "ep42_master.wav", "ep41_notes.md", "ep42_notes.md", "cover_art.png",
             "intro_jingle.flac", "outro_jingle.flac", "sponsors_2024.csv", "transcript_ep41.txt"]
    files = {}
    used_days = set()
    for n in names:
        if n.endswith(".wav"):
            size = r.randint(180_000_000, 420_000_000)
        elif n.endswith(".flac"):
            size = r.randint(900_000, 4_800_000)
        elif n.endswith(".png"):
            size = r.randint(300_000, 2_500_000)
        else:
            size = r.randint(2_000, 60_000)
        while True:
            day = (r.randint(1, 10), r.randint(1, 28))
            if day not in used_days:
                used_days.add(day)
                break
        files[n] = (size, ts(2024, day[0], day[1], r.randint(8, 22), r.randint(0, 59)))
    ep = f"{base}/episodes"
    os.makedirs(ep)
    for n, (size, mt) in files.items():
        with open(f"{ep}/{n}", "wb") as f:
            f.truncate(size)
        os.utime(f"{ep}/{n}", (mt, mt))
    # sibling folders for du
    dsizes = {}
    for d, lo, hi in (("raw", 600, 1500), ("archive", 1600, 3000), ("artwork", 5, 40), ("scripts", 1, 3)):
        os.makedirs(f"{base}/{d}")
        tot = 0
        for i in range(r.randint(2, 5)):
            s = r.randint(lo, hi) * 1_000_000 // 3 if d not in ("artwork", "scripts") else r.randint(lo, hi) * 100_000
            with open(f"{base}/{d}/part{i:02d}.bin", "wb") as f:
                f.truncate(s)
            tot += s
        dsizes[d] = tot
    dsizes["episodes"] = sum(s for s, _ in files.values())
    os.utime(ep, (ts(2024, 11, 2, 9, 0),) * 2)

    sc = Scene("t01_emacs_ls_du", "terminal", "GNU Emacs 28.2 ansi-term (term.el) + bash: `ls -l`, `du -sh`",
               "dark (deeper-blue)", "podcast folder: 9 files with seeded sizes/mtimes, 5 sub-folders for du")
    t = EmacsTerm("t01", "deeper-blue", home)
    t.run("cd ~/podcast")
    t.run("ls -l --time-style=long-iso episodes/")
    t.run("du -s --apparent-size --block-size=M */")
    sc.text = t.visible_text()
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.close()

    sz = {n: s for n, (s, _) in files.items()}
    mt = {n: m for n, (_, m) in files.items()}
    big = max(sz, key=sz.get)
    old = min(mt, key=mt.get)
    new = max(mt, key=mt.get)
    nwav = sum(n.endswith(".wav") for n in names)
    pick = r.choice(["ep41_master.wav", "ep42_master.wav"])
    sc.q(f"how many bytes is {pick}", sz[pick], "number", "lookup", True)
    sc.q("which file in episodes/ is the biggest?", big, "text", "argmax", True)
    sc.q("What's the oldest file in that listing?", old, "text", "earliest", True)
    sc.q("which one was modified most recently", new, "text", "latest", True)
    sc.q("how many wav files are in the episodes folder", nwav, "count", "count", False)
    cdate = dt.datetime.fromtimestamp(mt["cover_art.png"], dt.timezone.utc).strftime("%Y-%m-%d")
    sc.q("when was cover_art.png last changed? (date)", cdate, "date", "lookup", True)
    dbig = max(dsizes, key=dsizes.get)
    srt = sorted(dsizes.values())
    assert srt[-1] - srt[-2] > 50_000_000
    sc.q("according to du, which folder takes up the most space?", dbig, "text", "argmax", True)
    diff = abs(sz["intro_jingle.flac"] - sz["outro_jingle.flac"])
    sc.q("by how many bytes do the intro and outro jingle files differ in size", diff, "number", "difference", False)
    sc.save()


# ---------------------------------------------------------------- t02 git
def t02():
    r = rng("t02")
    home = _home("t02")
    repo = f"{home}/src/tidewatch"
    os.makedirs(repo)
    authors = [("Imke Vogel", "imke@tidewatch.dev"), ("Rafael Okoro", "rafa@tidewatch.dev"),
               ("Svetla Marinova", "svetla@tidewatch.dev"), ("Tom Ashdown", "tom@tidewatch.dev")]
    msgs = ["Initial import of station list", "Add tide table parser", "Parse harmonic constants from CSV",
            "Fix off-by-one in high water search", "Add CLI flag --station", "Cache downloaded tables",
            "Document the data sources", "Handle stations without datum", "Speed up daily extrema",
            "Add unit tests for parser"]
    n = 9
    order = [0] + r.sample(range(1, len(msgs)), n - 1)
    when = dt.datetime(2024, 9, 3, 9, 0, tzinfo=dt.timezone.utc)
    commits = []
    env0 = dict(os.environ, HOME=home, TZ="UTC")
    subprocess.run(["git", "init", "-q", "-b", "main", repo], env=env0, check=True)
    for i in range(n):
        a = authors[0] if i == 0 else r.choice(authors)
        when += dt.timedelta(days=r.randint(1, 6), hours=r.randint(0, 8), minutes=r.randint(0, 59))
        with open(f"{repo}/file{i % 4}.py", "a") as f:
            f.write(f"# change {i}: {msgs[order[i]]}\n")
        d = when.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e = dict(env0, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=d, GIT_COMMITTER_DATE=d)
        subprocess.run(["git", "-C", repo, "add", "-A"], env=e, check=True)
        subprocess.run(["git", "-C", repo, "commit", "-q", "-m", msgs[order[i]]], env=e, check=True)
        h = subprocess.run(["git", "-C", repo, "rev-parse", "--short=7", "HEAD"], env=e, capture_output=True,
                           text=True).stdout.strip()
        commits.append(dict(author=a[0], date=when.strftime("%Y-%m-%d"), msg=msgs[order[i]], hash=h))
    subprocess.run(["git", "-C", repo, "checkout", "-q", "-b", "fix/datum-offsets"], env=env0, check=True)
    open(f"{repo}/datum.py", "w").write("OFFSETS = {}\n")
    subprocess.run(["git", "-C", repo, "add", "datum.py"], env=env0, check=True)
    modified = sorted(r.sample(["file0.py", "file1.py", "file2.py", "file3.py"], r.randint(2, 3)))
    for m in modified:
        open(f"{repo}/{m}", "a").write("# wip\n")
    untracked = ["notes.txt"]
    open(f"{repo}/notes.txt", "w").write("todo\n")

    sc = Scene("t02_emacs_git", "terminal", "GNU Emacs ansi-term + git 2.39: `git log`, `git status -sb`",
               "light (leuven)", f"repo tidewatch: {n} commits by 4 authors, branch fix/datum-offsets, "
                                 f"1 staged, {len(modified)} modified, 1 untracked")
    t = EmacsTerm("t02", "leuven", home)
    t.run("cd ~/src/tidewatch")
    t.run("git --no-pager log --date=short --format='%h %ad %<(16)%an %s'")
    t.run("git status -sb")
    sc.text = t.visible_text()
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.close()

    last = commits[-1]
    sc.q("who made the latest commit?", last["author"], "person", "latest", True)
    counts = {}
    for c in commits:
        counts[c["author"]] = counts.get(c["author"], 0) + 1
    who = r.choice(sorted(counts))
    sc.q(f"how many commits did {who.split()[0]} make", counts[who], "count", "count", False)
    sc.q("what was the very first commit message", commits[0]["msg"], "text", "earliest", True)
    sc.q("which branch am i on", "fix/datum-offsets", "text", "lookup", True)
    c = r.choice(commits[1:-1])
    sc.q(f"hash of the commit \"{c['msg']}\"?", c["hash"], "code", "lookup", True)
    sc.q(f"When was '{commits[3]['msg']}' committed", commits[3]["date"], "date", "lookup", True)
    sc.q("how many files are modified but not staged", len(modified), "count", "count", False)
    sc.q("is notes.txt tracked by git?", "no", "yesno", "exists", False)
    sc.save()


# ---------------------------------------------------------------- t03 pytest
def t03():
    r = rng("t03")
    home = _home("t03")
    proj = f"{home}/work/unitconv"
    os.makedirs(proj)
    funcs = [("km_to_miles", "x * 0.621371", "km_to_miles(10)", "6.21371"),
             ("miles_to_km", "x * 1.609344", "miles_to_km(5)", "8.04672"),
             ("c_to_f", "x * 9 / 5 + 32", "c_to_f(100)", "212"),
             ("f_to_c", "(x - 32) * 5 / 9", "f_to_c(212)", "100"),
             ("kg_to_lb", "x * 2.20462", "kg_to_lb(2)", "4.40924"),
             ("lb_to_kg", "x / 2.20462", "lb_to_kg(22.0462)", "10"),
             ("l_to_gal", "x * 0.264172", "l_to_gal(10)", "2.64172"),
             ("kwh_to_mj", "x * 3.6", "kwh_to_mj(2)", "7.2")]
    buggy = set(r.sample([f[0] for f in funcs], 2))
    wrong = {"x * 0.621371": "x * 0.62", "x * 1.609344": "x * 1.6", "x * 9 / 5 + 32": "x * 9 / 5 + 23",
             "(x - 32) * 5 / 9": "(x - 30) * 5 / 9", "x * 2.20462": "x * 2.2", "x / 2.20462": "x / 2.2",
             "x * 0.264172": "x * 0.26", "x * 3.6": "x * 3.5"}
    with open(f"{proj}/unitconv.py", "w") as f:
        for name, expr, _, _ in funcs:
            f.write(f"def {name}(x):\n    return {wrong[expr] if name in buggy else expr}\n\n\n")
    with open(f"{proj}/test_unitconv.py", "w") as f:
        f.write("from pytest import approx\nfrom unitconv import *\n\n\n")
        for name, _, call, val in funcs:
            f.write(f"def test_{name}():\n    assert {call} == approx({val})\n\n\n")
    sc = Scene("t03_emacs_pytest", "terminal", "GNU Emacs ansi-term + pytest 7.2.1 (`-v --tb=no -rf`) + `echo $?`",
               "dark (tango-dark)", "unit conversion module, 8 tests, 2 seeded bugs")
    t = EmacsTerm("t03", "tango-dark", home)
    t.run("cd ~/work/unitconv")
    t.run("python3 -m pytest -v --tb=no -rf -p no:cacheprovider", settle=2.0)
    t.run("echo \"exit status: $?\"")
    sc.text = t.visible_text()
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.close()
    failed = [f"test_{f[0]}" for f in funcs if f[0] in buggy]
    passed = [f"test_{f[0]}" for f in funcs if f[0] not in buggy]
    pv = subprocess.run(["/usr/bin/python3", "-c", "import pytest;print(pytest.__version__)"], capture_output=True,
                        text=True).stdout.strip()
    sc.q("how many tests failed", len(failed), "count", "count", True)
    sc.q("which tests are failing?", "; ".join(failed), "text", "read", True)
    p = r.choice(passed)
    sc.q(f"did {p} pass or fail", "PASSED", "text", "lookup", True)
    sc.q("what exit status did pytest return", 1, "number", "lookup", True)
    sc.q("pytest version?", pv, "version", "version", True)
    sc.q("how many tests were collected in total", len(funcs), "count", "count", True)
    sc.q(f"Is {failed[0]} listed before {passed[-1]} in the run?",
         "yes" if funcs.index(next(f for f in funcs if 'test_' + f[0] == failed[0])) <
                  funcs.index(next(f for f in funcs if 'test_' + f[0] == passed[-1])) else "no",
         "yesno", "exists", False)
    sc.save()


# ---------------------------------------------------------------- t04 traceback
def t04():
    r = rng("t04")
    home = _home("t04")
    d = f"{home}/jobs/payroll"
    os.makedirs(d)
    base = round(r.uniform(14, 22), 2)
    keys = {"base_rate": base, "overtime_factor": r.choice([1.25, 1.5, 1.75]), "night_bonus": round(r.uniform(1, 3), 2),
            "currency": "EUR"}
    import json
    open(f"{d}/rates.json", "w").write(json.dumps(keys, indent=2) + "\n")
    missing = r.choice(["weekend_bonus", "holiday_factor", "sunday_rate"])
    src = f'''import csv
import json
import sys


def load_rates(path="rates.json"):
    with open(path) as f:
        return json.load(f)


def shift_pay(row, rates):
    hours = float(row["hours"])
    pay = hours * rates["base_rate"]
    if row["night"] == "1":
        pay += hours * rates["night_bonus"]
    if row["weekend"] == "1":
        pay += hours * rates["{missing}"]
    return round(pay, 2)


def main(csv_path):
    rates = load_rates()
    total = 0.0
    with open(csv_path) as f:
        for row in csv.DictReader(f):
            total += shift_pay(row, rates)
    print(f"total payout: {{total:.2f}} {{rates['currency']}}")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    open(f"{d}/payout.py", "w").write(src)
    rows = ["driver,hours,night,weekend"]
    for i in range(6):
        rows.append(f"D{100 + i},{r.randint(4, 10)},{r.randint(0, 1)},{1 if i == 3 else 0}")
    open(f"{d}/shifts.csv", "w").write("\n".join(rows) + "\n")
    sc = Scene("t04_emacs_traceback", "terminal", "GNU Emacs ansi-term + python3 traceback + `echo $?`",
               "light (modus-operandi)", "payroll script, rates.json without a key -> KeyError")
    t = EmacsTerm("t04", "modus-operandi", home)
    t.run("cd ~/jobs/payroll")
    t.run("cat rates.json")
    t.run("python3 payout.py shifts.csv")
    t.run("echo $?")
    sc.text = t.visible_text()
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.close()
    lines = src.split("\n")
    err_line = next(i + 1 for i, l in enumerate(lines) if f'rates["{missing}"]' in l)
    fn_line = next(i + 1 for i, l in enumerate(lines) if l.startswith("def shift_pay"))
    sc.q("what error did the script crash with?", f"KeyError: '{missing}'", "error", "error", True)
    sc.q("which line of payout.py raised it", err_line, "number", "lookup", True)
    sc.q("in which function did it blow up", "shift_pay", "text", "read", True)
    sc.q("what did echo $? print", 1, "number", "read", True)
    sc.q("base_rate value in the json?", f"{base}", "number", "lookup", True)
    sc.q(f"does rates.json contain a {missing} entry", "no", "yesno", "exists", False)
    sc.save()


# ---------------------------------------------------------------- t05 ps
WORKER = r'''
import sys, threading, time
mb, nthreads = int(sys.argv[1]), int(sys.argv[2])
buf = bytearray(mb * 1024 * 1024)
for i in range(0, len(buf), 4096):
    buf[i] = 1
ev = threading.Event()
for _ in range(nthreads - 1):
    threading.Thread(target=ev.wait, daemon=True).start()
time.sleep(3600)
'''


def t05():
    r = rng("t05")
    home = _home("t05")
    bindir = fresh_dir(f"{SCRATCH}/t05bin")
    open(f"{bindir}/worker.py", "w").write(WORKER)
    os.chmod(bindir, 0o755)
    os.chmod(f"{bindir}/worker.py", 0o644)
    names = ["tilecache", "geo-indexer", "thumbd", "mailq-sync", "pdf-render"]
    mbs = r.sample(range(40, 400, 45), len(names))
    thr = [r.randint(1, 12) for _ in names]
    users = ["root"] * len(names)
    for i in r.sample(range(len(names)), 2):
        users[i] = "nobody"
    procs = []
    for n, mb, th, u in zip(names, mbs, thr, users):
        shutil.copy("/usr/bin/python3.11", f"{bindir}/{n}")
        cmd = [f"{bindir}/{n}", f"{bindir}/worker.py", str(mb), str(th)]
        if u == "nobody":
            cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + cmd
        procs.append(H.spawn(cmd, env=dict(os.environ)))
    time.sleep(4)
    sc = Scene("t05_emacs_ps", "system_monitor", "GNU Emacs ansi-term + procps `ps -o pid,user,nlwp,rss,comm`",
               "dark (misterioso)", "5 seeded worker processes (copies of python3) with set memory and threads")
    t = EmacsTerm("t05", "misterioso", home)
    t.run("ps -o pid,user,nlwp,rss,comm -C " + ",".join(names) + " --sort=-rss")
    t.run("pgrep -c -u nobody -f worker.py")
    sc.text = t.visible_text()
    rss = {}
    pids = {}
    for p, n in zip(procs, names):
        pid = int(subprocess.run(["pgrep", "-x", n], capture_output=True, text=True).stdout.split()[0])
        pids[n] = pid
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                rss[n] = int(line.split()[1])
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.close()
    for p in procs:
        H.stop(p)
    top = names[mbs.index(max(mbs))]
    low = names[mbs.index(min(mbs))]
    sc.q("which process is using the most memory", top, "text", "argmax", True)
    sc.q("which one has the smallest RSS?", low, "text", "argmin", True)
    k = r.choice(names)
    sc.q(f"how many threads does {k} have", thr[names.index(k)], "number", "cell", True)
    sc.q("how many of these processes run as nobody?", users.count("nobody"), "count", "count", True)
    k2 = next(n for n in names if users[names.index(n)] == "nobody")
    sc.q(f"who is {k2} running as", "nobody", "text", "cell", True)
    mt = max(thr)
    if thr.count(mt) == 1:
        sc.q("which of them runs the most threads?", names[thr.index(mt)], "text", "argmax", True)
    k3, k4 = r.sample(names, 2)
    sc.q(f"is {k3} using more memory than {k4}?", "yes" if mbs[names.index(k3)] > mbs[names.index(k4)] else "no",
         "yesno", "compare_more", False)
    assert min(abs(rss[a] - rss[b]) for a in names for b in names if a != b) > 20000
    sc.save()


# ---------------------------------------------------------------- t06 cfdisk (TUI)
def t06():
    r = rng("t06")
    home = _home("t06")
    img = f"{home}/vm/disk.img"
    os.makedirs(f"{home}/vm")
    total_gib = 64
    with open(img, "wb") as f:
        f.truncate(total_gib * 1024 ** 3)
    parts = [("EFI System", "U", f"{r.choice([256, 512])}M", "esp"),
             ("Linux swap", "S", f"{r.choice([2, 4, 8])}G", "swap"),
             ("Linux filesystem", "L", f"{r.choice([16, 20, 24])}G", "root"),
             ("Linux home", "H", f"{r.choice([12, 16, 18])}G", "home"),
             ("Linux LVM", "V", f"{r.choice([4, 6])}G", "scratch")]
    typecodes = {"EFI System": "C12A7328-F81F-11D2-BA4B-00A0C93EC93B", "Linux swap": "0657FD6D-A4AB-43C4-84E5-0933C84B4F4F",
                 "Linux filesystem": "0FC63DAF-8483-4772-8E3D-0069C0B6E4E4", "Linux home": "933AC7E1-2EB4-4F13-B844-0E14E2AEF915",
                 "Linux LVM": "E6D6D379-F507-44C2-A23C-238F2A3DF928"}
    lines = ["label: gpt", "label-id: 6E0B2C9A-5D1F-4C3B-9F00-8126AA000001", "unit: sectors", ""]
    for i, (tname, code, size, pname) in enumerate(parts):
        lines.append(f"size={size}, type={code}, name=\"{pname}\", uuid=8126{i:04d}-0000-4000-8000-00000000812{i}")
    subprocess.run(["sfdisk", "-q", img], input="\n".join(lines) + "\n", text=True, check=True)
    sel = r.randint(2, 4)  # 1-based partition highlighted
    sc = Scene("t06_emacs_cfdisk", "terminal", "GNU Emacs ansi-term + cfdisk 2.38 (util-linux, full-screen TUI)",
               "light (tsdh-light)", "64 GiB sparse GPT disk image, 5 seeded partitions, one highlighted")
    t = EmacsTerm("t06", "tsdh-light", home)
    t.run("cd ~/vm")
    t.send("cfdisk disk.img\n")
    time.sleep(2.0)
    t.quiet()
    for _ in range(sel - 1):
        t.send("\x1bOB")
    sc.text = t.visible_text()
    assert f">>  disk.img{sel} " in sc.text
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.send("q")
    t.close()
    devs = [f"disk.img{i + 1}" for i in range(len(parts))]
    sizes_b = []
    for _, _, s, _ in parts:
        sizes_b.append(int(s[:-1]) * (1024 ** 3 if s.endswith("G") else 1024 ** 2))
    sc.q("how many partitions are on this disk", len(parts), "count", "count", False)
    sc.q("which partition is highlighted right now?", devs[sel - 1], "text", "selected", True)
    k = r.randint(2, 4)
    sc.q(f"size of {devs[k]}?", parts[k][2], "text", "cell", True)
    sc.q("what type is partition 2", parts[1][0], "text", "cell", True)
    sc.q("which partition is the biggest", devs[sizes_b.index(max(sizes_b))], "text", "argmax", True)
    sc.q("what kind of partition table is this (label)?", "gpt", "text", "lookup", True)
    sc.q("which button do I use to change the partition type", "Type", "text", "locate", True)
    sc.save()


# ---------------------------------------------------------------- t07 yacas
def t07():
    r = rng("t07")
    home = _home("t07")
    a, b, c = r.randint(1200, 9800), r.randint(1200, 9800), r.randint(300, 990)
    x, y = r.randint(12, 48), r.randint(12, 48)
    g1, g2 = r.randint(2, 9) * r.choice([6, 14, 15, 21]), r.randint(2, 9) * r.choice([6, 14, 15, 21])
    n = r.randint(11, 16)
    exprs = [(f"{a}+{b}-{c};", a + b - c), (f"{x}*{y}*12;", x * y * 12), (f"Gcd({g1 * 7},{g2 * 7});", None),
             (f"{n}!;", None), ("Sum(k,1,100,k^2);", sum(k * k for k in range(1, 101)))]
    import math
    exprs[2] = (exprs[2][0], math.gcd(g1 * 7, g2 * 7))
    exprs[3] = (exprs[3][0], math.factorial(n))
    sc = Scene("t07_emacs_yacas", "calculator", "GNU Emacs ansi-term + yacas 1.3.6 (CLI computer algebra)",
               "dark (wheatgrass)", "5 seeded expressions typed at the In> prompt")
    t = EmacsTerm("t07", "wheatgrass", home)
    t.send("yacas\n", settle=2.0)
    for e, _ in exprs:
        t.send(e + "\n", settle=1.0)
    sc.text = t.visible_text()
    t.capture(f"{OUT}/images/{sc.name}.png")
    t.send("quit\n", wait=False)
    t.close()
    ver = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "yacas"], capture_output=True, text=True).stdout
    ver = ver.split("-")[0]
    sc.q(f"what did yacas answer for {exprs[0][0].rstrip(';')}", exprs[0][1], "number", "read", True)
    sc.q(f"result of {exprs[1][0].rstrip(';')}?", exprs[1][1], "number", "read", True)
    sc.q("what's the gcd it computed", exprs[2][1], "number", "read", True)
    sc.q("which yacas version is this", ver, "version", "version", True)
    sc.q("what is the last Out> value", exprs[4][1], "number", "nth", True)
    sc.save()


SCENES = {"t01": t01, "t02": t02, "t03": t03, "t04": t04, "t05": t05, "t06": t06, "t07": t07}
