"""Web pages and app screens rendered with headless chromium."""
import datetime as dt

from common import q, scene, rng, render_html, us, eu, nstr, uniq_max, uniq_min


def gh_actions():
    name = "ui_ci_run"
    r = rng(name)
    scene(name, "dashboard", "CI workflow run page (GitHub-Actions-like)", "light, 1280 px, sidebar",
          "job list with status and durations, trigger info, annotations")
    jobs = ["lint", "typecheck", "test (py3.10)", "test (py3.11)", "test (py3.12)", "build-wheel", "docs", "publish-preview"]
    durs = r.sample(range(25, 900), len(jobs))
    fail = r.choice([2, 3, 4])
    skipped = 7
    st = ["success"] * len(jobs)
    st[fail] = "failure"
    st[skipped] = "skipped"
    user = r.choice(["mkowalczyk", "haruto-s", "ngozi-dev", "felixlaurent"])
    fmt = lambda s: f"{s // 60}m {s % 60}s" if s >= 60 else f"{s}s"
    icon = {"success": "<span class=ok>&#10003;</span>", "failure": "<span class=bad>&#10007;</span>", "skipped": "<span class=sk>&#8856;</span>"}
    side = "".join(f"<li class='{'act' if i == fail else ''}'>{icon[s]} {j}<span class=d>{fmt(d) if s != 'skipped' else ''}</span></li>"
                   for i, (j, s, d) in enumerate(zip(jobs, st, durs)))
    body = f"""<div class=top><b>tidepool / sensor-hub</b> &nbsp; Code &nbsp; Issues &nbsp; Pull requests &nbsp; <u>Actions</u> &nbsp; Settings</div>
<div class=wrap><div class=side><div class=sum>&#8592; CI</div><h4>Jobs</h4><ul>{side}</ul></div>
<div class=main><h2>Fix rounding in humidity calibration <span class=num>#1842</span></h2>
<div class=meta><span>Triggered via pull request</span><span>{user} opened #311 <b>fix/humidity-round</b></span>
<span>Status <b class=bad>Failure</b></span><span>Total duration <b>{fmt(sum(durs[:7]) // 3)}</b></span><span>Artifacts <b>2</b></span></div>
<div class=card><h3>Annotations</h3><p><span class=bad>&#10007;</span> <b>{jobs[fail]}</b><br>
<code>tests/test_calibration.py::test_round_half_even - AssertionError: assert 41.5 == 42.0</code></p>
<p><span class=warn>!</span> <b>build-wheel</b><br>Node.js 16 actions are deprecated. Please update actions/setup-python@v4.</p></div></div></div>"""
    css = """body{color:#1f2328}.top{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:14px 24px;font-size:14px}
.wrap{display:flex}.side{width:290px;border-right:1px solid #d0d7de;padding:16px;font-size:14px}.side ul{list-style:none;padding:0}
.side li{padding:8px 6px;border-radius:6px;display:flex;gap:8px}.side li .d{margin-left:auto;color:#656d76}.act{background:#eaeef2}
.ok{color:#1a7f37;font-weight:bold}.bad{color:#cf222e;font-weight:bold}.sk{color:#8c959f}.warn{color:#9a6700;font-weight:bold}
.main{flex:1;padding:18px 28px}.num{color:#656d76;font-weight:normal}.meta{display:flex;gap:28px;font-size:13px;color:#656d76;border:1px solid #d0d7de;border-radius:6px;padding:14px}
.meta b{color:#1f2328}.card{border:1px solid #d0d7de;border-radius:6px;margin-top:18px;padding:4px 16px;font-size:14px}code{font-size:12.5px}"""
    render_html(name, body, 1280, 900, css, font="Open Sans")
    done = [i for i in range(len(jobs)) if st[i] == "success"]
    q("which job failed?", jobs[fail], "text", "error", True)
    q("how long did the docs job take", fmt(durs[6]), "time", "lookup", True)
    q("how many jobs passed", str(len(done)), "count", "count", False)


def arrivals():
    name = "ui_arrivals_board"
    r = rng(name)
    scene(name, "dashboard", "airport arrivals board (web)", "dark, amber text, 1200 px",
          "flights, origin, scheduled/expected, gate, status")
    cities = ["Reykjavík", "Tallinn", "Kraków", "Bilbao", "Split", "Tromsø", "Valletta", "Vilnius", "Porto", "Bergamo", "Palermo"]
    al = ["FI", "BT", "LO", "VY", "OU", "WF", "KM", "LY", "TP", "FR", "U2"]
    rows = []
    t = dt.datetime(2024, 9, 12, 13, 5)
    for i, c in enumerate(r.sample(cities, 9)):
        t += dt.timedelta(minutes=r.choice([10, 15, 20, 25]))
        code = f"{r.choice(al)} {r.randint(100, 1999)}"
        delay = r.choice([0, 0, 0, 25, 40, 65])
        stt = "Landed" if i < 2 else ("Delayed" if delay else "On time")
        if i == 5:
            stt, delay = "Cancelled", 0
        exp = (t + dt.timedelta(minutes=delay)).strftime("%H:%M") if stt != "Cancelled" else "—"
        rows.append((t.strftime("%H:%M"), code, c, exp, f"B{r.randint(2, 38)}", stt))
    codes = [x[1] for x in rows]
    assert len(set(codes)) == len(codes)
    trs = "".join(f"<tr><td>{a}</td><td class=fl>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td class='s {f.split()[0].lower()}'>{f}</td></tr>" for a, b, c, d, e, f in rows)
    body = f"""<div class=hd><span>ARRIVALS · Ankomster</span><span>Gardermoen T1 · 13:58</span></div>
<table><tr><th>Sched.</th><th>Flight</th><th>From</th><th>Expected</th><th>Gate</th><th>Status</th></tr>{trs}</table>"""
    css = """body{background:#101418;color:#fbbf24;font-family:'Roboto Condensed'}.hd{display:flex;justify-content:space-between;font-size:30px;padding:18px 30px;background:#000;color:#fff}
table{width:100%;border-collapse:collapse;font-size:24px}th{text-align:left;color:#9ca3af;font-size:16px;padding:10px 30px;border-bottom:1px solid #374151}
td{padding:10px 30px;border-bottom:1px solid #1f2937}.fl{color:#fff}.delayed{color:#f87171}.landed{color:#34d399}.cancelled{color:#f87171;text-decoration:line-through}.on{color:#93c5fd}"""
    render_html(name, body, 1200, 900, css, font="Roboto Condensed", bg="#101418")
    t1 = rows[3]
    q(f"what gate is {t1[1]} arriving at", t1[4], "code", "cell", True)
    q("how many flights are delayed", str(sum(1 for x in rows if x[5] == "Delayed")), "count", "count", False)
    q(f"flight from {rows[5][2]} - what's its status", rows[5][5], "text", "cell", True)


