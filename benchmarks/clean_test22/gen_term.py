"""Terminal screenshots drawn with PIL: new CLI tools, new colour schemes."""
import re

from common import Scene, Canvas, font, rng

THEMES = {
    # name: bg, fg, prompt, green, red, yellow, blue, cyan, magenta, dim, chrome
    "ubuntu": dict(bg="#300a24", fg="#eeeeec", p="#8ae234", g="#4e9a06", r="#ef2929", y="#fce94f", b="#729fcf",
                   c="#34e2e2", m="#ad7fa8", d="#a39aa0", chrome="#3c3b37"),
    "onedark": dict(bg="#282c34", fg="#abb2bf", p="#98c379", g="#98c379", r="#e06c75", y="#e5c07b", b="#61afef",
                    c="#56b6c2", m="#c678dd", d="#5c6370", chrome="#21252b"),
    "nightowl": dict(bg="#011627", fg="#d6deeb", p="#addb67", g="#22da6e", r="#ef5350", y="#ffeb95", b="#82aaff",
                     c="#7fdbca", m="#c792ea", d="#637777", chrome="#0b2942"),
    "zenburn": dict(bg="#3f3f3f", fg="#dcdccc", p="#7f9f7f", g="#7f9f7f", r="#cc9393", y="#f0dfaf", b="#8cd0d3",
                    c="#93e0e3", m="#dc8cc3", d="#9f9f8f", chrome="#2b2b2b"),
    "material": dict(bg="#263238", fg="#eeffff", p="#c3e88d", g="#c3e88d", r="#f07178", y="#ffcb6b", b="#82aaff",
                     c="#89ddff", m="#c792ea", d="#546e7a", chrome="#1e272c"),
    "paperlight": dict(bg="#eeeeee", fg="#444444", p="#008700", g="#008700", r="#af0000", y="#875f00", b="#005faf",
                       c="#005f87", m="#8700af", d="#878787", chrome="#d0d0d0"),
    "cobalt2": dict(bg="#193549", fg="#ffffff", p="#ffc600", g="#3ad900", r="#ff628c", y="#ffc600", b="#0088ff",
                    c="#80fcff", m="#ff9d00", d="#8a9bb0", chrome="#15232d"),
    "iceberg": dict(bg="#161821", fg="#c6c8d1", p="#b4be82", g="#b4be82", r="#e27878", y="#e2a478", b="#84a0c6",
                    c="#89b8c2", m="#a093c7", d="#6b7089", chrome="#0f1117"),
    "tomorrow": dict(bg="#1d1f21", fg="#c5c8c6", p="#b5bd68", g="#b5bd68", r="#cc6666", y="#f0c674", b="#81a2be",
                     c="#8abeb7", m="#b294bb", d="#969896", chrome="#111213"),
    "xterm": dict(bg="#ffffff", fg="#000000", p="#000000", g="#00a000", r="#cd0000", y="#a0a000", b="#0000ee",
                  c="#00a0a0", m="#cd00cd", d="#666666", chrome="#dadada"),
    "synthwave": dict(bg="#262335", fg="#f0eff1", p="#72f1b8", g="#72f1b8", r="#fe4450", y="#fede5d", b="#36f9f6",
                      c="#36f9f6", m="#ff7edb", d="#848bbd", chrome="#1b1827"),
    "alabaster": dict(bg="#f7f7f7", fg="#000000", p="#448c27", g="#448c27", r="#aa3731", y="#cb9000", b="#325cc0",
                      c="#0083b2", m="#7a3e9d", d="#777777", chrome="#e4e4e4"),
    "dimmed": dict(bg="#22272e", fg="#adbac7", p="#6cb6ff", g="#57ab5a", r="#f47067", y="#c69026", b="#6cb6ff",
                   c="#39c5cf", m="#dcbdfb", d="#768390", chrome="#1c2128"),
    "mocha": dict(bg="#1e1e2e", fg="#cdd6f4", p="#a6e3a1", g="#a6e3a1", r="#f38ba8", y="#f9e2af", b="#89b4fa",
                  c="#94e2d5", m="#cba6f7", d="#7f849c", chrome="#181825"),
    "cmd": dict(bg="#0c0c0c", fg="#cccccc", p="#cccccc", g="#13a10e", r="#e74856", y="#c19c00", b="#3b78ff",
                c="#3a96dd", m="#b4009e", d="#767676", chrome="#ffffff"),
}

