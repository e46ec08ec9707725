"""GUI windows: real Debian 12 applications (and three home-made widget windows)."""
import datetime as dt
import json
import math
import os
import shutil
import subprocess
import time
import wave
import zipfile

import harness as H
from common import SCRATCH, Scene, rng

HERE = os.path.dirname(os.path.abspath(__file__))
VENV_PY = "/work/main/.venv/bin/python"


def fresh(name):
    d = os.path.join(SCRATCH, "build", name)
    shutil.rmtree(d, ignore_errors=True)
    os.makedirs(os.path.join(d, "home"))
    return d, os.path.join(d, "home")


def shoot(p, wid, img, settle=1.5):
    time.sleep(settle)
    H.capture(wid, img)


def glib_size(n):
    if n < 1024:
        return f"{n} bytes"
    for i, u in enumerate(["KiB", "MiB", "GiB"], 1):
        if n < 1024 ** (i + 1) or u == "GiB":
            return f"{n / 1024 ** i:.1f} {u}"


# ---------------------------------------------------------------- g01 lxqt-archiver
def g01_archiver(img):
    r = rng("g01")
    d, home = fresh("g01")
    names = ["floorplan_v3.pdf", "kitchen_render.jpg", "bathroom_tiles.jpg", "budget.ods", "contract_signed.pdf",
             "site_photo_01.jpg", "site_photo_02.jpg", "permit_application.pdf", "supplier_quotes.xlsx",
             "notes.txt", "paint_samples.png"]
    r.shuffle(names)
    names = names[:9]
    sizes, mts = {}, {}
    for n in names:
        while True:
            s = r.randint(3_000, 9_500_000)
            if all(abs(s - v) > 60_000 for v in sizes.values()):
                break
        sizes[n] = s
        mts[n] = dt.datetime(2026, 2, 1, 8, 0) + dt.timedelta(days=r.randint(0, 70), hours=r.randint(0, 10),
                                                              minutes=r.randint(0, 59), seconds=2 * r.randint(0, 29))
    zp = os.path.join(d, "renovation-2026.zip")
    with zipfile.ZipFile(zp, "w", zipfile.ZIP_DEFLATED) as z:
        for folder in ("invoices/", "old_drafts/"):
            zi = zipfile.ZipInfo(folder, date_time=(2026, 3, 2, 9, 0, 0))
            z.writestr(zi, b"")
            zi = zipfile.ZipInfo(folder + "readme.txt", date_time=(2026, 3, 2, 9, 0, 0))
            z.writestr(zi, b"x" * 120)
        for n in names:
            t = mts[n]
            zi = zipfile.ZipInfo(n, date_time=(t.year, t.month, t.day, t.hour, t.minute, t.second))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, bytes(sizes[n]))
    env = H.env_base(home)
    p = H.launch(["lxqt-archiver", zp], env=env, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="renovation-2026.zip")
        H.place(wid, 60, 40, 1060, 620)
        shoot(p, wid, img, 2.5)
    finally:
        H.kill_group(p)
    sc = Scene("g01", img, "LXQt File Archiver 0.7 (lxqt-archiver, Qt5)", "light (Fusion)", "file_manager",
               "renovation-2026.zip: 9 files with set sizes/mtimes + 2 folders, detail columns")
    fmt_date = lambda t: f"{t.day} {t.strftime('%b %Y %H:%M:%S')}"
    sc.visible_text = "\n".join(f"{n} {glib_size(sizes[n])} {fmt_date(mts[n])}" for n in names) + \
        f"\n{len(names) + 2} file(s)\nFile name File Type File Size Modified"
    big = max(names, key=sizes.get)
    small = min(names, key=sizes.get)
    a = r.choice([n for n in names if n not in (big, small)])
    b = r.choice([n for n in names if n not in (big, small, a)])
    jpgs = [n for n in names if n.endswith(".jpg")]
    pdfs = [n for n in names if n.endswith(".pdf")]
    newest = max(names, key=mts.get)
    sc.q("biggest file in this zip?", big, "text", "argmax", True)
    sc.q("which one is the smallest", small, "text", "argmin", True)
    sc.q(f"when was {a} last modified", mts[a].strftime("%Y-%m-%d"), "date", "lookup", False)
    sc.q(f"how big is {b}", glib_size(sizes[b]), "text", "lookup", True)
    sc.q("how many pdfs are in the archive", len(pdfs), "count", "count", False)
    sc.q(f"which is smaller, {a} or {b}?", a if sizes[a] < sizes[b] else b, "text", "choice_less", True)
    sc.q("what's the newest file in there", newest, "text", "latest", True)
    return sc


# ---------------------------------------------------------------- g02 CodeLite editor
C_FUNCS = [
    ("rb_init", "void rb_init(struct ring *rb)", ["    rb->head = 0;", "    rb->tail = 0;", "    rb->count = 0;"]),
    ("rb_push", "int rb_push(struct ring *rb, int value)",
     ["    if (rb->count == RING_SIZE)", "        return -1;", "    rb->data[rb->head] = value;",
      "    rb->head = (rb->head + 1) % RING_SIZE;", "    rb->count++;", "    return 0;"]),
    ("rb_pop", "int rb_pop(struct ring *rb, int *out)",
     ["    if (rb->count == 0)", "        return -1;", "    *out = rb->data[rb->tail];",
      "    rb->tail = (rb->tail + 1) % RING_SIZE;", "    rb->count--;", "    return 0;"]),
    ("rb_peek", "int rb_peek(const struct ring *rb)", ["    return rb->count ? rb->data[rb->tail] : -1;"]),
    ("rb_is_full", "int rb_is_full(const struct ring *rb)", ["    return rb->count == RING_SIZE;"]),
    ("rb_average", "double rb_average(const struct ring *rb)",
     ["    long sum = 0;", "    for (int i = 0; i < rb->count; i++)",
      "        sum += rb->data[(rb->tail + i) % RING_SIZE];", "    return rb->count ? (double)sum / rb->count : 0.0;"]),
]


