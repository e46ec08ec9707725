#!/usr/bin/python3
"""screens_test14: fresh held-out screenshots of real Debian applications.

Run as root with the Debian packages listed in README.md installed:
    /usr/bin/python3 build.py            # all windows
    /usr/bin/python3 build.py w01 w05    # only some windows (parts are cached in .parts/)
Creates fake data under /tmp/s14 (HOME=/tmp/s14/home/dana), launches each app on
display :66 (Xvfb + openbox, started here when absent), captures images/*.png and
writes manifest.jsonl. Every gold below is computed from the data this script makes.
"""
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
import wave
import datetime as dt

SEED = 3361
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
PARTS = os.path.join(HERE, ".parts")
ROOT = "/tmp/s14"
HOME = ROOT + "/home/dana"
DISPLAY = ":66"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONTB = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
FONTM = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"

ENV = dict(os.environ)
ENV.update(DISPLAY=DISPLAY, HOME=HOME, LANG="C.UTF-8", LC_ALL="C.UTF-8", USER="dana",
           XDG_RUNTIME_DIR=ROOT + "/run", XDG_CONFIG_HOME=HOME + "/.config",
           NO_AT_BRIDGE="1", TZ="UTC", QT_QPA_PLATFORMTHEME="", GSETTINGS_BACKEND="keyfile")

STARTED = []  # (name, Popen) of background infrastructure started here


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, env=kw.pop("env", ENV), capture_output=True, text=True, **kw)


def mkfile(path, size=None, text=None, mtime=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if text is not None:
        with open(path, "w") as f:
            f.write(text)
    else:
        r = random.Random(path)
        with open(path, "wb") as f:
            f.write(bytes(r.getrandbits(8) for _ in range(size)))
    if mtime is not None:
        ts = mtime.replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(path, (ts, ts))


# ----------------------------------------------------------------- X helpers
def ensure_display():
    if sh(f"xdpyinfo -display {DISPLAY} >/dev/null 2>&1").returncode != 0:
        p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        STARTED.append(("Xvfb", p))
        time.sleep(2)
    if "DBUS_SESSION_BUS_ADDRESS" not in ENV or not ENV["DBUS_SESSION_BUS_ADDRESS"].startswith("unix:path=/tmp/dbus"):
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True).stdout.split()
        ENV["DBUS_SESSION_BUS_ADDRESS"] = out[0]
        STARTED.append(("dbus", int(out[1])))
    if sh("xprop -root _NET_SUPPORTING_WM_CHECK").stdout.find("window id") < 0:
        p = subprocess.Popen(["nice", "-n", "19", "openbox"], env=ENV,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        STARTED.append(("openbox", p))
        time.sleep(1.5)


def stop_started():
    for name, p in STARTED:
        try:
            if isinstance(p, int):
                os.kill(p, signal.SIGTERM)
            else:
                p.terminate()
        except Exception:
            pass


def launch(cmd, cwd=None, env=None):
    global BEFORE
    BEFORE = set(clients())
    e = dict(ENV)
    if env:
        e.update(env)
    if isinstance(cmd, str):
        cmd = ["bash", "-c", cmd]
    return subprocess.Popen(["nice", "-n", "19"] + cmd, cwd=cwd or HOME, env=e, start_new_session=True,
                            stdout=open(ROOT + "/app.log", "a"), stderr=subprocess.STDOUT)


def kill(p, w=None):
    if w:
        out = sh(f"xprop -id {w} _NET_WM_PID").stdout
        if "=" in out:
            wp = int(out.split("=")[1])
            if wp != p.pid:
                try:
                    os.kill(wp, signal.SIGTERM)
                except Exception:
                    pass
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except Exception:
        pass
    time.sleep(0.8)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except Exception:
        pass


def winfo(w):
    out = sh(f"xwininfo -id {w}").stdout
    d = {}
    for line in out.splitlines():
        line = line.strip()
        for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height", "Map State"):
            if line.startswith(k + ":"):
                d[k] = line.split(":", 1)[1].strip()
    return d


def clients():
    out = sh("xprop -root _NET_CLIENT_LIST").stdout
    if "#" not in out:
        return []
    return [v.strip() for v in out.split("#", 1)[1].split(",") if v.strip()]


BEFORE = set()


def find_window(pattern, timeout=40, minw=150):
    import re
    end = time.time() + timeout
    while time.time() < end:
        for w in reversed(clients()):
            if w in BEFORE:
                continue
            props = sh(f"xprop -id {w} _NET_WM_NAME WM_NAME WM_CLASS").stdout
            if re.search(pattern, props, re.I):
                d = winfo(w)
                if d.get("Map State") == "IsViewable" and int(d.get("Width", 0)) >= minw:
                    return str(int(w, 16))
        time.sleep(0.5)
    raise RuntimeError("window not found: " + pattern)


def place(w, x=30, y=30, width=None, height=None):
    if width:
        sh(f"xdotool windowsize {w} {width} {height}")
        time.sleep(0.5)
    sh(f"xdotool windowmove {w} {x} {y}")
    time.sleep(0.5)


def key(w, *keys):
    for k in keys:
        sh(f"xdotool windowactivate --sync {w} key --clearmodifiers {k}")
        time.sleep(0.25)


def typ(w, text):
    sh(f"xdotool windowactivate --sync {w} type --delay 60 '{text}'")


def capture(w, name):
    from PIL import Image
    d = winfo(w)
    x, y = int(d["Absolute upper-left X"]), int(d["Absolute upper-left Y"])
    W, H = int(d["Width"]), int(d["Height"])
    ext = sh(f"xprop -id {w} _NET_FRAME_EXTENTS").stdout
    l = r = t = b = 0
    if "=" in ext:
        l, r, t, b = [int(v) for v in ext.split("=")[1].split(",")]
    tmp = ROOT + "/root.png"
    sh(f"import -display {DISPLAY} -window root {tmp}")
    im = Image.open(tmp).convert("RGB")
    box = (max(0, x - l), max(0, y - t), min(im.width, x + W + r), min(im.height, y + H + b))
    im.crop(box).save(os.path.join(IMG, name + ".png"))
    return "images/" + name + ".png"


# ----------------------------------------------------------------- terminal session helper
def session_script(name, cwd_disp, cmds, tail="sleep 100000", cwd=None, title=None):
    """cmds: list of shell command strings; each is echoed after a fake prompt then run."""
    path = f"{ROOT}/sess_{name}.sh"
    lines = ["#!/bin/bash", "export TZ=UTC LANG=C.UTF-8 LC_ALL=C.UTF-8 PATH=/usr/bin:/bin:/usr/sbin:/sbin", f"cd {cwd or HOME}",
             "clear"]
    if title:
        lines.append(f"printf '\\033]0;{title}\\007'")
    P = "printf '\\033[1;32mdana@ws\\033[0m:\\033[1;34m%s\\033[0m$ %s\\n' "
    for c in cmds:
        if isinstance(c, tuple):
            c, shown = c
        else:
            shown = c
        lines.append(P + "'" + cwd_disp + "' " + "'" + shown.replace("'", "'\\''") + "'")
        lines.append(c)
        lines.append("__rc=$?")
    lines.append(P + "'" + cwd_disp + "' ''")
    lines.append(tail)
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    os.chmod(path, 0o755)
    return path


def deepin(script, width=1000, height=640, wait=7, title_pat="Terminal"):
    p = launch(["deepin-terminal", "-e", script])
    w = find_window(title_pat)
    place(w, 30, 30, width, height)
    time.sleep(wait)
    return p, w


class Q:
    def __init__(self, image):
        self.image = image
        self.items = []

    def add(self, question, answer, atype, category, intent, literal):
        self.items.append(dict(image=self.image, question=question, answer=str(answer), answer_type=atype,
                               category=category, intent=intent, literal=bool(literal)))


def human_mtime(d):
    return d.strftime("%Y-%m-%d %H:%M")


# ================================================================ windows
def w01_ls(rng):
    """deepin-terminal (Qt5/DTK, dark): ls -l of a reports folder."""
    base = HOME + "/reports"
    shutil.rmtree(base, ignore_errors=True)
    names = ["budget_2026.xlsx", "q1_sales.csv", "q2_sales.csv", "vendors.csv", "notes.md",
             "board_deck.pdf", "headcount.ods", "logo_final.png", "contracts.zip"]
    files = {}
    for n in names:
        size = rng.randint(900, 250000)
        m = dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(7, 19), rng.randint(0, 59))
        files[n] = (size, m)
    # make sizes distinct and one clear maximum
    files["contracts.zip"] = (rng.randint(900000, 990000), files["contracts.zip"][1])
    for n, (s, m) in files.items():
        mkfile(f"{base}/{n}", size=s, mtime=m)
    subs = ["archive", "drafts", "scans"]
    for sdir in subs:
        os.makedirs(f"{base}/{sdir}", exist_ok=True)
        mkfile(f"{base}/{sdir}/.keep", text="")
        m = dt.datetime(2026, 10, rng.randint(1, 28), 12, 0)
        ts = m.replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(f"{base}/{sdir}", (ts, ts))
    sc = session_script("w01", "~/reports", ["ls -l --time-style=long-iso"], cwd=base)
    p, w = deepin(sc, 1000, 560)
    img = capture(w, "w01_deepin_ls")
    kill(p, w)
    q = Q(img)
    biggest = max(files, key=lambda k: files[k][0])
    q.add("which file in my reports folder is the biggest?", biggest, "text", "terminal", "largest", True)
    q.add("when was notes.md last modified", human_mtime(files["notes.md"][1]), "date", "terminal", "who_when", True)
    ncsv = sum(1 for n in files if n.endswith(".csv"))
    q.add("how many csv files are in there?", ncsv, "count", "terminal", "count_condition", False)
    q.add("How many subfolders does this directory have?", len(subs), "count", "terminal", "count_condition", False)
    q.add("size of vendors.csv in bytes?", files["vendors.csv"][0], "number", "terminal", "value_at_label", True)
    newest = max(files, key=lambda k: files[k][1])
    q.add("Which file (not folder) did I change most recently?", newest, "text", "terminal", "most_recent", True)
    return q