def delivery():
    name = "ui_food_delivery"
    r = rng(name)
    scene(name, "dashboard", "food delivery order tracking (mobile)", "light, green accent",
          "ETA, courier, progress steps, items and total")
    items = r.sample([("Pad thai (chicken)", 13.90), ("Green curry", 14.50), ("Spring rolls x4", 6.90), ("Tom yum soup", 9.80),
                      ("Mango sticky rice", 7.20), ("Thai iced tea", 4.50), ("Jasmine rice", 3.00)], 5)
    qty = [r.choice([1, 1, 2]) for _ in items]
    sub = round(sum(p * n for (_, p), n in zip(items, qty)), 2)
    fee = 2.99
    tot = round(sub + fee, 2)
    eta = f"19:{r.randint(20, 55)}"
    cour = r.choice(["Kofi", "Lena", "Matteo", "Yusuf"])
    lis = "".join(f"<li><span>{n}× {it}</span><span>€{p * n:.2f}</span></li>" for (it, p), n in zip(items, qty))
    body = f"""<div class=ph><div class=sb>18:57 ▪▪▪</div><div class=map>🛵 &nbsp;&nbsp; 1.2 km away</div>
<div class=eta><small>Estimated arrival</small><b>{eta}</b></div>
<div class=steps><span class=d>Order placed</span><span class=d>Preparing</span><span class='d cur'>On the way</span><span>Delivered</span></div>
<div class=cour><div class=av>{cour[0]}</div><div><b>{cour}</b> is delivering your order<br><small>Blue e-bike · ★ 4.9</small></div></div>
<h4>Baan Siam Kitchen · Order #A-{r.randint(10000, 99999)}</h4><ul>{lis}</ul>
<div class=row><span>Delivery fee</span><span>€{fee:.2f}</span></div><div class='row t'><span>Total</span><span>€{tot:.2f}</span></div></div>"""
    css = """.ph{width:390px;margin:0 auto;padding:0 18px;color:#1c1917}.sb{font-size:13px;padding:8px 0}.map{height:120px;border-radius:14px;background:repeating-linear-gradient(45deg,#e7f5ec,#e7f5ec 12px,#d7eedf 12px,#d7eedf 24px);display:flex;align-items:center;justify-content:center;font-size:20px}
.eta{margin-top:14px}.eta small{color:#57534e;display:block}.eta b{font-size:40px;color:#15803d}.steps{display:flex;gap:6px;font-size:11px;margin:10px 0}.steps span{flex:1;border-top:4px solid #e7e5e4;padding-top:4px;color:#a8a29e}
.steps .d{border-color:#16a34a;color:#166534}.steps .cur{font-weight:bold}.cour{display:flex;gap:12px;align-items:center;background:#f5f5f4;border-radius:12px;padding:10px;font-size:14px}
.av{width:42px;height:42px;border-radius:50%;background:#16a34a;color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px}
h4{margin:16px 0 6px}ul{list-style:none;padding:0;margin:0}li,.row{display:flex;justify-content:space-between;padding:7px 0;font-size:15px;border-bottom:1px solid #f0efee}.t{font-weight:bold;font-size:18px}"""
    render_html(name, body, 430, 1000, css, font="Lato")
    q("when will my food get here", eta, "time", "lookup", True)
    q("who's bringing the order", cour, "person", "party", True)
    q("how many items did i order in total (counting quantities)", str(sum(qty)), "count", "count", False)


def app_store():
    name = "ui_app_listing"
    r = rng(name)
    scene(name, "dashboard", "app store listing page", "light, 1100 px", "rating, size, version history with dates")
    vers = []
    v = [3, r.randint(4, 8), 0]
    d = dt.date(2024, 6, 20)
    notes = ["Offline maps for 40 new regions.", "Fixed a crash when importing GPX files.", "New elevation profile widget.",
             "Improved battery use during long recordings.", "Dark mode for the route planner.", "Bug fixes and performance improvements."]
    for k in range(5):
        vers.append((f"{v[0]}.{v[1]}.{v[2]}", d, notes[k]))
        d -= dt.timedelta(days=r.randint(12, 40))
        if v[2] > 0:
            v[2] -= 1
        else:
            v[1] -= 1; v[2] = r.randint(1, 3)
    size = f"{r.randint(80, 240)}.{r.randint(1, 9)} MB"
    rating = f"4.{r.randint(3, 8)}"
    nrat = f"{r.randint(12, 98)}.{r.randint(1, 9)}K"
    hist = "".join(f"<div class=v><div><b>{a}</b><span>{b.strftime('%b %d, %Y')}</span></div><p>{c}</p></div>" for a, b, c in vers)
    body = f"""<div class=pg><div class=hero><div class=ic>▲</div><div><h1>Trailmark: Hiking GPS</h1><p class=dev>Fjellsti Apps AS</p>
<button>GET</button></div></div><div class=stats><div><b>{rating} ★</b><small>{nrat} ratings</small></div><div><b>#7</b><small>Navigation</small></div>
<div><b>4+</b><small>Age</small></div><div><b>{size}</b><small>Size</small></div><div><b>English</b><small>+ 11 more</small></div></div>
<h2>Version History</h2>{hist}</div>"""
    css = """.pg{width:900px;margin:0 auto;padding:24px;color:#1d1d1f}.hero{display:flex;gap:24px;align-items:center}.ic{width:120px;height:120px;border-radius:26px;background:linear-gradient(#34d399,#059669);color:#fff;font-size:64px;display:flex;align-items:center;justify-content:center}
h1{margin:0;font-size:30px}.dev{color:#06c;margin:4px 0 12px}button{background:#0071e3;color:#fff;border:0;border-radius:16px;padding:6px 22px;font-weight:bold}
.stats{display:flex;border-top:1px solid #ddd;border-bottom:1px solid #ddd;margin:22px 0;padding:12px 0}.stats div{flex:1;text-align:center;border-right:1px solid #eee}.stats b{display:block;font-size:20px;color:#555}.stats small{color:#86868b}
.v{border-bottom:1px solid #eee;padding:8px 0}.v div{display:flex;justify-content:space-between}.v span{color:#86868b;font-size:14px}.v p{margin:4px 0;font-size:15px}"""
    render_html(name, body, 1100, 1100, css, font="Open Sans")
    q("what's the latest version", vers[0][0], "version", "latest", True)
    k = r.randrange(1, 5)
    q(f"when did {vers[k][0]} come out", vers[k][1].strftime("%b %d, %Y"), "date", "lookup", True)


def podcast():
    name = "ui_podcast_episodes"
    r = rng(name)
    scene(name, "dashboard", "podcast app episode list", "dark, 1100 px", "episodes with dates, durations, played marks")
    titles = ["The quiet economics of lighthouses", "Why bridges hum", "Salt, roads and winter", "The last telegraph operators",
              "Inside a seed vault", "Counting birds by ear", "Who owns the moon?", "Tunnels under Oslo"]
    eps = []
    d = dt.date(2024, 5, 28)
    for k, t in enumerate(r.sample(titles, 7)):
        mins = r.randint(28, 79)
        eps.append((187 - k, t, d, mins, k >= 3))
        d -= dt.timedelta(days=7)
    lis = "".join(f"<div class='ep {'pl' if p else ''}'><div class=n>#{n}</div><div class=t><b>{t}</b><small>{dd.strftime('%d %b %Y')} · {m} min</small></div><div class=st>{'✓ Played' if p else '▶'}</div></div>" for n, t, dd, m, p in eps)
    body = f"""<div class=hd><div class=cv>IQ</div><div><h1>Infrastructure Quarterly</h1><p>Weekly · 187 episodes · by Nadia Brenner</p></div></div>{lis}"""
    css = """body{background:#18181b;color:#e4e4e7;padding:20px 40px}.hd{display:flex;gap:20px;align-items:center}.cv{width:100px;height:100px;background:#f97316;color:#fff;font-size:40px;display:flex;align-items:center;justify-content:center;border-radius:10px}
h1{margin:0}.hd p{color:#a1a1aa}.ep{display:flex;align-items:center;gap:18px;border-bottom:1px solid #27272a;padding:12px 0}.n{color:#71717a;width:50px}.t{flex:1}.t small{display:block;color:#a1a1aa;margin-top:3px}
.st{color:#f97316;font-size:18px;width:100px;text-align:right}.pl .t b{color:#a1a1aa}.pl .st{color:#71717a;font-size:14px}"""
    render_html(name, body, 1100, 1000, css, font="Cantarell", bg="#18181b")
    k = r.randrange(1, 7)
    q(f"how long is \"{eps[k][1]}\"", f"{eps[k][3]} min", "time", "lookup", True)
    q("what's the newest episode called", eps[0][1], "text", "latest", True)
    q("how many episodes have I already played", str(sum(1 for e in eps if e[4])), "count", "count", False)


