"""Terminal scenes: qmlkonsole (KDE Plasma Mobile terminal, Qt5/QML + QMLTermWidget)."""
import datetime as dt
import os
import shlex
import subprocess
import time
from pathlib import Path

from common import Q

USER = "lena"
HOST = "mapletop"


def ts(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi).timestamp()


def run_terminal(desk, work, out_png, scheme, cwd, commands, size=(960, 600), font=12, settle=1.5):
    """Start qmlkonsole whose $SHELL is a driver script that prints a prompt + each command,
    runs it (output also appended to a log), then leaves an interactive bash prompt."""
    home = work / "home"
    (home / ".config").mkdir(parents=True, exist_ok=True)
    (home / ".config" / "qmlkonsolerc").write_text(
        f"[General]\ncolorScheme={scheme}\nfontSize={font}\n")
    log = work / "term.log"
    go = work / "go"
    done = work / "done"
    rel = "~" + str(cwd)[len(str(home)):] if str(cwd).startswith(str(home)) else str(cwd)
    prompt = f"{USER}@{HOST}:{rel}$ "
    lines = ["#!/bin/bash", "set -o pipefail", f"cd {shlex.quote(str(cwd))}",
             f"while [ ! -e {go} ]; do sleep 0.2; done", "clear"]
    lines.append("__st=0")
    for cmd in commands:
        lines.append(f"printf '%s\\n' {shlex.quote(prompt + cmd)} | tee -a {log}")
        lines.append(f"(exit $__st); {{ {cmd} ; }} 2>&1 | tee -a {log}; __st=$?")
    lines.append(f"touch {done}")
    lines.append(f"export PS1={shlex.quote(prompt)}")
    lines.append("exec bash --norc -i")
    drv = work / "driver.sh"
    drv.write_text("\n".join(lines) + "\n")
    drv.chmod(0o755)
    env = desk.app_env(home, {"SHELL": str(drv), "USER": USER, "LOGNAME": USER,
                              "HOSTNAME": HOST, "TERM": "xterm-256color", "COLUMNS": "",
                              "GIT_PAGER": "cat", "PAGER": "cat"})
    env.pop("COLUMNS")
    p = desk.launch(["qmlkonsole"], env, cwd=str(cwd))
    wid = desk.find_window(pid=p.pid)
    time.sleep(2.0)
    desk.place(wid, 40, 30, *size)
    time.sleep(1.5)
    go.touch()
    t0 = time.time()
    while not done.exists() and time.time() - t0 < 60:
        time.sleep(0.3)
    time.sleep(settle)
    desk.capture(wid, out_png)
    return log.read_text()


