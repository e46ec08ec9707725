"""Terminal screenshots (monospace, light and dark themes)."""
from common import q, render_html, page, esc, argmax_unique, argmin_unique

CAT = "terminal"

THEMES = {
    "dracula": dict(bg="#282a36", fg="#f8f8f2", bar="#1e1f29", prompt="#50fa7b", font="JetBrains Mono"),
    "solar_light": dict(bg="#fdf6e3", fg="#4a555a", bar="#e8e1cc", prompt="#268bd2", font="Fira Code"),
    "nord": dict(bg="#2e3440", fg="#d8dee9", bar="#3b4252", prompt="#88c0d0", font="DejaVu Sans Mono"),
    "paper": dict(bg="#ffffff", fg="#1a1a1a", bar="#e6e6e6", prompt="#a626a4", font="Liberation Mono"),
    "green": dict(bg="#0c0f0a", fg="#b6f7a6", bar="#1b2118", prompt="#e6db74", font="Inconsolata"),
    "gruv": dict(bg="#282828", fg="#ebdbb2", bar="#1d2021", prompt="#fabd2f", font="Noto Sans Mono"),
}


def term(name, title, text, theme, w=900, fs=15):
    t = THEMES[theme]
    css = f""".win{{margin:0;background:{t['bg']};border-radius:0}}
    .bar{{background:{t['bar']};padding:8px 12px;display:flex;align-items:center;gap:8px;font-family:'Open Sans';font-size:13px;color:{t['fg']}}}
    .d{{width:12px;height:12px;border-radius:50%}}pre{{margin:0;padding:12px 16px;font-family:'{t['font']}';font-size:{fs}px;line-height:1.35;color:{t['fg']};white-space:pre}}
    .p{{color:{t['prompt']};font-weight:bold}}.e{{color:#ff5555}}.w{{color:#e0a800}}.ok{{color:#3fb950}}"""
    body = (f"<div class=win><div class=bar><span class=d style='background:#ff5f56'></span><span class=d style='background:#ffbd2e'></span>"
            f"<span class=d style='background:#27c93f'></span><span style='margin-left:12px'>{esc(title)}</span></div><pre>{text}</pre></div>")
    render_html(name, page(css, body, bg=t["bg"]), w, 900)


def P(user_host, cmd):
    return f"<span class=p>{esc(user_host)}</span> {esc(cmd)}\n"


def df_h(rng):
    name = "term_df_h"
    mounts = [("/dev/nvme0n1p2", 468, "/"), ("tmpfs", 16, "/dev/shm"), ("/dev/nvme0n1p1", 1, "/boot/efi"),
              ("/dev/sda1", 1862, "/mnt/archive"), ("/dev/mapper/vg0-pgdata", 915, "/var/lib/postgresql"), ("tmpfs", 3, "/run")]
    rows = []
    for fs, size, mp in mounts:
        pct = rng.randint(3, 97)
        used = round(size * pct / 100, 1)
        avail = round(size - used, 1)
        rows.append((fs, size, used, avail, pct, mp))
    def g(x):
        return f"{x:.1f}G" if x < 10 else f"{round(x)}G"
    lines = f"{'Filesystem':<24}{'Size':>6}{'Used':>6}{'Avail':>6}{'Use%':>5} Mounted on\n"
    for fs, size, used, avail, pct, mp in rows:
        lines += f"{fs:<24}{g(size):>6}{g(used):>6}{g(avail):>6}{str(pct)+'%':>5} {mp}\n"
    text = P("deploy@db-eu-west-2:~$", "df -h") + esc(lines) + "<span class=p>deploy@db-eu-west-2:~$</span> "
    term(name, "deploy@db-eu-west-2: ~", text, "nord", 760)
    full = argmax_unique(rows, key=lambda r: r[4])
    q(name, CAT, "which mount point is the fullest?", full[5], "text", "max use%", True)
    pg = [r for r in rows if r[5] == "/var/lib/postgresql"][0]
    q(name, CAT, "how much space is left on the postgres volume", g(pg[3]), "text", "avail at mount", True)
    q(name, CAT, "how many filesystems are over 80% used?", str(sum(1 for r in rows if r[4] > 80)), "count", "count with threshold", False)


