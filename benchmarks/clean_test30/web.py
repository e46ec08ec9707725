"""Web pages and app screens rendered as HTML through headless chromium."""
from datetime import date, timedelta

from lib import Scene, esc, fmt_num, money_str, page, render_html, rng


def mk(file, kind, theme, cat, size, content, body, css, **kw):
    s = Scene(file, kind, theme, cat, size, "chromium", content)
    job = render_html(s, page(body, css, **kw))
    return s, job


def toggle(on):
    return f"<span class='tg {'on' if on else ''}'><i></i></span>"


TG_CSS = """.tg{display:inline-block;width:42px;height:24px;border-radius:12px;background:#9aa0a6;position:relative;vertical-align:middle}
.tg i{position:absolute;top:3px;left:3px;width:18px;height:18px;border-radius:50%;background:#fff}
.tg.on{background:var(--acc)}.tg.on i{left:21px}"""


# 1 ---------------------------------------------------------------- admin users
def w_admin_users():
    r = rng("admin_users")
    names = ["Ingrid Solberg", "Tomasz Wójcik", "Aisha Bello", "Mateo Rinaldi", "Hana Kobayashi", "Yusuf Demir",
             "Chloé Marchand", "Dev Malhotra", "Sofia Lindqvist", "Kwame Asante"]
    rows = []
    base = date(2025, 11, 14)
    for i, n in enumerate(names):
        role = r.choice(["Admin", "Editor", "Editor", "Viewer", "Viewer"])
        st = r.choice(["Active", "Active", "Active", "Suspended", "Invited"])
        last = base - timedelta(days=r.randint(0, 40))
        tfa = r.random() < .6
        em = n.split()[0].lower().replace("é", "e").replace("ó", "o") + "@northwind-cargo.example"
        rows.append((n, em, role, st, last, tfa, r.randint(8, 23), r.randint(0, 59)))
    lasts = [(x[4], x[6], x[7]) for x in rows]
    assert lasts.count(max(lasts)) == 1
    tr = "".join(f"<tr><td><div class=av>{n[0]}</div><div><b>{esc(n)}</b><br><small>{em}</small></div></td><td><span class='rl {rl.lower()}'>{rl}</span></td>"
                 f"<td><span class='st {st.lower()}'>{st}</span></td><td>{lt.strftime('%b %d, %Y')} {hh:02d}:{mm:02d}</td><td>{'✔ On' if t else '— Off'}</td></tr>"
                 for n, em, rl, st, lt, t, hh, mm in rows)
    body = f"""<div class=app><aside><div class=brand>Northwind Cargo</div><a>Dashboard</a><a>Shipments</a><a class=cur>Users</a><a>Billing</a><a>Audit log</a></aside>
<main><div class=top><h2>Users <small>{len(rows)}</small></h2><button>+ Invite user</button></div>
<table><tr><th>User</th><th>Role</th><th>Status</th><th>Last sign-in</th><th>2FA</th></tr>{tr}</table></main></div>"""
    css = """.app{display:flex;min-height:100vh}aside{width:190px;background:#111827;color:#cbd5e1;padding:18px 0}aside a{display:block;padding:9px 20px;font-size:14px}
aside a.cur{background:#1f2937;color:#fff;border-left:3px solid #6366f1}.brand{font-weight:700;color:#fff;padding:0 20px 16px;font-size:16px}
main{flex:1;padding:18px 24px;background:#f9fafb}.top{display:flex;justify-content:space-between;align-items:center}h2{margin:0}h2 small{color:#6b7280;font-size:14px}
button{background:#6366f1;color:#fff;border:0;padding:8px 14px;border-radius:6px;font-size:13px}table{width:100%;border-collapse:collapse;margin-top:12px;background:#fff;font-size:13px}
th{text-align:left;color:#6b7280;font-weight:500;padding:8px;border-bottom:1px solid #e5e7eb}td{padding:7px 8px;border-bottom:1px solid #f0f1f3}
td:first-child{display:flex;gap:10px;align-items:center}.av{width:30px;height:30px;border-radius:50%;background:#e0e7ff;color:#4338ca;display:flex;align-items:center;justify-content:center;font-weight:700}
small{color:#6b7280}.rl,.st{padding:2px 8px;border-radius:10px;font-size:12px}.rl.admin{background:#fee2e2;color:#991b1b}.rl.editor{background:#e0f2fe;color:#075985}.rl.viewer{background:#f3f4f6;color:#374151}
.st.active{color:#047857}.st.suspended{color:#b91c1c}.st.invited{color:#b45309}"""
    s, job = mk("web_admin_users.png", "admin panel: user management table", "light with dark sidebar", "dashboard",
                (1180, 720), "10 users with role, status, last sign-in, 2FA", body, css, font="Inter, Roboto")
    latest = max(rows, key=lambda x: (x[4], x[6], x[7]))
    tgt = rows[r.randrange(10)]
    s.q("how many people have the Admin role?", sum(1 for x in rows if x[2] == "Admin"), "count", "count")
    s.q("who signed in most recently", latest[0], "person", "latest", True)
    s.q(f"does {tgt[0]} have two-factor turned on?", "yes" if tgt[5] else "no", "yesno", "state_yesno")
    return s, job


# 2 ---------------------------------------------------------------- mobile notification settings
def w_notif_settings():
    r = rng("notif")
    tg = [("Push notifications", True), ("Reminders for due notes", r.random() < .5), ("Shared-note comments", r.random() < .5),
          ("Daily digest email", r.random() < .5), ("Product news", False), ("Sound", r.random() < .5), ("Badge on app icon", True)]
    sync = ["Every 5 minutes", "Every 15 minutes", "Hourly", "Only on Wi-Fi, manually"]
    sel = r.randrange(4)
    rows = "".join(f"<div class=row><span>{esc(n)}</span>{toggle(v)}</div>" for n, v in tg)
    rad = "".join(f"<div class=row><span>{esc(o)}</span><span class='rd {'on' if i == sel else ''}'></span></div>" for i, o in enumerate(sync))
    body = f"""<div class=sb><span>9:41</span><span>▂▄▆ 82%</span></div><div class=hd>‹ &nbsp;Notifications</div>
<div class=sec>ALERTS</div><div class=card>{rows}</div><div class=sec>SYNC FREQUENCY</div><div class=card>{rad}</div>
<p class=ft>Quiet hours are set in Focus &gt; Schedule.</p>"""
    css = TG_CSS + """:root{--acc:#34c759}body{background:#f2f2f7}.sb{display:flex;justify-content:space-between;padding:10px 22px;font-weight:600;font-size:14px}
.hd{font-size:22px;font-weight:700;padding:8px 18px}.sec{font-size:12px;color:#6d6d72;padding:16px 22px 6px}.card{background:#fff;margin:0 14px;border-radius:12px}
.row{display:flex;justify-content:space-between;align-items:center;padding:11px 14px;border-bottom:1px solid #e5e5ea;font-size:15.5px}.row:last-child{border:0}
.rd{width:22px;height:22px;border-radius:50%;border:2px solid #c7c7cc}.rd.on{border:7px solid #007aff}.ft{font-size:12.5px;color:#6d6d72;padding:8px 22px}"""
    s, job = mk("app_notes_notifications.png", "mobile app: notes app notification settings (iOS-like)", "light grouped",
                "settings", (390, 844), "7 toggles and a 4-option radio group", body, css, font="Open Sans")
    s.q("is the daily digest email switched on?", "yes" if tg[3][1] else "no", "yesno", "state_yesno")
    s.q("what sync frequency is selected", sync[sel], "text", "selected", True)
    s.q("how many of the alert toggles are on?", sum(1 for _, v in tg if v), "count", "count")
    return s, job