def playlist():
    name = "ui_playlist"
    r = rng(name)
    scene(name, "dashboard", "music player playlist", "dark green, 1200 px", "tracks, artists, albums, durations")
    tr = [("Harbour Lights", "Mira Vale"), ("Paper Planes Over Lyon", "The Gentle Static"), ("Neon Tide", "Mira Vale"),
          ("Slow Machines", "Kaito Mori"), ("Glasshouse", "Solène"), ("Northbound", "The Gentle Static"),
          ("Ember & Ash", "Mira Vale"), ("Tuesday Static", "Kaito Mori"), ("Low Orbit", "Solène"), ("Aurora Drive", "Mira Vale")]
    secs = r.sample(range(150, 330), len(tr))
    albums = {"Mira Vale": "Salt Coast", "The Gentle Static": "Postcards", "Kaito Mori": "Night Shift", "Solène": "Verre"}
    trs = "".join(f"<tr><td class=i>{i}</td><td><b>{t}</b><br><small>{a}</small></td><td>{albums[a]}</td><td class=r>{s // 60}:{s % 60:02d}</td></tr>"
                  for i, ((t, a), s) in enumerate(zip(tr, secs), 1))
    body = f"""<div class=hd><small>PLAYLIST</small><h1>Late Train Home</h1><p>made by jonas.k · {len(tr)} songs</p></div>
<table><tr><th>#</th><th>Title</th><th>Album</th><th class=r>&#9719;</th></tr>{trs}</table>"""
    css = """body{background:linear-gradient(#14532d,#121212 300px);color:#fff;padding:0 32px;font-size:15px}.hd{padding:30px 0 10px}h1{font-size:54px;margin:4px 0}
.hd p{color:#b3b3b3}table{width:100%;border-collapse:collapse}th{color:#b3b3b3;text-align:left;font-weight:normal;border-bottom:1px solid #333;padding:8px}
td{padding:8px;color:#b3b3b3}td b{color:#fff;font-weight:normal}.i{width:30px}.r{text-align:right}"""
    render_html(name, body, 1200, 1000, css, font="Roboto", bg="#121212")
    i = secs.index(max(secs))
    q("longest song on this playlist?", tr[i][0], "text", "argmax", True)
    q("how many songs by Mira Vale", str(sum(1 for _, a in tr if a == "Mira Vale")), "count", "count", False)
    k = r.randrange(0, 9)
    q(f"what comes after {tr[k][0]}", tr[k + 1][0], "text", "next", True)


def sql_client():
    name = "ui_sql_client"
    r = rng(name)
    scene(name, "table", "SQL client result grid (DBeaver-like)", "light, 1280 px, editor + grid",
          "query text, result grid, status bar with row count and time")
    cities = ["Aarhus", "Lund", "Tartu", "Gdańsk", "Turku", "Bergen", "Malmö", "Riga", "Kaunas"]
    rows = []
    rev = r.sample(range(18000, 99000), len(cities))
    for c, v in zip(cities, rev):
        o = r.randint(120, 900)
        rows.append((c, o, v + r.choice([0.25, 0.5, 0.75, 0.1]), round(v / o, 2)))
    rows.sort(key=lambda x: -x[2])
    ms = r.randint(12, 90)
    trs = "".join(f"<tr><td class=rn>{i}</td><td>{c}</td><td class=n>{o}</td><td class=n>{v:.2f}</td><td class=n>{a:.2f}</td></tr>" for i, (c, o, v, a) in enumerate(rows, 1))
    body = f"""<div class=tb>File &nbsp; Edit &nbsp; Navigate &nbsp; Search &nbsp; SQL Editor &nbsp; Database &nbsp; Window</div>
<div class=ed><span class=ln>1<br>2<br>3<br>4<br>5</span><pre><b>SELECT</b> city, <b>COUNT</b>(*) <b>AS</b> orders, <b>SUM</b>(total) <b>AS</b> revenue, <b>ROUND</b>(<b>AVG</b>(total), 2) <b>AS</b> avg_order
<b>FROM</b> shop.orders
<b>WHERE</b> created_at &gt;= <i>'2024-01-01'</i>
<b>GROUP BY</b> city
<b>ORDER BY</b> revenue <b>DESC</b>;</pre></div>
<div class=tabs><span class=a>orders_by_city</span><span>Statistics 1</span></div>
<table><tr><th></th><th>city</th><th>orders</th><th>revenue</th><th>avg_order</th></tr>{trs}</table>
<div class=stat>{len(rows)} row(s) fetched - {ms}ms, on 2024-07-02 at 10:41:07</div>"""
    css = """body{font-size:14px;color:#222}.tb{background:#ececec;padding:6px 12px;font-size:13px;border-bottom:1px solid #ccc}.ed{display:flex;background:#fff;border-bottom:1px solid #ccc}
.ln{color:#999;background:#f7f7f7;padding:10px;text-align:right;font-family:'DejaVu Sans Mono';font-size:13px;line-height:1.45}pre{margin:0;padding:10px;font-family:'DejaVu Sans Mono';font-size:13px;line-height:1.45}
pre b{color:#7f0055}pre i{color:#2a00ff;font-style:normal}.tabs{background:#e8e8e8;padding:4px 8px}.tabs span{padding:4px 12px;font-size:13px}.tabs .a{background:#fff;border:1px solid #bbb;border-bottom:0}
table{border-collapse:collapse;margin:0}th{background:#f0f0f0;border:1px solid #ccc;padding:4px 16px;font-weight:normal;text-align:left}td{border:1px solid #ddd;padding:3px 16px}.n{text-align:right}.rn{background:#f0f0f0;color:#666}
.stat{background:#f4f4f4;border-top:1px solid #ccc;padding:5px 10px;font-size:13px;margin-top:8px}"""
    render_html(name, body, 1280, 900, css, font="Liberation Sans")
    c = rows[4]
    q(f"how many orders from {c[0]}", str(c[1]), "number", "cell", True)
    hi = uniq_max(rows, key=lambda x: x[3])
    q("which city has the highest average order", hi[0], "text", "argmax", True)
    q("how long did the query take", f"{ms}ms", "time", "lookup", True)


