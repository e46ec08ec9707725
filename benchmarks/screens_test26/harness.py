"""X11 helpers for screens_test26: Xvfb :81 + openbox, launching apps, capturing a window frame."""
import os
import signal
import subprocess
import time

DISPLAY = ":81"
SCRATCH = "/tmp/screens_test26"


def env_for(home=None, extra=None):
    e = dict(os.environ)
    e["DISPLAY"] = DISPLAY
    e.pop("WAYLAND_DISPLAY", None)
    e["LANG"] = "C.UTF-8"
    e["LC_ALL"] = "C.UTF-8"
    e["NO_AT_BRIDGE"] = "1"
    if home:
        e["HOME"] = home
        e["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
        e["XDG_DATA_HOME"] = os.path.join(home, ".local/share")
        e["XDG_CACHE_HOME"] = os.path.join(home, ".cache")
        e["XDG_RUNTIME_DIR"] = os.path.join(home, ".run")
        os.makedirs(e["XDG_RUNTIME_DIR"], exist_ok=True)
        os.chmod(e["XDG_RUNTIME_DIR"], 0o700)
    if extra:
        e.update(extra)
    return e


class Display:
    def __init__(self):
        self.procs = []

    def start(self):
        lock = "/tmp/.X81-lock"
        if os.path.exists(lock):
            try:
                pid = int(open(lock).read().strip())
                os.kill(pid, 0)
                raise SystemExit("display :81 already in use by pid %d" % pid)
            except (ValueError, ProcessLookupError):
                os.remove(lock)
        x = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp", "-dpi", "96"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(x)
        for _ in range(50):
            if subprocess.run(["xdpyinfo", "-display", DISPLAY], stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL).returncode == 0:
                break
            time.sleep(0.2)
        subprocess.run(["xsetroot", "-display", DISPLAY, "-solid", "#3a4a5a"], stderr=subprocess.DEVNULL)
        home = os.path.join(SCRATCH, "wmhome")
        os.makedirs(home, exist_ok=True)
        ob = subprocess.Popen(["openbox"], env=env_for(home), stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, start_new_session=True)
        self.procs.append(ob)
        time.sleep(1.5)

    def stop(self):
        for p in reversed(self.procs):
            kill_group(p)


def kill_group(p, wait=3):
    if p is None or p.poll() is not None:
        return
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    t0 = time.time()
    while time.time() - t0 < wait and p.poll() is None:
        time.sleep(0.1)
    if p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait()


def launch(cmd, home, extra_env=None, cwd=None, log=None):
    out = open(log, "w") if log else subprocess.DEVNULL
    return subprocess.Popen(["nice", "-n", "10"] + cmd, env=env_for(home, extra_env), cwd=cwd,
                            stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def xdo(*args, check=False):
    r = subprocess.run(["xdotool"] + [str(a) for a in args], env=env_for(), capture_output=True, text=True)
    return r.stdout.strip()


def find_window(name=None, cls=None, pid=None, timeout=60, min_w=200):
    """Return the id of a visible, mapped window that matches."""
    t0 = time.time()
    while time.time() - t0 < timeout:
        args = ["search", "--onlyvisible"]
        if pid:
            args += ["--pid", str(pid)]
        if cls:
            args += ["--class", cls]
        elif name:
            args += ["--name", name]
        else:
            args += ["--name", "."]
        ids = [i for i in xdo(*args).split() if i]
        best = None
        for i in ids:
            g = geometry(i)
            if g and g[2] >= min_w and g[3] >= 100:
                if best is None or g[2] * g[3] > best[1]:
                    best = (i, g[2] * g[3])
        if best:
            return best[0]
        time.sleep(0.5)
    raise RuntimeError("window not found: name=%r cls=%r pid=%r" % (name, cls, pid))


def geometry(wid):
    r = subprocess.run(["xwininfo", "-id", str(wid)], env=env_for(), capture_output=True, text=True)
    if r.returncode:
        return None
    d = {}
    for line in r.stdout.splitlines():
        line = line.strip()
        for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height", "Map State"):
            if line.startswith(k + ":"):
                d[k] = line.split(":", 1)[1].strip()
    if d.get("Map State") != "IsViewable":
        return None
    return int(d["Absolute upper-left X"]), int(d["Absolute upper-left Y"]), int(d["Width"]), int(d["Height"])


def frame_extents(wid):
    r = subprocess.run(["xprop", "-id", str(wid), "_NET_FRAME_EXTENTS"], env=env_for(), capture_output=True,
                       text=True)
    if "=" in r.stdout:
        try:
            return [int(v) for v in r.stdout.split("=", 1)[1].split(",")]
        except ValueError:
            pass
    return [0, 0, 0, 0]


def place(wid, x, y, w, h):
    xdo("windowactivate", "--sync", wid)
    xdo("windowsize", "--sync", wid, w, h)
    xdo("windowmove", "--sync", wid, x, y)
    time.sleep(0.5)


def capture(wid, path, settle=1.0):
    time.sleep(settle)
    x, y, w, h = geometry(wid)
    l, r, t, b = frame_extents(wid)
    x0, y0 = max(0, x - l), max(0, y - t)
    x1, y1 = min(1280, x + w + r), min(800, y + h + b)
    raw = os.path.join(SCRATCH, "root.png")
    subprocess.run(["import", "-display", DISPLAY, "-window", "root", raw], check=True)
    from PIL import Image
    im = Image.open(raw).convert("RGB").crop((x0, y0, x1, y1))
    im.save(path, optimize=True)
    return im.size


def key(*keys, wid=None, delay=0.3):
    for k in keys:
        if wid:
            xdo("key", "--window", wid, "--clearmodifiers", k)
        else:
            xdo("key", "--clearmodifiers", k)
        time.sleep(delay)


def type_text(text, delay_ms=40):
    xdo("type", "--delay", delay_ms, text)
