"""screens_test34 builder: real Debian 12 windows under Xvfb :89 + openbox, cropped to the window frame.
Usage: python3 build.py [scene ...]   (no args = all scenes; manifest rebuilt from all scene records)"""
import json, os, random, re, shutil, subprocess, sys, time, zlib, hashlib, datetime, gzip
from pathlib import Path

SEED = 70463
HERE = Path(__file__).resolve().parent
IMG = HERE / "images"
TMP = Path("/tmp/screens34")
DISPLAY = ":89"
VENV_PY = str(TMP / "venv/bin/python")
ENV = dict(os.environ, DISPLAY=DISPLAY, HOME=str(TMP / "home"), LANG="C.UTF-8", LC_ALL="C.UTF-8",
           NO_AT_BRIDGE="1", XDG_RUNTIME_DIR=str(TMP / "run"))

def R(scene):
    return random.Random(f"{SEED}:{scene}")

def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, check=True, capture_output=True, text=True, env=kw.pop("env", ENV), **kw).stdout

def norm(s):
    return re.sub(r"\s+", " ", str(s)).strip().lower()

# ---------------------------------------------------------------- X helpers
def wait_window(pattern, timeout=40, cls=False):
    t0 = time.time()
    while time.time() - t0 < timeout:
        r = subprocess.run(["xdotool", "search", "--onlyvisible", "--classname" if cls else "--name", pattern],
                           capture_output=True, text=True, env=ENV)
        ids = r.stdout.split()
        if ids:
            return ids[-1]
        time.sleep(0.5)
    raise RuntimeError(f"window {pattern!r} not found")

def xdo(*args):
    subprocess.run(["xdotool", *map(str, args)], env=ENV, check=False)

def place(wid, x=10, y=10, w=None, h=None):
    if w:
        xdo("windowsize", wid, w, h)
    xdo("windowmove", wid, x, y)
    xdo("windowactivate", "--sync", wid)
    time.sleep(0.6)

def capture(wid, name):
    IMG.mkdir(exist_ok=True)
    out = IMG / name
    subprocess.run(["bash", str(HERE / "cap.sh"), str(wid)], env=dict(ENV, OUT=str(out)), check=True)
    return f"images/{name}"

def start(cmd, env=None, cwd=None):
    return subprocess.Popen(cmd, shell=True, env=env or ENV, cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=open(TMP / "app.log", "a"), start_new_session=True)

def stop(p):
    try:
        os.killpg(p.pid, 15)
    except ProcessLookupError:
        pass
    time.sleep(0.5)

# ---------------------------------------------------------------- records
RECS = {}
class Scene:
    def __init__(self, key, image, texts):
        self.key, self.image, self.qs = key, image, []
        self.corpus = norm(" \n ".join(texts))
    def q(self, question, answer, atype, intent, category, literal=None):
        answer = str(answer)
        lit = norm(answer) in self.corpus if literal is None else literal
        if literal is True:
            assert norm(answer) in self.corpus, (self.key, question, answer)
        self.qs.append(dict(image=self.image, question=question, answer=answer, answer_type=atype,
                            category=category, intent=intent, literal=bool(lit)))
    def save(self):
        (TMP / "recs").mkdir(exist_ok=True)
        (TMP / "recs" / f"{self.key}.json").write_text(json.dumps(self.qs, indent=1))

# ---------------------------------------------------------------- terminal route: termqt
def term_window(key, title, lines, rc_extra="", prompt="", width=900, height=560, font_size=10,
                bg="#1d1f21", fg="#d0d0d0", cwd=None, quiet=0.9, pre=None):
    work = Path(cwd) if cwd else TMP / key
    work.mkdir(parents=True, exist_ok=True)
    rc = TMP / f"rc_{key}"
    rc.write_text(f"PS1='{prompt}'\ncd {work}\nexport LC_ALL=C.UTF-8 LANG=C.UTF-8\n{rc_extra}\nclear\n")
    dump = TMP / f"dump_{key}.txt"
    if dump.exists():
        dump.unlink()
    cfg = dict(title=title, width=width, height=height, font_size=font_size, bg=bg, fg=fg, quiet=quiet,
               cmd=f"bash --noprofile --rcfile {rc} -i", lines=lines, dump=str(dump),
               env=dict(PATH="/usr/local/bin:/usr/bin:/bin", HOME=str(TMP / "home"), TERM="xterm-256color",
                        USER="root", SHELL="/bin/bash"))
    cj = TMP / f"cfg_{key}.json"
    cj.write_text(json.dumps(cfg))
    p = start(f"{VENV_PY} {HERE / 'term_host.py'} {cj}")
    wid = wait_window("^" + re.escape(title) + "$")
    place(wid, 20, 20)
    t0 = time.time()
    while not dump.exists() and time.time() - t0 < 120:
        time.sleep(0.5)
    time.sleep(1.0)
    img = capture(wid, f"{key}.png")
    stop(p)
    return img, dump.read_text()

