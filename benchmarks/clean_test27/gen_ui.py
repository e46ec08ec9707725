"""Web pages and app screens rendered with headless chromium."""
import datetime as dt

from common import num, plain, q, r2, render_html, rng, scene


def gh_actions():
    name = "ui_gh_actions_run.png"
    R = rng(name)
    jobs = [("lint", R.randint(20, 70), "ok"), ("typecheck", R.randint(40, 100), "ok"),
            ("test (3.11)", R.randint(180, 400), "ok"), ("test (3.12)", R.randint(180, 400), "fail"),
            ("build-wheels", R.randint(300, 600), "skip"), ("publish", 0, "skip")]
    sha = "".join(R.choice("0123456789abcdef") for _ in range(7))
    fmt = lambda s: f"{s // 60}m {s % 60}s" if s >= 60 else f"{s}s"
    icon = {"ok": "<span style='color:#1a7f37'>✔</span>", "fail": "<span style='color:#d1242f'>✖</span>",
            "skip": "<span style='color:#8c959f'>⊘</span>"}
    jl = "".join(f"<div class=job>{icon[s]} {n}<span class=d>{fmt(t) if s != 'skip' else ''}</span></div>"
                 for n, t, s in jobs)
    total = sum(t for _, t, s in jobs if s != "skip") + 37
    css = """body{margin:0;font-family:'Liberation Sans';background:#fff;color:#1f2328}
.hd{padding:16px 28px;border-bottom:1px solid #d0d7de}.hd h2{margin:4px 0;font-weight:500}
.m{display:flex}.side{width:260px;border-right:1px solid #d0d7de;padding:16px}.main{flex:1;padding:20px 28px}
.job{padding:8px 6px;font-size:14px;display:flex;gap:8px}.d{margin-left:auto;color:#656d76}
.sum{display:flex;gap:40px;border:1px solid #d0d7de;border-radius:6px;padding:16px 20px;font-size:13px;color:#656d76}
.sum b{display:block;color:#1f2328;font-size:15px;margin-top:4px}
.log{background:#161b22;color:#e6edf3;font-family:'DejaVu Sans Mono';font-size:12px;padding:14px;border-radius:6px;margin-top:18px;white-space:pre}"""
    body = f"""<div class=hd><span style='color:#656d76'>kestrel-labs / tidepool &rsaquo; Actions &rsaquo; CI</span>
<h2><span style='color:#d1242f'>✖</span> Bump pyarrow to 17.0 and drop 3.9 support <span style='color:#656d76'>#412</span></h2></div>
<div class=m><div class=side><div style='font-size:12px;color:#656d76;margin-bottom:6px'>Jobs</div>{jl}</div>
<div class=main><div class=sum><div>Triggered via pull request<b>maria-oyelaran opened #412</b></div>
<div>Status<b>Failure</b></div><div>Total duration<b>{fmt(total)}</b></div><div>Commit<b>{sha}</b></div></div>
<div class=log>Run pytest -q --maxfail=1
........................................F
FAILED tests/test_io.py::test_roundtrip_decimal - pyarrow.lib.ArrowInvalid: Rescaling Decimal128 value would cause data loss
1 failed, 212 passed in 3m 41s
Error: Process completed with exit code 1.</div></div></div>"""
    render_html(name, body, 1280, 620, css)
    scene(name, "HTML GitHub-Actions-like run page (chromium, Liberation Sans)", "light", "web",
          "CI workflow run: job list with status icons/durations, summary, failing log")
    q(name, "which job failed", "test (3.12)", "text", "web", "error", True)
    q(name, "who triggered this run?", "maria-oyelaran", "person", "web", "party", True)
    q(name, "what exception did the test throw", "pyarrow.lib.ArrowInvalid", "error", "web", "error", True)


def jenkins():
    name = "ui_jenkins_history.png"
    R = rng(name)
    n0 = R.randint(300, 900)
    cols = {"Success": "#2e9e45", "Failed": "#d0312d", "Unstable": "#e8a317", "Aborted": "#8a8a8a"}
    d = dt.datetime(2024, 12, 3, 16, 20)
    rows = []
    for i in range(10):
        st = R.choice(["Success"] * 3 + ["Failed", "Unstable", "Aborted"])
        rows.append((n0 - i, st, d))
        d -= dt.timedelta(hours=R.randint(2, 20), minutes=R.randint(0, 59))
    trs = "".join(f"<tr><td><span class=ball style='background:{cols[s]}'></span></td><td>#{n}</td>"
                  f"<td>{t.strftime('%b %d, %Y, %I:%M %p')}</td><td>{s}</td></tr>" for n, s, t in rows)
    css = """body{margin:0;font-family:'Nimbus Sans';background:#f8f8f8;color:#333}.top{background:#000;color:#fff;padding:10px 20px;font-size:18px}
.w{padding:18px 26px}table{border-collapse:collapse;background:#fff;width:560px;font-size:14px}
td{padding:7px 10px;border-bottom:1px solid #e5e5e5}.ball{display:inline-block;width:14px;height:14px;border-radius:50%}"""
    body = f"""<div class=top>Jenkins &nbsp;›&nbsp; payments-service &nbsp;›&nbsp; main</div><div class=w>
<h3>Build History</h3><table>{trs}</table></div>"""
    render_html(name, body, 700, 640, css)
    scene(name, "HTML Jenkins-like build history (chromium, Nimbus Sans)", "light, black bar", "web",
          "build history with coloured status balls, numbers, timestamps")
    nf = sum(1 for r in rows if r[1] == "Failed")
    q(name, "most recent build number?", f"#{n0}", "number", "web", "latest", True)
    q(name, "how many builds failed in this list", str(nf), "count", "web", "count", False)
    pick = rows[R.randint(2, 8)]
    colname = {"Success": "green", "Failed": "red", "Unstable": "yellow", "Aborted": "grey"}[pick[1]]
    q(name, f"what colour is the status dot for #{pick[0]}", colname, "text", "web", "colour", False)


