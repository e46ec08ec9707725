"""Terminal screenshots rendered with PIL (several colour schemes and mono fonts)."""
import datetime as dt

from common import plain, q, rng, scene, terminal


def P(uh, path, cmd, style="bash"):
    if style == "bash":
        return [(uh, "g"), (":", "fg"), (path, "b"), ("$ ", "fg"), (cmd, "fg")]
    if style == "zsh":
        return [("➜  ", "g"), (path + " ", "c"), (cmd, "fg")]
    if style == "root":
        return [(uh, "r"), (":" + path + "# ", "fg"), (cmd, "fg")]
    return [("$ ", "dim"), (cmd, "fg")]


def t_dmesg():
    name = "term_dmesg.png"
    R = rng(name)
    t0 = 8412.0 + R.random() * 100
    sector = R.randint(10 ** 6, 9 * 10 ** 6)
    msgs = [
        ("usb 2-1: new SuperSpeed USB device number 4 using xhci_hcd", "fg"),
        ("usb 2-1: New USB device found, idVendor=0781, idProduct=5583, bcdDevice= 1.00", "fg"),
        ("usb 2-1: Product: Ultra Fit", "fg"),
        ("usb 2-1: Manufacturer: SanDisk", "fg"),
        ("usb-storage 2-1:1.0: USB Mass Storage device detected", "fg"),
        ("scsi host6: usb-storage 2-1:1.0", "fg"),
        ("sd 6:0:0:0: [sdb] 60063744 512-byte logical blocks: (30.8 GB/28.6 GiB)", "fg"),
        ("sd 6:0:0:0: [sdb] Write Protect is off", "fg"),
        ("sd 6:0:0:0: [sdb] tag#0 FAILED Result: hostbyte=DID_ERROR driverbyte=DRIVER_OK", "r"),
        (f"I/O error, dev sdb, sector {sector} op 0x0:(READ) flags 0x80700 phys_seg 1 prio class 2", "r"),
        ("Buffer I/O error on dev sdb1, logical block 0, async page read", "r"),
        ("usb 2-1: USB disconnect, device number 4", "y"),
    ]
    lines = [P("root@kiln", "~", "dmesg | tail -12", "root")]
    t = t0
    for m, c in msgs:
        t += R.random() * 0.4
        lines.append([(f"[{t:12.6f}] ", "g"), (m, c)])
    last_t = f"{t:.6f}"
    terminal(name, lines, "xterm", "Classic Console", 19, "root@kiln: ~")
    scene(name, "PIL terminal (xterm colours, Classic Console)", "black", "terminal",
          "dmesg tail: USB stick detected, I/O errors, disconnect")
    q(name, "what's the I/O error here? which sector", str(sector), "number", "terminal", "error", True)
    q(name, "timestamp of the very last kernel message", last_t, "number", "terminal", "latest", True)


def t_ipaddr():
    name = "term_ip_addr.png"
    R = rng(name)
    ip4 = f"192.168.{R.randint(0, 40)}.{R.randint(2, 250)}"
    ifs = [
        ("lo", "<LOOPBACK,UP,LOWER_UP>", 65536, "UNKNOWN", "00:00:00:00:00:00", "127.0.0.1/8"),
        ("enp3s0", "<BROADCAST,MULTICAST,UP,LOWER_UP>", 1500, "UP", "3c:7c:3f:1e:a2:90", ip4 + "/24"),
        ("wlp2s0", "<NO-CARRIER,BROADCAST,MULTICAST,UP>", 1500, "DOWN", "f4:4d:30:6b:11:c7", None),
        ("docker0", "<NO-CARRIER,BROADCAST,MULTICAST,UP>", 1500, "DOWN", "02:42:8e:19:55:0a", "172.17.0.1/16"),
        ("wg0", "<POINTOPOINT,NOARP,UP,LOWER_UP>", 1420, "UNKNOWN", None, "10.66.0.7/32"),
    ]
    lines = [P("dev@tarn", "~", "ip addr")]
    for i, (n, fl, mtu, st, mac, a) in enumerate(ifs, 1):
        lines.append([(f"{i}: ", "fg"), (n, "b"), (f": {fl} mtu {mtu} qdisc noqueue state ", "fg"),
                      (st, "g" if st == "UP" else "r" if st == "DOWN" else "fg"), (" group default qlen 1000", "fg")])
        if mac:
            lines.append([("    link/ether ", "fg"), (mac, "y"), (" brd ff:ff:ff:ff:ff:ff", "fg")])
        else:
            lines.append("    link/none")
        if a:
            lines.append([("    inet ", "fg"), (a, "m"), (f" scope {'host' if n == 'lo' else 'global'} {n}", "fg")])
    terminal(name, lines, "solarized_light", "Inconsolata", 16, "dev@tarn: ~", chrome="gnome")
    scene(name, "PIL terminal (solarized light, Inconsolata)", "light", "terminal",
          "ip addr with five interfaces, states UP/DOWN, addresses")
    q(name, "whats my ip on the ethernet (enp3s0)", ip4 + "/24", "code", "terminal", "lookup", True)
    q(name, "Is the wifi interface up?", "no", "yesno", "terminal", "state_yesno", False)


