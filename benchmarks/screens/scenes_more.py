"""Editor, calculator, PDF viewer, terminal git log and yad scenes (see scenes.py)."""

from __future__ import annotations

import random
import subprocess
import time
from pathlib import Path
from typing import Any

from common import PEOPLE, Item, Scene, ask


def _mousepad(d: Any, path: Path) -> None:
    settings = Path(d.env["XDG_CONFIG_HOME"]) / "glib-2.0" / "settings"
    settings.mkdir(parents=True, exist_ok=True)
    (settings / "keyfile").write_text("[org/xfce/mousepad/preferences/view]\nshow-line-numbers=true\n"
                                      "[org/xfce/mousepad/preferences/window]\nstatusbar-visible=true\n")
    d.launch(["mousepad", str(path)])
    wid = d.wait_window(path.name, 30)
    d.place(wid, 80, 60, 1000, 720)
    time.sleep(0.8)


def mousepad_config(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    keys = {"host": rng.choice(["0.0.0.0", "127.0.0.1", "10.0.4.12"]), "port": str(rng.randint(2000, 9000)),
            "workers": str(rng.randint(2, 16)), "timeout": str(rng.randint(10, 120)),
            "log_level": rng.choice(["debug", "info", "warning"]), "max_body": f"{rng.randint(1, 64)}M"}
    lines = ["# server settings", "[server]"] + [f"{k} = {v}" for k, v in list(keys.items())[:3]]
    lines += ["", "[limits]"] + [f"{k} = {v}" for k, v in list(keys.items())[3:]]
    path = work / "server.ini"
    path.write_text("\n".join(lines) + "\n")
    _mousepad(d, path)
    d.shot(image)
    a, b = rng.sample(["port", "workers", "timeout", "host"], 2)
    kind = {"host": "text"}
    return (ask(rng, "config_value", keys[a], kind.get(a, "number"), key=a)
            + ask(rng, "config_value", keys[b], kind.get(b, "number"), key=b)
            + ask(rng, "window_title", "server.ini", "text", n=1))


def mousepad_python(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    names = rng.sample(["load_rows", "parse_date", "total_amount", "write_report", "clean_name", "merge_lists",
                        "to_celsius", "count_words"], 4)
    src, starts = ["import json", ""], {}
    for n in names:
        starts[len(src) + 1] = n
        body = rng.randint(1, 3)
        src += [f"def {n}(value):", *[f"    value = value  # step {k}" for k in range(body)], "    return value", ""]
    path = work / "helpers.py"
    path.write_text("\n".join(src) + "\n")
    _mousepad(d, path)
    d.shot(image)
    line = rng.choice(list(starts))
    return ask(rng, "function_at_line", starts[line], "text", line=line)


def _calc(d: Any, rng: random.Random, image: Path, argv: list[str], name: str) -> list[Item]:
    a, b = rng.randint(100, 9999), rng.randint(100, 9999)
    d.launch(argv)
    wid = d.wait_window(name)
    d.place(wid, 480, 220)
    for ch in f"{a}+{b}=":
        key = {"+": "plus", "=": "Return"}.get(ch, ch)
        d.xdo("key", "--window", wid, key)
        time.sleep(0.08)
    time.sleep(0.5)
    d.shot(image)
    return ask(rng, "calc_display", str(a + b), "number", n=3)


def xcalc(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    return _calc(d, rng, image, ["xcalc"], "Calculator")


def galculator(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    return _calc(d, rng, image, ["galculator"], "galculator")


def _pdf(path: Path, pages: int, title: str) -> None:
    """A minimal valid PDF with one line of text per page (written by hand: no PDF library needed)."""
    objs = ["<< /Type /Catalog /Pages 2 0 R >>", ""]
    kids = []
    font = 3 + 2 * pages
    for p in range(pages):
        page, content = 3 + 2 * p, 4 + 2 * p
        kids.append(f"{page} 0 R")
        text = f"BT /F1 24 Tf 72 720 Td ({title} - page {p + 1}) Tj ET".encode()
        objs.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents {content} 0 R "
                    f"/Resources << /Font << /F1 {font} 0 R >> >> >>")
        objs.append(f"<< /Length {len(text)} >>\nstream\n{text.decode()}\nendstream")
    objs[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {pages} >>"
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out, offsets = b"%PDF-1.4\n", []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n{o}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{o:010d} 00000 n \n" for o in offsets).encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    path.write_bytes(out)


def mupdf(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    pages = rng.randint(3, 14)
    path = work / "handbook.pdf"
    _pdf(path, pages, "Staff handbook")
    d.launch(["mupdf", "-r", "60", str(path)])
    wid = d.wait_window("handbook")
    d.place(wid, 200, 40)
    d.shot(image)
    return ask(rng, "page_count", str(pages), "count", n=3) + ask(rng, "window_title", "handbook.pdf", "text", n=1)


def xterm_git(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    repo = work / "repo"
    repo.mkdir()
    env = {"GIT_CONFIG_NOSYSTEM": "1", "HOME": str(work), "PATH": "/usr/bin:/bin"}
    subprocess.run(["git", "init", "-q"], cwd=repo, env=env, check=True)
    authors = rng.sample(PEOPLE, 3)
    msgs = rng.sample(["Add login form", "Fix date parsing", "Update README", "Bump version to 1.4.2",
                       "Remove dead code", "Speed up export", "Add unit tests", "Refactor config loader"], 6)
    log = []
    for k, m in enumerate(msgs):
        who = rng.choice(authors)
        (repo / "f.txt").write_text(str(k))
        stamp = f"2024-05-{k + 3:02d}T10:{k:02d}:00"
        first = who.split()[0].lower()
        subprocess.run(["git", "add", "."], cwd=repo, env=env, check=True)
        subprocess.run(["git", "-c", f"user.name={who}", "-c", f"user.email={first}@example.org", "commit", "-q",
                        "-m", m], cwd=repo, check=True,
                       env={**env, "GIT_AUTHOR_DATE": stamp, "GIT_COMMITTER_DATE": stamp})
        log.append((who, m))
    d.launch(["xterm", "-rv", "-fa", "DejaVu Sans Mono", "-fs", "10", "-geometry", "96x44+100+30", "-T", "git log",
              "-e", "bash", "-c", "git --no-pager log; exec sleep 600"], cwd=repo)
    wid = d.wait_window("git log")
    d.place(wid, 100, 30)
    d.shot(image)
    who = rng.choice(authors)
    return (ask(rng, "commits_by", str(sum(a == who for a, _ in log)), "count", author=who.split()[0], literal=False)
            + ask(rng, "latest_commit", log[-1][1], "text"))


def yad_list(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    hosts = rng.sample(["web-01", "web-02", "db-main", "cache-eu", "mail", "backup-nas", "vpn-gw"], 6)
    down = rng.randrange(6)
    argv = ["yad", "--list", "--title=Servers", "--text=Monitored hosts", "--column=Host", "--column=Uptime",
            "--column=State", "--width=560", "--height=360"]
    for i, h in enumerate(hosts):
        argv += [h, f"{rng.randint(1, 90)} days", "Offline" if i == down else "Online"]
    d.launch(argv)
    wid = d.wait_window("Servers")
    d.place(wid, 340, 220)
    time.sleep(0.5)
    d.shot(image)
    return (ask(rng, "offline_row", hosts[down], "text")
            + ask(rng, "count_rows", "6", "count", what="hosts", literal=False))


def yad_form(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    opts = rng.sample(["Compress backups", "Encrypt archive", "Verify after copy", "Skip hidden files",
                       "Notify when done"], 4)
    on = [rng.random() < 0.5 for _ in opts]
    on[0] = not on[1]
    name = rng.choice(["nightly", "weekly-full", "photos-2024"])
    argv = ["yad", "--form", "--title=Backup job", "--width=460", "--field=Job name", name]
    for o, v in zip(opts, on, strict=True):
        argv += [f"--field={o}:CHK", "TRUE" if v else "FALSE"]
    d.launch(argv)
    wid = d.wait_window("Backup job")
    d.place(wid, 400, 240)
    d.shot(image)
    x = rng.randrange(4)
    return (ask(rng, "count_checked", str(sum(on)), "count", literal=False)
            + ask(rng, "is_checked", "yes" if on[x] else "no", "yesno", label=opts[x], literal=False)
            + ask(rng, "field_value", name, "text", label="job name")
            + ask(rng, "dialog_buttons", "Cancel, OK", "text", n=1, literal=False))


def yad_progress(d: Any, work: Path, rng: random.Random, image: Path) -> list[Item]:
    total = rng.randint(40, 400)
    done = rng.randint(3, total - 3)
    pct = done * 100 // total
    feed = work / "feed.sh"
    feed.write_text(f"echo {pct}; echo '# Uploading photo {done} of {total}'; sleep 600\n")
    d.launch(["bash", "-c", f"bash {feed} | yad --progress --title='Upload' --width=440 --text='Upload in progress'"])
    wid = d.wait_window("Upload")
    d.place(wid, 420, 360)
    time.sleep(0.6)
    d.shot(image)
    return (ask(rng, "progress_done", str(done), "number") + ask(rng, "progress_total", str(total), "number", n=1)
            + ask(rng, "progress_pct", f"{pct}%", "number", literal=False))


MORE = [
    Scene("mousepad_config", "mousepad", "editor", "dev", mousepad_config),
    Scene("mousepad_python", "mousepad", "editor", "dev", mousepad_python),
    Scene("xcalc", "xcalc", "calculator", "dev", xcalc),
    Scene("galculator", "galculator", "calculator", "test", galculator),
    Scene("mupdf_handbook", "mupdf", "pdf_viewer", "test", mupdf),
    Scene("xterm_gitlog", "xterm", "terminal", "test", xterm_git),
    Scene("yad_servers", "yad", "list_dialog", "test", yad_list),
    Scene("yad_form", "yad", "settings", "test", yad_form),
    Scene("yad_progress", "yad", "progress_dialog", "test", yad_progress),
]
