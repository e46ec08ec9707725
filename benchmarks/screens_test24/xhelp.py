"""X11 / process helpers for screens_test24 (Xvfb :79 + openbox)."""
import os, re, subprocess, time, signal, select, pty, fcntl, termios, struct

DISPLAY = ":79"
SCRATCH = "/tmp/screens_test24"
ENV = dict(os.environ, DISPLAY=DISPLAY, LANG="C.UTF-8", LC_ALL="C.UTF-8",
           NO_AT_BRIDGE="1", QT_X11_NO_MITSHM="1")
ENV.pop("WAYLAND_DISPLAY", None)


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), capture_output=True, text=True,
                          env=kw.pop("env", ENV), **kw)


def start(args, env=None, cwd=None, log=None):
    lf = open(log or os.path.join(SCRATCH, "app.log"), "ab")
    return subprocess.Popen(args, env=env or ENV, cwd=cwd, stdout=lf, stderr=lf,
                            start_new_session=True)


def stop(p):
    if p is None or p.poll() is not None:
        return
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    for _ in range(30):
        if p.poll() is not None:
            return
        time.sleep(0.1)
    try:
        os.killpg(p.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    p.wait()


def find_window(name=None, cls=None, pid=None, timeout=40):
    t0 = time.time()
    while time.time() - t0 < timeout:
        args = ["xdotool", "search", "--onlyvisible"]
        if name:
            args += ["--name", name]
        elif cls:
            args += ["--class", cls]
        elif pid:
            args += ["--pid", str(pid)]
        r = sh(args)
        ids = [int(x) for x in r.stdout.split()]
        best = None
        for w in ids:
            g = geometry(w)
            if g and g[2] > 150 and g[3] > 80:
                if best is None or g[2] * g[3] > best[1]:
                    best = (w, g[2] * g[3])
        if best:
            return best[0]
        time.sleep(0.5)
    raise RuntimeError("window not found: %r %r %r" % (name, cls, pid))


def geometry(w):
    r = sh(["xwininfo", "-id", str(w)])
    if r.returncode:
        return None
    d = {}
    for k, pat in [("x", r"Absolute upper-left X:\s+(-?\d+)"), ("y", r"Absolute upper-left Y:\s+(-?\d+)"),
                   ("w", r"Width:\s+(\d+)"), ("h", r"Height:\s+(\d+)")]:
        m = re.search(pat, r.stdout)
        d[k] = int(m.group(1))
    return d["x"], d["y"], d["w"], d["h"]


def frame_of(w):
    """The openbox frame window that holds client w (child of root)."""
    cur = w
    for _ in range(6):
        r = sh(["xwininfo", "-children", "-id", str(cur)])
        m = re.search(r"Parent window id: (0x[0-9a-f]+)( \(the root window\))?", r.stdout)
        if not m or m.group(2):
            return cur
        cur = int(m.group(1), 16)
    return cur


def place(w, x, y, width=None, height=None):
    if width:
        sh(["xdotool", "windowsize", str(w), str(width), str(height)])
    sh(["xdotool", "windowmove", str(w), str(x), str(y)])
    sh(["xdotool", "windowactivate", "--sync", str(w)])
    time.sleep(0.6)


def capture(w, out):
    f = frame_of(w)
    x, y, width, height = geometry(f)
    x2, y2 = max(0, x), max(0, y)
    width = min(width - (x2 - x), 1280 - x2)
    height = min(height - (y2 - y), 800 - y2)
    r = sh(["import", "-window", "root", "-crop", "%dx%d+%d+%d" % (width, height, x2, y2),
            "+repage", "-define", "png:exclude-chunks=date,time", "-strip", out])
    if r.returncode:
        raise RuntimeError(r.stderr)
    return width, height


def key(w, *keys):
    for k in keys:
        sh(["xdotool", "key", "--window", str(w), k])
        time.sleep(0.15)


def typ(text, delay=40):
    sh(["xdotool", "type", "--delay", str(delay), text])


def click(x, y, button=1):
    sh(["xdotool", "mousemove", str(x), str(y), "click", str(button)])


# ---------------------------------------------------------------- pty sessions
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][0-9A-Za-z]|\x1b[=>]|\r")


def plain(b):
    return ANSI.sub("", b.decode("utf-8", "replace"))


def pty_session(lines, cwd, home, prompt, cols=100, rows=30, extra_env=None, idle=0.7):
    """Run an interactive bash in a real pty, type `lines`, return raw bytes."""
    env = {"HOME": home, "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
           "PATH": "/usr/bin:/bin", "PS1": prompt, "COLUMNS": str(cols),
           "LINES": str(rows), "GIT_PAGER": "cat", "PAGER": "cat", "PYTHONDONTWRITEBYTECODE": "1",
           "TZ": "UTC"}
    env.update(extra_env or {})
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(cwd)
        os.execve("/bin/bash", ["bash", "--norc", "--noprofile", "-i"], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    out = bytearray()

    def drain(t):
        end = time.time() + t
        last = time.time()
        while True:
            r, _, _ = select.select([fd], [], [], 0.1)
            if r:
                try:
                    d = os.read(fd, 65536)
                except OSError:
                    return
                if not d:
                    return
                out.extend(d)
                last = time.time()
            elif time.time() - last > idle and time.time() > end - t + idle:
                return
            if time.time() - last > 20:
                return
    drain(1.0)
    for ln in lines:
        if isinstance(ln, tuple):      # (text, wait)
            ln, wait = ln
        else:
            wait = 0
        os.write(fd, ln.encode())
        time.sleep(wait)
        drain(idle)
    os.write(fd, b"exit\n")
    time.sleep(0.3)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    os.waitpid(pid, 0)
    os.close(fd)
    return bytes(out)
