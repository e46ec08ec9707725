"""PIL-drawn scenes: receipts, terminals, cards, tickets, labels."""
from common import Canvas, font, rng, eur_de, usd, fr_num

# ----------------------------------------------------------------- receipts

def _receipt(M, name, width, header, items, fmt, footer_lines, extra_lines, fname="lmono", size=20, tax_line=None):
    lh = size + 8
    n = len(header) + len(items) + len(extra_lines) + len(footer_lines) + 3
    c = Canvas(width + 80, n * lh + 80, (236, 236, 232))
    c.d.rectangle([40, 20, 40 + width, n * lh + 60], fill=(252, 251, 246))
    f, fb = font(fname, size), font(fname + "_b" if fname + "_b" in __import__("common").FONTS else fname, size)
    y = 40
    for i, h in enumerate(header):
        c.ctext(40 + width / 2, y, h, fb if i == 0 else f, (30, 30, 30)); y += lh
    y += lh // 2
    c.d.line([60, y, 20 + width, y], fill=(90, 90, 90)); y += 10
    for label, price in items:
        c.text((60, y), label, f, (30, 30, 30)); c.rtext(20 + width, y, fmt(price), f, (30, 30, 30)); y += lh
    c.d.line([60, y, 20 + width, y], fill=(90, 90, 90)); y += 10
    for label, val, bold in extra_lines:
        ff = fb if bold else f
        c.text((60, y), label, ff, (20, 20, 20)); c.rtext(20 + width, y, val, ff, (20, 20, 20)); y += lh
    y += lh // 2
    for fl in footer_lines:
        c.ctext(40 + width / 2, y, fl, f, (60, 60, 60)); y += lh
    return c


