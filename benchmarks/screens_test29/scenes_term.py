"""Terminal windows: jquery.terminal in chromium --app, live pty bridge (webterm.py)."""
import datetime as dt
import os
import shutil
import subprocess
import sys
import time
from decimal import Decimal

import harness as H
import webterm as W
from common import Q, fresh, SCR

DARK = ("#1c1f24", "#d8dce2")
LIGHT = ("#fbf8ef", "#2a2a2a")
PORT = [8850]


def ps1(user, host, dark):
    if dark:
        return f"\\[\\e[1;32m\\]{user}@{host}\\[\\e[0m\\]:\\[\\e[1;34m\\]\\w\\[\\e[0m\\]$ "
    return f"{user}@{host}:\\w$ "


def session(name, out_png, title, theme, home, cwd, cmds, user, host, env=None, size=(980, 640), fsize="1.1"):
    """Open the terminal page, run the commands, capture. Returns the plain transcript."""
    PORT[0] += 1
    bg, fg = theme
    wt = W.WebTerm(PORT[0], title, bg, fg, size=fsize, home=home, cwd=cwd,
                   ps1=ps1(user, host, theme is DARK), env=env)
    wt.serve()
    prof = fresh(os.path.join(SCR, "chrome", name))
    p = H.launch(["chromium", "--no-sandbox", "--test-type", f"--user-data-dir={prof}",
                  f"--app=http://127.0.0.1:{PORT[0]}/", f"--window-size={size[0]},{size[1]}",
                  "--window-position=60,50", "--no-first-run", "--disable-gpu", "--force-device-scale-factor=1",
                  "--password-store=basic", "--disable-features=Translate", "--no-default-browser-check"])
    try:
        t0 = time.time()
        while wt.size is None and time.time() - t0 < 60:
            time.sleep(0.3)
        assert wt.size, "terminal page did not report its size"
        wt.start_shell(wt.size["cols"], wt.size["rows"])
        for c in cmds:
            if isinstance(c, tuple):
                wt.run(c[0], quiet=c[1], timeout=c[2] if len(c) > 2 else 60)
            else:
                wt.run(c)
        time.sleep(1.0)
        wid = H.wait_window(name=title.split(":")[0])
        H.capture(wid, out_png, settle=1.0)
        tr = wt.transcript()
        rows = wt.size["rows"]
        lines = tr.split("\n")
        assert len(lines) <= rows, f"{name}: output scrolled ({len(lines)} lines > {rows} rows)"
        with open(os.path.join(SCR, "results", name + ".transcript.txt"), "w") as f:
            f.write(tr)
        return tr
    finally:
        wt.close()
        H.stop(p)


