#!/usr/bin/env python3
"""Build the screens_test20 held-out split: fake data -> real apps on Xvfb :72 -> PNGs + manifest.

Usage: /usr/bin/python3 build.py [window_name ...]   (Xvfb :72 + openbox must be running)
Golds are computed from the data created here, never typed from screenshots.
"""
import datetime as dt
import json
import os
import random
import shlex
import shutil
import subprocess
import sys
import time

SEED = 2873
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
W = "/tmp/s20"            # scratch root for fake data (outside the repo)
HOME = W + "/home"
DISPLAY = ":72"
ENV = dict(os.environ, DISPLAY=DISPLAY, HOME=HOME, LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
ENV.pop("WAYLAND_DISPLAY", None)
PROCS = []
QUESTIONS = {}  # image name -> list of question dicts


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, env=kw.pop("env", ENV), **kw).stdout


def launch(cmd, env=None, cwd=None, stdin=None):
    p = subprocess.Popen("exec nice -n 19 " + cmd, shell=True, env=env or ENV, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         stdin=stdin if stdin is not None else subprocess.DEVNULL, start_new_session=True)
    PROCS.append(p)
    return p


def stop_all():
    for p in PROCS:
        try:
            os.killpg(p.pid, 15)
        except Exception:
            pass
    PROCS.clear()
    time.sleep(1)


def find_win(name, timeout=60, cls=False):
    t0 = time.time()
    while time.time() - t0 < timeout:
        xenv = {k: v for k, v in ENV.items() if k not in ("LC_ALL", "LANG")}  # xdotool regex fails on UTF-8 titles under C.UTF-8
        r = subprocess.run(["xdotool", "search", "--onlyvisible", "--class" if cls else "--name", name],
                           capture_output=True, text=True, env=xenv)
        ids = [i for i in r.stdout.split() if i]
        if ids:
            return ids[-1]
        time.sleep(1)
    r = subprocess.run("for w in $(xdotool search --onlyvisible --name .); do xdotool getwindowname $w; done",
                       shell=True, capture_output=True, text=True, env=ENV)
    raise RuntimeError("window not found: " + name + " have: " + r.stdout.replace("\n", " | "))


def geom(wid):
    out = sh(f"xwininfo -id {wid}")
    g = {}
    for l in out.splitlines():
        if ":" in l:
            k, v = l.strip().split(":", 1)
            g[k] = v.strip()
    return (int(g["Absolute upper-left X"]), int(g["Absolute upper-left Y"]), int(g["Width"]),
            int(g["Height"]))


def capture(wid, name, title_bar=True):
    x, y, w, h = geom(wid)
    top = 21 if title_bar else 0
    x0, y0 = max(0, x - 1), max(0, y - top)
    w0, h0 = min(1280 - x0, w + 2), min(800 - y0, h + (y - y0) + 1)
    path = os.path.join(IMG, name + ".png")
    sh(f"import -window root -crop {w0}x{h0}+{x0}+{y0} +repage {path}")
    return path


def q(image, question, answer, atype, category, intent, literal):
    QUESTIONS.setdefault(image, []).append(dict(question=question, answer=str(answer), answer_type=atype,
                                                category=category, intent=intent, literal=literal))


def setmtime(path, stamp):
    t = dt.datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (t, t))


def write_bytes(path, n, stamp=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    r = random.Random(SEED + n)
    with open(path, "wb") as f:
        f.write(bytes(r.getrandbits(8) for _ in range(n)))
    if stamp:
        setmtime(path, stamp)


# ----------------------------------------------------------------------------------------------
# terminal windows: shellinabox (real VT100 terminal emulator, JS) inside a chromium --app window
PORT = [4301]


def term_window(name, title, cwd, commands, dark, size=(980, 660), prompt_dir="~", extra_setup=""):
    """Run `commands` in bash, echoing a prompt before each, inside shellinabox in chromium --app."""
    port = PORT[0]
    PORT[0] += 1
    script = os.path.join(W, f"{name}.sh")
    lines = ["export PATH=/work/main/.venv/bin:$PATH TERM=xterm HOME=" + HOME,
             f"printf '\\033]0;{title}\\007'", f"cd {shlex.quote(cwd)}", extra_setup]
    ps1 = f"maya@workbox:{prompt_dir}$ "
    for c in commands:
        if c.startswith("#TUI "):
            lines.append(c[5:])
            continue
        lines.append(f"printf '%s' {shlex.quote(ps1)}; printf '%s\\n' {shlex.quote(c)}")
        lines.append(c.replace("$?", "$__rc"))  # $? of the real command, not of the prompt printf
        lines.append("__rc=$?")
    lines.append(f"printf '%s' {shlex.quote(ps1)}; sleep 100000")
    with open(script, "w") as f:
        f.write("\n".join(lines) + "\n")
    css = "/etc/shellinabox/options-available/" + ("00_White On Black.css" if dark else "00+Black on White.css")
    launch(f"shellinaboxd --disable-ssl -p {port} --no-beep --css {shlex.quote(css)} "
           f"-s {shlex.quote('/:root:root:' + HOME + ':/bin/bash ' + script)}")
    time.sleep(1.5)
    prof = os.path.join(W, "chrome-" + name)
    shutil.rmtree(prof, ignore_errors=True)
    launch(f"chromium --no-sandbox --test-type --user-data-dir={prof} --no-first-run --disable-gpu "
           f"--disable-features=Translate --window-size={size[0]},{size[1]} --window-position=30,40 "
           f"--app=http://localhost:{port}/")
    wid = find_win(title)
    time.sleep(7)
    capture(wid, name)
    stop_all()


def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", repo, *args], check=True, capture_output=True, text=True,
                          env=env or ENV).stdout


