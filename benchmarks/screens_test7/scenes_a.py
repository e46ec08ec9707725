"""Terminal / TUI scenes (alacritty, terminology) running real commands."""
import os
import re
import subprocess
import textwrap

import lib
from lib import ROOT, fresh, env_for, run_app, term_script, alacritty, set_mtime


def git(repo, *args, env=None):
    return subprocess.run(["git", "-C", repo, *args], env=env, capture_output=True, text=True,
                          check=True).stdout


def git_env(name, email, date):
    e = dict(os.environ)
    e.update({"GIT_AUTHOR_NAME": name, "GIT_AUTHOR_EMAIL": email, "GIT_AUTHOR_DATE": date,
              "GIT_COMMITTER_NAME": name, "GIT_COMMITTER_EMAIL": email, "GIT_COMMITTER_DATE": date,
              "GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"})
    return e


# ---------------------------------------------------------------- 1 git log in alacritty (dark)
def git_log_alacritty(rng, png):
    base = fresh(f"{ROOT}/gitlog")
    home = lib.terminology_home(fresh(f"{base}/home"))
    repo = os.path.join(home, "code", "harbor-billing")
    os.makedirs(repo)
    authors = {
        "Aiko Tanaka": "aiko@harbor.dev", "Mateus Oliveira": "mateus@harbor.dev",
        "Priya Raman": "priya@harbor.dev", "Lars Eriksen": "lars@harbor.dev",
        "Fatima Zahra Benali": "fz.benali@harbor.dev",
    }
    commits = [
        ("Lars Eriksen", "2024-02-05T09:12:00", "Initial invoice model", "models/invoice.py"),
        ("Priya Raman", "2024-02-07T14:40:00", "Add Stripe client wrapper", "clients/stripe.py"),
        ("Aiko Tanaka", "2024-02-09T11:03:00", "Store currency as ISO code", "models/invoice.py"),
        ("Priya Raman", "2024-02-12T16:25:00", "Retry failed charges with backoff", "jobs/charges.py"),
        ("Mateus Oliveira", "2024-02-14T10:47:00", "Fix rounding on partial refunds", "models/refund.py"),
        ("Fatima Zahra Benali", "2024-02-19T08:30:00", "Add refund webhook endpoint", "api/webhooks.py"),
        ("Priya Raman", "2024-02-20T13:15:00", "Validate webhook signatures", "api/webhooks.py"),
        ("Lars Eriksen", "2024-02-22T17:58:00", "Bump pydantic to 2.6.1", "requirements.txt"),
        ("Mateus Oliveira", "2024-02-26T09:05:00", "Log refund ids in audit trail", "jobs/audit.py"),
        ("Fatima Zahra Benali", "2024-02-28T15:22:00", "Handle duplicate webhook deliveries", "api/webhooks.py"),
    ]
    subprocess.run(["git", "init", "-q", "-b", "main", repo], check=True, env=git_env("x", "x", "2024-01-01T00:00:00"))
    for i, (who, date, msg, path) in enumerate(commits):
        fp = os.path.join(repo, path)
        os.makedirs(os.path.dirname(fp) or repo, exist_ok=True)
        with open(fp, "a") as f:
            f.write(f"# change {i}: {msg}\n")
        e = git_env(who, authors[who], date)
        git(repo, "add", "-A", env=e)
        git(repo, "commit", "-q", "-m", msg, env=e)
        if i == 4:
            git(repo, "checkout", "-q", "-b", "feature/refund-webhooks", env=e)
    # working tree changes
    with open(os.path.join(repo, "api/webhooks.py"), "a") as f:
        f.write("# TODO: idempotency keys\n")
    with open(os.path.join(repo, "notes_refunds.md"), "w") as f:
        f.write("scratch\n")
    fmt = "--format=%h  %ad  %<(20)%an %s"
    log = git(repo, "log", fmt, "--date=short", env=git_env("x", "x", "2024-03-01T00:00:00"))
    rows = [l for l in log.splitlines() if l.strip()]
    newest_hash = rows[0].split()[0]
    hash_sig = [r for r in rows if "Validate webhook signatures" in r][0].split()[0]
    script = term_script(f"{base}/run.sh", "aiko@atlas", "~/code/harbor-billing", textwrap.dedent(f"""
        export GIT_CONFIG_GLOBAL=/dev/null
        p git log --date=short "'{fmt}'"
        p git status -sb
        idle
    """), cwd=repo)
    env = env_for(home)
    run_app(lib.alacritty(script, bg="#1e1e2e", fg="#cdd6f4", font="JetBrains Mono", size=11.5,
                          title="aiko@atlas: ~/code/harbor-billing"), env, png, wait=3, size=(1020, 560))
    n_priya = sum(1 for c in commits if c[0] == "Priya Raman")
    who_rounding = [c[0] for c in commits if c[2] == "Fix rounding on partial refunds"][0]
    date_bump = [c[1][:10] for c in commits if c[2].startswith("Bump pydantic")][0]
    items = [
        ("what branch is checked out here?", "feature/refund-webhooks", "code", "current git branch", True, "git"),
        ("hey, who did the commit that fixed rounding on partial refunds?", who_rounding, "person",
         "author of a commit", True),
        ("Short hash of the newest commit in this log?", newest_hash, "code", "latest commit hash", True),
        ("how many of these commits did Priya make", n_priya, "count", "count commits by author", False),
        ("When was pydantic bumped?", date_bump, "date", "date of a commit", True),
    ]
    return "terminal", items


