"""GUI windows: real Debian applications (+ 3 home-made widget windows in apps_home.py)."""
import os, json, random, subprocess, time, datetime as dt, re, shutil, textwrap
from common import *

B = SCR + '/g'
VENV_PY = '/work/main/.venv/bin/python'


def home_for(name):
    h = os.path.join(B, name, 'home')
    shutil.rmtree(os.path.join(B, name), ignore_errors=True)
    os.makedirs(os.path.join(h, '.config'))
    return h


def envh(home, **kw):
    e = dict(ENV, HOME=home, XDG_CONFIG_HOME=home + '/.config', XDG_DATA_HOME=home + '/.local/share',
             XDG_CACHE_HOME=home + '/.cache', USER='mara', LOGNAME='mara', TZ='UTC')
    e.update(kw)
    return e


def shoot(name, cmd, env, pred, geom, settle=3.0, cwd=None, after=None, timeout=90):
    known = set(client_list())
    p = start(cmd, env=env, cwd=cwd, log=os.path.join(B, name + '.log'))
    try:
        wid = find_window(pred, timeout=timeout, known=known)
        time.sleep(1.0)
        place(wid, *geom)
        time.sleep(settle)
        if after:
            after(wid)
        path = capture(wid, name)
    finally:
        stop(p)
    return path


# ---------------------------------------------------------------- g01 k4dirstat
def g01(Q, seed):
    rng = random.Random(f'{seed}-g01')
    name = 'g01_k4dirstat_media'
    home = home_for(name)
    root = os.path.join(home, 'studio_assets')
    folders = ['audio_stems', 'brand_kit', 'footage_proxies', 'fonts', 'mockups', 'podcast_art', 'renders']
    info = {}
    totals = rng.sample([3, 5, 8, 12, 17, 23, 30], len(folders))
    for f, tot in zip(folders, totals):
        d = os.path.join(root, f)
        os.makedirs(d)
        n = rng.randrange(2, 9)
        cuts = sorted(rng.sample(range(1, tot * 16), n - 1))
        parts = [(b - a) * 65536 for a, b in zip([0] + cuts, cuts + [tot * 16])]
        for i, sz in enumerate(parts):
            with open(os.path.join(d, f'{f[:5]}_{i:02d}.bin'), 'wb') as fh:
                fh.write(b'\x5a' * sz)
        info[f] = dict(files=n, bytes=sum(parts), mb=tot)
    shoot(name, ['k4dirstat', root], envh(home), lambda s: 'k4dirstat' in s.lower() or 'studio_assets' in s,
          (40, 30, 1200, 700), settle=5)
    img, cat = name, 'file_manager'
    big = max(folders, key=lambda f: info[f]['bytes'])
    small = min(folders, key=lambda f: info[f]['bytes'])
    pick = rng.choice(folders)
    hay = ' '.join(folders) + ' ' + ' '.join(str(info[f]['files']) for f in folders)
    Q.add(img, 'which folder takes up the most space?', big, 'text', cat, 'argmax', True, hay)
    Q.add(img, 'Smallest subfolder by size', small, 'text', cat, 'argmin', True, hay)
    Q.add(img, f'how many files are in {pick}', info[pick]['files'], 'count', cat, 'lookup', True, hay)
    Q.add(img, 'total number of files in studio_assets?', sum(v['files'] for v in info.values()), 'count', cat,
          'sum', False)
    a, b = rng.sample(folders, 2)
    Q.add(img, f'is {a} bigger than {b}', 'yes' if info[a]['bytes'] > info[b]['bytes'] else 'no', 'yesno', cat,
          'compare_more', False)
    q = rng.choice([f for f in folders if f not in (big, pick)])
    hay += ' ' + ' '.join('%d.0 MB %.1f%%' % (info[f]['mb'], 100 * info[f]['mb'] / sum(totals)) for f in folders)
    Q.add(img, f'size of the {q} folder?', '%d.0 MB' % info[q]['mb'], 'number', cat, 'lookup', True, hay)
    Q.add(img, f'what percentage of the space does {big} use',
          '%.1f%%' % (100 * info[big]['mb'] / sum(totals)), 'percent', cat, 'share', True, hay)
    Q.add(img, 'how many subfolders does studio_assets have', len(folders), 'count', cat, 'count', False)





