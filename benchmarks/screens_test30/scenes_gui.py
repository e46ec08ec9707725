"""GUI windows of screens_test30."""
import datetime as dt
import json
import os
import shutil
import subprocess
import time

import harness as H
from common import SCRATCH, OUT, Scene, rng, fresh_dir
from scenes_term import WORKER, ts

APPS = os.path.join(OUT, "apps")
SYSPY = "/usr/bin/python3"


def _env(home, **kw):
    e = dict(H.ENV, HOME=home, XDG_CONFIG_HOME=f"{home}/.config", XDG_DATA_HOME=f"{home}/.local/share",
             XDG_CACHE_HOME=f"{home}/.cache", XDG_RUNTIME_DIR=f"{home}/.run", PATH="/usr/local/bin:/usr/bin:/bin")
    os.makedirs(e["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    e.update(kw)
    return e


def _shot(sc, wid, geo=None):
    if geo:
        H.place(wid, *geo)
    H.activate(wid)
    time.sleep(1.0)
    H.capture(wid, f"{OUT}/images/{sc.name}.png")


def _dpkg_ver(pkg):
    v = subprocess.run(["dpkg-query", "-W", "-f=${Version}", pkg], capture_output=True, text=True).stdout
    return v.split(":")[-1].split("-")[0].split("+")[0]


# ---------------------------------------------------------------- g01 gftp local pane
def g01():
    r = rng("g01")
    home = fresh_dir(f"{SCRATCH}/home/g01")
    d = f"{home}/exports/invoices_2024"
    os.makedirs(d)
    names = ["INV-2024-0311.pdf", "INV-2024-0312.pdf", "INV-2024-0313.pdf", "INV-2024-0314.pdf",
             "credit_note_0042.pdf", "ledger_q3.xlsx", "ledger_q3.csv", "vat_return_q3.pdf", "receipts_sep.zip",
             "remittance_advice.txt"]
    files = {}
    days = r.sample(range(1, 92), len(names))
    for n, day in zip(names, days):
        size = r.randint(400_000, 9_000_000) if n.endswith(".zip") else r.randint(18_000, 950_000)
        if n.endswith(".txt") or n.endswith(".csv"):
            size = r.randint(900, 40_000)
        when = dt.datetime(2024, 7, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=day - 1, hours=r.randint(8, 18),
                                                                             minutes=r.randint(0, 59))
        files[n] = (size, when)
        with open(f"{d}/{n}", "wb") as f:
            f.truncate(size)
        os.utime(f"{d}/{n}", (when.timestamp(),) * 2)
    rc = ("listbox_local_width=860\nlistbox_remote_width=240\nlocal_file_width=190\nlocal_size_width=90\n"
          "local_date_width=150\nlocal_user_width=60\nlocal_group_width=60\nlocal_attribs_width=90\n")
    for dd in (f"{home}/.gftp", f"{home}/.config/gftp"):
        os.makedirs(dd, exist_ok=True)
        open(f"{dd}/gftprc", "w").write(rc)
    e = _env(home)
    p = H.spawn(["gftp-gtk"], env=e, cwd=d, log=f"{SCRATCH}/g01.log")
    wid = H.wait_window(pid=p.pid, timeout=40, settle=2.0)
    sc = Scene("g01_gftp_local", "file_manager", f"gFTP {_dpkg_ver('gftp-gtk')} (GTK2), local pane, not connected",
               "light", "invoices folder: 10 files with seeded sizes and mtimes (Jul-Sep 2024)")
    H.place(wid, 20, 20, 1200, 740)
    H.activate(wid)
    H.drag(651, 310, 1010, 310)    # widen the local pane
    H.drag(158, 175, 318, 175)     # widen the Filename column
    H.drag(523, 175, 603, 175)     # widen the Date column
    _shot(sc, wid)
    sz = {n: s for n, (s, _) in files.items()}
    mt = {n: w for n, (_, w) in files.items()}
    sc.text = "\n".join(f"{n} {s} {s:,}" for n, s in sz.items())
    sc.q("biggest file in the local folder?", max(sz, key=sz.get), "text", "argmax", True)
    sc.q("which file is the smallest one", min(sz, key=sz.get), "text", "argmin", True)
    sc.q("how many PDFs are there", sum(n.endswith(".pdf") for n in names), "count", "count", False)
    k = r.choice(["ledger_q3.xlsx", "vat_return_q3.pdf", "credit_note_0042.pdf"])
    sc.q(f"size of {k} in bytes?", sz[k], "number", "lookup", True)
    sc.q("which of the files was changed last", max(mt, key=mt.get), "text", "latest", True)
    a, b = "INV-2024-0311.pdf", "INV-2024-0314.pdf"
    sc.q(f"is {a} larger than {b}", "yes" if sz[a] > sz[b] else "no", "yesno", "compare_more", False)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g02 Arduino IDE
def g02():
    r = rng("g02")
    home = fresh_dir(f"{SCRATCH}/home/g02")
    os.makedirs(f"{home}/.arduino15")
    sk = f"{home}/Arduino/greenhouse_monitor"
    os.makedirs(sk)
    open(f"{home}/.arduino15/preferences.txt", "w").write(
        "editor.linenumbers=true\nupdate.check=false\nsketchbook.path=%s/Arduino\neditor.window.width.default=1180\n"
        "editor.window.height.default=740\nlast.screen.width=1280\nlast.screen.height=800\n"
        "editor.font=Monospaced,plain,12\nconsole.lines=3\n" % home)
    consts = {"SOIL_PIN": f"A{r.randint(0, 3)}", "FAN_PIN": str(r.randint(5, 9)),
              "FAN_ON_TEMP": str(r.randint(26, 31)), "DRY_THRESHOLD": str(r.randint(380, 620)),
              "LOG_INTERVAL_MS": str(r.choice([5000, 10000, 15000, 30000]))}
    bodies = {
        "readSoil": ["int readSoil() {", "  int raw = analogRead(SOIL_PIN);", "  return 1023 - raw;", "}"],
        "readTemp": ["float readTemp() {", "  int mv = analogRead(A5) * 4.88;", "  return (mv - 500) / 10.0;", "}"],
        "updateFan": ["void updateFan(float t) {", "  if (t > FAN_ON_TEMP) {", "    digitalWrite(FAN_PIN, HIGH);",
                      "  } else {", "    digitalWrite(FAN_PIN, LOW);", "  }", "}"],
        "logReading": ["void logReading(int soil, float t) {", "  Serial.print(\"soil=\");", "  Serial.print(soil);",
                       "  Serial.print(\" temp=\");", "  Serial.println(t);", "}"],
        "needsWater": ["bool needsWater(int soil) {", "  return soil < DRY_THRESHOLD;", "}"],
    }
    order = r.sample(sorted(bodies), len(bodies))
    lines = ["// Greenhouse monitor - soil moisture + temperature", "", ]
    for k, v in consts.items():
        lines.append(f"#define {k} {v}")
    lines += ["", "unsigned long lastLog = 0;", "", "void setup() {", "  Serial.begin(9600);",
              "  pinMode(FAN_PIN, OUTPUT);", "}", "", "void loop() {", "  int soil = readSoil();",
              "  float t = readTemp();", "  updateFan(t);", "  if (millis() - lastLog > LOG_INTERVAL_MS) {",
              "    logReading(soil, t);", "    lastLog = millis();", "  }", "}", ""]
    starts = {"setup": lines.index("void setup() {") + 1, "loop": lines.index("void loop() {") + 1}
    for k in order:
        starts[k] = len(lines) + 1
        lines += bodies[k] + [""]
    src = "\n".join(lines) + "\n"
    open(f"{sk}/greenhouse_monitor.ino", "w").write(src)
    e = _env(home, JAVA_TOOL_OPTIONS=f"-Dawt.useSystemAAFontSettings=on -Duser.home={home}")
    p = H.spawn(["arduino", f"{sk}/greenhouse_monitor.ino"], env=e, cwd=home, log=f"{SCRATCH}/g02.log")
    wid = H.wait_window(name="greenhouse_monitor", timeout=120, settle=4.0)
    sc = Scene("g02_arduino_sketch", "code_editor", f"Arduino IDE {_dpkg_ver('arduino')} (Java Swing), line numbers on",
               "light (default)", "greenhouse_monitor.ino: 5 #defines, setup/loop + 5 helpers in seeded order")
    _shot(sc, wid, (20, 10, 1180, 780))
    sc.text = src + "\ngreenhouse_monitor Arduino " + _dpkg_ver("arduino") + "\n"
    sc.text += " ".join(str(i) for i in range(1, len(lines) + 1))  # the gutter's line numbers
    visible = [k for k in order if starts[k] + len(bodies[k]) <= 34]
    f = r.choice(visible)
    sc.q(f"what line does {f}() start on", starts[f], "number", "lookup", True)
    sc.q("how many #define constants are at the top", len(consts), "count", "count", False)
    sc.q("FAN_ON_TEMP is set to what", consts["FAN_ON_TEMP"], "number", "lookup", True)
    sc.q("Which pin is the soil sensor on?", consts["SOIL_PIN"], "text", "lookup", True)
    sc.q("which function comes right after loop()", order[0], "text", "next", True)
    sc.q("arduino ide version?", _dpkg_ver("arduino"), "version", "version", True)
    sc.q("name of the sketch?", "greenhouse_monitor", "text", "title", True)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g03 GIMP showing a chart
def g03():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    r = rng("g03")
    home = fresh_dir(f"{SCRATCH}/home/g03")
    cats = ["Northgate", "Riverside", "Old Town", "Hillcrest", "Harbour", "Elm Park"]
    vals = r.sample(range(2100, 9800, 130), len(cats))
    labelled = set(r.sample(range(len(cats)), 3))
    fig, ax = plt.subplots(figsize=(9, 5.6), dpi=100)
    bars = ax.bar(cats, vals, color="#5b8bd0")
    for i, b in enumerate(bars):
        if i in labelled:
            ax.text(b.get_x() + b.get_width() / 2, vals[i] + 80, f"{vals[i]:,}", ha="center", fontsize=10)
    ax.set_title("Library visits by branch, March 2024")
    ax.set_ylabel("visits")
    ax.set_ylim(0, 11000)
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    png = f"{home}/branch_visits.png"
    fig.savefig(png)
    plt.close(fig)
    cfg = f"{home}/.config/GIMP/2.10"
    os.makedirs(cfg)
    open(f"{cfg}/gimprc", "w").write("(single-window-mode yes)\n(show-tips no)\n(check-updates no)\n")
    e = _env(home)
    p = H.spawn(["gimp", "-s", "-d", png], env=e, cwd=home, log=f"{SCRATCH}/g03.log")
    wid = H.wait_window(name="branch_visits", timeout=120, settle=5.0)
    sc = Scene("g03_gimp_chart", "chart", f"GIMP {_dpkg_ver('gimp')} (GTK2), single-window mode",
               "dark (default)", "matplotlib bar chart, 6 branches, 3 bars labelled")
    H.place(wid, 0, 0, 1280, 800)
    H.activate(wid)
    H.key("shift+ctrl+j", delay=1.5)   # View > Zoom > Fit Image in Window
    _shot(sc, wid)
    sc.text = "\n".join(f"{c} {v:,}" for i, (c, v) in enumerate(zip(cats, vals)) if i in labelled)
    sc.text += "\nLibrary visits by branch, March 2024 " + " ".join(cats) + " 900x560"
    sc.q("image dimensions in pixels?", "900x560", "text", "lookup", True)
    sc.q("what is the chart title", "Library visits by branch, March 2024", "text", "title", True)
    sc.q("which branch had the most visits", cats[vals.index(max(vals))], "text", "argmax", True)
    sc.q("and the fewest?", cats[vals.index(min(vals))], "text", "argmin", True)
    i = sorted(labelled)[0]
    sc.q(f"how many visits did {cats[i]} get", f"{vals[i]:,}", "number", "chart_value", True)
    j = r.choice([k for k in range(len(cats)) if k not in labelled])
    sc.q(f"roughly how many visits for {cats[j]}?", vals[j], "approx", "chart_value", False)
    a, b = r.sample(range(len(cats)), 2)
    sc.q(f"{cats[a]} or {cats[b]} - which had more visits", cats[a] if vals[a] > vals[b] else cats[b], "text",
         "choice_more", True)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g04 doxygen HTML in chromium --app
def g04():
    r = rng("g04")
    home = fresh_dir(f"{SCRATCH}/home/g04")
    proj = f"{home}/ringlog"
    os.makedirs(proj)
    ver = f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(0, 12)}"
    funcs = [("rl_open", "ringlog_t *", "const char *path, size_t capacity", "Open or create a ring log file."),
             ("rl_close", "int", "ringlog_t *log", "Flush pending records and close the log."),
             ("rl_append", "int", "ringlog_t *log, const void *rec, size_t len", "Append one record, overwriting the oldest when full."),
             ("rl_count", "size_t", "const ringlog_t *log", "Number of records currently stored."),
             ("rl_read", "ssize_t", "const ringlog_t *log, size_t index, void *buf, size_t buflen", "Copy the record at index into buf."),
             ("rl_clear", "void", "ringlog_t *log", "Drop every record without shrinking the file."),
             ("rl_version", "const char *", "void", "Library version string.")]
    n = r.randint(5, 7)
    funcs = funcs[:n]
    hdr = ["/**", " * @file ringlog.h", " * @brief Fixed-size on-disk ring buffer for log records.", " */",
           "#include <stddef.h>", "#include <sys/types.h>", "",
           "/** Opaque handle of an open ring log. */", "typedef struct ringlog ringlog_t;", ""]
    for name, ret, args, brief in funcs:
        hdr += ["/**", f" * @brief {brief}", " */", f"{ret} {name}({args});", ""]
    open(f"{proj}/ringlog.h", "w").write("\n".join(hdr))
    open(f"{proj}/Doxyfile", "w").write(
        f'PROJECT_NAME = "ringlog"\nPROJECT_NUMBER = "{ver}"\nPROJECT_BRIEF = "Crash-safe ring buffer logs"\n'
        "INPUT = ringlog.h\nOUTPUT_DIRECTORY = docs\nGENERATE_LATEX = NO\nOPTIMIZE_OUTPUT_FOR_C = YES\n"
        "QUIET = YES\nTIMESTAMP = NO\nHTML_TIMESTAMP = NO\nGENERATE_TREEVIEW = NO\nSEARCHENGINE = NO\nHAVE_DOT = NO\nINCLUDE_GRAPH = NO\nINCLUDED_BY_GRAPH = NO\n")
    subprocess.run(["doxygen", "Doxyfile"], cwd=proj, check=True, capture_output=True)
    page = f"{proj}/docs/html/ringlog_8h.html"
    html = open(page).read()
    e = _env(home)
    p = H.spawn(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu", "--password-store=basic",
                 f"--user-data-dir={home}/chr", "--window-position=20,20", "--window-size=1180,760",
                 f"--app=file://{page}"], env=e, log=f"{SCRATCH}/g04.log")
    wid = H.wait_window(name="ringlog", timeout=60, settle=4.0)
    sc = Scene("g04_doxygen_chromium", "web", f"Doxygen {_dpkg_ver('doxygen')} HTML (file page) in chromium --app",
               "light", f"C header ringlog.h, {n} documented functions, project version {ver}")
    _shot(sc, wid, (20, 20, 1180, 760))
    import re
    sc.text = re.sub(r"<[^>]+>", " ", html).replace("&#160;", " ").replace("&amp;", "&")
    sc.q("what version of ringlog are these docs for?", ver, "version", "version", True)
    sc.q("how many functions does ringlog.h declare", n, "count", "count", False)
    k = r.choice([f for f in funcs if f[1] in ("size_t", "ssize_t", "int")])
    sc.q(f"what does {k[0]} return (type)?", k[1], "text", "cell", True)
    sc.q("which function opens the log?", "rl_open", "text", "read", True)
    sc.q("project brief says what", "Crash-safe ring buffer logs", "text", "read", True)
    sc.q("Is there a function to clear the log?", "yes" if any(f[0] == "rl_clear" for f in funcs) else "no",
         "yesno", "exists", False)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g05 gnome-system-monitor