def docker_ps(rng):
    name = "term_docker_ps"
    ctrs = [("a3f91c2e7b10", "ghcr.io/acme/api:2.14.1", "api-1", "Up 3 days", "0.0.0.0:8080->8080/tcp"),
            ("7d2e4b9a0c55", "postgres:16.2-alpine", "db-1", "Up 3 days (healthy)", "5432/tcp"),
            ("f01b8c3d6e22", "redis:7.2.4", "cache-1", "Up 3 days", "6379/tcp"),
            ("c94e7a1b3f08", "ghcr.io/acme/worker:2.14.1", "worker-1", "Restarting (1) 12 seconds ago", ""),
            ("5be0d7f2a913", "nginx:1.25.4", "proxy-1", "Up 41 hours", "0.0.0.0:443->443/tcp, 0.0.0.0:80->80/tcp"),
            ("e6a8c0f4b721", "grafana/grafana:10.4.0", "grafana-1", "Exited (137) 2 hours ago", "")]
    hdr = f"{'CONTAINER ID':<14}{'IMAGE':<29}{'STATUS':<32}{'PORTS':<42}NAMES\n"
    body = "".join(f"{c:<14}{i:<29}{s:<32}{p:<42}{n}\n" for c, i, n, s, p in ctrs)
    text = P("mbeaumont@buildbox ~/acme $", "docker ps -a") + esc(hdr + body)
    term(name, "Terminal — mbeaumont@buildbox", text, "paper", 1440, 14)
    q(name, CAT, "which container keeps restarting?", "worker-1", "text", "status filter", True)
    q(name, CAT, "what version of postgres are we running in docker", "16.2-alpine", "version", "image tag", True)


def kubectl(rng):
    name = "term_kubectl_pods"
    svcs = ["checkout", "inventory", "search-indexer", "notifications", "auth-gateway", "recommendations", "ledger", "image-resizer"]
    rows = []
    for s in svcs:
        suffix = "".join(rng.choice("abcdefghjkmnpqrstvwxz0123456789") for _ in range(5))
        st = rng.choice(["Running"] * 5 + ["CrashLoopBackOff", "Pending", "OOMKilled"])
        rs = rng.randint(0, 3) if st == "Running" else rng.randint(4, 57)
        ready = "1/1" if st == "Running" else "0/1"
        age = rng.choice(["4d2h", "17h", "9d", "36m", "2d5h", "71m"])
        rows.append((f"{s}-7f9c{rng.randint(10, 99)}d-{suffix}", ready, st, rs if st != "Pending" else 0, age))
    hdr = f"{'NAME':<42}{'READY':<8}{'STATUS':<19}{'RESTARTS':<10}AGE\n"
    body = "".join(f"{n:<42}{r:<8}{s:<19}{rs:<10}{a}\n" for n, r, s, rs, a in rows)
    text = P("➜  ~", "kubectl get pods -n shop-prod") + esc(hdr + body)
    term(name, "zsh — kubectl", text, "dracula", 960)
    bad = [r for r in rows if r[2] != "Running"]
    q(name, CAT, "how many pods are NOT running?", str(len(bad)), "count", "count status", False)
    most = argmax_unique(rows, key=lambda r: r[3])
    q(name, CAT, "which pod has restarted the most times", most[0], "code", "max restarts", True)
    led = [r for r in rows if r[0].startswith("ledger")][0]


