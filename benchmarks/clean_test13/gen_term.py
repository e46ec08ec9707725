"""Terminal screenshots with realistic command output."""
import random
from common import Q, scene, page, esc

SCHEMES = {
    "dracula": ("#282a36", "#f8f8f2", "#50fa7b", "#bd93f9", "#ff5555", "#f1fa8c", "#8be9fd"),
    "solar": ("#002b36", "#93a1a1", "#859900", "#268bd2", "#dc322f", "#b58900", "#2aa198"),
    "light": ("#fdfdfd", "#222222", "#1a7f37", "#0550ae", "#cf222e", "#9a6700", "#1b7c83"),
    "gruvbox": ("#282828", "#ebdbb2", "#b8bb26", "#83a598", "#fb4934", "#fabd2f", "#8ec07c"),
    "mono": ("#0c0c0c", "#cccccc", "#16c60c", "#3b78ff", "#e74856", "#f9f1a5", "#61d6d6"),
}
FONTS = ["'DejaVu Sans Mono'", "'Liberation Mono'", "'Inconsolata'"]


def term(body, scheme="dracula", title="user@host: ~", font=0, size=14, w=1000):
    bg, fg, g, b, r, y, c = SCHEMES[scheme]
    css = f"""body{{background:#9aa5b1;padding:24px}} .w{{width:{w-48}px;border-radius:8px;overflow:hidden;box-shadow:0 6px 20px #0006}}
    .t{{background:#3a3f47;color:#ddd;font:13px 'Liberation Sans';padding:7px 12px;text-align:center;position:relative}}
    .t i{{position:absolute;left:12px;top:8px;letter-spacing:4px;font-style:normal;color:#ff5f56}}
    pre{{margin:0;background:{bg};color:{fg};padding:14px;font-family:{FONTS[font]},monospace;font-size:{size}px;line-height:1.35;white-space:pre}}
    .g{{color:{g}}} .b{{color:{b};font-weight:bold}} .r{{color:{r}}} .y{{color:{y}}} .c{{color:{c}}} .B{{font-weight:bold}}"""
    return page(f"<div class='w'><div class='t'><i>●●●</i>{esc(title)}</div><pre>{body}</pre></div>", css)


def P(user="dev", host="box", path="~"):
    return f"<span class='g'>{user}@{host}</span>:<span class='b'>{path}</span>$ "


