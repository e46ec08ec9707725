"""Run a bash script inside the terminal.js web terminal (webterm.py) shown by `chromium --app`, then capture."""
import os
import subprocess
import sys
import time
import urllib.request

import harness as H
from common import IMG, strip_ansi

HERE = os.path.dirname(os.path.abspath(__file__))
PROMPT_USER = "priya@kestrel"

PRELUDE = r"""#!/bin/bash
export PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=UTC HOME=%(home)s
cd %(cwd)s
P() { printf '\033[1;32m%(user)s\033[0m:\033[1;34m%%s\033[0m$ ' "$(pwd | sed "s|^$HOME|~|")"; }
run() { local rc=$?; P; printf '%%s\n' "$1"; (exit $rc); eval "$1"; }
"""


def make_script(path, home, cwd, body, done_flag):
    txt = PRELUDE % dict(home=home, cwd=cwd, user=PROMPT_USER) + body + \
        "\ntouch %s\nP\nexec sleep 900\n" % done_flag
    with open(path, "w") as fh:
        fh.write(txt)


def post_keys(port, data):
    urllib.request.urlopen(urllib.request.Request("http://127.0.0.1:%d/in" % port, data=data), timeout=5).read()


def run_terminal(sc, d, home, script_body, cwd, title, theme, cols, rows, fs, port, win, keys=None,
                 tui=False, pre_wait=1.0):
    """keys: list of (seconds_to_wait_before, bytes) sent after the script has finished (or tui started)."""
    os.makedirs(home, exist_ok=True)
    script = os.path.join(d, "session.sh")
    flag = os.path.join(d, "done.flag")
    if os.path.exists(flag):
        os.remove(flag)
    make_script(script, home, cwd, script_body, flag)
    log = os.path.join(d, "pty.log")
    wt = subprocess.Popen([sys.executable, os.path.join(HERE, "webterm.py"), "--port", str(port), "--cols",
                           str(cols), "--rows", str(rows), "--fs", str(fs), "--theme", theme, "--title", title,
                           "--log", log, "--", "bash", script], start_new_session=True,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ch = None
    try:
        time.sleep(0.8)
        x, y, w, h = win
        ch = H.launch(["chromium", "--no-sandbox", "--test-type", "--disable-gpu", "--no-first-run",
                       "--disable-features=Translate", "--user-data-dir=" + os.path.join(d, "chromium"),
                       "--window-size=%d,%d" % (w, h), "--window-position=%d,%d" % (x, y),
                       "--app=http://127.0.0.1:%d/" % port], home)
        wid = H.find_window(cls="chromium", timeout=60)
        H.place(wid, x, y, w, h)
        t0 = time.time()
        while not tui and not os.path.exists(flag) and time.time() - t0 < 90:
            time.sleep(0.3)
        time.sleep(pre_wait + (4 if tui else 0))
        for wait, data in keys or []:
            time.sleep(wait)
            post_keys(port, data)
        H.capture(wid, os.path.join(IMG, sc.name + ".png"), settle=2.5)
    finally:
        H.kill_group(ch)
        H.kill_group(wt)
    raw = open(log, "rb").read().decode("utf-8", "replace")
    sc.drawn = strip_ansi(raw)
    return sc.drawn
