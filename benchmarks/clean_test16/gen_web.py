"""Web / app UI screenshots: docs, changelog, spreadsheet, forms, settings, dashboard, calendar, chat, inbox, kanban, ..."""
import datetime as dt

from common import Scene, page, esc, us, de, fr, WEEKDAYS_EN


def api_docs(rng):
    params = [("limit", "integer", "50", "Maximum number of records to return (1–500)."),
              ("cursor", "string", "—", "Opaque pagination cursor from a previous response."),
              ("status", "enum", "active", "Filter by status: active, archived, draft."),
              ("include_deleted", "boolean", "false", "Include soft-deleted records."),
              ("sort", "string", "-created_at", "Sort field; prefix with - for descending.")]
    side = ["Getting started", "Authentication", "Rate limits", "Errors", "Customers", "Orders", "List orders", "Retrieve an order",
            "Create an order", "Refunds", "Webhooks", "SDKs", "Changelog"]
    trs = "".join(f"<tr><td><code>{p}</code></td><td>{t}</td><td><code>{d}</code></td><td>{esc(x)}</td></tr>" for p, t, d, x in params)
    sb = "".join(f"<div class='{'act' if s == 'List orders' else ('sub' if s in ('Retrieve an order', 'Create an order') else '')}'>{s}</div>" for s in side)
    body = f"""<div class='top'><b>Quayline</b> API Reference <span class='v'>v3.2</span><input placeholder='Search docs…'></div>
    <div class='main'><div class='side'>{sb}</div><div class='content'><div class='crumb'>Orders / List orders</div><h1>List orders</h1>
    <div class='ep'><span class='m'>GET</span> <code>/v3/orders</code></div>
    <p>Returns a paginated list of orders for the authenticated merchant, newest first. Requires the <code>orders:read</code> scope.</p>
    <h3>Query parameters</h3><table><tr><th>Name</th><th>Type</th><th>Default</th><th>Description</th></tr>{trs}</table>
    <h3>Rate limit</h3><p>This endpoint allows <b>120 requests per minute</b> per API key. Exceeding it returns <code>429 Too Many Requests</code>.</p></div>
    <div class='toc'><b>On this page</b><div>Query parameters</div><div>Rate limit</div><div>Response</div><div>Examples</div></div></div>"""
    css = """body{font-size:14px;font-family:'Lato',sans-serif} .top{height:52px;background:#0f172a;color:#fff;padding:15px 24px;font-size:17px}
    .v{background:#334155;border-radius:4px;padding:2px 6px;font-size:12px;margin-left:6px} .top input{float:right;width:260px;padding:4px}
    .main{display:flex} .side{width:220px;background:#f8fafc;border-right:1px solid #e2e8f0;padding:14px 0;min-height:760px}
    .side div{padding:6px 20px;color:#334155} .side .sub{padding-left:36px} .side .act{padding-left:36px;background:#e0e7ff;color:#3730a3;font-weight:bold}
    .content{flex:1;padding:10px 36px} .crumb{color:#64748b} .ep{background:#f1f5f9;padding:8px;border-radius:4px;font-size:15px}
    .m{background:#16a34a;color:#fff;padding:2px 8px;border-radius:3px;font-weight:bold} table{width:100%} th{text-align:left;border-bottom:2px solid #cbd5e1;padding:6px}
    td{padding:6px;border-bottom:1px solid #e2e8f0} code{font-family:'DejaVu Sans Mono',monospace;font-size:13px;color:#be123c}
    .toc{width:200px;padding:20px;color:#475569;line-height:1.9;border-left:1px solid #e2e8f0}"""
    s = Scene("api_docs", "docs_page", html=page(body, css), size=(1280, 820))
    s.q("what's the default limit for list orders", "50", "number", "table_cell", True)
    s.q("which HTTP method does this endpoint use", "GET", "code", "field_read", True)
    s.q("how many requests per minute am I allowed", "120 requests per minute", "text", "field_read", True)
    s.q("what scope do I need?", "orders:read", "code", "field_read", True)
    return s


def changelog(rng):
    rel = [("4.3.0", "2026-10-28", ["Added: <code>--parallel</code> flag for batch exports", "Changed: default timeout raised to 60s", "Fixed: crash when config has BOM"]),
           ("4.2.2", "2026-09-30", ["Fixed: Windows path handling in watch mode", "Fixed: memory leak in long-running sessions"]),
           ("4.2.1", "2026-09-12", ["Security: bumped <code>urllib3</code> to 2.2.3"]),
           ("4.2.0", "2026-08-20", ["Added: YAML config support", "Added: <code>inkly doctor</code> command", "Deprecated: <code>--legacy-render</code>", "Removed: Python 3.8 support"]),
           ("4.1.0", "2026-07-02", ["Added: dark mode for HTML reports", "Fixed: progress bar flicker"])]
    blocks = "".join(f"<h2>[{v}] – {d}</h2><ul>{''.join(f'<li>{x}</li>' for x in items)}</ul>" for v, d, items in rel)
    body = f"""<div class='gh'><div class='hd'>inkly / <b>CHANGELOG.md</b></div><div class='md'><h1>Changelog</h1>
    <p>All notable changes to this project are documented here. Format based on Keep a Changelog.</p>{blocks}</div></div>"""
    css = """body{background:#f6f8fa;padding:20px;font-family:'Liberation Sans',sans-serif;font-size:15px} .gh{width:860px;margin:auto;background:#fff;border:1px solid #d0d7de;border-radius:6px}
    .hd{padding:10px 16px;border-bottom:1px solid #d0d7de;background:#f6f8fa} .md{padding:10px 32px} h1{border-bottom:1px solid #d8dee4;padding-bottom:6px}
    h2{font-size:19px;border-bottom:1px solid #eee;padding-bottom:4px;margin-top:20px} li{margin:3px 0} code{background:#eff1f3;padding:1px 4px;font-size:13px}"""
    s = Scene("changelog", "changelog", html=page(body, css), size=(900, 1000))
    s.q("latest version?", rel[0][0], "version", "ordinal", True)
    s.q("when did 4.2.1 come out", "2026-09-12", "date", "who_when_where", True)
    s.q("in which version was python 3.8 support removed", "4.2.0", "version", "field_read", True)
    return s


