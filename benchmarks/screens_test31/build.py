#!/usr/bin/env python3
"""screens_test31: screenshots of real Debian 12 programs under Xvfb, with computed goldens.

Stages (all deterministic from SEED):
  python3 build.py gen        -> writes the generated data under /tmp/screens_test31/
  python3 build.py capture    -> launches each program on DISPLAY=:86 and screenshots it into images/
  python3 build.py manifest   -> writes manifest.jsonl (goldens computed from the generated data;
                                 literal goldens asserted against the text the program displays)
  python3 build.py all        -> the three in order
"""
import json, os, random, re, shutil, subprocess, sys, time, wave, struct, datetime

SEED = 9917
HERE = os.path.dirname(os.path.abspath(__file__))
SCR = "/tmp/screens_test31"
HOME = SCR + "/home"
DATA = SCR + "/data"
IMG = os.path.join(HERE, "images")
DISPLAY = ":86"

FIRST = ["Ilona", "Mateo", "Priya", "Tobias", "Wren", "Osric", "Farah", "Leopold", "Marisol", "Kenji",
         "Adaeze", "Bastian", "Yusra", "Cormac", "Liesel", "Ravi", "Solveig", "Thiago", "Nadia", "Emeric"]
LAST = ["Vantongeren", "Okafor", "Brannigan", "Castellano", "Dunmore", "Eklund", "Fairweather", "Grozdanov",
        "Halloran", "Ishikawa", "Jaskolski", "Kettering", "Lindqvist", "Marchetti", "Novak", "Oyelaran",
        "Pemberton", "Quintero", "Rasmussen", "Szabo"]


def R(tag):
    return random.Random(f"{SEED}:{tag}")


# ---------------------------------------------------------------- data generation
def gen_all():
    d = {}
    # ---- W1 JabRef bibliography
    r = R("jabref")
    topics = ["Tidal Flow Prediction with Sparse Gauges", "Lichen Growth on Basalt Walls",
              "Queueing Delays in Rural Clinics", "A Survey of Peat Carbon Stores",
              "Acoustic Mapping of Bat Colonies", "Soil Moisture from Cheap Radar",
              "Urban Heat Islands in Small Towns", "Glacier Melt and Hydropower Planning",
              "Pollinator Corridors Along Railways"]
    journals = ["Journal of Applied Hydrology", "Northern Ecology Letters", "Field Methods Review",
                "Quarterly Geoscience Notes"]
    surn = r.sample(LAST, 9)
    ents = []
    for i, t in enumerate(topics):
        a1 = surn[i]
        f1 = r.choice(FIRST)
        coauth = r.random() < 0.5
        a2 = r.choice([x for x in LAST if x != a1])
        year = r.randint(2011, 2023)
        j = r.choice(journals)
        vol = r.randint(4, 61)
        pages = f"{r.randint(10, 400)}--{0}"
        p1 = r.randint(10, 400)
        pages = f"{p1}--{p1 + r.randint(6, 25)}"
        key = f"{a1.lower()}{year}"
        author = f"{a1}, {f1}" + (f" and {a2}, {r.choice(FIRST)}" if coauth else "")
        ents.append(dict(key=key, author=author, first=a1, title=t, journal=j, year=year, volume=vol, pages=pages,
                         coauth=coauth))
    d["jabref"] = ents
    # ---- W2 KeePassXC
    r = R("keepass")
    groups = {"Banking": ["Harbourside Credit Union", "Larkspur Savings"],
              "Work": ["Tessellate VPN", "Pinecrest Timesheets", "Quarry CI Server"],
              "Shopping": ["Bramble Books", "Ostrava Outdoor Gear", "Gilded Spoon Deli"]}
    kp = []
    for g, titles in groups.items():
        for t in titles:
            user = (r.choice(FIRST) + "." + r.choice(LAST)).lower()
            if r.random() < 0.3:
                user = user.split(".")[0] + str(r.randint(10, 99))
            dom = re.sub(r"[^a-z]", "", t.lower())[:14] + r.choice([".example", ".test", ".invalid"])
            kp.append(dict(group=g, title=t, user=user, url="https://" + dom + "/login"))
    d["keepass"] = kp
    # ---- W3 Veusz bar chart
    r = R("veusz")
    cats = ["Aldgate", "Brixham", "Corfe", "Dunster", "Elvet", "Fowey"]
    y1 = [r.randint(12, 95) for _ in cats]
    y2 = [r.randint(12, 95) for _ in cats]
    d["veusz"] = dict(cats=cats, s2023=y1, s2024=y2, title="Library visits per branch (thousands)")
    # ---- W4 gnome-clocks alarms
    r = R("clocks")
    names = ["Feed the sourdough", "School run", "Standup call", "Take vitamins", "Bin night", "Piano practice"]
    al = []
    for n in names:
        h, m = r.randint(5, 22), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
        al.append(dict(name=n, hour=h, minute=m, active=r.random() < 0.65))
    d["clocks"] = al
    # ---- W5 mediainfo: one FLAC file with tags
    r = R("media")
    d["media"] = dict(title="Harbour Lights at Dusk", artist="The Kestrel Quartet", album="Low Tide Sessions",
                      track=r.randint(2, 11), year=r.randint(1996, 2022), genre="Ambient",
                      rate=r.choice([44100, 48000]), channels=2, seconds=r.randint(61, 119),
                      file="harbour_lights.flac")
    # ---- W6 Zim to-do page
    r = R("zim")
    tasks = ["Book the community hall", "Order 40 folding chairs", "Print raffle tickets",
             "Confirm the brass band", "Ask Priya about the PA system", "Collect float money from the bank",
             "Email the parish newsletter", "Buy bunting and cable ties", "Check the first-aid kit"]
    z = []
    for t in tasks:
        z.append(dict(task=t, state=r.choice(["done", "done", "open", "open", "open", "cancel"])))
    d["zim"] = dict(page="Summer Fete", notebook="Committee", tasks=z, date="2025-06-21",
                    budget=r.randint(600, 1400))
    # ---- W7 Gramps GEDCOM
    r = R("gramps")
    fam = r.choice(["Halloran", "Eklund", "Marchetti"])
    ppl = []
    used = set()
    for i in range(9):
        while True:
            fn = r.choice(FIRST)
            if fn not in used:
                used.add(fn)
                break
        sn = fam if i < 6 else r.choice([x for x in LAST if x != fam])
        by = r.randint(1890, 1990)
        bd = datetime.date(by, r.randint(1, 12), r.randint(1, 28))
        sex = r.choice("MF")
        dd = None
        if by < 1950 and r.random() < 0.7:
            dd = datetime.date(by + r.randint(55, 95), r.randint(1, 12), r.randint(1, 28))
        ppl.append(dict(id=f"I{i + 1:04d}", given=fn, surname=sn, sex=sex, birth=bd, death=dd))
    d["gramps"] = ppl
    # ---- W8 Parole playlist
    r = R("parole")
    songs = ["Salt Road", "Copper Kettle", "Northbound", "Paper Lanterns", "Slow Ferry", "Blue Hour",
             "Quiet Engine"]
    pl = []
    for i, s in enumerate(songs):
        pl.append(dict(title=s, artist=r.choice(["Mira Oyelaran", "The Fennel Lane Band", "Osric Dunmore"]),
                       seconds=r.randint(35, 95), file=f"{i + 1:02d}_{s.lower().replace(' ', '_')}.ogg"))
    d["parole"] = pl
    # ---- W9 ghex binary
    r = R("ghex")
    body = bytes(r.randrange(256) for _ in range(400))
    header = b"S31PAK\x02\x00" + struct.pack("<I", 400) + b"kestrel.cfg\x00"
    d["ghex"] = dict(file="firmware_blob.bin", data=(header + body).hex())
    # ---- W10 PyQt6 settings dialog
    r = R("qtprefs")
    d["qtprefs"] = dict(
        checks={"Start minimised to tray": r.random() < 0.5, "Check for updates weekly": r.random() < 0.5,
                "Play a sound on new message": r.random() < 0.5, "Send anonymous usage data": r.random() < 0.5,
                "Spell-check while typing": r.random() < 0.5},
        theme=r.choice(["Light", "Dark", "Follow system"]),
        cache=r.choice([128, 256, 384, 512, 768]),
        lang=r.choice(["English (UK)", "Deutsch", "Español", "Suomi"]),
        retention=r.choice(["7 days", "30 days", "90 days", "Forever"]),
        port=r.randint(2000, 9999))
    # ---- W11 Tk order form (home-made)
    r = R("tkorder")
    items = ["Oak shelf bracket", "Brass hinge (pair)", "Linseed oil 500 ml", "Sandpaper pack P120",
             "Wood glue 250 g", "Dowel 8 mm x 1 m"]
    rows = []
    for it in items:
        rows.append(dict(item=it, qty=r.randint(1, 9), price=round(r.randint(150, 2400) / 100, 2)))
    d["tkorder"] = dict(rows=rows, customer=f"{r.choice(FIRST)} {r.choice(LAST)}", order=f"WO-{r.randint(10000, 99999)}",
                        express=r.random() < 0.5)
    # ---- terminals
    d["t_cmake"] = gen_cmake()
    d["t_ruby"] = gen_ruby()
    d["t_datamash"] = gen_datamash()
    d["t_svn"] = gen_svn()
    d["t_gawk"] = gen_gawk()
    d["t_tudu"] = gen_tudu()
    return d


