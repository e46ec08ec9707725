"""UI screenshots: forms, settings, dashboards, calendars, chat, inbox, boards, docs, spreadsheets..."""
import datetime as dt
from common import Q, scene, esc, page, eu, eun

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def web_form():
    plans = ["Starter", "Team", "Enterprise"]; sel_plan = "Team"
    boxes = [("Send me product updates", True), ("Share usage data", False), ("Enable two-factor authentication", True),
             ("Add me to the beta program", True), ("Subscribe to SMS alerts", False)]
    country = "Belgium"
    css = (".w{width:1180px;margin:0 auto;display:flex;font-size:15px;color:#223}.side{width:230px;background:#1f2a44;color:#cfd8ea;padding:24px;min-height:720px}"
           ".side div{padding:8px 0}.main{flex:1;padding:30px 40px}.f{margin-bottom:20px}.lbl{font-weight:bold;margin-bottom:6px}"
           "input[type=text],select{font-size:15px;padding:8px;width:380px}.rad label{margin-right:24px}.cb div{margin:6px 0}")
    rad = "".join(f"<label><input type=radio name=p {'checked' if p == sel_plan else ''}> {p}</label>" for p in plans)
    cbs = "".join(f"<div><label><input type=checkbox {'checked' if c else ''}> {esc(t)}</label></div>" for t, c in boxes)
    body = (f"<div class='w'><div class='side'><b style='font-size:20px;color:#fff'>Brightloop</b><div>Dashboard</div><div>Projects</div><div style='color:#fff'>▸ Account</div><div>Billing</div></div>"
            f"<div class='main'><h2>Account setup</h2><div class='f'><div class='lbl'>Company name</div><input type=text value='Vandenberghe Print BV'></div>"
            f"<div class='f'><div class='lbl'>Country</div><select><option>{country}</option></select></div>"
            f"<div class='f'><div class='lbl'>Plan</div><div class='rad'>{rad}</div></div><div class='f'><div class='lbl'>Preferences</div><div class='cb'>{cbs}</div></div>"
            f"<button style='font-size:16px;padding:10px 22px;background:#3b6cf6;color:#fff;border:0;border-radius:6px'>Save changes</button></div></div>")
    scene("form_account", "web_form", page(body, css), 1180, [
        Q("which plan is selected", sel_plan, "text", "control_state", True),
        Q("how many of the preference boxes are ticked?", sum(c for _, c in boxes), "count", "count", False),
        Q("did I enable 2FA?", ("yes" if dict(boxes)["Enable two-factor authentication"] else "no"), "yesno", "control_state", False),
        Q("is share usage data checked", ("yes" if dict(boxes)["Share usage data"] else "no"), "yesno", "control_state", False),
        Q("what country did I pick", country, "text", "control_state", True),
    ], height=900)


def settings_page():
    toggles = [("Dark mode", True), ("Desktop notifications", False), ("Email digest", True), ("Auto-play videos", False), ("Location services", True)]
    css = (".w{width:620px;margin:20px auto;background:#fff;border-radius:12px;padding:10px 24px;font-size:16px;box-shadow:0 2px 10px #0002}"
           ".r{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #eee}"
           ".t{width:46px;height:26px;border-radius:13px;position:relative}.t i{position:absolute;top:3px;width:20px;height:20px;border-radius:10px;background:#fff}")
    rows = "".join(f"<div class='r'><span>{n}</span><span class='t' style='background:{'#34c759' if on else '#ccc'}'><i style='{'right:3px' if on else 'left:3px'}'></i></span></div>" for n, on in toggles)
    body = (f"<div class='w'><h3>Einstellungen · Settings</h3>{rows}<div class='r'><span>Language</span><span>Deutsch ▾</span></div>"
            f"<div class='r'><span>Time zone</span><span>Europe/Vienna ▾</span></div></div>")
    scene("settings_toggles", "settings", page(body, css, bg="#f0f0f3"), 680, [
        Q("is dark mode turned on", ("yes" if dict(toggles)["Dark mode"] else "no"), "yesno", "control_state", False),
        Q("are desktop notifications on?", ("yes" if dict(toggles)["Desktop notifications"] else "no"), "yesno", "control_state", False),
        Q("how many toggles are switched on", sum(on for _, on in toggles), "count", "count", False),
        Q("which language is set", "Deutsch", "text", "control_state", True),
    ])