# ================================================================ terminal scenes
FIRST = ["Ilse", "Bruno", "Marit", "Odile", "Teodor", "Ruxandra", "Caspar", "Wenna", "Jorun", "Lisandro", "Petra",
         "Anselm", "Kasia", "Dorian", "Maelle", "Ferdy", "Griet", "Hallvard", "Noemi", "Ottoline", "Silvan", "Tamsin"]
LAST = ["Vantongeren", "Okonkwo-Hale", "Brisbois", "Lindqvist", "Marchetti", "Farrow", "Szabados", "Quennell",
        "Ambrose", "Delacroix", "Hoekstra", "Rautio", "Pemberton", "Castellan", "Ibarra", "Kowalczyk"]

def scene_t01():
    r = R("t01"); key = "t01_gettext_po"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    words = ["Open ledger", "Save draft", "Delete shelf", "Rename binder", "Export as CSV", "Sync now", "Archive note",
             "Pin to top", "Show hidden", "Empty trash", "Import bookmarks", "Lock vault", "New tag", "Undo move",
             "Print label", "Merge copies", "Share link", "Reset filters"]
    de = {"Open ledger": "Kassenbuch öffnen", "Save draft": "Entwurf speichern", "Delete shelf": "Regal löschen",
          "Rename binder": "Ordner umbenennen", "Export as CSV": "Als CSV exportieren", "Sync now": "Jetzt abgleichen",
          "Archive note": "Notiz archivieren", "Pin to top": "Oben anheften", "Show hidden": "Versteckte zeigen",
          "Empty trash": "Papierkorb leeren", "Import bookmarks": "Lesezeichen importieren", "Lock vault": "Tresor sperren",
          "New tag": "Neues Schlagwort", "Undo move": "Verschieben rückgängig", "Print label": "Etikett drucken",
          "Merge copies": "Kopien zusammenführen", "Share link": "Link teilen", "Reset filters": "Filter zurücksetzen"}
    msgs = r.sample(words, 15)
    states = ["t"] * r.randint(8, 10) + ["f"] * r.randint(2, 3)
    states += ["u"] * (15 - len(states)); r.shuffle(states)
    head = 'msgid ""\nmsgstr ""\n"Project-Id-Version: brindle-notes 2.4\\n"\n"Language: de\\n"\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    body = ""
    for m, s in zip(msgs, states):
        if s == "f":
            body += f'#, fuzzy\nmsgid "{m}"\nmsgstr "{de[m]}"\n\n'
        else:
            body += f'msgid "{m}"\nmsgstr "{de[m] if s == "t" else ""}"\n\n'
    (d / "de.po").write_text(head + body)
    # broken catalog: a duplicated msgid
    dup = msgs[r.randint(1, 4)]
    bl = head.splitlines() + [""]
    for m in msgs[:7]:
        bl += [f'msgid "{m}"', f'msgstr "{de[m]}"', ""]
    dup_line = len(bl) + 1
    first_line = bl.index(f'msgid "{dup}"') + 1
    bl += [f'msgid "{dup}"', f'msgstr "{de[dup]}!"', ""]
    (d / "fr_broken.po").write_text("\n".join(bl) + "\n")
    fuzzy = [m for m, s in zip(msgs, states) if s == "f"]
    lines = ["msgfmt --version | head -n1", "msgfmt --statistics -o /dev/null de.po",
             "msgattrib --only-fuzzy --no-wrap de.po | grep '^msgid \"[A-Z]'", "msgfmt -c -o /dev/null fr_broken.po"]
    img, txt = term_window(key, "termqt — ~/i18n/brindle", lines, prompt="nadia@brindle:~/i18n$ ",
                           bg="#fdf6e3", fg="#333333", width=860, height=420)
    S = Scene(key, img, [txt]); C = "terminal"
    nt, nf, nu = states.count("t"), states.count("f"), states.count("u")
    assert f"{nt} translated messages" in txt, txt
    S.q("how many strings are translated in de.po?", nt, "count", "read", C, True)
    S.q("How many fuzzy translations does msgfmt report?", nf, "count", "read", C, True)
    S.q("what share of the 15 messages in de.po is untranslated? answer as a percent rounded to 1 decimal", f"{100*nu/15:.1f}%", "percent", "share", C, False)
    S.q("which gettext-tools version is this msgfmt?", "0.21", "version", "version", C, True)
    S.q("The check of fr_broken.po failed. On which line is the duplicate message?", dup_line, "number", "error", C, True)
    S.q("which msgid is defined twice in fr_broken.po?", dup, "text", "error", C, True)
    first_line = re.search(r"fr_broken.po:(\d+): \.\.\.this is the location", txt).group(1)
    S.q(f"the first definition of that duplicate, what line was it on", first_line, "number", "lookup", C, True)
    S.q("Name one msgid that's still marked fuzzy (the first one listed).", fuzzy[0], "text", "nth", C, True)
    S.save()

