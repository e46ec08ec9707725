"""13 terminal windows drawn with PIL."""
from lib import Scene, rng, render_term


def t_bazel():
    s = Scene("term_bazel_test", "terminal", "bazel test //... (Bazel test summary)", "PIL",
              "github light, JetBrains Mono", "12 test targets: cached/passed/failed/flaky with times, summary line")
    r = rng(s.name)
    pkgs = ["//billing/ledger", "//billing/tax", "//auth/session", "//auth/tokens", "//search/indexer",
            "//search/ranker", "//web/checkout", "//web/cart", "//infra/queue", "//infra/ratelimit",
            "//mobile/sync", "//reports/export"]
    rows = []
    failed = set(r.sample(range(12), 2))
    flaky = r.choice([i for i in range(12) if i not in failed])
    for i, p in enumerate(pkgs):
        name = f"{p}:{p.split('/')[-1]}_test"
        t = round(r.uniform(0.4, 48.0), 1)
        if i in failed:
            st, cached = "FAILED", False
        elif i == flaky:
            st, cached = "FLAKY", False
        else:
            st, cached = "PASSED", r.random() < 0.45
        rows.append((name, st, cached, t))
    lines = [[("$ ", "dim"), ("bazel test //...", "bold")],
             [("INFO: ", "green"), ("Analyzed 31 targets (214 packages loaded, 6120 targets configured).", None)],
             [("INFO: ", "green"), ("Found 19 targets and 12 test targets...", None)]]
    for name, st, cached, t in rows:
        if st == "FAILED":
            lines.append([("FAIL: ", "red"), (f"{name} (see /home/ci/.cache/bazel/testlogs{name[1:].replace(':', '/')}/test.log)", None)])
    lines.append([("INFO: ", "green"), ("Elapsed time: 97.412s, Critical Path: 61.08s", None)])
    lines.append([("INFO: ", "green"), ("Build completed, 2 tests FAILED, 244 total actions", None)])
    w = max(len(n) for n, *_ in rows) + 2
    for name, st, cached, t in rows:
        tag = "(cached) " if cached else ""
        col = {"PASSED": "green", "FAILED": "red", "FLAKY": "yellow"}[st]
        lines.append([(name.ljust(w + 2), None), (tag.rjust(9), "dim"), (st, col), (f" in {t}s", None)])
    n_pass = sum(1 for _, st, *_ in rows if st in ("PASSED", "FLAKY"))
    n_cached = sum(1 for _, _, c, _ in rows if c)
    executed = 12 - n_cached
    lines.append("")
    lines.append(f"Executed {executed} out of 12 tests: {n_pass} tests pass and 2 fail locally.")
    render_term(s, lines, "github_light", "JetBrains Mono", "ci@build-07: ~/monorepo", size=14)
    fails = [n for n, st, *_ in rows if st == "FAILED"]
    s.q("Which Bazel test targets failed? Give both.", " and ".join(fails), "code", "lookup", literal=False)
    slow = max(rows, key=lambda x: x[3])
    s.q("which test target took the longest", slow[0], "code", "argmax", literal=True)
    s.q("How many of the test results came from the cache?", n_cached, "count", "count")
    return s


