# ruff: noqa: E501 — HTML and CSS templates read better on one line each.
"""Real command output rendered as terminals, and real documentation pages installed under /usr/share/doc.

The commands run for real when the set is built (in a scratch folder, on this machine's Python, git and coreutils);
the gold is parsed from the very output that is rendered. Documentation facts are parsed from the page's HTML source.
"""

from __future__ import annotations

import html as htmlmod
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from common import FONTS, Fact, Scene

SCRATCH = Path(tempfile.gettempdir()) / "seeingeye-realistic-scratch"
VENV_PY = sys.executable

TRACEBACKS = [
    ("config_loader.py", 'import json\n\n\ndef load(cfg):\n    return cfg["database"]["port"]\n\n\nsettings = {"server": {"host": "0.0.0.0"}}\nprint(load(settings))\n'),
    ("stats.py", "def mean(xs):\n    return sum(xs) / len(xs)\n\n\nscores = []\nprint('average:', mean(scores))\n"),
    ("report.py", "from pathlib import Path\n\nrows = Path('data/2024-sales.csv').read_text().splitlines()\nprint(len(rows))\n"),
    ("parse_api.py", "import json\n\nbody = \"{'status': 'ok', 'items': 3}\"\ndata = json.loads(body)\nprint(data['items'])\n"),
    ("user.py", "class User:\n    def __init__(self, name):\n        self.name = name\n\n\nu = User('ada')\nprint(u.email.lower())\n"),
    ("train.py", "import os\nimport numpyy as np\n\nprint(np.zeros(3))\n"),
    ("cart.py", "prices = {'apple': 0.5, 'pear': 0.75}\ntotal = 'Total: ' + sum(prices.values())\nprint(total)\n"),
]


# Outputs are recorded the first time a command runs (terminal_outputs.json) and replayed on later builds, so a
# rebuild reproduces the committed images and golds exactly (PIDs, disk use, versions); --fresh-terminal re-runs.
OUTPUTS_FILE = Path(__file__).parent / "terminal_outputs.json"
OUTPUTS: dict[str, str] = json.loads(OUTPUTS_FILE.read_text()) if OUTPUTS_FILE.exists() else {}


def save_outputs() -> None:
    OUTPUTS_FILE.write_text(json.dumps(OUTPUTS, indent=1, sort_keys=True, ensure_ascii=False) + "\n")


def _run(cmd: str, cwd: Path, env: dict[str, str] | None = None, key: str | None = None) -> str:
    key = key or f"{cwd.name}$ {cmd}"
    if key in OUTPUTS:
        return OUTPUTS[key]
    full_env = {**os.environ, "LC_ALL": "C.UTF-8", "COLUMNS": "100", **(env or {})}
    res = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, env=full_env, timeout=120)
    out = (res.stdout + res.stderr).rstrip("\n")
    OUTPUTS[key] = out
    return out


def _setup(cmd: str, cwd: Path, env: dict[str, str] | None = None) -> None:
    subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, env={**os.environ, **(env or {})}, timeout=120)


def _sandbox() -> Path:
    SCRATCH.mkdir(parents=True, exist_ok=True)
    return SCRATCH


def _terminal_html(blocks: list[tuple[str, str]], idx: int) -> tuple[str, tuple[int, int]]:
    themes = [("#1e1e1e", "#d4d4d4", "#6a9955"), ("#ffffff", "#2b2b2b", "#0451a5"), ("#002b36", "#93a1a1", "#b58900"),
              ("#0c0c0c", "#33ff66", "#33ff66"), ("#fdf6e3", "#586e75", "#268bd2"), ("#282a36", "#f8f8f2", "#50fa7b")]
    bg, fg, prompt = themes[idx % len(themes)]
    font = FONTS[[5, 4, 5, 4][idx % 4]]
    user = ["dev@build-01", "alice@laptop", "ci@runner", "root@web-3"][idx % 4]
    body = "".join(f'<span style="color:{prompt}">{user}:~/project$</span> {htmlmod.escape(c)}\n{htmlmod.escape(o)}\n'
                   for c, o in blocks)
    lines = body.count("\n") + 2
    width = max(len(x) for blk in blocks for x in (blk[0], *blk[1].splitlines(), "")) + 24
    w, h = min(1200, max(560, int(width * 8.6) + 40)), min(1000, 60 + lines * 18)
    bar = ('<div style="height:26px;background:#3a3a3a;display:flex;align-items:center;padding-left:10px">'
           + "".join(f'<span style="width:12px;height:12px;border-radius:6px;background:{c};margin-right:7px"></span>'
                     for c in ("#ff5f56", "#ffbd2e", "#27c93f")) + "</div>") if idx % 2 == 0 else ""
    html = (f'<html><body style="margin:0;background:{bg}">{bar}<pre style="margin:0;padding:10px 14px;color:{fg};'
            f'font-family:{font};font-size:14px;line-height:18px;white-space:pre">{body}</pre></body></html>')
    return html, (w, h + (26 if bar else 0))


