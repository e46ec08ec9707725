"""X display helpers: Xvfb + openbox, launch apps, find windows, crop screenshots."""
import os, re, subprocess, time, signal, shutil

DISPLAY = ":87"
SCREEN = (1280, 800)


def env_base(home=None, extra=None):
    e = dict(os.environ)
    e["DISPLAY"] = DISPLAY
    e.pop("WAYLAND_DISPLAY", None)
    e["LANG"] = e["LC_ALL"] = "C.UTF-8"
    e["NO_AT_BRIDGE"] = "1"
    e["GTK_A11Y"] = "none"
    e["QT_ACCESSIBILITY"] = "0"
    e["QT_QPA_PLATFORM"] = "xcb"
    e["QTWEBENGINE_CHROMIUM_FLAGS"] = "--no-sandbox --disable-gpu"
    e["LIBGL_ALWAYS_SOFTWARE"] = "1"
    e["GSK_RENDERER"] = "cairo"
    e["TZ"] = "UTC"
    if home:
        e["HOME"] = home
        e["XDG_CONFIG_HOME"] = os.path.join(home, ".config")
        e["XDG_DATA_HOME"] = os.path.join(home, ".local/share")
        e["XDG_CACHE_HOME"] = os.path.join(home, ".cache")
        e["XDG_STATE_HOME"] = os.path.join(home, ".local/state")
        for k in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            os.makedirs(e[k], exist_ok=True)
    if extra:
        e.update(extra)
    return e


_procs = []


def sh(cmd, env=None, check=False, timeout=60):
    r = subprocess.run(cmd, shell=isinstance(cmd, str), env=env or env_base(), capture_output=True,
                       text=True, timeout=timeout)
    if check and r.returncode != 0:
        raise RuntimeError(f"{cmd}: {r.stderr}")
    return r.stdout


def start_display():
    if not os.path.exists(f"/tmp/.X{DISPLAY[1:]}-lock"):
        p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _procs.append(p)
        time.sleep(1.5)
    # session bus shared by the apps
    if "DBUS_SESSION_BUS_ADDRESS" not in os.environ or "screens32" not in os.environ.get("DBUS_SESSION_BUS_ADDRESS", ""):
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1",
                              "--address=unix:path=/tmp/screens32/dbus.sock"], capture_output=True, text=True)
        lines = out.stdout.split()
        if lines:
            os.environ["DBUS_SESSION_BUS_ADDRESS"] = lines[0]
            _dbus_pid.append(int(lines[1]))
    # a private bus standing in for the system bus (GTG asks for logind signals on it)
    if not os.path.exists("/tmp/screens32/sysbus.sock"):
        out = subprocess.run(["dbus-daemon", "--session", "--fork", "--print-pid=1",
                              "--address=unix:path=/tmp/screens32/sysbus.sock"], capture_output=True, text=True)
        if out.stdout.strip():
            _dbus_pid.append(int(out.stdout.split()[0]))
    os.environ["DBUS_SYSTEM_BUS_ADDRESS"] = "unix:path=/tmp/screens32/sysbus.sock"
    if "window id" in sh("xprop -root _NET_SUPPORTING_WM_CHECK"):
        return
    p = subprocess.Popen(["openbox"], env=env_base(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                         start_new_session=True)
    _procs.append(p)
    time.sleep(1.5)
    sh("xsetroot -solid '#3a4a5a'")


_dbus_pid = []


def stop_display():
    for p in reversed(_procs):
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except Exception:
            pass
    for pid in _dbus_pid:
        try:
            os.kill(pid, signal.SIGTERM)
        except Exception:
            pass
    for f in ("/tmp/screens32/sysbus.sock", "/tmp/screens32/dbus.sock"):
        if _dbus_pid and os.path.exists(f):
            os.remove(f)


def launch(cmd, env, cwd=None, log=None):
    logf = open(log, "w") if log else subprocess.DEVNULL
    p = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=logf, stderr=subprocess.STDOUT, start_new_session=True,
                         stdin=subprocess.DEVNULL)
    return p


