"""Terminal windows: ghostty-web (npm) in chromium --app, fed by webterm.py (pty bridge)."""
import os, json, random, subprocess, time, datetime as dt, re, shutil, ipaddress
from common import *

SPEC = SCR + '/term'
HOMES = SCR + '/h'
JSDIR = SCR + '/npm/node_modules/ghostty-web/dist'
PORT = 8391
ANSI = re.compile(r'\x1b\[[0-9;?]*[ -/]*[@-~]|\x1b\][^\x07]*\x07|\x1b[()][A-Z0-9]|\x1b[=>]|\r')

PS1 = {'dark': r'\[\e[1;32m\]mara@ws\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]$ ',
       'light': r'\[\e[1;35m\]mara@ws\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]$ '}


def ts(s):
    return dt.datetime.strptime(s, '%Y-%m-%d %H:%M').timestamp()


class TermRunner:
    def __init__(self):
        os.makedirs(SPEC, exist_ok=True)
        self.bridge = start(['/tmp/screens_test28/venv/bin/python', os.path.join(OUT, 'webterm.py'),
                             SPEC, JSDIR, str(PORT)], log=SCR + '/bridge.log')
        time.sleep(1.0)

    def run(self, name, home, cwd, title, theme, steps, size=(940, 600), extra_env=None, font=15):
        for ext in ('.done', '.log'):
            if os.path.exists(os.path.join(SPEC, name + ext)):
                os.remove(os.path.join(SPEC, name + ext))
        env = {'HOME': home, 'PS1': PS1[theme], 'USER': 'mara', 'LOGNAME': 'mara', 'TZ': 'UTC',
               'HISTFILE': '/dev/null', 'GIT_PAGER': 'cat', 'PAGER': 'cat', 'LC_ALL': 'C.UTF-8',
               'PYTHONDONTWRITEBYTECODE': '1'}
        env.update(extra_env or {})
        json.dump(dict(cwd=cwd, title=title, theme=theme, env=env, font=font, steps=steps),
                  open(os.path.join(SPEC, name + '.json'), 'w'))
        prof = SCR + '/chr_' + name
        shutil.rmtree(prof, ignore_errors=True)
        known = set(client_list())
        cr = start(['chromium', '--no-sandbox', '--test-type', '--user-data-dir=' + prof, '--no-first-run',
                    '--disable-gpu', '--disable-features=Translate', '--password-store=basic',
                    f'--app=http://127.0.0.1:{PORT}/?scene={name}',
                    f'--window-size={size[0]},{size[1]}', '--window-position=120,60'],
                   log=SCR + f'/chr_{name}.log')
        wid = find_window(lambda s: title in s, known=known)
        place(wid, 120, 50, size[0], size[1])
        for _ in range(240):
            if os.path.exists(os.path.join(SPEC, name + '.done')):
                break
            time.sleep(0.5)
        time.sleep(1.2)
        capture(wid, name)
        stop(cr)
        shutil.rmtree(prof, ignore_errors=True)
        raw = open(os.path.join(SPEC, name + '.log'), 'rb').read().decode('utf-8', 'replace')
        return ANSI.sub('', raw)

    def close(self):
        stop(self.bridge)


def step(cmd, wait=0.6, quiet=0.8):
    return dict(send=cmd + '\r', wait=wait, quiet=quiet)


