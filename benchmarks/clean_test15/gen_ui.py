"""Web / app UI screenshots: docs, tables, forms, dashboards, calendars, chat, etc."""
import datetime as dt

from common import scene, Q, esc, page, us, eu, fr

APP = "'Lato', 'Liberation Sans', sans-serif"


@scene
def docs_api(rng):
    params = [("query", "string", "yes", "—", "Full-text search expression."),
              ("limit", "integer", "no", "25", "Maximum number of results (1–200)."),
              ("cursor", "string", "no", "null", "Opaque pagination cursor from a previous response."),
              ("sort", "enum", "no", "relevance", "One of relevance, created, updated."),
              ("include_archived", "boolean", "no", "false", "Also return archived documents.")]
    side = ["Getting started", "Authentication", "Rate limits", "Documents", "Search", "Webhooks", "Errors", "Changelog"]
    active = "Search"
    toc = ["Request", "Query parameters", "Response", "Examples"]
    rows = "".join(f"<tr><td><code>{n}</code></td><td>{t}</td><td>{r}</td><td><code>{d}</code></td><td>{esc(x)}</td></tr>" for n, t, r, d, x in params)
    sb = "".join(f'<div class="si{" act" if s == active else ""}">{s}</div>' for s in side)
    css = f"""body{{font-family:{APP}}}.top{{height:54px;background:#111827;color:#fff;display:flex;align-items:center;padding:0 22px;font-weight:bold;font-size:18px}}
.top span{{margin-left:auto;font-weight:normal;font-size:13px;background:#374151;padding:4px 10px;border-radius:4px}}
.wrap{{display:flex;height:806px;background:#fff}}.side{{width:230px;border-right:1px solid #e5e7eb;padding:18px 0;background:#f9fafb}}
.si{{padding:8px 24px;font-size:14px;color:#374151}}.act{{background:#e0e7ff;color:#3730a3;border-left:3px solid #4f46e5;font-weight:bold}}
.main{{flex:1;padding:26px 40px;font-size:14px}}h1{{margin:0 0 6px;font-size:26px}}.ep{{font-family:'DejaVu Sans Mono';background:#f3f4f6;padding:8px 12px;border-radius:6px;margin:12px 0}}
.get{{background:#059669;color:#fff;padding:2px 6px;border-radius:3px;margin-right:8px}}table{{border-collapse:collapse;width:100%}}th,td{{border-bottom:1px solid #e5e7eb;padding:8px;text-align:left}}
th{{background:#f9fafb}}code{{font-family:'DejaVu Sans Mono';font-size:13px;color:#be185d}}.toc{{width:200px;padding:26px 16px;font-size:13px;color:#6b7280}}.toc b{{color:#111}}"""
    h = f"""<div class="top">Quillstack API Reference<span>v3.4</span></div><div class="wrap"><div class="side">{sb}</div>
<div class="main"><h1>Search documents</h1><div>Returns documents matching a query, ordered by the chosen sort key.</div>
<div class="ep"><span class="get">GET</span>/v3/documents/search</div><h3>Query parameters</h3>
<table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{rows}</table>
<h3>Response</h3><div>200 OK with a JSON object containing <code>results</code> and <code>next_cursor</code>. Requests are limited to 120 per minute per token.</div></div>
<div class="toc"><b>On this page</b><br><br>{'<br><br>'.join(toc)}</div></div>"""
    lim = [p for p in params if p[0] == "limit"][0]
    req = [p[0] for p in params if p[2] == "yes"]
    return dict(name="docs_api_search", category="docs_page", w=1280, h=860, html=page(h, css),
                qs=[Q("whats the default limit", lim[3], "number", "cell", True),
                    Q("which query params are required?", ", ".join(req), "code", "field", True),
                    Q("which section of the sidebar am I in right now", active, "text", "state", True)])