def log_viewer():
    name = "ui_log_viewer"
    r = rng(name)
    scene(name, "dashboard", "log search UI (Kibana-like)", "dark, 1300 px", "timestamped log lines with level and service")
    svcs = ["gateway", "auth", "billing", "notifier", "search"]
    msgs = {"INFO": ["request completed in {n}ms", "cache warmed ({n} keys)", "health check ok", "user session refreshed"],
            "WARN": ["slow query {n}ms on orders_by_user", "retrying SMTP send (attempt 2)", "rate limit at 80% for tenant 42"],
            "ERROR": ["upstream timeout after 30000ms (POST /v1/charge)", "invalid JWT signature for kid=prod-2024",
                      "connection refused: redis-0.cache:6379", "index 'products_v7' not found"]}
    t = dt.datetime(2024, 10, 3, 14, 2, 11, 0)
    rows = []
    levels = ["INFO"] * 7 + ["WARN"] * 3 + ["ERROR"] * 4
    r.shuffle(levels)
    errs = r.sample(msgs["ERROR"], 4)
    ei = 0
    for lv in levels:
        t += dt.timedelta(seconds=r.randint(1, 40), milliseconds=r.randint(0, 999))
        if lv == "ERROR":
            m = errs[ei]; ei += 1
        else:
            m = r.choice(msgs[lv]).format(n=r.randint(12, 4000))
        rows.append((t, lv, r.choice(svcs), m))
    shown = list(reversed(rows))
    trs = "".join(f"<tr><td class=ts>{x.strftime('%b %d, %Y @ %H:%M:%S.')}{x.microsecond // 1000:03d}</td><td class='lv {l}'>{l}</td><td>{s}</td><td>{m}</td></tr>" for x, l, s, m in shown)
    body = f"""<div class=top><b>Discover</b><input value='service:* and env:prod'><span>Last 15 minutes</span></div>
<div class=hits><b>{len(rows)}</b> hits</div><table><tr><th>@timestamp ↓</th><th>level</th><th>service</th><th>message</th></tr>{trs}</table>"""
    css = """body{background:#1d1e24;color:#dfe5ef;font-size:14px}.top{display:flex;gap:20px;align-items:center;padding:12px 20px;background:#25262e}.top input{flex:1;background:#16171c;border:1px solid #343741;color:#dfe5ef;padding:7px;font-family:'DejaVu Sans Mono'}
.hits{padding:10px 20px}table{width:100%;border-collapse:collapse}th{text-align:left;padding:7px 20px;border-bottom:1px solid #343741;color:#98a2b3}td{padding:6px 20px;border-bottom:1px solid #2a2b33;font-family:'DejaVu Sans Mono';font-size:13px}
.ts{color:#98a2b3;white-space:nowrap}.lv{font-weight:bold}.INFO{color:#6dccb1}.WARN{color:#f1d86f}.ERROR{color:#f86b63}"""
    render_html(name, body, 1300, 1000, css, font="Open Sans", bg="#1d1e24")
    er = [x for x in rows if x[1] == "ERROR"]
    q("how many errors are there", str(len(er)), "count", "count", False)
    q("what's the most recent error message", er[-1][3], "error", "latest", True)
    q("which service logged the earliest error", er[0][2], "text", "earliest", True)


def smart_home():
    name = "ui_smart_home"
    r = rng(name)
    scene(name, "form", "smart home app (tablet)", "light, card grid with toggles", "device toggles, thermostat mode radio, target temp")
    devs = ["Porch light", "Living room lamp", "Kitchen spots", "Garage door", "Robot vacuum", "Bedroom heater", "Garden sprinkler"]
    on = [r.random() < 0.5 for _ in devs]
    on[0] = not on[1]
    modes = ["Heat", "Cool", "Auto", "Off"]
    mode = r.choice(modes[:3])
    target = f"{r.randint(19, 23)}.{r.choice([0, 5])}"
    cards = "".join(f"<div class=c><div class=n>{d}</div><div class=s>{'On' if o else 'Off'}</div><label class=sw><input type=checkbox {'checked' if o else ''}><i></i></label></div>" for d, o in zip(devs, on))
    radios = "".join(f"<label class=rd><input type=radio name=m {'checked' if m == mode else ''}> {m}</label>" for m in modes)
    body = f"""<div class=pg><h1>Home · Villa Nordlys</h1><div class=th><div><small>Thermostat · Hallway</small><div class=big>{target}°C</div><small>Currently 20.1°C · Humidity 44%</small></div>
<div class=modes><small>Mode</small><br>{radios}</div></div><h3>Devices</h3><div class=grid>{cards}</div></div>"""
    css = """.pg{padding:24px 34px;color:#0f172a;background:#f1f5f9}h1{font-size:26px}.th{display:flex;justify-content:space-between;background:#fff;border-radius:16px;padding:20px 26px;box-shadow:0 1px 4px #0001}
.big{font-size:54px;font-weight:300;color:#ea580c}.modes{font-size:17px}.rd{margin-right:16px}input[type=radio]{transform:scale(1.4);margin-right:6px;accent-color:#ea580c}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:16px}.c{background:#fff;border-radius:14px;padding:16px;position:relative;height:80px}.n{font-weight:bold}.s{color:#64748b;font-size:13px;margin-top:4px}
.sw{position:absolute;right:16px;bottom:16px}.sw input{display:none}.sw i{display:block;width:46px;height:26px;border-radius:13px;background:#cbd5e1;position:relative}
.sw i:after{content:'';position:absolute;left:3px;top:3px;width:20px;height:20px;border-radius:50%;background:#fff}.sw input:checked+i{background:#22c55e}.sw input:checked+i:after{left:23px}"""
    render_html(name, body, 1100, 900, css, font="Lato", bg="#f1f5f9")
    q("is the porch light on", "yes" if on[0] else "no", "yesno", "state_yesno", False)
    q("which thermostat mode is selected", mode, "text", "selected", True)
    n_on = sum(on); assert n_on * 2 != len(on)
    q("are more of the devices on than off?", "yes" if n_on * 2 > len(on) else "no", "yesno", "count_compare", False)


def router():
    name = "ui_router_clients"
    r = rng(name)
    scene(name, "table", "router admin: connected devices", "light blue admin UI, 1200 px", "clients with IP, MAC, band, traffic")
    names = ["Pixel-8", "LG-OLED-TV", "MacBook-Air", "ESP32-plant", "iPad-kids", "NAS-DS220", "Galaxy-Tab", "printer-HP"]
    rows = []
    used = r.sample(range(40, 9800), len(names))
    for i, (n, u) in enumerate(zip(names, used)):
        band = "Ethernet" if n in ("NAS-DS220",) else r.choice(["2.4 GHz", "5 GHz", "5 GHz"])
        if n == "ESP32-plant":
            band = "2.4 GHz"
        rows.append((n, f"192.168.8.{100 + i * 3 + r.randint(0, 2)}", ":".join(f"{r.getrandbits(8):02X}" for _ in range(6)), band, u))
    fmtmb = lambda m: f"{m / 1000:.2f} GB" if m >= 1000 else f"{m} MB"
    trs = "".join(f"<tr><td>{n}</td><td>{ip}</td><td class=m>{mac}</td><td>{b}</td><td>{fmtmb(u)}</td></tr>" for n, ip, mac, b, u in rows)
    body = f"""<div class=hd>GL·iNet Flint &nbsp; <span>Admin panel</span></div><div class=w><div class=nav><p>Internet</p><p>Wireless</p><p class=a>Clients</p><p>Firewall</p><p>System</p></div>
<div class=c><h2>Clients <span>({len(rows)} online)</span></h2><table><tr><th>Name</th><th>IP address</th><th>MAC</th><th>Connection</th><th>Traffic (today)</th></tr>{trs}</table></div></div>"""
    css = """body{font-size:14px;color:#1e293b}.hd{background:#0369a1;color:#fff;padding:14px 24px;font-size:18px}.hd span{font-size:13px;opacity:.8}.w{display:flex}.nav{width:170px;background:#f0f9ff;padding:10px 0;min-height:500px}
.nav p{padding:8px 22px;margin:0}.nav .a{background:#bae6fd;font-weight:bold}.c{flex:1;padding:10px 28px}h2 span{color:#64748b;font-weight:normal;font-size:16px}table{width:100%;border-collapse:collapse}
th{text-align:left;background:#e0f2fe;padding:9px}td{padding:9px;border-bottom:1px solid #e2e8f0}.m{font-family:'DejaVu Sans Mono';font-size:12.5px}"""
    render_html(name, body, 1200, 800, css, font="Roboto")
    k = r.randrange(len(rows))
    q(f"what's the IP of the {rows[k][0]}", rows[k][1], "code", "cell", True)
    q("how many devices are on 5 GHz", str(sum(1 for x in rows if x[3] == "5 GHz")), "count", "count", False)
    top = uniq_max(rows, key=lambda x: x[4])
    q("which device used the most data today", top[0], "text", "argmax", True)


