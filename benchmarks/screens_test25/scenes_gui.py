"""GUI scenes: real Debian 12 applications (and three small home-made windows) fed generated data."""
import datetime as dt, json, os, shutil, subprocess, sys, time
from common import *
import xhelp


def app_shot(name, argv, title_re=None, size=(1000, 640), pos=(60, 40), env=None, cwd=None, before_shot=None,
             wait=3.0, timeout=60, frame=True, extra_kill=(), largest=False):
    before = xhelp.clients()
    pids0 = set(x for x in os.listdir('/proc') if x.isdigit())
    p = xhelp.launch(argv, env=env, cwd=cwd)
    try:
        w = xhelp.wait_window(before, title_re, timeout=timeout)
        time.sleep(wait)
        if largest:
            def area(x):
                g = xhelp.frame_geom(x)
                return g[2] * g[3]
            w = max([x for x in xhelp.clients() if x not in before], key=area)
        if size:
            xhelp.place(w, pos[0], pos[1], size[0], size[1])
        if before_shot:
            w = before_shot(w) or w
        time.sleep(1.0)
        xhelp.capture(w, os.path.join(IMG, name + '.png'))
    finally:
        xhelp.kill(p)
        time.sleep(0.5)
        kill_new(pids0, extra_kill)


def kill_new(pids0, names):
    for x in os.listdir('/proc'):
        if x.isdigit() and x not in pids0:
            try:
                comm = open('/proc/%s/comm' % x).read().strip()
            except OSError:
                continue
            if comm in names:
                try:
                    os.kill(int(x), 9)
                except OSError:
                    pass


def appenv(home=None, **kw):
    h = home or fresh(os.path.join(TMP, 'apphome', kw.pop('tag', 'x')))
    e = {'HOME': h, 'XDG_CONFIG_HOME': os.path.join(h, '.config'), 'XDG_DATA_HOME': os.path.join(h, '.local/share'),
         'XDG_CACHE_HOME': os.path.join(h, '.cache'), 'TZ': 'UTC'}
    e.update(kw)
    return e


# ---------------------------------------------------------------- g01: xli showing a bar chart (Xlib)
def g01_xli_chart():
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    r = rng('g01')
    routes = ['Kirkwall', 'Stromness', 'Lerwick', 'Scrabster', 'Aberdeen', 'Westray', 'Hoy']
    vals = r.sample(range(140, 980, 10), len(routes))
    labelled = set(r.sample(routes, 3))
    fig, ax = plt.subplots(figsize=(8, 5.2), dpi=100)
    bars = ax.bar(routes, vals, color='#3b7dd8')
    for b, rt, v in zip(bars, routes, vals):
        if rt in labelled:
            ax.text(b.get_x() + b.get_width() / 2, v + 10, str(v), ha='center', fontsize=10)
    ax.set_title('Ferry passengers per day by port, May 2026')
    ax.set_ylabel('passengers')
    ax.set_ylim(0, 1050)
    ax.grid(axis='y', alpha=.3)
    fig.tight_layout()
    path = os.path.join(W, 'ferry_chart.png')
    fig.savefig(path)
    plt.close(fig)
    drawn = ' '.join(routes) + ' Ferry passengers per day by port, May 2026 ' + ' '.join(
        str(v) for rt, v in zip(routes, vals) if rt in labelled)
    app_shot('g01_xli_chart', ['xli', '-title', 'ferry_chart.png', path], None, size=None)
    img = 'g01_xli_chart'
    d = dict(zip(routes, vals))
    un = [rt for rt in routes if rt not in labelled]
    u = r.choice(un)
    lab = r.choice(sorted(labelled))
    q(img, 'which port has the most passengers', max(d, key=d.get), 'text', 'image_viewer_chart', 'argmax', drawn)
    q(img, 'lowest bar?', min(d, key=d.get), 'text', 'image_viewer_chart', 'argmin', drawn)
    q(img, 'roughly how many passengers does %s have' % u, d[u], 'approx', 'image_viewer_chart', 'chart_value',
      literal=False)
    q(img, 'What value is written on the %s bar?' % lab, d[lab], 'number', 'image_viewer_chart', 'chart_value',
      drawn)
    q(img, "what's the chart title", 'Ferry passengers per day by port, May 2026', 'text', 'image_viewer_chart',
      'title', drawn)
    a, b = r.sample(routes, 2)
    q(img, 'is %s higher than %s?' % (a, b), 'yes' if d[a] > d[b] else 'no', 'yesno', 'image_viewer_chart',
      'compare_more', literal=False)


