"""Build screens_test3: screenshots of real Debian applications under Xvfb, with questions whose golds come
from the data fed to the applications. Run from the repository root:

    nice /work/main/.venv/bin/python benchmarks/screens_test3/build.py [--only NAME ...]

Each scene makes its data with a seeded random.Random, starts the application in a fresh Xvfb display
(benchmarks/screens/display.py), takes the screen and writes its questions. See README.md."""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
sys.path.insert(0, str(ROOT / "benchmarks" / "screens"))
from display import Display  # noqa: E402

IMAGES = HERE / "images"
APPS = HERE / "apps"
SYS_PY = "/usr/bin/python3"  # Debian's python, which has python3-gi and python3-pyqt5
SEED = 3303


class Screen(Display):
    def __init__(self) -> None:
        super().__init__(num=93, home_prefix="st3-home-", desktop="#46584a", xdo_timeout=30.0, wait_timeout=40.0)


Q = dict  # one question: question, answer, answer_type, intent, literal


def save_png(src: Path, dst: Path) -> None:
    """Keep the screenshot modest: optimise, and go to a 256-colour palette (no dithering) when large."""
    im = Image.open(src).convert("RGB")
    im.save(dst, optimize=True)
    if dst.stat().st_size > 150_000:
        im.quantize(colors=256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE).save(dst, optimize=True)


def bashrc(d: Display) -> None:
    (d.home / ".bashrc").write_text(
        "PS1='\\u@workbox:\\w\\$ '\nexport PATH=/work/main/.venv/bin:$PATH\nexport LS_COLORS=\nexport GIT_PAGER=cat\n"
        "export LESS=FRX\nunset PROMPT_COMMAND\n")


def epoch(y: int, mo: int, da: int, h: int = 12, mi: int = 0) -> float:
    return datetime(y, mo, da, h, mi, tzinfo=UTC).timestamp()


def terminal(d: Display, kind: str, title: str, cwd: Path, cols: int = 110, rows: int = 36) -> str:
    bashrc(d)
    if kind == "lxterminal":
        d.launch(["lxterminal", f"--geometry={cols}x{rows}", f"--working-directory={cwd}", "-t", title], cwd=cwd)
    else:
        d.launch(["sakura", "-c", str(cols), "-r", str(rows), "-t", title], cwd=cwd)
    wid = d.wait_window(title)
    d.place(wid, 60, 40)
    time.sleep(1.0)
    return wid


def git(repo: Path, *args: str, when: str = "", author: tuple[str, str] | None = None) -> None:
    env = dict(os.environ, GIT_CONFIG_GLOBAL="/dev/null", GIT_CONFIG_NOSYSTEM="1")
    if when:
        env.update(GIT_AUTHOR_DATE=when, GIT_COMMITTER_DATE=when)
    if author:
        env.update(GIT_AUTHOR_NAME=author[0], GIT_AUTHOR_EMAIL=author[1],
                   GIT_COMMITTER_NAME=author[0], GIT_COMMITTER_EMAIL=author[1])
    subprocess.run(["git", "-C", str(repo), *args], env=env, check=True, capture_output=True)


# ---------------------------------------------------------------- scenes
# Each scene: (display, rng) -> list of questions; it leaves its screenshot at IMAGES/<name>.png.


def scene_ls(d: Display, rng: random.Random) -> list[Q]:
    folder = d.home / "exports"
    folder.mkdir()
    stems = ["q3_summary", "invoices_sept", "team_photo", "budget_draft", "vendor_list", "notes_meeting",
             "logo_final", "payroll_oct", "roadmap", "customers", "timesheet", "scan_0042"]
    exts = ["csv", "pdf", "png", "txt", "csv", "txt", "png", "csv", "pdf", "json", "csv", "pdf"]
    sizes = rng.sample(range(800, 480_000), len(stems))
    days = rng.sample(range(1, 120), len(stems) + 3)
    files = []
    for i, (s, e) in enumerate(zip(stems, exts, strict=False)):
        p = folder / f"{s}.{e}"
        p.write_bytes(b"x" * sizes[i])
        t = epoch(2026, 7, 1) + days[i] * 86400 + rng.randrange(0, 80000)
        os.utime(p, (t, t))
        files.append((p.name, sizes[i], t))
    # the newest file is never also the biggest, so the two questions test different things
    big_i = max(range(len(files)), key=lambda k: files[k][1])
    new_i = rng.choice([k for k in range(len(files)) if k != big_i])
    t = epoch(2026, 7, 1) + 125 * 86400 + rng.randrange(0, 80000)
    os.utime(folder / files[new_i][0], (t, t))
    files[new_i] = (files[new_i][0], files[new_i][1], t)
    subs = ["archive", "old_scans", "shared"]
    for j, s in enumerate(subs):
        (folder / s).mkdir()
        t = epoch(2026, 7, 1) + days[len(stems) + j] * 86400
        os.utime(folder / s, (t, t))
    terminal(d, "lxterminal", "exports", folder)
    d.type("ls -l")
    time.sleep(1.0)
    big = max(files, key=lambda f: f[1])
    new = max(files, key=lambda f: f[2])
    ncsv = sum(1 for f in files if f[0].endswith(".csv"))
    pick = files[5]
    return [
        Q(question="which file in this listing is the biggest?", answer=big[0], answer_type="text",
          intent="largest_file", literal=True),
        Q(question="whats the most recently modified file here (ignore folders)", answer=new[0], answer_type="text",
          intent="newest_file", literal=True),
        Q(question="How many CSV files are in the exports folder?", answer=str(ncsv), answer_type="count",
          intent="count_by_extension", literal=False),
        Q(question="how many subdirectories does it list", answer=str(len(subs)), answer_type="count",
          intent="count_subfolders", literal=False),
        Q(question=f"size of {pick[0]} in bytes?", answer=str(pick[1]), answer_type="number",
          intent="file_size", literal=True),
    ]