def systemctl(rng):
    name = "term_systemctl_status"
    text = (P("root@mail-02:~#", "systemctl status postfix@-.service") +
            "<span class=e>×</span> postfix@-.service - Postfix Mail Transport Agent (instance -)\n"
            "     Loaded: loaded (/lib/systemd/system/postfix@.service; enabled-runtime; preset: enabled)\n"
            "     Active: <span class=e>failed</span> (Result: exit-code) since Tue 2024-11-05 03:14:52 UTC; 6h ago\n"
            "    Process: 18842 ExecStartPre=/usr/lib/postfix/configure-instance.sh - (code=exited, status=0/SUCCESS)\n"
            "    Process: 18851 ExecStart=/usr/sbin/postmulti -i - -p start (code=exited, status=1/FAILURE)\n"
            "        CPU: 412ms\n\n"
            "Nov 05 03:14:51 mail-02 postfix/postfix-script[18860]: warning: symlink leaves directory: /etc/postfix/./makedefs.out\n"
            "Nov 05 03:14:52 mail-02 postfix/postfix-script[18866]: <span class=e>fatal: the Postfix mail system is already running</span>\n"
            "Nov 05 03:14:52 mail-02 systemd[1]: postfix@-.service: Control process exited, code=exited, status=1/FAILURE\n"
            "Nov 05 03:14:52 mail-02 systemd[1]: postfix@-.service: Failed with result 'exit-code'.\n"
            "Nov 05 03:14:52 mail-02 systemd[1]: <span class=e>Failed to start postfix@-.service - Postfix Mail Transport Agent (instance -).</span>\n")
    term(name, "root@mail-02", text, "gruv", 1180, 14)
    q(name, CAT, "is postfix running?", "no", "yesno", "service state", False)
    q(name, CAT, "what's the fatal error in the log", "the Postfix mail system is already running", "error", "error message", True)


def pytest_out(rng):
    name = "term_pytest"
    text = (P("(venv) kasia@thinkpad:~/proj/ledgerlite$", "pytest -q") +
            "........................F..........s.........................F........ [ 58%]\n"
            "...................................x..................                   [100%]\n"
            "=================================== FAILURES ===================================\n"
            "__________________________ test_rounding_half_even[2.675] _______________________\n\n"
            "    def test_rounding_half_even(value):\n"
            ">       assert round_money(value) == Decimal(\"2.68\")\n"
            "<span class=e>E       AssertionError: assert Decimal('2.67') == Decimal('2.68')</span>\n\n"
            "tests/test_money.py:41: AssertionError\n"
            "______________________________ test_import_mt940 ______________________________\n\n"
            "<span class=e>E       UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 212</span>\n\n"
            "tests/test_import.py:88: UnicodeDecodeError\n"
            "=========================== short test summary info ============================\n"
            "FAILED tests/test_money.py::test_rounding_half_even[2.675] - AssertionError\n"
            "FAILED tests/test_import.py::test_import_mt940 - UnicodeDecodeError\n"
            "<span class=e>============= 2 failed, 119 passed, 1 skipped, 1 xfailed in 6.48s ==============</span>\n")
    term(name, "kasia@thinkpad: ~/proj/ledgerlite", text, "solar_light", 900, 14)
    q(name, CAT, "how many tests passed?", "119", "count", "summary count", True)
    q(name, CAT, "which file has the failing mt940 import test", "tests/test_import.py", "text", "file of failure", True)


def git_log(rng):
    name = "term_git_log"
    commits = [("e41c9a2", "Ngozi Eze", "2 hours ago", "fix(auth): refresh token race on slow networks"),
               ("9b07d3f", "Tomás Aranda", "5 hours ago", "feat(export): CSV export for invoices"),
               ("c2a88e1", "Ngozi Eze", "yesterday", "chore: bump axios to 1.7.2"),
               ("71fe0b4", "Yuki Tanabe", "2 days ago", "docs: add self-hosting guide"),
               ("0d5b6c9", "Mehmet Yılmaz", "3 days ago", "refactor(db): move migrations to drizzle"),
               ("a88f2e7", "Tomás Aranda", "4 days ago", "fix(ui): dark mode contrast on badges"),
               ("3c19d40", "Ngozi Eze", "6 days ago", "release: v3.8.0")]
    text = P("~/code/billfold (main) $", "git log --oneline --format='%h %an %ar %s' -7")
    for h, a, t, s in commits:
        text += f"<span class=w>{h}</span> <span class=ok>{esc(a):<14}</span> {t:<12} {esc(s)}\n"
    term(name, "billfold — git", text, "green", 900, 15)
    q(name, CAT, "who made the most recent commit?", "Ngozi Eze", "person", "most recent", True)
    q(name, CAT, "what's the hash of the commit that added the CSV export", "9b07d3f", "code", "hash lookup", True)
    q(name, CAT, "which version was the last release in this log?", "v3.8.0", "version", "version", True)


