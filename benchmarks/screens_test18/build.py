#!/usr/bin/env python3
"""screens_test18: fresh held-out split of screenshots of real Debian applications.

Run as root with /usr/bin/python3 (needs PyQt5, python3-gi, reportlab, PIL, python3-gnucash).
    /usr/bin/python3 build.py            # build every window, write manifest.jsonl
    /usr/bin/python3 build.py w03 w05    # rebuild only some windows, then rewrite the manifest

Every gold is computed here from the data this script creates (or from the output of the
command it runs on that data), never typed after looking at a screenshot.
"""
import csv, datetime as dt, json, os, random, re, shutil, subprocess, sys, time

SEED = 7753
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
PARTS = os.path.join(HERE, ".parts")          # per-window question lists (so windows can be rebuilt one by one)
ROOT = "/tmp/s18"                              # all fake data lives here
HOME = ROOT + "/home/dev"
RUN = ROOT + "/run"
DISPLAY = ":70"
PY = "/usr/bin/python3"

ENV = dict(os.environ)
ENV.update(DISPLAY=DISPLAY, HOME=HOME, TZ="UTC", LC_ALL="C.UTF-8", LANG="C.UTF-8",
           XDG_RUNTIME_DIR=RUN, XDG_CONFIG_HOME=HOME + "/.config", NO_AT_BRIDGE="1",
           GTK_THEME="Adwaita")
for k in ("WAYLAND_DISPLAY",):
    ENV.pop(k, None)

PROCS = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, env=kw.pop("env", ENV), capture_output=True, text=True, **kw)


def spawn(cmd, env=None, cwd=None):
    p = subprocess.Popen(["nice", "-n", "19", "bash", "-c", cmd], env=env or ENV, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=open(ROOT + "/app.log", "a"),
                         start_new_session=True)
    PROCS.append(p)
    return p


def kill(p):
    try:
        os.killpg(p.pid, 15)
    except Exception:
        pass
    time.sleep(0.5)
    try:
        os.killpg(p.pid, 9)
    except Exception:
        pass


def set_mtime(path, when):
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


# ---------------------------------------------------------------- X helpers
def find_win(pattern, timeout=40, by="name"):
    end = time.time() + timeout
    rx = re.compile(pattern)
    while time.time() < end:
        tree = sh("xwininfo -root -tree").stdout
        for m in re.finditer(r'^\s*(0x[0-9a-f]+) "(.*)": \(.*\)\s+(\d+)x(\d+)[+-]', tree, re.M):
            if rx.search(m.group(2)) and int(m.group(3)) > 60 and int(m.group(4)) > 40:
                return int(m.group(1), 16)
        time.sleep(0.5)
    raise RuntimeError("window not found: " + pattern)


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def place(wid, x, y, w=None, h=None):
    if w:
        sh(f"xdotool windowsize {wid} {w} {h}")
    sh(f"xdotool windowmove {wid} {x} {y}")
    sh(f"xdotool windowactivate {wid}")
    time.sleep(0.6)


