"""Terminal screenshots (PIL) in several colour schemes and mono fonts."""
from common import terminal, q, meta, rng, r2


def P(user, host, path, cmd, sym="$"):
    return [(f"{user}@{host}", "green!"), (":", "fg"), (path, "blue!"), (f"{sym} ", "fg"), (cmd, "fg")]


def netstat():
    rows = [("tcp", "0.0.0.0:22", "1021/sshd"), ("tcp", "127.0.0.1:5432", "1187/postgres"),
            ("tcp", "127.0.0.1:6379", "1203/redis-server"), ("tcp", "0.0.0.0:80", "1544/nginx: master"),
            ("tcp", "0.0.0.0:443", "1544/nginx: master"), ("tcp6", ":::9100", "988/node_exporter"),
            ("udp", "0.0.0.0:68", "712/dhclient"), ("udp", "127.0.0.53:53", "655/systemd-resolve"),
            ("udp", "0.0.0.0:123", "803/chronyd"), ("tcp", "127.0.0.1:8080", "2291/java")]
    L = [P("ops", "bastion-02", "~", "sudo netstat -tulpn"),
         "Active Internet connections (only servers)",
         [("Proto Recv-Q Send-Q Local Address           Foreign Address         State       PID/Program name", "bold!")]]
    for p, a, prog in rows:
        fa = ":::*" if p == "tcp6" else "0.0.0.0:*"
        st = "LISTEN" if p.startswith("tcp") else ""
        L.append(f"{p:<6}{0:>6} {0:>6} {a:<23} {fa:<23} {st:<11} {prog}")
    L.append(P("ops", "bastion-02", "~", ""))
    fn = terminal("term_netstat", "ops@bastion-02: ~", L, scheme="nord", fname="jb", size=15)
    pg = [r for r in rows if r[1].endswith(":5432")][0]
    nudp = sum(1 for r in rows if r[0] == "udp")
    q(fn, "what program is listening on port 5432", pg[2].split("/")[1], "text", "lookup")
    q(fn, "how many udp sockets are open", nudp, "count", "count", literal=False)
    q(fn, "is anything listening on port 3306?", "no", "yesno", "exists", literal=False)
    meta(fn, "PIL terminal (nord, JetBrains Mono)", "dark", "terminal", "netstat -tulpn listening sockets")


def yarn_outdated():
    pk = [("@babel/core", "7.22.5", "7.22.20", "7.24.4", "devDependencies"),
          ("axios", "1.4.0", "1.6.8", "1.6.8", "dependencies"),
          ("date-fns", "2.30.0", "2.30.0", "3.6.0", "dependencies"),
          ("eslint", "8.44.0", "8.57.0", "9.1.1", "devDependencies"),
          ("react-router-dom", "6.14.1", "6.22.3", "6.22.3", "dependencies"),
          ("typescript", "5.1.6", "5.1.6", "5.4.5", "devDependencies"),
          ("zod", "3.21.4", "3.23.4", "3.23.4", "dependencies")]
    L = [[("~/code/shopfront ", "cyan!"), ("$ ", "mag!"), ("yarn outdated", "fg")],
         [("yarn outdated v1.22.19", "dim")],
         [("info", "blue"), (" Color legend :", "fg")],
         [(' "<red>"    : Major Update backward-incompatible updates', "red")],
         [(' "<yellow>" : Minor Update backward-compatible features', "yellow")],
         [(' "<green>"  : Patch Update backward-compatible bug fixes', "green")],
         [(f"{'Package':<17} {'Current':<8} {'Wanted':<8} {'Latest':<8} {'Package Type':<16} URL", "bold!")]]
    for n, c, w, l, t in pk:
        col = "red" if l.split(".")[0] != c.split(".")[0] else ("yellow" if l.split(".")[1] != c.split(".")[1] else "green")
        L.append([(f"{n:<17} ", col), (f"{c:<8} {w:<8} ", "fg"), (f"{l:<8} ", col), (f"{t:<16} ", "fg"),
                  (f"https://github.com/{n.strip('@').split('/')[0]}", "dim")])
    L.append([("Done in 2.41s.", "fg")])
    fn = terminal("term_yarn_outdated", "zsh — shopfront", L, scheme="tokyo", fname="fira", size=14)
    major = [n for n, c, w, l, t in pk if l.split(".")[0] != c.split(".")[0]]
    q(fn, "what's the latest version of eslint", "9.1.1", "version", "cell")
    q(fn, "how many packages have a major update available", len(major), "count", "count", literal=False)
    q(fn, "current axios version?", "1.4.0", "version", "cell")
    meta(fn, "PIL terminal (tokyo night, Fira Code)", "dark", "terminal", "yarn outdated with colour legend")