def dashboard():
    kpis = [("Revenue", "€84.2k", "+12.4%"), ("Orders", "1,938", "+3.1%"), ("Avg. basket", "€43.45", "−2.7%"),
            ("Refund rate", "1.8%", "−0.4 pp"), ("New customers", "612", "+18.9%")]
    top = [("Linen shirt – sand", 214), ("Canvas tote", 187), ("Merino beanie", 163), ("Wool socks 3-pack", 158)]
    css = (".w{width:1260px;padding:24px;font-size:15px;color:#1b1f24}.k{display:flex;gap:16px}.t{flex:1;background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 4px #0002}"
           ".v{font-size:28px;font-weight:bold}.up{color:#1a7f37}.dn{color:#cf222e}table{border-collapse:collapse;width:540px;background:#fff;margin-top:20px}td,th{padding:8px 12px;border-bottom:1px solid #eee;text-align:left}")
    tiles = "".join(f"<div class='t'><div>{n}</div><div class='v'>{v}</div><div class='{'up' if d.startswith('+') else 'dn'}'>{d} vs last month</div></div>" for n, v, d in kpis)
    rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{u}</td></tr>" for i, (n, u) in enumerate(top, 1))
    body = (f"<div class='w'><h2>Store overview — April 2026</h2><div class='k'>{tiles}</div>"
            f"<table><tr><th>#</th><th>Top product</th><th>Units</th></tr>{rows}</table></div>")
    scene("dashboard_store", "dashboard", page(body, css, bg="#f4f6f8"), 1300, [
        Q("what was revenue in april", "€84.2k", "money", "field_lookup", True),
        Q("which KPIs went down vs last month?", ", ".join(n for n, _, d in kpis if not d.startswith("+")), "text", "multi_part", False),
        Q("how many more canvas totes than merino beanies sold?", top[1][1] - top[2][1], "number", "arithmetic", False),
        Q("new customers growth %", "+18.9%", "percent", "field_lookup", True),
    ])


def calendar_week():
    start = dt.date(2026, 9, 14)
    ev = [(0, "09:00", "10:00", "Sprint planning"), (0, "13:30", "14:00", "1:1 with Amara"), (1, "11:00", "12:00", "Vendor call – Lumeo"),
          (2, "08:30", "09:00", "Stand-up"), (2, "10:00", "11:30", "Design review"), (2, "15:00", "16:00", "Hiring panel"),
          (3, "14:00", "15:30", "Budget Q4 sync"), (4, "12:00", "13:00", "Team lunch @ Osteria Nove")]
    css = (".w{width:1240px;padding:16px;font-size:14px}.g{display:grid;grid-template-columns:60px repeat(5,1fr);position:relative}"
           ".h{font-weight:bold;padding:8px;border-bottom:2px solid #ccc;text-align:center}.col{position:relative;height:560px;border-left:1px solid #e3e3e3}"
           ".e{position:absolute;left:4px;right:4px;background:#dbe8ff;border-left:4px solid #3662d8;padding:3px 6px;border-radius:4px;overflow:hidden}.tm{height:560px;position:relative}")
    def y(t):
        h, m = map(int, t.split(":")); return (h - 8) * 56 + m * 56 / 60
    hdr = "<div></div>" + "".join(f"<div class='h'>{WD[i][:3]} {(start+dt.timedelta(i)).day}</div>" for i in range(5))
    tm = "<div class='tm'>" + "".join(f"<div style='position:absolute;top:{(h-8)*56}px;color:#888'>{h:02d}:00</div>" for h in range(8, 18)) + "</div>"
    cols = ""
    for i in range(5):
        es = "".join(f"<div class='e' style='top:{y(a)}px;height:{y(b)-y(a)-2}px'><b>{esc(n)}</b><br>{a}–{b}</div>" for d, a, b, n in ev if d == i)
        cols += f"<div class='col'>{es}</div>"
    body = f"<div class='w'><h2>September 2026 · Week 38</h2><div class='g'>{hdr}{tm}{cols}</div></div>"
    dr = next(e for e in ev if e[3] == "Design review")
    wed = sum(1 for e in ev if e[0] == 2)
    bud = next(e for e in ev if e[3].startswith("Budget"))
    scene("calendar_week", "calendar", page(body, css), 1260, [
        Q("when is the design review", f"{WD[dr[0]]} {(start+dt.timedelta(dr[0])).day}, {dr[1]}–{dr[2]}", "text", "who_when_where", False),
        Q("how many meetings do I have on wednesday", wed, "count", "count", False),
        Q("what day is the budget sync", WD[bud[0]], "text", "who_when_where", False),
        Q("where's the team lunch?", "Osteria Nove", "text", "who_when_where", True),
    ], height=800)