# ---------------------------------------------------------------- g02 PSPP data editor
def g02(Q, seed):
    rng = random.Random(f'{seed}-g02')
    name = 'g02_psppire_visitors'
    home = home_for(name)
    stations = ['Harbor Point', 'Cedar Ridge', 'Fox Hollow', 'Gull Island', 'Maple Ford', 'Stone Gate',
                'Willow Bend', 'Otter Creek', 'Pine Summit', 'Lark Meadow']
    regions = ['North', 'South', 'East', 'West']
    rows = []
    vis_pool = rng.sample(range(300, 5000), len(stations))
    rat_pool = rng.sample(range(25, 50), len(stations))
    for st, v, r in zip(stations, vis_pool, rat_pool):
        rows.append(dict(station=st, region=rng.choice(regions), visitors=v, rating=r / 10,
                         rangers=rng.randrange(1, 9)))
    syn = ['DATA LIST LIST /station (A14) region (A6) visitors (F6.0) rating (F4.1) rangers (F2.0).',
           'BEGIN DATA.']
    syn += ['"%s" %s %d %.1f %d' % (r['station'], r['region'], r['visitors'], r['rating'], r['rangers']) for r in rows]
    syn += ['END DATA.', "SAVE OUTFILE='%s/park_visits.sav'." % home]
    open(home + '/make.sps', 'w').write('\n'.join(syn) + '\n')
    sh(['pspp', home + '/make.sps'], env=envh(home), cwd=home)
    def after(wid):
        for w in client_list():
            if w != wid and 'Tip' in wname(w) or 'tip' in wname(w):
                sh(['xdotool', 'windowactivate', w], check=False)
        sh(['xdotool', 'key', 'Escape'], check=False)
        time.sleep(1)
        sh(['xdotool', 'mousemove', '--window', wid, '55', '520', 'click', '1'], check=False)
        time.sleep(1.5)
        sh(['xdotool', 'mousemove', '0', '790'], check=False)
    shoot(name, ['psppire', home + '/park_visits.sav'], envh(home, GTK_THEME='Adwaita'),
          lambda s: 'park_visits' in s, (40, 30, 1100, 560), settle=4, after=after)
    img, cat = name, 'spreadsheet'
    hay = ' '.join('%s %s %d %.1f %d' % (r['station'], r['region'], r['visitors'], r['rating'], r['rangers'])
                   for r in rows)
    top = max(rows, key=lambda r: r['visitors'])
    low = min(rows, key=lambda r: r['rating'])
    pick = rng.choice(rows)
    reg = rng.choice(sorted({r['region'] for r in rows}))
    a, b = rng.sample(rows, 2)
    Q.add(img, f"visitors at {pick['station']}?", pick['visitors'], 'number', cat, 'cell', True, hay)
    Q.add(img, 'which station had the most visitors', top['station'], 'text', cat, 'argmax', True, hay)
    Q.add(img, 'lowest rated station?', low['station'], 'text', cat, 'argmin', True, hay)
    Q.add(img, f'how many stations are in the {reg} region', sum(r['region'] == reg for r in rows), 'count', cat,
          'count', False)
    Q.add(img, f"what's the combined visitor count for {a['station']} and {b['station']}",
          a['visitors'] + b['visitors'], 'number', cat, 'sum', False)
    Q.add(img, 'which station is in row 4', rows[3]['station'], 'text', cat, 'nth', True, hay)
    Q.add(img, f"rating of {b['station']}", '%.1f' % b['rating'], 'number', cat, 'cell', True, hay)


