"""Terminal screenshots (monospace, light or dark)."""
import datetime as dt
from common import *

THEMES = {
    "dracula": ("#282a36", "#f8f8f2", "#50fa7b", "#ff5555", "#8be9fd"),
    "solar_light": ("#fdf6e3", "#586e75", "#859900", "#dc322f", "#268bd2"),
    "plain_dark": ("#0c0c0c", "#cccccc", "#13a10e", "#e74856", "#3b78ff"),
    "github_light": ("#ffffff", "#24292f", "#116329", "#cf222e", "#0550ae"),
    "nord": ("#2e3440", "#d8dee9", "#a3be8c", "#bf616a", "#88c0d0"),
}


def term(lines, theme, title="bash", font="DejaVu Sans Mono", size=14, width=900):
    bg, fg, ok, bad, acc = THEMES[theme]
    body = "\n".join(lines)
    body = (body.replace("[ok]", f"<span style='color:{ok}'>").replace("[bad]", f"<span style='color:{bad}'>")
            .replace("[acc]", f"<span style='color:{acc}'>").replace("[/]", "</span>"))
    tb = "#e8e8e8" if theme in ("solar_light", "github_light") else "#3c3f4a"
    tf = "#333" if theme in ("solar_light", "github_light") else "#ddd"
    h = f"""<div class=win><div class=tb><span class=d style='background:#ff5f56'></span><span class=d style='background:#ffbd2e'></span><span class=d style='background:#27c93f'></span><span class=tt>{title}</span></div><pre>{body}</pre></div>"""
    css = f""".win{{background:{bg};color:{fg}}}.tb{{background:{tb};color:{tf};padding:7px 10px;font-family:Lato;font-size:13px}}.d{{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px}}
.tt{{margin-left:20px}}pre{{margin:0;padding:12px 14px;font-family:'{font}',monospace;font-size:{size}px;line-height:1.35;white-space:pre}}"""
    return wrap(h, css, bg=bg, width=width)


def prompt(user, host, path, cmd, theme):
    return f"[ok]{user}@{host}[/]:[acc]{path}[/]$ {cmd}"


def df_h(rng):
    mounts = [("/dev/nvme0n1p2", "/", 468), ("/dev/nvme0n1p1", "/boot/efi", 0.5), ("/dev/sda1", "/home", 916), ("/dev/sdb1", "/var/lib/docker", 234),
              ("/dev/mapper/data-vol", "/srv/data", 1800), ("tmpfs", "/run", 3.2)]
    rows = []
    pcts = rng.sample(range(8, 97), len(mounts))
    for (fs, mp, size), p in zip(mounts, pcts):
        used = size * p / 100
        avail = size - used

        def h(x):
            if x >= 1000:
                return f"{x/1000:.1f}T"
            if x >= 10:
                return f"{x:.0f}G"
            if x >= 1:
                return f"{x:.1f}G"
            return f"{x*1000:.0f}M"
        rows.append((fs, h(size), h(used), h(avail), f"{p}%", mp))
    lines = [prompt("ops", "db-02", "~", "df -h", 0), f"{'Filesystem':<22}{'Size':>6}{'Used':>6}{'Avail':>6}{'Use%':>5} Mounted on"]
    lines += [f"{r[0]:<22}{r[1]:>6}{r[2]:>6}{r[3]:>6}{r[4]:>5} {r[5]}" for r in rows]
    lines.append(prompt("ops", "db-02", "~", "", 0))
    full = argmax_unique({r[5]: int(r[4][:-1]) for r in rows})
    pick = rng.choice(rows[2:5])
    qs = [Q("which mount is the fullest?", full, "text", "largest by column", True),
          Q(f"how much space is left on {pick[5]}?", pick[3], "text", "value at a label", True),
          Q("What's the use% of the root filesystem?", rows[0][4], "text", "value at a label", True)]
    return dict(category="terminal", html=term(lines, "dracula", "ops@db-02: ~"), width=900, qs=qs)


