#!/usr/bin/env python3
"""screens_test17: held-out screenshots of real Debian applications.

Run with /work/main/.venv/bin/python build.py [window ...]
Creates fake data under /tmp/s17 (HOME for every app), launches each app on
Xvfb :69 (openbox), captures images/*.png and writes manifest.jsonl.
Every gold answer is computed here from the data handed to the app.
"""
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import wave

SEED = 6089
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
ROOT = "/tmp/s17"
HOME = os.path.join(ROOT, "home")
QDIR = os.path.join(ROOT, "q")
DISPLAY = ":69"
SYSPY = "/usr/bin/python3"

ENV = dict(os.environ)
ENV.update({"DISPLAY": DISPLAY, "HOME": HOME, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "XDG_CONFIG_HOME": os.path.join(HOME, ".config"),
            "XDG_DATA_HOME": os.path.join(HOME, ".local/share"),
            "XDG_CACHE_HOME": os.path.join(HOME, ".cache"),
            "XDG_RUNTIME_DIR": os.path.join(ROOT, "run"), "NO_AT_BRIDGE": "1",
            "TZ": "UTC"})
for k in ("PYTHONPATH", "VIRTUAL_ENV"):
    ENV.pop(k, None)
ENV["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"

PROCS = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=kw.pop("env", ENV),
                          capture_output=True, text=True, **kw)