def smart_home():
    name = "ui_smart_home.png"
    R = rng(name)
    devs = [("Porch light", "Outdoor"), ("Living room lamp", "Living room"), ("Kitchen spots", "Kitchen"),
            ("Coffee machine", "Kitchen"), ("Garage door", "Garage"), ("Robot vacuum", "Hallway"),
            ("Bedroom fan", "Bedroom"), ("Christmas tree", "Living room")]
    on = [R.random() < 0.5 for _ in devs]
    tset = R.choice([19.5, 20.5, 21.0, 22.5])
    tiles = "".join(f"<div class='t {'on' if o else ''}'><div class=n>{n}</div><div class=r>{r}</div>"
                    f"<div class=sw><div class=k></div></div></div>" for (n, r), o in zip(devs, on))
    css = """body{margin:0;background:#121417;font-family:'Open Sans';color:#e8eaed}.w{padding:26px 34px}
h2{margin:0 0 4px}.g{display:grid;grid-template-columns:repeat(4,230px);gap:14px;margin-top:20px}
.t{background:#1f2328;border-radius:16px;padding:16px;position:relative;height:92px}.t.on{background:#2b3a55}
.n{font-weight:600}.r{font-size:12px;color:#9aa0a6}.sw{position:absolute;right:16px;bottom:16px;width:46px;height:24px;border-radius:12px;background:#3c4043}
.on .sw{background:#8ab4f8}.k{width:20px;height:20px;border-radius:50%;background:#fff;margin:2px}.on .k{margin-left:24px}
.th{background:#1f2328;border-radius:16px;padding:16px 20px;margin-top:14px;width:480px;display:flex;justify-content:space-between;align-items:center}
.big{font-size:40px;font-weight:300}"""
    body = f"""<div class=w><h2>Home</h2><div style='color:#9aa0a6'>Haus am See · 8 devices</div><div class=g>{tiles}</div>
<div class=th><div>Thermostat · Living room<br><span style='color:#9aa0a6;font-size:13px'>Currently 19.8 °C · Heating</span></div>
<div class=big>{tset} °C</div></div></div>"""
    render_html(name, body, 1100, 520, css)
    scene(name, "HTML smart-home dashboard (chromium, Open Sans)", "dark", "app",
          "device tiles with on/off switches (no text state), thermostat card")
    q(name, "is the porch light switched on?", "yes" if on[0] else "no", "yesno", "app", "state_yesno", False)
    q(name, "How many devices are on right now", str(sum(on)), "count", "app", "count", False)
    q(name, "what's the thermostat set to", f"{tset} °C", "number", "app", "lookup", True)
    gi = 4


def bluetooth():
    name = "ui_bluetooth_settings.png"
    R = rng(name)
    devs = [("Sony WH-1000XM5", "Connected", R.randint(20, 95)), ("Logitech MX Master 3S", "Not Connected", None),
            ("Pixel Buds Pro", "Not Connected", None), ("JBL Flip 6", "Not Connected", None),
            ("Keychron K2", "Connected", R.randint(20, 95))]
    rows = "".join(f"<div class=row><span>{n}</span><span class=s>{s}{f' · {b}%' if b else ''}</span></div>"
                   for n, s, b in devs)
    css = """body{margin:0;background:#fafafa;font-family:'Cantarell';color:#2e3436}
.win{width:760px;margin:20px auto;background:#fff;border:1px solid #ccc;border-radius:12px;overflow:hidden}
.hb{background:#ebebeb;padding:12px;text-align:center;font-weight:bold}.c{padding:20px 40px}
.box{border:1px solid #ddd;border-radius:10px;margin-top:12px}.row{display:flex;justify-content:space-between;padding:14px 18px;border-bottom:1px solid #eee}
.s{color:#777}.sw{width:48px;height:26px;border-radius:13px;background:#3584e4;position:relative}.sw:after{content:'';position:absolute;right:3px;top:3px;width:20px;height:20px;border-radius:50%;background:#fff}"""
    body = f"""<div class=win><div class=hb>Bluetooth</div><div class=c>
<div class=box><div class=row><span><b>Bluetooth</b></span><div class=sw></div></div></div>
<div style='margin-top:16px;color:#777;font-size:13px'>Visible as “ayla-thinkpad” and available for file transfers</div>
<div style='margin-top:18px;font-weight:bold'>Devices</div><div class=box>{rows}</div></div></div>"""
    render_html(name, body, 820, 560, css)
    scene(name, "HTML GNOME-like settings (chromium, Cantarell)", "light", "settings",
          "Bluetooth panel: switch on, paired devices with connection state and battery")
    q(name, "battery level of my headphones?", f"{devs[0][2]}%", "percent", "settings", "lookup", True)
    q(name, "which devices are connected", "Sony WH-1000XM5; Keychron K2", "text", "settings", "selected", True)
    q(name, "is bluetooth turned on", "yes", "yesno", "settings", "state_yesno", False)


