"""GUI windows of screens_test29 (real Debian 12 applications + 2 home-made windows)."""
import datetime as dt
import json
import os
import subprocess
import time
import wave

import harness as H
from common import Q, fresh, SCR

HERE = os.path.dirname(os.path.abspath(__file__))


def apphome(name):
    h = fresh(os.path.join(SCR, "apphome", name))
    x = os.path.join(h, ".xdg")
    os.makedirs(x, mode=0o700)
    return h, {"HOME": h, "XDG_RUNTIME_DIR": x, "XDG_CONFIG_HOME": os.path.join(h, ".config"),
               "XDG_DATA_HOME": os.path.join(h, ".local", "share"), "XDG_CACHE_HOME": os.path.join(h, ".cache")}


def run_app(cmd, env, find, geom, actions=None, settle=2.0, timeout=90, cwd=None, out=None, pick=None):
    """Launch, wait for window (name substring), place, run actions(wid), capture. Returns (wid, size)."""
    p = H.launch(cmd, env=env, cwd=cwd, log=os.path.join(SCR, "app.log"))
    try:
        wid = H.wait_window(name=find, timeout=timeout)
        if pick:
            wid = pick() or wid
        time.sleep(1.0)
        if geom:
            H.place(wid, *geom)
        H.xdo("mousemove", 1279, 799)
        if actions:
            r = actions(wid)
            if r:
                wid = r
        H.xdo("mousemove", 1279, 799)
        size = H.capture(wid, out, settle=settle)
        return wid, size
    finally:
        H.stop(p)


