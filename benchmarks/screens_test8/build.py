#!/usr/bin/env python3
"""Build the screens_test8 split: real application windows captured under Xvfb.

Each scene prepares its own content (files, repos, mailboxes, PDFs...) under a scratch
folder, starts a real application on a private Xvfb display, captures the window and
writes questions whose golds are computed from that content.

    python benchmarks/screens_test8/build.py            # everything
    python benchmarks/screens_test8/build.py s05 s07    # only some scenes (manifest rows kept for others)

Seed: 8088.  Needs the Debian packages listed in README.md.
"""
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from PIL import Image

SEED = 8088
HERE = Path(__file__).resolve().parent
IMAGES = HERE / "images"
APPS = HERE / "apps"
WORK = Path("/tmp/st8work")
HOME = Path("/tmp/st8home")
DISPLAY = ":78"
SCREEN = (1280, 800)
SYSPY = "/usr/bin/python3"  # has python3-gi and python3-pyqt5

ENV = dict(os.environ)
ENV.update({
    "DISPLAY": DISPLAY, "HOME": str(HOME), "XDG_RUNTIME_DIR": str(HOME / "run"),
    "XDG_CONFIG_HOME": str(HOME / ".config"), "XDG_DATA_HOME": str(HOME / ".local/share"),
    "XDG_CACHE_HOME": str(HOME / ".cache"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
    "TZ": "UTC", "ST8_MARK": "1", "NO_AT_BRIDGE": "1", "QT_QPA_PLATFORM": "xcb",
    "GTK_THEME": "Adwaita", "TERM": "xterm-256color", "GIT_CONFIG_NOSYSTEM": "1",
})
for k in list(ENV):
    if k.startswith("VIRTUAL_ENV") or k in ("PYTHONHOME", "PYTHONPATH"):
        ENV.pop(k)
ENV["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"


# ----------------------------------------------------------------------------- helpers
def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=ENV, check=True,
                          capture_output=True, text=True, **kw).stdout


def write(path, text, mtime=None):
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    if mtime:
        touch(path, mtime)
    return path


def touch(path, when):
    subprocess.run(["touch", "-d", when, str(path)], check=True, env=ENV)


def xdo(*args):
    return subprocess.run(["xdotool", *map(str, args)], env=ENV, capture_output=True, text=True).stdout.strip()


def find_window(title_re, timeout=25):
    end = time.time() + timeout
    while time.time() < end:
        out = xdo("search", "--onlyvisible", "--name", title_re)
        if out:
            return out.split()[-1]
        time.sleep(0.4)
    raise RuntimeError(f"window {title_re!r} did not appear")


def typekeys(wid, text, delay=40):
    xdo("type", "--window", wid, "--delay", delay, text)


def key(wid, *keys):
    for k in keys:
        xdo("key", "--window", wid, k)
        time.sleep(0.15)


def click(x, y, button=1):
    xdo("mousemove", x, y)
    time.sleep(0.1)
    xdo("click", button)


class Xvfb:
    def __enter__(self):
        lock = Path(f"/tmp/.X{DISPLAY[1:]}-lock")
        if lock.exists():
            raise SystemExit(f"display {DISPLAY} busy")
        self.p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24",
                                   "-nolisten", "tcp", "-dpi", "96"], env=ENV,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(1.5)
        return self

    def __exit__(self, *a):
        kill_marked()
        self.p.terminate()
        self.p.wait()


def kill_marked():
    """End the processes this builder started (they carry ST8_MARK in their environment)."""
    me = os.getpid()
    for d in Path("/proc").iterdir():
        if not d.name.isdigit() or int(d.name) == me:
            continue
        try:
            env = (d / "environ").read_bytes()
            comm = (d / "comm").read_text().strip()
        except OSError:
            continue
        if b"ST8_MARK=1" in env and comm != "Xvfb":
            try:
                os.kill(int(d.name), signal.SIGKILL)
            except OSError:
                pass


def run_app(*a, **kw):
    for attempt in range(3):
        try:
            return _run_app(*a, **kw)
        except RuntimeError as e:
            print("  retry:", e, flush=True)
            time.sleep(2)
    raise RuntimeError(f"giving up on {a[2]}")


