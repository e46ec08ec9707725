"""Build screens_test2: an independent test set of questions about screenshots of real Debian applications
running under Xvfb (1280x900, openbox), fed with data this script generates; golds computed from that data.

    /work/main/.venv/bin/python benchmarks/screens_test2/build.py            # all scenes
    /work/main/.venv/bin/python benchmarks/screens_test2/build.py --only git  # one scene (debugging)

An application that fails to come up is skipped with a message, never faked. See README.md for the recipe.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Display  # noqa: E402

HERE = Path(__file__).resolve().parent
WORK_ROOT = Path("/tmp/s2")
SYS_PY = "/usr/bin/python3"  # Debian's python, which has python3-tk and python3-pyqt5
MONO = "DejaVu Sans Mono"
Item = dict[str, object]


def q(question: str, answer: object, answer_type: str, intent: str, literal: bool = True) -> Item:
    return {"question": question, "answer": str(answer), "answer_type": answer_type, "intent": intent,
            "literal": literal}


def rc_file(work: Path, prompt: str, cwd: Path) -> Path:
    rc = work / "bashrc"
    rc.write_text(f"PS1='{prompt}'\ncd '{cwd}'\nexport GIT_PAGER=cat PAGER=cat\nunset PROMPT_COMMAND\n")
    return rc


def urxvt(d: Display, work: Path, title: str, prompt: str, cwd: Path, cols: int = 118, rows: int = 40) -> str:
    rc = rc_file(work, prompt, cwd)
    d.launch(["urxvt", "-title", title, "-geometry", f"{cols}x{rows}", "-fn", f"xft:{MONO}:size=11",
              "-bg", "#fdfdf6", "-fg", "#1b1b1b", "-sl", "0", "+sb", "-e", "bash", "--rcfile", str(rc), "-i"])
    wid = d.wait_window(title)
    d.place(wid, 40, 30)
    return wid


def stterm(d: Display, work: Path, title: str, prompt: str, cwd: Path, cols: int = 116, rows: int = 40) -> str:
    rc = rc_file(work, prompt, cwd)
    d.launch(["stterm", "-t", title, "-f", f"{MONO}:size=11", "-g", f"{cols}x{rows}", "-e", "bash", "--rcfile",
              str(rc), "-i"])
    wid = d.wait_window(title)
    d.place(wid, 60, 40)
    return wid


def stop_detached(d: Display, name: str) -> None:
    """End processes named `name` (with their children) that run with this display's HOME, so only ours."""
    import signal
    mark = f"HOME={d.home}".encode()
    for proc in Path("/proc").iterdir():
        try:
            if not proc.name.isdigit() or (proc / "comm").read_text().strip() != name:
                continue
            if mark not in (proc / "environ").read_bytes().split(b"\0"):
                continue
            pid = int(proc.name)
            for child in Path("/proc").iterdir():
                if child.name.isdigit() and (child / "stat").read_text().split()[3] == str(pid):
                    os.kill(int(child.name), signal.SIGTERM)
            os.kill(pid, signal.SIGTERM)
        except OSError:
            continue


def set_mtime(path: Path, when: dt.datetime) -> None:
    ts = when.replace(tzinfo=dt.UTC).timestamp()
    os.utime(path, (ts, ts))


# --------------------------------------------------------------------------------------------- scenes