AUTHORS = [("Priya Nair", "priya@example.org"), ("Tomasz Kowal", "tomasz@example.org"),
           ("Helen Okafor", "helen@example.org"), ("Marco Bellini", "marco@example.org")]


def make_repo(repo: Path, rng: random.Random, messages: list[str], authors: list[tuple[str, str]],
              start: tuple[int, int, int]) -> list[tuple[str, str, str]]:
    repo.mkdir(parents=True)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "config", "core.pager", "cat")
    log = []
    day = datetime(*start, 9, 0, tzinfo=UTC).timestamp()
    for i, msg in enumerate(messages):
        au = rng.choice(authors)
        day += rng.randrange(1, 3) * 86400 + rng.randrange(0, 20000)
        when = datetime.fromtimestamp(day, UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
        f = repo / f"src/module_{i % 4}.py"
        f.parent.mkdir(exist_ok=True)
        with f.open("a") as fh:
            fh.write(f"# change {i}: {msg}\n")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "-m", msg, when=when, author=au)
        log.append((au[0], msg, when[:10]))
    return log


def scene_git(d: Display, rng: random.Random) -> list[Q]:
    repo = d.home / "projects" / "ledger-api"
    msgs = ["Initial project skeleton", "Add invoice model", "Validate currency codes", "Fix rounding in totals",
            "Add CSV export endpoint", "Bump requests to 2.32", "Paginate invoice list", "Handle empty ledgers",
            "Document the export format"]
    authors = AUTHORS[:3]
    log = make_repo(repo, rng, msgs, authors, (2026, 10, 2))
    git(repo, "checkout", "-q", "-b", "feature/refunds")
    (repo / "src/module_1.py").write_text("changed\n")
    (repo / "src/module_3.py").write_text("changed\n")
    (repo / "README.md").write_text("# ledger-api\n")
    (repo / "refunds.py").write_text("pass\n")
    terminal(d, "sakura", "ledger-api", repo)
    d.type("git log --pretty=format:'%h %ad %an: %s' --date=short; echo")
    time.sleep(0.8)
    d.type("git status")
    time.sleep(1.2)
    counts = {a[0]: sum(1 for x in log if x[0] == a[0]) for a in authors}
    max(counts, key=lambda k: (counts[k], k))
    other = min(counts, key=lambda k: (counts[k], k))
    mid = log[4]
    return [
        Q(question="what's the latest commit message?", answer=log[-1][1], answer_type="text",
          intent="latest_commit", literal=True),
        Q(question=f"How many commits did {other} make?", answer=str(counts[other]), answer_type="count",
          intent="commits_by_author", literal=False),
        Q(question=f"who committed \"{mid[1]}\"", answer=mid[0], answer_type="person",
          intent="commit_author", literal=True),
        Q(question="which branch am I on", answer="feature/refunds", answer_type="text",
          intent="current_branch", literal=True),
        Q(question="git status says how many untracked files?", answer="2", answer_type="count",
          intent="count_untracked", literal=False),
    ]


CART_SRC = ("def total(items):\n    return sum(p * q for p, q in items)\n\n\n"
            "def discount(amount, pct):\n    return round(amount * (1 - pct / 100), 1)\n\n\n"
            "def shipping(weight):\n    return 4.5 if weight < 2 else 4.5 + (weight - 2) * 1.25\n")