def launch(argv, env=None, cwd=None):
    p = subprocess.Popen(["nice", "-n", "19"] + argv, env=env or ENV, cwd=cwd or HOME,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    PROCS.append(p)
    return p


def kill(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=5)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass


def ensure_display():
    if not os.path.exists("/tmp/.X11-unix/X69"):
        launch(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"])
        time.sleep(2)
    if True:
        out = sh(["dbus-launch", "--sh-syntax"]).stdout
        for line in out.splitlines():
            if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
                ENV["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].rstrip(";").strip("'")
            if line.startswith("DBUS_SESSION_BUS_PID="):
                ENV["S17_DBUS"] = line.split("=", 1)[1].rstrip(";")
    if sh("pgrep -x openbox").returncode != 0:
        launch(["openbox"])
        time.sleep(1)


def find_window(name=None, cls=None, timeout=40):
    t0 = time.time()
    while time.time() - t0 < timeout:
        args = ["xdotool", "search", "--onlyvisible"]
        args += ["--name", name] if name else ["--class", cls]
        r = sh(args)
        ids = [int(x) for x in r.stdout.split()]
        best = None
        for i in ids:
            g = geom(i)
            if g and g[2] > 150 and g[3] > 100:
                if best is None or g[2] * g[3] > best[1]:
                    best = (i, g[2] * g[3])
        if best:
            return best[0]
        time.sleep(0.5)
    raise RuntimeError("window not found: %s %s" % (name, cls))


def geom(wid):
    r = sh(["xwininfo", "-id", str(wid)])
    if r.returncode:
        return None
    d = {}
    for line in r.stdout.splitlines():
        line = line.strip()
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            if line.startswith(key + ":"):
                d[key] = int(line.split(":")[1])
    try:
        return d["Absolute upper-left X"], d["Absolute upper-left Y"], d["Width"], d["Height"]
    except KeyError:
        return None


def place(wid, x, y, w, h):
    sh(["xdotool", "windowactivate", "--sync", str(wid)])
    sh(["xdotool", "windowsize", str(wid), str(w), str(h)])
    sh(["xdotool", "windowmove", str(wid), str(x), str(y)])


def capture(wid, name, frame=True):
    x, y, w, h = geom(wid)
    l = r = t = b = 0
    if frame:
        ext = sh(["xprop", "-id", str(wid), "_NET_FRAME_EXTENTS"]).stdout
        if "=" in ext:
            l, r, t, b = [int(v) for v in ext.split("=")[1].split(",")]
    x0, y0 = max(0, x - l), max(0, y - t)
    x1, y1 = min(1280, x + w + r), min(800, y + h + b)
    out = os.path.join(IMG, name + ".png")
    sh(["import", "-window", "root", "-crop", "%dx%d+%d+%d" % (x1 - x0, y1 - y0, x0, y0),
        "+repage", out])
    return "images/%s.png" % name


class QS:
    def __init__(self, image):
        self.image = image
        self.items = []

    def add(self, question, answer, atype, category, intent, literal):
        self.items.append({"image": self.image, "question": question, "answer": str(answer),
                           "answer_type": atype, "category": category, "intent": intent,
                           "literal": bool(literal)})


def save_q(name, qs):
    os.makedirs(QDIR, exist_ok=True)
    with open(os.path.join(QDIR, name + ".json"), "w") as f:
        json.dump(qs.items, f, indent=1)


def set_mtime(path, stamp):
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (t, t))


def rng_for(name):
    return random.Random("%d-%s" % (SEED, name))


# --------------------------------------------------------------------------- yakuake terminals
YAKUAKERC = """[Dialogs]
FirstRun=false
[Window]
Height=82
Width=84
ShowTabBar=true
KeepOpen=true
[Behavior]
OpenAfterStart=true
[Animation]
Frames=0
"""


def yakuake_shot(name, script_body, wait=5, extra_wait=0, keys=None):
    """Run script_body (bash) as the shell of a fresh yakuake window, capture it."""
    cfg = os.path.join(HOME, ".config")
    os.makedirs(cfg, exist_ok=True)
    with open(os.path.join(cfg, "yakuakerc"), "w") as f:
        f.write(YAKUAKERC)
    scr = os.path.join(ROOT, "sh_%s.sh" % name)
    with open(scr, "w") as f:
        f.write("#!/bin/bash\nexport PS1='\\[\\e[1;32m\\]dana@ledger\\[\\e[0m\\]:\\[\\e[1;34m\\]\\w\\[\\e[0m\\]\\$ '\n")
        f.write("export HOME=%s TERM=xterm-256color\ncd ~\n" % HOME)
        f.write("p(){ printf '\\e[1;32mdana@ledger\\e[0m:\\e[1;34m%s\\e[0m$ %s\\n' \"$(pwd | sed \"s#^$HOME#~#\")\" \"$*\"; }\n")
        f.write(script_body)
        f.write("\nexec bash --norc -i\n")
    os.chmod(scr, 0o755)
    env = dict(ENV)
    env["SHELL"] = scr
    p = launch(["yakuake"], env=env)
    wid = find_window(cls="yakuake")
    time.sleep(wait)
    if keys:
        for k in keys:
            if k.startswith("type:"):
                sh(["xdotool", "type", "--delay", "60", k[5:]])
            else:
                sh(["xdotool", "key"] + k.split())
            time.sleep(1.0)
    time.sleep(extra_wait)
    img = capture(wid, name, frame=False)
    kill(p)
    time.sleep(1)
    return img


def w_term_ls():
    name = "term_ls_reports"
    rng = rng_for(name)
    d = os.path.join(HOME, "reports")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = {}
    # csv files with real rows
    for fn in ("orders_q3.csv", "orders_q4.csv", "clients.csv", "vendors.csv"):
        n = rng.randint(40, 400)
        rows = ["id,name,amount,date"]
        for i in range(n):
            rows.append("%d,%s,%d.%02d,2025-%02d-%02d" % (i + 1, rng.choice(["Alder", "Birch", "Cedar", "Dogwood", "Elm"]),
                                                         rng.randint(5, 900), rng.randint(0, 99), rng.randint(1, 12), rng.randint(1, 28)))
        data = ("\n".join(rows) + "\n").encode()
        files[fn] = data
    for fn in ("budget_2025.xlsx", "summary.pdf", "logo.png", "export.log", "notes.txt"):
        files[fn] = bytes(rng.randrange(256) for _ in range(rng.randint(900, 60000)))
    stamps = {}
    for fn, data in files.items():
        with open(os.path.join(d, fn), "wb") as f:
            f.write(data)
        st = "2025-%02d-%02d %02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(7, 22), rng.randint(0, 59))
        stamps[fn] = st
    for sub in ("archive", "drafts"):
        os.makedirs(os.path.join(d, sub))
        with open(os.path.join(d, sub, "keep.txt"), "w") as f:
            f.write("x\n")
        set_mtime(os.path.join(d, sub, "keep.txt"), "2025-01-02 10:00")
        set_mtime(os.path.join(d, sub), "2025-01-02 10:00")
    for fn, st in stamps.items():
        set_mtime(os.path.join(d, fn), st)
    body = "cd ~/reports\np ls -l --time-style=long-iso\nls -l --time-style=long-iso --color=always\np wc -l '*.csv'\nwc -l *.csv\n"
    img = yakuake_shot(name, body)
    q = QS(img)
    sizes = {fn: len(v) for fn, v in files.items()}
    lines = {fn: v.count(b"\n") for fn, v in files.items() if fn.endswith(".csv")}
    biggest = max(sizes, key=sizes.get)
    newest = max(stamps, key=stamps.get)
    q.add("how big is budget_2025.xlsx in bytes?", sizes["budget_2025.xlsx"], "number", "terminal", "value_at_label", True)
    q.add("Which file in my reports folder is the largest?", biggest, "text", "terminal", "largest_smallest", True)
    q.add("When was notes.txt last modified?", stamps["notes.txt"], "date", "terminal", "who_when", True)
    q.add("according to wc, how many lines does orders_q4.csv have", lines["orders_q4.csv"], "number", "terminal", "cell_row_col", True)
    q.add("what's the size difference in bytes between orders_q3.csv and orders_q4.csv?",
          abs(sizes["orders_q3.csv"] - sizes["orders_q4.csv"]), "number", "terminal", "difference_sum", False)
    save_q(name, q)


GIT_AUTHORS = [("Priya Raman", "priya@invoicer.dev"), ("Tomasz Kowal", "tomasz@invoicer.dev"),
               ("Aiko Mori", "aiko@invoicer.dev")]


def w_term_git():
    name = "term_git_log"
    rng = rng_for(name)
    d = os.path.join(HOME, "src", "invoicer")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    genv = dict(ENV)
    sh(["git", "init", "-q", "-b", "main", d], env=genv)
    msgs = ["Initial project skeleton", "Add CSV export", "Fix rounding in invoice totals",
            "Support EUR and GBP currencies", "Refactor tax table loader", "Add overdue reminder emails",
            "Bump version to 2.4.0"]
    commits = []
    day = dt.datetime(2026, 3, 2, 9, 15)
    for i, m in enumerate(msgs):
        a = GIT_AUTHORS[rng.randrange(3)] if i not in (0,) else GIT_AUTHORS[0]
        day += dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5), minutes=rng.randint(0, 59))
        fn = os.path.join(d, "file%d.py" % i)
        with open(fn, "w") as f:
            f.write("# %s\nVALUE = %d\n" % (m, rng.randint(1, 999)))
        stamp = day.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e = dict(genv, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        sh(["git", "-C", d, "add", "-A"], env=e)
        sh(["git", "-C", d, "commit", "-q", "-m", m], env=e)
        if i == 2:
            sh(["git", "-C", d, "checkout", "-q", "-b", "release/2.4"], env=e)
    # commits as git reports them
    out = sh(["git", "-C", d, "log", "--date=short", "--pretty=%h|%ad|%an|%s"], env=genv).stdout
    for line in out.strip().splitlines():
        h, ad, an, s = line.split("|", 3)
        commits.append({"h": h, "date": ad, "author": an, "subject": s})
    # working tree changes
    with open(os.path.join(d, "file1.py"), "a") as f:
        f.write("EXTRA = 1\n")
    with open(os.path.join(d, "file4.py"), "a") as f:
        f.write("EXTRA = 2\n")
    with open(os.path.join(d, "file5.py"), "a") as f:
        f.write("EXTRA = 3\n")
    with open(os.path.join(d, "CHANGELOG.md"), "w") as f:
        f.write("# 2.4.0\n")
    sh(["git", "-C", d, "add", "CHANGELOG.md"], env=genv)
    with open(os.path.join(d, "notes_todo.txt"), "w") as f:
        f.write("todo\n")
    st = sh(["git", "-C", d, "status", "--porcelain"], env=genv).stdout
    unstaged = sum(1 for l in st.splitlines() if l[1] == "M")
    branch = sh(["git", "-C", d, "branch", "--show-current"], env=genv).stdout.strip()
    body = ("cd ~/src/invoicer\np git log --date=short --pretty='%h %ad %an: %s'\n"
            "git -c color.ui=always log --date=short --pretty='%C(yellow)%h%Creset %ad %C(cyan)%an%Creset: %s' | cat\n"
            "p git status\ngit -c color.ui=always status\n")
    img = yakuake_shot(name, body)
    q = QS(img)
    by_subj = {c["subject"]: c for c in commits}
    q.add("who wrote the 'Fix rounding in invoice totals' commit?", by_subj["Fix rounding in invoice totals"]["author"],
          "person", "terminal", "who_when", True)
    q.add("What's the message of my latest commit?", commits[0]["subject"], "text", "terminal", "first_last_nth", True)
    q.add("how many of these commits are by Priya?", sum(1 for c in commits if c["author"] == "Priya Raman"),
          "count", "terminal", "count_condition", False)
    q.add("which branch am I on", branch, "code", "terminal", "value_at_label", True)
    bump = next(c["subject"] for c in commits if c["subject"].startswith("Bump version to "))
    q.add("what version did I bump it to?", bump.split()[-1], "version", "terminal", "value_at_label", True)
    q.add("How many files are modified but not staged?", unstaged, "count", "terminal", "count_condition", False)
    q.add("hash of the very first commit?", commits[-1]["h"], "code", "terminal", "first_last_nth", True)
    save_q(name, q)


PRICING_TESTS = '''import pytest

from pricing import subtotal, apply_discount, tax, fmt


def test_subtotal_empty():
    assert subtotal([]) == 0


def test_subtotal_three_items():
    assert subtotal([10, 20, 12.5]) == 42.5


def test_discount_rounding():
    assert apply_discount(46.1, 10) == 41.5


def test_discount_zero():
    assert apply_discount(80, 0) == 80


def test_tax_rate_default():
    assert tax(200) == 38.0


def test_tax_rate_reduced():
    assert tax(200, reduced=True) == 14.0


@pytest.mark.skip(reason="needs exchange-rate service")
def test_convert_eur_gbp():
    assert False


def test_fmt_thousands():
    assert fmt(1234567.5) == "1,234,567.50"


def test_fmt_negative():
    assert fmt(-12) == "-12.00"
'''

PRICING_MOD = '''def subtotal(items):
    return sum(items)


def apply_discount(amount, pct):
    return round(amount * (100 - pct) / 100, 2)


def tax(amount, reduced=False):
    return amount * (0.07 if reduced else 0.21)


def fmt(x):
    return "{:,.2f}".format(x)
'''


def w_term_pytest():
    name = "term_pytest"
    d = os.path.join(HOME, "src", "pricing")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "tests"))
    with open(os.path.join(d, "pricing.py"), "w") as f:
        f.write(PRICING_MOD)
    with open(os.path.join(d, "tests", "test_pricing.py"), "w") as f:
        f.write(PRICING_TESTS)
    # compute the outcome of every test ourselves
    ns = {}
    exec(PRICING_MOD, ns)
    res = {}
    res["test_subtotal_empty"] = ns["subtotal"]([]) == 0
    res["test_subtotal_three_items"] = ns["subtotal"]([10, 20, 12.5]) == 42.5
    res["test_discount_rounding"] = ns["apply_discount"](46.1, 10) == 41.5
    res["test_discount_zero"] = ns["apply_discount"](80, 0) == 80
    res["test_tax_rate_default"] = ns["tax"](200) == 38.0
    res["test_tax_rate_reduced"] = ns["tax"](200, reduced=True) == 14.0
    res["test_fmt_thousands"] = ns["fmt"](1234567.5) == "1,234,567.50"
    res["test_fmt_negative"] = ns["fmt"](-12) == "-12.00"
    failed = [k for k in res if not res[k]]
    passed = [k for k in res if res[k]]
    body = ("cd ~/src/pricing\np python -m pytest -v --tb=no -rfs tests/\n"
            "PYTHONPATH=. /work/main/.venv/bin/python -m pytest -v --tb=no -rfs -p no:cacheprovider --color=yes tests/ 2>&1 | sed -e 's#/work/main/.venv/bin/python[0-9.]*#/usr/bin/python3#g'\n")
    img = yakuake_shot(name, body, wait=8)
    q = QS(img)
    q.add("how many tests failed?", len(failed), "count", "terminal", "count_condition", True)
    q.add("Did the whole test suite pass?", "no", "yesno", "terminal", "yes_no_state", False)
    q.add("which test is the first one that failed", failed[0], "code", "terminal", "first_last_nth", True)
    q.add("why was test_convert_eur_gbp skipped?", "needs exchange-rate service", "text", "terminal", "error_message", True)
    q.add("how many tests passed", len(passed), "count", "terminal", "count_condition", True)
    q.add("total number of tests that were collected?", len(res) + 1, "count", "terminal", "difference_sum", True)
    save_q(name, q)