# ---------------------------------------------------------------- t01: ls -l + du (dark)
def t01_ls(name, r, png):
    home = fresh(os.path.join(SCR, "home", "elin"))
    d = os.path.join(home, "clients", "brightwater")
    os.makedirs(d)
    stems = ["contract_signed", "kickoff_notes", "invoice_0417", "invoice_0502", "site_photos", "budget_v3",
             "timesheet_april", "vendor_list", "scope_change", "meeting_minutes", "logo_final", "quote_revised"]
    exts = [".pdf", ".pdf", ".pdf", ".pdf", ".zip", ".xlsx", ".csv", ".csv", ".docx", ".txt", ".png", ".pdf"]
    idx = r.sample(range(len(stems)), 10)
    files = []
    base = dt.datetime(2025, 3, 3, 8, 0)
    used_sizes = set()
    for i in idx:
        fn = stems[i] + exts[i]
        while True:
            size = r.choice([r.randint(900, 9999), r.randint(10000, 99999), r.randint(100000, 2900000)])
            if size not in used_sizes:
                break
        used_sizes.add(size)
        mt = base + dt.timedelta(days=r.randint(0, 88), hours=r.randint(0, 9), minutes=r.randint(0, 59))
        files.append((fn, size, mt))
    mts = [f[2] for f in files]
    assert len(set(m.date() for m in mts)) == len(mts)  # distinct days -> clear latest/earliest
    for fn, size, mt in files:
        p = os.path.join(d, fn)
        with open(p, "wb") as f:
            f.write(bytes(r.getrandbits(8) for _ in range(min(size, 64))) + b"\0" * max(0, size - 64))
        ts = mt.replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(p, (ts, ts))
    folders = {}
    for sub in ["drafts", "scans", "archive"]:
        os.makedirs(os.path.join(d, sub))
        tot = 0
        for k in range(r.randint(2, 4)):
            sz = r.randint(200_000, 6_000_000)
            with open(os.path.join(d, sub, f"f{k}.bin"), "wb") as f:
                f.write(b"\0" * sz)
            tot += sz
        folders[sub] = tot
        ts = dt.datetime(2025, 5, 30, 17, 5).replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(os.path.join(d, sub), (ts, ts))
    assert len(set(folders.values())) == 3
    tr = session(name, png, "elin@harbor: ~/clients/brightwater", DARK, home, d,
                 ["ls -l --time-style=long-iso", "du -sh --apparent-size */"], "elin", "harbor", env={"TZ": "UTC"})
    big = max(files, key=lambda f: f[1])
    a, b = r.sample(files, 2)
    c = r.choice([f for f in files if f is not big])
    npdf = sum(1 for f in files if f[0].endswith(".pdf"))
    latest = max(files, key=lambda f: f[2])
    earliest = min(files, key=lambda f: f[2])
    e = r.choice([f for f in files if f not in (latest, earliest)])
    bigdir = max(folders, key=folders.get)
    cat = "terminal"
    return [
        Q("which file in this folder is the biggest?", big[0], "text", cat, "argmax", True, tr),
        Q(f"how many bytes is {c[0]}", c[1], "number", cat, "lookup", True, tr),
        Q("How many PDF files are in the listing?", npdf, "count", cat, "count", False),
        Q("what's the most recently modified file here", latest[0], "text", cat, "latest", True, tr),
        Q("Which file has the oldest modification date?", earliest[0], "text", cat, "earliest", True, tr),
        Q(f"{a[0]} and {b[0]} together, how many bytes is that", a[1] + b[1], "number", cat, "sum", False),
        Q("according to du which subfolder takes the most space", bigdir, "text", cat, "argmax", True, tr),
    ]


# ---------------------------------------------------------------- t02: git log + status (light)
def t02_git(name, r, png):
    home = fresh(os.path.join(SCR, "home", "jonas"))
    repo = os.path.join(home, "src", "ledgerline")
    os.makedirs(repo)
    authors = [("Marta Kowalczyk", "marta@ledgerline.dev"), ("Oskar Lind", "oskar@ledgerline.dev"),
               ("Ines Duarte", "ines@ledgerline.dev")]
    subjects = ["Initial project skeleton", "Add CSV parser for bank exports", "Handle thousands separators",
                "Add category rules engine", "Fix off-by-one in monthly totals", "Add CLI entry point",
                "Export summary as CSV", "Bump version to 0.4.0", "Document the rules file format"]
    n = 8
    subj = subjects[:1] + r.sample(subjects[1:], n - 1)
    who = [r.choice(authors) for _ in range(n)]
    while len(set(who)) < 3:
        who = [r.choice(authors) for _ in range(n)]
    t = dt.datetime(2025, 2, 3, 9, 30)
    dates = []
    for i in range(n):
        t = t + dt.timedelta(days=r.randint(1, 6), hours=r.randint(0, 8))
        dates.append(t)
    env0 = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", HOME=home)
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=env0)
    files = ["ledgerline/__init__.py", "ledgerline/parser.py", "ledgerline/rules.py", "ledgerline/cli.py",
             "README.md", "rules.example.toml"]
    for i in range(n):
        for f in files[: 2 + i % 5]:
            p = os.path.join(repo, f)
            os.makedirs(os.path.dirname(p), exist_ok=True)
            with open(p, "a") as fh:
                fh.write(f"# rev {i} {r.randint(0, 99999)}\n")
        e = dict(env0, GIT_AUTHOR_NAME=who[i][0], GIT_AUTHOR_EMAIL=who[i][1], GIT_COMMITTER_NAME=who[i][0],
                 GIT_COMMITTER_EMAIL=who[i][1], GIT_AUTHOR_DATE=dates[i].strftime("%Y-%m-%dT%H:%M:%S+0000"),
                 GIT_COMMITTER_DATE=dates[i].strftime("%Y-%m-%dT%H:%M:%S+0000"))
        subprocess.run(["git", "-C", repo, "add", "-A"], check=True, env=e)
        subprocess.run(["git", "-C", repo, "commit", "-q", "-m", subj[i]], check=True, env=e)
    subprocess.run(["git", "-C", repo, "checkout", "-q", "-b", "feature/csv-export"], check=True, env=env0)
    hashes = subprocess.run(["git", "-C", repo, "log", "--format=%h", "--reverse"], check=True, env=env0,
                            stdout=subprocess.PIPE, text=True).stdout.split()
    # working tree changes
    mod = r.sample(files[:4], 2)
    for f in mod:
        with open(os.path.join(repo, f), "a") as fh:
            fh.write("# wip\n")
    subprocess.run(["git", "-C", repo, "add", mod[0]], check=True, env=env0)
    untracked = ["notes_scratch.md", "sample_export.csv"][: r.randint(1, 2)]
    for u in untracked:
        open(os.path.join(repo, u), "w").write("tmp\n")
    fmt = "%h  %ad  %<(16)%an %s"
    tr = session(name, png, "jonas@fjord: ~/src/ledgerline", LIGHT, home, repo,
                 [f"git log --date=short --format='{fmt}'", "git status --short --branch"], "jonas", "fjord",
                 env={"GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"}, size=(1000, 600))
    cat = "terminal"
    au = r.choice(authors)[0]
    k = r.randrange(1, n - 1)
    j = r.randrange(1, n)
    return [
        Q("who made the latest commit?", who[-1][0], "person", cat, "latest", True, tr),
        Q(f"How many commits are by {au}?", sum(1 for w in who if w[0] == au), "count", cat, "count", False),
        Q(f"hash of the \"{subj[k]}\" commit", hashes[k], "code", cat, "lookup", True, tr),
        Q("what was the very first commit message", subj[0], "text", cat, "earliest", True, tr),
        Q("which branch is checked out", "feature/csv-export", "text", cat, "lookup", True, tr),
        Q(f"on what date was '{subj[j]}' committed?", dates[j].strftime("%Y-%m-%d"), "date", cat, "lookup", True, tr),
        Q("how many untracked files does git status show", len(untracked), "count", cat, "count", False),
    ]