def _traceback_scene(idx: int, k: int, rng: random.Random) -> Scene:
    name, src = TRACEBACKS[k]
    root = _sandbox() / f"tb{k}"
    root.mkdir(parents=True, exist_ok=True)
    (root / name).write_text(src)
    out = _run(f"{VENV_PY} {name}", root, key=f"{root.name}$ python3 {name}")
    last = out.strip().splitlines()[-1]
    err = last.split(":")[0].strip().rsplit(".", 1)[-1]
    lines = re.findall(rf'File "[^"]*{re.escape(name)}", line (\d+)', out)  # the user's own line, not the library's
    html, size = _terminal_html([(f"python3 {name}", out)], idx)
    facts = [Fact("error", {}, err, "error"),
             Fact("lookup", {"label": "line number where the error was raised in the script"}, lines[-1], "number"),
             Fact("lookup", {"label": "name of the script that failed"}, name, "code")]
    return Scene(f"terminal{idx}", "terminal", facts, html=html, size=size)


def _ls_scene(idx: int, rng: random.Random) -> Scene:
    root = _sandbox() / f"ls{idx}"
    root.mkdir(parents=True, exist_ok=True)
    names = rng.sample(["report.pdf", "data.csv", "notes.txt", "build.sh", "README.md", "photo.jpg", "backup.tar.gz",
                        "config.yaml", "main.py", "LICENSE"], 6)
    for n in names:
        (root / n).write_bytes(os.urandom(rng.randint(120, 90000)))
        os.utime(root / n, (1_700_000_000 + rng.randint(0, 9_000_000),) * 2)
    (root / "assets").mkdir(exist_ok=True)
    out = _run("ls -l", root)
    rows = [ln.split() for ln in out.splitlines()[1:]]
    files = [(r[-1], int(r[4])) for r in rows if not r[0].startswith("d")]
    k = rng.randrange(len(files))
    html, size = _terminal_html([("ls -l", out)], idx)
    facts = [
        Fact("lookup", {"label": f"size of {files[k][0]} in bytes"}, str(files[k][1]), "number"),
        Fact("max", {"thing": "file", "measure": "size"}, max(files, key=lambda f: f[1])[0], "code"),
        Fact("count", {"things": "files and folders"}, str(len(rows)), "count"),
        Fact("exists", {"thing": "a folder called assets"}, "yes", "yesno"),
    ]
    return Scene(f"terminal{idx}", "terminal", facts, html=html, size=size)