# ---------------------------------------------------------------- g03 Qt Creator
def g03(Q, seed):
    rng = random.Random(f'{seed}-g03')
    name = 'g03_qtcreator_routing'
    home = home_for(name)
    proj = os.path.join(home, 'courier')
    os.makedirs(proj)
    funcs = ['load_depots', 'parse_stop', 'haversine_km', 'assign_driver', 'estimate_eta']
    rng.shuffle(funcs)
    max_hops = rng.randrange(6, 20)
    lines = ['"""Route planning helpers for the courier dispatch tool."""', 'import math', 'import json', '',
             f'MAX_HOPS = {max_hops}', f'DEPOT_RADIUS_KM = {rng.randrange(5, 40)}', '']
    starts = {}
    for f in funcs:
        starts[f] = len(lines) + 1
        lines.append(f'def {f}(data):')
        lines.append(f'    """{f.replace("_", " ").capitalize()}."""')
        for k in range(rng.randrange(1, 3)):
            lines.append(f'    step_{k} = data.get("{f[:4]}_{k}", {rng.randrange(1, 99)})')
        lines.append('    return data')
        lines += ['']
    src = '\n'.join(lines).rstrip() + '\n'
    assert src.count('\n') <= 37
    open(os.path.join(proj, 'routing.py'), 'w').write(src)
    env = envh(home, QT_QPA_PLATFORMTHEME='')
    shoot(name, ['qtcreator', '-noload', 'Welcome', '-noload', 'ClangCodeModel', os.path.join(proj, 'routing.py')],
          env, lambda s: 'routing.py' in s or 'Qt Creator' in s, (20, 20, 1240, 760), settle=8, timeout=120)
    img, cat = name, 'code_editor'
    f1, f2 = rng.sample(funcs[:4], 2)
    i = funcs.index(f2)
    Q.add(img, f'what line does {f1} start on', starts[f1], 'number', cat, 'lookup', False)
    Q.add(img, 'how many functions are defined in this file?', len(funcs), 'count', cat, 'count', False)
    Q.add(img, f'which function comes right after {f2}', funcs[i + 1], 'text', cat, 'next', True, src)
    Q.add(img, 'MAX_HOPS value?', max_hops, 'number', cat, 'lookup', True, src)
    Q.add(img, 'name of the first function in routing.py', funcs[0], 'text', cat, 'nth', True, src)
    Q.add(img, 'is the json module imported here', 'yes', 'yesno', cat, 'exists', False)


# ---------------------------------------------------------------- g04 PDF Arranger
def g04(Q, seed):
    rng = random.Random(f'{seed}-g04')
    name = 'g04_pdfarranger_guide'
    home = home_for(name)
    chapters = ['Safety Briefing', 'Knots', 'Reading Tides', 'Radio Calls', 'Night Signals', 'First Aid',
                'Anchoring', 'Weather Lore']
    n = rng.randrange(5, 8)
    chosen = chapters[:n]
    spec = dict(out=home + '/dinghy_handbook.pdf', pages=chosen)
    code = textwrap.dedent('''
        import json, sys
        import matplotlib; matplotlib.use("Agg")
        from matplotlib.backends.backend_pdf import PdfPages
        import matplotlib.pyplot as plt
        spec = json.loads(sys.argv[1])
        with PdfPages(spec["out"], metadata={"CreationDate": None, "ModDate": None}) as pdf:
            for i, t in enumerate(spec["pages"], 1):
                fig = plt.figure(figsize=(8.27, 11.69))
                fig.text(0.5, 0.62, str(i), ha="center", fontsize=150, color="#1d4e89", weight="bold")
                fig.text(0.5, 0.42, t, ha="center", fontsize=44, weight="bold")
                fig.text(0.5, 0.08, "Dinghy Club Handbook", ha="center", fontsize=18, color="#555")
                pdf.savefig(fig); plt.close(fig)
    ''')
    subprocess.run([VENV_PY, '-c', code, json.dumps(spec)], check=True)
    shoot(name, ['pdfarranger', spec['out']], envh(home, GTK_THEME='Adwaita'),
          lambda s: 'dinghy_handbook' in s or 'PDF Arranger' in s, (30, 30, 1220, 720), settle=5)
    img, cat = name, 'document_viewer'
    hay = ' '.join(chosen)
    Q.add(img, 'how many pages does this pdf have', n, 'count', cat, 'count', False)
    Q.add(img, "what's the heading on page 3?", chosen[2], 'text', cat, 'read', True, hay)
    Q.add(img, 'title of the last page', chosen[-1], 'text', cat, 'nth', True, hay)
    Q.add(img, 'which page is "Radio Calls" on', chosen.index('Radio Calls') + 1, 'number', cat, 'lookup', False)
    Q.add(img, 'is there a page about knots', 'yes', 'yesno', cat, 'exists', False)


