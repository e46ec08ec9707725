#!/usr/bin/env python3
"""Build the screens_test13 held-out split: real Debian apps on seeded fake data.

Run with /work/main/.venv/bin/python (needs PIL + matplotlib); helper windows use
/usr/bin/python3 (PyQt6, GTK4 via gi, reportlab, setproctitle).
Needs an X server on :64 with openbox running (see README.md).

    build.py            # build every window, then write manifest.jsonl
    build.py --only a,b # rebuild some windows, then rewrite manifest from cache
"""
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import textwrap
import time

SEED = 5527
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
DATA = "/tmp/s13"                      # fake world lives here
HOME = os.path.join(DATA, "home", "rhea")
QCACHE = os.path.join(DATA, "qcache")  # per-window questions (json)
DISPLAY = ":64"
SYSPY = "/usr/bin/python3"
NICE = ["nice", "-n", "19"]
USER = "rhea"

ENV = dict(os.environ)
ENV.update({"DISPLAY": DISPLAY, "HOME": HOME, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "TZ": "UTC", "NO_AT_BRIDGE": "1", "GTK_THEME": "Adwaita"})
ENV.pop("PYTHONPATH", None)
try:
    for line in open("/tmp/dbus64.env"):
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            ENV["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].strip().rstrip(";").strip("'")
except OSError:
    pass

PROCS = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=kw.pop("env", ENV),
                          capture_output=True, text=True, **kw)


def launch(cmd, env=None, cwd=None):
    p = subprocess.Popen(NICE + cmd, env=env or ENV, cwd=cwd or HOME, start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=open(os.path.join(DATA, "app.log"), "a"))
    PROCS.append(p)
    return p


def kill_all():
    while PROCS:
        p = PROCS.pop()
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            p.wait(3)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass


def find_window(name=None, cls=None, timeout=40):
    t0 = time.time()
    while time.time() - t0 < timeout:
        args = ["xdotool", "search", "--onlyvisible"]
        args += ["--name", name] if name else ["--class", cls]
        r = sh(args)
        ids = [i for i in r.stdout.split() if i]
        if ids:
            return ids[-1]
        time.sleep(0.5)
    raise RuntimeError("window not found: %s %s" % (name, cls))


def place(wid, x, y, w, h):
    sh(["xdotool", "windowsize", wid, str(w), str(h)])
    sh(["xdotool", "windowmove", wid, str(x), str(y)])
    sh(["xdotool", "windowactivate", wid])


def capture(wid, name):
    """Grab the root window and crop to the app window incl. openbox frame."""
    g = sh(["xwininfo", "-id", wid]).stdout
    geo = {}
    for l in g.splitlines():
        if ":" in l:
            k, v = l.split(":", 1)
            geo[k.strip()] = v.strip()
    x, y = int(geo["Absolute upper-left X"]), int(geo["Absolute upper-left Y"])
    w, h = int(geo["Width"]), int(geo["Height"])
    fe = sh(["xprop", "-id", wid, "_NET_FRAME_EXTENTS"]).stdout
    l = r = t = b = 0
    if "=" in fe:
        l, r, t, b = (int(v) for v in fe.split("=")[1].split(","))
    x0, y0 = max(0, x - l), max(0, y - t)
    x1, y1 = min(1280, x + w + r), min(800, y + h + b)
    out = os.path.join(IMG, name + ".png")
    tmp = os.path.join(DATA, "root.png")
    sh(["import", "-window", "root", tmp])
    sh(["convert", tmp, "-crop", "%dx%d+%d+%d" % (x1 - x0, y1 - y0, x0, y0), "+repage", out])
    return "images/%s.png" % name


def typ(wid, text, delay=30):
    sh(["xdotool", "windowactivate", "--sync", wid])
    sh(["xdotool", "type", "--delay", str(delay), text])


def key(wid, *keys):
    sh(["xdotool", "windowactivate", "--sync", wid])
    sh(["xdotool", "key"] + list(keys))


def setmtime(path, when):
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


