"""Drive the term.js web terminal: start bridge + chromium --app, type commands, capture."""
import os
import re
import shutil
import subprocess
import sys
import time
import urllib.request

import harness as H
from common import SCRATCH

HERE = os.path.dirname(os.path.abspath(__file__))
ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>78DEHMc]|\r")


def strip_ansi(s):
    return ANSI.sub("", s)


def post(port, data):
    if isinstance(data, str):
        data = data.encode()
    urllib.request.urlopen(urllib.request.Request(f"http://127.0.0.1:{port}/in", data=data), timeout=5).read()


def transcript(port):
    return urllib.request.urlopen(f"http://127.0.0.1:{port}/transcript", timeout=5).read().decode("utf-8", "replace")


def wait_quiet(port, quiet=1.2, limit=30):
    last, t0, tchg = -1, time.time(), time.time()
    while time.time() - t0 < limit:
        n = len(transcript(port))
        if n != last:
            last, tchg = n, time.time()
        elif time.time() - tchg > quiet:
            return
        time.sleep(0.3)


def run(name, theme, cols, rows, cwd, home, user, host, steps, out_png, title=None, extra_env=None,
        port=8790, pos=(40, 30), after=None):
    """steps: list of (kind, payload, pause). kind 'cmd' types a line, 'keys' sends raw bytes."""
    rc = os.path.join(SCRATCH, "rc", name + ".bashrc")
    os.makedirs(os.path.dirname(rc), exist_ok=True)
    with open(rc, "w") as f:
        f.write(f"PS1='{user}@{host}:\\w$ '\nexport HISTFILE=/dev/null\nunset PROMPT_COMMAND\n"
                "export LS_COLORS=''\nalias ls='ls --color=never'\nstty -ixon\n")
    with open(rc + ".title", "w") as f:
        f.write(title or f"{user}@{host}: {cwd.replace(home, '~')}")
    env = H.env_base(home, {"USER": user, "LOGNAME": user, "TERM": "xterm", **(extra_env or {})})
    log = os.path.join(SCRATCH, "logs", name + ".bridge.log")
    os.makedirs(os.path.dirname(log), exist_ok=True)
    br = H.launch([sys.executable if False else "/usr/bin/python3", os.path.join(HERE, "webterm.py"), str(port),
                   str(cols), str(rows), cwd, rc, theme], env=env, log=log)
    time.sleep(1.0)
    prof = os.path.join(SCRATCH, "chrome", name)
    shutil.rmtree(prof, ignore_errors=True)
    w = cols * 9 + 40
    h = rows * 19 + 40
    ch = H.launch(["chromium", "--no-sandbox", "--no-first-run", "--no-default-browser-check", "--disable-gpu",
                   "--password-store=basic", "--test-type", "--disable-features=Translate,MediaRouter",
                   "--force-device-scale-factor=1", f"--user-data-dir={prof}",
                   f"--window-size={w},{h}", f"--window-position={pos[0]},{pos[1]}",
                   f"--app=http://127.0.0.1:{port}/"], env=H.env_base(), log=log + ".chrome")
    try:
        wid = H.find_window(name=title or f"{user}@{host}", timeout=60)
        time.sleep(1.5)
        wait_quiet(port)
        for kind, payload, pause in steps:
            if kind == "cmd":
                post(port, payload + "\r")
            else:
                post(port, payload)
            time.sleep(pause)
            wait_quiet(port)
        time.sleep(1.0)
        text = transcript(port)
        H.capture(wid, out_png)
        for kind, payload, pause in (after or []):
            post(port, payload)
            time.sleep(pause)
    finally:
        H.kill_group(ch)
        H.kill_group(br)
    return strip_ansi(text)