IMPORT_SCRIPT = '''#!/usr/bin/env python3
"""Import an orders CSV into the ledger."""
import csv
import sys


def parse_row(row):
    qty = int(row["qty"])
    price = float(row["price"])
    return row["sku"], qty, price


def main(path):
    total = 0.0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            sku, qty, price = parse_row(row)
            total += qty * price
    print("imported, total = %.2f" % total)


if __name__ == "__main__":
    main(sys.argv[1])
'''


def w_term_traceback():
    name = "term_traceback"
    rng = rng_for(name)
    d = os.path.join(HOME, "ledger")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "data"))
    with open(os.path.join(d, "import_orders.py"), "w") as f:
        f.write(IMPORT_SCRIPT)
    rows = []
    bad_at = 4
    for i in range(6):
        qty = str(rng.randint(1, 30))
        if i == bad_at:
            qty = qty + "x"
        rows.append(("SKU-%04d" % rng.randint(1000, 9999), qty, "%d.%02d" % (rng.randint(2, 80), rng.randint(0, 99))))
    with open(os.path.join(d, "data", "orders.csv"), "w") as f:
        f.write("sku,qty,price\n")
        for r in rows:
            f.write(",".join(r) + "\n")
    lines = IMPORT_SCRIPT.splitlines()
    err_line = next(i + 1 for i, l in enumerate(lines) if 'int(row["qty"])' in l)
    func_line = next(i + 1 for i, l in enumerate(lines) if l.startswith("def parse_row"))
    bad_qty = rows[bad_at][1]
    body = ("cd ~/ledger\np cat data/orders.csv\ncat data/orders.csv\np python3 import_orders.py data/orders.csv\n"
            "/usr/bin/python3 import_orders.py data/orders.csv\nrc=$?\np 'echo $?'\necho $rc\n")
    img = yakuake_shot(name, body)
    q = QS(img)
    q.add("what error did my import script crash with?",
          "ValueError: invalid literal for int() with base 10: '%s'" % bad_qty, "error", "terminal", "error_message", True)
    q.add("which line of import_orders.py raised it", err_line, "number", "terminal", "line_number", True)
    q.add("What was the exit status?", 1, "number", "terminal", "error_message", True)
    q.add("in which function did it blow up?", "parse_row", "code", "terminal", "value_at_label", True)
    q.add("which SKU has the bad quantity?", rows[bad_at][0], "code", "terminal", "cell_row_col", True)
    q.add("how many order rows are in the csv (not counting the header)?", len(rows), "count", "terminal", "count_condition", False)
    save_q(name, q)



# --------------------------------------------------------------------------- bpytop (TUI monitor)
WORKER = """import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
blob = b"x" * (int(sys.argv[2]) * 1024 * 1024)
time.sleep(600)
"""


def w_bpytop():
    name = "tui_bpytop_filter"
    rng = rng_for(name)
    pdir = os.path.join(ROOT, "procs")
    os.makedirs(pdir, exist_ok=True)
    with open(os.path.join(pdir, "worker.py"), "w") as f:
        f.write(WORKER)
    names = ["s17-indexer", "s17-thumbgen", "s17-mailsync", "s17-backupd", "s17-webhook"]
    mbs = rng.sample([30, 55, 95, 140, 210], 5)
    workers = []
    for n, mb in zip(names, mbs):
        workers.append(launch(["bash", "-c", "exec -a %s %s %s/worker.py %s %d" % (n, SYSPY, pdir, n, mb)]))
    cfgd = os.path.join(HOME, ".config", "bpytop")
    os.makedirs(cfgd, exist_ok=True)
    with open(os.path.join(cfgd, "bpytop.conf"), "w") as f:
        f.write('color_theme="Default"\nupdate_ms=2000\nproc_sorting="memory"\nproc_reversed=False\n'
                'proc_tree=False\nshown_boxes="mem proc"\nproc_per_core=False\nshow_battery=False\n')
    time.sleep(4)
    img = yakuake_shot(name, "clear\nbpytop\n", wait=6, keys=["f", "type:s17-", "Return"], extra_wait=4)
    rss = {}
    for n in names:
        r = sh(["pgrep", "-x", n]).stdout.split()
        if r:
            for line in open("/proc/%s/status" % r[0]):
                if line.startswith("VmRSS:"):
                    rss[n] = int(line.split()[1]) / 1024.0
    for p in workers:
        kill(p)
    q = QS(img)
    by = dict(zip(names, mbs))
    q.add("how many of my s17 processes are showing?", len(names), "count", "system monitor", "count_condition", False)
    q.add("Which of my processes is using the most memory?", max(by, key=by.get), "text", "system monitor", "largest_smallest", True)
    q.add("and which one uses the least RAM", min(by, key=by.get), "text", "system monitor", "largest_smallest", True)
    q.add("what filter is typed into the process list?", "s17-", "code", "system monitor", "value_at_label", True)
    q.add("roughly how much memory is s17-backupd taking, in MB?", "%d" % round(rss.get("s17-backupd", by["s17-backupd"])),
          "approx", "system monitor", "value_at_label", False)
    save_q(name, q)


# --------------------------------------------------------------------------- images in mtpaint (GTK2)
def font(size, mono=False):
    from PIL import ImageFont
    p = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf" if mono else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    return ImageFont.truetype(p, size)


def mtpaint_shot(name, path, w, h):
    p = launch(["mtpaint", path])
    wid = find_window(cls="mtpaint")
    time.sleep(2)
    place(wid, 300, 10, w, h)
    time.sleep(3)
    img = capture(wid, name)
    kill(p)
    return img


def w_receipt():
    name = "mtpaint_receipt"
    rng = rng_for(name)
    from PIL import Image, ImageDraw
    items = rng.sample([("Oat milk 1L", 2.49), ("Sourdough loaf", 4.80), ("Free-range eggs x12", 5.35),
                        ("Cheddar 400g", 6.99), ("Bananas 1kg", 1.89), ("Ground coffee 250g", 8.45),
                        ("Olive oil 500ml", 9.20), ("Cherry tomatoes", 3.15), ("Greek yogurt", 2.75)], 6)
    qty = [rng.randint(1, 3) for _ in items]
    lines_ = [(n, q_, round(p_ * q_, 2)) for (n, p_), q_ in zip(items, qty)]
    sub = round(sum(l[2] for l in lines_), 2)
    tax = round(sub * 0.08, 2)
    total = round(sub + tax, 2)
    date = "2026-%02d-%02d %02d:%02d" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 20), rng.randint(0, 59))
    im = Image.new("RGB", (440, 600), "white")
    d = ImageDraw.Draw(im)
    f, fb, fs = font(17, True), font(22), font(14, True)
    d.text((220, 24), "HARBOR LANE GROCER", font=fb, fill="black", anchor="mm")
    d.text((220, 52), "12 Quay Street, Portsmouth", font=fs, fill="black", anchor="mm")
    d.text((24, 80), date, font=fs, fill="black")
    d.text((300, 80), "Till 3", font=fs, fill="black")
    y = 120
    for n, q_, amt in lines_:
        d.text((24, y), ("%dx %s" % (q_, n))[:30], font=f, fill="black")
        d.text((416, y), "%.2f" % amt, font=f, fill="black", anchor="ra")
        y += 32
    d.line((24, y + 4, 416, y + 4), fill="black", width=1)
    y += 16
    for lab, v in (("SUBTOTAL", sub), ("VAT 8%", tax), ("TOTAL", total)):
        d.text((24, y), lab, font=f, fill="black")
        d.text((416, y), "%.2f" % v, font=f, fill="black", anchor="ra")
        y += 32
    d.text((220, y + 30), "Paid by card **** 4417", font=fs, fill="black", anchor="mm")
    d.text((220, y + 56), "Thank you for shopping local!", font=fs, fill="black", anchor="mm")
    path = os.path.join(HOME, "Pictures", "receipt_harbor_lane.png")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im.save(path)
    img = mtpaint_shot(name, path, 760, 740)
    q = QS(img)
    q.add("what's the total on this receipt?", "%.2f" % total, "money", "image viewer", "value_at_label", True)
    q.add("when did I buy this stuff", date, "date", "image viewer", "who_when", True)
    big = max(lines_, key=lambda l: l[2])
    q.add("which item cost me the most?", big[0], "text", "image viewer", "largest_smallest", True)
    q.add("how many different items are on the receipt", len(lines_), "count", "image viewer", "count_condition", False)
    q.add("How much VAT did I pay?", "%.2f" % tax, "money", "image viewer", "value_at_label", True)
    q.add("what's the file name of the image I have open?", "receipt_harbor_lane.png", "text", "image viewer", "window_title", True)
    save_q(name, q)


