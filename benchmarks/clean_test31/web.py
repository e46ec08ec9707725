"""16 web/app screens and 3 slides rendered from HTML by headless chromium."""
import datetime as dt
from collections import Counter

from lib import Scene, rng, render_html, money

FIRST = ["Aroha", "Bilal", "Chiara", "Dmitri", "Esi", "Farid", "Greta", "Hiroshi", "Ines", "Jonas", "Kalani", "Lucía",
         "Mateus", "Nadia", "Oskar", "Priya", "Quentin", "Rania", "Soren", "Tamsin", "Ugo", "Vesna", "Wen", "Yara"]
LAST = ["Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Novak", "Brennan", "Castillo", "Petrov", "Achterberg",
        "Mbeki", "Rossi", "Kowalczyk", "Sato", "Ferreira", "Olsen"]


def people(r, n):
    f = r.sample(FIRST, n)
    l_ = r.sample(LAST, n)
    return [f"{a} {b}" for a, b in zip(f, l_)]


def toggle(on):
    return f"<span class='tg {'on' if on else ''}'><i></i></span>"


TOGGLE_CSS = """.tg{display:inline-block;width:40px;height:22px;border-radius:11px;background:#c3c7cf;position:relative;vertical-align:middle}
.tg i{position:absolute;top:3px;left:3px;width:16px;height:16px;border-radius:50%;background:#fff}
.tg.on{background:VAR}.tg.on i{left:21px}"""


# ------------------------------------------------------------------ settings: password manager security
def w_settings():
    s = Scene("web_settings_vault", "settings", "password-manager web app: security settings", "chromium",
              "light, indigo accent, Inter-like (Open Sans)", "8 toggles, lock-timeout radio group, 2 checkboxes")
    r = rng(s.name)
    tg = [("Unlock with biometrics", "Use fingerprint or face on supported devices"),
          ("Require master password on restart", "Ask for the master password after the browser restarts"),
          ("Show website icons", "Load favicons for saved logins"),
          ("Warn about reused passwords", "Flag logins that share the same password"),
          ("Check passwords against breaches", "Compare hashes with known breach lists"),
          ("Autofill on page load", "Fill credentials as soon as a page opens"),
          ("Clear clipboard", "Remove copied passwords from the clipboard after 30 seconds"),
          ("Allow emergency access", "Let trusted contacts request access")]
    states = [r.random() < 0.55 for _ in tg]
    timeouts = ["1 minute", "5 minutes", "15 minutes", "1 hour", "On browser close", "Never"]
    sel = r.randrange(len(timeouts))
    cbs = [("Lock when the computer sleeps", r.random() < 0.5), ("Lock when the screen is locked", r.random() < 0.5)]
    rows = "".join(f"<div class='row'><div><b>{a}</b><small>{b}</small></div>{toggle(st)}</div>" for (a, b), st in zip(tg, states))
    radios = "".join(f"<label><span class='rd {'on' if i == sel else ''}'></span>{t}</label>" for i, t in enumerate(timeouts))
    checks = "".join(f"<label><span class='ck {'on' if c else ''}'>{'✓' if c else ''}</span>{t}</label>" for t, c in cbs)
    html = f"""<div class='app'><div class='side'><div class='logo'>◆ Keystead</div><div>Vault</div><div>Send</div><div>Reports</div>
<div class='act'>Settings</div><div class='sub'>Account</div><div class='sub act2'>Security</div><div class='sub'>Preferences</div><div class='sub'>Domain rules</div></div>
<div class='main'><h2>Security</h2><div class='card'>{rows}</div>
<h3>Vault timeout</h3><div class='card radios'>{radios}</div><div class='card checks'>{checks}</div></div></div>"""
    css = TOGGLE_CSS.replace("VAR", "#4f46e5") + """body{font-family:'Open Sans';font-size:14px;color:#1f2937;background:#f3f4f6}
.app{display:flex;min-height:600px}.side{width:210px;background:#1e1b4b;color:#c7d2fe;padding:18px 0}.side div{padding:8px 20px}
.logo{font-weight:700;color:#fff;font-size:18px;margin-bottom:10px}.act{color:#fff;font-weight:600}.sub{padding-left:36px!important;font-size:13px}
.act2{background:#312e81;color:#fff}.main{flex:1;padding:20px 30px}h2{margin:0 0 12px}h3{margin:18px 0 8px;font-size:15px}
.card{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:4px 16px}.row{display:flex;justify-content:space-between;align-items:center;padding:9px 0;border-bottom:1px solid #f0f0f0}
.row:last-child{border:none}.row small{display:block;color:#6b7280;font-size:12px}.radios{display:grid;grid-template-columns:repeat(3,1fr);gap:10px;padding:12px 16px}
label{display:flex;align-items:center;gap:8px}.rd{width:16px;height:16px;border-radius:50%;border:2px solid #9ca3af;display:inline-block}
.rd.on{border:5px solid #4f46e5}.checks{margin-top:10px;padding:10px 16px;display:flex;gap:30px}
.ck{width:17px;height:17px;border:2px solid #9ca3af;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:12px}.ck.on{background:#4f46e5;border-color:#4f46e5}"""
    render_html(s, html, css, 1100, 800)
    s.q("What's the vault timeout set to?", timeouts[sel], "text", "selected", literal=True)
    s.q("how many of the security toggles are switched on", sum(states), "count", "count")
    i = r.choice([0, 4, 5])
    s.q(f"Is '{tg[i][0]}' enabled?", "yes" if states[i] else "no", "yesno", "state_yesno")
    return s


# ------------------------------------------------------------------ mobile mail list (dark)
def w_mail():
    s = Scene("app_mail_dark", "mail", "mobile mail app: inbox list (dark)", "chromium", "dark, blue accent, Roboto",
              "9 messages with sender, subject, preview, time/date, unread dots, attachment clips")
    r = rng(s.name)
    ppl = people(r, 9)
    subjects = ["Quarterly VAT return draft", "Your parcel is out for delivery", "Re: school trip consent form",
                "Invoice 2025-118 overdue", "Photos from Saturday", "Flat viewing moved to Thursday",
                "Choir rehearsal notes", "New sign-in on your account", "Re: bike repair quote"]
    times = ["09:42", "08:15", "Yesterday", "Yesterday", "Mon", "Sun", "Sat", "12 Sep", "10 Sep"]
    unread = [r.random() < 0.4 for _ in range(9)]
    unread[0] = True
    att = [r.random() < 0.3 for _ in range(9)]
    items = ""
    for p, sub, t, u, a in zip(ppl, subjects, times, unread, att):
        items += f"""<div class='m {'u' if u else ''}'><div class='av'>{p[0]}</div><div class='tx'><div class='l1'><span class='fr'>{p}</span><span class='t'>{t}</span></div>
<div class='sb'>{sub}{' 📎' if a else ''}</div><div class='pv'>Hi, just following up on this — let me know what works for you…</div></div>{'<i class="dot"></i>' if u else ''}</div>"""
    html = f"""<div class='ph'><div class='sb0'><span>9:47</span><span>5G ▮▮▮ 81%</span></div><div class='top'><span>☰</span><b>Inbox</b><span>⌕</span></div>
<div class='tabs'><span class='on'>Primary</span><span>Updates</span><span>Promotions</span></div>{items}</div>"""
    css = """body{background:#000;font-family:Roboto}.ph{width:400px;background:#121417;color:#e3e3e3;padding-bottom:10px}
.sb0{display:flex;justify-content:space-between;padding:8px 18px;font-size:13px}.top{display:flex;justify-content:space-between;padding:8px 18px;font-size:20px}
.tabs{display:flex;gap:18px;padding:4px 18px 10px;font-size:14px;color:#9aa0a6}.tabs .on{color:#8ab4f8;border-bottom:2px solid #8ab4f8;padding-bottom:4px}
.m{display:flex;gap:12px;padding:10px 16px;border-bottom:1px solid #22262b;position:relative}.av{width:38px;height:38px;border-radius:50%;background:#3c4a63;display:flex;align-items:center;justify-content:center;font-weight:700;flex:none}
.tx{flex:1;min-width:0}.l1{display:flex;justify-content:space-between}.fr{font-size:15px;color:#c4c7c5}.t{font-size:12px;color:#9aa0a6}
.sb{font-size:14px;color:#c4c7c5}.pv{font-size:12.5px;color:#80868b;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.u .fr,.u .sb,.u .t{color:#fff;font-weight:700}.dot{position:absolute;right:14px;top:34px;width:8px;height:8px;border-radius:50%;background:#8ab4f8}"""
    render_html(s, html, css, 400, 1100, trim=True)
    s.q("how many unread emails are in the list?", sum(unread), "count", "count")
    s.q("Who sent the newest message?", ppl[0], "person", "latest", literal=True)
    k = 3
    s.q("what time/date did the overdue invoice email arrive?", times[k], "text", "lookup", literal=True)
    return s