def chat():
    msgs = [("Jonas", "09:12", "morning! did anyone book the room for friday?", False), ("Me", "09:14", "not yet, I'll do it now", True),
            ("Sofie", "09:15", "Book the big one pls, we're 9 people", False), ("Me", "09:21", "done — Room Fjeld, 14:00-16:00", True),
            ("Jonas", "09:22", "legend!!", False), ("Sofie", "09:40", "can someone bring the HDMI adapter?", False)]
    css = (".w{width:460px;margin:20px auto;background:#ece5dd;padding:14px;border-radius:14px;font-size:15px}.m{max-width:330px;padding:8px 12px;border-radius:10px;margin:8px 0;clear:both}"
           ".me{background:#d9fdd3;float:right}.ot{background:#fff;float:left}.n{font-size:12px;color:#c0392b;font-weight:bold}.tm{font-size:11px;color:#888;text-align:right}")
    b = "".join(f"<div class='m {'me' if me else 'ot'}'>{'' if me else f'<div class=n>{s}</div>'}{esc(t)}<div class='tm'>{h}</div></div>" for s, h, t, me in msgs)
    body = f"<div class='w'><div style='font-weight:bold;padding-bottom:8px'>Offsite planning (3 members)</div>{b}<div style='clear:both'></div></div>"
    scene("chat_offsite", "chat", page(body, css), 520, [
        Q("who asked about the HDMI adapter", "Sofie", "person", "who_when_where", True),
        Q("which room did i book and what time?", "Room Fjeld, 14:00-16:00", "text", "multi_part", True),
        Q("what time was the last message sent", msgs[-1][1], "time", "ordinal", True),
    ])


def inbox():
    mails = [("Ramona Dietz", "Re: Angebot Messestand Köln", "10:42", True), ("GitLab", "Pipeline #88213 failed for main", "09:58", True),
             ("Lufthansa", "Your check-in for LH 1172 is open", "08:15", False), ("Kai Sørensen", "Q3 numbers – draft v2", "Yesterday", True),
             ("HR Team", "Neue Urlaubsregelung ab Juli", "Yesterday", False), ("Amazon.de", "Ihre Bestellung wurde versandt", "Mon", False),
             ("Ramona Dietz", "Standplan + Logos", "Mon", True), ("Newsletter · t3n", "Die 10 wichtigsten KI-Tools", "Sun", False)]
    css = (".w{width:1200px;display:flex;font-size:15px}.s{width:220px;background:#f2f4f7;padding:20px;min-height:560px}.s div{padding:7px 0}"
           ".l{flex:1}.r{display:flex;padding:12px 18px;border-bottom:1px solid #e6e6e6}.f{width:220px}.sub{flex:1}.u{font-weight:bold}.u .f::before{content:'● ';color:#1a73e8}")
    rows = "".join(f"<div class='r {'u' if u else ''}'><span class='f'>{esc(f)}</span><span class='sub'>{esc(s)}</span><span>{t}</span></div>" for f, s, t, u in mails)
    unread = sum(m[3] for m in mails)
    body = f"<div class='w'><div class='s'><b>Posteingang ({unread})</b><div>Gesendet</div><div>Entwürfe</div><div>Archiv</div></div><div class='l'>{rows}</div></div>"
    scene("inbox_de", "email_inbox", page(body, css), 1200, [
        Q("how many unread emails do I have", unread, "count", "count", True),
        Q("who sent the Q3 numbers draft?", "Kai Sørensen", "person", "who_when_where", True),
        Q("what's the most recent email about", mails[0][1], "text", "ordinal", True),
        Q("how many mails from Ramona are in the list", sum(1 for m in mails if m[0] == "Ramona Dietz"), "count", "count", False),
    ])