def w_chart():
    name = "mtpaint_sales_chart"
    rng = rng_for(name)
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(12, 48) * 500 for _ in months]
    fig, ax = plt.subplots(figsize=(7.2, 4.4), dpi=90)
    ax.bar(months, vals, color="#3b7dd8")
    ax.set_title("Online store revenue 2026 (EUR)")
    ax.set_ylabel("Revenue (EUR)")
    ax.set_ylim(0, 26000)
    ax.set_yticks(range(0, 26001, 5000))
    ax.grid(axis="y", alpha=0.4)
    path = os.path.join(HOME, "Pictures", "revenue_2026.png")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    img = mtpaint_shot(name, path, 900, 620)
    q = QS(img)
    best = months[vals.index(max(vals))]
    worst = months[vals.index(min(vals))]
    q.add("which month had the highest revenue in my chart?", best, "text", "image viewer", "largest_smallest", True)
    q.add("lowest month?", worst, "text", "image viewer", "largest_smallest", True)
    q.add("About how much revenue was there in %s?" % months[3], vals[3], "approx", "image viewer", "chart_value", False)
    q.add("roughly what was March's revenue", vals[2], "approx", "image viewer", "chart_value", False)
    q.add("what's the chart title", "Online store revenue 2026 (EUR)", "text", "image viewer", "window_title", True)
    save_q(name, q)


# --------------------------------------------------------------------------- home-made windows
QT_SETTINGS = r"""
import sys, json
from PyQt5.QtWidgets import *
from PyQt5.QtGui import QPalette, QColor
from PyQt5.QtCore import Qt
cfg = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setStyle("Fusion")
pal = QPalette()
for role, col in ((QPalette.Window, "#2b2b2e"), (QPalette.WindowText, "#e8e8e8"), (QPalette.Base, "#1e1e20"),
                  (QPalette.AlternateBase, "#333336"), (QPalette.Text, "#e8e8e8"), (QPalette.Button, "#3a3a3e"),
                  (QPalette.ButtonText, "#e8e8e8"), (QPalette.Highlight, "#2f7fd8"), (QPalette.HighlightedText, "#ffffff")):
    pal.setColor(role, QColor(col))
app.setPalette(pal)
w = QMainWindow(); w.setWindowTitle("CloudNest Sync - Preferences")
c = QWidget(); v = QVBoxLayout(c)
g1 = QGroupBox("General"); l1 = QVBoxLayout(g1)
for lab, on in cfg["checks"]:
    cb = QCheckBox(lab); cb.setChecked(on); l1.addWidget(cb)
v.addWidget(g1)
g2 = QGroupBox("Bandwidth"); l2 = QVBoxLayout(g2)
for lab in cfg["radios"]:
    rb = QRadioButton(lab); rb.setChecked(lab == cfg["radio_on"]); l2.addWidget(rb)
h = QHBoxLayout(); h.addWidget(QLabel("Upload limit:"))
s = QSlider(Qt.Horizontal); s.setRange(50, 1000); s.setValue(cfg["slider"]); h.addWidget(s)
h.addWidget(QLabel("%d KB/s" % cfg["slider"])); l2.addLayout(h)
v.addWidget(g2)
h2 = QHBoxLayout(); h2.addWidget(QLabel("When a file conflicts:"))
cb = QComboBox(); cb.addItems(cfg["combo"]); cb.setCurrentText(cfg["combo_on"]); h2.addWidget(cb); v.addLayout(h2)
h3 = QHBoxLayout(); h3.addWidget(QLabel("Sync folder:")); e = QLineEdit(cfg["folder"]); h3.addWidget(e); v.addLayout(h3)
bb = QHBoxLayout(); bb.addStretch(1)
for lab in ("Restore Defaults", "Apply", "Close"):
    bb.addWidget(QPushButton(lab))
v.addLayout(bb)
w.setCentralWidget(c)
w.statusBar().showMessage(cfg["status"])
w.resize(560, 520); w.move(60, 40); w.show()
app.exec_()
"""


def w_qt_settings():
    name = "pyqt5_sync_settings"
    rng = rng_for(name)
    labels = ["Start CloudNest at login", "Show desktop notifications", "Pause sync on metered connections",
              "Sync hidden files", "Keep deleted files for 30 days"]
    checks = [(l, rng.random() < 0.5) for l in labels]
    radios = ["Unlimited", "Limit upload rate", "Adjust automatically"]
    radio_on = radios[rng.randrange(3)]
    slider = rng.randrange(100, 950, 25)
    combo = ["Keep both copies", "Prefer the newer file", "Prefer the server copy", "Ask me every time"]
    combo_on = combo[rng.randrange(4)]
    nfiles = rng.randint(800, 4000)
    status = "Up to date - %s files synced, last check %02d:%02d" % ("{:,}".format(nfiles), rng.randint(8, 22), rng.randint(0, 59))
    cfg = {"checks": checks, "radios": radios, "radio_on": radio_on, "slider": slider, "combo": combo,
           "combo_on": combo_on, "status": status, "folder": "/home/dana/CloudNest"}
    cp = os.path.join(ROOT, name + ".json")
    json.dump(cfg, open(cp, "w"))
    sp = os.path.join(ROOT, name + ".py")
    open(sp, "w").write(QT_SETTINGS)
    p = launch([SYSPY, sp, cp])
    wid = find_window(name="CloudNest Sync")
    time.sleep(3)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    q.add("is 'Sync hidden files' turned on?", "yes" if dict(checks)["Sync hidden files"] else "no", "yesno", "settings dialog", "checkbox_state", False)
    q.add("Which bandwidth option did I pick?", radio_on, "text", "settings dialog", "checkbox_state", True)
    q.add("what's the upload limit set to", "%d KB/s" % slider, "number", "settings dialog", "value_at_label", True)
    q.add("what happens when a file conflicts, according to the dropdown?", combo_on, "text", "settings dialog", "checkbox_state", True)
    q.add("what does the status bar say", status, "text", "settings dialog", "status_bar", True)
    q.add("I want to undo all my changes to the factory settings - which button?", "Restore Defaults", "text", "settings dialog", "which_button", True)
    save_q(name, q)


GTK_TABLE = r"""
import sys, json, gi
gi.require_version("Gtk", "4.0")
from gi.repository import Gtk, GLib
cfg = json.load(open(sys.argv[1]))
sm = Gtk.Settings.get_default(); sm.set_property("gtk-application-prefer-dark-theme", True)
w = Gtk.Window(title="Workshop Inventory - parts.db")
w.set_default_size(720, 470)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
store = Gtk.ListStore(str, str, str, int, str)
for r in cfg["rows"]:
    store.append([r[0], r[1], r[2], r[3], "%.2f" % r[4]])
tv = Gtk.TreeView(model=store); tv.set_grid_lines(Gtk.TreeViewGridLines.BOTH)
for i, h in enumerate(["SKU", "Part", "Category", "In stock", "Unit price"]):
    col = Gtk.TreeViewColumn(h, Gtk.CellRendererText(), text=i); tv.append_column(col)
sw = Gtk.ScrolledWindow(); sw.set_child(tv); sw.set_vexpand(True)
box.append(sw)
sb = Gtk.Statusbar(); sb.push(0, cfg["status"]); box.append(sb)
w.set_child(box)
tv.get_selection().select_path(Gtk.TreePath.new_from_indices([cfg["sel"]]))
loop = GLib.MainLoop()
w.connect("close-request", lambda *a: loop.quit())
w.present()
loop.run()
"""