def git(repo, *args, date=None, author=None):
    e = dict(ENV)
    if date:
        e.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    if author:
        e.update(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1],
                 GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1])
    return subprocess.run(["git", "-C", repo] + list(args), env=e, capture_output=True, text=True, check=True).stdout


def guake_prepare():
    shutil.rmtree(HOME + "/.config/guake", ignore_errors=True)
    for k, v in (("window-height", "88"), ("window-width", "80"), ("restore-tabs-startup", "false"),
                 ("save-tabs-when-changed", "false"), ("restore-tabs-notify", "false")):
        sh(f"gsettings set guake.general {k} {v}")


def w02_git(rng):
    """guake (GTK3, VTE): git log + git status."""
    repo = HOME + "/projects/ledgerly"
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    people = [("Priya Raman", "priya@ledgerly.dev"), ("Tomasz Wilk", "tomasz@ledgerly.dev"),
              ("Ines Carvalho", "ines@ledgerly.dev"), ("Kofi Mensah", "kofi@ledgerly.dev")]
    msgs = ["Initial project skeleton", "Add CSV importer", "Fix rounding in tax calc", "Add currency table",
            "Bump version to 0.4.0", "Handle empty memo fields", "Speed up report rendering"]
    commits = []
    d0 = dt.datetime(2026, 9, 2, 10, 0)
    files = ["README.md", "importer.py", "tax.py", "currency.py", "setup.cfg", "memo.py", "report.py"]
    for i, m in enumerate(msgs):
        d0 = d0 + dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5), minutes=rng.randint(0, 59))
        a = people[rng.randrange(len(people))] if i else people[0]
        fn = files[i]
        mkfile(f"{repo}/{fn}", text=f"# {fn}\n" + "\n".join(f"line {k}" for k in range(i + 3)) + "\n")
        git(repo, "add", fn)
        date = d0.strftime("%Y-%m-%dT%H:%M:%S+0000")
        git(repo, "commit", "-q", "-m", m, date=date, author=a)
        commits.append((a[0], d0, m))
    git(repo, "checkout", "-q", "-b", "feature/fx-rates")
    # working tree changes
    for fn in ["tax.py", "currency.py", "report.py"]:
        with open(f"{repo}/{fn}", "a") as f:
            f.write("# TODO\n")
    untracked = ["notes.txt", "rates_2026.json"]
    for fn in untracked:
        mkfile(f"{repo}/{fn}", text="{}\n")
    log = git(repo, "log", "--format=%h %ad %an  %s", "--date=short")
    sc = session_script("w02", "~/projects/ledgerly",
                        ["git log --format='%h %ad %an  %s' --date=short", "git status"], cwd=repo)
    # guake: configure via gsettings then show
    guake_prepare()
    p = launch(["guake", "--show", "-e", sc])
    time.sleep(10)
    w = find_window("Guake", timeout=30)
    time.sleep(3)
    img = capture(w, "w02_guake_git")
    kill(p, w)
    q = Q(img)
    fix = [c for c in commits if c[2] == "Fix rounding in tax calc"][0]
    q.add("who wrote the 'Fix rounding in tax calc' commit?", fix[0], "person", "terminal", "who_when", True)
    q.add("when was my latest commit made", commits[-1][1].strftime("%Y-%m-%d"), "date", "terminal", "most_recent", True)
    q.add("which branch am i on right now", "feature/fx-rates", "code", "terminal", "value_at_label", True)
    q.add("How many files have uncommitted modifications?", 3, "count", "terminal", "count_condition", False)
    q.add("what are the untracked files called? just the json one", "rates_2026.json", "text", "terminal",
          "value_at_label", True)
    q.add("What was the very first commit message in this repo?", msgs[0], "text", "terminal", "first_last", True)
    n_tomasz = sum(1 for c in commits if c[0] == "Tomasz Wilk")
    q.add("how many commits did Tomasz make?", n_tomasz, "count", "terminal", "count_condition", False)
    return q