ICON = {"SUN": "<span style='display:inline-block;width:30px;height:30px;border-radius:15px;background:#ffd23f'></span>",
        "PC": "<span style='display:inline-block;width:22px;height:22px;border-radius:11px;background:#ffd23f'></span><span style='display:inline-block;width:30px;height:18px;border-radius:9px;background:#eef;margin-left:-12px'></span>",
        "RAIN": "<span style='display:inline-block;width:34px;height:20px;border-radius:10px;background:#9aa7b8'></span><div style='font-size:14px;line-height:10px;color:#cde'>/ / /</div>",
        "SHWR": "<span style='display:inline-block;width:34px;height:20px;border-radius:10px;background:#b8c2cf'></span><div style='font-size:14px;line-height:10px;color:#cde'>/ /</div>"}


def weather():
    days = [("Mon", 18, 9, "SUN", "Sunny"), ("Tue", 16, 10, "PC", "Partly cloudy"), ("Wed", 12, 8, "RAIN", "Rain"), ("Thu", 14, 7, "PC", "Partly cloudy"),
            ("Fri", 19, 11, "SUN", "Sunny"), ("Sat", 21, 12, "SUN", "Sunny"), ("Sun", 15, 10, "SHWR", "Showers")]
    css = (".w{width:760px;margin:20px;padding:20px;border-radius:18px;background:linear-gradient(#3a7bd5,#6fb1fc);color:#fff}"
           ".d{display:flex;justify-content:space-between;text-align:center}.d div{width:96px}.ic{font-size:30px}")
    ds = "".join(f"<div><div>{d}</div><div class='ic'>{ICON[i]}</div><div><b>{h}°</b> {l}°</div><div style='font-size:12px'>{c}</div></div>" for d, h, l, i, c in days)
    body = f"<div class='w'><div style='font-size:22px'>Ghent, BE</div><div style='font-size:54px'>17°</div><div>Feels like 15° · Wind 14 km/h</div><br><div class='d'>{ds}</div></div>"
    hot = max(days, key=lambda d: d[1])
    scene("weather_ghent", "weather", page(body, css), 820, [
        Q("warmest day this week?", f"{hot[0]}, {hot[1]}°", "text", "argmax", False),
        Q("which days will it rain", ", ".join(d[0] for d in days if d[4] in ("Rain", "Showers")), "text", "multi_part", False),
        Q("what's the low on thursday", f"{days[3][2]}°", "text", "table_cell", True),
    ])


def kanban():
    cols = {"To do": [("Migrate auth to OIDC", "RK"), ("Write onboarding docs", "MS"), ("Fix flaky e2e test", "AL")],
            "In progress": [("Redesign pricing page", "MS"), ("Rate limiter for public API", "JD"), ("Invoice CSV export", "RK"), ("Android push opt-in", "AL")],
            "Review": [("Dark mode tokens", "JD")], "Done": [("Upgrade Postgres 16", "RK"), ("SSO for Okta", "AL")]}
    css = (".w{width:1240px;padding:20px;display:flex;gap:14px;font-size:14px}.c{flex:1;background:#ebecf0;border-radius:8px;padding:10px}"
           ".k{background:#fff;border-radius:6px;padding:10px;margin:8px 0;box-shadow:0 1px 2px #0003}.a{float:right;background:#5e6c84;color:#fff;border-radius:12px;padding:1px 7px;font-size:12px}")
    cs = "".join(f"<div class='c'><b>{n} ({len(v)})</b>" + "".join(f"<div class='k'>{esc(t)} <span class='a'>{a}</span></div>" for t, a in v) + "</div>" for n, v in cols.items())
    body = f"<div class='w'>{cs}</div>"
    scene("kanban_board", "kanban", page(body, css), 1280, [
        Q("how many cards are in progress", len(cols["In progress"]), "count", "count", True),
        Q("who's assigned the rate limiter task", "JD", "person", "who_when_where", True),
        Q("is the dark mode tokens card done yet?", ("yes" if any(t == "Dark mode tokens" for t, _ in cols["Done"]) else "no"), "yesno", "yesno", False),
    ])


