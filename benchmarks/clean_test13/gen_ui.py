"""Screens: docs, tables, forms, dashboards, calendars, chat, email, boards, slides, shop pages."""
import datetime as dt
import random
from common import Q, scene, page, esc, eur, usd, dec_comma

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def scenes(seed):
    rng = random.Random(seed + 3)
    out = []

    # 1 API docs with sidebar + TOC
    params = [("limit", "integer", "20", "Maximum number of invoices to return (1–100)."),
              ("starting_after", "string", "—", "Cursor for pagination; an invoice ID."),
              ("status", "string", "open", "One of draft, open, paid, void."),
              ("expand", "array", "[]", "Related objects to expand inline."),
              ("created_gte", "timestamp", "—", "Only invoices created on or after this time.")]
    rows = "".join(f"<tr><td><code>{n}</code></td><td>{t}</td><td><code>{d}</code></td><td>{esc(x)}</td></tr>" for n, t, d, x in params)
    css = """body{font-family:'Lato',sans-serif;font-size:15px;display:flex;color:#1f2937} .sb{width:240px;background:#f8fafc;border-right:1px solid #e5e7eb;padding:20px;height:100vh}
    .sb div{padding:5px 8px;color:#475569} .sb .on{background:#e0e7ff;color:#3730a3;border-radius:6px;font-weight:bold} .sb h4{margin:14px 0 4px;color:#94a3b8;font-size:12px;text-transform:uppercase}
    .m{flex:1;padding:30px 40px} .toc{width:220px;padding:30px 16px;font-size:13px;color:#64748b;border-left:1px solid #e5e7eb} .toc div{padding:4px 0}
    code{font-family:'DejaVu Sans Mono';font-size:13px;background:#f1f5f9;padding:1px 4px} td,th{border-bottom:1px solid #e5e7eb;padding:8px;text-align:left;vertical-align:top}
    .ep{background:#0f172a;color:#e2e8f0;padding:12px;border-radius:6px;font-family:'DejaVu Sans Mono';font-size:14px} .get{color:#34d399;font-weight:bold}
    .note{background:#fef3c7;border-left:4px solid #f59e0b;padding:10px;margin:16px 0}"""
    body = f"""<div class='sb'><b style='font-size:18px'>Ledgerly API</b> <small>v3.2</small><h4>Getting started</h4><div>Authentication</div><div>Errors</div><div>Rate limits</div>
    <h4>Resources</h4><div>Customers</div><div class='on'>Invoices</div><div>Payments</div><div>Refunds</div><div>Webhooks</div></div>
    <div class='m'><h1 style='margin-top:0'>List invoices</h1><div class='ep'><span class='get'>GET</span> /v3/invoices</div>
    <p>Returns a paginated list of invoices, most recent first.</p><h3>Query parameters</h3>
    <table style='width:100%'><tr><th>Name</th><th>Type</th><th>Default</th><th>Description</th></tr>{rows}</table>
    <div class='note'>Rate limit: 120 requests per minute per API key. Exceeding it returns <code>429 Too Many Requests</code>.</div></div>
    <div class='toc'><b>On this page</b><div>Endpoint</div><div>Query parameters</div><div>Response</div><div>Errors</div><div>Changelog</div></div>"""
    out.append(scene("docs_ledgerly", "docs_page", 1280, 720, page(body, css), qs=[
        Q("what's the default page size (limit)?", "20", "number", "table_cell", True),
        Q("what HTTP method does list invoices use", "GET", "code", "field_read", True),
        Q("how many requests per minute am I allowed", "120", "number", "field_read", True),
        Q("which section of the sidebar is currently selected", "Invoices", "text", "control_state", True),
    ]))

    # 2 Changelog
    rel = [("4.2.0", "2026-08-19", ["Added dark mode for the editor", "Added CSV export for reports", "Fixed crash when pasting images"]),
           ("4.1.2", "2026-07-30", ["Fixed timezone offset in reminders"]),
           ("4.1.1", "2026-07-22", ["Security: updated OpenSSL to 3.3.2", "Fixed typo in German translation"]),
           ("4.1.0", "2026-07-01", ["Added offline mode", "Deprecated legacy sync API", "Improved startup time by 30%"]),
           ("4.0.0", "2026-05-14", ["Breaking: dropped Windows 8 support", "New plugin system", "Added Italian and Dutch locales"])]
    h = "".join(f"<h2>[{v}] – {d}</h2><ul>" + "".join(f"<li>{esc(x)}</li>" for x in it) + "</ul>" for v, d, it in rel)
    css = "body{font-family:'DejaVu Serif',serif;padding:30px 60px;max-width:900px} h2{font-size:19px;border-bottom:1px solid #ddd;padding-bottom:4px;font-family:'DejaVu Sans'} li{margin:3px 0}"
    out.append(scene("changelog_notepad", "changelog", 900, 900, page("<h1>Changelog — Quillnote</h1>" + h, css), qs=[
        Q("which version added offline mode?", "4.1.0", "version", "field_read", True),
        Q("when was 4.1.2 released", "2026-07-30", "date", "field_read", True),
        Q("what's the oldest release listed", "4.0.0", "version", "ordinal", True),
        Q("how many changes are listed under 4.2.0", str(len(rel[0][2])), "count", "count", False),
    ]))

    # 3 README page (GitHub-like)
    css = """body{font-family:'Liberation Sans';background:#f6f8fa;padding:20px} .top{display:flex;gap:10px;align-items:center;font-size:20px} .box{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin-top:14px;display:flex}
    .main{flex:1;padding:24px 32px;border-right:1px solid #d0d7de} .side{width:300px;padding:20px;font-size:14px;color:#57606a} pre{background:#f6f8fa;padding:12px;border-radius:6px;font-family:'DejaVu Sans Mono';font-size:13px}
    .badge{display:inline-block;background:#555;color:#fff;font-size:12px;border-radius:3px;overflow:hidden;margin-right:4px} .badge span{padding:2px 6px;display:inline-block} .tag{background:#ddf4ff;color:#0969da;border-radius:10px;padding:2px 8px;margin:2px;display:inline-block;font-size:12px}"""
    body = """<div class='top'><b>kveldulf</b> / <b>tinyqueue</b> <span style='font-size:12px;border:1px solid #aaa;border-radius:10px;padding:1px 7px'>Public</span><span style='margin-left:auto;font-size:14px'>★ Star 2.3k &nbsp; Forks 187</span></div>
    <div class='box'><div class='main'><h1>tinyqueue</h1><span class='badge'><span>build</span><span style='background:#2da44e'>passing</span></span><span class='badge'><span>coverage</span><span style='background:#dfb317'>87%</span></span><span class='badge'><span>pypi</span><span style='background:#007ec6'>v1.8.3</span></span>
    <p>A tiny, dependency-free job queue backed by SQLite. Supports retries, delays and priorities.</p><h2>Installation</h2><pre>pip install tinyqueue</pre><h2>Quick start</h2>
    <pre>from tinyqueue import Queue\nq = Queue("jobs.db")\nq.put({"email": "a@b.c"}, priority=5, delay=30)\njob = q.get(timeout=10)</pre><h2>Requirements</h2><ul><li>Python 3.9+</li><li>SQLite 3.35 or newer</li></ul></div>
    <div class='side'><b>About</b><p>Tiny persistent job queue for Python</p><span class='tag'>queue</span><span class='tag'>sqlite</span><span class='tag'>python</span><p>⚖ BSD-3-Clause license</p><p>41 watching</p><b>Releases 23</b><p>v1.8.3 <span style='color:#1a7f37;border:1px solid #1a7f37;border-radius:10px;padding:0 6px;font-size:11px'>Latest</span><br>on Oct 2, 2026</p></div></div>"""
    out.append(scene("readme_tinyqueue", "readme", 1200, 760, page(body, css), qs=[
        Q("what license is tinyqueue under", "BSD-3-Clause", "text", "field_read", True),
        Q("test coverage?", "87%", "percent", "field_read", True),
        Q("minimum python version", "3.9", "version", "field_read", False),
        Q("is the build passing", "yes", "yesno", "yesno", False),
    ]))

    # 4 Spreadsheet grid
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    regions = ["North", "South", "East", "West", "Central"]
    vals = {r: [rng.randint(120, 480) * 10 for _ in months] for r in regions}
    cols = "ABCDEFGH"
    hdr = "<tr><th class='rn'></th>" + "".join(f"<th class='cl'>{c}</th>" for c in cols) + "</tr>"
    grid = [["Region"] + months + ["Total"]] + [[r] + [f"{v:,}" for v in vals[r]] + [f"{sum(vals[r]):,}"] for r in regions]
    rows = ""
    for i in range(1, 10):
        cells = grid[i - 1] if i - 1 < len(grid) else [""] * 8
        rows += f"<tr><td class='rn'>{i}</td>" + "".join(f"<td class='{'h' if i==1 else ''}{' n' if j>0 else ''}{' sel' if (i==4 and j==2) else ''}'>{c}</td>" for j, c in enumerate(cells)) + "</tr>"
    css = """body{font-family:'Liberation Sans';font-size:14px} .bar{background:#217346;color:#fff;padding:8px 14px} .fx{border-bottom:1px solid #ccc;padding:5px 10px;font-family:'DejaVu Sans Mono';font-size:13px}
    td,th{border:1px solid #d4d4d4;height:26px;padding:2px 8px;min-width:92px} .rn{background:#f0f0f0;color:#555;min-width:36px;text-align:center} .cl{background:#f0f0f0;color:#555;font-weight:normal}
    .h{font-weight:bold;background:#e2efda} .n{text-align:right} .sel{outline:2px solid #217346}"""
    body = f"<div class='bar'>Regional_sales_H1.xlsx — Sheet1</div><div class='fx'>C4 &nbsp; fx &nbsp; {vals[regions[2]][1]}</div><table>{hdr}{rows}</table>"
    tot = {r: sum(vals[r]) for r in regions}
    best = max(regions, key=lambda r: tot[r])
    aprmin = min(regions, key=lambda r: vals[r][3])
    out.append(scene("sheet_sales", "spreadsheet", 1100, 360, page(body, css), qs=[
        Q("what's in C4", f"{vals['East'][1]:,}", "number", "table_cell", True),
        Q("which region had the highest H1 total", best, "text", "argmax", True),
        Q("lowest region in April?", aprmin, "text", "argmin", True),
        Q("how much did South sell in Jan and Feb combined", f"{vals['South'][0]+vals['South'][1]:,}", "number", "arithmetic", False),
    ]))

    # 5 Leaderboard
    players = ["Freja_N", "kodama", "LeoRossi", "M4rta", "jbaptiste", "sunwoo", "Ola.K", "tiagoPT"]
    pts = sorted(rng.sample(range(1800, 3400), len(players)), reverse=True)
    wins = [rng.randint(10, 60) for _ in players]
    rows = "".join(f"<tr class='{'me' if p=='M4rta' else ''}'><td>{i+1}</td><td>{p}</td><td class='n'>{pt:,}</td><td class='n'>{w}</td></tr>" for i, (p, pt, w) in enumerate(zip(players, pts, wins)))
    css = """body{background:#111827;color:#e5e7eb;font-family:'Lato';padding:30px} table{width:640px;margin:auto} h2{text-align:center;color:#fbbf24}
    td,th{padding:10px 14px;border-bottom:1px solid #374151;text-align:left} .n{text-align:right} .me{background:#1e3a8a}"""
    mw = max(range(len(players)), key=lambda i: wins[i])
    out.append(scene("leaderboard_arena", "leaderboard", 760, 560, page("<h2>Season 7 — Ranked Ladder</h2><table><tr><th>#</th><th>Player</th><th class='n'>Points</th><th class='n'>Wins</th></tr>" + rows + "</table>", css), qs=[
        Q("what rank is M4rta (highlighted row)", str(players.index("M4rta") + 1), "number", "control_state", True),
        Q("how many points behind first place is kodama", f"{pts[0]-pts[1]:,}", "number", "arithmetic", False),
        Q("who has the most wins", players[mw], "person", "argmax", True),
        Q("who's 3rd and how many points do they have", f"{players[2]}, {pts[2]:,}", "text", "multi_part", False),
    ]))

    # 6 Web form
    css = """body{font-family:'Liberation Sans';background:#eef2f7;padding:30px} .f{width:720px;margin:auto;background:#fff;padding:28px;border-radius:10px}
    label{display:block;margin:6px 0} .in{border:1px solid #bbb;border-radius:4px;padding:7px;width:100%;margin-bottom:10px} .sec{font-weight:bold;margin-top:16px}
    .cb{display:inline-block;width:16px;height:16px;border:2px solid #555;border-radius:3px;vertical-align:middle;margin-right:6px;text-align:center;line-height:12px;font-size:13px;color:#fff}
    .cb.on{background:#2563eb;border-color:#2563eb} .rd{display:inline-block;width:16px;height:16px;border:2px solid #555;border-radius:50%;vertical-align:middle;margin-right:6px}
    .rd.on{border:5px solid #2563eb} .sel{border:1px solid #bbb;border-radius:4px;padding:7px;width:260px;display:flex;justify-content:space-between}
    .btn{background:#2563eb;color:#fff;padding:10px 22px;border-radius:5px;display:inline-block;margin-top:14px}"""
    interests = [("Hiking", True), ("Cycling", False), ("Climbing", True), ("Kayaking", True), ("Photography", False), ("Trail running", True)]
    sizes = [("S", False), ("M", False), ("L", True), ("XL", False)]
    cbs = "".join(f"<label><span class='cb {'on' if v else ''}'>{'✓' if v else ''}</span>{n}</label>" for n, v in interests)
    rds = "".join(f"<label style='display:inline-block;margin-right:18px'><span class='rd {'on' if v else ''}'></span>{n}</label>" for n, v in sizes)
    body = f"""<div class='f'><h2 style='margin-top:0'>Join the Trailhead Club</h2><div>Full name</div><div class='in'>Sanne de Wit</div><div>Email</div><div class='in'>sanne.dewit@example.nl</div>
    <div>Home club</div><div class='sel'><span>Amsterdam – Noord</span><span>▾</span></div><div class='sec'>Interests</div>{cbs}<div class='sec'>T-shirt size</div>{rds}
    <div class='sec'>Newsletter</div><label><span class='cb'></span>Send me the monthly newsletter</label><label><span class='cb on'>✓</span>I accept the club rules</label><div class='btn'>Submit</div></div>"""
    out.append(scene("form_trailhead", "web_form", 800, 900, page(body, css), qs=[
        Q("how many interests are ticked", str(sum(v for _, v in interests)), "count", "count", False),
        Q("which t-shirt size did she pick", next(n for n, v in sizes if v), "text", "control_state", True),
        Q("is the newsletter box checked?", "no", "yesno", "control_state", False),
        Q("what home club is selected in the dropdown", "Amsterdam – Noord", "text", "control_state", True),
    ]))

    # 7 Settings page with toggles
    toggles = [("Two-factor authentication", True), ("Login alerts by email", True), ("Share usage analytics", False),
               ("Show profile in search", False), ("Auto-play videos", True), ("Desktop notifications", False), ("Dark mode", True)]
    tg = "".join(f"<div class='r'><span>{n}</span><span class='t {'on' if v else ''}'><i></i></span></div>" for n, v in toggles)
    css = """body{font-family:'Lato';display:flex;background:#fafafa} .nav{width:230px;background:#1f2937;color:#cbd5e1;height:100vh;padding:20px} .nav div{padding:9px}
    .nav .on{background:#374151;color:#fff;border-radius:6px} .m{padding:30px 40px;flex:1} .r{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #e5e7eb;width:620px;font-size:16px}
    .t{width:46px;height:26px;border-radius:13px;background:#cbd5e1;position:relative} .t i{position:absolute;width:20px;height:20px;border-radius:50%;background:#fff;top:3px;left:3px} .t.on{background:#10b981} .t.on i{left:23px}
    .dd{border:1px solid #ccc;padding:8px 12px;border-radius:6px;width:220px;display:flex;justify-content:space-between;background:#fff}"""
    body = f"""<div class='nav'><b style='font-size:18px;color:#fff'>Settings</b><br><br><div>Profile</div><div class='on'>Privacy &amp; security</div><div>Billing</div><div>Integrations</div></div>
    <div class='m'><h2 style='margin-top:0'>Privacy &amp; security</h2>{tg}<div class='r'><span>Session timeout</span><span class='dd'><span>30 minutes</span><span>▾</span></span></div>
    <div class='r'><span>Language</span><span class='dd'><span>Norsk (bokmål)</span><span>▾</span></span></div></div>"""
    out.append(scene("settings_privacy", "settings", 1100, 720, page(body, css), qs=[
        Q("is 2FA turned on", "yes", "yesno", "control_state", False),
        Q("is analytics sharing on?", "no", "yesno", "control_state", False),
        Q("how many of the toggles are enabled", str(sum(v for _, v in toggles)), "count", "count", False),
        Q("what's the session timeout set to", "30 minutes", "text", "control_state", True),
    ]))

    # 8 Dashboard KPIs
    kpis = [("Revenue", "€184.2k", +6.4), ("Orders", "3,912", +2.1), ("Avg. order value", "€47.09", +4.2),
            ("Refund rate", "3.8%", +0.9), ("New customers", "1,204", -11.3), ("Conversion", "2.61%", -0.4)]
    tiles = "".join(f"<div class='k'><div class='l'>{n}</div><div class='v'>{v}</div><div class='{'up' if d>0 else 'dn'}'>{'▲' if d>0 else '▼'} {abs(d):.1f}% vs last month</div></div>" for n, v, d in kpis)
    bars = [rng.randint(40, 100) for _ in range(14)]
    barhtml = "".join(f"<div style='height:{b*1.6}px;width:34px;background:#6366f1;margin-right:8px;align-self:flex-end'></div>" for b in bars)
    css = """body{font-family:'Lato';background:#f1f5f9;padding:24px} .top{display:flex;justify-content:space-between;align-items:center} .g{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;margin-top:16px}
    .k{background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px #0002} .l{color:#64748b} .v{font-size:32px;font-weight:bold;margin:6px 0} .up{color:#16a34a} .dn{color:#dc2626}
    .ch{background:#fff;border-radius:10px;padding:18px;margin-top:16px;display:flex;height:220px}"""
    worst = min(kpis, key=lambda k: k[2])
    body = f"<div class='top'><h2 style='margin:0'>Storefront overview — October 2026</h2><span style='background:#fff;border:1px solid #ccc;padding:6px 12px;border-radius:6px'>Last 30 days ▾</span></div><div class='g'>{tiles}</div><div class='ch'><div style='width:120px;color:#64748b'>Daily sessions (last 14 days)</div>{barhtml}</div>"
    out.append(scene("dashboard_storefront", "dashboard", 1200, 640, page(body, css), qs=[
        Q("what's the revenue this month", "€184.2k", "money", "field_read", True),
        Q("which KPI dropped the most", worst[0], "text", "argmin", True),
        Q("how many metrics went down vs last month", str(sum(k[2] < 0 for k in kpis)), "count", "count", False),
        Q("AOV change?", "▲ 4.2%", "percent", "field_read", False),
    ]))
    # AOV gold: keep simple percent
    out[-1]["qs"][-1] = Q("AOV change?", "+4.2%", "percent", "field_read", False)

    # 9 Week calendar
    start = dt.date(2026, 11, 16)
    evs = [(0, 9.0, 10.0, "Standup + planning", "#60a5fa"), (0, 14.0, 15.5, "Design review", "#f472b6"), (1, 11.0, 12.0, "1:1 with Hana", "#34d399"),
           (2, 8.5, 9.5, "Dentist", "#fbbf24"), (2, 13.0, 14.0, "Vendor call – Ferro", "#60a5fa"), (3, 10.0, 11.5, "Quarterly budget", "#f87171"),
           (4, 15.0, 16.0, "Demo day", "#a78bfa"), (4, 16.5, 18.0, "Team drinks", "#34d399")]
    colw, top, hh = 220, 50, 48

    def hm(x):
        return f"{int(x):02d}:{int(round((x % 1) * 60)):02d}"
    heads = "".join(f"<div class='dh' style='left:{60+i*colw}px'>{['Mon','Tue','Wed','Thu','Fri'][i]} {(start+dt.timedelta(i)).day}</div>" for i in range(5))
    hours = "".join(f"<div class='hr' style='top:{top+(h-8)*hh}px'>{h:02d}:00</div>" for h in range(8, 19))
    evh = "".join(f"<div class='ev' style='left:{62+d*colw}px;top:{top+(s-8)*hh}px;height:{(e-s)*hh-4}px;background:{c}'><b>{esc(n)}</b><br>{hm(s)}–{hm(e)}</div>" for d, s, e, n, c in evs)
    css = f""".cal{{position:relative;height:{top+11*hh}px;font-family:'Liberation Sans';font-size:13px}} .dh{{position:absolute;top:10px;width:{colw}px;text-align:center;font-weight:bold}}
    .hr{{position:absolute;left:6px;color:#888;width:1160px;border-top:1px solid #eee}} .ev{{position:absolute;width:{colw-8}px;border-radius:6px;padding:4px 6px;color:#111;overflow:hidden}}"""
    body = f"<div style='padding:10px 16px;font:bold 20px Liberation Sans'>November 2026 · Week 47</div><div class='cal'>{heads}{hours}{evh}</div>"
    dent = evs[3]
    out.append(scene("calendar_week", "calendar", 1200, 640, page(body, css), qs=[
        Q("when's my dentist appointment", f"{WD[dent[0]]} {(start+dt.timedelta(dent[0])).day} November, {hm(dent[1])}", "time", "who_when_where", False),
        Q("what's the last thing on friday", "Team drinks", "text", "ordinal", True),
        Q("how long is the quarterly budget meeting", "%g hours" % (evs[5][2] - evs[5][1]), "number", "arithmetic", False),
        Q("how many meetings do I have on Wednesday", str(sum(e[0] == 2 for e in evs)), "count", "count", False),
    ]))

    # 10 Month calendar (French)
    mstart = dt.date(2026, 3, 1)
    events = {4: "Réunion CA 18h", 11: "Anniv. Léa", 17: "Livraison cuisine", 20: "Vacances ➜", 23: "Vacances", 27: "Dîner Dupont 20h"}
    cells = ["" for _ in range(mstart.weekday())]
    for d in range(1, 32):
        ev = events.get(d, "")
        cells.append(f"<b>{d}</b>" + (f"<div class='e'>{ev}</div>" if ev else ""))
    while len(cells) % 7:
        cells.append("")
    rows = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells[i:i+7]) + "</tr>" for i in range(0, len(cells), 7))
    css = """body{font-family:'DejaVu Sans';padding:20px;font-size:13px} td,th{border:1px solid #ccc;width:130px;height:84px;vertical-align:top;padding:4px} th{height:auto;background:#eef}
    .e{background:#dbeafe;border-radius:4px;padding:2px 4px;margin-top:4px;font-size:12px}"""
    body = "<h2>Mars 2026</h2><table><tr>" + "".join(f"<th>{d}</th>" for d in ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]) + "</tr>" + rows + "</table>"
    wd_fr = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    out.append(scene("calendar_month_fr", "calendar", 980, 640, page(body, css), qs=[
        Q("quel jour de la semaine tombe l'anniversaire de Léa ?", wd_fr[dt.date(2026, 3, 11).weekday()], "text", "who_when_where", False),
        Q("which date is the kitchen delivery", "17 March 2026", "date", "who_when_where", False),
        Q("how many entries are on the calendar this month", str(len(events)), "count", "count", False),
    ]))
    return out
