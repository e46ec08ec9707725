#!/usr/bin/env python3
"""Builder for screens_test5: screenshots of real Debian applications under Xvfb.

Usage (needs Xvfb + openbox running on $DISPLAY, default :57):
    /work/main/.venv/bin/python build.py [scene ...]
Every gold answer is computed here from the generated data.
"""
import json, os, random, shutil, signal, subprocess, sys, time, datetime, zipfile
from pathlib import Path

SEED = 5150
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
TMP = Path("/tmp/st5_build")
DISPLAY = os.environ.get("ST5_DISPLAY", ":57")
SYSPY = "/usr/bin/python3"

FIRST = ["Aiko", "Mateus", "Priya", "Olusegun", "Ingrid", "Tomasz", "Leilani", "Farid", "Chiara", "Dmitri",
         "Nomvula", "Santiago", "Mei", "Kwame", "Astrid", "Rashid", "Yuki", "Ana", "Bjorn", "Zainab",
         "Hiroshi", "Camila", "Emeka", "Sofia", "Arjun", "Noor", "Pavel", "Lucia", "Tariq", "Freya"]
LAST = ["Tanaka", "Oliveira", "Raman", "Adeyemi", "Lindqvist", "Kowalski", "Kahale", "Haddad", "Bianchi",
        "Volkov", "Dlamini", "Ruiz", "Chen", "Mensah", "Nilsen", "Qureshi", "Sato", "Costa", "Eriksen",
        "Bello", "Nakamura", "Herrera", "Okafor", "Greco", "Iyer", "Saleh", "Novak", "Ferreira", "Aziz", "Holm"]


def env():
    e = dict(os.environ)
    e["DISPLAY"] = DISPLAY
    e["HOME"] = str(TMP / "home")
    e["XDG_CONFIG_HOME"] = str(TMP / "home/.config")
    e["LANG"] = "C.UTF-8"
    e["LC_ALL"] = "C.UTF-8"
    e["NO_AT_BRIDGE"] = "1"
    e.pop("PYTHONPATH", None)
    return e


def sh(*a, **k):
    return subprocess.run(list(a), check=True, capture_output=True, text=True, env=k.pop("env", env()), **k).stdout


def xdo(*a):
    return subprocess.run(["xdotool", *a], capture_output=True, text=True, env=env()).stdout.strip()


def wait_window(pattern, timeout=60):
    t0 = time.time()
    while time.time() - t0 < timeout:
        out = xdo("search", "--onlyvisible", "--name", pattern)
        if out:
            return out.split()[-1]
        time.sleep(0.5)
    raise RuntimeError(f"window {pattern!r} did not appear")


def capture(name):
    IMG.mkdir(exist_ok=True)
    out = IMG / f"{name}.png"
    subprocess.run(["import", "-window", "root", str(out)], check=True, env=env())
    from PIL import Image
    if out.stat().st_size > 150_000:
        im = Image.open(out).convert("RGB")
        im.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    if out.stat().st_size > 150_000:
        im = Image.open(out).convert("RGB")
        im.quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    return f"images/{name}.png"


