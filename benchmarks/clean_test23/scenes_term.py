"""Terminal screenshots drawn with Pillow (several colour schemes and monospace fonts)."""
from common import Q, scene, term_image, num


def P(prompt, cmd, user="dev@box", path="~"):
    return [(user, "green"), (":", "fg"), (path, "blue"), ("$ ", "fg"), (cmd, "b:fg")]


@scene("term_gcloud_instances", "terminal", "`gcloud compute instances list`", "PIL", "dark (horizon)")
def t_gcloud(name, rng):
    rows = [("api-prod-1", "europe-west1-b", "e2-standard-4", "10.132.0.12", "RUNNING"),
            ("api-prod-2", "europe-west1-c", "e2-standard-4", "10.132.0.13", "RUNNING"),
            ("batch-worker", "europe-west1-b", "n2-highmem-8", "10.132.0.40", "TERMINATED"),
            ("bastion", "europe-west1-d", "e2-micro", "10.132.0.2", "RUNNING"),
            ("ml-train-a100", "us-central1-a", "a2-highgpu-1g", "10.128.0.7", "TERMINATED"),
            ("redis-cache", "europe-west1-c", "e2-highmem-2", "10.132.0.21", "RUNNING"),
            ("staging-web", "europe-west4-a", "e2-medium", "10.164.0.5", "STAGING")]
    hdr = ("NAME", "ZONE", "MACHINE_TYPE", "INTERNAL_IP", "STATUS")
    wd = [max(len(r[i]) for r in rows + [hdr]) + 2 for i in range(5)]
    fmt = lambda r: "".join(v.ljust(wd[i]) for i, v in enumerate(r))
    L = [P("gcloud compute instances list", "", "maya@laptop", "~/infra")[0:4] + [("gcloud compute instances list", "b:fg")],
         [(fmt(hdr), "b:fg")]]
    for r in rows:
        col = {"RUNNING": "green", "TERMINATED": "red", "STAGING": "yellow"}[r[4]]
        L.append([(fmt(r[:4]), "fg"), (r[4], col)])
    L.append(P("", "", "maya@laptop", "~/infra"))
    vis = term_image(name, L, "horizon", "jb", 15, title="maya@laptop: ~/infra")
    return vis, [
        Q("how many VMs are running right now", sum(r[4] == "RUNNING" for r in rows), "count", "count", False),
        Q("which zone is the bastion in", "europe-west1-d", "text", "cell", True),
        Q("what's the internal ip of redis-cache?", "10.132.0.21", "code", "cell", True),
    ]


@scene("term_aws_s3_ls", "terminal", "`aws s3 ls --human-readable` bucket listing", "PIL", "dark (github dark)")
def t_s3(name, rng):
    rows = [("2025-02-11 09:14:03", "1.2 GiB", "db-dump-2025-02-11.sql.gz"), ("2025-02-18 09:13:57", "1.3 GiB", "db-dump-2025-02-18.sql.gz"),
            ("2025-02-25 09:15:40", "1.3 GiB", "db-dump-2025-02-25.sql.gz"), ("2025-03-04 09:14:22", "1.4 GiB", "db-dump-2025-03-04.sql.gz"),
            ("2025-01-07 16:02:11", "512.0 KiB", "config-backup.tar"), ("2025-03-01 00:00:05", "88.6 MiB", "logs-2025-02.zip"),
            ("2025-02-01 00:00:04", "102.3 MiB", "logs-2025-01.zip"), ("2024-12-19 11:47:30", "4.1 KiB", "README.txt")]
    L = [P("", "aws s3 ls s3://orchard-backups/nightly/ --human-readable", "ubuntu@ip-10-0-3-17", "~")]
    for d, s, n in rows:
        L.append(f"{d} {s:>10} {n}")
    L.append(P("", "", "ubuntu@ip-10-0-3-17", "~"))
    vis = term_image(name, L, "github_dark", "fira", 14, chrome=None)
    latest = max(rows, key=lambda r: r[0])
    oldest = min(rows, key=lambda r: r[0])
    logs = [r for r in rows if r[2].startswith("logs")]
    return vis, [
        Q("which file in the bucket was uploaded most recently", latest[2], "text", "latest", True),
        Q("oldest object?", oldest[2], "text", "earliest", True),
        Q("which is smaller: logs-2025-01.zip or logs-2025-02.zip", min(logs, key=lambda r: float(r[1].split()[0]))[2], "text", "choice_less", True),
    ]