# ---------------------------------------------------------------- t01 ls / wc
def t01(T, Q, seed):
    rng = random.Random(f'{seed}-t01')
    home = HOMES + '/t01'
    shutil.rmtree(home, ignore_errors=True)
    d = os.path.join(home, 'fieldwork')
    os.makedirs(d)
    stems = ['transect_north', 'transect_south', 'weather_log', 'bird_counts', 'soil_samples',
             'site_photos', 'permit_2026', 'gps_tracks', 'volunteers', 'budget_q1']
    exts = ['.csv', '.csv', '.csv', '.csv', '.csv', '.zip', '.pdf', '.gpx', '.ods', '.xlsx']
    files = {}
    days = rng.sample(range(1, 60), len(stems))
    for stem, ext, day in zip(stems, exts, days):
        name = stem + ext
        when = dt.datetime(2026, 2, 1, 8, 0) + dt.timedelta(days=day, minutes=rng.randrange(0, 600))
        if ext == '.csv':
            nlines = rng.randrange(40, 900)
            body = ''.join(f'{i},{rng.randrange(1000)},{rng.choice("ABCDE")}\n' for i in range(nlines))
            open(os.path.join(d, name), 'w').write(body)
            size = len(body.encode())
        else:
            nlines = None
            size = rng.randrange(20_000, 2_400_000)
            with open(os.path.join(d, name), 'wb') as f:
                f.truncate(size)
        os.utime(os.path.join(d, name), (when.timestamp(),) * 2)
        files[name] = dict(size=size, mtime=when, lines=nlines)
    for sub in ('raw', 'archive'):
        os.makedirs(os.path.join(d, sub))
        os.utime(os.path.join(d, sub), (ts('2026-01-20 10:00'),) * 2)
    os.utime(d, (ts('2026-04-01 09:00'),) * 2)
    txt = T.run('t01_ghostty_ls_wc', home, d, 'mara@ws: ~/fieldwork', 'dark',
                [step('ls -l --time-style=long-iso'), step('wc -l *.csv')], size=(960, 640))
    img = 't01_ghostty_ls_wc'
    cat = 'terminal'
    big = max(files, key=lambda n: files[n]['size'])
    small = min(files, key=lambda n: files[n]['size'])
    newest = max(files, key=lambda n: files[n]['mtime'])
    oldest = min(files, key=lambda n: files[n]['mtime'])
    csvs = [n for n in files if n.endswith('.csv')]
    most_lines = max(csvs, key=lambda n: files[n]['lines'])
    total_lines = sum(files[n]['lines'] for n in csvs)
    pick = rng.choice([n for n in files if not n.endswith('.csv')])
    Q.add(img, 'which file in this folder is the biggest?', big, 'text', cat, 'argmax', True, txt)
    Q.add(img, f'how many bytes is {pick}', files[pick]['size'], 'number', cat, 'lookup', True, txt)
    Q.add(img, 'What was the last file to be modified?', newest, 'text', cat, 'latest', True, txt)
    Q.add(img, 'when was the oldest file modified? (ignore the folders)', files[oldest]['mtime'].strftime('%Y-%m-%d %H:%M'),
          'date', cat, 'earliest', True, txt)
    Q.add(img, 'how many csv files are there', len(csvs), 'count', cat, 'count', False)
    Q.add(img, 'which csv has the most lines', most_lines, 'text', cat, 'argmax', True, txt)
    Q.add(img, 'total number of lines across the csv files?', total_lines, 'number', cat, 'sum', True, txt)
    assert f'{total_lines} total' in txt