_TAG = re.compile(r"«(\w):(.*?)»")


def _segs(line):
    out, pos = [], 0
    for m in _TAG.finditer(line):
        if m.start() > pos:
            out.append((line[pos:m.start()], "fg"))
        out.append((m.group(2), m.group(1)))
        pos = m.end()
    if pos < len(line):
        out.append((line[pos:], "fg"))
    return out


def term(sc, theme, fname, size, title, lines, style="mac", min_w=560):
    th = THEMES[theme]
    f = font(fname, size)
    fb = font(fname + ":bold", size)
    cw = f.getlength("M")
    lh = int(size * 1.42)
    plain = [_TAG.sub(lambda m: m.group(2), ln) for ln in lines]
    w = max(min_w, int(max(len(p) for p in plain) * cw + 40))
    top = 34 if style != "win" else 32
    h = top + 14 + lh * len(lines) + 14
    cv = Canvas(sc, w, h, th["bg"])
    d = cv.d
    d.rectangle([0, 0, w, top], fill=th["chrome"])
    tf = font("Cantarell:bold" if style == "gnome" else "DejaVu Sans", 13)
    if style == "mac":
        for i, c in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
            d.ellipse([12 + i * 20, 11, 24 + i * 20, 23], fill=c)
        cv.text((w / 2, top / 2), title, tf, th["d"] if theme not in ("xterm", "alabaster", "paperlight") else "#333",
                anchor="mm")
    elif style == "win":
        cv.text((12, top / 2), title, font("DejaVu Sans", 13), "#000", anchor="lm")
        for i, s in enumerate(["—", "☐", "✕"]):
            d.text((w - 120 + i * 42, top / 2), s, font=font("DejaVu Sans", 13), fill="#000", anchor="mm")
    else:
        cv.text((w / 2, top / 2), title, tf, "#dddddd" if theme not in ("xterm", "alabaster", "paperlight") else "#222",
                anchor="mm")
        d.text((w - 18, top / 2), "✕", font=font("DejaVu Sans", 13), fill="#aaa", anchor="mm")
    y = top + 14
    for ln, p in zip(lines, plain):
        sc.texts.append(p)
        x = 20
        for txt, key in _segs(ln):
            col = th["fg"] if key == "fg" else th[key.lower()]
            d.text((x, y), txt, font=fb if key.isupper() else f, fill=col)
            x += len(txt) * cw
        y += lh
    cv.save()


def P(th, cwd="~", user="dev", host="box"):
    return f"«p:{user}@{host}»:«b:{cwd}»$ "


# ------------------------------------------------------------------
def term_docker_images():
    sc = Scene("term_docker_images", "terminal", "`docker images` listing", "PIL", "dark (ubuntu)")
    r = rng(sc.name)
    repos = [("postgres", "16.2"), ("redis", "7.2-alpine"), ("nginx", "1.25"), ("node", "20-bookworm"),
             ("python", "3.12-slim"), ("grafana/grafana", "10.4.1"), ("acme/billing-api", "latest"),
             ("acme/billing-api", "v2.3.0"), ("acme/web", "latest"), ("busybox", "latest")]
    sizes = r.sample(range(4, 1150), len(repos))
    ages = ["2 days ago", "5 days ago", "9 days ago", "2 weeks ago", "3 weeks ago", "4 weeks ago", "6 weeks ago",
            "2 months ago", "3 months ago", "5 months ago"]
    r.shuffle(ages)
    ids = ["%012x" % r.getrandbits(48) for _ in repos]

    def hs(mb):
        return f"{mb / 1000:.2f}GB" if mb >= 1000 else f"{mb}MB"

    lines = [P("") + "docker images", "«C:REPOSITORY         TAG           IMAGE ID       CREATED        SIZE»"]
    for (rp, tg), i, a, s in zip(repos, ids, ages, sizes):
        lines.append(f"{rp:<18} {tg:<13} {i}   {a:<14} {hs(s)}")
    lines.append(P("") + "")
    term(sc, "ubuntu", "Ubuntu Mono" if False else "DejaVu Sans Mono", 15, "dev@box: ~", lines, style="gnome")
    k = sizes.index(max(sizes))
    sc.q("which docker image is the biggest", f"{repos[k][0]}:{repos[k][1]}", "text", "argmax", False)
    sc.q("how many images are tagged latest", sum(1 for _, t in repos if t == "latest"), "count", "count", False)
    j = [n for n, (rp, tg) in enumerate(repos) if rp == "redis"][0]
    sc.q("image id of redis?", ids[j], "code", "cell", True)
    return sc


