"""Scenes of screens_test9: each prepares content, runs one real app, captures, returns items."""
import datetime as dt
import os
import subprocess
import textwrap
import time

SYS_PY = "/usr/bin/python3"
APPS = os.path.join(os.path.dirname(os.path.abspath(__file__)), "apps")

HOMES = {}
SCENES = {}


def scene(name, home):
    def deco(fn):
        HOMES[name] = home
        SCENES[name] = fn
        return fn
    return deco


def item(q, a, t, cat, intent, lit):
    return {"q": q, "a": a, "t": t, "cat": cat, "intent": intent, "lit": lit}


def write(path, text, mode=None):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    if mode:
        os.chmod(path, mode)


def git(cwd, *args, env=None, date=None, author=None):
    e = dict(os.environ)
    e.update({"GIT_CONFIG_NOSYSTEM": "1", "HOME": cwd})
    if author:
        e["GIT_AUTHOR_NAME"], e["GIT_AUTHOR_EMAIL"] = author
        e["GIT_COMMITTER_NAME"], e["GIT_COMMITTER_EMAIL"] = author
    if date:
        e["GIT_AUTHOR_DATE"] = e["GIT_COMMITTER_DATE"] = date
    if env:
        e.update(env)
    return subprocess.run(["git", *args], cwd=cwd, env=e, check=True,
                          capture_output=True, text=True).stdout


def fake_shell(lines, prompt):
    """A bash script that shows `prompt + command`, runs the command, and ends at a prompt."""
    out = ["#!/bin/bash", "cd \"$1\"", "clear"]
    for cmd in lines:
        out.append(f"printf '%s' {sh_quote(prompt)}; printf '%s\\n' {sh_quote(cmd)}")
        out.append(cmd)
    out.append(f"printf '%s' {sh_quote(prompt)}")
    out.append("sleep 100000")
    return "\n".join(out) + "\n"


def sh_quote(s):
    return "'" + s.replace("'", "'\"'\"'") + "'"


# ---------------------------------------------------------------------------
# 1. gnome-terminal: service health check, log tail, git branch
# ---------------------------------------------------------------------------
@scene("gterm_healthcheck", "dmitri")
def gterm_healthcheck(desk, rng, img):
    home = desk.home
    proj = os.path.join(home, "src", "payroll-api")
    os.makedirs(os.path.join(proj, "logs"))
    pool = ["auth-gateway", "billing-core", "ledger-sync", "payslip-render", "tax-rules",
            "notify-mailer", "audit-trail", "fx-rates", "bank-export"]
    names = rng.sample(pool, 7)
    statuses = ["OK"] * 7
    down, degraded = rng.sample(range(7), 2)
    statuses[down] = "DOWN"
    statuses[degraded] = "DEGRADED"
    rows = []
    for i, n in enumerate(names):
        ver = f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
        lat = "-" if statuses[i] == "DOWN" else str(rng.randint(18, 240) + (600 if statuses[i] == "DEGRADED" else 0))
        host = f"pay-{rng.choice(['fra', 'ams', 'waw'])}-{rng.randint(1, 9):02d}"
        rows.append((n, ver, host, statuses[i], lat))
    table = ["SERVICE          VERSION   HOST        STATUS     P95(ms)",
             "---------------  --------  ----------  ---------  -------"]
    for r in rows:
        table.append(f"{r[0]:<15}  {r[1]:<8}  {r[2]:<10}  {r[3]:<9}  {r[4]:>7}")
    write(os.path.join(proj, "healthcheck.txt"), "\n".join(table) + "\n")
    write(os.path.join(proj, "bin", "healthcheck"),
          "#!/bin/bash\necho 'Checking 7 services (env: staging)...'\ncat \"$(dirname $0)/../healthcheck.txt\"\n",
          0o755)
    # log with errors
    errs = [
        ("ERROR", f"ledger-sync: connection refused to postgres://db-{rng.randint(2, 6)}:5432"),
        ("WARN", "payslip-render: font cache rebuilt in 4.2s"),
        ("ERROR", f"{rows[down][0]}: health probe timed out after {rng.choice([5, 10, 15])}s"),
    ]
    t = dt.datetime(2024, 11, 14, 9, 41, 7)
    log = []
    for i in range(9):
        t += dt.timedelta(seconds=rng.randint(3, 50))
        log.append(f"{t:%Y-%m-%d %H:%M:%S} INFO  scheduler: tick {4100 + i}")
    for lvl, msg in errs:
        t += dt.timedelta(seconds=rng.randint(3, 50))
        log.append(f"{t:%Y-%m-%d %H:%M:%S} {lvl:<5} {msg}")
    last_err_time = t
    write(os.path.join(proj, "logs", "app.log"), "\n".join(log) + "\n")
    branch = "hotfix/" + rng.choice(["invoice-rounding", "iban-validation", "overtime-calc"])
    git(proj, "init", "-q", "-b", "main")
    git(proj, "add", ".")
    git(proj, "commit", "-qm", "initial import", author=("Dmitri Volkov", "dmitri@example.org"),
        date="2024-11-10T10:00:00")
    git(proj, "checkout", "-qb", branch)
    git(proj, "branch", "release/2024.11")
    prompt = "dmitri@staging-bastion:~/src/payroll-api$ "
    script = fake_shell(["git branch", "./bin/healthcheck", "tail -n 4 logs/app.log"], prompt)
    write(os.path.join(home, ".session.sh"), script, 0o755)
    desk.run(["gnome-terminal", "--wait", "--geometry=96x26", "--", "bash", os.path.join(home, ".session.sh"), proj],
             dbus=True)
    time.sleep(4)
    desk.capture(img)
    svc_v = rng.choice([r for r in rows if r[3] == "OK"])
    lat_rows = [r for r in rows if r[4] != "-"]
    slowest_ok = max((r for r in rows if r[3] == "OK"), key=lambda r: int(r[4]))
    return [
        item("hey quick one, which service is down in this health check?", rows[down][0], "text",
             "terminal", "row with status DOWN", True),
        item(f"what version is {svc_v[0]} running?", svc_v[1], "version", "terminal",
             "version at a row", True),
        item("How many of the services came back OK?", sum(r[3] == "OK" for r in rows), "count",
             "terminal", "count rows with status", False),
        item("which git branch am I on", branch, "text", "terminal", "current branch", True),
        item("what does the last error in that log say?",
             errs[-1][1], "error", "terminal", "last error message", True),
        item("among the healthy ones, which has the worst p95 latency?", slowest_ok[0], "text", "terminal",
             "max over column with condition", False),
        item("at what time was that last log entry written?", f"{last_err_time:%H:%M:%S}", "time",
             "terminal", "timestamp of last line", True),
    ]