def todo():
    items = [("Call the plumber", True), ("Renew passport", False), ("Buy birthday gift for Elin", True), ("Cancel gym trial", False),
             ("Book dentist", True), ("Return library books", False), ("Pay parking fine", False)]
    css = (".w{width:480px;margin:20px;background:#fffef3;border:1px solid #e6dfa3;padding:20px;font-size:17px}.i{padding:8px 0;border-bottom:1px solid #f0e9b8}.dn{text-decoration:line-through;color:#999}")
    li = "".join(f"<div class='i {'dn' if d else ''}'>{'☑' if d else '☐'} {esc(t)}</div>" for t, d in items)
    body = f"<div class='w'><b>Weekend to-do</b>{li}</div>"
    scene("todo_weekend", "todo", page(body, css), 540, [
        Q("how many things are left to do", sum(1 for _, d in items if not d), "count", "count", False),
        Q("did I already renew my passport", ("yes" if dict(items)["Renew passport"] else "no"), "yesno", "control_state", False),
        Q("what's the last item on the list", items[-1][0], "text", "ordinal", True),
    ])


def leaderboard():
    rows = [("Mireille Aubert", 2840), ("Kofi Mensah", 2715), ("Saga Holm", 2690), ("Diego Ferraz", 2402), ("Yuki Tanabe", 2388), ("Ben Okafor", 2210)]
    css = (".w{width:540px;margin:20px;background:#14171f;color:#e8e8e8;border-radius:12px;padding:18px;font-size:16px}.r{display:flex;padding:10px;border-bottom:1px solid #2a2f3a}.r span:nth-child(2){flex:1;padding-left:14px}")
    rs = "".join(f"<div class='r'><span>#{i}</span><span>{n}</span><span>{s:,} pts</span></div>" for i, (n, s) in enumerate(rows, 1))
    body = f"<div class='w'><b style='font-size:20px'>Spring Quiz League</b>{rs}</div>"
    scene("leaderboard_quiz", "leaderboard", page(body, css, bg="#0b0d12"), 600, [
        Q("what rank is Diego", "#4", "text", "table_cell", True),
        Q("how many points behind the leader is Saga?", rows[0][1] - rows[2][1], "number", "arithmetic", False),
        Q("who's in last place", rows[-1][0], "person", "ordinal", True),
    ])


def menu_it():
    sec = {"Primi": [("Tagliatelle al ragù", 13.50), ("Risotto ai funghi porcini", 15.00), ("Spaghetti cacio e pepe", 12.00)],
           "Secondi": [("Saltimbocca alla romana", 18.50), ("Branzino al forno", 22.00)],
           "Dolci": [("Tiramisù", 6.50), ("Panna cotta", 5.50), ("Cannolo siciliano", 4.50)]}
    css = (".w{width:560px;margin:20px;padding:30px;background:#fbf7ef;font-family:'P052','DejaVu Serif';font-size:17px;border:6px double #7a5c3e}"
           "h3{text-align:center;color:#7a5c3e;margin:14px 0 6px}.r{display:flex;justify-content:space-between;padding:3px 0}")
    s = "".join(f"<h3>{k}</h3>" + "".join(f"<div class='r'><span>{n}</span><span>{eun(p)}</span></div>" for n, p in v) for k, v in sec.items())
    body = f"<div class='w'><div style='text-align:center;font-size:30px'>Trattoria da Nives</div><div style='text-align:center'>prezzi in euro · coperto 2,50</div>{s}</div>"
    cheapest_d = min(sec["Dolci"], key=lambda t: t[1])
    scene("menu_trattoria", "menu", page(body, css), 640, [
        Q("quanto costa il risotto?", eun(15.00), "money", "table_cell", True),
        Q("cheapest dessert?", cheapest_d[0], "text", "argmin", True),
        Q("if we get the saltimbocca and the branzino, how much is that before cover charge", eun(18.50 + 22.00), "money", "arithmetic", False),
    ])


def timetable():
    deps = ["06:48", "07:18", "07:48", "08:18", "09:03", "10:03", "11:03", "12:03", "13:03", "13:33", "14:03", "14:33", "15:18", "16:48"]
    css = (".w{width:620px;margin:20px;font-family:'Nimbus Sans','DejaVu Sans'}.h{background:#ffd400;padding:12px;font-weight:bold;font-size:20px}"
           "table{border-collapse:collapse;width:100%}td{border:1px solid #bbb;padding:6px 10px;font-size:16px}")
    byh = {}
    for d in deps:
        byh.setdefault(d[:2], []).append(d[3:])
    rows = "".join(f"<tr><td><b>{h}</b></td><td>{'&nbsp;&nbsp;'.join(m)}</td></tr>" for h, m in byh.items())
    body = f"<div class='w'><div class='h'>Linie 33 · Bahnhof → Universität Süd · Steig C</div><p>Montag – Freitag</p><table>{rows}</table></div>"
    nxt = next(d for d in deps if d > "14:10")
    scene("timetable_bus33", "timetable", page(body, css), 680, [
        Q("it's 14:10, when's the next bus?", nxt, "time", "ordinal", False),
        Q("first bus of the day", deps[0], "time", "ordinal", False),
        Q("von welchem Steig fährt die 33?", "C", "text", "field_lookup", True),
        Q("how many departures in the 13 o'clock hour", len(byh["13"]), "count", "count", False),
    ])