def term_helm_list():
    sc = Scene("term_helm_list", "terminal", "`helm list -A` releases", "PIL", "dark (one dark)")
    r = rng(sc.name)
    rel = [("ingress-nginx", "ingress", "ingress-nginx-4.10.0", "1.10.0"),
           ("cert-manager", "cert-manager", "cert-manager-v1.14.4", "v1.14.4"),
           ("kube-prom", "monitoring", "kube-prometheus-stack-57.2.0", "v0.72.0"),
           ("loki", "monitoring", "loki-5.47.2", "2.9.6"), ("argocd", "argocd", "argo-cd-6.7.3", "v2.10.4"),
           ("shop-api", "prod", "shop-api-0.14.2", "1.8.1"), ("shop-web", "prod", "shop-web-0.9.0", "2.2.0")]
    revs = [r.randint(1, 24) for _ in rel]
    st = ["deployed"] * len(rel)
    bad = r.randrange(len(rel))
    st[bad] = "failed"
    days = sorted(r.sample(range(1, 60), len(rel)))
    lines = [P("", "~/infra", "ops", "bastion") + "helm list -A",
             "«D:NAME          NAMESPACE     REVISION  UPDATED                  STATUS    CHART                          APP VERSION»"]
    for (n, ns, chrt, av), rv, s, dd in zip(rel, revs, st, days):
        stc = f"«r:{s:<9}»" if s == "failed" else f"«g:{s:<9}»"
        lines.append(f"{n:<13} {ns:<13} {rv:<9} 2026-0{1 + dd // 31}-{1 + dd % 28:02d} 10:{dd:02d}:11 UTC  {stc} {chrt:<30} {av}")
    term(sc, "onedark", "JetBrains Mono", 14, "ops@bastion: ~/infra", lines)
    sc.q("which helm release is in a failed state", rel[bad][0], "text", "read", True)
    sc.q("what app version is loki running", "2.9.6", "version", "cell", True)
    k = revs.index(max(revs))
    assert revs.count(max(revs)) == 1
    sc.q("release with the most revisions?", rel[k][0], "text", "argmax", True)
    return sc


def term_npm_audit():
    sc = Scene("term_npm_audit", "terminal", "`npm audit` report", "PIL", "dark (night owl)")
    r = rng(sc.name)
    vulns = [("semver", "moderate", "Regular Expression Denial of Service"),
             ("braces", "high", "Uncontrolled resource consumption in braces"),
             ("ws", "high", "ws affected by a DoS when handling a request with many HTTP headers"),
             ("follow-redirects", "moderate", "Proxy-Authorization header kept across hosts"),
             ("ejs", "critical", "ejs template injection vulnerability"),
             ("tar", "moderate", "Denial of service while parsing a tar file"),
             ("postcss", "low", "PostCSS line return parsing error")]
    r.shuffle(vulns)
    lines = [P("", "~/shop-web", "mia", "mbp") + "npm audit", "«B:# npm audit report»", ""]
    for pkg, sev, title in vulns:
        col = {"critical": "M", "high": "R", "moderate": "Y", "low": "d"}[sev]
        lines += [f"«W:{pkg}»  <{r.randint(2, 7)}.{r.randint(0, 9)}.{r.randint(0, 9)}",
                  f"Severity: «{col}:{sev}»", title, "fix available via `npm audit fix`", ""]
    cnt = {s: sum(1 for v in vulns if v[1] == s) for s in ("low", "moderate", "high", "critical")}
    total = len(vulns)
    lines.append(f"{total} vulnerabilities ({cnt['low']} low, {cnt['moderate']} moderate, {cnt['high']} high, "
                 f"{cnt['critical']} critical)")
    # keep screenshot height reasonable: show the tail only (what a user would paste)
    lines = lines[:3] + lines[3 + 5 * 3:]
    shown = vulns[3:]
    term(sc, "nightowl".replace("W", ""), "Fira Code", 15, "mia@mbp: ~/shop-web — zsh", [l.replace("«W:", "«Y:") for l in lines])
    sc.q("how many high severity vulns", cnt["high"], "count", "lookup", True)
    crit = [v[0] for v in vulns if v[1] == "critical"][0]
    if crit in [v[0] for v in shown]:
        sc.q("which package has the critical one?", crit, "text", "read", True)
    sc.q("total number of vulnerabilities npm found?", total, "count", "lookup", True)
    return sc


