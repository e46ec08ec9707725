"""The screenshot harness the screens builders share: an Xvfb server (1280x900) with openbox for title bars
and a session bus, applications launched into it, windows found and placed with xdotool, the screen taken
with ImageMagick `import`. No scene or question lives here, so a test-set builder can use it without seeing
another split's scenes."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

SIZE = (1280, 900)


class Display:
    """An Xvfb server with openbox (title bars) and a session bus, torn down on exit."""

    def __init__(self, num: int = 77, home_prefix: str = "screens-home-", desktop: str = "#3a5f7f",
                 xdo_timeout: float = 20.0, wait_timeout: float = 20.0) -> None:
        self.num = num
        self.home_prefix, self.desktop = home_prefix, desktop
        self.xdo_timeout, self.wait_timeout = xdo_timeout, wait_timeout
        self.env = dict(os.environ, DISPLAY=f":{num}", NO_AT_BRIDGE="1", GTK_A11Y="none")
        self.procs: list[subprocess.Popen[bytes]] = []
        self.bus_pid = 0

    def __enter__(self) -> Display:
        self.home = Path(tempfile.mkdtemp(prefix=self.home_prefix))
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
            subprocess.run(["xsetroot", "-solid", self.desktop], env=self.env, check=False)
        return self

    def launch(self, argv: list[str], cwd: Path | None = None) -> subprocess.Popen[bytes]:
        p = subprocess.Popen(argv, env=self.env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.procs.append(p)
        return p

    def xdo(self, *args: str) -> str:
        r = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                           timeout=self.xdo_timeout)
        return r.stdout.strip()

    def wait_window(self, name: str, timeout: float | None = None) -> str:
        end = time.monotonic() + (timeout or self.wait_timeout)
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

    def type(self, text: str, enter: bool = True) -> None:
        """Type into the focused window (a terminal), then Return."""
        self.xdo("type", "--delay", "15", text)
        if enter:
            self.xdo("key", "Return")

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
