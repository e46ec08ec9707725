"""Terminal scenes (PIL)."""
from common import rng_for, register, q, us
from termdraw import draw_terminal


def P(prompt_user, host, path, cmd, sc="green", pc="blue"):
    return [(f"{prompt_user}@{host}", sc + "!"), (":", "fg"), (path, pc), ("$ ", "fg"), (cmd, "fg")]


def t_uv_pip_list():
    r = rng_for("uvpip")
    pkgs = ["anyio", "certifi", "charset-normalizer", "click", "fastapi", "h11", "httpcore", "httpx",
            "idna", "jinja2", "markupsafe", "numpy", "orjson", "pydantic", "pydantic-core", "pyyaml",
            "python-dotenv", "sniffio", "starlette", "typing-extensions", "uvicorn"]
    pkgs = sorted(r.sample(pkgs, 17))
    vers = {p: f"{r.randint(0, 3)}.{r.randint(0, 28)}.{r.randint(0, 12)}" for p in pkgs}
    w = max(len(p) for p in pkgs)
    lines = [P("dev", "ws-ana", "~/proj/ledger-api", "uv pip list"),
             [("Package".ljust(w) + " Version", "yellow!")], "-" * w + " " + "-" * 8]
    for p in pkgs:
        lines.append(p.ljust(w) + " " + vers[p])
    lines.append(P("dev", "ws-ana", "~/proj/ledger-api", ""))
    f = "term_uv_pip_list.png"
    txt = draw_terminal(f, lines, "gruvbox-dark", "jetbrains", 16, title="ledger-api — uv")
    register(f, "terminal: uv pip list", "gruvbox dark", "terminal", "17 Python packages with versions", "PIL", txt)
    a = pkgs[r.randrange(3, len(pkgs) - 2)]
    q(f, f"what version of {a} is installed in this env", vers[a], "version", "version", True)
    pyc = [p for p in pkgs if p.startswith("py")]
    q(f, "how many of the packages start with 'py'?", len(pyc), "count", "count", False)
    b = pkgs[r.randrange(1, len(pkgs) - 3)]
    q(f, f"which package is listed right after {b}", pkgs[pkgs.index(b) + 1], "text", "next", True)


def t_pipx_list():
    r = rng_for("pipx")
    apps = {"black": ["black", "blackd"], "httpie": ["http", "https", "httpie"], "poetry": ["poetry"],
            "ruff": ["ruff"], "cookiecutter": ["cookiecutter"], "yt-dlp": ["yt-dlp"],
            "mkdocs": ["mkdocs"], "pre-commit": ["pre-commit"], "tox": ["tox"], "ansible-core":
            ["ansible", "ansible-config", "ansible-doc", "ansible-galaxy", "ansible-playbook"]}
    names = sorted(r.sample(sorted(apps), 6))
    pys = ["3.10.12", "3.11.9", "3.12.3"]
    info = {n: (f"{r.randint(1, 24)}.{r.randint(0, 12)}.{r.randint(0, 9)}", r.choice(pys)) for n in names}
    lines = [[("❯ ", "magenta"), ("pipx list", "fg")],
             "venvs are in /home/tomas/.local/share/pipx/venvs",
             "apps are exposed on your $PATH at /home/tomas/.local/bin",
             "manual pages are exposed at /home/tomas/.local/share/man"]
    for n in names:
        v, py = info[n]
        lines.append([("   package ", "fg"), (n, "cyan!"), (f" {v}", "green"), (f", installed using Python {py}", "fg")])
        for a in apps[n]:
            lines.append(f"    - {a}")
    lines.append([("❯ ", "magenta")])
    f = "term_pipx_list.png"
    txt = draw_terminal(f, lines, "nord", "fira", 15, title="tomas@thinkpad: ~")
    register(f, "terminal: pipx list", "nord dark", "terminal", "6 pipx venvs with apps and python versions", "PIL", txt)
    n1 = r.choice(names)
    q(f, f"which python version was {n1} installed with?", info[n1][1], "version", "lookup", True)
    n2 = max(names, key=lambda n: (len(apps[n]), n))
    n2 = r.choice([n for n in names if len(apps[n]) > 1] or names)
    q(f, f"how many commands does the {n2} package expose", len(apps[n2]), "count", "count", False)
    absent = [n for n in sorted(apps) if n not in names][0]
    q(f, f"is {absent} installed via pipx here", "no", "yesno", "exists", False)


