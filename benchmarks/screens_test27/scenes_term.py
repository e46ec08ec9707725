"""Terminal windows: term.js web terminal (npm term.js 0.0.7) + webterm.py pty bridge, in chromium --app."""
import datetime as dt
import os
import shutil
import subprocess
import textwrap
import time

import termrun
from common import SCRATCH, Scene, human_size, rng

USER, HOST = "dana", "osprey"


def fresh_home(name):
    home = os.path.join(SCRATCH, "h", name)
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    return home


def ts(d):
    return d.replace(tzinfo=dt.timezone.utc).timestamp()


# ---------------------------------------------------------------- t01 ls -l + du
def t01_ls_du(img):
    r = rng("t01")
    home = fresh_home("t01")
    base = os.path.join(home, "exports")
    os.makedirs(base)
    stems = ["orders_q1", "orders_q2", "returns", "supplier_list", "price_matrix", "warehouse_map",
             "audit_trail", "customer_notes", "freight_rates", "stock_snapshot", "vat_summary", "promo_codes"]
    exts = [".csv", ".csv", ".csv", ".xlsx", ".pdf", ".json", ".log", ".zip"]
    r.shuffle(stems)
    names = []
    for s in stems[:10]:
        names.append(s + r.choice(exts))
    sizes = {}
    used = set()
    for n in names:
        while True:
            v = r.randint(900, 6_800_000)
            if all(abs(v - u) > 40_000 for u in used):
                break
        used.add(v)
        sizes[n] = v
    mt = {}
    start = dt.datetime(2026, 1, 5, 8, 0)
    days = r.sample(range(0, 110), len(names))
    for n, d in zip(names, days):
        mt[n] = start + dt.timedelta(days=d, hours=r.randint(0, 9), minutes=r.randint(0, 59))
    for n in names:
        p = os.path.join(base, n)
        with open(p, "wb") as f:
            f.truncate(sizes[n])
        os.utime(p, (ts(mt[n]), ts(mt[n])))
    dirs = {"archive": [], "scratch": []}
    dsize = {}
    for d in dirs:
        os.makedirs(os.path.join(base, d))
        tot = 0
        for i in range(r.randint(3, 5)):
            v = r.randint(200_000, 3_000_000)
            with open(os.path.join(base, d, f"part{i + 1:02d}.bin"), "wb") as f:
                f.truncate(v)
            tot += v
        dsize[d] = tot
        dm = start + dt.timedelta(days=r.randint(0, 110))
        os.utime(os.path.join(base, d), (ts(dm), ts(dm)))
    steps = [("cmd", "cd ~/exports && ls -l --time-style=long-iso", 1.0),
             ("cmd", "du -sh --apparent-size archive scratch", 1.0)]
    sc = Scene("t01", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "dark",
               "terminal", "`ls -l --time-style=long-iso` of ~/exports (10 files with set sizes/mtimes, 2 dirs) "
               "+ `du -sh --apparent-size` of both dirs")
    sc.visible_text = termrun.run("t01", "dark", 96, 22, home, home, USER, HOST, steps, img)
    # du uses the apparent size of the directory entries too (4096 each for the dir itself)
    du_val = {d: human_size(dsize[d] + 4096) for d in dsize}
    big = max(names, key=lambda n: sizes[n])
    newest = max(names, key=lambda n: mt[n])
    oldest = min(names, key=lambda n: mt[n])
    csvs = [n for n in names if n.endswith(".csv")]
    a, b = r.sample([n for n in names if n != big], 2)
    mid = sorted(names)[3]
    sc.q("which file in this folder is the biggest?", big, "text", "argmax", True)
    sc.q(f"size of {mid} in bytes", sizes[mid], "number", "lookup", True)
    sc.q("what was modified most recently", newest, "text", "latest", True)
    sc.q("hey which of these files hasn't been touched the longest (oldest mod time)?", oldest, "text",
         "earliest", True)
    sc.q("how many .csv files are in exports", len(csvs), "count", "count", False)
    sc.q("du says the archive folder is how big?", du_val["archive"], "text", "lookup", True)
    sc.q(f"{a} and {b} together, how many bytes", sizes[a] + sizes[b], "number", "sum", False)
    return sc


