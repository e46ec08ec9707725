"""Terminal screenshots drawn with PIL. Lines use {x} colour markup: g r y b c m w d, {/} resets."""
import re, random, datetime
from common import Canvas, q, font

SCHEMES = {
    "gruvbox": dict(bg=(40, 40, 40), fg=(235, 219, 178), g=(184, 187, 38), r=(251, 73, 52), y=(250, 189, 47), b=(131, 165, 152), c=(142, 192, 124), m=(211, 134, 155), w=(251, 241, 199), d=(146, 131, 116), bar=(29, 32, 33)),
    "solar": dict(bg=(0, 43, 54), fg=(147, 161, 161), g=(133, 153, 0), r=(220, 50, 47), y=(181, 137, 0), b=(38, 139, 210), c=(42, 161, 152), m=(211, 54, 130), w=(238, 232, 213), d=(88, 110, 117), bar=(7, 54, 66)),
    "dracula": dict(bg=(40, 42, 54), fg=(248, 248, 242), g=(80, 250, 123), r=(255, 85, 85), y=(241, 250, 140), b=(189, 147, 249), c=(139, 233, 253), m=(255, 121, 198), w=(255, 255, 255), d=(98, 114, 164), bar=(33, 34, 44)),
    "light": dict(bg=(253, 253, 253), fg=(40, 40, 40), g=(0, 135, 0), r=(200, 30, 30), y=(160, 110, 0), b=(20, 80, 200), c=(0, 130, 140), m=(150, 40, 150), w=(0, 0, 0), d=(130, 130, 130), bar=(225, 225, 228)),
    "ubuntu": dict(bg=(48, 10, 36), fg=(238, 238, 236), g=(138, 226, 52), r=(239, 41, 41), y=(252, 233, 79), b=(114, 159, 207), c=(52, 226, 226), m=(173, 127, 168), w=(255, 255, 255), d=(170, 170, 170), bar=(60, 60, 60)),
    "nord": dict(bg=(46, 52, 64), fg=(216, 222, 233), g=(163, 190, 140), r=(191, 97, 106), y=(235, 203, 139), b=(129, 161, 193), c=(136, 192, 208), m=(180, 142, 173), w=(236, 239, 244), d=(120, 130, 150), bar=(59, 66, 82)),
    "black": dict(bg=(12, 12, 12), fg=(204, 204, 204), g=(22, 198, 12), r=(231, 72, 86), y=(249, 241, 165), b=(59, 120, 255), c=(97, 214, 214), m=(180, 0, 158), w=(242, 242, 242), d=(118, 118, 118), bar=(45, 45, 45)),
}
TOK = re.compile(r"\{(\w|/)\}")