def write(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def lsdate(d):
    return "%s %d %d" % (d.strftime("%b"), d.day, d.year)


def human(n):
    """coreutils -h style (ceil to one decimal below 10)."""
    import math
    units = "KMGT"
    v = float(n)
    u = ""
    for un in units:
        if v < 1024:
            break
        v /= 1024
        u = un
    if not u:
        return str(n)
    if v < 10:
        v = math.ceil(v * 10) / 10
        if v >= 10:
            return "%d%s" % (math.ceil(v), u)
        return "%.1f%s" % (v, u)
    return "%d%s" % (math.ceil(v), u)


def Q(q, a, t, cat, intent, lit):
    return {"question": q, "answer": str(a), "answer_type": t, "category": cat,
            "intent": intent, "literal": bool(lit)}


# ----------------------------------------------------------------------------
# terminal sessions: a script echoes a prompt + command, runs it, and waits
PROMPT = "rhea@ws13:%s$ "


def term_session(name, cwd_label, cmds, cols=110, rows=34, bg="#1e1e1e", fg="#d8d8d8",
                 interactive_tail=None, title=None, app="pangoterm"):
    script = os.path.join(DATA, "sess_%s.sh" % name)
    lines = ["#!/bin/bash", "cd %s" % os.path.join(HOME, cwd_label.replace("~/", "")
                                                   if cwd_label != "~" else ""),
             "export PS1='%s'" % (PROMPT % cwd_label), "export TERM=xterm-256color",
             "export PATH=/work/main/.venv/bin:$PATH", "export HOME=%s" % HOME,
             "sleep 3  # let the window manager place/resize the terminal first"]
    if title:
        lines.append("printf '\\033]0;%s\\007'" % title)
    for c in cmds:
        lines.append("printf '%%s' %s" % shq(PROMPT % cwd_label))
        lines.append("printf '%%s\\n' %s" % shq(c))
        lines.append(c)
    if interactive_tail:
        lines.append(interactive_tail)
    else:
        lines.append("printf '%%s' %s" % shq(PROMPT % cwd_label))
        lines.append("sleep 100000")
    write(script, "\n".join(lines) + "\n")
    os.chmod(script, 0o755)
    if app == "cool-retro-term":
        launch(["cool-retro-term", "-e", script])
        return
    launch(["pangoterm", "--geometry=%dx%d" % (cols, rows), "--background=" + bg,
            "--foreground=" + fg, "--font=DejaVu Sans Mono", "-s", "10", script])


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


# ----------------------------------------------------------------------------
R = random.Random(SEED)
BASE = dt.datetime(2025, 3, 3, 9, 0, 0)


def w_ls_du():
    """pangoterm: ls -l of reports + du of project folders."""
    rep = os.path.join(HOME, "reports")
    shutil.rmtree(rep, ignore_errors=True)
    os.makedirs(rep)
    names = ["budget_2025.csv", "q1_summary.pdf", "vendors.csv", "meeting-notes.txt",
             "payroll_feb.xlsx", "roadmap.md", "invoices_march.csv", "logo_final.png",
             "contracts.zip", "staff_list.csv", "kpi_dashboard.pdf"]
    files = []
    for i, n in enumerate(names):
        size = R.randint(800, 420000)
        when = BASE - dt.timedelta(days=R.randint(20, 400), hours=R.randint(0, 20))
        p = os.path.join(rep, n)
        write(p, "x" * size)
        setmtime(p, when)
        files.append((n, size, when))
    proj = os.path.join(HOME, "projects")
    shutil.rmtree(proj, ignore_errors=True)
    dirs = {}
    for d in ["atlas-api", "billing-ui", "docs-site", "etl-jobs", "mobile-app"]:
        tot = 0
        for j in range(R.randint(3, 7)):
            s = R.randint(5000, 2_600_000)
            write(os.path.join(proj, d, "f%02d.bin" % j), "y" * s)
            tot += s
        dirs[d] = tot
    du = sh("du -sh --apparent-size *", cwd=proj).stdout
    dus = dict(reversed(l.split("\t")) for l in du.strip().splitlines())
    # (names in the window are shown as ../projects/NAME)
    term_session("lsdu", "~/reports", ["ls -l", "du -sh --apparent-size ../projects/*"],
                 cols=96, rows=30)
    wid = find_window(name="pangoterm")
    time.sleep(3)
    place(wid, 40, 30, 900, 560)
    time.sleep(2)
    img = capture(wid, "lsdu_pangoterm")
    big = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    oldest = min(files, key=lambda f: f[2])
    ncsv = sum(1 for f in files if f[0].endswith(".csv"))
    vend = [f for f in files if f[0] == "vendors.csv"][0]
    roadmap = [f for f in files if f[0] == "roadmap.md"][0]
    bigdir = max(dirs, key=dirs.get)
    smalldir = min(dirs, key=dirs.get)
    return img, [
        Q("how big is vendors.csv in bytes?", vend[1], "number", "terminal", "value_at_label", True),
        Q("What's the most recently modified file in that listing?", newest[0], "text", "terminal", "most_recent", True),
        Q("how many csv files are there", ncsv, "count", "terminal", "count_condition", False),
        Q("when was roadmap.md last modified?", lsdate(roadmap[2]), "date", "terminal", "who_when", True),
        Q("du says what for billing-ui?", dus["billing-ui"], "text", "terminal", "value_at_label", True),
        Q("Which project folder takes up the least space according to du?", smalldir, "text", "terminal", "largest_by_column", True),
    ]


def git(repo, *args, env=None, date=None, author=None):
    e = dict(ENV)
    if author:
        e.update({"GIT_AUTHOR_NAME": author[0], "GIT_AUTHOR_EMAIL": author[1],
                  "GIT_COMMITTER_NAME": author[0], "GIT_COMMITTER_EMAIL": author[1]})
    if date:
        e.update({"GIT_AUTHOR_DATE": date, "GIT_COMMITTER_DATE": date})
    r = subprocess.run(["git", "-C", repo] + list(args), env=e, capture_output=True, text=True)
    return r.stdout


def w_git():
    repo = os.path.join(HOME, "code", "ledgerly")
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "Rhea Okafor")
    git(repo, "config", "user.email", "rhea@example.org")
    people = [("Rhea Okafor", "rhea@example.org"), ("Tomasz Wilk", "tomasz@example.org"),
              ("Ines Duarte", "ines@example.org"), ("Kenji Mori", "kenji@example.org")]
    msgs = ["Initial import of ledger core", "Add CSV importer for bank exports",
            "Fix rounding in invoice totals", "Bump version to 0.4.0",
            "Add currency conversion cache", "Refactor payee matching",
            "Document the import format", "Handle empty memo fields",
            "Speed up monthly report query"]
    commits = []
    t = dt.datetime(2025, 1, 6, 10, 12)
    for i, m in enumerate(msgs):
        a = people[R.randrange(len(people))] if i else people[0]
        t = t + dt.timedelta(days=R.randint(1, 6), hours=R.randint(0, 8), minutes=R.randint(0, 59))
        write(os.path.join(repo, "src", "mod%d.py" % i), "# %s\n" % m)
        git(repo, "add", "-A")
        d = t.strftime("%Y-%m-%dT%H:%M:%S+0000")
        git(repo, "commit", "-q", "-m", m, date=d, author=a)
        commits.append((m, a[0], t))
    # working tree changes
    write(os.path.join(repo, "src", "mod2.py"), "# changed\n", "a")
    write(os.path.join(repo, "src", "mod5.py"), "# changed\n", "a")
    write(os.path.join(repo, "src", "mod7.py"), "# changed\n", "a")
    write(os.path.join(repo, "notes_todo.txt"), "later\n")
    write(os.path.join(repo, "scratch.sql"), "select 1;\n")
    log = git(repo, "log", "--format=%h %ad %an: %s", "--date=short")
    shas = [l.split()[0] for l in log.splitlines()]
    term_session("git", "~/code/ledgerly", [
        "git log --format='%h %ad %an: %s' --date=short", "git status"], cols=96, rows=32,
        bg="#fdf6e3", fg="#333333")
    wid = find_window(name="pangoterm")
    time.sleep(3)
    place(wid, 40, 30, 880, 600)
    time.sleep(2)
    img = capture(wid, "git_pangoterm_light")
    fix = [c for c in commits if c[0] == "Fix rounding in invoice totals"][0]
    last = commits[-1]
    cache = [c for c in commits if c[0] == "Add currency conversion cache"][0]
    n_by_rhea = sum(1 for c in commits if c[1] == "Rhea Okafor")
    return img, [
        Q("who made the commit that fixed the rounding in invoice totals?", fix[1], "person", "terminal", "who_when", True),
        Q("When was the latest commit made", last[2].strftime("%Y-%m-%d"), "date", "terminal", "first_last", True),
        Q("how many commits are in this log", len(commits), "count", "terminal", "count_condition", False),
        Q("what's the short hash of the 'Add currency conversion cache' commit?", shas[len(commits) - 1 - commits.index(cache)], "code", "terminal", "cell_row_col", True),
        Q("How many files show as modified in git status?", 3, "count", "terminal", "count_condition", False),
        Q("which branch am I on", "main", "text", "terminal", "value_at_label", True),
    ]


def w_traceback():
    d = os.path.join(HOME, "tools")
    os.makedirs(d, exist_ok=True)
    write(os.path.join(d, "sync_rates.py"), textwrap.dedent('''\
        import json


        def load_rates(path):
            with open(path) as f:
                return json.load(f)


        def convert(amount, rates, cur):
            return round(amount * rates[cur], 2)


        def main():
            rates = load_rates("rates.json")
            print("EUR ->", convert(120.0, rates, "EUR"))
            print("JPY ->", convert(120.0, rates, "JPY"))


        if __name__ == "__main__":
            main()
        '''))
    write(os.path.join(d, "rates.json"), json.dumps({"EUR": 0.9213, "GBP": 0.7871}))
    eur = round(120.0 * 0.9213, 2)
    term_session("tb", "~/tools", ["python3 sync_rates.py; echo \"exit status: $?\""], cols=90, rows=24)
    wid = find_window(name="pangoterm")
    time.sleep(4)
    place(wid, 60, 40, 820, 440)
    time.sleep(2)
    img = capture(wid, "traceback_pangoterm")
    return img, [
        Q("why did my script crash? what's the error", "KeyError: 'JPY'", "error", "terminal", "error_message", True),
        Q("what exit code did it return", 1, "number", "terminal", "error_message", True),
        Q("which line of sync_rates.py raised the exception?", 1 + [i for i, l in enumerate(open(os.path.join(d, "sync_rates.py"))) if "return round(" in l][0], "number", "terminal", "line_number", True),
        Q("what did it print for EUR before failing", eur, "money", "terminal", "value_at_label", True),
        Q("did the JPY conversion work?", "no", "yesno", "terminal", "yes_no_state", False),
    ]


