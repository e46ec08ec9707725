#!/usr/bin/env python3
"""Builder for screens_test4: screenshots of real Debian applications under Xvfb.

Each scene generates its own data with random.Random(f"{SEED}-{scene}"), feeds it to a real
application (terminal, TUI, editor, viewer, toolkit window), captures the root window with
ImageMagick `import`, and computes every gold answer from the generated data.

Usage:  nice python build.py [scene ...]     (no args = all scenes, rewrites manifest.jsonl)
"""
import datetime as dt
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

SEED = "st4-plover-2026"
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
DISPLAY = ":74"
SYSPY = "/usr/bin/python3"
W, H = 1280, 900

TMP = "/tmp/st4-build"
shutil.rmtree(TMP, ignore_errors=True)
os.makedirs(TMP)
HOME = os.path.join(TMP, "home")
os.makedirs(HOME, exist_ok=True)
ENV = dict(os.environ)
ENV.update({"DISPLAY": DISPLAY, "HOME": HOME, "XDG_CONFIG_HOME": os.path.join(HOME, ".config"),
            "XDG_DATA_HOME": os.path.join(HOME, ".local/share"), "XDG_CACHE_HOME": os.path.join(HOME, ".cache"),
            "XDG_RUNTIME_DIR": os.path.join(TMP, "run"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
            "NO_AT_BRIDGE": "1", "TERM": "xterm-256color", "GTK_THEME": "Adwaita"})
for k in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
    ENV.pop(k, None)
ENV["PATH"] = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
os.makedirs(ENV["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

PEOPLE = ["Aiko Tanaka", "Kwame Mensah", "Ingrid Solberg", "Rahul Iyer", "Mateo Fernandez", "Zainab Okafor",
          "Lukas Novak", "Mei Lin", "Omar Haddad", "Sofia Rossi", "Tomasz Wojcik", "Ana Pereira",
          "Hiroshi Sato", "Leila Karimi", "Nikolai Petrov", "Chloe Martin", "Amara Diallo", "Jonas Berg",
          "Priya Nair", "Diego Alvarez", "Fatima Zahra", "Sven Lindqvist", "Yuki Mori", "Tariq Aziz",
          "Elena Popescu", "Kofi Boateng", "Marta Kowalska", "Hamid Rezaei", "Isla McLeod", "Bao Nguyen"]

RECORDS = []


def add(scene, image, category, question, answer, answer_type, intent, literal):
    RECORDS.append(dict(scene=scene, image=f"images/{image}", question=question, answer=str(answer),
                        answer_type=answer_type, category=category, intent=intent, literal=bool(literal)))


# ----------------------------------------------------------------------------- X harness
PROCS = []


def sh(cmd, **kw):
    return subprocess.run(cmd, env=ENV, capture_output=True, text=True, **kw)


def start(cmd, cwd=None, env=None):
    p = subprocess.Popen(cmd, env=env or ENV, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    PROCS.append(p)
    return p


def stop(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=5)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    if p in PROCS:
        PROCS.remove(p)


def wait_window(name, timeout=40, cls=False):
    t0 = time.time()
    while time.time() - t0 < timeout:
        r = sh(["xdotool", "search", "--onlyvisible", "--class" if cls else "--name", name])
        ids = [x for x in r.stdout.split() if x.strip()]
        if ids:
            return ids[-1]
        time.sleep(0.3)
    raise RuntimeError(f"window {name!r} did not appear")


def place(wid, x, y, w, h):
    sh(["xdotool", "windowsize", wid, str(w), str(h)])
    sh(["xdotool", "windowmove", wid, str(x), str(y)])
    sh(["xdotool", "windowactivate", "--sync", wid])
    time.sleep(0.4)


def typ(text, delay=8):
    sh(["xdotool", "type", "--delay", str(delay), text])


def key(*keys):
    sh(["xdotool", "key", "--delay", "60", *keys])


def shot(name):
    path = os.path.join(IMG, name)
    sh(["import", "-window", "root", path])
    if os.path.getsize(path) > 150_000:
        sh(["convert", path, "-colors", "256", "PNG8:" + path])
    if os.path.getsize(path) > 150_000:
        sh(["convert", path, "-colors", "64", "PNG8:" + path])
    return path


def xserver():
    sock = f"/tmp/.X11-unix/X{DISPLAY[1:]}"
    xv = start(["Xvfb", DISPLAY, "-screen", "0", f"{W}x{H}x24", "-nolisten", "tcp"])
    for _ in range(50):
        if os.path.exists(sock):
            break
        time.sleep(0.2)
    ob = start(["openbox", "--sm-disable"])
    time.sleep(1.5)
    return xv, ob


def sdir(scene):
    d = os.path.join(TMP, scene)
    os.makedirs(d, exist_ok=True)
    return d


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)


def xfce_term(title, cols, rows, font="DejaVu Sans Mono 12", bg="#1e1e2e", fg="#e0e0e0", cmd=None, cwd=None,
              env=None):
    rc = os.path.join(HOME, ".config/xfce4/terminal/terminalrc")
    write(rc, "[Configuration]\n"
              f"FontName={font}\nColorForeground={fg}\nColorBackground={bg}\n"
              "MiscMenubarDefault=TRUE\nMiscToolbarDefault=FALSE\nMiscConfirmClose=FALSE\n"
              "ScrollingBar=TERMINAL_SCROLLBAR_RIGHT\nMiscCursorBlinks=FALSE\nTitleMode=TERMINAL_TITLE_REPLACE\n"
              "MiscShowUnsafePasteDialog=FALSE\n")
    args = ["xfce4-terminal", "--disable-server", f"--geometry={cols}x{rows}", f"--title={title}"]
    if cmd:
        args += ["-x"] + cmd
    p = start(args, cwd=cwd, env=env)
    wid = wait_window(title)
    return p, wid


def qterm(title_hint, cmd, cwd=None, env=None, font_size=12):
    ini = os.path.join(HOME, ".config/qterminal.org/qterminal.ini")
    write(ini, "[General]\nfontFamily=DejaVu Sans Mono\nfontSize=%d\nMenuVisible=true\nAskOnExit=false\n"
               "colorScheme=Linux\nHideTabBarWithOneTab=true\nshowTerminalSizeHint=false\n"
               "ScrollbarPosition=2\nTabsPosition=0\nhighlightCurrentTerminal=false\n" % font_size)
    p = start(["qterminal", "-w", cwd or HOME, "-e", " ".join(cmd)], cwd=cwd, env=env)
    wid = wait_window("qterminal", cls=True)
    return p, wid


def bash_env(ps1):
    e = dict(ENV)
    e["PS1"] = ps1
    return e


# ----------------------------------------------------------------------------- scenes
def fmt_int(n):
    return f"{n:,}"


def scene_ls(scene="s01_ls"):
    rng = random.Random(f"{SEED}-{scene}")
    d = os.path.join(sdir(scene), "reports")
    os.makedirs(d, exist_ok=True)
    pool = ["budget_2025.csv", "q3_summary.pdf", "vendors.csv", "meeting_notes.txt", "payroll_march.xlsx",
            "inventory.csv", "logo_final.png", "contract_draft.docx", "backup_0611.tar.gz", "README.md",
            "travel_expenses.csv", "org_chart.svg", "forecast.ods", "clients.json"]
    names = rng.sample(pool, 10)
    sizes = rng.sample(range(1_100, 960_000), 10)
    days = rng.sample(range(0, 300), 10)
    base = dt.datetime(2025, 1, 6, 9, 0)
    files = []
    for n, s, dd in zip(names, sizes, days):
        p = os.path.join(d, n)
        with open(p, "wb") as f:
            f.write(b"\0" * s)
        t = base + dt.timedelta(days=dd, minutes=rng.randint(0, 600))
        os.utime(p, (t.timestamp(), t.timestamp()))
        files.append(dict(name=n, size=s, date=t.strftime("%Y-%m-%d")))
    env = bash_env("mira@ledger:~/reports$ ")
    p, wid = xfce_term("mira@ledger: ~/reports", 96, 22, cmd=["bash", "--norc", "--noprofile"], cwd=d, env=env)
    place(wid, 60, 50, 1000, 560)
    typ("ls -l --time-style=+%Y-%m-%d\n")
    time.sleep(1.2)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "terminal"
    big = max(files, key=lambda f: f["size"])
    new = max(files, key=lambda f: f["date"])
    old = min(files, key=lambda f: f["date"])
    ncsv = sum(f["name"].endswith(".csv") for f in files)
    pick = rng.choice([f for f in files if f is not big])
    pick2 = rng.choice([f for f in files if f not in (new, old, pick)])
    add(scene, img, cat, "which file in this listing is the biggest?", big["name"], "code", "extreme", True)
    add(scene, img, cat, "whats the most recently modified file here", new["name"], "code", "extreme", True)
    add(scene, img, cat, "how many csv files r there in this folder", ncsv, "count", "count", False)
    add(scene, img, cat, f"What's the size of {pick['name']} in bytes?", pick["size"], "number", "lookup", True)
    add(scene, img, cat, f"when was {pick2['name']} last changed", pick2["date"], "date", "lookup", True)


def scene_git(scene="s02_gitlog"):
    rng = random.Random(f"{SEED}-{scene}")
    d = os.path.join(sdir(scene), "atlas-api")
    os.makedirs(d, exist_ok=True)
    authors = rng.sample(PEOPLE, 4)
    msgs = ["Add rate limiter to public endpoints", "Fix off-by-one in pagination", "Bump pydantic to 2.7",
            "Refactor invoice serializer", "Drop legacy v1 auth routes", "Add retry to webhook sender",
            "Cache currency table for 10 minutes", "Document the export API", "Handle empty cart on checkout",
            "Log slow SQL queries", "Rename customer_ref to account_id", "Add healthcheck endpoint"]
    msgs = rng.sample(msgs, 9)
    days = sorted(rng.sample(range(0, 60), 9))
    ge = dict(ENV)
    sh(["git", "init", "-q", "-b", "main", d])
    commits = []
    t0 = dt.datetime(2025, 9, 1, 10, 0)
    # make author counts distinct-ish but questions only ask one author's count
    seq = [rng.choice(authors) for _ in msgs]
    for i, (m, dd, a) in enumerate(zip(msgs, days, seq)):
        t = t0 + dt.timedelta(days=dd, hours=rng.randint(0, 8), minutes=rng.randint(0, 59))
        write(os.path.join(d, "CHANGES.txt"), "\n".join(msgs[:i + 1]) + "\n")
        email = a.split()[0].lower() + "@atlas.example"
        ge.update(GIT_AUTHOR_NAME=a, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=a, GIT_COMMITTER_EMAIL=email,
                  GIT_AUTHOR_DATE=t.strftime("%Y-%m-%dT%H:%M:%S+0000"),
                  GIT_COMMITTER_DATE=t.strftime("%Y-%m-%dT%H:%M:%S+0000"))
        subprocess.run(["git", "-C", d, "add", "-A"], env=ge, check=True)
        subprocess.run(["git", "-C", d, "commit", "-q", "-m", m], env=ge, check=True)
    out = subprocess.run(["git", "-C", d, "log", "--date=short", "--format=%h|%ad|%an|%s"], env=ge,
                         capture_output=True, text=True, check=True).stdout
    for line in out.strip().splitlines():
        h, ad, an, s = line.split("|", 3)
        commits.append(dict(h=h, date=ad, author=an, msg=s))
    script = os.path.join(sdir(scene), "run.sh")
    write(script, f"cd {d}\nexport PS1='dev@buildbox:~/atlas-api$ '\nexec bash --norc --noprofile\n")
    e = dict(ENV)
    e["PS1"] = "dev@buildbox:~/atlas-api$ "
    e["GIT_PAGER"] = "cat"
    p, wid = qterm("qterminal", ["bash", "--norc", "--noprofile"], cwd=d, env=e)
    place(wid, 120, 80, 1060, 520)
    typ("git log --date=short --format='%h  %ad  %<(17)%an %s'\n")
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "terminal"
    c1, c2 = rng.sample(commits, 2)
    counts = {}
    for c in commits:
        counts[c["author"]] = counts.get(c["author"], 0) + 1
    who = rng.choice(sorted(counts))
    add(scene, img, cat, f"who committed \"{c1['msg']}\"?", c1["author"], "person", "lookup", True)
    add(scene, img, cat, f"can you give me the short hash of the commit that says {c2['msg'].lower()}",
        c2["h"], "code", "lookup", True)
    add(scene, img, cat, f"How many commits did {who} make in this log?", counts[who], "count", "count", False)
    add(scene, img, cat, "what date was the oldest commit shown", commits[-1]["date"], "date", "extreme", True)
    add(scene, img, cat, "latest commit message?", commits[0]["msg"], "text", "extreme", True)


def scene_less(scene="s03_less"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    fname = rng.choice(["payments-worker.log", "sync-daemon.log", "orders-svc.log"])
    excs = rng.sample(["TimeoutError", "ConnectionResetError", "KeyError", "PermissionError", "ValueError",
                       "JSONDecodeError"], 4)
    n = 24
    levels = ["INFO"] * n
    err_idx = sorted(rng.sample(range(2, n), 4))
    rest = [i for i in range(1, n) if i not in err_idx]
    warn_idx = sorted(rng.sample(rest, 3))
    for i in err_idx:
        levels[i] = "ERROR"
    for i in warn_idx:
        levels[i] = "WARN"
    t = dt.datetime(2025, 11, 14, 8, 2, 11)
    lines = []
    order_ids = rng.sample(range(40000, 49999), n)
    errs = []
    first_warn = None
    infos = ["batch committed ({k} rows)", "heartbeat ok, queue depth {k}", "order {o} accepted",
             "order {o} settled", "reconnected to broker in {k} ms"]
    warns = ["queue depth {k} above soft limit", "slow response from bank gateway ({k} ms)",
             "retrying order {o} (attempt 2)"]
    ei = 0
    for i in range(n):
        t += dt.timedelta(seconds=rng.randint(3, 95))
        w = rng.randint(1, 4)
        lv = levels[i]
        if lv == "INFO":
            msg = rng.choice(infos).format(k=rng.randint(5, 900), o=order_ids[i])
        elif lv == "WARN":
            msg = rng.choice(warns).format(k=rng.randint(1200, 9000), o=order_ids[i])
            if first_warn is None:
                first_warn = t.strftime("%H:%M:%S")
        else:
            msg = f"order {order_ids[i]} failed: {excs[ei]}"
            errs.append(dict(line=i + 1, order=order_ids[i], exc=excs[ei]))
            ei += 1
        lines.append(f"{t:%Y-%m-%d %H:%M:%S} {lv:<5} [worker-{w}] {msg}")
    write(os.path.join(d, fname), "\n".join(lines) + "\n")
    e = dict(ENV)
    e["LESS"] = ""
    p, wid = xfce_term(f"less {fname}", 100, 27, bg="#fdf6e3", fg="#333333", font="DejaVu Sans Mono 11",
                       cmd=["less", "-N", "-M", fname], cwd=d, env=e)
    place(wid, 40, 40, 1100, 640)
    time.sleep(1.2)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "terminal_tui"
    e1 = rng.choice(errs)
    add(scene, img, cat, "how many ERROR lines are in this log", len(errs), "count", "count", False)
    add(scene, img, cat, f"Which exception did order {e1['order']} fail with?", e1["exc"], "error", "lookup", True)
    add(scene, img, cat, "at what time was the first WARN logged?", first_warn, "time", "first", True)
    add(scene, img, cat, "what file is open in less here", fname, "code", "lookup", True)
    add(scene, img, cat, "what line number is the last error on", errs[-1]["line"], "number", "last", True)


def scene_joe(scene="s04_joe"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    fname = "billing-service.ini"
    db_port = rng.choice([5432, 5433, 6432, 15432])
    cache_host = rng.choice(["redis-03.internal", "cache-b.lan", "kv-eu-1.internal"])
    debug = rng.choice(["true", "false"])
    workers = rng.randint(3, 24)
    timeout = rng.choice([15, 20, 30, 45, 60])
    sections = {
        "server": [("bind", "0.0.0.0"), ("port", str(rng.choice([8080, 8443, 9000]))),
                   ("workers", str(workers)), ("debug", debug)],
        "database": [("host", rng.choice(["pg-main.internal", "db-01.lan"])), ("port", str(db_port)),
                     ("name", "billing"), ("pool_size", str(rng.randint(5, 40)))],
        "cache": [("host", cache_host), ("ttl_seconds", str(rng.choice([120, 300, 600, 900])))],
        "mail": [("smtp_host", "smtp.relay.example"), ("sender", "invoices@northwind.example"),
                 ("timeout", str(timeout))],
    }
    order = list(sections)
    if rng.random() < 0.5:
        order.append("features")
        sections["features"] = [("dark_mode", "on"), ("pdf_export", rng.choice(["on", "off"]))]
    text = "; billing service configuration\n"
    for s in order:
        text += f"\n[{s}]\n" + "".join(f"{k} = {v}\n" for k, v in sections[s])
    write(os.path.join(d, fname), text)
    e = dict(ENV)
    p, wid = qterm("qterminal", ["joe", fname], cwd=d, env=e, font_size=13)
    place(wid, 150, 60, 960, 700)
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "editor"
    add(scene, img, cat, "what port is the database on in this config?", db_port, "number", "lookup", True)
    add(scene, img, cat, "Which host does the cache section point to?", cache_host, "code", "lookup", True)
    add(scene, img, cat, "is debug turned on for the server", "yes" if debug == "true" else "no", "yesno",
        "state", False)
    add(scene, img, cat, "how many sections does the ini file have", len(order), "count", "count", False)
    add(scene, img, cat, "whats the smtp timeout set to", timeout, "number", "lookup", True)


def scene_mutt(scene="s05_mutt"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    senders = rng.sample(PEOPLE, 6)
    subjects = rng.sample(["Quarterly numbers for review", "Lunch on Friday?", "Server migration window",
                           "Re: travel reimbursement", "Updated contract draft", "Invitation: design review",
                           "Welcome aboard", "Your parcel has shipped", "Minutes from Tuesday",
                           "Re: printer on floor 3", "Holiday rota", "Budget approval needed",
                           "New VPN certificates"], 11)
    days = sorted(rng.sample(range(0, 40), 11))
    base = dt.datetime(2025, 10, 1, 9, 0)
    msgs = []
    mbox = ""
    for i, (s, dd) in enumerate(zip(subjects, days)):
        who = rng.choice(senders)
        t = base + dt.timedelta(days=dd, hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
        unread = rng.random() < 0.4
        msgs.append(dict(who=who, subj=s, t=t, unread=unread))
        email = who.split()[0].lower() + "." + who.split()[1].lower() + "@mail.example"
        mbox += (f"From {email} {t:%a %b %d %H:%M:%S %Y}\n"
                 f"From: {who} <{email}>\nTo: Jordan Reyes <jordan@mail.example>\nSubject: {s}\n"
                 f"Date: {t:%a, %d %b %Y %H:%M:%S} +0000\nMessage-ID: <{i}.{dd}@mail.example>\n"
                 + ("" if unread else "Status: RO\n") + "\n"
                 f"Hi Jordan,\n\nSee subject.\n\n{who.split()[0]}\n\n")
    write(os.path.join(d, "inbox"), mbox)
    rc = os.path.join(d, "muttrc")
    write(rc, f'set folder="{d}"\nset mbox_type=mbox\nset sort=date\nset mail_check=0\nset read_only=yes\n'
              'set index_format="%4C %Z  %{%Y-%m-%d}  %-20.20n  %s"\nset date_format="%Y-%m-%d"\n'
              'set status_format="-- Mutt: %f -- %> (%P) --"\nset help=yes\nset beep=no\n')
    e = dict(ENV)
    p, wid = xfce_term("Mutt - inbox", 100, 24, bg="#000000", fg="#d0d0d0",
                       cmd=["mutt", "-n", "-F", rc, "-f", os.path.join(d, "inbox")], cwd=d, env=e)
    place(wid, 90, 90, 1080, 600)
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "mail/chat"
    m1 = rng.choice(msgs)
    newest = max(msgs, key=lambda m: m["t"])
    cnt = {}
    for m in msgs:
        cnt[m["who"]] = cnt.get(m["who"], 0) + 1
    multi = rng.choice(sorted(cnt))
    m2 = rng.choice([m for m in msgs if m is not m1])
    nunread = sum(m["unread"] for m in msgs)
    add(scene, img, cat, f"who sent the email about \"{m1['subj']}\"?", m1["who"], "person", "lookup", True)
    add(scene, img, cat, "how many of these messages are still unread (marked N)?", nunread, "count", "count",
        False)
    add(scene, img, cat, "what's the subject of the newest mail in the inbox", newest["subj"], "text", "extreme",
        True)
    add(scene, img, cat, f"how many emails did {multi} send me", cnt[multi], "count", "count", False)
    add(scene, img, cat, f"On what date did {m2['who']} send '{m2['subj']}'?", m2["t"].strftime("%Y-%m-%d"),
        "date", "lookup", True)


def scene_abiword(scene="s06_abiword"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    regions = rng.sample(["North", "South", "East", "West", "Central", "Coastal", "Highlands", "Metro"], 6)
    rows = []
    for r in regions:
        target = rng.randrange(200, 600, 10)
        actual = target + rng.randrange(-80, 90, 5)
        rows.append(dict(region=r, target=target, actual=actual, lead=rng.choice(PEOPLE)))
    acts = [r["actual"] for r in rows]
    while len(set(acts)) < len(acts) or all(r["actual"] >= r["target"] for r in rows):
        for r in rows:
            r["actual"] = r["target"] + rng.randrange(-80, 90, 5)
        acts = [r["actual"] for r in rows]
    title = rng.choice(["Q3 Regional Sales Review", "Autumn Regional Sales Summary"])
    fname = "regional_review_q3.rtf"

    def esc(s):
        return s.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
    widths = [2200, 2600, 1800, 1800]
    def rowrtf(cells, bold=False):
        out = "\\trowd\\trgaph108"
        x = 0
        for w_ in widths:
            x += w_
            out += f"\\clbrdrt\\brdrs\\clbrdrl\\brdrs\\clbrdrb\\brdrs\\clbrdrr\\brdrs\\cellx{x}"
        out += "\n"
        for c in cells:
            out += "\\pard\\intbl " + ("\\b " if bold else "") + esc(str(c)) + ("\\b0" if bold else "") + "\\cell\n"
        return out + "\\row\n"
    body = ("{\\rtf1\\ansi\\deff0{\\fonttbl{\\f0 Liberation Sans;}}\\f0\\fs24\n"
            f"\\pard\\sa200\\b\\fs36 {esc(title)}\\b0\\fs24\\par\n"
            f"\\pard\\sa200 Prepared by {esc(rng.choice(PEOPLE))}. Figures are in thousands of units.\\par\n")
    body += rowrtf(["Region", "Lead", "Target", "Actual"], bold=True)
    for r in rows:
        body += rowrtf([r["region"], r["lead"], r["target"], r["actual"]])
    body += "\\pard\\par\\pard Next review is scheduled for the first week of the next quarter.\\par\n}"
    write(os.path.join(d, fname), body)
    p = start(["abiword", os.path.join(d, fname)], cwd=d)
    wid = wait_window(fname)
    place(wid, 30, 20, 1200, 840)
    time.sleep(2.0)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "editor"
    best = max(rows, key=lambda r: r["actual"])
    missed = sum(r["actual"] < r["target"] for r in rows)
    r1 = rng.choice(rows)
    r2 = rng.choice([r for r in rows if r is not r1])
    add(scene, img, cat, "which region had the highest actual number?", best["region"], "text", "extreme", True)
    add(scene, img, cat, "how many regions missed their target", missed, "count", "count", False)
    add(scene, img, cat, f"What was the target for {r1['region']}?", r1["target"], "number", "lookup", True)
    add(scene, img, cat, f"who leads the {r2['region']} region", r2["lead"], "person", "lookup", True)
    add(scene, img, cat, "whats the heading of this document", title, "text", "lookup", True)


def scene_atril(scene="s07_atril"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    inv = f"INV-2025-{rng.randint(1000, 9999)}"
    client = rng.choice(["Harbourline Logistics Ltd", "Kestrel Dental Group", "Blue Fern Studios",
                         "Orinoco Freight S.A.", "Tamarind Hotels"])
    items_pool = [("Annual support plan", 1200, 4800), ("On-site training day", 450, 950),
                  ("Data migration", 900, 3200), ("Extra user licence", 35, 120), ("Custom report pack", 300, 900),
                  ("SSD storage upgrade", 150, 600), ("Priority SLA add-on", 200, 800)]
    items = []
    for name, lo, hi in rng.sample(items_pool, 5):
        q = rng.randint(1, 12)
        u = rng.randrange(lo, hi, 5)
        items.append(dict(name=name, qty=q, unit=u, amount=q * u))
    while len({i["amount"] for i in items}) < len(items):
        for i in items:
            i["qty"] = rng.randint(1, 12)
            i["amount"] = i["qty"] * i["unit"]
    sub = sum(i["amount"] for i in items)
    vat = round(sub * 0.2, 2)
    total = sub + vat
    npages = rng.choice([2, 3, 4])
    due = (dt.date(2025, 11, 1) + dt.timedelta(days=rng.randint(10, 40))).strftime("%d %B %Y")
    pdf = os.path.join(d, f"{inv}.pdf")
    gen = os.path.join(d, "mk.py")
    spec = dict(inv=inv, client=client, items=items, sub=sub, vat=vat, total=total, npages=npages, due=due)
    write(os.path.join(d, "spec.json"), json.dumps(spec))
    write(gen, r'''
import json, sys
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from matplotlib.backends.backend_pdf import PdfPages
s = json.load(open(sys.argv[1]))
with PdfPages(sys.argv[2]) as pdf:
    fig = plt.figure(figsize=(8.27, 11.69))
    fig.text(0.08, 0.93, "Lumen Systems GmbH", fontsize=20, weight="bold")
    fig.text(0.08, 0.905, "Hafenstrasse 12, 20457 Hamburg", fontsize=10)
    fig.text(0.62, 0.93, "INVOICE", fontsize=22, weight="bold")
    fig.text(0.62, 0.905, "No. " + s["inv"], fontsize=12)
    fig.text(0.08, 0.84, "Bill to:", fontsize=11, weight="bold")
    fig.text(0.08, 0.82, s["client"], fontsize=12)
    fig.text(0.62, 0.84, "Due date: " + s["due"], fontsize=11)
    y = 0.75
    cols = [0.08, 0.52, 0.64, 0.80]
    for x, h in zip(cols, ["Description", "Qty", "Unit (EUR)", "Amount (EUR)"]):
        fig.text(x, y, h, fontsize=11, weight="bold")
    fig.add_artist(plt.Line2D([0.08, 0.94], [y - 0.008, y - 0.008], color="k", lw=0.8))
    for it in s["items"]:
        y -= 0.035
        fig.text(cols[0], y, it["name"], fontsize=11)
        fig.text(cols[1], y, str(it["qty"]), fontsize=11)
        fig.text(cols[2], y, "{:,.2f}".format(it["unit"]), fontsize=11)
        fig.text(cols[3], y, "{:,.2f}".format(it["amount"]), fontsize=11)
    y -= 0.05
    fig.add_artist(plt.Line2D([0.52, 0.94], [y + 0.03, y + 0.03], color="k", lw=0.8))
    fig.text(0.52, y, "Subtotal", fontsize=11); fig.text(0.80, y, "{:,.2f}".format(s["sub"]), fontsize=11)
    y -= 0.03
    fig.text(0.52, y, "VAT 20%", fontsize=11); fig.text(0.80, y, "{:,.2f}".format(s["vat"]), fontsize=11)
    y -= 0.035
    fig.text(0.52, y, "Total due", fontsize=12, weight="bold")
    fig.text(0.80, y, "\u20ac{:,.2f}".format(s["total"]), fontsize=12, weight="bold")
    fig.text(0.5, 0.04, "Page 1 of %d" % s["npages"], fontsize=9, ha="center")
    pdf.savefig(fig); plt.close(fig)
    for p in range(2, s["npages"] + 1):
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.93, "Terms and conditions (continued)" if p > 2 else "Terms and conditions", fontsize=14)
        fig.text(0.5, 0.04, "Page %d of %d" % (p, s["npages"]), fontsize=9, ha="center")
        pdf.savefig(fig); plt.close(fig)
''')
    subprocess.run(["/work/main/.venv/bin/python", gen, os.path.join(d, "spec.json"), pdf], check=True)
    p = start(["dbus-run-session", "--", "atril", pdf], cwd=d)
    wid = wait_window(f"{inv}.pdf")
    place(wid, 40, 10, 1200, 880)
    time.sleep(2.0)
    key("ctrl+minus")
    time.sleep(0.5)
    key("ctrl+minus")
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "pdf_viewer"
    top = max(items, key=lambda i: i["amount"])
    it = rng.choice([i for i in items if i is not top])
    add(scene, img, cat, "what's the invoice number", inv, "code", "lookup", True)
    add(scene, img, cat, "How much is the total due on this invoice, including VAT?", f"\u20ac{total:,.2f}",
        "money", "lookup", True)
    add(scene, img, cat, "how many pages does this pdf have", npages, "count", "count", True)
    add(scene, img, cat, "who is the invoice billed to?", client, "text", "lookup", True)
    add(scene, img, cat, "which line item costs the most in total", top["name"], "text", "extreme", True)
    add(scene, img, cat, f"qty of {it['name'].lower()}?", it["qty"], "number", "lookup", True)


def scene_xcalc(scene="s08_xcalc"):
    rng = random.Random(f"{SEED}-{scene}")
    a = rng.randint(120, 990)
    b = rng.randint(12, 99)
    c = rng.randint(100, 4000)
    res = a * b - c
    xr = os.path.join(HOME, "xcalc.ad")
    write(xr, "XCalc*Font: -*-helvetica-bold-r-normal--18-*-*-*-*-*-*-*\n"
              "XCalc*bevel.screen.LCD.font: -*-fixed-bold-r-normal--20-*-*-*-*-*-*-*\n")
    p = start(["xcalc"])
    wid = wait_window("Calculator")
    place(wid, 480, 220, 300, 420)
    time.sleep(0.6)
    for ch in f"{a}*{b}-{c}=":
        k = {"*": "asterisk", "-": "minus", "=": "Return"}.get(ch, ch)
        key(k)
        time.sleep(0.08)
    time.sleep(0.8)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "calculator"
    thr = rng.choice([res - rng.randint(50, 900), res + rng.randint(50, 900)])
    add(scene, img, cat, "what number is the calculator showing", res, "number", "lookup", True)
    add(scene, img, cat, f"is the result on the calc bigger than {thr:,}?", "yes" if res > thr else "no",
        "yesno", "compare", False)
    add(scene, img, cat, "what's that number divided by 2?", f"{res / 2:g}", "number", "derived", False)


def scene_rox(scene="s09_rox"):
    rng = random.Random(f"{SEED}-{scene}")
    base = os.path.join(sdir(scene), "projects", rng.choice(["harbor-redesign", "kiln-app", "nimbus-docs"]))
    os.makedirs(base, exist_ok=True)
    dirs = rng.sample(["assets", "drafts", "exports", "meetings", "legal", "photos", "scripts", "archive"],
                      rng.randint(3, 5))
    fpool = ["brief.pdf", "budget.ods", "timeline.pdf", "logo.svg", "notes.txt", "contacts.csv",
             "invoice_0412.pdf", "kickoff.odp", "moodboard.png", "sitemap.pdf", "risks.md", "todo.txt"]
    files = rng.sample(fpool, rng.randint(6, 9))
    for dd in dirs:
        os.makedirs(os.path.join(base, dd), exist_ok=True)
    for f in files:
        write(os.path.join(base, f), "x" * rng.randint(10, 5000))
    p = start(["rox-filer", "-n", "-d", base])
    wid = wait_window(os.path.basename(base))
    place(wid, 100, 80, 900, 520)
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "file_manager"
    npdf = sum(f.endswith(".pdf") for f in files)
    absent = rng.choice([f for f in fpool if f not in files])
    present = rng.choice(files)
    add(scene, img, cat, "how many folders are in this directory?", len(dirs), "count", "count", False)
    add(scene, img, cat, "how many pdfs r in here", npdf, "count", "count", False)
    add(scene, img, cat, f"is there a file called {absent} in this folder?", "no", "yesno", "presence", False)
    add(scene, img, cat, f"Do you see {present} in the window?", "yes", "yesno", "presence", False)
    add(scene, img, cat, "what's the name of the folder being shown", os.path.basename(base), "code", "lookup",
        True)


def scene_xarchiver(scene="s10_xarchiver"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    src = os.path.join(d, "src")
    os.makedirs(src, exist_ok=True)
    names = rng.sample(["field_survey.csv", "site_map.png", "readings_jan.csv", "readings_feb.csv",
                        "calibration.txt", "report_draft.odt", "photo_042.jpg", "photo_043.jpg",
                        "sensors.json", "summary.pdf", "gps_track.gpx"], 8)
    sizes = rng.sample(range(2_000, 400_000), 8)
    days = rng.sample(range(0, 200), 8)
    files = []
    for n, s, dd in zip(names, sizes, days):
        pth = os.path.join(src, n)
        data = bytes(rng.getrandbits(8) for _ in range(s // 4)) + b"a" * (s - s // 4)
        with open(pth, "wb") as f:
            f.write(data)
        t = dt.datetime(2025, 3, 3, 8, 0) + dt.timedelta(days=dd, minutes=rng.randint(0, 500))
        os.utime(pth, (t.timestamp(), t.timestamp()))
        files.append(dict(name=n, size=s, date=t))
    zname = os.path.join(d, "fieldwork_2025.zip")
    subprocess.run(["zip", "-q", "-X", "-j", zname] + [os.path.join(src, f["name"]) for f in files], check=True)
    p = start(["xarchiver", zname], cwd=d)
    wid = wait_window("fieldwork_2025")
    place(wid, 60, 40, 1160, 620)
    time.sleep(2.0)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "file_manager"
    big = max(files, key=lambda f: f["size"])
    small = min(files, key=lambda f: f["size"])
    ncsv = sum(f["name"].endswith(".csv") for f in files)
    add(scene, img, cat, "which file in the zip is the largest (original size)?", big["name"], "code", "extreme",
        True)
    add(scene, img, cat, "how many files are inside this archive", len(files), "count", "count", True)
    add(scene, img, cat, "smallest file?", small["name"], "code", "extreme", True)
    add(scene, img, cat, "How many CSV files does the archive contain?", ncsv, "count", "count", False)
    f1 = rng.choice([f for f in files if f is not big and f is not small])
    add(scene, img, cat, f"what date is {f1['name']} from in the zip", f1["date"].strftime("%Y-%m-%d"), "date",
        "lookup", True)


def scene_qt_table(scene="s11_qtable"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    countries = ["Kenya", "Portugal", "Japan", "Canada", "Poland", "Chile", "India", "Norway", "Egypt"]
    rows = []
    ids = rng.sample(range(10200, 10999), 14)
    amounts = rng.sample(range(1500, 98000), 14)
    days = rng.sample(range(0, 60), 14)
    names = rng.sample(PEOPLE, 14)
    for i in range(14):
        st = rng.choices(["Paid", "Pending", "Failed", "Refunded"], [6, 3, 2, 1])[0]
        rows.append(dict(id=f"SO-{ids[i]}", cust=names[i], country=rng.choice(countries),
                         amount=amounts[i] / 100, status=st,
                         date=(dt.date(2025, 8, 1) + dt.timedelta(days=days[i])).isoformat()))
    rows.sort(key=lambda r: r["date"], reverse=True)
    sel = rng.randrange(2, 12)
    spec = dict(rows=rows, sel=sel)
    write(os.path.join(d, "spec.json"), json.dumps(spec))
    write(os.path.join(d, "app.py"), r'''
import json, sys
from PyQt5 import QtWidgets, QtGui, QtCore
s = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
w = QtWidgets.QMainWindow()
w.setWindowTitle("Order Desk - Sales orders")
m = QtGui.QStandardItemModel(0, 6)
m.setHorizontalHeaderLabels(["Order", "Customer", "Country", "Amount", "Status", "Date"])
for r in s["rows"]:
    items = [QtGui.QStandardItem(x) for x in
             [r["id"], r["cust"], r["country"], "${:,.2f}".format(r["amount"]), r["status"], r["date"]]]
    items[3].setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
    if r["status"] == "Failed":
        items[4].setForeground(QtGui.QBrush(QtGui.QColor("#b00020")))
    m.appendRow(items)
v = QtWidgets.QTableView()
v.setModel(m)
v.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
v.setAlternatingRowColors(True)
v.horizontalHeader().setStretchLastSection(True)
v.verticalHeader().setVisible(False)
f = v.font(); f.setPointSize(11); v.setFont(f)
v.resizeColumnsToContents()
v.setColumnWidth(1, 200); v.setColumnWidth(3, 120)
v.horizontalHeader().setSortIndicatorShown(True)
v.horizontalHeader().setSortIndicator(5, QtCore.Qt.DescendingOrder)
v.selectRow(s["sel"])
box = QtWidgets.QWidget(); lay = QtWidgets.QVBoxLayout(box)
top = QtWidgets.QHBoxLayout()
top.addWidget(QtWidgets.QLabel("Filter:")); top.addWidget(QtWidgets.QLineEdit())
cb = QtWidgets.QComboBox(); cb.addItems(["All statuses", "Paid", "Pending", "Failed", "Refunded"]); top.addWidget(cb)
lay.addLayout(top); lay.addWidget(v)
w.setCentralWidget(box)
w.statusBar().showMessage("%d orders loaded" % len(s["rows"]))
w.resize(1000, 620)
w.show(); v.setFocus()
app.exec_()
''')
    p = start([SYSPY, os.path.join(d, "app.py"), os.path.join(d, "spec.json")], cwd=d)
    wid = wait_window("Order Desk")
    place(wid, 120, 60, 1000, 620)
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "spreadsheet/table_app"
    selr = rows[sel]
    big = max(rows, key=lambda r: r["amount"])
    nfail = sum(r["status"] == "Failed" for r in rows)
    r1 = rng.choice([r for r in rows if r is not big])
    add(scene, img, cat, "which customer is on the selected (highlighted) row?", selr["cust"], "person",
        "selected", True)
    add(scene, img, cat, "what's the order id of the biggest order by amount", big["id"], "code", "extreme", True)
    add(scene, img, cat, "how many orders failed", nfail, "count", "count", False)
    add(scene, img, cat, f"Could you tell me the amount on order {r1['id']}?", f"${r1['amount']:,.2f}", "money",
        "lookup", True)
    add(scene, img, cat, f"what country is {r1['cust']} from?", r1["country"], "text", "lookup", True)


def scene_gtk_tree(scene="s12_gtktree"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    groups = {"Graphics": ["inkdraw", "pixtrim", "rastro", "vecto"],
              "Office": ["ledgerly", "slidewright", "notecase", "calcmill"],
              "Development": ["buildkite-cli", "lintroll", "heapscope", "gitgaze", "pyshelf"],
              "Multimedia": ["tunebox", "clipcut", "podgrab"]}
    tree = []
    sizes = rng.sample(range(180, 98000), 16)
    k = 0
    for g in rng.sample(list(groups), 4):
        pk = []
        for n in rng.sample(groups[g], len(groups[g])):
            pk.append(dict(name=n, ver=f"{rng.randint(0, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 12)}",
                           size=sizes[k], on=rng.random() < 0.45))
            k += 1
        tree.append(dict(group=g, pkgs=pk))
    write(os.path.join(d, "spec.json"), json.dumps(tree))
    write(os.path.join(d, "app.py"), r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
tree = json.load(open(sys.argv[1]))
st = Gtk.TreeStore(bool, str, str, str)
for g in tree:
    it = st.append(None, [False, g["group"], "", ""])
    for p in g["pkgs"]:
        st.append(it, [p["on"], p["name"], p["ver"], "{:,} KB".format(p["size"])])
w = Gtk.Window(title="Package Picker - select components")
w.set_default_size(760, 640)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=6); box.set_border_width(8)
lab = Gtk.Label(label="Tick the components to install:"); lab.set_xalign(0); box.pack_start(lab, False, False, 0)
tv = Gtk.TreeView(model=st)
tg = Gtk.CellRendererToggle()
c = Gtk.TreeViewColumn("Install", tg, active=0); tv.append_column(c)
for i, t in enumerate(["Component", "Version", "Download size"], start=1):
    c = Gtk.TreeViewColumn(t, Gtk.CellRendererText(), text=i); c.set_resizable(True); c.set_min_width(140)
    tv.append_column(c)
tv.expand_all()
tv.get_selection().unselect_all()
sw = Gtk.ScrolledWindow(); sw.add(tv); box.pack_start(sw, True, True, 0)
bb = Gtk.Box(spacing=6)
for b in ["Cancel", "Install"]:
    bb.pack_end(Gtk.Button(label=b), False, False, 0)
box.pack_start(bb, False, False, 0)
w.add(box); w.connect("destroy", Gtk.main_quit); w.show_all()
Gtk.main()
''')
    p = start([SYSPY, os.path.join(d, "app.py"), os.path.join(d, "spec.json")], cwd=d)
    wid = wait_window("Package Picker")
    place(wid, 250, 30, 760, 840)
    time.sleep(1.5)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "tree_list"
    allp = [(g["group"], p_) for g in tree for p_ in g["pkgs"]]
    non = sum(p_["on"] for _, p_ in allp)
    g1, p1 = rng.choice(allp)
    g2, p2 = rng.choice([x for x in allp if x[1] is not p1])
    big = max(allp, key=lambda x: x[1]["size"])
    add(scene, img, cat, "how many components are ticked for install?", non, "count", "count", False)
    add(scene, img, cat, f"what version of {p1['name']} is listed", p1["ver"], "version", "lookup", True)
    add(scene, img, cat, f"which group is {p2['name']} under?", g2, "text", "lookup", True)
    add(scene, img, cat, "Which component has the largest download size?", big[1]["name"], "code", "extreme",
        True)
    add(scene, img, cat, f"is {p2['name']} checked?", "yes" if p2["on"] else "no", "yesno", "state", False)


def scene_tk_settings(scene="s13_tksettings"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    theme = rng.choice(["Light", "Dark", "Follow system"])
    checks = ["Start at login", "Show icon in tray", "Check for updates automatically", "Send anonymous usage data",
              "Play sound on new message", "Confirm before quitting"]
    states = [rng.random() < 0.5 for _ in checks]
    if all(states) or not any(states):
        states[0] = not states[0]
    autosave = rng.randint(2, 45)
    lang = rng.choice(["English (UK)", "Deutsch", "Portugues (Brasil)", "Kiswahili", "Nihongo"])
    font = rng.randint(9, 20)
    spec = dict(theme=theme, checks=checks, states=states, autosave=autosave, lang=lang, font=font)
    write(os.path.join(d, "spec.json"), json.dumps(spec))
    write(os.path.join(d, "app.py"), r'''
import json, sys, tkinter as tk
from tkinter import ttk
s = json.load(open(sys.argv[1]))
r = tk.Tk(); r.title("Preferences - Quillnote"); r.geometry("620x560")
st = ttk.Style(); st.theme_use("clam")
r.option_add("*Font", "DejaVuSans 11")
nb = ttk.Notebook(r); nb.pack(fill="both", expand=True, padx=10, pady=10)
g = ttk.Frame(nb, padding=12); nb.add(g, text="General")
for t in ["Editor", "Sync", "Advanced"]:
    nb.add(ttk.Frame(nb), text=t)
lf = ttk.LabelFrame(g, text="Appearance", padding=8); lf.pack(fill="x")
tv = tk.StringVar(value=s["theme"])
for t in ["Light", "Dark", "Follow system"]:
    ttk.Radiobutton(lf, text=t, value=t, variable=tv).pack(side="left", padx=8)
lf2 = ttk.LabelFrame(g, text="Behaviour", padding=8); lf2.pack(fill="x", pady=8)
for c, on in zip(s["checks"], s["states"]):
    v = tk.BooleanVar(value=on); ttk.Checkbutton(lf2, text=c, variable=v).pack(anchor="w", pady=1)
    r.__dict__.setdefault("vars", []).append(v)
fr = ttk.Frame(g); fr.pack(fill="x", pady=4)
ttk.Label(fr, text="Autosave every").grid(row=0, column=0, sticky="w")
sp = ttk.Spinbox(fr, from_=1, to=60, width=5); sp.set(s["autosave"]); sp.grid(row=0, column=1, padx=6)
ttk.Label(fr, text="minutes").grid(row=0, column=2, sticky="w")
ttk.Label(fr, text="Language").grid(row=1, column=0, sticky="w", pady=8)
cb = ttk.Combobox(fr, values=["English (UK)", "Deutsch", "Portugues (Brasil)", "Kiswahili", "Nihongo"], width=20, state="readonly")
cb.set(s["lang"]); cb.grid(row=1, column=1, columnspan=2, sticky="w", padx=6)
ttk.Label(fr, text="Editor font size").grid(row=2, column=0, sticky="w")
fv = tk.IntVar(value=s["font"])
ttk.Scale(fr, from_=8, to=24, variable=fv, length=200).grid(row=2, column=1, columnspan=2, padx=6)
ttk.Label(fr, textvariable=fv).grid(row=2, column=3)
bf = ttk.Frame(r); bf.pack(fill="x", padx=10, pady=(0, 10))
for b in ["OK", "Apply", "Cancel"]:
    ttk.Button(bf, text=b).pack(side="right", padx=4)
r.mainloop()
''')
    p = start([SYSPY, os.path.join(d, "app.py"), os.path.join(d, "spec.json")], cwd=d)
    wid = wait_window("Preferences - Quillnote")
    place(wid, 330, 120, 620, 560)
    time.sleep(1.2)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "settings"
    nchk = sum(states)
    c1 = rng.choice(checks)
    add(scene, img, cat, "which theme option is selected", theme, "text", "state", True)
    add(scene, img, cat, "how many of the behaviour checkboxes are ticked?", nchk, "count", "count", False)
    add(scene, img, cat, f"is \"{c1}\" enabled?", "yes" if states[checks.index(c1)] else "no", "yesno", "state",
        False)
    add(scene, img, cat, "how often does it autosave (minutes)", autosave, "number", "lookup", True)
    add(scene, img, cat, "What language is chosen in the preferences?", lang, "text", "lookup", True)
    add(scene, img, cat, "editor font size slider is at what value", font, "number", "lookup", True)


def scene_gtk_dialog(scene="s14_gtkdialog"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    doc = rng.choice(["grant_proposal_v3.odt", "wedding_seating.ods", "thesis_ch4.tex", "menu_autumn.odt"])
    mins = rng.randint(3, 55)
    buttons = rng.choice([["Close without Saving", "Cancel", "Save As\u2026"],
                          ["Don't Save", "Cancel", "Save"],
                          ["Discard Changes", "Keep Editing", "Save Copy", "Save"]])
    spec = dict(doc=doc, mins=mins, buttons=buttons)
    write(os.path.join(d, "spec.json"), json.dumps(spec))
    write(os.path.join(d, "app.py"), r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
s = json.load(open(sys.argv[1]))
dlg = Gtk.MessageDialog(message_type=Gtk.MessageType.WARNING, buttons=Gtk.ButtonsType.NONE,
                        text="Save changes to document \u201c%s\u201d before closing?" % s["doc"])
dlg.set_title("Unsaved changes")
dlg.format_secondary_text("If you don't save, changes from the last %d minutes will be permanently lost." % s["mins"])
for i, b in enumerate(s["buttons"]):
    dlg.add_button(b, i)
dlg.set_default_response(len(s["buttons"]) - 1)
dlg.run()
''')
    p = start([SYSPY, os.path.join(d, "app.py"), os.path.join(d, "spec.json")], cwd=d)
    wid = wait_window("Unsaved changes")
    sh(["xdotool", "windowmove", wid, "380", "300"])
    sh(["xdotool", "windowactivate", "--sync", wid])
    time.sleep(1.2)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "dialog"
    add(scene, img, cat, "how many buttons does this dialog have", len(buttons), "count", "count", False)
    add(scene, img, cat, "which document is it asking about?", doc, "code", "lookup", True)
    add(scene, img, cat, "how many minutes of work would i lose if i dont save", mins, "number", "lookup", True)
    add(scene, img, cat, "what's the title of this popup window?", "Unsaved changes", "text", "lookup", True)
    add(scene, img, cat, f"Is there a \"{buttons[-1]}\" button?", "yes", "yesno", "presence", False)


def scene_chromium(scene="s15_chromium"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    build = rng.randint(3000, 9999)
    proj = rng.choice(["atlas-web", "kiln-mobile", "harbor-api"])
    jobs = rng.sample(["lint", "unit-tests", "integration-tests", "build-docker", "typecheck", "e2e-chrome",
                       "e2e-firefox", "security-scan", "package", "deploy-staging", "migrations-check"], 9)
    durs = rng.sample(range(14, 1500), 9)
    stages = ["check", "test", "build", "deploy"]
    rows = []
    for j, du in zip(jobs, durs):
        stt = rng.choices(["passed", "failed", "skipped", "running"], [6, 2, 1, 1])[0]
        rows.append(dict(job=j, stage=rng.choice(stages), status=stt, dur=du))
    if not any(r["status"] == "failed" for r in rows):
        rows[rng.randrange(9)]["status"] = "failed"
    done = sum(r["status"] != "running" for r in rows)
    pct = round(100 * done / len(rows))
    trig = rng.choice(PEOPLE)

    def mmss(s):
        return f"{s // 60}m {s % 60:02d}s"
    colors = dict(passed="#1a7f37", failed="#cf222e", skipped="#6e7781", running="#9a6700")
    trs = "".join(f"<tr><td>{r['job']}</td><td>{r['stage']}</td><td style='color:{colors[r['status']]};"
                  f"font-weight:bold'>{r['status']}</td><td>{mmss(r['dur'])}</td></tr>" for r in rows)
    html = f"""<!doctype html><html><head><meta charset=utf-8><title>Build #{build} - {proj}</title>
<style>body{{font-family:'DejaVu Sans',sans-serif;margin:24px;color:#222}} table{{border-collapse:collapse;width:720px}}
td,th{{border-bottom:1px solid #ddd;padding:7px 10px;text-align:left;font-size:15px}} th{{background:#f3f4f6}}
.bar{{width:720px;height:18px;background:#e5e7eb;border-radius:9px;overflow:hidden}} .fill{{height:18px;background:#2563eb;width:{pct}%}}</style></head>
<body><h2>{proj} &middot; pipeline #{build}</h2><p>Triggered by <b>{trig}</b> on branch <code>main</code></p>
<div class=bar><div class=fill></div></div><p>{pct}% of jobs finished</p>
<table><tr><th>Job</th><th>Stage</th><th>Status</th><th>Duration</th></tr>{trs}</table></body></html>"""
    write(os.path.join(d, "build.html"), html)
    prof = os.path.join(d, "profile")
    p = start(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu",
               "--disable-dev-shm-usage", f"--user-data-dir={prof}", "--no-default-browser-check",
               "--disable-features=Translate,MediaRouter", "--password-store=basic",
               "--window-position=40,20", "--window-size=1180,850",
               "file://" + os.path.join(d, "build.html")])
    wid = wait_window(f"Build #{build}", timeout=60)
    place(wid, 40, 20, 1180, 850)
    time.sleep(3.0)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "browser"
    nfail = sum(r["status"] == "failed" for r in rows)
    longest = max(rows, key=lambda r: r["dur"])
    r1 = rng.choice([r for r in rows if r is not longest])
    add(scene, img, cat, "how many jobs failed in this pipeline", nfail, "count", "count", False)
    add(scene, img, cat, "which job took the longest?", longest["job"], "code", "extreme", True)
    add(scene, img, cat, f"how long did {r1['job']} take", mmss(r1["dur"]), "time", "lookup", True)
    add(scene, img, cat, "what's the pipeline number", build, "number", "lookup", True)
    add(scene, img, cat, "Who triggered this build?", trig, "person", "lookup", True)
    add(scene, img, cat, "what percent of jobs are finished", f"{pct}%", "number", "lookup", True)


def scene_gtk_disks(scene="s16_disks"):
    rng = random.Random(f"{SEED}-{scene}")
    d = sdir(scene)
    mounts = ["/", "/home", "/var", "/srv/media", "/backup", "/opt"]
    devs = rng.sample(["/dev/nvme0n1p2", "/dev/nvme0n1p3", "/dev/sda1", "/dev/sdb1", "/dev/sdc1",
                       "/dev/mapper/vg0-var"], 6)
    pcts = rng.sample(range(8, 98), 6)
    rows = []
    for m, dv, pc in zip(mounts, devs, pcts):
        tot = rng.choice([64, 128, 256, 500, 1000, 2000])
        used = round(tot * pc / 100, 1)
        rows.append(dict(mount=m, dev=dv, total=tot, used=used, pct=round(100 * used / tot)))
    while len({r["pct"] for r in rows}) < 6:
        rows[rng.randrange(6)]["used"] += 1.3
        for r in rows:
            r["used"] = round(r["used"], 1); r["pct"] = round(100 * r["used"] / r["total"])
    refreshed = f"{rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
    write(os.path.join(d, "spec.json"), json.dumps(dict(rows=rows, t=refreshed)))
    write(os.path.join(d, "app.py"), r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
s = json.load(open(sys.argv[1]))
w = Gtk.Window(title="Storage Monitor"); w.set_default_size(820, 460)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=4); box.set_border_width(10)
g = Gtk.Grid(column_spacing=18, row_spacing=12)
for c, h in enumerate(["Mount point", "Device", "Usage", "Used / Size"]):
    l = Gtk.Label(); l.set_markup("<b>%s</b>" % h); l.set_xalign(0); g.attach(l, c, 0, 1, 1)
for i, r in enumerate(s["rows"], start=1):
    l = Gtk.Label(label=r["mount"]); l.set_xalign(0); g.attach(l, 0, i, 1, 1)
    l = Gtk.Label(label=r["dev"]); l.set_xalign(0); g.attach(l, 1, i, 1, 1)
    pb = Gtk.ProgressBar(); pb.set_fraction(r["used"] / r["total"]); pb.set_show_text(True)
    pb.set_text("%d%%" % r["pct"]); pb.set_size_request(260, -1); pb.set_valign(Gtk.Align.CENTER)
    g.attach(pb, 2, i, 1, 1)
    l = Gtk.Label(label="%.1f GB / %d GB" % (r["used"], r["total"])); l.set_xalign(0); g.attach(l, 3, i, 1, 1)
box.pack_start(g, True, True, 0)
sb = Gtk.Statusbar(); sb.push(0, "Last refreshed at %s  \u2022  6 filesystems" % s["t"]); box.pack_end(sb, False, False, 0)
w.add(box); w.connect("destroy", Gtk.main_quit); w.show_all()
Gtk.main()
''')
    p = start([SYSPY, os.path.join(d, "app.py"), os.path.join(d, "spec.json")], cwd=d)
    wid = wait_window("Storage Monitor")
    place(wid, 200, 150, 860, 480)
    time.sleep(1.2)
    img = f"{scene}.png"
    shot(img)
    stop(p)
    cat = "system_monitor"
    full = max(rows, key=lambda r: r["pct"])
    r1 = rng.choice([r for r in rows if r is not full])
    r2 = rng.choice([r for r in rows if r is not r1])
    n80 = sum(r["pct"] > 80 for r in rows)
    free = round(r1["total"] - r1["used"], 1)
    add(scene, img, cat, "which mount point is the fullest?", full["mount"], "code", "extreme", True)
    add(scene, img, cat, f"how much free space is left on {r1['mount']} in GB", f"{free:g}", "number", "derived",
        False)
    add(scene, img, cat, "when was this last refreshed", refreshed, "time", "lookup", True)
    add(scene, img, cat, f"what device is mounted at {r2['mount']}?", r2["dev"], "code", "lookup", True)
    add(scene, img, cat, "how many filesystems are above 80% used", n80, "count", "count", False)


SCENES = [scene_ls, scene_git, scene_less, scene_joe, scene_mutt, scene_abiword, scene_atril, scene_xcalc,
          scene_rox, scene_xarchiver, scene_qt_table, scene_gtk_tree, scene_tk_settings, scene_gtk_dialog,
          scene_chromium, scene_gtk_disks]


def main():
    want = sys.argv[1:]
    os.makedirs(IMG, exist_ok=True)
    xv, ob = xserver()
    failed = []
    try:
        for fn in SCENES:
            name = fn.__defaults__[0]
            if want and name not in want:
                continue
            t0 = time.time()
            try:
                fn()
                print(f"{name}: ok {time.time() - t0:.1f}s", flush=True)
            except Exception as e:  # a scene whose app won't start is dropped
                failed.append(name)
                print(f"{name}: FAILED {e!r}", flush=True)
            for p in list(PROCS):
                if p not in (xv, ob):
                    stop(p)
    finally:
        for p in list(PROCS):
            if p not in (xv, ob):
                stop(p)
        stop(ob)
        stop(xv)
        shutil.rmtree(TMP, ignore_errors=True)
    recs = [r for r in RECORDS if r["scene"] not in failed]
    out = os.path.join(HERE, "manifest.jsonl" if not want else "manifest.partial.jsonl")
    with open(out, "w") as f:
        for i, r in enumerate(recs, start=1):
            o = dict(id=f"s4-{i:04d}", image=r["image"], question=r["question"], answer=r["answer"],
                     answer_type=r["answer_type"], category=r["category"], intent=r["intent"],
                     literal=r["literal"])
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print(f"{len(recs)} questions, failed scenes: {failed}")


if __name__ == "__main__":
    main()