def spreadsheet(rng):
    regions = ["Nord", "Süd", "West", "Ost", "Mitte", "Alpen"]
    months = ["Jan", "Feb", "Mär", "Apr"]
    data = {r: [rng.randint(120, 980) for _ in months] for r in regions}
    cols = "ABCDEFG"
    hdr = "<tr><td class='corner'></td>" + "".join(f"<td class='ch{' sel' if c == 'C' else ''}'>{c}</td>" for c in cols) + "</tr>"
    rows = [["Region"] + months + ["Summe", ""]] + [[r] + [str(v) for v in data[r]] + [str(sum(data[r])), ""] for r in regions]
    body_rows = ""
    for i, row in enumerate(rows + [[""] * 7] * 3):
        cells = ""
        for j, v in enumerate(row):
            cls = "h" if i == 0 else ("n" if j > 0 else "")
            if i == 3 and j == 2:
                cls += " cur"
            cells += f"<td class='{cls}'>{v}</td>"
        body_rows += f"<tr><td class='rh'>{i + 1}</td>{cells}</tr>"
    body = f"""<div class='tb'>Umsatz_Regionen_2026.xlsx — Tabellenkalkulation</div><div class='menu'>Datei  Bearbeiten  Ansicht  Einfügen  Format  Daten  Extras  Hilfe</div>
    <div class='fx'><span class='nb'>C4</span> <i>fx</i> {data[regions[2]][1]}</div><table>{hdr}{body_rows}</table>
    <div class='tabs'><span class='on'>Q1-Q2</span><span>Rohdaten</span><span>Diagramm</span></div>"""
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:13px;background:#fff} .tb{background:#217346;color:#fff;padding:8px 14px}
    .menu{padding:6px 14px;border-bottom:1px solid #ccc;word-spacing:10px} .fx{padding:6px 14px;border-bottom:1px solid #ccc} .nb{border:1px solid #aaa;padding:1px 18px;margin-right:10px}
    table{margin:0} td{border:1px solid #d4d4d4;width:120px;height:24px;padding:2px 6px} td.rh,td.corner{width:40px;background:#eee;text-align:center;color:#555}
    td.ch{background:#eee;text-align:center;color:#555} td.sel{background:#d3e6d9} .h{font-weight:bold;background:#f3f3f3} .n{text-align:right}
    .cur{outline:2px solid #217346;outline-offset:-2px} .tabs{margin-top:12px;border-top:1px solid #ccc;padding:6px} .tabs span{padding:4px 14px;margin-right:4px;border:1px solid #ccc}
    .tabs .on{background:#fff;border-bottom:2px solid #217346;font-weight:bold}"""
    s = Scene("spreadsheet_de", "spreadsheet", html=page(body, css), size=(1100, 480))
    s.q("what's in cell C4", str(data[regions[2]][1]), "number", "table_cell", True)
    s.q("which region had the highest Summe", max(regions, key=lambda r: sum(data[r])), "text", "argmax", True)
    s.q("what's the value in E6", str(data[regions[4]][3]), "number", "table_cell", True)
    s.q("Ost: how much more in Apr than in Jan?", str(data["Ost"][3] - data["Ost"][0]), "number", "arithmetic", False)
    return s


def web_form(rng):
    body = """<div class='card'><h2>Registration – Riverside Half Marathon 2027</h2>
    <div class='row'><label>Full name</label><input value='Hana Kovačević'></div>
    <div class='row'><label>Email</label><input value='hana.kovacevic@postbox.hr'></div>
    <div class='row'><label>T-shirt size</label><div class='sel'>M (unisex) ▾</div></div>
    <div class='row'><label>Distance</label><div class='radios'><span class='rd'>○ 5K</span><span class='rd'>○ 10K</span><span class='rd on'>◉ Half marathon (21.1K)</span></div></div>
    <div class='row'><label>Extras</label><div><div class='cb on'>☑ Finisher medal engraving (+€6)</div><div class='cb'>☐ Race photos package (+€15)</div>
    <div class='cb on'>☑ Pasta party ticket (+€12)</div><div class='cb'>☐ Bus shuttle from station (+€4)</div></div></div>
    <div class='row'><label>Expected finish</label><input value='1:52:00'></div>
    <div class='row'><label></label><div class='cb on'>☑ I accept the terms and the medical waiver</div></div>
    <div class='btns'><button class='p'>Continue to payment</button><button>Save draft</button></div></div>"""
    css = """body{background:#eef2f7;padding:30px;font-family:'Liberation Sans',sans-serif;font-size:15px} .card{width:780px;margin:auto;background:#fff;padding:24px 34px;border-radius:8px}
    h2{color:#0e7490} .row{display:flex;margin:14px 0;align-items:flex-start} label{width:170px;color:#555;padding-top:6px} input{width:380px;padding:7px;border:1px solid #bbb;border-radius:4px;font-size:15px}
    .sel{width:200px;padding:7px;border:1px solid #bbb;border-radius:4px} .rd{margin-right:22px;font-size:16px} .rd.on{color:#0e7490;font-weight:bold}
    .cb{margin:5px 0;font-size:16px} .cb.on{color:#0e7490} .btns{margin-top:18px;padding-left:170px} button{padding:9px 18px;margin-right:10px;font-size:15px}
    button.p{background:#0e7490;color:#fff;border:0;border-radius:4px}"""
    s = Scene("web_form", "web_form", html=page(body, css), size=(860, 700))
    s.q("which distance is selected?", "Half marathon (21.1K)", "text", "control_state", True)
    s.q("how many extras did I tick", "2", "count", "control_state", False)
    s.q("is the race photos package selected", "no", "yesno", "control_state", False)
    s.q("what tshirt size did she choose", "M (unisex)", "text", "control_state", True)
    return s


def settings(rng):
    toggles = [("Two-factor authentication", "Require a code from your authenticator app at sign-in", True),
               ("Email digest", "Weekly summary of activity in your workspaces", False),
               ("Desktop notifications", "Show a banner when someone mentions you", True),
               ("Auto-archive finished tasks", "Move tasks to archive 14 days after completion", True),
               ("Share usage analytics", "Help us improve by sending anonymous usage data", False),
               ("Beta features", "Try new features before they are released", False)]
    rows = "".join(f"<div class='t'><div><div class='n'>{n}</div><div class='d'>{d}</div></div><div class='sw {'on' if v else ''}'><div class='k'></div></div>"
                   f"<span class='st'>{'On' if v else 'Off'}</span></div>" for n, d, v in toggles)
    body = f"""<div class='app'><div class='nav'><div class='logo'>Tasklane</div><div>Profile</div><div class='a'>Security &amp; notifications</div><div>Billing</div>
    <div>Integrations</div><div>Members</div></div><div class='c'><h2>Security &amp; notifications</h2>
    <div class='sub'>Language <select><option>Deutsch</option></select> &nbsp; Time zone <select><option>Europe/Vienna (UTC+01:00)</option></select></div>{rows}
    <button>Save changes</button></div></div>"""
    css = """body{font-family:'Lato',sans-serif;font-size:15px;background:#fafafa} .app{display:flex} .nav{width:240px;background:#1f2937;color:#cbd5e1;min-height:700px;padding:18px 0}
    .nav div{padding:9px 22px} .nav .logo{font-size:21px;color:#fff;font-weight:bold;margin-bottom:12px} .nav .a{background:#374151;color:#fff;border-left:4px solid #f59e0b}
    .c{padding:20px 40px;flex:1} .sub{margin-bottom:16px;color:#444} select{font-size:14px;padding:3px} .t{display:flex;align-items:center;background:#fff;border:1px solid #e5e7eb;padding:12px 18px;margin-bottom:8px;border-radius:6px;width:820px}
    .t>div:first-child{flex:1} .n{font-weight:bold} .d{color:#6b7280;font-size:13px} .sw{width:46px;height:24px;border-radius:12px;background:#d1d5db;position:relative}
    .sw.on{background:#10b981} .k{width:20px;height:20px;border-radius:10px;background:#fff;position:absolute;top:2px;left:2px} .sw.on .k{left:24px}
    .st{width:40px;text-align:right;color:#6b7280;font-size:13px} button{margin-top:10px;background:#f59e0b;border:0;padding:9px 20px;border-radius:5px;font-size:15px}"""
    s = Scene("settings", "settings_page", html=page(body, css), size=(1180, 700))
    s.q("is two-factor auth turned on?", "yes", "yesno", "control_state", False)
    s.q("Email digest — on or off", "Off", "text", "control_state", True)
    s.q("how many of the toggles are enabled", str(sum(v for *_, v in toggles)), "count", "control_state", False)
    s.q("which time zone is set", "Europe/Vienna (UTC+01:00)", "text", "field_read", True)
    return s


def dashboard(rng):
    rev, prev = rng.randint(180_000, 260_000), rng.randint(150_000, 240_000)
    orders = rng.randint(1800, 3200)
    aov = round(rev * 100 / orders)
    conv = rng.randint(180, 420)
    tiles = [("Revenue (Oct)", f"${rev:,}", f"{(rev - prev) * 100 / prev:+.1f}% vs Sep"), ("Orders", f"{orders:,}", "+4.2% vs Sep"),
             ("Avg. order value", f"${us(aov)}", "−1.3% vs Sep"), ("Conversion rate", f"{conv / 100:.2f}%", "+0.18 pp"),
             ("Refund rate", "2.7%", "+0.4 pp")]
    tl = "".join(f"<div class='tile'><div class='l'>{a}</div><div class='v'>{b}</div><div class='ch {'dn' if c.startswith(('−', '-')) else 'up'}'>{c}</div></div>" for a, b, c in tiles)
    chans = [("Organic search", rng.randint(500, 900)), ("Paid social", rng.randint(300, 700)), ("Email", rng.randint(200, 600)), ("Direct", rng.randint(300, 600)), ("Affiliates", rng.randint(50, 200))]
    tot = sum(v for _, v in chans)
    tr = "".join(f"<tr><td>{n}</td><td class='r'>{v:,}</td><td class='r'>{v * 100 / tot:.1f}%</td></tr>" for n, v in chans)
    body = f"""<div class='top'>Northpeak Outdoor · Sales overview <span>Oct 1 – Oct 31, 2026 ▾</span></div><div class='tiles'>{tl}</div>
    <div class='row'><div class='panel'><h3>Orders by channel</h3><table><tr><th>Channel</th><th class='r'>Orders</th><th class='r'>Share</th></tr>{tr}</table></div>
    <div class='panel'><h3>Alerts</h3><div class='al'>⚠ Stock low: Trail Runner GTX (size 42) – 3 left</div><div class='al'>⚠ Payment provider latency above 800 ms</div>
    <div class='ok'>✓ Nightly export completed 02:14</div></div></div>"""
    css = """body{background:#f1f5f9;font-family:'Liberation Sans',sans-serif;font-size:14px} .top{background:#fff;padding:14px 24px;font-size:18px;font-weight:bold;border-bottom:1px solid #ddd}
    .top span{float:right;font-weight:normal;font-size:14px;border:1px solid #ccc;padding:4px 10px} .tiles{display:flex;gap:14px;padding:18px 24px}
    .tile{flex:1;background:#fff;padding:14px 16px;border-radius:8px;box-shadow:0 1px 2px #ccc} .l{color:#64748b} .v{font-size:26px;font-weight:bold;margin:6px 0}
    .up{color:#15803d} .dn{color:#b91c1c} .row{display:flex;gap:14px;padding:0 24px} .panel{flex:1;background:#fff;border-radius:8px;padding:6px 18px 14px}
    table{width:100%} th,td{padding:6px;border-bottom:1px solid #eee;text-align:left} .r{text-align:right} .al{background:#fef3c7;padding:8px;margin:6px 0;border-radius:4px}
    .ok{background:#dcfce7;padding:8px;border-radius:4px}"""
    s = Scene("dashboard_kpi", "dashboard", html=page(body, css), size=(1300, 560))
    s.q("what was revenue in october", f"${rev:,}", "money", "field_read", True)
    s.q("avg order value?", f"${us(aov)}", "money", "field_read", True)
    best = max(chans, key=lambda c: c[1])
    s.q("which channel brought the most orders", best[0], "text", "argmax", True)
    s.q("how many orders came from email + direct combined", f"{chans[2][1] + chans[3][1]:,}", "number", "arithmetic", False)
    return s


def calendar_week(rng):
    days = [dt.date(2026, 11, 9) + dt.timedelta(days=i) for i in range(5)]
    events = [(0, 9.0, 1.0, "Sprint planning", "#bfdbfe"), (0, 14.0, 0.5, "1:1 with Marta", "#fde68a"), (1, 10.5, 1.5, "Design review – onboarding", "#c7d2fe"),
              (2, 8.5, 0.5, "Standup", "#bbf7d0"), (2, 13.0, 2.0, "Customer call: Lindholm AB", "#fecaca"), (3, 11.0, 1.0, "Dentist", "#e9d5ff"),
              (3, 15.5, 1.0, "Budget sync", "#fde68a"), (4, 16.0, 1.5, "Team drinks 🍻", "#fbcfe8")]
    def hm(x):
        return f"{int(x):02d}:{int(round((x % 1) * 60)):02d}"
    cols = ""
    for i, d in enumerate(days):
        evs = "".join(f"<div class='ev' style='top:{(s - 8) * 60}px;height:{dur * 60 - 4}px;background:{c}'><b>{esc(t)}</b>{' · ' if dur < 1 else '<br>'}{hm(s)} – {hm(s + dur)}</div>"
                      for di, s, dur, t, c in events if di == i)
        cols += f"<div class='col'><div class='dh'>{WEEKDAYS_EN[d.weekday()][:3]} {d.day}</div><div class='body'>{evs}</div></div>"
    hours = "".join(f"<div class='h'>{h:02d}:00</div>" for h in range(8, 18))
    body = f"""<div class='top'><b>November 2026</b> · Week 46 <span>Today &nbsp; ‹ › &nbsp; Day | <u>Week</u> | Month</span></div>
    <div class='grid'><div class='hours'><div class='dh'></div>{hours}</div>{cols}</div>"""
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:13px} .top{padding:12px 20px;font-size:18px;border-bottom:1px solid #ddd} .top span{float:right;font-size:14px}
    .grid{display:flex} .hours{width:60px} .h{height:60px;color:#777;text-align:right;padding-right:6px;border-top:1px solid #eee} .col{flex:1;border-left:1px solid #ddd}
    .dh{height:34px;text-align:center;padding-top:9px;font-weight:bold;border-bottom:1px solid #ddd} .body{position:relative;height:600px;
    background:repeating-linear-gradient(#fff 0,#fff 59px,#eee 59px,#eee 60px)} .ev{position:absolute;left:4px;right:4px;border-radius:4px;padding:3px 6px;overflow:hidden;line-height:1.3}"""
    s = Scene("calendar_week", "calendar", html=page(body, css), size=(1200, 700))
    s.q("when is the design review?", "10:30 – 12:00", "time", "who_when_where", True)
    s.q("what day is the dentist appointment", f"{WEEKDAYS_EN[days[3].weekday()]}", "text", "who_when_where", False)
    s.q("how many meetings do I have on wednesday", str(sum(1 for e in events if e[0] == 2)), "count", "count", False)
    s.q("what's the last thing on friday and when does it start", "Team drinks 🍻, 16:00", "text", "multi_part", False)
    return s


def chat(rng):
    msgs = [("Lotte", "09:02", "Morgen! Is the staging deploy done?", False), ("me", "09:05", "Almost – migrations are running", True),
            ("Lotte", "09:06", "ok. Klant wil de demo om 14:00 i.p.v. 15:00", False), ("Bram", "09:11", "I can do 14:00 👍", False),
            ("me", "09:12", "Works for me. I'll send the new invite", True), ("Lotte", "09:31", "Deploy is green, thanks!", False),
            ("Bram", "09:40", "Who's bringing the adapter for the projector?", False), ("me", "09:41", "I'll bring it", True)]
    bub = "".join(f"<div class='m {'me' if me else ''}'>{'' if me else f'<div class=n>{n}</div>'}{esc(t)}<span class='tm'>{tm}</span></div>" for n, tm, t, me in msgs)
    body = f"""<div class='ph'><div class='hd'>‹ <b>Demo Friday 🚀</b><div class='sub'>Lotte, Bram, You</div></div><div class='msgs'>{bub}</div>
    <div class='in'>Message</div></div>"""
    css = """body{background:#ccc;font-family:'Liberation Sans',sans-serif;font-size:15px} .ph{width:420px;margin:10px auto;background:#ece5dd;border-radius:16px;overflow:hidden}
    .hd{background:#075e54;color:#fff;padding:12px 16px;font-size:17px} .sub{font-size:12px;opacity:.8;margin-left:14px} .msgs{padding:10px}
    .m{background:#fff;max-width:78%;padding:6px 10px 16px;margin:6px 0;border-radius:8px;position:relative;min-width:90px} .m.me{background:#dcf8c6;margin-left:auto}
    .n{font-size:12px;color:#d35400;font-weight:bold} .tm{position:absolute;right:8px;bottom:2px;font-size:11px;color:#888} .in{background:#fff;margin:8px;padding:10px 14px;border-radius:20px;color:#999}"""
    s = Scene("chat_group", "chat", html=page(body, css), size=(440, 820))
    s.q("what time did the client want the demo moved to", "14:00", "time", "who_when_where", True)
    s.q("who asked about the projector adapter", "Bram", "person", "who_when_where", True)
    s.q("when did Lotte say the deploy was green?", "09:31", "time", "who_when_where", True)
    return s


def inbox(rng):
    mails = [("GitHub", "[ferry] PR #491: Retry uploads with jitter", "10:42", True, False), ("Sofía Márquez", "Re: Q4 budget – revised numbers", "09:58", True, True),
             ("Deutsche Bahn", "Ihre Buchungsbestätigung (Auftrag 847 221 903)", "09:15", False, False), ("Linear", "3 issues assigned to you", "08:30", True, False),
             ("Olusegun Bello", "Lunch on Thursday?", "Yesterday", False, False), ("AWS Billing", "Your invoice for October is available", "Yesterday", True, False),
             ("Mette Kjærgaard", "Slides for the offsite", "Nov 3", False, True), ("HR Portal", "Reminder: submit your timesheet", "Nov 3", False, False),
             ("Newsletter · The Pragmatic Dev", "Issue #212: Boring tech wins", "Nov 2", False, False)]
    rows = "".join(f"<div class='r {'u' if u else ''}'><span class='st'>{'★' if st else '☆'}</span><span class='f'>{esc(f)}</span><span class='s'>{esc(sj)}</span><span class='t'>{t}</span></div>"
                   for f, sj, t, u, st in mails)
    unread = sum(m[3] for m in mails)
    body = f"""<div class='top'><b>Mailbox</b><input value='Search mail'></div><div class='wrap'><div class='side'><div class='cmp'>✎ Compose</div>
    <div class='a'>Inbox <b>{unread}</b></div><div>Starred</div><div>Snoozed</div><div>Sent</div><div>Drafts 2</div><div>Spam</div></div><div class='list'>{rows}</div></div>"""
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:14px} .top{padding:12px 20px;border-bottom:1px solid #ddd;font-size:20px} .top input{margin-left:120px;width:500px;padding:6px;font-size:14px;background:#f1f3f4;border:0}
    .wrap{display:flex} .side{width:210px;padding:10px} .side div{padding:7px 14px;border-radius:0 16px 16px 0} .side .a{background:#d3e3fd} .side .a b{float:right}
    .cmp{background:#c2e7ff;border-radius:14px!important;margin-bottom:10px;font-weight:bold} .list{flex:1} .r{display:flex;padding:9px 12px;border-bottom:1px solid #eee;color:#555;background:#f7f9fc}
    .r.u{background:#fff;color:#111;font-weight:bold} .st{width:26px;color:#e2a400} .f{width:240px} .s{flex:1} .t{width:90px;text-align:right}"""
    s = Scene("email_inbox", "email_inbox", html=page(body, css), size=(1200, 480))
    s.q("how many unread emails", str(unread), "count", "count", True)
    s.q("who sent the most recent email?", mails[0][0], "person", "ordinal", True)
    s.q("which emails are starred", "Re: Q4 budget – revised numbers; Slides for the offsite", "text", "control_state", False)
    s.q("what's the DB booking order number", "847 221 903", "code", "field_read", True)
    return s


def kanban(rng):
    cols = {"Backlog": [("Dark mode for reports", "JL"), ("CSV import wizard", "—"), ("Rate-limit dashboard", "AT")],
            "In progress": [("Refund flow v2", "PR"), ("Migrate to Postgres 16", "TF"), ("Onboarding emails", "MS"), ("Fix flaky sync test", "PR")],
            "Review": [("Cart badge component", "EV")], "Done": [("SSO with Okta", "TF"), ("Invoice PDF footer", "JL")]}
    html_cols = "".join(f"<div class='col'><div class='ch'>{c} <span>{len(v)}</span></div>" + "".join(
        f"<div class='card'>{esc(t)}<div class='av'>{a}</div></div>" for t, a in v) + "</div>" for c, v in cols.items())
    body = f"<div class='top'>Sprint 38 · Payments squad</div><div class='board'>{html_cols}</div>"
    css = """body{background:#0079bf;font-family:'Liberation Sans',sans-serif;font-size:14px} .top{color:#fff;font-size:20px;font-weight:bold;padding:14px 18px}
    .board{display:flex;gap:12px;padding:0 18px;align-items:flex-start} .col{width:270px;background:#ebecf0;border-radius:8px;padding:8px} .ch{font-weight:bold;padding:4px 6px 10px}
    .ch span{background:#ccc;border-radius:8px;padding:0 7px;font-weight:normal} .card{background:#fff;border-radius:6px;padding:10px;margin-bottom:8px;box-shadow:0 1px 0 #aaa;position:relative;min-height:52px}
    .av{position:absolute;right:8px;bottom:6px;background:#5aac44;color:#fff;border-radius:12px;font-size:11px;padding:3px 5px}"""
    s = Scene("kanban", "kanban", html=page(body, css), size=(1160, 420))
    s.q("how many cards are in progress", str(len(cols["In progress"])), "count", "count", True)
    s.q("who's on the cart badge card (initials)", "EV", "person", "who_when_where", True)
    s.q("is SSO with Okta done?", "yes", "yesno", "yesno", False)
    return s


def todo(rng):
    items = [("Renew passport", True), ("Book Lisbon flights", True), ("Call plumber about leak", False), ("Pay car tax", True),
             ("Buy birthday gift for Oma", False), ("Return library books", False), ("Cancel gym trial", True), ("Backup photos to NAS", False)]
    li = "".join(f"<div class='i {'d' if d else ''}'><span class='b'>{'✔' if d else ''}</span>{esc(t)}</div>" for t, d in items)
    body = f"<div class='c'><h2>This week ✨</h2><div class='cnt'>{sum(d for _, d in items)} of {len(items)} done</div>{li}<div class='add'>+ Add a task</div></div>"
    css = """body{background:#fdf2f8;font-family:'URW Gothic',sans-serif;font-size:17px} .c{width:430px;margin:20px auto;background:#fff;border-radius:14px;padding:20px 26px;box-shadow:0 2px 8px #e9c}
    h2{margin:0;color:#9d174d} .cnt{color:#999;margin-bottom:10px;font-size:14px} .i{padding:9px 0;border-bottom:1px solid #f3e8ee;display:flex;align-items:center}
    .b{width:22px;height:22px;border:2px solid #db2777;border-radius:6px;margin-right:12px;text-align:center;font-size:14px;color:#fff;line-height:18px}
    .d .b{background:#db2777} .d{color:#aaa;text-decoration:line-through} .add{color:#db2777;margin-top:12px}"""
    s = Scene("todo_list", "todo_list", html=page(body, css), size=(480, 560))
    open_ = [t for t, d in items if not d]
    s.q("how many tasks are still open", str(len(open_)), "count", "count", False)
    s.q("did I already pay the car tax?", "yes", "yesno", "control_state", False)
    s.q("what's the first unchecked item", open_[0], "text", "ordinal", True)
    return s


def slide(rng):
    body = """<div class='s'><div class='t'>Why we're moving to event-driven billing</div><div class='cols'><ul>
    <li>Invoices generated within <b>5 minutes</b> of usage</li><li>Removes nightly batch job (4 h window)</li><li>Retries handled by the queue, not cron</li>
    <li>Per-customer audit trail</li><li>Cost: ~€1,900 / month extra infra</li></ul>
    <div class='dia'><div class='bx'>Usage events</div><div class='ar'>→</div><div class='bx'>Kafka topic<br><small>billing.usage</small></div><div class='ar'>→</div><div class='bx hi'>Rater service</div>
    <div class='ar'>→</div><div class='bx'>Invoice store</div></div></div><div class='ft'>Platform Guild · Q4 review · slide 7 / 18</div></div>"""
    css = """body{background:#222;font-family:'Lato',sans-serif} .s{width:1280px;height:720px;background:linear-gradient(135deg,#fff 70%,#e0f2fe);padding:50px 60px;position:relative}
    .t{font-size:40px;font-weight:bold;color:#0c4a6e;margin-bottom:30px} ul{font-size:24px;line-height:1.8;width:560px;margin:0} .cols{display:flex;gap:30px;align-items:center}
    .dia{display:flex;flex-direction:column;align-items:center} .bx{border:2px solid #0369a1;border-radius:8px;padding:10px 24px;font-size:20px;text-align:center;width:240px;background:#fff}
    .bx.hi{background:#0369a1;color:#fff} .ar{font-size:28px;transform:rotate(90deg);color:#0369a1;margin:4px} .ft{position:absolute;bottom:24px;right:40px;color:#888}"""
    s = Scene("slide_billing", "slide", html=page(body, css), size=(1280, 720))
    s.q("how many bullet points on this slide", "5", "count", "count", False)
    s.q("what's the extra infra cost mentioned", "~€1,900 / month", "money", "field_read", True)
    s.q("in the diagram what comes right after the Kafka topic", "Rater service", "text", "ordinal", True)
    s.q("which slide number is this", "7", "number", "field_read", True)
    return s


def cart(rng):
    items = [("Merino crew sweater – Navy, L", rng.randint(1, 2), 8900), ("Trail socks 3-pack", rng.randint(1, 3), 1800),
             ("Packable rain shell – Olive, M", 1, 12900), ("Insulated bottle 750 ml", 2, 3200)]
    sub = sum(q * p for _, q, p in items)
    disc = round(sub * 0.15)
    ship = 0 if sub - disc >= 15000 else 695
    total = sub - disc + ship
    rows = "".join(f"<div class='it'><div class='img'></div><div class='nm'>{esc(n)}<div class='st'>In stock</div></div><div class='q'>Qty <span>{q}</span></div><div class='p'>€{us(q * p)}</div></div>" for n, q, p in items)
    body = f"""<div class='hd'>ALDERWOOD<span>Your cart ({sum(q for _, q, _ in items)})</span></div><div class='main'><div class='list'><h2>Shopping cart</h2>{rows}</div>
    <div class='sum'><h3>Order summary</h3><div class='l'><span>Subtotal</span><span>€{us(sub)}</span></div><div class='l g'><span>Code WINTER15 (−15%)</span><span>−€{us(disc)}</span></div>
    <div class='l'><span>Shipping</span><span>{'Free' if ship == 0 else '€' + us(ship)}</span></div><div class='l t'><span>Total</span><span>€{us(total)}</span></div><button>Checkout</button></div></div>"""
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:15px;background:#fafaf9} .hd{padding:16px 30px;font-size:22px;letter-spacing:4px;border-bottom:1px solid #ddd;background:#fff}
    .hd span{float:right;font-size:15px;letter-spacing:0} .main{display:flex;gap:30px;padding:10px 30px} .list{flex:1} .it{display:flex;align-items:center;background:#fff;padding:12px;margin-bottom:10px;border:1px solid #eee}
    .img{width:70px;height:70px;background:#d6d3d1;margin-right:16px} .nm{flex:1} .st{color:#15803d;font-size:13px} .q{width:90px} .q span{border:1px solid #aaa;padding:2px 10px} .p{width:100px;text-align:right;font-weight:bold}
    .sum{width:340px;background:#fff;padding:10px 20px;border:1px solid #eee;align-self:flex-start} .l{display:flex;justify-content:space-between;margin:10px 0} .g{color:#15803d}
    .t{font-weight:bold;font-size:18px;border-top:1px solid #ccc;padding-top:10px} button{width:100%;padding:12px;background:#1c1917;color:#fff;border:0;font-size:16px}"""
    s = Scene("shopping_cart", "shopping_cart", html=page(body, css), size=(1200, 640))
    s.q("whats my cart total after the discount", f"€{us(total)}", "money", "field_read", True)
    s.q("how much am I saving with the code", f"€{us(disc)}", "money", "field_read", True)
    s.q("how many pairs... sorry, how many packs of trail socks are in the cart", str(items[1][1]), "number", "table_cell", True)
    s.q("is shipping free?", "yes" if ship == 0 else "no", "yesno", "yesno", False)
    return s


def weather(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    icons = ["☀", "⛅", "🌧", "⛈", "☁", "☀", "🌧"]
    hi = rng.sample(range(14, 27), 7)  # distinct highs, so arg-min/arg-max are unambiguous
    lo = [h - rng.randint(5, 11) for h in hi]
    rain = [rng.choice([0, 10, 20, 60, 80]) for _ in days]
    cells = "".join(f"<div class='d'><div>{d}</div><div class='ic'>{i}</div><div class='hi'>{h}°</div><div class='lo'>{l}°</div><div class='rn'>💧{r}%</div></div>"
                    for d, i, h, l, r in zip(days, icons, hi, lo, rain))
    body = f"""<div class='w'><div class='now'><div class='city'>Valencia</div><div class='t'>{hi[0] - 2}°</div><div>Mostly sunny · Feels like {hi[0] - 3}°</div>
    <div class='sm'>Wind 14 km/h NE · Humidity 58% · UV 4</div></div><div class='days'>{cells}</div></div>"""
    css = """body{background:#cbd5e1;font-family:'Liberation Sans',sans-serif} .w{width:720px;margin:14px auto;background:linear-gradient(#3b82f6,#60a5fa);color:#fff;border-radius:22px;padding:22px}
    .city{font-size:24px} .t{font-size:64px;font-weight:300} .sm{font-size:13px;opacity:.9;margin-top:4px} .days{display:flex;justify-content:space-between;margin-top:18px;background:rgba(255,255,255,.15);border-radius:14px;padding:12px}
    .d{text-align:center;width:88px;font-size:15px} .ic{font-size:26px;margin:6px 0;font-family:'Noto Color Emoji','DejaVu Sans'} .hi{font-weight:bold} .lo{opacity:.75} .rn{font-size:12px;margin-top:4px}"""
    s = Scene("weather_widget", "weather_widget", html=page(body, css), size=(760, 400))
    mn = min(range(7), key=lambda i: hi[i])
    assert hi.count(hi[mn]) == 1
    s.q("which day has the lowest high temperature", days[mn], "text", "argmin", True)
    s.q("what's the low on thursday", f"{lo[3]}°", "number", "table_cell", True)
    s.q("chance of rain saturday?", f"{rain[5]}%", "percent", "table_cell", True)
    return s


def notifications(rng):
    notes = [("Slack", "#incident-bridge", "Priya: rollback finished, error rate back to 0.2%", "2m"), ("Calendar", "Starts in 15 min", "Quarterly planning – Room Fjord", "6m"),
             ("Bank", "Card payment", "−€64.90 at IKEA Delft", "21m"), ("GitHub Actions", "ci / build (push)", "❌ Failed on main after 3m 41s", "34m"),
             ("Messages", "Mum", "Did you get home ok?", "1h"), ("Authenticator", "Sign-in request", "Approve sign-in from Chrome on Windows?", "2h")]
    nd = "".join(f"<div class='n'><div class='ap'>{a} · {t}</div><div class='h'>{esc(h)}</div><div>{esc(b)}</div></div>" for a, h, b, t in notes)
    body = f"<div class='p'><div class='tm'>14:27</div><div class='dt'>Thursday, 5 November</div>{nd}<div class='clr'>Clear all</div></div>"
    css = """body{background:#111;font-family:'Liberation Sans',sans-serif;font-size:14px} .p{width:430px;margin:0 auto;padding:16px;background:linear-gradient(#4c1d95,#1e3a8a);min-height:800px}
    .tm{color:#fff;font-size:54px;text-align:center} .dt{color:#ddd;text-align:center;margin-bottom:14px} .n{background:rgba(255,255,255,.85);border-radius:14px;padding:10px 14px;margin-bottom:9px}
    .ap{color:#555;font-size:12px} .h{font-weight:bold} .clr{color:#fff;text-align:center;margin-top:10px}"""
    s = Scene("notifications", "notification_panel", html=page(body, css), size=(430, 820))
    s.q("how much did I spend at IKEA", "€64.90", "money", "field_read", True)
    s.q("did the CI build pass", "no", "yesno", "yesno", False)
    s.q("which room is the quarterly planning in", "Room Fjord", "text", "who_when_where", True)
    return s


def recipe(rng):
    serv = 4
    ing = [("spaghetti", "400 g"), ("guanciale", "150 g"), ("tuorli d'uovo", "4"), ("uovo intero", "1"), ("pecorino romano grattugiato", "60 g"), ("pepe nero", "q.b.")]
    steps = ["Tagliare il guanciale a listarelle e rosolarlo in padella senza olio.", "Sbattere tuorli, uovo e pecorino con abbondante pepe.",
             "Cuocere la pasta in acqua salata per 9 minuti.", "Scolare, mantecare fuori dal fuoco con la crema di uova e il guanciale.", "Servire subito con altro pecorino."]
    body = f"""<div class='c'><div class='t'>Spaghetti alla carbonara</div><div class='meta'>⏱ Preparazione 10 min · Cottura 15 min · 🍽 {serv} porzioni · Difficoltà: facile</div>
    <div class='cols'><div class='ing'><h3>Ingredienti</h3><ul>{''.join(f'<li><b>{q}</b> {n}</li>' for n, q in ing)}</ul></div>
    <div class='st'><h3>Procedimento</h3><ol>{''.join(f'<li>{x}</li>' for x in steps)}</ol></div></div></div>"""
    css = """body{background:#f5efe6;font-family:'C059',serif;font-size:16px} .c{width:900px;margin:16px auto;background:#fffdf8;border:1px solid #e7dcc8;padding:24px 30px;border-radius:10px}
    .t{font-size:32px;color:#7c2d12} .meta{color:#78716c;margin:6px 0 10px} .cols{display:flex;gap:30px} .ing{width:300px;background:#fef3c7;padding:4px 16px;border-radius:8px}
    .st{flex:1} li{margin:6px 0}"""
    s = Scene("recipe_it", "recipe_card", html=page(body, css), size=(960, 520))
    s.q("quanto pecorino serve?", "60 g", "text", "field_read", True)
    s.q("how long do I cook the pasta", "9 minuti", "text", "field_read", True)
    s.q("for how many people is this recipe", str(serv), "number", "field_read", True)
    return s


def timetable(rng):
    deps = []
    t = 6 * 60 + rng.randint(0, 20)
    trains = ["Regional 8723", "SJ Snabbtåg 521", "Regional 8725", "Mälartåg 173", "SJ Snabbtåg 525", "Regional 8729", "Mälartåg 177"]
    for i, tr in enumerate(trains):
        dur = 58 if "Snabb" in tr else rng.randint(72, 95)
        track = rng.choice(["3", "4a", "5", "7"])
        note = "Inställt" if i == 4 else ("+6 min" if i == 2 else "")
        deps.append((t, tr, t + dur, track, note))
        t += rng.randint(17, 35)
    def hm(m):
        return f"{m // 60:02d}:{m % 60:02d}"
    rows = "".join(f"<tr class='{'x' if n == 'Inställt' else ''}'><td>{hm(a)}</td><td>{tr}</td><td>Uppsala C</td><td>{hm(b)}</td><td>{tk}</td><td class='nt'>{n}</td></tr>" for a, tr, b, tk, n in deps)
    body = f"""<div class='b'><div class='h'>Avgångar · Stockholm C → Uppsala C · tisdag 10 november</div><table><tr><th>Avg.</th><th>Tåg</th><th>Till</th><th>Ank.</th><th>Spår</th><th>Info</th></tr>{rows}</table></div>"""
    css = """body{background:#0b1f3a;font-family:'Liberation Sans Narrow','Liberation Sans',sans-serif;font-size:20px;color:#fff} .b{padding:20px} .h{font-size:22px;color:#fcd34d;margin-bottom:10px}
    table{width:100%} th{text-align:left;color:#93c5fd;border-bottom:1px solid #335;padding:8px} td{padding:8px;border-bottom:1px solid #1e3a5f} .nt{color:#fca5a5} .x td{color:#94a3b8;text-decoration:line-through} .x .nt{text-decoration:none;color:#f87171}"""
    s = Scene("timetable_se", "timetable", html=page(body, css), size=(1100, 460))
    s.q("which train is cancelled", deps[4][1], "text", "field_read", True)
    s.q("what track does Mälartåg 173 leave from", deps[3][3], "code", "table_cell", True)
    s.q("när går första tåget?", hm(deps[0][0]), "time", "ordinal", True)
    s.q("if I take the 3rd departure, when do I arrive (ignoring delay)", hm(deps[2][2]), "time", "ordinal", True)
    return s


def leaderboard(rng):
    names = ["kestrel_77", "NovaByte", "marrowind", "Quill&Ink", "tundra.fox", "ObsidianOx", "lemonadept", "Zephyrine", "gridlock_g", "paperplane"]
    pts = sorted([rng.randint(8000, 25000) for _ in names], reverse=True)
    wins = [rng.randint(20, 90) for _ in names]
    rows = "".join(f"<tr class='{'me' if n == 'tundra.fox' else ''}'><td>{i + 1}</td><td>{esc(n)}</td><td>{w}</td><td>{p:,}</td></tr>" for i, (n, p, w) in enumerate(zip(names, pts, wins)))
    body = f"<div class='b'><h2>🏆 Season 9 Leaderboard</h2><table><tr><th>#</th><th>Player</th><th>Wins</th><th>Points</th></tr>{rows}</table></div>"
    css = """body{background:#18181b;font-family:'DejaVu Sans',sans-serif;color:#e4e4e7;font-size:15px} .b{width:600px;margin:10px auto} h2{color:#facc15}
    table{width:100%} th{text-align:left;color:#a1a1aa;padding:7px;border-bottom:1px solid #3f3f46} td{padding:7px;border-bottom:1px solid #27272a} .me{background:#3730a3}"""
    s = Scene("leaderboard", "leaderboard", html=page(body, css), size=(660, 560))
    me = names.index("tundra.fox")
    s.q("what rank is the highlighted player", str(me + 1), "number", "control_state", True)
    s.q("who has the most wins", names[max(range(10), key=lambda i: (wins[i], -i))], "person", "argmax", True)
    s.q("how many points behind first place is 2nd?", f"{pts[0] - pts[1]:,}", "number", "arithmetic", False)
    fw = min(range(10), key=lambda i: wins[i])
    assert wins.count(wins[fw]) == 1
    s.q("who's got the fewest wins", names[fw], "person", "argmin", True)
    return s


def menu(rng):
    secs = {"Entrées": [("Soupe à l'oignon gratinée", 950), ("Escargots de Bourgogne (6)", 1400), ("Salade de chèvre chaud", 1150)],
            "Plats": [("Bœuf bourguignon", 2450), ("Filet de dorade, beurre blanc", 2290), ("Risotto aux cèpes (V)", 1990), ("Confit de canard", 2300)],
            "Desserts": [("Crème brûlée", 850), ("Tarte Tatin", 900), ("Mousse au chocolat", 790)]}
    html_s = "".join(f"<h2>{k}</h2>" + "".join(f"<div class='i'><span>{esc(n)}</span><span class='dots'></span><span>{fr(p)} €</span></div>" for n, p in v) for k, v in secs.items())
    body = f"<div class='m'><div class='t'>Le Petit Zinc</div><div class='s'>Bistrot · Lyon 2ᵉ · Menu du soir</div>{html_s}<div class='f'>Prix nets, service compris</div></div>"
    css = """body{background:#3f3f3f;font-family:'URW Bookman',serif;font-size:17px} .m{width:620px;margin:14px auto;background:#f7f1e3;padding:26px 44px;border:6px double #7a5c2e}
    .t{font-size:38px;text-align:center;color:#7a1f1f} .s{text-align:center;color:#7a5c2e;margin-bottom:6px} h2{color:#7a1f1f;border-bottom:1px solid #c9b48a;font-size:22px;margin:16px 0 6px}
    .i{display:flex;margin:6px 0} .dots{flex:1;border-bottom:2px dotted #b59b6a;margin:0 6px 6px} .f{text-align:center;margin-top:16px;font-style:italic;color:#7a5c2e}"""
    s = Scene("menu_fr", "menu", html=page(body, css), size=(720, 800))
    allp = [x for v in secs.values() for x in v]
    s.q("cheapest dessert?", min(secs["Desserts"], key=lambda x: x[1])[0], "text", "argmin", True)
    s.q("combien coûte le confit de canard", f"{fr(2300)} €", "money", "field_read", True)
    s.q("how much for the bourguignon plus a crème brûlée", f"{fr(2450 + 850)} €", "money", "arithmetic", False)
    s.q("which is the most expensive dish on the menu", max(allp, key=lambda x: x[1])[0], "text", "argmax", True)
    return s


def product(rng):
    price = rng.randint(14_900, 24_900)
    old = price + 5_000
    body = f"""<div class='hd'>KLANGHAUS <span>Kopfhörer › Over-Ear</span></div><div class='m'><div class='img'>🎧</div><div class='info'>
    <h1>Klanghaus Aria ANC Over-Ear</h1><div class='r'>★★★★☆ 4,3 (1.284 Bewertungen)</div><div class='p'>{de(price)} € <s>{de(old)} €</s></div>
    <div class='st'>✓ Auf Lager – Lieferung Mi., 11. Nov.</div><div class='opt'>Farbe: <span class='c on'>Schwarz</span><span class='c'>Sand</span><span class='c dis'>Salbei (ausverkauft)</span></div>
    <ul><li>Aktive Geräuschunterdrückung</li><li>Akkulaufzeit bis zu 38 Stunden</li><li>Bluetooth 5.3, Multipoint</li><li>Gewicht 254 g</li></ul>
    <button>In den Warenkorb</button></div></div>"""
    css = """body{font-family:'Liberation Sans',sans-serif;font-size:15px} .hd{padding:14px 30px;border-bottom:1px solid #ddd;font-weight:bold;letter-spacing:3px} .hd span{font-weight:normal;letter-spacing:0;color:#777;margin-left:30px}
    .m{display:flex;gap:40px;padding:26px 30px} .img{width:440px;height:440px;background:#f4f4f5;font-size:200px;text-align:center;line-height:440px;font-family:'Noto Color Emoji'}
    h1{margin:0 0 8px;font-size:28px} .r{color:#d97706} .p{font-size:30px;font-weight:bold;margin:12px 0;color:#b91c1c} .p s{font-size:18px;color:#888;font-weight:normal}
    .st{color:#15803d} .opt{margin:14px 0} .c{border:1px solid #aaa;padding:5px 12px;margin-left:6px;border-radius:4px} .c.on{border:2px solid #000;font-weight:bold} .c.dis{color:#bbb;border-style:dashed}
    button{background:#111;color:#fff;border:0;padding:12px 30px;font-size:16px;border-radius:4px}"""
    s = Scene("product_de", "product_page", html=page(body, css), size=(1150, 560))
    s.q("is it in stock?", "yes", "yesno", "yesno", False)
    s.q("what's the sale price", f"{de(price)} €", "money", "field_read", True)
    s.q("how much is the discount vs the crossed-out price", f"{de(old - price)} €", "money", "arithmetic", False)
    s.q("welche Farbe ist ausgewählt?", "Schwarz", "text", "control_state", True)
    return s


def readme(rng):
    body = """<div class='gh'><div class='hd'>📖 README.md</div><div class='md'><h1>tallyho</h1><p><span class='bd g'>build passing</span> <span class='bd b'>pypi v1.8.3</span> <span class='bd y'>license MIT</span> <span class='bd b'>python 3.10 | 3.11 | 3.12</span></p>
    <p>Tiny, dependency-free expense splitting for groups. Tracks who paid what and settles debts with the fewest transfers.</p>
    <h2>Installation</h2><pre>pip install tallyho</pre><h2>Quick start</h2><pre>from tallyho import Ledger
l = Ledger(["ana", "ben", "cho"])
l.add("ana", 90, split="equal")
print(l.settle())   # [('ben', 'ana', 30.0), ('cho', 'ana', 30.0)]</pre>
    <h2>Configuration</h2><table><tr><th>Env var</th><th>Default</th><th>Meaning</th></tr><tr><td><code>TALLYHO_CURRENCY</code></td><td>EUR</td><td>Default currency code</td></tr>
    <tr><td><code>TALLYHO_ROUNDING</code></td><td>0.01</td><td>Rounding step for settlements</td></tr><tr><td><code>TALLYHO_DB</code></td><td>~/.tallyho.sqlite</td><td>Where ledgers are stored</td></tr></table>
    <h2>Contributing</h2><p>PRs welcome! Run <code>make test</code> before opening one. Maintained by Ewa Nowicka.</p></div></div>"""
    css = """body{background:#0d1117;color:#e6edf3;font-family:'Liberation Sans',sans-serif;font-size:15px;padding:20px} .gh{width:1060px;margin:auto;border:1px solid #30363d;border-radius:6px}
    .hd{padding:10px 16px;border-bottom:1px solid #30363d;background:#161b22} .md{padding:6px 32px 20px} h1,h2{border-bottom:1px solid #30363d;padding-bottom:6px} h2{font-size:21px}
    pre{background:#161b22;padding:14px;border-radius:6px;font-family:'DejaVu Sans Mono',monospace;font-size:13px} code{background:#343a40;padding:1px 5px;font-size:13px}
    .bd{font-size:12px;padding:3px 8px;color:#fff;border-radius:3px} .g{background:#2ea043} .b{background:#1f6feb} .y{background:#9e6a03} table{border:1px solid #30363d} th,td{border:1px solid #30363d;padding:6px 12px}"""
    s = Scene("readme_dark", "readme", html=page(body, css), size=(1100, 900))
    s.q("what's the default value of TALLYHO_ROUNDING", "0.01", "number", "table_cell", True)
    s.q("what's the install command", "pip install tallyho", "code", "field_read", True)
    s.q("which license?", "MIT", "text", "field_read", True)
    return s


def html_table(rng):
    cities = ["Porto", "Ljubljana", "Gdańsk", "Tartu", "Bergen", "Thessaloniki", "Graz", "Valladolid", "Aarhus", "Brno"]
    rows = []
    for c in cities:
        rows.append((c, rng.randint(95, 650) * 1000, rng.randint(1200, 2600), round(rng.uniform(3.0, 9.5), 1), rng.randint(40, 95)))
    trs = "".join(f"<tr><td>{c}</td><td>{p:,}</td><td>€{r:,}</td><td>{u}%</td><td>{b}</td></tr>" for c, p, r, u, b in rows)
    body = f"""<div class='w'><h2>Mid-sized European cities – 2026 comparison</h2><p class='s'>Population (metro core), median monthly rent for a 2-room flat, unemployment rate, and bike-friendliness score (0–100).</p>
    <table><tr><th>City</th><th>Population</th><th>Median rent</th><th>Unemployment</th><th>Bike score</th></tr>{trs}</table><p class='s'>Source: fictional dataset for demonstration.</p></div>"""
    css = """body{font-family:'Nimbus Sans',sans-serif;font-size:15px} .w{padding:20px 40px} .s{color:#666} table{width:100%} th{background:#334155;color:#fff;padding:8px;text-align:left}
    td{padding:7px 8px;border-bottom:1px solid #ddd} tr:nth-child(even) td{background:#f1f5f9}"""
    s = Scene("html_table_cities", "html_table", html=page(body, css), size=(1100, 560))
    lo = min(rows, key=lambda r: r[2])
    hb = max(rows, key=lambda r: r[4])
    s.q("which city has the cheapest rent", lo[0], "text", "argmin", True)
    s.q("bike score of Graz?", str(rows[6][4]), "number", "table_cell", True)
    s.q("smallest city by population?", min(rows, key=lambda r: r[1])[0], "text", "argmin", True)
    s.q("how many cities have unemployment above 6%", str(sum(r[3] > 6 for r in rows)), "count", "count", False)
    s.q("which city is best for bikes, and what's its score", f"{hb[0]}, {hb[4]}", "text", "multi_part", False)
    return s


def scenes(rng):
    return [api_docs(rng), changelog(rng), spreadsheet(rng), web_form(rng), settings(rng), dashboard(rng), calendar_week(rng), chat(rng),
            inbox(rng), kanban(rng), todo(rng), slide(rng), cart(rng), weather(rng), notifications(rng), recipe(rng), timetable(rng),
            leaderboard(rng), menu(rng), product(rng), readme(rng), html_table(rng)]