def t_chrony():
    s = Scene("term_chronyc_sources", "terminal", "chronyc sources (NTP)", "PIL", "nord, Hack",
              "8 time sources with state markers, stratum, poll, reach, offsets")
    r = rng(s.name)
    names = ["ntp1.fjordnet.example", "time.kelvara.example", "clock.ostmark.example", "ntp.brisa-lab.example",
             "tick.varanger.example", "192.168.40.2", "ntp2.fjordnet.example", "pool-7.halvtid.example"]
    marks = ["^*", "^+", "^+", "^-", "^?", "^-", "^+", "^x"]
    r.shuffle(marks)
    rows = []
    for n, m in zip(names, marks):
        strat = 0 if m == "^?" else r.choice([1, 2, 2, 2, 3, 3])
        poll = r.choice([6, 7, 8, 10])
        reach = "0" if m == "^?" else r.choice(["377", "377", "377", "177", "376"])
        lastrx = "-" if m == "^?" else f"{r.randint(3, 900)}"
        off = r.randint(-900, 900)
        err = r.randint(8, 95)
        sample = "+0ns[   +0ns] +/-    0ns" if m == "^?" else f"{off:+d}us[{off + r.randint(-30, 30):+5d}us] +/- {err:4d}ms"
        rows.append((m, n, strat, poll, reach, lastrx, sample))
    lines = [[("ops@tidewater", "green"), (":~$ ", None), ("chronyc sources", "bold")],
             "MS Name/IP address         Stratum Poll Reach LastRx Last sample",
             "=" * 79]
    for m, n, strat, poll, reach, lastrx, sample in rows:
        lines.append(f"{m} {n:<27}{strat:>2}{poll:>6}{reach:>6}{lastrx:>7}  {sample}")
    render_term(s, lines, "nord", "Hack", "ops@tidewater: ~", size=15, chrome="gnome")
    cur = [x for x in rows if x[0] == "^*"][0]
    s.q("which NTP server is chrony actually synced to right now?", cur[1], "code", "selected", literal=True)
    s.q("How many sources are marked ^+ (combined)?", sum(1 for x in rows if x[0] == "^+"), "count", "count")
    pick = [x for x in rows if x[0] not in ("^*", "^?")][1]
    s.q(f"what stratum is {pick[1]}?", pick[2], "number", "cell", literal=True)
    return s


def t_iptables():
    s = Scene("term_iptables", "terminal", "iptables -L INPUT -n -v --line-numbers", "PIL",
              "ubuntu aubergine, Fira Code", "INPUT chain with policy, 9 rules with packet/byte counters")
    r = rng(s.name)
    rules = [("ACCEPT", "all", "lo", "0.0.0.0/0", ""),
             ("ACCEPT", "all", "*", "0.0.0.0/0", "ctstate RELATED,ESTABLISHED"),
             ("DROP", "all", "*", "0.0.0.0/0", "ctstate INVALID"),
             ("ACCEPT", "tcp", "*", "10.20.0.0/16", "tcp dpt:22"),
             ("ACCEPT", "tcp", "*", "0.0.0.0/0", "tcp dpt:443"),
             ("ACCEPT", "tcp", "*", "0.0.0.0/0", "tcp dpt:80"),
             ("ACCEPT", "tcp", "*", "10.20.4.0/24", "tcp dpt:5432"),
             ("ACCEPT", "icmp", "*", "0.0.0.0/0", "icmptype 8 limit: avg 5/sec burst 10"),
             ("REJECT", "tcp", "*", "0.0.0.0/0", "tcp dpt:25 reject-with icmp-port-unreachable")]
    rows = []
    for i, (tg, pr, inn, src, extra) in enumerate(rules):
        pk = r.randint(200, 9_000_000) if i in (1,) else r.randint(0, 480_000)
        if i == 0:
            pk = r.randint(10_000, 90_000)
        rows.append((i + 1, pk, tg, pr, inn, src, extra))

    def h(n):
        if n >= 10_000_000:
            return f"{n // 1_000_000}M"
        if n >= 100_000:
            return f"{n // 1000}K"
        return str(n)
    pol_pk = r.randint(20_000, 80_000)
    lines = [[("root@edge-fw-02", "red"), (":~# ", None), ("iptables -L INPUT -n -v --line-numbers", "bold")],
             f"Chain INPUT (policy DROP {h(pol_pk)} packets, {h(pol_pk * 60)} bytes)",
             "num   pkts bytes target     prot opt in     out     source               destination"]
    for n, pk, tg, pr, inn, src, extra in rows:
        by = pk * r.randint(60, 900)
        lines.append(f"{n:<4}{h(pk):>6} {h(by):>5} {tg:<10} {pr:<4} --  {inn:<6} *       {src:<20} 0.0.0.0/0            {extra}".rstrip())
    render_term(s, lines, "tango_dark", "Fira Code", "root@edge-fw-02: ~", size=14, chrome="gnome")
    s.q("What's the default policy on the INPUT chain?", "DROP", "code", "lookup", literal=True)
    s.q("which rule number lets in port 5432, and from what source network?", "rule 7, from 10.20.4.0/24", "text",
        "locate")
    s.q("Is SMTP (port 25) allowed in by this firewall?", "no", "yesno", "state_yesno")
    return s