def g05():
    r = rng("g05")
    home = fresh_dir(f"{SCRATCH}/home/g05")
    bindir = fresh_dir(f"{SCRATCH}/g05bin")
    os.chmod(bindir, 0o755)
    open(f"{bindir}/worker.py", "w").write(WORKER)
    os.chmod(f"{bindir}/worker.py", 0o644)
    names = ["kx-ledger", "kx-imgshrink", "kx-walarchive", "kx-feedpoll", "kx-geocode"]
    mbs = r.sample(range(30, 600, 70), len(names))
    users = ["root"] * 5
    for i in r.sample(range(5), 2):
        users[i] = "nobody"
    procs = []
    for n, mb, u in zip(names, mbs, users):
        shutil.copy("/usr/bin/python3.11", f"{bindir}/{n}")
        cmd = [f"{bindir}/{n}", f"{bindir}/worker.py", str(mb), "1"]
        if u == "nobody":
            cmd = ["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"] + cmd
        procs.append(H.spawn(cmd, env=dict(os.environ)))
    time.sleep(3)
    e = _env(home)
    p = H.spawn(["dbus-run-session", "--", "sh", "-c", "gsettings set org.gnome.gnome-system-monitor "
                 "show-whose-processes all; exec gnome-system-monitor -p"], env=e, log=f"{SCRATCH}/g05.log")
    wid = H.wait_window(name="System Monitor", timeout=60, settle=3.0)
    H.place(wid, 20, 20, 1180, 700)
    H.activate(wid)
    # filter by the common prefix with the search button of the header bar
    x, y, w, h = H.geom(wid)
    H.click(x + w - 197, y + 27)
    time.sleep(0.8)
    H.type_text("kx-")
    time.sleep(2.5)
    sc = Scene("g05_gnome_system_monitor", "system_monitor",
               f"GNOME System Monitor {_dpkg_ver('gnome-system-monitor')} (GTK3), Processes tab, search 'kx-'",
               "light (Adwaita)", "5 seeded worker processes with set memory, 2 run as nobody, search filter")
    _shot(sc, wid)
    H.stop(p)
    for q in procs:
        H.stop(q)
    sc.text = " ".join(names) + " root nobody"
    sc.q("which kx process is eating the most memory?", names[mbs.index(max(mbs))], "text", "argmax", True)
    sc.q("how many processes are shown", len(names), "count", "count", False)
    sc.q("how many of them belong to nobody", users.count("nobody"), "count", "count", False)
    k = r.choice(names)
    sc.q(f"what user runs {k}", users[names.index(k)], "text", "cell", True)
    a, b = r.sample(names, 2)
    sc.q(f"which uses less memory, {a} or {b}?", a if mbs[names.index(a)] < mbs[names.index(b)] else b, "text",
         "choice_less", True)
    sc.save()


