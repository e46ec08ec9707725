#!/usr/bin/python3
"""screens_test16: fresh held-out screenshots of real Debian applications.

Run as root on a Debian 12 box with Xvfb :68 + openbox running:
    /usr/bin/python3 build.py            # all windows
    /usr/bin/python3 build.py w01 w05    # only some windows (manifest is merged)
Every gold below is computed from the data this script creates / the command
output it captures -- never typed in after looking at a screenshot.
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

SEED = 4471
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
HOME = "/home/maya"
DISPLAY = ":68"
PY = "/usr/bin/python3"
ENV = dict(os.environ, DISPLAY=DISPLAY, LC_ALL="C.UTF-8", LANG="C.UTF-8",
           HOME="/root", TZ="UTC", NO_AT_BRIDGE="1")
ENV.pop("PYENV_VERSION", None)
ENV["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
try:
    ENV["DBUS_SESSION_BUS_ADDRESS"] = open("/tmp/s16_dbus.txt").read().split()[0]
except Exception:
    pass

os.makedirs(IMG, exist_ok=True)


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, env=kw.pop("env", ENV), capture_output=True,
                          text=True, **kw)


def setmtime(path, when):
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


def write_bytes(path, n, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(bytes(rng.getrandbits(8) for _ in range(min(n, 4096))) * (n // 4096 + 1))
        f.truncate(n)


# ---------------------------------------------------------------- X helpers
PROCS = []


def launch(cmd, env=None, cwd=None):
    p = subprocess.Popen(["nice", "-n", "19", "bash", "-c", cmd], env=env or ENV, cwd=cwd,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    PROCS.append(p)
    return p


def kill_all():
    for p in PROCS:
        try:
            os.killpg(p.pid, 9)
        except Exception:
            pass
    PROCS.clear()
    time.sleep(0.5)


def find_window(name, timeout=60):
    t0 = time.time()
    while time.time() - t0 < timeout:
        r = sh(f"xdotool search --onlyvisible --name '{name}'")
        ids = [x for x in r.stdout.split() if x.strip()]
        if ids:
            return ids[-1]
        time.sleep(0.5)
    raise RuntimeError(f"window {name!r} not found")


def capture(wid, out, wait=2.0):
    sh(f"xdotool windowactivate {wid}")
    time.sleep(wait)
    info = sh(f"xwininfo -id {wid}").stdout
    g = {}
    for line in info.splitlines():
        line = line.strip()
        for key in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            if line.startswith(key + ":"):
                g[key] = int(line.split(":")[1])
    ext = sh(f"xprop -id {wid} _NET_FRAME_EXTENTS").stdout
    l = r = t = b = 0
    if "=" in ext:
        l, r, t, b = [int(x) for x in ext.split("=")[1].split(",")]
    x = max(0, g["Absolute upper-left X"] - l)
    y = max(0, g["Absolute upper-left Y"] - t)
    w = min(1280 - x, g["Width"] + l + r)
    h = min(800 - y, g["Height"] + t + b)
    path = os.path.join(IMG, out)
    sh(f"import -window root -crop {w}x{h}+{x}+{y} +repage {path}")
    return "images/" + out


# ------------------------------------------------------------- terminal
def term_script(name, lines, prompt="maya@devbox:~$ "):
    """lines: list of (shown_command, real_command or None)."""
    body = ["#!/bin/bash", "clear"]
    for shown, real in lines:
        body.append(f"printf '%s%s\\n' {shlex.quote(prompt)} {shlex.quote(shown)}")
        body.append(real if real is not None else shown)
    body.append(f"printf '%s' {shlex.quote(prompt)}")
    body.append("sleep 100000")
    path = f"/tmp/s16_{name}.sh"
    open(path, "w").write("\n".join(body) + "\n")
    os.chmod(path, 0o755)
    return path


def xgterm(name, title, script, cols=100, rows=40, fg="gray90", bg="#1d1f21", cwd=HOME,
           font="9x15"):
    launch(f"xgterm -title '{title}' -n '{title}' -fn {font} -geometry {cols}x{rows}+20+20 "
           f"-fg '{fg}' -bg '{bg}' -cr '{fg}' -e {script}", cwd=cwd)
    wid = find_window(title)
    return wid


# ---------------------------------------------------------------- records
RECS = []


def Q(img, question, answer, atype, category, intent, literal):
    RECS.append(dict(image=img, question=question, answer=str(answer), answer_type=atype,
                     category=category, intent=intent, literal=bool(literal)))


WINDOWS = {}


def window(key):
    def deco(fn):
        WINDOWS[key] = fn
        return fn
    return deco


# ====================================================================== W01
def _reports_files():
    rng = rng_for("w01")
    d = f"{HOME}/reports"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    names = ["budget_2025.ods", "q3_summary.pdf", "invoices_oct.csv", "invoices_nov.csv",
             "vendor_list.csv", "meeting_notes.txt", "roadmap.md", "logo_draft.png",
             "payroll_export.csv", "tax_forms.zip", "contracts_signed.pdf"]
    dirs = ["archive", "drafts", "scans"]
    base = dt.datetime(2025, 3, 1, 8, 0)
    files = {}
    used = set()
    for n in names:
        size = rng.randint(900, 480000)
        while size in used:
            size += 1
        used.add(size)
        when = base + dt.timedelta(days=rng.randint(0, 240), minutes=rng.randint(0, 600))
        write_bytes(f"{d}/{n}", size, rng)
        setmtime(f"{d}/{n}", when)
        files[n] = (size, when)
    for i, n in enumerate(dirs):
        os.makedirs(f"{d}/{n}")
        open(f"{d}/{n}/.keep", "w").close()
        setmtime(f"{d}/{n}", dt.datetime(2025, 1, 10 + i, 9, 30))
    return files


@window("w01")
def w01_ls():
    files = _reports_files()
    dirs = ["archive", "drafts", "scans"]
    s = term_script("w01", [("cd ~/reports", "cd /home/maya/reports"),
                            ("ls -l --time-style=long-iso", "ls -l --time-style=long-iso"),
                            ("du -sh --apparent-size .", "du -sh --apparent-size .")],
                    prompt="maya@devbox:~/reports$ ")
    wid = xgterm("w01", "maya@devbox: ~/reports", s, cols=92, rows=26)
    img = capture(wid, "w01_xgterm_ls.png")
    biggest = max(files, key=lambda n: files[n][0])
    newest = max(files, key=lambda n: files[n][1])
    oldest = min(files, key=lambda n: files[n][1])
    ncsv = sum(n.endswith(".csv") for n in files)
    cat = "terminal"
    Q(img, f"how big is payroll_export.csv in bytes?", files["payroll_export.csv"][0],
      "number", cat, "value_at_label", True)
    Q(img, "Which of these files did I change most recently?", newest, "text", cat,
      "most_recent", True)
    Q(img, "how many csv files are in my reports folder", ncsv, "count", cat,
      "count_condition", False)
    Q(img, "When was roadmap.md last modified?", files["roadmap.md"][1].strftime("%Y-%m-%d %H:%M"),
      "date", cat, "who_when", True)
    Q(img, "what's the largest file here?", biggest, "text", cat, "largest", True)


# ====================================================================== W02
AUTHORS = [("Priya Raman", "priya@northwind.dev"), ("Tomasz Wolak", "tomasz@northwind.dev"),
           ("Grace Okafor", "grace@northwind.dev"), ("Leo Martens", "leo@northwind.dev")]


def make_git_repo():
    rng = rng_for("git")
    d = f"{HOME}/proj/invoicer"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    genv = dict(ENV, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    def g(cmd, **extra):
        r = subprocess.run(f"git {cmd}", shell=True, cwd=d, env=dict(genv, **extra),
                           capture_output=True, text=True)
        if r.returncode:
            raise RuntimeError(r.stderr)
        return r.stdout
    g("init -q -b main")
    msgs = ["Initial project skeleton", "Add invoice model and CSV export",
            "Parse vendor addresses", "Fix rounding in VAT totals",
            "Add PDF rendering via weasyprint", "Bump version to 0.4.0",
            "Handle empty line items", "Add currency field to settings",
            "Speed up totals cache"]
    when = dt.datetime(2025, 6, 2, 9, 15)
    log = []
    for i, m in enumerate(msgs):
        a = AUTHORS[rng.randrange(len(AUTHORS))] if i else AUTHORS[0]
        when += dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 7),
                             minutes=rng.randint(0, 59))
        fn = ["invoice.py", "export.py", "vendors.py", "totals.py", "render.py",
              "setup.cfg", "invoice.py", "settings.toml", "totals.py"][i]
        with open(f"{d}/{fn}", "a") as f:
            f.write(f"# {m}\nVALUE_{i} = {rng.randint(1, 999)}\n")
        g(f"add {fn}")
        stamp = when.strftime("%Y-%m-%dT%H:%M:%S+0000")
        g(f"commit -q -m {json.dumps(m)}", GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1],
          GIT_COMMITTER_NAME=a[0], GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=stamp,
          GIT_COMMITTER_DATE=stamp)
        log.append((m, a[0], when, fn))
    g("checkout -q -b feature/tax-rounding")
    return d, g, log, rng


@window("w02")
def w02_git():
    d, g, log, rng = make_git_repo()
    with open(f"{d}/totals.py", "a") as f:
        f.write("ROUND_MODE = 'half-even'\n")
    with open(f"{d}/settings.toml", "a") as f:
        f.write("currency = 'EUR'\n")
    open(f"{d}/notes_tax.txt", "w").write("check rounding against ledger\n")
    fmt = "%h  %<(13,trunc)%an %ad  %s"
    s = term_script("w02", [("cd ~/proj/invoicer", f"cd {d}"),
                            (f"git log --date=short --format='{fmt}'",
                             f"git -c color.ui=never log --date=short --format='{fmt}'"),
                            ("git status", "git -c color.ui=never status")],
                    prompt="maya@devbox:~/proj/invoicer$ ")
    wid = xgterm("w02", "invoicer - git", s, cols=96, rows=34, fg="black", bg="#fdf6e3")
    img = capture(wid, "w02_xgterm_git.png")
    cat = "terminal"
    fix = [x for x in log if x[0] == "Fix rounding in VAT totals"][0]
    newest = log[-1]
    counts = {}
    for x in log:
        counts[x[1]] = counts.get(x[1], 0) + 1
    top_author = sorted(counts, key=lambda a: -counts[a])[1]
    Q(img, "who made the 'Fix rounding in VAT totals' commit?", fix[1], "person", cat,
      "who_when", True)
    Q(img, "What date was my latest commit?", newest[2].strftime("%Y-%m-%d"), "date", cat,
      "most_recent", True)
    Q(img, f"how many of these commits are by {top_author}?", counts.get(top_author, 0),
      "count", cat, "count_condition", False)
    Q(img, "which branch am i on", "feature/tax-rounding", "text", cat, "value_at_label", True)
    Q(img, "How many files have I modified but not staged?", 2, "count", cat,
      "count_condition", False)


# ====================================================================== W03
@window("w03")
def w03_traceback():
    d = f"{HOME}/proj/ledgerbot"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    csv_rows = ["date,account,amount", "2025-07-01,rent,1450.00", "2025-07-03,power,88.15",
                "2025-07-09,internet,N/A", "2025-07-12,insurance,210.40"]
    open(f"{d}/july.csv", "w").write("\n".join(csv_rows) + "\n")
    src = '''import csv
import sys


def load_rows(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def parse_amount(row):
    return float(row["amount"])


def monthly_total(rows):
    total = 0.0
    for row in rows:
        total += parse_amount(row)
    return round(total, 2)


def main(argv):
    rows = load_rows(argv[1])
    print(f"{len(rows)} rows loaded from {argv[1]}")
    print("total:", monthly_total(rows))


if __name__ == "__main__":
    main(sys.argv)
'''
    open(f"{d}/report.py", "w").write(src)
    lines = src.splitlines()
    fail_line = [i + 1 for i, l in enumerate(lines) if 'return float(row["amount"])' in l][0]
    s = term_script("w03", [("cd ~/proj/ledgerbot", f"cd {d}"),
                            ("python3 report.py july.csv", f"{PY} report.py july.csv; rc=$?"),
                            ('echo "exit status: $?"', 'echo "exit status: $rc"')],
                    prompt="maya@devbox:~/proj/ledgerbot$ ")
    wid = xgterm("w03", "ledgerbot", s, cols=90, rows=22, fg="#e0e0e0", bg="#2b2b2b")
    img = capture(wid, "w03_xgterm_traceback.png")
    r = subprocess.run([PY, "report.py", "july.csv"], cwd=d, capture_output=True, text=True)
    err = r.stderr.strip().splitlines()[-1]
    cat = "terminal"
    Q(img, "what error did my script crash with?", err, "error", cat, "error_message", True)
    Q(img, "Which line of report.py blew up?", fail_line, "number", cat, "value_at_label", True)
    Q(img, "what exit status did it return", r.returncode, "number", cat, "error_message", True)
    Q(img, "In which function was the exception actually raised?", "parse_amount", "code", cat,
      "value_at_label", True)
    Q(img, "did the script print a total?", "no", "yesno", cat, "yesno_state", False)



# ====================================================================== W04
PSNAMES = [("ingest-worker", 64), ("thumbnailer", 150), ("report-cache", 33),
           ("mail-sync", 18), ("indexer", 240), ("backup-agent", 96)]


@window("w04")
def w04_ps():
    code = ("import ctypes,sys,time;ctypes.CDLL(None).prctl(15,sys.argv[1].encode(),0,0,0);"
            "b=bytearray(b'\\x01')*(int(sys.argv[2])<<20);time.sleep(99999)")
    for n, mb in PSNAMES:
        launch(f"exec {PY} -c {shlex.quote(code)} {n} {mb}")
    time.sleep(4)
    names = ",".join(n for n, _ in PSNAMES)
    cmd = f"ps -o comm,rss,vsz,stat,nlwp -C {names} --sort=-rss"
    s = term_script("w04", [(cmd, cmd + " | tee /tmp/s16_ps.txt"),
                            ("ps -C indexer -o comm=,rss= | awk '{print $2/1024 \" MiB\"}'",
                             "ps -C indexer -o comm=,rss= | awk '{print $2/1024 \" MiB\"}'")])
    wid = xgterm("w04", "maya@devbox: ~", s, cols=84, rows=16, fg="#c5e1a5", bg="#102010")
    img = capture(wid, "w04_xgterm_ps.png")
    rows = [l.split() for l in open("/tmp/s16_ps.txt").read().splitlines()[1:]]
    rss = {r[0]: int(r[1]) for r in rows}
    order = sorted(rss, key=lambda n: -rss[n])
    cat = "system_monitor"
    Q(img, "which of my processes is hogging the most memory?", order[0], "text", cat,
      "largest", True)
    Q(img, "how much RSS does mail-sync have (KB)?", rss["mail-sync"], "number", cat,
      "cell_row_col", True)
    Q(img, "How many processes are in that list?", len(rows), "count", cat,
      "count_condition", False)
    Q(img, "roughly how many MB is thumbnailer using?",
      round(rss["thumbnailer"] / 1024), "approx", cat, "cell_row_col", False)
    Q(img, "is backup-agent sleeping right now?", "yes" if
      [r for r in rows if r[0] == "backup-agent"][0][3].startswith("S") else "no",
      "yesno", cat, "yesno_state", False)


# ====================================================================== W05
MAIL_FROM = [("Hannah Lindqvist", "hannah@lindqvist.se"), ("Omar Haddad", "omar@haddad-co.com"),
             ("Billing Team", "billing@cloudpail.io"), ("Rosa Delgado", "rosa.d@example.org"),
             ("Kenji Mori", "kenji@mori.jp")]
MAIL_SUBJ = ["Lunch on Friday?", "Draft contract v2", "Invoice INV-2291 is due",
             "Re: Draft contract v2", "Photos from the trip", "Your storage plan renews soon",
             "Quarterly numbers", "Re: Lunch on Friday?", "Server maintenance window"]


@window("w05")
def w05_nmh():
    rng = rng_for("w05")
    mh = f"{HOME}/Mail"
    shutil.rmtree(mh, ignore_errors=True)
    prof = f"{HOME}/.mh_profile"
    open(prof, "w").write(f"Path: {mh}\nmoreproc: cat\nshow: -nocheckmime\nWelcome: disable\n")
    os.makedirs(f"{mh}/inbox")
    env = dict(ENV, MH=prof, HOME=HOME)
    when = dt.datetime(2025, 9, 1, 8, 12)
    mbox = []
    msgs = []
    for i, subj in enumerate(MAIL_SUBJ):
        who = MAIL_FROM[rng.choice([0, 1, 3, 4])]
        if "Invoice" in subj or "storage" in subj:
            who = MAIL_FROM[2]
        when += dt.timedelta(days=rng.randint(0, 3), hours=rng.randint(1, 9),
                             minutes=rng.randint(0, 59))
        body = f"Hi Maya,\n\nsee below.\n\n-- {who[0].split()[0]}\n"
        if subj.startswith("Invoice"):
            body = ("Hello,\n\nInvoice INV-2291 for your team plan is now due.\n\n"
                    "Amount due: EUR 1,240.00\nDue date: 30 September 2025\n\n"
                    "Pay online from the billing page.\n\n-- CloudPail Billing\n")
        date = when.strftime("%a, %d %b %Y %H:%M:%S +0000")
        mbox.append(f"From {who[1]} {when.strftime('%a %b %d %H:%M:%S %Y')}\n"
                    f"From: {who[0]} <{who[1]}>\nTo: Maya Brandt <maya@devbox.lan>\n"
                    f"Subject: {subj}\nDate: {date}\nMessage-ID: <s16.{i}@mail>\n\n{body}\n")
        msgs.append((i + 1, who[0], when, subj))
    open("/tmp/s16_mbox", "w").write("".join(mbox))
    r = sh("/usr/bin/mh/inc -file /tmp/s16_mbox -notruncate -silent +inbox", env=env)
    inv = [m for m in msgs if m[3].startswith("Invoice")][0]
    lines = [("scan +inbox", f"export MH={prof}; /usr/bin/mh/scan +inbox -width 96"),
             (f"show {inv[0]}", f"/usr/bin/mh/show {inv[0]} 2>&1 | grep -v '^$' | head -20")]
    s = term_script("w05", lines, prompt="maya@devbox:~$ ")
    wid = xgterm("w05", "mail - nmh", s, cols=96, rows=30, fg="#ffffff", bg="#23283a")
    img = capture(wid, "w05_xgterm_nmh.png")
    cat = "mail"
    pick = msgs[4]
    counts = {}
    for m in msgs:
        counts[m[1]] = counts.get(m[1], 0) + 1
    multi = sorted(counts, key=lambda a: (-counts[a], a))[0]
    Q(img, f"who sent me the '{pick[3]}' email?", pick[1], "person", cat, "who_when", True)
    Q(img, f"how many mails do I have from {multi}?", counts[multi], "count", cat,
      "count_condition", False)
    Q(img, "what's the amount due on that invoice?", "EUR 1,240.00", "money", cat,
      "value_at_label", True)
    Q(img, "When is the invoice due?", "30 September 2025", "date", cat, "value_at_label", True)
    Q(img, "what's the subject of the newest message in the inbox", msgs[-1][3], "text", cat,
      "first_last", True)
    Q(img, "what date did the 'Draft contract v2' mail arrive (as shown in the list)?",
      [m for m in msgs if m[3] == "Draft contract v2"][0][2].strftime("%m/%d"), "date", cat,
      "who_when", True)


# ====================================================================== W06
@window("w06")
def w06_gdu():
    rng = rng_for("w06")
    d = f"{HOME}/media"
    shutil.rmtree(d, ignore_errors=True)
    folders = {"videos": (5, 40, 120), "podcasts": (9, 8, 30), "photos_2024": (14, 2, 9),
               "music": (11, 4, 12), "scans": (6, 1, 4), "backups": (3, 60, 150),
               "ebooks": (7, 1, 3)}
    totals = {}
    for f, (n, lo, hi) in folders.items():
        os.makedirs(f"{d}/{f}")
        tot = 0
        for i in range(n):
            size = rng.randint(lo, hi) * 1024 * 1024 + rng.randint(0, 1023) * 1024
            p = f"{d}/{f}/{f}_{i:02d}.bin"
            with open(p, "wb") as fh:
                fh.truncate(size)
            tot += size
        totals[f] = (tot, n)
    s = f"/tmp/s16_w06.sh"
    open(s, "w").write(f"#!/bin/bash\ncd {d}\nprintf 'maya@devbox:~/media$ gdu -n -a -c -p ~/media\\n'\nexport LC_ALL=C\ngdu -n -a -c -p {d}\nprintf 'maya@devbox:~/media$ '\nsleep 99999\n")
    os.chmod(s, 0o755)
    wid = xgterm("w06", "gdu ~/media", s, cols=90, rows=22, fg="#f0f0f0", bg="#000000")
    time.sleep(2)
    img = capture(wid, "w06_xgterm_gdu.png")
    order = sorted(totals, key=lambda f: -totals[f][0])
    cat = "terminal"
    Q(img, "which folder in media is taking the most space?", order[0], "text", cat,
      "largest", True)
    Q(img, "how many folders are directly inside media?", len(folders), "count", cat,
      "count_condition", False)
    Q(img, "about how many MiB is the podcasts folder?",
      round(totals["podcasts"][0] / 2**20), "approx", cat, "cell_row_col", False)
    Q(img, "what directory did I run gdu on?", d, "text", cat, "window_title", True)
    Q(img, "is videos bigger than backups?", "yes" if totals["videos"][0] > totals["backups"][0]
      else "no", "yesno", cat, "yesno_state", False)


# ====================================================================== W07
@window("w07")
def w07_csvlook():
    rng = rng_for("w07")
    d = f"{HOME}/finance"
    os.makedirs(d, exist_ok=True)
    vendors = [("Alpine Rail", "Travel"), ("Cafe Mirabel", "Meals"), ("Staples", "Office"),
               ("Hotel Lindenhof", "Travel"), ("Figma", "Software"), ("Uber", "Travel"),
               ("Green Leaf Deli", "Meals"), ("JetBrains", "Software"), ("IKEA", "Office"),
               ("Lufthansa", "Travel"), ("Dropbox", "Software")]
    payers = ["Maya", "Jonas", "Elif"]
    rows = []
    day = dt.date(2025, 10, 1)
    for v, c in vendors:
        day += dt.timedelta(days=rng.randint(1, 3))
        amt = rng.randint(800, 64000) / 100
        rows.append([day.isoformat(), c, v, f"{amt:.2f}", rng.choice(payers)])
    open(f"{d}/expenses_oct.csv", "w").write(
        "date,category,vendor,amount,paid_by\n" + "\n".join(",".join(r) for r in rows) + "\n")
    s = term_script("w07", [("cd ~/finance", f"cd {d}"),
                            ("csvlook -I expenses_oct.csv", "csvlook -I expenses_oct.csv")],
                    prompt="maya@devbox:~/finance$ ")
    wid = xgterm("w07", "expenses - csvlook", s, cols=80, rows=20, fg="black", bg="white",
                 font="10x20")
    img = capture(wid, "w07_xgterm_csvlook.png")
    cat = "table"
    amt = {r[2]: float(r[3]) for r in rows}
    travel = [r for r in rows if r[1] == "Travel"]
    big = max(rows, key=lambda r: float(r[3]))
    small = min(rows, key=lambda r: float(r[3]))
    Q(img, "how much did I pay at Hotel Lindenhof", rows[3][3], "money", cat, "cell_row_col",
      True)
    Q(img, "Which vendor was my biggest expense this month?", big[2], "text", cat, "largest",
      True)
    Q(img, "how many travel expenses are there?", len(travel), "count", cat, "count_condition",
      False)
    Q(img, "what's the total of the Travel rows?", f"{sum(float(r[3]) for r in travel):.2f}",
      "money", cat, "sum_diff", False)
    Q(img, "who paid for the Figma one?", [r for r in rows if r[2] == "Figma"][0][4], "person",
      cat, "cell_row_col", True)
    Q(img, "date of the last expense in the file?", rows[-1][0], "date", cat, "first_last", True)


# ====================================================================== W08
@window("w08")
def w08_gitdiff():
    d, g, log, rng = make_git_repo()
    old = ("[server]\nhost = 0.0.0.0\nport = 8080\nworkers = 4\ndebug = true\n\n"
           "[billing]\ncurrency = EUR\nvat_rate = 0.19\nround = half-up\nlegacy_mode = yes\n")
    open(f"{d}/app.ini", "w").write(old)
    g("add app.ini")
    g("commit -q -m 'Add app config'", GIT_AUTHOR_NAME="Maya Brandt",
      GIT_AUTHOR_EMAIL="maya@devbox.lan", GIT_COMMITTER_NAME="Maya Brandt",
      GIT_COMMITTER_EMAIL="maya@devbox.lan", GIT_AUTHOR_DATE="2025-07-03T10:00:00+0000",
      GIT_COMMITTER_DATE="2025-07-03T10:00:00+0000")
    new = old.replace("port = 8080", "port = 8443").replace("debug = true", "debug = false")
    new = new.replace("legacy_mode = yes\n", "").replace("round = half-up",
                                                         "round = half-even")
    new += "timeout_s = 30\n"
    open(f"{d}/app.ini", "w").write(new)
    with open(f"{d}/totals.py", "a") as f:
        f.write("ROUND_MODE = 'half-even'\n")
    s = term_script("w08", [("git diff --stat", "git -c color.ui=never diff --stat"),
                            ("git diff app.ini", "git -c color.ui=never diff app.ini")],
                    prompt="maya@devbox:~/proj/invoicer$ ")
    wid = xgterm("w08", "git diff - invoicer", s, cols=80, rows=34, fg="#dcdccc",
                 bg="#3f3f3f", cwd=d)
    img = capture(wid, "w08_xgterm_gitdiff.png")
    stat = subprocess.run("git diff --shortstat", shell=True, cwd=d, capture_output=True,
                          text=True, env=dict(ENV, GIT_CONFIG_GLOBAL="/dev/null")).stdout
    ins = int(stat.split("changed, ")[1].split(" insertion")[0])
    cat = "diff"
    Q(img, "what was the port before my change?", "8080", "number", cat, "value_at_label", True)
    Q(img, "and what is it now?", "8443", "number", cat, "value_at_label", True)
    Q(img, "Which setting did I delete completely?", "legacy_mode", "code", cat,
      "value_at_label", True)
    Q(img, "How many insertions does git report?", ins, "number", cat, "sum_diff", True)
    Q(img, "is debug still turned on after the edit?", "no", "yesno", cat, "yesno_state", False)


# ====================================================================== GUI helpers
def gui_py(name, code):
    path = f"/tmp/s16_{name}.py"
    open(path, "w").write(code)
    return path


# ====================================================================== W09 sxiv chart
@window("w09")
def w09_chart():
    from PIL import Image, ImageDraw, ImageFont
    rng = rng_for("w09")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [rng.randint(18, 95) * 100 for _ in months]
    unlabeled = 5  # Jun has no printed label
    W, H = 860, 560
    im = Image.new("RGB", (W, H), "white")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 16)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 22)
    dr.text((W // 2, 24), "Online shop revenue 2025 (EUR)", font=fb, fill="black", anchor="mm")
    x0, y0, x1, y1 = 80, 60, W - 30, H - 60
    top = 10000
    for t in range(0, top + 1, 2000):
        y = y1 - (y1 - y0) * t / top
        dr.line((x0, y, x1, y), fill="#dddddd")
        dr.text((x0 - 8, y), f"{t:,}", font=f, fill="#444444", anchor="rm")
    bw = (x1 - x0) / len(months)
    for i, (m, v) in enumerate(zip(months, vals)):
        bx = x0 + i * bw + bw * 0.18
        by = y1 - (y1 - y0) * v / top
        dr.rectangle((bx, by, bx + bw * 0.64, y1), fill="#3b7dd8" if i != 6 else "#e07b39")
        dr.text((bx + bw * 0.32, y1 + 16), m, font=f, fill="black", anchor="mm")
        if i != unlabeled:
            dr.text((bx + bw * 0.32, by - 12), f"{v:,}", font=f, fill="black", anchor="mm")
    dr.line((x0, y1, x1, y1), fill="black", width=2)
    os.makedirs(f"{HOME}/Pictures", exist_ok=True)
    p = f"{HOME}/Pictures/revenue_2025.png"
    im.save(p)
    launch(f"sxiv -b -g 900x640+30+30 {p}")
    wid = find_window("sxiv")
    img = capture(wid, "w09_sxiv_chart.png", wait=3)
    cat = "image_viewer"
    best = months[vals.index(max(vals))]
    worst = months[vals.index(min(vals))]
    Q(img, "what was revenue in March?", f"{vals[2]:,}", "number", cat, "value_at_label", True)
    Q(img, "which month had the highest revenue", best, "text", cat, "largest", False)
    Q(img, "Roughly what's the June bar at? it has no label", vals[unlabeled], "approx", cat,
      "chart_read", False)
    Q(img, "whats the title of this chart", "Online shop revenue 2025 (EUR)", "text", cat,
      "window_title", True)
    Q(img, "how much more did August make than July?", f"{vals[7] - vals[6]:,}", "number", cat,
      "sum_diff", False)


# ====================================================================== W10 gliv receipt
@window("w10")
def w10_receipt():
    from PIL import Image, ImageDraw, ImageFont
    rng = rng_for("w10")
    items = [("Oat milk 1L", 2, 1.89), ("Sourdough loaf", 1, 4.20), ("Free-range eggs x10", 1, 3.79),
             ("Basmati rice 2kg", 1, 5.49), ("Cherry tomatoes", 2, 2.35), ("Dark chocolate", 3, 1.65),
             ("Dish soap", 1, 2.99)]
    items = [(n, q, p + rng.randint(0, 30) / 100) for n, q, p in items]
    sub = round(sum(q * p for _, q, p in items), 2)
    vat = round(sub * 0.07, 2)
    total = round(sub, 2)
    W, H = 420, 640
    im = Image.new("RGB", (W, H), "#fbfaf5")
    dr = ImageDraw.Draw(im)
    f = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 15)
    fb = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf", 20)
    y = 20
    dr.text((W // 2, y), "GREENFIELD MARKET", font=fb, fill="black", anchor="mt"); y += 30
    dr.text((W // 2, y), "Hauptstr. 12, 10827 Berlin", font=f, fill="black", anchor="mt"); y += 22
    dr.text((W // 2, y), "14.09.2025  18:42   Till 3", font=f, fill="black", anchor="mt"); y += 34
    for n, q, p in items:
        dr.text((20, y), f"{q} x {n}", font=f, fill="black")
        dr.text((W - 20, y), f"{q * p:.2f}", font=f, fill="black", anchor="ra"); y += 24
    y += 8; dr.line((20, y, W - 20, y), fill="black"); y += 12
    dr.text((20, y), "TOTAL EUR", font=fb, fill="black")
    dr.text((W - 20, y), f"{total:.2f}", font=fb, fill="black", anchor="ra"); y += 34
    dr.text((20, y), "incl. VAT 7%", font=f, fill="black")
    dr.text((W - 20, y), f"{vat:.2f}", font=f, fill="black", anchor="ra"); y += 26
    dr.text((20, y), "Paid by card (Visa ****4417)", font=f, fill="black"); y += 40
    dr.text((W // 2, y), "Thank you for shopping!", font=f, fill="black", anchor="mt")
    p = f"{HOME}/Pictures/receipt_greenfield.png"
    im.save(p)
    launch(f"gliv {p}")
    wid = find_window("gliv|receipt")
    img = capture(wid, "w10_gliv_receipt.png", wait=4)
    cat = "image_viewer"
    Q(img, "what did I pay in total on this receipt?", f"{total:.2f}", "money", cat,
      "value_at_label", True)
    Q(img, "how much VAT was included?", f"{vat:.2f}", "money", cat, "value_at_label", True)
    Q(img, "How many different line items are on it?", len(items), "count", cat,
      "count_condition", False)
    Q(img, "what did the chocolate cost altogether?", f"{3 * items[5][2]:.2f}", "money", cat,
      "cell_row_col", True)
    Q(img, "when was this purchase?", "14.09.2025", "date", cat, "who_when", True)


# ====================================================================== W11 GTK3 settings (dark)
GTK_SETTINGS = r'''
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
w = Gtk.Window(title="Sync Preferences - Northwind Drive")
w.set_default_size(560, 520)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=14)
w.add(box)
lab = Gtk.Label(); lab.set_markup("<b>General</b>"); lab.set_xalign(0); box.pack_start(lab, False, False, 0)
for text, on in [("Start Northwind Drive on login", True), ("Sync over metered connections", False),
                 ("Show desktop notifications", True), ("Keep deleted files for 30 days", True),
                 ("Upload photos automatically", False)]:
    c = Gtk.CheckButton(label=text); c.set_active(on); box.pack_start(c, False, False, 0)
lab = Gtk.Label(); lab.set_markup("<b>When a file was changed in both places</b>"); lab.set_xalign(0)
box.pack_start(lab, False, False, 4)
r1 = Gtk.RadioButton.new_with_label(None, "Ask me every time")
r2 = Gtk.RadioButton.new_with_label_from_widget(r1, "Keep both copies")
r3 = Gtk.RadioButton.new_with_label_from_widget(r1, "Overwrite with newest")
for r in (r1, r2, r3): box.pack_start(r, False, False, 0)
r2.set_active(True)
row = Gtk.Box(spacing=8); row.pack_start(Gtk.Label(label="Upload speed limit:"), False, False, 0)
combo = Gtk.ComboBoxText()
for t in ["Unlimited", "5 MB/s", "2 MB/s", "512 KB/s"]: combo.append_text(t)
combo.set_active(2); row.pack_start(combo, False, False, 0); box.pack_start(row, False, False, 4)
row = Gtk.Box(spacing=8); row.pack_start(Gtk.Label(label="Max. CPU usage (%):"), False, False, 0)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 100, 5); sc.set_value(65)
sc.set_digits(0); sc.set_hexpand(True); row.pack_start(sc, True, True, 0); box.pack_start(row, False, False, 0)
bb = Gtk.Box(spacing=8)
for t in ["Reset to Defaults", "Cancel", "Apply"]:
    bb.pack_end(Gtk.Button(label=t), False, False, 0) if t != "Reset to Defaults" else bb.pack_start(Gtk.Button(label=t), False, False, 0)
box.pack_start(bb, False, False, 8)
st = Gtk.Statusbar(); st.push(0, "Last synced 14:05 - 1,204 files up to date"); box.pack_end(st, False, False, 0)
w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
'''


@window("w11")
def w11_gtk_settings():
    p = gui_py("w11", GTK_SETTINGS)
    launch(f"{PY} {p}", env=dict(ENV, GTK_THEME="Adwaita:dark"))
    wid = find_window("Sync Preferences")
    img = capture(wid, "w11_gtk3_settings.png", wait=3)
    cat = "settings"
    Q(img, "which conflict option is selected?", "Keep both copies", "text", cat,
      "widget_state", True)
    Q(img, "how many of the checkboxes are ticked", 3, "count", cat, "count_condition", False)
    Q(img, "What's the upload speed limit set to?", "2 MB/s", "text", cat, "widget_state", True)
    Q(img, "what's the CPU usage slider at", 65, "percent", cat, "widget_state", True)
    Q(img, "what does the status bar say?", "Last synced 14:05 - 1,204 files up to date", "text",
      cat, "status_bar", True)
    Q(img, "which button do I press to save these settings?", "Apply", "text", cat,
      "which_button", True)
    Q(img, "is this dark mode?", "yes", "yesno", cat, "yesno_state", False)


# ====================================================================== W12 Tk table
PARTS = [("BR-1042", "Brake pad set", 14, "38.90", "A-02"), ("FL-2210", "Oil filter", 6, "9.45", "B-11"),
         ("SP-3301", "Spark plug (4x)", 22, "24.10", "A-07"), ("WB-0907", "Wiper blades", 3, "17.80", "C-01"),
         ("BT-5520", "Battery 70Ah", 2, "119.00", "D-04"), ("AF-1188", "Air filter", 9, "15.25", "B-03"),
         ("TB-7001", "Timing belt kit", 4, "86.50", "A-12"), ("CL-0303", "Coolant 5L", 17, "21.99", "C-09"),
         ("HB-4410", "Headlight bulb H7", 31, "7.60", "C-02"), ("SH-8120", "Shock absorber", 5, "64.30", "D-10")]
TK_TABLE = r'''
import tkinter as tk, tkinter.ttk as ttk, json, sys
rows = json.loads(sys.argv[1])
root = tk.Tk(); root.title("Parts Inventory - Workshop East"); root.geometry("700x420+40+40")
ttk.Style().theme_use("clam")
tv = ttk.Treeview(root, columns=("sku", "item", "qty", "price", "loc"), show="headings", height=12)
for c, t, w in [("sku", "SKU", 90), ("item", "Item", 200), ("qty", "Qty", 60), ("price", "Unit price", 100), ("loc", "Location", 90)]:
    tv.heading(c, text=t); tv.column(c, width=w, anchor="w" if c in ("sku", "item", "loc") else "e")
ids = [tv.insert("", "end", values=r) for r in rows]
tv.selection_set(ids[int(sys.argv[2])]); tv.focus(ids[int(sys.argv[2])])
tv.pack(fill="both", expand=True, padx=8, pady=8)
tk.Label(root, text=sys.argv[3], anchor="w", relief="sunken").pack(fill="x", side="bottom")
root.mainloop()
'''


@window("w12")
def w12_tk_table():
    sel = 5
    low = [r for r in PARTS if r[2] < 5]
    status = f"{len(PARTS)} parts - {len(low)} below reorder level (5)"
    p = gui_py("w12", TK_TABLE)
    launch(f"{PY} {p} {shlex.quote(json.dumps(PARTS))} {sel} {shlex.quote(status)}")
    wid = find_window("Parts Inventory")
    img = capture(wid, "w12_tk_table.png", wait=2)
    cat = "table"
    dear = max(PARTS, key=lambda r: float(r[3]))
    most = max(PARTS, key=lambda r: r[2])
    Q(img, "which part is selected?", PARTS[sel][1], "text", cat, "selected_row", True)
    Q(img, "how many oil filters do we have in stock", 6, "number", cat, "cell_row_col", True)
    Q(img, "What is the most expensive part per unit?", dear[1], "text", cat, "largest", True)
    Q(img, "where is the timing belt kit stored?", "A-12", "code", cat, "cell_row_col", True)
    Q(img, "how many parts have fewer than 5 in stock?", len(low), "count", cat,
      "count_condition", False)


# ====================================================================== W13 GTK progress + error dialog
GTK_DIALOGS = r'''
import gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
w = Gtk.Window(title="Backing up - Northwind Backup")
w.set_default_size(480, 160); w.move(40, 40)
b = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=10, margin=16); w.add(b)
l = Gtk.Label(label="Copying photos_2024 (37 of 120 files)"); l.set_xalign(0); b.pack_start(l, False, False, 0)
pb = Gtk.ProgressBar(); pb.set_fraction(37/120); pb.set_show_text(True); pb.set_text("31%"); b.pack_start(pb, False, False, 0)
l2 = Gtk.Label(label="About 4 minutes remaining"); l2.set_xalign(0); b.pack_start(l2, False, False, 0)
bb = Gtk.Box(spacing=8); bb.pack_end(Gtk.Button(label="Cancel"), False, False, 0); bb.pack_end(Gtk.Button(label="Pause"), False, False, 0)
b.pack_start(bb, False, False, 0)
w.show_all()
d = Gtk.MessageDialog(transient_for=None, message_type=Gtk.MessageType.ERROR, buttons=Gtk.ButtonsType.NONE,
                      text="Could not back up 3 files")
d.set_title("Backup error")
d.format_secondary_text("Permission denied while reading /home/maya/reports/tax_forms.zip (errno 13). The other files were copied.")
d.add_button("Show Log", 1); d.add_button("Skip", 2); d.add_button("Retry", 3)
d.move(300, 300); d.show_all()
Gtk.main()
'''


@window("w13")
def w13_gtk_dialogs():
    p = gui_py("w13", GTK_DIALOGS)
    launch(f"{PY} {p}", env=dict(ENV, GTK_THEME="Adwaita"))
    wid = find_window("Backing up")
    time.sleep(2)
    img = capture(wid, "w13_gtk3_progress.png", wait=1)
    wid2 = find_window("Backup error")
    img2 = capture(wid2, "w13_gtk3_error.png", wait=1)
    cat = "dialog"
    Q(img, "how far along is my backup?", "31%", "percent", cat, "value_at_label", True)
    Q(img, "how many files are left to copy?", 120 - 37, "number", cat, "sum_diff", False)
    Q(img, "which folder is it copying right now", "photos_2024", "text", cat, "value_at_label",
      True)
    Q(img, "what do I click if I want to stop for a moment but continue later?", "Pause", "text",
      cat, "which_button", True)
    Q(img2, "what's the error here?", "Could not back up 3 files", "error", cat, "error_message",
      True)
    Q(img2, "which file couldn't be read?", "/home/maya/reports/tax_forms.zip", "text", cat,
      "value_at_label", True)
    Q(img2, "what errno does it mention", 13, "number", cat, "error_message", True)
    Q(img2, "which button should I press to try again?", "Retry", "text", cat, "which_button",
      True)


# ====================================================================== W14 puddletag
TRACKS = [("Harbour Lights", 3 * 60 + 41), ("Salt and Iron", 4 * 60 + 12), ("Night Ferry", 2 * 60 + 58),
          ("Lantern Song", 5 * 60 + 3), ("Low Tide", 3 * 60 + 19), ("Gulls over Brest", 4 * 60 + 47),
          ("Paper Boats", 2 * 60 + 35), ("The Long Crossing", 6 * 60 + 10)]


@window("w14")
def w14_puddletag():
    import wave
    d = f"{HOME}/music/Marin Coast - North Sea Radio"
    shutil.rmtree(f"{HOME}/music", ignore_errors=True)
    os.makedirs(d)
    info = []
    for i, (t, secs) in enumerate(TRACKS, 1):
        artist = "Marin Coast" if i not in (3, 6) else "Marin Coast feat. Ilse Berg"
        fn = f"{d}/{i:02d} - {t}.flac"
        wv = f"/tmp/s16_{i}.wav"
        with wave.open(wv, "wb") as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
            w.writeframes(b"\0\0" * 8000 * secs)
        sh(f"flac -s -f -o {shlex.quote(fn)} -T ARTIST={shlex.quote(artist)} "
           f"-T TITLE={shlex.quote(t)} -T ALBUM='North Sea Radio' -T TRACKNUMBER={i} "
           f"-T DATE=2023 -T GENRE=Folk {wv}")
        os.remove(wv)
        info.append((i, t, artist, secs))
    launch(f"puddletag {shlex.quote(d)}", env=dict(ENV, HOME=HOME, USER="maya"))
    wid = find_window("puddletag")
    time.sleep(4)
    img = capture(wid, "w14_puddletag.png", wait=2)
    cat = "media_library"
    longest = max(info, key=lambda x: x[3])
    feat = [x for x in info if "feat." in x[2]]
    Q(img, "which track is the longest?", longest[1], "text", cat, "largest", False)
    tot = sum(x[3] for x in info)
    Q(img, "what's the total play time of everything loaded?", f"{tot // 60}:{tot % 60:02d}",
      "time", cat, "sum_diff", True)
    Q(img, "how long is Low Tide?", f"{info[4][3] // 60:02d}:{info[4][3] % 60:02d}", "time",
      cat, "cell_row_col", True)
    Q(img, "which song is currently selected", info[0][1], "text", cat, "selected_row", True)
    Q(img, "what track number is Lantern Song?", 4, "number", cat, "cell_row_col", True)
    Q(img, "last track on the album?", info[-1][1], "text", cat, "first_last", True)


# ====================================================================== W15 texworks
TAX_SRC = '''"""Small helpers for invoice totals."""
from decimal import Decimal, ROUND_HALF_EVEN

DEFAULT_VAT = Decimal("0.19")
REDUCED_VAT = Decimal("0.07")
CENT = Decimal("0.01")


def to_money(value):
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_EVEN)


def line_total(qty, unit_price):
    return to_money(Decimal(qty) * Decimal(unit_price))


def apply_discount(amount, percent):
    if not 0 <= percent <= 100:
        raise ValueError("discount must be between 0 and 100")
    return to_money(amount * (Decimal(100) - Decimal(percent)) / 100)


def vat_for(amount, reduced=False):
    rate = REDUCED_VAT if reduced else DEFAULT_VAT
    return to_money(amount * rate)


def invoice_total(lines, discount=0):
    net = sum((line_total(q, p) for q, p in lines), Decimal(0))
    net = apply_discount(net, discount)
    return net + vat_for(net)
'''


@window("w15")
def w15_texworks():
    d = f"{HOME}/proj/invoicer"
    if not os.path.isdir(d):
        make_git_repo()
    p = f"{d}/tax_utils.py"
    open(p, "w").write(TAX_SRC)
    conf = f"{HOME}/.config/TUG"
    os.makedirs(conf, exist_ok=True)
    open(f"{conf}/TeXworks.conf", "w").write("[General]\nlineNumbers=true\nwrapLines=false\n"
                                             "defaultEngine=pdfLaTeX\n")
    launch(f"texworks {p}", env=dict(ENV, HOME=HOME))
    wid = find_window("tax_utils.py - TeXworks")
    sh(f"xdotool windowsize {wid} 760 720")
    img = capture(wid, "w15_texworks_code.png", wait=3)
    lines = TAX_SRC.splitlines()
    def line_of(s):
        return [i + 1 for i, l in enumerate(lines) if l.startswith(s)][0]
    defs = [l for l in lines if l.startswith("def ")]
    cat = "editor"
    Q(img, "what line does apply_discount start on?", line_of("def apply_discount"), "number",
      cat, "line_of_function", True)
    Q(img, "which file do I have open", "tax_utils.py", "text", cat, "window_title", True)
    Q(img, "whats DEFAULT_VAT set to", '0.19', "number", cat, "value_at_label", True)
    Q(img, "How many functions are defined in this file?", len(defs), "count", cat,
      "count_condition", False)
    # TeXworks counts the empty line after the final newline ("Line 1 of N")
    Q(img, "how many lines does the file have according to the status bar?",
      TAX_SRC.count("\n") + 1,
      "number", cat, "status_bar", True)
    Q(img, "what's the last function in the file", "invoice_total", "code", cat, "first_last",
      True)


# ====================================================================== W16 chromium coverage
MATHKIT = {
    "mathkit/__init__.py": "",
    "mathkit/stats.py": "def mean(xs):\n    return sum(xs) / len(xs)\n\n\ndef median(xs):\n    s = sorted(xs)\n    n = len(s)\n    if n % 2:\n        return s[n // 2]\n    return (s[n // 2 - 1] + s[n // 2]) / 2\n\n\ndef mode(xs):\n    best = None\n    for x in set(xs):\n        if best is None or xs.count(x) > xs.count(best):\n            best = x\n    return best\n",
    "mathkit/money.py": "def cents(x):\n    return int(round(x * 100))\n\n\ndef fmt(x, cur='EUR'):\n    if x < 0:\n        return '-' + fmt(-x, cur)\n    return f'{x:,.2f} {cur}'\n\n\ndef split(total, n):\n    base = cents(total) // n\n    rest = cents(total) - base * n\n    parts = [base] * n\n    for i in range(rest):\n        parts[i] += 1\n    return [p / 100 for p in parts]\n",
    "mathkit/dates.py": "import datetime as dt\n\n\ndef quarter(d):\n    return (d.month - 1) // 3 + 1\n\n\ndef month_end(d):\n    nxt = d.replace(day=28) + dt.timedelta(days=4)\n    return nxt - dt.timedelta(days=nxt.day)\n\n\ndef workdays(a, b):\n    n = 0\n    while a < b:\n        if a.weekday() < 5:\n            n += 1\n        a += dt.timedelta(days=1)\n    return n\n\n\ndef is_leap(y):\n    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)\n",
    "mathkit/units.py": "KM_PER_MILE = 1.609344\n\n\ndef km(miles):\n    return miles * KM_PER_MILE\n\n\ndef miles(km_):\n    return km_ / KM_PER_MILE\n\n\ndef c_to_f(c):\n    return c * 9 / 5 + 32\n\n\ndef f_to_c(f):\n    return (f - 32) * 5 / 9\n",
    "tests/test_all.py": "import datetime as dt\nimport unittest\nfrom mathkit import stats, money, dates, units\n\n\nclass T(unittest.TestCase):\n    def test_mean(self):\n        self.assertEqual(stats.mean([1, 2, 3]), 2)\n\n    def test_median_odd(self):\n        self.assertEqual(stats.median([3, 1, 2]), 2)\n\n    def test_fmt(self):\n        self.assertEqual(money.fmt(1234.5), '1,234.50 EUR')\n\n    def test_quarter(self):\n        self.assertEqual(dates.quarter(dt.date(2025, 8, 1)), 3)\n\n    def test_leap(self):\n        self.assertTrue(dates.is_leap(2024))\n\n    def test_units(self):\n        self.assertAlmostEqual(units.km(1), 1.609344)\n        self.assertEqual(units.c_to_f(100), 212)\n        self.assertEqual(units.f_to_c(212), 100)\n        self.assertAlmostEqual(units.miles(1.609344), 1)\n",
}


@window("w16")
def w16_coverage():
    d = f"{HOME}/proj/mathkit"
    shutil.rmtree(d, ignore_errors=True)
    for rel, src in MATHKIT.items():
        os.makedirs(os.path.dirname(f"{d}/{rel}"), exist_ok=True)
        open(f"{d}/{rel}", "w").write(src)
    open(f"{d}/tests/__init__.py", "w").write("")
    e = dict(ENV, HOME=HOME)
    r = sh(f"cd {d} && {PY} -m coverage run --source=mathkit -m unittest discover -s tests -t . "
           f"&& {PY} -m coverage html --title 'mathkit coverage' && {PY} -m coverage json",
           env=e)
    cov = json.load(open(f"{d}/coverage.json"))
    files = {os.path.basename(k): v["summary"] for k, v in cov["files"].items()}
    tot = cov["totals"]
    prof = "/tmp/s16_chrome"
    shutil.rmtree(prof, ignore_errors=True)
    launch(f"chromium --no-sandbox --user-data-dir={prof} --no-first-run --disable-gpu "
           f"--force-device-scale-factor=1 --window-size=1000,600 --window-position=20,20 "
           f"--password-store=basic --test-type --disable-features=Translate "
           f"--app=file://{d}/htmlcov/index.html", env=dict(ENV, HOME=HOME))
    wid = find_window("mathkit coverage")
    time.sleep(4)
    img = capture(wid, "w16_chromium_coverage.png", wait=2)
    cat = "web_app"
    real = {k: v for k, v in files.items() if k != "__init__.py"}
    low = min(real, key=lambda k: real[k]["percent_covered"])
    Q(img, "what's the total coverage?", f"{tot['percent_covered_display']}%", "percent", cat,
      "value_at_label", True)
    Q(img, "which module has the worst coverage", f"mathkit/{low}", "text", cat, "smallest", True)
    Q(img, "how many statements are missing in money.py?", files["money.py"]["missing_lines"],
      "number", cat, "cell_row_col", True)
    Q(img, "coverage of dates.py?", f"{files['dates.py']['percent_covered_display']}%", "percent",
      cat, "cell_row_col", True)
    Q(img, "how many files are at 100%?", sum(1 for v in files.values()
                                              if v["percent_covered"] == 100), "count", cat,
      "count_condition", False)


# ====================================================================== W17 tuxcmd
@window("w17")
def w17_tuxcmd():
    w01_files = _reports_files()
    rng = rng_for("w17")
    d = f"{HOME}/photos_trip"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    photos = {}
    for i, n in enumerate(["IMG_2041.jpg", "IMG_2042.jpg", "IMG_2057.jpg", "IMG_2063.jpg",
                           "IMG_2070.jpg", "harbour_pano.jpg", "ferry_clip.mp4"]):
        size = rng.randint(1_200_000, 4_800_000) if not n.endswith("mp4") else 9_301_554
        write_bytes(f"{d}/{n}", size, rng)
        when = dt.datetime(2024, 8, 3 + i // 2, 10 + i, 5 * i)
        setmtime(f"{d}/{n}", when)
        photos[n] = (size, when)
    launch(f"tuxcmd --left={HOME}/reports --right={d}", env=dict(ENV, HOME=HOME, USER="maya"))
    wid = find_window("Tux Commander")
    sh(f"xdotool windowmove {wid} 0 0 windowsize {wid} 1270 740")
    img = capture(wid, "w17_tuxcmd.png", wait=3)
    files = w01_files
    cat = "file_manager"
    jpgs = [n for n in photos if n.endswith(".jpg")]
    bigjpg = max(jpgs, key=lambda n: photos[n][0])
    Q(img, "how big is q3_summary.pdf?", files["q3_summary.pdf"][0], "number", cat,
      "cell_row_col", True)
    Q(img, "How many files are in my reports folder (not counting subfolders)?", len(files),
      "count", cat, "count_condition", True)
    Q(img, "what date is on contracts_signed?", files["contracts_signed.pdf"][1].strftime(
      "%m/%d/%y"), "date", cat, "who_when", True)
    Q(img, "which folder is open in the right panel?", d + "/", "text", cat, "window_title", True)
    Q(img, "which of the jpg photos is the largest?", bigjpg.rsplit(".", 1)[0], "text", cat,
      "largest", True)
    Q(img, "how many of the items in the trip folder are videos?",
      sum(n.endswith(".mp4") for n in photos), "count", cat, "count_condition", False)


# ====================================================================== W18 gnome-genius
GENIUS_EXPRS = ["1450 + 88 + 210", "2948 * 12", "(480000 - 125500) / 4", "gcd(84, 126)",
                "2^16 - 1"]


@window("w18")
def w18_genius():
    vals = [1450 + 88 + 210, 2948 * 12, (480000 - 125500) // 4, 42, 2 ** 16 - 1]
    launch("gnome-genius", env=dict(ENV, HOME=HOME, USER="maya"))
    wid = find_window("Genius")
    time.sleep(3)
    sh(f"xdotool windowactivate --sync {wid}")
    for e in GENIUS_EXPRS:
        sh(f"xdotool type --delay 60 {shlex.quote(e)}")
        sh("xdotool key Return")
        time.sleep(0.8)
    img = capture(wid, "w18_genius_calc.png", wait=2)
    cat = "calculator"
    Q(img, "what did I get for 2948*12?", vals[1], "number", cat, "value_at_label", True)
    Q(img, "result of my last calculation?", vals[-1], "number", cat, "first_last", True)
    Q(img, "how many calculations have I done in this console", len(GENIUS_EXPRS), "count", cat,
      "count_condition", False)
    Q(img, "which of my inputs gave 42?", GENIUS_EXPRS[3], "code", cat, "value_at_label", True)
    Q(img, "first result + second result = ?", vals[0] + vals[1], "number", cat, "sum_diff",
      False)


# ====================================================================== W19 ytree
@window("w19")
def w19_ytree():
    rng = rng_for("w19")
    d = f"{HOME}/invoices_2024"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    allf = {}
    for q in ["Q1", "Q2", "Q3", "Q4"]:
        os.makedirs(f"{d}/{q}")
        for k in range(rng.randint(2, 4)):
            n = f"{d}/{q}/inv_{q.lower()}_{k + 1:02d}.pdf"
            sz = rng.randint(20_000, 150_000)
            write_bytes(n, sz, rng)
            allf[n] = sz
    top = {"summary_2024.ods": 18_744, "clients.csv": 6_230, "README.txt": 912}
    for n, sz in top.items():
        write_bytes(f"{d}/{n}", sz, rng)
        allf[f"{d}/{n}"] = sz
    s = "/tmp/s16_w19.sh"
    open(s, "w").write(f"#!/bin/bash\ncd {d}\nexport TERM=xterm LC_ALL=C\nexec ytree {d}\n")
    os.chmod(s, 0o755)
    wid = xgterm("w19", "ytree invoices", s, cols=100, rows=32, fg="white", bg="#202050")
    time.sleep(2)
    sh(f"xdotool windowactivate --sync {wid}")
    sh("xdotool key Return")
    img = capture(wid, "w19_xgterm_ytree.png", wait=2)
    tot = sum(allf.values())
    first = sorted(top, key=str.lower)[0]  # ytree sorts names case-insensitively
    cat = "tui"
    Q(img, "how many files are in this tree in total?", len(allf), "count", cat,
      "count_condition", True)
    toplevel = sum(top.values())
    Q(img, "how many bytes do the files directly in invoices_2024 add up to?",
      f"{toplevel:,}".replace(",", "."), "number", cat, "value_at_label", True)
    Q(img, "how many quarter subfolders are there", 4, "count", cat, "count_condition", False)
    Q(img, "which file is highlighted", first, "text", cat, "selected_row", True)
    Q(img, "and how big is that highlighted file?", f"{top[first]:,}".replace(",", "."),
      "number", cat, "value_at_label", True)


# ====================================================================== W20 foliate (EPUB)
BOOK_TITLE = "The Lighthouse Ledger"
BOOK_AUTHOR = "Imogen Vale"
CHAPTERS = [
    ("Chapter 1: The Keeper's Accounts",
     ["Every lighthouse keeper on the Skerry coast kept two books: one for the weather and one "
      "for the money. Agnes Rooke kept a third, which she called the ledger of small mercies.",
      "In the winter of 1893 the oil allowance was cut to 412 gallons, and the supply boat "
      "came only every 19 days. Agnes wrote both numbers on the first page and underlined them "
      "twice.",
      "Her assistant, a quiet boy named Tobias Marr, arrived on the 3rd of November with a "
      "trunk, a fiddle and a letter from the Board."]),
    ("Chapter 2: Nineteen Days", ["The boat was late."]),
    ("Chapter 3: Salt in the Ink", ["Salt got into everything."]),
    ("Chapter 4: The Board's Reply", ["The reply came in March."]),
]


def make_epub(path):
    import zipfile
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip",
                   compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/container.xml",
                   '<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:'
                   'opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/'
                   'content.opf" media-type="application/oebps-package+xml"/></rootfiles>'
                   '</container>')
        items, spine, nav = [], [], []
        for i, (t, paras) in enumerate(CHAPTERS, 1):
            body = "".join(f"<p>{p}</p>" for p in paras)
            z.writestr(f"OEBPS/ch{i}.xhtml",
                       '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/'
                       f'1999/xhtml"><head><title>{t}</title></head><body><h1>{t}</h1>{body}'
                       '</body></html>')
            items.append(f'<item id="ch{i}" href="ch{i}.xhtml" '
                         'media-type="application/xhtml+xml"/>')
            spine.append(f'<itemref idref="ch{i}"/>')
            nav.append(f'<li><a href="ch{i}.xhtml">{t}</a></li>')
        z.writestr("OEBPS/nav.xhtml",
                   '<?xml version="1.0" encoding="utf-8"?><html xmlns="http://www.w3.org/1999/'
                   'xhtml" xmlns:epub="http://www.idpf.org/2007/ops"><head><title>Contents'
                   '</title></head><body><nav epub:type="toc"><ol>' + "".join(nav) +
                   '</ol></nav></body></html>')
        z.writestr("OEBPS/content.opf",
                   '<?xml version="1.0" encoding="utf-8"?><package xmlns="http://www.idpf.org/'
                   '2007/opf" version="3.0" unique-identifier="uid"><metadata xmlns:dc="http://'
                   'purl.org/dc/elements/1.1/"><dc:identifier id="uid">urn:uuid:4471-s16'
                   f'</dc:identifier><dc:title>{BOOK_TITLE}</dc:title><dc:creator>{BOOK_AUTHOR}'
                   '</dc:creator><dc:language>en</dc:language><meta property="dcterms:modified">'
                   '2025-01-01T00:00:00Z</meta></metadata><manifest><item id="nav" href="nav.'
                   'xhtml" media-type="application/xhtml+xml" properties="nav"/>' +
                   "".join(items) + '</manifest><spine>' + "".join(spine) + '</spine></package>')


@window("w20")
def w20_foliate():
    os.makedirs(f"{HOME}/Books", exist_ok=True)
    p = f"{HOME}/Books/lighthouse_ledger.epub"
    make_epub(p)
    shutil.rmtree(f"{HOME}/.local/share/com.github.johnfactotum.Foliate", ignore_errors=True)
    launch(f"foliate {p}", env=dict(ENV, HOME=HOME, USER="maya", GTK_THEME="Adwaita:dark"))
    wid = find_window(BOOK_TITLE + "|Foliate")
    time.sleep(8)
    wid = find_window(BOOK_TITLE + "|Foliate")
    sh(f"xdotool windowmove {wid} 20 20 windowsize {wid} 900 700")
    img = capture(wid, "w20_foliate_epub.png", wait=4)
    cat = "document_viewer"
    Q(img, "what's the name of the book I'm reading?", BOOK_TITLE, "text", cat, "window_title",
      True)
    Q(img, "which chapter is this", CHAPTERS[0][0], "text", cat, "value_at_label", True)
    Q(img, "How many gallons was the oil allowance cut to?", 412, "number", cat,
      "value_at_label", True)
    Q(img, "how often did the supply boat come, in days?", 19, "number", cat, "value_at_label",
      True)
    Q(img, "who's the assistant that shows up?", "Tobias Marr", "person", cat, "who_when", True)


# ====================================================================== main
def main(keys):
    keys = keys or sorted(WINDOWS)
    man = os.path.join(HERE, "manifest.jsonl")
    old = []
    if os.path.exists(man) and set(keys) != set(WINDOWS):
        old = [json.loads(l) for l in open(man)]
        prefixes = tuple(f"images/{k}_" for k in keys)
        old = [r for r in old if not r["image"].startswith(prefixes)]
        for r in old:
            r.pop("id", None)
    for k in keys:
        print("==", k, flush=True)
        try:
            WINDOWS[k]()
        except Exception as e:
            print("FAILED", k, repr(e), flush=True)
        finally:
            kill_all()
    allrecs = old + RECS
    allrecs.sort(key=lambda r: r["image"])
    with open(man, "w") as f:
        for i, r in enumerate(allrecs, 1):
            r = dict(id=f"s16-{i:04d}", **r)
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(allrecs), "questions")


if __name__ == "__main__":
    main(sys.argv[1:])
