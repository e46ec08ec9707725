#!/usr/bin/python3
"""screens_test15: held-out screenshots of real Debian apps. SEED = 8219.
Usage: /usr/bin/python3 build.py [window names...]   (default: all), then manifest is rebuilt
from qs/*.json in window order. Needs DISPLAY=:67 with openbox running."""
import os, sys, json, time, random, subprocess, signal, shutil, textwrap, datetime, calendar
SEED = 8219
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images"); QS = os.path.join(HERE, "qs")
DATA = "/tmp/s15data"
os.makedirs(IMG, exist_ok=True); os.makedirs(QS, exist_ok=True); os.makedirs(DATA, exist_ok=True)
os.environ["DISPLAY"] = ":67"; os.environ["TZ"] = "UTC"; os.environ["LC_ALL"] = "C.UTF-8"; os.environ["LANG"] = "C.UTF-8"
time.tzset()
PROCS = []

def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, **kw).stdout

def launch(cmd, env=None, cwd=None):
    e = dict(os.environ); e.update(env or {})
    p = subprocess.Popen(["nice", "-n", "19"] + cmd, env=e, cwd=cwd, start_new_session=True,
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    PROCS.append(p); return p

def killall_started():
    for p in PROCS:
        try: os.killpg(p.pid, signal.SIGTERM)
        except Exception: pass
    time.sleep(0.5)
    for p in PROCS:
        try: os.killpg(p.pid, signal.SIGKILL)
        except Exception: pass
    PROCS.clear()

def find_win(name, timeout=40, cls=False):
    t0 = time.time()
    while time.time() - t0 < timeout:
        r = subprocess.run(["xdotool", "search", "--onlyvisible", "--class" if cls else "--name", name],
                           capture_output=True, text=True)
        ids = [int(x) for x in r.stdout.split()]
        best = None
        for w in ids:
            g = geom(w)
            if g and g[2] > 150 and g[3] > 80:
                if best is None or g[2] * g[3] > best[1]:
                    best = (w, g[2] * g[3])
        if best: return best[0]
        time.sleep(0.5)
    raise RuntimeError("window not found: " + name)

def geom(w):
    r = subprocess.run(["xdotool", "getwindowgeometry", "--shell", str(w)], capture_output=True, text=True)
    d = dict(l.split("=") for l in r.stdout.split() if "=" in l)
    try: return int(d["X"]), int(d["Y"]), int(d["WIDTH"]), int(d["HEIGHT"])
    except KeyError: return None

def place(w, x, y, wd, ht):
    subprocess.run(["xdotool", "windowsize", str(w), str(wd), str(ht)])
    subprocess.run(["xdotool", "windowmove", str(w), str(x), str(y)])
    subprocess.run(["xdotool", "windowactivate", str(w)], capture_output=True)

def capture(w, name, settle=3.0, extra_top=0):
    time.sleep(settle)
    x, y, wd, ht = geom(w)
    r = subprocess.run(["xprop", "-id", str(w), "_NET_FRAME_EXTENTS"], capture_output=True, text=True).stdout
    l = rr = t = b = 0
    if "=" in r:
        l, rr, t, b = [int(v) for v in r.split("=")[1].split(",")]
    t = max(t, extra_top)
    x0, y0 = max(0, x - l), max(0, y - t)
    x1, y1 = min(1280, x + wd + rr), min(800, y + ht + b)
    out = os.path.join(IMG, name + ".png")
    subprocess.run(["import", "-window", "root", "-crop", f"{x1-x0}x{y1-y0}+{x0}+{y0}", "+repage", out], check=True)
    return "images/" + name + ".png"

def save_qs(win, image, qs):
    rows = []
    for q in qs:
        question, answer, atype, cat, intent, literal = q
        rows.append(dict(image=image, question=question, answer=str(answer), answer_type=atype,
                         category=cat, intent=intent, literal=literal))
    json.dump(rows, open(os.path.join(QS, win + ".json"), "w"), indent=1)

def ts(y, m, d, hh=0, mm=0):
    return calendar.timegm((y, m, d, hh, mm, 0))

def term_script(path, lines_cmds, hold=True, prompt="dana@orbit:~/{}$ ", cwd="~"):
    """Write a bash script printing a prompt + running each command."""
    s = ["#!/bin/bash", "export TZ=UTC LC_ALL=C.UTF-8 COLUMNS=${COLUMNS:-80}", "clear"]
    for cwd_, cmd in lines_cmds:
        s.append(f"cd {cwd_}")
        p = prompt.format(os.path.basename(cwd_))
        s.append("printf '%s' " + sh_quote(p + cmd) + "; echo")
        s.append(cmd)
    if hold:
        s.append("printf '%s' " + sh_quote(prompt.format(os.path.basename(lines_cmds[-1][0]))))
        s.append("exec sleep 100000")
    open(path, "w").write("\n".join(s) + "\n"); os.chmod(path, 0o755)

def sh_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"

def gs_term(script, cols, rows, name, x=170, y=30):
    subprocess.run(["defaults", "write", "Terminal", "WindowWidth", str(cols)], capture_output=True)
    subprocess.run(["defaults", "write", "Terminal", "WindowHeight", str(rows)], capture_output=True)
    launch(["Terminal", script])
    w = find_win(os.path.basename(script))
    subprocess.run(["xdotool", "windowmove", str(w), str(x), str(y)])
    time.sleep(1.5)
    return capture(w, name, 4, extra_top=22)

WINDOWS = []
def window(f):
    WINDOWS.append(f.__name__); globals()[f.__name__] = f; return f

# ---------------------------------------------------------------- w01 Terminal.app: ls -l + du
@window
def w01_gnustep_terminal_ls():
    base = os.path.join(DATA, "w01", "orbit-reports"); shutil.rmtree(os.path.dirname(base), ignore_errors=True)
    os.makedirs(base)
    r = random.Random(SEED + 1)
    files = {}
    names = ["budget_2025.ods", "q1_sales.csv", "q2_sales.csv", "regions.csv", "notes.md",
             "summary.pdf", "logo.png", "export_v3.csv", "README.txt"]
    for i, n in enumerate(names):
        size = r.randint(800, 240000)
        mt = ts(2025, r.randint(1, 11), r.randint(1, 28), r.randint(7, 19), r.randint(0, 59))
        with open(os.path.join(base, n), "wb") as f: f.write(b"x" * size)
        os.utime(os.path.join(base, n), (mt, mt)); files[n] = (size, mt)
    subs = {"archive": 5, "drafts": 2, "scans": 3}
    subtot = {}
    for sname, k in subs.items():
        d = os.path.join(base, sname); os.makedirs(d)
        tot = 0
        for j in range(k):
            sz = r.randint(20000, 900000); tot += sz
            open(os.path.join(d, f"f{j}.bin"), "wb").write(b"y" * sz)
        subtot[sname] = tot
        mt = ts(2025, 10, r.randint(1, 28), 12, 0); os.utime(d, (mt, mt))
    script = os.path.join(DATA, "w01", "run.sh")
    term_script(script, [(base, "ls -l --time-style=long-iso"), (base, "du -sh --apparent-size */")],
                prompt="dana@orbit:~/{}$ ")
    img = gs_term(script, 80, 24, "w01_gnustep_terminal_ls")
    killall_started()
    newest = max(files, key=lambda n: files[n][1])
    ncsv = sum(1 for n in files if n.endswith(".csv"))
    big = max(subtot, key=subtot.get)
    fmt = lambda t: time.strftime("%Y-%m-%d %H:%M", time.gmtime(t))
    save_qs("w01", img, [
        ("how big is budget_2025.ods in bytes?", files["budget_2025.ods"][0], "number", "terminal", "value_at_label", True),
        ("which file in this listing did I touch most recently", newest, "text", "terminal", "largest_smallest_recent", True),
        ("How many CSV files are in the folder?", ncsv, "count", "terminal", "count_condition", False),
        ("when was notes.md last modified?", fmt(files["notes.md"][1]), "date", "terminal", "who_when", True),
        ("according to du, which subfolder takes the most space", big + "/", "text", "terminal", "largest_smallest_recent", True),
        ("how many subdirectories are there", len(subs), "count", "terminal", "count_condition", False),
    ])

# ---------------------------------------------------------------- w02 xiterm+thai: git log + status (light)
@window
def w02_xiterm_git():
    base = os.path.join(DATA, "w02", "invoice-tool"); shutil.rmtree(os.path.dirname(base), ignore_errors=True)
    os.makedirs(base)
    commits = [("Priya Raman", "priya@example.org", "2025-02-03T09:12:00", "initial import of invoice tool"),
               ("Tomasz Wilk", "tomasz@example.org", "2025-02-11T14:40:00", "add CSV export"),
               ("Priya Raman", "priya@example.org", "2025-02-19T10:05:00", "fix rounding in totals"),
               ("Jonas Berg", "jonas@example.org", "2025-03-02T16:22:00", "support EUR and GBP"),
               ("Priya Raman", "priya@example.org", "2025-03-09T11:47:00", "add due-date reminders"),
               ("Tomasz Wilk", "tomasz@example.org", "2025-03-17T08:30:00", "bump version to 1.4.0"),
               ("Aiko Sato", "aiko@example.org", "2025-03-21T13:03:00", "refactor tax table loader")]
    sh(f"cd {base} && git init -q -b release/1.4 && git config user.name x && git config user.email x@x")
    for i, (an, ae, dt, msg) in enumerate(commits):
        open(os.path.join(base, f"mod{i}.py"), "w").write(f"# {msg}\nVALUE = {i}\n")
        env = dict(os.environ, GIT_AUTHOR_NAME=an, GIT_AUTHOR_EMAIL=ae, GIT_AUTHOR_DATE=dt + "+0000",
                   GIT_COMMITTER_NAME=an, GIT_COMMITTER_EMAIL=ae, GIT_COMMITTER_DATE=dt + "+0000")
        subprocess.run(f"cd {base} && git add -A && git commit -q -m {sh_quote(msg)}", shell=True, env=env, check=True)
    modified = ["mod1.py", "mod4.py", "mod6.py"]
    for m in modified: open(os.path.join(base, m), "a").write("# wip\n")
    open(os.path.join(base, "notes.txt"), "w").write("todo\n")
    log = sh(f"cd {base} && git log --format='%h|%ad|%an|%s' --date=short").strip().splitlines()
    log = [l.split("|") for l in log]
    script = os.path.join(DATA, "w02", "run.sh")
    term_script(script, [(base, "git log --format='%h %ad %<(12)%an %s' --date=short"), (base, "git status")],
                prompt="priya@laptop:~/{}$ ")
    launch(["xiterm+thai", "-geometry", "92x30", "-bg", "white", "-fg", "black", "-title", "invoice-tool", "-e", script])
    w = find_win("X Terminal International")
    img = capture(w, "w02_xiterm_git", 3)
    killall_started()
    by = {}
    for h, d, a, s in log: by[a] = by.get(a, 0) + 1
    rounding = [a for h, d, a, s in log if s == "fix rounding in totals"][0]
    save_qs("w02", img, [
        ("who committed the rounding fix?", rounding, "person", "git", "who_when", True),
        ("When was the latest commit made", log[0][1], "date", "git", "who_when", True),
        ("how many commits did Priya Raman make here", by["Priya Raman"], "count", "git", "count_condition", False),
        ("how many files are modified but not staged?", len(modified), "count", "git", "count_condition", False),
        ("what branch am I on", "release/1.4", "text", "git", "value_at_label", True),
        ("what's the message of the very first commit in the repo?", log[-1][3], "text", "git", "first_last_nth", True),
    ])

# ---------------------------------------------------------------- w03 Terminal.app: traceback + exit status
@window
def w03_gnustep_traceback():
    d = os.path.join(DATA, "w03", "etl"); shutil.rmtree(os.path.dirname(d), ignore_errors=True); os.makedirs(d)
    src = textwrap.dedent('''\
        import csv
        import sys

        REQUIRED = ("order_id", "amount")


        def load_rows(path):
            with open(path, newline="") as fh:
                return list(csv.DictReader(fh))


        def region_totals(rows):
            totals = {}
            for row in rows:
                key = row["region_code"]
                totals[key] = totals.get(key, 0) + float(row["amount"])
            return totals


        def main():
            rows = load_rows(sys.argv[1])
            print(region_totals(rows))


        if __name__ == "__main__":
            main()
        ''')
    open(os.path.join(d, "etl.py"), "w").write(src)
    open(os.path.join(d, "orders_march.csv"), "w").write("order_id,region,amount\n1001,north,19.90\n1002,south,5.25\n")
    errline = src.splitlines().index('        key = row["region_code"]') + 1
    script = os.path.join(DATA, "w03", "run.sh")
    term_script(script, [(d, "python3 etl.py orders_march.csv"), (d, "echo \"exit status: $?\""),
                         (d, "head -2 orders_march.csv")], prompt="dana@orbit:~/{}$ ")
    # echo $? must see python's status: run in same shell, so rewrite the second command
    txt = open(script).read().replace('echo "exit status: $?"', 'echo "exit status: $st"').replace(
        "python3 etl.py orders_march.csv\n", "python3 etl.py orders_march.csv; st=$?\n")
    open(script, "w").write(txt)
    img = gs_term(script, 86, 22, "w03_gnustep_traceback")
    killall_started()
    save_qs("w03", img, [
        ("what error did my script crash with?", "KeyError: 'region_code'", "error", "terminal", "error_message", True),
        ("which line of etl.py blew up", errline, "number", "terminal", "value_at_label", True),
        ("exit status?", 1, "number", "terminal", "error_message", True),
        ("In which function did the exception happen", "region_totals", "code", "terminal", "value_at_label", True),
        ("what columns does the csv actually have", "order_id,region,amount", "text", "terminal", "value_at_label", True),
    ])

# ---------------------------------------------------------------- w04 xiterm+thai dark: unittest run
@window
def w04_xiterm_unittest():
    d = os.path.join(DATA, "w04", "pricing"); shutil.rmtree(os.path.dirname(d), ignore_errors=True); os.makedirs(d)
    open(os.path.join(d, "pricing.py"), "w").write(textwrap.dedent('''\
        def net(price, discount):
            return round(price * (1 - discount), 2)
        def vat(price, rate=0.2):
            return round(price * rate, 2)
        def bundle(items):
            return sum(items) - (5 if len(items) > 3 else 0)
        '''))
    tests = [("test_net_basic", "self.assertEqual(net(100, 0.1), 90.0)"),
             ("test_net_zero", "self.assertEqual(net(40, 0), 40)"),
             ("test_vat_default", "self.assertEqual(vat(50), 10.0)"),
             ("test_vat_reduced", "self.assertEqual(vat(80, 0.05), 4.5)"),
             ("test_bundle_small", "self.assertEqual(bundle([10, 20]), 30)"),
             ("test_bundle_large", "self.assertEqual(bundle([10, 10, 10, 10]), 40)"),
             ("test_net_half", "self.assertEqual(net(9.99, 0.5), 5.0)")]
    body = "import unittest\nfrom pricing import net, vat, bundle\n\n\nclass PricingTests(unittest.TestCase):\n"
    for n, a in tests: body += f"    def {n}(self):\n        {a}\n\n"
    body += "\nif __name__ == '__main__':\n    unittest.main()\n"
    open(os.path.join(d, "test_pricing.py"), "w").write(body)
    res = subprocess.run("cd %s && python3 -m unittest -v test_pricing" % d, shell=True, capture_output=True, text=True)
    out = res.stderr
    failed = [l.split()[0] for l in out.splitlines() if l.endswith("... FAIL")]
    passed = [l.split()[0] for l in out.splitlines() if l.endswith("... ok")]
    script = os.path.join(DATA, "w04", "run.sh")
    term_script(script, [(d, "python3 -m unittest -v test_pricing")], prompt="dev@ci-box:~/{}$ ")
    launch(["xiterm+thai", "-geometry", "100x44", "-bg", "#1e1e2e", "-fg", "#d0d0d0", "-title", "pricing tests", "-e", script])
    w = find_win("X Terminal International")
    img = capture(w, "w04_xiterm_unittest", 4)
    killall_started()
    ran = len(tests)
    save_qs("w04", img, [
        ("did all my tests pass?", "no", "yesno", "terminal", "yes_no_state", False),
        ("how many tests failed", len(failed), "count", "terminal", "count_condition", False),
        ("which tests failed? just the names", ", ".join(failed), "code", "terminal", "first_last_nth", True),
        ("how many tests were run in total", ran, "count", "terminal", "value_at_label", True),
        ("how many passed", len(passed), "count", "terminal", "sum_difference", False),
        ("what's the first test listed", [l.split()[0] for l in out.splitlines() if " ... " in l][0], "code", "terminal", "first_last_nth", True),
    ])
    return res

# ---------------------------------------------------------------- w05 glances filtered to my processes
@window
def w05_glances_procs():
    procs = [("s15-indexer", 210), ("s15-thumbnailer", 120), ("s15-syncd", 75), ("s15-mailer", 40), ("s15-cron", 15)]
    for name, mb in procs:
        code = ("import setproctitle,time;setproctitle.setproctitle(%r);b=bytearray(%d*1048576)\n"
                "for i in range(0,len(b),4096): b[i]=1\ntime.sleep(100000)") % (name, mb)
        launch(["/usr/bin/python3", "-c", code])
    time.sleep(4)
    launch(["xiterm+thai", "-geometry", "150x42", "-bg", "black", "-fg", "#c8c8c8", "-e",
            "glances", "--process-filter", "s15-.*", "-t", "2", "--disable-plugin", "sensors,wifi,ports,irq,raid,folders,cloud,docker,alert"])
    w = find_win("X Terminal International")
    img = capture(w, "w05_glances_procs", 12)
    killall_started()
    big = max(procs, key=lambda p: p[1]); small = min(procs, key=lambda p: p[1])
    save_qs("w05", img, [
        ("which of my s15 processes is eating the most memory?", big[0], "text", "system_monitor", "largest_smallest_recent", True),
        ("how many s15- processes are running", len(procs), "count", "system_monitor", "count_condition", False),
        ("what's the smallest one by RES", small[0], "text", "system_monitor", "largest_smallest_recent", True),
        ("is s15-syncd in the list?", "yes", "yesno", "system_monitor", "yes_no_state", False),
        ("what's the process filter set to", "s15-.*", "code", "system_monitor", "value_at_label", True),
    ])

# ---------------------------------------------------------------- w06 pyspread sheet
@window
def w06_pyspread():
    d = os.path.join(DATA, "w06"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 6)
    regions = ["North", "South", "East", "West", "Central", "Online"]
    hdr = ["Region", "Q1", "Q2", "Q3", "Q4"]
    vals = {reg: [r.randint(12, 95) * 100 for _ in range(4)] for reg in regions}
    lines = ["[Pyspread save file version]", "2.0", "[shape]", "100\t12\t1", "[grid]"]
    for c, h in enumerate(hdr): lines.append(f"0\t{c}\t0\t{h!r}".replace(f"{h!r}", repr(repr(h))))
    for i, reg in enumerate(regions, 1):
        lines.append(f"{i}\t0\t0\t{repr(repr(reg))}")
        for c, v in enumerate(vals[reg], 1): lines.append(f"{i}\t{c}\t0\t{repr(str(v))}")
    lines += ["[attributes]", "[row_heights]", "[col_widths]", "[macros]", ""]
    f = os.path.join(d, "regional_sales_2025.pysu"); open(f, "w").write("\n".join(lines))
    launch(["pyspread", f], env={"HOME": d})
    w = find_win("pyspread")
    place(w, 20, 20, 1000, 640)
    time.sleep(3)
    img = capture(w, "w06_pyspread", 3)
    killall_started()
    tot = {reg: sum(v) for reg, v in vals.items()}
    q3max = max(regions, key=lambda g: vals[g][2])
    save_qs("w06", img, [
        ("what's the Q3 number for East?", vals["East"][2], "number", "spreadsheet", "cell_row_col", True),
        ("which region had the best Q3", q3max, "text", "spreadsheet", "largest_smallest_recent", True),
        ("West's Q1 plus Q2?", vals["West"][0] + vals["West"][1], "number", "spreadsheet", "sum_difference", False),
        ("how many regions are listed", len(regions), "count", "spreadsheet", "count_condition", False),
        ("what is the last region in the list", regions[-1], "text", "spreadsheet", "first_last_nth", True),
        ("is safe mode on? it says something in red", "yes", "yesno", "spreadsheet", "yes_no_state", False),
    ])

# ---------------------------------------------------------------- w07 phototonic: chart image
@window
def w07_phototonic_chart():
    from PIL import Image, ImageDraw, ImageFont
    d = os.path.join(DATA, "w07"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 7)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    vals = [v * 10 for v in r.sample(range(8, 47), len(months))]
    target = 300
    W, H = 900, 560
    im = Image.new("RGB", (W, H), "white"); dr = ImageDraw.Draw(im)
    F = lambda s: ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", s)
    dr.text((W // 2, 30), "Support tickets closed per month (2025)", fill="black", font=F(24), anchor="mm")
    x0, y0, x1, y1 = 90, 80, 860, 490; vmax = 500
    for v in range(0, vmax + 1, 100):
        y = y1 - (y1 - y0) * v / vmax
        dr.line([(x0, y), (x1, y)], fill="#dddddd"); dr.text((x0 - 10, y), str(v), fill="black", font=F(15), anchor="rm")
    bw = (x1 - x0) / len(months)
    for i, (m, v) in enumerate(zip(months, vals)):
        bx = x0 + i * bw + bw * 0.2; by = y1 - (y1 - y0) * v / vmax
        dr.rectangle([bx, by, bx + bw * 0.6, y1], fill="#3b7dd8")
        dr.text((bx + bw * 0.3, y1 + 18), m, fill="black", font=F(16), anchor="mm")
        if m != "Apr":
            dr.text((bx + bw * 0.3, by - 12), str(v), fill="black", font=F(15), anchor="mm")
    ty = y1 - (y1 - y0) * target / vmax
    for xx in range(x0, x1, 16): dr.line([(xx, ty), (xx + 8, ty)], fill="#d62728", width=2)
    dr.text((x1 - 4, ty - 12), "target", fill="#d62728", font=F(14), anchor="rm")
    dr.line([(x0, y0), (x0, y1), (x1, y1)], fill="black")
    f = os.path.join(d, "tickets_h1.png"); im.save(f)
    launch(["phototonic", f], env={"HOME": d})
    w = find_win("Phototonic|tickets_h1")
    place(w, 20, 20, 1100, 740)
    img = capture(w, "w07_phototonic_chart", 5)
    killall_started()
    best = months[vals.index(max(vals))]; worst = months[vals.index(min(vals))]
    above = sum(1 for v in vals if v > target)
    save_qs("w07", img, [
        ("which month had the most tickets closed", best, "text", "image_viewer", "largest_smallest_recent", True),
        ("roughly how many in April? there's no label on that bar", vals[3], "approx", "image_viewer", "chart_value", False),
        ("What's the value for Feb", vals[1], "number", "image_viewer", "chart_value", True),
        ("how many months beat the target line?", above, "count", "image_viewer", "count_condition", False),
        ("difference between May and Jan?", abs(vals[4] - vals[0]), "number", "image_viewer", "sum_difference", False),
        ("lowest month?", worst, "text", "image_viewer", "largest_smallest_recent", True),
    ])

# ---------------------------------------------------------------- w08 imv: receipt photo
@window
def w08_imv_receipt():
    from PIL import Image, ImageDraw, ImageFont
    d = os.path.join(DATA, "w08"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 8)
    items = [("Espresso beans 1kg", r.randint(1400, 2600)), ("Oat milk x2", r.randint(300, 600)),
             ("Paper filters", r.randint(200, 500)), ("Ceramic mug", r.randint(800, 1600)),
             ("Descaler", r.randint(500, 900))]
    sub = sum(c for _, c in items); tax = round(sub * 0.08); tot = sub + tax
    money = lambda c: "$%d.%02d" % (c // 100, c % 100)
    W, H = 520, 700
    im = Image.new("RGB", (W, H), "#fbf8ef"); dr = ImageDraw.Draw(im)
    F = lambda s: ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", s)
    y = 30
    for line, sz in [("BEAN & LEAF ROASTERS", 24), ("418 Harbor St, Portland", 16), ("2025-04-12  08:47", 16), ("Receipt #40291", 16)]:
        dr.text((W // 2, y), line, fill="black", font=F(sz), anchor="mm"); y += 34
    y += 10; dr.line([(30, y), (W - 30, y)], fill="black"); y += 20
    for n, c in items:
        dr.text((40, y), n, fill="black", font=F(18)); dr.text((W - 40, y), money(c), fill="black", font=F(18), anchor="ra"); y += 34
    dr.line([(30, y), (W - 30, y)], fill="black"); y += 20
    for lab, c in [("Subtotal", sub), ("Tax 8%", tax), ("TOTAL", tot)]:
        dr.text((40, y), lab, fill="black", font=F(20)); dr.text((W - 40, y), money(c), fill="black", font=F(20), anchor="ra"); y += 36
    dr.text((W // 2, y + 30), "VISA ****4417  APPROVED", fill="black", font=F(16), anchor="mm")
    dr.text((W // 2, y + 60), "Thank you!", fill="black", font=F(16), anchor="mm")
    f = os.path.join(d, "receipt_apr12.png"); im.save(f)
    launch(["imv-x11", f])
    w = find_win("imv")
    place(w, 40, 20, 640, 760)
    img = capture(w, "w08_imv_receipt", 4)
    killall_started()
    top = max(items, key=lambda x: x[1])[0]
    save_qs("w08", img, [
        ("how much did I pay in total", money(tot), "money", "image_viewer", "value_at_label", True),
        ("what was the tax", money(tax), "money", "image_viewer", "value_at_label", True),
        ("which item cost the most?", top, "text", "image_viewer", "largest_smallest_recent", True),
        ("when was this receipt from", "2025-04-12", "date", "image_viewer", "who_when", True),
        ("how many items did i buy", len(items), "count", "image_viewer", "count_condition", False),
        ("price of the mug?", money(items[3][1]), "money", "image_viewer", "value_at_label", True),
    ])

# ---------------------------------------------------------------- w09 vis editor with line numbers (Terminal.app)
@window
def w09_vis_editor():
    d = os.path.join(DATA, "w09"); shutil.rmtree(d, ignore_errors=True); os.makedirs(os.path.join(d, "cfg", "vis"))
    open(os.path.join(d, "cfg", "vis", "visrc.lua"), "w").write(
        "require('vis')\nvis.events.subscribe(vis.events.WIN_OPEN, function(win)\n  vis:command('set number')\nend)\n")
    src = "\n".join([
        '"""Sync paid invoices from the billing API into the ledger."""',
        "import json",
        "import logging",
        "",
        "BATCH_SIZE = 250",
        "RETRY_LIMIT = 4",
        'log = logging.getLogger("invoice_sync")',
        "", "",
        "def fetch_page(client, cursor):",
        '    resp = client.get("/invoices", params={"cursor": cursor, "limit": BATCH_SIZE})',
        "    resp.raise_for_status()",
        "    return resp.json()",
        "", "",
        "def to_ledger_row(inv):",
        "    return {",
        '        "id": inv["number"],',
        '        "amount": inv["total_cents"] / 100,',
        '        "paid_at": inv["paid_at"],',
        "    }",
        "", "",
        "def sync(client, ledger):",
        "    cursor, count = None, 0",
        "    while True:",
        "        page = fetch_page(client, cursor)",
        '        for inv in page["data"]:',
        "            ledger.append(to_ledger_row(inv))",
        "            count += 1",
        '        cursor = page.get("next")',
        "        if not cursor:",
        "            break",
        '    log.info("synced %d invoices", count)',
        "    return count", ""])
    f = os.path.join(d, "invoice_sync.py"); open(f, "w").write(src)
    lines = src.splitlines()
    defline = {l.split("(")[0][4:]: i + 1 for i, l in enumerate(lines) if l.startswith("def ")}
    sc = os.path.join(d, "edit.sh"); open(sc, "w").write("#!/bin/sh\ncd %s\nexec vis invoice_sync.py\n" % d); os.chmod(sc, 0o755)
    open(sc, "w").write("#!/bin/sh\nexport XDG_CONFIG_HOME=%s/cfg TERM=xterm\ncd %s\nexec vis invoice_sync.py\n" % (d, d))
    img = gs_term(sc, 90, 40, "w09_vis_editor", y=20)
    killall_started()
    save_qs("w09", img, [
        ("what line does def sync start on", defline["sync"], "number", "editor", "function_line", True),
        ("Which line is to_ledger_row defined at?", defline["to_ledger_row"], "number", "editor", "function_line", True),
        ("what file am i editing", "invoice_sync.py", "text", "editor", "window_title", True),
        ("how many functions are defined in this file", len(defline), "count", "editor", "count_condition", False),
        ("what's BATCH_SIZE set to", 250, "number", "editor", "value_at_label", True),
    ])

# ---------------------------------------------------------------- w10 lfm file manager (xiterm, light)
@window
def w10_lfm_files():
    base = os.path.join(DATA, "w10", "photos-2025"); shutil.rmtree(os.path.dirname(base), ignore_errors=True); os.makedirs(base)
    r = random.Random(SEED + 10)
    files = {}
    for n in ["beach_001.jpg", "beach_002.jpg", "hike_map.pdf", "family.jpg", "city_night.png", "itinerary.txt",
              "passport_scan.pdf", "sunset_raw.tiff", "budget.ods", "notes.md"]:
        sz = r.randint(3000, 4_800_000); mt = ts(2025, r.randint(1, 10), r.randint(1, 28), r.randint(6, 22), r.randint(0, 59))
        p = os.path.join(base, n); open(p, "wb").write(b"\0" * sz); os.utime(p, (mt, mt)); files[n] = (sz, mt)
    for sub in ["edited", "raw", "shared"]:
        os.makedirs(os.path.join(base, sub))
    home = os.path.join(DATA, "w10", "home"); os.makedirs(home)
    sc = os.path.join(DATA, "w10", "fm.sh")
    open(sc, "w").write("#!/bin/sh\nexport TERM=xterm HOME=%s\ncd %s\nexec lfm %s\n" % (home, os.path.dirname(base), base)); os.chmod(sc, 0o755)
    img = gs_term(sc, 100, 30, "w10_lfm_files", y=30)
    killall_started()
    big = max(files, key=lambda n: files[n][0]); old = min(files, key=lambda n: files[n][1])
    save_qs("w10", img, [
        ("which file is the biggest in photos-2025", big, "text", "file_manager", "largest_smallest_recent", True),
        ("how many jpg files do i have here", sum(n.endswith(".jpg") for n in files), "count", "file_manager", "count_condition", False),
        ("how many subfolders", 3, "count", "file_manager", "count_condition", False),
        ("what's the oldest file by date", old, "text", "file_manager", "largest_smallest_recent", True),
        ("are there any PDFs in this folder?", "yes", "yesno", "file_manager", "yes_no_state", False),
    ])

# ---------------------------------------------------------------- w11 mblaze mscan (xiterm light)
@window
def w11_mblaze_inbox():
    d = os.path.join(DATA, "w11"); shutil.rmtree(d, ignore_errors=True)
    md = os.path.join(d, "Mail", "INBOX")
    for sub in ("cur", "new", "tmp"): os.makedirs(os.path.join(md, sub))
    msgs = [("Maria Lopez", "maria@acme.test", "2025-05-02 09:14", "Q2 budget draft attached", True),
            ("GitLab", "noreply@gitlab.test", "2025-05-02 11:40", "Pipeline failed for invoice-tool", False),
            ("Kenji Tanaka", "kenji@acme.test", "2025-05-03 08:05", "Re: offsite venue options", True),
            ("Helpdesk", "help@acme.test", "2025-05-03 16:22", "Ticket #5531 resolved", True),
            ("Olivia Brown", "olivia@partner.test", "2025-05-04 10:51", "Contract renewal - signature needed", False),
            ("Maria Lopez", "maria@acme.test", "2025-05-05 13:37", "Updated figures for the board deck", False),
            ("Payroll", "payroll@acme.test", "2025-05-06 07:30", "Your May payslip is ready", True),
            ("Sam Patel", "sam@acme.test", "2025-05-06 15:02", "lunch thursday?", False)]
    for i, (nm, em, dt, subj, seen) in enumerate(msgs):
        t = calendar.timegm(time.strptime(dt, "%Y-%m-%d %H:%M"))
        body = (f"From: {nm} <{em}>\nTo: Dana Kim <dana@acme.test>\nSubject: {subj}\n"
                f"Date: {time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(t))}\nMessage-ID: <m{i}@s15>\n\nHello.\n")
        fn = os.path.join(md, "cur" if seen else "new", f"{t}.M{i}P1.s15" + (":2,S" if seen else ""))
        open(fn, "w").write(body); os.utime(fn, (t, t))
    os.makedirs(os.path.join(d, "home")); os.makedirs(os.path.join(d, "mbz")); open(os.path.join(d, "mbz", "seq"), "w").close()
    script = os.path.join(d, "run.sh")
    term_script(script, [(md, "mlist . | mblaze-sort -d | mscan -I")], prompt="dana@mail:~/Mail/{}$ ")
    launch(["xiterm+thai", "-geometry", "96x18", "-bg", "#ffffff", "-fg", "#111111", "-e", script],
           env={"MBLAZE": os.path.join(d, "mbz"), "HOME": os.path.join(d, "home")})
    w = find_win("X Terminal International")
    img = capture(w, "w11_mblaze_inbox", 4)
    killall_started()
    unread = sum(1 for m in msgs if not m[4])
    last = msgs[-1]
    save_qs("w11", img, [
        ("how many unread emails have I got", unread, "count", "mail", "count_condition", False),
        ("who sent me the contract renewal one?", "Olivia Brown", "person", "mail", "who_when", True),
        ("what's the subject of the newest mail", last[3], "text", "mail", "largest_smallest_recent", True),
        ("how many messages are from Maria Lopez", sum(m[0] == "Maria Lopez" for m in msgs), "count", "mail", "count_condition", False),
        ("what date did the payslip email come", msgs[6][2][:10], "date", "mail", "who_when", True),
        ("is the GitLab pipeline email still unread?", "yes", "yesno", "mail", "yes_no_state", False),
    ])

# ---------------------------------------------------------------- w12 hledger balance (Terminal.app)
@window
def w12_hledger():
    d = os.path.join(DATA, "w12"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 12)
    cats = ["expenses:groceries", "expenses:rent", "expenses:dining", "expenses:transport", "expenses:utilities"]
    tx = []
    for m in (1, 2, 3):
        for c in cats:
            amt = {"expenses:rent": 1450.00}.get(c, round(r.randint(2000, 42000) / 100, 2))
            tx.append((f"2025-{m:02d}-{r.randint(1, 28):02d}", c, amt))
    tx.sort()
    j = ["2025-01-01 opening balance", "    assets:checking      $9000.00", "    equity:opening", ""]
    for dt, c, a in tx:
        j += [f"{dt} {c.split(':')[1]}", f"    {c}      ${a:.2f}", "    assets:checking", ""]
    f = os.path.join(d, "household.journal"); open(f, "w").write("\n".join(j))
    script = os.path.join(d, "run.sh")
    term_script(script, [(d, "hledger -f household.journal bal expenses"), (d, "hledger -f household.journal bal assets:checking")], prompt="dana@orbit:~/{}$ ")
    img = gs_term(script, 76, 20, "w12_hledger")
    killall_started()
    tot = {}
    for dt, c, a in tx: tot[c] = round(tot.get(c, 0) + a, 2)
    allexp = round(sum(tot.values()), 2)
    checking = round(9000 - allexp, 2)
    fm = lambda v: "${:.2f}".format(v)
    big = max((c for c in cats if c != "expenses:rent"), key=lambda c: tot[c])
    hi, lo = sorted(["expenses:dining", "expenses:groceries"], key=lambda c: -tot[c])
    save_qs("w12", img, [
        ("how much have I spent on groceries so far", fm(tot["expenses:groceries"]), "money", "finance", "value_at_label", True),
        ("what's left in checking?", fm(checking), "money", "finance", "value_at_label", True),
        ("total expenses?", fm(allexp), "money", "finance", "value_at_label", True),
        ("apart from rent, what's my biggest expense category", big.split(":")[1], "text", "finance", "largest_smallest_recent", True),
        ("how much more went on %s than on %s?" % (hi.split(":")[1], lo.split(":")[1]), fm(round(tot[hi] - tot[lo], 2)), "money", "finance", "sum_difference", False),
    ])

# ---------------------------------------------------------------- w13 EasyTag on a FLAC music folder (GTK3 dark)
@window
def w13_easytag_music():
    import wave, struct
    d = os.path.join(DATA, "w13"); shutil.rmtree(d, ignore_errors=True)
    music = os.path.join(d, "Music", "road-trip"); os.makedirs(music)
    tracks = [("Northern Lights", "Aurora Fields", "Quiet Hours", 2019), ("Highway Hum", "The Tin Radios", "Mile Markers", 2021),
              ("Paper Boats", "Aurora Fields", "Quiet Hours", 2019), ("Static Bloom", "Juniper Vale", "Glasshouse", 2023),
              ("Late Checkout", "The Tin Radios", "Mile Markers", 2021), ("Salt & Cedar", "Juniper Vale", "Glasshouse", 2023),
              ("Slow Orbit", "Aurora Fields", "Quiet Hours", 2019), ("Dust Jacket", "Marlow Finch", "Second Hand", 2017)]
    for i, (t, a, al, y) in enumerate(tracks, 1):
        wav = os.path.join(d, "t.wav")
        with wave.open(wav, "wb") as wv:
            wv.setnchannels(1); wv.setsampwidth(2); wv.setframerate(8000); wv.writeframes(b"\0\0" * 8000)
        fn = os.path.join(music, "%02d - %s.flac" % (i, t.replace("&", "and")))
        sh(f"flac -s -f -o {sh_quote(fn)} {wav}")
        sh(f"metaflac --set-tag={sh_quote('TITLE=' + t)} --set-tag={sh_quote('ARTIST=' + a)} --set-tag={sh_quote('ALBUM=' + al)} "
           f"--set-tag=DATE={y} --set-tag=TRACKNUMBER={i} --set-tag=GENRE=Indie {sh_quote(fn)}")
    home = os.path.join(d, "home"); os.makedirs(home)
    launch(["easytag", music], env={"HOME": home, "GTK_THEME": "Adwaita:dark", "NO_AT_BRIDGE": "1"})
    w = find_win("EasyTAG")
    place(w, 10, 10, 1250, 760)
    img = capture(w, "w13_easytag_music", 6)
    killall_started()
    by = {}
    for t, a, al, y in tracks: by[a] = by.get(a, 0) + 1
    save_qs("w13", img, [
        ("who's the artist on Static Bloom", "Juniper Vale", "person", "media_library", "cell_row_col", True),
        ("how many tracks by Aurora Fields are in this folder", by["Aurora Fields"], "count", "media_library", "count_condition", False),
        ("the track that's selected, what album is it from?", tracks[0][2], "text", "media_library", "selected_row", True),
        ("how many songs are listed", len(tracks), "count", "media_library", "count_condition", False),
        ("what's the last track in the list", "08 - Dust Jacket.flac", "text", "media_library", "first_last_nth", True),
        ("which folder have I got open", "road-trip", "text", "media_library", "window_title", True),
    ])

# ---------------------------------------------------------------- w14 PyQt5 home-made inventory table (dark Fusion)
TABLE_APP = r"""
import sys, json
from PyQt5 import QtWidgets, QtGui, QtCore
rows, sel, status = json.load(open(sys.argv[1]))
app = QtWidgets.QApplication(sys.argv)
app.setStyle("Fusion")
p = QtGui.QPalette()
for role, col in [(QtGui.QPalette.Window, "#2b2b2b"), (QtGui.QPalette.WindowText, "#e6e6e6"), (QtGui.QPalette.Base, "#1f1f1f"),
                  (QtGui.QPalette.AlternateBase, "#2a2a2a"), (QtGui.QPalette.Text, "#e6e6e6"), (QtGui.QPalette.Button, "#353535"),
                  (QtGui.QPalette.ButtonText, "#e6e6e6"), (QtGui.QPalette.Highlight, "#3d6fb4"), (QtGui.QPalette.HighlightedText, "#ffffff")]:
    p.setColor(role, QtGui.QColor(col))
app.setPalette(p)
w = QtWidgets.QMainWindow(); w.setWindowTitle("Stockroom - warehouse B")
t = QtWidgets.QTableWidget(len(rows), 5)
t.setHorizontalHeaderLabels(["SKU", "Item", "Qty", "Reorder at", "Unit price"])
t.setAlternatingRowColors(True)
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        it = QtWidgets.QTableWidgetItem(str(v))
        if j in (2, 3, 4): it.setTextAlignment(QtCore.Qt.AlignRight | QtCore.Qt.AlignVCenter)
        t.setItem(i, j, it)
t.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectRows)
t.horizontalHeader().setStretchLastSection(True)
t.setColumnWidth(1, 260)
t.selectRow(sel)
w.setCentralWidget(t)
tb = w.addToolBar("main")
for a in ["New item", "Receive stock", "Export CSV"]: tb.addAction(a)
w.statusBar().showMessage(status)
w.resize(760, 520); w.move(40, 40); w.show()
t.setFocus()
sys.exit(app.exec_())
"""

@window
def w14_pyqt_table():
    d = os.path.join(DATA, "w14"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 14)
    items = ["Packing tape 48mm", "Shipping box S", "Shipping box M", "Shipping box L", "Bubble wrap roll", "Label printer ribbon",
             "Thermal labels 4x6", "Pallet wrap", "Void fill paper", "Zip bags 10x15", "Marker pens (12)", "Box cutter"]
    rows = []
    for i, it in enumerate(items):
        qty = r.randint(2, 18) if i in (3, 8, 10) else r.randint(30, 180); ro = r.choice([20, 25, 30, 40, 50])
        rows.append(["B-%04d" % (1100 + i * 7), it, qty, ro, "%.2f" % (r.randint(45, 2400) / 100)])
    sel = 6
    low = [x for x in rows if x[2] < x[3]]
    status = f"{len(rows)} items | {len(low)} below reorder level | synced 2025-06-03 09:42"
    f = os.path.join(d, "data.json"); json.dump([rows, sel, status], open(f, "w"))
    app = os.path.join(d, "stockroom.py"); open(app, "w").write(TABLE_APP)
    launch(["/usr/bin/python3", app, f])
    w = find_win("Stockroom")
    img = capture(w, "w14_pyqt_table", 3)
    killall_started()
    most = max(rows, key=lambda x: x[2])
    save_qs("w14", img, [
        ("which item is selected", rows[sel][1], "text", "table_app", "selected_row", True),
        ("qty of Shipping box M?", rows[2][2], "number", "table_app", "cell_row_col", True),
        ("what does the status bar say", status, "text", "table_app", "status_bar", True),
        ("how many items are below their reorder level", len(low), "count", "table_app", "count_condition", False),
        ("which item do we have the most of", most[1], "text", "table_app", "largest_smallest_recent", True),
        ("unit price of the box cutter", rows[11][4], "money", "table_app", "cell_row_col", True),
        ("what do I click to export this", "Export CSV", "text", "table_app", "which_button", True),
    ])

# ---------------------------------------------------------------- w15 GTK3 home-made settings dialog
SETTINGS_APP = r"""
import sys, json, gi
gi.require_version("Gtk", "3.0")
from gi.repository import Gtk
cfg = json.load(open(sys.argv[1]))
win = Gtk.Window(title="Backup Preferences"); win.set_default_size(560, 520); win.move(60, 40)
box = Gtk.Box(orientation=Gtk.Orientation.VERTICAL, spacing=8); box.set_border_width(14); win.add(box)
lab = Gtk.Label(); lab.set_markup("<b>Options</b>"); lab.set_xalign(0); box.pack_start(lab, False, False, 0)
for name, on in cfg["checks"]:
    c = Gtk.CheckButton(label=name); c.set_active(on); box.pack_start(c, False, False, 0)
lab = Gtk.Label(); lab.set_markup("<b>Schedule</b>"); lab.set_xalign(0); box.pack_start(lab, False, False, 4)
hb = Gtk.Box(spacing=12); box.pack_start(hb, False, False, 0); grp = None
for name in cfg["radios"]:
    rb = Gtk.RadioButton.new_with_label_from_widget(grp, name); grp = grp or rb; hb.pack_start(rb, False, False, 0)
    if name == cfg["radio_sel"]: rb.set_active(True)
g = Gtk.Grid(column_spacing=10, row_spacing=8); box.pack_start(g, False, False, 6)
g.attach(Gtk.Label(label="Destination:", xalign=0), 0, 0, 1, 1)
cb = Gtk.ComboBoxText()
for x in cfg["combo"]: cb.append_text(x)
cb.set_active(cfg["combo"].index(cfg["combo_sel"])); g.attach(cb, 1, 0, 1, 1)
g.attach(Gtk.Label(label="Snapshots to keep:", xalign=0), 0, 1, 1, 1)
sc = Gtk.Scale.new_with_range(Gtk.Orientation.HORIZONTAL, 1, 30, 1); sc.set_value(cfg["slider"]); sc.set_digits(0)
sc.set_hexpand(True); sc.set_value_pos(Gtk.PositionType.RIGHT); g.attach(sc, 1, 1, 1, 1)
bb = Gtk.Box(spacing=8); box.pack_end(bb, False, False, 0)
sb = Gtk.Statusbar(); sb.push(0, cfg["status"]); box.pack_end(sb, False, False, 0)
for b in ["Run Backup Now", "Cancel", "Apply"]:
    bt = Gtk.Button(label=b); bb.pack_end(bt, False, False, 0) if b != "Run Backup Now" else bb.pack_start(bt, False, False, 0)
win.connect("destroy", Gtk.main_quit); win.show_all(); Gtk.main()
"""

@window
def w15_gtk_settings():
    d = os.path.join(DATA, "w15"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 15)
    names = ["Encrypt backups", "Compress archives", "Verify after backup", "Notify me on failure", "Skip hidden files", "Back up over metered connections"]
    checks = [(n, r.random() < 0.5) for n in names]
    cfg = dict(checks=checks, radios=["Hourly", "Daily", "Weekly", "Monthly"], radio_sel="Weekly",
               combo=["Local disk /mnt/backup", "NAS //nas01/backups", "S3 bucket orbit-bk"], combo_sel="NAS //nas01/backups",
               slider=r.randint(5, 25), status="Last backup: 2025-06-01 03:00 - completed, 4.2 GB")
    f = os.path.join(d, "cfg.json"); json.dump(cfg, open(f, "w"))
    app = os.path.join(d, "prefs.py"); open(app, "w").write(SETTINGS_APP)
    launch(["/usr/bin/python3", app, f], env={"NO_AT_BRIDGE": "1"})
    w = find_win("Backup Preferences")
    img = capture(w, "w15_gtk_settings", 3)
    killall_started()
    on = dict(checks)
    save_qs("w15", img, [
        ("is compression turned on?", "yes" if on["Compress archives"] else "no", "yesno", "settings_dialog", "checkbox_state", False),
        ("how many options are ticked", sum(on.values()), "count", "settings_dialog", "count_condition", False),
        ("which schedule is selected", cfg["radio_sel"], "text", "settings_dialog", "checkbox_state", True),
        ("where are my backups going", cfg["combo_sel"], "text", "settings_dialog", "value_at_label", True),
        ("how many snapshots will it keep", cfg["slider"], "number", "settings_dialog", "value_at_label", True),
        ("what button do I press to start a backup right away?", "Run Backup Now", "text", "settings_dialog", "which_button", True),
        ("when did the last backup run", "2025-06-01 03:00", "date", "settings_dialog", "status_bar", True),
    ])

# ---------------------------------------------------------------- w16 deepin-calculator (Qt/DTK, light)
@window
def w16_deepin_calc():
    d = os.path.join(DATA, "w16"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 16)
    a, b, c = r.randint(1200, 3000), r.randint(3, 18), r.randint(40, 400)
    e1 = f"{a}*0.{b:02d}+{c}"; v1 = round(a * b / 100 + c, 10)
    x, y = r.randint(3000, 7999), r.choice([4, 5, 8])
    e2 = f"{x}/{y}"; v2 = x / y
    launch(["deepin-calculator"], env={"HOME": d})
    w = find_win("Calculator")
    time.sleep(2)
    subprocess.run(["xdotool", "windowactivate", "--sync", str(w)], capture_output=True)
    for e in (e1, e2):
        subprocess.run(["xdotool", "type", "--delay", "120", e]); subprocess.run(["xdotool", "key", "Return"]); time.sleep(1.0)
    img = capture(w, "w16_deepin_calc", 2)
    killall_started()
    def fmt(v):
        s_ = ("%.10f" % v).rstrip("0").rstrip(".")
        ip, _, fp = s_.partition(".")
        ip = "{:,}".format(int(ip))
        return ip + ("." + fp if fp else "")
    save_qs("w16", img, [
        ("what's the answer showing on my calculator", fmt(v2), "number", "calculator", "value_at_label", True),
        ("what did the first calculation come out to?", fmt(v1), "number", "calculator", "first_last_nth", True),
        ("what number did I divide by", y, "number", "calculator", "value_at_label", True),
        ("which button gives the result", "=", "text", "calculator", "which_button", True),
    ])

# ---------------------------------------------------------------- w17 irssi on a local ngircd (xiterm dark)
@window
def w17_irssi_chat():
    import socket, threading
    d = os.path.join(DATA, "w17"); shutil.rmtree(d, ignore_errors=True); os.makedirs(os.path.join(d, "irssi"))
    port = 16667
    open(os.path.join(d, "ngircd.conf"), "w").write(textwrap.dedent(f"""\
        [Global]
        Name = irc.s15.test
        Info = s15 test server
        Ports = {port}
        Listen = 127.0.0.1
        MotdPhrase = "Welcome to the s15 test network"
        [Options]
        PAM = no
        DNS = no
        Ident = no
        """))
    launch(["/usr/sbin/ngircd", "-n", "-f", os.path.join(d, "ngircd.conf")])
    time.sleep(2)
    open(os.path.join(d, "irssi", "config"), "w").write(textwrap.dedent(f"""\
        servers = ( {{ address = "127.0.0.1"; chatnet = "local"; port = "{port}"; autoconnect = "yes"; }} );
        chatnets = {{ local = {{ type = "IRC"; }}; }};
        channels = ( {{ name = "#release"; chatnet = "local"; autojoin = "yes"; }} );
        settings = {{ core = {{ real_name = "Dana Kim"; user_name = "dana"; nick = "dana"; }}; }};
        """))
    launch(["xiterm+thai", "-geometry", "100x30", "-bg", "#101418", "-fg", "#d8dee9", "-e", "irssi", "--home=" + os.path.join(d, "irssi")],
           env={"TERM": "xterm", "HOME": d})
    w = find_win("X Terminal International")
    time.sleep(5)
    script = [("maria", "TOPIC", "Release 2.8.0 freeze Friday | blockers in #qa"),
              ("maria", "MSG", "morning all, RC2 is tagged"),
              ("kenji", "MSG", "nice. the migration test is still flaky on arm64 though"),
              ("olivia", "MSG", "I can take the arm64 runner issue"),
              ("kenji", "MSG", "thanks olivia, ticket is OPS-412"),
              ("sam", "MSG", "changelog PR is up, needs one review"),
              ("maria", "MSG", "I'll review it after standup"),
              ("kenji", "MSG", "deploy window is 14:00 UTC on Friday")]
    socks = {}
    def conn(nick):
        s_ = socket.create_connection(("127.0.0.1", port)); s_.sendall(f"NICK {nick}\r\nUSER {nick} 0 * :{nick}\r\n".encode())
        buf = b""; t0 = time.time()
        while b" 001 " not in buf and time.time() - t0 < 10:
            buf += s_.recv(4096)
            if b"PING" in buf:
                tok = buf.split(b"PING", 1)[1].split(b"\r\n")[0]; s_.sendall(b"PONG" + tok + b"\r\n")
        s_.sendall(b"JOIN #release\r\n"); time.sleep(0.8); return s_
    for nick in ["maria", "kenji", "olivia", "sam"]:
        socks[nick] = conn(nick)
    for nick, kind, text in script:
        if kind == "TOPIC": socks[nick].sendall(f"TOPIC #release :{text}\r\n".encode())
        else: socks[nick].sendall(f"PRIVMSG #release :{text}\r\n".encode())
        time.sleep(1.2)
    subprocess.run(["xdotool", "windowactivate", "--sync", str(w)], capture_output=True)
    subprocess.run(["xdotool", "type", "--window", str(w), "--delay", "60", "/window 2\n"])
    img = capture(w, "w17_irssi_chat", 3)
    for s_ in socks.values(): s_.close()
    killall_started()
    msgs = [x for x in script if x[1] == "MSG"]
    save_qs("w17", img, [
        ("who offered to take the arm64 runner issue", "olivia", "person", "chat", "who_when", True),
        ("what's the channel topic", script[0][2], "text", "chat", "value_at_label", True),
        ("how many messages did kenji post", sum(1 for m in msgs if m[0] == "kenji"), "count", "chat", "count_condition", False),
        ("what ticket number was mentioned", "OPS-412", "code", "chat", "value_at_label", True),
        ("who said the last thing in the channel?", msgs[-1][0], "person", "chat", "first_last_nth", True),
        ("what channel am I in", "#release", "text", "chat", "window_title", True),
    ])

# ---------------------------------------------------------------- w18 Tk home-made progress + error dialog
TK_APP = r"""
import sys, json, tkinter as tk
from tkinter import ttk
c = json.load(open(sys.argv[1]))
root = tk.Tk(); root.title(c["title"]); root.geometry("520x300+80+60")
ttk.Style().theme_use("clam")
f = ttk.Frame(root, padding=16); f.pack(fill="both", expand=True)
ttk.Label(f, text=c["heading"], font=("DejaVu Sans", 13, "bold")).pack(anchor="w")
ttk.Label(f, text=c["current"]).pack(anchor="w", pady=(8, 2))
pb = ttk.Progressbar(f, length=480, maximum=c["total"]); pb["value"] = c["done"]; pb.pack(anchor="w")
ttk.Label(f, text="%d of %d files  (%d%%)" % (c["done"], c["total"], round(100 * c["done"] / c["total"]))).pack(anchor="w", pady=4)
ttk.Label(f, text=c["error"], foreground="#b00020", wraplength=480).pack(anchor="w", pady=(10, 4))
bf = ttk.Frame(f); bf.pack(side="bottom", fill="x")
for b in c["buttons"]: ttk.Button(bf, text=b).pack(side="right", padx=4)
root.mainloop()
"""

@window
def w18_tk_progress():
    d = os.path.join(DATA, "w18"); shutil.rmtree(d, ignore_errors=True); os.makedirs(d)
    r = random.Random(SEED + 18)
    total = r.randint(20, 60); done = r.randint(5, total - 5)
    cur = "Uploading photo_%04d.jpg to nas01 ..." % (1000 + done + 1)
    c = dict(title="Photo Export", heading="Exporting album 'Lisbon 2025'", current=cur, total=total, done=done,
             error="Warning: 2 files skipped - permission denied on /srv/photos/raw", buttons=["Cancel", "Pause", "Skip file"])
    f = os.path.join(d, "c.json"); json.dump(c, open(f, "w"))
    app = os.path.join(d, "export.py"); open(app, "w").write(TK_APP)
    launch(["/usr/bin/python3", app, f])
    w = find_win("Photo Export")
    img = capture(w, "w18_tk_progress", 3)
    killall_started()
    save_qs("w18", img, [
        ("how far along is the export, percent?", "%d%%" % round(100 * done / total), "percent", "progress_dialog", "value_at_label", True),
        ("how many files are left to go", total - done, "count", "progress_dialog", "sum_difference", False),
        ("what's the warning about", "2 files skipped - permission denied on /srv/photos/raw", "error", "progress_dialog", "error_message", True),
        ("which button would stop the export for a bit without cancelling", "Pause", "text", "progress_dialog", "which_button", True),
        ("what file is it uploading right now", "photo_%04d.jpg" % (1000 + done + 1), "text", "progress_dialog", "value_at_label", True),
    ])

# ---------------------------------------------------------------- w19 lighttpd dir listing in chromium --app
@window
def w19_chromium_lighttpd():
    d = os.path.join(DATA, "w19"); shutil.rmtree(d, ignore_errors=True)
    www = os.path.join(d, "www", "handouts"); os.makedirs(www)
    r = random.Random(SEED + 19)
    files = {}
    for n in ["week01_intro.pdf", "week02_sorting.pdf", "week03_graphs.pdf", "lab1_starter.zip", "lab2_starter.zip",
              "syllabus.html", "grades_template.csv", "reading_list.txt"]:
        mt = ts(2025, 9, r.randint(1, 28), r.randint(8, 20), r.randint(0, 59)); sz = r.randint(2000, 3_000_000)
        p = os.path.join(www, n); open(p, "wb").write(b"\0" * sz); os.utime(p, (mt, mt)); files[n] = (sz, mt)
    for sub in ["solutions", "slides"]:
        os.makedirs(os.path.join(www, sub)); os.utime(os.path.join(www, sub), (ts(2025, 8, 30, 9, 0), ts(2025, 8, 30, 9, 0)))
    lver = sh("/usr/sbin/lighttpd -v").split()[0].split("/")[1]
    port = 18089
    open(os.path.join(d, "lighttpd.conf"), "w").write(textwrap.dedent(f"""\
        server.document-root = "{os.path.join(d, 'www')}"
        server.port = {port}
        server.bind = "127.0.0.1"
        server.modules = ("mod_dirlisting")
        dir-listing.activate = "enable"
        mimetype.assign = (".pdf" => "application/pdf", ".zip" => "application/zip", ".html" => "text/html", ".csv" => "text/csv", ".txt" => "text/plain")
        """))
    launch(["/usr/sbin/lighttpd", "-D", "-f", os.path.join(d, "lighttpd.conf")])
    time.sleep(1.5)
    launch(["chromium", "--no-sandbox", "--test-type", "--user-data-dir=" + os.path.join(d, "prof"), "--no-first-run", "--disable-gpu",
            "--window-size=1000,640", "--window-position=40,40", f"--app=http://127.0.0.1:{port}/handouts/"])
    w = find_win("Index of", timeout=60)
    img = capture(w, "w19_chromium_lighttpd", 5)
    killall_started()
    newest = max(files, key=lambda n: files[n][1]); big = max(files, key=lambda n: files[n][0])
    save_qs("w19", img, [
        ("how many PDFs are in handouts", sum(n.endswith(".pdf") for n in files), "count", "web_app", "count_condition", False),
        ("which file was modified most recently", newest, "text", "web_app", "largest_smallest_recent", True),
        ("what's the biggest file here", big, "text", "web_app", "largest_smallest_recent", True),
        ("how many folders are inside handouts (not counting parent)", 2, "count", "web_app", "count_condition", False),
        ("what's the page heading", "Index of /handouts/", "text", "web_app", "window_title", True),
        ("which lighttpd version is serving this", lver, "version", "web_app", "value_at_label", True),
    ])

if __name__ == "__main__":
    want = sys.argv[1:] or WINDOWS
    for name in WINDOWS:
        if any(name.startswith(x) for x in want):
            print("==", name, flush=True)
            try:
                globals()[name]()
            except Exception as ex:
                print("FAILED", name, ex, flush=True)
            finally:
                killall_started()
    rows = []
    for name in WINDOWS:
        f = os.path.join(QS, name.split("_")[0] + ".json")
        if os.path.exists(f): rows += json.load(open(f))
    with open(os.path.join(HERE, "manifest.jsonl"), "w") as fh:
        for i, r in enumerate(rows, 1):
            fh.write(json.dumps(dict(id="s15-%04d" % i, **r)) + "\n")
    print(len(rows), "questions")