def capture(wid, name, frame=True):
    info = sh(f"xwininfo -id {wid}").stdout
    g = {k: int(re.search(k + r":\s+(-?\d+)", info).group(1))
         for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
    x, y, w, h = g["Absolute upper-left X"], g["Absolute upper-left Y"], g["Width"], g["Height"]
    if frame:
        ext = sh(f"xprop -id {wid} _NET_FRAME_EXTENTS").stdout
        m = re.findall(r"\d+", ext.split("=")[-1]) if "=" in ext else []
        if len(m) == 4:
            l, r_, t, b = map(int, m)
            x, y, w, h = x - l, y - t, w + l + r_, h + t + b
    x, y = max(x, 0), max(y, 0)
    w, h = min(w, 1280 - x), min(h, 800 - y)
    out = os.path.join(IMG, name + ".png")
    if frame:
        sh("xdotool mousemove 1279 799"); time.sleep(0.3)
    sh(f"import -window root {ROOT}/root.png")
    sh(f"convert {ROOT}/root.png -crop {w}x{h}+{x}+{y} +repage {out}")
    return "images/" + name + ".png"


def key(*keys, wid=None, delay=0.3):
    for k in keys:
        sh(f"xdotool key {k}")
        time.sleep(delay)


def typ(text, delay=0.2):
    sh(f"xdotool type --delay 25 {shq(text)}")
    time.sleep(delay)


def Q(question, answer, atype, category, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=atype, category=category,
                intent=intent, literal=literal)


# ---------------------------------------------------------------- wayland terminals (foot / weston-terminal)
def weston_term(script_path, name, term="foot", light=False, w=960, h=620, wait=4.0, keys=None):
    sock = "wl-s18"
    try:
        os.remove(RUN + "/" + sock)
    except FileNotFoundError:
        pass
    ws = spawn(f"weston --backend=x11-backend.so --shell=kiosk-shell.so --use-pixman --width={w} --height={h} "
               f"--socket={sock} --idle-time=0 --no-config")
    for _ in range(40):
        if os.path.exists(RUN + "/" + sock):
            break
        time.sleep(0.5)
    time.sleep(1.5)
    env = dict(ENV, WAYLAND_DISPLAY=sock)
    env.pop("DISPLAY", None)
    if term == "foot":
        colors = ("-o colors.background=fbfbf7 -o colors.foreground=222222 -o colors.regular4=1f5fbf "
                  "-o colors.regular2=2a7a2a -o colors.regular3=8a6d00 " if light else "")
        cmd = f"foot -o font='DejaVu Sans Mono:size=10' {colors} bash {script_path}"
    else:
        cmd = f"weston-terminal --font='DejaVu Sans Mono' --font-size=13 --shell={script_path}"
    t = spawn(cmd, env=env)
    wid = find_win("Weston Compositor")
    place(wid, 40, 40)
    sh(f"xdotool mousemove {40 + w - 6} {40 + h + 16}")
    time.sleep(wait)
    if keys:
        keys(wid)
    img = capture(wid, name, frame=False)
    kill(t)
    kill(ws)
    return img


PROMPT_DARK = r"\e[1;32mdev@workbox\e[0m:\e[1;34m{cwd}\e[0m$ "


def term_script(path, cwd, cmds, tail="exec sleep 3600"):
    lines = ["#!/bin/bash", "export TZ=UTC LC_ALL=C.UTF-8 TERM=xterm-256color GIT_PAGER=cat PAGER=cat", f"cd {cwd}", "clear"]
    show = cwd.replace(HOME, "~")
    for c in cmds:
        lines.append(f"printf '{PROMPT_DARK.format(cwd=show)}%s\\n' {shq(c)}")
        lines.append(c)
    lines.append(f"printf '{PROMPT_DARK.format(cwd=show)}'")
    lines.append(tail)
    write(path, "\n".join(lines) + "\n")
    os.chmod(path, 0o755)


# ================================================================ windows
def w01_foot_ls(rng):
    d = HOME + "/projects/quarterly-report"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = ["README.md", "budget_q3.csv", "budget_q4.csv", "chart_export.png", "draft_notes.txt",
             "invoice_template.odt", "summary.pdf", "vendors.csv", "meeting_2026-10.md"]
    dirs = ["archive", "assets", "scripts"]
    info = {}
    used_days = set()
    for f in files:
        p = os.path.join(d, f)
        if f.endswith(".csv"):
            n = rng.randint(12, 80)
            rows = ["id,name,amount"] + [f"{i},item{i},{rng.randint(10, 999)}.{rng.randint(0, 99):02d}" for i in range(1, n)]
            write(p, "\n".join(rows) + "\n")
        else:
            size = rng.randint(900, 480000)
            write(p, "x" * size)
        while True:
            when = dt.datetime(2026, rng.randint(7, 11), rng.randint(10, 28), rng.randint(8, 19), rng.randint(0, 59))
            if when.date() not in used_days:
                used_days.add(when.date()); break
        set_mtime(p, when)
        info[f] = (os.path.getsize(p), when)
    for x in dirs:
        os.makedirs(os.path.join(d, x))
        write(os.path.join(d, x, "keep.txt"), "k")
        set_mtime(os.path.join(d, x, "keep.txt"), dt.datetime(2026, 8, 14, 10, 0))
        set_mtime(os.path.join(d, x), dt.datetime(2026, rng.randint(7, 11), rng.randint(10, 28), 9, 30))
    csvs = sorted(f for f in files if f.endswith(".csv"))
    term_script(ROOT + "/w01.sh", d, ["ls -l", "wc -l " + " ".join(csvs)])
    img = weston_term(ROOT + "/w01.sh", "w01_foot_ls", term="foot", h=380, w=760)
    fmt = lambda t: t.strftime("%b ") + str(t.day) + t.strftime(" %H:%M")
    largest = max(files, key=lambda f: info[f][0])
    newest = max(files, key=lambda f: info[f][1])
    lines = {f: sum(1 for _ in open(os.path.join(d, f))) for f in csvs}
    return img, [
        Q("how big is summary.pdf in bytes?", info["summary.pdf"][0], "number", "terminal", "value_at_label", True),
        Q("Which file in my listing is the biggest?", largest, "text", "terminal", "extreme_by_column", True),
        Q("how many csv files are in this folder", len(csvs), "count", "terminal", "count_condition", False),
        Q("When did I last modify draft_notes.txt?", fmt(info["draft_notes.txt"][1]), "date", "terminal", "who_when", True),
        Q("According to wc, how many lines are in vendors.csv?", lines["vendors.csv"], "number", "terminal", "value_at_label", True),
        Q("which regular file was changed most recently", newest, "text", "terminal", "extreme_by_column", True),
    ]


def w02_unittest(rng):
    d = HOME + "/projects/pricing"
    shutil.rmtree(d, ignore_errors=True)
    write(d + "/pricing.py", """\
def apply_discount(price, pct):
    return round(price * (1 - pct / 100), 2)

def cap_discount(pct):
    return min(pct, 40)

def to_cents(amount):
    return int(round(amount * 100))

def convert(amount, rates, cur):
    return round(amount * rates[cur], 2)
""")
    cap = rng.choice([45, 50, 60])
    write(d + "/test_pricing.py", f"""\
import unittest
from pricing import apply_discount, cap_discount, to_cents, convert

class PricingTests(unittest.TestCase):
    def test_discount_basic(self):
        self.assertEqual(apply_discount(100, 15), 85.0)
    def test_discount_zero(self):
        self.assertEqual(apply_discount(80, 0), 80)
    def test_cap_discount(self):
        self.assertEqual(cap_discount({cap}), {cap})
    def test_cents(self):
        self.assertEqual(to_cents(12.34), 1234)
    def test_cents_rounding(self):
        self.assertEqual(to_cents(0.015), 1)
    def test_convert_eur(self):
        self.assertEqual(convert(10, {{'EUR': 0.9}}, 'EUR'), 9.0)
    def test_convert_missing(self):
        self.assertEqual(convert(10, {{'EUR': 0.9}}, 'GBP'), 7.9)
    def test_small_price(self):
        self.assertEqual(apply_discount(1, 50), 0.5)

if __name__ == '__main__':
    unittest.main()
""")
    r = subprocess.run([PY, "-m", "unittest", "test_pricing"], cwd=d, capture_output=True, text=True)
    out = r.stderr
    ran = int(re.search(r"Ran (\d+) test", out).group(1))
    fails = re.findall(r"^FAIL: (\w+)", out, re.M)
    errs = re.findall(r"^ERROR: (\w+)", out, re.M)
    errline = [l for l in out.splitlines() if l.startswith("KeyError")][0]
    term_script(ROOT + "/w02.sh", d, ['python3 -m unittest test_pricing; echo "exit status: $?"'])
    img = weston_term(ROOT + "/w02.sh", "w02_weston_unittest", term="weston", h=680, w=1000)
    return img, [
        Q("how many tests did it run", ran, "number", "terminal", "value_at_label", True),
        Q("How many of my tests failed (not counting errors)?", len(fails), "count", "terminal", "count_condition", True),
        Q("which test blew up with an error instead of a failure?", errs[0], "code", "terminal", "error_message", True),
        Q("what's the exception line for that error", errline, "error", "terminal", "error_message", True),
        Q("did the test suite pass?", "no", "yesno", "terminal", "yesno_state", False),
        Q("what exit status did the run return", r.returncode, "number", "terminal", "error_message", True),
    ]


def git(d, *args, env=None):
    return subprocess.run(["git", "-C", d] + list(args), capture_output=True, text=True, env=env, check=True).stdout


def w03_git(rng):
    d = HOME + "/projects/ledger-sync"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d + "/src")
    people = [("Priya Raman", "priya@ledger.dev"), ("Tomasz Wolski", "tomasz@ledger.dev"),
              ("Aiko Tanaka", "aiko@ledger.dev"), ("Jon Ellery", "jon@ledger.dev")]
    msgs = ["Initial import of sync client", "Add CSV statement parser", "Handle empty statements",
            "Fix rounding in monthly totals", "Retry on HTTP 503 from bank API", "Bump version to 0.4.1",
            "Document config options"]
    git(d, "init", "-q", "-b", "main")
    t = dt.datetime(2026, 10, 3, 9, 0)
    commits = []
    for i, m in enumerate(msgs):
        t = t + dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
        name, mail = people[rng.randrange(len(people))] if i else people[0]
        write(f"{d}/src/mod{i}.py", f"# {m}\nVALUE = {i}\n")
        write(d + "/CHANGES.txt", f"- {m}\n", "a")
        git(d, "add", "-A")
        iso = t.strftime("%Y-%m-%dT%H:%M:%S+0000")
        env = dict(os.environ, GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=mail, GIT_COMMITTER_NAME=name,
                   GIT_COMMITTER_EMAIL=mail, GIT_AUTHOR_DATE=iso, GIT_COMMITTER_DATE=iso)
        git(d, "commit", "-q", "-m", m, env=env)
    log = git(d, "log", "--format=%h|%an|%ad|%s", "--date=format:%Y-%m-%d %H:%M").strip().splitlines()
    log = [l.split("|") for l in log]
    write(d + "/src/mod2.py", "# changed\nVALUE = 99\n", "a")
    write(d + "/CHANGES.txt", "- wip\n", "a")
    write(d + "/src/retry.py", "RETRIES = 3\n")
    git(d, "add", "src/retry.py")
    write(d + "/notes.txt", "todo\n")
    status = git(d, "status", "-s").splitlines()
    modified = sorted(l[3:] for l in status if l[1] == "M")
    term_script(ROOT + "/w03.sh", d, [
        "git log --format='%C(yellow)%h%C(reset)  %<(14)%an  %ad  %s' --date=format:'%Y-%m-%d %H:%M'",
        "git status -s"])
    img = weston_term(ROOT + "/w03.sh", "w03_foot_git", term="foot", light=True, h=520, w=980)
    by_msg = {l[3]: l for l in log}
    return img, [
        Q("who wrote the 'Handle empty statements' commit?", by_msg["Handle empty statements"][1], "person", "git", "who_when", True),
        Q("when was the latest commit made", log[0][2], "time", "git", "extreme_by_column", True),
        Q("what's the short hash of the commit that fixed rounding", by_msg["Fix rounding in monthly totals"][0], "code", "git", "value_at_label", True),
        Q("first commit message in the repo?", log[-1][3], "text", "git", "nth_entry", True),
        Q("which files have unstaged modifications (M)?", ", ".join(modified), "text", "git", "count_condition", True),
        Q("is notes.txt tracked by git yet?", "no", "yesno", "git", "yesno_state", False),
    ]