def print_queue():
    name = "ui_print_queue"
    r = rng(name)
    scene(name, "dashboard", "printer queue window (Windows-like)", "light, 1000 px", "jobs with status, owner, pages, size, time")
    docs = ["Q3_board_pack_FINAL.pdf", "boarding-pass-LH2471.pdf", "Invoice_2024-118.docx", "kids_colouring_dinos.png",
            "Thesis_ch4_draft3.docx", "lease_agreement_signed.pdf"]
    owners = ["anna.berg", "tomas.h", "li.wen", "raj.patel"]
    rows = []
    t = dt.datetime(2024, 11, 4, 9, 12)
    for i, d in enumerate(r.sample(docs, 5)):
        t += dt.timedelta(minutes=r.randint(1, 9))
        st = "Printing" if i == 0 else ("Error - Paper jam" if i == 2 else "")
        rows.append((d, st, r.choice(owners), r.randint(1, 48), f"{r.randint(80, 9000)} KB", t.strftime("%H:%M:%S  04/11/2024")))
    trs = "".join(f"<tr><td>📄 {a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td><td>{f}</td></tr>" for a, b, c, d, e, f in rows)
    body = f"""<div class=win><div class=tt>Brother MFC-L3770CDW series - Use Printer Offline <span>— ☐ ✕</span></div><div class=menu>Printer &nbsp; Document &nbsp; View</div>
<table><tr><th>Document Name</th><th>Status</th><th>Owner</th><th>Pages</th><th>Size</th><th>Submitted</th></tr>{trs}</table><div class=sb>{len(rows)} document(s) in queue</div></div>"""
    css = """body{background:#5b7fa6;padding:30px}.win{background:#fff;border:1px solid #888;box-shadow:0 8px 30px #0006;font-size:13px;font-family:'Open Sans'}.tt{padding:8px 12px;display:flex;justify-content:space-between}
.menu{padding:4px 12px;border-bottom:1px solid #ddd}table{width:100%;border-collapse:collapse}th{text-align:left;font-weight:normal;border-right:1px solid #e5e5e5;border-bottom:1px solid #e5e5e5;padding:5px 8px;color:#333}
td{padding:5px 8px}.sb{border-top:1px solid #ddd;padding:4px 10px;margin-top:80px;color:#555}"""
    render_html(name, body, 1000, 700, css, font="Open Sans", bg="#5b7fa6")
    q("which document is printing right now", rows[0][0], "text", "lookup", True)
    q(f"how many pages is {rows[3][0]}", str(rows[3][3]), "number", "cell", True)
    q("what's wrong with the printer", "Paper jam", "error", "error", True)


def meds():
    name = "ui_medication_app"
    r = rng(name)
    scene(name, "form", "medication reminder app (mobile)", "light, lavender", "today's doses with times, checkmarks")
    sched = [("07:30", "Metformin 500 mg", 1), ("08:00", "Ramipril 5 mg", 1), ("12:30", "Metformin 500 mg", 1),
             ("18:00", "Atorvastatin 20 mg", 1), ("19:30", "Metformin 500 mg", 1), ("22:00", "Melatonin 2 mg", 1)]
    now_i = r.choice([2, 3])
    taken = [i < now_i for i in range(len(sched))]
    lis = "".join(f"<div class='d {'tk' if t else ''}'><span class=t>{tm}</span><div><b>{m}</b><small>{n} tablet · {'with food' if 'Metf' in m else 'water'}</small></div><span class=ck>{'✔ Taken' if t else '○'}</span></div>"
                  for (tm, m, n), t in zip(sched, taken))
    body = f"""<div class=ph><div class=sb>11:48</div><h2>Today</h2><p class=dt>Thursday, 14 March</p>{lis}<button>+ Add medication</button></div>"""
    css = """.ph{width:380px;margin:0 auto;padding:8px 20px;background:#f5f3ff;color:#2e1065;min-height:700px}.sb{font-size:12px}.dt{color:#7c3aed;margin-top:-10px}
.d{display:flex;gap:14px;align-items:center;background:#fff;border-radius:14px;padding:12px;margin:10px 0}.t{font-weight:bold;width:52px}.d div{flex:1}.d small{display:block;color:#6d28d9;font-size:12px}
.ck{color:#a78bfa}.tk{opacity:.6}.tk .ck{color:#16a34a}button{width:100%;padding:12px;border:0;border-radius:12px;background:#7c3aed;color:#fff;font-size:15px}"""
    render_html(name, body, 420, 900, css, font="Lato", bg="#f5f3ff")
    q(f"what's my next dose after {sched[now_i - 1][0]}", f"{sched[now_i][0]}", "time", "next", True)
    q("how many metformin tablets do I take per day", str(sum(n for _, m, n in sched if "Metformin" in m)), "count", "count", False)
    q("did i take the 08:00 one", "yes" if taken[1] else "no", "yesno", "state_yesno", False)


def tracking():
    name = "ui_parcel_tracking"
    r = rng(name)
    scene(name, "dashboard", "parcel tracking timeline", "light, 1100 px, vertical timeline", "events with date, time, place")
    ev = ["Shipment information received", "Picked up by courier", "Arrived at sorting centre", "Departed sorting centre",
          "Arrived at destination hub", "Customs clearance completed", "Out for delivery"]
    places = ["Shenzhen, CN", "Shenzhen, CN", "Hong Kong, HK", "Hong Kong, HK", "Leipzig, DE", "Leipzig, DE", "Brno, CZ"]
    t = dt.datetime(2024, 2, 5, 9, 40)
    rows = []
    for e, p in zip(ev, places):
        t += dt.timedelta(hours=r.randint(5, 40), minutes=r.randint(0, 59))
        rows.append((t, e, p))
    tn = f"LX{r.randint(100000000, 999999999)}CN"
    lis = "".join(f"<li class='{'cur' if i == len(rows) - 1 else ''}'><div class=tm>{x.strftime('%d.%m.%Y')}<br>{x.strftime('%H:%M')}</div><div><b>{e}</b><br><span>{p}</span></div></li>"
                  for i, (x, e, p) in reversed(list(enumerate(rows))))
    body = f"""<div class=pg><h1>Track your parcel</h1><div class=tn>Tracking number <b>{tn}</b> · Service: Priority Tracked · To: Brno 602 00</div>
<div class=badge>{rows[-1][1]}</div><ul>{lis}</ul></div>"""
    css = """.pg{width:820px;margin:0 auto;padding:20px;color:#1f2937}.tn{color:#4b5563}.badge{display:inline-block;background:#fef08a;padding:6px 14px;border-radius:20px;margin:14px 0;font-weight:bold}
ul{list-style:none;border-left:3px solid #d1d5db;margin-left:110px;padding-left:0}li{display:flex;gap:24px;padding:10px 0 10px 20px;position:relative}
li:before{content:'';position:absolute;left:-9px;top:16px;width:14px;height:14px;border-radius:50%;background:#9ca3af}.cur:before{background:#eab308}
.tm{position:absolute;left:-120px;width:95px;text-align:right;color:#6b7280;font-size:13px}li span{color:#6b7280}"""
    render_html(name, body, 1100, 1000, css, font="Open Sans")
    q("where's my parcel now / latest status?", rows[-1][1], "text", "latest", True)
    q("when was it picked up", rows[1][0].strftime("%d.%m.%Y"), "date", "lookup", True)