class App:
    def __init__(self, cmd, title, geom=(40, 30, 1180, 820), cwd=None, settle=2.5):
        self.p = subprocess.Popen(cmd, env=env(), cwd=cwd, start_new_session=True,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.wid = wait_window(title)
        time.sleep(0.8)
        if geom:
            x, y, w, h = geom
            xdo("windowsize", self.wid, str(w), str(h))
            xdo("windowmove", self.wid, str(x), str(y))
        xdo("windowactivate", "--sync", self.wid)
        time.sleep(settle)

    def keys(self, *ks, delay=0.25):
        for k in ks:
            xdo("key", "--clearmodifiers", k)
            time.sleep(delay)

    def type(self, text):
        xdo("type", "--delay", "40", text)
        time.sleep(0.4)

    def close(self):
        try:
            os.killpg(self.p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            self.p.wait(5)
        except subprocess.TimeoutExpired:
            os.killpg(self.p.pid, signal.SIGKILL)
        time.sleep(0.8)


def terminator(script, title, geom=(40, 30, 1100, 760)):
    """Run a bash script inside a terminator window; window title fixed."""
    return App(["terminator", "-u", "--no-dbus", "-T", title, "-x", "bash", str(script)], title, geom)


def Q(question, answer, atype, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=atype, intent=intent, literal=literal)


def pick_names(rng, n):
    f = rng.sample(FIRST, n)
    l = rng.sample(LAST, n)
    return [f"{a} {b}" for a, b in zip(f, l)]


def set_mtime(path, dt):
    ts = dt.replace(tzinfo=datetime.timezone.utc).timestamp()
    os.utime(path, (ts, ts))


# ---------------------------------------------------------------- scenes

def scene_gitlog(rng, d):
    repo = d / "tidepool-api"
    repo.mkdir()
    authors = pick_names(rng, 4)
    msgs = rng.sample([
        "Add rate limiter to upload endpoint", "Fix off-by-one in pagination cursor", "Bump schema version to 14",
        "Refactor token refresh flow", "Drop legacy XML exporter", "Cache tide tables per station",
        "Handle empty station list gracefully", "Document the /forecast query params", "Speed up CSV import",
        "Retry S3 writes on timeout", "Rename harbour_id to port_id", "Add healthcheck for worker queue"], 9)
    who = [rng.choice(authors) for _ in msgs]
    while len(set(who)) < 3 or sorted(who.count(a) for a in set(who))[-1] == sorted(who.count(a) for a in set(who))[-2]:
        who = [rng.choice(authors) for _ in msgs]
    day = datetime.datetime(2026, 2, rng.randint(2, 10), 9, 0)
    sh("git", "init", "-q", "-b", "main", str(repo))
    dates = []
    for i, (m, a) in enumerate(zip(msgs, who)):
        day += datetime.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 300))
        dates.append(day)
        (repo / "CHANGES.txt").open("a").write(m + "\n")
        e = env()
        email = a.lower().replace(" ", ".") + "@tidepool.example"
        stamp = day.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e.update(GIT_AUTHOR_NAME=a, GIT_AUTHOR_EMAIL=email, GIT_COMMITTER_NAME=a, GIT_COMMITTER_EMAIL=email,
                 GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        sh("git", "-C", str(repo), "add", ".", env=e)
        sh("git", "-C", str(repo), "commit", "-q", "-m", m, env=e)
    hashes = sh("git", "-C", str(repo), "log", "--format=%h", "--abbrev=7").split()[::-1]  # oldest first
    script = d / "run.sh"
    script.write_text(f"""cd {repo}
clear
printf '\\033[1;32mdev@build\\033[0m:\\033[1;34m~/tidepool-api\\033[0m$ git log --date=short --format="%%h %%ad %%an: %%s"\\n'
git --no-pager log --abbrev=7 --date=short --format="%h %ad %an: %s"
printf '\\033[1;32mdev@build\\033[0m:\\033[1;34m~/tidepool-api\\033[0m$ '
sleep 600
""")
    app = terminator(script, "tidepool-api shell")
    img = capture("s01_gitlog")
    app.close()
    i1 = rng.randrange(9)
    counts = {a: who.count(a) for a in sorted(set(who))}
    top = max(counts, key=counts.get)
    other = rng.choice([a for a in counts if a != top])
    i2 = rng.choice([i for i in range(9) if i != i1])
    return img, [
        Q(f"who made the commit \"{msgs[i1]}\"?", who[i1], "person", "lookup", True),
        Q("What's the date of the most recent commit in this log?", dates[-1].strftime("%Y-%m-%d"), "date", "extreme", True),
        Q(f"how many commits are by {other}", counts[other], "count", "count", False),
        Q(f"Can you tell me the short hash of the commit where they '{msgs[i2].lower()}'?", hashes[i2], "code", "lookup", True),
        Q("what was the very first commit message (the oldest one shown)?", msgs[0], "text", "nth", True),
    ]


def scene_ranger(rng, d):
    root = d / "survey_2026"
    root.mkdir()
    dirs = rng.sample(["raw", "exports", "figures", "archive", "drafts"], 3)
    for x in dirs:
        (root / x).mkdir()
    stems = rng.sample(["coastal_transect", "site_notes", "species_counts", "weather_daily", "boat_log",
                        "gps_tracks", "sample_index", "lab_results", "crew_roster", "permit_scan"], 9)
    exts = [rng.choice([".csv", ".log", ".txt", ".json"]) for _ in stems]
    while exts.count(".log") < 2:
        exts[rng.randrange(9)] = ".log"
    sizes = rng.sample(range(3, 60), 9)
    sizes = [s * 1000 + rng.randint(0, 900) for s in sizes]
    names = [s + e for s, e in zip(stems, exts)]
    base = datetime.datetime(2026, 3, 1, 8, 0)
    mdates = []
    for n, s in zip(names, sizes):
        lines = []
        while sum(len(x) + 1 for x in lines) < s:
            lines.append(f"{rng.randint(1000, 9999)},{rng.choice(['N', 'S', 'E', 'W'])},{rng.random():.5f}")
        p = root / n
        p.write_text("\n".join(lines)[:s])
        dt = base + datetime.timedelta(days=rng.randint(0, 25), hours=rng.randint(0, 9), minutes=rng.randint(0, 59))
        set_mtime(p, dt)
        mdates.append(dt)
    # ranger sorts dirs first then files by natural name order
    files_sorted = sorted(names)
    k = rng.randrange(2, 8)
    sel = files_sorted[k]
    script = d / "run.sh"
    script.write_text(f"cd {root}\nexport TZ=UTC\nexec ranger\n")
    app = terminator(script, "ranger survey")
    app.keys(*(["j"] * (len(dirs) + k)))
    time.sleep(1.5)
    img = capture("s02_ranger")
    app.close()
    big = names[sizes.index(max(sizes))]
    sel_dt = mdates[names.index(sel)]
    return img, [
        Q("which file is highlighted in ranger right now?", sel, "code", "selected", True),
        Q("How many subfolders does this directory contain?", len(dirs), "count", "count", False),
        Q("whats the biggest file in the listing", big, "code", "extreme", True),
        Q("how many .log files r there", exts.count(".log"), "count", "count", False),
        Q("According to the status line, on what date was the selected file last modified?", sel_dt.strftime("%Y-%m-%d"), "date", "lookup", True),
    ]


def scene_micro(rng, d):
    fn_pool = rng.sample(["load_ledger", "parse_row", "reconcile", "push_batch", "build_index", "flag_duplicates",
                          "export_summary", "fetch_rates"], 5)
    maxr = rng.randint(3, 9)
    tmo = rng.choice([15, 20, 25, 45, 90])
    lines = ["#!/usr/bin/env python3", '"""Nightly ledger sync for the Harbourline co-op."""', "import csv", "import json",
             "import time", f"MAX_RETRIES = {maxr}", f"TIMEOUT_S = {tmo}", 'LEDGER = "ledger.csv"', ""]
    fn_line = {}
    for f in fn_pool:
        lines.append("")
        fn_line[f] = len(lines) + 1
        arg = rng.choice(["path", "rows", "batch", "rec"])
        lines.append(f"def {f}({arg}):")
        body = rng.choice([[f"    out = []", f"    for item in {arg}:", "        out.append(item)", "    return out"],
                           [f"    with open({arg}) as fh:", "        return list(csv.reader(fh))"],
                           [f"    time.sleep(0.1)", f"    return json.dumps({arg})"]])
        lines.extend(body)
    main_fn = fn_pool[-1]
    lines += ["", "", 'if __name__ == "__main__":', f"    {main_fn}(LEDGER)", ""]
    p = d / "ledger_sync.py"
    p.write_text("\n".join(lines))
    cfg = d / "home/.config/micro"
    cfg.mkdir(parents=True, exist_ok=True)
    (cfg / "settings.json").write_text(json.dumps({"colorscheme": "default", "ruler": True}))
    script = d / "run.sh"
    script.write_text(f"cd {d}\nexec micro ledger_sync.py\n")
    app = terminator(script, "micro ledger", geom=(40, 5, 1100, 890))
    img = capture("s03_micro")
    app.close()
    f1 = rng.choice(fn_pool[:-1])
    return img, [
        Q(f"what line is `def {f1}` on?", fn_line[f1], "number", "lookup", True),
        Q("How many functions are defined in this file?", len(fn_pool), "count", "count", False),
        Q("value of MAX_RETRIES?", maxr, "number", "lookup", True),
        Q("Which file is open in the editor?", "ledger_sync.py", "code", "title", True),
        Q("which function gets called in the __main__ block at the bottom", main_fn, "code", "lookup", True),
    ]


def scene_l3afpad(rng, d):
    port = rng.choice([8081, 8443, 9090, 7070, 5005])
    level = rng.choice(["debug", "info", "warning"])
    cache_on = rng.choice([True, False])
    upstream = rng.choice(["deb.mirror-north.example", "pkgs.fjord-net.example", "apt.lagoa.example"])
    ttl = rng.randint(2, 48)
    secs = {
        "server": [("bind", "0.0.0.0"), ("port", port), ("workers", rng.randint(2, 16))],
        "upstream": [("host", upstream), ("timeout", rng.choice([10, 30, 60])), ("verify_tls", "true")],
        "cache": [("enabled", str(cache_on).lower()), ("path", "/srv/mirror/cache"), ("ttl_hours", ttl)],
        "logging": [("level", level), ("file", "/var/log/mirror-agent.log"), ("rotate", rng.choice(["daily", "weekly"]))],
    }
    order = list(secs)
    rng.shuffle(order)
    txt = ["# mirror-agent configuration", "# edited by ops, do not commit secrets", ""]
    for s in order:
        txt.append(f"[{s}]")
        for k, v in secs[s]:
            txt.append(f"{k} = {v}")
        txt.append("")
    p = d / "mirror-agent.ini"
    p.write_text("\n".join(txt))
    app = App(["l3afpad", str(p)], "mirror-agent", geom=(60, 40, 900, 760))
    img = capture("s04_l3afpad")
    app.close()
    return img, [
        Q("what port is the server set to listen on?", port, "number", "lookup", True),
        Q("How many sections does this ini file have?", len(secs), "count", "count", False),
        Q("log level?", level, "text", "lookup", True),
        Q("is the cache enabled in this config?", "yes" if cache_on else "no", "yesno", "state", False),
        Q("Which upstream host does the agent pull from?", upstream, "code", "lookup", True),
    ]


def scene_qpdfview(rng, d):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    client = rng.choice(["Nordlicht Bakery GmbH", "Casa Verde Imports", "Kilimanjaro Coffee Traders", "Sakura Print Works"])
    inv = f"INV-{rng.randint(2026000, 2026999)}"
    items = rng.sample(["Logo redesign", "Brand guidelines", "Packaging mockups", "Website banner set",
                        "Menu layout", "Social media kit", "Signage artwork"], 4)
    amounts = rng.sample(range(180, 2400, 10), 4)
    total = sum(amounts)
    due = datetime.date(2026, 4, 1) + datetime.timedelta(days=rng.randint(0, 40))
    npages = rng.randint(3, 5)
    pdf = d / f"{inv}.pdf"
    with PdfPages(pdf) as pp:
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.95, "Studio Marigold", fontsize=26, weight="bold")
        fig.text(0.08, 0.925, "Invoice " + inv, fontsize=16)
        fig.text(0.08, 0.90, f"Billed to: {client}", fontsize=13)
        fig.text(0.08, 0.88, f"Due date: {due.isoformat()}", fontsize=13)
        y = 0.84
        fig.text(0.08, y, "Item", fontsize=13, weight="bold"); fig.text(0.70, y, "Amount", fontsize=13, weight="bold")
        for it, am in zip(items, amounts):
            y -= 0.025
            fig.text(0.08, y, it, fontsize=13); fig.text(0.70, y, f"€{am:,}.00", fontsize=13)
        y -= 0.035
        fig.text(0.08, y, "Total due", fontsize=14, weight="bold"); fig.text(0.70, y, f"€{total:,}.00", fontsize=14, weight="bold")
        pp.savefig(fig); plt.close(fig)
        for pg in range(2, npages + 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.text(0.08, 0.95, f"Terms and conditions ({pg - 1})", fontsize=16)
            pp.savefig(fig); plt.close(fig)
    app = App(["qpdfview", str(pdf)], "INV-.* - qpdfview", geom=(30, 20, 1220, 860), settle=3)
    img = capture("s05_qpdfview")
    app.close()
    top = items[amounts.index(max(amounts))]
    return img, [
        Q("how many pages does this pdf have", npages, "count", "count", True),
        Q("What is the invoice number?", inv, "code", "lookup", True),
        Q("total due on the invoice?", f"€{total:,}.00", "money", "lookup", True),
        Q("Which line item is the most expensive one?", top, "text", "extreme", True),
        Q("who is the invoice billed to", client, "text", "lookup", True),
    ]


def scene_gpicview(rng, d):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    vals = rng.sample(range(120, 900, 20), 6)
    fig, ax = plt.subplots(figsize=(8, 5), dpi=90)
    ax.bar(months, vals, color="#3b7dd8")
    ax.set_ylim(0, 1000)
    ax.set_yticks(range(0, 1001, 200))
    ax.grid(axis="y", alpha=0.4)
    ax.set_title("New member sign-ups, H1 2026")
    p = d / "signups_h1.png"
    fig.savefig(p); plt.close(fig)
    app = App(["gpicview", str(p)], "signups_h1", geom=(80, 60, 1000, 700), settle=2)
    img = capture("s06_gpicview")
    app.close()
    m1 = rng.choice(months)
    a, b = rng.sample(months, 2)
    low = months[vals.index(min(vals))]
    return img, [
        Q("what's the file name of the picture being shown?", "signups_h1.png", "code", "title", True),
        Q("Which month had the most sign-ups?", months[vals.index(max(vals))], "text", "extreme", True),
        Q(f"roughly how many signups in {m1}?", vals[months.index(m1)], "approx", "chart_value", False),
        Q(f"were there more sign-ups in {a} than in {b}?", "yes" if vals[months.index(a)] > vals[months.index(b)] else "no", "yesno", "compare", False),
        Q("which month was the lowest", low, "text", "extreme", True),
    ]


def scene_engrampa(rng, d):
    stems = rng.sample(["floorplan_v3", "contract_signed", "site_photo_01", "site_photo_02", "budget_2026",
                        "meeting_minutes", "supplier_list", "permit_application", "render_lobby", "materials"], 8)
    exts = [rng.choice([".pdf", ".jpg", ".xlsx", ".txt"]) for _ in stems]
    while exts.count(".pdf") < 2:
        exts[rng.randrange(8)] = ".pdf"
    sizes = [s * 1000 + rng.randint(0, 900) for s in rng.sample(range(2, 400), 8)]
    names = [s + e for s, e in zip(stems, exts)]
    zpath = d / "casa_lumen_handover.zip"
    mdates = []
    days = rng.sample(range(5, 29), len(names))  # distinct days: the Date column is cut after the month
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_STORED) as z:
        for n, s, dd in zip(names, sizes, days):
            dt = datetime.datetime(2026, 1, dd, rng.randint(8, 18), rng.randint(0, 59))
            mdates.append(dt)
            zi = zipfile.ZipInfo(n, date_time=dt.timetuple()[:6])
            z.writestr(zi, bytes(rng.getrandbits(8) for _ in range(s)))
    app = App(["engrampa", str(zpath)], "casa_lumen", geom=(40, 30, 1150, 700), settle=3)
    img = capture("s07_engrampa")
    app.close()
    big = names[sizes.index(max(sizes))]
    newest = names[mdates.index(max(mdates))]
    return img, [
        Q("how many files are in this archive?", len(names), "count", "count", True),
        Q("Which file in the zip is the largest?", big, "code", "extreme", True),
        Q("how many PDFs are in there", exts.count(".pdf"), "count", "count", False),
        Q("what's the name of the archive that's open?", zpath.name, "code", "title", True),
        Q("which file was modified most recently?", newest, "code", "extreme", True),
    ], dict(mdates=[m.isoformat() for m in mdates], names=names)