def playlist():
    name = "ui_music_playlist.png"
    R = rng(name)
    tracks = [("Paper Lanterns", "Mirela Voss"), ("Northbound", "The Quiet Harbour"), ("Salt & Ember", "Mirela Voss"),
              ("Glasshouse", "Odd Meridian"), ("Slow Tide", "The Quiet Harbour"), ("Lantern Coda", "Nils Ekdahl"),
              ("Kestrel", "Odd Meridian"), ("Afterglow Road", "Mirela Voss"), ("Copper Sky", "June Alvares")]
    durs = R.sample(range(150, 420), len(tracks))
    trs = "".join(f"<tr><td class=n>{i + 1}</td><td><b>{t}</b><br><span class=a>{a}</span></td>"
                  f"<td class=a>{R.randint(10, 999):,},{R.randint(100, 999)}</td><td class=a>{d // 60}:{d % 60:02d}</td></tr>"
                  for i, ((t, a), d) in enumerate(zip(tracks, durs)))
    tot = sum(durs)
    css = """body{margin:0;background:linear-gradient(#3a2d5c,#121212 300px);font-family:'Roboto';color:#fff}
.w{padding:28px 36px}h1{font-size:56px;margin:6px 0}table{width:100%;border-collapse:collapse;margin-top:22px;font-size:14px}
td{padding:8px 10px}.a{color:#b3b3b3}.n{color:#b3b3b3;width:30px}th{color:#b3b3b3;text-align:left;font-weight:400;border-bottom:1px solid #333;padding:8px 10px}"""
    body = f"""<div class=w><div style='font-size:13px'>Playlist</div><h1>Rainy Sunday</h1>
<div class=a>made by <b style='color:#fff'>lucia.ferrante</b> · {len(tracks)} songs, {tot // 60} min {tot % 60} sec</div>
<table><tr><th>#</th><th>Title</th><th>Plays</th><th>⏱</th></tr>{trs}</table></div>"""
    render_html(name, body, 1100, 760, css)
    scene(name, "HTML music-app playlist (chromium, Roboto)", "dark, purple gradient", "app",
          "playlist with track titles, artists, plays and durations")
    li = durs.index(max(durs))
    q(name, "which song is the longest", tracks[li][0], "text", "app", "argmax", True)
    q(name, "what comes after Glasshouse?", "Slow Tide", "text", "app", "next", True)
    q(name, "how many tracks by Mirela Voss", "3", "count", "app", "count", False)


def game_store():
    name = "ui_game_store_sale.png"
    R = rng(name)
    games = ["Hollow Meridian", "Brass & Bramble", "Starfall Tactics", "Quiet Orchard", "Neon Cartographer",
             "Tidebreaker", "Lantern Keep", "Dust Protocol"]
    items = []
    for g in games:
        p = R.choice([9.99, 14.99, 19.99, 24.99, 29.99, 39.99, 59.99])
        d = R.choice([10, 20, 25, 33, 40, 50, 60, 75, 80])
        items.append((g, p, d, r2(p * (100 - d) / 100)))
    tiles = "".join(f"<div class=g><div class=cov style='background:hsl({i * 45},45%,35%)'>{g}</div><div class=p>"
                    f"<span class=d>-{d}%</span><span class=o>${p:.2f}</span><span class=f>${f:.2f}</span></div></div>"
                    for i, (g, p, d, f) in enumerate(items))
    css = """body{margin:0;background:#1b2838;font-family:'Lato';color:#c7d5e0}.w{padding:24px 30px}
.grid{display:grid;grid-template-columns:repeat(4,280px);gap:16px;margin-top:16px}.g{background:#16202d}
.cov{height:110px;display:flex;align-items:flex-end;padding:10px;font-weight:900;font-size:20px;color:#fff}
.p{display:flex;justify-content:flex-end;align-items:center;gap:8px;padding:8px}.d{background:#4c6b22;color:#beee11;padding:3px 6px;font-weight:700}
.o{text-decoration:line-through;color:#738895;font-size:12px}.f{color:#beee11}"""
    body = f"<div class=w><h2 style='color:#fff'>Autumn Sale — Featured deals</h2><div class=grid>{tiles}</div></div>"
    render_html(name, body, 1220, 560, css)
    scene(name, "HTML game-store sale grid (chromium, Lato)", "dark blue", "shopping",
          "sale tiles with discount %, struck original price, final price")
    cheap = min(items, key=lambda t: t[3])
    assert sum(1 for t in items if t[3] == cheap[3]) == 1
    q(name, "which game is the cheapest after discount", cheap[0], "text", "shopping", "argmin", True)
    q(name, f"how much is {items[2][0]} discounted?", f"{items[2][2]}%", "percent", "shopping", "lookup", True)
    a, b = items[5], items[6]
    q(name, f"which costs more now, {a[0]} or {b[0]}?", a[0] if a[3] > b[3] else b[0], "text", "shopping",
      "choice_more", True)


def strava():
    name = "ui_ride_activity.png"
    R = rng(name)
    splits = [round(R.uniform(2.05, 3.4), 2) for _ in range(8)]  # min per km for 5 km splits? use km/h
    speeds = [round(R.uniform(22, 34), 1) for _ in range(8)]
    dist = 40.0
    secs = int(sum(5 / s * 3600 for s in speeds))
    elev = R.randint(180, 900)
    rows = "".join(f"<tr><td>{(i + 1) * 5} km</td><td>{s} km/h</td><td><div class=bar style='width:{s * 8}px'></div></td></tr>"
                   for i, s in enumerate(speeds))
    hh, mm, ss = secs // 3600, secs % 3600 // 60, secs % 60
    css = """body{margin:0;font-family:'Open Sans';background:#f7f7fa;color:#242428}.w{padding:24px 32px;width:900px}
.st{display:flex;gap:48px;margin:16px 0}.st div{font-size:12px;color:#6d6d78}.st b{display:block;font-size:26px;color:#242428;font-weight:400}
table{border-collapse:collapse;font-size:14px;background:#fff}td{padding:6px 14px;border-bottom:1px solid #eee}.bar{height:10px;background:#fc5200}"""
    body = f"""<div class=w><div style='color:#6d6d78'>Ines Dufresne · Saturday, 12 October 2024 at 08:05 · Annecy, France</div>
<h2 style='margin:6px 0'>Lakeside loop before the rain</h2><div class=st><div>Distance<b>{dist:.2f} km</b></div>
<div>Moving Time<b>{hh}:{mm:02d}:{ss:02d}</b></div><div>Elevation<b>{elev} m</b></div><div>Calories<b>{R.randint(700, 1300)}</b></div></div>
<h4>Splits (5 km)</h4><table><tr><td><b>Split</b></td><td><b>Speed</b></td><td></td></tr>{rows}</table></div>"""
    render_html(name, body, 980, 720, css)
    scene(name, "HTML fitness activity page (chromium, Open Sans)", "light, orange bars", "app",
          "bike ride summary stats + 5 km split speeds")
    fi = speeds.index(max(speeds))
    q(name, "elevation gain?", f"{elev} m", "number", "app", "lookup", True)
    q(name, "which 5 km split was the fastest", f"{(fi + 1) * 5} km", "text", "app", "argmax", True)
    q(name, "what was my average speed in km/h over the whole ride", plain(dist / (secs / 3600), 1), "number", "app",
      "rate", False)