def accessibility():
    name = "ui_accessibility_settings"
    r = rng(name)
    scene(name, "form", "accessibility settings page", "dark, 1150 px", "radio group, toggles, checkbox, select")
    sizes = ["Small", "Default", "Large", "Extra large"]
    sz = r.choice(sizes[1:])
    filt = r.choice(["Grayscale", "Protanopia", "Deuteranopia"])
    tog = {"High contrast": r.random() < 0.5, "Reduce motion": r.random() < 0.5, "Screen reader hints": True, "Underline links": False}
    cb = {"Show captions on videos": True, "Read alerts aloud": False}
    rad = "".join(f"<label><input type=radio name=s {'checked' if s == sz else ''}> {s}</label>" for s in sizes)
    tg = "".join(f"<div class=row><span>{k}</span><label class=sw><input type=checkbox {'checked' if v else ''}><i></i></label></div>" for k, v in tog.items())
    cbs = "".join(f"<label class=cb><input type=checkbox {'checked' if v else ''}> {k}</label>" for k, v in cb.items())
    opts = "".join(f"<option {'selected' if o == filt else ''}>{o}</option>" for o in ["None", "Grayscale", "Protanopia", "Deuteranopia", "Tritanopia"])
    body = f"""<div class=w><div class=nav><p>System</p><p>Display</p><p class=a>Accessibility</p><p>Privacy</p><p>Updates</p></div><div class=c><h1>Accessibility</h1>
<section><h3>Text size</h3><div class=rads>{rad}</div></section><section><h3>Vision</h3>{tg}<div class=row><span>Colour filter</span><select>{opts}</select></div></section>
<section><h3>Hearing</h3>{cbs}</section></div></div>"""
    css = """body{background:#202124;color:#e8eaed}.w{display:flex}.nav{width:220px;padding:20px 0;background:#292a2d;min-height:700px}.nav p{padding:10px 26px;margin:0}.nav .a{background:#394457;color:#8ab4f8;border-radius:0 20px 20px 0}
.c{flex:1;padding:10px 40px}section{background:#292a2d;border-radius:10px;padding:6px 22px 14px;margin-bottom:16px}h3{color:#8ab4f8;font-size:15px}.rads label{margin-right:26px;font-size:16px}
input{accent-color:#8ab4f8;transform:scale(1.3);margin-right:8px}.row{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid #3c4043}
.sw input{display:none}.sw i{display:block;width:40px;height:22px;border-radius:11px;background:#5f6368;position:relative}.sw i:after{content:'';position:absolute;left:3px;top:3px;width:16px;height:16px;border-radius:50%;background:#bdc1c6}
.sw input:checked+i{background:#8ab4f8}.sw input:checked+i:after{left:21px;background:#fff}select{background:#3c4043;color:#e8eaed;border:0;padding:6px 10px;font-size:14px}.cb{display:block;padding:6px 0}"""
    render_html(name, body, 1150, 900, css, font="Roboto", bg="#202124")
    q("what text size is picked", sz, "text", "selected", True)
    q("reduce motion - on or off? yes if on", "yes" if tog["Reduce motion"] else "no", "yesno", "state_yesno", False)
    q("which colour filter is selected", filt, "text", "selected", True)


