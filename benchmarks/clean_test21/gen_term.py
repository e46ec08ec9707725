"""Terminal scenes drawn with PIL in several colour schemes and monospace fonts."""
import datetime as dt

from common import Scene, terminal, clean_num, fmt


def P(user, host, cwd, cmd, style="bash"):
    if style == "zsh":
        return [("→ ", "green"), (cwd + " ", "cyan"), (cmd, "fg")]
    if style == "fish":
        return [(f"{user}@{host} ", "green"), (cwd, "blue"), ("> ", "fg"), (cmd, "fg")]
    if style == "ps":
        return [(f"PS {cwd}> ", "fg"), (cmd, "yellow")]
    return [(f"{user}@{host}", "green"), (":", "fg"), (cwd, "blue"), ("$ ", "fg"), (cmd, "bold")]


def vkey(v):
    return tuple(int(x) for x in v.split("."))


# ------------------------------------------------------------------ npm outdated
def term_npm_outdated():
    s = Scene("term_npm_outdated", "terminal", "`npm outdated` table", "dark (gruvbox)", "PIL",
              "8 packages with current / wanted / latest")
    R = s.rng
    pk = ["react", "react-dom", "vite", "eslint", "typescript", "axios", "zod", "date-fns", "prettier", "vitest"]
    R.shuffle(pk)
    rows = []
    for p in pk[:8]:
        maj = R.randint(1, 18)
        cur = f"{maj}.{R.randint(0, 9)}.{R.randint(0, 12)}"
        want = f"{maj}.{R.randint(10, 14)}.{R.randint(0, 5)}"
        latest = f"{maj + 1}.{R.randint(0, 3)}.{R.randint(0, 9)}" if R.random() < 0.5 else want
        rows.append((p, cur, want, latest))
    lines = [P("dev", "kestrel", "~/shop-frontend", "npm outdated", "zsh"),
             [("Package     Current  Wanted   Latest   Location                   Depended by", "bold")]]
    for p, c, w, l in rows:
        col = "red" if vkey(l) > vkey(w) else "yellow"
        lines.append([(f"{p:<12}", col), (f"{c:<9}", "fg"), (f"{w:<9}", "green"), (f"{l:<9}", "magenta"),
                      (f"{'node_modules/' + p:<27}", "grey"), ("shop-frontend", "fg")])
    lines.append([("→ ", "green"), ("~/shop-frontend ", "cyan")])
    terminal(s, lines, "gruvbox", "fira", 15, "dev@kestrel: ~/shop-frontend")
    pick = rows[2]
    s.q(f"what's the latest version of {pick[0]}", pick[3], "version", "cell", True)
    n = sum(1 for r in rows if vkey(r[3])[0] > vkey(r[1])[0])
    s.q("how many of these packages have a new major version available?", n, "count", "count", False)
    s.q(f"which version is installed for {rows[5][0]} right now", rows[5][1], "version", "cell", True)


# ------------------------------------------------------------------ apt list --upgradable
def term_apt_upgradable():
    s = Scene("term_apt_upgradable", "terminal", "`apt list --upgradable` on Debian", "dark (nord)", "PIL",
              "7 upgradable packages with new and old versions")
    R = s.rng
    pk = [("openssl", "3.0.15-1~deb12u1", "3.0.16-1~deb12u1"), ("libssl3", "3.0.15-1~deb12u1", "3.0.16-1~deb12u1"),
          ("curl", "7.88.1-10+deb12u8", "7.88.1-10+deb12u12"), ("tzdata", "2024b-0+deb12u1", "2025b-0+deb12u1"),
          ("linux-image-amd64", "6.1.128-1", "6.1.135-1"), ("postgresql-15", "15.10-0+deb12u1", "15.13-0+deb12u1"),
          ("git", "1:2.39.5-0+deb12u1", "1:2.39.5-0+deb12u2"), ("nginx", "1.22.1-9", "1.22.1-9+deb12u2"),
          ("python3.11", "3.11.2-6+deb12u4", "3.11.2-6+deb12u6")]
    R.shuffle(pk)
    pk = pk[:7]
    lines = [P("root", "backup01", "~", "apt list --upgradable"), "Listing... Done"]
    for n, old, new in pk:
        lines.append([(n, "green"), ("/stable-security ", "fg"), (new, "fg"),
                      (f" amd64 [upgradable from: {old}]", "fg")])
    lines.append(P("root", "backup01", "~", ""))
    terminal(s, lines, "nord", "hack", 14, "root@backup01: ~")
    p = pk[3]
    s.q(f"{p[0]} — which version would it be upgraded to?", p[2], "version", "lookup", True)
    s.q("how many packages can be upgraded", len(pk), "count", "count", False)
    s.q("is nginx in the upgradable list", "yes" if any(x[0] == "nginx" for x in pk) else "no", "yesno",
        "exists", False)


