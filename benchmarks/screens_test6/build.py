#!/usr/bin/env python3
"""Build the screens_test6 split: screenshots of real applications running under Xvfb.

Every scene first writes its content (files, repos, mailboxes, databases, pages) from seeded data,
then starts a real application on that content inside a private Xvfb display, captures the screen with
ImageMagick `import -window root`, and crops to the application window (the X root is painted magenta so
the window's bounding box can be found).  Golds are computed from the same data that was written.

Usage:  python benchmarks/screens_test6/build.py            # all scenes
        python benchmarks/screens_test6/build.py gitk meld  # only some scenes (manifest is still rewritten
                                                           # from all scenes' data; images only for those)
"""
import datetime as dt
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

SEED = 6606
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
WORK = Path("/tmp/st6_build")
HOME = WORK / "home"
DISPLAY = ":66"
ROOT_RGB = (255, 0, 255)
PY = "/usr/bin/python3"

ITEMS = []          # manifest rows (without id)
SCENES = []         # (name, function)
ONLY = set(sys.argv[1:])


def scene(fn):
    SCENES.append((fn.__name__, fn))
    return fn


def q(image, question, answer, answer_type, category, intent, literal):
    ITEMS.append(dict(image=f"images/{image}.png", question=question, answer=str(answer),
                      answer_type=answer_type, category=category, intent=intent, literal=bool(literal)))


def xenv(**extra):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "DBUS_", "WAYLAND"))}
    env.update(DISPLAY=DISPLAY, HOME=str(HOME), LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="xterm-256color",
               NO_AT_BRIDGE="1", GSETTINGS_BACKEND="memory", XDG_RUNTIME_DIR=str(WORK / "run"),
               USER="root", SHELL="/bin/bash", TZ="UTC", LIBGL_ALWAYS_SOFTWARE="1")
    env.update(extra)
    return env


def sh(*cmd, **kw):
    return subprocess.run(list(cmd), check=True, capture_output=True, text=True, **kw).stdout


def start_x():
    if Path(f"/tmp/.X11-unix/X{DISPLAY[1:]}").exists():
        os.environ["ST6_X_EXTERNAL"] = "1"
        return None
    p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.5)
    return p


def paint_root():
    subprocess.run(["xsetroot", "-solid", "#ff00ff"], env=xenv(), check=False)


def xdo(*args):
    subprocess.run(["xdotool", *args], env=xenv(), check=False)


def wanted(name):
    return not ONLY or any(name.startswith(o) for o in ONLY)


def window_bbox(size):
    """Union of the viewable top-level windows (there is no window manager, so no frames)."""
    out = subprocess.run(["xwininfo", "-root", "-children"], env=xenv(), capture_output=True, text=True).stdout
    boxes = []
    for line in out.splitlines():
        line = line.strip()
        if not line.startswith("0x"):
            continue
        wid = line.split()[0]
        info = subprocess.run(["xwininfo", "-id", wid], env=xenv(), capture_output=True, text=True).stdout
        if "IsViewable" not in info:
            continue
        vals = {}
        for l in info.splitlines():
            if ":" in l:
                k, _, v = l.strip().partition(":")
                vals[k.strip()] = v.strip()
        try:
            x, y = int(vals["Absolute upper-left X"]), int(vals["Absolute upper-left Y"])
            w, h = int(vals["Width"]), int(vals["Height"])
        except (KeyError, ValueError):
            continue
        if w < 40 or h < 40:
            continue
        boxes.append((max(0, x), max(0, y), min(size[0], x + w), min(size[1], y + h)))
    if not boxes:
        return (0, 0) + tuple(size)
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))


def capture(name, cmd, wait=4.0, keys=(), cwd=None, env=None, after=1.0, crop=None):
    """Start `cmd`, wait, replay `keys`, screenshot, crop to the window, stop the app."""
    if not wanted(name):
        return
    paint_root()
    log = open(WORK / f"{name}.log", "w")
    p = subprocess.Popen(cmd, cwd=cwd or HOME, env=env or xenv(), stdout=log, stderr=log,
                         start_new_session=True)
    time.sleep(wait)
    for k in keys:
        kind, val = k
        if kind == "sleep":
            time.sleep(val)
        elif kind == "key":
            xdo("key", "--delay", "120", *val.split())
        elif kind == "type":
            xdo("type", "--delay", "60", val)
        elif kind == "resize":
            xdo("search", "--onlyvisible", "--classname", val[0], "windowsize", str(val[1]), str(val[2]))
        elif kind == "move":
            xdo("mousemove", str(val[0]), str(val[1]))
        elif kind == "click":
            xdo("mousemove", str(val[0]), str(val[1]))
            xdo("click", "1")
    time.sleep(after)
    raw = WORK / f"{name}.raw.png"
    subprocess.run(["import", "-window", "root", str(raw)], env=xenv(), check=True)
    im = Image.open(raw).convert("RGB")
    if crop is None:
        crop = window_bbox(im.size)
    im.crop(crop).save(IMG / f"{name}.png", optimize=True)
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.wait()
    log.close()
    time.sleep(0.5)


def kitty(name, script, cols=110, rows=34, theme="dark", font=11.5, wait=4.0, keys=(), cwd=None, after=1.0):
    themes = {
        "dark": ("#1e1f29", "#e6e6e6", "#f8f8f2"),
        "light": ("#fdf6e3", "#333333", "#586e75"),
        "nord": ("#2e3440", "#d8dee9", "#88c0d0"),
        "gruv": ("#282828", "#ebdbb2", "#fabd2f"),
    }
    bg, fg, cur = themes[theme]
    cmd = ["kitty", "--config", "NONE", "-o", f"font_size={font}", "-o", f"background={bg}",
           "-o", f"foreground={fg}", "-o", f"cursor={cur}", "-o", "remember_window_size=no",
           "-o", f"initial_window_width={cols}c", "-o", f"initial_window_height={rows}c",
           "-o", "window_padding_width=6", "-o", "enable_audio_bell=no", "-o", "confirm_os_window_close=0",
           "--title", name, "bash", "-c", script]
    capture(name, cmd, wait=wait, keys=keys, cwd=cwd, after=after)


def prompt(user, host, path, cmd):
    return (f"printf '\\033[1;32m{user}@{host}\\033[0m:\\033[1;34m{path}\\033[0m$ ';"
            f" printf '%s\\n' {shq(cmd)}; ")


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def touch(path, when):
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


# ----------------------------------------------------------------------------------------------------
# Scenes
# ----------------------------------------------------------------------------------------------------

@scene
def s_kitty_ls(R):
    name = "kitty_ls_reports"
    d = HOME / "finance" / "q3-reports"
    d.mkdir(parents=True)
    files = ["budget_2024_Q3.xlsx", "vendor_payments_july.csv", "vendor_payments_august.csv",
             "vendor_payments_september.csv", "board_deck_v7.pptx", "forecast_notes.md",
             "audit_findings_draft.docx", "fx_rates_eur_usd.csv", "headcount_by_region.xlsx",
             "payroll_summary_Q3.pdf", "capex_requests.xlsx", "README.txt", "travel_claims.zip"]
    meta = {}
    base = dt.datetime(2024, 9, 2, 8, 0)
    used_sizes = set()
    for f in files:
        size = R.randint(900, 2_400_000)
        while size in used_sizes:
            size += 1
        used_sizes.add(size)
        when = base + dt.timedelta(minutes=R.randint(0, 60 * 24 * 45))
        p = d / f
        with open(p, "wb") as fh:
            fh.truncate(size)
        touch(p, when)
        meta[f] = (size, when)
    script = (f"cd {shq(str(d))}; " + prompt("ines", "fin-ws02", "~/finance/q3-reports",
                                             "ls -l --time-style='+%Y-%m-%d %H:%M'")
              + "ls -l --time-style='+%Y-%m-%d %H:%M'; "
              + "printf '\\033[1;32mines@fin-ws02\\033[0m:\\033[1;34m~/finance/q3-reports\\033[0m$ '; sleep 600")
    kitty(name, script, cols=96, rows=20, theme="dark")
    newest = max(meta, key=lambda f: meta[f][1])
    largest = max(meta, key=lambda f: meta[f][0])
    smallest = min(meta, key=lambda f: meta[f][0])
    ncsv = sum(f.endswith(".csv") for f in files)
    pick = "headcount_by_region.xlsx"
    c = "terminal"
    q(name, f"how big is {pick} in bytes?", meta[pick][0], "number", c, "file size", True)
    q(name, "Which file in this folder was changed most recently?", newest, "text", c, "most recent file", True)
    q(name, "hey quick one, how many csv files are in there?", ncsv, "count", c, "count by extension", False)
    q(name, "what's the biggest file in this listing", largest, "text", c, "largest file", True)
    q(name, "When was board_deck_v7.pptx last modified (date and time)?",
      meta["board_deck_v7.pptx"][1].strftime("%Y-%m-%d %H:%M"), "date", c, "modification time", True)