def receipts(M):
    # German supermarket, EUR decimal comma
    items = [("Vollkornbrot 750g", 3.29), ("Bio Milch 1,5% 1L", 1.49), ("Bergkäse 200g", 4.19),
             ("Äpfel Elstar 1kg", 2.79), ("Kaffee Crema 500g", 7.99), ("Spülmittel", 1.15),
             ("Tomaten Rispe", 2.38), ("Pfand 0,25", 0.25)]
    total = round(sum(p for _, p in items), 2)
    given = 50.00
    change = round(given - total, 2)
    ex = [("SUMME EUR", eur_de(total), True), ("Bar", eur_de(given), False), ("Rückgeld", eur_de(change), False)]
    c = _receipt(M, "r", 460, ["MARKTHALLE LINDNER", "Gartenstr. 14, 04109 Leipzig", "Tel. 0341 5589210"],
                 items, eur_de, ["Bon 4471  Kasse 3  14.03.2025 18:42", "Vielen Dank für Ihren Einkauf!"], ex)
    n = M.scene("receipt_markthalle", c.save("receipt_markthalle"))
    M.q(n, "what did I pay in total here", eur_de(total) + "" , "money", "receipt", "field_value", True)
    M.q(n, "Wie viel Rückgeld habe ich bekommen?", eur_de(change), "money", "receipt", "field_value", True)
    mx = max(items, key=lambda t: t[1])
    M.q(n, "most expensive item on this receipt?", mx[0], "text", "receipt", "argmax", True)
    M.q(n, "how many line items are on the bon (count the pfand too)", str(len(items)), "count", "receipt", "count", False)

    # US diner receipt with tip
    items = [("2 Pancake Stack", 17.90), ("Veggie Omelette", 11.25), ("Side Bacon", 4.50),
             ("Fresh OJ (L)", 5.75), ("Coffee refill x3", 6.00)]
    sub = round(sum(p for _, p in items), 2)
    tax = round(sub * 0.0875, 2)
    tot = round(sub + tax, 2)
    ex = [("Subtotal", usd(sub), False), ("Tax 8.75%", usd(tax), False), ("TOTAL", usd(tot), True),
          ("VISA ****4417", usd(tot), False)]
    c = _receipt(M, "r", 420, ["RUSTY SPOON DINER", "881 Harbor Blvd, Oakland CA", "Server: Marisol  Table 12"],
                 items, usd, ["03/22/2025  09:17 AM", "Thank you! Tips appreciated"], ex, fname="fmono", size=19)
    n = M.scene("receipt_rusty_spoon", c.save("receipt_rusty_spoon"))
    M.q(n, "how much was the tax", usd(tax), "money", "receipt", "field_value", True)
    M.q(n, "who was our server?", "Marisol", "person", "receipt", "who", True)
    M.q(n, "if I add a $10 tip what's the grand total", usd(round(tot + 10, 2)), "money", "receipt", "arithmetic", False)

    # French receipt
    items = [("BAGUETTE TRADITION", 1.30), ("CROISSANT X4", 4.40), ("COMTE AOP 250G", 6.85),
             ("VIN ROUGE COTES DU RHONE", 8.90), ("EAU PETILLANTE 6X1L", 3.60), ("POIREAUX BIO", 2.15)]
    tot = round(sum(p for _, p in items), 2)
    ex = [("TOTAL TTC", fr_num(tot) + " €", True), ("CB SANS CONTACT", fr_num(tot) + " €", False),
          ("dont TVA 5,5%", fr_num(round(tot * 0.055 / 1.055, 2)) + " €", False)]
    c = _receipt(M, "r", 500, ["SUPERETTE DU CANAL", "27 quai de Jemmapes 75010 Paris", "SIRET 812 447 903 00021"],
                 items, lambda p: fr_num(p) + " €", ["Ticket 0193 - 05/04/2025 11:08", "Merci et à bientôt"], ex,
                 fname="mono", size=18)
    n = M.scene("receipt_superette", c.save("receipt_superette"))
    M.q(n, "C'est combien le comté ?", fr_num(6.85) + " €", "money", "receipt", "field_value", True)
    cheap = min(items, key=lambda t: t[1])
    M.q(n, "cheapest thing I bought", cheap[0], "text", "receipt", "argmin", True)

    # Swedish cafe receipt, kr
    items = [("Kanelbulle", 38.0), ("Kardemummabulle", 42.0), ("Cappuccino", 49.0), ("Oatly latte", 54.0),
             ("Räksmörgås", 119.0)]
    kr = lambda p: f"{p:.2f}".replace(".", ",") + " kr"
    tot = sum(p for _, p in items)
    ex = [("ATT BETALA", kr(tot), True), ("Moms 12%", kr(round(tot * 0.12 / 1.12, 2)), False), ("Swish", kr(tot), False)]
    c = _receipt(M, "r", 400, ["KAFÉ SJÖBODEN", "Strandvägen 9, Stockholm", "Org.nr 559123-4471"], items, kr,
                 ["Kvitto 20250411-088", "Välkommen åter!"], ex, fname="lmono", size=18)
    n = M.scene("receipt_sjoboden", c.save("receipt_sjoboden"))
    M.q(n, "how much more was the räksmörgås than the cappuccino", kr(119.0 - 49.0), "money", "receipt", "arithmetic", False)
    M.q(n, "How did they pay — card, cash, or Swish?", "Swish", "text", "receipt", "field_value", True)


# ----------------------------------------------------------------- terminals

SCHEMES = {
    "dark": dict(bg=(30, 30, 30), fg=(212, 212, 212), g=(106, 201, 106), r=(240, 96, 96), y=(229, 192, 123),
                 b=(97, 175, 239), c=(86, 182, 194), m=(198, 120, 221), dim=(128, 128, 128), bar=(50, 50, 52)),
    "solar": dict(bg=(0, 43, 54), fg=(147, 161, 161), g=(133, 153, 0), r=(220, 50, 47), y=(181, 137, 0),
                  b=(38, 139, 210), c=(42, 161, 152), m=(211, 54, 130), dim=(88, 110, 117), bar=(7, 54, 66)),
    "light": dict(bg=(250, 250, 248), fg=(40, 40, 40), g=(30, 130, 40), r=(190, 30, 30), y=(150, 110, 0),
                  b=(20, 90, 190), c=(0, 130, 140), m=(150, 40, 150), dim=(130, 130, 130), bar=(225, 225, 225)),
    "ubuntu": dict(bg=(48, 10, 36), fg=(238, 238, 236), g=(138, 226, 52), r=(239, 41, 41), y=(252, 233, 79),
                   b=(114, 159, 207), c=(52, 226, 226), m=(173, 127, 168), dim=(160, 150, 160), bar=(60, 60, 60)),
    "green": dict(bg=(8, 12, 8), fg=(80, 250, 120), g=(80, 250, 120), r=(255, 90, 90), y=(220, 220, 90),
                  b=(120, 180, 255), c=(90, 220, 220), m=(220, 130, 220), dim=(60, 140, 80), bar=(30, 40, 30)),
}


