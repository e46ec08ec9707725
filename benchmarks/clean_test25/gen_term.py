"""Terminal screenshots drawn with Pillow (14 scenes)."""
import datetime as dt

from PIL import Image, ImageDraw

from common import scene, font, fmt

THEMES = {
    "adwaita_dark": dict(bg="#1e1e1e", fg="#deddda", red="#f66151", green="#8ff0a4", yellow="#f9f06b",
                         blue="#99c1f1", magenta="#dc8add", cyan="#93ddc2", dim="#9a9996", bar="#303030",
                         bartext="#deddda", chrome="linux"),
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", red="#fb4934", green="#b8bb26", yellow="#fabd2f",
                    blue="#83a598", magenta="#d3869b", cyan="#8ec07c", dim="#928374", bar="#3c3836",
                    bartext="#ebdbb2", chrome="mac"),
    "nord": dict(bg="#2e3440", fg="#d8dee9", red="#bf616a", green="#a3be8c", yellow="#ebcb8b",
                 blue="#81a1c1", magenta="#b48ead", cyan="#88c0d0", dim="#616e88", bar="#3b4252",
                 bartext="#e5e9f0", chrome="mac"),
    "github_dark": dict(bg="#0d1117", fg="#c9d1d9", red="#ff7b72", green="#3fb950", yellow="#d29922",
                        blue="#58a6ff", magenta="#bc8cff", cyan="#39c5cf", dim="#8b949e", bar="#161b22",
                        bartext="#c9d1d9", chrome="linux"),
    "one_light": dict(bg="#fafafa", fg="#383a42", red="#e45649", green="#50a14f", yellow="#c18401",
                      blue="#4078f2", magenta="#a626a4", cyan="#0184bc", dim="#a0a1a7", bar="#e5e5e6",
                      bartext="#383a42", chrome="mac"),
    "tokyo_night": dict(bg="#1a1b26", fg="#c0caf5", red="#f7768e", green="#9ece6a", yellow="#e0af68",
                        blue="#7aa2f7", magenta="#bb9af7", cyan="#7dcfff", dim="#565f89", bar="#16161e",
                        bartext="#a9b1d6", chrome="linux"),
    "solarized_light": dict(bg="#fdf6e3", fg="#586e75", red="#dc322f", green="#859900", yellow="#b58900",
                            blue="#268bd2", magenta="#d33682", cyan="#2aa198", dim="#93a1a1", bar="#eee8d5",
                            bartext="#586e75", chrome="mac"),
    "ubuntu": dict(bg="#300a24", fg="#ffffff", red="#ef2929", green="#8ae234", yellow="#fce94f",
                   blue="#729fcf", magenta="#ad7fa8", cyan="#34e2e2", dim="#b0a4ad", bar="#3c3b37",
                   bartext="#dfdbd2", chrome="ubuntu"),
    "monokai": dict(bg="#272822", fg="#f8f8f2", red="#f92672", green="#a6e22e", yellow="#e6db74",
                    blue="#66d9ef", magenta="#ae81ff", cyan="#a1efe4", dim="#75715e", bar="#1e1f1c",
                    bartext="#f8f8f2", chrome="mac"),
    "campbell": dict(bg="#0c0c0c", fg="#cccccc", red="#e74856", green="#16c60c", yellow="#f9f1a5",
                     blue="#3b78ff", magenta="#b4009e", cyan="#61d6d6", dim="#767676", bar="#ffffff",
                     bartext="#000000", chrome="windows"),
    "green_crt": dict(bg="#031a06", fg="#33ff66", red="#ff5f5f", green="#33ff66", yellow="#ccff66",
                      blue="#66ffcc", magenta="#99ff99", cyan="#66ffcc", dim="#1f9e40", bar="#0a2a10",
                      bartext="#33ff66", chrome="linux"),
    "material": dict(bg="#263238", fg="#eeffff", red="#f07178", green="#c3e88d", yellow="#ffcb6b",
                     blue="#82aaff", magenta="#c792ea", cyan="#89ddff", dim="#546e7a", bar="#1e272c",
                     bartext="#b0bec5", chrome="linux"),
    "latte": dict(bg="#eff1f5", fg="#4c4f69", red="#d20f39", green="#40a02b", yellow="#df8e1d",
                  blue="#1e66f5", magenta="#8839ef", cyan="#179299", dim="#8c8fa1", bar="#dce0e8",
                  bartext="#4c4f69", chrome="mac"),
    "ayu_dark": dict(bg="#0b0e14", fg="#bfbdb6", red="#f07178", green="#aad94c", yellow="#e6b450",
                     blue="#59c2ff", magenta="#d2a6ff", cyan="#95e6cb", dim="#565b66", bar="#131721",
                     bartext="#bfbdb6", chrome="linux"),
}

