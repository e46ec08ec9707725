"""Terminal scenes: a real bash session inside Neovim's :terminal, shown by the neovim-qt GUI (nvim-qt).

Commands are typed into the pty with chansend(); the text the terminal holds is read back through
nvim's RPC socket (getline over the visible window) and literal golds are asserted against it."""
import os, subprocess, time, zipfile, datetime as dt
import xdisplay as X
from pools import FIRST, LAST, FIRMS, WORDS, person


def nv(sock, expr, env):
    r = subprocess.run(["nvim", "--server", sock, "--remote-expr", expr], env=env, capture_output=True, text=True,
                       timeout=20)
    return r.stdout + r.stderr  # nvim 0.7 prints --remote-expr results on stderr


def terminal_session(d, img, title, ps1, cmds, geom=(1020, 700), pos=(120, 40)):
    home = os.path.join(d, "home")
    env = X.env_base(home)
    sock = os.path.join(d, "nv.sock")
    rc = os.path.join(d, "bashrc")
    open(rc, "w").write(f"export PS1='{ps1}' LANG=C.UTF-8 TZ=UTC HISTFILE=/dev/null TERM=xterm-256color\n"
                        f"cd {d}/work\n")
    init = os.path.join(d, "init.vim")
    open(init, "w").write(
        "set nonumber norelativenumber laststatus=0 noruler noshowmode shortmess+=I\n"
        "set title titlestring=" + title.replace(" ", "\\ ") + "\n"
        "autocmd TermOpen * setlocal nonumber norelativenumber\n")
    ginit = os.path.join(d, "ginit.vim")
    open(ginit, "w").write("GuiFont! DejaVu Sans Mono:h11\nGuiTabline 0\nGuiPopupmenu 0\n")
    p = X.launch(["nvim-qt", "--nofork", "--geometry", f"{geom[0]}x{geom[1]}", "--", "-u", init, "--listen", sock,
                  "-c", f"source {ginit}", "-c", f"terminal bash --noprofile --rcfile {rc} -i", "-c", "startinsert"],
                 env, log=os.path.join(d, "app.log"))
    try:
        w = X.wait_window(r"Neovim|nvim|" + title.split()[0], 60)
        t = time.time()
        while "terminal_job_id" and not nv(sock, "exists('b:terminal_job_id')", env).strip() == "1":
            if time.time() - t > 20:
                raise TimeoutError("no terminal job")
            time.sleep(0.3)
        X.place(w, pos[0], pos[1], geom[0], geom[1])
        time.sleep(1.0)
        prompt = ps1.replace("\\$", "$")
        def screen():
            return nv(sock, 'join(getline(line("w0"), line("w$")), "\\n")', env)
        for c in cmds:
            esc = c.replace("\\", "\\\\").replace('"', '\\"')
            nv(sock, f'chansend(b:terminal_job_id, "{esc}\\n")', env)
            last, stable, t = None, 0, time.time()
            while time.time() - t < 30:
                time.sleep(0.4)
                s = screen()
                lines = [l for l in s.split("\n") if l.strip()]
                if s == last and lines and lines[-1].startswith(prompt.strip()) and lines[-1].strip() == prompt.strip():
                    stable += 1
                    if stable >= 2:
                        break
                else:
                    stable = 0
                last = s
        time.sleep(0.8)
        text = screen()
        X.sh("xdotool mousemove 1275 795")
        X.screenshot(img, w)
    finally:
        X.kill(p, 3)
    open(os.path.join(d, "screen.txt"), "w").write(text)
    return text


def workdir(d):
    w = os.path.join(d, "work")
    os.makedirs(w, exist_ok=True)
    return w


