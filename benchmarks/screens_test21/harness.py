"""Xvfb + openbox + session bus harness for screens_test21 (display :73)."""
import os
import re
import signal
import subprocess
import time
from pathlib import Path

DISPLAY = ":73"
SCRATCH = Path("/tmp/screens_test21")
BUILD = SCRATCH / "build"


class Desktop:
    def __init__(self):
        self.procs = []
        self.env = None

    def start(self):
        SCRATCH.mkdir(parents=True, exist_ok=True)
        log = open(SCRATCH / "desktop.log", "w")
        self.xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                     stdout=log, stderr=log, start_new_session=True)
        time.sleep(1.5)
        if self.xvfb.poll() is not None:
            raise RuntimeError(f"Xvfb {DISPLAY} did not start (display in use?)")
        env = dict(os.environ)
        env["DISPLAY"] = DISPLAY
        runtime = SCRATCH / "runtime"
        runtime.mkdir(exist_ok=True)
        os.chmod(runtime, 0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        bus = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
                             capture_output=True, text=True, env=env).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"] = bus[0]
        self.bus_pid = int(bus[1])
        env["NO_AT_BRIDGE"] = "1"
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = "C.UTF-8"
        self.env = env
        self.openbox = subprocess.Popen(["openbox"], env=env, stdout=log, stderr=log, start_new_session=True)
        time.sleep(1.0)
        subprocess.run(["xsetroot", "-solid", "#3b4a5a"], env=env)

    def stop(self):
        for p in self.procs:
            kill(p)
        for attr in ("openbox", "xvfb"):
            if getattr(self, attr, None) is not None:
                kill(getattr(self, attr))
        if getattr(self, "bus_pid", None):
            try:
                os.kill(self.bus_pid, signal.SIGTERM)
            except OSError:
                pass

    def app_env(self, home, extra=None):
        env = dict(self.env)
        env["HOME"] = str(home)
        env["XDG_CONFIG_HOME"] = str(Path(home) / ".config")
        env["XDG_DATA_HOME"] = str(Path(home) / ".local/share")
        env["XDG_CACHE_HOME"] = str(Path(home) / ".cache")
        if extra:
            env.update(extra)
        return env

    def launch(self, cmd, env, cwd=None, stdin=None):
        log = open(SCRATCH / "apps.log", "a")
        log.write(f"\n=== {cmd}\n")
        log.flush()
        p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=log, stderr=log, stdin=stdin,
                             start_new_session=True)
        self.procs.append(p)
        return p

    def x(self, *args, check=False):
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True, check=check).stdout

    def find_window(self, pid=None, name=None, cls=None, timeout=25):
        t0 = time.time()
        while time.time() - t0 < timeout:
            args = ["xdotool", "search", "--onlyvisible"]
            if pid is not None:
                args += ["--pid", str(pid)]
            if name is not None:
                args += ["--name", name]
            if cls is not None:
                args += ["--class", cls]
            if pid is None and name is None and cls is None:
                raise ValueError
            out = self.x(*args).split()
            good = []
            for w in out:
                g = self.geometry(w)
                if g and g[2] > 60 and g[3] > 40:
                    good.append((g[2] * g[3], w))
            if good:
                good.sort()
                return good[-1][1]
            time.sleep(0.5)
        raise RuntimeError(f"window not found pid={pid} name={name} cls={cls}")

    def geometry(self, wid):
        out = self.x("xwininfo", "-id", str(wid))
        try:
            x = int(re.search(r"Absolute upper-left X:\s+(-?\d+)", out).group(1))
            y = int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", out).group(1))
            w = int(re.search(r"Width:\s+(\d+)", out).group(1))
            h = int(re.search(r"Height:\s+(\d+)", out).group(1))
        except AttributeError:
            return None
        return x, y, w, h

    def place(self, wid, x, y, w, h):
        self.x("xdotool", "windowsize", str(wid), str(w), str(h))
        time.sleep(0.3)
        self.x("xdotool", "windowmove", str(wid), str(x), str(y))
        time.sleep(0.3)
        self.x("xdotool", "windowactivate", str(wid))

    def capture(self, wid, out_png, frame=True):
        x, y, w, h = self.geometry(wid)
        l = r = t = b = 0
        if frame:
            ext = self.x("xprop", "-id", str(wid), "_NET_FRAME_EXTENTS")
            m = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", ext)
            if m:
                l, r, t, b = map(int, m.groups())
        X, Y = max(0, x - l), max(0, y - t)
        W, H = min(1280 - X, w + l + r), min(800 - Y, h + t + b)
        subprocess.run(["import", "-window", "root", "-crop", f"{W}x{H}+{X}+{Y}", "+repage",
                        str(out_png)], env=self.env, check=True)
        return (W, H)

    def key(self, *keys):
        self.x("xdotool", "key", "--delay", "60", *keys)

    def type(self, text):
        self.x("xdotool", "type", "--delay", "70", text)


def kill(p):
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except OSError:
            pass
        try:
            p.wait(5)
        except subprocess.TimeoutExpired:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except OSError:
                pass
            p.wait(5)