# ---------------------------------------------------------------- g02: ImageJ (Java AWT) showing a chart
def g02_imagej(name, r, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    home, env = apphome(name)
    cats = ["North", "South", "East", "West", "Central", "Coast"]
    vals = [r.randrange(120, 980, 5) for _ in cats]
    while len(set(vals)) < len(vals) or sorted(vals)[-1] - sorted(vals)[-2] < 40 or sorted(vals)[1] - sorted(vals)[0] < 40:
        vals = [r.randrange(120, 980, 5) for _ in cats]
    labelled = sorted(r.sample(range(len(cats)), 3))
    fig, ax = plt.subplots(figsize=(7.2, 4.4), dpi=100)
    ax.bar(cats, vals, color="#3f7cac", width=0.6)
    for i in labelled:
        ax.text(i, vals[i] + 12, str(vals[i]), ha="center", fontsize=10)
    ax.set_ylim(0, 1100)
    ax.set_yticks(range(0, 1101, 100))
    ax.grid(axis="y", alpha=0.35)
    ax.set_axisbelow(True)
    title = "Solar installs by region, 2025"
    ax.set_title(title, fontsize=13)
    ax.set_ylabel("installations")
    fig.tight_layout()
    chart = os.path.join(home, "installs_by_region.png")
    fig.savefig(chart)
    plt.close(fig)
    main = [None]

    def pick():
        return None

    run_app(["imagej", chart], env, "installs_by_region", None, out=png, settle=2.0, timeout=120)
    unl = [i for i in range(len(cats)) if i not in labelled]
    u = r.choice(unl)
    la, lb = labelled[0], labelled[-1]
    x, y = r.sample(range(len(cats)), 2)
    text = title + " " + " ".join(str(vals[i]) for i in labelled) + " " + " ".join(cats)
    cat = "chart"
    return [
        Q(f"roughly how many installs in {cats[u]}?", vals[u], "approx", cat, "chart_value", False),
        Q(f"what's the value for {cats[la]}", vals[la], "number", cat, "chart_value", True, text),
        Q("which region has the most installations", cats[vals.index(max(vals))], "text", cat, "argmax", True, text),
        Q("and the fewest?", cats[vals.index(min(vals))], "text", cat, "argmin", True, text),
        Q("chart title?", title, "text", cat, "title", True, text),
        Q(f"how many more installs does {cats[la]} have than {cats[lb]}" if vals[la] > vals[lb] else
          f"how many more installs does {cats[lb]} have than {cats[la]}", abs(vals[la] - vals[lb]), "number", cat,
          "difference", False),
        Q(f"is {cats[x]} lower than {cats[y]}?", "yes" if vals[x] < vals[y] else "no", "yesno", cat, "compare_less", False),
    ]



# ---------------------------------------------------------------- g03: MusicBrainz Picard (Qt5), tagged FLACs
def g03_picard(name, r, png):
    home, env = apphome(name)
    music = os.path.join(home, "Music", "incoming")
    os.makedirs(music)
    titles = ["Salt Road", "Northern Lights Again", "Paper Harbour", "Quiet Engine", "Amber Hour", "Low Tide Radio",
              "Glass Orchard", "Night Ferry", "Copper Sky", "Lantern Street"]
    artists = ["The Fjordlings", "Mira Holt", "Static Pines"]
    pick = r.sample(titles, 8)
    tracks = []
    secs_used = set()
    for i, t in enumerate(pick, 1):
        while True:
            secs = r.randint(150, 340)
            if secs not in secs_used:
                secs_used.add(secs)
                break
        ar = r.choice(artists)
        wavp = os.path.join(SCR, "tmp.wav")
        with wave.open(wavp, "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(8000)
            w.writeframes(b"\0\0" * (8000 * secs))
        fn = os.path.join(music, f"{i:02d} {t}.flac")
        subprocess.run(["flac", "-s", "-f", "-o", fn, f"--tag=TITLE={t}", f"--tag=ARTIST={ar}",
                        f"--tag=ALBUM=Harbour Sessions", f"--tag=TRACKNUMBER={i}", f"--tag=DATE=2024", wavp],
                       check=True)
        tracks.append((i, t, ar, secs, fn))
    cfgdir = os.path.join(home, ".config", "MusicBrainz")
    os.makedirs(cfgdir)
    with open(os.path.join(cfgdir, "Picard.ini"), "w") as f:
        f.write("[setting]\nshow_new_user_dialog=false\ncheck_for_updates=false\nenable_tagger_scripts=false\n"
                "file_renaming_scripts=@Invalid()\nquit_confirmation=false\n")

    def act(wid):
        time.sleep(3)
        H.click_rel(wid, 40, 160)  # focus the left tree
        H.key("Home", "Right", delay=0.4)  # expand "Unclustered Files"
        time.sleep(0.5)
        H.drag_rel(wid, 601, 250, 860, 250)   # widen the left pane
        H.drag_rel(wid, 102, 114, 250, 114)   # widen the Title column
        H.click_rel(wid, 700, 650)
        time.sleep(1)
    run_app(["picard", "-N", "-P", "--no-crash-dialog"] + [t[4] for t in tracks], env, "MusicBrainz Picard",
            (30, 30, 1200, 700), actions=act, out=png, settle=2.0, timeout=120)
    fmt = lambda s: f"{s // 60}:{s % 60:02d}"
    text = "\n".join(f"{t[1]} {fmt(t[3])} {t[2]}" for t in tracks)
    longest = max(tracks, key=lambda t: t[3])
    shortest = min(tracks, key=lambda t: t[3])
    a = r.choice(tracks)
    b = r.choice([t for t in tracks if t is not a])
    ar = r.choice(artists)
    cat = "music_library"
    return [
        Q("which track is the longest?", longest[1], "text", cat, "argmax", True, text),
        Q("shortest song in the list", shortest[1], "text", cat, "argmin", True, text),
        Q(f"how long is {a[1]}", fmt(a[3]), "time", cat, "lookup", True, text),
        Q(f"who is the artist on \"{b[1]}\"?", b[2], "person", cat, "cell", True, text),
        Q(f"how many of these tracks are by {ar}", sum(1 for t in tracks if t[2] == ar), "count", cat, "count", False),
        Q("how many files are unclustered", len(tracks), "count", cat, "count", False),
    ]


# ---------------------------------------------------------------- g04: Poedit (wxWidgets), German catalogue
def g04_poedit(name, r, png):
    home, env = apphome(name)
    d = os.path.join(home, "po")
    os.makedirs(d)
    pairs = [("Save changes", "Änderungen speichern"), ("Discard draft", "Entwurf verwerfen"),
             ("Open recent", "Zuletzt geöffnet"), ("Export as PDF", "Als PDF exportieren"),
             ("Print preview", "Druckvorschau"), ("Page setup", "Seite einrichten"),
             ("Check spelling", "Rechtschreibung prüfen"), ("Insert table", "Tabelle einfügen"),
             ("Word count", "Wortanzahl"), ("Track changes", "Änderungen verfolgen"),
             ("Show ruler", "Lineal anzeigen"), ("Zoom to fit", "Einpassen")]
    r.shuffle(pairs)
    idx = list(range(len(pairs)))
    untr = set(r.sample(idx, 3))
    fuzzy = set(r.sample([i for i in idx if i not in untr], 2))
    lines = ['msgid ""', 'msgstr ""', '"Project-Id-Version: quillpad 2.3\\n"', '"Language: de\\n"',
             '"MIME-Version: 1.0\\n"', '"Content-Type: text/plain; charset=UTF-8\\n"',
             '"Content-Transfer-Encoding: 8bit\\n"', '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"', ""]
    for i, (en, de) in enumerate(pairs):
        lines.append(f"#: src/menu.c:{100 + 7 * i}")
        if i in fuzzy:
            lines.append("#, fuzzy")
        lines.append(f'msgid "{en}"')
        lines.append(f'msgstr "{"" if i in untr else de}"')
        lines.append("")
    po = os.path.join(d, "de.po")
    open(po, "w", encoding="utf-8").write("\n".join(lines))
    sel = r.choice([i for i in idx if i not in untr and i not in fuzzy])

    def act(wid):
        time.sleep(2)
        H.key("Escape")
        time.sleep(0.5)
        H.click_rel(wid, 1139, 108)   # dismiss the spell-checking notice bar
        time.sleep(0.5)
        for _ in range(sel):
            H.key("ctrl+Down", delay=0.3)   # Go > Next item
        time.sleep(0.5)
    run_app(["poedit", po], env, "de.po", (40, 20, 1150, 770), actions=act, out=png, settle=2.0, timeout=90)
    text = "\n".join(f"{en} {de}" for en, de in pairs)
    done = len(pairs) - len(untr) - len(fuzzy)
    a = r.choice([i for i in idx if i not in untr and i != sel])
    u = r.choice(sorted(untr))
    cat = "translation_editor"
    return [
        Q(f"what's the German for \"{pairs[a][0]}\" here", pairs[a][1], "text", cat, "lookup", True, text),
        Q("how many strings are still untranslated?", len(untr), "count", cat, "count", False),
        Q("how many entries are marked fuzzy / needs work", len(fuzzy), "count", cat, "count", False),
        Q(f"is \"{pairs[u][0]}\" translated yet", "no", "yesno", cat, "exists", False),
        Q("what is the source text of the first entry in the list", pairs[0][0], "text", cat, "nth", True, text),
        Q("which string is currently selected", pairs[sel][0], "text", cat, "selected", True, text),
        Q("what percent of the file is translated", f"{round(done * 100 / len(pairs))}%", "percent", cat, "share", False),
    ]


# ---------------------------------------------------------------- g05: xmaxima (Tk) as a calculator
def g05_xmaxima(name, r, png):
    home, env = apphome(name)
    a, b, c = r.randint(23, 89), r.randint(31, 97), r.randint(100, 999)
    x, z = r.randint(12, 40), r.randint(3, 9)
    y = x * z * r.randint(5, 30)
    k = r.randint(11, 19)
    exprs = [(f"{a}*{b}+{c};", a * b + c), (f"{y}/{z}-{x};", y // z - x), (f"2^{k};", 2 ** k),
             (f"({a}+{b}+{c})*3;", (a + b + c) * 3)]

    def act(wid):
        time.sleep(6)
        H.click_rel(wid, 300, 400)
        for e, _ in exprs:
            H.typ(e, delay=60)
            H.key("Return")
            time.sleep(1.2)
        time.sleep(1)
    MVER = subprocess.run(["dpkg-query", "-W", "-f", "${Version}", "maxima"], stdout=subprocess.PIPE,
                          text=True).stdout.split("-")[0]
    run_app(["xmaxima"], env, "Xmaxima: console", (60, 20, 760, 560), actions=act, out=png, settle=1.5, timeout=60)
    text = " ".join(f"{e} {v}" for e, v in exprs)
    cat = "calculator"
    return [
        Q(f"what did {exprs[0][0].rstrip(';')} come out as", exprs[0][1], "number", cat, "read", True, text),
        Q(f"result of {exprs[1][0].rstrip(';')}?", exprs[1][1], "number", cat, "read", True, text),
        Q(f"what is 2 to the power {k} according to the window", exprs[2][1], "number", cat, "read", True, text),
        Q("what's the last output shown", exprs[3][1], "number", cat, "nth", True, text),
        Q("first output minus the second output?", exprs[0][1] - exprs[1][1], "number", cat, "subtract", False),
        Q("what maxima version is running", MVER, "version", cat, "version", True, "Maxima " + MVER),
    ]


# ---------------------------------------------------------------- g06: qBittorrent options (Qt5), BitTorrent page
def g06_qbittorrent(name, r, png):
    home, env = apphome(name)
    cfg = os.path.join(home, ".config", "qBittorrent")
    os.makedirs(cfg)
    dht, pex, lsd, anon = [r.random() < 0.5 for _ in range(4)]
    if all([dht, pex, lsd]) or not any([dht, pex, lsd]):
        dht, pex, lsd = True, False, True
    maxdl, maxul, maxt = r.randint(2, 6), r.randint(3, 9), r.randint(8, 15)
    enc = r.randint(0, 2)
    encs = ["Allow encryption", "Require encryption", "Disable encryption"]
    b = lambda v: "true" if v else "false"
    with open(os.path.join(cfg, "qBittorrent.conf"), "w") as f:
        f.write("[LegalNotice]\nAccepted=true\n\n[Preferences]\nGeneral\\Locale=en\n\n"
                "[BitTorrent]\n"
                f"Session\\DHTEnabled={b(dht)}\nSession\\PeXEnabled={b(pex)}\nSession\\LSDEnabled={b(lsd)}\n"
                f"Session\\AnonymousModeEnabled={b(anon)}\nSession\\Encryption={enc}\n"
                f"Session\\QueueingSystemEnabled=true\nSession\\MaxActiveDownloads={maxdl}\n"
                f"Session\\MaxActiveUploads={maxul}\nSession\\MaxActiveTorrents={maxt}\n")

    def act(wid):
        time.sleep(3)
        H.place(wid, 150, 80, 900, 600)
        H.click_rel(wid, 347, 61)   # toolbar gear: Tools > Options
        w2 = H.wait_window(name="Preferences", timeout=20)
        time.sleep(1)
        H.place(w2, 60, 30, 960, 730)
        H.click_rel(w2, 73, 310)    # "BitTorrent" page
        time.sleep(1)
        return w2
    def pick_page(wid):
        return None
    run_app(["qbittorrent"], env, "qBittorrent", None, actions=act, out=png, settle=2.0, timeout=90)
    cat = "settings"
    text = " ".join(encs) + f" {maxdl} {maxul} {maxt}"
    return [
        Q("is DHT turned on", "yes" if dht else "no", "yesno", cat, "state_yesno", False),
        Q("Local Peer Discovery enabled?", "yes" if lsd else "no", "yesno", cat, "state_yesno", False),
        Q("which of DHT, PeX and Local Peer Discovery are checked",
          "; ".join(n for n, v in [("DHT", dht), ("PeX", pex), ("Local Peer Discovery", lsd)] if v),
          "text", cat, "selected", False),
        Q("encryption mode?", encs[enc], "text", cat, "selected", True, text),
        Q("max active downloads is set to what", maxdl, "number", cat, "lookup", True, text),
        Q("is anonymous mode on?", "yes" if anon else "no", "yesno", cat, "state_yesno", False),
    ]


# ---------------------------------------------------------------- g07: home-made GTK3 sync preferences + progress
def g07_gtk_sync(name, r, png):
    home, env = apphome(name)
    sw = [("Sync on metered connections", r.random() < 0.5), ("Pause while on battery", r.random() < 0.5),
          ("Show desktop notifications", r.random() < 0.5), ("Start at login", r.random() < 0.5)]
    folders = [(f, r.random() < 0.5) for f in ["Documents", "Pictures", "Music", "Desktop", "Projects", "Videos"]]
    while not 2 <= sum(v for _, v in folders) <= 4:
        folders = [(f, r.random() < 0.5) for f, _ in folders]
    radios = ["Keep both copies", "Prefer the local file", "Prefer the server file", "Ask me every time"]
    rsel = r.choice(radios)
    total = r.randint(80, 240)
    done = r.randint(10, total - 10)
    pct = round(done * 100 / total)
    st = dict(title="Driftbox Sync", switches=sw, folders=folders, radios=radios, radio_sel=rsel,
              status=f"Uploading {done} of {total} files to nas.local", fraction=done / total, pbtext=f"{pct}%",
              buttons=["Close", "Cancel sync", "Pause"])
    js = os.path.join(home, "state.json")
    json.dump(st, open(js, "w"))
    run_app(["/usr/bin/python3", os.path.join(HERE, "apps", "gtk_sync.py"), js], env, "Driftbox Sync",
            (80, 40, 560, 640), out=png, settle=1.5)
    text = json.dumps(st)
    cat = "settings"
    s1, s2 = r.sample(sw, 2)
    f1 = r.choice(folders)
    return [
        Q(f"is '{s1[0]}' switched on?", "yes" if s1[1] else "no", "yesno", cat, "state_yesno", False),
        Q(f"{s2[0].lower()} - on or off", "on" if s2[1] else "off", "text", cat, "state_yesno", False),
        Q("which folders are ticked for syncing", "; ".join(f for f, v in folders if v), "text", cat, "selected", True, text),
        Q("what happens when a file changed on both sides (selected option)?", rsel, "text", cat, "selected", True, text),
        Q("how far along is the upload, percent", f"{pct}%", "percent", cat, "lookup", True, text),
        Q("how many files are left to upload", total - done, "number", cat, "subtract", False),
        Q("which buttons are at the bottom", "Pause; Cancel sync; Close", "text", cat, "read", True, text),
    ]


# ---------------------------------------------------------------- g08: home-made Tk print dialog
def g08_tk_print(name, r, png):
    home, env = apphome(name)
    printers = ["HP LaserJet M404 (2nd floor)", "Brother HL-L2350 (reception)", "Canon iR-ADV C5535 (copy room)",
                "Epson ET-2850 (lab)", "Print to PDF"]
    sel = r.randrange(len(printers))
    ranges = ["All pages", "Current page", "Pages 3-7", "Selection"]
    rsel = r.choice(ranges)
    checks = [(c, r.random() < 0.5) for c in ["Collate", "Print on both sides", "Grayscale", "Fit to page"]]
    while len(set(v for _, v in checks)) < 2:
        checks = [(c, r.random() < 0.5) for c, _ in checks]
    copies = r.randint(2, 12)
    st = dict(title="Print - quarterly_report.odt", printers=printers, printer_sel=sel, ranges=ranges,
              range_sel=rsel, checks=checks, copies=copies, buttons=["Preview", "Cancel", "Print"])
    js = os.path.join(home, "state.json")
    json.dump(st, open(js, "w"))
    run_app(["/usr/bin/python3", os.path.join(HERE, "apps", "tk_print.py"), js], env, "Print - quarterly",
            None, out=png, settle=1.5)
    text = json.dumps(st)
    cat = "dialog"
    c1 = r.choice(checks)
    return [
        Q("which printer is selected", printers[sel], "text", cat, "selected", True, text),
        Q("what page range option is chosen", rsel, "text", cat, "selected", True, text),
        Q("how many copies", copies, "number", cat, "lookup", True, text),
        Q(f"is {c1[0].lower()} ticked?", "yes" if c1[1] else "no", "yesno", cat, "state_yesno", False),
        Q("what do I click to actually send it to the printer", "Print", "text", cat, "locate", True, text),
        Q("which document is being printed", "quarterly_report.odt", "text", cat, "title", True, text),
    ]


# ---------------------------------------------------------------- g09: mkdocs serve (web, chromium --app)
def g09_mkdocs(name, r, png):
    home, env = apphome(name)
    proj = os.path.join(home, "kestrel-docs")
    os.makedirs(os.path.join(proj, "docs"))
    rel = []
    major, minor, patch = 1, 0, 0
    HL = r.sample(["Faster cold start", "New export command", "Fix crash on empty config", "Windows paths fixed",
                   "Colour output for status", "Retry failed uploads", "Config file in TOML", "Smaller binary",
                   "Proxy support", "Better error messages"], 7)
    d = dt.date(2024, 1, 15)
    for i in range(7):
        d = d + dt.timedelta(days=r.randint(20, 75))
        if i:
            if r.random() < 0.35:
                minor, patch = minor + 1, 0
            else:
                patch += 1
        rel.append((f"{major}.{minor}.{patch}", d.isoformat(), HL[i]))
    rel = rel[::-1]
    nav = ["Home", "Installation", "Configuration", "Commands", "Release notes", "FAQ"]
    files = {"Home": "index.md", "Installation": "install.md", "Configuration": "config.md",
             "Commands": "commands.md", "Release notes": "releases.md", "FAQ": "faq.md"}
    for t, fn in files.items():
        open(os.path.join(proj, "docs", fn), "w").write(f"# {t}\n\nText for {t.lower()}.\n")
    with open(os.path.join(proj, "docs", "releases.md"), "w") as f:
        f.write("# Release notes\n\nAll released versions of the Kestrel CLI, newest first.\n\n"
                "| Version | Released | Highlight |\n|---|---|---|\n")
        for v, dd, h in rel:
            f.write(f"| {v} | {dd} | {h} |\n")
    with open(os.path.join(proj, "mkdocs.yml"), "w") as f:
        f.write("site_name: Kestrel CLI\ntheme:\n  name: mkdocs\nnav:\n")
        for t in nav:
            f.write(f"  - '{t}': {files[t]}\n")
    port = 8877
    srv = H.launch(["/usr/bin/mkdocs", "serve", "-a", f"127.0.0.1:{port}", "--no-livereload"], env=env, cwd=proj,
                   log=os.path.join(SCR, "mkdocs.log"))
    try:
        time.sleep(5)
        prof = fresh(os.path.join(SCR, "chrome", name))
        run_app(["chromium", "--no-sandbox", "--test-type", f"--user-data-dir={prof}",
                 f"--app=http://127.0.0.1:{port}/releases/", "--window-size=1100,700", "--window-position=50,40",
                 "--no-first-run", "--disable-gpu", "--force-device-scale-factor=1", "--password-store=basic"],
                env, "Release notes", None, out=png, settle=2.0)
    finally:
        H.stop(srv)
    text = open(os.path.join(proj, "docs", "releases.md")).read() + " ".join(nav) + " Kestrel CLI"
    cat = "web"
    a = r.choice(rel[1:])
    i = nav.index("Release notes")
    return [
        Q("what's the newest version listed", rel[0][0], "version", cat, "latest", True, text),
        Q(f"when did {a[0]} come out", a[1], "date", cat, "cell", True, text),
        Q("how many releases are in the table", len(rel), "count", cat, "count", False),
        Q("which version was the first one released", rel[-1][0], "version", cat, "earliest", True, text),
        Q("name of the docs site", "Kestrel CLI", "text", cat, "title", True, text),
        Q("what page comes after Release notes in the menu", nav[i + 1], "text", cat, "next", True, text),
    ]


# ---------------------------------------------------------------- g10: pympress (GTK3 PDF presenter)
def g10_pympress(name, r, png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    home, env = apphome(name)
    prods = ["Harbor Basic", "Harbor Pro", "Tidal Sync", "Beacon API", "Mooring Kit"]
    rev = {p: r.randrange(40, 900) * 100 for p in prods}
    while len(set(rev.values())) < len(prods):
        rev = {p: r.randrange(40, 900) * 100 for p in prods}
    titles = ["Q3 revenue by product", "Churn and retention", "Pipeline for Q4", "Hiring plan", "Next steps",
              "Questions?"]
    n = r.choice([5, 6])
    titles = titles[:n - 1] + [titles[-1]]
    pdfp = os.path.join(home, "q3_review.pdf")
    with PdfPages(pdfp) as pdf:
        for i, t in enumerate(titles):
            fig = plt.figure(figsize=(10, 5.625))
            fig.text(0.06, 0.86, t, fontsize=30, weight="bold", color="#1d3557")
            if i == 0:
                ax = fig.add_axes([0.1, 0.08, 0.8, 0.68])
                ax.axis("off")
                tb = ax.table(cellText=[[p, f"${rev[p]:,}"] for p in prods], colLabels=["Product", "Revenue"],
                              loc="upper center", cellLoc="left", colWidths=[0.5, 0.3])
                tb.auto_set_font_size(False)
                tb.set_fontsize(16)
                tb.scale(1, 2.4)
            else:
                fig.text(0.06, 0.7, "Harborline Software - Q3 business review", fontsize=18, color="#457b9d")
            pdf.savefig(fig)
            plt.close(fig)

    def act(wid):
        time.sleep(1.5)
        H.xdo("windowactivate", "--sync", wid)
        time.sleep(1.0)   # no navigation: the presenter shows slide 1 and the preview of slide 2
    run_app(["pympress", pdfp], env, "Pympress Presenter", (60, 40, 1080, 680), actions=act, out=png, settle=2.0)
    text = " ".join(titles) + " " + " ".join(f"{p} ${rev[p]:,}" for p in prods) + f" 1/{n}"
    a = r.choice(prods)
    hi = max(prods, key=rev.get)
    x, y = r.sample(prods, 2)
    cat = "document_viewer"
    return [
        Q("how many pages does this PDF have", n, "count", cat, "count", True, text),
        Q("which slide number am I on", 1, "number", cat, "lookup", True, text),
        Q("title of the next slide?", titles[1], "text", cat, "next", True, text),
        Q(f"what revenue is shown for {a}", f"${rev[a]:,}", "money", cat, "cell", True, text),
        Q("which product brought in the most revenue", hi, "text", cat, "argmax", True, text),
        Q(f"{x} vs {y}: which had more revenue?", x if rev[x] > rev[y] else y, "text", cat, "choice_more", True, text),
    ]


# ---------------------------------------------------------------- g11: Spyder 5 (Qt5 IDE), editor with line numbers
def g11_spyder(name, r, png):
    home, env = apphome(name)
    env.update(QTWEBENGINE_DISABLE_SANDBOX="1", QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox")
    proj = os.path.join(home, "invoicing")
    os.makedirs(proj)
    rate = r.choice(["0.19", "0.21", "0.2", "0.25", "0.23"])
    days = r.choice([14, 21, 30, 45])
    funcs = {
        "net_total": ["def net_total(lines):", "    return sum(q * p for q, p in lines)"],
        "tax_amount": ["def tax_amount(net):", "    return round(net * TAX_RATE, 2)"],
        "due_date": ["def due_date(issued):", "    return issued + timedelta(days=PAYMENT_DAYS)"],
        "format_eur": ["def format_eur(value):", "    return f\"{value:,.2f} EUR\""],
        "late_fee": ["def late_fee(amount, days_late):", "    if days_late <= 0:", "        return 0.0",
                     "    return round(amount * 0.0005 * days_late, 2)"],
        "invoice_number": ["def invoice_number(year, seq):", "    return f\"INV-{year}-{seq:05d}\""],
    }
    order = r.sample(list(funcs), len(funcs))
    lines = ['"""Small helpers used by the invoicing job."""', "from datetime import timedelta", "",
             f"TAX_RATE = {rate}", f"PAYMENT_DAYS = {days}", ""]
    starts = {}
    for f in order:
        lines.append("")
        starts[f] = len(lines) + 1
        lines += funcs[f]
    src = "\n".join(lines) + "\n"
    path = os.path.join(proj, "invoice_tools.py")
    open(path, "w").write(src)
    assert len(lines) <= 33

    def act(wid):
        time.sleep(20)
        # the maximised main window sits at (0,0); the welcome-tour dialog is centred on it: click "Dismiss"
        H.click(829, 432)
        time.sleep(1)
        time.sleep(2)
        return None
    run_app(["spyder", "--new-instance", path], env, "Spyder .Python", None, actions=act, out=png, settle=3.0,
            timeout=150)
    text = src
    cat = "code_editor"
    f1, f2 = r.sample(order, 2)
    i = r.randrange(len(order) - 1)
    return [
        Q(f"what line does {f1} start on?", starts[f1], "number", cat, "lookup", False),
        Q(f"which line is `def {f2}` on", starts[f2], "number", cat, "lookup", False),
        Q("how many functions are defined in this file", len(order), "count", cat, "count", False),
        Q("what is TAX_RATE set to", rate, "number", cat, "lookup", True, text),
        Q(f"which function is defined right after {order[i]}", order[i + 1], "text", cat, "next", True, text),
        Q("name of the last function in the file", order[-1], "text", cat, "nth", True, text),
    ]


GUI_SCENES = [("g02_imagej", g02_imagej), ("g03_picard", g03_picard),
              ("g04_poedit", g04_poedit), ("g05_xmaxima", g05_xmaxima), ("g06_qbittorrent", g06_qbittorrent),
              ("g07_gtk_sync", g07_gtk_sync), ("g08_tk_print", g08_tk_print), ("g09_mkdocs", g09_mkdocs),
              ("g10_pympress", g10_pympress), ("g11_spyder", g11_spyder)]
