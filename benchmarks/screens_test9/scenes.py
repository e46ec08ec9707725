"""Scenes of screens_test9: each prepares content, runs one real app, captures, returns items."""
import datetime as dt
import os
import subprocess
import textwrap
import time

SYS_PY = "/usr/bin/python3"
APPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps")

HOMES = {}
SCENES = {}


def scene(name, home):
    def deco(fn):
        HOMES[name] = home
        SCENES[name] = fn
        return fn
    return deco


def item(q, a, t, cat, intent, lit):
    return {"q": q, "a": a, "t": t, "cat": cat, "intent": intent, "lit": lit}


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


def git(cwd, *args, env=None, date=None, author=None):
    e = dict(os.environ)
    e.update({"GIT_CONFIG_NOSYSTEM": "1", "HOME": cwd})
    if author:
        e["GIT_AUTHOR_NAME"], e["GIT_AUTHOR_EMAIL"] = author
        e["GIT_COMMITTER_NAME"], e["GIT_COMMITTER_EMAIL"] = author
    if date:
        e["GIT_AUTHOR_DATE"] = e["GIT_COMMITTER_DATE"] = date
    if env:
        e.update(env)
    return subprocess.run(["git", *args], cwd=cwd, env=e, check=True,
                          capture_output=True, text=True).stdout


def fake_shell(lines, prompt):
    """A bash script that shows `prompt + command`, runs the command, and ends at a prompt."""
    out = ["#!/bin/bash", "cd \"$1\"", "clear"]
    for cmd in lines:
        out.append(f"printf '%s' {sh_quote(prompt)}; printf '%s\\n' {sh_quote(cmd)}")
        out.append(cmd)
    out.append(f"printf '%s' {sh_quote(prompt)}")
    out.append("sleep 100000")
    return "\n".join(out) + "\n"


def sh_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


# ---------------------------------------------------------------------------
# 1. gnome-terminal: service health check, log tail, git branch
# ---------------------------------------------------------------------------
@scene("gterm_healthcheck", "dmitri")
def gterm_healthcheck(desk, rng, img):
    home = desk.home
    proj = os.path.join(home, "src", "payroll-api")
    os.makedirs(os.path.join(proj, "logs"))
    pool = ["auth-gateway", "billing-core", "ledger-sync", "payslip-render", "tax-rules",
            "notify-mailer", "audit-trail", "fx-rates", "bank-export"]
    names = rng.sample(pool, 7)
    statuses = ["OK"] * 7
    down, degraded = rng.sample(range(7), 2)
    statuses[down] = "DOWN"
    statuses[degraded] = "DEGRADED"
    rows = []
    for i, n in enumerate(names):
        ver = f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
        lat = "-" if statuses[i] == "DOWN" else str(rng.randint(18, 240) + (600 if statuses[i] == "DEGRADED" else 0))
        host = f"pay-{rng.choice(['fra', 'ams', 'waw'])}-{rng.randint(1, 9):02d}"
        rows.append((n, ver, host, statuses[i], lat))
    table = ["SERVICE          VERSION   HOST        STATUS     P95(ms)",
             "---------------  --------  ----------  ---------  -------"]
    for r in rows:
        table.append(f"{r[0]:<15}  {r[1]:<8}  {r[2]:<10}  {r[3]:<9}  {r[4]:>7}")
    write(os.path.join(proj, "healthcheck.txt"), "\n".join(table) + "\n")
    write(os.path.join(proj, "bin", "healthcheck"),
          "#!/bin/bash\necho 'Checking 7 services (env: staging)...'\ncat \"$(dirname $0)/../healthcheck.txt\"\n",
          0o755)
    # log with errors
    errs = [
        ("ERROR", f"ledger-sync: connection refused to postgres://db-{rng.randint(2, 6)}:5432"),
        ("WARN", "payslip-render: font cache rebuilt in 4.2s"),
        ("ERROR", f"{rows[down][0]}: health probe timed out after {rng.choice([5, 10, 15])}s"),
    ]
    t = dt.datetime(2024, 11, 14, 9, 41, 7)
    log = []
    for i in range(9):
        t += dt.timedelta(seconds=rng.randint(3, 50))
        log.append(f"{t:%Y-%m-%d %H:%M:%S} INFO  scheduler: tick {4100 + i}")
    for lvl, msg in errs:
        t += dt.timedelta(seconds=rng.randint(3, 50))
        log.append(f"{t:%Y-%m-%d %H:%M:%S} {lvl:<5} {msg}")
    last_err_time = t
    write(os.path.join(proj, "logs", "app.log"), "\n".join(log) + "\n")
    branch = "hotfix/" + rng.choice(["invoice-rounding", "iban-validation", "overtime-calc"])
    git(proj, "init", "-q", "-b", "main")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "initial import", author=("Dmitri Volkov", "dmitri@example.org"),
        date="2024-11-10T10:00:00")
    git(proj, "checkout", "-qb", branch)
    git(proj, "branch", "release/2024.11")
    prompt = "dmitri@staging-bastion:~/src/payroll-api$ "
    script = fake_shell(["git branch", "./bin/healthcheck", "tail -n 4 logs/app.log"], prompt)
    write(os.path.join(home, ".session.sh"), script, 0o755)
    desk.run(["gnome-terminal", "--wait", "--geometry=96x26", "--", "bash", os.path.join(home, ".session.sh"), proj],
             dbus=True)
    time.sleep(4)
    desk.capture(img)
    svc_v = rng.choice([r for r in rows if r[3] == "OK"])
    lat_rows = [r for r in rows if r[4] != "-"]
    slowest_ok = max((r for r in rows if r[3] == "OK"), key=lambda r: int(r[4]))
    return [
        item("hey quick one, which service is down in this health check?", rows[down][0], "text",
             "terminal", "row with status DOWN", True),
        item(f"what version is {svc_v[0]} running?", svc_v[1], "version", "terminal",
             "version at a row", True),
        item("How many of the services came back OK?", sum(r[3] == "OK" for r in rows), "count",
             "terminal", "count rows with status", False),
        item("which git branch am I on", branch, "text", "terminal", "current branch", True),
        item("what does the last error in that log say?",
             errs[-1][1], "error", "terminal", "last error message", True),
        item("among the healthy ones, which has the worst p95 latency?", slowest_ok[0], "text", "terminal",
             "max over column with condition", False),
        item("at what time was that last log entry written?", f"{last_err_time:%H:%M:%S}", "time",
             "terminal", "timestamp of last line", True),
    ]


# ---------------------------------------------------------------------------
# 2. tilda (VTE terminal) running newsboat on a local feed
# ---------------------------------------------------------------------------
def rss(title, link, items):
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{title}</title>'
             f'<link>{link}</link><description>{title}</description>']
    for it in items:
        parts.append(f"<item><title>{it['title']}</title><link>{link}/{it['slug']}</link>"
                     f"<author>{it['author']}</author>"
                     f"<pubDate>{it['date']:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
                     f"<description>{it['title']}</description><guid>{link}/{it['slug']}</guid></item>")
    parts.append("</channel></rss>\n")
    return "".join(parts)