@scene("term_compose_ps", "terminal", "`docker compose ps` with an unhealthy and an exited service", "PIL", "light (solarized)")
def t_compose(name, rng):
    rows = [("shop-db-1", "postgres:16.2", "db", "Up 3 days (healthy)", "5432/tcp"),
            ("shop-redis-1", "redis:7.2-alpine", "redis", "Up 3 days", "6379/tcp"),
            ("shop-api-1", "shop/api:2.14.0", "api", "Up 2 hours (unhealthy)", "0.0.0.0:8080->8080/tcp"),
            ("shop-worker-1", "shop/api:2.14.0", "worker", "Exited (137) 41 minutes ago", ""),
            ("shop-web-1", "shop/web:2.14.1", "web", "Up 2 hours", "0.0.0.0:3000->3000/tcp"),
            ("shop-proxy-1", "caddy:2.8", "proxy", "Up 3 days", "0.0.0.0:443->443/tcp")]
    hdr = ("NAME", "IMAGE", "SERVICE", "STATUS", "PORTS")
    wd = [max(len(r[i]) for r in rows + [hdr]) + 3 for i in range(5)]
    fmt = lambda r: "".join(v.ljust(wd[i]) for i, v in enumerate(r))
    L = [P("", "docker compose ps -a", "kai@dev", "~/shop"), [(fmt(hdr), "b:fg")]]
    for r in rows:
        col = "red" if ("unhealthy" in r[3] or "Exited" in r[3]) else "fg"
        L.append([(fmt(r[:3]), "fg"), (r[3].ljust(wd[3]), col), (r[4], "fg")])
    vis = term_image(name, L, "solar_light", "dejavu-mono", 13, title="kai@dev — ~/shop — zsh")
    return vis, [
        Q("which service is unhealthy", "api", "text", "lookup", True),
        Q("what image version is the web container on", "shop/web:2.14.1", "version", "cell", True),
        Q("exit code of the worker?", "137", "code", "cell", True),
    ]


@scene("term_kubectl_deploy", "terminal", "`kubectl get deploy -n checkout` with READY x/y", "PIL", "dark (nightfox)")
def t_kdeploy(name, rng):
    rows = [("cart-svc", 3, 3, "47d"), ("payment-gw", 2, 4, "12d"), ("pricing", 2, 2, "47d"), ("promo-engine", 0, 1, "3h"),
            ("inventory-sync", 1, 1, "19d"), ("order-api", 5, 5, "47d"), ("fraud-check", 3, 3, "6d"), ("mailer", 1, 2, "30m")]
    L = [P("", "kubectl get deploy -n checkout", "sre", "prod-eu"),
         [("NAME             READY   UP-TO-DATE   AVAILABLE   AGE", "b:fg")]]
    for n, r, want, age in rows:
        col = "fg" if r == want else "yellow"
        L.append([(f"{n:<17}", "fg"), (f"{r}/{want}".ljust(8), col), (f"{want:<13}{r:<12}{age}", "fg")])
    vis = term_image(name, L, "nightfox", "hack", 14, title="sre@prod-eu")
    notready = sum(1 for _, r, w, _ in rows if r < w)
    newest = min(rows, key=lambda t: {"m": 1, "h": 60, "d": 1440}[t[3][-1]] * int(t[3][:-1]))
    return vis, [
        Q("how many deployments aren't fully ready", notready, "count", "count", False),
        Q("newest deployment?", newest[0], "text", "latest", True),
        Q("how many replicas does order-api have ready", "5/5", "text", "cell", True),
    ]