# --------------------------------------------------------------------------------------------
def term_ls_du(desk, rng, work, out_png):
    home = work / "home"
    rep = home / "reports"
    rep.mkdir(parents=True)
    names = ["budget_2025.xlsx", "q1_summary.pdf", "vendors.csv", "payroll_march.csv",
             "meeting_notes.txt", "invoice_0412.pdf", "travel_expenses.csv", "board_deck.pptx",
             "logo_final.png", "contracts_2024.zip"]
    sizes = rng.sample(range(1200, 2_400_000), len(names))
    base = dt.datetime(2025, 1, 6, 8, 0)
    offs = rng.sample(range(0, 120 * 24 * 60, 37), len(names))
    files = []
    for n, s, o in zip(names, sizes, offs):
        f = rep / n
        with open(f, "wb") as fh:
            fh.write(bytes(rng.getrandbits(8) for _ in range(64)) * (s // 64) + b"x" * (s % 64))
        m = (base + dt.timedelta(minutes=o)).timestamp()
        os.utime(f, (m, m))
        files.append((n, s, base + dt.timedelta(minutes=o)))
    sub = {"archive": rng.randint(3, 5) * 1_000_000 + rng.randint(0, 900_000),
           "drafts": rng.randint(600_000, 2_400_000)}
    for d, total in sub.items():
        (rep / d).mkdir()
        parts = [total // 3, total // 3, total - 2 * (total // 3)]
        for i, s in enumerate(parts):
            fp = rep / d / f"part{i}.bin"
            fp.write_bytes(b"\0" * s)
        m = ts(2025, 2, 3 + len(d), 10, 15)
        os.utime(rep / d, (m, m))
    text = run_terminal(desk, work, out_png, "DarkPastels", rep,
                        ["ls -l --time-style=long-iso", "du -sh --apparent-size archive drafts"],
                        size=(900, 460))
    big = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    oldest = min(files, key=lambda f: f[2])
    ncsv = sum(1 for f in files if f[0].endswith(".csv"))
    ven = [f for f in files if f[0] == "vendors.csv"][0]
    bigger_dir = max(sub, key=sub.get)
    cat = "terminal"
    return [
        Q("hey which file in this folder is the biggest one?", big[0], "text", cat, "argmax", True, text),
        Q("size of vendors.csv in bytes", ven[1], "number", cat, "lookup", True, text),
        Q("what's the most recently modified file", newest[0], "text", cat, "latest", True, text),
        Q("how many csv files are listed", ncsv, "count", cat, "count", False),
        Q("which file was modified earliest?", oldest[0], "text", cat, "earliest", True, text),
        Q("which takes up more space, archive or drafts", bigger_dir, "text", cat, "choice_more", True, text),
        Q("which is smaller: budget_2025.xlsx or logo_final.png?", min(
            [f for f in files if f[0] in ("budget_2025.xlsx", "logo_final.png")], key=lambda f: f[1])[0],
          "text", cat, "choice_less", True, text),
    ]


# --------------------------------------------------------------------------------------------
def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True,
                          check=True, env=env).stdout


def term_git_log(desk, rng, work, out_png):
    home = work / "home"
    repo = home / "src" / "tidepool"
    repo.mkdir(parents=True)
    authors = [("Priya Nair", "priya@tidepool.dev"), ("Tomasz Wilk", "tomasz@tidepool.dev"),
               ("Ines Carvalho", "ines@tidepool.dev")]
    subjects = ["Initial project skeleton", "Add tide table parser", "Add CSV export",
                "Fix timezone offset in parser", "Add station lookup cache", "Bump version to 0.4.0",
                "Handle missing readings gracefully", "Refactor export writer"]
    who = [0] + [rng.randrange(3) for _ in subjects[1:]]
    t = dt.datetime(2025, 3, 3, 9, 0)
    baseenv = dict(os.environ, HOME=str(home))
    git(repo, "init", "-q", "-b", "main", env=baseenv)
    commits = []
    for i, (s, a) in enumerate(zip(subjects, who)):
        t = t + dt.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 6), minutes=rng.randint(0, 59))
        (repo / f"mod{i}.py").write_text(f"# {s}\nVALUE = {rng.randint(1, 999)}\n")
        if i == 0:
            (repo / "README.md").write_text("# tidepool\n")
            (repo / "parser.py").write_text("def parse(x):\n    return x\n")
        env = dict(baseenv, GIT_AUTHOR_NAME=authors[a][0], GIT_AUTHOR_EMAIL=authors[a][1],
                   GIT_COMMITTER_NAME=authors[a][0], GIT_COMMITTER_EMAIL=authors[a][1],
                   GIT_AUTHOR_DATE=t.strftime("%Y-%m-%dT%H:%M:%S+0100"),
                   GIT_COMMITTER_DATE=t.strftime("%Y-%m-%dT%H:%M:%S+0100"))
        git(repo, "add", "-A", env=env)
        git(repo, "commit", "-q", "-m", s, env=env)
        commits.append((s, authors[a][0], t))
    git(repo, "checkout", "-q", "-b", "feature/station-alerts", env=baseenv)
    (repo / "parser.py").write_text("def parse(x):\n    return x.strip()\n")
    (repo / "README.md").write_text("# tidepool\n\nTide tables.\n")
    (repo / "alerts.py").write_text("ALERTS = []\n")
    text = run_terminal(desk, work, out_png, "BlackOnWhite", repo,
                        ["git log --date=short --format='%h  %ad  %<(14)%an %s'", "git status -sb"],
                        size=(900, 420))
    log = git(repo, "log", "--format=%h|%an|%ad|%s", "--date=short").strip().splitlines()
    rows = [l.split("|") for l in log]  # newest first
    cat = "git"
    cnt = {}
    for r in rows:
        cnt[r[1]] = cnt.get(r[1], 0) + 1
    ask = max(cnt, key=lambda k: (cnt[k], k))
    csv_row = [r for r in rows if r[3] == "Add CSV export"][0]
    idx = [r[3] for r in rows].index("Add tide table parser")
    after = rows[idx - 1][3]
    return [
        Q("who made the latest commit", rows[0][1], "person", cat, "party", True, text),
        Q(f"how many commits did {ask} make?", cnt[ask], "count", cat, "count", False),
        Q("what branch am I on", "feature/station-alerts", "text", cat, "lookup", True, text),
        Q("hash of the very first commit?", rows[-1][0], "code", cat, "nth", True, text),
        Q("when was the CSV export added", csv_row[2], "date", cat, "lookup", True, text),
        Q("are there any untracked files", "yes", "yesno", cat, "exists", False),
        Q("what was committed next after 'Add tide table parser'?", after, "text", cat, "next", True, text),
    ]