def composer():
    pk = [("doctrine/orm", "2.15.3", "2.19.5", "A PHP object relational mapper"),
          ("guzzlehttp/guzzle", "7.7.0", "7.8.1", "Guzzle is a PHP HTTP client library"),
          ("monolog/monolog", "2.9.1", "3.6.0", "Sends your logs to files, sockets, inboxes"),
          ("phpunit/phpunit", "10.2.6", "11.1.3", "The PHP Unit Testing framework."),
          ("symfony/console", "6.3.0", "6.4.7", "Eases the creation of beautiful and testable command line interfaces"),
          ("twig/twig", "3.6.1", "3.9.3", "Twig, the flexible, fast, and secure template language for PHP")]
    L = [[("PS C:\\dev\\invoicer> ", "fg"), ("composer outdated --direct", "bold!")],
         [("Color legend:", "fg")], [("- patch or minor release available - update recommended", "yellow")],
         [("- major release available - update possible", "red")], ""]
    for n, c, l, d in pk:
        col = "red" if c.split(".")[0] != l.split(".")[0] else "yellow"
        L.append([(f"{n:<20} ", "green"), (f"{c:<8} ", "fg"), (("~ " if col == "red" else "! ") + f"{l:<8} ", col), (d, "fg")])
    L.append("")
    L.append([("PS C:\\dev\\invoicer> ", "fg")])
    fn = terminal("term_composer", "Windows PowerShell", L, scheme="onelight", fname="dejavu-mono", size=14)
    q(fn, "which version of guzzle is installed?", "7.7.0", "version", "cell")
    q(fn, "what version can twig/twig go to", "3.9.3", "version", "cell")
    q(fn, "is monolog behind by a major version", "yes", "yesno", "compare_less", literal=False)
    meta(fn, "PIL terminal (one light, DejaVu Sans Mono)", "light", "terminal", "composer outdated --direct (PHP)")


def mix_test():
    R = rng("mix_test")
    L = [[("➜ ", "green!"), ("ledger_api ", "cyan!"), ("git:(", "blue"), ("feat/refunds", "red"), (") ", "blue"), ("mix test", "fg")],
         "Compiling 3 files (.ex)", "Generated ledger_api app", "Running ExUnit with seed: 402193, max_cases: 4", "",
         [("....................................", "green"), ("F", "red"), ("...............", "green"), ("F", "red"), ("......", "green")], "",
         [("  1) test refund/2 rejects refunds larger than the charge (LedgerApi.RefundsTest)", "fg")],
         [("     test/ledger_api/refunds_test.exs:48", "dim")],
         [("     ** (MatchError) no match of right hand side value: {:ok, %LedgerApi.Refund{amount: 1500}}", "red")],
         [("     code: {:error, :amount_exceeds_charge} = Refunds.refund(charge, 1500)", "dim")], "",
         [("  2) test list/1 returns entries newest first (LedgerApi.EntriesTest)", "fg")],
         [("     test/ledger_api/entries_test.exs:112", "dim")],
         [("     Assertion with == failed", "red")],
         [("     left:  [3, 1, 2]", "cyan")], [("     right: [3, 2, 1]", "cyan")], ""]
    passed = 36 + 15 + 6
    total = passed + 2
    L += [f"Finished in 1.8 seconds (0.6s async, 1.2s sync)",
          [(f"{total} tests, 2 failures", "red!")], "",
          [("➜ ", "red!"), ("ledger_api ", "cyan!"), ("git:(", "blue"), ("feat/refunds", "red"), (") ", "blue")]]
    fn = terminal("term_mix_test", "mix test — ledger_api", L, scheme="catppuccin", fname="hack", size=14)
    q(fn, "how many tests ran", total, "count", "lookup")
    q(fn, "what error did the refund test hit", "MatchError", "error", "error")
    q(fn, "how many passed", passed, "count", "subtract", literal=False)
    meta(fn, "PIL terminal (catppuccin, Hack)", "dark", "terminal", "Elixir mix test with 2 failures")