@scene("term_poetry_outdated", "terminal", "`poetry --version` + `poetry show --outdated`", "PIL", "dark (palenight)")
def t_poetry(name, rng):
    rows = [("black", "23.12.1", "24.4.2", "The uncompromising code formatter."),
            ("httpx", "0.26.0", "0.27.0", "The next generation HTTP client."),
            ("pydantic", "2.5.3", "2.7.1", "Data validation using Python type hints"),
            ("pytest", "7.4.4", "8.2.0", "pytest: simple powerful testing with Python"),
            ("sqlalchemy", "2.0.25", "2.0.30", "Database Abstraction Library"),
            ("uvicorn", "0.25.0", "0.29.0", "The lightning-fast ASGI server.")]
    L = [P("", "poetry --version", "leo@mbp", "~/api"), "Poetry (version 1.8.2)",
         P("", "poetry show --outdated", "leo@mbp", "~/api")]
    for n, cur, new, desc in rows:
        L.append([(f"{n:<12}", "cyan"), (f"{cur:<9}", "b:fg"), (f"{new:<9}", "red"), (desc, "fg")])
    vis = term_image(name, L, "palenight", "fira", 14, title="leo@mbp: ~/api")
    return vis, [
        Q("what poetry version is this", "1.8.2", "version", "version", True),
        Q("latest available pytest?", "8.2.0", "version", "cell", True),
        Q("how many outdated packages are listed", len(rows), "count", "count", False),
    ]


@scene("term_dnf_update", "terminal", "`dnf check-update` on Fedora", "PIL", "dark (gotham)")
def t_dnf(name, rng):
    rows = [("firefox.x86_64", "126.0-1.fc40", "updates"), ("kernel.x86_64", "6.8.11-300.fc40", "updates"),
            ("kernel-core.x86_64", "6.8.11-300.fc40", "updates"), ("mesa-dri-drivers.x86_64", "24.0.8-1.fc40", "updates"),
            ("podman.x86_64", "5:5.0.3-1.fc40", "updates"), ("python3.x86_64", "3.12.3-2.fc40", "updates"),
            ("code.x86_64", "1.89.1-1715060508.el8", "code"), ("systemd.x86_64", "255.7-1.fc40", "updates")]
    L = [[("[root@fedora ~]# ", "fg"), ("dnf check-update", "b:fg")],
         "Last metadata expiration check: 0:42:17 ago on Tue 28 May 2024 10:02:44 CEST.", ""]
    for n, v, repo in rows:
        L.append(f"{n:<28}{v:<26}{repo}")
    L.append([("[root@fedora ~]# ", "fg")])
    vis = term_image(name, L, "gotham", "libmono", 14, chrome="win", title="root@fedora:~")
    return vis, [
        Q("which kernel version is available", "6.8.11-300.fc40", "version", "cell", True),
        Q("is there an update for podman", "yes", "yesno", "exists", False),
        Q("which package comes from a repo other than updates", "code.x86_64", "text", "lookup", True),
    ]


@scene("term_ruff_check", "terminal", "`ruff check .` lint findings", "PIL", "dark (monokai pro)")
def t_ruff(name, rng):
    finds = [("app/models.py", 12, 8, "F401", "[*] `typing.Optional` imported but unused"),
             ("app/models.py", 57, 89, "E501", "Line too long (104 > 88)"),
             ("app/routes/users.py", 3, 1, "I001", "[*] Import block is un-sorted or un-formatted"),
             ("app/routes/users.py", 41, 5, "F841", "Local variable `resp` is assigned to but never used"),
             ("app/routes/users.py", 88, 12, "B006", "Do not use mutable data structures for argument defaults"),
             ("app/services/mail.py", 19, 20, "E711", "Comparison to `None` should be `cond is None`"),
             ("tests/test_users.py", 7, 1, "F401", "[*] `pytest` imported but unused")]
    L = [P("", "ruff check .", "ana@ws", "~/svc")]
    for f, l, c, code, msg in finds:
        L.append([(f"{f}:{l}:{c}: ", "b:fg"), (code, "red"), (" " + msg, "fg")])
    fixable = sum(1 for x in finds if "[*]" in x[4])
    L += [f"Found {len(finds)} errors.", f"[*] {fixable} fixable with the `--fix` option.", P("", "", "ana@ws", "~/svc")]
    vis = term_image(name, L, "monokai_pro", "jb", 14, title="ana@ws: ~/svc")
    from collections import Counter
    cnt = Counter(f for f, *_ in finds)
    top = cnt.most_common(1)[0][0]
    return vis, [
        Q("which file has the most lint errors", top, "text", "argmax", True),
        Q("how many can be auto-fixed", fixable, "count", "lookup", True),
        Q("what's the error code on line 41 of users.py", "F841", "code", "lookup", True),
    ]