# ---------------------------------------------------------------- g05 deepin image viewer (chart)
def g05(Q, seed):
    rng = random.Random(f'{seed}-g05')
    name = 'g05_deepin_imageviewer_chart'
    home = home_for(name)
    months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun']
    vals = [rng.randrange(12, 60) * 10 for _ in months]
    while len(set(vals)) < len(vals):
        vals = [rng.randrange(12, 60) * 10 for _ in months]
    hidden = rng.randrange(1, 5)
    spec = dict(out=home + '/Pictures/ferry_passengers.png', months=months, vals=vals, hidden=hidden)
    os.makedirs(home + '/Pictures')
    code = textwrap.dedent('''
        import json, sys
        import matplotlib; matplotlib.use("Agg")
        import matplotlib.pyplot as plt
        s = json.loads(sys.argv[1])
        fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
        bars = ax.bar(s["months"], s["vals"], color="#2a9d8f", width=0.6)
        for i, (b, v) in enumerate(zip(bars, s["vals"])):
            if i != s["hidden"]:
                ax.text(b.get_x() + b.get_width() / 2, v + 8, str(v), ha="center", fontsize=12)
        ax.set_title("Island ferry passengers per month (2026)", fontsize=15)
        ax.set_ylabel("passengers"); ax.set_ylim(0, 650); ax.set_yticks(range(0, 651, 50))
        ax.grid(axis="y", alpha=.35)
        fig.tight_layout(rect=[0, 0.16, 1, 1]); fig.savefig(s["out"], metadata={"Software": None})
    ''')
    subprocess.run([VENV_PY, '-c', code, json.dumps(spec)], check=True)
    shoot(name, ['deepin-image-viewer', spec['out']], envh(home),
          lambda s: 'ferry_passengers' in s or 'image-viewer' in s.lower() or 'Image Viewer' in s,
          (40, 10, 1180, 780), settle=5, after=lambda w: (sh(['xdotool', 'mousemove', '1270', '5'], check=False), time.sleep(4)))
    img, cat = name, 'image_viewer_chart'
    hay = ' '.join(str(v) for i, v in enumerate(vals) if i != hidden) + ' ' + ' '.join(months) + \
        ' Island ferry passengers per month (2026)'
    top = months[vals.index(max(vals))]
    low = months[vals.index(min(vals))]
    shown = [i for i in range(6) if i != hidden]
    a, b = rng.sample(shown, 2)
    Q.add(img, "what's the chart title", 'Island ferry passengers per month (2026)', 'text', cat, 'title', True, hay)
    Q.add(img, 'busiest month?', top, 'text', cat, 'argmax', True, hay)
    Q.add(img, 'which month had the fewest passengers', low, 'text', cat, 'argmin', True, hay)
    Q.add(img, f'passengers in {months[a]}', vals[a], 'number', cat, 'chart_value', True, hay)
    Q.add(img, f'about how many passengers in {months[hidden]}?', vals[hidden], 'approx', cat, 'chart_value', False)
    Q.add(img, f'{months[a]} minus {months[b]} passengers = ?', vals[a] - vals[b], 'number', cat,
          'subtract', False)