def chat_tg():
    name = "ui_chat_group.png"
    R = rng(name)
    msgs = [("Oskar", "anyone up for climbing thursday?", "18:02"),
            ("Priya", "yes!! but only after 19:00, work runs late", "18:05"),
            ("Malte", "I'm in. Boulderwelt Ost or the new place in Neukölln?", "18:11"),
            ("Oskar", "new place, they have a 2-for-1 on thursdays", "18:12"),
            ("You", "count me in, I'll bring the spare shoes for Priya", "18:20"),
            ("Priya", "legend 🙏 meet at the entrance 19:15 then", "18:24"),
            ("Malte", "👍 booked 4 slots, €14 each, pay me later", "18:31")]
    col = {"Oskar": "#e17076", "Priya": "#7bc862", "Malte": "#6ec9cb"}
    bub = "".join(
        f"<div class='m {'me' if n == 'You' else ''}'>{'' if n == 'You' else f'<div class=nm style=color:{col[n]}>{n}</div>'}{t}<span class=tm>{h}</span></div>"
        for n, t, h in msgs)
    css = """body{margin:0;background:#0e1621;font-family:'Roboto';color:#f5f5f5}.hd{background:#17212b;padding:12px 20px}
.hd small{color:#708499}.c{padding:14px 20px;display:flex;flex-direction:column;gap:8px}
.m{background:#182533;border-radius:12px;padding:8px 12px;max-width:440px;font-size:15px}.m.me{background:#2b5278;align-self:flex-end}
.nm{font-weight:500;font-size:14px;margin-bottom:2px}.tm{font-size:11px;color:#8da2b5;margin-left:10px}"""
    body = f"<div class=hd><b>Climbing crew 🧗</b><br><small>4 members</small></div><div class=c>{bub}</div>"
    render_html(name, body, 620, 700, css)
    scene(name, "HTML messenger group chat (chromium, Roboto)", "dark", "chat",
          "group chat planning a climbing session, names coloured, times")
    q(name, "who booked the slots", "Malte", "person", "chat", "party", True)
    q(name, "what time are we meeting at the entrance", "19:15", "time", "chat", "lookup", True)


def notion_doc():
    name = "ui_docs_toc.png"
    toc = ["Background", "Goals and non-goals", "Current architecture", "Proposed design", "Data migration",
           "Rollout plan", "Risks", "Open questions"]
    side = "".join(f"<div class=ti>{i + 1}. {t}</div>" for i, t in enumerate(toc))
    css = """body{margin:0;font-family:'Lato';background:#fff;color:#37352f;display:flex}
.sb{width:240px;background:#f7f6f3;min-height:760px;padding:20px 14px;font-size:14px}.ti{padding:5px 6px;color:#5f5e5b}
.main{padding:40px 70px;width:760px}h1{font-size:38px;margin:8px 0}.prop{font-size:14px;color:#787774;margin:4px 0}
.cal{background:#f1f1ef;border-radius:4px;padding:14px;margin:18px 0}"""
    body = f"""<div class=sb><div style='font-weight:bold;margin-bottom:8px'>On this page</div>{side}</div>
<div class=main><div style='font-size:44px'>📦</div><h1>RFC-031: Move invoice PDFs to object storage</h1>
<div class=prop>Owner &nbsp; <b>Hanna Lindqvist</b></div><div class=prop>Status &nbsp; <b style='color:#d9730d'>In review</b></div>
<div class=prop>Last edited &nbsp; 6 March 2025</div>
<div class=cal>💡 Decision needed by <b>20 March 2025</b> — please leave comments inline.</div>
<h2>1. Background</h2><p>Invoice PDFs are stored as BLOBs in the primary Postgres cluster (≈ 1.8 TB). Backups take 9 hours and restores are untested.</p>
<h2>2. Goals and non-goals</h2><p>Goal: serve PDFs from S3-compatible storage with signed URLs. Non-goal: changing the PDF renderer.</p></div>"""
    render_html(name, body, 1100, 760, css, bg_crop=False)
    scene(name, "HTML docs page with TOC sidebar (chromium, Lato)", "light", "docs",
          "RFC page: title, owner/status properties, numbered table of contents")
    q(name, "whats the title of this doc", "RFC-031: Move invoice PDFs to object storage", "text", "docs", "title", True)
    q(name, "third section in the contents?", "Current architecture", "text", "docs", "nth", True)
    q(name, "which section comes right after Rollout plan", "Risks", "text", "docs", "next", True)