# 3 ---------------------------------------------------------------- Austrian bike-shop cart
def w_bike_cart():
    r = rng("bike_cart")
    items = [("Shimano 105 Kassette 11-34", 64.90), ("Continental GP5000 28 mm", 54.95), ("Kettenöl Dry Lube 100 ml", 9.49),
             ("Bremsbeläge Scheibe (Paar)", 17.90), ("Lezyne Minipumpe", 39.00), ("Flaschenhalter Carbon", 24.50)]
    r.shuffle(items)
    lines = [(n, p, r.choice([1, 1, 2])) for n, p in items[:5]]
    sub = round(sum(p * q for _, p, q in lines), 2)
    disc = round(sub * 0.10, 2)
    ship = 0.0 if sub - disc >= 80 else 5.90
    tot = round(sub - disc + ship, 2)
    c = lambda v: "€ " + fmt_num(v, 2, ".", ",")  # noqa: E731
    tr = "".join(f"<div class=it><div class=im></div><div class=nm>{esc(n)}<br><small>Art.-Nr. {r.randint(100000, 999999)}</small></div>"
                 f"<div>{c(p)}</div><div class=q>− {q} +</div><div class=lt>{c(p * q)}</div></div>" for n, p, q in lines)
    body = f"""<header><b>Radwerk Graz</b><span>Suche…</span><span>🛒 Warenkorb</span></header><div class=w><div class=l><h2>Warenkorb</h2>
<div class='it hd'><div></div><div>Artikel</div><div>Preis</div><div>Menge</div><div>Summe</div></div>{tr}</div>
<div class=s><h3>Zusammenfassung</h3><div><span>Zwischensumme</span><span>{c(sub)}</span></div>
<div class=dc><span>Gutschein RADL10 (−10 %)</span><span>− {c(disc)}</span></div><div><span>Versand (AT)</span><span>{'kostenlos' if ship == 0 else c(ship)}</span></div>
<div class=t><span>Gesamt inkl. MwSt.</span><span>{c(tot)}</span></div><button>Zur Kasse</button><p>Versandkostenfrei ab € 80,00</p></div></div>"""
    css = """header{display:flex;gap:40px;align-items:center;padding:14px 26px;background:#14532d;color:#fff;font-size:14px}header b{font-size:20px;flex:1}
.w{display:flex;gap:24px;padding:20px 26px;background:#f5f5f0}.l{flex:1;background:#fff;padding:14px 18px;border-radius:8px}
.it{display:grid;grid-template-columns:50px 1fr 90px 80px 90px;gap:10px;align-items:center;padding:10px 0;border-bottom:1px solid #eee;font-size:14px}
.it.hd{font-size:12px;color:#777}.im{width:46px;height:46px;background:#d9e7dd;border-radius:6px}.lt{text-align:right;font-weight:600}.q{color:#555}
small{color:#888}.s{width:300px;background:#fff;padding:14px 18px;border-radius:8px;font-size:14px;align-self:flex-start}.s div{display:flex;justify-content:space-between;margin:7px 0}
.dc{color:#15803d}.t{font-weight:700;font-size:17px;border-top:1px solid #ccc;padding-top:8px}button{width:100%;background:#f97316;color:#fff;border:0;padding:11px;border-radius:6px;font-size:15px}
.s p{font-size:12px;color:#777}"""
    s, job = mk("web_cart_at_bikeshop.png", "web shop cart: Austrian bike shop (€ 1.234,56, German labels)", "light, green header",
                "web", (1150, 600), "5 cart lines, coupon -10%, shipping rule, total", body, css, font="Lato")
    big = max(lines, key=lambda x: x[1])
    s.q("what's the final total in the cart?", money_str(tot), "money", "lookup")
    s.q("how many items are in my basket in total (count quantities)", sum(q for *_, q in lines), "count", "sum")
    s.q("which article has the highest unit price", big[0], "text", "argmax", True)
    return s, job


# 4 ---------------------------------------------------------------- week calendar
def w_calendar():
    r = rng("calendar")
    days = ["Mon 17", "Tue 18", "Wed 19", "Thu 20", "Fri 21"]
    titles = ["Sprint planning", "1:1 with Priya", "Dentist", "Design crit", "Vendor call – Lumio", "Budget review",
              "Lunch w/ Marco", "Interview: backend", "Team retro", "Gym", "Board prep", "Customer demo"]
    r.shuffle(titles)
    ev = []
    for i, t in enumerate(titles):
        d = i % 5 if i < 10 else r.randrange(5)
        while True:
            st = r.choice(range(8 * 60, 17 * 60, 30))
            du = r.choice([30, 60, 60, 90])
            if all(not (e[0] == d and st < e[1] + e[2] and e[1] < st + du) for e in ev):
                break
        ev.append((d, st, du, t))
    f = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
    top0 = 8 * 60
    col = ["#dbeafe", "#fce7f3", "#dcfce7", "#fef3c7", "#ede9fe"]
    evh = "".join(f"<div class=ev style='left:{70 + d * 200}px;top:{50 + (st - top0) * 1.3}px;height:{du * 1.3 - 3}px;background:{col[i % 5]}'>"
                  f"<b>{esc(t)}</b><br>{f(st)}–{f(st + du)}</div>" for i, (d, st, du, t) in enumerate(ev))
    hrs = "".join(f"<div class=hr style='top:{50 + (h * 60 - top0) * 1.3}px'><span>{h:02d}:00</span></div>" for h in range(8, 19))
    hd = "".join(f"<div class=dh style='left:{70 + i * 200}px'>{d}</div>" for i, d in enumerate(days))
    body = f"<div class=bar><b>November 2025</b> · Week 47</div><div class=cal>{hd}{hrs}{evh}</div>"
    css = """.bar{padding:12px 20px;font-size:17px;border-bottom:1px solid #ddd}.cal{position:relative;height:850px}
.dh{position:absolute;top:12px;width:200px;text-align:center;font-weight:600;color:#374151}.hr{position:absolute;left:0;right:0;border-top:1px solid #eee}
.hr span{font-size:11px;color:#888;padding-left:14px}.ev{position:absolute;width:192px;border-radius:5px;padding:3px 7px;font-size:12px;overflow:hidden;border-left:3px solid #0003}"""
    s, job = mk("web_calendar_week.png", "calendar web app: work-week view", "light", "calendar", (1090, 920),
                "12 events across Mon-Fri 08:00-18:00", body, css, font="Roboto")
    wed = [e for e in ev if e[0] == 2]
    dent = [e for e in ev if e[3] == "Dentist"][0]
    thu = sorted([e for e in ev if e[0] == 3], key=lambda e: e[1])[0]
    s.q("how many things do I have on Wednesday?", len(wed), "count", "count")
    s.q("what time is the dentist appointment", f(dent[1]), "time", "lookup", True)
    s.q("what's my first meeting on thursday", thu[3], "text", "earliest", True)
    return s, job


