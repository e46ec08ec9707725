"""Web pages and app screens rendered with headless chromium."""
from common import Scene, rng, page, render_html, esc, us, lakh, r2

TOGGLE_CSS = """.tg{display:inline-block;width:42px;height:24px;border-radius:12px;background:#555;position:relative;vertical-align:middle}
.tg::after{content:'';position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#ddd}
.tg.on{background:#3b82f6}.tg.on::after{left:21px;background:#fff}"""


def tg(on):
    return f"<span class='tg{' on' if on else ''}'></span>"


def web_game_settings():
    sc = Scene("web_game_settings", "settings", "PC game graphics settings menu (radio presets, toggles, selects)",
               "HTML", "dark")
    r = rng(sc.name)
    presets = ["Low", "Medium", "High", "Ultra", "Custom"]
    sel = r.choice(presets[:4])
    toggles = [("V-Sync", r.random() < .5), ("Motion Blur", r.random() < .5), ("Ray-traced Shadows", r.random() < .5),
               ("Film Grain", r.random() < .5), ("Show FPS counter", r.random() < .5)]
    res = r.choice(["1920 × 1080", "2560 × 1440", "3440 × 1440"])
    cap = r.choice([60, 120, 144, 165])
    fov = r.randint(75, 105)
    radios = "".join(f"<label class='rb{' sel' if p == sel else ''}'><span class=dot></span>{p}</label>" for p in presets)
    trows = "".join(f"<div class=row><span>{n}</span>{tg(v)}</div>" for n, v in toggles)
    body = f"""<div class=top><span class=gm>EMBERFALL</span><span class=tab>GAMEPLAY</span><span class='tab on'>GRAPHICS</span><span class=tab>AUDIO</span><span class=tab>CONTROLS</span></div>
<div class=wrap><div class=col><h3>Quality preset</h3><div class=rads>{radios}</div><h3>Display</h3>
<div class=row><span>Resolution</span><span class=sel2>{res} ▾</span></div><div class=row><span>Frame rate cap</span><span class=sel2>{cap} FPS ▾</span></div>
<div class=row><span>Field of view</span><span class=val>{fov}</span></div></div><div class=col><h3>Effects</h3>{trows}</div></div>
<div class=foot><span class=btn>Reset to defaults</span><span class='btn pri'>Apply</span></div>"""
    css = TOGGLE_CSS + """body{background:#14161c;color:#d8dbe2}.top{display:flex;gap:34px;align-items:center;padding:18px 40px;background:#0c0d11;letter-spacing:2px}
.gm{font-weight:900;color:#f97316;font-size:22px;margin-right:40px}.tab{color:#8a90a0}.tab.on{color:#fff;border-bottom:3px solid #f97316;padding-bottom:4px}
.wrap{display:flex;gap:60px;padding:20px 40px}.col{flex:1}h3{color:#f97316;font-size:14px;letter-spacing:2px;text-transform:uppercase;margin:18px 0 10px}
.rads{display:flex;gap:10px}.rb{border:1px solid #3a3f4b;padding:9px 14px;border-radius:4px;display:flex;align-items:center;gap:8px}.dot{width:12px;height:12px;border-radius:50%;border:2px solid #888}
.rb.sel{border-color:#f97316;color:#fff}.rb.sel .dot{background:#f97316;border-color:#f97316}.row{display:flex;justify-content:space-between;align-items:center;padding:11px 0;border-bottom:1px solid #232631}
.sel2,.val{background:#232631;padding:5px 12px;border-radius:4px}.foot{display:flex;justify-content:flex-end;gap:14px;padding:10px 40px 24px}.btn{border:1px solid #555;padding:9px 20px;border-radius:4px}.pri{background:#f97316;color:#111;border-color:#f97316;font-weight:bold}"""
    render_html(sc, page(body, css, "Roboto"), 1200, 800)
    sc.q("which quality preset is selected", sel, "text", "selected", True)
    n, v = toggles[r.randrange(5)]
    sc.q(f"is {n.lower()} turned on?", "yes" if v else "no", "yesno", "state_yesno", False)
    sc.q("what resolution am i running at", res, "text", "lookup", True)
    return sc


def web_mail_prefs():
    sc = Scene("web_mail_prefs", "settings", "desktop mail client preferences dialog (checkboxes, radio group)", "HTML",
               "light")
    r = rng(sc.name)
    checks = [("Show a desktop notification for new mail", r.random() < .6), ("Play a sound", r.random() < .5),
              ("Mark messages as read after 3 seconds", r.random() < .5),
              ("Load remote images from known senders", r.random() < .5),
              ("Request a read receipt for every message", r.random() < .3),
              ("Spell-check before sending", r.random() < .7)]
    panes = ["Right of the message list", "Below the message list", "Off"]
    sel = r.choice(panes)
    check_every = r.choice([5, 10, 15, 30])
    cb = "".join(f"<label><input type=checkbox {'checked' if v else ''}> {esc(n)}</label>" for n, v in checks)
    rb = "".join(f"<label><input type=radio name=p {'checked' if p == sel else ''}> {p}</label>" for p in panes)
    body = f"""<div class=win><div class=tb>Preferences — Courier Mail</div><div class=in><div class=nav><div>Accounts</div><div class=on>General</div><div>Composition</div><div>Privacy</div><div>Junk</div></div>
<div class=pn><fieldset><legend>Notifications &amp; reading</legend>{cb}</fieldset><fieldset><legend>Reading pane</legend>{rb}</fieldset>
<div class=ck>Check for new mail every <input value="{check_every}" size=3> minutes</div>
<div class=bt><button>Cancel</button><button class=ok>OK</button></div></div></div></div>"""
    css = """body{background:#d9dde3;padding:30px}.win{width:820px;background:#f6f6f4;border:1px solid #999;box-shadow:0 8px 30px #0004;font-size:14px}
.tb{background:#e4e2de;padding:8px 14px;font-weight:bold;text-align:center;border-bottom:1px solid #bbb}.in{display:flex}.nav{width:160px;border-right:1px solid #ccc;padding:10px 0}
.nav div{padding:8px 16px}.nav .on{background:#3d7bd9;color:#fff}.pn{flex:1;padding:14px 20px}fieldset{border:1px solid #c6c6c6;margin-bottom:12px;padding:6px 14px 10px}
label{display:block;padding:4px 0}legend{font-weight:bold}.ck input{width:40px}.bt{text-align:right;margin-top:10px}button{padding:5px 18px;margin-left:8px}.ok{font-weight:bold}"""
    render_html(sc, page(body, css, "Cantarell", bg="#d9dde3"), 900, 700)
    sc.q("where is the reading pane set to show", sel, "text", "selected", True)
    n, v = checks[2]
    sc.q("is 'mark messages as read after 3 seconds' ticked", "yes" if v else "no", "yesno", "state_yesno", False)
    sc.q("how often does it check for new mail (minutes)", check_every, "number", "lookup", True)
    return sc


