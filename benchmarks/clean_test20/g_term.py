"""Terminal screenshots drawn with PIL: window chrome + coloured monospace text."""
from common import Scene, Canvas, font, rng

SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


THEMES = {
    "tokyo": dict(bg="#1a1b26", fg="#c0caf5", r="#f7768e", g="#9ece6a", y="#e0af68", b="#7aa2f7", m="#bb9af7", c="#7dcfff", d="#565f89", bar="#16161e", light=False),
    "onelight": dict(bg="#fafafa", fg="#383a42", r="#e45649", g="#50a14f", y="#c18401", b="#4078f2", m="#a626a4", c="#0184bc", d="#a0a1a7", bar="#e5e5e6", light=True),
    "ayu": dict(bg="#0b0e14", fg="#bfbdb6", r="#f07178", g="#aad94c", y="#ffb454", b="#59c2ff", m="#d2a6ff", c="#95e6cb", d="#565b66", bar="#1c2029", light=False),
    "latte": dict(bg="#eff1f5", fg="#4c4f69", r="#d20f39", g="#40a02b", y="#df8e1d", b="#1e66f5", m="#8839ef", c="#179299", d="#9ca0b0", bar="#dce0e8", light=True),
    "everforest": dict(bg="#2d353b", fg="#d3c6aa", r="#e67e80", g="#a7c080", y="#dbbc7f", b="#7fbbb3", m="#d699b6", c="#83c092", d="#859289", bar="#232a2e", light=False),
    "rosepine": dict(bg="#191724", fg="#e0def4", r="#eb6f92", g="#9ccfd8", y="#f6c177", b="#31748f", m="#c4a7e7", c="#ebbcba", d="#6e6a86", bar="#1f1d2e", light=False),
    "campbell": dict(bg="#0c0c0c", fg="#cccccc", r="#e74856", g="#16c60c", y="#f9f1a5", b="#3b78ff", m="#b4009e", c="#61d6d6", d="#767676", bar="#202020", light=False),
    "paper": dict(bg="#f8f4e6", fg="#3b3a36", r="#b3261e", g="#3f7d20", y="#9a6700", b="#1f5fa8", m="#8a3ea8", c="#0f7b7b", d="#8d897c", bar="#e6e0cc", light=True),
    "kanagawa": dict(bg="#1f1f28", fg="#dcd7ba", r="#e46876", g="#98bb6c", y="#e6c384", b="#7e9cd8", m="#957fb8", c="#7aa89f", d="#727169", bar="#16161d", light=False),
}

FONTS = {"jb": "JetBrainsMono-Regular.ttf", "fira": "FiraCode-Regular.ttf", "hack": "Hack-Regular.ttf",
         "inco": "Inconsolata.otf", "dejavu": "DejaVuSansMono.ttf", "lib": "LiberationMono-Regular.ttf",
         "nimbus": "NimbusMonoPS-Regular.otf"}