FONTS = {
    "jetbrains": ("JetBrainsMono-Regular.ttf", "JetBrainsMono-Bold.ttf"),
    "hack": ("Hack-Regular.ttf", "Hack-Bold.ttf"),
    "dejavu": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf"),
    "fira": ("FiraCode-Regular.ttf", "FiraCode-Bold.ttf"),
    "liberation": ("LiberationMono-Regular.ttf", "LiberationMono-Bold.ttf"),
    "inconsolata": ("Inconsolata.otf", "Inconsolata.otf"),
    "nimbus": ("NimbusMonoPS-Regular.otf", "NimbusMonoPS-Bold.otf"),
}


def term(s, title, lines, theme, fnt="jetbrains", size=15, min_cols=60):
    """lines: list of str or list of (text, colourkey[, bold])."""
    th = THEMES[theme]
    f_reg = font(FONTS[fnt][0], size)
    f_bold = font(FONTS[fnt][1], size)
    cw = f_reg.getlength("M")
    lh = int(size * 1.45)
    norm_lines = []
    for ln in lines:
        if isinstance(ln, str):
            ln = [(ln, "fg")]
        norm_lines.append(ln)
    ncols = max([min_cols] + [sum(len(t[0]) for t in ln) for ln in norm_lines])
    pad = 14
    bar_h = 30 if th["chrome"] != "windows" else 32
    text_w = max([cw * min_cols] + [f_bold.getlength("".join(t[0] for t in ln)) for ln in norm_lines])
    W = int(max(ncols * cw, text_w) + 2 * pad)
    H = bar_h + pad + lh * len(norm_lines) + pad
    im = Image.new("RGB", (W, H), th["bg"])
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, bar_h], fill=th["bar"])
    tf = font("DejaVuSans.ttf", 13)
    if th["chrome"] == "mac":
        for i, c in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=c)
        d.text((W / 2, bar_h / 2), title, fill=th["bartext"], font=tf, anchor="mm")
    elif th["chrome"] == "ubuntu":
        for i, c in enumerate(["#e95420", "#7f7f7f", "#7f7f7f"]):
            d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=c)
        d.text((W / 2, bar_h / 2), title, fill=th["bartext"], font=tf, anchor="mm")
    elif th["chrome"] == "windows":
        d.text((12, bar_h / 2), title, fill=th["bartext"], font=tf, anchor="lm")
        for i, sym in enumerate(["\u2013", "\u25a1", "\u00d7"]):
            d.text((W - 20 - i * 40, bar_h / 2), sym, fill=th["bartext"], font=tf, anchor="mm")
    else:
        d.text((W / 2, bar_h / 2), title, fill=th["bartext"], font=tf, anchor="mm")
        d.text((W - 18, bar_h / 2), "\u00d7", fill=th["bartext"], font=tf, anchor="mm")
    y = bar_h + pad
    strings = []
    for ln in norm_lines:
        x = pad
        full = ""
        for seg in ln:
            text, key = seg[0], seg[1]
            bold = len(seg) > 2 and seg[2]
            d.text((x, y), text, fill=th[key], font=f_bold if bold else f_reg)
            x += cw * len(text)
            full += text
        strings.append(full)
        y += lh
    s.pil(im, strings)
    s.meta["theme"] = s.meta["theme"] or theme


def prompt(user, host, path, cmd, style="bash"):
    if style == "bash":
        return [(f"{user}@{host}", "green", True), (":", "fg"), (path, "blue", True), ("$ ", "fg"), (cmd, "fg")]
    if style == "zsh":
        return [(f"{user}@{host} ", "fg"), (path, "cyan", True), (" % ", "fg"), (cmd, "fg")]
    if style == "fish":
        return [(f"{user}@{host} ", "green"), (path, "cyan"), ("> ", "fg"), (cmd, "fg")]
    if style == "root":
        return [(f"[root@{host} {path}]# ", "red", True), (cmd, "fg")]
    if style == "ps":
        return [(f"PS C:\\Users\\{user}\\{path}> ", "fg"), (cmd, "yellow")]
    raise ValueError(style)


def table_lines(header, rows, widths, header_key="fg", bold=True):
    out = [[("".join(h.ljust(w) for h, w in zip(header, widths)).rstrip(), header_key, bold)]]
    for r in rows:
        out.append("".join(str(c).ljust(w) for c, w in zip(r, widths)).rstrip())
    return out