def sheet():
    name = "ui_budget_sheet"
    r = rng(name)
    scene(name, "table", "spreadsheet (web sheets app)", "light, 1280 px, grid with letters/numbers", "household budget by month with totals row")
    cats = ["Rent", "Groceries", "Utilities", "Transport", "Eating out", "Childcare", "Subscriptions"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    data = {}
    for c in cats:
        base = {"Rent": 1450, "Groceries": 520, "Utilities": 190, "Transport": 140, "Eating out": 160, "Childcare": 610, "Subscriptions": 48}[c]
        data[c] = [base if c in ("Rent", "Childcare") else round(base * r.uniform(0.7, 1.35), 2) for _ in months]
    tot = [round(sum(data[c][i] for c in cats), 2) for i in range(6)]
    letters = "ABCDEFGH"
    hdr = "<tr><th class=c0></th>" + "".join(f"<th>{l}</th>" for l in letters) + "</tr>"
    rows = [["Category"] + months + ["Total"]] + [[c] + [f"{v:,.2f}" for v in data[c]] + [f"{sum(data[c]):,.2f}"] for c in cats]
    rows.append(["TOTAL"] + [f"{v:,.2f}" for v in tot] + [f"{sum(tot):,.2f}"])
    body_rows = "".join(f"<tr><th class=c0>{i}</th>" + "".join(f"<td class='{'sel' if (i == 4 and j == 3) else ''}'>{v}</td>" for j, v in enumerate(rw)) + "</tr>" for i, rw in enumerate(rows, 1))
    body = f"""<div class=tb><b>Budget 2024</b> &nbsp; File Edit View Insert Format Data Tools</div><div class=fx><span>D4</span><span>fx</span><span>{rows[3][3].replace(',', '')}</span></div>
<table>{hdr}{body_rows}</table><div class=tabs><span class=a>Household</span><span>Savings</span><span>Notes</span></div>"""
    css = """body{font-size:13px;font-family:'Liberation Sans'}.tb{padding:10px 14px;border-bottom:1px solid #ddd}.fx{display:flex;gap:20px;padding:5px 14px;border-bottom:1px solid #ddd;color:#333}.fx span:first-child{width:60px;border-right:1px solid #ddd}
table{border-collapse:collapse}th{background:#f8f9fa;color:#5f6368;font-weight:normal;border:1px solid #e2e3e3;padding:3px;min-width:110px}.c0{min-width:40px}
td{border:1px solid #e2e3e3;padding:4px 8px;text-align:right}td:first-child{text-align:left}tr:nth-child(2) td{font-weight:bold;background:#e8f0fe}tr:last-child td{font-weight:bold;border-top:2px solid #333}
.sel{outline:2px solid #1a73e8}.tabs{margin-top:30px;background:#f1f3f4;padding:6px}.tabs span{padding:6px 16px}.tabs .a{background:#fff;color:#1a73e8;font-weight:bold}"""
    render_html(name, body, 1280, 700, css, font="Liberation Sans")
    q("how much went on groceries in march", f"{data['Groceries'][2]:,.2f}", "money", "cell", True)
    mi = tot.index(max(tot))
    assert sorted(tot)[-1] != sorted(tot)[-2]
    q("which month had the highest total spend", months[mi], "text", "argmax", True)
    q("average monthly spend on transport (Jan-Jun)?", f"{sum(data['Transport']) / 6:.2f}", "money", "mean", None)
    q("eating out: how much more in Jun than in Jan? negative if less", nstr(round(data["Eating out"][5] - data["Eating out"][0], 2)), "money", "subtract", False)


def code_review():
    name = "ui_code_review"
    r = rng(name)
    scene(name, "dashboard", "code review page (Gerrit-like)", "light, 1300 px", "change header, reviewer votes, file list with +/-")
    revs = ["Hanna Lindqvist", "Diego Alvarez", "Wei Zhang", "Olga Petrenko"]
    votes = ["+2", "+1", "-1", "0"]
    r.shuffle(votes)
    files = ["src/scheduler/queue.rs", "src/scheduler/worker.rs", "src/config.rs", "tests/queue_fairness.rs", "docs/scheduling.md"]
    add = r.sample(range(3, 240), len(files))
    dele = [r.randint(0, 60) for _ in files]
    owner = "Ravi Subramanian"
    fr = "".join(f"<tr><td>M</td><td class=f>{f}</td><td class=a>+{a}</td><td class=d>-{d}</td></tr>" for f, a, d in zip(files, add, dele))
    vr = "".join(f"<tr><td>{n}</td><td class='v {'neg' if v == '-1' else ('pos' if v.startswith('+') else '')}'>{v if v != '0' else ''}</td></tr>" for n, v in zip(revs, votes))
    body = f"""<div class=top>Gerrit &nbsp; CHANGES &nbsp; DOCUMENTATION &nbsp; BROWSE</div><div class=pg><div class=hd><span class=st>Active</span> 48213: <b>scheduler: make queue fair across tenants</b></div>
<div class=grid><div class=info><table><tr><td>Owner</td><td>{owner}</td></tr><tr><td>Repo | Branch</td><td>orbit-core | main</td></tr><tr><td>Updated</td><td>3 hours ago</td></tr>
<tr><td>Size</td><td>{sum(add) + sum(dele)} lines</td></tr></table><h4>Code-Review</h4><table class=vt>{vr}</table></div>
<div class=files><h4>Files <span>Patchset 4 of 4</span></h4><table><tr><th></th><th>File</th><th>+</th><th>-</th></tr>{fr}</table></div></div></div>"""
    css = """body{font-size:14px;color:#202124}.top{background:#3b5998;background:#2b4162;color:#fff;padding:12px 20px}.pg{padding:14px 22px}.hd{font-size:20px}.st{background:#e6f4ea;color:#137333;font-size:13px;padding:2px 8px;border-radius:4px}
.grid{display:flex;gap:30px;margin-top:14px}.info{width:420px}.info td{padding:5px 10px 5px 0}.info td:first-child{color:#5f6368}.files{flex:1}table{border-collapse:collapse}.files table{width:100%}
.files td,.files th{padding:6px;border-bottom:1px solid #e8eaed;text-align:left}.f{font-family:'DejaVu Sans Mono';font-size:13px}.a{color:#188038}.d{color:#d93025}.v{font-weight:bold;padding-left:20px}.neg{color:#d93025}.pos{color:#188038}
h4 span{color:#5f6368;font-weight:normal;margin-left:10px}"""
    render_html(name, body, 1300, 800, css, font="Roboto")
    q("who voted -1", revs[votes.index("-1")], "person", "lookup", True)
    fi = add.index(max(add))
    q("which file has the most added lines", files[fi], "text", "argmax", True)
    q("what's the change title", "scheduler: make queue fair across tenants", "text", "title", True)


def box_score():
    name = "ui_box_score"
    r = rng(name)
    scene(name, "table", "basketball box score (sports site)", "light, 1150 px", "players with MIN PTS REB AST, team totals")
    players = ["J. Okonkwo", "M. Petrović", "A. Lindgren", "D. Castillo", "K. Yamada", "T. Brennan", "L. Moreau", "S. Haddad"]
    pts = r.sample(range(2, 31), len(players))
    rows = [(p, r.randint(8, 36), pt, r.randint(1, 12), r.randint(0, 9)) for p, pt in zip(players, pts)]
    trs = "".join(f"<tr><td>{p}</td><td>{m}</td><td>{pt}</td><td>{rb}</td><td>{a}</td></tr>" for p, m, pt, rb, a in rows)
    tp = sum(x[2] for x in rows); tr_ = sum(x[3] for x in rows); ta = sum(x[4] for x in rows)
    body = f"""<div class=sc><div><b>Helsinki Harbour Seals</b><span>{tp}</span></div><div class=fin>FINAL</div><div><span>{tp - r.randint(3, 12)}</span><b>Tallinn Tides</b></div></div>
<h3>Harbour Seals — box score</h3><table><tr><th>Player</th><th>MIN</th><th>PTS</th><th>REB</th><th>AST</th></tr>{trs}
<tr class=t><td>Totals</td><td>200</td><td>{tp}</td><td>{tr_}</td><td>{ta}</td></tr></table>"""
    css = """body{padding:20px 40px;color:#111}.sc{display:flex;justify-content:space-between;align-items:center;background:#0c4a6e;color:#fff;padding:16px 30px;border-radius:8px;font-size:22px}.sc span{font-size:42px;margin:0 20px}.fin{font-size:14px;color:#7dd3fc}
table{width:100%;border-collapse:collapse;font-size:16px}th{text-align:right;background:#f1f5f9;padding:8px}th:first-child,td:first-child{text-align:left}td{text-align:right;padding:8px;border-bottom:1px solid #e2e8f0}.t td{font-weight:bold;border-top:2px solid #0c4a6e}"""
    render_html(name, body, 1150, 900, css, font="Roboto Condensed")
    top = uniq_max(rows, key=lambda x: x[2])
    q("top scorer?", top[0], "person", "argmax", True)
    k = r.randrange(len(rows))
    q(f"how many assists did {rows[k][0]} have", str(rows[k][4]), "number", "cell", True)
    m = rows[(k + 2) % len(rows)]
    q(f"points per minute for {m[0]}? 2 decimals", f"{m[2] / m[1]:.2f}", "number", "rate", False)


def election():
    name = "ui_election_results"
    r = rng(name)
    scene(name, "table", "election results page (news site)", "light, 1200 px, coloured party bars", "votes, %, seats, seat change")
    parties = [("Civic Alliance", "#2563eb"), ("Green Future", "#16a34a"), ("Labour Union Party", "#dc2626"), ("Liberal Centre", "#eab308"),
               ("National Renewal", "#1e3a8a"), ("Pirate List", "#7c3aed")]
    votes = r.sample(range(80000, 900000), len(parties))
    totv = sum(votes)
    seats_total = 101
    shares = [v / totv for v in votes]
    seats = [round(s * seats_total) for s in shares]
    seats[seats.index(max(seats))] += seats_total - sum(seats)
    chg = [r.randint(-8, 8) for _ in parties]
    order = sorted(range(len(parties)), key=lambda i: -votes[i])
    trs = "".join(f"<tr><td><i style='background:{parties[i][1]}'></i>{parties[i][0]}</td><td>{votes[i]:,}</td><td>{shares[i] * 100:.1f}%</td><td>{seats[i]}</td><td>{chg[i]:+d}</td></tr>" for i in order)
    body = f"""<div class=mast>THE NORTHERN LEDGER</div><div class=pg><h1>Regional election 2024: full results</h1><p class=by>Updated 23:41 · 100% of districts counted · {seats_total} seats · majority 51</p>
<table><tr><th>Party</th><th>Votes</th><th>Share</th><th>Seats</th><th>+/-</th></tr>{trs}</table></div>"""
    css = """.mast{font-family:'P052';font-size:34px;text-align:center;padding:14px;border-bottom:3px double #111}.pg{width:900px;margin:0 auto}h1{font-family:'P052'}.by{color:#666}
table{width:100%;border-collapse:collapse;font-size:17px}th{text-align:right;border-bottom:2px solid #111;padding:8px}th:first-child,td:first-child{text-align:left}td{text-align:right;padding:9px 8px;border-bottom:1px solid #ddd}
td i{display:inline-block;width:14px;height:14px;margin-right:10px;vertical-align:-1px}"""
    render_html(name, body, 1200, 900, css, font="Source Sans Pro, Lato")
    a, b = order[1], order[3]
    assert seats[order[0]] > seats[order[1]]
    q(f"how many seats did {parties[a][0]} win", str(seats[a]), "number", "cell", True)
    q(f"what share of the vote did {parties[b][0]} get", f"{shares[b] * 100:.1f}%", "percent", "share", True)
    q(f"seat gap between {parties[order[0]][0]} and {parties[a][0]}?", str(seats[order[0]] - seats[a]), "number", "difference", False)
    q(f"how many times more votes did {parties[order[0]][0]} get than {parties[order[-1]][0]}", f"{votes[order[0]] / votes[order[-1]]:.2f}", "number", "ratio", False)


def docs_page():
    name = "ui_docs_toc"
    r = rng(name)
    scene(name, "docs", "CLI tool documentation page with sidebar TOC", "light, 1300 px, sidebar + on-this-page",
          "version selector, nav tree, page sections, option table")
    ver = f"3.{r.randint(2, 9)}.{r.randint(0, 4)}"
    sections = ["Installation", "Quick start", "Configuration file", "Watch rules", "Notifications", "Running as a service", "Troubleshooting"]
    otp = ["Synopsis", "Options", "Exit codes", "Examples"]
    opts = [("--interval", "30s", "How often the tide tables are polled"), ("--station", "none", "Station id, e.g. NO-BGO"),
            ("--threshold", "1.8m", "Alert when water level exceeds this"), ("--quiet", "false", "Suppress non-error output")]
    nav = "".join(f"<li class='{'a' if s == 'Watch rules' else ''}'>{s}</li>" for s in sections)
    ot = "".join(f"<li>{s}</li>" for s in otp)
    tr = "".join(f"<tr><td><code>{a}</code></td><td><code>{b}</code></td><td>{c}</td></tr>" for a, b, c in opts)
    body = f"""<div class=top><b>tidewatch</b><span class=ver>v{ver} ▾</span><span class=s>Search docs…</span></div><div class=w><ul class=nav>{nav}</ul>
<div class=main><p class=bc>Docs › Usage › Watch rules</p><h1>Watch rules</h1><p>A watch rule tells <code>tidewatch</code> which stations to poll and when to raise an alert.</p>
<h2>Synopsis</h2><pre>tidewatch watch --station NO-BGO --threshold 2.1m</pre><h2>Options</h2><table><tr><th>Flag</th><th>Default</th><th>Description</th></tr>{tr}</table>
<h2>Exit codes</h2><p><code>0</code> ok · <code>3</code> station unreachable · <code>4</code> threshold exceeded</p></div><div class=otp><b>On this page</b><ul>{ot}</ul></div></div>"""
    css = """body{font-size:15px;color:#24292f}.top{display:flex;gap:20px;align-items:center;padding:12px 24px;border-bottom:1px solid #e5e7eb}.ver{background:#eef2ff;color:#4338ca;padding:2px 10px;border-radius:12px;font-size:13px}
.s{margin-left:auto;border:1px solid #d1d5db;border-radius:6px;padding:4px 60px 4px 10px;color:#9ca3af}.w{display:flex}.nav{width:220px;list-style:none;padding:16px;margin:0;border-right:1px solid #e5e7eb}
.nav li{padding:6px 10px}.nav .a{background:#eef2ff;color:#4338ca;border-radius:6px;font-weight:bold}.main{flex:1;padding:0 36px}.bc{color:#6b7280;font-size:13px}pre{background:#f6f8fa;padding:12px}
table{border-collapse:collapse;width:100%}td,th{border:1px solid #e5e7eb;padding:6px 10px;text-align:left}.otp{width:200px;padding:20px;font-size:14px}.otp ul{padding-left:16px}.otp li{padding:3px 0}"""
    render_html(name, body, 1300, 900, css, font="Open Sans")
    q("which tidewatch version are these docs for", ver, "version", "version", True)
    q("what's the default --threshold", "1.8m", "text", "cell", True)
    q("what's the third section in the sidebar", sections[2], "text", "nth", True)


def email_view():
    name = "ui_email_view"
    r = rng(name)
    scene(name, "dashboard", "mail client reading pane", "light, 1250 px, folder list + message", "from/to/cc, subject, attachments with sizes")
    sender = r.choice(["Beatriz Monteiro", "Oskar Nieminen", "Fatima Zahra El Idrissi"])
    cc = r.sample(["Paul Okeke", "Sanna Virtanen", "Giorgos Pappas", "Emma Schultz"], 2)
    att = [("floorplan_v3.pdf", r.randint(800, 4000)), ("quote_electrics.xlsx", r.randint(20, 300)), ("site_photos.zip", r.randint(5000, 40000)),
           ("permit_letter.docx", r.randint(30, 500))]
    att = r.sample(att, 3)
    fsz = lambda k: f"{k / 1024:.1f} MB" if k >= 1024 else f"{k} KB"
    ats = "".join(f"<div class=at>📎 {n}<small>{fsz(s)}</small></div>" for n, s in att)
    body = f"""<div class=w><div class=fl><p class=a>Inbox <b>12</b></p><p>Drafts</p><p>Sent</p><p>Archive</p><p>Junk</p></div><div class=m>
<h2>Renovation: updated plans + quote</h2><div class=hd><div class=av>{sender[0]}</div><div><b>{sender}</b> &lt;{sender.split()[0].lower()}@studio-arkos.eu&gt;<br>
<small>To: Mikkel Dahl · Cc: {cc[0]}; {cc[1]}</small></div><div class=dt>Tue 09/07/2024 16:22</div></div><div class=ats>{ats}</div>
<p>Hi Mikkel,</p><p>attached are the updated floor plan, the electrician's quote and the photos from Friday's site visit. Could you confirm the kitchen window size by <b>Friday 12 July</b>?</p><p>Best,<br>{sender.split()[0]}</p></div></div>"""
    css = """.w{display:flex;font-size:15px;color:#222}.fl{width:190px;background:#f3f4f6;padding:10px 0;min-height:600px}.fl p{padding:8px 20px;margin:0}.fl .a{background:#dbeafe}.m{flex:1;padding:6px 30px}
.hd{display:flex;gap:14px;align-items:center;border-bottom:1px solid #e5e7eb;padding-bottom:12px}.av{width:44px;height:44px;border-radius:50%;background:#0891b2;color:#fff;display:flex;align-items:center;justify-content:center;font-size:20px}
.hd small{color:#555}.dt{margin-left:auto;color:#666;font-size:13px}.ats{display:flex;gap:12px;margin:14px 0}.at{border:1px solid #d1d5db;border-radius:6px;padding:8px 12px;font-size:14px}.at small{display:block;color:#6b7280}"""
    render_html(name, body, 1250, 800, css, font="Lato")
    q("who sent this", sender, "person", "party", True)
    q("who's cc'd", f"{cc[0]}; {cc[1]}", "person", "party", True)
    big = uniq_max(att, key=lambda x: x[1])
    q("which attachment is the biggest", big[0], "text", "argmax", True)


def roadmap_slide():
    name = "ui_roadmap_slide"
    r = rng(name)
    scene(name, "slide", "presentation slide: roadmap timeline", "dark navy 16:9, 1280x720", "title, quarter milestones, slide number")
    ms = [("Q1", "Beta for 20 pilot farms"), ("Q2", "Offline mode + Android app"), ("Q3", "Marketplace launch in Kenya"),
          ("Q4", "Series A close"), ("Q1 '26", "Expansion to Tanzania")]
    n = r.randint(6, 14)
    items = "".join(f"<div class=m><div class=dot></div><b>{a}</b><p>{b}</p></div>" for a, b in ms)
    body = f"""<div class=s><div class=k>AGRILINK · BOARD UPDATE</div><h1>2025 Product Roadmap</h1><div class=line></div><div class=ms>{items}</div>
<div class=ft><span>Confidential</span><span>{n} / 18</span></div></div>"""
    css = """.s{width:1280px;height:720px;background:radial-gradient(circle at 80% 10%,#1e3a8a,#0b1120 60%);color:#e2e8f0;position:relative;padding:60px 80px;box-sizing:border-box}
.k{color:#38bdf8;letter-spacing:3px;font-size:15px}h1{font-size:54px;margin:10px 0 70px}.line{display:none}
.ms{display:flex;justify-content:space-between;border-top:4px solid #38bdf8}.m{width:200px;position:relative;padding-top:40px}.dot{position:absolute;top:-17px;left:0;width:22px;height:22px;border-radius:50%;background:#0ea5e9;border:4px solid #0b1120}
.m b{font-size:26px;color:#fbbf24}.m p{font-size:18px}.ft{position:absolute;bottom:26px;left:80px;right:80px;display:flex;justify-content:space-between;color:#64748b}"""
    render_html(name, body, 1280, 720, css, font="Cantarell", crop=False)
    q("slide title?", "2025 Product Roadmap", "text", "title", True)
    q("what's planned for Q3", ms[2][1], "text", "lookup", True)
    q("what milestone comes after the Series A close", ms[4][1], "text", "next", True)


def build():
    for fn in (gh_actions, arrivals, delivery, app_store, podcast, playlist, sql_client, log_viewer, smart_home, router,
               print_queue, meds, tracking, accessibility, sheet, code_review, box_score, election, docs_page, email_view,
               roadmap_slide):
        fn()