def swift_build():
    L = [[("mira@MacBook-Air TideClock % ", "fg"), ("swift build", "bold!")],
         "Building for debugging...",
         [("/Users/mira/dev/TideClock/Sources/TideClock/TideModel.swift:57:23: ", "bold!"), ("error: ", "red!"),
          ("cannot convert value of type 'Double' to expected argument type 'Int'", "bold!")],
         "        let slot = hours[height]", "                         ^",
         [("/Users/mira/dev/TideClock/Sources/TideClock/TideModel.swift:81:9: ", "bold!"), ("warning: ", "mag!"),
          ("variable 'offset' was never mutated; consider changing to 'let' constant", "bold!")],
         "        var offset = station.utcOffset", "        ~~~ ^", "        let",
         [("/Users/mira/dev/TideClock/Sources/TideClock/Station.swift:14:17: ", "bold!"), ("error: ", "red!"),
          ("value of type 'Station' has no member 'timezone'", "bold!")],
         "        return s.timezone.identifier", "               ~ ^~~~~~~~",
         "[7/12] Compiling TideClock Station.swift",
         [("error: ", "red!"), ("fatalError", "fg")],
         [("mira@MacBook-Air TideClock % ", "fg")]]
    fn = terminal("term_swift_build", "TideClock — zsh — 120×30", L, scheme="paper", fname="incons", size=16)
    q(fn, "how many errors does the compiler report (not counting the final fatalError line)", 2, "count", "count", literal=False)
    q(fn, "what's the error at Station.swift line 14", "value of type 'Station' has no member 'timezone'", "error", "error")
    q(fn, "which variable gets the warning", "offset", "text", "read")
    meta(fn, "PIL terminal (paper, Inconsolata)", "light beige", "terminal", "swift build with errors and a warning")


def cargo_clippy():
    L = [[("$ ", "fg"), ("cargo clippy", "bold!")],
         "    Checking ringbuf-lite v0.3.2 (/home/jo/src/ringbuf-lite)",
         [("warning", "yellow!"), (": this `if` has identical blocks", "bold!")],
         "  --> src/buffer.rs:88:9", [("   = help: for further information visit https://rust-lang.github.io/rust-clippy", "cyan")],
         [("warning", "yellow!"), (": redundant clone", "bold!")], "  --> src/main.rs:22:31",
         [("warning", "yellow!"), (": `ringbuf-lite` (bin \"ringbuf-lite\") generated 2 warnings", "bold!")],
         "    Finished dev [unoptimized + debuginfo] target(s) in 1.47s",
         [("$ ", "fg"), ("cargo run -- --capacity 0", "bold!")],
         "    Finished dev [unoptimized + debuginfo] target(s) in 0.04s",
         "     Running `target/debug/ringbuf-lite --capacity 0`",
         [("thread 'main' panicked at src/buffer.rs:31:13:", "red!")],
         [("attempt to calculate the remainder with a divisor of zero", "red")],
         "note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace",
         [("$ ", "fg")]]
    fn = terminal("term_cargo_clippy", "jo@forge: ~/src/ringbuf-lite", L, scheme="amber", fname="lib-mono", size=15)
    q(fn, "why did it panic", "attempt to calculate the remainder with a divisor of zero", "error", "error")
    q(fn, "crate version being checked?", "0.3.2", "version", "version")
    q(fn, "how many clippy warnings were generated", "2", "count", "count")
    meta(fn, "PIL terminal (amber, Liberation Mono)", "dark amber", "terminal", "cargo clippy warnings + runtime panic")