# ---------------------------------------------------------------------------
@scene("terminal", "flatpak list", "dark (Adwaita)", "PIL", "flatpak apps with version, size, installation")
def term_flatpak(s):
    r = s.rng
    apps = [("Firefox", "org.mozilla.firefox", "131.0.2"), ("GIMP", "org.gimp.GIMP", "2.10.38"),
            ("Inkscape", "org.inkscape.Inkscape", "1.3.2"), ("Kdenlive", "org.kde.kdenlive", "24.08.1"),
            ("OBS Studio", "com.obsproject.Studio", "30.2.3"), ("Flatseal", "com.github.tchx84.Flatseal", "2.2.0"),
            ("Thunderbird", "org.mozilla.Thunderbird", "128.3.0esr"), ("VLC", "org.videolan.VLC", "3.0.21"),
            ("Zotero", "org.zotero.Zotero", "7.0.7"), ("Signal Desktop", "org.signal.Signal", "7.27.0")]
    sizes = r.sample(range(38, 980), len(apps))
    inst = [r.choice(["system", "system", "user"]) for _ in apps]
    rows = []
    for (n, a, v), sz, i in zip(apps, sizes, inst):
        szs = f"{sz/10:.1f} MB" if sz < 100 else f"{sz:.0f}.{r.randint(0,9)} MB"
        rows.append((n, a, v, szs, i))
    lines = [prompt("noor", "fedora", "~", "flatpak list --app --columns=name,application,version,size,installation")]
    lines += table_lines(["Name", "Application ID", "Version", "Size", "Installation"], rows, [16, 30, 13, 11, 12])
    term(s, "noor@fedora:~", lines, "adwaita_dark", "dejavu", 14)
    sz_val = [float(x[3].split()[0]) for x in rows]
    big = rows[sz_val.index(max(sz_val))][0]
    s.q("which flatpak app takes up the most space?", big, "text", "argmax", True)
    s.q("What version of Inkscape is installed", "1.3.2", "version", "version", True)
    s.q("how many of these apps are installed per-user rather than system wide", sum(i == "user" for i in inst),
        "count", "count", False, core=True)


@scene("terminal", "zpool status / zpool list", "dark (gruvbox)", "PIL", "degraded raidz2 pool with a faulted disk")
def term_zpool(s):
    disks = [f"ata-WDC_WD80EFZZ-68BTXN0_WD-CA{n}" for n in ("0KX41R", "0KX7T2", "0L19VQ", "0L2M8D", "0L3PZA", "0L4C6H")]
    bad = 3
    lines = [prompt("admin", "nas01", "~", "zpool list tank")]
    lines += table_lines(["NAME", "SIZE", "ALLOC", "FREE", "CKPOINT", "EXPANDSZ", "FRAG", "CAP", "DEDUP", "HEALTH", "ALTROOT"],
                         [("tank", "43.6T", "31.9T", "11.7T", "-", "-", "9%", "73%", "1.00x", "DEGRADED", "-")],
                         [6, 7, 7, 7, 9, 10, 6, 5, 7, 10, 7], bold=False)
    lines += [prompt("admin", "nas01", "~", "zpool status tank"),
              "  pool: tank",
              [(" state: ", "fg"), ("DEGRADED", "yellow", True)],
              "status: One or more devices are faulted in response to persistent errors.",
              "action: Replace the faulted device, or use 'zpool clear' to mark the device repaired.",
              "  scan: scrub repaired 0B in 09:41:27 with 0 errors on Sun Sep 14 10:05:31 2025",
              "config:", "",
              "        NAME                                        STATE     READ WRITE CKSUM",
              "        tank                                        DEGRADED     0     0     0",
              "          raidz2-0                                  DEGRADED     0     0     0"]
    for i, dk in enumerate(disks):
        if i == bad:
            lines.append([(f"            {dk:<40}", "fg"), ("FAULTED      3   117     0", "red", True),
                          ("  too many errors", "red")])
        else:
            lines.append(f"            {dk:<40}ONLINE       0     0     0")
    lines += ["", "errors: No known data errors"]
    term(s, "admin@nas01: ~", lines, "gruvbox", "hack", 14)
    s.q("which disk is faulted", disks[bad], "code", "read", True)
    s.q("how full is the pool (CAP)?", "73%", "percent", "lookup", True)
    s.q("when did the last scrub finish? just the date", "2025-09-14", "date", "lookup", False)


