"""X11 helpers: start apps on the private display, find their new top-level window, place it, capture it."""
import os, re, signal, subprocess, time

DISPLAY = ':80'
ENV = dict(os.environ, DISPLAY=DISPLAY, NO_AT_BRIDGE='1', LANG='C.UTF-8', LC_ALL='C.UTF-8')


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=kw.pop('env', ENV), capture_output=True,
                          text=True, **kw).stdout


def clients():
    out = sh(['xprop', '-root', '_NET_CLIENT_LIST'])
    return re.findall(r'0x[0-9a-f]+', out)


def wname(w):
    m = re.search(r'= "(.*)"', sh(['xprop', '-id', w, '_NET_WM_NAME']))
    if not m:
        m = re.search(r'= "(.*)"', sh(['xprop', '-id', w, 'WM_NAME']))
    return m.group(1) if m else ''


def launch(argv, env=None, cwd=None):
    e = dict(ENV, **(env or {}))
    return subprocess.Popen(argv, env=e, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)


def wait_window(before, title_re=None, timeout=60, exclude=()):
    t0 = time.time()
    while time.time() - t0 < timeout:
        for w in clients():
            if w in before or w in exclude:
                continue
            if title_re and not re.search(title_re, wname(w)):
                continue
            return w
        time.sleep(0.5)
    raise RuntimeError('no window for %r' % title_re)


def place(w, x, y, wd, ht):
    sh(['xdotool', 'windowactivate', '--sync', w])
    sh(['xdotool', 'windowsize', '--sync', w, str(wd), str(ht)])
    sh(['xdotool', 'windowmove', '--sync', w, str(x), str(y)])
    time.sleep(0.5)


def key(w, *keys, delay=0.3):
    for k in keys:
        sh(['xdotool', 'key', '--window', w, '--clearmodifiers', k])
        time.sleep(delay)


def typ(text, delay=60):
    sh(['xdotool', 'type', '--delay', str(delay), text])


def frame_geom(w):
    info = sh(['xwininfo', '-id', w])
    g = {k: int(v) for k, v in re.findall(r'(Absolute upper-left [XY]|Width|Height):\s+(-?\d+)', info)}
    x, y, wd, ht = g['Absolute upper-left X'], g['Absolute upper-left Y'], g['Width'], g['Height']
    ext = re.findall(r'\d+', sh(['xprop', '-id', w, '_NET_FRAME_EXTENTS']).split('=')[-1]) or ['0'] * 4
    l, r, t, b = map(int, ext[:4])
    x0, y0 = max(0, x - l), max(0, y - t)
    return x0, y0, min(1280 - x0, wd + l + r), min(800 - y0, ht + t + b)


def capture(w, path, frame=True):
    x, y, wd, ht = frame_geom(w) if frame else frame_geom(w)
    subprocess.run(['import', '-display', DISPLAY, '-window', 'root', '-crop', '%dx%d+%d+%d' % (wd, ht, x, y),
                    '+repage', '-strip', path], check=True)


def kill(p):
    if p and p.poll() is None:
        try:
            os.killpg(p.pid, signal.SIGTERM)
            p.wait(5)
        except Exception:
            try:
                os.killpg(p.pid, signal.SIGKILL)
            except Exception:
                pass
