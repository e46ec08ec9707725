"""Terminal screenshots drawn with PIL (several colour schemes and monospace fonts)."""
import datetime as dt

from common import q, scene, rng, terminal, P, nstr, uniq_max, uniq_min


def df_inodes():
    name = "term_df_inodes"
    r = rng(name)
    scene(name, "terminal", "df -i", "kanagawa, JetBrains Mono", "inode usage per filesystem")
    fss = [("/dev/nvme0n1p2", "/"), ("tmpfs", "/run"), ("/dev/nvme0n1p1", "/boot/efi"), ("/dev/mapper/vg0-home", "/home"),
           ("/dev/mapper/vg0-var", "/var"), ("/dev/sdb1", "/srv/mail"), ("tmpfs", "/tmp")]
    rows = []
    pcts = r.sample(range(1, 97), len(fss))
    for (fs, mnt), pct in zip(fss, pcts):
        tot = r.choice([131072, 655360, 1966080, 3276800, 6553600, 983040]) if mnt != "/boot/efi" else 0
        if tot == 0:
            rows.append((fs, "0", "0", "0", "-", mnt, -1, 0))
            continue
        used = tot * pct // 100
        rows.append((fs, str(tot), str(used), str(tot - used), f"{pct}%", mnt, pct, tot - used))
    lines = [P("kenji@atlas:~$ ", "df -i")]
    lines.append(f"{'Filesystem':<22}{'Inodes':>9}{'IUsed':>9}{'IFree':>9} IUse% Mounted on")
    for fs, t, u, fr, p, m, *_ in rows:
        col = "red" if (rows and p != "-" and int(p[:-1]) >= 90) else None
        lines.append([(f"{fs:<22}{t:>9}{u:>9}{fr:>9} {p:>5} {m}", col)])
    lines.append(P("kenji@atlas:~$ ", ""))
    terminal(name, lines, "kanagawa", "JetBrains Mono", 16, title="kenji@atlas: ~")
    top = uniq_max(rows, key=lambda x: x[6])
    home = [x for x in rows if x[5] == "/home"][0]
    q("which mount point is closest to running out of inodes", top[5], "text", "argmax", True)
    q("free inodes on /home?", home[3], "number", "cell", True)


def lscpu():
    name = "term_lscpu"
    r = rng(name)
    scene(name, "terminal", "lscpu", "PaperColor light, Hack", "CPU architecture summary")
    model = r.choice(["AMD Ryzen 7 7840U w/ Radeon 780M Graphics", "Intel(R) Core(TM) i7-1360P",
                      "AMD EPYC 7443P 24-Core Processor"])
    cores = {"AMD Ryzen 7 7840U w/ Radeon 780M Graphics": (8, 2, "8 MiB (8 instances)", "16 MiB (1 instance)"),
             "Intel(R) Core(TM) i7-1360P": (12, 1, "9 MiB (6 instances)", "18 MiB (1 instance)"),
             "AMD EPYC 7443P 24-Core Processor": (24, 2, "12 MiB (24 instances)", "128 MiB (4 instances)")}[model]
    ncpu = cores[0] * cores[1] if "Intel" not in model else 16
    kv = [("Architecture:", "x86_64"), ("  CPU op-mode(s):", "32-bit, 64-bit"), ("  Address sizes:", "48 bits physical, 48 bits virtual"),
          ("  Byte Order:", "Little Endian"), ("CPU(s):", str(ncpu)), ("  On-line CPU(s) list:", f"0-{ncpu - 1}"),
          ("Vendor ID:", "GenuineIntel" if "Intel" in model else "AuthenticAMD"), ("  Model name:", model),
          ("    Thread(s) per core:", str(cores[1]) if "Intel" not in model else "2"),
          ("    Core(s) per socket:", str(cores[0])), ("    Socket(s):", "1"),
          ("    CPU max MHz:", f"{r.choice([4200, 4700, 5100])}.0000"), ("    CPU min MHz:", "400.0000"),
          ("Virtualization features:", ""), ("  Virtualization:", "AMD-V" if "Intel" not in model else "VT-x"),
          ("Caches (sum of all):", ""), ("  L1d:", f"{cores[0] * 32 if 'Intel' not in model else 448} KiB"),
          ("  L2:", cores[2]), ("  L3:", cores[3]), ("NUMA:", ""), ("  NUMA node(s):", "1"),
          ("  NUMA node0 CPU(s):", f"0-{ncpu - 1}")]
    lines = [P("[ana@fedora ~]$ ", "lscpu", "green")]
    for k, v in kv:
        lines.append(f"{k:<34}{v}")
    terminal(name, lines, "papercolor", "Hack", 15, title="ana@fedora:~")
    q("what cpu is this", model, "text", "lookup", True)
    q("how many CPUs does lscpu report", str(ncpu), "number", "lookup", True)


