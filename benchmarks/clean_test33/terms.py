"""Terminal screenshots (13): HTML terminal mock rendered with chromium, or drawn with Pillow.
Lines use a tiny markup: [[g]]green text[[/]] ; keys are theme colour names."""
import re
from build import E
from PIL import Image, ImageDraw, ImageFont

THEMES = {
    "ink": dict(bg="#1b1d23", fg="#d7dae0", bar="#2a2d35", g="#98c379", r="#e06c75", y="#e5c07b", b="#61afef", c="#56b6c2", m="#c678dd", d="#7f848e", B="#ffffff"),
    "paper": dict(bg="#fbf8f1", fg="#3b3a36", bar="#e6e1d3", g="#3f7d20", r="#b3261e", y="#946200", b="#1f5fbf", c="#00798c", m="#8b3fa8", d="#8d8a80", B="#000000"),
    "moss": dict(bg="#0f1a14", fg="#cfe8d5", bar="#1d2d23", g="#7fd88f", r="#ff7a6b", y="#f2d36b", b="#7fb8ff", c="#6fe0d0", m="#e39bff", d="#6b8a74", B="#ffffff"),
    "navy": dict(bg="#0c1630", fg="#dbe4ff", bar="#17244a", g="#8ee59d", r="#ff8080", y="#ffd479", b="#82aaff", c="#7fdbff", m="#d7a6ff", d="#6f7fa6", B="#ffffff"),
    "mocha": dict(bg="#2b211c", fg="#ecdcc8", bar="#3a2d26", g="#b5d17f", r="#f08a72", y="#f4c26b", b="#8fb4d9", c="#7ccbbd", m="#d89ad6", d="#9a8676", B="#fff6ea"),
    "slate": dict(bg="#eef1f5", fg="#1f2937", bar="#d5dbe3", g="#15803d", r="#b91c1c", y="#a16207", b="#1d4ed8", c="#0e7490", m="#7e22ce", d="#6b7280", B="#000000"),
    "plum": dict(bg="#221628", fg="#eadcf0", bar="#33223b", g="#a6e3a1", r="#f38ba8", y="#f9e2af", b="#89b4fa", c="#94e2d5", m="#f5c2e7", d="#8c7a96", B="#ffffff"),
    "black": dict(bg="#000000", fg="#c0c0c0", bar="#222222", g="#33cc33", r="#ff4444", y="#dddd33", b="#5c8cff", c="#33cccc", m="#cc66cc", d="#808080", B="#ffffff"),
}
FONTS = {  # css family, ttf path, width ratio
    "jetbrains": ("'JetBrains Mono'", "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf", 0.6),
    "fira": ("'Fira Code'", "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf", 0.6),
    "dejavu": ("'DejaVu Sans Mono'", "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0.602),
    "liberation": ("'Liberation Mono'", "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf", 0.6),
    "hack": ("'Hack'", "/usr/share/fonts/truetype/hack/Hack-Regular.ttf", 0.602),
    "inconsolata": ("'Inconsolata'", "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf", 0.5),
}
from PIL import features as _feat
NOLIG = ["-liga", "-calt"] if _feat.check("raqm") else None
MK = re.compile(r"\[\[(\w)\]\](.*?)\[\[/\]\]")


def segs(line):
    out, pos = [], 0
    for m in MK.finditer(line):
        if m.start() > pos:
            out.append((line[pos:m.start()], None))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(line):
        out.append((line[pos:], None))
    return out


def plain(line):
    return "".join(t for t, _ in segs(line))


def render(S, name, lines, theme, fontkey, title, route="html", fs=15):
    th = THEMES[theme]
    fam, path, ratio = FONTS[fontkey]
    cols = max(len(plain(l)) for l in lines) + 2
    shown = [plain(l) for l in lines]
    if route == "html":
        body = []
        for l in lines:
            body.append("".join(E(t) if k is None else f"<span style='color:{th[k]}{';font-weight:bold' if k == 'B' else ''}'>{E(t)}</span>" for t, k in segs(l)))
        W = int(cols * fs * ratio) + 36
        doc = f"""<!doctype html><html><head><meta charset="utf-8"><style>body{{margin:0;background:{th['bg']}}}
.bar{{background:{th['bar']};color:{th['d']};font:13px 'DejaVu Sans',sans-serif;padding:7px 12px;display:flex;align-items:center;gap:7px}}
.bar i{{width:11px;height:11px;border-radius:50%;display:inline-block;background:{th['d']};opacity:.6}}.bar span{{flex:1;text-align:center;margin-right:50px}}
pre{{margin:0;padding:12px 18px 16px;color:{th['fg']};font-family:{fam},monospace;font-size:{fs}px;line-height:1.38;white-space:pre;font-variant-ligatures:none;font-feature-settings:'liga' 0,'calt' 0}}</style></head>
<body><div class=bar><i></i><i></i><i></i><span>{E(title)}</span></div><pre>{chr(10).join(body)}</pre></body></html>"""
        S.html(name, doc, W, 1400)
        S.meta["renderer"] = "chromium (HTML terminal mock)"
        bad = [s for s in shown if not norm_in(s, S.text)]
        assert not bad, bad
        S.text = " ".join(shown + [title])
    else:
        f = ImageFont.truetype(path, fs)
        cw = f.getlength("M")
        lh = int(fs * 1.4)
        W = int(cols * cw) + 36
        H = 34 + 14 + lh * len(lines) + 16
        im = Image.new("RGB", (W, H), th["bg"])
        d = ImageDraw.Draw(im)
        d.rectangle((0, 0, W, 30), fill=th["bar"])
        tf = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 13)
        d.text((W // 2, 15), title, font=tf, fill=th["d"], anchor="mm")
        for i in range(3):
            d.ellipse((12 + i * 18, 10, 23 + i * 18, 21), fill=th["d"])
        y = 44
        for l in lines:
            x = 18
            for t, k in segs(l):
                d.text((x, y), t, font=f, fill=th[k] if k else th["fg"], features=NOLIG)
                x += f.getlength(t, features=NOLIG)
            y += lh
        S.pil(name, im, shown + [title])
        S.meta["renderer"] = "Pillow (drawn terminal)"
    S.meta["theme"] = theme
    S.meta["font"] = fam.strip("'")


def norm_in(s, text):
    return " ".join(s.split()) in text


PROMPTS = ["[[g]]{u}@{h}[[/]]:[[b]]{p}[[/]]$ ", "[[c]]{p}[[/]] [[m]]>[[/]] ", "[[y]]{h}[[/]] [[d]]{p}[[/]] % ", "[{u}@{h} {p}]$ "]


_PR = {}


def prompt(r, p):
    """Same prompt style/user/host for every prompt line of one scene (keyed by the scene's Random)."""
    if id(r) not in _PR:
        _PR[id(r)] = (r.choice(PROMPTS), r.choice(["dana", "ops", "kemal", "ines", "root", "build"]),
                      r.choice(["atlas", "kestrel", "lab-02", "vm-eu1", "quartz"]))
    f, u, h = _PR[id(r)]
    return f.format(u=u, h=h, p=p)


# 1 hledger balance
def term_hledger(S):
    r = S.rng
    S.category = "terminal"
    accts = ["expenses:food:groceries", "expenses:food:eating-out", "expenses:housing:rent", "expenses:transport:fuel",
             "expenses:utilities:internet", "expenses:health:pharmacy", "expenses:leisure:books"]
    vals = {a: round(r.uniform(20, 600), 2) for a in accts}
    vals["expenses:housing:rent"] = float(r.choice([1150, 1275, 1390]))
    tot = round(sum(vals.values()), 2)
    w = 12
    lines = [prompt(r, "~/money") + "hledger -f 2025.journal balance expenses -p 2025-09"]
    for a in accts:
        lines.append(f"[[B]]{('$' + format(vals[a], ',.2f')).rjust(w)}[[/]]  [[b]]{a}[[/]]")
    lines.append("-" * w)
    lines.append(f"[[B]]{('$' + format(tot, ',.2f')).rjust(w)}[[/]]")
    render(S, "term_hledger_balance", lines, "ink", "jetbrains", "~/money — zsh", "html")
    S.meta["content"] = "hledger balance report for one month"
    S.q("what did I spend in total in September according to this?", f"${tot:,.2f}", "money", "read", True)
    S.q("how much on eating out", f"${vals['expenses:food:eating-out']:,.2f}", "money", "lookup", True)
    nonrent = {k: v for k, v in vals.items() if "rent" not in k}
    big = max(nonrent, key=nonrent.get)
    S.q("other than rent, which account is the biggest expense?", big, "text", "argmax", True)


# 2 borg list + info
def term_borg(S):
    r = S.rng
    S.category = "terminal"
    n = r.randint(6, 9)
    days = sorted(r.sample(range(1, 29), n))
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    import datetime
    arch = []
    for d in days:
        dt = datetime.date(2025, 10, d)
        arch.append((f"kestrel-2025-10-{d:02d}", f"{wd[dt.weekday()]}, 2025-10-{d:02d} 02:{r.randint(0,9):02d}:{r.randint(0,59):02d}", "".join(r.choice("0123456789abcdef") for _ in range(64))))
    lines = [prompt(r, "~") + "borg list /mnt/vault/borg-repo"]
    for a, t, h in arch:
        lines.append(f"{a.ljust(26)}{t} [{h}]")
    last = arch[-1][0]
    osz = round(r.uniform(40, 90), 2); csz = round(osz * r.uniform(0.55, 0.75), 2); dsz = round(r.uniform(0.2, 3.5), 2)
    lines += [prompt(r, "~") + f"borg info /mnt/vault/borg-repo::{last}",
              f"Archive name: {last}", f"Archive fingerprint: {arch[-1][2]}", f"Time (start): {arch[-1][1]}",
              f"Duration: {r.randint(2,14)} minutes {r.randint(1,59)}.{r.randint(10,99)} seconds", f"Number of files: {r.randint(180000,420000)}",
              "Utilization of max. archive size: 0%",
              "-" * 78, "                       Original size      Compressed size    Deduplicated size",
              f"This archive:                {osz:.2f} GB             {csz:.2f} GB              {dsz:.2f} GB"]
    render(S, "term_borg_archives", lines, "moss", "hack", "backups", "pil", fs=14)
    S.meta["content"] = "borg list of nightly archives + borg info for the newest"
    S.q("how many backup archives are in the repo?", n, "count", "count", False)
    S.q("what's the newest archive called", last, "text", "latest", True)
    S.q("how much new space did the last backup actually take after dedup?", f"{dsz:.2f} GB", "text", "lookup", True)


# 3 sqlite3 (box mode)
def term_sqlite(S):
    r = S.rng
    S.category = "terminal"
    names = ["trail shoe 42", "rain shell M", "merino beanie", "dry bag 20L", "headlamp 400lm", "camp stove", "water filter", "bivvy sack"]
    rows = [(f"SKU-{r.randint(1000,9999)}", nm, r.randint(0, 240)) for nm in r.sample(names, 7)]
    while len(set(x[2] for x in rows)) < 7:
        rows = [(x[0], x[1], r.randint(0, 240)) for x in rows]
    w = [10, 16, 7]
    c = lambda t, n: t.center(n)
    lines = [prompt(r, "~/shop") + "sqlite3 -box gearhub.db \"SELECT sku, name, stock FROM inventory WHERE warehouse = 'W2';\"",
             "┌" + "┬".join("─" * n for n in w) + "┐",
             "│" + "│".join("[[B]]" + c(h, n) + "[[/]]" for h, n in zip(["sku", "name", "stock"], w)) + "│",
             "├" + "┼".join("─" * n for n in w) + "┤"]
    for s_, nm, st in rows:
        lines.append(f"│ {s_.ljust(w[0]-1)}│ {nm.ljust(w[1]-1)}│ {str(st).rjust(w[2]-2)} │")
    lines.append("└" + "┴".join("─" * n for n in w) + "┘")
    lines.append(prompt(r, "~/shop"))
    render(S, "term_sqlite_inventory", lines, "black", "liberation", "~/shop", "html")
    S.meta["content"] = "sqlite3 -box query result table"
    x = r.choice(rows)
    S.q(f"stock level for the {x[1]}?", x[2], "number", "cell", True)
    lo = min(rows, key=lambda x: x[2])
    S.q("which product is lowest on stock in W2", lo[1], "text", "argmin", True)
    S.q("how many rows came back", len(rows), "count", "count", False)


# 4 liquibase update failure
def term_liquibase(S):
    r = S.rng
    S.category = "terminal"
    ver = f"4.{r.randint(24,29)}.{r.randint(0,2)}"
    cs = [("2025-01-create-customers.yaml", "1", "ines"), ("2025-02-add-orders.yaml", "2", "kemal"), ("2025-03-order-index.yaml", "3", "ines"),
          ("2025-04-invoice-due-date.yaml", "4", "dana"), ("2025-05-drop-legacy-flags.yaml", "5", "kemal")]
    k = r.randint(2, 4)
    fail = cs[k]
    col = r.choice(["due_date", "billing_ref", "region_code"])
    lines = [prompt(r, "~/svc/db") + "liquibase update --changelog-file=changelog/root.yaml",
             f"Starting Liquibase at 09:{r.randint(10,59)}:{r.randint(10,59)} (version {ver} #{r.randint(1000,9999)} built at 2024-11-12)",
             "Liquibase Version: " + ver]
    for f, i, a in cs[:k]:
        lines.append(f"Running Changeset: changelog/{f}::{i}::{a}")
    lines += [f"Running Changeset: changelog/{fail[0]}::{fail[1]}::{fail[2]}",
              "", "UPDATE SUMMARY", f"Run:                          {k}", "Previously run:               0", "Filtered out:                 0",
              "-------------------------------", f"Total change sets:            {len(cs)}", "",
              f"[[r]]ERROR: Exception Details[[/]]", f"[[r]]ERROR: Exception Primary Class:  PSQLException[[/]]",
              f"[[r]]ERROR: Exception Primary Reason:  ERROR: column \"{col}\" of relation \"invoices\" already exists[[/]]",
              f"[[r]]ERROR: Exception Primary Source:  PostgreSQL 16.4[[/]]", "",
              f"Unexpected error running Liquibase: Migration failed for changeset changelog/{fail[0]}::{fail[1]}::{fail[2]}:"]
    render(S, "term_liquibase_update", lines, "paper", "dejavu", "~/svc/db — update", "html", fs=14)
    S.meta["content"] = "liquibase update that fails on a changeset with a PSQLException"
    S.q("which changeset failed?", f"changelog/{fail[0]}::{fail[1]}::{fail[2]}", "code", "error", True)
    S.q("why did the migration fail — what's the reason given", f"ERROR: column \"{col}\" of relation \"invoices\" already exists", "error", "error", True)
    S.q("how many changesets ran OK before it blew up", k, "count", "count", True)


# 5 sbt test
def term_sbt(S):
    r = S.rng
    S.category = "terminal"
    sv = f"1.{r.randint(9,10)}.{r.randint(1,9)}"
    suites = ["LedgerSpec", "InvoiceParserSpec", "RateLimiterSpec", "CurrencySpec", "ReportWriterSpec"]
    failing = r.sample(suites, 2)
    passed = r.randint(40, 90); failed = r.randint(2, 4); ign = r.randint(0, 3)
    lines = [prompt(r, "~/code/ledger") + "sbt test", f"[info] welcome to sbt {sv} (Eclipse Adoptium Java 17.0.12)",
             "[info] loading settings for project ledger-build from plugins.sbt ...", "[info] compiling 38 Scala sources to /home/ines/code/ledger/target/scala-3.3.4/classes ...",
             f"[info] [[g]]{suites[0]}:[[/]]", "[info] [[g]]- posts balanced entries[[/]]"]
    lines += [f"[info] [[r]]{failing[0]}:[[/]]", f"[info] [[r]]- rounds half-even on 0.005 *** FAILED ***[[/]]",
              f"[info] [[r]]  BigDecimal(\"10.01\") did not equal BigDecimal(\"10.00\") ({failing[0]}.scala:{r.randint(20,140)})[[/]]",
              f"[info] [[r]]{failing[1]}:[[/]]", f"[info] [[r]]- rejects empty header *** FAILED ***[[/]]",
              "[info] Run completed in 4 seconds, 812 milliseconds.",
              f"[info] Total number of tests run: {passed + failed}",
              f"[info] Suites: completed {len(suites)}, aborted 0",
              f"[info] Tests: succeeded {passed}, failed {failed}, canceled 0, ignored {ign}, pending 0",
              f"[info] [[r]]*** {failed} TESTS FAILED ***[[/]]",
              "[error] Failed tests:", f"[error] \tledger.{failing[0]}", f"[error] \tledger.{failing[1]}",
              f"[error] (Test / test) sbt.TestsFailedException: Tests unsuccessful",
              f"[error] Total time: {r.randint(9,40)} s, completed Nov 3, 2025, 4:{r.randint(10,59)}:{r.randint(10,59)} PM"]
    lines = [l.replace("\t", "    ") for l in lines]
    render(S, "term_sbt_test", lines, "navy", "fira", "sbt test", "pil", fs=14)
    S.meta["content"] = "sbt test run with two failing suites"
    S.q("how many tests failed", failed, "count", "count", True)
    S.q("what version of sbt is this", sv, "version", "version", True)
    S.q("how many passed?", passed, "count", "lookup", True)


# 6 dune build
def term_dune(S):
    r = S.rng
    S.category = "terminal"
    ln = r.randint(18, 90)
    fn = r.choice(["sum_list", "parse_row", "to_cents"])
    var = {"sum_list": "sum_lists", "parse_row": "parse_rows", "to_cents": "of_cents"}[fn]
    c0 = r.randint(12, 20)
    src = f"  let total = {fn} items in"
    col = src.index(fn)
    lines = [prompt(r, "~/src/tally") + "dune build", f"File \"bin/main.ml\", line {ln}, characters {col}-{col+len(fn)}:",
             f"{ln} |{src}", " " * (len(str(ln)) + 2 + col) + "[[r]]" + "^" * len(fn) + "[[/]]",
             f"[[r]]Error[[/]]: Unbound value {fn}", f"Hint: Did you mean {var}?",
             f"File \"lib/report.ml\", line {c0}, characters 6-11:", f"{c0} |   let width = 80 in", "            ^^^^^",
             "[[y]]Error (warning 26 [unused-var])[[/]]: unused variable width.", prompt(r, "~/src/tally")]
    render(S, "term_dune_build", lines, "mocha", "jetbrains", "dune build — tally", "html", fs=15)
    S.meta["content"] = "dune build with an OCaml unbound-value error and an unused-variable warning"
    S.q("what line of main.ml is the error on?", ln, "number", "locate", True)
    S.q("whats the actual error", f"Unbound value {fn}", "error", "error", True)
    S.q("what does the compiler suggest instead?", var, "code", "lookup", True)


# 7 pyright
def term_pyright(S):
    r = S.rng
    S.category = "terminal"
    files = {"app/models.py": [], "app/routes/orders.py": [], "app/services/mailer.py": []}
    msgs = [('error', '"id" is not a known attribute of "None" (reportOptionalMemberAccess)'),
            ('error', 'Argument of type "str | None" cannot be assigned to parameter "email" of type "str" (reportArgumentType)'),
            ('error', 'Import "requests_toolbelt" could not be resolved (reportMissingImports)'),
            ('error', 'Cannot access attribute "totl" for class "Order" (reportAttributeAccessIssue)'),
            ('warning', 'Variable "resp" is not accessed (reportUnusedVariable)'),
            ('error', 'Expression of type "None" cannot be assigned to return type "int" (reportReturnType)')]
    fl = list(files)
    weights = r.sample([1, 2, 3], 3)
    pool = msgs[:]
    r.shuffle(pool)
    for f, wgt in zip(fl, weights):
        for _ in range(wgt):
            files[f].append(pool.pop())
    ne = sum(1 for f in fl for k, _ in files[f] if k == "error"); nw = sum(1 for f in fl for k, _ in files[f] if k == "warning")
    lines = [prompt(r, "~/proj/shopfront") + "pyright"]
    for f in fl:
        lines.append(f"/home/ines/proj/shopfront/{f}")
        lns = sorted(r.sample(range(5, 200), len(files[f])))
        for (k, m), ln in zip(files[f], lns):
            c = "r" if k == "error" else "y"
            lines.append(f"  /home/ines/proj/shopfront/{f}:{ln}:{r.randint(1,40)} - [[{c}]]{k}[[/]]: {m}")
    lines.append(f"{ne} error{'s' if ne != 1 else ''}, {nw} warning{'s' if nw != 1 else ''}, 0 informations ")
    render(S, "term_pyright", lines, "slate", "inconsolata", "pyright — shopfront", "pil", fs=16)
    S.meta["content"] = "pyright type-check output across three files"
    S.q("how many errors did pyright report", ne, "count", "count", True)
    top = max(fl, key=lambda f: len(files[f]))
    S.q("which file has the most problems?", top, "text", "argmax", True)
    miss = [(f, m) for f in fl for k, m in files[f] if "could not be resolved" in m][0]
    S.q("which import couldn't be resolved", "requests_toolbelt", "code", "lookup", True)


# 8 lynis audit
def term_lynis(S):
    r = S.rng
    S.category = "terminal"
    hi = r.randint(55, 84)
    tests = r.randint(230, 280)
    warns = r.sample([("Found one or more vulnerable packages.", "PKGS-7392"), ("Couldn't find 2 responsive nameservers", "NETW-2705"),
                      ("Reboot of system is most likely needed", "KRNL-5830"), ("SSH option PermitRootLogin is set to yes", "SSH-7408")], r.randint(2, 3))
    ns = r.randint(18, 40)
    bar = "#" * (hi // 5) + " " * (20 - hi // 5)
    lines = [prompt(r, "~") + "sudo lynis audit system --quick", "  [ Lynis 3.1.2 ]", "  ...", "  -[ Lynis 3.1.2 Results ]-", "",
             f"  [[r]]Warnings ({len(warns)}):[[/]]", "  ----------------------------"]
    for w, code in warns:
        lines += [f"  [[r]]![[/]] {w} [{code}]", f"      https://cisofy.com/lynis/controls/{code}/", ""]
    lines += [f"  [[y]]Suggestions ({ns}):[[/]]", "  ----------------------------", "  * Consider hardening SSH configuration [SSH-7408]", "  ...", "",
              "  ================================================================================", "", "  Lynis security scan details:", "",
              f"  Hardening index : [[g]]{hi}[[/]] [[[g]]{bar}[[/]]]", f"  Tests performed : {tests}", "  Plugins enabled : 0", "",
              "  Components:", "  - Firewall               [[[g]]V[[/]]]", "  - Malware scanner        [[[r]]X[[/]]]"]
    render(S, "term_lynis_audit", lines, "plum", "dejavu", "security audit", "html", fs=14)
    S.meta["content"] = "lynis audit summary: warnings, suggestions, hardening index"
    S.q("what's the hardening index", hi, "number", "read", True)
    S.q("how many warnings were there?", len(warns), "count", "count", True)
    w = r.choice(warns)
    S.q(f"what's the test id for the warning about '{w[0].rstrip('.').lower()}'", w[1], "code", "lookup", True)
    S.q("is a malware scanner installed according to lynis?", "no", "yesno", "exists", False)


# 9 mediainfo
def term_mediainfo(S):
    r = S.rng
    S.category = "terminal"
    w, h = r.choice([(1920, 1080), (3840, 2160), (1280, 720)])
    fps = r.choice(["23.976", "25.000", "29.970"])
    mins = r.randint(8, 58)
    acodec = r.choice(["AAC LC", "Opus", "E-AC-3"])
    lang = r.choice(["English", "Portuguese", "Icelandic".replace("Icelandic", "Finnish")])
    kv = lambda k, v: f"{k.ljust(41)}: {v}"
    grp = lambda n: f"{n:,}".replace(",", " ")
    fname = r.choice(["harbour_timelapse_final.mkv", "interview_cam_b.mkv", "ferry_crossing_edit.mkv"])
    lines = [prompt(r, "~/footage") + f"mediainfo {fname}", "General", kv("Complete name", fname), kv("Format", "Matroska"),
             kv("File size", f"{r.randint(2,9)}.{r.randint(10,99)} GiB"), kv("Duration", f"{mins} min {r.randint(1,59)} s"),
             kv("Overall bit rate", f"{r.randint(8,40)}.{r.randint(1,9)} Mb/s"), "", "Video", kv("Format", "AVC"), kv("Format profile", "High@L4.1"),
             kv("Width", f"{grp(w)} pixels"), kv("Height", f"{grp(h)} pixels"), kv("Display aspect ratio", "16:9"),
             kv("Frame rate", f"{fps} FPS"), kv("Bit depth", "8 bits"), "", "Audio", kv("Format", acodec), kv("Channel(s)", "2 channels"),
             kv("Sampling rate", "48.0 kHz"), kv("Language", lang)]
    render(S, "term_mediainfo", lines, "ink", "inconsolata", "~/footage", "pil", fs=16)
    S.meta["content"] = "mediainfo report for a Matroska video"
    S.q("what frame rate is this video?", f"{fps} FPS", "text", "lookup", True)
    S.q("what's the audio format", acodec, "text", "lookup", True)
    S.q("is it 4K? what's the height in pixels", h, "number", "lookup", False)


# 10 pdm list
def term_pdm(S):
    r = S.rng
    S.category = "terminal"
    pk = [("httpx", "0.27.2"), ("pydantic", "2.9.2"), ("rich", "13.9.4"), ("typer", "0.12.5"), ("sqlmodel", "0.0.22"), ("orjson", "3.10.11"),
          ("anyio", "4.6.2"), ("tenacity", "9.0.0"), ("structlog", "24.4.0")]
    pk = sorted(r.sample(pk, 7))
    W1 = max(len(a) for a, _ in pk) + 2
    lines = [prompt(r, "~/tools/harvester") + "pdm list",
             "╭" + "─" * W1 + "┬" + "─" * 10 + "┬" + "─" * 34 + "╮",
             "│ [[B]]" + "name".ljust(W1 - 1) + "[[/]]│ [[B]]" + "version".ljust(9) + "[[/]]│ [[B]]" + "location".ljust(33) + "[[/]]│",
             "├" + "─" * W1 + "┼" + "─" * 10 + "┼" + "─" * 34 + "┤"]
    for a, v in pk:
        lines.append("│ [[c]]" + a.ljust(W1 - 1) + "[[/]]│ [[g]]" + v.ljust(9) + "[[/]]│ " + "".ljust(33) + "│")
    lines.append("╰" + "─" * W1 + "┴" + "─" * 10 + "┴" + "─" * 34 + "╯")
    render(S, "term_pdm_list", lines, "navy", "jetbrains", "pdm list — harvester", "html", fs=15)
    S.meta["content"] = "pdm list table of installed packages"
    a, v = r.choice(pk)
    S.q(f"which version of {a} is installed?", v, "version", "version", True)
    S.q("how many packages are listed", len(pk), "count", "count", False)
    S.q("what's the 3rd package in the list?", pk[2][0], "text", "nth", True)


# 11 dvc exp show
def term_dvc(S):
    r = S.rng
    S.category = "terminal"
    exps = []
    for nm in ["workspace", "main", "tidy-moth", "sharp-oboe", "brisk-lynx", "quiet-fern"]:
        acc = round(r.uniform(0.81, 0.95), 4); loss = round(r.uniform(0.15, 0.52), 4)
        exps.append((nm, acc, loss, r.choice(["0.001", "0.0003", "0.003"]), r.choice([16, 32, 64])))
    while len(set(e[1] for e in exps)) < 6 or len(set(e[2] for e in exps)) < 6:
        exps[-1] = (exps[-1][0], round(r.uniform(0.81, 0.95), 4), round(r.uniform(0.15, 0.52), 4), exps[-1][3], exps[-1][4])
    hdr = f"  {'Experiment'.ljust(16)}{'Created'.ljust(14)}{'accuracy'.rjust(10)}{'loss'.rjust(10)}{'train.lr'.rjust(11)}{'train.batch'.rjust(13)}"
    lines = [prompt(r, "~/ml/churn") + "dvc exp show --no-pager", " " + "─" * (len(hdr) - 1), hdr, " " + "─" * (len(hdr) - 1)]
    created = ["-", "Oct 30, 2025", "Nov 02, 2025", "Nov 03, 2025", "Nov 03, 2025", "Nov 04, 2025"]
    for i, (nm, acc, loss, lr, bs) in enumerate(exps):
        pre = "  " if i < 2 else ("  ├── " if i < 5 else "  └── ")
        nmcol = (pre + nm)[2:].ljust(16)
        lines.append(f"  {nmcol}{created[i].ljust(14)}{acc:>10.4f}{loss:>10.4f}{lr:>11}{bs:>13}")
    lines.append(" " + "─" * (len(hdr) - 1))
    render(S, "term_dvc_exp_show", lines, "moss", "fira", "dvc exp show", "pil", fs=15)
    S.meta["content"] = "dvc exp show table of experiments with metrics and params"
    ex = exps[2:]
    best = max(ex, key=lambda e: e[1])
    S.q("which experiment got the best accuracy?", best[0], "text", "argmax", True)
    lo = min(ex, key=lambda e: e[2])
    S.q("and which one has the lowest loss (experiments only, not workspace/main)", lo[0], "text", "argmin", True)
    e = r.choice(ex)
    S.q(f"what learning rate did {e[0]} use", e[3], "number", "cell", True)


# 12 tshark
def term_tshark(S):
    r = S.rng
    S.category = "terminal"
    me = f"192.168.{r.randint(0,9)}.{r.randint(10,80)}"
    dns = "192.168.1.1" if me.startswith("192.168.1.") else f"192.168.{me.split('.')[2]}.1"
    host = r.choice(["api.quillnest.example", "cdn.driftwood.example", "mail.kelp.example"])
    ip = f"203.0.113.{r.randint(10,200)}"
    t = 0.0
    pk = []
    def add(src, dst, proto, ln, info):
        nonlocal t
        if pk:
            t += round(r.uniform(0.0001, 0.04), 6)
        pk.append((len(pk) + 1, f"{t:.6f}", src, dst, proto, ln, info))
    add(me, dns, "DNS", 84, f"Standard query 0x{r.randint(4096,65535):04x} A {host}")
    add(dns, me, "DNS", 100, f"Standard query response A {host} A {ip}")
    sp = r.randint(40000, 60000)
    add(me, ip, "TCP", 74, f"{sp} → 443 [SYN] Seq=0 Win=64240 Len=0 MSS=1460")
    add(ip, me, "TCP", 74, f"443 → {sp} [SYN, ACK] Seq=0 Ack=1 Win=65160 Len=0")
    add(me, ip, "TCP", 66, f"{sp} → 443 [ACK] Seq=1 Ack=1 Win=64256 Len=0")
    add(me, ip, "TLSv1.3", 583, "Client Hello (SNI=" + host + ")")
    add(ip, me, "TLSv1.3", 1514, "Server Hello, Change Cipher Spec, Application Data")
    add(me, ip, "TCP", 66, f"{sp} → 443 [ACK] Seq=518 Ack=1449 Win=64128 Len=0")
    add(me, "192.168.1.255" if False else f"192.168.{me.split('.')[2]}.255", "NBNS", 92, "Name query NB WORKGROUP<1c>")
    add(me, dns, "DNS", 84, f"Standard query 0x{r.randint(4096,65535):04x} AAAA {host}")
    add(dns, me, "DNS", 112, f"Standard query response AAAA {host} SOA ns1.example")
    add(me, ip, "TLSv1.3", 130, "Application Data")
    lines = [prompt(r, "~/captures") + "tshark -r wifi-morning.pcapng -c 12"]
    for n, tt, s, d, p, l, info in pk:
        lines.append(f"{str(n).rjust(5)} {tt.rjust(9)} {s.rjust(14)} → {d.ljust(14)} {p.ljust(7)} {str(l).rjust(4)} {info}")
    render(S, "term_tshark", lines, "black", "hack", "tshark", "html", fs=14)
    S.meta["content"] = "tshark packet summary lines (DNS, TCP handshake, TLS)"
    S.q("what IP did the DNS lookup return?", ip, "code", "lookup", True)
    S.q("how many DNS packets are in this capture excerpt", sum(1 for x in pk if x[4] == "DNS"), "count", "count", False)
    S.q("what protocol is packet 9?", pk[8][4], "text", "nth", True)


# 13 alembic traceback
def term_alembic(S):
    r = S.rng
    S.category = "terminal"
    hx = lambda: "".join(r.choice("0123456789abcdef") for _ in range(12))
    a, b = hx(), hx()
    col = r.choice(["customer_ref", "due_on", "vat_rate"])
    lines = [prompt(r, "~/svc/billing") + "alembic upgrade head",
             "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
             "INFO  [alembic.runtime.migration] Will assume transactional DDL.",
             f"INFO  [alembic.runtime.migration] Running upgrade {a} -> {b}, backfill invoice {col}",
             "Traceback (most recent call last):",
             "  File \"/home/build/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py\", line 1967, in _exec_single_context",
             "    self.dialect.do_execute(",
             "  File \"/home/build/.venv/lib/python3.12/site-packages/sqlalchemy/engine/default.py\", line 941, in do_execute",
             "    cursor.execute(statement, parameters)",
             f"[[r]]psycopg2.errors.UndefinedColumn: column \"{col}\" does not exist[[/]]",
             f"LINE 1: UPDATE invoices SET {col} = customers.{col} FROM customers ...",
             "", "The above exception was the direct cause of the following exception:", "",
             "Traceback (most recent call last):",
             "  File \"/home/build/.venv/bin/alembic\", line 8, in <module>",
             "    sys.exit(main())",
             f"  File \"/home/build/svc/billing/migrations/versions/{b}_backfill_invoice_{col}.py\", line {r.randint(20,60)}, in upgrade",
             "    op.execute(BACKFILL_SQL)",
             f"[[r]]sqlalchemy.exc.ProgrammingError: (psycopg2.errors.UndefinedColumn) column \"{col}\" does not exist[[/]]",
             "(Background on this error at: https://sqlalche.me/e/20/f405)"]
    render(S, "term_alembic_traceback", lines, "paper", "liberation", "~/svc/billing", "pil", fs=14)
    S.meta["content"] = "alembic upgrade failing with a SQLAlchemy ProgrammingError traceback"
    S.q("which revision was it trying to upgrade to?", b, "code", "lookup", True)
    S.q("what exception type ended the run", "sqlalchemy.exc.ProgrammingError", "error", "error", True)
    S.q("which column is missing", col, "code", "error", True)


SCENES = [term_hledger, term_borg, term_sqlite, term_liquibase, term_sbt, term_dune, term_pyright, term_lynis, term_mediainfo,
          term_pdm, term_dvc, term_tshark, term_alembic]
