"""Terminal scenes: real bash sessions in a pty, shown live in Chromium's hterm (npm hterm-umdjs) in chromium --app."""
import datetime as dt, json, os, subprocess, sys, time, urllib.parse
from common import *
import xhelp

SCN = os.path.join(TMP, 'scenes')
HTTP_PORT, WS_PORT = 18625, 18626
DARK = {'bg': '#1c1f24', 'fg': '#d4d7dc', 'cursor': 'rgba(230,230,230,0.6)', 'size': 15}
LIGHT = {'bg': '#fbf8ef', 'fg': '#2d2a26', 'cursor': 'rgba(40,40,40,0.5)', 'size': 15,
         'palette': ['#2d2a26', '#b3261e', '#1f7a1f', '#8a6d00', '#1d4fa8', '#8b2f8b', '#0f6f78', '#d0cbbd',
                     '#6b665c', '#c8372d', '#2e8b2e', '#a07c00', '#2f63c4', '#a040a0', '#13808a', '#2d2a26']}
PS1 = {'dark': r'\[\e]0;root@ledger: \w\a\]\[\e[1;32m\]root@ledger\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]# ',
       'light': r'\[\e]0;root@ledger: \w\a\]\[\e[1;35m\]root@ledger\[\e[0m\]:\[\e[1;34m\]\w\[\e[0m\]# '}
_bridge = None


def start_bridge():
    global _bridge
    www = fresh(os.path.join(TMP, 'www'))
    import shutil
    shutil.copy(os.path.join(OUT, 'term', 'index.html'), www)
    hjs = os.path.join(TMP, 'npm', 'node_modules', 'hterm-umdjs', 'dist', 'index.js')
    if not os.path.exists(hjs):
        os.makedirs(os.path.join(TMP, 'npm'), exist_ok=True)
        subprocess.run(['npm', 'install', '--no-audit', '--no-fund', 'hterm-umdjs@1.4.1'],
                       cwd=os.path.join(TMP, 'npm'), check=True)
    shutil.copy(hjs, os.path.join(www, 'hterm.js'))
    os.makedirs(SCN, exist_ok=True)
    _bridge = subprocess.Popen(['/usr/bin/python3', os.path.join(OUT, 'term', 'bridge.py'), str(HTTP_PORT),
                                str(WS_PORT), SCN, www], start_new_session=True)
    time.sleep(1.5)


def stop_bridge():
    xhelp.kill(_bridge)


def term_env(theme):
    return {'HOME': HOME, 'PS1': PS1[theme], 'PATH': '/usr/local/sbin:/usr/sbin:/usr/bin:/sbin:/bin',
            'LANG': 'C.UTF-8', 'LC_ALL': 'C.UTF-8', 'TERM': 'xterm-256color', 'USER': 'root',
            'HISTFILE': '/dev/null', 'TZ': 'UTC', 'PYTHONDONTWRITEBYTECODE': '1'}


def run_term(name, cwd, cmds, theme='dark', size=(940, 600), pos=(70, 50), extra_env=None, argv=None, settle=1.0):
    """cmds: list of str (typed + Enter) or dict steps. Returns the ANSI-stripped pty output."""
    steps = []
    for c in cmds:
        steps.append(c if isinstance(c, dict) else {'send': c + '\r', 'quiet': 0.7})
    env = term_env(theme)
    env.update(extra_env or {})
    sc = {'cwd': cwd, 'env': env, 'steps': steps}
    if argv:
        sc['argv'] = argv
    for ext in ('.log', '.done'):
        if os.path.exists(os.path.join(SCN, name + ext)):
            os.remove(os.path.join(SCN, name + ext))
    json.dump(sc, open(os.path.join(SCN, name + '.json'), 'w'))
    th = dict(DARK if theme == 'dark' else LIGHT)
    url = 'http://127.0.0.1:%d/index.html?scene=%s&ws=%d&theme=%s' % (
        HTTP_PORT, name, WS_PORT, urllib.parse.quote(json.dumps(th)))
    before = xhelp.clients()
    prof = fresh(os.path.join(TMP, 'chr', name))
    p = xhelp.launch(['chromium', '--app=' + url, '--user-data-dir=' + prof, '--no-first-run', '--no-sandbox', '--test-type',
                      '--disable-gpu', '--no-default-browser-check', '--disable-features=Translate',
                      '--window-size=%d,%d' % size, '--window-position=%d,%d' % pos, '--password-store=basic'])
    try:
        w = xhelp.wait_window(before, timeout=60)
        xhelp.place(w, pos[0], pos[1], size[0], size[1])
        t0 = time.time()
        while not os.path.exists(os.path.join(SCN, name + '.done')):
            if time.time() - t0 > 120:
                raise RuntimeError('terminal scene %s did not finish' % name)
            time.sleep(0.3)
        time.sleep(settle)
        xhelp.capture(w, os.path.join(IMG, name + '.png'))
    finally:
        xhelp.kill(p)
    time.sleep(0.5)
    return strip_ansi(open(os.path.join(SCN, name + '.log'), encoding='utf-8').read())