def t_sshkeygen():
    name = "term_ssh_keygen.png"
    R = rng(name)
    alph = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    fp = "SHA256:" + "".join(R.choice(alph) for _ in range(43))
    art_chars = " .o+=*BOX@%&#/^SE"
    art = []
    for r in range(9):
        row = "".join(R.choice(art_chars[:8]) if R.random() < 0.35 else " " for _ in range(17))
        art.append("|" + row + "|")
    lines = [P("", "~", "ssh-keygen -t ed25519 -C \"nadia@lumen.studio\"", "zsh"),
             "Generating public/private ed25519 key pair.",
             "Enter file in which to save the key (/home/nadia/.ssh/id_ed25519):",
             "Enter passphrase (empty for no passphrase):",
             "Enter same passphrase again:",
             "Your identification has been saved in /home/nadia/.ssh/id_ed25519",
             "Your public key has been saved in /home/nadia/.ssh/id_ed25519.pub",
             "The key fingerprint is:",
             [(fp, "y"), (" nadia@lumen.studio", "fg")],
             "The key's randomart image is:",
             "+--[ED25519 256]--+"] + art + ["+----[SHA256]-----+"]
    terminal(name, lines, "everforest", "JetBrains Mono", 15, "zsh")
    scene(name, "PIL terminal (everforest, JetBrains Mono)", "dark", "terminal",
          "ssh-keygen ed25519 run with fingerprint and randomart")
    q(name, "can you copy out the key fingerprint for me", fp, "code", "terminal", "lookup", True)
    q(name, "where did it save the public key", "/home/nadia/.ssh/id_ed25519.pub", "text", "terminal", "read", True)
    q(name, "is it an rsa key or ed25519?", "ed25519", "text", "terminal", "choice", True)


def t_uv():
    name = "term_uv_sync.png"
    R = rng(name)
    n_res = R.randint(38, 96)
    added = [("anyio", "4.4.0"), ("httpx", "0.27.2"), ("httpcore", "1.0.5"), ("h11", "0.14.0"),
             ("sniffio", "1.3.1"), ("pydantic-core", "2.23.4"), ("pydantic", "2.9.2")]
    removed = [("requests", "2.31.0"), ("urllib3", "2.0.7")]
    lines = [P("", "~/code/ferry-api", "uv sync", "zsh"),
             [("Resolved ", "dim"), (f"{n_res} packages", "fg"), (" in 287ms", "dim")],
             [("Prepared ", "dim"), (f"{len(added)} packages", "fg"), (" in 1.12s", "dim")],
             [("Uninstalled ", "dim"), (f"{len(removed)} packages", "fg"), (" in 9ms", "dim")],
             [("Installed ", "dim"), (f"{len(added)} packages", "fg"), (" in 21ms", "dim")]]
    ev = [("+", a) for a in added] + [("-", r) for r in removed]
    ev.sort(key=lambda e: e[1][0])
    for s, (n, v) in ev:
        lines.append([(f" {s} ", "g" if s == "+" else "r"), (n, "fg"), (f"=={v}", "dim")])
    terminal(name, lines, "monokai", "Fira Code", 15, "uv sync")
    scene(name, "PIL terminal (monokai, Fira Code)", "dark", "terminal",
          "uv sync: resolved/installed/uninstalled counts and +/- package list")
    q(name, "which httpx version got installed", "0.27.2", "version", "terminal", "version", True)
    q(name, "did it remove requests?", "yes", "yesno", "terminal", "exists", False)