ZOOM_OUT = 3


def g02_codelite(img):
    r = rng("g02")
    d, home = fresh("g02")
    size = r.choice([16, 32, 48, 64, 128])
    retries = r.randint(3, 9)
    funcs = C_FUNCS[:]
    first, rest = funcs[0], funcs[1:]
    r.shuffle(rest)
    funcs = [first] + rest
    lines = ["/* ringbuf.c - fixed size integer ring buffer for the sensor sampler */",
             "#include <stdio.h>", "#include <stdlib.h>", "",
             f"#define RING_SIZE {size}", f"#define MAX_RETRIES {retries}", "",
             "struct ring {", "    int data[RING_SIZE];", "    int head;", "    int tail;", "    int count;", "};", ""]
    start = {}
    for name, sig, body in funcs:
        start[name] = len(lines) + 1
        lines += [sig, "{"] + body + ["}", ""]
    src = os.path.join(d, "ringbuf.c")
    with open(src, "w") as f:
        f.write("\n".join(lines))
    env = H.env_base(home)
    p = H.launch(["codelite", src], env=env, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="ringbuf.c", timeout=60)
        time.sleep(3)
        # dismiss the first-run wizard (Escape) and the colour-theme info bar ("No")
        try:
            wz = H.find_window(name="Welcome!", timeout=12)
            H.xdo("windowactivate", "--sync", wz)
            H.xdo("key", "Escape")
            time.sleep(1.5)
        except RuntimeError:
            pass
        H.place(wid, 40, 20, 1180, 760)
        time.sleep(1.5)
        x, y, w, h = H.frame_geometry(wid)
        H.click(x + w - 50, y + h - 50)  # "No" on the info bar (bottom right)
        time.sleep(1.0)
        H.xdo("windowactivate", "--sync", wid)
        H.click(x + 700, y + 400)
        time.sleep(0.5)
        H.xdo("key", "ctrl+Home")
        for _ in range(ZOOM_OUT):
            H.xdo("key", "--clearmodifiers", "ctrl+KP_Subtract")
            time.sleep(1.0)
        shoot(p, wid, img, 1.5)
    finally:
        H.kill_group(p)
    sc = Scene("g02", img, "CodeLite 17 (wxWidgets/GTK3) editor, line numbers", "dark editor theme",
               "code_editor", f"ringbuf.c: {len(lines)} lines, 2 #defines, struct, 6 functions")
    sc.visible_text = "\n".join(lines)
    # only the first ~37 lines are on screen: ask about functions whose signature is visible
    shown = [f[0] for f in funcs[1:] if start[f[0]] <= 33]
    assert len(shown) >= 2, shown
    fa, fb = shown[-1], shown[0]
    sc.q(f"what line does {fa} start on", start[fa], "number", "lookup", False)
    sc.q(f"which line is the {fb}() function defined at?", start[fb], "number", "lookup", False)
    sc.q("RING_SIZE is set to what", size, "number", "lookup", True)
    sc.q("max retries value?", retries, "number", "lookup", True)
    sc.q("name of the open file?", "ringbuf.c", "text", "title", True)
    sc.q("which function comes right after rb_init", funcs[1][0], "text", "next", True)
    return sc


