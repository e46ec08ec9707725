"""Terminal screenshots rendered as HTML <pre> in several colour schemes."""
from common import Q, scene, esc, page

SCHEMES = {
    "dark": ("#1e1e1e", "#d4d4d4", "#6a9955", "#569cd6", "#f44747"),
    "solar": ("#002b36", "#93a1a1", "#859900", "#268bd2", "#dc322f"),
    "light": ("#fdfdfd", "#222222", "#2e7d32", "#1565c0", "#c62828"),
    "green": ("#0b0f0b", "#9fe89f", "#5fd75f", "#87afff", "#ff5f5f"),
    "dracula": ("#282a36", "#f8f8f2", "#50fa7b", "#bd93f9", "#ff5555"),
}


def term(name, lines, scheme="dark", width=980, title="bash", qs=()):
    bg, fg, g, b, r = SCHEMES[scheme]
    body_lines = []
    for ln in lines:
        t = esc(ln)
        t = t.replace("[G]", f"<span style='color:{g}'>").replace("[B]", f"<span style='color:{b}'>")
        t = t.replace("[R]", f"<span style='color:{r}'>").replace("[/]", "</span>")
        body_lines.append(t)
    css = (f".win{{width:{width-40}px;margin:20px;border-radius:8px;overflow:hidden;box-shadow:0 4px 16px #0006}}"
           ".bar{background:#3a3a3a;color:#ccc;font:13px 'DejaVu Sans';padding:7px 12px}"
           ".bar i{display:inline-block;width:12px;height:12px;border-radius:6px;margin-right:6px}"
           f"pre{{margin:0;background:{bg};color:{fg};font:15px/1.45 'DejaVu Sans Mono',monospace;padding:14px 16px;white-space:pre}}")
    h = (f"<div class='win'><div class='bar'><i style='background:#ff5f56'></i><i style='background:#ffbd2e'></i>"
         f"<i style='background:#27c93f'></i>&nbsp; {esc(title)}</div><pre>" + "\n".join(body_lines) + "</pre></div>")
    scene(name, "terminal", page(h, css, bg="#c9ccd1"), width, qs)


def ls_l():
    files = [("drwxr-xr-x", 2, "nadia", "staff", 4096, "Mar 11 09:12", "assets"),
             ("-rw-r--r--", 1, "nadia", "staff", 18233, "Mar 14 17:40", "build.gradle"),
             ("drwxr-xr-x", 5, "nadia", "staff", 4096, "Mar 02 11:05", "docs"),
             ("-rwxr-xr-x", 1, "nadia", "staff", 5120, "Feb 27 08:51", "gradlew"),
             ("-rw-r--r--", 1, "root", "root", 734003, "Mar 15 22:03", "heapdump.hprof"),
             ("-rw-r--r--", 1, "nadia", "staff", 1092, "Jan 30 14:22", "LICENSE"),
             ("-rw-r--r--", 1, "nadia", "staff", 6410, "Mar 13 10:17", "README.md"),
             ("drwxr-xr-x", 9, "nadia", "staff", 4096, "Mar 15 21:58", "src"),
             ("drwxr-xr-x", 3, "jenkins", "ci", 4096, "Mar 15 22:01", "target")]
    lines = ["[G]nadia@mbp[/]:[B]~/code/tramline[/]$ ls -l", f"total {sum(f[4] for f in files)//1024}"]
    for p, n, u, g, sz, d, nm in files:
        nm2 = f"[B]{nm}[/]" if p.startswith("d") else (f"[G]{nm}[/]" if "x" in p[3] else nm)
        lines.append(f"{p} {n:>2} {u:<7} {g:<5} {sz:>7} {d} {nm2}")
    lines.append("[G]nadia@mbp[/]:[B]~/code/tramline[/]$ ")
    fl = [f for f in files if not f[0].startswith("d")]
    big = max(fl, key=lambda f: f[4])
    ndir = sum(1 for f in files if f[0].startswith("d"))
    term("term_ls", lines, "dark", 900, "nadia@mbp: ~/code/tramline", [
        Q("which file is the biggest here", big[6], "text", "argmax", True),
        Q("how many directories are in this folder?", ndir, "count", "count", False),
        Q("who owns heapdump.hprof", "root", "person", "table_cell", True),
    ])