# ---------------------------------------------------------------- g06 qutebrowser + pdf.js
def g06():
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    r = rng("g06")
    home = fresh_dir(f"{SCRATCH}/home/g06")
    sites = ["Depot A", "Depot B", "Canal Street", "Mill Lane", "Westfield", "Quay Road"]
    costs = {s: r.randint(1800, 24000) for s in sites}
    visits = {s: r.randint(2, 19) for s in sites}
    to = r.choice(["Priya Natarajan", "Jonas Lindqvist", "Maeve Gallagher"])
    by = r.choice(["Okan Demir", "Ruth Abernathy", "Kofi Mensah"])
    date = dt.date(2024, 10, r.randint(1, 28))
    pages = r.randint(3, 5)
    pdf = f"{home}/facilities_q3_2024.pdf"
    with PdfPages(pdf) as pp:
        fig = plt.figure(figsize=(8.27, 11.69))
        fig.text(0.08, 0.93, "Facilities Maintenance Report - Q3 2024", fontsize=18, weight="bold")
        fig.text(0.08, 0.895, f"Prepared for: {to}", fontsize=11)
        fig.text(0.08, 0.875, f"Prepared by: {by}", fontsize=11)
        fig.text(0.08, 0.855, f"Date: {date.isoformat()}", fontsize=11)
        ax = fig.add_axes([0.08, 0.55, 0.84, 0.26])
        ax.axis("off")
        rows = [[s, str(visits[s]), f"EUR {costs[s]:,}"] for s in sites]
        tb = ax.table(cellText=rows, colLabels=["Site", "Call-outs", "Cost"], loc="upper left", cellLoc="left")
        tb.scale(1, 1.6)
        tb.set_fontsize(11)
        fig.text(0.08, 0.5, f"Total cost: EUR {sum(costs.values()):,}", fontsize=11)
        pp.savefig(fig)
        plt.close(fig)
        for i in range(2, pages + 1):
            fig = plt.figure(figsize=(8.27, 11.69))
            fig.text(0.08, 0.93, f"Section {i}: site notes", fontsize=14)
            pp.savefig(fig)
            plt.close(fig)
    e = _env(home)
    e["QTWEBENGINE_DISABLE_SANDBOX"] = "1"
    p = H.spawn(["qutebrowser", "--basedir", f"{home}/qb", "-s", "content.pdfjs", "true",
                 "-s", "window.title_format", "{perc}{current_title}{title_sep}qutebrowser",
                 f"file://{pdf}"], env=e, log=f"{SCRATCH}/g06.log")
    wid = H.wait_window(cls="qutebrowser", timeout=90, settle=6.0)
    sc = Scene("g06_qutebrowser_pdf", "document_viewer",
               f"qutebrowser {_dpkg_ver('qutebrowser')} (Qt5 WebEngine) with its pdf.js viewer",
               "light", f"{pages}-page matplotlib PDF report, cost table on page 1")
    _shot(sc, wid, (10, 10, 1240, 780))
    sc.text = "\n".join(f"{s} {visits[s]} EUR {costs[s]:,}" for s in sites)
    sc.text += f"\nPrepared for: {to} Prepared by: {by} Date: {date.isoformat()} of {pages} Total cost: EUR {sum(costs.values()):,}"
    sc.q("how many pages does this pdf have", pages, "count", "count", True)
    sc.q("who's the report prepared for", to, "person", "party", True)
    s = r.choice(sites)
    sc.q(f"cost for {s}?", f"EUR {costs[s]:,}", "money", "cell", True)
    sc.q("which site had the most call-outs", max(sites, key=visits.get), "text", "argmax", True)
    sc.q("report date", date.isoformat(), "date", "lookup", True)
    a, b = r.sample(sites, 2)
    sc.q(f"cost of {a} minus cost of {b}", costs[a] - costs[b], "money", "subtract", False)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g07 GNU plotutils graph -T X (Athena)