def kanban():
    name = "ui_kanban_board.png"
    R = rng(name)
    lists = {"Backlog": [("Dark mode for reports", "#61bd4f"), ("Export to CSV", "#f2d600"), ("Audit log filters", "#61bd4f")],
             "In progress": [("Fix SSO redirect loop", "#eb5a46"), ("Onboarding checklist", "#c377e0"),
                             ("Rate-limit webhooks", "#eb5a46"), ("New pricing page", "#0079bf")],
             "Review": [("Upgrade to Node 22", "#ff9f1a"), ("Invoice rounding bug", "#eb5a46")],
             "Done": [("Password reset email", "#61bd4f"), ("2FA recovery codes", "#0079bf"), ("Team invites", "#c377e0"),
                      ("Slack alerts", "#f2d600"), ("Status page", "#61bd4f")]}
    cols = "".join(f"<div class=l><div class=h>{ln} <span>{len(cs)}</span></div>" + "".join(
        f"<div class=c><div class=lb style='background:{c}'></div>{t}</div>" for t, c in cs) + "<div class=add>+ Add a card</div></div>"
                   for ln, cs in lists.items())
    css = """body{margin:0;background:#0079bf;font-family:'Nimbus Sans';}.top{color:#fff;padding:12px 20px;font-size:20px;font-weight:bold}
.b{display:flex;gap:12px;padding:0 16px;align-items:flex-start}.l{background:#ebecf0;border-radius:8px;width:270px;padding:8px}
.h{font-weight:bold;padding:6px;font-size:15px;color:#172b4d}.h span{color:#5e6c84;font-weight:normal}
.c{background:#fff;border-radius:6px;padding:8px;margin:8px 0;box-shadow:0 1px 0 #091e4240;font-size:14px;color:#172b4d}
.lb{width:44px;height:8px;border-radius:4px;margin-bottom:6px}.add{color:#5e6c84;padding:6px;font-size:14px}"""
    body = f"<div class=top>Sprint 14 · Web app</div><div class=b>{cols}</div>"
    render_html(name, body, 1180, 600, css)
    scene(name, "HTML kanban board (chromium, Nimbus Sans)", "blue background, grey lists", "app",
          "four lists with cards and coloured labels, counts in headers")
    q(name, "how many cards are in progress", "4", "count", "app", "count", True)
    q(name, "which column is 'Invoice rounding bug' in?", "Review", "text", "app", "lookup", True)
    q(name, "what colour is the label on Export to CSV", "yellow", "text", "app", "colour", False)


def stay_booking():
    name = "ui_stay_booking.png"
    R = rng(name)
    nightly = R.randint(85, 190)
    nights = R.randint(3, 7)
    clean = R.choice([35, 45, 60])
    service = round(nightly * nights * 0.14)
    tax = round(nightly * nights * 0.05)
    total = nightly * nights + clean + service + tax
    ci = dt.date(2025, 6, R.randint(2, 20))
    co = ci + dt.timedelta(days=nights)
    css = """body{margin:0;font-family:'Roboto';background:#fff;color:#222}.w{display:flex;gap:40px;padding:30px 40px}
.img{width:560px;height:340px;border-radius:14px;background:linear-gradient(135deg,#7fb4c9,#e9d8a6)}
.card{border:1px solid #ddd;border-radius:14px;padding:24px;width:360px;box-shadow:0 6px 16px #0001}
.row{display:flex;justify-content:space-between;margin:10px 0;font-size:15px}.tot{border-top:1px solid #ddd;padding-top:12px;font-weight:bold}
.btn{background:#e61e4d;color:#fff;text-align:center;border-radius:8px;padding:14px;font-weight:bold;margin:14px 0}
.dates{display:grid;grid-template-columns:1fr 1fr;border:1px solid #aaa;border-radius:8px;font-size:12px}.dates div{padding:8px}"""
    body = f"""<div class=w><div><div class=img></div><h2>Stone cottage with sea view · Sagres</h2>
<div>Entire home · 2 bedrooms · 4 guests</div><div style='margin-top:8px'>Hosted by <b>Beatriz Calado</b> · Superhost</div>
<div style='margin-top:8px'>★ 4.93 · 218 reviews</div></div>
<div class=card><div style='font-size:22px'><b>€{nightly}</b> night</div>
<div class=dates><div><b>CHECK-IN</b><br>{ci.strftime('%d/%m/%Y')}</div><div><b>CHECKOUT</b><br>{co.strftime('%d/%m/%Y')}</div></div>
<div class=btn>Reserve</div><div class=row><span>€{nightly} x {nights} nights</span><span>€{nightly * nights}</span></div>
<div class=row><span>Cleaning fee</span><span>€{clean}</span></div><div class=row><span>Service fee</span><span>€{service}</span></div>
<div class=row><span>Taxes</span><span>€{tax}</span></div><div class='row tot'><span>Total</span><span>€{total}</span></div></div></div>"""
    render_html(name, body, 1100, 560, css)
    scene(name, "HTML holiday-rental listing (chromium, Roboto)", "light, pink button", "booking",
          "Portuguese cottage listing with price breakdown card")
    q(name, "whats the total for the stay", f"€{total}", "money", "booking", "lookup", True)
    q(name, "fees on top of the nightly price (cleaning+service+tax)?", str(clean + service + tax), "money",
      "booking", "sum", False)


