#!/usr/bin/env python3
"""screens_test12: fresh held-out screenshots of real Debian applications.

Run (as root, Xvfb on :63 with openbox already running):
    /work/main/.venv/bin/python build.py [window ...]
Creates fake data under /tmp/s12 (and for user "dana"), launches each app,
captures images/*.png and writes manifest.jsonl.  All golds are computed here
from the generated data.
"""
import datetime as dt
import json
import math
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import wave

SEED = 9187
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
ROOT = "/tmp/s12"
DISPLAY = ":63"
SYSPY = "/usr/bin/python3"

ENV = dict(os.environ)
ENV.update(DISPLAY=DISPLAY, TZ="UTC", LANG="C.UTF-8", LC_ALL="C.UTF-8",
           HOME=ROOT + "/home", NO_AT_BRIDGE="1", XDG_RUNTIME_DIR=ROOT + "/run",
           DBUS_SESSION_BUS_ADDRESS="unix:path=/tmp/s12/bus")
for k in ("VIRTUAL_ENV", "PYTHONHOME", "PYTHONPATH"):
    ENV.pop(k, None)
ENV["PATH"] = "/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin"

QUESTIONS = []


def Q(img, question, answer, atype, category, intent, literal):
    QUESTIONS.append(dict(image="images/%s.png" % img, question=question, answer=str(answer),
                          answer_type=atype, category=category, intent=intent, literal=literal))


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, env=kw.pop("env", ENV), **kw)


def ts(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc)


def setmtime(path, t):
    os.utime(path, (t.timestamp(), t.timestamp()))


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


# ---------------------------------------------------------------- X helpers
def xwins():
    out = set()
    for k in ("--name", "--class"):
        r = subprocess.run(["xdotool", "search", "--onlyvisible", k, "."], env=ENV,
                           capture_output=True, text=True)
        out |= set(r.stdout.split())
    return out


def geom(wid):
    r = subprocess.run(["xwininfo", "-id", wid], env=ENV, capture_output=True, text=True).stdout
    d = {}
    for l in r.splitlines():
        l = l.strip()
        for k, key in (("Absolute upper-left X:", "X"), ("Absolute upper-left Y:", "Y"),
                       ("Width:", "W"), ("Height:", "H")):
            if l.startswith(k):
                d[key] = int(l.split(":")[1])
    return d.get("X", 0), d.get("Y", 0), d.get("W", 0), d.get("H", 0)


def frame_ext(wid):
    r = subprocess.run(["xprop", "-id", wid, "_NET_FRAME_EXTENTS"], env=ENV,
                       capture_output=True, text=True).stdout
    if "=" not in r:
        return 0, 0, 0, 0
    return tuple(int(v) for v in r.split("=")[1].split(","))


PROCS = []


def launch(cmd, shell=False, user=None, env=None):
    e = dict(ENV)
    if env:
        e.update(env)
    if user:
        rd = ROOT + "/run-" + user
        os.makedirs(rd, exist_ok=True)
        shutil.chown(rd, user, user)
        os.chmod(rd, 0o700)
        cmd = ["runuser", "-u", user, "--", "env", "-u", "DBUS_SESSION_BUS_ADDRESS", "DISPLAY=" + DISPLAY,
               "TZ=UTC", "LANG=C.UTF-8", "HOME=/home/" + user, "NO_AT_BRIDGE=1", "XDG_RUNTIME_DIR=" + rd,
               "dbus-run-session", "--"] + cmd
    p = subprocess.Popen(["nice", "-n", "19"] + (["sh", "-c", cmd] if shell else cmd), env=e,
                         stdout=subprocess.DEVNULL, stderr=open(ROOT + "/apps.log", "a"),
                         start_new_session=True)
    PROCS.append(p)
    return p


def kill_all():
    for p in PROCS:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    time.sleep(1)
    for p in PROCS:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    PROCS.clear()


def capture(name, cmd, size=(1000, 700), wait=6, name_re=None, shell=False, user=None,
            env=None, after=None, timeout=60, pos=(40, 30)):
    before = xwins()
    launch(cmd, shell=shell, user=user, env=env)
    wid = None
    t0 = time.time()
    while time.time() - t0 < timeout:
        time.sleep(1)
        if name_re:
            r = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name_re],
                               env=ENV, capture_output=True, text=True).stdout.split()
            new = [w for w in r]
        else:
            new = list(xwins() - before)
        new = [w for w in new if geom(w)[2] > 150 and geom(w)[3] > 80]
        if new:
            wid = max(new, key=lambda w: geom(w)[2] * geom(w)[3])
            break
    if wid is None:
        print("!! no window for", name)
        kill_all()
        return False
    if size:
        subprocess.run(["xdotool", "windowsize", wid, str(size[0]), str(size[1])], env=ENV)
    subprocess.run(["xdotool", "windowmove", wid, str(pos[0]), str(pos[1])], env=ENV)
    subprocess.run(["xdotool", "windowactivate", wid], env=ENV, stderr=subprocess.DEVNULL)
    time.sleep(wait)
    if after:
        after(wid)
    x, y, w, h = geom(wid)
    l, r, t, b = frame_ext(wid)
    x0, y0 = max(0, x - l), max(0, y - t)
    W, H = min(1280 - x0, w + l + r), min(800 - y0, h + t + b)
    out = os.path.join(IMG, name + ".png")
    sh("import -window root -crop %dx%d+%d+%d +repage %s" % (W, H, x0, y0, out))
    print("captured", name, W, H)
    kill_all()
    time.sleep(1)
    return True


PROMPT_FN = r'''
p(){ local rc=$?; printf '\033[1;32mdana@ws\033[0m:\033[1;34m%s\033[0m$ %s\n' "$W" "$1"; (exit $rc); eval "$1"; }
'''


def term_script(name, wdir, shown, cmds):
    body = "#!/bin/bash\ncd %s\nW='%s'\n%s\nclear\n" % (wdir, shown, PROMPT_FN)
    for c in cmds:
        body += "p %s\n" % shlex_quote(c)
    body += "printf '\\033[1;32mdana@ws\\033[0m:\\033[1;34m%s\\033[0m$ ' \"$W\"\nsleep 100000\n"
    path = "%s/term_%s.sh" % (ROOT, name)
    write(path, body, 0o755)
    return path


def shlex_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


def kgx(name, script, dark=True, size=(1040, 720), wait=5, wdir=None):
    env = {"ADW_DEBUG_COLOR_SCHEME": "prefer-dark" if dark else "prefer-light"}
    return capture(name, ["kgx", "--working-directory=" + (wdir or "/home/dana"), "-e", "bash " + script], size=size,
                   wait=wait, env=env)


rng = random.Random(SEED)

