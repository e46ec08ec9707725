"""X helpers for screens_test33: Xvfb :88 + openbox, launching real Debian apps, frame crops,
and the terminal route (Gambas 3 gb.form.terminal TerminalView running bash, see term.gbs)."""
import os
import re
import signal
import subprocess
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCR = Path("/tmp/screens33")
DISPLAY = ":88"
FAKETIME = "2024-05-14 10:42:00"
ENV = dict(os.environ, DISPLAY=DISPLAY, LANG="C.UTF-8", LC_ALL="C.UTF-8", NO_AT_BRIDGE="1",
           GTK_THEME="Adwaita", XDG_RUNTIME_DIR=str(SCR / "xdg-run"), HOME=str(SCR / "home"))
_procs = []


def sh(cmd, check=True, env=None, timeout=120, cwd=None):
    r = subprocess.run(cmd, shell=True, env=env or ENV, capture_output=True, text=True,
                       timeout=timeout, cwd=cwd)
    if check and r.returncode != 0:
        raise RuntimeError(f"{cmd}\n{r.stdout}\n{r.stderr}")
    return r.stdout


def start_x():
    (SCR / "xdg-run").mkdir(parents=True, exist_ok=True)
    os.chmod(SCR / "xdg-run", 0o700)
    (SCR / "home").mkdir(parents=True, exist_ok=True)
    if subprocess.run(["xdpyinfo"], env=ENV, capture_output=True).returncode != 0:
        p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _procs.append(p)
        for _ in range(50):
            time.sleep(0.2)
            if subprocess.run(["xdpyinfo"], env=ENV, capture_output=True).returncode == 0:
                break
    bus = SCR / "bus.sock"
    addr = f"unix:path={bus}"
    alive = bus.exists() and subprocess.run(
        ["dbus-send", f"--bus={addr}", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
         "org.freedesktop.DBus.ListNames"], capture_output=True).returncode == 0
    if alive:
        ENV["DBUS_SESSION_BUS_ADDRESS"] = addr
    else:
        if bus.exists():
            bus.unlink()
        p = subprocess.Popen(["dbus-daemon", "--session", "--nofork", f"--address=unix:path={bus}"],
                             env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        _procs.append(p)
        time.sleep(0.5)
        ENV["DBUS_SESSION_BUS_ADDRESS"] = f"unix:path={bus}"
    if not sh("xdotool search --class openbox || true", check=False).strip() and \
            "openbox" not in sh("ps -eo comm", check=False):
        p = subprocess.Popen(["openbox"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                             start_new_session=True)
        _procs.append(p)
        time.sleep(1)


def launch(argv, env=None, fake=False, cwd=None, log=None):
    e = dict(ENV)
    if env:
        e.update(env)
    if fake:
        e.update(LD_PRELOAD="/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                 FAKETIME="@" + FAKETIME, FAKETIME_DONT_FAKE_MONOTONIC="1", FAKETIME_NO_CACHE="1")
    out = open(log, "w") if log else subprocess.DEVNULL
    p = subprocess.Popen(argv, env=e, cwd=cwd, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    return p


def stop(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
        p.wait(timeout=5)
    except Exception:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except Exception:
            pass
    time.sleep(0.3)


def find_win(pattern, timeout=40, cls=False):
    t0 = time.time()
    flag = "--class" if cls else "--name"
    while time.time() - t0 < timeout:
        out = sh(f"xdotool search --onlyvisible {flag} {shq(pattern)} || true", check=False).split()
        if out:
            return out[-1]
        time.sleep(0.3)
    raise RuntimeError(f"window {pattern!r} not found")


def shq(s):
    return "'" + s.replace("'", "'\\''") + "'"


def place(wid, x, y, w, h):
    sh(f"xdotool windowsize {wid} {w} {h}; xdotool windowmove {wid} {x} {y}", check=False)
    time.sleep(0.6)


def activate(wid):
    sh(f"xdotool windowactivate --sync {wid} || xdotool windowfocus {wid}", check=False)
    time.sleep(0.3)


def frame_of(wid):
    root = re.search(r"Window id: (0x[0-9a-f]+)", sh("xwininfo -root")).group(1)
    cur = hex(int(wid)) if not str(wid).startswith("0x") else wid
    while True:
        par = re.search(r"Parent window id: (0x[0-9a-f]+)", sh(f"xwininfo -id {cur} -tree")).group(1)
        if par == root:
            return cur
        cur = par


def geom(win):
    out = sh(f"xwininfo -id {win}")
    g = {k: int(re.search(pat, out).group(1)) for k, pat in
         (("x", r"Absolute upper-left X:\s+(-?\d+)"), ("y", r"Absolute upper-left Y:\s+(-?\d+)"),
          ("w", r"Width:\s+(\d+)"), ("h", r"Height:\s+(\d+)"))}
    return g


def shot(wid, path):
    f = frame_of(wid)
    g = geom(f)
    x, y = max(g["x"], 0), max(g["y"], 0)
    w, h = min(g["w"], 1280 - x), min(g["h"], 800 - y)
    sh(f"import -window root -crop {w}x{h}+{x}+{y} +repage {shq(str(path))}")


def key(wid, *keys):
    for k in keys:
        sh(f"xdotool key --window {wid} {k}", check=False)
        time.sleep(0.25)


def type_text(text, delay=12):
    sh(f"xdotool type --delay {delay} -- {shq(text)}", check=False)


def click(x, y, button=1, double=False):
    sh(f"xdotool mousemove {x} {y} click {'--repeat 2 ' if double else ''}{button}", check=False)
    time.sleep(0.4)


# ---------------------------------------------------------------- terminal route
def term_session(name, title, rc, cmds, size=(860, 540), pos=(60, 40), font="DejaVu Sans Mono,11",
                 bg="1E1E2E", fg="D8D8D8", cwd=None, settle=1.0):
    """Run bash inside a Gambas TerminalView window, type cmds, return (wid, final_text, proc)."""
    d = SCR / "term" / name
    d.mkdir(parents=True, exist_ok=True)
    (d / "rc").write_text(rc)
    dump = d / "dump.txt"
    if dump.exists():
        dump.unlink()
    env = dict(TV_DUMP=str(dump), TV_TITLE=title, TV_W=str(size[0]), TV_H=str(size[1]), TV_FONT=font,
               TV_BG=bg, TV_FG=fg, TV_RC=str(d / "rc"))
    p = launch(["gbs3", str(HERE / "term.gbs")], env=env, cwd=cwd or str(d), log=str(d / "gbs.log"))
    wid = find_win("^" + re.escape(title) + "$")
    place(wid, pos[0], pos[1], size[0], size[1])
    activate(wid)
    _wait_stable(dump, settle)
    for c in cmds:
        activate(wid)
        type_text(c)
        sh("xdotool key Return", check=False)
        _wait_stable(dump, settle)
    text = dump.read_text()
    text = "\n".join(l.rstrip() for l in text.split("\n")).rstrip("\n")
    return wid, text, p


def _wait_stable(dump, settle, timeout=60):
    t0 = time.time()
    last, since = None, time.time()
    time.sleep(0.4)
    while time.time() - t0 < timeout:
        cur = dump.read_text() if dump.exists() else None
        if cur != last:
            last, since = cur, time.time()
        elif cur is not None and time.time() - since >= settle:
            return
        time.sleep(0.15)