def gen_cmake():
    r = R("cmake")
    files = ["main.c", "parse.c", "tally.c", "report.c"]
    bad = r.choice(files[1:])
    ident = r.choice(["row_count", "max_width", "total_cents"])
    return dict(project="tidepool", files=files, bad=bad, ident=ident, pad=r.randint(3, 8))


def gen_ruby():
    r = R("ruby")
    guests = [(r.choice(FIRST), r.randint(0, 4)) for _ in range(5)]
    return dict(guests=guests, script="seating.rb", total=r.choice([0]))


def gen_datamash():
    r = R("datamash")
    regions = ["North", "South", "East", "West"]
    reps = ["Okafor", "Szabo", "Lindqvist", "Quintero", "Halloran", "Novak"]
    rows = []
    for i in range(30):
        rows.append((r.choice(regions), r.choice(reps), r.randint(1, 40), r.randint(20, 900)))
    return dict(rows=rows)


def gen_svn():
    r = R("svn")
    authors = ["mokafor", "lszabo", "tquintero"]
    msgs = ["Add importer for bank CSV files", "Fix rounding in VAT totals", "Rename ledger module to books",
            "Add --dry-run flag to sync", "Update copyright year", "Drop Python 3.7 support",
            "Cache exchange rates for one hour"]
    base = datetime.datetime(2024, 3, 4, 9, 0, 0)
    commits = []
    t = base
    for i, m in enumerate(msgs):
        t = t + datetime.timedelta(hours=r.randint(5, 70), minutes=r.randint(0, 59))
        commits.append(dict(rev=i + 2, author=r.choice(authors), msg=m, date=t))
    return dict(commits=commits)


def gen_gawk():
    r = R("gawk")
    paths = ["/", "/login", "/api/orders", "/api/stock", "/static/app.js", "/admin", "/search"]
    codes = [200] * 9 + [304] * 3 + [404] * 2 + [500, 302]
    lines = []
    t = datetime.datetime(2024, 11, 12, 8, 0, 0)
    for i in range(r.randint(140, 190)):
        t += datetime.timedelta(seconds=r.randint(1, 40))
        ip = f"10.{r.randint(0, 3)}.{r.randint(0, 9)}.{r.randint(2, 250)}"
        lines.append(dict(ip=ip, t=t, path=r.choice(paths), code=r.choice(codes), size=r.randint(200, 9000)))
    return dict(lines=lines)


def gen_tudu():
    r = R("tudu")
    top = [("Move flat", ["Get three removal quotes", "Redirect post", "Defrost freezer", "Return router"]),
           ("Garden", ["Prune the apple tree", "Fix the gate latch", "Sow broad beans"]),
           ("Tax return", ["Find P60", "Add up mileage", "Submit online"])]
    out = []
    for t, subs in top:
        s = []
        for x in subs:
            s.append(dict(title=x, done=r.random() < 0.4, prio=r.randint(1, 5)))
        out.append(dict(title=t, subs=s))
    return dict(tree=out)




# ---------------------------------------------------------------- writing the generated files
def w(path, text, mode="w"):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(text)