def cart():
    items = [("Trail running shoe 'Kestrel'", "EU 42", 1, 129.95, True), ("Merino tee, charcoal", "M", 2, 39.00, True),
             ("Headlamp 400 lm", "-", 1, 44.50, False), ("Hydration vest 5L", "S/M", 1, 89.90, True)]
    sub = round(sum(q * p for _, _, q, p, _ in items), 2)
    ship = 0.0 if sub >= 100 else 5.95
    css = (".w{width:1180px;padding:26px;display:flex;gap:30px;font-size:15px}.l{flex:2}.r{flex:1;background:#f6f6f6;padding:20px;border-radius:8px;height:fit-content}"
           ".it{display:flex;justify-content:space-between;padding:14px 0;border-bottom:1px solid #e5e5e5}.oos{color:#c62828}.ok{color:#2e7d32}")
    its = "".join(f"<div class='it'><div><b>{esc(n)}</b><br>Size: {s} · Qty: {q}<br><span class='{'ok' if st else 'oos'}'>{'In stock' if st else 'Out of stock – ships in 2–3 weeks'}</span></div><div>{eu(q*p, '€', pre=True, space=False)}</div></div>" for n, s, q, p, st in items)
    body = (f"<div class='w'><div class='l'><h2>Your cart ({sum(i[2] for i in items)} items)</h2>{its}</div><div class='r'><h3>Order summary</h3>"
            f"<p>Subtotal <b style='float:right'>{eu(sub, '€', pre=True, space=False)}</b></p><p>Shipping <b style='float:right'>{'Free' if ship == 0 else eu(ship, '€', pre=True, space=False)}</b></p>"
            f"<p style='font-size:19px'>Total <b style='float:right'>{eu(sub+ship, '€', pre=True, space=False)}</b></p></div></div>")
    scene("cart_outdoor", "shopping_cart", page(body, css), 1200, [
        Q("is the headlamp in stock", ("yes" if next(i[4] for i in items if i[0].startswith("Headlamp")) else "no"), "yesno", "yesno", False),
        Q("hydration vest still in stock?", ("yes" if next(i[4] for i in items if i[0].startswith("Hydration")) else "no"), "yesno", "yesno", False),
        Q("what's my cart total", eu(sub + ship, '€', pre=True, space=False), "money", "field_lookup", True),
        Q("what size shoe did I pick?", "EU 42", "text", "field_lookup", True),
    ])