# 5 ---------------------------------------------------------------- group chat (mobile, dark)
def w_chat():
    r = rng("chat")
    people = ["Lerato", "Björn", "Ana", "Femi"]
    msgs = [("Lerato", "Ok so for the cabin weekend – who's driving?"), ("Femi", "I can take 3 in the Corolla"),
            ("Ana", "I'll bring the board games 🎲"), ("Björn", "Should we book the sauna slot? It's R450 for 2 hours"),
            ("Lerato", "Yes! Saturday 16:00 works for me"), ("Femi", "Shopping list: braai wood, boerewors, rolls"),
            ("Ana", "I'm vegetarian btw, can someone get halloumi?"), ("Björn", "Got it, halloumi on the list"),
            ("Femi", "Leaving Joburg at 07:30 on Friday, meet at my place"), ("Lerato", "Perfect, see you all then 🙌")]
    t = 18 * 60 + r.randint(0, 30)
    out = []
    me = "Ana"
    for who, m in msgs:
        t += r.randint(1, 9)
        out.append((who, m, f"{t // 60:02d}:{t % 60:02d}"))
    html = "".join(f"<div class='m {'me' if w == me else ''}'>{'' if w == me else f'<b>{w}</b><br>'}{esc(m)}<span>{tm}</span></div>" for w, m, tm in out)
    body = f"""<div class=sb>9:12 PM<span>5G ▮▮▮</span></div><div class=hd><div class=gi>CW</div><div><b>Cabin weekend 🏕️</b><br><small>Lerato, Björn, Femi, You</small></div></div>
<div class=ms>{html}</div><div class=in>Message</div>"""
    css = """body{background:#0b141a;color:#e9edef}.sb{display:flex;justify-content:space-between;padding:8px 18px;font-size:13px}
.hd{display:flex;gap:10px;align-items:center;background:#202c33;padding:8px 12px}.gi{width:38px;height:38px;border-radius:50%;background:#00a884;display:flex;align-items:center;justify-content:center;font-weight:700}
small{color:#8696a0}.ms{padding:8px 10px}.m{background:#202c33;max-width:78%;padding:6px 9px 16px;border-radius:8px;margin:6px 0;font-size:14px;position:relative}
.m b{font-size:12.5px;color:#53bdeb}.m span{position:absolute;right:8px;bottom:3px;font-size:10.5px;color:#8696a0}.m.me{background:#005c4b;margin-left:auto}
.in{margin:8px 10px;background:#2a3942;border-radius:20px;padding:10px 16px;color:#8696a0}"""
    s, job = mk("app_chat_group.png", "mobile chat app: group chat (dark, WhatsApp-like)", "dark", "app", (400, 860),
                "10 messages from 4 people with times", body, css, font="Roboto")
    s.q("who offered to drive?", "Femi", "person", "party", True)
    s.q("how much is the sauna slot", "R450", "text", "lookup", True)
    s.q("what time did Björn say he'd put halloumi on the list?", out[7][2], "time", "lookup", True)
    return s, job


# 6 ---------------------------------------------------------------- mail inbox
def w_inbox():
    r = rng("inbox")
    mails = [("Hollis & Pratt Accounting", "Invoice #HP-20931 for October", True), ("GitLab", "Pipeline failed for tidewatch/main", False),
             ("Marisol Quintero", "Re: venue shortlist for the offsite", False), ("Qantas", "Your booking is confirmed – SYD → AKL", True),
             ("Dr. Eamon Keane", "Lab results available", False), ("Lindqvist, Sofia", "Quarterly numbers – draft v3", True),
             ("Parcel Hub", "Your parcel is out for delivery", False), ("Rhea from Notion-ish", "What's new in November", False),
             ("Kojo Mensah", "Lunch Thursday?", False), ("City Council", "Bin collection changes from 1 December", False)]
    rows = []
    t = 16 * 60 + 55
    for i, (f_, sub, att) in enumerate(mails):
        unread = r.random() < .45
        rows.append((f_, sub, att, unread, f"{t // 60:02d}:{t % 60:02d}" if i < 6 else ["Yesterday", "Yesterday", "Mon", "Mon"][i - 6]))
        t -= r.randint(7, 70)
    tr = "".join(f"<tr class={'u' if u else ''}><td><input type=checkbox></td><td>{'★' if i % 4 == 1 else '☆'}</td><td class=f>{esc(f_)}</td>"
                 f"<td>{esc(sb)} <span class=pv>– {'see attached' if a else 'Hi, just a quick note…'}</span></td><td>{'📎' if a else ''}</td><td class=tm>{tm}</td></tr>"
                 for i, (f_, sb, a, u, tm) in enumerate(rows))
    n_un = sum(1 for x in rows if x[3])
    body = f"""<div class=top><b>✉ Postwave</b><div class=sr>Search mail</div></div><div class=w><aside><div class=cmp>Compose</div>
<a class=cur>Inbox <b>{n_un}</b></a><a>Starred</a><a>Sent</a><a>Drafts</a><a>Spam</a></aside><table>{tr}</table></div>"""
    css = """.top{display:flex;gap:60px;align-items:center;padding:10px 18px;border-bottom:1px solid #e0e0e0;font-size:18px}.sr{background:#eef1f6;border-radius:20px;padding:9px 20px;width:520px;font-size:14px;color:#666}
.w{display:flex}aside{width:200px;padding:12px 8px;font-size:14px}.cmp{background:#c2e7ff;border-radius:14px;padding:14px;margin-bottom:10px;font-weight:600;width:120px}
aside a{display:flex;justify-content:space-between;padding:7px 12px;border-radius:0 16px 16px 0}aside a.cur{background:#d3e3fd;font-weight:700}
table{flex:1;border-collapse:collapse;font-size:13.5px}td{padding:8px 6px;border-bottom:1px solid #eee;white-space:nowrap}tr.u td{font-weight:700;background:#fff}tr:not(.u) td{background:#f6f8fc;color:#333}
.f{width:190px}.pv{color:#777;font-weight:400}.tm{text-align:right;width:80px}"""
    s, job = mk("web_mail_inbox.png", "webmail inbox (Gmail-like)", "light", "mail", (1200, 520),
                "10 messages, unread bold, attachments, times", body, css, font="Roboto")
    s.q("how many unread emails are there", n_un, "count", "count")
    s.q("who sent me the invoice?", "Hollis & Pratt Accounting", "person", "party", True)
    s.q("at what time did the Qantas email come in", rows[3][4], "time", "lookup", True)
    return s, job