def term_nmap():
    sc = Scene("term_nmap", "terminal", "`nmap -sV` scan of a LAN host", "PIL", "dark (zenburn)")
    r = rng(sc.name)
    ports = [(22, "ssh", "OpenSSH 9.2p1 Debian 2+deb12u2"), (53, "domain", "dnsmasq 2.89"),
             (80, "http", "nginx 1.22.1"), (443, "ssl/http", "nginx 1.22.1"), (445, "microsoft-ds", "Samba smbd 4.6.2"),
             (3306, "mysql", "MariaDB 10.11.6"), (5432, "postgresql", "PostgreSQL DB 15.6"),
             (8080, "http-proxy", "Jetty 10.0.20"), (9100, "jetdirect", "")]
    r.shuffle(ports)
    ports = sorted(ports[:7])
    states = ["open"] * 7
    fi = r.randrange(7)
    states[fi] = "filtered"
    lat = r.randint(1, 9) / 10000 * 10
    lines = [P("", "~", "kai", "t480") + "sudo nmap -sV 192.168.1.40",
             "Starting Nmap 7.94 ( https://nmap.org ) at 2026-02-11 21:04 CET",
             "Nmap scan report for nas.lan (192.168.1.40)", f"Host is up ({lat:.4f}s latency).",
             f"Not shown: {1000 - 7} closed tcp ports (reset)", "«B:PORT     STATE    SERVICE      VERSION»"]
    for (p, s, v), stt in zip(ports, states):
        lines.append(f"{str(p) + '/tcp':<8} {'«r:' + stt + '»' if stt != 'open' else '«g:open»'}{' ' * (9 - len(stt))}{s:<12} {v}")
    lines += ["MAC Address: 3C:7C:3F:A1:22:0B (ASRock Incorporation)", "",
              "Service detection performed. Please report any incorrect results at https://nmap.org/submit/ .",
              f"Nmap done: 1 IP address (1 host up) scanned in {r.randint(9, 40)}.{r.randint(10, 99)} seconds"]
    term(sc, "zenburn", "Hack", 15, "kai@t480: ~", lines)
    nopen = states.count("open")
    sc.q("how many ports are open", nopen, "count", "count", False)
    p0 = [x for x in ports if x[2]][r.randrange(3)]
    sc.q(f"what's running on port {p0[0]}", p0[2], "text", "cell", True)
    sc.q("which nmap version was used", "7.94", "version", "version", True)
    return sc


def term_git_reflog():
    sc = Scene("term_git_reflog", "terminal", "`git stash list` + `git reflog -8`", "PIL", "dark (material)")
    r = rng(sc.name)
    msgs = ["checkout: moving from main to fix/vat-rounding", "commit: round VAT per line, not per invoice",
            "commit: add test for zero-rated items", "rebase (finish): returning to refs/heads/fix/vat-rounding",
            "pull: Fast-forward", "commit (amend): tidy invoice totals", "reset: moving to HEAD~1",
            "commit: bump pdf renderer to 3.1"]
    r.shuffle(msgs)
    hs = ["%07x" % r.getrandbits(28) for _ in msgs]
    stashes = ["WIP on main: 4be01a2 docs: update README", "On fix/vat-rounding: debug prints",
               "WIP on feature/export: 91c7d3e csv export skeleton"]
    ns = r.randint(2, 3)
    lines = [P("", "~/ledgerly (fix/vat-rounding)", "sam", "dev") + "git stash list"]
    for i in range(ns):
        lines.append(f"stash@{{{i}}}: {stashes[i]}")
    lines.append(P("", "~/ledgerly (fix/vat-rounding)", "sam", "dev") + "git reflog -8")
    for i, (h, m) in enumerate(zip(hs, msgs)):
        lines.append(f"«y:{h}» «c:HEAD@{{{i}}}»: {m}")
    term(sc, "material", "Fira Code", 15, "sam@dev: ~/ledgerly", lines)
    sc.q("how many stashes do i have", ns, "count", "count", False)
    sc.q("what is HEAD@{0} pointing at (hash)", hs[0], "code", "latest", True)
    sc.q("whats the oldest entry in this reflog", msgs[-1], "text", "earliest", True)
    return sc


