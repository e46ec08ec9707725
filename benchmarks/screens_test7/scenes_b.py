"""GUI application scenes (GTK/Tk/X11 apps from Debian, plus two small home-made GTK3 apps)."""
import json
import os
import re
import subprocess
import textwrap
import zipfile

from PIL import Image, ImageDraw, ImageFont

import lib
from lib import ROOT, fresh, env_for, run_app, term_script, set_mtime
from scenes_a import git, git_env

HERE = os.path.dirname(os.path.abspath(__file__))
APPS = os.path.join(HERE, "apps")


def dbus(cmd):
    return ["dbus-run-session", "--", *cmd]


# ---------------------------------------------------------------- 9 kakoune editing a Go file
GO_SRC = '''package ratelimit

import (
	"sync"
	"time"
)

const (
	DefaultBurst    = 40
	DefaultRefill   = 250 * time.Millisecond
	MaxClientsPerIP = 12
)

// Bucket is a token bucket for a single API key.
type Bucket struct {
	mu       sync.Mutex
	tokens   int
	capacity int
	last     time.Time
}

func NewBucket(capacity int) *Bucket {
	return &Bucket{tokens: capacity, capacity: capacity, last: time.Now()}
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill()
	if b.tokens == 0 {
		return false
	}
	b.tokens--
	return true
}
'''


def kakoune_go(rng, png):
    base = fresh(f"{ROOT}/kak")
    home = lib.terminology_home(fresh(f"{base}/home"))
    d = os.path.join(home, "src", "gatekeeper", "ratelimit")
    os.makedirs(d)
    with open(os.path.join(d, "bucket.go"), "w") as f:
        f.write(GO_SRC)
    kcmd = ("set-option global ui_options terminal_assistant=none; add-highlighter global/ number-lines; "
            "colorscheme solarized-light; exec 11g")
    script = term_script(f"{base}/run.sh", "x", "~", f"cd '{d}'; exec kak -e '{kcmd}' bucket.go\n")
    run_app(lib.alacritty(script, bg="#fdf6e3", fg="#657b83", font="Inconsolata", size=12.5,
                          title="kak - bucket.go"), env_for(home), png, wait=3, size=(900, 770), pos=(60, 8))
    lines = GO_SRC.splitlines()
    func_line = [i for i, l in enumerate(lines, 1) if l.startswith("func (b *Bucket) Allow")][0]
    items = [
        ("what's DefaultBurst set to?", "40", "number", "constant value", True),
        ("which file is open in the editor", "bucket.go", "text", "open file name", True),
        ("line number where the Allow method starts?", func_line, "number", "line of a function", True),
        ("how many fields does the Bucket struct have", 4, "count", "count struct fields", False),
    ]
    return "editor", items


# ---------------------------------------------------------------- 10 gedit with docker-compose.yml
COMPOSE = """services:
  web:
    image: ghcr.io/lumenpay/web:3.8.1
    ports: ["8080:80"]
    restart: unless-stopped

  api:
    image: ghcr.io/lumenpay/api:3.8.1
    environment:
      DATABASE_URL: postgres://lumen@db:5432/payments
      REDIS_URL: redis://cache:6379/2
      LOG_LEVEL: info
    ports: ["9000:9000"]
    restart: unless-stopped

  worker:
    image: ghcr.io/lumenpay/api:3.8.1
    command: ["celery", "-A", "lumen", "worker", "-c", "6"]
    restart: on-failure

  db:
    image: postgres:15.6-alpine
    volumes: ["pgdata:/var/lib/postgresql/data"]
    ports: ["5433:5432"]

  cache:
    image: redis:7.2.4
"""