def write_files(d):
    # JabRef
    bib = ""
    for e in d["jabref"]:
        bib += (f"@Article{{{e['key']},\n  author  = {{{e['author']}}},\n  title   = {{{e['title']}}},\n"
                f"  journal = {{{e['journal']}}},\n  year    = {{{e['year']}}},\n  volume  = {{{e['volume']}}},\n"
                f"  pages   = {{{e['pages']}}},\n}}\n\n")
    w(DATA + "/refs/fieldwork.bib", bib)
    # KeePassXC XML (KeePass 2 format)
    import xml.sax.saxutils as X
    grp = {}
    for e in d["keepass"]:
        grp.setdefault(e["group"], []).append(e)
    import base64
    U = lambda k: base64.b64encode((0x5317 * 2 ** 100 + k).to_bytes(16, "big")).decode()
    xml = ['<?xml version="1.0" encoding="utf-8" standalone="yes"?>', "<KeePassFile><Meta><DatabaseName>household"
           f"</DatabaseName></Meta><Root><Group><UUID>{U(0)}</UUID><Name>Root</Name>"]
    n = 1
    for g, es in grp.items():
        xml.append(f"<Group><UUID>{U(n)}</UUID><Name>{g}</Name>")
        n += 1
        for e in es:
            xml.append(f"<Entry><UUID>{U(n)}</UUID><Times><LastModificationTime>2024-05-0{n % 9 + 1}T10:00:00Z"
                       f"</LastModificationTime><CreationTime>2024-01-0{n % 9 + 1}T10:00:00Z</CreationTime></Times>"
                       f"<String><Key>Title</Key><Value>{X.escape(e['title'])}</Value></String>"
                       f"<String><Key>UserName</Key><Value>{e['user']}</Value></String>"
                       f"<String><Key>URL</Key><Value>{e['url']}</Value></String>"
                       f"<String><Key>Password</Key><Value>pw{n}xQ7</Value></String></Entry>")
            n += 1
        xml.append("</Group>")
    xml.append("</Group></Root></KeePassFile>")
    w(DATA + "/household.xml", "\n".join(xml))
    # Veusz document
    v = d["veusz"]
    vsz = f"""AddImportPath('{DATA}')
SetData('branch', [])
SetDataText('branch', {v['cats']!r})
SetData('y2023', {v['s2023']!r})
SetData('y2024', {v['s2024']!r})
Set('width', '15cm')
Set('height', '9.5cm')
Add('page', name='page1', autoadd=False)
To('page1')
Add('graph', name='graph1', autoadd=False)
To('graph1')
Add('axis', name='x', autoadd=False)
Add('axis', name='y', autoadd=False)
To('y')
Set('label', 'Visits (thousands)')
Set('direction', 'vertical')
Set('min', 0.0)
Set('max', 120.0)
To('..')
To('x')
Set('label', 'Branch')
Set('mode', 'labels')
Set('TickLabels/size', '10pt')
To('..')
Add('bar', name='bar1', autoadd=False)
To('bar1')
Set('lengths', ('y2023', 'y2024'))
Set('labels', 'branch')
Set('keys', ('2023', '2024'))
Set('BarFill/fills', [('solid', '#4a7ab5', False), ('solid', '#e0a23a', False)])
To('..')
Add('key', name='key1', autoadd=False)
To('key1')
Set('horzPosn', 'right')
Set('vertPosn', 'top')
To('..')
Add('label', name='label1', autoadd=False)
To('label1')
Set('label', {v['title']!r})
Set('xPos', [0.03])
Set('yPos', [0.92])
Set('Text/size', '10pt')
To('..')
To('..')
To('..')
"""
    w(DATA + "/branches.vsz", vsz)
    # Zim notebook
    z = d["zim"]
    nb = DATA + "/zim/" + z["notebook"]
    w(nb + "/notebook.zim", f"[Notebook]\nname={z['notebook']}\nversion=0.4\nendofline=unix\nhome=Home\n")
    w(nb + "/Home.txt", "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== Home ======\n\nCommittee notes.\n")
    w(nb + "/Minutes.txt", "Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== Minutes ======\n\nNone yet.\n")
    mark = {"done": "[*]", "open": "[ ]", "cancel": "[x]"}
    body = (f"Content-Type: text/x-zim-wiki\nWiki-Format: zim 0.6\n\n====== {z['page']} ======\n"
            f"Date of fete: **{z['date']}**  Budget: £{z['budget']}\n\n===== Jobs =====\n")
    for t in z["tasks"]:
        body += f"{mark[t['state']]} {t['task']}\n"
    body += "\nLegend: [*] done, [x] dropped\n"
    w(nb + "/Summer_Fete.txt", body)
    # Gramps GEDCOM
    ged = ["0 HEAD", "1 SOUR s31", "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8"]
    for p in d["gramps"]:
        ged += [f"0 @{p['id']}@ INDI", f"1 NAME {p['given']} /{p['surname']}/", f"1 SEX {p['sex']}",
                "1 BIRT", "2 DATE " + p["birth"].strftime("%d %b %Y").upper()]
        if p["death"]:
            ged += ["1 DEAT", "2 DATE " + p["death"].strftime("%d %b %Y").upper()]
    ged.append("0 TRLR")
    w(DATA + "/family.ged", "\n".join(ged) + "\n")
    # Tudu
    t = d["t_tudu"]
    x = ['<?xml version="1.0"?>', '<!DOCTYPE tudu SYSTEM "/usr/share/tudu/tudu.dtd">', "<todo>"]
    for top in t["tree"]:
        x.append(f'<todo done="no" collapse="no"><title>{top["title"]}</title>')
        for s in top["subs"]:
            x.append(f'<todo done="{"yes" if s["done"] else "no"}" collapse="no"><title>{s["title"]}</title>'
                     f'<priority>{s["prio"]}</priority></todo>')
        x.append("</todo>")
    x.append("</todo>")
    w(HOME + "/.tudu.xml", "\n".join(x) + "\n")


# ---------------------------------------------------------------- capture helpers
def env():
    e = dict(os.environ)
    e.update(DISPLAY=DISPLAY, HOME=HOME, LANG="C.UTF-8", LC_ALL="C.UTF-8", XDG_RUNTIME_DIR=SCR + "/xdg",
             NO_AT_BRIDGE="1", TZ="UTC")
    os.makedirs(SCR + "/xdg", mode=0o700, exist_ok=True)
    if os.path.exists(SCR + "/dbus.env"):
        m = re.search(r"DBUS_SESSION_BUS_ADDRESS='([^']+)'", open(SCR + "/dbus.env").read())
        if m:
            e["DBUS_SESSION_BUS_ADDRESS"] = m.group(1)
    return e


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, env=env(), capture_output=True, text=True, **kw)


def find_win(pattern, timeout=60, cls=False):
    t0 = time.time()
    while time.time() - t0 < timeout:
        out = sh(f"xdotool search --onlyvisible {'--class' if cls else '--name'} '{pattern}'").stdout.split()
        if out:
            return out[-1]
        time.sleep(0.5)
    raise RuntimeError("window not found: " + pattern)


def place(wid, x, y, wd, ht):
    sh(f"xdotool windowactivate --sync {wid}")
    sh(f"xdotool windowsize --sync {wid} {wd} {ht}")
    sh(f"xdotool windowmove --sync {wid} {x} {y}")
    time.sleep(0.8)


def shoot(wid, name):
    """Crop the root window to the frame (decorations included) of window wid."""
    info = sh(f"xwininfo -id {wid}").stdout
    ax = int(re.search(r"Absolute upper-left X:\s+(-?\d+)", info).group(1))
    ay = int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", info).group(1))
    wd = int(re.search(r"Width:\s+(\d+)", info).group(1))
    ht = int(re.search(r"Height:\s+(\d+)", info).group(1))
    ext = sh(f"xprop -id {wid} _NET_FRAME_EXTENTS").stdout
    m = re.search(r"= (\d+), (\d+), (\d+), (\d+)", ext)
    l, rr, tp, b = map(int, m.groups()) if m else (0, 0, 0, 0)
    x0, y0 = max(0, ax - l), max(0, ay - tp)
    W, H = min(1280 - x0, wd + l + rr), min(800 - y0, ht + tp + b)
    os.makedirs(IMG, exist_ok=True)
    out = os.path.join(IMG, name + ".png")
    sh(f"import -window root -crop {W}x{H}+{x0}+{y0} +repage png:{out}")
    print("shot", out, W, H)
    return out


def launch(cmd, log):
    return subprocess.Popen(cmd, shell=True, env=env(), stdout=open(SCR + f"/{log}.log", "w"),
                            stderr=subprocess.STDOUT, start_new_session=True)


def stop(p):
    try:
        os.killpg(p.pid, 15)
    except ProcessLookupError:
        pass
    time.sleep(1)
    try:
        os.killpg(p.pid, 9)
    except ProcessLookupError:
        pass


def write_media(d):
    m = d["media"]
    os.makedirs(DATA + "/music", exist_ok=True)
    f = DATA + "/music/" + m["file"]
    if not os.path.exists(f):
        sh(f"sox -n -r {m['rate']} -c 2 -b 16 --comment 'TITLE={m['title']}' --add-comment 'ARTIST={m['artist']}' "
           f"--add-comment 'ALBUM={m['album']}' --add-comment 'TRACKNUMBER={m['track']}' --add-comment 'DATE={m['year']}' "
           f"--add-comment 'GENRE={m['genre']}' {f} synth {m['seconds']} pluck C3 pluck E3 vol 0.4")
    os.makedirs(DATA + "/playlist", exist_ok=True)
    for s in d["parole"]:
        f = DATA + "/playlist/" + s["file"]
        if not os.path.exists(f):
            sh(f"sox -n -r 44100 -c 2 --comment 'TITLE={s['title']}' --add-comment 'ARTIST={s['artist']}' "
               f"--add-comment 'ALBUM=Kitchen Radio' {f} synth {s['seconds']} sine 330 vol 0.2")
    open(DATA + "/" + d["ghex"]["file"], "wb").write(bytes.fromhex(d["ghex"]["data"]))