def ts(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc).timestamp()


# ---------------------------------------------------------------- t01: ls -l + du in a dark hterm
def t01_ls():
    r = rng('t01')
    base = fresh(os.path.join(HOME, 'reports'))
    pool = ['budget_2025.xlsx', 'vendor_list.csv', 'q3_summary.pdf', 'payroll_sep.csv', 'audit_notes.txt',
            'board_deck.odp', 'travel_claims.csv', 'tax_return_draft.pdf', 'cashflow.ods', 'readme.md',
            'invoices_oct.zip', 'headcount.csv']
    names = sorted(r.sample(pool, 10))
    days = r.sample(range(1, 280), 10)
    files = {}
    for n, d in zip(names, days):
        size = r.randint(900, 4_800_000) if not n.endswith('.md') else r.randint(300, 2500)
        t = dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=d, hours=r.randint(7, 19),
                                                                             minutes=r.randint(0, 59))
        mkfile(os.path.join(base, n), size, t.timestamp())
        files[n] = (size, t)
    dirs = {}
    for dname, k in (('archive', 3), ('scans', 4)):
        tot = 4096
        for i in range(k):
            s = r.randint(200_000, 9_000_000)
            mkfile(os.path.join(base, dname, 'part%d.bin' % (i + 1)), s, ts(2025, 6, 2, 10, 0))
            tot += s
        dirs[dname] = tot
    for dname in dirs:
        os.utime(os.path.join(base, dname), (ts(2025, 9, 30, 12, 0),) * 2)
    out = run_term('t01_hterm_ls', base, ['ls -l --time-style=long-iso', 'du -sh --apparent-size */'], 'dark',
                   size=(960, 560))
    img = 't01_hterm_ls'
    big = max(files, key=lambda n: files[n][0])
    small = min(files, key=lambda n: files[n][0])
    new = max(files, key=lambda n: files[n][1])
    old = min(files, key=lambda n: files[n][1])
    ncsv = sum(n.endswith('.csv') for n in files)
    pick = r.choice([n for n in names if n not in (big, small)])
    q(img, 'which file in this listing is the biggest?', big, 'text', 'terminal', 'argmax', out)
    q(img, 'smallest file here', small, 'text', 'terminal', 'argmin', out)
    q(img, 'hey which of these was modified most recently', new, 'text', 'terminal', 'latest', out)
    q(img, 'How many CSV files are in the reports folder?', ncsv, 'count', 'terminal', 'count', out,
      literal=False)
    q(img, 'size of %s in bytes?' % pick, files[pick][0], 'number', 'terminal', 'lookup', out)
    q(img, 'what date was %s last changed' % old, files[old][1].strftime('%Y-%m-%d'), 'date', 'terminal',
      'lookup', out)
    bigger = max(dirs, key=dirs.get)
    q(img, 'according to du, which folder takes more space, archive or scans?', bigger, 'text', 'terminal',
      'choice_more', out)
    q(img, 'how big is the scans dir', human(dirs['scans']), 'text', 'terminal', 'lookup', out)