# 7 ---------------------------------------------------------------- file browser
def w_files():
    r = rng("files")
    files = [("thesis_final_v7.pdf", "PDF document"), ("fieldwork_photos.zip", "ZIP archive"), ("interview_03.m4a", "Audio"),
             ("budget_2026.ods", "Spreadsheet"), ("consent_form.pdf", "PDF document"), ("map_layers.qgz", "QGIS project"),
             ("notes.md", "Markdown"), ("reviewer_comments.pdf", "PDF document"), ("transect_data.csv", "CSV"), ("poster_draft.svg", "SVG image")]
    rows = []
    for n, t in files:
        kb = {"ZIP archive": r.randint(200000, 900000), "Audio": r.randint(20000, 60000), "PDF document": r.randint(180, 9000)}.get(t, r.randint(3, 900))
        d = date(2025, r.randint(6, 11), r.randint(1, 28))
        rows.append((n, t, kb, d, f"{r.randint(8, 22):02d}:{r.randint(0, 59):02d}"))
    rows.sort(key=lambda x: x[0])

    def sz(kb):
        return f"{kb / 1024 ** 2:.1f} GB" if kb >= 1024 ** 2 else f"{kb / 1024:.1f} MB" if kb >= 1024 else f"{kb} kB"

    tr = "".join(f"<tr><td>{'📄' if 'PDF' in t else '🗂' if 'ZIP' in t else '📁'} {esc(n)}</td><td>{sz(kb)}</td><td>{t}</td><td>{d.strftime('%d %b %Y')} {tm}</td></tr>"
                 for n, t, kb, d, tm in rows)
    body = f"""<div class=hb><span>‹ ›</span><div class=path>Home › Documents › PhD › <b>Chapter 4</b></div><span>☰</span></div><div class=w>
<aside><a>🕘 Recent</a><a>⭐ Starred</a><a>🏠 Home</a><a class=cur>📄 Documents</a><a>⬇ Downloads</a><a>🖼 Pictures</a><a>🗑 Trash</a></aside>
<table><tr><th>Name</th><th>Size</th><th>Type</th><th>Modified</th></tr>{tr}</table></div><div class=st>{len(rows)} items</div>"""
    css = """body{background:#fafafa}.hb{display:flex;gap:20px;align-items:center;background:#ebebeb;padding:9px 14px;font-size:14px;border-bottom:1px solid #d0d0d0}
.path{flex:1;background:#fff;border-radius:6px;padding:6px 12px}.w{display:flex}aside{width:170px;background:#f0f0f0;padding:10px 6px;font-size:13.5px;min-height:420px}
aside a{display:block;padding:7px 10px;border-radius:6px}aside a.cur{background:#dcdcdc;font-weight:600}table{flex:1;border-collapse:collapse;font-size:13.5px}
th{text-align:left;font-weight:600;color:#555;padding:8px 10px;border-bottom:1px solid #ddd}td{padding:7px 10px;border-bottom:1px solid #eee}.st{font-size:12px;color:#666;padding:6px 14px;border-top:1px solid #ddd}"""
    s, job = mk("fm_chapter4.png", "file manager: GNOME Files-like list view", "light grey (Adwaita)", "file_manager",
                (1000, 470), "10 files with size, type, modified", body, css, font="Cantarell")
    big = max(rows, key=lambda x: x[2])
    old = min(rows, key=lambda x: (x[3], x[4]))
    s.q("which file is the largest?", big[0], "code", "argmax", True)
    s.q("how many PDFs are in this folder", sum(1 for x in rows if "PDF" in x[1]), "count", "count")
    s.q("which file was modified longest ago", old[0], "code", "earliest", True)
    return s, job


# 8 ---------------------------------------------------------------- flight fare selection
def w_fares():
    r = rng("fares")
    base = r.randrange(129, 219)
    fares = [("Light", base, {"Cabin bag 8 kg": True, "Checked bag 23 kg": False, "Seat selection": False, "Changes": False}),
             ("Classic", base + r.randrange(35, 60), {"Cabin bag 8 kg": True, "Checked bag 23 kg": True, "Seat selection": r.random() < .5, "Changes": False}),
             ("Flex", base + r.randrange(95, 140), {"Cabin bag 8 kg": True, "Checked bag 23 kg": True, "Seat selection": True, "Changes": True})]
    sel = r.choice([0, 1, 2])
    cards = ""
    for i, (n, p, fe) in enumerate(fares):
        li = "".join(f"<li class={'y' if v else 'n'}>{'✓' if v else '✕'} {k}</li>" for k, v in fe.items())
        cards += f"<div class='c {'sel' if i == sel else ''}'><div class=r></div><h3>{n}</h3><div class=p>€{p}</div><ul>{li}</ul></div>"
    body = f"""<div class=hd><b>aerolinea·nova</b><span>1 Flight · 2 Passengers · 3 Extras · 4 Payment</span></div>
<div class=fl><b>Porto (OPO) → Kraków (KRK)</b> · Thu 12 Mar 2026 · 06:55 – 11:20 · direct · NV 4417</div>
<h2>Choose your fare</h2><div class=cs>{cards}</div><div class=ft>Price per passenger, one way, incl. taxes. <button>Continue</button></div>"""
    css = """.hd{display:flex;justify-content:space-between;background:#0f3d5c;color:#fff;padding:14px 24px;font-size:14px}.hd b{font-size:20px}
.fl{padding:14px 24px;background:#e8f1f7;font-size:15px}h2{margin:16px 24px 6px}.cs{display:flex;gap:18px;padding:0 24px}
.c{flex:1;border:2px solid #d0d7de;border-radius:10px;padding:14px 18px;position:relative}.c.sel{border-color:#0f7bd6;background:#f2f8fe}
.r{position:absolute;right:14px;top:16px;width:20px;height:20px;border-radius:50%;border:2px solid #98a2ad}.c.sel .r{border:6px solid #0f7bd6}
h3{margin:0}.p{font-size:28px;font-weight:700;margin:6px 0}ul{list-style:none;padding:0;font-size:14px}li{margin:6px 0}.y{color:#1a7f37}.n{color:#a0a7ae}
.ft{display:flex;justify-content:space-between;align-items:center;padding:14px 24px;font-size:13px;color:#555}button{background:#f59e0b;border:0;padding:10px 26px;border-radius:6px;font-size:15px;font-weight:600}"""
    s, job = mk("web_fare_select.png", "airline booking flow: fare selection cards", "light, navy header", "web", (1050, 520),
                "3 fares with features, one radio-selected", body, css, font="Open Sans")
    s.q("which fare is currently selected?", fares[sel][0], "text", "selected", True)
    s.q("how much more is Flex than Light per person", fares[2][1] - fares[0][1], "money", "difference")
    s.q("does the Classic fare let me pick my seat?", "yes" if fares[1][2]["Seat selection"] else "no", "yesno", "exists")
    return s, job