def gedit_compose(rng, png):
    base = fresh(f"{ROOT}/gedit")
    home = fresh(f"{base}/home")
    d = os.path.join(home, "lumenpay")
    os.makedirs(d)
    fp = os.path.join(d, "docker-compose.yml")
    with open(fp, "w") as f:
        f.write(COMPOSE)
    run_app(dbus(["gedit", "--new-window", fp]), env_for(home), png, wait=5, size=(860, 760),
            pos=(60, 10), name="docker-compose")
    services = re.findall(r"^  (\w+):$", COMPOSE, re.M)
    pg = re.search(r"postgres:([\w.\-]+)", COMPOSE).group(1)
    items = [
        ("how many services are defined in this compose file?", len(services), "count", "count services", False),
        ("Which postgres image tag is used", pg, "version", "image version", True),
        ("what host port is the db exposed on", "5433", "number", "port mapping", True),
        ("how many celery worker processes (-c) are configured?", "6", "number", "value in command", True),
        ("what's the restart policy for the worker?", "on-failure", "text", "setting of a service", True),
    ]
    return "editor", items


# ---------------------------------------------------------------- 11 xedit with meeting notes
NOTES = """Platform sync - weekly
Date: Tuesday 14 May 2024, 10:00-10:45 (Room Kestrel / video)
Chair: Olusegun Adeyemi
Minutes: Chiara Lombardi
Attendees: Olusegun, Chiara, Tomasz Wieczorek, Yuki Morita, Hannah Okafor

1. Incident review
   - Payments API latency spike on 9 May lasted 37 minutes.
   - Root cause: connection pool capped at 20 after config rollback.

2. Q2 roadmap
   - Search v2 beta slips to 3 June (Yuki).
   - Audit log export stays on track for 24 May.

Action items
   [Tomasz]  raise pool limit to 60 and add alert       due 17 May
   [Hannah]  write runbook for pool exhaustion          due 21 May
   [Yuki]    share search v2 beta checklist             due 28 May

Next meeting: Tuesday 21 May 2024
"""


def xedit_notes(rng, png):
    base = fresh(f"{ROOT}/xedit")
    home = fresh(f"{base}/home")
    fp = os.path.join(home, "platform-sync-2024-05-14.txt")
    with open(fp, "w") as f:
        f.write(NOTES)
    with open(os.path.join(base, "Xresources"), "w") as f:
        f.write("Xedit*font: -*-dejavu sans mono-medium-r-*-*-15-*-*-*-*-*-*-*\n"
                "Xedit*international: true\nXedit*fontSet: -*-fixed-medium-r-*-*-15-*-*-*-*-*-*-*\n")
    run_app(["xedit", "-fn", "-misc-fixed-medium-r-normal--15-*-*-*-*-*-iso8859-1", fp], env_for(home),
            png, wait=3, size=(860, 640), name="xedit")
    items = [
        ("who took the minutes?", "Chiara Lombardi", "person", "minute taker", True),
        ("when is Hannah's runbook due", "21 May", "date", "due date of action item", True),
        ("how many people attended", 5, "count", "count attendees", False),
        ("When's the next meeting?", "Tuesday 21 May 2024", "date", "next meeting date", True),
    ]
    return "editor", items


