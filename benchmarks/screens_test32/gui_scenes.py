"""GUI application scenes. Each returns dict(category, questions=[(q, answer, type, intent, literal)], drawn)."""
import os, json, subprocess, time, datetime as dt
import xdisplay as X
from pools import FIRST, LAST, FIRMS, WORDS, person

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def run(cmd, env, cwd=None):
    r = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    if r.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} -> {r.returncode}: {r.stderr[-800:]}")
    return r.stdout


def shoot(p, w, img, geom=(60, 40, 1100, 700), settle=2.0):
    if geom:
        X.place(w, *geom)
    time.sleep(settle)
    X.screenshot(img, w)


# ---------------------------------------------------------------- calibre (Qt6)
BOOK_TITLES = ["The Salt Cartographer", "Lanterns Over Vellmoor", "A Grammar of Tides", "Copper Orchard",
               "The Ninth Harbourmaster", "Quiet Engines", "Glass Meridian", "The Tallow Archive",
               "Winter at Sorrel Point", "Ledger of Small Hours", "The Basalt Choir", "Moth Season"]
PUBS = ["Quillfeather Press", "Tarnbrook House", "Larkspur Books", "Orchid Ledger Editions"]
TAGS = ["Fiction", "History", "Poetry", "Science", "Travel"]


def calibre_library(rng, d, img):
    home = os.path.join(d, "home"); lib = os.path.join(d, "Library")
    os.makedirs(lib)
    env = X.env_base(home, {"CALIBRE_CONFIG_DIRECTORY": os.path.join(home, "calcfg"),
                            "CALIBRE_TEMP_DIR": os.path.join(d, "tmp")})
    os.makedirs(env["CALIBRE_TEMP_DIR"])
    titles = rng.sample(BOOK_TITLES, 9)
    used = set()
    books = []
    # stars 1-5; a unique best (5) and a unique worst (1)
    ratings = [rng.choice([2, 3, 4]) for _ in range(9)]
    hi, lo = rng.sample(range(9), 2)
    ratings[hi], ratings[lo] = 5, 1
    series_name = f"The {rng.choice(['Vellmoor', 'Sorrel', 'Harrowgate'])} Cycle"
    in_series = rng.sample(range(9), 2)
    years = rng.sample(range(1994, 2023), 9)
    for i, t in enumerate(titles):
        b = dict(title=t, author=person(rng, used), tags=rng.choice(TAGS), rating=ratings[i],
                 publisher=rng.choice(PUBS), year=years[i], month=rng.randint(1, 12))
        if i in in_series:
            b["series"] = series_name; b["sidx"] = in_series.index(i) + 1
        books.append(b)
    for b in books:
        cmd = ["calibredb", "--with-library", lib, "add", "--empty", "-t", b["title"], "-a", b["author"],
               "-T", b["tags"]]
        if "series" in b:
            cmd += ["-s", b["series"], "-S", str(b["sidx"])]
        out = run(cmd, env)
        bid = out.strip().split(":")[-1].strip()
        run(["calibredb", "--with-library", lib, "set_metadata", bid,
             "-f", f"rating:{b['rating']}", "-f", f"publisher:{b['publisher']}",
             "-f", f"pubdate:{b['year']}-{b['month']:02d}-15", "-f", "timestamp:2024-02-20"], env)
    run(["calibre-debug", "-c", "from calibre.utils.config import dynamic; dynamic.set('welcome_wizard_was_run', True); from calibre.gui2 import gprefs; gprefs['quick_start_guide_added'] = True"], env)
    p = X.launch(["calibre", "--with-library", lib], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"calibre . \|\|", 120)
        time.sleep(6)
        shoot(p, w, img, (20, 20, 1240, 740), 3)
    finally:
        X.kill(p, 5)
    top = max(books, key=lambda b: b["rating"])
    worst = min(books, key=lambda b: b["rating"])
    q1 = rng.choice(books)
    ser = sorted([b for b in books if "series" in b], key=lambda b: b["sidx"])
    ntag = rng.choice(TAGS)
    cnt = sum(b["tags"] == ntag for b in books)
    qs = [
        ("how many books are in this calibre library?", len(books), "count", "count", False),
        ("Which title has the best star rating?", top["title"], "text", "argmax", True),
        (f"who wrote {q1['title']}?", q1["author"], "person", "lookup", True),
        ("and which one is rated lowest", worst["title"], "text", "argmin", True),
        ("which book is selected right now (shown in the details panel)?", books[0]["title"], "text", "selected", True),
        (f"what's book #{ser[1]['sidx']} of {series_name}", ser[1]["title"], "text", "lookup", True),
        (f"How many of the books are tagged {ntag}?", cnt, "count", "count", False),
    ]
    drawn = json.dumps(books)
    return dict(category="media_library", questions=qs, drawn=drawn)




