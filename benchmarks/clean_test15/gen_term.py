"""Terminal screenshots with realistic command output."""
from common import scene, Q, term


@scene
def term_ls(rng):
    files = [("drwxr-xr-x", 5, "mkowalski", "staff", 4096, "Mar 11 09:14", "assets", True),
             ("-rw-r--r--", 1, "mkowalski", "staff", 1843, "Mar 10 17:02", "README.md", False),
             ("-rw-r--r--", 1, "mkowalski", "staff", 48211337, "Feb 27 22:41", "backup_2025-02.tar.gz", False),
             ("drwxr-xr-x", 2, "root", "root", 4096, "Jan  4 08:00", "bin", True),
             ("-rwxr-xr-x", 1, "mkowalski", "staff", 9120, "Mar 11 10:30", "deploy.sh", False),
             ("-rw-------", 1, "mkowalski", "staff", 412, "Mar  2 13:55", ".env", False),
             ("drwxr-xr-x", 8, "mkowalski", "staff", 4096, "Mar 11 10:31", "src", True),
             ("-rw-r--r--", 1, "jdiaz", "staff", 3309811, "Mar  8 16:20", "dataset.csv", False),
             ("-rw-r--r--", 1, "mkowalski", "staff", 622, "Mar  9 11:47", "pyproject.toml", False),
             ("drwxr-xr-x", 3, "mkowalski", "staff", 4096, "Mar  5 19:03", "tests", True),
             ("-rw-r--r--", 1, "mkowalski", "staff", 71, "Mar  1 12:00", "requirements.txt", False)]
    files.sort(key=lambda f: f[6].lstrip(".").lower())
    lines = ["{g}mkowalski@devbox{/}:{b}~/projects/ledger{/}$ ls -lA", f"total {sum(f[4] for f in files)//1024}"]
    for p, n, u, g, sz, dt, nm, isd in files:
        col = "{b}" + nm + "{/}" if isd else ("{g}" + nm + "{/}" if "x" in p[3] else nm)
        lines.append(f"{p} {n:>2} {u:<9} {g:<5} {sz:>9} {dt} {col}")
    lines.append("{g}mkowalski@devbox{/}:{b}~/projects/ledger{/}$ ")
    big = max(files, key=lambda f: f[4])
    ndir = sum(1 for f in files if f[7])
    own = [f for f in files if f[6] == "dataset.csv"][0]
    return dict(name="term_ls_la", category="terminal", w=1180, html=term(lines, "dark", "mkowalski@devbox: ~/projects/ledger"),
                qs=[Q("which file is the biggest here", big[6], "text", "argmax", True),
                    Q("how many directories are in this listing?", str(ndir), "count", "count", False)])


@scene
def term_df(rng):
    fs = [("udev", "7.8G", "0", "7.8G", 0, "/dev"), ("tmpfs", "1.6G", "2.1M", "1.6G", 1, "/run"),
          ("/dev/nvme0n1p2", "234G", "198G", "24G", 90, "/"), ("tmpfs", "7.8G", "312M", "7.5G", 4, "/dev/shm"),
          ("/dev/nvme0n1p1", "511M", "6.1M", "505M", 2, "/boot/efi"), ("/dev/sda1", "1.8T", "1.1T", "642G", 63, "/home"),
          ("/dev/sdb1", "916G", "871G", "45G", 96, "/mnt/archive"), ("tmpfs", "1.6G", "88K", "1.6G", 1, "/run/user/1000")]
    lines = ["{c}➜{/}  {B}~{/} df -h", f"{'Filesystem':<16}{'Size':>6}{'Used':>7}{'Avail':>7} Use% Mounted on"]
    for a, s, u, av, p, m in fs:
        pc = f"{p}%"
        pc = ("{r}" + f"{pc:>4}" + "{/}") if p >= 90 else f"{pc:>4}"
        lines.append(f"{a:<16}{s:>6}{u:>7}{av:>7} {pc} {m}")
    lines.append("{c}➜{/}  {B}~{/} ")
    top = max(fs, key=lambda f: f[4])
    home = [f for f in fs if f[5] == "/home"][0]
    return dict(name="term_df_h", category="terminal", w=900, html=term(lines, "gruvbox", "zsh — df", width=900, font_size=15),
                qs=[Q("which mount is fullest?", top[5], "code", "argmax", True),
                    Q("how much space is left on /home", home[3], "text", "cell", True),
                    Q("how many filesystems are at 90% or more", str(sum(1 for f in fs if f[4] >= 90)), "count", "count", False)])