# =========================================================== W1 terminal ls -l
def w_ls():
    d = "/home/dana/projects/harbor-report"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = ["README.md", "budget_2024.xlsx", "harbor_map.png", "invoice_0412.pdf", "notes.md",
             "q3_summary.csv", "q4_summary.csv", "raw_export.csv", "run.log", "sync.log",
             "setup.py", "berth_schedule.csv"]
    dirs = ["archive", "drafts", "scripts", "tmp"]
    info = {}
    for f in files:
        size = rng.randint(300, 950000)
        t = ts(2024, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59))
        with open(os.path.join(d, f), "wb") as fh:
            fh.write(b"x" * size)
        setmtime(os.path.join(d, f), t)
        info[f] = (size, t)
    for i, sd in enumerate(dirs):
        os.makedirs(os.path.join(d, sd))
        setmtime(os.path.join(d, sd), ts(2023, 6 + i, 3, 10, 0))
    setmtime(d, ts(2024, 1, 1, 0, 0))
    sh("chown -R dana:dana /home/dana/projects")
    script = term_script("ls", d, "~/projects/harbor-report",
                         ["ls -l --time-style='+%Y-%m-%d %H:%M'"])
    n = "s12_kgx_ls"
    if not kgx(n, script, dark=True, wdir=d):
        return
    c, i = "terminal", None
    Q(n, "how big is raw_export.csv in bytes?", info["raw_export.csv"][0], "number", c, "value_at_label", True)
    newest = max(files, key=lambda f: info[f][1])
    Q(n, "which file in my harbor-report folder did I change most recently?", newest, "text", c, "extreme_by_column", True)
    Q(n, "how many csv files are in there", sum(f.endswith(".csv") for f in files), "count", c, "count_condition", False)
    Q(n, "when did i last modify notes.md", info["notes.md"][1].strftime("%Y-%m-%d %H:%M"), "date", c, "who_when", True)
    Q(n, "How many subfolders does this directory have?", len(dirs), "count", c, "count_condition", False)
    smallest = min(files, key=lambda f: info[f][0])
    Q(n, "what's the smallest file here?", smallest, "text", c, "extreme_by_column", True)


# =========================================================== W2 unittest run
def w_tests():
    d = "/home/dana/projects/pricing"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    write(d + "/pricing.py", '''def round_price(x):
    return int(x * 100) / 100


def apply_discount(price, pct):
    return round_price(price * (1 - pct / 100))


def vat(price, rate=0.2):
    return round_price(price * rate)


def parse_amount(s):
    return float(s.replace(",", ""))
''')
    tests = [("test_apply_discount_basic", "self.assertEqual(apply_discount(100, 15), 85.0)", "ok"),
             ("test_discount_rounding", "self.assertEqual(round_price(19.996), 20.0)", "FAIL"),
             ("test_parse_amount_plain", "self.assertEqual(parse_amount('12.50'), 12.5)", "ok"),
             ("test_parse_amount_thousands", "self.assertEqual(parse_amount('1,204.75'), 1204.75)", "ok"),
             ("test_parse_amount_currency", "self.assertEqual(parse_amount('$8.00'), 8.0)", "ERROR"),
             ("test_vat_default", "self.assertEqual(vat(50), 10.0)", "ok"),
             ("test_vat_reduced", "self.assertEqual(vat(80, 0.07), 5.6)", "FAIL"),
             ("test_zero_price", "self.assertEqual(apply_discount(0, 50), 0.0)", "ok")]
    src = "import unittest\nfrom pricing import *\n\n\nclass TestPricing(unittest.TestCase):\n"
    for tn, body, _ in tests:
        src += "    def %s(self):\n        %s\n\n" % (tn, body)
    src += "\nif __name__ == '__main__':\n    unittest.main()\n"
    write(d + "/test_pricing.py", src)
    # compute actual outcomes with the same code
    ns = {}
    exec(open(d + "/pricing.py").read(), ns)
    outcome = {}
    for tn, body, _ in tests:
        expr = body[len("self.assertEqual("):-1]
        try:
            a, b = eval("(" + expr + ")", ns)
            outcome[tn] = "ok" if a == b else ("FAIL", "AssertionError: %r != %r" % (a, b))
        except Exception as e:
            outcome[tn] = ("ERROR", "%s: %s" % (type(e).__name__, e))
    sh("chown -R dana:dana " + d)
    script = term_script("tests", d, "~/projects/pricing",
                         ["python3 -m unittest -v test_pricing", "echo \"exit status: $?\""])
    n = "s12_kgx_tests"
    if not kgx(n, script, dark=False, size=(1100, 760), wdir=d):
        return
    fails = [t for t in outcome if outcome[t] != "ok" and outcome[t][0] == "FAIL"]
    errs = [t for t in outcome if outcome[t] != "ok" and outcome[t][0] == "ERROR"]
    c = "terminal"
    Q(n, "how many tests ran?", len(tests), "count", c, "count_condition", True)
    Q(n, "which test errored out (not failed, errored)?", errs[0], "code", c, "error_message", True)
    Q(n, "did my test suite pass", "no" if fails or errs else "yes", "yesno", c, "yes_no_state", False)
    Q(n, "What exit status did the test run give?", 1 if fails or errs else 0, "number", c, "error_message", True)
    Q(n, "how many failures were reported", len(fails), "count", c, "count_condition", True)
    Q(n, "what's the assertion message for test_discount_rounding?", outcome["test_discount_rounding"][1],
      "error", c, "error_message", True)