# ---------------------------------------------------------------- terminal sessions (Vim's :terminal in gvim)
RUBY_SRC = """# seating.rb -- works out seats for the reunion dinner
GUESTS = {{
{guests}
}}

def print_table(guests)
  guests.each {{ |name, plus| puts format("  %-10s +%d", name, plus) }}
end

def seats_needed(guests)
  guests.sum {{ |_, plus| plus + 1 }}
end

def per_table(seats, tables)
  seats / tables
end

puts "Guests: #{{GUESTS.size}}"
print_table(GUESTS)
seats = seats_needed(GUESTS)
puts "Seats needed: #{{seats}}"
tables = ARGV.fetch(0, "0").to_i
puts "Per table: #{{per_table(seats, tables)}}"
"""


def ruby_guests(d):
    seen, out = set(), []
    for n, k in d["t_ruby"]["guests"]:
        if n in seen:
            continue
        seen.add(n)
        out.append((n, k))
    return out


def cmake_sources(d):
    c = d["t_cmake"]
    src = {}
    src["main.c"] = ('#include <stdio.h>\n#include "tidepool.h"\n\nint main(int argc, char **argv)\n{\n'
                     '    if (argc < 2) {\n        fprintf(stderr, "usage: tidepool FILE\\n");\n        return 2;\n    }\n'
                     '    struct table t = parse_file(argv[1]);\n    tally(&t);\n    report(&t);\n    return 0;\n}\n')
    src["parse.c"] = ('#include <stdio.h>\n#include "tidepool.h"\n\nstruct table parse_file(const char *path)\n{\n'
                      '    struct table t = {0};\n    FILE *f = fopen(path, "r");\n    if (!f)\n        return t;\n'
                      '    while (fscanf(f, "%ld", &t.cents[t.rows]) == 1 && t.rows < MAX_ROWS)\n        t.rows++;\n'
                      '    fclose(f);\n    return t;\n}\n')
    src["tally.c"] = ('#include "tidepool.h"\n\nvoid tally(struct table *t)\n{\n    long sum = 0;\n'
                      '    for (int i = 0; i < t->rows; i++)\n        sum += t->cents[i];\n    t->total = sum;\n}\n')
    src["report.c"] = ('#include <stdio.h>\n#include "tidepool.h"\n\nvoid report(const struct table *t)\n{\n'
                       '    printf("%d rows, total %ld.%02ld\\n", t->rows, t->total / 100, t->total % 100);\n}\n')
    # the bug: an undeclared identifier in the chosen file, inside the function body
    bad = c["bad"]
    lines = src[bad].split("\n")
    body_start = [i for i, l in enumerate(lines) if l == "{"][0]
    pos = body_start + 1 + (c["pad"] % 2)
    lines.insert(pos, f"    int width = {c['ident']} + {c['pad']};")
    src[bad] = "\n".join(lines)
    err_line = pos + 1
    # a warning in main.c: unused variable
    ml = src["main.c"].split("\n")
    ml.insert(5, "    int verbose = 0;")
    src["main.c"] = "\n".join(ml)
    return src, err_line, 6


def write_terminal_files(d):
    # T1 cmake/ninja
    proj = HOME + "/tidepool"
    src, _, _ = cmake_sources(d)
    for f, t in src.items():
        w(f"{proj}/src/{f}", t)
    w(proj + "/src/tidepool.h", "#define MAX_ROWS 512\nstruct table { int rows; long cents[MAX_ROWS]; long total; };\n"
      "struct table parse_file(const char *path);\nvoid tally(struct table *t);\nvoid report(const struct table *t);\n")
    w(proj + "/CMakeLists.txt", "cmake_minimum_required(VERSION 3.20)\nproject(tidepool C)\n"
      "add_compile_options(-Wall)\nadd_executable(tidepool src/main.c src/parse.c src/tally.c src/report.c)\n")
    # T2 ruby
    g = ruby_guests(d)
    w(HOME + "/reunion/seating.rb", RUBY_SRC.format(guests=",\n".join(f'  "{n}" => {k}' for n, k in g)))
    # T3 datamash
    w(HOME + "/q3/sales.csv", "region,rep,units,revenue\n" + "".join(f"{a},{b},{c},{e}\n" for a, b, c, e in d["t_datamash"]["rows"]))
    # T5 gawk
    lines = []
    for L in d["t_gawk"]["lines"]:
        lines.append(f'{L["ip"]} - - [{L["t"].strftime("%d/%b/%Y:%H:%M:%S")} +0000] "GET {L["path"]} HTTP/1.1" '
                     f'{L["code"]} {L["size"]}')
    w(HOME + "/logs/access.log", "\n".join(lines) + "\n")


def svn_setup(d):
    base = SCR + "/svnrepo"
    wc = HOME + "/books"
    if os.path.exists(base + "/format"):
        return
    sh(f"rm -rf {base} {wc}; svnadmin create {base}")
    w(base + "/hooks/pre-revprop-change", "#!/bin/sh\nexit 0\n")
    os.chmod(base + "/hooks/pre-revprop-change", 0o755)
    sh(f"svn checkout -q file://{base} {wc}")
    w(wc + "/README", "books: household bookkeeping scripts\n")
    sh(f"cd {wc} && svn add -q README && svn commit -q --username mokafor -m 'Initial import' && "
       f"svn propset -q --revprop -r 1 svn:date 2024-03-04T09:00:00.000000Z")
    for c in d["t_svn"]["commits"]:
        w(wc + "/CHANGES", f"r{c['rev']}: {c['msg']}\n", "a")
        if c["rev"] == 2:
            sh(f"cd {wc} && svn add -q CHANGES")
        sh(f"cd {wc} && svn commit -q --username {c['author']} -m '{c['msg']}' && svn propset -q --revprop "
           f"-r {c['rev']} svn:date {c['date'].strftime('%Y-%m-%dT%H:%M:%S')}.000000Z")
    sh(f"cd {wc} && svn update -q")


TERMS = [
    # name, theme (vim colorscheme), workdir, commands
    ("t_cmake", "default", "~/tidepool", ["cmake -S . -B build -G Ninja > /dev/null", "ninja -C build -j1 -k 0 | cat"]),
    ("t_ruby", "desert", "~/reunion", ["ruby -v", "ruby seating.rb"]),
    ("t_datamash", "morning", "~/q3", ["head -5 sales.csv", "wc -l sales.csv",
                                       "datamash -t, -s -H groupby 1 count 1 sum 3 sum 4 < sales.csv"]),
    ("t_svn", "evening", "~/books", ["svn info --show-item revision", "svn log -l 5"]),
    ("t_gawk", "default", "~/logs", ["wc -l access.log",
                                     "gawk '{n[$9]++} END {for (c in n) print c, n[c]}' access.log | sort -k2,2nr",
                                     "gawk '$9 == 500 {print $7}' access.log | sort | uniq -c | sort -nr"]),
    ("t_tudu", "desert", "~", ["rm -f ~/.tudu.xml_lock; clear; tudu"]),
]


