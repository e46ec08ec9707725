#!/usr/bin/env python3
"""A tiny web terminal: a pty bridge (stdlib only) + the npm `terminal.js` VT100 emulator in a local page.

python3 webterm.py --port 8731 --cols 100 --rows 30 --theme dark --title T --log out.log -- bash script.sh

GET /            the page (terminal.js renders into a <div>)
GET /terminal.js the npm library (dist/terminal.js of terminal.js@1.0.11)
GET /out?pos=N   raw pty output from byte N on (the page polls this)
POST /in         bytes to write to the pty (keys)
"""
import argparse
import fcntl
import html
import os
import pty
import struct
import termios
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlparse, parse_qs

TERMJS = "/tmp/screens_test26/npm/node_modules/terminal.js/dist/terminal.js"

THEMES = {
    "dark": ("#1d2021", "#d5c4a1", "#ebdbb2"),
    "light": ("#fbf7ea", "#2b2b2b", "#444444"),
    "navy": ("#0f1b2d", "#cfd8e3", "#e6edf3"),
    "paper": ("#ffffff", "#1a1a1a", "#333333"),
}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<style>
html,body{{margin:0;padding:0;background:{bg};}}
#term{{font-family:'DejaVu Sans Mono',monospace;font-size:{fs}px;line-height:1.18;color:{fg};background:{bg};
padding:8px 10px;white-space:pre;}}
#term div{{white-space:pre;}}
</style></head><body><div id="term"></div>
<script src="/terminal.js"></script>
<script>
var term = new Terminal({{columns:{cols}, rows:{rows}}});
term.dom(document.getElementById('term'), {{cursorBg:'{cur}', cursorFg:'{bg}'}});
var pos = 0, dec = new TextDecoder('utf-8');
function poll(){{
  fetch('/out?pos='+pos).then(function(r){{return r.arrayBuffer();}}).then(function(b){{
    if (b.byteLength){{ pos += b.byteLength; term.write(dec.decode(new Uint8Array(b), {{stream:true}})); }}
    setTimeout(poll, b.byteLength ? 20 : 120);
  }}).catch(function(){{ setTimeout(poll, 500); }});
}}
poll();
</script></body></html>
"""


class Bridge:
    def __init__(self, argv, cols, rows, log, env):
        self.buf = bytearray()
        self.lock = threading.Lock()
        self.log = open(log, "wb") if log else None
        pid, fd = pty.fork()
        if pid == 0:
            os.environ.update(env)
            os.execvp(argv[0], argv)
        self.pid, self.fd = pid, fd
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        threading.Thread(target=self.reader, daemon=True).start()

    def reader(self):
        while True:
            try:
                data = os.read(self.fd, 65536)
            except OSError:
                break
            if not data:
                break
            with self.lock:
                self.buf += data
            if self.log:
                self.log.write(data)
                self.log.flush()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--cols", type=int, default=100)
    ap.add_argument("--rows", type=int, default=30)
    ap.add_argument("--fs", type=int, default=15)
    ap.add_argument("--theme", default="dark")
    ap.add_argument("--title", default="Terminal")
    ap.add_argument("--log", default=None)
    ap.add_argument("argv", nargs=argparse.REMAINDER)
    a = ap.parse_args()
    argv = a.argv[1:] if a.argv and a.argv[0] == "--" else a.argv
    bg, fg, cur = THEMES[a.theme]
    env = {"TERM": "xterm", "COLUMNS": str(a.cols), "LINES": str(a.rows)}
    br = Bridge(argv, a.cols, a.rows, a.log, env)
    page = PAGE.format(title=html.escape(a.title), bg=bg, fg=fg, cur=cur, cols=a.cols, rows=a.rows,
                       fs=a.fs).encode()
    termjs = open(TERMJS, "rb").read()

    class H(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send(self, body, ctype):
            self.send_response(200)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def do_GET(self):
            u = urlparse(self.path)
            if u.path == "/":
                self.send(page, "text/html; charset=utf-8")
            elif u.path == "/terminal.js":
                self.send(termjs, "application/javascript")
            elif u.path == "/out":
                pos = int(parse_qs(u.query).get("pos", ["0"])[0])
                with br.lock:
                    body = bytes(br.buf[pos:])
                self.send(body, "application/octet-stream")
            else:
                self.send_error(404)

        def do_POST(self):
            n = int(self.headers.get("Content-Length", "0"))
            data = self.rfile.read(n)
            os.write(br.fd, data)
            self.send(b"ok", "text/plain")

    ThreadingHTTPServer(("127.0.0.1", a.port), H).serve_forever()


if __name__ == "__main__":
    main()
