#!/usr/bin/env python3
"""Build the screens_test33 held-out split: real Debian 12 application windows under Xvfb :88 (openbox),
each fed generated data; terminal windows use Gambas 3's gb.form.terminal TerminalView running bash.

Usage:  python3 build.py            (all scenes)
        python3 build.py g03 t02    (only those scenes; manifest rows of the others are kept)
"""
import json
import random
import re
import subprocess
import sys
import time
from pathlib import Path

import harness as H

SEED = 61349
OUT = Path(__file__).resolve().parent
IMG = OUT / "images"
SCR = H.SCR
WORK = SCR / "work"

FIRST = ["Anouk", "Bexley", "Corvin", "Dalia", "Edris", "Fenna", "Galen", "Hesper", "Ilario", "Jorun", "Kasia",
         "Lioba", "Marek", "Nerys", "Oskar", "Pilar", "Quillon", "Rasmus", "Solveig", "Tobiah", "Ulla", "Vesna",
         "Wendel", "Xenia", "Yannick", "Zofia", "Aurel", "Brisa", "Cosimo", "Delphine", "Emrys", "Fabiola"]
SYL_A = ["Var", "Tal", "Mor", "Bre", "Kel", "Ost", "Dun", "Sel", "Far", "Lin", "Gav", "Rho", "Pem", "Cal", "Ny",
         "Hal", "Ver", "Quen", "Ash", "Tor"]
SYL_B = ["ricks", "ovan", "enby", "agast", "strom", "wick", "ello", "ander", "holt", "imov", "asca", "uret",
         "berg", "ley", "indo", "ara", "ozzi", "mont", "ery", "ak"]


def surname(rng):
    return rng.choice(SYL_A) + rng.choice(SYL_B)


def person(rng, used=None):
    while True:
        n = f"{rng.choice(FIRST)} {surname(rng)}"
        if used is None or n not in used:
            if used is not None:
                used.add(n)
            return n


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


class Scene:
    def __init__(self, sid, image, app, category, content):
        self.sid, self.image, self.app, self.category, self.content = sid, image, app, category, content
        self.shown = ""
        self.qas = []

    def q(self, question, answer, atype, intent, literal):
        answer = str(answer)
        if literal:
            assert norm(answer).lower() in norm(self.shown).lower(), (self.sid, question, answer)
        self.qas.append(dict(question=question, answer=answer, answer_type=atype, intent=intent,
                             literal=bool(literal)))


SCENES = {}


def scene(sid):
    def deco(f):
        SCENES[sid] = f
        return f
    return deco


def fmt_money(x):
    return f"{x:,.2f}"


# =============================================================== terminal scenes
def prompt_rc(user, host, cwd, extra=""):
    return (f"export HOME={H.SCR}/home\nexport PS1='{user}@{host}:{cwd}$ '\nexport TERM=vt100\n"
            f"unset PROMPT_COMMAND\nbind 'set enable-bracketed-paste off' 2>/dev/null\n{extra}\n")