@scene
def s_kitty_traceback(R):
    name = "kitty_python_traceback"
    d = HOME / "billing"
    d.mkdir(parents=True)
    customers = ["Kowalczyk Sp. z o.o.", "Brasserie Lemaire", "Okonkwo Logistics", "Haugen Marine AS",
                 "Tanaka Seisakusho", "Ferreira & Filhos Lda", "Novak Print s.r.o.", "Al-Rashid Trading"]
    invs = []
    for i in range(R.randint(38, 57)):
        cc = R.choice(["PL", "FR", "NG", "NO", "JP", "CZ", "AE", "DE", "NL"])
        invs.append({"id": f"INV-2024-{1100 + i}", "customer": R.choice(customers), "country": cc,
                     "net": round(R.uniform(120, 9800), 2)})
    bad = R.randint(12, len(invs) - 5)
    invs[bad]["country"] = "PT"
    invs[bad]["customer"] = "Ferreira & Filhos Lda"
    (d / "invoices_2024-10.json").write_text(json.dumps(invs, indent=1))
    src = textwrap.dedent('''\
        #!/usr/bin/env python3
        """Push October invoices to the ledger, adding VAT per country."""
        import json
        import sys

        VAT_RATES = {
            "PL": 0.23, "FR": 0.20, "NG": 0.075, "NO": 0.25, "JP": 0.10,
            "CZ": 0.21, "AE": 0.05, "DE": 0.19, "NL": 0.21,
        }


        def load_invoices(path):
            with open(path) as fh:
                data = json.load(fh)
            print(f"Loaded {len(data)} invoices from {path}")
            return data


        def apply_vat(invoice):
            rate = VAT_RATES[invoice["country"]]
            invoice["vat"] = round(invoice["net"] * rate, 2)
            invoice["gross"] = round(invoice["net"] + invoice["vat"], 2)
            return invoice


        def sync(invoices):
            for inv in invoices:
                print(f"  processing {inv['id']} ({inv['customer']})")
                apply_vat(inv)
            print("done")


        if __name__ == "__main__":
            sync(load_invoices(sys.argv[1]))
        ''')
    # keep the printed list short: only the invoices just before the failing one are printed
    src = src.replace('for inv in invoices:', f'for inv in invoices[{bad - 6}:]:')
    (d / "invoice_sync.py").write_text(src)
    lines = src.splitlines()
    fail_line = next(i + 1 for i, l in enumerate(lines) if "rate = VAT_RATES[" in l)
    call_line = next(i + 1 for i, l in enumerate(lines) if l.strip() == "apply_vat(inv)")
    cmd = "python3 invoice_sync.py invoices_2024-10.json"
    script = (f"cd {shq(str(d))}; " + prompt("tomasz", "ledger-dev", "~/billing", cmd) + cmd + "; "
              + "printf '\\033[1;32mtomasz@ledger-dev\\033[0m:\\033[1;34m~/billing\\033[0m$ '; sleep 600")
    kitty(name, script, cols=100, rows=24, theme="light")
    c = "terminal"
    q(name, "what error did my script crash with?", "KeyError: 'PT'", "error", c, "error message", True)
    q(name, "Which line of invoice_sync.py actually raised the exception?", fail_line, "number", c,
      "failing line number", True)
    q(name, "which invoice was it working on when it blew up?", invs[bad]["id"], "code", c,
      "item being processed at crash", True)
    q(name, "How many invoices did it load from the JSON file?", len(invs), "count", c, "loaded count", True)
    q(name, "In which function did the KeyError happen?", "apply_vat", "code", c, "failing function", True)
    q(name, "what line is the apply_vat call in sync() on?", call_line, "number", c, "caller line number", True)


def git_commit(repo, msg, author, email, when, files):
    for rel, text in files.items():
        p = repo / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)
        sh("git", "add", rel, cwd=repo)
    stamp = when.strftime("%Y-%m-%dT%H:%M:%S+00:00")
    env = dict(os.environ, GIT_AUTHOR_NAME=author, GIT_AUTHOR_EMAIL=email, GIT_AUTHOR_DATE=stamp,
               GIT_COMMITTER_NAME=author, GIT_COMMITTER_EMAIL=email, GIT_COMMITTER_DATE=stamp,
               HOME=str(HOME))
    subprocess.run(["git", "commit", "-q", "-m", msg], cwd=repo, env=env, check=True)
    return sh("git", "rev-parse", "HEAD", cwd=repo).strip()


def git_init(repo, branch="main"):
    repo.mkdir(parents=True)
    sh("git", "init", "-q", "-b", branch, str(repo))
    sh("git", "config", "user.name", "x", cwd=repo)
    sh("git", "config", "user.email", "x@example.invalid", cwd=repo)


@scene
def s_kitty_git(R):
    name = "kitty_git_status"
    repo = HOME / "src" / "atlas-api"
    git_init(repo)
    people = [("Priya Raman", "priya@atlasmaps.io"), ("Jonas Lindqvist", "jonas@atlasmaps.io"),
              ("Chidi Eze", "chidi@atlasmaps.io"), ("Marta Kovač", "marta@atlasmaps.io"),
              ("Hiroshi Sato", "hiroshi@atlasmaps.io")]
    msgs = ["Initial FastAPI skeleton", "Add tile endpoint with caching headers", "Bump pydantic to 2.6",
            "Fix off-by-one in bbox parsing", "Add /health and /ready probes", "Document rate limits in README",
            "Introduce token bucket limiter", "Make limiter window configurable", "Add limiter metrics"]
    when = dt.datetime(2024, 4, 3, 9, 12)
    log = []
    for i, m in enumerate(msgs):
        if i == 6:
            sh("git", "checkout", "-q", "-b", "feature/rate-limiter", cwd=repo)
        a = people[R.randrange(len(people))] if i else people[0]
        when += dt.timedelta(hours=R.randint(5, 70), minutes=R.randint(0, 59))
        files = {"app/main.py": f"# rev {i}\n", f"app/mod_{i}.py": f"VALUE = {i}\n"}
        if i == 0:
            files.update({"README.md": "# atlas-api\n", "app/limits.py": "RATE=10\n", "app/tiles.py": "\n",
                          "pyproject.toml": "[project]\nname='atlas-api'\n", "tests/test_tiles.py": "\n"})
        h = git_commit(repo, m, a[0], a[1], when, files)
        log.append((h, m, a[0], when))
    # working-tree state
    (repo / "app/limits.py").write_text("RATE=25\nBURST=50\n")
    sh("git", "add", "app/limits.py", cwd=repo)
    (repo / "app/tiles.py").write_text("# tiles\n")
    (repo / "README.md").write_text("# atlas-api\n\nRate limits: 25 req/s\n")
    (repo / "tests/test_tiles.py").write_text("def test_x():\n    pass\n")
    (repo / "notes_limiter.txt").write_text("todo\n")
    (repo / "scratch").mkdir()
    (repo / "scratch/bench.py").write_text("\n")
    lc = "git log --oneline -n 9 --date=short --format='%h %ad %<(16)%an %s'"
    script = (f"cd {shq(str(repo))}; " + prompt("chidi", "atlas-dev", "~/src/atlas-api", "git status")
              + "git -c color.status=always status; "
              + prompt("chidi", "atlas-dev", "~/src/atlas-api", lc) + lc + "; "
              + "printf '\\033[1;32mchidi@atlas-dev\\033[0m:\\033[1;34m~/src/atlas-api\\033[0m$ '; sleep 600")
    kitty(name, script, cols=100, rows=36, theme="nord")
    latest = log[-1]
    bump = next(x for x in log if x[1].startswith("Bump pydantic"))
    c = "git"
    q(name, "what branch am I on?", "feature/rate-limiter", "code", c, "current branch", True)
    q(name, "Who made the latest commit?", latest[2], "person", c, "latest commit author", True)
    q(name, "how many files are modified but not staged?", 3, "count", c, "count unstaged modified", False)
    q(name, "Which file is staged for commit right now?", "app/limits.py", "code", c, "staged file", True)
    q(name, "When was the pydantic bump committed?", bump[3].strftime("%Y-%m-%d"), "date", c,
      "commit date by message", True)
    q(name, "what's the short hash of the 'Add /health and /ready probes' commit?",
      next(x for x in log if x[1].startswith("Add /health"))[0][:7], "code", c, "commit hash by message", True)