def t_pyenv():
    name = "term_pyenv.png"
    R = rng(name)
    vers = ["system", "3.8.18", "3.9.19", "3.10.14", "3.11.9", "3.12.4", "3.13.0", "pypy3.10-7.3.16"]
    cur = R.choice(["3.11.9", "3.12.4", "3.10.14"])
    lines = [P("tomas@brno-lap", "~/src/scraper", "pyenv versions")]
    for v in vers:
        if v == cur:
            lines.append([("* ", "g"), (v, "g"), (" (set by /home/tomas/src/scraper/.python-version)", "dim")])
        else:
            lines.append("  " + v)
    lines.append(P("tomas@brno-lap", "~/src/scraper", "python --version"))
    lines.append("Python " + cur)
    terminal(name, lines, "ubuntu", "Ubuntu Mono" if False else "DejaVu Sans Mono", 15,
             "tomas@brno-lap: ~/src/scraper", chrome="gnome")
    scene(name, "PIL terminal (Ubuntu aubergine, DejaVu Sans Mono)", "dark purple", "terminal",
          "pyenv versions with the active one starred + python --version")
    q(name, "which python version is active in this folder", cur, "version", "terminal", "selected", True)
    q(name, "how many CPython 3.x versions are installed (not system, not pypy)", "6", "count", "terminal",
      "count", False)
    q(name, "newest python 3 release installed?", "3.13.0", "version", "terminal", "argmax", True)


def t_lsof():
    name = "term_lsof.png"
    R = rng(name)
    rows = [("systemd-r", 612, "systemd-resolve", "UDP 127.0.0.53:53", ""),
            ("sshd", 1043, "root", "TCP *:22", "(LISTEN)"),
            ("postgres", R.randint(1100, 1400), "postgres", "TCP 127.0.0.1:5432", "(LISTEN)"),
            ("redis-ser", R.randint(1400, 1600), "redis", "TCP 127.0.0.1:6379", "(LISTEN)"),
            ("nginx", R.randint(2000, 2300), "root", "TCP *:443", "(LISTEN)"),
            ("nginx", R.randint(2300, 2400), "www-data", "TCP 10.0.4.12:443->81.17.30.9:51822", "(ESTABLISHED)"),
            ("node", R.randint(3000, 3999), "deploy", "TCP 127.0.0.1:3000", "(LISTEN)"),
            ("node", R.randint(3000, 3999), "deploy", "TCP 127.0.0.1:3000->127.0.0.1:40112", "(ESTABLISHED)"),
            ("sshd", R.randint(5000, 6000), "deploy", "TCP 10.0.4.12:22->92.40.1.77:60214", "(ESTABLISHED)")]
    lines = [P("deploy@web-02", "~", "sudo lsof -i -P -n"),
             [("COMMAND     PID     USER   FD   TYPE  DEVICE NODE NAME", "b")]]
    for c, pid, u, nm, st in rows:
        fd = f"{R.randint(3, 30)}u"
        lines.append(f"{c:<10}{pid:>6} {u:>9} {fd:>4}  IPv4 {R.randint(10000, 99999):>7}  0t0 {nm} {st}".rstrip())
    terminal(name, lines, "dracula", "Hack", 14, "deploy@web-02")
    scene(name, "PIL terminal (dracula, Hack)", "dark", "terminal", "lsof -i -P -n listening and established sockets")
    q(name, "whats listening on port 5432", "postgres", "text", "terminal", "lookup", True)
    q(name, "PID of the redis server?", str(rows[3][1]), "number", "terminal", "cell", True)
    q(name, "how many ESTABLISHED connections are there", "3", "count", "terminal", "count", False)