# ------------------------------------------------------------------ du -sh * | sort -h
def term_du_sort():
    s = Scene("term_du_sort", "terminal", "`du -sh * | sort -h` in a project folder", "dark (dracula)", "PIL",
              "9 entries sorted by size")
    R = s.rng
    names = ["node_modules", "dist", "assets", "docs", ".cache", "coverage", "src", "vendor", "logs", "backups"]
    R.shuffle(names)
    sizes_k = R.sample(range(8, 4_000_000), 9)
    units = []
    for k in sizes_k:
        if k < 1024:
            units.append((k, f"{k}K"))
        elif k < 1024 * 1024:
            units.append((k, f"{k / 1024:.0f}M" if k / 1024 >= 10 else f"{k / 1024:.1f}M"))
        else:
            units.append((k, f"{k / 1024 / 1024:.1f}G"))
    ent = sorted(zip(names, units), key=lambda t: t[1][0])
    lines = [P("mara", "lab", "~/atlas-web", "du -sh * | sort -h", "fish")]
    for n, (_, u) in ent:
        lines.append(f"{u}\t{n}".expandtabs(8))
    lines.append(P("mara", "lab", "~/atlas-web", "", "fish"))
    terminal(s, lines, "dracula", "jetbrains", 16, "fish  /home/mara/atlas-web")
    s.q("which folder takes up the most space", ent[-1][0], "text", "argmax", True)
    s.q("smallest one?", ent[0][0], "text", "argmin", True)
    mid = ent[4]
    s.q(f"how big is {mid[0]}", mid[1][1], "text", "lookup", True)


# ------------------------------------------------------------------ free -h + uptime
def term_free_uptime():
    s = Scene("term_free_uptime", "terminal", "`uptime` and `free -h`", "light (solarized)", "PIL",
              "uptime, users, load averages, memory/swap table")
    R = s.rng
    days = R.randint(3, 140)
    loads = [round(R.uniform(0.1, 3.5), 2) for _ in range(3)]
    tot = 31.0
    used = round(R.uniform(6, 20), 1)
    free = round(R.uniform(1, 5), 1)
    shared = round(R.uniform(0.2, 1.5), 1)
    buff = round(tot - used - free, 1)
    avail = round(tot - used, 1)
    swap_used = round(R.uniform(0, 1.9), 1)
    lines = [P("ops", "ledger-db", "~", "uptime"),
             f" 14:22:07 up {days} days,  3:41,  2 users,  load average: {loads[0]:.2f}, {loads[1]:.2f}, {loads[2]:.2f}",
             P("ops", "ledger-db", "~", "free -h"),
             "               total        used        free      shared  buff/cache   available",
             f"Mem:            {tot:.0f}Gi       {used:.1f}Gi       {free:.1f}Gi       {shared:.1f}Gi        {buff:.1f}Gi        {avail:.1f}Gi",
             f"Swap:          2.0Gi       {swap_used:.1f}Gi       {2 - swap_used:.1f}Gi",
             P("ops", "ledger-db", "~", "")]
    terminal(s, lines, "sollight", "inconsolata", 17, "ops@ledger-db — ssh")
    s.q("how many days has this box been up", days, "number", "lookup", True)
    s.q("1-minute load average?", f"{loads[0]:.2f}", "number", "lookup", True)
    s.q("how much RAM is used", f"{used:.1f}Gi", "text", "cell", True)