def t_glab():
    r = rng_for("glab")
    titles = ["Fix token refresh race on mobile", "Add Czech translation to checkout", "Bump go to 1.22",
              "Paginate audit log endpoint", "Remove legacy SOAP adapter", "Cache tariff lookups",
              "Retry webhook delivery with backoff", "Split invoice PDF renderer", "Harden CSP headers"]
    ts = r.sample(titles, 7)
    iids = sorted(r.sample(range(180, 260), 7), reverse=True)
    targets = [r.choice(["main", "main", "release/2.4"]) for _ in ts]
    srcs = ["feat/" + t.lower().split()[0] + "-" + t.lower().split()[1].strip(",") for t in ts]
    lines = [[("$ ", "green"), ("glab mr list", "fg")],
             "Showing 7 open merge requests on billing/ledger-core. (Page 1)", ""]
    for i, t, tg, s in zip(iids, ts, targets, srcs):
        lines.append([(f"!{i}".ljust(6), "green"), (f"billing/ledger-core!{i}".ljust(26), "dim"),
                      (t.ljust(40), "fg"), (f"({tg}) ← ({s})", "cyan")])
    lines.append("")
    f = "term_glab_mr_list.png"
    txt = draw_terminal(f, lines, "dracula", "hack", 15, title="glab")
    register(f, "terminal: glab mr list", "dracula", "terminal", "7 open GitLab merge requests", "PIL", txt)
    k = r.randrange(7)
    q(f, f"what's MR !{iids[k]} about", ts[k], "text", "lookup", True)
    q(f, "how many of these MRs go into release/2.4?", targets.count("release/2.4"), "count", "count", False)
    q(f, "which merge request is at the top of the list (number)", f"!{iids[0]}", "code", "nth", True)