@scene("term_mypy", "terminal", "`mypy src/` type errors", "PIL", "light (xcode)")
def t_mypy(name, rng):
    errs = [("src/billing/invoice.py", 42, 'Argument 1 to "round_cents" has incompatible type "str"; expected "Decimal"', "arg-type"),
            ("src/billing/invoice.py", 77, 'Item "None" of "Customer | None" has no attribute "email"', "union-attr"),
            ("src/billing/tax.py", 15, 'Missing return statement', "return"),
            ("src/api/handlers.py", 103, 'Incompatible return value type (got "dict[str, Any]", expected "Response")', "return-value")]
    L = [[("% ", "fg"), ("mypy src/", "b:fg")]]
    for f, l, m, c in errs:
        L.append([(f"{f}:{l}: ", "fg"), ("error: ", "red"), (m + "  ", "fg"), (f"[{c}]", "yellow")])
    files = len(set(e[0] for e in errs))
    L.append([(f"Found {len(errs)} errors in {files} files (checked 58 source files)", "b:red")])
    L.append([("% ", "fg")])
    vis = term_image(name, L, "xcode_light", "dejavu-mono", 13, title="Terminal — zsh — 140×24")
    return vis, [
        Q("how many files have type errors", files, "count", "lookup", True),
        Q("what's the error in tax.py", "Missing return statement", "error", "error", True),
        Q("how many source files did mypy check", 58, "count", "lookup", True),
    ]


@scene("term_vitest", "terminal", "`npx vitest run` with one failing test", "PIL", "dark (cmder)")
def t_vitest(name, rng):
    files = [("src/utils/date.test.ts", 12, 0, 38), ("src/utils/money.test.ts", 9, 1, 21), ("src/store/cart.test.ts", 17, 0, 64),
             ("src/components/Price.test.tsx", 6, 0, 112), ("src/api/client.test.ts", 8, 0, 45)]
    L = [[("PS C:\\dev\\storefront> ", "fg"), ("npx vitest run", "b:fg")], "",
         [(" RUN ", "b:cyan"), (" v1.6.0 C:/dev/storefront", "dim")], ""]
    for f, n, fail, ms in files:
        mark, col = ("\u00d7", "red") if fail else ("\u2713", "green")
        L.append([(f" {mark} ", col), (f"{f} ({n} tests" + (f" | {fail} failed" if fail else "") + f") {ms}ms", "fg")])
    L += ["", [(" FAIL ", "b:red"), (" src/utils/money.test.ts > formatMoney > rounds half up", "fg")],
          [("AssertionError: expected '12.34' to be '12.35'", "red")], "",
          [(" Test Files  ", "dim"), ("1 failed", "b:red"), (" | 4 passed (5)", "fg")]]
    tot = sum(f[1] for f in files)
    fails = sum(f[2] for f in files)
    L += [[("      Tests  ", "dim"), (f"{fails} failed", "b:red"), (f" | {tot - fails} passed ({tot})", "fg")]]
    vis = term_image(name, L, "cmder", "dejavu-mono", 14, chrome="win", title="Windows PowerShell")
    slow = max(files, key=lambda f: f[3])
    return vis, [
        Q("which test failed", "rounds half up", "text", "read", True),
        Q("what's the assertion error", "AssertionError: expected '12.34' to be '12.35'", "error", "error", True),
        Q("which test file took longest", slow[0], "text", "argmax", True),
        Q("vitest version?", "v1.6.0", "version", "version", True),
    ]