def scene_t02():
    r = R("t02"); key = "t02_zstd_list"; d = TMP / key
    if d.exists(): shutil.rmtree(d)
    d.mkdir(parents=True)
    names = ["orders_q1.csv", "sensor_dump.log", "glossary.txt", "tiles.bin"]
    # generated content with different compressibility
    rows = ["id,sku,qty,price"] + [f"{i},SKU-{r.randint(100,130)},{r.randint(1,9)},{r.randint(2,60)}.{r.randint(0,99):02d}" for i in range(1, 3001)]
    (d / names[0]).write_text("\n".join(rows) + "\n")
    (d / names[1]).write_text("".join(f"2026-03-{r.randint(1,28):02d}T{r.randint(0,23):02d}:{r.randint(0,59):02d} node{r.randint(1,4)} temp={r.uniform(18,31):.2f} ok\n" for _ in range(4000)))
    (d / names[2]).write_text("".join(f"{w} - {w[::-1]} - {r.choice(['noun','verb','adj'])}\n" for w in (''.join(r.choice('abcdefghijklmnop') for _ in range(r.randint(4, 11))) for _ in range(2500))))
    (d / names[3]).write_bytes(bytes(r.randint(0, 255) if i % 4 else 0 for i in range(60000)))
    lines = ["zstd -V", "zstd -q -19 " + " ".join(names), "zstd -l *.zst",
             "head -c 900 sensor_dump.log.zst > cut.zst", "zstd -t cut.zst"]
    img, txt = term_window(key, "termqt: archive/", lines, prompt=r"\[\e[36m\]archive\[\e[0m\] % ", width=980, height=440)
    S = Scene(key, img, [txt]); C = "terminal"
    tab = {}
    for ln in txt.splitlines():
        m = re.match(r"\s*1\s+0\s+([\d.]+ \S+)\s+([\d.]+ \S+)\s+([\d.]+)\s+(\S+)\s+(\S+\.zst)$", ln)
        if m:
            tab[m.group(5)] = dict(comp=m.group(1), unc=m.group(2), ratio=float(m.group(3)), check=m.group(4))
    assert len(tab) == 4, txt
    best = max(tab, key=lambda k: tab[k]["ratio"]); worst = min(tab, key=lambda k: tab[k]["ratio"])
    ver = re.search(r"v(\d+\.\d+\.\d+)", txt).group(1)
    S.q("which file compressed best?", best, "text", "argmax", C, True)
    S.q("Which archive has the lowest compression ratio in the zstd -l listing?", worst, "text", "argmin", C, True)
    S.q("compressed size of glossary.txt.zst?", tab["glossary.txt.zst"]["comp"], "text", "cell", C, True)
    S.q("what checksum type do the frames use", tab["orders_q1.csv.zst"]["check"], "text", "read", C, True)
    S.q("What zstd version is installed here?", ver, "version", "version", C, True)
    S.q("did cut.zst pass the integrity test?", "no", "yesno", "state_yesno", C, False)
    S.q("how much bigger is the orders_q1 ratio than the tiles.bin one? just the difference",
        f"{tab['orders_q1.csv.zst']['ratio'] - tab['tiles.bin.zst']['ratio']:.3f}".rstrip('0').rstrip('.'), "number", "difference", C, False)
    S.save()

def scene_t03():
    r = R("t03"); key = "t03_llvm_ir"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    vals = [r.randint(11, 97) for _ in range(6)]
    k = r.randint(3, 9)
    arr = ", ".join(f"i32 {v}" for v in vals)
    ir = f"""@w = constant [6 x i32] [{arr}]
@fmt = constant [20 x i8] c"weighted total: %d\\0A\\00"
declare i32 @printf(i8*, ...)
define i32 @main() {{
entry:
  br label %loop
loop:
  %i = phi i32 [0, %entry], [%n, %loop]
  %acc = phi i32 [0, %entry], [%acc2, %loop]
  %p = getelementptr [6 x i32], [6 x i32]* @w, i32 0, i32 %i
  %v = load i32, i32* %p
  %m = mul i32 %v, {k}
  %acc2 = add i32 %acc, %m
  %n = add i32 %i, 1
  %c = icmp slt i32 %n, 6
  br i1 %c, label %loop, label %done
done:
  %f = getelementptr [20 x i8], [20 x i8]* @fmt, i32 0, i32 0
  %r = call i32 (i8*, ...) @printf(i8* %f, i32 %acc2)
  ret i32 0
}}
"""
    (d / "weights.ll").write_text(ir)
    bad_line = r.randint(4, 6)
    bl = ["define i32 @scale(i32 %x) {", "entry:", "  %a = mul i32 %x, 3", "  %b = add i32 %a, 7", "  %c = sub i32 %b, 1", "  ret i32 %c", "}"]
    bl.insert(bad_line - 1, f"  %q = add i32 %a, %undefined_{k}")
    (d / "scale.ll").write_text("\n".join(bl) + "\n")
    lines = ["lli --version | head -n3", "lli weights.ll; echo \"exit=$?\"", "llvm-as scale.ll -o /dev/null", "wc -l weights.ll scale.ll"]
    img, txt = term_window(key, "termqt (llvm)", lines, prompt="[llvm-play]> ", bg="#0b1a2a", fg="#e8e8e8", width=860, height=400)
    S = Scene(key, img, [txt]); C = "terminal"
    total = sum(vals) * k
    assert f"weighted total: {total}" in txt, txt
    ver = re.search(r"LLVM version (\S+)", txt).group(1)
    S.q("what did lli print as the weighted total", total, "number", "read", C, True)
    S.q("LLVM version?", ver, "version", "version", C, True)
    assert f"scale.ll:{bad_line}:" in txt, txt
    S.q("llvm-as failed on scale.ll — which line number does it point at?", bad_line, "number", "error", C, True)
    name = f"%undefined_{k}"
    S.q("what's the name of the undefined value it complains about?", name, "code", "error", C, True)
    nlines = len(ir.splitlines()); S.q("How many lines long is weights.ll according to wc?", nlines, "count", "lookup", C, True)
    S.q("and what was the exit status of the lli run", 0, "number", "read", C, True)
    S.save()