def docker_ps(rng):
    cs = [("postgres:16.2", "db", "5432/tcp"), ("redis:7.2-alpine", "cache", "6379/tcp"), ("nginx:1.25.4", "proxy", "0.0.0.0:443->443/tcp"),
          ("ghcr.io/acme/api:2.8.1", "api", "0.0.0.0:8080->8080/tcp"), ("grafana/grafana:10.4.0", "grafana", "0.0.0.0:3000->3000/tcp"),
          ("rabbitmq:3.13-management", "mq", "5672/tcp, 15672/tcp")]
    rng.shuffle(cs)
    lines = [prompt("dev", "buildbox", "~/stack", "docker ps", 0),
             f"{'CONTAINER ID':<15}{'IMAGE':<27}{'STATUS':<32}{'PORTS':<26}NAMES"]
    rows = []
    for img, name, port in cs:
        cid = "".join(rng.choice("0123456789abcdef") for _ in range(12))
        st = rng.choice([f"Up {rng.randint(2,59)} minutes", f"Up {rng.randint(2,23)} hours", f"Up {rng.randint(2,9)} days", "Restarting (1) 8 seconds ago"])
        rows.append((cid, img, st, port, f"stack-{name}-1"))
    for r in rows:
        lines.append(f"{r[0]:<15}{r[1]:<27}{r[2]:<32}{r[3]:<26}{r[4]}")
    lines.append(prompt("dev", "buildbox", "~/stack", "", 0))
    pick = rng.choice(rows)
    pick2 = rng.choice([r for r in rows if r is not pick])
    qs = [Q(f"what image is {pick[4]} running?", pick[1], "text", "cell by row x column", True),
          Q(f"What's the container ID for {pick2[4]}?", pick2[0], "code", "id at a label", True),
          Q("How many containers are listed?", len(rows), "count", "count rows", False),
          Q(f"status of {pick[4]}?", pick[2], "text", "status", True)]
    return dict(category="terminal", html=term(lines, "plain_dark", "Terminal", font="Liberation Mono", size=13, width=1120), width=1120, qs=qs)


