#!/usr/bin/env python3
"""Build the screens_test8 split: real application windows captured under Xvfb.

Each scene prepares its own content (files, repos, mailboxes, PDFs...) under a scratch
folder, starts a real application on a private Xvfb display, captures the window and
writes questions whose golds are computed from that content.

    python benchmarks/screens_test8/build.py            # everything
    python benchmarks/screens_test8/build.py s05 s07    # only some scenes (manifest rows kept for others)

Seed: 8088.  Needs the Debian packages listed in README.md.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

SEED = 8088
HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
APPS = HERE / "apps"
WORK = Path("/tmp/st8work")
HOME = Path("/tmp/st8home")
DISPLAY = ":78"
SCREEN = (1280, 800)
SYSPY = "/usr/bin/python3"  # has python3-gi and python3-pyqt5

ENV = dict(os.environ)
ENV.update({
    "DISPLAY": DISPLAY, "HOME": str(HOME), "XDG_RUNTIME_DIR": str(HOME / "run"),
    "XDG_CONFIG_HOME": str(HOME / ".config"), "XDG_DATA_HOME": str(HOME / ".local/share"),
    "XDG_CACHE_HOME": str(HOME / ".cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    "TZ": "UTC", "ST8_MARK": "1", "NO_AT_BRIDGE": "1", "QT_QPA_PLATFORM": "xcb",
    "GTK_THEME": "Adwaita", "TERM": "xterm-256color", "GIT_CONFIG_NOSYSTEM": "1",
})
for k in list(ENV):
    if k.startswith("VIRTUAL_ENV") or k in ("PYTHONHOME", "PYTHONPATH"):
        ENV.pop(k)
ENV["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


# ----------------------------------------------------------------------------- helpers
def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=ENV, check=True,
                          capture_output=True, text=True, **kw).stdout


def write(path, text, mtime=None):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if mtime:
        touch(path, mtime)
    return path


def touch(path, when):
    subprocess.run(["touch", "-d", when, str(path)], check=True, env=ENV)


def xdo(*args):
    return subprocess.run(["xdotool", *map(str, args)], env=ENV, capture_output=True, text=True).stdout.strip()


def find_window(title_re, timeout=25):
    end = time.time() + timeout
    while time.time() < end:
        out = xdo("search", "--onlyvisible", "--name", title_re)
        if out:
            return out.split()[-1]
        time.sleep(0.4)
    raise RuntimeError(f"window {title_re!r} did not appear")


def typekeys(wid, text, delay=40):
    xdo("type", "--window", wid, "--delay", delay, text)


def key(wid, *keys):
    for k in keys:
        xdo("key", "--window", wid, k)
        time.sleep(0.15)


def click(x, y, button=1):
    xdo("mousemove", x, y)
    time.sleep(0.1)
    xdo("click", button)


class Xvfb:
    def __enter__(self):
        lock = Path(f"/tmp/.X{DISPLAY[1:]}-lock")
        if lock.exists():
            raise SystemExit(f"display {DISPLAY} busy")
        self.p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                                   "-nolisten", "tcp", "-dpi", "96"], env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        return self

    def __exit__(self, *a):
        kill_marked()
        self.p.terminate()
        self.p.wait()


def kill_marked():
    """End the processes this builder started (they carry ST8_MARK in their environment)."""
    me = os.getpid()
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == me:
            continue
        try:
            env = (d / "environ").read_bytes()
            comm = (d / "comm").read_text().strip()
        except OSError:
            continue
        if b"ST8_MARK=1" in env and comm != "Xvfb":
            try:
                os.kill(int(d.name), signal.SIGKILL)
            except OSError:
                pass


def run_app(cmd, title_re, name, size=(1100, 720), settle=3.0, actions=None, cwd=None, pos=(0, 0)):
    """Start an app, place its window, run actions, capture and crop to the window."""
    p = subprocess.Popen(cmd, env=ENV, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        wid = find_window(title_re)
        time.sleep(0.8)
        xdo("windowmove", wid, *pos)
        if size:
            xdo("windowsize", wid, *size)
        xdo("windowfocus", wid)
        time.sleep(settle)
        if actions:
            actions(wid)
            time.sleep(1.0)
        raw = WORK / "raw.png"
        subprocess.run(["import", "-window", "root", str(raw)], env=ENV, check=True)
        geo = xdo("getwindowgeometry", "--shell", wid)
        g = dict(l.split("=") for l in geo.splitlines() if "=" in l)
        x, y, w, h = int(g["X"]), int(g["Y"]), int(g["WIDTH"]), int(g["HEIGHT"])
        img = Image.open(raw).convert("RGB")
        x0, y0 = max(0, x), max(0, y)
        img = img.crop((x0, y0, min(SCREEN[0], x0 + w), min(SCREEN[1], y0 + h)))
        img.save(IMAGES / name, optimize=True)
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        kill_marked()
        time.sleep(0.5)
    return name


def fake_session(steps, prompt, path):
    """A bash script that shows each command after a prompt, runs it, then leaves an idle prompt."""
    lines = ["#!/bin/bash", "clear"]
    for cmd in steps:
        lines.append(f"printf '%s' {sh_quote(prompt)}; printf '%s\\n' {sh_quote(cmd)}")
        lines.append(cmd)
    lines.append(f"export PS1={sh_quote(prompt)}")
    lines.append("exec bash --norc -i")
    write(path, "\n".join(lines) + "\n")
    os.chmod(path, 0o755)
    return str(path)


def sh_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


def fmt_kib(n):
    """KDE's KFormat::formatByteSize (IEC, one decimal)."""
    units = ["B", "KiB", "MiB", "GiB"]
    v, i = float(n), 0
    while v >= 1024 and i < len(units) - 1:
        v /= 1024
        i += 1
    if i == 0:
        return f"{n} B"
    return f"{v:.1f} {units[i]}"