# ---------------------------------------------------------------- g06 astroid (notmuch)
def g06(Q, seed):
    rng = random.Random(f'{seed}-g06')
    name = 'g06_astroid_inbox'
    home = home_for(name)
    mail = os.path.join(home, 'mail')
    for sub in ('cur', 'new', 'tmp'):
        os.makedirs(os.path.join(mail, 'INBOX', sub))
    people = [('Tomas Varga', 'tomas@allotment.org'), ('Hana Sato', 'hana.sato@libris.net'),
              ('Priya Nair', 'priya@makerspace.io'), ('Olu Adeyemi', 'olu@cityrowing.club'),
              ('Greta Holm', 'greta.holm@vetclinic.se'), ('Dario Conti', 'dario@conti-bikes.it')]
    subjects = ['Plot 14 water rota', 'Your reserved book is ready', 'Laser cutter induction',
                'Regatta crew list', 'Reminder: booster for Pepper', 'Quote for wheel rebuild',
                'Seed swap on Saturday', 'Overdue notice']
    t = dt.datetime(2026, 11, 3, 8, 0)
    msgs = []
    for i, subj in enumerate(subjects):
        t += dt.timedelta(hours=rng.randrange(5, 40), minutes=rng.randrange(60))
        p = people[rng.randrange(len(people))] if i not in (0, 6) else people[0]
        if subj == 'Overdue notice':
            p = people[1]
        msgs.append(dict(frm=p, subj=subj, date=t, unread=rng.random() < 0.5))
    msgs[-1]['unread'] = True
    for i, m in enumerate(msgs):
        body = (f"From: {m['frm'][0]} <{m['frm'][1]}>\nTo: Mara Lind <mara@example.org>\n"
                f"Subject: {m['subj']}\nDate: {m['date'].strftime('%a, %d %b %Y %H:%M:%S +0000')}\n"
                f"Message-ID: <s28-{i}@example.org>\n\nHello Mara,\n\n{m['subj']}.\n\nBest,\n{m['frm'][0]}\n")
        fn = os.path.join(mail, 'INBOX', 'cur', f'{1700000000 + i}.s28_{i}.ws:2,' + ('' if m['unread'] else 'S'))
        open(fn, 'w').write(body)
    cfg = home + '/.notmuch-config'
    open(cfg, 'w').write(f'[database]\npath={mail}\n[user]\nname=Mara Lind\nprimary_email=mara@example.org\n'
                         '[new]\ntags=inbox;\n[search]\nexclude_tags=deleted;spam;\n[maildir]\nsynchronize_flags=true\n')
    env = envh(home, NOTMUCH_CONFIG=cfg)
    sh(['notmuch', 'new'], env=env)
    for i, m in enumerate(msgs):
        if m['unread']:
            sh(['notmuch', 'tag', '+unread', f'id:s28-{i}@example.org'], env=env)
        else:
            sh(['notmuch', 'tag', '-unread', f'id:s28-{i}@example.org'], env=env)
    shoot(name, ['astroid'], env, lambda s: 'stroid' in s, (30, 30, 1180, 620), settle=5)
    img, cat = name, 'mail'
    hay = ' '.join(m['frm'][0] + ' ' + m['subj'] for m in msgs)
    newest = max(msgs, key=lambda m: m['date'])
    oldest = min(msgs, key=lambda m: m['date'])
    once = [m for m in msgs if sum(x['frm'] == m['frm'] for x in msgs) == 1]
    q = rng.choice(once)
    Q.add(img, 'who sent the newest email', newest['frm'][0], 'person', cat, 'latest', True, hay)
    Q.add(img, 'how many unread messages are there?', sum(m['unread'] for m in msgs), 'count', cat, 'count', False)
    Q.add(img, f"what's the subject of the mail from {q['frm'][0]}", q['subj'], 'text', cat, 'lookup', True, hay)
    Q.add(img, 'oldest message in the inbox is from who?', oldest['frm'][0], 'person', cat, 'earliest', True, hay)
    Q.add(img, 'how many emails did Tomas Varga send', sum(m['frm'][0] == 'Tomas Varga' for m in msgs), 'count',
          cat, 'count', False)
    Q.add(img, 'is "Seed swap on Saturday" still unread', 'yes' if msgs[6]['unread'] else 'no', 'yesno', cat,
          'state_yesno', False)