def w03_traceback(rng):
    """deepin-terminal: failing script traceback, exit status, unittest run."""
    proj = HOME + "/projects/shopsync"
    shutil.rmtree(proj, ignore_errors=True)
    os.makedirs(proj + "/tests")
    src = [
        "import csv",
        "import sys",
        "",
        "",
        "def load_orders(path):",
        "    with open(path, newline='') as f:",
        "        return list(csv.DictReader(f))",
        "",
        "",
        "def total_by_sku(rows):",
        "    totals = {}",
        "    for row in rows:",
        "        sku = row['sku']",
        "        totals[sku] = totals.get(sku, 0) + float(row['qty'])",
        "    return totals",
        "",
        "",
        "if __name__ == '__main__':",
        "    rows = load_orders(sys.argv[1])",
        "    print(total_by_sku(rows))",
    ]
    mkfile(proj + "/import_orders.py", text="\n".join(src) + "\n")
    mkfile(proj + "/orders_oct.csv", text="order_id,SKU,qty\n1001,AB-12,3\n1002,CD-40,1\n")
    keyline = src.index("        sku = row['sku']") + 1
    tests = ["test_parse_header", "test_parse_empty", "test_total_single", "test_total_many", "test_currency_eur",
             "test_currency_gbp", "test_rounding", "test_refund"]
    failing = sorted(rng.sample(tests, 2))
    erroring = [t for t in tests if t not in failing][rng.randrange(len(tests) - 2)]
    body = ["import unittest", "", "", "class OrderTests(unittest.TestCase):"]
    for t in tests:
        body.append(f"    def {t}(self):")
        if t in failing:
            body.append("        self.assertEqual(round(2.675, 2), 2.68)")
        elif t == erroring:
            body.append("        raise FileNotFoundError('fixtures/refund.json')")
        else:
            body.append("        self.assertTrue(True)")
        body.append("")
    body += ["", "if __name__ == '__main__':", "    unittest.main()"]
    mkfile(proj + "/tests/test_orders.py", text="\n".join(body) + "\n")
    sc = session_script("w03", "~/projects/shopsync",
                        ["python3 import_orders.py orders_oct.csv", ("echo $__rc", "echo $?"),
                         ("cd tests && python3 -m unittest test_orders 2>&1 | tail -n 12; cd ..",
                          "python3 -m unittest tests/test_orders.py 2>&1 | tail -n 12")], cwd=proj)
    p, w = deepin(sc, 1040, 720)
    img = capture(w, "w03_deepin_traceback")
    kill(p, w)
    q = Q(img)
    q.add("what's the error my script crashed with?", "KeyError: 'sku'", "error", "terminal", "error_message", True)
    q.add("which line of import_orders.py blew up", keyline, "number", "terminal", "value_at_label", True)
    q.add("exit status of the script?", 1, "number", "terminal", "error_message", True)
    q.add("how many tests failed (not counting errors)?", len(failing), "count", "terminal", "count_condition", False)
    q.add("Did the test run pass?", "no", "yesno", "terminal", "yes_no_state", False)
    q.add("which test raised the error", erroring, "code", "terminal", "value_at_label", True)
    return q


def w04_ps(rng):
    """deepin-terminal: ps filtered to my own orbit-* processes (RSS sorted)."""
    bindir = ROOT + "/bin"
    os.makedirs(bindir, exist_ok=True)
    for pid in sh("pgrep -f '^/tmp/s14/bin/orbit'").stdout.split():  # leftovers of an earlier run of ours
        os.kill(int(pid), signal.SIGTERM)
    time.sleep(1)
    py = os.path.realpath("/usr/bin/python3")
    procs = [("orbit-api", 60), ("orbit-worker", 25), ("orbit-worker", 25), ("orbit-worker", 25),
             ("orbit-cache", 260), ("orbit-sched", 110)]
    ps = []
    for name, mb in procs:
        exe = f"{bindir}/{name}"
        if not os.path.exists(exe):
            shutil.copy(py, exe)
        ps.append(subprocess.Popen([exe, "-c", f"x=bytes([7])*({mb}<<20)\nimport time\ntime.sleep(100000)"],
                                   env=ENV, start_new_session=True))
    time.sleep(3)
    sc = session_script("w04", "~", ["ps -C orbit-api,orbit-worker,orbit-cache,orbit-sched -o user,rss,comm --sort=-rss",
                                     "pgrep -c orbit-worker"])
    p, w = deepin(sc, 900, 420)
    img = capture(w, "w04_deepin_ps")
    kill(p, w)
    for x in ps:
        x.kill()
    q = Q(img)
    top = max(procs, key=lambda t: t[1])[0]
    q.add("which of my orbit processes is eating the most memory?", top, "text", "terminal", "largest", True)
    q.add("how many orbit-worker processes are running", sum(1 for t in procs if t[0] == "orbit-worker"), "count", "terminal", "count_condition", True)
    q.add("is orbit-sched running?", "yes", "yesno", "terminal", "yes_no_state", False)
    q.add("How many orbit processes in total does ps show?", len(procs), "count", "terminal", "count_condition", False)
    return q


def w05_ledger(rng):
    """deepin-terminal: ledger (personal finance) balance + register."""
    f = HOME + "/finance/2026.ledger"
    os.makedirs(os.path.dirname(f), exist_ok=True)
    cats = {"Expenses:Groceries": ["Lidl", "Carrefour", "Farmers Market"],
            "Expenses:Rent": ["Oakwood Lettings"],
            "Expenses:Transport": ["Metro Card", "Bolt"],
            "Expenses:Dining": ["Pho 88", "Cafe Luna"]}
    tx = []
    d = dt.date(2026, 3, 1)
    tx.append((d, "Oakwood Lettings", "Expenses:Rent", 1150.00))
    for i in range(9):
        d = d + dt.timedelta(days=rng.randint(1, 3))
        cat = rng.choice(["Expenses:Groceries", "Expenses:Groceries", "Expenses:Transport", "Expenses:Dining"])
        payee = rng.choice(cats[cat])
        amt = round(rng.uniform(6, 95), 2)
        tx.append((d, payee, cat, amt))
    lines = ["2026-03-01 Opening balance", "    Assets:Checking          $3200.00", "    Equity:Opening", ""]
    for d, payee, cat, amt in tx:
        lines += [f"{d.isoformat()} {payee}", f"    {cat:<24}  ${amt:.2f}", "    Assets:Checking", ""]
    mkfile(f, text="\n".join(lines))
    sc = session_script("w05", "~/finance", ["ledger -f 2026.ledger balance Expenses",
                                              "ledger -f 2026.ledger register Groceries --date-format %Y-%m-%d"],
                        cwd=HOME + "/finance")
    p, w = deepin(sc, 1000, 520)
    img = capture(w, "w05_deepin_ledger")
    kill(p, w)
    q = Q(img)
    tot = {}
    for d, payee, cat, amt in tx:
        tot[cat] = round(tot.get(cat, 0) + amt, 2)
    q.add("how much did I spend on groceries so far?", f"${tot['Expenses:Groceries']:.2f}", "money", "finance",
          "value_at_label", True)
    q.add("what's my total expenses", f"${sum(tot.values()):.2f}", "money", "finance", "value_at_label", True)
    small = min(tot, key=tot.get).split(":")[1]
    q.add("Which expense category is smallest?", small, "text", "finance", "smallest", True)
    groc = [t for t in tx if t[2] == "Expenses:Groceries"]
    q.add("when was my last grocery purchase", groc[-1][0].isoformat(), "date", "finance", "most_recent", True)
    q.add("where did I buy groceries first?", groc[0][1], "text", "finance", "first_last", True)
    diff = round(tot["Expenses:Rent"] - tot["Expenses:Groceries"], 2)
    q.add("how much more was rent than groceries?", f"${diff:.2f}", "money", "finance", "difference", False)
    return q