# ---------------------------------------------------------------- W01 ls -l / du (light)
def w_term_ls():
    name = "term_ls_du"
    base = os.path.join(HOME, "reports")
    shutil.rmtree(base, ignore_errors=True)
    files = [("budget_2025.xlsx", 48213, "2025-03-14 09:12"), ("q1_sales.csv", 18440, "2025-04-02 17:45"),
             ("q2_sales.csv", 21377, "2025-07-01 08:03"), ("notes.txt", 2291, "2025-06-19 22:40"),
             ("board_deck.pdf", 1893020, "2025-05-28 11:30"), ("customers.csv", 90512, "2025-02-11 14:05"),
             ("logo.png", 35866, "2024-12-30 10:15"), ("summary.md", 6120, "2025-07-03 16:58")]
    subdirs = {"archive": [("old1.bin", 300000), ("old2.bin", 120000)],
               "drafts": [("d1.txt", 9000), ("d2.txt", 15000), ("d3.txt", 4000)],
               "scans": [("s1.jpg", 812000), ("s2.jpg", 640000)]}
    for sd, fl in subdirs.items():
        for fn, n in fl:
            write_bytes(os.path.join(base, sd, fn), n, "2025-01-20 12:00")
        setmtime(os.path.join(base, sd), "2025-01-20 12:00")
    for fn, n, st in files:
        write_bytes(os.path.join(base, fn), n, st)
    du = sh(f"du -sk {base}/archive {base}/drafts {base}/scans")
    dus = {os.path.basename(l.split("\t")[1]): int(l.split("\t")[0]) for l in du.strip().splitlines()}
    term_window(name, "reports - shell", base, ["ls -l --time-style=long-iso", "du -sk */"], dark=False,
                prompt_dir="~/reports")
    img = name
    big = max(files, key=lambda f: f[1])
    q(img, "which file in my reports folder is the biggest?", big[0], "text", "terminal", "largest", True)
    q(img, "when was budget_2025.xlsx last modified", "2025-03-14 09:12", "date", "terminal", "value_at_label", True)
    q(img, "how many csv files are in there?", sum(f[0].endswith(".csv") for f in files), "count", "terminal",
      "count_condition", False)
    n = dict((f[0], f[1]) for f in files)["notes.txt"]
    q(img, "size of notes.txt in bytes?", n, "number", "terminal", "value_at_label", True)
    q(img, "According to du, which subfolder takes up the most space?", max(dus, key=dus.get), "text", "terminal",
      "largest", True)
    newest = max(files, key=lambda f: f[2])
    q(img, "what's the most recently modified file here", newest[0], "text", "terminal", "most_recent", True)
    q(img, "how many KB do drafts and archive use together according to du?", dus["drafts"] + dus["archive"],
      "number", "terminal", "sum_difference", False)


# ---------------------------------------------------------------- W02 git log/status (dark)
def w_term_git():
    name = "term_git_log"
    repo = os.path.join(HOME, "ledgerly")
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    commits = [("Priya Raman", "priya@ledgerly.dev", "2025-02-03 09:14", "Initial project skeleton"),
               ("Tomasz Wrona", "tomasz@ledgerly.dev", "2025-02-05 16:40", "Add CSV importer"),
               ("Priya Raman", "priya@ledgerly.dev", "2025-02-11 11:02", "Fix rounding in VAT calc"),
               ("Helena Okafor", "helena@ledgerly.dev", "2025-02-19 13:27", "Add monthly report view"),
               ("Tomasz Wrona", "tomasz@ledgerly.dev", "2025-03-02 08:55", "Bump pandas to 2.2"),
               ("Helena Okafor", "helena@ledgerly.dev", "2025-03-09 18:12", "Support multi-currency accounts"),
               ("Diego Alvarez", "diego@ledgerly.dev", "2025-03-15 10:31", "Handle empty ledger files"),
               ("Priya Raman", "priya@ledgerly.dev", "2025-03-21 15:48", "Add export to PDF")]
    for i, (an, ae, d, msg) in enumerate(commits):
        with open(os.path.join(repo, f"mod{i}.py"), "w") as f:
            f.write(f"# {msg}\nVALUE = {rng.randint(1, 999)}\n")
        git(repo, "add", "-A")
        e = dict(ENV, GIT_AUTHOR_NAME=an, GIT_AUTHOR_EMAIL=ae, GIT_COMMITTER_NAME=an, GIT_COMMITTER_EMAIL=ae,
                 GIT_AUTHOR_DATE=d + " +0000", GIT_COMMITTER_DATE=d + " +0000")
        git(repo, "commit", "-q", "-m", msg, env=e)
    git(repo, "checkout", "-q", "-b", "feature/pdf-export")
    with open(os.path.join(repo, "mod3.py"), "a") as f:
        f.write("EXTRA = 1\n")
    with open(os.path.join(repo, "mod5.py"), "a") as f:
        f.write("EXTRA = 2\n")
    untracked = ["export_test.py", "notes.todo", "sample.pdf"]
    for u in untracked:
        open(os.path.join(repo, u), "w").write("x\n")
    log = git(repo, "log", "--format=%h|%an|%ad|%s", "--date=short").strip().splitlines()
    term_window(name, "ledgerly - git", repo,
                ["git log --date=short --format='%h %ad %<(14)%an %s'", "git status -sb"], dark=True,
                prompt_dir="~/ledgerly")
    img = name
    fix = [l for l in log if l.endswith("Fix rounding in VAT calc")][0].split("|")
    q(img, "who wrote the commit that fixed the VAT rounding?", fix[1], "person", "git", "who_when", True)
    q(img, "what's my latest commit message", log[0].split("|")[3], "text", "git", "first_last", True)
    q(img, "When was the very first commit made?", log[-1].split("|")[2], "date", "git", "first_last", True)
    q(img, "how many untracked files do i have", len(untracked), "count", "git", "count_condition", False)
    q(img, "which branch am I on?", "feature/pdf-export", "text", "git", "value_at_label", True)
    cur = [l for l in log if l.endswith("Bump pandas to 2.2")][0].split("|")
    q(img, "short hash of the 'Bump pandas' commit?", cur[0], "code", "git", "value_at_label", True)
    authors = [l.split("|")[1] for l in log]
    q(img, "who has the most commits in this log", max(set(authors), key=authors.count), "person", "git",
      "largest", False)