# =========================================================== W3 traceback
def w_traceback():
    d = "/home/dana/projects/fx"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = '''import csv
import sys

RATES = {"EUR": 1.0, "USD": 1.08, "GBP": 0.86}


def load(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def parse_row(row):
    amount = float(row["amount"])
    cur = row["currency"]
    return amount / RATES[cur]


def main(path):
    rows = load(path)
    total = sum(parse_row(r) for r in rows)
    print(f"total EUR: {total:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    write(d + "/convert.py", src)
    nrows = rng.randint(30, 60)
    lines = ["date,amount,curr"] + ["2024-%02d-%02d,%d.%02d,%s" % (rng.randint(1, 12), rng.randint(1, 28),
             rng.randint(5, 900), rng.randint(0, 99), rng.choice(["EUR", "USD", "GBP"])) for _ in range(nrows)]
    write(d + "/rates.csv", "\n".join(lines) + "\n")
    sh("chown -R dana:dana " + d)
    script = term_script("tb", d, "~/projects/fx", ["wc -l rates.csv", "python3 convert.py rates.csv",
                                                    "echo $?"])
    n = "s12_kgx_traceback"
    if not kgx(n, script, dark=True, size=(980, 560), wdir=d):
        return
    line_no = src.splitlines().index('    cur = row["currency"]') + 1
    c = "terminal"
    Q(n, "what error did my script crash with?", "KeyError: 'currency'", "error", c, "error_message", True)
    Q(n, "which line of convert.py blew up", line_no, "number", c, "value_at_label", True)
    Q(n, "what function was it in when it died?", "parse_row", "code", c, "value_at_label", True)
    Q(n, "exit code?", 1, "number", c, "error_message", True)
    Q(n, "how many lines does rates.csv have according to wc", len(lines), "number", c, "value_at_label", True)


# =========================================================== W4 git log/status
GIT_COMMITS = [
    ("Priya Raman", "priya@harbor.example", "2024-02-05 09:14", "Initial import of report scripts"),
    ("Tomas Eklund", "tomas@harbor.example", "2024-02-09 16:40", "Add berth schedule parser"),
    ("Priya Raman", "priya@harbor.example", "2024-02-21 11:02", "Fix rounding in totals"),
    ("Aiko Mori", "aiko@harbor.example", "2024-03-04 13:27", "Export quarterly summary as CSV"),
    ("Tomas Eklund", "tomas@harbor.example", "2024-03-18 08:55", "Handle empty manifests"),
    ("Priya Raman", "priya@harbor.example", "2024-04-02 17:31", "Bump pandas to 2.2"),
    ("Aiko Mori", "aiko@harbor.example", "2024-04-11 10:08", "Add tonnage chart to report"),
]


def make_repo(d):
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    g = dict(ENV, GIT_CONFIG_NOSYSTEM="1")
    sh("git init -q -b main .", cwd=d, env=g)
    for i, (an, ae, date, msg) in enumerate(GIT_COMMITS):
        write("%s/file%d.txt" % (d, i), "%s\n" % msg)
        e = dict(g, GIT_AUTHOR_NAME=an, GIT_AUTHOR_EMAIL=ae, GIT_COMMITTER_NAME=an,
                 GIT_COMMITTER_EMAIL=ae, GIT_AUTHOR_DATE=date + " +0000", GIT_COMMITTER_DATE=date + " +0000")
        sh("git add -A && git commit -q -m %s" % shlex_quote(msg), cwd=d, env=e)
    return g


def w_git():
    d = "/home/dana/projects/harbor-tools"
    g = make_repo(d)
    sh("git checkout -q -b feature/export-v2", cwd=d, env=g)
    write(d + "/file1.txt", "changed\n")
    write(d + "/file3.txt", "changed\n")
    write(d + "/file5.txt", "staged change\n")
    sh("git add file5.txt", cwd=d, env=g)
    untracked = ["draft_notes.md", "out.csv", "scratch.py"]
    for u in untracked:
        write(d + "/" + u, "tmp\n")
    sh("chown -R dana:dana " + d)
    sh("git config --global --add safe.directory '*'", env=ENV)
    script = term_script("git", d, "~/projects/harbor-tools",
                         ["git log --date=short --format='%h %ad %<(13)%an %s'", "git status --short --branch"])
    n = "s12_kgx_git"
    if not kgx(n, script, dark=True, size=(1000, 520), wdir=d):
        return
    c = "terminal"
    Q(n, "who wrote the 'Fix rounding in totals' commit?", "Priya Raman", "person", c, "who_when", True)
    Q(n, "when was the latest commit made", max(x[2] for x in GIT_COMMITS)[:10], "date", c, "extreme_by_column", True)
    Q(n, "how many of these commits are by Tomas?", sum(x[0].startswith("Tomas") for x in GIT_COMMITS), "count", c, "count_condition", False)
    Q(n, "how many untracked files do I have", len(untracked), "count", c, "count_condition", False)
    Q(n, "what was the very first commit message?", GIT_COMMITS[0][3], "text", c, "nth_entry", True)
    Q(n, "which branch am i on", "feature/export-v2", "code", c, "value_at_label", True)


# =========================================================== W5 sqlite3 CLI
def w_sqlite():
    d = "/home/dana/shop"
    os.makedirs(d, exist_ok=True)
    db = d + "/inventory.db"
    if os.path.exists(db):
        os.remove(db)
    names = ["Brass hinge", "Cedar plank 2m", "Deck screws 500", "Oak stain 1L", "Sandpaper P120",
             "Wood glue 250ml", "Steel bracket", "Pine dowel 8mm", "Varnish spray"]
    con = sqlite3.connect(db)
    con.execute("create table items (sku text primary key, name text, qty integer, price real)")
    rows = []
    for i, nm in enumerate(names):
        sku = "HW-%03d" % (101 + i * 7)
        qty = rng.randint(0, 60)
        price = rng.randint(150, 6000) / 100
        rows.append((sku, nm, qty, price))
    con.executemany("insert into items values (?,?,?,?)", rows)
    con.commit()
    con.close()
    script = term_script("sql", d, "~/shop",
                         ["sqlite3 -box inventory.db 'SELECT sku, name, qty, price FROM items ORDER BY sku;'"])
    n = "s12_kgx_sqlite"
    if not kgx(n, script, dark=False, size=(900, 520), wdir=d):
        return
    c = "database"
    r3 = rows[3]
    Q(n, "what's the price of the %s?" % r3[1].lower(), repr(r3[3]), "money", c, "value_at_label", True)
    r6 = rows[6]
    Q(n, "qty for sku %s" % r6[0], r6[2], "number", c, "cell_row_col", True)
    big = max(rows, key=lambda r: r[2])
    Q(n, "Which item do I have the most of in stock?", big[1], "text", c, "extreme_by_column", True)
    Q(n, "how many items are below 10 units?", sum(r[2] < 10 for r in rows), "count", c, "count_condition", False)
    Q(n, "if I add up the qty of %s and %s what do I get" % (rows[0][1], rows[1][1]), rows[0][2] + rows[1][2],
      "number", c, "sum_difference", False)
    Q(n, "what's the last sku in the list", rows[-1][0], "code", c, "nth_entry", True)


# =========================================================== W6 cmus
def w_cmus():
    d = "/home/dana/Music"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    tracks = [("Lena Ostrova", "Harbor Lights", 2019, ["Low Tide", "Salt Road", "Lanterns", "North Pier"]),
              ("The Quiet Ferns", "Moss & Glass", 2021, ["Greenhouse", "Slow Rain", "Paper Boats"]),
              ("Okabe Trio", "Night Tram", 2017, ["Last Stop", "Neon Rail", "Sleeper Car"])]
    info = []
    for artist, album, year, titles in tracks:
        for i, t in enumerate(titles, 1):
            dur = rng.randint(150, 420)
            wav = "%s/tmp.wav" % ROOT
            with wave.open(wav, "wb") as w:
                w.setnchannels(1)
                w.setsampwidth(1)
                w.setframerate(8000)
                w.writeframes(b"\x80" * (8000 * dur))
            fn = "%s/%s - %02d - %s.flac" % (d, artist, i, t)
            subprocess.run(["flac", "--silent", "-f", "-o", fn, "--tag=ARTIST=" + artist, "--tag=ALBUM=" + album,
                            "--tag=TITLE=" + t, "--tag=TRACKNUMBER=%d" % i, "--tag=DATE=%d" % year, wav], check=True)
            info.append(dict(artist=artist, album=album, year=year, title=t, n=i, dur=dur))
    home = ROOT + "/cmushome"
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home + "/.config/cmus")
    write(home + "/.config/cmus/rc", "set format_playlist= %-16%a %-14%l %3n. %-14%t %y %d\n")
    script = "%s/term_cmus.sh" % ROOT
    write(script, "#!/bin/bash\nexport HOME=%s\n(sleep 3; cmus-remote -C 'add %s'; sleep 2; cmus-remote -C 'view 2')&\nexec cmus\n" % (home, d), 0o755)
    n = "s12_cmus_library"
    if not kgx(n, script, dark=True, size=(1000, 480), wait=8):
        return
    c = "music_library"
    fmt = lambda s: "%02d:%02d" % (s // 60, s % 60)
    t = info[5]
    Q(n, "how long is %s?" % t["title"], fmt(t["dur"]), "time", c, "value_at_label", True)
    Q(n, "how many songs by Lena Ostrova do i have", sum(x["artist"] == "Lena Ostrova" for x in info), "count", c, "count_condition", False)
    t = info[8]
    Q(n, "which album is '%s' on?" % t["title"], t["album"], "text", c, "value_at_label", True)
    lo = max(info, key=lambda x: x["dur"])
    Q(n, "what's the longest track in my library", lo["title"], "text", c, "extreme_by_column", True)
    Q(n, "What year is Night Tram from?", 2017, "date", c, "value_at_label", True)
    tot = sum(x["dur"] for x in info)
    Q(n, "what's the total playing time of my library?", fmt(tot), "time", c, "status_bar", True)
    first = min(info, key=lambda x: (x["artist"], x["year"], x["album"], x["n"]))
    Q(n, "which song is highlighted", first["title"], "text", c, "selected_row", True)


# =========================================================== W7 mgdiff
def w_mgdiff():
    d = "/home/dana/deploy"
    os.makedirs(d, exist_ok=True)
    port_old, port_new = 8080, rng.choice([8443, 9090, 8088])
    old = ["# sync service configuration", "[server]", "host = 0.0.0.0", "port = %d" % port_old,
           "workers = 4", "timeout = 30", "", "[logging]", "log_level = debug", "log_file = /var/log/sync.log",
           "rotate = weekly", "", "[cache]", "cache_size = 256M", "legacy_mode = on", "ttl = 600", "",
           "[auth]", "method = token", "token_ttl = 3600"]
    workers_new = rng.choice([6, 8, 12])
    new = list(old)
    new[3] = "port = %d" % port_new
    new[4] = "workers = %d" % workers_new
    new[8] = "log_level = warning"
    new.remove("legacy_mode = on")
    new.insert(new.index("ttl = 600") + 1, "compress = true")
    write(d + "/sync.conf.orig", "\n".join(old) + "\n")
    write(d + "/sync.conf", "\n".join(new) + "\n")
    n = "s12_mgdiff_conf"
    if not capture(n, ["mgdiff", d + "/sync.conf.orig", d + "/sync.conf"], size=(1100, 640), wait=4):
        return
    c = "diff_tool"
    Q(n, "what port is set in the new file on the right?", port_new, "number", c, "value_at_label", True)
    Q(n, "which file is on the left side", "sync.conf.orig", "text", c, "title_filename", True)
    Q(n, "what was log_level before the change", "debug", "code", c, "value_at_label", True)
    Q(n, "is cache_size different between the two?", "no", "yesno", c, "yes_no_state", False)
    Q(n, "does the new version still have legacy_mode?", "no", "yesno", c, "yes_no_state", False)
    Q(n, "how many workers does the updated config use", workers_new, "number", c, "value_at_label", True)


# =========================================================== W8 4pane
def w_4pane():
    d = "/home/dana/Documents/taxes-2024"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = ["W2_employer.pdf", "1099-INT_bank.pdf", "charity_receipts.pdf", "mileage_log.xlsx",
             "home_office.jpg", "property_tax.pdf", "estimates.ods", "notes.txt", "hsa_statement.pdf"]
    info = {}
    for f in files:
        size = rng.randint(2000, 2500000)
        t = ts(2025, rng.randint(1, 3), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59))
        with open(os.path.join(d, f), "wb") as fh:
            fh.write(b"\0" * size)
        setmtime(os.path.join(d, f), t)
        info[f] = (size, t)
    os.makedirs(d + "/scans")
    os.makedirs(d + "/old")
    home = ROOT + "/4panehome"
    if not os.path.isdir(home + "/.config/4Pane"):
        # first run shows a configuration wizard: accept its defaults with Return
        os.makedirs(home, exist_ok=True)
        launch(["4pane", d], env={"HOME": home})
        time.sleep(8)
        for _ in range(6):
            subprocess.run(["xdotool", "key", "Return"], env=ENV)
            time.sleep(1.5)
        time.sleep(3)
        kill_all()
    n = "s12_4pane_taxes"
    if not capture(n, ["4pane", d, d], size=(1240, 760), wait=8, env={"HOME": home}, pos=(10, 5)):
        return
    c = "file_manager"
    big = max(files, key=lambda f: info[f][0])
    Q(n, "which file is the biggest in this folder?", big, "text", c, "extreme_by_column", True)
    Q(n, "how many PDFs do I have here", sum(f.endswith(".pdf") for f in files), "count", c, "count_condition", False)
    Q(n, "what folder am i looking at", "taxes-2024", "text", c, "title_filename", True)
    newest = max(files, key=lambda f: info[f][1])
    Q(n, "which file was modified last?", newest, "text", c, "extreme_by_column", True)
    Q(n, "how many subfolders are in taxes-2024", 2, "count", c, "count_condition", True)
    f = "W2_employer.pdf"
    sz = info[f][0]
    szs = ("%.1fM" % (sz / 1048576)) if sz >= 1048576 else ("%.1fK" % (sz / 1024))
    Q(n, "how big is my W2 pdf?", szs, "text", c, "value_at_label", True)
    Q(n, "when was mileage_log.xlsx last modified", info["mileage_log.xlsx"][1].strftime("%m/%d/%y %H:%M"), "date", c, "who_when", True)


def dismiss_wizard(w):
    pass


# =========================================================== W9 gthumb chart
def w_chart():
    from PIL import Image, ImageDraw, ImageFont
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(18, 96) * 100 for _ in months]
    W, H = 900, 560
    im = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 16)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 22)
    title = "Online sales per month, 2024 (USD)"
    dr.text((W / 2, 28), title, fill="black", font=fb, anchor="mm")
    x0, y0, x1, y1 = 90, 70, 860, 500
    ymax = 10000
    for v in range(0, ymax + 1, 2000):
        y = y1 - (y1 - y0) * v / ymax
        dr.line((x0, y, x1, y), fill="#cccccc")
        dr.text((x0 - 10, y), "{:,}".format(v), fill="black", font=f, anchor="rm")
    bw = (x1 - x0) / len(months)
    for i, (m, v) in enumerate(zip(months, vals)):
        xa = x0 + i * bw + bw * 0.18
        xb = x0 + (i + 1) * bw - bw * 0.18
        dr.rectangle((xa, y1 - (y1 - y0) * v / ymax, xb, y1), fill="#3b6fb6")
        dr.text(((xa + xb) / 2, y1 + 18), m, fill="black", font=f, anchor="mm")
    dr.line((x0, y0, x0, y1), fill="black")
    dr.line((x0, y1, x1, y1), fill="black")
    d = "/home/dana/Pictures"
    os.makedirs(d, exist_ok=True)
    p = d + "/sales_2024.png"
    im.save(p)
    home = ROOT + "/gthumbhome"
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    n = "s12_gthumb_chart"
    if not capture(n, ["gthumb", p], size=(1180, 760), wait=8,
                   env={"HOME": home, "GTK_THEME": "Adwaita:dark"}, pos=(20, 10)):
        return
    c = "image_viewer"
    Q(n, "roughly what were sales in March?", vals[2], "approx", c, "chart_value", False)
    Q(n, "which month had the highest sales", months[vals.index(max(vals))], "text", c, "extreme_by_column", True)
    Q(n, "what's the title of this chart?", title, "text", c, "value_at_label", True)
    Q(n, "what's the image file called", "sales_2024.png", "text", c, "title_filename", True)
    Q(n, "roughly what's the gap between February and July?", abs(vals[6] - vals[1]), "approx", c, "sum_difference", False)


# =========================================================== W10 display receipt
def w_receipt():
    from PIL import Image, ImageDraw, ImageFont
    items = [("Sourdough loaf", 6.50), ("Oat latte", 4.75), ("Almond croissant", 3.95),
             ("Quiche slice", 7.25), ("Berry tart", 5.40), ("Sparkling water", 2.20)]
    items = [(nm, round(p + rng.randint(-40, 40) / 100, 2)) for nm, p in items]
    sub = round(sum(p for _, p in items), 2)
    tax = round(sub * 0.0825 + 1e-9, 2)
    total = round(sub + tax, 2)
    cashier = rng.choice(["Marisol", "Dmitri", "Keiko", "Anders"])
    date = "2024-10-%02d 08:%02d" % (rng.randint(1, 28), rng.randint(10, 59))
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 17)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 21)
    im = Image.new("RGB", (440, 620), "#fbfaf5")
    dr = ImageDraw.Draw(im)
    y = 24
    dr.text((220, y), "CORNER BAKERY & CAFE", font=fb, fill="black", anchor="mt"); y += 34
    dr.text((220, y), "14 Willow St, Portland", font=f, fill="black", anchor="mt"); y += 28
    dr.text((24, y), date, font=f, fill="black"); y += 24
    dr.text((24, y), "Cashier: " + cashier, font=f, fill="black"); y += 30
    dr.line((24, y, 416, y), fill="black"); y += 14
    for nm, p in items:
        dr.text((24, y), nm, font=f, fill="black")
        dr.text((416, y), "$%.2f" % p, font=f, fill="black", anchor="ra"); y += 26
    y += 4
    dr.line((24, y, 416, y), fill="black"); y += 14
    for lab, v in (("Subtotal", sub), ("Tax 8.25%", tax)):
        dr.text((24, y), lab, font=f, fill="black")
        dr.text((416, y), "$%.2f" % v, font=f, fill="black", anchor="ra"); y += 26
    dr.text((24, y), "TOTAL", font=fb, fill="black")
    dr.text((416, y), "$%.2f" % total, font=fb, fill="black", anchor="ra"); y += 40
    dr.text((220, y), "Paid: VISA ****4417", font=f, fill="black", anchor="mt"); y += 30
    dr.text((220, y), "Thank you!", font=f, fill="black", anchor="mt")
    p = "/home/dana/Pictures/receipt_bakery.png"
    im.save(p)
    n = "s12_display_receipt"
    if not capture(n, ["display", "-title", "receipt_bakery.png", p], size=None, wait=3):
        return
    c = "image_viewer"
    Q(n, "what's the total on this receipt", "$%.2f" % total, "money", c, "value_at_label", True)
    Q(n, "how much tax did i pay?", "$%.2f" % tax, "money", c, "value_at_label", True)
    Q(n, "how many different items did I buy", len(items), "count", c, "count_condition", False)
    Q(n, "who was the cashier", cashier, "person", c, "who_when", True)
    Q(n, "What date is this receipt from?", date[:10], "date", c, "who_when", True)
    top = max(items, key=lambda x: x[1])
    Q(n, "what did the most expensive thing cost", "$%.2f" % top[1], "money", c, "extreme_by_column", True)


# =========================================================== W11 PDF invoice in sioyek
def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(path, texts, lines):
    ops = []
    for x, y, size, txt, bold in texts:
        ops.append("BT /%s %d Tf %d %d Td (%s) Tj ET" % ("F2" if bold else "F1", size, x, y, pdf_escape(txt)))
    for x0, y0, x1, y1 in lines:
        ops.append("0.6 w %d %d m %d %d l S" % (x0, y0, x1, y1))
    stream = "\n".join(ops).encode("latin-1")
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"]
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    with open(path, "wb") as f:
        f.write(out)


def w_pdf():
    inv = "INV-%05d" % rng.randint(10000, 99999)
    client = "Bluewater Marine Supply"
    lines_ = [("Hull inspection", rng.randint(1, 3), 480.00), ("Anti-fouling paint (5L)", rng.randint(2, 8), 112.50),
              ("Labour hours", rng.randint(6, 20), 65.00), ("Zinc anodes", rng.randint(4, 12), 18.75),
              ("Disposal fee", 1, 45.00)]
    total = sum(q * p for _, q, p in lines_)
    issued = dt.date(2024, 9, rng.randint(1, 20))
    due = issued + dt.timedelta(days=30)
    T = [(60, 730, 22, "INVOICE", True), (400, 736, 11, "Invoice no: " + inv, False),
         (400, 720, 11, "Issued: " + issued.isoformat(), False), (400, 704, 11, "Due: " + due.isoformat(), False),
         (60, 700, 11, "Northwind Boatworks Ltd.", True), (60, 686, 10, "22 Quay Road, Falmouth", False),
         (60, 650, 11, "Bill to:", True), (60, 636, 11, client, False), (60, 622, 10, "Accounts Payable", False),
         (60, 580, 11, "Description", True), (330, 580, 11, "Qty", True), (400, 580, 11, "Unit price", True),
         (490, 580, 11, "Amount", True)]
    y = 560
    for d_, q, p in lines_:
        T += [(60, y, 11, d_, False), (330, y, 11, str(q), False), (400, y, 11, "%.2f" % p, False),
              (490, y, 11, "{:,.2f}".format(q * p), False)]
        y -= 20
    T += [(400, y - 20, 12, "Total due:", True), (490, y - 20, 12, "{:,.2f} GBP".format(total), True),
          (60, y - 70, 10, "Payment terms: 30 days. Bank: Harbour Bank, sort code 40-12-76.", False)]
    L = [(60, 574, 550, 574), (60, y + 8, 550, y + 8)]
    d = "/home/dana/Documents"
    p = d + "/%s.pdf" % inv
    make_pdf(p, T, L)
    home = ROOT + "/sioyekhome"
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    n = "s12_sioyek_invoice"
    if not capture(n, ["sioyek", "--new-window", p], size=(1100, 760), wait=10, env={"HOME": home,
                   "LIBGL_ALWAYS_SOFTWARE": "1", "QT_QPA_PLATFORM": "xcb"}, pos=(20, 10)):
        return
    c = "document_viewer"
    Q(n, "what's the invoice number?", inv, "code", c, "value_at_label", True)
    Q(n, "when is this invoice due", due.isoformat(), "date", c, "value_at_label", True)
    Q(n, "total due?", "{:,.2f} GBP".format(total), "money", c, "value_at_label", True)
    Q(n, "who is the invoice billed to", client, "text", c, "value_at_label", True)
    Q(n, "how many line items are on it", len(lines_), "count", c, "count_condition", False)
    Q(n, "how many labour hours were charged?", lines_[2][1], "number", c, "cell_row_col", True)


# =========================================================== W12 mate-calc
def w_calc():
    a, b, c_ = rng.randint(1000, 2000) + 0.5, rng.randint(6, 14), rng.randint(100, 900)
    expr = "%s*%d-%d" % (a, b, c_)
    res = a * b - c_
    res_s = ("%d" % res) if res == int(res) else ("%s" % res)
    home = ROOT + "/calchome"
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)

    def typ(w):
        subprocess.run(["xdotool", "type", "--delay", "120", expr], env=ENV)
        time.sleep(1)
        subprocess.run(["xdotool", "key", "Return"], env=ENV)
        time.sleep(2)
    n = "s12_matecalc"
    if not capture(n, ["mate-calc"], size=None, wait=3, env={"HOME": home}, after=typ):
        return
    c = "calculator"
    Q(n, "what result is showing on my calculator?", res_s, "number", c, "value_at_label", True)
    Q(n, "is the answer bigger than 15000?", "yes" if res > 15000 else "no", "yesno", c, "yes_no_state", False)
    Q(n, "what number would I get if I added 1000 to what's on screen", ("%d" % (res + 1000)) if res == int(res) else str(res + 1000),
      "number", c, "sum_difference", False)
    Q(n, "which button clears the display?", "Clear", "text", c, "button_to_click", True)


# =========================================================== W13 mate-system-monitor
def w_monitor():
    procs = [("s12-indexer", 40), ("s12-thumbgen", 120), ("s12-backupd", 75), ("s12-mailsync", 20),
             ("s12-webhook", 55)]
    procs = [(nm, mb + rng.randint(0, 15)) for nm, mb in procs]
    os.makedirs(ROOT, exist_ok=True)
    worker = ROOT + "/worker.py"
    write(worker, '''import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