def w06_diff(rng):
    """guake: colordiff -u of two config files."""
    d = HOME + "/deploy"
    os.makedirs(d, exist_ok=True)
    timeout_new = rng.choice([45, 60, 90])
    old = ["[server]", "host = 0.0.0.0", "port = 8080", "workers = 4", "timeout = 30", "", "[db]",
           "url = postgres://db.internal/orbit", "pool_size = 10", "ssl = false", "", "[log]", "level = info",
           "file = /var/log/orbit.log"]
    new = ["[server]", "host = 0.0.0.0", "port = 8080", "workers = 8", f"timeout = {timeout_new}", "", "[db]",
           "url = postgres://db.internal/orbit", "pool_size = 20", "ssl = true", "sslmode = verify-full", "",
           "[log]", "level = info", "file = /var/log/orbit.log"]
    mkfile(d + "/orbit.ini.orig", text="\n".join(old) + "\n", mtime=dt.datetime(2026, 8, 3, 9, 12))
    mkfile(d + "/orbit.ini", text="\n".join(new) + "\n", mtime=dt.datetime(2026, 11, 27, 16, 48))
    sc = session_script("w06", "~/deploy", ["colordiff -u orbit.ini.orig orbit.ini"], cwd=d)
    guake_prepare()
    p = launch(["guake", "--show", "-e", sc])
    time.sleep(10)
    w = find_window("Guake", timeout=30)
    time.sleep(3)
    img = capture(w, "w06_guake_diff")
    kill(p, w)
    import difflib
    ud = list(difflib.unified_diff(old, new, lineterm=""))
    added = sum(1 for l in ud if l.startswith("+") and not l.startswith("+++"))
    removed = sum(1 for l in ud if l.startswith("-") and not l.startswith("---"))
    q = Q(img)
    q.add("what did the timeout change to?", timeout_new, "number", "diff", "value_at_label", True)
    q.add("how many lines were added in the new config", added, "count", "diff", "count_condition", False)
    q.add("how many lines got removed?", removed, "count", "diff", "count_condition", False)
    q.add("is ssl turned on in the new version", "yes", "yesno", "diff", "yes_no_state", False)
    q.add("what setting is completely new (not in the old file)?", "sslmode = verify-full", "code", "diff",
          "value_at_label", True)
    return q


def w07_pspg(rng):
    """pspg (ncurses pager) in deepin-terminal showing a CSV."""
    reps = ["Alvarez", "Brennan", "Chen", "Dubois", "Eriksen", "Fofana", "Gallo", "Hayashi", "Ivanova", "Jensen",
            "Kowalski"]
    regions = ["North", "South", "East", "West"]
    rows = []
    for r in reps:
        units = rng.randint(40, 400)
        price = rng.choice([12, 15, 18, 24])
        rows.append((r, rng.choice(regions), units, units * price))
    f = HOME + "/data/sales_q3.csv"
    mkfile(f, text="rep,region,units,revenue\n" + "".join(f"{a},{b},{c},{d}\n" for a, b, c, d in rows))
    sc = session_script("w07", "~/data", [], tail=f"exec pspg --csv --csv-header=on -s 4 {f}", cwd=HOME + "/data")
    p, w = deepin(sc, 820, 520)
    img = capture(w, "w07_pspg_csv")
    kill(p, w)
    q = Q(img)
    r3 = rows[3]
    q.add(f"what's the revenue for {r3[0]}?", r3[3], "number", "table", "cell_row_col", True)
    best = max(rows, key=lambda t: t[2])
    q.add("who sold the most units", best[0], "person", "table", "largest", True)
    nn = sum(1 for t in rows if t[1] == "North")
    q.add("how many reps are in the North region?", nn, "count", "table", "count_condition", False)
    q.add("last rep in the list?", rows[-1][0], "person", "table", "first_last", True)
    q.add(f"which region is {rows[6][0]} in", rows[6][1], "text", "table", "cell_row_col", True)
    tot = rows[0][2] + rows[1][2]
    q.add(f"units of {rows[0][0]} and {rows[1][0]} combined?", tot, "number", "table", "sum", False)
    return q


def w08_moc(rng):
    """mocp (ncurses music player) listing a folder of WAV tracks."""
    alb = HOME + "/Music/Harbor Lights"
    shutil.rmtree(alb, ignore_errors=True)
    os.makedirs(alb)
    titles = ["Low Tide", "Paper Lanterns", "Northbound", "Salt and Cedar", "Glasshouse", "The Long Pier",
              "Quiet Engines"]
    durs = []
    for i, t in enumerate(titles, 1):
        secs = rng.randint(150, 330)
        durs.append(secs)
        fn = f"{alb}/{i:02d} - {t}.wav"
        with wave.open(fn, "wb") as wv:
            wv.setnchannels(1)
            wv.setsampwidth(1)
            wv.setframerate(8000)
            wv.writeframes(b"\x80" * (8000 * secs))
    cfg = HOME + "/.moc"
    os.makedirs(cfg, exist_ok=True)
    mkfile(cfg + "/config", text="SoundDriver = null\nReadTags = yes\nShowTime = yes\n")
    sc = session_script("w08", "~/Music", [], tail=f"exec mocp -R null -m '{alb}'", cwd=alb)
    p, w = deepin(sc, 900, 500, wait=9)
    img = capture(w, "w08_mocp_music")
    kill(p, w)
    sh("mocp -x")
    q = Q(img)
    fmt = lambda s: f"{s // 60:02d}:{s % 60:02d}"
    q.add("how long is Northbound?", fmt(durs[2]), "time", "media", "value_at_label", True)
    longest = titles[max(range(len(titles)), key=lambda i: durs[i])]
    q.add("which song in this album is the longest", longest, "text", "media", "largest", True)
    q.add("what's track 5 called", titles[4], "text", "media", "nth_entry", True)
    q.add("name of the album folder I'm in?", "Harbor Lights", "text", "media", "title_or_filename", True)
    return q


def w09_orpie(rng):
    """orpie (ncurses RPN calculator)."""
    a, b = rng.randint(1000, 3000), rng.randint(100, 900)
    c, d = rng.randint(11, 40), rng.randint(3, 9)
    sc = session_script("w09", "~", [], tail="sleep 4; exec orpie")
    p, w = deepin(sc, 900, 720, wait=8)
    for n in (a, b):
        typ(w, str(n))
        key(w, "Return")
    key(w, "plus")
    for n in (c, d):
        typ(w, str(n))
        key(w, "Return")
    key(w, "asterisk")
    time.sleep(2)
    img = capture(w, "w09_orpie_calc")
    kill(p, w)
    q = Q(img)
    q.add("what's the number at stack level 1?", f"{c * d}", "number", "calculator", "value_at_label", True)
    q.add("what did my addition come out to", f"{a + b}", "number", "calculator", "value_at_label", True)
    q.add("what key do i hit to swap the two numbers?", "<pagedown>", "text", "calculator", "button_to_click", True)
    q.add("how many entries are on the stack right now", 2, "count", "calculator", "count_condition", False)
    q.add("difference between the two stack values?", f"{a + b - c * d}", "number", "calculator", "difference", False)
    return q