# ---------------------------------------------------------------- W03 pytest (dark)
def w_term_pytest():
    name = "term_pytest"
    proj = os.path.join(HOME, "invoicer")
    shutil.rmtree(proj, ignore_errors=True)
    os.makedirs(proj + "/tests")
    tests = [("test_parse_date", "ok"), ("test_parse_amount", "ok"), ("test_total_with_vat", "fail_assert"),
             ("test_currency_code", "fail_value"), ("test_round_half_even", "ok"), ("test_empty_invoice", "ok"),
             ("test_pdf_render", "skip"), ("test_due_date", "ok"), ("test_discount", "ok")]
    src = ["import pytest", ""]
    fail_lines = {}
    for tn, kind in tests:
        src.append(f"def {tn}():")
        if kind == "ok":
            src.append(f"    assert {rng.randint(2, 50)} > 1")
        elif kind == "skip":
            src.append("    pytest.skip('reportlab not installed')")
        elif kind == "fail_assert":
            fail_lines[tn] = len(src) + 2
            src.append("    total = round(34.30 * 1.21, 2)")
            src.append("    assert total == 41.52")
        else:
            fail_lines[tn] = len(src) + 1
            src.append("    raise ValueError(\"invalid currency code: 'EUX'\")")
        src.append("")
    open(proj + "/tests/test_invoice.py", "w").write("\n".join(src))
    term_window(name, "invoicer - pytest", proj,
                ["python -m pytest -v -p no:cacheprovider --tb=line tests/"],
                dark=True, prompt_dir="~/invoicer", size=(1150, 720))
    img = name
    failed = [t for t, k in tests if k.startswith("fail")]
    passed = [t for t, k in tests if k == "ok"]
    q(img, "how many tests failed", len(failed), "count", "terminal", "count_condition", False)
    q(img, "which test was the first to fail?", failed[0], "code", "terminal", "first_last", True)
    q(img, "did test_parse_date pass?", "yes", "yesno", "terminal", "yes_no_state", False)
    q(img, "whats the error for the currency code test", "ValueError: invalid currency code: 'EUX'", "error",
      "terminal", "error_message", True)
    q(img, "number of passing tests?", len(passed), "count", "terminal", "count_condition", False)
    q(img, "which test got skipped", [t for t, k in tests if k == "skip"][0], "code", "terminal", "value_at_label",
      True)
    q(img, "on what line of test_invoice.py did test_total_with_vat fail?", fail_lines["test_total_with_vat"],
      "number", "terminal", "line_number", True)


# ---------------------------------------------------------------- W04 traceback + exit status (light)
def w_term_traceback():
    name = "term_traceback"
    proj = os.path.join(HOME, "billing")
    shutil.rmtree(proj, ignore_errors=True)
    os.makedirs(proj)
    code = '''import json


def load_orders(path):
    with open(path) as f:
        return json.load(f)


def customer_of(order):
    return order["customer_id"]


def main():
    orders = load_orders("orders.json")
    for o in orders:
        print("syncing", o["id"], customer_of(o))


if __name__ == "__main__":
    main()
'''
    open(proj + "/sync_invoices.py", "w").write(code)
    orders = [{"id": "INV-1041", "customer_id": "C-208"}, {"id": "INV-1042", "customer_id": "C-311"},
              {"id": "INV-1043", "client": "C-090"}]
    json.dump(orders, open(proj + "/orders.json", "w"))
    term_window(name, "billing - bash", proj,
                ["python3 sync_invoices.py", 'echo "exit status: $?"'], dark=False, prompt_dir="~/billing",
                size=(900, 520))
    img = name
    lines = code.splitlines()
    line_of = lambda s: next(i + 1 for i, l in enumerate(lines) if s in l)
    q(img, "what error did my script crash with?", "KeyError: 'customer_id'", "error", "terminal",
      "error_message", True)
    q(img, "exit code?", 1, "number", "terminal", "error_message", True)
    q(img, "which line of sync_invoices.py raised the error", line_of('return order["customer_id"]'), "number",
      "terminal", "line_number", True)
    ok = [o for o in orders if "customer_id" in o]
    q(img, "how many invoices synced before it blew up?", len(ok), "count", "terminal", "count_condition", False)
    q(img, "what was the last invoice id that synced ok", ok[-1]["id"], "code", "terminal", "first_last", True)
    q(img, "in which function did the exception happen", "customer_of", "code", "terminal", "value_at_label", True)


# ---------------------------------------------------------------- W05 ps of my own workers (dark)
def w_term_ps():
    name = "term_ps_workers"
    workers = [("s20-ingest", 40), ("s20-render", 160), ("s20-mailer", 15), ("s20-ingest", 42), ("s20-thumbs", 85)]
    setup = []
    for nm, mb in workers:
        py = ("import ctypes,time;ctypes.CDLL(None).prctl(15,b'%s',0,0,0);b=b'x'*(%d*1024*1024);time.sleep(99999)"
              % (nm, mb))
        setup.append(f"python3 -c {shlex.quote(py)} &")
    setup.append("sleep 3")
    names = sorted(set(n for n, _ in workers))
    term_window(name, "workers - ps", HOME,
                [f"ps -o pid,comm,rss,vsz -C {','.join(names)} --sort=-rss", "pgrep -c s20-ingest"],
                dark=True, extra_setup="\n".join(setup), size=(820, 420))
    img = name
    big = max(workers, key=lambda w: w[1])
    small = min(workers, key=lambda w: w[1])
    q(img, "which of my worker processes is eating the most memory", big[0], "text", "system_monitor", "largest",
      True)
    q(img, "how many s20 worker processes are running?", len(workers), "count", "system_monitor",
      "count_condition", False)
    q(img, "smallest RSS process name?", small[0], "text", "system_monitor", "smallest", True)
    q(img, "how many ingest workers do I have", sum(1 for n, _ in workers if n == "s20-ingest"), "count",
      "system_monitor", "count_condition", True)
    q(img, "is there a process called s20-thumbs running?", "yes", "yesno", "system_monitor", "yes_no_state",
      False)
    q(img, "roughly how many MB is s20-render using? (approx)", "%d" % (big[1] + 9), "approx", "system_monitor",
      "value_at_label", False)