def term_conda():
    sc = Scene("term_conda", "terminal", "`conda env list` + `python --version`", "PIL", "light (papercolor)")
    r = rng(sc.name)
    envs = ["base", "ds-2025", "torch-cu121", "geo", "thesis", "scraper", "py38-legacy"]
    n = r.randint(5, 7)
    envs = envs[:n]
    act = r.choice(envs[1:])
    pyv = r.choice(["3.11.9", "3.10.14", "3.12.4"])
    lines = [f"«g:({act})» C:\\Users\\rina> conda env list", "# conda environments:", "#"]
    for e in envs:
        star = "*" if e == act else " "
        path = r"C:\Users\rina\miniconda3" + ("" if e == "base" else "\\envs\\" + e)
        lines.append(f"{e:<20} {star}  {path}")
    lines += ["", f"«g:({act})» C:\\Users\\rina> python --version", f"Python {pyv}",
              f"«g:({act})» C:\\Users\\rina> conda --version", "conda 24.5.0", f"«g:({act})» C:\\Users\\rina> "]
    term(sc, "paperlight", "Liberation Mono", 16, "Anaconda Prompt (miniconda3)", lines, style="win")
    sc.q("which conda env is active right now", act, "text", "selected", True)
    sc.q("python version?", pyv, "version", "version", True)
    sc.q("how many environments are there", n, "count", "count", False)
    return sc


def term_dotnet_build():
    sc = Scene("term_dotnet_build", "terminal", "`dotnet build` with C# compiler errors", "PIL", "dark (cobalt2)")
    r = rng(sc.name)
    errs = [("Services/InvoiceService.cs", 42, 17, "CS0103", "The name 'taxRate' does not exist in the current context"),
            ("Controllers/OrdersController.cs", 88, 31, "CS1061",
             "'Order' does not contain a definition for 'Totl' and no accessible extension method 'Totl' accepting a first argument of type 'Order' could be found"),
            ("Models/Customer.cs", 15, 9, "CS0246", "The type or namespace name 'Adress' could not be found")]
    warns = [("Program.cs", 12, 5, "CS8618", "Non-nullable property 'Name' must contain a non-null value when exiting constructor.")]
    ne = r.randint(2, 3)
    errs = errs[:ne]
    lines = ["PS C:\\src\\Shopfront> dotnet build", "MSBuild version 17.9.8+b34f75857 for .NET",
             "  Determining projects to restore...", "  All projects are up-to-date for restore."]
    for f_, l, c, code, m in warns:
        lines.append(f"C:\\src\\Shopfront\\{f_}({l},{c}): «y:warning {code}»: {m[:70]}")
    for f_, l, c, code, m in errs:
        lines.append(f"C:\\src\\Shopfront\\{f_}({l},{c}): «r:error {code}»: {m[:80]}")
    lines += ["", "«R:Build FAILED.»", "", f"    {len(warns)} Warning(s)", f"    {ne} Error(s)", "",
              f"Time Elapsed 00:00:0{r.randint(2, 9)}.{r.randint(10, 99)}", "PS C:\\src\\Shopfront> "]
    term(sc, "cobalt2", "Liberation Mono", 14, "Windows PowerShell", lines, style="win")
    sc.q("how many errors did the build have", ne, "count", "lookup", True)
    sc.q("what's the error in InvoiceService.cs", "CS0103: The name 'taxRate' does not exist in the current context",
         "error", "error", True)
    sc.q("which line of OrdersController has the error", 88, "number", "lookup", True)
    return sc


def term_psql_tables():
    sc = Scene("term_psql_tables", "terminal", "psql `\\dt+` table sizes", "PIL", "dark (iceberg)")
    r = rng(sc.name)
    tables = ["customers", "invoices", "invoice_lines", "payments", "products", "audit_log", "sessions", "tax_rates"]
    sizes = r.sample([8, 16, 24, 48, 96, 120, 232, 512, 640, 880, 1544, 2104, 3400], len(tables))
    unit = lambda kb: f"{kb} kB" if kb < 1000 else f"{kb / 1024:.0f} MB" if False else f"{kb} kB"
    sizes_s = []
    for s in sizes:
        sizes_s.append(f"{s} MB" if s >= 100 else f"{s} kB")
    kbytes = [s * 1024 if s >= 100 else s for s in sizes]
    lines = [f"psql (16.3 (Debian 16.3-1.pgdg120+1))", 'Type "help" for help.', "",
             "ledger=# \\dt+", "                               List of relations",
             " Schema |     Name      | Type  |  Owner   | Persistence | Access method |  Size  ",
             "--------+---------------+-------+----------+-------------+---------------+--------"]
    for t, s in sorted(zip(tables, sizes_s)):
        lines.append(f" public | {t:<13} | table | ledger   | permanent   | heap          | {s:>6} ")
    lines += [f"({len(tables)} rows)", "", "ledger=# "]
    term(sc, "iceberg", "Inconsolata", 17, "psql ledger", lines)
    k = kbytes.index(max(kbytes))
    sc.q("biggest table in the db?", tables[k], "text", "argmax", True)
    t = "payments"
    sc.q("how big is the payments table", sizes_s[tables.index(t)], "text", "cell", True)
    sc.q("what postgres version is this psql", "16.3", "version", "version", True)
    return sc