# ---------------------------------------------------------------- g07 kid3 (tags)
def g07(Q, seed):
    rng = random.Random(f'{seed}-g07')
    name = 'g07_kid3_album'
    home = home_for(name)
    album = 'Harbour Lights'
    d = os.path.join(home, 'Music', album)
    os.makedirs(d)
    titles = ['Low Tide Waltz', 'Lantern Row', 'Salt on the Glass', 'Northbound', 'Gulls at Noon',
              'The Breakwater', 'Last Ferry Home']
    n = rng.randrange(5, 8)
    artist = 'The Quayside Trio'
    year = rng.randrange(2014, 2025)
    genre = rng.choice(['Folk', 'Jazz', 'Ambient'])
    import wave, struct
    tracks = []
    for i in range(n):
        secs = rng.randrange(2, 6)
        wav = os.path.join(B, name, f't{i}.wav')
        with wave.open(wav, 'wb') as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
            w.writeframes(b'\x00\x00' * 8000 * secs)
        fn = os.path.join(d, f'{i + 1:02d} - {titles[i]}.flac')
        sh(['flac', '-s', '-f', '-o', fn, wav])
        sh(['metaflac', '--remove-all-tags', f'--set-tag=TITLE={titles[i]}', f'--set-tag=ARTIST={artist}',
            f'--set-tag=ALBUM={album}', f'--set-tag=DATE={year}', f'--set-tag=TRACKNUMBER={i + 1}',
            f'--set-tag=GENRE={genre}', fn])
        os.utime(fn, (dt.datetime(2026, 5, 1 + i, 12, 0).timestamp(),) * 2)
        tracks.append(dict(title=titles[i], file=os.path.basename(fn), secs=secs))
    def after(wid):
        sh(['xdotool', 'key', '--window', wid, 'Home'], check=False)
        time.sleep(1)
    shoot(name, ['kid3-qt', d], envh(home), lambda s: 'Kid3' in s or 'kid3' in s, (20, 20, 1240, 760),
          settle=5, after=after)
    img, cat = name, 'music_library'
    hay = ' '.join(t['file'] for t in tracks) + f' {artist} {album} {year} {genre}'
    Q.add(img, 'how many tracks are in this folder', n, 'count', cat, 'count', False)
    Q.add(img, 'what is the last track called', tracks[-1]['title'], 'text', cat, 'nth', True, hay)
    Q.add(img, 'which track comes after "Lantern Row"?', tracks[2]['title'], 'text', cat, 'next', True, hay)
    Q.add(img, 'who is the artist', artist, 'person', cat, 'lookup', True, hay)
    Q.add(img, 'release year in the tags?', year, 'number', cat, 'lookup', True, hay)
    Q.add(img, 'genre', genre, 'text', cat, 'lookup', True, hay)


# ---------------------------------------------------------------- g08 xless (Athena)
def g08(Q, seed):
    rng = random.Random(f'{seed}-g08')
    name = 'g08_xless_changelog'
    home = home_for(name)
    changes = ['Add --dry-run flag', 'Fix crash on empty manifest', 'Support SFTP targets',
               'Speed up checksum pass', 'Drop Python 3.7 support', 'New --exclude-from option',
               'Fix timezone in log lines', 'Retry failed uploads 3 times', 'Show transfer rate']
    vers = []
    major, minor, patch = 1, 0, 0
    d = dt.date(2025, 1, 10)
    entries = []
    for i in range(7):
        d += dt.timedelta(days=rng.randrange(20, 70))
        if rng.random() < 0.35:
            minor += 1; patch = 0
        else:
            patch += 1
        v = f'{major}.{minor}.{patch}'
        items = rng.sample(changes, rng.randrange(1, 4))
        entries.append(dict(v=v, date=d, items=items))
    entries.reverse()
    text = 'quillsync - release history\n===========================\n\n'
    for e in entries:
        text += f"{e['v']} ({e['date'].isoformat()})\n" + ''.join(f'  * {x}\n' for x in e['items']) + '\n'
    path = os.path.join(home, 'CHANGES.txt')
    open(path, 'w').write(text)
    shoot(name, ['xless', '-geometry', '640x620', path], envh(home), lambda s: 'CHANGES' in s or 'xless' in s.lower(),
          (60, 40, 640, 700), settle=3)
    img, cat = name, 'document_viewer'
    Q.add(img, 'what is the latest version?', entries[0]['v'], 'version', cat, 'latest', True, text)
    e2 = entries[3]
    Q.add(img, f"when was {e2['v']} released", e2['date'].isoformat(), 'date', cat, 'lookup', True, text)
    Q.add(img, 'how many releases are listed', len(entries), 'count', cat, 'count', False)
    Q.add(img, 'oldest release in this file', entries[-1]['v'], 'version', cat, 'earliest', True, text)
    Q.add(img, 'name of the program', 'quillsync', 'text', cat, 'title', True, text)
    Q.add(img, f"which version came right before {entries[1]['v']}?", entries[2]['v'], 'version', cat, 'next',
          True, text)