# ---------------------------------------------------------------- W06 diff of two configs (light)
def w_term_diff():
    name = "term_diff_conf"
    d = os.path.join(HOME, "deploy")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    old = ["[server]", "host = 0.0.0.0", "port = 8080", "workers = 4", "timeout = 30", "",
           "[db]", "url = postgres://app@db1/app", "pool_size = 10", "ssl = false", "", "[cache]",
           "backend = memcached", "ttl = 600"]
    new = ["[server]", "host = 0.0.0.0", "port = 8443", "workers = 4", "timeout = 45", "",
           "[db]", "url = postgres://app@db2/app", "pool_size = 10", "ssl = true", "", "[cache]",
           "backend = redis", "ttl = 600", "max_entries = 50000"]
    open(d + "/app.conf.old", "w").write("\n".join(old) + "\n")
    open(d + "/app.conf", "w").write("\n".join(new) + "\n")
    term_window(name, "deploy - diff", d, ["git diff --no-index --color app.conf.old app.conf"], dark=False,
                prompt_dir="~/deploy", size=(900, 600))
    img = name
    removed = [l for l in old if l not in new]
    added = [l for l in new if l not in old]
    kv = lambda ls, k: next(l.split(" = ")[1] for l in ls if l.startswith(k + " ="))
    q(img, "what did the timeout change to?", kv(new, "timeout"), "number", "diff", "value_at_label", True)
    q(img, "what port was it using before", kv(old, "port"), "number", "diff", "value_at_label", True)
    q(img, "how many lines were removed in this diff", len(removed), "count", "diff", "count_condition", False)
    q(img, "Which setting is brand new (not in the old file)?", "max_entries", "code", "diff", "value_at_label",
      True)
    q(img, "is ssl turned on in the new config?", "yes" if kv(new, "ssl") == "true" else "no", "yesno", "diff",
      "yes_no_state", False)
    q(img, "cache backend switched from memcached to what", kv(new, "backend"), "text", "diff", "value_at_label",
      True)
    q(img, "by how many seconds did the timeout go up?", int(kv(new, "timeout")) - int(kv(old, "timeout")),
      "number", "diff", "sum_difference", False)


# ---------------------------------------------------------------- W07 vfu (ncurses file manager) in shellinabox
def w_tui_vfu():
    name = "tui_vfu_photos"
    base = os.path.join(HOME, "photos")
    shutil.rmtree(base, ignore_errors=True)
    files = [("IMG_2041.jpg", 2841233, "2025-04-12 10:22"), ("IMG_2042.jpg", 3110874, "2025-04-12 10:23"),
             ("IMG_2050.jpg", 1984410, "2025-04-19 15:02"), ("beach_pano.tif", 9623011, "2025-05-02 18:40"),
             ("cover.png", 412880, "2025-03-30 09:15"), ("edits.xcf", 5520117, "2025-05-06 21:11"),
             ("IMG_2077.jpg", 2766005, "2025-05-09 07:48"), ("index.txt", 1534, "2025-05-10 12:00"),
             ("clip_0007.mp4", 8412230, "2025-05-01 16:30")]
    dirs = ["2024_trip", "raw", "exports", "to_print"]
    for d in dirs:
        os.makedirs(os.path.join(base, d))
        write_bytes(os.path.join(base, d, "x.bin"), 100)
        setmtime(os.path.join(base, d), "2025-01-05 08:00")
    for fn, n, st in files:
        write_bytes(os.path.join(base, fn), n, st)
    term_window(name, "vfu - photos", base, ["#TUI vfu"], dark=True, size=(1000, 640))
    img = name
    q(img, "biggest file in this folder?", max(files, key=lambda f: f[1])[0], "text", "file_manager", "largest",
      True)
    q(img, "how many jpgs do i have here", sum(f[0].endswith(".jpg") for f in files), "count", "file_manager",
      "count_condition", False)
    q(img, "How many subfolders are there?", len(dirs), "count", "file_manager", "count_condition", False)
    q(img, "which file is the smallest one", min(files, key=lambda f: f[1])[0], "text", "file_manager",
      "smallest", True)
    q(img, "which file did I change most recently", max(files, key=lambda f: f[2])[0], "text", "file_manager",
      "most_recent", True)
    q(img, "is there a file named cover.png", "yes", "yesno", "file_manager", "yes_no_state", False)
    q(img, "how big is beach_pano.tif?", "{:,}".format(dict((f[0], f[1]) for f in files)["beach_pano.tif"])
      .replace(",", "'"), "number", "file_manager", "value_at_label", True)


# ---------------------------------------------------------------- W08 goaccess TUI dashboard in shellinabox
def w_tui_goaccess():
    name = "tui_goaccess"
    d = os.path.join(HOME, "logs")
    os.makedirs(d, exist_ok=True)
    ips = ["203.0.113.%d" % i for i in (4, 17, 28, 55, 91, 120)]
    uas = {ip: "Mozilla/5.0 (X11; Linux x86_64) Firefox/1%02d.0" % i for i, ip in enumerate(ips)}
    paths = ["/", "/pricing", "/docs/install", "/blog/2025-release", "/login", "/api/v1/orders", "/missing.html"]
    weights = [30, 12, 9, 6, 8, 14, 3]
    lines = []
    hits = {}
    statuses = []
    t0 = dt.datetime(2025, 6, 10, 8, 0, 0)
    n = 137
    for i in range(n):
        ip = rng.choice(ips)
        pth = rng.choices(paths, weights)[0]
        st = 404 if pth == "/missing.html" else (500 if (pth == "/api/v1/orders" and i % 7 == 0) else 200)
        ts = (t0 + dt.timedelta(seconds=233 * i)).strftime("%d/%b/%Y:%H:%M:%S +0000")
        size = rng.randint(300, 40000)
        lines.append(f'{ip} - - [{ts}] "GET {pth} HTTP/1.1" {st} {size} "-" "{uas[ip]}"')
        hits[pth] = hits.get(pth, 0) + 1
        statuses.append(st)
    open(d + "/access.log", "w").write("\n".join(lines) + "\n")
    term_window(name, "goaccess - access.log", d,
                ["#TUI goaccess access.log --log-format=COMBINED --no-global-config"], dark=True,
                size=(1150, 740))
    img = name
    q(img, "how many total requests does goaccess show?", n, "number", "tui", "value_at_label", True)
    q(img, "unique visitors?", len(set(l.split()[0] for l in lines)), "number", "tui", "value_at_label", True)
    top = max(hits, key=hits.get)
    q(img, "what's the most requested page on my site", top, "text", "tui", "largest", True)
    q(img, "how many hits did /pricing get", hits["/pricing"], "number", "tui", "cell_row_col", True)
    q(img, "which log file is it reading?", "access.log", "text", "tui", "window_title_file", True)
    q(img, "how many different files/URLs were requested (not counting 404s)?",
      len(set(p_ for p_ in paths if p_ in hits and p_ != "/missing.html")), "number", "tui", "value_at_label", True)


