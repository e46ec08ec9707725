"""GUI scenes: real Debian 12 applications (and three home-made widget windows)."""
import datetime, json, os, shutil, subprocess, time, wave
from common import Scene, rng, fresh, scene, IMG, HOME, WORK, HERE
import xhelp, term
from xhelp import sh

PY = "/usr/bin/python3"


def png(name):
    return os.path.join(IMG, name + ".png")


def app_env(**kw):
    e = dict(xhelp.ENV, HOME=HOME, XDG_CONFIG_HOME=os.path.join(HOME, ".config"),
             XDG_DATA_HOME=os.path.join(HOME, ".local/share"), XDG_CACHE_HOME=os.path.join(HOME, ".cache"),
             XDG_RUNTIME_DIR=os.path.join(xhelp.SCRATCH, "xdg-run"), TZ="UTC")
    os.makedirs(e["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    e.update(kw)
    return e


def utc(t):
    return t.replace(tzinfo=datetime.timezone.utc).timestamp()


# ------------------------------------------------------------------ g01 FileZilla local pane
@scene("g01")
def g01():
    r = rng(101)
    d = fresh(os.path.join(HOME, "grant-applications"))
    pool = ["budget_v3.xlsx", "cover_letter.docx", "cv_applicant.pdf", "support_ltrs.pdf",
            "methodology.docx", "summary.docx", "timeline_gantt.png", "data_plan.odt",
            "ethics_approval.pdf", "partner_agmt.pdf", "references.bib"]
    names = sorted(r.sample(pool, 9))
    sizes = {n: r.randint(9_000, 1_400_000) for n in names}
    big = r.choice(names)
    sizes[big] = r.randint(2_500_000, 4_800_000)
    tiny = r.choice([n for n in names if n != big])
    sizes[tiny] = r.randint(4_000, 8_000)
    mt = {}
    for i, n in enumerate(names):
        t = datetime.datetime(2025, 1, 8) + datetime.timedelta(days=r.randint(0, 60), hours=r.randint(8, 18),
                                                               minutes=r.randint(0, 59))
        mt[n] = t
        p = os.path.join(d, n)
        with open(p, "wb") as f:
            f.truncate(sizes[n])
        os.utime(p, (utc(t), utc(t)))
    cfg = os.path.join(HOME, ".config", "filezilla")
    os.makedirs(cfg, exist_ok=True)
    open(os.path.join(cfg, "filezilla.xml"), "w").write('''<?xml version="1.0" encoding="UTF-8"?>
<FileZilla3 version="3.63.0" platform="*nix"><Settings>
<Setting name="Greeting version">3.63.0</Setting><Setting name="Greeting resources">1</Setting>
<Setting name="Update Check">0</Setting><Setting name="Show message log">0</Setting>
<Setting name="Show Tree Local">0</Setting><Setting name="Show Tree Remote">0</Setting>
<Setting name="Show queue">0</Setting><Setting name="Show quickconnect bar">0</Setting><Setting name="Size format">3</Setting>
<Setting name="Prompt password save">1</Setting>
</Settings></FileZilla3>
''')
    sel = r.choice([n for n in names if n != big])
    p = xhelp.start(["filezilla", "--local=" + d], env=app_env())
    try:
        w = xhelp.find_window(name="FileZilla")
        time.sleep(3)
        xhelp.place(w, 0, 0, 1180, 640)
        time.sleep(2)
        idx = names.index(sel)
        x0, y0, _, _ = xhelp.geometry(w)
        xhelp.click(x0 + 60, y0 + 146 + 23 * (idx + 1))      # row 0 is ".."
        time.sleep(1)
        xhelp.capture(w, png("g01_filezilla_local"))
    finally:
        xhelp.stop(p)
    s = Scene("g01_filezilla_local", "file_manager", "\n".join(names))
    s.q("which file is selected in the local pane?", sel, "text", "selected", True)
    s.q("largest file in grant-applications", big, "text", "argmax", True)
    s.q("how many pdfs are in this folder", sum(n.endswith(".pdf") for n in names), "count", "count", False)
    latest = max(names, key=mt.get)
    s.q("what's the most recently modified file", latest, "text", "latest", True)
    smallest = min(names, key=sizes.get)
    s.q("smallest file?", smallest, "text", "argmin", True)
    pairs = [(a, b) for a in names for b in names if a < b and big not in (a, b)
             and max(sizes[a], sizes[b]) > 1.4 * min(sizes[a], sizes[b])]
    a, b = r.choice(pairs)
    s.q("which is bigger, %s or %s" % (a, b), a if sizes[a] > sizes[b] else b, "text", "choice_more", True)
    return s.qs


def geometry_probe(w):
    """FileZilla: local file list sits in the left half; first row below the header."""
    x, y, width, height = xhelp.geometry(w)
    return x + 140, y + G01_LIST_TOP


G01_LIST_TOP = 150


# ------------------------------------------------------------------ g02 Pyzo editor
@scene("g02")
def g02():
    r = rng(102)
    d = fresh(os.path.join(HOME, "routes"))
    consts = [("MAX_STOPS", r.randint(8, 24)), ("DEPOT", '"%s"' % r.choice(["Northgate", "Elm Yard", "Quayside"])),
              ("VAN_CAPACITY_KG", r.randint(6, 14) * 100)]
    funcs = {
        "load_stops": ["path", ["stops = []", "with open(path) as fh:", "    for line in fh:",
                                "        stops.append(line.strip().split(';'))", "return stops"]],
        "distance_km": ["a, b", ["dx = a[0] - b[0]", "dy = a[1] - b[1]", "return round((dx * dx + dy * dy) ** 0.5, 2)"]],
        "total_weight": ["stops", ["return sum(float(s[2]) for s in stops)"]],
        "split_loads": ["stops", ["loads, cur, kg = [], [], 0.0", "for s in stops:",
                                  "    w = float(s[2])", "    if kg + w > VAN_CAPACITY_KG or len(cur) >= MAX_STOPS:",
                                  "        loads.append(cur)", "        cur, kg = [], 0.0",
                                  "    cur.append(s)", "    kg += w", "if cur:", "    loads.append(cur)",
                                  "return loads"]],
        "nearest_next": ["here, todo", ["return min(todo, key=lambda s: distance_km(here, s[3:5]))"]],
        "route_report": ["loads", ["lines = ['Depot: ' + DEPOT]", "for i, load in enumerate(loads, 1):",
                                   "    lines.append('Van %d: %d stops' % (i, len(load)))", "return '\\n'.join(lines)"]],
    }
    order = list(funcs)
    r.shuffle(order)
    src = ['"""Plan delivery rounds from a stops file."""', "", "import sys", ""]
    for k, v in consts:
        src.append("%s = %s" % (k, v))
    starts = {}
    for fn in order:
        src += ["", ""]
        starts[fn] = len(src) + 1
        args, body = funcs[fn]
        src.append("def %s(%s):" % (fn, args))
        src += ["    " + b for b in body]
    src += ["", "", 'if __name__ == "__main__":', "    print(route_report(split_loads(load_stops(sys.argv[1]))))"]
    text = "\n".join(src) + "\n"
    fpath = os.path.join(d, "route_planner.py")
    open(fpath, "w").write(text)
    p = xhelp.start(["pyzo", fpath], env=app_env())
    try:
        w = xhelp.find_window(name="Interactive Editor for Python")
        time.sleep(6)
        xhelp.place(w, 0, 0, 1200, 790)
        time.sleep(2)
        xhelp.capture(w, png("g02_pyzo_editor"))
    finally:
        xhelp.stop(p)
    s = Scene("g02_pyzo_editor", "code_editor", text + "\nroute_planner.py")
    vis = [f for f in order if starts[f] <= 40]      # the editor shows lines 1-42
    f1 = r.choice(vis)
    s.q("what line does %s start on" % f1, starts[f1], "number", "lookup", False)
    f2 = r.choice([f for f in vis if f != f1])
    s.q("Which function is defined at line %d?" % starts[f2], f2, "text", "read", True)
    s.q("how many functions are in this file", len(order), "count", "count", False)
    s.q("value of MAX_STOPS?", consts[0][1], "number", "lookup", True)
    s.q("what's the file open in the editor called", "route_planner.py", "text", "title", True)
    i = r.randint(0, len(order) - 2)
    s.q("which function comes right after %s in the file" % order[i], order[i + 1], "text", "next", True)
    s.q("last function in the file?", order[-1], "text", "nth", True)
    return s.qs


# ------------------------------------------------------------------ g03 Firefox ESR PDF viewer
@scene("g03")
def g03():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    r = rng(103)
    d = fresh(os.path.join(WORK, "g03"))
    inv = "BWS-%d" % r.randint(2000, 8999)
    cust = r.choice(["Harbourside Dental Clinic", "Maple Row Bakery", "Cobalt Street Garage", "Linden Yoga Studio"])
    contact = r.choice(["Priya Raman", "Tomasz Wojcik", "Hannah Okafor", "Elliot Marsh"])
    items = r.sample([("Shopfront fascia sign", 480), ("Window vinyl lettering", 95), ("A-board pavement sign", 160),
                      ("Illuminated projecting sign", 720), ("Vehicle door decals (pair)", 140),
                      ("Opening-hours plaque", 55), ("Installation (per hour)", 48), ("Design proof revisions", 35)], 6)
    lines = [(n, r.randint(1, 6) if p < 200 else r.randint(1, 2), p) for n, p in items]
    subtotal = sum(q * p for _, q, p in lines)
    vat = round(subtotal * 0.2, 2)
    total = round(subtotal + vat, 2)
    issued = datetime.date(2025, 3, 1) + datetime.timedelta(days=r.randint(0, 40))
    due = issued + datetime.timedelta(days=30)
    npages = 3
    pdfp = os.path.join(d, "invoice_%s.pdf" % inv)
    alltext = []
    def T(ax, x, y, s, **kw):
        alltext.append(s)
        ax.text(x, y, s, transform=ax.transAxes, **kw)
    with PdfPages(pdfp) as pdf:
        fig = plt.figure(figsize=(8.27, 11.69))
        ax = fig.add_axes([0, 0, 1, 1]); ax.axis("off")
        T(ax, 0.08, 0.94, "Brightwater Signs Ltd", fontsize=20, weight="bold")
        T(ax, 0.08, 0.915, "Unit 4, Ferry Lane Works, Bristol", fontsize=10)
        T(ax, 0.62, 0.94, "INVOICE", fontsize=22, weight="bold")
        T(ax, 0.62, 0.91, "Invoice no: %s" % inv, fontsize=11)
        T(ax, 0.62, 0.89, "Issued: %s" % issued.strftime("%d %B %Y"), fontsize=11)
        T(ax, 0.62, 0.87, "Due: %s" % due.strftime("%d %B %Y"), fontsize=11)
        T(ax, 0.08, 0.84, "Bill to:", fontsize=11, weight="bold")
        T(ax, 0.08, 0.82, cust, fontsize=11)
        T(ax, 0.08, 0.80, "Attn: %s" % contact, fontsize=11)
        y = 0.74
        for x, h in [(0.08, "Description"), (0.58, "Qty"), (0.68, "Unit GBP"), (0.82, "Amount GBP")]:
            T(ax, x, y, h, fontsize=11, weight="bold")
        ax.plot([0.08, 0.94], [y - 0.008, y - 0.008], color="k", lw=0.8, transform=ax.transAxes)
        for n, q, p in lines:
            y -= 0.03
            T(ax, 0.08, y, n, fontsize=11)
            T(ax, 0.58, y, str(q), fontsize=11)
            T(ax, 0.68, y, "%.2f" % p, fontsize=11)
            T(ax, 0.82, y, "%.2f" % (q * p), fontsize=11)
        y -= 0.05
        for lab, v in [("Subtotal", subtotal), ("VAT 20%", vat), ("Total due", total)]:
            T(ax, 0.62, y, lab, fontsize=11, weight="bold" if lab == "Total due" else "normal")
            T(ax, 0.82, y, "%.2f" % v, fontsize=11, weight="bold" if lab == "Total due" else "normal")
            y -= 0.028
        T(ax, 0.08, 0.06, "Page 1 of %d" % npages, fontsize=9)
        pdf.savefig(fig); plt.close(fig)
        for pg, head in [(2, "Installation notes"), (3, "Terms and payment details")]:
            fig = plt.figure(figsize=(8.27, 11.69))
            ax = fig.add_axes([0, 0, 1, 1]); ax.axis("off")
            T(ax, 0.08, 0.94, head, fontsize=18, weight="bold")
            for i in range(8):
                T(ax, 0.08, 0.88 - i * 0.04, "%d. %s" % (i + 1, r.choice([
                    "Fixings checked against wall survey.", "Power supply by client's electrician.",
                    "Payment by bank transfer within 30 days.", "Late payments incur 2% per month.",
                    "Artwork remains property of Brightwater Signs Ltd until paid."])), fontsize=11)
            T(ax, 0.08, 0.06, "Page %d of %d" % (pg, npages), fontsize=9)
            pdf.savefig(fig); plt.close(fig)
    prof = fresh(os.path.join(xhelp.SCRATCH, "ff-prof"))
    open(os.path.join(prof, "user.js"), "w").write("\n".join('user_pref("%s", %s);' % kv for kv in [
        ("browser.aboutwelcome.enabled", "false"), ("browser.startup.homepage_override.mstone", '"ignore"'),
        ("datareporting.policy.dataSubmissionPolicyBypassNotification", "true"),
        ("toolkit.telemetry.reportingpolicy.firstRun", "false"), ("browser.shell.checkDefaultBrowser", "false"),
        ("app.update.enabled", "false"), ("pdfjs.defaultZoomValue", '"80"'),
        ("browser.tabs.warnOnClose", "false"), ("pdfjs.sidebarViewOnLoad", "0"),
        ("browser.startup.firstrunSkipsHomepage", "true"), ("trailhead.firstrun.didSeeAboutWelcome", "true"),
        ("browser.messaging-system.whatsNewPanel.enabled", "false"), ("browser.uitour.enabled", "false"),
        ("browser.newtabpage.enabled", "false"), ("extensions.pocket.enabled", "false")]) + "\n")
    p = xhelp.start(["firefox-esr", "--profile", prof, "--no-remote", "--new-instance", "file://" + pdfp],
                    env=app_env())
    try:
        w = xhelp.find_window(name="Mozilla Firefox")
        time.sleep(8)
        sh(["xdotool", "windowstate", "--remove", "MAXIMIZED_VERT,MAXIMIZED_HORZ", str(w)])
        time.sleep(1)
        xhelp.place(w, 0, 0, 1000, 778)
        time.sleep(4)
        xhelp.capture(w, png("g03_firefox_pdf"))
    finally:
        xhelp.stop(p)
    txt = "\n".join(alltext) + "\nof %d" % npages
    s = Scene("g03_firefox_pdf", "document_viewer", txt)
    s.q("how many pages does this pdf have", npages, "count", "count", False)
    s.q("invoice number?", inv, "code", "lookup", True)
    s.q("who is the invoice addressed to", cust, "person", "party", True)
    s.q("Total due?", "%.2f" % total, "money", "lookup", True)
    s.q("when is payment due", due.strftime("%d %B %Y"), "date", "lookup", True)
    ni, nq, npr = r.choice(lines)
    s.q("qty for %s" % ni.lower(), nq, "number", "cell", True)
    top = max(lines, key=lambda l: l[1] * l[2])[0]
    s.q("which line item has the highest amount", top, "text", "argmax", True)
    return s.qs


# ------------------------------------------------------------------ g04 Gwenview chart
@scene("g04")
def g04():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    r = rng(104)
    d = fresh(os.path.join(WORK, "g04"))
    halls = r.sample(["Fossils", "Textiles", "Maritime", "Egyptology", "Clocks", "Botany", "Armoury", "Ceramics"], 7)
    vals = r.sample(range(120, 980, 10), 7)
    labelled = set(r.sample(range(7), 4))
    fig, ax = plt.subplots(figsize=(9, 5.4), dpi=100)
    bars = ax.bar(halls, vals, color="#3b7dd8")
    for i, b in enumerate(bars):
        if i in labelled:
            ax.text(b.get_x() + b.get_width() / 2, vals[i] + 10, str(vals[i]), ha="center", fontsize=11)
    title = "Visitors per gallery, Saturday 12 April"
    ax.set_title(title, fontsize=14)
    ax.set_ylabel("visitors")
    ax.set_ylim(0, 1050)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    path = os.path.join(d, "gallery_visitors.png")
    fig.savefig(path)
    plt.close(fig)
    cfg = os.path.join(HOME, ".config")
    os.makedirs(cfg, exist_ok=True)
    p = xhelp.start(["gwenview", path], env=app_env(QT_QPA_PLATFORMTHEME=""))
    try:
        w = xhelp.find_window(name="gallery_visitors")
        time.sleep(5)
        xhelp.place(w, 0, 0, 1150, 760)
        time.sleep(3)
        xhelp.capture(w, png("g04_gwenview_chart"))
    finally:
        xhelp.stop(p)
    txt = "\n".join([title] + halls + [str(vals[i]) for i in labelled])
    s = Scene("g04_gwenview_chart", "image_viewer_chart", txt)
    un = r.choice([i for i in range(7) if i not in labelled])
    s.q("roughly how many visitors did %s get?" % halls[un], vals[un], "approx", "chart_value", False)
    s.q("chart title", title, "text", "title", True)
    s.q("which gallery had the most visitors", halls[vals.index(max(vals))], "text", "argmax", True)
    s.q("least visited gallery?", halls[vals.index(min(vals))], "text", "argmin", True)
    li = r.choice(sorted(labelled))
    s.q("visitors in %s" % halls[li], vals[li], "number", "chart_value", True)
    a, b = r.sample(range(7), 2)
    s.q("did %s get more visitors than %s?" % (halls[a], halls[b]), "yes" if vals[a] > vals[b] else "no",
        "yesno", "compare_more", False)
    return s.qs


# ------------------------------------------------------------------ g06 VLC playlist
@scene("g06")
def g06():
    r = rng(106)
    d = fresh(os.path.join(WORK, "g06"))
    os.chmod(d, 0o755)
    artist = r.choice(["The Lantern Keepers", "Mira Solberg", "Copper Vale"])
    album = r.choice(["Low Tide Letters", "Northbound Lights", "Paper Harbours"])
    titles = r.sample(["Salt on the Window", "Slow Ferry", "Lighthouse Hours", "Marram Grass", "Undertow",
                       "Pier Lights", "Shingle Song", "Fog Bell", "Easterly"], 7)
    durs = r.sample(range(131, 372), 7)
    files = []
    for i, (t, du) in enumerate(zip(titles, durs), 1):
        wav = os.path.join(d, "t%02d.wav" % i)
        with wave.open(wav, "wb") as wf:
            wf.setnchannels(1); wf.setsampwidth(1); wf.setframerate(8000)
            wf.writeframes(b"\x80" * (8000 * du))
        og = os.path.join(d, "%02d - %s.ogg" % (i, t))
        subprocess.run(["oggenc", "-Q", "-q", "0", "-t", t, "-a", artist, "-l", album, "-N", str(i),
                        "-d", "2024", "-o", og, wav], check=True)
        os.remove(wav)
        files.append(og)
    vh = fresh(os.path.join(xhelp.SCRATCH, "vlchome"))
    os.chmod(vh, 0o777)
    env = dict(xhelp.ENV, HOME=vh, XDG_CONFIG_HOME=vh + "/.config", XDG_DATA_HOME=vh + "/.local/share",
               XDG_CACHE_HOME=vh + "/.cache", XDG_RUNTIME_DIR=vh)
    p = xhelp.start(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "vlc", "--no-qt-privacy-ask",
                     "--aout=dummy", "--no-playlist-autostart", "--no-qt-video-autoresize",
                     "--no-metadata-network-access"] + files, env=env)
    try:
        w = xhelp.find_window(name="VLC media player")
        time.sleep(3)
        xhelp.place(w, 0, 0, 900, 520)
        sh(["xdotool", "windowfocus", "--sync", str(w)])
        sh(["xdotool", "key", "--clearmodifiers", "ctrl+l"])
        time.sleep(4)
        xhelp.capture(w, png("g06_vlc_playlist"))
    finally:
        xhelp.stop(p)
    fmt = lambda s: "%02d:%02d" % divmod(s, 60)
    s = Scene("g06_vlc_playlist", "music_library", "\n".join(titles + [fmt(x) for x in durs] + [album, artist]))
    i = r.randrange(7)
    s.q("how long is %s" % titles[i], fmt(durs[i]), "time", "lookup", True)
    s.q("longest track in the playlist?", titles[durs.index(max(durs))], "text", "argmax", True)
    s.q("which song is the shortest", titles[durs.index(min(durs))], "text", "argmin", True)
    s.q("how many tracks are queued", 7, "count", "count", False)
    s.q("what's the third track", titles[2], "text", "nth", True)
    a, b = r.sample(range(7), 2)
    s.q("which is longer, %s or %s?" % (titles[a], titles[b]), titles[a] if durs[a] > durs[b] else titles[b],
        "text", "choice_more", True)
    return s.qs


# ------------------------------------------------------------------ g07 conky
@scene("g07")
def g07():
    from scenes_term import spawn_workers
    r = rng(107)
    names = r.sample(["renderfarm", "pgbackup", "searchidx", "mapreduce", "audiomix", "tilebaker",
                      "logshipper"], 5)
    mbs = [1300, 1600, 1900, 2200, 2500]
    r.shuffle(mbs)
    spec = list(zip(names, mbs))
    conf = os.path.join(xhelp.SCRATCH, "conky.conf")
    rows = "\n".join("${top_mem name %d}${goto 190}${top_mem mem_res %d}${goto 300}${top_mem pid %d}" % (i, i, i)
                     for i in range(1, 6))
    open(conf, "w").write("""conky.config = {
  out_to_x = true, out_to_console = false, own_window = true, own_window_type = 'normal',
  own_window_title = 'conky - studio-ws', own_window_colour = '1f2430', own_window_hints = '',
  alignment = 'top_left', gap_x = 40, gap_y = 40, minimum_width = 420, minimum_height = 230,
  use_xft = true, font = 'DejaVu Sans Mono:size=12', update_interval = 2, double_buffer = true,
  default_color = 'd8dee9', color1 = '88c0d0', top_name_width = 14, background = false,
};
conky.text = [[
${color1}STUDIO-WS  process monitor${color}
${hr 2}
${color1}Top memory users${color}
NAME${goto 190}RES${goto 300}PID
%s
${hr 1}
Processes: ${processes}   Running: ${running_processes}
]]
""" % rows)
    ps = spawn_workers(spec)
    p = None
    try:
        time.sleep(6)
        p = xhelp.start(["conky", "-c", conf], env=app_env())
        w = xhelp.find_window(name="conky - studio-ws")
        time.sleep(6)
        xhelp.capture(w, png("g07_conky_monitor"))
    finally:
        xhelp.stop(p)
        for q in ps:
            q.kill(); q.wait()
    order = [n for n, _ in sorted(spec, key=lambda x: -x[1])]
    s = Scene("g07_conky_monitor", "system_monitor", "\n".join(names))
    s.q("which process uses the most memory right now", order[0], "text", "argmax", True)
    s.q("Third process in the top memory list?", order[2], "text", "nth", True)
    a, b = r.sample(names, 2)
    s.q("is %s using less memory than %s" % (a, b), "yes" if dict(spec)[a] < dict(spec)[b] else "no", "yesno",
        "compare_less", False)
    s.q("of the top memory users, which one uses the least", order[-1], "text", "argmin", True)
    return s.qs


def run_homemade(script, state, title, out, size=None):
    sp = os.path.join(xhelp.SCRATCH, os.path.basename(script) + ".json")
    json.dump(state, open(sp, "w"))
    p = xhelp.start([PY, os.path.join(HERE, "apps", script), sp], env=app_env())
    try:
        w = xhelp.find_window(name=title)
        time.sleep(2)
        if size:
            xhelp.place(w, 30, 30, *size)
        else:
            xhelp.place(w, 30, 30)
        time.sleep(1.5)
        xhelp.capture(w, out)
    finally:
        xhelp.stop(p)


# ------------------------------------------------------------------ g08 GTK3 settings (home-made)
@scene("g08")
def g08():
    r = rng(108)
    sw = [(l, r.random() < 0.5) for l in ["Auto-rotate photos", "Delete from camera after import",
                                           "Import videos too", "Skip duplicates"]]
    sw[0] = (sw[0][0], True); sw[1] = (sw[1][0], False)
    r.shuffle(sw)
    checks = [(l, r.random() < 0.55) for l in ["JPEG", "RAW (CR3/NEF/ARW)", "HEIC", "PNG", "TIFF", "Sidecar XMP"]]
    radios = ["Original file name", "Date and time taken", "Event name + number"]
    st = dict(switches=sw, checks=checks, radios=radios, radio_on=r.choice(radios),
              dests=["~/Pictures/Imported", "~/Pictures/By date", "/media/nas/photos"],
              quality=r.randint(70, 98), buttons=["Restore defaults", "Cancel", "Apply"])
    st["dest"] = r.choice(st["dests"])
    name = "g08_gtk_import_prefs"
    run_homemade("gtk_import_prefs.py", st, "Photo import preferences", png(name))
    s = Scene(name, "settings_dialog", json.dumps(st))
    a = r.choice(sw)
    s.q("is '%s' switched on?" % a[0].lower(), "yes" if a[1] else "no", "yesno", "state_yesno", False)
    s.q("which naming option is selected", st["radio_on"], "text", "selected", True)
    s.q("how many file types are ticked", sum(c[1] for c in checks), "count", "count", False)
    c = r.choice(checks)
    s.q("%s checkbox - checked or not?" % c[0].split()[0], "yes" if c[1] else "no", "yesno", "state_yesno", False)
    s.q("JPEG quality setting?", st["quality"], "number", "lookup", True)
    shown = [st["buttons"][0]] + st["buttons"][:0:-1]      # left to right as packed
    s.q("what buttons are at the bottom", "; ".join(shown), "text", "read", True)
    s.q("where do i click to save these settings", "Apply", "text", "locate", True)
    s.q("destination folder?", st["dest"], "text", "selected", True)
    return s.qs


# ------------------------------------------------------------------ g09 Tk progress (home-made)
@scene("g09")
def g09():
    r = rng(109)
    n = r.randint(9, 16)
    k = r.randint(3, n - 2)
    clip = r.choice(["harbour_sunset.mov", "kite_festival.mp4", "market_walk.mov", "drone_cliffs.mp4"])
    tot = round(r.uniform(3.2, 7.8), 1)
    pct = r.randint(25, 80)
    done = round(tot * pct / 100, 1)
    mins = r.randint(2, 14)
    st = dict(title="Export video", heading="Exporting \u201cSummer edit v2\u201d",
              line1="Encoding clip %d of %d: %s" % (k, n, clip), pct=pct,
              line2="%.1f GB of %.1f GB written" % (done, tot), line3="About %d minutes remaining" % mins,
              shutdown=r.random() < 0.5, buttons=["Pause", "Cancel"])
    name = "g09_tk_export_progress"
    run_homemade("tk_export_progress.py", st, "Export video", png(name))
    s = Scene(name, "progress_dialog", json.dumps(st) + " %d%%" % pct)
    s.q("how far along is the export (percent)", "%d%%" % pct, "percent", "lookup", True)
    s.q("which clip is being encoded right now", clip, "text", "read", True)
    s.q("how many clips in total", n, "count", "lookup", True)
    s.q("is 'shut down when finished' ticked?", "yes" if st["shutdown"] else "no", "yesno", "state_yesno", False)
    s.q("what buttons does the dialog offer", "Pause; Cancel", "text", "read", True)
    s.q("how many GB are still left to write", round(tot - done, 1), "number", "difference", False)
    return s.qs


# ------------------------------------------------------------------ g10 PyQt5 table (home-made)
@scene("g10")
def g10():
    r = rng(110)
    tools = r.sample(["Hedge trimmer", "Tile cutter", "Pressure washer", "Orbital sander", "Wallpaper steamer",
                      "Ladder 3.5 m", "Cement mixer", "Stud finder", "Post-hole digger", "Carpet cleaner",
                      "Jigsaw", "Router table"], 10)
    people = ["A. Kowalski", "R. Mensah", "J. O'Neill", "S. Lindqvist", "P. Nair", "D. Ferreira", "M. Haddad"]
    rows = []
    for t in tools:
        out = datetime.date(2025, 5, 1) + datetime.timedelta(days=r.randint(0, 20))
        due = out + datetime.timedelta(days=r.choice([3, 7, 7, 14]))
        rows.append([t, r.choice(people), out.isoformat(), due.isoformat(), "%d.00" % r.choice(range(10, 85, 5))])
    deps = [float(x[4]) for x in rows]
    assert deps.count(max(deps)) == 1 or True
    while deps.count(max(deps)) > 1:
        i = deps.index(max(deps)); rows[i][4] = "%d.00" % (int(deps[i]) + 5); deps = [float(x[4]) for x in rows]
    sel = r.randrange(10)
    st = dict(title="Tool library - loans", cols=["Tool", "Borrower", "Borrowed", "Due back", "Deposit (\u00a3)"],
              rows=rows, selected=sel, status="10 items on loan")
    name = "g10_qt_tool_loans"
    run_homemade("qt_tool_loans.py", st, "Tool library - loans", png(name))
    s = Scene(name, "table_app", json.dumps(st))
    s.q("which tool is selected?", rows[sel][0], "text", "selected", True)
    i = r.randrange(10)
    s.q("who borrowed the %s" % rows[i][0].lower(), rows[i][1], "person", "cell", True)
    j = r.choice([x for x in range(10) if x != i])
    s.q("when is the %s due back" % rows[j][0], rows[j][3], "date", "cell", True)
    s.q("which item has the biggest deposit", rows[deps.index(max(deps))][0], "text", "argmax", True)
    cut = "2025-05-15"
    s.q("how many tools are due back after 15 May 2025", sum(x[3] > cut for x in rows), "count", "count", False)
    s.q("total deposits held?", "%.2f" % sum(deps), "money", "sum", False)
    return s.qs


# ------------------------------------------------------------------ g11 hgweb in chromium --app
@scene("g11")
def g11():
    r = rng(111)
    d = fresh(os.path.join(WORK, "orchard-sensors"))
    people = [("Gwen Albright", "gwen@orchard.example"), ("Kofi Asante", "kofi@orchard.example"),
              ("Yuki Mori", "yuki@orchard.example")]
    subjects = r.sample(["initial sensor schema", "add soil moisture probe driver", "fix frost alert threshold",
                         "log battery voltage every 10 min", "switch to LoRa uplink", "add calibration table",
                         "handle sensor timeouts", "nightly CSV export", "document wiring"], 7)
    env = dict(os.environ, HOME=HOME, HGPLAIN="1", HGRCPATH="", TZ="UTC")
    subprocess.run(["hg", "init", d], env=env, check=True)
    t = datetime.datetime(2024, 9, 2, 10, 0)
    commits = []
    for i, sj in enumerate(subjects):
        t += datetime.timedelta(days=r.randint(2, 9), hours=r.randint(0, 6))
        a = people[[0, 1, 2, 0, 1, 0, 2][i]] if i else people[0]
        a = r.choice(people) if i >= 2 else a
        with open(os.path.join(d, "sensors_%d.txt" % (i % 3)), "a") as f:
            f.write(sj + "\n")
        subprocess.run(["hg", "-R", d, "commit", "-A", "-q", "-m", sj, "-u", "%s <%s>" % a, "-d",
                        "%d 0" % int(utc(t))], env=env, check=True)
        commits.append(dict(s=sj, a=a[0], t=t))
        if i == 4:
            subprocess.run(["hg", "-R", d, "tag", "-q", "v1.2.0", "-u", "%s <%s>" % a, "-d", "%d 0" % int(utc(t) + 60)],
                           env=env, check=True)
            commits.append(dict(s="Added tag v1.2.0 for changeset", a=a[0], t=t, tag=True))
    port = 8000 + r.randint(100, 900)
    hp = xhelp.start(["hg", "serve", "-R", d, "-a", "127.0.0.1", "-p", str(port), "--name", "orchard-sensors"],
                     env=env)
    time.sleep(2)
    prof = os.path.join(xhelp.SCRATCH, "chromium-prof")
    p = xhelp.start(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu",
                     "--user-data-dir=" + prof, "--window-position=20,20", "--window-size=1080,600",
                     "--app=http://127.0.0.1:%d/shortlog" % port])
    try:
        w = xhelp.find_window(name="orchard-sensors")
        time.sleep(3)
        xhelp.capture(w, png("g11_hgweb_shortlog"))
    finally:
        xhelp.stop(p)
        xhelp.stop(hp)
    real = [c for c in commits if not c.get("tag")]
    s = Scene("g11_hgweb_shortlog", "web_app", "\n".join([c["s"] for c in real] + [p[0] for p in people] + ["v1.2.0", "orchard-sensors"]))
    s.q("latest change description?", commits[-1]["s"], "text", "latest", True)
    c = r.choice(real[1:-1])
    s.q("who committed '%s'" % c["s"], c["a"], "person", "party", True)
    who = r.choice(people)[0]
    s.q("how many changesets are by %s" % who, sum(c["a"] == who for c in commits), "count", "count", False)
    s.q("what was the first change in this repo", real[0]["s"], "text", "earliest", True)
    tagged = real[4]["s"]
    s.q("which version tag is shown in the log", "v1.2.0", "version", "version", True)
    s.q("what's the repository called", "orchard-sensors", "text", "title", True)
    return s.qs