def delivery():
    name = "ui_food_delivery.png"
    R = rng(name)
    eta = f"{R.randint(19, 20)}:{R.randint(10, 55):02d}"
    steps = ["Order placed", "Restaurant preparing", "Courier picked up", "On the way", "Delivered"]
    cur = 3
    st = "".join(f"<div class='s {'done' if i < cur else 'cur' if i == cur else ''}'><span class=dot></span>{s}</div>"
                 for i, s in enumerate(steps))
    css = """body{margin:0;background:#ddd;font-family:'Open Sans'}.ph{width:390px;margin:16px auto;background:#fff;border-radius:30px;overflow:hidden}
.map{height:180px;background:repeating-linear-gradient(45deg,#e8f0e0 0 20px,#dfe9d6 20px 40px)}.c{padding:18px 22px}
.eta{font-size:32px;font-weight:800;color:#00a082}.s{display:flex;align-items:center;gap:10px;padding:7px 0;color:#aaa;font-size:15px}
.dot{width:14px;height:14px;border-radius:50%;border:2px solid #ccc}.done{color:#333}.done .dot{background:#00a082;border-color:#00a082}
.cur{color:#00a082;font-weight:700}.cur .dot{border-color:#00a082;box-shadow:0 0 0 4px #00a08233}
.cr{display:flex;gap:12px;align-items:center;background:#f4f4f4;border-radius:14px;padding:12px;margin-top:12px}
.av{width:44px;height:44px;border-radius:50%;background:#ffc244}"""
    body = f"""<div class=ph><div class=map></div><div class=c><div style='color:#666'>Estimated arrival</div><div class=eta>{eta}</div>
<div style='margin:6px 0 12px;color:#666'>Order #GL-48213 · Taberna do Mar</div>{st}
<div class=cr><div class=av></div><div><b>Youssef</b><br><span style='color:#666;font-size:13px'>Your courier · e-bike</span></div></div>
<div style='margin-top:12px;font-size:14px'>2× Bacalhau à Brás · 1× Caldo verde · 1× Pastel de nata</div></div></div>"""
    render_html(name, body, 440, 820, css)
    scene(name, "HTML food-delivery tracking (chromium, Open Sans)", "white phone on grey", "app",
          "order tracking with ETA, progress steps (current highlighted), courier")
    q(name, "when will my food arrive", eta, "time", "app", "lookup", True)
    q(name, "what stage is the order at", steps[cur], "text", "app", "selected", True)
    q(name, "whos delivering it", "Youssef", "person", "app", "party", True)


def so_question():
    name = "ui_qa_forum.png"
    R = rng(name)
    qv = R.randint(12, 400)
    answers = [("tkaminski", R.randint(50, 900), True, "Use <code>git rebase --onto main feature-a feature-b</code> …"),
               ("lin.h", R.randint(1, 49), False, "You can also cherry-pick the range with <code>git cherry-pick A..B</code> …"),
               ("devnull42", R.randint(0, 9), False, "Interactive rebase and drop the commits from feature-a.")]
    ans = "".join(f"<div class=a><div class=v>▲<br><b>{v}</b><br>▼{'<div class=acc>✔</div>' if acc else ''}</div>"
                  f"<div class=t>{t}<div class=u>answered by <b>{u}</b></div></div></div>" for u, v, acc, t in answers)
    css = """body{margin:0;font-family:'Liberation Sans';background:#fff;color:#232629}.w{padding:20px 30px;width:880px}
h1{font-weight:400;font-size:26px}.a{display:flex;gap:18px;border-top:1px solid #e3e6e8;padding:16px 0}.v{text-align:center;color:#6a737c;width:44px;font-size:18px}
.v b{color:#232629}.acc{color:#2f6f44;font-size:28px}code{background:#e3e6e8;padding:2px 4px;font-family:'DejaVu Sans Mono';font-size:13px}.u{font-size:13px;color:#6a737c;margin-top:10px}"""
    body = f"""<div class=w><h1>How do I move commits from one branch onto another without the parent branch's changes?</h1>
<div style='color:#6a737c;font-size:13px'>Asked 3 years ago · Viewed 48k times · asked by <b>fernanda_q</b></div>
<div class=a><div class=v>▲<br><b>{qv}</b><br>▼</div><div class=t>I branched <i>feature-b</i> off <i>feature-a</i>, but feature-a got abandoned. How do I put only my commits on top of main?</div></div>
<h3>{len(answers)} Answers</h3>{ans}</div>"""
    render_html(name, body, 960, 700, css)
    scene(name, "HTML Q&A forum page (chromium, Liberation Sans)", "light", "web",
          "programming question with votes and three answers, one accepted")
    q(name, "who asked this", "fernanda_q", "person", "web", "party", True)
    q(name, "how many votes does the accepted answer have", str(answers[0][1]), "number", "web", "lookup", True)
    q(name, "does the accepted answer have more votes than the question?",
      "yes" if answers[0][1] > qv else "no", "yesno", "web", "compare_more", False)