def scene_t04():
    r = R("t04"); key = "t04_elf_symbols"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    arrs = {}
    for nm in r.sample(["rx_ring", "tile_cache", "lut_gamma", "heap_pool", "crc_table", "pad_map", "eq_bands"], 5):
        arrs[nm] = r.choice([64, 96, 128, 200, 256, 320, 384, 512, 700, 1024]) * 4
    while len(set(arrs.values())) < 5:
        for nm in arrs: arrs[nm] = r.choice([64, 96, 128, 200, 256, 320, 384, 512, 700, 1024]) * 4
    src = "".join(f"int {nm}[{sz // 4}];\n" for nm, sz in arrs.items())
    src += "int main(void){ return " + " + ".join(f"{nm}[1]" for nm in arrs) + "; }\n"
    (d / "ringbuf.c").write_text(src)
    lines = ["cc -O0 -o ringbuf ringbuf.c && size ringbuf", "nm -S --size-sort -t d ringbuf | grep ' B '",
             "readelf -h ringbuf | grep -E 'Class|Type:|Machine'"]
    img, txt = term_window(key, "termqt — ringbuf", lines, prompt=r"$ ", bg="#202020", fg="#c8f0c8", width=900, height=400)
    S = Scene(key, img, [txt]); C = "terminal"
    big = max(arrs, key=arrs.get); small = min(arrs, key=arrs.get)
    m = re.search(r"\n\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s+([0-9a-f]+)\s+ringbuf", txt)
    text_sz, data_sz, bss_sz = m.group(1), m.group(2), m.group(3)
    S.q("which array takes the most space?", big, "code", "argmax", C, True)
    S.q("smallest bss symbol in the nm output", small, "code", "argmin", C, True)
    S.q(f"how many bytes is {r.choice(sorted(arrs))} according to nm".replace("{", "{"), None or "", "number", "cell", C) if False else None
    pick = sorted(arrs)[r.randint(0, 4)]
    S.q(f"How many bytes is {pick}?", arrs[pick], "number", "cell", C, False)
    S.q("what's the bss size that size reports", bss_sz, "number", "read", C, True)
    S.q("is it a 64-bit ELF?", "yes" if "ELF64" in txt else "no", "yesno", "state_yesno", C, False)
    S.q(f"how many times bigger is {big} than {small}", f"{arrs[big] / arrs[small]:.2f}".rstrip('0').rstrip('.'), "number", "ratio", C, False)
    S.save()

def scene_t05():
    r = R("t05"); key = "t05_ctags_xref"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    fns = r.sample(["parse_header", "ring_push", "ring_pop", "emit_frame", "crc_update", "tile_flush", "gamma_apply",
                    "band_split", "seek_marker", "pack_bits"], 6)
    src, line = ["#include <stdint.h>", "", "static int counter;", ""], 5
    defs = {}
    for f in fns:
        body = [f"int {f}(int v)", "{"] + [f"    v = v * {r.randint(2, 9)} + {r.randint(1, 40)};" for _ in range(r.randint(1, 5))] + ["    return v;", "}", ""]
        defs[f] = len(src) + 1
        src += body
    (d / "codec.c").write_text("\n".join(src) + "\n")
    lines = ["ctags --version | head -n1", "ctags -x --kinds-C=f --sort=no codec.c", "grep -c 'return' codec.c"]
    img, txt = term_window(key, "termqt — codec", lines, prompt="dev:codec$ ", bg="#f4f1ea", fg="#1f2a36", width=960, height=380)
    S = Scene(key, img, [txt]); C = "terminal"
    for f in fns:
        assert re.search(rf"{f}\s+function\s+{defs[f]}\s", txt), txt
    ver = re.search(r"Universal Ctags (\S+)", txt).group(1).rstrip(",")
    pick = fns[r.randint(1, 4)]
    longest = max(fns, key=lambda f: (fns.index(f) + 1 < len(fns) and defs[fns[fns.index(f) + 1]] - defs[f]) or (len(src) - defs[f]))
    S.q(f"what line is {pick} defined on?", defs[pick], "number", "lookup", C, True)
    S.q("how many functions did ctags find in codec.c", len(fns), "count", "count", C, False)
    S.q("Which function comes right after " + fns[2] + " in the file?", fns[3], "code", "next", C, True)
    S.q("the last function listed?", fns[-1], "code", "nth", C, True)
    S.q("universal ctags version", ver, "version", "version", C, True)
    S.save()