# ---------------------------------------------------------------- t02 git log + status
def t02_git(img):
    r = rng("t02")
    home = fresh_home("t02")
    repo = os.path.join(home, "src", "tidewatch")
    os.makedirs(repo)
    authors = [("Ines Halvorsen", "ines@tidewatch.dev"), ("Tomasz Wrobel", "tomasz@tidewatch.dev"),
               ("Priti Nair", "priti@tidewatch.dev")]
    subjects = ["Initial import of tide table parser", "Add harmonic constants loader",
                "Fix off-by-one in low water search", "Cache station metadata", "Add CLI flag --units",
                "Handle daylight saving in predictions", "Document the station file format",
                "Speed up spline interpolation", "Drop Python 3.8 support", "Add Aberdeen test fixtures"]
    r.shuffle(subjects)
    subjects = subjects[:8]
    t = dt.datetime(2026, 2, 2, 9, 0)
    commits = []
    env0 = dict(os.environ, HOME=home, GIT_CONFIG_NOSYSTEM="1", TZ="UTC")

    def git(*a, env=None):
        return subprocess.run(["git", *a], cwd=repo, env=env or env0, check=True, capture_output=True,
                              text=True).stdout

    git("init", "-q", "-b", "main")
    seq = [0, 1, 2, 0, 1, 0, 2, 1]
    r.shuffle(seq)
    for i, s in enumerate(subjects):
        t += dt.timedelta(days=r.randint(1, 4), hours=r.randint(0, 6), minutes=r.randint(0, 59))
        an, ae = authors[seq[i]]
        with open(os.path.join(repo, f"mod{i % 4}.py"), "a") as f:
            f.write(f"# {s}\nVALUE_{i} = {r.randint(1, 999)}\n")
        git("add", "-A")
        stamp = t.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e = dict(env0, GIT_AUTHOR_NAME=an, GIT_AUTHOR_EMAIL=ae, GIT_COMMITTER_NAME=an,
                 GIT_COMMITTER_EMAIL=ae, GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        git("commit", "-q", "-m", s, env=e)
        h = git("rev-parse", "--short=7", "HEAD").strip()
        commits.append(dict(subject=s, author=an, date=t, hash=h))
    git("checkout", "-q", "-b", "fix/station-timezones")
    with open(os.path.join(repo, "mod1.py"), "a") as f:
        f.write("# wip\n")
    with open(os.path.join(repo, "mod3.py"), "a") as f:
        f.write("# wip\n")
    with open(os.path.join(repo, "stations.yaml"), "w") as f:
        f.write("aberdeen: {lat: 57.14}\n")
    git("config", "user.name", "Dana Okafor")
    steps = [("cmd", "cd ~/src/tidewatch && git log --format='%h  %ad  %<(15)%an %s' "
                     "--date=format:'%Y-%m-%d %H:%M'", 1.2),
             ("cmd", "git status -sb", 1.0)]
    sc = Scene("t02", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "light", "git",
               "`git log` (8 commits, 3 authors, set dates) + `git status -sb` on fix/station-timezones "
               "(2 modified, 1 untracked)")
    sc.visible_text = termrun.run("t02", "light", 100, 20, home, home, USER, HOST, steps, img,
                                  extra_env={"GIT_PAGER": "cat", "PAGER": "cat", "GIT_CONFIG_NOSYSTEM": "1"})
    last = commits[-1]
    counts = {a[0]: sum(1 for c in commits if c["author"] == a[0]) for a in authors}
    who = r.choice(authors)[0]
    pick = commits[r.randint(1, 6)]
    nxt_i = r.randint(1, 5)
    sc.q("who made the latest commit", last["author"], "person", "latest", True)
    sc.q(f"How many commits did {who.split()[0]} make?", counts[who], "count", "count", False)
    sc.q(f"what's the hash of the '{pick['subject']}' commit", pick["hash"], "code", "lookup", True)
    sc.q("which branch is checked out right now?", "fix/station-timezones", "text", "read", True)
    sc.q("when was the very first commit made (date)", commits[0]["date"].strftime("%Y-%m-%d"), "date",
         "earliest", True)
    sc.q(f"which commit came right after \"{commits[nxt_i]['subject']}\"", commits[nxt_i + 1]["subject"], "text",
         "next", True)
    return sc


# ---------------------------------------------------------------- t03 prove (Perl TAP test runner)
def t03_prove(img):
    r = rng("t03")
    home = fresh_home("t03")
    proj = os.path.join(home, "work", "ledger-tools")
    os.makedirs(os.path.join(proj, "t"))
    files = {"01-parse.t": ["reads header row", "splits quoted fields", "skips blank lines",
                            "keeps leading zeros"],
             "02-money.t": ["adds two amounts", "rounds half to even", "formats thousands",
                            "rejects negative fee", "converts cents"],
             "03-dates.t": ["parses ISO dates", "handles leap day", "week number of Jan 1",
                            "month end rollover"]}
    fail_file = "02-money.t"
    n_fail = 2
    fails = sorted(r.sample(range(len(files[fail_file])), n_fail))
    expected = {}
    for fn, tests in files.items():
        lines = ["use strict;", "use warnings;", "use Test::More tests => %d;" % len(tests), ""]
        for i, name in enumerate(tests):
            a = r.randint(10, 99)
            if fn == fail_file and i in fails:
                got, exp = a, a + r.randint(1, 9)
                expected[name] = (got, exp, len(lines) + 1)
            else:
                got = exp = a
            lines.append(f"is({got}, {exp}, '{name}');")
        with open(os.path.join(proj, "t", fn), "w") as f:
            f.write("\n".join(lines) + "\n")
    total = sum(len(v) for v in files.values())
    steps = [("cmd", "cd ~/work/ledger-tools && prove t/", 3.0), ("cmd", "echo $?", 0.8)]
    sc = Scene("t03", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "dark (green)",
               "terminal", f"Perl `prove t/` on 3 Test::More files ({total} tests, {n_fail} failing in one file) "
               "+ `echo $?`")
    sc.visible_text = termrun.run("t03", "green", 96, 30, proj, home, USER, HOST, steps, img)
    tx = sc.visible_text
    assert f"Files=3, Tests={total}" in tx, tx[-800:]
    failed_nums = "; ".join(str(i + 1) for i in fails)
    fname0 = files[fail_file][fails[0]]
    code = tx.strip().split("echo $?")[1].split()[0]
    assert code == "1"  # prove exits 1 when a test failed (design)
    sc.q("which test file is failing?", "t/" + fail_file, "text", "error", True)
    sc.q("total number of tests run", total, "count", "lookup", True)
    sc.q(f"which test numbers failed in {fail_file}", failed_nums, "number", "lookup", True)
    sc.q(f"in the '{fname0}' test what value was expected", expected[fname0][1], "number", "lookup", True)
    sc.q("exit status of prove?", 1, "number", "lookup", True)
    sc.q(f"did 03-dates.t pass", "yes", "yesno", "state_yesno", False)
    return sc


# ---------------------------------------------------------------- t04 python traceback
def t04_traceback(img):
    r = rng("t04")
    home = fresh_home("t04")
    proj = os.path.join(home, "restock")
    os.makedirs(proj)
    items = ["hex bolts M6", "wing nuts", "cable ties 200mm", "duct tape", "zip bags 1L", "wood glue",
             "sand paper P120", "masking tape", "spring clamps"]
    r.shuffle(items)
    items = items[:7]
    bad = r.randint(3, 5)   # index of the row without min_qty
    rows = []
    for i, it in enumerate(items):
        row = {"item": it, "on_hand": r.randint(0, 60), "min_qty": r.randint(10, 40)}
        if i == bad:
            del row["min_qty"]
        rows.append(row)
    import json
    with open(os.path.join(proj, "stock.json"), "w") as f:
        json.dump(rows, f, indent=None)
    script = textwrap.dedent('''\
        import json
        import sys


        def load(path):
            with open(path) as f:
                return json.load(f)


        def order_qty(row):
            shortfall = row["min_qty"] - row["on_hand"]
            return max(shortfall, 0)


        def main(path):
            rows = load(path)
            for row in rows:
                print(f"{row['item']:<18} order {order_qty(row):>3}")
            return 0


        if __name__ == "__main__":
            sys.exit(main(sys.argv[1]))
        ''')
    with open(os.path.join(proj, "restock.py"), "w") as f:
        f.write(script)
    err_line = [i + 1 for i, l in enumerate(script.splitlines()) if 'row["min_qty"]' in l][0]
    steps = [("cmd", "cd ~/restock && python3 restock.py stock.json", 1.5), ("cmd", "echo $?", 0.8)]
    sc = Scene("t04", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "light (sepia)",
               "terminal", "python3 restock.py prints 7-row order list, dies with KeyError on a row without "
               "min_qty, then `echo $?`")
    sc.visible_text = termrun.run("t04", "sepia", 92, 24, proj, home, USER, HOST, steps, img)
    tx = sc.visible_text
    assert "KeyError: 'min_qty'" in tx and f"line {err_line}, in order_qty" in tx
    orders = {row["item"]: max(row["min_qty"] - row["on_hand"], 0) for row in rows[:bad]}
    k = r.choice(list(orders))
    sc.q("what error did it crash with", "KeyError: 'min_qty'", "error", "error", True)
    sc.q("line number where it blew up in order_qty?", err_line, "number", "lookup", True)
    sc.q("exit code", 1, "number", "lookup", True)
    top = max(orders, key=orders.get)
    assert list(orders.values()).count(orders[top]) == 1
    sc.q("which item needs the biggest order", top, "text", "argmax", True)
    sc.q(f"how many does it say to order of {k}", orders[k], "number", "lookup", True)
    sc.q("how many items got printed before the traceback", bad, "count", "count", False)
    return sc


# ---------------------------------------------------------------- t05 mu find (maildir-utils)
def t05_mu(img):
    r = rng("t05")
    home = fresh_home("t05")
    md = os.path.join(home, "Maildir")
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(md, sub))
    people = [("Rosa Lindqvist", "rosa@fernbrook.org"), ("Kwame Asante", "kwame.asante@pinehill.net"),
              ("Lena Vogt", "lena.vogt@ostara.de"), ("Marco Bellini", "m.bellini@lucerna.it"),
              ("Aiyana Brooks", "aiyana@brooksfarm.us")]
    subjects = ["Seed order for spring", "Invoice 2291 overdue", "Greenhouse heater quote",
                "Volunteer rota March", "Re: irrigation timer", "Soil test results", "Market stall booking",
                "Compost delivery Friday", "Board meeting minutes"]
    r.shuffle(subjects)
    msgs = []
    t = dt.datetime(2026, 3, 2, 8, 0)
    senders = [0, 1, 2, 3, 4, 0, 1, 0, 2]
    r.shuffle(senders)
    for i in range(9):
        t += dt.timedelta(hours=r.randint(5, 40), minutes=r.randint(0, 59))
        name, addr = people[senders[i]]
        unread = i >= 6 and i != 7
        flagged = i in (2,)
        msgs.append(dict(subject=subjects[i], name=name, addr=addr, date=t, unread=unread, flagged=flagged))
    for i, m in enumerate(msgs):
        body = (f"From: {m['name']} <{m['addr']}>\nTo: Dana Okafor <dana@greenacre.coop>\n"
                f"Subject: {m['subject']}\nDate: {m['date'].strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
                f"Message-ID: <s27.{i}@{m['addr'].split('@')[1]}>\n\nHello Dana,\n\nsee subject.\n")
        fn = f"17{i:08d}.s27_{i}.osprey"
        if m["unread"]:
            p = os.path.join(md, "new", fn)
        else:
            p = os.path.join(md, "cur", fn + ":2," + ("F" if m["flagged"] else "") + "S")
        with open(p, "w") as f:
            f.write(body)
        os.utime(p, (ts(m["date"]), ts(m["date"])))
    muhome = os.path.join(home, ".cache", "mu")
    env = dict(os.environ, HOME=home, XDG_CACHE_HOME=os.path.join(home, ".cache"))
    subprocess.run(["mu", "init", f"--maildir={md}", f"--muhome={muhome}", "--quiet"], env=env, check=True,
                   capture_output=True)
    subprocess.run(["mu", "index", f"--muhome={muhome}", "--quiet"], env=env, check=True, capture_output=True)
    steps = [("cmd", "mu find --nocolor -s date -z -f 'd g f s' ''", 1.5),
             ("cmd", "mu find --nocolor -f 'f s' flag:unread", 1.2)]
    sc = Scene("t05", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "dark", "mail",
               "maildir-utils `mu find` over a 9-message Maildir, newest first with flags, then the unread ones")
    sc.visible_text = termrun.run("t05", "dark", 104, 20, home, home, USER, HOST, steps, img,
                                  extra_env={"XDG_CACHE_HOME": os.path.join(home, ".cache")})
    newest = max(msgs, key=lambda m: m["date"])
    oldest = min(msgs, key=lambda m: m["date"])
    cnt = {}
    for m in msgs:
        cnt[m["name"]] = cnt.get(m["name"], 0) + 1
    top = max(cnt, key=cnt.get)
    assert list(cnt.values()).count(cnt[top]) == 1
    days = [m["date"].date() for m in msgs]
    pick = r.choice([m for m in msgs if m is not newest and m is not oldest and days.count(m["date"].date()) == 1])
    unread = [m for m in msgs if m["unread"]]
    flagged = [m for m in msgs if m["flagged"]][0]
    sc.q("who sent the newest mail", newest["name"], "person", "latest", True)
    sc.q("how many unread messages are there", len(unread), "count", "count", False)
    sc.q(f"what's the subject of the mail from {pick['name']} dated {pick['date'].strftime('%-d %b')}",
         pick["subject"], "text", "lookup", True)
    sc.q("who has written to me the most times?", top, "person", "argmax", True)
    sc.q("oldest message subject", oldest["subject"], "text", "earliest", True)
    sc.q("which message is flagged (F)?", flagged["subject"], "text", "selected", True)
    return sc