@scene
def changelog(rng):
    rel = [("2.9.0", "2025-08-19", ["Added: dark mode for the editor", "Added: export to EPUB", "Fixed: crash when pasting large tables"]),
           ("2.8.2", "2025-07-02", ["Fixed: spell-check ignored German umlauts", "Security: updated bundled OpenSSL"]),
           ("2.8.1", "2025-06-11", ["Fixed: footnotes lost on save"]),
           ("2.8.0", "2025-05-27", ["Added: collaborative cursors", "Changed: minimum macOS is now 13", "Deprecated: legacy .qdoc importer"]),
           ("2.7.4", "2025-04-03", ["Fixed: PDF margins off by 1 mm", "Fixed: slow startup with 500+ fonts"])]
    body = ""
    for v, d, items in rel:
        body += f"<h2>[{v}] – {d}</h2><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    css = """.md{width:860px;margin:0 auto;background:#fff;padding:30px 44px;font:15px/1.55 'Liberation Sans'}
h1{border-bottom:1px solid #ddd;padding-bottom:8px}h2{font-size:19px;border-bottom:1px solid #eee;padding-bottom:4px;margin-top:22px}"""
    h = f"""<div class="md"><h1>Changelog</h1><p>All notable changes to <b>Inkwell Writer</b> are documented here. This project follows Semantic Versioning.</p>{body}</div>"""
    epub = [r for r in rel if any("EPUB" in i for i in r[2])][0]
    foot = [r for r in rel if any("footnotes" in i for i in r[2])][0]
    wd = dt.date.fromisoformat(rel[3][1]).strftime("%A")
    return dict(name="changelog_inkwell", category="changelog", w=900, html=page(h, css, bg="#f6f8fa"),
                qs=[Q("what's the newest version", rel[0][0], "version", "ordinal", True),
                    Q("in which release did they fix the footnotes bug", foot[0], "version", "field", True),
                    Q("what day of the week was 2.8.0 released on?", wd, "text", "when", False)])


@scene
def readme(rng):
    css = """.gh{display:flex;background:#fff;font:14px/1.5 'Liberation Sans'}.files{width:380px;border-right:1px solid #d0d7de;padding:16px}
.f{padding:5px 0;border-bottom:1px solid #eee}.md{flex:1;padding:20px 40px}pre{background:#f6f8fa;padding:12px;border-radius:6px;font:13px 'DejaVu Sans Mono'}
.badge{display:inline-block;font:11px 'DejaVu Sans';color:#fff;margin-right:6px}.badge span{padding:3px 6px;display:inline-block}
.hdr{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:14px 24px;font-size:18px}"""
    h = """<div class="hdr">tessera-labs / <b>pgsnap</b> <span style="font-size:12px;border:1px solid #ccc;border-radius:10px;padding:1px 7px">Public</span>
&nbsp; ★ 2.4k &nbsp; Forks 187</div><div class="gh"><div class="files"><div class="f">📁 .github</div><div class="f">📁 pgsnap</div><div class="f">📁 tests</div>
<div class="f">📄 LICENSE</div><div class="f">📄 README.md</div><div class="f">📄 pyproject.toml</div><div class="f">📄 CHANGELOG.md</div></div>
<div class="md"><h1>pgsnap</h1><div><span class="badge"><span style="background:#555">build</span><span style="background:#2da44e">passing</span></span>
<span class="badge"><span style="background:#555">pypi</span><span style="background:#0969da">v0.12.3</span></span><span class="badge"><span style="background:#555">license</span><span style="background:#8250df">Apache-2.0</span></span></div>
<p>Point-in-time snapshots of PostgreSQL schemas, diffable in plain text.</p><h2>Requirements</h2><ul><li>Python 3.10 or newer</li><li>PostgreSQL 13–17</li></ul>
<h2>Installation</h2><pre>pip install pgsnap[cli]</pre><h2>Quick start</h2><pre>pgsnap dump --dsn postgres://localhost/app -o schema.snap
pgsnap diff old.snap schema.snap</pre></div></div>"""
    return dict(name="readme_pgsnap", category="readme", w=1200, h=900, html=page(h, css, bg="#fff"),
                qs=[Q("min python version?", "3.10", "version", "field", True),
                    Q("is the build currently passing", "yes", "yesno", "yesno", False)])


@scene
def html_table_countries(rng):
    rows = [("Norway", 5.55, 385207, 87962), ("Denmark", 5.95, 42933, 67790), ("Finland", 5.60, 338455, 53189),
            ("Sweden", 10.55, 450295, 56305), ("Iceland", 0.39, 103000, 78811), ("Estonia", 1.37, 45339, 29825),
            ("Latvia", 1.87, 64589, 21851), ("Lithuania", 2.89, 65300, 25064)]
    trs = "".join(f"<tr><td>{n}</td><td>{p:.2f}</td><td>{fmt_int(a)}</td><td>{fmt_int(g)}</td></tr>" for n, p, a, g in rows)
    css = """table{border-collapse:collapse;margin:24px;font:15px 'Liberation Sans';background:#fff}caption{font-weight:bold;font-size:17px;padding:8px;text-align:left}
th{background:#2f4f6f;color:#fff;padding:9px 14px;text-align:left}td{padding:8px 14px;border-bottom:1px solid #ddd}tr:nth-child(even) td{background:#f2f6fa}
td:nth-child(n+2),th:nth-child(n+2){text-align:right}"""
    h = f"""<table><caption>Nordic &amp; Baltic countries — key figures (2023)</caption><tr><th>Country</th><th>Population (m)</th><th>Area (km²)</th><th>GDP per capita (USD)</th></tr>{trs}</table>"""
    g = max(rows, key=lambda r: r[3])
    sm = min(rows, key=lambda r: r[2])
    fi = [r for r in rows if r[0] == "Finland"][0]
    return dict(name="table_nordic_baltic", category="html_table", w=760, html=page(h, css, bg="#eef1f4"),
                qs=[Q("which country has the highest gdp per capita", g[0], "text", "argmax", True),
                    Q("smallest country by area?", sm[0], "text", "argmin", True),
                    Q("Finland's area in km²?", fmt_int(fi[2]), "number", "cell", True)])


def fmt_int(n):
    return f"{n:,}"


@scene
def spreadsheet(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    reps = ["Okafor", "Lindgren", "Moreau", "Tanaka", "Silva"]
    data = {r: [rng.randrange(8, 60) * 100 for _ in months] for r in reps}
    cols = "ABCDEFGH"
    hdr = "".join(f'<th class="ch">{c}</th>' for c in cols)
    body = '<tr><td class="rn">1</td><td><b>Rep</b></td>' + "".join(f"<td><b>{m}</b></td>" for m in months) + "<td><b>Total</b></td></tr>"
    for i, r in enumerate(reps, 2):
        cells = "".join(f"<td class='n'>{v:,}</td>" for v in data[r])
        sel = ' class="sel"' if i == 4 else ""
        body += f'<tr><td class="rn">{i}</td><td{sel}>{r}</td>{cells}<td class="n">{sum(data[r]):,}</td></tr>'
    for i in range(len(reps) + 2, 14):
        body += f'<tr><td class="rn">{i}</td>' + "<td></td>" * 8 + "</tr>"
    css = """body{font:13px 'Liberation Sans'}.tb{background:#f8f9fa;height:80px;border-bottom:1px solid #ccc;padding:10px 14px;font-size:16px}
.fx{height:30px;border-bottom:1px solid #ccc;background:#fff;display:flex;align-items:center;padding-left:8px;font-size:13px}
.fx b{width:60px;border-right:1px solid #ccc;margin-right:10px}table{border-collapse:collapse;background:#fff}td,th{border:1px solid #e0e0e0;height:24px;width:118px;padding:0 6px}
.ch,.rn{background:#f1f3f4;color:#555;text-align:center;font-weight:normal}.rn{width:42px}.n{text-align:right}.sel{outline:2px solid #1a73e8}"""
    h = f"""<div class="tb">Q1-Q2 sales by rep.xlsx<div style="font-size:12px;color:#666;margin-top:8px">File &nbsp; Edit &nbsp; View &nbsp; Insert &nbsp; Format &nbsp; Data</div></div>
<div class="fx"><b>A4</b>{reps[2]}</div><table><tr><th class="ch"></th>{hdr}</tr>{body}</table>"""
    tot = {r: sum(v) for r, v in data.items()}
    best = max(reps, key=lambda r: tot[r])
    d5 = data[reps[3]][2]  # row 5 = reps[3], column D = Mar
    mar_sum = sum(data[r][2] for r in reps)
    return dict(name="spreadsheet_sales", category="spreadsheet", w=1200, h=560, html=page(h, css, bg="#fff"),
                qs=[Q("what's in D5?", f"{d5:,}", "number", "cell", True),
                    Q("which rep sold the most overall", best, "person", "argmax", True),
                    Q("total for March across all reps?", f"{mar_sum:,}", "number", "arithmetic", False),
                    Q("which cell is selected", "A4", "code", "state", True)])


@scene
def web_form(rng):
    css = f"""body{{font-family:{APP}}}.f{{width:720px;margin:26px auto;background:#fff;padding:28px 36px;border-radius:10px;box-shadow:0 2px 10px #0002;font-size:15px}}
h2{{margin-top:0}}label{{display:block;margin:7px 0}}.sec{{font-weight:bold;margin-top:18px}}select,input[type=text]{{font-size:15px;padding:6px;width:300px}}
.tg{{display:inline-block;width:44px;height:24px;border-radius:12px;background:#ccc;position:relative;vertical-align:middle;margin-right:10px}}
.tg::after{{content:'';position:absolute;width:20px;height:20px;border-radius:10px;background:#fff;top:2px;left:2px}}.on{{background:#16a34a}}.on::after{{left:22px}}"""
    toppings = [("Mushrooms", True), ("Olives", False), ("Extra cheese", True), ("Jalapeños", True), ("Pineapple", False), ("Anchovies", False)]
    size = ["Small (25 cm)", "Medium (30 cm)", "Large (35 cm)", "Family (45 cm)"]
    chosen = "Large (35 cm)"
    cb = "".join(f'<label><input type="checkbox" {"checked" if c else ""}> {t}</label>' for t, c in toppings)
    rd = "".join(f'<label><input type="radio" name="s" {"checked" if s == chosen else ""}> {s}</label>' for s in size)
    h = f"""<div class="f"><h2>Build your pizza — Forno Lucca</h2><label>Name<br><input type="text" value="Rafael Mendes"></label>
<div class="sec">Size</div>{rd}<div class="sec">Toppings</div>{cb}
<div class="sec">Crust</div><select><option>Thin &amp; crispy</option></select>
<div class="sec">Delivery</div><label><span class="tg on"></span>Contactless delivery</label><label><span class="tg"></span>Add cutlery</label></div>"""
    n = sum(1 for _, c in toppings if c)
    return dict(name="form_pizza", category="web_form", w=820, html=page(h, css, bg="#f4efe9"),
                qs=[Q("what size did I pick", chosen, "text", "state", True),
                    Q("how many toppings are ticked?", str(n), "count", "count", False),
                    Q("is cutlery turned on", "no", "yesno", "state", False)])


@scene
def settings_page(rng):
    opts = [("Email notifications", "Receive a summary of activity by email", True),
            ("Push notifications", "Alerts on your phone for mentions", False),
            ("Two-factor authentication", "Require a code when signing in", True),
            ("Public profile", "Anyone can see your profile page", False),
            ("Auto-play videos", "Play videos in the feed automatically", True),
            ("Weekly digest", "A roundup every Monday morning", False)]
    rows = "".join(f'<div class="r"><div><b>{t}</b><div class="s">{s}</div></div><span class="tg{" on" if o else ""}"></span></div>' for t, s, o in opts)
    nav = ["Profile", "Account", "Notifications & privacy", "Billing", "Connected apps"]
    css = f"""body{{font-family:{APP};font-size:15px}}.w{{display:flex;height:760px}}.nav{{width:260px;background:#1f2937;color:#cbd5e1;padding-top:20px}}
.nav div{{padding:11px 24px}}.nav .a{{background:#374151;color:#fff;border-left:4px solid #f59e0b}}.m{{flex:1;background:#fff;padding:30px 50px}}
.r{{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #eee;padding:14px 0}}.s{{color:#6b7280;font-size:13px}}
.tg{{width:48px;height:26px;border-radius:13px;background:#d1d5db;position:relative;flex:none}}.tg::after{{content:'';position:absolute;width:22px;height:22px;border-radius:11px;background:#fff;top:2px;left:2px}}
.on{{background:#2563eb}}.on::after{{left:24px}}select{{font-size:15px;padding:5px}}"""
    h = f"""<div class="w"><div class="nav"><div style="font-weight:bold;color:#fff;font-size:18px">⚙ Settings</div>{''.join(f'<div class="{"a" if n.startswith("Notif") else ""}">{n}</div>' for n in nav)}</div>
<div class="m"><h2 style="margin-top:0">Notifications &amp; privacy</h2>{rows}<div class="r"><div><b>Language</b></div><select><option>Deutsch</option></select></div>
<div class="r"><div><b>Time zone</b></div><select><option>(UTC+01:00) Amsterdam, Berlin</option></select></div></div></div>"""
    on = [t for t, _, o in opts if o]
    return dict(name="settings_privacy", category="settings", w=1200, h=760, html=page(h, css),
                qs=[Q("is 2FA enabled on my account?", "yes", "yesno", "state", False),
                    Q("how many of the toggles are switched on", str(len(on)), "count", "count", False),
                    Q("what language is set", "Deutsch", "text", "state", True)])


@scene
def dashboard_kpi(rng):
    tiles = [("Revenue", "$482,910", +8.4), ("Orders", "6,214", +3.1), ("Avg. order value", "$77.71", +5.2),
             ("Refund rate", "2.9%", -0.6), ("New customers", "1,388", -4.7), ("Conversion", "3.42%", +0.3)]
    tl = "".join(f'<div class="t"><div class="k">{k}</div><div class="v">{v}</div><div class="{"up" if d > 0 else "dn"}">{"▲" if d > 0 else "▼"} {abs(d):.1f}% vs last month</div></div>' for k, v, d in tiles)
    tops = [("Trail Runner X2", 812), ("Merino Crew Sock", 655), ("Packable Rain Shell", 430), ("Insulated Bottle 750ml", 397)]
    tb = "".join(f"<tr><td>{n}</td><td>{u}</td></tr>" for n, u in tops)
    css = f"""body{{font-family:{APP}}}.hd{{background:#0f172a;color:#fff;padding:16px 28px;font-size:20px}}.g{{display:grid;grid-template-columns:repeat(3,1fr);gap:18px;padding:24px 28px}}
.t{{background:#fff;border-radius:10px;padding:18px 22px;box-shadow:0 1px 4px #0002}}.k{{color:#64748b;font-size:14px}}.v{{font-size:32px;font-weight:bold;margin:6px 0}}
.up{{color:#16a34a;font-size:13px}}.dn{{color:#dc2626;font-size:13px}}table{{margin:0 28px;background:#fff;border-collapse:collapse;width:560px;border-radius:10px}}td,th{{padding:9px 14px;border-bottom:1px solid #eee;text-align:left}}"""
    h = f"""<div class="hd">Outpost Gear — Sales overview · August 2025</div><div class="g">{tl}</div>
<h3 style="margin:4px 28px 10px">Top products (units)</h3><table><tr><th>Product</th><th>Units</th></tr>{tb}</table>"""
    worst = min(tiles, key=lambda t: t[2])
    return dict(name="dashboard_kpis", category="dashboard", w=1200, h=720, html=page(h, css, bg="#f1f5f9"),
                qs=[Q("which metric dropped the most vs last month", worst[0], "text", "argmin", True),
                    Q("how many KPIs went down?", str(sum(1 for t in tiles if t[2] < 0)), "count", "count", False),
                    Q("how many more units did the top product sell than the second?", str(tops[0][1] - tops[1][1]), "number", "arithmetic", False)])


@scene
def calendar_week(rng):
    days = ["Mon 13", "Tue 14", "Wed 15", "Thu 16", "Fri 17"]
    ev = [(0, "09:00", "09:30", "Daily stand-up", "Room Fjord"), (1, "09:00", "09:30", "Daily stand-up", "Room Fjord"),
          (2, "09:00", "09:30", "Daily stand-up", "Room Fjord"), (3, "09:00", "09:30", "Daily stand-up", "Room Fjord"),
          (4, "09:00", "09:30", "Daily stand-up", "Room Fjord"), (1, "11:00", "12:00", "Design review", "Zoom"),
          (2, "13:00", "14:30", "Quarterly planning", "Boardroom 4B"), (2, "15:00", "15:45", "1:1 with Noor", "Noor's office"),
          (3, "14:00", "15:00", "Vendor call – Paxton", "Teams"), (4, "12:00", "13:00", "Team lunch", "Café Maren"),
          (0, "16:00", "17:00", "Interview: backend dev", "Room Delta"), (2, "10:00", "11:00", "Customer demo", "Zoom")]
    top0, hpx = 8, 58

    def y(t):
        h, m = map(int, t.split(":"))
        return (h - top0) * hpx + m * hpx / 60
    cols = ""
    for i, d in enumerate(days):
        evs = "".join(f'<div class="e" style="top:{y(s)}px;height:{y(e)-y(s)-2}px"><b>{esc(n)}</b> {s}–{e}<br>{esc(l)}</div>' for di, s, e, n, l in ev if di == i)
        cols += f'<div class="col"><div class="dh">{d}</div><div class="body">{evs}</div></div>'
    hours = "".join(f'<div class="hr" style="top:{(h-top0)*hpx+40}px">{h:02d}:00</div>' for h in range(8, 19))
    css = f"""body{{font-family:{APP};font-size:12px}}.cal{{display:flex;position:relative;padding-left:60px;background:#fff}}.col{{flex:1;border-left:1px solid #e5e5e5}}
.dh{{height:40px;text-align:center;font-size:15px;font-weight:bold;line-height:40px;border-bottom:1px solid #ddd}}.body{{position:relative;height:{11*hpx}px;
background:repeating-linear-gradient(#fff 0 {hpx-1}px,#eee {hpx-1}px {hpx}px)}}.e{{position:absolute;left:4px;right:4px;background:#dbeafe;border-left:4px solid #2563eb;padding:2px 5px;overflow:hidden;border-radius:3px}}
.hr{{position:absolute;left:8px;color:#888}}.tt{{font-size:20px;padding:14px 20px;background:#fff;border-bottom:1px solid #ddd}}"""
    h = f"""<div class="tt"><b>October 2025</b> · Week 42</div><div class="cal">{hours}{cols}</div>"""
    wed = sum(1 for e in ev if e[0] == 2)
    plan = [e for e in ev if e[3] == "Quarterly planning"][0]
    vend = [e for e in ev if e[3].startswith("Vendor")][0]
    return dict(name="calendar_week42", category="calendar", w=1200, h=740, html=page(h, css),
                qs=[Q("what time is the vendor call on thursday", vend[1], "time", "when", True),
                    Q("how many meetings do I have on Wednesday", str(wed), "count", "count", False),
                    Q("where's the quarterly planning?", plan[4], "text", "where", True)])


@scene
def calendar_month(rng):
    year, month = 2026, 2
    events = {3: "Dentist 08:15", 9: "Rent due", 14: "Valentine's dinner", 17: "Sprint demo", 20: "Flight to Madrid", 26: "Book club"}
    first = dt.date(year, month, 1)
    start = first.weekday()
    ndays = 28
    cells = ['<div class="c e"></div>'] * start
    for d in range(1, ndays + 1):
        ev = f'<div class="ev">{esc(events[d])}</div>' if d in events else ""
        cells.append(f'<div class="c"><div class="n">{d}</div>{ev}</div>')
    while len(cells) % 7:
        cells.append('<div class="c e"></div>')
    css = f"""body{{font-family:{APP}}}.m{{width:900px;margin:20px;background:#fff;border-radius:8px;overflow:hidden}}.t{{padding:16px 20px;font-size:22px;font-weight:bold;background:#7c3aed;color:#fff}}
.g{{display:grid;grid-template-columns:repeat(7,1fr)}}.wd{{padding:8px;text-align:center;font-weight:bold;color:#555;background:#f5f3ff}}.c{{height:96px;border:1px solid #eee;padding:5px}}.e{{background:#fafafa}}
.n{{font-size:14px;color:#333}}.ev{{margin-top:6px;background:#ede9fe;color:#5b21b6;font-size:12px;padding:3px 5px;border-radius:4px}}"""
    h = f"""<div class="m"><div class="t">February 2026</div><div class="g">{''.join(f'<div class="wd">{w}</div>' for w in ['Mon','Tue','Wed','Thu','Fri','Sat','Sun'])}{''.join(cells)}</div></div>"""
    fl = [d for d, e in events.items() if e.startswith("Flight")][0]
    wd = dt.date(year, month, fl).strftime("%A")
    after = sorted(d for d in events if d > 14)[0]
    return dict(name="calendar_feb2026", category="calendar", w=960, html=page(h, css, bg="#ede9fe"),
                qs=[Q("what day of the week is my flight to madrid?", wd, "text", "when", False),
                    Q("how many things are on the calendar this month", str(len(events)), "count", "count", False),
                    Q("what's the next thing after valentine's dinner", events[after], "text", "ordinal", True)])


@scene
def chat_screenshot(rng):
    msgs = [("Lena", "09:12", "morning! are we still on for the hike saturday?", False),
            ("Me", "09:15", "yes!! meet at the trailhead at 8?", True),
            ("Marco", "09:21", "8 is brutal 😅 can we do 8:30", False),
            ("Lena", "09:22", "fine by me. I'll bring the thermos", False),
            ("Me", "09:30", "ok 8:30 it is. who's driving?", True),
            ("Marco", "09:41", "I can drive, got room for 3 more", False),
            ("Aisha", "10:02", "count me in, I'll bring sandwiches 🥪", False)]
    b = ""
    for who, t, m, me in msgs:
        cls = "me" if me else "them"
        nm = "" if me else f'<div class="nm">{who}</div>'
        b += f'<div class="m {cls}">{nm}{esc(m)}<span class="t">{t}</span></div>'
    css = """body{font-family:'Liberation Sans';font-size:15px}.ph{width:420px;margin:20px auto;background:#e5ddd5;border-radius:18px;overflow:hidden;border:8px solid #111}
.hd{background:#075e54;color:#fff;padding:14px 16px;font-size:17px}.hd small{display:block;font-size:12px;opacity:.8}.ms{padding:12px 10px;display:flex;flex-direction:column;gap:8px}
.m{max-width:75%;padding:7px 10px 16px;border-radius:8px;position:relative;min-width:90px}.them{background:#fff;align-self:flex-start}.me{background:#dcf8c6;align-self:flex-end}
.nm{font-size:12px;font-weight:bold;color:#c2410c}.t{position:absolute;right:8px;bottom:3px;font-size:10px;color:#777}"""
    h = f"""<div class="ph"><div class="hd">🥾 Hiking crew<small>Lena, Marco, Aisha, You</small></div><div class="ms">{b}</div></div>"""
    drv = [m for m in msgs if "drive" in m[2] and not m[2].endswith("?")][0]
    last = msgs[-1]
    sand = [m for m in msgs if "sandwich" in m[2]][0]
    return dict(name="chat_hiking", category="chat", w=480, html=page(h, css, bg="#ccc"),
                qs=[Q("who's driving", drv[0], "person", "who", True),
                    Q("what time did we agree to meet?", "8:30", "time", "when", True),
                    Q("who sent the last message and when", f"{last[0]} at {last[1]}", "text", "multi", False)])


@scene
def email_inbox(rng):
    mails = [("Klarna", "Your payment of €64.90 is due in 3 days", "11:42", True),
             ("Jesper Holm", "Re: Q3 budget draft — two questions", "10:17", True),
             ("GitHub", "[ledgerly] PR #482 approved by tbecker", "09:55", False),
             ("Sofie Lund", "Photos from Saturday 📷", "08:03", True),
             ("Norwegian", "Check-in is open for your flight to Bergen", "Yesterday", False),
             ("Jesper Holm", "Meeting notes 2 Oct", "Yesterday", False),
             ("LinkedIn", "You appeared in 14 searches this week", "Yesterday", True),
             ("Skatteetaten", "Skattemeldingen din er klar", "Mon", False),
             ("Dropbox", "Your storage is 92% full", "Sun", False)]
    rows = "".join(f'<div class="r{" u" if u else ""}"><span class="s">{esc(s)}</span><span class="sub">{esc(t)}</span><span class="tm">{tm}</span></div>' for s, t, tm, u in mails)
    css = f"""body{{font-family:{APP};font-size:14px}}.w{{display:flex;height:620px}}.nav{{width:220px;background:#f3f4f6;padding:18px}}.nav div{{padding:8px 10px;border-radius:14px}}
.nav .a{{background:#d3e3fd;font-weight:bold}}.list{{flex:1;background:#fff}}.r{{display:flex;padding:12px 18px;border-bottom:1px solid #f0f0f0;color:#555}}.u{{font-weight:bold;color:#111;background:#fff}}
.r:not(.u){{background:#f6f8fc}}.s{{width:200px}}.sub{{flex:1}}.tm{{width:90px;text-align:right}}.sr{{padding:14px 18px;background:#fff;border-bottom:1px solid #ddd}}
.sr input{{width:600px;padding:9px 14px;border-radius:20px;border:none;background:#eef1f6;font-size:14px}}"""
    n_unread = sum(1 for m in mails if m[3])
    h = f"""<div class="sr"><input value="" placeholder="Search mail"></div><div class="w"><div class="nav"><div style="font-size:16px;margin-bottom:14px">✉ Mail</div>
<div class="a">Inbox &nbsp; {n_unread}</div><div>Starred</div><div>Sent</div><div>Drafts &nbsp; 2</div><div>Spam</div></div><div class="list">{rows}</div></div>"""
    gh = [m for m in mails if m[0] == "GitHub"][0]
    jes = [m for m in mails if m[0] == "Jesper Holm"]
    return dict(name="email_inbox", category="email_inbox", w=1180, h=700, html=page(h, css),
                qs=[Q("how many unread emails do I have", str(n_unread), "count", "count", True),
                    Q("who sent the most recent email", mails[0][0], "person", "ordinal", True),
                    Q("how many emails from Jesper are in the list", str(len(jes)), "count", "count", False)])


@scene
def weather_widget(rng):
    days = [("Mon", "☀", 24, 15, 0), ("Tue", "⛅", 22, 14, 10), ("Wed", "🌧", 17, 12, 80), ("Thu", "🌦", 19, 11, 55),
            ("Fri", "☀", 26, 16, 0), ("Sat", "⛅", 25, 17, 20), ("Sun", "⛈", 21, 15, 90)]
    d = "".join(f'<div class="d"><div>{n}</div><div class="ic">{i}</div><div><b>{h}°</b> <span>{l}°</span></div><div class="p">💧{p}%</div></div>' for n, i, h, l, p in days)
    css = """body{font-family:'Lato'}.w{width:640px;margin:24px;border-radius:22px;padding:24px 26px;color:#fff;background:linear-gradient(160deg,#3b82f6,#1e3a8a)}
.now{display:flex;align-items:center;gap:20px}.tmp{font-size:64px;font-weight:300}.ds{display:flex;justify-content:space-between;margin-top:20px;text-align:center}
.d{width:80px;font-size:14px}.ic{font-size:26px;margin:6px 0}.d span{opacity:.7}.p{font-size:12px;opacity:.85;margin-top:4px}"""
    h = f"""<div class="w"><div class="now"><div class="tmp">21°</div><div><b>Valencia</b><br>Partly cloudy · Feels like 23°<br>Wind 14 km/h · Humidity 61%</div></div><div class="ds">{d}</div></div>"""
    rain = max(days, key=lambda x: x[4])
    hot = max(days, key=lambda x: x[2])
    fri = [x for x in days if x[0] == "Fri"][0]
    return dict(name="weather_valencia", category="weather", w=700, html=page(h, css, bg="#e2e8f0"),
                qs=[Q("which day has the highest chance of rain", rain[0], "text", "argmax", True),
                    Q("high on friday?", f"{fri[2]}°", "number", "cell", True),
                    Q("hottest day this week and its high", f"{hot[0]}, {hot[2]}°", "text", "multi", False)])


@scene
def kanban(rng):
    board = {"Backlog": [("Migrate to Postgres 16", "AK"), ("Dark mode for mobile", "—"), ("Audit log export", "JS")],
             "To do": [("Rate limit webhooks", "MR"), ("Onboarding checklist", "AK")],
             "In progress": [("Stripe tax integration", "JS"), ("Fix flaky e2e login test", "PL"), ("Search autocomplete", "MR"), ("Invoice PDF redesign", "AK")],
             "Review": [("Bulk CSV import", "PL")],
             "Done": [("SSO with Okta", "JS"), ("Password reset emails", "MR"), ("Usage-based billing", "AK")]}
    cols = ""
    for c, cards in board.items():
        cs = "".join(f'<div class="cd">{esc(t)}<div class="av">{a}</div></div>' for t, a in cards)
        cols += f'<div class="col"><div class="ch">{c} <span>{len(cards)}</span></div>{cs}</div>'
    css = f"""body{{font-family:{APP};font-size:14px}}.hd{{padding:14px 22px;font-size:20px;font-weight:bold;color:#fff;background:#0c66e4}}.b{{display:flex;gap:14px;padding:18px}}
.col{{width:220px;background:#f1f2f4;border-radius:10px;padding:10px}}.ch{{font-weight:bold;margin-bottom:10px}}.ch span{{color:#666;font-weight:normal}}
.cd{{background:#fff;border-radius:8px;padding:10px;margin-bottom:8px;box-shadow:0 1px 1px #0002;position:relative;padding-bottom:30px}}
.av{{position:absolute;right:8px;bottom:6px;width:24px;height:24px;border-radius:12px;background:#6554c0;color:#fff;font-size:10px;text-align:center;line-height:24px}}"""
    h = f"""<div class="hd">Sprint 31 — Billing squad</div><div class="b">{cols}</div>"""
    flaky = [(c, a) for c, cards in board.items() for t, a in cards if t.startswith("Fix flaky")][0]
    bulk = [c for c, cards in board.items() for t, a in cards if t == "Bulk CSV import"][0]
    ak = sum(1 for cards in board.values() for t, a in cards if a == "AK")
    return dict(name="kanban_sprint31", category="kanban", w=1200, h=620, html=page(h, css, bg="#fff"),
                qs=[Q("who's assigned the flaky e2e test fix? initials", flaky[1], "person", "who", True),
                    Q("what column is Bulk CSV import in", bulk, "text", "where", True),
                    Q("how many cards does AK have across the board", str(ak), "count", "count", False)])


@scene
def todo_list(rng):
    items = [("Ring the landlord about the boiler", True), ("Renew passport photos", False), ("Buy birthday gift for Oma", True),
             ("Cancel gym trial", False), ("Send invoice to Halden & Rowe", True), ("Book dentist check-up", False), ("Water the plants", True)]
    li = "".join(f'<div class="i{" dn" if d else ""}"><span class="bx">{"✓" if d else ""}</span>{esc(t)}</div>' for t, d in items)
    css = """body{font-family:'Liberation Sans'}.t{width:460px;margin:24px;background:#fffbea;padding:22px 24px;border-radius:6px;box-shadow:0 2px 6px #0003}
h2{margin:0 0 12px;font-family:'Liberation Serif'}.i{padding:9px 0;border-bottom:1px solid #eadfb3;font-size:16px;display:flex;align-items:center}
.bx{width:20px;height:20px;border:2px solid #a16207;border-radius:4px;margin-right:12px;text-align:center;line-height:17px;color:#fff;font-size:14px}
.dn{color:#9ca3af;text-decoration:line-through}.dn .bx{background:#a16207}"""
    h = f"""<div class="t"><h2>This week ✏️</h2>{li}</div>"""
    left = [t for t, d in items if not d]
    return dict(name="todo_week", category="todo", w=540, html=page(h, css, bg="#d6d3d1"),
                qs=[Q("how many things are still left to do?", str(len(left)), "count", "count", False),
                    Q("first unchecked item on my list", left[0], "text", "ordinal", True),
                    Q("did I already cancel the gym trial", "no", "yesno", "state", False)])


@scene
def slide_bullets(rng):
    bullets = ["Expand to Benelux in Q2 with two local hires", "Cut onboarding time from 14 to 7 days",
               "Launch self-serve annual plans", "Reduce churn below 2.5% monthly", "Ship public API v1"]
    css = """.s{width:1280px;height:720px;background:#fff;position:relative;font-family:'Lato'}.bar{height:14px;background:#f97316}
h1{font-size:46px;margin:50px 80px 10px;color:#1f2937}.sub{margin:0 80px;color:#6b7280;font-size:22px}ul{margin:36px 80px;font-size:30px;line-height:1.7;color:#374151}
.ft{position:absolute;bottom:20px;left:80px;right:80px;display:flex;justify-content:space-between;color:#9ca3af;font-size:16px}"""
    h = f"""<div class="s"><div class="bar"></div><h1>2026 Priorities</h1><div class="sub">Leadership offsite · Utrecht · January 2026</div>
<ul>{''.join(f'<li>{esc(b)}</li>' for b in bullets)}</ul><div class="ft"><span>Tidemark B.V. — confidential</span><span>7 / 22</span></div></div>"""
    return dict(name="slide_priorities", category="slide", w=1280, h=720, html=page(h, css, bg="#fff"),
                qs=[Q("how many bullet points on this slide", str(len(bullets)), "count", "count", False),
                    Q("what's the churn target", "below 2.5% monthly", "percent", "field", True)])


@scene
def slide_diagram(rng):
    steps = ["Ingest", "Validate", "Enrich", "Score", "Publish"]
    box = "".join(f'<div class="bx">{s}</div>' + ('<div class="ar">➜</div>' if i < len(steps) - 1 else "") for i, s in enumerate(steps))
    css = """.s{width:1280px;height:720px;background:#0b1220;color:#e5e7eb;font-family:'Lato';padding:60px 70px}h1{font-size:44px;margin:0 0 70px}
.fl{display:flex;align-items:center;gap:14px}.bx{width:180px;height:110px;border-radius:14px;background:#1e293b;border:2px solid #38bdf8;display:flex;align-items:center;justify-content:center;font-size:26px}
.ar{font-size:38px;color:#38bdf8}.n{margin-top:70px;font-size:22px;color:#94a3b8;line-height:1.6}"""
    h = f"""<div class="s"><h1>Fraud pipeline (v2)</h1><div class="fl">{box}</div><div class="n">Enrich adds device fingerprint and IP reputation.<br>Score runs the gradient-boosted model; threshold 0.82 triggers manual review.</div></div>"""
    return dict(name="slide_pipeline", category="slide", w=1280, h=720, html=page(h, css, bg="#0b1220"),
                qs=[Q("what step comes right after Validate", steps[steps.index("Validate") + 1], "text", "ordinal", True),
                    Q("how many stages does the pipeline have?", str(len(steps)), "count", "count", False),
                    Q("what score threshold sends stuff to manual review", "0.82", "number", "field", True)])


@scene
def notifications(rng):
    ns = [("Slack", "#deploys: api v1.14.2 rolled back", "2m"), ("Calendar", "Design review in 15 minutes", "5m"),
          ("Slack", "Noor: can you look at my PR?", "18m"), ("Bank", "Card payment 42,80 € at REWE", "34m"),
          ("Slack", "Tom reacted 👍 to your message", "1h"), ("Weather", "Rain expected from 16:00", "2h"),
          ("Updates", "3 app updates available", "3h")]
    items = "".join(f'<div class="n"><div class="ap">{a}</div><div class="tx">{esc(t)}</div><div class="tm">{tm}</div></div>' for a, t, tm in ns)
    css = """body{font-family:'Liberation Sans'}.p{width:440px;margin:20px;background:rgba(30,30,35,.92);padding:14px;border-radius:16px}
.n{background:#3a3a40;color:#eee;border-radius:12px;padding:10px 12px;margin-bottom:8px;position:relative}.ap{font-size:12px;color:#aaa;text-transform:uppercase}
.tx{font-size:15px;margin-top:3px;padding-right:40px}.tm{position:absolute;right:12px;top:10px;font-size:12px;color:#aaa}.h{color:#fff;font-size:18px;margin:4px 4px 12px}"""
    h = f"""<div class="p"><div class="h">Notifications</div>{items}</div>"""
    sl = sum(1 for n in ns if n[0] == "Slack")
    return dict(name="notifications_panel", category="notifications", w=500, html=page(h, css, bg="#5b6b82"),
                qs=[Q("how many slack notifications are there", str(sl), "count", "count", False),
                    Q("what's the newest notification about?", ns[0][1], "text", "ordinal", True)])


@scene
def shopping_cart(rng):
    items = [("Ceramic pour-over dripper", "White", 1, 3400, 3400), ("Hand grinder Kōji", "Matte black", 1, 8900, 7565),
             ("Specialty beans Huila 250 g", "Whole bean", 3, 1450, 1450), ("Gooseneck kettle 0.8 L", "Steel", 1, 6200, 6200)]
    rows = ""
    for n, v, q, p, s in items:
        pr = f'<s>€{us(p*q)}</s> <b>€{us(s*q)}</b>' if s != p else f'<b>€{us(p*q)}</b>'
        rows += f'<div class="it"><div class="im"></div><div style="flex:1"><b>{esc(n)}</b><br><span class="g">{v}</span></div><div class="q">Qty {q}</div><div class="pr">{pr}</div></div>'
    sub = sum(s * q for *_, q, p, s in items)
    saved = sum((p - s) * q for *_, q, p, s in items)
    ship = 0 if sub >= 5000 else 495
    tot = sub + ship
    css = f"""body{{font-family:{APP};font-size:15px}}.w{{display:flex;gap:26px;padding:26px}}.l{{flex:1;background:#fff;padding:20px;border-radius:8px}}.it{{display:flex;align-items:center;gap:16px;border-bottom:1px solid #eee;padding:14px 0}}
.im{{width:64px;height:64px;background:#e7e5e4;border-radius:6px}}.g{{color:#78716c;font-size:13px}}.q{{width:80px}}.pr{{width:150px;text-align:right}}s{{color:#a8a29e}}
.r{{width:340px;background:#fff;padding:20px;border-radius:8px;height:fit-content}}.r div{{display:flex;justify-content:space-between;margin:8px 0}}.btn{{background:#1c1917;color:#fff;text-align:center;padding:12px;border-radius:6px;margin-top:14px;display:block!important}}"""
    h = f"""<div class="w"><div class="l"><h2 style="margin-top:0">Your cart ({sum(i[2] for i in items)} items)</h2>{rows}</div>
<div class="r"><h3 style="margin-top:0">Order summary</h3><div><span>Subtotal</span><span>€{us(sub)}</span></div><div><span>You save</span><span style="color:#15803d">€{us(saved)}</span></div>
<div><span>Shipping</span><span>{"Free" if ship == 0 else "€" + us(ship)}</span></div><div style="font-weight:bold;font-size:18px"><span>Total</span><span>€{us(tot)}</span></div><div class="btn">Checkout</div></div></div>"""
    beans = items[2]
    return dict(name="cart_coffee", category="shopping_cart", w=1200, html=page(h, css, bg="#f5f5f4"),
                qs=[Q("what's my cart total", f"€{us(tot)}", "money", "field", True),
                    Q("which item is discounted and what's the new price", f"{items[1][0]}, €{us(items[1][4])}", "text", "multi", False),
                    Q("is shipping free?", "yes" if ship == 0 else "no", "yesno", "yesno", False)])


@scene
def recipe_card(rng):
    prep, cook = 40, 12
    ing = [("farina 00", "300 g"), ("uova", "3"), ("parmigiano grattugiato", "80 g"), ("guanciale", "150 g"), ("pepe nero", "q.b."), ("sale", "q.b.")]
    css = """.r{width:680px;margin:24px;background:#fff8f0;border:1px solid #e7cfb4;border-radius:8px;padding:26px 30px;font:15px 'Liberation Serif';color:#3b2a1a}
h1{margin:0;font-size:32px;color:#9a3412}.m{display:flex;gap:26px;margin:10px 0 16px;font:14px 'Liberation Sans';color:#7c5a3a}.two{display:flex;gap:30px}ul{margin:0;padding-left:18px}ol{margin:0;padding-left:18px}"""
    h = f"""<div class="r"><h1>Pasta alla carbonara fatta in casa</h1><div class="m"><span>👥 Porzioni: 4</span><span>⏱ Preparazione: {prep} min</span><span>🔥 Cottura: {cook} min</span><span>Difficoltà: media</span></div>
<div class="two"><div style="width:240px"><b>Ingredienti</b><ul>{''.join(f'<li>{a} {n}</li>' if a[0].isdigit() else f'<li>{n} {a}</li>' for n, a in ing)}</ul></div>
<div><b>Procedimento</b><ol><li>Impastare farina e uova, riposare 30 min.</li><li>Stendere e tagliare a tagliatelle.</li><li>Rosolare il guanciale senza olio.</li><li>Mantecare con uova, parmigiano e pepe fuori dal fuoco.</li></ol></div></div></div>"""
    return dict(name="recipe_carbonara_it", category="recipe", w=760, html=page(h, css, bg="#e7e5e4"),
                qs=[Q("per quante persone è la ricetta?", "4", "number", "field", True),
                    Q("total time prep + cooking?", f"{prep + cook} min", "number", "arithmetic", False)])


@scene
def timetable_bus(rng):
    deps = ["06:12", "06:42", "07:07", "07:27", "07:47", "08:17", "08:47", "09:47", "10:47", "11:47", "12:47", "13:17", "13:47",
            "14:17", "14:47", "15:12", "15:32", "15:52", "16:22", "16:52", "17:52", "18:52", "20:22", "21:52"]
    byh = {}
    for d in deps:
        byh.setdefault(d[:2], []).append(d[3:])
    rows = "".join(f"<tr><td class='h'>{h}</td><td>{'&nbsp;&nbsp;&nbsp;'.join(ms)}</td></tr>" for h, ms in byh.items())
    css = """.t{width:560px;margin:22px;background:#fff;font:15px 'DejaVu Sans'}.hd{background:#c8102e;color:#fff;padding:12px 16px}.hd b{font-size:30px;margin-right:14px}
table{border-collapse:collapse;width:100%}td{border-bottom:1px solid #ddd;padding:6px 12px}.h{width:60px;font-weight:bold;background:#f3f3f3;text-align:center}.f{padding:8px 14px;font-size:12px;color:#555}"""
    h = f"""<div class="t"><div class="hd"><b>23</b>Sentrum – Sandvika – Bekkestua<br><small>Fra holdeplass: Nationaltheatret · Mandag–fredag</small></div><table><tr><td class="h">Time</td><td>Minutter</td></tr>{rows}</table>
<div class="f">Gjelder fra 18.08.2025. Avvik kan forekomme på helligdager.</div></div>"""
    nxt = [d for d in deps if d > "14:00"][0]
    last = deps[-1]
    n8 = len(byh["08"])
    return dict(name="timetable_bus23_no", category="timetable", w=620, html=page(h, css, bg="#e5e5e5"),
                qs=[Q("first bus after 2pm?", nxt, "time", "ordinal", False),
                    Q("når går siste buss?", last, "time", "ordinal", False),
                    Q("how many departures in the 8 o'clock hour", str(n8), "count", "count", False)])


@scene
def leaderboard(rng):
    players = [("kestrel_ana", 18420, 212), ("M0rten", 17955, 198), ("pixelpaz", 17960, 240), ("void.walker", 16210, 187),
               ("LuciaB", 15880, 176), ("turbo_tom", 15020, 201), ("nadia_k", 14475, 169), ("quietfox", 13990, 154)]
    players.sort(key=lambda p: -p[1])
    rows = "".join(f'<tr class="{"me" if p[0] == "LuciaB" else ""}"><td>{i}</td><td>{p[0]}</td><td>{p[1]:,}</td><td>{p[2]}</td></tr>' for i, p in enumerate(players, 1))
    css = """.b{width:620px;margin:24px;background:#111827;color:#e5e7eb;border-radius:12px;padding:18px;font:15px 'Lato'}h2{margin:0 0 12px;color:#fbbf24}
table{width:100%;border-collapse:collapse}th{color:#9ca3af;text-align:left;font-weight:normal;padding:6px}td{padding:9px 6px;border-top:1px solid #1f2937}tr.me td{background:#1e3a8a}"""
    h = f"""<div class="b"><h2>🏆 Season 4 — Weekly leaderboard</h2><table><tr><th>#</th><th>Player</th><th>Points</th><th>Games</th></tr>{rows}</table></div>"""
    me = [i for i, p in enumerate(players, 1) if p[0] == "LuciaB"][0]
    return dict(name="leaderboard_s4", category="leaderboard", w=680, html=page(h, css, bg="#030712"),
                qs=[Q("who's in third place", players[2][0], "person", "ordinal", True),
                    Q("how many points ahead is first place over second", f"{players[0][1]-players[1][1]:,}", "number", "arithmetic", False),
                    Q("which player has played the most games", max(players, key=lambda p: p[2])[0], "person", "argmax", True)])


@scene
def menu_fr(rng):
    sections = {"Entrées": [("Soupe à l'oignon gratinée", 850), ("Salade de chèvre chaud", 1100), ("Œufs mayonnaise", 650)],
                "Plats": [("Steak frites, sauce au poivre", 2250), ("Confit de canard, pommes sarladaises", 1950), ("Risotto aux cèpes", 1800), ("Dos de cabillaud, beurre blanc", 2100)],
                "Desserts": [("Crème brûlée", 750), ("Tarte Tatin, crème fraîche", 850), ("Mousse au chocolat", 700), ("Île flottante", 750)]}
    body = ""
    for s, its in sections.items():
        body += f"<h2>{s}</h2>" + "".join(f'<div class="i"><span>{esc(n)}</span><span class="d"></span><span>{fr(p)} €</span></div>' for n, p in its)
    css = """.m{width:620px;margin:24px;background:#fdf6e3;padding:30px 40px;border:6px double #5b3a1e;font:17px 'Liberation Serif';color:#3a2412}
h1{text-align:center;font:italic 38px 'Liberation Serif';margin:0}h2{font:bold 18px 'Liberation Sans';letter-spacing:3px;text-transform:uppercase;border-bottom:1px solid #b08968;margin-top:22px}
.i{display:flex;margin:7px 0}.d{flex:1;border-bottom:1px dotted #8b6b4a;margin:0 6px 5px}"""
    h = f"""<div class="m"><h1>Bistrot Le Galopin</h1><div style="text-align:center;font-size:14px">Lyon 2e · service midi &amp; soir</div>{body}
<div style="margin-top:20px;font-size:14px;text-align:center">Formule midi entrée + plat : 24,00 €</div></div>"""
    dess = min(sections["Desserts"], key=lambda x: x[1])
    rs = [p for n, p in sections["Plats"] if n.startswith("Risotto")][0]
    ex = max((p for ps in sections.values() for n, p in ps))
    exn = [n for ps in sections.values() for n, p in ps if p == ex][0]
    return dict(name="menu_bistrot_fr", category="menu", w=720, html=page(h, css, bg="#4a3728"),
                qs=[Q("quel est le dessert le moins cher ?", dess[0], "text", "argmin", True),
                    Q("how much is the risotto", f"{fr(rs)} €", "money", "cell", True),
                    Q("most expensive dish on the menu?", exn, "text", "argmax", True)])


@scene
def product_page(rng):
    now, old = 2499, 3299
    kr = lambda v: "kr " + f"{v:,}".replace(",", " ")
    css = f"""body{{font-family:{APP}}}.w{{display:flex;gap:40px;padding:30px 50px;background:#fff;height:700px}}.img{{width:460px;height:460px;background:linear-gradient(135deg,#e2e8f0,#cbd5e1);border-radius:10px}}
.i{{flex:1}}h1{{margin:0;font-size:28px}}.st{{color:#f59e0b;font-size:18px}}.pr{{font-size:34px;font-weight:bold;margin:14px 0}}.old{{color:#94a3b8;text-decoration:line-through;font-size:20px;margin-left:10px}}
.sz span{{display:inline-block;border:1px solid #cbd5e1;padding:8px 14px;margin-right:6px;border-radius:6px}}.sz .sel{{border:2px solid #111;font-weight:bold}}.sz .na{{color:#cbd5e1;text-decoration:line-through}}
.oos{{color:#dc2626;font-weight:bold}}.btn{{background:#111;color:#fff;padding:14px;border-radius:8px;text-align:center;width:300px;margin-top:18px}}.nav{{padding:14px 50px;border-bottom:1px solid #eee;background:#fff;font-size:14px;color:#64748b}}"""
    sizes = [("S", True), ("M", True), ("L", False), ("XL", True)]
    sel = "M"
    sz = "".join(f'<span class="{"sel" if s == sel else ("na" if not ok else "")}">{s}</span>' for s, ok in sizes)
    h = f"""<div class="nav">Home / Men / Jackets / <b>Fjellvind Down Parka</b></div><div class="w"><div class="img"></div><div class="i"><h1>Fjellvind Down Parka</h1>
<div class="st">★★★★☆ <span style="color:#334155;font-size:14px">4.3 (1,287 reviews)</span></div><div class="pr">{kr(now)}<span class="old">{kr(old)}</span></div>
<div>Colour: <b>Forest green</b></div><div style="margin:12px 0 6px">Size:</div><div class="sz">{sz}</div><div style="margin-top:10px" class="oos">Size L — out of stock</div>
<div style="margin-top:8px;color:#16a34a">✓ In stock in M — ships in 1–2 days</div><div class="btn">Add to bag</div>
<ul style="color:#475569;font-size:14px;margin-top:20px"><li>700-fill responsibly sourced down</li><li>Water-repellent shell</li><li>Weight: 1.1 kg</li></ul></div></div>"""
    return dict(name="product_parka", category="product_page", w=1200, h=760, html=page(h, css),
                qs=[Q("is size L available?", "no", "yesno", "yesno", False),
                    Q("how much is the parka now", kr(now), "money", "field", True),
                    Q("how much is the discount?", kr(old - now), "money", "arithmetic", False)])


@scene
def article(rng):
    css = """.a{width:820px;margin:0 auto;background:#fff;padding:40px 60px;font:18px/1.6 'Liberation Serif';color:#222}.k{font:bold 13px 'Liberation Sans';color:#b91c1c;letter-spacing:2px}
h1{font-size:38px;line-height:1.15;margin:8px 0}.by{font:14px 'Liberation Sans';color:#555;border-bottom:1px solid #ddd;padding-bottom:14px}.fig{background:#f1f5f9;height:220px;margin:20px 0 6px;display:flex;align-items:flex-end;gap:18px;padding:20px 40px}
.fig div{flex:1;background:#0369a1}.cap{font:13px 'Liberation Sans';color:#666}"""
    h = """<div class="a"><div class="k">WIRTSCHAFT</div><h1>Fahrradhersteller in Norddeutschland verdoppeln Exporte</h1>
<div class="by">Von <b>Katharina Vogt</b> · Hamburg · 17. Juni 2025, 07:30 Uhr · 4 Min. Lesezeit</div>
<p>Die Ausfuhren von E-Bikes aus Schleswig-Holstein, Hamburg und Niedersachsen sind 2024 auf 1,9 Milliarden Euro gestiegen – fast doppelt so viel wie 2021.</p>
<div class="fig"><div style="height:48%"></div><div style="height:61%"></div><div style="height:80%"></div><div style="height:95%"></div></div>
<div class="cap">Abb. 1: Exporte 2021–2024 (Quelle: Landesamt für Statistik Nord)</div>
<p>Größter Abnehmer bleiben die Niederlande, gefolgt von Dänemark und Österreich.</p></div>"""
    return dict(name="article_ebikes_de", category="article", w=940, html=page(h, css, bg="#f3f4f6"),
                qs=[Q("who wrote this article", "Katharina Vogt", "person", "who", True),
                    Q("Wer ist der größte Abnehmer der Exporte?", "Niederlande", "text", "field", True)])