def scene_t06():
    r = R("t06"); key = "t06_jshell_repl"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    prices = [r.randint(12, 95) for _ in range(5)]
    qty = r.randint(2, 7)
    lines = ["jshell -q", f"int[] fares = {{{', '.join(map(str, prices))}}};",
             "int best = java.util.Arrays.stream(fares).max().getAsInt();", f"best * {qty}",
             "fares.length", "totl + 1", "System.getProperty(\"java.version\")", "/exit"]
    img, txt = term_window(key, "termqt — jshell", lines, prompt="kb@desk ~ % ", bg="#14161a", fg="#f0e6d2",
                           width=900, height=460, quiet=4.0)
    S = Scene(key, img, [txt]); C = "terminal"
    assert f"==> {max(prices) * qty}" in txt, txt
    jv = re.search(r'==> "([\d.]+)"', txt).group(1)
    S.q("what did best * " + str(qty) + " evaluate to", max(prices) * qty, "number", "read", C, True)
    S.q("which variable did jshell say it can't find?", "totl", "code", "error", C, True)
    S.q("java version printed at the end?", jv, "version", "version", C, True)
    S.q("What's the cheapest fare in the array?", min(prices), "number", "argmin", C, True)
    S.q("average of the fares array, 1 decimal", f"{sum(prices) / len(prices):.1f}", "number", "mean", C, False)
    S.q("how many elements does fares have", len(prices), "count", "read", C, True)
    S.save()

# ================================================================ GUI scenes
def scene_g01():  # gdebi-gtk with a generated .deb whose dependency cannot be met
    r = R("g01"); key = "g01_gdebi_deb"; d = TMP / key
    if d.exists(): shutil.rmtree(d)
    pkg = r.choice(["tallowmark", "quillferry", "bramblecount"]); ver = f"{r.randint(1,4)}.{r.randint(0,12)}.{r.randint(0,9)}-{r.randint(1,3)}"
    dep = f"libzephyrine{r.randint(2,5)} (>= {r.randint(1,3)}.{r.randint(0,9)})"
    maint = f"{r.choice(FIRST)} {r.choice(LAST)} <pkg@{pkg}.example>"
    root = d / "root"; (root / "DEBIAN").mkdir(parents=True); (root / "usr/share/doc" / pkg).mkdir(parents=True)
    (root / "usr/share/doc" / pkg / "README").write_text("x" * r.randint(20000, 90000))
    desc = f"tally and label field samples from the command line\n {pkg.capitalize()} keeps a running count of labelled field samples and\n prints weekly summaries."
    (root / "DEBIAN/control").write_text(f"Package: {pkg}\nVersion: {ver}\nArchitecture: all\nMaintainer: {maint}\nDepends: {dep}\nSection: utils\nPriority: optional\nDescription: {desc}\n")
    sh(f"dpkg-deb --root-owner-group -b {root} {d}/{pkg}_{ver}_all.deb")
    p = start(f"gdebi-gtk {d}/{pkg}_{ver}_all.deb")
    wid = wait_window("Package Installer")
    time.sleep(4); place(wid, 10, 10, 720, 520)
    xdo("mousemove", "--window", wid, 156, 209); xdo("click", 1); time.sleep(1.5)
    img = capture(wid, f"{key}.png"); stop(p)
    S = Scene(key, img, [pkg, ver, dep, maint, desc, "Install Package", "Dependency is not satisfiable", "Included files"]); C = "dialog"
    S.q("what version of the package is this", ver, "version", "version", C, True)
    S.q("can I install it as is?", "no", "yesno", "state_yesno", C, False)
    S.q("Which dependency is the problem?", dep.split()[0], "code", "error", C, True)
    S.q("whats the package called", pkg, "code", "title", C, True)
    S.q("is the install button clickable right now?", "no", "yesno", "state_yesno", C, False)
    S.q("which tab would show me the files inside the package?", "Included files", "text", "locate", C, True)
    S.q("who maintains it? just the name", maint.split(" <")[0], "person", "lookup", C, True)
    S.save()

def app_shot(cmd, pattern, key, w=None, h=None, settle=3.0, actions=None, env=None, cwd=None, cls=False):
    p = start(cmd, env=env, cwd=cwd)
    wid = wait_window(pattern, cls=cls)
    time.sleep(settle); place(wid, 10, 10, w, h)
    if actions:
        actions(wid)
    xdo("mousemove", 1275, 795); time.sleep(1.0)
    img = capture(wid, f"{key}.png"); stop(p)
    return img