def vimx(expr):
    return sh(f"gvim --servername S31T --remote-expr {json.dumps(expr)}").stdout


def capture_terminal(d, name, theme, wd, cmds):
    p = launch("gvim -f -u NONE -U NONE -N --servername S31T -geometry 96x30 "
               "-c 'set guifont=DejaVu\\ Sans\\ Mono\\ 11' "
               + (f"-c 'colorscheme {theme}' " if theme != "default" else "")
               + "-c 'terminal ++curwin ++close bash --norc --noprofile'", "gvim_" + name)
    wid = find_win("S31T", 60)
    time.sleep(2)
    place(wid, 20, 30, 980, 700)
    time.sleep(1)
    def send(s):
        w(SCR + "/cmd.txt", s)
        vimx(f"term_sendkeys(term_list()[0], readfile('{SCR}/cmd.txt')[0] . \"\\r\")")
        time.sleep(1.5)
    send(f"export PS1='noor@kestrel:\\w$ ' TERM=xterm-256color; cd {wd}; clear")
    time.sleep(1)
    for c in cmds:
        send(c)
        time.sleep(4 if "ninja" in c or "cmake" in c else 1.5)
    time.sleep(2)
    txt = vimx("join(map(range(1, term_getsize(term_list()[0])[0]), {_, v -> term_getline(term_list()[0], v)}), \"\\n\")")
    w(SCR + f"/screens/{name}.txt", txt)
    shoot(wid, name)
    stop(p)
    return txt


# ---------------------------------------------------------------- home-made dialogs
def write_dialogs(d):
    q = d["qtprefs"]
    w(SCR + "/qtprefs.py", f"""import sys
from PyQt6.QtWidgets import *
app = QApplication(sys.argv); app.setStyle('Fusion')
dlg = QDialog(); dlg.setWindowTitle('Preferences - Larkspur Notes'); lay = QVBoxLayout(dlg)
g1 = QGroupBox('General'); v = QVBoxLayout(g1)
for text, on in {list(q['checks'].items())!r}:
    c = QCheckBox(text); c.setChecked(on); v.addWidget(c)
lay.addWidget(g1)
g2 = QGroupBox('Theme'); h = QHBoxLayout(g2)
for t in ['Light', 'Dark', 'Follow system']:
    r = QRadioButton(t); r.setChecked(t == {q['theme']!r}); h.addWidget(r)
lay.addWidget(g2)
g3 = QGroupBox('Storage and sync'); f = QFormLayout(g3)
sp = QSpinBox(); sp.setRange(64, 4096); sp.setSuffix(' MB'); sp.setValue({q['cache']}); f.addRow('Cache size:', sp)
cb = QComboBox(); cb.addItems(['English (UK)', 'Deutsch', 'Español', 'Suomi']); cb.setCurrentText({q['lang']!r}); f.addRow('Language:', cb)
cr = QComboBox(); cr.addItems(['7 days', '30 days', '90 days', 'Forever']); cr.setCurrentText({q['retention']!r}); f.addRow('Keep deleted notes:', cr)
pt = QLineEdit('{q['port']}'); f.addRow('Sync port:', pt)
lay.addWidget(g3)
bb = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Apply)
lay.addWidget(bb); dlg.resize(520, 560); dlg.show(); app.exec()
""")
    t = d["tkorder"]
    w(SCR + "/tkorder.py", f"""import tkinter as tk
from tkinter import ttk
root = tk.Tk(); root.title('Workshop order {t['order']}')
st = ttk.Style(); st.theme_use('alt')
frm = ttk.Frame(root, padding=12); frm.pack(fill='both', expand=True)
ttk.Label(frm, text='Customer:').grid(row=0, column=0, sticky='w')
e = ttk.Entry(frm, width=30); e.insert(0, {t['customer']!r}); e.grid(row=0, column=1, sticky='w', pady=4)
tv = ttk.Treeview(frm, columns=('qty', 'price'), height=7)
tv.heading('#0', text='Item'); tv.heading('qty', text='Qty'); tv.heading('price', text='Unit price (EUR)')
tv.column('#0', width=240); tv.column('qty', width=60, anchor='e'); tv.column('price', width=130, anchor='e')
for it, qty, pr in {[(r['item'], r['qty'], r['price']) for r in t['rows']]!r}:
    tv.insert('', 'end', text=it, values=(qty, f'{{pr:.2f}}'))
tv.grid(row=1, column=0, columnspan=2, pady=8)
v = tk.BooleanVar(value={t['express']})
ttk.Checkbutton(frm, text='Express delivery', variable=v).grid(row=2, column=0, columnspan=2, sticky='w')
bf = ttk.Frame(frm); bf.grid(row=3, column=0, columnspan=2, sticky='e', pady=(10, 0))
ttk.Button(bf, text='Cancel').pack(side='left', padx=4); ttk.Button(bf, text='Place order').pack(side='left')
root.mainloop()
""")


def capture_dialog(script, title, name, size):
    p = launch(f"/usr/bin/python3 {SCR}/{script}", name)
    wid = find_win(title, 60)
    time.sleep(2)
    if size:
        place(wid, 40, 40, *size)
    else:
        sh(f"xdotool windowmove --sync {wid} 40 40")
    time.sleep(1.5)
    shoot(wid, name)
    stop(p)