def Q(question, answer, answer_type, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=answer_type, intent=intent,
                literal=literal)


SCENES = {}


def scene(sid, category):
    def deco(fn):
        SCENES[sid] = (category, fn)
        return fn
    return deco


# ----------------------------------------------------------------------------- scenes
# ---- s01 konsole: ls -l of an invoices folder
def konsole_profile(name, scheme, font):
    write(HOME / ".local/share/konsole" / f"{name}.profile",
          f"[Appearance]\nColorScheme={scheme}\nFont={font}\n\n[General]\nName={name}\nParent=FALLBACK/\n"
          "TerminalColumns=100\nTerminalRows=30\n\n[Scrolling]\nScrollBarPosition=2\n")


@scene("s01", "terminal")
def s01_konsole_ls(wd):
    d = wd / "invoices_2024"
    files = [("INV-2024-0311_Kowalski.pdf", 48213, "2024-03-11 10:42"),
             ("INV-2024-0312_Nakamura.pdf", 51877, "2024-03-12 16:05"),
             ("INV-2024-0318_Okafor.pdf", 47390, "2024-03-18 09:27"),
             ("INV-2024-0402_Lindqvist.pdf", 62104, "2024-04-02 14:51"),
             ("march_summary.xlsx", 18944, "2024-04-01 08:03"),
             ("reminder_template.docx", 23561, "2023-11-20 11:15")]
    d.mkdir(parents=True)
    for n, size, when in files:
        with open(d / n, "wb") as f:
            f.truncate(size)
        touch(d / n, when)
    rng = random.Random(SEED + 1)
    rows = ["date,invoice,customer,amount_eur"]
    custs = ["Kowalski", "Nakamura", "Okafor", "Lindqvist", "Haddad", "Moreau"]
    for i in range(213):
        rows.append(f"2024-03-{1 + i % 28:02d},INV-{1000 + i},{rng.choice(custs)},{rng.randint(40, 4000)}.{rng.randint(0, 99):02d}")
    write(d / "payment_log.csv", "\n".join(rows) + "\n", "2024-04-03 17:38")
    (d / "scans").mkdir()
    touch(d / "scans", "2024-03-29 12:00")
    nlines = len(rows)
    konsole_profile("St8Dark", "DarkPastels", "DejaVu Sans Mono,12,-1,5,50,0,0,0,0,0")
    prompt = "marta@ledger-01:~/invoices_2024$ "
    script = fake_session(["ls -l --time-style=long-iso", "wc -l payment_log.csv"], prompt, wd / "session.sh")
    img = run_app(["konsole", "--profile", "St8Dark", "--hide-menubar", "--hide-tabbar", "--workdir", str(d),
                   "-e", script], "Konsole|bash|session", "s01_konsole_ls.png", size=(980, 560), cwd=d)
    pdfs = [f for f in files if f[0].endswith(".pdf")]
    newest_pdf = max(pdfs, key=lambda f: f[2])[0]
    tmpl = files[-1]
    q = [Q("hey quick one, how big is march_summary.xlsx in bytes?", files[4][1], "number", "file size", True),
         Q("which of the invoice PDFs was modified most recently?", newest_pdf, "text", "most recent file", True),
         Q("How many PDF files are in that folder listing?", len(pdfs), "count", "count by extension", False),
         Q("according to wc, how many lines does the payment log have?", nlines, "number", "command output value", True),
         Q("when was the reminder template last changed? just the date", tmpl[2].split()[0], "date", "file date", True)]
    return img, q


