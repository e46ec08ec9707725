"""Tiny termqt (PyPI termqt 1.1, PyQt5) terminal window: runs an interactive bash in a pty,
types the given command lines into it one by one, and dumps the terminal's screen text."""
import json, sys, time, logging
from PyQt5.QtWidgets import QApplication, QMainWindow
from PyQt5.QtGui import QColor, QFont
from PyQt5.QtCore import QTimer
import termqt.terminal_widget as _tw, termqt.terminal_buffer as _tb
from termqt import Terminal, TerminalPOSIXExecIO

cfg = json.load(open(sys.argv[1]))
_tw.DEFAULT_BG_COLOR = _tb.DEFAULT_BG_COLOR = QColor(cfg.get("bg", "#1d1f21"))
_tw.DEFAULT_FG_COLOR = _tb.DEFAULT_FG_COLOR = QColor(cfg.get("fg", "#d0d0d0"))
app = QApplication([])
win = QMainWindow()
win.setWindowTitle(cfg["title"])
font = QFont("DejaVu Sans Mono"); font.setPointSize(cfg.get("font_size", 10))
term = Terminal(cfg["width"], cfg["height"], logger=logging.getLogger("t"), font_size=cfg.get("font_size", 10), font=font)
term.set_bg(QColor(cfg.get("bg", "#1d1f21"))); term.set_fg(QColor(cfg.get("fg", "#d0d0d0")))
term.maximum_line_history = 2000
win.setCentralWidget(term)
win.resize(cfg["width"], cfg["height"])
io = TerminalPOSIXExecIO(term.row_len, term.col_len, cfg["cmd"], env=cfg.get("env"))
io.stdout_callback = term.stdout
term.stdin_callback = io.write
term.resize_callback = io.resize
io.spawn()
win.show()
state = {"i": 0, "last": time.time(), "text": "", "done": False}
cmds = cfg["lines"]
def tick():
    txt = term._get_all_text_rstrip()
    now = time.time()
    if txt != state["text"]:
        state["text"] = txt; state["last"] = now
        return
    if now - state["last"] < cfg.get("quiet", 0.8):
        return
    if state["i"] < len(cmds):
        io.write((cmds[state["i"]] + "\r").encode()); state["i"] += 1; state["last"] = now
    elif not state["done"]:
        state["done"] = True
        open(cfg["dump"], "w").write(txt + "\n")
t = QTimer(); t.timeout.connect(tick); t.start(150)
QTimer.singleShot(1500, lambda: None)
app.exec_()