# ---------------------------------------------------------------- W09 DDD (Motif) with C source + line numbers
def w_ddd():
    name = "ddd_invoice_c"
    d = os.path.join(HOME, "cinv")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    src = """#include <stdio.h>

#define VAT_RATE 0.21
#define MAX_ITEMS 32

struct item {
    const char *name;
    double price;
    int qty;
};

static double line_total(const struct item *it)
{
    return it->price * it->qty;
}

static double compute_tax(double net)
{
    return net * VAT_RATE;
}

double invoice_total(const struct item *items, int n)
{
    double net = 0.0;
    for (int i = 0; i < n; i++)
        net += line_total(&items[i]);
    return net + compute_tax(net);
}

int main(void)
{
    struct item items[] = {
        {"Widget", 4.50, 3},
        {"Gadget", 12.00, 1},
    };
    printf("%.2f\\n", invoice_total(items, 2));
    return 0;
}
"""
    open(d + "/invoice.c", "w").write(src)
    sh(f"gcc -g -O0 -o {d}/invoice {d}/invoice.c")
    launch(f"ddd -xrm 'Ddd*displayLineNumbers: true' -xrm 'Ddd*startupTips: false' -xrm 'Ddd*splashScreen: false' "
           f"-geometry 900x760+10+25 ./invoice", cwd=d)
    wid = find_win("DDD", timeout=60)
    time.sleep(10)
    for t in ("Tip of the Day", "DDD Tip", "DDD Help"):
        r = subprocess.run(["xdotool", "search", "--name", t], capture_output=True, text=True, env=ENV)
        for i in r.stdout.split():
            subprocess.run(["xdotool", "windowclose", i], env=ENV)
    time.sleep(2)
    wid = find_win("DDD: ")
    capture(wid, name)
    img = name
    ls = src.splitlines()
    start = lambda fn: next(i + 1 for i, l in enumerate(ls) if fn + "(" in l and not l.startswith(" "))
    q(img, "what line does compute_tax start on?", start("compute_tax"), "number", "code_editor",
      "line_number", True)
    q(img, "which source file is open in the debugger", "invoice.c", "text", "code_editor", "window_title_file",
      True)
    q(img, "what's VAT_RATE set to", "0.21", "number", "code_editor", "value_at_label", True)
    q(img, "line number where invoice_total begins?", start("invoice_total"), "number", "code_editor",
      "line_number", True)
    q(img, "how many fields does struct item have?", 3, "count", "code_editor", "count_condition", False)
    q(img, "how many #define lines are at the top of the file", 2, "count", "code_editor", "count_condition",
      False)


# ---------------------------------------------------------------- W10 tkremind (Tk) month calendar
def w_tkremind():
    name = "tkremind_may"
    rem = os.path.join(HOME, ".reminders")
    events = [(3, "Pay rent"), (7, "Team offsite"), (12, "Car service 09:00"), (12, "Call grandma"),
              (16, "Invoice #1042 due"), (21, "Dentist 14:30"), (27, "Book club"), (30, "Quarterly taxes")]
    with open(rem, "w") as f:
        for day, msg in events:
            f.write(f"REM {day} May 2025 MSG {msg}%\n")
    for fn in (".tkremindrc", ".config/tkremindrc"):
        try:
            os.remove(os.path.join(HOME, fn))
        except OSError:
            pass
    launch(f"faketime '2025-05-14 10:00:00' tkremind {rem}", cwd=HOME)
    wid = find_win("TkRemind", timeout=40)
    time.sleep(6)
    subprocess.run(["xdotool", "windowsize", wid, "1000", "720"], env=ENV)
    time.sleep(3)
    capture(wid, name)
    img = name
    q(img, "when is my dentist appointment?", "May 21", "date", "calendar", "who_when", False)
    q(img, "what do I have on the 7th", "Team offsite", "text", "calendar", "cell_row_col", True)
    q(img, "how many things are scheduled on May 12?", sum(1 for d_, _ in events if d_ == 12), "count",
      "calendar", "count_condition", False)
    q(img, "which month is the calendar showing", "May 2025", "date", "calendar", "value_at_label", True)
    q(img, "what's the last reminder of the month?", max(events)[1], "text", "calendar", "first_last", True)
    q(img, "how many reminders do I have in total this month", len(events), "count", "calendar",
      "count_condition", False)


# ---------------------------------------------------------------- W11 xpaint (Xaw) showing a bar chart
def w_xpaint_chart():
    name = "xpaint_sales_chart"
    d = os.path.join(HOME, "charts")
    os.makedirs(d, exist_ok=True)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    vals = [rng.randint(20, 90) * 100 for _ in months]
    open(W + "/chart.py", "w").write(f"""
import matplotlib
matplotlib.use('Agg')
import matplotlib.pyplot as plt
fig, ax = plt.subplots(figsize=(7.2, 4.6), dpi=100)
ax.bar({months!r}, {vals!r}, color='#4a7ab5')
ax.set_title('Online store revenue H1 2025')
ax.set_ylabel('Revenue (EUR)')
ax.set_ylim(0, 10000)
ax.grid(axis='y', alpha=0.4)
fig.tight_layout()
fig.savefig({d + '/revenue_h1.png'!r})
""")
    sh(f"/work/main/.venv/bin/python {W}/chart.py")
    launch(f"xpaint {d}/revenue_h1.png", cwd=d)
    time.sleep(8)
    wid = find_win("revenue_h1", timeout=40)
    time.sleep(3)
    capture(wid, name)
    img = name
    mx = months[vals.index(max(vals))]
    mn = months[vals.index(min(vals))]
    q(img, "which month had the highest revenue in this chart?", mx, "text", "image_viewer_chart", "largest",
      False)
    q(img, "lowest month?", mn, "text", "image_viewer_chart", "smallest", False)
    q(img, "roughly what was revenue in March", vals[2], "approx", "image_viewer_chart", "chart_value", False)
    q(img, "whats the chart title", "Online store revenue H1 2025", "text", "image_viewer_chart",
      "value_at_label", True)
    q(img, "approx how much more did June make than January?", vals[5] - vals[0], "approx", "image_viewer_chart",
      "sum_difference", False)
    q(img, "what's the name of the image file I have open", "revenue_h1.png", "text", "image_viewer_chart",
      "window_title_file", True)
    return vals