# --------------------------------------------------------------------------------------------
PRICING = '''\
def net_price(gross, vat):
    return round(gross / (1 + vat), 2)


def discount(price, pct):
    return round(price * (1 - pct / 100), 2)


def split_bill(total, people):
    return round(total / people, 2)


def parse_amount(text):
    return float(text.replace(",", "."))
'''


def term_unittest(desk, rng, work, out_png):
    home = work / "home"
    proj = home / "projects" / "tillsum"
    proj.mkdir(parents=True)
    (proj / "pricing.py").write_text(PRICING)
    ns = {}
    exec(PRICING, ns)
    # (test name, expression, expected) ; expected decided from the seed, outcome computed here
    cases = [
        ("test_net_price_standard", "net_price(119.0, 0.19)", 100.0),
        ("test_net_price_reduced", "net_price(53.5, 0.07)", 50.0),
        ("test_discount_ten", "discount(80.0, 10)", 72.0),
        ("test_discount_rounding", "discount(19.99, 15)", rng.choice([16.99, 17.0])),
        ("test_split_even", "split_bill(90.0, 3)", 30.0),
        ("test_split_odd", "split_bill(100.0, 3)", rng.choice([33.33, 33.34])),
        ("test_split_nobody", "split_bill(10.0, 0)", 0.0),
        ("test_parse_comma", "parse_amount('12,50')", 12.5),
        ("test_parse_blank", "parse_amount('')", 0.0),
    ]
    order = sorted(cases)  # unittest runs tests alphabetically
    src = ["import unittest", "from pricing import *", "", "", "class PricingTests(unittest.TestCase):"]
    outcome = {}
    for name, expr, exp in cases:
        src += [f"    def {name}(self):", f"        self.assertEqual({expr}, {exp!r})", ""]
        try:
            val = eval(expr, ns)
            outcome[name] = ("ok", None) if val == exp else ("FAIL", None)
        except Exception as e:  # noqa: BLE001
            outcome[name] = ("ERROR", type(e).__name__)
    src += ["", "if __name__ == '__main__':", "    unittest.main()"]
    (proj / "test_pricing.py").write_text("\n".join(src) + "\n")
    text = run_terminal(desk, work, out_png, "WhiteOnBlack", proj,
                        ["python3 -m unittest -v test_pricing 2>&1 | grep -E '(\\.\\.\\.|^Ran|^OK|^FAILED)'",
                         "echo $?"], size=(880, 360))
    nfail = sum(1 for v in outcome.values() if v[0] == "FAIL")
    nerr = sum(1 for v in outcome.values() if v[0] == "ERROR")
    nok = sum(1 for v in outcome.values() if v[0] == "ok")
    errs = [(k, v[1]) for k, v in outcome.items() if v[0] == "ERROR"]
    assert len(errs) == 2
    cat = "terminal"
    status = "1" if (nfail or nerr) else "0"
    qtest = "test_discount_rounding"
    return [
        Q("how many tests ran", len(cases), "count", cat, "count", True, text),
        Q("number of failures?", nfail, "count", cat, "count", True, text),
        Q("how many tests passed", nok, "count", cat, "count", False),
        Q(f"did {qtest} pass", "yes" if outcome[qtest][0] == "ok" else "no", "yesno", cat, "state_yesno", False),
        Q("which tests ended in ERROR rather than FAIL?", "; ".join(sorted(e[0] for e in errs)), "text", cat,
          "error", True, text),
        Q("what exit code did the test run return", status, "number", cat, "lookup", True,
          text.split("echo $?")[-1]),
    ]


