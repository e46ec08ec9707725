"""X helpers for screens_test30: Xvfb :85 + openbox, window lookup, frame capture."""
import os
import re
import signal
import subprocess
import time

from PIL import Image

DISPLAY = ":85"
SCRATCH = "/tmp/screens_test30"
ENV = dict(os.environ, DISPLAY=DISPLAY, NO_AT_BRIDGE="1", LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC")
_started = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=kw.pop("env", ENV), capture_output=True, text=True, **kw)


def spawn(cmd, env=None, cwd=None, log=None):
    out = open(log, "w") if log else subprocess.DEVNULL
    p = subprocess.Popen(cmd, shell=isinstance(cmd, str), env=env or ENV, cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                         start_new_session=True)
    _started.append(p)
    return p


def stop(p, wait=3.0):
    if p is None or p.poll() is not None:
        return
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    t = time.time()
    while p.poll() is None and time.time() - t < wait:
        time.sleep(0.1)
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()


def stop_all():
    for p in reversed(_started):
        stop(p)
    _started.clear()


def x_alive():
    return sh(["xdpyinfo", "-display", DISPLAY]).returncode == 0


def ensure_x():
    """Start Xvfb + openbox once; they are left running for the whole build and stopped by stop_x()."""
    if not x_alive():
        p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        open(f"{SCRATCH}/xvfb.pid", "w").write(str(p.pid))
        for _ in range(50):
            if x_alive():
                break
            time.sleep(0.2)
        sh("xsetroot -solid '#3a4a5a'")
        q = subprocess.Popen(["openbox"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        open(f"{SCRATCH}/openbox.pid", "w").write(str(q.pid))
        time.sleep(1.0)


def stop_x():
    for name in ("openbox", "xvfb"):
        f = f"{SCRATCH}/{name}.pid"
        if os.path.exists(f):
            try:
                os.killpg(int(open(f).read()), signal.SIGTERM)
            except (ProcessLookupError, ValueError):
                pass
            os.remove(f)


def find_windows(name=None, cls=None, pid=None):
    args = ["xdotool", "search", "--onlyvisible"]
    if name:
        args += ["--name", name]
    elif cls:
        args += ["--class", cls]
    elif pid:
        args += ["--pid", str(pid)]
    r = sh(args)
    return [int(x) for x in r.stdout.split()]


def wait_window(name=None, cls=None, pid=None, timeout=60, settle=1.5):
    t = time.time()
    while time.time() - t < timeout:
        ws = find_windows(name=name, cls=cls, pid=pid)
        ws = [w for w in ws if geom(w)[2] > 120]
        if ws:
            time.sleep(settle)
            return ws[-1]
        time.sleep(0.4)
    raise RuntimeError(f"window not found: name={name} cls={cls} pid={pid}")


def geom(wid):
    r = sh(["xwininfo", "-id", str(wid)]).stdout
    g = {}
    for key, pat in (("x", r"Absolute upper-left X:\s+(-?\d+)"), ("y", r"Absolute upper-left Y:\s+(-?\d+)"),
                     ("w", r"Width:\s+(\d+)"), ("h", r"Height:\s+(\d+)")):
        m = re.search(pat, r)
        g[key] = int(m.group(1)) if m else 0
    return g["x"], g["y"], g["w"], g["h"]


def frame_extents(wid):
    r = sh(["xprop", "-id", str(wid), "_NET_FRAME_EXTENTS"]).stdout
    m = re.search(r"=\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)", r)
    return tuple(int(v) for v in m.groups()) if m else (0, 0, 0, 0)


def place(wid, x, y, w, h):
    sh(["xdotool", "windowmove", str(wid), str(x), str(y)])
    sh(["xdotool", "windowsize", str(wid), str(w), str(h)])
    time.sleep(0.8)


def activate(wid):
    sh(["xdotool", "windowactivate", "--sync", str(wid)])
    time.sleep(0.3)


def key(*keys, wid=None, delay=0.25):
    for k in keys:
        args = ["xdotool", "key"]
        if wid:
            args += ["--window", str(wid)]
        sh(args + [k])
        time.sleep(delay)


def type_text(text, delay_ms=25):
    sh(["xdotool", "type", "--delay", str(delay_ms), text])


def click(x, y, button=1):
    sh(["xdotool", "mousemove", str(x), str(y)])
    time.sleep(0.15)
    sh(["xdotool", "click", str(button)])
    time.sleep(0.3)


def capture(wid, out, frame=True):
    """Grab the root window and crop to the window frame (client geometry + _NET_FRAME_EXTENTS)."""
    x, y, w, h = geom(wid)
    if frame:
        l, r, t, b = frame_extents(wid)
        x, y, w, h = x - l, y - t, w + l + r, h + t + b
    tmp = f"{SCRATCH}/root.png"
    sh(["import", "-display", DISPLAY, "-window", "root", tmp])
    im = Image.open(tmp).convert("RGB")
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(1280, x + w), min(800, y + h)
    im.crop((x0, y0, x1, y1)).save(out, optimize=True)
    return (x0, y0, x1, y1)


def drag(x0, y0, x1, y1):
    sh(["xdotool", "mousemove", str(x0), str(y0)])
    time.sleep(0.2)
    sh(["xdotool", "mousedown", "1"])
    for i in range(1, 11):
        sh(["xdotool", "mousemove", str(x0 + (x1 - x0) * i // 10), str(y0 + (y1 - y0) * i // 10)])
        time.sleep(0.05)
    sh(["xdotool", "mouseup", "1"])
    time.sleep(0.5)
