"""Build the screens set (issue 17, item 5): real Debian applications under Xvfb, fed with data this script
generates, screenshotted, with golds computed from that data.

Needs (Debian, `apt-get install --no-install-recommends`):
    xvfb xdotool imagemagick openbox zenity yad gnumeric mousepad pcmanfm thunar mupdf xterm x11-apps
    galculator tk8.6 x11-utils dbus-x11 git fonts-dejavu-core

    python benchmarks/screens/build.py                 # dev and test
    python benchmarks/screens/build.py --only xcalc    # one scene (for debugging)

The split is by application: dev holds the applications tuned on, test other applications (measured once).
An application that fails to come up under Xvfb is skipped with a message, never faked.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from scenes import SCENES, Scene  # noqa: E402

HERE = Path(__file__).resolve().parent
SIZE = (1280, 900)


class Display:
    """An Xvfb server with openbox (title bars) and a session bus, torn down on exit."""

    def __init__(self, num: int = 77) -> None:
        self.num = num
        self.env = dict(os.environ, DISPLAY=f":{num}", NO_AT_BRIDGE="1", GTK_A11Y="none")
        self.procs: list[subprocess.Popen[bytes]] = []
        self.bus_pid = 0

    def __enter__(self) -> Display:
        self.home = Path(tempfile.mkdtemp(prefix="screens-home-"))
        self.env.update(HOME=str(self.home), XDG_CONFIG_HOME=str(self.home / ".config"),
                        GSETTINGS_BACKEND="keyfile", LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
        self.procs.append(subprocess.Popen(["Xvfb", f":{self.num}", "-screen", "0", f"{SIZE[0]}x{SIZE[1]}x24",
                                            "-nolisten", "tcp"], stderr=subprocess.DEVNULL))
        time.sleep(1.0)
        bus = subprocess.run(["dbus-launch", "--sh-syntax"], env=self.env, capture_output=True, text=True)
        for line in bus.stdout.splitlines():
            key, _, value = line.partition("=")
            value = value.split(";")[0].strip("'")
            if key == "DBUS_SESSION_BUS_ADDRESS":
                self.env[key] = value
            elif key == "DBUS_SESSION_BUS_PID":
                self.bus_pid = int(value)
        self.procs.append(subprocess.Popen(["openbox"], env=self.env, stderr=subprocess.DEVNULL))
        time.sleep(0.8)
        if shutil.which("xsetroot"):  # a plain desktop colour (x11-xserver-utils), else Xvfb's own
            subprocess.run(["xsetroot", "-solid", "#3a5f7f"], env=self.env, check=False)
        return self

    def launch(self, argv: list[str], cwd: Path | None = None) -> subprocess.Popen[bytes]:
        p = subprocess.Popen(argv, env=self.env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(p)
        return p

    def xdo(self, *args: str) -> str:
        r = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)
        return r.stdout.strip()

    def wait_window(self, name: str, timeout: float = 20.0) -> str:
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            wid = self.xdo("search", "--onlyvisible", "--name", name).splitlines()
            if wid:
                return wid[-1]
            time.sleep(0.3)
        raise RuntimeError(f"no window named {name!r} came up")

    def place(self, wid: str, x: int, y: int, w: int | None = None, h: int | None = None) -> None:
        if w and h:
            self.xdo("windowsize", wid, str(w), str(h))
        self.xdo("windowmove", wid, str(x), str(y))
        self.xdo("windowactivate", "--sync", wid)
        time.sleep(0.8)

    def shot(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run(["import", "-window", "root", "-depth", "8", str(path)],
                       env=self.env, check=True, timeout=30)

    def close_all(self, keep: int = 2) -> None:
        """End the applications of one scene (the server, bus and window manager stay)."""
        for p in self.procs[keep:]:
            if p.poll() is None:
                p.terminate()
                try:
                    p.wait(5)
                except subprocess.TimeoutExpired:
                    p.kill()
        del self.procs[keep:]
        time.sleep(0.3)

    def __exit__(self, *exc: object) -> None:
        self.close_all(keep=0)
        if self.bus_pid:
            os.kill(self.bus_pid, 15)
        shutil.rmtree(self.home, ignore_errors=True)


def build(only: set[str] | None, seed: int) -> None:
    rows: dict[str, list[dict[str, object]]] = {"dev": [], "test": []}
    with Display() as d:
        for scene in SCENES:
            if only and scene.name not in only:
                continue
            rng = random.Random(f"{seed}-{scene.name}")
            work = Path(tempfile.mkdtemp(prefix=f"screens-{scene.name}-"))
            image = HERE / scene.split / "images" / f"{scene.name}.png"
            try:
                items = scene.run(d, work, rng, image)
            except (RuntimeError, subprocess.SubprocessError, OSError) as exc:
                print(f"skip {scene.name}: {exc}", file=sys.stderr)
                items = []
            finally:
                d.close_all()
                shutil.rmtree(work, ignore_errors=True)
            rows[scene.split] += _rows(scene, items, rng)
            print(f"{scene.split} {scene.name}: {len(items)} questions", file=sys.stderr)
    for split, items in rows.items():
        if not items or only:
            continue
        with open(HERE / split / "manifest.jsonl", "w") as fh:
            for row in items:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def _rows(scene: Scene, items: list[dict[str, object]], rng: random.Random) -> list[dict[str, object]]:
    out = []
    for k, it in enumerate(items):
        out.append({"id": f"{scene.split}-{scene.name}-{k}", "image": f"images/{scene.name}.png",
                    "question": it["question"], "answer": str(it["answer"]), "answer_type": it["answer_type"],
                    "category": scene.kind, "intent": it["intent"], "app": scene.app,
                    "literal": bool(it.get("literal", True))})
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="scene name (repeatable)")
    ap.add_argument("--seed", type=int, default=17)
    args = ap.parse_args()
    build(set(args.only) if args.only else None, args.seed)


if __name__ == "__main__":
    main()
