"""Terminal screenshots rendered from generated command output."""
from common import Cv, Q, rng_for

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


THEMES = {
    "dark": dict(bg="#1e1e1e", fg="#d4d4d4", red="#f44747", green="#6a9955", yellow="#d7ba7d", blue="#569cd6", cyan="#4ec9b0", mag="#c586c0", dim="#808080", bar="#333"),
    "solar": dict(bg="#002b36", fg="#93a1a1", red="#dc322f", green="#859900", yellow="#b58900", blue="#268bd2", cyan="#2aa198", mag="#d33682", dim="#586e75", bar="#073642"),
    "light": dict(bg="#fdf6e3", fg="#3b3b3b", red="#c62828", green="#2e7d32", yellow="#9a6700", blue="#1f5fbf", cyan="#00838f", mag="#8e24aa", dim="#8a8a8a", bar="#e4dcc4"),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", red="#ff5555", green="#50fa7b", yellow="#f1fa8c", blue="#bd93f9", cyan="#8be9fd", mag="#ff79c6", dim="#6272a4", bar="#21222c"),
    "ubuntu": dict(bg="#300a24", fg="#eeeeec", red="#ef2929", green="#8ae234", yellow="#fce94f", blue="#729fcf", cyan="#34e2e2", mag="#ad7fa8", dim="#a0a0a0", bar="#2c2c2c"),
    "white": dict(bg="#ffffff", fg="#000000", red="#cd0000", green="#00a000", yellow="#a07000", blue="#0000ee", cyan="#008b8b", mag="#cd00cd", dim="#777777", bar="#dcdcdc"),
}