def w04_lnav(rng):
    d = HOME + "/logs"
    os.makedirs(d, exist_ok=True)
    comps = ["api", "worker", "payments", "scheduler", "mailer"]
    events = {"INFO": ["request served in {n} ms", "job {n} queued", "cache warmed ({n} keys)", "heartbeat ok"],
              "WARN": ["slow query took {n} ms", "retrying upstream call (attempt {m})", "queue depth at {n}"],
              "ERROR": ["card declined for order {n}", "disk quota exceeded on /srv/uploads", "SMTP timeout after {m} s",
                        "could not parse invoice {n}"]}
    t = dt.datetime(2026, 11, 20, 9, 14, 3)
    lines = []
    used_err = []
    for i in range(22):
        t += dt.timedelta(seconds=rng.randint(2, 95), milliseconds=rng.randint(1, 999))
        lvl = rng.choices(["INFO", "WARN", "ERROR"], [6, 2, 2])[0]
        if lvl == "ERROR":
            opts = [e for e in events["ERROR"] if e not in used_err] or events["ERROR"]
            msg = rng.choice(opts); used_err.append(msg)
        else:
            msg = rng.choice(events[lvl])
        msg = msg.format(n=rng.randint(100, 9999), m=rng.randint(2, 30))
        comp = rng.choice(comps)
        ts = t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"
        lines.append((ts, lvl, comp, msg))
    write(d + "/shop-backend.log", "\n".join(f"{a} {b:<5} [{c}] {m}" for a, b, c, m in lines) + "\n")
    errs = [l for l in lines if l[1] == "ERROR"]
    warns = [l for l in lines if l[1] == "WARN"]
    write(HOME + "/.config/lnav/config.json", '{"ui": {"theme": "default"}}\n')
    term_script(ROOT + "/w04.sh", d, [], tail="exec lnav shop-backend.log")
    img = weston_term(ROOT + "/w04.sh", "w04_foot_lnav", term="foot", h=560, w=1100, wait=5,
                      keys=lambda wid: (sh("xdotool click 1"), key("g"), time.sleep(1.5)))
    quota = [l for l in lines if "quota" in l[3]]
    qs = [
        Q("how many ERROR lines are in this log", len(errs), "count", "tui", "count_condition", False),
        Q("what was the last error message?", errs[-1][3], "error", "tui", "nth_entry", True),
        Q("timestamp of the first WARN?", warns[0][0], "time", "tui", "nth_entry", True),
        Q("what log file am I looking at", "shop-backend.log", "text", "tui", "title_or_filename", True),
        Q("which component logged the very last line", lines[-1][2], "text", "tui", "nth_entry", True),
    ]
    if quota:
        qs.append(Q("which service complained about the disk quota?", quota[0][2], "text", "tui", "value_at_label", True))
    return img, qs


def w05_atop(rng):
    sh("id mara >/dev/null 2>&1 || useradd -M -s /bin/bash mara")
    names = ["ingestd", "thumbd", "reportgen", "mailq-flush", "indexer"]
    mbs = rng.sample([24, 70, 140, 230, 330], 5)
    ps = []
    for n, mb in zip(names, mbs):
        code = (f"import ctypes,time; ctypes.CDLL(None).prctl(15,b'{n}',0,0,0); "
                f"b=b'x'*({mb}*1024*1024); time.sleep(3600)")
        ps.append(spawn(f"exec runuser -u mara -- {PY} -c {shq(code)}"))
    time.sleep(3)
    write(ROOT + "/w05.sh", "#!/bin/bash\nexport TERM=xterm-256color\nexec atop 3\n")
    os.chmod(ROOT + "/w05.sh", 0o755)

    def keys(wid):
        sh("xdotool click 1"); time.sleep(0.5)
        key("m"); key("U"); typ("mara"); key("Return"); time.sleep(4)

    img = weston_term(ROOT + "/w05.sh", "w05_foot_atop", term="foot", h=620, w=1100, wait=5, keys=keys)
    for p in ps:
        kill(p)
    big = names[mbs.index(max(mbs))]
    small = names[mbs.index(min(mbs))]
    return img, [
        Q("how many of mara's processes are shown", len(names), "count", "system_monitor", "count_condition", False),
        Q("which of those uses the most memory?", big, "text", "system_monitor", "extreme_by_column", True),
        Q("and which one has the smallest memory footprint", small, "text", "system_monitor", "extreme_by_column", True),
        Q("is thumbd running?", "yes", "yesno", "system_monitor", "yesno_state", False),
        Q("whose processes is this view filtered to (user name)?", "mara", "text", "system_monitor", "value_at_label", True),
    ]


def w06_calc(rng):
    a, b, c = rng.randint(3000, 6000), rng.randint(100, 900), rng.randint(500, 1500)
    price = rng.choice(["1299.95", "849.5", "2149.25"])
    g = [rng.choice([86.5, 91.25, 78.75]), rng.choice([90, 72.5, 88]), rng.choice([81.25, 95.5, 69]), rng.choice([77, 84.5, 92.75])]
    exprs = [f"{a} + {b} - {c}", f"{price} * 12", f"({g[0]} + {g[1]} + {g[2]} + {g[3]}) / 4", "2^16", f"{a} % 7"]
    from fractions import Fraction as F
    vals = [F(a + b - c), F(price) * 12, sum(F(str(x)) for x in g) / 4, F(2 ** 16), F(a % 7)]

    def show(v):  # apcalc prints exact terminating decimals without trailing zeros
        if v.denominator == 1:
            return str(v.numerator)
        s = f"{float(v):.10f}".rstrip("0")
        return s
    # only use expressions whose value terminates quickly
    script = "\n".join(exprs)
    write(ROOT + "/w06.sh", "#!/bin/bash\nexport TERM=xterm-256color\nclear\n"
          "printf '\\e[1;32mdev@workbox\\e[0m:\\e[1;34m~\\e[0m$ calc\\n'\n"
          "exec calc\n")
    os.chmod(ROOT + "/w06.sh", 0o755)

    def keys(wid):
        sh("xdotool click 1"); time.sleep(0.5)
        for e in exprs:
            typ(e); key("Return")
        time.sleep(1)

    img = weston_term(ROOT + "/w06.sh", "w06_foot_calc", term="foot", light=True, h=420, w=760, wait=2, keys=keys)
    return img, [
        Q(f"what did calc give for {price} * 12", show(vals[1]), "number", "calculator", "value_at_label", True),
        Q("what's my average of the four grades?", show(vals[2]), "number", "calculator", "value_at_label", True),
        Q("result of the very first line I typed", show(vals[0]), "number", "calculator", "nth_entry", True),
        Q("add up the first two results for me", show(vals[0] + vals[1]), "number", "calculator", "arithmetic", False),
        Q("how many calculations did I enter", len(exprs), "count", "calculator", "count_condition", False),
    ]


def w07_tkcon(rng):
    d = HOME + "/projects/fx-import"
    shutil.rmtree(d, ignore_errors=True)
    cur = rng.choice(["CHF", "SEK", "NOK"])
    write(d + "/import_rates.py", f"""\
import csv
import sys


def load_rates(path):
    rates = {{}}
    with open(path) as fh:
        for row in csv.DictReader(fh):
            rates[row["code"]] = float(row["rate"])
    return rates


def convert_all(amounts, rates):
    out = []
    for code, value in amounts:
        out.append(value * rates[code])
    return out


if __name__ == "__main__":
    rates = load_rates("rates.csv")
    print("loaded", len(rates), "rates")
    print(convert_all([("EUR", 10), ("{cur}", 25)], rates))
""")
    write(d + "/rates.csv", "code,rate\nEUR,0.92\nGBP,0.79\nJPY,151.3\n")
    r = subprocess.run([PY, "import_rates.py"], cwd=d, capture_output=True, text=True)
    tb = r.stderr.strip().splitlines()
    last = tb[-1]
    lineno = re.findall(r'line (\d+), in convert_all', r.stderr)[0]
    loaded = r.stdout.strip().splitlines()[0]
    write(ROOT + "/w07.tcl", "set ::tkcon::OPT(font) {{DejaVu Sans Mono} 10}\n")
    p = spawn(f"exec tkcon -rcfile {ROOT}/w07.tcl")
    wid = find_win("tkcon")
    place(wid, 60, 40, 900, 520)
    time.sleep(2)
    sh(f"xdotool mousemove 300 250 click 1"); time.sleep(0.4)
    typ("cd ~/projects/fx-import"); key("Return")
    typ("exec ls"); key("Return")
    typ("exec python3 import_rates.py"); key("Return")
    time.sleep(2.5)
    img = capture(wid, "w07_tkcon_traceback")
    kill(p)
    return img, [
        Q("what exception did my script crash with", last.split(":")[0], "error", "terminal", "error_message", True),
        Q("full error message on the last line?", last, "error", "terminal", "error_message", True),
        Q("which line of import_rates.py failed in convert_all", lineno, "number", "terminal", "line_of_function", True),
        Q("name of the function where it actually crashed", "convert_all", "code", "terminal", "error_message", True),
        Q("how many rates did it load before dying", re.search(r"\d+", loaded).group(0), "number", "terminal", "value_at_label", True),
    ]