def web_departures():
    sc = Scene("web_departures", "table", "airport departures board (dark, flip-board style)", "HTML", "dark")
    r = rng(sc.name)
    dests = [("Reykjavík", "FI 205"), ("Lisbon", "TP 761"), ("Nuuk", "GL 782"), ("Tromsø", "SK 4416"),
             ("Tallinn", "LO 3411"), ("Vienna", "OS 306"), ("Edinburgh", "LM 711"), ("Split", "OU 5461"),
             ("Kraków", "FR 2154"), ("Bergen", "DY 605")]
    r.shuffle(dests)
    t = 6 * 60 + 5
    rows = []
    for d, f in dests:
        t += r.choice([5, 10, 15, 20])
        st = r.choices(["On time", "Boarding", "Delayed", "Cancelled", "Gate closed"], [5, 2, 2, 1, 1])[0]
        gate = f"{r.choice('ABC')}{r.randint(1, 38)}"
        rows.append((f"{t // 60:02d}:{t % 60:02d}", d, f, gate, st))
    if not any(x[4] == "Cancelled" for x in rows):
        rows[6] = rows[6][:4] + ("Cancelled",)
    cls = {"On time": "ok", "Boarding": "bd", "Delayed": "dl", "Cancelled": "cx", "Gate closed": "gc"}
    trs = "".join(f"<tr><td class=t>{a}</td><td>{d}</td><td class=f>{f}</td><td class=g>{g}</td><td class={cls[s]}>{s}</td></tr>"
                  for a, d, f, g, s in rows)
    body = f"""<div class=hd><span>✈ DEPARTURES · Avgangar</span><span class=clk>06:02</span></div>
<table><tr><th>Time</th><th>Destination</th><th>Flight</th><th>Gate</th><th>Remarks</th></tr>{trs}</table>"""
    css = """body{background:#0b0f1a;color:#f5d76e}.hd{display:flex;justify-content:space-between;padding:16px 30px;font-size:28px;font-weight:bold;background:#101a33;color:#fff}
table{width:100%;border-collapse:collapse;font-size:24px;font-family:'Roboto Condensed'}th{text-align:left;color:#8fa3c8;font-size:16px;padding:10px 30px;text-transform:uppercase}
td{padding:9px 30px;border-bottom:1px solid #1c2540}.f{color:#fff}.g{color:#7dd3fc}.ok{color:#86efac}.bd{color:#4ade80;font-weight:bold}.dl{color:#fbbf24}.cx{color:#f87171;font-weight:bold}.gc{color:#9ca3af}"""
    render_html(sc, page(body, css, "Roboto Condensed", bg="#0b0f1a"), 1100, 900)
    k = r.randrange(len(rows))
    sc.q(f"what gate is the {rows[k][1]} flight", rows[k][3], "code", "cell", True)
    sc.q("is this the arrivals or the departures board?", "departures", "text", "choice", False)
    sc.q("how many flights are cancelled", sum(1 for x in rows if x[4] == "Cancelled"), "count", "count", False)
    j = r.randrange(len(rows) - 1)
    sc.q(f"which flight leaves right after the one to {rows[j][1]}", rows[j + 1][2], "code", "next", True)
    return sc


def web_solar_dash():
    sc = Scene("web_solar_dash", "dashboard", "home solar inverter web dashboard (tiles + daily table)", "HTML", "light")
    r = rng(sc.name)
    days = ["Mon 09.03", "Tue 10.03", "Wed 11.03", "Thu 12.03", "Fri 13.03", "Sat 14.03", "Sun 15.03"]
    prod = [round(r.uniform(4, 31), 1) for _ in days]
    cons = [round(r.uniform(8, 17), 1) for _ in days]
    bat = r.randint(18, 97)
    now_kw = round(r.uniform(0.3, 5.8), 2)
    rows = "".join(f"<tr><td>{d}</td><td>{p:.1f}</td><td>{c:.1f}</td><td>{p - c:+.1f}</td></tr>" for d, p, c in zip(days, prod, cons))
    body = f"""<div class=hd>☀ SunCore Hybrid 6K · Portal<span>Site: Lindenweg 7</span></div><div class=tiles>
<div class=t><small>Current power</small><b>{now_kw:.2f} kW</b></div><div class=t><small>Battery</small><b>{bat}%</b></div>
<div class=t><small>Today</small><b>{prod[-1]:.1f} kWh</b></div><div class=t><small>Inverter status</small><b class=okk>Normal</b></div></div>
<h3>Last 7 days</h3><table><tr><th>Day</th><th>Produced (kWh)</th><th>Consumed (kWh)</th><th>Net (kWh)</th></tr>{rows}</table>"""
    css = """body{background:#f3f5f2;padding:0 0 10px}.hd{background:#1f6f43;color:#fff;padding:16px 30px;font-size:20px;font-weight:bold;display:flex;justify-content:space-between}.hd span{font-weight:normal;font-size:15px}
.tiles{display:flex;gap:16px;padding:20px 30px}.t{flex:1;background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 4px #0002}.t small{display:block;color:#667}.t b{font-size:28px}.okk{color:#1f6f43}
h3{margin:4px 30px}table{margin:8px 30px;width:calc(100% - 60px);border-collapse:collapse;background:#fff}th,td{padding:8px 14px;text-align:right;border-bottom:1px solid #e5e5e5}th:first-child,td:first-child{text-align:left}th{background:#e8efe9}"""
    render_html(sc, page(body, css, "Open Sans"), 1100, 800)
    k = prod.index(max(prod))
    assert prod.count(max(prod)) == 1
    sc.q("which day produced the most solar energy", days[k], "text", "argmax", True)
    sc.q("battery level?", f"{bat}%", "percent", "lookup", True)
    sc.q("total produced over monday and tuesday (kWh)", round(prod[0] + prod[1], 1), "number", "sum", False)
    return sc


def web_support_chat():
    sc = Scene("web_support_chat", "chat", "website live-support chat widget over a shop page", "HTML", "light")
    r = rng(sc.name)
    agent = r.choice(["Priya from Nordhaus", "Mateo from Nordhaus", "Hanna from Nordhaus"])
    aname = agent.split(" ")[0]
    order = f"NH-{r.randint(100000, 999999)}"
    msgs = [("them", "14:02", f"Hi! I'm {aname} 👋 How can I help you today?"),
            ("me", "14:03", f"Hi, my order {order} was supposed to arrive yesterday but tracking hasn't moved since Monday"),
            ("them", "14:05", "Sorry about that! Let me check with the courier."),
            ("them", "14:09", "The parcel is at the Leipzig depot. It was held because of a damaged label. It will go out again tomorrow."),
            ("me", "14:10", "ok. can I still return the lamp if it arrives after the 30 days?"),
            ("them", "14:12", "Yes – the 30-day return window starts on the delivery date, not the order date.")]
    ms = "".join(f"<div class='m {w}'><div class=b>{esc(t)}</div><div class=ts>{h}</div></div>" for w, h, t in msgs)
    body = f"""<div class=shop><div class=nav>NORDHAUS · Lamps · Chairs · Textiles</div><div class=hero>Winter sale — up to 40% off</div></div>
<div class=w><div class=wh><b>{agent}</b><br><small>● Online · usually replies in 2 min</small></div><div class=ms>{ms}</div><div class=in>Type a message…</div></div>"""
    css = """body{background:#efece6;position:relative;height:760px}.nav{padding:18px 30px;font-weight:bold;letter-spacing:2px;background:#fff}.hero{padding:120px 30px;font-size:40px;color:#8b7355}
.w{position:absolute;right:30px;bottom:20px;width:400px;background:#fff;border-radius:14px;box-shadow:0 10px 40px #0003;overflow:hidden;font-size:14px}
.wh{background:#2d3a3a;color:#fff;padding:12px 16px}.wh small{color:#9fe0b0}.ms{padding:12px}.m{margin:6px 0;display:flex;flex-direction:column}.m .b{padding:8px 12px;border-radius:12px;max-width:80%}
.them .b{background:#f0f0ee;align-self:flex-start}.me .b{background:#2d3a3a;color:#fff;align-self:flex-end}.me{align-items:flex-end}.ts{font-size:11px;color:#999;margin-top:2px}.in{border-top:1px solid #eee;padding:12px;color:#aaa}"""
    render_html(sc, page(body, css, "Lato", bg="#efece6"), 1100, 760, crop=False)
    sc.q("what's my order number", order, "code", "lookup", True)
    sc.q("where is the parcel stuck", "Leipzig depot", "text", "read", True)
    sc.q("who am i chatting with", aname, "person", "party", True)
    return sc