def scene_calc(rng, d):
    a, b, c = rng.randint(120, 980), rng.randint(12, 99), rng.randint(100, 999)
    e1 = f"{a}×{b}+{c}"
    r1 = a * b + c
    x, y = rng.randint(2000, 9000), rng.randint(3, 9)
    r2 = x - y * y
    app = App(["gnome-calculator"], "Calculator", geom=(300, 80, 480, 620), settle=3)
    app.type(f"{a}*{b}+{c}"); app.keys("Return", delay=0.8)
    app.type(f"{x}-{y}^2"); app.keys("Return", delay=1.2)
    img = capture("s08_calc")
    app.close()
    return img, [
        Q("what's the result of the last calculation?", str(r2), "number", "lookup", True),
        Q(f"what did {a}×{b}+{c} come out to in the history?", str(r1), "number", "lookup", True),
        Q("How many calculations are shown in the history?", 2, "count", "count", False),
        Q("add the two results together, what do you get", str(r1 + r2), "number", "sum", False),
        Q("which mode is the calculator in?", "Basic", "text", "state", True),
    ]


def scene_caja(rng, d):
    root = d / "Quarterly Reports"
    root.mkdir()
    stems = rng.sample(["Q1 summary", "Q2 summary", "Q3 forecast", "board deck", "headcount plan", "travel audit",
                        "vendor review", "cash flow", "risk register", "OKR tracker"], 7)
    exts = [rng.choice([".pdf", ".odt", ".csv", ".png"]) for _ in stems]
    sizes = [s * 1000 + rng.randint(0, 900) for s in rng.sample(range(5, 900), 7)]
    ndir = rng.randint(1, 3)
    dnames = rng.sample(["Drafts", "Old", "Scans", "Shared"], ndir)
    for x in dnames:
        (root / x).mkdir()
    names = [s + e for s, e in zip(stems, exts)]
    for n, s in zip(names, sizes):
        (root / n).write_bytes(b"x" * s)
    app = App(["caja", "--no-desktop", "--browser", str(root)], "Quarterly Reports", geom=(30, 20, 1200, 820), settle=3)
    app.keys("ctrl+2", delay=2)
    img = capture("s09_caja")
    app.close()
    big = names[sizes.index(max(sizes))]
    small = names[sizes.index(min(sizes))]
    return img, [
        Q("how many items are in this folder (files and folders)?", len(names) + ndir, "count", "count", True),
        Q("Which file is the biggest one here?", big, "code", "extreme", True),
        Q("smallest file?", small, "code", "extreme", True),
        Q("How many subfolders are there", ndir, "count", "count", False),
        Q("what folder is open in the file manager", root.name, "code", "title", True),
    ]