# ------------------------------------------------------------------ gcc compile error
def term_gcc_error():
    s = Scene("term_gcc_error", "terminal", "`make` with gcc compile error", "dark (monokai)", "PIL",
              "one warning and one error with file:line:col, make failure")
    R = s.rng
    ln = R.randint(40, 220)
    wl = R.randint(10, 39)
    lines = [P("ivo", "toolbox", "~/src/tinyhttpd", "make"),
             "gcc -Wall -Wextra -O2 -c src/server.c -o build/server.o",
             "gcc -Wall -Wextra -O2 -c src/router.c -o build/router.o",
             [(f"src/router.c:{wl}:13: ", "bold"), ("warning: ", "magenta"), ("unused variable 'tmp' [", "bold"),
              ("-Wunused-variable", "magenta"), ("]", "bold")],
             f"   {wl} |         int tmp = 0;",
             "      |             ^~~",
             [(f"src/router.c:{ln}:5: ", "bold"), ("error: ", "red"),
              ("implicit declaration of function 'route_free'; did you mean 'route_find'? [", "bold"),
              ("-Werror=implicit-function-declaration", "red"), ("]", "bold")],
             f"  {ln} |     route_free(r);",
             "      |     ^~~~~~~~~~",
             "      |     route_find",
             "cc1: some warnings being treated as errors",
             [("make: *** [Makefile:18: build/router.o] Error 1", "red")],
             P("ivo", "toolbox", "~/src/tinyhttpd", "")]
    terminal(s, lines, "monokai", "dejavumono", 14, "ivo@toolbox: ~/src/tinyhttpd")
    s.q("what's the compile error", "implicit declaration of function 'route_free'", "error", "error", True)
    s.q("which line of router.c has the error?", ln, "number", "lookup", True)
    s.q("which file failed to compile", "src/router.c", "text", "read", True)


# ------------------------------------------------------------------ pip dependency conflict
def term_pip_conflict():
    s = Scene("term_pip_conflict", "terminal", "`pip install` ResolutionImpossible", "light (github)", "PIL",
              "dependency conflict error with two packages")
    lines = [[("(venv) ", "grey"), ("C:\\Users\\amara\\forecast> ", "fg"),
              ("pip install -r requirements.txt", "bold")],
             "Collecting pandas==2.2.3",
             "  Using cached pandas-2.2.3-cp312-cp312-win_amd64.whl (11.5 MB)",
             "Collecting numpy==1.24.4",
             "  Using cached numpy-1.24.4.tar.gz (10.9 MB)",
             "INFO: pip is looking at multiple versions of pandas to determine which version is compatible.",
             [("ERROR: Cannot install numpy==1.24.4 and pandas==2.2.3 because these package versions have "
               "conflicting dependencies.", "red")],
             "",
             "The conflict is caused by:",
             "    The user requested numpy==1.24.4",
             "    pandas 2.2.3 depends on numpy>=1.26.0; python_version >= \"3.12\"",
             "",
             [("ERROR: ResolutionImpossible: for help visit https://pip.pypa.io/en/latest/topics/dependency-resolution/",
               "red")],
             [("(venv) ", "grey"), ("C:\\Users\\amara\\forecast> ", "fg")]]
    terminal(s, lines, "ghlight", "libmono", 13, "Command Prompt", chrome="win")
    s.q("why did pip fail", "ResolutionImpossible", "error", "error", True)
    s.q("what numpy version does pandas 2.2.3 need", "numpy>=1.26.0", "version", "read", True)