# ---------------------------------------------------------------- W12 Ghostscript X11 viewer: invoice.ps
def w_gs_invoice():
    name = "gs_invoice_ps"
    d = os.path.join(HOME, "docs")
    os.makedirs(d, exist_ok=True)
    items = [("Website redesign (hours)", 18, 65.00), ("Logo refresh", 1, 420.00),
             ("Hosting, 12 months", 1, 96.00), ("Copywriting (pages)", 5, 48.50)]
    net = sum(qn * p for _, qn, p in items)
    vat = round(net * 0.20, 2)
    total = net + vat
    ps = ["%!PS-Adobe-3.0", "<< /PageSize [432 504] >> setpagedevice",
          "/H {/Helvetica findfont exch scalefont setfont} def", "/HB {/Helvetica-Bold findfont exch scalefont setfont} def",
          "/R {dup stringwidth pop neg 0 rmoveto show} def",
          "18 HB 30 465 moveto (INVOICE) show", "10 H 30 447 moveto (Invoice no. INV-2025-0417) show",
          "30 433 moveto (Issue date: 2025-04-17) show", "30 419 moveto (Due date: 2025-05-17) show",
          "10 HB 260 465 moveto (Northwind Studio) show", "9 H 260 452 moveto (12 Harbour Lane, Bristol) show",
          "10 HB 30 392 moveto (Bill to:) show", "10 H 30 378 moveto (Juniper Bakery Ltd) show",
          "30 365 moveto (Attn: Carla Mendes) show",
          "9 HB 30 335 moveto (Description) show 270 335 moveto (Qty) show 390 335 moveto (Amount) R",
          "0.5 setlinewidth 30 330 moveto 400 330 lineto stroke"]
    y = 315
    for desc, qn, p in items:
        ps.append(f"9 H 30 {y} moveto ({desc}) show 270 {y} moveto ({qn}) show 390 {y} moveto ({qn * p:,.2f}) R")
        y -= 16
    y -= 6
    ps.append(f"30 {y + 10} moveto 400 {y + 10} lineto stroke")
    ps.append(f"9 H 270 {y - 4} moveto (Subtotal) show 390 {y - 4} moveto ({net:,.2f}) R")
    ps.append(f"270 {y - 18} moveto (VAT 20%) show 390 {y - 18} moveto ({vat:,.2f}) R")
    ps.append(f"10 HB 270 {y - 36} moveto (Total due) show 390 {y - 36} moveto (GBP {total:,.2f}) R")
    ps.append("8 H 30 40 moveto (Payment by bank transfer, sort code 20-45-77, account 61029384.) show")
    ps.append("showpage")
    open(d + "/invoice_0417.ps", "w").write("\n".join(ps) + "\n")
    launch(f"gs -q -sDEVICE=x11 -r110 -dSAFER {d}/invoice_0417.ps", cwd=d, stdin=subprocess.PIPE)
    wid = find_win("Ghostscript", timeout=30)
    time.sleep(4)
    capture(wid, name)
    img = name
    q(img, "whats the invoice number", "INV-2025-0417", "code", "document_viewer", "value_at_label", True)
    q(img, "how much do I owe in total?", f"GBP {total:,.2f}", "money", "document_viewer", "value_at_label", True)
    q(img, "when is this due", "2025-05-17", "date", "document_viewer", "who_when", True)
    q(img, "who is the invoice billed to?", "Juniper Bakery Ltd", "text", "document_viewer", "value_at_label", True)
    q(img, "how many line items are on it", len(items), "count", "document_viewer", "count_condition", False)
    q(img, "what's the most expensive line on the invoice", max(items, key=lambda it: it[1] * it[2])[0], "text",
      "document_viewer", "largest", True)
    q(img, "how much VAT am I being charged on this one?", f"{vat:,.2f}", "money", "document_viewer",
      "value_at_label", True)


# ---------------------------------------------------------------- W13 home-made PyQt5 expenses table (light)
def w_qt_expenses():
    name = "qt_expenses_table"
    cats = ["Groceries", "Transport", "Utilities", "Dining", "Health"]
    payees = {"Groceries": ["Lidl", "Aldi", "Farmers market"], "Transport": ["Metro card", "Shell"],
              "Utilities": ["City Water", "Octopus Energy"], "Dining": ["Pho Saigon", "Cafe Nero"],
              "Health": ["Boots Pharmacy"]}
    rows = []
    for i in range(12):
        c = rng.choice(cats)
        rows.append([dt.date(2025, 6, 1 + i * 2).isoformat(), rng.choice(payees[c]), c,
                     "%.2f" % (rng.randint(300, 15000) / 100)])
    sel = 6
    total = sum(float(r[3]) for r in rows)
    data = json.dumps(rows)
    open(W + "/qt_exp.py", "w").write(f"""
import sys, json
from PyQt5.QtWidgets import *
from PyQt5.QtCore import Qt
app = QApplication(sys.argv)
app.setStyle('Fusion')
rows = json.loads({data!r})
w = QMainWindow(); w.setWindowTitle('Pocketbook - June 2025.pbk')
tb = w.addToolBar('main')
for t in ['Add Expense', 'Delete', 'Import CSV', 'Export Report']:
    tb.addAction(t)
t = QTableWidget(len(rows), 4)
t.setHorizontalHeaderLabels(['Date', 'Payee', 'Category', 'Amount (EUR)'])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        it = QTableWidgetItem(v)
        if j == 3: it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        t.setItem(i, j, it)
t.horizontalHeader().setStretchLastSection(True)
t.setColumnWidth(0, 120); t.setColumnWidth(1, 190); t.setColumnWidth(2, 150)
t.setSelectionBehavior(QAbstractItemView.SelectRows)
t.selectRow({sel})
w.setCentralWidget(t)
w.statusBar().showMessage('{len(rows)} transactions  |  Balance after June: EUR 2,318.40  |  Saved')
w.resize(720, 520); w.move(40, 40); w.show()
sys.exit(app.exec_())
""")
    launch(f"/usr/bin/python3 {W}/qt_exp.py")
    wid = find_win("Pocketbook")
    time.sleep(4)
    capture(wid, name)
    img = name
    big = max(rows, key=lambda r: float(r[3]))
    q(img, "what's my biggest expense this month?", big[1], "text", "finance_table", "largest", True)
    q(img, "which row is highlighted — who's the payee", rows[sel][1], "text", "finance_table", "selected_row",
      True)
    q(img, "how much did I spend on transport in total", "%.2f" % sum(float(r[3]) for r in rows if r[2] == "Transport"),
      "money", "finance_table", "sum_difference", False)
    q(img, f"amount on {rows[3][0]}?", rows[3][3], "money", "finance_table", "cell_row_col", True)
    q(img, "What's the balance in the status bar?", "EUR 2,318.40", "money", "finance_table", "status_bar", True)
    q(img, "which button do i click to get a report out of this", "Export Report", "text", "finance_table",
      "which_button", True)
    q(img, "how many Dining transactions are there", sum(1 for r in rows if r[2] == "Dining"), "count",
      "finance_table", "count_condition", False)
    q(img, "name of the file that's open?", "June 2025.pbk", "text", "finance_table", "window_title_file", True)