def t_velero():
    s = Scene("term_velero_backups", "terminal", "velero backup get (Kubernetes backups)", "PIL",
              "dracula, Fira Code", "9 backups with status, errors, warnings, created and expiry")
    r = rng(s.name)
    days = [f"2025-11-{d:02d}" for d in (14, 15, 15, 16, 16, 17, 17, 18, 18)]
    rows = []
    bad = r.sample(range(9), 2)
    for i, d in enumerate(days):
        sched = "nightly" if i % 2 == 0 else "tenant-db"
        hh = "02:00:11" if sched == "nightly" else "03:30:07"
        name = f"{sched}-{d.replace('-', '')}{hh[:2]}{hh[3:5]}{hh[6:]}"
        status = "Completed"
        err, warn = 0, r.choice([0, 0, 0, 1, 2])
        if i == bad[0]:
            status, err = "PartiallyFailed", r.randint(2, 7)
        elif i == bad[1]:
            status, err, warn = "Failed", 1, 0
        exp = f"{(30 if sched == 'nightly' else 14) - (18 - int(d[-2:]))}d"
        rows.append((name, status, err, warn, f"{d} {hh} +0000 UTC", exp))
    rows.sort(key=lambda x: x[4], reverse=True)
    lines = [[("$ ", "mag"), ("velero backup get", "bold")],
             f"{'NAME':<26}{'STATUS':<17}{'ERRORS':<8}{'WARNINGS':<10}{'CREATED':<30}{'EXPIRES':<9}{'STORAGE LOCATION':<18}SELECTOR"]
    for name, st, e, w, c, x in rows:
        col = {"Completed": None, "PartiallyFailed": "yellow", "Failed": "red"}[st]
        lines.append([(f"{name:<26}", None), (f"{st:<17}", col),
                      (f"{e:<8}{w:<10}{c:<30}{x:<9}{'default':<18}<none>", None)])
    render_term(s, lines, "dracula", "Fira Code", "kubectl — prod-eu", size=14)
    pf = [x for x in rows if x[1] == "PartiallyFailed"][0]
    s.q("which backup only partially failed and how many errors did it have", f"{pf[0]}, {pf[2]} errors", "text",
        "lookup")
    s.q("How many backups carry warnings?", sum(1 for x in rows if x[3] > 0), "count", "count")
    s.q("What's the newest backup here?", rows[0][0], "code", "latest", literal=True)
    return s


def t_cypress():
    s = Scene("term_cypress_run", "terminal", "cypress run (run summary table)", "PIL", "gruvbox, DejaVu Sans Mono",
              "8 spec files with tests/passing/failing/pending, durations, totals")
    r = rng(s.name)
    specs = ["login.cy.ts", "signup.cy.ts", "cart.cy.ts", "checkout.cy.ts", "search.cy.ts", "wishlist.cy.ts",
             "profile.cy.ts", "orders.cy.ts"]
    rows = []
    fail_i = r.sample(range(8), 2)
    for i, sp in enumerate(specs):
        tests = r.randint(3, 14)
        failing = r.randint(1, 3) if i in fail_i else 0
        pending = r.choice([0, 0, 0, 1, 2]) if tests - failing > 2 else 0
        passing = tests - failing - pending
        secs = r.randint(6, 150)
        rows.append((sp, f"{secs // 60:02d}:{secs % 60:02d}", tests, passing, failing, pending, secs))

    def c(v):
        return "-" if v == 0 else str(v)
    hdr = " " * 4 + " " * 3 + f"{'Spec':<22}{'':>8}{'Tests':>8}{'Passing':>9}{'Failing':>9}{'Pending':>9}{'Skipped':>9}"
    bw = 3 + 22 + 8 + 8 + 9 * 4 + 1
    lines = [[("$ ", "dim"), ("npx cypress run --browser chrome", "bold")], "",
             "  (Run Finished)", "", hdr,
             "  ┌" + "─" * (bw + 1) + "┐"]
    for sp, dur, t, p, f, pe, _ in rows:
        mark, col = ("✔", "green") if f == 0 else ("✖", "red")
        body = f"  {sp:<22}{dur:>8}{t:>8}{c(p):>9}{c(f):>9}{c(pe):>9}{'-':>9} "
        lines.append([("  │ ", None), (mark, col), (body, None), ("│", None)])
    lines.append("  └" + "─" * (bw + 1) + "┘")
    tt = sum(x[2] for x in rows)
    tp = sum(x[3] for x in rows)
    tf = sum(x[4] for x in rows)
    tpe = sum(x[5] for x in rows)
    tsec = sum(x[6] for x in rows)
    nf = len(fail_i)
    body = f"  {f'{nf} of 8 failed (25%)':<22}{f'{tsec // 60:02d}:{tsec % 60:02d}':>8}{tt:>8}{tp:>9}{tf:>9}{tpe:>9}{'-':>9}"
    lines.append([("    ", None), ("✖", "red"), (body, None)])
    render_term(s, lines, "gruvbox", "DejaVu Sans Mono", "~/shop-frontend", size=14)
    fs = [x[0] for x in rows if x[4] > 0]
    s.q("which spec files had failing tests", " and ".join(fs), "code", "lookup")
    longest = max(rows, key=lambda x: x[6])
    s.q("Which spec took the longest to run?", longest[0], "code", "argmax", literal=True)
    s.q("how many tests are pending overall?", tpe, "count", "sum", literal=False)
    return s