buf = bytearray(b"\\x01" * (int(sys.argv[2]) * 1024 * 1024))
time.sleep(100000)
''', 0o644)
    bg = []
    for nm, mb in procs:
        bg.append(subprocess.Popen(["runuser", "-u", "dana", "--", SYSPY, worker, nm, str(mb)],
                                   start_new_session=True))
    time.sleep(3)
    n = "s12_matesysmon"
    ok = capture(n, ["mate-system-monitor", "-p"], size=(1100, 640), wait=8, user="dana",
                 name_re="System Monitor")
    for p in bg:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    subprocess.run("pkill -KILL -u dana -f worker.py", shell=True)
    if not ok:
        return
    c = "system_monitor"
    top = max(procs, key=lambda x: x[1])
    Q(n, "which of my processes is hogging the most memory?", top[0], "text", c, "extreme_by_column", True)
    Q(n, "how many s12- processes are running", len(procs), "count", c, "count_condition", False)
    bk = dict(procs)["s12-backupd"]
    Q(n, "roughly how much memory is s12-backupd using (MiB)?", bk, "approx", c, "value_at_label", False)
    Q(n, "is s12-mailsync running?", "yes", "yesno", c, "yes_no_state", False)
    low = min(procs, key=lambda x: x[1])
    Q(n, "which s12 process uses the least memory", low[0], "text", c, "extreme_by_column", True)


# =========================================================== W14 PyQt5 table
def w_qt_table():
    custs = ["Alder & Finch", "Borealis Foods", "Crane Optics", "Delta Textiles", "Ember Coffee",
             "Fjord Outdoor", "Granite Labs", "Hollow Oak Toys", "Iris Ceramics", "Juniper Pharma"]
    dests = ["Rotterdam", "Hamburg", "Gdansk", "Antwerp", "Le Havre", "Felixstowe", "Bilbao"]
    stats = ["In transit", "Delivered", "Delayed", "At customs"]
    rows = []
    for i, cu in enumerate(custs):
        rows.append(["SHP-%04d" % (2310 + i * 3), cu, rng.choice(dests), "%.1f" % (rng.randint(120, 9800) / 10),
                     rng.choice(stats), "2024-11-%02d" % rng.randint(4, 29)])
    sel = rng.randint(2, 8)
    ndel = sum(r[4] == "Delayed" for r in rows)
    status = "%d shipments | %d delayed | last sync 09:42" % (len(rows), ndel)
    script = ROOT + "/qt_table.py"
    write(script, '''import sys, json