def git_blame():
    name = "term_git_blame"
    r = rng(name)
    scene(name, "terminal", "git blame", "Tomorrow Night, Fira Code", "blame of a Python file: hash, author, date per line")
    authors = ["Ingrid Solberg", "Tomasz Wrona", "Amara Okafor", "Lucas Ferreira"]
    code = ["import hashlib", "from pathlib import Path", "", "CHUNK = 1 << 16", "", "",
            "def file_digest(path: Path, algo: str = \"sha256\") -> str:",
            "    h = hashlib.new(algo)", "    with path.open(\"rb\") as fh:",
            "        for block in iter(lambda: fh.read(CHUNK), b\"\"):", "            h.update(block)",
            "    return h.hexdigest()", "", "", "def same_file(a: Path, b: Path) -> bool:",
            "    if a.stat().st_size != b.stat().st_size:", "        return False",
            "    return file_digest(a) == file_digest(b)"]
    commits = []
    base = dt.datetime(2023, 2, 6, 9, 0)
    for k in range(5):
        base += dt.timedelta(days=r.randint(10, 90), hours=r.randint(0, 8), minutes=r.randint(0, 59))
        commits.append(("%08x" % r.getrandbits(32), authors[k % 4] if k < 4 else r.choice(authors), base))
    lines_c = []
    for i, _ in enumerate(code):
        lines_c.append(commits[r.randint(0, 4)])
    # force the latest commit to appear
    lines_c[15] = commits[4]
    lines = [P("dedupe on  main $ ", "git blame dedupe/digest.py", "cyan")]
    for i, (cl, (h, a, t)) in enumerate(zip(code, lines_c), 1):
        lines.append([(f"{h} ", "yellow"), (f"({a:<15} {t.strftime('%Y-%m-%d %H:%M:%S')} +0100 {i:>2}) ", "dim"), (cl, None)])
    terminal(name, lines, "tomorrow_night", "Fira Code", 14, title="zsh — dedupe")
    ln = 11
    latest = max(set(lines_c), key=lambda c: c[2])
    who = lines_c[ln - 1][1]
    cnt_author = authors[1]
    n = sum(1 for c in lines_c if c[1] == cnt_author)
    q(f"who wrote line {ln}", who, "person", "party", True)
    q("which commit hash is the most recent change in this file", latest[0], "code", "latest", True)
    q(f"how many lines are blamed on {cnt_author}", str(n), "count", "count", False)