def scene_pytest(d: Display, rng: random.Random) -> list[Q]:
    proj = d.home / "shopcart"
    (proj / "tests").mkdir(parents=True)
    (proj / "pytest.ini").write_text("[pytest]\naddopts = -p no:cacheprovider\n")
    (proj / "cart.py").write_text(CART_SRC)
    (proj / "tests" / "conftest.py").write_text("import sys\n\nsys.path.insert(0, '.')\n")
    a, b = rng.randrange(3, 9), rng.randrange(10, 40)
    tests = {"test_cart.py": [("test_total_empty", "total([])", "0"),
                              ("test_total_two", f"total([({a}, 2), ({b}, 1)])", str(2 * a + b)),
                              ("test_discount_half", "discount(80, 50)", "40"),
                              ("test_discount_rounding", "discount(19.99, 15)", "16.99"),
                              ("test_discount_zero", "discount(12, 0)", "12")],
             "test_shipping.py": [("test_light", "shipping(1)", "4.5"), ("test_heavy", "shipping(6)", "9.5"),
                                  ("test_free_over_limit", "shipping(30)", "0")]}
    ns: dict = {}
    exec(CART_SRC, ns)  # the golds: which asserts fail, and what the code really returns
    failed = {}
    for fname, cases in tests.items():
        body = "from cart import discount, shipping, total\n"
        for name, call, want in cases:
            body += f"\n\ndef {name}():\n    assert {call} == {want}\n"
            got = eval(call, ns)
            if got != eval(want):
                failed[name] = (fname, got)
        (proj / "tests" / fname).write_text(body)
    ntests = sum(len(c) for c in tests.values())
    terminal(d, "lxterminal", "shopcart", proj)
    d.type("pytest -q --tb=line tests")
    time.sleep(6.0)
    ship_fail = [n for n, (f, _) in failed.items() if f == "test_shipping.py"]
    assert len(ship_fail) == 1
    return [
        Q(question="how many tests failed", answer=str(len(failed)), answer_type="count", intent="failed_count",
          literal=True),
        Q(question="How many passed?", answer=str(ntests - len(failed)), answer_type="count",
          intent="passed_count", literal=True),
        Q(question="which test failed in test_shipping.py", answer=ship_fail[0], answer_type="code",
          intent="failing_test", literal=True),
        Q(question="the discount rounding test fails, what value did discount() actually return",
          answer=repr(failed["test_discount_rounding"][1]), answer_type="number", intent="assert_value",
          literal=True),
    ]


def scene_nano(d: Display, rng: random.Random) -> list[Q]:
    cfg = d.home / "syncd.conf"
    port = rng.choice([8384, 22000, 9443, 7070])
    interval = rng.choice([300, 600, 900, 1800])
    keep = rng.randrange(5, 31)
    lines = ["# syncd configuration", "# edited by ops, do not reformat", "", "[server]",
             "listen_address = 0.0.0.0", f"port = {port}", "tls = true", "max_connections = 64", "",
             "[sync]", f"interval_seconds = {interval}", "compression = false", "conflict_policy = newest-wins",
             f"keep_versions = {keep}", "exclude = *.tmp, *.swp, .cache/", "", "[logging]", "level = warning",
             "file = /var/log/syncd/syncd.log", "rotate_mb = 50"]
    cfg.write_text("\n".join(lines) + "\n")
    terminal(d, "sakura", "syncd.conf", d.home)
    d.type("nano -l syncd.conf")
    time.sleep(1.5)
    n = lines.index("conflict_policy = newest-wins") + 1
    return [
        Q(question="what port is the server set to listen on?", answer=str(port), answer_type="number",
          intent="config_value", literal=True),
        Q(question="keep_versions value?", answer=str(keep), answer_type="number", intent="config_value",
          literal=True),
        Q(question="Is compression turned on in this config?", answer="no", answer_type="yesno",
          intent="config_flag", literal=False),
        Q(question=f"what setting is on line {n}", answer="conflict_policy", answer_type="code",
          intent="line_content", literal=True),
        Q(question="log level in the logging section", answer="warning", answer_type="text",
          intent="config_value", literal=True),
    ]


def scene_tig(d: Display, rng: random.Random) -> list[Q]:
    repo = d.home / "src" / "tilemap"
    msgs = ["Create tilemap renderer", "Load tilesets from JSON", "Add camera scrolling", "Cache decoded tiles",
            "Fix off-by-one at map edge", "Support animated tiles", "Add collision layer", "Speed up culling",
            "Write collision tests", "Release 0.4.0", "Remove debug overlay"]
    log = make_repo(repo, rng, msgs, AUTHORS, (2026, 8, 10))
    (d.home / ".tigrc").write_text("color date yellow default\ncolor author green default\n")
    terminal(d, "lxterminal", "tilemap", repo, cols=120, rows=30)
    d.type("tig")
    time.sleep(2.0)
    counts = {a[0]: sum(1 for x in log if x[0] == a[0]) for a in AUTHORS}
    name = max(counts, key=lambda k: (counts[k], k))
    rel = next(x for x in log if x[1] == "Release 0.4.0")
    return [
        Q(question="who made the most recent commit?", answer=log[-1][0], answer_type="person",
          intent="latest_commit_author", literal=True),
        Q(question=f"how many of these commits are by {name}", answer=str(counts[name]), answer_type="count",
          intent="commits_by_author", literal=False),
        Q(question="what date was the 0.4.0 release commit", answer=rel[2], answer_type="date",
          intent="commit_date", literal=True),
        Q(question="How many commits are there in total?", answer=str(len(log)), answer_type="count",
          intent="commit_count", literal=True),
        Q(question="message of the very first commit", answer=log[0][1], answer_type="text",
          intent="first_commit", literal=True),
    ]


