#!/usr/bin/env python3
"""screens_test22: screenshots of real Debian 12 applications under Xvfb :74 + openbox.

Run as root:  /work/main/.venv/bin/python build.py [window ...]
All content comes from SEED; every gold is computed from the generated data.
"""
import os, sys, json, shlex, random, shutil, subprocess, time, datetime, re, textwrap, math, wave, struct

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import harness as H
from harness import sh

SEED = 6733
IMG = os.path.join(HERE, "images")
HOME = H.HOME
SYSPY = "/usr/bin/python3"
VENVPY = "/work/main/.venv/bin/python"
PROMPT_USER, PROMPT_HOST = "mira", "orchid"

QS = []          # (window, question, answer, answer_type, category, intent, literal)
WINDOWS = []     # registered window builders
SKIPPED = []


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


def window(category):
    def deco(fn):
        WINDOWS.append((fn.__name__, category, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, name, category):
        self.name, self.category, self.qs = name, category, []

    def q(self, question, answer, atype, intent, literal, shown=None):
        answer = str(answer)
        if literal:
            assert shown is not None, (self.name, question)
            for part in answer.split("; "):
                assert part in shown, f"{self.name}: gold {part!r} not in drawn text for {question!r}"
        self.qs.append((self.name, question, answer, atype, self.category, intent, bool(literal)))


def set_mtime(path, dt):
    ts = dt.replace(tzinfo=datetime.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


def write_file(path, size, rng):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = bytes(rng.getrandbits(8) for _ in range(min(size, 4096)))
    with open(path, "wb") as f:
        while size > 0:
            chunk = data[:min(size, len(data))]
            f.write(chunk)
            size -= len(chunk)


def fresh(path):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path, exist_ok=True)
    return path


# ----------------------------------------------------------------------------------- terminals
TERM_THEMES = {
    "dark": ("#1e2127", "#d0d0d0"),
    "light": ("#fdf6e3", "#202020"),
    "green": ("#0c1a0c", "#9fe89f"),
}


def terminus_window(name, cwd, commands, theme, size=(1040, 660), typed=None, settle=2.5):
    """Run `commands` (list of shell commands) in a real terminus window, each echoed after a prompt.
    Returns the transcript produced by running the same script outside the terminal."""
    bg, fg = TERM_THEMES[theme]
    for k, v in (("bg-color", bg), ("fg-color", fg), ("enable-guake-mode", "false"),
                 ("use-system-font", "false"), ("terminal-font", "DejaVu Sans Mono 11"),
                 ("terminal-bell", "false")):
        sh(["gsettings", "set", "org.rastersoft.terminus", k, v if v in ("true", "false") else v])
    short = cwd.replace(HOME, "~")
    os.makedirs(HOME + "/.local/bin", exist_ok=True)
    with open(HOME + "/.local/bin/python", "w") as f:
        f.write(f"#!/bin/sh\nexec {VENVPY} \"$@\"\n")
    os.chmod(HOME + "/.local/bin/python", 0o755)
    scr = os.path.join(H.SCR, f"{name}.sh")
    lines = ["#!/bin/bash", "cd " + json.dumps(cwd), "export LANG=C.UTF-8 TZ=UTC PATH=$HOME/.local/bin:$PATH"]
    lines.append("__rc=0")
    for c in commands:
        lines.append(f"printf '%s@%s:%s$ %s\\n' {PROMPT_USER} {PROMPT_HOST} {shlex.quote(short)} {shlex.quote(c)}")
        lines.append("( exit $__rc )")
        lines.append(c)
        lines.append("__rc=$?")
    lines.append(f"printf '%s@%s:%s$ ' {PROMPT_USER} {PROMPT_HOST} {json.dumps(short)}")
    body = "\n".join(lines) + "\n"
    with open(scr, "w") as f:
        f.write(body)
    transcript = sh(["bash", "-c", f"bash {scr} 2>&1"], cwd=cwd).stdout
    with open(scr, "w") as f:
        f.write(body + ("exec " + typed + "\n" if typed else "sleep 600\n"))
    p = H.launch(["terminus", "-e", "bash " + scr], cwd=cwd)
    try:
        w = H.find_window(pid=p.pid)
        H.place(w, 60, 40, *size)
        time.sleep(settle)
        yield_ = (p, w)
        return transcript, yield_
    except Exception:
        H.kill(p)
        raise


def finish_term(name, handle):
    p, w = handle
    H.capture(w, os.path.join(IMG, name + ".png"))
    H.kill(p)


@window("terminal")
def t01_terminus_ls(c):
    rng = rng_for("t01")
    d = fresh(HOME + "/reports")
    stems = rng.sample(["budget_q3", "payroll_sep", "vendors", "fleet_costs", "kpi_summary", "audit_notes",
                        "travel_claims", "invoices_aug", "headcount", "energy_use", "ledger_export",
                        "forecast_2027"], 10)
    exts = ["csv", "csv", "csv", "pdf", "pdf", "xlsx", "xlsx", "txt", "json", "csv"]
    rng.shuffle(exts)
    sizes = rng.sample(range(1800, 880000), 10)
    days = rng.sample(range(0, 300), 10)
    files = []
    for s, e, sz, dd in zip(stems, exts, sizes, days):
        fn = f"{s}.{e}"
        write_file(os.path.join(d, fn), sz, rng)
        mt = datetime.datetime(2026, 1, 5, rng.randrange(7, 19), rng.randrange(60)) + datetime.timedelta(days=dd)
        set_mtime(os.path.join(d, fn), mt)
        files.append((fn, e, sz, mt))
    sub = {}
    for sd in ("archive", "raw"):
        tot = 0
        for i in range(rng.randint(3, 5)):
            sz = rng.randrange(40_000, 900_000)
            write_file(os.path.join(d, sd, f"part{i+1:02d}.bin"), sz, rng)
            tot += sz
        sub[sd] = tot
        set_mtime(os.path.join(d, sd), datetime.datetime(2026, 9, rng.randrange(1, 28), 9, 15))
    tr, hd = terminus_window(c.name, d, ["ls -l --time-style=long-iso", "du -sh --apparent-size archive raw"], "dark")
    finish_term(c.name, hd)
    big = max(files, key=lambda f: f[2])
    new = max(files, key=lambda f: f[3])
    old = min(files, key=lambda f: f[3])
    ask = rng.choice([f for f in files if f not in (big, new, old)])
    ask2 = rng.choice([f for f in files if f not in (big, new, old, ask)])
    c.q("which file in this folder is the biggest?", big[0], "text", "argmax", True, tr)
    c.q(f"how many bytes is {ask[0]}", ask[2], "number", "lookup", True, tr)
    c.q("what's the most recently modified file here", new[0], "text", "latest", True, tr)
    c.q("number of csv files in the listing?", sum(1 for f in files if f[1] == "csv"), "count", "count", False)
    c.q(f"when was {ask2[0]} last changed", ask2[3].strftime("%Y-%m-%d"), "date", "lookup", True, tr)
    c.q("According to du, which is larger: archive or raw?", max(sub, key=sub.get), "text", "choice_more", True, tr)


def git(repo, *args, env=None):
    e = dict(H.ENV)
    if env:
        e.update(env)
    r = subprocess.run(["git", *args], cwd=repo, env=e, capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    return r.stdout


@window("git")
def t02_terminus_git(c):
    rng = rng_for("t02")
    repo = fresh(HOME + "/src/tollgate")
    authors = [("Priya Natarajan", "priya@tollgate.dev"), ("Tomasz Wrona", "tomasz@tollgate.dev"),
               ("Ines Carvalho", "ines@tollgate.dev")]
    subjects = ["Initial project layout", "Add plate reader client", "Parse lane events from MQTT",
                "Fix double billing on re-entry", "Add nightly tariff export", "Bump pydantic to 2.8",
                "Cache vehicle class lookups", "Handle missing transponder id", "Add lane health endpoint"]
    n = 8
    subjects = subjects[:1] + rng.sample(subjects[1:], n - 1)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "user.name", "x"); git(repo, "config", "user.email", "x@x")
    t = datetime.datetime(2026, 3, 2, 9, 0)
    commits = []
    for i, s in enumerate(subjects):
        a = authors[0] if i == 0 else rng.choice(authors)
        t = t + datetime.timedelta(days=rng.randint(2, 9), hours=rng.randint(0, 6))
        with open(os.path.join(repo, f"mod{i}.py"), "w") as f:
            f.write(f"# {s}\nVALUE = {rng.randint(1, 999)}\n")
        git(repo, "add", "-A")
        ds = t.strftime("%Y-%m-%dT%H:%M:%S+0000")
        git(repo, "commit", "-q", "-m", s, env={"GIT_AUTHOR_NAME": a[0], "GIT_AUTHOR_EMAIL": a[1],
            "GIT_COMMITTER_NAME": a[0], "GIT_COMMITTER_EMAIL": a[1], "GIT_AUTHOR_DATE": ds, "GIT_COMMITTER_DATE": ds})
        commits.append((s, a[0], t, git(repo, "rev-parse", "--short=7", "HEAD").strip()))
    branch = "feature/" + rng.choice(["lane-health", "tariff-v2", "plate-retry"])
    git(repo, "checkout", "-q", "-b", branch)
    mod = rng.sample(range(n), 3)
    for i in mod:
        with open(os.path.join(repo, f"mod{i}.py"), "a") as f:
            f.write("# wip\n")
    with open(os.path.join(repo, "NOTES.md"), "w") as f:
        f.write("todo\n")
    tr, hd = terminus_window(c.name, repo, ["git log --format='%h  %ad  %<(16)%an %s' --date=short",
                                            "git status -sb"], "light")
    finish_term(c.name, hd)
    who = rng.choice(authors)[0]
    pick = rng.choice(commits[1:-1])
    c.q("what is the newest commit about", commits[-1][0], "text", "latest", True, tr)
    c.q(f"how many commits did {who.split()[0]} make?", sum(1 for x in commits if x[1] == who), "count", "count", False)
    c.q(f"who wrote '{pick[0]}'", pick[1], "person", "party", True, tr)
    c.q("which branch am I on", branch, "text", "lookup", True, tr)
    c.q("how many files are modified (not counting untracked)?", len(mod), "count", "count", False)
    c.q("date of the very first commit?", commits[0][2].strftime("%Y-%m-%d"), "date", "earliest", True, tr)
    c.q(f"hash of the commit \"{commits[-2][0]}\"", commits[-2][3], "code", "lookup", True, tr)


@window("terminal")
def t03_terminus_pytest(c):
    rng = rng_for("t03")
    d = fresh(HOME + "/src/fare_calc")
    base = rng.choice([2.40, 2.60, 2.80])
    per_km = rng.choice([0.35, 0.40, 0.45])
    src = textwrap.dedent(f"""\
        BASE = {base}
        PER_KM = {per_km}

        def fare(km, child=False, night=False):
            f = BASE + PER_KM * km
            if child:
                f = f * 0.5
            if night:
                f = f + 1.0
            return round(f, 2)
        """)
    open(os.path.join(d, "fare.py"), "w").write(src)
    ns = {}
    exec(src, ns)
    fare = ns["fare"]
    cases = []
    names = ["test_short_trip", "test_long_trip", "test_child_half_price", "test_night_surcharge",
             "test_zero_km", "test_child_at_night", "test_ten_km", "test_rounding", "test_airport_run"]
    for nm in names:
        km = rng.choice([0, 1, 3, 5, 7, 10, 12, 25, 40])
        child = "child" in nm
        night = "night" in nm
        exp = fare(km, child, night)
        if rng.random() < 0.33:
            exp = round(exp + rng.choice([-0.5, 0.2, 1.0]), 2)   # wrong expectation -> test fails
        cases.append((nm, km, child, night, exp, fare(km, child, night) == exp))
    if sum(1 for x in cases if not x[5]) == 0:
        nm, km, ch, ni, exp, _ = cases[3]
        cases[3] = (nm, km, ch, ni, round(exp + 1, 2), False)
    tests = "from fare import fare\n\n" + "".join(
        f"\ndef {nm}():\n    assert fare({km}, child={ch}, night={ni}) == {exp}\n" for nm, km, ch, ni, exp, _ in cases)
    open(os.path.join(d, "test_fare.py"), "w").write(tests)
    cmd = f"{VENVPY} -m pytest -v --tb=no -p no:cacheprovider test_fare.py"
    tr, hd = terminus_window(c.name, d, [cmd.replace(VENVPY, "python"), "echo $?"], "dark", size=(1100, 640))
    finish_term(c.name, hd)
    # the terminal ran `python` = PATH python? make sure transcript is from the same interpreter
    failed = [x for x in cases if not x[5]]
    passed_one = rng.choice([x for x in cases if x[5]])
    fail_one = rng.choice(failed)
    ver = re.search(r"pytest-(\d+\.\d+\.\d+)", tr).group(1)
    c.q("how many tests failed", len(failed), "count", "count", False)
    c.q(f"did {passed_one[0]} pass?", "yes", "yesno", "state_yesno", False)
    c.q(f"{fail_one[0]} - pass or fail?", "fail", "text", "choice", False)
    c.q("pytest version?", ver, "version", "version", True, tr)
    c.q("which is the first test that failed", failed[0][0], "text", "nth", True, tr)
    c.q("what exit code did the run return", 1, "number", "lookup", True, tr.split("echo $?")[-1])


@window("terminal")
def t04_terminus_traceback(c):
    rng = rng_for("t04")
    d = fresh(HOME + "/src/depot_costs")
    depots = rng.sample(["Leeds", "Derby", "Hull", "Bristol", "Exeter", "Carlisle", "Ipswich", "Luton"], 6)
    rows = [(dp, rng.randrange(800, 9000), rng.randrange(20, 400)) for dp in depots]
    zero_i = rng.randrange(2, 6)
    rows[zero_i] = (rows[zero_i][0], rows[zero_i][1], 0)
    with open(os.path.join(d, "depots.csv"), "w") as f:
        f.write("depot,cost,parcels\n" + "".join(f"{a},{b},{p}\n" for a, b, p in rows))
    pad = rng.randint(0, 3)
    src = ("#!/usr/bin/env python3\n\"\"\"Cost per parcel for each depot.\"\"\"\nimport csv\n" + "\n" * pad +
           "\ndef load(path):\n    with open(path) as f:\n        return list(csv.DictReader(f))\n\n\n"
           "def per_parcel(row):\n    cost = float(row['cost'])\n    return cost / int(row['parcels'])\n\n\n"
           "def main():\n    for row in load('depots.csv'):\n        print(f\"{row['depot']:<10} {per_parcel(row):8.2f}\")\n\n\n"
           "if __name__ == '__main__':\n    main()\n")
    open(os.path.join(d, "cost_report.py"), "w").write(src)
    lines = src.splitlines()
    err_line = next(i + 1 for i, l in enumerate(lines) if "return cost / int" in l)
    tr, hd = terminus_window(c.name, d, ["cat depots.csv", "python3 cost_report.py", "echo $?"], "light", size=(1000, 680))
    finish_term(c.name, hd)
    c.q("what error did the script hit?", "ZeroDivisionError: float division by zero", "error", "error", True, tr)
    c.q("which line of cost_report.py does the crash come from", err_line, "number", "lookup", True, tr)
    c.q("name of the function where it blew up?", "per_parcel", "text", "read", True, tr)
    c.q("exit status", 1, "number", "lookup", True, tr.split("echo $?")[-1])
    c.q("which depot has zero parcels", rows[zero_i][0], "text", "lookup", True, tr)
    c.q("what was the last depot printed before the crash", rows[zero_i - 1][0], "text", "nth", True, tr)


WORKER = r'''
import sys, time, ctypes
name, mb = sys.argv[1], int(sys.argv[2])
open("/proc/self/comm", "w").write(name)
buf = bytearray(mb * 1024 * 1024)
for i in range(0, len(buf), 4096):
    buf[i] = 1
time.sleep(900)
'''


@window("system_monitor")
def t05_terminus_ps(c):
    rng = rng_for("t05")
    names = rng.sample(["s22-ingest", "s22-resize", "s22-mailer", "s22-indexer", "s22-thumbs", "s22-billing",
                        "s22-audit"], 5)
    mbs = rng.sample([30, 55, 90, 140, 190, 240, 300], 5)
    d = fresh(HOME + "/ops")
    wp = os.path.join(H.SCR, "worker.py")
    open(wp, "w").write(WORKER)
    procs = [H.launch([SYSPY, wp, n, str(m)]) for n, m in zip(names, mbs)]
    try:
        time.sleep(4)
        tr, hd = terminus_window(c.name, d, ["ps -o pid,rss,vsz,comm --sort=-rss -C " + ",".join(names),
                                             "pgrep -c '^s22-'"], "green", size=(900, 520))
        finish_term(c.name, hd)
    finally:
        for p in procs:
            H.kill(p)
    mem = dict(zip(names, mbs))
    hi = max(mem, key=mem.get); lo = min(mem, key=mem.get)
    a, b = rng.sample(names, 2)
    c.q("which process is using the most memory", hi, "text", "argmax", True, tr)
    c.q("smallest RSS - which one?", lo, "text", "argmin", True, tr)
    c.q("how many s22 processes are running", len(names), "count", "count", True, tr)
    c.q(f"is {a} using more memory than {b}?", "yes" if mem[a] > mem[b] else "no", "yesno", "compare_more", False)
    c.q(f"what's the third process in the list?", sorted(names, key=lambda n: -mem[n])[2], "text", "nth", True, tr)


@window("calculator")
def t06_terminus_gp(c):
    rng = rng_for("t06")
    d = fresh(HOME + "/calc")
    a, b, cc = rng.randrange(120, 990), rng.randrange(12, 99), rng.randrange(100, 5000)
    e1 = f"{a}*{b}-{cc}"
    n = rng.randrange(11, 30)
    e2 = f"{n}!"
    p, q2 = rng.randrange(1000, 9000), rng.choice([7, 12, 24, 36])
    e3 = f"{p}/{q2}"
    m = rng.randrange(2, 9)
    e4 = f"2^{rng.randrange(20, 40)}+{m}"
    exprs = [e1, e2, e3, e4, "gcd(%d,%d)" % (rng.randrange(100, 999) * 6, rng.randrange(100, 999) * 6)]
    inp = "default(echo,1)\n" + "\n".join(exprs) + "\n"
    # real gp gives the shown results
    out = sh(["gp", "-q", "-f"], input=inp).stdout.split("\n")
    res = [l.strip() for l in out if l.strip() and not l.startswith("?")]
    assert len(res) == len(exprs), res
    ver = sh(["gp", "--version-short"]).stdout.strip()
    open(os.path.join(d, "session.gp"), "w").write(inp)
    tr, hd = terminus_window(c.name, d, ["gp --version-short", "gp -q -f < session.gp"], "light", size=(900, 420),
                             settle=3)
    finish_term(c.name, hd)
    r1 = a * b - cc
    assert res[0] == str(r1)
    import fractions
    c.q(f"what does {e1} come out to", r1, "number", "read", True, tr)
    c.q(f"result of {n} factorial?", math.factorial(n), "number", "read", True, tr)
    fr = fractions.Fraction(p, q2)
    c.q(f"gp printed what for {e3}", str(fr.numerator) + ("/" + str(fr.denominator) if fr.denominator != 1 else ""),
        "text", "read", True, tr)
    c.q("which version of pari/gp is this", ver, "version", "version", True, tr)
    g = math.gcd(*[int(x) for x in exprs[4][4:-1].split(",")])
    c.q("the gcd it computed - is it bigger than 100?", "yes" if g > 100 else "no", "yesno", "compare_more", False)



# ----------------------------------------------------------------------------------- GUI apps
def kib(sz):
    return f"{sz / 1024:.1f} KB"


@window("file_manager")
def g01_peony_contracts(c):
    rng = rng_for("g01")
    d = fresh(HOME + "/Documents/Contracts")
    names = rng.sample(["lease_harbour_st.pdf", "nda_brightwell.pdf", "sow_2026_q4.docx", "msa_northwind.pdf",
                        "renewal_terms.odt", "insurance_cert.pdf", "pricing_annex.xlsx", "signature_page.png",
                        "vendor_onboarding.docx", "termination_notice.pdf", "escrow_agreement.pdf"], 9)
    files = []
    for nm in names:
        while True:
            sz = rng.randrange(9_000, 990_000)
            fr = (sz / 1024 * 10) % 1
            if abs(fr - 0.5) > 0.08:
                break
        write_file(os.path.join(d, nm), sz, rng)
        mt = datetime.datetime(2026, rng.randrange(1, 12), rng.randrange(1, 28), rng.randrange(8, 19), rng.randrange(60))
        set_mtime(os.path.join(d, nm), mt)
        files.append((nm, sz, mt))
    os.makedirs(os.path.join(d, "signed"), exist_ok=True)
    set_mtime(os.path.join(d, "signed"), datetime.datetime(2026, 11, 2, 10, 0))
    p = H.launch(["peony", d])
    try:
        time.sleep(5)
        H.key("Return")          # dismiss the "running as root / icon theme" warning
        time.sleep(1)
        w = H.find_window(pid=p.pid)
        H.place(w, 40, 30, 1120, 620)
        H.key("ctrl+2")          # list view
        time.sleep(1.5)
        x, y, _, _ = H.geom(w)
        srt = sorted([n for n, _, _ in files] + ["signed"], key=lambda n: n.lower())
        # directories first in peony listing
        order = ["signed"] + sorted([n for n, _, _ in files], key=lambda n: n.lower())
        sel_i = rng.randrange(2, 7)
        H.click(x + 520, y + 126 + int(41.7 * sel_i))
        time.sleep(1)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    shown = "\n".join(f"{n} {mt.strftime('%Y/%m/%d %H:%M:%S')} {kib(sz)}" for n, sz, mt in files) + "\nsigned\n" + f"{len(files)+1} items"
    big = max(files, key=lambda f: f[1]); small = min(files, key=lambda f: f[1])
    new = max(files, key=lambda f: f[2])
    a = rng.choice([f for f in files if f not in (big, small)])
    c.q("hey which of these files is the biggest one", big[0], "text", "argmax", True, shown)
    c.q("smallest file in Contracts?", small[0], "text", "argmin", True, shown)
    c.q(f"size of {a[0]}", kib(a[1]), "text", "lookup", True, shown)
    c.q("how many pdfs are in this folder", sum(1 for f in files if f[0].endswith(".pdf")), "count", "count", False)
    c.q("which one was modified last", new[0], "text", "latest", True, shown)
    c._sel = (order, sel_i)
    c.q("which item is selected right now?", order[sel_i], "text", "selected", True, shown)


@window("code_editor")
def g02_texmaker_report(c):
    rng = rng_for("g02")
    d = fresh(HOME + "/thesis")
    title = rng.choice(["Tidal Energy Yield in Narrow Straits", "Bike-Share Demand After Rain",
                        "Soil Moisture Sensing with LoRa"])
    author = rng.choice(["Anouk de Vries", "Rahul Menon", "Sofia Lindqvist"])
    secs = rng.sample(["Introduction", "Related Work", "Method", "Data Collection", "Results", "Discussion",
                       "Limitations", "Conclusion"], 6)
    secs = ["Introduction"] + [s for s in secs if s != "Introduction"][:5]
    lines = ["\\documentclass[11pt,a4paper]{article}", "\\usepackage[utf8]{inputenc}", "\\usepackage{graphicx}",
             "\\usepackage{booktabs}", "", f"\\title{{{title}}}", f"\\author{{{author}}}",
             f"\\date{{{rng.randrange(1, 28)} March 2026}}", "", "\\begin{document}", "\\maketitle", ""]
    sec_line = {}
    for s in secs:
        sec_line[s] = len(lines) + 1
        lines.append(f"\\section{{{s}}}")
        for _ in range(rng.randint(1, 3)):
            lines.append(rng.choice(["We summarise the main findings below.", "See Table~\\ref{tab:main}.",
                                     "Measurements were taken every 10 minutes.", "This follows earlier work.",
                                     "The sample covers 14 sites.", "Outliers were removed by hand."]))
        lines.append("")
    lines.append("\\end{document}")
    src = "\n".join(lines) + "\n"
    fn = os.path.join(d, "report.tex")
    open(fn, "w").write(src)
    p = H.launch(["texmaker", fn])
    try:
        w = H.find_window(pid=p.pid, timeout=30)
        time.sleep(3)
        H.place(w, 30, 20, 1180, 740)
        time.sleep(2)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    s1 = rng.choice(secs[1:])
    c.q(f"what line does the {s1} section start on", sec_line[s1], "number", "lookup", True,
        "\n".join(str(i) for i in range(1, len(lines) + 1)))
    c.q("title of the paper?", title, "text", "title", True, src)
    c.q("who's the author", author, "person", "party", True, src)
    c.q("how many \\section commands are in this file", len(secs), "count", "count", False)
    c.q(f"which section comes right after {secs[2]}", secs[3], "text", "next", True, src)
    c.q("what document class is used", "article", "text", "lookup", True, src)


@window("image_viewer_chart")
def g03_xzgv_chart(c):
    rng = rng_for("g03")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    d = fresh(HOME + "/Pictures/charts")
    cats = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Drammen", "Kristiansand", "Fredrikstad"]
    vals = rng.sample(range(120, 980, 10), len(cats))
    labelled = set(rng.sample(range(len(cats)), 2))
    fig, ax = plt.subplots(figsize=(7.5, 4.6), dpi=100)
    bars = ax.bar(cats, vals, color="#4c72b0")
    for i, b in enumerate(bars):
        if i in labelled:
            ax.text(b.get_x() + b.get_width() / 2, vals[i] + 8, str(vals[i]), ha="center", fontsize=10)
    title = "E-bike rentals per day, September 2026"
    ax.set_title(title); ax.set_ylabel("rentals / day"); ax.set_ylim(0, 1050)
    ax.grid(axis="y", alpha=.3)
    fig.tight_layout(); fig.savefig(os.path.join(d, "rentals_sep.png")); plt.close(fig)
    fig, ax = plt.subplots(figsize=(3, 2)); ax.plot([1, 2, 3]); fig.savefig(os.path.join(d, "draft_plot.png")); plt.close(fig)
    p = H.launch(["xzgv", os.path.join(d, "rentals_sep.png")], cwd=d)
    try:
        w = H.find_window(pid=p.pid)
        H.place(w, 20, 20, 1000, 640)
        time.sleep(2)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    un = [i for i in range(len(cats)) if i not in labelled]
    i1 = rng.choice(un)
    lab = sorted(labelled)
    c.q("What's the chart title", title, "text", "title", True, title)
    c.q(f"roughly how many rentals per day in {cats[i1]}?", vals[i1], "approx", "chart_value", False)
    c.q("which city has the most rentals", cats[vals.index(max(vals))], "text", "argmax", True, " ".join(cats))
    c.q("lowest bar?", cats[vals.index(min(vals))], "text", "argmin", True, " ".join(cats))
    c.q(f"{cats[lab[0]]} vs {cats[lab[1]]}: which is higher", cats[lab[0]] if vals[lab[0]] > vals[lab[1]] else cats[lab[1]],
        "text", "choice_more", True, " ".join(cats))
    c.q(f"difference between {cats[lab[0]]} and {cats[lab[1]]}", abs(vals[lab[0]] - vals[lab[1]]), "number",
        "difference", False)


@window("document_viewer")
def g04_flpsed_invoice(c):
    rng = rng_for("g04")
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    d = fresh(HOME + "/Documents/invoices")
    no = f"INV-{rng.randrange(2026000, 2026999)}"
    client = rng.choice(["Halvorsen Bakeries AS", "Moreau & Fils SARL", "Quayside Dental Ltd"])
    items = rng.sample([("Site survey", 480.0), ("Wiring upgrade", 1250.0), ("Smart meter install", 320.0),
                        ("Fuse board", 690.0), ("Emergency call-out", 150.0), ("LED retrofit", 845.0),
                        ("Cable trays", 210.0)], 5)
    items = [(n, rng.randint(1, 4), pr) for n, pr in items]
    sub = sum(q * pr for _, q, pr in items)
    vat = round(sub * 0.20, 2)
    tot = round(sub + vat, 2)
    due = datetime.date(2026, 10, rng.randrange(1, 29))
    fmt = lambda v: f"£{v:,.2f}"
    fig = plt.figure(figsize=(8.27, 11.69)); fig.patch.set_facecolor("white")
    T = lambda x, y, s, **k: fig.text(x, y, s, family="DejaVu Sans", **k)
    T(0.08, 0.93, "VOLTLINE ELECTRICAL SERVICES", size=17, weight="bold")
    T(0.08, 0.905, "14 Canal Row, Bristol BS1 4QA", size=10)
    T(0.62, 0.93, "INVOICE", size=20, weight="bold")
    T(0.62, 0.905, f"No. {no}", size=11)
    T(0.62, 0.885, f"Due date: {due.isoformat()}", size=11)
    T(0.08, 0.85, "Bill to:", size=11, weight="bold"); T(0.08, 0.83, client, size=11)
    y = 0.77
    T(0.08, y, "Description", weight="bold", size=11); T(0.52, y, "Qty", weight="bold", size=11)
    T(0.62, y, "Unit", weight="bold", size=11); T(0.78, y, "Amount", weight="bold", size=11)
    for n, q, pr in items:
        y -= 0.03
        T(0.08, y, n, size=11); T(0.52, y, str(q), size=11); T(0.62, y, fmt(pr), size=11); T(0.78, y, fmt(q * pr), size=11)
    y -= 0.05
    T(0.62, y, "Subtotal", size=11); T(0.78, y, fmt(sub), size=11)
    T(0.62, y - 0.025, "VAT 20%", size=11); T(0.78, y - 0.025, fmt(vat), size=11)
    T(0.62, y - 0.055, "Total", size=12, weight="bold"); T(0.78, y - 0.055, fmt(tot), size=12, weight="bold")
    pdf = os.path.join(d, f"{no}.pdf")
    fig.savefig(pdf); plt.close(fig)
    p = H.launch(["flpsed", "-z", "90", pdf])
    try:
        w = H.find_window(pid=p.pid)
        H.place(w, 60, 30, 900, 740)
        time.sleep(2.5)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    shown = "\n".join([no, client, due.isoformat(), fmt(sub), fmt(vat), fmt(tot)] +
                      [f"{n} {q} {fmt(pr)} {fmt(q * pr)}" for n, q, pr in items])
    top = max(items, key=lambda it: it[1] * it[2])
    it = rng.choice(items)
    c.q("invoice number?", no, "code", "lookup", True, shown)
    c.q("who is this invoice addressed to", client, "person", "party", True, shown)
    c.q("what's the total due", fmt(tot), "money", "lookup", True, shown)
    c.q(f"qty for {it[0]}", it[1], "number", "cell", True, shown)
    c.q("which line item costs the most in total", top[0], "text", "argmax", True, shown)
    c.q("when is payment due", due.isoformat(), "date", "lookup", True, shown)


def tone_flac(path, seconds, tags):
    wav = path[:-5] + ".wav"
    with wave.open(wav, "wb") as w:
        w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
        w.writeframes(b"\x00\x00" * (8000 * seconds))
    args = ["flac", "-s", "-f", "-o", path]
    for k, v in tags.items():
        args += ["-T", f"{k}={v}"]
    r = subprocess.run(args + [wav], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    os.remove(wav)


@window("music_library")
def g05_clementine_playlist(c):
    rng = rng_for("g05")
    d = fresh(HOME + "/Music/harbour_lights")
    album = "Harbour Lights"
    titles = rng.sample(["Low Tide", "Signal Fires", "Copper Roofs", "The Long Pier", "Fog Horn Waltz",
                         "Night Ferry", "Salt & Static", "Breakwater", "Gull Song", "Lantern Row"], 8)
    artists = ["Maren Holt", "The Quay Sisters", "Maren Holt", "Old Dock Radio"]
    tracks = []
    secs_all = rng.sample(range(128, 420), 8)
    for i, (t, secs) in enumerate(zip(titles, secs_all), 1):
        a = rng.choice(artists)
        fn = os.path.join(d, f"{i:02d} - {t.replace('&', 'and')}.flac")
        tone_flac(fn, secs, {"TITLE": t, "ARTIST": a, "ALBUM": album, "TRACKNUMBER": str(i), "DATE": "2025",
                             "GENRE": "Folk"})
        tracks.append((i, t, a, secs, fn))
    for cfg in (".config/Clementine", ".local/share/Clementine", ".cache/Clementine"):
        shutil.rmtree(os.path.join(HOME, cfg), ignore_errors=True)
    p = H.launch(["clementine", "--load"] + [t[4] for t in tracks])
    try:
        w = H.find_window(pid=p.pid, timeout=40)
        time.sleep(4)
        H.place(w, 10, 30, 1240, 730)
        time.sleep(3)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    L = lambda s: f"{s // 60}:{s % 60:02d}"
    shown = "\n".join(f"{i} {t} {a} {album} {L(s)}" for i, t, a, s, _ in tracks)
    lo = max(tracks, key=lambda t: t[3]); sh_ = min(tracks, key=lambda t: t[3])
    pick = rng.choice(tracks)
    art = rng.choice(sorted(set(t[2] for t in tracks)))
    c.q("longest song in the playlist?", lo[1], "text", "argmax", True, shown)
    c.q(f"how long is {pick[1]}", L(pick[3]), "time", "lookup", True, shown)
    c.q(f"how many tracks are by {art}", sum(1 for t in tracks if t[2] == art), "count", "count", False)
    c.q("which is the shortest track", sh_[1], "text", "argmin", True, shown)
    c.q(f"who performs track {pick[0]}?", pick[2], "person", "party", True, shown)
    c.q("what album are these songs from", album, "text", "lookup", True, shown)



def html_text(path):
    import html as _h
    t = open(path, encoding="latin-1").read()
    t = re.sub(r"<[^>]+>", " ", t); t = _h.unescape(t)
    return re.sub(r"\s+", " ", t)


@window("web_app")
def g06_webalizer_chromium(c):
    rng = rng_for("g06")
    d = fresh(H.SCR + "/webalizer")
    site = "shop.kestrelgear.test"
    urls = ["/", "/index.html", "/tents.html", "/stoves.html", "/basket.php", "/img/hero.jpg", "/about.html",
            "/returns.html"]
    hosts = [f"192.0.2.{rng.randrange(2, 250)}" for _ in range(rng.randint(14, 22))]
    hosts = sorted(set(hosts))
    n = rng.randint(240, 420)
    t0 = datetime.datetime(2026, 9, 1)
    times = sorted(t0 + datetime.timedelta(seconds=rng.randrange(0, 29 * 86400)) for _ in range(n))
    recs = []
    for t in times:
        code = rng.choices([200, 304, 404, 500], [70, 15, 12, 3])[0]
        recs.append((rng.choice(hosts), t, rng.choice(urls), code, rng.randrange(300, 40000) if code == 200 else 0))
    with open(os.path.join(d, "access.log"), "w") as f:
        for h, t, u, code, sz in recs:
            f.write(f'{h} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET {u} HTTP/1.1" {code} {sz} "-" '
                    f'"Mozilla/5.0 (X11; Linux x86_64)"\n')
    out = os.path.join(d, "out"); os.makedirs(out)
    r = sh(["webalizer", "-Q", "-p", "-o", out, "-n", site, os.path.join(d, "access.log")],
           env=dict(H.ENV, TZ="UTC"))
    page = os.path.join(out, "usage_202609.html")
    txt = html_text(page)
    n404 = sum(1 for x in recs if x[3] == 404)
    n500 = sum(1 for x in recs if x[3] == 500)
    uniq = len(set(x[0] for x in recs))
    assert re.search(rf"Total Hits {n} ", txt), "total hits mismatch"
    assert f"Code 404 - Not Found" in txt and re.search(rf"Code 404 - Not Found [\d.]+% {n404} ", txt)
    assert re.search(rf"Total Unique Sites {uniq} ", txt)
    pct200 = re.search(r"Code 200 - OK ([\d.]+%) ", txt).group(1)
    assert pct200 == f"{100 * sum(1 for x in recs if x[3] == 200) / n:.2f}%"
    prof = os.path.join(H.SCR, "chromium-prof"); shutil.rmtree(prof, ignore_errors=True)
    p = H.launch(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu", "--user-data-dir=" + prof,
                  "--force-device-scale-factor=0.8", "--window-size=1060,760", "--window-position=40,20",
                  "--app=file://" + page])
    try:
        w = H.find_window(pid=p.pid, timeout=40)
        time.sleep(4)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    c.q("how many hits in total this month?", n, "count", "lookup", True, txt)
    c.q("number of 404s", n404, "count", "lookup", True, txt)
    c.q("what percentage of requests came back 200 OK", pct200, "percent", "share", True, txt)
    c.q("unique sites total?", uniq, "count", "lookup", True, txt)
    c.q("which website are these stats for", site, "text", "title", True, txt)
    c.q("were there any 500 errors?", "yes" if n500 else "no", "yesno", "exists", False)


GTK_SETTINGS = r"""
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
spec = json.load(open(sys.argv[1]))
w = Gtk.Window(title=spec["title"]); w.set_default_size(620, 560); w.set_border_width(14)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); w.add(box)
def head(t):
    l = Gtk.Label(); l.set_markup(f"<b>{t}</b>"); l.set_xalign(0); box.pack_start(l, False, False, 4)
head("Notifications")
for label, on in spec["switches"]:
    row = Gtk.Box(spacing=10); lab = Gtk.Label(label=label); lab.set_xalign(0)
    sw = Gtk.Switch(); sw.set_active(on)
    row.pack_start(lab, True, True, 0); row.pack_end(sw, False, False, 0); box.pack_start(row, False, False, 0)
head("Privacy")
for label, on in spec["checks"]:
    cb = Gtk.CheckButton(label=label); cb.set_active(on); box.pack_start(cb, False, False, 0)
head(spec["radio_title"])
first = None
for label in spec["radios"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(first, label); first = first or rb
    rb.set_active(label == spec["radio_on"]); box.pack_start(rb, False, False, 0)
bb = Gtk.Box(spacing=8)
for b in spec["buttons"]:
    bb.pack_end(Gtk.Button(label=b), False, False, 0)
box.pack_end(bb, False, False, 6)
st = Gtk.Label(label=spec["status"]); st.set_xalign(0); box.pack_end(st, False, False, 0)
w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
"""


@window("settings_dialog")
def g07_gtk_notify_settings(c):
    rng = rng_for("g07")
    sw = [(l, rng.random() < 0.5) for l in ["Show banners", "Play sound", "Badge app icon", "Do Not Disturb"]]
    ck = [(l, rng.random() < 0.5) for l in ["Hide message previews", "Share read receipts", "Send crash reports",
                                            "Allow location access", "Remember recent contacts"]]
    if all(v for _, v in ck) or not any(v for _, v in ck):
        ck[0] = (ck[0][0], not ck[0][1])
    radios = ["Everyone", "Contacts only", "Nobody"]
    ron = rng.choice(radios)
    spec = dict(title="Courier — Preferences", switches=sw, checks=ck, radio_title="Who can message me",
                radios=radios, radio_on=ron, buttons=["Apply", "Cancel", "Reset to defaults"],
                status=f"Last synced {rng.randrange(2, 59)} minutes ago")
    spath = os.path.join(H.SCR, "g07.json"); json.dump(spec, open(spath, "w"))
    app = os.path.join(H.SCR, "g07_app.py"); open(app, "w").write(GTK_SETTINGS)
    p = H.launch([SYSPY, app, spath], env={"GTK_THEME": "Adwaita"})
    try:
        w = H.find_window(pid=p.pid)
        H.place(w, 200, 40, 620, 600)
        time.sleep(1.5)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    allw = " ".join([l for l, _ in sw + ck] + radios + spec["buttons"] + [spec["status"], spec["title"]])
    s1 = rng.choice(sw); c1 = rng.choice(ck); c2 = rng.choice([x for x in ck if x != c1])
    c.q(f"is {s1[0].lower()} turned on?", "yes" if s1[1] else "no", "yesno", "state_yesno", False)
    c.q("who can message me - which option is picked", ron, "text", "selected", True, allw)
    c.q("how many of the privacy checkboxes are ticked", sum(v for _, v in ck), "count", "count", False)
    c.q(f"{c1[0]}: checked or not?", "checked" if c1[1] else "not checked", "text", "state_yesno", False)
    c.q("which privacy options are enabled", "; ".join(l for l, v in ck if v), "text", "selected", True, allw)
    c.q("where do I click to go back to the default settings", "Reset to defaults", "text", "locate", True, allw)
    c.q("how many switches are on", sum(v for _, v in sw), "count", "count", False)


TK_PROGRESS = r"""
import json, sys, tkinter as tk
from tkinter import ttk
spec = json.load(open(sys.argv[1]))
r = tk.Tk(); r.title(spec["title"]); r.geometry("560x250")
st = ttk.Style(); st.theme_use("clam")
f = ttk.Frame(r, padding=16); f.pack(fill="both", expand=True)
ttk.Label(f, text=spec["head"], font=("DejaVu Sans", 12, "bold")).pack(anchor="w")
ttk.Label(f, text=spec["current"]).pack(anchor="w", pady=(8, 2))
pb = ttk.Progressbar(f, length=520, maximum=100, value=spec["pct"]); pb.pack(fill="x", pady=4)
ttk.Label(f, text=spec["line"]).pack(anchor="w")
ttk.Label(f, text=spec["eta"]).pack(anchor="w", pady=(2, 8))
bf = ttk.Frame(f); bf.pack(side="bottom", fill="x")
for b in spec["buttons"]:
    ttk.Button(bf, text=b).pack(side="right", padx=4)
r.mainloop()
"""


@window("progress_dialog")
def g08_tk_upload_progress(c):
    rng = rng_for("g08")
    total = rng.randrange(40, 160)
    done = rng.randrange(5, total - 5)
    pct = done * 100 // total
    cur = rng.choice(["IMG_4471.CR3", "site_plan_v7.dwg", "interview_03.wav", "drone_0192.mp4"])
    mb_done, mb_tot = rng.randrange(200, 900), rng.randrange(1000, 4000)
    eta_min = rng.randrange(2, 40)
    spec = dict(title="Uploading to Nimbus Drive", head="Uploading project files…", current=f"Current file: {cur}",
                pct=pct, line=f"{done} of {total} files  ({pct}%)  -  {mb_done} MB of {mb_tot} MB",
                eta=f"About {eta_min} minutes remaining", buttons=["Cancel", "Pause", "Run in background"])
    spath = os.path.join(H.SCR, "g08.json"); json.dump(spec, open(spath, "w"))
    app = os.path.join(H.SCR, "g08_app.py"); open(app, "w").write(TK_PROGRESS)
    p = H.launch([SYSPY, app, spath])
    try:
        w = H.find_window(name=spec["title"])
        time.sleep(1.2)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    allw = " ".join(str(v) for v in spec.values())
    c.q("what percent done is it?", f"{pct}%", "percent", "lookup", True, allw)
    c.q("how many files are left to upload", total - done, "count", "subtract", False)
    c.q("which file is it on now", cur, "text", "lookup", True, allw)
    c.q("what buttons does this dialog have", "; ".join(reversed(spec["buttons"])), "text", "read", True, allw)
    c.q("how long until it finishes", f"About {eta_min} minutes", "text", "lookup", True, allw)
    c.q(f"MB still to go?", mb_tot - mb_done, "number", "subtract", False)


QT_TABLE = r"""
import json, sys
from PyQt5 import QtWidgets, QtCore
spec = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv); app.setStyle("Fusion")
w = QtWidgets.QMainWindow(); w.setWindowTitle(spec["title"])
tb = w.addToolBar("main")
for a in spec["actions"]:
    tb.addAction(a)
t = QtWidgets.QTableWidget(len(spec["rows"]), len(spec["cols"]))
t.setHorizontalHeaderLabels(spec["cols"])
for i, row in enumerate(spec["rows"]):
    for j, v in enumerate(row):
        it = QtWidgets.QTableWidgetItem(str(v))
        if j >= 2:
            it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.horizontalHeader().setSectionResizeMode(QtWidgets.QHeaderView.Stretch)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
t.selectRow(spec["sel"])
w.setCentralWidget(t); w.statusBar().showMessage(spec["status"])
w.resize(900, 520); w.show(); t.setFocus(); app.exec_()
"""


@window("table_app")
def g09_qt_timesheet(c):
    rng = rng_for("g09")
    people = rng.sample(["Aiko Mori", "Bram Visser", "Chloé Martin", "Dev Patel", "Elif Kaya", "Finn O'Brien",
                         "Greta Berg", "Hugo Silva", "Isla Grant", "Jonas Weber", "Kemi Adeyemi"], 10)
    projs = ["Harbour", "Beacon", "Atlas"]
    rows = []
    for pp in people:
        hrs = rng.randrange(12, 46)
        rate = rng.choice([45, 52, 60, 68, 75, 90])
        rows.append([pp, rng.choice(projs), hrs, rate, hrs * rate])
    sel = rng.randrange(2, 9)
    cols = ["Employee", "Project", "Hours", "Rate (€/h)", "Amount (€)"]
    spec = dict(title="Timesheets — week 41", actions=["Add", "Edit", "Delete", "Export CSV"], cols=cols,
                rows=rows, sel=sel, status=f"{len(rows)} entries · total {sum(r[4] for r in rows)} €")
    spath = os.path.join(H.SCR, "g09.json"); json.dump(spec, open(spath, "w"))
    app = os.path.join(H.SCR, "g09_app.py"); open(app, "w").write(QT_TABLE)
    p = H.launch([SYSPY, app, spath], env={"QT_QPA_PLATFORM": "xcb"})
    try:
        w = H.find_window(pid=p.pid)
        H.place(w, 120, 60, 900, 520)
        time.sleep(1.5)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    allw = " ".join(str(v) for r in rows for v in r) + " " + spec["status"] + " " + " ".join(spec["actions"])
    a, b = rng.sample(rows, 2)
    top = max(rows, key=lambda r: r[2]); low = min(rows, key=lambda r: r[4])
    pr = rng.choice(projs)
    c.q(f"hours logged by {a[0]}?", a[2], "number", "cell", True, allw)
    c.q("who worked the most hours", top[0], "person", "argmax", True, allw)
    c.q("smallest amount - whose is it", low[0], "person", "argmin", True, allw)
    c.q(f"how many people are on {pr}", sum(1 for r in rows if r[1] == pr), "count", "count", False)
    c.q("which row is selected", rows[sel][0], "text", "selected", True, allw)
    c.q(f"total amount for {a[0]} and {b[0]} together", a[4] + b[4], "number", "sum", False)
    c.q(f"average hourly rate on {pr}?", round(sum(r[3] for r in rows if r[1] == pr) / max(1, sum(1 for r in rows if r[1] == pr)), 2),
        "number", "mean", False)



def xss_labels():
    out = {}
    for f in sorted(os.listdir("/usr/share/xscreensaver/config")):
        n = f[:-4]
        if os.access(f"/usr/libexec/xscreensaver/{n}", os.X_OK):
            m = re.search(r'<screensaver [^>]*_label="([^"]*)"', open("/usr/share/xscreensaver/config/" + f).read())
            if m:
                out[n] = m.group(1)
    return out


@window("settings_dialog")
def g10_xscreensaver_settings(c):
    rng = rng_for("g10")
    labels = xss_labels()
    names = sorted(rng.sample(sorted(labels), 12), key=lambda n: labels[n].lower())
    enabled = {n: rng.random() < 0.55 for n in names}
    sel = rng.randrange(1, 11)
    enabled[names[sel]] = True
    mode = rng.choice(["one", "random"])
    mode_label = {"one": "Only One Screen Saver", "random": "Random Screen Saver"}[mode]
    blank = rng.choice([5, 7, 12, 15, 20, 25])
    cycle = rng.choice([3, 4, 6, 8])
    lock = rng.random() < 0.5
    lockt = rng.choice([1, 2, 3, 5])
    progs = "".join(("  -" if not enabled[n] else "   ") + f"\t\t\t\t{n} --root\t\t\t\t    \\n\\\n" for n in names)
    cfg = (f"timeout:\t0:{blank:02d}:00\ncycle:\t\t0:{cycle:02d}:00\nlock:\t\t{'True' if lock else 'False'}\n"
           f"lockTimeout:\t0:{lockt:02d}:00\nmode:\t\t{mode}\nselected:\t{sel}\nfade:\t\tTrue\n"
           f"programs:\t\t\t\t\t\t\t\t      \\\n{progs}\n\n")
    open(os.path.join(HOME, ".xscreensaver"), "w").write(cfg)
    p = H.launch(["xscreensaver-settings"])
    try:
        w = H.find_window(pid=p.pid, timeout=30)
        # "The XScreenSaver daemon doesn't seem to be running ... Launch it now?"  -> Cancel
        try:
            dlg = H.find_window(name="^Warning$", timeout=12)
            H.sh(["xdotool", "windowactivate", "--sync", dlg]); time.sleep(0.5)
            H.key("Escape"); time.sleep(1)
            if H.sh(["xdotool", "search", "--onlyvisible", "--name", "^Warning$"]).stdout.strip():
                x, y, wd, ht = H.geom(dlg)
                H.click(x + wd - 50, y + ht - 22); time.sleep(1)
        except RuntimeError:
            pass
        H.place(w, 80, 20, 1120, 740)
        time.sleep(2.5)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    shown = " ".join([labels[n] for n in names] + [mode_label, f"XScreenSaver: {labels[names[sel]]} Settings",
                                                    "Preview", "Settings...", "Close", "Help"])
    on = [labels[n] for n in names if enabled[n]]
    one = rng.choice([n for n in names if n != names[sel]])
    c.q("what mode is the screensaver set to", mode_label, "text", "selected", True, shown)
    c.q("blank after how many minutes?", blank, "number", "lookup", False)
    c.q("is lock screen after turned on", "yes" if lock else "no", "yesno", "state_yesno", False)
    c.q("which screensaver is highlighted in the list", labels[names[sel]], "text", "selected", True, shown)
    c.q("cycle after?", f"{cycle} minutes", "text", "lookup", False)
    c.q(f"is the highlighted one ({labels[names[sel]]}) ticked", "yes" if enabled[names[sel]] else "no", "yesno",
        "state_yesno", False)
    c.q("which button do I press to test the selected saver", "Preview", "text", "locate", True, shown)



@window("news_reader")
def g11_liferea_feed(c):
    rng = rng_for("g11")
    feed_title = rng.choice(["Harbourside News", "Northgate Transit", "Millbrook Notices"])
    heads = rng.sample(["Ferry timetable changes from October", "Library reopens after refit",
                        "Night market returns to Quay Street", "Road resurfacing on Elm Avenue",
                        "New cycle lane consultation opens", "Recycling collection moves to Tuesdays",
                        "Swimming pool closed for repairs", "Volunteers wanted for beach clean-up",
                        "Council tax bills go out next week", "Winter gritting routes published"], 7)
    authors = ["Dana Whitfield", "Omar Haddad", "Ruth Okafor"]
    t = datetime.datetime(2026, 9, 1, 8, 0)
    items = []
    for h in heads:
        t = t + datetime.timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 9), minutes=rng.choice([0, 15, 30, 45]))
        items.append((h, rng.choice(authors), t))
    fd = fresh(H.SCR + "/feeds")
    fp = os.path.join(fd, "council.xml")
    body = "".join(f"<item><title>{h}</title><author>press@council.test ({a})</author>"
                   f"<pubDate>{tt.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                   f"<description>{h}. More details on the council website.</description><guid>item-{i}</guid></item>\n"
                   for i, (h, a, tt) in enumerate(rng.sample(items, len(items))))
    open(fp, "w").write(f'<?xml version="1.0"?>\n<rss version="2.0"><channel><title>{feed_title}</title>'
                        f'<link>http://council.test/</link><description>News</description>\n{body}</channel></rss>\n')
    for dd in (".config/liferea", ".local/share/liferea", ".cache/liferea"):
        shutil.rmtree(os.path.join(HOME, dd), ignore_errors=True)
    os.makedirs(os.path.join(HOME, ".config/liferea"))
    open(os.path.join(HOME, ".config/liferea/feedlist.opml"), "w").write(
        '<?xml version="1.0" encoding="utf-8"?>\n<opml version="1.0"><head><title>Liferea Feed List Export</title>'
        '</head><body></body></opml>\n')
    p = H.launch(["liferea", "-a", "file://" + fp])
    try:
        w = H.find_window(pid=p.pid, timeout=30)
        time.sleep(4)
        H.place(w, 40, 40, 1150, 640)
        time.sleep(2)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    shown = " ".join([feed_title, f"{len(items)} unread"] + [h for h, _, _ in items])
    newest = max(items, key=lambda x: x[2]); oldest = min(items, key=lambda x: x[2])
    c.q("what's the latest headline", newest[0], "text", "latest", True, shown)
    c.q("oldest article in this feed?", oldest[0], "text", "earliest", True, shown)
    c.q("how many unread items are there", len(items), "count", "count", True, shown)
    c.q("name of the feed that's selected", feed_title, "text", "title", True, shown)
    srt = sorted(items, key=lambda x: x[2])
    k = rng.randrange(1, len(srt) - 1)
    c.q(f"which article was posted right after \"{srt[k - 1][0]}\"", srt[k][0], "text", "next", True, shown)
    c.q("is there anything about the swimming pool?", "yes" if any("Swimming" in h for h in heads) else "no",
        "yesno", "exists", False)



