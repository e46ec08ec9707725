"""Tiny pty bridge for the term.js (npm `term.js` 0.0.7, chjj) web terminal.

Runs an interactive bash in a real pty and serves a page that draws the pty output with term.js.
Standard library only.  Usage: python3 webterm.py PORT COLS ROWS CWD RCFILE THEME
"""
import fcntl
import http.server
import json
import os
import pty
import struct
import sys
import termios
import threading

PORT, COLS, ROWS = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
CWD, RC, THEME = sys.argv[4], sys.argv[5], sys.argv[6]
TERMJS = "/tmp/screens_test27/npm/node_modules/term.js/src/term.js"

THEMES = {
    # 16 ANSI colours + background + foreground
    "dark": ["#1c1f24", "#e06c75", "#98c379", "#e5c07b", "#61afef", "#c678dd", "#56b6c2", "#d7dae0",
             "#5c6370", "#ef8d95", "#b5e08f", "#f0d197", "#8ac6f7", "#d9a0ea", "#7fd0da", "#ffffff",
             "#1c1f24", "#d7dae0"],
    "light": ["#2e3436", "#b3261e", "#2d7d2d", "#8a6d00", "#1f57b3", "#8a3fa0", "#0f7b84", "#d3d7cf",
              "#555753", "#d64541", "#3d9a3d", "#a88700", "#3a74d4", "#a95cc0", "#1b98a3", "#eeeeec",
              "#fbfaf5", "#2b2b2b"],
    "green": ["#0b140c", "#ff6b5e", "#6fdc6f", "#e8d36a", "#6fa8ff", "#d68cff", "#5fd7d7", "#b9f5b9",
              "#4e6b50", "#ff8f85", "#8ff08f", "#f2e08a", "#8fbfff", "#e4aaff", "#87eaea", "#e6ffe6",
              "#0b140c", "#b9f5b9"],
    "sepia": ["#3b3024", "#a83a2a", "#4f7a28", "#946b0e", "#2f5d8a", "#7d4a8a", "#2f7a72", "#e9dfc7",
              "#6e5f4b", "#c0503e", "#66963a", "#b0851c", "#4677a6", "#9862a6", "#3f968c", "#fff8e7",
              "#f4ecd8", "#3b3024"],
}

buf = bytearray()
lock = threading.Lock()
pid, fd = pty.fork()
if pid == 0:
    os.chdir(CWD)
    os.environ["TERM"] = "xterm"
    os.environ["COLUMNS"], os.environ["LINES"] = str(COLS), str(ROWS)
    os.execvp("bash", ["bash", "--noprofile", "--rcfile", RC, "-i"])
fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))


def reader():
    while True:
        try:
            d = os.read(fd, 65536)
        except OSError:
            break
        if not d:
            break
        with lock:
            buf.extend(d)


threading.Thread(target=reader, daemon=True).start()

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>%(title)s</title>
<style id="term-style">
html,body{margin:0;padding:0;background:%(bg)s;overflow:hidden}
.terminal{float:left;border:%(bg)s solid 8px;font-family:"DejaVu Sans Mono",monospace;font-size:15px;
 line-height:19px;color:%(fg)s;background:%(bg)s}
.terminal-cursor{color:%(bg)s;background:%(fg)s}
</style><script src="/term.js"></script></head><body>
<script>
var term = new Terminal({cols:%(cols)d, rows:%(rows)d, colors:%(colors)s, useStyle:false,
                         screenKeys:false, cursorBlink:false, scrollback:2000});
term.open(document.body);
var off = 0, dec = new TextDecoder('utf-8');
function poll(){
  fetch('/out?off=' + off).then(function(r){ off = parseInt(r.headers.get('X-Next')); return r.arrayBuffer(); })
   .then(function(b){ if (b.byteLength) term.write(dec.decode(new Uint8Array(b), {stream:true}));
                      setTimeout(poll, 120); })
   .catch(function(){ setTimeout(poll, 500); });
}
poll();
</script></body></html>"""


class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def send(self, code, body, ctype, extra=None):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        if self.path == "/" or self.path.startswith("/?"):
            pal = THEMES[THEME]
            title = open(RC + ".title").read().strip() if os.path.exists(RC + ".title") else "terminal"
            body = PAGE % dict(title=title, bg=pal[16], fg=pal[17], cols=COLS, rows=ROWS,
                               colors=json.dumps(pal))
            self.send(200, body.encode(), "text/html; charset=utf-8")
        elif self.path == "/term.js":
            self.send(200, open(TERMJS, "rb").read(), "application/javascript")
        elif self.path.startswith("/out"):
            off = int(self.path.split("off=")[1])
            with lock:
                data = bytes(buf[off:])
            self.send(200, data, "application/octet-stream", {"X-Next": str(off + len(data))})
        elif self.path == "/transcript":
            with lock:
                data = bytes(buf)
            self.send(200, data, "application/octet-stream")
        else:
            self.send(404, b"", "text/plain")

    def do_POST(self):
        n = int(self.headers.get("Content-Length", 0))
        data = self.rfile.read(n)
        if self.path == "/in":
            os.write(fd, data)
        self.send(200, b"ok", "text/plain")


http.server.ThreadingHTTPServer(("127.0.0.1", PORT), H).serve_forever()