def scene_ls(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """rxvt-unicode: `ls -l` of a project folder."""
    root = work / "q3-report"
    root.mkdir()
    stems = ["sales_north", "sales_south", "summary", "notes", "chart_revenue", "chart_costs", "cleanup",
             "import_orders", "README", "budget_2026", "minutes_sept", "logo", "customers", "forecast"]
    exts = ["csv", "csv", "txt", "md", "png", "png", "py", "py", "md", "xlsx", "txt", "png", "csv", "py"]
    picks = rng.sample(range(len(stems)), 12)
    base = dt.datetime(2026, 9, 1, 8, 0)
    files = []
    sizes = rng.sample(range(300, 480000), 12)
    minutes = rng.sample(range(0, 60 * 24 * 60), 12)
    for k, i in enumerate(picks):
        name = f"{stems[i]}.{exts[i]}"
        p = root / name
        p.write_bytes(b"x" * sizes[k])
        when = base + dt.timedelta(minutes=minutes[k])
        set_mtime(p, when)
        files.append((name, sizes[k], when, exts[i]))
    subdirs = rng.sample(["archive", "drafts", "raw", "figures", "old", "scripts"], rng.choice([2, 3, 4]))
    for s in subdirs:
        (root / s).mkdir()
        set_mtime(root / s, dt.datetime(2026, 8, 20, 9, 30))
    urxvt(d, work, "dana@ws-07: ~/q3-report", "dana@ws-07:~/q3-report$ ", root)
    d.type("ls -l --time-style=long-iso")
    time.sleep(1.0)
    d.shot(image)
    biggest = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    ext = rng.choice(sorted({f[3] for f in files if sum(g[3] == f[3] for g in files) >= 2}))
    n_ext = sum(f[3] == ext for f in files)
    probe = rng.choice([f for f in files if f not in (biggest, newest)])
    return [
        q("which file in this listing is the biggest", biggest[0], "text", "largest_file"),
        q("What's the most recently modified file in the folder?", newest[0], "text", "newest_file"),
        q(f"how many .{ext} files are there", n_ext, "count", "count_by_extension", literal=False),
        q(f"size of {probe[0]} in bytes", probe[1], "number", "file_size"),
        q("How many subfolders does q3-report have?", len(subdirs), "count", "count_subfolders", literal=False),
    ]


def scene_git(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """st: `git log` of a small repository with several authors."""
    repo = work / "tidewater"
    repo.mkdir()
    authors = [("Priya Raman", "priya@example.org"), ("Tomasz Kowal", "tk@example.org"),
               ("Aiko Mori", "aiko@example.org"), ("Daniel Okafor", "dokafor@example.org")]
    subjects = ["Add tide table parser", "Fix off-by-one in station index", "Bump numpy to 1.26",
                "Cache harmonic constants", "Document the CLI flags", "Handle missing gauge readings",
                "Speed up resampling with cumsum", "Rename predict() to forecast()", "Add CSV export",
                "Drop Python 3.8 support", "Fix timezone bug in plots", "Add station search by name",
                "Refactor config loading", "Release 0.4.0"]
    rng.shuffle(subjects)
    subjects = subjects[:12]
    env = dict(os.environ, HOME=str(work), GIT_CONFIG_NOSYSTEM="1")
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=repo, env=env, check=True)
    day = dt.datetime(2026, 10, 2, 10, 0)
    log = []
    for _k, subj in enumerate(subjects):
        name, mail = rng.choice(authors)
        day += dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 500))
        with (repo / "CHANGES").open("a") as fh:
            fh.write(f"{subj}\n")
        stamp = day.strftime("%Y-%m-%dT%H:%M:%S+0000")
        e = dict(env, GIT_AUTHOR_NAME=name, GIT_AUTHOR_EMAIL=mail, GIT_COMMITTER_NAME=name,
                 GIT_COMMITTER_EMAIL=mail, GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        subprocess.run(["git", "add", "CHANGES"], cwd=repo, env=e, check=True)
        subprocess.run(["git", "commit", "-q", "-m", subj], cwd=repo, env=e, check=True)
        sha = subprocess.run(["git", "rev-parse", "--short=7", "HEAD"], cwd=repo, env=e, check=True,
                             capture_output=True, text=True).stdout.strip()
        log.append((sha, name, day.date(), subj))
    stterm(d, work, "tidewater - st", "okafor@lab:~/src/tidewater$ ", repo)
    d.type("git log --date=short --pretty=tformat:'%h  %ad  %<(15)%an  %s' --abbrev=7")
    time.sleep(1.0)
    d.shot(image)
    latest = log[-1]
    counts = {a[0]: sum(c[1] == a[0] for c in log) for a in authors}
    who = rng.choice([a for a, n in counts.items() if n >= 2])
    mid = rng.sample(log[1:-1], 3)
    return [
        q("whats the latest commit message?", latest[3], "text", "latest_commit"),
        q(f"How many commits did {who} make?", counts[who], "count", "commits_by_author", literal=False),
        q(f"who authored '{mid[0][3]}'", mid[0][1], "person", "commit_author"),
        q(f"when was the commit \"{mid[1][3]}\" made", mid[1][2].isoformat(), "date", "commit_date"),
        q(f"give me the hash of the commit {mid[2][3]}", mid[2][0], "code", "commit_hash"),
    ]


def scene_conf(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """rxvt-unicode: `cat` of an INI config file."""
    etc = work / "backupd"
    etc.mkdir()
    port = rng.choice([8443, 9120, 7077, 5601, 8890])
    dbhost = rng.choice(["db-02.internal", "pg-main.lan", "10.20.4.17", "store01.corp"])
    retention = rng.choice([14, 21, 30, 45, 90])
    level = rng.choice(["warning", "debug", "info", "error"])
    workers = rng.randint(3, 16)
    timeout = rng.choice([30, 45, 60, 120])
    sections = [
        ("server", [("listen_address", "0.0.0.0"), ("port", port), ("workers", workers), ("log_level", level)]),
        ("database", [("host", dbhost), ("db_port", 5432), ("name", "backupd"), ("connect_timeout", timeout)]),
        ("storage", [("path", "/srv/backups"), ("retention_days", retention), ("compress", "zstd"),
                     ("max_size_gb", rng.choice([250, 500, 750]))]),
        ("notify", [("email", "ops@example.net"), ("on_failure", "yes"), ("on_success", "no")]),
    ]
    if rng.random() < 0.5:
        sections.append(("metrics", [("enabled", "true"), ("push_interval", "15s")]))
    text = "# backupd configuration\n# managed by hand, see backupd.conf(5)\n\n"
    for name, kv in sections:
        text += f"[{name}]\n" + "".join(f"{k} = {v}\n" for k, v in kv) + "\n"
    (etc / "backupd.conf").write_text(text)
    urxvt(d, work, "root@vault: /etc/backupd", "root@vault:/etc/backupd# ", etc, cols=96, rows=42)
    d.type("cat backupd.conf")
    time.sleep(1.0)
    d.shot(image)
    return [
        q("what port is the server set to listen on", port, "number", "config_value"),
        q("retention_days value?", retention, "number", "config_value"),
        q("Which host does backupd use for its database?", dbhost, "text", "config_value"),
        q("how many sections are in this config file", len(sections), "count", "count_sections", literal=False),
        q("what's the log level set to", level, "text", "config_value"),
    ]


TEST_SRC = """\
import pytest


STOCK = {"bolts": 120, "nuts": 80, "washers": 0, "hinges": 14}


def restock(item, n):
    return STOCK.get(item, 0) + n

"""


def scene_pytest(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """st: a verbose pytest run with some failures."""
    proj = work / "inventory"
    proj.mkdir()
    names = ["test_restock_bolts", "test_restock_unknown", "test_empty_items", "test_hinges_low",
             "test_total_count", "test_nuts_even", "test_washers_zero", "test_negative_restock",
             "test_item_names_lower", "test_bolts_over_100", "test_max_item", "test_no_duplicates"]
    n = rng.randint(9, 12)
    names = names[:n]
    failing = set(rng.sample(range(n), rng.randint(2, 4)))
    src = TEST_SRC
    for k, name in enumerate(names):
        body = "assert restock('bolts', 1) == 999" if k in failing else "assert restock('nuts', 2) == 82"
        src += f"\ndef {name}():\n    {body}\n\n"
    (proj / "test_inventory.py").write_text(src)
    stterm(d, work, "inventory - st", "mika@devbox:~/inventory$ ", proj)
    d.type("/usr/bin/python3 -m pytest -v --tb=no -p no:cacheprovider test_inventory.py")
    time.sleep(6.0)
    d.shot(image)
    first_fail = names[min(failing)]
    passed_probe = rng.choice([k for k in range(n) if k not in failing])
    fail_probe = rng.choice(sorted(failing))
    return [
        q("how many tests failed", len(failing), "number", "test_summary"),
        q(f"did {names[passed_probe]} pass?", "yes", "yesno", "test_status", literal=False),
        q(f"is {names[fail_probe]} passing", "no", "yesno", "test_status", literal=False),
        q("which is the first test that failed in this run", first_fail, "text", "test_name"),
    ]


def scene_vim(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """rxvt-unicode: vim with line numbers on a Python module."""
    proj = work / "shop"
    proj.mkdir()
    funcs = ["load_prices", "apply_discount", "format_receipt", "tax_for", "round_cents", "parse_sku",
             "merge_carts", "cart_total"]
    rng.shuffle(funcs)
    funcs = funcs[:6]
    lines = ['"""Checkout helpers."""', "", "import json", "from decimal import Decimal", "", ""]
    starts = {}
    for f in funcs:
        starts[f] = len(lines) + 1
        lines.append(f"def {f}(data):")
        for j in range(rng.randint(1, 4)):
            lines.append(f"    step{j} = data.get('k{j}', 0)")
        lines.append("    return data")
        lines += ["", ""]
    lines = lines[:-2]
    (proj / "checkout.py").write_text("\n".join(lines) + "\n")
    urxvt(d, work, "checkout.py - vim", "lee@ws:~/shop$ ", proj, cols=100, rows=44)
    d.type("vim -u NONE -N -c 'set number' -c 'syntax on' checkout.py")
    time.sleep(1.5)
    d.shot(image)
    a, b = rng.sample(funcs, 2)
    return [
        q(f"which function starts on line {starts[a]}", a, "text", "function_at_line"),
        q(f"What line is {b} defined on?", starts[b], "number", "line_of_function"),
        q("how many functions are defined in this file", len(funcs), "count", "count_functions", literal=False),
        q("name of the file open in the editor?", "checkout.py", "text", "file_name"),
    ]


def scene_sc(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """sc (terminal spreadsheet) in rxvt-unicode: regional sales by quarter with a total row."""
    regions = rng.sample(["North", "South", "East", "West", "Central", "Coastal", "Alpine", "Metro"], 6)
    quarters = ["Q1", "Q2", "Q3", "Q4"]
    vals = {r: [rng.randint(1200, 9800) for _ in quarters] for r in regions}
    cols = "ABCDE"
    lines = ["format A 12 0 0"] + [f"format {c} 10 0 0" for c in cols[1:]]
    lines.append('leftstring A0 = "Region"')
    for j, qn in enumerate(quarters):
        lines.append(f'rightstring {cols[j + 1]}0 = "{qn}"')
    for i, r in enumerate(regions, 1):
        lines.append(f'leftstring A{i} = "{r}"')
        for j, v in enumerate(vals[r]):
            lines.append(f"let {cols[j + 1]}{i} = {v}")
    tot = len(regions) + 1
    lines.append(f'leftstring A{tot} = "Total"')
    for j in range(4):
        c = cols[j + 1]
        lines.append(f"let {c}{tot} = @sum({c}1:{c}{tot - 1})")
    sheet = work / "sales.sc"
    sheet.write_text("\n".join(lines) + "\n")
    urxvt(d, work, "sales.sc - sc", "ana@box:~$ ", work, cols=100, rows=30)
    d.type("sc sales.sc")
    time.sleep(1.5)
    d.shot(image)
    row = rng.randint(1, len(regions))
    col = rng.randint(1, 4)
    r2 = rng.choice([r for r in regions if r != regions[row - 1]])
    q2 = rng.randrange(4)
    q4 = {r: vals[r][3] for r in regions}
    best = max(q4, key=lambda r: q4[r])
    qt = rng.randrange(4)
    return [
        q(f"what's in cell {cols[col]}{row}", vals[regions[row - 1]][col - 1], "number", "cell_at"),
        q(f"{r2} {quarters[q2]} number?", vals[r2][q2], "number", "cell_by_names"),
        q("Which region had the highest Q4?", best, "text", "max_row"),
        q(f"what is the total for {quarters[qt]}", sum(vals[r][qt] for r in regions), "number", "total_row"),
    ]


def scene_mc(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """Midnight Commander in rxvt-unicode with two folders of generated files."""
    left, right = work / "photos_2026", work / "server_logs"
    left.mkdir()
    right.mkdir()
    lfiles = {}
    for _k in range(rng.randint(7, 10)):
        name = f"IMG_{rng.randint(1000, 9999)}.{rng.choice(['jpg', 'jpg', 'png', 'heic'])}"
        size = rng.randint(40000, 4900000)
        (left / name).write_bytes(b"\0" * size)
        lfiles[name] = size
    rfiles = {}
    for k in range(rng.randint(6, 9)):
        name = f"{rng.choice(['nginx', 'app', 'auth', 'cron'])}-{k:02d}.{rng.choice(['log', 'log', 'gz'])}"
        size = rng.randint(500, 900000)
        (right / name).write_bytes(b"\0" * size)
        rfiles[name] = size
    for p in list(left.iterdir()) + list(right.iterdir()):
        set_mtime(p, dt.datetime(2026, 11, rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59)))
    urxvt(d, work, "mc - files", "ana@box:~$ ", work, cols=118, rows=40)
    d.type(f"mc --nosubshell {left} {right}")
    time.sleep(2.0)
    d.shot(image)
    probe = rng.choice(sorted(lfiles))
    n_log = sum(n.endswith(".log") for n in rfiles)
    biggest = max(rfiles, key=lambda n: rfiles[n])
    return [
        q(f"how big is {probe}? (bytes)", lfiles[probe], "number", "file_size"),
        q("How many .log files are in the right panel", n_log, "count", "count_by_extension", literal=False),
        q("which folder is open on the left side", "photos_2026", "text", "panel_folder"),
        q("largest file in server_logs?", biggest, "text", "largest_file"),
        q("how many files does the left panel list", len(lfiles), "count", "count_files", literal=False),
    ]


def make_pdf(path: Path, rng: random.Random, pages: int) -> list[tuple[str, list[tuple[str, int]]]]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    topics = ["Water usage", "Energy costs", "Staff training", "Fleet mileage", "Waste recycling",
              "Office supplies", "Travel budget", "IT incidents"]
    rng.shuffle(topics)
    out = []
    with PdfPages(path) as pdf:
        for k in range(pages):
            fig = plt.figure(figsize=(8.27, 11.69))
            title = topics[k]
            fig.text(0.08, 0.93, f"{k + 1}. {title}", fontsize=26, weight="bold")
            fig.text(0.08, 0.895, "Facilities annual review 2026", fontsize=13, color="#555555")
            rows = [(site, rng.randint(100, 9900)) for site in rng.sample(
                ["Leeds", "Bristol", "Hamburg", "Lyon", "Porto", "Gdansk", "Turin"], 4)]
            y = 0.84
            fig.text(0.08, y, "Site", fontsize=16, weight="bold")
            fig.text(0.55, y, "Value", fontsize=16, weight="bold")
            for site, v in rows:
                y -= 0.04
                fig.text(0.08, y, site, fontsize=16)
                fig.text(0.55, y, f"{v}", fontsize=16)
            fig.text(0.5, 0.04, f"page {k + 1}", fontsize=10, ha="center")
            pdf.savefig(fig)
            plt.close(fig)
            out.append((title, rows))
    return out


def scene_xpdf(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """xpdf on a multi-page PDF generated with matplotlib."""
    pages = rng.randint(5, 8)
    pdf = work / "facilities_review.pdf"
    info = make_pdf(pdf, rng, pages)
    cur = rng.randint(2, pages - 1)
    d.launch(["xpdf", "-z", "width", "-g", "1000x860+100+10", str(pdf), str(cur)])
    wid = d.wait_window("xpdf")
    d.place(wid, 100, 10)
    time.sleep(1.5)
    d.shot(image)
    title, rows = info[cur - 1]
    site, v = rng.choice(rows)
    return [
        q("how many pages does this pdf have", pages, "number", "page_count"),
        q("What page am I on?", cur, "number", "current_page"),
        q("what's the heading of the page that's showing", title, "text", "page_heading"),
        q(f"value for {site} on this page", v, "number", "table_value"),
    ]


C_SRC_FUNCS = ["parse_header", "read_block", "checksum32", "open_archive", "list_entries", "extract_one",
               "close_archive", "print_usage"]


def scene_geany(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """Geany with a C source file (line numbers on by default)."""
    funcs = rng.sample(C_SRC_FUNCS, 4)
    lines = ["/* tinyar: a tiny archive reader */", "#include <stdio.h>", "#include <stdint.h>", ""]
    starts = {}
    for f in funcs:
        lines.append("")
        starts[f] = len(lines) + 1
        lines.append(f"static int {f}(FILE *fp, uint8_t *buf)")
        lines.append("{")
        for j in range(rng.randint(1, 2)):
            lines.append(f"    buf[{j}] = (uint8_t)fgetc(fp);")
        lines.append("    return 0;")
        lines.append("}")
    (work / "tinyar.c").write_text("\n".join(lines) + "\n")
    cfg = work / "geanycfg"
    cfg.mkdir()
    (cfg / "geany.conf").write_text("[geany]\nmsgwindow_visible=false\n")
    d.launch(["geany", "-i", "-c", str(cfg), str(work / "tinyar.c")])
    wid = d.wait_window("Geany")
    d.place(wid, 20, 20, 1200, 850)
    time.sleep(1.0)
    d.shot(image)
    a, b = rng.sample(funcs, 2)
    return [
        q(f"what function begins at line {starts[a]}?", a, "text", "function_at_line"),
        q(f"line number where {b} is declared", starts[b], "number", "line_of_function"),
        q("which file is open in geany", "tinyar.c", "text", "file_name"),
        q("How many functions are in the file?", len(funcs), "count", "count_functions", literal=False),
    ]


def scene_featherpad(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """FeatherPad with a YAML deployment file."""
    replicas = rng.randint(2, 9)
    image_tag = f"registry.example.com/shopfront:{rng.randint(1, 4)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    mem = rng.choice(["256Mi", "512Mi", "768Mi", "1Gi"])
    envs = rng.sample(["LOG_LEVEL", "CACHE_TTL", "FEATURE_FLAGS", "REGION", "SENTRY_DSN", "DB_POOL"],
                      rng.randint(3, 5))
    port = rng.choice([8080, 3000, 9090, 8000])
    text = ("apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: shopfront\n  namespace: retail\n"
            f"spec:\n  replicas: {replicas}\n  template:\n    spec:\n      containers:\n"
            f"        - name: web\n          image: {image_tag}\n          ports:\n"
            f"            - containerPort: {port}\n          resources:\n            limits:\n"
            f"              memory: {mem}\n          env:\n")
    env_vals = {e: rng.randint(1, 99) for e in envs}
    for e in envs:
        text += f"            - name: {e}\n              value: \"{env_vals[e]}\"\n"
    (work / "deploy.yaml").write_text(text)
    conf = Path(d.env["XDG_CONFIG_HOME"]) / "featherpad"
    conf.mkdir(parents=True, exist_ok=True)
    (conf / "fp.conf").write_text("[text]\nlineNumbers=true\n")
    d.launch(["featherpad", "--standalone", str(work / "deploy.yaml")])
    wid = d.wait_window("deploy.yaml")
    d.place(wid, 60, 30, 1000, 820)
    time.sleep(1.0)
    d.shot(image)
    return [
        q("how many replicas are configured", replicas, "number", "config_value"),
        q("what image does the web container run?", image_tag, "code", "config_value"),
        q("how many env vars are set for the container", len(envs), "count", "count_items", literal=False),
        q("what port does the container expose", port, "number", "config_value"),
        q(f"{(pe := rng.choice(envs))} is set to what", env_vals[pe], "number", "config_value"),
    ]


def scene_gxmessage(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """gxmessage dialog with custom buttons."""
    code = f"E-{rng.randint(1000, 9999)}"
    total = rng.randint(20, 60)
    failed = rng.randint(2, 9)
    buttons = rng.choice([["Retry", "Skip", "Abort"], ["Retry", "Ignore"], ["Try again", "Skip file", "Stop",
                                                                            "Details"]])
    msg = (f"Sync could not finish.\n\n{failed} of {total} files were not uploaded to the\n"
           f"shared drive (error {code}: quota exceeded).\n\nWhat do you want to do?")
    spec = ",".join(f"{b}:{k}" for k, b in enumerate(buttons))
    d.launch(["gxmessage", "-title", "Sync failed", "-center", "-buttons", spec, "-default", buttons[0],
              "-fn", "DejaVu Sans 12", "-geometry", "560x280", msg])
    d.wait_window("Sync failed")
    time.sleep(1.0)
    d.shot(image)
    return [
        q("how many buttons does this dialog have", len(buttons), "count", "count_buttons", literal=False),
        q("Is there a Cancel button?", "no", "yesno", "has_button", literal=False),
        q("what's the error code in the message", code, "code", "message_number"),
        q("how many files failed to upload", failed, "number", "message_number"),
        q("title of the dialog?", "Sync failed", "text", "window_title"),
    ]


TK_APP = r'''
import json, sys, tkinter as tk
from tkinter import ttk
data = json.load(open(sys.argv[1]))
root = tk.Tk()
root.title(data["title"])
style = ttk.Style(root)
style.theme_use("clam")
root.option_add("*Font", "{DejaVu Sans} 11")
style.configure(".", font=("DejaVu Sans", 11))
frm = ttk.Frame(root, padding=16)
frm.pack(fill="both", expand=True)
opts = ttk.LabelFrame(frm, text="Options", padding=10)
opts.grid(row=0, column=0, sticky="nsew", padx=6, pady=6)
keep = []
for name, on in data["checks"]:
    v = tk.BooleanVar(value=on)
    keep.append(v)
    ttk.Checkbutton(opts, text=name, variable=v).pack(anchor="w", pady=2)
sched = ttk.LabelFrame(frm, text="Schedule", padding=10)
sched.grid(row=0, column=1, sticky="nsew", padx=6, pady=6)
rv = tk.StringVar(value=data["radio"])
for name in data["radios"]:
    ttk.Radiobutton(sched, text=name, value=name, variable=rv).pack(anchor="w", pady=2)
dest = ttk.LabelFrame(frm, text="Destination", padding=10)
dest.grid(row=0, column=2, sticky="nsew", padx=6, pady=6)
lb = tk.Listbox(dest, height=len(data["dests"]), exportselection=False, width=22)
for name in data["dests"]:
    lb.insert("end", name)
lb.configure(selectbackground="#4a6984", selectforeground="white")
lb.selection_set(data["dest_sel"])
lb.pack()
prog = ttk.Frame(frm, padding=(6, 12))
prog.grid(row=1, column=0, columnspan=3, sticky="ew")
ttk.Label(prog, text=data["progress_text"]).pack(anchor="w")
pb = ttk.Progressbar(prog, length=560, maximum=data["total"], value=data["done"])
pb.pack(anchor="w", pady=4)
btns = ttk.Frame(frm)
btns.grid(row=2, column=0, columnspan=3, sticky="e")
for b in data["buttons"]:
    ttk.Button(btns, text=b).pack(side="left", padx=4)
root.mainloop()
'''


def scene_tk(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """A Tk/ttk settings window in the clam theme (python3-tk)."""
    names = ["Compress archives", "Encrypt with passphrase", "Skip hidden files", "Verify after copy",
             "Keep 3 old versions", "Notify when done", "Follow symlinks"]
    names = rng.sample(names, 6)
    states = [rng.random() < 0.5 for _ in names]
    if all(states) or not any(states):
        states[0] = not states[0]
    radios = ["Hourly", "Daily", "Weekly", "Monthly"]
    radio = rng.choice(radios)
    dests = ["USB drive (E:)", "NAS /volume1/backup", "Google Drive", "S3 bucket eu-west", "Local disk D:"]
    dest_sel = rng.randrange(len(dests))
    total = rng.randint(80, 400)
    done = rng.randint(10, total - 10)
    data = {"title": "Backup settings - Keeper", "checks": list(zip(names, states, strict=False)), "radios": radios,
            "radio": radio, "dests": dests, "dest_sel": dest_sel, "total": total, "done": done,
            "progress_text": f"Copied {done} of {total} files", "buttons": ["Start backup", "Save", "Close"]}
    (work / "app.py").write_text(TK_APP)
    (work / "data.json").write_text(json.dumps(data))
    d.launch([SYS_PY, str(work / "app.py"), str(work / "data.json")])
    wid = d.wait_window("Backup settings")
    d.place(wid, 200, 160)
    d.shot(image)
    on = rng.choice([n for n, s in zip(names, states, strict=False) if s])
    rng.choice([n for n, s in zip(names, states, strict=False) if not s])
    return [
        q("how many of the options are ticked?", sum(states), "count", "count_checked", literal=False),
        q(f"is '{on}' turned on", "yes", "yesno", "checkbox_state", literal=False),
        q("what schedule did they pick", radio, "text", "radio_selected"),
        q("what destination is selected in the list", dests[dest_sel], "text", "list_selected"),
        q("how many files have been copied so far", done, "number", "progress"),
    ]


QT_APP = r'''
import json, sys
from PyQt5 import QtWidgets as W
data = json.load(open(sys.argv[1]))
app = W.QApplication(sys.argv)
app.setStyle("Fusion")
dlg = W.QDialog()
dlg.setWindowTitle(data["title"])
lay = W.QVBoxLayout(dlg)
form = W.QFormLayout()
name = W.QLineEdit(data["filename"])
form.addRow("File name:", name)
fmt = W.QComboBox()
fmt.addItems(data["formats"])
fmt.setCurrentIndex(data["fmt"])
form.addRow("Format:", fmt)
spin = W.QSpinBox()
spin.setRange(1, 99)
spin.setValue(data["copies"])
form.addRow("Copies:", spin)
lay.addLayout(form)
box = W.QGroupBox("Page range")
bl = W.QVBoxLayout(box)
for k, r in enumerate(data["ranges"]):
    rb = W.QRadioButton(r)
    rb.setChecked(k == data["range"])
    bl.addWidget(rb)
lay.addWidget(box)
opt = W.QGroupBox("Include")
ol = W.QVBoxLayout(opt)
for n, on in data["checks"]:
    cb = W.QCheckBox(n)
    cb.setChecked(on)
    ol.addWidget(cb)
lay.addWidget(opt)
lay.addWidget(W.QLabel("Exporting..."))
bar = W.QProgressBar()
bar.setValue(data["pct"])
lay.addWidget(bar)
bb = W.QDialogButtonBox(W.QDialogButtonBox.Ok | W.QDialogButtonBox.Cancel | W.QDialogButtonBox.Help)
lay.addWidget(bb)
dlg.resize(520, 10)
dlg.show()
app.exec_()
'''


def scene_qt(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """A PyQt5 export dialog (Fusion style)."""
    formats = ["PDF document", "PNG image", "CSV table", "Excel workbook", "Plain text"]
    fmt = rng.randrange(len(formats))
    ranges = ["All pages", "Current page", "Selection", "Odd pages only"]
    rsel = rng.randrange(len(ranges))
    checks = list(zip(["Cover page", "Table of contents", "Comments", "Page numbers", "Hidden sheets"],
                      [rng.random() < 0.5 for _ in range(5)], strict=False))
    if not any(s for _, s in checks):
        checks[1] = (checks[1][0], True)
    copies = rng.randint(2, 24)
    pct = rng.randint(5, 95)
    filename = f"{rng.choice(['budget', 'roster', 'inventory', 'minutes'])}_{rng.randint(2021, 2026)}"
    data = {"title": "Export Report", "formats": formats, "fmt": fmt, "ranges": ranges, "range": rsel,
            "checks": checks, "copies": copies, "pct": pct, "filename": filename}
    (work / "app.py").write_text(QT_APP)
    (work / "data.json").write_text(json.dumps(data))
    d.launch([SYS_PY, str(work / "app.py"), str(work / "data.json")])
    wid = d.wait_window("Export Report")
    d.place(wid, 380, 120)
    d.shot(image)
    return [
        q("what format is chosen in the dropdown", formats[fmt], "text", "combo_selected"),
        q("number of copies?", copies, "number", "field_value"),
        q("Which page range option is selected", ranges[rsel], "text", "radio_selected"),
        q("how far along is the export (percent)", pct, "number", "progress"),
        q("how many boxes r checked under Include", sum(s for _, s in checks), "count", "count_checked",
          literal=False),
    ]


def scene_qalc(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """Qalculate! (GTK) with an integer expression typed in."""
    a, b, c = rng.randint(120, 980), rng.randint(12, 89), rng.randint(100, 999)
    expr = f"{a} * {b} + {c}"
    d.launch(["qalculate-gtk"])
    wid = d.wait_window("Qalculate")
    d.place(wid, 300, 150)
    time.sleep(1.0)
    d.type(expr)
    d.xdo("mousemove", "1270", "890")
    time.sleep(1.5)
    d.shot(image)
    res = a * b + c
    return [
        q("what number is the calculator showing as the result", res, "number", "calculator_display"),
        q("is the result bigger than 20000?", "yes" if res > 20000 else "no", "yesno", "calculator_compare",
          literal=False),
    ]


HTML = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body style="font-family: DejaVu Sans, sans-serif; margin: 24px">
<h1>Account settings</h1>
<p>Signed in as <b>{user}</b>. Storage: {used} GB of {quota} GB used.</p>
<form>
<h2>Profile</h2>
<p>Username: <input type="text" size="24" value="{user}"></p>
<p>Email: <input type="text" size="32" value="{email}"></p>
<p>Time zone: <select>{tz}</select></p>
<h2>Notifications</h2>
{checks}
<h2>Theme</h2>
{radios}
<p><input type="submit" value="Save changes"> <input type="reset" value="Discard"></p>
</form>
</body></html>
"""


def scene_dillo(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """Dillo (FLTK browser) on a local HTML settings page."""
    user = rng.choice(["mhernandez", "jo.lindqvist", "r_achebe", "kwame.a", "sofia_v"])
    email = f"{user.replace('_', '.')}@{rng.choice(['mailbox.org', 'example.com', 'posteo.de'])}"
    zones = ["UTC", "Europe/Lisbon", "Europe/Berlin", "America/Chicago", "Asia/Tokyo", "Australia/Perth"]
    tz = rng.choice(zones)
    used = round(rng.uniform(1, 14), 1)
    quota = 15
    notes = ["Email me a weekly digest", "Security alerts", "Product news", "Comments on my posts",
             "Reminders for due tasks"]
    states = [rng.random() < 0.5 for _ in notes]
    if not any(states):
        states[1] = True
    themes = ["Light", "Dark", "Follow system"]
    theme = rng.choice(themes)
    page = HTML.format(
        title="Settings - Notely", user=user, email=email, used=used, quota=quota,
        tz="".join(f"<option{' selected' if z == tz else ''}>{z}</option>" for z in zones),
        checks="".join(f"<p><input type=\"checkbox\"{' checked' if s else ''}> {n}</p>" for n, s in
                       zip(notes, states, strict=False)),
        radios="".join(f"<input type=\"radio\" name=\"t\"{' checked' if t == theme else ''}> {t} &nbsp; "
                       for t in themes))
    (work / "settings.html").write_text(page)
    d.launch(["dillo", "-g", "1100x820+60+40", str(work / "settings.html")])
    try:
        wid = d.wait_window("Dillo")
        d.place(wid, 60, 40)
        time.sleep(1.0)
        d.shot(image)
    finally:
        stop_detached(d, "dpid")  # dillo starts its plugin daemon detached from itself
    probe = rng.randrange(len(notes))
    return [
        q("what's the username in the profile form", user, "text", "field_value"),
        q("which timezone is selcted", tz, "text", "combo_selected"),
        q(f"is \"{notes[probe]}\" checked?", "yes" if states[probe] else "no", "yesno", "checkbox_state",
          literal=False),
        q("how many notification boxes are ticked", sum(states), "count", "count_checked", literal=False),
        q("what's the page title shown in the window's title bar", "Settings - Notely", "text", "window_title"),
    ]


def scene_xfe(d: Display, work: Path, rng: random.Random, image: Path) -> list[Item]:
    """Xfe file manager on a folder of generated documents."""
    root = work / "Invoices"
    root.mkdir()
    files = {}
    for k in range(rng.randint(8, 11)):
        ext = rng.choice(["pdf", "pdf", "odt", "xlsx", "txt"])
        name = f"{rng.choice(['acme', 'brightco', 'nordlys', 'parkside', 'quill'])}_{2026_0000 + k * 37}.{ext}"
        files[name] = rng.randint(2000, 900000)
        (root / name).write_bytes(b"\0" * files[name])
        set_mtime(root / name, dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), 12, 0))
    top = max(files, key=lambda n: files[n])  # keep the biggest clearly apart at the kB the listing shows
    files[top] = max(files.values()) + rng.randint(40000, 90000)
    (root / top).write_bytes(b"\0" * files[top])
    set_mtime(root / top, dt.datetime(2026, 5, 14, 12, 0))
    subs = rng.sample(["2024", "2025", "paid", "disputed", "scans"], rng.randint(2, 4))
    for s in subs:
        (root / s).mkdir()
    d.launch(["xfe", str(root)])
    try:  # xfe warns once about running as root; dismiss it with its OK button
        warn = d.wait_window("Warning", timeout=8)
        d.xdo("windowactivate", "--sync", warn)
        d.xdo("key", "Return")
    except RuntimeError:
        pass
    wid = d.wait_window("Xfe")
    d.place(wid, 20, 20, 1240, 860)
    d.xdo("key", "ctrl+F1")  # View > One panel: no folder tree (it would list unrelated folders)
    time.sleep(1.5)
    d.shot(image)
    biggest = max(files, key=lambda n: files[n])
    ext = rng.choice(sorted({n.rsplit(".", 1)[1] for n in files}))
    return [
        q("how many subfolders are in Invoices", len(subs), "count", "count_subfolders", literal=False),
        q("biggest file here?", biggest, "text", "largest_file"),
        q(f"count the .{ext} files", sum(n.endswith("." + ext) for n in files), "count", "count_by_extension",
          literal=False),
        q("what folder is this window showing", "Invoices", "text", "panel_folder"),
    ]


SCENES: dict[str, tuple[str, Callable[[Display, Path, random.Random, Path], list[Item]]]] = {
    "ls": ("terminal", scene_ls),
    "git": ("terminal", scene_git),
    "conf": ("terminal", scene_conf),
    "pytest": ("terminal", scene_pytest),
    "vim": ("code_editor", scene_vim),
    "sc": ("spreadsheet", scene_sc),
    "mc": ("file_manager", scene_mc),
    "xpdf": ("pdf_viewer", scene_xpdf),
    "geany": ("code_editor", scene_geany),
    "featherpad": ("text_editor", scene_featherpad),
    "gxmessage": ("dialog", scene_gxmessage),
    "tk": ("dialog", scene_tk),
    "qt": ("dialog", scene_qt),
    "qalc": ("calculator", scene_qalc),
    "dillo": ("browser", scene_dillo),
    "xfe": ("file_manager", scene_xfe),
}


APPS = {"ls": "rxvt-unicode + ls", "git": "st + git log", "conf": "rxvt-unicode + cat", "pytest": "st + pytest",
        "vim": "vim in rxvt-unicode", "sc": "sc in rxvt-unicode", "mc": "mc in rxvt-unicode", "xpdf": "xpdf",
        "geany": "geany", "featherpad": "featherpad", "gxmessage": "gxmessage", "tk": "python3-tk (ttk clam)",
        "qt": "python3-pyqt5 (Fusion)", "qalc": "qalculate-gtk", "dillo": "dillo", "xfe": "xfe"}


def build(only: set[str] | None, seed: int) -> None:
    out: list[Item] = []
    with Display() as d:
        for name, (kind, fn) in SCENES.items():
            if only and name not in only:
                continue
            rng = random.Random(f"{seed}-{name}")
            work = WORK_ROOT / name  # a fixed path, so paths shown in title bars are the same on every build
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
            image = HERE / "images" / f"{name}.png"
            try:
                items = fn(d, work, rng, image)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                print(f"skip {name}: {exc}", file=sys.stderr)
                items = []
            finally:
                d.close_all()
                shutil.rmtree(work, ignore_errors=True)
            for it in items:
                out.append({"image": f"images/{name}.png", **it, "category": kind, "app": APPS[name]})
            print(f"{name}: {len(items)} questions", file=sys.stderr)
    shutil.rmtree(WORK_ROOT, ignore_errors=True)
    if only:
        for row in out:
            print(json.dumps(row, ensure_ascii=False))
        return
    with open(HERE / "manifest.jsonl", "w") as fh:
        for k, row in enumerate(out, 1):
            row = {"id": f"s2-{k:04d}", **row}
            row["literal"] = bool(row["literal"])
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"{len(out)} questions", file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="scene name (repeatable)")
    ap.add_argument("--seed", type=int, default=2026)
    args = ap.parse_args()
    build(set(args.only) if args.only else None, args.seed)


if __name__ == "__main__":
    main()