def home_app(name, kind, spec, pred, geom, settle=2.5):
    home = home_for(name)
    sp = os.path.join(B, name, 'spec.json')
    json.dump(spec, open(sp, 'w'))
    shoot(name, ['/usr/bin/python3', os.path.join(OUT, 'apps_home.py'), kind, sp], envh(home), pred, geom,
          settle=settle)


# ---------------------------------------------------------------- g09 Tk settings (home-made)
def g09(Q, seed):
    rng = random.Random(f'{seed}-g09')
    name = 'g09_tk_backup_settings'
    labels = ['Documents', 'Photos', 'Browser bookmarks', 'Email archive', 'Hidden files', 'Virtual machines']
    checks = [(l, rng.random() < 0.5) for l in labels]
    scheds = ['Hourly', 'Daily', 'Weekly', 'Only when idle']
    spec = dict(title='Backup Settings', other_tabs=['Network', 'Notifications'], checks=checks,
                schedules=scheds, schedule=rng.choice(scheds), dests=['NAS: //fjord/backups', 'USB: SANDISK_64',
                'Cloud: archive-eu'], keep=rng.randrange(3, 30), level=rng.randrange(1, 10),
                buttons=['Restore', 'Cancel', 'Apply', 'OK'])
    spec['dest'] = rng.choice(spec['dests'])
    home_app(name, 'tk_settings', spec, lambda s: 'Backup Settings' in s, (100, 80, 700, 470))
    img, cat = name, 'settings_dialog'
    hay = json.dumps(spec, ensure_ascii=False)
    on = [l for l, v in checks if v]
    x = rng.choice(labels)
    Q.add(img, 'which schedule is selected', spec['schedule'], 'text', cat, 'selected', True, hay)
    Q.add(img, f'is {x} included in the backup?', 'yes' if dict(checks)[x] else 'no', 'yesno', cat, 'state_yesno', False)
    Q.add(img, 'how many items are ticked under What to include', len(on), 'count', cat, 'count', False)
    Q.add(img, 'where does it back up to', spec['dest'], 'text', cat, 'lookup', True, hay)
    Q.add(img, 'how many versions does it keep?', spec['keep'], 'number', cat, 'lookup', True, hay)
    Q.add(img, 'which button would I click to bring files back from a backup', 'Restore', 'text', cat, 'locate',
          True, hay)


