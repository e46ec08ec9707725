"""Shared helpers: Xvfb session, launching apps, capturing, manifest items."""
import os, subprocess, time, shutil, signal, json

DISPLAY = ":57"
HERE = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(HERE, "images")
HOME = "/home/nadia"
ENV = dict(os.environ, DISPLAY=DISPLAY, HOME=HOME, LANG="C.UTF-8", LC_ALL="C.UTF-8",
           XDG_CONFIG_HOME=HOME + "/.config", XDG_RUNTIME_DIR="/tmp/st11-xdg",
           QTWEBENGINE_CHROMIUM_FLAGS="--no-sandbox", NO_AT_BRIDGE="1", TERM="xterm-256color")
ENV.pop("PYTHONPATH", None)
SYS_PY = "/usr/bin/python3"
_procs = []


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=True, env=ENV, check=True, **kw)


def start_x():
    os.makedirs("/tmp/st11-xdg", mode=0o700, exist_ok=True)
    p = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1280x800x24", "-ac", "-nolisten", "tcp"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    _procs.append(p)
    time.sleep(1.5)
    wm = subprocess.Popen(["openbox"], env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                          start_new_session=True)
    _procs.append(wm)
    time.sleep(1)
    sh("xsetroot -solid '#3b4252' || true")


def stop_x():
    for p in reversed(_procs):
        try:
            os.killpg(p.pid, signal.SIGTERM)
        except Exception:
            pass


def launch(args, cwd=None, wait=4.0, env=None):
    e = dict(ENV)
    if env:
        e.update(env)
    p = subprocess.Popen(args, env=e, cwd=cwd or HOME, stdout=subprocess.DEVNULL,
                         stderr=open("/tmp/st11-app.log", "a"), start_new_session=True)
    time.sleep(wait)
    return p


def kill(p):
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except Exception:
        pass
    time.sleep(0.8)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except Exception:
        pass


def active_window():
    out = subprocess.run("xdotool getactivewindow", shell=True, env=ENV, capture_output=True, text=True)
    return out.stdout.strip()


def place(geom=(40, 30, 1180, 720), name=None):
    """Move/resize the active (or named) window."""
    wid = None
    if name:
        out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", name], env=ENV,
                             capture_output=True, text=True).stdout.split()
        wid = out[-1] if out else None
    wid = wid or active_window()
    if not wid:
        return
    x, y, w, h = geom
    subprocess.run(["xdotool", "windowactivate", "--sync", wid], env=ENV, capture_output=True, timeout=5)
    subprocess.run(["xdotool", "windowsize", wid, str(w), str(h)], env=ENV, capture_output=True)
    subprocess.run(["xdotool", "windowmove", wid, str(x), str(y)], env=ENV, capture_output=True)
    time.sleep(1.2)


def keys(*ks, delay=0.4):
    for k in ks:
        subprocess.run(["xdotool", "key", "--clearmodifiers", k], env=ENV, capture_output=True)
        time.sleep(delay)


def typ(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], env=ENV, capture_output=True)
    time.sleep(0.5)


def capture(name, crop=None):
    path = os.path.join(IMG, name + ".png")
    subprocess.run(["import", "-window", "root", path], env=ENV, check=True)
    if crop:
        x, y, w, h = crop
        subprocess.run(["convert", path, "-crop", f"{w}x{h}+{x}+{y}", "+repage", path], check=True)
    return "images/" + name + ".png"


class Items:
    def __init__(self):
        self.rows = []

    def add(self, image, question, answer, answer_type, category, intent, literal):
        self.rows.append(dict(image=image, question=question, answer=str(answer), answer_type=answer_type,
                              category=category, intent=intent, literal=bool(literal)))

    def write(self, path):
        with open(path, "w") as f:
            for i, r in enumerate(self.rows, 1):
                r = dict(id=f"s11-{i:04d}", **r)
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