def term(lines, theme="dark", w=1200, title="user@devbox: ~", f="mono", size=15, lh=None):
    th = THEMES[theme]
    lh = lh or int(size * 1.45)
    h = 40 + 16 + lh * len(lines) + 16
    cv = Cv(w, h, th["bg"])
    cv.rect(0, 0, w, 34, fill=th["bar"])
    for i, c in enumerate(["#ff5f56", "#ffbd2e", "#27c93f"]):
        cv.circle(20 + i * 22, 17, 6, fill=c)
    cv.d.text((w // 2, 17), title, font=__import__("common").font("sans", 13), fill=th["dim"] if theme not in ("light", "white") else "#555", anchor="mm")
    cw = cv.tw("M", f, size)
    y = 48
    for ln in lines:
        segs = [(ln, "fg")] if isinstance(ln, str) else ln
        x = 14
        full = "".join(s for s, _ in segs)
        for s, c in segs:
            bold = c.endswith("!")
            c = c.rstrip("!")
            cv.d.text((x, y), s, font=__import__("common").font(f + ("b" if bold else ""), size), fill=th[c])
            x += cw * len(s)
        cv.texts.append(full)
        y += lh
    return cv


def P(cmd, host="devbox", user="maya", path="~", theme_prompt=True):
    return [(f"{user}@{host}", "green!"), (":", "fg"), (path, "blue!"), ("$ ", "fg"), (cmd, "fg")]


@scene
def term_ls():
    r = rng_for("ls")
    ents = [("d", "drwxr-xr-x", 4096, "assets"), ("-", "-rw-r--r--", 18734, "build.gradle"), ("d", "drwxr-xr-x", 4096, "docs"),
            ("-", "-rwxr-xr-x", 5321, "gradlew"), ("-", "-rw-r--r--", 2480133, "app-release.apk"), ("-", "-rw-r--r--", 1062, "LICENSE"),
            ("-", "-rw-r--r--", 7745, "README.md"), ("d", "drwxr-xr-x", 4096, "scripts"), ("-", "-rw-------", 412, ".env.local"),
            ("d", "drwxr-xr-x", 4096, "src"), ("-", "-rw-r--r--", 96512, "CHANGELOG.md")]
    owners = {"app-release.apk": "jenkins"}
    dates = ["Mar  3 09:12", "Feb 27 16:40", "Mar  1 11:05", "Jan 19 08:22", "Mar  4 18:57", "Nov 30  2024", "Mar  2 14:31",
             "Feb 11 10:10", "Mar  4 09:01", "Mar  4 17:45", "Feb 28 13:20"]
    lines = [P("ls -la", path="~/projects/tidepool-android")]
    lines.append("total 2648")
    for (k, perm, sz, nm), dt in zip(ents, dates):
        own = owners.get(nm, "maya")
        nl = 2 if k == "-" else r.randint(3, 9)
        pre = f"{perm} {nl:>2} {own:<7} {'staff':<5} {sz:>8} {dt} "
        lines.append([(pre, "fg"), (nm, "blue!" if k == "d" else ("green!" if "x" in perm[3] else "fg"))])
    lines.append(P(""))
    files = [e for e in ents if e[0] == "-"]
    big = max(files, key=lambda e: e[2])
    qs = [Q("which file is the biggest here", big[3], "code", "argmax", True),
          Q("how many directories are in this listing (not counting . and ..)", sum(1 for e in ents if e[0] == "d"), "count", "count", False),
          Q("who owns app-release.apk?", "jenkins", "person", "value_at_label", True)]
    return "terminal", term(lines, "dark", title="maya@devbox: ~/projects/tidepool-android"), qs


@scene
def term_df():
    fs = [("/dev/nvme0n1p2", 468, 402, "/"), ("tmpfs", 7.8, 0.0021, "/dev/shm"), ("/dev/nvme0n1p1", 0.5, 0.061, "/boot/efi"),
          ("/dev/sda1", 1800, 1710, "/mnt/backup"), ("/dev/mapper/data", 916, 388, "/srv/data"), ("overlay", 468, 402, "/var/lib/docker/overlay2/3f9a…/merged")]

    def hs(g):
        if g < 1:
            return f"{g*1024:.0f}M" if g * 1024 >= 10 else f"{g*1024:.1f}M"
        if g >= 1000:
            return f"{g/1024:.1f}T"
        return f"{g:.0f}G" if g >= 10 else f"{g:.1f}G"
    lines = [P("df -h", host="nas01", user="root", path="/")]
    lines.append(f"{'Filesystem':<22}{'Size':>6}{'Used':>6}{'Avail':>7}{'Use%':>5} Mounted on")
    rows = []
    for dev, size, used, mnt in fs:
        pct = round(100 * used / size)
        rows.append((dev, pct, mnt, hs(size - used)))
        lines.append(f"{dev:<22}{hs(size):>6}{hs(used):>6}{hs(size-used):>7}{str(pct)+'%':>5} {mnt}")
    lines.append(P("", host="nas01", user="root", path="/"))
    top = max(rows, key=lambda r: r[1])
    qs = [Q("which mount is closest to full?", top[2], "code", "argmax", True),
          Q("how much space is left on /srv/data", [r for r in rows if r[2] == "/srv/data"][0][3], "number", "table_cell", True),
          Q("is /boot/efi over 50% used?", "yes" if [r for r in rows if r[2] == "/boot/efi"][0][1] > 50 else "no", "yesno", "yesno", False)]
    return "terminal", term(lines, "solar", title="root@nas01: /"), qs


@scene
def term_ps():
    procs = [("postgres", 1422, 3.1, 4.2, "/usr/lib/postgresql/16/bin/postgres -D /var/lib/postgresql/16/main"),
             ("www-data", 2211, 0.4, 1.1, "nginx: worker process"), ("deploy", 3307, 87.6, 12.9, "python3 -m celery worker -A shop.tasks"),
             ("deploy", 3310, 12.4, 6.3, "gunicorn shop.wsgi:application --workers 4"), ("root", 1, 0.0, 0.1, "/sbin/init"),
             ("redis", 988, 1.7, 0.8, "redis-server 127.0.0.1:6379"), ("deploy", 4102, 0.0, 0.2, "ps aux --sort=-%cpu")]
    procs.sort(key=lambda p: -p[2])
    lines = [P("ps aux --sort=-%cpu | head", host="shop-prod-2", user="deploy")]
    lines.append(f"{'USER':<9}{'PID':>6}{'%CPU':>6}{'%MEM':>6}    VSZ   RSS TTY  STAT START   TIME COMMAND")
    for u, pid, cpu, mem, cmd in procs:
        lines.append(f"{u:<9}{pid:>6}{cpu:>6.1f}{mem:>6.1f} {pid*311 % 900000 + 20000:>7} {pid*97 % 90000 + 3000:>5} ?    Ssl  09:14  {int(cpu)//6}:{pid%60:02d} {cmd}")
    redis = [p for p in procs if p[0] == "redis"][0]
    qs = [Q("what's eating all the CPU?", "python3 -m celery worker -A shop.tasks", "code", "argmax", True),
          Q("PID of redis?", str(redis[1]), "number", "table_cell", True),
          Q("how many processes are running as deploy", sum(1 for p in procs if p[0] == "deploy"), "count", "count", False)]
    return "terminal", term(lines, "ubuntu", title="deploy@shop-prod-2: ~", size=14), qs


@scene
def term_gitlog():
    commits = [("9f3c2a1", "Priya Raman", "Tue Apr 8 16:02:11 2025 +0200", "fix: handle empty cart on checkout"),
               ("41be07d", "Jonas Weber", "Tue Apr 8 11:47:03 2025 +0200", "feat(api): add /v2/orders pagination"),
               ("c0a9f55", "Priya Raman", "Mon Apr 7 18:20:45 2025 +0200", "chore: bump django to 5.1.8"),
               ("77d1e2b", "Léa Martin", "Mon Apr 7 09:05:30 2025 +0200", "docs: update deployment guide")]
    lines = [P("git log -4", path="~/src/shop")]
    for i, (h, a, d, m) in enumerate(commits):
        ref = [(" (", "yellow"), ("HEAD -> ", "cyan!"), ("main", "green!"), (", origin/main", "red!"), (")", "yellow")] if i == 0 else []
        lines.append([(f"commit {h}e5d0b7c1f9a2d3e4b5c6a7f8091a2b3c4d5", "yellow")] + ref)
        lines.append(f"Author: {a} <{a.split()[0].lower().replace('é','e')}@shopco.dev>")
        lines.append(f"Date:   {d}")
        lines.append("")
        lines.append(f"    {m}")
        lines.append("")
    qs = [Q("who made the latest commit?", commits[0][1], "person", "ordinal", True),
          Q("which commit bumped django? just the short hash", commits[2][0], "code", "value_at_label", True),
          Q("when did Léa commit the docs update", commits[3][2], "date", "who_when_where", True)]
    return "terminal", term(lines, "dark", title="maya@devbox: ~/src/shop", size=14), qs


@scene
def term_gitstatus():
    mod = ["src/components/Header.tsx", "src/pages/Checkout.tsx", "src/api/client.ts"]
    staged = ["package.json", "package-lock.json"]
    untracked = ["src/hooks/useDebounce.ts", "notes.txt"]
    lines = [P("git status", path="~/web/storefront")]
    lines += ["On branch feature/checkout-redesign", "Your branch is ahead of 'origin/feature/checkout-redesign' by 2 commits.",
              "  (use \"git push\" to publish your local commits)", "", "Changes to be committed:",
              "  (use \"git restore --staged <file>...\" to unstage)"]
    lines += [[("        modified:   " + s, "green")] for s in staged]
    lines += ["", "Changes not staged for commit:", "  (use \"git add <file>...\" to update what will be committed)"]
    lines += [[("        modified:   " + s, "red")] for s in mod]
    lines += ["", "Untracked files:", "  (use \"git add <file>...\" to include in what will be committed)"]
    lines += [[("        " + s, "red")] for s in untracked]
    lines += ["", P("", path="~/web/storefront")]
    qs = [Q("what branch am I on", "feature/checkout-redesign", "code", "value_at_label", True),
          Q("how many files are modified but not staged?", len(mod), "count", "count", False),
          Q("how many commits ahead of origin am I", "2", "number", "value_at_label", True)]
    return "terminal", term(lines, "light", title="storefront — zsh"), qs


@scene
def term_docker():
    cs = [("a41f0c9e2b1d", "nginx:1.27-alpine", "\"/docker-entrypoint.…\"", "3 days ago", "Up 3 days", "0.0.0.0:8080->80/tcp", "web"),
          ("7c2e9d0a44f1", "postgres:16", "\"docker-entrypoint.s…\"", "3 days ago", "Up 3 days (healthy)", "5432/tcp", "db"),
          ("e90b3f17c5a2", "redis:7.4", "\"docker-entrypoint.s…\"", "3 days ago", "Up 3 days", "6379/tcp", "cache"),
          ("1d5a7be80c33", "ghcr.io/acme/worker:2.3.1", "\"python -m worker\"", "2 hours ago", "Exited (137) 14 minutes ago", "", "worker"),
          ("b3f8e21d9a07", "grafana/grafana:11.2.0", "\"/run.sh\"", "5 days ago", "Up 5 days", "0.0.0.0:3000->3000/tcp", "grafana")]
    lines = [P("docker ps -a", host="vps-fra1", user="ops")]
    lines.append(f"{'CONTAINER ID':<14}{'IMAGE':<28}{'COMMAND':<26}{'CREATED':<13}{'STATUS':<30}{'PORTS':<24}NAMES")
    for c in cs:
        lines.append(f"{c[0]:<14}{c[1]:<28}{c[2]:<26}{c[3]:<13}{c[4]:<30}{c[5]:<24}{c[6]}")
    lines.append(P("", host="vps-fra1", user="ops"))
    dead = [c for c in cs if c[4].startswith("Exited")][0]
    qs = [Q("which container is not running?", dead[6], "code", "count", True),
          Q("the worker container died — what exit code?", "137", "number", "terminal_error", True),
          Q("what host port is grafana on", "3000", "number", "table_cell", True),
          Q("which postgres version is the db container running", "16", "version", "table_cell", True)]
    return "terminal", term(lines, "dracula", w=1480, title="ops@vps-fra1: ~", size=14), qs


@scene
def term_kubectl():
    pods = [("api-7d9f8b6c5-2xkqp", "1/1", "Running", 0, "4d2h"), ("api-7d9f8b6c5-9tmzr", "1/1", "Running", 1, "4d2h"),
            ("billing-5c6b7f9d8-lq4vn", "0/1", "CrashLoopBackOff", 27, "3h11m"), ("frontend-6f8c9d7b4-h7w2k", "1/1", "Running", 0, "22h"),
            ("search-0", "1/1", "Running", 3, "9d"), ("search-1", "0/1", "Pending", 0, "12m"), ("notifier-84b5d6c7f-x1p9s", "1/1", "Running", 0, "2d5h")]
    lines = [[("$ ", "green!"), ("kubectl get pods -n prod", "fg")]]
    lines.append(f"{'NAME':<30}{'READY':<8}{'STATUS':<20}{'RESTARTS':<10}AGE")
    for n, rd, st, rs, age in pods:
        lines.append([(f"{n:<30}{rd:<8}", "fg"), (f"{st:<20}", "fg" if st == "Running" else "red"), (f"{rs:<10}{age}", "fg")])
    notrun = sum(1 for p in pods if p[2] != "Running")
    mr = max(pods, key=lambda p: p[3])
    qs = [Q("how many pods aren't Running", notrun, "count", "count", False),
          Q("status of search-1?", "Pending", "text", "table_cell", True),
          Q("which pod restarted the most and how many restarts?", f"{mr[0]}, {mr[3]}", "text", "multi_part", False)]
    return "terminal", term(lines, "white", title="kubectl — prod-cluster", size=15), qs


@scene
def term_pip():
    pk = [("certifi", "2024.8.30"), ("charset-normalizer", "3.4.0"), ("click", "8.1.7"), ("fastapi", "0.115.4"), ("httpx", "0.27.2"),
          ("idna", "3.10"), ("numpy", "2.1.3"), ("pandas", "2.2.3"), ("pydantic", "2.9.2"), ("requests", "2.32.3"),
          ("SQLAlchemy", "2.0.36"), ("starlette", "0.41.2"), ("urllib3", "2.2.3"), ("uvicorn", "0.32.0")]
    lines = [[("(.venv) ", "dim"), ("➜  ", "green!"), ("api ", "cyan!"), ("pip list", "fg")]]
    lines += [f"{'Package':<20}Version", f"{'-'*19} {'-'*10}"]
    lines += [f"{n:<20}{v}" for n, v in pk]
    qs = [Q("what version of pandas do I have installed", "2.2.3", "version", "table_cell", True),
          Q("is httpx installed?", "yes", "yesno", "yesno", False),
          Q("how many packages are listed", len(pk), "count", "count", False)]
    return "terminal", term(lines, "solar", w=760, title="api — pip", size=15), qs


@scene
def term_pytest():
    tests = [("tests/test_cart.py", ".....", 5, 0), ("tests/test_pricing.py", "..F.", 4, 1), ("tests/test_users.py", "......", 6, 0),
             ("tests/test_export.py", ".F", 2, 1)]
    passed = sum(n - f for _, _, n, f in tests); failed = sum(f for *_, f in tests)
    lines = [P("pytest -q", path="~/src/ledger")]
    lines.append([("============================= test session starts ==============================", "fg!")])
    lines.append("platform linux -- Python 3.12.4, pytest-8.3.3, pluggy-1.5.0")
    lines.append(f"collected {passed+failed} items")
    lines.append("")
    for fn, dots, n, f in tests:
        pct = 0
        lines.append([(fn + " ", "fg")] + [(c, "red!" if c == "F" else "green") for c in dots])
    lines.append("")
    lines.append([("=================================== FAILURES ===================================", "red!")])
    lines.append([("____________________ test_discount_rounding ____________________", "red!")])
    lines.append("    def test_discount_rounding():")
    lines.append(">       assert apply_discount(Decimal('19.99'), pct=15) == Decimal('16.99')")
    lines.append([("E       AssertionError: assert Decimal('16.9915') == Decimal('16.99')", "red!")])
    lines.append([("____________________ test_csv_export_unicode ____________________", "red!")])
    lines.append([("E       UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 14", "red!")])
    lines.append("=========================== short test summary info ============================")
    lines.append("FAILED tests/test_pricing.py::test_discount_rounding - AssertionError: assert Decimal('16.9915...")
    lines.append("FAILED tests/test_export.py::test_csv_export_unicode - UnicodeEncodeError: 'ascii' codec can't en...")
    lines.append([(f"========================= {failed} failed, {passed} passed in 2.41s =========================", "red!")])
    qs = [Q("did all the tests pass?", "no", "yesno", "yesno", False),
          Q("which test failed in test_export.py", "test_csv_export_unicode", "code", "terminal_error", True),
          Q("how many tests passed", str(passed), "count", "count", True),
          Q("what error does the export test raise?", "UnicodeEncodeError", "error", "terminal_error", True)]
    return "terminal", term(lines, "dark", title="maya@devbox: ~/src/ledger", size=14), qs


@scene
def term_gcc():
    lines = [P("make", host="buildbox", user="kai", path="~/dev/tinyhttp")]
    lines += ["cc -Wall -Wextra -O2 -c src/server.c -o build/server.o",
              "cc -Wall -Wextra -O2 -c src/router.c -o build/router.o",
              [("src/router.c: In function ", "fg!"), ("‘route_match’", "fg!"), (":", "fg!")],
              [("src/router.c:88:17: ", "fg!"), ("warning: ", "mag!"), ("unused variable ‘len’ [-Wunused-variable]", "fg")],
              "   88 |     size_t len = strlen(path);",
              "      |            ^~~",
              [("src/router.c:112:5: ", "fg!"), ("error: ", "red!"), ("implicit declaration of function ‘strlcpy’; did you mean ‘strncpy’? [-Wimplicit-function-declaration]", "fg")],
              "  112 |     strlcpy(buf, seg, sizeof buf);",
              "      |     ^~~~~~~",
              "      |     strncpy",
              "make: *** [Makefile:14: build/router.o] Error 1",
              P("echo $?", host="buildbox", user="kai", path="~/dev/tinyhttp"), "2", P("", host="buildbox", user="kai", path="~/dev/tinyhttp")]
    qs = [Q("what's the actual compile error here?", "implicit declaration of function ‘strlcpy’", "error", "terminal_error", True),
          Q("which line of router.c has the error", "112", "number", "terminal_error", True),
          Q("exit status of make?", "2", "number", "terminal_error", True)]
    return "terminal", term(lines, "ubuntu", w=1260, title="kai@buildbox: ~/dev/tinyhttp", size=14), qs


@scene
def term_systemctl():
    lines = [P("systemctl status nginx", host="web-03", user="admin")]
    lines += [[("● ", "green!"), ("nginx.service - A high performance web server and a reverse proxy server", "fg")],
              "     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)",
              [("     Active: ", "fg"), ("active (running)", "green!"), (" since Wed 2025-05-14 07:31:02 UTC; 6 days ago", "fg")],
              "       Docs: man:nginx(8)",
              "   Main PID: 1187 (nginx)",
              "      Tasks: 5 (limit: 9381)",
              "     Memory: 14.6M",
              "        CPU: 2min 41.303s",
              "     CGroup: /system.slice/nginx.service",
              "             ├─1187 \"nginx: master process /usr/sbin/nginx -g daemon on; master_process on;\"",
              "             ├─1188 \"nginx: worker process\"", "             ├─1189 \"nginx: worker process\"",
              "             ├─1190 \"nginx: worker process\"", "             └─1191 \"nginx: worker process\"", "",
              "May 14 07:31:02 web-03 systemd[1]: Starting nginx.service - A high performance web server...",
              "May 14 07:31:02 web-03 systemd[1]: Started nginx.service - A high performance web server..."]
    qs = [Q("is nginx running?", "yes", "yesno", "yesno", False),
          Q("main pid?", "1187", "number", "value_at_label", True),
          Q("how many worker processes are there", 4, "count", "count", False),
          Q("since what date has it been up", "2025-05-14", "date", "who_when_where", True)]
    return "terminal", term(lines, "dark", title="admin@web-03: ~", size=14), qs


@scene
def term_ping():
    r = rng_for("ping")
    times = [round(r.uniform(18, 31), 1) for _ in range(6)]
    lost = {3}
    lines = [P("ping -c 6 eu.api.example.net", host="laptop", user="nils")]
    lines.append("PING eu.api.example.net (203.0.113.42) 56(84) bytes of data.")
    got = []
    for i, t in enumerate(times):
        if i in lost:
            continue
        got.append(t)
        lines.append(f"64 bytes from 203.0.113.42: icmp_seq={i+1} ttl=54 time={t} ms")
    lines.append("")
    lines.append("--- eu.api.example.net ping statistics ---")
    loss = round(100 * len(lost) / len(times))
    lines.append(f"6 packets transmitted, {len(got)} received, {loss}% packet loss, time 5008ms")
    avg = sum(got) / len(got)
    lines.append(f"rtt min/avg/max/mdev = {min(got):.3f}/{avg:.3f}/{max(got):.3f}/{1.234:.3f} ms")
    qs = [Q("packet loss?", f"{loss}%", "percent", "value_at_label", True),
          Q("which icmp_seq never came back", "4", "number", "terminal_error", False),
          Q("what was the average round trip in ms", f"{avg:.3f}", "number", "value_at_label", True)]
    return "terminal", term(lines, "white", w=900, title="nils@laptop: ~", size=15), qs


@scene
def term_curl():
    lines = [P("curl -i https://api.parcelhub.io/v1/shipments/SH-20931", host="mbp", user="ana")]
    lines += [[("HTTP/2 404", "fg!")], "date: Thu, 10 Jul 2025 13:22:48 GMT", "content-type: application/problem+json",
              "content-length: 151", "x-request-id: 8b1f6e0c-42d7-4c1e-9a55-0e3d2b7f6a19", "cache-control: no-store", "",
              '{"type":"https://api.parcelhub.io/errors/not-found","title":"Shipment not found",',
              ' "status":404,"detail":"No shipment with id SH-20931 exists for this account."}', P("", host="mbp", user="ana")]
    qs = [Q("what status code came back", "404", "number", "value_at_label", True),
          Q("what's the content type of the response", "application/problem+json", "code", "value_at_label", True),
          Q("what's the error title?", "Shipment not found", "error", "terminal_error", True)]
    return "terminal", term(lines, "dracula", w=1100, title="ana@mbp — zsh", size=15), qs


@scene
def term_npm():
    lines = [P("npm install", host="mbp", user="ana", path="~/code/dashboard")]
    lines += ["npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.",
              "npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported", "",
              "added 1284 packages, and audited 1285 packages in 38s", "", "211 packages are looking for funding",
              "  run `npm fund` for details", "",
              [("7 vulnerabilities (", "fg"), ("2 low", "fg!"), (", ", "fg"), ("4 moderate", "yellow!"), (", ", "fg"), ("1 high", "red!"), (")", "fg")],
              "", "To address all issues, run:", "  npm audit fix", "", "Run `npm audit` for details.", P("", host="mbp", user="ana", path="~/code/dashboard")]
    qs = [Q("how many packages got added", "1284", "count", "value_at_label", True),
          Q("how many high severity vulns?", "1", "count", "value_at_label", True),
          Q("how long did the install take", "38s", "time", "value_at_label", True)]
    return "terminal", term(lines, "light", w=1000, title="dashboard — npm", size=15), qs


@scene
def term_journal():
    ev = [("Jun 02 03:14:07", "backup.sh[20411]", "INFO", "starting nightly backup to s3://acme-backups/db"),
          ("Jun 02 03:14:09", "backup.sh[20411]", "INFO", "dumping database 'orders' (2.1 GB)"),
          ("Jun 02 03:19:52", "backup.sh[20411]", "WARN", "upload slow: 1.2 MB/s"),
          ("Jun 02 03:27:40", "backup.sh[20411]", "ERROR", "upload failed: RequestTimeout (part 118/240)"),
          ("Jun 02 03:27:41", "backup.sh[20411]", "INFO", "retrying in 30s (attempt 2/3)"),
          ("Jun 02 03:34:02", "backup.sh[20411]", "ERROR", "upload failed: RequestTimeout (part 131/240)"),
          ("Jun 02 03:34:03", "systemd[1]", "ERROR", "backup.service: Main process exited, code=exited, status=3/NOTIMPLEMENTED"),
          ("Jun 02 03:34:03", "systemd[1]", "INFO", "backup.service: Failed with result 'exit-code'.")]
    lines = [P("journalctl -u backup.service --since today", host="db-01", user="root", path="/root")]
    lines.append("-- Logs begin at Sun 2025-06-01 00:00:01 UTC, end at Mon 2025-06-02 08:02:11 UTC. --")
    for t, src, lvl, msg in ev:
        col = {"INFO": "fg", "WARN": "yellow!", "ERROR": "red!"}[lvl]
        lines.append([(f"{t} db-01 {src}: ", "fg"), (f"[{lvl}] " if "backup" in src else "", col), (msg, col if lvl != "INFO" else "fg")])
    first_err = [e for e in ev if e[2] == "ERROR"][0]
    qs = [Q("when did the first error happen", first_err[0], "time", "ordinal", True),
          Q("how many ERROR lines are there", sum(1 for e in ev if e[2] == "ERROR"), "count", "count", False),
          Q("what status did backup.service exit with", "status=3/NOTIMPLEMENTED", "error", "terminal_error", True)]
    return "terminal", term(lines, "solar", w=1240, title="root@db-01: /root", size=14), qs


@scene
def term_du():
    ds = [("node_modules", "1.3G"), (".git", "412M"), ("dist", "88M"), ("public", "23M"), ("src", "4.1M"), ("tests", "760K")]
    lines = [P("du -sh * .git | sort -rh", host="mbp", user="ana", path="~/code/dashboard")]
    lines += [f"{s}\t{n}".expandtabs(8) for n, s in ds]
    qs = [Q("what's the second biggest folder", ds[1][0], "code", "ordinal", True),
          Q("how big is dist?", "88M", "number", "table_cell", True)]
    return "terminal", term(lines, "dark", w=700, title="dashboard — zsh", size=16), qs