def w_pytest():
    d = os.path.join(HOME, "code", "invoicer")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "tests"))
    write(os.path.join(d, "invoicer.py"), textwrap.dedent('''\
        def total(lines):
            return sum(q * p for q, p in lines)

        def tax(amount, rate=0.2):
            return round(amount * rate, 2)

        def discount(amount, pct):
            return amount - amount * pct / 10
        '''))
    tests = {"test_total_empty": "assert total([]) == 0",
             "test_total_two_lines": "assert total([(2, 5.0), (1, 3.5)]) == 13.5",
             "test_tax_default": "assert tax(100) == 20.0",
             "test_tax_custom_rate": "assert tax(50, 0.07) == 3.5",
             "test_discount_ten_percent": "assert discount(200, 10) == 180",
             "test_discount_zero": "assert discount(99, 0) == 99",
             "test_total_rounding": "assert total([(3, 0.1)]) == 0.3"}
    body = "from invoicer import total, tax, discount\n\n"
    for k, v in tests.items():
        body += "\ndef %s():\n    %s\n\n" % (k, v)
    write(os.path.join(d, "tests", "test_invoicer.py"), body)
    # compute outcome ourselves (no pytest needed for the gold)
    import importlib.util
    spec = importlib.util.spec_from_file_location("invoicer", os.path.join(d, "invoicer.py"))
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    fails = []
    for k, v in tests.items():
        try:
            exec(v, vars(mod))
        except AssertionError:
            fails.append(k)
    npass = len(tests) - len(fails)
    py = "/work/main/.venv/bin/python"
    term_session("pytest", "~/code/invoicer",
                 ["%s -m pytest -q -p no:cacheprovider --tb=line tests" % py.replace("/work/main/.venv/bin/python", "python3") + " 2>&1 | tail -n 20"
                  if False else "python3 -m pytest -q -p no:cacheprovider --tb=line tests"], cols=100, rows=22,
                 title="pytest - invoicer")
    # make `pytest` resolve to the venv's pytest via PATH inside the script
    wid = find_window(name="pangoterm|pytest")
    time.sleep(8)
    place(wid, 50, 50, 940, 420)
    time.sleep(2)
    img = capture(wid, "pytest_pangoterm")
    return img, [
        Q("how many tests failed?", len(fails), "count", "terminal", "count_condition", True),
        Q("and how many passed", npass, "count", "terminal", "count_condition", True),
        Q("Did the whole test run pass?", "no", "yesno", "terminal", "yes_no_state", False),
        Q("which discount test is failing", [f for f in fails if "discount" in f][0], "code", "terminal", "error_message", True),
        Q("name of the test file", "tests/test_invoicer.py", "text", "terminal", "window_title_file", True),
    ], fails


def w_top():
    # processes with set names and memory, owned by the dedicated user
    if sh(["id", USER]).returncode != 0:
        sh(["useradd", "-M", "-d", HOME, USER])
    procs = {"s13-indexer": 180, "s13-thumbnailer": 64, "s13-mailsync": 22,
             "s13-backup": 310, "s13-webhook": 41}
    code = ("import setproctitle,sys,time;setproctitle.setproctitle(sys.argv[1]);"
            "b=bytearray(int(sys.argv[2])*1048576);\n"
            "for i in range(0,len(b),4096): b[i]=1\n"
            "time.sleep(100000)")
    for n, mb in procs.items():
        launch(["runuser", "-u", USER, "--", SYSPY, "-c", code, n, str(mb)])
    time.sleep(4)
    term_session("top", "~", [], cols=110, rows=26, bg="#101820", fg="#e0e0e0",
                 interactive_tail="top -u %s -o RES -d 30" % USER)
    wid = find_window(name="pangoterm")
    time.sleep(6)
    place(wid, 20, 20, 1020, 470)
    time.sleep(3)
    img = capture(wid, "top_pangoterm")
    big = max(procs, key=procs.get)
    small = min(procs, key=procs.get)
    return img, [
        Q("which of my processes is using the most memory?", big, "text", "tui", "largest_by_column", True),
        Q("how many s13- processes are running", len(procs), "count", "tui", "count_condition", False),
        Q("which user is this top filtered to", USER, "text", "tui", "value_at_label", True),
        Q("Is s13-mailsync using more memory than s13-webhook?", "yes" if procs["s13-mailsync"] > procs["s13-webhook"] else "no", "yesno", "tui", "yes_no_state", False),
        Q("roughly how much resident memory does s13-backup use, in MB?", procs["s13-backup"] + 10, "approx", "tui", "chart_value", False),
    ]


def mbox_data():
    senders = [("Priya Natarajan", "priya@northwind.test"), ("Olaf Berg", "olaf@berg-consult.test"),
               ("Amara Eze", "amara@ezelabs.test"), ("Lucas Ferreira", "lucas@ferreira.test"),
               ("Hana Kobayashi", "hana@kobayashi.test"), ("Marek Novak", "marek@novak.test"),
               ("Sofia Rinaldi", "sofia@rinaldi.test")]
    subjects = ["Q1 budget review", "Invoice 2291 overdue", "Lunch on Thursday?",
                "Server maintenance window", "Re: contract draft v3", "Offsite agenda",
                "Your expense report", "New hire onboarding", "Re: logo colours"]
    msgs = []
    t = dt.datetime(2025, 3, 10, 8, 5)
    for i, s in enumerate(subjects):
        who = senders[R.randrange(len(senders))]
        t = t + dt.timedelta(hours=R.randint(2, 30), minutes=R.randint(0, 59))
        read = R.random() < 0.45
        msgs.append({"from": who, "subject": s, "date": t, "read": read,
                     "body": "Hi Rhea,\n\n%s - details below.\n\nThanks,\n%s\n" % (s, who[0].split()[0])})
    return msgs


def w_mail():
    msgs = mbox_data()
    p = os.path.join(HOME, "Mail", "inbox.mbox")
    out = ""
    for m in msgs:
        out += "From %s %s\n" % (m["from"][1], m["date"].strftime("%a %b %d %H:%M:%S %Y"))
        out += "From: %s <%s>\n" % m["from"]
        out += "To: Rhea Okafor <rhea@example.org>\n"
        out += "Subject: %s\n" % m["subject"]
        out += "Date: %s\n" % m["date"].strftime("%a, %d %b %Y %H:%M:%S +0000")
        out += "Status: %s\n\n" % ("RO" if m["read"] else "O")
        out += m["body"] + "\n"
    write(p, out)
    os.chmod(p, 0o644)
    term_session("mail", "~", [], cols=100, rows=22, bg="#0b2a3a", fg="#e6f0f5",
                 title="mail - inbox.mbox", app="cool-retro-term",
                 interactive_tail="printf '%s' " + shq(PROMPT % "~" + "mail -f ~/Mail/inbox.mbox") + "; echo; mail -f ~/Mail/inbox.mbox")
    wid = find_window(name="cool-retro-term|mail")
    place(wid, 0, 20, 1276, 640)
    time.sleep(14)
    img = capture(wid, "mailutils_coolretroterm")
    unread = sum(1 for m in msgs if not m["read"])
    inv = [m for m in msgs if m["subject"].startswith("Invoice")][0]
    third = msgs[2]
    return img, [
        Q("who sent me the invoice 2291 mail?", inv["from"][0], "person", "mail", "who_when", True),
        Q("how many messages are in this mailbox", len(msgs), "count", "mail", "count_condition", True),
        Q("how many of them haven't been read yet?", unread, "count", "mail", "count_condition", True),
        Q("what's the subject of message 3", third["subject"], "text", "mail", "nth_entry", True),
        Q("Who is the last email from?", msgs[-1]["from"][0], "person", "mail", "first_last", True),
        Q("the > marker is on which mail? give me the subject", [m for m in msgs if not m["read"]][0]["subject"], "text", "mail", "selected_row", True),
    ], msgs


