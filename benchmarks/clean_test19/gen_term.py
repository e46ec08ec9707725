"""Terminal screenshots."""
from gen_common import Cv, Q, rng_for

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


SCHEMES = {
    "dracula": dict(bg=(40, 42, 54), fg=(248, 248, 242), g=(80, 250, 123), r=(255, 85, 85), y=(241, 250, 140), b=(139, 233, 253), m=(255, 121, 198), d=(98, 114, 164), bar=(33, 34, 44)),
    "solar": dict(bg=(0, 43, 54), fg=(147, 161, 161), g=(133, 153, 0), r=(220, 50, 47), y=(181, 137, 0), b=(38, 139, 210), m=(211, 54, 130), d=(88, 110, 117), bar=(7, 54, 66)),
    "light": dict(bg=(253, 253, 250), fg=(40, 40, 40), g=(20, 130, 40), r=(200, 30, 30), y=(160, 110, 0), b=(20, 80, 190), m=(150, 40, 150), d=(130, 130, 130), bar=(225, 225, 225)),
    "mono": dict(bg=(12, 12, 12), fg=(204, 204, 204), g=(22, 198, 12), r=(231, 72, 86), y=(249, 241, 165), b=(59, 120, 255), m=(180, 0, 158), d=(118, 118, 118), bar=(40, 40, 40)),
    "gruv": dict(bg=(40, 40, 40), fg=(235, 219, 178), g=(184, 187, 38), r=(251, 73, 52), y=(250, 189, 47), b=(131, 165, 152), m=(211, 134, 155), d=(146, 131, 116), bar=(29, 32, 33)),
}