# ---------------------------------------------------------------- g02: gnuplot x11 line chart
def g02_gnuplot():
    r = rng('g02')
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
    solar = [r.randint(40, 70)]
    for i in range(1, 12):
        step = r.randint(25, 60) if i < 6 else -r.randint(25, 60)
        solar.append(max(30, solar[-1] + step))
    grid = [r.randint(300, 340) - 12 * i + r.randint(-8, 8) for i in range(12)]
    # make sure solar overtakes grid once and stays above for a while
    grid = [g if i < 4 else min(g, solar[i] - r.randint(15, 40)) if 4 <= i <= 7 else g for i, g in enumerate(grid)]
    over = next(i for i in range(12) if solar[i] > grid[i])
    data = os.path.join(W, 'energy.dat')
    with open(data, 'w') as f:
        for i, m in enumerate(months):
            f.write('%d %s %d %d\n' % (i, m, solar[i], grid[i]))
    gp = os.path.join(W, 'energy.gp')
    open(gp, 'w').write('''set term x11 size 900,560 font "DejaVu Sans,10" title "gnuplot: energy.gp"
set title "Household electricity by source, 2025 (kWh)"
set key top left
set grid
set yrange [0:*]
set xtics rotate by 0
plot "%s" using 1:3:xtic(2) with linespoints lw 2 pt 7 title "solar", "" using 1:4 with linespoints lw 2 pt 5 title "grid"
''' % data)
    app_shot('g02_gnuplot_energy', ['gnuplot', '-persist', gp], 'gnuplot', size=None, wait=2,
             extra_kill=('gnuplot_x11',))
    img = 'g02_gnuplot_energy'
    drawn = 'Household electricity by source, 2025 (kWh) solar grid ' + ' '.join(months)
    m = r.choice([i for i in range(12) if i not in (over,)])
    q(img, 'in which month does solar first overtake grid', months[over], 'text', 'chart', 'overtakes', drawn)
    q(img, 'solar in %s, approximately?' % months[m], solar[m], 'approx', 'chart', 'chart_value', literal=False)
    q(img, 'which month has the highest solar value', months[max(range(12), key=lambda i: solar[i])], 'text',
      'chart', 'argmax', drawn)
    q(img, 'title of the plot?', 'Household electricity by source, 2025 (kWh)', 'text', 'chart', 'title', drawn)
    q(img, 'what colour is the grid line', 'green', 'text', 'chart', 'colour', literal=False)


# ---------------------------------------------------------------- g03: EdenMath (GNUstep) calculator
def g03_edenmath():
    r = rng('g03')
    a, b, c = r.randint(120, 980), r.randint(12, 89), r.randint(100, 999)
    res = a * b - c

    keys = {'7': (83, 142), '8': (130, 142), '9': (178, 142), '4': (83, 175), '5': (130, 175), '6': (178, 175),
            '1': (83, 208), '2': (130, 208), '3': (178, 208), '0': (83, 241), '=': (228, 241), '*': (228, 142),
            '-': (228, 175), '+': (228, 208)}

    def go(w):
        x0, y0, _, _ = xhelp.frame_geom(w)
        for ch in '%d*%d=-%d=' % (a, b, c):
            kx, ky = keys[ch]
            xhelp.sh(['xdotool', 'mousemove', str(x0 + kx), str(y0 + ky), 'click', '1'])
            time.sleep(0.25)
        xhelp.sh(['xdotool', 'mousemove', '5', '790'])
    e = appenv(tag='eden')
    app_shot('g03_edenmath', ['/usr/lib/GNUstep/Applications/EdenMath.app/EdenMath'], None, size=None,
             env=e, before_shot=go, wait=3, largest=True,
             extra_kill=('gdnc', 'gpbs', 'EdenMath'))
    img = 'g03_edenmath'
    q(img, 'what number is on the calculator display?', res, 'number', 'calculator', 'read', literal=False)
    q(img, 'which button clears the calculator', 'C', 'text', 'calculator', 'locate', literal=False)
    q(img, 'is there a button for factorial? which label', 'n!', 'text', 'calculator', 'locate', literal=False)