def term_supervisor():
    sc = Scene("term_supervisor", "terminal", "`supervisorctl status`", "PIL", "dark (tomorrow night)")
    r = rng(sc.name)
    progs = ["celery-beat", "celery-worker:00", "celery-worker:01", "gunicorn", "mailer", "pdf-render", "redis-sync"]
    st = ["RUNNING"] * len(progs)
    bad = r.sample(range(len(progs)), 2)
    st[bad[0]] = "FATAL"
    st[bad[1]] = "STOPPED"
    lines = [P("", "~", "deploy", "app-01") + "sudo supervisorctl status"]
    pids = {}
    for p, s in zip(progs, st):
        if s == "RUNNING":
            pid = r.randint(1200, 39999)
            pids[p] = pid
            up = f"{r.randint(0, 9)} days, {r.randint(0, 23)}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
            lines.append(f"{p:<33}«g:RUNNING»   pid {pid}, uptime {up}")
        elif s == "FATAL":
            lines.append(f"{p:<33}«r:FATAL»     Exited too quickly (process log may have details)")
        else:
            lines.append(f"{p:<33}«y:STOPPED»   Feb 10 09:12 PM")
    lines.append(P("", "~", "deploy", "app-01"))
    term(sc, "tomorrow", "DejaVu Sans Mono", 15, "deploy@app-01", lines)
    sc.q("which process is FATAL", progs[bad[0]], "text", "read", True)
    p = [x for x in progs if x in pids][1]
    sc.q(f"pid of {p}?", pids[p], "number", "cell", True)
    sc.q("is the gunicorn process running?", "yes" if st[progs.index("gunicorn")] == "RUNNING" else "no", "yesno",
         "state_yesno", False)
    return sc


def term_zfs_list():
    sc = Scene("term_zfs_list", "terminal", "`zfs list` datasets", "PIL", "light (xterm white)")
    r = rng(sc.name)
    ds = ["tank", "tank/backups", "tank/media", "tank/media/photos", "tank/vm", "tank/home"]
    used = [0, r2_(r, 100, 900), r2_(r, 1000, 3000), r2_(r, 200, 900), r2_(r, 50, 400), r2_(r, 20, 150)]
    used[0] = used[1] + used[2] + used[4] + used[5] + 3.1
    avail = 7200.0 - used[0]

    def hs(g):
        return f"{g / 1024:.2f}T" if g >= 1024 else f"{g:.0f}G"

    lines = ["$ zfs list", "NAME                 USED  AVAIL  REFER  MOUNTPOINT"]
    for n, u in zip(ds, used):
        lines.append(f"{n:<19} {hs(u):>5}  {hs(avail):>5}  {hs(u * 0.05 if n == 'tank' else u * 0.9):>5}  /{n}")
    lines += ["$ zpool list tank", "NAME   SIZE  ALLOC   FREE  CKPOINT  EXPANDSZ   FRAG    CAP  DEDUP    HEALTH  ALTROOT",
              f"tank  7.25T  {hs(used[0])}  {hs(avail)}        -         -     4%    {round(used[0] / 7424 * 100)}%  1.00x    ONLINE  -",
              "$ "]
    term(sc, "xterm", "DejaVu Sans Mono", 14, "xterm", lines, style="plain")
    sub = ds[1:]
    k = max(range(1, 6), key=lambda i: used[i] if ds[i] != "tank/media/photos" else -1)
    sc.q("how much does tank/backups use", hs(used[1]), "text", "cell", True)
    sc.q("is the pool healthy", "yes", "yesno", "state_yesno", False)
    sc.q("how much space is left on tank", hs(avail), "text", "lookup", True)
    return sc


