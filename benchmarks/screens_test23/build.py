#!/usr/bin/env python3
"""screens_test23: held-out screenshots of real Debian 12 applications under Xvfb :77 + openbox.

Every gold answer is computed from the data this script generates.  Run with the project venv python
(needs pillow + matplotlib); the home-made windows run with Debian's /usr/bin/python3.

    /work/main/.venv/bin/python build.py            # all windows, rewrites manifest.jsonl
    /work/main/.venv/bin/python build.py t03 g05    # recapture some windows (their parts only)
"""
import datetime as dt
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import xutil  # noqa: E402
from xutil import sh, start, stop, wait_window, place, capture, key, type_text, env_with  # noqa: E402

SEED = 8863
SCR = '/tmp/screens_test23'
IMG = os.path.join(HERE, 'images')
PARTS = os.path.join(HERE, '.parts')
VENV = os.path.join(SCR, 'venv')          # butterfly, pytest, pytest-html, libsass (pip)
BF_PKG = os.path.join(VENV, 'lib/python3.11/site-packages/butterfly')
SYS_PY = '/usr/bin/python3'


def R(name):
    return random.Random(f'{SEED}-{name}')


class Window:
    def __init__(self, name, image_text=''):
        self.name = name
        self.qs = []
        self.text = image_text   # text the window draws (for literal checks)

    def q(self, question, answer, atype, intent, literal=None, category=None):
        answer = str(answer)
        if literal is None:
            literal = atype not in ('count', 'yesno', 'approx') and answer in self.text
        if literal:
            for part in answer.split('; '):
                assert part in self.text, f'{self.name}: literal gold {part!r} not in drawn text'
        self.qs.append(dict(question=question, answer=answer, answer_type=atype, intent=intent,
                            literal=bool(literal), category=category or self.category))


def fmt_iso(ts):
    return dt.datetime.fromtimestamp(ts).strftime('%Y-%m-%d %H:%M')


def ts_of(y, mo, d, h=0, mi=0):
    return time.mktime((y, mo, d, h, mi, 0, 0, 0, -1))


def write(path, data, mode='w'):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, mode) as f:
        f.write(data)


def fresh(path):
    if os.path.exists(path):
        shutil.rmtree(path)
    os.makedirs(path)
    return path


# ---------------------------------------------------------------- terminal (Butterfly web terminal in chromium --app)
PROMPT_USER = 'nora'
PROMPT_HOST = 'ledger'
BF_PORT = 57623


def bf_package(theme):
    """A private copy of the butterfly package whose default stylesheet is one of its built-in themes."""
    dst = os.path.join(SCR, f'bf_{theme}')
    if not os.path.exists(os.path.join(dst, 'butterfly', 'static', 'main.css.done')):
        fresh(dst)
        shutil.copytree(BF_PKG, os.path.join(dst, 'butterfly'))
        if theme != 'default':
            css = subprocess.run([os.path.join(VENV, 'bin/python'), '-c',
                                  'import sass,sys;p=sys.argv[1];t=sys.argv[2];'
                                  'print(sass.compile(filename=f"{p}/themes/{t}/style.sass",'
                                  'include_paths=[f"{p}/themes/{t}",f"{p}/sass"]))', BF_PKG, theme],
                                 capture_output=True, text=True, check=True).stdout
            write(os.path.join(dst, 'butterfly', 'static', 'main.css'), css)
        write(os.path.join(dst, 'butterfly', 'static', 'main.css.done'), '')
    return dst


def prompt(cwd):
    return f'\\033[1;32m{PROMPT_USER}@{PROMPT_HOST}\\033[0m:\\033[1;34m{cwd}\\033[0m$ '


def session_script(name, cwd_real, cwd_shown, cmds, title):
    """bash script: prints a prompt + command, runs it; ends on an idle prompt."""
    lines = ['#!/bin/bash', f'cd {cwd_real}', 'export LC_ALL=C.UTF-8 TZ=UTC COLUMNS=100',
             'sleep 0.8', "printf '\\033[2J\\033[3J\\033[H'", f"printf '\\033]0;{title}\\007'"]
    for c in cmds:
        shown = c[0] if isinstance(c, tuple) else c
        run = c[1] if isinstance(c, tuple) else c
        lines.append(f"printf '%b' '{prompt(cwd_shown)}'" + f"; printf '%s\\n' {sh_quote(shown)}")
        lines.append(('echo $__rc' if run == 'echo $?' else run) + '; __rc=$?')
    lines.append(f"printf '%b' '{prompt(cwd_shown)}'")
    lines.append('[ -n "$S23_LIVE" ] && exec sleep 100000')
    path = os.path.join(SCR, 'scripts', f'{name}.sh')
    write(path, '\n'.join(lines) + '\n')
    return path


def sh_quote(s):
    return "'" + s.replace("'", "'\\''") + "'"


def transcript(script, env=None):
    out = subprocess.run(['bash', script], capture_output=True, text=True, env=env or dict(os.environ, TZ='UTC')).stdout
    out = re.sub(r'\x1b\][^\x07]*\x07', '', out)
    out = re.sub(r'\x1b\[[0-9;?]*[A-Za-z]', '', out)
    return out


def run_terminal(w, script, theme, size=(980, 620)):
    pkg = bf_package(theme)
    env = env_with(PYTHONPATH=pkg, HOME=os.path.join(SCR, 'home'), S23_LIVE='1', TZ='UTC')
    srv = start([os.path.join(VENV, 'bin/python'), os.path.join(VENV, 'bin/butterfly.server.py'), '--unsecure',
                 '--host=127.0.0.1', f'--port={BF_PORT}', '--login=False', f'--cmd=bash {script}'], env=env,
                log=os.path.join(SCR, 'logs', f'{w.name}_bf.log'))
    time.sleep(2.5)
    prof = fresh(os.path.join(SCR, 'chrome', w.name))
    br = xutil.chromium(f'http://127.0.0.1:{BF_PORT}/', prof, x=60, y=40, w=size[0], h=size[1])
    try:
        wid = None
        t0 = time.time()
        while time.time() - t0 < 40 and not wid:
            ids = xutil.search(['--class', 'chromium'])
            wid = ids[-1] if ids else None
            time.sleep(0.5)
        time.sleep(5)
        place(wid, 60, 40, size[0], size[1])
        time.sleep(2)
        capture(wid, os.path.join(IMG, f'{w.name}.png'))
    finally:
        stop(br)
        stop(srv)