# ---- s02 tilix: git log + status
GIT_ENV = {"GIT_CONFIG_GLOBAL": "/dev/null"}


def make_repo(path, commits, branch_at=None, branch=None, tags=None):
    """commits: (author, email, date, message, {file: content})."""
    path.mkdir(parents=True, exist_ok=True)
    e = dict(ENV, **GIT_ENV)
    run = lambda *a: subprocess.run(["git", *a], cwd=path, env=e, check=True, capture_output=True, text=True).stdout
    run("init", "-q", "-b", "main")
    hashes = []
    for i, (author, email, date, msg, changes) in enumerate(commits):
        if branch and i == branch_at:
            run("checkout", "-q", "-b", branch)
        for fn, content in changes.items():
            write(path / fn, content)
            run("add", fn)
        env2 = dict(e, GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=author,
                    GIT_COMMITTER_EMAIL=email, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "commit", "-q", "-m", msg], cwd=path, env=env2, check=True)
        hashes.append(run("rev-parse", "--short=7", "HEAD").strip())
        for t, at in (tags or {}).items():
            if at == i:
                subprocess.run(["git", "tag", "-a", t, "-m", t], cwd=path, env=env2, check=True)
    return hashes


@scene("s02", "terminal")
def s02_tilix_git(wd):
    repo = wd / "orbit-billing"
    people = {"Amara Nwosu": "amara@orbit.dev", "Jonas Becker": "jonas@orbit.dev", "Luis Ortega": "luis@orbit.dev",
              "Priya Raghunathan": "priya@orbit.dev", "Mei Tanaka": "mei@orbit.dev"}
    log = [("Amara Nwosu", "2024-01-08T10:12:00", "Initial invoice model"),
           ("Jonas Becker", "2024-01-15T14:40:00", "Add PDF export for invoices"),
           ("Amara Nwosu", "2024-01-22T09:05:00", "Handle multi-currency totals"),
           ("Priya Raghunathan", "2024-02-02T16:20:00", "Bump reportlab to 4.0.9"),
           ("Luis Ortega", "2024-02-09T11:48:00", "Fix VAT rounding on partial refunds"),
           ("Jonas Becker", "2024-02-13T13:30:00", "Add customer reference to header"),
           ("Mei Tanaka", "2024-02-20T08:55:00", "Cache exchange rates for 24h"),
           ("Priya Raghunathan", "2024-02-27T17:02:00", "Round line items before summing tax")]
    commits = []
    for i, (a, d, m) in enumerate(log):
        commits.append((a, people[a], d + "+01:00", m, {f"src/mod{i}.py": f"# {m}\n", "src/tax.py": f"RATE = {i}\n",
                                                         "tests/test_tax.py": f"# t{i}\n"}))
    hashes = make_repo(repo, commits, branch_at=4, branch="feature/vat-rounding")
    write(repo / "src/tax.py", "RATE = 0.21\n")
    write(repo / "tests/test_tax.py", "# pending\n")
    write(repo / "notes/rounding.md", "# notes\n")
    prompt = "luis@devbox ~/orbit-billing $ "
    script = fake_session(["git log --date=short --format='%h  %ad  %<(18)%an %s' -8", "git status"],
                          prompt, wd / "session.sh")
    img = run_app(["dbus-run-session", "tilix", "--working-directory", str(repo), "-e", script],
                  "Tilix|bash|session|orbit", "s02_tilix_git.png", size=(1000, 620), cwd=repo)
    cache = [h for h, l in zip(hashes, log) if l[2].startswith("Cache exchange")][0]
    luis = [l for l in log if l[0] == "Luis Ortega"][0]
    q = [Q("what branch am I on right now?", "feature/vat-rounding", "code", "current branch", True),
         Q("who made the most recent commit here?", log[-1][0], "person", "latest commit author", True),
         Q("When did Luis commit the VAT rounding fix?", luis[1][:10], "date", "commit date", True),
         Q("how many files does git status list as modified (not counting untracked)?", 2, "count", "count modified", False),
         Q("short hash of the commit that caches exchange rates?", cache, "code", "commit hash", True)]
    return img, q


