"""Web/app UI screens, part 1: docs, changelog, tables, spreadsheet, forms, settings, dashboard, calendar."""
import datetime as dt
from common import Q, scene, esc, page, money_us, money_de, WEEKDAYS


def scenes(rng):
    out = []
    # API docs page with sidebar + TOC (wide)
    params = [("limit", "integer", "No", "20", "Maximum number of items to return (1–100)."),
              ("cursor", "string", "No", "—", "Opaque pagination cursor from a previous response."),
              ("status", "string", "No", "active", "Filter by status: active, paused, archived."),
              ("project_id", "string", "Yes", "—", "ID of the project that owns the webhooks."),
              ("created_after", "timestamp", "No", "—", "Only return webhooks created after this time (RFC 3339).")]
    rows = "".join(f"<tr><td><code>{n}</code></td><td>{t}</td><td>{r}</td><td>{d}</td><td>{esc(x)}</td></tr>" for n, t, r, d, x in params)
    css = """.l{display:flex;font-size:14px;color:#1f2328} .side{width:230px;background:#f6f8fa;border-right:1px solid #d0d7de;padding:16px;min-height:900px}
    .side a{display:block;padding:4px 8px;color:#1f2328;text-decoration:none} .side .on{background:#ddf4ff;border-left:3px solid #0969da;font-weight:bold}
    .main{flex:1;padding:24px 40px} .toc{width:220px;padding:24px 16px;border-left:1px solid #eee;font-size:13px} .toc a{display:block;color:#0969da;margin:4px 0}
    table{border-collapse:collapse;width:100%} td,th{border:1px solid #d0d7de;padding:6px 9px;text-align:left} th{background:#f6f8fa}
    code{background:#eff1f3;padding:1px 4px;border-radius:4px;font-family:'DejaVu Sans Mono';font-size:12.5px} pre{background:#161b22;color:#e6edf3;padding:12px;border-radius:6px;font-size:12.5px}
    .top{height:52px;background:#24292f;color:#fff;display:flex;align-items:center;padding:0 20px;gap:30px} .badge{background:#1a7f37;color:#fff;border-radius:10px;padding:2px 8px;font-size:12px}"""
    body = f"""<div class='top'><b>Hookline API</b><span>Guides</span><span>Reference</span><span>Changelog</span><span style='margin-left:auto'>v3.2 ▾</span></div>
    <div class='l'><div class='side'><b>REFERENCE</b><a>Authentication</a><a>Errors</a><a>Rate limits</a><b style='display:block;margin-top:10px'>Webhooks</b>
    <a>Create a webhook</a><a class='on'>List webhooks</a><a>Retrieve a webhook</a><a>Update a webhook</a><a>Delete a webhook</a><b style='display:block;margin-top:10px'>Events</b><a>List events</a><a>Replay an event</a></div>
    <div class='main'><h1>List webhooks</h1><p><span class='badge'>GET</span> <code>/v3/projects/{{project_id}}/webhooks</code></p>
    <p>Returns a paginated list of webhooks. Requires the <code>webhooks:read</code> scope. This endpoint is limited to <b>600 requests per minute</b> per token.</p>
    <h2>Query parameters</h2><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{rows}</table>
    <h2>Example</h2><pre>curl https://api.hookline.dev/v3/projects/prj_81Ka/webhooks?limit=5 \\
  -H "Authorization: Bearer $HOOKLINE_TOKEN"</pre></div>
    <div class='toc'><b>On this page</b><a>Overview</a><a>Query parameters</a><a>Example</a><a>Response</a><a>Errors</a></div></div>"""
    out.append(scene("docs_api_page", "web", "API documentation page", [
        Q("what's the default limit for this endpoint", "20", "number", "cell", True),
        Q("which query param is required?", "project_id", "code", "cell", True),
        Q("what scope do I need", "webhooks:read", "code", "field", True),
        Q("rate limit per minute?", "600 requests per minute", "text", "field", True),
    ], html=page(body, css), w=1400, h=860))

    # changelog
    rel = [("4.2.0", "2026-05-19", ["Added dark mode for the editor", "Added CSV export for reports", "Fixed crash when pasting images over 20 MB"]),
           ("4.1.3", "2026-04-30", ["Fixed login loop with SSO on Safari", "Security: updated libxml2"]),
           ("4.1.2", "2026-04-11", ["Fixed timezone offset in scheduled posts"]),
           ("4.1.0", "2026-03-22", ["Added team folders", "Added keyboard shortcut cheat sheet (?)", "Changed default font to Inter", "Removed legacy v1 embed"]),
           ("4.0.0", "2026-02-02", ["Breaking: new REST API v4", "Added workspace audit log"])]
    body = "<div style='width:820px;margin:0 auto;padding:30px;font-family:Lato;color:#222'><h1>Changelog</h1><p>All notable changes to <b>Quillpad</b> are documented here.</p>"
    for v, d, items in rel:
        body += f"<h2 style='border-bottom:1px solid #ddd;padding-bottom:4px'>[{v}] – {d}</h2><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    body += "</div>"
    sso = [v for v, d, it in rel if any("SSO" in i for i in it)][0]
    out.append(scene("changelog", "web", "changelog", [
        Q("latest version?", rel[0][0], "version", "ordinal", True),
        Q("in which release did they fix the SSO login loop", sso, "version", "field", True),
        Q("how many changes were in 4.1.0", len(rel[3][2]), "count", "count", False),
        Q("when was 4.0.0 released", "2026-02-02", "date", "when", True),
    ], html=page(body, "", font="Lato"), w=900, h=1000))

    # spreadsheet grid
    regions = ["North", "South", "East", "West", "Central", "Online"]
    q = {r: [rng.randint(40, 180) * 100 for _ in range(4)] for r in regions}
    cols = "ABCDEF"
    css = """table{border-collapse:collapse;font-family:'Liberation Sans';font-size:13px} td{border:1px solid #d4d4d4;padding:3px 8px;height:22px;min-width:90px}
    .h{background:#f1f1f1;text-align:center;color:#555;min-width:36px} .n{text-align:right} .sel{outline:2px solid #1a73e8;background:#e8f0fe}
    .bar{background:#fff;padding:6px 10px;border-bottom:1px solid #ccc;font-family:'Liberation Sans';font-size:13px} .tb{background:#0f9d58;color:#fff;padding:8px 12px;font-family:'Liberation Sans'}"""
    grid = "<table><tr><td class='h'></td>" + "".join(f"<td class='h'>{c}</td>" for c in cols) + "</tr>"
    hdr = ["Region", "Q1", "Q2", "Q3", "Q4", "Total"]
    grid += "<tr><td class='h'>1</td>" + "".join(f"<td><b>{h}</b></td>" for h in hdr) + "</tr>"
    for i, r in enumerate(regions):
        tot = sum(q[r])
        cells = [r] + [f"{v:,}" for v in q[r]] + [f"{tot:,}"]
        grid += f"<tr><td class='h'>{i+2}</td>" + "".join(f"<td class='{'n' if j else ''}{' sel' if (i==2 and j==3) else ''}'>{x}</td>" for j, x in enumerate(cells)) + "</tr>"
    for k in range(len(regions) + 2, 14):
        grid += f"<tr><td class='h'>{k}</td>" + "<td></td>" * 6 + "</tr>"
    grid += "</table>"
    body = f"<div class='tb'>Sales 2025 — Sheets</div><div class='bar'>D4 &nbsp;|&nbsp; <i>fx</i> &nbsp;{q['East'][2]}</div><div style='padding:8px'>{grid}</div>"
    best_q4 = max(regions, key=lambda r: q[r][3])
    best_tot = max(regions, key=lambda r: sum(q[r]))
    out.append(scene("spreadsheet_sales", "web", "spreadsheet grid", [
        Q("what's in cell C5", f"{q[regions[3]][1]:,}", "number", "cell", True),
        Q("which region had the best Q4", best_q4, "text", "argmax", True),
        Q("how much did South grow from Q1 to Q2", f"{q['South'][1]-q['South'][0]:,}", "number", "arithmetic", False),
        Q("which cell is selected?", "D4", "code", "state", True),
    ], html=page(body, css, bg="#fafafa"), w=760, h=430))

    # web form with controls
    css = """.f{width:620px;margin:20px auto;background:#fff;padding:26px;border-radius:8px;font-size:15px;box-shadow:0 1px 4px #0003}
    .row{margin:12px 0} .cb{display:inline-block;width:16px;height:16px;border:2px solid #555;border-radius:3px;vertical-align:-3px;margin-right:6px;text-align:center;line-height:12px;font-size:13px;color:#fff}
    .cb.on{background:#2962ff;border-color:#2962ff} .rd{display:inline-block;width:16px;height:16px;border:2px solid #555;border-radius:8px;vertical-align:-3px;margin-right:6px;position:relative}
    .rd.on{border-color:#2962ff} .rd.on::after{content:'';position:absolute;left:3px;top:3px;width:6px;height:6px;border-radius:3px;background:#2962ff}
    .tg{display:inline-block;width:38px;height:20px;border-radius:10px;background:#bbb;vertical-align:-5px;position:relative;margin-right:8px}.tg::after{content:'';position:absolute;top:2px;left:2px;width:16px;height:16px;border-radius:8px;background:#fff}
    .tg.on{background:#2962ff}.tg.on::after{left:20px} select,input{font-size:15px;padding:6px;width:100%;border:1px solid #aaa;border-radius:4px;background:#fff} label{font-weight:bold;display:block;margin-bottom:4px}"""
    interests = [("Hiking", True), ("Climbing", False), ("Trail running", True), ("Kayaking", True), ("Cycling", False), ("Skiing", False)]
    body = "<div class='f'><h2 style='margin-top:0'>Anmeldung Sommercamp 2026</h2>"
    body += "<div class='row'><label>Name</label><input value='Jana Novak'></div><div class='row'><label>Camp location</label><select><option>Garmisch-Partenkirchen ▾</option></select></div>"
    body += "<div class='row'><label>Session</label>" + "".join(f"<div><span class='rd{' on' if s=='Week 2 (13–19 July)' else ''}'></span>{s}</div>" for s in ["Week 1 (6–12 July)", "Week 2 (13–19 July)", "Week 3 (20–26 July)"]) + "</div>"
    body += "<div class='row'><label>Interests</label>" + "".join(f"<div><span class='cb{' on' if on else ''}'>{'✓' if on else ''}</span>{n}</div>" for n, on in interests) + "</div>"
    body += "<div class='row'><span class='tg on'></span>Vegetarian meals</div><div class='row'><span class='tg'></span>Need airport shuttle</div>"
    body += "<button style='background:#2962ff;color:#fff;border:0;padding:10px 22px;border-radius:4px;font-size:15px'>Submit</button></div>"
    out.append(scene("form_camp", "web", "web form", [
        Q("which session did I pick?", "Week 2 (13–19 July)", "text", "state", True),
        Q("how many interests are ticked", sum(1 for _, o in interests if o), "count", "count", False),
        Q("is the airport shuttle turned on", "no", "yesno", "state", False),
        Q("what location is chosen in the dropdown", "Garmisch-Partenkirchen", "text", "state", True),
    ], html=page(body, css, bg="#eceff1"), w=700, h=800))

    # settings page (wide) with toggles
    settings = [("Notifications", [("Email digests", True), ("Push notifications", False), ("Weekly summary", True), ("Mentions only", False)]),
                ("Privacy", [("Show online status", False), ("Allow search engines to index profile", False), ("Two-factor authentication", True)]),
                ("Appearance", [("Dark mode", True), ("Compact layout", False), ("Reduce motion", True)])]
    css = """.app{display:flex;font-size:15px;color:#202124} .nav{width:250px;background:#1e1e2e;color:#cdd6f4;min-height:700px;padding:20px}
    .nav div{padding:9px 12px;border-radius:6px} .nav .on{background:#45475a} .m{flex:1;padding:30px 50px;background:#fff}
    .sec{margin-bottom:22px} .it{display:flex;justify-content:space-between;padding:11px 0;border-bottom:1px solid #eee;max-width:760px}
    .tg{width:44px;height:24px;border-radius:12px;background:#ccc;position:relative}.tg::after{content:'';position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:9px;background:#fff}
    .tg.on{background:#34a853}.tg.on::after{left:23px}"""
    m = ""
    for sec, items in settings:
        m += f"<div class='sec'><h3>{sec}</h3>" + "".join(f"<div class='it'><span>{n}</span><span class='tg{' on' if o else ''}'></span></div>" for n, o in items) + "</div>"
    body = f"<div class='app'><div class='nav'><div style='font-size:20px;font-weight:bold;margin-bottom:18px'>Lumen</div><div>Profile</div><div class='on'>Settings</div><div>Billing</div><div>Integrations</div><div>Help</div></div><div class='m'><h1 style='margin-top:0'>Settings</h1>{m}</div></div>"
    allon = sum(o for _, its in settings for _, o in its)
    out.append(scene("settings_toggles", "web", "settings page", [
        Q("is 2FA on?", "yes", "yesno", "state", False),
        Q("do I have push notifications enabled", "no", "yesno", "state", False),
        Q("how many settings are switched on in total", allon, "count", "count", False),
    ], html=page(body, css), w=1200, h=860))

    # dashboard KPI tiles (wide)
    kpis = [("Revenue (MTD)", "$482,310", "+8.4%"), ("Orders", "6,127", "+3.1%"), ("Avg. order value", "$78.72", "+5.1%"),
            ("Refund rate", "2.9%", "-0.6 pp"), ("Active users", "41,908", "-1.8%"), ("NPS", "47", "+4")]
    chans = [("Organic search", 2381, 31.2), ("Paid search", 1540, 25.7), ("Email", 902, 14.9), ("Social", 711, 9.8), ("Direct", 593, 11.6)]
    css = """.d{padding:22px;font-size:14px;color:#1d1d1f} .g{display:grid;grid-template-columns:repeat(6,1fr);gap:14px}
    .k{background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px #0002} .k .v{font-size:26px;font-weight:bold;margin:6px 0}
    .up{color:#188038} .dn{color:#d93025} table{width:100%;border-collapse:collapse;background:#fff;margin-top:20px} td,th{padding:10px;border-bottom:1px solid #eee;text-align:left}"""
    tiles = "".join(f"<div class='k'><div>{n}</div><div class='v'>{v}</div><div class='{'up' if d.startswith('+') else 'dn'}'>{d} vs last month</div></div>" for n, v, d in kpis)
    tab = "<table><tr><th>Channel</th><th>Orders</th><th>Conversion %</th></tr>" + "".join(f"<tr><td>{a}</td><td>{b:,}</td><td>{c}</td></tr>" for a, b, c in chans) + "</table>"
    body = f"<div class='d'><h2 style='margin-top:0'>Store overview · May 2026</h2><div class='g'>{tiles}</div><h3 style='margin-top:26px'>Orders by channel</h3>{tab}</div>"
    out.append(scene("dashboard_kpis", "web", "KPI dashboard", [
        Q("what's the AOV", "$78.72", "money", "field", True),
        Q("apart from refund rate, which KPI went down vs last month?", [n for n, v, d in kpis if d.startswith("-") and n != "Refund rate"][0], "text", "state", True),
        Q("which channel converts best", max(chans, key=lambda c: c[2])[0], "text", "argmax", True),
        Q("how many more orders came from email than social", f"{902-711:,}", "number", "arithmetic", False),
    ], html=page(body, css, bg="#f1f3f4"), w=1300, h=620))

    # calendar week view (wide)
    days = [dt.date(2026, 6, 15) + dt.timedelta(d) for d in range(5)]
    events = [(0, "09:00", "09:30", "Daily stand-up", "#4285f4"), (0, "14:00", "15:00", "Budget review w/ Priya", "#0b8043"),
              (1, "09:00", "09:30", "Daily stand-up", "#4285f4"), (1, "11:00", "12:30", "Vendor demo: Skyroute", "#f4511e"),
              (2, "09:00", "09:30", "Daily stand-up", "#4285f4"), (2, "13:00", "14:00", "Lunch & learn: Rust", "#8e24aa"),
              (3, "09:00", "09:30", "Daily stand-up", "#4285f4"), (3, "15:30", "17:00", "Interview – backend candidate", "#e67c73"),
              (4, "10:00", "11:00", "Sprint retro", "#f6bf26"), (4, "16:00", "17:00", "Team drinks 🍻", "#33b679")]
    def mins(t):
        h, m = t.split(":"); return int(h) * 60 + int(m)
    H0, PX = 8 * 60, 0.9
    css = """.cal{display:flex;font-size:13px;font-family:'Liberation Sans'} .col{flex:1;border-left:1px solid #ddd;position:relative;height:%dpx}
    .hr{width:60px;position:relative} .ev{position:absolute;left:4px;right:4px;border-radius:5px;color:#fff;padding:4px 6px;overflow:hidden}
    .hd{display:flex;margin-left:60px} .hd div{flex:1;text-align:center;padding:8px;border-bottom:1px solid #ddd}""" % int(10 * 60 * PX)
    hrs = "".join(f"<div style='position:absolute;top:{int((h*60-H0)*PX)-7}px;right:6px;color:#777'>{h:02d}:00</div>" for h in range(8, 18))
    cols = ""
    for di in range(5):
        evs = "".join(f"<div class='ev' style='top:{int((mins(s)-H0)*PX)}px;height:{int((mins(e)-mins(s))*PX)-2}px;background:{col}'><b>{esc(t)}</b><br>{s} – {e}</div>" for d, s, e, t, col in events if d == di)
        lines = "".join(f"<div style='position:absolute;top:{int((h*60-H0)*PX)}px;left:0;right:0;border-top:1px solid #f0f0f0'></div>" for h in range(8, 18))
        cols += f"<div class='col'>{lines}{evs}</div>"
    hd = "".join(f"<div>{WEEKDAYS[d.weekday()][:3]} {d.day}</div>" for d in days)
    body = f"<div style='padding:10px 16px;font-size:20px;font-family:Liberation Sans'>June 2026 · Week 25</div><div class='hd'>{hd}</div><div class='cal'><div class='hr'>{hrs}</div>{cols}</div>"
    interview = [e for e in events if e[3].startswith("Interview")][0]
    out.append(scene("calendar_week", "web", "calendar week view", [
        Q("what time is the vendor demo", "11:00 – 12:30", "time", "when", True),
        Q("which day is the candidate interview on?", f"{WEEKDAYS[days[interview[0]].weekday()]}", "text", "when", False),
        Q("how many stand-ups this week", sum(1 for e in events if e[3] == "Daily stand-up"), "count", "count", False),
        Q("whats the last meeting on friday", [e for e in events if e[0] == 4][-1][3], "text", "ordinal", True),
    ], html=page(body, css), w=1200, h=640))
    return out