@scene
def term_top(rng):
    procs = [(2231, "postgres", 20, "2.1g", 38.7, 13.4, "postgres"), (19822, "www-data", 20, "812m", 12.3, 5.1, "php-fpm8.2"),
             (1044, "root", 20, "3.4g", 71.2, 21.0, "java"), (3310, "redis", 20, "221m", 4.0, 1.4, "redis-server"),
             (27, "root", 20, "0", 0.3, 0.0, "kworker/1:1"), (8812, "deploy", 20, "1.2g", 22.9, 7.6, "node"),
             (1, "root", 20, "164m", 0.0, 0.1, "systemd"), (4410, "nginx", 20, "96m", 1.7, 0.6, "nginx")]
    procs.sort(key=lambda p: -p[4])
    lines = ["top - 14:22:09 up 37 days,  3:41,  2 users,  load average: 2.41, 2.17, 1.98",
             "Tasks: 211 total,   3 running, 208 sleeping,   0 stopped,   0 zombie",
             "%Cpu(s): 51.2 us,  6.3 sy,  0.0 ni, 41.0 id,  1.2 wa,  0.0 hi,  0.3 si,  0.0 st",
             "MiB Mem :  15872.4 total,   1204.8 free,  10388.1 used,   4279.5 buff/cache",
             "MiB Swap:   2048.0 total,   1990.3 free,     57.7 used.   5011.6 avail Mem", "",
             "{B}    PID USER      PR  NI    RES  %CPU  %MEM COMMAND{/}"]
    for pid, u, pr, res, cpu, mem, cmd in procs:
        lines.append(f"{pid:>7} {u:<9} {pr:>2}   0 {res:>6} {cpu:>5.1f} {mem:>5.1f} {cmd}")
    mx = procs[0]
    pg = [p for p in procs if p[6] == "redis-server"][0]
    return dict(name="term_top", category="terminal", w=1180, html=term(lines, "solar", "ssh app-prod-02 — top"),
                qs=[Q("what process is eating the most cpu", mx[6], "code", "argmax", True),
                    Q("how long has this server been up", "37 days, 3:41", "text", "field", True)])


@scene
def term_git_log(rng):
    commits = [("a91f3c2", "Wed Jun 4 16:12:45 2025 +0200", "Marta Kowalczyk", "Fix rounding in VAT summary"),
               ("5d0e7b1", "Wed Jun 4 11:03:10 2025 +0200", "Tom Becker", "Add CSV export for reports"),
               ("c47a9e8", "Tue Jun 3 18:40:22 2025 +0200", "Marta Kowalczyk", "Bump pydantic to 2.7.1"),
               ("0b83d55", "Tue Jun 3 09:15:01 2025 +0200", "Ananya Rao", "Refactor invoice parser into module"),
               ("e6f2a10", "Mon Jun 2 14:27:36 2025 +0200", "Tom Becker", "Handle empty line items gracefully"),
               ("77c1d09", "Fri May 30 17:58:49 2025 +0200", "Marta Kowalczyk", "Initial currency conversion support")]
    lines = ["$ git log --date=default -n 6"]
    for i, (h, d, a, m) in enumerate(commits):
        ref = " ({c}HEAD -> {/}{g}main{/}, {r}origin/main{/})" if i == 0 else ""
        lines += ["{y}commit " + h + "3e1b0c9d2f4a6b8c0d1e2f3a4b5c6d7e8f9a0" + "{/}" + ref,
                  f"Author: {a} <{a.split()[0].lower()}@ledgerly.io>", f"Date:   {d}", "", "    " + m, ""]
    n_m = sum(1 for c in commits if c[2] == "Marta Kowalczyk")
    csv = [c for c in commits if "CSV" in c[3]][0]
    return dict(name="term_git_log", category="terminal", w=1000, html=term(lines, "dracula", "git log", width=1000, font_size=13),
                qs=[Q("who made the latest commit", commits[0][2], "person", "ordinal", True),
                    Q("how many of these commits are by Marta?", str(n_m), "count", "count", False),
                    Q("first 7 chars of the hash of the commit that added CSV export?", csv[0], "code", "field", True)])