# ---------------------------------------------------------------- W14 home-made GTK3 settings dialog (dark)
def w_gtk_settings():
    name = "gtk_backup_settings"
    st = dict(compress=True, encrypt=False, verify=True, hidden=False, notify=True, schedule="Weekly",
              algo="zstd", keep=14)
    open(W + "/gtk_set.py", "w").write(f"""
import gi
gi.require_version('Gtk', '3.0')
from gi.repository import Gtk
st = {st!r}
w = Gtk.Window(title='Backup Preferences')
w.set_default_size(520, 560); w.move(60, 40)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=14)
w.add(box)
box.pack_start(Gtk.Label(label='<b>Options</b>', use_markup=True, xalign=0), False, False, 0)
for key, lab in [('compress', 'Compress archives'), ('encrypt', 'Encrypt with passphrase'),
                 ('verify', 'Verify after backup'), ('hidden', 'Include hidden files'),
                 ('notify', 'Show desktop notification when done')]:
    cb = Gtk.CheckButton(label=lab); cb.set_active(st[key]); box.pack_start(cb, False, False, 0)
box.pack_start(Gtk.Label(label='<b>Schedule</b>', use_markup=True, xalign=0), False, False, 4)
hb = Gtk.Box(spacing=12); box.pack_start(hb, False, False, 0)
grp = None
for lab in ['Daily', 'Weekly', 'Monthly']:
    rb = Gtk.RadioButton.new_with_label_from_widget(grp, lab); grp = grp or rb
    hb.pack_start(rb, False, False, 0)
    if lab == st['schedule']: rb.set_active(True)
h2 = Gtk.Box(spacing=10); box.pack_start(h2, False, False, 6)
h2.pack_start(Gtk.Label(label='Compression method:'), False, False, 0)
combo = Gtk.ComboBoxText()
for a in ['gzip', 'bzip2', 'xz', 'zstd', 'none']: combo.append_text(a)
combo.set_active(['gzip', 'bzip2', 'xz', 'zstd', 'none'].index(st['algo'])); h2.pack_start(combo, False, False, 0)
box.pack_start(Gtk.Label(label='Keep this many old backups:', xalign=0), False, False, 0)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 30, 1); sc.set_value(st['keep'])
sc.set_digits(0); sc.set_value_pos(Gtk.PositionType.RIGHT); box.pack_start(sc, False, False, 0)
bb = Gtk.Box(spacing=8); box.pack_end(bb, False, False, 0)
sb = Gtk.Statusbar(); sb.push(0, 'Last backup: 2025-04-02 03:15  -  OK (1,204 files, 3.8 GB)')
box.pack_end(sb, False, False, 0)
for lab in ['Back Up Now', 'Apply', 'Cancel']: bb.pack_end(Gtk.Button(label=lab), False, False, 0)
w.connect('destroy', Gtk.main_quit); w.show_all(); Gtk.main()
""")
    launch(f"/usr/bin/python3 {W}/gtk_set.py", env=dict(ENV, GTK_THEME="Adwaita:dark"))
    wid = find_win("Backup Preferences")
    time.sleep(4)
    capture(wid, name)
    img = name
    checks = ["compress", "encrypt", "verify", "hidden", "notify"]
    q(img, "is encryption turned on?", "yes" if st["encrypt"] else "no", "yesno", "settings_dialog",
      "checkbox_state", False)
    q(img, "how often is it set to back up", st["schedule"], "text", "settings_dialog", "radio_combo_state", True)
    q(img, "which compression method is picked in the dropdown", st["algo"], "text", "settings_dialog",
      "radio_combo_state", True)
    q(img, "how many old backups will it keep?", st["keep"], "number", "settings_dialog", "value_at_label", True)
    q(img, "how many of the option checkboxes are ticked", sum(st[k] for k in checks), "count",
      "settings_dialog", "count_condition", False)
    q(img, "what do I click to start a backup right away", "Back Up Now", "text", "settings_dialog",
      "which_button", True)
    q(img, "what does the status bar say", "Last backup: 2025-04-02 03:15  -  OK (1,204 files, 3.8 GB)", "text",
      "settings_dialog", "status_bar", True)
    q(img, "are hidden files included?", "yes" if st["hidden"] else "no", "yesno", "settings_dialog",
      "checkbox_state", False)


# ---------------------------------------------------------------- W15 KEuroCalc (Qt5/KDE) calculator
def w_keurocalc():
    name = "keurocalc_display"
    launch("keurocalc")
    wid = None
    time.sleep(12)
    for _ in range(120):
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "keurocalc"], capture_output=True,
                             text=True, env=ENV).stdout.split()
        named = [i for i in ids if "KEuroCalc" in subprocess.run(["xdotool", "getwindowname", i],
                                                                 capture_output=True, text=True, env=ENV).stdout]
        if named:
            wid = named[0]
            break
        time.sleep(1)
    time.sleep(5)
    keys = "1250*1.21="
    subprocess.run(["xdotool", "windowactivate", "--sync", wid], env=ENV)
    subprocess.run(["xdotool", "type", "--delay", "150", keys], env=ENV)
    time.sleep(3)
    capture(wid, name)
    img = name
    res = 1250 * 1.21
    q(img, "what's the result on my calculator", "{:,.2f} \u20ac".format(res).replace(",", " "), "number",
      "calculator", "value_at_label", True)
    q(img, "is the number on screen more than 1500?", "yes" if res > 1500 else "no", "yesno", "calculator",
      "yes_no_state", False)
    q(img, "what's that result minus the 1250 I started with", "%.2f" % (res - 1250), "number", "calculator",
      "sum_difference", False)


