"""Terminal screenshots with realistic command output."""
from common import Scene, terminal, esc


def prompt(user, host, cwd, cmd, color="g"):
    return f"<span class='{color} B'>{user}@{host}</span>:<span class='b B'>{cwd}</span>$ {esc(cmd)}"


def ls_l(rng):
    entries = [("drwxr-xr-x", 2, "ines", "staff", 4096, "Oct 30 09:12", "assets", True),
               ("-rw-r--r--", 1, "ines", "staff", rng.randint(20_000, 90_000), "Nov  2 17:40", "report_q3.pdf", False),
               ("-rwxr-xr-x", 1, "ines", "staff", 2_318, "Sep 14 11:03", "deploy.sh", False),
               ("drwxr-xr-x", 5, "ines", "staff", 4096, "Nov  4 08:55", "node_modules", True),
               ("-rw-r--r--", 1, "root", "root", rng.randint(300_000, 900_000), "Nov  1 23:59", "backup-2026-11-01.tar.gz", False),
               ("-rw-r--r--", 1, "ines", "staff", 812, "Oct  2 10:21", "README.md", False),
               ("drwx------", 3, "ines", "staff", 4096, "Aug 19 14:47", "secrets", True),
               ("-rw-r--r--", 1, "ines", "staff", rng.randint(1_000, 9_000), "Nov  4 08:51", "package.json", False),
               ("-rw-r-----", 1, "ines", "staff", 153, "Jul 30 16:20", ".env", False),
               ("lrwxrwxrwx", 1, "ines", "staff", 18, "Jun 11 12:00", "current -> releases/v2.4.1", False)]
    total = sum((e[4] + 1023) // 1024 for e in entries)
    out = [prompt("ines", "buildbox", "~/projects/tidepool", "ls -la"), f"total {total}"]
    for perm, n, u, g, sz, date, name, isdir in entries:
        nm = f"<span class='b B'>{esc(name)}</span>" if isdir else (f"<span class='g B'>{esc(name)}</span>" if "x" in perm[3] and not perm.startswith("l") else
                                                                     (f"<span class='c B'>{esc(name)}</span>" if perm.startswith("l") else esc(name)))
        out.append(f"{perm} {n:>2} {u:<5} {g:<5} {sz:>7} {date} {nm}")
    out.append(prompt("ines", "buildbox", "~/projects/tidepool", ""))
    s = Scene("term_ls", "terminal", html=terminal("\n".join(out), "ines@buildbox: ~/projects/tidepool", "dark"), size=(1100, 600))
    big = max(entries, key=lambda e: e[4])
    s.q("which file is the largest here?", big[6], "text", "argmax", True)
    s.q("how many directories are listed (not counting . and ..)", str(sum(e[7] for e in entries)), "count", "count", False)
    s.q("who owns the backup tarball", "root", "person", "field_read", True)
    s.q("what does the current symlink point to", "releases/v2.4.1", "text", "field_read", True)
    return s


def df_h(rng):
    rows = [("/dev/nvme0n1p2", 468, rng.randint(300, 430), "/"), ("/dev/nvme0n1p1", 1, 0, "/boot/efi"),
            ("/dev/sda1", 1800, rng.randint(1500, 1780), "/mnt/archive"), ("/dev/mapper/vg0-home", 915, rng.randint(200, 600), "/home"),
            ("tmpfs", 16, 0, "/dev/shm")]
    out = [prompt("root", "nas01", "~", "df -h", "r"), "Filesystem            Size  Used Avail Use% Mounted on"]
    uses = []
    for fs, size, used, mnt in rows:
        if fs == "/dev/nvme0n1p1":
            sz, us_, av, pct = "1.0G", "6.1M", "1018M", 1
        elif fs == "tmpfs":
            sz, us_, av, pct = "16G", "4.0K", "16G", 1
        else:
            pct = -(-used * 100 // size)
            sz, us_, av = (f"{size / 1000:.1f}T" if size >= 1000 else f"{size}G"), (f"{used / 1000:.1f}T" if used >= 1000 else f"{used}G"), \
                (f"{size - used}G")
        uses.append((pct, mnt))
        out.append(f"{fs:<21} {sz:>4}  {us_:>4} {av:>5} {pct:>3}% {mnt}")
    out.append(prompt("root", "nas01", "~", "", "r"))
    s = Scene("term_df", "terminal", html=terminal("\n".join(out), "root@nas01", "solar", "'Liberation Mono', monospace", 15, 1000), size=(1000, 400))
    mx = max(uses)
    s.q("which mount is fullest?", mx[1], "text", "argmax", True)
    s.q("how full is /home (percent)", f"{dict((m, p) for p, m in uses)['/home']}%", "percent", "table_cell", True)
    s.q("is any disk above 90% used?", "yes" if mx[0] > 90 else "no", "yesno", "yesno", False)
    return s


def git_log(rng):
    commits = [("a91f3c2", "Priya Raman", "Wed Nov 4 16:22:10 2026 +0100", "Fix race in upload queue retry"),
               ("7d0e5b1", "Tomás Ferreira", "Wed Nov 4 11:05:43 2026 +0100", "Bump pillow to 11.0.0"),
               ("c34a8e9", "Priya Raman", "Tue Nov 3 18:47:02 2026 +0100", "Add --dry-run flag to sync command"),
               ("0be77f4", "Jonas Lindqvist", "Tue Nov 3 09:30:19 2026 +0100", "Docs: explain cache eviction"),
               ("59c2d10", "Aiko Tanaka", "Mon Nov 2 14:12:55 2026 +0100", "Merge pull request #482 from aiko/metrics"),
               ("e81b6aa", "Tomás Ferreira", "Fri Oct 30 17:58:31 2026 +0100", "Initial metrics exporter")]
    out = [prompt("dev", "laptop", "~/src/ferry", "git log -n 6")]
    for i, (h, a, d, m) in enumerate(commits):
        ref = " (<span class='c B'>HEAD -&gt; </span><span class='g B'>main</span>, <span class='r B'>origin/main</span>)" if i == 0 else ""
        out += [f"<span class='y'>commit {h}{''.join(rng.choice('0123456789abcdef') for _ in range(40 - len(h)))}</span>{ref}", f"Author: {esc(a)} &lt;{a.split()[0].lower()}@ferry.dev&gt;",
                f"Date:   {d}", "", f"    {esc(m)}", ""]
    s = Scene("term_gitlog", "terminal", html=terminal("\n".join(out), "dev@laptop: ~/src/ferry — git", "dracula", size=14, width=1100), size=(1100, 1000))
    s.q("who made the most recent commit", commits[0][1], "person", "ordinal", True)
    s.q("what's the message of the oldest commit shown?", commits[-1][3], "text", "ordinal", True)
    s.q("how many of these commits are by Priya", str(sum(c[1] == "Priya Raman" for c in commits)), "count", "count", False)
    s.q("which PR number got merged", "#482", "code", "field_read", True)
    return s


def docker_ps(rng):
    rows = [("3f2a9c1e7b04", "postgres:16.4", "\"docker-entrypoint.s…\"", "3 days ago", "Up 3 days (healthy)", "0.0.0.0:5432->5432/tcp", "pg-main"),
            ("b81c0d5a2e93", "redis:7.2-alpine", "\"redis-server\"", "3 days ago", "Up 3 days", "6379/tcp", "cache"),
            ("91e4f7a0c6d2", "ghcr.io/acme/api:2.8.1", "\"/app/server\"", "5 hours ago", "Restarting (1) 12 seconds ago", "", "api"),
            ("c0ffee12ab34", "nginx:1.27", "\"/docker-entrypoint.…\"", "2 days ago", "Up 2 days", "0.0.0.0:8080->80/tcp", "edge"),
            ("7a6b5c4d3e2f", "grafana/grafana:11.2.0", "\"/run.sh\"", "2 days ago", "Up 41 minutes", "0.0.0.0:3000->3000/tcp", "grafana")]
    out = [prompt("ops", "stage-2", "~", "docker ps"),
           f"{'CONTAINER ID':<14}{'IMAGE':<25}{'COMMAND':<25}{'CREATED':<13}{'STATUS':<32}{'PORTS':<25}NAMES"]
    for r in rows:
        out.append(f"{r[0]:<14}{r[1]:<25}{r[2]:<25}{r[3]:<13}{r[4]:<32}{r[5]:<25}{r[6]}")
    out.append(prompt("ops", "stage-2", "~", ""))
    s = Scene("term_docker", "terminal", html=terminal("\n".join(out), "ops@stage-2", "nord", size=13, width=1400), size=(1400, 330))
    s.q("which container keeps restarting?", "api", "text", "field_read", True)
    s.q("what host port is grafana on", "3000", "number", "table_cell", True)
    s.q("postgres image version?", "16.4", "version", "field_read", True)
    return s


def kubectl(rng):
    pods = [("checkout-7f9c6d8b5-2xkqp", "1/1", "Running", 0, "4d2h"), ("checkout-7f9c6d8b5-h8r4n", "1/1", "Running", 0, "4d2h"),
            ("payments-5c7b9f4d6-q2wzl", "0/1", "CrashLoopBackOff", rng.randint(9, 30), "47m"), ("search-6d8f7c9b4-mm9tk", "1/1", "Running", 2, "19h"),
            ("inventory-8b6c5d7f9-x7vjp", "0/1", "Pending", 0, "3m12s"), ("notifier-75d9c8b6f-4ldsq", "1/1", "Running", 1, "2d"),
            ("gateway-9c8d7b6f5-zt2ck", "2/2", "Running", 0, "6d"), ("report-job-29381-vk5pr", "0/1", "Completed", 0, "8h")]
    out = [prompt("sre", "jump", "~", "kubectl get pods -n shop", "m"), f"{'NAME':<30}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    for n, rd, st, rs, age in pods:
        col = {"Running": "g", "CrashLoopBackOff": "r", "Pending": "y"}.get(st, "d")
        out.append(f"{n:<30}{rd:<8}<span class='{col}'>{st:<19}</span>{rs:<10}{age}")
    s = Scene("term_kubectl", "terminal", html=terminal("\n".join(out), "sre@jump — kubectl", "green", "'Inconsolata', monospace", 16, 820), size=(820, 400))
    s.q("how many pods are not Running", str(sum(p[2] != "Running" for p in pods)), "count", "count", False)
    s.q("restarts on the payments pod?", str(pods[2][3]), "number", "table_cell", True)
    s.q("which pod is stuck pending", pods[4][0], "code", "field_read", True)
    return s


def pytest_out(rng):
    tests = [("tests/test_parser.py", ".........", 9, 0), ("tests/test_money.py", "......F..", 9, 1), ("tests/test_export.py", "......", 6, 0),
             ("tests/test_sync.py", "....F...F.", 10, 2), ("tests/test_cli.py", "...........", 11, 0)]
    passed = sum(n - f for _, _, n, f in tests)
    failed = sum(f for *_, f in tests)
    out = [prompt("lu", "dev", "~/ledgerly", "pytest -q", "c"), "<span class='B'>============================= test session starts ==============================</span>",
           "platform linux -- Python 3.12.7, pytest-8.3.3, pluggy-1.5.0", "rootdir: /home/lu/ledgerly", "configfile: pyproject.toml",
           f"collected {passed + failed} items", ""]
    for f, dots, n, fl in tests:
        d = dots.replace("F", "<span class='r'>F</span>").replace(".", "<span class='g'>.</span>")
        out.append(f"{f} {d}")
    out += ["", "<span class='r'>=================================== FAILURES ===================================</span>",
            "<span class='r B'>__________________________ test_round_half_even_eur ___________________________</span>",
            "    def test_round_half_even_eur():", "&gt;       assert fmt(Decimal('2.345'), 'EUR') == '2,34 €'",
            "<span class='r'>E       AssertionError: assert '2,35 €' == '2,34 €'</span>", "",
            "<span class='c'>=========================== short test summary info ============================</span>",
            "<span class='r'>FAILED</span> tests/test_money.py::test_round_half_even_eur - AssertionError: assert '2,35 €' == '2,34 €'",
            "<span class='r'>FAILED</span> tests/test_sync.py::test_conflict_resolution - KeyError: 'etag'",
            "<span class='r'>FAILED</span> tests/test_sync.py::test_resume_after_timeout - TimeoutError: no response after 30s",
            f"<span class='r'>========================= {failed} failed, {passed} passed in 4.87s =========================</span>"]
    s = Scene("term_pytest", "terminal", html=terminal("\n".join(out), "lu@dev: ~/ledgerly", "white", size=13, width=1150), size=(1150, 800))
    s.q("did the test run pass?", "no", "yesno", "yesno", False)
    s.q("how many tests failed", str(failed), "count", "terminal_error", True)
    s.q("which test in test_money failed", "test_round_half_even_eur", "code", "terminal_error", True)
    s.q("what error did test_conflict_resolution hit", "KeyError: 'etag'", "error", "terminal_error", True)
    return s


def gcc_err(rng):
    line = rng.randint(40, 120)
    out = [prompt("kai", "rpi4", "~/fw", "make"), "cc -O2 -Wall -Wextra -c src/uart.c -o build/uart.o",
           "cc -O2 -Wall -Wextra -c src/sensor.c -o build/sensor.o",
           f"<span class='B'>src/sensor.c:{line}:17:</span> <span class='m B'>warning:</span> unused variable '<span class='B'>raw</span>' [-Wunused-variable]",
           f"  {line} |     uint16_t raw = 0;", "      |                 <span class='g B'>^~~</span>",
           f"<span class='B'>src/sensor.c:{line + 23}:12:</span> <span class='r B'>error:</span> '<span class='B'>SENSOR_TIMEOUT_MS</span>' undeclared (first use in this function)",
           f"  {line + 23} |     if (t &gt; SENSOR_TIMEOUT_MS) {{", "      |            <span class='r B'>^~~~~~~~~~~~~~~~~</span>",
           "make: *** [Makefile:24: build/sensor.o] Error 1", prompt("kai", "rpi4", "~/fw", "echo $?"), "2", prompt("kai", "rpi4", "~/fw", "")]
    s = Scene("term_gcc", "terminal", html=terminal("\n".join(out), "kai@rpi4: ~/fw", "dark", "'Liberation Mono', monospace", 14, 1000), size=(1000, 420))
    s.q("what's the compile error", "'SENSOR_TIMEOUT_MS' undeclared (first use in this function)", "error", "terminal_error", True)
    s.q("on which line of sensor.c is the error", str(line + 23), "number", "terminal_error", True)
    s.q("exit status of make?", "2", "number", "terminal_error", True)
    return s


def systemctl(rng):
    pid = rng.randint(1000, 60000)
    out = [prompt("admin", "web03", "~", "systemctl status nginx"), "<span class='r B'>×</span> nginx.service - A high performance web server and a reverse proxy server",
           "     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)",
           "     Active: <span class='r B'>failed</span> (Result: exit-code) since Thu 2026-11-05 06:14:22 UTC; 7min ago",
           "       Docs: man:nginx(8)", f"    Process: {pid} ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)",
           "        CPU: 21ms", "",
           "Nov 05 06:14:22 web03 systemd[1]: Starting nginx.service - A high performance web server and a reverse proxy server...",
           f"Nov 05 06:14:22 web03 nginx[{pid}]: nginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/sites-enabled/shop.conf:31",
           f"Nov 05 06:14:22 web03 nginx[{pid}]: nginx: configuration file /etc/nginx/nginx.conf test failed",
           "Nov 05 06:14:22 web03 systemd[1]: <span class='r'>nginx.service: Control process exited, code=exited, status=1/FAILURE</span>",
           "Nov 05 06:14:22 web03 systemd[1]: <span class='r'>nginx.service: Failed with result 'exit-code'.</span>",
           "Nov 05 06:14:22 web03 systemd[1]: <span class='r'>Failed to start nginx.service - A high performance web server and a reverse proxy server.</span>"]
    s = Scene("term_systemctl", "terminal", html=terminal("\n".join(out), "admin@web03", "dark", size=13, width=1200), size=(1200, 420))
    s.q("is nginx running?", "no", "yesno", "yesno", False)
    s.q("what's the config error nginx reports", "unknown directive \"proxy_pas\" in /etc/nginx/sites-enabled/shop.conf:31", "error", "terminal_error", True)
    s.q("which line of shop.conf is the problem on", "31", "number", "terminal_error", True)
    return s


def ping(rng):
    times = [round(rng.uniform(11, 40), 1) for _ in range(6)]
    lost = {3}
    out = [prompt("me", "mbp", "~", "ping -c 6 status.example.net", "g"), "PING status.example.net (93.184.216.34) 56(84) bytes of data."]
    got = []
    for i, t in enumerate(times):
        if i in lost:
            continue
        got.append(t)
        out.append(f"64 bytes from 93.184.216.34: icmp_seq={i + 1} ttl=54 time={t} ms")
    loss = round(100 * len(lost) / len(times))
    avg = sum(got) / len(got)
    out += ["", "--- status.example.net ping statistics ---", f"6 packets transmitted, {len(got)} received, {loss}% packet loss, time 5008ms",
            f"rtt min/avg/max/mdev = {min(got):.3f}/{avg:.3f}/{max(got):.3f}/{(sum((g - avg) ** 2 for g in got) / len(got)) ** .5:.3f} ms"]
    s = Scene("term_ping", "terminal", html=terminal("\n".join(out), "Terminal — ping", "light", "'Liberation Mono', monospace", 14, 860), size=(860, 360))
    s.q("packet loss?", f"{loss}%", "percent", "field_read", True)
    s.q("which icmp_seq didn't get a reply", str(min(lost) + 1), "number", "count", False)
    s.q("what was the slowest reply time", f"{max(got)} ms", "time", "argmax", True)
    return s


def pip_list(rng):
    pk = [("certifi", "2024.8.30"), ("charset-normalizer", "3.4.0"), ("fastapi", "0.115.4"), ("httpx", "0.27.2"), ("idna", "3.10"),
          ("numpy", "2.1.3"), ("pandas", "2.2.3"), ("pydantic", "2.9.2"), ("pydantic_core", "2.23.4"), ("python-dateutil", "2.9.0.post0"),
          ("pytz", "2024.2"), ("requests", "2.32.3"), ("SQLAlchemy", "2.0.36"), ("starlette", "0.41.2"), ("uvicorn", "0.32.0")]
    out = [prompt("(venv) ana", "ws", "~/api", "pip list"), "Package            Version", "------------------ -----------"]
    out += [f"{p:<18} {v}" for p, v in pk]
    s = Scene("term_pip", "terminal", html=terminal("\n".join(out), "ana@ws: ~/api", "solar", size=14, width=700), size=(700, 520))
    s.q("what version of pandas is installed", "2.2.3", "version", "table_cell", True)
    s.q("is requests installed? which version", "yes, 2.32.3", "version", "multi_part", False)
    s.q("how many packages are listed", str(len(pk)), "count", "count", False)
    return s


def git_status(rng):
    mod = ["src/app/router.ts", "src/app/store.ts", "package.json"]
    new = ["src/app/hooks/useDebounce.ts", "notes.txt"]
    out = [prompt("eva", "work", "~/web/shopfront", "git status"), "On branch feature/cart-badges", "Your branch is ahead of 'origin/feature/cart-badges' by 2 commits.",
           "  (use \"git push\" to publish your local commits)", "", "Changes to be committed:", "  (use \"git restore --staged &lt;file&gt;...\" to unstage)",
           "\t<span class='g'>new file:   src/components/CartBadge.tsx</span>", "", "Changes not staged for commit:",
           "  (use \"git add &lt;file&gt;...\" to update what will be committed)"]
    out += [f"\t<span class='r'>modified:   {m}</span>" for m in mod]
    out += ["", "Untracked files:", "  (use \"git add &lt;file&gt;...\" to include in what will be committed)"]
    out += [f"\t<span class='r'>{n}</span>" for n in new]
    s = Scene("term_gitstatus", "terminal", html=terminal("\n".join(out).replace("\t", "        "), "eva@work", "dark", "'Inconsolata', monospace", 15, 900), size=(900, 560))
    s.q("what branch am I on", "feature/cart-badges", "code", "field_read", True)
    s.q("how many modified files aren't staged yet?", str(len(mod)), "count", "count", False)
    s.q("how many commits ahead of origin", "2", "number", "field_read", True)
    return s


def top(rng):
    procs = [(2231, "postgres", round(rng.uniform(5, 30), 1), 6.2, "postgres"), (4410, "www-data", round(rng.uniform(40, 95), 1), 3.1, "php-fpm8.3"),
             (988, "root", 1.3, 0.4, "containerd"), (7702, "deploy", round(rng.uniform(5, 30), 1), 12.8, "java"), (1, "root", 0.0, 0.1, "systemd"),
             (5120, "redis", 2.4, 1.9, "redis-server"), (6631, "deploy", 0.7, 0.3, "node")]
    procs.sort(key=lambda p: -p[2])
    out = ["top - 14:03:51 up 23 days,  4:12,  2 users,  load average: 2.71, 2.15, 1.98",
           "Tasks: 213 total,   2 running, 211 sleeping,   0 stopped,   0 zombie",
           "%Cpu(s): 38.4 us,  4.1 sy,  0.0 ni, 56.9 id,  0.3 wa,  0.0 hi,  0.3 si,  0.0 st",
           "MiB Mem :  15872.4 total,   1204.7 free,   9921.3 used,   4746.4 buff/cache",
           "MiB Swap:   4096.0 total,   3980.2 free,    115.8 used.   5410.2 avail Mem", "",
           "<span style='background:#ddd;color:#000'>    PID USER      PR  NI    VIRT    RES    SHR S  %CPU  %MEM     TIME+ COMMAND                 </span>"]
    for pid, u, cpu, mem, cmd in procs:
        out.append(f"{pid:>7} {u:<9} 20   0 {rng.randint(100000, 4000000):>7} {rng.randint(9000, 2000000):>6} {rng.randint(5000, 40000):>6} S {cpu:>5} {mem:>5}  {rng.randint(0, 300)}:{rng.randint(10, 59)}.{rng.randint(10, 99)} {cmd}")
    s = Scene("term_top", "terminal", html=terminal("\n".join(out), "top", "green", "'DejaVu Sans Mono', monospace", 13, 760), size=(760, 380))
    hm = max(procs, key=lambda p: p[3])
    s.q("what's eating the most cpu", procs[0][4], "text", "argmax", True)
    s.q("which process uses most memory and what %", f"{hm[4]}, {hm[3]}%", "text", "multi_part", False)
    s.q("how long has the box been up", "23 days,  4:12".replace("  ", " "), "text", "field_read", False)
    return s


def scenes(rng):
    return [ls_l(rng), df_h(rng), git_log(rng), docker_ps(rng), kubectl(rng), pytest_out(rng), gcc_err(rng), systemctl(rng),
            ping(rng), pip_list(rng), git_status(rng), top(rng)]