@scene
def term_git_status(rng):
    staged = ["src/billing/vat.py", "tests/test_vat.py"]
    modified = ["src/billing/export.py", "src/api/routes.py", "docs/changelog.md"]
    untracked = ["scratch.ipynb", "src/billing/fx_rates.json"]
    lines = ["❯ git status", "On branch feature/fx-rates", "Your branch is ahead of 'origin/feature/fx-rates' by 2 commits.",
             "  (use \"git push\" to publish your local commits)", "", "Changes to be committed:",
             "  (use \"git restore --staged <file>...\" to unstage)"]
    lines += ["\t{g}modified:   " + f + "{/}" for f in staged]
    lines += ["", "Changes not staged for commit:", "  (use \"git add <file>...\" to update what will be committed)"]
    lines += ["\t{r}modified:   " + f + "{/}" for f in modified]
    lines += ["", "Untracked files:", "  (use \"git add <file>...\" to include in what will be committed)"]
    lines += ["\t{r}" + f + "{/}" for f in untracked]
    lines += ["", "❯ "]
    return dict(name="term_git_status", category="terminal", w=1100, html=term(lines, "light", "~/code/ledgerly", width=1100),
                qs=[Q("what branch am i on", "feature/fx-rates", "code", "field", True),
                    Q("how many files are modified but not staged yet?", str(len(modified)), "count", "count", False)])


@scene
def term_docker_ps(rng):
    cs = [("3f2a9c1d0e77", "postgres:16.3", "Up 6 days", "0.0.0.0:5432->5432/tcp", "shop-db"),
          ("b81e44f0a912", "redis:7.2-alpine", "Up 6 days", "6379/tcp", "shop-cache"),
          ("c0d7e3b5a148", "ghcr.io/acme/shop-api:1.14.2", "Restarting (1) 12 seconds ago", "", "shop-api"),
          ("9a6b2f7c3d01", "nginx:1.27", "Up 2 hours", "0.0.0.0:8080->80/tcp, 0.0.0.0:8443->443/tcp", "shop-proxy"),
          ("e45d1a8b6c20", "grafana/grafana:11.0.0", "Exited (137) 3 hours ago", "", "metrics-ui")]
    lines = ["PS C:\\dev\\shop> docker ps -a",
             f"{'CONTAINER ID':<14}{'IMAGE':<30}{'STATUS':<31}{'PORTS':<46}NAMES"]
    for i, im, st, p, n in cs:
        lines.append(f"{i:<14}{im:<30}{st:<31}{p:<46}{n}")
    lines.append("PS C:\\dev\\shop> ")
    rest = [c for c in cs if c[2].startswith("Restarting")][0]
    ex = [c for c in cs if c[2].startswith("Exited")][0]
    return dict(name="term_docker_ps", category="terminal", w=1500, html=term(lines, "dark", "Windows PowerShell", width=1500, font_size=13,
                                                                                 font="'Liberation Mono', monospace"),
                qs=[Q("which container keeps restarting?", rest[4], "code", "field", True),
                    Q("what exit code did metrics-ui exit with", "137", "number", "error", True),
                    Q("which host port is nginx on for plain http", "8080", "number", "cell", True)])


@scene
def term_kubectl(rng):
    pods = [("api-7d9f8c6b5-2xkqp", "1/1", "Running", 0, "3d4h"), ("api-7d9f8c6b5-9lmzt", "1/1", "Running", 0, "3d4h"),
            ("worker-5c6d7f9b8-hh2rn", "0/1", "CrashLoopBackOff", 14, "52m"), ("worker-5c6d7f9b8-qp8wd", "1/1", "Running", 2, "52m"),
            ("scheduler-68b4d5f7c-vt6xs", "1/1", "Running", 0, "11d"), ("migrate-job-x8k2l", "0/1", "Completed", 0, "3d4h"),
            ("frontend-84f6b9d7c-lq4zn", "0/1", "ImagePullBackOff", 0, "7m"), ("frontend-84f6b9d7c-wr9tk", "1/1", "Running", 1, "2d")]
    lines = ["$ kubectl get pods -n payments", f"{'NAME':<28}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE"]
    for n, r, s, rs, a in pods:
        lines.append(f"{n:<28}{r:<8}{s:<19}{rs:<10}{a}")
    lines.append("$ ")
    notrun = sum(1 for p in pods if p[2] != "Running")
    mr = max(pods, key=lambda p: p[3])
    return dict(name="term_kubectl_pods", category="terminal", w=900, html=term(lines, "green", "kubectl — payments", width=900),
                qs=[Q("how many pods are not in Running state", str(notrun), "count", "count", False),
                    Q("which pod has restarted the most?", mr[0], "code", "argmax", True),
                    Q("what's wrong with the frontend pod that isn't ready", "ImagePullBackOff", "error", "error", True)])