# ---------------------------------------------------------------- 2 python traceback (light alacritty)
LOADER = '''import csv
import sys
from decimal import Decimal


def parse_row(row):
    qty = int(row["qty"])
    price = Decimal(row["unit_price"])
    return qty * price


def main(path):
    total = Decimal(0)
    with open(path, newline="") as fh:
        for n, row in enumerate(csv.DictReader(fh), 1):
            total += parse_row(row)
            if n % 40 == 0:
                print(f"processed {n} rows, running total {total:.2f}")
    print(f"done: {total:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
'''


def traceback_alacritty(rng, png):
    base = fresh(f"{ROOT}/tb")
    home = lib.terminology_home(fresh(f"{base}/home"))
    proj = os.path.join(home, "work", "shopfloor")
    os.makedirs(os.path.join(proj, "etl"))
    os.makedirs(os.path.join(proj, "data"))
    with open(os.path.join(proj, "etl", "load_orders.py"), "w") as f:
        f.write(LOADER)
    bad_at = 131
    with open(os.path.join(proj, "data", "orders_2024-05.csv"), "w") as f:
        f.write("order_id,sku,qty,unit_price\n")
        for i in range(1, 160):
            qty = rng.randint(1, 12)
            price = f"{rng.randint(2, 90)}.{rng.randint(0, 99):02d}"
            q = f"{qty} pcs" if i == bad_at else str(qty)
            f.write(f"SO-{58000 + i},SKU-{rng.randint(1000, 9999)},{q},{price}\n")
    # golds computed by running the same code
    tenv = env_for(home)  # same interpreter the terminal will find on its PATH
    r = subprocess.run(["python3", "etl/load_orders.py", "data/orders_2024-05.csv"], cwd=proj,
                       capture_output=True, text=True, env=tenv)
    out_lines = r.stdout.splitlines()
    total_120 = [l for l in out_lines if l.startswith("processed 120 ")][0].split()[-1]
    last_line = r.stderr.strip().splitlines()[-1]
    bad_val = re.search(r"'(.*)'", last_line).group(1)
    line_no = LOADER.splitlines().index('    qty = int(row["qty"])') + 1
    pyver = subprocess.run(["python3", "--version"], capture_output=True, text=True, env=tenv).stdout.split()[1]
    script = term_script(f"{base}/run.sh", "mwangi@build-07", "~/work/shopfloor", textwrap.dedent("""
        p python3 --version
        p python3 etl/load_orders.py data/orders_2024-05.csv
        idle
    """), cwd=proj)
    run_app(lib.alacritty(script, bg="#fdf6e3", fg="#586e75", font="Fira Code", size=10.5,
                          title="mwangi@build-07: ~/work/shopfloor"), tenv, png, wait=3,
            size=(980, 520))
    items = [
        ("quick one - what's the exception type?", last_line.split(":")[0], "error", "exception type", True),
        ("which line in load_orders.py blew up", line_no, "number", "line of error", True),
        ("What value couldn't be converted to an int?", bad_val, "text", "bad input in error", True),
        ("running total after 120 rows?", total_120, "number", "printed value at a step", True),
        ("which python version is this", pyver, "version", "python version", True),
    ]
    return "terminal", items