def scene_tk_settings(rng, d):
    opts = rng.sample(["Include hidden files", "Follow symbolic links", "Verify after backup", "Encrypt archive",
                       "Run on battery power", "Notify when finished", "Skip files larger than 4 GB"], 6)
    checked = [rng.random() < 0.5 for _ in opts]
    while sum(checked) in (0, 6):
        checked = [rng.random() < 0.5 for _ in opts]
    comps = ["None", "Fast (lz4)", "Balanced (zstd)", "Maximum (xz)"]
    comp = rng.choice(comps)
    keep = rng.randint(3, 30)
    dest = rng.choice(["/mnt/nas/backups/atelier", "/media/usb-orca/weekly", "/srv/vault/laptop-07"])
    sched = rng.choice(["Daily", "Weekly", "Monthly"])
    data = dict(opts=opts, checked=checked, comps=comps, comp=comp, keep=keep, dest=dest, sched=sched)
    (d / "data.json").write_text(json.dumps(data))
    (d / "app.py").write_text(r'''
import json, sys, tkinter as tk
from tkinter import ttk
D = json.load(open(sys.argv[1]))
r = tk.Tk(); r.title("Backup Preferences")
f = ttk.Frame(r, padding=14); f.pack(fill="both", expand=True)
ttk.Label(f, text="Destination:").grid(row=0, column=0, sticky="w")
e = ttk.Entry(f, width=40); e.insert(0, D["dest"]); e.grid(row=0, column=1, columnspan=2, sticky="w", pady=4)
lf = ttk.LabelFrame(f, text="Options", padding=8); lf.grid(row=1, column=0, columnspan=2, sticky="nsew", pady=8)
for i, (o, c) in enumerate(zip(D["opts"], D["checked"])):
    v = tk.BooleanVar(value=c); cb = ttk.Checkbutton(lf, text=o, variable=v); cb.var = v; cb.grid(row=i, column=0, sticky="w")
cf = ttk.LabelFrame(f, text="Compression", padding=8); cf.grid(row=1, column=2, sticky="nsew", padx=10, pady=8)
cv = tk.StringVar(value=D["comp"])
for i, c in enumerate(D["comps"]):
    ttk.Radiobutton(cf, text=c, value=c, variable=cv).grid(row=i, column=0, sticky="w")
ttk.Label(f, text="Keep versions:").grid(row=2, column=0, sticky="w")
sp = ttk.Spinbox(f, from_=1, to=99, width=5); sp.set(D["keep"]); sp.grid(row=2, column=1, sticky="w")
ttk.Label(f, text="Schedule:").grid(row=3, column=0, sticky="w", pady=6)
cb = ttk.Combobox(f, values=["Daily", "Weekly", "Monthly"], width=10); cb.set(D["sched"]); cb.grid(row=3, column=1, sticky="w")
bf = ttk.Frame(f); bf.grid(row=4, column=0, columnspan=3, sticky="e", pady=10)
for t in ["Restore Defaults", "Cancel", "Apply"]:
    ttk.Button(bf, text=t).pack(side="left", padx=4)
r.mainloop()
''')
    app = App([SYSPY, str(d / "app.py"), str(d / "data.json")], "Backup Preferences", geom=None, settle=2)
    xdo("windowmove", app.wid, "200", "150"); time.sleep(1)
    img = capture("s10_tk_settings")
    app.close()
    on = [o for o, c in zip(opts, checked) if c]
    q = rng.choice(opts)
    return img, [
        Q("Which compression option is selected?", comp, "text", "state", True),
        Q("how many of the options checkboxes are ticked", len(on), "count", "count", False),
        Q(f"is '{q}' turned on?", "yes" if checked[opts.index(q)] else "no", "yesno", "state", False),
        Q("how many versions does it keep", keep, "number", "lookup", True),
        Q("where are backups being saved to?", dest, "code", "lookup", True),
    ]


