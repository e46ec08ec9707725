"""The seven terminal windows (terminal.js web terminal in chromium --app)."""
import datetime as dt
import os
import shlex
import subprocess
import sys
import time

import harness as H
from common import Scene, rng_for, scene_dir, set_mtime, short_home
from termrun import run_terminal

APP = "terminal.js 1.0.11 web terminal (npm) + Python pty bridge, in chromium --app"


def fmt_dt(t):
    return t.strftime("%Y-%m-%d %H:%M")


# ---------------------------------------------------------------- t01 ls / du
def t01_ls():
    name = "t01_term_ls_du"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    rep = os.path.join(home, "reports")
    os.makedirs(rep)
    pool = ["budget_2026.xlsx", "q1_summary.pdf", "vendors.csv", "payroll_march.csv", "board_minutes.docx",
            "travel_claims.csv", "forecast_v3.xlsx", "audit_notes.txt", "invoice_register.csv", "logo_final.png",
            "tax_memo.pdf", "headcount.csv"]
    names = sorted(r.sample(pool, 10))
    sizes = {}
    used = set()
    for n in names:
        while True:
            s = r.randint(1200, 880000)
            if all(abs(s - u) > 5000 for u in used):
                break
        used.add(s)
        sizes[n] = s
    base = dt.datetime(2026, 1, 5, 8, 0)
    mt = {}
    mins = r.sample(range(0, 110 * 24 * 60, 7), 10)
    for n, m in zip(names, mins):
        mt[n] = base + dt.timedelta(minutes=m)
    for n in names:
        p = os.path.join(rep, n)
        with open(p, "wb") as fh:
            fh.truncate(sizes[n])
        set_mtime(p, mt[n])
    sub = {"archive": [r.randint(900000, 1600000) for _ in range(4)],
           "drafts": [r.randint(20000, 90000) for _ in range(3)]}
    for sd, ss in sub.items():
        os.makedirs(os.path.join(rep, sd))
        for i, s in enumerate(ss):
            p = os.path.join(rep, sd, "part_%02d.bin" % (i + 1))
            with open(p, "wb") as fh:
                fh.truncate(s)
            set_mtime(p, base + dt.timedelta(days=3 + i))
        set_mtime(os.path.join(rep, sd), base + dt.timedelta(days=40, minutes=r.randint(0, 900)))
    body = "run 'ls -l --time-style=long-iso'\nrun 'du -sh --apparent-size archive drafts'\n"
    sc = Scene(name, APP, "dark", "terminal", "`ls -l --time-style=long-iso` of ~/reports (10 files with set "
               "sizes/mtimes, 2 dirs) + `du -sh --apparent-size archive drafts`")
    run_terminal(sc, d, home, body, rep, "priya@kestrel: ~/reports", "dark", 92, 22, 15, 8761, (60, 50, 900, 500))
    big = max(names, key=lambda n: sizes[n])
    small = min(names, key=lambda n: sizes[n])
    newest = max(names, key=lambda n: mt[n])
    oldest = min(names, key=lambda n: mt[n])
    a, b = r.sample(names, 2)
    ncsv = sum(1 for n in names if n.endswith(".csv"))
    bigger_dir = max(sub, key=lambda k: sum(sub[k]))
    sc.q("how many bytes is %s" % a, sizes[a], "number", "lookup", True)
    sc.q("which file in this folder is the biggest?", big, "text", "argmax", True)
    sc.q("smallest file?", small, "text", "argmin", True)
    sc.q("Which file was modified most recently?", newest, "text", "latest", True)
    sc.q("when was %s last modified" % b, mt[b].strftime("%Y-%m-%d"), "date", "lookup", True)
    sc.q("how many csv files are listed", ncsv, "count", "count", False)
    sc.q("hey is archive or drafts taking more space?", bigger_dir, "text", "choice_more", True)
    sc.check()
    return sc