@scene
def s_htop(R):
    name = "htop_workers"
    srv = WORK / "srv"
    srv.mkdir()
    names = ["pg_backup.py", "thumbgen.py", "search_indexer.py", "mailq_worker.py", "report_render.py"]
    mbs = R.sample([35, 80, 150, 240, 410, 520], 5)
    code = ("import sys, time\nmb = int(sys.argv[sys.argv.index('--mem-mb') + 1])\n"
            "blob = bytes([7]) * (mb * 1024 * 1024)\ntime.sleep(900)\n")
    procs = []
    pids = {}
    if wanted(name):
        for n, mb in zip(names, mbs):
            (srv / n).write_text(code)
            p = subprocess.Popen([PY, n, "--mem-mb", str(mb)], cwd=srv, start_new_session=True,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(p)
            pids[n] = p.pid
        time.sleep(4)
    try:
        rc = HOME / ".config" / "htop"
        rc.mkdir(parents=True, exist_ok=True)
        pidlist = ",".join(str(pids[n]) for n in names) if pids else "1"
        kitty(name, f"htop -p {pidlist} -s PERCENT_MEM", cols=120, rows=22, theme="gruv", wait=5)
    finally:
        for p in procs:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait()
    mem = dict(zip(names, mbs))
    big = max(mem, key=mem.get)
    small = min(mem, key=mem.get)
    c = "task manager"
    q(name, "which of these processes is eating the most memory?", big, "code", c, "max memory process", True)
    q(name, "Which one uses the least RAM?", small, "code", c, "min memory process", True)
    q(name, "is search_indexer.py using more memory than report_render.py?",
      "yes" if mem["search_indexer.py"] > mem["report_render.py"] else "no", "yesno", c, "compare memory", False)
    # pid is only known at build time of the image; keep this question only when the image was made
    saved = json.loads((HERE / "htop_pids.json").read_text()) if (HERE / "htop_pids.json").exists() else None
    if pids:
        (HERE / "htop_pids.json").write_text(json.dumps(pids))
        saved = pids
    if saved:
        q(name, "what's the PID of thumbgen?", saved["thumbgen.py"], "number", c, "pid by name", True)
    q(name, "what --mem-mb value was mailq_worker started with?", mem["mailq_worker.py"], "number", c,
      "command-line argument", True)


@scene
def s_visidata(R):
    name = "visidata_shipments"
    d = HOME / "ops"
    d.mkdir(parents=True)
    carriers = ["DHL", "UPS", "FedEx", "PostNL", "GLS", "DPD"]
    cities = ["Rotterdam", "Lyon", "Gdansk", "Porto", "Malmo", "Brno", "Thessaloniki", "Cork", "Bilbao", "Graz"]
    statuses = ["Delivered", "In transit", "Delayed", "Customs hold", "Delivered", "In transit"]
    rows = []
    for i in range(18):
        o, de = R.sample(cities, 2)
        rows.append([f"SH-{4100 + R.randint(0, 899):04d}", R.choice(carriers), o, de,
                     f"{R.uniform(0.4, 480):.1f}", R.choice(statuses), f"2024-11-{R.randint(1, 28):02d}"])
    ids = set()
    for r in rows:
        while r[0] in ids:
            r[0] = f"SH-{int(r[0][3:]) + 1}"
        ids.add(r[0])
    hdr = ["shipment_id", "carrier", "origin", "destination", "weight_kg", "status", "ship_date"]
    import csv
    with open(d / "shipments_nov.csv", "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(hdr)
        w.writerows(rows)
    kitty(name, f"cd {shq(str(d))}; vd shipments_nov.csv", cols=104, rows=26, theme="dark", wait=6)
    c = "spreadsheet"
    r3 = rows[4]
    heavy = max(rows, key=lambda r: float(r[4]))
    q(name, f"which carrier is handling {r3[0]}?", r3[1], "text", c, "cell by row id", True)
    q(name, "How many shipments are marked Delayed?", sum(r[5] == "Delayed" for r in rows), "count", c,
      "count with condition", False)
    q(name, "what's the heaviest shipment (id)?", heavy[0], "code", c, "max by column", True)
    q(name, f"where is {rows[11][0]} going?", rows[11][3], "text", c, "destination lookup", True)
    q(name, "how many rows does this sheet have?", len(rows), "count", c, "row count", True)
    q(name, "What's the weight of the last shipment in the list?", rows[-1][4], "number", c, "last row value", True)


@scene
def s_w3m(R):
    name = "w3m_order_status"
    d = HOME / "www"
    d.mkdir(parents=True)
    items = [("Trailhead 2P Tent", 1, 289.00), ("Merino Base Layer (M)", 2, 64.50), ("Titanium Spork", 3, 12.90),
             ("Headlamp 400lm", 1, 39.95), ("Dry Bag 20L", 2, 18.75)]
    R.shuffle(items)
    order = f"NW-{R.randint(300000, 399999)}"
    track = f"1Z{R.randint(10**9, 10**10 - 1)}DE{R.randint(100, 999)}"
    ship = 7.50
    sub = round(sum(qt * p for _, qt, p in items), 2)
    total = round(sub + ship, 2)
    rows = "".join(f"<tr><td>{n}</td><td>{qt}</td><td>EUR {p:.2f}</td><td>EUR {qt * p:.2f}</td></tr>"
                   for n, qt, p in items)
    html = f"""<html><head><title>Order {order} - Northwind Outdoor</title></head><body>
<h1>Northwind Outdoor</h1><p><a href="#">Shop</a> | <a href="#">My account</a> | <a href="#">Help</a></p>
<h2>Order {order}</h2>
<p>Placed on 14 November 2024 by <b>Aoife Brennan</b></p>
<p>Status: <b>Shipped</b> &mdash; carrier UPS, tracking number <b>{track}</b></p>
<p>Estimated delivery: Wednesday, 20 November 2024</p>
<p>Delivery address: 12 Harbour View, Dun Laoghaire, Co. Dublin, A96 K2X3, Ireland<br>
Questions? Call us at +353 1 555 0142</p>
<table border="1"><tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Line total</th></tr>
{rows}
<tr><td colspan="3">Subtotal</td><td>EUR {sub:.2f}</td></tr>
<tr><td colspan="3">Shipping</td><td>EUR {ship:.2f}</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>EUR {total:.2f}</b></td></tr></table>
</body></html>"""
    (d / "order.html").write_text(html)
    kitty(name, f"w3m -o confirm_qq=0 {shq(str(d / 'order.html'))}", cols=96, rows=42, theme="light", wait=4)
    c = "browser"
    q(name, "what's the tracking number for this order?", track, "code", c, "tracking number", True)
    q(name, "How many items did I order in total (counting quantities)?", sum(x[1] for x in items), "count", c,
      "sum of quantities", False)
    q(name, "how much did the headlamp cost?", "EUR 39.95", "money", c, "price by item", True)
    q(name, "What's the order total?", f"EUR {total:.2f}", "money", c, "total", True)
    q(name, "when is it supposed to arrive", "20 November 2024", "date", c, "delivery date", True)
    q(name, "what phone number can I call with questions?", "+353 1 555 0142", "phone", c, "support phone", True)


@scene
def s_neomutt(R):
    name = "neomutt_inbox"
    d = HOME / "Mail"
    d.mkdir(parents=True)
    senders = [("Lucía Romero", "lucia.romero@castellan.es"), ("Oluwaseun Adeyemi", "seun@kwaralabs.ng"),
               ("Greta Holm", "greta.holm@nordfjell.no"), ("Wei Zhang", "wzhang@harbourbank.hk"),
               ("Arjun Mehta", "arjun@mehta-co.in"), ("Sophie Laurent", "s.laurent@atelier-l.fr"),
               ("Dmitri Volkov", "dvolkov@permsoft.ru"), ("Kemal Aydın", "kemal@aydinyapi.com.tr"),
               ("Emma Walsh", "emma.walsh@corkcouncil.ie"), ("Tomás Nunes", "tnunes@litoral.pt")]
    subjects = ["Q4 budget sign-off", "Re: venue for the offsite", "Invoice 2024-118 overdue",
                "Your pull request was merged", "Lunch on Thursday?", "Contract renewal draft v3",
                "Server maintenance window Saturday", "Re: Re: travel reimbursement", "Minutes from Monday",
                "Welcome aboard, Nadia!"]
    R.shuffle(subjects)
    R.shuffle(senders)
    when = dt.datetime(2024, 11, 4, 8, 30)
    msgs = []
    for i in range(10):
        when += dt.timedelta(hours=R.randint(6, 40), minutes=R.randint(0, 59))
        msgs.append((senders[i], subjects[i], when, i >= 7 or R.random() < 0.2))
    out = []
    for i, ((nm, em), sub, w, new) in enumerate(msgs):
        out.append(f"From {em} {w.strftime('%a %b %d %H:%M:%S %Y')}\n"
                   f"From: {nm} <{em}>\nTo: Nadia Petrova <nadia@example.org>\nSubject: {sub}\n"
                   f"Date: {w.strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
                   f"Message-ID: <{w.strftime('%Y%m%d%H%M')}.{i}@mail.example.org>\n"
                   + ("" if new else "Status: RO\n") + "\nHi Nadia,\n\nSee above.\n\n")
    (d / "inbox").write_text("".join(out))
    rc = HOME / ".neomuttrc"
    rc.write_text('set sort=date\nset mbox_type=mbox\nset mark_old=no\nset date_format="%b %d"\n'
                  'set index_format="%4C %Z %D  %-20.20n %s"\nset help=yes\n')
    kitty(name, f"neomutt -R -F {shq(str(rc))} -f {shq(str(d / 'inbox'))}", cols=100, rows=22, theme="dark",
          wait=4)
    c = "mail"
    latest = msgs[-1]
    nnew = sum(m[3] for m in msgs)
    pick = msgs[3]
    q(name, "who sent me the latest email?", latest[0][0], "person", c, "latest sender", True)
    q(name, f"What's the subject of the mail from {pick[0][0]}?", pick[1], "text", c, "subject by sender", True)
    q(name, "how many unread messages do I have", nnew, "count", c, "count new", True)
    q(name, "How many messages are in this mailbox?", len(msgs), "count", c, "message count", True)
    budget = next(m for m in msgs if m[1] == "Q4 budget sign-off")
    q(name, "who emailed about the Q4 budget sign-off and on what day?",
      f"{budget[0][0]}, {budget[2].strftime('%b %d')}", "text", c, "sender and date by subject", True)


@scene
def s_gitk(R):
    name = "gitk_pixelforge"
    repo = HOME / "src" / "pixel-forge"
    git_init(repo)
    people = [("Ana Beatriz Souza", "ana@pixelforge.dev"), ("Kofi Mensah", "kofi@pixelforge.dev"),
              ("Lena Fischer", "lena@pixelforge.dev"), ("Rahul Verma", "rahul@pixelforge.dev")]
    msgs = ["Initial commit", "Add PNG decoder", "Add WebP encoder behind feature flag", "Fix gamma on 16-bit PNGs",
            "Release v0.4.0", "Speed up resize with SIMD", "Add AVIF probe", "Fix crash on empty ICC profile",
            "Update CI to Rust 1.77", "Release v0.5.0", "Add batch CLI"]
    when = dt.datetime(2024, 2, 12, 10, 0)
    log = []
    for i, m in enumerate(msgs):
        a = people[R.randrange(len(people))]
        when += dt.timedelta(hours=R.randint(3, 60), minutes=R.randint(0, 59), seconds=R.randint(0, 59))
        h = git_commit(repo, m, a[0], a[1], when, {f"src/f{i}.rs": f"// {m}\n", "CHANGELOG.md": f"{m}\n"})
        log.append((h, m, a[0], when))
        if m.startswith("Release"):
            sh("git", "tag", m.split()[1], cwd=repo)
    capture(name, ["gitk", "--all"], cwd=repo, wait=5)
    c = "git"
    top = log[-1]
    fix = next(x for x in log if x[1].startswith("Fix crash"))
    q(name, "who wrote the commit that's selected at the top?", top[2], "person", c, "selected commit author", True)
    q(name, "Who authored 'Fix crash on empty ICC profile'?", fix[2], "person", c, "author by message", True)
    q(name, "how many commits are in this history?", len(log), "count", c, "commit count", True)
    q(name, "which tags are there?", "v0.4.0, v0.5.0", "version", c, "tags", True)
    rel = next(x for x in log if x[1] == "Release v0.4.0")
    q(name, "when was v0.4.0 released (date)?", rel[3].strftime("%Y-%m-%d"), "date", c, "date of tagged commit", True)


@scene
def s_meld(R):
    name = "meld_settings"
    d = HOME / "deploy"
    d.mkdir(parents=True)
    base = [("server", [("host", "0.0.0.0"), ("port", "8080"), ("workers", "4"), ("timeout_s", "30")]),
            ("database", [("host", "db-staging.internal"), ("name", "orders"), ("pool_size", "10")]),
            ("cache", [("backend", "redis"), ("ttl_s", "300")]),
            ("logging", [("level", "DEBUG"), ("format", "json")])]
    prod = json.loads(json.dumps(base))
    changes = {("server", "workers"): str(R.choice([12, 16, 24])), ("server", "timeout_s"): str(R.choice([45, 60, 90])),
               ("database", "host"): "db-prod-01.internal", ("database", "pool_size"): str(R.choice([40, 50, 64])),
               ("logging", "level"): "WARNING"}
    for sec in prod:
        sec[1] = [[k, changes.get((sec[0], k), v)] for k, v in sec[1]]

    def render(cfg):
        return "".join(f"[{s}]\n" + "".join(f"{k} = {v}\n" for k, v in kv) + "\n" for s, kv in cfg)
    (d / "settings.staging.ini").write_text(render(base))
    (d / "settings.prod.ini").write_text(render(prod))
    capture(name, ["meld", str(d / "settings.staging.ini"), str(d / "settings.prod.ini")], wait=7,
            keys=[("resize", ("meld", 1060, 640)), ("sleep", 1.5)],
            env=xenv(GDK_BACKEND="x11"))
    c = "diff"
    q(name, "what's the database host on the prod side?", "db-prod-01.internal", "text", c, "value in right file",
      True)
    q(name, "How many workers does prod get vs staging?", f"{changes[('server', 'workers')]} vs 4", "text", c,
      "compare values", True)
    q(name, "which file is on the left?", "settings.staging.ini", "text", c, "left file name", True)
    q(name, "what log level does prod use", "WARNING", "text", c, "value in right file", True)
    q(name, "is the cache ttl different between the two files?", "no", "yesno", c, "diff check", False)


@scene
def s_feh(R):
    name = "feh_posters"
    d = HOME / "Pictures" / "posters"
    d.mkdir(parents=True)
    events = [("Riverside Jazz Night", "Sat 8 March 2025", "The Old Boathouse, Bristol", "£18"),
              ("Kraków Street Food Fest", "12-14 June 2025", "Plac Nowy, Kraków", "Free entry"),
              ("Lagos Tech Meetup #42", "Thu 24 April 2025", "Yaba Innovation Hub", "₦5,000"),
              ("Nordic Noir Film Weekend", "21-23 Feb 2025", "Cinemateket, Oslo", "NOK 240"),
              ("Seville Flamenco Evening", "Fri 16 May 2025", "Teatro Triana", "€25"),
              ("Kyoto Pottery Workshop", "Sun 6 April 2025", "Gion Craft Studio", "¥6,500")]
    fonts = ["/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"]
    palette = [((20, 40, 80), (250, 210, 90)), ((120, 20, 40), (255, 240, 220)), ((10, 90, 70), (230, 255, 240)),
               ((30, 30, 30), (240, 240, 240)), ((200, 90, 20), (255, 255, 255)), ((60, 40, 110), (255, 220, 250))]
    paths = []
    for i, (t, date, venue, price) in enumerate(events):
        bg, fg = palette[i]
        im = Image.new("RGB", (900, 600), bg)
        dr = ImageDraw.Draw(im)
        f1 = ImageFont.truetype(fonts[i % 2], 54)
        f2 = ImageFont.truetype(fonts[0], 36)
        f3 = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 30)
        y = 90
        for line in textwrap.wrap(t, 22):
            dr.text((60, y), line, font=f1, fill=fg)
            y += 70
        dr.line((60, y + 20, 840, y + 20), fill=fg, width=4)
        dr.text((60, y + 60), date, font=f2, fill=fg)
        dr.text((60, y + 120), venue, font=f3, fill=fg)
        dr.text((60, y + 180), f"Tickets: {price}", font=f3, fill=fg)
        fn = "poster_" + t.lower().replace("#", "").replace(" ", "_").replace("ó", "o").replace("á", "a") + ".png"
        fn = fn.replace("__", "_")
        im.save(d / fn)
        paths.append((fn, t, date, venue, price))
    shown = 2
    capture(name, ["feh", "-d", "--fontpath", "/usr/share/fonts/truetype/dejavu", "--font", "DejaVuSans/17", "-g", "960x640", "--scale-down", "--start-at",
                   str(d / paths[shown][0])] + [str(d / p[0]) for p in paths], wait=3,
            env=xenv())
    c = "image viewer"
    p = paths[shown]
    q(name, "what's the file name of the image being shown?", p[0], "text", c, "open file name", True)
    q(name, "How many images are in this slideshow?", len(paths), "count", c, "image count", True)
    q(name, "when is this event?", p[2], "date", c, "date on poster", True)
    q(name, "how much are tickets", p[4], "money", c, "price on poster", True)
    q(name, "Where is it happening?", p[3], "text", c, "venue on poster", True)


@scene
def s_evince(R):
    name = "evince_invoice"
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    d = HOME / "Documents"
    d.mkdir(parents=True)
    lines = [("Cloud hosting (Nov 2024)", 1, 1240.00), ("Managed PostgreSQL", 1, 385.00),
             ("Support hours", R.randint(6, 14), 95.00), ("SSL certificates", 3, 49.00),
             ("Data egress (TB)", R.randint(2, 9), 61.50)]
    inv_no = f"HX-{R.randint(2024000, 2024999)}"
    sub = round(sum(qt * p for _, qt, p in lines), 2)
    vat = round(sub * 0.21, 2)
    total = round(sub + vat, 2)
    pdf = d / f"invoice_{inv_no}.pdf"
    with PdfPages(pdf) as pp:
        fig = plt.figure(figsize=(8.27, 11.69))
        t = fig.text
        t(0.08, 0.93, "Helix Hosting B.V.", fontsize=22, weight="bold")
        t(0.08, 0.905, "Keizersgracht 221, 1016 DV Amsterdam  ·  VAT NL861234567B01", fontsize=9)
        t(0.62, 0.93, "INVOICE", fontsize=26, weight="bold", color="#1f4e79")
        t(0.62, 0.90, f"Invoice no.: {inv_no}", fontsize=11)
        t(0.62, 0.88, "Issue date: 02 Dec 2024", fontsize=11)
        t(0.62, 0.86, "Due date: 01 Jan 2025", fontsize=11)
        t(0.08, 0.83, "Bill to:", fontsize=11, weight="bold")
        t(0.08, 0.81, "Mbeki & Larsen Consulting ApS", fontsize=11)
        t(0.08, 0.79, "Vesterbrogade 48, 1620 København V, Denmark", fontsize=11)
        y = 0.73
        for x, h in zip([0.08, 0.55, 0.68, 0.82], ["Description", "Qty", "Unit (EUR)", "Amount (EUR)"]):
            t(x, y, h, fontsize=11, weight="bold")
        for desc, qt, p in lines:
            y -= 0.03
            for x, v in zip([0.08, 0.55, 0.68, 0.82], [desc, str(qt), f"{p:,.2f}", f"{qt * p:,.2f}"]):
                t(x, y, v, fontsize=11)
        y -= 0.05
        for lab, v in [("Subtotal", sub), ("VAT 21%", vat), ("Total due", total)]:
            t(0.62, y, lab, fontsize=12, weight="bold" if lab == "Total due" else "normal")
            t(0.82, y, f"{v:,.2f}", fontsize=12, weight="bold" if lab == "Total due" else "normal")
            y -= 0.03
        t(0.08, 0.2, "Pay to IBAN NL91 ABNA 0417 1643 00 (BIC ABNANL2A), reference " + inv_no, fontsize=10)
        pp.savefig(fig)
        plt.close(fig)
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.93, "Terms and conditions", fontsize=16, weight="bold")
        fig.text(0.08, 0.88, "Late payments accrue 1.5% interest per month.", fontsize=11)
        pp.savefig(fig)
        plt.close(fig)
    capture(name, ["evince", str(pdf)], wait=7, env=xenv(GDK_BACKEND="x11"))
    c = "pdf"
    q(name, "what's the invoice number?", inv_no, "code", c, "invoice number", True)
    q(name, "How much is due in total?", f"EUR {total:,.2f}", "money", c, "total due", True)
    q(name, "when's the payment due", "01 Jan 2025", "date", c, "due date", True)
    q(name, "how many pages does this PDF have?", 2, "count", c, "page count", True)
    q(name, "who is the invoice billed to?", "Mbeki & Larsen Consulting ApS", "text", c, "customer", True)
    q(name, "How many support hours were billed?", lines[2][1], "number", c, "quantity by line", True)