@scene("terminal", "restic snapshots", "dark (nord)", "PIL", "9 backup snapshots from 3 hosts with tags and paths")
def term_restic(s):
    r = s.rng
    hosts = ["atlas", "atlas", "pi-garage", "atlas", "kestrel", "pi-garage", "atlas", "kestrel", "atlas"]
    t0 = dt.datetime(2025, 10, 2, 3, 0)
    rows, times = [], []
    t = t0
    for h in hosts:
        t = t + dt.timedelta(hours=r.randint(9, 40), minutes=r.randint(0, 59), seconds=r.randint(0, 59))
        times.append(t)
        sid = "%08x" % r.getrandbits(32)
        tag = {"atlas": "daily", "pi-garage": "camera", "kestrel": "laptop"}[h]
        path = {"atlas": "/srv/data", "pi-garage": "/var/lib/motion", "kestrel": "/home/ines"}[h]
        rows.append((sid, t.strftime("%Y-%m-%d %H:%M:%S"), h, tag, path))
    lines = [prompt("ines", "atlas", "~", "restic -r sftp:backup@vault:/restic snapshots", "zsh"),
             "repository 5be2c41a opened (version 2, compression level auto)"]
    lines += table_lines(["ID", "Time", "Host", "Tags", "Paths"], rows, [10, 21, 11, 8, 18])
    lines[2] = [(lines[2][0][0], "cyan", True)]
    lines.insert(3, "-" * 72)
    lines += ["-" * 72, f"{len(rows)} snapshots"]
    term(s, "ines@atlas — zsh", lines, "nord", "jetbrains", 14)
    s.q("id of the most recent snapshot?", rows[-1][0], "code", "latest", True)
    s.q("How many snapshots are there from pi-garage", sum(h == "pi-garage" for h in hosts), "count", "count", False, core=True)
    s.q("when was the oldest backup taken", rows[0][1], "time", "earliest", True)


@scene("terminal", "gh pr list", "dark (GitHub dark)", "PIL", "8 open pull requests: number, title, branch, age")
def term_gh_pr(s):
    prs = [(412, "Add retry budget to webhook dispatcher", "feat/webhook-retry", "about 1 hour ago"),
           (409, "Bump vite from 5.4.8 to 5.4.10", "dependabot/npm_and_yarn/vite-5.4.10", "about 5 hours ago"),
           (407, "Fix timezone drift in invoice scheduler", "fix/invoice-tz", "about 1 day ago"),
           (401, "Docs: explain SSO setup for Okta", "docs/okta-sso", "about 2 days ago"),
           (398, "Refactor audit log writer to batch inserts", "refactor/audit-batch", "about 4 days ago"),
           (396, "Drop Node 18 from CI matrix", "ci/drop-node18", "about 6 days ago"),
           (390, "WIP: dark mode for admin console", "feat/admin-dark", "about 9 days ago"),
           (377, "Cache tenant settings in Redis", "perf/tenant-cache", "about 17 days ago")]
    lines = [prompt("dana", "mbp", "~/src/ledgerline", "gh pr list", "zsh"), "",
             [("Showing 8 of 8 open pull requests in ", "fg"), ("halvorsen-labs/ledgerline", "fg", True)], ""]
    for n, ti, br, age in prs:
        lines.append([(f"#{n:<5}", "green"), (f"{ti:<46}", "fg"), (f"{br:<38}", "cyan"), (age, "dim")])
    term(s, "dana@mbp: ~/src/ledgerline", lines, "github_dark", "fira", 14)
    br = "fix/invoice-tz"
    p = [x for x in prs if x[2] == br][0]
    s.q(f"what's the PR number for the {br} branch", f"#{p[0]}", "code", "lookup", True)
    s.q("title of the oldest open PR?", prs[-1][1], "text", "earliest", True)
    s.q("which PR comes right after #401 in the list", f"#{prs[4][0]}", "code", "next", True)