# ---------------------------------------------------------------- g03 xdvi on a LaTeX report
def g03_xdvi(img):
    r = rng("g03")
    d, home = fresh("g03")
    regions = ["Northfield", "Eastgate", "Riverside", "Hillcrest", "Westbrook", "Lakeview"]
    r.shuffle(regions)
    regions = regions[:5]
    data = {g: [r.randint(40, 260) for _ in range(3)] for g in regions}
    title = r.choice(["Community Garden Network", "Cycle Hire Scheme", "Library Outreach Programme"])
    author = r.choice(["Maren Sol\\'{e}", "Oskar Lindahl", "Beatriz Moura"])
    author_plain = author.replace("\\'{e}", "é")
    date = dt.date(2026, 4, r.randint(1, 28))
    rows = "\n".join(f"{g} & {a} & {b} & {c}\\\\" for g, (a, b, c) in data.items())
    tex = rf"""\documentclass[12pt]{{article}}
\usepackage[margin=2.2cm]{{geometry}}
\title{{{title}: Quarterly Review}}
\author{{{author}}}
\date{{{date.day} {date.strftime('%B %Y')}}}
\begin{{document}}
\maketitle
\section{{Visits per district}}
Visits recorded by each district team in the first three months of the year.

\begin{{center}}
\begin{{tabular}}{{lrrr}}
\hline
District & January & February & March\\
\hline
{rows}
\hline
\end{{tabular}}
\end{{center}}

\section{{Next steps}}
Volunteer training continues in May.
\newpage
\section{{Budget}}
Spending stayed within the agreed limits.
\newpage
\section{{Appendix}}
Raw survey forms are kept in the shared drive.
\end{{document}}
"""
    with open(os.path.join(d, "review.tex"), "w") as f:
        f.write(tex)
    subprocess.run(["latex", "-interaction=nonstopmode", "review.tex"], cwd=d, capture_output=True,
                   env=dict(os.environ, HOME=home, SOURCE_DATE_EPOCH="1776000000"))
    assert os.path.exists(os.path.join(d, "review.dvi"))
    env = H.env_base(home)
    p = H.launch(["xdvi", "-geometry", "1120x760+40+10", "-s", "5", "review.dvi"],
                 env=env, cwd=d, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="xdvik", timeout=40)
        shoot(p, wid, img, 4)
    finally:
        H.kill_group(p)
    sc = Scene("g03", img, "xdvi (xdvik 22.87, Athena/Xaw) DVI viewer", "light", "document_viewer",
               f"3-page LaTeX report ({title}), table of 5 districts x 3 months")
    sc.visible_text = tex + "3 pages " + author_plain
    mar = {g: v[2] for g, v in data.items()}
    top = max(mar, key=mar.get)
    assert list(mar.values()).count(mar[top]) == 1
    ga = r.choice(regions)
    gb = r.choice([g for g in regions if g != ga])
    jan = {g: v[0] for g, v in data.items()}
    low = min(jan, key=jan.get)
    assert list(jan.values()).count(jan[low]) == 1
    sc.q("who wrote this report", author_plain, "person", "party", True)
    sc.q(f"{ga} visits in February?", data[ga][1], "number", "cell", True)
    sc.q("which district had the most visits in march", top, "text", "argmax", True)
    sc.q("how many pages is the document", 3, "count", "count", True)
    sc.q("what's the report's title", f"{title}: Quarterly Review", "text", "title", True)
    feb = [v[1] for v in data.values()]
    sc.q("average february visits per district", f"{sum(feb) / len(feb):g}", "number", "mean", False)
    sc.q(f"what share of the March visits came from {top}? (percent)",
         f"{100 * mar[top] / sum(mar.values()):.1f}%", "percent", "share", False)
    return sc


# ---------------------------------------------------------------- g04 KolourPaint with a chart
def g04_kolourpaint(img):
    r = rng("g04")
    d, home = fresh("g04")
    weeks = [f"W{i}" for i in range(10, 18)]
    vals = [round(r.uniform(18, 95), 1) for _ in weeks]
    labelled = sorted(r.sample(range(len(weeks)), 3))
    unl = [i for i in range(len(weeks)) if i not in labelled]
    colour = r.choice([("#2a9d8f", "teal"), ("#e76f51", "orange"), ("#6a4c93", "purple")])
    png = os.path.join(d, "cycling_km.png")
    script = f"""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
weeks = {weeks!r}; vals = {vals!r}; lab = {labelled!r}
fig, ax = plt.subplots(figsize=(7.4, 4.6), dpi=100)
bars = ax.bar(weeks, vals, color={colour[0]!r})
for i in lab:
    ax.text(i, vals[i] + 1.5, f"{{vals[i]:.1f}}", ha="center", fontsize=10)
ax.set_title("Weekly cycling distance (km)", fontsize=14)
ax.set_ylim(0, 110)
ax.set_yticks(range(0, 111, 10))
ax.grid(axis="y", alpha=.35)
ax.set_xlabel("Week")
fig.tight_layout()
fig.savefig({png!r})
"""
    subprocess.run([VENV_PY, "-c", script], check=True, env=dict(os.environ, MPLCONFIGDIR=os.path.join(d, "mpl")))
    env = H.env_base(home)
    p = H.launch(["kolourpaint", png], env=env, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="cycling_km", timeout=40)
        H.place(wid, 30, 30, 1220, 740)
        shoot(p, wid, img, 2.5)
    finally:
        H.kill_group(p)
    sc = Scene("g04", img, "KolourPaint 22.12 (KDE/Qt5) showing a PNG chart", "light (Breeze)",
               "image_viewer_chart", "matplotlib bar chart: 8 weeks of km, 3 bars labelled")
    sc.visible_text = "Weekly cycling distance (km) cycling_km.png 740 x 460 " + \
        " ".join(f"{vals[i]:.1f}" for i in labelled) + " " + " ".join(weeks)
    top = max(range(len(weeks)), key=lambda i: vals[i])
    bot = min(range(len(weeks)), key=lambda i: vals[i])
    li = labelled[0]
    ui = r.choice(unl)
    thr = 50
    sc.q("what is this chart about", "Weekly cycling distance (km)", "text", "title", True)
    sc.q(f"how many km in {weeks[li]}", f"{vals[li]:.1f}", "number", "chart_value", True)
    sc.q(f"roughly how far was ridden in {weeks[ui]}?", vals[ui], "approx", "chart_value", False)
    sc.q("which week had the longest distance", weeks[top], "text", "argmax", True)
    sc.q("and the shortest week?", weeks[bot], "text", "argmin", True)
    sc.q("what colour are the bars", colour[1], "text", "colour", False)
    l1, l2 = labelled[0], labelled[-1]
    sc.q(f"by how much do {weeks[l1]} and {weeks[l2]} differ", f"{abs(vals[l1] - vals[l2]):.1f}", "number",
         "difference", False)
    return sc