def w_gtk_table():
    name = "gtk4_inventory_table"
    rng = rng_for(name)
    parts = ["Hex bolt M8", "Washer 10mm", "Hinge 75mm", "Drawer slide 450", "Wood screw 4x40", "Cabinet knob",
             "Shelf pin", "Corner brace", "Caster wheel 50mm", "T-nut M6", "Magnetic catch", "Dowel 8x40",
             "Glue 500ml"]
    cats = ["Fasteners", "Hardware", "Consumables"]
    rows = []
    for i, p in enumerate(parts):
        rows.append(["P-%03d" % (100 + i * 7), p, rng.choice(cats), rng.randint(0, 480), rng.randint(5, 2500) / 100.0])
    sel = rng.randrange(len(rows))
    status = "%d parts, %d out of stock" % (len(rows), sum(1 for r in rows if r[3] == 0))
    cfg = {"rows": rows, "sel": sel, "status": status}
    cp = os.path.join(ROOT, name + ".json")
    json.dump(cfg, open(cp, "w"))
    sp = os.path.join(ROOT, name + ".py")
    open(sp, "w").write(GTK_TABLE)
    p = launch([SYSPY, sp, cp])
    wid = find_window(name="Workshop Inventory")
    place(wid, 50, 40, 720, 470)
    time.sleep(3)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    r5 = rows[5]
    q.add("how many %s are in stock?" % r5[1], r5[3], "number", "table app", "cell_row_col", True)
    q.add("which part is selected right now", rows[sel][1], "text", "table app", "selected_row", True)
    big = max(rows, key=lambda r: r[3])
    q.add("what part do I have the most of?", big[1], "text", "table app", "largest_smallest", True)
    c0 = rows[0][2]
    q.add("How many parts are in the %s category?" % c0, sum(1 for r in rows if r[2] == c0), "count", "table app", "count_condition", False)
    q.add("unit price of the Corner brace?", "%.2f" % next(r[4] for r in rows if r[1] == "Corner brace"), "money", "table app", "cell_row_col", True)
    q.add("what's the sku of the last row", rows[-1][0], "code", "table app", "first_last_nth", True)
    save_q(name, q)


TK_PROGRESS = r"""
import sys, json, tkinter as tk
from tkinter import ttk
cfg = json.load(open(sys.argv[1]))
r = tk.Tk(); r.title("Exporting photos"); r.geometry("520x250+80+60")
st = ttk.Style(); st.theme_use("clam")
f = ttk.Frame(r, padding=16); f.pack(fill="both", expand=True)
ttk.Label(f, text="Exporting album \"%s\" to %s" % (cfg["album"], cfg["dest"])).pack(anchor="w")
pb = ttk.Progressbar(f, length=480, maximum=cfg["total"], value=cfg["done"]); pb.pack(pady=10, fill="x")
ttk.Label(f, text="Copying %d of %d files (%d%%)" % (cfg["done"], cfg["total"], cfg["pct"])).pack(anchor="w")
ttk.Label(f, text="Current file: %s" % cfg["current"]).pack(anchor="w", pady=(4, 0))
v = tk.IntVar(value=1 if cfg["close"] else 0)
ttk.Checkbutton(f, text="Close this window when finished", variable=v).pack(anchor="w", pady=8)
b = ttk.Frame(f); b.pack(anchor="e")
ttk.Button(b, text="Pause").pack(side="left", padx=4); ttk.Button(b, text="Cancel export").pack(side="left")
r.mainloop()
"""


def w_tk_progress():
    name = "tk_export_progress"
    rng = rng_for(name)
    total = rng.randint(300, 900)
    done = rng.randint(total // 4, total - 40)
    cfg = {"album": "Lisbon 2026", "dest": "/media/dana/BACKUP", "total": total, "done": done,
           "pct": int(done * 100 / total), "current": "IMG_%04d.JPG" % rng.randint(1000, 9999), "close": rng.random() < 0.5}
    cp = os.path.join(ROOT, name + ".json")
    json.dump(cfg, open(cp, "w"))
    sp = os.path.join(ROOT, name + ".py")
    open(sp, "w").write(TK_PROGRESS)
    p = launch([SYSPY, sp, cp])
    wid = find_window(name="Exporting photos")
    time.sleep(2.5)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    q.add("how far along is the export, in percent?", "%d%%" % cfg["pct"], "percent", "progress dialog", "value_at_label", True)
    q.add("how many files are still left to copy", total - done, "count", "progress dialog", "difference_sum", False)
    q.add("which file is it copying right now?", cfg["current"], "text", "progress dialog", "value_at_label", True)
    q.add("what do I click to stop the export?", "Cancel export", "text", "progress dialog", "which_button", True)
    q.add("will the window close by itself when it's done?", "yes" if cfg["close"] else "no", "yesno", "progress dialog", "checkbox_state", False)
    q.add("where are the photos being exported to", cfg["dest"], "text", "progress dialog", "value_at_label", True)
    save_q(name, q)



# --------------------------------------------------------------------------- codeblocks (wxWidgets/GTK3)
LEDGER_C = """/* ledger.c - tiny household ledger */
#include <stdio.h>
#include <string.h>
#define MAX_ENTRIES 256

typedef struct { char date[11]; char payee[40]; double amount; } Entry;

static Entry entries[MAX_ENTRIES];
static int n_entries = 0;

int add_entry(const char *date, const char *payee, double amount)
{
    if (n_entries >= MAX_ENTRIES)
        return -1;
    strncpy(entries[n_entries].date, date, 10);
    strncpy(entries[n_entries].payee, payee, 39);
    entries[n_entries].amount = amount;
    return n_entries++;
}

double balance(void)
{
    double total = 0.0;
    for (int i = 0; i < n_entries; i++)
        total += entries[i].amount;
    return total;
}

int count_payee(const char *payee)
{
    int n = 0;
    for (int i = 0; i < n_entries; i++)
        if (strcmp(entries[i].payee, payee) == 0)
            n++;
    return n;
}

int main(void)
{
    add_entry("2026-04-01", "Rent", -1450.00);
    add_entry("2026-04-03", "Salary", 3210.55);
    printf("balance: %.2f\\n", balance());
    return 0;
}
"""


def dismiss(names, key="Escape", rounds=6):
    for _ in range(rounds):
        hit = False
        for n in names:
            for wid in sh(["xdotool", "search", "--onlyvisible", "--name", n]).stdout.split():
                sh(["xdotool", "windowactivate", "--sync", wid])
                sh(["xdotool", "key", "--window", wid, key])
                hit = True
        if not hit:
            return
        time.sleep(1.5)


def w_codeblocks():
    name = "codeblocks_ledger_c"
    d = os.path.join(HOME, "src", "ledger")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "ledger.c")
    open(path, "w").write(LEDGER_C)
    p = launch(["codeblocks", "--no-splash-screen", "--no-check-associations", "--no-dde", "--no-ipc"])
    for _ in range(40):
        dl = sh(["xdotool", "search", "--onlyvisible", "--name", "Compilers auto-detection"]).stdout.split()
        if dl:
            time.sleep(1.5)
            x, y, w, h = geom(int(dl[0]))
            sh(["xdotool", "mousemove", str(x + w - 64), str(y + h - 30), "click", "1"])
            break
        time.sleep(0.5)
    main_w = find_window(name="Code::Blocks")
    time.sleep(3)
    sh(["xdotool", "windowactivate", "--sync", str(main_w)])
    sh(["xdotool", "key", "ctrl+o"])
    time.sleep(3)
    sh(["xdotool", "type", "--delay", "30", path])
    sh(["xdotool", "key", "Return"])
    time.sleep(4)
    wid = find_window(name="ledger.c")
    place(wid, 10, 10, 1240, 780)
    time.sleep(2)
    sh(["xdotool", "key", "F2"])
    time.sleep(1)
    sh(["xdotool", "key", "shift+F2"])
    time.sleep(3)
    img = capture(wid, name)
    kill(p)
    lines = LEDGER_C.splitlines()
    ln = lambda pre: next(i + 1 for i, l in enumerate(lines) if l.startswith(pre))
    q = QS(img)
    q.add("what line does the balance function start on?", ln("double balance"), "number", "code editor", "line_number", True)
    q.add("which line is count_payee defined on", ln("int count_payee"), "number", "code editor", "line_number", True)
    q.add("What's the name of the file I'm editing?", "ledger.c", "text", "code editor", "window_title", True)
    q.add("what is MAX_ENTRIES set to", 256, "number", "code editor", "value_at_label", True)
    q.add("which line is the Entry typedef on?", ln("typedef struct"), "number", "code editor", "line_number", True)
    q.add("what does the status bar say about the cursor position?", "Line 1, Col 1, Pos 0", "text", "code editor", "status_bar", True)
    save_q(name, q)