def t_smartctl():
    name = "term_smartctl.png"
    R = rng(name)
    poh = R.randint(9000, 41000)
    realloc = R.choice([0, 8, 24, 56])
    temp = R.randint(31, 44)
    attrs = [(1, "Raw_Read_Error_Rate", "0x000f", 117, 99, 6, "Pre-fail", R.randint(10 ** 6, 10 ** 8)),
             (5, "Reallocated_Sector_Ct", "0x0033", 100, 100, 10, "Pre-fail", realloc),
             (9, "Power_On_Hours", "0x0032", 71, 71, 0, "Old_age", poh),
             (12, "Power_Cycle_Count", "0x0032", 99, 99, 20, "Old_age", R.randint(300, 2000)),
             (190, "Airflow_Temperature_Cel", "0x0022", 62, 52, 45, "Old_age", temp),
             (194, "Temperature_Celsius", "0x0022", 38, 48, 0, "Old_age", temp),
             (197, "Current_Pending_Sector", "0x0012", 100, 100, 0, "Old_age", 0),
             (199, "UDMA_CRC_Error_Count", "0x003e", 200, 200, 0, "Old_age", R.randint(0, 3))]
    lines = [P("root@nas", "~", "smartctl -H -A /dev/sda", "root"),
             "smartctl 7.3 2022-02-28 r5338 [x86_64-linux-6.1.0-18-amd64] (local build)",
             "=== START OF READ SMART DATA SECTION ===",
             [("SMART overall-health self-assessment test result: ", "fg"), ("PASSED", "g")], "",
             "ID# ATTRIBUTE_NAME          FLAG     VALUE WORST THRESH TYPE      RAW_VALUE"]
    for i, n, fl, v, w, th, ty, raw in attrs:
        lines.append(f"{i:>3} {n:<23} {fl}   {v:03d}   {w:03d}   {th:03d}    {ty:<9} {raw}")
    terminal(name, lines, "gruvbox", "Liberation Mono", 14, "root@nas: ~")
    scene(name, "PIL terminal (gruvbox, Liberation Mono)", "dark", "terminal", "smartctl -H -A attribute table")
    q(name, "power on hours?", str(poh), "number", "terminal", "cell", True)
    q(name, "did the disk pass the health check", "yes", "yesno", "terminal", "state_yesno", False)
    q(name, "how many years has it been powered on, roughly (hours/8760)", plain(poh / 8760, 1), "number",
      "terminal", "ratio", False)


def t_trivy():
    name = "term_trivy.png"
    R = rng(name)
    vulns = [("libssl3", "CVE-2024-5535", "CRITICAL", "3.0.13-1", "3.0.14-1"),
             ("libssl3", "CVE-2024-4741", "HIGH", "3.0.13-1", "3.0.14-1"),
             ("libexpat1", "CVE-2024-45492", "CRITICAL", "2.5.0-1", "2.5.0-1+deb12u1"),
             ("libexpat1", "CVE-2024-45491", "CRITICAL", "2.5.0-1", "2.5.0-1+deb12u1"),
             ("libexpat1", "CVE-2024-45490", "HIGH", "2.5.0-1", "2.5.0-1+deb12u1"),
             ("zlib1g", "CVE-2023-45853", "CRITICAL", "1:1.2.13", ""),
             ("curl", "CVE-2024-2398", "MEDIUM", "7.88.1-10", "7.88.1-10+deb12u6"),
             ("libgnutls30", "CVE-2024-28834", "MEDIUM", "3.7.9-2", "3.7.9-2+deb12u3")]
    w = [13, 16, 10, 11, 19]
    sep = "├" + "┼".join("─" * (x + 2) for x in w) + "┤"
    top = "┌" + "┬".join("─" * (x + 2) for x in w) + "┐"
    bot = "└" + "┴".join("─" * (x + 2) for x in w) + "┘"

    def row(cells, sev=None):
        seg = [("│", "dim")]
        for c, x in zip(cells, w):
            col = {"CRITICAL": "r", "HIGH": "m", "MEDIUM": "y"}.get(c, "fg")
            seg += [(" " + c.ljust(x) + " ", col), ("│", "dim")]
        return seg
    crit = sum(1 for v in vulns if v[2] == "CRITICAL")
    high = sum(1 for v in vulns if v[2] == "HIGH")
    med = sum(1 for v in vulns if v[2] == "MEDIUM")
    lines = [P("", "~/svc/billing", "trivy image --severity MEDIUM,HIGH,CRITICAL billing:1.8.3", "plain"), "",
             "billing:1.8.3 (debian 12.5)", "",
             f"Total: {len(vulns)} (MEDIUM: {med}, HIGH: {high}, CRITICAL: {crit})", "",
             [(top, "dim")], row(["Library", "Vulnerability", "Severity", "Installed", "Fixed Version"]),
             [(sep, "dim")]]
    for v in vulns:
        lines.append(row(list(v)))
    lines.append([(bot, "dim")])
    terminal(name, lines, "monokai", "DejaVu Sans Mono", 14, "trivy")
    scene(name, "PIL terminal (monokai, DejaVu Sans Mono)", "dark", "terminal",
          "trivy image scan result table with severities (box-drawing)")
    q(name, "what version fixes CVE-2024-45491", "2.5.0-1+deb12u1", "version", "terminal", "cell", True)
    q(name, "which library has the most vulnerabilities listed?", "libexpat1", "text", "terminal", "argmax", True)
    q(name, "is there a fix available for the zlib1g one?", "no", "yesno", "terminal", "exists", False)