def vscode():
    name = "ui_editor_problems.png"
    R = rng(name)
    probs = [("E", "src/cart/total.ts", 14, "Type 'string' is not assignable to type 'number'.", "ts(2322)"),
             ("W", "src/cart/total.ts", 3, "'lodash' is declared but its value is never read.", "ts(6133)"),
             ("E", "src/cart/api.ts", 41, "Property 'itemz' does not exist on type 'Cart'. Did you mean 'items'?", "ts(2551)"),
             ("W", "src/cart/api.ts", 58, "Unexpected any. Specify a different type.", "eslint(@typescript-eslint/no-explicit-any)"),
             ("E", "src/cart/total.ts", 27, "Cannot find name 'roundTo'.", "ts(2304)"),
             ("W", "src/ui/Badge.tsx", 9, "React Hook useEffect has a missing dependency: 'count'.", "eslint(react-hooks/exhaustive-deps)")]
    rows = "".join(f"<div class=p><span class={'e' if k == 'E' else 'w'}>{'⊗' if k == 'E' else '⚠'}</span> {m} "
                   f"<span class=s>{src}</span> <span class=s>{f} [Ln {ln}, Col {R.randint(3, 30)}]</span></div>"
                   for k, f, ln, m, src in probs)
    code = "\n".join(f"<span class=ln>{i}</span>{l}" for i, l in enumerate([
        "import { Cart } from './types';", "", "import _ from 'lodash';", "",
        "export function total(cart: Cart): number {", "  let sum = 0;", "  for (const it of cart.items) {",
        "    sum += it.price * it.qty;", "  }"], 1))
    ne = sum(1 for p in probs if p[0] == "E")
    nw = len(probs) - ne
    css = """body{margin:0;background:#1e1e1e;font-family:'DejaVu Sans';color:#ccc;font-size:13px}
.tabs{background:#252526;padding:8px 14px;color:#fff}.ed{font-family:'JetBrains Mono';white-space:pre;padding:10px;font-size:14px;color:#d4d4d4;height:220px}
.ln{display:inline-block;width:34px;color:#858585}.pn{border-top:1px solid #444}.ph{padding:8px 14px;display:flex;gap:22px;text-transform:uppercase;font-size:11px}
.ph b{border-bottom:1px solid #fff;color:#fff}.p{padding:4px 18px}.e{color:#f14c4c}.w{color:#cca700}.s{color:#8b8b8b}
.sb{background:#007acc;color:#fff;padding:4px 12px;font-size:12px}"""
    body = f"""<div class=tabs>total.ts &nbsp; api.ts &nbsp; Badge.tsx</div><div class=ed>{code}</div>
<div class=pn><div class=ph><b>Problems {len(probs)}</b><span>Output</span><span>Terminal</span><span>Ports</span></div>{rows}</div>
<div class=sb>⎇ feat/cart-totals &nbsp;&nbsp; ⊗ {ne} &nbsp; ⚠ {nw} &nbsp;&nbsp; TypeScript 5.6.3</div>"""
    render_html(name, body, 1200, 640, css)
    scene(name, "HTML code-editor with Problems panel (chromium, DejaVu Sans/JetBrains Mono)", "dark", "ide",
          "editor + problems list (errors/warnings with file, line, rule), status bar")
    q(name, "how many errors (not warnings)", str(ne), "count", "ide", "lookup", True)
    q(name, "what's the error on line 41 of api.ts", "Property 'itemz' does not exist on type 'Cart'", "error",
      "ide", "error", True)
    q(name, "typescript version?", "5.6.3", "version", "ide", "version", True)


def export_dialog():
    name = "ui_export_dialog.png"
    R = rng(name)
    fmts = ["PDF document", "PNG images (one per slide)", "PowerPoint (.pptx)", "Video (.mp4)"]
    sel = R.randint(0, 3)
    checks = [("Include speaker notes", R.random() < 0.5), ("Include hidden slides", R.random() < 0.5),
              ("Embed fonts", True), ("Compress images", R.random() < 0.5)]
    radios = "".join(f"<label><span class='rd {'on' if i == sel else ''}'></span>{f}</label>" for i, f in enumerate(fmts))
    cbs = "".join(f"<label><span class='cb {'on' if c else ''}'>{'✓' if c else ''}</span>{t}</label>" for t, c in checks)
    css = """body{margin:0;background:#6b7280;font-family:'Roboto'}.dl{width:520px;margin:40px auto;background:#fff;border-radius:10px;padding:24px 28px;box-shadow:0 10px 30px #0005}
h3{margin:0 0 16px}.sec{font-size:12px;color:#6b7280;text-transform:uppercase;letter-spacing:1px;margin:14px 0 6px}
label{display:flex;align-items:center;gap:10px;padding:6px 0;font-size:15px}
.rd{width:16px;height:16px;border-radius:50%;border:2px solid #9ca3af;display:inline-block;box-sizing:border-box}.rd.on{border:5px solid #2563eb}
.cb{width:18px;height:18px;border:2px solid #9ca3af;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;font-size:13px;color:#fff;box-sizing:border-box}
.cb.on{background:#2563eb;border-color:#2563eb}.bt{display:flex;justify-content:flex-end;gap:10px;margin-top:18px}
.b{padding:9px 18px;border-radius:6px;border:1px solid #d1d5db}.b.p{background:#2563eb;color:#fff;border-color:#2563eb}
select{font-size:15px;padding:4px}"""
    body = f"""<div class=dl><h3>Export “Q3 Partner Update”</h3><div class=sec>Format</div>{radios}
<div class=sec>Options</div>{cbs}<div class=sec>Slide range</div><label>From <select><option>1</option></select> to <select><option>24</option></select></label>
<div class=bt><span class=b>Cancel</span><span class='b p'>Export</span></div></div>"""
    render_html(name, body, 700, 640, css)
    scene(name, "HTML modal dialog (chromium, Roboto)", "light dialog over grey", "settings",
          "export dialog with format radio group and option checkboxes")
    q(name, "which format is selected", fmts[sel], "text", "settings", "selected", True)
    q(name, "is include speaker notes ticked?", "yes" if checks[0][1] else "no", "yesno", "settings", "state_yesno", False)


def slide_kpi():
    name = "slide_quarterly.png"
    R = rng(name)
    regions = ["Nordics", "DACH", "Benelux", "Iberia", "UK & Ireland"]
    q2 = [R.randint(180, 900) for _ in regions]
    q3 = [v + R.randint(-120, 200) for v in q2]
    trs = "".join(f"<tr><td>{r}</td><td>{a}</td><td>{b}</td></tr>" for r, a, b in zip(regions, q2, q3))
    css = """body{margin:0;background:#fff;font-family:'URW Gothic'}.s{width:1280px;height:720px;background:#0e2a47;color:#fff;position:relative;box-sizing:border-box;padding:56px 70px}
h1{font-size:44px;margin:0;color:#ffd166}ul{font-size:24px;line-height:1.7;width:520px}table{position:absolute;right:70px;top:170px;border-collapse:collapse;font-size:22px}
td,th{padding:10px 22px;border-bottom:1px solid #ffffff44;text-align:right}td:first-child,th:first-child{text-align:left}
.ft{position:absolute;bottom:24px;left:70px;font-size:14px;color:#9fb3c8}"""
    body = f"""<div class=s><h1>Q3 Partner Update</h1><div style='font-size:20px;color:#9fb3c8;margin-top:6px'>Active partner accounts by region</div>
<ul><li>Two new distributors signed in Iberia</li><li>DACH onboarding paused during ERP switch</li><li>Target for Q4: 3,000 active accounts</li></ul>
<table><tr><th>Region</th><th>Q2</th><th>Q3</th></tr>{trs}</table><div class=ft>Confidential · Halvorsen &amp; Ruiz Distribution · slide 7 / 24</div></div>"""
    render_html(name, body, 1280, 720, css, bg_crop=False)
    scene(name, "HTML slide 16:9 (chromium, URW Gothic)", "dark navy, yellow title", "slide",
          "quarterly slide with bullets and Q2/Q3 table per region")
    growth = [b - a for a, b in zip(q2, q3)]
    gi = growth.index(max(growth))
    assert growth.count(max(growth)) == 1
    q(name, "slide title?", "Q3 Partner Update", "text", "slide", "title", True)
    q(name, "which region grew the most from Q2 to Q3", regions[gi], "text", "slide", "argmax", True)
    q(name, "total active accounts in Q3 across all regions", str(sum(q3)), "number", "slide", "sum", False)