@scene("terminal", "podman ps -a", "light (One Light)", "PIL", "7 containers, running and exited, ports")
def term_podman(s):
    ctr = [("3f9a1c2d7b10", "docker.io/library/postgres:16", "postgres", "2 days ago", "Up 2 days", "0.0.0.0:5432->5432/tcp", "pg-main"),
           ("a81e44c0f5d2", "docker.io/library/redis:7.4", "redis-server", "2 days ago", "Up 2 days", "0.0.0.0:6379->6379/tcp", "cache"),
           ("5c02d9e7a3b8", "ghcr.io/acme/api:2.14.0", "./api serve", "3 hours ago", "Exited (1) 3 hours ago", "", "api-canary"),
           ("e7d3b2a90c41", "ghcr.io/acme/api:2.13.4", "./api serve", "26 hours ago", "Up 26 hours", "0.0.0.0:8080->8080/tcp", "api"),
           ("0b6f8e1d2c95", "docker.io/grafana/grafana:11.2.0", "", "5 days ago", "Up 5 days", "0.0.0.0:3000->3000/tcp", "grafana"),
           ("91c7a5e3f0d6", "quay.io/minio/minio:latest", "server /data", "5 days ago", "Exited (0) 4 days ago", "", "minio-old"),
           ("d4a2c8b61e73", "docker.io/library/nginx:1.27-alpine", "nginx -g daemon o...", "26 hours ago", "Up 26 hours", "0.0.0.0:443->443/tcp", "edge")]
    lines = [prompt("sam", "build-box", "~/stack", "podman ps -a", "fish")]
    lines += table_lines(["CONTAINER ID", "IMAGE", "COMMAND", "CREATED", "STATUS", "PORTS", "NAMES"],
                         ctr, [14, 37, 22, 14, 24, 24, 12])
    term(s, "sam@build-box: ~/stack", lines, "one_light", "liberation", 13)
    err = [c[6] for c in ctr if c[4].startswith("Exited (1)")][0]
    s.q("which container crashed / exited with an error code", err, "text", "error", True)
    s.q("how many containers are running right now?", sum(c[4].startswith("Up") for c in ctr), "count", "count", False, core=True)
    s.q("grafana version?", "11.2.0", "version", "version", True)


@scene("terminal", "kubectl get nodes + kubectl top nodes", "dark (Tokyo Night)", "PIL", "5 nodes, one NotReady, CPU/memory use")
def term_k8s_nodes(s):
    r = s.rng
    nodes = ["ip-10-4-1-17", "ip-10-4-1-52", "ip-10-4-2-8", "ip-10-4-2-91", "ip-10-4-3-33"]
    status = ["Ready", "Ready", "NotReady", "Ready", "Ready"]
    ages = ["41d", "41d", "12d", "6d", "6d"]
    vers = ["v1.30.4-eks-a737599", "v1.30.4-eks-a737599", "v1.29.8-eks-a737599", "v1.30.4-eks-a737599", "v1.30.4-eks-a737599"]
    lines = [prompt("ops", "jump", "~", "kubectl get nodes")]
    lines += table_lines(["NAME", "STATUS", "ROLES", "AGE", "VERSION"],
                         [(n, st, "<none>", a, v) for n, st, a, v in zip(nodes, status, ages, vers)], [15, 10, 8, 6, 22])
    cpu = r.sample(range(8, 93), 4)
    mem = r.sample(range(21, 88), 4)
    ready = [n for n, st in zip(nodes, status) if st == "Ready"]
    lines += [prompt("ops", "jump", "~", "kubectl top nodes")]
    rows = [(n, f"{int(c*19.3)}m", f"{c}%", f"{int(m*152)}Mi", f"{m}%") for n, c, m in zip(ready, cpu, mem)]
    lines += table_lines(["NAME", "CPU(cores)", "CPU%", "MEMORY(bytes)", "MEMORY%"], rows, [15, 12, 7, 15, 8])
    term(s, "ops@jump", lines, "tokyo_night", "jetbrains", 14)
    bad = nodes[status.index("NotReady")]
    s.q("which node is not ready", bad, "text", "lookup", True)
    s.q("Which node has the highest CPU%?", ready[cpu.index(max(cpu))], "text", "argmax", True, core=True)
    s.q(f"what kubelet version is {bad} running", "v1.29.8-eks-a737599", "version", "version", True)
    s.q(f"is memory use on {ready[0]} above 50%?", "yes" if mem[0] > 50 else "no", "yesno", "compare_more", False)


@scene("terminal", "vmstat", "light (Solarized light)", "PIL", "vmstat 2 6 samples")
def term_vmstat(s):
    r = s.rng
    lines = [prompt("lea", "db2", "~", "vmstat -w 2 6")]
    lines.append("--procs-- -----------------------memory---------------------- ---swap-- -----io---- -system-- --------cpu--------")
    lines.append([("   r    b         swpd         free         buff        cache   si   so    bi    bo   in   cs  us  sy  id  wa  st", "fg", True)])
    us_l, wa_l = [], []
    for i in range(6):
        us = r.randint(4, 38); sy = r.randint(2, 9); wa = r.choice([0, 1, 2, 3, 6, 8, 11, 14]); st = 0
        idl = 100 - us - sy - wa
        us_l.append(us); wa_l.append(wa)
        row = (f"{r.randint(0,4):>4} {r.randint(0,2):>4} {r.randint(0,4000):>12} {r.randint(900000,1400000):>12} "
               f"{r.randint(80000,99000):>12} {r.randint(5200000,5400000):>12} {0:>4} {0:>4} {r.randint(0,900):>5} "
               f"{r.randint(10,4000):>5} {r.randint(900,5000):>4} {r.randint(1500,9000):>4} {us:>3} {sy:>3} {idl:>3} {wa:>3} {st:>3}")
        lines.append(row)
    term(s, "lea@db2: ~", lines, "solarized_light", "inconsolata", 16)
    mean = sum(us_l) / len(us_l)
    s.q("average of the us column across the samples?", f"{mean:.1f}".rstrip("0").rstrip("."), "number", "mean", False)
    s.q("in how many samples is iowait (wa) above 5", sum(w > 5 for w in wa_l), "count", "count", False)