# ---------------------------------------------------------------- 12 ristretto image viewer
def ristretto_photo(rng, png):
    base = fresh(f"{ROOT}/ristretto")
    home = fresh(f"{base}/home")
    d = os.path.join(home, "Pictures", "lisbon-trip")
    os.makedirs(d)
    names = ["IMG_20240817_091522.jpg", "IMG_20240817_114038.jpg", "IMG_20240817_183204.jpg",
             "IMG_20240818_072911.jpg", "IMG_20240818_160447.jpg"]
    dims = [(1600, 1200), (1200, 1600), (2048, 1365), (1600, 1067), (1920, 1280)]
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 90)
    for name, (w, h) in zip(names, dims):
        im = Image.new("RGB", (w, h))
        dr = ImageDraw.Draw(im)
        c1 = (rng.randint(30, 120), rng.randint(80, 160), rng.randint(150, 230))
        c2 = (rng.randint(200, 255), rng.randint(140, 200), rng.randint(60, 120))
        for y in range(h):
            t = y / h
            dr.line([(0, y), (w, y)], fill=tuple(int(c1[k] * (1 - t) + c2[k] * t) for k in range(3)))
        for _ in range(9):
            x0, y0 = rng.randint(0, w), rng.randint(h // 2, h)
            dr.rectangle([x0, y0, x0 + rng.randint(80, 300), h], fill=(rng.randint(180, 250), rng.randint(120, 200), rng.randint(90, 160)))
        im.save(os.path.join(d, name), quality=88)
    shown = names[2]
    run_app(dbus(["ristretto", os.path.join(d, shown)]), env_for(home), png, wait=5, size=(1000, 700),
            name="ristretto|Image Viewer|IMG_")
    w, h = dims[2]
    kb = f"{os.path.getsize(os.path.join(d, shown)) / 1000:.1f} kB"
    items = [
        ("what are the pixel dimensions of this photo?", f"{w} x {h}", "text", "image dimensions", True),
        ("how big is the file (kB)?", kb, "text", "file size in status bar", True),
        ("what's the filename of the picture that's open?", shown, "text", "open image name", True),
        ("how many photos are in this folder (thumbnail strip)?", len(names), "count", "count thumbnails", False),
    ]
    return "image viewer", items, (w, h)


# ---------------------------------------------------------------- 13 file-roller with a zip
def fileroller_zip(rng, png):
    base = fresh(f"{ROOT}/froller")
    home = fresh(f"{base}/home")
    zpath = os.path.join(home, "site-backup-2024-06-30.zip")
    files = [
        ("index.html", 18_432, (2024, 6, 28, 17, 2, 0)),
        ("about.html", 9_207, (2024, 5, 14, 9, 40, 0)),
        ("pricing.html", 12_880, (2024, 6, 21, 11, 15, 0)),
        ("styles.css", 41_506, (2024, 6, 29, 8, 55, 0)),
        ("app.js", 126_730, (2024, 6, 30, 22, 10, 0)),
        ("logo.svg", 6_114, (2023, 11, 3, 14, 0, 0)),
        ("robots.txt", 212, (2023, 9, 1, 10, 0, 0)),
        ("sitemap.xml", 3_904, (2024, 6, 30, 22, 12, 0)),
    ]
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for name, size, dt in files:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_DEFLATED
            data = (f"/* {name} */\n" + "".join(chr(97 + rng.randint(0, 25)) for _ in range(size))).encode()[:size]
            z.writestr(zi, data)
    set_mtime(zpath, "2024-06-30 23:00")
    run_app(dbus(["file-roller", zpath]), env_for(home), png, wait=5, size=(960, 560), name="site-backup")
    biggest = max(files, key=lambda f: f[1])[0]
    items = [
        ("how many files are in this archive?", len(files), "count", "count archive entries", False),
        ("which file in the zip is the largest", biggest, "text", "largest entry", True),
        ("what's the name of the archive that's open", "site-backup-2024-06-30.zip", "text", "archive name", True),
        ("how big is styles.css", f"{files[3][1] / 1000:.1f} kB", "text", "size of an entry", True),
        ("when was about.html last modified?", "14 May 2024, 09:40", "date", "modified date of an entry", True),
    ]
    return "archiver", items


# ---------------------------------------------------------------- 14 doublecmd dual pane
def doublecmd_panes(rng, png):
    base = fresh(f"{ROOT}/dc")
    home = fresh(f"{base}/home")
    left = os.path.join(home, "Invoices", "2024")
    right = os.path.join(home, "Contracts")
    os.makedirs(left)
    os.makedirs(right)
    inv = [("INV-2024-0412_Brightwater.pdf", 184_233, "2024-04-12 09:31"),
           ("INV-2024-0413_Okonkwo-Trading.pdf", 201_876, "2024-04-15 14:02"),
           ("INV-2024-0427_Haugland-AS.pdf", 176_450, "2024-04-27 11:48"),
           ("INV-2024-0503_Marquez-Foods.pdf", 232_019, "2024-05-03 16:20"),
           ("INV-2024-0519_Sato-Logistics.pdf", 198_744, "2024-05-19 10:05"),
           ("credit-note_CN-0031.pdf", 88_310, "2024-05-22 13:37"),
           ("payments_ledger.xlsx", 64_512, "2024-05-31 18:09")]
    con = [("NDA_Brightwater_signed.pdf", 412_556, "2023-12-04 12:00"),
           ("MSA_Okonkwo-Trading_v2.docx", 96_218, "2024-02-19 15:44"),
           ("SOW_Haugland_phase1.pdf", 305_901, "2024-03-08 09:12"),
           ("lease_office_Kraków.pdf", 1_448_030, "2023-07-01 08:00")]
    for d, lst in ((left, inv), (right, con)):
        for name, size, stamp in lst:
            fp = os.path.join(d, name)
            with open(fp, "wb") as f:
                f.truncate(size)
            set_mtime(fp, stamp)
    cfg = os.path.join(home, ".config", "doublecmd")
    os.makedirs(cfg)
    run_app(["doublecmd", "--no-splash", "-C", "-L", left, "-R", right], env_for(home), png, wait=6,
            size=(1180, 640), pos=(40, 40), name="Double Commander")
    biggest_right = max(con, key=lambda f: f[1])[0]
    items = [
        ("how many invoice PDFs (INV-...) are in the left panel?", sum(1 for f in inv if f[0].startswith("INV")),
         "count", "count files by prefix", False),
        ("What's the biggest file in the Contracts folder?", biggest_right, "text", "largest file in pane", True),
        ("when was the credit note modified", "05/22/24", "date", "file date", True),
        ("what size does it show for the MSA docx?", f"{con[1][1] / 1024:.1f} K", "text", "file size", True),
    ]
    return "file manager", items, inv, con


# ---------------------------------------------------------------- 15 claws-mail with an MH inbox
MAILS = [
    ("Rahel Tesfaye", "rahel.tesfaye@brightwater.co", "Signed SOW for phase 2", "Mon, 03 Jun 2024 08:14:00 +0000"),
    ("Jonas Lindqvist", "jonas@haugland.no", "Re: delivery window for pallets", "Mon, 03 Jun 2024 10:42:00 +0000"),
    ("Build Bot", "ci@lumenpay.dev", "[lumenpay/api] Pipeline #4821 failed", "Mon, 03 Jun 2024 11:05:00 +0000"),
    ("Camila Marquez", "camila@marquezfoods.mx", "Invoice INV-2024-0503 question", "Mon, 03 Jun 2024 13:27:00 +0000"),
    ("Dmitri Volkov", "d.volkov@sato-logistics.jp", "Customs paperwork for shipment 77-190", "Mon, 03 Jun 2024 15:51:00 +0000"),
    ("Aoife Brennan", "aoife.brennan@kestrel-labs.io", "Lunch on Thursday?", "Tue, 04 Jun 2024 09:03:00 +0000"),
    ("Kwame Mensah", "kwame@okonkwo-trading.com", "Updated price list (June)", "Tue, 04 Jun 2024 11:38:00 +0000"),
]


def claws_mail(rng, png):
    base = fresh(f"{ROOT}/claws")
    home = fresh(f"{base}/home")
    cdir = os.path.join(home, ".claws-mail")
    os.makedirs(cdir)
    inbox = os.path.join(home, "Mail", "inbox")
    for sub in ("inbox", "sent", "queue", "draft", "trash"):
        os.makedirs(os.path.join(home, "Mail", sub))
    for i, (name, addr, subj, date) in enumerate(MAILS, 1):
        with open(os.path.join(inbox, str(i)), "w") as f:
            f.write(f"From: {name} <{addr}>\nTo: Noor Haddad <noor@kestrel-labs.io>\nSubject: {subj}\n"
                    f"Date: {date}\nMessage-ID: <{i}.{len(subj)}.inbox@mail.example>\n"
                    "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n"
                    f"Hi Noor,\n\nsee subject: {subj}.\n\nBest,\n{name.split()[0]}\n")
    with open(os.path.join(cdir, "accountrc"), "w") as f:
        f.write("[Account: 1]\naccount_name=noor@kestrel-labs.io\nis_default=1\nname=Noor Haddad\n"
                "address=noor@kestrel-labs.io\nprotocol=4\nreceive_server=\nsmtp_server=localhost\n"
                "inbox=#mh/Mailbox/inbox\n")
    with open(os.path.join(cdir, "folderlist.xml"), "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<folderlist>\n'
                f'<folder type="mh" name="Mailbox" path="{os.path.join(home, "Mail")}" collapsed="0">\n'
                '<folderitem type="inbox" name="inbox" path="inbox" />\n'
                '<folderitem type="outbox" name="sent" path="sent" />\n'
                '<folderitem type="queue" name="queue" path="queue" />\n'
                '<folderitem type="draft" name="draft" path="draft" />\n'
                '<folderitem type="trash" name="trash" path="trash" />\n'
                '</folder>\n</folderlist>\n')
    with open(os.path.join(cdir, "clawsrc"), "w") as f:
        f.write("[Common]\nshow_splash=0\nconfig_version=1\nmainwin_width=1100\nmainwin_height=680\n"
                "folderview_width=200\nsummaryview_height=300\nsummary_col_size_subject=360\n"
                "summary_col_size_from=160\nsummary_col_size_date=170\n")
    run_app(dbus(["claws-mail", "--alternate-config-dir", cdir, "--select", "#mh/Mailbox/inbox"]),
            env_for(home), png, wait=7, size=(1180, 700), pos=(40, 40), name="Claws Mail")
    latest = max(MAILS, key=lambda m: m[3][5:])  # same month/year: day + time order
    items = [
        ("who sent the most recent email?", latest[0], "person", "latest sender", True),
        ("what's the subject of Camila's email", MAILS[3][2], "text", "subject by sender", True),
        ("which pipeline number failed according to the CI mail?", "4821", "number", "number in subject", True),
        ("how many messages in the inbox", len(MAILS), "count", "count emails", False),
        ("how many unread?", len(MAILS), "count", "unread count in status", True),
    ]
    return "mail", items


# ---------------------------------------------------------------- 16 git-gui
def git_gui(rng, png):
    base = fresh(f"{ROOT}/gitgui")
    home = fresh(f"{base}/home")
    repo = os.path.join(home, "projects", "tidewater-app")
    os.makedirs(repo)
    gcfg = os.path.join(home, ".gitconfig")
    with open(gcfg, "w") as f:
        f.write("[user]\n\tname = Nadia Rahman\n\temail = nadia@tidewater.app\n[gui]\n\tfontui = -family Lato -size 11\n\tfontdiff = -family Inconsolata -size 12\n")
    e = git_env("Nadia Rahman", "nadia@tidewater.app", "2024-07-01T10:00:00")
    e["GIT_CONFIG_GLOBAL"] = gcfg
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=e)
    files = {"src/app.ts": "export const app = 1;\n", "src/routes/orders.ts": "export const orders = [];\n",
             "src/routes/users.ts": "export const users = [];\n", "package.json": '{"name": "tidewater-app", "version": "1.4.0"}\n',
             "README.md": "# Tidewater\n"}
    for p, c in files.items():
        os.makedirs(os.path.dirname(os.path.join(repo, p)) or repo, exist_ok=True)
        open(os.path.join(repo, p), "w").write(c)
    git(repo, "add", "-A", env=e)
    git(repo, "commit", "-q", "-m", "Initial import", env=e)
    git(repo, "checkout", "-q", "-b", "fix/order-totals", env=e)
    # staged change
    open(os.path.join(repo, "src/routes/orders.ts"), "a").write("export const total = (o) => o.qty * o.price;\n")
    git(repo, "add", "src/routes/orders.ts", env=e)
    # unstaged changes
    open(os.path.join(repo, "package.json"), "w").write('{"name": "tidewater-app", "version": "1.4.1"}\n')
    open(os.path.join(repo, "src/app.ts"), "a").write("console.log('debug');\n")
    open(os.path.join(repo, "src/routes/discounts.ts"), "w").write("export const discounts = [];\n")
    status = git(repo, "status", "--porcelain", env=e)
    unstaged = [l[3:] for l in status.splitlines() if l[1] != " "]
    staged = [l[3:] for l in status.splitlines() if l[0] not in " ?"]
    env = env_for(home, {"GIT_CONFIG_GLOBAL": gcfg})
    run_app(["git", "gui"], env, png, wait=5, size=(1100, 700), pos=(40, 40), name="Git Gui", cwd=repo)
    items = [
        ("what branch does git gui say I'm on?", "fix/order-totals", "code", "current branch", True),
        ("how many files are listed under unstaged changes", len(unstaged), "count", "count unstaged", False),
        ("which file is already staged for commit?", staged[0], "text", "staged file", True),
        ("is package.json staged?", "no", "yesno", "staging state of a file", False),
    ]
    return "git", items