def t_dotnet():
    s = Scene("term_dotnet_test", "terminal", "dotnet test with a failing xUnit test and stack trace", "PIL",
              "one light, Hermit", "failed test with assertion message, expected/actual, stack trace, summary")
    r = rng(s.name)
    exp = round(r.uniform(80, 400), 2)
    act = round(exp / 1.18, 2)
    passed, skipped = r.randint(30, 80), r.randint(0, 4)
    total = passed + skipped + 1
    ms = r.randint(8, 60)
    lines = [[("PS C:\\src\\Billing> ", None), ("dotnet test", "bold")],
             "  Determining projects to restore...",
             "  All projects are up-to-date for restore.",
             "  Billing.Core -> C:\\src\\Billing\\src\\Billing.Core\\bin\\Debug\\net8.0\\Billing.Core.dll",
             "  Billing.Tests -> C:\\src\\Billing\\tests\\Billing.Tests\\bin\\Debug\\net8.0\\Billing.Tests.dll",
             "Test run for C:\\src\\Billing\\tests\\Billing.Tests\\bin\\Debug\\net8.0\\Billing.Tests.dll (.NETCoreApp,Version=v8.0)",
             "VSTest version 17.11.1 (x64)", "",
             "Starting test execution, please wait...",
             "A total of 1 test files matched the specified pattern.",
             [("[xUnit.net 00:00:01.42]     Billing.Tests.InvoiceTotalsTests.Total_IncludesVat [FAIL]", "red")],
             [("  Failed Billing.Tests.InvoiceTotalsTests.Total_IncludesVat [", "red"), (f"{ms} ms", "red"),
              ("]", "red")],
             "  Error Message:",
             "   Assert.Equal() Failure: Values differ",
             f"Expected: {exp:.2f}",
             f"Actual:   {act:.2f}",
             "  Stack Trace:",
             "     at Billing.Tests.InvoiceTotalsTests.Total_IncludesVat() in C:\\src\\Billing\\tests\\Billing.Tests\\InvoiceTotalsTests.cs:line 47",
             "   at System.RuntimeMethodHandle.InvokeMethod(Object target, Void** arguments, Signature sig, Boolean isConstructor)",
             "", [("Failed!", "red"),
                  (f"  - Failed:     1, Passed:    {passed}, Skipped:     {skipped}, Total:    {total}, Duration: 2 s - Billing.Tests.dll (net8.0)", None)]]
    render_term(s, lines, "one_light", "Hermit", "Windows PowerShell", size=13, chrome="windows")
    s.q("What error made the test fail?", "Assert.Equal() Failure: Values differ", "error", "error", literal=True)
    s.q("what value did the test expect vs what it got", f"expected {exp:.2f}, actual {act:.2f}", "text", "lookup")
    s.q("How many tests passed?", passed, "count", "lookup", literal=True)
    return s


