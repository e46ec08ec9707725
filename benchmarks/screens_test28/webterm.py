"""Terminal route of screens_test28: ghostty-web 0.4.0 (npm; Ghostty's VT parser compiled to WASM,
canvas renderer) in a local page, shown by `chromium --app`, fed by this small Python pty bridge.

Run with a Python that has `websockets` (a venv under /tmp/screens_test28/venv):
    python webterm.py SPECDIR JSDIR PORT
HTTP on PORT serves the page and the JS; a websocket on PORT+1 starts the session of one scene.
A scene spec SPECDIR/<scene>.json = {cwd, env, title, theme, steps:[{send, wait}]}.
The bridge writes <scene>.log (raw pty transcript) and <scene>.done when all steps were sent.
"""
import asyncio, fcntl, json, os, pty, struct, sys, termios, threading, time, codecs
import http.server, socketserver, urllib.parse
from websockets.asyncio.server import serve

SPECDIR, JSDIR, PORT = sys.argv[1], sys.argv[2], int(sys.argv[3])

THEMES = {
    'dark': dict(background='#1d2126', foreground='#d4d4cf', cursor='#d4d4cf',
                 black='#1d2126', red='#e06c6c', green='#98c379', yellow='#e5c07b', blue='#61afef',
                 magenta='#c678dd', cyan='#56b6c2', white='#d4d4cf', brightBlack='#7f848e',
                 brightRed='#ff7b7b', brightGreen='#b5e890', brightYellow='#ffd58a',
                 brightBlue='#82c3ff', brightMagenta='#dd99f0', brightCyan='#7fd3dd', brightWhite='#ffffff'),
    'light': dict(background='#f7f5ee', foreground='#2b2b2b', cursor='#2b2b2b',
                  black='#2b2b2b', red='#b3261e', green='#2e7d32', yellow='#8a6d00', blue='#1f5fbf',
                  magenta='#8e3aa8', cyan='#00717a', white='#d8d4c8', brightBlack='#6b6b6b',
                  brightRed='#d32f2f', brightGreen='#388e3c', brightYellow='#a07d00',
                  brightBlue='#2c6fd6', brightMagenta='#a24bbf', brightCyan='#00838f', brightWhite='#ffffff'),
}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>%(title)s</title>
<style>html,body{margin:0;height:100%%;background:%(bg)s;overflow:hidden}
#t{position:absolute;left:8px;top:6px;right:4px;bottom:4px}</style></head>
<body><div id="t"></div><script type="module">
import { init, Terminal, FitAddon } from './ghostty-web.js';
await init();
const term = new Terminal({fontFamily: 'DejaVu Sans Mono', fontSize: %(fs)d, cursorBlink: false,
                           theme: %(theme)s});
const fit = new FitAddon();
term.loadAddon(fit);
term.open(document.getElementById('t'));
fit.fit();
const ws = new WebSocket('ws://127.0.0.1:%(wsport)d/?scene=%(scene)s');
ws.onopen = () => ws.send(JSON.stringify({cols: term.cols, rows: term.rows}));
ws.onmessage = (e) => term.write(e.data);
term.onData((d) => ws.send(JSON.stringify({data: d})));
</script></body></html>"""


class Static(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *a):
        pass

    def do_GET(self):
        u = urllib.parse.urlparse(self.path)
        if u.path.endswith('.js'):
            body = open(os.path.join(JSDIR, os.path.basename(u.path)), 'rb').read()
            ctype = 'text/javascript'
        else:
            scene = urllib.parse.parse_qs(u.query)['scene'][0]
            spec = json.load(open(os.path.join(SPECDIR, scene + '.json')))
            th = THEMES[spec.get('theme', 'dark')]
            body = (PAGE % dict(title=spec['title'], bg=th['background'], fs=spec.get('font', 15),
                                theme=json.dumps(th), wsport=PORT + 1, scene=scene)).encode()
            ctype = 'text/html; charset=utf-8'
        self.send_response(200)
        self.send_header('Content-Type', ctype)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


async def session(ws):
    scene = urllib.parse.parse_qs(urllib.parse.urlparse(ws.request.path).query)['scene'][0]
    spec = json.load(open(os.path.join(SPECDIR, scene + '.json')))
    size = json.loads(await ws.recv())
    env = {'PATH': '/usr/local/bin:/usr/bin:/bin', 'TERM': 'xterm-256color', 'LANG': 'C.UTF-8',
           'COLORTERM': 'truecolor'}
    env.update(spec.get('env', {}))
    pid, fd = pty.fork()
    if pid == 0:
        os.chdir(spec['cwd'])
        os.execve('/bin/bash', ['bash', '--noprofile', '--norc', '-i'], env)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack('HHHH', size['rows'], size['cols'], 0, 0))
    log = open(os.path.join(SPECDIR, scene + '.log'), 'wb')
    loop = asyncio.get_running_loop()
    dec = codecs.getincrementaldecoder('utf-8')('replace')
    last = [time.time()]
    q = asyncio.Queue()

    def readable():
        try:
            data = os.read(fd, 65536)
        except OSError:
            data = b''
        if not data:
            loop.remove_reader(fd)
            return
        log.write(data); log.flush()
        last[0] = time.time()
        q.put_nowait(dec.decode(data))
    loop.add_reader(fd, readable)

    async def pump():
        while True:
            await ws.send(await q.get())

    async def inbox():
        async for m in ws:
            d = json.loads(m).get('data')
            if d:
                os.write(fd, d.encode())

    async def steps():
        await asyncio.sleep(1.0)
        for st in spec['steps']:
            for ch in st['send']:
                os.write(fd, ch.encode())
                await asyncio.sleep(st.get('typing', 0.0))
            await asyncio.sleep(st.get('wait', 0.5))
            t0 = time.time()
            while time.time() - last[0] < st.get('quiet', 0.6) and time.time() - t0 < 20:
                await asyncio.sleep(0.1)
        open(os.path.join(SPECDIR, scene + '.done'), 'w').write('ok')

    tasks = [asyncio.create_task(x) for x in (pump(), inbox(), steps())]
    try:
        await asyncio.gather(*tasks)
    except Exception:
        pass
    finally:
        for t in tasks:
            t.cancel()
        try:
            os.kill(pid, 9)
            os.waitpid(pid, 0)
        except Exception:
            pass


def http_thread():
    socketserver.TCPServer.allow_reuse_address = True
    with socketserver.ThreadingTCPServer(('127.0.0.1', PORT), Static) as s:
        s.serve_forever()


async def main():
    threading.Thread(target=http_thread, daemon=True).start()
    async with serve(session, '127.0.0.1', PORT + 1, max_size=None):
        await asyncio.Future()

asyncio.run(main())