def w_icdiff():
    d = os.path.join(HOME, "deploy")
    old = {"listen_port": "8080", "workers": "4", "log_level": "info", "db_host": "db1.internal",
           "db_pool_size": "10", "cache_ttl": "300", "tls": "off", "region": "eu-west"}
    new = dict(old)
    new.update({"listen_port": "8443", "workers": "6", "tls": "on", "cache_ttl": "600"})
    fmt = lambda c: "".join("%s = %s\n" % kv for kv in c.items())
    write(os.path.join(d, "app.conf.orig"), "# app config\n" + fmt(old))
    write(os.path.join(d, "app.conf"), "# app config\n" + fmt(new))
    term_session("icdiff", "~/deploy", ["icdiff --line-numbers app.conf.orig app.conf"],
                 cols=100, rows=18)
    wid = find_window(name="pangoterm")
    time.sleep(4)
    place(wid, 40, 40, 920, 330)
    time.sleep(2)
    img = capture(wid, "icdiff_pangoterm")
    changed = [k for k in old if old[k] != new[k]]
    return img, [
        Q("what port was it listening on before my change?", old["listen_port"], "number", "diff", "value_at_label", True),
        Q("how many settings did I change", len(changed), "count", "diff", "count_condition", False),
        Q("new value of workers?", new["workers"], "number", "diff", "value_at_label", True),
        Q("is tls turned on in the new config", "yes", "yesno", "diff", "yes_no_state", False),
        Q("by how much did cache_ttl go up", int(new["cache_ttl"]) - int(old["cache_ttl"]), "number", "diff", "difference_sum", False),
    ]


def w_litecli():
    import sqlite3
    db = os.path.join(HOME, "shop.db")
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    con.execute("create table orders(id integer primary key, customer text, amount real, status text, placed text)")
    custs = ["Abena Mensah", "Jonas Keller", "Mei Lin", "Carlos Vega", "Fatima Zahra", "Oskar Lund",
             "Nia Roberts", "Dev Patel"]
    statuses = ["paid", "paid", "shipped", "refunded", "pending"]
    rows = []
    for i in range(10):
        r = (1001 + i, custs[R.randrange(len(custs))], round(R.uniform(12, 480), 2),
             statuses[R.randrange(len(statuses))], (dt.date(2025, 2, 1) + dt.timedelta(days=R.randint(0, 40))).isoformat())
        rows.append(r)
    con.executemany("insert into orders values (?,?,?,?,?)", rows)
    con.commit()
    con.close()
    term_session("litecli", "~", [], cols=96, rows=26, bg="#fafafa", fg="#202020",
                 interactive_tail="printf '%s' " + shq(PROMPT % "~" + "litecli shop.db") + "; echo; litecli shop.db")
    wid = find_window(name="pangoterm")
    time.sleep(7)
    typ(wid, "select * from orders;")
    key(wid, "Return")
    time.sleep(4)
    place(wid, 40, 30, 880, 520)
    time.sleep(2)
    img = capture(wid, "litecli_pangoterm")
    big = max(rows, key=lambda r: r[2])
    nref = sum(1 for r in rows if r[3] == "refunded")
    o = rows[6]
    return img, [
        Q("who placed order %d?" % o[0], o[1], "person", "database", "cell_row_col", True),
        Q("which order id has the biggest amount", big[0], "number", "database", "largest_by_column", True),
        Q("how many orders were refunded?", nref, "count", "database", "count_condition", False),
        Q("what's the amount on the last row", "%g" % rows[-1][2], "money", "database", "first_last", True),
        Q("total of orders 1001 and 1002?", "%.2f" % (rows[0][2] + rows[1][2]), "money", "database", "difference_sum", False),
    ]


CODE_FILE = '''\
"""Small helpers for the quarterly budget report."""
from dataclasses import dataclass


@dataclass
class Entry:
    name: str
    planned: float
    actual: float


def variance(entry):
    return entry.actual - entry.planned


def over_budget(entries):
    return [e for e in entries if variance(e) > 0]


def summarize(entries):
    total_planned = sum(e.planned for e in entries)
    total_actual = sum(e.actual for e in entries)
    return {
        "planned": total_planned,
        "actual": total_actual,
        "delta": total_actual - total_planned,
    }


def format_row(entry, width=18):
    return f"{entry.name:<{width}}{entry.planned:>10.2f}{entry.actual:>10.2f}"


if __name__ == "__main__":
    rows = [Entry("Rent", 4200, 4200), Entry("Travel", 900, 1310)]
    print(summarize(rows))
'''


def w_thonny():
    d = os.path.join(HOME, "code")
    write(os.path.join(d, "budget_report.py"), CODE_FILE)
    cfg = os.path.join(HOME, ".config", "Thonny", "configuration.ini")
    write(cfg, "[general]\nlanguage = en_US\nconfiguration_creation_timestamp = 2025-03-01T10:00:00\n"
          "[view]\nshow_line_numbers = True\nui_theme = Clean Dark\nsyntax_theme = Default Dark\n"
          "editor_font_size = 9\nshellview.visible = False\n"
          "[run]\nbackend_name = SameAsFrontend\n")
    launch(["thonny", os.path.join(d, "budget_report.py")])
    wid = find_window(name="Thonny", timeout=60)
    time.sleep(8)
    wid = find_window(name="Thonny")
    place(wid, 20, 10, 1000, 760)
    time.sleep(4)
    img = capture(wid, "thonny_dark")
    lines = CODE_FILE.splitlines()
    def defline(fn):
        return 1 + next(i for i, l in enumerate(lines) if l.startswith("def %s(" % fn))
    return img, [
        Q("what line does summarize start on?", defline("summarize"), "number", "editor", "line_number", True),
        Q("which file do I have open", "budget_report.py", "text", "editor", "window_title_file", True),
        Q("line number of the over_budget function", defline("over_budget"), "number", "editor", "line_number", True),
        Q("how many functions are defined in this file (not counting the class)?", sum(1 for l in lines if l.startswith("def ")), "count", "editor", "count_condition", False),
        Q("is the editor in a dark theme?", "yes", "yesno", "editor", "yes_no_state", False),
    ]


def w_catfish():
    d = os.path.join(HOME, "Documents", "scans")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    names = ["lease_agreement.pdf", "passport_copy.jpg", "tax_return_2024.pdf", "car_insurance.pdf",
             "warranty_fridge.jpg", "birth_certificate.png", "pension_statement.pdf", "utility_bill_jan.pdf"]
    files = []
    for n in names:
        s = R.randint(40_000, 3_800_000)
        when = dt.datetime(2024, R.randint(1, 12), R.randint(1, 28), R.randint(8, 19), R.randint(0, 59))
        p = os.path.join(d, n)
        write(p, "z" * s)
        setmtime(p, when)
        files.append((n, s, when))
    env = dict(ENV)
    launch(["catfish", "--path=" + d, "--start", "_"], env=env)
    wid = find_window(name="Catfish|Search|catfish", timeout=60)
    time.sleep(8)
    place(wid, 20, 20, 1100, 560)
    time.sleep(4)
    img = capture(wid, "catfish_gtk3")

    def iec(n):  # GLib g_format_size(..., IEC_UNITS)
        for u, k in (("GiB", 1024 ** 3), ("MiB", 1024 ** 2), ("KiB", 1024)):
            if n >= k:
                return "%.1f %s" % (n / k, u)
        return "%d bytes" % n
    by = {f[0]: f for f in files}
    big = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    return img, [
        Q("how big is lease_agreement.pdf", iec(by["lease_agreement.pdf"][1]), "text", "file_manager", "value_at_label", True),
        Q("when was passport_copy.jpg modified?", by["passport_copy.jpg"][2].strftime("%m/%d/%y"), "date", "file_manager", "who_when", True),
        Q("what's the most recently modified one", newest[0], "text", "file_manager", "most_recent", True),
        Q("status bar says how many files found?", "%d files found." % len(files), "text", "file_manager", "status_bar", True),
    ]