def t_ethtool():
    s = Scene("term_ethtool", "terminal", "ethtool enp3s0 (NIC link settings)", "PIL", "paper, Liberation Mono",
              "link modes, speed, duplex, autoneg, port, link detected")
    r = rng(s.name)
    speed = r.choice([100, 1000, 2500])
    link = "yes"
    lines = [[("sysadmin@storage-04:~$ ", "blue"), ("sudo ethtool enp3s0", "bold")],
             "Settings for enp3s0:",
             "\tSupported ports: [ TP ]",
             "\tSupported link modes:   10baseT/Half 10baseT/Full",
             "\t                        100baseT/Half 100baseT/Full",
             "\t                        1000baseT/Full",
             "\t                        2500baseT/Full",
             "\tSupported pause frame use: Symmetric Receive-only",
             "\tSupports auto-negotiation: Yes",
             "\tAdvertised link modes:  10baseT/Half 10baseT/Full",
             "\t                        100baseT/Half 100baseT/Full",
             "\t                        1000baseT/Full",
             "\t                        2500baseT/Full",
             "\tAdvertised auto-negotiation: Yes",
             f"\tSpeed: {speed}Mb/s",
             f"\tDuplex: {'Full' if speed > 100 else 'Half'}",
             "\tAuto-negotiation: on",
             "\tPort: Twisted Pair",
             "\tPHYAD: 0",
             "\tTransceiver: internal",
             "\tMDI-X: off (auto)",
             "\tSupports Wake-on: pumbg",
             "\tWake-on: d",
             "\tCurrent message level: 0x00000007 (7)",
             "\t\t\t       drv probe link",
             f"\tLink detected: {link}"]
    lines = [l.expandtabs(8) if isinstance(l, str) else l for l in lines]
    render_term(s, lines, "paper", "Liberation Mono", "sysadmin@storage-04", size=14, chrome="gnome")
    s.q("what speed is the link running at?", f"{speed}Mb/s", "text", "lookup", literal=True)
    s.q("Is a link detected on enp3s0?", "yes", "yesno", "state_yesno")
    s.q("What's the fastest link mode the card advertises?", "2500baseT/Full", "code", "argmax", literal=True)
    return s


def t_ollama():
    s = Scene("term_ollama_list", "terminal", "ollama list (local LLM models)", "PIL", "tokyo night, Noto Sans Mono",
              "8 local models with id, size, modified")
    r = rng(s.name)
    names = ["kestrel:7b", "kestrel:13b-q4_K_M", "tern-coder:6.7b", "moorhen-embed:latest", "lapwing:3b",
             "lapwing:8b-instruct", "shrike-vision:11b", "dunlin:1.5b"]
    mods = ["2 hours ago", "5 hours ago", "3 days ago", "6 days ago", "2 weeks ago", "3 weeks ago", "4 weeks ago",
            "2 months ago"]
    rows = []
    for i, n in enumerate(names):
        size = {"kestrel:7b": 4.1, "kestrel:13b-q4_K_M": 7.9, "tern-coder:6.7b": 3.8,
                "moorhen-embed:latest": 0.27, "lapwing:3b": 2.0, "lapwing:8b-instruct": 4.9,
                "shrike-vision:11b": 7.8, "dunlin:1.5b": 1.1}[n]
        size = round(size * r.uniform(0.96, 1.04), 1) if size > 0.5 else size
        sz = f"{int(size * 1000)} MB" if size < 1 else f"{size:.1f} GB"
        mid = "".join(r.choice("0123456789abcdef") for _ in range(12))
        rows.append([n, mid, sz, size])
    order = list(range(8))
    r.shuffle(order)
    rows = [rows[i] for i in order]
    for row, m in zip(rows, mods):
        row.append(m)
    lines = [[("~ ", "cyan"), ("ollama list", "bold")],
             f"{'NAME':<26}{'ID':<16}{'SIZE':<10}MODIFIED"]
    for n, mid, sz, _, m in rows:
        lines.append(f"{n:<26}{mid:<16}{sz:<10}{m}")
    render_term(s, lines, "tokyo_night", "Noto Sans Mono", "zsh — ollama", size=14)
    big = max(rows, key=lambda x: x[3])
    s.q("which model takes up the most disk space?", big[0], "code", "argmax", literal=True)
    s.q("How big is the embedding model?", rows[[x[0] for x in rows].index("moorhen-embed:latest")][2], "text",
        "lookup", literal=True)
    oldest = rows[-1]
    s.q("which model was modified longest ago?", oldest[0], "code", "earliest", literal=True)
    return s


