"""Terminal window scenes rendered with PIL."""
import os

from PIL import Image, ImageDraw, ImageFont

from lib import IMG, Scene, norm, rng

FONTS = {
    "JetBrains Mono": "/usr/share/fonts/truetype/jetbrains-mono/JetBrainsMono-Regular.ttf",
    "Fira Code": "/usr/share/fonts/truetype/firacode/FiraCode-Regular.ttf",
    "Hack": "/usr/share/fonts/truetype/hack/Hack-Regular.ttf",
    "Inconsolata": "/usr/share/fonts/truetype/inconsolata/Inconsolata.otf",
    "DejaVu Sans Mono": "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "Liberation Mono": "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "Noto Sans Mono": "/usr/share/fonts/truetype/noto/NotoSansMono-Regular.ttf",
    "Nimbus Mono PS": "/usr/share/fonts/opentype/urw-base35/NimbusMonoPS-Regular.otf",
}
UI_FONT = "/usr/share/fonts/opentype/cantarell/Cantarell-Bold.otf"
UI_FONT_WIN = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

SCHEMES = {
    "dracula": dict(bg="#282a36", fg="#f8f8f2", dim="#6272a4", red="#ff5555", green="#50fa7b", yellow="#f1fa8c",
                    blue="#bd93f9", cyan="#8be9fd", magenta="#ff79c6", bar="#1e1f29", bartext="#d0d0d0"),
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", dim="#928374", red="#fb4934", green="#b8bb26", yellow="#fabd2f",
                    blue="#83a598", cyan="#8ec07c", magenta="#d3869b", bar="#1d2021", bartext="#d5c4a1"),
    "solarized-light": dict(bg="#fdf6e3", fg="#586e75", dim="#93a1a1", red="#dc322f", green="#859900",
                            yellow="#b58900", blue="#268bd2", cyan="#2aa198", magenta="#d33682", bar="#eee8d5",
                            bartext="#586e75"),
    "nord": dict(bg="#2e3440", fg="#d8dee9", dim="#616e88", red="#bf616a", green="#a3be8c", yellow="#ebcb8b",
                 blue="#81a1c1", cyan="#88c0d0", magenta="#b48ead", bar="#242933", bartext="#d8dee9"),
    "one-light": dict(bg="#fafafa", fg="#383a42", dim="#a0a1a7", red="#e45649", green="#50a14f", yellow="#c18401",
                      blue="#4078f2", cyan="#0184bc", magenta="#a626a4", bar="#e5e5e6", bartext="#383a42"),
    "monokai": dict(bg="#272822", fg="#f8f8f2", dim="#75715e", red="#f92672", green="#a6e22e", yellow="#e6db74",
                    blue="#66d9ef", cyan="#a1efe4", magenta="#ae81ff", bar="#1e1f1c", bartext="#cfcfc2"),
    "tokyo": dict(bg="#1a1b26", fg="#c0caf5", dim="#565f89", red="#f7768e", green="#9ece6a", yellow="#e0af68",
                  blue="#7aa2f7", cyan="#7dcfff", magenta="#bb9af7", bar="#16161e", bartext="#a9b1d6"),
    "latte": dict(bg="#eff1f5", fg="#4c4f69", dim="#8c8fa1", red="#d20f39", green="#40a02b", yellow="#df8e1d",
                  blue="#1e66f5", cyan="#179299", magenta="#8839ef", bar="#dce0e8", bartext="#4c4f69"),
    "everforest": dict(bg="#2d353b", fg="#d3c6aa", dim="#859289", red="#e67e80", green="#a7c080", yellow="#dbbc7f",
                       blue="#7fbbb3", cyan="#83c092", magenta="#d699b6", bar="#232a2e", bartext="#d3c6aa"),
    "ubuntu": dict(bg="#300a24", fg="#eeeeec", dim="#a08a98", red="#ef2929", green="#8ae234", yellow="#fce94f",
                   blue="#729fcf", cyan="#34e2e2", magenta="#ad7fa8", bar="#2c2c2c", bartext="#dddddd"),
    "powershell": dict(bg="#012456", fg="#eeedf0", dim="#9aa7c0", red="#ff6b6b", green="#13a10e", yellow="#f9f1a5",
                       blue="#3b78ff", cyan="#61d6d6", magenta="#b4009e", bar="#ffffff", bartext="#000000"),
    "amber": dict(bg="#1c1408", fg="#ffb000", dim="#a67300", red="#ff7b39", green="#ffcc55", yellow="#ffd27a",
                  blue="#ffb000", cyan="#ffc845", magenta="#ffb000", bar="#2b1f0d", bartext="#ffb000"),
    "paper": dict(bg="#f2eede", fg="#2b2b2b", dim="#8a8572", red="#b3261e", green="#2e7d32", yellow="#8d6e00",
                  blue="#1d4f91", cyan="#00695c", magenta="#7b1fa2", bar="#dcd6c0", bartext="#2b2b2b"),
}