# 9 ---------------------------------------------------------------- EV charger finder
def w_chargers():
    r = rng("chargers")
    names = ["Voltra Hub – Lidl Ostrava", "PlugPoint Nová Karolina", "Ionix Motorway D1 km 348", "ČEZ Ráj Centrum",
             "GreenWay Poruba", "Tesla-compatible – Hotel Clarion"]
    st = []
    for i, n in enumerate(names):
        tot = r.choice([2, 4, 6, 8])
        free = r.randint(0, tot)
        st.append((n, round(0.4 + i * 0.9 + r.uniform(0, .7), 1), r.choice([22, 50, 75, 150, 300]), free, tot, round(r.uniform(7.9, 12.9), 2)))
    st[0] = st[0][:3] + (0,) + st[0][4:]
    kws = [x[2] for x in st]
    if kws.count(max(kws)) > 1:
        st[-1] = st[-1][:2] + (350,) + st[-1][3:]
    cards = "".join(f"<div class=s><div class=pin>{i + 1}</div><div class=inf><b>{esc(n)}</b><br><small>{d} km · {kw} kW · {p:.2f} Kč/kWh</small></div>"
                    f"<div class='av {'z' if f_ == 0 else ''}'>{f_}/{t} free</div></div>" for i, (n, d, kw, f_, t, p) in enumerate(st))
    body = f"""<div class=map><div class=srch>🔍 Chargers near Ostrava</div><div class=dot style='left:120px;top:150px'></div><div class=dot style='left:230px;top:90px'></div>
<div class=dot style='left:300px;top:190px'></div><div class=me></div></div><div class=sheet><div class=grab></div><div class=h>{len(st)} stations · sorted by distance</div>{cards}</div>"""
    css = """body{background:#e8eef1}.map{height:260px;position:relative;background:linear-gradient(135deg,#dfe9d8 0 40%,#cfe0ef 40% 55%,#e6e4dc 55%)}
.srch{position:absolute;left:14px;right:14px;top:14px;background:#fff;border-radius:22px;padding:11px 16px;font-size:14px;box-shadow:0 1px 4px #0003}
.dot{position:absolute;width:18px;height:18px;border-radius:50%;background:#10b981;border:3px solid #fff}.me{position:absolute;left:185px;top:200px;width:16px;height:16px;border-radius:50%;background:#2563eb;border:3px solid #fff}
.sheet{background:#fff;border-radius:18px 18px 0 0;margin-top:-18px;position:relative;padding:6px 12px}.grab{width:40px;height:4px;background:#ccc;border-radius:2px;margin:4px auto 8px}
.h{font-size:13px;color:#666;margin-bottom:4px}.s{display:flex;gap:10px;align-items:center;padding:10px 2px;border-bottom:1px solid #eee}
.pin{width:26px;height:26px;border-radius:50%;background:#0f766e;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px}
.inf{flex:1;font-size:14px}small{color:#666;font-size:12.5px}.av{font-size:13px;font-weight:700;color:#047857}.av.z{color:#b91c1c}"""
    s, job = mk("app_ev_chargers.png", "mobile map app: EV charger finder list (CZK)", "light map + sheet", "app", (400, 860),
                "6 stations with distance, power, availability, price", body, css, font="Roboto")
    near_free = [x for x in st if x[3] > 0][0]
    fast = max(st, key=lambda x: x[2])
    s.q("what's the closest station that actually has a free charger?", near_free[0], "text", "lookup", True)
    s.q("which one charges fastest (highest kW)?", fast[0], "text", "argmax", True)
    s.q(f"what's the price per kWh at {st[1][0]}", f"{st[1][5]:.2f}", "money", "cell", True)
    return s, job


# 10 --------------------------------------------------------------- code review
def w_code_review():
    r = rng("review")
    files = [("src/scheduler/backoff.py", r.randint(10, 60), r.randint(0, 30)), ("src/scheduler/queue.py", r.randint(5, 40), r.randint(0, 40)),
             ("tests/test_backoff.py", r.randint(30, 90), r.randint(0, 5)), ("docs/retries.md", r.randint(3, 20), r.randint(0, 12))]
    dels = [f[2] for f in files]
    assert dels.count(max(dels)) == 1
    revs = [("Oyelaran", "Approved"), ("mkowalczyk", "Changes requested"), ("t-nguyen", "Approved"), ("asha-r", "Pending")]
    fl = "".join(f"<div class=f><span>{esc(n)}</span><span><i class=a>+{a}</i> <i class=d>−{d}</i></span></div>" for n, a, d in files)
    rv = "".join(f"<div class=rv><b>{n}</b><span class='{st.split()[0].lower()}'>{st}</span></div>" for n, st in revs)
    diff = """<div class=df><div class=dh>src/scheduler/backoff.py</div>
<pre><span class=ln>41</span>  def next_delay(attempt: int) -&gt; float:
<span class='ln'>42</span><span class=rm>-     return min(2 ** attempt, MAX_DELAY)</span>
<span class='ln'>42</span><span class=ad>+     base = min(BASE * 2 ** attempt, MAX_DELAY)</span>
<span class='ln'>43</span><span class=ad>+     return base * random.uniform(0.5, 1.0)</span></pre>
<div class=cm><b>mkowalczyk</b> · 2h ago<br>Jitter should be seeded in tests, otherwise test_backoff becomes flaky.</div></div>"""
    body = f"""<div class=hd><h2>Add jittered exponential backoff to the scheduler <span>#2291</span></h2>
<div><span class=open>Open</span> <b>dkarlsson</b> wants to merge 6 commits into <code>main</code> from <code>feat/jitter</code></div></div>
<div class=w><div class=l><div class=fs><b>Files changed ({len(files)})</b>{fl}</div>{diff}</div><aside><h4>Reviewers</h4>{rv}<h4>Labels</h4><span class=lb>reliability</span></aside></div>"""
    css = """body{background:#0d1117;color:#c9d1d9}.hd{padding:16px 24px;border-bottom:1px solid #30363d;font-size:14px}h2{margin:0 0 8px;font-weight:500}h2 span{color:#8b949e}
.open{background:#238636;color:#fff;padding:3px 10px;border-radius:12px}code{background:#343941;padding:1px 5px;border-radius:4px}.w{display:flex;gap:20px;padding:16px 24px}
.l{flex:1}.fs{border:1px solid #30363d;border-radius:6px;padding:10px 14px;font-size:13.5px}.f{display:flex;justify-content:space-between;padding:5px 0;font-family:'JetBrains Mono';font-size:12.5px}
.a{color:#3fb950;font-style:normal}.d{color:#f85149;font-style:normal}.df{border:1px solid #30363d;border-radius:6px;margin-top:14px}.dh{background:#161b22;padding:8px 12px;font-family:'JetBrains Mono';font-size:12.5px}
pre{margin:0;padding:8px 0;font-family:'JetBrains Mono';font-size:12.5px;line-height:1.6}.ln{color:#6e7681;display:inline-block;width:40px;text-align:right;margin-right:10px}
.rm{background:#3c1618}.ad{background:#12261e}.cm{margin:8px;padding:10px;border:1px solid #30363d;border-radius:6px;font-size:13px}
aside{width:240px;font-size:13.5px}h4{color:#8b949e;margin:4px 0 8px;font-weight:500}.rv{display:flex;justify-content:space-between;margin:6px 0}.approved{color:#3fb950}.changes{color:#f85149}.pending{color:#d29922}
.lb{background:#1f6feb33;color:#58a6ff;padding:2px 10px;border-radius:12px;font-size:12px}"""
    s, job = mk("web_code_review.png", "code review: pull request with files, diff and reviewers (GitHub dark-like)", "dark",
                "code_review", (1200, 560), "4 changed files with +/-, diff hunk, review comment, 4 reviewers", body, css,
                font="Roboto")
    md = max(files, key=lambda x: x[2])
    s.q("who requested changes on this PR?", "mkowalczyk", "person", "party", True)
    s.q("total lines added across all files?", sum(f[1] for f in files), "number", "sum")
    s.q("which file has the most deletions", md[0], "code", "argmax", True)
    return s, job