# ------------------------------------------------------------------ kubectl top pods
def term_kubectl_top():
    s = Scene("term_kubectl_top", "terminal", "`kubectl top pods -n payments`", "dark (oceanic)", "PIL",
              "8 pods with CPU (millicores) and memory (Mi)")
    R = s.rng
    base = ["api-gateway", "ledger-writer", "fx-rates", "notifier", "reconciler", "webhook-relay", "card-auth",
            "statement-gen"]
    rows = []
    for b in base:
        suf = "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5))
        rows.append((f"{b}-{R.randint(5, 9)}{R.choice('bcdf')}{R.randint(10, 99)}-{suf}", R.randint(2, 950),
                     R.randint(40, 900)))
    assert len({r[1] for r in rows}) == 8 and len({r[2] for r in rows}) == 8
    lines = [P("sre", "bastion", "~", "kubectl top pods -n payments"),
             [("NAME                                CPU(cores)   MEMORY(bytes)", "bold")]]
    for n, c, m in rows:
        lines.append(f"{n:<36}{str(c) + 'm':<13}{m}Mi")
    lines.append(P("sre", "bastion", "~", ""))
    terminal(s, lines, "oceanic", "jetbrains", 15, "sre@bastion")
    mx = max(rows, key=lambda r: r[1])
    s.q("which pod is using the most cpu", mx[0], "code", "argmax", True)
    s.q("how many pods are above 300Mi memory", sum(1 for r in rows if r[2] > 300), "count", "count", False)
    a, b = rows[1], rows[4]
    s.q(f"{base[1]} vs {base[4]}: which uses less memory?", base[1] if a[2] < b[2] else base[4], "text",
        "choice_less", True)


# ------------------------------------------------------------------ git shortlog + describe
def term_git_shortlog():
    s = Scene("term_git_shortlog", "terminal", "`git shortlog -sn` + `git describe --tags`", "green screen",
              "PIL", "commit counts per author, latest tag, last commit")
    R = s.rng
    authors = ["Priya Raman", "Jonas Eriksen", "Mateus Lima", "Hana Kobayashi", "Ewa Nowicka", "Kwame Asante",
               "Lucía Ortega"]
    counts = sorted(R.sample(range(3, 420), len(authors)), reverse=True)
    R.shuffle(authors)
    tag = f"v{R.randint(1, 4)}.{R.randint(0, 19)}.{R.randint(0, 9)}"
    ahead = R.randint(2, 30)
    sha = "".join(R.choice("0123456789abcdef") for _ in range(7))
    lines = [[("$ ", "green"), ("git shortlog -sn --no-merges", "bold")]]
    for a, c in zip(authors, counts):
        lines.append(f"{c:>6}\t{a}".expandtabs(8))
    lines += [[("$ ", "green"), ("git describe --tags", "bold")], f"{tag}-{ahead}-g{sha}",
              [("$ ", "green"), ("", "fg")]]
    terminal(s, lines, "greenscreen", "libmono", 16, "xterm", chrome="win")
    s.q("who has the most commits", authors[0], "person", "argmax", True)
    s.q(f"How many commits does {authors[3]} have?", counts[3], "number", "lookup", True)
    s.q("what's the last release tag", tag, "version", "version", True)
    s.q(f"how many more commits does {authors[1]} have than {authors[2]}", counts[1] - counts[2], "number",
        "difference", False)