# ------------------------------------------------------------------ issue tracker
def w_issues():
    s = Scene("web_issue_tracker", "issue_tracker", "issue tracker list view (Linear-like)", "chromium",
              "light, violet accent, Lato", "11 issues with id, title, priority, status, assignee, updated date")
    r = rng(s.name)
    ppl = people(r, 5)
    titles = ["Export to CSV drops trailing zeros", "Login page flashes unstyled content", "Webhook retries never stop",
              "Dark mode: chart legend unreadable", "Add SAML group mapping", "Search ignores accented characters",
              "Invoice PDF cuts long addresses", "Rate limiter counts OPTIONS requests", "Mobile: date picker off by one day",
              "Slow query on audit log page", "Typo in password reset email"]
    pri = ["Urgent", "High", "Medium", "Low"]
    st = ["Backlog", "Todo", "In Progress", "In Review", "Done"]
    rows = []
    base = dt.date(2025, 10, 1)
    pris = [r.choice(pri[1:]) for _ in titles]
    pris[r.randrange(11)] = "Urgent"
    for i, t in enumerate(titles):
        rows.append((f"PLT-{410 + i * 3 + r.randint(0, 2)}", t, pris[i], r.choice(st), r.choice(ppl),
                     base + dt.timedelta(days=r.randint(0, 40))))
    upd = sorted(set(x[5] for x in rows))
    pc = {"Urgent": "#dc2626", "High": "#ea580c", "Medium": "#ca8a04", "Low": "#64748b"}
    trs = "".join(f"<tr><td class='id'>{a}</td><td>{b}</td><td><span class='p' style='color:{pc[c]}'>● {c}</span></td><td><span class='st'>{d}</span></td><td>{e}</td><td>{f:%b %d}</td></tr>" for a, b, c, d, e, f in rows)
    html = f"""<div class='bar'><b>Platform</b><span>Issues</span><span class='on'>All issues</span><span>Active</span><span>Backlog</span></div>
<table class='t'><thead><tr><th>ID</th><th>Title</th><th>Priority</th><th>Status</th><th>Assignee</th><th>Updated</th></tr></thead><tbody>{trs}</tbody></table>"""
    css = """body{font-family:Lato;font-size:14px;color:#1e1b2e;background:#fff}.bar{display:flex;gap:20px;padding:14px 20px;border-bottom:1px solid #e6e3f0;align-items:center}
.bar .on{background:#ede9fe;color:#5b21b6;padding:3px 10px;border-radius:6px}.t{width:100%}.t th{text-align:left;font-size:12px;color:#6b6880;padding:8px 12px;border-bottom:1px solid #e6e3f0}
.t td{padding:9px 12px;border-bottom:1px solid #f1eff7}.id{color:#6b6880;font-family:'DejaVu Sans Mono';font-size:12.5px}.st{background:#f4f3f8;padding:2px 8px;border-radius:10px;font-size:12.5px}"""
    render_html(s, html, css, 1150)
    urg = [x for x in rows if x[2] == "Urgent"][0]
    s.q("Who's assigned to the urgent issue?", urg[4], "person", "lookup", literal=True)
    n_ip = sum(1 for x in rows if x[3] == "In Progress")
    s.q("how many issues are In Progress right now", n_ip, "count", "count")
    old = min(rows, key=lambda x: x[5])
    if sum(1 for x in rows if x[5] == old[5]) == 1:
        s.q("Which issue was updated least recently? give the ID", old[0], "code", "earliest", literal=True)
    else:
        s.q("What status is the webhook retries issue in?", rows[2][3], "text", "lookup", literal=True)
    return s


# ------------------------------------------------------------------ file manager (dark, KDE-like)
def w_files():
    s = Scene("app_files_dark", "file_manager", "desktop file manager: details view (KDE Dolphin-like, dark)", "chromium",
              "dark (Breeze dark), Noto Sans", "places sidebar, 11 files with size/modified, one selected row, status bar")
    r = rng(s.name)
    names = ["budget_2026.ods", "kitchen_plan_v3.pdf", "IMG_4471.jpg", "IMG_4472.jpg", "lease_signed.pdf", "tax_receipts.zip",
             "garden.blend", "piano_recital.mp4", "notes.md", "passport_scan.png", "mortgage_offer.pdf"]
    rows = []
    for n in names:
        ext = n.rsplit(".", 1)[1]
        sz = {"mp4": r.uniform(300, 1900) * 1e6, "blend": r.uniform(40, 200) * 1e6, "zip": r.uniform(5, 90) * 1e6,
              "jpg": r.uniform(2, 7) * 1e6}.get(ext, r.uniform(20, 900) * 1e3)
        mod = dt.datetime(2025, r.randint(6, 11), r.randint(1, 28), r.randint(7, 23), r.randint(0, 59))
        rows.append((n, sz, mod))

    def hs(b):
        return f"{b / 1e9:.1f} GiB" if b >= 1e9 else f"{b / 1e6:.1f} MiB" if b >= 1e6 else f"{b / 1e3:.1f} KiB"
    sel = r.randrange(len(rows))
    trs = "".join(f"<tr class='{'sel' if i == sel else ''}'><td>{'▤' if n.endswith(('pdf', 'md', 'ods')) else '▣'} {n}</td><td class='r'>{hs(b)}</td><td>{m:%d/%m/%Y %H:%M}</td></tr>" for i, (n, b, m) in enumerate(rows))
    html = f"""<div class='win'><div class='tb'>Documents — Dolphin</div><div class='nav'>◀ ▶ &nbsp; Home › Documents</div><div class='body'>
<div class='pl'><b>Places</b><div>Home</div><div class='on'>Documents</div><div>Downloads</div><div>Pictures</div><div>Music</div><b>Devices</b><div>NVMe (476 GiB)</div><div>USB stick</div></div>
<table class='t'><thead><tr><th>Name</th><th class='r'>Size</th><th>Modified</th></tr></thead><tbody>{trs}</tbody></table></div>
<div class='sbar'>{rows[sel][0]} selected ({hs(rows[sel][1])}) · 11 files</div></div>"""
    css = """body{font-family:'Noto Sans';font-size:13.5px;background:#1b1e20;color:#eff0f1}.win{border:1px solid #3b4045}
.tb{background:#2a2e32;text-align:center;padding:7px}.nav{background:#31363b;padding:7px 12px;color:#bdc3c7}.body{display:flex}
.pl{width:170px;background:#232629;padding:8px 0}.pl b{display:block;padding:8px 12px 4px;font-size:12px;color:#7f8c8d}.pl div{padding:4px 18px}.pl .on{background:#3daee9;color:#fff}
.t{flex:1}.t th{text-align:left;padding:6px 12px;border-bottom:1px solid #3b4045;color:#bdc3c7;font-weight:500}.t td{padding:5px 12px}
.t tr:nth-child(even){background:#25292c}.t tr.sel{background:#2c5d80!important;outline:1px solid #3daee9}.r{text-align:right!important}
.sbar{background:#2a2e32;padding:6px 12px;color:#bdc3c7}"""
    render_html(s, html, css, 900)
    s.q("which file is selected?", rows[sel][0], "code", "selected", literal=True)
    big = max(rows, key=lambda x: x[1])
    s.q("What's the largest file in this folder?", big[0], "code", "argmax", literal=True)
    new = max(rows, key=lambda x: x[2])
    s.q("most recently modified file?", new[0], "code", "latest", literal=True)
    return s