def winget():
    apps = [("Mozilla Firefox (x64 en-US)", "Mozilla.Firefox", "124.0.2", "125.0.1"),
            ("Notepad++ (64-bit x64)", "Notepad++.Notepad++", "8.6.2", "8.6.5"),
            ("7-Zip 23.01 (x64)", "7zip.7zip", "23.01", "24.05"),
            ("Microsoft Visual Studio Code", "Microsoft.VisualStudioCode", "1.88.0", "1.89.1"),
            ("Git", "Git.Git", "2.44.0", "2.45.1"),
            ("VLC media player", "VideoLAN.VLC", "3.0.18", "3.0.20"),
            ("Zoom Workplace", "Zoom.Zoom", "5.17.11", "6.0.4")]
    L = [[("PS C:\\Users\\hakon> ", "fg"), ("winget upgrade", "yellow")],
         [(f"{'Name':<30} {'Id':<28} {'Version':<9} {'Available':<10} Source", "fg")],
         "-" * 86]
    for n, i, v, a in apps:
        L.append(f"{n:<30} {i:<28} {v:<9} {a:<10} winget")
    L.append(f"{len(apps)} upgrades available.")
    L.append([("PS C:\\Users\\hakon> ", "fg")])
    fn = terminal("term_winget", "Administrator: Windows PowerShell", L, scheme="ps", fname="lib-mono", size=15)
    q(fn, "what version of VLC do I have and what can I update to?", "3.0.18; 3.0.20", "version", "cell")
    q(fn, "which app is listed right after Git", apps[[a[1] for a in apps].index("Git.Git") + 1][0], "text", "next")
    meta(fn, "PIL terminal (PowerShell blue, Liberation Mono)", "dark blue", "terminal", "winget upgrade list")


def sar():
    R = rng("sar")
    times = ["09:00:01", "09:10:01", "09:20:01", "09:30:01", "09:40:01", "09:50:01", "10:00:01", "10:10:01"]
    rows = []
    for t in times:
        u = round(R.uniform(4, 45), 2)
        s = round(R.uniform(1, 9), 2)
        io = round(R.uniform(0, 6), 2)
        idle = round(100 - u - s - io - 0.0, 2)
        rows.append((t, u, 0.0, s, io, 0.0, idle))
    L = [[("[root@db-07 ~]# ", "fg"), ("sar -u 600 8", "bold!")],
         "Linux 5.14.0-362.el9.x86_64 (db-07.lan)     04/15/2025     _x86_64_    (8 CPU)", "",
         [(f"{'':<12}{'CPU':>5}{'%user':>10}{'%nice':>10}{'%system':>10}{'%iowait':>10}{'%steal':>10}{'%idle':>10}", "cyan!")]]
    for t, u, n, s, io, st, idle in rows:
        L.append(f"{t + ' AM':<12}{'all':>5}{u:>10.2f}{n:>10.2f}{s:>10.2f}{io:>10.2f}{st:>10.2f}{idle:>10.2f}")
    avg = [round(sum(r[i] for r in rows) / len(rows), 2) for i in range(1, 7)]
    L.append([(f"{'Average:':<12}{'all':>5}" + "".join(f"{v:>10.2f}" for v in avg), "yellow!")])
    L.append([("[root@db-07 ~]# ", "fg")])
    fn = terminal("term_sar", "root@db-07:~", L, scheme="nord", fname="dejavu-mono", size=14)
    peak = max(rows, key=lambda r: r[1])
    low_idle = min(rows, key=lambda r: r[6])
    q(fn, "at what time was %user highest", peak[0] + " AM", "time", "argmax")
    q(fn, "average iowait?", f"{avg[3]:.2f}", "percent", "lookup")
    r0940 = [r for r in rows if r[0] == "09:40:01"][0]
    q(fn, "was %system above 5 at 09:40?", "yes" if r0940[3] > 5 else "no", "yesno", "compare_more", literal=False)
    meta(fn, "PIL terminal (nord, DejaVu Sans Mono)", "dark", "terminal", "sar -u CPU utilisation samples")