@scene("term_cmake_clang", "terminal", "`cmake --build` with a clang error", "PIL", "dark (amber)")
def t_clang(name, rng):
    L = [[("$ ", "fg"), ("cmake --build build -j2", "b:fg")],
         "[  8%] Building CXX object src/CMakeFiles/engine.dir/audio/mixer.cpp.o",
         "[ 16%] Building CXX object src/CMakeFiles/engine.dir/audio/voice.cpp.o",
         "[ 25%] Building CXX object src/CMakeFiles/engine.dir/render/sprite_batch.cpp.o",
         [("/home/ivo/engine/src/render/sprite_batch.cpp:214:18: ", "b:fg"), ("error: ", "b:red"),
          ("no member named 'reserve_quads' in 'SpriteBatch'", "b:fg")],
         "    m_batch.reserve_quads(count * 4);",
         "    ~~~~~~~ ^",
         [("/home/ivo/engine/src/render/sprite_batch.cpp:230:9: ", "b:fg"), ("warning: ", "b:yellow"),
          ("unused variable 'stride' [-Wunused-variable]", "fg")],
         "1 warning and 1 error generated.",
         "gmake[2]: *** [src/CMakeFiles/engine.dir/build.make:118: src/CMakeFiles/engine.dir/render/sprite_batch.cpp.o] Error 1",
         "gmake[1]: *** [CMakeFiles/Makefile2:143: src/CMakeFiles/engine.dir/all] Error 2",
         "gmake: *** [Makefile:91: all] Error 2", [("$ ", "fg")]]
    vis = term_image(name, L, "amber", "incons", 16, chrome=None)
    return vis, [
        Q("what's the compile error", "no member named 'reserve_quads' in 'SpriteBatch'", "error", "error", True),
        Q("which line of sprite_batch.cpp has the error", "214", "number", "lookup", True),
        Q("is there a warning too?", "yes", "yesno", "exists", False),
    ]


@scene("term_openssl_cert", "terminal", "`openssl x509 -noout -subject -issuer -dates`", "PIL", "dark (github dark)")
def t_openssl(name, rng):
    L = [P("", "openssl x509 -in /etc/ssl/certs/shop.pem -noout -subject -issuer -dates -serial", "root@edge-02", "~"),
         "subject=CN = shop.lindqvist-keramik.se",
         "issuer=C = US, O = Let's Encrypt, CN = R11",
         "notBefore=Apr 14 06:12:09 2025 GMT",
         "notAfter=Jul 13 06:12:08 2025 GMT",
         "serial=04A7F3C19B2E6D80F1C55A0E937B21D4C86A",
         P("", "date", "root@edge-02", "~"),
         "Thu Jun 26 09:31:44 CEST 2025",
         P("", "", "root@edge-02", "~")]
    vis = term_image(name, L, "github_dark", "hack", 14, title="root@edge-02")
    return vis, [
        Q("when does this cert expire", "Jul 13 06:12:08 2025 GMT", "date", "lookup", True),
        Q("who issued the certificate", "Let's Encrypt", "person", "party", True),
        Q("has it expired already? (look at the date output)", "no", "yesno", "state_yesno", False),
    ]


@scene("term_ufw_status", "terminal", "`sudo ufw status numbered`", "PIL", "light (tomorrow)")
def t_ufw(name, rng):
    rules = [("22/tcp", "LIMIT IN", "Anywhere"), ("80/tcp", "ALLOW IN", "Anywhere"), ("443/tcp", "ALLOW IN", "Anywhere"),
             ("5432/tcp", "ALLOW IN", "10.8.0.0/24"), ("6379", "DENY IN", "Anywhere"), ("9100/tcp", "ALLOW IN", "192.168.1.20"),
             ("3306", "DENY IN", "Anywhere")]
    L = [P("", "sudo ufw status numbered", "olga@vps", "~"), "Status: active", "",
         "     To                         Action      From", "     --                         ------      ----"]
    for i, (to, act, frm) in enumerate(rules, 1):
        col = "red" if act.startswith("DENY") else ("yellow" if act.startswith("LIMIT") else "green")
        L.append([(f"[{i:>2}] {to:<27}", "fg"), (f"{act:<12}", col), (frm, "fg")])
    L.append(P("", "", "olga@vps", "~"))
    vis = term_image(name, L, "tomorrow", "jb", 14, title="olga@vps: ~")
    return vis, [
        Q("is the firewall active", "yes", "yesno", "state_yesno", False),
        Q("which ports are denied", "; ".join(r[0] for r in rules if r[1].startswith("DENY")), "text", "lookup", True),
        Q("postgres 5432 is allowed from where?", "10.8.0.0/24", "code", "cell", True),
        Q("what's rule number 6", "9100/tcp", "text", "nth", True),
    ]