def make_pdf(path, inv):
    code = r'''
import sys, json
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas
inv = json.loads(sys.argv[2])
c = canvas.Canvas(sys.argv[1], pagesize=A4)
c.setTitle("Invoice " + inv["no"])
W, H = A4
c.setFont("Helvetica-Bold", 22); c.drawString(50, H-70, inv["vendor"])
c.setFont("Helvetica", 11)
c.drawString(50, H-90, "14 Harbour Road, Leith, Edinburgh EH6 6LX")
c.setFont("Helvetica-Bold", 16); c.drawString(400, H-70, "INVOICE")
c.setFont("Helvetica", 11)
c.drawString(400, H-90, "Invoice no: " + inv["no"])
c.drawString(400, H-106, "Issue date: " + inv["issued"])
c.drawString(400, H-122, "Due date: " + inv["due"])
c.drawString(50, H-140, "Bill to: " + inv["client"])
y = H-190
c.setFont("Helvetica-Bold", 11)
for x, t in [(50, "Description"), (330, "Qty"), (390, "Unit price"), (480, "Amount")]:
    c.drawString(x, y, t)
c.line(50, y-5, 545, y-5)
c.setFont("Helvetica", 11)
for d, q, u in inv["lines"]:
    y -= 20
    c.drawString(50, y, d); c.drawRightString(350, y, str(q))
    c.drawRightString(450, y, "%.2f" % u); c.drawRightString(545, y, "%.2f" % (q*u))
y -= 30
c.drawRightString(450, y, "Subtotal"); c.drawRightString(545, y, "%.2f" % inv["sub"])
y -= 18
c.drawRightString(450, y, "VAT 20%"); c.drawRightString(545, y, "%.2f" % inv["vat"])
y -= 18
c.setFont("Helvetica-Bold", 12)
c.drawRightString(450, y, "Total due (GBP)"); c.drawRightString(545, y, "%.2f" % inv["total"])
c.setFont("Helvetica", 10)
c.drawString(50, 80, "Payment terms: 30 days. Bank: Firth Mutual, sort code 80-22-61, acc 40119327")
c.showPage()
c.setFont("Helvetica", 11); c.drawString(50, H-70, "Terms and conditions (page 2)")
c.showPage()
c.save()
'''
    subprocess.run([SYSPY, "-c", code, path, json.dumps(inv)], check=True)


def w_pdf():
    lines = [("Website redesign - discovery", 1, 1850.0), ("Content migration (pages)", 42, 18.5),
             ("Hosting setup", 1, 240.0), ("Training session (hours)", 3, 95.0), ("Stock photo licences", 6, 12.75)]
    R.shuffle(lines)
    sub = round(sum(q * u for _, q, u in lines), 2)
    vat = round(sub * 0.2, 2)
    inv = {"vendor": "Thistle & Pixel Ltd", "no": "TP-%04d" % R.randint(1000, 9999),
           "issued": "2025-03-14", "due": "2025-04-13", "client": "Okafor Consulting",
           "lines": lines, "sub": sub, "vat": vat, "total": round(sub + vat, 2)}
    p = os.path.join(HOME, "Downloads", "invoice_%s.pdf" % inv["no"])
    os.makedirs(os.path.dirname(p), exist_ok=True)
    make_pdf(p, inv)
    prof = os.path.join(DATA, "chromium-prof")
    shutil.rmtree(prof, ignore_errors=True)
    launch(["chromium", "--no-sandbox", "--user-data-dir=" + prof, "--no-first-run",
            "--disable-gpu", "--disable-extensions", "--test-type", "--window-size=1000,760", "--window-position=20,10",
            "--app=file://" + p])
    wid = find_window(name="invoice|Invoice", timeout=60)
    time.sleep(10)
    place(wid, 20, 25, 1000, 740)
    time.sleep(5)
    img = capture(wid, "pdf_chromium")
    hosting = [l for l in lines if l[0] == "Hosting setup"][0]
    return img, [
        Q("what's the total due on this invoice", "%.2f" % inv["total"], "money", "document", "value_at_label", True),
        Q("when is it due?", inv["due"], "date", "document", "value_at_label", True),
        Q("how many line items are billed", len(lines), "count", "document", "count_condition", False),
        Q("who is the invoice from", inv["vendor"], "text", "document", "who_when", True),
        Q("how many pages does the pdf have?", 2, "count", "document", "value_at_label", True),
        Q("VAT amount?", "%.2f" % vat, "money", "document", "value_at_label", True),
    ]


def w_chart():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    vals = [R.randint(18, 95) * 100 for _ in months]
    fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
    ax.bar(months, vals, color="#4a7fb5")
    ax.set_title("Online sales 2025 (EUR)")
    ax.set_ylabel("EUR")
    ax.grid(axis="y", alpha=.4)
    ax.set_ylim(0, 10000)
    for i in (0, 5):
        ax.text(i, vals[i] + 120, str(vals[i]), ha="center")
    p = os.path.join(HOME, "Pictures", "sales_h1_2025.png")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    fig.savefig(p)
    plt.close(fig)
    launch(["pqiv", "-i", p])
    wid = find_window(name="pqiv|sales", timeout=40)
    time.sleep(4)
    img = capture(wid, "chart_pqiv")
    best = months[vals.index(max(vals))]
    worst = months[vals.index(min(vals))]
    return img, [
        Q("which month had the highest sales", best, "text", "chart", "largest_by_column", True),
        Q("roughly what were sales in march?", vals[2], "approx", "chart", "chart_value", False),
        Q("what's the June number", vals[5], "number", "chart", "chart_value", True),
        Q("lowest month?", worst, "text", "chart", "largest_by_column", True),
        Q("what file is this image viewer showing", "sales_h1_2025.png", "text", "chart", "window_title_file", True),
    ]


def w_receipt():
    from PIL import Image, ImageDraw, ImageFont
    items = [("Oat milk 1L", 2, 1.89), ("Sourdough loaf", 1, 3.45), ("Free-range eggs x12", 1, 4.20),
             ("Basmati rice 2kg", 1, 5.99), ("Bananas", 6, 0.25), ("Dish soap", 1, 2.79), ("Cheddar 400g", 1, 4.65)]
    R.shuffle(items)
    items = items[:6]
    total = round(sum(q * p for _, q, p in items), 2)
    paid = 50.0 if total < 50 else 100.0
    change = round(paid - total, 2)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 17)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 22)
    im = Image.new("RGB", (430, 620), "#fbfaf5")
    d = ImageDraw.Draw(im)
    y = 20
    d.text((215, y), "GREENLEAF GROCERS", font=fb, fill="black", anchor="ma"); y += 34
    d.text((215, y), "22 Mill Lane, Galway", font=f, fill="black", anchor="ma"); y += 26
    d.text((20, y), "2025-03-18  17:42   Till 3", font=f, fill="black"); y += 34
    for n, q, p in items:
        d.text((20, y), ("%dx %s" % (q, n))[:28], font=f, fill="black")
        d.text((410, y), "%.2f" % (q * p), font=f, fill="black", anchor="ra"); y += 26
    y += 10
    d.line((20, y, 410, y), fill="black"); y += 12
    d.text((20, y), "TOTAL EUR", font=fb, fill="black")
    d.text((410, y), "%.2f" % total, font=fb, fill="black", anchor="ra"); y += 36
    d.text((20, y), "CASH", font=f, fill="black"); d.text((410, y), "%.2f" % paid, font=f, fill="black", anchor="ra"); y += 26
    d.text((20, y), "CHANGE", font=f, fill="black"); d.text((410, y), "%.2f" % change, font=f, fill="black", anchor="ra"); y += 40
    d.text((215, y), "Thank you - see you soon!", font=f, fill="black", anchor="ma")
    p = os.path.join(HOME, "Pictures", "receipts", "greenleaf_0318.png")
    os.makedirs(os.path.dirname(p), exist_ok=True)
    im.save(p)
    launch(["xzgv", p])
    wid = find_window(name="xzgv|greenleaf", timeout=40)
    time.sleep(4)
    place(wid, 30, 20, 900, 700)
    time.sleep(3)
    img = capture(wid, "receipt_xzgv")
    dear = max(items, key=lambda it: it[1] * it[2])
    return img, [
        Q("how much did I spend in total on this receipt", "%.2f" % total, "money", "image", "value_at_label", True),
        Q("what shop is it from?", "GREENLEAF GROCERS", "text", "image", "value_at_label", True),
        Q("how much change did I get", "%.2f" % change, "money", "image", "value_at_label", True),
        Q("most expensive line on the receipt?", dear[0], "text", "image", "largest_by_column", True),
        Q("how many different items did I buy", len(items), "count", "image", "count_condition", False),
        Q("what date was this", "2025-03-18", "date", "image", "who_when", True),
    ]