# ---------------------------------------------------------------- KBibTeX (Qt5 / KDE Frameworks)
BIB_TOPICS = ["Tidal Sediment Transport in Braided Estuaries", "Sparse Lattice Methods for Kelp Canopy Models",
              "A Survey of Lantern-Fish Migration Acoustics", "Thermal Drift in Basalt Column Formation",
              "Low-Power Telemetry for Alpine Weather Stations", "Indigo Dye Chemistry Revisited",
              "Queueing Models for Ferry Terminals", "Juniper Pollen Dispersal Under Foehn Winds",
              "Grain Boundary Creep in Quartz Aggregates", "Historical Ledgers of the Saltmarsh Guild"]
JOURNALS = ["Journal of Coastal Morphology", "Annals of Applied Ecology", "Geophysical Letters Quarterly",
            "Transactions on Embedded Sensing"]


def kbibtex_refs(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    used = set()
    topics = rng.sample(BIB_TOPICS, 8)
    years = rng.sample(range(2004, 2024), 8)
    types = ["article"] * 5 + ["book", "inproceedings", "inproceedings"]
    rng.shuffle(types)
    ents = []
    for i, t in enumerate(topics):
        a1 = person(rng, used); a2 = person(rng, used)
        last1 = a1.split()[-1]
        key = f"{last1.lower().replace('-', '')}{years[i]}"
        e = dict(type=types[i], key=key, title=t, author=[a1, a2] if rng.random() < 0.6 else [a1], year=years[i])
        if e["type"] == "article":
            e["journal"] = rng.choice(JOURNALS); e["volume"] = rng.randint(3, 48)
        elif e["type"] == "book":
            e["publisher"] = rng.choice(FIRMS)
        else:
            e["booktitle"] = f"Proceedings of the {rng.randint(5, 31)}th Workshop on Field Robotics"
        ents.append(e)
    lines = []
    for e in ents:
        lines.append(f"@{e['type']}{{{e['key']},")
        lines.append(f"  author = {{{' and '.join(e['author'])}}},")
        lines.append(f"  title = {{{e['title']}}},")
        for k in ("journal", "volume", "publisher", "booktitle"):
            if k in e:
                lines.append(f"  {k} = {{{e[k]}}},")
        lines.append(f"  year = {{{e['year']}}}")
        lines.append("}\n")
    bib = os.path.join(d, "fieldwork.bib")
    open(bib, "w").write("\n".join(lines))
    p = X.launch(["kbibtex", bib], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"KBibTeX", 90)
        time.sleep(4)
        shoot(p, w, img, (20, 20, 1240, 740), 3)
    finally:
        X.kill(p, 3)
    old = min(ents, key=lambda e: e["year"]); new = max(ents, key=lambda e: e["year"])
    q = rng.choice([e for e in ents if e["type"] == "article"])
    book = [e for e in ents if e["type"] == "book"][0]
    n_inp = sum(e["type"] == "inproceedings" for e in ents)
    qs = [
        ("How many references are in this bib file?", len(ents), "count", "count", False),
        (f"what year is \"{q['title']}\" from", q["year"], "number", "lookup", True),
        ("which entry is the oldest one?", old["title"], "text", "earliest", True),
        ("Most recent publication in the list — title?", new["title"], "text", "latest", True),
        ("Which of these is a book?", book["title"], "text", "lookup", True),
        ("how many journal articles are listed?", sum(e["type"] == "article" for e in ents), "count", "count", False),
        ("There's a popup about default editors - which button do I click to leave my settings as they are?", "Keep settings unchanged", "text", "locate", False),
    ]
    return dict(category="app", questions=qs, drawn=open(bib).read())


# ---------------------------------------------------------------- KCachegrind (Qt5 / KDE)
def kcachegrind_profile(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    tree = {"main": ["load_scene", "bake_tiles", "write_png"],
            "load_scene": ["parse_manifest", "decode_heightmap"],
            "bake_tiles": ["rasterize_span", "shade_fragment"],
            "shade_fragment": ["sample_noise"],
            "write_png": ["deflate_block"]}
    files = {"main": "src/main.c", "load_scene": "src/scene.c", "parse_manifest": "src/scene.c",
             "decode_heightmap": "src/heightmap.c", "bake_tiles": "src/bake.c", "rasterize_span": "src/raster.c",
             "shade_fragment": "src/shade.c", "sample_noise": "src/noise.c", "write_png": "src/png_out.c",
             "deflate_block": "src/png_out.c"}
    funcs = list(files)
    selfc = {f: rng.randint(2, 90) * 1000 + rng.randint(0, 999) for f in funcs}
    big = rng.choice(["shade_fragment", "sample_noise", "rasterize_span", "deflate_block"])
    selfc[big] = rng.randint(400, 700) * 1000 + rng.randint(0, 999)
    calls = {}
    for par, ch in tree.items():
        for c in ch:
            calls[c] = rng.choice([1, 1, 2, 4, 16, 64, 256, 1024, 4096]) if par != "main" else 1
    calls["shade_fragment"] = rng.randint(20, 90) * 1000
    calls["sample_noise"] = calls["shade_fragment"] * rng.choice([2, 3, 4])
    calls["rasterize_span"] = rng.randint(200, 900)
    incl = {}
    def inc(f):
        if f not in incl:
            incl[f] = selfc[f] + sum(inc(c) for c in tree.get(f, []))
        return incl[f]
    inc("main")
    pid = rng.randint(2000, 9999)
    out = [f"# callgrind format", "version: 1", "creator: callgrind-3.19.0", f"pid: {pid}",
           "cmd: ./tilebake --scene harbor --zoom 14", "part: 1", "", "positions: line", "events: Ir",
           f"summary: {incl['main']}", ""]
    for f in funcs:
        ln = rng.randint(20, 400)
        out += [f"fl={files[f]}", f"fn={f}", f"{ln} {selfc[f]}"]
        for c in tree.get(f, []):
            out += [f"cfl={files[c]}", f"cfn={c}", f"calls={calls[c]} {ln + 5}", f"{ln + 1} {incl[c]}"]
        out.append("")
    path = os.path.join(d, f"callgrind.out.{pid}")
    open(path, "w").write("\n".join(out))
    os.makedirs(env["XDG_CONFIG_HOME"], exist_ok=True)
    open(os.path.join(env["XDG_CONFIG_HOME"], "kcachegrindrc"), "w").write("[TipOfDay]\nRunOnStart=false\n")
    p = X.launch(["kcachegrind", path], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"KCachegrind|callgrind", 90)
        time.sleep(4)
        X.place(w, 20, 30, 1240, 720)
        time.sleep(1.5)
        cx, cy = X.client_origin(w)
        # widen the flat profile dock so function names are not cut
        X.drag(cx + 308, cy + 370, cx + 520, cy + 370)
        shoot(p, w, img, None, 2)
    finally:
        X.kill(p, 3)
    top = max(funcs, key=lambda f: selfc[f])
    most_called = max((f for f in funcs if f != "main"), key=lambda f: calls[f])
    qf = rng.choice(["rasterize_span", "shade_fragment"])
    qs = [
        ("Which function has the highest self cost in this profile?", top, "code", "argmax", True),
        (f"how many times was {qf} called", calls[qf], "count", "lookup", False),
        ("what's the most frequently called function?", most_called, "code", "argmax", True),
        ("what's the total instruction fetch cost shown at the bottom", incl["main"], "number", "read", False),
        (f"Which source file is decode_heightmap in?", os.path.basename(files["decode_heightmap"]), "text", "lookup", True),
        ("the profiled process id — what is it?", pid, "number", "read", True),
    ]
    return dict(category="profiler", questions=qs, drawn="\n".join(out))


def ordinal(n):
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fixed_day(rng):
    return dt.date(2025, rng.randint(2, 11), 1) + dt.timedelta(days=rng.randint(8, 18))


def faketime(day, hm="17:45:00"):
    return ["faketime", "-f", f"@{day.isoformat()} {hm}"]


# ---------------------------------------------------------------- Getting Things GNOME (GTK3)
GTG_TASKS = ["Renew harbour berth licence", "Draft Q3 sediment report", "Order replacement anemometer",
             "Book venue for field day", "Review intern timesheets", "Calibrate tide gauge 4",
             "Send invoices to Copperline Freight", "Archive 2023 survey photos", "Update safety briefing deck",
             "Replace van tyres", "Plan kelp transect route"]


def gtg_tasks(rng, d, img):
    import uuid
    home = os.path.join(d, "home")
    env = X.env_base(home)
    today = fixed_day(rng)
    titles = rng.sample(GTG_TASKS, 8)
    tasks = []
    for i, t in enumerate(titles):
        due = today + dt.timedelta(days=rng.randint(12, 80)) if rng.random() < 0.75 else None
        tasks.append(dict(id=str(uuid.UUID(int=rng.getrandbits(128))), title=t, due=due, subs=[]))
    # the parent with two subtasks (subtasks inherit its due date, so keep it strictly between the others)
    par = tasks[0]
    others = sorted(t["due"] for t in tasks[1:] if t["due"])
    par["due"] = others[0] + dt.timedelta(days=1)
    while par["due"] in others or par["due"] >= others[-1]:
        par["due"] += dt.timedelta(days=1)
    subs = [dict(id=str(uuid.UUID(int=rng.getrandbits(128))), title=f"{s}", due=None, subs=[], parent=par["id"])
            for s in rng.sample(["Collect quotes", "Check insurance cover", "Email the harbour office",
                                 "Print two copies", "Get sign-off from Ilse"], 2)]
    par["subs"] = [x["id"] for x in subs]
    alltasks = tasks + subs
    x = ['<?xml version="1.0" encoding="UTF-8"?>',
         '<gtgData appVersion="0.6" xmlVersion="2">', '  <taglist/>', '  <searchlist/>', '  <tasklist>']
    for t in alltasks:
        x.append(f'    <task id="{t["id"]}" status="Active">')
        x.append('      <tags/>')
        x.append(f'      <title>{t["title"]}</title>')
        x.append('      <dates>')
        x.append(f'        <added>{(today - dt.timedelta(days=20)).isoformat()}T09:00:00</added>')
        x.append(f'        <modified>{(today - dt.timedelta(days=2)).isoformat()}T09:00:00</modified>')
        if t["due"]:
            x.append(f'        <due>{t["due"].isoformat()}</due>')
        x.append('      </dates>')
        x.append('      <recurring enabled="false"><term>None</term></recurring>')
        x.append('      <subtasks>' + "".join(f"<sub>{s}</sub>" for s in t["subs"]) + '</subtasks>')
        x.append('      <content><![CDATA[]]></content>')
        x.append('    </task>')
    x += ['  </tasklist>', '</gtgData>']
    os.makedirs(os.path.join(env["XDG_DATA_HOME"], "gtg"), exist_ok=True)
    open(os.path.join(env["XDG_DATA_HOME"], "gtg", "gtg_data.xml"), "w").write("\n".join(x))
    # a saved backend entry, otherwise GTG treats this as its first run and writes its tutorial tasks
    os.makedirs(os.path.join(env["XDG_CONFIG_HOME"], "gtg"), exist_ok=True)
    bpid = str(uuid.UUID(int=rng.getrandbits(128)))
    open(os.path.join(env["XDG_CONFIG_HOME"], "gtg", "backends.conf"), "w").write(
        f"[backend_localfile-{bpid}]\nmodule = backend_localfile\npid = {bpid}\npath = gtg_data.xml\n")
    p = X.launch(["dbus-run-session"] + faketime(today) + ["gtg"], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"Getting Things|GTG|Actionable|Open", 60)
        time.sleep(3)
        shoot(p, w, img, (60, 40, 1000, 640), 3)
    finally:
        X.kill(p, 3)
    dated = [t for t in tasks if t["due"]]
    soon = min(dated, key=lambda t: t["due"])
    late = max(dated, key=lambda t: t["due"])
    nodue = [t for t in tasks if not t["due"]]
    qs = [
        ("how many top-level tasks are open (not counting subtasks)?", len(tasks), "count", "count", False),
        ("Which task is due soonest?", soon["title"], "text", "earliest", True),
        ("what's the task with the latest due date", late["title"], "text", "latest", True),
        (f"Does \"{par['title']}\" have subtasks?", "yes", "yesno", "exists", False),
        (f"what is the due date of {soon['title']}?", soon["due"].isoformat(), "date", "lookup", False),
    ]
    if nodue:
        if len(nodue) == 1:
            qs.append(("Is there a task with no due date? which one", nodue[0]["title"], "text", "exists", True))
        else:
            qs.append(("how many tasks have no due date set", len(nodue), "count", "count", False))
    return dict(category="todo", questions=qs, drawn="\n".join(x))


# ---------------------------------------------------------------- GHex (GTK4)
def ghex_binary(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    dev = f"{rng.choice(['KELP', 'TIDE', 'GALE', 'FJORD'])}-{rng.randint(100, 999)}"
    ver = (rng.randint(1, 4), rng.randint(0, 9))
    count = rng.randint(12, 60)
    b = bytearray(b"S32L")
    b += bytes([ver[0], ver[1], 0, 0])
    b += count.to_bytes(2, "little") + bytes([0, 0, 0, 0, 0, 0])
    name = dev.encode() + b"\0" * (16 - len(dev))
    b += name
    stamp = f"{fixed_day(rng).isoformat()}".encode()
    b += stamp + b"\0" * (16 - len(stamp))
    for _ in range(6):
        b += bytes(rng.randrange(256) for _ in range(16))
    b += b"END-OF-LOG" + b"\0" * 6
    fn = f"{dev.lower()}_dump.bin"
    path = os.path.join(d, fn)
    open(path, "wb").write(bytes(b))
    p = X.launch(["ghex", path], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"GHex|\.bin", 60)
        time.sleep(3)
        shoot(p, w, img, (120, 60, 800, 560), 3)
    finally:
        X.kill(p, 3)
    hexs = " ".join(f"{c:02X}" for c in b)
    asc = "".join(chr(c) if 32 <= c < 127 else "." for c in b)
    qs = [
        ("what file is open in the hex editor?", fn, "text", "title", True),
        ("What are the first four bytes as text (the magic)?", "S32L", "code", "read", True),
        ("which device name appears in the ASCII column?", dev, "code", "read", True),
        ("what's the byte value at offset 4 (hex)?", f"{b[4]:02X}", "code", "cell", True),
        ("How big is the file in bytes?", len(b), "number", "read", False),
        ("the text at the very end of the dump says what?", "END-OF-LOG", "code", "read", True),
    ]
    return dict(category="hex_editor", questions=qs, drawn=hexs + "\n" + asc + "\n" + fn + f"\n{len(b)}")


# ---------------------------------------------------------------- TkRemind (Tk)
REM_EVENTS = ["Dentist", "Boiler service", "Choir rehearsal", "Pay council tax", "Kelp survey briefing",
              "Library books due", "Vet: Biscuit booster", "Quarterly VAT return", "Bin collection",
              "Lunch with Saskia", "Car MOT", "Piano lesson"]


def tkremind_month(rng, d, img):
    import calendar
    home = os.path.join(d, "home")
    env = X.env_base(home)
    today = fixed_day(rng)
    ndays = calendar.monthrange(today.year, today.month)[1]
    evs = rng.sample(REM_EVENTS, 8)
    days = sorted(rng.sample(range(1, ndays + 1), 7))
    days.append(rng.choice(days))  # one day with two reminders
    items = []
    for e, dd in zip(evs, days):
        when = dt.date(today.year, today.month, dd)
        at = f"{rng.randint(8, 18):02d}:{rng.choice(['00', '15', '30', '45'])}" if rng.random() < 0.5 else None
        items.append(dict(msg=e, date=when, at=at))
    lines = []
    for it in items:
        lines.append(f"REM {it['date'].day} {MON[it['date'].month-1]} {it['date'].year}"
                     + (f" AT {it['at']}" if it["at"] else "") + f" MSG {it['msg']}")
    open(os.path.join(home, ".reminders"), "w").write("\n".join(lines) + "\n")
    rem = os.path.join(home, ".reminders"); cfg = os.path.join(home, ".tkremindrc")
    open(cfg, "w").write("ShowTodaysReminders 0\n")
    p = X.launch(faketime(today, "10:00:00") + ["tkremind", rem, rem, cfg], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"TkRemind on", 60)
        time.sleep(3)
        shoot(p, w, img, (90, 30, 1100, 740), 3)
    finally:
        X.kill(p, 3)
    from collections import Counter
    c = Counter(it["date"] for it in items)
    busy = max(c, key=c.get)
    qe = rng.choice([it for it in items if c[it["date"]] == 1])
    first = min(items, key=lambda it: it["date"])
    timed = [it for it in items if it["at"]]
    qs = [
        ("which month is this calendar showing?", f"{calendar.month_name[today.month]} {today.year}", "date", "title", True),
        (f"what's on the {ordinal(qe['date'].day)}?", qe["msg"], "text", "lookup", True),
        (f"When is \"{first['msg']}\"?", first["date"].isoformat(), "date", "lookup", False),
        ("Which day has two reminders?", busy.isoformat(), "date", "argmax", False),
        ("how many reminders are there this month in total", len(items), "count", "count", False),
    ]
    if timed:
        t = rng.choice(timed)
        qs.append((f"what time is {t['msg']}?", t["at"], "time", "lookup", False))
    drawn = "\n".join(lines) + f"\n{calendar.month_name[today.month]} {today.year}"
    return dict(category="calendar", questions=qs, drawn=drawn)


# ---------------------------------------------------------------- Freeplane (Java Swing)
def freeplane_map(rng, d, img):
    from xml.sax.saxutils import quoteattr
    home = os.path.join(d, "home")
    env = X.env_base(home)
    root = f"{rng.choice(['Harbour', 'Moorland', 'Estuary', 'Saltmarsh'])} Field Week {rng.randint(2025, 2027)}"
    pool = {"Logistics": ["Minibus hire", "Tide tables", "Packed lunches", "Waders & PPE", "Permit from council"],
            "Science": ["Sediment cores", "Kelp transects", "Water salinity", "Bird counts", "Drone survey"],
            "People": [f"Lead: {rng.choice(FIRST)}", f"Medic: {rng.choice(FIRST)}", f"Driver: {rng.choice(FIRST)}",
                       f"Cook: {rng.choice(FIRST)}"],
            "Budget": [f"Fuel £{rng.randint(80, 300)}", f"Food £{rng.randint(150, 600)}",
                       f"Kit £{rng.randint(200, 900)}", f"Lodging £{rng.randint(400, 1500)}"]}
    branches = {}
    for b, items in pool.items():
        k = rng.randint(2, min(5, len(items)))
        branches[b] = rng.sample(items, k)
    # make child counts distinct for the argmax question
    counts = sorted(set(len(v) for v in branches.values()))
    lines = ['<map version="freeplane 1.7.0">', f'<node TEXT={quoteattr(root)} ID="ID_0">']
    nid = 1
    for side, (b, items) in zip(["right", "right", "left", "left"], branches.items()):
        lines.append(f'<node TEXT={quoteattr(b)} POSITION="{side}" FOLDED="false" ID="ID_{nid}">'); nid += 1
        for it in items:
            lines.append(f'<node TEXT={quoteattr(it)} ID="ID_{nid}"/>'); nid += 1
        lines.append('</node>')
    lines += ['</node>', '</map>']
    fn = f"field_week.mm"
    path = os.path.join(d, fn)
    open(path, "w").write("\n".join(lines))
    p = X.launch(["freeplane", path], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"field_week|Freeplane", 150)
        time.sleep(10)
        X.key("Escape")
        X.place(w, 20, 30, 1240, 730)
        time.sleep(4)
        # first start also opens the read-only documentation map in a second tab; switch to field_week's tab
        cx, cy = X.client_origin(w)
        X.click(cx + 39, cy + 91)
        time.sleep(1)
        X.key("alt+End")   # Navigate > Unfold all
        X.sh("xdotool mousemove 1275 795")
        shoot(p, w, img, None, 4)
    finally:
        X.kill(p, 3)
    mx = max(len(v) for v in branches.values())
    most = [b for b, v in branches.items() if len(v) == mx]
    qb = rng.choice(list(branches))
    leaf_b = rng.choice(list(branches)); leaf = rng.choice(branches[leaf_b])
    qs = [
        ("What's the central topic of this mind map?", root, "text", "title", True),
        (f"how many items hang off the {qb} branch?", len(branches[qb]), "count", "count", False),
        (f"Which branch is \"{leaf}\" under?", leaf_b, "text", "lookup", True),
        ("how many main branches come out of the root node", len(branches), "count", "count", False),
        ("what file name is the map saved as?", fn, "text", "title", True),
    ]
    if len(most) == 1:
        qs.append(("Which branch has the most sub-items?", most[0], "text", "argmax", True))
    bud = branches["Budget"]
    vals = {x: int(x.split("£")[1]) for x in bud}
    if len(bud) >= 2:
        big = max(vals, key=vals.get)
        qs.append(("biggest budget line?", big.split(" £")[0], "text", "argmax", True))
    return dict(category="mind_map", questions=qs, drawn="\n".join(lines) + "\n" + fn)


# ---------------------------------------------------------------- gtimelog (GTK3)
def gtimelog_day(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    today = fixed_day(rng)
    acts = ["ops: triage overnight alerts", "kelp: transect data cleanup", "admin: expense claims",
            "kelp: write methods section", "meeting: standup", "ops: patch tide-gauge firmware",
            "reading: sediment papers", "meeting: 1:1 with Saskia", "admin: timesheet"]
    chosen = rng.sample(acts, 6)
    t = dt.datetime(today.year, today.month, today.day, rng.choice([8, 9]), rng.choice([0, 5, 10, 15]))
    entries = [(t, "arrived")]
    durs = []
    lunch_at = 3
    for i, a in enumerate(chosen):
        if i == lunch_at:
            t += dt.timedelta(minutes=rng.choice([30, 40, 45]))
            entries.append((t, "lunch **"))
        m = rng.choice([20, 25, 35, 45, 50, 65, 80, 95, 110])
        t += dt.timedelta(minutes=m)
        entries.append((t, a)); durs.append((a, m))
    # make the longest unique
    lines = [f"{e[0]:%Y-%m-%d %H:%M}: {e[1]}" for e in entries]
    ld = os.path.join(env["XDG_DATA_HOME"], "gtimelog")
    os.makedirs(ld, exist_ok=True)
    open(os.path.join(ld, "timelog.txt"), "w").write("\n".join(lines) + "\n")
    end = entries[-1][0] + dt.timedelta(minutes=7)
    p = X.launch(["dbus-run-session"] + faketime(today, f"{end:%H:%M}:00") + ["gtimelog"], env,
                 log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"[Tt]ime ?[Ll]og|gtimelog", 60)
        time.sleep(3)
        shoot(p, w, img, (90, 40, 1000, 700), 3)
    finally:
        X.kill(p, 3)
    mx = max(m for _, m in durs)
    longest = [a for a, m in durs if m == mx]
    qa, qm = rng.choice(durs)
    total = sum(m for _, m in durs)
    qs = [
        (f"how long did \"{qa}\" take?", f"{qm // 60} h {qm % 60} min", "text", "lookup", True),
        ("What time did I arrive this morning?", f"{entries[0][0]:%H:%M}", "time", "read", True),
        ("what was the last thing logged?", entries[-1][1], "text", "latest", True),
        ("When was the lunch break logged (end time)?", f"{entries[lunch_at + 1][0]:%H:%M}", "time", "lookup", True),
        ("total work time today, not counting lunch?", f"{total // 60} h {total % 60} min", "text", "sum", True),
    ]
    if len(longest) == 1:
        qs.append(("Which task took the longest?", longest[0], "text", "argmax", True))
    drawn = "\n".join(lines) + "\n" + " ".join(f"{m // 60} h {m % 60} min" for _, m in durs) + f" {total // 60} h {total % 60} min"
    return dict(category="time_tracker", questions=qs, drawn=drawn)


# ---------------------------------------------------------------- CherryTree (GTK3)
def cherrytree_notes(rng, d, img):
    from xml.sax.saxutils import escape, quoteattr
    home = os.path.join(d, "home")
    env = X.env_base(home)
    wifi = f"{rng.choice(WORDS).capitalize()}-{rng.randint(1000, 9999)}"
    door = f"{rng.randint(1000, 9999)}#"
    people = [person(rng) for _ in range(3)]
    exts = rng.sample(range(200, 299), 3)
    tree = [
        ("Office Handbook", f"Welcome to the {rng.choice(FIRMS)} office handbook.\nLast reviewed by {people[0]}.", [
            ("Building access", f"Side door code: {door}\nAlarm panel is left of the stairs.", []),
            ("Wi-Fi", f"Network: {wifi}\nGuest network: {wifi}-guest", []),
            ("Phone extensions", "\n".join(f"{p}: ext {e}" for p, e in zip(people, exts)), []),
        ]),
        ("Recipes", "Kitchen rota is on the fridge.", [
            ("Lentil soup", "Serves 6. Simmer 35 minutes.", []),
            ("Oat biscuits", "Bake at 180 C for 14 minutes.", []),
        ]),
        ("Archive", "Old notes, read-only.", []),
    ]
    uid = [0]
    def node(name, text, kids, depth):
        uid[0] += 1
        pad = "  " * depth
        out = [f'{pad}<node name={quoteattr(name)} unique_id="{uid[0]}" prog_lang="custom-colors" tags="" readonly="0" '
               f'nosearch_me="0" nosearch_ch="0" custom_icon_id="0" is_bold="0" foreground="" '
               f'ts_creation="1700000000" ts_lastsave="1700000000">',
               f'{pad}  <rich_text>{escape(text)}</rich_text>']
        for k in kids:
            out += node(*k, depth + 1)
        out.append(f"{pad}</node>")
        return out
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<cherrytree>"]
    for n in tree:
        lines += node(*n, 1)
    lines.append("</cherrytree>")
    fn = "handbook.ctd"
    path = os.path.join(d, fn)
    open(path, "w").write("\n".join(lines))
    p = X.launch(["dbus-run-session", "cherrytree", path], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"CherryTree|handbook", 60)
        time.sleep(3)
        X.place(w, 60, 40, 1100, 680)
        time.sleep(1)
        # expand the two parents in the tree view, then go back to the first node
        cx, cy = X.client_origin(w)
        X.click(cx + 10, cy + 71)      # expander of Office Handbook
        time.sleep(0.8)
        X.click(cx + 10, cy + 71 + 4 * 25)  # expander of Recipes, now four rows lower
        time.sleep(0.8)
        X.click(cx + 80, cy + 71)      # select Office Handbook
        X.sh("xdotool mousemove 1275 795")
        shoot(p, w, img, None, 2)
    finally:
        X.kill(p, 3)
    qs = [
        ("how many top-level nodes are in the tree?", len(tree), "count", "count", False),
        ("Which nodes are under Recipes?", "Lentil soup, Oat biscuits", "text", "lookup", False),
        ("who last reviewed the handbook?", people[0], "person", "read", True),
        ("what's the name of the open notes file", fn, "text", "title", True),
        ("How many child nodes does Office Handbook have?", 3, "count", "count", False),
        ("which node is selected at the moment", "Office Handbook", "text", "selected", True),
        ("which top-level node has no children", "Archive", "text", "lookup", True),
        ("Which node comes right after Recipes at the top level?", "Archive", "text", "next", True),
    ]
    return dict(category="notes", questions=qs, drawn="\n".join(lines) + "\n" + fn)



# ---------------------------------------------------------------- BleachBit preferences (GTK3)
BB_OPTS = [("check_online_updates", "Check periodically for software updates via the Internet"),
           ("auto_hide", "Hide irrelevant cleaners"),
           ("shred", "Overwrite contents of files to prevent recovery"),
           ("exit_done", "Exit after cleaning"),
           ("delete_confirmation", "Confirm before delete"),
           ("units_iec", "Use IEC sizes (1 KiB = 1024 bytes) instead of SI (1 kB = 1000 bytes)"),
           ("dark_mode", "Dark mode"),
           ("remember_geometry", "Remember window geometry"),
           ("debug", "Show debug messages")]


def bleachbit_prefs(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    state = {k: rng.random() < 0.5 for k, _ in BB_OPTS}
    state["dark_mode"] = False
    state["check_online_updates"] = False
    state["auto_hide"] = False
    ini = ["[bleachbit]", "first_start = False", "check_beta = False"] + \
          [f"{k} = {v}" for k, v in state.items()] + ["", "[tree]", "bash = True", "bash.history = True", "",
                                                     "[preserve_languages]", "en = True", ""]
    cd = os.path.join(home, ".config", "bleachbit")
    os.makedirs(cd, exist_ok=True)
    open(os.path.join(cd, "bleachbit.ini"), "w").write("\n".join(ini))
    p = X.launch(["dbus-run-session", "bleachbit", "--gui"], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"^Preferences$", 40)
        time.sleep(2)
        shoot(p, w, img, (300, 150, 560, 400), 2)
    finally:
        X.kill(p, 3)
    on = [lab for k, lab in BB_OPTS if state[k]]
    q1, q2 = rng.sample([(k, lab) for k, lab in BB_OPTS if k not in ("check_online_updates", "dark_mode")], 2)
    short = {"shred": "overwrite files to prevent recovery", "exit_done": "exit after cleaning",
             "delete_confirmation": "confirm before delete", "units_iec": "IEC sizes",
             "remember_geometry": "remember window geometry", "debug": "debug messages",
             "auto_hide": "hide irrelevant cleaners"}
    yn = lambda b: "yes" if b else "no"
    qs = [
        (f"is '{short[q1[0]]}' turned on?", yn(state[q1[0]]), "yesno", "state_yesno", False),
        (f"Is the {short[q2[0]]} box ticked", yn(state[q2[0]]), "yesno", "state_yesno", False),
        ("how many checkboxes are checked on the General tab?", len(on), "count", "count", False),
        ("Which tab of the preferences is showing?", "General", "text", "selected", True),
        ("Is dark mode enabled?", "no", "yesno", "state_yesno", False),
        ("where do I click to dismiss this window", "Close", "text", "locate", True),
        ("the option for beta releases — can I tick it right now or is it greyed out?", "greyed out", "text", "state_yesno", False),
    ]
    return dict(category="settings", questions=qs, drawn="\n".join(lab for _, lab in BB_OPTS) + "\nGeneral Close")



# ---------------------------------------------------------------- CuteCom serial terminal settings (Qt5)
def cutecom_serial(rng, d, img):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    name = f"{rng.choice(['Tide gauge', 'Kiln controller', 'Anemometer', 'Weighbridge'])} bench {rng.randint(2, 9)}"
    baud = rng.choice([1200, 2400, 4800, 9600, 19200, 38400, 57600])
    bits = rng.choice([7, 8]); par = rng.choice([0, 2, 3]); stop = rng.choice([1, 2]); flow = rng.choice([0, 1, 2])
    auto = rng.random() < 0.5; ctrl = rng.random() < 0.5; stamp = rng.random() < 0.5
    PAR = {0: "None", 2: "Even", 3: "Odd"}; FLOW = {0: "None", 1: "Hardware", 2: "Software"}
    tf = lambda b: "true" if b else "false"
    conf = ["[sessions]", f"1\\BaudRate={baud}", f"1\\DataBits={bits}", "1\\Device=", f"1\\FlowControl={flow}",
            "1\\History=@Invalid()", "1\\MacroFile=", "1\\OpenMode=3", f"1\\Parity={par}", f"1\\StopBits={stop}",
            "1\\TcpLocalPort=28281", "1\\UdpLocalPort=61952", "1\\UdpRemoteHost=", "1\\UdpRemotePort=26751",
            f"1\\autoReconnect={tf(auto)}", f"1\\name={name}", f"1\\showCtrlCharacters={tf(ctrl)}",
            f"1\\showTimestamp={tf(stamp)}", "size=1", ""]
    cd = os.path.join(env["XDG_CONFIG_HOME"], "CuteCom")
    os.makedirs(cd, exist_ok=True)
    open(os.path.join(cd, "CuteCom5.conf"), "w").write("\n".join(conf))
    p = X.launch(["cutecom", "-s", name], env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"CuteCom", 40)
        time.sleep(2)
        X.place(w, 100, 40, 900, 640)
        time.sleep(1)
        cx, cy = X.client_origin(w)
        X.click(cx + 834, cy + 37)   # the "Settings" toggle opens the port settings panel
        X.sh("xdotool mousemove 1275 795")
        shoot(p, w, img, None, 2)
    finally:
        X.kill(p, 3)
    yn = lambda b: "yes" if b else "no"
    plabel = {0: "N", 2: "Even", 3: "Odd"}[par]
    qs = [
        ("what baud rate is this session set to?", baud, "number", "read", True),
        ("Parity setting?", PAR[par], "text", "read", True),
        ("is auto reconnect switched on", yn(auto), "yesno", "state_yesno", False),
        ("Which flow control is selected?", FLOW[flow], "text", "selected", True),
        ("are timestamps being shown?", yn(stamp), "yesno", "state_yesno", False),
        ("what's the name of this CuteCom session", name, "text", "title", True),
        ("How many stop bits?", stop, "number", "read", False),
    ]
    drawn = f"CuteCom - {name} {baud} {PAR[par]} {FLOW[flow]} Connection: {baud} @ {bits}-{plabel}-{stop}"
    return dict(category="settings", questions=qs, drawn=drawn)


SCENES = [
    ("calibre_library", calibre_library),
    ("kbibtex_refs", kbibtex_refs),
    ("kcachegrind_profile", kcachegrind_profile),
    ("gtg_tasks", gtg_tasks),
    ("ghex_binary", ghex_binary),
    ("tkremind_month", tkremind_month),
    ("freeplane_map", freeplane_map),
    ("gtimelog_day", gtimelog_day),
    ("cherrytree_notes", cherrytree_notes),
    ("bleachbit_prefs", bleachbit_prefs),
    ("cutecom_serial", cutecom_serial),
]