# ---------------------------------------------------------------- 17 diffuse
OLD_ENV = """# billing-service settings
APP_ENV=staging
HTTP_PORT=8080
DB_HOST=db-staging.internal
DB_POOL_SIZE=10
REQUEST_TIMEOUT_MS=3000
FEATURE_NEW_CHECKOUT=false
SENTRY_SAMPLE_RATE=0.25
CURRENCY_DEFAULT=EUR
"""
NEW_ENV = """# billing-service settings
APP_ENV=production
HTTP_PORT=8080
DB_HOST=db-prod-01.internal
DB_POOL_SIZE=40
REQUEST_TIMEOUT_MS=3000
FEATURE_NEW_CHECKOUT=true
SENTRY_SAMPLE_RATE=0.05
CURRENCY_DEFAULT=EUR
"""


def diffuse_env(rng, png):
    base = fresh(f"{ROOT}/diffuse")
    home = fresh(f"{base}/home")
    a = os.path.join(home, "staging.env")
    b = os.path.join(home, "production.env")
    open(a, "w").write(OLD_ENV)
    open(b, "w").write(NEW_ENV)
    run_app(["diffuse", a, b], env_for(home), png, wait=5, size=(1180, 560), pos=(40, 40), name="Diffuse")
    old = dict(l.split("=", 1) for l in OLD_ENV.splitlines() if "=" in l)
    new = dict(l.split("=", 1) for l in NEW_ENV.splitlines() if "=" in l)
    changed = [k for k in old if old[k] != new[k]]
    items = [
        ("how many settings differ between the two files?", len(changed), "count", "count changed lines", False),
        ("what's the DB pool size on the production side", new["DB_POOL_SIZE"], "number", "value in right pane", True),
        ("what was the sentry sample rate in staging?", old["SENTRY_SAMPLE_RATE"], "number", "value in left pane", True),
        ("did the HTTP port change?", "no", "yesno", "is a line changed", False),
    ]
    return "diff", items