def t_golangci():
    s = Scene("term_golangci_lint", "terminal", "golangci-lint run", "PIL", "monokai, Hack",
              "10 lint findings with file:line:col and linter names, issue count")
    r = rng(s.name)
    files = ["internal/ledger/post.go", "internal/ledger/accounts.go", "cmd/ledgerd/main.go",
             "internal/api/handlers.go", "internal/api/middleware.go"]
    kinds = [("errcheck", "Error return value of `{}` is not checked",
              ["rows.Close", "tx.Rollback", "w.Write", "f.Sync"]),
             ("ineffassign", "ineffectual assignment to {}", ["err", "total", "n"]),
             ("govet", "printf: fmt.Sprintf format %d has arg {} of wrong type string", ["id", "code"]),
             ("staticcheck", "SA1019: {} is deprecated: Use os.ReadFile instead.", ["ioutil.ReadFile"]),
             ("unused", "func `{}` is unused", ["legacyRound", "debugDump"])]
    issues = []
    for i in range(10):
        lin, msg, args = kinds[i % 5] if i < 5 else r.choice([k for k in kinds if k[0] != "staticcheck"])
        issues.append((r.choice(files), r.randint(12, 340), r.randint(2, 40), lin, msg.format(r.choice(args))))
    issues.sort(key=lambda x: (x[0], x[1]))
    lines = [[("➜  ledger ", "green"), ("git:(", "blue"), ("main", "red"), (") ", "blue"),
              ("golangci-lint run ./...", "bold")]]
    for f, ln, col, lin, msg in issues:
        lines.append([(f"{f}:{ln}:{col}: ", "bold"), (msg + " ", None), (f"({lin})", "dim")])
    lines.append(f"{len(issues)} issues:")
    from collections import Counter
    cnt = Counter(x[3] for x in issues)
    for lin in sorted(cnt):
        lines.append(f"* {lin}: {cnt[lin]}")
    render_term(s, lines, "monokai", "Hack", "ledger — zsh", size=13)
    fc = Counter(x[0] for x in issues)
    top = fc.most_common()
    if len(top) > 1 and top[0][1] == top[1][1]:
        s.q("How many issues did errcheck report?", cnt["errcheck"], "count", "lookup", literal=True)
    else:
        s.q("which file has the most lint issues?", top[0][0], "code", "argmax", literal=True)
    st = [x for x in issues if x[3] == "staticcheck"][0]
    s.q("staticcheck complained about something deprecated — which file and line?", f"{st[0]}:{st[1]}", "code",
        "locate", literal=True)
    s.q("how many issues in total", len(issues), "count", "count", literal=True)
    return s


def t_aptcache():
    s = Scene("term_apt_cache_policy", "terminal", "apt-cache policy (package pinning)", "PIL",
              "green CRT, Nimbus Mono PS", "installed/candidate versions and version table with priorities")
    r = rng(s.name)
    inst = f"1.{r.randint(22, 24)}.{r.randint(0, 4)}-{r.randint(1, 3)}"
    bpo = f"1.{r.randint(26, 27)}.{r.randint(0, 3)}-1~bpo12+1"
    sec = inst.rsplit("-", 1)[0] + f"-{int(inst.rsplit('-', 1)[1])}+deb12u1"
    lines = ["admin@web-ldn-3:~$ apt-cache policy nginx",
             "nginx:",
             f"  Installed: {inst}",
             f"  Candidate: {sec}",
             "  Version table:",
             f"     {bpo} 100",
             "        100 http://deb.debian.org/debian bookworm-backports/main amd64 Packages",
             f"     {sec} 500",
             "        500 http://security.debian.org/debian-security bookworm-security/main amd64 Packages",
             f" *** {inst} 500",
             "        500 http://deb.debian.org/debian bookworm/main amd64 Packages",
             "        100 /var/lib/dpkg/status",
             "admin@web-ldn-3:~$ "]
    render_term(s, lines, "green_crt", "Nimbus Mono PS", "admin@web-ldn-3", size=15, chrome="gnome")
    s.q("which nginx version is installed?", inst, "version", "version", literal=True)
    s.q("what version would apt upgrade nginx to", sec, "version", "next", literal=True)
    s.q("What's the highest nginx version listed, and why isn't it the candidate?",
        f"{bpo}; it comes from bookworm-backports with priority 100 (lower than 500)", "text", "argmax")
    return s