def w10_alot(rng):
    """alot (urwid mail TUI, notmuch) on a local maildir."""
    md = HOME + "/mail"
    shutil.rmtree(md, ignore_errors=True)
    for sub in ("cur", "new", "tmp"):
        os.makedirs(f"{md}/INBOX/{sub}")
    senders = [("Marta Novak", "marta@example.org"), ("GitLab", "noreply@gitlab.example.com"),
               ("Jonas Berg", "jonas.berg@example.net"), ("Payroll", "payroll@acme.example"),
               ("Lena Fischer", "lena@example.org"), ("Ravi Patel", "ravi@example.com"),
               ("Marta Novak", "marta@example.org"), ("Hotel Aurora", "bookings@aurora.example")]
    subjects = ["Dinner on Friday?", "Pipeline #4521 failed", "Slides for the offsite", "Your October payslip",
                "Re: bike repair", "Contract draft v3", "Photos from the trip", "Booking confirmation AUR-88213"]
    d0 = dt.datetime(2025, 10, 3, 9, 0)
    mails = []
    for i, (s, subj) in enumerate(zip(senders, subjects)):
        d0 = d0 + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 8))
        mails.append((s, subj, d0))
    unread_idx = sorted(rng.sample(range(len(mails)), 3))
    for i, (s, subj, d) in enumerate(mails):
        msg = (f"From: {s[0]} <{s[1]}>\nTo: Dana Kim <dana@example.org>\nSubject: {subj}\n"
               f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S +0000')}\nMessage-ID: <s14-{i}@example.org>\n\n"
               f"Hello Dana,\n\nmessage {i}.\n")
        mkfile(f"{md}/INBOX/cur/{1700000000 + i}.s14{i}:2,", text=msg)
    mkfile(HOME + "/.notmuch-config", text=f"[database]\npath={md}\n[user]\nname=Dana Kim\n"
                                            "primary_email=dana@example.org\n[new]\ntags=inbox;\n"
                                            "[maildir]\nsynchronize_flags=false\n")
    sh("notmuch new")
    for i in unread_idx:
        sh(f"notmuch tag +unread id:s14-{i}@example.org")
    os.makedirs(HOME + "/.config/alot", exist_ok=True)
    mkfile(HOME + "/.config/alot/config", text="")
    sc = session_script("w10", "~", [], tail="exec alot")
    p, w = deepin(sc, 1000, 520, wait=8)
    img = capture(w, "w10_alot_mail")
    kill(p, w)
    q = Q(img)
    q.add("who sent me the contract draft?", [m for m in mails if m[1].startswith("Contract")][0][0][0], "person", "mail", "who_when", True)
    q.add("how many unread emails do i have", len(unread_idx), "count", "mail", "count_condition", False)
    latest = max(mails, key=lambda m: m[2])
    q.add("What's the subject of the newest email?", latest[1], "text", "mail", "most_recent", True)
    q.add("how many messages did Marta send me", sum(1 for m in mails if m[0][0] == "Marta Novak"), "count", "mail", "count_condition", False)
    q.add("what's the booking confirmation number from the hotel", "AUR-88213", "code", "mail", "value_at_label", True)
    return q, mails, unread_idx


def w11_mle(rng):
    """mle (terminal code editor with line numbers) in deepin-terminal."""
    f = HOME + "/projects/shopsync/pricing.py"
    fns = ["apply_discount", "tax_for_region", "format_price", "bulk_quote"]
    lines = ['"""Pricing helpers for shopsync."""', "from decimal import Decimal, ROUND_HALF_UP", "",
             "VAT = {'DE': Decimal('0.19'), 'FR': Decimal('0.20'), 'IE': Decimal('0.23')}", ""]
    starts = {}
    bodies = {
        "apply_discount": ["def apply_discount(price, pct):", "    if not 0 <= pct <= 90:",
                           "        raise ValueError('discount out of range')",
                           "    return (price * (100 - pct) / 100).quantize(Decimal('0.01'))"],
        "tax_for_region": ["def tax_for_region(price, region):", "    rate = VAT.get(region, Decimal('0'))",
                           "    return (price * rate).quantize(Decimal('0.01'), ROUND_HALF_UP)"],
        "format_price": ["def format_price(value, currency='EUR'):", "    return f'{value:,.2f} {currency}'"],
        "bulk_quote": ["def bulk_quote(items, region='DE'):", "    total = Decimal('0')",
                       "    for price, qty in items:", "        total += price * qty",
                       "    total += tax_for_region(total, region)", "    return format_price(total)"],
    }
    order = fns[:]
    rng.shuffle(order)
    for fn in order:
        lines += ["", ""]
        starts[fn] = len(lines) + 1
        lines += bodies[fn]
    mkfile(f, text="\n".join(lines) + "\n")
    sc = session_script("w11", "~", [], tail=f"exec mle {f}", cwd=os.path.dirname(f))
    p, w = deepin(sc, 900, 640, wait=5)
    img = capture(w, "w11_mle_editor")
    kill(p, w)
    q = Q(img)
    q.add("what line does bulk_quote start on?", starts["bulk_quote"], "number", "editor", "function_line", True)
    q.add("which file do I have open", "pricing.py", "text", "editor", "title_or_filename", True)
    q.add("what's the VAT rate for IE in this file", "0.23", "number", "editor", "value_at_label", True)
    q.add("Which function is defined first?", order[0], "code", "editor", "first_last", True)
    q.add("what error message does apply_discount raise", "discount out of range", "error", "editor",
          "error_message", True)
    q.add("line number of tax_for_region's def?", starts["tax_for_region"], "number", "editor", "function_line", True)
    return q


def w12_katarakt(rng):
    """katarakt (Qt5 PDF viewer) showing an invoice made with reportlab."""
    from reportlab.lib.pagesizes import A5, landscape
    from reportlab.pdfgen import canvas
    f = HOME + "/Documents/invoice_INV-2026-0417.pdf"
    os.makedirs(os.path.dirname(f), exist_ok=True)
    items = [("Website hosting (12 mo)", 1, 144.00), ("Domain renewal", 2, 14.50),
             ("Support hours", rng.randint(3, 9), 65.00), ("SSL certificate", 1, 49.00)]
    sub = sum(q * p for _, q, p in items)
    vat = round(sub * 0.2, 2)
    total = sub + vat
    c = canvas.Canvas(f, pagesize=landscape(A5))
    W, H = landscape(A5)
    c.setFont("Helvetica-Bold", 20)
    c.drawString(40, H - 50, "INVOICE INV-2026-0417")
    c.setFont("Helvetica", 11)
    c.drawString(40, H - 72, "Northwind Hosting Ltd  -  12 Quay Street, Leeds")
    c.drawString(40, H - 90, "Bill to: Dana Kim")
    c.drawString(400, H - 72, "Issued: 2026-11-02")
    c.drawString(400, H - 90, "Due: 2026-12-02")
    y = H - 130
    c.setFont("Helvetica-Bold", 11)
    for x, t in ((40, "Item"), (300, "Qty"), (360, "Unit"), (460, "Amount")):
        c.drawString(x, y, t)
    c.setFont("Helvetica", 11)
    for name, qn, pr in items:
        y -= 20
        c.drawString(40, y, name)
        c.drawString(300, y, str(qn))
        c.drawString(360, y, f"GBP {pr:.2f}")
        c.drawString(460, y, f"GBP {qn * pr:.2f}")
    y -= 30
    c.drawString(360, y, "Subtotal")
    c.drawString(460, y, f"GBP {sub:.2f}")
    y -= 18
    c.drawString(360, y, "VAT 20%")
    c.drawString(460, y, f"GBP {vat:.2f}")
    y -= 20
    c.setFont("Helvetica-Bold", 12)
    c.drawString(360, y, "Total due")
    c.drawString(460, y, f"GBP {total:.2f}")
    c.save()
    p = launch(["katarakt", f])
    w = find_window("katarakt|invoice", timeout=30)
    place(w, 30, 30, 900, 660)
    time.sleep(5)
    img = capture(w, "w12_katarakt_invoice")
    kill(p, w)
    q = Q(img)
    q.add("what's the total due on this invoice", f"GBP {total:.2f}", "money", "document", "value_at_label", True)
    q.add("when is it due?", "2026-12-02", "date", "document", "value_at_label", True)
    q.add("how many support hours am I billed for", items[2][1], "number", "document", "cell_row_col", True)
    q.add("which line item costs the most?", max(items, key=lambda t: t[1] * t[2])[0], "text", "document",
          "largest", True)
    q.add("what's the vat amount", f"GBP {vat:.2f}", "money", "document", "value_at_label", True)
    q.add("name of the pdf file I'm looking at?", os.path.basename(f), "text", "document", "title_or_filename",
          True)
    return q