from PyQt5 import QtWidgets, QtCore
rows = json.loads(%r)
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
w = QtWidgets.QMainWindow(); w.setWindowTitle("Shipment Tracker - Q4 2024")
t = QtWidgets.QTableWidget(len(rows), 6)
t.setHorizontalHeaderLabels(["Shipment", "Customer", "Destination", "Weight (kg)", "Status", "ETA"])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        it = QtWidgets.QTableWidgetItem(v)
        if j == 3: it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
t.selectRow(%d)
w.setCentralWidget(t)
tb = w.addToolBar("main")
for a in ["New shipment", "Export CSV", "Refresh"]: tb.addAction(a)
w.statusBar().showMessage(%r)
w.resize(900, 480); w.show(); t.setFocus()
app.exec_()
''' % (json.dumps(rows), sel, status))
    n = "s12_pyqt5_shipments"
    if not capture(n, [SYSPY, script], size=(900, 480), wait=4):
        return
    c = "table_app"
    r = rows[4]
    Q(n, "what's the destination for %s?" % r[0], r[2], "text", c, "cell_row_col", True)
    Q(n, "which shipment is selected", rows[sel][0], "code", c, "selected_row", True)
    Q(n, "how many shipments are delayed", ndel, "count", c, "count_condition", False)
    hv = max(rows, key=lambda r: float(r[3]))
    Q(n, "who's the customer on the heaviest shipment?", hv[1], "text", c, "extreme_by_column", True)
    Q(n, "what does the status bar say", status, "text", c, "status_bar", True)
    Q(n, "which button do I click to export this to a csv", "Export CSV", "text", c, "button_to_click", True)
    r = rows[7]
    Q(n, "ETA of the %s shipment?" % r[1], r[5], "date", c, "cell_row_col", True)


# =========================================================== W15 GTK3 settings dialog (dark)
def w_gtk_settings():
    checks = [("Compress archives", True), ("Encrypt backups", rng.random() < 0.5), ("Verify after backup", True),
              ("Include hidden files", rng.random() < 0.5), ("Pause on battery power", rng.random() < 0.5)]
    sched = rng.choice(["Daily", "Weekly", "Monthly"])
    dest = rng.choice(["NAS (192.168.1.20)", "USB drive BACKUP01", "Cloud bucket s3-dana"])
    keep = rng.randint(5, 30)
    status = "Last backup: 2024-11-02 23:15 - 3.2 GB in 41 min"
    script = ROOT + "/gtk_settings.py"
    write(script, '''import gi, json
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
checks = json.loads(%r); sched = %r; dest = %r; keep = %d; status = %r
w = Gtk.Window(title="Backup Preferences"); w.set_default_size(560, 520)
v = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); v.set_border_width(14)
v.pack_start(Gtk.Label(label="<b>Options</b>", use_markup=True, xalign=0), False, False, 0)
for lab, on in checks:
    cb = Gtk.CheckButton(label=lab); cb.set_active(on); v.pack_start(cb, False, False, 0)
