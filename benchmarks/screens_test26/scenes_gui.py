"""The GUI windows of screens_test26 (real Debian apps + three home-made windows)."""
import datetime as dt
import json
import os
import subprocess
import time

import harness as H
from common import IMG, SCRATCH, Scene, rng_for, scene_dir, set_mtime

HERE = os.path.dirname(os.path.abspath(__file__))


def run_app(sc, cmd, home, win, find, actions=None, settle=2.0, extra_env=None, cwd=None, log=None,
            after_find=3.0):
    p = H.launch(cmd, home, extra_env=extra_env, cwd=cwd, log=log)
    try:
        wid = H.find_window(timeout=90, **find)
        time.sleep(after_find)
        wid = H.find_window(timeout=10, **find)
        x, y, w, h = win
        H.place(wid, x, y, w, h)
        if actions:
            actions(wid)
        H.capture(wid, os.path.join(IMG, sc.name + ".png"), settle=settle)
    finally:
        H.kill_group(p)
    return p


def human_kib(n):
    return n


# ---------------------------------------------------------------- g01 kfind
def g01_kfind():
    name = "g01_kfind_invoices"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    base = os.path.join(home, "Invoices")
    os.makedirs(os.path.join(base, "2025"))
    os.makedirs(os.path.join(base, "credit-notes"))
    pool = ["INV-2026-0101.pdf", "INV-2026-0114.pdf", "INV-2026-0123.pdf", "INV-2026-0138.pdf",
            "INV-2026-0142.pdf", "INV-2026-0157.pdf", "supplier_list.ods", "payment_runs.csv"]
    files = {}
    for n in pool:
        files[n] = ""
    for n in ["INV-2025-1187.pdf", "INV-2025-1203.pdf"]:
        files[n] = "2025"
    files["CN-2026-004.pdf"] = "credit-notes"
    sizes, mt = {}, {}
    used = set()
    for n in sorted(files):
        while True:
            s = r.randint(18000, 640000)
            if all(abs(s - u) > 8000 for u in used):
                break
        used.add(s)
        sizes[n] = s
    mins = r.sample(range(0, 90 * 24 * 60, 11), len(files))
    for n, m in zip(sorted(files), mins):
        mt[n] = dt.datetime(2026, 1, 8, 8, 0) + dt.timedelta(minutes=m)
        p = os.path.join(base, files[n], n)
        with open(p, "wb") as fh:
            fh.truncate(sizes[n])
        set_mtime(p, mt[n])
    for sd, days in (("2025", 2), ("credit-notes", 9)):
        set_mtime(os.path.join(base, sd), dt.datetime(2026, 1, 2 + days, 10, 0))
    sc = Scene(name, "KFind 22.12 (KDE/Qt5) file search, results list", "light (Breeze)", "file_manager",
               "search of ~/Invoices (11 files with set sizes/mtimes in 3 folders), results in detail columns")

    def act(wid):
        H.key("Return", delay=4)

    run_app(sc, ["kfind", base], home, (40, 40, 1120, 640), dict(name="Find Files"), actions=act,
            extra_env={"QT_QPA_PLATFORMTHEME": ""})
    sc.drawn = "\n".join(list(files) + list(files.values()) + ["%d items found" % (len(files) + 2)] +
                         [mt[n].strftime("%A, %-d %B %Y") for n in files])
    names = sorted(files)
    big = max(names, key=sizes.get)
    newest = max(names, key=mt.get)
    inv26 = sum(1 for n in names if n.startswith("INV-2026"))
    sc.q("which file is the largest", big, "text", "argmax", True)
    sc.q("newest file by modified date?", newest, "text", "latest", True)
    sc.q("how many 2026 invoices (INV-2026) did it find", inv26, "count", "count", False)
    sc.q("which subfolder is CN-2026-004.pdf in", "credit-notes", "text", "lookup", True)
    sc.q("how many items were found", len(files) + 2, "count", "count", True)
    dq = r.choice(names)
    sc.q("when was %s modified" % dq, mt[dq].strftime("%A, %-d %B %Y"), "date", "lookup", True)
    sc.q("how many files are in the 2025 folder", sum(1 for n in names if files[n] == "2025"), "count", "count",
         False)
    sc.sizes, sc.mt = sizes, mt
    return sc