# ---------------------------------------------------------------- t02 git
def t02(T, Q, seed):
    rng = random.Random(f'{seed}-t02')
    home = HOMES + '/t02'
    shutil.rmtree(home, ignore_errors=True)
    repo = os.path.join(home, 'src', 'tidewatch')
    os.makedirs(repo)
    authors = [('Ines Okafor', 'ines@tidewatch.dev'), ('Bruno Salo', 'bruno@tidewatch.dev'),
               ('Keiko Brandt', 'keiko@tidewatch.dev')]
    msgs = ['Initial import of gauge reader', 'Add CSV export for tide tables', 'Parse NOAA station ids',
            'Fix off-by-one in high tide search', 'Cache harmonic constants', 'Add --station flag to CLI',
            'Bump version to 0.6.0', 'Handle missing gauge readings']
    env0 = dict(os.environ, HOME=home, GIT_CONFIG_NOSYSTEM='1', TZ='UTC')
    subprocess.run(['git', 'init', '-q', '-b', 'main', repo], env=env0, check=True)
    t = dt.datetime(2026, 3, 2, 9, 15)
    commits = []
    for i, m in enumerate(msgs):
        t += dt.timedelta(days=rng.randrange(1, 4), minutes=rng.randrange(0, 500))
        a = authors[rng.choice([0, 0, 1, 1, 2])] if i else authors[0]
        fn = os.path.join(repo, f'mod{i % 4}.py')
        open(fn, 'a').write(f'# {m}\nVALUE_{i} = {rng.randrange(1000)}\n')
        stamp = t.strftime('%Y-%m-%dT%H:%M:%S+0000')
        e = dict(env0, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=stamp, GIT_COMMITTER_DATE=stamp)
        subprocess.run(['git', '-C', repo, 'add', '-A'], env=e, check=True)
        subprocess.run(['git', '-C', repo, 'commit', '-q', '-m', m], env=e, check=True)
        h = subprocess.run(['git', '-C', repo, 'rev-parse', '--short=7', 'HEAD'], env=e, check=True,
                           stdout=subprocess.PIPE, text=True).stdout.strip()
        commits.append(dict(msg=m, author=a[0], date=t, hash=h))
    subprocess.run(['git', '-C', repo, 'checkout', '-q', '-b', 'fix/slack-water'], env=env0, check=True)
    modified = ['mod1.py', 'mod3.py']
    for f in modified:
        open(os.path.join(repo, f), 'a').write('# wip\n')
    open(os.path.join(repo, 'notes.txt'), 'w').write('todo\n')
    txt = T.run('t02_ghostty_git', home, repo, 'mara@ws: ~/src/tidewatch', 'light',
                [step("git log --date=short --format='%h %ad %<(13)%an %s'"), step('git status -sb')],
                size=(980, 560), extra_env={'GIT_CONFIG_NOSYSTEM': '1'})
    img, cat = 't02_ghostty_git', 'git'
    last = commits[-1]
    first = commits[0]
    cnt = {}
    for c in commits:
        cnt[c['author']] = cnt.get(c['author'], 0) + 1
    who = rng.choice(sorted(cnt))
    fix = commits[3]
    Q.add(img, 'who made the most recent commit?', last['author'], 'person', cat, 'latest', True, txt)
    Q.add(img, f'How many commits did {who} make?', cnt[who], 'count', cat, 'count', False)
    Q.add(img, 'what was the very first commit message', first['msg'], 'text', cat, 'earliest', True, txt)
    Q.add(img, f"hash of the '{fix['msg']}' commit?", fix['hash'], 'code', cat, 'lookup', True, txt)
    Q.add(img, 'which branch am i on', 'fix/slack-water', 'text', cat, 'read', True, txt)
    Q.add(img, 'how many files are modified (not counting untracked)?', len(modified), 'count', cat, 'count',
          False)
    Q.add(img, 'what commit came right after "%s"' % commits[4]['msg'], commits[5]['msg'], 'text', cat, 'next',
          True, txt)