v.pack_start(Gtk.Label(label="<b>Schedule</b>", use_markup=True, xalign=0), False, False, 0)
hb = Gtk.Box(spacing=16); first = None
for s in ["Daily", "Weekly", "Monthly"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, s); first = first or rb
    hb.pack_start(rb, False, False, 0)
    if s == sched: rb.set_active(True)
v.pack_start(hb, False, False, 0)
g = Gtk.Grid(column_spacing=12, row_spacing=8)
g.attach(Gtk.Label(label="Destination:", xalign=0), 0, 0, 1, 1)
cb = Gtk.ComboBoxText()
for d in ["NAS (192.168.1.20)", "USB drive BACKUP01", "Cloud bucket s3-dana"]: cb.append_text(d)
cb.set_active(["NAS (192.168.1.20)", "USB drive BACKUP01", "Cloud bucket s3-dana"].index(dest))
g.attach(cb, 1, 0, 1, 1)
g.attach(Gtk.Label(label="Keep last backups:", xalign=0), 0, 1, 1, 1)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 40, 1); sc.set_value(keep); sc.set_digits(0)
sc.set_hexpand(True); sc.set_value_pos(Gtk.PositionType.RIGHT)
g.attach(sc, 1, 1, 1, 1)
v.pack_start(g, False, False, 6)
bb = Gtk.Box(spacing=8)
for lab in ["Back up now", "Cancel", "Apply"]:
    bb.pack_end(Gtk.Button(label=lab), False, False, 0) if lab != "Back up now" else bb.pack_start(Gtk.Button(label=lab), False, False, 0)