# ------------------------------------------------------------------ cargo test
def term_cargo_test():
    s = Scene("term_cargo_test", "terminal", "`cargo test` with a failing test", "dark (gruvbox)", "PIL",
              "9 tests, failures listed with panic message, summary line")
    R = s.rng
    tests = ["parser::tests::parses_empty_input", "parser::tests::parses_nested_arrays", "lexer::tests::unicode_escape",
             "lexer::tests::numbers_with_exponent", "eval::tests::divide_by_zero", "eval::tests::string_concat",
             "eval::tests::integer_overflow", "fmt::tests::pretty_print_indent", "fmt::tests::compact_mode"]
    fails = sorted(R.sample(range(len(tests)), 2))
    ign = R.choice([i for i in range(len(tests)) if i not in fails])
    lines = [P("nika", "forge", "~/code/jsonette", "cargo test"),
             [("   Compiling", "green"), (" jsonette v0.7.3 (/home/nika/code/jsonette)", "fg")],
             [("    Finished", "green"), (" `test` profile [unoptimized + debuginfo] target(s) in 3.84s", "fg")],
             [("     Running", "green"), (" unittests src/lib.rs (target/debug/deps/jsonette-5f1c0e9a)", "fg")], "",
             f"running {len(tests)} tests"]
    for i, t in enumerate(tests):
        if i in fails:
            lines.append([(f"test {t} ... ", "fg"), ("FAILED", "red")])
        elif i == ign:
            lines.append([(f"test {t} ... ", "fg"), ("ignored", "yellow")])
        else:
            lines.append([(f"test {t} ... ", "fg"), ("ok", "green")])
    f0 = tests[fails[0]]
    lines += ["", "failures:", "", f"---- {f0} stdout ----",
              f"thread '{f0}' panicked at src/{f0.split('::')[0]}.rs:{R.randint(80, 300)}:9:",
              "assertion `left == right` failed", "  left: 3", " right: 4", "",
              [("test result: ", "fg"), ("FAILED", "red"),
               (f". {len(tests) - 3} passed; 2 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.02s", "fg")],
              [("error", "red"), (": test failed, to rerun pass `--lib`", "bold")]]
    terminal(s, lines, "gruvbox", "hack", 13, "nika@forge: ~/code/jsonette")
    s.q("which tests failed?", "; ".join(tests[i] for i in fails), "text", "error", True)
    s.q("how many passed", len(tests) - 3, "count", "lookup", True)
    s.q("which test was skipped / ignored", tests[ign], "text", "read", True)


# ------------------------------------------------------------------ flutter doctor
def term_flutter_doctor():
    s = Scene("term_flutter_doctor", "terminal", "`flutter doctor`", "dark (nord)", "PIL",
              "toolchain checks with ✓ / ! / ✗ marks, flutter version")
    R = s.rng
    ver = f"3.{R.randint(19, 29)}.{R.randint(0, 9)}"
    checks = [("Flutter (Channel stable, {v}, on Ubuntu 24.04.1 LTS 6.8.0-51-generic, locale en_GB.UTF-8)", "ok"),
              ("Android toolchain - develop for Android devices (Android SDK version 35.0.0)", "warn"),
              ("Chrome - develop for the web", "ok"),
              ("Linux toolchain - develop for Linux desktop", "ok"),
              ("Android Studio (version 2024.2)", "ok"),
              ("VS Code (version 1.96.2)", "ok"),
              ("Connected device (2 available)", "ok"),
              ("Network resources", "fail")]
    bad = R.choice([2, 3])
    checks[bad] = (checks[bad][0], "fail")
    mark = {"ok": ("[✓]", "green"), "warn": ("[!]", "yellow"), "fail": ("[X]", "red")}
    lines = [P("sam", "thinkpad", "~/apps/tiffin", "flutter doctor"), "Doctor summary (to see all details, run flutter doctor -v):"]
    for t, k in checks:
        m, col = mark[k]
        lines.append([(m, col), (" " + t.format(v=ver), "fg")])
        if k == "warn":
            lines.append([("    X ", "red"), ("Android license status unknown.", "fg")])
            lines.append("      Run `flutter doctor --android-licenses` to accept the SDK licenses.")
        if k == "fail" and "Chrome" in t:
            lines.append([("    X ", "red"), ("Cannot find Chrome executable at google-chrome", "fg")])
        if k == "fail" and "Linux" in t:
            lines.append([("    X ", "red"), ("clang++ is required for Linux development.", "fg")])
        if k == "fail" and "Network" in t:
            lines.append([("    X ", "red"), ("A network error occurred while checking \"https://pub.dev/\": Connection timed out", "fg")])
    n_issue = sum(1 for _, k in checks if k != "ok")
    lines += ["", [("! Doctor found issues in ", "yellow"), (f"{n_issue} categories.", "yellow")],
              P("sam", "thinkpad", "~/apps/tiffin", "")]
    terminal(s, lines, "nord", "fira", 14, "sam@thinkpad: ~/apps/tiffin")
    s.q("which flutter version is this", ver, "version", "version", True)
    s.q("is the chrome check passing", "yes" if checks[2][1] == "ok" else "no", "yesno", "state_yesno", False)
    s.q("how many categories have issues?", n_issue, "count", "count", True)