def spreadsheet():
    cols = ["Region", "Rep", "Q1", "Q2", "Q3", "Q4"]
    data = [("Nord", "Hansen", 41200, 38950, 44810, 51300), ("Süd", "Brunner", 52340, 49100, 47760, 55020),
            ("West", "Kowalski", 36780, 40230, 42990, 39870), ("Ost", "Petrović", 29950, 33410, 35120, 41660),
            ("Mitte", "Lindqvist", 44100, 46720, 45080, 48930)]
    css = (".w{width:1180px;font-family:'Liberation Sans','DejaVu Sans';font-size:14px}.tb{background:#217346;color:#fff;padding:8px 12px}"
           ".fx{border-bottom:1px solid #ccc;padding:5px 10px;background:#fff}table{border-collapse:collapse}td{border:1px solid #d4d4d4;padding:4px 8px;width:150px;height:24px}"
           "td.h{background:#f0f0f0;text-align:center;color:#555;width:40px}tr.ch td{background:#f0f0f0;text-align:center;color:#555}.n{text-align:right}")
    letters = "ABCDEFG"
    hdr = "<tr class='ch'><td class='h'></td>" + "".join(f"<td>{letters[i]}</td>" for i in range(7)) + "</tr>"
    rows = "<tr><td class='h'>1</td>" + "".join(f"<td><b>{c}</b></td>" for c in cols) + "<td><b>Total</b></td></tr>"
    for r, d in enumerate(data, 2):
        rows += f"<tr><td class='h'>{r}</td><td>{d[0]}</td><td>{d[1]}</td>" + "".join(f"<td class='n'>{v:,}</td>" for v in d[2:]) + f"<td class='n'>{sum(d[2:]):,}</td></tr>"
    for r in range(len(data) + 2, 10):
        rows += f"<tr><td class='h'>{r}</td>" + "<td></td>" * 7 + "</tr>"
    body = f"<div class='w'><div class='tb'>Umsatz_2025.xlsx — Excel</div><div class='fx'>fx &nbsp; =SUM(C2:F2)</div><table>{hdr}{rows}</table></div>"
    best_q4 = max(data, key=lambda d: d[5])
    worst = min(data, key=lambda d: sum(d[2:]))
    scene("sheet_umsatz", "spreadsheet", page(body, css), 1200, [
        Q("what's in cell E4?", f"{data[2][4]:,}", "number", "table_cell", True),
        Q("who had the best Q4", best_q4[1], "person", "argmax", True),
        Q("which region has the lowest yearly total", worst[0], "text", "argmin", True),
        Q("how much did Ost grow from Q1 to Q4", f"{data[3][5]-data[3][2]:,}", "number", "arithmetic", False),
    ])


def api_doc():
    params = [("limit", "integer", "No", "20", "Max items per page (1–100)"), ("cursor", "string", "No", "—", "Opaque pagination cursor"),
              ("status", "enum", "No", "active", "One of active, paused, archived"), ("created_after", "ISO 8601", "No", "—", "Filter by creation time"),
              ("expand", "string[]", "No", "—", "Related objects to inline")]
    css = (".w{width:1280px;display:flex;font-size:15px;color:#1f2328}.nav{width:240px;background:#f6f8fa;padding:20px;border-right:1px solid #ddd;min-height:800px}.nav div{padding:5px 0}"
           ".m{flex:1;padding:26px 36px}.toc{width:200px;padding:26px 14px;font-size:13px;color:#57606a}code{background:#eff1f3;padding:2px 5px;border-radius:4px}"
           "table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:7px;text-align:left}.get{background:#1f883d;color:#fff;padding:3px 8px;border-radius:4px;font-weight:bold}")
    nav = "".join(f"<div>{x}</div>" for x in ["Getting started", "Authentication", "<b>Campaigns</b>", "&nbsp;&nbsp;List campaigns", "&nbsp;&nbsp;Create campaign", "Audiences", "Webhooks", "Errors", "Changelog"])
    rows = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in params)
    body = (f"<div class='w'><div class='nav'><b>Mailtern API v3.8</b>{nav}</div><div class='m'><h1>List campaigns</h1>"
            f"<p><span class='get'>GET</span> <code>/v3/campaigns</code></p><p>Returns campaigns for the authenticated workspace, newest first. Rate limit: 600 requests/min.</p>"
            f"<h3>Query parameters</h3><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{rows}</table>"
            f"<h3>Response</h3><p><code>200 OK</code> with <code>data[]</code> and <code>next_cursor</code>.</p></div>"
            f"<div class='toc'><b>On this page</b><br>Query parameters<br>Response<br>Errors<br>Examples</div></div>")
    scene("apidoc_campaigns", "documentation", page(body, css), 1280, [
        Q("default page size for list campaigns?", "20", "number", "table_cell", True),
        Q("what HTTP method is this endpoint", "GET", "text", "field_lookup", True),
        Q("rate limit?", "600 requests/min", "text", "field_lookup", True),
        Q("which API version are these docs for", "v3.8", "version", "field_lookup", True),
    ], height=900)