@scene("tilda_newsboat", "aiko")
def tilda_newsboat(desk, rng, img):
    home = desk.home
    titles = [
        "Why our build cache hit rate fell to 41%",
        "Postmortem: the DNS outage of 3 March",
        "Migrating 9 TB of logs to object storage",
        "A gentle guide to SQLite WAL mode",
        "Rust in the payments path: one year on",
        "How we cut cold starts by half",
        "Designing retry budgets that don't backfire",
        "Notes from the Kyoto infra meetup",
        "Our on-call handbook, revised",
        "Benchmarks lie: measuring p99 honestly",
    ]
    rng.shuffle(titles)
    authors = ["Aiko Tanaka", "Mateus Oliveira", "Ingrid Halvorsen", "Yusuf Demir", "Chloé Martin",
               "Rahul Iyer", "Zanele Mokoena"]
    d = dt.datetime(2024, 10, 30, 8, 0)
    items = []
    for i, t in enumerate(titles):
        d -= dt.timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 9))
        items.append({"title": t, "slug": f"p{i}", "author": rng.choice(authors), "date": d})
    feed_title = "Lantern Labs Engineering"
    write(os.path.join(home, "feeds", "lantern.xml"), rss(feed_title, "https://eng.lanternlabs.example", items))
    other = [("Night Owl Security Digest", 6), ("The Frugal Sysadmin", 9), ("Pixel &amp; Type", 4)]
    urls = [f'"exec:cat {home}/feeds/lantern.xml"']
    for j, (t, n) in enumerate(other):
        its = [{"title": f"{t} issue {k + 1}", "slug": f"q{k}", "author": "Editor",
                "date": dt.datetime(2024, 9, 1) + dt.timedelta(days=k)} for k in range(n)]
        write(os.path.join(home, "feeds", f"f{j}.xml"), rss(t, f"https://f{j}.example", its))
        urls.append(f'"exec:cat {home}/feeds/f{j}.xml"')
    write(os.path.join(home, ".newsboat", "urls"), "\n".join(urls) + "\n")
    write(os.path.join(home, ".newsboat", "config"),
          'articlelist-format "%4i %f %D  %-20a  %t"\ndatetime-format "%Y-%m-%d"\nshow-read-feeds yes\n')
    conf = open(os.path.join(APPS, "tilda_config_0.template")).read()
    for k, v in {"font": '"DejaVu Sans Mono 12"', "back_red": "7710", "back_green": "8738",
                 "back_blue": "12336", "text_red": "56026", "text_green": "57054", "text_blue": "59110",
                 "width_percentage": str(int(2147483647 * 0.86)),
                 "height_percentage": str(int(2147483647 * 0.8)), "x_pos": "60", "y_pos": "0"}.items():
        conf = "\n".join(f"{k}={v}" if ln.split("=")[0].strip() == k else ln for ln in conf.split("\n"))
    write(os.path.join(home, ".config", "tilda", "config_0"), conf)
    # read-mark two articles by reloading once and marking? keep all unread: newsboat shows N markers
    desk.run(["tilda", "-c", f"newsboat -r"], extra={"NO_AT_BRIDGE": "1"})
    time.sleep(5)
    desk.click(500, 300)
    desk.keys("Return")
    time.sleep(1.5)
    desk.capture(img)
    newest = max(items, key=lambda x: x["date"])
    oldest = min(items, key=lambda x: x["date"])
    pick = rng.choice(items[2:8])
    by_author = {}
    for it in items:
        by_author[it["author"]] = by_author.get(it["author"], 0) + 1
    a_pick = rng.choice(sorted(by_author))
    return [
        item("what's the newest post in this feed?", newest["title"], "text", "TUI", "most recent item", True),
        item(f"when did \"{pick['title']}\" go out?", f"{pick['date']:%Y-%m-%d}", "date", "TUI",
             "date of a row", True),
        item(f"who's the author of \"{pick['title']}\"?",
             pick["author"], "person", "TUI", "author at a row", True),
        item("how many articles are in this feed in total?", len(items), "count", "TUI", "count rows", True),
        item(f"How many of these posts are by {a_pick}?", by_author[a_pick], "count", "TUI",
             "count rows with condition", False),
        item("which is the oldest article listed", oldest["title"], "text", "TUI", "least recent item", True),
    ]


# ---------------------------------------------------------------------------
# 3. zutty (OpenGL terminal) running mg on an INI config
# ---------------------------------------------------------------------------
@scene("zutty_mg", "tomasz")
def zutty_mg(desk, rng, img):
    home = desk.home
    db_port = rng.choice([5432, 5433, 6432, 15432])
    db_host = f"db{rng.randint(1, 4)}.wms.internal"
    pool = rng.randint(8, 40)
    timeout = rng.choice([15, 20, 30, 45, 90])
    wh = rng.sample(["GDN", "POZ", "KTW", "WRO", "LDZ", "RZE"], 3)
    cap = {w: rng.randint(12, 60) * 100 for w in wh}
    smtp_user = rng.choice(["alerts@mroz-logistics.pl", "noreply@mroz-logistics.pl"])
    lines = [
        "; Warehouse management service - production settings",
        "; owner: Tomasz Mroz <tomasz.mroz@mroz-logistics.pl>",
        "",
        "[server]",
        "bind = 0.0.0.0",
        f"port = {rng.choice([8080, 8443, 9000])}",
        f"workers = {rng.randint(2, 8)}",
        f"request_timeout = {timeout}",
        "",
        "[database]",
        f"host = {db_host}",
        f"port = {db_port}",
        "name = wms_prod",
        f"pool_size = {pool}",
        "sslmode = require",
        "",
        "[mail]",
        "smtp_host = smtp.mroz-logistics.pl",
        "smtp_port = 587",
        f"smtp_user = {smtp_user}",
        "",
        "[warehouses]",
    ]
    for w in wh:
        lines.append(f"{w.lower()}.capacity_pallets = {cap[w]}")
    lines += ["", "[logging]", f"level = {rng.choice(['info', 'warning', 'debug'])}",
              "file = /var/log/wms/app.log", ""]
    fname = "wms-production.ini"
    write(os.path.join(home, "etc", fname), "\n".join(lines))
    cursor = lines.index(f"port = {db_port}") + 1
    desk.run(["zutty", "-geometry", "92x34", "-font", "JetBrainsMono", "-fontsize", "15",
              "-bg", "#fdf6e3", "-fg", "#303030", "-e", "mg", f"+{cursor}", fname],
             cwd=os.path.join(home, "etc"))
    time.sleep(4)
    desk.capture(img)
    big = max(wh, key=lambda w: cap[w])
    sections = sum(1 for ln in lines if ln.startswith("["))
    return [
        item("what file do I have open in this editor?", fname, "text", "editor", "open file name", True),
        item("which port is the database set to?", db_port, "number", "editor", "value under a section", True),
        item("db pool size?", pool, "number", "editor", "value at a key", True),
        item("which warehouse has the biggest pallet capacity in here?", big.lower(), "text", "editor",
             "max over entries", False),
        item("what line is the cursor on right now?", cursor, "number", "editor", "cursor line from mode line", True),
        item("how many sections does this ini file have", sections, "count", "editor", "count sections", False),
        item(f"what's the combined pallet capacity of {wh[0].lower()} and {wh[1].lower()}?",
             cap[wh[0]] + cap[wh[1]], "number", "editor", "sum of two values", False),
    ]