def df_h():
    fs = [("/dev/nvme0n1p2", "468G", "391G", "53G", 89, "/"), ("tmpfs", "16G", "2.1M", "16G", 1, "/dev/shm"),
          ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"), ("/dev/sda1", "1.8T", "1.2T", "571G", 68, "/home"),
          ("/dev/sdb1", "3.6T", "3.5T", "112G", 97, "/mnt/backup"), ("overlay", "468G", "391G", "53G", 89, "/var/lib/docker/overlay2/3f1c/merged")]
    lines = ["$ df -h", f"{'Filesystem':<16} {'Size':>5} {'Used':>5} {'Avail':>5} {'Use%':>4} Mounted on"]
    for a, s, u, av, p, m in fs:
        pc = f"[R]{p}%[/]" if p >= 90 else f"{p}%"
        lines.append(f"{a:<16} {s:>5} {u:>5} {av:>5} {'':>{4-len(str(p))-1}}{pc} {m}")
    top = max(fs, key=lambda f: f[4])
    term("term_df", lines, "solar", 900, "ops@backup-02", [
        Q("which mount is almost full?", top[5], "text", "argmax", True),
        Q("how much space is left on /home", "571G", "text", "table_cell", True),
        Q("is /boot/efi more than half full?", ("yes" if next(f[4] for f in fs if f[5] == "/boot/efi") > 50 else "no"), "yesno", "yesno", False),
    ])


def git_log():
    commits = [("a91f3e2", "Priya Raman", "2 hours ago", "Fix off-by-one in pagination cursor"),
               ("7c0d1b9", "Tomás Echeverría", "5 hours ago", "Bump axios to 1.7.4"),
               ("e44a820", "Priya Raman", "yesterday", "Add retry with jitter to webhook sender"),
               ("19b6fd3", "Lena Vogt", "2 days ago", "Refactor invoice PDF renderer"),
               ("c2e7a55", "Priya Raman", "3 days ago", "Merge pull request #412 from lvogt/pdf-fonts"),
               ("0f83d16", "Lena Vogt", "3 days ago", "Embed Noto fonts in PDF output"),
               ("b7719ac", "Oskar Nyström", "4 days ago", "Initial CI workflow for release tags")]
    lines = ["❯ git log --oneline --format='%h %an, %ar : %s' -7"]
    for h, a, t, m in commits:
        lines.append(f"[R]{h}[/] [B]{a}[/], {t} : {m}")
    pr = sum(1 for c in commits if c[1] == "Priya Raman")
    term("term_gitlog", lines, "dracula", 1140, "~/work/ledgerly (main)", [
        Q("who made the latest commit", commits[0][1], "person", "ordinal", True),
        Q("how many of these commits are by Priya?", pr, "count", "count", False),
        Q("hash of the oldest commit shown?", commits[-1][0], "code", "ordinal", True),
        Q("which commit bumped axios, and to what version", next(f"{h}, {m.split()[-1]}" for h, _, _, m in commits if "axios" in m), "text", "multi_part", False),
    ])


def pytest_out():
    tests = [("tests/test_parser.py", ".....", 0), ("tests/test_rates.py", "..F.", 1), ("tests/test_export.py", "......", 0),
             ("tests/test_auth.py", ".F..F", 2), ("tests/test_cli.py", "...", 0)]
    npass = sum(t[1].count(".") for t in tests)
    nfail = sum(t[2] for t in tests)
    lines = ["$ pytest -q", "[B]============================= test session starts ==============================[/]",
             "platform linux -- Python 3.12.3, pytest-8.2.1, pluggy-1.5.0", f"collected {npass+nfail} items", ""]
    for f, d, _ in tests:
        lines.append(f"{f} " + d.replace("F", "[R]F[/]").replace(".", "[G].[/]"))
    fails = [("tests/test_rates.py::test_convert_chf_to_eur", "AssertionError: assert 0.9412 == 0.9421"),
             ("tests/test_auth.py::test_token_refresh", "KeyError: 'expires_in'"),
             ("tests/test_auth.py::test_logout_clears_session", "AssertionError: assert 'sid' not in {'sid': 'a81f'}")]
    lines += ["", "[R]=================================== FAILURES ===================================[/]",
              "[B]=========================== short test summary info ============================[/]"]
    for n, e in fails:
        lines.append(f"[R]FAILED[/] {n} - {e}")
    lines.append(f"[R]========================= {nfail} failed, {npass} passed in 4.87s =========================[/]")
    term("term_pytest", lines, "light", 1160, "pytest", [
        Q("how many tests failed?", nfail, "count", "count", True),
        Q("did the build pass", ("yes" if nfail == 0 else "no"), "yesno", "yesno", False),
        Q("what error did test_token_refresh hit", "KeyError: 'expires_in'", "error", "error_terminal", True),
        Q("total tests collected", npass + nfail, "count", "count", True),
    ])