def r2_(r, a, b):
    return float(r.randint(a, b))


def term_traceroute():
    sc = Scene("term_traceroute", "terminal", "`traceroute` with timeouts", "PIL", "dark (synthwave)")
    r = rng(sc.name)
    hops = [("_gateway", "192.168.0.1"), ("100.64.0.1", "100.64.0.1"), ("ae3-br01.fra.isp.net", "80.81.192.10"),
            ("*", ""), ("be2.core2.ams.transit.net", "154.54.58.21"), ("ae-4.r21.lon.ntt.net", "129.250.3.185"),
            ("*", ""), ("edge.lhr.cdn-example.com", "151.101.65.140")]
    lines = [P("", "~", "lena", "x1") + "traceroute shop.example.co.uk",
             "traceroute to shop.example.co.uk (151.101.65.140), 30 hops max, 60 byte packets"]
    ms = []
    base = 0.8
    for i, (h, ip) in enumerate(hops, 1):
        if h == "*":
            lines.append(f"{i:>2}  * * *")
            ms.append(None)
            continue
        base += r.uniform(0.5, 9)
        t = [round(base + r.uniform(0, 1.5), 3) for _ in range(3)]
        ms.append(t)
        lines.append(f"{i:>2}  {h} ({ip})  {t[0]:.3f} ms  {t[1]:.3f} ms  {t[2]:.3f} ms")
    lines.append(P("", "~", "lena", "x1"))
    term(sc, "synthwave", "JetBrains Mono", 14, "lena@x1: ~", lines)
    sc.q("how many hops did it take", len(hops), "count", "count", False)
    sc.q("how many hops timed out (* * *)", sum(1 for m in ms if m is None), "count", "count", False)
    sc.q("ip of hop 3?", hops[2][1], "code", "nth", True)
    return sc


def term_rspec():
    sc = Scene("term_rspec", "terminal", "`bundle exec rspec` run with failures", "PIL", "light (alabaster)")
    r = rng(sc.name)
    n = r.randint(140, 260)
    fails = [("Invoice#total applies the discount before tax", "spec/models/invoice_spec.rb:48",
              "expected: 107.1\n     got: 108.0"),
             ("CheckoutController POST /checkout rejects an expired card", "spec/requests/checkout_spec.rb:112",
              "expected the response to have status code 422 but it was 200")]
    pend = r.randint(1, 4)
    secs = f"{r.randint(3, 40)}.{r.randint(10, 99)}"
    dots = "".join(r.choice("....................*F") for _ in range(70))
    lines = [P("", "~/storefront", "ana", "mac") + "bundle exec rspec", dots.replace("F", "«r:F»").replace("*", "«y:*»"),
             "", "Failures:", ""]
    for i, (d_, loc, msg) in enumerate(fails, 1):
        lines.append(f"  {i}) {d_}")
        for m in msg.split("\n"):
            lines.append(f"     «r:{m}»")
        lines.append(f"     «d:# ./{loc}:in `block (3 levels) in <top (required)>'»")
        lines.append("")
    lines += [f"Finished in {secs} seconds (files took 1.94 seconds to load)",
              f"«r:{n} examples, {len(fails)} failures, {pend} pending»", "", "Failed examples:", ""]
    for d_, loc, _ in fails:
        lines.append(f"«r:rspec ./{loc}» «d:# {d_}»")
    term(sc, "alabaster", "Liberation Mono", 14, "ana@mac: ~/storefront", lines)
    sc.q("how many examples ran", n, "count", "lookup", True)
    sc.q("how long did the suite take (seconds)", secs, "number", "lookup", True)
    sc.q("which spec file has the checkout failure", "spec/requests/checkout_spec.rb", "text", "error", True)
    return sc