@scene
def s_nedit(R):
    name = "nedit_compose"
    d = HOME / "projects" / "shopfront"
    d.mkdir(parents=True)
    pg = R.choice(["15.6", "16.2", "16.4"])
    rd = R.choice(["7.2.4", "7.4.1"])
    web_port = R.choice([8080, 8443, 8000])
    text = textwrap.dedent(f"""\
        services:
          web:
            image: ghcr.io/shopfront/web:2.14.3
            ports:
              - "{web_port}:80"
            depends_on:
              - db
              - cache
            environment:
              - APP_ENV=production
              - SESSION_TTL=3600
          db:
            image: postgres:{pg}
            volumes:
              - pgdata:/var/lib/postgresql/data
            environment:
              - POSTGRES_DB=shopfront
              - POSTGRES_USER=shop_admin
          cache:
            image: redis:{rd}
            command: ["redis-server", "--maxmemory", "256mb"]
          worker:
            image: ghcr.io/shopfront/worker:2.14.3
            command: ["python", "-m", "jobs.run", "--queues", "email,invoices"]

        volumes:
          pgdata:
        """)
    (d / "docker-compose.yml").write_text(text)
    lines = text.splitlines()
    cache_line = next(i + 1 for i, l in enumerate(lines) if l.strip() == "cache:")
    capture(name, ["nedit", "-geometry", "90x34", "-xrm", "nedit*lineNumbers: True", "-xrm",
                   "nedit*statisticsLine: True", "-xrm", "nedit*text.background: #fffdf5",
                   "-xrm", "nedit*textFont: -adobe-courier-medium-r-normal--18-*-*-*-*-*-iso8859-1", str(d / "docker-compose.yml")],
            wait=3)
    c = "editor"
    q(name, "what file do I have open here?", "docker-compose.yml", "text", c, "open file name", True)
    q(name, "which postgres version is the db service using?", pg, "version", c, "version in config", True)
    q(name, "What host port is the web service published on?", web_port, "number", c, "port mapping", True)
    q(name, "on which line does the cache service start?", cache_line, "number", c, "line number", True)
    q(name, "what's the postgres user?", "shop_admin", "text", c, "env value", True)
    q(name, "how many services are defined in this compose file?", 4, "count", c, "count entries", False)


