"""Web pages and app screens rendered from HTML with headless chromium."""
from common import Q, scene, html_page, render_html, fmt_de, fmt_us, r2, num

TOGGLE_CSS = """.tg{width:42px;height:24px;border-radius:12px;background:#c7c7cc;position:relative;display:inline-block;vertical-align:middle}
.tg::after{content:'';position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#fff}
.tg.on{background:var(--acc,#34c759)}.tg.on::after{left:21px}"""


def tg(on):
    return f'<span class="tg{" on" if on else ""}"></span>'


@scene("web_display_settings", "settings", "desktop OS display settings (radios, select, toggles)", "HTML", "light")
def w_display(name, rng):
    orient = ["Landscape", "Portrait", "Landscape (flipped)", "Portrait (flipped)"]
    sel_o = "Landscape"
    res = "2560 × 1440 (Recommended)"
    toggles = [("Night light", True), ("HDR", False), ("Variable refresh rate", True), ("Automatically adjust brightness", False),
               ("Show scroll bars", True)]
    radios = "".join(f'<label class=rb><input type=radio name=o {"checked" if o == sel_o else ""}> {o}</label>' for o in orient)
    tgl = "".join(f"<div class=row><span>{k}</span>{tg(v)}</div>" for k, v in toggles)
    body = f"""<div class=win><div class=side><div class=me>Settings</div>
<div class=nav>System</div><div class="nav on">Display</div><div class=nav>Sound</div><div class=nav>Notifications</div><div class=nav>Power &amp; battery</div><div class=nav>Storage</div><div class=nav>About</div></div>
<div class=main><h1>System &rsaquo; Display</h1>
<div class=card><div class=row><span>Display resolution</span><select><option>{res}</option></select></div>
<div class=row><span>Scale</span><select><option>125%</option></select></div>
<div class=row><span>Refresh rate</span><select><option>144 Hz</option></select></div></div>
<div class=card><div class=lbl>Display orientation</div>{radios}</div>
<div class=card>{tgl}</div>
<div class=foot><button class=sec>Identify</button><button class=pri>Apply</button></div></div></div>"""
    css = TOGGLE_CSS + """.win{display:flex;width:1200px;height:760px;background:#f3f3f3}.side{width:250px;padding:20px;background:#ebebeb}
.me{font-size:20px;font-weight:600;margin-bottom:20px}.nav{padding:9px 12px;border-radius:6px;margin:2px 0}.nav.on{background:#dcdcdc;font-weight:600}
.main{flex:1;padding:24px 40px;position:relative}h1{font-weight:600;font-size:26px;margin:0 0 18px 0}.card{background:#fff;border-radius:8px;padding:6px 18px;margin-bottom:12px}
.row{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid #f0f0f0}.row:last-child{border:none}
select{font-size:14px;padding:5px 8px;min-width:230px}.lbl{padding:10px 0 4px 0;font-weight:600}.rb{display:inline-block;margin:6px 24px 10px 0}
.foot{position:absolute;right:40px;bottom:24px}button{font-size:14px;padding:8px 22px;margin-left:10px;border-radius:5px;border:1px solid #bbb}.pri{background:#005fb8;color:#fff;border-color:#005fb8}"""
    vis = render_html(name, html_page(body, css, "'Cantarell', sans-serif"), 1200, 760, crop=False)
    return vis, [
        Q("which display orientation is selected", sel_o, "text", "selected", True),
        Q("is HDR on", "no", "yesno", "state_yesno", False),
        Q("what refresh rate is set", "144 Hz", "text", "lookup", True),
        Q("where's the Apply button", "bottom right", "text", "locate", False),
    ]


@scene("web_android_quick", "settings", "Android-style quick settings panel (dark tiles)", "HTML", "dark")
def w_quick(name, rng):
    tiles = [("Wi-Fi", "HomeNet-5G", True), ("Bluetooth", "Pixel Buds", True), ("Mobile data", "Vodafone", True),
             ("Airplane mode", "Off", False), ("Flashlight", "", False), ("Do Not Disturb", "Until 7:00 AM", True),
             ("Hotspot", "Off", False), ("Battery Saver", "Off", False)]
    cells = "".join(f'<div class="t{" on" if on else ""}"><div class=n>{n}</div><div class=s>{s}</div></div>' for n, s, on in tiles)
    body = f"""<div class=ph><div class=top><span>10:24</span><span>Fri, Oct 3</span><span>87%</span></div>
<div class=bri><div style="width:62%"></div></div><div class=grid>{cells}</div>
<div class=edit>Edit tiles &nbsp;&middot;&nbsp; Settings</div>
<div class=notif><div class=app>Messages &middot; 2m</div><div><b>Jonas</b>: running 10 min late, sorry!</div></div></div>"""
    css = """.ph{width:420px;padding:18px;background:#1b1b1f;min-height:760px}.top{display:flex;justify-content:space-between;color:#ddd;font-size:15px}
.bri{height:34px;background:#3a3a40;border-radius:17px;margin:18px 0}.bri div{height:34px;background:#a8c7fa;border-radius:17px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px}.t{background:#35353b;border-radius:22px;padding:14px 18px;height:72px}.t.on{background:#a8c7fa;color:#0b1d36}
.n{font-size:16px;font-weight:600}.s{font-size:13px;opacity:.8;margin-top:3px}.edit{text-align:center;color:#aaa;margin:18px 0;font-size:13px}
.notif{background:#2a2a30;border-radius:18px;padding:14px}.app{font-size:12px;color:#aaa;margin-bottom:4px}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif", bg="#1b1b1f", fg="#eee"), 420, 800)
    on = sum(1 for t in tiles if t[2])
    return vis, [
        Q("is airplane mode on", "no", "yesno", "state_yesno", False),
        Q("what wifi network am i connected to", "HomeNet-5G", "text", "lookup", True),
        Q("how many quick settings tiles are switched on", on, "count", "count", False),
        Q("who sent the message?", "Jonas", "person", "party", True),
    ]


@scene("web_extensions", "settings", "browser extensions manager (cards with toggles, versions)", "HTML", "light")
def w_ext(name, rng):
    ex = [("uBlock Origin", "1.58.0", "Finally, an efficient blocker. Easy on CPU and memory.", True, "#800000"),
          ("Bitwarden Password Manager", "2024.6.3", "A secure and free password manager for all of your devices.", True, "#175ddc"),
          ("Dark Reader", "4.9.86", "Dark mode for every website. Take care of your eyes.", False, "#222"),
          ("Grammar Helper", "14.1173.0", "Improve your writing with grammar and spelling checks.", False, "#15c39a"),
          ("JSON Viewer", "0.18.1", "Makes JSON readable in the browser.", True, "#f4a300"),
          ("Tab Sleeper", "3.2.0", "Suspends inactive tabs to save memory.", True, "#6b4fbb")]
    cards = "".join(f"""<div class=c><div class=hd><div class=ic style="background:{col}">{n[0]}</div><div><div class=n>{n}</div><div class=v>{v}</div></div></div>
<div class=d>{d}</div><div class=ft><span class=l>Details</span><span class=l>Remove</span>{tg(on)}</div></div>""" for n, v, d, on, col in ex)
    body = f"""<div class=bar><b>Extensions</b><input placeholder="Search extensions"><span>Developer mode {tg(False)}</span></div>