@scene("terminal", "timedatectl + hostnamectl", "dark (Ubuntu aubergine)", "PIL", "clock/NTP state and host info")
def term_timedatectl(s):
    lines = [prompt("kofi", "acc-web-03", "~", "timedatectl"),
             "               Local time: Tue 2025-11-18 14:07:52 GMT",
             "           Universal time: Tue 2025-11-18 14:07:52 UTC",
             "                 RTC time: Tue 2025-11-18 14:07:51",
             "                Time zone: Africa/Accra (GMT, +0000)",
             "System clock synchronized: no",
             "              NTP service: inactive",
             "          RTC in local TZ: no",
             prompt("kofi", "acc-web-03", "~", "hostnamectl"),
             "     Static hostname: acc-web-03",
             "           Icon name: computer-vm",
             "             Chassis: vm \U0001F5B4" if False else "             Chassis: vm",
             "          Machine ID: 6f1d2a9c0b8e4f7a93c5d1e2b4a6c8d0",
             "             Boot ID: 0e4b7c2f9a1d48e6b35f7c9a2d1e0b64",
             "      Virtualization: kvm",
             "    Operating System: Ubuntu 24.04.1 LTS",
             "              Kernel: Linux 6.8.0-48-generic",
             "        Architecture: x86-64",
             "     Hardware Vendor: QEMU",
             "      Hardware Model: Standard PC _Q35 + ICH9, 2009_"]
    term(s, "kofi@acc-web-03: ~", lines, "ubuntu", "dejavu", 14)
    s.q("what time zone is this server set to", "Africa/Accra", "text", "lookup", True)
    s.q("is the ntp service running?", "no", "yesno", "state_yesno", False)
    s.q("kernel version?", "6.8.0-48-generic", "version", "version", True)


@scene("terminal", "wrk HTTP benchmark", "dark (Monokai)", "PIL", "wrk run: latency, req/sec, errors")
def term_wrk(s):
    r = s.rng
    total = r.randint(380000, 520000)
    dur = 30.0
    rps = total / dur
    lines = [prompt("yuki", "bench", "~", "wrk -t8 -c256 -d30s --latency http://10.0.3.14:8080/api/quote", "zsh"),
             "Running 30s test @ http://10.0.3.14:8080/api/quote",
             "  8 threads and 256 connections",
             "  Thread Stats   Avg      Stdev     Max   +/- Stdev",
             "    Latency    17.42ms   11.08ms 412.61ms   88.93%",
             f"    Req/Sec     {rps/8/1000:.2f}k   312.77     {rps/8/1000*1.6:.2f}k    71.40%",
             "  Latency Distribution",
             "     50%   14.87ms", "     75%   20.33ms", "     90%   29.12ms", "     99%   61.05ms",
             f"  {total} requests in 30.01s, {total*0.000871:.2f}MB read",
             [("  Socket errors: connect 0, read 0, write 0, timeout 37", "red")],
             [("  Non-2xx or 3xx responses: 1204", "yellow")],
             f"Requests/sec:  {rps:.2f}",
             f"Transfer/sec:     {total*0.000871/30.01:.2f}MB"]
    term(s, "yuki@bench", lines, "monokai", "hack", 14)
    s.q("Requests/sec?", f"{rps:.2f}", "number", "lookup", True)
    s.q("what's the 99th percentile latency", "61.05ms", "time", "lookup", True)
    s.q("how many requests timed out", "37", "count", "lookup", True)