# ---------------------------------------------------------------- 18 gv with a PostScript invoice
def ps_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def gv_invoice(rng, png):
    base = fresh(f"{ROOT}/gv")
    home = fresh(f"{base}/home")
    lines_items = [("Cold-brew concentrate 5 L", 12, 38.50), ("Oat milk barista 1 L (case of 12)", 9, 21.90),
                   ("Paper cups 12 oz (1000)", 4, 64.00), ("Compostable lids (1000)", 4, 29.75),
                   ("Espresso beans Huila 1 kg", 15, 24.40)]
    sub = sum(q * p for _, q, p in lines_items)
    vat = round(sub * 0.20, 2)
    total = round(sub + vat, 2)
    inv_no, due = "FR-2024-00917", "15/07/2024"
    ps = ["%!PS-Adobe-3.0", "%%BoundingBox: 40 330 560 805", "%%Pages: 1", "%%EndComments", "%%Page: 1 1",
          "/H { /Helvetica findfont exch scalefont setfont } def",
          "/HB { /Helvetica-Bold findfont exch scalefont setfont } def",
          "/T { moveto show } def", "/R { dup stringwidth pop 3 -1 roll exch sub 2 index moveto show pop } def"]

    def t(x, y, s, size=11, bold=False):
        ps.append(f"{size} {'HB' if bold else 'H'} ({ps_escape(s)}) {x} {y} T")

    def r(x, y, s, size=11, bold=False):
        # right-aligned at x
        ps.append(f"{size} {'HB' if bold else 'H'} {y} {x} ({ps_escape(s)}) "
                  f"dup stringwidth pop 3 -1 roll exch sub 2 index moveto show pop")

    t(50, 780, "Maison Lune Wholesale SARL", 20, True)
    t(50, 760, "12 rue des Tanneurs, 69001 Lyon - SIRET 812 334 905 00021", 10)
    t(400, 780, "INVOICE", 22, True)
    t(400, 755, f"No. {inv_no}", 11)
    t(400, 740, "Date: 15/06/2024", 11)
    t(400, 725, f"Due: {due}", 11)
    t(50, 700, "Bill to:", 11, True)
    t(50, 685, "Brewhaus Kollektiv GmbH", 11)
    t(50, 670, "Attn: Magdalena Vogt, Schanzenstr. 41, 20357 Hamburg", 11)
    y = 620
    t(50, y, "Description", 11, True); t(330, y, "Qty", 11, True); t(390, y, "Unit", 11, True); t(480, y, "Amount", 11, True)
    ps.append(f"0.5 setlinewidth 50 {y - 6} moveto 545 {y - 6} lineto stroke")
    for d, q, p in lines_items:
        y -= 22
        t(50, y, d); t(335, y, str(q)); t(390, y, f"€{p:,.2f}".replace("€", "EUR ")); t(480, y, f"EUR {q * p:,.2f}")
    y -= 16
    ps.append(f"50 {y} moveto 545 {y} lineto stroke")
    y -= 22
    t(390, y, "Subtotal"); t(480, y, f"EUR {sub:,.2f}")
    y -= 18
    t(390, y, "VAT 20%"); t(480, y, f"EUR {vat:,.2f}")
    y -= 20
    t(390, y, "Total", 12, True); t(480, y, f"EUR {total:,.2f}", 12, True)
    t(50, 360, "Payment by bank transfer: IBAN FR76 3000 4000 1200 0101 2345 678, BIC BNPAFRPP", 10)
    t(50, 345, "Late payments incur a 40 EUR fixed recovery fee.", 10)
    ps += ["showpage", "%%EOF"]
    fp = os.path.join(home, "invoice_FR-2024-00917.ps")
    with open(fp, "w", encoding="latin-1") as f:
        f.write("\n".join(ps) + "\n")
    set_mtime(fp, "2024-06-15 16:20")
    run_app(["gv", "-scale=1", "-media=BBox", fp], env_for(home), png, wait=5, size=(1000, 770), pos=(40, 5),
            name="invoice_FR", keys=["Up", "Up", "Up", "Up", "Up", "Up"])
    items = [
        ("what's the invoice number?", inv_no, "code", "invoice number", True),
        ("how much is the total incl. VAT", f"EUR {total:,.2f}", "money", "invoice total", True),
        ("When is payment due?", due, "date", "due date", True),
        ("who's the invoice addressed to (company)?", "Brewhaus Kollektiv GmbH", "text", "bill-to company", True),
        ("how many bags of Huila espresso beans were ordered", 15, "number", "quantity of a line item", True),
    ]
    return "pdf", items