def terminal(name, lines, scheme="dark", title="bash", w=None, fname="mono", size=16):
    s = SCHEMES[scheme]
    f = font(fname, size)
    lh = size + 6
    cw = f.getlength("M")
    maxlen = max(sum(len(t) for t, _ in (l if isinstance(l, list) else [(l, "fg")])) for l in lines)
    W = int(max(w or 720, maxlen * cw + 50))
    H = 40 + len(lines) * lh + 24
    c = Canvas(W, H, s["bg"])
    c.d.rectangle([0, 0, W, 30], fill=s["bar"])
    for i, col in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        c.d.ellipse([12 + i * 22, 9, 24 + i * 22, 21], fill=col)
    tf = font("sans", 13)
    c.d.text((W / 2 - tf.getlength(title) / 2, 8), title, font=tf, fill=s["dim"] if scheme != "light" else (70, 70, 70))
    y = 40
    for l in lines:
        segs = l if isinstance(l, list) else [(l, "fg")]
        x = 14
        for t, col in segs:
            c.text((x, y), t, f, s[col])
            x += f.getlength(t)
        y += lh
    return c.save(name)


def P(user="dev", host="box", path="~", sym="$"):
    return [(f"{user}@{host}", "g"), (":", "fg"), (path, "b"), (f"{sym} ", "fg")]


