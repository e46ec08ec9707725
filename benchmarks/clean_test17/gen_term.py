"""Terminal screenshots with realistic command output."""
from common import Q, scene, esc, page

SCHEMES = {
    "dracula": dict(bg="#282a36", fg="#f8f8f2", g="#50fa7b", r="#ff5555", y="#f1fa8c", b="#8be9fd", m="#ff79c6", dim="#6272a4", bar="#21222c"),
    "solarized": dict(bg="#002b36", fg="#93a1a1", g="#859900", r="#dc322f", y="#b58900", b="#268bd2", m="#d33682", dim="#586e75", bar="#073642"),
    "light": dict(bg="#fdfdfd", fg="#2e3436", g="#2a7f00", r="#c01c28", y="#a36b00", b="#1a5fb4", m="#8a2be2", dim="#888", bar="#e6e6e6"),
    "monokai": dict(bg="#272822", fg="#f8f8f2", g="#a6e22e", r="#f92672", y="#e6db74", b="#66d9ef", m="#ae81ff", dim="#75715e", bar="#1e1f1c"),
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", g="#b8bb26", r="#fb4934", y="#fabd2f", b="#83a598", m="#d3869b", dim="#928374", bar="#1d2021"),
}

def c(s, col, bold=False):
    return f"<span class='{col}{' bd' if bold else ''}'>{esc(s)}</span>"

def term(content, scheme, title, font="DejaVu Sans Mono", size=14):
    S = SCHEMES[scheme]
    css = f"""body{{background:{S['bar']}}} .win{{background:{S['bg']};color:{S['fg']};min-height:100vh}}
    .tb{{background:{S['bar']};color:{S['dim']};padding:6px 12px;font-family:'Liberation Sans';font-size:13px;display:flex;gap:8px;align-items:center}}
    .dot{{width:12px;height:12px;border-radius:6px;display:inline-block}}
    pre{{margin:0;padding:10px 14px;font-family:'{font}',monospace;font-size:{size}px;line-height:1.35;white-space:pre}}
    .g{{color:{S['g']}}} .r{{color:{S['r']}}} .y{{color:{S['y']}}} .b{{color:{S['b']}}} .m{{color:{S['m']}}} .dim{{color:{S['dim']}}} .bd{{font-weight:bold}}
    .panes{{display:flex}} .panes>pre{{flex:1;border-right:1px solid {S['dim']}}}"""
    tb = f"<div class='tb'><span class='dot' style='background:#ff5f56'></span><span class='dot' style='background:#ffbd2e'></span><span class='dot' style='background:#27c93f'></span>&nbsp;{esc(title)}</div>"
    return page(f"<div class='win'>{tb}{content}</div>", css)

def prompt(user, host, cwd, cmd, git=None):
    s = c(f"{user}@{host}", "g", True) + ":" + c(cwd, "b", True)
    if git:
        s += " " + c(f"({git})", "m")
    return s + "$ " + esc(cmd) + "\n"