# ---------------------------------------------------------------- 3 ls -lh in terminology
def ls_terminology(rng, png):
    base = fresh(f"{ROOT}/ls")
    home = lib.terminology_home(fresh(f"{base}/home"))
    d = os.path.join(home, "reports", "2024-Q3")
    os.makedirs(d)
    files = [
        ("board_deck_final_v3.pptx", 4_812_339, "2024-10-02 18:41"),
        ("cashflow_forecast.xlsx", 286_104, "2024-09-27 09:15"),
        ("churn_by_region.csv", 57_880, "2024-09-19 14:02"),
        ("headcount_plan.xlsx", 131_511, "2024-09-30 11:48"),
        ("investor_update_sept.pdf", 1_204_775, "2024-10-04 08:06"),
        ("marketing_spend.csv", 22_913, "2024-09-12 16:37"),
        ("q3_summary.md", 9_416, "2024-10-07 10:21"),
        ("revenue_by_product.csv", 143_002, "2024-09-26 13:55"),
        ("supplier_contracts.pdf", 3_377_020, "2024-08-29 15:10"),
        ("vendor_scorecard.pdf", 640_318, "2024-09-05 12:30"),
    ]
    for name, size, stamp in files:
        fp = os.path.join(d, name)
        with open(fp, "wb") as f:
            f.write(bytes(rng.getrandbits(8) for _ in range(min(size, 4096))))
            f.truncate(size)
        set_mtime(fp, stamp)
    os.makedirs(os.path.join(d, "archive"))
    set_mtime(os.path.join(d, "archive"), "2024-08-01 09:00")
    cmd = ["ls", "-lh", "--time-style=+%Y-%m-%d %H:%M"]
    out = subprocess.run(cmd, cwd=d, capture_output=True, text=True, env={"LC_ALL": "C", "TZ": "UTC"}).stdout
    sizes = {}
    for line in out.splitlines()[1:]:
        parts = line.split()
        sizes[parts[-1]] = parts[4]
    newest = max(files, key=lambda f: f[2])[0]
    biggest = max(files, key=lambda f: f[1])[0]
    n_csv = sum(1 for f in files if f[0].endswith(".csv"))
    script = term_script(f"{base}/run.sh", "noor@kestrel", "~/reports/2024-Q3", textwrap.dedent("""
        p "ls -lh --time-style='+%Y-%m-%d %H:%M'"
        p du -sh .
        idle
    """), cwd=d)
    env = env_for(home, {"LC_ALL": "C", "LANG": "C"})
    run_app(["terminology", "--font=DejaVu Sans Mono/13", "-T", "noor@kestrel: ~/reports/2024-Q3", "-e", f"bash {script}"], env, png,
            wait=4, size=(900, 480))
    du = subprocess.run(["du", "-sh", "."], cwd=d, capture_output=True, text=True).stdout.split()[0]
    items = [
        ("how big is the cashflow forecast file?", sizes["cashflow_forecast.xlsx"], "text", "size of a file", True),
        ("which file here was modified most recently", newest, "text", "most recent file", True),
        ("Biggest file in the listing?", biggest, "text", "largest file", True),
        ("how many csv files are in this folder", n_csv, "count", "count files by type", False),
        ("when was supplier_contracts.pdf last changed?", "2024-08-29 15:10", "date", "mtime of a file", True),
    ]
    return "terminal", items