@window("document_viewer")
def g12_xman_manpage(c):
    rng = rng_for("g12")
    tool = rng.choice(["tallyd", "quaysync", "rotord"])
    ver = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    author = rng.choice(["Nora Quist", "Emeka Obi", "Lena Havel"])
    port = rng.randrange(4000, 9999)
    workers = rng.choice([2, 4, 6, 8])
    keep = rng.choice([7, 14, 30, 90])
    opts = [("-p, --port", "N", f"TCP port to listen on (default {port})."),
            ("-w, --workers", "N", f"Number of worker threads (default {workers})."),
            ("-k, --keep-days", "DAYS", f"Delete spool files older than DAYS days (default {keep})."),
            ("-c, --config", "FILE", f"Read settings from FILE instead of /etc/{tool}.conf."),
            ("-n, --dry-run", "", "Report what would be done, change nothing."),
            ("-v, --verbose", "", "Log every request."),
            ("-V, --version", "", "Print the version and exit.")]
    opts = opts[:3] + rng.sample(opts[3:], rng.randint(2, 4))
    codes = [(0, "Success."), (1, "Invalid command line."), (2, "Configuration file could not be read."),
             (3, f"Port already in use.")]
    lines = [f'.TH {tool.upper()} 1 "March 2026" "{tool} {ver}" "User Commands"', ".SH NAME",
             f"{tool} \\- collect and forward counter readings", ".SH SYNOPSIS", f".B {tool}",
             "[\\fIOPTIONS\\fR]", ".SH OPTIONS", ".PD 0"]
    for o, arg, desc in opts:
        lines += [".TP", f".B {o.replace('-', chr(92) + '-')}" + (f" \\fI{arg}\\fR" if arg else ""), desc]
    lines += [".PD", ".SH EXIT STATUS", ".PD 0"]
    for k, dsc in codes:
        lines += [".TP", f".B {k}", dsc]
    lines += [".PD", ".SH AUTHOR", f"Written by {author}."]
    md = fresh(H.SCR + "/man/man1")
    open(os.path.join(md, f"{tool}.1"), "w").write("\n".join(lines) + "\n")
    p = H.launch(["xman", "-notopbox", "-bothshown", "-geometry", "1000x740+40+20"],
                 env={"MANPATH": H.SCR + "/man"})
    try:
        w = H.find_window(name="Manual Page", timeout=20)
        time.sleep(1.5)
        H.place(w, 40, 22, 1000, 772)
        x, y, _, _ = H.geom(w)
        H.click(x + 18, y + 36)
        time.sleep(2)
        H.capture(w, os.path.join(IMG, c.name + ".png"))
    finally:
        H.kill(p)
    text = sh(["man", "-P", "cat", os.path.join(md, f"{tool}.1")], env=dict(H.ENV, MANWIDTH="80")).stdout
    text = re.sub(r".\x08", "", text)
    ex = rng.choice(codes[1:])
    c.q("what version does this man page document", ver, "version", "version", True, text)
    c.q("default port?", port, "number", "lookup", True, text)
    c.q("who wrote it", author, "person", "party", True, text)
    c.q(f"what does exit status {ex[0]} mean", ex[1].rstrip("."), "text", "lookup", True, text)
    c.q("how many options are listed under OPTIONS", len(opts), "count", "count", False)
    c.q(f"how long does {tool} keep spool files by default", f"{keep} days", "text", "lookup", False)