def t_pylint():
    name = "term_pylint.png"
    R = rng(name)
    msgs = [("src/orders/views.py", 42, 4, "W0612", "Unused variable 'resp'", "unused-variable"),
            ("src/orders/views.py", 88, 0, "C0301", "Line too long (131/100)", "line-too-long"),
            ("src/orders/models.py", 17, 0, "E0401", "Unable to import 'pydantic_extra'", "import-error"),
            ("src/orders/models.py", 63, 8, "W0718", "Catching too general exception Exception", "broad-exception-caught"),
            ("src/orders/tasks.py", 9, 0, "C0114", "Missing module docstring", "missing-module-docstring"),
            ("src/orders/tasks.py", 51, 15, "E1101", "Instance of 'Order' has no 'totl' member", "no-member"),
            ("src/orders/tasks.py", 77, 4, "W1203", "Use lazy % formatting in logging functions", "logging-fstring-interpolation"),
            ("src/orders/utils.py", 12, 0, "R0913", "Too many arguments (8/5)", "too-many-arguments")]
    prev = R.choice([8.12, 7.95, 8.40])
    now = R.choice([7.41, 7.66, 7.84])
    lines = [P("", "~/shop", "pylint src/orders", "zsh")]
    cur = None
    for f, l, c, code, m, sym in msgs:
        mod = f[4:-3].replace("/", ".")
        if mod != cur:
            lines.append([("************* Module " + mod, "dim")])
            cur = mod
        col = {"E": "r", "W": "y", "C": "c", "R": "m"}[code[0]]
        lines.append([(f"{f}:{l}:{c}: ", "fg"), (code, col), (f": {m} ({sym})", "fg")])
    lines += ["", "-" * 66, f"Your code has been rated at {now:.2f}/10 (previous run: {prev:.2f}/10, {now - prev:+.2f})", ""]
    terminal(name, lines, "github_light", "JetBrains Mono", 14, "zsh — shop")
    scene(name, "PIL terminal (GitHub light, JetBrains Mono)", "light", "terminal",
          "pylint messages grouped by module + rating line")
    q(name, "what score did pylint give", f"{now:.2f}/10", "text", "terminal", "lookup", True)
    q(name, "what's the import error about", "Unable to import 'pydantic_extra'", "error", "terminal", "error", True)
    q(name, "new rating minus previous rating", f"{now - prev:.2f}", "number", "terminal", "subtract", True)


def t_ctest():
    name = "term_ctest.png"
    R = rng(name)
    tests = ["unit_lexer", "unit_parser", "unit_typecheck", "unit_codegen", "integ_stdlib", "integ_ffi",
             "integ_modules", "bench_smoke", "fuzz_regress", "docs_examples"]
    times = [round(R.uniform(0.05, 2.5), 2) for _ in tests]
    times[6] = round(R.uniform(6, 9), 2)
    fail = 5
    lines = [P("", "~/lang/build", "ctest --output-on-failure -j2", "plain"),
             "Test project /home/ines/lang/build"]
    for i, (t, s) in enumerate(zip(tests, times), 1):
        st = "***Failed" if i - 1 == fail else "   Passed"
        lines.append([(f"{i:>4}/{len(tests)} Test #{i:>2}: ", "fg"), (t + " " + "." * (30 - len(t)), "dim"),
                      (st, "r" if i - 1 == fail else "g"), (f"  {s:6.2f} sec", "fg")])
    total = round(sum(times) * 0.62, 2)
    lines += ["", [("90% tests passed, 1 tests failed out of 10", "y")], "",
              f"Total Test time (real) =  {total:.2f} sec", "", "The following tests FAILED:",
              [(f"\t  6 - {tests[fail]} (Failed)", "r")], "Errors while running CTest"]
    terminal(name, lines, "rose_pine_dawn", "Hack", 14, "ctest")
    scene(name, "PIL terminal (rosé pine dawn, Hack)", "light", "terminal", "ctest run, 10 tests with timings, one failed")
    q(name, "which test failed?", tests[fail], "text", "terminal", "error", True)
    q(name, "slowest test", tests[times.index(max(times))], "text", "terminal", "argmax", True)
    q(name, "total test time", f"{total:.2f} sec", "time", "terminal", "lookup", True)


