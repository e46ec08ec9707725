"""Small X11 helpers for screens_test23 (Xvfb :77 + openbox, capture with ImageMagick import)."""
import os, signal, subprocess, time

DISPLAY = ':77'
SCR = '/tmp/screens_test23'


def env_with(**kw):
    e = dict(os.environ)
    e['DISPLAY'] = DISPLAY
    e.update({k: str(v) for k, v in kw.items()})
    return e


def sh(cmd, check=True, env=None, **kw):
    r = subprocess.run(cmd, shell=isinstance(cmd, str), env=env or env_with(), capture_output=True, text=True, **kw)
    if check and r.returncode != 0:
        raise RuntimeError(f'{cmd}: rc={r.returncode}\n{r.stdout}\n{r.stderr}')
    return r.stdout


def start(args, env=None, log=None, cwd=None):
    logf = open(log or os.path.join(SCR, 'logs', os.path.basename(args[0]) + '.log'), 'ab')
    return subprocess.Popen(args, env=env or env_with(), stdout=logf, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True, cwd=cwd)


def stop(p, wait=5):
    if p is None or p.poll() is not None:
        return
    try:
        os.killpg(p.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    try:
        p.wait(wait)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        p.wait(5)


def search(args):
    r = subprocess.run(['xdotool', 'search', '--onlyvisible'] + args, env=env_with(), capture_output=True, text=True)
    return [int(x) for x in r.stdout.split()]


def wait_window(name=None, cls=None, pid=None, timeout=40, settle=1.0):
    t0 = time.time()
    while time.time() - t0 < timeout:
        ids = []
        if name:
            ids = search(['--name', name])
        elif cls:
            ids = search(['--class', cls])
        elif pid:
            ids = search(['--pid', str(pid)])
        if ids:
            time.sleep(settle)
            return ids[-1]
        time.sleep(0.4)
    raise RuntimeError(f'no window name={name} cls={cls} pid={pid}')


def place(wid, x, y, w, h):
    sh(['xdotool', 'windowactivate', '--sync', str(wid)], check=False)
    sh(['xdotool', 'windowsize', '--sync', str(wid), str(w), str(h)], check=False)
    sh(['xdotool', 'windowmove', '--sync', str(wid), str(x), str(y)], check=False)


def key(*keys, wid=None, delay=80):
    args = ['xdotool', 'key', '--delay', str(delay)]
    if wid:
        args += ['--window', str(wid)]
    sh(args + list(keys))


def type_text(text, delay=60):
    sh(['xdotool', 'type', '--delay', str(delay), text])


def geometry(wid):
    out = sh(['xwininfo', '-id', str(wid)])
    g = {}
    for line in out.splitlines():
        line = line.strip()
        for k, lab in (('x', 'Absolute upper-left X:'), ('y', 'Absolute upper-left Y:'),
                       ('w', 'Width:'), ('h', 'Height:')):
            if line.startswith(lab):
                g[k] = int(line.split(':')[1])
    ext = [0, 0, 0, 0]
    pr = sh(['xprop', '-id', str(wid), '_NET_FRAME_EXTENTS'], check=False)
    if '=' in pr:
        ext = [int(v) for v in pr.split('=')[1].split(',')]
    l, r, t, b = ext
    x, y = max(0, g['x'] - l), max(0, g['y'] - t)
    w = min(1280 - x, g['w'] + l + r)
    h = min(800 - y, g['h'] + t + b)
    return x, y, w, h


def capture(wid, out):
    x, y, w, h = geometry(wid)
    sh(['import', '-window', 'root', '-crop', f'{w}x{h}+{x}+{y}', '+repage', out])
    # drop ancillary chunks that carry time stamps so reruns compare byte for byte where the pixels agree
    sh(['mogrify', '-strip', '-define', 'png:exclude-chunks=date,time', out])
    return (x, y, w, h)


def chromium(url, profile, x=40, y=30, w=1100, h=700, extra=()):
    args = ['chromium', f'--app={url}', f'--user-data-dir={profile}', '--no-first-run', '--no-default-browser-check',
            '--disable-gpu', '--no-sandbox', '--test-type', '--password-store=basic', '--disable-extensions',
            '--disable-features=Translate,MediaRouter', '--force-device-scale-factor=1',
            f'--window-size={w},{h}', f'--window-position={x},{y}'] + list(extra)
    return start(args, log=os.path.join(SCR, 'logs', 'chromium.log'))