# --------------------------------------------------------------------------------------------
def term_traceback(desk, rng, work, out_png):
    home = work / "home"
    proj = home / "projects" / "fxload"
    proj.mkdir(parents=True)
    cur = ["EUR", "USD", "GBP", "SEK", "NOK", "DKK"]
    rates = {c: round(rng.uniform(0.6, 11.5), 4) for c in cur}
    rates["EUR"] = 1.0
    missing = rng.choice(["CHF", "JPY", "PLN"])
    rows = [(f"INV-{rng.randint(1000, 9999)}", rng.choice(cur[1:]), round(rng.uniform(40, 900), 2))
            for _ in range(5)]
    rows.insert(rng.randint(2, 4), (f"INV-{rng.randint(1000, 9999)}", missing, round(rng.uniform(40, 900), 2)))
    (proj / "invoices.csv").write_text("number,currency,amount\n" +
                                       "".join(f"{a},{b},{c}\n" for a, b, c in rows))
    code = [
        "import csv",
        "",
        "RATES = " + repr(rates),
        "",
        "",
        "def to_eur(amount, currency):",
        "    return round(amount / RATES[currency], 2)",
        "",
        "",
        "def load(path):",
        "    total = 0.0",
        "    with open(path) as fh:",
        "        for row in csv.DictReader(fh):",
        "            total += to_eur(float(row['amount']), row['currency'])",
        "    return total",
        "",
        "",
        "if __name__ == '__main__':",
        "    print('total EUR', load('invoices.csv'))",
    ]
    (proj / "convert.py").write_text("\n".join(code) + "\n")
    err_line = code.index("    return round(amount / RATES[currency], 2)") + 1
    text = run_terminal(desk, work, out_png, "SolarizedLight", proj,
                        ["cat invoices.csv", "python3 convert.py", "echo $?"], size=(900, 560))
    cat = "terminal"
    return [
        Q("what error did the script crash with?", f"KeyError: '{missing}'", "error", cat, "error", True, text),
        Q("which line of convert.py raised it", err_line, "number", cat, "lookup", True, text),
        Q("in what function did it blow up", "to_eur", "text", cat, "read", True, text),
        Q("exit status?", 1, "number", cat, "lookup", True, text.split("echo $?")[-1]),
        Q("how many invoices are in invoices.csv", len(rows), "count", cat, "count", False),
        Q(f"whats the amount on {rows[0][0]}", f"{rows[0][2]}", "number", cat, "cell", True, text),
    ]


# --------------------------------------------------------------------------------------------
WORKER = r'''
import ctypes, sys, time
libc = ctypes.CDLL("libc.so.6")
libc.prctl(15, sys.argv[1].encode(), 0, 0, 0)
blob = b"\x01" * (int(sys.argv[2]) * 1024 * 1024)
open(sys.argv[3], "w").close()
time.sleep(600)
'''


def term_ps_workers(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    names = ["pgw-ingest", "pgw-resize", "pgw-thumbs", "pgw-index", "pgw-upload"]
    mbs = rng.sample([30, 75, 120, 170, 225, 280], 5)
    (work / "worker.py").write_text(WORKER)
    for n, mb in zip(names, mbs):
        desk.launch(["/usr/bin/python3", str(work / "worker.py"), n, str(mb), str(work / f"ready-{n}")],
                    desk.app_env(home))
    t0 = time.time()
    while not all((work / f"ready-{n}").exists() for n in names) and time.time() - t0 < 30:
        time.sleep(0.3)
    text = run_terminal(desk, work, out_png, "GreenOnBlack", home,
                        ["ps -o pid,rss,vsz,comm --sort=-rss -C " + ",".join(names), "pgrep -c pgw-"],
                        size=(760, 330))
    mem = dict(zip(names, mbs))
    cat = "system_monitor"
    a, b = "pgw-index", "pgw-ingest"
    return [
        Q("which pgw worker is using the most memory", max(mem, key=mem.get), "text", cat, "argmax", True, text),
        Q("and which one uses the least RSS?", min(mem, key=mem.get), "text", cat, "argmin", True, text),
        Q("how many pgw processes are running", len(names), "count", cat, "count", True, text),
        Q(f"is {a} using more memory than {b}?", "yes" if mem[a] > mem[b] else "no", "yesno", cat,
          "compare_more", False),
        Q("what's the second biggest process by memory", sorted(mem, key=mem.get)[-2], "text", cat, "nth",
          True, text),
    ]


# --------------------------------------------------------------------------------------------
def term_units_calc(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    miles = rng.choice([13.1, 26.2, 31.07, 42.5])
    lbs = rng.choice([154, 176, 198, 212])
    gal = rng.choice([12, 14, 15, 18])
    cmds = [f"units -1 --compact '{miles} miles' km", f"units -1 --compact '{lbs} lb' kg",
            f"units -1 --compact '{gal} gallons' liters", "units --version | head -1"]
    text = run_terminal(desk, work, out_png, "SolarizedLight", home, cmds, size=(720, 330))

    def g8(x):
        return f"{x:.8g}"
    km = g8(miles * 1.609344)
    kg = g8(lbs * 0.45359237)
    lt = g8(gal * 3.785411784)
    ver = subprocess.run(["units", "--version"], capture_output=True, text=True).stdout.splitlines()[0]
    version = ver.split("version")[-1].strip()
    cat = "calculator"
    return [
        Q(f"{miles} miles is how many km here?", km, "number", cat, "lookup", True, text),
        Q(f"what did {lbs} lb convert to", kg, "number", cat, "lookup", True, text),
        Q(f"how many litres is {gal} gallons per the output", lt, "number", cat, "lookup", True, text),
        Q("which version of units is installed", version, "version", cat, "version", True, text),
        Q("what was the last command typed", "units --version | head -1", "text", cat, "nth", True, text),
    ]
