"""Build screens_test11: real application windows under Xvfb, captured with ImageMagick `import`.

Run: python benchmarks/screens_test11/build.py   (needs Xvfb, openbox, xdotool, imagemagick and the apps)
Seed 7342. Every gold is computed from the content this script prepares (files, mailboxes, repos, app data).
"""
import os, sys, json, random, shutil, subprocess, time, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

SEED = 7342
R = random.Random(SEED)
APPS = os.path.join(HERE, "apps")
DATA = "/tmp/st11-data"
items = Items()


def fresh_home():
    shutil.rmtree(HOME, ignore_errors=True)
    os.makedirs(HOME + "/.config", exist_ok=True)
    os.makedirs(DATA, exist_ok=True)


def write(path, text, mtime=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mtime:
        ts = mtime.timestamp()
        os.utime(path, (ts, ts))


def filler(n, seed_words):
    """Deterministic text of exactly n bytes."""
    out, i = [], 0
    words = seed_words.split()
    s = ""
    while len(s) < n:
        s += words[i % len(words)] + (",\n" if i % 7 == 6 else ",")
        i += 1
    return s[:n - 1] + "\n"


# ---------------------------------------------------------------- scene: pterm + ls / wc
def scene_pterm_ls():
    cat = "terminal"
    base = HOME + "/reports/q3-close"
    names = ["vendor_payments_2026-09.csv", "fx_rates_sept.csv", "accruals_adjustments.xlsx",
             "board_deck_draft_v3.pptx", "reconciliation_notes.md", "trial_balance_Q3.csv",
             "intercompany_elims.csv", "audit_requests.txt", "headcount_by_dept.csv", "README.md"]
    files = {}
    t0 = dt.datetime(2026, 9, 28, 8, 0)
    used = set()
    for nm in names:
        if nm.endswith(".csv"):
            nlines = R.randint(40, 2600)
            rows = ["id,entity,account,amount_eur,posted"]
            for k in range(nlines - 1):
                rows.append(f"{k+1},NL01,{R.randint(4000,8999)},{R.randint(10,99999)}.{R.randint(0,99):02d},2026-09-{R.randint(1,30):02d}")
            text = "\n".join(rows) + "\n"
        else:
            size = R.choice([R.randint(900, 9000), R.randint(20000, 480000)])
            text = filler(size, "ledger close accrual variance review approve entity")
            nlines = text.count("\n")
        while True:
            m = t0 + dt.timedelta(minutes=R.randint(0, 60 * 24 * 9))
            if m not in used:
                used.add(m); break
        write(f"{base}/{nm}", text, m)
        files[nm] = dict(size=len(text.encode()), lines=text.count("\n"), mtime=m)
    rc = f"""cd {base}
P='nadia@ledger-ws:~/reports/q3-close$ '
printf '%s' "$P"; echo 'ls -l --time-style=+"%Y-%m-%d %H:%M"'
ls -l --time-style=+"%Y-%m-%d %H:%M"
printf '%s' "$P"; echo 'wc -l *.csv'
wc -l *.csv
printf '%s' "$P"
exec sleep 100000
"""
    write(DATA + "/ls.sh", rc)
    p = launch(["pterm", "-geometry", "100x30", "-fn", "client:DejaVu Sans Mono 11", "-title",
                "nadia@ledger-ws: ~/reports/q3-close", "-e", "bash", DATA + "/ls.sh"], wait=3)
    place((30, 30, 1000, 640))
    img = capture("pterm_ls", crop=(20, 0, 1030, 700))
    kill(p)
    csvs = [n for n in names if n.endswith(".csv")]
    newest = max(files, key=lambda n: files[n]["mtime"])
    biggest = max(files, key=lambda n: files[n]["size"])
    items.add(img, "how big is fx_rates_sept.csv in bytes?", files["fx_rates_sept.csv"]["size"], "number", cat,
              "file size from ls -l", True)
    items.add(img, "Which file in this folder was touched most recently?", newest, "text", cat,
              "most recently modified file", True)
    items.add(img, "hey quick one, how many csv files are in q3-close?", len(csvs), "count", cat,
              "count files by extension", False)
    items.add(img, "What's the largest file in the listing?", biggest, "text", cat, "largest file by size", True)
    items.add(img, "According to wc, how many lines does trial_balance_Q3.csv have?",
              files["trial_balance_Q3.csv"]["lines"], "number", cat, "line count of a file", True)
    items.add(img, "total line count across all the csv files?", sum(files[n]["lines"] for n in csvs), "number",
              cat, "wc total", True)
    items.add(img, "On what date was audit_requests.txt last modified?",
              files["audit_requests.txt"]["mtime"].strftime("%Y-%m-%d"), "date", cat, "modification date", True)


# ---------------------------------------------------------------- scene: termit + python traceback
def scene_termit_traceback():
    cat = "terminal"
    base = HOME + "/src/shiptrack"
    norm = '''"""Normalise raw order dicts coming from the marketplace export."""
from decimal import Decimal


def money(value):
    return Decimal(str(value)).quantize(Decimal("0.01"))


def normalize(raw):
    order = {
        "id": raw["order_ref"].strip(),
        "total": money(raw["grand_total"]),
        "currency": raw.get("currency", "EUR"),
        "customer": raw["customer_id"],
        "country": raw["ship_to"]["country"],
    }
    return order
'''
    orders = []
    n_ok = R.randint(120, 340)
    for i in range(n_ok):
        orders.append({"order_ref": f"MK-{R.randint(100000,999999)}", "grand_total": R.randint(500, 90000) / 100,
                       "customer_id": f"C{R.randint(1000,9999)}", "ship_to": {"country": R.choice(["DE", "PL", "FR", "NL", "PT"])}})
    orders.append({"order_ref": "MK-207113", "grand_total": 41.9, "ship_to": {"country": "AT"}})
    load = '''import json
import sys

from shiptrack.normalize import normalize


def main(path):
    with open(path) as fh:
        raw_orders = json.load(fh)
    print(f"Loaded {len(raw_orders)} orders from {path}")
    clean = []
    for raw in raw_orders:
        clean.append(normalize(raw))
    print(f"Normalised {len(clean)} orders")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    write(base + "/shiptrack/__init__.py", "")
    write(base + "/shiptrack/normalize.py", norm)
    write(base + "/scripts/load_orders.py", load)
    write(base + "/data/orders_2026-11.json", json.dumps(orders))
    pyver = subprocess.run(["python3", "--version"], capture_output=True, text=True).stdout.strip()
    rc = f"""cd {base}
export PYTHONPATH={base}
P='nadia@build-07 ~/src/shiptrack $ '
printf '%s' "$P"; echo 'python3 --version'; python3 --version
printf '%s' "$P"; echo 'python3 scripts/load_orders.py data/orders_2026-11.json'
python3 scripts/load_orders.py data/orders_2026-11.json
printf '%s' "$P"
exec sleep 100000
"""
    write(DATA + "/tb.sh", rc)
    os.makedirs(HOME + "/.config/termit", exist_ok=True)
    write(HOME + "/.config/termit/rc.lua", 'defaults = {}\ndefaults.font = "DejaVu Sans Mono 11"\n'
          'defaults.backgroundColor = "#1d1f21"\ndefaults.foregroundColor = "#d8dee9"\nsetOptions(defaults)\n')
    p = launch(["termit", "--title=shiptrack", "--execute=bash " + DATA + "/tb.sh"], wait=3)
    place((30, 30, 1100, 560))
    img = capture("termit_traceback", crop=(20, 0, 1130, 620))
    kill(p)
    norm_lines = norm.split("\n")
    bad_line = next(i + 1 for i, l in enumerate(norm_lines) if 'raw["customer_id"]' in l)
    call_line = next(i + 1 for i, l in enumerate(load.split("\n")) if "clean.append(normalize(raw))" in l)
    items.add(img, "what error did my script crash with?", "KeyError: 'customer_id'", "error", cat,
              "exception message", True)
    items.add(img, "Which line of normalize.py raised the exception?", bad_line, "number", cat,
              "line number of failing frame", True)
    items.add(img, "how many orders did it load before blowing up", len(orders), "number", cat,
              "count printed before crash", True)
    items.add(img, "what python version is this terminal using?", pyver.split()[1], "version", cat,
              "interpreter version", True)
    items.add(img, "In load_orders.py, on which line is normalize() called?", call_line, "number", cat,
              "caller line number", True)


# ---------------------------------------------------------------- scene: PyQt5 inventory table
def scene_qt_table():
    cat = "spreadsheet"
    prods = [("Cordless drill 18V", "Tools"), ("Safety goggles", "PPE"), ("Nitrile gloves (100)", "PPE"),
             ("LED work light", "Electrical"), ("Extension reel 25 m", "Electrical"), ("Torx bit set", "Tools"),
             ("Pallet wrap 500 mm", "Packaging"), ("Cable ties 300 mm", "Electrical"), ("Hi-vis vest XL", "PPE"),
             ("Angle grinder 125 mm", "Tools"), ("Packing tape brown", "Packaging"), ("Ear defenders", "PPE"),
             ("Multimeter CAT III", "Electrical"), ("Stretch hood film", "Packaging")]
    rows = []
    for k, (p, c) in enumerate(prods):
        qty = R.randint(0, 480)
        reorder = R.choice([20, 25, 40, 50, 60, 100])
        cost = round(R.uniform(1.5, 189.0), 2)
        sku = f"{c[:3].upper()}-{R.randint(1000, 9999)}"
        bin_ = f"{R.choice('ABCDEF')}{R.randint(1, 24):02d}-{R.randint(1, 6)}"
        rows.append([sku, p, c, qty, reorder, f"{cost:.2f}", bin_])
    # ensure a few are below reorder level
    for k in (2, 7, 11):
        rows[k][3] = R.randint(0, rows[k][4] - 1)
    d = dict(title="StockKeeper — inventory.db", warehouse="Rotterdam DC2",
             cols=["SKU", "Product", "Category", "On hand", "Reorder at", "Unit cost (€)", "Bin"], rows=rows,
             status="14 items · last sync 04 Dec 2026 17:42 · user: m.dekker")
    json.dump(d, open(DATA + "/table.json", "w"))
    p = launch([SYS_PY, APPS + "/qt_table.py", DATA + "/table.json"], wait=3)
    place((40, 30, 1100, 640))
    img = capture("qt_inventory", crop=(30, 0, 1120, 700))
    kill(p)
    by = {r[1]: r for r in rows}
    below = [r for r in rows if r[3] < r[4]]
    dear = max(rows, key=lambda r: float(r[5]))
    cheap = min(rows, key=lambda r: float(r[5]))
    items.add(img, "how many Torx bit sets do we have on hand?", by["Torx bit set"][3], "number", cat,
              "value for a named row", True)
    items.add(img, "Which product has the highest unit cost?", dear[1], "text", cat, "max by column", True)
    items.add(img, "How many items are below their reorder level right now?", len(below), "count", cat,
              "count rows by condition", False)
    items.add(img, "what bin is the multimeter stored in?", by["Multimeter CAT III"][6], "code", cat,
              "cell by row x column", True)
    items.add(img, "how many more LED work lights than ear defenders are in stock?",
              by["LED work light"][3] - by["Ear defenders"][3], "number", cat, "difference of two cells", False)
    items.add(img, "What's the SKU of the cheapest item?", cheap[0], "code", cat, "min by column, other column", True)


# ---------------------------------------------------------------- scene: PyQt5 settings dialog (dark)
def scene_qt_settings():
    cat = "settings"
    checks = [("Start Lumen Sync when I log in", R.random() < 0.5), ("Show desktop notifications", R.random() < 0.5),
              ("Pause syncing on metered connections", R.random() < 0.5), ("Sync hidden files", R.random() < 0.5)]
    modes = ["Sync everything", "Selective sync (choose folders)", "Online-only files"]
    langs = ["English (UK)", "Deutsch", "Português (Brasil)", "Français", "Türkçe", "日本語"]
    d = dict(title="Lumen Sync — Preferences", dark=True, other_tabs=["Account", "Network", "Advanced"],
             account="ines.carvalho@lumen-mail.pt", folder="/home/ines/Lumen",
             languages=langs, language=R.choice(langs[1:4]), checks=checks, modes=modes, mode=R.choice(modes),
             upload=R.choice([250, 500, 750, 1200, 1500]), versions=R.randint(5, 40))
    json.dump(d, open(DATA + "/settings.json", "w"))
    p = launch([SYS_PY, APPS + "/qt_settings.py", DATA + "/settings.json"], wait=3)
    place((200, 40, 640, 700))
    img = capture("qt_settings_dark", crop=(190, 10, 660, 740))
    kill(p)
    on = dict(checks)
    items.add(img, "which sync mode is selected here?", d["mode"], "text", cat, "selected radio button", True)
    items.add(img, "are desktop notifications turned on?", "yes" if on["Show desktop notifications"] else "no",
              "yesno", cat, "checkbox state", False)
    items.add(img, "What is the upload limit set to?", f"{d['upload']} KB/s", "text", cat, "slider value label", True)
    items.add(img, "how many versions of history does it keep", d["versions"], "number", cat, "spinbox value", True)
    items.add(img, "Which language is chosen in the dropdown?", d["language"], "text", cat, "combo box value", True)
    items.add(img, "how many of the startup & notification boxes are ticked?", sum(v for _, v in checks), "count",
              cat, "count checked boxes", False)


# ---------------------------------------------------------------- scene: GTK3 backup jobs tree view
def scene_gtk_jobs():
    cat = "dialog"
    jobs = ["Photos → NAS", "Mail archive", "Accounting DB", "Home folder", "Website /var/www", "Git mirrors",
            "VM images", "Contracts (scan)"]
    srcs = ["~/Pictures", "~/.local/share/mail", "/srv/pg/finance", "/home/kenji", "/var/www", "/srv/git",
            "/var/lib/libvirt", "~/Documents/Contracts"]
    dsts = ["nas01:/backup/photos", "b2://kh-mail", "s3://kh-db-dumps", "usb: WD Passport", "rsync.net:www",
            "nas01:/backup/git", "nas01:/backup/vm", "b2://kh-docs"]
    sched = ["Daily 02:00", "Hourly", "Daily 03:30", "Weekly (Sun)", "Daily 04:15", "Every 6 h", "Weekly (Sat)", "Monthly"]
    statuses = ["Succeeded"] * 5 + ["Failed", "Running", "Skipped"]
    R.shuffle(statuses)
    rows = []
    for k, j in enumerate(jobs):
        last = dt.datetime(2026, 12, 5, 1, 0) - dt.timedelta(minutes=R.randint(20, 60 * 24 * 6))
        size = round(R.uniform(0.3, 480), 1)
        rows.append([j, srcs[k], dsts[k], sched[k], last.strftime("%d %b %Y %H:%M"), statuses[k], f"{size} GB"])
    d = dict(title="Deja Backups", subtitle="kenji@atelier-pc", dark=False, auto=True,
             cols=["Job", "Source", "Destination", "Schedule", "Last run", "Status", "Size"], rows=rows,
             status=f"{len(rows)} jobs configured · next run: Mail archive at 05 Dec 2026 02:00", selected=2)
    json.dump(d, open(DATA + "/jobs.json", "w"))
    p = launch([SYS_PY, APPS + "/gtk_jobs.py", DATA + "/jobs.json"], wait=3)
    place((30, 40, 1160, 520))
    img = capture("gtk_backup_jobs", crop=(20, 20, 1180, 560))
    kill(p)
    failed = [r for r in rows if r[5] == "Failed"][0]
    biggest = max(rows, key=lambda r: float(r[6].split()[0]))
    items.add(img, "which backup job failed?", failed[0], "text", cat, "row with a status", True)
    items.add(img, "When did the Git mirrors job last run?", rows[5][4], "date", cat, "cell by row x column", True)
    items.add(img, "how many jobs succeeded", sum(r[5] == "Succeeded" for r in rows), "count", cat,
              "count rows by status", False)
    items.add(img, "Which job has the biggest backup size?", biggest[0], "text", cat, "max by column", True)
    items.add(img, "where does the Accounting DB backup go to?", rows[2][2], "code", cat,
              "destination for named row", True)


SCENES = [scene_pterm_ls, scene_termit_traceback, scene_qt_table, scene_qt_settings, scene_gtk_jobs]


def main():
    only = sys.argv[1:]
    fresh_home()
    os.makedirs(IMG, exist_ok=True)
    start_x()
    try:
        for s in SCENES:
            t = time.time()
            s()  # always run for RNG determinism
            print(s.__name__, f"{time.time()-t:.1f}s", flush=True)
    finally:
        stop_x()
    items.write(os.path.join(HERE, "manifest.jsonl"))
    print(len(items.rows), "items")


if __name__ == "__main__":
    main()