def npm_outdated(rng):
    name = "term_npm_outdated"
    pk = [("next", "14.1.4", "14.2.15", "15.0.3"), ("react", "18.2.0", "18.3.1", "18.3.1"), ("typescript", "5.3.3", "5.3.3", "5.6.3"),
          ("eslint", "8.56.0", "8.57.1", "9.14.0"), ("zod", "3.22.4", "3.23.8", "3.23.8"), ("prisma", "5.9.1", "5.22.0", "5.22.0"),
          ("tailwindcss", "3.4.1", "3.4.14", "3.4.14")]
    hdr = f"{'Package':<14}{'Current':<10}{'Wanted':<10}{'Latest':<10}Location\n"
    body = "".join(f"{p:<14}{c:<10}{w:<10}{l:<10}node_modules/{p}\n" for p, c, w, l in pk)
    text = P("PS C:\\dev\\storefront>", "npm outdated") + esc(hdr + body)
    term(name, "Windows PowerShell", text, "paper", 760, 15)
    majors = [p for p, c, w, l in pk if l.split('.')[0] != c.split('.')[0]]
    q(name, CAT, "what's the latest version of eslint available?", "9.14.0", "version", "cell lookup", True)
    q(name, CAT, "how many packages have a new major version out", str(len(majors)), "count", "count major bumps", False)


def cargo_build(rng):
    name = "term_cargo_error"
    text = (P("ines@arch ~/src/tilegen $", "cargo build --release") +
            "   Compiling serde v1.0.210\n   Compiling png v0.17.13\n   Compiling tilegen v0.4.2 (/home/ines/src/tilegen)\n"
            "<span class=e>error[E0502]</span>: cannot borrow `self.cache` as mutable because it is also borrowed as immutable\n"
            "  --> src/render/atlas.rs:117:13\n"
            "    |\n114 |         let entry = self.cache.get(&key);\n    |                     ---------- immutable borrow occurs here\n"
            "...\n117 |             self.cache.insert(key, tile);\n    |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here\n\n"
            "<span class=w>warning</span>: unused variable: `scale`\n  --> src/render/mod.rs:52:9\n\n"
            "<span class=e>error</span>: could not compile `tilegen` (bin \"tilegen\") due to 1 previous error; 1 warning emitted\n")
    term(name, "ines@arch:~/src/tilegen", text, "dracula", 1000, 14)
    q(name, CAT, "what's the rust error code", "E0502", "code", "error code", True)
    q(name, CAT, "which file and line is the borrow error on?", "src/render/atlas.rs:117", "text", "error location", True)


def free_h(rng):
    name = "term_free_h"
    text = (P("[ops@cache-03 ~]$", "free -h") +
            "               total        used        free      shared  buff/cache   available\n"
            "Mem:            62Gi        41Gi       3.2Gi       1.1Gi        18Gi        20Gi\n"
            "Swap:          8.0Gi       2.7Gi       5.3Gi\n" + P("[ops@cache-03 ~]$", "uptime") +
            " 09:41:07 up 113 days,  4:02,  2 users,  load average: 3.41, 2.97, 2.55\n")
    term(name, "ops@cache-03", text, "nord", 820, 15)
    q(name, CAT, "how much RAM is available on cache-03", "20Gi", "text", "available memory", True)
    q(name, CAT, "how long has the box been up?", "113 days", "text", "uptime", True)


def build(rng):
    for f in (df_h, docker_ps, kubectl, systemctl, pytest_out, git_log, npm_outdated, cargo_build, free_h):
        f(rng)