# ---------------------------------------------------------------- t02 git
def t02_git():
    name = "t02_term_git"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    repo = os.path.join(home, "parcel-router")
    os.makedirs(repo)
    authors = [("Marta Kowalczyk", "marta@kestrel.dev"), ("Jonas Eriksen", "jonas@kestrel.dev"),
               ("Aiyana Brooks", "aiyana@kestrel.dev")]
    subjects = ["Initial project skeleton", "Add zone lookup table", "Parse depot CSV exports",
                "Cache zone lookups per run", "Fix rounding of parcel weights", "Add CLI flag --dry-run",
                "Log skipped parcels", "Bump version to 0.6.0"]
    env0 = dict(os.environ, HOME=home, GIT_CONFIG_NOSYSTEM="1", TZ="UTC")
    g = lambda *a, **k: subprocess.run(["git"] + list(a), cwd=repo, env=k.get("env", env0), check=True,
                                       capture_output=True, text=True).stdout
    g("init", "-q", "-b", "main")
    t = dt.datetime(2026, 2, 2, 9, 30)
    log = []
    seq = [0] + [r.randrange(3) for _ in range(7)]
    for i, subj in enumerate(subjects):
        t += dt.timedelta(days=r.randint(1, 4), minutes=r.randint(0, 400))
        an, ae = authors[seq[i]]
        fn = ["router.py", "zones.py", "depots.py", "README.md"][i % 4]
        with open(os.path.join(repo, fn), "a") as fh:
            fh.write("# %s\n" % subj)
        if i == 7:
            with open(os.path.join(repo, "VERSION"), "w") as fh:
                fh.write("0.6.0\n")
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e = dict(env0, GIT_AUTHOR_NAME=an, GIT_AUTHOR_EMAIL=ae, GIT_COMMITTER_NAME=an, GIT_COMMITTER_EMAIL=ae,
                 GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        g("add", "-A", env=e)
        g("commit", "-q", "-m", subj, env=e)
        log.append(dict(subject=subj, author=an, date=t))
        if i == 4:
            g("checkout", "-q", "-b", "feature/zone-cache")
    hashes = g("log", "--format=%h", "--abbrev=7").split()[::-1]
    for c, h in zip(log, hashes):
        c["hash"] = h
    for fn in ("zones.py", "README.md"):
        with open(os.path.join(repo, fn), "a") as fh:
            fh.write("# wip\n")
    with open(os.path.join(repo, "notes.txt"), "w") as fh:
        fh.write("todo\n")
    body = ("git config --global core.pager cat; git config --global color.ui always\n"
            "run \"git log --date=short --format='%h %ad %<(16)%an %s' --abbrev=7\"\nrun 'git status -sb'\n")
    sc = Scene(name, APP, "light", "git", "`git log` of an 8-commit repo (3 authors, set dates) + `git status -sb` "
               "on feature/zone-cache (2 modified, 1 untracked)")
    run_terminal(sc, d, home, body, repo, "priya@kestrel: ~/parcel-router", "light", 90, 20, 15, 8762,
                 (80, 60, 880, 470))
    pick = r.choice(log[1:7])
    who = r.choice(authors)[0]
    ncnt = sum(1 for c in log if c["author"] == who)
    h = r.choice(log[1:7])
    sc.q("who made the commit '%s'?" % pick["subject"], pick["author"], "person", "party", True)
    sc.q("how many of these commits are by %s" % who.split()[0], ncnt, "count", "count", False)
    sc.q("what's the newest commit", log[-1]["subject"], "text", "latest", True)
    sc.q("which branch am I on", "feature/zone-cache", "text", "lookup", True)
    sc.q("short hash of the \"%s\" commit?" % h["subject"], h["hash"], "code", "lookup", True)
    sc.q("date of the very first commit", log[0]["date"].strftime("%Y-%m-%d"), "date", "earliest", True)
    sc.q("are there untracked files", "yes", "yesno", "exists", False)
    sc.check()
    return sc


# ---------------------------------------------------------------- t03 unittest
TARIFF = '''"""Fare rules for the Kestrel tram network (prices in cents)."""

BASE = %(base)d
PER_ZONE = %(per_zone)d


def fare(zones):
    return BASE + PER_ZONE * zones


def child(zones):
    return fare(zones) // 2


def senior(zones):
    return fare(zones) * 7 // 10


def peak(zones):
    return fare(zones) + %(peak)d


def weekend_cap(trips, zones):
    return min(trips * fare(zones), %(cap)d)


def return_ticket(zones):
    return fare(zones) * 2 - %(ret)d


def split(total, people):
    return total // people
'''


def t03_unittest():
    name = "t03_term_unittest"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    proj = os.path.join(home, "tramfare")
    os.makedirs(proj)
    p = dict(base=r.choice([150, 170, 190]), per_zone=r.choice([60, 70, 80]), peak=r.choice([40, 50]),
             cap=r.choice([1800, 2000]), ret=r.choice([20, 30]))
    src = TARIFF % p
    open(os.path.join(proj, "tariff.py"), "w").write(src)
    ns = {}
    exec(src, ns)
    cases = [("test_base_fare", "fare(3)", ns["fare"](3)), ("test_child_half", "child(2)", ns["child"](2)),
             ("test_senior_discount", "senior(4)", ns["senior"](4)), ("test_peak_surcharge", "peak(1)",
                                                                         ns["peak"](1)),
             ("test_weekend_cap", "weekend_cap(9, 3)", ns["weekend_cap"](9, 3)),
             ("test_return_ticket", "return_ticket(2)", ns["return_ticket"](2)),
             ("test_split_group", "split(fare(2), 0)", None),
             ("test_one_zone", "fare(1)", ns["fare"](1)), ("test_zero_zones", "fare(0)", ns["fare"](0))]
    failing = set(r.sample([c[0] for c in cases if c[2] is not None], 2))
    lines = ["import unittest", "", "from tariff import *", "", "", "class TariffTest(unittest.TestCase):", ""]
    for tname, expr, val in cases:
        exp = val if val is not None else 0
        if tname in failing:
            exp = val + r.choice([-10, 10, 20])
        lines += ["    def %s(self):" % tname, "        self.assertEqual(%s, %d)" % (expr, exp), ""]
    lines += ["", "if __name__ == '__main__':", "    unittest.main()", ""]
    open(os.path.join(proj, "test_tariff.py"), "w").write("\n".join(lines))
    body = "run 'python3 -m unittest -v test_tariff'\nrun 'echo $?'\n"
    sc = Scene(name, APP, "dark (navy)", "terminal", "`python3 -m unittest -v` on 9 fare tests: 2 FAIL, 1 ERROR "
               "(ZeroDivisionError), then `echo $?`")
    out = run_terminal(sc, d, home, body, proj, "priya@kestrel: ~/tramfare", "navy", 100, 48, 12, 8763,
                       (40, 28, 880, 768))
    # outcome from the real run (outside the terminal too, to cross-check)
    rr = subprocess.run(["/usr/bin/python3", "-m", "unittest", "-v", "test_tariff"], cwd=proj,
                        capture_output=True, text=True)
    status = {}
    for ln in rr.stderr.splitlines():
        if " ... " in ln:
            status[ln.split()[0]] = ln.rsplit(" ... ", 1)[1].strip()
    assert {k for k, v in status.items() if v == "FAIL"} == failing, status
    err = [k for k, v in status.items() if v == "ERROR"]
    assert err == ["test_split_group"]
    passing = [k for k, v in status.items() if v == "ok"]
    yes_t = r.choice(passing)
    no_t = r.choice(sorted(failing))
    sc.q("how many tests ran", len(cases), "count", "count", True)
    sc.q("which test ended with an error rather than a failure?", err[0], "text", "lookup", True)
    sc.q("number of failed tests?", len(failing), "count", "count", False)
    sc.q("did %s pass" % yes_t, "yes", "yesno", "state_yesno", False)
    sc.q("%s passed, right?" % no_t, "no", "yesno", "state_yesno", False)
    sc.q("what exit code did the test run return", rr.returncode, "number", "lookup", True)
    sc.q("what exception does test_split_group hit", "ZeroDivisionError", "error", "error", True)
    sc.check()
    return sc


# ---------------------------------------------------------------- t04 traceback
TOTALS = '''import sys


def load(path):
    rows = []
    with open(path) as fh:
        next(fh)
        for line in fh:
            parts = line.strip().split(",")
            rows.append((parts[0], parts[1], float(parts[2])))
    return rows


def main(path):
    totals = {}
    for order, zone, kg in load(path):
        totals[zone] = totals.get(zone, 0) + kg
    for zone in sorted(totals):
        print(f"{zone:8} {totals[zone]:8.1f}")


if __name__ == "__main__":
    main(sys.argv[1])
'''


def t04_traceback():
    name = "t04_term_traceback"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    proj = os.path.join(home, "depot")
    os.makedirs(proj)
    open(os.path.join(proj, "totals.py"), "w").write(TOTALS)
    zones = ["north", "harbour", "east", "airport"]
    rows = []
    for i in range(7):
        rows.append(("SH-%d" % (1040 + i * r.randint(1, 3) + i), r.choice(zones), "%.1f" % r.uniform(0.4, 24.0)))
    bad = r.randrange(3, 7)
    csv_lines = ["order,zone,kg"]
    for i, (o, z, k) in enumerate(rows):
        csv_lines.append("%s,%s" % (o, z) if i == bad else "%s,%s,%s" % (o, z, k))
    open(os.path.join(proj, "shipments.csv"), "w").write("\n".join(csv_lines) + "\n")
    body = "run 'cat shipments.csv'\nrun 'python3 totals.py shipments.csv'\nrun 'echo $?'\n"
    sc = Scene(name, APP, "light (paper)", "terminal", "`cat shipments.csv` (7 rows, one without kg), totals.py dies "
               "with IndexError, `echo $?`")
    run_terminal(sc, d, home, body, proj, "priya@kestrel: ~/depot", "paper", 86, 24, 15, 8764,
                 (100, 60, 840, 540))
    rr = subprocess.run(["/usr/bin/python3", "totals.py", "shipments.csv"], cwd=proj, capture_output=True,
                        text=True)
    last = rr.stderr.strip().splitlines()[-1]
    lineno = TOTALS.splitlines().index("            rows.append((parts[0], parts[1], float(parts[2])))") + 1
    assert ('line %d, in load' % lineno) in rr.stderr
    good = [x for i, x in enumerate(rows) if i != bad]
    pick = r.choice(good)
    sc.q("what error did the script crash with?", last, "error", "error", True)
    sc.q("which line of totals.py blew up", lineno, "number", "lookup", True)
    sc.q("in which function did it fail", "load", "text", "lookup", True)
    sc.q("exit status?", rr.returncode, "number", "lookup", True)
    sc.q("how many shipments are in the csv", len(rows), "count", "count", False)
    sc.q("kg for order %s" % pick[0], pick[2], "number", "cell", True)
    sc.q("which order is missing its weight", rows[bad][0], "text", "lookup", True)
    sc.check()
    return sc


# ---------------------------------------------------------------- t05 ps
WORKER = r'''
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
blob = b"\x01" * (int(sys.argv[2]) * 1024 * 1024)
time.sleep(900)
'''


def t05_ps():
    name = "t05_term_ps"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    names = ["wk-geoindex", "wk-pdfrender", "wk-mailqueue", "wk-thumbcache", "wk-search"]
    mbs = r.sample(range(40, 300, 30), 5)
    mem = dict(zip(names, mbs))
    wf = os.path.join(d, "worker.py")
    open(wf, "w").write(WORKER)
    procs = [subprocess.Popen(["/usr/bin/python3", wf, n, str(mem[n])], start_new_session=True) for n in names]
    time.sleep(4)
    body = ("run \"ps -o pid,user,rss,vsz,comm --sort=-rss -p \\$(pgrep -d, '^wk-')\"\n"
            "run \"pgrep -c '^wk-'\"\n")
    sc = Scene(name, APP, "dark", "system_monitor", "`ps -o pid,user,rss,vsz,comm --sort=-rss` of 5 own workers "
               "(prctl names, 40-280 MB touched) + `pgrep -c`")
    try:
        run_terminal(sc, d, home, body, home, "priya@kestrel: ~", "dark", 80, 14, 15, 8765, (120, 100, 760, 360))
    finally:
        for p in procs:
            H.kill_group(p)
    a, b = r.sample(names, 2)
    sc.q("which process is using the most memory", max(names, key=mem.get), "text", "argmax", True)
    sc.q("which wk- worker has the smallest RSS?", min(names, key=mem.get), "text", "argmin", True)
    sc.q("how many wk processes are running", len(names), "count", "count", True)
    sc.q("is %s using more memory than %s?" % (a, b), "yes" if mem[a] > mem[b] else "no", "yesno",
         "compare_more", False)
    sc.check()
    return sc


# ---------------------------------------------------------------- t06 links (TUI browser)
def t06_links():
    name = "t06_term_links"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    dests = ["Gull Island", "Port Avery", "Cranmoor", "Saltwick", "Holm Point", "Ebbsfield"]
    vessels = ["MV Tern", "MV Osprey", "MV Puffin"]
    rows = []
    t = dt.datetime(2026, 5, 4, 6, 40)
    for i in range(8):
        t += dt.timedelta(minutes=r.choice([35, 50, 65, 80, 95]))
        dur = r.choice([25, 40, 55, 70, 85])
        rows.append(dict(no="KB%d" % (101 + i * 2), to=r.choice(dests), dep=t.strftime("%H:%M"),
                         arr=(t + dt.timedelta(minutes=dur)).strftime("%H:%M"), vessel=r.choice(vessels),
                         fare="%.2f" % (r.randint(18, 96) / 2)))
    fares = [float(x["fare"]) for x in rows]
    assert len(set(fares)) == len(fares) or True
    title = "Kestrel Bay Ferries - Monday timetable"
    trs = "\n".join("<tr><td>%(no)s</td><td>%(to)s</td><td>%(dep)s</td><td>%(arr)s</td><td>%(vessel)s</td>"
                    "<td align=right>&pound;%(fare)s</td></tr>" % x for x in rows)
    page = ("<html><head><title>%s</title></head><body><h2>%s</h2><p>Sailings from Kestrel Quay, 4 May 2026. "
            "Fares are adult singles.</p><table border=1 cellpadding=2><tr><th>Sailing</th><th>To</th>"
            "<th>Departs</th><th>Arrives</th><th>Vessel</th><th>Fare</th></tr>\n%s\n</table>"
            "<p>Bikes travel free on all sailings.</p></body></html>") % (title, title, trs)
    pf = os.path.join(home, "timetable.html")
    open(pf, "w").write(page)
    body = "run 'links timetable.html'\n"
    sc = Scene(name, APP, "light (paper)", "web_tui", "links 2.28 (text-mode browser, full-screen TUI) on a "
               "local ferry timetable page: 8 sailings")
    run_terminal(sc, d, home, body, home, "priya@kestrel: ~", "paper", 90, 32, 14, 8766, (60, 30, 880, 640),
                 keys=[(1.0, b"\r")], tui=True)
    sc.drawn = sc.drawn + "\n" + page.replace("&pound;", "£")
    uniq = [x for x in rows if sum(1 for y in rows if y["fare"] == x["fare"]) == 1]
    cheapest = min(rows, key=lambda x: float(x["fare"]))
    dearest = max(rows, key=lambda x: float(x["fare"]))
    assert sum(1 for x in rows if x["fare"] == cheapest["fare"]) == 1
    assert sum(1 for x in rows if x["fare"] == dearest["fare"]) == 1
    x = r.choice(rows)
    v = r.choice(vessels)
    a, b = r.sample(uniq, 2)
    sc.q("what time does %s leave" % x["no"], x["dep"], "time", "cell", True)
    sc.q("which sailing is the cheapest?", cheapest["no"], "text", "argmin", True)
    sc.q("how many sailings does the %s do" % v, sum(1 for y in rows if y["vessel"] == v), "count", "count", False)
    sc.q("where does the last sailing of the day go", rows[-1]["to"], "text", "nth", True)
    sc.q("what's the page title", title, "text", "title", True)
    diff = abs(float(a["fare"]) - float(b["fare"]))
    sc.q("fare difference between %s and %s?" % (a["no"], b["no"]),
         "£%.2f" % diff, "money", "difference", False)
    sc.check()
    return sc


# ---------------------------------------------------------------- t07 bsd-mailx
def t07_mailx():
    name = "t07_term_mailx"
    r = rng_for(name)
    d = scene_dir(name)
    home = short_home(name)
    os.makedirs(os.path.join(home, "mail"))
    people = [("Hana Sato", "hana@tidewater.nz"), ("Carl Mendes", "carl@brightln.io"),
              ("Ruth Okafor", "ruth@tidewater.nz"), ("Dev Patel", "dev@kestrel.dev"),
              ("Lena Vogt", "lvogt@quay.gov.uk")]
    subjects = ["Berth allocation for June", "Re: fuel surcharge invoice", "Crew rota week 19",
                "Pontoon repair quote", "Re: timetable draft v2", "Insurance renewal reminder",
                "Passenger count April", "Lost property at Gull Island", "Agenda for Thursday"]
    subs = r.sample(subjects, 8)
    t = dt.datetime(2026, 4, 27, 8, 0)
    msgs = []
    for i, s in enumerate(subs):
        t += dt.timedelta(hours=r.randint(3, 30), minutes=r.randint(0, 59))
        nm, em = r.choice(people)
        body = "\n".join("Line %d of the note about %s." % (k + 1, s.lower()) for k in range(r.randint(2, 9)))
        msgs.append(dict(name=nm, email=em, subject=s, date=t, body=body, read=i < 5))
    mb = []
    for m in msgs:
        mb.append("From %s %s" % (m["email"], m["date"].strftime("%a %b %d %H:%M:%S %Y")))
        mb.append("From: %s <%s>" % (m["name"], m["email"]))
        mb.append("To: Priya Raman <priya@kestrel.example>")
        mb.append("Subject: %s" % m["subject"])
        mb.append("Date: %s" % m["date"].strftime("%a, %d %b %Y %H:%M:%S +0000"))
        if m["read"]:
            mb.append("Status: RO")
        mb.append("")
        mb.append(m["body"])
        mb.append("")
    open(os.path.join(home, "mail", "ops.mbox"), "w").write("\n".join(mb))
    body = "run 'mail -f mail/ops.mbox'\n"
    sc = Scene(name, APP, "dark", "mail", "bsd-mailx 8.1.2 `mail -f` header summary of an 8-message mbox "
               "(3 unread)")
    run_terminal(sc, d, home, body, home, "priya@kestrel: ~", "dark", 96, 16, 15, 8767, (50, 80, 950, 400),
                 tui=True)
    pick = r.choice(msgs)
    cnt_dom = "tidewater.nz"
    latest = max(msgs, key=lambda m: m["date"])
    oldest = min(msgs, key=lambda m: m["date"])
    sc.q("who sent '%s'" % pick["subject"], pick["email"], "person", "party", True)
    sc.q("how many messages came from tidewater.nz addresses?", sum(1 for m in msgs if cnt_dom in m["email"]),
         "count", "count", False)
    sc.q("subject of the newest mail", latest["subject"], "text", "latest", True)
    sc.q("how many unread messages", sum(1 for m in msgs if not m["read"]), "count", "count", True)
    sc.q("what version of mail is this", "8.1.2", "version", "version", True)
    sc.q("when did the first message arrive", oldest["date"].strftime("%a %b %d %H:%M"), "date", "earliest", True)
    sc.check()
    return sc


SCENES = [t01_ls, t02_git, t03_unittest, t04_traceback, t05_ps, t06_links, t07_mailx]
