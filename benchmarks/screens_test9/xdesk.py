"""Tiny helpers to run real X11 applications under Xvfb + openbox and capture them."""
import os
import shutil
import signal
import subprocess
import time

from PIL import Image, ImageChops


class Desk:
    def __init__(self, num, home, width=1280, height=800):
        self.num = num
        self.display = f":{num}"
        self.home = home
        self.procs = []
        self.rt = os.path.join(home, ".rt")
        os.makedirs(self.rt, exist_ok=True)
        os.chmod(self.rt, 0o700)
        lock = f"/tmp/.X{num}-lock"
        if os.path.exists(lock):
            raise RuntimeError(f"display {self.display} is busy")
        self.xvfb = subprocess.Popen(
            ["Xvfb", self.display, "-screen", "0", f"{width}x{height}x24", "-nolisten", "tcp"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        time.sleep(1.2)
        self.wm = self.run(["openbox"])
        time.sleep(0.8)

    def env(self, extra=None):
        e = {
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "DISPLAY": self.display,
            "HOME": self.home,
            "XDG_RUNTIME_DIR": self.rt,
            "LANG": "en_US.UTF-8",
            "LC_ALL": "C.UTF-8",
            "TERM": "xterm-256color",
            "NO_AT_BRIDGE": "1",
            "GTK_A11Y": "none",
            "USER": os.path.basename(self.home),
            "LOGNAME": os.path.basename(self.home),
            "SHELL": "/bin/bash",
        }
        if extra:
            e.update(extra)
        return e

    def run(self, cmd, cwd=None, extra=None, dbus=False):
        if dbus:
            cmd = ["dbus-run-session", "--"] + list(cmd)
        p = subprocess.Popen(cmd, cwd=cwd or self.home, env=self.env(extra),
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        self.procs.append(p)
        return p

    def xdo(self, *args):
        subprocess.run(["xdotool", *args], env=self.env(), check=False,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

    def click(self, x, y, button=1):
        self.xdo("mousemove", str(x), str(y))
        time.sleep(0.15)
        self.xdo("click", str(button))
        time.sleep(0.3)

    def focus(self, name):
        self.xdo("search", "--sync", "--limit", "1", "--name", name, "windowactivate", "--sync")
        time.sleep(0.3)

    def place(self, name, x, y, w, h, by="--name"):
        """Move/resize every visible window matching name (openbox keeps the frame on screen)."""
        out = subprocess.run(["xdotool", "search", "--onlyvisible", by, name], env=self.env(),
                             capture_output=True, text=True).stdout.split()
        for wid in out:
            self.xdo("windowsize", wid, str(w), str(h))
            self.xdo("windowmove", wid, str(x), str(y))
        time.sleep(0.8)
        return out

    def origin(self, name, by="--name"):
        """Client-area origin of the first visible window matching name."""
        out = subprocess.run(["xdotool", "search", "--onlyvisible", by, name, "getwindowgeometry", "--shell"],
                             env=self.env(), capture_output=True, text=True).stdout
        vals = dict(l.split("=", 1) for l in out.split() if "=" in l)
        return int(vals.get("X", 0)), int(vals.get("Y", 0))

    def drag(self, x0, y0, x1, y1):
        self.xdo("mousemove", str(x0), str(y0))
        time.sleep(0.2)
        self.xdo("mousedown", "1")
        time.sleep(0.2)
        for k in range(1, 6):
            self.xdo("mousemove", str(x0 + (x1 - x0) * k // 5), str(y0 + (y1 - y0) * k // 5))
            time.sleep(0.1)
        self.xdo("mouseup", "1")
        time.sleep(0.4)

    def keys(self, *keys, delay=0.25):
        for k in keys:
            self.xdo("key", "--clearmodifiers", k)
            time.sleep(delay)

    def type(self, text, delay=0.3):
        self.xdo("type", "--delay", "30", text)
        time.sleep(delay)

    def capture(self, path, crop=True, margin=0):
        tmp = path + ".raw.png"
        subprocess.run(["import", "-window", "root", tmp], env=self.env(), check=True)
        im = Image.open(tmp).convert("RGB")
        os.remove(tmp)
        if crop:
            bg = Image.new("RGB", im.size, (0, 0, 0))
            bbox = ImageChops.difference(im, bg).getbbox()
            if bbox:
                x0, y0, x1, y1 = bbox
                im = im.crop((max(0, x0 - margin), max(0, y0 - margin),
                              min(im.width, x1 + margin), min(im.height, y1 + margin)))
        im.save(path, optimize=True)
        return im.size

    def stop(self):
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except Exception:
                pass
        time.sleep(0.6)
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except Exception:
                pass
        try:
            os.killpg(self.xvfb.pid, signal.SIGTERM)
        except Exception:
            pass
        try:
            self.xvfb.wait(5)
        except Exception:
            os.killpg(self.xvfb.pid, signal.SIGKILL)
        time.sleep(0.3)


def fresh_dir(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path