@scene("term_git_status_log", "terminal", "`git status -sb` + `git log --oneline --graph -6`", "PIL", "dark (nightfox)")
def t_git(name, rng):
    log = [("9f3c2a1", "(HEAD -> feature/export-csv)", "Add CSV export button to reports"),
           ("4be81d0", "", "Escape commas in exported fields"),
           ("c7a9e55", "(origin/main, main)", "Merge pull request #418 from rafa/fix-timezone"),
           ("1d02f6b", "", "Use UTC for report boundaries"),
           ("e5b7730", "", "Bump chart.js to 4.4.3"),
           ("a81c4fe", "(tag: v3.9.0)", "Release 3.9.0")]
    L = [P("", "git status -sb", "rafa", "~/reports"), [("## ", "fg"), ("feature/export-csv", "green"), ("...", "fg"),
                                                         ("origin/feature/export-csv", "red"), (" [ahead 2]", "fg")],
         [(" M ", "red"), ("src/export.ts", "fg")], [(" M ", "red"), ("src/ui/ReportToolbar.tsx", "fg")],
         [("A  ", "green"), ("src/export.test.ts", "fg")], [("?? ", "red"), ("notes.md", "fg")],
         P("", "git log --oneline --graph -6", "rafa", "~/reports")]
    for h, ref, msg in log:
        seg = [("* ", "red"), (h + " ", "yellow")]
        if ref:
            seg.append((ref + " ", "cyan"))
        seg.append((msg, "fg"))
        L.append(seg)
    L.append(P("", "", "rafa", "~/reports"))
    vis = term_image(name, L, "nightfox", "fira", 14, title="rafa: ~/reports")
    return vis, [
        Q("what branch am I on", "feature/export-csv", "text", "lookup", True),
        Q("how many commits ahead of origin", 2, "count", "lookup", True),
        Q("which commit is the v3.9.0 tag on", "a81c4fe", "code", "lookup", True),
        Q("what's the commit right after (newer than) 'Use UTC for report boundaries'",
          "Merge pull request #418 from rafa/fix-timezone", "text", "next", True),
    ]


@scene("term_sensors", "terminal", "`sensors` (lm-sensors) temperatures", "PIL", "dark (horizon)")
def t_sensors(name, rng):
    cores = [58.0, 61.0, 74.0, 57.0, 63.0, 60.0]
    L = [P("", "sensors", "tom@rig", "~"), "coretemp-isa-0000", "Adapter: ISA adapter",
         f"Package id 0:  +{max(cores) + 2:.1f}°C  (high = +80.0°C, crit = +100.0°C)"]
    for i, t in enumerate(cores):
        col = "yellow" if t >= 70 else "fg"
        L.append([(f"Core {i}:        ", "fg"), (f"+{t:.1f}°C", col), ("  (high = +80.0°C, crit = +100.0°C)", "fg")])
    L += ["", "nvme-pci-0100", "Adapter: PCI adapter", "Composite:    +41.9°C  (low  = -273.1°C, high = +81.8°C)", "",
          "asus_wmi_sensors-virtual-0", "Adapter: Virtual device", "CPU Fan:      1184 RPM", "Chassis Fan 1: 742 RPM",
          P("", "", "tom@rig", "~")]
    vis = term_image(name, L, "horizon", "dejavu-mono", 14, chrome=None)
    hot = max(range(len(cores)), key=lambda i: cores[i])
    return vis, [
        Q("which core is the hottest", f"Core {hot}", "text", "argmax", True),
        Q("cpu fan speed?", "1184 RPM", "number", "lookup", True),
        Q("how much hotter is core 4 than core 3", f"{num(cores[4] - cores[3], 1)}°C", "number", "difference", False),
    ]