def term(name, lines, scheme="gruvbox", title="bash", cols=None, f="mono", size=15, style="mac"):
    sc = SCHEMES[scheme]
    fo = font(f, size); cw = fo.getlength("M"); lh = int(size * 1.45)
    plain = [TOK.sub("", l) for l in lines]
    cols = max(cols or 0, max(len(p) for p in plain) + 2)
    W = int(cw * cols + 40); H = int(lh * len(lines) + 70)
    c = Canvas(name, W, H, sc["bg"])
    c.rect((0, 0, W, 34), fill=sc["bar"])
    if style == "mac":
        for i, col in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
            c.d.ellipse((14 + i * 22, 11, 26 + i * 22, 23), fill=col)
    else:
        for i, s in enumerate(["—", "□", "✕"]):
            c.d.text((W - 80 + i * 26, 8), s, font=font("sans", 14), fill=(200, 200, 200))
    c.t(W // 2, 9, title, "sans", 13, (190, 190, 190) if scheme != "light" else (60, 60, 60), anchor="ma")
    y = 46
    for l in lines:
        x = 18; col = sc["fg"]
        parts = TOK.split(l)
        for i, p in enumerate(parts):
            if i % 2 == 1:
                col = sc["fg"] if p == "/" else sc[p]
            elif p:
                c.t(x, y, p, f, size, col); x += cw * len(p)
        y += lh
    c.save()

def P(user="dev", host="box", path="~", sym="$"):
    return "{g}%s@%s{/}:{b}%s{/}%s " % (user, host, path, sym)

def t_ls():
    rows = [("drwxr-xr-x", 2, "maren", "staff", 4096, "Feb 11 09:14", "assets", 1), ("-rw-r--r--", 1, "maren", "staff", 18233, "Mar  2 16:40", "CHANGELOG.md", 0),
            ("-rwxr-xr-x", 1, "maren", "staff", 2211, "Jan 28 11:02", "deploy.sh", 0), ("drwxr-xr-x", 5, "maren", "staff", 4096, "Mar  3 08:55", "docs", 1),
            ("-rw-r--r--", 1, "root", "root", 734003, "Mar  1 23:59", "dump-2026-03-01.sql.gz", 0), ("-rw-r--r--", 1, "maren", "staff", 1089, "Dec 19 14:21", "LICENSE", 0),
            ("-rw-r--r--", 1, "maren", "staff", 412, "Mar  3 10:07", "Makefile", 0), ("-rw-------", 1, "maren", "staff", 96, "Feb 20 17:33", ".env", 0),
            ("drwxr-xr-x", 9, "maren", "staff", 4096, "Mar  3 10:11", "node_modules", 1), ("-rw-r--r--", 1, "maren", "staff", 148221, "Mar  3 10:11", "package-lock.json", 0),
            ("-rw-r--r--", 1, "maren", "staff", 1290, "Mar  3 10:09", "package.json", 0), ("drwxr-xr-x", 4, "maren", "staff", 4096, "Mar  2 18:20", "src", 1),
            ("drwxr-xr-x", 3, "maren", "staff", 4096, "Feb 27 12:44", "tests", 1)]
    L = [P("maren", "fjell", "~/work/tidevann") + "ls -la", "total 912"]
    for perm, n, u, g, sz, dt, nm, isd in rows:
        nmc = "{b}%s{/}" % nm if isd else ("{g}%s{/}" % nm if "x" in perm[3] else nm)
        L.append("%s %2d %-5s %-5s %7d %s %s" % (perm, n, u, g, sz, dt, nmc))
    L.append(P("maren", "fjell", "~/work/tidevann") + "")
    term("term_ls", L, "gruvbox", "maren@fjell: ~/work/tidevann")
    files = [r for r in rows if not r[7]]
    big = max(files, key=lambda r: r[4])
    q("term_ls", "which file is biggest here", big[6], "text", "terminal", "argmax", True)
    q("term_ls", "how many directories in the listing (not counting . and ..)?", str(sum(r[7] for r in rows)), "count", "terminal", "count", False)
    q("term_ls", "is deploy.sh executable?", "yes", "yesno", "terminal", "yesno", False)

def t_df():
    fs = [("/dev/nvme0n1p2", "468G", "401G", "43G", 91, "/"), ("tmpfs", "7.8G", "2.1M", "7.8G", 1, "/dev/shm"), ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"),
          ("/dev/sda1", "1.8T", "1.1T", "634G", 64, "/mnt/backup"), ("/dev/mapper/vg-home", "220G", "183G", "26G", 88, "/home"), ("tmpfs", "1.6G", "88K", "1.6G", 1, "/run/user/1000")]
    L = [P("ops", "hagen", "~") + "df -h", "Filesystem           Size  Used Avail Use% Mounted on"]
    for a, s, u, av, p, m in fs:
        L.append("%-20s %5s %5s %5s %3d%% %s" % (a, s, u, av, p, m))
    dus = [("node_modules", "1.3G"), ("Videos", "38G"), (".cache", "6.4G"), ("Downloads", "12G"), ("projects", "21G"), ("Pictures", "9.7G")]
    L += [P("ops", "hagen", "~") + "du -sh * .cache 2>/dev/null | sort -h | tail -6"]
    def tob(x):
        return float(x[:-1]) * {"M": 1, "G": 1024}[x[-1]]
    for n, s in sorted(dus, key=lambda t: tob(t[1])):
        L.append("%-6s %s" % (s, n))
    L.append(P("ops", "hagen", "~"))
    term("term_df_du", L, "solar", "ops@hagen: ~", cols=74)
    top = max(fs, key=lambda r: r[4])
    q("term_df_du", "which mount is the fullest?", top[5], "text", "terminal", "argmax", True)
    q("term_df_du", "how much space is free on /home", "26G", "number", "terminal", "cell", True)
    q("term_df_du", "what's eating the most space in my home dir according to du", "Videos", "text", "terminal", "argmax", True)

def t_top():
    procs = [(2211, "postgres", 14.2, 6.1, "postgres: writer"), (3318, "www-data", 3.1, 1.2, "nginx: worker process"), (4410, "sigrid", 87.5, 12.4, "python3 train.py --epochs 40"),
             (1187, "root", 0.3, 0.4, "/usr/sbin/sshd -D"), (5120, "sigrid", 22.9, 9.8, "node server.js"), (977, "root", 1.8, 2.2, "/usr/bin/containerd"),
             (6001, "sigrid", 0.0, 0.1, "bash"), (4822, "redis", 4.4, 3.0, "redis-server *:6379")]
    L = ["top - 11:42:07 up 23 days,  4:18,  2 users,  load average: 2.41, 2.07, 1.88",
         "Tasks: 231 total,   2 running, 229 sleeping,   0 stopped,   0 zombie",
         "%Cpu(s): 64.3 us,  5.1 sy,  0.0 ni, 29.8 id,  0.4 wa,  0.0 hi,  0.4 si,  0.0 st",
         "MiB Mem :  15894.2 total,   1204.6 free,   9912.3 used,   4777.3 buff/cache",
         "MiB Swap:   2048.0 total,   1890.5 free,    157.5 used.   5431.0 avail Mem", "",
         "{w}    PID USER      %CPU  %MEM COMMAND                              {/}"]
    for pid, u, cpu, mem, cmd in sorted(procs, key=lambda r: -r[2]):
        L.append("%7d %-8s %5.1f %5.1f %s" % (pid, u, cpu, mem, cmd))
    term("term_top", L, "dracula", "htop — sigrid@gpu-01", cols=84)
    hi = max(procs, key=lambda r: r[2])
    q("term_top", "whats the PID of the process using the most CPU", str(hi[0]), "code", "terminal", "argmax", True)
    q("term_top", "how long has this machine been up", "23 days, 4:18", "text", "terminal", "field", True)

def t_gitlog():
    commits = [("a41c9e2", "Yusuf Demir", "Tue Mar 3 17:22:41 2026 +0100", "Fix race in upload retry queue"),
               ("9b07d51", "Aino Lehtinen", "Tue Mar 3 11:05:09 2026 +0200", "Bump pillow to 11.1 and pin numpy"),
               ("e3d2f08", "Yusuf Demir", "Mon Mar 2 19:47:13 2026 +0100", "Add CSV export for invoices"),
               ("57aa310", "Rosa Quintero", "Mon Mar 2 09:12:55 2026 -0500", "docs: clarify webhook signature check"),
               ("0cf6b92", "Yusuf Demir", "Fri Feb 27 16:30:02 2026 +0100", "Refactor tax rules into separate module")]
    L = [P("yusuf", "mbp", "~/src/ledgerly") + "git log -5"]
    for i, (h, a, d, m) in enumerate(commits):
        extra = " ({c}HEAD -> {g}main{/}, {r}origin/main{/})" if i == 0 else ""
        L += ["{y}commit %s3f1d0c8a72b6e4450d9a1{/}%s" % (h, extra), "Author: %s <%s@ledgerly.io>" % (a, a.split()[0].lower()), "Date:   %s" % d, "", "    " + m, ""]
    term("term_gitlog", L, "light", "ledgerly — zsh", cols=90, f="lmono")
    q("term_gitlog", "who made the latest commit", commits[0][1], "person", "terminal", "nth", True)
    q("term_gitlog", "how many of these 5 commits are Yusuf's?", str(sum(c[1] == "Yusuf Demir" for c in commits)), "count", "terminal", "count", False)
    q("term_gitlog", "when was the CSV export added", commits[2][2], "date", "terminal", "when", True)

def t_gitstatus():
    L = [P("lena", "ws", "~/proj/orbit-ui") + "git status",
         "On branch feature/dark-mode-toggle",
         "Your branch is ahead of 'origin/feature/dark-mode-toggle' by 2 commits.",
         "  (use \"git push\" to publish your local commits)", "",
         "Changes to be committed:", "  (use \"git restore --staged <file>...\" to unstage)",
         "\t{g}modified:   src/theme/tokens.ts{/}", "\t{g}new file:   src/components/ThemeSwitch.tsx{/}", "",
         "Changes not staged for commit:", "  (use \"git add <file>...\" to update what will be committed)",
         "\t{r}modified:   src/App.tsx{/}", "\t{r}modified:   src/styles/global.css{/}", "\t{r}deleted:    src/legacy/colors.js{/}", "",
         "Untracked files:", "  (use \"git add <file>...\" to include in what will be committed)", "\t{r}notes/dark-mode-todo.md{/}", ""]
    term("term_gitstatus", L, "ubuntu", "lena@ws: ~/proj/orbit-ui", cols=80, style="gnome")
    q("term_gitstatus", "what branch am I on", "feature/dark-mode-toggle", "code", "terminal", "field", True)
    ns = L.index("Changes not staged for commit:"); ut = L.index("Untracked files:")
    q("term_gitstatus", "how many files have unstaged changes?", str(sum(1 for l in L[ns:ut] if l.startswith("\t"))), "count", "terminal", "count", False)

def t_docker():
    rows = [("3f9a1c0b2d44", "nginx:1.27-alpine", "Up 3 days", "0.0.0.0:8080->80/tcp", "web-proxy"),
            ("b71e55d09a13", "postgres:16", "Up 3 days (healthy)", "5432/tcp", "db"),
            ("c0d4e8a1f276", "redis:7.2", "Up 3 days", "6379/tcp", "cache"),
            ("91ab2f7e6c05", "ghcr.io/kestrel/api:2.8.1", "Exited (137) 2 hours ago", "", "api"),
            ("5e6d7c8b9a01", "ghcr.io/kestrel/worker:2.8.1", "Up 2 hours", "", "worker"),
            ("ab12cd34ef56", "grafana/grafana:11.0.0", "Up 26 hours", "0.0.0.0:3000->3000/tcp", "grafana")]
    L = [P("deploy", "vps-2", "/srv/kestrel") + "docker ps -a",
         "CONTAINER ID   IMAGE                          STATUS                     PORTS                    NAMES"]
    for r in rows:
        L.append("%-14s %-30s %-26s %-24s %s" % r)
    L.append(P("deploy", "vps-2", "/srv/kestrel"))
    term("term_docker", L, "black", "deploy@vps-2", cols=124, f="lmono")
    ex = [r for r in rows if r[2].startswith("Exited")][0]
    q("term_docker", "which container is down?", ex[4], "text", "terminal", "field", True)
    q("term_docker", "what exit code did it die with", ex[2].split("(")[1].split(")")[0], "code", "terminal", "error", True)
    q("term_docker", "what version of postgres are we running", rows[1][1].split(":")[1], "version", "terminal", "cell", True)

def t_kubectl():
    pods = [("checkout-7d9f8b6c5-2xkqp", "1/1", "Running", 0, "4d2h"), ("checkout-7d9f8b6c5-9mwzt", "1/1", "Running", 1, "4d2h"),
            ("payments-5c6b7d8f9-hq4lr", "0/1", "CrashLoopBackOff", 17, "58m"), ("inventory-66f7c9d8b-lx2pn", "1/1", "Running", 0, "11d"),
            ("search-84b5f6d7c-7ttvn", "0/1", "ImagePullBackOff", 0, "12m"), ("notifier-6b9c8d7e5-zr8ks", "1/1", "Running", 3, "2d19h"),
            ("cartsync-cron-29418840-b5nq2", "0/1", "Completed", 0, "37m")]
    L = ["{c}❯{/} kubectl get pods -n shop-prod", "NAME                            READY   STATUS             RESTARTS   AGE"]
    for n, r, s, rs, a in pods:
        col = "{r}" if "Back" in s else ""
        L.append("%-31s %-7s %s%-18s%s %-10s %s" % (n, r, col, s, "{/}" if col else "", rs, a))
    term("term_kubectl", L, "nord", "k9s-less — zsh", cols=88)
    bad = [p for p in pods if p[2] not in ("Running", "Completed")]
    q("term_kubectl", "how many pods are broken (not Running and not Completed)?", str(len(bad)), "count", "terminal", "count", False)
    mr = max(pods, key=lambda p: p[3])
    q("term_kubectl", "which pod keeps restarting the most, and how many restarts?", "%s, %d" % (mr[0], mr[3]), "text", "terminal", "multi", False)
    q("term_kubectl", "why isn't the search pod starting? what status", pods[4][2], "error", "terminal", "error", True)

def t_pip():
    pk = [("certifi", "2025.1.31"), ("charset-normalizer", "3.4.1"), ("fastapi", "0.115.8"), ("httpx", "0.28.1"), ("idna", "3.10"),
          ("numpy", "2.2.3"), ("pandas", "2.2.3"), ("pydantic", "2.10.6"), ("requests", "2.32.3"), ("SQLAlchemy", "2.0.38"), ("urllib3", "2.3.0"), ("uvicorn", "0.34.0")]
    L = ["(.venv) PS C:\\Users\\ebba\\code\\kvitto> pip list", "Package            Version", "------------------ ----------"]
    for n, v in pk:
        L.append("%-18s %s" % (n, v))
    L += ["", "{y}[notice]{/} A new release of pip is available: {r}24.3.1{/} -> {g}25.0.1{/}", "{y}[notice]{/} To update, run: {g}python.exe -m pip install --upgrade pip{/}", "(.venv) PS C:\\Users\\ebba\\code\\kvitto> "]
    term("term_pip", L, "black", "Windows PowerShell", cols=80, f="lmono", style="win")
    q("term_pip", "which requests version do I have installed", "2.32.3", "version", "terminal", "cell", True)
    q("term_pip", "what pip version is available to upgrade to?", "25.0.1", "version", "terminal", "field", True)

def t_pytest():
    L = [P("ci", "runner-3", "~/repo") + "pytest -q tests/",
         "{g}........{/}{r}F{/}{g}..........{/}{y}s{/}{g}.....{/}{r}F{/}{g}........{/}{r}E{/}{g}...{/}                                 [100%]",
         "{r}================================== FAILURES ==================================={/}",
         "{r}___________________________ test_parse_decimal_comma ____________________________{/}",
         "",
         "    def test_parse_decimal_comma():",
         ">       assert parse_amount(\"1.234,56\") == Decimal(\"1234.56\")",
         "{r}E       AssertionError: assert Decimal('1.23456') == Decimal('1234.56'){/}",
         "",
         "tests/test_amounts.py:41: AssertionError",
         "{r}__________________________ test_due_date_weekend_roll __________________________{/}",
         "",
         "{r}E       ValueError: day is out of range for month{/}",
         "",
         "tests/test_dates.py:88: ValueError",
         "{r}=================================== ERRORS ===================================={/}",
         "{r}________________ ERROR at setup of test_sync_remote_ledger _____________________{/}",
         "{r}E       ConnectionRefusedError: [Errno 111] Connection refused{/}",
         "{c}=========================== short test summary info ============================{/}",
         "{r}FAILED{/} tests/test_amounts.py::test_parse_decimal_comma - AssertionError: ass...",
         "{r}FAILED{/} tests/test_dates.py::test_due_date_weekend_roll - ValueError: day is ...",
         "{r}ERROR{/} tests/test_sync.py::test_sync_remote_ledger - ConnectionRefusedError: ...",
         "{r}2 failed{/}, {g}34 passed{/}, {y}1 skipped{/}, {r}1 error{/} in 4.82s"]
    term("term_pytest", L, "gruvbox", "ci@runner-3", cols=84)
    q("term_pytest", "did all the tests pass?", "no", "yesno", "terminal", "yesno", False)
    q("term_pytest", "which tests failed", ", ".join(l.split("::")[1].split(" ")[0] for l in L if l.startswith("{r}FAILED")), "text", "terminal", "error", False)
    q("term_pytest", "what error does test_due_date_weekend_roll throw", "ValueError: day is out of range for month", "error", "terminal", "error", True)

def t_gcc():
    L = [P("tomas", "thinkpad", "~/c/ringbuf") + "make",
         "cc -Wall -Wextra -O2 -c src/ringbuf.c -o build/ringbuf.o",
         "{w}src/ringbuf.c:57:12:{/} {m}warning:{/} {w}comparison of integer expressions of different signedness: 'int' and 'size_t'{/} [-Wsign-compare]",
         "   57 |   if (idx < rb->capacity) {",
         "      |       {g}^{/}",
         "cc -Wall -Wextra -O2 -c src/main.c -o build/main.o",
         "{w}src/main.c:23:5:{/} {r}error:{/} {w}implicit declaration of function 'rb_push_many'; did you mean 'rb_push'?{/} [-Wimplicit-function-declaration]",
         "   23 |     rb_push_many(&rb, data, n);",
         "      |     {r}^~~~~~~~~~~~{/}",
         "      |     {g}rb_push{/}",
         "{w}src/main.c:31:1:{/} {r}error:{/} {w}expected ';' before '}' token{/}",
         "   31 | }",
         "      | {r}^{/}",
         "make: *** [Makefile:14: build/main.o] Error 1",
         P("tomas", "thinkpad", "~/c/ringbuf") + "echo $?", "2", P("tomas", "thinkpad", "~/c/ringbuf")]
    term("term_gcc", L, "black", "tomas@thinkpad: ~/c/ringbuf", cols=124)
    q("term_gcc", "what line is the first error on?", next(l for l in L if " {r}error:{/}" in l).split(":")[1], "number", "terminal", "error", True)
    q("term_gcc", "how many errors (not warnings) did the compiler report", str(sum(" {r}error:{/}" in l for l in L)), "count", "terminal", "count", False)
    q("term_gcc", "what exit status did make return", L[L.index(P("tomas", "thinkpad", "~/c/ringbuf") + "echo $?") + 1], "code", "terminal", "error", True)

def t_systemctl():
    L = ["[root@db-eu-1 ~]# systemctl status postgresql-16",
         "{g}●{/} postgresql-16.service - PostgreSQL 16 database server",
         "     Loaded: loaded (/usr/lib/systemd/system/postgresql-16.service; {g}enabled{/}; preset: disabled)",
         "     Active: {g}active (running){/} since Sat 2026-02-21 06:14:33 UTC; 1 week 3 days ago",
         "   Main PID: 1042 (postgres)",
         "      Tasks: 14 (limit: 48942)",
         "     Memory: 2.3G",
         "        CPU: 6h 12min 41.228s",
         "", "[root@db-eu-1 ~]# journalctl -u nginx --since today -p warning --no-pager",
         "Mar 03 02:11:09 db-eu-1 nginx[2231]: {y}upstream response time 4.912 while reading header{/}",
         "Mar 03 07:48:51 db-eu-1 nginx[2231]: {r}connect() failed (111: Connection refused) while connecting to upstream{/}",
         "Mar 03 07:48:52 db-eu-1 nginx[2231]: {r}no live upstreams while connecting to upstream{/}",
         "Mar 03 09:30:17 db-eu-1 nginx[2231]: {y}client intended to send too large body: 10485761 bytes{/}",
         "[root@db-eu-1 ~]# "]
    term("term_systemctl", L, "solar", "root@db-eu-1", cols=104, f="lmono")
    q("term_systemctl", "is postgres running?", "yes", "yesno", "terminal", "yesno", False)
    q("term_systemctl", "main pid of the postgres service", "1042", "code", "terminal", "field", True)
    q("term_systemctl", "when did nginx first log connection refused today", "07:48:51", "time", "terminal", "when", True)

def t_ping():
    rtts = [18.4, 19.1, 17.9, 42.6, 18.8]
    L = ["% ping -c 6 api.fjellpay.no",
         "PING api.fjellpay.no (185.44.17.203): 56 data bytes"]
    seqs = [0, 1, 2, 4, 5]
    for s, r in zip(seqs, rtts):
        L.append("64 bytes from 185.44.17.203: icmp_seq=%d ttl=54 time=%.3f ms" % (s, r))
    L.append("Request timeout for icmp_seq 3")
    L += ["", "--- api.fjellpay.no ping statistics ---", "6 packets transmitted, 5 packets received, 16.7% packet loss",
          "round-trip min/avg/max/stddev = %.3f/%.3f/%.3f/9.541 ms" % (min(rtts), sum(rtts) / 5, max(rtts)),
          "% curl -sI https://api.fjellpay.no/v2/health", "{c}HTTP/2 503{/}", "server: envoy", "content-type: application/json",
          "retry-after: 30", "date: Tue, 03 Mar 2026 12:04:51 GMT", "% "]
    term("term_ping_curl", L, "dracula", "zsh — 96×24", cols=76, f="lmono")
    q("term_ping_curl", "what's the packet loss", "16.7%", "percent", "terminal", "field", True)
    q("term_ping_curl", "average ping?", "%.3f" % (sum(rtts) / 5), "number", "terminal", "field", True)
    q("term_ping_curl", "what status code does the health endpoint return", "503", "code", "terminal", "error", True)

ALL = [t_ls, t_df, t_top, t_gitlog, t_gitstatus, t_docker, t_kubectl, t_pip, t_pytest, t_gcc, t_systemctl, t_ping]
def build(seed):
    for f in ALL:
        f()