def scene_g02():  # xconsole (Athena) following a generated log file
    r = R("g02"); key = "g02_xconsole_log"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    hosts = ["quarry-01", "quarry-02", "ledger-db", "tilebox"]
    t = datetime.datetime(2026, 5, 19, 2, r.randint(0, 9), 0); rows = []
    err_i = r.randint(6, 9)
    for i in range(13):
        t += datetime.timedelta(seconds=r.randint(20, 170))
        h = r.choice(hosts)
        if i == err_i:
            lvl, msg = "ERROR", f"rsync to {h} failed: code {r.choice([12, 23, 30])}"
        elif r.random() < 0.3:
            lvl, msg = "WARN", f"{h} disk at {r.randint(81, 97)}%"
        else:
            lvl, msg = "INFO", f"{h} snapshot {r.randint(100, 999)} ok ({r.randint(2, 90)} MB)"
        rows.append((t.strftime("%H:%M:%S"), lvl, h, msg))
    text = "".join(f"{a} {b:<5} {d_}\n" for a, b, _, d_ in rows)
    (d / "nightly.log").write_text(text)
    img = app_shot(f"xconsole -file {d}/nightly.log -geometry 560x300 -title 'nightly-sync console' -notify", "nightly-sync console", key)
    S = Scene(key, img, [text]); C = "log_viewer"
    er = rows[err_i]
    S.q("what time did the error happen", er[0], "time", "lookup", C, True)
    S.q("what's the error exactly?", er[3], "error", "error", C, True)
    S.q("how many WARN lines are there", sum(1 for x in rows if x[1] == "WARN"), "count", "count", C, False)
    S.q("Last line - which host is it about?", rows[-1][2], "text", "latest", C, True)
    ok = [x for x in rows if x[1] == "INFO"]
    S.q("what's the first snapshot number logged?", re.search(r"snapshot (\d+)", ok[0][3]).group(1), "number", "earliest", C, True)
    S.save()

def scene_g03():  # gtkhash (GTK3) on a generated file
    r = R("g03"); key = "g03_gtkhash_file"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    fn = d / f"survey_{r.randint(1000, 9999)}.csv"
    fn.write_text("".join(f"{i},{r.choice(FIRST)},{r.randint(10, 99)}\n" for i in range(r.randint(40, 90))))
    data = fn.read_bytes()
    def act(wid):
        xdo("key", "--window", wid, "Return"); time.sleep(2)
    img = app_shot(f"gtkhash {fn}", "GtkHash", key, 760, 420, actions=act)
    md5 = hashlib.md5(data).hexdigest(); sha1 = hashlib.sha1(data).hexdigest(); sha256 = hashlib.sha256(data).hexdigest()
    S = Scene(key, img, [fn.name, md5, sha1, sha256, f"{zlib.crc32(data):08x}"]); C = "dialog"
    S.q("what's the MD5 of this file?", md5, "code", "read", C, True)
    S.q("first 8 characters of the SHA-1 hash", sha1[:8], "code", "read", C, True)
    S.q("which file is being hashed", fn.name, "text", "title", C, True)
    S.q("SHA256 digest pls", sha256, "code", "read", C, True)
    S.q("crc32?", f"{zlib.crc32(data):08x}", "code", "read", C, True)
    S.q("which button do I press to recompute the hashes", "Hash", "text", "locate", C, False)
    S.save()

def scene_g04():  # tkinfo (Tk) on a generated Texinfo manual
    r = R("g04"); key = "g04_tkinfo_manual"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    prod = r.choice(["Kestrelfold", "Mossline", "Dunwarren"]); ver = f"{r.randint(2, 6)}.{r.randint(0, 9)}"
    chs = r.sample(["Installing", "Quick tour", "Ledgers", "Importing data", "Reports", "Scheduling", "Plugins", "Troubleshooting", "Glossary"], 6)
    steps = dict(zip(chs, r.sample(range(2, 12), 6)))
    tx = [f"\\input texinfo", f"@setfilename {prod.lower()}.info", f"@settitle {prod} Manual", "@node Top", f"@top {prod} {ver}", "",
          f"This manual documents {prod} version {ver}.", "", "@menu"] + [f"* {c}::  {c.lower()} in {steps[c]} steps." for c in chs] + ["@end menu", ""]
    for c in chs:
        tx += [f"@node {c}", f"@chapter {c}", f"Text about {c.lower()}.", ""]
    tx += ["@bye"]
    (d / "man.texi").write_text("\n".join(tx) + "\n")
    sh(f"cd {d} && makeinfo --no-split man.texi -o {prod.lower()}.info")
    img = app_shot(f"tkinfo {d}/{prod.lower()}.info", "tkinfo|Tkinfo|" + prod, key, 700, 460, settle=3)
    S = Scene(key, img, ["\n".join(tx)]); C = "help_viewer"
    S.q("How many chapters are in the menu?", len(chs), "count", "count", C, False)
    S.q("what version of the software does this manual cover", ver, "version", "version", C, True)
    S.q(f"which chapter comes after '{chs[2]}'?", chs[3], "text", "next", C, True)
    S.q("name of the last menu item", chs[-1], "text", "nth", C, True)
    S.q("which product is this the manual for", prod, "text", "title", C, True)
    S.q("which chapter takes the most steps?", max(chs, key=steps.get), "text", "argmax", C, True)
    S.q("can I click Previous here?", "no", "yesno", "state_yesno", C, False)
    S.save()