# ----------------------------------------------------------------------------------- main
QCACHE = os.path.join(H.SCR, "qs")


def main(argv):
    os.makedirs(IMG, exist_ok=True); os.makedirs(QCACHE, exist_ok=True); os.makedirs(HOME, exist_ok=True)
    only = set(argv)
    H.start_display()
    try:
        for name, cat, fn in WINDOWS:
            if only and name not in only:
                continue
            c = Ctx(name, cat)
            for attempt in range(2):
                try:
                    c.qs = []
                    fn(c)
                    break
                except Exception as e:
                    print(f"{name}: attempt {attempt+1} failed: {e!r}", flush=True)
                    c.qs = None
            if c.qs is None:
                print("SKIP", name); SKIPPED.append(name)
                if os.path.exists(os.path.join(QCACHE, name + ".json")):
                    os.remove(os.path.join(QCACHE, name + ".json"))
                continue
            json.dump(c.qs, open(os.path.join(QCACHE, name + ".json"), "w"))
            print(f"{name}: {len(c.qs)} questions", flush=True)
    finally:
        H.stop_display()
    rows = []
    for name, cat, fn in WINDOWS:
        pth = os.path.join(QCACHE, name + ".json")
        if os.path.exists(pth) and os.path.exists(os.path.join(IMG, name + ".png")):
            rows += json.load(open(pth))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for i, (w, qq, a, t, cat, intent, lit) in enumerate(rows, 1):
            f.write(json.dumps({"id": f"s22-{i:04d}", "image": f"images/{w}.png", "question": qq, "answer": a,
                                "answer_type": t, "category": cat, "intent": intent, "literal": lit},
                               ensure_ascii=False) + "\n")
    print("total", len(rows), "questions; skipped:", SKIPPED)


if __name__ == "__main__":
    main(sys.argv[1:])
