"""Terminal windows (df, ls, ps, git log, versions, a traceback) rendered in monospace fonts."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from pathlib import Path

from common import Q, Scene, font, save_png
from PIL import Image, ImageDraw

THEMES = [((30, 30, 36), (220, 220, 220), (120, 220, 120), "mono", 15),
          ((250, 250, 248), (30, 30, 30), (20, 90, 180), "lib_mono", 15),
          ((0, 43, 54), (200, 210, 200), (180, 140, 30), "nimbus_mono", 16),
          ((18, 18, 18), (200, 200, 200), (90, 170, 250), "mono", 14)]


def _window(lines: list[str], theme: int, path: Path, width: int = 900) -> list[str]:
    bg, fg, prompt_col, fname, size = THEMES[theme]
    fnt = font(fname, size)
    step = size + 6
    img = Image.new("RGB", (width, 60 + step * len(lines) + 20), bg)
    dr = ImageDraw.Draw(img)
    dr.rectangle((0, 0, width, 30), fill=(60, 60, 66) if theme != 1 else (220, 220, 222))
    for k, c in enumerate([(255, 95, 86), (255, 189, 46), (39, 201, 63)]):
        dr.ellipse((12 + 22 * k, 9, 26 + 22 * k, 23), fill=c)
    for i, line in enumerate(lines):
        dr.text((14, 45 + step * i), line, font=fnt, fill=prompt_col if line.startswith("$") else fg)
    save_png(img, path)
    return lines


def _df(rng: random.Random) -> tuple[list[str], dict]:
    mounts = [("/dev/nvme0n1p2", "/", 234, "G"), ("/dev/nvme0n1p1", "/boot/efi", 511, "M"),
              ("/dev/sda1", "/home", 916, "G"), ("/dev/sdb1", "/srv/backups", 1863, "G"), ("tmpfs", "/run", 788, "M")]
    pcts = rng.sample(range(8, 97, 3), len(mounts))
    rows, avail = [], {}
    for (fs, mnt, size, unit), pct in zip(mounts, pcts, strict=True):
        used = round(size * pct / 100)
        use_pct = round(used / size * 100)
        avail[mnt] = (f"{size - used}{unit}", use_pct)
        rows.append(f"{fs:<16}{f'{size}{unit}':>7}{f'{used}{unit}':>7}{f'{size - used}{unit}':>7}"
                    f"{f'{use_pct}%':>6} {mnt}")
    assert len({v[1] for v in avail.values()}) == len(avail), "Use% must not tie"
    head = f"{'Filesystem':<16}{'Size':>7}{'Used':>7}{'Avail':>7}{'Use%':>6} Mounted on"
    return ["$ df -h", head, *rows, "$"], avail


def _ls(rng: random.Random) -> tuple[list[str], list[tuple[str, int, datetime]]]:
    names = ["backup-2026.tar.gz", "notes.md", "server.log", "photo_archive.zip", "deploy.sh", "requirements.txt"]
    sizes = rng.sample(range(120, 9_000_000), len(names))
    base = datetime(2026, 5, 1, 9, 0)
    stamps = [base + timedelta(minutes=m) for m in rng.sample(range(0, 60 * 24 * 90), len(names))]
    files = list(zip(names, sizes, stamps, strict=True))
    lines = ["$ ls -l", f"total {sum(sizes) // 1024}"]
    for n, s, t in sorted(files):
        perm = "-rwxr-xr-x" if n.endswith(".sh") else "-rw-r--r--"
        lines.append(f"{perm} 1 maya staff {s:>8} {t:%b} {t.day:>2} {t:%H:%M} {n}")
    return [*lines, "$"], files


def _ps(rng: random.Random) -> tuple[list[str], list[tuple[str, int, float, float]]]:
    progs = [("postgres", "-D /var/lib/postgresql/15/main"), ("nginx:", "worker process"),
             ("redis-server", "*:6379"), ("java", "-Xmx2g -jar indexer.jar"), ("sshd:", "maya [priv]"),
             ("gunicorn", "app:wsgi --workers 4")]
    pids = rng.sample(range(300, 48000), len(progs))
    mems = [m / 10 for m in rng.sample(range(1, 240), len(progs))]
    cpus = [c / 10 for c in rng.sample(range(0, 450), len(progs))]
    lines = ["$ ps aux --sort=pid | head",
             f"{'USER':<9}{'PID':>6} {'%CPU':>4} {'%MEM':>4} {'VSZ':>7} {'RSS':>6} TTY  STAT START   TIME COMMAND"]
    rows = sorted(zip((p for p, _ in progs), pids, cpus, mems, strict=True), key=lambda r: r[1])
    args = dict(progs)
    for prog, pid, cpu, mem in rows:
        user = "postgres" if prog == "postgres" else ("www-data" if prog == "nginx:" else "maya")
        lines.append(f"{user:<9}{pid:>6} {cpu:>4.1f} {mem:>4.1f} {int(mem * 91000):>7} {int(mem * 8200):>6} ?    Ss"
                     f"   09:14   0:{rng.randint(0, 59):02d} {prog} {args[prog]}")
    return [*lines, "$"], rows


def _git(rng: random.Random) -> tuple[list[str], list[tuple[str, str, str]]]:
    authors = [("Noor Haddad", "noor@lumen.dev"), ("Felix Brandt", "felix@lumen.dev"),
               ("Aiko Tanaka", "aiko@lumen.dev"), ("Ravi Menon", "ravi@lumen.dev")]
    msgs = ["Fix off-by-one in pagination cursor", "Add retry with jitter to webhook sender",
            "Bump pillow to 10.3", "Document the export CLI flags", "Remove dead feature flag for v1 search"]
    when = datetime(2026, 6, 20, 17, 42)
    lines, commits = ["$ git log -4"], []
    for k in range(4):
        name, mail = rng.choice(authors)
        h = "".join(rng.choice("0123456789abcdef") for _ in range(40))
        commits.append((h, name, msgs[k]))
        lines += [f"commit {h}", f"Author: {name} <{mail}>", f"Date:   {when:%a %b %d %H:%M:%S %Y} +0200", "",
                  f"    {msgs[k]}", ""]
        when -= timedelta(hours=rng.randint(3, 40), minutes=rng.randint(0, 59))
    return lines, commits


def terminals(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    lines, avail = _df(rng)
    fullest = max(avail, key=lambda m: avail[m][1])
    scenes.append(Scene("term_df", "terminal", [
        Q("which filesystem is the fullest", fullest, "text", "argmax"),
        Q("how much free space is left on /home?", avail["/home"][0], "text", "lookup"),
    ], _window(lines, 0, out / "term_df.png")))

    lines, files = _ls(rng)
    newest = max(files, key=lambda f: f[2])[0]
    a, b = files[0], files[2]
    scenes.append(Scene("term_ls", "terminal", [
        Q("What's the most recently modified file here?", newest, "text", "latest"),
        Q(f"which is bigger, {a[0]} or {b[0]}", a[0] if a[1] > b[1] else b[0], "option", "size_compare"),
    ], _window(lines, 1, out / "term_ls.png")))

    lines, rows = _ps(rng)
    hog = max(rows, key=lambda r: r[3])[0].rstrip(":")
    redis_pid = next(r[1] for r in rows if r[0] == "redis-server")
    scenes.append(Scene("term_ps", "terminal", [
        Q("what process is eating the most memory", hog, "text", "argmax"),
        Q("pid of redis?", str(redis_pid), "number", "lookup"),
    ], _window(lines, 2, out / "term_ps.png", 1000)))

    lines, commits = _git(rng)
    scenes.append(Scene("term_git", "terminal", [
        Q("Who made the latest commit?", commits[0][1], "person", "latest"),
        Q("what's the message of the third commit in the log", commits[2][2], "text", "nth"),
    ], _window(lines, 3, out / "term_git.png", 760)))

    py = f"3.{rng.choice([10, 11, 12])}.{rng.randint(1, 14)}"
    pg = f"{rng.choice([14, 15, 16])}.{rng.randint(1, 9)}"
    lines = ["$ python3 --version", f"Python {py}", "$ node -v", f"v{rng.randint(18, 22)}.{rng.randint(0, 12)}.1",
             "$ psql --version", f"psql (PostgreSQL) {pg}", "$ docker --version",
             f"Docker version 26.{rng.randint(0, 3)}.0, build 3e1f9a2", "$"]
    scenes.append(Scene("term_versions", "terminal", [
        Q("what postgres version is on this box", pg, "text", "version"),
        Q("Which Python version is installed?", py, "text", "version"),
    ], _window(lines, 0, out / "term_versions.png", 640)))

    line_no = rng.randint(20, 180)
    missing = rng.choice(["yaml", "requests", "dateutil"])
    err = f"ModuleNotFoundError: No module named '{missing}'"
    lines = ["$ python3 -m jobs.nightly", "Traceback (most recent call last):",
             '  File "<frozen runpy>", line 198, in _run_module_as_main',
             '  File "/srv/app/jobs/nightly.py", line 9, in <module>', "    from jobs.sync import pull_all",
             f'  File "/srv/app/jobs/sync.py", line {line_no}, in <module>', f"    import {missing}", err, "$"]
    scenes.append(Scene("term_traceback", "terminal", [
        Q("whats the error here", err, "text", "error"),
        Q("which line of sync.py did it blow up on", str(line_no), "number", "read"),
    ], _window(lines, 1, out / "term_traceback.png", 760)))
    return scenes