def w_homebank():
    accounts = [("Everyday Checking", 1, 1250.0), ("Holiday Savings", 2, 4000.0), ("Credit Card", 3, 0.0)]
    payees = ["Landlord", "FreshMart", "City Power", "Metro Transit", "Acme Corp", "Cinema Nova", "PharmaPlus"]
    cats = ["Rent", "Groceries", "Utilities", "Transport", "Salary", "Leisure", "Health"]
    ops = []
    d0 = dt.date(2025, 2, 1)
    ops.append((d0, 2850.0, 1, 5, 5, "February salary"))
    ops.append((d0 + dt.timedelta(days=2), -980.0, 1, 1, 1, "February rent"))
    for i in range(9):
        p = R.choice([2, 3, 4, 6, 7])
        amt = -round(R.uniform(8, 160), 2)
        acc = R.choice([1, 1, 3])
        ops.append((d0 + dt.timedelta(days=R.randint(3, 40)), amt, acc, p, p, "%s payment" % payees[p - 1]))
    ops.append((d0 + dt.timedelta(days=15), 300.0, 2, 5, 5, "Transfer bonus to savings"))
    ops.sort(key=lambda o: o[0])
    x = ['<?xml version="1.0"?>', '<homebank v="1.4" d="050602">',
         '<properties title="Rhea household" curr="1" auto_smode="1" auto_weekday="1"/>',
         '<cur key="1" flags="0" iso="EUR" name="Euro" symb="\u20ac" syprf="0" dchar="." gchar="," frac="2" rate="0" mdate="0"/>']
    for name, k, init in accounts:
        x.append('<account key="%d" pos="%d" type="%d" curr="1" name="%s" initial="%s" minimum="0" maximum="0"/>'
                 % (k, k, 1 if k != 3 else 3, name, init))
    for i, p in enumerate(payees, 1):
        x.append('<pay key="%d" name="%s"/>' % (i, p))
    for i, c in enumerate(cats, 1):
        x.append('<cat key="%d" flags="%d" name="%s"/>' % (i, 2 if c == "Salary" else 0, c))
    for d, amt, acc, p, c, memo in ops:
        x.append('<ope date="%d" amount="%s" account="%d" paymode="4" st="1" flags="0" payee="%d" category="%d" wording="%s"/>'
                 % (d.toordinal(), amt, acc, p, c, memo))
    x.append("</homebank>")
    f = os.path.join(HOME, "Finance", "household.xhb")
    write(f, "\n".join(x) + "\n")
    cfgd = os.path.join(HOME, ".config", "homebank")
    shutil.rmtree(cfgd, ignore_errors=True)
    env = dict(ENV)
    env["GTK_THEME"] = "Adwaita:dark"
    launch(["homebank", f], env=env)
    wid = find_window(name="HomeBank|household", timeout=60)
    time.sleep(8)
    # close a possible welcome / what's new dialog
    for w in sh(["xdotool", "search", "--onlyvisible", "--name", "Welcome|Hello|What"]).stdout.split():
        key(w, "Escape")
    wid = find_window(name="household")
    place(wid, 10, 25, 1260, 700)
    time.sleep(4)
    img = capture(wid, "homebank_dark")
    bal = {name: round(init + sum(o[1] for o in ops if o[2] == k), 2) for name, k, init in accounts}
    exp = [o for o in ops if o[1] < 0]
    catsum = {}
    for o in exp:
        catsum[cats[o[4] - 1]] = round(catsum.get(cats[o[4] - 1], 0) + o[1], 2)
    tot = round(sum(catsum.values()), 2)
    top = min(catsum, key=catsum.get)
    eur = lambda v: ("-" if v < 0 else "") + "{:,.2f} \u20ac".format(abs(v))
    return img, [
        Q("what's the balance on my everyday checking today?", eur(bal["Everyday Checking"]), "money", "finance", "cell_row_col", True),
        Q("what category am I spending the most on", top, "text", "finance", "largest_by_column", True),
        Q("how much did transport cost me", eur(catsum["Transport"]), "money", "finance", "value_at_label", True),
        Q("what percent of my spending goes to %s?" % top.lower(), "%.2f%%" % (catsum[top] / tot * 100), "percent", "finance", "value_at_label", True),
        Q("total spending shown at the top of the chart?", eur(tot), "money", "finance", "value_at_label", True),
        Q("how many accounts do I have in here", len(accounts), "count", "finance", "count_condition", False),
    ]


def w_audacious():
    import wave
    tracks = [("Harbour Lights", "Mara Quinn", "Low Tide", 214), ("Paper Satellites", "The Velvet Orbit", "Static Bloom", 187),
              ("Cold Brew Morning", "Mara Quinn", "Low Tide", 251), ("Northbound", "Eskil Dahl", "Fjordlines", 305),
              ("Glass Garden", "The Velvet Orbit", "Static Bloom", 162), ("Minor Hours", "Lena Park Trio", "After Nine", 276),
              ("Soft Machinery", "Eskil Dahl", "Fjordlines", 233), ("Last Ferry", "Lena Park Trio", "After Nine", 198)]
    R.shuffle(tracks)
    d = os.path.join(HOME, "Music", "inbox")
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    files = []
    for i, (t, a, al, secs) in enumerate(tracks, 1):
        w = os.path.join(DATA, "tmp.wav")
        with wave.open(w, "wb") as wf:
            wf.setnchannels(1); wf.setsampwidth(2); wf.setframerate(8000)
            wf.writeframes(b"\0\0" * 8000 * secs)
        o = os.path.join(d, "%02d.ogg" % i)
        subprocess.run(NICE + ["oggenc", "-Q", "-q", "0", "-t", t, "-a", a, "-l", al, "-N", str(i), "-o", o, w], check=True)
        files.append(o)
    cfg = os.path.join(HOME, ".config", "audacious")
    shutil.rmtree(cfg, ignore_errors=True)
    launch(["audacious", "-E"] + files)
    wid = find_window(name="Audacious", timeout=60)
    time.sleep(6)
    for w in sh(["xdotool", "search", "--onlyvisible", "--name", "^Error$"]).stdout.split():
        key(w, "Escape")   # no sound card here: dismiss the ALSA error popup
        time.sleep(1)
    wid = find_window(name="Audacious")
    place(wid, 20, 25, 1000, 600)
    time.sleep(4)
    img = capture(wid, "audacious")
    mmss = lambda s: "%d:%02d" % divmod(s, 60)
    longest = max(tracks, key=lambda t: t[3])
    total = sum(t[3] for t in tracks)
    nmara = sum(1 for t in tracks if t[1] == "Mara Quinn")
    gg = [t for t in tracks if t[0] == "Glass Garden"][0]
    return img, [
        Q("which track is highlighted in the playlist", tracks[0][0], "text", "media", "selected_row", True),
        Q("who's the artist on track 3", tracks[2][1], "person", "media", "nth_entry", True),
        Q("longest track in my playlist?", longest[0], "text", "media", "largest_by_column", True),
        Q("how long is Glass Garden", mmss(gg[3]), "time", "media", "cell_row_col", True),
        Q("how many songs by Mara Quinn are queued", nmara, "count", "media", "count_condition", False),
        Q("total length of the playlist?", "%d:%02d" % divmod(total, 60), "time", "media", "difference_sum", True),
    ]


