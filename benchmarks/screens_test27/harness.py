"""X helpers: Xvfb :82 + openbox, launching apps in their own process group, window capture."""
import os
import signal
import subprocess
import time

DISPLAY = ":82"
_procs = []


def env_base(home=None, extra=None):
    e = dict(os.environ)
    e["DISPLAY"] = DISPLAY
    for k in ("WAYLAND_DISPLAY", "DBUS_SESSION_BUS_ADDRESS"):
        e.pop(k, None)
    if home:
        e["HOME"] = home
        e["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
        e["XDG_DATA_HOME"] = os.path.join(home, ".local/share")
        e["XDG_CACHE_HOME"] = os.path.join(home, ".cache")
        e["XDG_RUNTIME_DIR"] = os.path.join(home, ".run")
        os.makedirs(e["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
    e["LANG"] = "en_US.UTF-8" if os.path.exists("/usr/lib/locale/en_US.utf8") else "C.UTF-8"
    e["NO_AT_BRIDGE"] = "1"
    e["TZ"] = "UTC"
    if extra:
        e.update(extra)
    return e


def start_x():
    subprocess.run(["bash", "-c", "rm -f /tmp/.X82-lock /tmp/.X11-unix/X82"], check=False)
    p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _procs.append(p)
    for _ in range(50):
        if subprocess.run(["xdpyinfo", "-display", DISPLAY], capture_output=True).returncode == 0 and os.path.exists("/tmp/.X11-unix/X82"):
            break
        time.sleep(0.2)
    subprocess.run(["xsetroot", "-display", DISPLAY, "-solid", "#5a6b7c"])
    p = subprocess.Popen(["openbox"], env=env_base(), stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL, start_new_session=True)
    _procs.append(p)
    time.sleep(1.5)


def stop_x():
    for p in reversed(_procs):
        kill_group(p)
    _procs.clear()


def launch(cmd, env=None, cwd=None, log=None):
    out = open(log, "w") if log else subprocess.DEVNULL
    return subprocess.Popen(cmd, env=env or env_base(), cwd=cwd, stdout=out, stderr=subprocess.STDOUT,
                            start_new_session=True)


def kill_group(p, wait=3):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    t = time.time()
    while time.time() - t < wait:
        if p.poll() is not None:
            break
        time.sleep(0.1)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    try:
        p.wait(timeout=2)
    except Exception:
        pass


def xdo(*args, check=False):
    r = subprocess.run(["xdotool", *map(str, args)], env=env_base(), capture_output=True, text=True)
    return r.stdout.strip()


def find_window(name=None, cls=None, pid=None, timeout=40, visible=True):
    t = time.time()
    while time.time() - t < timeout:
        args = ["search"]
        if visible:
            args.append("--onlyvisible")
        if name:
            args += ["--name", name]
        elif cls:
            args += ["--class", cls]
        elif pid:
            args += ["--pid", str(pid)]
        out = xdo(*args)
        ids = [int(x) for x in out.split()] if out else []
        if ids:
            return ids[-1]
        time.sleep(0.5)
    raise RuntimeError(f"window not found: {name or cls or pid}")


def place(wid, x, y, w, h):
    xdo("windowactivate", "--sync", wid)
    xdo("windowsize", "--sync", wid, w, h)
    xdo("windowmove", "--sync", wid, x, y)
    time.sleep(0.5)


def frame_geometry(wid):
    e = env_base()
    info = subprocess.run(["xwininfo", "-id", str(wid)], env=e, capture_output=True, text=True).stdout
    g = {}
    for line in info.splitlines():
        line = line.strip()
        for key, name in (("Absolute upper-left X:", "x"), ("Absolute upper-left Y:", "y"),
                          ("Width:", "w"), ("Height:", "h")):
            if line.startswith(key):
                g[name] = int(line.split(":")[1])
    ext = subprocess.run(["xprop", "-id", str(wid), "_NET_FRAME_EXTENTS"], env=e,
                         capture_output=True, text=True).stdout
    l = r = t = b = 0
    if "=" in ext:
        l, r, t, b = [int(v) for v in ext.split("=")[1].split(",")]
    x, y = g["x"] - l, g["y"] - t
    w, h = g["w"] + l + r, g["h"] + t + b
    x0, y0 = max(0, x), max(0, y)
    w = min(w - (x0 - x), 1280 - x0)
    h = min(h - (y0 - y), 800 - y0)
    return x0, y0, w, h


def capture(wid, out):
    x, y, w, h = frame_geometry(wid)
    tmp = out + ".full.png"
    subprocess.run(["import", "-display", DISPLAY, "-window", "root", tmp], check=True)
    subprocess.run(["convert", tmp, "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-strip", out], check=True)
    os.remove(tmp)


def key(wid, *keys, delay=0.3):
    for k in keys:
        xdo("key", "--window", wid, k)
        time.sleep(delay)


def type_text(text, delay=40):
    xdo("type", "--delay", delay, text)


def click(x, y, button=1):
    xdo("mousemove", "--sync", x, y)
    xdo("click", button)