# ---------------------------------------------------------------- 19 own GTK3 preferences dialog
def gtk_backup_prefs(rng, png):
    base = fresh(f"{ROOT}/gtkprefs")
    home = fresh(f"{base}/home")
    cfg = {
        "title": "Vault Backup — Preferences",
        "profiles": ["Laptop (daily)", "Photo library", "Work documents"],
        "profile": "Photo library",
        "destination": "sftp://nas.home.lan/volume1/backups/photos",
        "include": [["Pictures", True], ["Videos", True], ["Documents", False], ["Desktop", False],
                    ["Hidden files (dotfiles)", False], ["Shotwell database", True]],
        "schedules": ["Hourly", "Daily at 02:00", "Weekly on Sunday", "Manual only"],
        "schedule": "Weekly on Sunday",
        "keep": 12, "compression": 6, "encrypt": True,
        "other_tabs": ["Schedule", "Exclusions", "Notifications"],
        "status": "Last backup: Sun 09 Jun 2024 03:12 — 48,213 files, 86.4 GB",
    }
    cp = os.path.join(base, "cfg.json")
    json.dump(cfg, open(cp, "w"))
    run_app(["/usr/bin/python3", os.path.join(APPS, "backup_prefs.py"), cp], env_for(home), png, wait=4,
            size=(760, 560), name="Vault Backup")
    n_on = sum(1 for _, on in cfg["include"] if on)
    items = [
        ("which schedule is selected?", cfg["schedule"], "text", "selected radio", True),
        ("how many of the include boxes are ticked", n_on, "count", "count checked boxes", False),
        ("what compression level is it set to?", cfg["compression"], "number", "slider value", True),
        ("is Documents included in this profile?", "no", "yesno", "checkbox state", False),
        ("when did the last backup run, per the status bar?", "Sun 09 Jun 2024 03:12", "date", "status bar time", True),
    ]
    return "settings", items