# 11 --------------------------------------------------------------- CI pipeline
def w_ci():
    r = rng("ci")
    stages = [("build", ["compile-linux", "compile-macos", "docker-image"]), ("test", ["unit", "integration", "e2e-chrome", "lint"]),
              ("deploy", ["staging"])]
    fail = "integration"
    jobs = []
    for sg, js in stages:
        for j in js:
            if sg == "deploy":
                stt = "skipped"
            elif j == fail:
                stt = "failed"
            else:
                stt = "passed"
            dur = 0 if stt == "skipped" else r.randint(35, 900)
            jobs.append((sg, j, stt, dur))
    durs = [j[3] for j in jobs]
    assert durs.count(max(durs)) == 1
    f = lambda s_: f"{s_ // 60}m {s_ % 60:02d}s"  # noqa: E731
    icon = {"passed": "✔", "failed": "✖", "skipped": "⊘"}
    cols = ""
    for sg, js in stages:
        cards = "".join(f"<div class='j {st}'><span>{icon[st]}</span>{j}<em>{f(d) if d else '—'}</em></div>" for s_, j, st, d in jobs if s_ == sg)
        cols += f"<div class=st><h4>{sg.capitalize()}</h4>{cards}</div>"
    log = f"""<div class=log><div class=lh>Job <b>integration</b> · failed</div><pre>$ pytest tests/integration -q
........F.....
FAILED tests/integration/test_orders.py::test_refund_flow
E   psycopg.errors.UniqueViolation: duplicate key value violates unique constraint "refunds_order_id_key"
1 failed, 13 passed in {jobs[4][3] - 20}s
ERROR: Job failed: exit code 1</pre></div>"""
    body = f"""<div class=hd><b>Pipeline #{r.randint(80000, 99999)}</b> · <span class=fl>failed</span> · triggered by <b>raj.p</b> on <code>release/2.14</code></div>
<div class=pl>{cols}</div>{log}"""
    css = """body{background:#fbfafd}.hd{padding:14px 22px;border-bottom:1px solid #ddd;font-size:15px}.fl{color:#dd2b0e;font-weight:700}code{background:#eee;padding:1px 5px}
.pl{display:flex;gap:40px;padding:18px 22px}.st h4{margin:0 0 8px;color:#555}.j{display:flex;gap:8px;align-items:center;width:250px;background:#fff;border:1px solid #ddd;border-radius:18px;padding:7px 12px;margin:8px 0;font-size:14px}
.j em{margin-left:auto;font-style:normal;color:#777;font-size:12.5px}.passed span{color:#108548}.failed span{color:#dd2b0e}.skipped span{color:#999}.failed{border-color:#dd2b0e}
.log{margin:0 22px;border-radius:6px;overflow:hidden}.lh{background:#333;color:#eee;padding:7px 12px;font-size:13px}pre{margin:0;background:#1f1f1f;color:#e6e6e6;padding:10px 12px;font-family:'Fira Code';font-size:12.5px;white-space:pre-wrap}"""
    s, job = mk("web_ci_pipeline.png", "CI pipeline view with stages, jobs and failed job log (GitLab-like)", "light + dark log",
                "web", (1000, 600), "8 jobs in 3 stages, one failed with an exception in the log", body, css, font="Open Sans")
    lg = max(jobs, key=lambda x: x[3])
    s.q("what error made the integration job fail?", "psycopg.errors.UniqueViolation", "error", "error", True)
    s.q("which job took the longest?", lg[1], "code", "argmax", True)
    s.q("how many jobs passed", sum(1 for j in jobs if j[2] == "passed"), "count", "count")
    return s, job