def w_grpn():
    nums = [R.randint(100, 999) + R.randint(0, 99) / 100 for _ in range(4)]
    launch(["grpn"])
    wid = find_window(name="GRPN|grpn", timeout=30)
    time.sleep(3)
    place(wid, 100, 80, 420, 520)
    time.sleep(1)
    for n in nums:
        typ(wid, "%.2f" % n)
        key(wid, "Return")
        time.sleep(0.4)
    typ(wid, "+")       # adds the last two
    time.sleep(2)
    img = capture(wid, "grpn_gtk2")
    stack = [round(v, 2) for v in nums[:2] + [nums[2] + nums[3]]]
    g = lambda v: "%g" % round(v, 2)
    return img, [
        Q("what's in register 1 on my rpn calc", g(stack[2]), "number", "calculator", "value_at_label", True),
        Q("how many numbers are on the stack right now?", 3, "count", "calculator", "count_condition", False),
        Q("value at stack level 3?", g(stack[0]), "number", "calculator", "nth_entry", True),
        Q("if i hit + now what would I get", g(stack[1] + stack[2]), "number", "calculator", "difference_sum", False),
        Q("is the calculator in degrees or radians mode", "Radians", "text", "calculator", "value_at_label", True),
    ]


def w_qt5ct():
    cfg = os.path.join(HOME, ".config", "qt5ct", "qt5ct.conf")
    write(cfg, "[Appearance]\ncolor_scheme_path=/usr/share/qt5ct/colors/darker.conf\ncustom_palette=true\n"
          "icon_theme=\nstandard_dialogs=default\nstyle=Fusion\n\n[Fonts]\n"
          "fixed=\"DejaVu Sans Mono,10,-1,5,50,0,0,0,0,0\"\ngeneral=\"DejaVu Sans,10,-1,5,50,0,0,0,0,0\"\n\n"
          "[Interface]\nactivate_item_on_single_click=1\nbuttonbox_layout=0\ncursor_flash_time=1000\n"
          "dialog_buttons_have_icons=1\ndouble_click_interval=400\nmenus_have_icons=true\n"
          "show_shortcuts_in_context_menus=true\ntoolbutton_style=4\nunderline_shortcut=1\nwheel_scroll_lines=3\n")
    env = dict(ENV)
    env["QT_QPA_PLATFORMTHEME"] = "qt5ct"
    launch(["qt5ct"], env=env)
    wid = find_window(name="Qt5 Configuration Tool|qt5ct", timeout=40)
    time.sleep(4)
    place(wid, 40, 30, 700, 620)
    time.sleep(3)
    img = capture(wid, "qt5ct_settings")
    return img, [
        Q("which widget style is selected", "Fusion", "text", "settings", "combo_state", True),
        Q("is the custom palette option picked or default?", "Custom", "text", "settings", "radio_state", True),
        Q("what color scheme is set", "darker", "text", "settings", "combo_state", True),
        Q("which tab am I on", "Appearance", "text", "settings", "value_at_label", True),
        Q("what do I click to save and close this", "OK", "text", "settings", "which_button", True),
    ]


GTK4_APP = r"""
import gi, sys, json
gi.require_version('Gtk', '4.0')
from gi.repository import Gtk
cfg = json.loads(sys.argv[1])
def on_act(app):
    Gtk.Settings.get_default().set_property('gtk-application-prefer-dark-theme', True)
    w = Gtk.ApplicationWindow(application=app, title='Backup Preferences')
    w.set_default_size(560, 520)
    box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8)
    for m in ('margin_top', 'margin_bottom', 'margin_start', 'margin_end'):
        box.set_property(m, 14)
    h = Gtk.Label(); h.set_markup('<b>What to back up</b>'); h.set_xalign(0); box.append(h)
    for name, on in cfg['checks']:
        c = Gtk.CheckButton(label=name); c.set_active(on); box.append(c)
    h = Gtk.Label(); h.set_markup('<b>How often</b>'); h.set_xalign(0); box.append(h)
    row = Gtk.Box(spacing=12); first = None
    for name in cfg['radios']:
        r = Gtk.CheckButton(label=name)
        if first: r.set_group(first)
        else: first = r
        r.set_active(name == cfg['radio']); row.append(r)
    box.append(row)
    g = Gtk.Grid(column_spacing=12, row_spacing=8)
    g.attach(Gtk.Label(label='Compression', xalign=0), 0, 0, 1, 1)
    dd = Gtk.DropDown.new_from_strings(cfg['combo_items']); dd.set_selected(cfg['combo_items'].index(cfg['combo']))
    g.attach(dd, 1, 0, 1, 1)
    g.attach(Gtk.Label(label='Keep backups for (days)', xalign=0), 0, 1, 1, 1)
    sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 90, 1)
    sc.set_value(cfg['slider']); sc.set_draw_value(True); sc.set_hexpand(True); sc.set_digits(0)
    g.attach(sc, 1, 1, 1, 1)
    box.append(g)
    bb = Gtk.Box(spacing=8, halign=Gtk.Align.END)
    bb.append(Gtk.Button(label='Cancel')); bb.append(Gtk.Button(label='Back Up Now'))
    s = Gtk.Button(label='Save'); s.add_css_class('suggested-action'); bb.append(s)
    box.append(bb)
    box.append(Gtk.Separator())
    st = Gtk.Label(label=cfg['status'], xalign=0); box.append(st)
    w.set_child(box); w.present()
app = Gtk.Application(application_id='org.s13.backupprefs')
app.connect('activate', on_act); app.run([])
"""


def w_gtk4():
    checks = [("Documents", True), ("Pictures", True), ("Music", False), ("Email archive", True),
              ("Browser profile", False), ("Encrypt backups", R.random() < 0.5)]
    radios = ["Hourly", "Daily", "Weekly", "Monthly"]
    cfg = {"checks": checks, "radios": radios, "radio": R.choice(radios[1:]),
           "combo_items": ["None", "gzip", "zstd", "xz"], "combo": R.choice(["gzip", "zstd", "xz"]),
           "slider": R.randint(14, 60),
           "status": "Last backup: 2025-03-17 02:00 \u2014 4,112 files, 2.3 GB"}
    p = os.path.join(DATA, "gtk4prefs.py")
    write(p, GTK4_APP)
    env = dict(ENV)
    env["GSK_RENDERER"] = "cairo"
    env.pop("GTK_THEME", None)
    launch([SYSPY, p, json.dumps(cfg)], env=env)
    wid = find_window(name="Backup Preferences", timeout=40)
    time.sleep(4)
    place(wid, 60, 40, 560, 520)
    time.sleep(3)
    img = capture(wid, "gtk4_backup_prefs_dark")
    nchk = sum(1 for _, on in checks if on)
    return img, [
        Q("how many of the backup checkboxes are ticked?", nchk, "count", "settings", "count_condition", False),
        Q("how often will it back up", cfg["radio"], "text", "settings", "radio_state", True),
        Q("what compression did i pick", cfg["combo"], "text", "settings", "combo_state", True),
        Q("How many days are backups kept for?", cfg["slider"], "number", "settings", "value_at_label", True),
        Q("is encryption turned on?", "yes" if checks[-1][1] else "no", "yesno", "settings", "checkbox_state", False),
        Q("which button saves my changes", "Save", "text", "settings", "which_button", True),
        Q("what does the status line at the bottom say", cfg["status"], "text", "settings", "status_bar", True),
    ]