@scene("terminal", "phpunit failures", "dark (Windows Terminal Campbell)", "PIL", "PHPUnit run with 2 failures")
def term_phpunit(s):
    lines = [prompt("marta", "", "shop-api", "vendor\\bin\\phpunit", "ps"),
             "PHPUnit 11.4.3 by Sebastian Bergmann and contributors.", "",
             "Runtime:       PHP 8.3.12", "Configuration: C:\\Users\\marta\\shop-api\\phpunit.xml", "",
             "...........F.......................F........ 44 / 44 (100%)", "",
             "Time: 00:03.218, Memory: 28.00 MB", "",
             "There were 2 failures:", "",
             [("1) Tests\\Unit\\CartTest::test_coupon_cannot_exceed_subtotal", "red", True)],
             "Failed asserting that 12.5 is identical to 0.0.", "",
             "C:\\Users\\marta\\shop-api\\tests\\Unit\\CartTest.php:88", "",
             [("2) Tests\\Feature\\CheckoutTest::test_guest_checkout_sends_receipt", "red", True)],
             "Failed asserting that an email was sent to guest@example.test.", "",
             "C:\\Users\\marta\\shop-api\\tests\\Feature\\CheckoutTest.php:141", "",
             [("FAILURES!", "red", True)],
             [("Tests: 44, Assertions: 131, Failures: 2.", "red", True)]]
    term(s, "Windows PowerShell", lines, "campbell", "liberation", 14)
    s.q("which test failed first", "Tests\\Unit\\CartTest::test_coupon_cannot_exceed_subtotal", "text", "nth", True)
    s.q("phpunit version", "11.4.3", "version", "version", True)
    s.q("what assertion failed in the CheckoutTest", "Failed asserting that an email was sent to guest@example.test.", "error", "error", True)
    s.q("how many tests passed?", 44 - 2, "count", "subtract", False)


@scene("terminal", "nginx -t config error", "dark (green CRT)", "PIL", "nginx config test failing on a typo")
def term_nginx(s):
    err = 'nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/sites-enabled/shop.conf:27'
    lines = [prompt("root", "edge-1", "~", "nginx -v", "root"),
             "nginx version: nginx/1.26.2",
             prompt("root", "edge-1", "~", "nginx -t", "root"),
             err,
             "nginx: configuration file /etc/nginx/nginx.conf test failed",
             prompt("root", "edge-1", "~", "", "root")]
    term(s, "root@edge-1", lines, "green_crt", "nimbus", 16)
    s.q("what's the error here", 'unknown directive "proxy_passs"', "error", "error", True)
    s.q("which line of shop.conf has the problem", "27", "number", "lookup", True)
    s.q("nginx version?", "1.26.2", "version", "version", True)


@scene("terminal", "pacman -Syu", "dark (Material)", "PIL", "Arch system upgrade: 7 packages, sizes, prompt")
def term_pacman(s):
    pk = [("linux", "6.11.5.arch1-1"), ("linux-firmware", "20241017.b4a8bc1f-1"), ("mesa", "1:24.2.5-1"),
          ("firefox", "132.0-1"), ("python", "3.12.7-1"), ("systemd", "256.7-1"), ("openssl", "3.4.0-1")]
    dl = [139.12, 271.4, 11.9, 70.3, 10.82, 8.44, 5.01]
    inst = [148.7, 612.0, 51.2, 265.3, 84.1, 38.2, 24.7]
    net = [0.35, 3.08, 0.41, 1.22, 0.09, 0.57, -0.02]
    tot_dl = sum(dl); tot_in = sum(inst); tot_net = sum(net)
    lines = [prompt("ravi", "archbox", "~", "sudo pacman -Syu"),
             [(":: ", "blue", True), ("Synchronizing package databases...", "fg", True)],
             " core is up to date", " extra                     8.2 MiB  5.31 MiB/s 00:02 [######################] 100%",
             [(":: ", "blue", True), ("Starting full system upgrade...", "fg", True)],
             "resolving dependencies...", "looking for conflicting packages...", ""]
    chunks, cur = [], ""
    for n, v in pk:
        item = f"{n}-{v}"
        if cur and len(cur) + 2 + len(item) > 66:
            chunks.append(cur); cur = item
        else:
            cur = (cur + "  " + item) if cur else item
    chunks.append(cur)
    lines.append([(f"Packages ({len(pk)}) ", "fg", True), (chunks[0], "fg")])
    for c in chunks[1:]:
        lines.append("             " + c)
    lines += ["", f"Total Download Size:    {tot_dl:>7.2f} MiB", f"Total Installed Size:  {tot_in:>8.2f} MiB",
              f"Net Upgrade Size:        {tot_net:>6.2f} MiB", "",
              [(":: ", "blue", True), ("Proceed with installation? [Y/n] ", "fg", True)]]
    term(s, "ravi@archbox:~", lines, "material", "fira", 14)
    s.q("total download size?", f"{tot_dl:.2f} MiB", "number", "lookup", True)
    s.q("what version of systemd is it upgrading to", "256.7-1", "version", "version", True)
    s.q("how many packages will be upgraded", len(pk), "count", "count", True)