def scenes(rng):
    out = []
    # ls -l
    files = [("-rw-r--r--", 1, "dana", "staff", 18432, "Mar  3 10:14", "budget_2026.xlsx"),
             ("drwxr-xr-x", 5, "dana", "staff", 4096, "Feb 27 09:02", "photos"),
             ("-rwxr-xr-x", 1, "dana", "staff", 2291, "Mar  1 22:47", "backup.sh"),
             ("-rw-------", 1, "dana", "staff", 412, "Jan 19 08:30", ".env"),
             ("-rw-r--r--", 1, "root", "root", 1048576, "Mar  4 07:55", "core.dump.gz"),
             ("-rw-r--r--", 1, "dana", "staff", 73215, "Feb 11 16:20", "thesis_draft_v3.pdf"),
             ("lrwxrwxrwx", 1, "dana", "staff", 24, "Feb  2 12:00", "latest -> releases/v2.4.1"),
             ("-rw-r--r--", 1, "dana", "staff", 9034, "Mar  2 18:11", "notes.md")]
    body = prompt("dana", "thinkpad", "~/work", "ls -la")
    body += "total 1184\n"
    for perm, n, u, g, size, date, name in files:
        col = "b" if perm[0] == "d" else ("g" if "x" in perm[1:4] and perm[0] == "-" else ("m" if perm[0] == "l" else None))
        nm = c(name, col, True) if col else esc(name)
        body += f"{perm} {n:>2} {u:<5} {g:<5} {size:>8} {date} {nm}\n"
    body += prompt("dana", "thinkpad", "~/work", "")
    regular = [f for f in files if f[0][0] == "-"]
    biggest = max(regular, key=lambda f: f[4])
    out.append(scene("term_ls", "terminal", "ls -l", [
        Q("which file is the largest here?", biggest[6], "text", "argmax", True),
        Q("who owns core.dump.gz", "root", "text", "cell", True),
        Q("how many directories are listed (not counting links)", sum(1 for f in files if f[0][0] == "d"), "count", "count", False),
    ], html=term(f"<pre>{body}</pre>", "dracula", "dana@thinkpad: ~/work"), w=860, h=330))

    # df -h
    fs = [("/dev/nvme0n1p2", "468G", "391G", "54G", 88, "/"), ("tmpfs", "7.8G", "2.1M", "7.8G", 1, "/dev/shm"),
          ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"), ("/dev/sda1", "1.8T", "1.7T", "97G", 95, "/mnt/archive"),
          ("/dev/mapper/vg-home", "220G", "131G", "78G", 63, "/home")]
    body = prompt("ops", "nas01", "~", "df -h") + "Filesystem           Size  Used Avail Use% Mounted on\n"
    for f in fs:
        body += f"{f[0]:<20} {f[1]:>5} {f[2]:>5} {f[3]:>5} {str(f[4])+'%':>4} {f[5]}\n"
    fullest = max(fs, key=lambda f: f[4])
    out.append(scene("term_df", "terminal", "df -h", [
        Q("which mount is almost full", fullest[5], "text", "argmax", True),
        Q("how much space is free on /home?", "78G", "text", "cell", True),
        Q("what percent of the root filesystem is used", "88%", "percent", "cell", True),
    ], html=term(f"<pre>{body}</pre>", "solarized", "ops@nas01"), w=760, h=250))

    # git log --oneline + git status in two panes (screenshot-size)
    commits = [("9f3c2ab", "Maya Okafor", "2 hours ago", "fix: handle empty cart in checkout total"),
               ("41d07e9", "Tomás Quiroga", "5 hours ago", "feat: add coupon code field"),
               ("c88a150", "Maya Okafor", "yesterday", "refactor: split PriceCalculator"),
               ("7be41f2", "Jonas Weber", "2 days ago", "chore: bump axios to 1.7.4"),
               ("e02d9c6", "Tomás Quiroga", "3 days ago", "test: cover VAT rounding"),
               ("15aa3d0", "Maya Okafor", "4 days ago", "docs: update README setup steps")]
    left = prompt("maya", "dev", "~/shop-web", "git log --format='%h %an, %ar : %s' -6", "main")
    for h, a, t, m in commits:
        left += c(h, "y") + f" {a}, {t} : {esc(m)}\n"
    right = prompt("maya", "dev", "~/shop-web", "git status", "main")
    right += "On branch main\nYour branch is ahead of 'origin/main' by 2 commits.\n  (use \"git push\" to publish your local commits)\n\n"
    right += "Changes to be committed:\n  (use \"git restore --staged &lt;file&gt;...\" to unstage)\n"
    staged = ["src/cart/Cart.tsx", "src/cart/coupon.ts"]
    modified = ["src/checkout/total.ts", "package.json", "src/styles/cart.css"]
    untracked = ["src/cart/coupon.test.ts"]
    for f in staged:
        right += "\t" + c(f"modified:   {f}", "g") + "\n"
    right += "\nChanges not staged for commit:\n"
    for f in modified:
        right += "\t" + c(f"modified:   {f}", "r") + "\n"
    right += "\nUntracked files:\n"
    for f in untracked:
        right += "\t" + c(f, "r") + "\n"
    authors = {}
    for _, a, _, _ in commits:
        authors[a] = authors.get(a, 0) + 1
    out.append(scene("term_git_panes", "terminal", "git log + git status", [
        Q("who made the most recent commit", commits[0][1], "person", "ordinal", True),
        Q("how many files are modified but not staged?", len(modified), "count", "count", False),
        Q("how many commits ahead of origin am i", "2", "number", "field", True),
        Q("who has the most commits in this log", max(authors, key=authors.get), "person", "argmax", True),
    ], html=term(f"<div class='panes'><pre>{left}</pre><pre>{right}</pre></div>", "gruvbox", "tmux: shop-web", size=13), w=1400, h=420))

    # docker ps
    conts = [("a1f93c0d2e7b", "postgres:16.2", "Up 3 days", "0.0.0.0:5432->5432/tcp", "db"),
             ("5c2e81b0f4aa", "redis:7-alpine", "Up 3 days", "6379/tcp", "cache"),
             ("e9d0c7714b21", "ghcr.io/acme/api:2.8.1", "Restarting (1) 14 seconds ago", "", "api"),
             ("33b6a0e91fd8", "nginx:1.25", "Up 2 hours", "0.0.0.0:80->80/tcp, 0.0.0.0:443->443/tcp", "proxy"),
             ("0f7d2c55ab19", "grafana/grafana:10.4.1", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana")]
    body = prompt("deploy", "vps-fra1", "/srv/stack", "docker ps --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}'")
    body += f"{'CONTAINER ID':<14}{'IMAGE':<26}{'STATUS':<32}{'PORTS':<46}NAMES\n"
    for cid, img, st, ports, nm in conts:
        body += f"{cid:<14}{img:<26}{st:<32}{ports:<46}{nm}\n"
    bad = [x for x in conts if not x[2].startswith("Up")][0]
    out.append(scene("term_docker_ps", "terminal", "docker ps", [
        Q("which container keeps restarting?", bad[4], "text", "error", True),
        Q("what version of grafana are we running", "10.4.1", "version", "field", True),
        Q("is redis exposed on a host port?", "no", "yesno", "yesno", False),
    ], html=term(f"<pre>{body}</pre>", "monokai", "deploy@vps-fra1", size=13), w=1300, h=230))

    # kubectl get pods
    pods = [("checkout-7d9f8c6b5-2kxlm", "1/1", "Running", 0, "3d2h"), ("checkout-7d9f8c6b5-q8w4n", "1/1", "Running", 1, "3d2h"),
            ("inventory-5b6c9d7f4-hh2rt", "0/1", "CrashLoopBackOff", 17, "58m"), ("payments-6f8d7b9c8-zt5mp", "2/2", "Running", 0, "11d"),
            ("search-84c5d6b7f-9vq2d", "1/1", "Running", 4, "6d"), ("notifier-66d7f9c5b-mm7pl", "0/1", "ImagePullBackOff", 0, "12m"),
            ("frontend-5c7b8d9f6-lw3js", "1/1", "Running", 0, "19h")]
    body = prompt("sre", "bastion", "~", "kubectl get pods -n shop")
    body += f"{'NAME':<30}{'READY':<8}{'STATUS':<20}{'RESTARTS':<10}AGE\n"
    for n, r, s, rs, age in pods:
        sc = "g" if s == "Running" else "r"
        body += f"{n:<30}{r:<8}" + c(f"{s:<20}", sc) + f"{rs:<10}{age}\n"
    not_running = [p for p in pods if p[2] != "Running"]
    most = max(pods, key=lambda p: p[3])
    out.append(scene("term_kubectl", "terminal", "kubectl get pods", [
        Q("how many pods aren't Running", len(not_running), "count", "count", False),
        Q("which pod has restarted the most times", most[0], "text", "argmax", True),
        Q("what's the status of the notifier pod?", "ImagePullBackOff", "error", "error", True),
    ], html=term(f"<pre>{body}</pre>", "light", "sre@bastion — kubectl"), w=900, h=270))

    # pytest
    tests = [("tests/test_cart.py", ".........", 9, []), ("tests/test_coupon.py", "..F.", 4, ["test_expired_coupon_rejected"]),
             ("tests/test_vat.py", "......F..", 9, ["test_vat_rounding_half_even"]), ("tests/test_api.py", "....s...", 8, [])]
    body = prompt("ci", "runner-3", "~/shop", "python -m pytest -q")
    for f, dots, n, _ in tests:
        colored = "".join(c(ch, "r" if ch == "F" else ("y" if ch == "s" else "g")) for ch in dots)
        body += f"{f} {colored}\n"
    failed = [(f, t) for f, _, _, ts in tests for t in ts]
    nf = len(failed)
    ns = sum(d.count("s") for _, d, _, _ in tests)
    npass = sum(d.count(".") for _, d, _, _ in tests)
    body += "\n" + c("=" * 20 + " FAILURES " + "=" * 20, "r") + "\n"
    body += c("_____ test_expired_coupon_rejected _____", "r", True) + "\n\n    def test_expired_coupon_rejected():\n        c = Coupon('SPRING10', expires=date(2026, 3, 1))\n&gt;       assert not c.is_valid(today=date(2026, 3, 2))\n" + c("E       AssertionError: assert not True", "r") + "\n\n"
    body += c("_____ test_vat_rounding_half_even _____", "r", True) + "\n\n&gt;       assert vat(Decimal('2.345')) == Decimal('0.45')\n" + c("E       AssertionError: assert Decimal('0.44') == Decimal('0.45')", "r") + "\n\n"
    body += "short test summary info\n"
    for f, t in failed:
        body += c(f"FAILED {f}::{t}", "r") + "\n"
    body += c(f"{nf} failed", "r", True) + ", " + c(f"{npass} passed, {ns} skipped", "g") + " in 3.42s\n"
    out.append(scene("term_pytest", "terminal", "pytest", [
        Q("how many tests failed?", nf, "count", "count", False),
        Q("which VAT test is failing", "test_vat_rounding_half_even", "code", "error", True),
        Q("did all the coupon tests pass", "no", "yesno", "yesno", False),
        Q("how many passed", npass, "count", "count", False),
    ], html=term(f"<pre>{body}</pre>", "dracula", "ci@runner-3: ~/shop"), w=900, h=720))

    # gcc compile error
    body = prompt("lukas", "arch", "~/src/matrix", "gcc -Wall -O2 -o matrix main.c matrix.c")
    body += c("matrix.c:", "bd") + "In function " + c("'mat_mul'", "bd") + ":\n"
    body += c("matrix.c:42:23: ", "bd") + c("warning: ", "m", True) + "comparison of integer expressions of different signedness: 'int' and 'size_t' [-Wsign-compare]\n   42 |     for (int k = 0; k &lt; a-&gt;cols; k++) {\n      |                       ^\n"
    body += c("matrix.c:57:12: ", "bd") + c("error: ", "r", True) + "'resutl' undeclared (first use in this function); did you mean 'result'?\n   57 |     return resutl;\n      |            ^~~~~~\n      |            result\n"
    body += c("main.c:18:5: ", "bd") + c("error: ", "r", True) + "too few arguments to function 'mat_free'\n   18 |     mat_free();\n      |     ^~~~~~~~\n"
    body += "compilation terminated.\n" + prompt("lukas", "arch", "~/src/matrix", "echo $?") + "1\n"
    out.append(scene("term_gcc", "terminal", "gcc compile errors", [
        Q("what line is the undeclared variable error on", "57", "number", "error", True),
        Q("how many errors (not warnings) did gcc print?", 2, "count", "count", False),
        Q("exit code?", "1", "number", "error", True),
    ], html=term(f"<pre>{body}</pre>", "gruvbox", "lukas@arch ~/src/matrix", font="Liberation Mono"), w=980, h=430))

    # systemctl status + journalctl
    body = prompt("root", "web02", "~", "systemctl status nginx")
    body += c("×", "r", True) + " nginx.service - A high performance web server and a reverse proxy server\n     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)\n"
    body += "     Active: " + c("failed", "r", True) + " (Result: exit-code) since Tue 2026-04-14 03:12:09 UTC; 6min ago\n    Process: 81734 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)\n        CPU: 21ms\n\n"
    logs = [("03:12:09", "nginx[81734]: nginx: [emerg] unknown directive \"proxy_pas\" in /etc/nginx/sites-enabled/shop.conf:23"),
            ("03:12:09", "nginx[81734]: nginx: configuration file /etc/nginx/nginx.conf test failed"),
            ("03:12:09", "systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE"),
            ("03:12:09", "systemd[1]: nginx.service: Failed with result 'exit-code'."),
            ("03:12:09", "systemd[1]: Failed to start nginx.service - A high performance web server.")]
    for t, m in logs:
        body += f"Apr 14 {t} web02 {esc(m)}\n"
    out.append(scene("term_systemctl", "terminal", "systemctl status", [
        Q("why won't nginx start?", 'unknown directive "proxy_pas"', "error", "error", True),
        Q("which config file and line has the problem", "/etc/nginx/sites-enabled/shop.conf:23", "code", "error", True),
        Q("is nginx enabled at boot", "yes", "yesno", "yesno", False),
    ], html=term(f"<pre>{body}</pre>", "solarized", "root@web02", size=13), w=1200, h=330))

    # ping + curl
    rtts = [12.4, 11.9, 13.1, 48.7, 12.2, 12.0]
    body = prompt("pi", "raspberrypi", "~", "ping -c 6 fritz.box")
    body += "PING fritz.box (192.168.178.1) 56(84) bytes of data.\n"
    for i, r in enumerate(rtts, 1):
        body += f"64 bytes from fritz.box (192.168.178.1): icmp_seq={i} ttl=64 time={r} ms\n"
    mn, mx, avg = min(rtts), max(rtts), sum(rtts) / len(rtts)
    body += f"\n--- fritz.box ping statistics ---\n6 packets transmitted, 6 received, 0% packet loss, time 5008ms\nrtt min/avg/max/mdev = {mn:.3f}/{avg:.3f}/{mx:.3f}/13.088 ms\n"
    body += prompt("pi", "raspberrypi", "~", "curl -sI https://api.weatherly.example/v2/forecast")
    body += "HTTP/2 " + c("429", "r", True) + "\ncontent-type: application/json\nretry-after: 120\nx-ratelimit-remaining: 0\ndate: Wed, 06 May 2026 19:44:02 GMT\n"
    worst = rtts.index(mx) + 1
    out.append(scene("term_ping_curl", "terminal", "ping + curl", [
        Q("which icmp_seq had the slowest reply?", worst, "number", "argmax", False),
        Q("any packet loss?", "no", "yesno", "yesno", False),
        Q("what http status did the curl get", "429", "error", "error", True),
        Q("how many seconds do I have to wait before retrying", "120", "number", "field", True),
    ], html=term(f"<pre>{body}</pre>", "monokai", "pi@raspberrypi"), w=900, h=420))

    # htop-like + pip list (screenshot sized, two regions)
    procs = [(2231, "postgres", 18.2, 6.1, "postgres: checkpointer"), (4410, "www-data", 63.5, 12.8, "gunicorn: worker [shop.wsgi]"),
             (4411, "www-data", 41.0, 12.5, "gunicorn: worker [shop.wsgi]"), (812, "root", 2.3, 0.4, "/usr/bin/containerd"),
             (9925, "ana", 97.1, 22.4, "python train_model.py --epochs 40"), (1530, "redis", 1.1, 1.9, "redis-server *:6379")]
    top = f"  PID USER       %CPU %MEM COMMAND\n"
    for p in sorted(procs, key=lambda p: -p[2]):
        top += f"{p[0]:>5} {p[1]:<10} {p[2]:>4.1f} {p[3]:>4.1f} {esc(p[4])}\n"
    pk = [("numpy", "1.26.4"), ("pandas", "2.2.1"), ("requests", "2.31.0"), ("scikit-learn", "1.4.2"), ("torch", "2.3.0"), ("urllib3", "2.2.1"), ("matplotlib", "3.8.4")]
    pip = prompt("ana", "gpu01", "~/proj", "pip list") + "Package        Version\n-------------- -------\n" + "".join(f"{n:<15}{v}\n" for n, v in sorted(pk))
    head = c("Tasks: 183, 412 thr; 3 running   Load average: 3.71 2.95 2.40   Uptime: 12 days, 04:31:07", "b") + "\n" + c("Mem[||||||||||||||||||||    11.2G/15.5G]", "g") + "\n\n"
    hog = max(procs, key=lambda p: p[2])
    out.append(scene("term_top_pip", "terminal", "top-like + pip list", [
        Q("what's eating all the CPU", hog[4], "text", "argmax", True),
        Q("which version of pandas is installed?", "2.2.1", "version", "cell", True),
        Q("how long has the box been up", "12 days, 04:31:07", "text", "field", True),
    ], html=term(f"<div class='panes'><pre>{head}{c(top,'fg') if False else top}</pre><pre>{pip}</pre></div>", "light", "ana@gpu01", size=14), w=1250, h=330))
    return out