def az_vm():
    vms = [("web-frontend-01", "RG-SHOP-PROD", "westeurope", "Standard_D2s_v5", "VM running"),
           ("web-frontend-02", "RG-SHOP-PROD", "westeurope", "Standard_D2s_v5", "VM running"),
           ("batch-worker", "RG-DATA", "northeurope", "Standard_F8s_v2", "VM deallocated"),
           ("sql-replica", "RG-DATA", "swedencentral", "Standard_E4ds_v5", "VM running"),
           ("jumpbox", "RG-NET", "westeurope", "Standard_B1ms", "VM stopped"),
           ("ml-train-gpu", "RG-ML", "eastus2", "Standard_NC6s_v3", "VM deallocated")]
    L = [[("user@Azure:~$ ", "green!"), ("az vm list -d -o table --query \"[].{Name:name, RG:resourceGroup, Location:location, Size:hardwareProfile.vmSize, Power:powerState}\"", "fg")],
         [(f"{'Name':<17} {'RG':<14} {'Location':<14} {'Size':<18} Power", "fg")],
         f"{'-' * 17} {'-' * 14} {'-' * 14} {'-' * 18} {'-' * 14}"]
    for v in vms:
        L.append(f"{v[0]:<17} {v[1]:<14} {v[2]:<14} {v[3]:<18} {v[4]}")
    L.append([("user@Azure:~$ ", "green!")])
    fn = terminal("term_az_vm", "Azure Cloud Shell — Bash", L, scheme="tokyo", fname="hack", size=14)
    nrun = sum(1 for v in vms if v[4] == "VM running")
    q(fn, "how many of my VMs are running", nrun, "count", "count", literal=False)
    q(fn, "where is sql-replica located", "swedencentral", "text", "cell")
    meta(fn, "PIL terminal (tokyo night, Hack)", "dark", "terminal", "az vm list -d -o table (very long command line)")


def gradle_npe():
    L = [[("~/work/parcel-router ", "blue!"), ("$ ", "fg"), ("./gradlew run --args='--zone NORTH'", "fg")],
         "", "> Task :compileJava UP-TO-DATE", "> Task :processResources UP-TO-DATE", "> Task :classes UP-TO-DATE", "",
         "> Task :run", "12:04:55.210 [main] INFO  c.p.router.App - Loading depots for zone NORTH",
         [("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"com.parcel.router.Depot.getCapacity()\" because \"depot\" is null", "red!")],
         [("\tat com.parcel.router.RoutePlanner.assign(RoutePlanner.java:142)", "red")],
         [("\tat com.parcel.router.RoutePlanner.planAll(RoutePlanner.java:97)", "red")],
         [("\tat com.parcel.router.App.main(App.java:38)", "red")], "",
         [("> Task :run ", "fg"), ("FAILED", "red!")], "",
         [("FAILURE: Build failed with an exception.", "red!")], "",
         "* What went wrong:", "Execution failed for task ':run'.",
         "> Process 'command '/usr/lib/jvm/java-21-openjdk/bin/java'' finished with non-zero exit value 1", "",
         [("BUILD FAILED", "red!"), (" in 3s", "fg")], "3 actionable tasks: 1 executed, 2 up-to-date"]
    fn = terminal("term_gradle_npe", "parcel-router — bash", L, scheme="onelight", fname="jb", size=14)
    q(fn, "what exception was thrown", "java.lang.NullPointerException", "error", "error")
    q(fn, "which line of RoutePlanner.java blew up", "142", "number", "lookup")
    q(fn, "exit value of the java process?", "1", "number", "lookup")
    meta(fn, "PIL terminal (one light, JetBrains Mono)", "light", "terminal", "gradle run with a Java NullPointerException stack trace")


def deno_test():
    tests = [("parseDuration handles minutes", "ok", 3), ("parseDuration rejects negative", "ok", 1),
             ("scheduler runs jobs in order", "ok", 48), ("scheduler retries failed job", "FAILED", 1203),
             ("cron expression every 5 min", "ok", 6), ("cron expression last day of month", "ok", 9),
             ("timezone conversion Europe/Oslo", "FAILED", 12), ("queue drains on shutdown", "ok", 215)]
    L = [[("deno test --allow-env", "fg")], [("running 8 tests from ./tests/scheduler_test.ts", "dim")]]
    for n, st, ms in tests:
        L.append([(f"{n} ... ", "fg"), (st, "green" if st == "ok" else "red!"), (f" ({ms}ms)", "dim")])
    L += ["", [(" ERRORS ", "red!")], "",
          [("scheduler retries failed job => ./tests/scheduler_test.ts:64:6", "fg")],
          [("error: AssertionError: Values are not equal:", "red!")], "    [Diff] Actual / Expected", "-   2", "+   3", "",
          [("timezone conversion Europe/Oslo => ./tests/scheduler_test.ts:131:6", "fg")],
          [("error: RangeError: Invalid time zone specified: Europe/Olso", "red!")], ""]
    npass = sum(1 for t in tests if t[1] == "ok")
    nfail = len(tests) - npass
    L.append([("FAILED", "red!"), (f" | {npass} passed | {nfail} failed (1s)", "fg")])
    fn = terminal("term_deno_test", "deno", L, scheme="catppuccin", fname="fira", size=14)
    slow = max(tests, key=lambda t: t[2])
    q(fn, "which test took the longest", slow[0], "text", "argmax")
    q(fn, "what's the error in the timezone test", "RangeError: Invalid time zone specified: Europe/Olso", "error", "error")
    meta(fn, "PIL terminal (catppuccin, Fira Code)", "dark", "terminal", "deno test with 2 failures")