# ---------------------------------------------------------------- t06 ikhal (full-screen TUI) under faketime
def t06_ikhal(img):
    r = rng("t06")
    home = fresh_home("t06")
    cal = os.path.join(home, ".local", "share", "calendars", "home")
    os.makedirs(cal)
    day0 = dt.date(2026, 4, 13)  # Monday
    titles = ["Dentist", "Team standup", "Pick up bike", "Yoga class", "Call with landlord", "Budget review",
              "Pottery workshop", "Library returns", "Lunch with Omar", "Boiler service", "Parents evening",
              "Haircut"]
    r.shuffle(titles)
    events = []
    for i, ttl in enumerate(titles[:10]):
        d = day0 + dt.timedelta(days=r.randint(0, 4))
        h = r.randint(8, 18)
        m = r.choice([0, 15, 30, 45])
        dur = r.choice([30, 45, 60, 90])
        st = dt.datetime(d.year, d.month, d.day, h, m)
        if any(e["start"] == st for e in events):
            st += dt.timedelta(minutes=5)
        events.append(dict(title=ttl, start=st, end=st + dt.timedelta(minutes=dur)))
    for i, e in enumerate(events):
        with open(os.path.join(cal, f"ev{i}.ics"), "w") as f:
            f.write("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//s27//EN\r\nBEGIN:VEVENT\r\n"
                    f"UID:s27-ev{i}@osprey\r\nDTSTAMP:20260401T000000Z\r\nSUMMARY:{e['title']}\r\n"
                    f"DTSTART:{e['start'].strftime('%Y%m%dT%H%M%S')}\r\n"
                    f"DTEND:{e['end'].strftime('%Y%m%dT%H%M%S')}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    cfgd = os.path.join(home, ".config", "khal")
    os.makedirs(cfgd)
    with open(os.path.join(cfgd, "config"), "w") as f:
        f.write(f"[calendars]\n[[home]]\npath = {cal}\ncolor = dark green\n\n[locale]\n"
                "timeformat = %H:%M\ndateformat = %d.%m.\nlongdateformat = %d.%m.%Y\n"
                "datetimeformat = %d.%m. %H:%M\nlongdatetimeformat = %d.%m.%Y %H:%M\nlocal_timezone = UTC\n"
                "default_timezone = UTC\nfirstweekday = 0\n\n[default]\ndefault_calendar = home\n"
                "[view]\nframe = color\n")
    steps = [("cmd", "clear; faketime '2026-04-13 07:30:00' ikhal", 6.0)]
    sc = Scene("t06", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "light",
               "calendar_tui", "ikhal 0.10 (khal's urwid full-screen TUI) under faketime 2026-04-13: "
               "10 events over Mon-Fri")
    text = termrun.run("t06", "light", 100, 30, home, home, USER, HOST, steps, img,
                       extra_env={"XDG_CONFIG_HOME": os.path.join(home, ".config"), "TZ": "UTC", "LC_TIME": "C"},
                       after=[("keys", "q", 1.0)])
    sc.visible_text = text
    by_day = {}
    for e in events:
        by_day.setdefault(e["start"].date(), []).append(e)
    for v in by_day.values():
        v.sort(key=lambda e: e["start"])
    busiest = max(by_day, key=lambda d: len(by_day[d]))
    days_sorted = sorted(by_day)
    d1 = days_sorted[1]
    e_first = by_day[d1][0]
    pick = r.choice(events)
    wk = {d: d.strftime("%A") for d in by_day}
    latest_ev = max(events, key=lambda e: e["end"])
    sc.q(f"what time is {pick['title'].lower()}", pick["start"].strftime("%H:%M"), "time", "lookup", True)
    sc.q(f"how many things do I have on {wk[busiest]}?", len(by_day[busiest]), "count", "count", False)
    sc.q(f"first appointment on {wk[d1].lower()}", e_first["title"], "text", "nth", True)
    sc.q(f"when does {pick['title']} end", pick["end"].strftime("%H:%M"), "time", "lookup", True)
    sc.q("which event of the week finishes last?", latest_ev["title"], "text", "latest", True)
    ver = subprocess.run(["khal", "--version"], capture_output=True, text=True).stdout.split()[-1]
    sc.q("khal version?", ver, "version", "version", True)
    return sc


# ---------------------------------------------------------------- t07 nmon (full-screen TUI) with 3 workers
def t07_nmon(img):
    r = rng("t07")
    home = fresh_home("t07")
    import harness as H
    names = ["thumbgen", "pkgindexer", "mailsync", "geocoder"]
    mbs = r.sample([700, 1100, 1500, 1900], 4)
    here = os.path.dirname(os.path.abspath(__file__))
    ws = [H.launch(["/usr/bin/python3", os.path.join(here, "worker.py"), n, str(mb), "90"])
          for n, mb in zip(names, mbs)]
    try:
        time.sleep(8)
        steps = [("cmd", "clear; nmon", 3.0), ("keys", "t", 2.0), ("keys", "4", 4.0)]
        sc = Scene("t07", img, "term.js 0.0.7 web terminal + Python pty bridge, in chromium --app", "dark",
                   "system_monitor", "nmon 16n (full-screen TUI), Top Processes view sorted by size, "
                   "4 workers holding 0.7-1.9 GB")
        sc.visible_text = termrun.run("t07", "dark", 110, 34, home, home, USER, HOST, steps, img,
                                      after=[("keys", "q", 1.0)], extra_env={"NMON": ""})
    finally:
        for w in ws:
            H.kill_group(w)
    mem = dict(zip(names, mbs))
    big = max(names, key=mem.get)
    small = min(names, key=mem.get)
    a, b = r.sample(names, 2)
    sc.q("which of thumbgen, pkgindexer, mailsync and geocoder is using the most memory?", big, "text",
         "argmax", True)
    sc.q("out of those four workers which one has the smallest resident size", small, "text", "argmin", True)
    sc.q(f"is {a} bigger than {b} in memory", "yes" if mem[a] > mem[b] else "no", "yesno", "compare_more", False)
    sc.q("is a process called geocoder running", "yes", "yesno", "exists", False)
    return sc