# ---------------------------------------------------------------- g04: home-made Tk preferences
def g04_tk_prefs():
    r = rng('g04')
    checks = ['Sync on save', 'Watch hidden files', 'Show desktop notifications', 'Pause on battery',
              'Compress before upload', 'Keep deleted files 30 days']
    states = [r.random() < 0.5 for _ in checks]
    if all(states) or not any(states):
        states[0] = not states[0]
    radios = ['Keep both copies', 'Prefer local version', 'Prefer server version', 'Ask every time']
    st = dict(title='Driftbox Preferences', other_tabs=['Accounts', 'Advanced'], checks=list(zip(checks, states)),
              radios=radios, radio_sel=r.choice(radios), upload=str(r.choice([250, 500, 750, 1200])),
              intervals=['Every minute', 'Every 5 minutes', 'Every 15 minutes', 'Hourly'],
              server='sync.driftbox.example:8443', status='Last sync: 14:07, 3 files',
              buttons=['Help', 'Cancel', 'Apply', 'OK'])
    st['interval'] = r.choice(st['intervals'])
    path = os.path.join(W, 'tk_prefs.json'); json.dump(st, open(path, 'w'))
    app_shot('g04_tk_prefs', ['/usr/bin/python3', os.path.join(OUT, 'apps', 'tk_sync_prefs.py'), path],
             'Driftbox', size=None, wait=2)
    img = 'g04_tk_prefs'
    drawn = json.dumps(st)
    on = [c for c, v in zip(checks, states) if v]
    off = [c for c, v in zip(checks, states) if not v]
    x = r.choice(checks)
    q(img, 'is "%s" turned on?' % x, 'yes' if x in on else 'no', 'yesno', 'settings_dialog', 'state_yesno')
    q(img, 'which conflict option is selected', st['radio_sel'], 'text', 'settings_dialog', 'selected', drawn)
    q(img, 'how many of the checkboxes are ticked', len(on), 'count', 'settings_dialog', 'count', literal=False)
    q(img, 'upload limit?', st['upload'], 'number', 'settings_dialog', 'lookup', drawn)
    q(img, 'what sync interval is chosen', st['interval'], 'text', 'settings_dialog', 'selected', drawn)
    q(img, 'which buttons are at the bottom of the dialog', '; '.join(st['buttons']), 'text', 'settings_dialog',
      'read', drawn)
    y = r.choice(off) if off else checks[0]
    q(img, 'is %s enabled' % y.lower(), 'yes' if y in on else 'no', 'yesno', 'settings_dialog', 'state_yesno')


# ---------------------------------------------------------------- g05: home-made PyQt5 progress dialog
def g05_qt_progress():
    r = rng('g05')
    total = r.randint(180, 420)
    done = r.randint(40, total - 30)
    pct = done * 100 // total
    gb_done = round(done * r.uniform(0.018, 0.03), 1)
    st = dict(title='Importing photos', heading='Importing from SD card "EOS_DIGITAL"',
              line='Copying IMG_%04d.CR3 (%d of %d)' % (r.randint(1000, 9999), done, total), percent=pct,
              fields=[('Destination', '~/Pictures/2026/lisbon-trip'), ('Copied', '%.1f GB' % gb_done),
                      ('Skipped duplicates', str(r.randint(2, 9)))],
              checks=[('Delete from card after import', r.random() < 0.5), ('Close this window when finished', True)],
              buttons=['Pause', 'Cancel import'], default='Pause')
    path = os.path.join(W, 'qt_progress.json'); json.dump(st, open(path, 'w'))
    app_shot('g05_qt_progress', ['/usr/bin/python3', os.path.join(OUT, 'apps', 'qt_import_progress.py'), path],
             'Importing', size=None, wait=2)
    img = 'g05_qt_progress'
    drawn = json.dumps(st) + ' %d%%' % pct
    q(img, 'how far along is the import (percent)?', '%d%%' % pct, 'percent', 'progress_dialog', 'read', drawn)
    q(img, 'which file number is it on', done, 'number', 'progress_dialog', 'lookup', drawn)
    q(img, 'how many photos are left to copy', total - done, 'count', 'progress_dialog', 'subtract', literal=False)
    q(img, 'where are the photos going', '~/Pictures/2026/lisbon-trip', 'text', 'progress_dialog', 'lookup', drawn)
    dl = st['checks'][0]
    q(img, 'will it delete the photos from the card after import?', 'yes' if dl[1] else 'no', 'yesno',
      'progress_dialog', 'state_yesno')
    q(img, 'what buttons does this dialog offer', 'Pause; Cancel import', 'text', 'progress_dialog', 'read', drawn)


