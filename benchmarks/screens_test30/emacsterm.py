"""Terminal route of screens_test30: term.el (`M-x ansi-term` running bash) inside GNU Emacs 28 (emacs-gtk).

Emacs is started with a small init file (theme, font, server), opens `(ansi-term "/bin/bash")` in a single
window, and the build drives the shell through `emacsclient --eval` with `term-send-raw-string`.  The text
that Emacs shows in the window (window-start .. window-end) is written out for the literal checks.
"""
import os
import time

import harness as H
from common import SCRATCH


def _lisp_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


class EmacsTerm:
    def __init__(self, name, theme, home, cols=104, rows=36, font="DejaVu Sans Mono-11", path_extra=""):
        self.name, self.home = name, home
        self.server = f"s30{name}"
        os.makedirs(home, exist_ok=True)
        init = f"""
(setq inhibit-startup-screen t)
(setq server-name "{self.server}")
(server-start)
(tool-bar-mode -1)
(scroll-bar-mode -1)
(blink-cursor-mode -1)
(load-theme '{theme} t)
(set-frame-font "{font}" nil t)
(setq-default mode-line-format (list "-" mode-line-mule-info mode-line-modified "  " mode-line-buffer-identification "   " mode-line-modes))
(setq explicit-shell-file-name "/bin/bash")
(ansi-term "/bin/bash")
(delete-other-windows)
(setq frame-title-format "%b - GNU Emacs")
"""
        open(f"{home}/init-s30.el", "w").write(init)
        env = dict(H.ENV, HOME=home, SHELL="/bin/bash", PATH=f"{path_extra}/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin",
                   XDG_RUNTIME_DIR=f"{SCRATCH}/xdg-{name}", USER="dana", LOGNAME="dana")
        os.makedirs(env["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)
        self.env = env
        self.proc = H.spawn(["emacs", "-Q", "-l", f"{home}/init-s30.el", f"--geometry={cols}x{rows}+20+10"], env=env, cwd=home, log=f"{SCRATCH}/emacs-{name}.log")
        self.wid = H.wait_window(pid=self.proc.pid, timeout=60, settle=2.0)
        for _ in range(50):
            if self.eval("(buffer-live-p (get-buffer \"*ansi-term*\"))").strip() == "t":
                break
            time.sleep(0.3)
        self.quiet()

    def eval(self, expr):
        r = H.sh(["emacsclient", "-s", self.server, "--eval", expr], env=self.env)
        return r.stdout

    def tick(self):
        return self.eval('(with-current-buffer "*ansi-term*" (buffer-modified-tick))').strip()

    def quiet(self, settle=1.2, timeout=60):
        t0 = time.time()
        last, since = None, time.time()
        while time.time() - t0 < timeout:
            t = self.tick()
            if t != last:
                last, since = t, time.time()
            elif time.time() - since >= settle:
                return
            time.sleep(0.25)

    def send(self, text, wait=True, settle=1.2):
        self.eval(f'(with-current-buffer "*ansi-term*" (term-send-raw-string {_lisp_str(text)}))')
        if wait:
            time.sleep(0.3)
            self.quiet(settle=settle)

    def run(self, cmd, settle=1.2):
        self.send(cmd + "\n", settle=settle)

    def visible_text(self):
        f = f"{SCRATCH}/vis-{self.name}.txt"
        self.eval('(with-current-buffer "*ansi-term*" (let ((w (get-buffer-window (current-buffer) t))) '
                  f'(write-region (window-start w) (window-end w t) {_lisp_str(f)} nil (quote quiet))))')
        return open(f, encoding="utf-8", errors="replace").read()

    def capture(self, out):
        self.eval('(message nil)')
        H.activate(self.wid)
        time.sleep(0.6)
        return H.capture(self.wid, out)

    def close(self):
        self.eval("(kill-emacs)")
        time.sleep(0.5)
        H.stop(self.proc)