def t_locust():
    s = Scene("term_locust_stats", "terminal", "locust --headless final request statistics", "PIL",
              "catppuccin latte, Inconsolata", "7 endpoints: requests, failures, avg/min/max/median ms, req/s")
    r = rng(s.name)
    eps = [("GET", "/"), ("GET", "/api/products"), ("GET", "/api/products/[id]"), ("POST", "/api/cart"),
           ("GET", "/api/cart"), ("POST", "/api/checkout"), ("POST", "/api/login")]
    rows = []
    for m, p in eps:
        n = r.randint(900, 24000)
        f = r.choice([0, 0, r.randint(1, 40), r.randint(50, 400)])
        mn = r.randint(4, 30)
        med = r.randint(mn + 10, 260)
        avg = med + r.randint(-5, 80)
        mx = r.randint(900, 6000)
        rows.append((m, p, n, f, avg, mn, mx, med, round(n / 300, 2), round(f / 300, 2)))
    tot_n = sum(x[2] for x in rows)
    tot_f = sum(x[3] for x in rows)
    head = f"{'Type':<8} {'Name':<26} {'# reqs':>7} {'# fails':>13} | {'Avg':>6} {'Min':>6} {'Max':>6} {'Med':>6} | {'req/s':>7} {'failures/s':>10}"
    lines = [[("$ ", "dim"), ("locust -f load/shop.py --headless -u 200 -r 20 -t 5m", "bold")],
             "[2025-09-03 14:22:07,981] perf-runner/INFO/locust.main: --run-time limit reached, shutting down",
             head, "-" * len(head)]
    for m, p, n, f, avg, mn, mx, med, rps, fps in rows:
        pct = f"({100 * f / n:.2f}%)"
        fl = f"{f}{pct:>10}"
        lines.append(f"{m:<8} {p:<26} {n:>7} {fl:>13} | {avg:>6} {mn:>6} {mx:>6} {med:>6} | {rps:>7.2f} {fps:>10.2f}")
    lines.append("-" * len(head))
    pct = f"({100 * tot_f / tot_n:.2f}%)"
    tf = f"{tot_f}{pct:>10}"
    lines.append(f"{'':<8} {'Aggregated':<26} {tot_n:>7} {tf:>13} | {'':>6} {'':>6} {'':>6} {'':>6} | {tot_n / 300:>7.2f} {tot_f / 300:>10.2f}")
    render_term(s, lines, "catppuccin_latte", "Inconsolata", "perf-runner", size=15)
    worst = max(rows, key=lambda x: x[3])
    s.q("Which endpoint failed most often?", f"{worst[0]} {worst[1]}", "code", "argmax")
    ck = [x for x in rows if x[1] == "/api/checkout"][0]
    s.q("median response time for POST /api/checkout?", f"{ck[7]}", "number", "cell", literal=True)
    s.q("total number of requests made in the run", tot_n, "count", "sum", literal=True)
    return s