def w13_qiv(rng):
    """qiv (GTK image viewer) showing a bar chart PNG."""
    from PIL import Image, ImageDraw, ImageFont
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(20, 95) for _ in months]
    vals[5] = 118
    im = Image.new("RGB", (760, 460), "white")
    dr = ImageDraw.Draw(im)
    ft = ImageFont.truetype(FONT, 14)
    fb = ImageFont.truetype(FONTB, 18)
    dr.text((20, 12), "Support tickets per month (2026)", fill="black", font=fb)
    x0, y0, top = 70, 400, 60
    scale = (y0 - top) / 140
    for v in range(0, 141, 20):
        y = y0 - v * scale
        dr.line((x0, y, 740, y), fill=(225, 225, 225))
        dr.text((30, y - 8), str(v), fill="black", font=ft)
    labeled = {0, 5, 7}
    for i, (m, v) in enumerate(zip(months, vals)):
        x = x0 + 15 + i * 82
        dr.rectangle((x, y0 - v * scale, x + 52, y0), fill=(52, 110, 190))
        dr.text((x + 12, y0 + 6), m, fill="black", font=ft)
        if i in labeled:
            dr.text((x + 14, y0 - v * scale - 20), str(v), fill="black", font=ft)
    dr.line((x0, top - 10, x0, y0), fill="black")
    dr.line((x0, y0, 740, y0), fill="black")
    f = HOME + "/Pictures/tickets_chart.png"
    os.makedirs(os.path.dirname(f), exist_ok=True)
    im.save(f)
    p = launch(["qiv", f])
    w = find_window("qiv", timeout=30)
    place(w, 30, 30)
    time.sleep(3)
    img = capture(w, "w13_qiv_chart")
    kill(p, w)
    q = Q(img)
    q.add("which month had the most tickets?", months[vals.index(max(vals))], "text", "chart", "largest", True)
    q.add("how many tickets in August", vals[7], "number", "chart", "chart_value", True)
    q.add("roughly how many tickets were there in March?", vals[2], "approx", "chart", "chart_value", False)
    q.add("what's the chart title", "Support tickets per month (2026)", "text", "chart", "value_at_label", True)
    lowest = months[vals.index(min(vals))]
    q.add("lowest month?", lowest, "text", "chart", "smallest", False)
    return q


def w14_receipt(rng):
    """xloadimage (plain Xlib viewer) showing a receipt image."""
    from PIL import Image, ImageDraw, ImageFont
    items = [("Oat milk 1L", 1.89), ("Sourdough loaf", 3.40), ("Free-range eggs x12", 4.25),
             ("Cherry tomatoes", 2.15), ("Cheddar 400g", 5.60)]
    qty = [1, 1, 1, rng.randint(2, 3), 1]
    lines = [(n if q == 1 else f"{n} x{q}", q * p) for (n, p), q in zip(items, qty)]
    total = round(sum(a for _, a in lines), 2)
    tax = round(total * 0.05 / 1.05, 2)
    cash = 50.00 if total < 50 else 100.00
    im = Image.new("RGB", (380, 560), (252, 250, 244))
    dr = ImageDraw.Draw(im)
    fm = ImageFont.truetype(FONTM, 15)
    fb = ImageFont.truetype(FONTB, 20)
    dr.text((95, 20), "GREENLEAF MARKET", fill="black", font=fb)
    dr.text((80, 50), "88 Elm Row, Edinburgh", fill="black", font=fm)
    dr.text((30, 85), "2026-11-21  17:42   Till 3", fill="black", font=fm)
    y = 125
    for n, a in lines:
        dr.text((30, y), n, fill="black", font=fm)
        dr.text((290, y), f"{a:6.2f}", fill="black", font=fm)
        y += 26
    y += 10
    dr.line((30, y, 350, y), fill="black")
    y += 12
    dr.text((30, y), "TOTAL", fill="black", font=fb)
    dr.text((270, y), f"{total:.2f}", fill="black", font=fb)
    y += 36
    dr.text((30, y), "incl. VAT 5%", fill="black", font=fm)
    dr.text((290, y), f"{tax:6.2f}", fill="black", font=fm)
    y += 26
    dr.text((30, y), "CASH", fill="black", font=fm)
    dr.text((290, y), f"{cash:6.2f}", fill="black", font=fm)
    y += 26
    dr.text((30, y), "CHANGE", fill="black", font=fm)
    dr.text((290, y), f"{cash - total:6.2f}", fill="black", font=fm)
    dr.text((95, y + 60), "Thank you for shopping!", fill="black", font=fm)
    f = HOME + "/Pictures/receipt_greenleaf.png"
    im.save(f)
    p = launch(["xloadimage", f])
    w = find_window("receipt|xloadimage", timeout=30)
    place(w, 30, 30)
    time.sleep(2)
    img = capture(w, "w14_xloadimage_receipt")
    kill(p, w)
    q = Q(img)
    q.add("what was the total on my receipt", f"{total:.2f}", "money", "image_viewer", "value_at_label", True)
    q.add("which shop is this from?", "GREENLEAF MARKET", "text", "image_viewer", "value_at_label", True)
    q.add("how much change did I get", f"{cash - total:.2f}", "money", "image_viewer", "value_at_label", True)
    q.add("How many different items did I buy?", len(lines), "count", "image_viewer", "count_condition", False)
    q.add("what did the cheddar cost", "5.60", "money", "image_viewer", "cell_row_col", True)
    q.add("date on the receipt?", "2026-11-21", "date", "image_viewer", "who_when", True)
    return q