def docker_ps():
    rows = [("3f9a1c2b7d10", "postgres:16.3", "Up 3 days", "0.0.0.0:5432->5432/tcp", "db"),
            ("8e21d0aa4c55", "redis:7.2-alpine", "Up 3 days", "6379/tcp", "cache"),
            ("b0c47e9f2311", "ghcr.io/acme/api:2.14.1", "Restarting (1) 12 seconds ago", "", "api"),
            ("61d7fe03ab98", "nginx:1.27", "Up 2 hours", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp", "proxy"),
            ("c5aa90e17b42", "grafana/grafana:11.0.0", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana")]
    lines = ["root@vps-fra1:~# docker ps", f"{'CONTAINER ID':<14}{'IMAGE':<26}{'STATUS':<32}{'PORTS':<44}NAMES"]
    for c, i, s, p, n in rows:
        s2 = f"[R]{s}[/]" + " " * (32 - len(s)) if s.startswith("Restarting") else f"{s:<32}"
        lines.append(f"{c:<14}{i:<26}{s2}{p:<44}{n}")
    term("term_docker", lines, "green", 1400, "root@vps-fra1", [
        Q("which container keeps restarting", "api", "text", "error_terminal", True),
        Q("what version of postgres are we running", "16.3", "version", "table_cell", True),
        Q("is grafana running", ("yes" if next(r[2] for r in rows if r[4] == "grafana").startswith("Up") else "no"), "yesno", "yesno", False),
        Q("how many containers are up?", sum(1 for r in rows if r[2].startswith("Up")), "count", "count", False),
    ])


def kubectl():
    pods = [("checkout-7d9f8b6c4-2xkqp", "1/1", "Running", 0, "4d2h"), ("checkout-7d9f8b6c4-m8vzt", "1/1", "Running", 1, "4d2h"),
            ("inventory-5b7c9d8f6-qq4lr", "0/1", "CrashLoopBackOff", 17, "53m"), ("payments-6f4d7c9b8-tn2wx", "1/1", "Running", 0, "11h"),
            ("search-66c8f7d5b9-hb7pk", "0/1", "ImagePullBackOff", 0, "8m"), ("notifier-7a2e1c3d4-lz9fd", "1/1", "Running", 3, "2d")]
    lines = ["$ kubectl get pods -n shop", f"{'NAME':<30}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    for n, r, s, rs, a in pods:
        lines.append(f"{n:<30}{r:<8}{s:<19}{rs:<10}{a}")
    mx = max(pods, key=lambda p: p[3])
    term("term_kubectl", lines, "dark", 900, "kubectl", [
        Q("which pod has restarted the most", mx[0], "text", "argmax", True),
        Q("how many pods aren't running", sum(1 for p in pods if p[2] != "Running"), "count", "count", False),
        Q("status of the search pod?", "ImagePullBackOff", "text", "table_cell", True),
    ])


def top_ps():
    procs = [(2214, "www-data", 38.2, 6.1, "php-fpm8.3"), (881, "mysql", 22.7, 18.4, "mysqld"), (3190, "deploy", 12.5, 2.2, "node"),
             (1544, "root", 3.1, 0.4, "containerd"), (77, "root", 1.0, 0.1, "kswapd0"), (4102, "deploy", 0.7, 9.8, "java")]
    lines = ["top - 14:22:07 up 41 days,  3:17,  2 users,  load average: 2.41, 1.98, 1.75",
             "Tasks: 213 total,   3 running, 210 sleeping,   0 stopped,   0 zombie",
             "MiB Mem :  15904.2 total,   1208.6 free,   9876.3 used,   4819.3 buff/cache", "",
             f"{'PID':>6} {'USER':<9} {'%CPU':>5} {'%MEM':>5} COMMAND"]
    for p, u, c, m, n in procs:
        lines.append(f"{p:>6} {u:<9} {c:>5} {m:>5} {n}")
    mm = max(procs, key=lambda p: p[3])
    term("term_top", lines, "solar", 900, "top", [
        Q("what's eating the most CPU", procs[0][4], "text", "argmax", True),
        Q("which process uses the most memory and how much %", f"{mm[4]}, {mm[3]}", "text", "multi_part", False),
        Q("PID of the java process?", 4102, "number", "table_cell", True),
    ])


def gcc_err():
    lines = ["$ make", "cc -Wall -O2 -c src/ringbuf.c -o build/ringbuf.o",
             "src/ringbuf.c: In function ‘rb_push’:",
             "src/ringbuf.c:48:17: [R]error:[/] ‘capacity’ undeclared (first use in this function); did you mean ‘cap’?",
             "   48 |     if (len >= capacity) {", "      |                ^~~~~~~~",
             "src/ringbuf.c:61:5: [B]warning:[/] implicit declaration of function ‘memcopy’ [-Wimplicit-function-declaration]",
             "make: *** [Makefile:14: build/ringbuf.o] Error 1"]
    term("term_gcc", lines, "dark", 1140, "make", [
        Q("what line is the error on?", 48, "number", "error_terminal", True),
        Q("what's the compile error", "‘capacity’ undeclared (first use in this function); did you mean ‘cap’?", "error", "error_terminal", True),
        Q("which function is misspelled in the warning", "memcopy", "code", "error_terminal", True),
    ])


def pip_list():
    pk = [("certifi", "2024.7.4"), ("charset-normalizer", "3.3.2"), ("idna", "3.7"), ("numpy", "1.26.4"), ("pandas", "2.2.2"),
          ("pip", "24.1.2"), ("python-dateutil", "2.9.0.post0"), ("pytz", "2024.1"), ("requests", "2.32.3"), ("six", "1.16.0"),
          ("tzdata", "2024.1"), ("urllib3", "2.2.2")]
    lines = ["(venv) PS C:\\Users\\mette\\proj> pip list", f"{'Package':<20}Version", f"{'-'*19} {'-'*11}"]
    lines += [f"{a:<20}{b}" for a, b in pk]
    term("term_pip", lines, "light", 700, "Windows PowerShell", [
        Q("which pandas version is installed", "2.2.2", "version", "table_cell", True),
        Q("how many packages are listed", len(pk), "count", "count", False),
    ])


def ping_curl():
    times = [23.4, 24.1, 22.9, 61.7, 23.8]
    lines = ["$ ping -c 6 api.fjordpay.no", "PING api.fjordpay.no (185.44.112.9) 56(84) bytes of data."]
    for i, t in enumerate(times, 1):
        lines.append(f"64 bytes from 185.44.112.9: icmp_seq={i} ttl=54 time={t} ms")
    avg = sum(times) / len(times)
    lines += ["", "--- api.fjordpay.no ping statistics ---", "6 packets transmitted, 5 received, 16.7% packet loss, time 5007ms",
              f"rtt min/avg/max/mdev = {min(times):.3f}/{avg:.3f}/{max(times):.3f}/14.811 ms", "",
              "$ curl -sI https://api.fjordpay.no/v2/health", "HTTP/2 503", "content-type: application/json",
              "retry-after: 30", "server: envoy"]
    term("term_ping", lines, "green", 900, "ping", [
        Q("what's the packet loss", "16.7%", "percent", "field_lookup", True),
        Q("what HTTP status did the health check return?", "503", "code", "error_terminal", True),
        Q("slowest ping time?", f"{max(times)} ms", "text", "argmax", True),
    ])


def systemctl():
    lines = ["$ systemctl status caddy", "[R]×[/] caddy.service - Caddy web server",
             "     Loaded: loaded (/lib/systemd/system/caddy.service; enabled; preset: enabled)",
             "     Active: [R]failed (Result: exit-code)[/] since Tue 2026-05-12 03:14:55 UTC; 6h ago",
             "    Process: 9123 ExecStart=/usr/bin/caddy run --environ --config /etc/caddy/Caddyfile (code=exited, status=1/FAILURE)",
             "   Main PID: 9123 (code=exited, status=1/FAILURE)", "",
             "May 12 03:14:55 web-3 caddy[9123]: Error: loading initial config: adapting config: Caddyfile:22 - unrecognized directive: revers_proxy",
             "May 12 03:14:55 web-3 systemd[1]: caddy.service: Failed with result 'exit-code'."]
    term("term_systemctl", lines, "dark", 1380, "admin@web-3", [
        Q("is caddy running?", ("yes" if any("Active: active (running)" in l for l in lines) else "no"), "yesno", "yesno", False),
        Q("what's wrong with the Caddyfile", "unrecognized directive: revers_proxy", "error", "error_terminal", True),
        Q("exit status?", "1/FAILURE", "code", "error_terminal", True),
    ])


def build():
    for f in (ls_l, df_h, git_log, pytest_out, docker_ps, kubectl, top_ps, gcc_err, pip_list, ping_curl, systemctl):
        f()
