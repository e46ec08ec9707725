"""Terminal screenshots (monospace, light and dark themes)."""
import random
from common import shot, Q, esc, SEED

GENS = ["df_h", "docker_ps", "kubectl_pods", "systemctl", "pip_outdated", "git_log", "pytest_fail", "cargo_err", "apt_upg", "free_top"]
C = "terminal"
THEMES = {
    "dracula": ("#282a36", "#f8f8f2", "#44475a", "JetBrains Mono"),
    "solar_light": ("#fdf6e3", "#586e75", "#eee8d5", "Fira Code"),
    "green": ("#0c130c", "#9be89b", "#1d2a1d", "DejaVu Sans Mono"),
    "white": ("#ffffff", "#1e1e1e", "#e4e4e4", "Liberation Mono"),
    "nord": ("#2e3440", "#d8dee9", "#3b4252", "Inconsolata"),
    "gruv": ("#1d2021", "#ebdbb2", "#32302f", "Noto Mono"),
}


def term(name, title, text, theme, w, h, size=14):
    bg, fg, bar, font = THEMES[theme]
    body = f"""<div class=bar><span class=d style='background:#ff5f56'></span><span class=d style='background:#ffbd2e'></span><span class=d style='background:#27c93f'></span><span class=tt>{esc(title)}</span></div><pre>{text}</pre>"""
    css = f""".bar{{background:{bar};padding:7px 10px;font-family:'DejaVu Sans';font-size:13px;color:{fg}}}.d{{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px;vertical-align:middle}}
.tt{{margin-left:20px;opacity:.8}}pre{{margin:0;padding:10px 14px;font-family:'{font}',monospace;font-size:{size}px;line-height:1.35;white-space:pre}}
.p{{color:#50fa7b}}.e{{color:#ff5555}}.w{{color:#e5a50a}}.b{{font-weight:bold}}.m{{opacity:.65}}"""
    return shot(name, body, w, h, css, font=font, bg=bg, fg=fg)


def df_h():
    r = random.Random(SEED + 31)
    fs = [("/dev/nvme0n1p2", "/", 468), ("tmpfs", "/dev/shm", 16), ("/dev/nvme0n1p1", "/boot/efi", 1), ("/dev/sda1", "/mnt/backup", 1832),
          ("/dev/mapper/vg0-home", "/home", 915), ("tmpfs", "/run", 3), ("/dev/sdb1", "/srv/media", 3662)]
    lines = ["<span class=p>ines@ws-04</span>:~$ df -h", f"{'Filesystem':<22}{'Size':>6}{'Used':>6}{'Avail':>6} {'Use%':>4} Mounted on"]
    rows = []
    for dev, mnt, size in fs:
        pct = r.randint(3, 97); used = size * pct / 100
        def hs(g): return f"{g:.1f}G" if g < 10 else (f"{g/1024:.1f}T" if g >= 1000 else f"{g:.0f}G")
        rows.append((dev, mnt, pct))
        lines.append(f"{dev:<22}{hs(size):>6}{hs(used):>6}{hs(size-used):>6} {str(pct)+'%':>4} {mnt}")
    lines.append("<span class=p>ines@ws-04</span>:~$ ")
    img = term("term_df", "ines@ws-04: ~", "\n".join(lines), "dracula", 760, 280)
    full = max(rows, key=lambda x: x[2])
    Q(img, "which mount is the fullest?", full[1], "text", C, "argmax use%")
    Q(img, "how full is /home (percent)?", f"{rows[4][2]}%", "text", C, "value at label")
    Q(img, "Any filesystem above 90% used? yes or no", "yes" if any(x[2] > 90 for x in rows) else "no", "yesno", C, "yes/no threshold", literal=False)