# ---------------------------------------------------------------- t03 unittest
def t03(T, Q, seed):
    rng = random.Random(f'{seed}-t03')
    home = HOMES + '/t03'
    shutil.rmtree(home, ignore_errors=True)
    proj = os.path.join(home, 'work', 'fares')
    os.makedirs(proj)
    open(os.path.join(proj, 'fares.py'), 'w').write(
        'def zone_fare(zones):\n    return 2.10 + 0.85 * (zones - 1)\n\n'
        'def day_cap(fares):\n    return min(sum(fares), 9.40)\n\n'
        'def discount(fare, kind):\n    rates = {"student": 0.3, "senior": 0.5}\n'
        '    return round(fare * (1 - rates[kind]), 2)\n')
    names = ['test_one_zone', 'test_three_zones', 'test_cap_applies', 'test_cap_not_reached',
             'test_student_discount', 'test_senior_discount', 'test_child_discount', 'test_zero_zones']
    # which tests break is decided here; the bodies below follow that choice
    broken = set(rng.sample(['test_three_zones', 'test_cap_applies', 'test_senior_discount',
                             'test_cap_not_reached'], 2))
    def fare(z):
        return 2.10 + 0.85 * (z - 1)
    bodies = {
        'test_one_zone': 'self.assertAlmostEqual(zone_fare(1), 2.10)',
        'test_three_zones': 'self.assertAlmostEqual(zone_fare(3), %.2f)' % (fare(3) + (0.25 if 'test_three_zones' in broken else 0)),
        'test_cap_applies': 'self.assertEqual(day_cap([4.0, 4.0, 4.0]), %s)' % ('9.0' if 'test_cap_applies' in broken else '9.40'),
        'test_cap_not_reached': 'self.assertAlmostEqual(day_cap([2.10, 2.95]), %s)' % ('5.15' if 'test_cap_not_reached' in broken else '5.05'),
        'test_student_discount': 'self.assertEqual(discount(3.00, "student"), 2.10)',
        'test_senior_discount': 'self.assertEqual(discount(3.00, "senior"), %s)' % ('1.6' if 'test_senior_discount' in broken else '1.5'),
        'test_child_discount': 'self.assertEqual(discount(3.00, "child"), 1.50)',
        'test_zero_zones': 'self.assertGreater(zone_fare(0), 0)',
    }
    order = sorted(names)
    src = 'import unittest\nfrom fares import zone_fare, day_cap, discount\n\n\nclass FareTests(unittest.TestCase):\n'
    for n in names:
        src += f'    def {n}(self):\n        {bodies[n]}\n\n'
    open(os.path.join(proj, 'test_fares.py'), 'w').write(src)
    # outcome computed by running the suite outside the terminal
    r = subprocess.run(['python3', '-m', 'unittest', '-v'], cwd=proj, stdout=subprocess.PIPE,
                       stderr=subprocess.STDOUT, text=True, env=dict(os.environ, PYTHONDONTWRITEBYTECODE='1'))
    status = dict(re.findall(r'^(test_\w+) \(test_fares\.FareTests\.?\w*\)[^\n]*?\.\.\. (ok|FAIL|ERROR)', r.stdout, re.M))
    assert len(status) == 8, r.stdout
    fails = [n for n in order if status[n] == 'FAIL']
    errs = [n for n in order if status[n] == 'ERROR']
    txt = T.run('t03_ghostty_unittest', home, proj, 'mara@ws: ~/work/fares', 'dark',
                [step('python3 -m unittest -v', wait=1.5), step('echo "exit status: $?"')],
                size=(1040, 790), font=13)
    img, cat = 't03_ghostty_unittest', 'terminal'
    Q.add(img, 'how many tests were run', len(names), 'count', cat, 'count', True, txt)
    Q.add(img, 'Which tests failed? (not errors)', '; '.join(fails), 'text', cat, 'error', True, txt)
    Q.add(img, 'what exception did the erroring test hit', 'KeyError', 'error', cat, 'error', True, txt)
    Q.add(img, 'exit status?', r.returncode, 'number', cat, 'lookup', True, txt)
    okname = rng.choice([n for n in order if status[n] == 'ok'])
    Q.add(img, f'did {okname} pass', 'yes', 'yesno', cat, 'state_yesno', False)
    Q.add(img, 'how many tests passed', sum(1 for v in status.values() if v == 'ok'), 'count', cat, 'count', False)
    assert errs == ['test_child_discount'], errs
    return status


# ---------------------------------------------------------------- t04 traceback
def t04(T, Q, seed):
    rng = random.Random(f'{seed}-t04')
    home = HOMES + '/t04'
    shutil.rmtree(home, ignore_errors=True)
    d = os.path.join(home, 'bakery')
    os.makedirs(d)
    items = ['rye loaf', 'spelt rolls', 'croissant', 'poppy bagel', 'brioche', 'oat cookies', 'focaccia']
    rows = []
    zero_at = rng.randrange(3, 6)
    for i, it in enumerate(items):
        qty = 0 if i == zero_at else rng.randrange(4, 40)
        price = rng.randrange(80, 600) / 100
        rows.append((it, qty, round(qty * price, 2) if qty else round(price * 3, 2)))
    open(os.path.join(d, 'sales.csv'), 'w').write('item,qty,revenue\n' + ''.join(f'{a},{b},{c:.2f}\n' for a, b, c in rows))
    script = ('import csv\n\n\ndef unit_price(row):\n    return float(row["revenue"]) / int(row["qty"])\n\n\n'
              'def main():\n    with open("sales.csv") as f:\n        for row in csv.DictReader(f):\n'
              '            print(f"{row[\'item\']:<12} {unit_price(row):6.2f}")\n\n\nmain()\n')
    open(os.path.join(d, 'unit_prices.py'), 'w').write(script)
    line_raise = [i + 1 for i, l in enumerate(script.splitlines()) if 'return float' in l][0]
    txt = T.run('t04_ghostty_traceback', home, d, 'mara@ws: ~/bakery', 'light',
                [step('python3 unit_prices.py', wait=1.0), step('echo $?')], size=(900, 560))
    img, cat = 't04_ghostty_traceback', 'terminal'
    last_ok = rows[zero_at - 1][0]
    Q.add(img, "what's the error", 'ZeroDivisionError: float division by zero', 'error', cat, 'error', True, txt)
    Q.add(img, 'which line of unit_prices.py blew up?', line_raise, 'number', cat, 'lookup', True, txt)
    Q.add(img, 'in which function did it crash', 'unit_price', 'text', cat, 'read', True, txt)
    Q.add(img, 'last item printed before the crash?', last_ok, 'text', cat, 'nth', True, txt)
    Q.add(img, 'exit code of the script', 1, 'number', cat, 'lookup', True, txt)
    first = rows[0]
    Q.add(img, f'unit price shown for {first[0]}', f'{first[2] / first[1]:.2f}', 'money', cat, 'lookup', True, txt)


