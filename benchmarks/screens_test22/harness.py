"""Display / capture helpers for screens_test22 (Xvfb :74 + openbox, ImageMagick import)."""
import os, subprocess, time, signal, shutil

DISPLAY = ":74"
SCR = "/tmp/screens_test22"
HOME = SCR + "/home"
ENV = dict(os.environ)
ENV.update(DISPLAY=DISPLAY, HOME=HOME, XDG_CONFIG_HOME=HOME + "/.config",
           XDG_DATA_HOME=HOME + "/.local/share", XDG_CACHE_HOME=HOME + "/.cache",
           GSETTINGS_BACKEND="keyfile", LANG="C.UTF-8", LC_ALL="C.UTF-8", TZ="UTC",
           NO_AT_BRIDGE="1", PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin")
for k in ("PYTHONPATH", "VIRTUAL_ENV", "PYENV_ROOT"):
    ENV.pop(k, None)

_procs = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=kw.pop("env", ENV),
                          capture_output=True, text=True, **kw)


def start_display():
    os.makedirs(HOME, exist_ok=True)
    if sh(["xdpyinfo"]).returncode != 0:
        p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _procs.append(p)
        time.sleep(1.5)
    if "openbox" not in sh("pgrep -a openbox").stdout:
        p = subprocess.Popen(["openbox"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _procs.append(p)
        time.sleep(1)
    out = sh(["dbus-launch", "--sh-syntax"]).stdout
    for line in out.splitlines():
        if line.startswith("DBUS_SESSION_BUS_ADDRESS="):
            ENV["DBUS_SESSION_BUS_ADDRESS"] = line.split("=", 1)[1].strip().rstrip(";").strip("'")
        if line.startswith("DBUS_SESSION_BUS_PID="):
            _procs.append(int(line.split("=", 1)[1].strip().rstrip(";")))
    sh("xsetroot -solid '#3b4252'")


def stop_display():
    for p in reversed(_procs):
        try:
            if isinstance(p, int):
                os.kill(p, signal.SIGTERM)
            else:
                p.terminate(); p.wait(5)
        except Exception:
            pass


def launch(cmd, cwd=None, env=None, log=None):
    e = dict(ENV)
    if env:
        e.update(env)
    f = open(log or os.devnull, "w")
    return subprocess.Popen(cmd, shell=isinstance(cmd, str), cwd=cwd, env=e, stdout=f, stderr=f,
                            start_new_session=True)


def kill(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except Exception:
        pass
    try:
        p.wait(5)
    except Exception:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except Exception:
            pass
    time.sleep(0.5)


def find_window(pid=None, name=None, cls=None, timeout=25):
    t0 = time.time()
    while time.time() - t0 < timeout:
        if pid is not None:
            r = sh(["xdotool", "search", "--onlyvisible", "--pid", str(pid)])
        elif cls is not None:
            r = sh(["xdotool", "search", "--onlyvisible", "--class", cls])
        else:
            r = sh(["xdotool", "search", "--onlyvisible", "--name", name])
        ids = [w for w in r.stdout.split() if w]
        best = None
        for w in ids:
            g = geom(w)
            if g and g[2] > 150 and g[3] > 100:
                if best is None or g[2] * g[3] > best[1]:
                    best = (w, g[2] * g[3])
        if best:
            return best[0]
        time.sleep(0.5)
    raise RuntimeError(f"window not found pid={pid} name={name} cls={cls}")


def geom(w):
    r = sh(["xwininfo", "-id", str(w)])
    d = {}
    for line in r.stdout.splitlines():
        line = line.strip()
        for k in ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height"):
            if line.startswith(k + ":"):
                d[k] = int(line.split(":")[1])
    if len(d) < 4:
        return None
    return d["Absolute upper-left X"], d["Absolute upper-left Y"], d["Width"], d["Height"]


def place(w, x, y, wd, ht):
    sh(["xdotool", "windowactivate", "--sync", str(w)])
    sh(["xdotool", "windowsize", str(w), str(wd), str(ht)])
    sh(["xdotool", "windowmove", str(w), str(x), str(y)])
    time.sleep(0.8)


def frame_rect(w):
    x, y, wd, ht = geom(w)
    r = sh(["xprop", "-id", str(w), "_NET_FRAME_EXTENTS"]).stdout
    l = ri = t = b = 0
    if "=" in r:
        try:
            l, ri, t, b = [int(v) for v in r.split("=")[1].split(",")]
        except ValueError:
            pass
    x0, y0 = max(0, x - l), max(0, y - t)
    x1, y1 = min(1280, x + wd + ri), min(800, y + ht + b)
    return x0, y0, x1 - x0, y1 - y0


def capture(w, out):
    x, y, wd, ht = frame_rect(w)
    tmp = SCR + "/root.png"
    sh(["import", "-window", "root", tmp])
    sh(["convert", tmp, "-crop", f"{wd}x{ht}+{x}+{y}", "+repage", "-strip", out])
    return out


def key(*keys, w=None, delay=0.3):
    for k in keys:
        if w:
            sh(["xdotool", "key", "--window", str(w), k])
        else:
            sh(["xdotool", "key", k])
        time.sleep(delay)


def type_text(s, delay=60):
    sh(["xdotool", "type", "--delay", str(delay), s])


def click(x, y, button=1):
    sh(["xdotool", "mousemove", str(x), str(y), "click", str(button)])
    time.sleep(0.4)
