"""X11 helpers for screens_test29: start apps, find their window, capture the openbox frame."""
import os
import re
import signal
import subprocess
import time

DISPLAY = ":84"
SCRATCH = "/tmp/screens_test29"
ENV = dict(os.environ, DISPLAY=DISPLAY, LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_AT_BRIDGE="1")
ENV.pop("WAYLAND_DISPLAY", None)


def sh(cmd, check=True, env=None, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=check, env=env or ENV,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kw)


def xdo(*args, check=False):
    return sh(["xdotool", *map(str, args)], check=check).stdout.strip()


def launch(cmd, env=None, cwd=None, log=None):
    """Start an app in its own process group; returns Popen."""
    e = dict(ENV)
    if env:
        e.update(env)
    out = open(log or os.path.join(SCRATCH, "app.log"), "ab")
    return subprocess.Popen(cmd, env=e, cwd=cwd, stdout=out, stderr=out, start_new_session=True)


def stop(p):
    if p is None:
        return
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(30):
        if p.poll() is not None:
            break
        time.sleep(0.1)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()


def visible_windows(name=None, cls=None):
    args = ["search", "--onlyvisible"]
    if name:
        args += ["--name", name]
    elif cls:
        args += ["--class", cls]
    out = xdo(*args)
    return [int(w) for w in out.split()] if out else []


def wait_window(name=None, cls=None, timeout=60, min_w=200, min_h=100):
    t0 = time.time()
    while time.time() - t0 < timeout:
        for w in visible_windows(name, cls):
            g = geometry(w)
            if g and g[2] >= min_w and g[3] >= min_h:
                return w
        time.sleep(0.5)
    raise RuntimeError(f"window not found: name={name} cls={cls}")


def geometry(wid):
    out = sh(["xwininfo", "-id", str(wid)], check=False).stdout
    m = {k: int(v) for k, v in re.findall(r"(Absolute upper-left X|Absolute upper-left Y|Width|Height):\s+(-?\d+)", out)}
    if len(m) < 4:
        return None
    return m["Absolute upper-left X"], m["Absolute upper-left Y"], m["Width"], m["Height"]


def frame_extents(wid):
    out = sh(["xprop", "-id", str(wid), "_NET_FRAME_EXTENTS"], check=False).stdout
    m = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", out)
    return tuple(int(x) for x in m.groups()) if m else (0, 0, 0, 0)


def place(wid, x, y, w, h):
    xdo("windowactivate", "--sync", wid)
    xdo("windowsize", "--sync", wid, w, h)
    xdo("windowmove", "--sync", wid, x, y)
    time.sleep(0.6)


def capture(wid, path, settle=1.0):
    time.sleep(settle)
    x, y, w, h = geometry(wid)
    l, r, t, b = frame_extents(wid)
    X, Y = max(0, x - l), max(0, y - t)
    W = min(1280 - X, w + l + r)
    H = min(800 - Y, h + t + b)
    tmp = os.path.join(SCRATCH, "root.png")
    sh(["import", "-window", "root", tmp])
    sh(["convert", tmp, "-crop", f"{W}x{H}+{X}+{Y}", "+repage", "-strip", path])
    return (W, H)


def key(*keys, wid=None, delay=0.25):
    for k in keys:
        if wid:
            xdo("key", "--window", wid, k)
        else:
            xdo("key", k)
        time.sleep(delay)


def typ(text, delay=40):
    xdo("type", "--delay", delay, text)


def click(x, y, button=1):
    xdo("mousemove", "--sync", x, y)
    xdo("click", button)
    time.sleep(0.3)


def frame_origin(wid):
    x, y, w, h = geometry(wid)
    l, r, t, b = frame_extents(wid)
    return x - l, y - t


def click_rel(wid, x, y, button=1):
    """click at (x, y) in the coordinates of the captured frame image"""
    fx, fy = frame_origin(wid)
    click(fx + x, fy + y, button)


def drag_rel(wid, x1, y1, x2, y2):
    fx, fy = frame_origin(wid)
    xdo("mousemove", "--sync", fx + x1, fy + y1)
    xdo("mousedown", 1)
    time.sleep(0.2)
    for k in range(1, 6):
        xdo("mousemove", "--sync", fx + x1 + (x2 - x1) * k // 5, fy + y1 + (y2 - y1) * k // 5)
        time.sleep(0.08)
    xdo("mouseup", 1)
    time.sleep(0.4)