# ---------------------------------------------------------------- g05 Rhythmbox library
def g05_rhythmbox(img):
    r = rng("g05")
    d, home = fresh("g05")
    music = os.path.join(home, "Music")
    os.makedirs(music)
    albums = [("Saltmarsh Radio", "Low Tide Letters", "Folk"), ("The Quiet Engines", "Night Freight", "Rock"),
              ("Amara Cole", "Paper Lanterns", "Jazz")]
    titles = ["Harbour Lights", "Slow Ferry", "Kelp Forest", "Lanternfish", "Signal Box", "Coal Yard Blues",
              "Ninth Platform", "Blue Tram", "Cardamom", "Eleven Bridges", "Moth Season", "Tin Roof"]
    r.shuffle(titles)
    counts = [4, 3, 2]
    r.shuffle(counts)
    tracks = []
    k = 0
    for (artist, album, genre), n in zip(albums, counts):
        for tn in range(1, n + 1):
            secs = r.randint(125, 395)
            while any(t["secs"] == secs for t in tracks):
                secs += 1
            tracks.append(dict(artist=artist, album=album, genre=genre, title=titles[k], track=tn, secs=secs))
            k += 1
    for t in tracks:
        wav = os.path.join(d, "tmp.wav")
        w = wave.open(wav, "wb")
        w.setnchannels(1)
        w.setsampwidth(1)
        w.setframerate(8000)
        w.writeframes(b"\x80" * 8000 * t["secs"])
        w.close()
        out = os.path.join(music, f"{t['artist']} - {t['title']}.flac")
        subprocess.run(["flac", "-s", "-f", "-T", f"ARTIST={t['artist']}", "-T", f"TITLE={t['title']}",
                        "-T", f"ALBUM={t['album']}", "-T", f"TRACKNUMBER={t['track']}", "-T", f"GENRE={t['genre']}",
                        wav, "-o", out], check=True)
    os.remove(os.path.join(d, "tmp.wav"))
    kf = os.path.join(home, ".config", "glib-2.0", "settings")
    os.makedirs(kf)
    with open(os.path.join(kf, "keyfile"), "w") as f:
        f.write(f"[org/gnome/rhythmbox/rhythmdb]\nlocations=['file://{music}']\nmonitor-library=true\n")
    env = H.env_base(home, {"GSETTINGS_BACKEND": "keyfile"})
    p = H.launch(["rhythmbox"], env=env, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="Rhythmbox", timeout=40)
        H.place(wid, 40, 20, 1180, 740)
        time.sleep(16)
        shoot(p, wid, img, 1)
    finally:
        H.kill_group(p)
    sc = Scene("g05", img, "Rhythmbox 3.4.6 (GTK3) music library, Browse view", "light (Adwaita)",
               "music_library", "9 FLAC files (flac -T tags, set lengths): 3 artists, 3 albums")
    mmss = lambda s: f"{s // 60}:{s % 60:02d}"
    sc.visible_text = "\n".join(f"{t['track']} {t['title']} {t['genre']} {t['artist']} {t['album']} {mmss(t['secs'])}"
                                for t in tracks) + " " + " ".join(a[0] for a in albums) + " 9 songs"
    longest = max(tracks, key=lambda t: t["secs"])
    shortest = min(tracks, key=lambda t: t["secs"])
    pick = r.choice(tracks)
    art = r.choice(albums)[0]
    big_album = max(albums, key=lambda a: sum(t["album"] == a[1] for t in tracks))[1]
    pj = r.choice([t for t in tracks if t is not pick])
    sc.q("longest song in the library?", longest["title"], "text", "argmax", True)
    sc.q(f"who sings {pick['title']}", pick["artist"], "person", "lookup", True)
    sc.q(f"how many tracks by {art} are there", sum(t["artist"] == art for t in tracks), "count", "count", True)
    sc.q(f"how long is {pj['title']}", mmss(pj["secs"]), "time", "lookup", True)
    sc.q("which album has the most songs", big_album, "text", "argmax", True)
    sc.q("what genre is the Night Freight album", "Rock", "text", "lookup", True)
    pc = r.choice(tracks)
    sc.q(f"is {pc['title']} under 4 minutes?", "yes" if pc["secs"] < 240 else "no", "yesno", "compare_less", False)
    return sc