def t_mtr():
    name = "term_mtr.png"
    R = rng(name)
    hosts = ["_gateway", "100.64.0.1", "ae12.cr1.ams2.nl.fibre.net", "ae3.cr2.fra1.de.fibre.net",
             "be2813.ccr42.fra03.atlas.cogentco.com", "be3187.ccr32.muc03.atlas.cogentco.com",
             "149.6.21.190", "core-sw1.hetzner-nbg1.de", "static.88.199.54.162.clients.your-server.de"]
    lines = [P("", "~", "mtr -rwc 50 88.199.54.162", "plain"),
             "Start: 2024-10-28T09:14:02+0100",
             "HOST: kestrel                                        Loss%   Snt   Last   Avg  Best  Wrst StDev"]
    base = 0.8
    data = []
    lossy = R.choice([4, 5, 6])
    for i, h in enumerate(hosts, 1):
        base += R.uniform(0.5, 6)
        loss = 0.0 if i != lossy else R.choice([12.0, 18.0, 24.0])
        if i == 2:
            loss = 2.0
        avg = round(base, 1)
        data.append((h, loss, avg))
        lines.append(f"{i:>3}.|-- {h:<45} {loss:5.1f}%    50 {avg + R.uniform(-0.4, 0.4):6.1f} {avg:5.1f} "
                     f"{avg - R.uniform(0.2, 0.6):5.1f} {avg + R.uniform(1, 9):5.1f} {R.uniform(0.1, 2):5.1f}")
    terminal(name, lines, "xterm", "DejaVu Sans Mono", 13, "mtr")
    scene(name, "PIL terminal (xterm, DejaVu Sans Mono 13)", "black", "terminal",
          "mtr report with 9 hops, loss and latency columns (wide)")
    worst = max(data, key=lambda d: d[1])
    q(name, "which hop is dropping the most packets", worst[0], "text", "terminal", "argmax", True)
    q(name, "avg latency at hop 3?", f"{data[2][2]:.1f}", "number", "terminal", "cell", True)


def t_wg():
    name = "term_wg_show.png"
    R = rng(name)
    peers = [("phone-ana", "Zq3...", "89.153.20.11:51820", "1 minute, 12 seconds ago", "58.41 MiB", "1.02 GiB"),
             ("laptop-rui", "Kp9...", "85.246.71.3:44012", "23 seconds ago", "412.77 MiB", "3.81 GiB"),
             ("nas-porto", "Hx1...", "188.81.4.200:51820", "2 hours, 4 minutes ago", "9.14 GiB", "211.30 MiB")]
    lines = [P("root@gw", "~", "wg show", "root"),
             [("interface: ", "g"), ("wg0", "g")],
             "  public key: 5dJ1n3q8XvU0PfS2mW7cTzR4hL6yKaBoE9gNiVs3QxM=",
             "  private key: (hidden)", "  listening port: 51820", ""]
    for nm, k, ep, hs, rx, tx in peers:
        lines += [[("peer: ", "y"), (nm, "y")], f"  endpoint: {ep}", "  allowed ips: 10.66.0.0/24",
                  f"  latest handshake: {hs}", f"  transfer: {rx} received, {tx} sent", ""]
    lines.pop()
    terminal(name, lines, "everforest", "Inconsolata", 16, "root@gw: ~")
    scene(name, "PIL terminal (everforest, Inconsolata)", "dark", "terminal",
          "wg show: interface + 3 named peers with handshakes and transfer")
    q(name, "which peer had the most recent handshake", "laptop-rui", "text", "terminal", "latest", True)
    q(name, "endpoint for nas-porto?", "188.81.4.200:51820", "code", "terminal", "lookup", True)