# ---------------------------------------------------------------- recutils
def term_recutils(rng, d, img):
    w = workdir(d)
    items = ["hex bolt M8", "nylon washer", "brass hinge", "cable gland", "fuse 5A", "silicone seal",
             "DIN rail clip", "spring pin", "cotter pin", "O-ring 12mm", "lock nut M6", "shim 0.5mm"]
    chosen = rng.sample(items, 9)
    bins = ["A1", "A2", "B1", "B2", "C3"]
    recs = []
    qtys = rng.sample(range(0, 60), 9)
    for i, it in enumerate(chosen):
        recs.append(dict(Sku=f"P-{rng.randint(1000, 9999)}", Item=it, Qty=qtys[i], Bin=rng.choice(bins),
                         Price=f"{rng.randint(5, 900) / 100:.2f}"))
    if min(qtys) >= 5:
        recs[qtys.index(min(qtys))]["Qty"] = rng.randint(1, 4)
    out = ["%rec: Part", "%key: Sku", "%type: Qty int", ""]
    for r in recs:
        out += [f"{k}: {v}" for k, v in r.items()] + [""]
    open(os.path.join(w, "stock.rec"), "w").write("\n".join(out))
    bq = rng.choice(bins[:4])
    cmds = ["recinf stock.rec", "rec2csv stock.rec", "recsel -e 'Qty < 5' -P Item stock.rec",
            f"recsel -c -e \"Bin = '{bq}'\" stock.rec"]
    text = terminal_session(d, img, "stores@depot: ~/inventory", "stores@depot:~/inventory$ ", cmds)
    low = [r["Item"] for r in recs if r["Qty"] < 5]
    top = max(recs, key=lambda r: r["Qty"])
    q = rng.choice(recs)
    nb = sum(r["Bin"] == bq for r in recs)
    qs = [
        ("how many records does recinf report?", len(recs), "count", "read", False),
        (f"what's the quantity on hand for the {q['Item']}?", q["Qty"], "number", "lookup", False),
        ("Which part do we have the most of?", top["Item"], "text", "argmax", True),
        (f"how many parts are stored in bin {bq}", nb, "count", "count", False),
        (f"what's the SKU of {q['Item']}", q["Sku"], "code", "lookup", True),
    ]
    if len(low) == 1:
        qs.append(("which item is running low (under 5)?", low[0], "text", "lookup", True))
    else:
        qs.append(("how many items came back from the Qty < 5 query", len(low), "count", "count", False))
    if len({r["Qty"] for r in recs}) == len(recs):
        pass
    return dict(category="terminal", questions=qs, drawn=text)