def term(lines, scheme="dracula", title="bash", w=1120, size=15, f="mono", minh=0):
    s = SCHEMES[scheme]
    lh = size + 6
    h = max(minh, 36 + 16 + lh * len(lines) + 16)
    cv = Cv(w, h, s["bg"])
    cv.rect((0, 0, w, 34), fill=s["bar"])
    for i, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        cv.ellipse((14 + i * 22, 11, 26 + i * 22, 23), fill=c)
    cv.t(w // 2, 9, title, 13, "sans", s["d"] if scheme != "light" else (80, 80, 80), anchor="ma")
    y = 46
    for ln in lines:
        if isinstance(ln, str):
            ln = [(ln, "fg")]
        x = 14
        full = "".join(t for t, _ in ln)
        for t, c in ln:
            cv.d.text((x, y), t, font=__import__("gen_common").font(f, size), fill=s[c])
            x += cv.tw(t, size, f)
        cv.texts.append(full)
        y += lh
    return cv


def P(cmd, user="dev", host="box", cwd="~"):
    return [(f"{user}@{host}", "g"), (":", "fg"), (cwd, "b"), ("$ ", "fg"), (cmd, "fg")]


@scene
def t_ls():
    files = [("drwxr-xr-x", 5, "maren", "staff", 4096, "Mar 11 09:14", "assets", True),
             ("-rw-r--r--", 1, "maren", "staff", 18233, "Mar 12 17:40", "CHANGELOG.md", False),
             ("drwxr-xr-x", 2, "maren", "staff", 4096, "Feb 28 11:02", "config", True),
             ("-rw-r--r--", 1, "maren", "staff", 734003, "Mar 14 08:21", "dump-2025-03-14.sql.gz", False),
             ("-rwxr-xr-x", 1, "root", "root", 51288, "Jan  9 15:33", "deploy.sh", False),
             ("drwxr-xr-x", 8, "maren", "staff", 4096, "Mar 14 08:20", "node_modules", True),
             ("-rw-r--r--", 1, "maren", "staff", 1290, "Mar  2 10:05", "package.json", False),
             ("-rw-------", 1, "maren", "staff", 412, "Mar 13 22:47", ".env.local", False),
             ("drwxr-xr-x", 3, "maren", "staff", 4096, "Mar 10 13:58", "src", True),
             ("-rw-r--r--", 1, "maren", "staff", 96511, "Mar 14 07:59", "yarn.lock", False)]
    L = [P("ls -la", "maren", "atlas", "~/projects/kiosk"), f"total {sum(f[4] for f in files) // 1024}"]
    for p, n, u, g, sz, d, name, isdir in files:
        L.append([(f"{p} {n:>2} {u:<6} {g:<6} {sz:>7} {d} ", "fg"), (name, "b" if isdir else ("g" if "x" in p[1:4] and not isdir else "fg"))])
    L.append(P("", "maren", "atlas", "~/projects/kiosk"))
    cv = term(L, "dracula", "maren@atlas: ~/projects/kiosk")
    big = max(files, key=lambda f: f[4])
    return "term_ls", cv, [
        Q("which file is the biggest here", big[6], "text", "terminal", "argmax", True),
        Q("how many directories are listed (not counting . and ..)", str(sum(f[7] for f in files)), "count", "terminal", "count", False),
        Q("who owns deploy.sh?", "root", "text", "terminal", "table_cell", True),
    ]


@scene
def t_df():
    fs = [("/dev/nvme0n1p2", "468G", "391G", "53G", 89, "/"), ("tmpfs", "16G", "2.1M", "16G", 1, "/dev/shm"),
          ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"), ("/dev/sda1", "1.8T", "1.1T", "640G", 64, "/mnt/archive"),
          ("/dev/mapper/vg0-home", "220G", "207G", "2.4G", 99, "/home"), ("overlay", "468G", "391G", "53G", 89, "/var/lib/docker/overlay2/3f1c…/merged")]
    L = [P("df -h", "ops", "build-07", "~")] + ["Filesystem            Size  Used Avail Use% Mounted on"]
    for a, b, c, d, e, f in fs:
        L.append([(f"{a:<21} {b:>4} {c:>5} {d:>5} ", "fg"), (f"{e:>3}%", "r" if e >= 90 else "fg"), (f" {f}", "fg")])
    cv = term(L, "solar", "ops@build-07", w=1000)
    full = max(fs, key=lambda f: f[4])
    return "term_df", cv, [
        Q("which mount is almost full?", full[5], "text", "terminal", "argmax", True),
        Q("how much space is left on /mnt/archive", "640G", "text", "terminal", "table_cell", True),
        Q("is the root filesystem over 90% used?", "yes" if [f for f in fs if f[5] == "/"][0][4] > 90 else "no", "yesno", "terminal", "yesno", False),
    ]


@scene
def t_ps():
    r = rng_for("ps")
    procs = [("postgres", 1412, 38.5, 12.1, "postgres: checkpointer"), ("www-data", 2210, 4.2, 3.3, "nginx: worker process"),
             ("svc", 3321, 71.9, 22.4, "java -Xmx4g -jar ledger-sync.jar"), ("root", 1, 0.0, 0.1, "/sbin/init"),
             ("svc", 3350, 12.6, 5.8, "python3 worker.py --queue=emails"), ("redis", 988, 2.3, 1.4, "redis-server *:6379"),
             ("root", 744, 0.3, 0.2, "/usr/sbin/sshd -D")]
    L = [P("ps aux --sort=-%mem | head", "svc", "app-02", "/srv"), "USER         PID %CPU %MEM    VSZ   RSS TTY  STAT START   TIME COMMAND"]
    for u, pid, cpu, mem, cmd in sorted(procs, key=lambda p: -p[3]):
        vsz = r.randint(20000, 900000)
        L.append(f"{u:<10}{pid:>6} {cpu:>4} {mem:>4} {vsz:>6} {r.randint(2000, 90000):>5} ?    Ssl  08:1{r.randint(0, 9)}   {r.randint(0, 59)}:{r.randint(0, 59):02d} {cmd}")
    cv = term(L, "mono", "svc@app-02: /srv", w=1150)
    cpu = max(procs, key=lambda p: p[2])
    return "term_ps", cv, [
        Q("whats eating the most cpu", cpu[4], "text", "terminal", "argmax", True),
        Q("total %MEM used by the svc user's processes", f"{sum(p[3] for p in procs if p[0]=='svc'):.1f}", "percent", "terminal", "arithmetic", False),
    ]


@scene
def t_gitlog():
    commits = [("a91f3c2", "Hanna Lindqvist", "Tue Jun 3 16:42:10 2025 +0200", "Fix rounding of VAT on credit notes"),
               ("7d02be8", "Omar Haddad", "Tue Jun 3 11:05:51 2025 +0200", "Add retry with backoff to webhook sender"),
               ("3c5e911", "Hanna Lindqvist", "Mon Jun 2 18:19:33 2025 +0200", "Bump pydantic to 2.7.1"),
               ("e44a7f0", "Keiko Tanaka", "Fri May 30 09:47:02 2025 +0200", "Remove deprecated /v1/export endpoint")]
    L = [P("git log -4", "hanna", "mbp", "~/billing")]
    for i, (h, a, d, m) in enumerate(commits):
        L.append([(f"commit {h}{'e3b0c4429' if i % 2 else '0f1d2e3a4'}", "y")] + ([(" (", "y"), ("HEAD -> main", "b"), (", origin/main", "r"), (")", "y")] if i == 0 else []))
        L += [f"Author: {a} <{a.split()[0].lower()}@ledgerly.io>", f"Date:   {d}", "", f"    {m}", ""]
    cv = term(L, "gruv", "hanna@mbp: ~/billing", w=1000)
    return "term_gitlog", cv, [
        Q("who made the latest commit", commits[0][1], "person", "terminal", "first_last", True),
        Q("when was pydantic bumped? give date", "Mon Jun 2 18:19:33 2025 +0200", "date", "terminal", "when", True),
    ]


@scene
def t_gitstatus():
    mod = ["src/api/routes.py", "src/models/order.py", "tests/test_orders.py", "pyproject.toml"]
    new = ["src/api/refunds.py", "notes.txt"]
    L = [P("git status", "li", "ws", "~/shopfront"), "On branch feature/refunds-v2",
         "Your branch is ahead of 'origin/feature/refunds-v2' by 2 commits.", "  (use \"git push\" to publish your local commits)", "",
         "Changes to be committed:", "  (use \"git restore --staged <file>...\" to unstage)", [("\tmodified:   src/api/routes.py", "g")], "",
         "Changes not staged for commit:", "  (use \"git add <file>...\" to update what will be committed)"]
    for m in mod[1:]:
        L.append([(f"\tmodified:   {m}".replace("\t", "        "), "r")])
    L += ["", "Untracked files:", "  (use \"git add <file>...\" to include in what will be committed)"]
    for n in new:
        L.append([(f"        {n}", "r")])
    L[7] = [("        modified:   src/api/routes.py", "g")]
    cv = term(L, "light", "li@ws: ~/shopfront", w=900)
    return "term_gitstatus", cv, [
        Q("what branch am i on", "feature/refunds-v2", "code", "terminal", "field_value", True),
        Q("how many modified files are not staged yet?", str(len(mod) - 1), "count", "terminal", "count", False),
    ]


@scene
def t_docker():
    cs = [("4be1a0c9d2f1", "postgres:16.3", "Up 3 days (healthy)", "0.0.0.0:5432->5432/tcp", "pg-main"),
          ("91ac33e0b7d4", "redis:7.2-alpine", "Up 3 days", "6379/tcp", "cache"),
          ("0e7fd12a8c55", "ghcr.io/acme/api:1.14.2", "Restarting (1) 12 seconds ago", "", "api"),
          ("c3d9f0a1e6b2", "nginx:1.27", "Up 2 hours", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp", "edge"),
          ("77b2e5f4a0d8", "grafana/grafana:11.0.0", "Exited (137) 5 hours ago", "", "grafana")]
    L = [P("docker ps -a", "root", "node3", "/opt/stack"),
         "CONTAINER ID   IMAGE                     COMMAND                  CREATED      STATUS                           PORTS                                      NAMES"]
    for cid, img, st, po, nm in cs:
        L.append(f"{cid}   {img:<25} \"docker-entrypoint.s…\"   3 days ago   {st:<32} {po:<42} {nm}")
    cv = term(L, "mono", "root@node3: /opt/stack", w=1500, size=14)
    return "term_docker", cv, [
        Q("what version of nginx is running", "1.27", "version", "terminal", "table_cell", True),
        Q("grafana exit code?", "137", "error", "terminal", "error_status", True),
        Q("how many containers are up", str(sum(c[2].startswith("Up") for c in cs)), "count", "terminal", "count", False),
    ]


@scene
def t_kubectl():
    pods = [("checkout-7d9c6b5f4-2xkqp", "1/1", "Running", 0, "4d2h"), ("checkout-7d9c6b5f4-9bmwz", "1/1", "Running", 1, "4d2h"),
            ("inventory-5f8d7c9b8-lq2vn", "0/1", "CrashLoopBackOff", 17, "52m"), ("payments-6b4c8d7f9-h7t5r", "2/2", "Running", 0, "11h"),
            ("search-84c9f6d5b-zz8pk", "0/1", "Pending", 0, "6m"), ("notifier-59d8b7c6f-w4rj2", "1/1", "Running", 3, "2d7h"),
            ("frontend-7f6b5c4d8-k9x3m", "1/1", "Running", 0, "19h")]
    L = [P("kubectl get pods -n shop", "sre", "jump", "~"), "NAME                         READY   STATUS             RESTARTS   AGE"]
    for n, r, s, rs, a in pods:
        L.append([(f"{n:<28} {r:<7} ", "fg"), (f"{s:<18}", "fg" if s == "Running" else "r"), (f" {rs:<10} {a}", "fg")])
    cv = term(L, "dracula", "sre@jump", w=900)
    return "term_kubectl", cv, [
        Q("how many pods are not Running?", str(sum(p[2] != "Running" for p in pods)), "count", "terminal", "count", False),
        Q("restarts on the inventory pod", "17", "number", "terminal", "table_cell", True),
    ]


@scene
def t_pip():
    pk = [("certifi", "2024.8.30"), ("charset-normalizer", "3.3.2"), ("fastapi", "0.111.0"), ("httpx", "0.27.0"), ("idna", "3.7"),
          ("numpy", "1.26.4"), ("pandas", "2.2.2"), ("pydantic", "2.7.4"), ("python-dateutil", "2.9.0.post0"), ("pytz", "2024.1"),
          ("requests", "2.32.3"), ("SQLAlchemy", "2.0.30"), ("starlette", "0.37.2"), ("urllib3", "2.2.1"), ("uvicorn", "0.30.1")]
    L = [P("pip list", "(venv) kai", "lab", "~/svc")[0:1] + P("pip list", "kai", "lab", "~/svc")[1:], "Package            Version", "------------------ -----------"]
    L[0] = [("(venv) ", "d")] + P("pip list", "kai", "lab", "~/svc")
    for n, v in pk:
        L.append(f"{n:<18} {v}")
    cv = term(L, "solar", "kai@lab: ~/svc", w=760)
    return "term_pip", cv, [
        Q("which pandas version is installed", "2.2.2", "version", "terminal", "table_cell", True),
        Q("how many packages does pip list show", str(len(pk)), "count", "terminal", "count", False),
    ]


@scene
def t_pytest():
    res = {"failed": 2, "passed": 35, "skipped": 1, "xfailed": 1}
    L = [P("pytest -q tests/", "ana", "dev", "~/geo"), "........F.......s.......F..........x...", "",
         "=================================== FAILURES ===================================",
         "____________________________ test_haversine_antimeridian ____________________________", "",
         "    def test_haversine_antimeridian():", ">       assert haversine((0, 179.9), (0, -179.9)) == pytest.approx(22.2, rel=1e-2)",
         [("E       assert 40007.86 == 22.2 ± 2.2e-01", "r")], "", "tests/test_distance.py:48: AssertionError",
         "___________________________ test_parse_dms[N 47°22'] ___________________________", "",
         [("E       ValueError: could not convert string to float: \"47°22'\"", "r")], "",
         "tests/test_parse.py:112: ValueError", "=========================== short test summary info ============================",
         "FAILED tests/test_distance.py::test_haversine_antimeridian - assert 40007.86 == 22.2 ± 2.2e-01",
         "FAILED tests/test_parse.py::test_parse_dms[N 47°22'] - ValueError: could not convert string to float: \"47°22'\"",
         [(f"{res['failed']} failed, {res['passed']} passed, {res['skipped']} skipped, {res['xfailed']} xfailed in 3.41s", "r" if res["failed"] else "g")]]
    cv = term(L, "gruv", "ana@dev: ~/geo", w=1200, size=14)
    return "term_pytest", cv, [
        Q("did all tests pass?", "no" if res["failed"] else "yes", "yesno", "terminal", "yesno", False),
        Q("which test failed in test_distance.py", "test_haversine_antimeridian", "code", "terminal", "error_status", True),
        Q("what error did the parse test throw", "ValueError: could not convert string to float: \"47°22'\"", "error", "terminal", "error_status", True),
    ]


@scene
def t_gcc():
    L = [P("make", "tom", "pi", "~/ledctl"), "cc -Wall -O2 -c main.c -o main.o", "cc -Wall -O2 -c strip.c -o strip.o",
         [("strip.c:", "fg"), ("87:19: ", "fg"), ("warning: ", "m"), ("unused variable 'tmp' [-Wunused-variable]", "fg")],
         "   87 |     uint8_t tmp = 0;", "      |                   ^~~",
         [("strip.c:", "fg"), ("142:5: ", "fg"), ("error: ", "r"), ("implicit declaration of function 'ws2811_render' [-Wimplicit-function-declaration]", "fg")],
         "  142 |     ws2811_render(&ledstring);", "      |     ^~~~~~~~~~~~~",
         "make: *** [Makefile:14: strip.o] Error 1", [("tom@pi", "g"), (":", "fg"), ("~/ledctl", "b"), ("$ echo $?", "fg")], "2"]
    cv = term(L, "mono", "tom@pi: ~/ledctl", w=1180)
    return "term_gcc", cv, [
        Q("what's the compile error", "implicit declaration of function 'ws2811_render'", "error", "terminal", "error_status", True),
        Q("which line of strip.c is the error on", "142", "number", "terminal", "error_status", True),
        Q("exit status of make?", "2", "error", "terminal", "error_status", True),
    ]


@scene
def t_systemctl():
    state = "active (running)"
    L = [P("systemctl status caddy", "admin", "web1", "~"),
         [("● ", "g"), ("caddy.service - Caddy web server", "fg")],
         "     Loaded: loaded (/lib/systemd/system/caddy.service; enabled; preset: enabled)",
         [("     Active: ", "fg"), (state, "g" if state.startswith("active") else "r"), (" since Wed 2025-05-21 06:12:44 UTC; 6 days ago", "fg")],
         "       Docs: https://caddyserver.com/docs/", "   Main PID: 1187 (caddy)", "      Tasks: 14 (limit: 4647)",
         "     Memory: 41.8M", "        CPU: 12min 3.114s", "     CGroup: /system.slice/caddy.service", "             └─1187 /usr/bin/caddy run --environ --config /etc/caddy/Caddyfile", "",
         "May 27 09:40:02 web1 caddy[1187]: {\"level\":\"info\",\"msg\":\"certificate obtained successfully\",\"identifier\":\"shop.tindra.se\"}",
         [("May 27 09:41:17 web1 caddy[1187]: {\"level\":\"error\",\"msg\":\"dial tcp 10.0.4.12:8080: connect: connection refused\"}", "r")]]
    cv = term(L, "dracula", "admin@web1", w=1250, size=14)
    return "term_systemctl", cv, [
        Q("is caddy running?", "yes" if "running" in state else "no", "yesno", "terminal", "yesno", False),
        Q("since when has it been active", "Wed 2025-05-21 06:12:44 UTC", "date", "terminal", "when", True),
        Q("what's the error in the last log line", "dial tcp 10.0.4.12:8080: connect: connection refused", "error", "terminal", "error_status", True),
    ]


@scene
def t_ping():
    times = [23.4, 22.9, 88.1, 23.7, None, 24.0, 23.1]
    L = [P("ping -c 7 fjord-cdn.net", "eva", "laptop", "~"), "PING fjord-cdn.net (185.42.77.19) 56(84) bytes of data."]
    ok = [t for t in times if t is not None]
    for i, t in enumerate(times, 1):
        if t is not None:
            L.append(f"64 bytes from 185.42.77.19: icmp_seq={i} ttl=55 time={t} ms")
    loss = round(100 * (len(times) - len(ok)) / len(times))
    L += ["", "--- fjord-cdn.net ping statistics ---", f"{len(times)} packets transmitted, {len(ok)} received, {loss}% packet loss, time 6010ms",
          f"rtt min/avg/max/mdev = {min(ok):.3f}/{sum(ok)/len(ok):.3f}/{max(ok):.3f}/21.913 ms"]
    cv = term(L, "light", "eva@laptop", w=920)
    return "term_ping", cv, [
        Q("packet loss?", f"{loss}%", "percent", "terminal", "field_value", True),
        Q("which icmp_seq is missing", str(times.index(None) + 1), "number", "terminal", "nth", False),
    ]


@scene
def t_curl():
    L = [P("curl -sI https://api.muninn.dev/v2/status", "jo", "mac", "~"), "HTTP/2 503", "server: envoy",
         "date: Thu, 12 Jun 2025 14:03:27 GMT", "content-type: application/json; charset=utf-8", "content-length: 87",
         "retry-after: 120", "x-request-id: 5f0c2d8e-91ab-4c77-b1e3-6a90d2f4c117", "cache-control: no-store", ""]
    cv = term(L, "solar", "jo@mac", w=880)
    return "term_curl", cv, [
        Q("what status code came back", "503", "error", "terminal", "error_status", True),
        Q("which server software answered", "envoy", "text", "terminal", "field_value", True),
    ]


@scene
def t_npm():
    vul = {"moderate": 4, "high": 3, "critical": 2}
    L = [P("npm install", "rui", "dev", "~/portal"), "npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.",
         "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported", "", "added 812 packages, and audited 813 packages in 21s", "",
         "143 packages are looking for funding", "  run `npm fund` for details", "",
         [(f"{sum(vul.values())} vulnerabilities ({vul['moderate']} ", "fg"), ("moderate", "y"), (f", {vul['high']} ", "fg"), ("high", "r"), (f", {vul['critical']} ", "fg"), ("critical", "m"), (")", "fg")], "",
         "To address issues that do not require attention, run:", "  npm audit fix", "", "To address all issues (including breaking changes), run:", "  npm audit fix --force"]
    cv = term(L, "gruv", "rui@dev: ~/portal", w=1000)
    return "term_npm", cv, [
        Q("how many critical vulns", str(vul["critical"]), "count", "terminal", "field_value", True),
        Q("how many high or critical vulnerabilities combined?", str(vul["high"] + vul["critical"]), "count", "terminal", "arithmetic", False),
    ]