def t_fail2ban():
    name = "term_fail2ban.png"
    R = rng(name)
    ips = [f"{R.randint(20, 220)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}" for _ in range(R.randint(4, 7))]
    tf = R.randint(300, 2000)
    tb = R.randint(40, 160)
    lines = [P("admin@vps", "~", "sudo fail2ban-client status sshd"),
             "Status for the jail: sshd", "|- Filter", f"|  |- Currently failed: {R.randint(1, 9)}",
             f"|  |- Total failed:     {tf}", "|  `- Journal matches:  _SYSTEMD_UNIT=sshd.service + _COMM=sshd",
             "`- Actions", f"   |- Currently banned: {len(ips)}", f"   |- Total banned:     {tb}",
             "   `- Banned IP list:   " + " ".join(ips)]
    terminal(name, lines, "solarized_light", "Fira Code", 15, "admin@vps")
    scene(name, "PIL terminal (solarized light, Fira Code)", "light", "terminal", "fail2ban-client status sshd tree")
    q(name, "How many IPs are banned right now?", str(len(ips)), "count", "terminal", "lookup", True)
    q(name, "first ip in the ban list", ips[0], "code", "terminal", "nth", True)


def t_rsync():
    name = "term_rsync_stats.png"
    R = rng(name)
    reg = R.randint(8000, 15000)
    dirs = R.randint(300, 900)
    moved = R.randint(80, 400)
    size = R.randint(5 * 10 ** 9, 9 * 10 ** 9)
    tsize = R.randint(2 * 10 ** 8, 9 * 10 ** 8)
    lines = [P("", "~", "rsync -a --stats ~/Photos/ /mnt/backup/Photos/", "zsh"), "",
             f"Number of files: {reg + dirs:,} (reg: {reg:,}, dir: {dirs:,})",
             "Number of created files: 41 (reg: 38, dir: 3)", "Number of deleted files: 0",
             f"Number of regular files transferred: {moved:,}", f"Total file size: {size:,} bytes",
             f"Total transferred file size: {tsize:,} bytes", "Literal data: 0 bytes",
             f"Matched data: {tsize:,} bytes", "File list size: 262,137", "",
             f"sent {tsize + 412000:,} bytes  received 5,873 bytes  38,412,907.61 bytes/sec",
             f"total size is {size:,}  speedup is {size / (tsize + 412000):.2f}"]
    terminal(name, lines, "dracula", "Fira Code", 14, "zsh")
    scene(name, "PIL terminal (dracula, Fira Code)", "dark", "terminal", "rsync --stats summary")
    q(name, "how many files got transferred", f"{moved:,}", "count", "terminal", "lookup", True)
    q(name, "speedup?", f"{size / (tsize + 412000):.2f}", "number", "terminal", "lookup", True)


def t_valgrind():
    name = "term_valgrind.png"
    R = rng(name)
    lost = R.choice([48, 1024, 2048, 96])
    pid = R.randint(20000, 40000)
    pre = f"=={pid}== "
    lines = [P("", "~/c/ringbuf", "valgrind --leak-check=full ./ringbuf_test", "plain"),
             pre + "Memcheck, a memory error detector", pre + "Command: ./ringbuf_test", pre,
             [(pre + "Invalid read of size 4", "r")],
             pre + "   at 0x109A3C: rb_pop (ringbuf.c:71)", pre + "   by 0x1092F1: main (test.c:28)",
             pre + " Address 0x4a8b0d0 is 0 bytes after a block of size 64 alloc'd", pre,
             [(pre + "Conditional jump or move depends on uninitialised value(s)", "r")],
             pre + "   at 0x109B11: rb_full (ringbuf.c:94)", pre, pre + "HEAP SUMMARY:",
             pre + f"    in use at exit: {lost + 64:,} bytes in 3 blocks",
             pre + f"  total heap usage: 14 allocs, 11 frees, {lost + 5120:,} bytes allocated", pre,
             pre + "LEAK SUMMARY:", [(pre + f"   definitely lost: {lost:,} bytes in 2 blocks", "y")],
             pre + "   indirectly lost: 0 bytes in 0 blocks", pre + "     possibly lost: 64 bytes in 1 blocks",
             pre + "   still reachable: 0 bytes in 0 blocks", pre,
             [(pre + "ERROR SUMMARY: 5 errors from 4 contexts (suppressed: 0 from 0)", "r")]]
    terminal(name, lines, "gruvbox", "Hack", 14, "valgrind")
    scene(name, "PIL terminal (gruvbox, Hack)", "dark", "terminal", "valgrind memcheck with invalid read, leak summary")
    q(name, "how many bytes definitely lost", f"{lost:,}", "number", "terminal", "lookup", True)
    q(name, "what is the first error valgrind reports", "Invalid read of size 4", "error", "terminal", "error", True)