# --------------------------------------------------------------------------- ReText (Qt) markdown editor
def w_retext():
    name = "retext_meeting_notes"
    rng = rng_for(name)
    people = ["Noor", "Lukas", "Ines", "Mateo", "Hana"]
    items = ["Renew the office lease", "Migrate invoices to the new bank", "Order standing desks",
             "Draft Q3 hiring plan", "Fix the VPN certificate", "Book the team offsite"]
    owners = [rng.choice(people) for _ in items]
    dues = ["2026-%02d-%02d" % (rng.randint(5, 9), rng.randint(1, 28)) for _ in items]
    done = [rng.random() < 0.4 for _ in items]
    md = ["# Ops weekly - 2026-04-14", "", "Attendees: " + ", ".join(people), "", "## Decisions", "",
          "- Budget for tooling raised to 1,800 EUR/month", "- Friday deploys are frozen until June", "",
          "## Action items", ""]
    for it, o, du, dn in zip(items, owners, dues, done):
        md.append("- [%s] %s (owner: %s, due %s)" % ("x" if dn else " ", it, o, du))
    md += ["", "## Next meeting", "", "Tuesday 2026-04-21, room Atlas"]
    text = "\n".join(md) + "\n"
    d = os.path.join(HOME, "Documents")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "ops-weekly.md")
    open(path, "w").write(text)
    cdir = os.path.join(HOME, ".config", "ReText project")
    os.makedirs(cdir, exist_ok=True)
    open(os.path.join(cdir, "ReText.conf"), "w").write("[General]\nlineNumbersEnabled=true\n")
    p = launch(["retext", path])
    wid = find_window(name="ops-weekly")
    place(wid, 20, 10, 1100, 700)
    time.sleep(5)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    lines = text.splitlines()
    q.add("what line is the '## Action items' heading on?", lines.index("## Action items") + 1, "number", "text editor", "line_number", True)
    q.add("who owns the VPN certificate task", owners[4], "person", "text editor", "value_at_label", True)
    q.add("how many action items are already checked off?", sum(done), "count", "text editor", "count_condition", False)
    q.add("when's the standing desks order due", dues[2], "date", "text editor", "who_when", True)
    q.add("which file do I have open?", "ops-weekly.md", "text", "text editor", "window_title", True)
    q.add("what's the last action item in the list", items[-1], "text", "text editor", "first_last_nth", True)
    save_q(name, q)


# --------------------------------------------------------------------------- FBReader document
def w_fbreader():
    name = "fbreader_tenancy"
    rng = rng_for(name)
    rent = rng.randrange(950, 1900, 25)
    deposit = rent * 2
    start = "%d %s 2026" % (rng.randint(1, 28), rng.choice(["May", "June", "July"]))
    landlord, tenant = "Margit Olsen", "Daniel Achebe"
    paras = ["This agreement is made between <strong>%s</strong> (the Landlord) and <strong>%s</strong> (the Tenant) for the flat at 14B Linden Row, Aarhus." % (landlord, tenant),
             "<strong>1. Term.</strong> The tenancy starts on %s and runs for 12 months." % start,
             "<strong>2. Rent.</strong> The monthly rent is %s DKK, payable on the 1st day of each month." % "{:,}".format(rent),
             "<strong>3. Deposit.</strong> The Tenant pays a deposit of %s DKK before moving in." % "{:,}".format(deposit),
             "<strong>4. Notice.</strong> Either party may end the tenancy with 3 months written notice.",
             "<strong>5. Pets.</strong> Pets are not allowed without written consent of the Landlord."]
    html = ('<?xml version="1.0" encoding="utf-8"?>\n<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">'
            '<description><title-info><author><first-name>Margit</first-name><last-name>Olsen</last-name></author>'
            '<book-title>Tenancy Agreement</book-title><lang>en</lang></title-info></description><body>'
            '<section><p><strong>TENANCY AGREEMENT</strong></p>' + "".join("<p>%s</p>" % p_ for p_ in paras) +
            '</section></body></FictionBook>\n')
    d = os.path.join(HOME, "Documents")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "tenancy_agreement.fb2")
    open(path, "w").write(html)
    p = launch(["fbreader", path])
    wid = find_window(cls="fbreader")
    place(wid, 30, 10, 1000, 760)
    time.sleep(6)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    q.add("how much is the monthly rent in this agreement?", "%s DKK" % "{:,}".format(rent), "money", "document viewer", "value_at_label", True)
    q.add("who's the landlord", landlord, "person", "document viewer", "who_when", True)
    q.add("when does the tenancy start?", start, "date", "document viewer", "who_when", True)
    q.add("how many months notice do I need to give", 3, "number", "document viewer", "value_at_label", True)
    q.add("are pets allowed?", "no", "yesno", "document viewer", "yes_no_state", False)
    q.add("how much is the deposit compared to the rent - how many months' worth?", 2, "number", "document viewer", "difference_sum", False)
    save_q(name, q)



# --------------------------------------------------------------------------- Thunderbird with a local mbox
def w_thunderbird():
    name = "thunderbird_inbox"
    rng = rng_for(name)
    prof = os.path.join(HOME, "tbprofile")
    shutil.rmtree(prof, ignore_errors=True)
    lf = os.path.join(prof, "Mail", "Local Folders")
    os.makedirs(lf)
    senders = [("Olivia Brandt", "olivia.brandt@northwind.example"), ("Kenji Sato", "kenji@satodesign.example"),
               ("Billing Team", "billing@fibrenet.example"), ("Maria Lopez", "maria.lopez@cityclinic.example"),
               ("Sam Whitaker", "sam@whitaker-law.example"), ("GitHub", "noreply@github.example"),
               ("Ana Ruiz", "ana.ruiz@northwind.example"), ("Peter Novak", "p.novak@volunteer.example")]
    subjects = ["Q2 budget review moved to Thursday", "Logo drafts v3 attached", "Your March invoice is ready",
                "Appointment reminder", "Lease renewal - documents to sign", "[invoicer] CI failed on release/2.4",
                "Team lunch on Friday?", "Saturday shift swap"]
    base = dt.datetime(2026, 3, 9, 8, 0)
    mails = []
    t = base
    for (nm, em), subj in zip(senders, subjects):
        t += dt.timedelta(hours=rng.randint(3, 30), minutes=rng.randint(0, 59))
        read = rng.random() < 0.5
        mails.append({"name": nm, "email": em, "subject": subj, "date": t, "read": read, "flag": False})
    mails[rng.randrange(len(mails))]["flag"] = True
    with open(os.path.join(lf, "Inbox"), "w") as f:
        for i_, m in enumerate(mails):
            status = (1 if m["read"] else 0) | (4 if m["flag"] else 0)
            f.write("From - %s\n" % m["date"].strftime("%a %b %d %H:%M:%S %Y"))
            f.write("X-Mozilla-Status: %04x\nX-Mozilla-Status2: 00000000\n" % status)
            f.write("From: %s <%s>\nTo: Dana Lee <dana@ledger.example>\n" % (m["name"], m["email"]))
            f.write("Subject: %s\nDate: %s\nMessage-ID: <s17-%d@mail.example>\n" % (
                m["subject"], m["date"].strftime("%a, %d %b %Y %H:%M:%S +0000"), i_))
            f.write("Content-Type: text/plain; charset=utf-8\n\nHello Dana,\n\nsee subject.\n\n")
    uj = {"mail.accountmanager.accounts": "account1", "mail.accountmanager.localfoldersserver": "server1",
          "mail.account.account1.server": "server1", "mail.server.server1.type": "none",
          "mail.server.server1.hostname": "Local Folders", "mail.server.server1.name": "Local Folders",
          "mail.server.server1.userName": "nobody", "mail.server.server1.directory": lf,
          "mail.provider.enabled": False, "mail.shell.checkDefaultClient": False,
          "mailnews.start_page.enabled": False, "mail.rights.version": 1,
          "toolkit.telemetry.reportingpolicy.firstRun": False, "datareporting.policy.dataSubmissionEnabled": False,
          "mail.spotlight.firstRunDone": True, "app.update.enabled": False, "app.update.auto": False,
          "mail.provider.suppress_dialog_on_startup": True, "browser.startup.homepage_override.mstone": "ignore",
          "mailnews.start_page_override.mstone": "ignore", "mail.biff.play_sound": False,
          "intl.date_time.pattern_override.date_short": "yyyy-MM-dd", "intl.date_time.pattern_override.time_short": "HH:mm",
          "gfx.webrender.software": True, "layers.acceleration.disabled": True}
    with open(os.path.join(prof, "user.js"), "w") as f:
        for k, v in uj.items():
            f.write("user_pref(%s, %s);\n" % (json.dumps(k), json.dumps(v)))
    p = launch(["thunderbird", "--profile", prof, "--no-remote"])
    wid = find_window(name="Thunderbird", timeout=60)
    time.sleep(12)
    place(wid, 0, 0, 1280, 780)
    time.sleep(3)
    sh(["xdotool", "mousemove", "--window", str(wid), "60", "112", "click", "1"])
    time.sleep(2)
    sh(["xdotool", "mousemove", "--window", str(wid), "150", "141", "click", "1"])
    time.sleep(6)
    sh(["xdotool", "mousemove", "--window", str(wid), "700", "5"])
    time.sleep(1)
    img = capture(wid, name)
    q = QS(img)
    unread = sum(1 for m in mails if not m["read"])
    q.add("how many unread emails do I have", unread, "count", "mail client", "count_condition", False)
    q.add("who sent me the lease renewal email?", mails[4]["name"], "person", "mail client", "who_when", True)
    q.add("what's the subject of the newest message", mails[-1]["subject"], "text", "mail client", "most_recent", True)
    q.add("which email did I star?", next(m["subject"] for m in mails if m["flag"]), "text", "mail client", "selected_row", True)
    q.add("Is the mail from Kenji Sato read already?", "yes" if mails[1]["read"] else "no", "yesno", "mail client", "yes_no_state", False)
    q.add("when did the appointment reminder arrive?", mails[3]["date"].strftime("%Y-%m-%d, %H:%M"), "date", "mail client", "who_when", True)
    save_q(name, q)
    kill(p)