# ------------------------------------------------------------------ ping statistics
def term_ping():
    s = Scene("term_ping", "terminal", "`ping -c 8` with lost packets", "light (tango)", "PIL",
              "8 echo lines (2 lost), statistics summary")
    R = s.rng
    ip = "151.101.1.140"
    seqs = list(range(1, 9))
    lost = sorted(R.sample(seqs, 2))
    times = {q: round(R.uniform(11, 48), 1) for q in seqs if q not in lost}
    lines = [P("lea", "mint", "~", "ping -c 8 status.larkmail.io"),
             f"PING status.larkmail.io ({ip}) 56(84) bytes of data."]
    for q in seqs:
        if q in lost:
            continue
        lines.append(f"64 bytes from {ip}: icmp_seq={q} ttl=57 time={times[q]} ms")
    tv = list(times.values())
    mn, mx, avg = min(tv), max(tv), sum(tv) / len(tv)
    mdev = (sum((t - avg) ** 2 for t in tv) / len(tv)) ** 0.5
    lines += ["", "--- status.larkmail.io ping statistics ---",
              f"8 packets transmitted, 6 received, 25% packet loss, time 7011ms",
              f"rtt min/avg/max/mdev = {mn:.3f}/{avg:.3f}/{mx:.3f}/{mdev:.3f} ms",
              P("lea", "mint", "~", "")]
    terminal(s, lines, "tango_light", "libmono", 15, "Terminal")
    s.q("packet loss?", "25%", "percent", "lookup", True)
    s.q("how many replies came back", len(tv), "count", "count", True)
    s.q("what was the slowest reply time", f"{mx} ms", "number", "argmax", True)


# ------------------------------------------------------------------ systemctl list-timers
def term_systemd_timers():
    s = Scene("term_systemd_timers", "terminal", "`systemctl list-timers`", "dark (dracula)", "PIL",
              "6 timers with next/left/last/passed/unit/activates")
    R = s.rng
    units = [("logrotate.timer", "logrotate.service"), ("apt-daily.timer", "apt-daily.service"),
             ("certbot.timer", "certbot.service"), ("fstrim.timer", "fstrim.service"),
             ("backup-nightly.timer", "restic-backup.service"), ("man-db.timer", "man-db.service")]
    now = dt.datetime(2025, 9, 23, 15, 4, 12)
    mins = sorted(R.sample(range(5, 60 * 30), 6))
    R.shuffle(units)
    rows = []
    for m, (u, a) in zip(mins, units):
        nx = now + dt.timedelta(minutes=m)
        left = f"{m // 60}h {m % 60}min" if m >= 60 else f"{m}min"
        rows.append((nx, left, u, a))
    lines = [P("root", "web3", "~", "systemctl list-timers --no-pager"),
             [("NEXT                         LEFT      LAST                         PASSED  UNIT                 ACTIVATES", "bold")]]
    for nx, left, u, a in rows:
        last = nx - dt.timedelta(days=1)
        lines.append(f"{nx.strftime('%a %Y-%m-%d %H:%M:%S')} UTC  {left:<9} {last.strftime('%a %Y-%m-%d %H:%M:%S')} UTC  "
                     f"{'-':<7} {u:<20} {a}")
    lines += ["", "6 timers listed.", P("root", "web3", "~", "")]
    terminal(s, lines, "dracula", "dejavumono", 13, "root@web3")
    s.q("which timer fires next", rows[0][2], "code", "nth", True)
    u = rows[3]
    s.q(f"when does {u[2]} run next", u[0].strftime("%H:%M:%S"), "time", "cell", True)
    s.q(f"what comes after {rows[1][2]} in the list", rows[2][2], "code", "next", True)