# ---------------------------------------------------------------- g02 xvile (Athena)
def g02_xvile():
    name = "g02_xvile_config"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    port = r.choice([8081, 8443, 9090, 7070])
    workers = r.randint(3, 12)
    retries = r.randint(2, 6)
    tz = r.choice(["Pacific/Auckland", "Europe/Lisbon", "America/Halifax"])
    level = r.choice(["info", "warning", "debug"])
    sections = ["server", "database", "queue", "logging", "mail"]
    txt = """; harbour-ops service configuration
; maintained by ops@kestrel.dev

[server]
host = 0.0.0.0
port = %d
workers = %d
timezone = %s

[database]
url = postgresql://harbour@db01.kestrel.lan/harbour
pool_size = %d
timeout_s = %d

[queue]
broker = redis://cache01.kestrel.lan:6379/2
retries = %d
backoff_s = %d

[logging]
level = %s
file = /var/log/harbour/ops.log
rotate_mb = %d

[mail]
smtp_host = smtp.kestrel.lan
sender = noreply@kestrel.dev
enabled = %s
""" % (port, workers, tz, r.randint(5, 30), r.choice([10, 15, 30, 45]), retries, r.choice([2, 5, 10]), level,
       r.choice([50, 100, 200]), r.choice(["true", "false"]))
    f = os.path.join(home, "harbour-ops.ini")
    open(f, "w").write(txt)
    sc = Scene(name, "xvile 9.8 (vile editor, X11 Athena/Xaw build)", "light (default)", "code_editor",
               "harbour-ops.ini: 5 sections, ~25 lines")
    run_app(sc, ["xvile", "-geometry", "86x34", f], home, (60, 30, 760, 700), dict(cls="XVile"))
    sc.drawn = txt + "\nharbour-ops.ini"
    vals = dict(l.split(" = ", 1) for l in txt.splitlines() if " = " in l)
    sc.q("what port is the server set to", port, "number", "lookup", True)
    sc.q("retries in the queue section?", retries, "number", "lookup", True)
    sc.q("how many sections does this ini have", len(sections), "count", "count", False)
    sc.q("log level", level, "text", "lookup", True)
    sc.q("is mail enabled?", "yes" if vals["enabled"] == "true" else "no", "yesno", "state_yesno", False)
    sc.q("which file is open in the editor", "harbour-ops.ini", "text", "title", True)
    return sc


# ---------------------------------------------------------------- g03 kile (line numbers)
def g03_kile():
    name = "g03_kile_report"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    secs = r.sample(["Fleet status", "Fuel costs", "Passenger numbers", "Maintenance backlog",
                     "Crew training", "Outlook"], 5)
    body = ["\\documentclass[11pt]{article}", "\\usepackage[margin=2.5cm]{geometry}", "",
            "\\title{Kestrel Bay Ferries: Q1 Operations Review}", "\\author{Priya Raman}", "\\date{14 April 2026}",
            "", "\\begin{document}", "\\maketitle", ""]
    starts = {}
    for s in secs:
        starts[s] = len(body) + 1
        body.append("\\section{%s}" % s)
        body.append("Figures for %s go here." % s.lower())
        body.append("")
    body.append("\\end{document}")
    f = os.path.join(home, "q1_review.tex")
    open(f, "w").write("\n".join(body) + "\n")
    sc = Scene(name, "Kile 2.9.93 (KDE/Qt5 LaTeX editor), line numbers + live preview", "light (Breeze)",
               "code_editor", "q1_review.tex: title, author, date, 5 sections")
    os.makedirs(os.path.join(home, ".config"), exist_ok=True)
    open(os.path.join(home, ".config", "kilerc"), "w").write(
        "[General]\nSystemCheckLastVersionRunForAtStartUp=2.9.93\nShowSplashScreen=false\n"
        "[Tip]\nRunOnStart=false\n")
    p = H.launch(["kile", f], home)
    try:
        H.find_window(cls="kile", timeout=90)
        time.sleep(4)
        for _ in range(3):
            if H.xdo("search", "--onlyvisible", "--name", "System Check"):
                H.key("Escape", delay=2)
        wid = H.find_window(name="q1_review", timeout=60)
        time.sleep(3)
        H.place(wid, 20, 20, 1200, 760)
        H.capture(wid, os.path.join(IMG, sc.name + ".png"), settle=3)
    finally:
        H.kill_group(p)
    sc.drawn = "\n".join(body)
    s1, s2 = r.sample(secs, 2)
    sc.q("what line does the \\section{%s} start on" % s1, starts[s1], "number", "lookup", False)
    sc.q("how many sections are in this document", len(secs), "count", "count", False)
    sc.q("who is the author", "Priya Raman", "person", "party", True)
    sc.q("which section comes right after '%s'?" % secs[2], secs[3], "text", "next", True)
    sc.q("last section of the report?", secs[-1], "text", "nth", True)
    sc.q("what's the document title", "Kestrel Bay Ferries: Q1 Operations Review", "text", "title", True)
    return sc


