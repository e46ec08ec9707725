"""Helpers for driving real X11 applications under Xvfb and capturing them."""
import os
import shutil
import signal
import subprocess
import time

from PIL import Image

DISPLAY = os.environ.get("ST7_DISPLAY", ":74")
ROOT = "/tmp/st7build"


def env_for(home, extra=None):
    e = {
        "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
        "HOME": home,
        "DISPLAY": DISPLAY,
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "TZ": "UTC",
        "USER": "noor",
        "LOGNAME": "noor",
        "SHELL": "/bin/bash",
        "NO_AT_BRIDGE": "1",
        "XDG_RUNTIME_DIR": os.path.join(home, ".run"),
        "GTK_THEME": "Adwaita",
    }
    os.makedirs(e["XDG_RUNTIME_DIR"], exist_ok=True)
    os.chmod(e["XDG_RUNTIME_DIR"], 0o700)
    if extra:
        e.update(extra)
    return e


def x(*cmd, check=False):
    r = subprocess.run(list(cmd), env={**os.environ, "DISPLAY": DISPLAY},
                       capture_output=True, text=True)
    if check and r.returncode:
        raise RuntimeError(f"{cmd}: {r.stderr}")
    return r.stdout.strip()


class Display:
    """Own Xvfb + openbox on DISPLAY (started only if the display is not alive)."""

    def __init__(self):
        self.procs = []

    def __enter__(self):
        alive = subprocess.run(["xdpyinfo", "-display", DISPLAY], capture_output=True).returncode == 0
        if not alive:
            p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
            self.procs.append(p)
            time.sleep(1.5)
            ob_home = os.path.join(ROOT, "obhome")
            os.makedirs(ob_home, exist_ok=True)
            p = subprocess.Popen(["openbox"], env=env_for(ob_home), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL, start_new_session=True)
            self.procs.append(p)
            time.sleep(1.0)
        x("xsetroot", "-solid", "#3b4252")
        return self

    def __exit__(self, *a):
        for p in reversed(self.procs):
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
            p.wait(timeout=10)


def active_window():
    return x("xdotool", "getactivewindow")


def window_geometry(wid):
    out = x("xwininfo", "-id", wid)
    d = {}
    for line in out.splitlines():
        if ":" in line:
            k, v = line.split(":", 1)
            d[k.strip()] = v.strip()
    return (int(d["Absolute upper-left X"]), int(d["Absolute upper-left Y"]),
            int(d["Width"]), int(d["Height"]))


def run_app(cmd, env, out_png, wait=3.0, size=(1000, 660), pos=(60, 50), keys=(), after_keys=1.0,
            name=None, cwd=None, crop=True, setup=None):
    """Start cmd, wait, place its window, optionally send keys, capture, stop it."""
    p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    try:
        time.sleep(wait)
        wid = None
        if name:
            ids = x("xdotool", "search", "--onlyvisible", "--name", name).split()
            wid = ids[-1] if ids else None
        if not wid:
            wid = active_window()
        if not wid:
            raise RuntimeError(f"no window for {cmd}")
        x("xdotool", "windowactivate", "--sync", wid)
        if size:
            x("xdotool", "windowsize", "--sync", wid, str(size[0]), str(size[1]))
        if pos:
            x("xdotool", "windowmove", "--sync", wid, str(pos[0]), str(pos[1]))
        time.sleep(0.8)
        if setup:
            setup(wid)
        for k in keys:
            if isinstance(k, (int, float)):
                time.sleep(k)
            elif k.startswith("type:"):
                x("xdotool", "type", "--delay", "40", k[5:])
            else:
                x("xdotool", "key", "--clearmodifiers", k)
                time.sleep(0.15)
        time.sleep(after_keys)
        gx, gy, gw, gh = window_geometry(wid)
        tmp = out_png + ".full.png"
        subprocess.run(["import", "-display", DISPLAY, "-window", "root", tmp], check=True)
        im = Image.open(tmp).convert("RGB")
        if crop:
            box = (max(0, gx - 1), max(0, gy - 21), min(1280, gx + gw + 1), min(800, gy + gh + 1))
            im = im.crop(box)
        im.save(out_png, optimize=True)
        os.remove(tmp)
    finally:
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            p.wait(timeout=5)
        time.sleep(0.5)


def fresh(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


def set_mtime(path, stamp):
    """stamp: 'YYYY-MM-DD HH:MM' in UTC."""
    import calendar
    t = calendar.timegm(time.strptime(stamp, "%Y-%m-%d %H:%M"))
    os.utime(path, (t, t))


PROMPT_FN = r'''
p() { printf '\033[1;32m%s\033[0m:\033[1;34m%s\033[0m$ %s\n' "$PUSER" "$PCWD" "$*"; eval "$@"; }
idle() { printf '\033[1;32m%s\033[0m:\033[1;34m%s\033[0m$ ' "$PUSER" "$PCWD"; exec sleep 100000; }
'''


def term_script(path, user_host, cwd_shown, body, cwd=None):
    with open(path, "w") as f:
        f.write("#!/bin/bash\n")
        f.write(f"export PUSER='{user_host}' PCWD='{cwd_shown}'\n")
        f.write(PROMPT_FN)
        if cwd:
            f.write(f"cd '{cwd}'\n")
        f.write("clear\n")
        f.write(body)
        f.write("\n")
    os.chmod(path, 0o755)
    return path


def alacritty(script, bg="#1e1e2e", fg="#cdd6f4", font="JetBrains Mono", size=11.0, title="Alacritty",
              extra=()):
    return ["alacritty", "--title", title,
            "-o", f"font.normal.family={font}", "-o", f"font.size={size}",
            "-o", f"colors.primary.background='{bg}'", "-o", f"colors.primary.foreground='{fg}'",
            *extra, "-e", "bash", script]


def terminology_home(home):
    """Copy a pre-answered elementary config so terminology skips its first-run scale dialog."""
    dst = os.path.join(home, ".elementary")
    if not os.path.exists(dst):
        shutil.copytree(os.path.join(os.path.dirname(os.path.abspath(__file__)), "assets", "elementary"), dst)
    return home