def changelog():
    rel = [("4.2.0", "2026-06-03", ["Added: webhook signing with Ed25519", "Added: <code>--dry-run</code> for imports", "Fixed: timezone drift in recurring jobs"]),
           ("4.1.2", "2026-05-19", ["Fixed: crash when CSV header has BOM", "Fixed: memory leak in SSE client"]),
           ("4.1.1", "2026-05-02", ["Security: bump libxml2 (CVE-2026-1184)"]),
           ("4.1.0", "2026-04-14", ["Added: Dutch and Polish locales", "Changed: minimum Node version is now 20", "Deprecated: <code>legacyAuth</code> option", "Fixed: pagination on empty results"])]
    css = ".w{width:760px;margin:20px;font-size:15px;line-height:1.5}h2{border-bottom:1px solid #ddd;margin-top:24px}code{background:#f2f2f2;padding:1px 4px}"
    s = "".join(f"<h2>[{v}] – {d}</h2><ul>" + "".join(f"<li>{x}</li>" for x in it) + "</ul>" for v, d, it in rel)
    body = f"<div class='w'><h1>Changelog</h1>{s}</div>"
    latest = rel[0]
    scene("changelog_tool", "changelog", page(body, css), 820, [
        Q("when was 4.1.1 released", "2026-05-02", "date", "table_cell", True),
        Q("whats the latest version", latest[0], "version", "ordinal", True),
        Q("how many fixes went into 4.1.2?", sum(1 for x in rel[1][2] if x.startswith("Fixed")), "count", "count", False),
        Q("which release made Node 20 the minimum", "4.1.0", "version", "who_when_where", True),
    ])


def recipe():
    ing = [("Weizenmehl Type 550", "500 g"), ("Wasser, lauwarm", "320 ml"), ("Frischhefe", "21 g"), ("Salz", "10 g"), ("Olivenöl", "2 EL")]
    css = (".w{width:620px;margin:20px;background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 3px 12px #0002;font-size:16px}"
           ".hd{background:#e07a2f;color:#fff;padding:18px}.b{padding:18px}.meta{display:flex;gap:24px;margin-top:8px}")
    li = "".join(f"<li>{a} <b>{n}</b></li>" for n, a in ing)
    body = (f"<div class='w'><div class='hd'><div style='font-size:26px'>Focaccia vom Blech</div><div class='meta'><span>Gehzeit 90 Min.</span><span>Backen: 25 Min. bei 230 °C</span><span>8 Stücke</span></div></div>"
            f"<div class='b'><b>Zutaten</b><ul>{li}</ul><b>Zubereitung</b><ol><li>Hefe im Wasser auflösen.</li><li>Mehl und Salz zugeben, 10 Min. kneten.</li><li>Abgedeckt 90 Min. gehen lassen.</li><li>Aufs Blech, Dellen drücken, Öl darüber, backen.</li></ol></div></div>")
    scene("recipe_focaccia", "recipe", page(body, css), 680, [
        Q("how much flour do I need", "500 g", "text", "field_lookup", True),
        Q("what temperature should the oven be", "230 °C", "text", "field_lookup", True),
        Q("how many ingredients are there?", len(ing), "count", "count", False),
    ])


def notifications():
    ns = [("Slack", "#release: Mina: v2.3 is tagged", "now"), ("Calendar", "Dentist – tomorrow 08:30", "12 min"), ("Revolut", "You paid €12.80 at Bäckerei Lenz", "34 min"),
          ("WhatsApp", "Mum: call me when you land", "1 h"), ("Slack", "#ops: disk alert resolved", "2 h"), ("Strava", "Lukas gave you kudos", "3 h")]
    css = (".w{width:420px;margin:20px;background:#1c1c1e;border-radius:22px;padding:14px;color:#fff;font-family:'DejaVu Sans';font-size:14px}"
           ".n{background:#2c2c2e;border-radius:14px;padding:10px 12px;margin:8px 0}.a{color:#aaa;font-size:12px;display:flex;justify-content:space-between}")
    s = "".join(f"<div class='n'><div class='a'><span>{a.upper()}</span><span>{t}</span></div>{esc(m)}</div>" for a, m, t in ns)
    body = f"<div class='w'><div style='text-align:center;font-size:40px'>09:41</div><div style='text-align:center'>Thursday 21 May</div>{s}</div>"
    scene("notif_phone", "notifications", page(body, css, bg="#6b5b95"), 480, [
        Q("how many notifications are there", len(ns), "count", "count", False),
        Q("how much did I pay at the bakery", "€12.80", "money", "field_lookup", True),
        Q("when's my dentist appointment", "tomorrow 08:30", "text", "who_when_where", True),
    ])


def build():
    for f in (web_form, settings_page, dashboard, calendar_week, chat, inbox, weather, kanban, todo, leaderboard, menu_it,
              timetable, cart, spreadsheet, api_doc, changelog, recipe, notifications):
        f()