def capture_all(d):
    os.makedirs(SCR + "/screens", exist_ok=True)
    write_media(d)
    write_terminal_files(d)
    svn_setup(d)
    write_dialogs(d)
    # JabRef (Java Swing)
    p = launch(f"jabref {DATA}/refs/fieldwork.bib", "jabref")
    find_win("JabRef", 120); time.sleep(8)
    wid = find_win("JabRef", 10); place(wid, 10, 30, 1180, 640); time.sleep(3)
    shoot(wid, "jabref_bib"); stop(p)
    # KeePassXC (Qt5)
    sh(f"rm -f {DATA}/household.kdbx; printf 'Lantern-9917\\nLantern-9917\\n' | keepassxc-cli import -p "
       f"{DATA}/household.xml {DATA}/household.kdbx")
    p = launch(f"echo Lantern-9917 | keepassxc --pw-stdin {DATA}/household.kdbx", "kp")
    find_win("KeePassXC", 60); time.sleep(5)
    wid = find_win("KeePassXC", 10); place(wid, 10, 30, 1250, 750); time.sleep(2)
    sh("xdotool key ctrl+f"); time.sleep(0.5); sh("xdotool type --delay 60 url:login"); time.sleep(2)
    shoot(wid, "keepassxc_search"); stop(p)
    # Veusz (Qt5 / PyQt5)
    p = launch(f"veusz {DATA}/branches.vsz", "veusz")
    wid = find_win("branches", 60); time.sleep(4)
    sh("xdotool key Escape"); time.sleep(1)
    place(wid, 10, 40, 1150, 720); time.sleep(3)
    shoot(wid, "veusz_bars"); stop(p)
    # GNOME Clocks (GTK4 / libadwaita)
    al = d["clocks"]
    v = "[" + ", ".join("{'name': <'%s'>, 'id': <'s31a%d'>, 'hour': <%d>, 'minute': <%d>, 'days': <@ai [0, 1, 2, 3, 4]>,"
                        " 'active': <%s>}" % (a["name"], i, a["hour"], a["minute"], "true" if a["active"] else "false")
                        for i, a in enumerate(al)) + "]"
    sh(f'gsettings set org.gnome.clocks alarms "{v}"')
    p = launch("gnome-clocks", "clocks")
    wid = find_win("Clocks", 60); time.sleep(4)
    place(wid, 10, 30, 900, 700); time.sleep(2)
    sh(f"xdotool mousemove --window {wid} 386 28 click 1"); time.sleep(2)
    shoot(wid, "gnome_clocks_alarms"); stop(p)
    # MediaInfo GUI (wxWidgets)
    p = launch(f"mediainfo-gui {DATA}/music/{d['media']['file']}", "media")
    wid = find_win("MediaInfo", 60); time.sleep(3)
    place(wid, 10, 30, 900, 420); time.sleep(2)
    shoot(wid, "mediainfo_flac"); stop(p)
    # Zim (GTK3)
    p = launch(f"zim {DATA}/zim/Committee Summer_Fete", "zim")
    wid = find_win("Summer Fete", 60); time.sleep(4)
    place(wid, 10, 30, 1000, 640); time.sleep(2)
    shoot(wid, "zim_todo"); stop(p)
    # Parole (GTK3 / GStreamer)
    files = " ".join(f"{DATA}/playlist/{s['file']}" for s in d["parole"])
    p = launch(f"parole {files}", "parole")
    wid = find_win(d["parole"][0]["title"], 60); time.sleep(4)
    place(wid, 10, 30, 1000, 600); time.sleep(2)
    sh("xdotool key F9"); time.sleep(2)
    shoot(wid, "parole_playlist"); stop(p)
    # GHex (GTK4)
    p = launch(f"ghex {DATA}/{d['ghex']['file']}", "ghex")
    wid = find_win("firmware", 60); time.sleep(3)
    place(wid, 10, 30, 900, 600); time.sleep(2)
    shoot(wid, "ghex_blob"); stop(p)
    # home-made dialogs
    capture_dialog("qtprefs.py", "Preferences - Larkspur", "qt_prefs", None)
    capture_dialog("tkorder.py", "Workshop order", "tk_order", None)
    # terminals
    for t in TERMS:
        capture_terminal(d, *t)



# ---------------------------------------------------------------- questions and goldens
def fmt_dur(sec):
    return f"{sec // 60:02d}:{sec % 60:02d}"