def t_docker_df():
    s = Scene("term_docker_system_df", "terminal", "docker system df -v (disk usage, images section)", "PIL",
              "solarized light, Fantasque Sans Mono", "summary by type with reclaimable %, 7 images with sizes")
    r = rng(s.name)
    imgs = [("registry.local/billing-api", "2.14.0"), ("registry.local/billing-api", "2.13.2"),
            ("postgres", "16.4-alpine"), ("redis", "7.2"), ("registry.local/web", "latest"),
            ("registry.local/worker", "0.9.1"), ("nginx", "1.27-alpine")]
    rows = []
    for rep, tag in imgs:
        size = round(r.uniform(40, 900), 1)
        cont = r.choice([0, 1, 1, 2])
        iid = "".join(r.choice("0123456789abcdef") for _ in range(12))
        ago = r.choice(["2 days ago", "9 days ago", "3 weeks ago", "5 weeks ago", "2 months ago"])
        shared = round(min(size * 0.6, r.uniform(5, 80)), 1)
        rows.append((rep, tag, iid, ago, size, shared, round(size - shared, 1), cont))
    total = round(sum(x[4] for x in rows) / 1000, 2)
    active = sum(1 for x in rows if x[7] > 0)
    recl = round(sum(x[4] for x in rows if x[7] == 0) / 1000, 3)
    pct = int(100 * recl / total)
    lines = [[("$ ", "dim"), ("docker system df", "bold")],
             f"{'TYPE':<16}{'TOTAL':<10}{'ACTIVE':<10}{'SIZE':<12}RECLAIMABLE",
             f"{'Images':<16}{len(rows):<10}{active:<10}{f'{total}GB':<12}{recl * 1000:.1f}MB ({pct}%)",
             f"{'Containers':<16}{sum(x[7] for x in rows):<10}{sum(x[7] for x in rows) - 1:<10}{'184.2MB':<12}61.7MB (33%)",
             f"{'Local Volumes':<16}{'5':<10}{'3':<10}{'3.418GB':<12}1.207GB (35%)",
             f"{'Build Cache':<16}{'112':<10}{'0':<10}{'2.861GB':<12}2.861GB", "",
             [("$ ", "dim"), ("docker system df -v | head -10", "bold")],
             "Images space usage:", "",
             f"{'REPOSITORY':<28}{'TAG':<13}{'IMAGE ID':<14}{'CREATED':<14}{'SIZE':<10}{'SHARED SIZE':<13}{'UNIQUE SIZE':<13}CONTAINERS"]
    for rep, tag, iid, ago, size, sh, un, c in rows:
        lines.append(f"{rep:<28}{tag:<13}{iid:<14}{ago:<14}{f'{size}MB':<10}{f'{sh}MB':<13}{f'{un}MB':<13}{c}")
    render_term(s, lines, "solarized_light", "Fantasque Sans Mono", "deploy@app-host-1: ~", size=15)
    s.q("how much space could I reclaim from the build cache?", "2.861GB", "text", "lookup", literal=True)
    big = max(rows, key=lambda x: x[4])
    s.q("Which image (repo:tag) is the biggest?", f"{big[0]}:{big[1]}", "code", "argmax")
    s.q("how many images aren't used by any container?", sum(1 for x in rows if x[7] == 0), "count", "count")
    return s


def t_julia():
    s = Scene("term_julia_versioninfo", "terminal", "Julia REPL: versioninfo() and Pkg status", "PIL",
              "windows terminal (PowerShell blue), DejaVu Sans Mono", "Julia version/platform info, 8 packages")
    r = rng(s.name)
    pk = [("CSV", "0.10.14"), ("DataFrames", "1.7.0"), ("Distributions", "0.25.112"), ("HTTP", "1.10.8"),
          ("JSON3", "1.14.0"), ("Makie", "0.21.9"), ("Optim", "1.9.4"), ("Plots", "1.40.8")]
    pk = [(n, v) for n, v in pk]
    threads = r.choice([4, 6, 8, 12])
    lines = [[("julia> ", "green"), ("versioninfo()", None)],
             "Julia Version 1.11.2",
             "Commit 5e9a32e7af2 (2024-12-01 20:02 UTC)",
             "Build Info:",
             "  Official https://julialang.org/ release",
             "Platform Info:",
             "  OS: Windows (x86_64-w64-mingw32)",
             "  CPU: 16 × 13th Gen Intel(R) Core(TM) i7-1360P",
             "  WORD_SIZE: 64",
             "  LLVM: libLLVM-16.0.6 (ORCJIT, alderlake)",
             f"Threads: {threads} default, 0 interactive, {threads // 2} GC (on 16 virtual cores)",
             "",
             [("(@v1.11) pkg> ", "blue"), ("status", None)],
             "Status `C:\\Users\\mkaranja\\.julia\\environments\\v1.11\\Project.toml`"]
    for n, v in pk:
        uid = "".join(r.choice("0123456789abcdef") for _ in range(8))
        up = r.random() < 0.3
        lines.append([(f"  [{uid}] ", "dim"), (f"{n} v{v}", None)] + ([(" ⌃", "yellow")] if up else []))
    lines.append([("Info ", "cyan"), ("Packages marked with ⌃ have new versions available and may be upgradable.", None)])
    render_term(s, lines, "powershell", "DejaVu Sans Mono", "Julia 1.11.2", size=15, chrome="windows")
    s.q("What Julia version is this?", "1.11.2", "version", "version", literal=True)
    s.q("which version of DataFrames is installed", "1.7.0", "version", "lookup", literal=True)
    s.q("How many default threads is Julia running with?", threads, "count", "lookup", literal=True)
    return s


ALL = [t_bazel, t_chrony, t_iptables, t_velero, t_cypress, t_dotnet, t_ethtool, t_ollama, t_golangci, t_aptcache,
       t_locust, t_docker_df, t_julia]