# ---------------------------------------------------------------- 20 own GTK3 inventory table
def gtk_stockroom(rng, png):
    base = fresh(f"{ROOT}/gtkstock")
    home = fresh(f"{base}/home")
    items_src = [("Cordless drill 18V", "Tools"), ("Impact driver", "Tools"), ("Safety goggles", "PPE"),
                 ("Nitrile gloves (L, box)", "PPE"), ("Cable ties 200mm", "Consumables"),
                 ("Wood screws 4x40 (200)", "Consumables"), ("Laser level", "Tools"), ("Ear defenders", "PPE"),
                 ("Masking tape 48mm", "Consumables"), ("Extension reel 25m", "Electrical"),
                 ("LED work light", "Electrical"), ("Spirit level 600mm", "Tools"), ("Hi-vis vest", "PPE"),
                 ("Hole saw kit", "Tools")]
    rows = []
    for i, (name, cat) in enumerate(items_src):
        sku = f"WH-{rng.randint(10000, 99999)}"
        qty = rng.randint(0, 140)
        loc = f"{rng.choice('ABCDE')}-{rng.randint(1, 18):02d}"
        price = rng.randint(150, 18900) / 100
        rows.append([sku, name, cat, loc, qty, f"{price:.2f}"])
    rows[6][4] = 0  # laser level out of stock
    selected = [2, 3, 7]
    cfg = {"title": "Stockroom — Gdańsk depot", "warehouses": ["Gdańsk depot", "Poznań depot"],
           "warehouse": "Gdańsk depot",
           "columns": ["SKU", "Item", "Category", "Bin", "Qty", "Unit €"],
           "rows": rows, "selected": selected,
           "status": f"{len(rows)} items · {len(selected)} selected · last sync 11:42"}
    cp = os.path.join(base, "cfg.json")
    json.dump(cfg, open(cp, "w"), ensure_ascii=False)
    run_app(["/usr/bin/python3", os.path.join(APPS, "stockroom.py"), cp], env_for(home), png, wait=4,
            size=(900, 600), name="Stockroom")
    by_name = {r[1]: r for r in rows}
    most = max(rows, key=lambda r: r[4])
    n_ppe = sum(1 for r in rows if r[2] == "PPE")
    zero = [r[1] for r in rows if r[4] == 0]
    items = [
        ("how many hi-vis vests do we have", by_name["Hi-vis vest"][4], "number", "qty by item", True),
        ("which bin are the cable ties in?", by_name["Cable ties 200mm"][3], "code", "location by item", True),
        ("Which item has the most stock?", most[1], "text", "max qty item", True),
        ("how many rows are selected", len(selected), "count", "selected rows", True),
        ("anything out of stock? which item", zero[0], "text", "zero qty item", True),
    ]
    return "spreadsheet", items


SCENES_B = [kakoune_go, gedit_compose, xedit_notes, ristretto_photo, fileroller_zip, doublecmd_panes,
            claws_mail, git_gui, diffuse_env, gv_invoice, gtk_backup_prefs, gtk_stockroom]