# ---------------------------------------------------------------- 4 taskwarrior in alacritty (gruvbox)
def taskwarrior(rng, png):
    base = fresh(f"{ROOT}/task")
    home = lib.terminology_home(fresh(f"{base}/home"))
    data = os.path.join(home, ".task")
    os.makedirs(data)
    rc = os.path.join(home, ".taskrc")
    with open(rc, "w") as f:
        f.write(f"data.location={data}\nconfirmation=off\nverbose=label,footnote\n"
                "dateformat=Y-M-D\nreport.list.dateformat=Y-M-D\n"
                "report.list.columns=id,project,priority,tags,due,description.count\n"
                "report.list.labels=ID,Project,Pri,Tags,Due,Description\n"
                "report.list.sort=id+\ncolor=on\nnews.version=2.6.0\n")
    tasks = [
        ("Renew TLS certificates for api gateway", "infra", "H", "security", "2026-03-14"),
        ("Draft Q2 hiring plan", "people", "M", "", "2026-03-20"),
        ("Migrate cron jobs to systemd timers", "infra", "L", "cleanup", "2026-04-02"),
        ("Review Ingrid's pull request on caching", "backend", "M", "review", "2026-03-12"),
        ("Book venue for team offsite in Porto", "people", "L", "", "2026-05-08"),
        ("Patch OpenSSL on build runners", "infra", "H", "security", "2026-03-11"),
        ("Write postmortem for 3 March outage", "backend", "H", "", "2026-03-13"),
        ("Update onboarding checklist", "people", "L", "docs", "2026-04-17"),
        ("Benchmark Postgres 16 upgrade", "backend", "M", "", "2026-04-09"),
    ]
    env = env_for(home, {"TASKRC": rc})
    for desc, proj, pri, tag, due in tasks:
        args = ["task", "rc.confirmation=off", "add", desc, f"project:{proj}", f"priority:{pri}", f"due:{due}"]
        if tag:
            args.append(f"+{tag}")
        subprocess.run(args, env=env, capture_output=True, check=True)
    script = term_script(f"{base}/run.sh", "sofia@deskpad", "~", textwrap.dedent("""
        p task list
        idle
    """), cwd=home)
    run_app(lib.alacritty(script, bg="#282828", fg="#ebdbb2", font="DejaVu Sans Mono", size=11.0,
                          title="sofia@deskpad: ~"), env, png, wait=3, size=(1000, 420))
    n_infra = sum(1 for t in tasks if t[1] == "infra")
    n_sec = sum(1 for t in tasks if t[3] == "security")
    earliest = min(tasks, key=lambda t: t[4])[0]
    id_venue = [i for i, t in enumerate(tasks, 1) if "venue" in t[0]][0]
    items = [
        ("when is the TLS cert renewal due?", tasks[0][4], "date", "due date of a task", True),
        ("which project is the postgres benchmark task under", "backend", "text", "project of a task", True),
        ("How many tasks are in the infra project?", n_infra, "count", "count by project", False),
        ("what's the id of the offsite venue task?", id_venue, "number", "id of a task", True),
        ("which task has the earliest due date", earliest, "text", "earliest due task", True),
    ]
    return "TUI", items


