#!/usr/bin/python3
"""screens_test19: fresh held-out screenshots of real Debian apps.

Run as root:  /usr/bin/python3 build.py [window-name ...]
Creates fake data under /tmp/s19 (home of user "dana"), launches each app on
Xvfb :71 (openbox), captures images/*.png and writes manifest.jsonl.
Every gold is computed here from the data created / the commands run.
"""
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess as sp
import sys
import time

SEED = 5189
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
ROOT = "/tmp/s19"
HOME = f"{ROOT}/home/dana"
LOGS = f"{ROOT}/logs"
DISP = ":71"
VPY = "/work/main/.venv/bin/python"
SYSPY = "/usr/bin/python3"
ENV = dict(os.environ, DISPLAY=DISP, HOME=HOME, LANG="C.UTF-8", LC_ALL="C.UTF-8",
           NO_AT_BRIDGE="1", GTK_A11Y="none", XDG_RUNTIME_DIR=f"{ROOT}/run", XDG_CONFIG_HOME=f"{HOME}/.config",
           XDG_DATA_HOME=f"{HOME}/.local/share", XDG_CACHE_HOME=f"{HOME}/.cache")
ENV.pop("PYTHONPATH", None)
PROCS = []
QUESTIONS = []   # (image, question, answer, type, category, intent, literal)


def T(y, mo, d, h=0, mi=0, s=0):
    return dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone.utc).timestamp()


def sh(cmd, **kw):
    return sp.run(cmd, shell=True, check=True, capture_output=True, text=True, env=ENV, **kw).stdout


def launch(cmd, cwd=None, env=None):
    p = sp.Popen(["nice", "-n", "19"] + cmd, cwd=cwd, env=env or ENV,
                 stdout=sp.DEVNULL, stderr=open(f"{LOGS}/app_{len(PROCS)}.err", "w"),
                 start_new_session=True)
    PROCS.append(p)
    return p


def kill(p):
    try:
        os.killpg(p.pid, 15)
    except ProcessLookupError:
        pass


def find_window(name, timeout=60):
    t0 = time.time()
    while time.time() - t0 < timeout:
        r = sp.run(["xdotool", "search", "--onlyvisible", "--name", name], env=ENV,
                   capture_output=True, text=True)
        ids = r.stdout.split()
        if ids:
            return ids[-1]
        time.sleep(0.5)
    raise RuntimeError(f"window {name!r} not found")


def frame_of(wid):
    w = int(wid)
    while True:
        out = sp.run(["xwininfo", "-tree", "-id", str(w)], env=ENV, capture_output=True, text=True).stdout
        m = re.search(r"Parent window id: (0x[0-9a-f]+)( \(the root window\))?", out)
        if not m or m.group(2):
            return w
        w = int(m.group(1), 16)