# ---------------------------------------------------------------- t02: git log + status, light hterm
def t02_git():
    r = rng('t02')
    repo = fresh(os.path.join(HOME, 'tidepool-api'))
    authors = [('Ines Okafor', 'ines@tidepool.dev'), ('Marek Lindqvist', 'marek@tidepool.dev'),
               ('Priya Raman', 'priya@tidepool.dev')]
    subjects = ['Initial project skeleton', 'Add tide station model', 'Parse NOAA csv exports',
                'Cache station lookups', 'Fix timezone offset for Alaska stations', 'Add /forecast endpoint',
                'Bump requests to 2.31', 'Document rate limits in README']
    genv = dict(os.environ, GIT_CONFIG_GLOBAL='/dev/null', GIT_CONFIG_SYSTEM='/dev/null', TZ='UTC')

    def git(*a, env=None):
        return subprocess.run(['git', '-C', repo] + list(a), env=env or genv, check=True, capture_output=True,
                              text=True).stdout.strip()
    git('init', '-q', '-b', 'main')
    t = dt.datetime(2026, 2, 9, 9, 15, tzinfo=dt.timezone.utc)
    commits = []
    for i, s in enumerate(subjects):
        a = authors[0] if i == 0 else r.choice(authors)
        t += dt.timedelta(days=r.randint(1, 4), hours=r.randint(0, 8), minutes=r.randint(0, 50))
        fn = ['app.py', 'models.py', 'parse.py', 'cache.py', 'tz.py', 'api.py', 'requirements.txt',
              'README.md'][i]
        with open(os.path.join(repo, fn), 'a') as f:
            f.write('# %s\n' % s)
        git('add', '-A')
        e = dict(genv, GIT_AUTHOR_NAME=a[0], GIT_AUTHOR_EMAIL=a[1], GIT_COMMITTER_NAME=a[0],
                 GIT_COMMITTER_EMAIL=a[1], GIT_AUTHOR_DATE=t.isoformat(), GIT_COMMITTER_DATE=t.isoformat())
        git('commit', '-q', '-m', s, env=e)
        commits.append(dict(subject=s, author=a[0], date=t, hash=git('rev-parse', '--short=7', 'HEAD')))
        if i == 5:
            git('tag', '-a', 'v0.4.0', '-m', 'release 0.4.0', env=e)
    git('checkout', '-q', '-b', 'feature/tide-alerts')
    for fn in ('api.py', 'cache.py'):
        with open(os.path.join(repo, fn), 'a') as f:
            f.write('# wip\n')
    open(os.path.join(repo, 'alerts.py'), 'w').write('# new\n')
    out = run_term('t02_hterm_git', repo, [
        "git log --date=short --format='%h %ad %<(16)%an %s'", 'git status -sb', 'git describe --tags'],
        'light', size=(980, 560), extra_env={'GIT_CONFIG_GLOBAL': '/dev/null', 'GIT_PAGER': 'cat'})
    img = 't02_hterm_git'
    last = commits[-1]
    who = r.choice(authors)[0]
    n_who = sum(c['author'] == who for c in commits)
    q(img, 'who made the latest commit?', last['author'], 'person', 'git', 'latest', out)
    q(img, 'how many commits did %s make' % who.split()[0], n_who, 'count', 'git', 'count', out, literal=False)
    q(img, 'What was the very first commit message in this repo?', commits[0]['subject'], 'text', 'git',
      'earliest', out)
    q(img, 'which branch am i on', 'feature/tide-alerts', 'text', 'git', 'lookup', out)
    q(img, 'how many files are modified (not counting untracked)?', 2, 'count', 'git', 'count', out,
      literal=False)
    c = commits[4]
    q(img, 'short hash of the "%s" commit' % c['subject'], c['hash'], 'code', 'git', 'lookup', out)
    nxt = commits[2]
    q(img, 'which commit came right after "%s"?' % commits[1]['subject'], nxt['subject'], 'text', 'git',
      'next', out)
    q(img, 'latest tag version?', 'v0.4.0', 'version', 'git', 'version', out)