@scene
def s_sqlitebrowser(R):
    name = "sqlitebrowser_staff"
    d = HOME / "data"
    d.mkdir(parents=True)
    db = d / "staff.db"
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE employees (id INTEGER PRIMARY KEY, name TEXT, salary INTEGER, department TEXT, "
                "city TEXT, start_date TEXT)")
    con.execute("CREATE TABLE departments (code TEXT PRIMARY KEY, title TEXT, budget INTEGER)")
    con.execute("CREATE TABLE leave_requests (id INTEGER PRIMARY KEY, employee_id INTEGER, days INTEGER, status TEXT)")
    names = ["Amara Nwosu", "Björn Ek", "Camila Rojas", "Deepika Iyer", "Elif Demir", "Farid Haddad",
             "Giulia Conti", "Hana Kato", "Isaac Mensah", "Julia Nowak", "Kaveh Rahimi", "Léa Moreau",
             "Mateo Silva", "Niamh Walsh"]
    deps = ["Finance", "Engineering", "Sales", "Support", "Legal"]
    cities = ["Berlin", "Lisbon", "Warsaw", "Dublin", "Madrid"]
    rows = []
    for i, n in enumerate(names, 1):
        dep, city, sal = R.choice(deps), R.choice(cities), R.randrange(42000, 118000, 500)
        start = f"20{R.randint(15, 24)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}"
        rows.append((i, n, dep, city, sal, start))
    con.executemany("INSERT INTO employees VALUES (?,?,?,?,?,?)", [(r[0], r[1], r[4], r[2], r[3], r[5]) for r in rows])
    con.executemany("INSERT INTO departments VALUES (?,?,?)", [(x[:3].upper(), x, R.randrange(200000, 900000, 10000))
                                                               for x in deps])
    con.commit()
    con.close()
    capture(name, ["sqlitebrowser", "-R", "-t", "employees", str(db)], wait=8, keys=[("resize", ("sqlitebrowser", 1280, 800)), ("sleep", 3), ("key", "Escape"), ("sleep", 1.5)],
            env=xenv(QT_QPA_PLATFORM="xcb"))
    c = "database"
    top = max(rows, key=lambda r: r[4])
    pick = rows[6]
    q(name, f"what's {pick[1]}'s salary?", pick[4], "number", c, "cell by row", True)
    q(name, "Who earns the most?", top[1], "person", c, "max by column", True)
    q(name, "how many people work in Engineering?", sum(r[2] == "Engineering" for r in rows), "count", c,
      "count with condition", False)
    q(name, "which city is Hana Kato in", next(r[3] for r in rows if r[1] == "Hana Kato"), "text", c,
      "cell by row", True)
    q(name, "who started most recently?", max(rows, key=lambda r: r[5])[1], "person", c, "most recent date", True)