def npm_ls():
    name = "term_npm_ls"
    r = rng(name)
    scene(name, "terminal", "npm ls --depth=0", "Cobalt2, DejaVu Sans Mono", "dependency tree with one invalid package and npm error")
    pk = [("@fastify/cors", "9.0.1"), ("dotenv", "16.4.5"), ("express", f"4.{r.randint(17, 19)}.{r.randint(0, 3)}"),
          ("helmet", "7.1.0"), ("ioredis", "5.3.2"), ("pino", "8.19.0"), ("prisma", "5.11.0"), ("zod", "3.22.4"),
          ("typescript", "5.4.3"), ("vitest", "1.4.0")]
    bad = r.choice(["pino", "ioredis", "helmet"])
    bad_i = [p for p, _ in pk].index(bad)
    need = {"pino": "^9.0.0", "ioredis": "^5.4.0", "helmet": "^8.0.0"}[bad]
    lines = [P("PS C:\\dev\\orders-api> ", "npm ls --depth=0", "yellow"), "orders-api@2.3.0 C:\\dev\\orders-api"]
    for i, (p, v) in enumerate(pk):
        br = "└── " if i == len(pk) - 1 else "├── "
        if i == bad_i:
            lines.append([(br, None), (f"{p}@{v} invalid: \"{need}\" from the root project", "red")])
        else:
            lines.append(br + f"{p}@{v}")
    lines.append("")
    err = f"npm ERR! code ELSPROBLEMS"
    err2 = f"npm ERR! invalid: {pk[bad_i][0]}@{pk[bad_i][1]} C:\\dev\\orders-api\\node_modules\\{bad}"
    lines += [[(err, "red")], [(err2, "red")], "", [("npm ERR! A complete log of this run can be found in: C:\\Users\\dev\\AppData\\Local\\npm-cache\\_logs\\2024-06-03T08_14_52_118Z-debug-0.log", "red")]]
    terminal(name, lines, "cobalt2", "DejaVu Sans Mono", 14, title="Windows PowerShell", chrome="win")
    q("which express version is installed", pk[2][1], "version", "lookup", True)
    q("which package does npm complain about", bad, "text", "error", True)


def flake8():
    name = "term_flake8"
    r = rng(name)
    scene(name, "terminal", "flake8", "Ayu light, Inconsolata", "lint report lines file:line:col code message")
    msgs = {"E501": "line too long ({n} > 88 characters)", "F401": "'{m}' imported but unused",
            "E302": "expected 2 blank lines, found 1", "W291": "trailing whitespace",
            "F841": "local variable '{v}' is assigned to but never used", "E711": "comparison to None should be 'if cond is None:'"}
    files = ["app/routes.py", "app/models.py", "app/utils/dates.py", "tests/test_routes.py"]
    codes = ["E501"] * 4 + ["F401"] * 3 + ["E302"] * 2 + ["W291", "F841", "E711"]
    r.shuffle(codes)
    out = []
    for cd in codes:
        f = r.choice(files)
        out.append((f, r.randint(3, 240), r.randint(1, 80), cd))
    out.sort(key=lambda x: (files.index(x[0]), x[1]))
    lines = [P("(venv) ~/shop$ ", "flake8 app tests", "green")]
    for f, ln, col, cd in out:
        m = msgs[cd].format(n=r.randint(89, 131), m=r.choice(["os", "typing.Any", "json"]), v=r.choice(["resp", "tmp"]))
        lines.append([(f"{f}:{ln}:{col}: ", None), (cd, "red" if cd[0] == "F" else "yellow"), (" " + m, None)])
    lines.append(P("(venv) ~/shop$ ", ""))
    terminal(name, lines, "ayu_light", "Inconsolata", 17, title="shop — flake8")
    target = out[0][0]
    n = sum(1 for x in out if x[0] == target)
    q(f"how many problems in {target}?", str(n), "count", "count", False)
    q("what error code shows up most often", "E501", "code", "argmax", True)
    f841 = [x for x in out if x[3] == "F841"][0]
    q("which file has the unused local variable", f841[0], "text", "lookup", True)


def mpstat():
    name = "term_mpstat"
    r = rng(name)
    scene(name, "terminal", "mpstat -P ALL 1 1", "Horizon, Roboto Mono-like (DejaVu)", "per-CPU utilisation table")
    lines = [P("root@db-02:~# ", "mpstat -P ALL 1 1"),
             "Linux 6.1.0-21-amd64 (db-02)   06/11/2024      _x86_64_        (6 CPU)", "",
             "02:17:41 PM  CPU    %usr   %nice    %sys %iowait    %irq   %soft  %steal  %guest   %idle"]
    idles = r.sample(range(8, 95), 6)
    rows = []
    for c in range(6):
        idle = idles[c] + r.choice([0.0, 0.5, 0.25])
        rest = 100 - idle
        io = round(rest * r.uniform(0.05, 0.4), 2)
        sy = round(rest * r.uniform(0.1, 0.3), 2)
        soft = round(rest * 0.03, 2)
        usr = round(rest - io - sy - soft, 2)
        rows.append((str(c), usr, 0.0, sy, io, 0.0, soft, 0.0, 0.0, round(idle, 2)))
    tot = [round(sum(x[i] for x in rows) / 6, 2) for i in range(1, 10)]
    fmt = lambda lab, v: f"02:17:42 PM  {lab:>3} " + "".join(f"{x:8.2f}" for x in v)
    lines.append(fmt("all", tot))
    for x in rows:
        lines.append(fmt(x[0], x[1:]))
    lines.append("")
    lines.append("Average:     CPU    %usr   %nice    %sys %iowait    %irq   %soft  %steal  %guest   %idle")
    lines.append(P("root@db-02:~# ", ""))
    terminal(name, lines, "horizon", "DejaVu Sans Mono", 14, title="root@db-02")
    busy = uniq_min(rows, key=lambda x: x[9])
    q("which cpu is the busiest", busy[0], "text", "argmin", True)
    c3 = rows[3]
    q("%iowait on CPU 3?", f"{c3[4]:.2f}", "percent", "cell", True)