def web_sms_thread():
    sc = Scene("web_sms_thread", "chat", "phone SMS thread with a courier + bank code (dark)", "HTML", "dark")
    r = rng(sc.name)
    code = f"{r.randint(100000, 999999)}"
    slot = r.choice(["10:00–12:00", "12:00–14:00", "14:00–16:00"])
    msgs = [("Yesterday 18:41", f"PostNord: Your parcel 0037 2291 will be delivered tomorrow between {slot}. Reply STOP to opt out."),
            ("Today 09:12", f"Your Swedbank verification code is {code}. It expires in 5 minutes. Never share this code."),
            ("Today 11:07", "PostNord: The driver is 3 stops away. Track: pn.se/t/8XK2Q")]
    ms = "".join(f"<div class=d>{d}</div><div class=b>{esc(t)}</div>" for d, t in msgs)
    body = f"""<div class=ph><div class=sb><span>11:08</span><span>5G ▮▮▮ 71%</span></div><div class=hd>‹ <b>Messages</b></div><div class=ms>{ms}</div><div class=in>Text Message</div></div>"""
    css = """body{background:#000}.ph{width:390px;color:#fff;font-size:15px}.sb{display:flex;justify-content:space-between;padding:10px 20px;font-weight:bold}.hd{padding:10px 16px;border-bottom:1px solid #222;color:#0a84ff}.hd b{color:#fff;margin-left:90px}
.ms{padding:12px}.d{text-align:center;color:#8e8e93;font-size:12px;margin:14px 0 6px}.b{background:#26262a;padding:10px 14px;border-radius:18px;max-width:82%;line-height:1.35}.in{margin:20px 12px;border:1px solid #333;border-radius:18px;padding:8px 14px;color:#666}"""
    render_html(sc, page(body, css, "Roboto", bg="#000"), 390, 800)
    sc.q("what's the verification code", code, "code", "read", True)
    sc.q("what time window is the delivery", slot, "time", "lookup", True)
    return sc


def web_mail_3pane():
    sc = Scene("web_mail_3pane", "mail", "desktop mail client, three panes, dark theme, 1280 px", "HTML", "dark")
    r = rng(sc.name)
    folders = [("Inbox", r.randint(3, 30)), ("Invoices", r.randint(1, 9)), ("Newsletters", r.randint(10, 80)),
               ("Travel", 0), ("Sent", 0), ("Archive", 0), ("Trash", 0)]
    senders = [("Elif Kaya", "Venue contract – signed copy"), ("Hetzner Online", "Invoice 083771226 for February"),
               ("Marco Bellini", "Re: speaker slots Thursday"), ("Lufthansa", "Your booking confirmation QZ7T4K"),
               ("Ingrid Solberg", "Catering numbers (final)"), ("GitLab", "Pipeline #5521 has failed"),
               ("Tomasz Nowak", "Badge printing proof v3"), ("Chloé Martin", "Budget sheet – please check col F")]
    r.shuffle(senders)
    mins = sorted(r.sample(range(0, 60 * 24 * 5), len(senders)), reverse=True)
    import datetime
    base = datetime.datetime(2026, 3, 13, 16, 45)
    rows = []
    for (s, sub), m in zip(senders, mins):
        dt = base - datetime.timedelta(minutes=5 * 24 * 60 - m)
        rows.append((s, sub, dt, r.random() < .35))
    rows.sort(key=lambda x: x[2], reverse=True)
    fl = "".join(f"<div class='f{' on' if n == 'Inbox' else ''}'>{n}{f'<b>{c}</b>' if c else ''}</div>" for n, c in folders)
    ml = "".join(f"<div class='m{' u' if u else ''}{' sel' if i == 0 else ''}'><div class=s>{esc(s)}</div><div class=dt>{dt.strftime('%d/%m/%Y %H:%M')}</div><div class=sj>{esc(sub)}</div></div>"
                 for i, (s, sub, dt, u) in enumerate(rows))
    s0, sub0, dt0, _ = rows[0]
    body = f"""<div class=app><div class=fp><div class=acc>events@lumenconf.eu</div>{fl}</div><div class=lp><div class=srch>Search messages</div>{ml}</div>
<div class=rp><h2>{esc(sub0)}</h2><div class=hh>From: <b>{esc(s0)}</b><br>To: events@lumenconf.eu<br>Date: {dt0.strftime('%d/%m/%Y %H:%M')}</div><p>Hi team,</p><p>please see the details below and let me know by Monday.</p><p>Thanks!</p></div></div>"""
    css = """body{background:#1e1f22;color:#dfe1e5;font-size:14px}.app{display:flex;height:600px}.fp{width:210px;background:#17181b;padding:10px 0}.acc{padding:8px 16px;color:#9aa;font-size:12px}
.f{padding:8px 16px;display:flex;justify-content:space-between}.f b{color:#7cb7ff}.f.on{background:#2b3a55}.lp{width:470px;border-right:1px solid #333;overflow:hidden}.srch{margin:10px;padding:7px 10px;background:#2a2b2f;border-radius:6px;color:#888}
.m{padding:9px 14px;border-bottom:1px solid #2a2b2f;display:grid;grid-template-columns:1fr auto;gap:2px}.m .sj{grid-column:1/3;color:#aab}.m.u .s,.m.u .sj{font-weight:bold;color:#fff}.m.u .s::before{content:'● ';color:#7cb7ff}.dt{color:#889;font-size:12px}
.sel{background:#2b3a55}.rp{flex:1;padding:20px 30px}.hh{color:#aab;line-height:1.6;border-bottom:1px solid #333;padding-bottom:12px}h2{margin-top:0}"""
    render_html(sc, page(body, css, "Open Sans", bg="#1e1f22"), 1280, 600, crop=False)
    sc.q("how many unread in Invoices", folders[1][1], "count", "lookup", True)
    sc.q("who sent the most recent email", rows[0][0], "person", "latest", True)
    sc.q("subject of the oldest message in the list?", rows[-1][1], "text", "earliest", True)
    return sc


def web_appointments():
    sc = Scene("web_appointments", "calendar", "doctor appointment booking: time-slot grid (free/booked/selected)",
               "HTML", "light")
    r = rng(sc.name)
    days = ["Mon 16 Mar", "Tue 17 Mar", "Wed 18 Mar", "Thu 19 Mar", "Fri 20 Mar"]
    times = ["08:30", "09:15", "10:00", "10:45", "11:30", "14:00", "14:45", "15:30"]
    booked = {(d, t): r.random() < .55 for d in days for t in times}
    free = [(d, t) for d in days for t in times if not booked[(d, t)]]
    selected = r.choice(free)
    cols = ""
    for d in days:
        cells = ""
        for t in times:
            c = "sel" if (d, t) == selected else ("bk" if booked[(d, t)] else "fr")
            cells += f"<div class='s {c}'>{t}</div>"
        cols += f"<div class=c><div class=dh>{d}</div>{cells}</div>"
    body = f"""<div class=hd><b>Praxis Dr. med. Sabine Krüger</b> · Allgemeinmedizin · Online-Terminbuchung</div><div class=w><h2>Choose a time</h2>
<div class=lg><span class='s fr'>free</span><span class='s bk'>booked</span><span class='s sel'>your choice</span></div><div class=grid>{cols}</div>
<div class=sum>Selected: <b>{selected[0]}, {selected[1]}</b> · Check-up (20 min)</div><div class=btn>Continue</div></div>"""
    css = """body{background:#fff}.hd{background:#0e7490;color:#fff;padding:14px 28px}.w{padding:10px 28px}.grid{display:flex;gap:14px}.c{flex:1}.dh{font-weight:bold;padding:6px 0;border-bottom:2px solid #0e7490;margin-bottom:6px}
.s{display:block;padding:7px;margin:5px 0;border-radius:6px;text-align:center;font-size:14px}.fr{border:1px solid #0e7490;color:#0e7490}.bk{background:#eee;color:#bbb;text-decoration:line-through}.sel{background:#0e7490;color:#fff;font-weight:bold}
.lg{display:flex;gap:10px;margin-bottom:10px}.lg .s{width:110px;margin:0}.sum{margin-top:16px;font-size:16px}.btn{display:inline-block;margin-top:10px;background:#f59e0b;padding:10px 26px;border-radius:6px;font-weight:bold}"""
    render_html(sc, page(body, css, "Lato"), 1000, 900)
    d = [x for x in days if x != selected[0]][1]
    nfree = sum(1 for t in times if not booked[(d, t)])
    sc.q("which slot have I picked", f"{selected[0]}, {selected[1]}", "text", "selected", True)
    sc.q(f"how many free slots are there on {d.split()[0].lower()}", nfree, "count", "count", False)
    sc.q("doctor's name?", "Dr. med. Sabine Krüger", "person", "party", True)
    return sc