# ---------------------------------------------------------------- g06: djview4 on a generated DjVu invoice
def g06_djview():
    import matplotlib
    matplotlib.use('Agg')
    import matplotlib.pyplot as plt
    from PIL import Image
    r = rng('g06')
    d = fresh(os.path.join(W, 'djvu'))
    inv = 'KL-%05d' % r.randint(10000, 99999)
    client = r.choice(['Marrow & Finch Architects', 'Osterby Dental Clinic', 'Pellucid Print Works'])
    items = r.sample([('Site survey', 420), ('CAD drafting (hours)', 65), ('Structural review', 880),
                      ('Permit filing', 150), ('Travel', 0.42), ('3D render', 310), ('Printing A1 sheets', 12)], 5)
    lines = []
    for name, price in items:
        qty = r.randint(1, 12) if price > 50 else r.randint(20, 300)
        lines.append((name, qty, price, round(qty * price, 2)))
    sub = round(sum(l[3] for l in lines), 2)
    vat = round(sub * 0.21, 2)
    tot = round(sub + vat, 2)
    issued = dt.date(2026, 4, r.randint(13, 24))
    due = issued + dt.timedelta(days=30)
    npages = r.choice([3, 4])
    pages = []
    for pg in range(1, npages + 1):
        fig = plt.figure(figsize=(8.27, 11.69), dpi=100)
        fig.text(0.08, 0.94, 'Kestrel Lane Engineering', fontsize=20, weight='bold')
        fig.text(0.08, 0.915, '14 Quay Street, Galway', fontsize=10)
        fig.text(0.9, 0.05, 'Page %d of %d' % (pg, npages), fontsize=9, ha='right')
        if pg == 1:
            fig.text(0.08, 0.86, 'INVOICE %s' % inv, fontsize=16)
            fig.text(0.08, 0.83, 'Bill to: %s' % client, fontsize=11)
            fig.text(0.08, 0.81, 'Issued: %s     Due: %s' % (issued.isoformat(), due.isoformat()), fontsize=11)
            y = 0.75
            for c, x in (('Description', 0.08), ('Qty', 0.52), ('Unit', 0.64), ('Amount', 0.80)):
                fig.text(x, y, c, fontsize=11, weight='bold')
            for name, qty, price, amt in lines:
                y -= 0.03
                fig.text(0.08, y, name, fontsize=11); fig.text(0.52, y, str(qty), fontsize=11)
                fig.text(0.64, y, '%.2f' % price, fontsize=11); fig.text(0.80, y, '%.2f' % amt, fontsize=11)
            y -= 0.05
            for lab, v in (('Subtotal', sub), ('VAT 21%', vat), ('Total EUR', tot)):
                fig.text(0.64, y, lab, fontsize=11, weight='bold' if lab.startswith('Total') else 'normal')
                fig.text(0.80, y, '%.2f' % v, fontsize=11, weight='bold' if lab.startswith('Total') else 'normal')
                y -= 0.03
        else:
            fig.text(0.08, 0.86, ['', '', 'Terms and conditions', 'Site survey notes', 'Appendix'][pg], fontsize=16)
            for i in range(18):
                fig.text(0.08, 0.82 - i * 0.035, '%d.%d  Section text placeholder for clause %d.' % (pg, i + 1, i + 1),
                         fontsize=10)
        png = os.path.join(d, 'p%d.png' % pg)
        fig.savefig(png); plt.close(fig)
        ppm = png.replace('.png', '.ppm')
        Image.open(png).convert('RGB').save(ppm)
        subprocess.run(['c44', ppm, ppm.replace('.ppm', '.djvu')], check=True, capture_output=True)
        pages.append(ppm.replace('.ppm', '.djvu'))
    doc = os.path.join(d, 'invoice_%s.djvu' % inv)
    subprocess.run(['djvm', '-c', doc] + pages, check=True)
    e = appenv(tag='djview')
    app_shot('g06_djview_invoice', ['djview', doc], 'DjView|djvu', size=(900, 740), pos=(60, 20), env=e, wait=4)
    img = 'g06_djview_invoice'
    drawn = 'INVOICE %s Bill to: %s Issued: %s Due: %s %s %.2f %.2f %.2f Page 1 of %d' % (
        inv, client, issued, due, ' '.join('%s %d %.2f' % (l[0], l[1], l[3]) for l in lines), sub, vat, tot, npages)
    q(img, 'how many pages does this document have', npages, 'count', 'document_viewer', 'count', drawn)
    q(img, 'invoice number?', inv, 'code', 'document_viewer', 'lookup', drawn)
    q(img, 'who is the invoice billed to', client, 'person', 'document_viewer', 'party', drawn)
    q(img, 'total amount due', '%.2f' % tot, 'money', 'document_viewer', 'lookup', drawn)
    q(img, 'when is it due', due.isoformat(), 'date', 'document_viewer', 'lookup', drawn)
    big = max(lines, key=lambda l: l[3])
    q(img, 'which line item costs the most', big[0], 'text', 'document_viewer', 'argmax', drawn)
    q(img, 'how much VAT is charged?', '%.2f' % vat, 'money',
      'document_viewer', 'lookup', drawn)