def zypper():
    name = "term_zypper_lu"
    r = rng(name)
    scene(name, "terminal", "zypper list-updates (openSUSE)", "Nightfox, Liberation Mono", "pipe-separated update table")
    pk = [("bash", "5.2.15-1.3", "5.2.26-1.1"), ("curl", "8.6.0-2.1", "8.7.1-1.1"), ("firefox", "124.0.1-1.1", "125.0.2-1.1"),
          ("git-core", "2.44.0-1.2", "2.45.0-1.1"), ("kernel-default", "6.8.1-1.1", "6.8.7-1.1"),
          ("libreoffice", "24.2.1.2-1.1", "24.2.2.2-1.1"), ("openssl-3", "3.1.4-8.2", "3.1.4-9.1"),
          ("python311", "3.11.8-1.2", "3.11.9-1.1"), ("vim", "9.1.0111-1.1", "9.1.0330-1.1"),
          ("zypper", "1.14.68-1.1", "1.14.70-1.1")]
    sel = sorted(r.sample(pk, 8))
    repos = ["repo-oss", "repo-update", "packman"]
    rows = [(r.choice(repos[:2]) if p != "firefox" else "repo-update", p, a, b) for p, a, b in sel]
    w = max(len(x[1]) for x in rows)
    lines = [P("linux-pxo4:~ # ", "zypper lu", "green"), "Loading repository data...", "Reading installed packages...",
             f"S  | Repository  | {'Name':<{w}} | {'Current Version':<15} | {'Available Version':<17} | Arch",
             f"---+-------------+-{'-' * w}-+-{'-' * 15}-+-{'-' * 17}-+-------"]
    for rp, p, a, b in rows:
        lines.append(f"v  | {rp:<11} | {p:<{w}} | {a:<15} | {b:<17} | x86_64")
    lines.append(P("linux-pxo4:~ # ", ""))
    terminal(name, lines, "nightfox", "Liberation Mono", 15, title="linux-pxo4")
    t = rows[r.randrange(len(rows))]
    q(f"what version of {t[1]} is available", t[3], "version", "cell", True)
    nupd = sum(1 for x in rows if x[0] == "repo-update")
    q("how many of these updates come from repo-update", str(nupd), "count", "count", False)
    q("is there an update for vim", "yes" if any(x[1] == "vim" for x in rows) else "no", "yesno", "exists", False)