def web_grocery_list():
    sc = Scene("web_grocery_list", "todo", "shared shopping-list phone app with checked items", "HTML", "light")
    r = rng(sc.name)
    items = ["Oat milk", "Eggs (10)", "Sourdough bread", "Cherry tomatoes", "Feta", "Bananas", "Coffee beans",
             "Dish soap", "Basmati rice", "Greek yoghurt", "Lemons"]
    r.shuffle(items)
    items = items[:r.randint(8, 10)]
    done = [r.random() < .45 for _ in items]
    who = [r.choice(["Ana", "Ben"]) for _ in items]
    lis = "".join(f"<li class='{'d' if d else ''}'><span class=cb>{'✓' if d else ''}</span><span class=n>{esc(i)}</span><span class=w>{w}</span></li>"
                  for i, d, w in zip(items, done, who))
    body = f"""<div class=ph><div class=hd><b>Weekend shop</b><small>{len(items)} items · shared with Ben</small></div><ul>{lis}</ul><div class=add>+ Add item</div></div>"""
    css = """body{background:#fafaf7}.ph{width:380px;font-size:16px}.hd{padding:18px;background:#ffd166}.hd b{font-size:22px;display:block}ul{list-style:none;margin:0;padding:0}
li{display:flex;align-items:center;gap:12px;padding:12px 18px;border-bottom:1px solid #eee}.cb{width:22px;height:22px;border:2px solid #999;border-radius:50%;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
li.d .cb{background:#06a77d;border-color:#06a77d}li.d .n{text-decoration:line-through;color:#aaa}.n{flex:1}.w{font-size:12px;color:#888;background:#eee;border-radius:8px;padding:2px 8px}.add{padding:14px 18px;color:#06a77d;font-weight:bold}"""
    render_html(sc, page(body, css, "Open Sans", bg="#fafaf7"), 380, 800)
    sc.q("how many things are still left to buy", done.count(False), "count", "count", False)
    k = r.randrange(len(items))
    sc.q(f"have we got the {items[k].split(' (')[0].lower()} already?", "yes" if done[k] else "no", "yesno",
         "state_yesno", False)
    return sc


def web_cart_in():
    sc = Scene("web_cart_in", "shopping", "Indian e-commerce cart (₹, lakh grouping 1,24,990)", "HTML", "light")
    r = rng(sc.name)
    items = [("Samsung 55\" Crystal 4K UHD Smart TV", 1, 52990), ("boAt Rockerz 450 Headphones", 2, 1499),
             ("Prestige Induction Cooktop PIC 20", 1, 2849), ("Apple MacBook Air M3 13\" 16GB", 1, 124990),
             ("Philips Air Fryer HD9252", 1, 7999)]
    r.shuffle(items)
    items = items[:4]
    mrp_mult = [r.choice([1.12, 1.2, 1.25, 1.35]) for _ in items]
    sub = sum(q * p for _, q, p in items)
    mrp = sum(round(q * p * m) for (_, q, p), m in zip(items, mrp_mult))
    disc = mrp - sub
    deliv = 0
    rows = "".join(f"<div class=it><div class=img></div><div class=inf><div class=nm>{esc(n)}</div><div class=q>Qty: {q}</div><div class=pr><s>₹{lakh(round(q * p * m), 0)}</s> <b>₹{lakh(q * p, 0)}</b></div></div></div>"
                   for (n, q, p), m in zip(items, mrp_mult))
    body = f"""<div class=top>ShopKart <span>Deliver to: Bengaluru 560034</span></div><div class=wrap><div class=l><h3>My Cart ({sum(q for _, q, _ in items)})</h3>{rows}</div>
<div class=r><h4>PRICE DETAILS</h4><div class=kv><span>Price ({sum(q for _, q, _ in items)} items)</span><span>₹{lakh(mrp, 0)}</span></div><div class=kv><span>Discount</span><span class=g>− ₹{lakh(disc, 0)}</span></div>
<div class=kv><span>Delivery Charges</span><span class=g>FREE</span></div><div class='kv tot'><span>Total Amount</span><span>₹{lakh(sub, 0)}</span></div><div class=g>You will save ₹{lakh(disc, 0)} on this order</div><div class=po>PLACE ORDER</div></div></div>"""
    css = """body{background:#f1f3f6}.top{background:#2874f0;color:#fff;padding:14px 30px;font-size:22px;font-weight:bold;font-style:italic}.top span{font-size:14px;font-style:normal;font-weight:normal;margin-left:40px}
.wrap{display:flex;gap:16px;padding:16px 30px}.l{flex:2;background:#fff;padding:8px 20px}.r{flex:1;background:#fff;padding:8px 20px;align-self:flex-start}.it{display:flex;gap:16px;padding:14px 0;border-bottom:1px solid #eee}
.img{width:80px;height:80px;background:#e3e8f0;border-radius:4px}.nm{font-size:16px}.q{color:#777;font-size:13px;margin:4px 0}.pr s{color:#888}.pr b{font-size:18px}h4{color:#878787}.kv{display:flex;justify-content:space-between;padding:8px 0}
.tot{border-top:1px dashed #ccc;font-weight:bold;font-size:18px}.g{color:#388e3c}.po{background:#fb641b;color:#fff;text-align:center;padding:14px;margin:14px 0;font-weight:bold}"""
    render_html(sc, page(body, css, "Roboto", bg="#f1f3f6"), 1200, 900)
    sc.q("Total Amount?", f"₹{lakh(sub, 0)}", "money", "lookup", True)
    sc.q("how much am i saving", f"₹{lakh(disc, 0)}", "money", "lookup", True)
    k = min(range(4), key=lambda i: items[i][1] * items[i][2])
    sc.q("cheapest item in the cart (by line price)", items[k][0], "text", "argmin", True)
    return sc