# ---------------------------------------------------------------- 5 lynx on a local release-notes page
def lynx_release_notes(rng, png):
    base = fresh(f"{ROOT}/lynx")
    home = lib.terminology_home(fresh(f"{base}/home"))
    releases = [
        ("4.2.0", "11 June 2024", ["Parquet export for saved queries", "Dark theme for the web console"],
         ["CVE-2024-31877: path traversal in file upload", "Scheduler skipped jobs at DST change",
          "Memory leak when streaming large CSVs"]),
        ("4.1.2", "2 May 2024", [], ["Login loop with SSO on Safari", "Wrong totals in pivot footer"]),
        ("4.1.0", "9 April 2024", ["Row-level permissions", "Webhook retries"], ["Timezone shown as UTC in exports"]),
    ]
    html = ["<html><head><title>Tessera Analytics - Release notes</title></head><body>",
            "<h1>Tessera Analytics release notes</h1>",
            "<p>Maintained by the platform team. Questions: releases@tessera.example</p>"]
    for ver, date, added, fixed in releases:
        html.append(f"<h2>Version {ver} ({date})</h2>")
        if added:
            html.append("<h3>Added</h3><ul>" + "".join(f"<li>{a}</li>" for a in added) + "</ul>")
        html.append("<h3>Fixed</h3><ul>" + "".join(f"<li>{a}</li>" for a in fixed) + "</ul>")
    html.append("</body></html>")
    page = os.path.join(home, "release-notes.html")
    with open(page, "w") as f:
        f.write("\n".join(html))
    script = term_script(f"{base}/run.sh", "x", "~", f"exec lynx -nopause -accept_all_cookies '{page}'\n")
    run_app(lib.alacritty(script, bg="#000000", fg="#c0c0c0", font="Liberation Mono", size=11.0,
                          title="lynx - Tessera Analytics release notes"), env_for(home), png, wait=3,
            size=(900, 640))
    cve = releases[0][3][0].split(":")[0]
    items = [
        ("what's the latest version on this page?", releases[0][0], "version", "latest version", True),
        ("when did 4.1.0 come out", releases[2][1], "date", "release date of a version", True),
        ("Which CVE got fixed in 4.2.0?", cve, "code", "CVE id", True),
        ("how many fixes are listed for 4.2.0", len(releases[0][3]), "count", "count list items", False),
    ]
    return "browser", items