# ---------------------------------------------------------------- t03: pytest run + exit status, dark
def t03_pytest():
    r = rng('t03')
    proj = fresh(os.path.join(HOME, 'parcel-rates'))
    os.makedirs(os.path.join(proj, 'tests'))
    rates = {'letter': 1.35, 'small': 4.2, 'medium': 7.9, 'large': 13.5}
    src = '''"""Parcel postage rates."""
RATES = %r
FUEL_SURCHARGE = 0.06


def base_rate(kind):
    return RATES[kind]


def postage(kind, weight_kg):
    extra = max(0.0, weight_kg - 2.0) * 1.1
    return round((RATES[kind] + extra) * (1 + FUEL_SURCHARGE), 2)


def bulk_discount(total, items):
    if items >= 10:
        return round(total * 0.9, 2)
    return total
''' % rates
    open(os.path.join(proj, 'rates.py'), 'w').write(src)
    ns = {}
    exec(src, ns)
    cases = [('test_letter_rate', 'base_rate("letter")', ns['base_rate']('letter')),
             ('test_small_rate', 'base_rate("small")', ns['base_rate']('small')),
             ('test_medium_light', 'postage("medium", 1.5)', ns['postage']('medium', 1.5)),
             ('test_large_heavy', 'postage("large", 5.0)', ns['postage']('large', 5.0)),
             ('test_small_heavy', 'postage("small", 3.0)', ns['postage']('small', 3.0)),
             ('test_bulk_nine', 'bulk_discount(100.0, 9)', ns['bulk_discount'](100.0, 9)),
             ('test_bulk_ten', 'bulk_discount(100.0, 10)', ns['bulk_discount'](100.0, 10)),
             ('test_bulk_twenty', 'bulk_discount(250.0, 20)', ns['bulk_discount'](250.0, 20)),
             ('test_letter_heavy', 'postage("letter", 2.5)', ns['postage']('letter', 2.5))]
    wrong = set(r.sample([c[0] for c in cases], 2))
    skip = r.choice([c[0] for c in cases if c[0] not in wrong])
    lines = ['import pytest', 'from rates import base_rate, postage, bulk_discount', '']
    status = {}
    for name, expr, val in cases:
        exp = round(val + 0.5, 2) if name in wrong else val
        if name == skip:
            lines.append('@pytest.mark.skip(reason="rate card pending")')
            status[name] = 'SKIPPED'
        else:
            status[name] = 'PASSED' if ns_eval(ns, expr) == exp else 'FAILED'
        lines += ['def %s():' % name, '    assert %s == %r' % (expr, exp), '', '']
    open(os.path.join(proj, 'tests', 'test_rates.py'), 'w').write('\n'.join(lines))
    open(os.path.join(proj, 'tests', 'conftest.py'), 'w').write(
        'import sys, os\nsys.path.insert(0, os.path.dirname(os.path.dirname(__file__)))\n')
    out = run_term('t03_hterm_pytest', proj, [
        'python3 -m pytest -v -p no:cacheprovider --tb=no tests/', 'echo "exit=$?"'], 'dark', size=(1000, 620))
    img = 't03_hterm_pytest'
    failed = [n for n in status if status[n] == 'FAILED']
    npass = sum(v == 'PASSED' for v in status.values())
    ver = subprocess.run(['/usr/bin/python3', '-m', 'pytest', '--version'], capture_output=True,
                         text=True).stdout.strip() or subprocess.run(
        ['/usr/bin/python3', '-m', 'pytest', '--version'], capture_output=True, text=True).stderr.strip()
    ver = ver.split()[-1]
    q(img, 'how many tests failed', len(failed), 'count', 'terminal', 'count', out)
    q(img, 'Which tests are failing?', '; '.join(failed), 'text', 'terminal', 'read', out)
    q(img, 'number of passed tests?', npass, 'count', 'terminal', 'count', out)
    q(img, 'which test got skipped', skip, 'text', 'terminal', 'read', out)
    q(img, 'what pytest version is this', ver, 'version', 'terminal', 'version', out)
    q(img, 'exit code of the test run?', 1, 'code', 'terminal', 'lookup', out)
    q(img, 'first test in the list', cases[0][0], 'text', 'terminal', 'nth', out)