def _run_app(cmd, title_re, name, size=(1100, 720), settle=3.0, actions=None, cwd=None, pos=(0, 0)):
    """Start an app, place its window, run actions, capture and crop to the window."""
    p = subprocess.Popen(cmd, env=ENV, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        wid = find_window(title_re)
        time.sleep(0.8)
        xdo("windowmove", wid, *pos)
        if size:
            xdo("windowsize", wid, *size)
        xdo("windowfocus", wid)
        time.sleep(settle)
        if actions:
            actions(wid)
            time.sleep(1.0)
            if "X=" not in xdo("getwindowgeometry", "--shell", wid):  # the window was replaced
                wid = find_window(title_re)
                xdo("windowmove", wid, *pos)
                if size:
                    xdo("windowsize", wid, *size)
                time.sleep(settle)
        raw = WORK / "raw.png"
        subprocess.run(["import", "-window", "root", str(raw)], env=ENV, check=True)
        geo = xdo("getwindowgeometry", "--shell", wid)
        g = dict(l.split("=") for l in geo.splitlines() if "=" in l)
        x, y, w, h = int(g["X"]), int(g["Y"]), int(g["WIDTH"]), int(g["HEIGHT"])
        img = Image.open(raw).convert("RGB")
        x0, y0 = max(0, x), max(0, y)
        img = img.crop((x0, y0, min(SCREEN[0], x0 + w), min(SCREEN[1], y0 + h)))
        img.save(IMAGES / name, optimize=True)
    finally:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        kill_marked()
        time.sleep(0.5)
    return name


def fake_session(steps, prompt, path):
    """A bash script that shows each command after a prompt, runs it, then leaves an idle prompt."""
    lines = ["#!/bin/bash", "clear"]
    for cmd in steps:
        lines.append(f"printf '%s' {sh_quote(prompt)}; printf '%s\\n' {sh_quote(cmd)}")
        lines.append(cmd)
    lines.append(f"export PS1={sh_quote(prompt)}")
    lines.append("exec bash --norc -i")
    write(path, "\n".join(lines) + "\n")
    os.chmod(path, 0o755)
    return str(path)


def sh_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


def fmt_kib(n):
    """KDE's KFormat::formatByteSize (IEC, one decimal)."""
    units = ["B", "KiB", "MiB", "GiB"]
    v, i = float(n), 0
    while v >= 1024 and i < len(units) - 1:
        v /= 1024
        i += 1
    if i == 0:
        return f"{n} B"
    return f"{v:.1f} {units[i]}"


def Q(question, answer, answer_type, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=answer_type, intent=intent,
                literal=literal)


SCENES = {}


def scene(sid, category):
    def deco(fn):
        SCENES[sid] = (category, fn)
        return fn
    return deco


# ----------------------------------------------------------------------------- scenes
# ---- s01 konsole: ls -l of an invoices folder
def konsole_profile(name, scheme, font):
    write(HOME / ".local/share/konsole" / f"{name}.profile",
          f"[Appearance]\nColorScheme={scheme}\nFont={font}\n\n[General]\nName={name}\nParent=FALLBACK/\n"
          "TerminalColumns=100\nTerminalRows=30\n\n[Scrolling]\nScrollBarPosition=2\n")


@scene("s01", "terminal")
def s01_konsole_ls(wd):
    d = wd / "invoices_2024"
    files = [("INV-2024-0311_Kowalski.pdf", 48213, "2024-03-11 10:42"),
             ("INV-2024-0312_Nakamura.pdf", 51877, "2024-03-12 16:05"),
             ("INV-2024-0318_Okafor.pdf", 47390, "2024-03-18 09:27"),
             ("INV-2024-0402_Lindqvist.pdf", 62104, "2024-04-02 14:51"),
             ("march_summary.xlsx", 18944, "2024-04-01 08:03"),
             ("reminder_template.docx", 23561, "2023-11-20 11:15")]
    d.mkdir(parents=True)
    for n, size, when in files:
        with open(d / n, "wb") as f:
            f.truncate(size)
        touch(d / n, when)
    rng = random.Random(SEED + 1)
    rows = ["date,invoice,customer,amount_eur"]
    custs = ["Kowalski", "Nakamura", "Okafor", "Lindqvist", "Haddad", "Moreau"]
    for i in range(213):
        rows.append(f"2024-03-{1 + i % 28:02d},INV-{1000 + i},{rng.choice(custs)},{rng.randint(40, 4000)}.{rng.randint(0, 99):02d}")
    write(d / "payment_log.csv", "\n".join(rows) + "\n", "2024-04-03 17:38")
    (d / "scans").mkdir()
    touch(d / "scans", "2024-03-29 12:00")
    nlines = len(rows)
    konsole_profile("St8Dark", "DarkPastels", "DejaVu Sans Mono,12,-1,5,50,0,0,0,0,0")
    prompt = "marta@ledger-01:~/invoices_2024$ "
    script = fake_session(["ls -l --time-style=long-iso", "wc -l payment_log.csv"], prompt, wd / "session.sh")
    img = run_app(["konsole", "--profile", "St8Dark", "--hide-menubar", "--hide-tabbar", "--workdir", str(d),
                   "-e", script], "Konsole|bash|session", "s01_konsole_ls.png", size=(980, 560), cwd=d)
    pdfs = [f for f in files if f[0].endswith(".pdf")]
    newest_pdf = max(pdfs, key=lambda f: f[2])[0]
    tmpl = files[-1]
    q = [Q("hey quick one, how big is march_summary.xlsx in bytes?", files[4][1], "number", "file size", True),
         Q("which of the invoice PDFs was modified most recently?", newest_pdf, "text", "most recent file", True),
         Q("How many PDF files are in that folder listing?", len(pdfs), "count", "count by extension", False),
         Q("according to wc, how many lines does the payment log have?", nlines, "number", "command output value", True),
         Q("when was the reminder template last changed? just the date", tmpl[2].split()[0], "date", "file date", True)]
    return img, q


# ---- s02 tilix: git log + status
GIT_ENV = {"GIT_CONFIG_GLOBAL": "/dev/null"}


def make_repo(path, commits, branch_at=None, branch=None, tags=None):
    """commits: (author, email, date, message, {file: content})."""
    path.mkdir(parents=True, exist_ok=True)
    e = dict(ENV, **GIT_ENV)
    run = lambda *a: subprocess.run(["git", *a], cwd=path, env=e, check=True, capture_output=True, text=True).stdout
    run("init", "-q", "-b", "main")
    hashes = []
    for i, (author, email, date, msg, changes) in enumerate(commits):
        if branch and i == branch_at:
            run("checkout", "-q", "-b", branch)
        for fn, content in changes.items():
            write(path / fn, content)
            run("add", fn)
        env2 = dict(e, GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=author,
                    GIT_COMMITTER_EMAIL=email, GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        subprocess.run(["git", "commit", "-q", "-m", msg], cwd=path, env=env2, check=True)
        hashes.append(run("rev-parse", "--short=7", "HEAD").strip())
        for t, at in (tags or {}).items():
            if at == i:
                subprocess.run(["git", "tag", "-a", t, "-m", t], cwd=path, env=env2, check=True)
    return hashes


@scene("s02", "terminal")
def s02_tilix_git(wd):
    repo = wd / "orbit-billing"
    people = {"Amara Nwosu": "amara@orbit.dev", "Jonas Becker": "jonas@orbit.dev", "Luis Ortega": "luis@orbit.dev",
              "Priya Raghunathan": "priya@orbit.dev", "Mei Tanaka": "mei@orbit.dev"}
    log = [("Amara Nwosu", "2024-01-08T10:12:00", "Initial invoice model"),
           ("Jonas Becker", "2024-01-15T14:40:00", "Add PDF export for invoices"),
           ("Amara Nwosu", "2024-01-22T09:05:00", "Handle multi-currency totals"),
           ("Priya Raghunathan", "2024-02-02T16:20:00", "Bump reportlab to 4.0.9"),
           ("Luis Ortega", "2024-02-09T11:48:00", "Fix VAT rounding on partial refunds"),
           ("Jonas Becker", "2024-02-13T13:30:00", "Add customer reference to header"),
           ("Mei Tanaka", "2024-02-20T08:55:00", "Cache exchange rates for 24h"),
           ("Priya Raghunathan", "2024-02-27T17:02:00", "Round line items before summing tax")]
    commits = []
    for i, (a, d, m) in enumerate(log):
        commits.append((a, people[a], d + "+01:00", m, {f"src/mod{i}.py": f"# {m}\n", "src/tax.py": f"RATE = {i}\n",
                                                         "tests/test_tax.py": f"# t{i}\n"}))
    hashes = make_repo(repo, commits, branch_at=4, branch="feature/vat-rounding")
    write(repo / "src/tax.py", "RATE = 0.21\n")
    write(repo / "tests/test_tax.py", "# pending\n")
    write(repo / "notes/rounding.md", "# notes\n")
    prompt = "luis@devbox ~/orbit-billing $ "
    script = fake_session(["git log --date=short --format='%h  %ad  %<(18)%an %s' -8", "git status"],
                          prompt, wd / "session.sh")
    img = run_app(["dbus-run-session", "tilix", "--working-directory", str(repo), "-e", script],
                  "Tilix|bash|session|orbit", "s02_tilix_git.png", size=(1000, 620), cwd=repo)
    cache = [h for h, l in zip(hashes, log) if l[2].startswith("Cache exchange")][0]
    luis = [l for l in log if l[0] == "Luis Ortega"][0]
    q = [Q("what branch am I on right now?", "feature/vat-rounding", "code", "current branch", True),
         Q("who made the most recent commit here?", log[-1][0], "person", "latest commit author", True),
         Q("When did Luis commit the VAT rounding fix?", luis[1][:10], "date", "commit date", True),
         Q("how many files does git status list as modified (not counting untracked)?", 2, "count", "count modified", False),
         Q("short hash of the commit that caches exchange rates?", cache, "code", "commit hash", True)]
    return img, q


# ---- s03 konsole light: python traceback
@scene("s03", "terminal")
def s03_konsole_traceback(wd):
    d = wd / "shop-tools"
    src = '''import json
import sys

REQUIRED = ("id", "customer", "total")


def parse_order(raw):
    order = {k: raw[k] for k in REQUIRED}
    order["currency"] = raw["currency"].upper()
    order["total"] = round(float(order["total"]), 2)
    return order


def main(path):
    with open(path) as f:
        data = json.load(f)
    done = 0
    for raw in data["orders"]:
        order = parse_order(raw)
        done += 1
        if done % 10 == 0:
            print(f"  ... {done} orders imported")
    print(f"Imported {done} orders")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    write(d / "import_orders.py", src)
    rng = random.Random(SEED + 3)
    orders = []
    bad_at = 37
    for i in range(60):
        o = {"id": f"SO-{5100 + i}", "customer": rng.choice(["Haddad", "Ivanova", "Moreau", "Silva"]),
             "total": f"{rng.randint(10, 900)}.{rng.randint(0, 99):02d}", "currency": "eur"}
        if i == bad_at:
            del o["currency"]
        orders.append(o)
    write(d / "orders_march.json", json.dumps({"orders": orders}, indent=1))
    konsole_profile("St8Light", "BlackOnWhite", "Liberation Mono,12,-1,5,50,0,0,0,0,0")
    prompt = "dan@shop-tools:~$ "
    script = fake_session([f"python3 import_orders.py orders_march.json"], prompt, wd / "session.sh")
    img = run_app(["konsole", "--profile", "St8Light", "--hide-menubar", "--hide-tabbar", "--workdir", str(d),
                   "-e", script], "Konsole|bash|session", "s03_konsole_traceback.png", size=(1040, 480), cwd=d)
    line = [i for i, l in enumerate(src.splitlines(), 1) if 'raw["currency"]' in l][0]
    q = [Q("what error did my import script die with?", "KeyError: 'currency'", "error", "error message", True),
         Q("which line number in import_orders.py raised it?", line, "number", "error line", True),
         Q("in which function did it fail?", "parse_order", "code", "failing function", True),
         Q("How many orders had been imported at the last progress line before the crash?", (bad_at // 10) * 10,
           "number", "progress value", True)]
    return img, q

# ---- s04 alpine: a mailbox index in konsole
@scene("s04", "mail")
def s04_alpine(wd):
    mails = [("Hiroshi Yamamoto", "hiroshi.yamamoto@kaigan.jp", "Mon, 04 Mar 2024 08:14:00", "Revised quote for the Osaka fit-out", True),
             ("Chiara Bianchi", "chiara@bianchi-legal.it", "Tue, 05 Mar 2024 11:02:00", "NDA - signed copy attached", True),
             ("Tomasz Wilk", "t.wilk@northbeam.pl", "Wed, 06 Mar 2024 16:45:00", "Server room access next week", True),
             ("Aisha Khan", "aisha.khan@fernleaf.co.uk", "Thu, 07 Mar 2024 09:30:00", "Q2 offsite: venue shortlist", False),
             ("Hiroshi Yamamoto", "hiroshi.yamamoto@kaigan.jp", "Fri, 08 Mar 2024 07:58:00", "Re: Revised quote for the Osaka fit-out", False),
             ("Billing Dept", "billing@cloudforge.io", "Fri, 08 Mar 2024 13:20:00", "Your invoice CF-88213 is ready", True),
             ("Kwame Mensah", "kwame@mensah-design.gh", "Mon, 11 Mar 2024 10:11:00", "Logo variants v3", False),
             ("Elena Popescu", "elena.popescu@vitrina.ro", "Tue, 12 Mar 2024 15:37:00", "Catalogue proofs - 2 corrections", False)]
    out = []
    for i, (name, addr, date, subj, read) in enumerate(mails):
        dt = time.strptime(date, "%a, %d %b %Y %H:%M:%S")
        envdate = time.strftime("%a %b %d %H:%M:%S %Y", dt)
        body = f"Hi Sofia,\n\nPlease see below regarding: {subj}.\n\nBest,\n{name.split()[0]}\n"
        out.append(f"From {addr} {envdate}\nFrom: {name} <{addr}>\nTo: Sofia Marchetti <sofia@atelier-mar.it>\n"
                   f"Subject: {subj}\nDate: {date} +0000\nMessage-ID: <st8.{i}@{addr.split('@')[1]}>\n"
                   + ("Status: RO\n" if read else "") + f"\n{body}\n")
    inbox = write(wd / "mail/INBOX", "".join(out))
    rc = write(wd / "pinerc", f"personal-name=Sofia Marchetti\nuser-domain=atelier-mar.it\ninbox-path={inbox}\n"
               f"folder-collections=mail/[]\nlast-version-used=2.26\n"
               "feature-list=quit-without-confirm,enable-aggregate-command-set\n")
    konsole_profile("St8Sol", "Solarized", "DejaVu Sans Mono,12,-1,5,50,0,0,0,0,0")
    img = run_app(["konsole", "--profile", "St8Sol", "--hide-menubar", "--hide-tabbar", "--workdir", str(wd),
                   "-e", "alpine", "-p", str(rc)], "Konsole|alpine|Alpine", "s04_alpine.png",
                  size=(1060, 520), cwd=wd, settle=4,
                  actions=lambda wid: (key(wid, "e"), time.sleep(1.5), key(wid, "i"), time.sleep(1.5)))
    unread = sum(1 for m in mails if not m[4])
    latest = max(mails, key=lambda m: time.strptime(m[2], "%a, %d %b %Y %H:%M:%S"))
    aisha = [m for m in mails if m[0].startswith("Aisha")][0]
    kwame = [m for m in mails if m[0].startswith("Kwame")][0]
    q = [Q("who sent me the latest email in this inbox?", latest[0], "person", "latest sender", True),
         Q("how many messages are still marked as new?", unread, "count", "count unread", False),
         Q("What's the subject of the mail from Aisha?", aisha[3], "text", "subject by sender", True),
         Q("how many emails did Hiroshi send me?", sum(1 for m in mails if m[0].startswith("Hiroshi")), "count", "count by sender", False),
         Q("which day did Kwame's logo mail arrive?", time.strftime("%m/%d/%y", time.strptime(kwame[2], "%a, %d %b %Y %H:%M:%S")), "date", "date of mail", True)]
    return img, q


# ---- s05 ne editor in tilix
@scene("s05", "editor")
def s05_ne(wd):
    cfg = {"service": {"name": "tidewater-api", "port": 8443, "workers": 6},
           "database": {"host": "db-eu-2.internal.tidewater.net", "port": 5432, "name": "tidewater_prod",
                        "pool_size": 20},
           "logging": {"level": "warn", "file": "/var/log/tidewater/api.log"},
           "features": {"beta_checkout": True, "legacy_export": False}}
    lines = ["# tidewater-api deployment config", "# owner: platform team (Ines Duarte)", ""]
    for sec, kv in cfg.items():
        lines.append(f"[{sec}]")
        for k, v in kv.items():
            vv = ("true" if v else "false") if isinstance(v, bool) else (v if isinstance(v, int) else f'"{v}"')
            lines.append(f"{k} = {vv}")
        lines.append("")
    f = write(wd / "deploy.toml", "\n".join(lines))
    img = run_app(["dbus-run-session", "tilix", "--working-directory", str(wd), "-e", f"ne {f.name}"],
                  "Tilix|ne|deploy", "s05_ne_tilix.png", size=(900, 560), cwd=wd, settle=3)
    q = [Q("which file do I have open in the editor?", f.name, "text", "open file name", True),
         Q("what port does the api service listen on?", cfg["service"]["port"], "number", "config value", True),
         Q("database host?", cfg["database"]["host"], "text", "config value", True),
         Q("Is legacy_export switched on?", "no", "yesno", "boolean setting", False),
         Q("what log level is configured?", cfg["logging"]["level"], "text", "config value", True)]
    return img, q


# ---- s06 kwrite: meeting notes
@scene("s06", "editor")
def s06_kwrite(wd):
    items = [("Migrate CI runners to the new cluster", "Oluwaseun Adeyemi", "2024-05-03"),
             ("Draft the Q3 hiring plan", "Marta Sánchez", "2024-05-10"),
             ("Renew the TLS wildcard certificate", "Jakub Novák", "2024-04-26"),
             ("Share the customer survey results", "Li Wei", "2024-05-08"),
             ("Book the budget review with finance", "Hannah Schmidt", "2024-04-30")]
    att = ["Oluwaseun Adeyemi", "Marta Sánchez", "Jakub Novák", "Li Wei", "Hannah Schmidt", "Rafael Costa"]
    text = ["# Engineering sync - 17 April 2024", "", "Attendees: " + ", ".join(att), "Facilitator: Rafael Costa",
            "", "## Decisions", "- Freeze the 4.2 release branch on 2 May", "- Keep Postgres 15 until the autumn",
            "", "## Action items", ""]
    for t, o, d in items:
        text.append(f"- [ ] {t} -- owner: {o}, due {d}")
    text += ["", "Next meeting: 24 April 2024, 10:00 CET", ""]
    f = write(wd / "eng-sync-2024-04-17.md", "\n".join(text))
    write(HOME / ".config/kwriterc", "[KTextEditor View]\nLine Numbers=true\n[General]\nShow welcome view for new window=false\n")
    img = run_app(["kwrite", str(f)], "KWrite|eng-sync", "s06_kwrite.png", size=(1100, 560), cwd=wd, settle=3)
    cert = items[2]
    earliest = min(items, key=lambda x: x[2])
    q = [Q("who owns the CI runner migration?", items[0][1], "person", "owner of item", True),
         Q("when is the TLS certificate renewal due?", cert[2], "date", "due date", True),
         Q("how many action items are listed?", len(items), "count", "count items", False),
         Q("who facilitated this meeting?", "Rafael Costa", "person", "facilitator", True),
         Q("which action item is due first? give me the owner", earliest[1], "person", "earliest due owner", True)]
    return img, q


# ---- s07 emacs: python module with line numbers, dark theme
@scene("s07", "editor")
def s07_emacs(wd):
    src = '''"""Payroll helpers for the Lisbon office."""
from decimal import Decimal, ROUND_HALF_UP

STANDARD_HOURS = 160
OVERTIME_MULTIPLIER = Decimal("1.5")
SOCIAL_SECURITY_RATE = Decimal("0.11")
MEAL_ALLOWANCE_PER_DAY = Decimal("9.60")


def gross_pay(hourly_rate, hours):
    base = min(hours, STANDARD_HOURS) * hourly_rate
    extra = max(hours - STANDARD_HOURS, 0) * hourly_rate * OVERTIME_MULTIPLIER
    return (base + extra).quantize(Decimal("0.01"), ROUND_HALF_UP)


def meal_allowance(days_worked):
    return MEAL_ALLOWANCE_PER_DAY * days_worked


def net_pay(hourly_rate, hours, days_worked, irs_rate):
    gross = gross_pay(hourly_rate, hours)
    deductions = gross * (SOCIAL_SECURITY_RATE + irs_rate)
    return gross - deductions + meal_allowance(days_worked)
'''
    f = write(wd / "payroll.py", src)
    lines = src.splitlines()
    net_line = [i for i, l in enumerate(lines, 1) if l.startswith("def net_pay")][0]
    fn12 = [l for l in lines[:12] if l.startswith("def ")][-1].split("(")[0][4:]
    img = run_app(["emacs", "-Q", "-fn", "DejaVu Sans Mono-12", "--eval",
                   "(progn (load-theme 'wombat t) (global-display-line-numbers-mode 1) (setq inhibit-startup-screen t))",
                   str(f)], "emacs|payroll", "s07_emacs.png", size=(900, 640), cwd=wd, settle=3)
    q = [Q("what's the overtime multiplier set to in this file?", "1.5", "number", "constant value", True),
         Q("On which line does net_pay start?", net_line, "number", "line of definition", True),
         Q("meal allowance per day?", "9.60", "money", "constant value", True),
         Q("line 12 - which function is that inside?", fn12, "code", "function at line", True),
         Q("what file is open in emacs?", f.name, "text", "open file name", True)]
    return img, q

# ---- s08 dolphin: details view of a project folder
@scene("s08", "file manager")
def s08_dolphin(wd):
    d = wd / "Porto_Harbour_Renovation"
    files = [("site_survey_report.pdf", 2_431_662, "2024-02-14 09:20"),
             ("floorplan_rev4.dwg", 7_884_120, "2024-03-02 17:45"),
             ("budget_v7.ods", 96_410, "2024-03-21 11:05"),
             ("contractor_list.csv", 3_218, "2024-01-30 15:12"),
             ("facade_render_01.png", 4_190_337, "2024-03-18 10:40"),
             ("facade_render_02.png", 3_951_004, "2024-03-18 10:52"),
             ("permit_application_signed.pdf", 1_208_776, "2024-02-27 14:03"),
             ("meeting_minutes_0312.txt", 5_904, "2024-03-12 18:30")]
    d.mkdir(parents=True)
    for n, size, when in files:
        with open(d / n, "wb") as f:
            f.truncate(size)
        touch(d / n, when)
    for sub in ("photos", "old_versions"):
        (d / sub).mkdir()
    write(HOME / ".config/dolphinrc", "[General]\nGlobalViewProps=true\nShowFullPath=true\n[MainWindow]\nMenuBar=Disabled\n")
    write(HOME / ".local/share/dolphin/view_properties/global/.directory",
          "[Dolphin]\nViewMode=1\nVisibleRoles=Details_text,Details_size,Details_modificationtime\n")
    with open(HOME / ".config/dolphinrc", "a") as f:
        f.write("[DetailsMode]\nPreviewSize=22\nIconSize=22\n")
    img = run_app(["dolphin", "--new-window", str(d)], "Dolphin|Porto", "s08_dolphin.png", size=(1120, 680), cwd=wd, settle=4)
    big = max(files, key=lambda f: f[1])
    pngs = [f for f in files if f[0].endswith(".png")]
    q = [Q("which file in this folder is the biggest?", big[0], "text", "largest file", True),
         Q("how large is budget_v7.ods?", fmt_kib(96_410), "text", "file size", True),
         Q("How many subfolders are there in this folder?", 2, "count", "count folders", False),
         Q("what's the name of the folder I'm looking at?", d.name, "text", "current folder", True),
         Q("how many PNG renders are there?", len(pngs), "count", "count by type", False),
         Q("what total size does the status bar report for the files?", fmt_kib(sum(f[1] for f in files)), "text", "status bar total", True)]
    return img, q


# ---- s09 worker: two-pane file manager
@scene("s09", "file manager")
def s09_worker(wd):
    left = wd / "podcast_masters"
    right = wd / "usb_backup"
    eps = [("ep041_fermentation.flac", 312_448_120), ("ep042_tide_pools.flac", 287_004_552),
           ("ep043_night_trains.flac", 341_870_016), ("ep044_bees_in_cities.flac", 298_115_480),
           ("show_notes_041-044.odt", 48_210)]
    for n, s in eps:
        p = left / n
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as f:
            f.truncate(s)
    for n, s in [("ep039_salt_roads.mp3", 58_112_904), ("ep040_lighthouse_keepers.mp3", 61_480_288)]:
        p = right / n
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as f:
            f.truncate(s)
    (HOME / ".config/worker").mkdir(parents=True, exist_ok=True)
    shutil.copy("/usr/share/worker/config-english", HOME / ".config/worker/config")
    img = run_app(["worker", str(left), str(right)], "Worker - ", "s09_worker.png", size=(1000, 700), cwd=wd, settle=3)
    flacs = [e for e in eps if e[0].endswith(".flac")]
    longest = max(flacs, key=lambda e: e[1])
    q = [Q("how many flac files are in the left panel?", len(flacs), "count", "count by type", False),
         Q("which episode master is the largest file?", longest[0], "text", "largest file", True),
         Q("what's the full path of the folder in the right pane?", str(right), "text", "pane path", True),
         Q("how many files does the left panel hold in total, including the notes?", len(eps), "count", "count files", True)]
    return img, q


# ---- s10 home-made PyQt5 spreadsheet
SHEET_APP = r'''
import sys, json
from PyQt5.QtWidgets import (QApplication, QMainWindow, QTableWidget, QTableWidgetItem, QLineEdit, QLabel,
                             QWidget, QVBoxLayout, QHBoxLayout, QToolBar, QAction)
from PyQt5.QtCore import Qt
from PyQt5.QtGui import QFont
data = json.load(open(sys.argv[1]))
app = QApplication(sys.argv)
app.setFont(QFont("Liberation Sans", 11))
w = QMainWindow(); w.setWindowTitle(data["title"])
tb = QToolBar(); w.addToolBar(tb)
for a in ("New", "Open", "Save", "Sum", "Sort A-Z", "Chart"): tb.addAction(QAction(a, w))
central = QWidget(); v = QVBoxLayout(central)
bar = QHBoxLayout(); name = QLineEdit(data["cell"]); name.setFixedWidth(70); fx = QLineEdit(data["formula"])
bar.addWidget(name); bar.addWidget(QLabel("fx")); bar.addWidget(fx); v.addLayout(bar)
rows = data["rows"]; ncol = max(len(r) for r in rows) + 1
t = QTableWidget(len(rows) + 3, ncol)
t.setHorizontalHeaderLabels([chr(65 + i) for i in range(ncol)])
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        it = QTableWidgetItem(str(val))
        if c > 0 and r > 0: it.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)
        if r == 0: f = it.font(); f.setBold(True); it.setFont(f)
        t.setItem(r, c, it)
t.setColumnWidth(0, 150)
for c in range(1, ncol): t.setColumnWidth(c, 105)
rr, cc = data["sel"]; t.setCurrentCell(rr, cc)
v.addWidget(t); w.setCentralWidget(central)
w.statusBar().showMessage(data["status"])
w.resize(1000, 560); w.show(); app.exec_()
'''


@scene("s10", "spreadsheet")
def s10_sheet(wd):
    rng = random.Random(SEED + 10)
    regions = ["Iberia", "Benelux", "Nordics", "DACH", "Baltics", "Balkans", "UK & Ireland", "France"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    rows = [["Region"] + months + ["H1 total"]]
    for reg in regions:
        vals = [rng.randint(18, 95) * 1000 + rng.randint(0, 999) for _ in months]
        rows.append([reg] + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
    num = lambda s: int(s.replace(",", ""))
    sel = (4, 3)  # row index 4 (sheet row 5), col D
    cell = f"{chr(65 + sel[1])}{sel[0] + 1}"
    spec = {"title": "regional_sales_2024.csv - Ledgerly Sheets", "rows": rows, "cell": cell,
            "formula": rows[sel[0]][sel[1]].replace(",", ""), "sel": list(sel),
            "status": f"Sheet 1 of 3  |  {len(regions)} regions  |  Last saved 14:32"}
    write(wd / "sheet.json", json.dumps(spec))
    app = write(APPS / "sheet_app.py", SHEET_APP.lstrip())
    img = run_app([SYSPY, str(app), str(wd / "sheet.json")], "Ledgerly", "s10_sheet.png", size=(1000, 560), cwd=wd, settle=2)
    body = rows[1:]
    mar = months.index("Mar") + 1
    top_mar = max(body, key=lambda r: num(r[mar]))
    low_h1 = min(body, key=lambda r: num(r[-1]))
    c4 = rows[3][2]
    dach = [r for r in body if r[0] == "DACH"][0]
    nord = [r for r in body if r[0] == "Nordics"][0]
    diff = num(dach[-1]) - num(nord[-1])
    q = [Q("what's in cell C4?", c4, "number", "cell by reference", True),
         Q("which region sold the most in March?", top_mar[0], "text", "max by column", True),
         Q("lowest H1 total - which region is it?", low_h1[0], "text", "min by column", True),
         Q("how much higher (or lower) is DACH's H1 total than the Nordics'? DACH minus Nordics", f"{diff:,}", "number", "difference", False),
         Q("which cell is currently selected?", cell, "code", "selected cell", True),
         Q("What's the May figure for Baltics?", [r for r in body if r[0] == "Baltics"][0][months.index("May") + 1], "number", "row x column", True)]
    return img, q

# ---- s11 okular: a two-page invoice PDF
def make_invoice_pdf(path, inv):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    with PdfPages(path) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        t = lambda x, y, s, **kw: fig.text(x, y, s, family="DejaVu Sans", **kw)
        t(0.08, 0.93, inv["seller"], size=20, weight="bold", color="#1d4e89")
        t(0.08, 0.905, inv["seller_addr"], size=9, color="#444")
        t(0.62, 0.93, "INVOICE", size=24, weight="bold")
        for i, (k, v) in enumerate([("Invoice no.", inv["no"]), ("Issue date", inv["issued"]), ("Due date", inv["due"])]):
            t(0.62, 0.89 - i * 0.022, f"{k}:", size=10)
            t(0.77, 0.89 - i * 0.022, v, size=10, weight="bold")
        t(0.08, 0.83, "Bill to:", size=10, color="#666")
        t(0.08, 0.81, inv["client"], size=12, weight="bold")
        t(0.08, 0.79, inv["client_addr"], size=10)
        y = 0.72
        for x, h in zip((0.08, 0.55, 0.68, 0.82), ("Description", "Qty", "Unit price", "Amount")):
            t(x, y, h, size=10, weight="bold")
        fig.add_artist(plt.Line2D([0.08, 0.94], [y - 0.008, y - 0.008], color="#1d4e89", lw=1.2))
        for desc, qty, price in inv["lines"]:
            y -= 0.03
            t(0.08, y, desc, size=10)
            t(0.55, y, str(qty), size=10)
            t(0.68, y, f"€{price:,.2f}", size=10)
            t(0.82, y, f"€{qty * price:,.2f}", size=10)
        y -= 0.05
        for k, v, w in (("Subtotal", inv["subtotal"], "normal"), (f"VAT {inv['vat_pct']}%", inv["vat"], "normal"),
                        ("Total due", inv["total"], "bold")):
            t(0.62, y, k, size=11, weight=w)
            t(0.82, y, f"€{v:,.2f}", size=11, weight=w)
            y -= 0.025
        t(0.08, 0.12, f"IBAN: {inv['iban']}", size=10)
        t(0.08, 0.10, "Payment terms: 30 days net. Thank you for your business.", size=9, color="#555")
        t(0.45, 0.03, "Page 1 of 2", size=8, color="#777")
        pdf.savefig(fig)
        plt.close(fig)
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.93, "Terms and conditions", size=16, weight="bold")
        fig.text(0.08, 0.90, "1. Late payments accrue interest at 8% p.a.\n2. Goods remain our property until paid in full.",
                 size=10, va="top")
        fig.text(0.45, 0.03, "Page 2 of 2", size=8, color="#777")
        pdf.savefig(fig)
        plt.close(fig)


@scene("s11", "pdf")
def s11_okular(wd):
    lines = [("Acoustic wall panels, oak, 60x60 cm", 24, 86.50), ("Installation labour (hours)", 14, 52.00),
             ("Ceiling baffles, felt", 10, 129.90), ("Site survey and measurement", 1, 240.00)]
    sub = round(sum(q * p for _, q, p in lines), 2)
    vat = round(sub * 0.23, 2)
    inv = {"seller": "Sonora Interiors Lda.", "seller_addr": "Rua das Flores 112, 4050-262 Porto, Portugal",
           "no": "SI-2024-0417", "issued": "17 Apr 2024", "due": "17 May 2024", "client": "Brightwell Studios Ltd",
           "client_addr": "48 Canal Street, Manchester M1 3WD", "lines": lines, "subtotal": sub, "vat_pct": 23,
           "vat": vat, "total": round(sub + vat, 2), "iban": "PT50 0035 0651 0000 2847 1930 5"}
    f = wd / "SI-2024-0417.pdf"
    make_invoice_pdf(f, inv)
    write(HOME / ".config/okularpartrc", "[Zoom]\nZoomMode=1\n")
    write(HOME / ".config/okularrc", "[General]\nShowSidebar=false\n")
    img = run_app(["okular", str(f)], "Okular|SI-2024", "s11_okular.png", size=(1000, 780), cwd=wd, settle=4)
    q = [Q("What's the total due on this invoice?", f"€{inv['total']:,.2f}", "money", "total", True),
         Q("invoice number?", inv["no"], "code", "document id", True),
         Q("when is payment due?", inv["due"], "date", "due date", True),
         Q("how many pages is this pdf?", 2, "count", "page count", True),
         Q("how many hours of installation labour were billed?", 14, "number", "line item qty", True),
         Q("who's the invoice addressed to?", inv["client"], "text", "recipient", True),
         Q("how much VAT is charged?", f"€{vat:,.2f}", "money", "tax amount", True)]
    return img, q


# ---- s12 nsxiv: event posters
@scene("s12", "image viewer")
def s12_nsxiv(wd):
    from PIL import ImageDraw, ImageFont
    posters = [("harbour_lights.png", "Harbour Lights Festival", "14 June 2024", "#0b3954"),
               ("jazz_in_the_park.png", "Jazz in the Park", "22 June 2024", "#5c2a9d"),
               ("night_market.png", "Riverside Night Market", "5 July 2024", "#8a1c1c"),
               ("kite_day.png", "Dune Kite Day", "13 July 2024", "#1f7a4d"),
               ("film_under_stars.png", "Film Under the Stars", "27 July 2024", "#222831"),
               ("food_truck_rally.png", "Food Truck Rally", "10 August 2024", "#b35900")]
    big = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 40)
    mid = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
    venues = ["Pier 4", "Castle Gardens", "Old Customs Quay", "North Beach", "Town Square", "Market Hall car park"]
    for (fn, title, date, col), venue in zip(posters, venues):
        im = Image.new("RGB", (640, 480), col)
        dr = ImageDraw.Draw(im)
        dr.rectangle((20, 20, 620, 460), outline="white", width=4)
        dr.text((320, 170), title, font=big, fill="white", anchor="mm")
        dr.text((320, 260), date, font=mid, fill="#ffd166", anchor="mm")
        dr.text((320, 320), venue, font=mid, fill="white", anchor="mm")
        im.save(wd / fn)
    cur = 3
    files = [str(wd / p[0]) for p in posters]
    res = write(wd / "Xresources", "Nsxiv.bar.font: DejaVu Sans Mono-13\nnsxiv.bar.font: DejaVu Sans Mono-13\nNsxiv.bar.background: #2b2b2b\nNsxiv.bar.foreground: #f0f0f0\n")
    subprocess.run(["xrdb", "-merge", str(res)], env=ENV, check=True)
    img = run_app(["nsxiv", "-z", "100", "-n", str(cur), "-g", "900x620", *files], "nsxiv", "s12_nsxiv.png",
                  size=(900, 620), cwd=wd, settle=2)
    im = Image.open(IMAGES / img)  # nsxiv's bar font ignores X resources here: shown as a 1.4x HiDPI capture
    im.resize((int(im.width * 1.4), int(im.height * 1.4)), Image.LANCZOS).save(IMAGES / img, optimize=True)
    p = posters[cur - 1]
    q = [Q("which image file am I looking at?", p[0], "text", "current file", True),
         Q("how many pictures are in this set?", len(posters), "count", "total images", True),
         Q("what date is on this poster?", p[2], "date", "text in image", True),
         Q("where is the event held?", venues[cur - 1], "text", "text in image", True)]
    return img, q


# ---- s13 ark: a backup archive
@scene("s13", "archiver")
def s13_ark(wd):
    import tarfile, io
    members = [("site-backup/index.html", 18_420), ("site-backup/about.html", 9_312),
               ("site-backup/css/main.css", 41_877), ("site-backup/js/app.bundle.js", 612_334),
               ("site-backup/img/hero.jpg", 1_884_210), ("site-backup/img/team.jpg", 942_118),
               ("site-backup/robots.txt", 68), ("site-backup/sitemap.xml", 7_450)]
    rng = random.Random(SEED + 13)
    f = wd / "site-backup-2024-05-02.tar.gz"
    mt = 1714640400  # 2024-05-02 09:00 UTC
    with tarfile.open(f, "w:gz") as tar:
        dirs = sorted({m.rsplit("/", 1)[0] for m, _ in members} | {"site-backup"})
        for dname in dirs:
            ti = tarfile.TarInfo(dname); ti.type = tarfile.DIRTYPE; ti.mtime = mt; ti.mode = 0o755
            tar.addfile(ti)
        for name, size in members:
            ti = tarfile.TarInfo(name); ti.size = size; ti.mtime = mt - rng.randint(0, 86400 * 20); ti.mode = 0o644
            tar.addfile(ti, io.BytesIO(bytes(rng.getrandbits(8) for _ in range(min(size, 64))) + b"\0" * max(0, size - 64)))
    write(HOME / ".config/arkrc", "[General]\nshowInfoPanel=false\n")

    def expand(wid):
        for y in (125, 106, 87):  # expand js, img, css (bottom-up so rows do not move)
            click(30, y)
            time.sleep(0.6)
        click(600, 580)

    img = run_app(["ark", str(f)], "Ark|site-backup", "s13_ark.png", size=(1060, 620), cwd=wd, settle=4, actions=expand)
    big = max(members, key=lambda m: m[1])
    q = [Q("what's the biggest file in this archive?", big[0].rsplit("/", 1)[1], "text", "largest entry", True),
         Q("how big is main.css?", fmt_kib(41_877), "text", "entry size", True),
         Q("How many .jpg images does the backup contain?", sum(1 for m in members if m[0].endswith(".jpg")), "count", "count by type", False),
         Q("what's the archive called?", f.name, "text", "archive name", True)]
    return img, q

# ---- s14 qgit: firmware repo with tags
@scene("s14", "git")
def s14_qgit(wd):
    repo = wd / "weather-station-fw"
    log = [("Sven Halvorsen", "2023-09-04T09:00:00", "Initial sensor drivers"),
           ("Fatima Zahra El Idrissi", "2023-09-19T15:20:00", "Add BME280 humidity calibration"),
           ("Sven Halvorsen", "2023-10-02T10:45:00", "Release 1.0.0"),
           ("Diego Fernández", "2023-10-30T13:10:00", "LoRa uplink with adaptive data rate"),
           ("Anna Kowalczyk", "2023-11-21T08:30:00", "Fix wind gust overflow above 65 m/s"),
           ("Fatima Zahra El Idrissi", "2023-12-12T17:05:00", "Release 1.1.0"),
           ("Diego Fernández", "2024-01-16T11:55:00", "Deep sleep between readings"),
           ("Anna Kowalczyk", "2024-02-06T14:40:00", "Solar charge controller telemetry"),
           ("Sven Halvorsen", "2024-02-28T09:25:00", "Watchdog reset on I2C bus hang")]
    emails = {a: a.split()[0].lower() + "@meteo-labs.no" for a, _, _ in log}
    commits = [(a, emails[a], d + "+00:00", m, {f"src/f{i}.c": f"/* {m} */\n"}) for i, (a, d, m) in enumerate(log)]
    hashes = make_repo(repo, commits, tags={"v1.0.0": 2, "v1.1.0": 5})
    write(HOME / ".config/qgit/qgit.conf", "[General]\nflags=0\n[Working_dir]\n")
    img = run_app(["qgit"], "QGit|qgit|weather", "s14_qgit.png", size=(1180, 640), cwd=repo, settle=4,
                  actions=lambda wid: (click(517, 186), time.sleep(0.5), click(605, 300), time.sleep(3)))
    gust = [l for l in log if "gust" in l[2]][0]
    after_110 = len(log) - 1 - 5
    q = [Q("what's the newest commit message?", log[-1][2], "text", "latest commit", True),
         Q("who fixed the wind gust overflow?", gust[0], "person", "commit author", True),
         Q("which commit is tagged v1.0.0? give me its message", log[2][2], "text", "tagged commit", True),
         Q("how many commits came after the v1.1.0 tag?", after_110, "count", "count after tag", False),
         Q("short commit id of the 1.1.0 release?", hashes[5], "code", "commit hash", True),
         Q("who authored the deep sleep change?", [l for l in log if "Deep sleep" in l[2]][0][0], "person", "commit author", True)]
    return img, q


# ---- s15 kdiff3: two versions of an ini file
@scene("s15", "diff")
def s15_kdiff3(wd):
    old = {"server": [("host", "0.0.0.0"), ("port", "8080"), ("max_connections", "200"), ("timeout_s", "30")],
           "cache": [("backend", "memcached"), ("ttl_s", "600")],
           "mail": [("smtp_host", "smtp.relay-one.net"), ("from", "noreply@kestrel.app")]}
    new = {"server": [("host", "0.0.0.0"), ("port", "8080"), ("max_connections", "500"), ("timeout_s", "45")],
           "cache": [("backend", "redis"), ("ttl_s", "600")],
           "mail": [("smtp_host", "smtp.relay-one.net"), ("from", "noreply@kestrel.app")]}
    render = lambda c: "".join(f"[{s}]\n" + "".join(f"{k} = {v}\n" for k, v in kv) + "\n" for s, kv in c.items())
    a = write(wd / "kestrel.ini.orig", "; kestrel app config\n" + render(old))
    b = write(wd / "kestrel.ini", "; kestrel app config\n" + render(new))
    write(HOME / ".config/kdiff3rc", "[KDiff3 Options]\nShow Line Numbers=true\n")
    img = run_app(["kdiff3", str(a), str(b)], "KDiff3|kdiff3|kestrel", "s15_kdiff3.png", size=(1180, 600), cwd=wd, settle=4,
                  actions=lambda wid: (key(wid, "Return"), time.sleep(1)))
    changed = [(s, k1, v1, v2) for s in old for (k1, v1), (k2, v2) in zip(old[s], new[s]) if v1 != v2]
    mc = [c for c in changed if c[1] == "max_connections"][0]
    cache = [c for c in changed if c[1] == "backend"][0]
    q = [Q("what did max_connections change to in the new file?", mc[3], "number", "new value", True),
         Q("what was the cache backend before?", cache[2], "text", "old value", True),
         Q("how many settings have different values between the two files?", len(changed), "count", "count changes", False),
         Q("Did the smtp host change?", "no", "yesno", "unchanged check", False),
         Q("timeout went from what to what?", f"{[c for c in changed if c[1]=='timeout_s'][0][2]} to {[c for c in changed if c[1]=='timeout_s'][0][3]}",
           "text", "old and new value", True)]
    return img, q


# ---- s16 xfce4-taskmanager: filtered to our worker processes
NAMED_PROC = r'''
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
blob = bytearray(int(sys.argv[2]) * 1024 * 1024)
for i in range(0, len(blob), 4096): blob[i] = 1
time.sleep(600)
'''


@scene("s16", "task manager")
def s16_taskman(wd):
    script = write(wd / "named.py", NAMED_PROC)
    procs = [("ledger-sync", 180), ("ledger-indexer", 420), ("ledger-mailer", 60), ("ledger-export", 95)]
    pids = {}
    for name, mb in procs:
        p = subprocess.Popen([SYSPY, str(script), name, str(mb)], env=ENV, start_new_session=True)
        pids[name] = p.pid
    time.sleep(3)

    def filt(wid):
        key(wid, "ctrl+f")
        typekeys(wid, "ledger")
        time.sleep(3)

    rss_kb = {n: int(re.search(r"VmRSS:\s+(\d+)", Path(f"/proc/{pid}/status").read_text()).group(1)) for n, pid in pids.items()}
    write(HOME / ".config/xfce4/xfconf/xfce-perchannel-xml/.keep", "")
    img = run_app(["dbus-run-session", "xfce4-taskmanager"], "Task Manager|taskmanager|Task", "s16_taskmanager.png", size=(1000, 620), cwd=wd,
                  settle=3, actions=filt)
    big = max(procs, key=lambda p: p[1])
    q = [Q("which of the ledger processes is using the most memory?", big[0], "text", "max memory process", True),
         Q("what's the PID of ledger-mailer?", pids["ledger-mailer"], "number", "pid lookup", True),
         Q("roughly how much RAM is ledger-sync using?", f"{rss_kb['ledger-sync'] / 1024:.1f} MiB", "approx", "memory value", True),
         Q("how many ledger processes are running?", len(procs), "count", "count processes", False),
         Q("ledger-export pid?", pids["ledger-export"], "number", "pid lookup", True)]
    return img, q


# ---- s17 home-made GTK3 backup settings dialog (dark variant)
GTK_APP = r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
spec = json.load(open(sys.argv[1]))
Gtk.Settings.get_default().set_property("gtk-application-prefer-dark-theme", spec["dark"])
Gtk.Settings.get_default().set_property("gtk-font-name", "Cantarell 11")
w = Gtk.Window(title=spec["title"]); w.set_default_size(760, 560)
outer = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
nb = Gtk.Notebook(); outer.pack_start(nb, True, True, 0)
page = Gtk.Grid(column_spacing=16, row_spacing=10, margin=18)
r = 0
lab = lambda t: Gtk.Label(label=t, xalign=0)
page.attach(lab("Backup destination:"), 0, r, 1, 1)
e = Gtk.Entry(text=spec["dest"]); e.set_hexpand(True); page.attach(e, 1, r, 2, 1); r += 1
page.attach(lab("Schedule:"), 0, r, 1, 1)
first = None
for i, opt in enumerate(spec["schedules"]):
    rb = Gtk.RadioButton.new_with_label_from_widget(first, opt); first = first or rb
    rb.set_active(opt == spec["schedule"]); page.attach(rb, 1 + i % 2, r + i // 2, 1, 1)
r += (len(spec["schedules"]) + 1) // 2
page.attach(lab("Run at:"), 0, r, 1, 1)
sp = Gtk.SpinButton.new_with_range(0, 23, 1); sp.set_value(spec["hour"]); page.attach(sp, 1, r, 1, 1); r += 1
page.attach(lab("Keep versions:"), 0, r, 1, 1)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 60, 1); sc.set_value(spec["keep"]); sc.set_digits(0)
sc.set_value_pos(Gtk.PositionType.RIGHT); page.attach(sc, 1, r, 2, 1); r += 1
for name, on in spec["checks"]:
    cb = Gtk.CheckButton(label=name); cb.set_active(on); page.attach(cb, 0, r, 3, 1); r += 1
page.attach(lab("Compression:"), 0, r, 1, 1)
combo = Gtk.ComboBoxText()
for c in spec["compressions"]: combo.append_text(c)
combo.set_active(spec["compressions"].index(spec["compression"])); page.attach(combo, 1, r, 1, 1); r += 1
nb.append_page(page, Gtk.Label(label="General"))
for t in spec["other_tabs"]: nb.append_page(Gtk.Label(label=""), Gtk.Label(label=t))
bb = Gtk.Box(spacing=8, margin=10)
for b in ("Help", "Cancel", "Apply", "OK"): bb.pack_end(Gtk.Button(label=b), False, False, 0) if b != "Help" else bb.pack_start(Gtk.Button(label=b), False, False, 0)
outer.pack_start(bb, False, False, 0)
st = Gtk.Statusbar(); st.push(0, spec["status"]); outer.pack_start(st, False, False, 0)
w.add(outer); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
'''


@scene("s17", "settings")
def s17_gtk_backup(wd):
    spec = {"title": "Keepsafe Backup - Preferences", "dark": False, "dest": "sftp://nas.lan/volume1/backups/ayse-laptop",
            "schedules": ["Hourly", "Daily", "Weekly", "Manually"], "schedule": "Weekly", "hour": 2, "keep": 14,
            "checks": [("Encrypt archives (AES-256)", True), ("Back up while on battery power", False),
                       ("Skip files larger than 4 GB", True), ("Verify archive after each run", False)],
            "compressions": ["None", "LZ4 (fast)", "Zstandard", "XZ (smallest)"], "compression": "Zstandard",
            "other_tabs": ["Folders", "Exclusions", "Notifications"],
            "status": "Last backup: 2024-05-19 02:00 - 38.2 GB, completed with 3 warnings"}
    write(wd / "spec.json", json.dumps(spec))
    app = write(APPS / "gtk_backup.py", GTK_APP.lstrip())
    img = run_app([SYSPY, str(app), str(wd / "spec.json")], "Keepsafe", "s17_gtk_backup.png", size=(760, 560), cwd=wd, settle=2)
    q = [Q("which backup schedule is selected?", spec["schedule"], "text", "selected radio", True),
         Q("is encryption turned on?", "yes", "yesno", "checkbox state", False),
         Q("how many versions will it keep according to the slider?", spec["keep"], "number", "slider value", True),
         Q("what compression is chosen?", spec["compression"], "text", "combo value", True),
         Q("how many warnings did the last backup have?", 3, "number", "status bar", True),
         Q("is 'Verify archive after each run' ticked?", "no", "yesno", "checkbox state", False)]
    return img, q


# ---- s18 home-made PyQt5 release dashboard (tree + tabs + status bar)
QT_TREE_APP = r'''
import sys, json
from PyQt5.QtWidgets import QApplication, QMainWindow, QTreeWidget, QTreeWidgetItem, QTabWidget, QWidget, QVBoxLayout, QLabel
from PyQt5.QtGui import QFont, QColor, QBrush
spec = json.load(open(sys.argv[1]))
app = QApplication(sys.argv); app.setStyle("Fusion"); app.setFont(QFont("DejaVu Sans", 10))
w = QMainWindow(); w.setWindowTitle(spec["title"])
tabs = QTabWidget()
page = QWidget(); v = QVBoxLayout(page)
v.addWidget(QLabel(spec["heading"]))
t = QTreeWidget(); t.setColumnCount(4); t.setHeaderLabels(["Service", "Version", "Status", "Deployed by"])
colors = {"healthy": "#1b7f3b", "degraded": "#b36b00", "failed": "#c0392b", "deploying": "#1f5fbf"}
for env, services in spec["envs"]:
    top = QTreeWidgetItem([env]); f = top.font(0); f.setBold(True); top.setFont(0, f); t.addTopLevelItem(top)
    for s in services:
        it = QTreeWidgetItem(s); it.setForeground(2, QBrush(QColor(colors[s[2]]))); top.addChild(it)
    top.setExpanded(True)
t.setColumnWidth(0, 230); t.setColumnWidth(1, 120); t.setColumnWidth(2, 130)
v.addWidget(t)
tabs.addTab(page, "Environments")
for x in ("Pipelines", "Audit log"): tabs.addTab(QWidget(), x)
w.setCentralWidget(tabs); w.statusBar().showMessage(spec["status"])
w.resize(900, 620); w.show(); app.exec_()
'''


@scene("s18", "dialog")
def s18_qt_tree(wd):
    envs = [("production", [["payments-api", "3.14.2", "healthy", "Nadia Rahman"], ["checkout-web", "2.9.0", "healthy", "Kenji Sato"],
                            ["ledger-worker", "1.22.7", "degraded", "Olga Petrova"], ["notifications", "0.18.3", "healthy", "Kenji Sato"]]),
            ("staging", [["payments-api", "3.15.0-rc2", "healthy", "Nadia Rahman"], ["checkout-web", "2.10.0-rc1", "failed", "Samuel Okoro"],
                         ["ledger-worker", "1.23.0", "deploying", "Olga Petrova"], ["notifications", "0.19.0", "failed", "Samuel Okoro"]]),
            ("dev", [["payments-api", "3.15.0-dev.41", "healthy", "Nadia Rahman"], ["checkout-web", "2.10.0-dev.7", "healthy", "Kenji Sato"]])]
    spec = {"title": "Shipyard - Release dashboard", "heading": "Services by environment (refreshed 09:41 UTC)", "envs": envs,
            "status": "Connected to cluster eu-central-1  |  3 environments  |  10 services"}
    write(wd / "spec.json", json.dumps(spec))
    app = write(APPS / "qt_release.py", QT_TREE_APP.lstrip())
    img = run_app([SYSPY, str(app), str(wd / "spec.json")], "Shipyard", "s18_qt_tree.png", size=(900, 560), cwd=wd, settle=2)
    st = dict(envs)
    failed = [s for s in st["staging"] if s[2] == "failed"]
    q = [Q("what version of payments-api is running in production?", st["production"][0][1], "version", "version lookup", True),
         Q("how many services failed in staging?", len(failed), "count", "count by status", False),
         Q("What's the status of ledger-worker in prod?", st["production"][2][2], "text", "status lookup", True),
         Q("who deployed checkout-web to staging?", st["staging"][1][3], "person", "who by row", True),
         Q("notifications version on staging vs production - what's the staging one?", st["staging"][3][1], "version", "version lookup", True),
         Q("which cluster is it connected to?", "eu-central-1", "code", "status bar value", True)]
    return img, q



def main():
    only = set(sys.argv[1:])
    IMAGES.mkdir(exist_ok=True)
    manifest = HERE / "manifest.jsonl"
    old = {}
    if only and manifest.exists():
        for line in manifest.read_text().splitlines():
            r = json.loads(line)
            old.setdefault(r["scene"], []).append(r)
    results = {}
    with Xvfb():
        for sid, (cat, fn) in SCENES.items():
            if only and sid not in only:
                results[sid] = old.get(sid, [])
                continue
            random.seed(f"{SEED}-{sid}")
            if HOME.exists():
                shutil.rmtree(HOME)
            for d in ("run", ".config", ".local/share", ".cache"):
                (HOME / d).mkdir(parents=True, exist_ok=True)
            os.chmod(HOME / "run", 0o700)
            wd = WORK / sid
            if wd.exists():
                shutil.rmtree(wd)
            wd.mkdir(parents=True)
            t0 = time.time()
            print(sid, "...", flush=True)
            image, qs = fn(wd)
            print(f"{sid} {cat:14s} {image} {len(qs)} q  {time.time() - t0:.1f}s", flush=True)
            results[sid] = [dict(scene=sid, image=f"images/{image}", category=cat, **q) for q in qs]
    rows = [r for sid in SCENES for r in results.get(sid, [])]
    with manifest.open("w") as f:
        for i, r in enumerate(rows, 1):
            out = {"id": f"s8-{i:04d}", "image": r["image"], "question": r["question"], "answer": r["answer"],
                   "answer_type": r["answer_type"], "category": r["category"], "intent": r["intent"],
                   "literal": r["literal"], "scene": r["scene"]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")
    print(f"{len(rows)} items, {len({r['image'] for r in rows})} images")


if __name__ == "__main__":
    main()