def kill(p, wait=2.0):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    t = time.time()
    while time.time() - t < wait and p.poll() is None:
        time.sleep(0.1)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    time.sleep(0.5)


def client_windows():
    out = sh("xprop -root _NET_CLIENT_LIST")
    return [int(x, 16) for x in re.findall(r"0x[0-9a-f]+", out)]


def win_name(w):
    out = sh(f"xprop -id {w} _NET_WM_NAME WM_NAME")
    m = re.search(r'= "(.*)"', out)
    return m.group(1) if m else ""


def wait_window(pattern, timeout=60, exclude=()):
    t = time.time()
    rx = re.compile(pattern)
    while time.time() - t < timeout:
        for w in client_windows():
            if w in exclude:
                continue
            n = win_name(w)
            if rx.search(n):
                if "IsViewable" in sh(f"xwininfo -id {w}"):
                    return w
        time.sleep(0.5)
    names = [win_name(w) for w in client_windows()]
    raise TimeoutError(f"no window matching {pattern!r}; have {names}")


def geometry(w):
    out = sh(f"xwininfo -id {w}")
    g = {k: int(re.search(rf"{k}:\s+(-?\d+)", out).group(1)) for k in
         ("Absolute upper-left X", "Absolute upper-left Y", "Width", "Height")}
    x, y, wd, ht = g["Absolute upper-left X"], g["Absolute upper-left Y"], g["Width"], g["Height"]
    fe = sh(f"xprop -id {w} _NET_FRAME_EXTENTS")
    m = re.findall(r"\d+", fe.split("=")[-1]) if "=" in fe else []
    l, r, t, b = (int(v) for v in m) if len(m) == 4 else (0, 0, 0, 0)
    return x - l, y - t, wd + l + r, ht + t + b


def place(w, x, y, width, height):
    sh(f"xdotool windowactivate --sync {w}")
    sh(f"xdotool windowsize --sync {w} {width} {height}")
    sh(f"xdotool windowmove --sync {w} {x} {y}")
    time.sleep(0.5)


def screenshot(path, w=None):
    tmp = path + ".full.png"
    sh(f"import -window root {tmp}", check=True)
    if w is None:
        shutil.move(tmp, path)
        return
    x, y, wd, ht = geometry(w)
    x0, y0 = max(0, x), max(0, y)
    x1, y1 = min(SCREEN[0], x + wd), min(SCREEN[1], y + ht)
    sh(f"convert {tmp} -crop {x1-x0}x{y1-y0}+{x0}+{y0} +repage {path}", check=True)
    os.remove(tmp)


def key(keys, w=None):
    tgt = f"--window {w} " if w else ""
    sh(f"xdotool key {tgt}--delay 80 {keys}")


def click(x, y, button=1):
    sh(f"xdotool mousemove --sync {x} {y} click {button}")


def type_text(text, w=None):
    tgt = f"--window {w} " if w else ""
    subprocess.run(["xdotool", "type"] + ([f"--window", str(w)] if w else []) + ["--delay", "30", text],
                   env=env_base())


def client_origin(w):
    out = sh(f"xwininfo -id {w}")
    return (int(re.search(r"Absolute upper-left X:\s+(-?\d+)", out).group(1)),
            int(re.search(r"Absolute upper-left Y:\s+(-?\d+)", out).group(1)))


def drag(x1, y1, x2, y2):
    e = env_base()
    for c in (f"mousemove {x1} {y1}", "mousedown 1", f"mousemove {(x1 + x2) // 2} {(y1 + y2) // 2}",
              f"mousemove {x2} {y2}", "mouseup 1", "mousemove 1275 795"):
        subprocess.run(["xdotool"] + c.split(), env=e)
        time.sleep(0.3)