def release_notes():
    name = "ui_release_notes.png"
    rel = [("4.2.0", "2025-02-11", "Added offline sync for shared folders"),
           ("4.1.3", "2025-01-20", "Fixed crash when importing HEIC photos"),
           ("4.1.2", "2024-12-18", "Fixed login loop behind corporate proxies"),
           ("4.1.0", "2024-11-26", "Added dark mode for the web viewer"),
           ("4.0.0", "2024-10-02", "Dropped support for Windows 8.1; new sync engine")]
    items = "".join(f"<div class=r><div class=v>v{v}<br><span>{d}</span></div><div>{t}</div></div>" for v, d, t in rel)
    css = """body{margin:0;background:#fffdf8;font-family:'P052';color:#2a2a2a}.w{width:820px;padding:30px 50px}
h1{font-size:36px;margin:0 0 16px}.r{display:flex;gap:30px;border-top:1px solid #e4dccb;padding:16px 0;font-size:18px}
.v{width:160px;font-family:'DejaVu Sans Mono';font-size:17px;color:#8a4b08}.v span{color:#888;font-size:13px}"""
    body = f"<div class=w><h1>Driftbox — Release notes</h1>{items}</div>"
    render_html(name, body, 920, 620, css)
    scene(name, "HTML release-notes page (chromium, P052 serif + DejaVu Sans Mono)", "warm white", "docs",
          "changelog of five versions with dates")
    q(name, "latest version?", "4.2.0", "version", "docs", "version", True)
    q(name, "when did 4.1.2 come out", "2024-12-18", "date", "docs", "lookup", True)


def tennis_ladder():
    name = "sheet_tennis_ladder.png"
    R = rng(name)
    players = ["A. Moreau", "K. Szabó", "J. Lindgren", "P. Okafor", "M. Rossi", "T. Nakamura", "L. Fischer", "D. Costa"]
    while True:
        rows = []
        for p in players:
            w = R.randint(2, 11)
            l = R.randint(1, 9)
            rows.append([p, w + l, w, l, R.randint(w * 2, w * 2 + l), w * 3 + R.randint(0, 3)])
        if len({r[5] for r in rows}) == len(rows):
            break
    rows.sort(key=lambda r: -r[5])
    hdr = ["", "A", "B", "C", "D", "E", "F"]
    th = "".join(f"<th>{h}</th>" for h in hdr)
    body_rows = "<tr><td class=rn>1</td><td><b>Player</b></td><td><b>Played</b></td><td><b>Won</b></td><td><b>Lost</b></td><td><b>Sets won</b></td><td><b>Points</b></td></tr>"
    for i, r in enumerate(rows, 2):
        body_rows += f"<tr><td class=rn>{i}</td>" + "".join(f"<td{' class=n' if j else ''}>{v}</td>" for j, v in enumerate(r)) + "</tr>"
    css = """body{margin:0;font-family:'Liberation Sans';background:#fff;font-size:13px}.tb{background:#f1f3f4;padding:8px;border-bottom:1px solid #ccc}
.fx{padding:4px 8px;border-bottom:1px solid #ccc;font-family:'Liberation Mono'}table{border-collapse:collapse}
th{background:#f8f9fa;color:#5f6368;font-weight:normal;border:1px solid #c0c0c0;padding:3px 0;width:110px}
td{border:1px solid #e2e2e2;padding:4px 6px;height:18px}.rn{background:#f8f9fa;color:#5f6368;text-align:center;width:36px}.n{text-align:right}"""
    body = f"""<div class=tb>Club ladder 2024 — Spring season &nbsp; File &nbsp; Edit &nbsp; View &nbsp; Insert &nbsp; Format &nbsp; Data</div>
<div class=fx>fx &nbsp; =C3*3+IF(E3&gt;C3*2,1,0)</div><table><tr>{th}</tr>{body_rows}</table>"""
    render_html(name, body, 1120, 420, css)
    scene(name, "HTML spreadsheet (chromium, Liberation Sans)", "light grid", "table",
          "tennis club ladder in a spreadsheet grid with row/column headers")
    top = rows[0]
    q(name, "who is top of the ladder", top[0], "person", "table", "argmax", True)
    q(name, f"how many matches has {rows[3][0]} won", str(rows[3][2]), "number", "table", "cell", True)
    q(name, "average points across all players", plain(sum(r[5] for r in rows) / len(rows), 2), "number",
      "table", "mean", False)


ALL = [gh_actions, jenkins, smart_home, bluetooth, playlist, game_store, strava, chat_tg, notion_doc, kanban,
       stay_booking, delivery, so_question, vscode, export_dialog, slide_kpi, release_notes, tennis_ladder]