# ---- s03 konsole light: python traceback
@scene("s03", "terminal")
def s03_konsole_traceback(wd):
    d = wd / "shop-tools"
    src = '''import json
import sys

REQUIRED = ("id", "customer", "total")


def parse_order(raw):
    order = {k: raw[k] for k in REQUIRED}
    order["currency"] = raw["currency"].upper()
    order["total"] = round(float(order["total"]), 2)
    return order


def main(path):
    with open(path) as f:
        data = json.load(f)
    done = 0
    for raw in data["orders"]:
        order = parse_order(raw)
        done += 1
        if done % 10 == 0:
            print(f"  ... {done} orders imported")
    print(f"Imported {done} orders")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    write(d / "import_orders.py", src)
    rng = random.Random(SEED + 3)
    orders = []
    bad_at = 37
    for i in range(60):
        o = {"id": f"SO-{5100 + i}", "customer": rng.choice(["Haddad", "Ivanova", "Moreau", "Silva"]),
             "total": f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}", "currency": "eur"}
        if i == bad_at:
            del o["currency"]
        orders.append(o)
    write(d / "orders_march.json", json.dumps({"orders": orders}, indent=1))
    konsole_profile("St8Light", "BlackOnWhite", "Liberation Mono,12,-1,5,50,0,0,0,0,0")
    prompt = "dan@shop-tools:~$ "
    script = fake_session([f"python3 import_orders.py orders_march.json"], prompt, wd / "session.sh")
    img = run_app(["konsole", "--profile", "St8Light", "--hide-menubar", "--hide-tabbar", "--workdir", str(d),
                   "-e", script], "Konsole|bash|session", "s03_konsole_traceback.png", size=(1040, 480), cwd=d)
    line = [i for i, l in enumerate(src.splitlines(), 1) if 'raw["currency"]' in l][0]
    q = [Q("what error did my import script die with?", "KeyError: 'currency'", "error", "error message", True),
         Q("which line number in import_orders.py raised it?", line, "number", "error line", True),
         Q("in which function did it fail?", "parse_order", "code", "failing function", True),
         Q("How many orders had been imported at the last progress line before the crash?", (bad_at // 10) * 10,
           "number", "progress value", True)]
    return img, q

#@SCENES@


def main():
    only = set(sys.argv[1:])
    IMAGES.mkdir(exist_ok=True)
    manifest = HERE / "manifest.jsonl"
    old = {}
    if only and manifest.exists():
        for line in manifest.read_text().splitlines():
            r = json.loads(line)
            old.setdefault(r["scene"], []).append(r)
    results = {}
    with Xvfb():
        for sid, (cat, fn) in SCENES.items():
            if only and sid not in only:
                results[sid] = old.get(sid, [])
                continue
            random.seed(f"{SEED}-{sid}")
            if HOME.exists():
                shutil.rmtree(HOME)
            for d in ("run", ".config", ".local/share", ".cache"):
                (HOME / d).mkdir(parents=True, exist_ok=True)
            os.chmod(HOME / "run", 0o700)
            wd = WORK / sid
            if wd.exists():
                shutil.rmtree(wd)
            wd.mkdir(parents=True)
            t0 = time.time()
            image, qs = fn(wd)
            print(f"{sid} {cat:14s} {image} {len(qs)} q  {time.time() - t0:.1f}s", flush=True)
            results[sid] = [dict(scene=sid, image=f"images/{image}", category=cat, **q) for q in qs]
    rows = [r for sid in SCENES for r in results.get(sid, [])]
    with manifest.open("w") as f:
        for i, r in enumerate(rows, 1):
            out = {"id": f"s8-{i:04d}", "image": r["image"], "question": r["question"], "answer": r["answer"],
                   "answer_type": r["answer_type"], "category": r["category"], "intent": r["intent"],
                   "literal": r["literal"], "scene": r["scene"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items, {len({r['image'] for r in rows})} images")


if __name__ == "__main__":
    main()