# ---------------------------------------------------------------- t05 ps
WORKER = r'''
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
buf = bytearray(int(sys.argv[2]) * 1024 * 1024)
for i in range(0, len(buf), 4096):
    buf[i] = 1
time.sleep(600)
'''


def t05(T, Q, seed):
    rng = random.Random(f'{seed}-t05')
    home = HOMES + '/t05'
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    wpath = os.path.join(home, 'worker.py')
    open(wpath, 'w').write(WORKER)
    names = ['kiln-scheduler', 'kiln-thumbs', 'kiln-mailer', 'kiln-indexer', 'kiln-backup']
    mbs = rng.sample([40, 95, 150, 210, 290], 5)
    procs = [start(['python3', wpath, n, str(m)]) for n, m in zip(names, mbs)]
    time.sleep(4)
    rss = {}
    for p, n in zip(procs, names):
        rss[n] = int(re.search(r'VmRSS:\s+(\d+)', open(f'/proc/{p.pid}/status').read()).group(1))
    try:
        txt = T.run('t05_ghostty_ps', home, home, 'mara@ws: ~', 'dark',
                    [step('ps -o user,rss,vsz,comm --sort=-rss -C ' + ','.join(n[:15] for n in names)),
                     step("pgrep -c '^kiln-'")], size=(860, 420))
    finally:
        for p in procs:
            stop(p)
    img, cat = 't05_ghostty_ps', 'system_monitor'
    top = names[mbs.index(max(mbs))]
    low = names[mbs.index(min(mbs))]
    a, b = rng.sample(names, 2)
    Q.add(img, 'which kiln process is using the most memory', top, 'text', cat, 'argmax', True, txt)
    Q.add(img, 'and the least RAM?', low, 'text', cat, 'argmin', True, txt)
    Q.add(img, 'how many kiln processes are running', len(names), 'count', cat, 'count', True, txt)
    Q.add(img, f'is {a} using more memory than {b}?', 'yes' if rss[a] > rss[b] else 'no', 'yesno', cat,
          'compare_more', False)


# ---------------------------------------------------------------- t06 ipcalc
def t06(T, Q, seed):
    rng = random.Random(f'{seed}-t06')
    home = HOMES + '/t06'
    shutil.rmtree(home, ignore_errors=True)
    os.makedirs(home)
    prefix = rng.choice([26, 27, 28])
    addr = ipaddress.ip_address(f'10.{rng.randrange(20, 90)}.{rng.randrange(1, 250)}.{rng.randrange(1, 254)}')
    net = ipaddress.ip_network(f'{addr}/{prefix}', strict=False)
    txt = T.run('t06_ghostty_ipcalc', home, home, 'mara@ws: ~ (ipcalc)', 'light',
                [step(f'ipcalc -b {addr}/{prefix}'), step('ipcalc -b 172.20.0.0/22 | grep Hosts')], size=(860, 500))
    img, cat = 't06_ghostty_ipcalc', 'calculator'
    hosts = list(net.hosts())
    Q.add(img, 'broadcast address?', str(net.broadcast_address), 'text', cat, 'lookup', True, txt)
    Q.add(img, f'what network does {addr} belong to', f'{net.network_address}/{prefix}', 'text', cat, 'lookup', True, txt)
    Q.add(img, 'how many usable hosts in the first subnet', len(hosts), 'number', cat, 'lookup', True, txt)
    Q.add(img, 'first usable host address', str(hosts[0]), 'text', cat, 'nth', True, txt)
    Q.add(img, 'netmask for that first one?', str(net.netmask), 'text', cat, 'lookup', True, txt)
    n22 = ipaddress.ip_network('172.20.0.0/22').num_addresses - 2
    Q.add(img, 'how many more hosts does the /22 hold than the first network',
          n22 - len(hosts), 'number', cat, 'difference', False)


SCENES = [t01, t02, t03, t04, t05, t06]