# ------------------------------------------------------------------ month calendar
def w_calendar():
    s = Scene("web_calendar_month", "calendar", "calendar web app: month view (Outlook-like)", "chromium",
              "light, teal accent, Cantarell", "March 2026 grid with 13 timed events, today marker")
    r = rng(s.name)
    evs = ["Dentist", "Team retro", "Budget review", "Yoga", "Parents' evening", "Call with Lagos office", "Car MOT",
           "Book club", "Quarterly planning", "Flight to Porto", "Vet appointment", "Hackathon demo", "Piano lesson"]
    days = sorted(r.sample(range(2, 31), len(evs)))
    events = {}
    for d, e in zip(days, evs):
        hh = r.choice([8, 9, 10, 11, 13, 14, 15, 16, 17, 18, 19])
        mm = r.choice([0, 15, 30, 45])
        events[d] = (e, f"{hh:02d}:{mm:02d}")
    today = r.choice([d for d in range(5, 25)])
    first = dt.date(2026, 3, 1)
    cells = ""
    start = first - dt.timedelta(days=first.weekday())
    ncell = 7 * -(-((dt.date(2026, 3, 31) - start).days + 1) // 7)
    for i in range(ncell):
        d = start + dt.timedelta(days=i)
        inm = d.month == 3
        ev = events.get(d.day) if inm else None
        cls = ("" if inm else "om") + (" today" if inm and d.day == today else "")
        cells += f"<div class='c {cls}'><span class='n'>{d.day}</span>" + (f"<div class='e'>{ev[1]} {ev[0]}</div>" if ev else "") + "</div>"
    html = f"""<div class='hd'><b>March 2026</b><span>‹ Today ›</span><span class='v'>Day · Week · <u>Month</u></span></div>
<div class='g'>{''.join(f'<div class="wd">{w}</div>' for w in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}{cells}</div>"""
    css = """body{font-family:Cantarell;font-size:13px;background:#fff;color:#222}.hd{display:flex;gap:30px;align-items:center;padding:12px 18px;font-size:17px}
.v{margin-left:auto;font-size:13px}.g{display:grid;grid-template-columns:repeat(7,1fr);border-top:1px solid #ddd;border-left:1px solid #ddd}
.wd{padding:6px;font-weight:700;border-right:1px solid #ddd;border-bottom:1px solid #ddd;background:#f6f8f8}
.c{height:96px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px}.om{background:#fafafa;color:#aaa}
.n{font-weight:700}.today .n{background:#0f766e;color:#fff;border-radius:50%;padding:2px 6px}
.e{margin-top:6px;background:#ccfbf1;border-left:3px solid #0f766e;padding:2px 4px;font-size:12px;border-radius:3px}"""
    render_html(s, html, css, 1100)
    k = r.choice(list(events))
    s.q(f"What have I got on March {k}?", f"{events[k][0]} at {events[k][1]}", "text", "lookup")
    nxt = min(d for d in events if d > today)
    s.q("what's the next event after today (the highlighted day)?", events[nxt][0], "text", "next", literal=True)
    s.q("How many events are there in the second half of the month (16th onwards)?",
        sum(1 for d in events if d >= 16), "count", "count")
    return s


# ------------------------------------------------------------------ shop listing with filters
def w_shop():
    s = Scene("web_shop_headphones", "web", "online shop category page with filter sidebar", "chromium",
              "light, orange accent, Roboto", "brand checkboxes, price radio, sort select, 8 product cards with price/rating")
    r = rng(s.name)
    brands = ["Auralis", "Bexley", "Corvo", "Dunmore", "Ellory"]
    chk = [r.random() < 0.5 for _ in brands]
    chk[0] = True
    prods = []
    for i in range(8):
        b = r.choice([x for x, c in zip(brands, chk) if c])
        nm = f"{b} {r.choice(['Studio', 'Air', 'Pulse', 'Quiet', 'Trail', 'Halo'])} {r.choice(['2', '3', 'Pro', 'X', 'Lite', 'S'])}"
        pr = round(r.uniform(39, 349), 2) - 0.01 + 0.01
        pr = float(f"{int(pr)}.99")
        rt = round(r.uniform(3.4, 4.9), 1)
        nrev = r.randint(12, 2400)
        prods.append((nm, pr, rt, nrev))
    prods.sort(key=lambda x: -x[2])
    names = [p[0] for p in prods]
    if len(set(names)) < 8:
        prods = [(f"{p[0]} ({i + 1})" if names.count(p[0]) > 1 else p[0],) + p[1:] for i, p in enumerate(prods)]
    cards = "".join(f"<div class='card'><div class='img'></div><div class='nm'>{n}</div><div class='st'>{'★' * int(rt)}{'☆' * (5 - int(rt))} {rt} ({nr})</div><div class='pr'>£{p:.2f}</div></div>" for n, p, rt, nr in prods)
    fb = "".join(f"<label><span class='ck {'on' if c else ''}'>{'✓' if c else ''}</span>{b}</label>" for b, c in zip(brands, chk))
    pr_opts = ["Any price", "Under £100", "£100 – £200", "Over £200"]
    psel = 0
    fp = "".join(f"<label><span class='rd {'on' if i == psel else ''}'></span>{t}</label>" for i, t in enumerate(pr_opts))
    html = f"""<div class='top'><b>soundcrate</b><div class='sr'>Search headphones…</div><span>Basket (2)</span></div>
<div class='wrap'><div class='side'><h4>Brand</h4>{fb}<h4>Price</h4>{fp}<h4>Type</h4><label><span class='ck on'>✓</span>Over-ear</label><label><span class='ck'></span>In-ear</label></div>
<div class='main'><div class='bar'><span>Headphones · 8 results</span><span class='sel'>Sort by: Customer rating ▾</span></div><div class='grid'>{cards}</div></div></div>"""
    css = """body{font-family:Roboto;font-size:14px;color:#222;background:#f7f7f7}.top{display:flex;gap:30px;align-items:center;background:#fff;padding:12px 24px;border-bottom:3px solid #f97316}
.top b{font-size:22px;color:#f97316}.sr{flex:1;border:1px solid #ccc;border-radius:20px;padding:6px 14px;color:#999}.wrap{display:flex;gap:20px;padding:16px 24px}
.side{width:190px}.side h4{margin:12px 0 6px}label{display:flex;align-items:center;gap:8px;margin:5px 0}
.ck{width:16px;height:16px;border:2px solid #999;border-radius:3px;display:inline-flex;align-items:center;justify-content:center;font-size:11px;color:#fff}.ck.on{background:#f97316;border-color:#f97316}
.rd{width:16px;height:16px;border-radius:50%;border:2px solid #999}.rd.on{border:5px solid #f97316}.main{flex:1}.bar{display:flex;justify-content:space-between;margin-bottom:10px}
.sel{border:1px solid #ccc;background:#fff;padding:4px 10px;border-radius:4px}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:14px}
.card{background:#fff;border-radius:8px;padding:10px;box-shadow:0 1px 3px #0002}.img{height:90px;background:linear-gradient(135deg,#e5e7eb,#cbd5e1);border-radius:6px}
.nm{margin-top:8px;font-weight:500;height:36px}.st{color:#f59e0b;font-size:12.5px}.pr{font-size:18px;font-weight:700;margin-top:4px}"""
    render_html(s, html, css, 1180)
    cheap = min(prods, key=lambda x: x[1])
    s.q("Which pair of headphones is cheapest here?", cheap[0], "text", "argmin", literal=True)
    s.q("which brands are ticked in the filter?", ", ".join(b for b, c in zip(brands, chk) if c), "text", "selected")
    s.q("How many products are rated 4.5 or higher?", sum(1 for p in prods if p[2] >= 4.5), "count", "count")
    return s


# ------------------------------------------------------------------ admin orders with checkboxes
def w_orders():
    s = Scene("web_admin_orders", "dashboard", "e-commerce admin: orders table with bulk-select checkboxes", "chromium",
              "light, green accent, Lato", "10 orders with customer, date, items, total (€), payment/fulfilment pills, 3 rows checked")
    r = rng(s.name)
    ppl = people(r, 10)
    rows = []
    dates = sorted((dt.datetime(2025, 11, r.randint(3, 9), r.randint(8, 22), r.randint(0, 59)) for _ in ppl), reverse=True)
    num = 5120 + 10 * r.randint(0, 9) + 12
    for i, (p, d) in enumerate(zip(ppl, dates)):
        num -= r.randint(1, 3)
        rows.append((f"#{num}", p, d, r.randint(1, 6), round(r.uniform(12, 420), 2),
                     r.choice(["Paid", "Paid", "Paid", "Pending", "Refunded"]), r.choice(["Fulfilled", "Unfulfilled", "Unfulfilled"])))
    chk = sorted(r.sample(range(10), 3))
    pc = {"Paid": "#dcfce7;color:#166534", "Pending": "#fef9c3;color:#854d0e", "Refunded": "#e5e7eb;color:#374151",
          "Fulfilled": "#dbeafe;color:#1e40af", "Unfulfilled": "#ffedd5;color:#9a3412"}
    trs = "".join(f"<tr class='{'ck' if i in chk else ''}'><td><span class='cb {'on' if i in chk else ''}'>{'✓' if i in chk else ''}</span></td><td><b>{o}</b></td><td>{d:%d %b %Y, %H:%M}</td><td>{c}</td><td class='r'>{n}</td><td class='r'>€{t:,.2f}</td><td><span class='pill' style='background:{pc[pa]}'>{pa}</span></td><td><span class='pill' style='background:{pc[fu]}'>{fu}</span></td></tr>"
                  for i, (o, c, d, n, t, pa, fu) in enumerate(rows))
    html = f"""<div class='hd'><b>Orders</b><span class='btn'>Export</span><span class='btn p'>Create order</span></div>
<div class='bulk'>3 selected &nbsp;·&nbsp; Mark as fulfilled &nbsp;·&nbsp; Print labels</div>
<table class='t'><thead><tr><th></th><th>Order</th><th>Date</th><th>Customer</th><th class='r'>Items</th><th class='r'>Total</th><th>Payment</th><th>Fulfilment</th></tr></thead><tbody>{trs}</tbody></table>"""
    css = """body{font-family:Lato;font-size:14px;background:#f6f6f7;color:#202223;padding:16px 22px}.hd{display:flex;gap:10px;align-items:center}.hd b{font-size:21px;margin-right:auto}
.btn{border:1px solid #c9cccf;background:#fff;padding:6px 12px;border-radius:6px}.btn.p{background:#008060;color:#fff;border-color:#008060}
.bulk{margin:12px 0 0;background:#fff;border:1px solid #e1e3e5;border-bottom:none;padding:8px 12px;border-radius:8px 8px 0 0;color:#555}
.t{width:100%;background:#fff;border:1px solid #e1e3e5}.t th{text-align:left;font-size:12.5px;color:#6d7175;padding:8px 10px;border-bottom:1px solid #e1e3e5}
.t td{padding:8px 10px;border-bottom:1px solid #f1f2f3}.r{text-align:right!important}tr.ck{background:#f2f7fe}
.cb{width:16px;height:16px;border:2px solid #8c9196;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;font-size:11px;color:#fff}.cb.on{background:#2c6ecb;border-color:#2c6ecb}
.pill{padding:2px 9px;border-radius:10px;font-size:12.5px}"""
    render_html(s, html, css, 1180)
    tot = round(sum(rows[i][4] for i in chk), 2)
    s.q("What do the selected orders add up to?", money(tot), "money", "sum")
    s.q("which order numbers are checked", ", ".join(rows[i][0] for i in chk), "code", "selected")
    big = max(rows, key=lambda x: x[4])
    s.q("Who placed the biggest order?", big[1], "person", "argmax", literal=True)
    return s


# ------------------------------------------------------------------ video player with chapters
def w_player():
    s = Scene("player_video_chapters", "media_player", "video player with chapter list (web, dark)", "chromium",
              "dark, red progress, Roboto", "player with elapsed/total time, 7 chapters with start times, current chapter highlighted")
    r = rng(s.name)
    chs = ["Intro", "Choosing the timber", "Marking out the joints", "Cutting the tenons", "Chiselling the mortises",
           "Dry fit and glue-up", "Finishing with oil"]
    starts = [0]
    for _ in chs[1:]:
        starts.append(starts[-1] + r.randint(90, 420))
    total = starts[-1] + r.randint(200, 500)
    cur_i = r.randint(2, 5)
    pos = starts[cur_i] + r.randint(10, starts[cur_i + 1] - starts[cur_i] - 10)

    def ts(x):
        return f"{x // 60}:{x % 60:02d}"
    lis = "".join(f"<div class='ch {'on' if i == cur_i else ''}'><span class='tm'>{ts(t)}</span>{c}</div>" for i, (c, t) in enumerate(zip(chs, starts)))
    pct = 100 * pos / total
    html = f"""<div class='wrap'><div class='pl'><div class='vid'><span>▶</span></div><div class='prog'><div style='width:{pct:.1f}%'></div></div>
<div class='ctl'><span>⏸ ⏭ 🔊</span><span>{ts(pos)} / {ts(total)}</span><span class='chn'>• {chs[cur_i]}</span><span class='rt'>1.25x ⚙ ⛶</span></div>
<h2>Building a mortise-and-tenon side table — full walkthrough</h2><div class='meta'>Larchwood Workshop · 48K views · 3 weeks ago</div></div>
<div class='side'><b>Chapters</b>{lis}</div></div>"""
    css = """body{font-family:Roboto;background:#0f0f0f;color:#f1f1f1;font-size:14px}.wrap{display:flex;gap:18px;padding:16px}
.pl{width:760px}.vid{height:400px;background:linear-gradient(160deg,#3a2d1f,#14110d);display:flex;align-items:center;justify-content:center;font-size:60px;color:#fff8}
.prog{height:4px;background:#555}.prog div{height:4px;background:#f00}.ctl{display:flex;gap:18px;padding:8px 4px;font-size:14px}.rt{margin-left:auto}.chn{color:#ccc}
h2{font-size:18px;margin:10px 0 4px}.meta{color:#aaa;font-size:13px}.side{flex:1;background:#1f1f1f;border-radius:10px;padding:12px}
.side b{display:block;margin-bottom:8px;font-size:16px}.ch{padding:9px 8px;border-radius:6px}.ch.on{background:#3a3a3a}.tm{display:inline-block;width:52px;color:#3ea6ff}"""
    render_html(s, html, css, 1180)
    s.q("Which chapter is currently playing?", chs[cur_i], "text", "selected", literal=True)
    s.q("how long is the whole video", ts(total), "time", "lookup", literal=True)
    k = r.randint(1, 5)
    s.q(f"How long is the '{chs[k]}' chapter (in m:ss)?", ts(starts[k + 1] - starts[k]), "time", "difference")
    return s


# ------------------------------------------------------------------ code review (Bitbucket-like light)
def w_review():
    s = Scene("web_pr_review", "code_review", "pull request page: unified diff with inline comment and approvals (Bitbucket-like)",
              "chromium", "light, blue accent, Open Sans + DejaVu Sans Mono", "PR header, 4 reviewers with states, diff hunk with +/- lines, comment")
    r = rng(s.name)
    ppl = people(r, 5)
    author, revs = ppl[0], ppl[1:]
    states = ["Approved", "Approved", "Needs work", "Pending"]
    r.shuffle(states)
    old_to = r.choice([5, 10, 15])
    new_to = old_to * 3
    diff = [(" ", 40, "def fetch_rates(session, base=\"EUR\"):"), (" ", 41, "    url = f\"{RATES_URL}/latest?base={base}\""),
            ("-", 42, f"    resp = session.get(url, timeout={old_to})"), ("+", 42, f"    resp = session.get(url, timeout={new_to})"),
            ("+", 43, "    if resp.status_code == 429:"), ("+", 44, "        raise RateLimited(resp.headers.get(\"Retry-After\"))"),
            (" ", 45, "    resp.raise_for_status()"), (" ", 46, "    return resp.json()[\"rates\"]")]
    dl = "".join(f"<div class='dl {'a' if k == '+' else 'd' if k == '-' else ''}'><span class='ln'>{n}</span><span class='k'>{k}</span>{c.replace('<', '&lt;')}</div>" for k, n, c in diff)
    rv = "".join(f"<div class='rv'><span class='av'>{p[0]}</span>{p}<span class='s s{i}'>{st}</span></div>" for i, (p, st) in enumerate(zip(revs, states)))
    html = f"""<div class='hd'><div class='bc'>finance-tools / fx-service / Pull requests</div><h1>Raise timeout and handle 429 from rates API <span class='id'>#{r.randint(200, 480)}</span></h1>
<div class='sub'><b>{author}</b> wants to merge <code>fix/rates-timeout</code> into <code>main</code> · 3 files · +{r.randint(20, 60)} −{r.randint(3, 15)}</div></div>
<div class='wrap'><div class='main'><div class='fh'>src/fx/client.py</div>{dl}
<div class='cm'><b>{revs[2]}</b> · on line 42<br>Is {new_to}s not too long for a request in the checkout path? Maybe make it configurable.</div></div>
<div class='side'><b>Reviewers</b>{rv}<b>Builds</b><div class='bd'>✔ 2 of 2 passed</div></div></div>"""
    css = """body{font-family:'Open Sans';font-size:14px;color:#172b4d;background:#fff}.hd{padding:14px 22px;border-bottom:1px solid #dfe1e6}.bc{color:#5e6c84;font-size:12.5px}
h1{font-size:21px;margin:6px 0}.id{color:#5e6c84;font-weight:400}.sub{color:#42526e}code{background:#f4f5f7;padding:1px 5px}
.wrap{display:flex;gap:20px;padding:16px 22px}.main{flex:1;border:1px solid #dfe1e6;border-radius:4px;overflow:hidden}.fh{background:#f4f5f7;padding:8px 12px;font-weight:600}
.dl{font-family:'DejaVu Sans Mono';font-size:13px;white-space:pre;padding:2px 0}.dl.a{background:#e3fcef}.dl.d{background:#ffebe6}
.ln{display:inline-block;width:44px;text-align:right;color:#97a0af;padding-right:10px}.k{display:inline-block;width:16px}
.cm{margin:8px 14px 12px 70px;border:1px solid #dfe1e6;border-radius:4px;padding:8px 10px;background:#fafbfc}
.side{width:280px}.side b{display:block;margin:6px 0}.rv{display:flex;align-items:center;gap:8px;padding:5px 0}.av{width:26px;height:26px;border-radius:50%;background:#dfe1e6;display:inline-flex;align-items:center;justify-content:center;font-weight:700}
.s{margin-left:auto;font-size:12px;padding:1px 7px;border-radius:3px;background:#f4f5f7}.bd{color:#006644}"""
    for i, st in enumerate(states):
        css += f".s{i}{{background:{ {'Approved': '#e3fcef;color:#006644', 'Needs work': '#fffae6;color:#974f0c', 'Pending': '#f4f5f7'}[st]}}}"
    render_html(s, html, css, 1150)
    s.q("what did the timeout get changed to (from/to)?", f"from {old_to} to {new_to}", "text", "lookup")
    s.q("How many reviewers have approved?", 2, "count", "count")
    nw = revs[states.index("Needs work")]
    s.q("who marked the PR as needs work", nw, "person", "party", literal=True)
    return s


# ------------------------------------------------------------------ team chat (Slack-like)
def w_chat():
    s = Scene("web_team_chat", "app", "team chat desktop app (Slack-like): channels with unread badges and messages",
              "chromium", "aubergine sidebar, white pane, Lato", "8 channels with unread counts, 8 messages with times")
    r = rng(s.name)
    chans = ["general", "deploys", "design-crit", "support-tier2", "random", "hiring", "infra-alerts", "london-office"]
    unread = [r.choice([0, 0, 2, 3, 5, 7, 12, 21]) for _ in chans]
    unread[1] = 0
    ppl = people(r, 4)
    msgs = ["Deploying api v4.18.2 to staging now", "Staging looks good, smoke tests green ✅",
            "Rolling to prod at 15:30 unless anyone objects", "Hold on — migration 0087 locks the orders table",
            "Good catch. Can we run it in the maintenance window?", "Window is 22:00–23:00 tonight",
            "OK, moving the prod deploy to 22:00", "👍 I'll be on call"]
    t0 = dt.datetime(2025, 11, 12, 14, r.randint(0, 20))
    lines = []
    for k, m in zip([0, 1, 0, 2, 0, 3, 0, 1], msgs):
        t0 += dt.timedelta(minutes=r.randint(1, 9))
        lines.append((ppl[k], t0.strftime("%H:%M"), m))
    ch = "".join(f"<div class='c {'on' if i == 1 else ''} {'b' if u else ''}'># {c}{f'<span>{u}</span>' if u else ''}</div>" for i, (c, u) in enumerate(zip(chans, unread)))
    ms = "".join(f"<div class='m'><div class='av'>{p[0]}</div><div><b>{p}</b> <span class='t'>{t}</span><div>{m}</div></div></div>" for p, t, m in lines)
    html = f"""<div class='app'><div class='sd'><div class='ws'>Fernhill Labs ▾</div>{ch}</div><div class='mn'><div class='ch'># deploys</div>{ms}<div class='inp'>Message #deploys</div></div></div>"""
    css = """body{font-family:Lato;font-size:14.5px;color:#1d1c1d}.app{display:flex}.sd{width:230px;background:#3f0e40;color:#cfc3cf;padding-bottom:20px}
.ws{color:#fff;font-weight:900;padding:14px 16px;border-bottom:1px solid #5d2c5d;margin-bottom:8px}.c{padding:5px 16px;display:flex}
.c span{margin-left:auto;background:#e01e5a;color:#fff;border-radius:9px;padding:0 7px;font-size:12px;font-weight:700}.c.b{color:#fff;font-weight:700}.c.on{background:#1164a3;color:#fff}
.mn{flex:1;background:#fff}.ch{font-weight:900;padding:14px 18px;border-bottom:1px solid #ddd}.m{display:flex;gap:10px;padding:8px 18px}
.av{width:36px;height:36px;border-radius:6px;background:#e8d5b9;display:flex;align-items:center;justify-content:center;font-weight:900;flex:none}
.t{color:#616061;font-size:12px}.inp{margin:10px 18px;border:1px solid #bbb;border-radius:8px;padding:10px;color:#888}"""
    render_html(s, html, css, 1000)
    mx = max(range(len(chans)), key=lambda i: unread[i])
    if unread.count(unread[mx]) == 1:
        s.q("Which channel has the most unread messages?", chans[mx], "text", "argmax", literal=True)
    else:
        s.q("How many channels have unread messages?", sum(1 for u in unread if u), "count", "count")
    s.q("what time is the prod deploy now planned for?", "22:00", "time", "lookup", literal=True)
    s.q("Who flagged the problem with migration 0087, and at what time?", f"{lines[3][0]} at {lines[3][1]}", "text", "party")
    return s


# ------------------------------------------------------------------ sales dashboard
def w_dash():
    s = Scene("web_dashboard_tickets", "dashboard", "customer-support dashboard: KPI tiles and agent table", "chromium",
              "light grey, blue/red deltas, Roboto", "4 KPI tiles with week-on-week deltas, 7 agents with solved/CSAT/first reply")
    r = rng(s.name)
    ppl = people(r, 7)
    agents = [(p, r.randint(40, 160), round(r.uniform(82, 99), 1), r.randint(3, 55)) for p in ppl]
    kp = [("Open tickets", r.randint(120, 400), r.randint(-15, 15)), ("Solved this week", sum(a[1] for a in agents), r.randint(-10, 20)),
          ("Median first reply", f"{r.randint(8, 40)} min", r.randint(-20, 20)), ("CSAT", f"{round(sum(a[2] for a in agents) / 7, 1)}%", r.randint(-3, 3))]
    tiles = "".join(f"<div class='k'><small>{a}</small><div class='v'>{b}</div><div class='d {'up' if c >= 0 else 'dn'}'>{'▲' if c >= 0 else '▼'} {abs(c)}% vs last week</div></div>" for a, b, c in kp)
    trs = "".join(f"<tr><td>{p}</td><td class='r'>{a}</td><td class='r'>{b}%</td><td class='r'>{c} min</td></tr>" for p, a, b, c in agents)
    html = f"""<div class='top'><b>Helpdesk · Insights</b><span>Week 46 · 10–16 Nov 2025</span></div><div class='ks'>{tiles}</div>
<div class='pn'><h3>Agents</h3><table class='t'><thead><tr><th>Agent</th><th class='r'>Solved</th><th class='r'>CSAT</th><th class='r'>Median first reply</th></tr></thead><tbody>{trs}</tbody></table></div>"""
    css = """body{font-family:Roboto;font-size:14px;background:#eef1f5;color:#1f2d3d;padding:0 0 10px}.top{display:flex;justify-content:space-between;padding:14px 22px;background:#fff;border-bottom:1px solid #dde3ea}
.ks{display:grid;grid-template-columns:repeat(4,1fr);gap:14px;padding:16px 22px}.k{background:#fff;border-radius:8px;padding:14px}.k small{color:#6b7c93}
.v{font-size:28px;font-weight:700;margin:4px 0}.d{font-size:12.5px}.up{color:#1a7f37}.dn{color:#cf222e}.pn{background:#fff;margin:0 22px;border-radius:8px;padding:12px 16px}
h3{margin:0 0 8px}.t{width:100%}.t th{text-align:left;color:#6b7c93;font-weight:500;border-bottom:1px solid #e3e8ee;padding:6px}.t td{padding:7px 6px;border-bottom:1px solid #f0f2f5}.r{text-align:right!important}"""
    render_html(s, html, css, 1050)
    best = max(agents, key=lambda x: x[1])
    s.q("which agent solved the most tickets this week?", best[0], "person", "argmax", literal=True)
    fast = min(agents, key=lambda x: x[3])
    s.q("Who has the quickest median first reply?", fast[0], "person", "argmin", literal=True)
    s.q("is the number of open tickets up or down vs last week, and by how much?",
        f"{'up' if kp[0][2] >= 0 else 'down'} {abs(kp[0][2])}%", "text", "trend")
    return s


# ------------------------------------------------------------------ mobile banking app
def w_bank():
    s = Scene("app_bank_activity", "app", "mobile banking app: card activity list (light, NZD)", "chromium",
              "light, green brand, Open Sans", "balance card, 9 transactions grouped by day with amounts and categories")
    r = rng(s.name)
    shops = [("FreshWay Ponsonby", "Groceries"), ("Tui Fuels Grey Lynn", "Fuel"), ("Harbour Transit card top-up", "Transport"),
             ("Kōwhai Coffee Co", "Eating out"), ("Pūriri Broadband", "Bills"), ("Salary — Tiritiri Design", "Income"),
             ("Homeware Depot Newmarket", "Shopping"), ("Value Basket Mt Albert", "Groceries"), ("Streamly subscription", "Bills")]
    r.shuffle(shops)
    tx = []
    day = dt.date(2025, 8, 22)
    for i, (n, c) in enumerate(shops):
        if i and r.random() < 0.55:
            day -= dt.timedelta(days=1)
        amt = round(r.uniform(3800, 5200), 2) if c == "Income" else -round(r.uniform(4.5, 180), 2)
        tx.append((day, n, c, amt))
    bal = round(r.uniform(1200, 6000), 2)
    grouped, last = "", None
    for d, n, c, a in tx:
        if d != last:
            grouped += f"<div class='dh'>{d:%A %d %B}</div>"
            last = d
        grouped += f"<div class='tx'><div class='ic'>{c[0]}</div><div class='n'>{n}<small>{c}</small></div><div class='a {'p' if a > 0 else ''}'>{'+' if a > 0 else '−'}${abs(a):,.2f}</div></div>"
    html = f"""<div class='ph'><div class='hd'><small>Everyday account</small><div class='b'>${bal:,.2f}</div><small>Available balance</small></div>
<div class='tabs'><span class='on'>Activity</span><span>Pending</span><span>Statements</span></div>{grouped}</div>"""
    css = """body{font-family:'Open Sans';background:#ddd}.ph{width:390px;background:#fff;font-size:14px;color:#1b1b1b;padding-bottom:8px}
.hd{background:#00754a;color:#fff;padding:22px 20px}.b{font-size:30px;font-weight:700;margin:4px 0}.tabs{display:flex;gap:22px;padding:12px 20px;border-bottom:1px solid #e5e5e5}
.tabs .on{color:#00754a;font-weight:700;border-bottom:2px solid #00754a}.dh{background:#f4f4f4;padding:6px 20px;font-size:12.5px;color:#555;font-weight:600}
.tx{display:flex;align-items:center;gap:12px;padding:9px 20px;border-bottom:1px solid #f0f0f0}.ic{width:32px;height:32px;border-radius:50%;background:#e6f2ec;color:#00754a;display:flex;align-items:center;justify-content:center;font-weight:700}
.n{flex:1}.n small{display:block;color:#777;font-size:12px}.a{font-weight:600}.a.p{color:#00754a}"""
    render_html(s, html, css, 390, 1200)
    sp = [x for x in tx if x[3] < 0]
    big = min(sp, key=lambda x: x[3])
    s.q("What's my biggest spend in this list?", f"{big[1]}, ${abs(big[3]):,.2f}", "text", "argmax")
    g = sum(-x[3] for x in tx if x[2] == "Groceries")
    s.q("how much went on groceries altogether?", money(g), "money", "sum")
    inc = [x for x in tx if x[2] == "Income"][0]
    s.q("When did the salary come in?", f"{inc[0]:%A %d %B}", "date", "lookup", literal=True)
    return s


# ------------------------------------------------------------------ router wifi settings
def w_router():
    s = Scene("web_router_wifi", "settings", "home router admin: wireless settings", "chromium",
              "light, dark-blue header, Liberation Sans", "SSID fields for 2.4/5 GHz, security select, channel, toggles, radios")
    r = rng(s.name)
    ssid = r.choice(["Kowhai-Home", "Casa_Lumen", "Birchwood_5G", "LoftNet"])
    ch24 = r.choice([1, 6, 11])
    ch5 = r.choice([36, 44, 100, 149])
    widths = ["20 MHz", "40 MHz", "80 MHz", "160 MHz"]
    wsel = r.randrange(4)
    tg = [("Smart Connect (band steering)", r.random() < 0.5), ("WPS", False), ("Guest network", r.random() < 0.5),
          ("Hide SSID", False), ("Airtime fairness", r.random() < 0.5), ("Schedule (Wi-Fi off 00:00–06:00)", r.random() < 0.5)]
    secs = ["WPA2-Personal", "WPA2/WPA3-Personal", "WPA3-Personal"]
    ssel = r.randrange(3)
    rows = "".join(f"<div class='rw'><span>{a}</span>{toggle(b)}</div>" for a, b in tg)
    rad = "".join(f"<label><span class='rd {'on' if i == wsel else ''}'></span>{w}</label>" for i, w in enumerate(widths))
    html = f"""<div class='hd'><b>NETHAVEN AX3000</b><span>Status · Internet · <u>Wireless</u> · LAN · Security · System</span></div>
<div class='wrap'><div class='col'><h3>2.4 GHz</h3><label class='f'>Network name (SSID)<div class='in'>{ssid}</div></label>
<label class='f'>Channel<div class='in sel'>{ch24} ▾</div></label><label class='f'>Security<div class='in sel'>{secs[ssel]} ▾</div></label>
<h3>5 GHz</h3><label class='f'>Network name (SSID)<div class='in'>{ssid}-5G</div></label><label class='f'>Channel<div class='in sel'>{ch5} ▾</div></label>
<div class='f'>Channel width</div><div class='rads'>{rad}</div></div><div class='col'><h3>Options</h3>{rows}<div class='btns'><span class='b1'>Cancel</span><span class='b2'>Apply</span></div></div></div>"""
    css = TOGGLE_CSS.replace("VAR", "#0b5cad") + """body{font-family:'Liberation Sans';font-size:14px;color:#222;background:#f2f4f7}
.hd{background:#0b2545;color:#fff;padding:12px 22px;display:flex;gap:40px;align-items:center}.hd b{font-size:18px}
.wrap{display:flex;gap:22px;padding:18px 22px}.col{flex:1;background:#fff;border-radius:6px;padding:10px 20px 18px;border:1px solid #dde}h3{margin:8px 0;color:#0b2545}
.f{display:block;font-size:12.5px;color:#555;margin:8px 0}.in{border:1px solid #bbc;padding:7px 9px;border-radius:4px;font-size:14px;color:#222;margin-top:3px}
.rads{display:flex;gap:16px}label{display:flex;align-items:center;gap:6px}.rd{width:16px;height:16px;border-radius:50%;border:2px solid #889}.rd.on{border:5px solid #0b5cad}
.rw{display:flex;justify-content:space-between;align-items:center;padding:10px 0;border-bottom:1px solid #eee}.btns{display:flex;gap:10px;justify-content:flex-end;margin-top:16px}
.b1,.b2{padding:7px 16px;border-radius:4px;border:1px solid #0b5cad;color:#0b5cad}.b2{background:#0b5cad;color:#fff}
label.f{display:block}"""
    render_html(s, html, css, 1000)
    s.q("what channel is the 5 GHz network on?", ch5, "number", "lookup", literal=True)
    s.q("Which channel width is selected?", widths[wsel], "text", "selected", literal=True)
    s.q("Is WPS turned on?", "no", "yesno", "state_yesno")
    return s


# ------------------------------------------------------------------ kanban board
def w_kanban():
    s = Scene("web_kanban_board", "web", "kanban board (Trello-like) with labels, due dates and avatars", "chromium",
              "blue board background, white cards, Noto Sans", "4 lists, 12 cards with labels, due dates, assignee initials")
    r = rng(s.name)
    lists = ["Ideas", "This week", "Waiting on client", "Done"]
    titles = ["Menu photos for spring", "Update allergen sheet", "Quote for catering 14 Mar", "Fix booking form on mobile",
              "Order new aprons", "Instagram reel: pasta night", "Renew hygiene certificate", "Supplier price review",
              "Staff rota April", "Gift voucher design", "Wine list reprint", "Deep-clean extraction hood"]
    cards = {l: [] for l in lists}
    lbls = [("Marketing", "#61bd4f"), ("Admin", "#f2d600"), ("Urgent", "#eb5a46"), ("Kitchen", "#0079bf")]
    for t in titles:
        l_ = r.choice(lists)
        due = dt.date(2026, 3, r.randint(2, 31))
        lb = r.choice(lbls)
        cards[l_].append((t, due, lb, r.choice(["AK", "MJ", "TR", "SP"])))
    cols = ""
    for l_ in lists:
        cs = "".join(f"<div class='cd'><span class='lb' style='background:{lb[1]}'>{lb[0]}</span><div>{t}</div><div class='ft'><span>🕑 {d:%d %b}</span><span class='av'>{a}</span></div></div>" for t, d, lb, a in cards[l_])
        cols += f"<div class='ls'><b>{l_} <i>{len(cards[l_])}</i></b>{cs}<div class='add'>+ Add a card</div></div>"
    html = f"<div class='top'>Osteria Bellaluna · Operations</div><div class='bd'>{cols}</div>"
    css = """body{font-family:'Noto Sans';font-size:13.5px;background:#0067a3;color:#172b4d}.top{color:#fff;font-weight:700;font-size:18px;padding:12px 16px;background:#0005}
.bd{display:flex;gap:12px;padding:12px;align-items:flex-start}.ls{width:260px;background:#ebecf0;border-radius:8px;padding:8px}.ls b{display:block;padding:4px 6px 8px}.ls i{font-style:normal;color:#5e6c84;font-weight:400}
.cd{background:#fff;border-radius:6px;padding:8px;margin-bottom:8px;box-shadow:0 1px 0 #091e4240}.lb{display:inline-block;color:#fff;font-size:11px;font-weight:700;padding:1px 8px;border-radius:4px;margin-bottom:4px}
.ft{display:flex;justify-content:space-between;margin-top:6px;color:#5e6c84;font-size:12px}.av{background:#dfe1e6;border-radius:50%;padding:2px 5px;font-weight:700;color:#172b4d}.add{color:#5e6c84;padding:4px 6px}"""
    render_html(s, html, css, 1140)
    wk = "This week"
    s.q("How many cards are in 'This week'?", len(cards[wk]), "count", "count")
    allc = [(t, d, l_) for l_ in lists for t, d, *_ in cards[l_] if l_ != "Done"]
    first = min(allc, key=lambda x: x[1])
    if sum(1 for x in allc if x[1] == first[1]) == 1:
        s.q("which card that isn't done yet is due first?", first[0], "text", "earliest", literal=True)
    else:
        s.q("how many cards are already Done?", len(cards["Done"]), "count", "count")
    urg = [(t, l_) for l_ in lists for t, d, lb, a in cards[l_] if lb[0] == "Urgent"]
    if urg:
        s.q("Which list is the '" + urg[0][0] + "' card in?", urg[0][1], "text", "locate", literal=True)
    else:
        s.q("Is there a card about wine?", "yes", "yesno", "exists")
    return s


# ------------------------------------------------------------------ fitness app
def w_fitness():
    s = Scene("app_running_log", "app", "mobile running app: weekly log (dark)", "chromium", "dark, lime accent, Lato",
              "weekly summary, 6 runs with distance, pace, time, elevation")
    r = rng(s.name)
    days = ["Mon 3 Nov", "Tue 4 Nov", "Thu 6 Nov", "Fri 7 Nov", "Sat 8 Nov", "Sun 9 Nov"]
    names = ["Easy run", "Intervals 6×800 m", "Tempo", "Recovery jog", "Parkrun", "Long run"]
    runs = []
    for d, n in zip(days, names):
        km = round({"Long run": r.uniform(16, 24), "Parkrun": 5.0, "Recovery jog": r.uniform(4, 6)}.get(n, r.uniform(6, 11)), 2)
        pace = r.randint(255, 390)  # sec/km
        secs = int(km * pace)
        runs.append((d, n, km, pace, secs, r.randint(20, 240)))

    def hms(x):
        return f"{x // 3600}:{x % 3600 // 60:02d}:{x % 60:02d}" if x >= 3600 else f"{x // 60}:{x % 60:02d}"
    tot = round(sum(x[2] for x in runs), 2)
    its = "".join(f"<div class='r'><div class='d'>{d}</div><div class='n'>{n}</div><div class='g'><span><b>{km:.2f}</b> km</span><span><b>{p // 60}:{p % 60:02d}</b> /km</span><span><b>{hms(t)}</b></span><span>↑ {e} m</span></div></div>" for d, n, km, p, t, e in runs)
    html = f"""<div class='ph'><div class='hd'>This week<div class='big'>{tot:.2f} km</div><div class='sm'>6 runs · {hms(sum(x[4] for x in runs))} · ↑ {sum(x[5] for x in runs)} m</div></div>{its}</div>"""
    css = """body{background:#000;font-family:Lato}.ph{width:390px;background:#111418;color:#e8e8e8;padding-bottom:10px;font-size:14px}
.hd{padding:20px;background:linear-gradient(#1f2a10,#111418)}.big{font-size:34px;font-weight:900;color:#c6f432}.sm{color:#aaa}
.r{margin:8px 12px;background:#1b1f24;border-radius:10px;padding:10px 12px}.d{color:#888;font-size:12px}.n{font-weight:700;margin:2px 0 6px}
.g{display:flex;justify-content:space-between;font-size:13px;color:#bbb}.g b{color:#fff;font-size:15px}"""
    render_html(s, html, css, 390, 1100)
    fast = min(runs, key=lambda x: x[3])
    s.q("Which run had the fastest pace?", fast[1], "text", "argmin", literal=True)
    s.q("total distance this week?", f"{tot:.2f} km", "text", "lookup", literal=True)
    hi = max(runs, key=lambda x: x[5])
    s.q("On which day did I climb the most?", hi[0], "date", "argmax", literal=True)
    return s


# ------------------------------------------------------------------ status page
def w_status():
    s = Scene("web_status_page", "web", "public service status page with component states and incident history", "chromium",
              "white, green/amber/red, Source-like (Noto Sans)", "banner, 8 components with states, 3 incidents with times (UTC)")
    r = rng(s.name)
    comps = ["Website", "REST API", "Webhooks", "Dashboard", "Payments", "Email delivery", "Search", "File uploads"]
    st = ["Operational"] * 8
    deg = r.sample(range(8), 2)
    st[deg[0]] = "Degraded performance"
    st[deg[1]] = "Partial outage"
    col = {"Operational": "#1a7f37", "Degraded performance": "#bf8700", "Partial outage": "#d1242f"}
    cs = "".join(f"<div class='c'><span>{c}</span><span style='color:{col[x]}'>{x}</span></div>" for c, x in zip(comps, st))
    inc = [(f"Elevated error rates on {comps[deg[1]]}", "Investigating", "Nov 18, 09:41 UTC"),
           (f"Slow responses on {comps[deg[0]]}", "Monitoring", "Nov 18, 07:12 UTC"),
           ("Scheduled database maintenance", "Completed", "Nov 16, 02:00 UTC")]
    ih = "".join(f"<div class='i'><b>{a}</b><div><span class='tag'>{b}</span> · {c}</div></div>" for a, b, c in inc)
    html = f"""<div class='w'><div class='lg'>▲ Quillstack</div><div class='bn'>Some systems are experiencing issues</div>
<div class='cs'>{cs}</div><h3>Recent incidents</h3>{ih}<div class='ft'>Uptime last 90 days: 99.93%</div></div>"""
    css = """body{font-family:'Noto Sans';background:#f6f8fa;color:#24292f;font-size:14.5px}.w{width:820px;margin:0 auto;padding:20px}
.lg{font-size:22px;font-weight:700;margin-bottom:12px}.bn{background:#bf8700;color:#fff;padding:14px 18px;border-radius:6px;font-weight:700}
.cs{background:#fff;border:1px solid #d0d7de;border-radius:6px;margin-top:14px}.c{display:flex;justify-content:space-between;padding:11px 16px;border-bottom:1px solid #eaeef2}
h3{margin:20px 0 8px}.i{background:#fff;border:1px solid #d0d7de;border-radius:6px;padding:10px 14px;margin-bottom:8px}.tag{font-weight:700}.ft{color:#57606a;margin-top:12px}"""
    render_html(s, html, css, 860)
    s.q("which component has a partial outage?", comps[deg[1]], "text", "lookup", literal=True)
    s.q("How many components are fully operational?", 6, "count", "count")
    s.q("when did the slow-responses incident start?", "Nov 18, 07:12 UTC", "time", "lookup", literal=True)
    return s


# ------------------------------------------------------------------ weather/air quality? -> spreadsheet-like grades app
def w_sheet():
    s = Scene("web_sheet_grades", "spreadsheet", "web spreadsheet: class marks with formula bar and selected cell", "chromium",
              "light, green header (Sheets-like), Roboto", "9 students × 4 assessments, weighted final column, active cell")
    r = rng(s.name)
    ppl = people(r, 9)
    rows = []
    for p in ppl:
        m = [r.randint(48, 98) for _ in range(4)]
        fin = round(m[0] * 0.2 + m[1] * 0.2 + m[2] * 0.25 + m[3] * 0.35, 1)
        rows.append((p, m, fin))
    act = r.randrange(9)
    hdr = "".join(f"<th>{c}</th>" for c in ["", "A", "B", "C", "D", "E", "F"])
    body = "<tr><td class='rn'>1</td><td><b>Student</b></td><td><b>Quiz 1 (20%)</b></td><td><b>Quiz 2 (20%)</b></td><td><b>Project (25%)</b></td><td><b>Exam (35%)</b></td><td><b>Final</b></td></tr>"
    for i, (p, m, f) in enumerate(rows):
        body += f"<tr><td class='rn'>{i + 2}</td><td>{p}</td>" + "".join(f"<td class='n'>{x}</td>" for x in m) + f"<td class='n {'act' if i == act else ''}'>{f}</td></tr>"
    html = f"""<div class='tb'><b>Year 10 Chemistry – marks</b><span>File Edit View Insert Format Data</span></div>
<div class='fx'><span class='nm'>F{act + 2}</span><span>fx</span><span>=B{act + 2}*0.2+C{act + 2}*0.2+D{act + 2}*0.25+E{act + 2}*0.35</span></div>
<table class='g'><thead><tr>{hdr}</tr></thead><tbody>{body}</tbody></table>"""
    css = """body{font-family:Roboto;font-size:13.5px;background:#fff;color:#202124}.tb{display:flex;gap:30px;padding:10px 14px;align-items:center}.tb b{font-size:17px}
.fx{display:flex;gap:14px;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0;padding:5px 12px;font-family:'DejaVu Sans Mono';font-size:13px}.nm{width:50px;border-right:1px solid #dadce0}
.g{border-collapse:collapse}.g th{background:#f8f9fa;border:1px solid #dadce0;font-weight:400;color:#5f6368;padding:3px;width:128px}.g th:first-child{width:40px}
.g td{border:1px solid #e2e3e3;padding:4px 7px;height:24px}.rn{background:#f8f9fa;color:#5f6368;text-align:center}.n{text-align:right}
.act{outline:2px solid #1a73e8;outline-offset:-2px;background:#e8f0fe}"""
    render_html(s, html, css, 960)
    top = max(rows, key=lambda x: x[2])
    s.q("Who has the highest final mark?", top[0], "person", "argmax", literal=True)
    s.q("which cell is selected and whose final mark is it", f"F{act + 2}, {rows[act][0]}", "text", "selected")
    ex = min(rows, key=lambda x: x[1][3])
    if sum(1 for x in rows if x[1][3] == ex[1][3]) == 1:
        s.q("lowest exam score — who and how much?", f"{ex[0]}, {ex[1][3]}", "text", "argmin")
    else:
        s.q("What's the average of the Exam column?", f"{sum(x[1][3] for x in rows) / 9:.1f}", "number", "mean")
    return s


# ------------------------------------------------------------------ slides
SLIDE_CSS = "body{width:1280px;height:720px;overflow:hidden}"


def sl_status():
    s = Scene("slide_project_rag", "slide", "slide: project status table with RAG dots", "chromium",
              "white, teal title bar, Lato", "6 workstreams with owner, RAG status, % complete, next milestone date")
    r = rng(s.name)
    ppl = people(r, 6)
    ws = ["Data migration", "Payments integration", "Mobile app", "Training", "Security review", "Go-live comms"]
    rag = [r.choice(["Green", "Green", "Amber", "Red"]) for _ in ws]
    if "Red" not in rag:
        rag[r.randrange(6)] = "Red"
    pct = [r.randint(15, 95) for _ in ws]
    ms = [dt.date(2026, r.randint(2, 6), r.randint(1, 28)) for _ in ws]
    cc = {"Green": "#2e9e5b", "Amber": "#f0a020", "Red": "#d64541"}
    trs = "".join(f"<tr><td>{w}</td><td>{p}</td><td><span class='dot' style='background:{cc[g]}'></span>{g}</td><td>{c}%</td><td>{m:%d %b %Y}</td></tr>" for w, p, g, c, m in zip(ws, ppl, rag, pct, ms))
    html = f"""<div class='s'><div class='tt'>Programme status — week 7</div><table class='t'><thead><tr><th>Workstream</th><th>Owner</th><th>Status</th><th>Complete</th><th>Next milestone</th></tr></thead><tbody>{trs}</tbody></table>
<div class='ft'><span>Project Larkspur · Steering committee</span><span>7</span></div></div>"""
    css = SLIDE_CSS + """body{font-family:Lato;color:#1d2b36}.s{width:1280px;height:720px;background:#fff;position:relative}.tt{background:#0f766e;color:#fff;font-size:38px;font-weight:700;padding:28px 50px}
.t{margin:34px 50px;width:1180px;font-size:22px}.t th{text-align:left;border-bottom:3px solid #0f766e;padding:10px;color:#0f766e}.t td{padding:12px 10px;border-bottom:1px solid #ddd}
.dot{display:inline-block;width:16px;height:16px;border-radius:50%;margin-right:10px;vertical-align:-1px}.ft{position:absolute;bottom:18px;left:50px;right:50px;display:flex;justify-content:space-between;color:#888;font-size:16px}"""
    render_html(s, html, css, 1280, 720, trim=False)
    reds = [w for w, g in zip(ws, rag) if g == "Red"]
    s.q("Which workstreams are red?", ", ".join(reds), "text", "lookup")
    lo = min(range(6), key=lambda i: pct[i])
    s.q("what's the least complete workstream and who owns it", f"{ws[lo]}, {ppl[lo]}", "text", "argmin")
    k = r.randrange(6)
    s.q(f"When is the next milestone for {ws[k]}?", f"{ms[k]:%d %b %Y}", "date", "lookup", literal=True)
    return s


def sl_compare():
    s = Scene("slide_vendor_compare", "slide", "slide: two-vendor comparison with ticks/crosses and costs", "chromium",
              "dark charcoal, yellow accents, Roboto Condensed", "2 vendor columns × 7 criteria, 3-year cost, recommendation")
    r = rng(s.name)
    crit = ["SSO / SAML", "EU data residency", "Offline mode", "Open API", "24/7 phone support", "Audit log export", "Custom roles"]
    a = [r.random() < 0.7 for _ in crit]
    b = [r.random() < 0.6 for _ in crit]
    ca, cb = r.randint(80, 160) * 1000, r.randint(80, 160) * 1000
    mk = lambda v: "<span class='y'>✔</span>" if v else "<span class='n'>✘</span>"  # noqa: E731
    trs = "".join(f"<tr><td>{c}</td><td>{mk(x)}</td><td>{mk(y)}</td></tr>" for c, x, y in zip(crit, a, b))
    rec = "Brightwell" if sum(a) >= sum(b) else "Ostrander"
    html = f"""<div class='s'><h1>Field-service platform: shortlist</h1><table class='t'><thead><tr><th></th><th>Brightwell FSM</th><th>Ostrander Cloud</th></tr></thead>
<tbody>{trs}<tr class='c'><td>3-year cost</td><td>€{ca:,}</td><td>€{cb:,}</td></tr></tbody></table>
<div class='rec'>Recommendation: <b>{rec}</b> — best coverage of must-have criteria</div><div class='pg'>12</div></div>"""
    css = SLIDE_CSS + """body{font-family:'Roboto Condensed';color:#f2f2f2}.s{width:1280px;height:720px;background:#23262b;padding:36px 60px;position:relative}
h1{margin:0 0 20px;font-size:42px;color:#ffd23f}.t{width:900px;font-size:23px}.t th{text-align:center;padding:8px;color:#ffd23f;border-bottom:2px solid #ffd23f}.t th:first-child{text-align:left}
.t td{padding:7px 10px;border-bottom:1px solid #3c4047;text-align:center}.t td:first-child{text-align:left}.y{color:#4cd964}.n{color:#ff5b5b}.c td{font-weight:700;border-top:2px solid #666}
.rec{margin-top:18px;font-size:22px;background:#ffd23f22;border-left:5px solid #ffd23f;padding:10px 16px;width:900px}.pg{position:absolute;right:40px;bottom:20px;color:#888}"""
    render_html(s, html, css, 1280, 720, trim=False)
    cheaper = "Brightwell FSM" if ca < cb else "Ostrander Cloud"
    s.q("which vendor is cheaper over 3 years?", cheaper, "text", "choice_less", literal=True)
    s.q("How big is the 3-year cost difference in euros?", abs(ca - cb), "money", "difference")
    k = next((i for i in range(7) if a[i] != b[i]), 2)
    s.q(f"Does Ostrander Cloud support {crit[k]}?", "yes" if b[k] else "no", "yesno", "state_yesno")
    return s


def sl_funnel():
    s = Scene("slide_hiring_numbers", "slide", "slide: hiring pipeline figures as big-number tiles plus bullets", "chromium",
              "purple gradient, white text, URW Gothic", "5 stage tiles with counts, conversion bullets")
    r = rng(s.name)
    n = [r.randint(900, 1600)]
    for f in (0.28, 0.4, 0.35, 0.7):
        n.append(int(n[-1] * r.uniform(f * 0.8, f * 1.2)))
    stages = ["Applications", "Phone screens", "Interviews", "Offers", "Hires"]
    tiles = "".join(f"<div class='tl'><div class='v'>{v:,}</div><div>{st}</div></div>" for v, st in zip(n, stages))
    html = f"""<div class='s'><div class='k'>TALENT · H2 2025</div><h1>Engineering hiring pipeline</h1><div class='tls'>{tiles}</div>
<ul><li>Offer acceptance rate: {round(100 * n[4] / n[3])}%</li><li>Median time to hire: {r.randint(24, 45)} days</li><li>Referrals made up {r.randint(18, 35)}% of hires</li></ul></div>"""
    css = SLIDE_CSS + """body{font-family:'URW Gothic';color:#fff}.s{width:1280px;height:720px;background:linear-gradient(120deg,#3b0a6b,#8e2de2);padding:50px 70px}
.k{letter-spacing:4px;font-size:18px;opacity:.8}h1{font-size:50px;margin:10px 0 36px}.tls{display:flex;gap:20px}.tl{flex:1;background:#ffffff1f;border-radius:14px;padding:22px;font-size:20px}
.v{font-size:46px;font-weight:700}ul{font-size:26px;margin-top:40px;line-height:1.7}"""
    render_html(s, html, css, 1280, 720, trim=False)
    s.q("How many hires were made?", n[4], "count", "lookup", literal=True)
    s.q("what share of applications got a phone screen? (percent)", f"{100 * n[1] / n[0]:.1f}", "percent", "share")
    s.q("How many interviewed candidates did not get an offer?", n[2] - n[3], "count", "subtract")
    return s


ALL = [w_settings, w_mail, w_issues, w_files, w_calendar, w_shop, w_orders, w_player, w_review, w_chat, w_dash, w_bank,
       w_router, w_kanban, w_fitness, w_status, w_sheet, sl_status, sl_compare, sl_funnel]
