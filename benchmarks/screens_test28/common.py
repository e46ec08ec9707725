"""Shared helpers: display, window capture, question registry."""
import os, subprocess, time, re, json, signal, shutil

DISPLAY = ':83'
W, H = 1280, 800
SCR = '/tmp/screens_test28'
OUT = os.path.dirname(os.path.abspath(__file__))
IMG = os.path.join(OUT, 'images')

ENV = dict(os.environ, DISPLAY=DISPLAY, LANG='C.UTF-8', LC_ALL='C.UTF-8', NO_AT_BRIDGE='1',
           QT_X11_NO_MITSHM='1', XDG_RUNTIME_DIR=SCR + '/xdg', QT_QPA_PLATFORMTHEME='')
os.makedirs(SCR + '/xdg', exist_ok=True)
os.chmod(SCR + '/xdg', 0o700)


def sh(cmd, env=None, check=True, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), env=env or ENV, check=check,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, **kw).stdout


_procs = []


def start(cmd, env=None, cwd=None, log=None):
    lf = open(log or os.devnull, 'w')
    p = subprocess.Popen(cmd, shell=isinstance(cmd, str), env=env or ENV, cwd=cwd, stdout=lf,
                         stderr=subprocess.STDOUT, start_new_session=True)
    _procs.append(p)
    return p


def stop(p):
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
    if p in _procs:
        _procs.remove(p)


def stop_all():
    for p in list(_procs):
        stop(p)


def start_display():
    xs = start(['Xvfb', DISPLAY, '-screen', '0', f'{W}x{H}x24', '-nolisten', 'tcp'])
    for _ in range(50):
        if subprocess.run(['xdpyinfo'], env=ENV, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode == 0:
            break
        time.sleep(0.2)
    sh(['xsetroot', '-solid', '#3a4a5a'], check=False)
    start(['openbox', '--config-file', os.path.join(OUT, 'openbox-rc.xml')], log=SCR + '/openbox.log')
    time.sleep(1.5)
    return xs


def client_list():
    out = sh(['xprop', '-root', '_NET_CLIENT_LIST'], check=False)
    return re.findall(r'0x[0-9a-f]+', out.split('#')[-1]) if '#' in out else []


def wname(wid):
    out = sh(['xprop', '-id', wid, '_NET_WM_NAME', 'WM_NAME', 'WM_CLASS'], check=False)
    return out


def find_window(pred, timeout=60, known=()):
    t0 = time.time()
    while time.time() - t0 < timeout:
        for wid in client_list():
            if wid in known:
                continue
            info = wname(wid)
            if pred(info):
                attrs = sh(['xwininfo', '-id', wid], check=False)
                if 'IsViewable' in attrs:
                    return wid
        time.sleep(0.5)
    raise RuntimeError('window not found')


def place(wid, x, y, w, h):
    sh(['xdotool', 'windowsize', wid, str(w), str(h)], check=False)
    sh(['xdotool', 'windowmove', wid, str(x), str(y)], check=False)
    sh(['xdotool', 'windowactivate', wid], check=False)
    time.sleep(0.8)


def frame_geom(wid):
    info = sh(['xwininfo', '-id', wid], check=False)
    ax = int(re.search(r'Absolute upper-left X:\s+(-?\d+)', info).group(1))
    ay = int(re.search(r'Absolute upper-left Y:\s+(-?\d+)', info).group(1))
    w = int(re.search(r'Width:\s+(\d+)', info).group(1))
    h = int(re.search(r'Height:\s+(\d+)', info).group(1))
    ext = sh(['xprop', '-id', wid, '_NET_FRAME_EXTENTS'], check=False)
    m = re.findall(r'\d+', ext.split('=')[-1]) if '=' in ext else []
    l, r, t, b = (int(v) for v in m) if len(m) == 4 else (0, 0, 0, 0)
    x0, y0 = max(0, ax - l), max(0, ay - t)
    x1, y1 = min(W, ax + w + r), min(H, ay + h + b)
    return x0, y0, x1 - x0, y1 - y0


def capture(wid, name):
    sh(['xdotool', 'windowactivate', wid], check=False)
    time.sleep(0.6)
    x, y, w, h = frame_geom(wid)
    path = os.path.join(IMG, name + '.png')
    sh(['import', '-window', 'root', '-crop', f'{w}x{h}+{x}+{y}', '+repage', '-strip',
        '-define', 'png:exclude-chunks=date,time', path])
    return path


def key(wid, *keys, delay=0.3):
    for k in keys:
        sh(['xdotool', 'key', '--window', wid, '--clearmodifiers', k], check=False)
        time.sleep(delay)


def typ(text, delay=40):
    sh(['xdotool', 'type', '--delay', str(delay), text], check=False)


class Questions:
    def __init__(self):
        self.rows = []

    def add(self, image, question, answer, atype, category, intent, literal, haystack=None):
        answer = str(answer)
        if literal:
            assert haystack is not None, (image, question)
            for part in answer.split('; '):
                assert part in haystack, (image, question, part)
        self.rows.append(dict(image='images/%s.png' % image, question=question, answer=answer,
                              answer_type=atype, category=category, intent=intent, literal=bool(literal)))