def ns_eval(ns, expr):
    return eval(expr, dict(ns))


# ---------------------------------------------------------------- t04: traceback + echo $?, light
def t04_traceback():
    r = rng('t04')
    proj = fresh(os.path.join(HOME, 'dinner-split'))
    people = r.sample(['Aiko', 'Bram', 'Chloe', 'Dev', 'Elif', 'Femi', 'Gus'], 5)
    shares = {p: r.randint(1, 3) for p in people}
    shares[people[3]] = 0
    amounts = {p: round(r.uniform(8, 60), 2) for p in people}
    bill = {'venue': 'Harbour Noodle Bar', 'currency': 'EUR', 'tip_percent': r.choice([8, 10, 12]),
            'people': [{'name': p, 'ordered': amounts[p], 'share_units': shares[p]} for p in people]}
    json.dump(bill, open(os.path.join(proj, 'bill.json'), 'w'), indent=2)
    script = '''import json
import sys


def load(path):
    with open(path) as f:
        return json.load(f)


def per_unit(person):
    return person["ordered"] / person["share_units"]


def main(path):
    bill = load(path)
    print("venue:", bill["venue"])
    for p in bill["people"]:
        print(f"{p['name']:<6} {per_unit(p):8.2f}")


if __name__ == "__main__":
    main(sys.argv[1])
'''
    open(os.path.join(proj, 'split_bill.py'), 'w').write(script)
    out = run_term('t04_hterm_traceback', proj, ['python3 split_bill.py bill.json', 'echo $?'], 'light',
                   size=(900, 520))
    img = 't04_hterm_traceback'
    lines = script.split('\n')
    err_line = next(i + 1 for i, l in enumerate(lines) if 'person["ordered"] / person["share_units"]' in l)
    q(img, 'what error did the script crash with?', 'ZeroDivisionError: float division by zero', 'error',
      'terminal', 'error', out)
    q(img, 'which line of split_bill.py blew up', err_line, 'number', 'terminal', 'lookup', out)
    q(img, 'in what function did it fail', 'per_unit', 'text', 'terminal', 'read', out)
    q(img, 'exit status?', 1, 'code', 'terminal', 'lookup', out)
    q(img, 'how many people got a line printed before it crashed', 3, 'count', 'terminal', 'count', out,
      literal=False)
    first = people[0]
    q(img, 'per-unit amount printed for %s' % first, '%.2f' % (amounts[first] / shares[first]), 'number',
      'terminal', 'lookup', out)
    q(img, 'Which venue is this bill for', bill['venue'], 'text', 'terminal', 'read', out)


# ---------------------------------------------------------------- t05: ps of own workers, dark
WORKER = r'''
import ctypes, sys, time
ctypes.CDLL(None).prctl(15, sys.argv[1].encode(), 0, 0, 0)
blob = b"\x01" * (int(sys.argv[2]) * 1024 * 1024)
time.sleep(600)
'''


def t05_ps():
    r = rng('t05')
    names = ['tp-ingest', 'tp-resize', 'tp-thumbs', 'tp-export', 'tp-notify']
    mibs = r.sample([30, 55, 80, 120, 165, 210, 260, 320], 5)
    mem = dict(zip(names, mibs))
    procs = [subprocess.Popen(['/usr/bin/python3', '-c', WORKER, n, str(m)], start_new_session=True)
             for n, m in mem.items()]
    try:
        time.sleep(4)
        out = run_term('t05_hterm_ps', HOME, [
            'ps -o pid,user,rss,comm --sort=-rss -C %s' % ','.join(names), "pgrep -c '^tp-'",
            'free -m | head -2'], 'dark', size=(900, 480))
    finally:
        for p in procs:
            xhelp.kill(p)
    img = 't05_hterm_ps'
    order = sorted(names, key=lambda n: -mem[n])
    a, b = r.sample(names, 2)
    q(img, 'which tp- process is using the most memory?', order[0], 'text', 'system_monitor', 'argmax', out)
    q(img, 'and the one with the least RSS', order[-1], 'text', 'system_monitor', 'argmin', out)
    q(img, 'how many tp processes are running', 5, 'count', 'system_monitor', 'count', out)
    q(img, 'second biggest worker by memory?', order[1], 'text', 'system_monitor', 'nth', out)
    q(img, 'does %s use more memory than %s' % (a, b), 'yes' if mem[a] > mem[b] else 'no', 'yesno',
      'system_monitor', 'compare_more', out, literal=False)