def web_car_listing():
    sc = Scene("web_car_listing", "shopping", "used-car listing page (EUR, spec grid, seller box)", "HTML", "light")
    r = rng(sc.name)
    km = r.randint(38, 160) * 1000 + r.randint(0, 999)
    price = r.randint(120, 260) * 100
    year = r.randint(2016, 2022)
    fuel = r.choice(["Diesel", "Petrol", "Hybrid (petrol/electric)"])
    gear = r.choice(["Manual", "Automatic"])
    owners = r.randint(1, 3)
    specs = [("Mileage", f"{km:,} km".replace(",", ".")), ("First registration", f"0{r.randint(1, 9)}/{year}"),
             ("Fuel", fuel), ("Gearbox", gear), ("Power", f"{r.choice([110, 130, 150])} kW"),
             ("Previous owners", str(owners)), ("Colour", r.choice(["Magnetic grey", "Glacier white", "Deep blue"])),
             ("Next inspection (TÜV)", f"0{r.randint(1, 9)}/2027")]
    sp = "".join(f"<div class=s><small>{k}</small><b>{v}</b></div>" for k, v in specs)
    body = f"""<div class=top>autohof24</div><div class=wrap><div class=l><div class=img>📷 1 / 18</div><h1>Škoda Octavia Combi 2.0 TDI Style</h1><div class=sp>{sp}</div></div>
<div class=r><div class=p>€ {price:,}</div><div class=vat>VAT deductible</div><div class=sel><b>Autohaus Brandt GmbH</b><br>Dealer · ★ 4.6 (212 reviews)<br>Hannoversche Str. 12, 30159 Hannover<br>☎ +49 511 3487 220</div><div class=bt>Contact seller</div></div></div>"""
    css = """body{background:#f4f4f4}.top{background:#ff6600;color:#fff;font-weight:bold;font-size:24px;padding:12px 30px}.wrap{display:flex;gap:20px;padding:20px 30px}.l{flex:2}.r{flex:1;background:#fff;padding:20px;align-self:flex-start;border-radius:8px}
.img{height:230px;background:linear-gradient(135deg,#9aa7b3,#596673);color:#fff;display:flex;align-items:flex-end;justify-content:flex-end;padding:10px;border-radius:8px}h1{font-size:24px}
.sp{display:grid;grid-template-columns:repeat(4,1fr);gap:10px}.s{background:#fff;padding:10px;border-radius:6px}.s small{display:block;color:#777}.p{font-size:32px;font-weight:bold}.vat{color:#2e7d32;margin-bottom:14px}.sel{line-height:1.6}.bt{background:#ff6600;color:#fff;text-align:center;padding:12px;margin-top:14px;border-radius:6px}"""
    render_html(sc, page(body, css, "Liberation Sans", bg="#f4f4f4"), 1200, 800)
    sc.q("how many km has it done", specs[0][1], "text", "lookup", True)
    sc.q("asking price", f"€ {price:,}", "money", "lookup", True)
    sc.q("dealer phone number?", "+49 511 3487 220", "phone", "lookup", True)
    return sc


def web_wiki_town():
    sc = Scene("web_wiki_town", "docs", "encyclopedia article with contents box and infobox", "HTML", "light")
    r = rng(sc.name)
    pop = r.randint(12000, 48000)
    area = round(r.uniform(40, 180), 1)
    mayor = r.choice(["Henrike Albers", "Jonas Petersen", "Maren Thiessen"])
    sections = ["History", "Geography", "Climate", "Economy", "Transport", "Culture", "Notable people", "References"]
    toc = "".join(f"<li><span>{i + 1}</span> {s}</li>" for i, s in enumerate(sections))
    body = f"""<div class=top><span class=logo>WikiAtlas</span><span class=sr>Search WikiAtlas</span></div><div class=art><h1>Nordbrück</h1><div class=from>From WikiAtlas, the free encyclopedia</div>
<table class=ib><tr><th colspan=2>Nordbrück</th></tr><tr><td colspan=2 class=map>[coat of arms]</td></tr><tr><td>Country</td><td>Germany</td></tr><tr><td>State</td><td>Schleswig-Holstein</td></tr>
<tr><td>Mayor</td><td>{mayor}</td></tr><tr><td>Area</td><td>{area} km²</td></tr><tr><td>Population</td><td>{pop:,}</td></tr><tr><td>Postal code</td><td>24{r.randint(100, 999)}</td></tr></table>
<p><b>Nordbrück</b> is a town in the district of Rendsburg-Eckernförde on the Kiel Canal. First mentioned in 1231, it grew around a ferry crossing and a brick works.</p>
<div class=toc><b>Contents</b><ol>{toc}</ol></div><h2>History</h2><p>The town received market rights in 1497. The canal, opened in 1895, brought a shipyard and a rail bridge.</p></div>"""
    css = """body{background:#fff}.top{display:flex;gap:40px;padding:10px 24px;border-bottom:1px solid #ddd}.logo{font-family:'P052';font-size:22px}.sr{border:1px solid #aaa;padding:4px 12px;width:340px;color:#777}
.art{padding:10px 30px;font-size:15px;line-height:1.6;max-width:1100px}h1{font-family:'P052';font-weight:normal;border-bottom:1px solid #aaa;margin-bottom:2px}.from{font-size:13px;color:#555}h2{font-family:'P052';font-weight:normal;border-bottom:1px solid #aaa}
.ib{float:right;width:300px;border:1px solid #aaa;background:#f8f9fa;font-size:13px;margin:10px 0 10px 20px;border-collapse:collapse}.ib th{background:#cde;padding:6px}.ib td{padding:4px 8px;border-top:1px solid #ddd}.map{height:90px;text-align:center;color:#999}
.toc{display:inline-block;border:1px solid #aaa;background:#f8f9fa;padding:8px 18px}.toc ol{list-style:none;padding:0;margin:4px 0}.toc li span{color:#555;margin-right:6px}"""
    render_html(sc, page(body, css, "Liberation Sans"), 1150, 900)
    sc.q("population of Nordbrück", f"{pop:,}", "number", "lookup", True)
    sc.q("what's the 4th section in the contents", sections[3], "text", "nth", True)
    sc.q("who is the mayor", mayor, "person", "party", True)
    sc.q("population density (people per km²)", round(pop / area), "number", "rate", False)
    return sc


def web_releases():
    sc = Scene("web_releases", "web", "code-hosting releases page (versions, tags, assets)", "HTML", "light")
    r = rng(sc.name)
    rels = [("v3.2.0-rc.1", "Pre-release", "2026-03-11"), ("v3.1.2", "Latest", "2026-02-27"), ("v3.1.1", "", "2026-02-03"),
            ("v3.1.0", "", "2026-01-14")]
    assets = [("tidewatch-3.1.2-linux-amd64.tar.gz", r.randint(18, 30)), ("tidewatch-3.1.2-darwin-arm64.tar.gz", r.randint(16, 28)),
              ("tidewatch-3.1.2-windows-amd64.zip", r.randint(18, 32)), ("checksums.txt", 0)]
    secs = ""
    for v, lab, d in rels:
        badge = f"<span class='bd {lab.lower()}'>{lab}</span>" if lab else ""
        extra = ""
        if lab == "Latest":
            extra = "<ul><li>Fix crash when the tide table is empty</li><li>Update bundled tzdata to 2026a</li></ul><div class=as><b>Assets 5</b>" + "".join(
                f"<div class=a><span>📦 {n}</span><span>{str(s) + ' MB' if s else '412 Bytes'}</span></div>" for n, s in assets) + "<div class=a><span>Source code (zip)</span><span></span></div></div>"
        secs += f"<div class=rel><div class=d>{d}</div><div class=b><h2>{v} {badge}</h2>{extra}</div></div>"
    body = f"""<div class=top>◆ coastlab / <b>tidewatch</b></div><div class=tabs><span>Code</span><span>Issues 23</span><span>Pull requests 4</span><span class=on>Releases</span></div><div class=w>{secs}</div>"""
    css = """body{background:#fff;font-size:14px}.top{padding:16px 30px;background:#f6f8fa;font-size:18px}.tabs{display:flex;gap:24px;padding:0 30px;background:#f6f8fa;border-bottom:1px solid #ddd}.tabs span{padding:10px 0}.tabs .on{border-bottom:2px solid #fd8c73;font-weight:bold}
.w{padding:10px 30px}.rel{display:flex;gap:30px;border-bottom:1px solid #eee;padding:14px 0}.d{width:110px;color:#57606a}.b{flex:1}h2{margin:0;font-size:22px}.bd{font-size:12px;border:1px solid;border-radius:12px;padding:2px 8px;vertical-align:middle;font-weight:normal}
.latest{color:#1a7f37}.pre-release{color:#9a6700}.as{border:1px solid #ddd;border-radius:6px;margin-top:10px}.as b{display:block;padding:8px 12px;background:#f6f8fa}.a{display:flex;justify-content:space-between;padding:7px 12px;border-top:1px solid #eee}"""
    render_html(sc, page(body, css, "Liberation Sans"), 1100, 900)
    sc.q("what's the latest stable version", "v3.1.2", "version", "version", True)
    sc.q("is there a pre-release newer than it", "yes", "yesno", "exists", False)
    sc.q("how big is the windows zip", f"{assets[2][1]} MB", "text", "lookup", True)
    return sc