@scene
def s_tk_backup(R):
    name = "tk_backup_settings"
    d = WORK / "apps"
    d.mkdir(exist_ok=True)
    jobs = [("Documents", "Daily", "02:00", "Succeeded", "2024-12-03 02:14", "4.2 GB"),
            ("Photos 2024", "Weekly", "Sun 03:30", "Failed", "2024-12-01 03:31", "118.7 GB"),
            ("Mail archive", "Daily", "01:15", "Succeeded", "2024-12-03 01:22", "9.8 GB"),
            ("Source code", "Hourly", ":05", "Running", "2024-12-03 14:05", "1.1 GB"),
            ("VM images", "Monthly", "1st 04:00", "Skipped", "2024-12-01 04:00", "412.0 GB"),
            ("Accounting", "Daily", "23:45", "Succeeded", "2024-12-02 23:51", "0.6 GB")]
    R.shuffle(jobs)
    cfg = dict(compression=R.choice(["None", "Fast (lz4)", "Balanced (zstd)", "Maximum (xz)"]),
               keep=R.randint(7, 60), encrypt=True, verify=False, notify=True, throttle=R.choice([5, 10, 20, 50]))
    cfgp = d / "tk_backup.json"
    cfgp.write_text(json.dumps(dict(jobs=jobs, cfg=cfg)))
    app = textwrap.dedent('''\
        import json, sys, tkinter as tk
        from tkinter import ttk
        data = json.load(open(sys.argv[1])); cfg = data["cfg"]
        root = tk.Tk(); root.title("Vaultkeeper Backup - Settings"); root.geometry("900x600+0+0")
        st = ttk.Style(); st.theme_use("clam")
        st.configure(".", font=("DejaVu Sans", 11)); st.configure("Treeview", rowheight=24)
        st.configure("Treeview.Heading", font=("DejaVu Sans", 11, "bold"))
        tk.Label(root, text="Vaultkeeper Backup  \u2014  Settings", font=("DejaVu Sans", 15, "bold"),
                 anchor="w", bg="#2b4c7e", fg="white", padx=12, pady=8).pack(fill="x")
        nb = ttk.Notebook(root); nb.pack(fill="both", expand=True, padx=8, pady=8)
        f = ttk.Frame(nb, padding=10); nb.add(f, text="Jobs"); nb.add(ttk.Frame(nb), text="Destinations")
        nb.add(ttk.Frame(nb), text="Schedule"); nb.add(ttk.Frame(nb), text="Advanced")
        cols = ("job", "freq", "at", "status", "last", "size")
        tv = ttk.Treeview(f, columns=cols, show="headings", height=7)
        for c, h, w in zip(cols, ["Job", "Frequency", "Runs at", "Last status", "Last run", "Size"],
                           [150, 100, 90, 110, 160, 90]):
            tv.heading(c, text=h); tv.column(c, width=w, anchor="w")
        for j in data["jobs"]:
            tv.insert("", "end", values=j)
        tv.grid(row=0, column=0, columnspan=3, sticky="nsew")
        opt = ttk.LabelFrame(f, text="Options", padding=10); opt.grid(row=1, column=0, sticky="nw", pady=10)
        for i, (k, lab) in enumerate([("encrypt", "Encrypt archives (AES-256)"), ("verify", "Verify after upload"),
                                      ("notify", "Email me when a job fails")]):
            v = tk.BooleanVar(value=cfg[k]); ttk.Checkbutton(opt, text=lab, variable=v).grid(row=i, column=0, sticky="w")
            setattr(root, "v" + k, v)
        comp = ttk.LabelFrame(f, text="Compression", padding=10); comp.grid(row=1, column=1, sticky="nw", pady=10, padx=10)
        cv = tk.StringVar(value=cfg["compression"])
        for i, c in enumerate(["None", "Fast (lz4)", "Balanced (zstd)", "Maximum (xz)"]):
            ttk.Radiobutton(comp, text=c, value=c, variable=cv).grid(row=i, column=0, sticky="w")
        ret = ttk.LabelFrame(f, text="Retention", padding=10); ret.grid(row=1, column=2, sticky="nw", pady=10)
        ttk.Label(ret, text="Keep snapshots for (days):").grid(row=0, column=0, sticky="w")
        sp = ttk.Spinbox(ret, from_=1, to=365, width=6); sp.set(cfg["keep"]); sp.grid(row=0, column=1, padx=6)
        ttk.Label(ret, text="Upload limit (MB/s):").grid(row=1, column=0, sticky="w", pady=(8, 0))
        sv = tk.IntVar(value=cfg["throttle"])
        ttk.Scale(ret, from_=1, to=100, variable=sv, length=120).grid(row=1, column=1, pady=(8, 0))
        ttk.Label(ret, textvariable=sv).grid(row=1, column=2, pady=(8, 0))
        bar = ttk.Frame(root); bar.pack(fill="x", padx=8, pady=(0, 8))
        ttk.Button(bar, text="Cancel").pack(side="right"); ttk.Button(bar, text="Save").pack(side="right", padx=6)
        fails = sum(1 for j in data["jobs"] if j[3] == "Failed")
        tk.Label(root, text=f"{len(data['jobs'])} jobs  \u00b7  {fails} failed in last cycle  \u00b7  Agent 3.8.2 connected",
                 anchor="w", relief="sunken", font=("DejaVu Sans", 10), padx=6).pack(fill="x", side="bottom")
        root.mainloop()
        ''')
    (d / "tk_backup.py").write_text(app)
    capture(name, [PY, str(d / "tk_backup.py"), str(cfgp)], wait=3)
    c = "dialog"
    biggest = max(jobs, key=lambda j: float(j[5].split()[0]))
    q(name, "which compression option is selected?", cfg["compression"], "text", c, "selected radio", True)
    q(name, "How many days are snapshots kept?", cfg["keep"], "number", c, "spinbox value", True)
    q(name, "is 'Verify after upload' turned on?", "no", "yesno", c, "checkbox state", False)
    q(name, "which backup job failed last time?", next(j[0] for j in jobs if j[3] == "Failed"), "text", c,
      "row with status", True)
    q(name, "what's the largest backup job by size?", biggest[0], "text", c, "max by column", True)
    q(name, "what version is the agent according to the status bar", "3.8.2", "version", c, "status bar version", True)