def w15_kcalc(rng):
    """kcalc (KDE / Qt5 calculator)."""
    a, b, c = rng.randint(200, 900), rng.randint(12, 60), rng.randint(2, 9)
    p = launch(["kcalc"])
    w = find_window("KCalc", timeout=40)
    place(w, 30, 30)
    time.sleep(3)
    typ(w, f"{a}+{b}*{c}")
    key(w, "Return")
    time.sleep(2)
    img = capture(w, "w15_kcalc")
    kill(p, w)
    q = Q(img)
    q.add("what does the calculator display say", f"{a + b * c}", "number", "calculator", "value_at_label", True)
    q.add("which button do I press to clear everything and start over?", "AC", "text", "calculator", "button_to_click", True)
    q.add("what's the window title", "KCalc", "text", "calculator", "title_or_filename", True)
    q.add("if I add 100 to what's displayed what do I get", f"{a + b * c + 100}", "number", "calculator",
          "sum", False)
    return q


def w16_obconf(rng):
    """obconf (GTK2 Openbox settings) on a config file we write."""
    themes = ["Clearlooks", "Mikachu", "Natura", "Onyx", "Orang", "Syscrash"]
    theme = rng.choice(themes)
    rc = HOME + "/.config/openbox/rc_s14.xml"
    os.makedirs(os.path.dirname(rc), exist_ok=True)
    base = open("/etc/xdg/openbox/rc.xml").read()
    import re
    base = re.sub(r"<theme>\s*<name>[^<]*</name>", f"<theme>\n    <name>{theme}</name>", base, count=1)
    mkfile(rc, text=base)
    p = launch(["obconf", "--config-file", rc])
    w = find_window("Openbox Configuration", timeout=30)
    place(w, 30, 30, 980, 600)
    time.sleep(3)
    img = capture(w, "w16_obconf_settings")
    kill(p, w)
    q = Q(img)
    q.add("which openbox theme is selected?", theme, "text", "settings", "selected_row", True)
    q.add("what tab should I click to change the number of desktops", "Desktops", "text", "settings",
          "button_to_click", True)
    q.add("button to close this dialog?", "Close", "text", "settings", "button_to_click", True)
    q.add("how do I add a theme I downloaded? which button", "Install a new theme...", "text", "settings",
          "button_to_click", True)
    return q, theme


def w17_gtk4(rng):
    """home-made GTK4 settings dialog (python3-gi), dark theme."""
    st = dict(sync=True, notify=False, metered=True, quality=rng.choice(["Low", "Balanced", "High"]),
              interval=rng.choice([5, 10, 15, 30]), limit=rng.randint(20, 80))
    script = ROOT + "/gtk4_settings.py"
    src = f'''
import gi
gi.require_version("Gtk", "4.0")
from gi.repository import Gtk
ST = {st!r}
def act(app):
    Gtk.Settings.get_default().set_property("gtk-application-prefer-dark-theme", True)
    win = Gtk.ApplicationWindow(application=app, title="Cloudbox Sync - Preferences")
    win.set_default_size(520, 470)
    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10)
    for m in ("top", "bottom", "start", "end"):
        getattr(box, "set_margin_" + m)(16)
    lab = Gtk.Label(xalign=0); lab.set_markup("<b>Sync</b>"); box.append(lab)
    for txt, k in (("Sync automatically", "sync"), ("Show desktop notifications", "notify"),
                   ("Pause on metered connections", "metered")):
        cb = Gtk.CheckButton(label=txt); cb.set_active(ST[k]); box.append(cb)
    lab = Gtk.Label(xalign=0); lab.set_markup("<b>Photo upload quality</b>"); box.append(lab)
    first = None
    row = Gtk.Box(spacing=12)
    for q in ("Low", "Balanced", "High"):
        rb = Gtk.CheckButton(label=q)
        if first: rb.set_group(first)
        else: first = rb
        rb.set_active(q == ST["quality"]); row.append(rb)
    box.append(row)
    row = Gtk.Box(spacing=12)
    row.append(Gtk.Label(label="Check for changes every"))
    combo = Gtk.DropDown.new_from_strings(["5 minutes", "10 minutes", "15 minutes", "30 minutes"])
    combo.set_selected([5, 10, 15, 30].index(ST["interval"])); row.append(combo); box.append(row)
    row = Gtk.Box(spacing=12)
    row.append(Gtk.Label(label="Upload limit (Mbit/s)"))
    sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 100, 1)
    sc.set_value(ST["limit"]); sc.set_draw_value(True); sc.set_digits(0); sc.set_hexpand(True); row.append(sc)
    box.append(row)
    btns = Gtk.Box(spacing=8); btns.set_halign(Gtk.Align.END)
    btns.append(Gtk.Button(label="Reset to defaults")); btns.append(Gtk.Button(label="Cancel"))
    ok = Gtk.Button(label="Apply"); ok.add_css_class("suggested-action"); btns.append(ok)
    box.append(btns)
    status = Gtk.Label(label="Last synced: 2026-11-30 08:15  -  1,284 files up to date", xalign=0)
    status.add_css_class("dim-label"); box.append(Gtk.Separator()); box.append(status)
    win.set_child(box); win.present()
app = Gtk.Application(application_id="dev.s14.cloudbox")
app.connect("activate", act)
app.run()
'''
    mkfile(script, text=src)
    p = launch(["/usr/bin/python3", script], env={"GDK_BACKEND": "x11"})
    w = find_window("Cloudbox Sync", timeout=30)
    place(w, 30, 30)
    time.sleep(3)
    img = capture(w, "w17_gtk4_settings")
    kill(p, w)
    q = Q(img)
    q.add("is 'Show desktop notifications' ticked?", "no" if not st["notify"] else "yes", "yesno", "settings",
          "checkbox_state", False)
    q.add("which upload quality did I pick", st["quality"], "text", "settings", "checkbox_state", True)
    q.add("how often does it check for changes?", f"{st['interval']} minutes", "text", "settings",
          "checkbox_state", True)
    q.add("upload limit slider value?", st["limit"], "number", "settings", "value_at_label", True)
    nchk = sum(1 for k in ("sync", "notify", "metered") if st[k])
    q.add("how many of the sync checkboxes are checked", nchk, "count", "settings", "count_condition", False)
    q.add("what does the status line at the bottom say about the last sync time", "2026-11-30 08:15", "date",
          "settings", "status_bar", True)
    q.add("is this in dark mode", "yes", "yesno", "settings", "yes_no_state", False)
    return q, st