def web_box_score():
    sc = Scene("web_box_score", "table", "basketball box score (sports site), 1200 px", "HTML", "light")
    r = rng(sc.name)
    players = ["J. Okafor", "M. Lindqvist", "D. Ramírez", "T. Whitfield", "K. Sato", "A. Petrović", "L. Brennan",
               "R. Mbeki", "C. Duval"]
    rows = []
    for p in players:
        mins = r.randint(8, 38)
        pts = r.randint(0, 31)
        rows.append((p, mins, pts, r.randint(0, 12), r.randint(0, 9), r.randint(0, 4)))
    pts = [x[2] for x in rows]
    while pts.count(max(pts)) > 1:
        rows[pts.index(max(pts))] = rows[pts.index(max(pts))][:2] + (max(pts) + 1,) + rows[pts.index(max(pts))][3:]
        pts = [x[2] for x in rows]
    tot = sum(pts)
    trs = "".join(f"<tr><td>{p}</td><td>{m}</td><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td></tr>" for p, m, a, b, c, d in rows)
    body = f"""<div class=hd><span>FINAL</span><div class=sc><span>Harbor City Gulls <b>{tot}</b></span><span>–</span><span><b>{tot - r.randint(2, 15)}</b> Pinewood Rangers</span></div></div>
<h3>Harbor City Gulls — box score</h3><table><tr><th>Player</th><th>MIN</th><th>PTS</th><th>REB</th><th>AST</th><th>STL</th></tr>{trs}<tr class=t><td>TOTALS</td><td>240</td><td>{tot}</td><td>{sum(x[3] for x in rows)}</td><td>{sum(x[4] for x in rows)}</td><td>{sum(x[5] for x in rows)}</td></tr></table>"""
    css = """body{background:#fff}.hd{background:#111827;color:#fff;padding:16px 30px;display:flex;gap:40px;align-items:center}.sc{display:flex;gap:20px;font-size:22px}.sc b{font-size:30px}
h3{margin:16px 30px 6px}table{margin:0 30px;width:calc(100% - 60px);border-collapse:collapse;font-size:15px}th{background:#f3f4f6;text-align:right;padding:8px 12px}td{text-align:right;padding:7px 12px;border-bottom:1px solid #eee}
th:first-child,td:first-child{text-align:left}.t td{font-weight:bold;border-top:2px solid #111}"""
    render_html(sc, page(body, css, "Roboto"), 1200, 800)
    k = pts.index(max(pts))
    sc.q("who was the top scorer", rows[k][0], "person", "argmax", True)
    j = r.randrange(len(rows))
    sc.q(f"rebounds for {rows[j][0]}?", rows[j][3], "number", "cell", True)
    a, b = r.sample(range(len(rows)), 2)
    c1, c2 = [i for i in range(len(rows)) if i not in (a, b)][:2]
    if rows[c1][4] == rows[c2][4]:
        c2 = [i for i in range(len(rows)) if i not in (a, b, c1) and rows[i][4] != rows[c1][4]][0]
    sc.q(f"who had fewer assists, {rows[c1][0]} or {rows[c2][0]}?", rows[c1][0] if rows[c1][4] < rows[c2][4] else rows[c2][0],
         "person", "choice_less", True)
    sc.q(f"{rows[a][0]} points minus {rows[b][0]} points", rows[a][2] - rows[b][2], "number", "subtract", False)
    return sc


def web_recipe():
    sc = Scene("web_recipe", "web", "recipe blog page: meta bar, ingredients, method", "HTML", "light")
    r = rng(sc.name)
    prep, cook = r.choice([15, 20, 25]), r.choice([35, 40, 45, 50])
    serves = r.choice([4, 6, 8])
    eggs = r.choice([2, 3, 4])
    ing = [f"250 g plain flour", f"{eggs} large eggs", "180 g caster sugar", "150 g butter, softened", "2 lemons (zest and juice)",
           "1 tsp baking powder", "100 g icing sugar", "a pinch of salt"]
    steps = ["Heat the oven to 180 °C (160 °C fan) and line a loaf tin.", "Beat the butter and sugar until pale and fluffy.",
             "Add the eggs one at a time, then the lemon zest.", "Fold in the flour, baking powder and salt.",
             f"Bake for {cook} minutes until a skewer comes out clean.", "Mix icing sugar with lemon juice and drizzle over the warm cake."]
    body = f"""<div class=top>the crumb diaries</div><div class=w><h1>Lemon Drizzle Loaf</h1><div class=meta><span>⏱ Prep <b>{prep} min</b></span><span>🔥 Cook <b>{cook} min</b></span><span>🍽 Serves <b>{serves}</b></span><span>★ 4.8 (126)</span></div>
<div class=cols><div class=ing><h2>Ingredients</h2><ul>{''.join(f'<li>{i}</li>' for i in ing)}</ul></div><div class=m><h2>Method</h2><ol>{''.join(f'<li>{s}</li>' for s in steps)}</ol></div></div></div>"""
    css = """body{background:#fffaf3;color:#3b2f2f}.top{font-family:'URW Bookman';font-size:26px;padding:16px 40px;border-bottom:1px solid #e8dccb}.w{padding:10px 40px}h1{font-family:'URW Bookman';font-size:40px;margin:14px 0}
.meta{display:flex;gap:30px;background:#f6ead8;padding:12px 18px;border-radius:8px}.cols{display:flex;gap:40px}.ing{width:340px}.m{flex:1}li{margin:8px 0;line-height:1.45}"""
    render_html(sc, page(body, css, "Lato", bg="#fffaf3"), 1150, 900)
    sc.q("how many eggs do i need", eggs, "count", "lookup", True)
    sc.q("total time prep + cook, in minutes?", prep + cook, "number", "sum", False)
    sc.q("what's step 3", steps[2], "text", "nth", True)
    return sc