@scene
def s_chromium(R):
    name = "chromium_helpdesk"
    d = HOME / "www"
    d.mkdir(parents=True, exist_ok=True)
    agents = ["Yuki Tanaka", "Rafael Ortega", "Chiamaka Obi", "Sven Johansson", "Fatima Zahra"]
    subjects = ["Cannot reset password", "VPN drops every 10 minutes", "Printer on 3rd floor jams",
                "Need access to Salesforce", "Laptop battery swelling", "Outlook keeps asking for credentials",
                "New starter setup: M. Haddad", "Monitor flickers after update", "Shared drive quota full",
                "Teams calls have no audio"]
    prios = ["Low", "Medium", "High", "Urgent"]
    stat = ["Open", "Pending", "Resolved", "Open", "In progress"]
    tickets = []
    num = 5210
    for i, s in enumerate(subjects):
        num += R.randint(1, 4)
        tickets.append((f"HD-{num}", s, R.choice(agents), R.choice(prios), R.choice(stat),
                        f"{R.randint(1, 3)} Dec 2024 {R.randint(8, 17):02d}:{R.randint(0, 59):02d}"))
    rows = "".join(
        f"<tr><td class=id>{t[0]}</td><td>{t[1]}</td><td>{t[2]}</td><td><span class='p {t[3].lower()}'>{t[3]}</span></td>"
        f"<td>{t[4]}</td><td>{t[5]}</td></tr>" for t in tickets)
    nopen = sum(t[4] == "Open" for t in tickets)
    html = f"""<!doctype html><html><head><meta charset=utf-8><title>Deskflow · Tickets</title><style>
body{{margin:0;font-family:'DejaVu Sans',sans-serif;font-size:14px;background:#f4f6fa;color:#1d2433}}
header{{background:#111827;color:#fff;padding:12px 20px;font-size:18px;font-weight:bold}}
header span{{font-weight:normal;font-size:13px;color:#9ca3af;margin-left:16px}}
main{{padding:16px 20px}} .cards{{display:flex;gap:12px;margin-bottom:14px}}
.card{{background:#fff;border-radius:8px;padding:10px 16px;box-shadow:0 1px 3px #0002;min-width:130px}}
.card b{{display:block;font-size:22px}} table{{border-collapse:collapse;width:100%;background:#fff}}
th,td{{text-align:left;padding:8px 10px;border-bottom:1px solid #e5e7eb}} th{{background:#eef1f6;font-size:13px}}
.id{{font-family:'DejaVu Sans Mono',monospace}} .p{{padding:2px 8px;border-radius:10px;font-size:12px}}
.urgent{{background:#fee2e2;color:#991b1b}} .high{{background:#ffedd5;color:#9a3412}}
.medium{{background:#e0e7ff;color:#3730a3}} .low{{background:#e5e7eb;color:#374151}}</style></head><body>
<header>Deskflow <span>IT Service Desk · Signed in as Olga Petrenko</span></header><main>
<div class=cards><div class=card>Open<b>{nopen}</b></div><div class=card>Total tickets<b>{len(tickets)}</b></div>
<div class=card>Avg. first response<b>1h 42m</b></div></div>
<table><tr><th>Ticket</th><th>Subject</th><th>Assignee</th><th>Priority</th><th>Status</th><th>Created</th></tr>
{rows}</table></main></body></html>"""
    (d / "helpdesk.html").write_text(html)
    capture(name, ["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu", "--no-default-browser-check",
                   f"--user-data-dir={WORK / 'chromium'}", "--window-position=0,0", "--window-size=1180,760",
                   "--disable-features=Translate", "--password-store=basic",
                   f"--app=file://{d / 'helpdesk.html'}"], wait=8)
    c = "browser"
    pick = tickets[3]
    urgent = [t for t in tickets if t[3] == "Urgent"]
    q(name, f"who is {pick[0]} assigned to?", pick[2], "person", c, "cell by row id", True)
    q(name, "What's the priority of the VPN ticket?", tickets[1][3], "text", c, "cell by subject", True)
    q(name, "how many tickets are open?", nopen, "count", c, "count with condition", True)
    q(name, f"how many tickets does {agents[2]} have?", sum(t[2] == agents[2] for t in tickets), "count", c,
      "count by assignee", False)
    q(name, "who's signed in?", "Olga Petrenko", "person", c, "signed-in user", True)
    q(name, "what's the status of the printer ticket", tickets[2][4], "text", c, "status by subject", True)
    if urgent:
        q(name, "which ticket number is the first urgent one in the list?", urgent[0][0], "code", c,
          "first row with condition", True)