# ---------------------------------------------------------------- g06 Xcas (FLTK) calculator
def g06_xcas(img):
    r = rng("g06")
    d, home = fresh("g06")
    fake = os.path.join(d, "fakebin")
    os.makedirs(fake)
    with open(os.path.join(fake, "firefox"), "w") as f:
        f.write("#!/bin/sh\nexit 0\n")
    os.chmod(os.path.join(fake, "firefox"), 0o755)
    a, b = r.randint(1200, 9800), r.randint(23, 97)
    n = r.randint(14, 19)
    g1 = r.randint(11, 29)
    m1, m2 = g1 * r.randint(31, 97), g1 * r.randint(31, 97)
    while math.gcd(m1, m2) != g1:
        m2 += g1
    base, ex, mod = r.randint(3, 9), r.randint(20, 40), r.choice([97, 101, 103, 107])
    exprs = [(f"{a}*{b}", a * b), (f"{n}!", math.factorial(n)), (f"gcd({m1},{m2})", g1),
             (f"powmod({base},{ex},{mod})", pow(base, ex, mod))]
    env = H.env_base(home, {"PATH": fake + ":" + os.environ["PATH"], "BROWSER": "true"})
    p = H.launch(["xcas"], env=env, log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="Xcas", timeout=40)
        time.sleep(10)
        for w in H.xdo("search", "--onlyvisible", "--pid", p.pid).split():
            if int(w) != wid:
                x, y, ww, hh = H.frame_geometry(int(w))
                if ww < 900:  # the syntax-choice dialog: right-most button is "Xcas"
                    H.click(x + ww - 35, y + hh - 25)
                    time.sleep(1)
        H.place(wid, 80, 40, 1000, 620)
        x, y, ww, hh = H.frame_geometry(wid)
        H.click(x + 400, y + 88)
        for e, _ in exprs:
            H.type_text(e, 60)
            H.xdo("key", "Return")
            time.sleep(4)
        shoot(p, wid, img, 3)
    finally:
        H.kill_group(p)
    sc = Scene("g06", img, "Xcas 1.9.0 (giac, FLTK)", "light (FLTK default)", "calculator",
               "4 commands typed: product, factorial, gcd, powmod")
    sc.visible_text = " ".join(f"{e} {v}" for e, v in exprs)
    sc.q(f"what's {a} times {b} according to this", a * b, "number", "lookup", True)
    sc.q(f"{n} factorial =", math.factorial(n), "number", "lookup", True)
    sc.q("result of the gcd line?", g1, "number", "lookup", True)
    sc.q("divide the product result by the gcd result, what do you get", f"{a * b / g1:.2f}".rstrip("0").rstrip("."),
         "number", "ratio", False)
    sc.q("what did powmod give", pow(base, ex, mod), "number", "lookup", True)
    thr = g1 + r.choice([-3, 4])
    sc.q(f"is the gcd result bigger than {thr}", "yes" if g1 > thr else "no", "yesno", "compare_more", False)
    return sc


# ---------------------------------------------------------------- g07 Sphinx docs in chromium --app
def g07_sphinx(img):
    r = rng("g07")
    d, home = fresh("g07")
    src = os.path.join(d, "docs")
    os.makedirs(src)
    version = f"{r.randint(2, 4)}.{r.randint(0, 9)}.{r.randint(1, 12)}"
    opts = [("--region", "eu-west", "Region the export is written to"),
            ("--workers", str(r.randint(2, 16)), "Parallel upload threads"),
            ("--retry", str(r.randint(2, 7)), "Attempts before a chunk is given up"),
            ("--chunk-mb", str(r.choice([8, 16, 32, 64])), "Size of one upload chunk in MB"),
            ("--timeout", f"{r.choice([30, 45, 60, 90])}s", "Per-request timeout"),
            ("--verify", "off", "Re-read every chunk after upload"),
            ("--log-level", "info", "One of debug, info, warning, error")]
    r.shuffle(opts)
    table = ["   * - Option", "     - Default", "     - Meaning"]
    for o, dflt, m in opts:
        table += [f"   * - ``{o}``", f"     - {dflt}", f"     - {m}"]
    with open(os.path.join(src, "conf.py"), "w") as f:
        f.write(f"project = 'Stowaway'\ncopyright = '2026, Stowaway contributors'\nversion = '{version}'\n"
                f"release = '{version}'\nhtml_theme = 'alabaster'\nextensions = []\n"
                "html_theme_options = {'description': 'chunked backups to object storage'}\n")
    with open(os.path.join(src, "index.rst"), "w") as f:
        f.write("Stowaway\n========\n\n.. toctree::\n   :maxdepth: 1\n\n   cli\n   changelog\n")
    with open(os.path.join(src, "cli.rst"), "w") as f:
        f.write("Command-line options\n====================\n\n"
                "Every option of ``stowaway push`` with its default value.\n\n"
                ".. list-table::\n   :header-rows: 1\n   :widths: 20 15 65\n\n" + "\n".join(table) +
                "\n\n.. note::\n   Options given on the command line win over the config file.\n")
    with open(os.path.join(src, "changelog.rst"), "w") as f:
        f.write("Changelog\n=========\n\nSee the release notes.\n")
    out = os.path.join(d, "html")
    subprocess.run(["sphinx-build", "-q", "-b", "html", src, out], check=True, capture_output=True,
                   env=dict(os.environ, HOME=home, SOURCE_DATE_EPOCH="1776000000"))
    html = open(os.path.join(out, "cli.html")).read()
    prof = os.path.join(d, "chrome")
    p = H.launch(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--no-default-browser-check",
                  "--disable-gpu", "--password-store=basic", "--force-device-scale-factor=1",
                  f"--user-data-dir={prof}", "--window-size=1180,760", "--window-position=40,20",
                  f"--app=file://{out}/cli.html"], env=H.env_base(home), log=os.path.join(d, "app.log"))
    try:
        wid = H.find_window(name="Command-line options", timeout=60)
        shoot(p, wid, img, 3)
    finally:
        H.kill_group(p)
    sc = Scene("g07", img, "Sphinx 5.3 HTML docs (alabaster) in chromium --app", "light", "web_app",
               "'Command-line options' page of a generated project: 7 options with defaults, version in the window title")
    sc.visible_text = html
    assert version in html
    dd = {o: dflt for o, dflt, m in opts}
    pick = r.choice([o for o, _, _ in opts if o not in ("--verify",)])
    sc.q("what version of stowaway are these docs for", version, "version", "version", True)
    sc.q(f"default for {pick}?", dd[pick], "text", "cell", True)
    sc.q("is verify on by default", "no", "yesno", "state_yesno", False)
    sc.q("page heading", "Command-line options", "text", "title", True)
    sc.q("how many options are listed in the table", len(opts), "count", "count", False)
    sc.q("what does --retry do", [m for o, _, m in opts if o == "--retry"][0], "text", "lookup", True)
    sc.q("which option is listed last", opts[-1][0], "text", "nth", True)
    return sc


