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
    """Deterministic text of exactly n bytes (words cycled, a newline after every 7th)."""
    words = seed_words.split()
    period = len(words) * 7
    unit = "".join(words[i % len(words)] + (",\n" if i % 7 == 6 else ",") for i in range(period))
    s = unit * (n // len(unit) + 2)
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
    items.add(img, "what's the difference in stock between LED work lights and ear defenders?",
              abs(by["LED work light"][3] - by["Ear defenders"][3]), "number", cat, "difference of two cells", False)
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

# ---------------------------------------------------------------- scene: s-nail mailbox in pterm
def scene_snail():
    cat = "mail"
    people = [("Aisha Bello", "aisha.bello@norrvik.com"), ("Tomasz Wiśniewski", "t.wisniewski@norrvik.com"),
              ("Priya Raman", "priya@raman-consulting.in"), ("Lucas Moreau", "lucas.moreau@atelier-brume.fr"),
              ("Sofía Herrera", "sofia.herrera@norrvik.com"), ("Kwame Mensah", "kwame@ghanaports.gh"),
              ("Yuki Tanabe", "y.tanabe@kaizen-labs.jp"), ("Olga Petrova", "olga.p@norrvik.com")]
    subjects = ["Q4 budget — revised numbers", "Re: Harbour crane maintenance window", "Invoice INV-20931 overdue",
                "Lunch on Friday?", "Contract draft v2 attached", "Re: Re: Server migration plan",
                "Your ticket #48213 has been updated", "Offsite agenda (Jan 14-15)", "Fwd: customs paperwork",
                "Quick question about the forecast", "Minutes: supplier call", "Welcome aboard, Olga!",
                "Re: Q4 budget — revised numbers", "Holiday rota"]
    t = dt.datetime(2026, 11, 27, 8, 10)
    msgs = []
    for k, s in enumerate(subjects):
        t = t + dt.timedelta(minutes=R.randint(90, 900))
        name, addr = R.choice(people)
        body_lines = R.randint(4, 30)
        read = k < 9 and R.random() < 0.8
        msgs.append(dict(name=name, addr=addr, subj=s, date=t, read=read, lines=body_lines))
    out = []
    for m in msgs:
        d = m["date"]
        out.append(f"From {m['addr']} {d.strftime('%a %b %d %H:%M:%S %Y')}")
        out.append(f"From: {m['name']} <{m['addr']}>")
        out.append("To: Nadia Kowalski <nadia@norrvik.com>")
        out.append(f"Subject: {m['subj']}")
        out.append(f"Date: {d.strftime('%a, %d %b %Y %H:%M:%S')} +0100")
        out.append("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit")
        if m["read"]:
            out.append("Status: RO")
        out.append("")
        for i in range(m["lines"]):
            out.append("Hi Nadia, see the notes below for the points we discussed." if i == 0 else "- item %d" % i)
        out.append("")
    write(HOME + "/Mail/inbox", "\n".join(out) + "\n")
    rc = f"""cd {HOME}
COLUMNS=104 s-nail -n -S showname -S headline='%>%a%m  %-20f %17d %4l  %s' -S datefield='%Y-%m-%d %H:%M' -S datefield-markout-older='%Y-%m-%d %H:%M' -S screen=40 -S prompt='? ' -f {HOME}/Mail/inbox
exec sleep 100000
"""
    write(DATA + "/mail.sh", rc)
    p = launch(["pterm", "-geometry", "104x26", "-fn", "client:DejaVu Sans Mono 11", "-title", "s-nail: ~/Mail/inbox",
                "-e", "bash", DATA + "/mail.sh"], wait=3)
    place((30, 30, 1040, 560))
    img = capture("snail_inbox", crop=(20, 0, 1070, 620))
    kill(p)
    latest = max(msgs, key=lambda m: m["date"])
    new = [m for m in msgs if not m["read"]]
    inv = next(m for m in msgs if m["subj"].startswith("Invoice"))
    cnt = {}
    for m in msgs:
        cnt[m["name"]] = cnt.get(m["name"], 0) + 1
    top = max(cnt, key=cnt.get)
    assert list(cnt.values()).count(cnt[top]) == 1
    items.add(img, "who sent me the most recent email?", latest["name"], "person", cat, "latest sender", True)
    items.add(img, "How many messages are still marked new / unread?", len(new), "count", cat,
              "count unread messages", True)
    items.add(img, "who's the invoice reminder from", inv["name"], "person", cat, "sender of a named mail", True)
    items.add(img, "What's the subject of message 6?", msgs[5]["subj"], "text", cat, "n-th message subject", True)
    items.add(img, "Which person sent the most messages in this inbox?", top, "person", cat, "most frequent sender",
              False)
    items.add(img, "when did the offsite agenda mail arrive? date please",
              next(m for m in msgs if m["subj"].startswith("Offsite"))["date"].strftime("%Y-%m-%d"), "date", cat,
              "date of a named mail", True)


# ---------------------------------------------------------------- scene: dte editing docker-compose in termit
def scene_dte():
    cat = "editor"
    pg = R.choice(["15.4", "16.1", "16.2", "14.10"])
    api_port = R.choice([8080, 8443, 9000, 5050])
    redis_mem = R.choice(["256mb", "512mb", "1gb"])
    workers = R.randint(2, 12)
    text = f"""# docker-compose.yml — harbourview stack
services:
  db:
    image: postgres:{pg}
    restart: unless-stopped
    environment:
      POSTGRES_DB: harbourview
    volumes:
      - pgdata:/var/lib/postgresql/data

  cache:
    image: redis:7.2-alpine
    command: ["redis-server", "--maxmemory", "{redis_mem}"]

  api:
    build: ./api
    ports:
      - "{api_port}:8000"
    environment:
      DATABASE_URL: postgres://hv_app@db/harbourview
      GUNICORN_WORKERS: "{workers}"
    depends_on:
      - db
      - cache

  worker:
    build: ./api
    command: celery -A harbourview worker -l info
    depends_on:
      - cache

  web:
    image: nginx:1.25
    ports:
      - "443:443"

volumes:
  pgdata:
"""
    write(HOME + "/src/harbourview/docker-compose.yml", text)
    svc_block = text.split("\nservices:\n")[1].split("\nvolumes:")[0]
    services = [l.strip()[:-1] for l in svc_block.split("\n") if l.startswith("  ") and not l.startswith("   ") and l.strip().endswith(":")]
    cursor_line = next(i + 1 for i, l in enumerate(text.split("\n")) if "GUNICORN_WORKERS" in l)
    write(HOME + "/.config/termit/rc.lua", 'defaults = {}\ndefaults.font = "DejaVu Sans Mono 10"\n'
          'defaults.backgroundColor = "#fdf6e3"\ndefaults.foregroundColor = "#073642"\nsetOptions(defaults)\n')
    p = launch(["termit", "--title=dte — harbourview", "--execute=dte -c 'set show-line-numbers true' +%d %s/src/harbourview/docker-compose.yml" % (cursor_line, HOME)],
               cwd=HOME + "/src/harbourview", wait=3)
    place((30, 4, 1000, 790))
    img = capture("dte_compose", crop=(20, 0, 1030, 800))
    kill(p)
    items.add(img, "which postgres version is this compose file pinning?", pg, "version", cat,
              "image tag in config", True)
    items.add(img, "What host port is the api exposed on?", api_port, "number", cat, "port mapping", True)
    items.add(img, "how many services are defined in here", len(services), "count", cat, "count config blocks",
              False)
    items.add(img, "What's the redis maxmemory set to?", redis_mem, "text", cat, "config value", True)
    items.add(img, "Which line is the cursor on?", cursor_line, "number", cat, "cursor line from status bar", True)
    items.add(img, "what's the name of the file being edited?", "docker-compose.yml", "text", cat, "open file", True)


# ---------------------------------------------------------------- scene: lf file manager in pterm
def scene_lf():
    cat = "file manager"
    base = HOME + "/Downloads"
    names = ["Kraków_trip_itinerary.pdf", "IMG_20261103_141522.jpg", "IMG_20261103_141907.jpg",
             "payslip_2026-11.pdf", "node-v20.10.0-linux-x64.tar.xz", "Quarterly_Review_Final.docx",
             "thunderbird-115.5.0.tar.bz2", "flight_LH1623_boarding.pdf", "energy_bill_Nov.pdf",
             "setlist_concert.txt", "dataset_sample.parquet", "fonts-inter-4.0.zip"]
    sizes = {}
    for k, nm in enumerate(names):
        sz = R.choice([R.randint(2000, 90000), R.randint(200000, 9000000)])
        write(f"{base}/{nm}", filler(sz, "x y z"), dt.datetime(2026, 11, 1) + dt.timedelta(hours=R.randint(0, 800)))
        sizes[nm] = sz
    for dname in ["receipts", "wallpapers", "old-installers"]:
        os.makedirs(f"{base}/{dname}", exist_ok=True)
        write(f"{base}/{dname}/.keep", "")
    entries = sorted(names + ["receipts", "wallpapers", "old-installers"], key=lambda s: s.lower())
    dirs_first = sorted(["receipts", "wallpapers", "old-installers"], key=str.lower) + sorted(names, key=str.lower)
    sel_idx = 6
    sel = dirs_first[sel_idx]
    rc = f"cd {base}\nexec lf\n"
    os.makedirs(HOME + "/.config/lf", exist_ok=True)
    write(HOME + "/.config/lf/lfrc", "set nopreview\nset ratios 1:3\nset info size\nset dircounts\n")
    keys_down = sel_idx
    write(DATA + "/lf.sh", rc)
    p = launch(["pterm", "-geometry", "110x24", "-fn", "client:DejaVu Sans Mono 11", "-title", "lf — ~/Downloads",
                "-e", "bash", DATA + "/lf.sh"], wait=3)
    place((30, 30, 1100, 520))
    for _ in range(keys_down):
        keys("j", delay=0.2)
    time.sleep(1)
    img = capture("lf_downloads", crop=(20, 0, 1130, 580))
    kill(p)
    pdfs = [n for n in names if n.endswith(".pdf")]
    items.add(img, "which file is highlighted right now?", sel, "text", cat, "selected entry", True)
    items.add(img, "how many entries are in this folder in total?", len(dirs_first), "count", cat,
              "entry count", True)
    items.add(img, "How many PDFs are in my Downloads?", len(pdfs), "count", cat, "count by extension", False)
    items.add(img, "what version of node did I download?", "20.10.0", "version", cat, "version in file name", True)
    items.add(img, "how many subfolders are there", 3, "count", cat, "count directories", False)

# ---------------------------------------------------------------- scene: git-cola on a prepared repo
def scene_gitcola():
    cat = "git"
    repo = HOME + "/src/tidewatch"
    shutil.rmtree(repo, ignore_errors=True)
    os.makedirs(repo)
    g = lambda *a, **kw: subprocess.run(["git", "-C", repo] + list(a), check=True, capture_output=True,
                                        env=dict(ENV, GIT_AUTHOR_DATE=kw.get("d", "2026-11-20T10:00:00"),
                                                 GIT_COMMITTER_DATE=kw.get("d", "2026-11-20T10:00:00")))
    g("init", "-q", "-b", "main")
    g("config", "user.name", "Mateus Oliveira"); g("config", "user.email", "mateus@tidewatch.dev")
    files = {"README.md": "# tidewatch\nTide alerts for small harbours.\n", "tidewatch/__init__.py": "__version__ = '0.7.2'\n",
             "tidewatch/alerts.py": "def alert(level):\n    return level > 4.2\n", "tidewatch/stations.py": "STATIONS = ['Porto', 'Vigo']\n",
             "tests/test_alerts.py": "from tidewatch.alerts import alert\n", "setup.cfg": "[metadata]\nname = tidewatch\n",
             "docs/index.md": "# Docs\n"}
    for k, (f, c) in enumerate(files.items()):
        write(f"{repo}/{f}", c)
        g("add", f); g("commit", "-qm", f"Add {f}", d=f"2026-11-{10+k}T09:{10+k}:00")
    branch = R.choice(["feature/tide-alerts", "fix/station-timezones", "feat/sms-notify"])
    g("checkout", "-q", "-b", branch)
    allf = list(files)
    R.shuffle(allf)
    staged = sorted(allf[:2]); modified = sorted(allf[2:5])
    for f in staged + modified:
        write(f"{repo}/{f}", files[f] + "# changed %d\n" % R.randint(1, 99))
    for f in staged:
        g("add", f)
    untracked = "tidewatch/sms_gateway.py"
    write(f"{repo}/{untracked}", "import requests\n")
    p = launch(["git-cola", "-r", repo], wait=6)
    place((20, 20, 1200, 740))
    img = capture("gitcola_tidewatch", crop=(10, 0, 1220, 770))
    kill(p)
    items.add(img, "what branch am I on?", branch, "text", cat, "current branch", True)
    items.add(img, "How many files are staged for commit?", len(staged), "count", cat, "count staged files", False)
    items.add(img, "which file is untracked?", untracked.split("/")[-1], "text", cat, "untracked file", True)
    items.add(img, "how many modified files haven't been staged yet", len(modified), "count", cat,
              "count unstaged changes", False)
    items.add(img, "is setup.cfg staged? yes or no", "yes" if "setup.cfg" in staged else "no", "yesno", cat,
              "check staged state", False)


# ---------------------------------------------------------------- scene: tkdiff of two ini files
def scene_tkdiff():
    cat = "diff"
    base = HOME + "/deploy"
    keys_ = [("host", "0.0.0.0"), ("port", "8080"), ("workers", "4"), ("timeout_seconds", "30"), ("log_level", "info"),
             ("db_pool_size", "10"), ("cache_ttl", "300"), ("feature_checkout_v2", "false"), ("max_upload_mb", "25"),
             ("smtp_host", "mail.internal"), ("region", "eu-west-1")]
    old = dict(keys_)
    new = dict(keys_)
    new["workers"] = str(R.choice([6, 8, 12]))
    new["timeout_seconds"] = str(R.choice([45, 60, 90]))
    new["feature_checkout_v2"] = "true"
    new["db_pool_size"] = str(R.choice([20, 25, 40]))
    def ini(d, extra=None):
        lines = ["[server]"] + [f"{k} = {v}" for k, v in list(d.items())[:5]] + ["", "[storage]"] + \
                [f"{k} = {v}" for k, v in list(d.items())[5:]]
        if extra:
            lines += extra
        return "\n".join(lines) + "\n"
    added = "sentry_dsn = https://k3f9@sentry.io/4411"
    write(base + "/app.prod.ini", ini(old))
    write(base + "/app.staging.ini", ini(new, [added]))
    p = launch(["tkdiff", base + "/app.prod.ini", base + "/app.staging.ini"], cwd=base, wait=4)
    place((20, 30, 1200, 600))
    img = capture("tkdiff_ini", crop=(10, 0, 1220, 640))
    kill(p)
    items.add(img, "what's the timeout on staging (the right side)?", new["timeout_seconds"], "number", cat,
              "changed value in new file", True)
    items.add(img, "what was workers set to in prod before this change?", old["workers"], "number", cat,
              "old value on left side", True)
    items.add(img, "Which setting was added at the end of the staging file?", "sentry_dsn", "text", cat,
              "added line", True)
    items.add(img, "is feature_checkout_v2 enabled in prod?", "no", "yesno", cat, "value on left side", False)
    items.add(img, "how much bigger is the staging db pool than prod's?", int(new["db_pool_size"]) - int(old["db_pool_size"]),
              "number", cat, "difference between two values", False)


# ---------------------------------------------------------------- scene: gnome-commander two panels
def scene_gcmd():
    cat = "file manager"
    left = HOME + "/Clients/Okafor-Logistics"
    right = HOME + "/Music/Ólafur Arnalds"
    lnames = ["contract_2026_signed.pdf", "rate_card_Q1-2027.xlsx", "NDA_mutual.pdf", "meeting_notes_0412.md",
              "route_map_Lagos-Accra.png", "invoice_OKL-0311.pdf", "invoice_OKL-0312.pdf", "logo_vector.svg",
              "shipment_log.csv"]
    rnames = ["01 - Saman.flac", "02 - Near Light.flac", "03 - Lag fyrir ömmu.flac", "04 - Tomorrow's Song.flac",
              "05 - Only the Winds.flac", "cover.jpg"]
    lsz, rsz = {}, {}
    for n in lnames:
        lsz[n] = R.randint(1200, 2900000)
        write(f"{left}/{n}", filler(lsz[n], "ok ay"), dt.datetime(2026, 10, 1) + dt.timedelta(hours=R.randint(0, 1500)))
    for n in rnames:
        rsz[n] = R.randint(9000000, 40000000) if n.endswith("flac") else R.randint(80000, 400000)
        write(f"{right}/{n}", filler(rsz[n], "la"), dt.datetime(2026, 3, 1) + dt.timedelta(hours=R.randint(0, 500)))
    os.makedirs(left + "/archive", exist_ok=True)
    p = launch(["gnome-commander", "-l", left, "-r", right], wait=5)
    place((10, 10, 1260, 760))
    img = capture("gcmd_panels", crop=(0, 0, 1280, 790))
    kill(p)
    big = max(lnames, key=lsz.get)
    items.add(img, "which folder is open in the right-hand panel?", "Ólafur Arnalds", "text", cat, "panel path", True)
    items.add(img, "how many invoices are in the client folder on the left?",
              sum(n.startswith("invoice") for n in lnames), "count", cat, "count matching files", False)
    items.add(img, "when was invoice_OKL-0311.pdf last modified?",
              dt.datetime.fromtimestamp(os.path.getmtime(left + "/invoice_OKL-0311.pdf")).strftime("%Y-%m-%d %H:%M"),
              "date", cat, "modification time of a file", True)
    items.add(img, "How many files does the status bar say the left panel has?", len(lnames), "count", cat,
              "status bar count", True)
    items.add(img, "what's track 3 called?", "Lag fyrir ömmu", "text", cat, "n-th file name", True)
    items.add(img, "How many flac files are on the right?", sum(n.endswith(".flac") for n in rnames), "count", cat,
              "count by extension", False)


# ---------------------------------------------------------------- scene: pcmanfm-qt detailed view
def scene_pcmanfm_qt():
    cat = "file manager"
    base = HOME + "/Documents/Tax 2026"
    names = ["W-2_Hartmann_Engineering.pdf", "1099-INT_Ally.pdf", "property_tax_receipt.pdf", "charity_donations.xlsx",
             "mileage_log_2026.ods", "dependent_care_FSA.pdf", "HSA_contributions.csv", "estimated_payments.txt",
             "home_office_photos.zip", "brokerage_1099-B.pdf"]
    for n in names:
        write(f"{base}/{n}", filler(R.randint(3000, 900000), "tax doc"),
              dt.datetime(2026, 1, 15) + dt.timedelta(hours=R.randint(0, 2500)))
    os.makedirs(base + "/scans", exist_ok=True)
    cfg = HOME + "/.config/pcmanfm-qt/default/settings.conf"
    write(cfg, "[Behavior]\nQuickExec=false\n[Desktop]\n[System]\n[Window]\nViewMode=detailed\nShowMenuBar=true\n"
               "AlwaysShowTabs=false\nWidth=1100\nHeight=650\n[FolderView]\nMode=detailed\n")
    p = launch(["pcmanfm-qt", base], wait=5)
    place((30, 30, 1120, 660))
    img = capture("pcmanfm_qt_tax", crop=(20, 0, 1160, 700))
    kill(p)
    items.add(img, "how many PDFs are in this tax folder?", sum(n.endswith(".pdf") for n in names), "count", cat,
              "count by extension", False)
    items.add(img, "What's the name of the folder I'm looking at?", "Tax 2026", "text", cat, "current folder", True)
    items.add(img, "which employer is the W-2 from?", "Hartmann Engineering", "text", cat, "name inside a file name", True)
    items.add(img, "is there a subfolder in here? what's it called", "scans", "text", cat, "subfolder name", True)
    sz = os.path.getsize(base + "/property_tax_receipt.pdf")
    items.add(img, "how big is the property tax receipt file?", f"{sz/1024:.1f} KiB", "text", cat, "file size column", True)
    items.add(img, "What does the status bar say the item count is?", len(names) + 1, "count", cat, "status bar count", True)

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


# ---------------------------------------------------------------- scene: lximage-qt showing a receipt
def scene_lximage():
    from PIL import Image, ImageDraw, ImageFont
    cat = "image viewer"
    goods = [("Pão de Mafra", 1.89), ("Queijo da Serra 250g", 8.45), ("Azeite Virgem Extra 750ml", 7.99),
             ("Bacalhau demolhado 1kg", 12.90), ("Vinho Verde Aveleda", 4.79), ("Laranjas do Algarve 2kg", 3.20),
             ("Café moído 250g", 3.65), ("Natas 200ml", 1.09), ("Ovos M x12", 2.95), ("Pastéis de nata x6", 5.40)]
    picked = R.sample(goods, 7)
    qtys = [R.choice([1, 1, 1, 2, 3]) for _ in picked]
    lines = [(n, q, round(p * q, 2)) for (n, p), q in zip(picked, qtys)]
    total = round(sum(l[2] for l in lines), 2)
    when = dt.datetime(2026, 11, 29, R.randint(9, 20), R.randint(0, 59))
    card = R.randint(1000, 9999)
    W, H = 560, 760
    im = Image.new("RGB", (W, H), "#fbfaf6")
    d = ImageDraw.Draw(im)
    f = ImageFont.truetype(FONT, 17); fb = ImageFont.truetype(FONT_B, 24)
    y = 24
    d.text((W // 2, y), "MERCADO AZUL", font=fb, fill="#1b2a4a", anchor="mt"); y += 38
    for t in ["Rua da Prata 118, 1100-420 Lisboa", "NIF 509 771 230"]:
        d.text((W // 2, y), t, font=f, fill="#333", anchor="mt"); y += 24
    y += 10
    d.text((24, y), when.strftime("%d/%m/%Y  %H:%M"), font=f, fill="#333"); d.text((W - 24, y), "Caixa 03", font=f, fill="#333", anchor="ra"); y += 30
    d.line((24, y, W - 24, y), fill="#999"); y += 12
    for n, q, amt in lines:
        d.text((24, y), f"{q} x {n}", font=f, fill="#111"); d.text((W - 24, y), f"{amt:.2f}".replace(".", ","), font=f, fill="#111", anchor="ra"); y += 28
    d.line((24, y, W - 24, y), fill="#999"); y += 14
    d.text((24, y), "TOTAL EUR", font=fb, fill="#111"); d.text((W - 24, y), f"{total:.2f}".replace(".", ","), font=fb, fill="#111", anchor="ra"); y += 44
    d.text((24, y), f"Cartão VISA ****{card}", font=f, fill="#333"); y += 26
    d.text((24, y), f"Artigos: {sum(qtys)}", font=f, fill="#333"); y += 40
    d.text((W // 2, y), "Obrigado pela preferência!", font=f, fill="#1b2a4a", anchor="mt")
    path = HOME + "/Pictures/receipts/talao_mercado_azul_2026-11-29.png"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    im.save(path)
    p = launch(["lximage-qt", path], wait=4)
    place((60, 25, 1100, 770))
    img = capture("lximage_receipt", crop=(50, 0, 1120, 800))
    kill(p)
    dear = max(lines, key=lambda l: l[2])
    items.add(img, "what's the total on this receipt?", f"{total:.2f}".replace(".", ",") + " EUR", "money", cat,
              "receipt total", True)
    items.add(img, "which shop is this receipt from", "Mercado Azul", "text", cat, "store name", True)
    items.add(img, "What were the last four digits of the card used?", card, "number", cat, "card digits", True)
    items.add(img, "what time was this purchase?", when.strftime("%H:%M"), "time", cat, "time on receipt", True)
    items.add(img, "Which line item cost the most?", f"{dear[0]}", "text", cat, "max line amount", True)
    items.add(img, "what's the file name of the image open in the viewer?", os.path.basename(path), "text", cat,
              "open file name", True)


# ---------------------------------------------------------------- scene: mirage showing a chart
def scene_mirage():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    cat = "image viewer"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    vals = [R.randint(800, 4200) for _ in months]
    fig, ax = plt.subplots(figsize=(9, 5.4), dpi=100)
    ax.bar(months, vals, color="#2a9d8f")
    ax.set_title("Kirana app — new signups per month, 2026", fontsize=15)
    ax.set_ylabel("signups", fontsize=12)
    ax.tick_params(labelsize=12)
    ax.grid(axis="y", alpha=0.3)
    ax.set_ylim(0, 4500)
    fig.tight_layout()
    path = HOME + "/Pictures/charts/signups_2026.png"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    fig.savefig(path)
    plt.close(fig)
    p = launch(["mirage", path], wait=4)
    place((60, 20, 1100, 760))
    img = capture("mirage_chart", crop=(50, 0, 1120, 790))
    kill(p)
    hi = months[vals.index(max(vals))]
    lo = months[vals.index(min(vals))]
    items.add(img, "which month had the most signups?", hi, "text", cat, "max bar", True)
    items.add(img, "roughly how many signups were there in March?", vals[2], "approx", cat, "value read off bar", False)
    items.add(img, "What's the weakest month on this chart?", lo, "text", cat, "min bar", True)
    items.add(img, "roughly how big is the gap between September and October signups?", abs(vals[9] - vals[8]),
              "approx", cat, "difference between two bars", False)


# ---------------------------------------------------------------- scene: xournalpp with a PDF invoice
def scene_xournal():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    cat = "pdf"
    inv = f"BV-2026-{R.randint(1000, 9999)}"
    issued = dt.date(2026, 11, R.randint(3, 20))
    due = issued + dt.timedelta(days=30)
    lines = [("UX audit — checkout flow", R.randint(8, 24), 95.0), ("Design system tokens", R.randint(4, 16), 95.0),
             ("Usability test sessions", R.randint(3, 8), 140.0), ("Travel (Gdańsk ↔ Warszawa)", 1, 212.5)]
    sub = sum(q * r for _, q, r in lines)
    vat = round(sub * 0.23, 2)
    total = round(sub + vat, 2)
    path = HOME + f"/Documents/Invoices/{inv}.pdf"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with PdfPages(path) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        t = lambda x, y, s, **k: fig.text(x, y, s, **k)
        t(0.08, 0.93, "Bursztyn Studio sp. z o.o.", fontsize=20, weight="bold", color="#7a3e00")
        t(0.08, 0.905, "ul. Długa 44, 80-831 Gdańsk · NIP 583-31-77-420", fontsize=11)
        t(0.92, 0.93, "INVOICE", fontsize=22, ha="right", weight="bold")
        t(0.92, 0.905, f"No. {inv}", fontsize=12, ha="right")
        t(0.08, 0.85, "Bill to:", fontsize=12, weight="bold")
        t(0.08, 0.83, "Halvorsen Retail AS", fontsize=12)
        t(0.08, 0.812, "Karl Johans gate 12, 0154 Oslo, Norway", fontsize=11)
        t(0.60, 0.85, f"Issue date:  {issued.strftime('%d %B %Y')}", fontsize=12)
        t(0.60, 0.83, f"Due date:    {due.strftime('%d %B %Y')}", fontsize=12)
        y = 0.76
        t(0.08, y, "Description", fontsize=12, weight="bold"); t(0.62, y, "Qty", fontsize=12, weight="bold")
        t(0.72, y, "Rate", fontsize=12, weight="bold"); t(0.92, y, "Amount", fontsize=12, weight="bold", ha="right")
        for d_, q, r in lines:
            y -= 0.03
            t(0.08, y, d_, fontsize=12); t(0.62, y, str(q), fontsize=12); t(0.72, y, f"€{r:.2f}", fontsize=12)
            t(0.92, y, f"€{q*r:,.2f}", fontsize=12, ha="right")
        y -= 0.05
        t(0.62, y, "Subtotal", fontsize=12); t(0.92, y, f"€{sub:,.2f}", fontsize=12, ha="right"); y -= 0.025
        t(0.62, y, "VAT 23%", fontsize=12); t(0.92, y, f"€{vat:,.2f}", fontsize=12, ha="right"); y -= 0.03
        t(0.62, y, "Total due", fontsize=14, weight="bold"); t(0.92, y, f"€{total:,.2f}", fontsize=14, weight="bold", ha="right")
        t(0.08, 0.08, "IBAN PL61 1090 1014 0000 0712 1981 2874 · Thank you for your business!", fontsize=10)
        pdf.savefig(fig); plt.close(fig)
    p = launch(["xournalpp", path], wait=6)
    place((20, 10, 1240, 780))
    img = capture("xournalpp_invoice", crop=(10, 0, 1260, 800))
    kill(p)
    items.add(img, "what's the invoice number?", inv, "code", cat, "document number", True)
    items.add(img, "how much is due in total?", f"€{total:,.2f}", "money", cat, "total amount", True)
    items.add(img, "When is this invoice due?", due.strftime("%d %B %Y"), "date", cat, "due date", True)
    items.add(img, "who's being billed here", "Halvorsen Retail AS", "text", cat, "bill-to party", True)
    items.add(img, "how many hours of usability test sessions were billed?", lines[2][1], "number", cat,
              "quantity of a line item", True)

# ---------------------------------------------------------------- scene: bluefish editing an HTML page
def scene_bluefish():
    cat = "editor"
    brand = R.choice(["#c0392b", "#1f6f8b", "#6a4c93", "#2d6a4f"])
    phone = f"+49 30 {R.randint(200, 999)} {R.randint(1000, 9999)}"
    nav = ["Start", "Speisekarte", "Frühstück", "Events", "Reservieren", "Kontakt"][:R.randint(4, 6)]
    opens = R.choice(["07:30", "08:00", "09:00"])
    html = f"""<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <title>Café Sternwarte — Kaffee &amp; Kuchen in Berlin-Mitte</title>
  <style>
    :root {{
      --brand: {brand};
      --paper: #fffaf2;
    }}
    body {{ font-family: "Source Serif 4", Georgia, serif; background: var(--paper); }}
    nav a {{ color: var(--brand); margin-right: 1.2rem; }}
  </style>
</head>
<body>
  <nav>
""" + "".join(f'    <a href="#{n.lower()}">{n}</a>\n' for n in nav) + f"""  </nav>
  <main>
    <h1>Willkommen im Café Sternwarte</h1>
    <p>Täglich geöffnet ab {opens} Uhr, Sonntag bis 18:00.</p>
  </main>
  <footer>
    <p>Tel. <a href="tel:{phone.replace(' ', '')}">{phone}</a> · Linienstraße 57, 10119 Berlin</p>
  </footer>
</body>
</html>
"""
    path = HOME + "/www/sternwarte/index.html"
    write(path, html)
    write(HOME + "/.bluefish/rcfile_v2", "")
    p = launch(["bluefish", path], wait=6)
    keys("Escape")
    place((20, 10, 1240, 780))
    img = capture("bluefish_html", crop=(10, 0, 1260, 800))
    kill(p)
    items.add(img, "what's the brand colour in the css?", brand, "code", cat, "css variable value", True)
    items.add(img, "What does the h1 heading say?", "Willkommen im Café Sternwarte", "text", cat, "heading text", True)
    items.add(img, "how many links are in the nav?", len(nav), "count", cat, "count elements", False)
    items.add(img, "which phone number is in the footer", phone, "phone", cat, "phone number in code", True)
    items.add(img, "what time does the café open according to the page?", opens, "time", cat, "time in text", True)


# ---------------------------------------------------------------- scene: qps filtered to one service
def scene_qps():
    cat = "task manager"
    script = "#!/usr/bin/python3\nimport sys, time\nmb = int(sys.argv[-1])\nblob = b'\\x01' * (mb * 1024 * 1024)\ntime.sleep(900)\n"
    os.makedirs("/opt/ledgerd/bin", exist_ok=True)
    names = ["ledgerd-api", "ledgerd-indexer", "ledgerd-scheduler", "ledgerd-export"]
    mem = R.sample([24, 48, 96, 160], 4)
    procs = {}
    for n, m in zip(names, mem):
        write(f"/opt/ledgerd/bin/{n}", script)
        os.chmod(f"/opt/ledgerd/bin/{n}", 0o755)
        procs[n] = subprocess.Popen([f"/opt/ledgerd/bin/{n}", "--mem-mb", str(m)], start_new_session=True)
    time.sleep(2)
    p = launch(["qps"], wait=4)
    place((40, 30, 1150, 600))
    typ("ledgerd")
    time.sleep(3)
    img = capture("qps_ledgerd", crop=(30, 0, 1170, 640))
    kill(p)
    for q in procs.values():
        q.kill()
    top = names[mem.index(max(mem))]
    small = names[mem.index(min(mem))]
    items.add(img, "which ledgerd process is using the most memory?", top, "text", cat, "max memory process", True)
    items.add(img, "What's the PID of ledgerd-scheduler?", procs["ledgerd-scheduler"].pid, "number", cat,
              "pid of a named process", True)
    items.add(img, "how many ledgerd processes are running?", len(names), "count", cat, "count filtered processes",
              True)
    items.add(img, "which one of them has the smallest memory footprint", small, "text", cat,
              "min memory process", True)

# ---------------------------------------------------------------- scene: notepadqq editing package.json
def scene_notepadqq():
    cat = "editor"
    ver = f"{R.randint(1, 4)}.{R.randint(0, 19)}.{R.randint(0, 9)}"
    deps = {"react": f"^18.{R.randint(0, 3)}.{R.randint(0, 9)}", "react-dom": "^18.3.1", "zustand": "^4.5.2",
            "date-fns": f"^3.{R.randint(0, 6)}.0", "recharts": "^2.12.7", "axios": f"^1.{R.randint(4, 7)}.{R.randint(0, 9)}"}
    dev = {"vite": f"^5.{R.randint(0, 4)}.{R.randint(0, 12)}", "typescript": "^5.4.5", "eslint": "^8.57.0", "vitest": "^1.6.0"}
    port = R.choice([3000, 4173, 5173, 8081])
    pkg = {"name": "fjord-dashboard", "version": ver, "private": True, "author": "Ingrid Solberg <ingrid@fjordlabs.no>",
           "scripts": {"dev": f"vite --port {port}", "build": "tsc && vite build", "test": "vitest run",
                       "lint": "eslint src --ext .ts,.tsx"},
           "dependencies": deps, "devDependencies": dev, "engines": {"node": ">=20.10"}}
    path = HOME + "/src/fjord-dashboard/package.json"
    write(path, json.dumps(pkg, indent=2) + "\n")
    p = launch(["notepadqq", "--allow-root", path], wait=9)
    place((20, 25, 1240, 770))
    time.sleep(2)
    img = capture("notepadqq_package", crop=(10, 0, 1260, 800))
    kill(p)
    items.add(img, "what version is fjord-dashboard at?", ver, "version", cat, "package version", True)
    items.add(img, "Which react version does it depend on?", deps["react"].lstrip("^"), "version", cat, "dependency version", True)
    items.add(img, "how many runtime dependencies are listed (not dev)?", len(deps), "count", cat,
              "count dependencies", False)
    items.add(img, "what port does the dev server run on", port, "number", cat, "value inside a script", True)
    items.add(img, "who's the author?", "Ingrid Solberg", "person", cat, "author field", True)
    n_lines = (json.dumps(pkg, indent=2) + "\n").count("\n") + 1  # editor counts the empty last line
    items.add(img, "how many lines long is this file, per the status bar?", n_lines, "number", cat, "status bar line count", True)


SCENES = [scene_pterm_ls, scene_termit_traceback, scene_qt_table, scene_qt_settings, scene_gtk_jobs, scene_snail, scene_dte, scene_lf, scene_gitcola, scene_tkdiff, scene_gcmd, scene_pcmanfm_qt, scene_lximage, scene_mirage, scene_xournal, scene_bluefish, scene_qps, scene_notepadqq]


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