def w08_qtconsole(rng):
    d = HOME + "/projects/orders"
    shutil.rmtree(d, ignore_errors=True)
    custs = ["Halvorsen AS", "Brightline Ltd", "Kovac & Sons", "Mireille Dubois", "Orchard Cafe", "Patel Imports",
             "Quinlan Ltd", "Sato Trading"]
    rows = []
    for i in range(rng.randint(14, 22)):
        rows.append({"order_id": f"SO-{4100 + i * rng.randint(1, 3)}", "customer": rng.choice(custs),
                     "amount": f"{rng.randint(20, 1900)}.{rng.randint(0, 99):02d}",
                     "date": f"2026-11-{rng.randint(10, 28):02d}"})
    os.makedirs(d, exist_ok=True)
    with open(d + "/orders.csv", "w", newline="") as f:
        w = csv.DictWriter(f, fieldnames=["order_id", "customer", "amount", "date"])
        w.writeheader(); w.writerows(rows)
    total = round(sum(float(r["amount"]) for r in rows), 2)
    top = max(rows, key=lambda r: float(r["amount"]))["customer"]
    cmds = ["!head -5 orders.csv", "import csv; rows = list(csv.DictReader(open('orders.csv')))", "len(rows)",
            "round(sum(float(r['amount']) for r in rows), 2)",
            "max(rows, key=lambda r: float(r['amount']))['customer']"]
    p = spawn(f"cd {d} && exec jupyter-qtconsole --style=monokai --ConsoleWidget.font_size=10 "
              f"--JupyterWidget.banner='' --ConsoleWidget.console_height=30")
    wid = find_win("Jupyter QtConsole", timeout=60)
    place(wid, 40, 30, 940, 600)
    time.sleep(7)
    for c in cmds:
        typ(c, 0.2); key("Return", delay=1.5)
    time.sleep(3)
    img = capture(wid, "w08_qtconsole_orders")
    kill(p)
    return img, [
        Q("how many orders did it load?", len(rows), "number", "terminal", "value_at_label", True),
        Q("what's the total of all order amounts", f"{total}", "money", "terminal", "value_at_label", True),
        Q("who's the customer with the biggest single order", top, "person", "terminal", "extreme_by_column", True),
        Q("what's the amount on the 3rd order in the head output", rows[2]["amount"], "money", "terminal", "cell_row_col", True),
        Q("is the console in a dark theme?", "yes", "yesno", "terminal", "yesno_state", False),
    ]