# ---------------------------------------------------------------------------
# 4. kate: a Python module among several open tabs
# ---------------------------------------------------------------------------
@scene("kate_python", "fatima")
def kate_python(desk, rng, img):
    home = desk.home
    proj = os.path.join(home, "code", "tariff-engine", "tariff")
    vat = rng.choice([5, 7, 15, 19, 20, 21])
    retries = rng.randint(3, 7)
    cutoff = rng.choice(["23:30", "22:00", "18:45", "21:15"])
    currency = rng.choice(["MAD", "EUR", "AED", "TND"])
    zones = rng.sample(["Casablanca", "Rabat", "Fes", "Tangier", "Agadir", "Marrakesh", "Oujda"], 4)
    rates = {z: round(rng.uniform(9, 80), 2) for z in zones}
    src = f'''"""Shipping tariff rules for the Maghreb region."""
from decimal import Decimal

DEFAULT_CURRENCY = "{currency}"
VAT_PERCENT = {vat}
MAX_RETRIES = {retries}
SAME_DAY_CUTOFF = "{cutoff}"

ZONE_RATES = {{
'''
    for z in zones:
        src += f'    "{z}": Decimal("{rates[z]:.2f}"),\n'
    src += '''}


class TariffError(Exception):
    pass


def base_rate(zone: str) -> Decimal:
    try:
        return ZONE_RATES[zone]
    except KeyError:
        raise TariffError(f"unknown zone: {zone}")


def with_vat(amount: Decimal) -> Decimal:
    return (amount * (100 + VAT_PERCENT) / 100).quantize(Decimal("0.01"))


def quote(zone: str, weight_kg: float, express: bool = False) -> Decimal:
    price = base_rate(zone) * Decimal(str(max(weight_kg, 0.5)))
    if express:
        price *= Decimal("1.35")
    return with_vat(price)
'''
    write(os.path.join(proj, "rules.py"), src)
    write(os.path.join(proj, "__init__.py"), '"""tariff package."""\nfrom .rules import quote\n')
    write(os.path.join(proj, "..", "README.md"), "# tariff-engine\n\nQuotes for parcel delivery.\n")
    lines = src.split("\n")
    quote_line = next(i + 1 for i, l in enumerate(lines) if l.startswith("def quote"))
    cursor_line = next(i + 1 for i, l in enumerate(lines) if l.startswith("def with_vat")) + 1
    files = [os.path.join(proj, "..", "README.md"), os.path.join(proj, "__init__.py"), os.path.join(proj, "rules.py")]
    desk.run(["kate", "-n", "-l", str(cursor_line), "-c", "5", *files], dbus=True,
             extra={"QT_QPA_PLATFORM": "xcb", "KDE_FULL_SESSION": ""})
    time.sleep(9)
    desk.xdo("search", "--class", "kate", "windowsize", "1100", "770")
    time.sleep(1.5)
    desk.capture(img)
    cheapest = min(zones, key=lambda z: rates[z])
    return [
        item("which file is open in the editor right now?", "rules.py", "text", "editor", "active tab", True),
        item("what's VAT_PERCENT set to", vat, "number", "editor", "constant value", True),
        item(f"what's the rate for {zones[2]} in ZONE_RATES?", f"{rates[zones[2]]:.2f}", "number", "editor",
             "dict value at key", True),
        item("which zone is the cheapest one?", cheapest, "text", "editor", "min over entries", False),
        item("on which line does the quote function start?", quote_line, "number", "editor",
             "line number of a definition", True),
        item("what's the same-day cutoff time in this file?", cutoff, "time", "editor", "constant value", True),
        item("what line's my cursor on?", cursor_line, "number", "editor", "cursor line from status bar", True),
    ]


# ---------------------------------------------------------------------------
# 5. gnome-text-editor: meeting notes in markdown
# ---------------------------------------------------------------------------
@scene("gte_notes", "joao")
def gte_notes(desk, rng, img):
    home = desk.home
    people = rng.sample(["João Ferreira", "Amara Okafor", "Lena Vogel", "Kenji Watanabe",
                         "Sara Lindqvist", "Diego Ramírez", "Hana Novak"], 5)
    launch = dt.date(2025, rng.randint(2, 5), rng.randint(3, 26))
    budget = rng.randint(18, 90) * 1000
    tasks = [
        ("Finalise pricing page copy", people[1]),
        ("Load-test checkout with 2k users", people[2]),
        ("Translate onboarding emails (PT, ES)", people[0]),
        ("Renew SSL certificate for shop.", people[3]),
        ("Update refund policy wording", people[4]),
    ]
    rng.shuffle(tasks)
    done = rng.sample(range(5), 2)
    body = [f"# Weekly sync — Storefront relaunch", "",
            f"Date: {dt.date(2025, 1, 21):%d %B %Y}", f"Attendees: {', '.join(people)}", "",
            "## Decisions", f"- Launch date fixed for **{launch:%A %d %B %Y}**",
            f"- Marketing budget approved: EUR {budget:,}", "- Keep the old checkout as fallback for 2 weeks", "",
            "## Action items"]
    for i, (t, who) in enumerate(tasks):
        body.append(f"- [{'x' if i in done else ' '}] {t} — @{who.split()[0]}")
    body += ["", "## Risks", "- Payment provider sandbox is flaky on Fridays",
             "- Two designers on holiday in week 6", ""]
    fname = "sync-2025-01-21.md"
    write(os.path.join(home, "Documents", "notes", fname), "\n".join(body))
    desk.run(["gnome-text-editor", "--standalone", os.path.join(home, "Documents", "notes", fname)],
             dbus=True, extra={"GSK_RENDERER": "cairo"})
    time.sleep(7)
    desk.xdo("search", "--name", "sync-2025", "windowsize", "1000", "700")
    time.sleep(1.5)
    desk.capture(img)
    open_items = [t for i, t in enumerate(tasks) if i not in done]
    load_owner = next(w for t, w in tasks if t.startswith("Load-test"))
    return [
        item("when's the launch date according to these notes?", f"{launch:%A %d %B %Y}", "date", "editor",
             "date in text", True),
        item("How much marketing budget got approved?", f"EUR {budget:,}", "money", "editor", "amount in text", True),
        item("how many action items are still open (unchecked)?", len(open_items), "count", "editor",
             "count unchecked boxes", False),
        item("who's on the load test task", load_owner.split()[0], "person", "editor", "owner of a task", True),
        item("how many people attended?", len(people), "count", "editor", "count names", False),
    ]


