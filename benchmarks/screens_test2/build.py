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
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from harness import Display  # noqa: E402

HERE = Path(__file__).resolve().parent
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


def set_mtime(path: Path, when: dt.datetime) -> None:
    ts = when.replace(tzinfo=dt.timezone.utc).timestamp()
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
        q(f"size of {probe[0]} in bytes?", probe[1], "number", "file_size"),
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
    for k, subj in enumerate(subjects):
        name, mail = rng.choice(authors)
        day += dt.timedelta(days=rng.randint(1, 4), minutes=rng.randint(0, 500))
        (repo / "CHANGES").open("a").write(f"{subj}\n")
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
        q("How many passed?", n - len(failing), "number", "test_summary"),
        q(f"did {names[passed_probe]} pass?", "yes", "yesno", "test_status", literal=False),
        q(f"is {names[fail_probe]} passing", "no", "yesno", "test_status", literal=False),
        q("which is the first test that failed in this run", first_fail, "text", "test_name"),
        q("how many test items did pytest collect?", n, "number", "test_summary"),
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


SCENES: dict[str, tuple[str, Callable[[Display, Path, random.Random, Path], list[Item]]]] = {
    "ls": ("terminal", scene_ls),
    "git": ("terminal", scene_git),
    "conf": ("terminal", scene_conf),
    "pytest": ("terminal", scene_pytest),
    "vim": ("code_editor", scene_vim),
}


def build(only: set[str] | None, seed: int) -> None:
    out: list[Item] = []
    with Display() as d:
        for name, (kind, fn) in SCENES.items():
            if only and name not in only:
                continue
            rng = random.Random(f"{seed}-{name}")
            work = Path(tempfile.mkdtemp(prefix=f"screens2-{name}-"))
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
                out.append({"image": f"images/{name}.png", **it, "category": kind, "app": name})
            print(f"{name}: {len(items)} questions", file=sys.stderr)
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