def run_home(kind, spec, name, d, home, title, geom=None, settle=2.0):
    sp = os.path.join(d, "spec.json")
    with open(sp, "w") as f:
        json.dump(spec, f)
    p = H.launch(["/usr/bin/python3", os.path.join(HERE, "apps_home.py"), kind, sp], env=H.env_base(home),
                 log=os.path.join(d, "app.log"))
    return p


# ---------------------------------------------------------------- g08 home-made GTK3 settings
def g08_gtk_settings(img):
    r = rng("g08")
    d, home = fresh("g08")
    sw_names = ["Start backup on login", "Back up over metered connections", "Show notifications",
                "Encrypt archives"]
    sw = [(n, r.random() < 0.5) for n in sw_names]
    sw[0] = (sw[0][0], True)
    sw[1] = (sw[1][0], False)
    ck_names = ["Documents", "Pictures", "Music", "Videos", "Downloads", "Desktop"]
    ck = [(n, r.random() < 0.55) for n in ck_names]
    radios = ["Every hour", "Every day", "Every week", "Only when asked"]
    ron = r.choice(radios[:3])
    combo = ["Keep 7 days", "Keep 30 days", "Keep 90 days", "Keep forever"]
    con = r.choice(combo)
    spin = r.randint(5, 60) * 10
    spec = dict(title="Lifeboat Backup — Preferences", heading="Backup preferences", switches=sw,
                check_title="Folders to back up", checks=ck, radio_title="Schedule", radios=radios,
                radio_on=ron, combo_label="Old backups:", combo_opts=combo, combo_on=con,
                spin_label="Size limit (GB):", spin_value=spin,
                status=f"Last backup: 3 April 2026, 21:40 — {r.randint(1200, 9800)} files",
                buttons=["Close", "Back Up Now", "Restore…"])
    p = run_home("gtk_settings", spec, "g08", d, home, spec["title"])
    try:
        wid = H.find_window(name="Lifeboat Backup", timeout=30)
        H.place(wid, 200, 60, 700, 600)
        shoot(p, wid, img, 1.5)
    finally:
        H.kill_group(p)
    sc = Scene("g08", img, "home-made GTK3 window (python3-gi)", "light (Adwaita)", "settings_dialog",
               "4 switches, 6 folder checkboxes, 4 schedule radios, combo, spin, status line, 3 buttons")
    sc.visible_text = json.dumps(spec, ensure_ascii=False)
    checked = [n for n, on in ck if on]
    unchecked = [n for n, on in ck if not on]
    s_pick = r.choice(sw[2:])
    sc.q("which schedule is selected?", ron, "text", "selected", True)
    sc.q("is 'back up over metered connections' turned on", "no", "yesno", "state_yesno", False)
    sc.q(f"{s_pick[0].lower()} - on or off?", "on" if s_pick[1] else "off", "text", "state_yesno", False)
    sc.q("which folders are ticked", "; ".join(checked), "text", "selected", True)
    sc.q("what is the size limit set to", spin, "number", "lookup", True)
    other = r.choice([x for x in radios if x != ron])
    o1, o2 = sorted([ron, other])
    sc.q(f"is it set to {o1.lower()} or {o2.lower()}?", ron, "text", "choice", True)
    sc.q("where do I click to run a backup right away", "Back Up Now", "text", "locate", True)
    return sc


# ---------------------------------------------------------------- g09 home-made Tk progress dialog
def g09_tk_progress(img):
    r = rng("g09")
    d, home = fresh("g09")
    total = r.randint(180, 640)
    done = r.randint(int(total * 0.2), int(total * 0.8))
    pct = round(100 * done / total)
    mb_s = round(r.uniform(1.5, 9.5), 1)
    left = r.randint(2, 19)
    fname = f"IMG_{r.randint(1000, 9999)}.JPG"
    spec = dict(title="Uploading to Shared Album", heading="Uploading “Canal walk, March” to the family album",
                current=f"Now sending {fname}", total=total, done=done,
                counter=f"{done} of {total} photos uploaded ({pct}%)",
                speed=f"{mb_s} MB/s — about {left} minutes left",
                check="Shut down the computer when finished", check_on=r.random() < 0.5,
                buttons=["Cancel", "Pause", "Hide"])
    p = run_home("tk_progress", spec, "g09", d, home, spec["title"])
    try:
        wid = H.find_window(name="Uploading to Shared Album", timeout=30)
        H.place(wid, 300, 200, 600, 320)
        shoot(p, wid, img, 1.5)
    finally:
        H.kill_group(p)
    sc = Scene("g09", img, "home-made Tk/ttk progress dialog ('alt' theme)", "light (ttk alt)", "progress_dialog",
               "upload n of N photos, bar, %, speed/ETA, checkbox, 3 buttons")
    sc.visible_text = json.dumps(spec, ensure_ascii=False)
    sc.q("how far along is the upload (percent)", f"{pct}%", "percent", "lookup", True)
    sc.q("photos still to go?", total - done, "count", "subtract", False)
    sc.q("which file is being sent right now", fname, "text", "read", True)
    sc.q("will it shut down the computer when it's done?", "yes" if spec["check_on"] else "no", "yesno",
         "state_yesno", False)
    sc.q("what buttons does this dialog have", "Hide; Pause; Cancel", "text", "read", True)
    sc.q("upload speed", f"{mb_s} MB/s", "text", "lookup", True)
    return sc


