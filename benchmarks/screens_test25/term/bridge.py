"""Tiny pty <-> websocket bridge for the hterm page (run with Debian's /usr/bin/python3).

argv: http_port ws_port scenes_dir static_dir
A scene file <scenes_dir>/<name>.json = {"cwd", "env", "argv", "steps": [{"send": str, "quiet": s}, ...]}.
The shell starts when the page reports its size; each step's text is written to the pty once the output has
been quiet for `quiet` seconds. All output is appended to <scenes_dir>/<name>.log; <name>.done is written when
the last step has been sent and the output has settled."""
import asyncio, codecs, functools, http.server, json, os, sys, threading, time
import ptyprocess, websockets

HTTP, WSP, SCENES, STATIC = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]


def serve_static():
    h = functools.partial(http.server.SimpleHTTPRequestHandler, directory=STATIC)
    h.log_message = lambda *a: None
    http.server.ThreadingHTTPServer(('127.0.0.1', HTTP), h).serve_forever()


async def session(ws, path=None):
    name = (path or ws.path).strip('/')
    sc = json.load(open(os.path.join(SCENES, name + '.json')))
    first = await ws.recv()
    cols, rows = map(int, first[2:].split(','))
    env = dict(sc.get('env', {}))
    env.setdefault('TERM', 'xterm-256color')
    proc = ptyprocess.PtyProcess.spawn(sc.get('argv', ['bash', '--norc', '--noprofile', '-i']),
                                       cwd=sc['cwd'], env=env, dimensions=(rows, cols))
    loop = asyncio.get_running_loop()
    log = open(os.path.join(SCENES, name + '.log'), 'w', encoding='utf-8')
    dec = codecs.getincrementaldecoder('utf-8')('replace')
    last = [time.time()]

    def reader():
        while True:
            try:
                b = proc.read(65536)
            except EOFError:
                break
            s = dec.decode(b)
            last[0] = time.time()
            log.write(s); log.flush()
            asyncio.run_coroutine_threadsafe(ws.send(s), loop)
    threading.Thread(target=reader, daemon=True).start()

    async def stepper():
        await asyncio.sleep(0.8)
        for st in sc['steps']:
            q = st.get('quiet', 0.6)
            while time.time() - last[0] < q:
                await asyncio.sleep(0.1)
            await asyncio.sleep(st.get('pause', 0))
            txt = st['send']
            if st.get('type'):
                for ch in txt:
                    proc.write(ch.encode()); await asyncio.sleep(0.02)
            else:
                proc.write(txt.encode())
        while time.time() - last[0] < 1.5:
            await asyncio.sleep(0.1)
        open(os.path.join(SCENES, name + '.done'), 'w').write('ok')
    task = asyncio.ensure_future(stepper())
    try:
        async for m in ws:
            if m.startswith('\x00R'):
                c, r = map(int, m[2:].split(','))
                proc.setwinsize(r, c)
            else:
                proc.write(m.encode())
    finally:
        task.cancel()
        proc.terminate(force=True)


async def main():
    threading.Thread(target=serve_static, daemon=True).start()
    async with websockets.serve(session, '127.0.0.1', WSP):
        await asyncio.Future()

asyncio.run(main())