def t_ffprobe():
    name = "term_ffprobe.png"
    R = rng(name)
    dur = f"00:0{R.randint(2, 8)}:{R.randint(10, 59)}.{R.randint(10, 99)}"
    res = R.choice(["1920x1080", "2560x1440", "3840x2160"])
    br = R.randint(4000, 19000)
    lines = [P("", "~/Videos", "ffprobe -hide_banner GX010482.MP4", "zsh"),
             "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'GX010482.MP4':", "  Metadata:",
             "    major_brand     : mp41", "    creation_time   : 2024-08-17T06:41:19.000000Z",
             "    firmware        : H22.01.02.32.00",
             f"  Duration: {dur}, start: 0.000000, bitrate: {br} kb/s",
             f"  Stream #0:0[0x1](eng): Video: hevc (Main) (hvc1 / 0x31637668), yuvj420p(pc, bt709), {res} [SAR 1:1 DAR 16:9], {br - 190} kb/s, 59.94 fps",
             "  Stream #0:1[0x2](eng): Audio: aac (LC) (mp4a / 0x6134706D), 48000 Hz, stereo, fltp, 189 kb/s",
             "  Stream #0:2[0x3](eng): Data: bin_data (gpmd / 0x646D7067), 61 kb/s"]
    terminal(name, lines, "github_light", "Liberation Mono", 13, "zsh — Videos")
    scene(name, "PIL terminal (GitHub light, Liberation Mono 13)", "light", "terminal", "ffprobe of a GoPro clip (very wide lines)")
    q(name, "what resolution is the video", res, "text", "terminal", "lookup", True)
    q(name, "how long is the clip", dur, "time", "terminal", "lookup", True)


def t_kubectl_describe():
    name = "term_kubectl_describe.png"
    R = rng(name)
    restarts = R.randint(5, 19)
    lines = [P("", "~/infra", "kubectl describe pod checkout-7d9f5c6b8-xq2lm -n shop", "plain"),
             "Name:             checkout-7d9f5c6b8-xq2lm", "Namespace:        shop",
             "Node:             gke-prod-pool-2-8c1e4f7a-k3vd/10.128.0.41",
             "Start Time:       Tue, 19 Nov 2024 10:02:17 +0100", "Status:           Running",
             "Containers:", "  checkout:", "    Image:          registry.gitlab.com/acme/checkout:2.14.1",
             "    State:          Waiting", [("      Reason:       ", "fg"), ("CrashLoopBackOff", "r")],
             "    Last State:     Terminated", "      Reason:       Error", "      Exit Code:    137",
             f"    Restart Count:  {restarts}", "Events:",
             "  Type     Reason     Age                  From     Message",
             "  ----     ------     ----                 ----     -------",
             "  Normal   Pulled     12m (x6 over 21m)    kubelet  Container image already present on machine",
             [("  Warning  Unhealthy  11m (x14 over 21m)   kubelet  Liveness probe failed: HTTP probe failed with statuscode: 503", "y")],
             [("  Warning  BackOff    2m (x61 over 19m)    kubelet  Back-off restarting failed container", "y")]]
    terminal(name, lines, "ubuntu", "Hack", 14, "kubectl")
    scene(name, "PIL terminal (Ubuntu aubergine, Hack)", "dark purple", "terminal",
          "kubectl describe pod in CrashLoopBackOff with events")
    q(name, "why is the pod not running", "CrashLoopBackOff", "error", "terminal", "error", True)
    q(name, "restart count?", str(restarts), "count", "terminal", "lookup", True)
    q(name, "which image version is the checkout container on", "2.14.1", "version", "terminal", "version", True)


ALL = [t_dmesg, t_ipaddr, t_sshkeygen, t_uv, t_pyenv, t_lsof, t_smartctl, t_trivy, t_pylint, t_ctest, t_mtr,
       t_wg, t_fail2ban, t_rsync, t_valgrind, t_ffprobe, t_kubectl_describe]