def dig():
    recs = [("shop.kestrelbay.io.", 300, "A", "203.0.113.41"), ("shop.kestrelbay.io.", 300, "A", "203.0.113.42"),
            ("shop.kestrelbay.io.", 300, "A", "203.0.113.57")]
    L = [[("$ ", "fg"), ("dig shop.kestrelbay.io", "bold!")], "",
         "; <<>> DiG 9.18.24 <<>> shop.kestrelbay.io", ";; global options: +cmd", ";; Got answer:",
         ";; ->>HEADER<<- opcode: QUERY, status: NOERROR, id: 28611",
         ";; flags: qr rd ra; QUERY: 1, ANSWER: 3, AUTHORITY: 0, ADDITIONAL: 1", "",
         ";; QUESTION SECTION:", ";shop.kestrelbay.io.            IN      A", "", ";; ANSWER SECTION:"]
    for n, ttl, t, ip in recs:
        L.append(f"{n:<24}{ttl:<8}IN      {t:<8}{ip}")
    L += ["", ";; Query time: 37 msec", ";; SERVER: 1.1.1.1#53(1.1.1.1) (UDP)", ";; WHEN: Tue Jun 03 21:14:09 CEST 2025",
          ";; MSG SIZE  rcvd: 95", [("$ ", "fg")]]
    fn = terminal("term_dig", "Terminal", L, scheme="matrix", fname="lib-mono", size=15)
    q(fn, "what's the TTL on these records", "300", "number", "lookup")
    q(fn, "how many A records came back", "3", "count", "count")
    q(fn, "version of dig", "9.18.24", "version", "version")
    meta(fn, "PIL terminal (green on black, Liberation Mono)", "black/green", "terminal", "dig A-record lookup")


def openssl():
    L = [[("kai@edge:~$ ", "green!"), ("openssl x509 -in api.fjordline.dev.pem -noout -subject -issuer -dates -serial", "fg")],
         "subject=CN = api.fjordline.dev",
         "issuer=C = US, O = Let's Encrypt, CN = R11",
         "notBefore=Mar  2 06:11:48 2025 GMT",
         "notAfter=May 31 06:11:47 2025 GMT",
         "serial=04A1F3C98E2D7B5560A9C41E0D3F7788B21C",
         [("kai@edge:~$ ", "green!"), ("openssl x509 -in api.fjordline.dev.pem -noout -checkend 0", "fg")],
         "Certificate will not expire",
         [("kai@edge:~$ ", "green!"), ("openssl version", "fg")],
         "OpenSSL 3.0.13 30 Jan 2024 (Library: OpenSSL 3.0.13 30 Jan 2024)",
         [("kai@edge:~$ ", "green!")]]
    fn = terminal("term_openssl", "kai@edge: ~", L, scheme="paper", fname="hack", size=15)
    q(fn, "when does the cert expire", "May 31 06:11:47 2025 GMT", "date", "lookup")
    q(fn, "who issued the certificate?", "Let's Encrypt", "person", "party")
    meta(fn, "PIL terminal (paper, Hack)", "light beige", "terminal", "openssl x509 certificate dates + version")


ALL = [netstat, yarn_outdated, composer, mix_test, swift_build, cargo_clippy, winget, sar, az_vm, gradle_npe,
       deno_test, dig, openssl]