def term_gradle():
    sc = Scene("term_gradle", "terminal", "`./gradlew build` with javac error", "PIL", "dark (github dimmed)")
    r = rng(sc.name)
    line_no = r.randint(30, 140)
    lines = [P("", "~/inventory-svc", "omar", "ws") + "./gradlew build", "", "> Task :compileJava «r:FAILED»",
             f"/home/omar/inventory-svc/src/main/java/com/acme/inventory/StockService.java:{line_no}: «r:error»: cannot find symbol",
             "        return warehouse.reserveQty(sku, qty);", "                        ^",
             "  symbol:   method reserveQty(String,int)", "  location: variable warehouse of type Warehouse",
             "1 error", "", "FAILURE: Build failed with an exception.", "",
             "* What went wrong:", "Execution failed for task ':compileJava'.",
             "> Compilation failed; see the compiler error output for details.", "",
             "«R:BUILD FAILED» in 6s", "1 actionable task: 1 executed", "",
             P("", "~/inventory-svc", "omar", "ws") + "./gradlew --version | head -3", "",
             "------------------------------------------------------------", "Gradle 8.7",
             "------------------------------------------------------------"]
    term(sc, "dimmed", "Fira Code", 14, "omar@ws: ~/inventory-svc", lines)
    sc.q("what's the compile error", "cannot find symbol", "error", "error", True)
    sc.q("which gradle version", "8.7", "version", "version", True)
    sc.q("line number of the error in StockService.java?", line_no, "number", "lookup", True)
    return sc


def term_speedtest():
    sc = Scene("term_speedtest", "terminal", "`speedtest` CLI result (3 runs)", "PIL", "dark (catppuccin mocha)")
    r = rng(sc.name)
    runs = []
    lines = []
    for i, srv in enumerate(["Vodafone DE - Frankfurt (id: 31469)", "Telekom - Berlin (id: 30906)",
                             "1&1 Versatel - Hamburg (id: 26347)"]):
        dl, ul, ping = round(r.uniform(80, 260), 2), round(r.uniform(20, 48), 2), round(r.uniform(6, 32), 2)
        runs.append((srv.split(" (")[0], dl, ul, ping))
        lines += [P("", "~", "jo", "pi") + f"speedtest -s {srv.split('id: ')[1][:-1]}", "",
                  "   Speedtest by Ookla", "", f"      Server: {srv}", "         ISP: Kabel Nord GmbH",
                  f"Idle Latency:    {ping:.2f} ms", f"    «c:Download»:   {dl:.2f} Mbps", f"      «m:Upload»:    {ul:.2f} Mbps",
                  ""]
    term(sc, "mocha", "JetBrains Mono", 14, "jo@pi: ~", lines[:-1])
    k = max(range(3), key=lambda i: runs[i][1])
    sc.q("which server gave the fastest download", runs[k][0], "text", "argmax", True)
    sc.q("upload speed on the berlin test?", f"{runs[1][2]:.2f} Mbps", "text", "lookup", True)
    sc.q("average download speed over the three runs in Mbps", round(sum(x[1] for x in runs) / 3, 2), "number",
         "mean", False)
    return sc


def term_versions():
    sc = Scene("term_versions", "terminal", "Windows cmd: tool version checks + missing command", "PIL",
               "dark (Windows cmd)")
    r = rng(sc.name)
    node = f"v{r.choice([18, 20, 22])}.{r.randint(1, 15)}.{r.randint(0, 9)}"
    npm = f"{r.choice([9, 10])}.{r.randint(1, 9)}.{r.randint(0, 5)}"
    git = f"2.{r.randint(40, 46)}.{r.randint(0, 3)}.windows.1"
    java = f"21.0.{r.randint(1, 5)}"
    lines = ["Microsoft Windows [Version 10.0.22631.4317]", "(c) Microsoft Corporation. All rights reserved.", "",
             "C:\\Users\\tomas>node -v", node, "", "C:\\Users\\tomas>npm -v", npm, "",
             "C:\\Users\\tomas>git --version", f"git version {git}", "", "C:\\Users\\tomas>java -version",
             f'openjdk version "{java}" 2024-10-15 LTS', f"OpenJDK Runtime Environment Temurin-{java}+7 (build {java}+7-LTS)",
             "", "C:\\Users\\tomas>yarn -v",
             "'yarn' is not recognized as an internal or external command,", "operable program or batch file.", "",
             "C:\\Users\\tomas>"]
    term(sc, "cmd", "Liberation Mono", 15, "Command Prompt", lines, style="win")
    sc.q("what node version do i have", node, "version", "version", True)
    sc.q("is yarn installed?", "no", "yesno", "exists", False)
    sc.q("npm version?", npm, "version", "version", True)
    return sc


SCENES = [term_docker_images, term_helm_list, term_npm_audit, term_nmap, term_git_reflog, term_conda,
          term_dotnet_build, term_psql_tables, term_supervisor, term_zfs_list, term_traceroute, term_rspec, term_gradle,
          term_speedtest, term_versions]