@scene("terminal", "gpg --list-keys", "light (Catppuccin Latte)", "PIL", "public keyring with 4 keys, one expired, one revoked")
def term_gpg(s):
    keys = [("rsa4096", "2019-03-11", "2025-03-11", "expired", "Henrik Lindqvist <henrik@lindqvist.se>", "0C7A2F5E91B34D68A1E0F2C9B7D4E3A5F6C81B20"),
            ("ed25519", "2023-06-02", "2027-06-01", "", "Amaia Etxeberria <amaia@txoko.eus>", "9B1D4E7A2C5F8036E1A4B7D0C3F6E9A2B5D8C417"),
            ("ed25519", "2024-01-15", "", "", "Release Signing Key (ledgerline) <release@ledgerline.dev>", "4F2E8A1C7B3D6950A2E4C8F1B7D3A6E9C0F5B2D8"),
            ("rsa3072", "2021-09-27", "2026-09-27", "revoked", "Tomasz Wrona <t.wrona@zaklad.pl>", "E6A3C9F0B2D5817A4C6E9B1D3F5A7C2E8B0D4F61")]
    lines = [prompt("amaia", "txoko", "~", "gpg --list-keys", "fish"),
             "/home/amaia/.gnupg/pubring.kbx", "------------------------------"]
    for alg, cr, ex, flag, uid, fp in keys:
        extra = ""
        if flag == "expired":
            extra = f" [expired: {ex}]"
        elif flag == "revoked":
            extra = f" [revoked: 2024-05-03]"
        elif ex:
            extra = f" [expires: {ex}]"
        lines.append(f"pub   {alg} {cr} [SC]{extra}")
        lines.append(f"      {fp}")
        lines.append([("uid           [", "fg"), (("expired" if flag == "expired" else "revoked" if flag == "revoked" else "ultimate" if "amaia" in uid else " full "), "yellow"), ("] " + uid, "fg")])
        if alg != "ed25519" or True:
            lines.append(f"sub   {'cv25519' if alg=='ed25519' else alg} {cr} [E]{extra}")
        lines.append("")
    term(s, "amaia@txoko ~", lines, "latte", "jetbrains", 13)
    s.q("whose key has expired?", "Henrik Lindqvist", "person", "party", True)
    s.q("when does Amaia's key expire", "2027-06-01", "date", "lookup", True)
    s.q("is there a key for t.wrona@zaklad.pl", "yes", "yesno", "exists", False)


@scene("terminal", "tokei", "dark (Ayu)", "PIL", "lines of code per language table")
def term_tokei(s):
    r = s.rng
    langs = ["Rust", "TypeScript", "Python", "SQL", "Shell", "TOML", "Markdown", "YAML"]
    rows = []
    for lg in langs:
        files = r.randint(3, 160)
        code = r.randint(files * 20, files * 160)
        com = r.randint(code // 30, code // 6)
        bl = r.randint(code // 12, code // 5)
        rows.append([lg, files, code + com + bl, code, com, bl])
    lines = [prompt("jo", "dev", "~/src/tidewatch", "tokei", "zsh"),
             "=" * 79,
             [(" Language            Files        Lines         Code     Comments       Blanks", "fg", True)],
             "=" * 79]
    for lg, f, l, c, cm, b in rows:
        lines.append(f" {lg:<18}{f:>6}{l:>13}{c:>13}{cm:>13}{b:>13}")
    lines.append("=" * 79)
    tot = [sum(x[i] for x in rows) for i in range(1, 6)]
    lines.append([(f" {'Total':<18}{tot[0]:>6}{tot[1]:>13}{tot[2]:>13}{tot[3]:>13}{tot[4]:>13}", "yellow", True)])
    lines.append("=" * 79)
    term(s, "jo@dev: ~/src/tidewatch", lines, "ayu_dark", "hack", 14)
    code = {x[0]: x[3] for x in rows}
    s.q("which language has the most lines of code (Code column)", max(code, key=code.get), "text", "argmax", True)
    py = [x for x in rows if x[0] == "Python"][0]
    s.q("comments in python?", py[4], "number", "cell", True)
    ru = [x for x in rows if x[0] == "Rust"][0]
    s.q("lines of code per file for Rust, on average (1 decimal)", f"{ru[3] / ru[1]:.1f}", "number", "rate", False)
    a, b = sorted(["Rust", "TypeScript"], key=lambda k: -code[k])
    s.q(f"how many more lines of code does {a} have than {b}", code[a] - code[b], "number", "difference", False)
