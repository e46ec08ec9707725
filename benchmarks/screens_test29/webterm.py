"""Terminal route of screens_test29: jquery.terminal (npm, 2.46.0) in `chromium --app`, fed live from a real
pty running `bash -i` (this stdlib bridge).  The page polls /out, shows every finished line with term.echo()
(ANSI colours through jquery.terminal's unix_formatting) and the current unfinished line (bash's prompt) as
the terminal's own prompt line.  The build types commands into the pty (like a user) and waits for quiet."""
import fcntl
import http.server
import json
import os
import pty
import re
import select
import struct
import termios
import threading
import time

NPM = "/tmp/screens_test29/npm/node_modules"

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>%(title)s</title>
<link rel="stylesheet" href="/npm/jquery.terminal/css/jquery.terminal.min.css">
<style>
html,body{margin:0;height:100%%;background:%(bg)s;overflow:hidden}
#t{height:100vh;box-sizing:border-box;padding:8px 10px;
  --background:%(bg)s;--color:%(fg)s;--font:'DejaVu Sans Mono',monospace;--size:%(size)s;--link-color:%(fg)s}
.terminal .terminal-output>div{min-height:1em}
</style>
<script src="/npm/jquery/dist/jquery.min.js"></script>
<script src="/npm/jquery.terminal/js/jquery.terminal.min.js"></script>
<script src="/npm/jquery.terminal/js/unix_formatting.js"></script>
</head><body><div id="t"></div>
<script>
var ver=-1;
var term=$('#t').terminal(function(){}, {greetings:false, prompt:'', enabled:true, scrollOnEcho:true,
   keymap:{}, exit:false, history:false});
function esc(s){return $.terminal.escape_brackets(s);}
function sendSize(){ fetch('/size',{method:'POST',body:JSON.stringify({cols:term.cols(),rows:term.rows()})}); }
setTimeout(sendSize, 400);
function poll(){
  fetch('/out').then(r=>r.json()).then(function(d){
    if(d.ver!==ver){
      ver=d.ver;
      var lines=d.text.split('\\n');
      var last=lines.pop();
      term.clear();
      if(lines.length) term.echo(esc(lines.join('\\n')));
      term.set_prompt(esc(last));
    }
  }).finally(function(){setTimeout(poll,150);});
}
poll();
</script></body></html>"""

CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-ln-z@`]|\x1b\][^\x07\x1b]*(\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x07")
SGR = re.compile(r"\x1b\[[0-9;]*m")


def clean(raw):
    """Bytes from the pty -> text with only SGR colour codes left (lines joined by \\n)."""
    s = raw.decode("utf-8", "replace")
    s = CSI.sub("", s)
    s = s.replace("\r\n", "\n")
    out = []
    for ch in s:
        if ch == "\b":
            if out and out[-1] != "\n":
                out.pop()
        elif ch == "\r":
            while out and out[-1] != "\n":
                out.pop()
        else:
            out.append(ch)
    return "".join(out)


def plain(text):
    return SGR.sub("", text)


class WebTerm:
    def __init__(self, port, title, bg, fg, size="1.1", home=None, ps1=None, cwd=None, env=None):
        self.port, self.title = port, title
        self.page = PAGE % dict(title=title, bg=bg, fg=fg, size=size)
        self.raw = b""
        self.ver = 0
        self.size = None
        self.home, self.ps1, self.cwd, self.env = home, ps1, cwd, env or {}
        self.pid = None
        self.fd = None
        self.last_out = time.time()
        self.lock = threading.Lock()
        self.httpd = None

    # ---- http ----
    def serve(self):
        wt = self

        class H(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def _send(self, body, ctype):
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                if self.path == "/":
                    self._send(wt.page.encode(), "text/html; charset=utf-8")
                elif self.path == "/out":
                    with wt.lock:
                        body = json.dumps({"ver": wt.ver, "text": clean(wt.raw)}).encode()
                    self._send(body, "application/json")
                elif self.path.startswith("/npm/"):
                    p = os.path.normpath(os.path.join(NPM, self.path[5:]))
                    if not p.startswith(NPM) or not os.path.isfile(p):
                        self.send_error(404)
                        return
                    ctype = "text/css" if p.endswith(".css") else "application/javascript"
                    self._send(open(p, "rb").read(), ctype)
                else:
                    self.send_error(404)

            def do_POST(self):
                n = int(self.headers.get("Content-Length", 0))
                data = self.rfile.read(n)
                if self.path == "/size":
                    wt.size = json.loads(data)
                self._send(b"ok", "text/plain")

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port), H)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    # ---- pty ----
    def start_shell(self, cols, rows):
        env = {"HOME": self.home, "TERM": "xterm-256color", "PATH": "/usr/local/bin:/usr/bin:/bin",
               "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "PS1": self.ps1, "INPUTRC": self.home + "/.inputrc",
               "USER": os.path.basename(self.home), "COLUMNS": str(cols), "LINES": str(rows),
               "PYTHONDONTWRITEBYTECODE": "1", "GIT_PAGER": "cat", "PAGER": "cat", "TZ": "UTC"}
        env.update(self.env)
        with open(self.home + "/.inputrc", "w") as f:
            f.write("set enable-bracketed-paste off\nset bell-style none\n")
        pid, fd = pty.fork()
        if pid == 0:
            os.chdir(self.cwd or self.home)
            os.execve("/bin/bash", ["bash", "--norc", "--noprofile", "-i"], env)
        fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
        self.pid, self.fd = pid, fd
        self.last_out = time.time()
        threading.Thread(target=self._reader, daemon=True).start()
        time.sleep(1.0)
        self.wait_quiet()

    def _reader(self):
        while True:
            try:
                r, _, _ = select.select([self.fd], [], [], 0.2)
                if r:
                    data = os.read(self.fd, 65536)
                    if not data:
                        break
                    with self.lock:
                        self.raw += data
                        self.ver += 1
                    self.last_out = time.time()
            except OSError:
                break

    def wait_quiet(self, quiet=0.8, timeout=60):
        t0 = time.time()
        while time.time() - t0 < timeout:
            if time.time() - self.last_out > quiet:
                return
            time.sleep(0.1)

    def run(self, cmd, quiet=0.8, timeout=60, char_delay=0.01):
        for ch in cmd:
            os.write(self.fd, ch.encode())
            time.sleep(char_delay)
        os.write(self.fd, b"\r")
        time.sleep(0.3)
        self.wait_quiet(quiet, timeout)

    def transcript(self):
        with self.lock:
            return plain(clean(self.raw))

    def close(self):
        if self.pid:
            try:
                os.kill(self.pid, 9)
                os.waitpid(self.pid, 0)
            except (ProcessLookupError, ChildProcessError):
                pass
        if self.httpd:
            self.httpd.shutdown()
            self.httpd.server_close()