# 12 --------------------------------------------------------------- library loans
def w_library():
    r = rng("library")
    books = [("The Glass Archipelago", "Okonkwo, Adaeze"), ("A Short History of Salt Roads", "Marchetti, Livia"),
             ("Practical Bee-keeping for Small Gardens", "Huber, Jonas"), ("Nine Winters in Tromsø", "Eide, Kari"),
             ("Statistics Without Tears (3rd ed.)", "Rowntree, Derek"), ("The Lighthouse Keeper's Almanac", "Farrow, Bea")]
    today = date(2025, 11, 20)
    rows = []
    for k, (t, a) in enumerate(books):
        due = today + timedelta(days=r.randint(-6, -1) if k == 2 else r.randint(-6, 25))
        ren = r.randint(0, 3)
        fine = max(0, (today - due).days) * 0.25
        rows.append((t, a, due, ren, fine))
    dues = [x[2] for x in rows]
    assert dues.count(min(dues)) == 1
    tr = "".join(f"<tr class={'od' if x[4] else ''}><td><b>{esc(x[0])}</b><br><small>{esc(x[1])}</small></td><td>{x[2].strftime('%d/%m/%Y')}</td>"
                 f"<td>{x[3]}</td><td>{'£' + format(x[4], '.2f') if x[4] else '–'}</td><td><button>Renew</button></td></tr>" for x in rows)
    body = f"""<div class=hd><b>Brackenbury Public Libraries</b><span>Signed in as Harriet Doyle · Card 2940 1187 5523</span></div>
<div class=w><h2>My loans ({len(rows)})</h2><p>Today: 20/11/2025. Overdue items are charged £0.25 per day.</p>
<table><tr><th>Title</th><th>Due</th><th>Renewals left</th><th>Fine</th><th></th></tr>{tr}</table></div>"""
    css = """.hd{display:flex;justify-content:space-between;background:#5b2a86;color:#fff;padding:14px 24px;font-size:13.5px}.hd b{font-size:18px}
.w{padding:8px 24px}p{font-size:13px;color:#555}table{width:100%;border-collapse:collapse;font-size:14px}th{text-align:left;background:#f1ecf6;padding:8px}
td{padding:8px;border-bottom:1px solid #eee}small{color:#666}tr.od td{background:#fff1f1}button{border:1px solid #5b2a86;background:#fff;color:#5b2a86;border-radius:4px;padding:4px 10px}"""
    s, job = mk("web_library_loans.png", "public library account: current loans (UK, £, dd/mm/yyyy)", "white, purple header",
                "web", (980, 560), "6 loans with due dates, renewals left, overdue fines", body, css, font="Lato")
    soon = min(rows, key=lambda x: x[2])
    tgt = rows[r.randrange(6)]
    s.q("which book was due earliest?", soon[0], "text", "earliest", True)
    s.q(f"how many renewals do I have left on {tgt[0]}", tgt[3], "count", "cell", True)
    s.q("what do I owe in fines altogether", money_str(sum(x[4] for x in rows)), "money", "sum")
    return s, job


# 13 --------------------------------------------------------------- portfolio app (mobile, dark)
def w_portfolio():
    r = rng("portfolio")
    hold = [("NOVO B", "Novo Nordisk", 12), ("ASML", "ASML Holding", 3), ("VWS", "Vestas Wind", 40), ("SAP", "SAP SE", 8),
            ("NESN", "Nestlé", 15), ("EQNR", "Equinor", 30)]
    rows = []
    for tk, n, q in hold:
        px = round(r.uniform(18, 720), 2)
        ch = round(r.uniform(-4.5, 3.8), 2)
        rows.append((tk, n, q, px, ch))
    chs = [x[4] for x in rows]
    assert chs.count(min(chs)) == 1
    tot = round(sum(q * p for _, _, q, p, _ in rows), 2)
    li = "".join(f"<div class=h><div><b>{tk}</b><br><small>{esc(n)} · {q} sh</small></div><div class=rt>€{fmt_num(p, 2)}<br>"
                 f"<span class={'up' if c >= 0 else 'dn'}>{'+' if c >= 0 else ''}{c:.2f}%</span></div></div>" for tk, n, q, p, c in rows)
    body = f"""<div class=sb>14:03<span>●●● 71%</span></div><div class=hdr><small>Portfolio value</small><div class=v>€{fmt_num(tot, 2)}</div></div>
<div class=sp></div><div class=tt>Holdings</div>{li}<div class=nav><span>Home</span><span class=c>Portfolio</span><span>Search</span><span>Profile</span></div>"""
    css = """body{background:#101418;color:#e8eaed}.sb{display:flex;justify-content:space-between;padding:10px 20px;font-size:13px}.hdr{padding:6px 20px}small{color:#9aa0a6}
.v{font-size:32px;font-weight:700}.sp{height:90px;margin:8px 20px;background:linear-gradient(180deg,#1e3a2f,#101418);border-top:2px solid #34d399;border-radius:4px}
.tt{padding:8px 20px;font-weight:700}.h{display:flex;justify-content:space-between;padding:11px 20px;border-bottom:1px solid #23282e;font-size:15px}.rt{text-align:right}
.up{color:#34d399;font-size:13px}.dn{color:#f87171;font-size:13px}.nav{display:flex;justify-content:space-around;padding:14px;font-size:12px;color:#9aa0a6;border-top:1px solid #23282e;margin-top:12px}.nav .c{color:#34d399}"""
    s, job = mk("app_portfolio_dark.png", "mobile investing app: portfolio holdings (EUR, dark)", "dark", "app", (390, 800),
                "6 holdings with shares, price, day change; total value", body, css, font="Roboto")
    lo = min(rows, key=lambda x: x[4])
    tgt = rows[1]
    s.q("which stock is down the most today? ticker pls", lo[0], "code", "argmin", True)
    s.q(f"how much is my {tgt[1]} position worth?", money_str(tgt[2] * tgt[3]), "money", "rate")
    s.q("what's the total portfolio value?", money_str(tot), "money", "lookup")
    return s, job