# ---------------------------------------------------------------- t06: tabview (curses CSV viewer), light
def t06_tabview():
    r = rng('t06')
    d = fresh(os.path.join(HOME, 'lab'))
    items = ['Pipette tips 200ul', 'Nitrile gloves M', 'Ethanol 96% 1L', 'Petri dishes 90mm', 'Agar powder 500g',
             'Cryo vials 2ml', 'Parafilm roll', 'Falcon tubes 50ml', 'Kimwipes box']
    suppliers = ['LabNord', 'Scienta', 'BioDepot']
    rows = []
    qtys = r.sample(range(2, 41), len(items))
    prices = r.sample(range(300, 9500), len(items))
    for i, it in enumerate(items):
        rows.append(dict(item=it, supplier=r.choice(suppliers), qty=qtys[i],
                         unit_price='%.2f' % (prices[i] / 100),
                         ordered=(dt.date(2026, 3, 2) + dt.timedelta(days=r.randint(0, 40))).isoformat()))
    with open(os.path.join(d, 'lab_orders.csv'), 'w') as f:
        f.write('item,supplier,qty,unit_price,ordered\n')
        for x in rows:
            f.write('%s,%s,%d,%s,%s\n' % (x['item'], x['supplier'], x['qty'], x['unit_price'], x['ordered']))
    tv = os.path.join(TMP, 'venv', 'bin', 'tabview')
    if not os.path.exists(tv):
        subprocess.run(['python3', '-m', 'venv', os.path.join(TMP, 'venv')], check=True)
        subprocess.run([os.path.join(TMP, 'venv', 'bin', 'pip'), 'install', '-q', 'tabview==1.4.4'], check=True)
    out = run_term('t06_hterm_tabview', d, [{'send': '%s lab_orders.csv\r' % tv, 'quiet': 0.7},
                                            {'send': 'j', 'quiet': 1.0, 'pause': 0.5},
                                            {'send': 'j', 'quiet': 0.5}],
                   'light', size=(1040, 480), extra_env={'NCURSES_NO_UTF8_ACS': '1'})
    img = 't06_hterm_tabview'
    csvtext = open(os.path.join(d, 'lab_orders.csv')).read()
    pick = r.choice(rows)
    top = max(rows, key=lambda x: float(x['unit_price']))
    low = min(rows, key=lambda x: x['qty'])
    sup = r.choice(suppliers)
    nsup = sum(x['supplier'] == sup for x in rows)
    a, b = r.sample(rows, 2)
    q(img, 'qty for %s?' % pick['item'], pick['qty'], 'number', 'table', 'cell', csvtext)
    q(img, 'which item has the highest unit price', top['item'], 'text', 'table', 'argmax', csvtext)
    q(img, 'lowest quantity ordered - which item', low['item'], 'text', 'table', 'argmin', csvtext)
    q(img, 'how many rows are from %s' % sup, nsup, 'count', 'table', 'count', csvtext, literal=False)
    q(img, 'total qty of %s and %s together' % (a['item'], b['item']), a['qty'] + b['qty'], 'number', 'table',
      'sum', csvtext, literal=False)
    last = max(rows, key=lambda x: (x['ordered'], x['item']))
    q(img, 'which item is the cursor on right now', rows[2]['item'], 'text', 'table', 'selected', csvtext)
    q(img, 'what is the latest order date in the sheet',
      last['ordered'], 'date', 'table', 'latest', csvtext)