@scene
def s_eterm_bc(R):
    name = "eterm_bc_session"
    a, b = R.randint(1200, 9800), R.randint(12, 48)
    rate = R.choice([0.035, 0.042, 0.0575])
    exprs = [f"{a}*{b}", f"scale=2; {a*b}/12", f"scale=4; {rate}*365", f"2^{R.randint(20, 31)}",
             f"sqrt({R.randint(2, 99)})"]
    # one bc session, like the one typed on screen (scale set by an earlier line carries over)
    results = sh("bc", "-l", input="".join(e + "\n" for e in exprs)).strip().splitlines()
    assert len(results) == len(exprs)
    # real bc session: type the expressions into an interactive bc
    capture(name, ["Eterm", "-g", "84x22", "-F", "10x20", "-P", "", "-f", "#d0f0c0", "-b", "#101810",
                   "--scrollbar=0", "-e", "bc", "-l"], wait=3,
            keys=[("move", (200, 150))] + [("type", e + "\n") for e in exprs] + [("sleep", 0.5)])
    c = "calculator"
    q(name, f"what did {exprs[0]} come out to?", results[0], "number", c, "result of expression", True)
    q(name, "what's the result of the square root at the end?", results[4], "number", c, "last result", True)
    q(name, f"What did bc give for {exprs[3].replace('^', ' to the power ')}?", results[3], "number", c,
      "power result", True)
    q(name, "what was the division result (with 2 decimals)?", results[1], "number", c, "result of division", True)


@scene
def s_lxappearance(R):
    name = "lxappearance_theme"
    (HOME / ".config" / "gtk-3.0").mkdir(parents=True, exist_ok=True)
    font = R.choice(["DejaVu Sans 11", "DejaVu Serif 12", "DejaVu Sans Mono 10"])
    (HOME / ".gtkrc-2.0").write_text(f'gtk-theme-name="Raleigh"\ngtk-font-name="{font}"\n'
                                     'gtk-toolbar-style=GTK_TOOLBAR_BOTH_HORIZ\n')
    capture(name, ["lxappearance"], wait=4, env=xenv(GTK2_RC_FILES=str(HOME / ".gtkrc-2.0")))
    c = "settings"
    q(name, "which widget theme is selected?", "Raleigh", "text", c, "selected theme", True)
    q(name, "what's the default font set to?", font.rsplit(" ", 1)[0], "text", c, "font setting", True)


@scene
def s_vifm(R):
    name = "vifm_two_panes"
    left = HOME / "photos" / "2024-lisbon"
    right = HOME / "contracts"
    left.mkdir(parents=True)
    right.mkdir(parents=True)
    lfiles = sorted(f"IMG_{R.randint(1000, 9999)}.jpg" for _ in range(9))
    lfiles = sorted(set(lfiles))
    for f in lfiles:
        with open(left / f, "wb") as fh:
            fh.truncate(R.randint(1_500_000, 6_000_000))
    (left / "edits").mkdir()
    rfiles = ["nda_okafor_2024.pdf", "lease_rua_augusta.pdf", "msa_bergstrom_ab.docx", "sow_q1_2025.docx",
              "invoice_terms.txt", "signed"]
    for f in rfiles:
        if f == "signed":
            (right / f).mkdir()
        else:
            (right / f).write_text("x" * R.randint(200, 900))
    (HOME / ".config" / "vifm").mkdir(parents=True, exist_ok=True)
    (HOME / ".config" / "vifm" / "vifmrc").write_text("set vicmd=vi\ncolorscheme Default\nset nofollowlinks\n")
    kitty(name, f"vifm {shq(str(left))} {shq(str(right))}", cols=110, rows=26, theme="dark", wait=4,
          keys=[("move", (300, 200)), ("key", "j j")])
    c = "file manager"
    q(name, "how many jpg files are in the left pane?", len(lfiles), "count", c, "count files", False)
    q(name, "which folder is open on the right side?", "~/contracts", "text", c, "pane path", True)
    q(name, "What file is the cursor on?", lfiles[0], "text", c, "current item", True)
    q(name, "is there a subfolder in the contracts pane? what's it called", "signed", "text", c, "subfolder name", True)
    q(name, "what's the last photo in the list?", lfiles[-1], "text", c, "last item", True)


@scene
def s_calcurse(R):
    name = "calcurse_day"
    today = dt.date(2025, 3, 11)
    dd = HOME / ".local" / "share" / "calcurse"
    cd = HOME / ".config" / "calcurse"
    dd.mkdir(parents=True)
    cd.mkdir(parents=True)
    apts = [("09:00", "09:30", "Stand-up with platform team"), ("10:30", "11:30", "1:1 with Ngozi"),
            ("13:00", "14:00", "Lunch with Pablo (Taberna Sol)"), ("15:00", "16:15", "Vendor demo: Quantia ERP"),
            ("17:30", "18:00", "Dentist")]
    lines = []
    for s, e, t in apts:
        m = today.strftime("%m/%d/%Y")
        lines.append(f"{m} @ {s} -> {m} @ {e} |{t}")
    (dd / "apts").write_text("\n".join(lines) + "\n")
    todos = [(1, "Renew passport"), (2, "Send Q1 report to Ingrid"), (3, "Book flights to Nairobi"), (5, "Fix bike brakes")]
    (dd / "todo").write_text("".join(f"[{p}] {t}\n" for p, t in todos))
    # freeze "today" with faketime when available; otherwise use calcurse's own date jump
    kitty(name, f"calcurse -D {shq(str(dd))} -C {shq(str(cd))}", cols=110, rows=30, theme="light", wait=4,
          keys=[("move", (300, 200)), ("key", "g"), ("sleep", 0.5), ("type", today.strftime("%m/%d/%Y") + "\n")],
          after=1.5)
    c = "TUI"
    q(name, "what time is the dentist?", "17:30", "time", c, "appointment time", True)
    q(name, "How many appointments are on this day?", len(apts), "count", c, "count appointments", False)
    q(name, "what's right after lunch?", "Vendor demo: Quantia ERP", "text", c, "next appointment", True)
    q(name, "which todo has the highest priority (priority 1)?", "Renew passport", "text", c, "top todo", True)
    q(name, "when does the 1:1 with Ngozi end?", "11:30", "time", c, "appointment end", True)


# ----------------------------------------------------------------------------------------------------

def main():
    if not ONLY:
        if IMG.exists():
            shutil.rmtree(IMG)
    IMG.mkdir(parents=True, exist_ok=True)
    if WORK.exists():
        shutil.rmtree(WORK)
    HOME.mkdir(parents=True)
    (WORK / "run").mkdir(mode=0o700)
    xp = start_x()
    try:
        for i, (nm, fn) in enumerate(SCENES):
            R = random.Random(f"{SEED}-{nm}")
            fn(R)
            print("scene", nm, "ok", flush=True)
    finally:
        if xp is not None:
            xp.terminate()
            xp.wait()
    with open(HERE / "manifest.jsonl", "w") as fh:
        for i, it in enumerate(ITEMS, 1):
            fh.write(json.dumps(dict(id=f"s6-{i:04d}", **it), ensure_ascii=False) + "\n")
    imgs = sorted({it["image"] for it in ITEMS})
    print(len(ITEMS), "items over", len(imgs), "images")


if __name__ == "__main__":
    main()