def g07():
    r = rng("g07")
    years = list(range(2013, 2025))
    v = r.randint(300, 500)
    vals = []
    for y in years:
        v = max(120, v + r.randint(-70, 90))
        if y == 2020:
            v = int(v * 0.45)
        vals.append(v)
    data = "\n".join(f"{y} {x}" for y, x in zip(years, vals)) + "\n"
    title = "Ferry passengers per year (thousands)"
    p = subprocess.Popen(["graph", "-T", "X", "-F", "HersheySans", "-m", "1", "-S", "4", "-L", title, "-X", "year",
                          "-x", "2012", "2025", "-y", "0", str((max(vals) // 100 + 2) * 100),
                          "--bitmap-size", "900x640", "--bg-color", "white"],
                         env=H.ENV, stdin=subprocess.PIPE, text=True, start_new_session=True)
    H._started.append(p)
    p.stdin.write(data)
    p.stdin.close()
    wid = H.wait_window(name="xplot", timeout=30, settle=2.0)
    sc = Scene("g07_plotutils_graph", "chart", "GNU plotutils 2.6 `graph -T X` (Xt/Athena window)", "light",
               "line chart with markers, 12 yearly values")
    _shot(sc, wid, (40, 40, 900, 640))
    sc.text = title + " year"
    sc.q("what's the chart titled", title, "text", "title", True)
    sc.q("which year had the most passengers", years[vals.index(max(vals))], "text", "argmax", False)
    sc.q("lowest year?", years[vals.index(min(vals))], "text", "argmin", False)
    y = r.choice([2015, 2017, 2022])
    sc.q(f"about how many thousand passengers in {y}", vals[years.index(y)], "approx", "chart_value", False)
    sc.q("how many data points are plotted", len(years), "count", "count", False)
    H.sh(["xdotool", "windowkill", str(wid)])
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g08 home-made PyQt5 progress dialog
def g08():
    r = rng("g08")
    total = r.randint(180, 420)
    done = r.randint(40, total - 30)
    pct = done * 100 // total
    cur = f"IMG_{r.randint(1000, 9999)}.CR3"
    checks = [("Close this window when finished", r.random() < 0.5),
              ("Delete originals from camera after import", r.random() < 0.5),
              ("Convert RAW files to DNG", r.random() < 0.5)]
    st = dict(title="Import Photos", heading="Importing from EOS R6 (card 1)",
              line1=f"Copying {done} of {total} files", line2=f"Current file: {cur}", percent=pct,
              line3=f"Speed: {r.randint(18, 95)} MB/s", checks=checks, buttons=["Pause", "Skip file", "Cancel"])
    home = fresh_dir(f"{SCRATCH}/home/g08")
    json.dump(st, open(f"{home}/state.json", "w"))
    p = H.spawn([SYSPY, f"{APPS}/qt_progress.py", f"{home}/state.json"], env=_env(home), log=f"{SCRATCH}/g08.log")
    wid = H.wait_window(name="Import Photos", timeout=30, settle=1.5)
    sc = Scene("g08_qt_import_progress", "dialog", "home-made PyQt5 QDialog (Fusion)", "light",
               "photo import progress: bar, file counter, 3 checkboxes, 3 buttons")
    _shot(sc, wid)
    sc.text = json.dumps(st) + f" {pct}%"
    sc.q("what percentage does the progress bar show", f"{pct}%", "percent", "lookup", True)
    sc.q("how many files are still left to copy", total - done, "count", "subtract", False)
    sc.q("which buttons can i press here", "; ".join(st["buttons"]), "text", "read", True)
    k = r.randrange(3)
    sc.q(f"is \"{checks[k][0]}\" ticked?", "yes" if checks[k][1] else "no", "yesno", "state_yesno", False)
    sc.q("which file is being copied right now", cur, "code", "lookup", True)
    sc.q("to stop the import altogether, which button?", "Cancel", "text", "locate", True)
    H.stop(p)
    sc.save()


# ---------------------------------------------------------------- g09 home-made Tk export dialog
def g09():
    r = rng("g09")
    layers = ["Basemap (OSM)", "Hillshade", "Contours 10 m", "Footpaths", "Bus stops", "Parcels 2024",
              "Flood zones"]
    sel = r.randrange(len(layers))
    formats = ["PNG image", "SVG vector", "PDF document", "GeoTIFF"]
    fmt = r.choice(formats)
    checks = [(t, r.random() < 0.5) for t in ("Legend", "Scale bar", "North arrow", "Grid labels", "Attribution")]
    dpi = r.choice(["150", "300", "600"])
    st = dict(title="Export map", layers=layers, layer_sel=sel, formats=formats, format=fmt, checks=checks,
              dpi=dpi, buttons=["Preview", "Cancel", "Export"])
    home = fresh_dir(f"{SCRATCH}/home/g09")
    json.dump(st, open(f"{home}/state.json", "w"))
    p = H.spawn([SYSPY, f"{APPS}/tk_export.py", f"{home}/state.json"], env=_env(home), log=f"{SCRATCH}/g09.log")
    wid = H.wait_window(name="Export map", timeout=30, settle=1.5)
    sc = Scene("g09_tk_map_export", "settings", "home-made Tk/ttk dialog (clam)", "light",
               "map export: layer list with a selected row, format radios, 5 checkboxes, dpi combobox")
    _shot(sc, wid)
    sc.text = json.dumps(st)
    sc.q("which export format is selected", fmt, "text", "selected", True)
    sc.q("which layer is highlighted in the list?", layers[sel], "text", "selected", True)
    k = r.randrange(5)
    sc.q(f"{checks[k][0].lower()} on or off?", "on" if checks[k][1] else "off", "text", "state_yesno", False)
    sc.q("how many of the include options are checked", sum(c[1] for c in checks), "count", "count", False)
    sc.q("what resolution is set", dpi, "number", "lookup", True)
    sc.q("is SVG vector chosen?", "yes" if fmt == "SVG vector" else "no", "yesno", "state_yesno", False)
    H.stop(p)
    sc.save()


SCENES = {"g01": g01, "g02": g02, "g03": g03, "g04": g04, "g05": g05, "g06": g06, "g07": g07, "g08": g08,
          "g09": g09}