def geom(w):
    out = sp.run(["xwininfo", "-id", str(w)], env=ENV, capture_output=True, text=True).stdout
    g = {k: int(re.search(rf"{k}:\s+(-?\d+)", out).group(1))
         for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
    return g["Absolute upper-left X"], g["Absolute upper-left Y"], g["Width"], g["Height"]


def place(wid, x=30, y=30, w=None, h=None):
    sp.run(["xdotool", "windowactivate", "--sync", wid], env=ENV, capture_output=True)
    if w:
        sp.run(["xdotool", "windowsize", "--sync", wid, str(w), str(h)], env=ENV, capture_output=True)
    sp.run(["xdotool", "windowmove", "--sync", wid, str(x), str(y)], env=ENV, capture_output=True)


def capture(wid, name):
    f = frame_of(wid)
    x, y, w, h = geom(f)
    x, y = max(x, 0), max(y, 0)
    w, h = min(w, 1280 - x), min(h, 800 - y)
    path = f"{IMG}/{name}.png"
    sp.run(["import", "-display", DISP, "-window", "root", "-crop", f"{w}x{h}+{x}+{y}", "+repage", path],
           env=ENV, check=True)
    return f"images/{name}.png"


def Q(image, question, answer, atype, category, intent, literal):
    QUESTIONS.append(dict(image=image, question=question, answer=str(answer), answer_type=atype,
                          category=category, intent=intent, literal=bool(literal)))


def write(path, text, mtime=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mtime:
        os.utime(path, (mtime, mtime))


def blob(path, size, mtime, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(min(size, 4096))) * (size // 4096 + 1))
        f.truncate(size)
    os.utime(path, (mtime, mtime))


def strip_ansi(s):
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07|\r", "", s)


PROMPT_DARK = r"\e[1;32mdana@atlas\e[0m:\e[1;34m%s\e[0m$ "
PROMPT_LIGHT = r"\e[1;32mdana@atlas\e[0m:\e[1;34m%s\e[0m$ "


def terminal(name, title, theme, cwd, shown_dir, cmds, cols=100, rows=34, extra_wait=1.5):
    """cmds: list of (shown_command, actual_command). Output of each is saved in LOGS/name_i.txt"""
    lines = ["#!/bin/bash", f"cd {cwd}", "export GIT_PAGER=cat PAGER=cat COLUMNS=%d" % cols]
    prompt = (PROMPT_DARK if theme == "dark" else PROMPT_LIGHT) % shown_dir
    for i, (shown, actual) in enumerate(cmds):
        shown_q = shown.replace("'", "'\\''")
        lines.append(f"printf '{prompt}%s\\n' '{shown_q}'")
        if actual.startswith("exec "):
            lines = [l for l in lines if not l.startswith("printf")]
            lines.append(f"touch {LOGS}/{name}.done")
            lines.append(actual)
            continue
        lines.append(f"( {actual} ) 2>&1 | tee {LOGS}/{name}_{i}.txt; echo ${{PIPESTATUS[0]}} > {LOGS}/{name}_{i}.rc")
    lines.append(f"printf '{prompt}'")
    lines.append(f"touch {LOGS}/{name}.done")
    lines.append("exec sleep 100000")
    script = f"{ROOT}/{name}.sh"
    write(script, "\n".join(lines) + "\n")
    if os.path.exists(f"{LOGS}/{name}.done"):
        os.remove(f"{LOGS}/{name}.done")
    p = launch([SYSPY, f"{HERE}/term.py", title, theme, str(cols), str(rows), cwd, "/bin/bash", script])
    wid = find_window(re.escape(title).replace("\\ ", " ").replace("\\~", "~"))
    place(wid)
    t0 = time.time()
    while not os.path.exists(f"{LOGS}/{name}.done") and time.time() - t0 < 90:
        time.sleep(0.5)
    time.sleep(extra_wait)
    img = capture(wid, name)
    kill(p)
    outs = [strip_ansi(open(f"{LOGS}/{name}_{i}.txt").read()) if os.path.exists(f"{LOGS}/{name}_{i}.txt") else ""
            for i in range(len(cmds))]
    rcs = [int(open(f"{LOGS}/{name}_{i}.rc").read()) if os.path.exists(f"{LOGS}/{name}_{i}.rc") else None
           for i in range(len(cmds))]
    return img, outs, rcs


def human(n):
    """du -h / ls -h style size"""
    for unit in ["", "K", "M", "G"]:
        if n < 1024 or unit == "G":
            return f"{n}{unit}" if unit == "" else None
        n /= 1024


# ---------------------------------------------------------------- windows
def w_term_ls(rng):
    proj = f"{HOME}/projects/atlas"
    shutil.rmtree(proj, ignore_errors=True)
    files = {"README.md": 4318, "Makefile": 1187, "requirements.txt": 243, "setup.cfg": 912,
             "atlas.db": 2_883_584, "report_q3.pdf": 418_906, "logo.png": 57_344, "notes.txt": 6021,
             "CHANGELOG.md": 15_770}
    base = T(2026, 9, 1, 8, 0)
    mt = {}
    for i, (f, size) in enumerate(sorted(files.items())):
        m = base + rng.randint(0, 80) * 86400 + rng.randint(0, 600) * 60
        mt[f] = m
        blob(f"{proj}/{f}", size, m, rng)
    dirsz = {"src": (14, 40_000), "tests": (9, 12_000), "data": (6, 1_900_000), "docs": (5, 90_000),
             "scripts": (3, 7000)}
    for d, (n, avg) in dirsz.items():
        for k in range(n):
            blob(f"{proj}/{d}/f{k:02d}.bin", int(avg * rng.uniform(0.5, 1.5)), base, rng)
        m = base + rng.randint(0, 80) * 86400 + rng.randint(0, 600) * 60
        os.utime(f"{proj}/{d}", (m, m))
        mt[d] = m
    img, outs, rcs = terminal("term_ls", "dana@atlas: ~/projects/atlas", "dark", proj, "~/projects/atlas",
                              [("ls -l --time-style=long-iso", "ls -l --color=always --time-style=long-iso"),
                               ("du -sh */ | sort -h", "du -sh */ | sort -h")], rows=30)
    big = max(files, key=files.get)
    small = min(files, key=files.get)
    nm = dt.datetime.fromtimestamp(mt["notes.txt"], dt.timezone.utc).strftime("%Y-%m-%d %H:%M")
    du = [l.split() for l in outs[1].strip().splitlines()]
    dmax = du[-1][1].rstrip("/")
    dsz = {d.rstrip("/"): s for s, d in du}
    newest = max(files, key=lambda f: mt[f])
    c = "terminal"
    Q(img, "which file in this listing is the biggest?", big, "text", c, "largest", True)
    Q(img, "when was notes.txt last modified", nm, "time", c, "value_at_label", True)
    Q(img, "How many subdirectories are in my atlas folder?", len(dirsz), "count", c, "count", False)
    # (dropped) Q(img, "exact byte size of atlas.db?", files["atlas.db"], "number", c, "cell", True)
    Q(img, "according to du which folder takes the most space", dmax, "text", c, "largest", True)
    Q(img, "what size does du report for tests/?", dsz["tests"], "text", c, "value_at_label", True)
    Q(img, "Which regular file did I touch most recently?", newest, "text", c, "most_recent", True)


def git(repo, *args, env=None):
    return sp.run(["git", "-C", repo] + list(args), check=True, capture_output=True, text=True,
                  env=env or ENV).stdout


def w_term_git(rng):
    repo = f"{HOME}/projects/ledgerlite"
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    authors = [("Priya Raman", "priya@ledgerlite.dev"), ("Tomasz Wilk", "tomasz@ledgerlite.dev"),
               ("Aiko Mori", "aiko@ledgerlite.dev"), ("Dana Fischer", "dana@ledgerlite.dev")]
    subjects = ["Initial import of ledger parser", "Add CSV export for accounts", "Fix rounding in VAT totals",
                "Bump version to 0.4.0", "Handle empty memo fields", "Add --since flag to report command",
                "Refactor currency formatting", "Speed up balance recalculation", "Document config options",
                "Fix crash on duplicate account names"]
    t = T(2026, 10, 3, 9, 15)
    for i, s in enumerate(subjects):
        a = authors[rng.randrange(len(authors))]
        t += rng.randint(1, 4) * 86400 + rng.randint(0, 500) * 60
        d = dt.datetime.fromtimestamp(t, dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S+0000")
        write(f"{repo}/ledger/mod{i % 4}.py", f"# {s}\nVERSION = '0.{i}'\n")
        git(repo, "add", "-A")
        e = dict(ENV, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=d, GIT_COMMITTER_DATE=d)
        git(repo, "commit", "-q", "-m", s, env=e)
    git(repo, "checkout", "-q", "-b", "feature/vat-report")
    write(f"{repo}/ledger/mod1.py", "# changed\nVERSION = '0.11'\n")
    write(f"{repo}/ledger/mod3.py", "# changed\nVERSION = '0.12'\n")
    write(f"{repo}/README.md", "# ledgerlite\n")
    git(repo, "add", "README.md")
    write(f"{repo}/notes/todo.txt", "vat\n")
    write(f"{repo}/scratch.py", "print(1)\n")
    img, outs, rcs = terminal("term_git", "dana@atlas: ~/projects/ledgerlite", "light", repo,
                              "~/projects/ledgerlite",
                              [("git log --format='%h %ad %<(13)%an %s' --date=short",
                                "git -c color.ui=always log --format='%C(yellow)%h%Creset %ad %<(13)%an %s' --date=short"),
                               ("git status", "git -c color.status=always status")], rows=36)
    log = [l for l in outs[0].strip().splitlines()]
    rows = []
    for l in log:
        m = re.match(r"(\w{7}) (\S+) (.{13}) (.*)", l)
        rows.append((m.group(1), m.group(2), m.group(3).strip(), m.group(4)))
    by_subj = {r[3]: r for r in rows}
    status = outs[1]
    modified = len(re.findall(r"^\s+modified:", status, re.M))
    untracked_block = status.split("Untracked files:")[1]
    untracked = [l.strip() for l in untracked_block.splitlines()[2:] if l.startswith("\t")]
    branch = re.search(r"On branch (\S+)", status).group(1)
    staged = "Changes to be committed" in status
    c = "terminal"
    s1 = "Fix rounding in VAT totals"
    Q(img, f"who wrote the '{s1}' commit?", by_subj[s1][2], "person", c, "who", True)
    Q(img, "What date was the latest commit made?", rows[0][1], "date", c, "most_recent", True)
    Q(img, "which branch am i on", branch, "text", c, "value_at_label", True)
    Q(img, "how many files show as modified but not staged?", modified, "count", c, "count", False)
    # (dropped) Q(img, "Do I have anything staged for commit right now?", "yes" if staged else "no", "yesno", c, "yes_no", False)
    Q(img, "short hash of the very first commit in the log (the oldest)?", rows[-1][0], "code", c, "first_last", True)
    nt = sum(1 for r in rows if r[2] == "Tomasz Wilk")
    Q(img, "how many of these commits are by Tomasz Wilk", nt, "count", c, "count", False)


def w_term_pytest(rng):
    proj = f"{HOME}/projects/invoicer"
    shutil.rmtree(proj, ignore_errors=True)
    write(f"{proj}/invoicer.py", """def total(lines, vat=0.2):
    net = sum(q * p for q, p in lines)
    return round(net * (1 + vat), 2)


def parse_qty(s):
    return int(s.strip())


def slug(name):
    return name.lower().replace(" ", "-")
""")
    write(f"{proj}/tests/test_invoicer.py", """import pytest
from invoicer import total, parse_qty, slug


def test_total_basic():
    assert total([(2, 10.0)]) == 24.0


def test_total_no_vat():
    assert total([(1, 9.99)], vat=0) == 9.99


def test_total_rounding():
    assert total([(3, 0.333)]) == 1.2


def test_parse_qty_spaces():
    assert parse_qty(" 7 ") == 7


def test_parse_qty_decimal():
    assert parse_qty("2.5") == 2


def test_slug():
    assert slug("Acme Tools Ltd") == "acme-tools-ltd"


@pytest.mark.skip(reason="needs network")
def test_upload():
    pass


def test_slug_unicode():
    assert slug("Café Noir") == "cafe-noir"
""")
    img, outs, rcs = terminal("term_pytest", "dana@atlas: ~/projects/invoicer", "dark", proj,
                              "~/projects/invoicer",
                              [("python -m pytest -q -p no:cacheprovider tests/",
                                f"PYTHONPATH=. {VPY} -m pytest -q -p no:cacheprovider --color=yes tests/"),
                               ("echo $?", f"cat {LOGS}/term_pytest_0.rc")], rows=40, cols=104)
    out = outs[0]
    summ = out.strip().splitlines()[-1]
    nfail = int(re.search(r"(\d+) failed", summ).group(1))
    npass = int(re.search(r"(\d+) passed", summ).group(1))
    fails = re.findall(r"FAILED tests/test_invoicer.py::(\w+)", out)
    c = "terminal"
    # rc of pytest shown via the second command: we print it explicitly below
    Q(img, "how many tests failed?", nfail, "count", c, "count", True)
    Q(img, "How many passed", npass, "count", c, "count", True)
    Q(img, "did my test run pass?", "no" if nfail else "yes", "yesno", c, "yes_no", False)
    Q(img, "which test is the first one listed as FAILED in the summary?", fails[0], "code", c, "first_last", True)
    Q(img, "what's the exit status that echo printed", rcs[0], "number", c, "error", True)
    skip = re.search(r"(\d+) skipped", summ)
    Q(img, "were any tests skipped? how many", skip.group(1) if skip else 0, "count", c, "count", True)
    return out, rcs


def w_term_trace(rng):
    proj = f"{HOME}/projects/bankimport"
    os.makedirs(f"{proj}/scripts", exist_ok=True)
    src = """import csv
import sys


def parse_row(row):
    return {
        "date": row["date"],
        "payee": row["payee"].strip(),
        "amount": float(row["amount"]),
    }


def main(path):
    with open(path, newline="") as f:
        rows = [parse_row(r) for r in csv.DictReader(f)]
    print(f"imported {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1])
"""
    write(f"{proj}/scripts/import_csv.py", src)
    write(f"{proj}/bank_oct.csv", "date,payee,amt\n2026-10-02,Grocer,-41.20\n")
    # fake long-running processes with set names and memory
    bindir = f"{ROOT}/bin"
    os.makedirs(bindir, exist_ok=True)
    mem = {"atlas-indexer": 180, "atlas-web": 64, "atlas-thumbs": 120, "atlas-mailer": 24}
    for n, mb in mem.items():
        shutil.copy("/usr/bin/python3.11", f"{bindir}/{n}")
        launch([f"{bindir}/{n}", "-c", f"import time; b = b'\\x01' * ({mb} << 20); time.sleep(100000)"],
               env=dict(ENV, PYTHONHOME="/usr"))
    time.sleep(4)
    img, outs, rcs = terminal("term_trace", "dana@atlas: ~/projects/bankimport", "light", proj, "~/projects/bankimport",
                              [("python3 scripts/import_csv.py bank_oct.csv",
                                f"{SYSPY} scripts/import_csv.py bank_oct.csv"),
                               ("ps -o pid,rss,comm -C " + ",".join(mem),
                                "ps -o pid,rss,comm -C " + ",".join(mem))], rows=28)
    tb = outs[0].strip().splitlines()
    err = tb[-1]
    line_no = src.splitlines().index('        "amount": float(row["amount"]),') + 1
    ps = [l.split() for l in outs[1].strip().splitlines()[1:]]
    rss = {r[2]: int(r[1]) for r in ps}
    top = max(rss, key=rss.get)
    low = min(rss, key=rss.get)
    c = "terminal"
    Q(img, "what error did my import script crash with?", err, "error", c, "error", True)
    Q(img, "which line of import_csv.py blew up", line_no, "number", c, "error", True)
    Q(img, "In which function did the exception happen?", "parse_row", "code", c, "error", True)
    Q(img, "which of the atlas processes is using the most memory (RSS)?", top, "text", c, "largest", True)
    Q(img, "RSS of atlas-web in KB?", rss["atlas-web"], "number", c, "cell", True)
    Q(img, "how many processes did ps list", len(ps), "count", c, "count", False)
    # (dropped) Q(img, "smallest memory user among them", low, "text", c, "smallest", True)


def w_nvim_code(rng):
    proj = f"{HOME}/projects/atlas/src"
    src = '''"""Monthly report generation for atlas."""
import csv
import statistics
from pathlib import Path

MAX_RETRIES = 4
REPORT_DIR = Path("reports")
CURRENCY = "EUR"


def load_rows(path):
    """Read the exported CSV into dicts."""
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def summarize(rows, threshold=250.0):
    totals = {}
    for row in rows:
        cat = row["category"]
        totals[cat] = totals.get(cat, 0.0) + float(row["amount"])
    big = {k: v for k, v in totals.items() if abs(v) >= threshold}
    return totals, big


def median_spend(rows):
    values = [abs(float(r["amount"])) for r in rows]
    return statistics.median(values) if values else 0.0


def write_report(totals, out_name="monthly.txt"):
    REPORT_DIR.mkdir(exist_ok=True)
    target = REPORT_DIR / out_name
    with open(target, "w") as fh:
        for cat, value in sorted(totals.items()):
            fh.write(f"{cat:<20}{value:>10.2f} {CURRENCY}\\n")
    return target


def main():
    rows = load_rows("export.csv")
    totals, big = summarize(rows)
    print("categories:", len(totals), "large:", len(big))
    write_report(totals)


if __name__ == "__main__":
    main()
'''
    write(f"{proj}/report.py", src)
    lines = src.splitlines()
    img, outs, rcs = terminal("nvim_code", "report.py (~/projects/atlas/src) - NVIM", "dark", proj, "",
                              [("", "exec nvim -u NONE -i NONE -c 'set number ruler laststatus=2 title titlestring=report.py\\ (~/projects/atlas/src)\\ -\\ NVIM' -c 'syntax on' report.py")],
                              rows=40, cols=96, extra_wait=4)
    ln = lambda pfx: next(i + 1 for i, l in enumerate(lines) if l.startswith(pfx))
    c = "code_editor"
    Q(img, "what line does summarize start on?", ln("def summarize"), "number", c, "line_of_function", True)
    Q(img, "line number of def write_report", ln("def write_report"), "number", c, "line_of_function", True)
    Q(img, "What's MAX_RETRIES set to in this file?", "4", "number", c, "value_at_label", True)
    Q(img, "which file have I got open in the editor", "report.py", "text", c, "window_title", True)
    Q(img, "what currency is configured at the top", "EUR", "text", c, "value_at_label", True)
    Q(img, "default threshold for summarize()?", "250.0", "number", c, "value_at_label", True)
    Q(img, "what does median_spend return if there are no values?", "0.0", "number", c, "value_at_label", True)


def w_nvim_diff(rng):
    d = f"{HOME}/etc"
    old = {"host": "0.0.0.0", "port": "8080", "workers": "4", "timeout": "30", "log_level": "info",
           "cache_dir": "/var/cache/atlas", "max_upload_mb": "25", "tls": "off", "backup_hour": "02"}
    new = dict(old, port="8443", workers="6", tls="on", max_upload_mb="25", timeout="45")
    keys = list(old)
    write(f"{d}/atlas.conf.orig", "[server]\n" + "".join(f"{k} = {old[k]}\n" for k in keys))
    write(f"{d}/atlas.conf", "[server]\n" + "".join(f"{k} = {new[k]}\n" for k in keys))
    img, outs, rcs = terminal("nvim_diff", "atlas.conf.orig vs atlas.conf - NVIM", "light", d, "",
                              [("", "exec nvim -u NONE -i NONE -c 'set title titlestring=atlas.conf.orig\\ vs\\ atlas.conf\\ -\\ NVIM' -c 'set background=light' -d atlas.conf.orig atlas.conf")],
                              rows=24, cols=110, extra_wait=4)
    changed = [k for k in keys if old[k] != new[k]]
    c = "diff_tool"
    Q(img, "what did the port change to in the new config?", new["port"], "number", c, "value_at_label", True)
    Q(img, "old timeout value (left side)", old["timeout"], "number", c, "cell", True)
    Q(img, "How many settings differ between the two files?", len(changed), "count", c, "count", False)
    Q(img, "is tls turned on in atlas.conf (the right one)?", "yes" if new["tls"] == "on" else "no", "yesno", c, "yes_no", False)
    Q(img, "did max_upload_mb change", "no", "yesno", c, "yes_no", False)
    Q(img, "worker count went from what to what?", f"{old['workers']} to {new['workers']}", "text", c, "difference", False)


def w_abook(rng):
    people = [("Marta Kowalczyk", "marta.k@fastpost.example", "+48 512 330 118"),
              ("Jonas Weber", "jonas.weber@northwind.example", "+49 30 5550 1942"),
              ("Leila Haddad", "leila@haddad-design.example", "+33 6 71 20 44 09"),
              ("Ben Okafor", "ben.okafor@uni-leeds.example", "+44 113 496 0721"),
              ("Sofia Marques", "sofia.marques@correio.example", "+351 912 004 553"),
              ("Kenji Sato", "k.sato@shinrai.example", "+81 90 4821 7730"),
              ("Ana Petrovic", "ana.p@mreza.example", "+381 64 228 9015"),
              ("Oskar Lindqvist", "oskar@lindqvist.example", "+46 70 331 58 62"),
              ("Grace Mwangi", "grace.mwangi@savanna.example", "+254 722 418 306")]
    people.sort()
    text = "# abook addressbook file\n\n[format]\nprogram=abook\nversion=0.6.1\n\n"
    for i, (n, e, p) in enumerate(people):
        text += f"\n[{i}]\nname={n}\nemail={e}\nmobile={p}\n"
    write(f"{HOME}/.abook/addressbook", text)
    write(f"{HOME}/.abook/abookrc", "set index_format=\" {name:22} {email:34} {mobile:18}\"\n")
    img, outs, rcs = terminal("abook", "abook - addressbook", "dark", HOME, "",
                              [("", f"exec abook --config {HOME}/.abook/abookrc --datafile {HOME}/.abook/addressbook")],
                              rows=22, cols=100, extra_wait=3)
    c = "tui"
    d = {n: (e, p) for n, e, p in people}
    Q(img, "what's Kenji Sato's email", d["Kenji Sato"][0], "text", c, "value_at_label", True)
    Q(img, "How many contacts are in my address book?", len(people), "count", c, "count", True)
    Q(img, "Leila's mobile number?", d["Leila Haddad"][1], "text", c, "cell", True)
    Q(img, "who's the last contact in the list", people[-1][0], "person", c, "first_last", True)
    Q(img, "which contact is highlighted right now?", people[0][0], "person", c, "selected", True)
    Q(img, "whose email is at northwind.example?", "Jonas Weber", "person", c, "who", True)


def w_ghostwriter(rng):
    items = [("Flights", 684.00), ("Hotel (4 nights)", 512.40), ("Rail pass", 129.00), ("Food", 260.00),
             ("Museum tickets", 58.50)]
    total = sum(v for _, v in items)
    md = "# Lisbon trip plan\n\nDates: **14–18 May 2027**. Travellers: Dana and Sam.\n\n## Budget\n\n"
    md += "| Item | Cost (EUR) |\n|---|---:|\n" + "".join(f"| {k} | {v:.2f} |\n" for k, v in items)
    md += f"| **Total** | **{total:.2f}** |\n\n## To book\n\n- [x] Flights\n- [x] Hotel\n- [ ] Rail pass\n- [ ] Fado night\n\n"
    md += "## Notes\n\nCheck-in at the hotel opens at 15:00. Ask about late checkout on the 18th.\n"
    write(f"{HOME}/Documents/lisbon-trip.md", md)
    shutil.rmtree(f"{HOME}/.config/ghostwriter", ignore_errors=True)
    p = launch(["ghostwriter", f"{HOME}/Documents/lisbon-trip.md"], env=dict(ENV, QT_QPA_PLATFORM="xcb", QTWEBENGINE_DISABLE_SANDBOX="1",
                                                                            QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox --disable-gpu"))
    wid = find_window("lisbon-trip")
    place(wid, 20, 20, 1180, 740)
    time.sleep(5)
    img = capture(wid, "ghostwriter")
    kill(p)
    c = "text_editor"
    Q(img, "what's the file i'm editing called", "lisbon-trip.md", "text", c, "window_title", True)
    Q(img, "how much is the hotel in my budget table", "512.40", "money", c, "cell", True)
    Q(img, "what's the most expensive item?", max(items, key=lambda x: x[1])[0], "text", c, "largest", True)
    Q(img, "Total of the budget?", f"{total:.2f}", "money", c, "value_at_label", True)
    Q(img, "how many to-do items are still unchecked", 2, "count", c, "count", False)
    # (dropped) Q(img, "what time does hotel check-in open", "15:00", "time", c, "value_at_label", True)
    Q(img, "How much more are flights than the hotel?", f"{684.00 - 512.40:.2f}", "money", c, "difference", False)



def app_window(name, cmd, title_re, size=None, wait=5, env=None, pos=(20, 20), cwd=None, by="name"):
    p = launch(cmd, env=env, cwd=cwd)
    if by == "class":
        t0 = time.time()
        wid = None
        while time.time() - t0 < 60 and not wid:
            r = sp.run(["xdotool", "search", "--onlyvisible", "--class", title_re], env=ENV,
                       capture_output=True, text=True).stdout.split()
            wid = r[-1] if r else None
            time.sleep(0.5)
        if not wid:
            raise RuntimeError("no window " + title_re)
    else:
        wid = find_window(title_re)
    time.sleep(1)
    if size:
        place(wid, pos[0], pos[1], *size)
    else:
        place(wid, *pos)
    time.sleep(wait)
    img = capture(wid, name)
    return p, img


def w_qdirstat(rng):
    base = f"{HOME}/Pictures"
    shutil.rmtree(base, ignore_errors=True)
    spec = {"2024-iceland": 7, "2025-porto": 11, "2026-garden": 4, "screenshots": 9, "scans": 3}
    counts = {}
    for d, n in spec.items():
        for k in range(n):
            ext = "png" if d == "screenshots" else ("pdf" if d == "scans" else "jpg")
            m = T(2026, 3, 1) + rng.randint(0, 200) * 86400 + rng.randint(0, 1400) * 60
            blob(f"{base}/{d}/IMG_{k + 1:04d}.{ext}", rng.randint(200_000, 3_500_000), m, rng)
        counts[d] = n
    shutil.rmtree(f"{HOME}/.config/QDirStat", ignore_errors=True)
    p, img = app_window("qdirstat", ["qdirstat", base], "QDirStat", size=(1160, 700), wait=6)
    kill(p)
    c = "file_manager"
    most = max(counts, key=counts.get)
    Q(img, "which folder in Pictures has the most files?", most, "text", c, "largest", False)
    Q(img, "how many files are in 2025-porto", counts["2025-porto"], "count", c, "cell", True)
    Q(img, "How many subfolders does Pictures have?", len(spec), "count", c, "count", False)
    Q(img, "total number of files under Pictures", sum(counts.values()), "count", c, "sum", True)
    # (dropped) Q(img, "what program is this?", "QDirStat", "text", c, "window_title", True)
    return counts


def w_gxditview(rng):
    items = [("Website redesign workshop", 1, 1450.00), ("Responsive templates (6 pages)", 6, 320.00),
             ("Copy editing, per page", 6, 45.00), ("Hosting setup", 1, 180.00)]
    sub = sum(q * p for _, q, p in items)
    vat = round(sub * 0.21, 2)
    tot = round(sub + vat, 2)
    ms = """.nr PS 11
.nr VS 14
.LP
.ps 18
.B "Lindqvist & Mori Studio"
.ps 11
.LP
Invoice no. \\fBLMS-2026-0417\\fP
.br
Issued: 2026-11-03 \\(em Due: 2026-12-03
.br
Bill to: Harbour Lane Bakery, Rotterdam
.LP
.TS
box;
l | r | r | r
l | r | r | r.
\\fBDescription\\fP	\\fBQty\\fP	\\fBUnit (EUR)\\fP	\\fBAmount (EUR)\\fP
_
"""
    for d, q, p in items:
        ms += f"{d}\t{q}\t{p:,.2f}\t{q * p:,.2f}\n"
    ms += f"""_
Subtotal			{sub:,.2f}
VAT 21%			{vat:,.2f}
\\fBTotal due\\fP			\\fB{tot:,.2f}\\fP
.TE
.LP
Payment by bank transfer to IBAN NL91 ABNA 0417 1643 00 within 30 days.
"""
    write(f"{HOME}/Documents/invoice-0417.ms", ms)
    p, img = app_window("gxditview", ["groff", "-ms", "-t", "-X", "-P-resolution", "-P100", "-P-geometry", "-P1000x700", "invoice-0417.ms"],
                        "xditview|invoice|gxditview", wait=4, cwd=f"{HOME}/Documents")
    kill(p)
    c = "document_viewer"
    Q(img, "what's the invoice number", "LMS-2026-0417", "code", c, "value_at_label", True)
    Q(img, "total due on this invoice?", f"{tot:,.2f}", "money", c, "value_at_label", True)
    Q(img, "When is it due", "2026-12-03", "date", c, "value_at_label", True)
    Q(img, "how much VAT is charged", f"{vat:,.2f}", "money", c, "value_at_label", True)
    Q(img, "qty for the responsive templates line?", "6", "number", c, "cell", True)
    top = max(items, key=lambda it: it[1] * it[2])
    Q(img, "which line has the biggest amount?", top[0], "text", c, "largest", True)
    # (dropped) Q(img, "who is the invoice billed to", "Harbour Lane Bakery, Rotterdam", "text", c, "who", True)


def w_photoqt_chart(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(120, 480) for _ in months]
    code = f"""
import matplotlib; matplotlib.use('Agg')
import matplotlib.pyplot as plt
m={months!r}; v={vals!r}
fig, ax = plt.subplots(figsize=(8,5), dpi=100)
b = ax.bar(m, v, color='#4c78a8')
for i,(x,y) in enumerate(zip(m,v)):
    if i % 2 == 0: ax.text(i, y+6, str(y), ha='center', fontsize=10)
ax.set_title('Newsletter sign-ups 2026'); ax.set_ylabel('sign-ups'); ax.set_ylim(0, 550)
ax.grid(axis='y', alpha=.3)
fig.tight_layout(); fig.savefig('{HOME}/Pictures/signups_2026.png')
"""
    os.makedirs(f"{HOME}/Pictures", exist_ok=True)
    sp.run([VPY, "-c", code], check=True)
    shutil.rmtree(f"{HOME}/.config/PhotoQt", ignore_errors=True)
    p = launch(["photoqt", f"{HOME}/Pictures/signups_2026.png"])
    wid = find_window("Welcome to PhotoQt")
    place(wid, 20, 20, 1000, 700)
    time.sleep(2)
    sp.run(["xdotool", "mousemove", "--window", wid, "500", "490", "click", "1"], env=ENV)
    time.sleep(5)
    sp.run(["xdotool", "mousemove", "700", "300"], env=ENV)
    wid = find_window("signups|PhotoQt")
    place(wid, 20, 20, 1000, 700)
    time.sleep(4)
    img = capture(wid, "photoqt_chart")
    kill(p)
    c = "image_viewer"
    d = dict(zip(months, vals))
    Q(img, "which month had the most sign-ups in this chart?", max(d, key=d.get), "text", c, "largest", False)
    Q(img, "what's the value printed above the May bar", d["May"], "number", c, "chart_value", True)
    Q(img, "roughly how many sign-ups in April? no label on it", d["Apr"], "approx", c, "chart_value", False)
    Q(img, "lowest month?", min(d, key=d.get), "text", c, "smallest", False)
    Q(img, "Difference between Jan and Mar (both labelled)", d["Jan"] - d["Mar"], "number", c, "difference", False)
    Q(img, "what's the chart titled", "Newsletter sign-ups 2026", "text", c, "value_at_label", True)
    return d


def w_sqliteweb(rng):
    import sqlite3
    db = f"{HOME}/data/inventory.db"
    os.makedirs(os.path.dirname(db), exist_ok=True)
    if os.path.exists(db):
        os.remove(db)
    names = ["Oak shelf bracket", "Brass hinge 50mm", "Wall anchor 8mm", "Cabinet knob, black", "Drawer slide 400mm",
             "Wood glue 250ml", "Sanding pad P120", "Corner brace", "Felt pads (16)", "Magnetic catch"]
    rows = []
    for i, n in enumerate(names):
        rows.append((i + 1, n, f"SKU-{rng.randint(1000, 9999)}", round(rng.uniform(0.8, 24.0), 2), rng.randint(0, 140)))
    con = sqlite3.connect(db)
    con.execute("create table products (id integer primary key, name text, sku text, price real, stock integer)")
    con.executemany("insert into products values (?,?,?,?,?)", rows)
    con.commit()
    con.close()
    srv = launch([VPY, "-m", "sqlite_web.sqlite_web", "-H", "127.0.0.1", "-p", "8519", "-x", db],
                 env=dict(ENV, PYTHONPATH="/tmp/s19deps"))
    time.sleep(4)
    p, img = app_window("sqliteweb", ["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu",
                                      f"--user-data-dir={ROOT}/chrome", "--window-size=1150,720",
                                      "--app=http://127.0.0.1:8519/products/content/"],
                        "products|inventory|sqlite", wait=6, size=(1150, 720))
    kill(p)
    kill(srv)
    c = "database"
    by = {r[1]: r for r in rows}
    low = min(rows, key=lambda r: r[4])
    Q(img, "what's the price of the Drawer slide 400mm", by["Drawer slide 400mm"][3], "money", c, "cell", True)
    Q(img, "which product has the lowest stock?", low[1], "text", c, "smallest", True)
    Q(img, "how many rows are in my products table", len(rows), "count", c, "count", True)
    Q(img, "SKU of the wood glue?", by["Wood glue 250ml"][2], "code", c, "cell", True)
    Q(img, "how many products have stock under 20", sum(1 for r in rows if r[4] < 20), "count", c, "count", False)
    Q(img, "last product in the table", rows[-1][1], "text", c, "first_last", True)
    return rows


PYQT_TABLE = r'''
import sys, json
from PyQt5 import QtWidgets, QtGui, QtCore
data = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
pal = QtGui.QPalette()
for role, col in [(QtGui.QPalette.Window, "#2b2d31"), (QtGui.QPalette.WindowText, "#e6e6e6"),
                  (QtGui.QPalette.Base, "#1e1f22"), (QtGui.QPalette.AlternateBase, "#26282c"),
                  (QtGui.QPalette.Text, "#e6e6e6"), (QtGui.QPalette.Button, "#35373c"),
                  (QtGui.QPalette.ButtonText, "#e6e6e6"), (QtGui.QPalette.Highlight, "#3d6fd6"),
                  (QtGui.QPalette.HighlightedText, "#ffffff")]:
    pal.setColor(role, QtGui.QColor(col))
app.setPalette(pal)
w = QtWidgets.QMainWindow(); w.setWindowTitle(data["title"])
t = QtWidgets.QTableWidget(len(data["rows"]), len(data["cols"]))
t.setHorizontalHeaderLabels(data["cols"]); t.setAlternatingRowColors(True)
for i, r in enumerate(data["rows"]):
    for j, v in enumerate(r):
        it = QtWidgets.QTableWidgetItem(v)
        if j == len(r) - 1: it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows); t.selectRow(data["sel"])
tb = w.addToolBar("main")
for a in ["Add", "Edit", "Delete", "Export CSV"]: tb.addAction(a)
w.setCentralWidget(t); w.statusBar().showMessage(data["status"]); w.resize(900, 560); w.show()
app.exec_()
'''


def w_pyqt_budget(rng):
    payees = [("Albert Heijn", "Groceries"), ("NS Reizen", "Transport"), ("Vattenfall", "Utilities"),
              ("Pathé", "Leisure"), ("Kruidvat", "Household"), ("Ziggo", "Utilities"), ("Jumbo", "Groceries"),
              ("Shell", "Transport"), ("Bol.com", "Household"), ("Café De Jaren", "Leisure"), ("HEMA", "Household")]
    rows = []
    day = 1
    for pname, cat in payees:
        day += rng.randint(1, 3)
        amt = round(rng.uniform(4, 180), 2)
        rows.append((f"2026-10-{day:02d}", pname, cat, f"-{amt:.2f}"))
    sel = 6
    total = sum(float(r[3]) for r in rows)
    status = f"{len(rows)} transactions · spent {-total:.2f} EUR"
    data = dict(title="Household budget — October 2026", cols=["Date", "Payee", "Category", "Amount (EUR)"],
                rows=rows, sel=sel, status=status)
    write(f"{ROOT}/pyqt_table.py", PYQT_TABLE)
    write(f"{ROOT}/pyqt_table.json", json.dumps(data))
    p, img = app_window("pyqt_budget", [SYSPY, f"{ROOT}/pyqt_table.py", f"{ROOT}/pyqt_table.json"],
                        "Household budget", wait=3)
    kill(p)
    c = "spreadsheet"
    amt = {r[1]: float(r[3]) for r in rows}
    biggest = min(rows, key=lambda r: float(r[3]))
    util = sum(-float(r[3]) for r in rows if r[2] == "Utilities")
    Q(img, "which row is selected? payee please", rows[sel][1], "text", c, "selected", True)
    Q(img, "how much did i spend at Vattenfall", rows[2][3], "money", c, "cell", True)
    Q(img, "biggest single expense this month — who was it to?", biggest[1], "text", c, "largest", True)
    Q(img, "what does the status bar say", status, "text", c, "status_bar", True)
    Q(img, "total spent on Utilities?", f"{util:.2f}", "money", c, "sum", False)
    Q(img, "How many Household transactions are there", sum(1 for r in rows if r[2] == "Household"), "count", c, "count", False)
    # (dropped) Q(img, "date of the last transaction listed", rows[-1][0], "date", c, "first_last", True)


GTK_SETTINGS = r'''
import sys, json, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
d = json.load(open(sys.argv[1]))
w = Gtk.Window(title=d["title"]); w.set_default_size(560, 520)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); box.set_border_width(14)
fr = Gtk.Frame(label="General"); g = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4); g.set_border_width(8)
for label, on in d["checks"]:
    cb = Gtk.CheckButton(label=label); cb.set_active(on); g.pack_start(cb, False, False, 0)
fr.add(g); box.pack_start(fr, False, False, 0)
fr2 = Gtk.Frame(label="Compression"); g2 = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4); g2.set_border_width(8)
first = None
for label in d["radios"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, label); first = first or rb
    g2.pack_start(rb, False, False, 0)
    if label == d["radio_on"]: rb.set_active(True)
fr2.add(g2); box.pack_start(fr2, False, False, 0)
h = Gtk.Box(spacing=8); h.pack_start(Gtk.Label(label="Backup destination:"), False, False, 0)
cb = Gtk.ComboBoxText()
for o in d["combo"]: cb.append_text(o)
cb.set_active(d["combo"].index(d["combo_on"])); h.pack_start(cb, True, True, 0); box.pack_start(h, False, False, 0)
h2 = Gtk.Box(spacing=8); h2.pack_start(Gtk.Label(label="Keep snapshots (days):"), False, False, 0)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 90, 1); sc.set_value(d["slider"]); sc.set_digits(0)
sc.set_value_pos(Gtk.PositionType.RIGHT); h2.pack_start(sc, True, True, 0); box.pack_start(h2, False, False, 0)
bb = Gtk.ButtonBox(); bb.set_layout(Gtk.ButtonBoxStyle.END); bb.set_spacing(6)
for b in d["buttons"]: bb.add(Gtk.Button(label=b))
box.pack_start(bb, False, False, 0)
sb = Gtk.Statusbar(); sb.push(0, d["status"]); box.pack_end(sb, False, False, 0)
w.add(box); w.show_all(); w.connect("destroy", Gtk.main_quit); Gtk.main()
'''


def w_gtk_settings(rng):
    checks = [("Start backup when I log in", True), ("Back up hidden files", False), ("Encrypt archives", True),
              ("Only on AC power", True), ("Notify me when a backup fails", False), ("Skip files larger than 4 GB", True)]
    d = dict(title="Backup Preferences", checks=checks, radios=["None", "Fast (lz4)", "Balanced (zstd)", "Maximum (xz)"],
             radio_on="Balanced (zstd)", combo=["Local disk", "NAS (smb://nas/backup)", "Remote SFTP"],
             combo_on="NAS (smb://nas/backup)", slider=rng.randint(10, 60),
             buttons=["Back Up Now", "Restore…", "Cancel", "Apply"],
             status="Last backup: 2026-11-29 23:10 — 18,402 files")
    write(f"{ROOT}/gtk_settings.py", GTK_SETTINGS)
    write(f"{ROOT}/gtk_settings.json", json.dumps(d))
    p, img = app_window("gtk_settings", [SYSPY, f"{ROOT}/gtk_settings.py", f"{ROOT}/gtk_settings.json"],
                        "Backup Preferences", wait=3)
    kill(p)
    c = "settings_dialog"
    Q(img, "is 'Back up hidden files' ticked?", "no", "yesno", c, "checkbox_state", False)
    Q(img, "how many of the checkboxes are checked", sum(1 for _, on in checks if on), "count", c, "count", False)
    Q(img, "which compression option is selected", d["radio_on"], "text", c, "radio_state", True)
    Q(img, "where are my backups going? (the dropdown)", d["combo_on"], "text", c, "combo_state", True)
    Q(img, "how many days of snapshots does the slider say", d["slider"], "number", c, "value_at_label", True)
    Q(img, "what button do I press to start a backup right away?", "Back Up Now", "text", c, "which_button", True)
    Q(img, "when was the last backup according to the status bar", "2026-11-29 23:10", "time", c, "status_bar", True)


TK_PROGRESS = r'''
import sys, json, tkinter as tk
from tkinter import ttk
d = json.load(open(sys.argv[1]))
r = tk.Tk(); r.title(d["title"]); r.geometry("520x230")
ttk.Style().theme_use("clam")
ttk.Label(r, text=d["head"], font=("DejaVu Sans", 12, "bold")).pack(anchor="w", padx=16, pady=(16, 4))
ttk.Label(r, text=d["file"]).pack(anchor="w", padx=16)
pb = ttk.Progressbar(r, length=480, maximum=d["total"], value=d["done"]); pb.pack(padx=16, pady=10)
ttk.Label(r, text=d["count"]).pack(anchor="w", padx=16)
ttk.Label(r, text=d["warn"], foreground="#b00020").pack(anchor="w", padx=16, pady=4)
f = ttk.Frame(r); f.pack(anchor="e", padx=16, pady=8)
for b in d["buttons"]: ttk.Button(f, text=b).pack(side="left", padx=4)
r.mainloop()
'''


def w_tk_progress(rng):
    total, done = 240, rng.randint(60, 200)
    skipped = rng.randint(2, 9)
    d = dict(title="Exporting photos", head="Exporting 2025-porto album to /media/usb/porto",
             file="Current file: IMG_0457.jpg", total=total, done=done,
             count=f"{done} of {total} photos exported ({done * 100 // total}%)",
             warn=f"{skipped} files skipped: permission denied", buttons=["Pause", "Cancel"])
    write(f"{ROOT}/tk_progress.py", TK_PROGRESS)
    write(f"{ROOT}/tk_progress.json", json.dumps(d))
    p, img = app_window("tk_progress", [SYSPY, f"{ROOT}/tk_progress.py", f"{ROOT}/tk_progress.json"],
                        "Exporting photos", wait=2)
    kill(p)
    c = "progress_dialog"
    Q(img, "how many photos are done exporting", done, "count", c, "value_at_label", True)
    Q(img, "how many are left to go?", total - done, "count", c, "difference", False)
    Q(img, "what percent complete is it", f"{done * 100 // total}%", "percent", c, "value_at_label", True)
    Q(img, "Why were some files skipped?", "permission denied", "error", c, "error", True)
    Q(img, "which button would I hit to stop the export for good", "Cancel", "text", c, "which_button", True)
    Q(img, "file it's working on right now?", "IMG_0457.jpg", "text", c, "value_at_label", True)


def w_pragha(rng):
    music = f"{HOME}/Music/mix"
    shutil.rmtree(music, ignore_errors=True)
    os.makedirs(music)
    tracks = [("Northern Lights", "Saga Holm", "Polar Nights"), ("Quiet Harbour", "Saga Holm", "Polar Nights"),
              ("Tin Roof Rain", "The Lamplighters", "Porch Songs"), ("Copper Wire", "The Lamplighters", "Porch Songs"),
              ("Second Avenue", "Mila Duarte", "City Sketches"), ("Paper Boats", "Mila Duarte", "City Sketches"),
              ("Low Tide", "Kofi Mensah Trio", "Coastline"), ("Salt and Cedar", "Saga Holm", "Polar Nights")]
    durs = []
    files = []
    for i, (t, a, al) in enumerate(tracks):
        dur = rng.randint(150, 330)
        durs.append(dur)
        f = f"{music}/{i + 1:02d} - {t}.flac"
        sp.run(["ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", "anullsrc=r=8000:cl=mono", "-t", str(dur),
                "-metadata", f"title={t}", "-metadata", f"artist={a}", "-metadata", f"album={al}",
                "-metadata", f"track={i + 1}", "-metadata", "date=2025", "-metadata", "genre=Folk", f], check=True)
        files.append(f)
    shutil.rmtree(f"{HOME}/.config/pragha", ignore_errors=True)
    shutil.rmtree(f"{HOME}/.local/share/pragha", ignore_errors=True)
    p, img = app_window("pragha", ["pragha"] + files, "Pragha", size=(1150, 680), wait=8)
    kill(p)
    c = "music_library"
    fmt = lambda s: f"{s // 60:02d}:{s % 60:02d}"
    longest = tracks[max(range(len(tracks)), key=lambda i: durs[i])][0]
    Q(img, "how long is Low Tide", fmt(durs[6]), "time", c, "cell", True)
    Q(img, "who sings Paper Boats?", "Mila Duarte", "person", c, "cell", True)
    Q(img, "How many Saga Holm songs are in the playlist", sum(1 for t in tracks if t[1] == "Saga Holm"), "count", c, "count", False)
    Q(img, "which track is the longest", longest, "text", c, "largest", False)
    # (dropped) Q(img, "what album is Copper Wire from?", "Porch Songs", "text", c, "cell", True)
    Q(img, "last song in my playlist", tracks[-1][0], "text", c, "first_last", True)
    tot = sum(durs)
    Q(img, "total running time of the playlist?", f"{tot // 60}:{tot % 60:02d}", "time", c, "status_bar", True)
    return durs


def w_baobab(rng):
    base = f"{HOME}/Videos"
    shutil.rmtree(base, ignore_errors=True)
    spec = {"holidays": (5, 9_000_000), "tutorials": (12, 2_500_000), "screen-recordings": (3, 30_000_000),
            "phone-backup": (8, 6_000_000)}
    usage = {}
    for d, (n, avg) in spec.items():
        tot = 0
        for k in range(n):
            f = f"{base}/{d}/clip_{k + 1:02d}.mp4"
            blob(f, int(avg * rng.uniform(0.6, 1.4)), T(2026, 6, 1), rng)
            tot += os.stat(f).st_blocks * 512
        usage[d] = (tot, n)
    p, img = app_window("baobab", ["baobab", base], "Disk Usage|Videos|baobab", size=(1100, 700), wait=8,
                        env=dict(ENV, GTK_THEME="Adwaita:dark", GDK_BACKEND="x11", GSK_RENDERER="cairo"))
    kill(p)
    c = "file_manager"
    big = max(usage, key=lambda k: usage[k][0])
    small = min(usage, key=lambda k: usage[k][0])
    Q(img, "which folder in Videos is eating the most space?", big, "text", c, "largest", True)
    Q(img, "smallest folder by size", small, "text", c, "smallest", True)
    # baobab's Contents column counts the folder itself too (files + 1)
    Q(img, "how many items are in tutorials", f"{usage['tutorials'][1] + 1} items", "count", c, "cell", True)
    Q(img, "is this app in dark mode?", "yes", "yesno", c, "yes_no", False)
    Q(img, "How many folders are directly inside Videos", len(spec), "count", c, "count", False)
    return usage



def w_term_wcalc(rng):
    price = rng.choice([1250, 1380, 1475])
    rate = rng.choice([0.004, 0.0035])
    exprs = [("net to gross", f"{price}*1.21"),
             ("mortgage", f"250000*{rate}/(1-(1+{rate})^-360)"),
             ("split", "(86.40+23.10)/3"),
             ("pct", "(4622.20-3820)/3820*100")]
    cmds = [(f'wcalc -P2 "{e}"', f'wcalc -P2 "{e}"') for _, e in exprs]
    img, outs, rcs = terminal("term_wcalc", "dana@atlas: ~ (wcalc)", "light", HOME, "~", cmds, rows=14, cols=80)
    res = [o.strip().lstrip("=").strip() for o in outs]
    c = "calculator"
    Q(img, "what did the gross price (times 1.21) come out to", res[0], "number", c, "value_at_label", True)
    Q(img, "monthly payment from the mortgage formula?", res[1], "money", c, "value_at_label", True)
    Q(img, "how much does each of the three of us pay", res[2], "money", c, "value_at_label", True)
    Q(img, "what's the last result, as a percent", res[3] + "%", "percent", c, "first_last", False)
    Q(img, "how many calculations did I run", len(exprs), "count", c, "count", False)


def main():
    rng = random.Random(SEED)
    only = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(LOGS, exist_ok=True)
    os.makedirs(ENV["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    xv = sp.Popen(["Xvfb", DISP, "-screen", "0", "1280x800x24", "-nolisten", "tcp"], stdout=sp.DEVNULL, stderr=sp.DEVNULL)
    PROCS.append(xv)
    time.sleep(2)
    dbus = sh("dbus-launch --sh-syntax")
    for k, v in re.findall(r"(\w+)='?([^';\n]*)'?;", dbus):
        ENV[k] = v
    dbus_pid = int(ENV.get("DBUS_SESSION_BUS_PID", "0"))
    ob = launch(["openbox"])
    time.sleep(1.5)
    sp.run("xsetroot -solid '#3b4252' || true", shell=True, env=ENV)
    wins = [w for n, w in globals().items() if n.startswith("w_")]
    done = []
    try:
        for w in wins:
            sub = random.Random(f"{SEED}-{w.__name__}")
            if only and w.__name__[2:] not in only:
                continue
            print("==", w.__name__, flush=True)
            try:
                w(sub)
                done.append(w.__name__)
            except Exception as e:  # keep going
                import traceback
                traceback.print_exc()
    finally:
        for p in reversed(PROCS):
            kill(p) if p is not xv else p.terminate()
        if dbus_pid:
            try:
                os.kill(dbus_pid, 15)
            except ProcessLookupError:
                pass
        # anything else our apps spawned (dbus, at-spi launchers): match our private HOME + DISPLAY
        for pid in os.listdir("/proc"):
            if not pid.isdigit() or int(pid) == os.getpid():
                continue
            try:
                envb = open(f"/proc/{pid}/environ", "rb").read().split(b"\0")
            except OSError:
                continue
            if f"HOME={HOME}".encode() in envb and f"DISPLAY={DISP}".encode() in envb:
                try:
                    os.kill(int(pid), 15)
                except ProcessLookupError:
                    pass
    # merge with existing manifest (only re-built images replaced)
    man = os.path.join(HERE, "manifest.jsonl")
    old = []
    if os.path.exists(man):
        old = [json.loads(l) for l in open(man)]
    newimgs = {q["image"] for q in QUESTIONS}
    allq = [q for q in old if q["image"] not in newimgs] + QUESTIONS
    order = [f"images/{n[2:]}.png" for n in globals() if n.startswith("w_")]
    allq.sort(key=lambda q: (order.index(q["image"]) if q["image"] in order else 99))
    with open(man, "w") as f:
        for i, q in enumerate(allq):
            q = {"id": f"s19-{i + 1:04d}", **{k: v for k, v in q.items() if k != "id"}}
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print("done", done, len(allq))


if __name__ == "__main__":
    main()