# ---------------------------------------------------------------- g10 home-made PyQt5 table with selection
def g10_qt_table(img):
    r = rng("g10")
    d, home = fresh("g10")
    names = ["Hollis Tran", "Greta Paulsen", "Idris Mensah", "Yuki Mori", "Chiara Conti", "Elias Brandt",
             "Noor Haddad", "Pablo Reyes", "Sunniva Berg", "Tomas Novak"]
    r.shuffle(names)
    rooms = ["Willow", "Birch", "Cedar", "Maple"]
    rows = []
    for i, n in enumerate(names):
        day = dt.date(2026, 5, 4) + dt.timedelta(days=r.randint(0, 11))
        nights = r.randint(1, 6)
        rate = r.choice([89, 95, 110, 125, 140])
        rows.append([f"BK-{4100 + i * 7 + r.randint(0, 6)}", n, r.choice(rooms), day.strftime("%Y-%m-%d"), nights,
                     f"€{rate * nights:,}", r.choice(["Paid", "Deposit", "Unpaid"])])
    sel = r.randint(2, 7)
    tot0 = [int(row[5][1:].replace(",", "")) for row in rows]
    if tot0[sel] == max(tot0):
        sel += 1
    spec = dict(title="Guesthouse bookings — May 2026", actions=["New booking", "Check in", "Cancel booking",
                                                                 "Export…"],
                cols=["Booking", "Guest", "Room", "Arrival", "Nights", "Total", "Status"], rows=rows,
                right=[4, 5], selected=sel, status=f"{len(rows)} bookings")
    p = run_home("qt_table", spec, "g10", d, home, spec["title"])
    try:
        wid = H.find_window(name="Guesthouse bookings", timeout=30)
        H.place(wid, 120, 60, 900, 500)
        shoot(p, wid, img, 1.5)
    finally:
        H.kill_group(p)
    sc = Scene("g10", img, "home-made PyQt5 QMainWindow + QTableWidget (Fusion)", "light (Fusion)", "table_app",
               "10 guesthouse bookings, one selected row, toolbar, status bar")
    sc.visible_text = json.dumps(spec, ensure_ascii=False)
    tot = {row[1]: int(row[5][1:].replace(",", "")) for row in rows}
    nights = {row[1]: row[4] for row in rows}
    most = max(tot, key=tot.get)
    assert list(tot.values()).count(tot[most]) == 1
    unpaid = [row for row in rows if row[6] == "Unpaid"]
    first_arr = min(rows, key=lambda row: (row[3], row[0]))
    assert [row[3] for row in rows].count(first_arr[3]) == 1 or True
    g = r.choice([row for row in rows if row is not rows[sel]])
    ga, gb = r.sample(names, 2)
    while nights[ga] == nights[gb]:
        ga, gb = r.sample(names, 2)
    sc.q("which guest is selected", rows[sel][1], "person", "selected", True)
    sc.q(f"what room is {g[1]} in", g[2], "text", "cell", True)
    sc.q("who has the most expensive booking", most, "person", "argmax", True)
    sc.q("how many bookings are unpaid", len(unpaid), "count", "count", False)
    sc.q(f"who stays longer, {ga} or {gb}?", ga if nights[ga] > nights[gb] else gb, "person", "choice_more", True)
    sc.q(f"the selected booking's total", rows[sel][5], "money", "cell", True)
    rr = rows[(sel + 3) % len(rows)]
    sc.q(f"what does {rr[1]} pay per night", f"€{int(rr[5][1:].replace(',', '')) // rr[4]}", "money", "rate", False)
    return sc


SCENES = [
    ("g01", "g01_lxqt_archiver", g01_archiver),
    ("g02", "g02_codelite_ringbuf", g02_codelite),
    ("g03", "g03_xdvi_report", g03_xdvi),
    ("g04", "g04_kolourpaint_chart", g04_kolourpaint),
    ("g05", "g05_rhythmbox_library", g05_rhythmbox),
    ("g06", "g06_xcas_calc", g06_xcas),
    ("g07", "g07_sphinx_docs", g07_sphinx),
    ("g08", "g08_gtk_backup_prefs", g08_gtk_settings),
    ("g09", "g09_tk_upload_progress", g09_tk_progress),
    ("g10", "g10_qt_bookings", g10_qt_table),
]