def scenes(seed):
    rng = random.Random(seed + 2)
    out = []

    # ls -l
    files = [("drwxr-xr-x", 2, "maria", "staff", 4096, "Mar  3 09:12", "assets", True),
             ("-rw-r--r--", 1, "maria", "staff", 18244, "Mar  2 17:40", "README.md", False),
             ("-rwxr-xr-x", 1, "maria", "staff", 2310, "Feb 27 11:05", "deploy.sh", False),
             ("drwxr-xr-x", 5, "maria", "staff", 4096, "Mar  4 08:51", "src", True),
             ("-rw-r--r--", 1, "root", "root", 734003, "Jan 19 22:30", "dump.sql", False),
             ("-rw-r--r--", 1, "maria", "staff", 96120, "Mar  1 14:22", "package-lock.json", False),
             ("-rw-r--r--", 1, "maria", "staff", 1207, "Mar  1 14:22", "package.json", False),
             ("drwxr-xr-x", 3, "maria", "staff", 4096, "Feb 20 10:00", "tests", True),
             ("-rw-------", 1, "maria", "staff", 412, "Mar  4 08:49", ".env", False)]
    files.sort(key=lambda f: f[6].lstrip("."))
    lines = [P("maria", "mbp", "~/proj/kiosk") + "ls -la", f"total {sum(f[4] for f in files)//1024}"]
    for p, n, u, gname, sz, d, name, isdir in files:
        nm = f"<span class='b'>{name}</span>" if isdir else (f"<span class='g B'>{name}</span>" if "x" in p[3] else name)
        lines.append(f"{p} {n:2d} {u:<5} {gname:<5} {sz:>7} {d} {nm}")
    lines.append(P("maria", "mbp", "~/proj/kiosk"))
    big = max(files, key=lambda f: f[4])
    out.append(scene("term_ls", "terminal", 900, 420, term("\n".join(lines), "dracula", "maria@mbp: ~/proj/kiosk", 0, w=900), qs=[
        Q("which file is the biggest here", big[6], "text", "argmax", True),
        Q("how many directories are in this listing", str(sum(f[7] for f in files)), "count", "count", False),
        Q("who owns dump.sql?", "root", "text", "table_cell", True),
    ]))

    # df -h
    fs = [("/dev/nvme0n1p2", "468G", "401G", "44G", 91, "/"), ("tmpfs", "7.8G", "2.1M", "7.8G", 1, "/dev/shm"),
          ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"), ("/dev/sda1", "1.8T", "1.1T", "658G", 63, "/mnt/backup"),
          ("/dev/mapper/data-lv", "932G", "845G", "40G", 96, "/srv/data"), ("overlay", "468G", "401G", "44G", 91, "/var/lib/docker/overlay2/3f9e/merged")]
    lines = [P("ops", "nas01") + "df -h", "Filesystem           Size  Used Avail Use% Mounted on"]
    for f in fs:
        lines.append(f"{f[0]:<20} {f[1]:>5} {f[2]:>5} {f[3]:>5} {str(f[4])+'%':>4} {f[5]}")
    fullest = max(fs, key=lambda f: f[4])
    out.append(scene("term_df", "terminal", 1100, 330, term("\n".join(lines), "solar", "ops@nas01", 1, w=1100), qs=[
        Q("which mount is the most full", fullest[5], "text", "argmax", True),
        Q("how much space is left on root?", fs[0][3], "text", "table_cell", True),
        Q("is /mnt/backup over 80% used?", "no", "yesno", "yesno", False),
    ]))

    # git log
    commits = [("a91c3e7", "Priya Raman", "2 hours ago", "Fix race in session refresh"),
               ("5d02b1f", "Lukas Weber", "5 hours ago", "Bump axios to 1.7.4"),
               ("e77a4c0", "Priya Raman", "yesterday", "Add retry to webhook sender"),
               ("0c3f9d2", "Sofía Herrera", "2 days ago", "Refactor billing module into services"),
               ("9be1d55", "Tom Okoye", "3 days ago", "Docs: update API auth section"),
               ("31a8f60", "Lukas Weber", "4 days ago", "CI: cache node_modules")]
    lines = [P("dev", "ci-runner", "~/web") + "git log --oneline --format='%h %an, %ar: %s' -6"]
    for h, a, t, m in commits:
        lines.append(f"<span class='y'>{h}</span> {a}, <span class='c'>{t}</span>: {m}")
    cnt = {}
    for c in commits:
        cnt[c[1]] = cnt.get(c[1], 0) + 1
    out.append(scene("term_gitlog", "terminal", 1100, 300, term("\n".join(lines), "gruvbox", "dev@ci-runner: ~/web", 2, 15, w=1100), qs=[
        Q("who made the latest commit", commits[0][1], "person", "ordinal", True),
        Q("what's the hash of the commit that bumped axios", "5d02b1f", "code", "field_read", True),
        Q("who updated the API auth docs?", next(c[1] for c in commits if "auth section" in c[3]), "person", "who_when_where", True),
    ]))

    # git status
    mod = ["src/api/client.ts", "src/components/Header.tsx", "package.json"]
    new = ["src/utils/retry.ts", "notes.txt"]
    staged = ["src/api/types.ts"]
    lines = [P("dev", "laptop", "~/shop-ui") + "git status", "On branch <span class='B'>feature/checkout-v2</span>",
             "Your branch is ahead of 'origin/feature/checkout-v2' by 3 commits.", "  (use \"git push\" to publish your local commits)", "",
             "Changes to be committed:", "  (use \"git restore --staged &lt;file&gt;...\" to unstage)"]
    lines += [f"\t<span class='g'>modified:   {f}</span>" for f in staged]
    lines += ["", "Changes not staged for commit:", "  (use \"git add &lt;file&gt;...\" to update what will be committed)"]
    lines += [f"\t<span class='r'>modified:   {f}</span>" for f in mod]
    lines += ["", "Untracked files:", "  (use \"git add &lt;file&gt;...\" to include in what will be committed)"]
    lines += [f"\t<span class='r'>{f}</span>" for f in new]
    out.append(scene("term_gitstatus", "terminal", 900, 520, term("\n".join(lines), "light", "dev@laptop: ~/shop-ui", 0, w=900), qs=[
        Q("what branch am I on", "feature/checkout-v2", "code", "field_read", True),
        Q("how many files are modified but not staged?", str(len(mod)), "count", "count", False),
        Q("how many commits ahead of origin", "3", "number", "field_read", True),
    ]))

    # docker ps
    conts = [("4f1a2b9c0d11", "postgres:16-alpine", "Up 3 days", "0.0.0.0:5432->5432/tcp", "shop-db"),
             ("b7e3d9a01f42", "redis:7.2", "Up 3 days", "6379/tcp", "shop-cache"),
             ("c2d81f77ab03", "ghcr.io/acme/shop-api:2.14.1", "Restarting (1) 12 seconds ago", "", "shop-api"),
             ("9a0e6c3b5d74", "nginx:1.27", "Up 2 hours", "0.0.0.0:8080->80/tcp", "shop-proxy"),
             ("e5f4a3b2c1d0", "grafana/grafana:11.1.0", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana")]
    lines = [P("root", "srv-shop", "/opt/shop") + "docker ps",
             "CONTAINER ID   IMAGE                          STATUS                          PORTS                    NAMES"]
    for c in conts:
        lines.append(f"{c[0]}   {c[1]:<30} {c[2]:<31} {c[3]:<24} {c[4]}")
    out.append(scene("term_docker", "terminal", 1240, 300, term("\n".join(lines), "mono", "root@srv-shop: /opt/shop", 1, 14, w=1240), qs=[
        Q("which container keeps restarting", "shop-api", "text", "field_read", True),
        Q("what host port is nginx on", "8080", "number", "table_cell", True),
        Q("grafana version?", "11.1.0", "version", "field_read", True),
    ]))

    # kubectl
    pods = [("api-7c9d8f6b5-2xkqz", "1/1", "Running", 0, "4d"), ("api-7c9d8f6b5-9mtlp", "1/1", "Running", 1, "4d"),
            ("worker-5b6c7d8e9-h4r2n", "0/1", "CrashLoopBackOff", 17, "61m"), ("worker-5b6c7d8e9-p8s7d", "1/1", "Running", 0, "61m"),
            ("scheduler-6f7a8b9c-l5vwx", "1/1", "Running", 2, "9d"), ("migrate-29311040-qz8bn", "0/1", "Completed", 0, "3h"),
            ("redis-0", "1/1", "Running", 0, "12d"), ("mailer-84c5d6e7f-tt2wc", "0/1", "ImagePullBackOff", 0, "8m")]
    lines = [P("sre", "bastion") + "kubectl get pods -n payments", "NAME                       READY   STATUS             RESTARTS   AGE"]
    for p in pods:
        col = "r" if p[2] not in ("Running", "Completed") else ""
        st = f"<span class='{col}'>{p[2]:<18}</span>" if col else f"{p[2]:<18}"
        lines.append(f"{p[0]:<26} {p[1]:<7} {st} {p[3]:<10} {p[4]}")
    mr = max(pods, key=lambda p: p[3])
    out.append(scene("term_kubectl", "terminal", 900, 360, term("\n".join(lines), "dracula", "sre@bastion", 2, 15, w=900), qs=[
        Q("how many pods are not Running", str(sum(p[2] != "Running" for p in pods)), "count", "count", False),
        Q("which pod has restarted the most", mr[0], "code", "argmax", True),
        Q("why is the mailer pod down", "ImagePullBackOff", "error", "terminal_error", True),
    ]))

    # pytest
    tests = [("tests/test_cart.py", "..........", ""), ("tests/test_checkout.py", "....F..", "test_apply_coupon_expired"),
             ("tests/test_inventory.py", "............", ""), ("tests/test_payments.py", "..F.s...", "test_refund_partial")]
    passed = sum(t[1].count(".") for t in tests)
    failed = sum(t[1].count("F") for t in tests)
    skipped = sum(t[1].count("s") for t in tests)
    lines = [P("ci", "runner-3", "~/shop") + "pytest -q", ""]
    ntot = sum(len(t[1]) for t in tests)
    done = {}
    acc = 0
    for f_, r_, _ in tests:
        acc += len(r_)
        done[f_] = round(100 * acc / ntot)
    pct_of = done.get
    for f, r, _ in tests:
        pct = ""
        cmap = {"F": "<span class='r'>F</span>", "s": "<span class='y'>s</span>", ".": "<span class='g'>.</span>"}
        lines.append(f"{f} " + "".join(cmap[ch] for ch in r) + f" <span class='c'>[{pct_of(f)}%]</span>")
    lines += ["", "<span class='r'>=================================== FAILURES ===================================</span>",
              "<span class='r B'>__________________________ test_apply_coupon_expired ___________________________</span>",
              "    def test_apply_coupon_expired(cart):", "        cart.add('SKU-1', 2)", "&gt;       assert cart.apply('SPRING24') is False",
              "<span class='r'>E       AssertionError: assert True is False</span>", "",
              "<span class='r B'>_____________________________ test_refund_partial ______________________________</span>",
              "    def test_refund_partial(gateway):", "&gt;       r = gateway.refund('ch_81', amount=1250)",
              "<span class='r'>E       KeyError: 'currency'</span>", "",
              "<span class='y'>=========================== short test summary info ============================</span>",
              "FAILED tests/test_checkout.py::test_apply_coupon_expired - AssertionError: assert True is False",
              "FAILED tests/test_payments.py::test_refund_partial - KeyError: 'currency'",
              f"<span class='r'>{failed} failed</span>, <span class='g'>{passed} passed</span>, <span class='y'>{skipped} skipped</span> in 4.87s"]
    out.append(scene("term_pytest", "terminal", 1100, 640, term("\n".join(lines), "gruvbox", "ci@runner-3: ~/shop", 0, 14, w=1100), qs=[
        Q("which tests failed?", "test_apply_coupon_expired, test_refund_partial", "text", "terminal_error", False),
        Q("how many passed", str(passed), "count", "count", True),
        Q("what error did the refund test throw", "KeyError: 'currency'", "error", "terminal_error", True),
        Q("did the test run pass", "no", "yesno", "yesno", False),
    ]))

    # gcc error
    lines = [P("lea", "thinkpad", "~/c/matrix") + "gcc -Wall -O2 -o matmul matmul.c",
             "<span class='B'>matmul.c:</span> In function '<span class='B'>mat_alloc</span>':",
             "<span class='B'>matmul.c:14:12:</span> <span class='y B'>warning:</span> unused variable '<span class='B'>tmp</span>' [<span class='y'>-Wunused-variable</span>]",
             "   14 |     double <span class='y'>tmp</span>;", "      |            <span class='y'>^~~</span>",
             "<span class='B'>matmul.c:</span> In function '<span class='B'>main</span>':",
             "<span class='B'>matmul.c:41:5:</span> <span class='r B'>error:</span> implicit declaration of function '<span class='B'>mat_mul</span>'; did you mean '<span class='B'>mat_add</span>'? [<span class='r'>-Wimplicit-function-declaration</span>]",
             "   41 |     <span class='r'>mat_mul</span>(a, b, c, n);", "      |     <span class='r'>^~~~~~~</span>", "      |     <span class='g'>mat_add</span>",
             "<span class='B'>matmul.c:52:1:</span> <span class='r B'>error:</span> expected '<span class='B'>;</span>' before '<span class='B'>}</span>' token",
             "   52 | <span class='r'>}</span>", "      | <span class='r'>^</span>", P("lea", "thinkpad", "~/c/matrix") + "echo $?", "1", P("lea", "thinkpad", "~/c/matrix")]
    out.append(scene("term_gcc", "terminal", 1200, 470, term("\n".join(lines), "mono", "lea@thinkpad: ~/c/matrix", 0, 14, w=1200), qs=[
        Q("what line is the missing semicolon error on", "52", "number", "terminal_error", True),
        Q("how many errors vs warnings did gcc report", "2 errors, 1 warning", "text", "count", False),
        Q("exit code?", "1", "number", "terminal_error", True),
    ]))

    # ping
    rtts = [23.4, 24.1, 22.9, None, 25.6, 23.0, None, 24.8]
    lines = [P("nils", "pi4") + "ping -c 8 fjordnet.no", "PING fjordnet.no (185.71.44.19) 56(84) bytes of data."]
    for i, r in enumerate(rtts, 1):
        if r is not None:
            lines.append(f"64 bytes from 185.71.44.19: icmp_seq={i} ttl=54 time={r} ms")
    ok = [r for r in rtts if r is not None]
    loss = round(100 * (len(rtts) - len(ok)) / len(rtts))
    avg = sum(ok) / len(ok)
    lines += ["", "--- fjordnet.no ping statistics ---",
              f"{len(rtts)} packets transmitted, {len(ok)} received, {loss}% packet loss, time 7012ms",
              f"rtt min/avg/max/mdev = {min(ok):.3f}/{avg:.3f}/{max(ok):.3f}/0.921 ms"]
    out.append(scene("term_ping", "terminal", 860, 400, term("\n".join(lines), "solar", "nils@pi4", 2, 15, w=860), qs=[
        Q("packet loss %?", f"{loss}%", "percent", "field_read", True),
        Q("what IP did it resolve to", "185.71.44.19", "code", "field_read", True),
        Q("which icmp_seq numbers got no reply", ", ".join(str(i) for i, r in enumerate(rtts, 1) if r is None), "text", "count", False),
        Q("average round trip time", f"{avg:.3f}", "number", "field_read", True),
    ]))

    # systemctl status
    lines = [P("admin", "web02") + "systemctl status nginx",
             "<span class='r'>×</span> nginx.service - A high performance web server and a reverse proxy server",
             "     Loaded: loaded (/lib/systemd/system/nginx.service; <span class='g'>enabled</span>; preset: <span class='g'>enabled</span>)",
             "     Active: <span class='r B'>failed</span> (Result: exit-code) since Tue 2026-09-15 03:12:44 UTC; 6h ago",
             "       Docs: man:nginx(8)", "    Process: 88412 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)",
             "        CPU: 41ms", "",
             "Sep 15 03:12:44 web02 nginx[88412]: nginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/sites-enabled/shop.conf:27",
             "Sep 15 03:12:44 web02 nginx[88412]: nginx: configuration file /etc/nginx/nginx.conf test failed",
             "Sep 15 03:12:44 web02 systemd[1]: <span class='r'>nginx.service: Control process exited, code=exited, status=1/FAILURE</span>",
             "Sep 15 03:12:44 web02 systemd[1]: <span class='r'>nginx.service: Failed with result 'exit-code'.</span>",
             "Sep 15 03:12:44 web02 systemd[1]: <span class='r'>Failed to start nginx.service - A high performance web server and a reverse proxy server.</span>"]
    out.append(scene("term_systemctl", "terminal", 1280, 380, term("\n".join(lines), "dracula", "admin@web02", 1, 13, w=1280), qs=[
        Q("is nginx running?", "no", "yesno", "yesno", False),
        Q("what's wrong with the nginx config", 'unknown directive "proxy_pas" in /etc/nginx/sites-enabled/shop.conf:27', "error", "terminal_error", True),
        Q("is the service enabled at boot", "yes", "yesno", "yesno", False),
    ]))

    # pip list
    pk = [("certifi", "2026.4.2"), ("charset-normalizer", "3.4.1"), ("fastapi", "0.115.6"), ("httpx", "0.28.1"),
          ("numpy", "2.2.3"), ("pandas", "2.2.3"), ("pydantic", "2.10.4"), ("requests", "2.32.3"), ("SQLAlchemy", "2.0.37"),
          ("starlette", "0.41.3"), ("urllib3", "2.3.0"), ("uvicorn", "0.34.0")]
    lines = [P("ana", "dev", "~/api") + "pip list", "Package            Version", "------------------ --------"]
    lines += [f"{n:<18} {v}" for n, v in pk]
    out.append(scene("term_piplist", "terminal", 700, 430, term("\n".join(lines), "light", "ana@dev: ~/api", 2, 15, w=700), qs=[
        Q("which pydantic version do i have", "2.10.4", "version", "table_cell", True),
        Q("how many packages are installed", str(len(pk)), "count", "count", False),
        Q("is flask installed?", "no", "yesno", "yesno", False),
    ]))

    # top-like
    procs = [(4121, "postgres", 38.2, 12.4, "postgres: checkpointer"), (9981, "www-data", 71.5, 3.1, "php-fpm: pool www"),
             (1337, "root", 4.0, 0.8, "containerd"), (22710, "elastic", 55.9, 31.7, "java -Xms4g ... elasticsearch"),
             (871, "root", 0.7, 0.1, "sshd"), (30512, "mika", 12.3, 1.9, "python3 etl.py"), (2044, "redis", 2.2, 0.6, "redis-server *:6379")]
    procs.sort(key=lambda p: -p[2])
    lines = ["top - 14:02:51 up 41 days,  3:17,  2 users,  load average: 3.42, 2.87, 2.15",
             "Tasks: 214 total,   3 running, 211 sleeping,   0 stopped,   0 zombie",
             "%Cpu(s): 45.1 us,  6.0 sy,  0.0 ni, 47.8 id,  0.6 wa,  0.0 hi,  0.5 si,  0.0 st",
             "MiB Mem :  15924.3 total,    812.6 free,  11093.4 used,   4018.3 buff/cache", "",
             "<span style='background:#ddd;color:#000'>    PID USER       %CPU  %MEM COMMAND                                 </span>"]
    lines += [f"{p[0]:>7} {p[1]:<10} {p[2]:>5} {p[3]:>5} {p[4]}" for p in procs]
    memtop = max(procs, key=lambda p: p[3])
    out.append(scene("term_top", "terminal", 900, 400, term("\n".join(lines), "mono", "mika@db01: top", 0, 14, w=900), qs=[
        Q("which process is eating the most CPU", procs[0][4], "text", "argmax", True),
        Q("1-minute load average?", "3.42", "number", "field_read", True),
        Q("who's running the process with the highest memory use", memtop[1], "text", "argmax", True),
    ]))

    # npm / curl combined
    lines = [P("kai", "mac", "~/landing") + "npm run build", "", "&gt; landing@3.1.0 build", "&gt; vite build", "",
             "<span class='c'>vite v5.4.11</span> <span class='g'>building for production...</span>", "✓ 412 modules transformed.",
             "dist/index.html                   0.61 kB │ gzip:  0.38 kB", "dist/assets/index-Bq3k.css       18.27 kB │ gzip:  4.02 kB",
             "dist/assets/vendor-D81x.js       142.90 kB │ gzip: 46.11 kB", "dist/assets/index-C7aa.js         63.44 kB │ gzip: 21.80 kB",
             "<span class='g'>✓ built in 3.71s</span>", P("kai", "mac", "~/landing") + "curl -sI https://landing.kairos.dev/healthz",
             "HTTP/2 503", "content-type: text/plain", "retry-after: 30", "x-served-by: edge-fra-04", "", P("kai", "mac", "~/landing")]
    out.append(scene("term_npm_curl", "terminal", 900, 540, term("\n".join(lines), "gruvbox", "kai@mac: ~/landing", 1, 14, w=900), qs=[
        Q("did the build succeed", "yes", "yesno", "yesno", False),
        Q("what status code did the health check return", "503", "number", "terminal_error", True),
        Q("what's the biggest JS bundle (gzip size)?", "46.11 kB", "number", "argmax", True),
    ]))
    return out