def ps_getprocess():
    name = "term_ps_getprocess"
    r = rng(name)
    scene(name, "terminal", "PowerShell Get-Process", "Campbell (Windows Terminal), Liberation Mono", "process table sorted by CPU")
    procs = ["chrome", "Code", "Teams", "explorer", "OneDrive", "Spotify", "msedgewebview2", "slack", "dwm", "svchost"]
    sel = r.sample(procs, 8)
    ws = r.sample(range(40, 1900), 8)
    rows = []
    for p, w in zip(sel, ws):
        rows.append((r.randint(20, 180), round(w * r.uniform(0.6, 0.95), 2), w + 0.0 + r.choice([0.12, 0.47, 0.85]),
                     round(r.uniform(3, 900), 2), r.randint(400, 24000), 1 if p != "svchost" else 0, p))
    rows.sort(key=lambda x: -x[3])
    lines = [P("PS C:\\Users\\ravi> ", "Get-Process | Sort-Object CPU -Descending | Select-Object -First 8", "yellow"), "",
             " NPM(K)    PM(M)      WS(M)     CPU(s)      Id  SI ProcessName",
             " ------    -----      -----     ------      --  -- -----------"]
    for n, pm, w, cpu, pid, si, p in rows:
        lines.append(f"{n:>7} {pm:>8.2f} {w:>10.2f} {cpu:>10.2f} {pid:>7} {si:>3} {p}")
    lines += ["", P("PS C:\\Users\\ravi> ", "")]
    terminal(name, lines, "campbell_ps", "Liberation Mono", 15, title="Windows PowerShell", chrome="win")
    top = uniq_max(rows, key=lambda x: x[2])
    t = rows[3]
    q("which process is using the most memory (working set)?", top[6], "text", "argmax", True)
    q(f"pid of {t[6]}", str(t[4]), "number", "cell", True)


def ipconfig():
    name = "term_ipconfig"
    r = rng(name)
    scene(name, "terminal", "ipconfig (Windows cmd)", "classic black cmd, Classic Console font", "two adapters, one disconnected")
    ip = f"192.168.{r.choice([0, 1, 178])}.{r.randint(20, 200)}"
    gw = ".".join(ip.split(".")[:3]) + ".1"
    lines = ["Microsoft Windows [Version 10.0.22631.3447]", "(c) Microsoft Corporation. All rights reserved.", "",
             "C:\\Users\\Marta>ipconfig", "", "Windows IP Configuration", "", "",
             "Ethernet adapter Ethernet:", "",
             "   Media State . . . . . . . . . . . : Media disconnected",
             "   Connection-specific DNS Suffix  . : ", "",
             "Wireless LAN adapter Wi-Fi:", "",
             "   Connection-specific DNS Suffix  . : home",
             f"   Link-local IPv6 Address . . . . . : fe80::{r.getrandbits(16):x}:{r.getrandbits(16):x}:9c1e:{r.getrandbits(16):x}%14",
             f"   IPv4 Address. . . . . . . . . . . : {ip}",
             "   Subnet Mask . . . . . . . . . . . : 255.255.255.0",
             f"   Default Gateway . . . . . . . . . : {gw}", "",
             "C:\\Users\\Marta>"]
    terminal(name, lines, "win_cmd", "Classic Console", 18, title="Command Prompt", chrome="win")
    q("what's my IP on wifi", ip, "code", "lookup", True)
    q("is this windows or linux", "Windows", "text", "choice", False)
    q("is the ethernet cable connected", "no", "yesno", "state_yesno", False)


def vagrant():
    name = "term_vagrant_status"
    r = rng(name)
    scene(name, "terminal", "vagrant status", "Zenburn, Hack", "multi-machine status list")
    machines = ["lb", "web1", "web2", "db", "cache", "monitor"]
    states = ["running", "poweroff", "not created", "saved", "running", "not created"]
    r.shuffle(states)
    lines = [P("~/infra/lab $ ", "vagrant status"), "Current machine states:", ""]
    for m, s in zip(machines, states):
        prov = "(virtualbox)" if s != "not created" else "(virtualbox)"
        lines.append(f"{m:<26}{s} {prov}")
    lines += ["", "This environment represents multiple VMs. The VMs are all listed",
              "above with their current state. For more information about a specific",
              "VM, run `vagrant status NAME`.", P("~/infra/lab $ ", "")]
    terminal(name, lines, "zenburn", "Hack", 15, title="vagrant")
    st = dict(zip(machines, states))
    q("how many machines haven't been created yet", str(states.count("not created")), "count", "count", False)
    run = [m for m in machines if st[m] == "running"]
    q("which VMs are running", "; ".join(run), "text", "lookup", True)