def docker_ps():
    r = random.Random(SEED + 32)
    cs = [("postgres:16.2", "db", "5432/tcp", "Up 3 days (healthy)"), ("redis:7.2-alpine", "cache", "6379/tcp", "Up 3 days"),
          ("ghcr.io/acme/api:2.14.1", "api", "0.0.0.0:8080->8080/tcp", "Up 41 minutes (healthy)"),
          ("ghcr.io/acme/worker:2.14.1", "worker", "", "Restarting (1) 12 seconds ago"),
          ("nginx:1.25", "proxy", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp", "Up 3 days"),
          ("grafana/grafana:10.4.0", "grafana", "0.0.0.0:3000->3000/tcp", "Up 2 hours")]
    lines = ["$ docker ps", f"{'CONTAINER ID':<15}{'IMAGE':<29}{'STATUS':<32}{'PORTS':<46}NAMES"]
    for img_, n, p, s in cs:
        cid = "".join(r.choice("0123456789abcdef") for _ in range(12))
        lines.append(f"{cid:<15}{img_:<29}{s:<32}{p:<46}{n}")
    img = term("term_docker", "deploy@prod-eu-1", "\n".join(lines), "nord", 1340, 250, 14)
    Q(img, "which container keeps restarting", "worker", "text", C, "status lookup")
    Q(img, "what version of grafana is running", "10.4.0", "version", C, "version lookup")
    Q(img, "how many containers are Up right now?", str(sum(1 for c in cs if c[3].startswith("Up"))), "count", C, "count with condition", literal=False)
    Q(img, "what port is the api exposed on", "8080", "number", C, "port")


def kubectl_pods():
    r = random.Random(SEED + 33)
    pods = []
    for base, n in [("checkout-7d9f8c", 3), ("catalog-5b6d4f", 2), ("payments-66c8b9", 2), ("notifier-84f7d2", 1), ("search-indexer-6f9", 1)]:
        for i in range(n):
            st = "Running"; rs = r.randint(0, 2)
            pods.append([f"{base}-{''.join(r.choice('bcdfghjklmnpqrstvwxz2456789') for _ in range(5))}", "1/1", st, rs, f"{r.randint(2,9)}d"])
    pods[4][2], pods[4][1], pods[4][3] = "CrashLoopBackOff", "0/1", 17
    pods[7][2], pods[7][1], pods[7][3], pods[7][4] = "Pending", "0/1", 0, "6m"
    lines = ["❯ kubectl get pods -n shop", f"{'NAME':<34}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    for n, rd, st, rs, age in pods:
        cls = "e" if st == "CrashLoopBackOff" else ("w" if st == "Pending" else "")
        s = f"{st:<19}"
        lines.append(f"{n:<34}{rd:<8}" + (f"<span class={cls}>{s}</span>" if cls else s) + f"{rs:<10}{age}")
    img = term("term_kubectl", "zsh — kubectl", "\n".join(lines), "gruv", 780, 300, 14)
    Q(img, "which pod is in CrashLoopBackOff", pods[4][0], "code", C, "status lookup")
    Q(img, "how many restarts does the crashing pod have", "17", "number", C, "value at row")
    Q(img, "how many pods are actually Running?", str(sum(1 for p in pods if p[2] == "Running")), "count", C, "count with condition", literal=False)
    Q(img, "status of the notifier pod?", pods[7][2], "text", C, "status lookup")


def systemctl():
    r = random.Random(SEED + 34)
    pid = r.randint(1000, 40000); mem = f"{r.uniform(40,400):.1f}M"
    txt = f"""$ systemctl status nginx
<span class=e>×</span> nginx.service - A high performance web server and a reverse proxy server
     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)
     Active: <span class="e b">failed</span> (Result: exit-code) since Tue 2026-02-17 03:12:44 UTC; 2h 8min ago
       Docs: man:nginx(8)
    Process: {pid} ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)
        CPU: 38ms

Feb 17 03:12:44 web-02 systemd[1]: Starting nginx.service - A high performance web server...
Feb 17 03:12:44 web-02 nginx[{pid}]: nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/sites-enabled/shop.conf:42
Feb 17 03:12:44 web-02 nginx[{pid}]: nginx: configuration file /etc/nginx/nginx.conf test failed
Feb 17 03:12:44 web-02 systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE
Feb 17 03:12:44 web-02 systemd[1]: nginx.service: Failed with result 'exit-code'.
Feb 17 03:12:44 web-02 systemd[1]: <span class=e>Failed to start nginx.service - A high performance web server and a reverse proxy server.</span>"""
    img = term("term_systemctl", "root@web-02", txt, "white", 1180, 360, 13)
    Q(img, "is nginx running?", "no", "yesno", C, "service status", literal=False)
    Q(img, "what's the config error?", 'unknown directive "proxy_passs"', "error", C, "error message")
    Q(img, "which line of shop.conf is broken", "42", "number", C, "line number")


def pip_outdated():
    r = random.Random(SEED + 35)
    pk = [("fastapi", "0.109.2", "0.115.6"), ("numpy", "1.26.4", "2.2.1"), ("pydantic", "2.5.3", "2.10.4"), ("requests", "2.31.0", "2.32.3"),
          ("SQLAlchemy", "2.0.25", "2.0.36"), ("uvicorn", "0.27.0", "0.34.0"), ("boto3", "1.34.11", "1.35.90"), ("pandas", "2.1.4", "2.2.3"), ("rich", "13.7.0", "13.9.4")]
    lines = ["(venv) PS C:\\Users\\akosua\\repo> pip list --outdated", f"{'Package':<12} {'Version':<9} {'Latest':<9} Type", f"{'-'*12} {'-'*9} {'-'*9} -----"]
    for n, v, l in pk: lines.append(f"{n:<12} {v:<9} {l:<9} wheel")
    img = term("term_pip", "Windows PowerShell", "\n".join(lines), "solar_light", 640, 330, 15)
    Q(img, "what's the latest pandas version available?", "2.2.3", "version", C, "version lookup")
    Q(img, "which version of numpy do I have installed", "1.26.4", "version", C, "version lookup")
    maj = [n for n, v, l in pk if v.split(".")[0] != l.split(".")[0]]
    Q(img, "which package has a major version jump available?", maj[0], "text", C, "compare versions", literal=True)


def git_log():
    r = random.Random(SEED + 36)
    authors = ["Nadia Rahman", "Pedro Alves", "Kenji Watanabe", "Olga Petrenko", "Samuel Osei"]
    msgs = ["fix: handle empty cart in checkout total", "feat(search): add fuzzy matching for SKUs", "chore: bump eslint to 9.3", "docs: clarify rate limit headers",
            "refactor: extract PriceFormatter", "fix(auth): refresh token race on tab focus", "test: cover refund edge cases"]
    lines = []; log = []
    day = 27
    for i, m in enumerate(msgs):
        h = "".join(r.choice("0123456789abcdef") for _ in range(7)); a = r.choice(authors)
        d = f"2026-01-{day:02d} {r.randint(8,19):02d}:{r.randint(0,59):02d}"
        day -= r.randint(0, 2)
        log.append((h, a, d, m))
        ref = " <span class=w>(HEAD -> main, origin/main)</span>" if i == 0 else (" <span class=w>(tag: v3.8.0)</span>" if i == 4 else "")
        lines.append(f"<span class=w>{h}</span>{ref} {m} <span class=m>[{a}, {d}]</span>")
    txt = "$ git log --oneline --format='%h%d %s [%an, %ad]' -7\n" + "\n".join(lines)
    img = term("term_gitlog", "~/code/storefront", txt, "green", 1000, 230, 14)
    Q(img, "who made the most recent commit?", log[0][1], "person", C, "most recent")
    Q(img, "hash of the commit that was tagged v3.8.0", log[4][0], "code", C, "lookup by tag")
    Q(img, "who fixed the auth token race", log[5][1], "person", C, "who by message")


def pytest_fail():
    r = random.Random(SEED + 37)
    npass = r.randint(120, 340); nfail = 3; nskip = r.randint(1, 9); secs = round(r.uniform(4, 60), 2)
    seq = ["."] * (npass + nfail + nskip)
    pos = r.sample(range(len(seq)), nfail + nskip)
    for i, p in enumerate(sorted(pos)): seq[p] = "F" if i % 2 == 0 and seq.count("F") < nfail else "s"
    while seq.count("F") < nfail: seq[seq.index("s")] = "F"
    prog = ""
    for i in range(0, len(seq), 72):
        chunk = "".join(seq[i:i + 72]); pct = min(100, round((i + len(chunk)) * 100 / len(seq)))
        prog += f"{chunk:<72} [{pct:>3}%]\n"
    txt = f"""$ pytest -q
{prog}=================================== FAILURES ===================================
<span class=e>___________________ test_invoice_rounding[EUR-0.005] ___________________</span>
    def test_invoice_rounding(currency, amount):
&gt;       assert round_money(amount, currency) == Decimal("0.01")
<span class=e>E       AssertionError: assert Decimal('0.00') == Decimal('0.01')</span>
tests/test_money.py:88: AssertionError
=========================== short test summary info ============================
<span class=e>FAILED</span> tests/test_money.py::test_invoice_rounding[EUR-0.005] - AssertionError
<span class=e>FAILED</span> tests/test_tax.py::test_reverse_charge_b2b - KeyError: 'vat_id'
<span class=e>FAILED</span> tests/api/test_refunds.py::test_partial_refund_twice - TimeoutError
<span class=e>{nfail} failed</span>, <span class=p>{npass} passed</span>, <span class=w>{nskip} skipped</span> in {secs}s"""
    img = term("term_pytest", "pytest", txt, "dracula", 900, 420, 13)
    Q(img, "how many tests passed", str(npass), "count", C, "summary count")
    Q(img, "which test failed with a KeyError?", "test_reverse_charge_b2b", "code", C, "failure lookup")
    Q(img, "how long did the test run take", f"{secs}s", "time", C, "duration")
    Q(img, "total number of tests run incl. skipped?", str(npass + nfail + nskip), "count", C, "sum of counts", literal=False)


def cargo_err():
    txt = """$ cargo build --release
   Compiling serde v1.0.197
   Compiling tokio v1.36.0
   Compiling ledgerd v0.4.2 (/home/bo/ledgerd)
<span class="e b">error[E0382]</span><span class=b>: borrow of moved value: `entries`</span>
  --> src/journal.rs:117:22
    |
109 |     let entries = load_entries(&amp;path)?;
    |         ------- move occurs because `entries` has type `Vec&lt;Entry&gt;`
...
114 |     let summary = summarize(entries);
    |                             ------- value moved here
...
117 |     println!("{}", entries.len());
    |                    ^^^^^^^ value borrowed here after move

<span class="w b">warning</span><span class=b>: unused variable: `cfg`</span>
  --> src/main.rs:23:9

<span class="e b">error</span><span class=b>: could not compile `ledgerd` (bin "ledgerd") due to 1 previous error; 1 warning emitted</span>"""
    img = term("term_cargo", "bo@thinkpad: ~/ledgerd", txt, "nord", 860, 470, 14)
    Q(img, "what's the rust error code here", "E0382", "code", C, "error code")
    Q(img, "which file and line is the error in?", "src/journal.rs:117", "code", C, "error location")
    Q(img, "what version of tokio is being compiled", "1.36.0", "version", C, "version lookup")


def apt_upg():
    r = random.Random(SEED + 38)
    pk = [("curl", "8.5.0-2ubuntu10.6", "noble-security"), ("firefox", "1:1snap1-0ubuntu5", "noble-updates"), ("libssl3t64", "3.0.13-0ubuntu3.4", "noble-security"),
          ("linux-firmware", "20240318.git3b128b60-0ubuntu2.7", "noble-updates"), ("openssh-client", "1:9.6p1-3ubuntu13.8", "noble-security"),
          ("python3.12", "3.12.3-1ubuntu0.4", "noble-updates"), ("tzdata", "2024b-0ubuntu0.24.04.1", "noble-updates"), ("vim", "2:9.1.0016-1ubuntu7.6", "noble-security")]
    lines = ["$ apt list --upgradable", "Listing... Done"]
    for n, v, s in pk:
        lines.append(f"<span class=p>{n}</span>/{s} {v} amd64 [upgradable from: {v[:-1]}{int(v[-1])-1}]")
    img = term("term_apt", "Terminal", "\n".join(lines), "gruv", 900, 270, 13)
    Q(img, "how many security updates are pending?", str(sum(1 for p in pk if p[2] == "noble-security")), "count", C, "count with condition", literal=False)
    Q(img, "what version will curl be upgraded to", pk[0][1], "version", C, "version lookup")


def free_top():
    r = random.Random(SEED + 39)
    procs = [("postgres", "postgres"), ("java", "jenkins"), ("node", "www-data"), ("python3", "ml"), ("clickhouse", "clickhouse"), ("dockerd", "root"), ("sshd", "root"), ("chrome", "lea")]
    rows = []
    for c, u in procs:
        rows.append((r.randint(800, 60000), u, round(r.uniform(0, 180), 1), round(r.uniform(0.1, 22), 1), c))
    rows.sort(key=lambda x: -x[2])
    top = ["top - 11:42:07 up 23 days,  4:18,  3 users,  load average: 3.41, 2.97, 2.55",
           "Tasks: 312 total,   2 running, 310 sleeping,   0 stopped,   0 zombie",
           "%Cpu(s): 38.2 us,  6.1 sy,  0.0 ni, 54.9 id,  0.4 wa,  0.0 hi,  0.4 si,  0.0 st",
           "MiB Mem :  64218.4 total,   3120.7 free,  41877.2 used,  19220.5 buff/cache",
           "MiB Swap:   8192.0 total,   8011.3 free,    180.7 used.  21402.6 avail Mem", "",
           "<span class=b>    PID USER       %CPU  %MEM COMMAND</span>"]
    for pid, u, cpu, mem, c in rows: top.append(f"{pid:>7} {u:<10} {cpu:>5} {mem:>5} {c}")
    img = term("term_top", "top — db-analytics-01", "\n".join(top), "white", 720, 350, 14)
    Q(img, "whats using the most CPU", rows[0][4], "text", C, "argmax cpu")
    Q(img, "load average over the last minute?", "3.41", "number", C, "value lookup")
    Q(img, "how long has the box been up", "23 days", "text", C, "uptime")
    mm = max(rows, key=lambda x: x[3])
    Q(img, "which user's process uses the most memory?", mm[1], "text", C, "argmax mem")