def _git_scene(idx: int, rng: random.Random) -> Scene:
    root = _sandbox() / f"git{idx}"
    if root.exists():
        subprocess.run(["rm", "-rf", str(root)], check=True)
    root.mkdir(parents=True)
    authors = rng.sample([("Priya Raman", "priya@example.com"), ("Jonas Lindqvist", "jonas@example.com"),
                          ("Chloe Dubois", "chloe@example.com"), ("Kwame Mensah", "kwame@example.com")], 3)
    msgs = ["Initial commit", *rng.sample(["Add CSV export", "Fix crash on empty input", "Bump version to 1.4.2",
                       "Refactor config loader", "Update README", "Add unit tests for parser"], rng.randint(2, 3))]
    _setup("git init -q -b main .", root)
    for i, msg in enumerate(msgs):
        a = authors[i % len(authors)]
        env = {"GIT_AUTHOR_NAME": a[0], "GIT_AUTHOR_EMAIL": a[1], "GIT_COMMITTER_NAME": a[0],
               "GIT_COMMITTER_EMAIL": a[1], "GIT_AUTHOR_DATE": f"2025-0{i + 3}-1{i} 1{i}:2{i}:00 +0100",
               "GIT_COMMITTER_DATE": f"2025-0{i + 3}-1{i} 1{i}:2{i}:00 +0100"}
        (root / f"f{i}.txt").write_text(msg)
        _setup(f"git add -A && git commit -q -m '{msg}'", root, env)
    out = _run("git log", root)
    logs = re.findall(r"commit (\w+)\nAuthor: (.+?) <", out)
    html, size = _terminal_html([("git log", out)], idx)
    facts = [
        Fact("count", {"things": "commits"}, str(len(logs)), "count"),
        Fact("lookup", {"label": "author of the most recent commit"}, logs[0][1], "text"),
        Fact("lookup", {"label": "message of the latest commit"}, msgs[-1], "text"),
        Fact("lookup", {"label": "hash of the latest commit"}, logs[0][0], "code"),
    ]
    return Scene(f"terminal{idx}", "terminal", facts, html=html, size=(size[0], size[1]))


def _system_scene(idx: int, rng: random.Random, which: str) -> Scene:
    root = _sandbox()
    if which == "uname":
        blocks = [("uname -a", _run("uname -a", root)), ("python3 --version", _run(f"{VENV_PY} --version", root))]
        facts = [Fact("lookup", {"label": "kernel version"}, _run("uname -r", root), "version"),
                 Fact("version", {"pkg": "Python"}, blocks[1][1].split()[-1], "version"),
                 Fact("lookup", {"label": "machine architecture"}, _run("uname -m", root), "code")]
    elif which == "os":
        out = _run("cat /etc/os-release", root)
        kv = dict(re.findall(r'^(\w+)="?([^"\n]*)"?$', out, re.M))
        blocks = [("cat /etc/os-release", out)]
        facts = [Fact("lookup", {"label": "OS version number"}, kv["VERSION_ID"], "number"),
                 Fact("lookup", {"label": "pretty name of the OS"}, kv["PRETTY_NAME"], "text"),
                 Fact("lookup", {"label": "version codename"}, kv["VERSION_CODENAME"], "text")]
    elif which == "df":
        out = _run("df -h -x tmpfs -x devtmpfs -x overlay 2>/dev/null | head -8; true", root)
        if len(out.splitlines()) < 2:
            out = _run("df -h | head -8", root)
        rows = [r.split() for r in out.splitlines()[1:]]
        r = rows[0]
        blocks = [("df -h", out)]
        facts = [Fact("lookup", {"label": f"Use% of {r[0]}"}, r[4], "number"),
                 Fact("lookup", {"label": f"size of {r[0]}"}, r[1], "code"),
                 Fact("lookup", {"label": f"available space on {r[0]}"}, r[3], "code"),
                 Fact("count", {"things": "filesystems"}, str(len(rows)), "count")]
    elif which == "pip":
        out = _run(f"{VENV_PY} -m pip list --disable-pip-version-check 2>/dev/null | head -22", root)
        rows = [r.split() for r in out.splitlines()[2:]]
        picks = rng.sample(rows, 2)
        blocks = [("pip list | head -22", out)]
        facts = [Fact("version", {"pkg": p[0]}, p[1], "version") for p in picks]
        facts.append(Fact("exists", {"thing": f"a package called {rows[3][0]}"}, "yes", "yesno"))
    else:  # ps
        out = _run("sleep 30 & sleep 31 & ps -o pid,stat,comm --pid $$ --ppid $$; kill %1 %2", root)
        rows = [r.split() for r in out.splitlines()[1:]]
        blocks = [("ps -o pid,stat,comm", out)]
        facts = [Fact("count", {"things": "processes"}, str(len(rows)), "count"),
                 Fact("lookup", {"label": "PID of the ps process"}, next(r[0] for r in rows if r[-1] == "ps"), "code")]
    html, size = _terminal_html(blocks, idx)
    return Scene(f"terminal{idx}", "terminal", facts, html=html, size=size)


TERMINALS = ["tb0", "ls", "uname", "tb1", "tb2", "git", "os", "tb3", "pip", "tb4", "df", "tb5", "ps", "tb6", "git"]