def web_course():
    sc = Scene("web_course", "dashboard", "online course progress page with module list", "HTML", "light")
    r = rng(sc.name)
    mods = ["Welcome & setup", "Variables and types", "Control flow", "Functions", "Working with files",
            "Errors and exceptions", "Modules and packages", "Testing basics", "Final project"]
    ndone = r.randint(3, 6)
    status = ["done"] * ndone + ["current"] + ["locked"] * (len(mods) - ndone - 1)
    lens = [r.randint(12, 75) for _ in mods]
    pct = round(ndone / len(mods) * 100)
    li = "".join(f"<li class={s}><span class=ic>{'✔' if s == 'done' else ('▶' if s == 'current' else '🔒')}</span><span class=n>Module {i + 1}: {m}</span><span class=l>{l} min</span></li>"
                 for i, (m, s, l) in enumerate(zip(mods, status, lens)))
    body = f"""<div class=hd><b>Python for Analysts</b> · Instructor: Dr. Farah Haddad</div><div class=w><div class=pg><div class=bar><div style="width:{pct}%"></div></div><span>{pct}% complete</span></div><ul>{li}</ul></div>"""
    css = """body{background:#f7f7fb}.hd{background:#4c1d95;color:#fff;padding:16px 30px;font-size:17px}.w{padding:16px 30px;max-width:900px}.pg{display:flex;align-items:center;gap:14px}.bar{flex:1;height:12px;background:#e5e0f5;border-radius:6px}.bar div{height:12px;background:#7c3aed;border-radius:6px}
ul{list-style:none;padding:0}li{display:flex;gap:14px;padding:12px 16px;background:#fff;margin:8px 0;border-radius:8px;border:1px solid #e6e6ef}.n{flex:1}.l{color:#888}.done .ic{color:#16a34a}.current{border-color:#7c3aed;font-weight:bold}.locked{color:#999}"""
    render_html(sc, page(body, css, "Open Sans", bg="#f7f7fb"), 960, 900)
    sc.q("how far through the course am i", f"{pct}%", "percent", "lookup", True)
    sc.q("which module am I on now", f"Module {ndone + 1}: {mods[ndone]}", "text", "read", True)
    sc.q("how many modules completed", ndone, "count", "count", False)
    return sc


def web_playlist():
    sc = Scene("web_playlist", "table", "music streaming playlist (dark), track durations", "HTML", "dark")
    r = rng(sc.name)
    tracks = [("Glass Harbour", "Aurora Veil"), ("Paper Satellites", "The Lumen Tides"), ("Low Tide Radio", "Kestrel & Oak"),
              ("Neon Orchard", "Mira Sol"), ("Slow Burn Sunday", "Hollow Pines"), ("Kite Season", "Ottilie"),
              ("Northbound", "Aurora Veil"), ("Salt & Static", "Juniper Gray")]
    r.shuffle(tracks)
    durs = r.sample(range(150, 330), len(tracks))
    rows = "".join(f"<tr><td class=i>{i + 1}</td><td><b>{t}</b><br><small>{a}</small></td><td class=al>{a} — Singles</td><td class=d>{d // 60}:{d % 60:02d}</td></tr>"
                   for i, ((t, a), d) in enumerate(zip(tracks, durs)))
    tot = sum(durs)
    body = f"""<div class=hd><div class=cv></div><div><small>PLAYLIST</small><h1>Late Night Drive</h1><span>Made by Noor · {len(tracks)} songs, {tot // 60} min {tot % 60} sec</span></div></div>
<table><tr><th>#</th><th>Title</th><th>Album</th><th>⏱</th></tr>{rows}</table>"""
    css = """body{background:#121212;color:#fff}.hd{display:flex;gap:24px;align-items:flex-end;padding:30px;background:linear-gradient(#5b3a8c,#121212)}.cv{width:150px;height:150px;background:linear-gradient(135deg,#f472b6,#6366f1)}h1{font-size:46px;margin:6px 0}
table{width:calc(100% - 60px);margin:0 30px;border-collapse:collapse;font-size:14px}th{text-align:left;color:#aaa;font-weight:normal;border-bottom:1px solid #333;padding:8px}td{padding:7px 8px;color:#ddd}small{color:#aaa}.i,.d{color:#aaa}"""
    render_html(sc, page(body, css, "Lato", bg="#121212"), 1100, 900)
    k = durs.index(max(durs))
    sc.q("longest song on this playlist?", tracks[k][0], "text", "argmax", True)
    sc.q("who sings track 5", tracks[4][1], "person", "nth", True)
    return sc


def web_vault():
    sc = Scene("web_vault", "table", "password manager vault list with strength and last modified (dark)", "HTML", "dark")
    r = rng(sc.name)
    items = ["Posteo Mail", "Deutsche Bahn", "GitHub", "Steuer-Portal ELSTER", "Netflix", "Router admin", "Sparkasse Online",
             "Figma", "Wi-Fi Home"]
    strengths = [r.choice(["Strong", "Strong", "Good", "Weak"]) for _ in items]
    import datetime
    dates = [datetime.date(2026, 3, 10) - datetime.timedelta(days=d) for d in r.sample(range(2, 900), len(items))]
    rows = "".join(f"<tr><td><span class=ic>{n[0]}</span>{n}</td><td>{n.split()[0].lower()}@mail.de</td><td class={s.lower()}>{s}</td><td>{d.strftime('%b %d, %Y')}</td></tr>"
                   for n, s, d in zip(items, strengths, dates))
    body = f"""<div class=app><div class=sb><b>🔐 KeyNest</b><div class=on>All items <span>{len(items)}</span></div><div>Favourites</div><div>Logins</div><div>Secure notes</div></div>
<div class=mn><h2>All items</h2><table><tr><th>Name</th><th>Username</th><th>Strength</th><th>Last modified</th></tr>{rows}</table></div></div>"""
    css = """body{background:#17181c;color:#e4e4e7;font-size:14px}.app{display:flex}.sb{width:210px;background:#0f1013;min-height:520px;padding:18px}.sb b{font-size:18px;display:block;margin-bottom:20px}.sb div{padding:8px;display:flex;justify-content:space-between}.sb .on{background:#27272a;border-radius:6px}
.mn{flex:1;padding:10px 26px}table{width:100%;border-collapse:collapse}th{text-align:left;color:#a1a1aa;font-weight:normal;border-bottom:1px solid #333;padding:8px}td{padding:9px 8px;border-bottom:1px solid #26262b}
.ic{display:inline-block;width:24px;height:24px;border-radius:6px;background:#3f3f46;text-align:center;line-height:24px;margin-right:10px}.strong{color:#4ade80}.good{color:#facc15}.weak{color:#f87171;font-weight:bold}"""
    render_html(sc, page(body, css, "Roboto", bg="#17181c"), 1100, 520, crop=False)
    sc.q("how many weak passwords do i have", strengths.count("Weak"), "count", "count", False)
    k = dates.index(max(dates))
    sc.q("which login did I change most recently", items[k], "text", "latest", True)
    k2 = dates.index(min(dates))
    sc.q("and which one hasn't been changed for the longest time", items[k2], "text", "earliest", True)
    return sc


def web_ev_charging():
    sc = Scene("web_ev_charging", "dashboard", "EV charging app session summary (phone, dark)", "HTML", "dark")
    r = rng(sc.name)
    kwh = round(r.uniform(18, 62), 2)
    price = r.choice([0.49, 0.59, 0.69, 0.79])
    fee = 0.35
    cost = r2(kwh * price + fee)
    start = r.randint(8 * 60, 20 * 60)
    dur = r.randint(22, 95)
    soc0 = r.randint(8, 40)
    soc1 = min(100, soc0 + int(kwh * 1.1))
    body = f"""<div class=ph><div class=sb>9:41</div><div class=hd>Charging complete ✓</div><div class=ring><b>{soc1}%</b><small>from {soc0}%</small></div>
<div class=card><div class=kv><span>Station</span><b>IONITY Hamburg-Stillhorn</b></div><div class=kv><span>Connector</span><b>CCS · 350 kW</b></div>
<div class=kv><span>Started</span><b>{start // 60:02d}:{start % 60:02d}</b></div><div class=kv><span>Duration</span><b>{dur} min</b></div>
<div class=kv><span>Energy</span><b>{kwh:.2f} kWh</b></div><div class=kv><span>Session fee</span><b>€{fee:.2f}</b></div><div class='kv tot'><span>Total</span><b>€{cost:.2f}</b></div></div><div class=btn>Download receipt</div></div>"""
    css = """body{background:#0d1117;color:#e6edf3}.ph{width:400px;padding-bottom:20px}.sb{padding:10px 22px;font-weight:bold}.hd{text-align:center;font-size:20px;color:#3fb950;margin:10px}.ring{width:170px;height:170px;border-radius:50%;border:12px solid #3fb950;margin:14px auto;display:flex;flex-direction:column;align-items:center;justify-content:center}
.ring b{font-size:40px}.ring small{color:#8b949e}.card{background:#161b22;margin:14px;border-radius:14px;padding:8px 16px}.kv{display:flex;justify-content:space-between;padding:9px 0;border-bottom:1px solid #21262d}.tot{font-size:19px;border:none}.btn{margin:0 14px;background:#238636;text-align:center;padding:12px;border-radius:10px}"""
    render_html(sc, page(body, css, "Lato", bg="#0d1117"), 400, 850)
    sc.q("how much energy did I get", f"{kwh:.2f} kWh", "number", "lookup", True)
    sc.q("what did it cost per kWh, not counting the session fee", f"€{price:.2f}", "money", "rate", False)
    sc.q("what time did charging start", f"{start // 60:02d}:{start % 60:02d}", "time", "lookup", True)
    return sc