def scene_g05():  # wxHexEditor (wxWidgets) on a generated binary container
    r = R("g05"); key = "g05_wxhex_blob"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    magic = b"TILEPAK" ; ver = (r.randint(1, 4), r.randint(0, 9))
    names = [r.choice(["moss", "rill", "fern", "slate", "bracken", "tarn"]) + str(r.randint(10, 99)) for _ in range(4)]
    body = magic + bytes([0, ver[0], ver[1], len(names), 0]) + bytes(4)
    for n in names:
        body += n.encode().ljust(12, b"\0") + r.randint(256, 65535).to_bytes(4, "little")
    body += bytes(r.randint(0, 255) for _ in range(64))
    fn = d / "atlas.tpk"; fn.write_bytes(body)
    img = app_shot(f"wxHexEditor {fn}", "wxHexEditor", key, 980, 560, settle=4)
    S = Scene(key, img, [magic.decode()] + names); C = "hex_editor"
    S.q("what's the 7-letter magic string at the very start of the file?", magic.decode(), "code", "read", C, True)
    S.q("what hex byte is at offset 8?", f"{body[8]:02X}", "code", "cell", C, False)
    S.q("Which name is the second entry in the table?", names[1], "text", "nth", C, True)
    S.q("what's the file size in bytes?", len(body), "number", "read", C, False)
    S.q("which file is open in the editor", fn.name, "text", "title", C, False)
    S.save()

def scene_g06():  # GTKWave on a generated VCD
    r = R("g06"); key = "g06_gtkwave_vcd"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    temps = []; v = r.randint(20, 40)
    for i in range(8):
        v += r.randint(3, 14); temps.append(v)
    lines = ["$timescale 1 ms $end", "$scope module plant $end", "$var wire 1 ! pump_on $end", "$var wire 8 # tank_level [7:0] $end",
             "$var wire 1 % alarm $end", "$upscope $end", "$enddefinitions $end"]
    alarm_at = r.randint(4, 6); pump = 0; pumps = []
    for i, t in enumerate(temps):
        lines.append(f"#{i * 100}")
        lines.append(f"b{t:08b} #")
        pump = 1 - pump if r.random() < 0.5 or i == 0 else pump
        lines.append(f"{pump}!"); pumps.append(pump)
        lines.append(f"{1 if i >= alarm_at else 0}%")
    lines.append("#800")
    (d / "plant.vcd").write_text("\n".join(lines) + "\n")
    (d / "plant.gtkw").write_text(f"[dumpfile] \"{d}/plant.vcd\"\n[timestart] 0\n[size] 1000 500\n[treeopen] plant.\n@28\nplant.pump_on\nplant.alarm\n@24\nplant.tank_level[7:0]\n[pattern_trace] 0\n")
    img = app_shot(f"gtkwave {d}/plant.vcd {d}/plant.gtkw", "GTKWave", key, 1000, 500, settle=4,
                   actions=lambda w: (xdo("mousemove", "--window", w, 176, 73), xdo("click", 1), time.sleep(0.8)))
    S = Scene(key, img, [str(t) for t in temps] + ["pump_on", "alarm", "tank_level"]); C = "waveform"
    S.q("tank_level at 300 ms?", temps[3], "number", "chart_value", C, True)
    S.q("Is tank_level going up or down over the capture?", "up", "text", "trend", C, False)
    S.q("at what time does the alarm go high (ms)", alarm_at * 100, "number", "lookup", C, False)
    S.q("highest tank level shown", max(temps), "number", "argmax", C, True)
    S.q("is the pump on at the end of the trace?", "yes" if pumps[-1] else "no", "yesno", "state_yesno", C, False)
    S.q("how many signals are in the wave view", 3, "count", "count", C, False)
    S.q("by how much does tank_level rise from the first to the last sample?", temps[-1] - temps[0], "number", "difference", C, False)
    S.save()

PGN_EVENTS = ["Harrowgate Open", "Vellmar Rapid", "Quayside Club Ch."]
def make_pgn(r, n):
    games = []
    for i in range(n):
        w, b = r.sample([f"{l}, {f}" for f, l in zip(FIRST, LAST)], 2)
        moves = r.choice(["1. e4 e5 2. Nf3 Nc6 3. Bb5 a6", "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4", "1. c4 c5 2. Nc3 Nc6 3. g3 g6",
                          "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6"])
        games.append(dict(Event=r.choice(PGN_EVENTS), Site="Vellmar", Date=f"2026.{r.randint(1, 9):02d}.{r.randint(1, 28):02d}",
                          Round=str(i + 1), White=w, Black=b, Result=r.choice(["1-0", "0-1", "1/2-1/2"]),
                          WhiteElo=str(r.randint(1650, 2450)), BlackElo=str(r.randint(1650, 2450)), moves=moves))
    txt = ""
    for g in games:
        txt += "".join(f'[{k} "{v}"]\n' for k, v in g.items() if k != "moves") + "\n" + g["moves"] + " " + g["Result"] + "\n\n"
    return games, txt