def w09_eom(rng):
    from PIL import Image, ImageDraw, ImageFont
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(180, 520) for _ in months]
    W, H = 760, 480
    im = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(im)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 20)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 14)
    title = "Household electricity use 2026 (kWh)"
    dr.text((W // 2 - dr.textlength(title, font=fb) // 2, 14), title, fill="black", font=fb)
    x0, y0, x1, y1 = 70, 60, W - 30, H - 50
    vmax = 600
    for v in range(0, vmax + 1, 100):
        y = y1 - (y1 - y0) * v / vmax
        dr.line([(x0, y), (x1, y)], fill="#dddddd")
        dr.text((x0 - 40, y - 8), str(v), fill="black", font=f)
    bw = (x1 - x0) / len(months)
    labelled = set(rng.sample(range(len(months)), 4))
    for i, (m, v) in enumerate(zip(months, vals)):
        bx = x0 + i * bw + bw * 0.18
        top = y1 - (y1 - y0) * v / vmax
        dr.rectangle([bx, top, bx + bw * 0.64, y1], fill="#3b7dd8")
        dr.text((bx + bw * 0.32 - dr.textlength(m, font=f) / 2, y1 + 8), m, fill="black", font=f)
        if i in labelled:
            dr.text((bx + bw * 0.32 - dr.textlength(str(v), font=f) / 2, top - 20), str(v), fill="black", font=f)
    dr.line([(x0, y0), (x0, y1), (x1, y1)], fill="black", width=2)
    d = HOME + "/Pictures"
    os.makedirs(d, exist_ok=True)
    im.save(d + "/electricity_2026.png")
    hi = months[vals.index(max(vals))]
    lo = months[vals.index(min(vals))]
    li = sorted(labelled)[0]
    ul = [i for i in range(len(months)) if i not in labelled][0]
    env = dict(ENV, GTK_THEME="Adwaita:dark")
    p = spawn(f"exec eom {d}/electricity_2026.png", env=env)
    wid = find_win("electricity_2026")
    place(wid, 30, 20, 900, 640)
    time.sleep(3)
    img = capture(wid, "w09_eom_chart")
    kill(p)
    return img, [
        Q("which month had the highest usage?", hi, "text", "image_viewer", "extreme_by_column", True),
        Q("lowest month on the chart", lo, "text", "image_viewer", "extreme_by_column", True),
        Q(f"how many kWh in {months[li]}", vals[li], "number", "image_viewer", "chart_value", True),
        Q(f"roughly what was {months[ul]}'s usage?", vals[ul], "approx", "image_viewer", "chart_value", False),
        Q("what's the file name of the image I have open", "electricity_2026.png", "text", "image_viewer", "title_or_filename", True),
    ]


def w10_xournal(rng):
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas
    d = HOME + "/Documents"
    os.makedirs(d, exist_ok=True)
    items = [("Website hosting (annual)", 1, 240.00), ("Logo redesign", 1, 680.00), ("Content pages", 6, 85.00),
             ("SEO audit", 1, 410.00), ("Stock photos", 12, 9.50), ("Support hours", rng.randint(3, 9), 65.00)]
    rng.shuffle(items)
    inv = f"INV-2026-{rng.randint(100, 999)}"
    due = dt.date(2026, 12, rng.randint(10, 28))
    sub = sum(q * p for _, q, p in items)
    vat = round(sub * 0.2, 2)
    total = sub + vat
    path = d + f"/{inv}.pdf"
    c = canvas.Canvas(path, pagesize=A4)
    Wp, Hp = A4
    c.setFont("Helvetica-Bold", 22); c.drawString(50, Hp - 70, "Northwind Web Studio")
    c.setFont("Helvetica", 11)
    c.drawString(50, Hp - 90, "14 Quayside Road, Leith, EH6 7BZ")
    c.setFont("Helvetica-Bold", 16); c.drawString(380, Hp - 70, "INVOICE")
    c.setFont("Helvetica", 11)
    c.drawString(380, Hp - 90, f"Invoice no: {inv}")
    c.drawString(380, Hp - 106, "Issued: 2026-11-16")
    c.drawString(380, Hp - 122, f"Due date: {due.isoformat()}")
    c.drawString(50, Hp - 140, "Bill to: Fenwick & Hale Solicitors")
    y = Hp - 190
    c.setFont("Helvetica-Bold", 11)
    for x, t in ((50, "Description"), (330, "Qty"), (390, "Unit price"), (480, "Amount")):
        c.drawString(x, y, t)
    c.line(50, y - 6, 545, y - 6)
    c.setFont("Helvetica", 11)
    for desc, q, p in items:
        y -= 22
        c.drawString(50, y, desc); c.drawString(330, y, str(q))
        c.drawString(390, y, f"£{p:,.2f}"); c.drawString(480, y, f"£{q * p:,.2f}")
    y -= 14; c.line(330, y, 545, y)
    for lab, v in (("Subtotal", sub), ("VAT 20%", vat), ("Total due", total)):
        y -= 20
        c.setFont("Helvetica-Bold" if lab == "Total due" else "Helvetica", 11)
        c.drawString(390, y, lab); c.drawString(480, y, f"£{v:,.2f}")
    c.showPage(); c.save()
    p = spawn(f"exec xournal {path}")
    wid = find_win("Xournal")
    place(wid, 20, 10, 1000, 760)
    time.sleep(3)
    img = capture(wid, "w10_xournal_invoice")
    kill(p)
    big = max(items, key=lambda t: t[1] * t[2])
    return img, [
        Q("when is this invoice due?", due.isoformat(), "date", "document_viewer", "value_at_label", True),
        Q("total due including VAT?", f"£{total:,.2f}", "money", "document_viewer", "value_at_label", True),
        Q("how many line items are billed", len(items), "count", "document_viewer", "count_condition", False),
        Q("which line costs the most", big[0], "text", "document_viewer", "extreme_by_column", True),
        Q("who sent me this invoice", "Northwind Web Studio", "person", "document_viewer", "who_when", True),
        Q("what's subtotal minus the logo redesign amount", f"£{sub - 680:,.2f}", "money", "document_viewer", "arithmetic", False),
    ]


def w11_gnucash(rng):
    d = HOME + "/finance"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    spec = {"Groceries": rng.randint(3, 6), "Rent": 3, "Utilities": rng.randint(2, 4), "Dining Out": rng.randint(2, 5)}
    amounts = {"Groceries": (40, 160), "Rent": (1150, 1150), "Utilities": (60, 140), "Dining Out": (25, 90)}
    tx = []
    for acc, n in spec.items():
        for k in range(n):
            lo, hi = amounts[acc]
            tx.append((acc, rng.randint(lo, hi) + (0 if acc == "Rent" else rng.randint(0, 99) / 100)))
    salary = [3800.00, 3800.00, 3800.00]
    code = f"""
import datetime
from gnucash import Session, SessionOpenMode, Account, Transaction, Split, GncNumeric
s = Session('xml://{d}/household.gnucash', SessionOpenMode.SESSION_NEW_STORE)
book = s.book
comm = book.get_table().lookup('CURRENCY', 'GBP')
root = book.get_root_account()
def acct(parent, name, typ):
    a = Account(book); a.BeginEdit(); a.SetName(name); a.SetType(typ); a.SetCommodity(comm); parent.append_child(a); a.CommitEdit(); return a
from gnucash import gnucash_core_c as C
assets = acct(root, 'Assets', C.ACCT_TYPE_ASSET)
chk = acct(assets, 'Checking Account', C.ACCT_TYPE_BANK)
inc = acct(root, 'Income', C.ACCT_TYPE_INCOME)
sal = acct(inc, 'Salary', C.ACCT_TYPE_INCOME)
exp = acct(root, 'Expenses', C.ACCT_TYPE_EXPENSE)
subs = {{}}
for n in {sorted(spec)!r}:
    subs[n] = acct(exp, n, C.ACCT_TYPE_EXPENSE)
def txn(frm, to, amt, day):
    t = Transaction(book); t.BeginEdit(); t.SetCurrency(comm); t.SetDate(day, 11, 2026); t.SetDescription(to.GetName())
    cents = int(round(amt * 100))
    s1 = Split(book); s1.SetParent(t); s1.SetAccount(to); s1.SetValue(GncNumeric(cents, 100)); s1.SetAmount(GncNumeric(cents, 100))
    s2 = Split(book); s2.SetParent(t); s2.SetAccount(frm); s2.SetValue(GncNumeric(-cents, 100)); s2.SetAmount(GncNumeric(-cents, 100))
    t.CommitEdit()
for i, a in enumerate({salary!r}):
    txn(sal, chk, a, 1 + i)
for i, (n, a) in enumerate({tx!r}):
    txn(chk, subs[n], a, 2 + (i % 25))
s.save(); s.end()
"""
    r = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=dict(ENV))
    if r.returncode:
        raise RuntimeError(r.stderr[-2000:])
    tot = {a: round(sum(v for n, v in tx if n == a), 2) for a in spec}
    exp_total = round(sum(tot.values()), 2)
    checking = round(sum(salary) - exp_total, 2)
    env = dict(ENV)
    p = spawn(f"exec gnucash {d}/household.gnucash", env=env)
    wid = find_win("household.gnucash", timeout=90)
    time.sleep(4)
    for pat in ("Tip Of The Day", "Welcome to GnuCash", "Since Last Run"):
        try:
            tw = find_win(pat, timeout=3)
            sh(f"xdotool windowactivate --sync {tw}"); time.sleep(0.4); key("Escape")
        except RuntimeError:
            pass
    wid = find_win("household.gnucash", timeout=10)
    place(wid, 10, 10, 1100, 680)
    sh(f"xdotool mousemove --window {wid} 60 162 click 1"); time.sleep(0.5)
    key("Escape"); key("End"); key("shift+Right"); key("Up"); key("shift+Right"); key("Home"); key("shift+Right")
    time.sleep(2)
    img = capture(wid, "w11_gnucash_accounts")
    kill(p)
    money = lambda v: f"£{v:,.2f}"
    hi = max(tot, key=tot.get)
    return img, [
        Q("what's the balance of my checking account", money(checking), "money", "finance", "value_at_label", True),
        Q("which expense category is the biggest?", hi, "text", "finance", "extreme_by_column", True),
        Q("how much did I spend on groceries", money(tot["Groceries"]), "money", "finance", "value_at_label", True),
        Q("how many expense sub-accounts are there", len(spec), "count", "finance", "count_condition", False),
        Q("groceries plus dining out, total?", money(round(tot["Groceries"] + tot["Dining Out"], 2)), "money", "finance", "arithmetic", False),
        Q("name of the book file that's open", "household.gnucash", "text", "finance", "title_or_filename", True),
    ]


def w12_exfalso(rng):
    d = HOME + "/Music/Harbor Lights"
    shutil.rmtree(HOME + "/Music", ignore_errors=True)
    os.makedirs(d)
    titles = ["Harbor Lights", "Salt on the Glass", "Night Ferry", "Weathervane", "Lantern Street",
              "Low Tide Waltz", "Northbound", "Breakwater"]
    import wave, struct
    from mutagen.flac import FLAC
    year = rng.choice(["2019", "2021", "2023"])
    for i, t in enumerate(titles, 1):
        wav = ROOT + "/tone.wav"
        with wave.open(wav, "w") as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
            w.writeframes(b"\0\0" * 8000 * rng.randint(2, 5))
        fn = f"{d}/{i:02d} - {t}.flac"
        subprocess.run(["flac", "-s", "-f", "-o", fn, wav], check=True)
        a = FLAC(fn)
        a["title"] = t; a["artist"] = "The Quayside Ensemble"; a["album"] = "Harbor Lights"
        a["tracknumber"] = str(i); a["date"] = year; a["genre"] = "Folk"
        a.save()
    p = spawn(f"exec exfalso {shq(d)}")
    wid = find_win("Ex Falso", timeout=40)
    place(wid, 20, 20, 1150, 700)
    time.sleep(3)
    sel = rng.randrange(1, len(titles) - 1)
    sh(f"xdotool mousemove --window {wid} 110 {368 + 23 * sel} click 1")
    time.sleep(2)
    img = capture(wid, "w12_exfalso_album")
    kill(p)
    return img, [
        Q("how many tracks are in this album folder", len(titles), "count", "media_library", "count_condition", False),
        Q("what's track 5 called?", titles[4], "text", "media_library", "nth_entry", True),
        Q("what year is the selected track from", year, "date", "media_library", "value_at_label", True),
        Q("who's the artist on the track I selected?", "The Quayside Ensemble", "person", "media_library", "who_when", True),
        Q("which song is highlighted", titles[sel], "text", "media_library", "selected_row", True),
    ]


def w13_lxinput(rng):
    acc, thr = rng.randint(10, 30), rng.randint(3, 15)
    left = rng.choice([0, 1]); beep = rng.choice([0, 1])
    delay, interval = rng.randint(300, 700), rng.randint(20, 60)
    write(HOME + "/.config/lxsession/LXDE/desktop.conf",
          f"[Mouse]\nAccFactor={acc}\nAccThreshold={thr}\nLeftHanded={left}\n\n"
          f"[Keyboard]\nDelay={delay}\nInterval={interval}\nBeep={beep}\n")
    p = spawn("exec lxinput")
    wid = find_win("Input Device Preferences", timeout=30)
    time.sleep(2.5)
    img = capture(wid, "w13_lxinput_mouse")
    # second tab
    key("ctrl+Page_Down"); time.sleep(1.5)
    img2 = capture(wid, "w13b_lxinput_keyboard")
    kill(p)
    yn = lambda v: "yes" if v else "no"
    return [(img, [
        Q("is left handed mode turned on", yn(left), "yesno", "settings", "checkbox_state", False),
        Q("which tab is currently showing", "Mouse", "text", "settings", "selected_row", True),
        Q("which button do I press to keep my changes?", "OK", "text", "settings", "which_button", True),
        Q("what acceleration value is set", f"{acc / 10:.1f}", "number", "settings", "value_at_label", True),
    ]), (img2, [
        Q("is the keyboard beep enabled?", yn(beep), "yesno", "settings", "checkbox_state", False),
        Q("to throw away my changes what do I click", "Cancel", "text", "settings", "which_button", True),
        Q("what's my key repeat delay", delay, "number", "settings", "value_at_label", True),
        Q("repeat interval minus 10?", interval - 10, "number", "settings", "arithmetic", False),
    ])]


def w14_qt_table(rng):
    items = ["Hex bolts M8", "Wood screws 4x40", "Wall plugs 6mm", "Cable ties 200mm", "Hinges 75mm",
             "Drawer slides 450", "Shelf brackets", "Sandpaper P120", "Wood glue 500ml", "Masking tape 25mm",
             "Drill bit set", "Spirit level 60cm"]
    whs = ["Leeds", "Bristol", "Glasgow"]
    rows = []
    for i, it in enumerate(items):
        rows.append([f"SKU-{2300 + i * 7}", it, str(rng.randint(0, 480)), f"{rng.randint(1, 60)}.{rng.choice([0, 25, 49, 5, 99]):02d}",
                     rng.choice(whs), f"2026-11-{rng.randint(10, 28):02d}"])
    sel = rng.randrange(len(rows))
    low = [r for r in rows if int(r[2]) < 50]
    data = json.dumps(rows)
    status = f"{len(rows)} items  |  {len(low)} below reorder level (50)  |  Synced 2026-11-29 16:40"
    write(ROOT + "/w14.py", f"""
import sys, json
from PyQt5.QtWidgets import *
from PyQt5.QtGui import QPalette, QColor
from PyQt5.QtCore import Qt
app = QApplication(sys.argv); app.setStyle('Fusion')
pal = QPalette()
for role, c in [(QPalette.Window, '#2b2b2b'), (QPalette.WindowText, '#e6e6e6'), (QPalette.Base, '#1f1f1f'),
                (QPalette.AlternateBase, '#282828'), (QPalette.Text, '#e6e6e6'), (QPalette.Button, '#353535'),
                (QPalette.ButtonText, '#e6e6e6'), (QPalette.Highlight, '#2f6fbf'), (QPalette.HighlightedText, '#ffffff')]:
    pal.setColor(role, QColor(c))
app.setPalette(pal)
rows = json.loads({data!r})
w = QMainWindow(); w.setWindowTitle('Stockroom - inventory.db')
t = QTableWidget(len(rows), 6)
t.setHorizontalHeaderLabels(['SKU', 'Item', 'Qty', 'Unit price (£)', 'Warehouse', 'Updated'])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        it = QTableWidgetItem(v)
        if j in (2, 3): it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        t.setItem(i, j, it)
t.setAlternatingRowColors(True); t.setSelectionBehavior(QAbstractItemView.SelectRows)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.selectRow({sel})
w.setCentralWidget(t)
tb = w.addToolBar('main')
for a in ['New item', 'Delete', 'Export CSV', 'Refresh']: tb.addAction(a)
w.statusBar().showMessage({status!r})
w.resize(820, 520); w.show()
app.exec_()
""")
    p = spawn(f"exec {PY} {ROOT}/w14.py")
    wid = find_win("Stockroom")
    place(wid, 40, 40)
    time.sleep(2)
    img = capture(wid, "w14_pyqt_inventory")
    kill(p)
    r5 = rows[4]
    big = max(rows, key=lambda r: int(r[2]))
    cnt = sum(1 for r in rows if r[4] == "Glasgow")
    return img, [
        Q(f"what's the qty of {r5[1]}?", r5[2], "number", "table", "cell_row_col", True),
        Q("which item do I have the most of", big[1], "text", "table", "extreme_by_column", True),
        Q("which row is selected right now (item name)", rows[sel][1], "text", "table", "selected_row", True),
        Q("how many items are stored in Glasgow", cnt, "count", "table", "count_condition", False),
        Q("status bar says what?", status, "text", "table", "status_bar", True),
        Q("whats the sum of qty for the first two rows", int(rows[0][2]) + int(rows[1][2]), "number", "table", "arithmetic", False),
    ]


def w15_gtk_settings(rng):
    checks = [("Start minimised to tray", rng.choice([0, 1])), ("Check for updates weekly", rng.choice([0, 1])),
              ("Send anonymous usage statistics", 0), ("Confirm before deleting", 1),
              ("Play sound on sync completion", rng.choice([0, 1]))]
    theme = rng.choice(["Light", "Dark", "Follow system"])
    lang = rng.choice(["English (UK)", "Deutsch", "Español", "Français"])
    vol = rng.randint(20, 95)
    interval = rng.choice([5, 10, 15, 30])
    status = f"Profile 'work' loaded from ~/.config/syncbox/settings.ini"
    write(ROOT + "/w15.py", f"""
import gi; gi.require_version('Gtk', '3.0')
from gi.repository import Gtk
win = Gtk.Window(title='SyncBox Preferences'); win.set_default_size(560, 520)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); box.set_margin_top(12); box.set_margin_start(14); box.set_margin_end(14)
box.pack_start(Gtk.Label(label='<b>General</b>', use_markup=True, xalign=0), False, False, 0)
for name, on in {checks!r}:
    c = Gtk.CheckButton(label=name); c.set_active(bool(on)); box.pack_start(c, False, False, 0)
box.pack_start(Gtk.Label(label='<b>Appearance</b>', use_markup=True, xalign=0), False, False, 4)
grp = None
for n in ['Light', 'Dark', 'Follow system']:
    r = Gtk.RadioButton.new_with_label_from_widget(grp, n); grp = grp or r
    if n == {theme!r}: r.set_active(True)
    box.pack_start(r, False, False, 0)
h = Gtk.Box(spacing=8); h.pack_start(Gtk.Label(label='Language:'), False, False, 0)
cb = Gtk.ComboBoxText()
for l in ['English (UK)', 'Deutsch', 'Español', 'Français']: cb.append_text(l)
cb.set_active({["English (UK)", "Deutsch", "Español", "Français"].index(lang)}); h.pack_start(cb, False, False, 0)
box.pack_start(h, False, False, 4)
h2 = Gtk.Box(spacing=8); h2.pack_start(Gtk.Label(label='Notification volume:'), False, False, 0)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 100, 1); sc.set_value({vol}); sc.set_digits(0); sc.set_hexpand(True)
h2.pack_start(sc, True, True, 0); box.pack_start(h2, False, False, 0)
h3 = Gtk.Box(spacing=8); h3.pack_start(Gtk.Label(label='Sync every (minutes):'), False, False, 0)
sp = Gtk.SpinButton.new_with_range(1, 120, 1); sp.set_value({interval}); h3.pack_start(sp, False, False, 0)
box.pack_start(h3, False, False, 0)
bb = Gtk.Box(spacing=8)
for b in ['Restore Defaults']: bb.pack_start(Gtk.Button(label=b), False, False, 0)
for b in ['Apply', 'Cancel']: bb.pack_end(Gtk.Button(label=b), False, False, 0)
box.pack_start(bb, False, False, 8)
sb = Gtk.Statusbar(); sb.push(0, {status!r})
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL); outer.pack_start(box, True, True, 0); outer.pack_end(sb, False, False, 0)
win.add(outer); win.connect('destroy', Gtk.main_quit); win.show_all(); Gtk.main()
""")
    p = spawn(f"exec {PY} {ROOT}/w15.py")
    wid = find_win("SyncBox Preferences")
    place(wid, 60, 40)
    time.sleep(2)
    img = capture(wid, "w15_gtk_prefs")
    kill(p)
    yn = lambda v: "yes" if v else "no"
    return img, [
        Q("how many of the General checkboxes are ticked?", sum(v for _, v in checks), "count", "settings", "checkbox_state", False),
        Q("which theme option is selected", theme, "text", "settings", "radio_combo_state", True),
        Q("what language is chosen in the dropdown", lang, "text", "settings", "radio_combo_state", True),
        Q("what's the notification volume set to?", vol, "number", "settings", "value_at_label", True),
        Q("is 'Start minimised to tray' checked", yn(checks[0][1]), "yesno", "settings", "checkbox_state", False),
        Q("which button resets everything to the defaults", "Restore Defaults", "text", "settings", "which_button", True),
        Q("what does the status bar say", status, "text", "settings", "status_bar", True),
    ]


def w16_jedit(rng):
    d = HOME + "/projects/invoicer"
    os.makedirs(d, exist_ok=True)
    funcs = ["load_config", "parse_line_items", "compute_vat", "render_invoice", "send_email", "main"]
    lines = ['"""Tiny invoicing helper."""', "import json", "import smtplib", "from decimal import Decimal", "",
             f"VAT_RATE = Decimal(\"0.{rng.choice([20, 21, 19])}\")", "CURRENCY = \"GBP\"", ""]
    starts = {}
    for f in funcs:
        lines.append("")
        starts[f] = len(lines) + 1
        lines.append(f"def {f}(*args):")
        for k in range(rng.randint(1, 2)):
            lines.append(f"    step_{k} = {rng.randint(1, 99)}")
        lines.append("    return None")
    write(d + "/invoicer.py", "\n".join(lines) + "\n")
    vat = lines[5].split('"')[1]
    jd = HOME + "/.jedit"
    os.makedirs(jd, exist_ok=True)
    write(jd + "/properties", "tip.show=false\nfirstTime=false\nview.gutter.lineNumbers=true\n"
          "view.font=DejaVu Sans Mono\nview.fontsize=13\nview.width=900\nview.height=680\n"
          "plugin-manager.mirror.id=NONE\nview.showToolbar=true\n")
    p = spawn(f"exec jedit -nosettings -settings={jd} -noserver {d}/invoicer.py" if False else
              f"exec jedit -settings={jd} -noserver {d}/invoicer.py")
    wid = find_win("invoicer.py", timeout=60)
    place(wid, 20, 10, 900, 740)
    time.sleep(4)
    img = capture(wid, "w16_jedit_code")
    kill(p)
    return img, [
        Q("what line does compute_vat start on?", starts["compute_vat"], "number", "editor", "line_of_function", True),
        Q("line number of def send_email", starts["send_email"], "number", "editor", "line_of_function", True),
        Q("which file is open in the editor", "invoicer.py", "text", "editor", "title_or_filename", True),
        Q("how many functions are defined in this file", len(funcs), "count", "editor", "count_condition", False),
        Q("what's VAT_RATE set to", vat, "number", "editor", "value_at_label", True),
    ]


def w17_dirdiff(rng):
    a, b = HOME + "/site/release-1.3", HOME + "/site/release-1.4"
    for x in (a, b):
        shutil.rmtree(x, ignore_errors=True); os.makedirs(x)
    names = ["about.html", "contact.html", "index.html", "pricing.html", "style.css", "robots.txt", "sitemap.xml"]
    changed = set(rng.sample(names, 3))
    only_a, only_b = "legacy.js", "app.js"
    for n in names:
        write(f"{a}/{n}", f"<!-- {n} v1.3 -->\n")
        write(f"{b}/{n}", f"<!-- {n} v1.3 -->\n" if n not in changed else f"<!-- {n} v1.4 changed -->\n")
        for x in (a, b):
            set_mtime(f"{x}/{n}", dt.datetime(2026, 11, 2, 10, 0))
        if n in changed:
            set_mtime(f"{b}/{n}", dt.datetime(2026, 11, 19, 15, 0))
    write(f"{a}/{only_a}", "old\n"); write(f"{b}/{only_b}", "new\n")
    p = spawn(f"exec dirdiff {a} {b}")
    wid = find_win("dirdiff|Dirdiff", timeout=30)
    place(wid, 30, 30, 900, 560)
    time.sleep(3)
    img = capture(wid, "w17_dirdiff_release")
    kill(p)
    return img, [
        Q("how many files differ between the two releases (present in both)?", len(changed), "count", "diff", "count_condition", False),
        Q("which file only exists in release-1.4", only_b, "text", "diff", "value_at_label", True),
        Q("which file is only in the old release", only_a, "text", "diff", "value_at_label", True),
        Q("is index.html different between them?", "yes" if "index.html" in changed else "no", "yesno", "diff", "yesno_state", False),
        Q("what are the two folders being compared", "release-1.3 and release-1.4", "text", "diff", "title_or_filename", False),
    ]


def w18_tk_progress(rng):
    total = rng.randint(12, 30)
    done = rng.randint(4, total - 3)
    pct = round(done * 100 / total)
    cur = f"IMG_{rng.randint(2000, 9999)}.JPG"
    mb = f"{rng.randint(120, 900)}.{rng.randint(0, 9)} MB"
    write(ROOT + "/w18.py", f"""
import tkinter as tk
from tkinter import ttk
r = tk.Tk(); r.title('Copying files'); r.geometry('470x210')
ttk.Style().theme_use('clam')
tk.Label(r, text='Copying {done} of {total} files to /media/backup/Photos', anchor='w').pack(fill='x', padx=14, pady=(16, 4))
tk.Label(r, text='Current file: {cur}', anchor='w', fg='#444').pack(fill='x', padx=14)
pb = ttk.Progressbar(r, length=440, maximum=100, value={pct}); pb.pack(padx=14, pady=10)
tk.Label(r, text='{pct}% complete  -  {mb} copied', anchor='w').pack(fill='x', padx=14)
f = tk.Frame(r); f.pack(fill='x', padx=14, pady=12)
ttk.Button(f, text='Cancel').pack(side='right'); ttk.Button(f, text='Pause').pack(side='right', padx=6)
ttk.Checkbutton(f, text='Close when done').pack(side='left')
r.mainloop()
""")
    p = spawn(f"exec {PY} {ROOT}/w18.py")
    wid = find_win("Copying files")
    place(wid, 200, 150)
    time.sleep(1.5)
    img = capture(wid, "w18_tk_progress")
    kill(p)
    return img, [
        Q("how far along is the copy, percent?", f"{pct}%", "percent", "dialog", "value_at_label", True),
        Q("how many files are left to copy", total - done, "count", "dialog", "arithmetic", False),
        Q("which file is it copying right now", cur, "text", "dialog", "value_at_label", True),
        Q("if i want to stop it temporarily which button", "Pause", "text", "dialog", "which_button", True),
    ]


def w19_weechat(rng):
    import socket
    # Debian's ircd-hybrid with its stock config, minus ident checks and connection throttling
    sh(f"sed -e 's/^\\tflags = need_ident;/\\tflags = exceed_limit, can_flood, no_tilde;/' "
       f"-e 's/^\\tthrottle_count = 1;/\\tthrottle_count = 100;/' -e 's/^\\tthrottle_time = 2 seconds;/\\tthrottle_time = 0;/' "
       f"/etc/ircd-hybrid/ircd.conf > {ROOT}/ircd.conf; chmod 644 {ROOT}/ircd.conf")
    spawn(f"exec runuser -u irc -- /usr/sbin/ircd-hybrid -foreground -configfile {ROOT}/ircd.conf")
    for _ in range(40):
        try:
            socket.create_connection(("127.0.0.1", 6667), timeout=1).close(); break
        except OSError:
            time.sleep(0.5)
    chan = "#release"
    pr = rng.randint(300, 399)
    ver = f"v0.4.{rng.randint(2, 9)}"
    day = rng.choice(["Tuesday", "Wednesday", "Thursday"])
    build = rng.randint(2000, 2999)
    script = [("aiko", f"build {build} is green on staging"), ("tomasz", f"I'll tag {ver} at 15:00"),
              ("priya", f"can someone review PR #{pr}? it's the retry fix"), ("aiko", "on it"),
              ("jon", f"heads up: deploy window moved to {day}"), ("priya", "thanks aiko!")]
    nicks = sorted(set(n for n, _ in script))
    socks = {}

    def bot_connect(n):
        sk = socket.create_connection(("127.0.0.1", 6667), timeout=10)
        sk.sendall(f"NICK {n}\r\nUSER {n} 0 * :{n}\r\n".encode())
        buf = b""
        while b" 001 " not in buf:
            d = sk.recv(4096)
            if not d:
                break
            buf += d
            for line in buf.split(b"\r\n"):
                if line.startswith(b"PING"):
                    sk.sendall(b"PONG" + line[4:] + b"\r\n")
        sk.sendall(f"JOIN {chan}\r\n".encode())
        socks[n] = sk

    wd = ROOT + "/weechat"
    shutil.rmtree(wd, ignore_errors=True)
    cmds = ("/set irc.server_default.nicks dev;/set weechat.look.buffer_time_format %H:%M;"
            f"/server add local 127.0.0.1/6667;/set irc.server.local.autojoin {chan};/connect local")
    write(ROOT + "/w19.sh", f"#!/bin/bash\nexport TERM=xterm-256color\nexec weechat -d {wd} -r {shq(cmds)}\n")
    os.chmod(ROOT + "/w19.sh", 0o755)

    def keys(wid):
        time.sleep(3)
        for n in nicks:
            bot_connect(n)
        time.sleep(1.5)
        for n, m in script:
            socks[n].sendall(f"PRIVMSG {chan} :{m}\r\n".encode())
            time.sleep(0.6)
        time.sleep(2)

    img = weston_term(ROOT + "/w19.sh", "w19_foot_weechat", term="foot", h=560, w=1060, wait=4, keys=keys)
    for sk in socks.values():
        try:
            sk.sendall(b"QUIT :bye\r\n"); sk.close()
        except Exception:
            pass
    asker = [n for n, m in script if "review" in m][0]
    return img, [
        Q("who asked for a code review", asker, "person", "chat", "who_when", True),
        Q("what PR number is that?", f"#{pr}", "code", "chat", "value_at_label", True),
        Q("which version is tomasz going to tag", ver, "version", "chat", "value_at_label", True),
        Q("what day did the deploy window move to?", day, "date", "chat", "value_at_label", True),
        Q("how many messages did aiko send", sum(1 for n, _ in script if n == "aiko"), "count", "chat", "count_condition", False),
        Q("who posted the last message", script[-1][0], "person", "chat", "nth_entry", True),
    ]


BILLING = '''"""Helpers for the monthly billing run."""

DEFAULT_CURRENCY = "EUR"
MAX_RETRIES = @RETRIES@
GRACE_DAYS = @GRACE@


def late_fee(amount, days_late, rate=0.015):
    """Return the late fee for an unpaid amount."""
    return round(amount * rate * max(days_late - GRACE_DAYS, 0), 2)


def split_invoice(total, parts=2):
    """Split a total into equal parts, putting the remainder on the last part."""
    base = round(total / parts, 2)
    return [base] * (parts - 1) + [round(total - base * (parts - 1), 2)]


def format_money(value, currency=DEFAULT_CURRENCY):
    """Format a value like 1,234.50 EUR."""
    return f"{value:,.2f} {currency}"


class Invoice:
    """A single customer invoice."""

    def __init__(self, number, customer, lines=None):
        self.number = number
        self.customer = customer
        self.lines = lines or []

    def total(self):
        """Sum of all line amounts."""
        return sum(l[1] for l in self.lines)
'''


def w20_pydoc(rng):
    d = HOME + "/projects/billing"
    shutil.rmtree(d, ignore_errors=True)
    retries = rng.randint(3, 8)
    grace = rng.choice([7, 10, 14, 30])
    write(d + "/billing_utils.py", BILLING.replace("@RETRIES@", str(retries)).replace("@GRACE@", str(grace)))
    port = 8765
    srv = spawn(f"cd {d} && sleep 3600 | {PY} -m pydoc -n 127.0.0.1 -p {port}")   # pydoc's server quits on stdin EOF
    import urllib.request
    for _ in range(40):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/billing_utils.html", timeout=2).read(); break
        except Exception:
            time.sleep(0.5)
    prof = ROOT + "/chromium"
    shutil.rmtree(prof, ignore_errors=True)
    p = spawn(f"exec chromium --no-sandbox --user-data-dir={prof} --no-first-run --disable-gpu "
              f"--disable-features=Translate --window-size=980,720 --window-position=20,10 "
              f"--test-type --app=http://127.0.0.1:{port}/billing_utils.html")
    wid = find_win("Pydoc", timeout=60)
    time.sleep(4)
    sh(f"xdotool mousemove --window {wid} 500 400 click 1"); time.sleep(0.5)
    key("ctrl+minus"); key("ctrl+minus"); key("End"); time.sleep(1.5)
    img = capture(wid, "w20_chromium_pydoc")
    kill(p); kill(srv)
    return img, [
        Q("what's MAX_RETRIES set to", retries, "number", "web_app", "value_at_label", True),
        Q("default rate for late_fee?", "0.015", "number", "web_app", "value_at_label", True),
        Q("how many module-level functions does billing_utils have", 3, "count", "web_app", "count_condition", False),
        Q("what currency does format_money default to?", "EUR", "code", "web_app", "value_at_label", True),
        Q("which module's docs am I reading?", "billing_utils", "text", "web_app", "title_or_filename", True),
    ]


WINDOWS = [w01_foot_ls, w02_unittest, w03_git, w04_lnav, w05_atop, w06_calc, w07_tkcon, w08_qtconsole,
           w09_eom, w10_xournal, w11_gnucash, w12_exfalso, w13_lxinput, w14_qt_table, w15_gtk_settings,
           w16_jedit, w17_dirdiff, w18_tk_progress, w19_weechat, w20_pydoc]


def start_x():
    os.makedirs(RUN, mode=0o700, exist_ok=True)
    os.chmod(RUN, 0o700)
    os.makedirs(HOME, exist_ok=True)
    if sh("xdpyinfo >/dev/null 2>&1").returncode != 0:
        subprocess.Popen(["nice", "-n", "19", "Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(2)
        subprocess.Popen(["nice", "-n", "19", "openbox"], env=ENV, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(1.5)
        sh("xsetroot -solid '#3a4a5a'")


def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(PARTS, exist_ok=True)
    start_x()
    only = sys.argv[1:]
    for i, fn in enumerate(WINDOWS):
        tag = fn.__name__.split("_")[0]
        if only and tag not in only:
            continue
        rng = random.Random(SEED * 100 + i)   # per-window stream: rebuilding one window gives the same content
        print("==", fn.__name__, flush=True)
        try:
            res = fn(rng)
        except Exception as e:
            print("FAILED", fn.__name__, repr(e), flush=True)
            continue
        finally:
            for p in PROCS:
                if p.poll() is None:
                    kill(p)
            PROCS.clear()
        if isinstance(res, tuple):
            res = [res]
        with open(os.path.join(PARTS, tag + ".json"), "w") as f:
            json.dump(res, f)
    # manifest
    n = 0
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as out:
        for fn in WINDOWS:
            tag = fn.__name__.split("_")[0]
            pth = os.path.join(PARTS, tag + ".json")
            if not os.path.exists(pth):
                continue
            for img, qs in json.load(open(pth)):
                for q in qs:
                    n += 1
                    out.write(json.dumps(dict(id=f"s18-{n:04d}", image=img, **q), ensure_ascii=False) + "\n")
    print("questions:", n)


if __name__ == "__main__":
    main()