@scene
def term_pip_list(rng):
    pk = [("certifi", "2024.8.30"), ("charset-normalizer", "3.3.2"), ("click", "8.1.7"), ("fastapi", "0.111.0"),
          ("httpx", "0.27.0"), ("idna", "3.7"), ("numpy", "1.26.4"), ("pandas", "2.2.2"), ("pip", "24.0"),
          ("pydantic", "2.7.1"), ("python-dateutil", "2.9.0.post0"), ("pytz", "2024.1"), ("requests", "2.32.3"),
          ("setuptools", "69.5.1"), ("six", "1.16.0"), ("starlette", "0.37.2"), ("urllib3", "2.2.1"), ("uvicorn", "0.29.0")]
    lines = ["(.venv) C:\\Users\\ebakker\\api> pip list", f"{'Package':<19} Version", "-" * 19 + " " + "-" * 11]
    lines += [f"{n:<19} {v}" for n, v in pk]
    lines.append("(.venv) C:\\Users\\ebakker\\api> ")
    return dict(name="term_pip_list", category="terminal", w=700, html=term(lines, "dark", "Command Prompt", width=700,
                                                                              font="'Liberation Mono', monospace"),
                qs=[Q("which version of requests do I have installed", "2.32.3", "version", "field", True),
                    Q("is django installed in this venv?", "no", "yesno", "yesno", False)])


@scene
def term_pytest(rng):
    tests = [("tests/test_cart.py", "..........", 10, 0), ("tests/test_checkout.py", "....F...", 7, 1),
             ("tests/test_discounts.py", "......", 6, 0), ("tests/test_inventory.py", ".....F.F.", 7, 2),
             ("tests/test_users.py", "............", 12, 0)]
    passed = sum(t[2] for t in tests)
    failed = sum(t[3] for t in tests)
    fails = [("tests/test_checkout.py::test_coupon_expired_is_rejected", "AssertionError: assert 200 == 400"),
             ("tests/test_inventory.py::test_reserve_more_than_stock", "ValueError: quantity must be positive"),
             ("tests/test_inventory.py::test_restock_updates_timestamp", "AssertionError: assert None is not None")]
    lines = ["$ pytest -q", ]
    for f, dots, p, fl in tests:
        pct = round(100 * sum(t[2] + t[3] for t in tests[:tests.index((f, dots, p, fl)) + 1]) / (passed + failed))
        d = dots.replace("F", "{r}F{/}").replace(".", "{g}.{/}")
        lines.append(f"{f} {d}" + " " * (40 - len(f) - len(dots)) + f"{{g}}[{pct:>3}%]{{/}}")
    lines += ["", "{r}=================================== FAILURES ==================================={/}"]
    for n, e in fails:
        lines += ["{r}____ " + n.split("::")[1] + " ____{/}", "{r}E       " + e + "{/}", ""]
    lines += ["{B}========================= short test summary info =========================={/}"]
    lines += ["{r}FAILED{/} " + n + " - " + e for n, e in fails]
    lines += ["{r}" + f"======================= {failed} failed, {passed} passed in 4.82s =======================" + "{/}", "$ "]
    return dict(name="term_pytest", category="terminal", w=1180, html=term(lines, "dark", "pytest", font_size=13),
                qs=[Q("how many tests failed", str(failed), "count", "count", True),
                    Q("did the test suite pass?", "no", "yesno", "yesno", False),
                    Q("what error did test_reserve_more_than_stock hit", fails[1][1], "error", "error", True)])


@scene
def term_gcc(rng):
    lines = ["user@build:~/src/ringbuf$ make", "gcc -Wall -Wextra -O2 -c ringbuf.c -o ringbuf.o",
             "gcc -Wall -Wextra -O2 -c main.c -o main.o",
             "{B}main.c:{/}{B} In function ‘{/}{B}main{/}{B}’:{/}",
             "{B}main.c:27:9:{/} {m}warning:{/} unused variable ‘{B}tmp{/}’ [{m}-Wunused-variable{/}]",
             "   27 |     int tmp;", "      |         {m}^~~{/}",
             "{B}main.c:41:22:{/} {r}error:{/} ‘{B}RB_CAPACITY{/}’ undeclared (first use in this function)",
             "   41 |     for (int i = 0; i < {r}RB_CAPACITY{/}; i++) {",
             "      |                      {r}^~~~~~~~~~~{/}",
             "{B}main.c:41:22:{/} {c}note:{/} each undeclared identifier is reported only once for each function it appears in",
             "make: *** [Makefile:12: main.o] Error 1", "user@build:~/src/ringbuf$ "]
    return dict(name="term_gcc_error", category="terminal", w=1100, html=term(lines, "gruvbox", "make", width=1100),
                qs=[Q("what's the compile error", "‘RB_CAPACITY’ undeclared (first use in this function)", "error", "error", True),
                    Q("which line of main.c has the error?", "41", "number", "error", True),
                    Q("is there also a warning? what variable", "yes, unused variable tmp", "text", "multi", False)])