# ---------------------------------------------------------------- unzip / zipinfo
def term_zipinfo(rng, d, img):
    w = workdir(d)
    proj = rng.choice(["tidewatch", "kelpmap", "saltgauge", "moorlog"])
    ver = f"{rng.randint(1, 4)}.{rng.randint(0, 12)}.{rng.randint(0, 9)}"
    base = dt.datetime(2024, rng.randint(1, 12), rng.randint(1, 28), 9, 0)
    files = [("VERSION", (ver + "\n").encode()), ("README.txt", None), ("bin/" + proj, None),
             ("lib/libtide.so", None), ("share/stations.csv", None), ("share/icons/app.png", None),
             ("LICENSE", None)]
    zpath = os.path.join(w, f"{proj}-{ver}-linux.zip")
    meta = []
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        for i, (name, data) in enumerate(files):
            if data is None:
                n = rng.randint(300, 90000)
                # mildly compressible, deterministic content
                data = bytes((rng.randrange(256) if rng.random() < 0.5 else 65) for _ in range(n))
            t = base + dt.timedelta(minutes=rng.randint(0, 3000))
            zi = zipfile.ZipInfo(name, date_time=(t.year, t.month, t.day, t.hour, t.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
            meta.append(dict(name=name, size=len(data), t=t))
    zn = os.path.basename(zpath)
    cmds = [f"unzip -l {zn}", f"zipinfo -t {zn}", f"unzip -p {zn} VERSION"]
    text = terminal_session(d, img, f"build@ci-07: ~/dist", "build@ci-07:~/dist$ ", cmds)
    big = max(meta, key=lambda m: m["size"])
    small = min(meta, key=lambda m: m["size"])
    total = sum(m["size"] for m in meta)
    latest = max(meta, key=lambda m: m["t"])
    qs = [
        ("Which file in the zip is the largest?", big["name"], "text", "argmax", True),
        ("how many files are in the archive", len(meta), "count", "count", False),
        ("what version does the VERSION file say", ver, "version", "version", True),
        ("total uncompressed size in bytes?", total, "number", "sum", True),
        ("smallest entry?", small["name"], "text", "argmin", True),
        ("which file was modified most recently?", latest["name"], "text", "latest", True),
    ]
    return dict(category="terminal", questions=qs, drawn=text)


# ---------------------------------------------------------------- xmlstarlet / xmllint
def term_xml(rng, d, img):
    w = workdir(d)
    names = rng.sample(["Cairnholm", "Dunmore Pier", "Eskvale", "Fallowfield", "Gorsebrook", "Heronsgate",
                        "Inverlee", "Kestrel Point"], 6)
    st = []
    temps = rng.sample(range(40, 190), 6); winds = rng.sample(range(3, 48), 6)
    for n, t, wd in zip(names, temps, winds):
        st.append(dict(id=n, code=n[:3].upper() + str(rng.randint(10, 99)), temp=t / 10, wind=wd))
    x = ['<?xml version="1.0"?>', "<stations>"]
    for s in st:
        x.append(f'  <station code="{s["code"]}" name="{s["id"]}"><temp>{s["temp"]}</temp><wind>{s["wind"]}</wind></station>')
    x.append("</stations>")
    open(os.path.join(w, "stations.xml"), "w").write("\n".join(x) + "\n")
    # a broken copy: one closing tag misspelt
    bad = list(x)
    k = rng.randint(2, len(bad) - 2)
    bad[k] = bad[k].replace("</wind>", "</wnd>")
    open(os.path.join(w, "stations_draft.xml"), "w").write("\n".join(bad) + "\n")
    cmds = ["xmllint --version 2>&1 | head -1",
            "xmlstarlet sel -t -m //station -v @code -o '  ' -v @name -o '  ' -v temp -o ' C  ' -v wind -o ' kn' -n stations.xml",
            "xmlstarlet sel -t -v 'count(//station)' -n stations.xml",
            "xmllint --noout stations_draft.xml"]
    text = terminal_session(d, img, "met@obs: ~/feeds", "met@obs:~/feeds$ ", cmds)
    import re
    libver = re.search(r"libxml version (\d+)", text).group(1)
    warm = max(st, key=lambda s: s["temp"]); calm = min(st, key=lambda s: s["wind"])
    q = rng.choice(st)
    qs = [
        ("which station is the warmest?", warm["id"], "text", "argmax", True),
        ("Which station has the lightest wind?", calm["id"], "text", "argmin", True),
        (f"wind speed at {q['id']}?", f"{q['wind']}", "number", "lookup", True),
        ("On which line of stations_draft.xml does xmllint report the error?", k + 1, "number", "error", False),
        ("what's wrong with stations_draft.xml according to xmllint?",
         f"Opening and ending tag mismatch: wind line {k + 1} and wnd", "error", "error", True),
        ("libxml version number printed?", libver, "version", "version", True),
    ]
    return dict(category="terminal", questions=qs, drawn=text)


# ---------------------------------------------------------------- tclsh
def term_tcl(rng, d, img):
    w = workdir(d)
    clients = rng.sample(FIRMS, 5)
    rows = [(c, rng.randint(3, 40), rng.choice([45, 60, 75, 90]), rng.choice(["GBP", "GBP", "GBP", "EUR"])) for c in clients]
    bad = rng.randrange(5)
    rows = [(c, h, r, "GBP") for c, h, r, _ in rows]
    rows[bad] = (rows[bad][0], rows[bad][1], rows[bad][2], "CHF")
    tcl = ["array set rate {GBP 1.0 EUR 0.86}", "set total 0",
           'puts [format "%-24s %6s %6s %10s" Client Hours Rate Amount]',
           "foreach {client hours hrate cur} {"]
    for c, h, r, cur in rows:
        tcl.append(f'    "{c}" {h} {r} {cur}')
    tcl += ["} {",
            "    set amt [expr {$hours * $hrate * $rate($cur)}]",
            "    set total [expr {$total + $amt}]",
            '    puts [format "%-24s %6d %6d %10.2f" $client $hours $hrate $amt]',
            "}", 'puts [format "%-24s %24.2f" TOTAL $total]']
    open(os.path.join(w, "invoice_run.tcl"), "w").write("\n".join(tcl) + "\n")
    cmds = ["echo 'puts [info patchlevel]' | tclsh", "tclsh invoice_run.tcl"]
    text = terminal_session(d, img, "accounts@ledger: ~/billing", "accounts@ledger:~/billing$ ", cmds)
    import re
    pl = re.search(r"\n(8\.\d+\.\d+)", text).group(1)
    done = rows[:bad]
    qs = [
        ("What Tcl patchlevel is installed?", pl, "version", "version", True),
        ("the script crashed — what's the error message?", f'can\'t read "rate(CHF)": no such element in array',
         "error", "error", True),
        ("which client was being processed when it failed?", rows[bad][0], "text", "error", False),
        ("how many invoice lines got printed before the error", len(done), "count", "count", False),
    ]
    if done:
        top = max(done, key=lambda r: r[1] * r[2])
        if len(done) >= 2 and sum(1 for r in done if r[1] * r[2] == top[1] * top[2]) == 1:
            qs.append(("Of the lines printed, which client has the biggest amount?", top[0], "text", "argmax", True))
        q = rng.choice(done)
        qs.append((f"how many hours were billed to {q[0]}?", q[1], "number", "cell", False))
        if len(done) == 1:
            qs.append((f"What amount did the script print for {q[0]}?", f"{q[1] * q[2]:.2f}", "money", "cell", True))
    return dict(category="terminal", questions=qs, drawn=text)


# ---------------------------------------------------------------- shellcheck
def term_shellcheck(rng, d, img):
    w = workdir(d)
    target = rng.choice(["/srv/tidewatch", "/opt/kelpmap", "/var/www/moorlog"])
    body = ["#!/bin/bash", f"DEST={target}", "RELEASE=$1", "",
            "echo Deploying $RELEASE to $DEST",
            "cd $DEST/releases",
            "for f in $(ls *.tar.gz); do",
            "  tar xzf $f",
            "done",
            "if [ $RELEASE == latest ]; then",
            "  ln -sfn current $DEST/live",
            "fi",
            "read -p 'Restart service? ' answer",
            "exit 0"]
    open(os.path.join(w, "deploy.sh"), "w").write("\n".join(body) + "\n")
    cmds = ["shellcheck --version | head -2", "shellcheck -f gcc deploy.sh", "shellcheck -f gcc deploy.sh | wc -l"]
    text = terminal_session(d, img, "ops@bastion: ~/scripts", "ops@bastion:~/scripts$ ", cmds)
    r = subprocess.run(["shellcheck", "-f", "gcc", "deploy.sh"], cwd=w, capture_output=True, text=True)
    diags = r.stdout.strip().split("\n")
    import re
    parsed = [re.match(r"deploy\.sh:(\d+):(\d+): (\w+): (.*) \[(SC\d+)\]", l).groups() for l in diags]
    ver = re.search(r"version: (\S+)", text).group(1)
    codes = [p[4] for p in parsed]
    from collections import Counter
    cc = Counter(codes)
    common = cc.most_common(1)[0]
    ls_line = [p for p in parsed if p[4] == "SC2045"]
    errs = [p for p in parsed if p[2] == "error"]
    qs = [
        ("what shellcheck version is this?", ver, "version", "version", True),
        ("How many findings did shellcheck report?", len(parsed), "count", "count", False),
        ("which SC code shows up most often", common[0], "code", "argmax", True),
    ]
    if ls_line:
        qs.append(("On what line does it complain about iterating over ls output?", ls_line[0][0], "number", "lookup", False))
    if len(errs) == 1:
        qs.append(("what does the one error (not warning) say?", errs[0][3], "error", "error", True))
    q = [p for p in parsed if cc[p[4]] == 1 and p[2] != "error"]
    if q:
        qq = q[0]
        qs.append((f"what's flagged on line {qq[0]}, column {qq[1]}?", qq[4], "code", "cell", True))
    return dict(category="terminal", questions=qs, drawn=text)


# ---------------------------------------------------------------- guile
def term_guile(rng, d, img):
    w = workdir(d)
    readings = [(rng.choice(FIRST), rng.randint(120, 980)) for _ in range(6)]
    names = []
    for n, v in readings:
        if n not in names:
            names.append(n)
    rd = [(n, dict(readings)[n]) for n in names]
    scm = [";; meter.scm - monthly meter readings", "(use-modules (ice-9 format))",
           "(define readings '(" + " ".join(f'("{n}" . {v})' for n, v in rd) + "))",
           "(for-each (lambda (r) (format #t \"~10a ~5d kWh~%\" (car r) (cdr r))) readings)",
           "(format #t \"total: ~a kWh~%\" (apply + (map cdr readings)))",
           "(format #t \"mean:  ~,1f kWh~%\" (/ (apply + (map cdr readings)) (length readings)))",
           "(display (tariff-for (car readings)))",
           "(newline)"]
    open(os.path.join(w, "meter.scm"), "w").write("\n".join(scm) + "\n")
    cmds = ["guile --version | head -1", "guile --no-auto-compile meter.scm"]
    text = terminal_session(d, img, "flat3@homebox: ~/meters", "flat3@homebox:~/meters$ ", cmds)
    import re
    gv = re.search(r"GNU Guile\) (\S+)", text).group(1)
    total = sum(v for _, v in rd)
    mean = total / len(rd)
    hi = max(rd, key=lambda r: r[1]); lo = min(rd, key=lambda r: r[1])
    qs = [
        ("which Guile version?", gv, "version", "version", True),
        ("total kWh across all meters", total, "number", "sum", True),
        ("Who used the most electricity?", hi[0], "person", "argmax", True),
        ("what's the mean reading?", f"{mean:.1f}", "number", "mean", True),
        ("why did the script stop at the end?", "Unbound variable: tariff-for", "error", "error", True),
        (f"lowest reading belongs to?", lo[0], "person", "argmin", True),
    ]
    return dict(category="terminal", questions=qs, drawn=text)


SCENES = [
    ("term_recutils", term_recutils),
    ("term_zipinfo", term_zipinfo),
    ("term_xml", term_xml),
    ("term_tcl", term_tcl),
    ("term_shellcheck", term_shellcheck),
    ("term_guile", term_guile),
]