def scene_g08():  # Logisim (Java Swing) with a generated circuit file
    r = R("g08"); key = "g08_logisim_circ"; d = TMP / key; d.mkdir(parents=True, exist_ok=True)
    subs = r.sample(["debounce", "parity4", "mux_sel", "latch_en", "adder2", "cmp_eq"], 3)
    labels = r.sample(["START", "STOP", "RESET", "MODE", "ARM", "FAULT"], 3)
    comps = "".join(f'    <comp lib="0" loc="({100},{100 + 60 * i})" name="Pin">\n      <a name="tristate" val="false"/>\n      <a name="label" val="{lb}"/>\n    </comp>\n' for i, lb in enumerate(labels))
    comps += '    <comp lib="1" loc="(300,160)" name="AND Gate">\n      <a name="inputs" val="%d"/>\n      <a name="label" val="GATE_A"/>\n    </comp>\n' % 3
    comps += '    <comp lib="0" loc="(420,160)" name="Pin">\n      <a name="facing" val="west"/>\n      <a name="output" val="true"/>\n      <a name="label" val="RUN"/>\n    </comp>\n'
    circ = '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n<project source="2.7.1" version="1.0">\n  <lib desc="#Wiring" name="0"/>\n  <lib desc="#Gates" name="1"/>\n  <main name="main"/>\n  <options/>\n  <mappings/>\n  <toolbar/>\n'
    circ += '  <circuit name="main">\n    <a name="circuit" val="main"/>\n' + comps + '  </circuit>\n'
    for sname in subs:
        circ += f'  <circuit name="{sname}">\n    <a name="circuit" val="{sname}"/>\n  </circuit>\n'
    circ += '</project>\n'
    fn = d / "interlock.circ"; fn.write_text(circ)
    img = app_shot(f"java -jar /usr/share/logisim/logisim.jar {fn}", "Logisim|interlock", key, 1000, 620, settle=8)
    S = Scene(key, img, [circ, "interlock"]); C = "editor"
    S.q("how many circuits does this project have (including main)?", 1 + len(subs), "count", "count", C, False)
    S.q("which input pin is at the bottom of the three on the left?", labels[-1], "text", "locate", C, True)
    S.q("what's the output pin labelled", "RUN", "text", "read", C, True)
    S.q("name the last subcircuit in the explorer list", subs[-1], "text", "nth", C, True)
    S.q("What's the project file name?", "interlock", "text", "title", C, True)
    S.save()

def scene_g09():  # Scid (Tk) chess database from a generated PGN, game list window
    r = R("g09"); key = "g09_scid_gamelist"; d = TMP / key
    if d.exists(): shutil.rmtree(d)
    d.mkdir(parents=True)
    games, txt = make_pgn(r, 8)
    (d / "club.pgn").write_text(txt)
    p = start(f"/usr/games/scid {d}/club.pgn")
    wait_window("Scid: Tip of the Day"); time.sleep(2)
    xdo("windowminimize", wait_window("Scid: Tip of the Day"))
    wid = wait_window("Scid - club"); place(wid, 5, 5, 1200, 760); time.sleep(2)
    xdo("mousemove", 1275, 795); time.sleep(0.5)
    img = capture(wid, f"{key}.png"); stop(p)
    S = Scene(key, img, [txt]); C = "database"
    g0 = games[0]
    S.q("which game is selected in the list - who's got white?", g0["White"], "person", "selected", C, True)
    S.q("how many games are in this database?", len(games), "count", "count", C, False)
    S.q("how many of the games did white win", sum(g["Result"] == "1-0" for g in games), "count", "count", C, False)
    top = max(games, key=lambda g: int(g["WhiteElo"]))
    S.q("Which white player has the highest rating in the list? surname is enough", top["White"].split(",")[0], "person", "argmax", C, True)
    low = min(games, key=lambda g: int(g["BlackElo"]))
    S.q("lowest rated black player (surname)", low["Black"].split(",")[0], "person", "argmin", C, True)
    S.q("what event was the current game played at", g0["Event"], "text", "read", C, True)
    S.q("full date of the game on the board?", g0["Date"], "date", "lookup", C, True)
    S.save()

SCENES = {}
def main():
    names = sys.argv[1:] or sorted(SCENES)
    for n in names:
        print("scene", n, flush=True); SCENES[n]()
    # manifest from all records
    recs = []
    for f in sorted((TMP / "recs").glob("*.json")):
        recs += json.loads(f.read_text())
    recs.sort(key=lambda q: q["image"])
    with open(HERE / "manifest.jsonl", "w") as fh:
        for i, q in enumerate(recs, 1):
            fh.write(json.dumps(dict(id=f"s34-{i:04d}", **q), ensure_ascii=False) + "\n")
    print(len(recs), "questions")

for _k, _v in list(globals().items()):
    if _k.startswith("scene_"):
        SCENES[_k[6:]] = _v
if __name__ == "__main__":
    main()