@scene
def term_systemctl(rng):
    lines = ["[admin@web01 ~]$ systemctl status nginx.service",
             "{g}●{/} nginx.service - A high performance web server and a reverse proxy server",
             "     Loaded: loaded (/lib/systemd/system/nginx.service; {g}enabled{/}; preset: enabled)",
             "     Active: {g}active (running){/} since Mon 2025-09-15 08:02:11 UTC; 2 weeks 3 days ago",
             "       Docs: man:nginx(8)", "    Process: 811 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; (code=exited, status=0/SUCCESS)",
             "   Main PID: 845 (nginx)", "      Tasks: 5 (limit: 9436)", "     Memory: 14.6M", "        CPU: 3min 12.804s",
             "     CGroup: /system.slice/nginx.service", "             ├─845 \"nginx: master process /usr/sbin/nginx\"",
             "             ├─846 \"nginx: worker process\"", "             ├─847 \"nginx: worker process\"",
             "             ├─848 \"nginx: worker process\"", "             └─849 \"nginx: worker process\"", "",
             "Sep 15 08:02:11 web01 systemd[1]: Starting nginx.service...", "Sep 15 08:02:11 web01 systemd[1]: Started nginx.service.",
             "[admin@web01 ~]$ "]
    return dict(name="term_systemctl", category="terminal", w=1100, html=term(lines, "solar", "admin@web01", width=1100),
                qs=[Q("is nginx running?", "yes", "yesno", "yesno", False),
                    Q("how many worker processes are there", "4", "count", "count", False)])



@scene
def term_curl(rng):
    lines = ["❯ curl -i https://api.tidewater.dev/v2/orders/88213",
             "HTTP/2 404", "date: Thu, 11 Sep 2025 09:41:27 GMT", "content-type: application/problem+json",
             "content-length: 151", "x-request-id: 7f3c2a19-5e0b-4d6e-9a41-2b8c0f6d1e33", "cache-control: no-store", "",
             '{"type":"https://api.tidewater.dev/errors/not-found","title":"Order not found","status":404,'
             '"detail":"No order with id 88213 for account acc_41k"}', "❯ "]
    return dict(name="term_curl", category="terminal", w=1180, html=term(lines, "dracula", "zsh"),
                qs=[Q("what status code did the API return", "404", "number", "error", True),
                    Q("what's the content type of the response", "application/problem+json", "code", "field", True)])



@scene
def term_journalctl(rng):
    ents = [("Oct 02 03:14:07", "INFO", "backup-agent[2211]: starting nightly snapshot job=vol-data"),
            ("Oct 02 03:14:09", "INFO", "backup-agent[2211]: uploading chunk 1/12"),
            ("Oct 02 03:16:52", "WARN", "backup-agent[2211]: retrying chunk 7/12 (timeout after 30s)"),
            ("Oct 02 03:17:31", "ERROR", "backup-agent[2211]: chunk 7/12 failed: connection reset by peer"),
            ("Oct 02 03:17:31", "INFO", "backup-agent[2211]: aborting job vol-data"),
            ("Oct 02 03:17:32", "ERROR", "systemd[1]: backup-agent.service: Main process exited, code=exited, status=3/NOTIMPLEMENTED"),
            ("Oct 02 03:17:32", "WARN", "systemd[1]: backup-agent.service: Failed with result 'exit-code'.")]
    col = {"INFO": "", "WARN": "{y}", "ERROR": "{r}"}
    lines = ["$ journalctl -u backup-agent --since today --no-pager"]
    for t, lv, m in ents:
        c = col[lv]
        lines.append(f"{t} nas01 " + (c + m + "{/}" if c else m))
    lines.append("$ ")
    first_err = [e for e in ents if e[1] == "ERROR"][0]
    return dict(name="term_journalctl", category="terminal", w=1180, html=term(lines, "dark", "journalctl"),
                qs=[Q("when did the first error happen", first_err[0].split()[-1], "time", "ordinal", True),
                    Q("what status did the service exit with", "3/NOTIMPLEMENTED", "error", "error", True)])