def scene_gtk_tree(rng, d):
    zones = rng.sample(["North Dock", "Cold Store", "Mezzanine", "Yard B", "Returns Bay"], 4)
    tree = []
    for z in zones:
        n = rng.randint(2, 5)
        aisles = []
        counts = rng.sample(range(40, 990), n)
        for j in range(n):
            aisles.append(dict(name=f"Aisle {z[0]}{j + 1:02d}", items=counts[j],
                               audit=(datetime.date(2026, 1, 1) + datetime.timedelta(days=rng.randint(0, 80))).isoformat()))
        tree.append(dict(zone=z, aisles=aisles))
    exp = rng.sample(range(4), 2)
    sel_z = rng.choice(exp)
    sel_a = rng.randrange(len(tree[sel_z]["aisles"]))
    data = dict(tree=tree, expanded=exp, sel=[sel_z, sel_a])
    (d / "data.json").write_text(json.dumps(data))
    (d / "app.py").write_text(r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
D = json.load(open(sys.argv[1]))
w = Gtk.Window(title="Warehouse Locations")
w.set_default_size(700, 520)
st = Gtk.TreeStore(str, str, str)
its = []
for z in D["tree"]:
    it = st.append(None, [z["zone"], str(sum(a["items"] for a in z["aisles"])), ""])
    its.append(it)
    for a in z["aisles"]:
        st.append(it, [a["name"], str(a["items"]), a["audit"]])
tv = Gtk.TreeView(model=st)
for i, t in enumerate(["Location", "Items", "Last audit"]):
    c = Gtk.TreeViewColumn(t, Gtk.CellRendererText(), text=i); c.set_min_width(180); tv.append_column(c)
for i in D["expanded"]:
    tv.expand_row(st.get_path(its[i]), False)
z, a = D["sel"]
tv.get_selection().select_iter(st.iter_nth_child(its[z], a))
sw = Gtk.ScrolledWindow(); sw.add(tv)
w.add(sw); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
''')
    app = App([SYSPY, str(d / "app.py"), str(d / "data.json")], "Warehouse Locations", geom=(150, 100, 720, 560), settle=2)
    img = capture("s11_gtk_tree")
    app.close()
    sa = tree[sel_z]["aisles"][sel_a]
    ez = tree[rng.choice(exp)]
    mx = max(ez["aisles"], key=lambda a: a["items"])
    oz = tree[[e for e in exp if tree[e] is not ez][0]]
    oa = rng.choice(oz["aisles"])
    return img, [
        Q("which row is selected?", sa["name"], "text", "selected", True),
        Q(f"how many aisles are listed under {ez['zone']}?", len(ez["aisles"]), "count", "count", False),
        Q(f"In {ez['zone']}, which aisle holds the most items?", mx["name"], "text", "extreme", True),
        Q(f"when was {oa['name']} last audited", oa["audit"], "date", "lookup", True),
        Q("How many top-level zones are there in the tree?", len(tree), "count", "count", False),
    ]


def scene_qt_table(rng, d):
    models = rng.sample(["Ford Transit", "Renault Master", "Iveco Daily", "VW Crafter", "Fiat Ducato",
                         "Toyota Hiace", "Mercedes Sprinter", "Nissan NV400", "Peugeot Boxer"], 8)
    rows = []
    kms = rng.sample(range(12000, 240000, 500), 8)
    for i, m in enumerate(models):
        plate = f"{rng.choice('KLMNPRT')}{rng.choice('ABCDEFGH')}-{rng.randint(100, 999)}-{rng.choice('XYZW')}{rng.choice('QRS')}"
        nxt = (datetime.date(2026, 3, 1) + datetime.timedelta(days=rng.randint(-20, 90))).isoformat()
        rows.append(dict(model=m, plate=plate, km=kms[i], next=nxt, driver=f"{rng.choice(FIRST)} {rng.choice(LAST)}",
                         status=rng.choice(["OK", "OK", "Due soon", "Overdue"])))
    while sum(r["status"] == "Overdue" for r in rows) < 1:
        rows[rng.randrange(8)]["status"] = "Overdue"
    sel = rng.randrange(8)
    (d / "data.json").write_text(json.dumps(dict(rows=rows, sel=sel)))
    (d / "app.py").write_text(r'''
import json, sys
from PyQt5 import QtWidgets, QtGui, QtCore
D = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
w = QtWidgets.QMainWindow(); w.setWindowTitle("Fleet Maintenance - depot 4")
t = QtWidgets.QTableWidget(len(D["rows"]), 6)
t.setHorizontalHeaderLabels(["Vehicle", "Plate", "Odometer (km)", "Driver", "Next service", "Status"])
for i, r in enumerate(D["rows"]):
    for j, v in enumerate([r["model"], r["plate"], f'{r["km"]:,}', r["driver"], r["next"], r["status"]]):
        it = QtWidgets.QTableWidgetItem(v)
        if j == 2: it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        if j == 5 and v == "Overdue": it.setForeground(QtGui.QColor("#c0392b"))
        t.setItem(i, j, it)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
t.selectRow(D["sel"])
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
w.setCentralWidget(t)
w.statusBar().showMessage(f'{len(D["rows"])} vehicles loaded')
w.resize(900, 420); w.show(); app.exec_()
''')
    app = App([SYSPY, str(d / "app.py"), str(d / "data.json")], "Fleet Maintenance", geom=(120, 120, 900, 420), settle=2)
    img = capture("s12_qt_table")
    app.close()
    hi = max(rows, key=lambda r: r["km"])
    q = rng.choice(rows)
    q2 = rng.choice([r for r in rows if r is not q])
    return img, [
        Q(f"what's the plate number of the {q['model']}?", q["plate"], "code", "lookup", True),
        Q("Which vehicle has the highest odometer reading?", hi["model"], "text", "extreme", True),
        Q("how many vehicles are overdue for service", sum(r["status"] == "Overdue" for r in rows), "count", "count", False),
        Q("which vehicle's row is selected in the table?", rows[sel]["model"], "text", "selected", True),
        Q(f"when is the {q2['model']} next due for service?", q2["next"], "date", "lookup", True),
    ]


def chromium(url, title, geom, app_mode=True):
    ud = TMP / f"chrome_{title[:6]}"
    cmd = ["chromium", "--no-sandbox", "--test-type", "--disable-gpu", "--no-first-run", "--disable-dev-shm-usage",
           f"--user-data-dir={ud}", "--disable-features=Translate", "--hide-crash-restore-bubble",
           f"--window-position={geom[0]},{geom[1]}", f"--window-size={geom[2]},{geom[3]}"]
    cmd += [f"--app={url}"] if app_mode else [url]
    return App(cmd, title, geom=geom, settle=4)


def scene_mail(rng, d):
    people = pick_names(rng, 7)
    subjects = rng.sample(["Harvest festival volunteers", "Invoice 4471 overdue", "Re: kiln schedule", "Minutes from Tuesday",
                           "New glaze samples arrived", "Parking permits renewal", "Quote for roof repair",
                           "Photos from the open day", "Change of meeting room"], 7)
    t0 = datetime.datetime(2026, 3, 9, 8, 0)
    msgs = []
    for i in range(7):
        t0 += datetime.timedelta(hours=rng.randint(2, 20), minutes=rng.randint(0, 59))
        msgs.append(dict(sender=people[i], subj=subjects[i], when=t0, unread=rng.random() < 0.45, att=rng.random() < 0.35))
    while sum(m["unread"] for m in msgs) < 2:
        msgs[rng.randrange(7)]["unread"] = True
    while sum(m["att"] for m in msgs) < 2:
        msgs[rng.randrange(7)]["att"] = True
    msgs.reverse()  # newest first
    spam = rng.randint(2, 19)
    rows = "".join(
        f"<tr class='{'u' if m['unread'] else ''}'><td>{'●' if m['unread'] else ''}</td><td>{m['sender']}</td>"
        f"<td>{m['subj']}</td><td>{'<span class=att>attachment</span>' if m['att'] else ''}</td><td>{m['when'].strftime('%b %d, %H:%M')}</td></tr>" for m in msgs)
    html = f"""<!doctype html><html><head><meta charset=utf-8><title>Inbox - Potters Guild Mail</title><style>
body{{font-family:sans-serif;margin:0;display:flex;font-size:15px}} nav{{width:200px;background:#eef1f5;padding:14px;height:100vh}}
nav div{{padding:6px}} nav .a{{background:#cfdcf0;border-radius:4px;font-weight:bold}} main{{flex:1;padding:10px}}
table{{border-collapse:collapse;width:100%}} td,th{{padding:8px;border-bottom:1px solid #ddd;text-align:left}}
tr.u td{{font-weight:bold}} td:first-child{{color:#2b6cd6;width:18px}} .att{{font-size:12px;color:#555;border:1px solid #aaa;border-radius:3px;padding:1px 4px;font-weight:normal}}</style></head><body>
<nav><div class=a>Inbox</div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Spam ({spam})</div><div>Trash</div></nav>
<main><h3>Inbox</h3><table><tr><th></th><th>From</th><th>Subject</th><th></th><th>Received</th></tr>{rows}</table></main></body></html>"""
    p = d / "inbox.html"
    p.write_text(html)
    app = chromium(p.as_uri(), "Inbox - Potters", (40, 40, 1150, 640))
    img = capture("s13_mail")
    app.close()
    q = rng.choice(msgs)
    return img, [
        Q("how many unread emails are there", sum(m["unread"] for m in msgs), "count", "count", False),
        Q("Who sent the most recent message?", msgs[0]["sender"], "person", "extreme", True),
        Q(f"what's the subject of the email from {q['sender']}?", q["subj"], "text", "lookup", True),
        Q("how many messages have an attachment?", sum(m["att"] for m in msgs), "count", "count", False),
        Q("how many messages in the spam folder", spam, "count", "lookup", True),
    ]


def scene_ci(rng, d):
    jobs = rng.sample(["lint", "unit-tests", "integration", "build-docker", "e2e-chrome", "security-scan",
                       "migrations-check", "package-deb"], 7)
    durs = rng.sample(range(25, 900), 7)
    st = [rng.choice(["passed", "passed", "passed", "failed", "skipped"]) for _ in jobs]
    while st.count("failed") < 1:
        st[rng.randrange(7)] = "failed"
    branch = rng.choice(["feature/offline-sync", "fix/ledger-rounding", "release/4.2", "chore/bump-deps"])
    sha = "".join(rng.choice("0123456789abcdef") for _ in range(8))
    pipe = rng.randint(1200, 9800)
    fmt = lambda s: f"{s // 60}m {s % 60:02d}s"
    rows = "".join(f"<tr><td>{j}</td><td class={s}>{s}</td><td>{fmt(t)}</td></tr>" for j, s, t in zip(jobs, st, durs))
    html = f"""<!doctype html><html><head><meta charset=utf-8><title>Pipeline #{pipe} · orchard-ci</title><style>
body{{font-family:sans-serif;margin:24px;font-size:15px}} td,th{{padding:7px 18px;border-bottom:1px solid #ddd;text-align:left}}
.passed{{color:#1e8e3e}} .failed{{color:#d93025;font-weight:bold}} .skipped{{color:#888}}</style></head><body>
<h2>Pipeline #{pipe}</h2><p>Branch <b>{branch}</b> &middot; commit <code>{sha}</code></p>
<table><tr><th>Job</th><th>Status</th><th>Duration</th></tr>{rows}</table></body></html>"""
    p = d / "pipeline.html"
    p.write_text(html)
    app = chromium(p.as_uri(), "Pipeline #", (30, 20, 1100, 700), app_mode=False)
    img = capture("s14_ci")
    app.close()
    ran = [(j, t) for j, s, t in zip(jobs, st, durs)]
    longest = max(ran, key=lambda x: x[1])[0]
    return img, [
        Q("how many jobs failed?", st.count("failed"), "count", "count", False),
        Q("Which job took the longest?", longest, "code", "extreme", True),
        Q("what branch is this pipeline for", branch, "code", "lookup", True),
        Q("commit sha?", sha, "code", "lookup", True),
        Q("What's the pipeline number in the tab title?", f"#{pipe}", "code", "title", True),
    ]


def scene_gtk_dialog(rng, d):
    total = rng.randint(20, 90)
    cur = rng.randint(3, total - 2)
    pct = round(100 * cur / total)
    fname = rng.choice(["wedding_reel_final.mov", "drone_pass_03.mp4", "interview_raw_B.wav", "scan_0457.tiff"])
    dest = rng.choice(["LACIE-ARCHIVE", "Backup-2TB", "STUDIO-SSD"])
    (d / "data.json").write_text(json.dumps(dict(total=total, cur=cur, pct=pct, fname=fname, dest=dest)))
    (d / "app.py").write_text(r'''
import json, sys, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
D = json.load(open(sys.argv[1]))
dl = Gtk.Dialog(title="Copying to " + D["dest"])
dl.add_buttons("Pause", 1, "Skip File", 2, "Cancel", 3)
b = dl.get_content_area(); b.set_spacing(10); b.set_border_width(14)
b.add(Gtk.Label(label=f'Copying "{D["fname"]}"', xalign=0))
b.add(Gtk.Label(label=f'File {D["cur"]} of {D["total"]}', xalign=0))
pb = Gtk.ProgressBar(); pb.set_fraction(D["pct"] / 100); pb.set_show_text(True); pb.set_text(f'{D["pct"]}%'); b.add(pb)
dl.set_default_size(460, 180); dl.connect("destroy", Gtk.main_quit); dl.show_all(); Gtk.main()
''')
    app = App([SYSPY, str(d / "app.py"), str(d / "data.json")], "Copying to", geom=None, settle=2)
    xdo("windowmove", app.wid, "380", "280"); time.sleep(1)
    img = capture("s15_gtk_dialog")
    app.close()
    return img, [
        Q("what buttons does this dialog give me?", "Pause, Skip File, Cancel", "text", "buttons", False),
        Q("What percentage does the progress bar show?", f"{pct}%", "number", "lookup", True),
        Q("how many files are left after the current one", total - cur, "count", "difference", False),
        Q("which file is it copying right now", fname, "code", "lookup", True),
        Q("where is it copying to (the drive in the title)?", dest, "code", "title", True),
    ]


def scene_checks(rng, d):
    tests = rng.sample(["test_login_redirect", "test_refund_partial", "test_export_csv", "test_timezone_roundtrip",
                        "test_cart_merge", "test_coupon_expiry", "test_search_unicode", "test_avatar_resize",
                        "test_webhook_retry", "test_invoice_pdf"], 8)
    durs = [x * 10 for x in rng.sample(range(1, 95), 8)]  # distinct at 2 decimals
    res = ["PASSED"] * 8
    nf = rng.randint(1, 3)
    fails = rng.sample(range(8), nf)
    errs = ["KeyError", "AssertionError", "TimeoutError", "ValueError", "ZeroDivisionError"]
    errmap = {}
    for i, e in zip(fails, rng.sample(errs, nf)):
        res[i] = "FAILED"; errmap[tests[i]] = e
    lines = []
    for t, r, ms in zip(tests, res, durs):
        col = "\\033[32m" if r == "PASSED" else "\\033[31m"
        extra = f" - {errmap[t]}" if t in errmap else ""
        lines.append(f"printf 'tests/test_shop.py::{t:<26} {col}{r}\\033[0m  ({ms / 1000:.2f}s){extra}\\n'")
    summ = f"{nf} failed, {8 - nf} passed in {sum(durs) / 1000:.2f}s"
    script = d / "run.sh"
    script.write_text("clear\nprintf '$ ./run_checks.sh --shop\\n'\n" + "\n".join(lines) +
                      f"\nprintf '==== {summ} ====\\n$ '\nsleep 600\n")
    app = terminator(script, "shop checks", geom=(60, 60, 1000, 520))
    img = capture("s16_checks")
    app.close()
    slow = tests[durs.index(max(durs))]
    f1 = rng.choice(list(errmap))
    return img, [
        Q("how many tests failed", nf, "count", "count", True),
        Q("Which test was the slowest?", slow, "code", "extreme", True),
        Q(f"what error did {f1} fail with?", errmap[f1], "error", "lookup", True),
        Q("how long did the whole run take?", f"{sum(durs) / 1000:.2f}s", "time", "lookup", True),
        Q(f"did {tests[0]} pass?", "yes" if res[0] == "PASSED" else "no", "yesno", "state", False),
    ]


SCENES = [
    ("gitlog", "terminal", scene_gitlog, "terminator: `git log` of a generated repo (fixed dates/authors)"),
    ("ranger", "terminal_tui", scene_ranger, "ranger in terminator on a generated survey folder, cursor moved with j"),
    ("micro", "editor", scene_micro, "micro editor in terminator on a generated Python file"),
    ("l3afpad", "editor", scene_l3afpad, "l3afpad showing a generated INI config"),
    ("qpdfview", "pdf_viewer", scene_qpdfview, "qpdfview on a generated multi-page invoice PDF"),
    ("gpicview", "image_viewer", scene_gpicview, "gpicview showing a generated bar chart PNG"),
    ("engrampa", "archiver", scene_engrampa, "engrampa listing a generated zip (fixed member dates)"),
    ("calc", "calculator", scene_calc, "gnome-calculator with two typed calculations"),
    ("caja", "file_manager", scene_caja, "caja list view of a generated folder"),
    ("tk_settings", "settings", scene_tk_settings, "Tk/ttk preferences window (checkboxes, radios, spinbox)"),
    ("gtk_tree", "tree_list", scene_gtk_tree, "GTK3 TreeView (python3-gi) with expanded nodes and a selection"),
    ("qt_table", "table_app", scene_qt_table, "PyQt5 QTableWidget fleet table with a selected row and status bar"),
    ("mail", "mail/chat", scene_mail, "chromium --app showing a generated local webmail inbox"),
    ("ci", "browser", scene_ci, "chromium window showing a generated CI pipeline page"),
    ("gtk_dialog", "dialog", scene_gtk_dialog, "GTK3 copy-progress dialog with progress bar and buttons"),
    ("checks", "terminal", scene_checks, "terminator showing a generated test-run output"),
]


def main():
    only = set(sys.argv[1:])
    TMP.mkdir(exist_ok=True)
    (TMP / "home/.config").mkdir(parents=True, exist_ok=True)
    results = {}
    resf = TMP / "results.json"
    if resf.exists():
        results = json.loads(resf.read_text())
    for name, cat, fn, desc in SCENES:
        if only and name not in only:
            continue
        d = TMP / name
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
        (d / "home").symlink_to(TMP / "home")
        rng = random.Random(f"{SEED}-{name}")
        t0 = time.time()
        try:
            out = fn(rng, d)
        except Exception as e:  # an app that does not start is dropped
            print(f"DROP {name}: {e}", flush=True)
            results.pop(name, None)
            continue
        img, qs = out[0], out[1]
        results[name] = dict(category=cat, image=img, qs=qs)
        print(f"ok {name} {time.time() - t0:.1f}s", flush=True)
        resf.write_text(json.dumps(results))
    n = 0
    with open(HERE / "manifest.jsonl", "w") as fh:
        for name, cat, fn, desc in SCENES:
            if name not in results:
                continue
            r = results[name]
            for q in r["qs"]:
                n += 1
                fh.write(json.dumps(dict(id=f"s5-{n:04d}", image=r["image"], question=q["question"], answer=q["answer"],
                                         answer_type=q["answer_type"], category=r["category"], intent=q["intent"],
                                         literal=q["literal"]), ensure_ascii=False) + "\n")
    print("questions", n)


if __name__ == "__main__":
    main()