@scene("term_dig", "terminal", "`dig` A-record lookup", "PIL", "light (solarized)")
def t_dig(name, rng):
    L = [P("", "dig api.fjordpay.no A +noall +answer +stats", "nils@t14", "~"),
         "api.fjordpay.no.        300     IN      CNAME   fjordpay-prod.trafficmgr.net.",
         "fjordpay-prod.trafficmgr.net. 60 IN     A       20.100.41.73",
         "fjordpay-prod.trafficmgr.net. 60 IN     A       20.100.41.88",
         ";; Query time: 37 msec", ";; SERVER: 1.1.1.1#53(1.1.1.1) (UDP)", ";; WHEN: Mon Sep 22 14:05:31 CEST 2025",
         ";; MSG SIZE  rcvd: 134", P("", "", "nils@t14", "~")]
    vis = term_image(name, L, "solar_light", "incons", 17, title="nils@t14: ~")
    return vis, [
        Q("which ips does api.fjordpay.no resolve to", "20.100.41.73; 20.100.41.88", "code", "lookup", True),
        Q("query time", "37 msec", "number", "lookup", True),
        Q("what dns server answered", "1.1.1.1", "code", "lookup", True),
    ]


@scene("term_crontab", "terminal", "`crontab -l` with comments", "PIL", "dark (palenight)")
def t_cron(name, rng):
    jobs = [("# nightly database backup", None), ("30 2 * * * /opt/scripts/pg_backup.sh >> /var/log/pg_backup.log 2>&1", "backup"),
            ("# rotate uploads older than 30 days", None), ("0 4 * * 0 find /srv/uploads -mtime +30 -delete", "rotate"),
            ("# renew certificates", None), ("15 3 1 * * certbot renew --quiet", "certbot"),
            ("# refresh exchange rates", None), ("*/10 * * * * /usr/bin/python3 /opt/fx/update_rates.py", "fx")]
    L = [P("", "crontab -l", "deploy@app1", "~"), "# m h  dom mon dow   command"]
    for j, _ in jobs:
        L.append([(j, "dim")] if j.startswith("#") else j)
    L.append(P("", "", "deploy@app1", "~"))
    vis = term_image(name, L, "palenight", "hack", 14, title="deploy@app1")
    active = sum(1 for j, k in jobs if k)
    return vis, [
        Q("what time does the db backup run each night", "02:30", "time", "read", False),
        Q("how many cron jobs are set up", active, "count", "count", False),
        Q("which script runs every 10 minutes", "/opt/fx/update_rates.py", "text", "read", True),
    ]


@scene("term_wget_404", "terminal", "`wget` download failing with 404", "PIL", "dark (gotham)")
def t_wget(name, rng):
    L = [P("", "wget https://downloads.tessera-db.io/releases/tessera-4.2.1-linux-amd64.tar.gz", "pi@nas", "/tmp"),
         "--2025-01-30 18:22:07--  https://downloads.tessera-db.io/releases/tessera-4.2.1-linux-amd64.tar.gz",
         "Resolving downloads.tessera-db.io (downloads.tessera-db.io)... 172.67.140.21, 104.21.58.3",
         "Connecting to downloads.tessera-db.io (downloads.tessera-db.io)|172.67.140.21|:443... connected.",
         "HTTP request sent, awaiting response... 404 Not Found",
         [("2025-01-30 18:22:08 ERROR 404: Not Found.", "b:red")], "",
         P("", "curl -s https://downloads.tessera-db.io/releases/LATEST", "pi@nas", "/tmp"), "4.2.0",
         P("", "", "pi@nas", "/tmp")]
    vis = term_image(name, L, "gotham", "jb", 13, title="pi@nas: /tmp")
    return vis, [
        Q("why did the download fail", "ERROR 404: Not Found.", "error", "error", True),
        Q("what's the latest release according to the LATEST file", "4.2.0", "version", "version", True),
    ]