<div class=grid>{cards}</div>"""
    css = TOGGLE_CSS + """:root{--acc:#1a73e8}.bar{display:flex;align-items:center;gap:40px;padding:14px 28px;background:#fff;border-bottom:1px solid #ddd;font-size:20px}
.bar input{flex:1;max-width:500px;padding:9px 14px;border-radius:20px;border:none;background:#f1f3f4;font-size:14px}.bar span{font-size:14px;margin-left:auto}
.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;padding:24px 28px;width:1180px}.c{background:#fff;border-radius:8px;box-shadow:0 1px 3px rgba(0,0,0,.2);padding:16px}
.hd{display:flex;gap:12px;align-items:center}.ic{width:36px;height:36px;border-radius:8px;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:700}
.n{font-weight:600}.v{font-size:12px;color:#5f6368}.d{font-size:13px;color:#5f6368;margin:12px 0;height:36px}.ft{display:flex;align-items:center;gap:18px}.l{color:#1a73e8;font-size:13px;border:1px solid #dadce0;border-radius:4px;padding:5px 10px}.ft .tg{margin-left:auto}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif", bg="#f8f9fa"), 1180, 700)
    return vis, [
        Q("is dark reader enabled?", "no", "yesno", "state_yesno", False),
        Q("what version of bitwarden is installed", "2024.6.3", "version", "version", True),
        Q("how many extensions are turned off", sum(1 for e in ex if not e[3]), "count", "count", False),
    ]


@scene("web_wp_plugins", "table", "CMS admin plugins table (active/inactive, update available)", "HTML", "light")
def w_wp(name, rng):
    pl = [("Contact Form Lite", "5.9.3", True, None, "Kai Mertens"), ("SEO Toolkit", "22.7", True, "22.9", "Brightside Labs"),
          ("Image Squeezer", "3.1.0", False, None, "Pixelwerk"), ("Shop Engine", "8.9.1", True, "9.0.0", "Cartwright Inc."),
          ("Backup Buddy Pro", "1.14.2", True, None, "Vault Software"), ("Cache Turbo", "2.4.0", False, "2.4.2", "Speedlane"),
          ("Cookie Notice EU", "4.0.7", True, None, "Datatrust GmbH")]
    rows = "".join(f"""<tr class="{'act' if a else ''}"><td><input type=checkbox></td><td><b>{n}</b><div class=lk>{'Deactivate' if a else 'Activate'} | Settings | Delete</div></td>
<td>Version {v} | By {au}{f'<div class=up>There is a new version of {n} available. Update to {u} now.</div>' if u else ''}</td></tr>""" for n, v, a, u, au in pl)
    body = f"""<div class=wrap><div class=adm>Dashboard &nbsp; Posts &nbsp; Media &nbsp; Pages &nbsp; <b>Plugins</b> &nbsp; Users &nbsp; Tools &nbsp; Settings</div>
<h1>Plugins <span class=btn>Add New Plugin</span></h1>
<div class=filt>All ({len(pl)}) | Active ({sum(p[2] for p in pl)}) | Inactive ({sum(not p[2] for p in pl)}) | Update Available ({sum(1 for p in pl if p[3])})</div>
<table><tr><th></th><th>Plugin</th><th>Description</th></tr>{rows}</table></div>"""
    css = """.wrap{width:1150px;padding:10px 24px}.adm{background:#1d2327;color:#f0f0f1;padding:10px 16px;margin:0 -24px 14px -24px;font-size:13px}
h1{font-weight:400;font-size:23px}.btn{font-size:13px;border:1px solid #2271b1;color:#2271b1;padding:4px 10px;border-radius:3px;margin-left:8px;vertical-align:middle}
.filt{font-size:13px;color:#2271b1;margin-bottom:8px}table{width:100%;border-collapse:collapse;background:#fff;border:1px solid #c3c4c7;font-size:13px}
th{text-align:left;padding:8px;border-bottom:1px solid #c3c4c7}td{padding:9px 8px;vertical-align:top;border-bottom:1px solid #f0f0f1}
tr.act td{background:#f0f6fc}tr.act td:first-child{border-left:4px solid #72aee6}.lk{color:#2271b1;font-size:12px;margin-top:4px}.up{background:#fcf9e8;border-left:4px solid #dba617;padding:6px 8px;margin-top:6px}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', sans-serif", bg="#f0f0f1"), 1200, 800)
    return vis, [
        Q("is Image Squeezer active", "no", "yesno", "state_yesno", False),
        Q("Shop Engine can be updated to which version", "9.0.0", "version", "cell", True),
        Q("who makes Backup Buddy Pro", "Vault Software", "person", "party", True),
    ]


@scene("web_group_chat", "chat", "messenger group chat on a phone (bubbles, names, times)", "HTML", "light")
def w_chat(name, rng):
    msgs = [("Elif", "18:02", "Who's bringing the grill for Saturday?", False),
            ("Tomás", "18:05", "I can bring mine, but I have no charcoal", False),
            ("me", "18:07", "I'll grab 2 bags of charcoal on the way", True),
            ("Hana", "18:11", "Perfect. Meet at Rembrandtpark, north entrance, 13:00?", False),
            ("Elif", "18:12", "13:00 works 👍", False),
            ("Tomás", "18:20", "Can we push it to 13:30? Train gets in at 13:12", False),
            ("Hana", "18:24", "Ok 13:30 then. I'll bring the speaker", False)]
    col = {"Elif": "#d81b60", "Tomás": "#1e88e5", "Hana": "#43a047"}
    bub = "".join(f"""<div class="m {'me' if me else ''}">{'' if me else f'<div class=nm style="color:{col[n]}">{n}</div>'}{t}<span class=tm>{tm}{' ✓✓' if me else ''}</span></div>"""
                  for n, tm, t, me in msgs)
    body = f"""<div class=ph><div class=hd><div class=av>BBQ</div><div><b>BBQ Saturday 🔥</b><div class=sub>Elif, Hana, Tomás, You</div></div></div>
<div class=body>{bub}</div><div class=inp>Message</div></div>"""
    css = """.ph{width:440px;background:#efe7dd;min-height:820px}.hd{display:flex;gap:12px;align-items:center;background:#075e54;color:#fff;padding:12px 14px}
.av{width:40px;height:40px;border-radius:50%;background:#fbc02d;color:#333;display:flex;align-items:center;justify-content:center;font-size:12px;font-weight:700}
.sub{font-size:12px;opacity:.85}.body{padding:10px 12px}.m{background:#fff;border-radius:8px;padding:6px 10px 18px 10px;margin:6px 60px 6px 0;position:relative;font-size:15px;width:fit-content;min-width:120px;max-width:320px}
.m.me{background:#dcf8c6;margin:6px 0 6px auto}.nm{font-size:13px;font-weight:700;margin-bottom:2px}.tm{position:absolute;right:8px;bottom:3px;font-size:11px;color:#888}
.inp{margin:10px;background:#fff;border-radius:22px;padding:12px 16px;color:#999}"""
    vis = render_html(name, html_page(body, css, "'Roboto', 'Noto Color Emoji', sans-serif", bg="#efe7dd"), 440, 860)
    return vis, [
        Q("what time are we meeting in the end", "13:30", "time", "latest", True),
        Q("who is bringing the grill", "Tomás", "person", "party", True),
        Q("who sent the last message", msgs[-1][0], "person", "latest", True),
        Q("which park?", "Rembrandtpark", "text", "read", True),
    ]


@scene("web_mail_phone", "mail", "phone mail inbox list (unread, attachments, times)", "HTML", "light")
def w_mail(name, rng):
    mails = [("Deutsche Bahn", "Ihre Buchungsbestätigung (Auftrag 5381 2290)", "09:41", True, True),
             ("Lena Hoffmann", "Re: Fotos vom Wochenende", "08:15", True, False),
             ("GitHub", "[tessera] Run failed: CI - main (3f2a91c)", "07:58", False, False),
             ("Stadtwerke Leipzig", "Ihre Jahresabrechnung 2024", "Gestern", False, True),
             ("Marco Rossi", "Angebot Küchenmontage", "Gestern", True, True),
             ("Zalando", "Dein Paket ist unterwegs", "Mo.", False, False),
             ("Dr. Anja Weber Praxis", "Terminerinnerung: 14.10., 10:30 Uhr", "So.", False, False)]
    items = "".join(f"""<div class="it {'un' if un else ''}"><div class=dot></div><div class=mid><div class=r1><span class=fr>{fr}</span><span class=tm>{tm}</span></div>
<div class=sb>{sb}{' <span class=clip>📎</span>' if att else ''}</div></div></div>""" for fr, sb, tm, un, att in mails)
    body = f"""<div class=ph><div class=top><span>Postfach</span><span class=ed>Bearbeiten</span></div><div class=srch>Suchen</div>{items}
<div class=bt>Aktualisiert gerade eben &middot; {sum(m[3] for m in mails)} ungelesen</div></div>"""
    css = """.ph{width:420px;padding:12px 0;min-height:760px}.top{display:flex;justify-content:space-between;padding:4px 18px;font-size:28px;font-weight:700}.ed{font-size:16px;color:#0a84ff;font-weight:400}
.srch{margin:8px 16px;background:#eeeef0;border-radius:10px;padding:8px 12px;color:#888}.it{display:flex;padding:10px 16px 10px 6px;border-bottom:1px solid #e5e5ea}
.dot{width:10px;height:10px;border-radius:50%;margin:6px 8px 0 4px}.un .dot{background:#0a84ff}.mid{flex:1}.r1{display:flex;justify-content:space-between}
.fr{font-size:16px}.un .fr{font-weight:700}.tm{color:#8e8e93;font-size:14px}.sb{font-size:14px;color:#333;margin-top:2px}.bt{text-align:center;font-size:12px;color:#666;margin-top:16px}"""
    vis = render_html(name, html_page(body, css, "'Lato', 'Noto Color Emoji', sans-serif"), 420, 800)
    return vis, [
        Q("how many unread emails", sum(m[3] for m in mails), "count", "count", True),
        Q("what's the subject of the email from Marco Rossi", "Angebot Küchenmontage", "text", "lookup", True),
        Q("when is the doctor's appointment", "14.10., 10:30 Uhr", "date", "read", True),
        Q("is there a mail from Zalando?", "yes", "yesno", "exists", False),
    ]


@scene("web_agenda", "calendar", "calendar agenda (list) view for a week", "HTML", "light")
def w_agenda(name, rng):
    days = [("Mon 9 June", [("09:00", "10:00", "Sprint planning", "Room Orca", "#4f46e5"), ("12:30", "13:15", "Lunch with Priya", "Café Luz", "#059669")]),
            ("Tue 10 June", [("08:30", "09:00", "Dentist", "Dr. Almeida", "#dc2626"), ("14:00", "15:30", "Design review: checkout", "Zoom", "#4f46e5")]),
            ("Wed 11 June", []),
            ("Thu 12 June", [("10:00", "10:30", "1:1 with Jordan", "Room Koi", "#4f46e5"), ("16:00", "17:00", "Piano lesson", "Music school", "#d97706"),
                              ("19:30", "22:00", "Concert: Nordic Strings", "City Hall", "#d97706")]),
            ("Fri 13 June", [("11:00", "12:00", "Quarterly budget call", "Teams", "#4f46e5")])]
    html = ""
    for d, evs in days:
        html += f"<div class=day>{d}</div>"
        if not evs:
            html += "<div class=none>No events</div>"
        for a, b, t, loc, c in evs:
            html += f"<div class=ev><div class=time>{a} – {b}</div><div class=bar style='background:{c}'></div><div><div class=t>{t}</div><div class=loc>{loc}</div></div></div>"
    body = f"""<div class=app><div class=hd><span class=ttl>Agenda</span><span class=rng>9 – 13 June 2025</span><span class=btns>Today &nbsp; ‹ &nbsp; › &nbsp; <b>Agenda</b> &nbsp; Week &nbsp; Month</span></div>{html}</div>"""
    css = """.app{width:900px;padding:18px 30px}.hd{display:flex;align-items:baseline;gap:20px;border-bottom:1px solid #ddd;padding-bottom:12px}.ttl{font-size:24px;font-weight:700}
.rng{font-size:16px;color:#555}.btns{margin-left:auto;font-size:14px;color:#444}.day{font-weight:700;margin:16px 0 6px 0;color:#111;font-size:15px}
.ev{display:flex;gap:14px;align-items:center;padding:7px 0}.time{width:130px;color:#555;font-size:14px}.bar{width:4px;height:34px;border-radius:2px}
.t{font-size:15px}.loc{font-size:12px;color:#777}.none{color:#999;font-size:14px;padding:4px 0}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', sans-serif"), 900, 900)
    allev = [(d, e) for d, evs in days for e in evs]
    return vis, [
        Q("when's my dentist appointment", "Tue 10 June", "date", "lookup", True),
        Q("what's the last thing on thursday", "Concert: Nordic Strings", "text", "nth", True),
        Q("any events on wednesday?", "no", "yesno", "exists", False),
        Q("how many events this week", len(allev), "count", "count", False),
    ]


@scene("web_todo_dark", "todo", "to-do app with priorities, due dates and done items (dark)", "HTML", "dark")
def w_todo(name, rng):
    tasks = [("Renew passport", "P1", "12 Jul", False), ("Book flights to Lisbon", "P2", "20 Jul", True),
             ("Cancel gym membership", "P3", "31 Jul", False), ("Call insurance about windscreen", "P1", "8 Jul", False),
             ("Buy birthday gift for Mum", "P2", "15 Jul", True), ("Fix leaking tap", "P3", "No date", False),
             ("Submit expense report", "P1", "9 Jul", True), ("Water the plants", "P4", "Today", False)]
    pc = {"P1": "#ef4444", "P2": "#f59e0b", "P3": "#3b82f6", "P4": "#6b7280"}
    rows = "".join(f"""<div class="t {'done' if d else ''}"><span class=cb style="border-color:{pc[p]}">{'✓' if d else ''}</span><span class=n>{n}</span>
<span class=p style="color:{pc[p]}">{p}</span><span class=due>{due}</span></div>""" for n, p, due, d in tasks)
    body = f"""<div class=app><div class=side><div>Inbox</div><div class=on>My tasks</div><div>Upcoming</div><div>Completed</div></div>
<div class=main><h2>My tasks</h2><div class=sub>{sum(not t[3] for t in tasks)} open &middot; {sum(t[3] for t in tasks)} completed</div>{rows}<div class=add>+ Add task</div></div></div>"""
    css = """.app{display:flex;width:1100px;min-height:620px}.side{width:220px;background:#18181b;padding:24px 16px;color:#a1a1aa}.side div{padding:8px 10px;border-radius:6px}.side .on{background:#27272a;color:#fff}
.main{flex:1;padding:24px 36px}h2{margin:0}.sub{color:#a1a1aa;margin:4px 0 16px 0;font-size:13px}.t{display:flex;align-items:center;gap:14px;padding:11px 4px;border-bottom:1px solid #27272a}
.cb{width:20px;height:20px;border-radius:50%;border:2px solid;display:inline-flex;align-items:center;justify-content:center;font-size:12px;color:#a1a1aa}
.n{flex:1;font-size:15px}.done .n{text-decoration:line-through;color:#71717a}.p{font-size:12px;font-weight:700;width:30px}.due{width:80px;color:#a1a1aa;font-size:13px;text-align:right}.add{color:#ef4444;margin-top:14px}"""
    vis = render_html(name, html_page(body, css, "'Lato', sans-serif", bg="#09090b", fg="#f4f4f5"), 1100, 700)
    p1open = [t for t in tasks if t[1] == "P1" and not t[3]]
    return vis, [
        Q("is 'book flights to lisbon' done?", "yes", "yesno", "state_yesno", False),
        Q("how many P1 tasks are still open", len(p1open), "count", "count", False),
        Q("due date for cancelling the gym", "31 Jul", "date", "lookup", True),
        Q("what colour are the P1 labels", "red", "text", "colour", False),
    ]


@scene("web_cart_nl", "shop", "Dutch web-shop cart (\u20ac, coupon, shipping threshold)", "HTML", "light")
def w_cart(name, rng):
    items = [("Fietslamp set LED, oplaadbaar", "Zwart", 1, 34.95), ("Regenponcho Uni", "Maat L", 2, 19.99),
             ("Fietsbel Messing", "Goud", 1, 12.50), ("Kettingolie 100 ml", "", 3, 6.49)]
    sub = r2(sum(q * p for *_, q, p in items))
    disc = r2(sub * 0.10)
    ship = 0.0 if sub - disc >= 75 else 4.95
    tot = r2(sub - disc + ship)
    e = lambda v: "€ " + fmt_de(v)
    rows = "".join(f"""<div class=it><div class=img></div><div class=d><b>{n}</b><div class=var>{v}</div><div class=q>Aantal: <span class=box>{q}</span></div></div>
<div class=pr>{e(r2(q * p))}<div class=each>{e(p)} per stuk</div></div></div>""" for n, v, q, p in items)
    body = f"""<div class=top>fiets<b>plaza</b>.nl</div><div class=wrap><div class=list><h2>Winkelwagen ({sum(i[2] for i in items)} artikelen)</h2>{rows}</div>
<div class=sum><h3>Overzicht</h3><div class=l><span>Subtotaal</span><span>{e(sub)}</span></div><div class=l><span>Kortingscode ZOMER10 (-10%)</span><span class=g>-{e(disc)}</span></div>
<div class=l><span>Verzendkosten</span><span>{'Gratis' if ship == 0 else e(ship)}</span></div><div class="l tot"><span>Totaal (incl. btw)</span><span>{e(tot)}</span></div>
<div class=btn>Verder naar bestellen</div><div class=note>Gratis verzending vanaf € 75,00</div></div></div>"""
    css = """.top{background:#ff6200;color:#fff;font-size:24px;padding:14px 30px}.wrap{display:flex;gap:30px;padding:20px 30px;width:1150px}.list{flex:1}
.it{display:flex;gap:16px;border-bottom:1px solid #eee;padding:14px 0}.img{width:80px;height:80px;background:#f1f1f1;border-radius:6px}.d{flex:1}.var{color:#777;font-size:13px}
.q{margin-top:8px;font-size:13px}.box{border:1px solid #ccc;padding:2px 10px;border-radius:4px}.pr{text-align:right;font-weight:700}.each{font-weight:400;color:#777;font-size:12px}
.sum{width:340px;background:#f7f7f7;padding:18px;border-radius:8px;height:fit-content}.l{display:flex;justify-content:space-between;padding:6px 0}.g{color:#1a8a1a}.tot{font-weight:700;font-size:18px;border-top:1px solid #ccc;margin-top:6px;padding-top:10px}
.btn{background:#1a8a1a;color:#fff;text-align:center;padding:12px;border-radius:6px;margin-top:14px;font-weight:700}.note{font-size:12px;color:#666;margin-top:8px}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', sans-serif"), 1200, 760)
    exp = max(items, key=lambda i: i[3])
    return vis, [
        Q("how much is the discount from the code", "-" + e(disc), "money", "lookup", True),
        Q("do I pay shipping?", "no" if ship == 0 else "yes", "yesno", "exists", False),
        Q("total to pay", e(tot), "money", "lookup", True),
        Q("which item has the highest price per piece", exp[0], "text", "argmax", True),
    ]


@scene("web_product_bike", "shop", "e-bike product page (size and colour selected, specs, stock)", "HTML", "light")
def w_bike(name, rng):
    sizes = ["S", "M", "L", "XL"]
    sel_size = "L"
    colours = [("Sage green", "#8da58a"), ("Midnight blue", "#1e2a4a"), ("Sand", "#d9c7a3")]
    sel_col = "Midnight blue"
    specs = [("Motor", "Bafang M420, 80 Nm"), ("Battery", "630 Wh"), ("Range", "up to 140 km"), ("Weight", "24.8 kg"),
             ("Gears", "Shimano Deore 10-speed"), ("Brakes", "Hydraulic disc, 180 mm")]
    sz = "".join(f'<span class="sz{" on" if s == sel_size else ""}">{s}</span>' for s in sizes)
    cl = "".join(f'<span class="sw{" on" if n == sel_col else ""}" style="background:{c}" title="{n}"></span>' for n, c in colours)
    sp = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in specs)
    body = f"""<div class=nav>VELOMONT &nbsp;&nbsp; <span>E-Bikes &nbsp; City &nbsp; Trekking &nbsp; Accessories</span></div>
<div class=wrap><div class=pic><div class=ph>🚲</div></div><div class=info><div class=crumb>E-Bikes / Trekking</div><h1>Alpina E-Trek 7</h1>
<div class=stars>★★★★☆ <span>4.3 (212 reviews)</span></div><div class=price>CHF 3'249.00 <s>CHF 3'690.00</s></div>
<div class=lab>Frame size: <b>{sel_size}</b></div><div>{sz}</div><div class=lab>Colour: <b>{sel_col}</b></div><div>{cl}</div>
<div class=stock>● In stock – delivered in 3–5 working days</div><div class=btn>Add to cart</div><table>{sp}</table></div></div>"""
    css = """.nav{padding:14px 30px;background:#111;color:#fff;font-weight:700;letter-spacing:2px}.nav span{font-weight:400;letter-spacing:0;color:#ccc;margin-left:20px}
.wrap{display:flex;gap:40px;padding:26px 30px;width:1200px}.pic{width:520px;height:520px;background:#f3f4f1;border-radius:10px;display:flex;align-items:center;justify-content:center}.ph{font-size:200px}
.info{flex:1}.crumb{color:#888;font-size:13px}h1{margin:6px 0}.stars{color:#f5a623}.stars span{color:#555;font-size:13px}.price{font-size:26px;font-weight:700;margin:12px 0;color:#c0392b}.price s{font-size:16px;color:#999;font-weight:400}
.lab{margin:14px 0 6px 0}.sz{display:inline-block;width:50px;text-align:center;padding:8px 0;border:1px solid #ccc;border-radius:6px;margin-right:8px}.sz.on{border:2px solid #111;background:#111;color:#fff}
.sw{display:inline-block;width:32px;height:32px;border-radius:50%;margin-right:10px;border:3px solid #fff;box-shadow:0 0 0 1px #ccc}.sw.on{box-shadow:0 0 0 2px #111}
.stock{color:#1a8a1a;margin:16px 0}.btn{background:#111;color:#fff;text-align:center;padding:13px;border-radius:8px;width:300px}
table{margin-top:18px;border-collapse:collapse;width:100%;font-size:14px}td{padding:6px 4px;border-bottom:1px solid #eee}td:first-child{color:#777;width:120px}"""
    vis = render_html(name, html_page(body, css, "'Roboto', 'Noto Color Emoji', sans-serif"), 1200, 640)
    return vis, [
        Q("which frame size is selected", sel_size, "text", "selected", True),
        Q("how much does it cost now", "CHF 3'249.00", "money", "lookup", True),
        Q("by how much is it reduced", "CHF " + f"{3690 - 3249:,.2f}".replace(",", "'"), "money", "difference", False),
        Q("battery capacity?", "630 Wh", "number", "lookup", True),
    ]


@scene("web_docs_toc", "docs", "library documentation page (sidebar TOC, version menu, parameter table)", "HTML", "light")
def w_docs(name, rng):
    toc = ["Introduction", "Installation", "Quickstart", "Configuration", "Reading files", "Writing files", "Streaming",
           "Error handling", "Plugins", "FAQ", "Changelog"]
    cur = "Streaming"
    side = "".join(f'<div class="s{" on" if t == cur else ""}">{t}</div>' for t in toc)
    params = [("chunk_size", "int", "65536", "Bytes read per chunk."), ("compression", "str | None", "None", "One of 'gzip', 'zstd', 'lz4'."),
              ("timeout", "float", "30.0", "Seconds before a read times out."), ("retries", "int", "3", "Retry attempts on a network error.")]
    pt = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td><code>{c}</code></td><td>{d}</td></tr>" for a, b, c, d in params)
    onpage = ["Opening a stream", "Parameters", "Back-pressure", "Examples"]
    body = f"""<div class=top><b>tidepool</b> <span class=ver>v2.3.1 ▾</span><span class=srch>Search docs…</span><span class=gh>GitHub</span></div>
<div class=wrap><div class=side>{side}</div><div class=main><div class=crumb>Docs › User guide › {cur}</div><h1>Streaming large files</h1>
<p>Use <code>tidepool.open_stream()</code> to process files that do not fit in memory. Data is yielded in chunks.</p>
<h2>Parameters</h2><table><tr><th>Name</th><th>Type</th><th>Default</th><th>Description</th></tr>{pt}</table>
<div class=note><b>Note:</b> <code>compression='lz4'</code> requires the optional extra <code>tidepool[lz4]</code>.</div></div>
<div class=otp><div class=h>On this page</div>{''.join(f'<div>{o}</div>' for o in onpage)}</div></div>"""
    css = """.top{display:flex;gap:20px;align-items:center;padding:12px 24px;border-bottom:1px solid #e5e7eb;font-size:18px}.ver{font-size:13px;background:#eef2ff;color:#4338ca;padding:3px 8px;border-radius:10px}
.srch{margin-left:auto;font-size:13px;color:#999;border:1px solid #ddd;padding:6px 50px 6px 10px;border-radius:6px}.gh{font-size:14px}
.wrap{display:flex;width:1240px}.side{width:220px;padding:18px;border-right:1px solid #eee}.s{padding:6px 10px;font-size:14px;color:#444}.s.on{background:#eef2ff;color:#4338ca;border-radius:5px;font-weight:600}
.main{flex:1;padding:18px 36px}.crumb{font-size:12px;color:#888}h1{font-size:30px;margin:8px 0}code{background:#f3f4f6;padding:1px 4px;border-radius:3px;font-family:'JetBrains Mono';font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #e5e7eb;padding:7px;text-align:left}th{background:#f9fafb}.note{background:#fffbeb;border-left:4px solid #f59e0b;padding:10px;margin-top:16px;font-size:14px}
.otp{width:200px;padding:18px;font-size:13px;color:#555}.otp .h{font-weight:700;color:#111;margin-bottom:8px}.otp div{padding:3px 0}"""
    vis = render_html(name, html_page(body, css, "'Lato', sans-serif"), 1240, 640)
    i = toc.index(cur)
    return vis, [
        Q("what's the default timeout", "30.0", "number", "cell", True),
        Q("which docs version is this", "v2.3.1", "version", "version", True),
        Q("what section comes after Streaming in the sidebar", toc[i + 1], "text", "next", True),
        Q("page title?", "Streaming large files", "text", "title", True),
    ]


@scene("web_helpdesk", "dashboard", "helpdesk dashboard: KPI tiles + agent table (dark)", "HTML", "dark")
def w_helpdesk(name, rng):
    agents = [("Sofia Lindgren", 42, 3.1, 96), ("Amara Okafor", 38, 1.9, 98), ("Diego Herrera", 51, 4.7, 91),
              ("Mei Tanaka", 29, 2.6, 99), ("Jonas Becker", 47, 3.8, 93), ("Fatima Zahra", 35, 2.2, 97)]
    rows = "".join(f"<tr><td>{n}</td><td>{t}</td><td>{f} h</td><td>{c}%</td></tr>" for n, t, f, c in agents)
    total = sum(a[1] for a in agents)
    body = f"""<div class=app><div class=hd><b>Helpdesk</b> · Team Nordics · Last 7 days</div><div class=tiles>
<div class=tile><div class=k>Tickets solved</div><div class=v>{total}</div><div class=dl up>▲ 8.2%</div></div>
<div class=tile><div class=k>Open backlog</div><div class=v>64</div><div class=dl dn>▲ 12 since Mon</div></div>
<div class=tile><div class=k>Median first reply</div><div class=v>1h 42m</div><div class=dl up>▼ 11 min</div></div>
<div class=tile><div class=k>SLA breaches</div><div class=v>5</div><div class=dl dn>▲ 2</div></div></div>
<h3>Agents</h3><table><tr><th>Agent</th><th>Solved</th><th>Avg. resolution</th><th>CSAT</th></tr>{rows}</table></div>"""
    css = """.app{width:1150px;padding:22px 30px}.hd{font-size:18px;color:#9ca3af}.hd b{color:#fff}.tiles{display:flex;gap:16px;margin:18px 0}
.tile{flex:1;background:#1f2937;border-radius:10px;padding:16px}.k{color:#9ca3af;font-size:13px}.v{font-size:30px;font-weight:700;margin:6px 0}.dl{font-size:13px}.up{color:#34d399}.dn{color:#f87171}
table{width:100%;border-collapse:collapse;background:#111827}th{color:#9ca3af;text-align:left;padding:9px;font-weight:400;border-bottom:1px solid #374151}td{padding:9px;border-bottom:1px solid #1f2937}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif", bg="#0b0f17", fg="#e5e7eb"), 1210, 700)
    best = max(agents, key=lambda a: a[3])
    fast = min(agents, key=lambda a: a[2])
    return vis, [
        Q("which agent has the best CSAT", best[0], "person", "argmax", True),
        Q("who resolves tickets fastest on average", fast[0], "person", "argmin", True),
        Q("how many SLA breaches", "5", "count", "lookup", True),
        Q("average tickets solved per agent", num(total / len(agents), 1), "number", "mean", False),
    ]


@scene("web_file_manager", "files", "desktop file manager, details view (sizes, modified dates)", "HTML", "light")
def w_files(name, rng):
    files = [("Angebot_Kuechenmontage.pdf", "PDF document", 1843, "2025-03-11 16:42"),
             ("Steuer_2024_Belege.zip", "ZIP archive", 48210, "2025-02-27 21:05"),
             ("Urlaub_Algarve_001.jpg", "JPEG image", 5122, "2024-08-19 10:13"),
             ("Haushaltsbuch.ods", "Spreadsheet", 96, "2025-03-14 08:30"),
             ("Mietvertrag_scan.pdf", "PDF document", 3377, "2023-06-02 12:55"),
             ("Bewerbung_Lebenslauf.docx", "Document", 211, "2025-01-09 19:47"),
             ("screen-recording-2025-03-12.mp4", "MP4 video", 187320, "2025-03-12 14:03"),
             ("notes.txt", "Plain text", 4, "2025-03-14 09:12")]

    def sz(kb):
        return f"{kb / 1024:.1f} MB" if kb >= 1024 else f"{kb} kB"
    rows = "".join(f"<tr><td>{'📄' if not n.endswith(('.jpg','.mp4')) else '🖼'} {n}</td><td>{sz(k)}</td><td>{t}</td><td>{m}</td></tr>" for n, t, k, m in files)
    body = f"""<div class=win><div class=tb><span class=dots>● ● ●</span><span class=path>Home › Dokumente</span><span class=srch>🔍</span></div>
<div class=in><div class=side><div>Zuletzt verwendet</div><div>Favoriten</div><div>Persönlicher Ordner</div><div class=on>Dokumente</div><div>Downloads</div><div>Bilder</div><div>Papierkorb</div></div>
<table><tr><th>Name</th><th>Größe</th><th>Typ</th><th>Geändert</th></tr>{rows}</table></div><div class=st>{len(files)} Objekte</div></div>"""
    css = """.win{width:1120px;border:1px solid #ccc;border-radius:8px;overflow:hidden;margin:10px}.tb{display:flex;gap:20px;background:#ebebeb;padding:10px 14px}.dots{color:#999}.path{font-weight:700}.srch{margin-left:auto}
.in{display:flex}.side{width:200px;background:#f6f6f6;padding:10px;font-size:14px}.side div{padding:6px 8px}.side .on{background:#dcdcdc;border-radius:5px}
table{flex:1;border-collapse:collapse;font-size:14px}th{text-align:left;font-weight:600;padding:7px 10px;border-bottom:1px solid #ddd;color:#555}td{padding:7px 10px}tr:nth-child(odd) td{background:#fafafa}
td:nth-child(2){text-align:right}.st{background:#f2f2f2;font-size:12px;padding:5px 14px;color:#666;border-top:1px solid #ddd}"""
    vis = render_html(name, html_page(body, css, "'Cantarell', 'Noto Color Emoji', sans-serif"), 1150, 520)
    big = max(files, key=lambda f: f[2])
    new = max(files, key=lambda f: f[3])
    old = min(files, key=lambda f: f[3])
    return vis, [
        Q("hey which of these files is the biggest one", big[0], "text", "argmax", True),
        Q("which file did I change last", new[0], "text", "latest", True),
        Q("oldest file in the folder?", old[0], "text", "earliest", True),
        Q("size of the tax receipts zip", sz(48210), "number", "cell", True),
    ]


@scene("web_quali_times", "table", "motorsport qualifying results table (lap times, gaps)", "HTML", "light")
def w_quali(name, rng):
    drv = [("M. Kovalenko", "Apex Racing", 78.412), ("L. Duarte", "Verdant GP", 78.391), ("S. Ishikawa", "Apex Racing", 78.655),
           ("R. Okoye", "Halden Motorsport", 78.520), ("T. Lindqvist", "Verdant GP", 78.804), ("P. Moreau", "Corsa Blu", 78.733),
           ("A. Brennan", "Halden Motorsport", 79.012), ("J. Castillo", "Corsa Blu", 78.947)]
    drv.sort(key=lambda d: d[2])
    lt = lambda s: f"{int(s // 60)}:{s % 60:06.3f}"
    rows = "".join(f"<tr><td>{i}</td><td>{n}</td><td>{t}</td><td>{lt(s)}</td><td>{'' if i == 1 else '+' + format(s - drv[0][2], '.3f')}</td></tr>"
                   for i, (n, t, s) in enumerate(drv, 1))
    body = f"""<div class=hd><div class=l>GRAND PRIX OF THE BALTIC · QUALIFYING</div><div class=sub>Circuit Kurzeme · 5.214 km · Sat 14 June 2025</div></div>
<table><tr><th>Pos</th><th>Driver</th><th>Team</th><th>Time</th><th>Gap</th></tr>{rows}</table>"""
    css = """body{padding:20px 26px;width:860px}.hd{background:#111;color:#fff;padding:14px 18px;border-left:8px solid #e10600}.l{font-weight:700;font-size:18px;letter-spacing:1px}.sub{color:#bbb;font-size:13px;margin-top:4px}
table{width:100%;border-collapse:collapse;margin-top:10px;font-size:15px}th{text-align:left;background:#f2f2f2;padding:8px}td{padding:8px;border-bottom:1px solid #e6e6e6}td:nth-child(4),td:nth-child(5){font-family:'Roboto Condensed';}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif"), 860, 600)
    gap = drv[3][2] - drv[0][2]
    return vis, [
        Q("who's on pole", drv[0][0], "person", "argmin", True),
        Q("what time did Moreau set", lt([d for d in drv if d[0] == "P. Moreau"][0][2]), "time", "cell", True),
        Q("who qualified 3rd", drv[2][0], "person", "nth", True),
        Q("is Ishikawa faster than Okoye?", "yes" if [d for d in drv if d[0] == "S. Ishikawa"][0][2] < [d for d in drv if d[0] == "R. Okoye"][0][2] else "no",
          "yesno", "compare_less", False),
    ]


@scene("web_cloud_billing", "dashboard", "cloud billing page: cost by service with CSS bars", "HTML", "light")
def w_billing(name, rng):
    svc = [("Compute Engine", 1284.17), ("Cloud Storage", 212.40), ("BigQuery", 655.92), ("Cloud SQL", 498.05),
           ("Networking", 143.88), ("Cloud Run", 76.31), ("Logging", 38.64)]
    tot = r2(sum(v for _, v in svc))
    mx = max(v for _, v in svc)
    rows = "".join(f"<tr><td>{n}</td><td><div class=bar style='width:{v / mx * 300:.0f}px'></div></td><td>${fmt_us(v)}</td><td>{v / tot * 100:.1f}%</td></tr>" for n, v in svc)
    body = f"""<div class=top>☰ &nbsp; Billing › Reports</div><div class=wrap><h2>Cost breakdown · May 1 – May 31, 2025</h2>
<div class=sub>Billing account: Lumen Analytics (01A2F4-77C0E1-9B3D25) · Currency USD</div>
<div class=kpi><div><div class=k>Total cost</div><div class=v>${fmt_us(tot)}</div></div><div><div class=k>Forecast June</div><div class=v>$3,120.00</div></div><div><div class=k>Budget</div><div class=v>$3,000.00</div></div></div>
<table><tr><th>Service</th><th></th><th>Cost</th><th>% of total</th></tr>{rows}</table></div>"""
    css = """.top{background:#1a73e8;color:#fff;padding:13px 20px;font-size:16px}.wrap{padding:18px 28px;width:1000px}.sub{color:#666;font-size:13px}.kpi{display:flex;gap:40px;margin:18px 0}
.k{font-size:13px;color:#666}.v{font-size:26px}table{border-collapse:collapse;width:100%}th{text-align:left;font-weight:500;color:#555;border-bottom:1px solid #ddd;padding:8px}
td{padding:8px;border-bottom:1px solid #f0f0f0}.bar{height:14px;background:#4285f4;border-radius:2px}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif"), 1060, 640)
    return vis, [
        Q("what share of the bill is BigQuery", f"{655.92 / tot * 100:.1f}%", "percent", "share", True),
        Q("cheapest service?", min(svc, key=lambda s: s[1])[0], "text", "argmin", True),
        Q("how much did compute and cloud sql cost together", "$" + fmt_us(r2(1284.17 + 498.05)), "money", "sum", False),
        Q("are we over budget this month", "no" if tot <= 3000 else "yes", "yesno", "compare_more", False),
    ]


@scene("web_login_error", "web", "sign-in page with a lockout error banner", "HTML", "light")
def w_login(name, rng):
    body = """<div class=bg><div class=card><div class=logo>◆ Meridian Health Portal</div><h2>Sign in</h2>
<div class=err>⚠ Too many failed attempts. Your account is locked for 15 minutes. (Error code AUTH-429)</div>
<label>Email address</label><input value="r.haddad@example.org"><label>Password</label><input type=password value="xxxxxxxxxx">
<div class=row><label class=cb><input type=checkbox checked> Keep me signed in</label><a>Forgot password?</a></div>
<button disabled>Sign in</button><div class=alt>New patient? <a>Create an account</a></div></div></div>"""
    css = """.bg{background:linear-gradient(135deg,#0f766e,#134e4a);width:1100px;height:700px;display:flex;align-items:center;justify-content:center}
.card{background:#fff;width:420px;border-radius:12px;padding:30px}.logo{color:#0f766e;font-weight:700}h2{margin:12px 0}.err{background:#fef2f2;color:#b91c1c;border:1px solid #fecaca;padding:10px;border-radius:6px;font-size:14px}
label{display:block;font-size:13px;margin:14px 0 4px 0;color:#444}input{width:100%;padding:9px;border:1px solid #ccc;border-radius:6px;font-size:14px}
.row{display:flex;justify-content:space-between;align-items:center}.row .cb{display:flex;gap:6px;align-items:center;margin:14px 0 0 0}.row .cb input{width:auto}a{color:#0f766e;font-size:13px;margin-top:14px}
button{width:100%;margin-top:18px;padding:11px;background:#94a3b8;color:#fff;border:none;border-radius:6px;font-size:15px}.alt{text-align:center;margin-top:14px;font-size:13px}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', sans-serif"), 1100, 700, crop=False)
    return vis, [
        Q("what's the error saying", "Too many failed attempts. Your account is locked for 15 minutes.", "error", "error", True),
        Q("is 'keep me signed in' ticked", "yes", "yesno", "state_yesno", False),
        Q("error code?", "AUTH-429", "code", "lookup", True),
    ]


@scene("web_video_call", "web", "video-call participants panel (host, muted mics, hands raised)", "HTML", "dark")
def w_call(name, rng):
    ppl = [("Grace Mensah", "Host", False, False), ("Omar Haddad", "", True, False), ("Lucía Romero", "", True, True),
           ("Wei Zhang", "", False, False), ("Nora Kelly", "", True, False), ("Arjun Patel", "Co-host", True, False),
           ("Bea Schulz (me)", "", True, True)]
    rows = "".join(f"""<div class=p><div class=av>{''.join(w[0] for w in n.split()[:2])}</div><div class=n>{n}{f' <span class=role>({r})</span>' if r else ''}</div>
<span class=hand>{'✋' if h else ''}</span><span class="mic {'off' if m else ''}">{'🔇' if m else '🎤'}</span></div>""" for n, r, m, h in ppl)
    body = f"""<div class=app><div class=stage><div class=spk>Wei Zhang is presenting · “Q3 roadmap.pptx”</div><div class=time>00:47:12</div></div>
<div class=panel><div class=ph>Participants ({len(ppl)})</div>{rows}<div class=btns><span>Mute all</span><span>Invite</span></div></div></div>"""
    css = """.app{display:flex;width:1200px;height:680px}.stage{flex:1;background:#111;position:relative}.spk{position:absolute;left:20px;bottom:20px;background:rgba(0,0,0,.6);padding:6px 10px;border-radius:6px;color:#eee}
.time{position:absolute;top:16px;left:20px;color:#ccc}.panel{width:340px;background:#1f1f23;padding:14px}.ph{font-weight:700;margin-bottom:10px}
.p{display:flex;align-items:center;gap:10px;padding:8px 0}.av{width:34px;height:34px;border-radius:50%;background:#3b82f6;display:flex;align-items:center;justify-content:center;font-size:12px;font-weight:700}
.n{flex:1;font-size:14px}.role{color:#9ca3af;font-size:12px}.btns{display:flex;gap:10px;margin-top:14px}.btns span{flex:1;text-align:center;border:1px solid #444;border-radius:6px;padding:8px}"""
    vis = render_html(name, html_page(body, css, "'Lato', 'Noto Color Emoji', sans-serif", bg="#1f1f23", fg="#eee"), 1200, 680, crop=False)
    return vis, [
        Q("who is the host of this call", "Grace Mensah", "person", "party", True),
        Q("how many people are muted", sum(1 for p in ppl if p[2]), "count", "count", False),
        Q("who has their hand up besides me", "Lucía Romero", "person", "lookup", True),
        Q("who is presenting?", "Wei Zhang", "person", "read", True),
        Q("where's the participants list on the screen", "right side", "text", "locate", False),
    ]


@scene("web_weather_week", "web", "7-day weather forecast widget (°C, rain %)", "HTML", "light")
def w_weather(name, rng):
    days = [("Mon", "☀️", 24, 14, 0), ("Tue", "⛅", 22, 13, 10), ("Wed", "🌧️", 17, 11, 80), ("Thu", "🌦️", 19, 12, 45),
            ("Fri", "☀️", 26, 15, 0), ("Sat", "☀️", 28, 17, 5), ("Sun", "⛈️", 21, 16, 70)]
    cols = "".join(f"<div class=d><div class=n>{n}</div><div class=ic>{ic}</div><div class=hi>{hi}°</div><div class=lo>{lo}°</div><div class=r>💧 {r}%</div></div>" for n, ic, hi, lo, r in days)
    body = f"""<div class=w><div class=h><div><div class=city>Ljubljana</div><div class=now>23°C · Partly cloudy</div></div><div class=upd>Updated 14:05</div></div><div class=row>{cols}</div></div>"""
    css = """body{padding:20px;background:#dbeafe}.w{width:760px;background:#fff;border-radius:16px;padding:20px;box-shadow:0 2px 8px rgba(0,0,0,.1)}.h{display:flex;justify-content:space-between}
.city{font-size:24px;font-weight:700}.now{color:#555}.upd{color:#999;font-size:12px}.row{display:flex;margin-top:16px}.d{flex:1;text-align:center;padding:10px 0;border-right:1px solid #eee}.d:last-child{border:none}
.n{font-weight:700}.ic{font-size:30px;margin:6px 0}.hi{font-size:20px;font-weight:700}.lo{color:#888}.r{font-size:12px;color:#2563eb;margin-top:6px}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', 'Noto Color Emoji', sans-serif", bg="#dbeafe"), 800, 340)
    warm = max(days, key=lambda d: d[2])
    return vis, [
        Q("warmest day this week?", warm[0], "text", "argmax", True),
        Q("chance of rain on wednesday", "80%", "percent", "cell", True),
        Q("is friday going to be sunny or rainy", "sunny", "text", "choice", False),
        Q("temperature swing on saturday (high minus low)", f"{28 - 17}°", "number", "subtract", False),
    ]


@scene("web_job_board", "web", "job board search results (salary ranges, locations, posted)", "HTML", "light")
def w_jobs(name, rng):
    jobs = [("Senior Data Engineer", "Northwind Freight", "Rotterdam · Hybrid", 72000, 88000, "2 days ago"),
            ("Frontend Developer (Vue)", "Bloom Health", "Remote (EU)", 55000, 68000, "5 hours ago"),
            ("Site Reliability Engineer", "Kestrel Bank", "Amsterdam · On-site", 78000, 95000, "1 week ago"),
            ("Product Designer", "Tandem Studio", "Utrecht · Hybrid", 50000, 62000, "3 days ago"),
            ("Backend Engineer (Go)", "Parcelio", "Eindhoven · Hybrid", 65000, 80000, "Just now")]
    e = lambda v: "€" + f"{v:,}".replace(",", ".")
    cards = "".join(f"<div class=j><div class=t>{t}</div><div class=c>{c} · {l}</div><div class=s>{e(a)} – {e(b)} / year</div><div class=p>{p}</div></div>" for t, c, l, a, b, p in jobs)
    body = f"""<div class=top>werkspot<b>.tech</b><input value="engineer OR developer OR designer"><span>Netherlands</span></div>
<div class=wrap><div class=f><b>Filters</b><div><input type=checkbox checked> Remote</div><div><input type=checkbox checked> Hybrid</div><div><input type=checkbox> On-site</div>
<div class=h>Salary</div><div><input type=radio name=s> Any</div><div><input type=radio name=s checked> €50.000+</div><div><input type=radio name=s> €80.000+</div></div>
<div class=res><div class=cnt>{len(jobs)} jobs</div>{cards}</div></div>"""
    css = """.top{display:flex;gap:20px;align-items:center;padding:12px 28px;background:#0f172a;color:#fff;font-size:20px}.top input{width:420px;padding:8px;border-radius:6px;border:none}.top span{font-size:14px}
.wrap{display:flex;gap:24px;padding:20px 28px;width:1150px}.f{width:200px;font-size:14px;line-height:2}.h{font-weight:700;margin-top:8px}.res{flex:1}.cnt{color:#666;margin-bottom:8px}
.j{border:1px solid #e2e8f0;border-radius:10px;padding:14px 16px;margin-bottom:10px}.t{font-size:17px;font-weight:700;color:#1d4ed8}.c{color:#444;font-size:14px}.s{margin-top:6px;font-weight:600}.p{font-size:12px;color:#888;margin-top:4px}"""
    vis = render_html(name, html_page(body, css, "'Lato', sans-serif"), 1200, 760)
    top = max(jobs, key=lambda j: j[4])
    return vis, [
        Q("which job pays the most", top[0], "text", "argmax", True),
        Q("which salary filter is selected", "€50.000+", "text", "selected", True),
        Q("newest posting?", [j for j in jobs if j[5] == "Just now"][0][0], "text", "latest", True),
    ]


@scene("web_timesheet", "table", "weekly timesheet grid (projects × days, totals)", "HTML", "light")
def w_timesheet(name, rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    projects = ["Atlas migration", "Client: Hoffmann AG", "Internal tooling", "Meetings", "Support rota"]
    hrs = [[rng.choice([0, 0.5, 1, 1.5, 2, 2.5, 3, 4, 5]) for _ in days] for _ in projects]
    f = lambda h: ("" if h == 0 else (f"{h:.1f}".replace(".0", "") if h != int(h) else str(int(h))))
    rows = "".join(f"<tr><td>{p}</td>" + "".join(f"<td>{f(h)}</td>" for h in hrs[i]) + f"<td class=t>{num(sum(hrs[i]), 1)}</td></tr>" for i, p in enumerate(projects))
    dt = [sum(hrs[i][j] for i in range(len(projects))) for j in range(len(days))]
    foot = "<tr class=tot><td>Total</td>" + "".join(f"<td>{num(x, 1)}</td>" for x in dt) + f"<td>{num(sum(dt), 1)}</td></tr>"
    body = f"""<div class=hd><b>Timesheet</b> · Week 23 (2 – 6 June 2025) · Jana Novák <span class=st>Draft</span></div>
<table><tr><th>Project</th>{''.join(f'<th>{d}</th>' for d in days)}<th>Total</th></tr>{rows}{foot}</table>"""
    css = """body{padding:20px 26px;width:900px}.hd{font-size:17px;margin-bottom:12px}.st{background:#fde68a;font-size:12px;padding:2px 8px;border-radius:8px;margin-left:8px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #d4d4d8;padding:8px 10px;text-align:center}td:first-child,th:first-child{text-align:left}th{background:#f4f4f5}.t{font-weight:700}.tot td{font-weight:700;background:#f4f4f5}"""
    vis = render_html(name, html_page(body, css, "'Liberation Sans', sans-serif"), 900, 400)
    pi = projects.index("Client: Hoffmann AG")
    busiest = days[max(range(len(days)), key=lambda j: (dt[j], -j))]
    assert sorted(dt)[-1] != sorted(dt)[-2], "tie in busiest day"
    return vis, [
        Q("hours on Hoffmann AG on wednesday", f(hrs[pi][2]) or "0", "number", "cell", bool(f(hrs[pi][2]))),
        Q("which day did I log the most hours", busiest, "text", "argmax", True),
        Q("total hours this week", num(sum(dt), 1), "number", "sum", True),
    ]