@scene("t01")
def t01_gambas(sc_id):
    rng = random.Random(f"{SEED}:t01")
    d = WORK / "t01"
    d.mkdir(parents=True, exist_ok=True)
    bins = [f"{rng.choice('ABCDEFGH')}{rng.randint(1, 9)}-{rng.randint(10, 99)}" for _ in range(6)]
    bins = list(dict.fromkeys(bins))[:5]
    items = rng.sample(["hex bolts M6", "wing nuts", "cable ties", "brass hinges", "rivets 4mm", "spring clips",
                        "wall plugs", "washers M8", "eye hooks", "shelf pins"], len(bins))
    counts = [rng.randint(40, 900) for _ in bins]
    packs = [rng.choice([10, 20, 25, 50]) for _ in bins]
    zero_i = rng.randrange(1, len(bins))
    packs[zero_i] = 0
    lines = ["Public Sub Main()", "  Dim aBin As String[] = [" + ", ".join(f'"{b}"' for b in bins) + "]",
             "  Dim aItem As String[] = [" + ", ".join(f'"{t}"' for t in items) + "]",
             "  Dim aQty As Integer[] = [" + ", ".join(map(str, counts)) + "]",
             "  Dim aPack As Integer[] = [" + ", ".join(map(str, packs)) + "]",
             "  Dim i As Integer",
             '  Print "BIN     ITEM            QTY  PACKS"',
             "  For i = 0 To aBin.Max",
             '    Print Left(aBin[i] & Space(8), 8); Left(aItem[i] & Space(16), 16); Format(aQty[i], "###0"); "  "; aQty[i] \\ aPack[i]',
             "  Next",
             "End"]
    (d / "stock.gbs").write_text("\n".join(lines) + "\n")
    user, host = rng.choice(["ines", "tamsin", "odo"]), rng.choice(["storeroom", "depot7", "shedbox"])
    cmds = ["gbs3 --version", "cat -n stock.gbs", "gbs3 stock.gbs"]
    wid, text, p = H.term_session("t01", f"{user}@{host}: ~/stock — Gambas TerminalView",
                                  prompt_rc(user, host, "~/stock", f"cd {d}"), cmds, size=(1000, 560),
                                  bg="102A43", fg="E4ECF2")
    sc = Scene(sc_id, "images/t01_gambas_stock.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "gbs3 version, a Gambas script listing and its run ending in a runtime error")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    sc.raw = text
    # gold from data
    printed = bins[:zero_i]
    sc.q("which gbs3 version is that?", "3.18.0", "version", "version", True)
    sc.q("the script crashed - what error did it hit?", "Division by zero", "error", "error", True)
    sc.q("what's the error number gambas gave for that crash", "26", "number", "error", True)
    sc.q(f"how many bins got printed before the crash?", str(len(printed)), "count", "count", False)
    best = max(range(zero_i), key=lambda i: counts[i])
    sc.q("Among the rows it managed to print, which item has the biggest QTY?", items[best], "text", "argmax", True)
    i = rng.randrange(zero_i)
    sc.q(f"packs figure for bin {bins[i]}?", str(counts[i] // packs[i]), "number", "cell", True)
    sc.q(f"Which item was it processing when it failed (pack size 0)?", items[zero_i], "text", "error", True)
    return sc


@scene("t02")
def t02_beancount(sc_id):
    rng = random.Random(f"{SEED}:t02")
    d = WORK / "t02"
    d.mkdir(parents=True, exist_ok=True)
    accts = ["Expenses:Groceries", "Expenses:Transport", "Expenses:Utilities:Power", "Expenses:Books",
             "Expenses:Dining"]
    shops = {"Expenses:Groceries": ["Kellmark", "Orto Fresco"], "Expenses:Transport": ["Citylink", "Velostand"],
             "Expenses:Utilities:Power": ["Voltaria"], "Expenses:Books": ["Paperlane"],
             "Expenses:Dining": ["Cafe Morsel", "Noodlery 9"]}
    tot = {a: 0 for a in accts}
    txs = []
    day = 2
    for i in range(14):
        a = accts[i % len(accts)] if i < 5 else rng.choice(accts)
        amt = round(rng.uniform(4, 160), 2)
        tot[a] = round(tot[a] + amt, 2)
        txs.append((f"2024-03-{day:02d}", rng.choice(shops[a]), a, amt))
        day += rng.randint(1, 2)
    pay = rng.choice([2150, 2380, 2610, 2795])
    head = ['option "operating_currency" "EUR"', "", "2024-01-01 open Assets:Bank:Checking EUR",
            "2024-01-01 open Income:Salary EUR"] + [f"2024-01-01 open {a} EUR" for a in accts] + [""]
    body = [f'2024-03-01 * "Payroll" "March salary"', f"  Assets:Bank:Checking  {pay:.2f} EUR",
            "  Income:Salary", ""]
    for dt, shop, a, amt in txs:
        body += [f'{dt} * "{shop}" ""', f"  {a}  {amt:.2f} EUR", "  Assets:Bank:Checking", ""]
    good = "\n".join(head + body)
    (d / "march.beancount").write_text(good + "\n")
    # draft with one unbalanced transaction
    bad_shop = rng.choice(["Paperlane", "Kellmark", "Citylink"])
    bad_amt = round(rng.uniform(10, 60), 2)
    off = rng.choice([0.10, 1.00, 0.05, 2.50])
    draft_lines = head + [f'2024-04-02 * "{bad_shop}" "draft"', f"  Expenses:Books  {bad_amt:.2f} EUR",
                          f"  Assets:Bank:Checking  -{bad_amt + off:.2f} EUR", ""]
    (d / "april-draft.beancount").write_text("\n".join(draft_lines) + "\n")
    bad_line = len(head) + 1
    user, host = "petra", "ledgerbox"
    q = "SELECT account, sum(position) AS total WHERE account ~ '^Expenses' GROUP BY account ORDER BY account"
    cmds = ["bean-check --version", "bean-check april-draft.beancount",
            f'bean-query march.beancount "{q}"']
    wid, text, p = H.term_session("t02", "petra@ledgerbox: ~/books", prompt_rc(user, host, "~/books", f"cd {d}"),
                                  cmds, size=(1000, 600), bg="FDF6E3", fg="383A42", font="DejaVu Sans Mono,11")
    sc = Scene(sc_id, "images/t02_beancount_books.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "Beancount 2.3.5 bean-check error on a draft ledger and a bean-query expense table")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    big = max(accts, key=lambda a: tot[a])
    small = min(accts, key=lambda a: tot[a])
    sc.q("What's wrong with april-draft.beancount?", "Transaction does not balance", "error", "error", True)
    sc.q("by how much is the draft transaction off?", f"{-off:.2f} EUR", "money", "error", True)
    sc.q("Which line of the draft file does bean-check complain about?", str(bad_line), "number", "locate", True)
    sc.q("which expense account had the largest total in march", big, "text", "argmax", True)
    sc.q("Smallest expense account in that query result?", small, "text", "argmin", True)
    sc.q("how much went on transport according to the table?", f"{tot['Expenses:Transport']:.2f} EUR", "money",
         "cell", True)
    sc.q("Add up all the expense totals shown - what do I get (EUR)?", f"{sum(tot.values()):.2f}", "money", "sum",
         False)
    sc.q("beancount version?", "2.3.5", "version", "version", True)
    return sc


@scene("t03")
def t03_gforth(sc_id):
    rng = random.Random(f"{SEED}:t03")
    d = WORK / "t03"
    d.mkdir(parents=True, exist_ok=True)
    w, h = rng.randint(12, 48), rng.randint(7, 39)
    a, b, c = rng.randint(100, 999), rng.randint(3, 19), rng.randint(2, 9)
    n = rng.randint(5, 9)
    bad = rng.choice(["tripple", "sqaure", "dubble"])
    cmds = ["gforth", ": area ( w h -- n ) * ;", f"{w} {h} area .", ": cube ( n -- n3 ) dup dup * * ;",
            f"{n} cube .", f"{a} {b} /mod . .", f"{c} {bad} .", ".s", "bye"]
    wid, text, p = H.term_session("t03", "forth scratch", prompt_rc("lev", "pinecone", "~", f"cd {d}"), cmds,
                                  size=(880, 520), bg="000000", fg="7CFC9A", font="DejaVu Sans Mono,12",
                                  settle=1.2)
    sc = Scene(sc_id, "images/t03_gforth_repl.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "interactive Gforth 0.7.3 session: word definitions, arithmetic, an undefined word")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    sc.q("what did area print?", str(w * h), "number", "read", True)
    sc.q(f"{n} cubed came out as?", str(n ** 3), "number", "read", True)
    sc.q(f"After {a} {b} /mod . . what are the two numbers printed, in order?", f"{a // b} {a % b}", "text",
         "read", True)
    sc.q("which word did forth not recognise?", bad, "text", "error", True)
    sc.q("What error does gforth report there?", "Undefined word", "error", "error", True)
    sc.q("gforth version in the banner?", "0.7.3", "version", "version", True)
    return sc


@scene("t04")
def t04_gpsbabel(sc_id):
    rng = random.Random(f"{SEED}:t04")
    d = WORK / "t04"
    d.mkdir(parents=True, exist_ok=True)
    names = rng.sample(["Felsnase", "Birkenhain", "Moorsteg", "Quellgrund", "Hirschsprung", "Kalkbruch",
                        "Lerchenbühl", "Tannwinkel", "Otterbach"], 6)
    pts = []
    lat, lon = 47.0 + rng.random(), 10.0 + rng.random()
    for nm in names:
        lat += rng.uniform(-0.02, 0.02)
        lon += rng.uniform(-0.02, 0.02)
        pts.append((nm, round(lat, 6), round(lon, 6), rng.randint(420, 1890)))
    gpx = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gpx version="1.1" creator="hand" xmlns="http://www.topografix.com/GPX/1/1">']
    for nm, la, lo, el in pts:
        gpx.append(f'<wpt lat="{la:.6f}" lon="{lo:.6f}"><ele>{el}</ele><name>{nm}</name></wpt>')
    gpx.append("</gpx>")
    (d / "ridge.gpx").write_text("\n".join(gpx) + "\n")
    cmds = ["gpsbabel -V", "gpsbabel -i gpx -f ridge.gpx -o unicsv -F -",
            "gpsbabel -i gpx -f ridge-old.gpx -o kml -F ridge.kml"]
    wid, text, p = H.term_session("t04", "mapping — bash", prompt_rc("noor", "trailpc", "~/trails", f"cd {d}"),
                                  cmds, size=(960, 480), bg="2B2B2B", fg="EDEDED")
    sc = Scene(sc_id, "images/t04_gpsbabel.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "GPSBabel 1.8.0: version, GPX waypoints converted to a CSV table, a missing-file error")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    hi = max(pts, key=lambda t: t[3])
    lo_ = min(pts, key=lambda t: t[3])
    sc.q("GPSBabel version?", "1.8.0", "version", "version", True)
    sc.q("how many waypoints came out of ridge.gpx", str(len(pts)), "count", "count", False)
    sc.q("Highest waypoint in that CSV?", hi[0], "text", "argmax", True)
    sc.q("which point sits lowest", lo_[0], "text", "argmin", True)
    k = rng.randrange(len(pts))
    sc.q(f"altitude of {pts[k][0]}?", str(pts[k][3]), "number", "cell", True)
    sc.q("What's the 4th waypoint listed?", pts[3][0], "text", "nth", True)
    sc.q("the last command failed, which file couldn't it open?", "ridge-old.gpx", "text", "error", True)
    return sc


@scene("t05")
def t05_coreutils(sc_id):
    rng = random.Random(f"{SEED}:t05")
    d = WORK / "t05"
    d.mkdir(parents=True, exist_ok=True)
    steps = ["fetch", "unpack", "patch", "configure", "compile", "test", "package", "sign"]
    # a chain with a unique topological order
    deps = [(steps[i], steps[i + 1]) for i in range(len(steps) - 1)]
    shuffled = deps[:]
    rng.shuffle(shuffled)
    (d / "pipeline.deps").write_text("\n".join(f"{a} {b}" for a, b in shuffled) + "\n")
    files = rng.sample(["atlas.tiles", "voice.pack", "core.img", "fonts.tar", "docs.zip", "cache.db",
                        "logs.tgz"], 6)
    sizes = [rng.randint(3_000, 9_000_000_000) for _ in files]
    (d / "sizes.tsv").write_text("\n".join(f"{f}\t{s}" for f, s in zip(files, sizes)) + "\n")
    cmds = ["tsort pipeline.deps | nl", "numfmt --to=iec --field=2 < sizes.tsv", "numfmt --from=si 12Q",
            "numfmt --version | head -1"]
    wid, text, p = H.term_session("t05", "build-notes", prompt_rc("ravi", "mill", "~/release", f"cd {d}"), cmds,
                                  size=(820, 520), bg="F4F1E8", fg="1D2B36", font="DejaVu Sans Mono,11")
    sc = Scene(sc_id, "images/t05_coreutils.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "GNU coreutils tsort ordering, numfmt human-readable sizes, an invalid-suffix error")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    sc.q("what step comes third in the tsort output", steps[2], "text", "nth", True)
    sc.q("which step runs right after compile?", steps[steps.index("compile") + 1], "text", "next", True)
    big = files[sizes.index(max(sizes))]
    small = files[sizes.index(min(sizes))]
    sc.q("biggest file in the numfmt list?", big, "text", "argmax", True)
    sc.q("And the smallest one?", small, "text", "argmin", True)
    m = re.search(r"numfmt: (invalid suffix in input[^\n]*)", text)
    sc.q("why did numfmt --from=si 12Q fail?", "invalid suffix in input", "error", "error", True)
    return sc


@scene("t06")
def t06_clisp(sc_id):
    rng = random.Random(f"{SEED}:t06")
    d = WORK / "t06"
    d.mkdir(parents=True, exist_ok=True)
    prices = [rng.randint(3, 40) for _ in range(5)]
    k = rng.randint(2, 6)
    cmds = ["TERM=dumb clisp -q -norc", f"(defparameter *prices* '({' '.join(map(str, prices))}))",
            "(reduce #'+ *prices*)", "(apply #'max *prices*)", f"(expt {k} 10)",
            "(length *prises*)", ":q", "(lisp-implementation-version)", "(quit)"]
    wid, text, p = H.term_session("t06", "lisp — clisp", prompt_rc("mira", "orchard", "~", f"cd {d}"), cmds,
                                  size=(900, 560), bg="272822", fg="F8F8F2", font="DejaVu Sans Mono,11",
                                  settle=1.2)
    sc = Scene(sc_id, "images/t06_clisp_repl.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "GNU CLISP REPL: list arithmetic, an unbound-variable error and the debugger, version")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    sc.q("what's the sum it printed for *prices*", str(sum(prices)), "number", "read", True)
    sc.q("max price according to the REPL?", str(max(prices)), "number", "read", True)
    sc.q(f"result of (expt {k} 10)?", str(k ** 10), "number", "read", True)
    sc.q("which variable did it say has no value", "*PRISES*", "text", "error", True)
    ver = re.search(r'"(2\.[\d.]+\+?)', text)
    sc.q("clisp version string?", ver.group(1) if ver else "2.49.93+", "version", "version", bool(ver))
    sc.q("how many prices are in the list?", str(len(prices)), "count", "count", False)
    return sc


@scene("t07")
def t07_checksums(sc_id):
    rng = random.Random(f"{SEED}:t07")
    d = WORK / "t07"
    if d.exists():
        subprocess.run(["rm", "-rf", str(d)])
    d.mkdir(parents=True)
    names = rng.sample(["firmware-a.bin", "firmware-b.bin", "bootlogo.img", "calib.dat", "fonts.pak"], 4)
    for nm in names:
        (d / nm).write_bytes(bytes(rng.getrandbits(8) for _ in range(rng.randint(300, 5000))))
    sums = subprocess.run(["b2sum", "-l", "128"] + names, cwd=d, capture_output=True, text=True).stdout
    (d / "release.b2").write_text(sums)
    bad = rng.choice(names)
    data = bytearray((d / bad).read_bytes())
    data[rng.randrange(len(data))] ^= 0x5A
    (d / bad).write_bytes(bytes(data))
    magic = rng.choice([b"KLN2", b"ORBX", b"TDL1"])
    hdr = magic + bytes([rng.randint(1, 9), 0]) + rng.randint(1000, 60000).to_bytes(2, "little") + \
        bytes(rng.getrandbits(8) for _ in range(24))
    (d / "header.bin").write_bytes(hdr)
    cmds = ["b2sum -l 128 --check release.b2", "hexdump -C header.bin", "cksum " + " ".join(names)]
    wid, text, p = H.term_session("t07", "verify release — bash", prompt_rc("juno", "buildhost", "~/drop",
                                                                           f"cd {d}"),
                                  cmds, size=(900, 520), bg="0B1D13", fg="C9F5D5")
    sc = Scene(sc_id, "images/t07_checksums.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash", "terminal",
               "b2sum --check with one FAILED file, hexdump -C of a small header, cksum CRCs and byte counts")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    sizes = {nm: (d / nm).stat().st_size for nm in names}
    sc.q("which file failed the checksum check?", bad, "text", "error", True)
    sc.q("how many files passed?", str(len(names) - 1), "count", "count", False)
    sc.q("what are the first four bytes of header.bin as text", magic.decode(), "text", "read", True)
    sc.q("byte at offset 4 in the hexdump (hex)?", f"{hdr[4]:02x}", "code", "cell", True)
    big = max(names, key=lambda n: sizes[n])
    sc.q("which file is the biggest going by the cksum sizes?", big, "text", "argmax", True)
    sc.q("add up the byte counts cksum printed - total?", str(sum(sizes.values())), "number", "sum", False)
    return sc


@scene("t08")
def t08_openscad_cli(sc_id):
    rng = random.Random(f"{SEED}:t08")
    d = WORK / "t08"
    if d.exists():
        subprocess.run(["rm", "-rf", str(d)])
    d.mkdir(parents=True)
    teeth = rng.randint(12, 40)
    modv = rng.choice([1.0, 1.25, 1.5, 2.0])
    bore = rng.choice([5, 6, 8])
    good = [f"teeth = {teeth};", f"module_size = {modv};", f"bore = {bore};",
            "pitch_d = teeth * module_size;", 'echo("pitch diameter", pitch_d);',
            "difference() {", "  cylinder(d = pitch_d + 2 * module_size, h = 6, $fn = 60);",
            "  translate([0, 0, -1]) cylinder(d = bore, h = 8, $fn = 30);", "}"]
    (d / "gear.scad").write_text("\n".join(good) + "\n")
    bad_line = 4
    bad = good[:]
    bad[bad_line - 1] = "pitch_d = (teeth * module_size;"  # unbalanced parenthesis -> parser error
    (d / "gear_v2.scad").write_text("\n".join(bad) + "\n")
    cmds = ["openscad --version", "openscad -o gear.stl gear.scad", "openscad -o gear_v2.stl gear_v2.scad"]
    wid, text, p = H.term_session("t08", "cad — bash", prompt_rc("ola", "benchpc", "~/parts", f"cd {d}"), cmds,
                                  size=(940, 620), bg="1B1F27", fg="E6E1CF", settle=1.5)
    sc = Scene(sc_id, "images/t08_openscad_cli.png", "Gambas 3.18 TerminalView (gb.form.terminal) + bash",
               "terminal", "OpenSCAD 2021.01 command line: version, an STL export with ECHO and stats, a parser error")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = text
    pd = teeth * modv
    pd_s = f"{pd:g}"
    sc.q("what version of openscad is installed", "2021.01", "version", "version", True)
    sc.q("pitch diameter it echoed?", pd_s, "number", "read", True)
    m = re.search(r"line (\d+)", text[text.find("gear_v2.scad"):])
    sc.q("the second export failed - on which line of gear_v2.scad?", m.group(1) if m else str(bad_line),
         "number", "error", bool(m))
    sc.q("what kind of error was it", "Parser error", "error", "error", "parser error" in text.lower())
    v = re.search(r"Vertices:\s*(\d+)", text)
    if v:
        sc.q("how many vertices did the exported gear have?", v.group(1), "number", "read", True)
    sc.q("did gear.stl export OK?", "yes", "yesno", "state_yesno", False)
    return sc


# =============================================================== GUI scenes
@scene("g01")
def g01_fluid(sc_id):
    """FLUID (FLTK 1.3.8) opens a generated .fl design; two windows: widget browser and live design window."""
    rng = random.Random(f"{SEED}:g01")
    d = WORK / "g01"
    d.mkdir(parents=True, exist_ok=True)
    device = rng.choice(["Kiln", "Smoker", "Incubator", "Dehydrator"])
    title = f"{device} Controller - Firing Profile" if device == "Kiln" else f"{device} Controller - Profile"
    checks1 = rng.sample(["Hold at peak", "Fan assist", "Door interlock", "Log to SD card", "Alarm beeper",
                          "Auto restart"], 4)
    st1 = [rng.random() < 0.5 for _ in checks1]
    st1[rng.randrange(4)] = True
    st1[rng.randrange(4)] = False if sum(st1) == 4 else st1[rng.randrange(4)]
    radios = rng.sample(["Natural", "Slow ramp", "Crash cool", "Staged"], 3)
    rsel = rng.randrange(3)
    checks2 = rng.sample(["Delay start", "Repeat weekly", "Notify phone", "Skip holidays"], 2)
    st2 = [rng.random() < 0.5 for _ in checks2]
    rate = rng.randrange(40, 480, 5)
    names = {}

    def ident(prefix, label):
        base = prefix + "".join(w.capitalize() for w in re.findall(r"[A-Za-z]+", label))
        names[label] = base
        return base

    out = ["# data file for the Fast Light Tool Kit (FLTK) 1.0308", "header_name {.h}", "code_name {.cxx}",
           "Function {make_window()} {open", "} {",
           f"  Fl_Window mainwin {{", f"    label {{{title}}} open", "    xywh {120 90 470 360} type Double visible",
           "  } {"]
    out += ["    Fl_Group grpHeat {", "      label Heating open",
            "      xywh {15 30 210 150} box ENGRAVED_BOX align 5", "    } {"]
    for i, (lab, on) in enumerate(zip(checks1, st1)):
        out += [f"      Fl_Check_Button {ident('chk', lab)} {{", f"        label {{{lab}}}",
                f"        xywh {{25 {40 + i * 33} 190 25}} down_box DOWN_BOX" + (" value 1" if on else ""), "      }"]
    out += ["    }", "    Fl_Group grpCool {", "      label {Cooling mode} open",
            "      xywh {240 30 215 150} box ENGRAVED_BOX align 5", "    } {"]
    for i, lab in enumerate(radios):
        out += [f"      Fl_Round_Button {ident('rad', lab)} {{", f"        label {{{lab}}}",
                f"        xywh {{250 {40 + i * 33} 190 25}} type Radio down_box ROUND_DOWN_BOX" +
                (" value 1" if i == rsel else ""), "      }"]
    out += ["    }", "    Fl_Group grpSched {", "      label Schedule open",
            "      xywh {15 205 440 95} box ENGRAVED_BOX align 5", "    } {",
            "      Fl_Value_Slider sldRate {", "        label {Ramp rate (deg/h)}",
            f"        xywh {{25 215 250 25}} type Horizontal align 8 maximum 500 step 5 value {rate}", "      }"]
    for i, (lab, on) in enumerate(zip(checks2, st2)):
        out += [f"      Fl_Check_Button {ident('chk', lab)} {{", f"        label {{{lab}}}",
                f"        xywh {{{25 + i * 210} 260 190 25}} down_box DOWN_BOX" + (" value 1" if on else ""),
                "      }"]
    buttons = ["Revert", "Apply", "Close"]
    out += ["    }",
            "    Fl_Button btnRevert {", "      label Revert", "      xywh {195 315 80 30}", "    }",
            "    Fl_Button btnApply {", "      label Apply", "      xywh {285 315 80 30}", "    }",
            "    Fl_Return_Button btnClose {", "      label Close", "      xywh {375 315 80 30}", "    }",
            "  }", "}"]
    fl = d / f"{device.lower()}_profile.fl"
    fl.write_text("\n".join(out) + "\n")
    p = H.launch(["fluid", fl.name], cwd=str(d))
    design = H.find_win("^" + re.escape(title) + "$")
    browser = H.find_win("^" + re.escape(fl.name) + "$")
    time.sleep(1.0)
    # close the widget bin, place windows
    try:
        H.sh("xdotool search --onlyvisible --name '^Widget Bin$' windowunmap", check=False)
    except Exception:
        pass
    H.place(browser, 30, 30, 380, 560)
    H.place(design, 470, 60, 470, 360)
    # select one widget row in the browser: click its row
    sel_label = rng.choice(checks1[:2] + radios[:1])
    time.sleep(0.8)
    H.activate(browser)
    g = H.geom(browser)
    # rows: make_window, mainwin, grpHeat, 4 checks, grpCool, radios...
    order = ["fn", "win", "grpHeat"] + checks1 + ["grpCool"] + radios
    row = order.index(sel_label)
    sc1 = Scene(sc_id + "a", "images/g01a_fluid_browser.png", "FLUID 1.3.8 (FLTK) widget browser", "code_editor",
                f"{fl.name}: a {device} settings dialog design, one widget row selected")
    sc2 = Scene(sc_id + "b", "images/g01b_fluid_design.png", "FLUID 1.3.8 live design window (FLTK)",
                "settings_dialog", f"{title}: checkboxes, radio buttons, a value slider, three buttons")
    row_h = 20
    H.click(g["x"] + 120, g["y"] + 33 + row * row_h + 8)
    time.sleep(0.8)
    H.shot(browser, OUT / sc1.image)
    H.shot(design, OUT / sc2.image)
    H.stop(p)
    sc1.sel_label, sc1.names = sel_label, names
    shown = " ".join([fl.name, title, "Heating", "Cooling mode", "Schedule"] + list(names.values()) +
                     checks1 + radios + checks2 + buttons + ["mainwin", "grpHeat", "grpCool", "grpSched", "sldRate",
                                                              "btnRevert", "btnApply", "btnClose"])
    sc1.shown = shown
    sc2.shown = " ".join([title, "Heating", "Cooling mode", "Schedule", "Ramp rate (deg/h)", str(rate)] + checks1 +
                         radios + checks2 + buttons)
    # browser questions
    sc1.q("which widget is highlighted in the tree?", names[sel_label], "text", "selected", True)
    sc1.q("How many check buttons sit inside grpHeat?", str(len(checks1)), "count", "count", False)
    sc1.q("name of the group that holds the radio buttons?", "grpCool", "text", "lookup", True)
    sc1.q("what file is open in fluid", fl.name, "text", "title", True)
    sc1.q(f"what comes right after {names[radios[0]]} in the widget list?", names[radios[1]], "text", "next", True)
    # design window questions
    on1 = [c for c, s in zip(checks1, st1) if s]
    sc2.q("which cooling mode is picked?", radios[rsel], "text", "selected", True)
    k = rng.randrange(4)
    sc2.q(f"Is '{checks1[k]}' ticked?", "yes" if st1[k] else "no", "yesno", "state_yesno", False)
    sc2.q("how many of the Heating boxes are checked", str(len(on1)), "count", "count", False)
    sc2.q("what's the ramp rate set to", str(rate), "number", "read", True)
    sc2.q("which buttons does this dialog give me at the bottom?", ", ".join(buttons), "text", "lookup", False)
    sc2.q("I want to save these settings without closing - which button?", "Apply", "text", "locate", True)
    sc2.q(f"is {checks2[1]} enabled?", "yes" if st2[1] else "no", "yesno", "state_yesno", False)
    sc2.q("title of the dialog?", title, "text", "title", True)
    return [sc1, sc2]


@scene("g02")
def g02_openscad(sc_id):
    rng = random.Random(f"{SEED}:g02")
    d = WORK / "g02"
    d.mkdir(parents=True, exist_ok=True)
    conf = H.SCR / "home/.config/OpenSCAD"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "OpenSCAD.conf").write_text(
        "[design]\nautoReload=false\n\n[view]\nhide3DViewToolbar=false\nhideConsole=false\nhideCustomizer=true\n"
        "hideEditor=false\nhideEditorToolbar=true\nhideErrorLog=true\nshowAxes=true\n\n"
        "[editor]\nfontsize=11\n")
    part = rng.choice(["planter", "spool_holder", "drawer_box", "cable_tray"])
    wall = rng.choice([1.6, 2.0, 2.4, 2.8])
    w, dp, h = rng.randint(60, 140), rng.randint(40, 90), rng.randint(25, 70)
    holes = rng.randint(3, 8)
    hole_d = rng.choice([3, 4, 5, 6])
    lip = rng.randint(2, 6)
    src = [f"// {part}.scad - generated test part", f"wall = {wall};", f"width = {w};", f"depth = {dp};",
           f"height = {h};", f"holes = {holes};", f"hole_d = {hole_d};", "",
           "module shell() {", "  difference() {", "    cube([width, depth, height]);",
           "    translate([wall, wall, wall])",
           "      cube([width - 2*wall, depth - 2*wall, height]);", "  }", "}", "",
           "module drain() {", "  for (i = [0 : holes - 1])",
           "    translate([width/(holes+1)*(i+1), depth/2, -1])", "      cylinder(d = hole_d, h = wall + 2, $fn = 24);",
           "}", "", "difference() { shell(); drain(); }",
           f"volume_ml = (width - 2*wall) * (depth - 2*wall) * (height - wall) / 1000;",
           'echo("inner volume ml", volume_ml);', f'echo("lip", lip_height);', 'echo("holes", holes);', ""]
    f = d / f"{part}.scad"
    f.write_text("\n".join(src))
    vol = (w - 2 * wall) * (dp - 2 * wall) * (h - wall) / 1000
    p = H.launch(["openscad", f.name], cwd=str(d), log=str(d / "openscad.log"))
    wid = H.find_win("^" + re.escape(f.name))
    H.place(wid, 20, 20, 1180, 740)
    time.sleep(2)
    H.activate(wid)
    g = H.geom(wid)
    H.sh(f"xdotool mousemove {g['x'] + 75} {g['y'] + 300} mousedown 1 sleep 0.3 mousemove {g['x'] + 300} {g['y'] + 300} "
         f"sleep 0.3 mousemove {g['x'] + 560} {g['y'] + 300} sleep 0.3 mouseup 1", check=False)
    time.sleep(0.8)
    H.sh(f"xdotool mousemove {g['x'] + 870} {g['y'] + 504} mousedown 1 sleep 0.3 mousemove {g['x'] + 870} {g['y'] + 400} "
         f"sleep 0.3 mousemove {g['x'] + 870} {g['y'] + 250} sleep 0.3 mouseup 1", check=False)
    time.sleep(0.8)
    H.key(wid, "F5")
    time.sleep(4)
    H.key(wid, "ctrl+shift+v")
    time.sleep(1)
    sc = Scene(sc_id, f"images/g02_openscad_{part}.png", "OpenSCAD 2021.01 (Qt5)", "code_editor",
               f"{f.name} in the editor with line numbers, preview, console with ECHO lines and a warning")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = "\n".join(src) + (f" ECHO: \"inner volume ml\", {vol:g} WARNING: Ignoring unknown variable 'lip_height'"
                                  f" in file {f.name}, line 26")
    vol_s = f"{vol:g}"
    line_of = lambda needle: next(i + 1 for i, l in enumerate(src) if needle in l)
    sc.q("what's the wall thickness set to?", str(wall), "number", "read", True)
    sc.q("which line defines module drain?", str(line_of("module drain")), "number", "locate", False)
    sc.q("inner volume it echoed?", vol_s, "number", "read", True)
    sc.q("which line does the warning point at", "26", "number", "error", True)
    sc.q("the console has a warning - what variable is it about?", "lip_height", "text", "error", True)
    sc.q("how many drain holes will it cut", str(holes), "count", "read", True)
    sc.q("What's on line 3 of the script?", src[2], "code", "read", True)
    sc.q("name of the file being edited?", f.name, "text", "title", True)
    return sc


@scene("g03")
def g03_gpa(sc_id):
    rng = random.Random(f"{SEED}:g03")
    gh = WORK / "g03" / "gnupg"
    if gh.exists():
        subprocess.run(["gpgconf", "--homedir", str(gh), "--kill", "all"], capture_output=True)
        subprocess.run(["rm", "-rf", str(gh)])
    gh.mkdir(parents=True)
    gh.chmod(0o700)
    used = set()
    people = [person(rng, used) for _ in range(5)]
    dom = rng.choice(["kilnworks.test", "orchardnet.test", "ferrylane.test"])
    keys = []
    for i, nm in enumerate(people):
        y, m, dd = rng.randint(2019, 2023), rng.randint(1, 12), rng.randint(1, 28)
        exp = f"{rng.randint(2024, 2028)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        if exp <= "2024-06-01":
            exp = "2025-" + exp[5:]
        email = nm.split()[0].lower() + "@" + dom
        algo = rng.choice(["ed25519", "rsa2048", "nistp256"])
        subprocess.run(["gpg", "--homedir", str(gh), "--batch", "--pinentry-mode", "loopback", "--passphrase", "",
                        "--faked-system-time", f"{y}{m:02d}{dd:02d}T101500!", "--quick-gen-key",
                        f"{nm} <{email}>", algo, "sign", exp], check=True, capture_output=True)
        keys.append(dict(name=nm, email=email, created=f"{y}-{m:02d}-{dd:02d}", expires=exp, algo=algo))
    out = subprocess.run(["gpg", "--homedir", str(gh), "--with-colons", "--list-keys"], capture_output=True,
                         text=True).stdout
    fprs = re.findall(r"^fpr:+([0-9A-F]{40}):", out, re.M)
    uids = re.findall(r"^uid:[^:]*:[^:]*:[^:]*:[^:]*:[^:]*:[^:]*:[^:]*:[^:]*:([^:]+):", out, re.M)
    for k in keys:
        i = next(j for j, u in enumerate(uids) if u.startswith(k["name"]))
        k["fpr"] = fprs[i]
        k["kid"] = fprs[i][-8:]
    p = H.launch(["gpa", "-k"], env=dict(GNUPGHOME=str(gh)), fake=True, log=str(WORK / "g03/gpa.log"))
    wid = H.find_win("Key Manager")
    H.place(wid, 40, 30, 900, 700)
    time.sleep(1.5)
    H.activate(wid)
    # select the 3rd row of the list
    sel = 2
    g = H.geom(wid)
    sc = Scene(sc_id, "images/g03_gpa_keys.png", "GNU Privacy Assistant 0.10.0 (GTK)", "key_manager",
               "Key Manager listing 5 generated OpenPGP keys, one selected with its details")
    sc.keys, sc.sel = keys, sel
    sc.shown = " ".join(f"{k['kid']} {k['name']} <{k['email']}> {k['created']} {k['expires']} {k['fpr']}"
                        for k in keys)
    H.click(g["x"] + 341, g["y"] + 54)
    time.sleep(1)
    H.click(g["x"] + 459, g["y"] + 216 + (sel - 2) * 25)
    time.sleep(1)
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    k = keys[sel]
    sc.shown += " Ultimate Fully Valid Detailed Brief Import Export Sign Delete Refresh " + k["algo"]
    sc.q("whose key is selected?", k["name"], "person", "selected", True)
    sc.q("Key ID of the highlighted key", k["kid"], "code", "read", True)
    subprocess.run(["gpgconf", "--homedir", str(gh), "--kill", "all"], capture_output=True)
    sc.q("how many keys are in the list?", str(len(keys)), "count", "count", False)
    first = min(keys, key=lambda x: x["expires"])
    sc.q("Which key expires first?", first["name"], "person", "earliest", True)
    newest = max(keys, key=lambda x: x["created"])
    sc.q("who has the most recently created key", newest["name"], "person", "latest", True)
    j = rng.choice([i for i in range(len(keys)) if i != sel])
    sc.q(f"when does {keys[j]['name'].split()[0]}'s key expire?", keys[j]["expires"], "date", "lookup", True)
    sc.q("what key type is the selected one", k["algo"], "text", "read", True)
    sc.q("which toolbar button would I press to import a key from a file?", "Import", "text", "locate", True)
    return sc


@scene("g04")
def g04_dconf(sc_id):
    """dconf Editor 43 (GTK3/libhandy) browsing org.gtk.Settings.FileChooser with generated values."""
    rng = random.Random(f"{SEED}:g04")
    H.sh("gsettings set ca.desrt.dconf-editor.Settings show-warning false", check=False)
    H.sh("gsettings reset-recursively org.gtk.Settings.FileChooser", check=False)
    bools = dict(zip(["expand-folders", "show-hidden", "show-size-column", "show-type-column",
                      "sort-directories-first"], [rng.random() < 0.5 for _ in range(5)]))
    bools["show-hidden"] = not bools["expand-folders"]
    clock = rng.choice(["12h", "24h"])
    datef = rng.choice(["regular", "with-time"])
    sidebar = rng.randrange(120, 260, 2)
    locm = rng.choice(["path-bar", "filename-entry"])
    for k, v in bools.items():
        H.sh(f"gsettings set org.gtk.Settings.FileChooser {k} {str(v).lower()}", check=False)
    H.sh(f"gsettings set org.gtk.Settings.FileChooser clock-format '{clock}'", check=False)
    H.sh(f"gsettings set org.gtk.Settings.FileChooser date-format '{datef}'", check=False)
    H.sh(f"gsettings set org.gtk.Settings.FileChooser sidebar-width {sidebar}", check=False)
    H.sh(f"gsettings set org.gtk.Settings.FileChooser location-mode '{locm}'", check=False)
    p = H.launch(["dconf-editor", "/org/gtk/settings/file-chooser/"], log=str(WORK / "g04.log"))
    wid = H.find_win("^dconf Editor$")
    H.place(wid, 40, 10, 900, 780)
    time.sleep(2)
    H.activate(wid)
    H.sh("xdotool key Escape", check=False)
    time.sleep(1)
    sc = Scene(sc_id, "images/g04_dconf_filechooser.png", "dconf Editor 43 (GTK3)", "settings_dialog",
               "org.gtk.Settings.FileChooser keys: switches, quoted enum values, an integer")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    sc.shown = (f"org gtk settings file-chooser org.gtk.Settings.FileChooser clock-format Time format '{clock}' "
                f"date-format Date format '{datef}' expand-folders location-mode Location mode '{locm}' "
                f"show-hidden Show hidden files show-size-column show-type-column sidebar-width {sidebar} "
                "sort-directories-first")
    sc.q("is show-hidden on?", "yes" if bools["show-hidden"] else "no", "yesno", "state_yesno", False)
    sc.q("what clock format is set", clock, "text", "read", True)
    sc.q("sidebar width value?", str(sidebar), "number", "read", True)
    sc.q("Is the size column switched on or off?", "on" if bools["show-size-column"] else "off", "text",
         "state_yesno", False)
    sc.q("what's the location mode", locm, "text", "read", True)
    sc.q("which folder path is this window browsing?", "/org/gtk/settings/file-chooser/", "text", "title", False)
    n_on = sum(bools[k] for k in ["expand-folders", "show-hidden", "show-size-column", "show-type-column"])
    sc.q("of expand-folders, show-hidden, show-size-column and show-type-column, how many are turned on?",
         str(n_on), "count", "count", False)
    return sc


@scene("g05")
def g05_hsqldb(sc_id):
    """HyperSQL Database Manager (Swing) on a generated file database; a query typed and executed."""
    rng = random.Random(f"{SEED}:g05")
    d = WORK / "g05"
    if d.exists():
        subprocess.run(["rm", "-rf", str(d)])
    d.mkdir(parents=True)
    beds = ["A1", "A2", "B1", "B2", "C3"]
    crops = rng.sample(["Chard", "Radish", "Fennel", "Kohlrabi", "Leek", "Sorrel", "Pak choi", "Beetroot"], 6)
    rows = []
    day0 = 1
    for i in range(9):
        day0 += rng.randint(1, 5)
        rows.append((i + 1, rng.choice(beds), rng.choice(crops), round(rng.uniform(0.4, 6.5), 2), f"2024-04-{day0:02d}"))
    plots = [(b, person(rng)) for b in beds]
    sql = ["CREATE TABLE plot (bed VARCHAR(4) PRIMARY KEY, tenant VARCHAR(40))",
           "CREATE TABLE harvest (id INT PRIMARY KEY, bed VARCHAR(4), crop VARCHAR(20), kg DECIMAL(6,2), picked DATE)"]
    sql += [f"INSERT INTO plot VALUES ('{b}', '{t}')" for b, t in plots]
    sql += [f"INSERT INTO harvest VALUES ({i}, '{b}', '{c}', {k:.2f}, '{dt}')" for i, b, c, k, dt in rows]
    (d / "load.sql").write_text(";\n".join(sql) + ";\n")
    url = f"jdbc:hsqldb:file:{d}/db/allotment"
    subprocess.run(["java", "-cp", "/usr/share/java/hsqldb.jar", str(OUT / "hsqlload.java"), url, str(d / "load.sql")],
                   check=True, capture_output=True)
    p = H.launch(["java", "-cp", "/usr/share/java/hsqldbutil.jar:/usr/share/java/hsqldb.jar",
                  "org.hsqldb.util.DatabaseManagerSwing", "--url", url, "--user", "SA"], log=str(d / "dbm.log"))
    wid = H.find_win("HyperSQL Database Manager")
    H.place(wid, 60, 40, 980, 620)
    time.sleep(1.5)
    H.activate(wid)
    g = H.geom(wid)
    H.click(g["x"] + 600, g["y"] + 100)
    query = "SELECT * FROM harvest ORDER BY picked"
    H.type_text(query)
    time.sleep(0.3)
    H.sh("xdotool key ctrl+e", check=False)
    time.sleep(2)
    sc = Scene(sc_id, "images/g05_hsqldb_manager.png", "HyperSQL Database Manager 2.7 (Java Swing)", "database",
               "allotment database: table tree and a 9-row HARVEST query result grid")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    mon = lambda dt: time.strftime("%b %-d, %Y", time.strptime(dt, "%Y-%m-%d"))
    sc.shown = (query + " PUBLIC.HARVEST PUBLIC.PLOT Properties Execute SQL Clear SQL ID BED CROP KG PICKED " +
                " ".join(f"{i} {b} {c} {k:.2f} {mon(dt)}" for i, b, c, k, dt in rows) +
                f" Ready / {len(rows)} rows retrieved")
    best = max(rows, key=lambda r: r[3])
    sc.q("which crop had the heaviest single pick?", best[2], "text", "argmax", True)
    r = rng.choice(rows)
    sc.q(f"what bed was harvest #{r[0]} from", r[1], "text", "cell", True)
    bb = rng.choice(beds[:3])
    sc.q(f"how many of the rows are from bed {bb}?", str(sum(x[1] == bb for x in rows)), "count", "count", False)
    sc.q("What was picked last?", rows[-1][2], "text", "latest", True)
    tot = round(sum(x[3] for x in rows), 2)
    sc.q("total kg across all these rows?", f"{tot:.2f}", "number", "sum", False)
    sc.q("how many rows did the query return", str(len(rows)), "count", "read", True)
    sc.q("Is there a PLOT table in this database?", "yes", "yesno", "exists", False)
    sc.q("which button runs the statement?", "Execute SQL", "text", "locate", True)
    return sc


@scene("g06")
def g06_gpsprune(sc_id):
    rng = random.Random(f"{SEED}:g06")
    d = WORK / "g06"
    d.mkdir(parents=True, exist_ok=True)
    trk = rng.choice(["Gravel loop", "Quarry ridge", "Lakeside run", "Pass crossing"])
    fname = trk.lower().replace(" ", "_") + ".gpx"
    wps = rng.sample(["Spring", "Shelter", "Viewpoint", "Bench", "Gate", "Cairn"], 2)
    n = rng.randint(7, 11)
    lat, lon = 46.5 + rng.random(), 9.0 + rng.random()
    t = rng.randint(6, 9) * 3600
    pts = []
    ele = rng.randint(600, 1200)
    for i in range(n):
        lat += rng.uniform(0.001, 0.004)
        lon += rng.uniform(-0.002, 0.004)
        ele += rng.randint(-30, 90)
        t += rng.randint(180, 600)
        pts.append((round(lat, 5), round(lon, 5), ele, t))
    gpx = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<gpx version="1.1" creator="build" xmlns="http://www.topografix.com/GPX/1/1">']
    for j, w in enumerate(wps):
        la, lo = pts[j * 4][0] + 0.0005, pts[j * 4][1] - 0.0005
        gpx.append(f'<wpt lat="{la:.5f}" lon="{lo:.5f}"><name>{w}</name></wpt>')
    gpx.append(f"<trk><name>{trk}</name><trkseg>")
    for la, lo, el, tt in pts:
        gpx.append(f'<trkpt lat="{la:.5f}" lon="{lo:.5f}"><ele>{el}</ele>'
                   f'<time>2024-05-11T{tt // 3600:02d}:{tt % 3600 // 60:02d}:{tt % 60:02d}Z</time></trkpt>')
    gpx += ["</trkseg></trk>", "</gpx>"]
    (d / fname).write_text("\n".join(gpx) + "\n")
    p = H.launch(["gpsprune", fname], cwd=str(d), env=dict(TZ="UTC"), log=str(d / "gpsprune.log"))
    wid = H.find_win("^GpsPrune$")
    H.place(wid, 20, 20, 1000, 700)
    time.sleep(2)
    H.activate(wid)
    g = H.geom(wid)
    k = rng.randint(3, n)  # number of arrow clicks -> index k+1 (waypoints come first)
    for _ in range(k):
        H.click(g["x"] + 126, g["y"] + 127)
    time.sleep(1)
    sc = Scene(sc_id, "images/g06_gpsprune_track.png", "GpsPrune 22.2 (Java Swing)", "map_app",
               f"{fname}: {n} track points and 2 waypoints, one point selected with its details")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    idx = k + 1
    sel = pts[idx - 1 - len(wps)]
    hh, mm, ss = sel[3] // 3600, sel[3] % 3600 // 60, sel[3] % 60
    tstr = f"{hh if hh <= 12 else hh - 12}:{mm:02d}:{ss:02d} {'AM' if hh < 12 else 'PM'}"
    sc.shown = (f"Track details Points: {n + len(wps)} File: {fname} Waypoints " + " ".join(wps) +
                f" Point details Index: {idx} of {n + len(wps)} Altitude: {sel[2]} m Date: May 11, 2024 Time: {tstr}"
                " Altitude (m) Coordinate format: Original Distance units: Kilometres")
    sc.q("how many points does the file have in total?", str(n + len(wps)), "count", "read", True)
    sc.q("what's the altitude of the selected point", str(sel[2]), "number", "read", True)
    sc.q("Which point number is selected?", str(idx), "number", "selected", True)
    sc.q("what time was the highlighted point recorded", tstr, "time", "read", True)
    sc.q("name the waypoints listed on the left", ", ".join(wps), "text", "lookup", False)
    sc.q("Is there a waypoint called Shelter?", "yes" if "Shelter" in wps else "no", "yesno", "exists", False)
    sc.q("how many waypoints are there", str(len(wps)), "count", "count", False)
    sc.q("what distance units are selected", "Kilometres", "text", "selected", True)
    return sc


def life_step(cells, birth, survive):
    from collections import Counter
    cnt = Counter((x + dx, y + dy) for x, y in cells for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)
    return {c for c, n in cnt.items() if (n in birth and c not in cells) or (n in survive and c in cells)}


@scene("g07")
def g07_golly(sc_id):
    rng = random.Random(f"{SEED}:g07")
    d = WORK / "g07"
    d.mkdir(parents=True, exist_ok=True)
    rule, rname, birth, survive = rng.choice([("B3/S23", "Life", {3}, {2, 3}),
                                              ("B36/S23", "HighLife", {3, 6}, {2, 3})])
    w, h = rng.randint(6, 9), rng.randint(5, 7)
    cells = {(x, y) for y in range(h) for x in range(w) if rng.random() < 0.42}
    rows = []
    for y in range(h):
        rows.append("".join("o" if (x, y) in cells else "b" for x in range(w)).rstrip("b"))
    name = rng.choice(["tangle", "sprocket", "lattice", "ember"]) + f"_{rng.randint(10, 99)}"
    (d / f"{name}.rle").write_text(f"#N {name}\n#C generated seed pattern\nx = {w}, y = {h}, rule = {rule}\n" +
                                  "$".join(rows) + "!\n")
    steps = rng.randint(2, 5)
    p = H.launch(["/usr/games/golly", f"{name}.rle"], cwd=str(d), log=str(d / "golly.log"))
    wid = H.find_win(re.escape(name) + r"\.rle")
    H.place(wid, 30, 30, 900, 640)
    time.sleep(1.5)
    H.activate(wid)
    g = H.geom(wid)
    H.click(g["x"] + 550, g["y"] + 600)
    for _ in range(steps):
        H.sh("xdotool key space", check=False)
        time.sleep(0.5)
    time.sleep(1)
    sc = Scene(sc_id, f"images/g07_golly_{name}.png", "Golly 3.3 (wxWidgets/GTK)", "simulation",
               f"{name}.rle: a generated {rname} seed pattern stepped {steps} generations")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    pop0 = len(cells)
    cur = set(cells)
    for _ in range(steps):
        cur = life_step(cur, birth, survive)
    sc.shown = (f"{name}.rle [{rname}] - Golly Generation={steps} Population={len(cur)} "
                "Help Patterns Rules Scripts")
    sc.q("what generation is it on?", str(steps), "number", "read", True)
    sc.q("current population?", str(len(cur)), "number", "read", True)
    sc.q("which rule is this pattern running under", rname, "text", "read", True)
    sc.q("what pattern file is open", f"{name}.rle", "text", "title", True)
    return sc


@scene("g08")
def g08_rednotebook(sc_id):
    """RedNotebook 2.29 (GTK3) journal, clock pinned to 2024-05-14 with faketime, generated May entries."""
    rng = random.Random(f"{SEED}:g08")
    data = H.SCR / "home/.rednotebook/data"
    if data.exists():
        subprocess.run(["rm", "-rf", str(data)])
    data.mkdir(parents=True)
    days = sorted(rng.sample(range(1, 14), 5))
    tagset = ["#garden", "#repair", "#errands", "#reading", "#bike"]
    entries = {}
    for dd in days:
        t = rng.choice(tagset)
        entries[dd] = (rng.choice(["Walked to the weir and back.", "Rain most of the day.",
                                   "Sorted the shed shelves.", "Long call with the landlord.",
                                   "Finished the chapter on tides."]), t)
    items = rng.sample(["compost", "twine", "bean poles", "slug traps", "seed trays", "gloves"], 3)
    prices = [round(rng.uniform(2, 30), 2) for _ in items]
    today_tag = rng.choice(tagset)
    today = ("Bought at the co-op:\\n" + "\\n".join(f"- {it}: {pr:.2f}" for it, pr in zip(items, prices)) +
             f"\\nTags: {today_tag}")
    lines = [f'{dd}: {{text: "{txt} Tags: {tg}"}}' for dd, (txt, tg) in entries.items()]
    lines.append(f'14: {{text: "{today}"}}')
    (data / "2024-05.txt").write_text("\n".join(lines) + "\n")
    p = H.launch(["rednotebook"], fake=True, log=str(WORK / "g08.log"))
    wid = H.find_win("^RedNotebook")
    H.place(wid, 40, 30, 1000, 680)
    time.sleep(2)
    sc = Scene(sc_id, "images/g08_rednotebook_may.png", "RedNotebook 2.29 (GTK3)", "journal",
               "journal on Tuesday 14 May 2024: calendar with entry days in bold, today's entry, tag and word clouds")
    H.shot(wid, OUT / sc.image)
    H.stop(p)
    txt_today = today.replace("\\n", "\n")
    sc.shown = "RedNotebook - Tuesday, 05/14/24 " + txt_today + " Tags Words Back Today Preview Template Insert Format"
    sc.q("what date is open in the journal?", "05/14/24", "date", "read", True)
    sc.q(f"what did the {items[1]} cost?", f"{prices[1]:.2f}", "money", "lookup", True)
    sc.q("total spent at the co-op today?", f"{sum(prices):.2f}", "money", "sum", False)
    sc.q("priciest thing on today's list", items[prices.index(max(prices))], "text", "argmax", True)
    sc.q("Apart from today, how many days in May have an entry (the bold ones)?", str(len(days)), "count", "count",
         False)
    sc.q("which was the first day in May with an entry?", str(days[0]), "number", "earliest", False)
    sc.q("what tag is on today's entry", today_tag, "text", "read", True)
    return sc


# =============================================================== driver
def main(argv):
    IMG.mkdir(parents=True, exist_ok=True)
    WORK.mkdir(parents=True, exist_ok=True)
    cache = SCR / "qa_cache"
    cache.mkdir(parents=True, exist_ok=True)
    want = argv or list(SCENES)
    H.start_x()
    for sid in want:
        t0 = time.time()
        res = SCENES[sid](sid)
        res = res if isinstance(res, list) else [res]
        (cache / f"{sid}.json").write_text(json.dumps([dict(image=sc.image, app=sc.app, category=sc.category,
                                                            content=sc.content, qas=sc.qas) for sc in res], indent=1))
        print(f"{sid}: {sum(len(sc.qas) for sc in res)} questions, {time.time() - t0:.1f}s", flush=True)
    rows, n = [], 0
    for sid in SCENES:
        f = cache / f"{sid}.json"
        if not f.exists():
            continue
        ds = json.loads(f.read_text())
        for d in (ds if isinstance(ds, list) else [ds]):
          for qa in d["qas"]:
            n += 1
            rows.append(dict(id=f"s33-{n:04d}", image=d["image"], question=qa["question"], answer=qa["answer"],
                             answer_type=qa["answer_type"], category=d["category"], intent=qa["intent"],
                             literal=qa["literal"]))
    with open(OUT / "manifest.jsonl", "w") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"manifest: {len(rows)} rows")


if __name__ == "__main__":
    main(sys.argv[1:])