# --------------------------------------------------------------------------- diffpdf (Qt5)
def write_pdf(path, lines):
    objs = []
    content = "BT /F1 13 Tf 60 760 Td 18 TL\n" + "".join("(%s) Tj T*\n" % l.replace("(", "\\(").replace(")", "\\)") for l in lines) + "ET\n"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append("<< /Length %d >>\nstream\n%sendstream" % (len(content), content))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = "%PDF-1.4\n"
    offs = []
    for n, o in enumerate(objs):
        offs.append(len(out))
        out += "%d 0 obj\n%s\nendobj\n" % (n + 1, o)
    x = len(out)
    out += "xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1) + "".join("%010d 00000 n \n" % o for o in offs)
    out += "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)
    open(path, "w").write(out)


def w_diffpdf():
    name = "diffpdf_quote"
    rng = rng_for(name)
    d = os.path.join(HOME, "Documents", "quotes")
    os.makedirs(d, exist_ok=True)
    hours = rng.randint(20, 60)
    rate1 = rng.randrange(60, 110, 5)
    rate2 = rate1 + rng.randrange(5, 20, 5)
    def doc(rate, delivery):
        return ["QUOTE Q-2026-118", "Client: Brightwater Dental", "", "Website redesign",
                "Design and build: %d hours at %d EUR/hour" % (hours, rate),
                "Hosting setup: 240 EUR", "Total: %s EUR" % "{:,}".format(hours * rate + 240),
                "Delivery: %s" % delivery, "Valid for 30 days."]
    d1, d2 = "6 weeks", "8 weeks"
    write_pdf(os.path.join(d, "quote_v1.pdf"), doc(rate1, d1))
    write_pdf(os.path.join(d, "quote_v2.pdf"), doc(rate2, d2))
    p = launch(["diffpdf", os.path.join(d, "quote_v1.pdf"), os.path.join(d, "quote_v2.pdf")], cwd=d)
    wid = find_window(cls="diffpdf")
    place(wid, 10, 30, 1240, 740)
    time.sleep(8)
    img = capture(wid, name)
    kill(p)
    q = QS(img)
    q.add("what's the total in the new version of the quote?", "%s EUR" % "{:,}".format(hours * rate2 + 240), "money", "diff tool", "value_at_label", True)
    q.add("what hourly rate was in the old one", "%d EUR/hour" % rate1, "money", "diff tool", "cell_row_col", True)
    q.add("how much more expensive is v2 than v1 overall, in EUR?", hours * (rate2 - rate1), "number", "diff tool", "difference_sum", False)
    q.add("did the delivery time change?", "yes", "yesno", "diff tool", "yes_no_state", False)
    q.add("what button do I press to run the comparison again", "Compare", "text", "diff tool", "which_button", True)
    q.add("what's the new delivery estimate", d2, "text", "diff tool", "value_at_label", True)
    save_q(name, q)