# ---------------------------------------------------------------- g11 QuiteRSS news reader on a local feed
def g11_quiterss(img):
    r = rng("g11")
    d, home = fresh("g11")
    www = os.path.join(d, "www")
    os.makedirs(www)
    authors = ["Lena Ruiz", "Tobias Engel", "Farah Qadri", "Owen Pryce"]
    cats = ["Transport", "Planning", "Culture", "Environment"]
    titles = ["Ferry timetable changes from May", "Library opening hours extended", "New cycle lane on Quay Street",
              "Harbour wall repairs start Monday", "Summer festival line-up announced", "Beach clean-up volunteers wanted",
              "Bus route 7 diverted during roadworks", "Planning consultation for the old mill",
              "Recycling centre to close for a day", "Lifeboat station open day"]
    r.shuffle(titles)
    items = []
    t = dt.datetime(2026, 3, 28, 8, 0)
    for i, ttl in enumerate(titles[:9]):
        t += dt.timedelta(days=r.randint(1, 2), hours=r.randint(0, 8), minutes=r.randint(0, 59))
        items.append(dict(title=ttl, author=r.choice(authors), cat=r.choice(cats), date=t,
                          body=f"{ttl}. More details are on the council website."))
    ch = os.path.join(www, "feed.xml")
    with open(ch, "w") as f:
        f.write('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>\n'
                "<title>Harbour Town Council News</title><link>http://127.0.0.1:8797/</link>"
                "<description>News from the council</description>\n")
        for i, it in enumerate(items):
            f.write(f"<item><title>{it['title']}</title><link>http://127.0.0.1:8797/n{i}</link>"
                    f"<guid>s27-news-{i}</guid><pubDate>{it['date'].strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>"
                    f"<dc:creator>{it['author']}</dc:creator><category>{it['cat']}</category>"
                    f"<description>{it['body']}</description></item>\n")
        f.write("</channel></rss>\n")
    srv = H.launch(["/usr/bin/python3", "-m", "http.server", "8797", "--bind", "127.0.0.1"], cwd=www,
                   log=os.path.join(d, "srv.log"))
    p = H.launch(["quiterss"], env=H.env_base(home), log=os.path.join(d, "app.log"))
    order = sorted(items, key=lambda it: it["date"], reverse=True)
    sel_i = r.randint(1, 4)
    try:
        wid = H.find_window(name="QuiteRSS", timeout=40)
        H.place(wid, 40, 20, 1200, 740)
        time.sleep(2)
        H.xdo("key", "ctrl+n")
        H.find_window(name="Add Feed", timeout=15)
        time.sleep(1)
        H.xdo("key", "ctrl+a")
        H.type_text("http://127.0.0.1:8797/feed.xml")
        time.sleep(0.5)
        H.xdo("key", "Return")
        time.sleep(5)
        H.xdo("key", "Return")
        time.sleep(4)
        x, y, w, h = H.frame_geometry(wid)
        # widen the Title column: drag its right border in the header
        H.xdo("mousemove", "--sync", x + 452, y + 89)
        H.xdo("mousedown", 1)
        H.xdo("mousemove", "--sync", x + 560, y + 89)
        H.xdo("mousemove", "--sync", x + 640, y + 89)
        H.xdo("mouseup", 1)
        time.sleep(1)
        # widen the Author column the same way (its right border moved by +188)
        H.xdo("mousemove", "--sync", x + 818, y + 89)
        H.xdo("mousedown", 1)
        H.xdo("mousemove", "--sync", x + 850, y + 89)
        H.xdo("mousemove", "--sync", x + 870, y + 89)
        H.xdo("mouseup", 1)
        time.sleep(1)
        # pull the splitter under the list down so that all nine rows show
        H.xdo("mousemove", "--sync", x + 700, y + 235)
        H.xdo("mousedown", 1)
        H.xdo("mousemove", "--sync", x + 700, y + 350)
        H.xdo("mousemove", "--sync", x + 700, y + 460)
        H.xdo("mouseup", 1)
        time.sleep(1)
        # open one item (rows are 20 px apart, first row at y+113)
        H.click(x + 400, y + 113 + 20 * sel_i)
        time.sleep(4)
        shoot(p, wid, img, 2)
    finally:
        H.kill_group(p)
        H.kill_group(srv)
    sc = Scene("g11", img, "QuiteRSS 0.19.4 (Qt5) feed reader", "light", "mail",
               "local RSS feed (python http.server) with 9 council news items: authors, categories, dates; "
               "one item opened")
    sc.visible_text = "\n".join(f"{it['title']} {it['author']} {it['cat']} {it['date'].strftime('%d.%m.%y')}"
                                for it in items) + "\nHarbour Town Council News Unread: 8 All: 9"
    sel = order[sel_i]
    pick = r.choice([it for it in items if it is not sel])
    cat = r.choice(cats)
    by_author = {a: sum(it["author"] == a for it in items) for a in authors}
    top = max(by_author, key=by_author.get)
    assert list(by_author.values()).count(by_author[top]) == 1
    pd = r.choice([it for it in items if it is not sel and it is not pick])
    sc.q("which news item is open", sel["title"], "text", "selected", True)
    sc.q(f"who wrote \"{pick['title']}\"", pick["author"], "person", "party", True)
    sc.q(f"how many posts are filed under {cat}", sum(it["cat"] == cat for it in items), "count", "count", False)
    sc.q("what's the latest headline in this feed?", order[0]["title"], "text", "latest", True)
    sc.q(f"when was '{pd['title']}' published", pd["date"].strftime("%d.%m.%y"), "date", "lookup", True)
    sc.q("which author has the most posts", top, "person", "argmax", False)
    sc.q("unread count?", len(items) - 1, "count", "count", True)
    return sc


SCENES.append(("g11", "g11_quiterss_news", g11_quiterss))