def term(scene, lines, scheme, font, fsize=15, title="", style="mac", min_cols=0):
    """lines: str or list of (text, role) segments. Draws a terminal window and saves it."""
    sc = SCHEMES[scheme]
    f = ImageFont.truetype(FONTS[font], fsize)
    cw = f.getlength("M")
    lh = int(fsize * 1.45)
    segs = [[(ln, "fg")] if isinstance(ln, str) else ln for ln in lines]
    full = ["".join(t for t, _ in s) for s in segs]
    cols = max(max(len(x) for x in full), min_cols)
    pad = 14
    bar = 34 if style != "win" else 32
    w = int(pad * 2 + cols * cw) + 2
    h = bar + pad * 2 + lh * len(segs)
    im = Image.new("RGB", (w, h), sc["bg"])
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, w, bar], fill=sc["bar"])
    if style == "mac":
        for i, c in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            d.ellipse([12 + i * 20, bar // 2 - 6, 24 + i * 20, bar // 2 + 6], fill=c)
        tf = ImageFont.truetype(UI_FONT, 13)
        d.text((w / 2, bar / 2), title, font=tf, fill=sc["bartext"], anchor="mm")
    elif style == "gnome":
        tf = ImageFont.truetype(UI_FONT, 13)
        d.text((w / 2, bar / 2), title, font=tf, fill=sc["bartext"], anchor="mm")
        for i in range(3):
            cx = w - 20 - i * 26
            d.ellipse([cx - 8, bar // 2 - 8, cx + 8, bar // 2 + 8], fill="#4a4a4a" if i == 0 else sc["bar"],
                      outline="#6a6a6a")
        d.line([w - 24, bar // 2 - 4, w - 16, bar // 2 + 4], fill="#ffffff", width=2)
        d.line([w - 24, bar // 2 + 4, w - 16, bar // 2 - 4], fill="#ffffff", width=2)
    else:  # windows terminal-like
        tf = ImageFont.truetype(UI_FONT_WIN, 12)
        d.text((14, bar / 2), title, font=tf, fill=sc["bartext"], anchor="lm")
        x = w - 16
        d.line([x - 6, bar // 2 - 5, x + 4, bar // 2 + 5], fill=sc["bartext"], width=1)
        d.line([x - 6, bar // 2 + 5, x + 4, bar // 2 - 5], fill=sc["bartext"], width=1)
        d.rectangle([x - 50, bar // 2 - 5, x - 40, bar // 2 + 5], outline=sc["bartext"])
        d.line([x - 96, bar // 2, x - 86, bar // 2], fill=sc["bartext"])
    y = bar + pad
    for s in segs:
        x = pad
        for t, role in s:
            d.text((x, y), t, font=f, fill=sc.get(role, role))
            x += cw * len(t)
        y += lh
    im.save(os.path.join(IMG, scene.file))
    scene.text = norm("\n".join(full))
    scene.size = im.size


def P(s):
    return [(s, "green")]


# ------------------------------------------------------------------ scenes
def t_coverage():
    r = rng("coverage")
    mods = ["src/ledger/__init__.py", "src/ledger/accounts.py", "src/ledger/cli.py", "src/ledger/currency.py",
            "src/ledger/export.py", "src/ledger/importers/csv.py", "src/ledger/importers/ofx.py",
            "src/ledger/reports.py", "src/ledger/rules.py", "src/ledger/storage.py"]
    while True:
        rows = []
        for m in mods:
            st = r.randint(4, 12) if m.endswith("__init__.py") else r.randint(40, 260)
            miss = 0 if m.endswith("__init__.py") else r.randint(0, int(st * 0.45))
            rows.append((m, st, miss, round(100 * (st - miss) / st)))
        covs = [c for *_, c in rows]
        if covs.count(min(covs)) == 1:
            break
    tst = sum(x[1] for x in rows)
    tmi = sum(x[2] for x in rows)
    tcov = round(100 * (tst - tmi) / tst)
    lines = [P("~/code/ledger (main) $ ") + [("coverage report", "fg")],
             "Name                            Stmts   Miss  Cover",
             "---------------------------------------------------"]
    for m, st, mi, c in rows:
        lines.append([(f"{m:<32}{st:>5}{mi:>7}", "fg"), (f"{c:>6}%", "red" if c < 70 else "fg")])
    lines += ["---------------------------------------------------",
              f"{'TOTAL':<32}{tst:>5}{tmi:>7}{tcov:>6}%", "", P("~/code/ledger (main) $ ") + [("▌", "fg")]]
    s = Scene("term_coverage_report.png", "coverage report (Python coverage.py)", "gruvbox dark, JetBrains Mono",
              "terminal", None, "PIL", "per-module statement coverage with TOTAL row")
    term(s, lines, "gruvbox", "JetBrains Mono", 15, "ledger — zsh", "mac")
    worst = min(rows, key=lambda x: x[3])
    s.q("which file has the lowest coverage here?", worst[0], "code", "argmin", True)
    s.q("what's the overall coverage percentage", f"{tcov}%", "percent", "lookup", True)
    s.q("How many modules are under 80% coverage?", sum(1 for x in rows if x[3] < 80), "count", "count")
    return s


def t_kafka():
    r = rng("kafka")
    topic = "invoice-events"
    hosts = ["/10.40.3.17", "/10.40.3.18", "/10.40.3.21"]
    while True:
        parts = []
        for p in range(6):
            end = r.randint(180000, 990000)
            lag = r.choice([0, 0, r.randint(1, 90), r.randint(100, 4800)])
            h = hosts[p % 3]
            cid = f"consumer-billing-{p % 3 + 1}-{r.randrange(16**4):04x}{r.randrange(16**4):04x}"
            parts.append((p, end - lag, end, lag, cid, h, f"consumer-billing-{p % 3 + 1}"))
        lags = [x[3] for x in parts]
        if lags.count(max(lags)) == 1 and max(lags) > 0:
            break
    hdr = f"{'GROUP':<16}{'TOPIC':<16}{'PARTITION':<11}{'CURRENT-OFFSET':<16}{'LOG-END-OFFSET':<16}{'LAG':<7}" \
          f"{'CONSUMER-ID':<31}{'HOST':<14}CLIENT-ID"
    lines = [P("kafka@broker-1:~$ ") + [("kafka-consumer-groups.sh --bootstrap-server localhost:9092 "
                                         "--describe --group billing", "fg")], "", hdr]
    for p, cur, end, lag, cid, h, cl in parts:
        lines.append(f"{'billing':<16}{topic:<16}{p:<11}{cur:<16}{end:<16}{lag:<7}{cid:<31}{h:<14}{cl}")
    lines += ["", P("kafka@broker-1:~$ ")]
    s = Scene("term_kafka_groups.png", "kafka-consumer-groups.sh --describe", "tokyo night, Fira Code",
              "terminal", None, "PIL", "consumer group partitions with offsets and lag (wide)")
    term(s, lines, "tokyo", "Fira Code", 13, "kafka@broker-1: ~", "gnome")
    mx = max(parts, key=lambda x: x[3])
    s.q("what is the total lag of the billing group across all partitions?", sum(lags), "number", "sum")
    s.q("Which partition is furthest behind?", mx[0], "number", "argmax")
    s.q("which host is reading partition 4", parts[4][5], "text", "cell", True)
    return s


def t_nodetool():
    r = rng("nodetool")
    dcs = {"eu-west": "10.8.1.", "eu-central": "10.9.2."}
    nodes = []
    down_at = r.randrange(7)
    k = 0
    for dc, pre in dcs.items():
        for i in range(r.choice([3, 4]) if dc == "eu-west" else 4):
            st = "DN" if k == down_at else "UN"
            load = round(r.uniform(180, 620), 2)
            own = round(r.uniform(12, 31), 1)
            hid = "%08x-%04x-%04x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(16),
                                                 r.getrandbits(16), r.getrandbits(48))
            nodes.append((dc, st, pre + str(11 + i), load, own, hid, f"rack{i % 2 + 1}"))
            k += 1
    assert len(set(n[3] for n in nodes)) == len(nodes)
    lines = [P("$ ") + [("nodetool status", "fg")]]
    for dc in dcs:
        lines += [f"Datacenter: {dc}", "=" * (12 + len(dc)), "Status=Up/Down",
                  "|/ State=Normal/Leaving/Joining/Moving",
                  "--  Address     Load        Tokens  Owns (effective)  Host ID                               Rack"]
        for n in nodes:
            if n[0] != dc:
                continue
            ld = f"{n[3]:.2f} GiB"
            lines.append([(n[1], "red" if n[1] == "DN" else "green"),
                          (f"  {n[2]:<12}{ld:<12}{16:<8}{str(n[4]) + '%':<18}{n[5]:<38}{n[6]}", "fg")])
        lines.append("")
    lines.append(P("$ "))
    s = Scene("term_nodetool_status.png", "nodetool status (Cassandra)", "nord, Hack", "terminal", None, "PIL",
              "two datacenters, one node down, load/owns/host id/rack")
    term(s, lines, "nord", "Hack", 14, "cassandra-ops", "mac")
    dn = [n for n in nodes if n[1] == "DN"][0]
    big = max(nodes, key=lambda n: n[3])
    s.q("which node is down? give me the IP", dn[2], "text", "lookup", True)
    s.q("How many nodes are in the eu-central datacenter?", sum(1 for n in nodes if n[0] == "eu-central"),
        "count", "count")
    s.q("which address carries the most data (load)?", big[2], "text", "argmax", True)
    return s


def t_virsh():
    r = rng("virsh")
    names = ["gitea", "pg-primary", "pg-replica", "ci-runner-01", "ci-runner-02", "ci-runner-03", "win11-test",
             "pihole", "mail-relay", "k3s-node-a"]
    r.shuffle(names)
    rows = []
    nid = r.randint(1, 4)
    for n in names:
        st = r.choice(["running", "running", "running", "shut off", "paused"])
        if st == "shut off":
            rows.append(("-", n, st))
        else:
            rows.append((str(nid), n, st))
            nid += r.randint(1, 3)
    rows.sort(key=lambda x: (x[0] == "-", int(x[0]) if x[0] != "-" else 0))
    lines = [P("root@hv02:~# ") + [("virsh list --all", "fg")], " Id   Name           State",
             "-------------------------------"]
    for i, n, st in rows:
        lines.append([(f" {i:<4} {n:<14} ", "fg"), (st, {"running": "green", "shut off": "dim"}.get(st, "yellow"))])
    lines += ["", P("root@hv02:~# ")]
    s = Scene("term_virsh_list.png", "virsh list --all (libvirt)", "ubuntu aubergine, DejaVu Sans Mono",
              "terminal", None, "PIL", "10 domains: running, paused, shut off")
    term(s, lines, "ubuntu", "DejaVu Sans Mono", 15, "root@hv02: ~", "gnome")
    running = [x for x in rows if x[2] == "running"]
    off = [x for x in rows if x[2] == "shut off"]
    withid = [x for x in rows if x[0] != "-"]
    s.q("how many VMs are running right now?", len(running), "count", "count")
    s.q("is pg-replica up?", "yes" if dict((x[1], x[2]) for x in rows)["pg-replica"] == "running" else "no",
        "yesno", "state_yesno")
    tgt = r.choice(withid)
    s.q(f"what's the domain id of {tgt[1]}", tgt[0], "number", "cell", True)
    return s


def fmt_slurm(sec):
    d, rem = divmod(sec, 86400)
    h, rem = divmod(rem, 3600)
    m, s_ = divmod(rem, 60)
    if d:
        return f"{d}-{h:02d}:{m:02d}:{s_:02d}"
    if h:
        return f"{h}:{m:02d}:{s_:02d}"
    return f"{m}:{s_:02d}"


def t_squeue():
    r = rng("squeue")
    users = ["akone", "bvarga", "mtanaka", "rpillai", "jdoyle"]
    names = ["cfd_mesh", "bert_ft", "md_run7", "alignbwa", "wrf_d02", "qmc_he", "vasp_opt", "rnaseq", "gromacs",
             "lstm_sw", "mcmc_b3"]
    jid = r.randint(48100, 48200)
    rows = []
    for i, nm in enumerate(names):
        st = "R" if i < 7 else "PD"
        part = r.choice(["gpu", "compute", "compute", "highmem"])
        u = r.choice(users)
        if st == "R":
            t = r.randint(40, 200000)
            nodes = r.choice([1, 1, 2, 4])
            a = r.randint(10, 40)
            nl = f"cn[{a:02d}-{a + nodes - 1:02d}]" if nodes > 1 else f"cn{a:02d}"
            if part == "gpu":
                nl = nl.replace("cn", "gpu")
        else:
            t = 0
            nodes = r.choice([1, 2, 8])
            nl = r.choice(["(Resources)", "(Priority)", "(QOSMaxCpuPerUserLimit)"])
        jid += r.randint(1, 3)
        rows.append((jid, part, nm, u, st, t, nodes, nl))
    rows = sorted(rows, key=lambda x: x[0])
    runs = [x for x in rows if x[4] == "R"]
    assert [x[5] for x in runs].count(max(x[5] for x in runs)) == 1
    lines = [P("[rpillai@login2 ~]$ ") + [("squeue", "fg")],
             "             JOBID PARTITION     NAME     USER ST       TIME  NODES NODELIST(REASON)"]
    for j, p, n, u, st, t, nd, nl in rows:
        lines.append(f"{j:>18} {p:>9} {n:>8} {u:>8} {st:>2} {fmt_slurm(t):>10} {nd:>6} {nl}")
    lines.append(P("[rpillai@login2 ~]$ "))
    s = Scene("term_squeue.png", "squeue (Slurm)", "everforest, Inconsolata", "terminal", None, "PIL",
              "11 cluster jobs, running and pending with reasons")
    term(s, lines, "everforest", "Inconsolata", 16, "login2.hpc — ssh", "mac")
    longest = max(runs, key=lambda x: x[5])
    tgt = rows[3]
    s.q("how many jobs are still pending?", sum(1 for x in rows if x[4] == "PD"), "count", "count")
    s.q("Which running job has been going the longest? job id please", longest[0], "code", "argmax", True)
    s.q(f"who submitted job {tgt[0]}", tgt[3], "text", "party", True)
    return s


def t_iperf():
    r = rng("iperf")
    server = "10.20.0.5"
    intervals = []
    for i in range(10):
        mb = r.randint(98, 113)
        retr = r.choice([0, 0, r.randint(1, 40)])
        intervals.append((i, mb, retr))
    while [x[2] for x in intervals].count(max(x[2] for x in intervals)) > 1 or max(x[2] for x in intervals) == 0:
        i = r.randrange(10)
        intervals[i] = (i, intervals[i][1], r.randint(1, 60))
    tot = sum(x[1] for x in intervals)
    tot_recv = tot - r.randint(0, 2)

    def br(mb, secs):
        return round(mb * 1048576 * 8 / 1e6 / secs)

    lines = [P("pi@bench:~ $ ") + [(f"iperf3 -c {server} -t 10", "fg")],
             f"Connecting to host {server}, port 5201",
             f"[  5] local 10.20.0.31 port 51744 connected to {server} port 5201",
             "[ ID] Interval           Transfer     Bitrate         Retr  Cwnd"]
    for i, mb, rt in intervals:
        cw = r.choice(["385 KBytes", "412 KBytes", "298 KBytes", "441 KBytes"])
        lines.append(f"[  5] {i:>5.2f}-{i + 1:<5.2f}  sec   {mb:>3} MBytes   {br(mb, 1):>3} Mbits/sec  "
                     f"{rt:>3}   {cw}")
    rsum = sum(x[2] for x in intervals)
    lines += ["- - - - - - - - - - - - - - - - - - - - - - - - -",
              "[ ID] Interval           Transfer     Bitrate         Retr",
              f"[  5]   0.00-10.00  sec  {tot / 1024:.2f} GBytes   {br(tot, 10):>3} Mbits/sec  {rsum:>3}"
              "             sender",
              f"[  5]   0.00-10.04  sec  {tot_recv / 1024:.2f} GBytes   {br(tot_recv, 10.04):>3} Mbits/sec"
              "                  receiver", "", "iperf Done.", P("pi@bench:~ $ ")]
    s = Scene("term_iperf3.png", "iperf3 client run", "solarized light, Liberation Mono", "terminal", None, "PIL",
              "10 one-second intervals with retransmits, sender/receiver summary")
    term(s, lines, "solarized-light", "Liberation Mono", 14, "pi@bench: ~", "gnome")
    worst = max(intervals, key=lambda x: x[2])
    s.q("what bitrate did the receiver get on average? (Mbits/sec)", br(tot_recv, 10.04), "number", "lookup", True)
    s.q("in which second interval were there the most retransmits", f"{worst[0]:.2f}-{worst[0] + 1:.2f}",
        "text", "argmax", True)
    s.q("How many intervals had zero retransmissions?", sum(1 for x in intervals if x[2] == 0), "count", "count")
    return s


def t_pipaudit():
    r = rng("pipaudit")
    pk = [("jinja2", "3.1.2", ["3.1.3"], 2), ("urllib3", "1.26.15", ["1.26.18", "2.0.7"], 3),
          ("cryptography", "41.0.1", ["41.0.2"], 1), ("werkzeug", "2.3.6", ["2.3.8"], 1),
          ("pillow", "10.0.0", ["10.0.1"], 1)]
    rows = []
    for name, ver, fixes, n in pk:
        for k in range(n):
            vid = f"{r.choice(['PYSEC', 'GHSA'])}"
            if vid == "PYSEC":
                vid = f"PYSEC-2023-{r.randint(100, 299)}"
            else:
                a = "".join(r.choice("23456789cfghjmpqrvwx") for _ in range(12))
                vid = f"GHSA-{a[:4]}-{a[4:8]}-{a[8:]}"
            rows.append((name, ver, vid, fixes[min(k, len(fixes) - 1)]))
    lines = [P("(venv) ~/svc-orders $ ") + [("pip-audit -r requirements.txt", "fg")],
             [(f"Found {len(rows)} known vulnerabilities in {len(pk)} packages", "red")],
             "Name         Version ID                  Fix Versions",
             "------------ ------- ------------------- ------------"]
    for n, v, i, fx in rows:
        lines.append(f"{n:<12} {v:<7} {i:<19} {fx}")
    lines += ["", P("(venv) ~/svc-orders $ ")]
    s = Scene("term_pip_audit.png", "pip-audit -r requirements.txt", "one light, Noto Sans Mono", "terminal", None,
              "PIL", "8 advisories across 5 packages with fix versions")
    term(s, lines, "one-light", "Noto Sans Mono", 14, "svc-orders", "mac")
    tgt = [x for x in rows if x[0] == "werkzeug"][0]
    s.q("which package has the most vulnerabilities listed?", "urllib3", "code", "argmax", True)
    s.q(f"what version of werkzeug fixes {tgt[2]}?", tgt[3], "version", "lookup", True)
    s.q("how many of the advisories are GHSA ids rather than PYSEC?", sum(1 for x in rows if x[2].startswith("GHSA")),
        "count", "count")
    return s


def t_vnstat():
    r = rng("vnstat")
    days = []
    for d in range(8, 16):
        rx = round(r.uniform(1.2, 19.5), 2)
        tx = round(r.uniform(0.3, 4.8), 2)
        days.append((f"2025-09-{d:02d}", rx, tx))
    while True:
        tots = [round(a + b, 2) for _, a, b in days]
        if tots.count(max(tots)) == 1:
            break
    lines = [P("$ ") + [("vnstat -d 8 -i enp3s0", "fg")], "",
             " enp3s0  /  daily", "",
             "          day        rx      |     tx      |    total    |   avg. rate",
             "     ------------------------+-------------+-------------+---------------"]
    for (dy, rx, tx), t in zip(days, tots):
        rate = t * 1024 ** 3 * 8 / 86400 / 1e6
        lines.append(f"     {dy}  {rx:>6.2f} GiB  | {tx:>6.2f} GiB  | {t:>6.2f} GiB  |  {rate:>6.2f} Mbit/s")
    lines += ["     ------------------------+-------------+-------------+---------------", "", P("$ ")]
    s = Scene("term_vnstat_daily.png", "vnstat -d (daily traffic)", "amber monochrome, Nimbus Mono PS", "terminal",
              None, "PIL", "8 days of rx/tx/total per day")
    term(s, lines, "amber", "Nimbus Mono PS", 16, "vnstat", "mac")
    best = max(range(8), key=lambda i: tots[i])
    s.q("which day had the most total traffic?", days[best][0], "date", "argmax", True)
    s.q("how much did it upload (tx) on 2025-09-11, in GiB", f"{days[3][2]:.2f}", "number", "cell", True)
    s.q("what's the combined download (rx) over all 8 days in GiB?", f"{sum(x[1] for x in days):.2f}", "number",
        "sum")
    return s


def t_whois():
    r = rng("whois")
    dom = "brightquarry.io"
    ns = ["ns-1123.awsdns-12.org", "ns-204.awsdns-25.com", "ns-1790.awsdns-31.co.uk", "ns-611.awsdns-13.net"]
    k = r.choice([3, 4])
    ns = ns[:k]
    cy, ey = 2019, 2026
    cm, cd = r.randint(1, 12), r.randint(1, 28)
    lines = [P("➜  ~ ") + [(f"whois {dom} | head -32", "fg")],
             f"Domain Name: {dom}",
             "Registry Domain ID: 4b1c2e7f90aa4d3c9d11b5e1a0b2c3d4-DONUTS",
             "Registrar WHOIS Server: whois.harbourline-registrar.example",
             "Registrar URL: https://harbourline-registrar.example",
             f"Updated Date: 2025-0{r.randint(1, 6)}-{r.randint(10, 28)}T08:14:02Z",
             f"Creation Date: {cy}-{cm:02d}-{cd:02d}T17:42:11Z",
             f"Registry Expiry Date: {ey}-{cm:02d}-{cd:02d}T17:42:11Z",
             "Registrar: Harbourline Registrar Ltd",
             "Registrar IANA ID: 9417",
             "Registrar Abuse Contact Email: abuse@harbourline-registrar.example",
             "Registrar Abuse Contact Phone: +44.2071234567",
             "Domain Status: clientTransferProhibited https://icann.org/epp#clientTransferProhibited",
             "Domain Status: clientDeleteProhibited https://icann.org/epp#clientDeleteProhibited",
             "Registrant Organization: Brightquarry Analytics",
             "Registrant State/Province: Bristol",
             "Registrant Country: GB"]
    lines += [f"Name Server: {n}" for n in ns]
    lines += ["DNSSEC: unsigned", P("➜  ~ ")]
    s = Scene("term_whois.png", "whois domain lookup", "dracula, JetBrains Mono", "terminal", None, "PIL",
              "registry record: registrar, dates, statuses, name servers")
    term(s, lines, "dracula", "JetBrains Mono", 14, "zsh", "mac")
    s.q("when does this domain expire?", f"{ey}-{cm:02d}-{cd:02d}", "date", "lookup", True)
    s.q("Who's the registrar for brightquarry.io", "Harbourline Registrar Ltd", "text", "lookup", True)
    s.q("how many name servers does it have", k, "count", "count")
    return s


def t_fdisk():
    r = rng("fdisk")
    sect = 1000215216
    parts = [("EFI System", 2048, 1050623)]
    start = 1050624
    specs = [("Linux filesystem", r.randint(60, 120)), ("Linux swap", r.choice([8, 16, 32])),
             ("Linux filesystem", r.randint(250, 380))]
    for t, gib in specs:
        n = gib * 2097152
        parts.append((t, start, start + n - 1))
        start += n

    def size(n):
        g = n * 512 / 1024 ** 3
        return f"{g:.0f}G" if g >= 100 or abs(g - round(g)) < 1e-9 else f"{g:.1f}G" if g >= 1 else f"{n * 512 // 1024 ** 2}M"

    lines = [P("root@nuc:~# ") + [("fdisk -l /dev/nvme0n1", "fg")],
             "Disk /dev/nvme0n1: 476.94 GiB, 512110190592 bytes, 1000215216 sectors",
             "Disk model: KXG60ZNV512G NVMe KIOXIA 512GB",
             "Units: sectors of 1 * 512 = 512 bytes",
             "Sector size (logical/physical): 512 bytes / 512 bytes",
             "I/O size (minimum/optimal): 512 bytes / 512 bytes",
             "Disklabel type: gpt",
             "Disk identifier: 5E1B7C2A-90D4-4F3E-A1B6-2C7D8E9F0A31", "",
             "Device             Start        End   Sectors   Size Type"]
    rows = []
    for i, (t, a, b) in enumerate(parts, 1):
        n = b - a + 1
        rows.append((f"/dev/nvme0n1p{i}", a, b, n, size(n), t))
        lines.append(f"{'/dev/nvme0n1p' + str(i):<15}{a:>9}{b:>11}{n:>10}{size(n):>7} {t}")
    lines += ["", P("root@nuc:~# ")]
    s = Scene("term_fdisk.png", "fdisk -l (GPT NVMe disk)", "monokai, Hack", "terminal", None, "PIL",
              "disk header and 4 partitions")
    term(s, lines, "monokai", "Hack", 14, "root@nuc", "gnome")
    s.q("how big is the swap partition", next(x[4] for x in rows if x[5] == "Linux swap"), "text", "cell", True)
    s.q("what's the partition table type on this disk?", "gpt", "text", "lookup", True)
    s.q("How many Linux filesystem partitions are there?", sum(1 for x in rows if x[5] == "Linux filesystem"),
        "count", "count")
    return s


def t_k6():
    r = rng("k6")
    reqs = r.randint(18000, 26000)
    failed = r.randint(40, 420)
    dur = 300
    avg = round(r.uniform(120, 190), 2)
    p90 = round(avg * r.uniform(1.6, 1.9), 2)
    p95 = round(p90 * r.uniform(1.15, 1.3), 2)
    checks_ok = reqs * 2 - failed * 2
    fail_pct = round(failed / reqs * 100, 2)
    lines = [P("$ ") + [("k6 run checkout-load.js", "fg")], "",
             "     scenarios: (100.00%) 1 scenario, 50 max VUs, 5m30s max duration (incl. graceful stop):",
             "              * default: 50 looping VUs for 5m0s (gracefulStop: 30s)", "",
             [("     ✓ status is 200", "green")],
             [("     ✗ body has order id", "red")],
             [(f"      ↳  {100 * (reqs - failed) / reqs:.0f}% — ✓ {reqs - failed} / ✗ {failed}", "dim")], "",
             f"     checks.........................: {100 * checks_ok / (2 * reqs):.2f}% ✓ {reqs * 2 - failed}"
             f"       ✗ {failed}",
             f"     data_received..................: {r.randint(60, 90)} MB  {r.randint(200, 300)} kB/s",
             f"     http_req_duration..............: avg={avg}ms min={round(r.uniform(30, 60), 2)}ms "
             f"med={round(avg * 0.82, 2)}ms max={round(r.uniform(1.8, 2.9), 2)}s p(90)={p90}ms p(95)={p95}ms",
             f"     http_req_failed................: {fail_pct:.2f}%  ✓ {failed}        ✗ {reqs - failed}",
             f"     http_reqs......................: {reqs}   {reqs / dur:.6f}/s",
             f"     iterations.....................: {reqs}   {reqs / dur:.6f}/s",
             "     vus............................: 50      min=50        max=50",
             "", "running (5m00.4s), 00/50 VUs, " + f"{reqs} complete and 0 interrupted iterations",
             "default ✓ [======================================] 50 VUs  5m0s", P("$ ")]
    # note: k6 prints the checks line as ✓ passes ✗ fails; we keep failures equal to the body-check failures
    lines[9] = (f"     checks.........................: {100 * (2 * reqs - failed) / (2 * reqs):.2f}% "
                f"✓ {2 * reqs - failed}       ✗ {failed}")
    s = Scene("term_k6_summary.png", "k6 load test summary", "catppuccin latte, DejaVu Sans Mono", "terminal", None, "PIL",
              "checks, request duration percentiles, failure rate, request count")
    term(s, lines, "latte", "DejaVu Sans Mono", 13, "k6 — checkout", "mac")
    s.q("what was the p95 response time in ms", f"{p95}", "number", "lookup", True)
    s.q("How many requests in total did the test send?", reqs, "number", "lookup", True)
    s.q("what % of http requests failed", f"{fail_pct:.2f}%", "percent", "lookup", True)
    return s


def t_precommit():
    r = rng("precommit")
    hooks = ["trim trailing whitespace", "fix end of files", "check yaml", "check for added large files",
             "check for merge conflicts", "black", "isort", "flake8", "mypy", "codespell"]
    res = {}
    for h in hooks:
        res[h] = r.choice(["Passed", "Passed", "Passed", "Failed", "Skipped"])
    res["black"] = "Failed"
    res["check yaml"] = "Passed"
    res["isort"] = "Passed"
    width = 79
    lines = [P("~/repos/tidewatch $ ") + [("pre-commit run --all-files", "fg")]]
    for h in hooks:
        st = res[h]
        label = f"{h}"
        if st == "Skipped":
            tail = "(no files to check)Skipped"
        else:
            tail = st
        dots = "." * (width - len(label) - len(tail))
        lines.append([(label + dots + tail[:-len(st)], "fg"), (st, {"Passed": "green", "Failed": "red"}.get(st, "cyan"))])
        if st == "Failed":
            if h == "black":
                lines += [[("- hook id: black", "dim")], [("- files were modified by this hook", "dim")], "",
                          "reformatted tidewatch/sensors.py", "", "All done!",
                          "1 file reformatted, 23 files left unchanged.", ""]
            else:
                lines += [[(f"- hook id: {h.replace(' ', '-')}", "dim")], [("- exit code: 1", "dim")], "",
                          f"tidewatch/alerts.py:{r.randint(10, 200)}:{r.randint(1, 40)}: problem reported by {h}", ""]
    lines.append(P("~/repos/tidewatch $ "))
    s = Scene("term_precommit.png", "pre-commit run --all-files", "everforest, Hack",
              "terminal", None, "PIL", "10 hooks passed/failed/skipped with failure details")
    term(s, lines, "everforest", "Hack", 13, "tidewatch", "gnome")
    s.q("how many hooks failed?", sum(1 for v in res.values() if v == "Failed"), "count", "count")
    s.q("which file did black reformat", "tidewatch/sensors.py", "code", "lookup", True)
    s.q("did the flake8 hook pass?", "yes" if res["flake8"] == "Passed" else "no", "yesno", "state_yesno")
    return s


def t_getservice():
    r = rng("getservice")
    svcs = [("AudioSrv", "Windows Audio"), ("BITS", "Background Intelligent Transfer Service"),
            ("Dnscache", "DNS Client"), ("MSSQL$EXPRESS", "SQL Server (EXPRESS)"),
            ("Spooler", "Print Spooler"), ("sshd", "OpenSSH SSH Server"), ("W32Time", "Windows Time"),
            ("WinRM", "Windows Remote Management (WS-Management)"), ("wuauserv", "Windows Update"),
            ("Themes", "Themes"), ("TermService", "Remote Desktop Services"), ("WSearch", "Windows Search")]
    svcs.sort(key=lambda x: x[0].lower())
    rows = [(r.choice(["Running", "Running", "Stopped"]), n, d) for n, d in svcs]
    lines = [[("PS C:\\Users\\ops> ", "fg"), ("Get-Service", "yellow"), (" | ", "fg"),
              ("Sort-Object", "yellow"), (" Name", "fg")], "",
             "Status   Name               DisplayName", "------   ----               -----------"]
    for st, n, d in rows:
        lines.append(f"{st:<8} {n:<18} {d}")
    lines += ["", "PS C:\\Users\\ops> "]
    s = Scene("term_ps_getservice.png", "PowerShell Get-Service", "PowerShell blue, Liberation Mono", "terminal",
              None, "PIL", "12 Windows services running/stopped")
    term(s, lines, "powershell", "Liberation Mono", 15, "Windows PowerShell", "win")
    tgt = r.choice(rows)
    s.q("how many services are stopped", sum(1 for x in rows if x[0] == "Stopped"), "count", "count")
    s.q(f"is the {tgt[2]} service running?", "yes" if tgt[0] == "Running" else "no", "yesno", "state_yesno")
    s.q("what's the service name (short name) for Remote Desktop Services?", "TermService", "code", "lookup", True)
    return s


SCENES = [t_coverage, t_kafka, t_nodetool, t_virsh, t_squeue, t_iperf, t_pipaudit, t_vnstat, t_whois, t_fdisk,
          t_k6, t_precommit, t_getservice]