# ---------------------------------------------------------------- g10 PyQt5 progress (home-made)
def g10(Q, seed):
    rng = random.Random(f'{seed}-g10')
    name = 'g10_qt_export_progress'
    total = rng.randrange(200, 900)
    done = rng.randrange(total // 5, total * 4 // 5)
    cur = f'IMG_{rng.randrange(1000, 9999)}.CR3'
    spec = dict(title='Exporting photos', heading='Exporting “Lofoten trip” to JPEG',
                status=f'Converting {cur} ({done} of {total})', total=total, done=done,
                fields=[('Destination', '/media/mara/EXPORT/lofoten'), ('Quality', f'{rng.randrange(70, 96)} %'),
                        ('Elapsed', f'0{rng.randrange(1, 9)}:{rng.randrange(10, 59)}')],
                check=('Open folder when finished', rng.random() < 0.5), buttons=['Pause', 'Run in Background', 'Cancel'])
    home_app(name, 'qt_progress', spec, lambda s: 'Exporting photos' in s, (200, 150, 560, 300))
    img, cat = name, 'progress_dialog'
    hay = json.dumps(spec, ensure_ascii=False) + ' %d%%' % (done * 100 // total)
    Q.add(img, 'what percentage is shown on the progress bar', '%d%%' % (done * 100 // total), 'percent', cat,
          'lookup', True, hay)
    Q.add(img, 'how many photos are left to convert', total - done, 'count', cat, 'subtract', False)
    Q.add(img, 'which file is it working on right now?', cur, 'code', cat, 'read', True, hay)
    Q.add(img, 'what buttons does this dialog have', '; '.join(spec['buttons']), 'text', cat, 'read', True, hay)
    Q.add(img, "is 'Open folder when finished' checked", 'yes' if spec['check'][1] else 'no', 'yesno', cat,
          'state_yesno', False)


# ---------------------------------------------------------------- g11 GTK3 list (home-made)
def g11(Q, seed):
    rng = random.Random(f'{seed}-g11')
    name = 'g11_gtk_print_queue'
    docs = ['minutes_oct.pdf', 'poster_A2.png', 'invoice_7731.pdf', 'seating_plan.odg', 'thesis_ch3.pdf',
            'tickets.pdf', 'recipe_cards.odt', 'map_route.png', 'contract_draft.docx']
    owners = ['mara', 'jonas', 'leila', 'pete']
    statuses = ['Printing', 'Queued', 'Held', 'Queued', 'Held', 'Queued', 'Queued', 'Held', 'Queued']
    rows = []
    for i, (d, s) in enumerate(zip(docs, statuses)):
        rows.append([str(410 + i * rng.randrange(1, 4)), d, rng.choice(owners), str(rng.randrange(1, 60)), s,
                     f'{rng.randrange(8, 18):02d}:{rng.randrange(60):02d}'])
    pages = [int(r[3]) for r in rows]
    while len(set(pages)) < len(pages):
        for r in rows:
            r[3] = str(rng.randrange(1, 60))
        pages = [int(r[3]) for r in rows]
    sel = rng.randrange(2, 8)
    spec = dict(title='Print Queue — Brother-HL-L2350 (office)', buttons=['Pause Printer', 'Hold', 'Release',
                'Cancel Job'], columns=['Job', 'Document', 'Owner', 'Pages', 'Status', 'Submitted'], rows=rows,
                selected=sel, statusbar=f'{len(rows)} jobs in queue')
    home_app(name, 'gtk_list', spec, lambda s: 'Print Queue' in s, (120, 80, 820, 460))
    img, cat = name, 'table_app'
    hay = json.dumps(spec, ensure_ascii=False)
    big = max(rows, key=lambda r: int(r[3]))
    pick = rng.choice([r for r in rows if r is not big])
    Q.add(img, 'which document is selected', rows[sel][1], 'text', cat, 'selected', True, hay)
    Q.add(img, 'how many jobs are on hold?', sum(r[4] == 'Held' for r in rows), 'count', cat, 'count', False)
    Q.add(img, 'biggest job by pages', big[1], 'text', cat, 'argmax', True, hay)
    Q.add(img, f'who submitted {pick[1]}', pick[2], 'person', cat, 'party', True, hay)
    Q.add(img, 'total pages for all the queued jobs',
          sum(int(r[3]) for r in rows if r[4] == 'Queued'), 'number', cat, 'sum', False)
    Q.add(img, f"pages in job {pick[0]}", pick[3], 'number', cat, 'cell', True, hay)
SCENES = [g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, g11]