def web_week_calendar():
    sc = Scene("web_week_calendar", "calendar", "week calendar view (dark), events as blocks", "HTML", "dark")
    r = rng(sc.name)
    days = ["Mon 23", "Tue 24", "Wed 25", "Thu 26", "Fri 27"]
    titles = ["Standup", "1:1 with Leila", "Design review", "Dentist", "Budget sync", "Lunch w/ Sven", "Client call – Orbis",
              "Yoga", "Sprint planning", "Interview: backend", "Retro", "Board prep"]
    ev = []
    for d in days:
        hours = sorted(r.sample(range(8, 18), r.randint(1, 3)))
        for h in hours:
            ev.append((d, h, r.choice(titles)))
    cols = ""
    for d in days:
        blocks = "".join(f"<div class=e style='top:{(h - 8) * 44}px'><b>{t}</b><br>{h:02d}:00</div>" for dd, h, t in ev if dd == d)
        cols += f"<div class=c><div class=dh>{d}</div><div class=body>{blocks}</div></div>"
    hrs = "".join(f"<div class=h>{h:02d}:00</div>" for h in range(8, 19))
    body = f"""<div class=top><b>March 2026</b><span>Today</span><span>‹ ›</span><span class=v>Week ▾</span></div><div class=g><div class=hc><div class=dh></div>{hrs}</div>{cols}</div>"""
    css = """body{background:#1b1b1f;color:#e5e5ea;font-size:13px}.top{display:flex;gap:20px;padding:12px 20px;font-size:16px;border-bottom:1px solid #333}.v{margin-left:auto}
.g{display:flex}.hc{width:60px}.h{height:44px;color:#888;text-align:right;padding-right:6px}.c{flex:1;border-left:1px solid #2c2c30}.dh{height:34px;text-align:center;padding-top:8px;font-weight:bold;border-bottom:1px solid #2c2c30}
.body{position:relative;height:484px;background:repeating-linear-gradient(#1b1b1f 0 43px,#2a2a2e 43px 44px)}.e{position:absolute;left:4px;right:4px;height:40px;background:#3b5bdb;border-radius:5px;padding:3px 6px;font-size:12px;overflow:hidden}"""
    render_html(sc, page(body, css, "Cantarell", bg="#1b1b1f"), 1100, 560, crop=False)
    mon = [e for e in ev if e[0] == "Mon 23"]
    sc.q("how many things do i have on monday", len(mon), "count", "count", False)
    fri = [e for e in ev if e[0] == "Fri 27"]
    sc.q("what's my first event on friday", fri[0][2], "text", "nth", True)
    return sc


def web_error_page():
    sc = Scene("web_error_page", "web", "SaaS app error page with request id", "HTML", "light")
    r = rng(sc.name)
    rid = "req_" + "".join(r.choice("abcdef0123456789") for _ in range(16))
    body = f"""<div class=top>◧ Ledgerline <span>Dashboard</span><span>Reports</span><span>Settings</span></div><div class=box><div class=ic>⚠</div><h1>503 Service Unavailable</h1>
<p>We couldn't load <b>Quarterly VAT report</b>. The reporting service is temporarily overloaded.</p><div class=det>Error code: <code>REPORTS_UPSTREAM_TIMEOUT</code><br>Request ID: <code>{rid}</code><br>Time: 2026-03-04 15:27:09 UTC</div>
<div class=bt><span class=p>Try again</span><span>Contact support</span></div></div>"""
    css = """body{background:#f5f6f8}.top{background:#fff;padding:14px 30px;border-bottom:1px solid #ddd;font-weight:bold;display:flex;gap:30px}.top span{font-weight:normal;color:#555}
.box{width:620px;margin:60px auto;background:#fff;border-radius:12px;padding:30px 40px;box-shadow:0 2px 12px #0001;text-align:center}.ic{font-size:44px;color:#e0a100}.det{background:#f3f4f6;padding:12px;border-radius:8px;text-align:left;font-size:14px;line-height:1.7}
.bt{margin-top:20px;display:flex;gap:12px;justify-content:center}.bt span{padding:10px 22px;border:1px solid #ccc;border-radius:8px}.bt .p{background:#2563eb;color:#fff;border-color:#2563eb}"""
    render_html(sc, page(body, css, "Open Sans", bg="#f5f6f8"), 1100, 700)
    sc.q("what error is this", "503 Service Unavailable", "error", "error", True)
    sc.q("request id for support?", rid, "code", "lookup", True)
    return sc


def slide_html_results():
    sc = Scene("slide_html_results", "slide", "16:9 slide, white with coloured side band, bullets + footer", "HTML",
               "light")
    r = rng(sc.name)
    churn = round(r.uniform(2.1, 4.9), 1)
    nps = r.randint(31, 62)
    bullets = [f"Churn fell to {churn}% (from {churn + 0.8:.1f}%)", f"NPS reached {nps}, best since launch",
               "Self-serve onboarding live in 4 markets", "Support backlog cleared by week 9",
               "Next: pricing page test in April"]
    num = r.randint(7, 19)
    body = f"""<div class=s><div class=band></div><div class=c><div class=kick>CUSTOMER SUCCESS · Q1 2026</div><h1>What changed this quarter</h1><ul>{''.join(f'<li>{b}</li>' for b in bullets)}</ul></div>
<div class=ft><span>Brightwell Analytics — internal</span><span>{num}</span></div></div>"""
    css = """.s{width:1280px;height:720px;position:relative;background:#fff}.band{position:absolute;left:0;top:0;bottom:0;width:26px;background:linear-gradient(#14b8a6,#0ea5e9)}
.c{padding:70px 110px}.kick{color:#0ea5e9;letter-spacing:3px;font-weight:bold}h1{font-size:54px;margin:14px 0 30px;color:#0f172a}li{font-size:30px;margin:16px 0;color:#334155}
.ft{position:absolute;bottom:24px;left:110px;right:60px;display:flex;justify-content:space-between;color:#94a3b8;font-size:18px}"""
    render_html(sc, page(body, css, "Lato"), 1280, 720, crop=False)
    sc.q("slide title?", "What changed this quarter", "text", "title", True)
    sc.q("what's the NPS", nps, "number", "lookup", True)
    sc.q("what slide number is this", num, "number", "read", True)
    return sc


SCENES = [web_game_settings, web_mail_prefs, web_departures, web_solar_dash, web_support_chat, web_sms_thread,
          web_mail_3pane, web_appointments, web_grocery_list, web_cart_in, web_car_listing, web_wiki_town, web_releases,
          web_box_score, web_recipe, web_course, web_playlist, web_vault, web_ev_charging, web_week_calendar,
          web_error_page, slide_html_results]
