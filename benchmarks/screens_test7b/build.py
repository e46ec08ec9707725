#!/usr/bin/env python
"""Build screens_test7: prepare content, launch real apps on Xvfb, capture, write manifest.

Run:  /work/main/.venv/bin/python benchmarks/screens_test7/build.py [screen-name ...]
Golds are computed from the content defined in this file (the same data fed to the apps).
"""
import json, os, random, shutil, subprocess, sys, time, zipfile, datetime as dt

random.seed(7007)
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
WORK = "/tmp/st7work"
DISPLAY = os.environ.get("ST7_DISPLAY", ":77")
SYSPY = "/usr/bin/python3"          # has python3-gi (GTK3)
ENV = dict(os.environ, DISPLAY=DISPLAY, LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC",
           GSETTINGS_BACKEND="memory", NO_AT_BRIDGE="1", HOME=WORK + "/home")
ITEMS = {}   # screen -> list of items


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, env=ENV, capture_output=True, text=True, **kw).stdout


def write(path, text, mtime=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as fh:
        fh.write(text)
    if mtime:
        t = dt.datetime.strptime(mtime, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(path, (t, t))


def windows():
    out = subprocess.run("xdotool search --onlyvisible --name ''", shell=True, env=ENV,
                         capture_output=True, text=True).stdout.split()
    res = []
    for w in out:
        g = subprocess.run(f"xdotool getwindowgeometry --shell {w}", shell=True, env=ENV,
                           capture_output=True, text=True).stdout
        d = dict(l.split("=", 1) for l in g.split() if "=" in l)
        try:
            x, y, wd, ht = int(d["X"]), int(d["Y"]), int(d["WIDTH"]), int(d["HEIGHT"])
        except KeyError:
            continue
        if wd >= 1280 and ht >= 800 or wd < 60 or ht < 40:
            continue
        res.append((wd * ht, x, y, wd, ht, w))
    return sorted(res, reverse=True)


def capture(name, cmd, wait=4.0, cwd=None, resize=None, keys=None, crop=True):
    """Launch cmd (shell), wait, optionally send keys, capture biggest window, kill."""
    p = subprocess.Popen(cmd, shell=True, env=ENV, cwd=cwd, start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=open(f"{WORK}/{name}.log", "w"))
    time.sleep(wait)
    if resize:
        ws = windows()
        if ws:
            subprocess.run(f"xdotool windowsize {ws[0][5]} {resize[0]} {resize[1]} windowmove {ws[0][5]} 0 0",
                           shell=True, env=ENV)
            time.sleep(1.5)
    for k in keys or []:
        if k.startswith("sleep:"):
            time.sleep(float(k[6:]))
        else:
            subprocess.run(f"xdotool {k}", shell=True, env=ENV)
            time.sleep(0.6)
    time.sleep(1.0)
    out = os.path.join(IMG, name + ".png")
    ws = windows()
    subprocess.run(f"import -display {DISPLAY} -window root /tmp/st7_full.png", shell=True, env=ENV, check=True)
    if crop and ws:
        _, x, y, wd, ht, _ = ws[0]
        subprocess.run(f"convert /tmp/st7_full.png -crop {wd}x{ht}+{x}+{y} +repage {out}", shell=True, check=True)
    else:
        shutil.copy("/tmp/st7_full.png", out)
    try:
        os.killpg(p.pid, 15)
    except ProcessLookupError:
        pass
    time.sleep(1.0)
    try:
        os.killpg(p.pid, 9)
    except ProcessLookupError:
        pass
    return "images/" + name + ".png"


def term(name, script, app="alacritty", cols=100, rows=30, wait=4.0, keys=None):
    path = f"{WORK}/{name}.sh"
    write(path, "#!/bin/bash\n" + script + "\nsleep 600\n")
    os.chmod(path, 0o755)
    if app == "alacritty":
        cmd = (f"alacritty -o window.dimensions.columns={cols} -o window.dimensions.lines={rows} "
               f"-o font.size=11 -e {path}")
    else:  # mlterm
        cmd = f"mlterm -g {cols}x{rows} --fontsize=15 --bg=#fdf6e3 --fg=#333333 -e {path}"
    return capture(name, cmd, wait=wait, keys=keys)


def add(screen, image, category, items):
    ITEMS[screen] = [dict(image=image, category=category, question=q, answer=str(a), answer_type=t,
                          intent=i, literal=l) for (q, a, t, i, l) in items]


# ---------------------------------------------------------------- screens
def s_gedit():
    consts = {"DEFAULT_RATE": 120, "BURST_SIZE": 30, "BLOCK_SECONDS": 900}
    methods = ("GET", "POST", "PATCH")
    src = f'''"""Token bucket rate limiter for the public API gateway."""
import time

DEFAULT_RATE = {consts["DEFAULT_RATE"]}        # requests per minute
BURST_SIZE = {consts["BURST_SIZE"]}
BLOCK_SECONDS = {consts["BLOCK_SECONDS"]}      # how long an abusive client is blocked
ALLOWED_METHODS = {methods!r}


class TokenBucket:
    def __init__(self, rate=DEFAULT_RATE, burst=BURST_SIZE):
        self.rate = rate / 60.0
        self.capacity = burst
        self.tokens = burst
        self.stamp = time.monotonic()

    def refill(self):
        now = time.monotonic()
        self.tokens = min(self.capacity, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now

    def take(self, n=1):
        self.refill()
        if self.tokens >= n:
            self.tokens -= n
            return True
        return False


def client_key(request):
    return request.headers.get("X-Api-Key") or request.remote_addr
'''
    fn = "rate_limiter.py"
    write(f"{WORK}/gateway/{fn}", src)
    img = capture("gedit_ratelimiter", f"gedit --standalone {WORK}/gateway/{fn}", wait=6, resize=(900, 720))
    add("gedit", img, "editor", [
        ("which file have i got open here?", fn, "text", "open file name", True),
        ("whats the burst size set to", consts["BURST_SIZE"], "number", "constant value", True),
        ("How many minutes does an abusive client stay blocked?", consts["BLOCK_SECONDS"] // 60, "number",
         "convert constant seconds to minutes", False),
        ("which http methods are allowed by this limiter", ", ".join(methods), "text", "list constant", True),
        ("name of the class defined in this code?", "TokenBucket", "code", "class name", True),
    ])


def git_env(name, email, date):
    return {"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date + "T10:00:00+00:00",
            "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email,
            "GIT_COMMITTER_DATE": date + "T10:00:00+00:00"}


def make_repo(path, branch, commits):
    shutil.rmtree(path, ignore_errors=True)
    os.makedirs(path)
    g = lambda c, extra=None: subprocess.run(c, shell=True, cwd=path, check=True, capture_output=True, text=True,
                                              env=dict(ENV, GIT_CONFIG_NOSYSTEM="1", **(extra or {}))).stdout
    g("git init -q -b main . && git config user.name x && git config user.email x@x")
    for i, (who, date, msg, fname, body) in enumerate(commits):
        write(f"{path}/{fname}", body)
        g(f"git add -A && git commit -q -m '{msg}'", git_env(who, who.split()[0].lower() + "@acme.dev", date))
        if i == 3 and branch != "main":
            g(f"git checkout -q -b {branch}")
    return g


def s_gitlog():
    commits = [
        ("Maria Lopez", "2026-10-02", "Initial import of billing core", "billing/core.py", "# core\n"),
        ("Tomasz Nowak", "2026-10-05", "Add invoice PDF renderer", "billing/pdf.py", "# pdf\n"),
        ("Maria Lopez", "2026-10-09", "Fix VAT rounding for EU customers", "billing/vat.py", "# vat\nROUND=2\n"),
        ("Aiko Tanaka", "2026-10-14", "Bump stripe client to 7.4.1", "requirements.txt", "stripe==7.4.1\n"),
        ("Tomasz Nowak", "2026-10-20", "Retry webhook delivery on 502", "billing/hooks.py", "# hooks\n"),
        ("Maria Lopez", "2026-10-27", "Add credit note endpoint", "billing/credit.py", "# credit\n"),
        ("Aiko Tanaka", "2026-11-03", "Cache exchange rates for 1h", "billing/fx.py", "# fx\n"),
    ]
    branch = "feature/credit-notes"
    path = f"{WORK}/billing-service"
    g = make_repo(path, branch, commits)
    write(f"{path}/billing/credit.py", "# credit\nLIMIT = 500\n")
    write(f"{path}/billing/fx.py", "# fx\nTTL = 3600\n")
    write(f"{path}/NOTES.md", "todo\n")
    vat_hash = g("git log --format=%h --grep='VAT rounding'").strip()
    status = g("git status --porcelain")
    modified = sum(1 for l in status.splitlines() if l.startswith(" M"))
    img = term("alacritty_gitlog",
               f"cd {path}; export PS1='maria@dev:~/billing-service$ '; "
               "echo \"maria@dev:~/billing-service$ git log --date=short --format='%h  %ad  %<(13)%an  %s'\"; "
               "git --no-pager log --date=short --format='%h  %ad  %<(13)%an  %s'; echo; "
               "echo 'maria@dev:~/billing-service$ git status -sb'; git status -sb; "
               "printf 'maria@dev:~/billing-service$ '", cols=96, rows=22)
    add("gitlog", img, "git", [
        ("what branch am i on", branch, "code", "current branch", True),
        ("Who did the latest commit?", commits[-1][0], "person", "author of newest commit", True),
        ("how many of these commits are Maria's", sum(c[0] == "Maria Lopez" for c in commits), "count",
         "count commits by author", False),
        ("when did the stripe client get bumped?", commits[3][1], "date", "date of commit", True),
        ("hash of the commit that fixed the VAT rounding?", vat_hash, "code", "commit hash by message", True),
        ("how many files are modified (not counting untracked)?", modified, "count", "count modified files", False),
    ])


def s_ls():
    files = [("board_deck_v4.pdf", 3321004, "2026-11-28 16:42"), ("forecast_2027.ods", 61522, "2026-11-30 09:15"),
             ("logo.png", 14890, "2026-03-11 12:00"), ("notes.txt", 2210, "2026-12-01 08:03"),
             ("q3_sales_raw.csv", 1204877, "2026-10-06 17:20"), ("q3_sales_summary.xlsx", 48213, "2026-10-07 11:48"),
             ("returns_oct.csv", 88410, "2026-11-02 14:31")]
    d = f"{WORK}/home/reports"
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(d)
    rnd = random.Random(3)
    for n, size, m in files:
        with open(f"{d}/{n}", "wb") as fh:
            fh.write(bytes(rnd.getrandbits(8) for _ in range(size)) if size < 100000 else b"\0" * size)
        t = dt.datetime.strptime(m, "%Y-%m-%d %H:%M").replace(tzinfo=dt.timezone.utc).timestamp()
        os.utime(f"{d}/{n}", (t, t))
    img = term("alacritty_ls",
               f"cd {d}; echo 'ana@laptop:~/reports$ ls -l --time-style=long-iso'; "
               "ls -l --time-style=long-iso | sed 's/ root root / ana  ana  /'; printf 'ana@laptop:~/reports$ '",
               cols=90, rows=14)
    big = max(files, key=lambda f: f[1])
    oldest = min(files, key=lambda f: f[2])
    add("ls", img, "terminal", [
        ("how big is the board deck in bytes", files[0][1], "number", "file size", True),
        ("which file is the largest?", big[0], "text", "largest file", False),
        ("How many CSV files are in this folder", sum(f[0].endswith(".csv") for f in files), "count",
         "count files by extension", False),
        ("notes.txt last modified when? just the date", files[3][2][:10], "date", "file mtime", True),
        ("which file hasn't been touched for the longest time", oldest[0], "text", "oldest file", False),
    ])


def s_task():
    tasks = [
        ("Renew TLS certificate for shop", "ops", "H", "2027-01-15"),
        ("Write Q4 newsletter", "marketing", "", "2027-01-28"),
        ("Replace office printer toner", "office", "L", ""),
        ("Review pull request 482", "dev", "M", "2027-01-09"),
        ("Book flights for Lisbon offsite", "travel", "", "2027-02-03"),
        ("Update onboarding checklist", "hr", "M", ""),
    ]
    tdir = f"{WORK}/task"
    shutil.rmtree(tdir, ignore_errors=True)
    os.makedirs(tdir)
    write(f"{tdir}/taskrc", f"data.location={tdir}/data\nconfirmation=off\nverbose=blank,footnote,label,new-id,affected,edit,special,project,sync,unwait\ncolor=off\n")
    for desc, proj, pri, due in tasks:
        extra = (f" priority:{pri}" if pri else "") + (f" due:{due}" if due else "")
        sh(f"TASKRC={tdir}/taskrc task add project:{proj}{extra} '{desc}'")
    img = term("mlterm_task",
               f"export TASKRC={tdir}/taskrc; echo 'lee@box:~$ task list'; task rc.defaultwidth=110 list; "
               "printf 'lee@box:~$ '", app="mlterm", cols=110, rows=16, wait=6)
    add("task", img, "TUI", [
        ("which task is marked high priority", tasks[0][0], "text", "task with priority H", True),
        ("when's the PR review due?", tasks[3][3], "date", "due date of task", True),
        ("how many tasks do i have", len(tasks), "count", "count tasks", True),
        ("newsletter task - which project is it filed under?", tasks[1][1], "text", "project of task", True),
        ("Which of these tasks is due last?", max((t for t in tasks if t[3]), key=lambda t: t[3])[0], "text",
         "latest due date", False),
    ])


def s_traceback():
    src = '''import json
import sys


def load_orders(path):
    with open(path) as fh:
        return json.load(fh)


def line_total(item):
    return item["qty"] * item["unit_price"]


def summarize(orders):
    totals = {}
    for order in orders:
        for item in order["items"]:
            totals[item["sku"]] = totals.get(item["sku"], 0) + line_total(item)
    return totals


if __name__ == "__main__":
    print("loading", sys.argv[1])
    report = summarize(load_orders(sys.argv[1]))
    for sku, total in sorted(report.items()):
        print(f"{sku:10} {total:10.2f}")
'''
    orders = [{"id": 1001, "items": [{"sku": "MUG-01", "qty": 2, "unit_price": 8.5}]},
              {"id": 1002, "items": [{"sku": "TEE-L", "qty": 1}]}]
    d = f"{WORK}/home/shop"
    write(f"{d}/sync_orders.py", src)
    write(f"{d}/orders_2026-12-03.json", json.dumps(orders, indent=1))
    lines = src.splitlines()
    bad_line = next(i + 1 for i, l in enumerate(lines) if 'item["unit_price"]' in l)
    img = term("mlterm_traceback",
               f"cd {d}; echo 'dev@shop-01:~/shop$ python3 sync_orders.py orders_2026-12-03.json'; "
               "/usr/bin/python3 sync_orders.py orders_2026-12-03.json; printf 'dev@shop-01:~/shop$ '",
               app="mlterm", cols=96, rows=20, wait=6)
    add("traceback", img, "terminal", [
        ("what kind of error did my script throw?", "KeyError", "error", "exception type", True),
        ("what line number did it actually fail on? the last frame", bad_line, "number", "line number of failing statement", True),
        ("what key is it complaining about", "unit_price", "code", "missing key", True),
        ("in which function did it crash?", "line_total", "code", "function at innermost frame", True),
    ])


def s_fileroller():
    files = [("index.html", 18432), ("about.html", 9211), ("contact.html", 6120), ("style.css", 24576),
             ("app.js", 131072), ("hero.jpg", 482133), ("robots.txt", 64), ("sitemap.xml", 3380)]
    z = f"{WORK}/home/site-backup-2026-11.zip"
    rnd = random.Random(11)
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        for n, size in files:
            zi = zipfile.ZipInfo(n, date_time=(2026, 11, 20, 9, 30, 0))
            zf.writestr(zi, bytes(rnd.getrandbits(8) for _ in range(size)), compress_type=zipfile.ZIP_STORED)
    img = capture("fileroller_site", f"file-roller {z}", wait=6, resize=(880, 560))
    add("fileroller", img, "archiver", [
        ("what's the name of this archive", os.path.basename(z), "text", "archive name", True),
        ("how many files are in the zip", len(files), "count", "count entries", False),
        ("biggest file in there?", max(files, key=lambda f: f[1])[0], "text", "largest entry", False),
        ("is there a robots.txt in the backup", "yes", "yesno", "presence of file", False),
        ("app.js size?", "%.1f kB" % (files[4][1] / 1000), "text", "entry size (SI kB)", True),
        ("how many html pages are in it", sum(f[0].endswith(".html") for f in files), "count",
         "count by extension", False),
    ])


def font(size, bold=False):
    from PIL import ImageFont
    p = "/usr/share/fonts/truetype/dejavu/DejaVuSans%s.ttf" % ("-Bold" if bold else "")
    return ImageFont.truetype(p, size)


def s_ristretto():
    from PIL import Image, ImageDraw
    sign = {"title": "VISITOR PARKING", "level": "Level B2", "limit": "Max stay 3 hours", "bays": "Bays 140-188"}
    im = Image.new("RGB", (960, 640), (92, 110, 128))
    d = ImageDraw.Draw(im)
    d.rectangle([180, 90, 780, 560], fill=(20, 70, 160), outline=(240, 240, 240), width=10)
    d.text((480, 170), sign["title"], font=font(54, True), fill="white", anchor="mm")
    d.text((480, 290), sign["level"], font=font(70, True), fill=(255, 220, 40), anchor="mm")
    d.text((480, 400), sign["limit"], font=font(40), fill="white", anchor="mm")
    d.text((480, 480), sign["bays"], font=font(34), fill="white", anchor="mm")
    fn = "IMG_20261114_garage_sign.png"
    p = f"{WORK}/home/Pictures/{fn}"
    os.makedirs(os.path.dirname(p), exist_ok=True)
    im.save(p)
    img = capture("ristretto_sign", f"ristretto {p}", wait=6, resize=(1000, 740))
    add("ristretto", img, "image viewer", [
        ("what's the filename of this pic", fn, "text", "file name", True),
        ("which level is visitor parking on", "B2", "text", "text in photo", True),
        ("how long can visitors stay", "3 hours", "text", "time limit on sign", True),
        ("what bay numbers does the sign mention?", "140-188", "text", "bay range", True),
        ("what are the pixel dimensions of the image", "960 x 640", "text", "image size in status bar", True),
        ("how many bays is that in total?", 188 - 140 + 1, "number", "count of bay range", False),
    ])


def s_viewnior():
    from PIL import Image, ImageDraw
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    vals = [412, 388, 530, 467, 601, 295, 240]
    im = Image.new("RGB", (900, 560), "white")
    d = ImageDraw.Draw(im)
    d.text((450, 35), "Support tickets closed - week 47", font=font(28, True), fill="black", anchor="mm")
    base, top = 500, 90
    mx = max(vals)
    for i, (day, v) in enumerate(zip(days, vals)):
        x0 = 80 + i * 112
        h = (base - top - 30) * v / mx
        d.rectangle([x0, base - h, x0 + 70, base], fill=(46, 125, 190))
        d.text((x0 + 35, base - h - 16), str(v), font=font(20), fill="black", anchor="mm")
        d.text((x0 + 35, base + 22), day, font=font(20), fill="black", anchor="mm")
    d.line([60, base, 860, base], fill="black", width=2)
    fn = "tickets_week47.png"
    p = f"{WORK}/home/Pictures/{fn}"
    im.save(p)
    img = capture("viewnior_chart", f"viewnior {p}", wait=6, resize=(960, 680))
    add("viewnior", img, "image viewer", [
        ("which day had the most tickets closed?", "Fri", "text", "max bar", False),
        ("how many on wednesday", vals[2], "number", "bar value", True),
        ("total tickets closed over the weekend (sat+sun)?", vals[5] + vals[6], "number", "sum of two bars", False),
        ("what week is this chart for", "47", "number", "week number in title", True),
    ])


def s_diffuse():
    old = {"listen_port": "8080", "max_connections": "100", "log_level": "info", "cache_ttl": "300",
           "db_host": "db-01.internal", "db_pool": "10", "timezone": "UTC"}
    new = dict(old, max_connections="250", log_level="debug", db_host="db-02.internal")
    fmt = lambda c: "[server]\nlisten_port = %s\nmax_connections = %s\nlog_level = %s\n\n[cache]\ncache_ttl = %s\n\n[database]\ndb_host = %s\ndb_pool = %s\ntimezone = %s\n" % tuple(
        c[k] for k in ["listen_port", "max_connections", "log_level", "cache_ttl", "db_host", "db_pool", "timezone"])
    d = f"{WORK}/home/deploy"
    write(f"{d}/app.ini", fmt(old))
    write(f"{d}/app.ini.new", fmt(new))
    changed = [k for k in old if old[k] != new[k]]
    img = capture("diffuse_ini", f"cd {d} && diffuse app.ini app.ini.new", wait=6, resize=(1100, 560))
    add("diffuse", img, "diff", [
        ("what does max_connections become in the new file?", new["max_connections"], "number", "changed value", True),
        ("how many settings were changed", len(changed), "count", "count changed lines", False),
        ("which db host did it move to", new["db_host"], "text", "new value", True),
        ("was cache_ttl changed?", "no", "yesno", "unchanged setting", False),
        ("whats the old log level", old["log_level"], "text", "old value", True),
        ("what port does the server listen on", old["listen_port"], "number", "unchanged value", True),
    ])


def s_gitgui():
    commits = [("Sam Reyes", "2026-11-10", "Cart page skeleton", "cart.js", "// cart\n"),
               ("Sam Reyes", "2026-11-12", "Checkout flow", "checkout.py", "# checkout\n"),
               ("Ola Berg", "2026-11-15", "Readme", "README.md", "# webshop\n"),
               ("Ola Berg", "2026-11-16", "Price helpers", "prices.py", "# prices\n"),
               ("Sam Reyes", "2026-11-18", "Styles", "shop.css", "body{}\n")]
    path = f"{WORK}/home/webshop"
    g = make_repo(path, "main", commits)
    g("git checkout -q -b hotfix/cart-total")
    write(f"{path}/checkout.py", "# checkout\nTOTAL_ROUNDING = 2\n")
    g("git add checkout.py")
    write(f"{path}/cart.js", "// cart\nconst total = items.reduce((a, b) => a + b.price, 0);\n")
    write(f"{path}/README.md", "# webshop\n\nRun `make dev`.\n")
    write(f"{path}/shop.css", "body{margin:0}\n")
    staged = ["checkout.py"]
    unstaged = ["README.md", "cart.js", "shop.css"]
    img = capture("gitgui_webshop", f"cd {path} && git gui", wait=7, resize=(1000, 700))
    add("gitgui", img, "git", [
        ("what's the current branch", "hotfix/cart-total", "code", "current branch", True),
        ("which file is staged for commit?", staged[0], "text", "staged file", True),
        ("how many unstaged changes are there", len(unstaged), "count", "count unstaged files", False),
        ("is cart.js staged already", "no", "yesno", "staging state of file", False),
        ("whose diff is showing on the right, which file", "README.md", "text", "file shown in diff pane", True),
    ])


def s_lynx():
    items = [("USB-C dock, 11 ports", 189.00), ("27\" IPS monitor", 279.90), ("Mechanical keyboard", 94.50),
             ("Wireless mouse", 29.99), ("Laptop stand", 42.00), ("1080p webcam", 64.90),
             ("Noise-cancelling headset", 149.00)]
    rows = "\n".join(f"<tr><td>{n}</td><td>${p:.2f}</td></tr>" for n, p in items)
    html = f"""<html><head><title>Office hardware price list</title></head><body>
<h1>Office hardware - Q1 2027 prices</h1>
<p>Prices include VAT. Orders over $500 ship free.</p>
<table border=1><tr><th>Item</th><th>Price</th></tr>
{rows}
</table>
<p>Questions? Contact procurement at ext. 4471.</p>
</body></html>"""
    p = f"{WORK}/home/www/prices.html"
    write(p, html)
    img = term("alacritty_lynx", f"lynx -nopause -accept_all_cookies {p}", cols=90, rows=26, wait=5)
    cheapest = min(items, key=lambda x: x[1])
    add("lynx", img, "browser", [
        ("how much is the mechanical keyboard", "$94.50", "money", "price lookup", True),
        ("what's the cheapest thing on the list?", cheapest[0], "text", "min price item", False),
        ("how many items cost more than $100", sum(p > 100 for _, p in items), "count", "count over threshold", False),
        ("what extension do I call for questions", "4471", "phone", "contact extension", True),
        ("above what order amount is shipping free?", "$500", "money", "threshold in text", True),
    ])


def s_elinks():
    rel = [("3.2.0", "2026-11-18", ["Add S3 multipart uploads", "New --dry-run flag for sync"],
            ["Fix crash on empty manifest", "Fix wrong ETag on retries", "Fix progress bar overflow"]),
           ("3.1.4", "2026-10-02", [], ["Fix timezone handling in logs", "Fix memory leak in watcher"]),
           ("3.1.3", "2026-08-21", ["Support zstd compression"], ["Fix Windows path quoting"])]
    body = ""
    for v, date, feats, fixes in rel:
        body += f"<h2>tidepool {v} ({date})</h2>\n"
        if feats:
            body += "<h3>Features</h3><ul>" + "".join(f"<li>{f}</li>" for f in feats) + "</ul>\n"
        body += "<h3>Bug fixes</h3><ul>" + "".join(f"<li>{f}</li>" for f in fixes) + "</ul>\n"
    html = f"<html><head><title>tidepool changelog</title></head><body><h1>Changelog</h1>\n{body}</body></html>"
    p = f"{WORK}/home/www/changelog.html"
    write(p, html)
    img = term("alacritty_elinks", f"elinks -no-connect 1 {p}", cols=90, rows=34, wait=5, keys=["key Return"])
    add("elinks", img, "browser", [
        ("what's the newest tidepool version here", rel[0][0], "version", "latest version", True),
        ("when did 3.1.4 come out", rel[1][1], "date", "release date", True),
        ("how many bug fixes went into 3.2.0?", len(rel[0][3]), "count", "count list items", False),
        ("which version added zstd support", "3.1.3", "version", "version of a feature", True),
    ])


def s_nnn():
    d = f"{WORK}/home/photos-2026"
    shutil.rmtree(d, ignore_errors=True)
    dirs = ["01-january-ski", "04-easter", "07-croatia", "09-wedding-jan", "12-christmas"]
    files = ["album-cover.png", "best-of-2026.pdf", "index.txt"]
    for x in dirs:
        os.makedirs(f"{d}/{x}")
    for f in files:
        write(f"{d}/{f}", "x" * 100, mtime="2026-12-01 18:20")
    for x in dirs:
        t = dt.datetime(2026, 11, 30, 21, 5, tzinfo=dt.timezone.utc).timestamp()
        os.utime(f"{d}/{x}", (t, t))
    img = term("alacritty_nnn", f"cd {d}; nnn -d", cols=90, rows=18, wait=4)
    add("nnn", img, "file manager", [
        ("how many folders are in here", len(dirs), "count", "count directories", False),
        ("whats the name of the wedding folder", dirs[3], "text", "folder name", True),
        ("is there a pdf in this directory? name?", files[1], "text", "find file by type", True),
    ])


def s_whiptail():
    comps = [("nginx", "Web server", True), ("postgresql", "Database server", True), ("redis", "Cache", False),
             ("fail2ban", "Brute-force protection", True), ("certbot", "ACME certificate client", False),
             ("docker", "Container runtime", False)]
    args = " ".join(f"{n} '{d}' {'ON' if on else 'OFF'}" for n, d, on in comps)
    img = term("alacritty_whiptail",
               f"whiptail --title 'Server setup' --checklist 'Choose the components to install on web-03:' 16 60 6 {args}",
               cols=80, rows=24, wait=4)
    on = [n for n, _, o in comps if o]
    add("whiptail", img, "dialog", [
        ("which components are ticked", ", ".join(on), "text", "checked items", False),
        ("redis selected or not?", "no", "yesno", "checkbox state", False),
        ("how many things will it install", len(on), "count", "count checked", False),
        ("what server is this setup for", "web-03", "text", "hostname in prompt", True),
    ])


def s_dialog():
    net = [("Hostname", "web-02"), ("IP address", "10.20.4.17"), ("Netmask", "255.255.255.0"),
           ("Gateway", "10.20.4.1"), ("DNS server", "9.9.9.9")]
    parts = " ".join(f"'{k}:' {i+1} 2 '{v}' {i+1} 16 24 0" for i, (k, v) in enumerate(net))
    img = term("mlterm_dialog",
               f"dialog --backtitle 'Debian installer - network' --title 'Static network configuration' "
               f"--form 'Check the values and press OK' 14 50 5 {parts}",
               app="mlterm", cols=80, rows=24, wait=6)
    add("dialog", img, "dialog", [
        ("what's the gateway", net[3][1], "text", "form field value", True),
        ("which dns server is configured?", net[4][1], "text", "form field value", True),
        ("hostname?", net[0][1], "text", "form field value", True),
        ("what's the prefix length for that netmask (/xx)", "24", "number", "netmask to CIDR", False),
    ])


def s_jed():
    jobs = [("15", "2", "*", "*", "*", "/usr/local/bin/db-dump --all > /var/backups/db.sql"),
            ("0", "4", "*", "*", "0", "/usr/local/bin/rotate-logs --keep 14"),
            ("*/10", "*", "*", "*", "*", "/opt/monitor/heartbeat.sh"),
            ("30", "23", "1", "*", "*", "/usr/local/bin/invoice-run --month-end")]
    txt = "# m    h   dom mon dow  command\n" + "".join(f"{a:<6} {b:<3} {c:<3} {d:<3} {e:<4} {f}\n" for a, b, c, d, e, f in jobs)
    p = f"{WORK}/home/etc/backup.cron"
    write(p, "MAILTO=ops@acme.dev\n" + txt)
    img = term("alacritty_jed", f"cd {WORK}/home/etc; jed backup.cron", cols=90, rows=16, wait=4)
    add("jed", img, "editor", [
        ("at what time does the db dump run", "02:15", "time", "cron schedule to time", False),
        ("how many days of logs does rotate-logs keep", "14", "number", "argument value", True),
        ("whats the filename in the editor", "backup.cron", "text", "file name", True),
        ("who gets the cron mails?", "ops@acme.dev", "text", "MAILTO value", True),
        ("how often does heartbeat.sh run", "every 10 minutes", "approx", "cron step", False),
    ])


def s_xedit():
    notes = """Platform team sync - 2026-12-02

Attendees: Priya Shah, Jonas Weber, Lena Kowalski, Omar Haddad

Decisions
- Freeze deploys from Dec 21 to Jan 4
- Move staging to the new cluster (k8s-stg-2)

Action items
- Priya Shah: write the freeze announcement (due Dec 9)
- Jonas Weber: migrate staging DNS records (due Dec 11)
- Omar Haddad: update the on-call rota for January (due Dec 16)

Next sync: 2026-12-09 10:30
"""
    p = f"{WORK}/home/notes/platform-sync.txt"
    write(p, notes)
    img = capture("xedit_notes", f"cd {WORK}/home/notes && xedit -geometry 640x430 platform-sync.txt", wait=4)
    add("xedit", img, "editor", [
        ("who's doing the staging DNS migration", "Jonas Weber", "person", "owner of action item", True),
        ("when's the next sync", "2026-12-09 10:30", "date", "next meeting", True),
        ("how many people attended", 4, "count", "count attendees", False),
        ("what's the name of the new staging cluster", "k8s-stg-2", "code", "cluster name", True),
        ("Omar's action item is due when?", "Dec 16", "date", "due date of action item", True),
        ("when does the deploy freeze start?", "Dec 21", "date", "freeze start date", True),
    ])


GTK_PREFS = r'''
import gi, sys, json
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
cfg = json.load(open(sys.argv[1]))
w = Gtk.Window(title="Syncbox Preferences"); w.set_default_size(620, 440)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
nb = Gtk.Notebook()
g = Gtk.Grid(column_spacing=12, row_spacing=10, margin=16)
r = 0
g.attach(Gtk.Label(label="Sync folder:", xalign=0), 0, r, 1, 1)
e = Gtk.Entry(); e.set_text(cfg["folder"]); e.set_hexpand(True); g.attach(e, 1, r, 2, 1); r += 1
for name, on in cfg["checks"]:
    c = Gtk.CheckButton(label=name); c.set_active(on); g.attach(c, 0, r, 3, 1); r += 1
g.attach(Gtk.Label(label="Theme:", xalign=0), 0, r, 1, 1)
prev = None; hb = Gtk.Box(spacing=12)
for t in cfg["themes"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(prev, t); prev = prev or rb
    hb.pack_start(rb, False, False, 0)
    if t == cfg["theme"]: rb.set_active(True)
g.attach(hb, 1, r, 2, 1); r += 1
g.attach(Gtk.Label(label="Upload limit (KB/s):", xalign=0), 0, r, 1, 1)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 0, 2000, 50); sc.set_value(cfg["limit"]); sc.set_digits(0)
sc.set_hexpand(True); g.attach(sc, 1, r, 2, 1); r += 1
g.attach(Gtk.Label(label="Check for changes every:", xalign=0), 0, r, 1, 1)
cb = Gtk.ComboBoxText()
for o in cfg["intervals"]: cb.append_text(o)
cb.set_active(cfg["intervals"].index(cfg["interval"])); g.attach(cb, 1, r, 1, 1)
for tab in cfg["tabs"]:
    nb.append_page(g if tab == cfg["tabs"][0] else Gtk.Label(label=tab + " settings"), Gtk.Label(label=tab))
box.pack_start(nb, True, True, 0)
bb = Gtk.Box(spacing=8, margin=8)
for b in ["Help", "Cancel", "Apply", "OK"]:
    bb.pack_end(Gtk.Button(label=b), False, False, 0) if b != "Help" else bb.pack_start(Gtk.Button(label=b), False, False, 0)
box.pack_start(bb, False, False, 0)
st = Gtk.Statusbar(); st.push(0, cfg["status"]); box.pack_start(st, False, False, 0)
w.add(box); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
'''


def s_gtkprefs():
    cfg = {"folder": "/home/ana/Syncbox", "checks": [("Start Syncbox when I log in", True),
           ("Show desktop notifications", False), ("Pause syncing on metered connections", True),
           ("Sync hidden files", False)],
           "themes": ["System", "Light", "Dark"], "theme": "Dark", "limit": 750,
           "intervals": ["1 minute", "5 minutes", "15 minutes", "1 hour"], "interval": "15 minutes",
           "tabs": ["General", "Network", "Accounts", "Advanced"],
           "status": "Last synced 2026-12-04 19:12 - 1,284 files up to date"}
    write(f"{WORK}/prefs.json", json.dumps(cfg))
    write(f"{WORK}/prefs.py", GTK_PREFS)
    img = capture("gtk_prefs", f"{SYSPY} {WORK}/prefs.py {WORK}/prefs.json", wait=4)
    add("gtkprefs", img, "settings", [
        ("which theme is picked", cfg["theme"], "text", "selected radio", False),
        ("are desktop notifications on?", "no", "yesno", "checkbox state", False),
        ("which tab am I on", cfg["tabs"][0], "text", "active tab", True),
        ("what's the upload limit set to", cfg["limit"], "number", "slider value", True),
        ("how often does it check for changes", cfg["interval"], "text", "combo value", True),
        ("when did it last sync?", "2026-12-04 19:12", "date", "status bar timestamp", True),
        ("how many options are ticked in this dialog", sum(c[1] for c in cfg["checks"]), "count",
         "count checked boxes", False),
    ])


GTK_INV = r'''
import gi, sys, json
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
d = json.load(open(sys.argv[1]))
w = Gtk.Window(title="Stockroom - Warehouse B"); w.set_default_size(700, 420)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL)
tb = Gtk.Box(spacing=6, margin=6)
for b in ["Add item", "Edit", "Delete", "Export CSV"]: tb.pack_start(Gtk.Button(label=b), False, False, 0)
s = Gtk.SearchEntry(); s.set_placeholder_text("Filter items"); tb.pack_end(s, False, False, 0)
box.pack_start(tb, False, False, 0)
st = Gtk.ListStore(str, str, int, str, str)
for sku, name, qty, price, loc in d["rows"]: st.append([sku, name, qty, "%.2f" % price, loc])
tv = Gtk.TreeView(model=st)
for i, h in enumerate(["SKU", "Item", "Qty", "Unit price", "Location"]):
    tv.append_column(Gtk.TreeViewColumn(h, Gtk.CellRendererText(), text=i))
tv.get_selection().select_path(d["sel"])
sw = Gtk.ScrolledWindow(); sw.add(tv); box.pack_start(sw, True, True, 0)
sb = Gtk.Statusbar(); sb.push(0, "%d items  |  warehouse B  |  reorder threshold: %d" % (len(d["rows"]), d["thr"]))
box.pack_start(sb, False, False, 0)
w.add(box); w.connect("destroy", Gtk.main_quit); w.show_all(); Gtk.main()
'''


def s_gtkinv():
    rows = [("B-1001", "Packing tape 48mm", 240, 1.85, "A-01"), ("B-1002", "Cardboard box S", 35, 0.62, "A-02"),
            ("B-1003", "Cardboard box M", 12, 0.88, "A-02"), ("B-1004", "Bubble wrap roll", 8, 14.50, "A-03"),
            ("B-1005", "Shipping labels 100pk", 57, 6.90, "B-01"), ("B-1006", "Stretch film", 19, 11.20, "B-02"),
            ("B-1007", "Pallet 120x80", 4, 9.00, "C-05"), ("B-1008", "Zip ties 200pk", 120, 3.40, "B-01")]
    thr = 20
    write(f"{WORK}/inv.json", json.dumps({"rows": rows, "thr": thr, "sel": 3}))
    write(f"{WORK}/inv.py", GTK_INV)
    img = capture("gtk_inventory", f"{SYSPY} {WORK}/inv.py {WORK}/inv.json", wait=4)
    below = [r for r in rows if r[2] < thr]
    add("gtkinv", img, "spreadsheet", [
        ("how many cardboard box M do we have", rows[2][2], "number", "qty lookup", True),
        ("which row is selected", rows[3][1], "text", "selected row", True),
        ("how many items are under the reorder threshold", len(below), "count", "count below threshold", False),
        ("where are the zip ties stored", rows[7][4], "code", "location lookup", True),
        ("reorder threshold?", thr, "number", "status bar value", True),
        ("whats the total value of the bubble wrap in stock", "$%.2f" % (rows[3][2] * rows[3][3]), "money",
         "qty times price", False),
    ])


def s_nemo():
    d = f"{WORK}/home/Invoices 2026"
    shutil.rmtree(d, ignore_errors=True)
    files = [("INV-2026-0141_Hartmann_GmbH.pdf", "2026-09-03 10:12"), ("INV-2026-0142_Blue_Fern_Ltd.pdf", "2026-09-17 15:40"),
             ("INV-2026-0143_Oakridge.pdf", "2026-10-01 09:05"), ("INV-2026-0144_Nordlicht_AS.pdf", "2026-10-22 11:30"),
             ("INV-2026-0145_Hartmann_GmbH.pdf", "2026-11-05 14:18"), ("payments-overview.ods", "2026-11-29 17:02")]
    for n, m in files:
        write(f"{d}/{n}", "%PDF-1.4\n" + "x" * 2000, mtime=m)
    img = capture("nemo_invoices", f"nemo --no-desktop '{d}'", wait=8, resize=(1000, 600))
    add("nemo", img, "file manager", [
        ("how many invoices are in this folder", sum(n.startswith("INV") for n, _ in files), "count",
         "count files by prefix", False),
        ("which customer got invoice 0144", "Nordlicht AS", "text", "lookup by number", False),
        ("how many invoices went to Hartmann", sum("Hartmann" in n for n, _ in files), "count",
         "count by customer", False),
        ("what folder is open", "Invoices 2026", "text", "current folder", True),
    ])


def s_claws():
    mails = [  # (from_name, from_addr, subject, date, body)
        ("Helen Park", "helen.park@northwind.test", "Q4 budget review moved to Thursday", "Mon, 30 Nov 2026 09:14:00 +0000",
         "Hi Ana,\n\nThe Q4 budget review is moved to Thursday 3 Dec, 14:00, room Atlas.\n\nHelen\n"),
        ("GitLab", "gitlab@ci.northwind.test", "Pipeline #88213 failed for main", "Tue, 01 Dec 2026 16:47:00 +0000",
         "Pipeline #88213 failed.\nJob: integration-tests\nStage: test\n"),
        ("Rafael Costa", "rafael@costa-design.test", "Invoice 2026-117 for the logo redesign", "Wed, 02 Dec 2026 11:05:00 +0000",
         "Hello,\n\nPlease find the invoice for the logo redesign attached. Amount due: EUR 1,850.00, payable within 30 days.\n\nBest,\nRafael\n"),
        ("IT Helpdesk", "helpdesk@northwind.test", "Password expires in 5 days", "Thu, 03 Dec 2026 07:30:00 +0000",
         "Your network password expires in 5 days. Change it at https://id.northwind.test\n"),
        ("Mei Lin", "mei.lin@northwind.test", "Lunch on Friday?", "Fri, 04 Dec 2026 12:02:00 +0000",
         "Ana, want to grab lunch on Friday at the ramen place? 12:30?\n\nMei\n"),
    ]
    home = f"{WORK}/clawshome"
    shutil.rmtree(home, ignore_errors=True)
    cfg = f"{home}/.claws-mail"
    write(f"{cfg}/accountrc", """[Account: 1]
account_name=ana@northwind.test
is_default=1
name=Ana Silva
address=ana@northwind.test
protocol=5
receive_server=
smtp_server=localhost
inbox=#mh/Mailbox/inbox
""")
    write(f"{cfg}/folderlist.xml", """<?xml version="1.0" encoding="UTF-8"?>
<folderlist>
<folder type="mh" name="Mailbox" path="%s/Mail" collapsed="0">
<folderitem type="inbox" name="inbox" path="inbox" threaded="0" />
<folderitem type="outbox" name="sent" path="sent" />
<folderitem type="queue" name="queue" path="queue" />
<folderitem type="trash" name="trash" path="trash" />
<folderitem type="draft" name="draft" path="draft" />
</folder>
</folderlist>
""" % home)
    write(f"{cfg}/clawsrc", "[Common]\nshow_statusbar=1\nlayout_mode=0\nmainwin_width=1100\nmainwin_height=720\n")
    for sub in ["sent", "queue", "trash", "draft"]:
        os.makedirs(f"{home}/Mail/{sub}", exist_ok=True)
    for i, (n, a, subj, date, body) in enumerate(mails, 1):
        write(f"{home}/Mail/inbox/{i}", f"From: {n} <{a}>\nTo: Ana Silva <ana@northwind.test>\nSubject: {subj}\n"
              f"Date: {date}\nMessage-ID: <{i}.st7@northwind.test>\nMIME-Version: 1.0\n"
              f"Content-Type: text/plain; charset=UTF-8\n\n{body}")
    env_home = f"HOME={home}"
    img = capture("claws_inbox", f"{env_home} claws-mail --alternate-config-dir {cfg} --select '#mh/Mailbox/inbox/3'",
                  wait=9, resize=(1100, 720))
    add("claws", img, "mail", [
        ("who sent the latest email", mails[-1][0], "person", "sender of newest mail", True),
        ("how much is Rafael's invoice for?", "EUR 1,850.00", "money", "amount in open mail body", True),
        ("what's the pipeline number that failed", "88213", "number", "number in subject", True),
        ("how many mails are in the inbox", len(mails), "count", "count messages", True),
        ("how many are still unread?", len(mails) - 1, "count", "unread count (open mail is read)", True),
        ("whats the invoice number in the mail I have open", "2026-117", "code", "number in open mail", True),
        ("who sent the pipeline failure notice", mails[1][0], "person", "sender lookup", True),
    ])


SCREENS = [s_gedit, s_gitlog, s_ls, s_task, s_traceback, s_fileroller, s_ristretto, s_viewnior, s_diffuse,
           s_gitgui, s_lynx, s_elinks, s_nnn, s_whiptail, s_dialog, s_jed, s_xedit, s_gtkprefs, s_gtkinv, s_nemo, s_claws]


def main():
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(WORK + "/home", exist_ok=True)
    only = sys.argv[1:]
    xv = None
    if subprocess.run(f"xdpyinfo -display {DISPLAY}", shell=True, capture_output=True).returncode != 0:
        xv = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24"], stderr=subprocess.DEVNULL)
        time.sleep(2)
    items_path = os.path.join(HERE, "items_by_screen.json")
    cache = json.load(open(items_path)) if os.path.exists(items_path) else {}
    try:
        for f in SCREENS:
            key = f.__name__[2:]
            if only and key not in only:
                continue
            print("==", key, flush=True)
            f()
            cache[key] = ITEMS[key]
            json.dump(cache, open(items_path, "w"), indent=1)
    finally:
        if xv:
            xv.terminate()
    n = 0
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as out:
        for f in SCREENS:
            for it in cache.get(f.__name__[2:], []):
                n += 1
                row = {"id": "s7-%04d" % n, "image": it["image"], "question": it["question"], "answer": it["answer"],
                       "answer_type": it["answer_type"], "category": it["category"], "intent": it["intent"],
                       "literal": it["literal"]}
                out.write(json.dumps(row) + "\n")
    print("items", n)


if __name__ == "__main__":
    main()