# ---------------------------------------------------------------- t03: pytest (dark)
PRICING = '''"""pricing helpers for the shop backend"""


def net_price(gross, vat_rate):
    return round(gross / (1 + vat_rate), 2)


def apply_discount(price, percent):
    return round(price * (1 - percent / 100){bug_disc}, 2)


def bulk_tier(qty):
    if qty >= 100:
        return "gold"
    if qty >{bug_tier} 50:
        return "silver"
    return "standard"


def shipping_cost(weight_kg):
    return 4.90 if weight_kg <= 2 else round(4.90 + (weight_kg - 2) * {ship_rate}, 2)


def split_total(total, people):
    share = round(total / people, 2)
    return [share] * people


def loyalty_points(amount):
    return int(amount // {pts_div})
'''

TESTS = '''from pricing import net_price, apply_discount, bulk_tier, shipping_cost, split_total, loyalty_points


def test_net_price():
    assert net_price(119.0, 0.19) == 100.0


def test_discount_ten_percent():
    assert apply_discount(80.0, 10) == 72.0


def test_bulk_tier_silver_boundary():
    assert bulk_tier(50) == "silver"


def test_bulk_tier_gold():
    assert bulk_tier(120) == "gold"


def test_shipping_light_parcel():
    assert shipping_cost(1.5) == 4.90


def test_shipping_heavy_parcel():
    assert shipping_cost(5) == {ship_expect}


def test_split_total_sums_back():
    assert sum(split_total(100.0, 3)) == 100.0


def test_loyalty_points():
    assert loyalty_points(57.0) == 5
'''