def kubectl(rng):
    names = ["checkout-7d9f8b6c5-x2kqp", "checkout-7d9f8b6c5-m8wzt", "payments-5c6b9d7f4-9hj2l", "inventory-6f7c8d9b-q4rtn",
             "gateway-84b7c5d6f-zz7kd", "notifier-5d4c7b8f9-plm3s", "search-indexer-0", "redis-master-0"]
    statuses = ["Running"] * 8
    bad = rng.sample(range(8), 3)
    statuses[bad[0]] = "CrashLoopBackOff"
    statuses[bad[1]] = "Pending"
    statuses[bad[2]] = "Running"
    rows = []
    for n, s in zip(names, statuses):
        ready = "1/1" if s == "Running" else ("0/1")
        rs = rng.randint(0, 3) if s == "Running" else (rng.randint(9, 40) if s == "CrashLoopBackOff" else 0)
        age = rng.choice(["3d4h", "26h", "47m", "12d", "5d", "118m"])
        rows.append((n, ready, s, rs, age))
    lines = [prompt("sre", "bastion", "~", "kubectl get pods -n shop", 0), f"{'NAME':<30}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    lines += [f"{r[0]:<30}{r[1]:<8}" + ("[bad]" if r[2] != "Running" else "") + f"{r[2]:<19}" + ("[/]" if r[2] != "Running" else "") + f"{r[3]:<10}{r[4]}" for r in rows]
    crash = [r for r in rows if r[2] == "CrashLoopBackOff"][0]
    running = sum(1 for r in rows if r[2] == "Running")
    pick = rng.choice([r for r in rows if r[2] == "Running"])
    qs = [Q("which pod is crash looping?", crash[0], "code", "which row has a status", True),
          Q("How many pods are Running?", running, "count", "count with condition", False),
          Q(f"restarts for {pick[0]}?", pick[3], "number", "cell by row x column", True),
          Q(f"how many times has {crash[0]} restarted", crash[3], "number", "cell by row x column", True)]
    return dict(category="terminal", html=term(lines, "nord", "sre@bastion", font="JetBrains Mono"), width=900, qs=qs)


def systemctl(rng):
    pid = rng.randint(1000, 39999)
    mem = f"{rng.randint(4, 90)}.{rng.randint(0, 9)}M"
    since = dt.datetime(2025, 3, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
    tasks = rng.randint(3, 9)
    lines = [prompt("admin", "web-01", "~", "systemctl status nginx", 0),
             "[ok]●[/] nginx.service - A high performance web server and a reverse proxy server",
             "     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; vendor preset: enabled)",
             f"     Active: [ok]active (running)[/] since {since:%a %Y-%m-%d %H:%M:%S} UTC; 2 days ago",
             "       Docs: man:nginx(8)",
             f"    Process: {pid-3} ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=0/SUCCESS)",
             f"   Main PID: {pid} (nginx)",
             f"      Tasks: {tasks} (limit: 9387)",
             f"     Memory: {mem}",
             f"        CPU: {rng.randint(1, 59)}.{rng.randint(100, 999)}s",
             "     CGroup: /system.slice/nginx.service",
             f"             ├─{pid} \"nginx: master process /usr/sbin/nginx -g daemon on; master_process on;\""]
    for i in range(tasks - 1):
        lines.append(f"             {'└' if i == tasks-2 else '├'}─{pid+1+i} \"nginx: worker process\"")
    qs = [Q("what's the main PID of nginx?", pid, "number", "value at a label", True),
          Q("Is nginx running?", "yes", "yesno", "status check", False),
          Q("how much memory is it using", mem, "text", "value at a label", True),
          Q("how many worker processes are there?", tasks - 1, "count", "count lines", False)]
    return dict(category="terminal", html=term(lines, "github_light", "admin@web-01: ~", font="Fira Code", size=13, width=980), width=980, qs=qs)


def pip_outdated(rng):
    pk = [("requests", "2.31.0", "2.32.3"), ("numpy", "1.26.4", "2.1.1"), ("pandas", "2.1.4", "2.2.3"), ("urllib3", "1.26.18", "2.2.3"),
          ("pydantic", "2.5.3", "2.9.2"), ("fastapi", "0.109.0", "0.115.0"), ("SQLAlchemy", "2.0.25", "2.0.35"), ("pytest", "7.4.4", "8.3.3"),
          ("black", "23.12.1", "24.8.0"), ("httpx", "0.26.0", "0.27.2")]
    rows = rng.sample(pk, 8)
    rows.sort(key=lambda r: r[0].lower())
    lines = ["(.venv) " + prompt("maya", "laptop", "~/proj/api", "pip list --outdated", 0),
             f"{'Package':<14}{'Version':<10}{'Latest':<10}Type", f"{'-'*13} {'-'*9} {'-'*9} -----"]
    lines += [f"{a:<14}{b:<10}{c:<10}wheel" for a, b, c in rows]
    pick = rng.choice(rows)
    pick2 = rng.choice([r for r in rows if r != pick])
    major = sum(1 for r in rows if r[1].split('.')[0] != r[2].split('.')[0])
    qs = [Q(f"which version of {pick[0]} do I have installed right now?", pick[1], "version", "version", True),
          Q(f"latest {pick2[0]} version?", pick2[2], "version", "version", True),
          Q("How many packages are outdated?", len(rows), "count", "count rows", False),
          Q("how many of them would be a major version bump?", major, "count", "count with condition", False)]
    return dict(category="terminal", html=term(lines, "solar_light", "maya@laptop: ~/proj/api", font="Inconsolata", size=16, width=760), width=760, qs=qs)


def git_log(rng):
    authors = people(rng, 4)
    msgs = ["Fix race in session cache eviction", "Add retry with jitter to webhook sender", "Bump axios from 1.6.2 to 1.7.4",
            "Refactor invoice PDF renderer", "Docs: clarify rate limit headers", "Drop Node 16 from CI matrix", "Handle empty cart on checkout"]
    rng.shuffle(msgs)
    t = dt.datetime(2025, 2, rng.randint(10, 25), 17, 42, 9)
    commits = []
    for m in msgs[:5]:
        h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
        a = rng.choice(authors)
        commits.append((h, a, t, m))
        t -= dt.timedelta(hours=rng.randint(3, 40), minutes=rng.randint(0, 59))
    lines = [prompt("dev", "mbp", "~/src/shopfront", "git log -5", 0)]
    for i, (h, a, d, m) in enumerate(commits):
        em = a.split()[0].lower().replace('é', 'e').replace('ö', 'o').replace('á', 'a').replace('í', 'i')
        lines.append(f"[acc]commit {h}[/]" + (" (HEAD -> main, origin/main)" if i == 0 else ""))
        lines.append(f"Author: {a} <{em}@shopfront.dev>")
        lines.append(f"Date:   {d:%a %b} {d.day} {d:%H:%M:%S %Y} +0100")
        lines.append("")
        lines.append(f"    {m}")
        lines.append("")
    pick = commits[rng.randint(1, 4)]
    qs = [Q("What's the most recent commit message?", commits[0][3], "text", "most recent", True),
          Q(f"who wrote the commit '{pick[3]}'?", pick[1], "person", "who", True),
          Q("hash of the latest commit? first 7 chars is fine", commits[0][0][:7], "code", "commit id", True)]
    return dict(category="terminal", html=term(lines, "dracula", "zsh", font="JetBrains Mono", size=13, width=860), width=860, qs=qs)


def pytest_out(rng):
    total = rng.randint(140, 320)
    failed = rng.randint(2, 4)
    skipped = rng.randint(1, 6)
    passed = total - failed - skipped
    secs = f"{rng.randint(8, 95)}.{rng.randint(10, 99)}"
    fails = rng.sample([("tests/test_orders.py::test_refund_partial", "AssertionError: assert 1250 == 1200"),
                        ("tests/test_auth.py::test_token_expiry", "KeyError: 'exp'"),
                        ("tests/api/test_users.py::test_patch_email", "AssertionError: assert 422 == 200"),
                        ("tests/test_tax.py::test_vat_rounding", "decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]"),
                        ("tests/test_export.py::test_csv_unicode", "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9'")], failed)
    lines = ["(venv) " + prompt("ci", "runner-7", "~/app", "pytest -q", 0),
             "." * 60 + "[bad]F[/]" + "." * 19 + "  [ 30%]", "." * 40 + "s" + "." * 39 + "  [ 61%]", "." * 32 + "[bad]F[/]" + "." * 20 + "s" * 2 + "." * 25 + "  [ 92%]",
             "." * 18 + "                                                                [100%]", "", "[bad]" + "=" * 30 + " FAILURES " + "=" * 30 + "[/]"]
    for f, e in fails:
        lines.append(f"[bad]____ {f.split('::')[1]} ____[/]")
        lines.append(f"E   {esc(e)}")
    lines.append("[acc]" + "=" * 26 + " short test summary info " + "=" * 19 + "[/]")
    for f, e in fails:
        lines.append(f"FAILED {f} - {esc(e.split(':')[0])}")
    lines.append(f"[bad]===== {failed} failed[/], [ok]{passed} passed[/], {skipped} skipped in {secs}s =====")
    pick = rng.choice(fails)
    qs = [Q("how many tests failed?", failed, "count", "count from summary", True),
          Q("How many passed", passed, "count", "count from summary", True),
          Q(f"what error did {pick[0].split('::')[1]} fail with?", pick[1].split(":")[0], "error", "error message", True),
          Q("how long did the run take (seconds)?", secs, "number", "duration", True)]
    return dict(category="terminal", html=term(lines, "plain_dark", "CI log", font="DejaVu Sans Mono", size=13, width=900), width=900, qs=qs)


def cargo_err(rng):
    ln = rng.randint(20, 300)
    col = rng.randint(5, 30)
    f = rng.choice(["src/parser.rs", "src/net/client.rs", "src/config.rs"])
    var = rng.choice(["buf", "entry", "conn"])
    lines = [prompt("rust", "dev", "~/code/tinydb", "cargo build", 0),
             "   [ok]Compiling[/] tinydb v0.4.2 (/home/rust/code/tinydb)",
             f"[bad]error[E0382][/]: borrow of moved value: `{var}`",
             f"  [acc]-->[/] {f}:{ln}:{col}",
             "   [acc]|[/]",
             f"[acc]{ln-3:<3}|[/]     let {var} = read_block(&mut file)?;",
             f"   [acc]|[/]         [acc]---[/] move occurs because `{var}` has type `Vec<u8>`, which does not implement the `Copy` trait",
             f"[acc]{ln-1:<3}|[/]     index.insert(key, {var});",
             f"   [acc]|[/]                       [acc]---[/] value moved here",
             f"[acc]{ln:<3}|[/]     checksum(&{var});",
             f"   [acc]|[/]              [bad]^^^^[/] value borrowed here after move",
             "",
             "[ok]warning[/]: unused import: `std::io::Seek`",
             " [acc]-->[/] src/main.rs:3:5",
             "",
             "For more information about this error, try `rustc --explain E0382`.",
             "[ok]warning[/]: `tinydb` (bin \"tinydb\") generated 1 warning",
             "[bad]error[/]: could not compile `tinydb` (bin \"tinydb\") due to 1 previous error; 1 warning emitted"]
    qs = [Q("What's the error code?", "E0382", "code", "error code", True),
          Q("which file and line is the error in?", f"{f}:{ln}", "text", "location", True),
          Q("what's the error message?", f"borrow of moved value: `{var}`", "error", "error message", True),
          Q("did the build succeed?", "no", "yesno", "status check", False)]
    return dict(category="terminal", html=term(lines, "github_light", "rust@dev", font="Fira Code", size=13, width=900), width=900, qs=qs)


def ps_aux(rng):
    procs = [("postgres", "/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main"), ("www-data", "php-fpm: pool www"),
             ("root", "/usr/bin/containerd"), ("elastic", "/usr/share/elasticsearch/jdk/bin/java -Xms2g -Xmx2g"),
             ("redis", "/usr/bin/redis-server 127.0.0.1:6379"), ("root", "/usr/sbin/sshd -D"), ("node", "node /srv/app/dist/server.js"),
             ("root", "/lib/systemd/systemd-journald")]
    cpus = rng.sample([x / 10 for x in range(1, 990)], len(procs))
    mems = rng.sample([x / 10 for x in range(1, 400)], len(procs))
    rows = []
    for (u, c), cp, me in zip(procs, cpus, mems):
        pid = rng.randint(300, 48000)
        rows.append((u, pid, cp, me, c))
    lines = [prompt("root", "app-03", "~", "ps aux --sort=-%cpu | head -9", 0), f"{'USER':<10}{'PID':>7}{'%CPU':>6}{'%MEM':>6}  COMMAND"]
    rows.sort(key=lambda r: -r[2])
    lines += [f"{r[0]:<10}{r[1]:>7}{r[2]:>6.1f}{r[3]:>6.1f}  {r[4]}" for r in rows]
    topmem = argmax_unique({r[4]: r[3] for r in rows})
    red = [r for r in rows if r[0] == "redis"][0]
    qs = [Q("which process is using the most CPU? give the command", rows[0][4], "text", "largest by column", True),
          Q("PID of redis?", red[1], "number", "value at a label", True),
          Q("Which process is using the most memory? (command)", topmem, "text", "largest by column", True)]
    return dict(category="terminal", html=term(lines, "solar_light", "root@app-03", font="Liberation Mono", size=14, width=900), width=900, qs=qs)


GENS = [df_h, docker_ps, kubectl, systemctl, pip_outdated, git_log, pytest_out, cargo_err, ps_aux]