def argocd():
    name = "term_argocd"
    r = rng(name)
    scene(name, "terminal", "argocd app list", "Kanagawa, Fira Code", "applications with sync and health status, wide")
    apps = ["billing-api", "checkout-web", "kafka-connect", "keycloak", "grafana", "payments-worker", "search-indexer"]
    health = ["Healthy"] * 7
    sync = ["Synced"] * 7
    oos = r.randrange(7)
    sync[oos] = "OutOfSync"
    deg = r.choice([i for i in range(7) if i != oos])
    health[deg] = "Degraded"
    prog = r.choice([i for i in range(7) if i not in (oos, deg)])
    health[prog] = "Progressing"
    lines = [P("$ ", "argocd app list"),
             f"{'NAME':<25}{'CLUSTER':<32}{'NAMESPACE':<14}{'PROJECT':<10}{'STATUS':<11}{'HEALTH':<13}SYNCPOLICY"]
    for a, s, h in zip(apps, sync, health):
        ns = a.split("-")[0]
        lines.append([(f"argocd/{a:<18}{'https://kubernetes.default.svc':<32}{ns:<14}{'prod':<10}", None),
                      (f"{s:<11}", "yellow" if s != "Synced" else "green"),
                      (f"{h:<13}", "red" if h == "Degraded" else ("cyan" if h == "Progressing" else "green")),
                      ("Auto-Prune" if a != apps[oos] else "Manual", None)])
    lines.append(P("$ ", ""))
    terminal(name, lines, "kanagawa", "Fira Code", 14, title="argocd")
    q("which app is out of sync", apps[oos], "text", "lookup", True)
    q("how many apps are healthy", str(health.count("Healthy")), "count", "count", False)


def rabbitmq():
    name = "term_rabbitmq_queues"
    r = rng(name)
    scene(name, "terminal", "rabbitmqctl list_queues", "PaperColor light, JetBrains Mono", "queues with messages and consumers")
    qs = ["orders.created", "orders.paid", "email.outbound", "sms.outbound", "invoices.render", "audit.log", "dead-letter"]
    msgs = r.sample(range(0, 4800), len(qs))
    cons = [r.randint(1, 6) for _ in qs]
    zero = r.randrange(len(qs))
    cons[zero] = 0
    lines = [P("rabbit@mq-1:~$ ", "sudo rabbitmqctl list_queues name messages consumers", "blue"),
             "Timeout: 60.0 seconds ...", "Listing queues for vhost / ...", f"{'name':<18}{'messages':<10}consumers"]
    for n, m, c in zip(qs, msgs, cons):
        lines.append(f"{n:<18}{m:<10}{c}")
    lines.append(P("rabbit@mq-1:~$ ", "", "blue"))
    terminal(name, lines, "papercolor", "JetBrains Mono", 15, title="mq-1")
    i = msgs.index(max(msgs))
    q("which queue has the most messages waiting", qs[i], "text", "argmax", True)
    q("which queue has no consumers", qs[zero], "text", "lookup", True)
    q("total messages in orders.created and orders.paid", str(msgs[0] + msgs[1]), "number", "sum", None)


def go_test():
    name = "term_go_test"
    r = rng(name)
    scene(name, "terminal", "go test ./...", "Horizon, Fira Code", "package results, one failing test with assertion message")
    pkgs = ["github.com/lumen/ledger/internal/auth", "github.com/lumen/ledger/internal/store",
            "github.com/lumen/ledger/internal/money", "github.com/lumen/ledger/internal/report",
            "github.com/lumen/ledger/cmd/ledgerd"]
    bad = r.choice([1, 2, 3])
    times = [round(r.uniform(0.01, 2.5), 3) for _ in pkgs]
    got, want = r.randint(1000, 9999), r.randint(1000, 9999)
    lines = [P("~/src/ledger % ", "go test ./...", "green")]
    for i, (p, t) in enumerate(zip(pkgs, times)):
        if i == 4:
            lines.append(f"?   \t{p}\t[no test files]".replace("\t", "    "))
        elif i == bad:
            lines += ["--- FAIL: TestSplitEvenly (0.00s)",
                      [(f"    split_test.go:42: SplitEvenly(10000, 3): got {got}, want {want}", "red")],
                      "FAIL", [(f"FAIL    {p}    {t}s", "red")]]
        else:
            lines.append([("ok  ", "green"), (f"    {p}    {t}s", None)])
    lines += ["FAIL", P("~/src/ledger % ", "")]
    terminal(name, lines, "horizon", "Fira Code", 14, title="ledger — go test")
    q("which package failed", pkgs[bad], "code", "error", True)
    q("what assertion error did the test print", f"SplitEvenly(10000, 3): got {got}, want {want}", "error", "error", True)
    q("does cmd/ledgerd have tests", "no", "yesno", "exists", False)