def t03_pytest(name, r, png):
    home = fresh(os.path.join(SCR, "home", "ravi"))
    d = os.path.join(home, "shop-backend")
    os.makedirs(d)
    bugs = r.sample(["disc", "tier", "ship", "pts"], 2)
    fill = dict(bug_disc=" - 0.01" if "disc" in bugs else "", bug_tier="" if "tier" in bugs else "=",
                ship_rate="1.25" if "ship" in bugs else "1.5", pts_div="12" if "pts" in bugs else "10")
    src = PRICING.format(**fill)
    tests = TESTS.format(ship_expect="9.40")
    open(os.path.join(d, "pricing.py"), "w").write(src)
    open(os.path.join(d, "test_pricing.py"), "w").write(tests)
    # compute expected outcome by executing the same code here
    g = {}
    exec(src, g)
    exec(tests.replace("from pricing import", "# from pricing import"), g)
    results = {}
    for tname in [l.split("(")[0][4:] for l in tests.splitlines() if l.startswith("def test_")]:
        try:
            g[tname]()
            results[tname] = True
        except AssertionError:
            results[tname] = False
    tr = session(name, png, "ravi@buildbox: ~/shop-backend", DARK, home, d,
                 [("python3 -m pytest -v -p no:cacheprovider --tb=no -rf", 2.0)], "ravi", "buildbox",
                 size=(1060, 600))
    ver = subprocess.run(["/usr/bin/python3", "-c", "import pytest;print(pytest.__version__)"],
                         stdout=subprocess.PIPE, text=True).stdout.strip()
    failed = [t for t, ok in results.items() if not ok]
    passed = [t for t, ok in results.items() if ok]
    for t in failed:
        assert f"{t} FAILED" in tr
    ask_pass = r.choice(passed)
    ask_fail = r.choice(failed)
    cat = "terminal"
    return [
        Q("how many tests failed", len(failed), "count", cat, "count", True, tr),
        Q("How many passed?", len(passed), "count", cat, "count", True, tr),
        Q("which tests failed? names please", "; ".join(failed), "text", cat, "error", True, tr),
        Q(f"did {ask_pass} pass", "yes", "yesno", cat, "exists", False),
        Q(f"is {ask_fail} passing?", "no", "yesno", cat, "exists", False),
        Q("what pytest version is this", ver, "version", cat, "version", True, tr),
        Q("how many tests ran in total", len(results), "count", cat, "count", False),
    ]


# ---------------------------------------------------------------- t04: traceback + echo $? (light)
SUMMARIZE = '''import csv
import sys


def parse_row(row):
    weight = float(row["weight_kg"])
    return row["shipment"], row["carrier"], weight


def main(path):
    total = 0.0
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            ident, carrier, weight = parse_row(row)
            total += weight
    print(f"total weight: {total:.1f} kg")


if __name__ == "__main__":
    main(sys.argv[1])
'''


def t04_traceback(name, r, png):
    home = fresh(os.path.join(SCR, "home", "noor"))
    d = os.path.join(home, "ops")
    os.makedirs(d)
    carriers = ["DHL", "UPS", "GLS", "DPD", "FedEx"]
    rows = []
    used = set()
    for i in range(7):
        while True:
            sid = f"SH-{r.randint(1000, 9999)}"
            if sid not in used:
                used.add(sid)
                break
        rows.append([sid, r.choice(carriers), f"{r.randint(5, 480) / 10:.1f}", r.choice(["Oslo", "Bergen", "Trondheim", "Stavanger"])])
    bad = r.randint(4, 6)
    rows[bad][2] = "n/a"
    with open(os.path.join(d, "shipments.csv"), "w") as f:
        f.write("shipment,carrier,weight_kg,destination\n")
        for row in rows:
            f.write(",".join(row) + "\n")
    open(os.path.join(d, "summarize.py"), "w").write(SUMMARIZE)
    tr = session(name, png, "noor@opsbox: ~/ops", LIGHT, home, d,
                 ["head -5 shipments.csv", "python3 summarize.py shipments.csv", "echo $?"], "noor", "opsbox",
                 size=(1000, 600))
    line = [i for i, l in enumerate(SUMMARIZE.splitlines(), 1) if 'float(row["weight_kg"])' in l][0]
    err = "ValueError: could not convert string to float: 'n/a'"
    assert f'line {line}, in parse_row' in tr
    shown = rows[:4]
    a = r.choice(shown)
    b = r.choice([x for x in shown if x is not a])
    cat = "terminal"
    return [
        Q("what error is shown", err, "error", cat, "error", True, tr),
        Q("which line of summarize.py does the exception come from?", line, "number", cat, "lookup", True, tr),
        Q("exit status of the script?", 1, "number", cat, "lookup", False),
        Q("name of the function where it crashed", "parse_row", "text", cat, "read", True, tr),
        Q(f"weight of shipment {a[0]}", a[2], "number", cat, "cell", True, tr),
        Q(f"which carrier handles {b[0]}?", b[1], "text", cat, "cell", True, tr),
    ]