v.pack_start(bb, False, False, 6)
sb = Gtk.Statusbar(); sb.push(0, status)
v.pack_end(sb, False, False, 0)
w.add(v); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
''' % (json.dumps(checks), sched, dest, keep, status))
    n = "s12_gtk3_backup_prefs"
    if not capture(n, [SYSPY, script], size=(560, 520), wait=4, env={"GTK_THEME": "Adwaita:dark"}):
        return
    c = "settings_dialog"
    Q(n, "is encryption turned on", "yes" if checks[1][1] else "no", "yesno", c, "checkbox_state", False)
    Q(n, "which schedule did I pick?", sched, "text", c, "checkbox_state", True)
    Q(n, "how many of the options are ticked", sum(on for _, on in checks), "count", c, "count_condition", False)
    Q(n, "where are the backups going (destination)?", dest, "text", c, "checkbox_state", True)
    Q(n, "how many backups does it keep", keep, "number", c, "value_at_label", True)
    Q(n, "whats the status bar text", status, "text", c, "status_bar", True)
    Q(n, "what button do I press to start a backup right away?", "Back up now", "text", c, "button_to_click", True)
    Q(n, "is this window in dark mode?", "yes", "yesno", c, "yes_no_state", False)


# =========================================================== W16 IDLE editor
def w_idle():
    d = "/home/dana/projects/shop"
    os.makedirs(d, exist_ok=True)
    funcs = ["load_stock", "restock", "price_with_tax", "low_stock_report", "save_stock"]
    src = '"""Small stock keeping helpers for the shop."""\nimport csv\nimport json\n\nTAX = 0.2\nLOW = 5\n\n'
    bodies = {
        "load_stock": ["    with open(path) as fh:", "        return json.load(fh)"],
        "restock": ["    stock[sku] = stock.get(sku, 0) + qty", "    return stock[sku]"],
        "price_with_tax": ["    return round(price * (1 + TAX), 2)"],
        "low_stock_report": ["    rows = []", "    for sku, qty in sorted(stock.items()):", "        if qty < LOW:",
                             "            rows.append((sku, qty))", "    return rows"],
        "save_stock": ["    with open(path, 'w') as fh:", "        json.dump(stock, fh, indent=2)"],
    }
    args = {"load_stock": "path", "restock": "stock, sku, qty", "price_with_tax": "price",
            "low_stock_report": "stock", "save_stock": "stock, path"}
    start = {}
    for fn in funcs:
        src += "\n"
        start[fn] = src.count("\n") + 1
        src += "def %s(%s):\n" % (fn, args[fn]) + "\n".join(bodies[fn][:rng.randint(1, len(bodies[fn]))] if False else bodies[fn]) + "\n\n"
    p = d + "/stock.py"
    write(p, src)
    home = ROOT + "/idlehome"
    shutil.rmtree(home, ignore_errors=True)
    write(home + "/.idlerc/config-main.cfg", "[EditorWindow]\nline-numbers-default = True\nwidth = 80\nheight = 40\n")
    n = "s12_idle_stock"
    if not capture(n, ["idle-python3.11", p], size=(900, 760), wait=5, env={"HOME": home}, pos=(40, 5)):
        return
    c = "code_editor"
    Q(n, "what line does low_stock_report start on?", start["low_stock_report"], "number", c, "function_line", True)
    Q(n, "which file do i have open", "stock.py", "text", c, "title_filename", True)
    Q(n, "how many functions are defined in this file?", len(funcs), "count", c, "count_condition", False)
    Q(n, "What's the value of LOW?", 5, "number", c, "value_at_label", True)
    Q(n, "line number of def restock", start["restock"], "number", c, "function_line", True)


# =========================================================== W17 gitweb in chromium --app
def w_gitweb():
    d = "/home/dana/projects/harbor-web"
    make_repo(d)
    write(d + "/.git/description", "Harbor freight reporting tools\n")
    sh("git config gitweb.owner 'Dana Whitfield'", cwd=d)
    subprocess.run("cd %s && git instaweb --stop >/dev/null 2>&1; git instaweb --httpd=lighttpd --port=8563 --local"
                   " --browser=true" % d, shell=True, env=ENV)
    time.sleep(2)
    prof = ROOT + "/chrome"
    shutil.rmtree(prof, ignore_errors=True)
    n = "s12_chromium_gitweb"
    ok = capture(n, ["chromium", "--no-sandbox", "--disable-gpu", "--no-first-run", "--user-data-dir=" + prof,
                     "--window-size=1150,700", "--app=http://127.0.0.1:8563/?p=.git;a=shortlog"],
                 size=(1150, 700), wait=10, timeout=90, pos=(20, 10))
    subprocess.run("cd %s && git instaweb --stop" % d, shell=True, env=ENV)
    if not ok:
        return
    c = "git_gui"
    Q(n, "who committed 'Handle empty manifests'?", "Tomas Eklund", "person", c, "who_when", True)
    Q(n, "how many commits has Aiko made here", sum(x[0] == "Aiko Mori" for x in GIT_COMMITS), "count", c, "count_condition", False)
    Q(n, "what's the most recent commit message", GIT_COMMITS[-1][3], "text", c, "extreme_by_column", True)
    Q(n, "what's the repo's description?", "Harbor freight reporting tools", "text", c, "value_at_label", True)
    Q(n, "what's the second newest commit?", GIT_COMMITS[-2][3], "text", c, "nth_entry", True)


# =========================================================== W18 aerc maildir
def w_aerc():
    home = ROOT + "/aerchome"
    shutil.rmtree(home, ignore_errors=True)
    md = home + "/Mail/INBOX"
    for s in ("cur", "new", "tmp"):
        os.makedirs(md + "/" + s)
    people = [("Hannah Berg", "hannah@fjordoutdoor.example"), ("Luis Ortega", "luis@granitelabs.example"),
              ("Mei Tanaka", "mei@irisceramics.example"), ("Owen Price", "owen@harbor.example"),
              ("Sara Lindqvist", "sara@borealis.example")]
    subjects = ["Q4 freight quote", "Re: customs paperwork", "Invoice INV-20931 overdue", "Lunch on Friday?",
                "Updated berth schedule", "Pallet count mismatch", "Re: Q4 freight quote", "Holiday closing dates"]
    msgs = []
    base = dt.datetime(2024, 11, 4, 8, 0, tzinfo=dt.timezone.utc)
    for i, s in enumerate(subjects):
        who = people[rng.randrange(len(people))]
        t = base + dt.timedelta(hours=rng.randint(2, 30) * (i + 1) // 2 + i * 9, minutes=rng.randint(0, 59))
        unread = rng.random() < 0.4
        msgs.append(dict(name=who[0], addr=who[1], subj=s, t=t, unread=unread))
    msgs.sort(key=lambda m: m["t"])
    for i, m in enumerate(msgs):
        body = ("From: %s <%s>\nTo: Dana Whitfield <dana@harbor.example>\nSubject: %s\nDate: %s\n"
                "Message-ID: <s12-%d@example>\n\nHi Dana,\n\nsee subject.\n" %
                (m["name"], m["addr"], m["subj"], m["t"].strftime("%a, %d %b %Y %H:%M:%S +0000"), i))
        fn = "%d.s12_%d.ws" % (int(m["t"].timestamp()), i)
        if m["unread"]:
            write("%s/new/%s" % (md, fn), body)
        else:
            write("%s/cur/%s:2,S" % (md, fn), body)
    write(home + "/.config/aerc/accounts.conf",
          "[Work]\nsource = maildir://%s/Mail\ndefault = INBOX\nfrom = Dana Whitfield <dana@harbor.example>\n" % home, 0o600)
    write(home + "/.config/aerc/aerc.conf",
          "[ui]\ntimestamp-format=2006-01-02 15:04\nthis-day-time-format=2006-01-02 15:04\n"
          "this-week-time-format=2006-01-02 15:04\nthis-year-time-format=2006-01-02 15:04\n"
          "sort=-r date\nsidebar-width=16\n[general]\nunsafe-accounts-conf=true\n")
    script = "%s/term_aerc.sh" % ROOT
    write(script, "#!/bin/bash\nexport HOME=%s\nexec aerc\n" % home, 0o755)
    n = "s12_aerc_inbox"
    if not kgx(n, script, dark=False, size=(1100, 520), wait=8):
        return
    c = "mail_client"
    m = msgs[2]
    Q(n, "who sent me '%s'?" % m["subj"], m["name"], "person", c, "who_when", True)
    Q(n, "how many unread emails do I have", sum(m["unread"] for m in msgs), "count", c, "count_condition", False)
    Q(n, "what's the subject of the newest mail", msgs[-1]["subj"], "text", c, "extreme_by_column", True)
    m = msgs[4]
    Q(n, "when did '%s' arrive" % m["subj"], m["t"].strftime("%Y-%m-%d %H:%M"), "date", c, "who_when", True)
    Q(n, "which email is the oldest in my inbox", msgs[0]["subj"], "text", c, "extreme_by_column", True)


# =========================================================== W19 xmessage
def w_xmessage():
    copied = rng.randint(900, 4000)
    skipped = rng.randint(2, 20)
    warns = rng.randint(2, 6)
    msg = ("Backup job 'nightly-nas' finished with %d warnings.\n\nFiles copied:  {:,}\nFiles skipped: %d\n"
           "Duration: 00:41:07\n\nOpen the log for details." % (warns, skipped)).format(copied)
    n = "s12_xmessage_backup"
    if not capture(n, ["xmessage", "-center", "-buttons", "View log:2,Retry:3,Close:0", msg], size=None, wait=2):
        return
    c = "message_dialog"
    Q(n, "which button shows me the log", "View log", "text", c, "button_to_click", True)
    Q(n, "how many files got copied?", "{:,}".format(copied), "number", c, "value_at_label", True)
    Q(n, "how many warnings were there", warns, "count", c, "value_at_label", True)
    Q(n, "what's the name of the backup job", "nightly-nas", "text", c, "value_at_label", True)


WINDOWS = [w_ls, w_tests, w_traceback, w_git, w_sqlite, w_cmus, w_mgdiff, w_4pane, w_chart, w_receipt,
           w_pdf, w_calc, w_monitor, w_qt_table, w_gtk_settings, w_idle, w_gitweb, w_aerc, w_xmessage]


def main():
    only = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(ROOT + "/home", exist_ok=True)
    os.makedirs(ROOT + "/run", mode=0o700, exist_ok=True)
    os.makedirs("/home/dana/Pictures", exist_ok=True)
    os.makedirs("/home/dana/Documents", exist_ok=True)
    # every window consumes the rng in order, so partial runs still see the same data
    old = {}
    mf = os.path.join(HERE, "manifest.jsonl")
    if only and os.path.exists(mf):
        for l in open(mf):
            o = json.loads(l)
            old.setdefault(o["image"], []).append(o)
    for w in WINDOWS:
        global QUESTIONS
        if only and w.__name__ not in only:
            # run data generation only, skip capture, keep previous questions
            saved = capture.__code__
            QUESTIONS_before = len(QUESTIONS)
            globals()["capture"] = lambda *a, **k: False
            try:
                w()
            finally:
                globals()["capture"] = _real_capture
            continue
        w()
    # merge
    newimgs = {q["image"] for q in QUESTIONS}
    allq = []
    for w in WINDOWS:
        pass
    merged = [q for q in QUESTIONS]
    for img, qs in old.items():
        if img not in newimgs:
            merged.extend(qs)
    order = {("images/" + f.__name__): i for i, f in enumerate(WINDOWS)}
    with open(mf, "w") as f:
        for i, q in enumerate(merged, 1):
            q = dict(q)
            q.pop("id", None)
            f.write(json.dumps(dict(id="s12-%04d" % i, **q)) + "\n")
    print(len(merged), "questions")


_real_capture = capture

if __name__ == "__main__":
    main()