def terminal(idx: int, rng: random.Random) -> Scene:
    kind = TERMINALS[idx]
    if kind.startswith("tb"):
        return _traceback_scene(idx, int(kind[2:]), rng)
    if kind == "ls":
        return _ls_scene(idx, rng)
    if kind == "git":
        return _git_scene(idx, rng)
    return _system_scene(idx, rng, kind)


def _strip(fragment: str) -> str:
    text = htmlmod.unescape(re.sub(r"<[^>]+>", "", fragment))
    return re.sub(r"\s+", " ", text).strip()


def _heading(src: str, tag: str = "h1|h2") -> str:
    for m in re.finditer(rf"<({tag})\b[^>]*>(.*?)</\1\s*>", src, re.S | re.I):
        inner = re.sub(r"<small\b.*?</small\s*>", "", m.group(2), flags=re.S | re.I)  # "Release 2.5.0" is not title
        text = re.sub(r"^\d+(\.\d+)*\.?\s+", "", _strip(inner))
        if text:
            return text
    return ""


def _list_after(src: str, marker: str) -> list[str]:
    """Top-level items of the first list after `marker` in the HTML source."""
    start = src.find(marker)
    m = re.search(r"<(ul|ol)\b[^>]*>(.*?)</\1>", src[start:], re.S | re.I)
    if not m:
        return []
    body = re.sub(r"<(ul|ol)\b.*?</\1>", "", m.group(2), flags=re.S | re.I)  # nested lists are not items here
    return [_strip(x) for x in re.split(r"<li\b[^>]*>", body, flags=re.I)[1:] if _strip(x)]


DOC_PAGES = [
    "base-passwd/users-and-groups.html", "libffi8/html/index.html", "libffi8/html/Missing-Features.html",
    "libexpat1-dev/expat.html/reference.html", "libffi8/html/Memory-Usage.html", "zlib1g-dev/examples/zlib_how.html",
    "libjs-underscore/index.html", "python3/python-policy.html", "libffi8/html/Introduction.html",
    "libxslt1-dev/html/html/libxslt-templates.html",
]


def docs_page(idx: int, rng: random.Random) -> Scene:
    path = Path("/usr/share/doc") / DOC_PAGES[idx]
    src = path.read_text(errors="replace")
    facts = []
    title = _heading(src)
    if "underscore" in str(path):
        facts.append(Fact("version", {"pkg": "Underscore"}, re.search(r"v(\d+\.\d+\.\d+) Downloads", src).group(1),
                          "version"))
    elif "python-policy" in str(path):
        facts.append(Fact("version", {"pkg": "the Debian Python Policy"},
                          re.search(r"Python Policy ([\d.]+) documentation", src).group(1), "version"))
        facts.append(Fact("exists", {"thing": "a Contents section"}, "yes", "yesno"))
    elif "libxslt" in str(path):
        facts.append(Fact("title", {}, _strip(re.search(r"<title>(.*?)</title>", src, re.S).group(1)), "text"))
    else:
        facts.append(Fact("title", {}, title, "text"))
    if "expat" in str(path):
        facts.append(Fact("version", {"pkg": "Expat"}, re.search(r"Release ([\d.]+)", src).group(1), "version"))
        facts.append(Fact("exists", {"thing": "a table of contents"}, "yes", "yesno"))
    items = []
    if "users-and-groups" in str(path):
        items = _list_after(src, "Table of Contents")
        facts.append(Fact("exists", {"thing": "a table of contents"}, "yes", "yesno"))
    elif "Missing-Features" in str(path) or "Memory-Usage" in str(path):
        items = _list_after(src, "<h2")
    elif path.name == "index.html" and "libffi" in str(path):
        items = _list_after(src, 'class="mini-toc"') or _list_after(src, "<h1 class=\"top\"")
    if items:
        facts.append(Fact("count", {"things": rng.choice(["items in the list", "list items", "entries in the list"])},
                          str(len(items)), "count"))
        facts.append(Fact("nth", {"ord": "first", "thing": "list item"}, items[0].rstrip("."), "text"))
    if "zlib_how" in str(path):
        facts.append(Fact("exists", {"thing": "C code"}, "yes", "yesno"))
    return Scene(f"docs{idx}", "docs", facts, html=None, size=(1000, 800), meta={"url": path.as_uri()})
