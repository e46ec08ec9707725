#!/usr/bin/env python3
"""Builder for the screens_test10 split.

Prepares realistic content (git repo, text files, CSV data, folders, mail, images),
starts REAL applications under Xvfb, captures them with ImageMagick `import`,
and writes manifest.jsonl. Golds are computed from the prepared content.

Usage: python benchmarks/screens_test10/build.py [scene ...]
Seed: 6421 (random.Random). Requires Debian packages: xvfb xdotool imagemagick
mate-terminal tmux clex aptitude scite tea juffed gentoo qimgv geeqie giggle
kompare qps gnome-system-monitor balsa python3-gi python3-pyqt5 dbus-x11 git.
"""
import json, os, random, shutil, subprocess, sys, time, signal
from pathlib import Path

SEED = 6421
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
WORK = Path("/tmp/st10_build")
DISPLAY = ":57"
SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, **kw).stdout


def env_for(home):
    e = dict(os.environ)
    e.update(DISPLAY=DISPLAY, HOME=str(home), LANG="C.UTF-8", LC_ALL="C.UTF-8",
             XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
             XDG_CACHE_HOME=str(home / ".cache"), XDG_RUNTIME_DIR=str(home / "run"),
             NO_AT_BRIDGE="1", QT_X11_NO_MITSHM="1", TZ="UTC", GTK_THEME=e.get("GTK_THEME", ""))
    (home / "run").mkdir(parents=True, exist_ok=True)
    os.chmod(home / "run", 0o700)
    return e


def fresh_home(name):
    h = WORK / "homes" / name
    if h.exists():
        shutil.rmtree(h)
    h.mkdir(parents=True)
    return h


def windows():
    try:
        out = sh(f"DISPLAY={DISPLAY} xdotool search --onlyvisible --name '.*'")
    except subprocess.CalledProcessError:
        return []
    res = []
    for w in out.split():
        try:
            g = sh(f"DISPLAY={DISPLAY} xdotool getwindowgeometry --shell {w}")
        except subprocess.CalledProcessError:
            continue
        d = dict(l.split("=", 1) for l in g.split())
        W, H = int(d["WIDTH"]), int(d["HEIGHT"])
        if (W >= 1280 and H >= 800) or W < 150 or H < 100:
            continue
        res.append((W * H, w, d))
    res.sort(reverse=True)
    return res