# ---------------------------------------------------------------- t05: ps of my worker processes (dark)
def t05_ps(name, r, png):
    home = fresh(os.path.join(SCR, "home", "kai"))
    bindir = fresh(os.path.join(SCR, "procbin"))
    names = ["tilecache", "geoindexd", "thumbnailer", "pdfrender", "mailsync"]
    mbs = r.sample([22, 58, 104, 163, 231, 297], 5)
    procs = []
    for nm, mb in zip(names, mbs):
        exe = os.path.join(bindir, nm)
        shutil.copy("/usr/bin/python3.11", exe)
        code = (f"b=bytearray({mb}*1048576)\nfor i in range(0,len(b),4096): b[i]=1\n"
                "import time\ntime.sleep(900)\n")
        procs.append(subprocess.Popen([exe, "-c", code], start_new_session=True,
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
    time.sleep(4)
    try:
        tr = session(name, png, "kai@render01: ~", DARK, home, home,
                     [f"ps -o pid,user,rss,comm -C {','.join(names)} --sort=-rss",
                      "pgrep -c -x 'tilecache|geoindexd|thumbnailer|pdfrender|mailsync'"],
                     "kai", "render01", size=(900, 520))
    finally:
        for p in procs:
            p.kill()
            p.wait()
    mem = dict(zip(names, mbs))
    hi = max(mem, key=mem.get)
    lo = min(mem, key=mem.get)
    x, y = r.sample(names, 2)
    u, v = r.sample(names, 2)
    cat = "system_monitor"
    for nm in names:
        assert nm in tr
    return [
        Q("which process is using the most memory", hi, "text", cat, "argmax", True, tr),
        Q("and which one uses the least RSS?", lo, "text", cat, "argmin", True, tr),
        Q("how many processes does pgrep count", 5, "count", cat, "count", True, tr),
        Q(f"does {x} use more memory than {y}?", "yes" if mem[x] > mem[y] else "no", "yesno", cat, "compare_more", False),
        Q(f"{u} or {v} - which one is smaller in memory", u if mem[u] < mem[v] else v, "text", cat, "choice_less", True, tr),
    ]


# ---------------------------------------------------------------- t06: mathjs CLI calculator (light)
def t06_mathjs(name, r, png):
    home = fresh(os.path.join(SCR, "home", "lea"))
    d = os.path.join(home, "flat")
    os.makedirs(d)
    rent = r.randrange(1500, 2400, 10)
    util = Decimal(r.randint(15000, 29000)) / 100
    groc = Decimal(r.randint(40000, 80000)) / 100
    people = r.choice([3, 4])
    internet = Decimal(r.choice([2990, 3490, 3990, 4490])) / 100
    lines = [f"rent = {rent}", f"utilities = {util}", f"groceries = {groc}", f"internet = {internet}",
             f"people = {people}", "total = rent + utilities + groceries + internet",
             "round(total / people, 2)", "utilities - 250", "groceries / total * 100"]
    open(os.path.join(d, "split.txt"), "w").write("\n".join(lines) + "\n")
    npm_bin = "/tmp/screens_test29/npm/node_modules/.bin"
    tr = session(name, png, "lea@attic: ~/flat", LIGHT, home, d,
                 ["cat split.txt", "mathjs split.txt", "mathjs --version"], "lea", "attic",
                 env={"PATH": f"{npm_bin}:/usr/local/bin:/usr/bin:/bin"}, size=(900, 620))
    total = Decimal(rent) + util + groc + internet
    share = (total / people).quantize(Decimal("0.01"), rounding="ROUND_HALF_UP")
    sub = util - 250
    ver = __import__("json").load(open("/tmp/screens_test29/npm/node_modules/mathjs/package.json"))["version"]

    def s(x):
        return format(x.normalize(), "f")
    cat = "calculator"
    return [
        Q("what does the total come out to", s(total), "number", cat, "sum", True, tr),
        Q("per person share?", s(share), "money", cat, "ratio", True, tr),
        Q("utilities minus 250 = ?", s(sub), "number", cat, "subtract", True, tr),
        Q("which mathjs version is installed", ver, "version", cat, "version", True, tr),
        Q("How many people is the total split between?", people, "number", cat, "lookup", True, tr),
    ]


TERM_SCENES = [("t01_ls", t01_ls), ("t02_git", t02_git), ("t03_pytest", t03_pytest),
               ("t04_traceback", t04_traceback), ("t05_ps", t05_ps), ("t06_mathjs", t06_mathjs)]