# ---------------------------------------------------------------- g07: fossil ui timeline in chromium --app
def g07_fossil():
    r = rng('g07')
    d = fresh(os.path.join(W, 'fossil'))
    repo = os.path.join(d, 'beacon.fossil')
    ck = fresh(os.path.join(d, 'checkout'))
    fenv = dict(os.environ, HOME=d, USER='ines', TZ='UTC')

    def fos(*a):
        return subprocess.run(['fossil'] + list(a), cwd=ck, env=fenv, check=True, capture_output=True,
                              text=True).stdout
    fos('init', repo, '--admin-user', 'ines', '--date-override', '2026-01-19T08:00:00')
    fos('open', repo, '--force')
    users = ['ines', 'tomasz', 'keiko']
    for u in users[1:]:
        fos('user', 'new', u, u + '@beacon.example', 'pw', '-R', repo)
    msgs = ['Add beacon firmware skeleton', 'Read battery voltage over ADC', 'Send LoRa packets every 10 min',
            'Fix brown-out reset on cold start', 'Add deep sleep between reads', 'Calibrate temperature sensor',
            'Update README with wiring table']
    t = dt.datetime(2026, 1, 19, 8, 30)
    hist = []
    for i, m in enumerate(msgs):
        u = users[0] if i == 0 else r.choice(users)
        t += dt.timedelta(days=r.randint(1, 5), hours=r.randint(0, 9), minutes=r.randint(0, 59))
        fn = os.path.join(ck, 'src%d.c' % (i % 3))
        with open(fn, 'a') as f:
            f.write('/* %s */\n' % m)
        fos('add', '.')
        fos('commit', '-m', m, '--allow-older', '--user-override', u, '--date-override', t.strftime('%Y-%m-%dT%H:%M:%S'),
            '--no-warnings')
        hist.append((m, u, t))
    ver = subprocess.run(['fossil', 'version'], capture_output=True, text=True).stdout.split()[4]
    port = 18631
    srv = subprocess.Popen(['fossil', 'server', '--localhost', '--port', str(port), repo], env=fenv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.5)
    prof = fresh(os.path.join(TMP, 'chr', 'g07'))
    try:
        app_shot('g07_fossil_timeline', ['chromium', '--app=http://127.0.0.1:%d/timeline?n=20&y=ci' % port,
                                         '--user-data-dir=' + prof, '--no-first-run', '--no-sandbox', '--test-type',
                                         '--disable-gpu', '--window-size=1040,720', '--window-position=40,20'],
                 None, size=(1040, 720), pos=(40, 20), wait=4)
    finally:
        xhelp.kill(srv)
    img = 'g07_fossil_timeline'
    drawn = ' '.join('%s %s %s' % (m, u, t.strftime('%H:%M')) for m, u, t in hist) + ' ' + ver
    last = hist[-1]
    who = r.choice(users[1:])
    q(img, 'who made the most recent check-in', last[1], 'person', 'web_app', 'latest', drawn)
    q(img, 'how many check-ins by %s' % who, sum(h[1] == who for h in hist), 'count', 'web_app', 'count',
      literal=False)
    fx = hist[3]
    q(img, 'who committed "%s"?' % fx[0], fx[1], 'person', 'web_app', 'party', drawn)
    q(img, 'what was checked in right after "%s"' % hist[4][0], hist[5][0], 'text', 'web_app', 'next', drawn)
    q(img, 'time of the "%s" check-in' % hist[1][0], hist[1][2].strftime('%H:%M'), 'time', 'web_app', 'lookup',
      drawn)
    q(img, 'how many check-ins does the timeline list', len(hist) + 1, 'count', 'web_app', 'count',
      '%d check-ins' % (len(hist) + 1))
    q(img, 'oldest real commit message (after the initial empty check-in)?', hist[0][0], 'text', 'web_app', 'earliest', drawn)