def term(sc, lines, theme="tokyo", fnt="jb", size=15, title="Terminal", chrome="mac", min_w=760, cols=None, lhf=1.5):
    th = THEMES[theme]
    sc.theme = ("light" if th["light"] else "dark") + f" ({theme})"
    f = font(FONTS[fnt], size)
    cw = f.getlength("M")
    lh = int(size * lhf)
    norm = []
    for ln in lines:
        ln = [("fg", ln)] if isinstance(ln, str) else ln
        if fnt not in ("jb", "hack", "dejavu"):   # fonts without U+279C: plain ">" prompt
            ln = [(k, t.replace("➜", ">")) for k, t in ln]
        out, col = [], 0
        for k, t in ln:
            while "\t" in t:
                i = t.index("\t")
                pad = 8 - (col + i) % 8
                t = t[:i] + " " * pad + t[i + 1:]
            out.append((k, t))
            col += len(t)
        norm.append(out)
    maxc = cols or max(sum(len(t) for _, t in ln) for ln in norm)
    W = max(min_w, int(maxc * cw + 40))
    top = 34 if chrome != "win" else 38
    H = top + 16 + lh * len(norm) + 18
    cv = Canvas(sc, W, H, th["bg"])
    d = cv.d
    d.rectangle([0, 0, W, top], fill=th["bar"])
    tf = font("Cantarell-Regular.otf" if chrome == "gnome" else "Roboto-Regular.ttf", 13)
    tcol = th["d"] if th["light"] else "#a9adb8"
    if chrome == "mac":
        for i, col in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            d.ellipse([14 + i * 20, 11, 26 + i * 20, 23], fill=col)
        cv.ctext(W // 2, 9, title, tf, tcol)
    elif chrome == "gnome":
        cv.ctext(W // 2, 9, title, font("Cantarell-Bold.otf", 13), tcol)
        d.ellipse([W - 30, 8, W - 12, 26], fill=th["d"])
        d.line([W - 25, 13, W - 17, 21], fill=th["bar"], width=2)
        d.line([W - 25, 21, W - 17, 13], fill=th["bar"], width=2)
    elif chrome == "win":
        d.rectangle([8, 6, 250, top], fill=th["bg"])
        cv.text((20, 14), title, tf, tcol)
        cv.text((W - 110, 10), "—    ☐    ✕", font("DejaVuSans.ttf", 13), tcol)
    y = top + 12
    for ln in norm:
        x = 18
        for key, t in ln:
            col = th.get(key, key) if key != "fg" else th["fg"]
            bold = key.endswith("!")
            if bold:
                col = th[key[:-1]]
            d.text((x, y), t, font=f, fill=col)
            if bold:
                d.text((x + 1, y), t, font=f, fill=col)
            x += cw * len(t)
        sc.texts.append("".join(t for _, t in ln))
        y += lh
    cv.save()


def prompt(user, host, path, cmd, style="bash"):
    if style == "bash":
        return [("g!", f"{user}@{host}"), ("fg", ":"), ("b!", path), ("fg", "$ "), ("fg", cmd)]
    if style == "zsh":
        return [("c", "➜  "), ("b!", path), ("fg", " "), ("fg", cmd)]
    if style == "fish":
        return [("g", user), ("fg", "@"), ("fg", host), ("fg", " "), ("g", path), ("fg", "> "), ("fg", cmd)]
    if style == "ps":
        return [("fg", f"PS {path}> "), ("y", cmd)]
    return [("fg", cmd)]


@scene
def term_lsblk():
    sc = Scene("term_lsblk", "terminal", "`lsblk` block devices")
    rows = [("sda", "8:0", 0, "931.5G", "disk", ""), ("├─sda1", "8:1", 0, "512M", "part", "/boot/efi"),
            ("├─sda2", "8:2", 0, "900G", "part", "/home"), ("└─sda3", "8:3", 0, "31G", "part", "[SWAP]"),
            ("sdb", "8:16", 1, "58.6G", "disk", ""), ("└─sdb1", "8:17", 1, "58.6G", "part", "/media/lena/KINGSTON"),
            ("nvme0n1", "259:0", 0, "476.9G", "disk", ""), ("├─nvme0n1p1", "259:1", 0, "1G", "part", "/boot"),
            ("└─nvme0n1p2", "259:2", 0, "475.9G", "part", "/")]
    lines = [prompt("lena", "thinkpad", "~", "lsblk"),
             [("b!", f"{'NAME':<12}{'MAJ:MIN':>8} RM {'SIZE':>7} RO TYPE MOUNTPOINTS")]]
    for n, mm, rm, s, t, mp in rows:
        lines.append(f"{n:<12}{mm:>8} {rm:>2} {s:>7}  0 {t:<4} {mp}")
    lines.append(prompt("lena", "thinkpad", "~", ""))
    term(sc, lines, "tokyo", "jb", 15, "lena@thinkpad: ~")
    sc.q("where is my usb stick mounted? (the removable one)", "/media/lena/KINGSTON", "text", "lookup", True)
    sc.q("How many partitions are on sda?", sum(1 for r in rows if "sda" in r[0] and r[4] == "part"), "count", "count", False)
    return sc


@scene
def term_ss():
    sc = Scene("term_ss", "terminal", "`ss -tlnp` listening sockets")
    socks = [("0.0.0.0:22", "sshd", 811), ("127.0.0.1:5432", "postgres", 1024), ("127.0.0.1:6379", "redis-server", 997),
             ("0.0.0.0:80", "nginx", 1310), ("0.0.0.0:443", "nginx", 1310), ("127.0.0.1:3000", "node", 24417),
             ("[::]:22", "sshd", 811), ("127.0.0.53%lo:53", "systemd-resolve", 640)]
    lines = [prompt("deploy", "api-prod-2", "~", "sudo ss -tlnp"),
             [("b!", "State   Recv-Q  Send-Q  Local Address:Port        Peer Address:Port  Process")]]
    for la, p, pid in socks:
        lines.append(f"LISTEN  0       {511 if p == 'nginx' else 128:<6}  {la:<25} {'0.0.0.0:*':<17}  users:((\"{p}\",pid={pid},fd=6))")
    lines.append(prompt("deploy", "api-prod-2", "~", ""))
    term(sc, lines, "onelight", "fira", 14, "deploy@api-prod-2", chrome="gnome")
    sc.q("what's listening on port 5432", "postgres", "text", "lookup", True)
    sc.q("how many listening sockets are there in total", len(socks), "count", "count", False)
    return sc


@scene
def term_nvidia():
    sc = Scene("term_nvidia_smi", "terminal", "`nvidia-smi` GPU table with processes")
    gpus = [(0, "NVIDIA RTX A5000", 61, 173, 230, 18432, 24564, 87), (1, "NVIDIA RTX A5000", 44, 62, 230, 3120, 24564, 9)]
    procs = [(0, 41822, "python3 train_seg.py", 14210), (0, 41907, "python3 eval_loop.py", 4210), (1, 5120, "/usr/bin/Xorg", 412),
             (1, 50233, "jupyter-lab", 2708)]
    L = ["Wed Dec  2 14:06:51 2026",
         "+-----------------------------------------------------------------------------------------+",
         "| NVIDIA-SMI 550.127.05             Driver Version: 550.127.05     CUDA Version: 12.4     |",
         "|-----------------------------------------+------------------------+----------------------+",
         "| GPU  Name                 Persistence-M | Bus-Id          Disp.A | Volatile Uncorr. ECC |",
         "| Fan  Temp   Perf          Pwr:Usage/Cap |           Memory-Usage | GPU-Util  Compute M. |",
         "|=========================================+========================+======================|"]
    for i, n, t, pw, cap, mu, mt, ut in gpus:
        L.append(f"|   {i}  {n:<24}     Off |   00000000:{'3B' if i == 0 else 'AF'}:00.0 Off |                  Off |")
        L.append(f"| 30%   {t}C    P2            {pw}W / {cap}W |  {f'{mu}MiB / {mt}MiB':>20} |     {ut:>3}%      Default |")
        L.append("+-----------------------------------------+------------------------+----------------------+")
    L += ["", "+-----------------------------------------------------------------------------------------+",
          "| Processes:                                                                              |",
          "|  GPU   GI   CI        PID   Type   Process name                              GPU Memory |",
          "|=========================================================================================|"]
    for g, pid, n, m in procs:
        L.append(f"|    {g}   N/A  N/A    {pid:>7}      {'G' if 'Xorg' in n else 'C'}   {n:<40}{f'{m}MiB':>10} |")
    L.append("+-----------------------------------------------------------------------------------------+")
    lines = [prompt("ml", "gpu-box", "~/seg", "nvidia-smi", "zsh")] + L
    term(sc, lines, "ayu", "dejavu", 13, "ml@gpu-box — zsh")
    top = max(procs, key=lambda p: p[3])
    sc.q("nvidia driver version?", "550.127.05", "version", "version", True)
    sc.q("which process is eating the most gpu memory", top[2], "text", "argmax", True)
    sc.q("how much memory is still free on gpu 0 (MiB)", gpus[0][6] - gpus[0][5], "number", "subtract", False)
    return sc


@scene
def term_brew():
    sc = Scene("term_brew", "terminal", "`brew --version` + `brew outdated --verbose` (macOS)")
    out = [("node", "22.11.0", "23.3.0"), ("ffmpeg", "7.0.2", "7.1"), ("gh", "2.61.0", "2.63.2"), ("postgresql@16", "16.4", "16.6"),
           ("python@3.13", "3.13.0", "3.13.1"), ("ripgrep", "14.1.0", "14.1.1"), ("openssl@3", "3.3.2", "3.4.0")]
    lines = [prompt("", "", "~", "brew --version", "zsh"), "Homebrew 4.4.11",
             prompt("", "", "~", "brew outdated --verbose", "zsh")]
    for n, a, b in out:
        lines.append([("b!", n), ("fg", f" ({a}) < "), ("g", b)])
    lines.append(prompt("", "", "~", "", "zsh"))
    term(sc, lines, "latte", "hack", 15, "~ — zsh — 92×24", min_w=820)
    sc.q("what version of homebrew is this", "4.4.11", "version", "version", True)
    sc.q("how many packages are outdated?", len(out), "count", "count", False)
    return sc


@scene
def term_gotest():
    sc = Scene("term_go_test", "terminal", "`go test ./...` with one failing package")
    pk = [("ok", "github.com/ferrow/ledger/internal/api", "0.412s"), ("?", "github.com/ferrow/ledger/cmd/ledger", "[no test files]"),
          ("ok", "github.com/ferrow/ledger/internal/importer", "1.087s"), ("FAIL", "github.com/ferrow/ledger/internal/money", "0.031s"),
          ("ok", "github.com/ferrow/ledger/internal/report", "0.256s"), ("ok", "github.com/ferrow/ledger/internal/store", "2.344s")]
    lines = [prompt("ana", "dev", "~/src/ledger", "go test ./...", "fish")]
    for st, p, t in pk:
        if st == "FAIL":
            lines += [[("r!", "--- FAIL: TestRoundHalfEven/negative_half (0.00s)")],
                      "    money_test.go:57: Round(-2.5) = -3, want -2", [("r!", "FAIL")],
                      [("r!", "FAIL"), ("fg", f"\t{p}\t{t}")]]
        elif st == "ok":
            lines.append([("g", "ok  "), ("fg", f"\t{p}\t{t}")])
        else:
            lines.append([("d", f"?   \t{p}\t{t}")])
    lines += [[("r!", "FAIL")], prompt("ana", "dev", "~/src/ledger", "", "fish")]
    term(sc, lines, "everforest", "jb", 15, "fish  ~/src/ledger")
    oks = [x for x in pk if x[0] == "ok"]
    slow = max(oks, key=lambda x: float(x[2][:-1]))
    sc.q("name of the failing test?", "TestRoundHalfEven/negative_half", "text", "error", True)
    sc.q("which package's tests took longest", slow[1], "text", "argmax", True)
    return sc


@scene
def term_tsc():
    sc = Scene("term_tsc", "terminal", "`npx tsc --noEmit` TypeScript errors (pretty)")
    errs = [("src/api/client.ts", 42, 17, "TS2339", "Property 'baseURL' does not exist on type 'Config'."),
            ("src/components/Cart.tsx", 88, 5, "TS2322", "Type 'string' is not assignable to type 'number'."),
            ("src/utils/date.ts", 12, 30, "TS7006", "Parameter 'd' implicitly has an 'any' type.")]
    lines = [prompt("", "", "~/shopfront", "npx tsc --noEmit", "zsh")]
    for f, l, c, code, msg in errs:
        lines.append([("c", f), ("fg", ":"), ("y", str(l)), ("fg", ":"), ("y", str(c)), ("fg", " - "), ("r", "error"), ("d", f" {code}: "), ("fg", msg)])
        lines.append("")
    lines.append(f"Found {len(errs)} errors in {len(errs)} files.")
    lines.append("")
    lines.append("Errors  Files")
    for f, l, *_ in errs:
        lines.append(f"     1  {f}:{l}")
    term(sc, lines, "rosepine", "fira", 15, "shopfront — zsh")
    sc.q("what's the error code for Cart.tsx", "TS2322", "code", "lookup", True)
    sc.q("what is the error in client.ts", errs[0][4], "error", "error", True)
    return sc


@scene
def term_mvn():
    sc = Scene("term_mvn", "terminal", "`mvn test` BUILD FAILURE in Windows Terminal")
    suites = [("com.harbor.billing.CurrencyTest", 5, 0, 0, 1, "0.118"), ("com.harbor.billing.InvoiceServiceTest", 8, 1, 0, 0, "0.412"),
              ("com.harbor.billing.TaxTableTest", 11, 0, 0, 0, "0.064")]
    lines = [prompt("", "", "C:\\dev\\harbor-billing", "mvn test", "ps"),
             [("b!", "[INFO] "), ("fg", "-------------------------------------------------------")],
             [("b!", "[INFO] "), ("fg", " T E S T S")],
             [("b!", "[INFO] "), ("fg", "-------------------------------------------------------")]]
    for n, r, f, e, s, t in suites:
        lines.append([("b!", "[INFO] "), ("fg", f"Running {n}")])
        if f:
            lines.append([("r!", "[ERROR] "), ("fg", f"Tests run: {r}, Failures: {f}, Errors: {e}, Skipped: {s}, Time elapsed: {t} s <<< FAILURE! -- in {n}")])
            lines.append([("r!", "[ERROR] "), ("fg", f"{n}.roundsVatHalfUp -- Time elapsed: 0.031 s <<< FAILURE!")])
            lines.append("org.opentest4j.AssertionFailedError: expected: <19.00> but was: <18.99>")
            lines.append("        at com.harbor.billing.InvoiceServiceTest.roundsVatHalfUp(InvoiceServiceTest.java:74)")
        else:
            lines.append([("b!", "[INFO] "), ("fg", f"Tests run: {r}, Failures: {f}, Errors: {e}, Skipped: {s}, Time elapsed: {t} s -- in {n}")])
    R = sum(s[1] for s in suites)
    F = sum(s[2] for s in suites)
    S = sum(s[4] for s in suites)
    lines += [[("b!", "[INFO] ")], [("b!", "[INFO] "), ("fg", "Results:")],
              [("r!", "[ERROR] "), ("fg", f"Tests run: {R}, Failures: {F}, Errors: 0, Skipped: {S}")],
              [("b!", "[INFO] "), ("fg", "------------------------------------------------------------------------")],
              [("b!", "[INFO] "), ("r!", "BUILD FAILURE")],
              [("b!", "[INFO] "), ("fg", "Total time:  6.284 s")],
              [("b!", "[INFO] "), ("fg", "Finished at: 2026-09-30T16:41:07+02:00")]]
    term(sc, lines, "campbell", "lib", 14, "Windows PowerShell", chrome="win")
    sc.q("which test method is failing", "roundsVatHalfUp", "text", "read", True)
    sc.q("what's the assertion error", "AssertionFailedError: expected: <19.00> but was: <18.99>", "error", "error", True)
    return sc


@scene
def term_terraform():
    sc = Scene("term_terraform", "terminal", "`terraform plan` summary (light sepia)")
    lines = [prompt("ops", "bastion", "~/infra/prod", "terraform plan -no-color | tail -n 24"),
             "  # aws_instance.web[1] must be replaced",
             "-/+ resource \"aws_instance\" \"web\" {",
             "      ~ instance_type = \"t3.small\" -> \"t3.medium\"",
             "      ~ ami           = \"ami-0c1a4f7d2e8b93a55\" -> \"ami-07fe21b9d4c6e0a18\" # forces replacement",
             "    }",
             "  # aws_s3_bucket.access_logs will be created",
             "  + resource \"aws_s3_bucket\" \"access_logs\" {",
             "      + bucket = \"acme-prod-access-logs\"",
             "    }",
             "  # aws_cloudwatch_log_group.api will be created",
             "  # aws_iam_role.ci_deploy will be created",
             "  # aws_security_group.legacy_admin will be destroyed",
             "  # aws_eip.old_nat will be destroyed",
             "  # aws_lb_listener.https will be updated in-place",
             "      ~ ssl_policy = \"ELBSecurityPolicy-2016-08\" -> \"ELBSecurityPolicy-TLS13-1-2-2021-06\"",
             "",
             "Plan: 4 to add, 1 to change, 3 to destroy.",
             ]
    th_lines = []
    for l in lines:
        if isinstance(l, list):
            th_lines.append(l)
        elif "will be created" in l or l.strip().startswith("+"):
            th_lines.append([("g", l)])
        elif "destroyed" in l:
            th_lines.append([("r", l)])
        elif "replaced" in l or l.startswith("-/+"):
            th_lines.append([("m", l)])
        elif "~" in l or "in-place" in l:
            th_lines.append([("y", l)])
        elif l.startswith("Plan:"):
            th_lines.append([("b!", l)])
        else:
            th_lines.append(l)
    term(sc, th_lines, "paper", "dejavu", 14, "ops@bastion: ~/infra/prod", chrome="gnome")
    # counts: replace counts as 1 add + 1 destroy
    created = sum(1 for l in lines if isinstance(l, str) and "will be created" in l)
    destroyed = sum(1 for l in lines if isinstance(l, str) and "will be destroyed" in l)
    assert created + 1 == 4 and destroyed + 1 == 3
    sc.q("how many resources will it destroy", "3", "count", "lookup", True)
    sc.q("which resource is getting replaced?", "aws_instance.web[1]", "code", "read", True)
    return sc


@scene
def term_pm2():
    sc = Scene("term_pm2", "terminal", "`pm2 ls` process table with box drawing")
    apps = [(0, "api", "cluster", 3, "online", "1.2%", "142.6mb"), (1, "api", "cluster", 2, "online", "0.9%", "139.1mb"),
            (2, "worker-mail", "fork", 15, "errored", "0%", "0b"), (3, "scheduler", "fork", 0, "online", "0.1%", "58.3mb"),
            (4, "web-ssr", "fork", 1, "online", "4.7%", "311.8mb"), (5, "queue-sync", "fork", 0, "stopped", "0%", "0b")]
    w = [4, 15, 10, 5, 11, 8, 11]
    sep = lambda a, b, c: "".join([a] + [("─" * (x + 2)) + (b if i < len(w) - 1 else c) for i, x in enumerate(w)])
    hdr = ["id", "name", "mode", "↺", "status", "cpu", "memory"]

    def row(cells, colours=None):
        segs = [("fg", "│")]
        for i, (cval, x) in enumerate(zip(cells, w)):
            key = colours[i] if colours else "b!"
            segs += [("fg", " "), (key, f"{str(cval):<{x}}"), ("fg", " │")]
        return segs
    lines = [prompt("node", "app-01", "~", "pm2 ls"), sep("┌", "┬", "┐"), row(hdr), sep("├", "┼", "┤")]
    for a in apps:
        stc = {"online": "g!", "errored": "r!", "stopped": "d"}[a[4]]
        lines.append(row(a, ["fg", "c!", "fg", "fg", stc, "fg", "fg"]))
    lines.append(sep("└", "┴", "┘"))
    term(sc, lines, "kanagawa", "dejavu", 15, "node@app-01: ~", lhf=1.2)
    sc.q("how much memory is web-ssr using", "311.8mb", "text", "cell", True)
    sc.q("how many processes are online", sum(1 for a in apps if a[4] == "online"), "count", "count", False)
    sc.q("which app has restarted the most times", max(apps, key=lambda a: a[3])[1], "text", "argmax", True)
    return sc


@scene
def term_journal():
    sc = Scene("term_journalctl", "terminal", "`journalctl -u caddy` service log with errors")
    ev = [("Dec 04 06:58:12", "I", "Started caddy.service - Caddy web server."),
          ("Dec 04 06:58:12", "I", "{\"level\":\"info\",\"msg\":\"serving initial configuration\"}"),
          ("Dec 04 08:13:40", "W", "{\"level\":\"warn\",\"msg\":\"stapling OCSP\",\"error\":\"no OCSP server specified\"}"),
          ("Dec 04 09:27:05", "E", "{\"level\":\"error\",\"msg\":\"dial tcp 127.0.0.1:8080: connect: connection refused\"}"),
          ("Dec 04 09:27:06", "E", "{\"level\":\"error\",\"msg\":\"dial tcp 127.0.0.1:8080: connect: connection refused\"}"),
          ("Dec 04 11:02:51", "I", "{\"level\":\"info\",\"msg\":\"certificate obtained successfully\",\"identifier\":\"shop.vellum.io\"}"),
          ("Dec 04 13:44:19", "E", "{\"level\":\"error\",\"msg\":\"tls: client offered only unsupported versions: [301]\"}"),
          ("Dec 04 14:10:02", "I", "{\"level\":\"info\",\"msg\":\"received request\",\"uri\":\"/healthz\",\"status\":200}")]
    lines = [prompt("root", "edge-fra1", "~", "journalctl -u caddy --since today --no-pager", "bash"),
             [("d", "Dec 04 06:58:11 edge-fra1 systemd[1]: Starting caddy.service - Caddy web server...")]]
    for t, lv, m in ev:
        who = "systemd[1]" if m.startswith("Started") else "caddy[1187]"
        col = {"I": "fg", "W": "y", "E": "r!"}[lv]
        lines.append([("d", f"{t} edge-fra1 {who}: "), (col, m)])
    term(sc, lines, "kanagawa", "inco", 16, "root@edge-fra1", chrome="gnome", min_w=1150)
    errs = [e for e in ev if e[1] == "E"]
    last = errs[-1]
    sc.q("what was the most recent error in the caddy log", "tls: client offered only unsupported versions: [301]", "error", "latest", True)
    sc.q("at what time did that last error happen", last[0].split()[-1], "time", "latest", True)
    return sc


@scene
def term_dstats():
    sc = Scene("term_docker_stats", "terminal", "`docker stats --no-stream` resource table")
    cs = [("a41f0c2e9b11", "shop-web", 12.41, "412.3MiB / 7.62GiB", 5.28, "1.21GB / 988MB", 31),
          ("7c0e51d3aa02", "shop-worker", 38.07, "655.9MiB / 7.62GiB", 8.41, "88.2MB / 41.7MB", 17),
          ("e2b9907f1c45", "postgres", 3.12, "318.4MiB / 7.62GiB", 4.08, "420MB / 1.05GB", 24),
          ("19dd3b6e0f78", "redis", 0.58, "21.7MiB / 7.62GiB", 0.28, "310MB / 297MB", 6),
          ("5f6a8c4b2d90", "traefik", 1.94, "48.9MiB / 7.62GiB", 0.63, "2.4GB / 2.39GB", 11)]
    lines = [prompt("", "", "~/shop", "docker stats --no-stream", "zsh"),
             [("b!", f"{'CONTAINER ID':<14}{'NAME':<13}{'CPU %':<9}{'MEM USAGE / LIMIT':<21}{'MEM %':<8}{'NET I/O':<18}PIDS")]]
    for cid, n, cpu, mem, mp, net, p in cs:
        lines.append(f"{cid:<14}{n:<13}{f'{cpu:.2f}%':<9}{mem:<21}{f'{mp:.2f}%':<8}{net:<18}{p}")
    term(sc, lines, "tokyo", "hack", 14, "~/shop — docker stats", min_w=800)
    sc.q("which container is using the most cpu?", max(cs, key=lambda c: c[2])[1], "text", "argmax", True)
    sc.q("redis mem usage?", "21.7MiB", "text", "cell", True)
    sc.q("is postgres above 5% memory", "yes" if cs[2][4] > 5 else "no", "yesno", "compare_more", False)
    return sc


@scene
def term_mysql():
    sc = Scene("term_mysql", "terminal", "mysql client query with ASCII table")
    rows = [(1038, "Nordlicht GmbH", "DE", 1249.90, "shipped"), (1039, "Olsen & Dahl", "DK", 389.00, "pending"),
            (1040, "Brasserie Lumen", "BE", 2210.45, "shipped"), (1041, "Kovač d.o.o.", "HR", 157.30, "cancelled"),
            (1042, "Hallberg AB", "SE", 978.60, "shipped"), (1043, "Tessitura Rossi", "IT", 3120.00, "pending"),
            (1044, "Weber & Söhne", "DE", 642.75, "shipped"), (1045, "Mar Azul SL", "ES", 815.20, "shipped")]
    w = [6, 17, 9, 9, 11]
    sep = "+" + "+".join("-" * (x + 2) for x in w) + "+"
    fmt = lambda cells: "| " + " | ".join((f"{str(c):>{x}}" if isinstance(c, (int, float)) else f"{str(c):<{x}}") for c, x in zip(cells, w)) + " |"
    lines = [[("g!", "mysql> "), ("fg", "SELECT id, customer, country, total, status FROM orders")],
             [("g!", "    -> "), ("fg", "WHERE created_at >= '2026-11-01' ORDER BY id;")], sep, fmt(["id", "customer", "country", "total", "status"]), sep]
    for r in rows:
        lines.append(fmt([r[0], r[1], r[2], f"{r[3]:.2f}", r[4]]).replace(f"| {f'{r[3]:.2f}':<9}", f"| {f'{r[3]:.2f}':>9}"))
    lines += [sep, f"{len(rows)} rows in set (0.01 sec)", "", [("g!", "mysql> ")]]
    term(sc, lines, "onelight", "nimbus", 15, "mysql — shopdb@db-eu-1", chrome="mac")
    sc.q("what's the total on order 1042", "978.60", "number", "cell", True)
    sc.q("how many orders are still pending?", sum(1 for r in rows if r[4] == "pending"), "count", "count", False)
    sc.q("average order total (all rows)?", f"{sum(r[3] for r in rows) / len(rows):.2f}", "number", "mean", False)
    return sc


@scene
def term_ansible():
    sc = Scene("term_ansible", "terminal", "ansible-playbook run with a fatal task and PLAY RECAP")
    hosts = [("web01", 14, 3, 0, 0, 2), ("web02", 14, 5, 0, 0, 2), ("db01", 11, 1, 0, 0, 0), ("db02", 7, 0, 0, 1, 0), ("cache01", 9, 2, 0, 0, 1)]
    lines = [prompt("ci", "runner-3", "~/playbooks", "ansible-playbook -i prod site.yml --limit 'web:db:cache'"),
             "", "TASK [postgres : Ensure replication slot exists] **********************************",
             [("g", "ok: [db01]")],
             [("r!", "fatal: [db02]: FAILED! => {\"changed\": false, \"msg\": \"could not connect to server: Connection timed out\"}")],
             "", "PLAY RECAP ***********************************************************************"]
    for h, ok, ch, un, fl, sk in hosts:
        hk = "r!" if fl else ("y" if ch else "g")
        lines.append([(hk, f"{h:<26}"), ("fg", ": "), ("g", f"ok={ok:<4}"), ("y" if ch else "fg", f"changed={ch:<4}"),
                      ("fg", f"unreachable={un:<4}"), ("r" if fl else "fg", f"failed={fl:<4}"), ("c", f"skipped={sk:<4}"),
                      ("fg", "rescued=0    ignored=0")])
    term(sc, lines, "ayu", "jb", 14, "ci@runner-3")
    sc.q("which host failed?", "db02", "text", "read", True)
    sc.q("what was the error on the failing host", "could not connect to server: Connection timed out", "error", "error", True)
    return sc


@scene
def term_gittags():
    sc = Scene("term_git_tags", "terminal", "`git branch -vv` + `git tag --sort`")
    br = [("develop", "4f2c9a1", "[origin/develop]", "Merge pull request #412 from mira/fix-csv"),
          ("feature/pdf-export", "b81e07d", "[origin/feature/pdf-export: ahead 2, behind 5]", "wip: page breaks"),
          ("main", "9d03e55", "[origin/main]", "Release v2.14.1"),
          ("hotfix/tz-offset", "c6a1f20", "[origin/hotfix/tz-offset: ahead 1]", "Fix DST offset in reports")]
    cur = "feature/pdf-export"
    tags = ["v2.14.1", "v2.14.0", "v2.13.3", "v2.13.2", "v2.13.1", "v2.13.0", "v2.12.0"]
    lines = [prompt("mira", "mbp", "~/code/invoicer", "git branch -vv", "fish")]
    for b, h, up, msg in br:
        mark = "* " if b == cur else "  "
        lines.append([("g!" if b == cur else "fg", f"{mark}{b:<20}"), ("y", f" {h} "), ("b", up), ("fg", f" {msg}")])
    lines += [prompt("mira", "mbp", "~/code/invoicer", "git tag --sort=-v:refname | head -7", "fish")] + tags
    lines.append(prompt("mira", "mbp", "~/code/invoicer", "", "fish"))
    term(sc, lines, "rosepine", "jb", 15, "fish — invoicer")
    sc.q("which branch am i on right now", cur, "text", "selected", True)
    sc.q("latest tag?", tags[0], "version", "latest", True)
    return sc


@scene
def term_jest():
    sc = Scene("term_jest", "terminal", "`npm test` (jest) with failing suite")
    suites = [("PASS", "src/utils/money.test.ts", "0.8 s"), ("PASS", "src/hooks/useCart.test.tsx", "1.9 s"),
              ("FAIL", "src/components/Checkout.test.tsx", "3.2 s"), ("PASS", "src/api/orders.test.ts", "1.1 s")]
    lines = [prompt("", "", "~/web/storefront", "npm test -- --silent", "zsh")]
    for st, f, t in suites:
        lines.append([("b!", "") if False else ("fg", ""), (("g!" if st == "PASS" else "r!"), f" {st} "), ("fg", f" {f} ({t})")])
    lines += ["", [("r!", "  ● Checkout › applies the coupon only once")], "",
              "    expect(received).toBe(expected) // Object.is equality", "",
              [("g", "    Expected: 45")], [("r", "    Received: 40.5")], "",
              "      at Object.<anonymous> (src/components/Checkout.test.tsx:63:31)", "",
              [("b!", "Test Suites: "), ("r!", "1 failed"), ("fg", ", "), ("g!", "3 passed"), ("fg", ", 4 total")],
              [("b!", "Tests:       "), ("r!", "2 failed"), ("fg", ", "), ("g!", "41 passed"), ("fg", ", 43 total")],
              [("b!", "Snapshots:   "), ("fg", "0 total")], [("b!", "Time:        "), ("fg", "7.93 s")], "Ran all test suites."]
    term(sc, lines, "latte", "fira", 14, "storefront — npm test", min_w=780)
    sc.q("how many tests passed", "41", "count", "lookup", True)
    sc.q("which test file failed?", "src/components/Checkout.test.tsx", "text", "read", True)
    return sc


@scene
def term_curl():
    sc = Scene("term_curl_jq", "terminal", "`curl | jq` JSON health endpoint")
    js = ["{", '  "service": "payments-gateway",', '  "status": "degraded",', '  "version": "3.8.2",', '  "commit": "e41c09b",',
          '  "uptime_seconds": 734412,', '  "checks": {', '    "database": "ok",', '    "cache": "timeout",', '    "queue": "ok",',
          '    "fraud_api": "ok"', "  },", '  "region": "eu-west-3"', "}"]
    lines = [prompt("sam", "laptop", "~", "curl -s https://pay.internal.vellum.io/health | jq", "bash")]
    for l in js:
        if ":" in l:
            k, v = l.split(":", 1)
            vc = "g" if '"' in v else "c"
            lines.append([("b!", k), ("fg", ":"), (vc, v)])
        else:
            lines.append(l)
    lines.append(prompt("sam", "laptop", "~", ""))
    term(sc, lines, "everforest", "hack", 15, "sam@laptop: ~", chrome="gnome")
    sc.q("what version is the payments gateway running", "3.8.2", "version", "version", True)
    sc.q("which health check is not ok", "cache", "text", "lookup", True)
    return sc