# ------------------------------------------------------------------ PowerShell Get-ChildItem
def term_ps_dir():
    s = Scene("term_ps_dir", "terminal", "PowerShell `Get-ChildItem` listing", "dark (PowerShell blue)", "PIL",
              "8 files with Mode, LastWriteTime, Length, Name")
    from common import THEMES
    THEMES["psblue"] = dict(bg="#012456", fg="#eeedf0", red="#f2777a", green="#99cc99", yellow="#ffcc66",
                            blue="#6699cc", magenta="#cc99cc", cyan="#66cccc", grey="#a0a0a0", bold="#ffffff",
                            bar="#ffffff", barfg="#000000")
    R = s.rng
    names = ["Q3-forecast.xlsx", "board-minutes.docx", "logo_final_v7.png", "contract-signed.pdf", "payroll.csv",
             "roadmap.pptx", "notes.txt", "invoice-2291.pdf", "site-photos.zip"]
    R.shuffle(names)
    t0 = dt.datetime(2025, 1, 6, 9, 0)
    rows = []
    for n in names[:8]:
        t = t0 + dt.timedelta(minutes=R.randint(0, 60 * 24 * 200))
        rows.append((t, R.randint(900, 48_000_000), n))
    rows.sort(key=lambda r: r[2].lower())
    lines = [P("", "", "C:\\Users\\dana\\Documents\\Work", "Get-ChildItem", "ps"), "",
             "    Directory: C:\\Users\\dana\\Documents\\Work", "",
             [("Mode                 LastWriteTime         Length Name", "green")],
             [("----                 -------------         ------ ----", "green")]]
    for t, sz, n in rows:
        lines.append(f"-a---          {t.strftime('%d/%m/%Y')}     {t.strftime('%H:%M')} {sz:>14} {n}")
    lines += ["", P("", "", "C:\\Users\\dana\\Documents\\Work", "", "ps")]
    terminal(s, lines, "psblue", "dejavumono", 14, "Windows PowerShell", chrome="win")
    newest = max(rows)
    s.q("which file was modified most recently", newest[2], "text", "latest", True)
    big = max(rows, key=lambda r: r[1])
    s.q("hey which of these files is the biggest one", big[2], "text", "argmax", True)
    s.q(f"when was {rows[0][2]} last changed", rows[0][0].strftime("%d/%m/%Y"), "date", "cell", True)


# ------------------------------------------------------------------ ip -br addr
def term_ip_addr():
    s = Scene("term_ip_addr", "terminal", "`ip -br -c addr` + `hostname -I`", "light (solarized)", "PIL",
              "5 interfaces with state and addresses")
    R = s.rng
    ifs = [("lo", "UNKNOWN", "127.0.0.1/8 ::1/128"),
           ("enp3s0", "DOWN", ""),
           ("wlp2s0", "UP", f"192.168.{R.randint(0, 50)}.{R.randint(2, 250)}/24 fe80::9a3c:1dff:fe42:7b10/64"),
           ("docker0", "DOWN", f"172.17.0.1/16"),
           ("tailscale0", "UNKNOWN", f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}/32 fd7a:115c:a1e0::e401:9c2f/128")]
    lines = [P("teo", "x1", "~", "ip -br -c addr", "zsh")]
    for n, st, a in ifs:
        lines.append([(f"{n:<17}", "cyan"), (f"{st:<15}", "green" if st == "UP" else "red" if st == "DOWN" else "fg"),
                      (a, "magenta")])
    lines.append(P("teo", "x1", "~", "", "zsh"))
    terminal(s, lines, "sollight", "jetbrains", 15, "teo@x1: ~")
    s.q("what's my wifi ip address (wlp2s0)", ifs[2][2].split()[0], "code", "lookup", True)
    s.q("how many interfaces are DOWN", sum(1 for i in ifs if i[1] == "DOWN"), "count", "count", False)
    s.q("is the ethernet port enp3s0 up?", "yes" if ifs[1][1] == "UP" else "no", "yesno", "state_yesno", False)


ALL = [term_npm_outdated, term_apt_upgradable, term_du_sort, term_free_uptime, term_gcc_error, term_pip_conflict,
       term_kubectl_top, term_git_shortlog, term_cargo_test, term_flutter_doctor, term_ping, term_systemd_timers,
       term_ps_dir, term_ip_addr]