# ---------------------------------------------------------------- T1: ls -l + du
def t01_ls():
    w = Window('t01_term_ls'); w.category = 'terminal'
    r = R(w.name)
    base = fresh(os.path.join(SCR, 'home', 'nora', 'reports'))
    pool = ['budget_2026.ods', 'q3_summary.pdf', 'vendors.csv', 'payroll_oct.csv', 'audit_notes.txt',
            'forecast_v2.ods', 'invoices_sep.csv', 'board_deck.pdf', 'expenses.json', 'tax_memo.odt',
            'ledger_export.csv', 'petty_cash.csv', 'headcount.xlsx', 'rent_schedule.pdf']
    names = r.sample(pool, 10)
    sizes = r.sample(range(900, 420000, 37), 10)
    big = max(sizes)
    sizes[sizes.index(big)] = big + r.randint(150000, 300000)
    days = r.sample(range(0, 250), 10)
    files = []
    for n, s, d in zip(names, sizes, days):
        t = ts_of(2026, 2, 1, r.randint(8, 18), r.randint(0, 59)) + d * 86400
        p = os.path.join(base, n)
        with open(p, 'wb') as f:
            f.write(bytes(r.getrandbits(8) for _ in range(64)) * (s // 64) + b'x' * (s % 64))
        os.utime(p, (t, t))
        files.append(dict(name=n, size=s, mtime=t))
    dsz = {}
    for dname, cnt in (('archive', r.randint(3, 5)), ('drafts', r.randint(2, 4))):
        dp = os.path.join(base, dname)
        os.makedirs(dp)
        tot = 0
        for i in range(cnt):
            s = r.randint(200000, 900000)
            write(os.path.join(dp, f'part{i + 1}.bin'), 'a' * s)
            tot += s
        dsz[dname] = tot
        t = ts_of(2026, 1, 20, 9, 30) + r.randint(0, 40) * 86400
        os.utime(dp, (t, t))
    script = session_script(w.name, base, '~/reports',
                            ['ls -l --time-style=long-iso', 'du -sh --apparent-size archive drafts'],
                            'nora@ledger: ~/reports')
    # ls shows the owner; run as root the transcript says root root
    w.text = transcript(script)
    by_size = sorted(files, key=lambda f: -f['size'])
    by_time = sorted(files, key=lambda f: f['mtime'])
    for f in files:
        assert f'{f["size"]} {fmt_iso(f["mtime"])} {f["name"]}' in re.sub(' +', ' ', w.text), f
    csvs = [f for f in files if f['name'].endswith('.csv')]
    pick = r.choice([f for f in files if f is not by_size[0]])
    w.q('which file in this folder is the biggest?', by_size[0]['name'], 'text', 'argmax')
    w.q(f'how many bytes is {pick["name"]}', pick['size'], 'number', 'lookup')
    w.q('most recently modified file?', by_time[-1]['name'], 'text', 'latest')
    w.q('How many CSV files are in reports?', len(csvs), 'count', 'count')
    w.q('which one has not been touched for the longest time', by_time[0]['name'], 'text', 'earliest')
    du_line = [l for l in w.text.splitlines() if len(l.split()) == 2 and l.split()[1] == 'archive']
    du_arch = du_line[0].split()[0]
    assert du_arch == du_h(dsz['archive']), (du_arch, dsz['archive'])
    w.q('du says the archive folder is how big', du_arch, 'text', 'lookup')
    run_terminal(w, script, 'default', size=(900, 470))
    return w


def du_h(n):
    """GNU du -h (ceiling, one decimal below 10)."""
    import math
    units = 'KMGT'
    v = float(n)
    u = ''
    for un in units:
        if v < 1024:
            break
        v /= 1024
        u = un
    if u == '':
        return str(int(n))
    if v < 10:
        v = math.ceil(v * 10) / 10
        if v >= 10:
            return f'{int(math.ceil(v))}{u}'
        return f'{v:.1f}{u}'
    return f'{int(math.ceil(v))}{u}'


# ---------------------------------------------------------------- T2: git log + status
def t02_git():
    w = Window('t02_term_git'); w.category = 'git'
    r = R(w.name)
    repo = fresh(os.path.join(SCR, 'home', 'nora', 'src', 'tidepool'))
    authors = [('Ines Carvalho', 'ines@tidepool.dev'), ('Marek Nowak', 'marek@tidepool.dev'),
               ('Yusuf Demir', 'yusuf@tidepool.dev')]
    subjects = ['Initial import of tide table parser', 'Add harbour config loader', 'Fix off-by-one in high tide index',
                'Cache station metadata', 'Add CSV export for daily tides', 'Handle missing sensor readings',
                'Bump pyproject version to 0.4.0', 'Document the export command', 'Retry station fetch on timeout']
    n = 8
    subjects = subjects[:1] + r.sample(subjects[1:], n - 1)
    seq = [r.choice(authors) for _ in range(n)]
    seq[0] = authors[0]
    t = ts_of(2026, 9, 1, 9, 0)
    commits = []
    genv = dict(os.environ, GIT_CONFIG_GLOBAL='/dev/null', GIT_CONFIG_NOSYSTEM='1', TZ='UTC')
    subprocess.run(['git', 'init', '-q', '-b', 'main', repo], check=True, env=genv)
    files = ['tides.py', 'config.py', 'export.py', 'stations.py', 'README.md']
    for i in range(n):
        t += r.randint(1, 3) * 86400 + r.randint(0, 5000)
        a = seq[i]
        f = files[i % len(files)]
        write(os.path.join(repo, f), f'# {subjects[i]}\nVERSION_STEP = {i}\n', 'a')
        stamp = dt.datetime.utcfromtimestamp(t - time.timezone).strftime('%Y-%m-%dT%H:%M:%S+0000') if False else \
            time.strftime('%Y-%m-%dT%H:%M:%S+0000', time.gmtime(t))
        e = dict(genv, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        subprocess.run(['git', '-C', repo, 'add', '-A'], check=True, env=e)
        subprocess.run(['git', '-C', repo, 'commit', '-q', '-m', subjects[i]], check=True, env=e)
        h = subprocess.run(['git', '-C', repo, 'rev-parse', '--short=7', 'HEAD'], capture_output=True, text=True,
                           env=e).stdout.strip()
        commits.append(dict(hash=h, author=a[0], subject=subjects[i], date=time.strftime('%Y-%m-%d', time.gmtime(t))))
    branch = 'feature/' + r.choice(['neap-alerts', 'station-sync', 'tide-export'])
    subprocess.run(['git', '-C', repo, 'checkout', '-q', '-b', branch], check=True, env=genv)
    modified = r.sample(files[:4], 2)
    for f in modified:
        write(os.path.join(repo, f), 'print("wip")\n', 'a')
    write(os.path.join(repo, 'notes_todo.txt'), 'check spring tides\n')
    script = session_script(w.name, repo, '~/src/tidepool',
                            ['git log --date=short --format="%h %ad %<(14)%an %s"', 'git status -sb'],
                            'nora@ledger: ~/src/tidepool')
    w.text = transcript(script, env=dict(genv))
    cnt = {}
    for c in commits:
        cnt[c['author']] = cnt.get(c['author'], 0) + 1
    who = r.choice([a[0] for a in authors if a[0] in cnt])
    mid = r.choice(commits[1:-1])
    w.q(f'how many commits did {who} make?', cnt[who], 'count', 'count')
    w.q(f'who committed "{mid["subject"]}"', mid['author'], 'person', 'party')
    w.q("what's the latest commit message", commits[-1]['subject'], 'text', 'latest')
    w.q('hash of the very first commit', commits[0]['hash'], 'code', 'nth')
    w.q('which branch is checked out', branch, 'text', 'lookup')
    w.q('How many files show as modified in git status?', len(modified), 'count', 'count')
    w.q(f'date of the commit {mid["hash"]}?', mid['date'], 'date', 'lookup')
    run_terminal(w, script, 'color-solarized-light')
    return w


# ---------------------------------------------------------------- T3: unittest run
def t03_tests():
    w = Window('t03_term_unittest'); w.category = 'terminal'
    r = R(w.name)
    d = fresh(os.path.join(SCR, 'home', 'nora', 'src', 'farecalc'))
    write(os.path.join(d, 'fares.py'), '''"""Bus fare rules."""
BASE = 2.40
def single(zones):
    return round(BASE + 0.85 * (zones - 1), 2)
def day_pass(zones):
    return round(min(single(zones) * 3, 6.5 + zones), 2)
def child(zones):
    return round(single(zones) / 2, 2)
def per_trip(total, trips):
    return round(total / trips, 2)
def senior(zones, hour):
    return 0.0 if 9 <= hour < 16 else single(zones)
''')
    sys.path.insert(0, d)
    import importlib
    fares = importlib.import_module('fares')
    cases = [('test_single_one_zone', 'single(1)', fares.single(1)),
             ('test_single_three_zones', 'single(3)', fares.single(3)),
             ('test_day_pass_two_zones', 'day_pass(2)', fares.day_pass(2)),
             ('test_day_pass_four_zones', 'day_pass(4)', fares.day_pass(4)),
             ('test_child_two_zones', 'child(2)', fares.child(2)),
             ('test_senior_off_peak', 'senior(2, 11)', fares.senior(2, 11)),
             ('test_senior_peak', 'senior(2, 8)', fares.senior(2, 8)),
             ('test_per_trip_week', 'per_trip(31.5, 10)', fares.per_trip(31.5, 10))]
    wrong = set(r.sample(range(len(cases)), 2))
    lines = ['import unittest', 'from fares import *', '', '', 'class FareTests(unittest.TestCase):']
    results = {}
    for i, (tn, expr, val) in enumerate(cases):
        exp = round(val + (0.35 if i in wrong else 0), 2)
        lines += [f'    def {tn}(self):', f'        self.assertEqual({expr}, {exp})', '']
        results[tn] = 'FAIL' if i in wrong else 'ok'
    lines += ['    def test_per_trip_zero_trips(self):', '        self.assertEqual(per_trip(12.0, 0), 0)', '']
    results['test_per_trip_zero_trips'] = 'ERROR'
    write(os.path.join(d, 'test_fares.py'), '\n'.join(lines) + '\n')
    script = session_script(w.name, d, '~/src/farecalc',
                            ['python3 -m unittest -v test_fares 2>&1 | grep -E " \\.\\.\\. |^Ran|^FAILED|Error:"',
                             'python3 -m unittest test_fares 2>/dev/null; echo $?'],
                            'nora@ledger: ~/src/farecalc')
    w.text = transcript(script)
    sys.path.remove(d)
    for tn, st in results.items():
        assert re.search(rf'{tn} \(.*\) \.\.\. {st}', w.text), (tn, st, w.text)
    n_fail = sum(1 for v in results.values() if v == 'FAIL')
    n_ok = sum(1 for v in results.values() if v == 'ok')
    assert f'FAILED (failures={n_fail}, errors=1)' in w.text
    ok_name = r.choice([k for k, v in results.items() if v == 'ok'])
    bad_name = r.choice([k for k, v in results.items() if v == 'FAIL'])
    w.q('how many tests were run', len(results), 'count', 'count')
    w.q('how many of them passed?', n_ok, 'count', 'count')
    w.q(f'did {bad_name} pass', 'no', 'yesno', 'state_yesno')
    w.q(f'{ok_name} - ok or not?', 'yes', 'yesno', 'state_yesno')
    w.q('which test ended with an ERROR instead of a failure', 'test_per_trip_zero_trips', 'text', 'error')
    try:
        fares.per_trip(12.0, 0)
        exc = None
    except Exception as ex:  # the real exception the test hits
        exc = f'{type(ex).__name__}: {ex}'
    assert exc and exc in w.text
    w.q('what exception does the erroring test raise', exc, 'error', 'error')
    assert re.search(r'echo \$\?\n1\n', w.text), w.text
    w.q('exit code of the last command?', 1, 'number', 'lookup', literal=True)
    run_terminal(w, script, 'color-dracula')
    return w


# ---------------------------------------------------------------- T4: traceback
def t04_traceback():
    w = Window('t04_term_traceback'); w.category = 'terminal'
    r = R(w.name)
    d = fresh(os.path.join(SCR, 'home', 'nora', 'src', 'restock'))
    skus = r.sample(['HX-210', 'HX-214', 'BR-330', 'BR-341', 'PN-090', 'PN-118', 'LT-402', 'LT-415', 'CB-77'], 6)
    items = ['hex bolt M8', 'hex bolt M10', 'bracket L', 'bracket T', 'pin 6mm', 'pin 8mm', 'latch', 'latch XL', 'cable tie']
    rows = []
    for s in skus:
        rows.append([s, items[['HX-210', 'HX-214', 'BR-330', 'BR-341', 'PN-090', 'PN-118', 'LT-402', 'LT-415', 'CB-77'].index(s)],
                     str(r.randint(3, 240)), str(r.randint(20, 80))])
    bad = r.randint(2, 5)
    badval = rows[bad][2] + r.choice(['b', 'x', 'o'])
    rows[bad][2] = badval
    write(os.path.join(d, 'stock.csv'), 'sku,item,qty,min_qty\n' + ''.join(','.join(x) + '\n' for x in rows))
    code = '''import csv
import sys


def load(path):
    with open(path, newline="") as fh:
        return list(csv.DictReader(fh))


def shortfall(row):
    qty = int(row["qty"])
    return max(0, int(row["min_qty"]) - qty)


def main():
    rows = load("stock.csv")
    total = 0
    for row in rows:
        total += shortfall(row)
    print("units to reorder:", total)


if __name__ == "__main__":
    main()
'''
    write(os.path.join(d, 'restock.py'), code)
    script = session_script(w.name, d, '~/src/restock',
                            ['cat stock.csv', ('python3 restock.py', 'python3 restock.py 2>&1'), 'echo $?'],
                            'nora@ledger: ~/src/restock')
    w.text = transcript(script)
    errline = f"ValueError: invalid literal for int() with base 10: '{badval}'"
    assert errline in w.text
    code_lines = code.splitlines()
    ln = next(i + 1 for i, l in enumerate(code_lines) if 'qty = int(row["qty"])' in l)
    assert f'line {ln}, in shortfall' in w.text
    ask = r.choice([x for i, x in enumerate(rows) if i != bad])
    w.q('what error did the script hit?', errline, 'error', 'error')
    w.q('which line of restock.py does it crash on', ln, 'number', 'lookup')
    w.q('name of the function where the exception was raised', 'shortfall', 'text', 'read')
    assert re.search(r'echo \$\?\n1\n', w.text)
    w.q('exit status?', 1, 'number', 'lookup', literal=True)
    w.q('how many products are in stock.csv', len(rows), 'count', 'count')
    w.q(f'qty for {ask[0]}?', ask[2], 'number', 'cell')
    w.q('which SKU has the broken qty value', rows[bad][0], 'code', 'lookup')
    run_terminal(w, script, 'color-base16-light')
    return w


# ---------------------------------------------------------------- T5: ps of my workers
WORKER = r'''
import ctypes, sys, time
name, mb = sys.argv[1], int(sys.argv[2])
ctypes.CDLL(None).prctl(15, name.encode(), 0, 0, 0)
buf = bytearray(mb * 1024 * 1024)
for i in range(0, len(buf), 4096):
    buf[i] = 1
time.sleep(900)
'''


def t05_ps():
    w = Window('t05_term_ps'); w.category = 'system_monitor'
    r = R(w.name)
    names = ['s23-ingest', 's23-thumbs', 's23-mailer', 's23-indexer', 's23-backup']
    mbs = [40, 85, 140, 210, 300]
    r.shuffle(mbs)
    mem = dict(zip(names, mbs))
    wp = os.path.join(SCR, 'scripts', 'worker.py')
    write(wp, WORKER)
    procs = [start([SYS_PY, wp, n, str(m)], log=os.path.join(SCR, 'logs', 'workers.log')) for n, m in mem.items()]
    time.sleep(4)
    d = os.path.join(SCR, 'home', 'nora')
    script = session_script(w.name, d, '~', ['ps -o pid,rss,vsz,comm -C ' + ','.join(names) + ' --sort=-rss',
                                             'pgrep -c s23-'], 'nora@ledger: ~')
    try:
        w.text = transcript(script)
        order = [l.split()[-1] for l in w.text.splitlines() if l.split() and l.split()[-1] in mem]
        exp = sorted(names, key=lambda n: -mem[n])
        assert order == exp, (order, exp)
        a, b = r.sample(names, 2)
        c, d2 = r.sample(names, 2)
        w.q('which of my workers is using the most memory', exp[0], 'text', 'argmax')
        w.q('and the one with the smallest RSS?', exp[-1], 'text', 'argmin')
        w.q('how many s23 processes are running', len(names), 'count', 'count', literal=True)
        w.q(f'is {a} using more memory than {b}?', 'yes' if mem[a] > mem[b] else 'no', 'yesno', 'compare_more')
        w.q(f'{c} or {d2}, which one needs less RAM', c if mem[c] < mem[d2] else d2, 'text', 'choice_less')
        w.q('second process in the list?', exp[1], 'text', 'nth')
        run_terminal(w, script, 'color-one-dark')
    finally:
        for p in procs:
            stop(p)
    return w


# ---------------------------------------------------------------- T6: nickle calculator session
def t06_nickle():
    w = Window('t06_term_nickle'); w.category = 'calculator'
    r = R(w.name)
    a, b = r.randint(1200, 4800), r.randint(6, 24)
    c, dd = r.randint(15000, 60000), r.randint(120, 950)
    e = r.randint(2, 9)
    price = r.choice([19.99, 249.5, 1250, 88.4])
    exprs = [f'{a} * {b}', f'{c} - {dd} * {e}', f'{price} * 1.2', f'{c} % {dd}', '2 ** 16']
    d = os.path.join(SCR, 'home', 'nora')
    feed = ''.join(x + '\n' for x in exprs)
    write(os.path.join(SCR, 'scripts', 'nickle_in.txt'), feed)
    # run nickle interactively inside `script` so it shows its '> ' prompt and echoes the input
    script = session_script(w.name, d, '~', [
        ('nickle', f"(sleep 0.5; while read -r l; do echo \"$l\"; sleep 0.3; done < {SCR}/scripts/nickle_in.txt; sleep 0.3; printf '\\004') | script -q -c nickle /dev/null | tr -d '\\r'")],
        'nora@ledger: ~ (nickle)')
    w.text = transcript(script)
    vals = [a * b, c - dd * e, None, c % dd, 2 ** 16]
    p12 = round(price * 1.2, 6)
    vals[2] = ('%.10g' % p12)
    for v in (vals[0], vals[1], vals[3], vals[4]):
        assert re.search(rf'(^|\n){v}\s', w.text), (v, w.text)
    assert vals[2] in w.text, (vals[2], w.text)
    w.q(f'what did {exprs[0]} come out as', vals[0], 'number', 'lookup')
    w.q(f'result of {c} - {dd} * {e}?', vals[1], 'number', 'lookup')
    w.q(f'{price} plus 20% is what according to the calculator', vals[2], 'number', 'lookup')
    w.q(f'remainder of {c} divided by {dd}', vals[3], 'number', 'lookup')
    w.q('is the first result bigger than 50000?', 'yes' if vals[0] > 50000 else 'no', 'yesno', 'compare_more')
    run_terminal(w, script, 'color-mostly-bright', size=(900, 560))
    return w


TERMINALS = [t01_ls, t02_git, t03_tests, t04_traceback, t05_ps, t06_nickle]


# ================================================================ GUI windows
APPS = os.path.join(HERE, 'apps')


def run_app(w, args, find, geom, env=None, settle=2.0, after=None, timeout=40):
    """start an app, wait for its window (find = dict for wait_window), place it, capture, stop it."""
    p = start(args, env=env, log=os.path.join(SCR, 'logs', f'{w.name}.log'))
    try:
        wid = wait_window(timeout=timeout, **find)
        if geom:
            place(wid, *geom)
        time.sleep(settle)
        if after:
            r = after(wid)
            wid = r or wid
            time.sleep(1.0)
        capture(wid, os.path.join(IMG, f'{w.name}.png'))
    finally:
        stop(p)
        time.sleep(0.5)


def spec_file(w, spec):
    path = os.path.join(SCR, 'specs', f'{w.name}.json')
    write(path, json.dumps(spec))
    return path


# ---------------------------------------------------------------- G: PyQt5 progress dialog (home-made)
def g10_qt_progress():
    w = Window('g10_qt_copy_progress'); w.category = 'progress_dialog'
    r = R(w.name)
    n_total = r.randint(90, 240)
    n_cur = r.randint(20, n_total - 20)
    pct = n_cur * 100 // n_total
    gb_total = round(r.uniform(4.0, 12.0), 1)
    gb_done = round(gb_total * n_cur / n_total, 1)
    fname = f'IMG_{r.randint(1000, 9999)}.jpg'
    dest = r.choice(['nas01:/photos/2026', 'backup-box:/pictures', 'nas02:/family/albums'])
    checks = [('Verify checksums after copy', r.random() < 0.5), ('Skip files that already exist', r.random() < 0.5),
              ('Shut down when finished', False)]
    spec = dict(title='Copying photos', heading=f'Copying photos to {dest}',
                line=f'File {n_cur} of {n_total}: {fname}', percent=pct,
                facts=[('Copied', f'{gb_done} GB of {gb_total} GB'), ('Speed', f'{r.randint(38, 95)} MB/s'),
                       ('Errors', str(r.randint(0, 3)))],
                checks=checks, buttons=['Pause', 'Skip File', 'Cancel'])
    w.text = '\n'.join([spec['title'], spec['heading'], spec['line'], f'{pct}%'] +
                       [f'{k}: {v}' for k, v in spec['facts']] + [c[0] for c in checks] + spec['buttons'])
    w.q('how far along is the copy (percent)?', f'{pct}%', 'percent', 'lookup')
    w.q('which file is it copying right now', fname, 'text', 'read')
    w.q('how many files in total', n_total, 'number', 'lookup')
    w.q('how many GB are still left to copy?', round(gb_total - gb_done, 1), 'number', 'subtract', literal=False)
    w.q('what buttons does this dialog have', '; '.join(spec['buttons']), 'text', 'read')
    w.q('is "verify checksums" ticked', 'yes' if checks[0][1] else 'no', 'yesno', 'state_yesno')
    w.q('where is it copying to', dest, 'text', 'lookup')
    run_app(w, [SYS_PY, os.path.join(APPS, 'qt_progress.py'), spec_file(w, spec)], dict(name='^Copying photos$'),
            (200, 150, 560, 330))
    return w


# ---------------------------------------------------------------- G: Tk table (home-made)
def g11_tk_rooms():
    w = Window('g11_tk_room_bookings'); w.category = 'table_app'
    r = R(w.name)
    rooms = r.sample(['Aurora', 'Basalt', 'Cedar', 'Delta', 'Ember', 'Fjord', 'Granite', 'Harbor', 'Iris', 'Juniper',
                      'Kestrel', 'Lagoon'], 10)
    people = ['M. Okafor', 'L. Brandt', 'S. Iyer', 'T. Nilsen', 'R. Castillo']
    rows = []
    seats_pool = r.sample([4, 6, 8, 10, 12, 14, 16, 20, 24, 30, 40], 10)
    for i, rm in enumerate(rooms):
        day = 3 + r.randint(0, 9)
        rows.append([rm, str(r.randint(1, 4)), str(seats_pool[i]), r.choice(people), f'2026-11-{day:02d}',
                     str(r.choice([1, 1.5, 2, 2.5, 3, 4]))])
    sel = r.randint(2, 8)
    spec = dict(title='Room bookings - Facilities', toolbar=['New booking', 'Edit', 'Cancel booking', 'Export'],
                columns=['Room', 'Floor', 'Seats', 'Booked by', 'Date', 'Hours'], widths=[140, 70, 70, 160, 120, 70],
                rows=rows, selected=sel, status=f'{len(rows)} bookings | 1 selected')
    w.text = '\n'.join(['\t'.join(x) for x in rows] + spec['toolbar'] + spec['columns'] + [spec['status'], spec['title']])
    seats = {x[0]: int(x[2]) for x in rows}
    fl = r.choice(sorted(set(x[1] for x in rows)))
    who = r.choice(sorted(set(x[3] for x in rows)))
    hrs = sum(float(x[5]) for x in rows if x[3] == who)
    ask = r.choice([x for i, x in enumerate(rows) if i != sel])
    a, b = r.sample(rows, 2)
    w.q('which room is selected?', rows[sel][0], 'text', 'selected')
    w.q(f'who booked {ask[0]}', ask[3], 'person', 'party')
    w.q('biggest room by seats', max(seats, key=seats.get), 'text', 'argmax')
    w.q(f'how many bookings are on floor {fl}', sum(1 for x in rows if x[1] == fl), 'count', 'count')
    w.q(f'total hours booked by {who}?', f'{hrs:g}', 'number', 'sum', literal=False)
    w.q(f'date of the {a[0]} booking', a[4], 'date', 'cell')
    w.q(f'{a[0]} vs {b[0]} - which one seats more people', a[0] if int(a[2]) > int(b[2]) else b[0], 'text',
        'choice_more')
    run_app(w, [SYS_PY, os.path.join(APPS, 'tk_table.py'), spec_file(w, spec)], dict(name='^Room bookings'),
            (150, 120, 900, 440))
    return w


# ---------------------------------------------------------------- G: GTK3 settings (home-made)
def g12_gtk_sync():
    w = Window('g12_gtk_sync_prefs'); w.category = 'settings_dialog'
    r = R(w.name)
    sw = [('Sync over mobile data', r.random() < 0.5), ('Sync in background', True), ('Pause on low battery', r.random() < 0.5)]
    sw[1] = (sw[1][0], not sw[0][1])
    ch = [(lab, r.random() < 0.55) for lab in ['Documents', 'Pictures', 'Music', 'Desktop', 'Downloads']]
    radios = ['Keep every version', 'Keep 30 days of versions', 'Keep latest version only']
    sel = r.randrange(3)
    status, colour = r.choice([('Last sync failed: server unreachable', 'red'), ('Last sync finished without errors', 'green')])
    spec = dict(title='Cloud Sync Preferences', switch_head='Connection', switches=sw, check_head='Folders to sync',
                checks=ch, radio_head='File history', radios=radios, radio_sel=sel, status=status,
                status_colour=colour, buttons=['Restore Defaults', 'Cancel', 'Apply'])
    w.text = '\n'.join([spec['title']] + [x[0] for x in sw + ch] + radios + [status] + spec['buttons'])
    s_ask = r.choice(sw)
    c_ask = r.choice(ch)
    w.q(f'is "{s_ask[0]}" switched on?', 'yes' if s_ask[1] else 'no', 'yesno', 'state_yesno')
    w.q(f'{c_ask[0].lower()} folder - is it synced?', 'yes' if c_ask[1] else 'no', 'yesno', 'state_yesno')
    w.q('which file history option is selected', radios[sel], 'text', 'selected')
    w.q('how many folders are ticked for syncing', sum(1 for x in ch if x[1]), 'count', 'count')
    w.q('where do i click to go back to the default settings', 'Restore Defaults', 'text', 'locate')
    w.q('what colour is the status message at the bottom', colour, 'text', 'colour', literal=False)
    run_app(w, [SYS_PY, os.path.join(APPS, 'gtk_settings.py'), spec_file(w, spec)], dict(name='^Cloud Sync Preferences$'),
            (250, 60, 620, 600))
    return w



# ---------------------------------------------------------------- G: TkDesk file browser, long listing
def g01_tkdesk():
    w = Window('g01_tkdesk_contracts'); w.category = 'file_manager'
    r = R(w.name)
    home = fresh(os.path.join(SCR, 'home', 'tk'))
    cfg = os.path.join(home, '.tkdesk')
    os.makedirs(os.path.join(cfg, '.trash'))
    for f in os.listdir('/usr/lib/tkdesk/configs'):
        shutil.copy(os.path.join('/usr/lib/tkdesk/configs', f), cfg)
    write(os.path.join(cfg, '_version'), '2.0b\n')
    write(os.path.join(cfg, '_options'), 'set tkdesk(long_listing) 1\nset tkdesk(folders_on_top) 1\n'
                                         'set tkdesk(ask_on_exit) 0\nset tkdesk(add_icons) 1\n')
    d = os.path.join(home, 'Contracts')
    os.makedirs(d)
    pool = ['lease_unit4.pdf', 'nda_orbis.pdf', 'msa_harlow.docx', 'sow_q1.pdf', 'sow_q2.pdf', 'insurance_2026.pdf',
            'vendor_terms.odt', 'renewal_notes.txt', 'signatures.zip', 'price_annex.ods', 'amendment_03.pdf']
    names = r.sample(pool, 9)
    sizes = r.sample(range(4000, 380000, 113), 9)
    i_big = sizes.index(max(sizes)); sizes[i_big] += 200000
    files = []
    for i, (n, sz) in enumerate(zip(names, sizes)):
        t = ts_of(2026, 1, 5, 10, 0) + r.randint(0, 300) * 86400 + r.randint(0, 30000)
        pth = os.path.join(d, n)
        write(pth, 'c' * sz)
        os.utime(pth, (t, t))
        files.append(dict(name=n, size=sz, mtime=t))
    os.makedirs(os.path.join(d, 'signed'))
    w.text = '\n'.join(f'{f["name"]} {f["size"]}' for f in files)
    by_size = sorted(files, key=lambda f: -f['size'])
    by_t = sorted(files, key=lambda f: f['mtime'])
    pick = r.choice(files[1:])
    w.q('biggest file in Contracts?', by_size[0]['name'], 'text', 'argmax')
    w.q('smallest one?', by_size[-1]['name'], 'text', 'argmin')
    w.q(f'what size is {pick["name"]}', pick['size'], 'number', 'lookup')
    w.q('how many pdfs are in this folder', sum(1 for f in files if f['name'].endswith('.pdf')), 'count', 'count')
    w.q('which contract file was changed last', by_t[-1]['name'], 'text', 'latest')
    env = env_with(HOME=home, TZ='UTC')
    run_app(w, ['tkdesk', '-startdir', d], dict(name='Contracts'), (70, 40, 1040, 560), env=env, settle=3, timeout=60)
    return w


# ---------------------------------------------------------------- G: pytest-html report in chromium --app
def g09_pytest_html():
    w = Window('g09_pytest_html_report'); w.category = 'web_app'
    r = R(w.name)
    d = fresh(os.path.join(SCR, 'home', 'nora', 'src', 'invoicing'))
    write(os.path.join(d, 'invoicing.py'), """VAT = 0.21
def net(lines):
    return round(sum(q * p for q, p in lines), 2)
def vat(amount):
    return round(amount * VAT, 2)
def gross(lines):
    n = net(lines)
    return round(n + vat(n), 2)
def discount(amount, pct):
    return round(amount * (1 - pct / 100), 2)
""")
    sys.path.insert(0, d)
    import importlib
    inv = importlib.import_module('invoicing')
    cases = [('test_net_single_line', 'net([(2, 9.5)])', inv.net([(2, 9.5)])),
             ('test_net_three_lines', 'net([(1, 4.0), (3, 2.5), (2, 10.0)])', inv.net([(1, 4.0), (3, 2.5), (2, 10.0)])),
             ('test_vat_round', 'vat(100)', inv.vat(100)),
             ('test_vat_small', 'vat(0.99)', inv.vat(0.99)),
             ('test_gross_empty', 'gross([])', inv.gross([])),
             ('test_gross_two_lines', 'gross([(1, 50.0), (2, 12.5)])', inv.gross([(1, 50.0), (2, 12.5)])),
             ('test_discount_ten', 'discount(80.0, 10)', inv.discount(80.0, 10)),
             ('test_discount_full', 'discount(80.0, 100)', inv.discount(80.0, 100))]
    sys.path.remove(d)
    wrong = set(r.sample(range(len(cases)), 2))
    skip_i = r.choice([i for i in range(len(cases)) if i not in wrong])
    lines = ['import pytest', 'from invoicing import *', '']
    status = {}
    for i, (tn, ex, val) in enumerate(cases):
        if i == skip_i:
            lines.append('@pytest.mark.skip(reason="rounding rules under review")')
            status[tn] = 'skipped'
        else:
            status[tn] = 'failed' if i in wrong else 'passed'
        exp = round(val + 1, 2) if i in wrong else val
        lines += [f'def {tn}():', f'    assert {ex} == {exp}', '']
    write(os.path.join(d, 'test_invoicing.py'), '\n'.join(lines))
    subprocess.run([os.path.join(VENV, 'bin/python'), '-m', 'pytest', '-p', 'no:cacheprovider', '-q',
                    '--html=report.html', '--self-contained-html'], cwd=d, capture_output=True)
    html = open(os.path.join(d, 'report.html')).read()
    pv = subprocess.run([os.path.join(VENV, 'bin/python'), '-c', 'import pytest;print(pytest.__version__)'],
                        capture_output=True, text=True).stdout.strip()
    hv = subprocess.run([os.path.join(VENV, 'bin/python'), '-c',
                         'import importlib.metadata as m;print(m.version("pytest-html"))'], capture_output=True,
                        text=True).stdout.strip()
    w.text = html
    failed = [t for t, v in status.items() if v == 'failed']
    skipped = [t for t, v in status.items() if v == 'skipped']
    assert f'{len(failed)} Failed' in html and f'{len(status) - 3} Passed' in html, 'summary'
    w.q('how many tests failed in this report?', len(failed), 'count', 'count', literal=True)
    w.q('which tests failed', '; '.join(sorted(failed)), 'text', 'lookup', literal=False)
    w.q('how many passed', len(status) - 3, 'count', 'count', literal=True)
    w.q('name of the skipped test?', skipped[0], 'text', 'lookup')
    w.q('any skipped tests? how many', len(skipped), 'count', 'count', literal=True)
    w.q('which pytest-html version made the report', hv, 'version', 'version')
    prof = fresh(os.path.join(SCR, 'chrome', w.name))
    br = xutil.chromium('file://' + os.path.join(d, 'report.html') + '?collapsed=all', prof, x=40, y=20, w=1180, h=760)
    try:
        time.sleep(7)
        wid = xutil.search(['--class', 'chromium'])[-1]
        place(wid, 40, 20, 1180, 760)
        time.sleep(2)
        capture(wid, os.path.join(IMG, f'{w.name}.png'))
    finally:
        stop(br)
    return w


# ---------------------------------------------------------------- G: Shotwell viewer on a chart PNG
def g04_shotwell_chart():
    w = Window('g04_shotwell_chart'); w.category = 'image_viewer_chart'
    r = R(w.name)
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    depots = ['Leeds', 'Bristol', 'Derby', 'Exeter', 'Hull', 'Luton', 'York']
    vals = r.sample(range(120, 980, 10), 7)
    labelled = sorted(r.sample(range(7), 3))
    fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
    bars = ax.bar(depots, vals, color='#3b7dd8')
    for i in labelled:
        ax.text(i, vals[i] + 12, str(vals[i]), ha='center', fontsize=11)
    title = 'Parcels delivered per depot - week 47'
    ax.set_title(title); ax.set_ylabel('parcels'); ax.set_ylim(0, 1100); ax.grid(axis='y', alpha=.3)
    fig.tight_layout()
    png = os.path.join(SCR, 'home', 'nora', 'Pictures', 'depot_week47.png')
    os.makedirs(os.path.dirname(png), exist_ok=True)
    fig.savefig(png, metadata={'Software': None})
    plt.close(fig)
    w.text = '\n'.join([title] + depots + [str(vals[i]) for i in labelled])
    unl = r.choice([i for i in range(7) if i not in labelled])
    a, b = labelled[0], labelled[1]
    w.q(f'roughly how many parcels did {depots[unl]} deliver', vals[unl], 'approx', 'chart_value')
    w.q(f'{depots[a]} value?', vals[a], 'number', 'chart_value')
    w.q('which depot delivered the most', depots[vals.index(max(vals))], 'text', 'argmax')
    w.q('and the fewest?', depots[vals.index(min(vals))], 'text', 'argmin')
    w.q(f'how many more parcels did {depots[a]} do than {depots[b]}', abs(vals[a] - vals[b]), 'number', 'difference',
        literal=False)
    w.q("chart title?", title, 'text', 'title')
    home = os.path.join(SCR, 'home', 'shotwell')
    fresh(home)
    run_app(w, ['shotwell', png], dict(name='depot_week47'), (80, 30, 1000, 700),
            env=env_with(HOME=home, NO_AT_BRIDGE=1), settle=3, timeout=60)
    return w


# ---------------------------------------------------------------- G: pdfpc presenter view of a slide deck
def g03_pdfpc_deck():
    w = Window('g03_pdfpc_slides'); w.category = 'document_viewer'
    r = R(w.name)
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    regions = ['North', 'South', 'East', 'West', 'Central']
    rev = {g: round(r.uniform(0.8, 4.5), 2) for g in regions}
    titles = ['Q3 Operations Review', 'Agenda', 'Revenue by region', 'Customer churn', 'Hiring plan',
              'Risks and mitigations', 'Next steps']
    n = r.randint(6, 7)
    titles = titles[:n]
    pdf = os.path.join(SCR, 'home', 'nora', 'Documents', 'q3_review.pdf')
    os.makedirs(os.path.dirname(pdf), exist_ok=True)
    churn = round(r.uniform(2.0, 6.0), 1)
    with PdfPages(pdf, metadata={'CreationDate': None, 'ModDate': None, 'Title': 'Q3 Operations Review'}) as pp:
        for i, t in enumerate(titles):
            fig = plt.figure(figsize=(10, 5.625))
            fig.text(0.06, 0.86, t, fontsize=30, weight='bold')
            if i == 0:
                fig.text(0.06, 0.6, 'Presented by Hanna Lindqvist, COO', fontsize=18)
            elif t == 'Revenue by region':
                fig.text(0.06, 0.74, 'Revenue, EUR million', fontsize=16)
                for k, g in enumerate(regions):
                    fig.text(0.1, 0.64 - k * 0.09, g, fontsize=20)
                    fig.text(0.4, 0.64 - k * 0.09, f'{rev[g]:.2f}', fontsize=20)
            elif t == 'Customer churn':
                fig.text(0.06, 0.6, f'Monthly churn: {churn}%', fontsize=22)
            else:
                fig.text(0.06, 0.6, '- ' + t.lower() + ' overview', fontsize=18)
            fig.text(0.92, 0.04, f'{i + 1}', fontsize=12)
            pp.savefig(fig)
            plt.close(fig)
    cur = titles.index('Revenue by region')
    w.text = '\n'.join(titles + regions + [f'{v:.2f}' for v in rev.values()])
    top = max(rev, key=rev.get)
    g1 = r.choice(regions)
    w.q('how many slides does this deck have', len(titles), 'count', 'count')
    w.q('title of the slide being shown', titles[cur], 'text', 'title')
    w.q("what's the next slide called", titles[cur + 1], 'text', 'next')
    w.q(f'revenue for {g1}?', f'{rev[g1]:.2f}', 'number', 'lookup')
    w.q('which region brought in the most revenue', top, 'text', 'argmax')
    w.q('total revenue across all regions (EUR m)', f'{sum(rev.values()):.2f}', 'number', 'sum', literal=False)
    home = fresh(os.path.join(SCR, 'home', 'pdfpc'))
    run_app(w, ['pdfpc', '-S', '-w', 'presenter', '-P', str(cur + 1), pdf], dict(cls='pdfpc'), (40, 30, 1180, 700),
            env=env_with(HOME=home, NO_AT_BRIDGE=1), settle=4, timeout=60)
    return w


# ---------------------------------------------------------------- G: Free42 (HP-42S) calculator
def g08_free42():
    w = Window('g08_free42_calc'); w.category = 'calculator'
    r = R(w.name)
    a, b = r.randint(120, 990), r.randint(12, 99)
    c = r.randint(1000, 30000)
    res = a * b
    home = fresh(os.path.join(SCR, 'home', 'free42'))
    w.text = ''

    def typ(wid):
        key('Escape')
        for ch in str(a):
            key(ch)
        key('Return')
        for ch in str(b):
            key(ch)
        key('asterisk')
        for ch in str(c):
            key(ch)
        return None

    # keys typed: a ENTER b x c  ->  y register holds a*b, x register holds c (still being typed)
    w.q('what number is in the X register', c, 'number', 'lookup', literal=False)
    w.q("what's the value on the y line", res, 'number', 'lookup', literal=False)
    w.q('is x larger than y?', 'yes' if c > res else 'no', 'yesno', 'compare_more')
    w.q('y minus x = ?', res - c, 'number', 'subtract', literal=False)
    run_app(w, ['free42bin'], dict(name='Free42'), None, env=env_with(HOME=home), settle=2, after=typ)
    return w


# ---------------------------------------------------------------- G: Xfce keyboard settings (xfconf values set first)
def g07_xfce_keyboard():
    w = Window('g07_xfce_keyboard'); w.category = 'settings_dialog'
    r = R(w.name)
    rep = r.random() < 0.7
    delay = r.choice([250, 300, 400, 500, 600, 750])
    rate = r.choice([15, 20, 25, 30, 40])
    numl = r.random() < 0.5
    blink = r.random() < 0.5
    blink_t = r.choice([800, 1000, 1200, 1500])
    home = fresh(os.path.join(SCR, 'home', 'xfce'))
    b = lambda v: 'true' if v else 'false'
    cmds = [f'xfconf-query -c keyboards -p /Default/KeyRepeat -n -t bool -s {b(rep)}',
            f'xfconf-query -c keyboards -p /Default/KeyRepeat/Delay -n -t int -s {delay}',
            f'xfconf-query -c keyboards -p /Default/KeyRepeat/Rate -n -t int -s {rate}',
            f'xfconf-query -c keyboards -p /Default/RestoreNumlock -n -t bool -s {b(numl)}',
            f'xfconf-query -c xsettings -p /Net/CursorBlink -n -t bool -s {b(blink)}',
            f'xfconf-query -c xsettings -p /Net/CursorBlinkTime -n -t int -s {blink_t}',
            'exec xfce4-keyboard-settings']
    w.text = f'{delay}\n{rate}\n{blink_t}'
    w.q('is key repeat enabled?', 'yes' if rep else 'no', 'yesno', 'state_yesno')
    w.q('repeat delay value', delay, 'number', 'lookup')
    w.q('what is the repeat speed set to', rate, 'number', 'lookup')
    w.q('does it restore num lock on startup', 'yes' if numl else 'no', 'yesno', 'state_yesno')
    w.q('is the blinking cursor turned on', 'yes' if blink else 'no', 'yesno', 'state_yesno')
    w.text += '\nBehavior'
    w.q('which tab is open in the keyboard settings', 'Behavior', 'text', 'selected')
    run_app(w, ['dbus-run-session', '--', 'sh', '-c', ' && '.join(cmds)], dict(name='^Keyboard$'), None,
            env=env_with(HOME=home, NO_AT_BRIDGE=1, XDG_CONFIG_HOME=os.path.join(home, '.config')), settle=3, timeout=60)
    return w



# ---------------------------------------------------------------- G: Gummi LaTeX editor (line numbers)
def g02_gummi_tex():
    w = Window('g02_gummi_report'); w.category = 'code_editor'
    r = R(w.name)
    secs = r.sample(['Introduction', 'Site survey', 'Soil samples', 'Drainage', 'Cost estimate', 'Schedule',
                     'Open questions'], 5)
    author = r.choice(['Priya Raman', 'Jonas Weber', 'Claire Dubois'])
    title = r.choice(['Drainage Study: Elm Street Yard', 'Retaining Wall Assessment', 'Car Park Resurfacing Plan'])
    lines = ['\\documentclass[11pt]{article}', '\\usepackage[a4paper,margin=2cm]{geometry}', '',
             f'\\title{{{title}}}', f'\\author{{{author}}}', '\\date{12 November 2026}', '', '\\begin{document}',
             '\\maketitle', '']
    sec_line = {}
    for sname in secs:
        sec_line[sname] = len(lines) + 1
        lines.append(f'\\section{{{sname}}}')
        for _ in range(r.randint(1, 3)):
            lines.append(r.choice(['The survey covered the full yard.', 'Readings were taken twice a day.',
                                   'See the appendix for raw values.', 'Costs exclude VAT.', 'Two items remain open.']))
        lines.append('')
    lines.append('\\end{document}')
    tex = os.path.join(SCR, 'home', 'gummi', 'docs', 'site_report.tex')
    fresh(os.path.dirname(os.path.dirname(tex)))
    write(tex, '\n'.join(lines) + '\n')
    w.text = '\n'.join(lines) + '\nsite_report.tex'
    pick = r.choice(secs[1:])
    ln_ask = sec_line[secs[2]]
    w.q(f'what line does the "{pick}" section start on', sec_line[pick], 'number', 'lookup', literal=False)
    w.q(f'which section begins at line {ln_ask}?', secs[2], 'text', 'lookup')
    w.q('who is the author', author, 'person', 'party')
    w.q('how many sections are in this document', len(secs), 'count', 'count')
    w.q('what is the report title', title, 'text', 'title')
    w.q('name of the file being edited', 'site_report.tex', 'text', 'title')
    home = os.path.join(SCR, 'home', 'gummi')
    write(os.path.join(home, '.config', 'gummi', 'gummi.ini'),
          '[Editor]\nline_numbers = true\nhighlighting = true\ntextwrapping = false\nwordwrapping = false\n'
          'font_str = Monospace 11\n[Preview]\npagelayout = one_column\n')
    run_app(w, ['gummi', tex], dict(name='site_report'), (40, 30, 1180, 720),
            env=env_with(HOME=home, NO_AT_BRIDGE=1, XDG_CONFIG_HOME=os.path.join(home, '.config')), settle=4, timeout=60)
    return w


# ---------------------------------------------------------------- G: Calligra Sheets on a generated .ods
def ods_bytes(sheet, rows):
    import zipfile, io
    from xml.sax.saxutils import escape
    def cell(v):
        if isinstance(v, (int, float)):
            return f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'
    body = ''.join('<table:table-row>' + ''.join(cell(v) for v in row) + '</table:table-row>' for row in rows)
    content = ('<?xml version="1.0" encoding="UTF-8"?>'
               '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
               'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
               'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
               f'<office:body><office:spreadsheet><table:table table:name="{sheet}">{body}</table:table>'
               '</office:spreadsheet></office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w') as z:
        for name, data, comp in (('mimetype', 'application/vnd.oasis.opendocument.spreadsheet', zipfile.ZIP_STORED),
                                 ('META-INF/manifest.xml', manifest, zipfile.ZIP_DEFLATED),
                                 ('content.xml', content, zipfile.ZIP_DEFLATED)):
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 12, 0, 0))
            zi.compress_type = comp
            z.writestr(zi, data)
    return buf.getvalue()


def g13_calligra_sheet():
    w = Window('g13_calligrasheets_energy'); w.category = 'spreadsheet'
    r = R(w.name)
    sites = r.sample(['Depot A', 'Depot B', 'Head office', 'Warehouse 1', 'Warehouse 2', 'Lab', 'Showroom'], 6)
    months = ['Jul', 'Aug', 'Sep']
    data = {st: [r.randint(180, 2400) for _ in months] for st in sites}
    rows = [['Site'] + months] + [[st] + data[st] for st in sites]
    ods = os.path.join(SCR, 'home', 'calligra', 'energy_kwh_h2.ods')
    fresh(os.path.dirname(ods))
    write(ods, ods_bytes('kWh', rows), 'wb')
    w.text = '\n'.join(' '.join(str(v) for v in row) for row in rows)
    s1, s2 = r.sample(sites, 2)
    m1 = r.choice(months)
    mi = months.index(m1)
    col = {st: data[st][mi] for st in sites}
    m2 = r.choice(months)
    tot = {st: sum(data[st]) for st in sites}
    w.q(f'{s1} in {m1}?', data[s1][mi], 'number', 'cell')
    w.q(f'which site used the most in {m1}', max(col, key=col.get), 'text', 'argmax')
    w.q(f'total for {s2} over the three months', sum(data[s2]), 'number', 'sum', literal=False)
    w.q(f'average monthly use at {s1}?', round(sum(data[s1]) / len(months), 1), 'number', 'mean', literal=False)
    j = months.index(m2)
    w.q(f'did {s2} use less than {s1} in {m2}', 'yes' if data[s2][j] < data[s1][j] else 'no', 'yesno', 'compare_less')
    w.q(f'{s1} {months[-1]} divided by {months[0]}, to 2 decimals', round(data[s1][-1] / data[s1][0], 2), 'number',
        'ratio', literal=False)
    w.q('how many sites are listed', len(sites), 'count', 'count')
    home = os.path.join(SCR, 'home', 'calligra')
    run_app(w, ['calligrasheets', ods], dict(name='energy_kwh_h2'), (40, 30, 1100, 640),
            env=env_with(HOME=home, NO_AT_BRIDGE=1, QT_QPA_PLATFORMTHEME=''), settle=5, timeout=90)
    return w


# ---------------------------------------------------------------- G: Sayonara player with a playlist of tagged FLACs
def g06_sayonara():
    w = Window('g06_sayonara_playlist'); w.category = 'music_library'
    r = R(w.name)
    artist_pool = ['Marisol Vega', 'The Lanterns', 'Oskar Lind']
    titles = r.sample(['Harbour Lights', 'Slow Commute', 'Paper Kites', 'Northbound', 'Copper Sky', 'Tidal',
                       'Glass Orchard', 'Late Ferry', 'Quiet Engines', 'Salt Road'], 8)
    album = 'Night Timetable'
    d = fresh(os.path.join(SCR, 'home', 'music', 'Music', 'night_timetable'))
    tracks = []
    import wave, struct
    for i, t in enumerate(titles):
        secs = r.randint(95, 330)
        ar = r.choice(artist_pool)
        wav = os.path.join(SCR, 'tmp.wav')
        with wave.open(wav, 'wb') as wf:
            wf.setnchannels(1); wf.setsampwidth(2); wf.setframerate(8000)
            wf.writeframes(b'\x00\x00' * 8000 * secs)
        fl = os.path.join(d, f'{i + 1:02d} {t}.flac')
        subprocess.run(['flac', '-s', '-f', '-o', fl, f'-T', f'TITLE={t}', '-T', f'ARTIST={ar}', '-T', f'ALBUM={album}',
                        '-T', f'TRACKNUMBER={i + 1}', '-T', 'DATE=2025', wav], check=True)
        tracks.append(dict(n=i + 1, title=t, artist=ar, secs=secs, path=fl))
    fmt = lambda s: f'{s // 60:02d}:{s % 60:02d}'
    w.text = '\n'.join(f'{x["title"]} {x["artist"]} {fmt(x["secs"])}' for x in tracks)
    longest = max(tracks, key=lambda x: x['secs'])
    shortest = min(tracks, key=lambda x: x['secs'])
    pick = r.choice(tracks)
    ar = r.choice(sorted(set(x['artist'] for x in tracks)))
    w.q('longest song in the playlist?', longest['title'], 'text', 'argmax')
    w.q('which track is the shortest', shortest['title'], 'text', 'argmin')
    w.q(f'who sings {pick["title"]}', pick['artist'], 'person', 'party')
    w.q(f'how long is {pick["title"]}', fmt(pick['secs']), 'time', 'lookup')
    w.q(f'how many tracks by {ar}', sum(1 for x in tracks if x['artist'] == ar), 'count', 'count')
    w.q('what track comes after ' + tracks[3]['title'], tracks[4]['title'], 'text', 'next')
    total = sum(x['secs'] for x in tracks)
    w.text += f"\n{len(tracks)} tracks - {fmt(total)}"
    w.q('total running time of the playlist?', fmt(total), 'time', 'sum')
    ver = subprocess.run(['dpkg-query', '-W', '-f', '${Version}', 'sayonara'], capture_output=True, text=True).stdout
    ver = ver.rsplit('-', 1)[0]
    w.text += f'\nSayonara {ver}'
    w.q('which sayonara version is this', ver, 'version', 'version')
    home = os.path.join(SCR, 'home', 'music')
    shutil.rmtree(os.path.join(home, '.config'), ignore_errors=True)
    shutil.rmtree(os.path.join(home, '.local'), ignore_errors=True)

    def hide_library(wid):
        key('ctrl+l')
        time.sleep(1.5)
        place(wid, 40, 20, 640, 760)
        time.sleep(1)
        return None
    run_app(w, ['sayonara'] + [x['path'] for x in tracks], dict(name='Sayonara'), (40, 20, 760, 760),
            env=env_with(HOME=home, NO_AT_BRIDGE=1), settle=6, timeout=90, after=hide_library)
    return w


GUIS = [g01_tkdesk, g02_gummi_tex, g03_pdfpc_deck, g04_shotwell_chart, g06_sayonara, g07_xfce_keyboard, g08_free42,
        g09_pytest_html, g10_qt_progress, g11_tk_rooms, g12_gtk_sync, g13_calligra_sheet]

ALL = TERMINALS + GUIS


def ensure_x():
    """start Xvfb :77 (1280x800x24) and openbox unless a server already answers on :77."""
    if subprocess.run(['xdpyinfo'], env=env_with(), capture_output=True).returncode == 0:
        return []
    os.makedirs(os.path.join(SCR, 'logs'), exist_ok=True)
    xv = start(['Xvfb', xutil.DISPLAY, '-screen', '0', '1280x800x24', '-nolisten', 'tcp'],
               log=os.path.join(SCR, 'logs', 'xvfb.log'))
    time.sleep(1.5)
    ob = start(['openbox'], log=os.path.join(SCR, 'logs', 'openbox.log'))
    time.sleep(1.0)
    return [ob, xv]


def main(argv):
    started = ensure_x()
    try:
        _main(argv)
    finally:
        for p in started:
            stop(p)


def _main(argv):
    os.makedirs(IMG, exist_ok=True)
    os.makedirs(PARTS, exist_ok=True)
    os.makedirs(os.path.join(SCR, 'logs'), exist_ok=True)
    want = set(argv)
    for fn in ALL:
        if want and not any(fn.__name__.startswith(x) or x in fn.__name__ for x in want):
            continue
        print('==', fn.__name__, flush=True)
        w = fn()
        with open(os.path.join(PARTS, fn.__name__ + '.json'), 'w') as f:
            json.dump(dict(image=f'images/{w.name}.png', qs=w.qs), f, indent=1)
        for q in w.qs:
            print('   ', q['question'], '=>', q['answer'])
    rows = []
    for fn in ALL:
        p = os.path.join(PARTS, fn.__name__ + '.json')
        if not os.path.exists(p):
            print('missing part', fn.__name__)
            continue
        part = json.load(open(p))
        for q in part['qs']:
            rows.append(dict(image=part['image'], **q))
    with open(os.path.join(HERE, 'manifest.jsonl'), 'w') as f:
        for i, q in enumerate(rows, 1):
            o = dict(id=f's23-{i:04d}', image=q['image'], question=q['question'], answer=q['answer'],
                     answer_type=q['answer_type'], category=q['category'], intent=q['intent'], literal=q['literal'])
            f.write(json.dumps(o, ensure_ascii=False) + '\n')
    print('questions:', len(rows))


if __name__ == '__main__':
    main(sys.argv[1:])