def scene_ncdu(d: Display, rng: random.Random) -> list[Q]:
    top = d.home / "media"
    names = ["podcasts", "wallpapers", "screencasts", "music_demos", "ebooks", "scans"]
    mbs = rng.sample([1, 2, 3, 5, 7, 9, 12, 15, 18, 24], len(names))
    chunk = b"\0" * (1 << 20)
    for name, mb in zip(names, mbs, strict=False):
        sub = top / name
        sub.mkdir(parents=True)
        nfiles = rng.randrange(2, 5)
        for k in range(nfiles):
            with (sub / f"item_{k}.bin").open("wb") as fh:
                for _ in range(mb):
                    fh.write(chunk[: (1 << 20) // nfiles])
    terminal(d, "sakura", "media", d.home)
    d.type("ncdu media")
    time.sleep(2.5)
    order = sorted(zip(names, mbs, strict=False), key=lambda t: -t[1])
    return [
        Q(question="which folder takes the most space", answer=order[0][0], answer_type="text",
          intent="largest_folder", literal=True),
        Q(question="and the smallest one?", answer=order[-1][0], answer_type="text", intent="smallest_folder",
          literal=True),
        Q(question="how many directories are inside media", answer=str(len(names)), answer_type="count",
          intent="count_subfolders", literal=False),
        Q(question=f"is {order[1][0]} bigger than {order[3][0]}?", answer="yes", answer_type="yesno",
          intent="compare_sizes", literal=False),
        Q(question="total disk usage ncdu reports?", answer=f"{sum(mbs)}.0 MiB", answer_type="number",
          intent="total_size", literal=True),
        Q(question=f"how big is the {order[2][0]} folder", answer=f"{order[2][1]}.0 MiB", answer_type="number",
          intent="folder_size", literal=True),
    ]


def scene_calc(d: Display, rng: random.Random) -> list[Q]:
    regions = ["North", "Northwest", "East", "Central", "South", "Southwest", "West", "Coastal"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    rows = [[rng.randrange(1200, 9800) for _ in months] for _ in regions]
    csv = d.home / "regional_sales_h1.csv"
    csv.write_text("Region," + ",".join(months) + "\n"
                   + "".join(f"{r}," + ",".join(map(str, v)) + "\n" for r, v in zip(regions, rows, strict=False)))
    prof = d.home / ".config" / "libreoffice" / "4" / "user"
    prof.mkdir(parents=True)
    (prof / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry" '
        'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\n'
        '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="ShowTipOfTheDay" oor:op="fuse">'
        '<value>false</value></prop></item>\n'
        '<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse">'
        '<value>false</value></prop></item>\n'
        '<item oor:path="/org.openoffice.Setup/Product"><prop oor:name="ooSetupLastVersion" oor:op="fuse">'
        '<value>7.4</value></prop></item>\n</oor:items>\n')
    d.launch(["localc", "--norestore", "--nologo", "--infilter=CSV:44,34,76,1", str(csv)], cwd=d.home)
    wid = d.wait_window("regional_sales_h1", timeout=90)
    d.place(wid, 20, 20, 1220, 840)
    time.sleep(3.0)
    r_apr = regions.index("Central")
    mar = [v[2] for v in rows]
    best = regions[mar.index(max(mar))]
    return [
        Q(question="what's Central's April number", answer=str(rows[r_apr][3]), answer_type="number",
          intent="cell_by_names", literal=True),
        Q(question="value in cell C5?", answer=str(rows[3][1]), answer_type="number", intent="cell_by_address",
          literal=True),
        Q(question="Which region had the highest March sales?", answer=best, answer_type="text",
          intent="max_in_column", literal=False),
        Q(question="how many regions are listed in the sheet", answer=str(len(regions)), answer_type="count",
          intent="count_rows", literal=False),
        Q(question="what is the June figure for Coastal", answer=str(rows[7][5]), answer_type="number",
          intent="cell_by_names", literal=True),
    ]


def scene_zathura(d: Display, rng: random.Random) -> list[Q]:
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages

    npages = rng.randrange(6, 10)
    titles = ["Overview", "Site survey", "Water usage", "Energy audit", "Staffing", "Maintenance log",
              "Procurement", "Risks", "Next steps"][:npages]
    cur = 3
    pdf = d.home / "facility_review_2026.pdf"
    tables: dict[int, list[tuple[str, int]]] = {}
    with PdfPages(pdf) as pp:
        for i, t in enumerate(titles, 1):
            fig = plt.figure(figsize=(11, 8.5))
            fig.text(0.08, 0.9, f"{i}. {t}", fontsize=30, weight="bold")
            fig.text(0.08, 0.84, "Facility review 2026 - Building C", fontsize=14, color="#555555")
            items = [(k, rng.randrange(100, 9999)) for k in ["Wing A", "Wing B", "Wing C", "Annex"]]
            tables[i] = items
            for j, (k, v) in enumerate(items):
                fig.text(0.10, 0.70 - j * 0.08, k, fontsize=20)
                fig.text(0.45, 0.70 - j * 0.08, f"{v:,}", fontsize=20)
            fig.text(0.9, 0.04, f"page {i}", fontsize=11, ha="right")
            pp.savefig(fig)
            plt.close(fig)
    (d.home / ".config" / "zathura").mkdir(parents=True)
    (d.home / ".config" / "zathura" / "zathurarc").write_text("set adjust-open best-fit\nset window-title-page true\n")
    d.launch(["zathura", "-P", str(cur), str(pdf)], cwd=d.home)
    wid = d.wait_window("facility_review", timeout=40)
    d.place(wid, 40, 30, 1200, 840)
    time.sleep(2.0)
    annex = dict(tables[cur])["Annex"]
    return [
        Q(question="how many pages does this pdf have", answer=str(npages), answer_type="count",
          intent="page_count", literal=True),
        Q(question="Which page am I looking at right now?", answer=str(cur), answer_type="number",
          intent="current_page", literal=True),
        Q(question="whats the heading on the page that's open", answer=titles[cur - 1], answer_type="text",
          intent="page_heading", literal=True),
        Q(question="figure for the Annex on this page?", answer=str(annex), answer_type="number",
          intent="table_value", literal=True),
    ]


def scene_pluma(d: Display, rng: random.Random) -> list[Q]:
    src = d.home / "code"
    src.mkdir()
    funcs = ["load_orders", "parse_row", "normalise_sku", "apply_tax", "group_by_day", "write_report", "main"]
    rng.shuffle(funcs[:-1])
    lines = ['"""Nightly order report."""', "", "import csv", "import sys", "from collections import defaultdict",
             "", "TAX = 0.2", ""]
    starts = {}
    for f in funcs:
        lines += ["", f"def {f}(*args):"]
        starts[f] = len(lines)
        body = rng.randrange(2, 5)
        lines += [f"    # step {k + 1} of {f}" for k in range(body)] + ["    return None"]
    (src / "order_report.py").write_text("\n".join(lines) + "\n")
    (src / "settings.toml").write_text("[report]\nname = 'orders'\n")
    (src / "CHANGES.txt").write_text("0.3 - new tax rule\n")
    kf = d.home / ".config" / "glib-2.0" / "settings"
    kf.mkdir(parents=True)
    (kf / "keyfile").write_text("[org/mate/pluma]\nshow-line-numbers=true\ndisplay-line-numbers=true\n"
                                "highlight-current-line=false\n")
    d.launch(["pluma", str(src / "settings.toml"), str(src / "order_report.py"), str(src / "CHANGES.txt")], cwd=src)
    wid = d.wait_window("settings.toml", timeout=40)
    d.place(wid, 40, 30, 1150, 840)
    d.xdo("key", "ctrl+alt+Next")  # the second tab
    wid = d.wait_window("order_report.py", timeout=10)
    time.sleep(1.5)
    probe = funcs[3]
    other = funcs[1]
    return [
        Q(question=f"which function starts on line {starts[probe]}?", answer=probe, answer_type="code",
          intent="function_at_line", literal=True),
        Q(question=f"what line is def {other} on", answer=str(starts[other]), answer_type="number",
          intent="line_of_function", literal=True),
        Q(question="how many tabs are open in the editor", answer="3", answer_type="count", intent="count_tabs",
          literal=False),
        Q(question="Which file's tab is active?", answer="order_report.py", answer_type="text",
          intent="active_tab", literal=True),
        Q(question="what's the TAX constant set to", answer="0.2", answer_type="number", intent="code_value",
          literal=True),
    ]


def scene_spacefm(d: Display, rng: random.Random) -> list[Q]:
    top = d.home / "Trip_Lisbon"
    top.mkdir()
    subs = ["day1", "day2", "raw", "edited"][: rng.randrange(2, 5)]
    for s in subs:
        (top / s).mkdir()
    njpg, npng, nmov = rng.randrange(3, 7), rng.randrange(1, 4), rng.randrange(1, 3)
    for k in range(njpg):
        (top / f"IMG_{2040 + k * 3}.jpg").write_bytes(b"j" * rng.randrange(90_000, 900_000))
    for k in range(npng):
        (top / f"screenshot_{k + 1}.png").write_bytes(b"p" * rng.randrange(10_000, 90_000))
    for k in range(nmov):
        (top / f"clip_{k + 1}.mov").write_bytes(b"m" * rng.randrange(900_000, 3_000_000))
    (top / "itinerary.pdf").write_bytes(b"%PDF" * 200)
    d.launch(["spacefm", "--no-saved-tabs", str(top)], cwd=d.home)
    wid = d.wait_window("Trip_Lisbon", timeout=40)
    d.place(wid, 40, 30, 1150, 800)
    time.sleep(1.5)
    return [
        Q(question="how many jpg photos are in this folder", answer=str(njpg), answer_type="count",
          intent="count_by_extension", literal=False),
        Q(question="number of subfolders?", answer=str(len(subs)), answer_type="count", intent="count_subfolders",
          literal=False),
        Q(question="How many .mov clips do I have here", answer=str(nmov), answer_type="count",
          intent="count_by_extension", literal=False),
        Q(question="what folder is open in the file manager", answer="Trip_Lisbon", answer_type="text",
          intent="current_folder", literal=True),
        Q(question="biggest file in there?", answer=max(top.iterdir(), key=lambda p: p.stat().st_size).name,
          answer_type="text", intent="largest_file", literal=True),
    ]


def scene_speedcrunch(d: Display, rng: random.Random) -> list[Q]:
    a, b, c = rng.randrange(120, 999), rng.randrange(11, 99), rng.randrange(100, 9999)
    e, f = rng.randrange(1000, 9999), rng.randrange(3, 9)
    exprs = [f"{a}*{b}+{c}", f"{e}*{f}-{a}"]
    vals = [a * b + c, e * f - a]
    d.launch(["speedcrunch"], cwd=d.home)
    wid = d.wait_window("SpeedCrunch", timeout=40)
    d.place(wid, 120, 60, 900, 700)
    time.sleep(1.0)
    for x in exprs:
        d.type(x)
        time.sleep(0.6)
    time.sleep(1.0)
    return [
        Q(question="what did the last calculation come out to", answer=str(vals[1]), answer_type="number",
          intent="calculator_result", literal=True),
        Q(question=f"result of {exprs[0]} on the calculator?", answer=str(vals[0]), answer_type="number",
          intent="calculator_result", literal=True),
        Q(question="How many calculations are in the history?", answer="2", answer_type="count",
          intent="count_history", literal=False),
        Q(question="which calculator app is this", answer="SpeedCrunch", answer_type="text",
          intent="window_title", literal=True),
    ]


def app_data(d: Display, name: str, data: dict) -> Path:
    p = d.home / f"{name}.json"
    p.write_text(json.dumps(data))
    return p


def scene_gtk_prefs(d: Display, rng: random.Random) -> list[Q]:
    checks = ["Compress archives", "Encrypt backups", "Skip hidden files", "Verify after copy",
              "Notify when finished", "Keep a log file", "Run on battery power"]
    on = sorted(rng.sample(range(len(checks)), rng.randrange(2, 6)))
    freq = rng.choice(["Hourly", "Daily", "Weekly", "Monthly"])
    done, total = rng.randrange(1000, 4000), rng.randrange(4500, 9000)
    data = {"title": "Backup Preferences", "checks": checks, "on": on, "freqs": ["Hourly", "Daily", "Weekly",
            "Monthly"], "freq": freq, "done": done, "total": total,
            "buttons": ["Restore Defaults", "Cancel", "Apply"]}
    d.launch([SYS_PY, str(APPS / "gtk_prefs.py"), str(app_data(d, "prefs", data))], cwd=d.home)
    wid = d.wait_window("Backup Preferences")
    d.place(wid, 200, 80)
    time.sleep(1.0)
    probe_on = checks[on[0]]
    probe_off = next(c for i, c in enumerate(checks) if i not in on)
    return [
        Q(question="how many of the checkboxes are ticked", answer=str(len(on)), answer_type="count",
          intent="count_checked", literal=False),
        Q(question=f"is \"{probe_off}\" enabled?", answer="no", answer_type="yesno", intent="checkbox_state",
          literal=False),
        Q(question=f"{probe_on.lower()} is ticked right?", answer="yes", answer_type="yesno",
          intent="checkbox_state", literal=False),
        Q(question="Which schedule option is selected?", answer=freq, answer_type="text", intent="radio_selected",
          literal=True),
        Q(question="how many files has the last backup done so far", answer=str(done), answer_type="number",
          intent="progress_figure", literal=True),
        Q(question="what buttons are at the bottom of the dialog", answer="Restore Defaults, Cancel, Apply",
          answer_type="text", intent="dialog_buttons", literal=True),
    ]


def scene_gtk_message(d: Display, rng: random.Random) -> list[Q]:
    total = rng.randrange(80, 400)
    bad = rng.randrange(2, 9)
    dest = rng.choice(["/media/usb-backup/photos", "/mnt/nas/share/photos", "/srv/archive/photos"])
    data = {"title": "Copying files", "primary": "Some files could not be copied",
            "secondary": f"{bad} of {total} files could not be copied to {dest} because the destination is "
                         f"read-only.\n{total - bad} files were copied successfully.",
            "buttons": ["Show Details", "Skip", "Retry"]}
    d.launch([SYS_PY, str(APPS / "gtk_message.py"), str(app_data(d, "message", data))], cwd=d.home)
    wid = d.wait_window("Copying files")
    d.place(wid, 300, 250)
    time.sleep(1.0)
    return [
        Q(question="how many files failed to copy", answer=str(bad), answer_type="count", intent="message_number",
          literal=True),
        Q(question="What options does this error dialog give me?", answer="Show Details, Skip, Retry",
          answer_type="text", intent="dialog_buttons", literal=True),
        Q(question="where was it trying to copy to", answer=dest, answer_type="text", intent="message_text",
          literal=True),
        Q(question="how many files did copy ok", answer=str(total - bad), answer_type="count",
          intent="message_number", literal=True),
    ]


def scene_gtk_tree(d: Display, rng: random.Random) -> list[Q]:
    groups = {"Documents": ["contract_2026.odt", "cv_draft.docx", "lease.pdf"],
              "Music": ["set_list.m3u", "demo_take3.flac"],
              "Projects": ["garden_plan.svg", "budget.ods", "kiosk_notes.md", "wiring.png"],
              "Downloads": ["installer.deb", "fonts.zip"]}
    sizes = {f: rng.randrange(12, 9000) for fs in groups.values() for f in fs}
    sel = rng.choice(groups["Projects"])
    data = {"title": "Sync status - laptop", "groups": groups, "sizes": sizes, "selected": sel,
            "status": {f: rng.choice(["Synced", "Synced", "Pending", "Conflict"]) for f in sizes}}
    # exactly one conflict, kept in Documents
    for f in sizes:
        if data["status"][f] == "Conflict":
            data["status"][f] = "Pending"
    conflict = rng.choice(groups["Documents"])
    data["status"][conflict] = "Conflict"
    d.launch([SYS_PY, str(APPS / "gtk_tree.py"), str(app_data(d, "tree", data))], cwd=d.home)
    wid = d.wait_window("Sync status")
    d.place(wid, 150, 60, 820, 720)
    time.sleep(1.0)
    npend = sum(1 for s in data["status"].values() if s == "Pending")
    return [
        Q(question="which item is selected in the tree", answer=sel, answer_type="text", intent="tree_selected",
          literal=True),
        Q(question="How many files under Projects?", answer=str(len(groups["Projects"])), answer_type="count",
          intent="count_tree_children", literal=False),
        Q(question="which file has a sync conflict", answer=conflict, answer_type="text", intent="status_lookup",
          literal=True),
        Q(question="size of budget.ods in KB?", answer=str(sizes["budget.ods"]), answer_type="number",
          intent="table_value", literal=True),
        Q(question="how many are still pending", answer=str(npend), answer_type="count", intent="count_status",
          literal=False),
    ]


def scene_qt_table(d: Display, rng: random.Random) -> list[Q]:
    items = ["M3 hex bolt", "M4 washer", "Cable tie 200mm", "Heat shrink 6mm", "USB-C socket", "JST-XH 4 pin",
             "18650 holder", "Fuse 5A", "Toggle switch", "Rubber foot"]
    bins = [f"{c}{n}" for c, n in zip("ABCDEFGHJK", rng.sample(range(1, 40), len(items)), strict=False)]
    stock = [rng.randrange(0, 900) for _ in items]
    zeros = rng.sample(range(len(items)), 2)
    for z in zeros:
        stock[z] = 0
    price = [round(rng.uniform(0.02, 3.5), 2) for _ in items]
    sel = rng.choice([i for i in range(len(items)) if i not in zeros])
    data = {"title": "Parts inventory - workshop.db", "cols": ["Part", "Bin", "In stock", "Unit price"],
            "rows": [[it, b, str(s), f"{p:.2f}"] for it, b, s, p in zip(items, bins, stock, price, strict=False)],
            "selected": sel}
    d.launch([SYS_PY, str(APPS / "qt_table.py"), str(app_data(d, "table", data))], cwd=d.home)
    wid = d.wait_window("Parts inventory")
    d.place(wid, 120, 60, 820, 560)
    time.sleep(1.0)
    most = items[stock.index(max(stock))]
    return [
        Q(question="which bin is the Fuse 5A in", answer=bins[items.index("Fuse 5A")], answer_type="code",
          intent="cell_by_names", literal=True),
        Q(question="what row is highlighted / selected", answer=items[sel], answer_type="text",
          intent="row_selected", literal=True),
        Q(question="how many parts are out of stock (0)", answer="2", answer_type="count", intent="count_rows",
          literal=False),
        Q(question="which part do we have the most of", answer=most, answer_type="text", intent="max_in_column",
          literal=False),
        Q(question="unit price of the USB-C socket?", answer=f"{price[items.index('USB-C socket')]:.2f}",
          answer_type="money", intent="cell_by_names", literal=True),
    ]


def scene_chromium(d: Display, rng: random.Random) -> list[Q]:
    used = round(rng.uniform(12, 58), 1)
    cap = 64
    toggles = ["Automatic updates", "Usage statistics", "Dark mode", "Sync over mobile data", "Location access",
               "Crash reports"]
    on = sorted(rng.sample(range(len(toggles)), 3))
    lang = rng.choice(["English (UK)", "Deutsch", "Polski", "Español"])
    nnotif = rng.randrange(2, 9)
    tabs = ["General", "Privacy", "Storage", "Accounts", "About"]
    active = "Privacy"
    rows = "".join(
        f'<label class="row"><span>{t}</span><input type="checkbox"{" checked" if i in on else ""}></label>'
        for i, t in enumerate(toggles))
    side = "".join(f'<div class="tab{" active" if t == active else ""}">{t}</div>' for t in tabs)
    opts = "".join(f'<option{" selected" if o == lang else ""}>{o}</option>'
                   for o in ["English (UK)", "Deutsch", "Polski", "Español"])
    html = f"""<!doctype html><html><head><meta charset="utf-8"><title>Router settings</title><style>
body{{font-family:'DejaVu Sans',sans-serif;margin:0;background:#f3f4f6;color:#222}}
header{{background:#1f3b57;color:#fff;padding:14px 24px;font-size:20px}}
.badge{{background:#d9534f;border-radius:10px;padding:2px 9px;font-size:14px;margin-left:8px}}
.wrap{{display:flex}} nav{{width:200px;background:#e5e7eb;min-height:700px}}
.tab{{padding:12px 20px;font-size:16px}} .tab.active{{background:#fff;border-left:4px solid #2563eb;font-weight:bold}}
main{{padding:20px 30px;flex:1}} .row{{display:flex;justify-content:space-between;width:460px;padding:9px 0;
border-bottom:1px solid #ddd;font-size:16px}} input[type=checkbox]{{width:20px;height:20px}}
.bar{{width:460px;height:16px;background:#ddd;border-radius:8px}} .fill{{height:16px;background:#2563eb;
border-radius:8px;width:{used / cap * 100:.0f}%}}</style></head><body>
<header>Home Router HX-300 <span class="badge">{nnotif}</span> notifications</header>
<div class="wrap"><nav>{side}</nav><main><h2>Privacy</h2>{rows}
<p style="font-size:16px">Interface language <select style="font-size:15px">{opts}</select></p>
<h3>Log storage</h3><div class="bar"><div class="fill"></div></div>
<p style="font-size:15px">{used} GB of {cap} GB used</p></main></div></body></html>"""
    page = d.home / "router_settings.html"
    page.write_text(html)
    d.launch(["chromium", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
              "--disable-features=Translate,MediaRouter", "--password-store=basic",
              f"--user-data-dir={d.home / 'chr'}", "--window-position=30,20", "--window-size=1200,840",
              f"file://{page}"], cwd=d.home)
    wid = d.wait_window("Router settings", timeout=60)
    d.place(wid, 30, 20, 1200, 840)
    time.sleep(2.0)
    probe = toggles[on[1]]
    off = next(t for i, t in enumerate(toggles) if i not in on)
    return [
        Q(question="which settings tab is active?", answer=active, answer_type="text", intent="active_tab",
          literal=True),
        Q(question="how much log storage is used", answer=f"{used} GB", answer_type="number",
          intent="progress_figure", literal=True),
        Q(question=f"is {off} switched on", answer="no", answer_type="yesno", intent="checkbox_state",
          literal=False),
        Q(question=f"{probe}: enabled?", answer="yes", answer_type="yesno", intent="checkbox_state", literal=False),
        Q(question="what language is picked in the dropdown", answer=lang, answer_type="text",
          intent="dropdown_value", literal=True),
        Q(question="number of notifications on the badge?", answer=str(nnotif), answer_type="count",
          intent="badge_number", literal=True),
    ]


SCENES: dict[str, tuple[str, Callable[[Display, random.Random], list[Q]]]] = {
    "ls_exports": ("terminal", scene_ls),
    "git_ledger": ("terminal", scene_git),
    "pytest_shopcart": ("terminal", scene_pytest),
    "nano_syncd": ("terminal_editor", scene_nano),
    "tig_tilemap": ("terminal_tui", scene_tig),
    "ncdu_media": ("terminal_tui", scene_ncdu),
    "calc_sales": ("spreadsheet", scene_calc),
    "zathura_review": ("pdf_viewer", scene_zathura),
    "pluma_report": ("code_editor", scene_pluma),
    "spacefm_trip": ("file_manager", scene_spacefm),
    "speedcrunch": ("calculator", scene_speedcrunch),
    "gtk_prefs": ("dialog", scene_gtk_prefs),
    "gtk_message": ("dialog", scene_gtk_message),
    "gtk_tree": ("tree_list", scene_gtk_tree),
    "qt_table": ("table_app", scene_qt_table),
    "chromium_router": ("browser_settings", scene_chromium),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args()
    IMAGES.mkdir(exist_ok=True)
    out = HERE / "manifest.jsonl"
    old = {}
    if args.only and out.exists():  # rebuild some scenes, keep the others' rows
        for line in out.read_text().splitlines():
            row = json.loads(line)
            old.setdefault(row["image"], []).append(row)
    rows_by_scene: dict[str, list[dict]] = {}
    for name, (category, fn) in SCENES.items():
        img = f"images/{name}.png"
        if args.only and name not in args.only:
            if img in old:
                rows_by_scene[name] = old[img]
            continue
        rng = random.Random(f"{SEED}-{name}")
        try:
            with Screen() as d:
                qs = fn(d, rng)
                raw = d.home / "shot.png"
                d.shot(raw)
                save_png(raw, IMAGES / f"{name}.png")
        except Exception as exc:  # an application that does not come up is skipped, never faked
            print(f"SKIP {name}: {exc}", file=sys.stderr)
            continue
        rows_by_scene[name] = [{"image": img, "question": q["question"], "answer": q["answer"],
                                "answer_type": q["answer_type"], "category": category, "intent": q["intent"],
                                "literal": q["literal"]} for q in qs]
        print(f"ok {name}: {len(qs)} questions", file=sys.stderr)
    n = 0
    with out.open("w") as fh:
        for name in SCENES:
            for row in rows_by_scene.get(name, []):
                n += 1
                row = {k: v for k, v in row.items() if k != "id"}
                fh.write(json.dumps({"id": f"s3-{n:04d}", **row}, ensure_ascii=False) + "\n")
    print(f"{n} questions -> {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