# ---------------------------------------------------------------- 6 elinks: departures board table
def elinks_departures(rng, png):
    base = fresh(f"{ROOT}/elinks")
    home = lib.terminology_home(fresh(f"{base}/home"))
    rows = [
        ("08:42", "IC 2317", "Hamburg-Altona", "7", "on time"),
        ("08:55", "RE 4", "Aachen Hbf", "2", "+12 min"),
        ("09:03", "ICE 628", "München Hbf", "9", "on time"),
        ("09:10", "S 11", "Bergisch Gladbach", "1", "on time"),
        ("09:17", "RB 27", "Koblenz Hbf", "4", "cancelled"),
        ("09:24", "ICE 15", "Basel SBB", "8", "+25 min"),
        ("09:31", "RE 8", "Mönchengladbach Hbf", "3", "on time"),
        ("09:46", "IC 2027", "Passau Hbf", "6", "+5 min"),
    ]
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in rows)
    html = f"""<html><head><title>Departures - Köln Hbf</title></head><body>
<h2>Köln Hbf - departures</h2><p>Updated 08:38. All times local.</p>
<table border="1"><tr><th>Time</th><th>Train</th><th>Destination</th><th>Platform</th><th>Status</th></tr>
{tr}</table><p>Platform changes are announced on the concourse displays.</p></body></html>"""
    page = os.path.join(home, "departures.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write(html)
    script = term_script(f"{base}/run.sh", "x", "~", f"exec elinks -no-connect 1 -no-home 1 '{page}'\n")
    run_app(["terminology", "--font=Liberation Mono/14", "-T", "elinks - Departures", "-e", f"bash {script}"], env_for(home), png, wait=4,
            size=(940, 520))
    cancelled = [r for r in rows if r[4] == "cancelled"][0][1]
    delayed = [r for r in rows if r[4].startswith("+")]
    most_delayed = max(delayed, key=lambda r: int(r[4][1:].split()[0]))[1]
    items = [
        ("which platform does the train to Basel leave from", "8", "number", "platform by destination", True),
        ("What time does the ICE to München leave?", "09:03", "time", "departure time", True),
        ("how many departures are delayed", len(delayed), "count", "count delayed", False),
        ("which train has the biggest delay?", most_delayed, "text", "most delayed train", False),
    ]
    return "browser", items


# ---------------------------------------------------------------- 7 whiptail checklist
def whiptail_checklist(rng, png):
    base = fresh(f"{ROOT}/whip")
    home = lib.terminology_home(fresh(f"{base}/home"))
    opts = [
        ("postgres", "PostgreSQL 15 database server", "ON"),
        ("redis", "Redis cache and queue broker", "ON"),
        ("nginx", "Reverse proxy with TLS termination", "OFF"),
        ("grafana", "Dashboards for metrics", "ON"),
        ("loki", "Log aggregation", "OFF"),
        ("mailhog", "Fake SMTP server for testing", "OFF"),
    ]
    args = " ".join(f"'{a}' '{b}' {c}" for a, b, c in opts)
    script = term_script(f"{base}/run.sh", "x", "~", textwrap.dedent(f"""
        export NEWT_COLORS='root=white,black window=black,lightgray border=black,lightgray title=black,lightgray textbox=black,lightgray listbox=black,lightgray actlistbox=white,blue checkbox=black,lightgray actcheckbox=white,blue button=white,blue'
        exec whiptail --title "Orbit stack installer 2.3" --backtitle "Orbit self-hosted setup" \\
          --checklist "Choose the services to deploy on this host:" 18 64 {len(opts)} {args}
    """))
    run_app(lib.alacritty(script, bg="#002b36", fg="#93a1a1", font="DejaVu Sans Mono", size=11.0,
                          title="orbit-setup"), env_for(home), png, wait=3, size=(820, 520))
    on = [a for a, b, c in opts if c == "ON"]
    items = [
        ("how many services are ticked right now?", len(on), "count", "count checked options", False),
        ("is nginx selected?", "no", "yesno", "state of a checkbox", False),
        ("what's the title of this installer dialog", "Orbit stack installer 2.3", "text", "dialog title", True),
        ("which option is for testing email?", "mailhog", "text", "option by description", True),
    ]
    return "dialog", items


# ---------------------------------------------------------------- 8 jed editing nginx config
NGINX = """upstream ledger_backend {
    server 10.20.4.11:8081 max_fails=3;
    server 10.20.4.12:8081 max_fails=3;
    server 10.20.4.13:8081 backup;
}

server {
    listen 443 ssl http2;
    server_name ledger.northwind-freight.com;

    ssl_certificate     /etc/ssl/northwind/fullchain.pem;
    ssl_certificate_key /etc/ssl/northwind/privkey.pem;

    client_max_body_size 25m;
    keepalive_timeout 65;

    location /api/ {
        proxy_pass http://ledger_backend;
        proxy_read_timeout 120s;
        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    }

    location /static/ {
        root /srv/ledger/public;
        expires 7d;
    }
}
"""


def jed_nginx(rng, png):
    base = fresh(f"{ROOT}/jed")
    home = lib.terminology_home(fresh(f"{base}/home"))
    d = os.path.join(home, "deploy")
    os.makedirs(d)
    fp = os.path.join(d, "ledger.conf")
    with open(fp, "w") as f:
        f.write(NGINX)
    script = term_script(f"{base}/run.sh", "x", "~", f"cd '{d}'; exec jed ledger.conf\n")
    run_app(["terminology", "--font=Inconsolata/15", "-T", "jed - ledger.conf", "-e", f"bash {script}"], env_for(home), png,
            wait=4, size=(900, 700), keys=["Down", "Down", "Down", "Down", "Down", "Down", "Down", "Down"])
    n_servers = len(re.findall(r"^\s+server \d", NGINX, re.M))
    body = re.search(r"client_max_body_size (\S+);", NGINX).group(1)
    rto = re.search(r"proxy_read_timeout (\S+);", NGINX).group(1)
    items = [
        ("what domain is this server block for?", "ledger.northwind-freight.com", "text", "server_name", True),
        ("how many backend servers are in the upstream, counting the backup", n_servers, "count",
         "count upstream servers", False),
        ("max upload size set here?", body, "text", "config value", True),
        ("which file am I editing", "ledger.conf", "text", "open file name", True),
        ("What's the proxy read timeout for /api/?", rto, "text", "config value in block", True),
    ]
    return "editor", items


SCENES_A = [git_log_alacritty, traceback_alacritty, ls_terminology, taskwarrior, lynx_release_notes,
            elinks_departures, whiptail_checklist, jed_nginx]