def w18_pyqt6(rng):
    """home-made PyQt6 table window (light, Fusion style) with a selected row and a status bar."""
    clients = ["Atlas Freight", "Birchwood Dental", "Copperline Bikes", "Delta Print Co", "Evergreen Farms",
               "Foxglove Studio", "Granite Legal", "Harbor Yoga", "Ironleaf Tea", "Juniper Vet"]
    status_opts = ["Paid", "Paid", "Overdue", "Sent", "Draft"]
    rows = []
    for i, c in enumerate(clients):
        amt = rng.randint(180, 4800) + rng.choice([0, 0.5, 0.25, 0.99])
        day = dt.date(2026, 10, 1) + dt.timedelta(days=rng.randint(0, 55))
        rows.append((f"INV-{1040 + i}", c, day.isoformat(), f"{amt:,.2f}", rng.choice(status_opts)))
    sel = rng.randrange(2, 8)
    script = ROOT + "/pyqt6_table.py"
    src = f'''
import sys
from PyQt6 import QtWidgets, QtCore
ROWS = {rows!r}
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
w = QtWidgets.QMainWindow(); w.setWindowTitle("Invoices - Q4 2026 - Tally")
t = QtWidgets.QTableWidget(len(ROWS), 5)
t.setHorizontalHeaderLabels(["Invoice", "Client", "Issued", "Amount (EUR)", "Status"])
for r, row in enumerate(ROWS):
    for c, v in enumerate(row):
        it = QtWidgets.QTableWidgetItem(v)
        if c == 3: it.setTextAlignment(QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter)
        t.setItem(r, c, it)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.selectRow({sel})
w.setCentralWidget(t)
w.statusBar().showMessage("{len(rows)} invoices  |  {sum(1 for r in rows if r[4] == 'Overdue')} overdue  |  filter: none")
w.resize(720, 420); w.show()
sys.exit(app.exec())
'''
    mkfile(script, text=src)
    p = launch(["/usr/bin/python3", script])
    w = find_window("Tally", timeout=30)
    place(w, 30, 30)
    time.sleep(3)
    img = capture(w, "w18_pyqt6_table")
    kill(p, w)
    q = Q(img)
    q.add("which client is highlighted", rows[sel][1], "text", "table", "selected_row", True)
    amt = lambda r: float(r[3].replace(",", ""))
    big = max(rows, key=amt)
    q.add("which invoice has the largest amount?", big[0], "code", "table", "largest", True)
    q.add(f"what's the status of {rows[4][0]}", rows[4][4], "text", "table", "cell_row_col", True)
    nover = sum(1 for r in rows if r[4] == "Overdue")
    q.add("how many invoices are overdue", nover, "count", "table", "count_condition", True)
    q.add("what does the status bar say", f"{len(rows)} invoices  |  {nover} overdue  |  filter: none", "text",
          "table", "status_bar", True)
    latest = max(rows, key=lambda r: r[2])
    q.add("which client got the most recently issued invoice?", latest[1], "text", "table", "most_recent", True)
    q.add(f"amount for {rows[1][1]}?", rows[1][3], "money", "table", "cell_row_col", True)
    return q


def w19_kdialog(rng):
    """kdialog (KDE/Qt5) warning dialog with custom buttons."""
    total = rng.randint(300, 900)
    failed = rng.randint(2, 9)
    gb = round(rng.uniform(1.5, 9.5), 1)
    text = (f"Backup to nas.local:/backups/dana finished with problems.\n\n"
            f"{failed} of {total} files could not be uploaded ({gb} GB transferred).\n"
            f"Error: Connection reset by peer (code 104)")
    p = launch(["kdialog", "--title", "Deja Backup", "--warningyesnocancel", text, "--yes-label", "Retry failed",
                "--no-label", "Show log", "--cancel-label", "Dismiss"])
    w = find_window("Deja Backup", timeout=30)
    place(w, 30, 30)
    time.sleep(3)
    img = capture(w, "w19_kdialog_warning")
    kill(p, w)
    q = Q(img)
    q.add("how many files failed to upload?", failed, "count", "dialog", "value_at_label", True)
    q.add("which button do I click to try again", "Retry failed", "text", "dialog", "button_to_click", True)
    q.add("what's the error", "Connection reset by peer (code 104)", "error", "dialog", "error_message", True)
    q.add("how many files uploaded ok?", total - failed, "count", "dialog", "difference", False)
    q.add("how much data went over", f"{gb} GB", "text", "dialog", "value_at_label", True)
    q.add("title of the popup?", "Deja Backup", "text", "dialog", "title_or_filename", True)
    return q


def w20_xmgrace(rng):
    """xmgrace (Motif) line plot of weekly temperatures."""
    days = list(range(1, 15))
    temps = [round(12 + 6 * ((i % 7) / 6) + rng.uniform(-1.5, 1.5), 1) for i in range(14)]
    hum = [rng.randint(55, 90) for _ in days]
    f = HOME + "/data/greenhouse.dat"
    mkfile(f, text="".join(f"{d} {t}\n" for d, t in zip(days, temps)))
    bat = ROOT + "/grace.bat"
    mkfile(bat, text='title "Greenhouse temperature"\nsubtitle "sensor GH-2, first half of November"\n'
                     'xaxis label "Day"\nyaxis label "Temperature (C)"\ns0 legend "GH-2"\n'
                     'page size 720, 500\nworld 0, 10, 15, 21\nxaxis tick major 1\nyaxis tick major 1\nlegend 0.95, 0.8\n')
    p = launch(["xmgrace", "-geometry", "1000x740+20+20", "-nosafe", "-noask", f, "-batch", bat])
    w = find_window("Grace", timeout=40)
    time.sleep(4)
    img = capture(w, "w20_xmgrace_plot")
    kill(p, w)
    q = Q(img)
    q.add("what's the title of my plot", "Greenhouse temperature", "text", "chart", "value_at_label", True)
    pk = days[temps.index(max(temps))]
    q.add("on which day was it warmest?", pk, "number", "chart", "largest", False)
    q.add("roughly what was the temperature on day 3", temps[2], "approx", "chart", "chart_value", False)
    q.add("what's the y axis label", "Temperature (C)", "text", "chart", "value_at_label", True)
    q.add("which sensor is this data from", "GH-2", "code", "chart", "value_at_label", True)
    q.add("what file is open in grace?", "greenhouse.dat", "text", "chart", "title_or_filename", True)
    return q


WINDOWS = [w01_ls, w02_git, w03_traceback, w04_ps, w05_ledger, w06_diff, w07_pspg, w08_moc, w09_orpie, w10_alot,
           w11_mle, w12_katarakt, w13_qiv, w14_receipt, w15_kcalc, w16_obconf, w17_gtk4, w18_pyqt6, w19_kdialog,
           w20_xmgrace]


def main():
    only = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(PARTS, exist_ok=True)
    os.makedirs(HOME, exist_ok=True)
    os.makedirs(ENV["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    ensure_display()
    try:
        for fn in WINDOWS:
            tag = fn.__name__.split("_")[0]
            if only and tag not in only:
                continue
            rng = random.Random(f"{SEED}-{fn.__name__}")
            print("==", fn.__name__, flush=True)
            try:
                res = fn(rng)
            except Exception as e:  # keep going; a missing part is simply not in the manifest
                print("   FAILED", fn.__name__, repr(e), flush=True)
                continue
            q = res[0] if isinstance(res, tuple) else res
            with open(os.path.join(PARTS, tag + ".json"), "w") as f:
                json.dump(q.items, f, indent=1)
    finally:
        stop_started()
    # assemble manifest from the parts in window order
    n = 0
    skip = set(json.load(open(os.path.join(HERE, "exclude.json")))) if os.path.exists(
        os.path.join(HERE, "exclude.json")) else set()
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as out:
        for fn in WINDOWS:
            tag = fn.__name__.split("_")[0]
            pf = os.path.join(PARTS, tag + ".json")
            if not os.path.exists(pf) or tag in skip:
                continue
            for it in json.load(open(pf)):
                if (tag + ":" + it["question"]) in skip:
                    continue
                n += 1
                out.write(json.dumps(dict(id=f"s14-{n:04d}", **it)) + "\n")
    print("questions:", n)


if __name__ == "__main__":
    main()