# ---------------------------------------------------------------- g08: transmission-gtk preferences (GTK3)
def g08_transmission():
    r = rng('g08')
    cfg = fresh(os.path.join(W, 'transmission'))
    dl = os.path.join(HOME, 'Downloads', 'torrents')
    os.makedirs(dl, exist_ok=True)
    st = {'user-has-given-informed-consent': True, 'download-dir': dl,
          'speed-limit-down-enabled': r.random() < 0.5, 'speed-limit-down': r.choice([800, 1500, 2500, 4000]),
          'speed-limit-up-enabled': True, 'speed-limit-up': r.choice([60, 120, 250, 400]),
          'alt-speed-up': r.choice([20, 30, 40]), 'alt-speed-down': r.choice([150, 200, 300]),
          'peer-port': r.randint(40000, 60000), 'rename-partial-files': True,
          'start-added-torrents': r.random() < 0.5, 'trash-original-torrent-files': True,
          'blocklist-enabled': False, 'dht-enabled': True}
    json.dump(st, open(os.path.join(cfg, 'settings.json'), 'w'), indent=1)
    e = appenv(tag='transmission')

    def go(w):
        xhelp.sh(['xdotool', 'windowactivate', '--sync', w])
        xhelp.sh(['xdotool', 'key', '--clearmodifiers', 'alt+e'])
        time.sleep(0.8)
        xhelp.sh(['xdotool', 'key', 'Up', 'Return'])
        time.sleep(2.5)
        nw = [x for x in xhelp.clients() if 'Preferences' in xhelp.wname(x)]
        if not nw:
            raise RuntimeError('no preferences window')
        xhelp.place(nw[0], 140, 60, 640, 560)
        return nw[0]
    app_shot('g08_transmission_prefs', ['transmission-gtk', '-g', cfg], 'Transmission', size=(900, 600),
             pos=(40, 40), env=e, wait=3, before_shot=go)
    img = 'g08_transmission_prefs'
    q(img, 'is the download speed limit turned on?', 'yes' if st['speed-limit-down-enabled'] else 'no', 'yesno',
      'settings_dialog', 'state_yesno')
    q(img, 'upload limit in kB/s', st['speed-limit-up'], 'number', 'settings_dialog', 'lookup', json.dumps(st))
    q(img, 'what is the download limit set to', st['speed-limit-down'], 'number', 'settings_dialog', 'lookup',
      json.dumps(st))
    q(img, 'alternative (turtle) upload limit?', st['alt-speed-up'], 'number', 'settings_dialog', 'lookup',
      json.dumps(st))
    q(img, 'is the alt download limit lower than the normal download limit',
      'yes' if st['alt-speed-down'] < st['speed-limit-down'] else 'no', 'yesno', 'settings_dialog', 'compare_less')
    q(img, 'are scheduled times switched on for the turtle mode', 'no', 'yesno', 'settings_dialog', 'state_yesno')
    q(img, 'what buttons are at the bottom', 'Help; Close', 'text', 'settings_dialog', 'read', 'Help Close')
    q(img, 'which tab of the preferences is open', 'Speed', 'text', 'settings_dialog', 'selected', literal=False)


# ---------------------------------------------------------------- g09: Konqueror file manager, detailed view
def g09_konqueror():
    r = rng('g09')
    d = fresh(os.path.join(HOME, 'grant-2026'))
    names = ['budget_justification.pdf', 'cover_letter.odt', 'cv_dr_moreau.pdf', 'data_plan.md',
             'letters_of_support.zip', 'project_timeline.ods', 'references.bib', 'site_photos.tar',
             'summary_en.txt']
    files = {}
    for n in names:
        size = r.randint(2_000, 9_000_000) if not n.endswith(('.md', '.txt', '.bib')) else r.randint(900, 40_000)
        t = dt.datetime(2026, 2, 1, tzinfo=dt.timezone.utc) + dt.timedelta(days=r.randint(0, 50),
                                                                          hours=r.randint(8, 18), minutes=r.randint(0, 59))
        mkfile(os.path.join(d, n), size, t.timestamp())
        files[n] = (size, t)
    os.makedirs(os.path.join(d, 'drafts'))
    os.utime(os.path.join(d, 'drafts'), (ts_utc(2026, 3, 19, 9, 40),) * 2)
    e = appenv(tag='konq', QTWEBENGINE_DISABLE_SANDBOX='1', QTWEBENGINE_CHROMIUM_FLAGS='--no-sandbox --disable-gpu')

    def go(w):
        xhelp.sh(['xdotool', 'windowactivate', '--sync', w])
        xhelp.sh(['xdotool', 'key', '--clearmodifiers', 'ctrl+3'])
        time.sleep(2)
    app_shot('g09_konqueror_grant', ['dbus-run-session', 'konqueror', d], None, size=(1080, 620), pos=(40, 40), env=e, wait=6,
             before_shot=go, timeout=90, extra_kill=('kdeinit5', 'klauncher', 'kded5', 'kioslave5', 'kiod5',
                                                     'dbus-daemon', 'dbus-launch', 'file.so'))
    img = 'g09_konqueror_grant'
    big = max(files, key=lambda n: files[n][0])
    small = min(files, key=lambda n: files[n][0])
    new = max(files, key=lambda n: files[n][1])
    old = min(files, key=lambda n: files[n][1])
    drawn = ' '.join(names) + ' drafts'
    q(img, 'which file is largest', big, 'text', 'file_manager', 'argmax', drawn)
    q(img, 'smallest file in this folder?', small, 'text', 'file_manager', 'argmin', drawn)
    q(img, 'what did I edit most recently here', new, 'text', 'file_manager', 'latest', drawn)
    q(img, 'oldest file by modification date', old, 'text', 'file_manager', 'earliest', drawn)
    q(img, 'how many pdfs are there', sum(n.endswith('.pdf') for n in names), 'count', 'file_manager', 'count',
      literal=False)
    q(img, 'is there a folder called drafts', 'yes', 'yesno', 'file_manager', 'exists', literal=False)
    pk = r.choice([n for n in names if files[n][0] >= 1024 * 1024])
    q(img, 'how big is %s' % pk, '%.1f MiB' % (files[pk][0] / 1048576), 'text', 'file_manager', 'lookup',
      '%.1f MiB' % (files[pk][0] / 1048576))
    pd = r.choice([n for n in names if n not in (new, old)])
    stamp = '%d %s at %s' % (files[pd][1].day, files[pd][1].strftime('%b %Y'), files[pd][1].strftime('%H:%M:00'))
    q(img, 'when was %s last modified' % pd, stamp, 'date', 'file_manager', 'lookup', stamp)
    q(img, 'number of files (not folders) shown', len(names), 'count', 'file_manager', 'count', '%d Files' % len(names))