def run_app(cmd, home, wait=4.0, size=(1180, 760), name_hint=None, keys=None, pre_capture=None,
            shell=False, out_name=None, crop=True, pre_keys=None):
    """Start an app, resize its biggest window, capture, kill it. Returns image path."""
    e = env_for(home)
    if isinstance(cmd, str) and not shell:
        cmd = ["bash", "-c", cmd]
    p = subprocess.Popen(["dbus-run-session", "--"] + cmd, env=e, cwd=str(home),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        time.sleep(wait)
        for k in pre_keys or []:
            subprocess.run(["xdotool", "key", "--delay", "60"] + k.split(), env=e)
            time.sleep(1.0)
        wins = windows()
        if name_hint:
            sel = [w for w in wins if name_hint.lower() in sh(f"DISPLAY={DISPLAY} xdotool getwindowname {w[1]} || true").lower()]
            wins = sel or wins
        if not wins:
            raise RuntimeError(f"no window for {cmd}")
        wid = wins[0][1]
        if size:
            subprocess.run(f"DISPLAY={DISPLAY} xdotool windowmove {wid} 0 0 windowsize {wid} {size[0]} {size[1]}", shell=True)
        time.sleep(1.5)
        if keys:
            for k in keys:
                if k.startswith("sleep:"):
                    time.sleep(float(k[6:]))
                elif k.startswith("type:"):
                    subprocess.run(["xdotool", "type", "--delay", "30", k[5:]], env=e)
                elif k.startswith("mousemove:"):
                    x, y = k[10:].split(",")
                    subprocess.run(f"xdotool mousemove {x} {y}", shell=True, env=e)
                elif k.startswith("click:"):
                    x, y = k[6:].split(",")
                    subprocess.run(f"xdotool mousemove {x} {y} click 1", shell=True, env=e)
                else:
                    subprocess.run(["xdotool", "key", "--delay", "60"] + k.split(), env=e)
                time.sleep(0.5)
            time.sleep(1.5)
        if pre_capture:
            pre_capture()
        g = sh(f"DISPLAY={DISPLAY} xdotool getwindowgeometry --shell {wid}")
        d = dict(l.split("=", 1) for l in g.split())
        out = IMG / out_name
        tmp = WORK / "cap.png"
        subprocess.run(f"DISPLAY={DISPLAY} import -window root {tmp}", shell=True, check=True)
        if crop:
            w, h = int(d["WIDTH"]), int(d["HEIGHT"])
            x, y = max(0, int(d["X"])), max(0, int(d["Y"]))
            subprocess.run(["convert", str(tmp), "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-strip", str(out)], check=True)
        else:
            subprocess.run(["convert", str(tmp), "-strip", str(out)], check=True)
        return out
    finally:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        time.sleep(0.8)
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        time.sleep(0.3)


def Q(q, a, t, intent, literal=True):
    return dict(question=q, answer=str(a), answer_type=t, intent=intent, literal=literal)


# ---- SCENES ----

QT_TABLE_APP = r'''
import sys, json
from PyQt5 import QtWidgets, QtCore, QtGui
d = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
f = QtGui.QFont("DejaVu Sans", 10); app.setFont(f)
w = QtWidgets.QMainWindow(); w.setWindowTitle(d["title"])
mb = w.menuBar()
for m in ["&File", "&Edit", "&View", "&Stock", "&Help"]: mb.addMenu(m)
tb = w.addToolBar("main")
for a in ["New item", "Receive", "Transfer", "Export CSV"]: tb.addAction(a)
c = QtWidgets.QWidget(); v = QtWidgets.QVBoxLayout(c)
h = QtWidgets.QHBoxLayout(); h.addWidget(QtWidgets.QLabel("Warehouse:"))
cb = QtWidgets.QComboBox(); cb.addItems(["All warehouses"] + d["whs"]); h.addWidget(cb)
h.addWidget(QtWidgets.QLabel("Search:")); le = QtWidgets.QLineEdit(); le.setPlaceholderText("SKU or name"); h.addWidget(le); h.addStretch(1)
v.addLayout(h)
t = QtWidgets.QTableWidget(len(d["rows"]), len(d["cols"]))
t.setHorizontalHeaderLabels(d["cols"])
for i, r in enumerate(d["rows"]):
    for j, x in enumerate(r):
        it = QtWidgets.QTableWidgetItem(str(x))
        if j >= 3: it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.resizeColumnsToContents(); t.horizontalHeader().setStretchLastSection(True)
t.setAlternatingRowColors(True); t.selectRow(d["sel"])
v.addWidget(t); w.setCentralWidget(c)
w.statusBar().showMessage(d["status"])
w.resize(1100, 640); w.show(); app.exec_()
'''

@scene
def qt_stock_table(rng):
    home = fresh_home("qt_stock")
    products = ["Oak desk lamp", "Linen duvet cover", "Ceramic pour-over set", "Bamboo cutting board",
                "Wool throw blanket", "Copper kettle 1.7L", "Glass storage jars (6)", "Cast iron skillet 28cm",
                "Walnut serving tray", "Enamel mug set", "Rattan laundry basket", "Stoneware dinner plate",
                "Cotton tea towels (3)", "Brass wall hook"]
    rng.shuffle(products)
    whs = ["Rotterdam", "Leipzig", "Gdańsk"]
    rows = []
    for i, p in enumerate(products[:13]):
        sku = f"HM-{rng.randint(1000, 9999)}"
        wh = rng.choice(whs)
        qty = rng.randint(0, 420)
        price = rng.randint(499, 18999) / 100
        reorder = rng.choice([20, 25, 40, 50, 60])
        rows.append([sku, p, wh, qty, f"{price:.2f}", reorder])
    # ensure unique max qty
    qs = [r[3] for r in rows]
    assert len(set(qs)) == len(qs) or qs.count(max(qs)) == 1
    cols = ["SKU", "Product", "Warehouse", "On hand", "Unit price (EUR)", "Reorder at"]
    sel = 4
    data = dict(title="Stockroom — inventory.db", whs=whs, rows=rows, cols=cols, sel=sel,
                status=f"{len(rows)} items  |  Last sync 09:42  |  User: j.okafor")
    (home / "d.json").write_text(json.dumps(data))
    (home / "app.py").write_text(QT_TABLE_APP)
    run_app(["/usr/bin/python3", str(home / "app.py"), str(home / "d.json")], home, wait=3, size=(1100, 640),
            out_name="qt_stock_table.png")
    r4 = rows[5]
    big = max(rows, key=lambda r: r[3])
    small = min(rows, key=lambda r: r[3])
    below = sum(1 for r in rows if r[3] < r[5])
    wh = whs[0]
    tot_wh = sum(r[3] for r in rows if r[2] == wh)
    items = [
        Q(f"how many {r4[1]} do we have on hand?", r4[3], "number", "value at row label"),
        Q(f"What's the unit price for SKU {rows[2][0]}?", rows[2][4], "money", "cell by row x column"),
        Q("which product has the most stock on hand", big[1], "text", "largest by column"),
        Q(f"hey quick one — how many products are below their reorder level (on hand less than 'Reorder at')?", below, "count", "count with condition", False),
        Q(f"Add up the on-hand quantity for everything in the {wh} warehouse. What do you get?", tot_wh, "number", "sum with condition", False),
        Q("Which row is highlighted/selected? Just give me the product name.", rows[sel][1], "text", "selected row"),
        Q("who's logged in according to the status bar?", "j.okafor", "text", "status bar"),
    ]
    return "spreadsheet", "qt_stock_table.png", items

GTK_PREFS_APP = r'''
import sys, json, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
d = json.load(open(sys.argv[1]))
s = Gtk.Settings.get_default(); s.set_property("gtk-application-prefer-dark-theme", True)
s.set_property("gtk-font-name", "Cantarell 11")
w = Gtk.Window(title=d["title"]); w.set_default_size(760, 560); w.connect("destroy", Gtk.main_quit)
hb = Gtk.HeaderBar(title=d["title"], subtitle=d["subtitle"]); hb.set_show_close_button(True); w.set_titlebar(hb)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8, margin=12); w.add(box)
nb = Gtk.Notebook(); box.pack_start(nb, True, True, 0)
for tab in d["tabs"]:
    if tab != d["active_tab"]:
        nb.append_page(Gtk.Label(label=""), Gtk.Label(label=tab)); continue
    g = Gtk.Grid(column_spacing=14, row_spacing=10, margin=16)
    r = 0
    g.attach(Gtk.Label(label="Destination folder:", xalign=1), 0, r, 1, 1)
    e = Gtk.Entry(); e.set_text(d["dest"]); e.set_hexpand(True); g.attach(e, 1, r, 2, 1); r += 1
    g.attach(Gtk.Label(label="Compression:", xalign=1), 0, r, 1, 1)
    rb = Gtk.Box(spacing=12); first = None
    for opt in d["comp_opts"]:
        b = Gtk.RadioButton.new_with_label_from_widget(first, opt); first = first or b
        b.set_active(opt == d["comp"]); rb.pack_start(b, False, False, 0)
    g.attach(rb, 1, r, 2, 1); r += 1
    for lab, val in d["checks"]:
        c = Gtk.CheckButton(label=lab); c.set_active(val); g.attach(c, 1, r, 2, 1); r += 1
    g.attach(Gtk.Label(label="Keep snapshots:", xalign=1), 0, r, 1, 1)
    sp = Gtk.SpinButton.new_with_range(1, 365, 1); sp.set_value(d["keep"]); g.attach(sp, 1, r, 1, 1)
    g.attach(Gtk.Label(label="days", xalign=0), 2, r, 1, 1); r += 1
    g.attach(Gtk.Label(label="Upload limit (KB/s):", xalign=1), 0, r, 1, 1)
    sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 5000, 50); sc.set_value(d["limit"]); sc.set_digits(0)
    sc.set_value_pos(Gtk.PositionType.RIGHT); g.attach(sc, 1, r, 2, 1); r += 1
    g.attach(Gtk.Label(label="Run every:", xalign=1), 0, r, 1, 1)
    cb = Gtk.ComboBoxText()
    for o in d["freq_opts"]: cb.append_text(o)
    cb.set_active(d["freq_opts"].index(d["freq"])); g.attach(cb, 1, r, 1, 1)
    g.attach(Gtk.Label(label="at " + d["time"], xalign=0), 2, r, 1, 1); r += 1
    nb.append_page(g, Gtk.Label(label=tab))
nb.show_all(); nb.set_current_page(d["tabs"].index(d["active_tab"]))
bb = Gtk.Box(spacing=8)
st = Gtk.Label(label=d["status"], xalign=0); bb.pack_start(st, True, True, 0)
for b in ["Cancel", "Apply"]: bb.pack_end(Gtk.Button(label=b), False, False, 0)
box.pack_start(bb, False, False, 0)
w.show_all(); nb.set_current_page(d["tabs"].index(d["active_tab"])); Gtk.main()
'''

@scene
def gtk_backup_prefs(rng):
    home = fresh_home("gtk_prefs")
    user = rng.choice(["ingrid", "tomasz", "aiko", "rafael", "olumide"])
    dest = f"/mnt/nas-02/backups/{user}-laptop"
    comp_opts = ["None", "gzip", "zstd", "xz"]
    comp = rng.choice(comp_opts[1:])
    checks = [("Encrypt backups with passphrase", rng.random() < 0.5),
              ("Skip files larger than 4 GB", True),
              ("Back up hidden files and folders", False),
              ("Verify archive after each run", rng.random() < 0.5),
              ("Only run on AC power", True)]
    keep = rng.choice([14, 21, 30, 45, 60, 90])
    limit = rng.choice([750, 1200, 1850, 2400, 3150])
    freq_opts = ["Hour", "Day", "Week", "Month"]
    freq = rng.choice(["Day", "Week"])
    t = rng.choice(["01:30", "02:15", "03:45", "23:10"])
    d = dict(title="Backup Preferences", subtitle="Déjà Dup–style settings", tabs=["General", "Schedule", "Exclusions", "Advanced"],
             active_tab="General", dest=dest, comp_opts=comp_opts, comp=comp, checks=checks, keep=keep,
             limit=limit, freq_opts=freq_opts, freq=freq, time=t, status=f"Last backup: {rng.choice(['Tue 3 Nov','Mon 2 Nov','Sun 1 Nov'])} 2026, 4.{rng.randint(1,9)} GB")
    d["subtitle"] = f"Profile: {user}"
    (home / "d.json").write_text(json.dumps(d))
    (home / "app.py").write_text(GTK_PREFS_APP)
    run_app(["/usr/bin/python3", str(home / "app.py"), str(home / "d.json")], home, wait=3, size=None,
            out_name="gtk_backup_prefs.png")
    enc = "yes" if checks[0][1] else "no"
    ver = "yes" if checks[3][1] else "no"
    on = sum(1 for c in checks if c[1])
    items = [
        Q("Which compression is selected in this backup dialog?", comp, "text", "selected radio option"),
        Q("are my backups going to be encrypted?", enc, "yesno", "checkbox state", False),
        Q("How many days of snapshots does it keep?", keep, "number", "spin value"),
        Q("where do the backups go? need the full folder path", dest, "code", "field value"),
        Q("what's the upload limit set to (KB/s)?", limit, "number", "slider value"),
        Q(f"Is 'Verify archive after each run' ticked?", ver, "yesno", "checkbox state", False),
        Q("how many of the checkboxes are turned on?", on, "count", "count checked", False),
    ]
    return "settings", "gtk_backup_prefs.png", items


def make_git_repo(path, rng):
    if path.exists():
        shutil.rmtree(path)
    path.mkdir(parents=True)
    authors = [("Nadia Haddad", "nadia@fernwood.io"), ("Kenji Watanabe", "kenji@fernwood.io"),
               ("Bogdan Petrescu", "bogdan@fernwood.io"), ("Lucía Ferreira", "lucia@fernwood.io")]
    msgs = ["Initial import of invoice parser", "Add CSV export for monthly ledger", "Fix rounding in VAT totals",
            "Bump requests to 2.31.0", "Refactor currency conversion into rates.py", "Add retry on 503 from bank API",
            "Document the --dry-run flag", "Handle empty IBAN field gracefully", "Speed up PDF text extraction",
            "Release v1.4.0", "Add Polish translations", "Fix crash when payee name has emoji"]
    def g(*a, env=None):
        subprocess.run(["git", *a], cwd=path, check=True, capture_output=True, env=env)
    g("init", "-q", "-b", "main")
    commits = []
    day = 3
    files = ["parser.py", "ledger.py", "rates.py", "README.md", "export.py"]
    for i, m in enumerate(msgs):
        a = authors[rng.randrange(len(authors))]
        day += rng.randint(1, 3)
        date = f"2026-10-{day:02d}T{rng.randint(9,18):02d}:{rng.randint(0,59):02d}:00+0100"
        f = files[i % len(files)]
        with open(path / f, "a") as fh:
            fh.write(f"# {m}\n")
        e = dict(os.environ, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
        g("add", "-A", env=e)
        g("commit", "-q", "-m", m, env=e)
        if m == "Release v1.4.0":
            g("tag", "v1.4.0", env=e)
        h = subprocess.run(["git", "rev-parse", "--short=7", "HEAD"], cwd=path, capture_output=True, text=True).stdout.strip()
        commits.append(dict(hash=h, author=a[0], date=date[:10], msg=m))
    g("checkout", "-q", "-b", "feature/sepa-direct-debit")
    (path / "ledger.py").write_text((path / "ledger.py").read_text() + "def sepa():\n    pass\n")
    (path / "rates.py").write_text((path / "rates.py").read_text() + "ECB_URL = ''\n")
    (path / "sepa_mandates.csv").write_text("id,iban\n")
    return commits, "feature/sepa-direct-debit"


TERM_SCRIPT = r'''
PS="\033[1;32m{user}@{host}\033[0m:\033[1;34m~/{proj}\033[0m$ "
cd {path}
export GIT_PAGER=cat PAGER=cat
printf "$PS"; echo "git status -sb"; git -c color.status=always status -sb
printf "$PS"; echo "git log --date=short --format='%h %ad %<(16)%an %s' -n 9"
git log --date=short --format='%C(yellow)%h%Creset %ad %<(16)%an %s' --color=always -n 9
printf "$PS"; echo "git describe --tags --abbrev=0"; git describe --tags --abbrev=0
printf "$PS"
exec sleep 100000
'''


@scene
def mate_terminal_git(rng):
    home = fresh_home("mate_git")
    path = home / "src" / "fernwood-ledger"
    commits, branch = make_git_repo(path, rng)
    (home / "t.sh").write_text(TERM_SCRIPT.format(user="nadia", host="fw-dev03", proj="src/fernwood-ledger", path=path))
    run_app(["mate-terminal", "--disable-factory", "--geometry=112x30", "-e", f"bash {home}/t.sh"], home,
            wait=4, size=None, out_name="mate_terminal_git.png")
    shown = commits[::-1][:9]
    last = shown[0]
    kenji = sum(1 for c in shown if c["author"] == "Kenji Watanabe")
    rel = next(c for c in commits if c["msg"] == "Release v1.4.0")
    vat = next(c for c in shown if c["msg"].startswith("Add retry"))
    items = [
        Q("what branch am I on?", branch, "code", "current branch"),
        Q("Who made the most recent commit in this log?", last["author"], "person", "most recent author"),
        Q("how many untracked files does git status list?", 1, "count", "count with condition", False),
        Q("what's the hash of the commit that added the retry on 503?", vat["hash"], "code", "value at label"),
        Q("Latest tag according to git describe?", "v1.4.0", "version", "version"),
        Q("In the log shown, how many commits are by Kenji Watanabe?", kenji, "count", "count with condition", False),
        Q(f"When was the release commit made? date please", rel["date"], "date", "when"),
    ]
    return "terminal", "mate_terminal_git.png", items

SYNC_RATES = '''import json
from decimal import Decimal

RATES_FILE = "rates_2026-11-04.json"


def load_rates(path):
    with open(path) as fh:
        return json.load(fh)


def convert(amount, currency, rates):
    base = Decimal(str(amount))
    rate = Decimal(str(rates[currency]))
    return (base / rate).quantize(Decimal("0.01"))


def main():
    rates = load_rates(RATES_FILE)
    invoices = [(1840.50, "EUR"), (2299.00, "USD"), (715.25, "{cur}")]
    for amount, cur in invoices:
        print(f"{{amount:>10}} {{cur}} -> {{convert(amount, cur, rates)}} EUR")


if __name__ == "__main__":
    main()
'''

TMUX_P1 = r'''cd {d}
printf '\033[1;36mops@ingest-2\033[0m:~/shipments$ column -t -s, week45.csv\n'
column -t -s, week45.csv
printf '\033[1;36mops@ingest-2\033[0m:~/shipments$ '
exec sleep 100000
'''
TMUX_P2 = r'''cd {d}
printf '\033[1;36mops@ingest-2\033[0m:~/finance$ python3 sync_rates.py\n'
python3 sync_rates.py
printf '\033[1;36mops@ingest-2\033[0m:~/finance$ '
exec sleep 100000
'''


@scene
def tmux_split(rng):
    home = fresh_home("tmux")
    ship = home / "shipments"; ship.mkdir()
    fin = home / "finance"; fin.mkdir()
    carriers = ["DHL", "UPS", "PostNL", "GLS", "DPD", "FedEx"]
    cities = ["Lyon", "Porto", "Brno", "Aarhus", "Bergamo", "Tallinn", "Cork", "Ghent", "Kraków", "Valencia"]
    statuses = ["Delivered", "In transit", "Delivered", "Customs hold", "Out for delivery", "In transit"]
    rows = []
    for i in range(11):
        tid = f"SH{rng.randint(100000, 999999)}"
        rows.append([tid, rng.choice(carriers), cities[i % len(cities)] if i < 10 else "Lyon",
                     f"{rng.randint(5, 380) / 10:.1f}", rng.choice(statuses)])
    rows[-1][2] = "Split"
    hold = [r for r in rows if r[4] == "Customs hold"]
    if not hold:
        rows[3][4] = "Customs hold"; hold = [rows[3]]
    with open(ship / "week45.csv", "w") as fh:
        fh.write("tracking,carrier,destination,weight_kg,status\n")
        for r in rows:
            fh.write(",".join(r) + "\n")
    cur = rng.choice(["CHF", "SEK", "NOK"])
    (fin / "sync_rates.py").write_text(SYNC_RATES.format(cur=cur))
    (fin / "rates_2026-11-04.json").write_text(json.dumps({"EUR": 1.0, "USD": 1.0842, "GBP": 0.8731, "PLN": 4.312}))
    (home / "p1.sh").write_text(TMUX_P1.format(d=ship))
    (home / "p2.sh").write_text(TMUX_P2.format(d=fin))
    (home / "tmux.conf").write_text('set -g status-right " ingest-2 | Wed 04-Nov "\nset -g status-style bg=colour24,fg=colour255\n')
    tcmd = (f"TMUX_TMPDIR={home}/run tmux -f {home}/tmux.conf new-session -s ops -n shipping 'bash {home}/p1.sh' \\; "
            f"split-window -v -p 45 'bash {home}/p2.sh'")
    (home / "t.sh").write_text(tcmd + "\n")
    run_app(["mate-terminal", "--disable-factory", "--geometry=118x40", "-e", f"bash {home}/t.sh"], home,
            wait=4.5, size=None, out_name="tmux_split.png")
    subprocess.run(f"TMUX_TMPDIR={home}/run tmux kill-server", shell=True, capture_output=True)
    # gold for traceback line: line containing 'rate = Decimal'
    lines = SYNC_RATES.format(cur=cur).splitlines()
    ln = next(i + 1 for i, l in enumerate(lines) if "rate = Decimal" in l)
    heavy = max(rows, key=lambda r: float(r[3]))
    dhl = sum(1 for r in rows if r[1] == "DHL")
    porto = next(r for r in rows if r[2] == "Porto")
    items = [
        Q("what error did the python script crash with?", f"KeyError: '{cur}'", "error", "error message"),
        Q("which line of sync_rates.py blew up? (the last frame in the traceback)", ln, "number", "error line"),
        Q(f"Which shipment is on customs hold? tracking number pls", hold[0][0], "code", "row with condition"),
        Q("heaviest parcel in that table — where is it going?", heavy[2], "text", "largest by column"),
        Q("how many of the shipments go with DHL", dhl, "count", "count with condition", False),
        Q("What's the status of the one headed to Porto?", porto[4], "text", "value at row label"),
        Q("name of the tmux session?", "ops", "text", "status bar"),
    ]
    return "terminal", "tmux_split.png", items

def make_client_folder(root, rng):
    """Folder of project files with exact sizes and mtimes. Returns list of (name, size, mtime)."""
    if root.exists():
        shutil.rmtree(root)
    root.mkdir(parents=True)
    names = ["Q3_board_report.pdf", "contract_Nakamura_signed.pdf", "budget_2027_draft.xlsx", "floorplan_level2.png",
             "meeting_notes_0411.txt", "supplier_list.csv", "logo_final_v3.svg", "invoice_INV-20731.pdf",
             "team_photo_offsite.jpg", "onboarding_checklist.docx", "backup_2026-10-31.tar.gz", "readme.md"]
    dirs = ["Archive", "Drafts", "Legal"]
    out = []
    base = 1793000000  # ~Oct 2026
    for d in dirs:
        (root / d).mkdir()
        for k in range(rng.randint(1, 4)):
            (root / d / f"file{k}.txt").write_text("x" * rng.randint(10, 900))
        t = base + rng.randint(0, 3000000)
        os.utime(root / d, (t, t))
    for n in names:
        size = rng.randint(1200, 9_800_000) if not n.endswith((".txt", ".md", ".csv")) else rng.randint(300, 40000)
        with open(root / n, "wb") as fh:
            fh.write(bytes(rng.getrandbits(8) for _ in range(min(size, 64))) + b"\0" * max(0, size - 64))
        t = base + rng.randint(0, 3000000)
        os.utime(root / n, (t, t))
        out.append((n, size, t))
    return out, dirs


@scene
def clex_files(rng):
    home = fresh_home("clex")
    root = home / "clients" / "Halvorsen_Architects"
    files, dirs = make_client_folder(root, rng)
    (home / "t.sh").write_text(f"cd {root}\nexec clex\n")
    run_app(["mate-terminal", "--disable-factory", "--geometry=110x34", "-e", f"bash {home}/t.sh"], home,
            wait=4, size=None, out_name="clex_files.png", keys=["Return"])
    big = max(files, key=lambda f: f[1])
    pdfs = sum(1 for f in files if f[0].endswith(".pdf"))
    csv = next(f for f in files if f[0] == "supplier_list.csv")
    newest = max(files, key=lambda f: f[2])
    items = [
        Q("which file in this folder is the biggest?", big[0], "text", "largest by column"),
        Q("How many PDF files are in here?", pdfs, "count", "count with condition", False),
        Q("what's the exact size of supplier_list.csv in bytes", csv[1], "number", "value at label"),
        Q("how many subfolders does this directory have?", len(dirs), "count", "count", False),
        Q("What folder am I in? just the folder name", "Halvorsen_Architects", "text", "current directory"),
        Q("which file was changed most recently (going by the dates shown)?", newest[0], "text", "most recent"),
    ]
    return "file manager", "clex_files.png", items, dict(files=files)


COMPOSE = """# docker-compose.yml — staging stack for {proj}
services:
  api:
    image: registry.{dom}/{proj}/api:{api_ver}
    restart: unless-stopped
    ports:
      - "{api_port}:8000"
    environment:
      DATABASE_URL: postgres://app@db:5432/{db}
      LOG_LEVEL: {log}
      WORKERS: "{workers}"
    depends_on:
      - db
      - cache

  worker:
    image: registry.{dom}/{proj}/worker:{api_ver}
    command: ["celery", "-A", "tasks", "worker", "-c", "{conc}"]
    depends_on:
      - cache

  db:
    image: postgres:{pg}
    volumes:
      - pgdata:/var/lib/postgresql/data
    ports:
      - "{db_port}:5432"

  cache:
    image: redis:{redis}
    ports:
      - "6379:6379"

  proxy:
    image: nginx:{nginx}
    ports:
      - "{http}:80"
      - "443:443"

volumes:
  pgdata:
"""


@scene
def scite_compose(rng):
    home = fresh_home("scite")
    proj = rng.choice(["tidewater", "brightfield", "marlowe"])
    v = dict(proj=proj, dom="kestrel-labs.eu", api_ver=f"2.{rng.randint(3,9)}.{rng.randint(0,14)}",
             api_port=rng.choice([8080, 8081, 9000, 8443 - 400]), db=f"{proj}_staging", log=rng.choice(["debug", "info", "warning"]),
             workers=rng.choice([2, 4, 6]), conc=rng.choice([3, 8, 12]), pg=rng.choice(["15.4", "16.2", "14.10"]),
             db_port=rng.choice([5433, 15432, 25432]), redis=rng.choice(["7.2-alpine", "7.0.15"]),
             nginx=rng.choice(["1.25.3", "1.24-alpine", "1.27.0"]), http=rng.choice([80, 8088, 8000]))
    text = COMPOSE.format(**v)
    d = home / "deploy"; d.mkdir()
    (d / "docker-compose.yml").write_text(text)
    (d / ".env.staging").write_text("SECRET_KEY=changeme\n")
    (home / ".SciTEUser.properties").write_text(
        "line.margin.visible=1\nline.margin.width=4\nstatusbar.visible=1\ntabbar.visible=1\n"
        "toolbar.visible=1\nfont.base=font:DejaVu Sans Mono,size:11\nfont.monospace=font:DejaVu Sans Mono,size:11\n"
        "font.small=$(font.base)\nfont.comment=font:DejaVu Sans Mono,size:11\nfont.text=$(font.base)\n"
        "font.code.comment.box=$(font.comment)\nfont.code.comment.line=$(font.comment)\nfont.code.comment.doc=$(font.comment)\n"
        "buffers=10\ncode.page=65001\n")
    run_app(["scite", str(d / ".env.staging"), str(d / "docker-compose.yml")], home, wait=3.5, size=(960, 780),
            out_name="scite_compose.png")
    lines = text.splitlines()
    pg_line = next(i + 1 for i, l in enumerate(lines) if "image: postgres" in l)
    nsvc = 5
    items = [
        Q("what postgres version does this compose file use?", v["pg"], "version", "version"),
        Q("Which host port is the api service published on?", v["api_port"], "number", "value at label"),
        Q("hey, what's LOG_LEVEL set to for the api?", v["log"], "text", "value at label"),
        Q("On which line is the postgres image defined?", pg_line, "number", "line number"),
        Q("how many services are defined in this file?", nsvc, "count", "count", False),
        Q("What file is currently open in the editor (active tab)?", "docker-compose.yml", "text", "open file"),
    ]
    return "editor", "scite_compose.png", items

@scene
def juffed_changelog(rng):
    home = fresh_home("juffed")
    proj = "pebble-sync"
    vers = []
    y, m, dd = 2026, 11, 2
    changes_pool = ["Fixed duplicate uploads when the laptop resumes from sleep",
                    "Added --exclude-from option", "Dropped support for Python 3.8",
                    "Faster hashing of large files (blake3)", "Fixed crash on filenames with newline",
                    "Windows: long path support", "New `pebble status --json` output",
                    "Retry S3 uploads with exponential backoff", "Fixed wrong timezone in log timestamps",
                    "Configurable chunk size (default 8 MiB)", "Removed deprecated `--legacy-index` flag",
                    "Better error when the token has expired", "Added Japanese and Turkish translations",
                    "Fixed memory leak in watcher on macOS"]
    rng.shuffle(changes_pool)
    k = 0
    major, minor, patch = 3, 2, 1
    text = f"# Changelog — {proj}\n\nAll notable changes to this project are documented here.\n\n"
    for i in range(5):
        v = f"{major}.{minor}.{patch}"
        date = f"{y}-{m:02d}-{dd:02d}"
        n = rng.randint(1, 4)
        ch = changes_pool[k:k + n]; k += n
        vers.append((v, date, ch))
        text += f"## [{v}] - {date}\n\n" + "".join(f"- {c}\n" for c in ch) + "\n"
        # step back
        if patch > 0:
            patch -= 1
        else:
            minor -= 1; patch = rng.randint(1, 3)
        dd -= rng.randint(6, 20)
        if dd < 1:
            m -= 1; dd += 30
    d = home / "pebble-sync"; d.mkdir()
    (d / "CHANGELOG.md").write_text(text)
    (d / "setup.cfg").write_text(f"[metadata]\nname = {proj}\nversion = {vers[0][0]}\n")
    run_app(["juffed", str(d / "setup.cfg"), str(d / "CHANGELOG.md")], home, wait=4, size=(1000, 760),
            out_name="juffed_changelog.png")
    latest = vers[0]
    most = max(vers, key=lambda v: len(v[2]))
    assert sum(1 for v in vers if len(v[2]) == len(most[2])) == 1 or True
    tz = next(v for v in vers if any("timezone" in c for c in v[2])) if any("timezone" in c for v in vers for c in v[2]) else None
    items = [
        Q("whats the newest version in this changelog?", latest[0], "version", "most recent version"),
        Q(f"When was {vers[2][0]} released?", vers[2][1], "date", "date at label"),
        Q(f"How many changes are listed under {vers[1][0]}?", len(vers[1][2]), "count", "count items", False),
        Q("which version is the oldest one shown in the file?", vers[-1][0], "version", "first/last"),
        Q(f"what's the first item listed under {vers[1][0]}?", vers[1][2][0], "text", "n-th item"),
    ]
    if tz:
        items.append(Q("In which version did they fix the timezone issue in logs?", tz[0], "version", "which version"))
    if len({len(v[2]) for v in vers}) and [len(v[2]) for v in vers].count(len(most[2])) == 1:
        items.append(Q("which release had the most changes?", most[0], "version", "largest count", False))
    return "editor", "juffed_changelog.png", items


SETTINGS_INI = """; Point-of-sale terminal configuration
; store: {store}

[store]
id = {sid}
name = {store}
currency = {cur}
timezone = {tz}

[printer]
model = {printer}
paper_width_mm = {paper}
copies = {copies}

[payments]
card_terminal = {ct}
tip_prompt = {tip}
max_cash_refund = {refund}

[sync]
server = https://pos.{dom}/api/v3
interval_seconds = {interval}
retry_limit = {retry}
"""


@scene
def tea_ini(rng):
    home = fresh_home("tea")
    stores = [("Café Mirabeau", "EUR", "Europe/Paris"), ("Bäckerei Lindqvist", "SEK", "Europe/Stockholm"),
              ("Taquería Las Palmas", "MXN", "America/Mexico_City")]
    store, cur, tz = rng.choice(stores)
    v = dict(store=store, sid=f"ST-{rng.randint(100,999)}", cur=cur, tz=tz,
             printer=rng.choice(["Epson TM-T88VI", "Star TSP143IIIU", "Bixolon SRP-350plusIII"]),
             paper=rng.choice([58, 80]), copies=rng.choice([1, 2]), ct=rng.choice(["Verifone V240m", "Ingenico Move/5000", "SumUp Solo"]),
             tip=rng.choice(["true", "false"]), refund=rng.choice([50, 100, 150, 200]), dom="ledgerline.net",
             interval=rng.choice([30, 60, 90, 120, 300]), retry=rng.choice([3, 5, 8]))
    d = home / "pos"; d.mkdir()
    (d / "terminal.ini").write_text(SETTINGS_INI.format(**v))
    run_app(["tea", str(d / "terminal.ini")], home, wait=8, size=(1000, 790), out_name="tea_ini.png")
    items = [
        Q("what printer model is configured?", v["printer"], "text", "value at label"),
        Q("paper width for the receipt printer, in mm?", v["paper"], "number", "value at label"),
        Q("Which currency is this till set up for?", v["cur"], "code", "value at label"),
        Q("what's the store ID", v["sid"], "code", "value at label"),
        Q("which timezone is configured?", v["tz"], "text", "value at label"),
        Q("how many receipt copies does it print — more than one?", "yes" if v["copies"] > 1 else "no", "yesno", "yes/no check", False),
    ]
    return "editor", "tea_ini.png", items

@scene
def gentoo_fm(rng):
    home = fresh_home("gentoo")
    left = home / "projects" / "Halvorsen_Architects"
    files, dirs = make_client_folder(left, rng)
    right = home / "Downloads"
    right.mkdir(parents=True)
    dl = ["ubuntu-24.04.1-desktop-amd64.iso", "bank_statement_oct.pdf", "font-inter-4.0.zip",
          "DSC_0412.JPG", "setup_zoom_6.2.5.deb", "tax_form_2025.pdf", "podcast_ep112.mp3"]
    dlinfo = []
    for n in dl:
        size = rng.randint(20_000, 9_000_000)
        with open(right / n, "wb") as fh:
            fh.write(b"\0" * size)
        t = 1793000000 + rng.randint(0, 3000000)
        os.utime(right / n, (t, t))
        dlinfo.append((n, size, t))
    (home / ".config" / "gentoo").mkdir(parents=True)
    shutil.copy("/etc/gentoorc", home / ".config" / "gentoo" / "gentoorc")
    run_app(["gentoo", "--root-ok", "-1", str(left), "-2", str(right)], home, wait=4, size=(1240, 760), out_name="gentoo_fm.png", keys=["click:887,450"])
    big = max(dlinfo, key=lambda f: f[1])
    pdfs_right = sum(1 for f in dlinfo if f[0].endswith(".pdf"))
    items = [
        Q("In the Downloads pane, which file is the largest?", big[0], "text", "largest by column"),
        Q("how many pdfs are sitting in Downloads?", pdfs_right, "count", "count with condition", False),
        Q("what version of zoom did I download", "6.2.5", "version", "version", True),
        Q("Size of invoice_INV-20731.pdf?", next(f[1] for f in files if f[0] == "invoice_INV-20731.pdf"), "number", "value at label"),
    ]
    return "file manager", "gentoo_fm.png", items, dict(files=files, dl=dlinfo)

def _font(name, size):
    from PIL import ImageFont
    paths = {"sans": "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
             "sansb": "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
             "serif": "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf",
             "lato": "/usr/share/fonts/truetype/lato/Lato-Bold.ttf"}
    try:
        return ImageFont.truetype(paths[name], size)
    except Exception:
        return ImageFont.truetype(paths["sans"], size)


@scene
def qimgv_flyer(rng):
    from PIL import Image, ImageDraw
    home = fresh_home("qimgv")
    pics = home / "Pictures" / "flyers"; pics.mkdir(parents=True)
    ev = rng.choice([("Riverside Night Market", "Saturday 14 November 2026", "17:00 – 23:00", "Kade 7, Nijmegen", "€4"),
                     ("Harvest Food Festival", "Sunday 15 November 2026", "11:00 – 19:30", "Parc Léopold, Brussels", "€6")])
    stalls = rng.randint(38, 72)
    W, H = 900, 1200
    im = Image.new("RGB", (W, H), (28, 42, 74))
    d = ImageDraw.Draw(im)
    d.rectangle([40, 40, W - 40, H - 40], outline=(245, 190, 70), width=6)
    d.text((W // 2, 170), ev[0].upper(), font=_font("lato", 54), fill=(245, 190, 70), anchor="mm")
    d.text((W // 2, 300), ev[1], font=_font("sansb", 40), fill="white", anchor="mm")
    d.text((W // 2, 370), ev[2], font=_font("sans", 40), fill="white", anchor="mm")
    d.text((W // 2, 480), ev[3], font=_font("serif", 36), fill=(200, 220, 255), anchor="mm")
    d.text((W // 2, 620), f"{stalls} street-food & craft stalls", font=_font("sans", 34), fill="white", anchor="mm")
    d.text((W // 2, 690), "Live music by The Copper Foxes", font=_font("sans", 34), fill="white", anchor="mm")
    d.text((W // 2, 850), f"Entry {ev[4]}  ·  kids under 12 free", font=_font("sansb", 38), fill=(245, 190, 70), anchor="mm")
    d.text((W // 2, 1080), "info@" + ev[0].split()[0].lower() + "-events.eu", font=_font("sans", 28), fill=(200, 220, 255), anchor="mm")
    fn = "market_flyer_final.png"
    im.save(pics / fn)
    for k in range(3):
        Image.new("RGB", (640, 480), (rng.randint(0, 255), 120, 90)).save(pics / f"draft_{k + 1}.png")
    run_app(["qimgv", str(pics / fn)], home, wait=4.5, size=(1100, 780), out_name="qimgv_flyer.png")
    items = [
        Q("when is this market happening? the date", ev[1], "date", "when"),
        Q("how much does entry cost for adults?", ev[4], "money", "value at label"),
        Q("What time does it start?", ev[2].split(" – ")[0], "time", "when"),
        Q("how many stalls are they promising", stalls, "number", "value"),
        Q("where is it? give me the address/location", ev[3], "text", "where"),
    ]
    return "image viewer", "qimgv_flyer.png", items


@scene
def geeqie_photos(rng):
    from PIL import Image, ImageDraw
    home = fresh_home("geeqie")
    pics = home / "Photos" / "Lisbon_2026"; pics.mkdir(parents=True)
    names = []
    for i in range(9):
        n = f"IMG_{rng.randint(1000, 9999)}.jpg"
        w, h = rng.choice([(1600, 1200), (1200, 1600), (1920, 1080), (1024, 768)])
        im = Image.new("RGB", (w, h), (rng.randint(40, 220), rng.randint(40, 220), rng.randint(40, 220)))
        dd = ImageDraw.Draw(im)
        for _ in range(6):
            x, y = rng.randint(0, w), rng.randint(0, h)
            dd.ellipse([x, y, x + rng.randint(80, 500), y + rng.randint(80, 500)], fill=(rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255)))
        im.save(pics / n, quality=rng.randint(70, 95))
        names.append((n, w, h, (pics / n).stat().st_size))
    names.sort()
    first = names[0]
    (home / ".config" / "geeqie").mkdir(parents=True)
    run_app(["geeqie", str(pics / first[0])], home, wait=5, size=(1200, 780), out_name="geeqie_photos.png")
    portrait = sum(1 for n in names if n[2] > n[1])
    items = [
        Q("which photo is open right now? filename", first[0], "text", "open file"),
        Q("how many photos are in this folder?", len(names), "count", "count"),
        Q(f"what are the dimensions of the current image?", f"{first[1]}x{first[2]}", "text", "value"),
        Q(f"file size of {names[4][0]}? in bytes", names[4][3], "number", "value at label"),
        Q("which of the listed photos is the biggest file?", max(names, key=lambda n: n[3])[0], "text", "largest by column"),
    ]
    return "image viewer", "geeqie_photos.png", items

def _mdy(iso):
    import datetime
    return datetime.date.fromisoformat(iso).strftime("%b %-d")


@scene
def giggle_repo(rng):
    home = fresh_home("giggle")
    path = home / "code" / "fernwood-ledger"
    commits, branch = make_git_repo(path, random.Random(f"{SEED}-mate_terminal_git"))
    run_app(["giggle", str(path)], home, wait=5, size=(1240, 780), out_name="giggle_repo.png", keys=["click:1180,48", "sleep:2"])
    newest = commits[-1]
    first = commits[0]
    lucia = sum(1 for c in commits if c["author"] == "Lucía Ferreira")
    items = [
        Q("who wrote the latest commit?", newest["author"], "person", "most recent author"),
        Q("what was the very first commit message in this repo?", first["msg"], "text", "first item"),
        Q("How many commits did Lucía Ferreira make?", lucia, "count", "count with condition", False),
        Q("how many commits are in the history (not counting the uncommitted changes row)?", len(commits), "count", "count", False),
        Q("When was 'Add Polish translations' committed?", _mdy(next(c["date"] for c in commits if c["msg"] == "Add Polish translations")), "date", "when"),
    ]
    return "git", "giggle_repo.png", items


NGINX_OLD = """server {{
    listen 80;
    server_name shop.{dom} www.shop.{dom};

    root /srv/shop/public;
    client_max_body_size {body_old}m;

    location /api/ {{
        proxy_pass http://127.0.0.1:{port_old};
        proxy_read_timeout {to_old}s;
    }}

    location /static/ {{
        expires 7d;
    }}

    gzip on;
    gzip_types text/css application/javascript;
}}
"""
NGINX_NEW = """server {{
    listen 80;
    listen 443 ssl http2;
    server_name shop.{dom} www.shop.{dom};

    root /srv/shop/public;
    client_max_body_size {body_new}m;

    location /api/ {{
        proxy_pass http://127.0.0.1:{port_new};
        proxy_read_timeout {to_new}s;
    }}

    location /static/ {{
        expires 30d;
    }}

    gzip on;
    gzip_types text/css application/javascript;
}}
"""


@scene
def kompare_nginx(rng):
    home = fresh_home("kompare")
    dom = rng.choice(["vinterhavn.dk", "casa-lumo.pt", "pekarna-novak.si"])
    v = dict(dom=dom, body_old=rng.choice([8, 10, 16]), body_new=rng.choice([25, 32, 50]),
             port_old=rng.choice([8000, 8001]), port_new=rng.choice([9000, 9100]), to_old=30, to_new=rng.choice([60, 90, 120]))
    d = home / "etc"; d.mkdir()
    (d / "shop.conf.orig").write_text(NGINX_OLD.format(**v))
    (d / "shop.conf").write_text(NGINX_NEW.format(**v))
    run_app(["kompare", str(d / "shop.conf.orig"), str(d / "shop.conf")], home, wait=7, size=(1240, 780),
            out_name="kompare_nginx.png")
    import difflib
    ndiff = sum(1 for op in difflib.SequenceMatcher(None, NGINX_OLD.format(**v).splitlines(), NGINX_NEW.format(**v).splitlines()).get_opcodes() if op[0] != "equal")
    items = [
        Q("what port does /api/ proxy to in the new version?", v["port_new"], "number", "value after change"),
        Q("what was client_max_body_size before the change?", f"{v['body_old']}m", "text", "value before change"),
        Q("how long are static files cached now?", "30d", "text", "value after change"),
        Q(f"did they keep gzip on?", "yes", "yesno", "yes/no check", False),
        Q("how many differences did kompare find between the two files?", ndiff, "count", "count", True),
        Q("proxy_read_timeout went from 30s to what?", f"{v['to_new']}s", "text", "value after change"),
    ]
    return "diff", "kompare_nginx.png", items

def spawn_named(home, specs):
    """specs: list of (name, MB). Starts python copies named `name` holding MB of memory."""
    b = home / "bin"; b.mkdir(exist_ok=True)
    py = os.path.realpath("/usr/bin/python3")
    procs = []
    for name, mb in specs:
        exe = b / name
        shutil.copy(py, exe)
        p = subprocess.Popen([str(exe), "-c", f"x = b'\\x01' * ({mb} << 20)\nimport time\ntime.sleep(100000)"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        procs.append((name, mb, p))
    time.sleep(2.5)
    return procs


@scene
def gsm_processes(rng):
    home = fresh_home("gsm")
    names = ["acme-ledgerd", "acme-render", "acme-indexer", "acme-mailq", "acme-thumbs"]
    mbs = rng.sample([24, 61, 97, 142, 188, 236], len(names))
    procs = spawn_named(home, list(zip(names, mbs)))
    try:
        run_app(["gnome-system-monitor", "-p"], home, wait=6, size=(1200, 700), out_name="gsm_processes.png",
                keys=["mousemove:600,350", "ctrl+f", "sleep:1", "type:acme", "sleep:3"])
    finally:
        for _, _, p in procs:
            p.kill()
    top = max(procs, key=lambda x: x[1])
    low = min(procs, key=lambda x: x[1])
    idx = next(p for p in procs if p[0] == "acme-indexer")
    items = [
        Q("which of the acme processes is using the most memory?", top[0], "text", "largest by column"),
        Q("what's the PID of acme-indexer", idx[2].pid, "number", "value at label"),
        Q("how many acme processes are listed?", len(procs), "count", "count", False),
        Q("smallest memory user among them?", low[0], "text", "smallest by column"),
    ]
    return "task manager", "gsm_processes.png", items

@scene
def balsa_inbox(rng):
    import email.utils, datetime
    home = fresh_home("balsa")
    (home / ".balsa").mkdir()
    for src, dst in [("balsa_config.tmpl", "config"), ("balsa_config_private.tmpl", "config-private")]:
        (home / ".balsa" / dst).write_text((HERE / "assets" / src).read_text().replace("@HOME@", str(home)))
    (home / "mail").mkdir()
    for b in ["outbox", "sentbox", "draftbox", "trash"]:
        (home / "mail" / b).write_text("")
    senders = [("Henrik Sørensen", "henrik@nordvind.dk"), ("Priya Raghunathan", "priya.r@anthem-labs.in"),
               ("Mateo Álvarez", "mateo@solbrisa.es"), ("Yuki Tanaka", "y.tanaka@hoshino.jp"),
               ("Chiara Bellini", "chiara.bellini@studioverde.it"), ("Kwame Mensah", "kwame@goldcoastfreight.gh"),
               ("Ewa Zielińska", "ewa.z@krakowprint.pl"), ("Liam O'Connor", "liam@harbourlight.ie")]
    subjects = ["Invoice INV-4471 overdue reminder", "Draft contract for the Q1 retainer", "Re: photos from the Lisbon offsite",
                "Shipment SH-20931 delayed at customs", "Updated floor plan (rev C)", "Lunch on Thursday?",
                "Quote for 2,000 printed brochures", "Your access to the staging server"]
    rng.shuffle(senders)
    rng.shuffle(subjects)
    base = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.timezone.utc)
    msgs = []
    t = base
    for i in range(8):
        t = t + datetime.timedelta(hours=rng.randint(2, 20), minutes=rng.randint(0, 59))
        s = senders[i]
        msgs.append(dict(name=s[0], addr=s[1], subj=subjects[i], date=t))
    with open(home / "mailbox", "w") as fh:
        for m in msgs:
            fh.write(f"From {m['addr']} {m['date'].strftime('%a %b %d %H:%M:%S %Y')}\n")
            fh.write(f"From: {m['name']} <{m['addr']}>\nTo: Amara Nwosu <amara.nwosu@tessellate.io>\n")
            fh.write(f"Subject: {m['subj']}\nDate: {email.utils.format_datetime(m['date'])}\n")
            fh.write(f"Message-ID: <{rng.randint(10**8, 10**9)}@mail.example>\nMIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n\n")
            fh.write(f"Hi Amara,\n\nPlease see the details regarding: {m['subj']}.\n\nBest,\n{m['name'].split()[0]}\n\n")
    os.chmod(home / "mailbox", 0o600)
    run_app(["balsa"], home, wait=6, size=(1240, 780), out_name="balsa_inbox.png")
    latest = max(msgs, key=lambda m: m["date"])
    oldest = min(msgs, key=lambda m: m["date"])
    cust = next(m for m in msgs if "customs" in m["subj"])
    items = [
        Q("who sent me the most recent email?", latest["name"], "person", "most recent sender"),
        Q("How many messages are in the inbox?", len(msgs), "count", "count", True),
        Q("and how many of them are still unread?", len(msgs) - 1, "count", "count with condition", True),
        Q("what's the email address of whoever sent the message I have open?", oldest["addr"], "text", "value in preview"),
        Q("what's the subject of the oldest mail here?", oldest["subj"], "text", "first item"),
        Q("who emailed about the shipment stuck at customs?", cust["name"], "person", "who"),
    ]
    return "mail", "balsa_inbox.png", items

@scene
def aptitude_tui(rng):
    home = fresh_home("aptitude")
    pkg = "scite"
    (home / "t.sh").write_text("exec aptitude\n")
    run_app(["mate-terminal", "--disable-factory", "--geometry=120x36", "-e", f"bash {home}/t.sh"], home,
            wait=8, size=None, out_name="aptitude_tui.png",
            keys=["mousemove:400,300", "slash", "sleep:1", f"type:^{pkg}$", "Return", "sleep:2"])
    ver = sh(f"dpkg-query -W -f='${{Version}}' {pkg}").strip()
    desc = sh(f"dpkg-query -W -f='${{Description}}' {pkg}").splitlines()[0].strip()
    maint = sh(f"dpkg-query -W -f='${{Maintainer}}' {pkg}").split("<")[0].strip()
    items = [
        Q(f"what version of {pkg} is installed according to aptitude?", ver, "version", "version"),
        Q(f"what's the one-line description of the highlighted package?", desc, "text", "status line"),
        Q(f"is {pkg} installed? (look at the state flag)", "yes", "yesno", "yes/no check", False),
        Q("homepage of that package?", sh(f"dpkg-query -W -f='${{Homepage}}' {pkg}").strip(), "text", "value at label"),
        Q("which version of tea shows up in the list?", sh("dpkg-query -W -f='${Version}' tea").strip(), "version", "value at row label"),
    ]
    return "TUI", "aptitude_tui.png", items

QT_DIALOG_APP = r'''
import sys, json
from PyQt5 import QtWidgets, QtCore, QtGui
d = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv); app.setStyle("Fusion")
p = QtGui.QPalette()
for role, c in [(QtGui.QPalette.Window, "#2b2d31"), (QtGui.QPalette.WindowText, "#e6e6e6"), (QtGui.QPalette.Base, "#1e1f22"),
                (QtGui.QPalette.AlternateBase, "#2b2d31"), (QtGui.QPalette.Text, "#e6e6e6"), (QtGui.QPalette.Button, "#3a3d42"),
                (QtGui.QPalette.ButtonText, "#e6e6e6"), (QtGui.QPalette.Highlight, "#3d7be0"), (QtGui.QPalette.HighlightedText, "#ffffff")]:
    p.setColor(role, QtGui.QColor(c))
app.setPalette(p); app.setFont(QtGui.QFont("Noto Sans", 10))
w = QtWidgets.QDialog(); w.setWindowTitle(d["title"])
v = QtWidgets.QVBoxLayout(w)
v.addWidget(QtWidgets.QLabel("<b>%s</b>" % d["heading"]))
tabs = QtWidgets.QTabWidget(); v.addWidget(tabs)
for t in d["tabs"]:
    if t != d["tab"]:
        tabs.addTab(QtWidgets.QWidget(), t); continue
    page = QtWidgets.QWidget(); f = QtWidgets.QFormLayout(page)
    cb = QtWidgets.QComboBox(); cb.addItems(d["langs"]); cb.setCurrentText(d["lang"]); f.addRow("Interface language:", cb)
    cb2 = QtWidgets.QComboBox(); cb2.addItems(d["dateformats"]); cb2.setCurrentText(d["datefmt"]); f.addRow("Date format:", cb2)
    sp = QtWidgets.QSpinBox(); sp.setRange(8, 32); sp.setValue(d["fontsize"]); sp.setSuffix(" pt"); f.addRow("Editor font size:", sp)
    sl = QtWidgets.QSlider(QtCore.Qt.Horizontal); sl.setRange(0, 100); sl.setValue(d["volume"])
    hb = QtWidgets.QHBoxLayout(); hb.addWidget(sl); hb.addWidget(QtWidgets.QLabel("%d%%" % d["volume"])); f.addRow("Notification volume:", hb)
    g = QtWidgets.QGroupBox("Theme"); gl = QtWidgets.QHBoxLayout(g)
    for th in d["themes"]:
        r = QtWidgets.QRadioButton(th); r.setChecked(th == d["theme"]); gl.addWidget(r)
    f.addRow(g)
    for lab, val in d["checks"]:
        c = QtWidgets.QCheckBox(lab); c.setChecked(val); f.addRow(c)
    tabs.addTab(page, t)
tabs.setCurrentIndex(d["tabs"].index(d["tab"]))
bb = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.Ok | QtWidgets.QDialogButtonBox.Cancel | QtWidgets.QDialogButtonBox.RestoreDefaults)
v.addWidget(bb)
ver = QtWidgets.QLabel(d["footer"]); ver.setStyleSheet("color:#9aa0a6"); v.addWidget(ver)
w.resize(640, 560); w.show(); app.exec_()
'''


@scene
def qt_prefs_dialog(rng):
    home = fresh_home("qt_prefs")
    langs = ["English (UK)", "Deutsch", "Português (Brasil)", "Polski", "日本語", "Türkçe"]
    lang = rng.choice(langs[1:])
    dfs = ["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD", "DD.MM.YYYY"]
    themes = ["Light", "Dark", "Follow system"]
    d = dict(title="Preferences — Notewell", heading="Notewell settings", tabs=["General", "Sync", "Shortcuts", "Privacy"],
             tab="General", langs=langs, lang=lang, dateformats=dfs, datefmt=rng.choice(dfs), fontsize=rng.choice([11, 12, 13, 14, 15]),
             volume=rng.choice([35, 40, 55, 65, 80]), themes=themes, theme="Dark",
             checks=[("Start Notewell at login", rng.random() < 0.5), ("Spell-check while typing", True),
                     ("Send anonymous usage statistics", False), ("Show word count in status bar", rng.random() < 0.5)],
             footer=f"Notewell {rng.randint(3,5)}.{rng.randint(0,12)}.{rng.randint(0,9)} (build {rng.randint(2000, 9999)})")
    (home / "d.json").write_text(json.dumps(d, ensure_ascii=False))
    (home / "app.py").write_text(QT_DIALOG_APP)
    run_app(["/usr/bin/python3", str(home / "app.py"), str(home / "d.json")], home, wait=3, size=None,
            out_name="qt_prefs_dialog.png")
    ver = d["footer"].split()[1]
    items = [
        Q("what language is the interface set to?", lang, "text", "selected option"),
        Q("Which date format did I pick?", d["datefmt"], "text", "selected option"),
        Q("font size in the editor?", d["fontsize"], "number", "spin value"),
        Q("Is 'Start Notewell at login' enabled?", "yes" if d["checks"][0][1] else "no", "yesno", "checkbox state", False),
        Q("what version of Notewell is this", ver, "version", "version"),
        Q("notification volume %?", d["volume"], "number", "slider value"),
        Q("which theme option is selected?", d["theme"], "text", "selected radio option"),
    ]
    return "settings", "qt_prefs_dialog.png", items

# ---- END SCENES ----


def main():
    sys.path.insert(0, str(HERE))
    only = set(sys.argv[1:])
    WORK.mkdir(parents=True, exist_ok=True)
    IMG.mkdir(parents=True, exist_ok=True)
    xv = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(1.5)
    results = {}
    cache = HERE / ".scene_items.json"
    if cache.exists():
        results = json.loads(cache.read_text())
    try:
        for fn in SCENES:
            if only and fn.__name__ not in only:
                continue
            rng = random.Random(f"{SEED}-{fn.__name__}")
            print("scene", fn.__name__, flush=True)
            r = None
            for attempt in range(3):  # some apps (tea) occasionally start slowly; retry
                try:
                    r = fn(random.Random(f"{SEED}-{fn.__name__}"))
                    break
                except Exception as ex:  # keep going; report
                    print("  attempt", attempt + 1, "FAILED", fn.__name__, ex, flush=True)
            if r is None:
                continue
            cat, img, items = r[:3]
            results[fn.__name__] = dict(category=cat, image=img, items=items)
            cache.write_text(json.dumps(results, indent=1))
    finally:
        xv.terminate()
    n = 0
    with open(HERE / "manifest.jsonl", "w") as f:
        for fn in SCENES:
            r = results.get(fn.__name__)
            if not r:
                continue
            for it in r["items"]:
                n += 1
                rec = dict(id=f"s10-{n:04d}", image=f"images/{r['image']}", question=it["question"],
                           answer=it["answer"], answer_type=it["answer_type"], category=r["category"],
                           intent=it["intent"], literal=it["literal"])
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("items", n)


if __name__ == "__main__":
    main()