def terminals(M):
    R = rng("ls")
    # ls -l
    files = [("drwxr-xr-x", 2, "4096", "Mar  3 10:12", "assets"), ("-rw-r--r--", 1, "18432", "Mar  3 09:58", "budget_2025.xlsx"),
             ("-rwxr-xr-x", 1, "2291", "Feb 27 16:40", "deploy.sh"), ("-rw-r--r--", 1, "734003", "Mar  1 08:03", "photo_archive.tar.gz"),
             ("-rw-------", 1, "1675", "Jan 19 22:11", "id_ed25519"), ("-rw-r--r--", 1, "9120", "Mar  2 13:27", "notes.md"),
             ("drwxr-xr-x", 5, "4096", "Feb 11 17:45", "node_modules"), ("-rw-r--r--", 1, "56", "Mar  3 10:15", "TODO.txt")]
    lines = [P("kasia", "thinkpad", "~/projects/ledger") + [("ls -l", "fg")], f"total {sum(int(x[2]) for x in files)//1024}"]
    for perm, ln, sz, dt, nm in files:
        col = "b" if perm[0] == "d" else ("g" if "x" in perm[1:4] else "fg")
        lines.append([(f"{perm} {ln} kasia kasia {sz:>7} {dt} ", "fg"), (nm, col)])
    lines.append(P("kasia", "thinkpad", "~/projects/ledger") + [("", "fg")])
    n = M.scene("term_ls", terminal("term_ls", lines, "dark", "kasia@thinkpad: ~/projects/ledger"))
    big = max([f for f in files if f[0][0] != "d"], key=lambda f: int(f[2]))
    M.q(n, "which file is the biggest in this listing", big[4], "text", "terminal", "argmax", True)
    M.q(n, "how many directories are there", str(sum(1 for f in files if f[0][0] == "d")), "count", "terminal", "count", False)
    M.q(n, "what are the permissions on deploy.sh", "-rwxr-xr-x", "code", "terminal", "cell_lookup", True)

    # df -h
    rows = [("Filesystem", "Size", "Used", "Avail", "Use%", "Mounted on"),
            ("/dev/nvme0n1p2", "468G", "391G", "54G", "88%", "/"), ("tmpfs", "7.8G", "212M", "7.6G", "3%", "/dev/shm"),
            ("/dev/nvme0n1p1", "511M", "61M", "451M", "12%", "/boot/efi"), ("/dev/sdb1", "1.8T", "1.7T", "92G", "95%", "/mnt/backup"),
            ("/dev/sdc1", "932G", "301G", "631G", "33%", "/srv/media"), ("tmpfs", "1.6G", "88K", "1.6G", "1%", "/run/user/1000")]
    lines = [P("root", "nas01", "~", "#") + [("df -h", "fg")]]
    for r in rows:
        lines.append(f"{r[0]:<16}{r[1]:>6}{r[2]:>6}{r[3]:>6}{r[4]:>5} {r[5]}")
    lines.append(P("root", "nas01", "~", "#"))
    n = M.scene("term_df", terminal("term_df", lines, "solar", "root@nas01"))
    full = max(rows[1:], key=lambda r: int(r[4][:-1]))
    M.q(n, "which mount is the fullest?", full[5], "code", "terminal", "argmax", True)
    M.q(n, "how much space is free on /srv/media", "631G", "number", "terminal", "cell_lookup", True)
    M.q(n, "how many filesystems are over 80% used", str(sum(1 for r in rows[1:] if int(r[4][:-1]) > 80)), "count", "terminal", "count", False)

    # git log --oneline style with authors
    commits = [("a91f3c2", "Lena Vogt", "2 hours ago", "fix: handle empty CSV upload"),
               ("7d02be1", "Tomás Ribeiro", "5 hours ago", "feat: add export to ODS"),
               ("e44a910", "Lena Vogt", "yesterday", "refactor: split parser module"),
               ("3bc7d55", "Priya Nair", "2 days ago", "docs: update install steps"),
               ("0f8e6aa", "Tomás Ribeiro", "3 days ago", "test: cover locale date parsing"),
               ("c2d19f4", "Oskar Lund", "4 days ago", "chore: bump pandas to 2.2.1"),
               ("91aa3e0", "Priya Nair", "6 days ago", "feat: dark mode for report viewer")]
    lines = [[("$ ", "fg"), ("git log --pretty='%h %an %ar %s' -7", "fg")]]
    for h, a, t, m in commits:
        lines.append([(h + " ", "y"), (f"{a:<14}", "b"), (f"{t:<12}", "g"), (m, "fg")])
    n = M.scene("term_gitlog", terminal("term_gitlog", lines, "light", "zsh — ledger-app", w=1140))
    M.q(n, "who made the latest commit", commits[0][1], "person", "terminal", "first_last", True)
    M.q(n, "what's the hash of the commit that bumped pandas", "c2d19f4", "code", "terminal", "field_value", True)
    from collections import Counter
    cnt = Counter(a for _, a, _, _ in commits)
    M.q(n, "how many of these commits are by Priya", str(cnt["Priya Nair"]), "count", "terminal", "count", False)

    # docker ps
    cont = [("3f2a9c1e7b44", "postgres:16.2", "Up 3 days", "0.0.0.0:5432->5432/tcp", "db"),
            ("a0b71d2e9c55", "redis:7-alpine", "Up 3 days", "6379/tcp", "cache"),
            ("77c1e0f4a2d9", "ghcr.io/acme/api:1.14.3", "Restarting (1) 12 seconds ago", "", "api"),
            ("c9d8e7f6a5b4", "nginx:1.25", "Up 2 hours", "0.0.0.0:443->443/tcp", "proxy"),
            ("1e2d3c4b5a69", "grafana/grafana:10.4.1", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana")]
    lines = [[("❯ ", "m"), ("docker ps", "fg")],
             f"{'CONTAINER ID':<14}{'IMAGE':<26}{'STATUS':<32}{'PORTS':<26}NAMES"]
    for cid, im, st, po, nm in cont:
        lines.append(f"{cid:<14}{im:<26}{st:<32}{po:<26}{nm}")
    n = M.scene("term_docker", terminal("term_docker", lines, "ubuntu", "ops@vm-prod-2: ~", w=1180))
    M.q(n, "which container keeps restarting?", "api", "text", "terminal", "field_value", True)
    M.q(n, "what version of grafana is running", "10.4.1", "version", "terminal", "field_value", True)
    M.q(n, "how many containers are listed", str(len(cont)), "count", "terminal", "count", False)

    # pytest
    tests = [("tests/test_parser.py", ".......", 7, 0), ("tests/test_export.py", "..F..", 5, 1),
             ("tests/test_dates.py", "......F.F", 9, 2), ("tests/test_cli.py", "....", 4, 0)]
    passed = sum(t[2] - t[3] for t in tests); failed = sum(t[3] for t in tests)
    lines = [[("$ ", "g"), ("pytest -q", "fg")]]
    for f_, dots, n_, fl in tests:
        lines.append([(f"{f_} ", "fg"), (dots, "g" if fl == 0 else "r")])
    fails = ["tests/test_export.py::test_ods_unicode_sheet_names", "tests/test_dates.py::test_parse_dmy_with_dots",
             "tests/test_dates.py::test_two_digit_year_pivot"]
    lines += ["", [("=" * 20 + " short test summary info " + "=" * 20, "fg")]]
    errs = ["AssertionError: 'Übersicht' != 'Ubersicht'", "ValueError: day is out of range for month",
            "assert 1969 == 2069"]
    for fn, e in zip(fails, errs):
        lines.append([("FAILED ", "r"), (f"{fn} - {e}", "fg")])
    lines.append([(f"{failed} failed", "r"), (", ", "fg"), (f"{passed} passed", "g"), (" in 2.41s", "fg")])
    n = M.scene("term_pytest", terminal("term_pytest", lines, "dark", "pytest", w=1200))
    M.q(n, "how many tests failed", str(failed), "count", "terminal", "count", True)
    M.q(n, "which test in test_export failed?", "test_ods_unicode_sheet_names", "code", "terminal", "error", True)
    M.q(n, "what error did the two digit year test give", errs[2], "error", "terminal", "error", True)
    M.q(n, "did everything pass?", "no", "yesno", "terminal", "yesno", False)

    # kubectl get pods
    pods = [("web-7c9f8d6b5-2xkqp", "1/1", "Running", 0, "4d2h"), ("web-7c9f8d6b5-9mzlr", "1/1", "Running", 0, "4d2h"),
            ("worker-5b4c7d9f8-tq6vn", "0/1", "CrashLoopBackOff", 17, "58m"), ("scheduler-6d8b9c7f5-hh2wd", "1/1", "Running", 2, "11d"),
            ("migrate-28531920-kx4bs", "0/1", "Completed", 0, "3h12m"), ("redis-0", "1/1", "Running", 0, "23d")]
    lines = [[("% ", "g"), ("~ ", "c"), ("kubectl get pods -n shop-prod", "fg")],
             f"{'NAME':<28}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    for p in pods:
        lines.append(f"{p[0]:<28}{p[1]:<8}{p[2]:<19}{p[3]:<10}{p[4]}")
    n = M.scene("term_kubectl", terminal("term_kubectl", lines, "green", "kubectl", fname="lmono", w=1120))
    mr = max(pods, key=lambda p: p[3])
    M.q(n, "which pod has the most restarts and how many", f"{mr[0]}, {mr[3]}", "text", "terminal", "multi_part", False)
    M.q(n, "how old is redis-0", "23d", "text", "terminal", "cell_lookup", True)
    M.q(n, "how many pods are Running", str(sum(1 for p in pods if p[2] == "Running")), "count", "terminal", "count", False)

    # ping + curl
    times = [12.4, 11.9, 48.7, 12.1, 13.0]
    lines = [[("$ ", "fg"), ("ping -c 5 intranet.fjordline.no", "fg")], "PING intranet.fjordline.no (10.20.4.17) 56(84) bytes of data."]
    for i, t in enumerate(times, 1):
        lines.append(f"64 bytes from 10.20.4.17: icmp_seq={i} ttl=62 time={t} ms")
    lines += ["", "--- intranet.fjordline.no ping statistics ---", "5 packets transmitted, 5 received, 0% packet loss, time 4006ms",
              f"rtt min/avg/max/mdev = {min(times):.3f}/{sum(times)/5:.3f}/{max(times):.3f}/14.331 ms",
              [("$ ", "fg"), ("curl -sI https://intranet.fjordline.no/login", "fg")],
              "HTTP/2 503", "server: nginx", "content-type: text/html", "retry-after: 120"]
    n = M.scene("term_ping", terminal("term_ping", lines, "dark", "Terminal"))
    M.q(n, "what's the IP address it pinged", "10.20.4.17", "code", "terminal", "field_value", True)
    M.q(n, "which icmp_seq had the slowest reply", str(times.index(max(times)) + 1), "number", "terminal", "argmax", False)
    M.q(n, "what status code did curl get back", "503", "error", "terminal", "error", True)

    # gcc error
    lines = [[("$ ", "fg"), ("make", "fg")], "gcc -Wall -O2 -c src/ringbuf.c -o build/ringbuf.o",
             "gcc -Wall -O2 -c src/main.c -o build/main.o",
             [("src/main.c:47:18: ", "fg"), ("error: ", "r"), ("'struct config' has no member named 'timeout_ms'", "fg")],
             "   47 |     if (cfg->timeout_ms > 0) {", "      |                  ^~~~~~~~~~",
             [("src/main.c:88:5: ", "fg"), ("warning: ", "m"), ("implicit declaration of function 'usleep'", "fg")],
             "make: *** [Makefile:23: build/main.o] Error 1", [("$ ", "fg"), ("echo $?", "fg")], "2"]
    n = M.scene("term_gcc", terminal("term_gcc", lines, "light", "xterm", fname="fmono", size=17, w=1100))
    M.q(n, "what's the compile error", "'struct config' has no member named 'timeout_ms'", "error", "terminal", "error", True)
    M.q(n, "which line of main.c is the error on", "47", "number", "terminal", "field_value", True)
    M.q(n, "exit status of make?", "2", "number", "terminal", "error", True)

    # systemctl status
    lines = [[("$ ", "fg"), ("systemctl status backup-sync.service", "fg")],
             [("× ", "r"), ("backup-sync.service - Nightly rsync to offsite storage", "fg")],
             "     Loaded: loaded (/etc/systemd/system/backup-sync.service; enabled; preset: disabled)",
             [("     Active: ", "fg"), ("failed (Result: exit-code)", "r"), (" since Tue 2025-03-18 02:00:41 CET; 7h ago", "fg")],
             "    Process: 41822 ExecStart=/usr/local/bin/backup-sync.sh (code=exited, status=23)",
             "   Main PID: 41822 (code=exited, status=23)", "        CPU: 1min 12.409s", "",
             "Mar 18 02:00:03 vega backup-sync.sh[41822]: sending incremental file list",
             "Mar 18 02:00:41 vega backup-sync.sh[41822]: rsync error: some files/attrs were not transferred (code 23)",
             "Mar 18 02:00:41 vega systemd[1]: backup-sync.service: Failed with result 'exit-code'."]
    n = M.scene("term_systemctl", terminal("term_systemctl", lines, "solar", "admin@vega", size=15, w=1150))
    M.q(n, "is the backup service running ok?", "no", "yesno", "terminal", "yesno", False)
    M.q(n, "what exit status did it fail with", "23", "number", "terminal", "error", True)
    M.q(n, "when did it fail (time)", "02:00:41", "time", "terminal", "when", True)

    # top-like
    R = rng("top")
    procs = [(2231, "mara", 87.3, 12.1, "python3"), (912, "root", 21.6, 1.4, "dockerd"), (4410, "mara", 14.2, 9.8, "firefox"),
             (3120, "mara", 6.1, 22.4, "code"), (77, "root", 2.0, 0.3, "kswapd0"), (5001, "postgres", 1.7, 4.6, "postgres"),
             (1880, "mara", 0.9, 3.3, "slack")]
    lines = ["top - 10:41:07 up 12 days,  3:02,  2 users,  load average: 2.14, 1.87, 1.52",
             "Tasks: 312 total,   2 running, 310 sleeping,   0 stopped,   0 zombie",
             "MiB Mem :  15872.4 total,    911.2 free,   9930.6 used,   5030.6 buff/cache", "",
             [(f"{'PID':>6} {'USER':<9}{'%CPU':>6}{'%MEM':>6}  COMMAND", "y")]]
    for p in procs:
        lines.append(f"{p[0]:>6} {p[1]:<9}{p[2]:>6.1f}{p[3]:>6.1f}  {p[4]}")
    n = M.scene("term_top", terminal("term_top", lines, "ubuntu", "top", size=15))
    mm = max(procs, key=lambda p: p[3])
    M.q(n, "what's eating the most memory", mm[4], "text", "terminal", "argmax", True)
    M.q(n, "PID of firefox?", "4410", "number", "terminal", "cell_lookup", True)

    # pip list
    pk = [("certifi", "2024.2.2"), ("charset-normalizer", "3.3.2"), ("idna", "3.6"), ("numpy", "1.26.4"),
          ("pandas", "2.2.1"), ("pip", "24.0"), ("python-dateutil", "2.9.0.post0"), ("pytz", "2024.1"),
          ("requests", "2.31.0"), ("six", "1.16.0"), ("tzdata", "2024.1"), ("urllib3", "2.2.1")]
    lines = [[("(venv) ", "dim"), ("PS C:\\Users\\jonas\\etl> ", "fg"), ("pip list", "y")],
             f"{'Package':<20}Version", f"{'-'*19} {'-'*12}"] + [f"{a:<20}{b}" for a, b in pk]
    n = M.scene("term_pip", terminal("term_pip", lines, "dark", "Windows PowerShell", fname="lmono"))
    M.q(n, "which pandas version do i have", "2.2.1", "version", "terminal", "cell_lookup", True)
    M.q(n, "is scipy installed?", "no", "yesno", "terminal", "yesno", False)
    M.q(n, "how many packages are in the list", str(len(pk)), "count", "terminal", "count", False)


# ----------------------------------------------------------------- cards, tickets, labels

def cards(M):
    # business card
    c = Canvas(1050, 600, (244, 241, 234))
    c.d.rectangle([0, 0, 24, 600], fill=(31, 78, 121))
    c.text((80, 90), "Ingrid Halvorsen", font("lato_b", 54), (31, 78, 121))
    c.text((80, 160), "Senior Structural Engineer", font("lato", 30), (90, 90, 90))
    c.text((80, 250), "Bjørkvik Ingeniør AS", font("lato_b", 30), (40, 40, 40))
    for i, l in enumerate(["Tollbugata 31, 0157 Oslo", "Mob. +47 915 62 388", "ingrid.halvorsen@bjorkvik.no", "www.bjorkvik.no"]):
        c.text((80, 320 + i * 48), l, font("lato", 28), (60, 60, 60))
    n = M.scene("card_business", c.save("card_business"))
    M.q(n, "what's her mobile number", "+47 915 62 388", "phone", "card", "field_value", True)
    M.q(n, "what city is the office in", "Oslo", "text", "card", "where", True)

    # boarding pass
    c = Canvas(1200, 460, (255, 255, 255))
    c.d.rectangle([0, 0, 1200, 80], fill=(196, 18, 48))
    c.text((30, 20), "AURORA AIR", font("sans_b", 34), (255, 255, 255))
    c.text((880, 28), "BOARDING PASS", font("sans", 24), (255, 255, 255))
    fields = [("PASSENGER", "MORENO/LUCIA MS", 30, 110), ("FLIGHT", "AU 2417", 520, 110), ("DATE", "14 MAY 2025", 690, 110),
              ("FROM", "MADRID MAD", 30, 210), ("TO", "COPENHAGEN CPH", 340, 210), ("GATE", "K47", 690, 210),
              ("BOARDING", "07:35", 30, 310), ("DEPARTS", "08:10", 240, 310), ("SEAT", "23F", 450, 310), ("ZONE", "3", 600, 310)]
    for lab, val, x, y in fields:
        c.text((x, y), lab, font("sans", 16), (130, 130, 130)); c.text((x, y + 24), val, font("sans_b", 30), (20, 20, 20))
    c.d.line([930, 90, 930, 440], fill=(180, 180, 180), width=2)
    R = rng("bp")
    for i in range(60):
        x = 960 + i * 3.5
        if R.random() < 0.6:
            c.d.rectangle([x, 150, x + 2, 380], fill=(0, 0, 0))
    n = M.scene("ticket_boarding", c.save("ticket_boarding"))
    M.q(n, "what gate am i at", "K47", "code", "ticket", "field_value", True)
    M.q(n, "seat?", "23F", "code", "ticket", "field_value", True)
    import datetime as _dt
    fd = {k: v for k, v, _, _ in fields}
    bh, bm = map(int, fd["BOARDING"].split(":")); dh, dm = map(int, fd["DEPARTS"].split(":"))
    M.q(n, "how many minutes between boarding and departure", str((dh * 60 + dm) - (bh * 60 + bm)), "number", "ticket", "arithmetic", False)
    wd = _dt.datetime.strptime(fd["DATE"].title(), "%d %b %Y").strftime("%A")
    M.q(n, "what day of the week is the flight", wd, "text", "ticket", "when", False)

    # shipping label
    c = Canvas(800, 1000, (255, 255, 255))
    c.d.rectangle([10, 10, 790, 990], outline=(0, 0, 0), width=4)
    c.text((30, 30), "FROM:", font("lsans_b", 20), (0, 0, 0))
    for i, l in enumerate(["Keramikwerkstatt Brandl", "Hauptplatz 5", "8010 Graz", "AUSTRIA"]):
        c.text((30, 58 + i * 26), l, font("lsans", 22), (0, 0, 0))
    c.d.line([10, 180, 790, 180], fill=(0, 0, 0), width=3)
    c.text((30, 195), "SHIP TO:", font("lsans_b", 24), (0, 0, 0))
    for i, l in enumerate(["Sophie Vermeulen", "Kloosterstraat 112 bus 3", "2000 Antwerpen", "BELGIUM"]):
        c.text((30, 232 + i * 40), l, font("lsans_b", 34), (0, 0, 0))
    c.d.line([10, 410, 790, 410], fill=(0, 0, 0), width=3)
    info = [("Weight", "3.8 kg"), ("Pieces", "2 of 2"), ("Service", "EXPRESS 12:00"), ("Ref", "PO-88213")]
    for i, (a, b) in enumerate(info):
        c.text((30 + (i % 2) * 380, 430 + (i // 2) * 60), a + ":", font("lsans", 22), (0, 0, 0))
        c.text((150 + (i % 2) * 380, 430 + (i // 2) * 60), b, font("lsans_b", 26), (0, 0, 0))
    R = rng("label")
    x = 60
    while x < 740:
        wbar = R.choice([2, 3, 5]); c.d.rectangle([x, 580, x + wbar, 800], fill=(0, 0, 0)); x += wbar + R.choice([2, 3, 4])
    c.ctext(400, 815, "TRACKING: 1Z 4F7 290 66 8812 3095", font("lmono_b", 28), (0, 0, 0))
    n = M.scene("label_shipping", c.save("label_shipping"))
    M.q(n, "who is this parcel going to", "Sophie Vermeulen", "person", "label", "who", True)
    M.q(n, "tracking number?", "1Z 4F7 290 66 8812 3095", "code", "label", "field_value", True)

    # loyalty card
    c = Canvas(860, 540, (20, 20, 20))
    c.d.rounded_rectangle([20, 20, 840, 520], 30, fill=(0, 112, 96))
    c.text((60, 60), "Bottega Verde Club", font("serif_b", 40), (255, 240, 200))
    c.text((60, 120), "Carta Fedeltà  ·  livello ORO", font("serif", 26), (255, 240, 200))
    c.text((60, 250), "Titolare", font("sans", 18), (200, 230, 220)); c.text((60, 275), "Giulia Ferraresi", font("sans_b", 32), (255, 255, 255))
    c.text((60, 340), "N. tessera", font("sans", 18), (200, 230, 220)); c.text((60, 365), "3090 7714 2256", font("lmono_b", 32), (255, 255, 255))
    c.text((520, 340), "Punti", font("sans", 18), (200, 230, 220)); c.text((520, 365), "1.845", font("sans_b", 32), (255, 255, 255))
    c.text((60, 440), "Valida fino al 31/12/2026", font("sans", 22), (200, 230, 220))
    n = M.scene("card_loyalty", c.save("card_loyalty"))
    M.q(n, "quanti punti ha Giulia?", "1.845", "number", "card", "field_value", True)
    M.q(n, "when does this card expire", "31/12/2026", "date", "card", "field_value", True)

    # Dutch train ticket
    c = Canvas(900, 420, (255, 214, 0))
    c.d.rectangle([20, 20, 880, 400], fill=(255, 250, 225))
    c.text((40, 35), "Enkele reis  ·  2e klas", font("sans_b", 30), (0, 40, 120))
    c.text((40, 100), "Van", font("sans", 20), (90, 90, 90)); c.text((40, 125), "Utrecht Centraal", font("sans_b", 34), (0, 0, 0))
    c.text((470, 100), "Naar", font("sans", 20), (90, 90, 90)); c.text((470, 125), "Groningen", font("sans_b", 34), (0, 0, 0))
    c.text((40, 200), "Geldig op", font("sans", 20), (90, 90, 90)); c.text((40, 225), "vr 20-06-2025", font("sans_b", 28), (0, 0, 0))
    c.text((470, 200), "Prijs", font("sans", 20), (90, 90, 90)); c.text((470, 225), "€ 27,40", font("sans_b", 28), (0, 0, 0))
    c.text((40, 300), "Reiziger: J. de Boer   ·   Kortingskaart: Dal Voordeel (40%)", font("sans", 20), (60, 60, 60))
    c.text((40, 340), "Ticketnr. NS-5520-318-774", font("lmono", 20), (60, 60, 60))
    n = M.scene("ticket_train", c.save("ticket_train"))
    M.q(n, "where does this train ticket go to", "Groningen", "text", "ticket", "where", True)
    M.q(n, "wat heb ik betaald?", "€ 27,40", "money", "ticket", "field_value", True)
    M.q(n, "is it first class?", "no", "yesno", "ticket", "yesno", False)


def build(M):
    receipts(M)
    terminals(M)
    cards(M)