# 14 --------------------------------------------------------------- weather app
def w_weather():
    r = rng("weather")
    days = ["Today", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"]
    rows = []
    for d in days:
        hi = r.randint(14, 27)
        lo = hi - r.randint(5, 11)
        rain = r.choice([0, 5, 10, 20, 40, 60, 80])
        rows.append((d, hi, lo, rain, "🌧" if rain >= 60 else "⛅" if rain >= 20 else "☀"))
    his = [x[1] for x in rows]
    while his.count(max(his)) > 1:
        i = his.index(max(his))
        rows[i] = (rows[i][0], rows[i][1] - 1) + rows[i][2:]
        his = [x[1] for x in rows]
    li = "".join(f"<div class=d><span class=n>{d}</span><span class=ic>{ic}</span><span class=rn>{rn}%</span><span class=lo>{lo}°</span>"
                 f"<span class=bar><i style='margin-left:{(lo - 3) * 4}px;width:{(hi - lo) * 4}px'></i></span><span>{hi}°</span></div>" for d, hi, lo, rn, ic in rows)
    body = f"""<div class=top><div class=city>Valparaíso</div><div class=t>{rows[0][1] - 2}°</div><div>Partly cloudy · H:{rows[0][1]}° L:{rows[0][2]}°</div></div>
<div class=card><div class=ch>📅 7-DAY FORECAST</div>{li}</div>"""
    css = """body{background:linear-gradient(#3a6ea5,#7aa7d6);color:#fff;min-height:100vh}.top{text-align:center;padding:40px 0 20px;font-size:16px}.city{font-size:30px}
.t{font-size:80px;font-weight:200}.card{margin:0 16px;background:#ffffff26;border-radius:16px;padding:10px 14px}.ch{font-size:12px;opacity:.8;padding-bottom:6px;border-bottom:1px solid #fff5}
.d{display:flex;align-items:center;gap:8px;padding:10px 0;border-bottom:1px solid #fff3;font-size:16px}.n{width:56px}.ic{width:28px}.rn{width:40px;font-size:12.5px;color:#bfe3ff}
.lo{width:30px;opacity:.75}.bar{width:100px;height:5px;background:#fff3;border-radius:3px}.bar i{display:block;height:5px;background:#ffd27a;border-radius:3px}"""
    s, job = mk("app_weather_week.png", "mobile weather app: 7-day forecast", "blue gradient", "app", (390, 780),
                "7 days with high/low and rain chance", body, css, font="Open Sans")
    warm = max(rows, key=lambda x: x[1])
    s.q("which day will be the warmest?", warm[0], "text", "argmax", True)
    s.q("chance of rain on Sunday?", f"{rows[3][3]}%", "percent", "cell", True)
    s.q("how many days reach 20° or more", sum(1 for x in rows if x[1] >= 20), "count", "count")
    return s, job


# 15 --------------------------------------------------------------- music player
def w_player():
    r = rng("player")
    tracks = [("Harbour Lights", "Mabel Quist"), ("Paper Satellites", "The Lowland Radio"), ("Cinnamon Static", "Ife Adeyemi"),
              ("Northbound Again", "Mabel Quist"), ("Velvet Underpass", "Okra Choir"), ("Salt & Sodium", "The Lowland Radio"),
              ("Quiet Machinery", "Juno Park"), ("Late Tram Home", "Ife Adeyemi")]
    durs = [r.randint(150, 330) for _ in tracks]
    assert durs.count(max(durs)) == 1
    cur = r.randint(1, 5)
    f = lambda s_: f"{s_ // 60}:{s_ % 60:02d}"  # noqa: E731
    li = "".join(f"<div class='t {'cur' if i == cur else ''}'><span class=i>{'▶' if i == cur else i + 1}</span><span class=n>{esc(n)}<br><small>{esc(a)}</small></span><span>{f(d)}</span></div>"
                 for i, ((n, a), d) in enumerate(zip(tracks, durs)))
    body = f"""<div class=w><div class=np><div class=art></div><div class=nt>{esc(tracks[cur][0])}</div><div class=na>{esc(tracks[cur][1])}</div>
<div class=pb><i></i></div><div class=tm><span>1:07</span><span>{f(durs[cur])}</span></div><div class=ctl>⏮ &nbsp; ⏸ &nbsp; ⏭</div></div>
<div class=pl><h3>Playlist · Rainy Sunday</h3>{li}</div></div>"""
    css = """body{background:#1b1b2f;color:#eee}.w{display:flex;gap:28px;padding:26px}.np{width:300px;text-align:center}.art{width:260px;height:260px;margin:auto;border-radius:10px;background:linear-gradient(135deg,#e94560,#533483)}
.nt{font-size:22px;font-weight:700;margin-top:14px}.na{color:#aaa}.pb{height:4px;background:#444;margin:16px 10px 4px;border-radius:2px}.pb i{display:block;width:35%;height:4px;background:#e94560}
.tm{display:flex;justify-content:space-between;font-size:12px;color:#aaa;margin:0 10px}.ctl{font-size:26px;margin-top:10px}.pl{flex:1}h3{margin:0 0 10px}
.t{display:flex;gap:14px;align-items:center;padding:8px 10px;border-radius:6px;font-size:14.5px}.t .i{width:20px;color:#888}.t .n{flex:1}small{color:#999}.cur{background:#2e2e4e}.cur .i,.cur .n{color:#e94560}"""
    s, job = mk("player_playlist.png", "desktop music player with playlist", "dark navy", "media_player", (1000, 520),
                "now-playing panel and 8-track playlist with durations", body, css, font="Lato")
    lg = max(range(len(tracks)), key=lambda i: durs[i])
    s.q("what song is playing right now?", tracks[cur][0], "text", "lookup", True)
    s.q("what comes on after this one", tracks[cur + 1][0], "text", "next", True)
    s.q("which track on the playlist is the longest", tracks[lg][0], "text", "argmax", True)
    return s, job


# 16 --------------------------------------------------------------- timesheet
def w_timesheet():
    r = rng("timesheet")
    projects = ["ACME-rebrand", "Harbour app v2", "Internal: hiring", "Ostrava portal", "Support rota"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    grid = [[r.choice([0, 0.5, 1, 1.5, 2, 2.5, 3, 4]) for _ in days] for _ in projects]
    tots = [sum(g) for g in grid]
    assert tots.count(max(tots)) == 1
    fh = lambda v: (f"{v:g}" if v else "")  # noqa: E731
    tr = "".join(f"<tr><td class=p>{esc(p)}</td>{''.join(f'<td>{fh(v)}</td>' for v in g)}<td class=tt>{fh(sum(g))}</td></tr>" for p, g in zip(projects, grid))
    body = f"""<div class=hd><b>Timesheet</b> · Week of 10 Nov 2025 · <span>Erin Castellanos</span><span class=sub>Status: Draft</span></div>
<table><tr><th>Project</th>{''.join(f'<th>{d}</th>' for d in days)}<th>Total</th></tr>{tr}</table>
<p class=n>Hours are entered in decimal (0.5 = 30 min). Submit by Friday 17:00.</p>"""
    css = """.hd{padding:14px 20px;font-size:15px;border-bottom:1px solid #ddd}.sub{float:right;color:#b45309}table{border-collapse:collapse;margin:16px 20px;font-size:14px}
th{background:#f3f4f6;padding:8px 16px;border:1px solid #d1d5db}td{border:1px solid #d1d5db;padding:8px 16px;text-align:center;width:70px}td.p{text-align:left;width:200px}
td.tt{font-weight:700;background:#fafafa}.n{font-size:12.5px;color:#666;margin:0 20px}"""
    s, job = mk("web_timesheet.png", "web timesheet grid (projects × weekdays)", "light, grid", "spreadsheet", (900, 360),
                "5 projects × 5 days, decimal hours, row totals", body, css, font="Carlito")
    wd = sum(g[2] for g in grid)
    top = projects[tots.index(max(tots))]
    s.q("how many hours did Erin log on Wednesday in total?", f"{wd:g}", "number", "sum")
    s.q("which project got the most time this week?", top, "text", "argmax", True)
    j = next(k for k in (3, 1, 0, 2, 4) if grid[3][k])
    dn = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"][j]
    s.q(f"how many hours on Ostrava portal on {dn}", f"{grid[3][j]:g}", "number", "cell", True)
    return s, job


SCENES = [w_admin_users, w_notif_settings, w_bike_cart, w_calendar, w_chat, w_inbox, w_files, w_fares, w_chargers,
          w_code_review, w_ci, w_library, w_portfolio, w_weather, w_player, w_timesheet]