def ts_utc(y, mo, d, h, mi):
    return dt.datetime(y, mo, d, h, mi, tzinfo=dt.timezone.utc).timestamp()


# ---------------------------------------------------------------- g10: Quod Libet library (GTK3)
def g10_quodlibet():
    import wave
    r = rng('g10')
    mus = fresh(os.path.join(HOME, 'Music'))
    tracks = [('Salt Road', 'Marisol Vega', 'Low Tide'), ('Paper Lanterns', 'Marisol Vega', 'Low Tide'),
              ('Northbound', 'The Quiet Hours', 'Atlas'), ('Glasshouse', 'The Quiet Hours', 'Atlas'),
              ('Iron Bloom', 'Kojo Mensah', 'Harmattan'), ('Dust Choir', 'Kojo Mensah', 'Harmattan'),
              ('Blue Static', 'Marisol Vega', 'Low Tide'), ('Copper Sky', 'The Quiet Hours', 'Atlas')]
    secs = r.sample(range(140, 360), len(tracks))
    info = []
    for i, ((title, artist, album), s) in enumerate(zip(tracks, secs)):
        wav = os.path.join(TMP, 'tmp.wav')
        with wave.open(wav, 'wb') as wf:
            wf.setnchannels(1); wf.setsampwidth(2); wf.setframerate(8000)
            wf.writeframes(b'\x00\x00' * 8000 * s)
        fn = os.path.join(mus, '%02d %s.ogg' % (i + 1, title))
        subprocess.run(['oggenc', '-Q', '-q', '0', '-t', title, '-a', artist, '-l', album,
                        '-N', str(i + 1), '-d', str({'Low Tide': 2021, 'Atlas': 2023, 'Harmattan': 2019}[album]), '-o', fn, wav], check=True)
        info.append(dict(title=title, artist=artist, album=album, secs=s))
    e = appenv(tag='ql')
    os.makedirs(os.path.join(e['XDG_CONFIG_HOME'], 'quodlibet'), exist_ok=True)
    open(os.path.join(e['XDG_CONFIG_HOME'], 'quodlibet', 'config'), 'w').write(
        '[settings]\nscan = %s\n\n[library]\nrefresh_on_start = true\n' % mus)

    def go(w):
        time.sleep(2)
        subprocess.run(['quodlibet', '--refresh'], env=dict(xhelp.ENV, **e), capture_output=True, timeout=30)
        time.sleep(4)
    app_shot('g10_quodlibet', ['quodlibet'], 'Quod Libet', size=(1060, 620), pos=(40, 40), env=e, wait=5,
             before_shot=go, timeout=60, extra_kill=('dbus-launch', 'dbus-daemon'))
    img = 'g10_quodlibet'
    fmt = lambda s: '%d:%02d' % (s // 60, s % 60)
    drawn = ' '.join('%s %s %s %s' % (x['title'], x['artist'], x['album'], fmt(x['secs'])) for x in info)
    lng = max(info, key=lambda x: x['secs'])
    sh_ = min(info, key=lambda x: x['secs'])
    pk = r.choice(info)
    q(img, 'longest song in the library?', lng['title'], 'text', 'music_library', 'argmax', drawn)
    q(img, 'which track is the shortest', sh_['title'], 'text', 'music_library', 'argmin', drawn)
    q(img, 'how long is %s' % pk['title'], fmt(pk['secs']), 'time', 'music_library', 'lookup', drawn)
    q(img, 'how many songs by Marisol Vega?', sum(x['artist'] == 'Marisol Vega' for x in info), 'count',
      'music_library', 'count', literal=False)
    q(img, 'who is the artist of %s' % info[4]['title'], info[4]['artist'], 'person', 'music_library', 'lookup', drawn)
    q(img, 'what album is "%s" on' % info[3]['title'], info[3]['album'], 'text', 'music_library', 'lookup', drawn)


# ---------------------------------------------------------------- g11: xfig (Xaw3d) with a generated drawing
def g11_xfig():
    r = rng('g11')
    cols = {'red': 4, 'blue': 1, 'green': 2, 'yellow': 6}
    kinds = ['circle', 'circle', 'circle', 'square', 'square', 'triangle', 'triangle']
    r.shuffle(kinds)
    labels = 'ABCDEFG'
    objs, lines = [], ['#FIG 3.2  Produced by build.py', 'Landscape', 'Center', 'Inches', 'Letter', '100.00',
                       'Single', '-2', '1200 2']
    sizes = r.sample(range(500, 1300, 50), len(kinds))
    for i, (k, lab) in enumerate(zip(kinds, labels)):
        col = r.choice(list(cols))
        cx, cy = 1200 + (i % 4) * 2300, 1900 + (i // 4) * 2500
        h = sizes[i] // 2
        if k == 'circle':
            lines.append('1 3 0 2 0 %d 50 -1 20 0.000 1 0.0000 %d %d %d %d %d %d %d %d' % (
                cols[col], cx, cy, h, h, cx, cy, cx + h, cy))
            area = 3.14159 * h * h
        elif k == 'square':
            lines.append('2 2 0 2 0 %d 50 -1 20 0.000 0 0 -1 0 0 5' % cols[col])
            lines.append('\t%d %d %d %d %d %d %d %d %d %d' % (cx - h, cy - h, cx + h, cy - h, cx + h, cy + h,
                                                          cx - h, cy + h, cx - h, cy - h))
            area = 4 * h * h
        else:
            lines.append('2 3 0 2 0 %d 50 -1 20 0.000 0 0 -1 0 0 4' % cols[col])
            lines.append('\t%d %d %d %d %d %d %d %d' % (cx, cy - h, cx + h, cy + h, cx - h, cy + h, cx, cy - h))
            area = 2 * h * h
        lines.append('4 1 0 40 -1 18 20 0.0000 4 240 240 %d %d %s\\001' % (cx, cy - h - 150, lab))
        objs.append(dict(label=lab, kind=k, colour=col, area=area))
    lines.append('4 0 0 40 -1 18 24 0.0000 4 300 3000 900 600 Shape sorting board\\001')
    fig = os.path.join(W, 'board.fig')
    open(fig, 'w').write('\n'.join(lines) + '\n')
    e = appenv(tag='xfig')
    app_shot('g11_xfig_board', ['xfig', '-geometry', '1100x720+30+30', fig], r'board\.fig', size=None, env=e,
             wait=4, timeout=40, largest=True)
    img = 'g11_xfig_board'
    drawn = 'Shape sorting board ' + ' '.join(labels)
    o = {x['label']: x for x in objs}
    a = r.choice(objs)
    q(img, 'what colour is shape %s' % a['label'], a['colour'], 'text', 'drawing', 'colour', literal=False)
    b = r.choice([x for x in objs if x is not a])
    q(img, 'what kind of shape is %s?' % b['label'], b['kind'], 'text', 'drawing', 'shape', literal=False)
    nc = sum(x['kind'] == 'circle' for x in objs)
    q(img, 'how many circles are on the board', nc, 'count', 'drawing', 'count', literal=False)
    nrect = sum(x['kind'] == 'square' for x in objs)
    q(img, 'are there more circles than squares?', 'yes' if nc > nrect else 'no', 'yesno', 'drawing',
      'count_compare', literal=False)
    s1, s2 = [x for x in objs if x['kind'] == 'circle'][:2]
    q(img, 'which circle is bigger, %s or %s' % (s1['label'], s2['label']),
      s1['label'] if s1['area'] > s2['area'] else s2['label'], 'text', 'drawing', 'size_compare', literal=False)
    q(img, 'what is the heading of the drawing', 'Shape sorting board', 'text', 'drawing', 'title', drawn)