def t_k9s():
    r = rng_for("k9s")
    names = ["api-gateway", "billing-worker", "cart-svc", "checkout", "geo-resolver", "notifier",
             "pdf-render", "search-indexer", "session-store", "thumbnailer"]
    rows = []
    for n in names:
        sfx = "".join(r.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
        st = r.choice(["Running"] * 5 + ["CrashLoopBackOff", "Pending"])
        rs = r.randint(0, 4) if st == "Running" else (r.randint(9, 60) if st == "CrashLoopBackOff" else 0)
        cpu = r.randint(1, 480) if st == "Running" else 0
        mem = r.randint(20, 900) if st == "Running" else 0
        rows.append(dict(name=f"{n}-7d9f{r.randint(10, 99)}-{sfx}", base=n, st=st, rs=rs, cpu=cpu, mem=mem,
                         ready="1/1" if st == "Running" else "0/1", age=f"{r.randint(1, 40)}d"))
    # ensure unique max restarts
    mx = max(x["rs"] for x in rows)
    assert sum(1 for x in rows if x["rs"] == mx) == 1
    hdr = f"{'NAME':34}{'READY':7}{'STATUS':18}{'RESTARTS':10}{'CPU':6}{'MEM':6}{'NODE':16}{'AGE':5}"
    lines = [[(" Context: ", "yellow"), ("prod-fra1", "fg"), ("      <0> all  <1> shop  ", "dim"), ("   <ctrl-d> Delete  <l> Logs  <s> Shell", "dim")],
             [(" Cluster: ", "yellow"), ("doks-fra1", "fg"), ("      K9s Rev: v0.32.4", "dim")], "",
             [(" " * 30 + "Pods(shop)[10]" + " " * 30, "cyan!")],
             [(" " + hdr, "fg!")]]
    for x in rows:
        col = {"Running": "fg", "CrashLoopBackOff": "red", "Pending": "yellow"}[x["st"]]
        node = f"pool-a-{r.choice(['x1k', 'x1p', 'x2m'])}"
        lines.append([(" " + f"{x['name']:34}{x['ready']:7}{x['st']:18}{x['rs']:<10}{x['cpu']:<6}{x['mem']:<6}{node:16}{x['age']:5}", col)])
    lines += ["", [(" <pod>", "dim")]]
    f = "term_k9s_pods.png"
    txt = draw_terminal(f, lines, "k9s", "dejavu_mono", 14, chrome=None)
    register(f, "terminal: k9s-style pod table", "k9s dark blue", "terminal", "10 pods: status, restarts, cpu, mem", "PIL", txt)
    top = max(rows, key=lambda x: x["rs"])
    q(f, "which pod keeps restarting the most", top["name"], "code", "argmax", True)
    q(f, "how many pods are not Running?", sum(1 for x in rows if x["st"] != "Running"), "count", "count", False)
    run = [x for x in rows if x["st"] == "Running"]
    k = r.choice(run)
    q(f, f"mem of the {k['base']} pod", k["mem"], "number", "cell", True)


def t_nomad():
    r = rng_for("nomad")
    groups = ["web", "cache", "worker"]
    summ = {g: dict(q=0, s=r.randint(0, 1), run=r.randint(2, 6), fail=r.randint(0, 3), comp=r.randint(0, 8), lost=r.randint(0, 1)) for g in groups}
    allocs = []
    for i in range(8):
        g = r.choice(groups)
        st = r.choice(["running"] * 3 + ["failed", "complete"])
        mins = r.randint(2, 300)
        allocs.append(dict(id="".join(r.choice("0123456789abcdef") for _ in range(8)),
                           node="".join(r.choice("0123456789abcdef") for _ in range(8)), g=g, ver=r.randint(3, 7),
                           desired="run" if st == "running" else "stop", st=st, mins=mins))
    allocs.sort(key=lambda a: a["mins"])
    assert len({a["mins"] for a in allocs}) == 8
    def ago(m):
        return f"{m}m ago" if m < 60 else f"{m // 60}h{m % 60}m ago"
    ver = max(a["ver"] for a in allocs)
    lines = [[("nomad job status tiles-api", "fg")],
             "ID            = tiles-api", "Name          = tiles-api", "Submit Date   = 2024-05-21T09:14:37+02:00",
             "Type          = service", "Priority      = 50", "Datacenters   = ams3", "Namespace     = default",
             [("Status        = ", "fg"), ("running", "green")], "Periodic      = false", "Parameterized = false",
             f"Version       = {ver}", "",
             [("Summary", "fg!")],
             f"{'Task Group':11} {'Queued':7}{'Starting':9}{'Running':8}{'Failed':7}{'Complete':9}{'Lost':5}"]
    for g in groups:
        s = summ[g]
        lines.append(f"{g:11} {s['q']:<7}{s['s']:<9}{s['run']:<8}{s['fail']:<7}{s['comp']:<9}{s['lost']:<5}")
    lines += ["", [("Allocations", "fg!")],
              f"{'ID':9} {'Node ID':9} {'Task Group':11}{'Version':8}{'Desired':8}{'Status':9}{'Created':12}"]
    for a in allocs:
        col = {"running": "green", "failed": "red", "complete": "dim"}[a["st"]]
        lines.append([(f"{a['id']:9} {a['node']:9} {a['g']:11}{a['ver']:<8}{a['desired']:8}", "fg"),
                      (f"{a['st']:9}", col), (f"{ago(a['mins']):12}", "fg")])
    f = "term_nomad_status.png"
    txt = draw_terminal(f, lines, "solarized-light", "inconsolata", 17, title="nomad — ops@bastion")
    register(f, "terminal: nomad job status", "solarized light", "terminal", "job summary + 8 allocations", "PIL", txt)
    g = r.choice(groups)
    q(f, f"how many {g} allocations are running according to the summary", summ[g]["run"], "number", "cell", True)
    q(f, "id of the most recently created allocation?", allocs[0]["id"], "code", "latest", True)
    q(f, "count the failed allocs in the allocations list", sum(1 for a in allocs if a["st"] == "failed"), "count", "count", False)


def t_etcd():
    r = rng_for("etcd")
    eps = [f"https://10.20.{r.randint(0, 9)}.{11 + i}:2379" for i in range(3)]
    lead = r.randrange(3)
    dbs = [r.choice(["41 MB", "43 MB", "38 MB", "52 MB", "47 MB"]) for _ in eps]
    while len(set(dbs)) < 3:
        dbs = [r.choice(["41 MB", "43 MB", "38 MB", "52 MB", "47 MB"]) for _ in eps]
    ver = f"3.5.{r.randint(9, 15)}"
    term = r.randint(4, 30)
    idx = r.randint(900000, 2000000)
    ids = ["".join(r.choice("0123456789abcdef") for _ in range(16)) for _ in eps]
    cols = ["ENDPOINT", "ID", "VERSION", "DB SIZE", "IS LEADER", "IS LEARNER", "RAFT TERM", "RAFT INDEX"]
    data = [[e, i, ver, d, "true" if k == lead else "false", "false", str(term), str(idx + k * r.randint(0, 3))]
            for k, (e, i, d) in enumerate(zip(eps, ids, dbs))]
    ws = [max(len(c), *(len(row[j]) for row in data)) for j, c in enumerate(cols)]
    sep = "+" + "+".join("-" * (w + 2) for w in ws) + "+"
    fmt = lambda row: "|" + "|".join(" " + c.rjust(w) + " " if j >= 6 else " " + c.ljust(w) + " " for j, (c, w) in enumerate(zip(row, ws))) + "|"
    lines = [[("root@etcd-a", "red!"), (" # ", "fg"), ("etcdctl --endpoints=$EPS endpoint status -w table", "fg")],
             sep, fmt(cols), sep] + [fmt(d) for d in data] + [sep, [("root@etcd-a", "red!"), (" # ", "fg")]]
    f = "term_etcdctl_status.png"
    txt = draw_terminal(f, lines, "monokai", "dejavu_mono", 13, title="root@etcd-a")
    register(f, "terminal: etcdctl endpoint status table", "monokai", "terminal", "3 etcd endpoints", "PIL", txt)
    q(f, "which endpoint is the leader", eps[lead], "code", "lookup", True)
    q(f, "etcd version?", ver, "version", "version", True)
    k = r.choice([i for i in range(3) if i != lead])
    q(f, f"db size on {eps[k].split('//')[1]}", dbs[k], "text", "cell", True)


def t_ceph():
    r = rng_for("ceph")
    osds = r.choice([12, 16, 18])
    up = osds - r.randint(1, 2)
    used = round(r.uniform(3, 9), 1)
    total = round(used + r.uniform(8, 20), 1)
    avail = round(total - used, 1)
    pgs = r.choice([193, 257, 321, 385])
    objs = r.randint(300, 900)
    lines = [[("[root@ceph-mon1 ~]# ", "fg"), ("ceph status", "fg")],
             "  cluster:",
             f"    id:     {'-'.join(''.join(r.choice('0123456789abcdef') for _ in range(n)) for n in (8, 4, 4, 4, 12))}",
             [("    health: ", "fg"), ("HEALTH_WARN", "yellow!")],
             f"            {osds - up} osds down",
             f"            Degraded data redundancy: {r.randint(1000, 9000)}/{objs * 3000} objects degraded",
             "", "  services:",
             "    mon: 3 daemons, quorum ceph-mon1,ceph-mon2,ceph-mon3 (age 6d)",
             "    mgr: ceph-mon1(active, since 6d), standbys: ceph-mon2",
             f"    osd: {osds} osds: {up} up (since 41m), {osds} in (since 3w)",
             "    rgw: 2 daemons active (2 hosts, 1 zones)", "", "  data:",
             f"    pools:   9 pools, {pgs} pgs",
             f"    objects: {objs}.{r.randint(10, 99)}k objects, {round(used / 3, 2)} TiB",
             f"    usage:   {used} TiB used, {avail} TiB / {total} TiB avail",
             f"    pgs:     {pgs - 24} active+clean", "             24  active+undersized+degraded", "",
             "  io:", f"    client:   {r.randint(2, 90)} MiB/s rd, {r.randint(1, 40)} MiB/s wr, {r.randint(100, 900)} op/s rd, {r.randint(50, 400)} op/s wr"]
    f = "term_ceph_status.png"
    txt = draw_terminal(f, lines, "tokyo-night", "jetbrains", 15, title="root@ceph-mon1")
    register(f, "terminal: ceph status", "tokyo night", "terminal", "ceph cluster health/services/data", "PIL", txt)
    q(f, "cluster health?", "HEALTH_WARN", "code", "lookup", True)
    q(f, "how many OSDs are up", up, "number", "lookup", True)
    q(f, "how many TiB are available", f"{avail} TiB", "text", "lookup", True)


def t_rclone():
    r = rng_for("rclone")
    files = []
    for p in ["db/ledger-2024-05-01.sql.gz", "db/ledger-2024-05-08.sql.gz", "db/ledger-2024-05-15.sql.gz",
              "photos/2024/DSC_0112.jpg", "photos/2024/DSC_0113.jpg", "photos/2024/DSC_0119.jpg",
              "photos/2024/DSC_0140.jpg", "docs/contract_signed.pdf", "docs/floorplan_v3.pdf", "notes.md"]:
        ext = p.rsplit(".", 1)[1]
        sz = {"gz": r.randint(80_000_000, 400_000_000), "jpg": r.randint(3_000_000, 9_000_000),
              "pdf": r.randint(200_000, 5_000_000), "md": r.randint(900, 9000)}[ext]
        files.append((sz, p))
    lines = [[("➜ ", "green"), (" ~ ", "cyan"), ("rclone ls b2:family-archive", "fg")]]
    for sz, p in files:
        lines.append(f"{sz:>10} {p}")
    lines.append([("➜ ", "green"), (" ~ ", "cyan")])
    f = "term_rclone_ls.png"
    txt = draw_terminal(f, lines, "one-light", "hack", 15, title="zsh")
    register(f, "terminal: rclone ls", "one light", "terminal", "10 files with byte sizes on a B2 remote", "PIL", txt)
    big = max(files)
    q(f, "biggest file in that bucket?", big[1], "text", "argmax", True)
    q(f, "how many photos are there", sum(1 for _, p in files if p.startswith("photos/")), "count", "count", False)
    pd = [x for x in files if x[1].endswith(".pdf")]
    q(f, "combined size in bytes of the two pdfs", sum(s for s, _ in pd), "number", "sum", False)


def t_exiftool():
    r = rng_for("exif")
    iso = r.choice([100, 200, 320, 400, 800, 1600])
    fnum = r.choice(["1.8", "2.8", "4.0", "5.6", "8.0"])
    model = r.choice(["ILCE-7M4", "X-T5", "EOS R6m2", "Z 6_2"])
    make = {"ILCE-7M4": "SONY", "X-T5": "FUJIFILM", "EOS R6m2": "Canon", "Z 6_2": "NIKON CORPORATION"}[model]
    hh, mm, ss = r.randint(6, 20), r.randint(0, 59), r.randint(0, 59)
    d = f"2023:{r.randint(1, 12):02d}:{r.randint(1, 28):02d}"
    tm = f"{hh:02d}:{mm:02d}:{ss:02d}"
    w, h = r.choice([(7008, 4672), (6240, 4160), (6000, 4000)])
    fields = [("ExifTool Version Number", "12.76"), ("File Name", f"DSC{r.randint(1000, 9999)}.JPG"),
              ("File Size", f"{round(r.uniform(8, 16), 1)} MB"), ("File Type", "JPEG"), ("MIME Type", "image/jpeg"),
              ("Make", make), ("Camera Model Name", model), ("Orientation", "Horizontal (normal)"),
              ("Exposure Time", r.choice(["1/60", "1/125", "1/250", "1/500", "1/1000"])), ("F Number", fnum),
              ("Exposure Program", "Aperture-priority AE"), ("ISO", str(iso)),
              ("Date/Time Original", f"{d} {tm}"), ("Focal Length", f"{r.choice([23, 35, 50, 85])}.0 mm"),
              ("Flash", "Off, Did not fire"), ("White Balance", "Auto"), ("Image Width", str(w)),
              ("Image Height", str(h)), ("Lens Model", r.choice(["FE 35mm F1.8", "XF23mmF1.4 R LM WR", "RF24-105mm F4 L IS USM"])),
              ("GPS Position", f"{r.randint(30, 60)} deg {r.randint(0, 59)}' {r.randint(0, 59)}.{r.randint(0, 99):02d}\" N, {r.randint(1, 30)} deg {r.randint(0, 59)}' {r.randint(0, 59)}.{r.randint(0, 99):02d}\" E")]
    lines = [[("PS C:\\Users\\ines\\Pictures> ", "fg"), ("exiftool .\\" + fields[1][1], "yellow")]]
    for k, v in fields:
        lines.append(f"{k:<32}: {v}")
    lines.append([("PS C:\\Users\\ines\\Pictures> ", "fg")])
    f = "term_exiftool.png"
    txt = draw_terminal(f, lines, "campbell", "dejavu_mono", 14, title="Windows PowerShell", chrome="win")
    register(f, "terminal: exiftool on PowerShell", "campbell (Windows)", "terminal", "EXIF tags of a JPEG", "PIL", txt)
    q(f, "what ISO was this shot at", iso, "number", "lookup", True)
    q(f, "which camera took it", model, "text", "lookup", True)
    q(f, "what time was the photo taken?", tm, "time", "lookup", True)
    q(f, "is the photo wider than it is tall", "yes" if w > h else "no", "yesno", "compare_more", False)


def t_duckdb():
    r = rng_for("duckdb")
    regions = ["Alentejo", "Algarve", "Centro", "Lisboa", "Madeira", "Norte"]
    rows = []
    for g in regions:
        n = r.randint(120, 2400)
        amt = round(n * r.uniform(18, 60), 2)
        rows.append((g, n, amt))
    rows.sort(key=lambda x: -x[2])
    ws = [10, 8, 14]
    top = "┌" + "┬".join("─" * (w + 2) for w in ws) + "┐"
    mid = "├" + "┼".join("─" * (w + 2) for w in ws) + "┤"
    bot = "└" + "┴".join("─" * (w + 2) for w in ws) + "┘"
    def fr(a, b, c, right=True):
        return f"│ {a:<{ws[0]}} │ {b:>{ws[1]}} │ {c:>{ws[2]}} │" if right else f"│ {a:<{ws[0]}} │ {b:<{ws[1]}} │ {c:<{ws[2]}} │"
    lines = ["D SELECT region, count(*) AS orders, round(sum(total_eur), 2) AS revenue",
             "  FROM read_parquet('orders_2024q1.parquet')", "  GROUP BY region ORDER BY revenue DESC;",
             top, fr("region", "orders", "revenue", False), fr("varchar", "int64", "double", False), mid]
    for g, n, a in rows:
        lines.append(fr(g, str(n), f"{a:.2f}"))
    lines += [bot, "D "]
    f = "term_duckdb_query.png"
    txt = draw_terminal(f, lines, "paper", "fira", 16, title="duckdb shop.duckdb")
    register(f, "terminal: duckdb query with box table", "white paper", "terminal", "orders/revenue per Portuguese region", "PIL", txt)
    mo = max(rows, key=lambda x: x[1])
    q(f, "which region had the most orders", mo[0], "text", "argmax", True)
    g = r.choice(rows[1:])
    q(f, f"revenue for {g[0]}?", f"{g[2]:.2f}", "number", "cell", True)
    q(f, "average number of orders per region", round(sum(x[1] for x in rows) / len(rows), 2), "number", "mean", False)


def t_cargo_tree():
    r = rng_for("cargo")
    def v():
        return f"v{r.randint(0, 1)}.{r.randint(1, 40)}.{r.randint(0, 12)}"
    deps = [("anyhow", v(), []), ("clap", "v4.5." + str(r.randint(1, 9)), [("clap_builder", v()), ("clap_derive", v())]),
            ("reqwest", "v0.12." + str(r.randint(1, 5)), [("hyper", "v1.3.1"), ("url", "v2.5.0")]),
            ("serde", "v1.0." + str(r.randint(190, 210)), [("serde_derive", "v1.0.203")]),
            ("tokio", "v1.3" + str(r.randint(5, 8)) + ".0", [("mio", "v0.8.11"), ("bytes", "v1.6.0"), ("pin-project-lite", "v0.2.14")]),
            ("tracing", v(), [("tracing-core", v())])]
    lines = [[("~/src/quay ", "blue"), ("main", "magenta"), (" ❯ ", "green"), ("cargo tree --depth 2", "fg")],
             "quay v0.3.1 (/home/ondrej/src/quay)"]
    for i, (n, ver, kids) in enumerate(deps):
        last = i == len(deps) - 1
        lines.append(("└── " if last else "├── ") + f"{n} {ver}")
        for j, (kn, kv) in enumerate(kids):
            pre = "    " if last else "│   "
            lines.append(pre + ("└── " if j == len(kids) - 1 else "├── ") + f"{kn} {kv}")
    lines += ["[dev-dependencies]", f"└── insta v1.39.0"]
    f = "term_cargo_tree.png"
    txt = draw_terminal(f, lines, "solarized-dark", "jetbrains", 15, title="ondrej@quay")
    register(f, "terminal: cargo tree", "solarized dark", "terminal", "Rust dependency tree depth 2", "PIL", txt)
    q(f, "which serde version does it use", deps[3][1], "version", "version", True)
    q(f, "how many direct dependencies (not dev) does quay have?", len(deps), "count", "count", False)
    q(f, "which crate pulls in mio", "tokio", "text", "lookup", True)


def t_shellcheck():
    r = rng_for("shellcheck")
    issues = [("SC2086", "info", "Double quote to prevent globbing and word splitting.", 'cp $SRC/*.conf "$DEST"'),
              ("SC2115", "warning", 'Use "${var:?}" to ensure this never expands to /* .', 'rm -rf "$BUILD_DIR"/*'),
              ("SC2164", "warning", "Use 'cd ... || exit' or 'cd ... || return' in case cd fails.", "cd /opt/app"),
              ("SC2034", "warning", "RETRIES appears unused. Verify use (or export if used externally).", "RETRIES=3"),
              ("SC2155", "warning", "Declare and assign separately to avoid masking return values.", 'local ts=$(date +%s)'),
              ("SC1083", "warning", "This { is literal. Check expression (missing ;/\\n?) or quote it.", "echo {a,b}")]
    iss = r.sample(issues, 4)
    lnos = sorted(r.sample(range(5, 60), 4))
    lines = [[("$ ", "green"), ("shellcheck deploy.sh", "fg")], ""]
    for (code, lvl, msg, src), ln in zip(iss, lnos):
        col = "green" if lvl == "info" else "yellow"
        lines += [[("In deploy.sh line ", "fg!"), (f"{ln}:", "fg!")], src,
                  [("^-- ", col), (f"{code} ({lvl}): {msg}", col)], ""]
    lines += ["For more information:", *[f"  https://www.shellcheck.net/wiki/{c} -- {m[:38]}..." for c, _, m, _ in iss[:3]]]
    f = "term_shellcheck.png"
    txt = draw_terminal(f, lines, "tango-dark", "dejavu_mono", 14, title="ci-runner-3")
    register(f, "terminal: shellcheck output", "tango dark", "terminal", "4 shellcheck findings", "PIL", txt)
    k = r.randrange(4)
    q(f, f"what's the shellcheck code reported on line {lnos[k]}", iss[k][0], "code", "error", True)
    q(f, "how many warnings (not info)?", sum(1 for x in iss if x[1] == "warning"), "count", "count", False)
    q(f, "line number of the last finding", lnos[-1], "number", "nth", True)


def t_grype():
    r = rng_for("grype")
    pk = [("openssl", "3.0.11-1~deb12u2", "3.0.13-1~deb12u1", "deb"), ("libexpat1", "2.5.0-1", "2.5.0-1+deb12u1", "deb"),
          ("golang.org/x/net", "v0.17.0", "0.23.0", "go-module"), ("jinja2", "3.1.2", "3.1.4", "python"),
          ("follow-redirects", "1.15.2", "1.15.6", "npm"), ("zlib1g", "1:1.2.13.dfsg-1", "", "deb"),
          ("requests", "2.31.0", "2.32.0", "python"), ("curl", "7.88.1-10", "7.88.1-10+deb12u5", "deb")]
    sev = ["Critical", "High", "High", "Medium", "Medium", "Medium", "Low", "Negligible"]
    rows = []
    for p in r.sample(pk, 7):
        cve = f"CVE-{r.choice([2023, 2024])}-{r.randint(10000, 52000)}"
        rows.append(p + (cve, r.choice(sev)))
    order = {"Critical": 0, "High": 1, "Medium": 2, "Low": 3, "Negligible": 4}
    rows.sort(key=lambda x: (order[x[5]], x[0]))
    lines = [[("$ ", "fg"), ("grype registry.local/shop/api:1.14.2", "fg")],
             [(" ✔ ", "green"), ("Vulnerability DB                [no update available]", "fg")],
             [(" ✔ ", "green"), ("Loaded image                     registry.local/shop/api:1.14.2", "fg")],
             [(" ✔ ", "green"), (f"Scanned for vulnerabilities     [{len(rows)} vulnerability matches]", "fg")],
             f"{'NAME':18}{'INSTALLED':18}{'FIXED-IN':19}{'TYPE':11}{'VULNERABILITY':16}{'SEVERITY':10}"]
    for n, inst, fx, t, cve, s in rows:
        col = {"Critical": "red!", "High": "red", "Medium": "yellow", "Low": "blue", "Negligible": "dim"}[s]
        fxs = fx or "(won't fix)"
        lines.append([(f"{n:18}{inst:18}{fxs:19}{t:11}{cve:16}", "fg"), (s, col)])
    f = "term_grype_scan.png"
    txt = draw_terminal(f, lines, "gruvbox-light", "hack", 14, title="grype")
    register(f, "terminal: grype image scan", "gruvbox light", "terminal", "7 vulnerability matches", "PIL", txt)
    k = r.choice([x for x in rows if x[2]])
    q(f, f"what version fixes {k[0]}", k[2], "version", "cell", True)
    ch = sum(1 for x in rows if x[5] in ("Critical", "High"))
    q(f, "how many critical or high vulns", ch, "count", "count", False)
    m = r.choice(rows)
    q(f, f"which package is affected by {m[4]}?", m[0], "text", "lookup", True)


def t_tailscale():
    r = rng_for("tailscale")
    hosts = [("nas-attic", "marta@", "linux"), ("pixel-8", "marta@", "android"), ("mbp-work", "marta@", "macOS"),
             ("pi-garden", "marta@", "linux"), ("win-gaming", "jonas@", "windows"), ("ipad-kids", "jonas@", "iOS"),
             ("vps-hetzner", "marta@", "linux")]
    rows = []
    for h, u, o in hosts:
        ip = f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
        st = r.choice(["-", "active; direct 192.168.1.%d:41641" % r.randint(2, 250), "idle", "offline", "active; relay \"fra\""])
        rows.append((ip, h, u, o, st))
    lines = [[("marta@laptop", "green"), (" ~ % ", "fg"), ("tailscale status", "fg")],
             f"{'100.88.12.7':17}{'laptop':13}{'marta@':9}{'linux':9}-"]
    for ip, h, u, o, st in rows:
        lines.append(f"{ip:17}{h:13}{u:9}{o:9}{st}")
    lines.append([("marta@laptop", "green"), (" ~ % ", "fg")])
    f = "term_tailscale_status.png"
    txt = draw_terminal(f, lines, "catppuccin", "fira", 15, title="marta@laptop: ~")
    register(f, "terminal: tailscale status", "catppuccin mocha", "terminal", "tailnet peers with IP/OS/state", "PIL", txt)
    k = r.choice(rows)
    q(f, f"whats the tailscale ip of {k[1]}", k[0], "code", "lookup", True)
    q(f, "how many devices show offline", sum(1 for x in rows if x[4] == "offline"), "count", "count", False)
    q(f, "who owns win-gaming", "jonas@", "person", "party", True)


ALL = [t_uv_pip_list, t_pipx_list, t_glab, t_k9s, t_nomad, t_etcd, t_ceph, t_rclone, t_exiftool,
       t_duckdb, t_cargo_tree, t_shellcheck, t_grype, t_tailscale]