# ---------------------------------------------------------------------------
# 6. nautilus: list view of an invoices folder
# ---------------------------------------------------------------------------
@scene("nautilus_invoices", "priya")
def nautilus_invoices(desk, rng, img):
    home = desk.home
    folder = os.path.join(home, "Documents", "Invoices 2023")
    os.makedirs(folder)
    clients = ["Okonkwo Builders", "Brandt Optik", "Sato Ceramics", "Haddad Trading", "Moreau Florist",
               "Kowalski Auto", "Nguyen Bakery", "Larsen Marine", "Rossi Textiles"]
    rng.shuffle(clients)
    files = []
    for i, c in enumerate(clients[:8]):
        ext = rng.choice(["pdf", "pdf", "pdf", "xlsx", "odt"])
        name = f"INV-2023-{i * 7 + 101:04d} {c}.{ext}"
        size = rng.randint(20, 900) * 1000 + rng.randint(0, 999)
        when = dt.datetime(2023, rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 18), rng.randint(0, 59))
        files.append((name, size, when))
    os.makedirs(os.path.join(folder, "Receipts"))
    for name, size, when in files:
        p = os.path.join(folder, name)
        with open(p, "wb") as f:
            f.write(bytes(rng.getrandbits(8) for _ in range(64)) * (size // 64) + b"\0" * (size % 64))
        ts = when.timestamp()
        os.utime(p, (ts, ts))
    ts = dt.datetime(2023, 12, 30, 17, 5).timestamp()
    os.utime(os.path.join(folder, "Receipts"), (ts, ts))
    launch = ("gsettings set org.gnome.nautilus.preferences default-folder-viewer 'list-view'; "
              "gsettings set org.gnome.nautilus.list-view default-visible-columns \"['name', 'size', 'date_modified']\"; "
              f"exec nautilus --new-window '{folder}'")
    desk.run(["sh", "-c", launch], dbus=True)
    time.sleep(8)
    desk.xdo("search", "--name", "Invoices 2023", "windowsize", "1060", "640")
    time.sleep(2)
    desk.capture(img)

    def human(n):  # GLib g_format_size: SI units, one decimal
        return f"{n / 1000:.1f} kB" if n < 1_000_000 else f"{n / 1e6:.1f} MB"
    pick, other = rng.sample(files, 2)
    biggest = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    pdfs = sum(f[0].endswith(".pdf") for f in files)
    return [
        item(f"how big is the {pick[0].split(' ', 1)[1].rsplit('.', 1)[0]} invoice file?", human(pick[1]), "text",
             "file manager", "size of a file", True),
        item("which invoice is the largest file here?", biggest[0], "text", "file manager", "max by size", True),
        item("how many PDFs are in this folder", pdfs, "count", "file manager", "count by extension", False),
        item("Which invoice was modified most recently?", newest[0], "text", "file manager", "most recent by date",
             True),
        item(f"when was the {other[0].split(' ', 1)[1].rsplit('.', 1)[0]} invoice last modified?",
             f"{other[2].day} {other[2]:%b %Y}", "date", "file manager", "modified date of a file", True),
    ]


# ---------------------------------------------------------------------------
# 7. krusader: twin-panel file manager, photos left / backups right
# ---------------------------------------------------------------------------
@scene("krusader_twin", "henrik")
def krusader_twin(desk, rng, img):
    home = desk.home
    left = os.path.join(home, "Projects", "fjord-survey", "data")
    right = os.path.join(home, "Backups")
    os.makedirs(left)
    os.makedirs(right)
    lfiles = []
    for stem in rng.sample(["soundings_north", "soundings_south", "tide_gauge", "buoy_07", "buoy_12",
                            "salinity", "ctd_cast_03", "ctd_cast_04"], 6):
        ext = rng.choice(["csv", "csv", "json", "nc"])
        size = rng.randint(2, 950) * 1024 + rng.choice([102, 307, 512, 716, 921])
        lfiles.append((f"{stem}.{ext}", size))
    rfiles = []
    for d in sorted(rng.sample(range(1, 29), 4)):
        size = rng.randint(12, 300) * 1048576 + int(rng.choice([0.1, 0.3, 0.6, 0.8]) * 1048576)
        rfiles.append((f"fjord-survey_2024-03-{d:02d}.tar.gz", size))
    mtimes = {}
    for base, lst in ((left, lfiles), (right, rfiles)):
        for name, size in lst:
            with open(os.path.join(base, name), "wb") as f:
                f.truncate(size)
            when = dt.datetime(2024, 3, rng.randint(1, 28), rng.randint(7, 20), rng.randint(0, 59))
            if base == right:
                when = when.replace(day=int(name[-9:-7]))
            mtimes[name] = when
            os.utime(os.path.join(base, name), (when.timestamp(), when.timestamp()))
    write(os.path.join(home, ".config", "krusaderrc"),
          open(os.path.join(APPS, "krusaderrc.template")).read())
    desk.run(["krusader", "--left", left, "--right", right], dbus=True, extra={"QT_QPA_PLATFORM": "xcb"})
    time.sleep(9)
    lsorted = sorted(lfiles)
    nsel = rng.randint(2, 3)
    rows = sorted(rng.sample(range(len(lsorted)), nsel))
    sel = [lsorted[r] for r in rows]
    desk.click(150, 173)  # the ".." row: activates the left panel
    desk.xdo("keydown", "ctrl")
    for r in rows:
        desk.click(150, 195 + 22 * r)
    desk.xdo("keyup", "ctrl")
    desk.xdo("mousemove", "300", "500")
    time.sleep(1)
    desk.capture(img)
    kib = lambda n: f"{n / 1024:.1f} KiB"
    mib = lambda n: f"{n / 1048576:.1f} MiB"
    big_r = max(rfiles, key=lambda f: f[1])
    pick = rng.choice(lsorted)
    return [
        item("how many files have I got selected on the left?", nsel, "count", "file manager",
             "selection count from status", True),
        item(f"what's the size of {pick[0]}?", kib(pick[1]), "text", "file manager", "size of a file", True),
        item("how many backup archives are there in the right panel?", len(rfiles), "count", "file manager",
             "count files", True),
        item("which backup is the biggest one?", big_r[0], "text", "file manager", "max by size", True),
        item("what date is the most recent backup from?", max(rfiles)[0][-17:-7], "date", "file manager",
             "most recent item", True),
        item("what do the selected files add up to, size-wise?", kib(sum(f[1] for f in sel)), "text",
             "file manager", "selection size from status", True),
        item("total size of everything in the Backups folder?", mib(sum(f[1] for f in rfiles)), "text",
             "file manager", "total size from status", True),
    ]


# ---------------------------------------------------------------------------
# 8. eog (Eye of GNOME): a concert poster image
# ---------------------------------------------------------------------------
def _font(size, bold=False):
    from PIL import ImageFont
    p = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf" if bold else "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
    return ImageFont.truetype(p, size)


@scene("eog_poster", "lucia")
def eog_poster(desk, rng, img):
    from PIL import Image, ImageDraw
    home = desk.home
    band = rng.choice(["The Velvet Tramlines", "Mariposa Nocturna", "Kite & Harbour", "Los Hermanos Brisa"])
    venue = rng.choice(["Sala Apolo, Barcelona", "Paradiso, Amsterdam", "Lido, Berlin", "La Cigale, Paris"])
    day = dt.date(2025, rng.randint(3, 11), rng.randint(1, 28))
    doors = f"{rng.choice([19, 20])}:{rng.choice(['00', '30'])}"
    price = rng.choice([18, 22, 25, 28, 32])
    support = rng.choice(["Nilufar Karimova", "DJ Ayo Bankole", "Clara Eriksen Trio"])
    W, H = rng.choice([(1200, 1600), (1080, 1440), (1350, 1800)])
    im = Image.new("RGB", (W, H), (24, 28, 48))
    d = ImageDraw.Draw(im)
    for i in range(14):
        y = int(H * 0.18 + i * H * 0.025)
        d.ellipse((W * 0.2 - i * 8, y, W * 0.8 + i * 8, y + H * 0.3), outline=(230, 90 + i * 9, 70), width=3)
    d.text((W / 2, H * 0.12), "LIVE IN CONCERT", font=_font(int(W * 0.05), True), fill=(250, 200, 80), anchor="mm")
    d.text((W / 2, H * 0.62), band, font=_font(int(W * 0.065), True), fill=(255, 255, 255), anchor="mm")
    d.text((W / 2, H * 0.70), f"with special guest {support}", font=_font(int(W * 0.03)), fill=(220, 220, 230), anchor="mm")
    d.text((W / 2, H * 0.78), f"{day:%A %d %B %Y}".upper(), font=_font(int(W * 0.04), True), fill=(250, 200, 80), anchor="mm")
    d.text((W / 2, H * 0.84), venue, font=_font(int(W * 0.035)), fill=(255, 255, 255), anchor="mm")
    d.text((W / 2, H * 0.90), f"Doors {doors}  ·  Tickets €{price}", font=_font(int(W * 0.035)),
           fill=(255, 255, 255), anchor="mm")
    fname = f"poster_{band.split()[-1].lower()}_{day:%Y%m%d}.png"
    path = os.path.join(home, "Pictures", "gigs", fname)
    os.makedirs(os.path.dirname(path))
    im.save(path)
    desk.run(["eog", "--new-instance", path], dbus=True)
    time.sleep(6)
    desk.xdo("search", "--name", fname, "windowsize", "900", "780", "windowmove", "0", "0")
    time.sleep(2)
    desk.capture(img)
    return [
        item("what's the name of this image file?", fname, "text", "image viewer", "file name in title", True),
        item("how big is the picture in pixels", f"{W} × {H}", "text", "image viewer", "image dimensions", True),
        item("when is the gig?", f"{day:%A %d %B %Y}", "date", "image viewer", "date in image", True),
        item("How much are the tickets", f"€{price}", "money", "image viewer", "price in image", True),
        item("who's the support act?", support, "person", "image viewer", "name in image", True),
        item("what time do doors open?", doors, "time", "image viewer", "time in image", True),
    ]


# ---------------------------------------------------------------------------
# 9. gitg: history of a small repo
# ---------------------------------------------------------------------------
@scene("gitg_history", "marek")
def gitg_history(desk, rng, img):
    home = desk.home
    repo = os.path.join(home, "src", "tram-timetable")
    os.makedirs(repo)
    authors = [("Marek Dvořák", "marek@tramdata.cz"), ("Ngozi Adeyemi", "ngozi@tramdata.cz"),
               ("Lukas Becker", "lukas.b@tramdata.cz"), ("Ana Lucía Paredes", "alp@tramdata.cz")]
    msgs = [
        "Initial commit: GTFS loader skeleton",
        "Parse stop_times.txt in chunks",
        "Add route colours to the map layer",
        "Fix off-by-one in weekend service calendar",
        "Bump pyproj to 3.6.1",
        "Cache shapes per route",
        "Translate UI strings to Czech",
        "Handle night lines crossing midnight",
        "Remove deprecated /v1/departures endpoint",
        "Release 2.4.0",
    ]
    git(repo, "init", "-q", "-b", "main")
    when = dt.datetime(2024, 5, 2, 9, 15)
    log = []
    for i, m in enumerate(msgs):
        a = authors[0] if i == 0 else rng.choice(authors)
        when += dt.timedelta(days=rng.randint(1, 5), hours=rng.randint(0, 7), minutes=rng.randint(0, 59))
        write(os.path.join(repo, f"file{i % 4}.txt"), f"change {i}\n{m}\n")
        git(repo, "add", ".")
        git(repo, "commit", "-qm", m, author=a, date=when.isoformat())
        log.append((m, a[0], when))
        if m == "Fix off-by-one in weekend service calendar":
            git(repo, "branch", "feature/realtime-feed")
    git(repo, "tag", "v2.4.0")
    git(repo, "checkout", "-q", "feature/realtime-feed")
    ra = rng.choice(authors)
    when2 = log[4][2] + dt.timedelta(hours=3)
    write(os.path.join(repo, "realtime.py"), "# GTFS-RT consumer\n")
    git(repo, "add", ".")
    git(repo, "commit", "-qm", "WIP: GTFS-RT vehicle positions", author=ra, date=when2.isoformat())
    git(repo, "checkout", "-q", "main")
    desk.run(["gitg", repo], dbus=True)
    time.sleep(8)
    desk.xdo("search", "--name", "tram-timetable", "windowsize", "1200", "760", "windowmove", "0", "0")
    time.sleep(2)
    desk.capture(img)
    counts = {}
    for m, a, w in log:
        counts[a] = counts.get(a, 0) + 1
    top = max(counts.items(), key=lambda kv: kv[1])
    tie = sum(1 for v in counts.values() if v == top[1]) > 1
    items = [
        item("who made the latest commit on main?", log[-1][1], "person", "git", "author of newest commit", True),
        item("what's the tag on the newest commit?", "v2.4.0", "version", "git", "tag label", True),
        item("what was the commit right before the release commit?", log[-2][0], "text", "git",
             "n-th commit message", True),
        item("which branch does the WIP commit sit on?", "feature/realtime-feed", "text", "git",
             "branch label", True),
        item("who wrote the commit about night lines crossing midnight", next(a for m, a, w in log if "night lines" in m),
             "person", "git", "author of a commit", True),
    ]
    dated = rng.choice([x for x in log[1:-1] if x[2].day >= 10])
    items.append(item(f"when was \"{dated[0]}\" committed?", f"{dated[2]:%b %d %Y, %H:%M}", "date", "git",
                      "date of a commit", True))
    if not tie:
        items.append(item("who has the most commits on main in this history?", top[0], "person", "git",
                          "count by author", False))
    return items


# ---------------------------------------------------------------------------
# 10. xxdiff: two versions of a docker-compose file
# ---------------------------------------------------------------------------
@scene("xxdiff_compose", "chiara")
def xxdiff_compose(desk, rng, img):
    home = desk.home
    pg_old, pg_new = "15.4", rng.choice(["16.2", "16.3", "16.4"])
    redis_old, redis_new = "7.0", "7.2"
    port_old, port_new = 8080, rng.choice([8081, 8088, 9080])
    mem_old, mem_new = "512m", rng.choice(["768m", "1g", "1536m"])
    def compose(pg, redis, port, mem, extra):
        return textwrap.dedent(f"""\
            services:
              web:
                image: registry.example.com/bookshop/web:latest
                ports:
                  - "{port}:8000"
                environment:
                  DJANGO_SETTINGS_MODULE: bookshop.settings.prod
                  ALLOWED_HOSTS: shop.libreria-rossi.it
                deploy:
                  resources:
                    limits:
                      memory: {mem}
                depends_on: [db, cache]
              db:
                image: postgres:{pg}
                volumes:
                  - pgdata:/var/lib/postgresql/data
              cache:
                image: redis:{redis}
            @@EXTRA@@volumes:
              pgdata: {{}}
            """).replace("@@EXTRA@@", extra)
    old = compose(pg_old, redis_old, port_old, mem_old, "")
    worker = "  worker:\n    image: registry.example.com/bookshop/web:latest\n    command: celery -A bookshop worker -l info\n"
    new = compose(pg_new, redis_new, port_new, mem_new, worker)
    d = os.path.join(home, "deploy")
    write(os.path.join(d, "docker-compose.prod.yml.orig"), old)
    write(os.path.join(d, "docker-compose.prod.yml"), new)
    desk.run(["xxdiff", "docker-compose.prod.yml.orig", "docker-compose.prod.yml"], cwd=d)
    time.sleep(5)
    desk.xdo("search", "--class", "xxdiff", "windowsize", "1180", "700", "windowmove", "0", "0")
    time.sleep(2)
    desk.capture(img)
    return [
        item("which postgres version does the new file move to?", pg_new, "version", "diff",
             "changed value on right side", True),
        item("what host port did the web service use before this change?", port_old, "number", "diff",
             "old value on left side", True),
        item("what's the new memory limit for web", mem_new, "text", "diff", "changed value", True),
        item("what service got added in the new version?", "worker", "text", "diff", "added block", True),
        item("is the redis version changed too? yes or no", "yes", "yesno", "diff", "yes/no on change", False),
    ]


# ---------------------------------------------------------------------------
# 11. sylpheed: inbox of a small architecture studio (MH mailbox)
# ---------------------------------------------------------------------------
@scene("sylpheed_inbox", "seun")
def sylpheed_inbox(desk, rng, img):
    import email.utils
    home = desk.home
    mail = os.path.join(home, "Mail")
    for f in ("inbox", "sent", "draft", "queue", "trash"):
        os.makedirs(os.path.join(mail, f))
    me = ("Oluwaseun Bello", "seun@bello-studio.ng")
    senders = [("Femi Adebayo", "femi@lagosprint.ng"), ("Grace Mwangi", "grace.mwangi@kijani.co.ke"),
               ("Pierre Lambert", "p.lambert@atelier-lambert.fr"), ("Yuki Sato", "yuki@sato-arch.jp"),
               ("Billing", "invoices@cloudnest.io"), ("Olga Petrenko", "olga.p@kyivdesign.ua"),
               ("Tunde Okoro", "tunde@okoro-legal.ng")]
    subjects = ["Revised floor plans for Ikoyi villa", "Invoice #CN-20931 for October",
                "Site visit moved to Thursday", "Re: facade material samples", "Contract draft v3 attached",
                "Lunch next week?", "Print proofs ready for pickup", "Question about the stair detail",
                "Your storage is 92% full"]
    rng.shuffle(subjects)
    when = dt.datetime(2024, 10, 7, 8, 12)
    msgs = []
    for i, subj in enumerate(subjects):
        s = rng.choice(senders)
        if "Invoice" in subj or "storage" in subj:
            s = senders[4]
        when += dt.timedelta(hours=rng.randint(2, 30), minutes=rng.randint(0, 59))
        size_pad = rng.randint(1, 12) * 300
        filler = ["Let me know if anything is unclear.", "I have copied the team on this.",
                  "The numbers are in the attached sheet.", "We can discuss on the call.",
                  "Thanks again for the quick turnaround.", "Please confirm by end of week."]
        body = (f"Hello Seun,\n\nQuick note regarding: {subj}.\n"
                + " ".join(rng.choice(filler) for _ in range(size_pad // 40)) + f"\n\nBest,\n{s[0]}\n")
        raw = (f"From: {s[0]} <{s[1]}>\nTo: {me[0]} <{me[1]}>\nSubject: {subj}\n"
               f"Date: {email.utils.format_datetime(when.replace(tzinfo=dt.timezone.utc))}\n"
               f"Message-ID: <{i}.{when:%s}@mail.example>\nMIME-Version: 1.0\n"
               f"Content-Type: text/plain; charset=UTF-8\n\n{body}")
        write(os.path.join(mail, "inbox", str(i + 1)), raw)
        msgs.append((s, subj, when))
    cfg = os.path.join(home, ".sylpheed-2.0")
    folders = "".join(f'<folderitem type="{t}" name="{n}" path="{n}" />' for t, n in
                      [("inbox", "inbox"), ("outbox", "sent"), ("draft", "draft"), ("queue", "queue"),
                       ("trash", "trash")])
    write(os.path.join(cfg, "folderlist.xml"),
          f'<?xml version="1.0" encoding="UTF-8"?>\n<folderlist><folder type="mh" name="Mailbox" path="{mail}">'
          f'{folders}</folder></folderlist>\n')
    write(os.path.join(cfg, "accountrc"), textwrap.dedent(f"""\
        [Account: 1]
        account_name={me[1]}
        is_default=1
        name={me[0]}
        address={me[1]}
        protocol=0
        receive_server=pop.bello-studio.ng
        smtp_server=smtp.bello-studio.ng
        user_id=seun
        """))
    desk.run(["sylpheed"], dbus=False)
    time.sleep(6)
    desk.place("Sylpheed", 0, 0, 1180, 770)
    time.sleep(1.5)
    desk.click(77, 160)  # Inbox
    time.sleep(2)
    desk.drag(685, 309, 685, 560)  # taller message list
    desk.drag(876, 143, 760, 143)  # narrower Subject column -> full dates
    desk.xdo("mousemove", "600", "700")
    time.sleep(1)
    desk.capture(img)
    latest = max(msgs, key=lambda m: m[2])
    first = msgs[0]
    by = {}
    for m in msgs:
        by[m[0][0]] = by.get(m[0][0], 0) + 1
    uniq = rng.choice([m for m in msgs if by[m[0][0]] == 1])
    return [
        item("who sent me the most recent email?", latest[0][0], "person", "mail", "sender of newest mail", True),
        item("how many unread messages are in the inbox", len(msgs), "count", "mail", "unread count", True),
        item(f"what did {uniq[0][0]} write to me about? (subject)", uniq[1], "text", "mail", "subject by sender", True),
        item("how many of these mails came from Billing?", by.get("Billing", 0), "count", "mail",
             "count by sender", False),
        item("what's the email address of whoever sent the message that's open?", first[0][1], "text", "mail",
             "address in header", True),
        item("date on the open message?", f"{first[2]:%a, %d %b %Y %H:%M:%S} +0000", "date", "mail",
             "date header", True),
    ]


# ---------------------------------------------------------------------------
# 12. lxtask: task manager with a few named processes of ours
# ---------------------------------------------------------------------------
@scene("lxtask_procs", "nadia")
def lxtask_procs(desk, rng, img):
    import shutil as _sh
    home = desk.home
    bindir = os.path.join(home, "bin")
    os.makedirs(bindir)
    hog = rng.choice(["tile-render", "geo-indexer", "pdf-batcher"])
    _sh.copy("/usr/bin/python3.11", os.path.join(bindir, hog))
    mb = rng.choice([2600, 2900, 3200])
    hog_p = desk.run([os.path.join(bindir, hog), "-c",
              f"import time; b = bytearray({mb} * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\ntime.sleep(600)"])
    helper = rng.choice(["thumbd", "syncd", "mailq-worker"])
    _sh.copy("/usr/bin/sleep", os.path.join(bindir, helper))
    nhelp = rng.randint(2, 4)
    hpids = [desk.run([os.path.join(bindir, helper), "600"]).pid for _ in range(nhelp)]
    time.sleep(7)
    write(os.path.join(home, ".config", "lxtask.conf"),
          "[General]\nshow_user_tasks=true\nshow_root_tasks=true\nfull_cmd_line=false\nrefresh_rate=600000\n"
          "width=1000\nheight=720\nshow_cached_as_free=true\n")
    desk.run(["lxtask"])
    time.sleep(4)
    desk.place("Task Manager", 0, 0, 1000, 720)
    time.sleep(1.5)
    desk.capture(img)
    return [
        item("which process is eating the most memory?", hog, "text", "task manager", "max by RSS", True),
        item(f"what's the PID of {hog}?", hog_p.pid, "number", "task manager", "PID of a process", True),
        item(f"how many {helper} processes are running?", nhelp, "count", "task manager",
             "count processes by name", False),
        item(f"and the parent PID of {hog}?", os.getpid(), "number", "task manager", "PPID of a process", True),
    ]


# ---------------------------------------------------------------------------
# 13. home-made PyQt5 settings dialog (backup tool preferences)
# ---------------------------------------------------------------------------
@scene("qt_backup_settings", "ingrid")
def qt_backup_settings(desk, rng, img):
    import json
    home = desk.home
    schedules = ["Hourly", "Daily", "Weekly", "Monthly"]
    checks = [("Encrypt archives (AES-256)", rng.random() < 0.5), ("Skip files larger than 4 GB", rng.random() < 0.5),
              ("Verify after upload", rng.random() < 0.5), ("Send e-mail report on failure", True),
              ("Run on battery power", False), ("Follow symbolic links", rng.random() < 0.5)]
    spec = {
        "title": "Kopiarka Backup — Preferences",
        "other_tabs": ["Sources", "Exclusions", "Notifications", "Advanced"],
        "profile": rng.choice(["Office NAS nightly", "Photos to B2", "Laptop → Hetzner box"]),
        "destination": rng.choice(["sftp://backup@nas.halvorsen.no/volume1/kopi", "s3://halvorsen-archive/laptop",
                                   "/mnt/usb-seagate/kopi"]),
        "schedules": schedules, "schedule": rng.choice(schedules),
        "time": f"{rng.randint(0, 23):02d}:{rng.choice([0, 15, 30, 45]):02d}",
        "keep": rng.randint(5, 60),
        "compressions": ["none", "lz4", "zstd (level 3)", "zstd (level 19)", "gzip"],
        "compression": rng.choice(["lz4", "zstd (level 3)", "zstd (level 19)", "gzip"]),
        "bandwidth": rng.randint(5, 95),
        "checks": checks,
        "status": f"Last backup: {dt.date(2025, 2, rng.randint(1, 28)):%d.%m.%Y} 02:{rng.randint(10, 59)} — OK, "
                  f"{rng.randint(1200, 9800)} files",
    }
    p = os.path.join(home, "spec.json")
    json.dump(spec, open(p, "w"), ensure_ascii=False)
    desk.run([SYS_PY, os.path.join(APPS, "qt_settings.py"), p], extra={"QT_QPA_PLATFORM": "xcb"})
    time.sleep(4)
    desk.capture(img)
    on = [c for c, v in checks if v]
    ask = rng.choice(checks[:3])
    return [
        item("which schedule is picked?", spec["schedule"], "text", "settings", "selected radio", True),
        item("what time is the backup set to start", spec["time"], "time", "settings", "value of a field", True),
        item("how many snapshots does it keep?", spec["keep"], "number", "settings", "spinbox value", True),
        item(f"is \"{ask[0]}\" turned on?", "yes" if ask[1] else "no", "yesno", "settings", "checkbox state", False),
        item("how many of the options checkboxes are ticked?", len(on), "count", "settings", "count checked", False),
        item("what compression is selected", spec["compression"], "text", "settings", "combo value", True),
        item("when did the last backup run, according to the bottom line?", spec["status"].split(" ")[2],
             "date", "settings", "date in status line", True),
    ]


# ---------------------------------------------------------------------------
# 14. home-made GTK3 export dialog (dark theme)
# ---------------------------------------------------------------------------
@scene("gtk_export_dialog", "kwame")
def gtk_export_dialog(desk, rng, img):
    import json
    home = desk.home
    names = ["customers", "orders", "order_items", "products", "suppliers", "invoices", "payments",
             "shipments", "audit_log"]
    tables = []
    for n in names:
        rows = rng.randint(200, 900000)
        size = rows * rng.randint(60, 400)
        tables.append([rng.random() < 0.55, n, f"{rows:,}", f"{size / 1e6:.1f} MB"])
    fmt = rng.choice(["CSV", "JSON Lines", "Parquet", "SQL dump"])
    spec = {
        "title": "Export tables — Asante Wholesale (postgres@db-accra-02)",
        "heading": "Choose the tables to export",
        "tables": tables, "formats": ["CSV", "JSON Lines", "Parquet", "SQL dump"], "format": fmt,
        "target": f"/home/kwame/exports/asante_{dt.date(2025, 3, rng.randint(1, 28)):%Y%m%d}.zip",
        "encodings": ["UTF-8", "UTF-16", "ISO-8859-1", "Windows-1252"],
        "encoding": rng.choice(["UTF-8", "ISO-8859-1", "Windows-1252"]),
        "checks": [("Include column headers", True), ("Compress output (zip)", True),
                   ("Anonymise personal data", rng.random() < 0.5)],
        "progress": 0, "progress_text": "Ready",
        "dark": True,
    }
    sel = [t for t in tables if t[0]]
    spec["status"] = f"{len(sel)} of {len(tables)} tables selected"
    p = os.path.join(home, "spec.json")
    json.dump(spec, open(p, "w"))
    desk.run([SYS_PY, os.path.join(APPS, "gtk_export.py"), p])
    time.sleep(4)
    desk.capture(img)
    biggest = max(tables, key=lambda t: int(t[2].replace(",", "")))
    pick = rng.choice(tables)
    unsel = [t[1] for t in tables if not t[0]]
    return [
        item("how many tables are ticked for export?", len(sel), "count", "dialog", "count checked rows", True),
        item("which export format is selected", fmt, "text", "dialog", "selected radio", True),
        item(f"how many rows does {pick[1]} have?", pick[2], "number", "dialog", "cell by row and column", True),
        item("which table has the most rows?", biggest[1], "text", "dialog", "max by column", False),
        item("what encoding will the export use?", spec["encoding"], "text", "dialog", "combo value", True),
        item("is orders going to be exported?", "yes" if tables[1][0] else "no", "yesno", "dialog",
             "checkbox state in row", False),
        item("where is the file going to be saved? full path", spec["target"], "text", "dialog", "entry value", True),
    ]


# ---------------------------------------------------------------------------
# 15. home-made PyQt5 spreadsheet grid (quarterly sales)
# ---------------------------------------------------------------------------
@scene("qt_sheet_sales", "mei")
def qt_sheet_sales(desk, rng, img):
    import json
    home = desk.home
    reps = rng.sample(["Mei Lin", "Oskar Nilsson", "Aditi Rao", "Kofi Mensah", "Elena Petrova", "Javier Soto",
                       "Fatma Yilmaz", "Liam O'Brien", "Tran Thi Ha"], 7)
    rows = [["Sales rep", "Region", "Q1", "Q2", "Q3", "Q4", "Total"]]
    data = []
    for r in reps:
        q = [rng.randint(18, 95) * 1000 + rng.randint(0, 99) * 10 for _ in range(4)]
        reg = rng.choice(["North", "South", "East", "West"])
        data.append((r, reg, q))
        rows.append([r, reg] + [f"{x:,}" for x in q] + [f"{sum(q):,}"])
    sr = rng.randint(1, 7)
    sc = rng.randint(2, 5)
    cell = f"{chr(65 + sc)}{sr + 1}"
    spec = {"title": "sales_2024.qsheet — MiniSheet", "rows": rows, "nrows": 14, "selected": cell,
            "formula": rows[sr][sc].replace(",", ""), "sel_rc": [sr, sc],
            "sheets": ["2023", "2024", "Targets"], "sheet": "2024", "dark": True,
            "status": f"Sum of selection: {rows[sr][sc]}    Ready"}
    p = os.path.join(home, "spec.json")
    json.dump(spec, open(p, "w"))
    desk.run([SYS_PY, os.path.join(APPS, "qt_sheet.py"), p], extra={"QT_QPA_PLATFORM": "xcb"})
    time.sleep(4)
    desk.capture(img)
    best_q3 = max(data, key=lambda d: d[2][2])
    worst_total = min(data, key=lambda d: sum(d[2]))
    a, b = rng.sample(data, 2)
    reg = rng.choice(sorted({d[1] for d in data}))
    d4 = data[3]
    return [
        item(f"what's in D{5}?", rows[4][3], "number", "spreadsheet", "cell by address", True),
        item("who had the best Q3?", best_q3[0], "person", "spreadsheet", "max by column", False),
        item("which rep has the lowest total for the year", worst_total[0], "person", "spreadsheet",
             "min by column", False),
        item(f"How much more did {a[0]} sell than {b[0]} in Q1? (negative if less)", f"{a[2][0] - b[2][0]:,}",
             "number", "spreadsheet", "difference of two cells", False),
        item(f"how many reps are in the {reg} region?", sum(d[1] == reg for d in data), "count", "spreadsheet",
             "count rows with condition", False),
        item("which cell is selected?", cell, "text", "spreadsheet", "selected cell name", True),
        item(f"{d4[0]}'s Q4 number?", f"{d4[2][3]:,}", "number", "spreadsheet", "cell by row and column", True),
    ]


# ---------------------------------------------------------------------------
# 16. gnome-terminal running btop, filtered to our worker processes
# ---------------------------------------------------------------------------
@scene("btop_workers", "rahul")
def btop_workers(desk, rng, img):
    import shutil as _sh
    home = desk.home
    bindir = os.path.join(home, "bin")
    os.makedirs(bindir)
    base = rng.choice(["etl", "sync", "quote"])
    roles = [str(i) for i in rng.sample(range(1, 10), 4)]
    mems = rng.sample([120, 260, 480, 900], 4)
    pids = {}
    for r, mb in zip(roles, mems):
        name = f"{base}-{r}"
        _sh.copy("/usr/bin/python3.11", os.path.join(bindir, name))
        p = desk.run([os.path.join(bindir, name), "-c",
                      f"import time; b = bytearray({mb} * 1024 * 1024)\nfor i in range(0, len(b), 4096): b[i] = 1\n"
                      "time.sleep(900)"])
        pids[name] = (p.pid, mb)
    time.sleep(5)
    write(os.path.join(home, ".config", "btop", "btop.conf"),
          'color_theme = "Default"\ntheme_background = True\nupdate_ms = 60000\nproc_sorting = "memory"\n'
          'proc_reversed = False\nproc_tree = False\nshown_boxes = "proc mem"\nproc_filter_kernel = True\n')
    desk.run(["gnome-terminal", "--wait", "--geometry=120x34", "--", "btop"], dbus=True)
    time.sleep(5)
    desk.keys("f")
    desk.type(base + "-")
    desk.keys("Return")
    time.sleep(3)
    desk.capture(img)
    hog = max(pids, key=lambda k: pids[k][1])
    light = min(pids, key=lambda k: pids[k][1])
    pick = rng.choice(sorted(pids))
    return [
        item("which of these workers is using the most memory?", hog, "text", "task manager",
             "max by memory", True),
        item(f"what's the pid of {pick}?", pids[pick][0], "number", "task manager", "PID of a process", True),
        item("how many processes match the filter?", len(pids), "count", "task manager", "count rows", False),
        item("which one uses the least memory", light, "text", "task manager", "min by memory", True),
    ]


# ---------------------------------------------------------------------------
# 17. apvlv: a PDF invoice
# ---------------------------------------------------------------------------
@scene("apvlv_invoice", "sofia")
def apvlv_invoice(desk, rng, img):
    import matplotlib
    matplotlib.use("Agg")
    from matplotlib.backends.backend_pdf import PdfPages
    import matplotlib.pyplot as plt
    home = desk.home
    inv_no = f"HS-{rng.randint(2024100, 2024999)}"
    issue = dt.date(2024, rng.randint(1, 11), rng.randint(1, 28))
    due = issue + dt.timedelta(days=rng.choice([14, 30]))
    client = rng.choice(["Kowalczyk & Partners sp. z o.o.", "Brasserie Lemaire SARL", "Nakamura Trading K.K.",
                         "Oduya Health Ltd"])
    lines = []
    for desc in rng.sample(["UX audit (checkout flow)", "Design system tokens", "Landing page redesign",
                            "Accessibility review (WCAG 2.2)", "Icon set, 48 glyphs", "Prototype user testing"], 4):
        qty = rng.randint(1, 12)
        unit = rng.choice([85, 95, 110, 120, 450, 600])
        lines.append((desc, qty, unit, qty * unit))
    sub = sum(l[3] for l in lines)
    vat = round(sub * 0.23, 2)
    total = sub + vat
    pdf = os.path.join(home, "Documents", f"invoice_{inv_no}.pdf")
    os.makedirs(os.path.dirname(pdf))
    with PdfPages(pdf) as pp:
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.93, "Herrera Studio", fontsize=22, weight="bold")
        fig.text(0.08, 0.905, "Calle de Alcalá 214, 28028 Madrid · sofia@herrera.studio", fontsize=9)
        fig.text(0.62, 0.93, "INVOICE", fontsize=20, weight="bold", color="#b03a2e")
        fig.text(0.62, 0.905, f"No. {inv_no}", fontsize=11)
        fig.text(0.62, 0.885, f"Issued: {issue:%d/%m/%Y}", fontsize=11)
        fig.text(0.62, 0.865, f"Due: {due:%d/%m/%Y}", fontsize=11)
        fig.text(0.08, 0.84, "Bill to:", fontsize=11, weight="bold")
        fig.text(0.08, 0.82, client, fontsize=11)
        y = 0.76
        for x, h in ((0.08, "Description"), (0.56, "Qty"), (0.66, "Unit (EUR)"), (0.80, "Amount (EUR)")):
            fig.text(x, y, h, fontsize=11, weight="bold")
        for desc, q, u, a in lines:
            y -= 0.03
            fig.text(0.08, y, desc, fontsize=11)
            fig.text(0.56, y, str(q), fontsize=11)
            fig.text(0.66, y, f"{u:,.2f}", fontsize=11)
            fig.text(0.80, y, f"{a:,.2f}", fontsize=11)
        y -= 0.05
        for lab, val in (("Subtotal", sub), ("VAT 23%", vat), ("Total due", total)):
            fig.text(0.62, y, lab, fontsize=12, weight="bold" if lab == "Total due" else "normal")
            fig.text(0.80, y, f"{val:,.2f}", fontsize=12, weight="bold" if lab == "Total due" else "normal")
            y -= 0.03
        fig.text(0.08, 0.12, "IBAN ES91 2100 0418 4502 0005 1332 · Payment within the due date, please.", fontsize=9)
        pp.savefig(fig)
        plt.close(fig)
    desk.run(["apvlv", pdf])
    time.sleep(5)
    desk.place("invoice_", 0, 0, 900, 790)
    time.sleep(1)
    desk.capture(img)
    big = max(lines, key=lambda l: l[3])
    pick = rng.choice(lines)
    return [
        item("what's the invoice number?", inv_no, "code", "pdf", "document id", True),
        item("total due on this invoice?", f"{total:,.2f}", "money", "pdf", "total amount", True),
        item("when is it due", f"{due:%d/%m/%Y}", "date", "pdf", "due date", True),
        item("who's being billed?", client, "text", "pdf", "bill-to name", True),
        item("which line item costs the most?", big[0], "text", "pdf", "max by amount", False),
        item(f"how many units of \"{pick[0]}\" were billed?", pick[1], "number", "pdf", "cell by row and column", True),
    ]