# ---------------------------------------------------------------- g04 krop (PDF)
def g04_krop():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    name = "g04_krop_quote"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    items = r.sample([("Hull cleaning, MV Tern", 1), ("Anti-fouling paint (20 L)", 3), ("Propeller polish", 1),
                      ("Anode replacement set", 4), ("Bilge pump service", 2), ("Safety rail welding (m)", 6),
                      ("Navigation light unit", 2)], 5)
    lines = []
    for desc, qty in items:
        unit = r.randint(45, 900) + r.choice([0, 0.5])
        lines.append((desc, qty, unit, qty * unit))
    sub = sum(l[3] for l in lines)
    vat = round(sub * 0.15, 2)
    total = round(sub + vat, 2)
    qno = "Q-2026-%04d" % r.randint(300, 999)
    customer = "Kestrel Bay Ferries Ltd"
    valid = "31 May 2026"
    npages = 3
    pdf = os.path.join(home, "%s.pdf" % qno)
    drawn = []
    with PdfPages(pdf) as pp:
        fig = plt.figure(figsize=(8.27, 11.69))
        t = fig.text
        t(0.08, 0.93, "Slipway & Co. Marine Services", fontsize=17, weight="bold")
        t(0.08, 0.905, "Dock Road 4, Kestrel Quay", fontsize=10)
        t(0.62, 0.93, "QUOTATION", fontsize=17, weight="bold")
        t(0.62, 0.905, "No. %s" % qno, fontsize=11)
        t(0.62, 0.885, "Valid until: %s" % valid, fontsize=11)
        t(0.08, 0.84, "Prepared for:", fontsize=10)
        t(0.08, 0.82, customer, fontsize=12, weight="bold")
        y = 0.75
        for hx, hd in [(0.08, "Description"), (0.56, "Qty"), (0.66, "Unit price"), (0.82, "Amount")]:
            t(hx, y, hd, fontsize=11, weight="bold")
        for desc, qty, unit, amt in lines:
            y -= 0.035
            t(0.08, y, desc, fontsize=11)
            t(0.56, y, str(qty), fontsize=11)
            t(0.66, y, "%.2f" % unit, fontsize=11)
            t(0.82, y, "%.2f" % amt, fontsize=11)
            drawn += [desc, "%.2f" % unit, "%.2f" % amt]
        y -= 0.06
        for lab, v in [("Subtotal", sub), ("VAT 15%", vat), ("Total NZD", total)]:
            t(0.62, y, lab, fontsize=11, weight="bold" if lab.startswith("Total") else "normal")
            t(0.82, y, "%.2f" % v, fontsize=11, weight="bold" if lab.startswith("Total") else "normal")
            drawn += ["%.2f" % v]
            y -= 0.03
        t(0.08, 0.08, "Page 1 of %d" % npages, fontsize=9)
        pp.savefig(fig)
        plt.close(fig)
        for pg in range(2, npages + 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.text(0.08, 0.93, ["", "", "Terms and conditions", "Scope of work"][pg], fontsize=15)
            for k in range(12):
                fig.text(0.08, 0.88 - k * 0.03, "%d.%d  Clause text for the quotation %s." % (pg, k + 1, qno),
                         fontsize=10)
            fig.text(0.08, 0.08, "Page %d of %d" % (pg, npages), fontsize=9)
            pp.savefig(fig)
            plt.close(fig)
    sc = Scene(name, "krop 0.6 (PyQt5 PDF cropping tool, poppler viewer)", "light", "document_viewer",
               "3-page matplotlib quotation PDF, page 1 shown")
    run_app(sc, ["krop", pdf], home, (30, 20, 1100, 770), dict(name="krop"), after_find=4)
    sc.drawn = "\n".join(drawn + [qno, customer, valid, "%d" % npages, "Slipway & Co. Marine Services"])
    big = max(lines, key=lambda l: l[3])
    sc.q("what's the total on this quote", "%.2f" % total, "money", "lookup", True)
    sc.q("how many pages does the pdf have", npages, "count", "count", True)
    sc.q("which line item costs the most?", big[0], "text", "argmax", True)
    sc.q("quote number?", qno, "code", "lookup", True)
    sc.q("who is the quote addressed to", customer, "person", "party", True)
    sc.q("vat amount", "%.2f" % vat, "money", "lookup", True)
    return sc


# ---------------------------------------------------------------- g05 ephoto (chart)
def g05_ephoto():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    name = "g05_ephoto_chart"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    months = ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr"]
    vals = [r.randint(18, 95) * 10 for _ in months]
    while len(set(vals)) < len(vals):
        vals = [r.randint(18, 95) * 10 for _ in months]
    labelled = set(r.sample(range(len(months)), 3))
    fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
    colors = ["#2a7fb8"] * len(months)
    bars = ax.bar(months, vals, color=colors)
    for i, b in enumerate(bars):
        if i in labelled:
            ax.text(b.get_x() + b.get_width() / 2, vals[i] + 12, str(vals[i]), ha="center", fontsize=11)
    ax.set_title("Gull Island ferry: bikes carried per month", fontsize=14)
    ax.set_ylabel("bikes")
    ax.set_ylim(0, 1050)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    png = os.path.join(home, "bikes_per_month.png")
    fig.savefig(png)
    plt.close(fig)
    sc = Scene(name, "ephoto 1.6 (EFL image viewer)", "dark (EFL default)", "image_viewer_chart",
               "matplotlib bar chart of 7 months, 3 bars labelled")
    run_app(sc, ["ephoto", png], home, (40, 20, 1000, 720), dict(name="ephoto|Ephoto|bikes"), after_find=4,
            actions=lambda wid: (H.xdo("mousemove", "--window", wid, 120, 660), H.xdo("click", "1"),
                                 time.sleep(1.5), H.xdo("mousemove", "--window", wid, 600, 40)))
    sc.drawn = "\n".join(months + [str(vals[i]) for i in labelled] + ["Gull Island ferry: bikes carried per month"])
    unl = [i for i in range(len(months)) if i not in labelled]
    u = r.choice(unl)
    lab = r.choice(sorted(labelled))
    a, b = r.sample(range(len(months)), 2)
    sc.q("which month had the most bikes", months[vals.index(max(vals))], "text", "argmax", True)
    sc.q("lowest month?", months[vals.index(min(vals))], "text", "argmin", True)
    sc.q("about how many bikes were carried in %s" % months[u], vals[u], "approx", "chart_value", False)
    sc.q("what value is shown for %s" % months[lab], vals[lab], "number", "chart_value", True)
    sc.q("were more bikes carried in %s than in %s?" % (months[a], months[b]),
         "yes" if vals[a] > vals[b] else "no", "yesno", "compare_more", False)
    sc.q("chart title", "Gull Island ferry: bikes carried per month", "text", "title", True)
    return sc



# ---------------------------------------------------------------- g06 wxMaxima (calculator)
def g06_wxmaxima():
    import math
    name = "g06_wxmaxima_calc"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    a, b = r.randint(1200, 9800), r.randint(300, 990)
    n = r.randint(14, 19)
    e = r.randint(33, 45)
    g1, g2 = r.randint(2, 40) * 36, r.randint(2, 40) * 48
    m = r.randint(20, 60)
    exprs = [("%d*%d;" % (a, b), a * b), ("%d!;" % n, math.factorial(n)), ("2^%d;" % e, 2 ** e),
             ("gcd(%d, %d);" % (g1, g2), math.gcd(g1, g2)), ("sum(k^2, k, 1, %d);" % m,
                                                            sum(k * k for k in range(1, m + 1)))]
    wxm = ["/* [wxMaxima batch file version 1] [ DO NOT EDIT BY HAND! ]*/",
           "/* [ Created with wxMaxima version 22.12.0 ] */"]
    for ex, _ in exprs:
        wxm += ["/* [wxMaxima: input   start ] */", ex, "/* [wxMaxima: input   end   ] */", ""]
    f = os.path.join(home, "harbour_sums.wxm")
    open(f, "w").write("\n".join(wxm) + "\n")
    sc = Scene(name, "wxMaxima 22.12 (wxWidgets/GTK3) + Maxima 5.46", "light", "calculator",
               "5 input cells (product, factorial, power, gcd, sum of squares) evaluated with Ctrl+R")

    def act(wid):
        time.sleep(6)
        H.xdo("windowactivate", "--sync", wid)
        H.key("ctrl+r", delay=8)

    run_app(sc, ["wxmaxima", f], home, (30, 20, 1000, 740), dict(name="wxMaxima"), actions=act, after_find=5,
            settle=3)
    sc.drawn = "\n".join("%s %d" % (ex, v) for ex, v in exprs)
    sc.q("what does %s come out to" % exprs[0][0].rstrip(";"), exprs[0][1], "number", "lookup", True)
    sc.q("%s = ?" % exprs[1][0].rstrip(";"), exprs[1][1], "number", "lookup", True)
    sc.q("result for 2^%d" % e, exprs[2][1], "number", "lookup", True)
    sc.q("what gcd did maxima get", exprs[3][1], "number", "lookup", True)
    sc.q("what's the last output", exprs[4][1], "number", "nth", True)
    return sc


# ---------------------------------------------------------------- g07 JuK (music library)
def g07_juk():
    import wave
    name = "g07_juk_music"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    music = os.path.join(home, "Music")
    os.makedirs(music)
    titles = ["Low Tide Lanterns", "Gull Island Reel", "Ferry at Dawn", "Salt and Cedar", "Harbour Lights",
              "The Long Pontoon", "North Wind Waltz", "Quayside Blues", "Cranmoor Road", "Ebb"]
    artists = ["The Brine Shrimps", "Maren Holt", "Ocean Road Trio"]
    albums = {"The Brine Shrimps": "Tidewater", "Maren Holt": "Lantern Songs", "Ocean Road Trio": "Crossings"}
    tracks = []
    lens = r.sample(range(95, 340), 8)
    for i, t in enumerate(r.sample(titles, 8)):
        ar = r.choice(artists)
        tracks.append(dict(title=t, artist=ar, album=albums[ar], secs=lens[i], year=r.choice([2019, 2021, 2023]),
                           no=i + 1))
    for t in tracks:
        wav = os.path.join(d, "tmp.wav")
        with wave.open(wav, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\x00\x00" * 8000 * t["secs"])
        fn = os.path.join(music, "%02d %s.flac" % (t["no"], t["title"]))
        subprocess.run(["flac", "-s", "-f", "-o", fn, "-T", "TITLE=" + t["title"], "-T", "ARTIST=" + t["artist"],
                        "-T", "ALBUM=" + t["album"], "-T", "DATE=%d" % t["year"], "-T", "TRACKNUMBER=%d" % t["no"],
                        wav], check=True)
        os.remove(wav)
    files = sorted(os.path.join(music, x) for x in os.listdir(music))
    sc = Scene(name, "JuK 22.12 (KDE/Qt5 music player), collection list", "light (Breeze)", "music_library",
               "8 FLAC files (flac -T tags, set lengths) in ~/Music, picked up by the first-run Folder List scan (OK pressed)")
    p = H.launch(["juk"], home)
    try:
        H.find_window(cls="juk", timeout=90, min_w=300)
        time.sleep(3)
        if H.xdo("search", "--onlyvisible", "--name", "Folder List"):
            H.key("Return", delay=6)
        wid = H.find_window(cls="juk", timeout=60, min_w=500)
        H.place(wid, 20, 20, 1220, 640)
        H.capture(wid, os.path.join(IMG, sc.name + ".png"), settle=3)
    finally:
        H.kill_group(p)
    fmt = lambda s: "%d:%02d" % (s // 60, s % 60)
    sc.drawn = "\n".join("%s %s %s %s %d" % (t["title"], t["artist"], t["album"], fmt(t["secs"]), t["year"])
                         for t in tracks)
    x = r.choice(tracks)
    ar = r.choice(artists)
    longest = max(tracks, key=lambda t: t["secs"])
    shortest = min(tracks, key=lambda t: t["secs"])
    y = r.choice(tracks)
    sc.q("how long is %s" % x["title"], fmt(x["secs"]), "time", "cell", True)
    sc.q("which song is the longest?", longest["title"], "text", "argmax", True)
    sc.q("shortest track", shortest["title"], "text", "argmin", True)
    sc.q("how many tracks by %s are in the list" % ar, sum(1 for t in tracks if t["artist"] == ar), "count",
         "count", False)
    sc.q("what album is '%s' from" % y["title"], y["album"], "text", "lookup", True)
    sc.q("who performs %s?" % x["title"], x["artist"], "person", "party", True)
    return sc


# ---------------------------------------------------------------- g08 lcov genhtml (web)
def g08_lcov():
    import re
    name = "g08_lcov_report"
    r = rng_for(name)
    d = scene_dir(name)
    src = os.path.join(d, "src")
    os.makedirs(src)
    files = ["fares.c", "zones.c", "tickets.c", "timetable.c", "refunds.c", "cli.c"]
    info = ["TN:kestrel_unit"]
    stats = {}
    for fn in files:
        nlines = r.randint(40, 140)
        code = ["/* %s */" % fn] + ["int f%d(int x) { return x + %d; }" % (k, k) for k in range(1, nlines)]
        open(os.path.join(src, fn), "w").write("\n".join(code) + "\n")
        body = list(range(2, nlines + 1))
        nfound = len(body)
        nhit = r.randint(int(nfound * 0.35), nfound)
        hitset = set(r.sample(body, nhit))
        nfn = r.randint(3, 9)
        fnlines = sorted(r.sample(body, nfn))
        fnhit = r.randint(1, nfn)
        info.append("SF:%s" % os.path.join(src, fn))
        for k, ln in enumerate(fnlines):
            info.append("FN:%d,%s_%d" % (ln, fn[:-2], k + 1))
        for k, ln in enumerate(fnlines):
            info.append("FNDA:%d,%s_%d" % (3 if k < fnhit else 0, fn[:-2], k + 1))
        info += ["FNF:%d" % nfn, "FNH:%d" % fnhit]
        for ln in body:
            info.append("DA:%d,%d" % (ln, r.randint(1, 40) if ln in hitset else 0))
        info += ["LF:%d" % nfound, "LH:%d" % nhit, "end_of_record"]
        stats[fn] = dict(lf=nfound, lh=nhit, fnf=nfn, fnh=fnhit)
    inf = os.path.join(d, "coverage.info")
    open(inf, "w").write("\n".join(info) + "\n")
    out = os.path.join(d, "html")
    subprocess.run(["genhtml", "-q", "-t", "kestrel_unit", "--prefix", d, "-o", out, inf], check=True,
                   env=dict(os.environ, TZ="UTC"))
    page = os.path.join(out, "src", "index.html")
    html = open(page).read()
    text = re.sub(r"<[^>]+>", " ", html).replace("&nbsp;", " ")
    text = re.sub(r"[ \t]+", " ", text)
    sc = Scene(name, "lcov 1.16 genhtml report in chromium --app", "light", "web_app",
               "coverage report of 6 C files (tracefile written by build.py), directory page")
    home = os.path.join(d, "home")
    os.makedirs(home)
    run_app(sc, ["chromium", "--no-sandbox", "--test-type", "--disable-gpu", "--no-first-run",
                 "--user-data-dir=" + os.path.join(d, "chr"), "--window-size=1100,700",
                 "--app=file://" + page], home, (40, 30, 1100, 700), dict(cls="chromium"), after_find=3)
    sc.drawn = text
    pct = {f: 100.0 * s["lh"] / s["lf"] for f, s in stats.items()}
    lo = min(files, key=pct.get)
    hi = max(files, key=pct.get)
    x = r.choice(files)
    y = r.choice([f for f in files if f != x])
    tot_lh, tot_lf = sum(s["lh"] for s in stats.values()), sum(s["lf"] for s in stats.values())
    xs = "%.1f" % pct[x]
    assert re.search(re.escape(x) + r".{0,600}?" + re.escape(xs) + r"\s*%", text, re.S), (x, xs)
    sc.q("line coverage of %s?" % x, xs + " %", "percent", "share", True)
    sc.q("which file has the worst line coverage", lo, "text", "argmin", True)
    sc.q("best covered file?", hi, "text", "argmax", True)
    sc.q("how many functions in %s are hit" % y, stats[y]["fnh"], "number", "cell", True)
    sc.q("total lines instrumented", tot_lf, "number", "lookup", True)
    sc.q("how many source files are in the report", len(files), "count", "count", False)
    return sc


# ---------------------------------------------------------------- g09 GTK3 preferences (home-made)
def g09_gtk_prefs():
    name = "g09_gtk_sync_prefs"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    sw = [(l, r.random() < 0.5) for l in ["Start on login", "Sync over mobile data", "Show notifications",
                                          "Pause when on battery"]]
    if all(v for _, v in sw) or not any(v for _, v in sw):
        sw[0] = (sw[0][0], not sw[0][1])
    checks = [(l, r.random() < 0.5) for l in ["Documents", "Pictures", "Invoices", "Mail attachments",
                                              "Hidden files"]]
    if sum(v for _, v in checks) < 2:
        checks[0], checks[2] = (checks[0][0], True), (checks[2][0], True)
    radios = ["Every 15 min", "Hourly", "Daily", "Manual only"]
    radio_on = r.choice(radios)
    combo = ["Keep both copies", "Prefer this computer", "Prefer the server"]
    combo_on = r.choice(combo)
    last = dt.datetime(2026, 5, 4, 6, 0) + dt.timedelta(minutes=r.randint(0, 600))
    nfiles = r.randint(800, 4000)
    spec = dict(title="Harbour Drive - Preferences", heading="Sync preferences", switches=sw,
                check_title="Folders to sync", checks=checks, radio_title="Sync interval", radios=radios,
                radio_on=radio_on, combo_label="When files conflict:", combo=combo, combo_on=combo_on,
                status="Last sync: %s - %s files up to date" % (last.strftime("%Y-%m-%d %H:%M"),
                                                                 format(nfiles, ",")),
                buttons=["Apply", "Cancel", "Restore Defaults"])
    sf = os.path.join(d, "spec.json")
    json.dump(spec, open(sf, "w"))
    sc = Scene(name, "home-made GTK3 window (python3-gi)", "light (Adwaita)", "settings_dialog",
               "4 switches, 5 checkboxes, 4 radios, combo, status line, 3 buttons")
    run_app(sc, ["/usr/bin/python3", os.path.join(HERE, "apps_home.py"), "gtk", sf], home, (200, 60, 620, 600),
            dict(name="Harbour Drive"), after_find=1)
    sc.drawn = json.dumps(spec)
    s1 = r.choice(sw)
    c_on = [l for l, v in checks if v]
    sc.q("is '%s' turned on?" % s1[0].lower(), "yes" if s1[1] else "no", "yesno", "state_yesno", False)
    sc.q("which sync interval is selected", radio_on, "text", "selected", True)
    sc.q("which folders are ticked for syncing?", "; ".join(c_on), "text", "selected", True)
    sc.q("how many folders will be synced", len(c_on), "count", "count", False)
    sc.q("what happens when files conflict", combo_on, "text", "selected", True)
    sc.q("when was the last sync", last.strftime("%Y-%m-%d %H:%M"), "date", "lookup", True)
    sc.q("where do I click to go back to the default settings", "Restore Defaults", "text", "locate", True)
    return sc


# ---------------------------------------------------------------- g10 Tk progress (home-made)
def g10_tk_progress():
    name = "g10_tk_export_progress"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    total = r.randint(120, 480)
    done = r.randint(int(total * 0.2), int(total * 0.85))
    pct = done * 100 // total
    cur = "INV-2026-%04d.pdf" % r.randint(100, 999)
    mins = r.randint(2, 14)
    spec = dict(title="Export invoices", heading="Exporting invoices to PDF", current="Writing %s" % cur,
                percent=pct, left="%d of %d invoices" % (done, total),
                detail="Destination: /srv/exports/2026-05", eta="About %d minutes remaining" % mins,
                check="Open the folder when finished", check_on=r.random() < 0.5, buttons=["Pause", "Cancel"])
    sf = os.path.join(d, "spec.json")
    json.dump(spec, open(sf, "w"))
    sc = Scene(name, "home-made Tk/ttk progress dialog (clam)", "light", "progress_dialog",
               "export n of N invoices, % bar, ETA, checkbox, 2 buttons")
    run_app(sc, ["/usr/bin/python3", os.path.join(HERE, "apps_home.py"), "tk", sf], home, (300, 200, 560, 300),
            dict(name="Export invoices"), after_find=1)
    sc.drawn = json.dumps(spec) + " %d%%" % pct
    sc.q("how far along is the export", "%d%%" % pct, "percent", "lookup", True)
    sc.q("how many invoices are still left to export?", total - done, "count", "subtract", False)
    sc.q("which file is it writing right now", cur, "text", "lookup", True)
    sc.q("what buttons does this dialog have", "Pause; Cancel", "text", "read", True)
    sc.q("will it open the folder when it's done", "yes" if spec["check_on"] else "no", "yesno", "state_yesno",
         False)
    sc.q("time remaining?", "About %d minutes" % mins, "text", "lookup", True)
    return sc


# ---------------------------------------------------------------- g11 PyQt5 table (home-made)
def g11_qt_loans():
    name = "g11_qt_equipment_loans"
    r = rng_for(name)
    d = scene_dir(name)
    home = os.path.join(d, "home")
    os.makedirs(home)
    items = ["Survey drone", "Life jacket (x6)", "VHF radio", "Tablet", "Mooring line 30 m", "Thermal camera",
             "Pressure washer", "First aid kit", "Laser rangefinder", "Dry suit"]
    people = ["Aroha Ngata", "Ben Cole", "Chen Wei", "Dana Ruiz", "Eli Brandt", "Fiona Marsh", "Gus Oyelaran"]
    rows = []
    for i, it in enumerate(r.sample(items, 10)):
        out = dt.date(2026, 4, 1) + dt.timedelta(days=r.randint(0, 30))
        due = out + dt.timedelta(days=r.choice([7, 14, 21, 28]))
        dep = r.randint(2, 90) * 5
        rows.append(["L-%d" % (3100 + i * 7 + r.randint(0, 5)), it, r.choice(people), out.isoformat(),
                     due.isoformat(), "$%d.00" % dep, dep])
    deps = [x[6] for x in rows]
    while len(set(deps)) < len(deps):
        for x in rows:
            x[6] = r.randint(2, 90) * 5
            x[5] = "$%d.00" % x[6]
        deps = [x[6] for x in rows]
    sel = r.randrange(10)
    spec = dict(title="Boatshed - Equipment loans", toolbar=["New loan", "Return", "Extend", "Print"],
                cols=["Loan", "Item", "Borrower", "Out", "Due", "Deposit"], rows=[x[:6] for x in rows],
                align_right=[False, False, False, False, False, True], selected=sel,
                status="10 loans - %d overdue on 2026-05-01" % sum(1 for x in rows if x[4] < "2026-05-01"))
    sf = os.path.join(d, "spec.json")
    json.dump(spec, open(sf, "w"))
    sc = Scene(name, "home-made PyQt5 QMainWindow + QTableWidget (Fusion)", "light", "table_app",
               "10 equipment loans, one selected row, toolbar, status bar")
    run_app(sc, ["/usr/bin/python3", os.path.join(HERE, "apps_home.py"), "qt", sf], home, (80, 60, 860, 470),
            dict(name="Boatshed"), after_find=1)
    sc.drawn = json.dumps(spec)
    a, b = r.sample(rows, 2)
    x = r.choice(rows)
    sc.q("who borrowed the item in the highlighted row", rows[sel][2], "person", "selected", True)
    sc.q("deposit for %s?" % x[0], x[5], "money", "cell", True)
    sc.q("which item has the biggest deposit", max(rows, key=lambda z: z[6])[1], "text", "argmax", True)
    sc.q("how many loans are due after 2026-05-10", sum(1 for z in rows if z[4] > "2026-05-10"), "count",
         "count", False)
    sc.q("add up the deposits of %s and %s" % (a[0], b[0]), "$%d.00" % (a[6] + b[6]), "money", "sum", False)
    sc.q("average deposit across all loans", "$%.2f" % (sum(deps) / len(deps)), "money", "mean", False)
    sc.q("what's the due date of %s's %s" % (x[2].split()[0], x[1].lower()) if sum(1 for z in rows if z[2] == x[2]) == 1
         else "due date for loan %s" % x[0], x[4], "date", "cell", True)
    return sc


SCENES = [g01_kfind, g02_xvile, g03_kile, g04_krop, g05_ephoto, g06_wxmaxima, g07_juk, g08_lcov, g09_gtk_prefs,
          g10_tk_progress, g11_qt_loans]