# --------------------------------------------------------------------------- qmmp (Qt5) playlist
def w_qmmp():
    name = "qmmp_playlist"
    rng = rng_for(name)
    d = os.path.join(HOME, "Music", "Evening Mix")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    tracks = [("Lumen Drift", "Harbour Lights"), ("Lumen Drift", "Paper Boats"), ("The Quiet Folk", "Cold Coffee"),
              ("Mara Vell", "Night Bus"), ("The Quiet Folk", "Winter Orchard"), ("Oskar & the Owls", "Copper Sky"),
              ("Mara Vell", "Salt and Cedar"), ("Lumen Drift", "Last Ferry Home")]
    durs = [rng.randint(125, 290) for _ in tracks]
    paths = []
    for n, ((artist, title), du) in enumerate(zip(tracks, durs), 1):
        wav = os.path.join(ROOT, "t.wav")
        with wave.open(wav, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\0\0" * 8000 * du)
        out = os.path.join(d, "%02d - %s.ogg" % (n, title))
        sh(["nice", "-n", "19", "oggenc", "-Q", "-q", "0", "-a", artist, "-t", title, "-l", "Evening Mix",
            "-N", str(n), "-d", "2026", "-o", out, wav])
        paths.append(out)
    os.remove(wav)
    qd = os.path.join(HOME, ".qmmp")
    shutil.rmtree(qd, ignore_errors=True)
    os.makedirs(qd)
    open(os.path.join(qd, "qmmprc"), "w").write("[Ui]\ncurrent_plugin=qsui\n")
    p = launch(["qmmp"] + paths)
    time.sleep(8)
    wid = find_window(cls="Qmmp")
    place(wid, 40, 30, 900, 600)
    time.sleep(4)
    img = capture(wid, name)
    kill(p)
    fmt = lambda s_: "%d:%02d" % (s_ // 60, s_ % 60)
    q = QS(img)
    q.add("how long is Night Bus?", fmt(durs[3]), "time", "music player", "cell_row_col", True)
    i_long = durs.index(max(durs))
    q.add("which song in my playlist is the longest", tracks[i_long][1], "text", "music player", "largest_smallest", True)
    q.add("how many tracks by Lumen Drift are in the list?", sum(1 for a, _ in tracks if a == "Lumen Drift"), "count", "music player", "count_condition", False)
    q.add("what's the 5th track", tracks[4][1], "text", "music player", "first_last_nth", True)
    q.add("what's the total playing time of the playlist", fmt(sum(durs)), "time", "music player", "status_bar", True)
    q.add("total running time of the first two songs?", fmt(durs[0] + durs[1]), "time", "music player", "difference_sum", False)
    save_q(name, q)


# --------------------------------------------------------------------------- datasette in a chromium --app window
def w_datasette():
    name = "datasette_invoices"
    rng = rng_for(name)
    import sqlite3
    dbp = os.path.join(ROOT, "shop.db")
    if os.path.exists(dbp):
        os.remove(dbp)
    con = sqlite3.connect(dbp)
    con.execute("create table invoices (id integer primary key, client text, issued text, due text, amount real, status text)")
    clients = ["Brightwater Dental", "Kestrel Books", "Orchard Yoga", "Nordvik Marine", "Pine & Pixel",
               "Alba Bakery", "Ridgeway Vets", "Copperleaf Cafe", "Tallis Music School", "Hollow Oak Farm"]
    rows = []
    for i_, c in enumerate(clients):
        iss = dt.date(2026, 2, 1) + dt.timedelta(days=rng.randint(0, 60))
        due = iss + dt.timedelta(days=30)
        amt = rng.randint(150, 4800) + rng.choice([0, 0.5, 0.25, 0.99])
        st = rng.choice(["paid", "paid", "open", "overdue"])
        rows.append((1000 + i_ * 3, c, iss.isoformat(), due.isoformat(), amt, st))
    con.executemany("insert into invoices values (?,?,?,?,?,?)", rows)
    con.commit()
    con.close()
    srv = launch(["/tmp/s17venv/bin/datasette", "serve", dbp, "--port", "8017", "--host", "127.0.0.1"])
    time.sleep(4)
    cdir = os.path.join(ROOT, "chrome")
    shutil.rmtree(cdir, ignore_errors=True)
    p = launch(["chromium", "--app=http://127.0.0.1:8017/shop/invoices?_sort=due", "--user-data-dir=" + cdir,
                "--no-first-run", "--disable-gpu", "--no-sandbox", "--test-type", "--window-size=1180,760", "--window-position=20,10",
                "--disable-features=Translate", "--password-store=basic"])
    wid = find_window(name="invoices", timeout=60)
    time.sleep(6)
    img = capture(wid, name)
    kill(p)
    kill(srv)
    q = QS(img)
    byc = {r[1]: r for r in rows}
    fa = lambda v: str(float(v))  # datasette prints the REAL value as Python does
    q.add("how much is the Orchard Yoga invoice?", fa(byc["Orchard Yoga"][4]), "money", "database app", "cell_row_col", True)
    q.add("how many invoices are overdue", sum(1 for r in rows if r[5] == "overdue"), "count", "database app", "count_condition", False)
    big = max(rows, key=lambda r: r[4])
    q.add("which client has the biggest invoice?", big[1], "text", "database app", "largest_smallest", True)
    last = max(rows, key=lambda r: (r[3], r[0]))
    q.add("whose invoice is due last?", last[1], "text", "database app", "first_last_nth", True)
    q.add("what's the status of Nordvik Marine's invoice", byc["Nordvik Marine"][5], "text", "database app", "cell_row_col", True)
    save_q(name, q)



# --------------------------------------------------------------------------- qalc (calculator) in yakuake
def qfmt(x):
    return ("%.10f" % x).rstrip("0").rstrip(".")


def w_qalc():
    name = "term_qalc"
    rng = rng_for(name)
    rent = rng.randrange(900, 1900, 50)
    salary = rng.randint(2500, 4200) + rng.randint(0, 99) / 100.0
    groc = rng.randint(40, 160) + rng.randint(0, 9) / 10.0
    price = rng.randrange(400, 3000, 50)
    exprs = [("%d * 12" % rent, rent * 12), ("(%s - %d - %s) / 2" % (qfmt(salary), rent, qfmt(groc)), round((salary - rent - groc) / 2, 10)),
             ("%d * 1.21" % price, round(price * 1.21, 10)), ("2^20", 2 ** 20)]
    body = "cd ~\n"
    for e, _ in exprs:
        body += "p qalc '%s'\nqalc -s 'update exchange rates 0' '%s'\n" % (e, e)
    img = yakuake_shot(name, body, wait=8)
    q = QS(img)
    q.add("what did qalc say my yearly rent comes to?", qfmt(exprs[0][1]), "number", "calculator", "value_at_label", True)
    q.add("how much is each person's share from the second calculation", qfmt(exprs[1][1]), "money", "calculator", "value_at_label", True)
    q.add("price including the 21% VAT?", qfmt(exprs[2][1]), "money", "calculator", "value_at_label", True)
    q.add("what's 2 to the 20th per the output", qfmt(exprs[3][1]), "number", "calculator", "value_at_label", True)
    q.add("which of my calculations gave the biggest result?", "2^20", "code", "calculator", "largest_smallest", True)
    q.add("add up the first two results for me", qfmt(round(exprs[0][1] + exprs[1][1], 10)), "number", "calculator", "difference_sum", False)
    save_q(name, q)


# --------------------------------------------------------------------------- FDclone (TUI file manager) in yakuake
def w_fdclone():
    name = "tui_fdclone_site"
    rng = rng_for(name)
    d = os.path.join(HOME, "projects", "bakery-site")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = ["index.html", "menu.html", "style.css", "app.js", "logo.svg", "README.md", "package.json", "robots.txt"]
    sizes, stamps = {}, {}
    for fn in files:
        sizes[fn] = rng.randint(120, 48000)
        open(os.path.join(d, fn), "wb").write(b"a" * sizes[fn])
        stamps[fn] = "2026-%02d-%02d %02d:%02d" % (rng.randint(1, 10), rng.randint(1, 28), rng.randint(8, 22), rng.randint(0, 59))
        set_mtime(os.path.join(d, fn), stamps[fn])
    subs = ["img", "fonts", "scripts"]
    for sd in subs:
        os.makedirs(os.path.join(d, sd))
        set_mtime(os.path.join(d, sd), "2026-01-05 09:00")
    img = yakuake_shot(name, "cd ~/projects/bakery-site\nclear\nfd\n", wait=7)
    q = QS(img)
    q.add("how many subfolders are in bakery-site?", len(subs), "count", "file manager", "count_condition", False)
    big = max(sizes, key=sizes.get)
    q.add("which file is biggest here", big, "text", "file manager", "largest_smallest", True)
    q.add("what size is style.css?", sizes["style.css"], "number", "file manager", "value_at_label", True)
    q.add("how many .html files do I have", sum(1 for f in files if f.endswith(".html")), "count", "file manager", "count_condition", False)
    q.add("which file (not folder) was modified most recently?", max(stamps, key=stamps.get), "text", "file manager", "most_recent", True)
    save_q(name, q)


# --------------------------------------------------------------------------- main
def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(HOME, exist_ok=True)
    os.makedirs(ENV["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    ensure_display()
    todo = sys.argv[1:] or [w.__name__ for w in WINDOWS]
    for w in WINDOWS:
        if w.__name__ in todo:
            t0 = time.time()
            try:
                w()
                print("ok", w.__name__, "%.1fs" % (time.time() - t0), flush=True)
            except Exception as e:  # keep going: deliver what is complete
                print("FAIL", w.__name__, repr(e), flush=True)
    write_manifest()
    for p in PROCS:
        kill(p)
    if ENV.get("S17_DBUS"):
        try:
            os.kill(int(ENV["S17_DBUS"]), signal.SIGTERM)
        except (ProcessLookupError, ValueError):
            pass


def write_manifest():
    n = 0
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for w in WINDOWS:
            name_file = None
            for fn in sorted(os.listdir(QDIR)) if os.path.isdir(QDIR) else []:
                pass
            path = os.path.join(QDIR, WINDOW_NAMES[w.__name__] + ".json")
            if not os.path.exists(path):
                continue
            for item in json.load(open(path)):
                if not os.path.exists(os.path.join(HERE, item["image"])):
                    continue
                n += 1
                rec = {"id": "s17-%04d" % n}
                rec.update(item)
                f.write(json.dumps(rec) + "\n")
    print("manifest:", n, "questions")


WINDOWS = [w_term_ls, w_term_git, w_term_pytest, w_term_traceback, w_bpytop, w_receipt, w_chart, w_qt_settings, w_gtk_table, w_tk_progress, w_codeblocks, w_retext, w_fbreader, w_thunderbird, w_diffpdf, w_qmmp, w_datasette, w_qalc, w_fdclone]
WINDOW_NAMES = {"w_term_ls": "term_ls_reports", "w_term_git": "term_git_log", "w_term_pytest": "term_pytest",
                "w_term_traceback": "term_traceback", "w_bpytop": "tui_bpytop_filter", "w_receipt": "mtpaint_receipt", "w_chart": "mtpaint_sales_chart", "w_qt_settings": "pyqt5_sync_settings", "w_gtk_table": "gtk4_inventory_table", "w_tk_progress": "tk_export_progress", "w_codeblocks": "codeblocks_ledger_c", "w_retext": "retext_meeting_notes", "w_fbreader": "fbreader_tenancy", "w_thunderbird": "thunderbird_inbox", "w_diffpdf": "diffpdf_quote", "w_qmmp": "qmmp_playlist", "w_datasette": "datasette_invoices", "w_qalc": "term_qalc", "w_fdclone": "tui_fdclone_site"}

if __name__ == "__main__":
    main()