QT6_APP = r"""
import sys, json
from PyQt6.QtWidgets import (QApplication, QMainWindow, QTableWidget, QTableWidgetItem, QStatusBar)
from PyQt6.QtCore import Qt
d = json.loads(sys.argv[1])
app = QApplication(sys.argv[:1])
app.setStyle('Fusion')
w = QMainWindow(); w.setWindowTitle(d['title'])
t = QTableWidget(len(d['rows']), len(d['cols'])); t.setHorizontalHeaderLabels(d['cols'])
for r, row in enumerate(d['rows']):
    for c, v in enumerate(row):
        it = QTableWidgetItem(str(v))
        if isinstance(v, (int, float)): it.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        t.setItem(r, c, it)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.selectRow(d['sel'])
w.setCentralWidget(t)
sb = QStatusBar(); sb.showMessage(d['status']); w.setStatusBar(sb)
w.resize(760, 460); w.show(); t.setFocus()
app.exec()
"""


def w_qt6table():
    items = ["USB-C cable 1m", "HDMI adapter", "Wireless mouse", "Laptop stand", "27in monitor", "Webcam HD",
             "Desk lamp", "Keyboard (ISO)", "Headset", "Power strip"]
    locs = ["A1", "A2", "B1", "B3", "C2"]
    rows = []
    for i, n in enumerate(items):
        rows.append(["SKU-%03d" % (110 + i * 7), n, R.randint(0, 60), "%.2f" % R.uniform(4, 320), R.choice(locs)])
    low = sum(1 for r in rows if r[2] < 5)
    sel = R.randrange(len(rows))
    d = {"title": "Stockroom \u2014 inventory.csv", "cols": ["SKU", "Item", "Qty", "Unit price", "Location"],
         "rows": rows, "sel": sel, "status": "%d items \u00b7 %d below reorder level (qty < 5)" % (len(rows), low)}
    p = os.path.join(DATA, "qt6table.py")
    write(p, QT6_APP)
    launch([SYSPY, p, json.dumps(d)])
    wid = find_window(name="Stockroom", timeout=40)
    time.sleep(3)
    place(wid, 40, 40, 760, 460)
    time.sleep(2)
    img = capture(wid, "qt6_inventory_table")
    most = max(rows, key=lambda r: r[2])
    r4 = rows[4]
    inb1 = sum(1 for r in rows if r[4] == "B1")
    return img, [
        Q("which row is selected? just the item name", rows[sel][1], "text", "table", "selected_row", True),
        Q("what item has the highest qty", most[1], "text", "table", "largest_by_column", True),
        Q("Where is the %s stored?" % r4[1], r4[4], "text", "table", "cell_row_col", True),
        Q("how many items are in location B1", inb1, "count", "table", "count_condition", False),
        Q("what's in the status bar", d["status"], "text", "table", "status_bar", True),
        Q("name of the open file?", "inventory.csv", "text", "table", "window_title_file", True),
    ]


QT5_MSG = r"""
import sys
from PyQt5.QtWidgets import QApplication, QMessageBox
app = QApplication(sys.argv[:1])
m = QMessageBox(QMessageBox.Critical, 'Export failed', sys.argv[1])
m.setInformativeText(sys.argv[2])
m.setStandardButtons(QMessageBox.Retry | QMessageBox.Ignore | QMessageBox.Cancel)
m.setDefaultButton(QMessageBox.Retry)
m.show(); app.exec_()
"""


def w_qt5msg():
    done = R.randint(20, 90)
    total = done + R.randint(10, 60)
    p = os.path.join(DATA, "qt5msg.py")
    write(p, QT5_MSG)
    main = "Could not write 'photos_2024_%03d.jpg' to /media/rhea/BACKUP." % (done + 1)
    info = "Error 28: No space left on device. %d of %d files were exported." % (done, total)
    launch([SYSPY, p, main, info])
    wid = find_window(name="Export failed", timeout=40)
    time.sleep(3)
    img = capture(wid, "qt5_error_dialog")
    return img, [
        Q("what went wrong?", "No space left on device", "error", "dialog", "error_message", True),
        Q("how many files still didn't get exported", total - done, "count", "dialog", "difference_sum", False),
        Q("which button do I press to try again", "Retry", "text", "dialog", "which_button", True),
        Q("what's the error code", 28, "number", "dialog", "error_message", True),
        Q("title of this popup?", "Export failed", "text", "dialog", "window_title_file", True),
    ]


def w_xdu():
    d = os.path.join(HOME, "media")
    shutil.rmtree(d, ignore_errors=True)
    sizes = {}
    for sub in ["photos", "videos", "podcasts", "ebooks", "scans"]:
        tot = 0
        for j in range(R.randint(2, 4)):
            s = R.randint(200, 9000) * 1024
            write(os.path.join(d, sub, "item%d.dat" % j), "m" * s)
            tot += s
        sizes[sub] = tot
    du = sh("du -k --apparent-size " + d).stdout
    dk = {}
    for l in du.splitlines():
        k, p = l.split("\t")
        dk[os.path.basename(p)] = int(k)
    p = os.path.join(DATA, "media.du")
    write(p, du.replace(HOME + "/", ""))
    launch(["sh", "-c", "xdu -n < " + p])
    wid = find_window(name="xdu", timeout=30)
    time.sleep(3)
    place(wid, 40, 40, 700, 560)
    time.sleep(2)
    img = capture(wid, "xdu_athena")
    subs = {k: v for k, v in dk.items() if k in sizes}
    big = max(subs, key=subs.get)
    small = min(subs, key=subs.get)
    return img, [
        Q("which folder under media is biggest?", big, "text", "file_manager", "largest_by_column", True),
        Q("and the smallest one", small, "text", "file_manager", "largest_by_column", True),
        Q("how big is the videos folder (KB)", subs["videos"], "number", "file_manager", "value_at_label", True),
        Q("how many subfolders does media have", len(subs), "count", "file_manager", "count_condition", False),
        Q("total size of media in KB?", dk["media"], "number", "file_manager", "value_at_label", True),
    ]


# ----------------------------------------------------------------------------
WINDOWS = []  # filled at the bottom: (name, function)


def run_window(name, fn):
    R.seed("%d-%s" % (SEED, name))   # per-window deterministic stream
    try:
        res = fn()
    finally:
        kill_all()
        time.sleep(1)
    img, qs = res[0], res[1]
    for q in qs:
        q["image"] = img
    write(os.path.join(QCACHE, name + ".json"), json.dumps(qs, indent=1))
    return qs


def write_manifest():
    out = []
    for name, _ in WINDOWS:
        p = os.path.join(QCACHE, name + ".json")
        if os.path.exists(p):
            out.extend(json.load(open(p)))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for i, q in enumerate(out, 1):
            rec = {"id": "s13-%04d" % i, "image": q["image"], "question": q["question"],
                   "answer": q["answer"], "answer_type": q["answer_type"], "category": q["category"],
                   "intent": q["intent"], "literal": q["literal"]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("manifest: %d questions" % len(out))


def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(HOME, exist_ok=True)
    os.makedirs(QCACHE, exist_ok=True)
    only = None
    if "--only" in sys.argv:
        only = sys.argv[sys.argv.index("--only") + 1].split(",")
    for name, fn in WINDOWS:
        if only and name not in only:
            continue
        t0 = time.time()
        try:
            qs = run_window(name, fn)
            print("%-10s %d questions (%.0fs)" % (name, len(qs), time.time() - t0), flush=True)
        except Exception as e:  # keep going; report
            print("%-10s FAILED: %r" % (name, e), flush=True)
    write_manifest()


WINDOWS = [("lsdu", w_ls_du), ("git", w_git), ("traceback", w_traceback), ("pytest", w_pytest),
           ("top", w_top), ("mail", w_mail), ("icdiff", w_icdiff), ("litecli", w_litecli),
           ("thonny", w_thonny), ("catfish", w_catfish), ("pdf", w_pdf), ("chart", w_chart),
           ("homebank", w_homebank), ("audacious", w_audacious),
           ("grpn", w_grpn), ("qt5ct", w_qt5ct), ("gtk4", w_gtk4), ("qt6table", w_qt6table),
           ("qt5msg", w_qt5msg), ("xdu", w_xdu)]

if __name__ == "__main__":
    main()