def pulumi():
    name = "term_pulumi_preview"
    r = rng(name)
    scene(name, "terminal", "pulumi preview", "Nightfox, Hack", "resource plan with +, ~, - and summary")
    res = [("aws:s3:Bucket", "assets-bucket", "+"), ("aws:s3:BucketPolicy", "assets-policy", "+"),
           ("aws:cloudfront:Distribution", "cdn", "~"), ("aws:lambda:Function", "thumbnailer", "+"),
           ("aws:iam:Role", "thumbnailer-role", "+"), ("aws:sqs:Queue", "legacy-jobs", "-"),
           ("aws:rds:Instance", "orders-db", "~"), ("aws:ec2:SecurityGroup", "db-sg", "~")]
    r.shuffle(res)
    col = {"+": "green", "~": "yellow", "-": "red"}
    word = {"+": "create", "~": "update", "-": "delete"}
    lines = [P("$ ", "pulumi preview --stack prod"), "Previewing update (prod)", "",
             "     Type                              Name              Plan",
             "     pulumi:pulumi:Stack               shop-infra-prod"]
    for t, n, op in res:
        lines.append([(f" {op}   {t:<34}{n:<18}{word[op]}", col[op])])
    c = {o: sum(1 for x in res if x[2] == o) for o in "+~-"}
    lines += ["", "Resources:", [(f"    + {c['+']} to create", "green")], [(f"    ~ {c['~']} to update", "yellow")],
              [(f"    - {c['-']} to delete", "red")], f"    {len(res)} changes. 14 unchanged", P("$ ", "")]
    terminal(name, lines, "nightfox", "Hack", 15, title="pulumi")
    q("how many resources will be created", str(c["+"]), "number", "lookup", True)
    q("what gets deleted", "legacy-jobs", "text", "lookup", True)


def mdadm():
    name = "term_mdadm_detail"
    r = rng(name)
    scene(name, "terminal", "mdadm --detail", "Tomorrow Night, Inconsolata", "degraded RAID array with one faulty disk")
    devs = ["/dev/sda1", "/dev/sdb1", "/dev/sdc1", "/dev/sdd1"]
    bad = r.randrange(4)
    lines = [P("root@nas:~# ", "mdadm --detail /dev/md0", "green"), "/dev/md0:",
             "           Version : 1.2", "     Creation Time : Sat Mar  4 18:22:09 2023", "        Raid Level : raid5",
             "        Array Size : 11720658432 (10.92 TiB 12.00 TB)", "      Raid Devices : 4", "     Total Devices : 4",
             "       Persistence : Superblock is persistent", "",
             "             State : clean, degraded", "    Active Devices : 3", "   Working Devices : 3",
             "    Failed Devices : 1", "     Spare Devices : 0", "",
             "    Number   Major   Minor   RaidDevice State"]
    for i, d in enumerate(devs):
        if i == bad:
            lines.append([(f"       -       0        0        {i}      removed", "dim")])
        else:
            lines.append(f"       {i}       8       {16 * i + 1:>3}        {i}      active sync   {d}")
    lines += ["", [(f"       {bad}       8       {16 * bad + 1:>3}        -      faulty   {devs[bad]}", "red")],
              P("root@nas:~# ", "", "green")]
    terminal(name, lines, "tomorrow_night", "Inconsolata", 17, title="root@nas")
    q("which disk failed", devs[bad], "code", "error", True)
    q("is the array degraded", "yes", "yesno", "state_yesno", False)


def build():
    for fn in (df_inodes, lscpu, git_blame, npm_ls, flake8, mpstat, zypper, ps_getprocess, ipconfig, vagrant,
               argocd, rabbitmq, go_test, pulumi, mdadm):
        fn()