def write_manifest(d):
    rows = []

    def q(img, cat, question, answer, atype, intent, literal, shown):
        ans = str(answer)
        if literal:
            assert ans in shown, (img, ans)
        rows.append(dict(id=f"s31-{len(rows) + 1:04d}", image=f"images/{img}.png", question=question, answer=ans,
                         answer_type=atype, category=cat, intent=intent, literal=literal))

    # W1 JabRef -- shown: author surnames, titles, years, full keys (those not cut off)
    J = d["jabref"]
    shown = " ".join(f"{e['first']} {e['title']} {e['year']} {e['key']}" for e in J)
    bat = [e for e in J if "Bat" in e["title"]][0]
    q("jabref_bib", "app", "who wrote the bat colonies paper?", bat["first"], "person", "lookup", True, shown)
    y22 = sum(e["year"] == 2022 for e in J)
    q("jabref_bib", "app", "How many of the references in this JabRef library are from 2022?", y22, "count", "count", False, shown)
    old = min(J, key=lambda e: e["year"])
    q("jabref_bib", "app", "whats the title of the oldest paper in the list", old["title"], "text", "earliest", True, shown)
    gl = [e for e in J if e["title"].startswith("Glacier")][0]
    q("jabref_bib", "app", "Which year was the glacier melt / hydropower article published?", gl["year"], "number", "lookup", True, shown)
    q("jabref_bib", "app", "how many entries have more than one author", sum(e["coauth"] for e in J), "count", "count", False, shown)
    nv = [e for e in J if e["first"] == "Novak"][0]
    q("jabref_bib", "app", "Tell me the bibtex key of the Novak paper.", nv["key"], "code", "lookup", True, shown)

    # W2 KeePassXC
    K = d["keepass"]
    grp = {}
    for e in K:
        grp.setdefault(e["group"], []).append(e)
    n, mod = 1, {}
    for g, es in grp.items():
        n += 1
        for e in es:
            mod[e["title"]] = n % 9 + 1
            n += 1
    shown = " ".join(f"{e['group']} {e['user']}" for e in K) + " " + K[0]["url"] + " " + K[0]["title"] + " Search Results (8)"
    ls = [e for e in K if e["title"] == "Larkspur Savings"][0]
    q("keepassxc_search", "app", "what's my username for Larkspur Savings?", ls["user"], "text", "lookup", True, shown)
    q("keepassxc_search", "app", "How many entries are in the Shopping group?", len(grp["Shopping"]), "count", "count", False, shown)
    tv = [e for e in K if e["title"] == "Tessellate VPN"][0]
    q("keepassxc_search", "app", "which group is the Tessellate VPN login filed under", tv["group"], "text", "lookup", True, shown)
    q("keepassxc_search", "app", "Give me the full URL of the entry that's selected.", K[0]["url"], "text", "selected", True, shown)
    latest = max(mod, key=lambda t: mod[t])
    q("keepassxc_search", "app", "Which password entry was modified most recently?", latest, "text", "latest", False, shown)
    q("keepassxc_search", "app", "how many results did the url:login search return", len(K), "count", "count", True, shown)

    # W3 Veusz
    V = d["veusz"]
    C, a, b = V["cats"], V["s2023"], V["s2024"]
    shown = " ".join(C) + " " + V["title"]
    q("veusz_bars", "chart", "Which branch had the most library visits in 2024?", C[b.index(max(b))], "text", "argmax", True, shown)
    q("veusz_bars", "chart", "roughly how many thousand visits did Corfe get in 2023?", a[C.index("Corfe")], "approx", "chart_value", False, shown)
    down = [c for c, x, y in zip(C, a, b) if y < x]
    assert len(down) == 1
    q("veusz_bars", "chart", "which branch went DOWN from 2023 to 2024", down[0], "text", "compare_less", True, shown)
    q("veusz_bars", "chart", "What's the title written on the plot?", V["title"], "text", "title", True, shown)
    q("veusz_bars", "chart", "lowest 2023 bar - which branch is that?", C[a.index(min(a))], "text", "argmin", True, shown)
    ci = C.index("Corfe")
    q("veusz_bars", "chart", "About how many thousand more visits did Corfe have in 2024 than in 2023?", b[ci] - a[ci], "approx", "difference", False, shown)

    # W4 GNOME Clocks
    A = d["clocks"]
    hm = lambda x: f"{x['hour']:02d}:{x['minute']:02d}"
    shown = " ".join(x["name"] + " " + hm(x) for x in A)
    su = [x for x in A if x["name"] == "Standup call"][0]
    q("gnome_clocks_alarms", "app", "what time is my standup call alarm set for?", hm(su), "time", "lookup", True, shown)
    q("gnome_clocks_alarms", "app", "How many of these alarms are switched on?", sum(x["active"] for x in A), "count", "count", False, shown)
    bn = [x for x in A if x["name"] == "Bin night"][0]
    q("gnome_clocks_alarms", "app", "is the bin night alarm enabled", "yes" if bn["active"] else "no", "yesno", "state_yesno", False, shown)
    key = lambda x: x["hour"] * 60 + x["minute"]
    q("gnome_clocks_alarms", "app", "Which alarm is set for the latest time of day?", max(A, key=key)["name"], "text", "latest", True, shown)
    q("gnome_clocks_alarms", "app", "of the alarms that are actually on, which one rings earliest in the day?",
      min([x for x in A if x["active"]], key=key)["name"], "text", "earliest", True, shown)
    sr = [x for x in A if x["name"] == "School run"][0]
    pp = [x for x in A if x["name"] == "Piano practice"][0]
    q("gnome_clocks_alarms", "app", "how many minutes are there between the school run alarm and piano practice?",
      key(pp) - key(sr), "number", "difference", False, shown)

    # W5 MediaInfo
    M = d["media"]
    shown = f"{M['album']} {M['title']} Track name/Position: {M['track']} Performer: {M['artist']} {M['genre']} " \
            f"{M['rate'] / 1000:g} kHz, 16 bits, {M['channels']} channels, FLAC {M['file']}"
    q("mediainfo_flac", "media_info", "who's the performer on this file?", M["artist"], "text", "lookup", True, shown)
    q("mediainfo_flac", "media_info", "Which album is the track from?", M["album"], "text", "lookup", True, shown)
    q("mediainfo_flac", "media_info", "how long is the track in seconds", M["seconds"], "number", "read", False, shown)
    q("mediainfo_flac", "media_info", "What's the sampling rate, in kHz?", f"{M['rate'] / 1000:g}", "number", "read", True, shown)
    q("mediainfo_flac", "media_info", "mono or stereo? how many channels does the audio have", M["channels"], "number", "read", True, shown)
    q("mediainfo_flac", "media_info", "What track number is it?", M["track"], "number", "lookup", True, shown)

    # W6 Zim
    Z = d["zim"]
    T = Z["tasks"]
    shown = " ".join(t["task"] for t in T) + f" {Z['date']} £{Z['budget']}"
    q("zim_todo", "app", "how many jobs on the Summer Fete page are ticked off as done?", sum(t["state"] == "done" for t in T), "count", "count", False, shown)
    drop = [t["task"] for t in T if t["state"] == "cancel"]
    assert len(drop) == 1
    q("zim_todo", "app", "Which job got dropped (crossed box)?", drop[0], "text", "selected", True, shown)
    q("zim_todo", "app", "How many jobs are still open?", sum(t["state"] == "open" for t in T), "count", "count", False, shown)
    q("zim_todo", "app", "when's the fete?", Z["date"], "date", "lookup", True, shown)
    q("zim_todo", "app", "what budget does the note give for the fete", Z["budget"], "money", "lookup", True, shown)
    fa = [t for t in T if t["task"] == "Check the first-aid kit"][0]
    q("zim_todo", "app", "has the first-aid kit been checked yet?", "yes" if fa["state"] == "done" else "no", "yesno", "state_yesno", False, shown)

    # W7 Parole
    P = d["parole"]
    shown = " ".join(s["title"] + " " + fmt_dur(s["seconds"]) for s in P) + f" Playlist ({len(P)} items) {P[0]['artist']}"
    q("parole_playlist", "media_player", "how many songs are in the playlist?", len(P), "count", "count", True, shown)
    q("parole_playlist", "media_player", "Which track in the playlist is the longest?", max(P, key=lambda s: s["seconds"])["title"], "text", "argmax", True, shown)
    q("parole_playlist", "media_player", "total running time of the whole playlist in seconds?", sum(s["seconds"] for s in P), "number", "sum", False, shown)
    i = [s["title"] for s in P].index("Paper Lanterns")
    q("parole_playlist", "media_player", "what plays after Paper Lanterns", P[i + 1]["title"], "text", "next", True, shown)
    q("parole_playlist", "media_player", "Who is the artist of the song that's playing now?", P[0]["artist"], "person", "lookup", True, shown)
    bh = [s for s in P if s["title"] == "Blue Hour"][0]
    q("parole_playlist", "media_player", "how long is Blue Hour?", fmt_dur(bh["seconds"]), "text", "lookup", True, shown)

    # W8 GHex
    G = d["ghex"]
    raw = bytes.fromhex(G["data"])
    shown = G["file"] + " " + DATA + " " + raw[:6].decode() + " " + " ".join(f"{x:02X}" for x in raw[:0x168])
    q("ghex_blob", "hex_editor", "what's the name of the file open in the hex editor?", G["file"], "code", "title", True, shown)
    q("ghex_blob", "hex_editor", "Which directory is that file in?", DATA, "text", "lookup", True, shown)
    q("ghex_blob", "hex_editor", "first six characters shown in the ASCII column", raw[:6].decode(), "code", "read", True, shown)
    q("ghex_blob", "hex_editor", "What is the byte value at offset 0x24? (hex)", f"{raw[0x24]:02X}", "code", "cell", True, shown)
    name = raw[12:raw.index(b"\x00", 12)].decode()
    q("ghex_blob", "hex_editor", "there's a config file name embedded in the header - what is it?", name, "code", "read", False, shown)
    q("ghex_blob", "hex_editor", "how many bytes does each row show", 0x12, "count", "count", False, shown)

    # W9 home-made PyQt6 preferences
    Q = d["qtprefs"]
    shown = " ".join(Q["checks"]) + f" {Q['theme']} {Q['cache']} MB {Q['lang']} {Q['retention']} {Q['port']}"
    q("qt_prefs", "settings", "which theme is selected?", Q["theme"], "text", "selected", True, shown)
    q("qt_prefs", "settings", "How many of the options under General are ticked?", sum(Q["checks"].values()), "count", "count", False, shown)
    q("qt_prefs", "settings", "is spell check while typing turned on", "yes" if Q["checks"]["Spell-check while typing"] else "no", "yesno", "state_yesno", False, shown)
    q("qt_prefs", "settings", "cache size in MB?", Q["cache"], "number", "read", True, shown)
    q("qt_prefs", "settings", "What port is sync set to use?", Q["port"], "number", "read", True, shown)
    q("qt_prefs", "settings", "does it check for updates weekly?", "yes" if Q["checks"]["Check for updates weekly"] else "no", "yesno", "state_yesno", False, shown)
    q("qt_prefs", "settings", "which language is picked", Q["lang"], "text", "selected", True, shown)

    # W10 home-made Tk order
    O = d["tkorder"]
    R_ = O["rows"]
    shown = f"Workshop order {O['order']} {O['customer']} " + " ".join(f"{r['item']} {r['qty']} {r['price']:.2f}" for r in R_)
    q("tk_order", "form", "who is this order for", O["customer"], "person", "party", True, shown)
    tot = round(sum(r["qty"] * r["price"] for r in R_), 2)
    q("tk_order", "form", "What does the whole order come to in euros (qty x unit price, summed)?", f"{tot:.2f}", "money", "sum", False, shown)
    q("tk_order", "form", "Which item has the highest unit price?", max(R_, key=lambda r: r["price"])["item"], "text", "argmax", True, shown)
    wg = [r for r in R_ if r["item"].startswith("Wood glue")][0]
    q("tk_order", "form", "how many wood glue did they order", wg["qty"], "number", "lookup", True, shown)
    q("tk_order", "form", "Is express delivery ticked?", "yes" if O["express"] else "no", "yesno", "state_yesno", False, shown)
    q("tk_order", "form", "order number pls", O["order"], "code", "lookup", True, shown)

    # terminals: literal goldens are checked against the text captured from Vim's terminal buffer
    def scr(name):
        return open(SCR + f"/screens/{name}.txt").read()

    # T1 cmake + ninja
    c = d["t_cmake"]
    src, err_line, _ = cmake_sources(d)
    shown = scr("t_cmake")
    q("t_cmake", "terminal", "which source file failed to compile?", c["bad"], "code", "error", True, shown)
    q("t_cmake", "terminal", "What identifier does gcc say is undeclared?", c["ident"], "code", "error", True, shown)
    q("t_cmake", "terminal", f"on what line of {c['bad']} is the error", err_line, "number", "locate", True, shown)
    q("t_cmake", "terminal", "how many warnings did the compiler print in total", 2, "count", "count", False, shown)
    q("t_cmake", "terminal", "How many build steps does ninja say there are in total?", len(c["files"]) + 1, "number", "read", True, shown)
    q("t_cmake", "terminal", "which variable is flagged as unused in main.c?", "verbose", "code", "lookup", True, shown)

    # T2 ruby
    g = ruby_guests(d)
    rb = (RUBY_SRC.format(guests=",\n".join(f'  "{n}" => {k}' for n, k in g))).split("\n")
    div_line = [i + 1 for i, l in enumerate(rb) if "seats / tables" in l][0]
    shown = scr("t_ruby")
    q("t_ruby", "terminal", "what exception did the script throw?", "ZeroDivisionError", "error", "error", True, shown)
    q("t_ruby", "terminal", "Which method raised it?", "per_table", "code", "error", True, shown)
    q("t_ruby", "terminal", "what line number of seating.rb does the division happen on", div_line, "number", "locate", True, shown)
    q("t_ruby", "terminal", "How many seats are needed according to the output?", sum(k + 1 for _, k in g), "number", "read", True, shown)
    q("t_ruby", "terminal", "who is bringing the most plus-ones?", max(g, key=lambda x: x[1])[0], "person", "argmax", True, shown)
    q("t_ruby", "terminal", "how many guests are on the list", len(g), "count", "count", True, shown)

    # T3 datamash
    drows = d["t_datamash"]["rows"]
    agg = {}
    for reg, rep, u, rev in drows:
        a_ = agg.setdefault(reg, [0, 0, 0])
        a_[0] += 1; a_[1] += u; a_[2] += rev
    shown = scr("t_datamash")
    q("t_datamash", "terminal", "Which region has the highest total revenue?", max(agg, key=lambda k: agg[k][2]), "text", "argmax", True, shown)
    q("t_datamash", "terminal", "how many sales rows are there for West", agg["West"][0], "count", "lookup", True, shown)
    q("t_datamash", "terminal", "total units sold across all regions?", sum(v[1] for v in agg.values()), "number", "sum", False, shown)
    q("t_datamash", "terminal", "How many data rows does sales.csv have, not counting the header?", len(drows), "count", "subtract", False, shown)
    q("t_datamash", "terminal", "what's North's total revenue", agg["North"][2], "number", "lookup", True, shown)
    q("t_datamash", "terminal", "average revenue per sale in the South region?", round(agg["South"][2] / agg["South"][0], 2), "number", "mean", False, shown)

    # T4 svn
    S = d["t_svn"]["commits"]
    last5 = S[-5:]
    shown = scr("t_svn")
    q("t_svn", "terminal", "what revision is the working copy at", S[-1]["rev"], "number", "read", True, shown)
    q("t_svn", "terminal", "Who made the most recent commit?", S[-1]["author"], "text", "latest", True, shown)
    q("t_svn", "terminal", "how many of the commits shown are by tquintero?", sum(x["author"] == "tquintero" for x in last5), "count", "count", False, shown)
    r6 = [x for x in S if x["rev"] == 6][0]
    q("t_svn", "terminal", "What was the commit message for r6?", r6["msg"], "text", "lookup", True, shown)
    dp = [x for x in S if x["msg"].startswith("Drop Python")][0]
    q("t_svn", "terminal", "which revision dropped python 3.7 support", dp["rev"], "number", "lookup", True, shown)
    r5 = [x for x in S if x["rev"] == 5][0]
    q("t_svn", "terminal", "On what date was r5 committed?", r5["date"].strftime("%Y-%m-%d"), "date", "lookup", True, shown)

    # T5 gawk
    L = d["t_gawk"]["lines"]
    from collections import Counter
    cc = Counter(x["code"] for x in L)
    p500 = Counter(x["path"] for x in L if x["code"] == 500)
    shown = scr("t_gawk")
    q("t_gawk", "terminal", "How many requests are in access.log?", len(L), "number", "read", True, shown)
    q("t_gawk", "terminal", "most common status code?", cc.most_common(1)[0][0], "number", "argmax", True, shown)
    q("t_gawk", "terminal", "how many 404s were there", cc[404], "count", "lookup", True, shown)
    top500 = p500.most_common(2)
    assert top500[0][1] > top500[1][1]
    q("t_gawk", "terminal", "Which path threw the most 500 errors?", top500[0][0], "code", "argmax", True, shown)
    q("t_gawk", "terminal", "what percentage of the requests came back 304?", round(100 * cc[304] / len(L), 2), "percent", "share", False, shown)
    q("t_gawk", "terminal", "how many 500 responses in total", cc[500], "count", "sum", True, shown)

    # T6 tudu
    TT = d["t_tudu"]["tree"]
    shown = scr("t_tudu")
    mf = [t for t in TT if t["title"] == "Move flat"][0]
    q("t_tudu", "terminal", "how many tasks under Move flat are marked done?", sum(s["done"] for s in mf["subs"]), "count", "count", False, shown)
    tx = [t for t in TT if t["title"] == "Tax return"][0]
    left = [s["title"] for s in tx["subs"] if not s["done"]]
    assert len(left) == 1
    q("t_tudu", "terminal", "What's still left to do for the tax return?", left[0], "text", "lookup", True, shown)
    full = [t["title"] for t in TT if all(s["done"] for s in t["subs"])]
    assert len(full) == 1
    q("t_tudu", "terminal", "Which project is 100% complete?", full[0], "text", "lookup", True, shown)
    rr = [s for s in mf["subs"] if s["title"] == "Return router"][0]
    q("t_tudu", "terminal", "what priority does 'Return router' have", rr["prio"], "number", "cell", True, shown)
    q("t_tudu", "terminal", "How many tasks are not done yet, across all projects?", sum(not s["done"] for t in TT for s in t["subs"]), "count", "count", False, shown)
    q("t_tudu", "terminal", "move flat - what % done?", int(100 * sum(s["done"] for s in mf["subs"]) / len(mf["subs"])), "percent", "read", True, shown)

    with open(os.path.join(HERE, "manifest.jsonl"), "w") as f:
        for r_ in rows:
            f.write(json.dumps(r_, ensure_ascii=False) + "\n")
    print(len(rows), "questions")
    return rows


if __name__ == "__main__":
    stage = sys.argv[1] if len(sys.argv) > 1 else "manifest"
    D = gen_all()
    if stage in ("gen", "capture", "all"):
        write_files(D)
    if stage in ("capture", "all"):
        capture_all(D)
    if stage in ("manifest", "all"):
        write_manifest(D)