# ---------------------------------------------------------------- W16 pip failure (shellinabox, light)
def w_term_pip():
    name = "term_pip_fail"
    proj = os.path.join(HOME, "weatherbot")
    shutil.rmtree(proj, ignore_errors=True)
    os.makedirs(proj)
    reqs = ["requests==2.31.0", "python-dateutil==2.8.2", "rich==13.7.1", "tomli==2.0.1", "httpx==0.27.0"]
    open(proj + "/requirements.txt", "w").write("\n".join(reqs) + "\n")
    term_window(name, "weatherbot - pip", proj,
                ["cat requirements.txt", "python3 -m pip install --no-index -r requirements.txt", 'echo "exit: $?"',
                 "wc -l requirements.txt"], dark=False, prompt_dir="~/weatherbot", size=(1000, 480),
                extra_setup="export PIP_DISABLE_PIP_VERSION_CHECK=1")
    img = name
    q(img, "which package couldn't pip find?", reqs[0].split("==")[0], "code", "terminal", "error_message", True)
    q(img, "what version of rich am I pinning", reqs[2].split("==")[1], "version", "terminal", "value_at_label",
      True)
    q(img, "how many packages are in requirements.txt", len(reqs), "count", "terminal", "count_condition", True)
    q(img, "exit status of the pip install?", 1, "number", "terminal", "error_message", True)
    q(img, "last line of my requirements file?", reqs[-1], "code", "terminal", "first_last", True)
    q(img, "did the install succeed", "no", "yesno", "terminal", "yes_no_state", False)


# ---------------------------------------------------------------- W17 exmh (Tk MH mail client)
def w_exmh():
    name = "exmh_inbox"
    h = os.path.join(W, "mh_home")
    shutil.rmtree(h, ignore_errors=True)
    os.makedirs(h + "/Mail/inbox")
    os.makedirs(h + "/Mail/drafts")
    os.makedirs(h + "/Mail/receipts")
    os.makedirs(h + "/Mail/lists")
    open(h + "/.mh_profile", "w").write("Path: Mail\nDraft-Folder: drafts\nUnseen-Sequence: unseen\n")
    mails = [("Rosa Lindqvist", "rosa@fjord.se", "2025-06-02 08:14", "Quarterly numbers draft"),
             ("GitHub", "noreply@github.com", "2025-06-02 11:40", "[ledgerly] PR #88 merged"),
             ("Kenji Watanabe", "kenji@hoshi.jp", "2025-06-03 09:05", "Lunch on Thursday?"),
             ("Rosa Lindqvist", "rosa@fjord.se", "2025-06-04 16:22", "Re: Quarterly numbers draft"),
             ("Octopus Energy", "bills@octopus.energy", "2025-06-05 07:30", "Your June statement"),
             ("Amara Nwosu", "amara@studio-n.co", "2025-06-06 13:47", "Logo files attached"),
             ("Kenji Watanabe", "kenji@hoshi.jp", "2025-06-07 18:02", "Photos from the hike"),
             ("Landlord Ltd", "rent@landlord.example", "2025-06-09 10:00", "Rent increase notice")]
    unseen = [4, 6, 7, 8]
    for i, (nm, em, d, subj) in enumerate(mails, 1):
        t = dt.datetime.strptime(d, "%Y-%m-%d %H:%M")
        body = f"Hi Maya,\n\n{subj} - see details below.\n"
        open(f"{h}/Mail/inbox/{i}", "w").write(
            f"From: {nm} <{em}>\nTo: maya@workbox\nSubject: {subj}\n"
            f"Date: {t.strftime('%a, %d %b %Y %H:%M:%S')} +0000\n\n{body}")
    open(h + "/Mail/inbox/.mh_sequences", "w").write("unseen: " + " ".join(map(str, unseen)) + "\n")
    launch("exmh", env=dict(ENV, HOME=h, USER="maya", LOGNAME="maya"))
    wid = find_win("Unseen", timeout=60)
    time.sleep(3)
    subprocess.run(["xdotool", "windowsize", wid, "760", "560"], env=ENV)
    time.sleep(4)
    capture(wid, name)
    img = name
    q(img, "how many unread emails have I got", len(unseen), "count", "mail_client", "count_condition", True)
    q(img, "who sent the rent increase notice?", "Landlord Ltd", "person", "mail_client", "who_when", True)
    q(img, "what's the subject of the newest message", mails[-1][3], "text", "mail_client", "most_recent", True)
    q(img, "how many mails from Kenji are in my inbox", sum(1 for m in mails if m[0].startswith("Kenji")),
      "count", "mail_client", "count_condition", False)
    d5 = dt.datetime.strptime(mails[4][2], "%Y-%m-%d %H:%M")
    q(img, "what date did the Octopus Energy statement arrive (as shown)", d5.strftime("%m/%d"), "date",
      "mail_client", "who_when", True)
    q(img, "how many messages total in inbox?", len(mails), "count", "mail_client", "count_condition", True)
    q(img, "is the lunch email from Kenji still unread?", "yes" if 3 in unseen else "no", "yesno", "mail_client",
      "yes_no_state", False)


# ================================================================ main
WINDOWS = []  # filled at bottom


def write_manifest():
    order = [fn.__name__ for fn in WINDOWS]
    rows = []
    old = {}
    mp = os.path.join(HERE, "manifest.jsonl")
    n = 0
    imgs = sorted(QUESTIONS, key=lambda k: k)
    for img in imgs:
        for qq in QUESTIONS[img]:
            n += 1
            rows.append(dict(id="s20-%04d" % n, image=f"images/{img}.png", **qq))
    with open(mp, "w") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "questions over", len(imgs), "images")


def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(HOME, exist_ok=True)
    only = set(sys.argv[1:])
    for fn in WINDOWS:
        if only and fn.__name__ not in only:
            continue
        t = time.time()
        try:
            fn()
            print("ok", fn.__name__, round(time.time() - t, 1), flush=True)
        except Exception as e:
            print("FAILED", fn.__name__, e, flush=True)
        finally:
            stop_all()
    # golds are recomputed for every window on each full run; partial runs only capture
    if not only:
        write_manifest()


if __name__ == "__main__":
    WINDOWS = [w_term_ls, w_term_git, w_term_pytest, w_term_traceback, w_term_ps, w_term_diff, w_tui_vfu,
               w_tui_goaccess, w_ddd, w_tkremind, w_xpaint_chart, w_gs_invoice,
               w_qt_expenses, w_gtk_settings, w_keurocalc, w_term_pip, w_exmh]
    main()
