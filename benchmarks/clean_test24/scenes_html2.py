"""More HTML+CSS scenes rendered with headless chromium."""
import datetime as dt
import random

from common import Scene, esc, render_html


def _r(seed, name):
    return random.Random(f"{seed}-{name}")


def page(body, css, bg="#ffffff", fontfam="Lato, sans-serif", fg="#222"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} body{{margin:0;background:{bg};color:{fg};font-family:{fontfam};}}
{css}</style></head><body>{body}</body></html>"""


def cricket_table(seed):
    r = _r(seed, "cricket")
    s = Scene("table_cricket_points.png", "T20 cricket league points table with NRR and form", "table", "light (green header)", "chromium",
              "8 teams: played/won/lost/NR, points, net run rate, last-5 form")
    teams = ["Colombo Kings", "Lahore Falcons", "Dhaka Tigers", "Chennai Chargers", "Karachi Storm", "Kandy Lions", "Sylhet Strikers", "Mumbai Mavericks"]
    rows = []
    for t in teams:
        m = 10
        nr = r.choice([0, 0, 0, 1])
        w = r.randint(2, 8)
        w = min(w, m - nr)
        l = m - w - nr
        rows.append(dict(t=t, m=m, w=w, l=l, nr=nr, pts=2 * w + nr, nrr=round(r.uniform(-1.4, 1.5), 3)))
    rows.sort(key=lambda x: (-x["pts"], -x["nrr"]))
    form = lambda: "".join(f"<i class=f{c}>{c.upper()}</i>" for c in r.choices(["w", "l"], k=5))
    trs = "".join(f"<tr><td>{i}</td><td class=tm>{x['t']}</td><td>{x['m']}</td><td>{x['w']}</td><td>{x['l']}</td><td>{x['nr']}</td><td><b>{x['pts']}</b></td><td>{x['nrr']:+.3f}</td><td>{form()}</td></tr>" for i, x in enumerate(rows, 1))
    body = f"""<div class=w><h2>Asia T20 Champions League 2025 — Points Table</h2><table><tr><th>#</th><th class=tm>Team</th><th>M</th><th>W</th><th>L</th><th>NR</th><th>Pts</th><th>NRR</th><th>Last 5</th></tr>{trs}</table>
<p class=note>Top four qualify for the playoffs. NR = no result.</p></div>"""
    css = """.w{padding:24px;width:1000px}h2{color:#14532d;margin:0 0 14px}table{width:100%;border-collapse:collapse;font-size:15px}th{background:#166534;color:#fff;padding:9px}td{padding:8px;text-align:center;border-bottom:1px solid #e5e7eb}
.tm{text-align:left}tr:nth-child(5) td{border-bottom:2px dashed #166534}i{display:inline-block;width:20px;height:20px;border-radius:50%;color:#fff;font-style:normal;font-size:11px;line-height:20px;margin:0 1px}i.fw{background:#16a34a}i.fl{background:#dc2626}.note{color:#6b7280;font-size:13px}"""
    render_html(s, page(body, css, fontfam="'Roboto Condensed'"), 1050)
    best_nrr = max(rows, key=lambda x: x["nrr"])
    s.q("who is top of the table", rows[0]["t"], "text", "nth")
    s.q("which side has the best net run rate", best_nrr["t"], "text", "argmax")
    x = rows[5]
    s.q(f"how many games did {x['t']} lose", x["l"], "count", "cell")
    a, b = rows[2], rows[6]
    s.q(f"points gap between {a['t']} and {b['t']}?", a["pts"] - b["pts"], "number", "difference", literal=False)
    return s


def marathon_results(seed):
    r = _r(seed, "mara")
    s = Scene("table_marathon_results.png", "half-marathon results page (chip/gun times, categories, countries)", "table", "light", "chromium",
              "12 finishers with bib, name, country, category, chip and gun time, 1200 px")
    names = [("Abebe Tesfaye", "ETH"), ("Jonas Virtanen", "FIN"), ("Ana Kovač", "SLO"), ("Liam O'Connell", "IRL"), ("Mei Chen", "TPE"), ("Pedro Alves", "POR"),
             ("Sanna Lind", "SWE"), ("Kofi Mensah", "GHA"), ("Elif Aydın", "TUR"), ("Marta Nowicka", "POL"), ("Diego Ferreira", "URU"), ("Ruth Kiprotich", "UGA")]
    cats = {}
    rows = []
    for n, c in names:
        chip = r.randint(3900, 6600)
        rows.append(dict(n=n, c=c, chip=chip, gun=chip + r.randint(3, 95), bib=r.randint(100, 4999),
                         cat=r.choice(["M35", "M40", "W35", "M-Open", "W-Open", "W45"]) if n not in ("Ana Kovač", "Mei Chen", "Sanna Lind", "Elif Aydın", "Marta Nowicka", "Ruth Kiprotich") else r.choice(["W-Open", "W35", "W45"])))
    for x in rows:
        if x["n"] in ("Ana Kovač", "Mei Chen", "Sanna Lind", "Elif Aydın", "Marta Nowicka", "Ruth Kiprotich"):
            continue
        if x["cat"].startswith("W"):
            x["cat"] = "M-Open"
    rows.sort(key=lambda x: x["chip"])
    hms = lambda v: f"{v // 3600}:{v % 3600 // 60:02d}:{v % 60:02d}"
    trs = "".join(f"<tr><td>{i}</td><td>{x['bib']}</td><td>{esc(x['n'])}</td><td>{x['c']}</td><td>{x['cat']}</td><td>{hms(x['gun'])}</td><td><b>{hms(x['chip'])}</b></td></tr>" for i, x in enumerate(rows, 1))
    body = f"""<div class=hero><h1>Porto Riverside Half Marathon 2025</h1><div>Official results · 21.0975 km · Sunday 16 March 2025</div></div>
<div class=w><div class=flt><span class=a>Overall</span><span>Men</span><span>Women</span><span>Teams</span></div><table><tr><th>Pos</th><th>Bib</th><th>Name</th><th>Nat</th><th>Category</th><th>Gun time</th><th>Chip time</th></tr>{trs}</table></div>"""
    css = """.hero{background:linear-gradient(90deg,#7c2d12,#c2410c);color:#fff;padding:26px 40px}.hero h1{margin:0 0 6px}.w{padding:20px 40px}.flt span{display:inline-block;padding:6px 16px;border:1px solid #ddd;border-radius:18px;margin-right:8px}.flt .a{background:#c2410c;color:#fff}
table{width:100%;border-collapse:collapse;margin-top:16px;font-size:15px}th{text-align:left;border-bottom:2px solid #333;padding:8px}td{padding:7px 8px;border-bottom:1px solid #eee}"""
    render_html(s, page(body, css, fontfam="'Open Sans'"), 1200)
    women = [x for x in rows if x["cat"].startswith("W")]
    s.q("who won the race", rows[0]["n"], "person", "nth")
    s.q("what was the fastest woman's chip time", hms(women[0]["chip"]), "time", "argmin")
    x = rows[4]
    s.q(f"{x['n']} gun time?", hms(x["gun"]), "time", "cell")
    s.q("who finished right after " + rows[7]["n"], rows[8]["n"], "person", "next")
    return s


def chat_dark(seed):
    r = _r(seed, "chat")
    s = Scene("web_team_chat_dark.png", "Discord-like team chat, dark: server/channel list, messages with times, reactions", "chat", "dark", "chromium",
              "#deploys channel, 8 messages by 4 people, 1100 px")
    ppl = ["Nadia", "Kwame", "Sven", "Yuki"]
    msgs = [(ppl[0], "deploying api v2.14.0 to staging now"), (ppl[1], "ok, I'll hold the migration until it's green"),
            (ppl[2], "staging smoke tests passed ✅"), (ppl[0], "promoting to prod at 14:30 unless someone objects"),
            (ppl[3], "objection: the billing cron still points at the old queue"), (ppl[1], f"fixed in PR #{r.randint(300, 999)}, merging"),
            (ppl[2], "prod rollout at 25% — error rate 0.3%"), (r.choice(ppl), "100% rolled out, closing the incident channel")]
    t = dt.datetime(2025, 6, 12, 13, r.randint(0, 20))
    rows = []
    for w, m in msgs:
        t += dt.timedelta(minutes=r.randint(2, 14))
        rows.append((w, t, m))
    col = {"Nadia": "#f47fff", "Kwame": "#57f287", "Sven": "#5865f2", "Yuki": "#fee75c"}
    ms = "".join(f"<div class=m><div class=av style='background:{col[w]}'>{w[0]}</div><div><span class=n style='color:{col[w]}'>{w}</span> <span class=t>Today at {tm:%H:%M}</span><div>{esc(m)}</div></div></div>" for w, tm, m in rows)
    body = f"""<div class=app><div class=srv><div class=ic>PX</div><div class=ic>⚙</div></div><div class=ch><b>Pixelforge</b><div class=g>TEXT CHANNELS</div><div># general</div><div class=a># deploys</div><div># random</div><div># oncall <span class=u>3</span></div></div>
<div class=main><div class=hd># deploys <span>release coordination</span></div>{ms}<div class=in>Message #deploys</div></div></div>"""
    css = """.app{display:flex;height:auto}.srv{width:72px;background:#1e1f22;padding:12px}.ic{width:48px;height:48px;border-radius:16px;background:#5865f2;color:#fff;display:flex;align-items:center;justify-content:center;margin-bottom:8px;font-weight:bold}
.ch{width:220px;background:#2b2d31;padding:14px;color:#949ba4;line-height:2}.ch b{color:#f2f3f5}.g{font-size:11px;font-weight:bold;margin-top:8px}.ch .a{background:#404249;color:#fff;border-radius:4px;padding-left:6px}.u{background:#f23f43;color:#fff;border-radius:8px;padding:0 6px;font-size:12px}
.main{flex:1;background:#313338;padding:0 0 16px}.hd{padding:12px 18px;border-bottom:1px solid #1f2023;font-weight:bold;color:#fff}.hd span{color:#949ba4;font-weight:normal;margin-left:10px;font-size:14px}
.m{display:flex;gap:14px;padding:8px 18px}.av{width:40px;height:40px;border-radius:50%;color:#111;display:flex;align-items:center;justify-content:center;font-weight:bold;flex:none}.n{font-weight:bold}.t{color:#949ba4;font-size:12px}
.in{margin:10px 18px 0;background:#383a40;border-radius:8px;padding:12px;color:#6d6f78}"""
    render_html(s, page(body, css, bg="#313338", fontfam="'Open Sans'", fg="#dbdee1"), 1100)
    s.q("who raised the objection", ppl[3], "person", "party")
    s.q("what's the error rate during the rollout", "0.3%", "percent", "lookup")
    s.q("who posted the last message in #deploys", rows[-1][0], "person", "latest")
    s.q("how many messages did Nadia send", sum(1 for w, _, _ in rows if w == "Nadia"), "count", "count", literal=False)
    return s


def mail_3pane(seed):
    r = _r(seed, "mail")
    s = Scene("web_mail_reading_pane.png", "Outlook-like 3-pane mail client: folders, message list, reading pane", "mail", "light (blue accent)", "chromium",
              "10 messages (sender, subject, time, unread, attachment, flag), open message with addressee, 1300 px")
    senders = [("Priya Natarajan", "Q3 budget review — slides attached", True), ("DHL Express", "Your parcel 7734 is out for delivery", False),
               ("Marco Bellini", "Re: Venue for the offsite", False), ("HR Team", "Open enrolment closes Friday", False), ("Aylin Demir", "Invoice INV-2291 overdue", True),
               ("GitLab", "Pipeline #8812 failed for main", False), ("Tomasz Zieliński", "Lunch Thursday?", False), ("Airline Desk", "Check-in open: LIS → WAW", False),
               ("Olga Petrova", "Contract draft v3", True), ("Newsletter", "This week in data engineering", False)]
    r.shuffle(senders)
    t = dt.datetime(2025, 11, 14, 17, 50)
    rows = []
    for n, sub, att in senders:
        rows.append((n, sub, att, t, r.random() < 0.4, r.random() < 0.2))
        t -= dt.timedelta(minutes=r.randint(20, 400))
    ow = [i for i, x in enumerate(rows) if x[0] not in ("DHL Express", "GitLab", "Newsletter", "HR Team", "Airline Desk")][1]
    fmt = lambda x: x.strftime("%H:%M") if x.date() == dt.date(2025, 11, 14) else x.strftime("%a %d/%m")
    li = "".join(f"<div class='it {'un' if u else ''} {'sel' if i == ow else ''}'><div class=top><span class=n>{esc(n)}</span><span class=tm>{fmt(tt)}</span></div><div class=sb>{'📎 ' if a else ''}{esc(sb)}{' <span class=fl>⚑</span>' if fl else ''}</div></div>" for i, (n, sb, a, tt, u, fl) in enumerate(rows))
    o = rows[ow]
    unread = sum(1 for x in rows if x[4])
    body = f"""<div class=bar>Mail · <b>kasia.wrobel@northwind-labs.eu</b></div><div class=app><div class=fo><div class=a>Inbox <span>{unread}</span></div><div>Drafts</div><div>Sent Items</div><div>Archive</div><div>Junk Email</div></div>
<div class=li><div class=lh>Focused · Other</div>{li}</div>
<div class=rd><h2>{esc(o[1])}</h2><div class=fr><div class=av>{o[0][0]}</div><div><b>{esc(o[0])}</b><br><small>To: Katarzyna Wróbel; Cc: Finance Ops</small></div><div class=dt>{o[3]:%a %d/%m/%Y %H:%M}</div></div>
<p>Hi Kasia,</p><p>following up on this — could you take a look before Monday? Happy to jump on a call.</p><p>Best,<br>{esc(o[0].split()[0])}</p></div></div>"""
    css = """.bar{background:#0f6cbd;color:#fff;padding:10px 20px}.app{display:flex}.fo{width:190px;padding:14px;line-height:2.2;background:#f5f5f5}.fo .a{background:#dce9f7;padding-left:8px;border-radius:4px;font-weight:bold}.fo span{float:right;margin-right:8px;color:#0f6cbd}
.li{width:430px;border-right:1px solid #ddd}.lh{padding:10px 14px;color:#0f6cbd;font-weight:bold;border-bottom:1px solid #eee}.it{padding:8px 14px;border-bottom:1px solid #eee;border-left:3px solid transparent}.it.un{border-left-color:#0f6cbd}.it.un .n,.it.un .sb{font-weight:bold}
.it.sel{background:#cfe4fa}.top{display:flex;justify-content:space-between}.tm{color:#666;font-size:13px}.sb{font-size:14px;color:#333}.fl{color:#c50f1f}
.rd{flex:1;padding:20px 30px}h2{font-weight:600;margin-top:0}.fr{display:flex;gap:12px;align-items:center}.av{width:42px;height:42px;border-radius:50%;background:#8764b8;color:#fff;display:flex;align-items:center;justify-content:center}.dt{margin-left:auto;color:#666;font-size:13px}"""
    render_html(s, page(body, css, fontfam="'Liberation Sans'"), 1300)
    s.q("who sent the email that's open", o[0], "person", "party")
    s.q("how many unread emails are in the inbox", unread, "count", "lookup")
    s.q("what's the subject of the most recent mail?", rows[0][1], "text", "latest")
    atts = [x[0] for x in rows if x[2]]
    s.q("which messages have attachments? sender names please", "; ".join(atts), "person", "exists")
    return s


def calendar_month(seed):
    r = _r(seed, "cal")
    s = Scene("web_calendar_month.png", "month-view calendar app (October 2025) with coloured events", "calendar", "light", "chromium",
              "31 days grid, ~12 events with times, today highlighted, 1200 px")
    first = dt.date(2025, 10, 1)
    evs = {}
    titles = ["Dentist", "Sprint review", "Mum's birthday", "Yoga", "Flight to Porto", "Car service", "Book club", "Quarterly taxes due", "Parents' evening", "Team offsite",
              "Haircut", "Concert: Nils Frahm"]
    days = r.sample(range(1, 32), len(titles))
    colors = ["#3b82f6", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6"]
    for t, d in zip(titles, days):
        hh = r.randint(8, 20)
        evs.setdefault(d, []).append((f"{hh:02d}:{r.choice(['00', '30'])}", t, r.choice(colors)))
    today = r.randint(8, 24)
    cells = []
    start = first.weekday()  # Monday=0
    for i in range(start):
        cells.append("<div class='c o'></div>")
    for d in range(1, 32):
        e = "".join(f"<div class=e style='border-color:{c}'><b>{tm}</b> {esc(t)}</div>" for tm, t, c in evs.get(d, []))
        cells.append(f"<div class='c {'td' if d == today else ''}'><div class=d>{d}</div>{e}</div>")
    while len(cells) % 7:
        cells.append("<div class='c o'></div>")
    body = f"""<div class=hd><h1>October 2025</h1><span class=b>Today</span><span class=b>‹</span><span class=b>›</span><span class=v>Month</span></div>
<div class=g>{''.join(f'<div class=wd>{w}</div>' for w in ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'])}{''.join(cells)}</div>"""
    css = """.hd{display:flex;gap:10px;align-items:center;padding:14px 24px}h1{font-size:24px;margin:0 20px 0 0}.b{border:1px solid #ccc;border-radius:6px;padding:4px 12px}.v{margin-left:auto;background:#111;color:#fff;border-radius:6px;padding:4px 14px}
.g{display:grid;grid-template-columns:repeat(7,1fr);border-top:1px solid #ddd;border-left:1px solid #ddd;margin:0 24px 24px}.wd{padding:6px;font-size:13px;color:#666;border-right:1px solid #ddd;border-bottom:1px solid #ddd}
.c{min-height:96px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px}.o{background:#f6f6f6}.d{font-size:13px;color:#444}.td .d{background:#ef4444;color:#fff;border-radius:50%;width:24px;height:24px;text-align:center;line-height:24px}
.e{font-size:12px;border-left:3px solid;padding:2px 4px;margin-top:3px;background:#f3f4f6;border-radius:2px}"""
    render_html(s, page(body, css, fontfam="Roboto"), 1200)
    d_car = [d for d, l in evs.items() if any(t == "Car service" for _, t, _ in l)][0]
    wd = dt.date(2025, 10, d_car).strftime("%A")
    s.q("what day is the car service", f"{wd} {d_car} October", "date", "lookup", literal=False)
    upcoming = sorted((d, tm, t) for d, l in evs.items() for tm, t, _ in l if d > today)
    s.q(f"today is the {today}th. what's my next event after today?", upcoming[0][2], "text", "next")
    dy = days[titles.index("Yoga")]
    s.q("what time is yoga", [tm for tm, t, _ in evs[dy] if t == "Yoga"][0], "time", "lookup")
    s.q("how many events are in the second half of the month (16th onwards)", sum(len(l) for d, l in evs.items() if d >= 16), "count", "count", literal=False)
    return s


def habit_tracker(seed):
    r = _r(seed, "habit")
    s = Scene("web_habit_tracker.png", "habit tracker week grid (habits × days, ticks), streaks", "app", "light (pastel)", "chromium",
              "5 habits × 7 days with done/not done, streak counts, 900 px")
    habits = ["Read 20 min", "Drink 2 L water", "Walk 8k steps", "No phone after 22:00", "Practice Spanish"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    grid = {h: [r.random() < 0.6 for _ in days] for h in habits}
    streak = {h: r.randint(0, 30) for h in habits}
    def cell(v):
        return "<td><span class=dn>✓</span></td>" if v else "<td><span class=nd></span></td>"
    rows = "".join("<tr><td class=h>" + h + "</td>" + "".join(cell(v) for v in grid[h]) + f"<td class=s>🔥 {streak[h]} days</td></tr>" for h in habits)
    body = f"""<div class=w><h2>This week · 3–9 Nov</h2><table><tr><th></th>{''.join(f'<th>{d}</th>' for d in days)}<th>Streak</th></tr>{rows}</table></div>"""
    css = """.w{width:860px;margin:20px;background:#fff;border-radius:18px;padding:24px;box-shadow:0 4px 20px #0001}h2{margin:0 0 16px;color:#5b4b8a}table{width:100%;border-collapse:collapse}th{font-weight:600;color:#888;padding:6px}
td{text-align:center;padding:8px}.h{text-align:left;font-weight:600}span{display:inline-block;width:30px;height:30px;border-radius:8px;line-height:30px}.dn{background:#a7e3c4;color:#155e3a;font-weight:bold}.nd{background:#f1eef8}.s{color:#b45309;font-size:14px}"""
    render_html(s, page(body, css, bg="#f4f1fb", fontfam="Lato"), 900)
    h = habits[2]
    s.q(f"how many days did I manage '{h.lower()}' this week", sum(grid[h]), "count", "count", literal=False)
    d = r.choice(range(7))
    h2 = habits[3]
    s.q(f"did i do {h2} on {days[d]}?", "yes" if grid[h2][d] else "no", "yesno", "state_yesno")
    best = max(habits, key=lambda x: streak[x])
    s.q("which habit has the longest streak", best, "text", "argmax")
    return s


def product_compare(seed):
    r = _r(seed, "cmp")
    s = Scene("web_laptop_compare.png", "shop product comparison table: 3 laptops, specs, ✓/✗ features, prices (CHF-free, €)", "shop", "light", "chromium",
              "price, weight, battery, RAM/storage, feature ticks, 1200 px")
    names = ["Aerobook 14", "Vantage X13", "Nimbus Pro 16"]
    price = [r.choice(range(899, 1900, 50)) - 0.01 for _ in names]
    while len(set(price)) < 3:
        price = [r.choice(range(899, 1900, 50)) - 0.01 for _ in names]
    weight = [round(r.uniform(1.05, 2.1), 2) for _ in names]
    batt = [r.randint(9, 22) for _ in names]
    ram = [r.choice([8, 16, 32]) for _ in names]
    ssd = [r.choice([256, 512, 1024]) for _ in names]
    feats = {"Backlit keyboard": [True, True, True], "Touchscreen": [r.random() < 0.5 for _ in names], "Fingerprint reader": [r.random() < 0.5 for _ in names],
             "HDMI port": [r.random() < 0.5 for _ in names], "Wi-Fi 7": [r.random() < 0.5 for _ in names]}
    e = lambda v: f"€{v:,.2f}"
    tick = lambda v: "<span class=y>✓</span>" if v else "<span class=n>✗</span>"
    rows = f"""<tr><th>Price</th>{''.join(f'<td class=p>{e(p)}</td>' for p in price)}</tr><tr><th>Weight</th>{''.join(f'<td>{w} kg</td>' for w in weight)}</tr>
<tr><th>Battery (video playback)</th>{''.join(f'<td>up to {b} h</td>' for b in batt)}</tr><tr><th>Memory</th>{''.join(f'<td>{m} GB</td>' for m in ram)}</tr><tr><th>Storage</th>{''.join(f'<td>{x if x < 1024 else 1} {"GB" if x < 1024 else "TB"} SSD</td>' for x in ssd)}</tr>"""
    rows += "".join(f"<tr><th>{k}</th>{''.join(f'<td>{tick(v)}</td>' for v in vs)}</tr>" for k, vs in feats.items())
    body = f"""<div class=w><h1>Compare laptops (3)</h1><table><tr><th></th>{''.join(f'<td class=hd><div class=img></div><b>{n}</b><br><span class=btn>Add to cart</span></td>' for n in names)}</tr>{rows}</table></div>"""
    css = """.w{padding:24px 40px}h1{font-size:26px}table{width:100%;border-collapse:collapse}th{text-align:left;font-weight:600;color:#555;width:260px;padding:10px;border-bottom:1px solid #eee}td{text-align:center;padding:10px;border-bottom:1px solid #eee;font-size:15px}
.hd{vertical-align:top}.img{width:160px;height:90px;margin:0 auto 8px;background:linear-gradient(135deg,#cbd5e1,#94a3b8);border-radius:8px}.btn{display:inline-block;margin-top:8px;background:#ff6f00;color:#fff;border-radius:4px;padding:5px 14px;font-size:13px}
.p{font-size:20px;font-weight:bold;color:#b91c1c}.y{color:#16a34a;font-size:20px}.n{color:#9ca3af;font-size:20px}"""
    render_html(s, page(body, css, fontfam="'Nimbus Sans', sans-serif"), 1200)
    light = min(range(3), key=lambda i: weight[i])
    s.q("which laptop is the lightest", names[light], "text", "argmin")
    i = r.randint(0, 2)
    s.q(f"does the {names[i]} have a touchscreen", "yes" if feats["Touchscreen"][i] else "no", "yesno", "exists")
    s.q(f"how much more is the {names[2]} than the {names[0]}", e(round(abs(price[2] - price[0]), 2)), "money", "difference", literal=False)
    s.q(f"battery life of the {names[1]}?", f"up to {batt[1]} h", "text", "cell")
    return s


def grocery_cart_kz(seed):
    r = _r(seed, "kz")
    s = Scene("web_grocery_cart_kz.png", "Kazakh grocery delivery cart (₸, space thousands), phone width", "shop", "light (green)", "chromium",
              "7 items with qty steppers, delivery fee, promo discount, total, 430 px")
    items = [("Молоко 3.2% 1 л", 690), ("Хлеб Бородинский", 420), ("Яблоки Апорт, 1 кг", 1150), ("Курица филе, 1 кг", 2890), ("Рис Lazzat 900 г", 980),
             ("Сыр Российский 300 г", 2350), ("Кофе Jacobs 95 г", 3190), ("Яйца С1, 10 шт", 990)]
    its = r.sample(items, 7)
    rows = [(n, q := r.choice([1, 1, 2, 3]), p, q * p) for n, p in its]
    sub = sum(x[3] for x in rows)
    fee = r.choice([0, 490, 790])
    promo = r.choice([500, 1000])
    tot = sub + fee - promo
    t = lambda v: f"{v:,} ₸".replace(",", " ")
    li = "".join(f"<div class=it><div class=im></div><div class=nm>{esc(n)}<br><small>{t(p)} / шт</small></div><div class=q><span>−</span>{q}<span>+</span></div><div class=pr>{t(a)}</div></div>" for n, q, p, a in rows)
    body = f"""<div class=ph><div class=hd>Корзина <small>{sum(x[1] for x in rows)} товаров</small></div>{li}
<div class=sm><div><span>Товары</span><span>{t(sub)}</span></div><div><span>Доставка</span><span>{t(fee) if fee else 'Бесплатно'}</span></div><div><span>Промокод ALMATY</span><span>−{t(promo)}</span></div>
<div class=tt><span>Итого</span><span>{t(tot)}</span></div></div><div class=btn>Оформить заказ</div></div>"""
    css = """.ph{width:430px;background:#fff;padding-bottom:20px}.hd{padding:16px;font-size:22px;font-weight:bold;border-bottom:1px solid #eee}.hd small{font-size:14px;color:#888;font-weight:normal}
.it{display:flex;align-items:center;gap:10px;padding:10px 14px;border-bottom:1px solid #f0f0f0;font-size:14px}.im{width:44px;height:44px;border-radius:8px;background:#e8f5e9;flex:none}.nm{flex:1}.nm small{color:#888}
.q{display:flex;gap:8px;align-items:center;background:#f3f3f3;border-radius:16px;padding:2px 8px}.q span{color:#2e7d32;font-weight:bold}.pr{width:82px;text-align:right;font-weight:bold}
.sm{padding:12px 16px}.sm div{display:flex;justify-content:space-between;padding:4px 0}.tt{font-size:20px;font-weight:bold}.btn{margin:6px 16px;background:#2e7d32;color:#fff;text-align:center;padding:14px;border-radius:12px;font-weight:bold}"""
    render_html(s, page(body, css, bg="#ffffff", fontfam="Roboto"), 430)
    s.q("итого сколько?", t(tot), "money", "lookup")
    s.q("what's the delivery charge", t(fee) if fee else "Бесплатно", "money" if fee else "text", "lookup")
    big = max(rows, key=lambda x: x[3])
    s.q("which item costs the most in the cart (line total)", big[0], "text", "argmax")
    return s


def docs_toc(seed):
    r = _r(seed, "docs")
    s = Scene("web_docs_toc.png", "library docs page: left numbered table of contents, version selector, parameters table, on-this-page nav", "docs", "light (serif body)", "chromium",
              "8 chapters with sub-sections, function signature, 5-parameter table with defaults, 1280 px")
    ver = f"{r.randint(1, 4)}.{r.randint(0, 12)}"
    chapters = ["Installation", "Quick start", "Reading files", "Resampling", "Plotting", "Configuration", "Extending tidewave", "Changelog"]
    cur = 3
    params = [("path", "str | Path", "—", "File to read."), ("freq", "str", '"1h"', "Target sampling frequency."), ("tz", "str | None", "None", "Time zone of naive timestamps."),
              ("fill", "{'ffill','interp','none'}", '"interp"', "How to fill gaps."), ("max_gap", "int", str(r.choice([3, 6, 12])), "Largest gap (in samples) that is filled.")]
    toc = "".join(f"<li class={'a' if i == cur else ''}>{i + 1}. {c}" + ("<ul><li>4.1 Basic usage</li><li>4.2 Gap filling</li><li>4.3 Time zones</li></ul>" if i == cur else "") + "</li>" for i, c in enumerate(chapters))
    pr = "".join(f"<tr><td><code>{p}</code></td><td><code>{esc(t)}</code></td><td><code>{esc(d)}</code></td><td>{esc(x)}</td></tr>" for p, t, d, x in params)
    body = f"""<div class=top><b>tidewave</b><span class=ver>v{ver} ▾</span><span class=sr>Search docs…</span></div><div class=w><nav><h4>Contents</h4><ol>{toc}</ol></nav>
<main><div class=bc>Docs › User guide › {chapters[cur]}</div><h1>4. {chapters[cur]}</h1><p>Tide-gauge series rarely arrive on a regular grid. <code>tidewave.resample()</code> puts them on one.</p>
<h2>4.1 Basic usage</h2><pre>tidewave.resample(path, freq="1h", tz=None, fill="interp", max_gap={params[4][2]})</pre><table><tr><th>Parameter</th><th>Type</th><th>Default</th><th>Description</th></tr>{pr}</table>
<div class=note><b>Note</b> Added in version 1.{r.randint(2, 9)}. The <code>fill="none"</code> option was removed in {ver}.</div></main>
<aside><h4>On this page</h4><div>4.1 Basic usage</div><div>4.2 Gap filling</div><div>4.3 Time zones</div></aside></div>"""
    css = """.top{display:flex;gap:20px;align-items:center;padding:12px 28px;background:#102a43;color:#fff}.ver{background:#243b53;padding:3px 10px;border-radius:4px;font-size:14px}.sr{margin-left:auto;background:#fff;color:#888;padding:5px 14px;border-radius:4px;width:260px}
.w{display:flex;gap:30px;padding:0 28px}nav{width:240px;border-right:1px solid #e4e7eb;padding-top:10px}nav ol{list-style:none;padding:0;line-height:1.9;font-size:15px}nav .a{font-weight:bold;color:#1f6feb}nav ul{list-style:none;padding-left:16px;font-weight:normal;color:#444}
main{flex:1;font-family:'DejaVu Serif';font-size:15px;line-height:1.6}.bc{font-family:Lato;color:#829ab1;font-size:13px;margin-top:14px}pre{background:#f0f4f8;padding:12px;font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{border:1px solid #d9e2ec;padding:6px 8px;text-align:left}th{background:#f0f4f8}code{font-size:13px}.note{background:#fffbea;border-left:4px solid #f0b429;padding:10px;margin:14px 0}
aside{width:180px;font-size:13px;color:#486581;line-height:2;padding-top:10px}"""
    render_html(s, page(body, css, fontfam="Lato"), 1280)
    s.q("what's the default value of max_gap", params[4][2], "number", "cell")
    s.q("Which chapter comes after Resampling in the contents?", chapters[cur + 1], "text", "next")
    s.q("what version of the docs am i looking at", f"v{ver}", "version", "version")
    s.q("page title?", f"4. {chapters[cur]}", "text", "title")
    return s


def analytics_dashboard(seed):
    r = _r(seed, "ana")
    s = Scene("web_analytics_dashboard.png", "privacy-friendly web analytics dashboard: KPI tiles, top pages, referrers, countries", "dashboard", "light", "chromium",
              "4 KPIs with deltas, top 7 pages, 5 referrers, 1300 px")
    vis = r.randint(12000, 90000)
    pv = int(vis * r.uniform(1.8, 3.2))
    bounce = r.randint(35, 72)
    dur = f"{r.randint(1, 4)}m {r.randint(0, 59):02d}s"
    deltas = [r.choice([-1, 1]) * r.randint(1, 30) for _ in range(4)]
    pages = ["/", "/pricing", "/blog/postgres-vacuum-explained", "/docs/getting-started", "/blog/why-we-left-kubernetes", "/careers", "/changelog"]
    pvals = sorted([r.randint(400, 9000) for _ in pages], reverse=True)
    pages = pages[:1] + r.sample(pages[1:], len(pages) - 1)
    refs = [("Google", r.randint(2000, 9000)), ("news.ycombinator.com", r.randint(500, 6000)), ("Direct / None", r.randint(1500, 7000)), ("github.com", r.randint(200, 2500)), ("reddit.com", r.randint(200, 2500))]
    refs.sort(key=lambda x: -x[1])
    k = lambda v: f"{v / 1000:.1f}k"
    tiles = [("Unique visitors", k(vis)), ("Total pageviews", k(pv)), ("Bounce rate", f"{bounce}%"), ("Visit duration", dur)]
    tl = "".join(f"<div class=t><small>{a}</small><b>{b}</b><span class={'up' if d > 0 else 'dn'}>{'↑' if d > 0 else '↓'} {abs(d)}%</span></div>" for (a, b), d in zip(tiles, deltas))
    pr = "".join(f"<div class=row><span class=bar style='width:{v / pvals[0] * 70:.0f}%'></span><span class=lab>{p}</span><span class=v>{v:,}</span></div>" for p, v in zip(pages, pvals))
    rr = "".join(f"<div class=row><span class=bar style='width:{v / refs[0][1] * 70:.0f}%'></span><span class=lab>{n}</span><span class=v>{v:,}</span></div>" for n, v in refs)
    body = f"""<div class=hd><b>plausible-ish</b> / <span>pgworks.dev</span><span class=rng>Last 30 days ▾</span></div><div class=tiles>{tl}</div>
<div class=cols><div class=card><h3>Top Pages</h3><div class=sub><span>Page</span><span>Visitors</span></div>{pr}</div><div class=card><h3>Top Sources</h3><div class=sub><span>Source</span><span>Visitors</span></div>{rr}</div></div>"""
    css = """.hd{padding:18px 30px;font-size:18px}.rng{float:right;border:1px solid #ddd;border-radius:6px;padding:4px 12px;font-size:14px}.tiles{display:flex;gap:16px;padding:0 30px}.t{flex:1;background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px #0002}
.t small{display:block;color:#6b7280;text-transform:uppercase;font-size:12px;font-weight:bold}.t b{font-size:28px;margin-right:8px}.up{color:#16a34a}.dn{color:#dc2626}
.cols{display:flex;gap:16px;padding:16px 30px 30px}.card{flex:1;background:#fff;border-radius:8px;padding:16px;box-shadow:0 1px 3px #0002}h3{margin:0 0 10px}.sub{display:flex;justify-content:space-between;color:#6b7280;font-size:12px;font-weight:bold;margin-bottom:6px}
.row{position:relative;height:30px;display:flex;align-items:center;justify-content:space-between;font-size:14px}.bar{position:absolute;left:0;top:3px;height:24px;background:#e0e7ff;border-radius:3px;z-index:0}.lab,.v{z-index:1;padding:0 6px}"""
    render_html(s, page(body, css, bg="#f3f4f6", fontfam="Roboto"), 1300)
    s.q("what's the bounce rate", f"{bounce}%", "percent", "lookup")
    s.q("which blog post got more visitors, the postgres one or the kubernetes one",
        max(["/blog/postgres-vacuum-explained", "/blog/why-we-left-kubernetes"], key=lambda p: pvals[pages.index(p)]), "text", "choice_more")
    s.q("where does most traffic come from", refs[0][0], "text", "argmax")
    pvd = deltas[1]
    s.q("are pageviews up compared to the previous period?", "yes" if pvd > 0 else "no", "yesno", "compare_more")
    return s


def departures_board(seed):
    r = _r(seed, "dep")
    s = Scene("web_airport_departures.png", "airport departures board (yellow on black, LED-style)", "board", "dark", "chromium",
              "12 flights: time, flight, destination, gate, status (boarding/delayed/cancelled/gate closed), 1200 px")
    dests = ["Riga", "Reykjavík", "Tbilisi", "Casablanca", "Split", "Kraków", "Tallinn", "Oslo", "Valletta", "Istanbul", "Bucharest", "Larnaca", "Palermo", "Vilnius"]
    r.shuffle(dests)
    rows = []
    t = dt.datetime(2025, 8, 2, 14, 0)
    for i in range(12):
        t += dt.timedelta(minutes=r.choice([5, 10, 15, 20]))
        st = r.choice(["On time", "On time", "Boarding", "Delayed", "Cancelled", "Gate closed", "Go to gate"])
        if st == "Delayed":
            st = "Delayed " + (t + dt.timedelta(minutes=r.randint(25, 140))).strftime("%H:%M")
        rows.append((t.strftime("%H:%M"), f"{r.choice(['BT', 'FR', 'W6', 'LO', 'TK', 'FI', 'A3'])} {r.randint(100, 9999)}", dests[i], f"{r.choice('ABCD')}{r.randint(1, 40)}", st))
    trs = "".join(f"<tr><td>{a}</td><td>{b}</td><td class=ds>{c}</td><td>{d}</td><td class='{'red' if e == 'Cancelled' else 'grn' if e in ('Boarding', 'Go to gate') else ''}'>{e}</td></tr>" for a, b, c, d, e in rows)
    body = f"""<div class=hd><span>✈ DEPARTURES · IZLIDOŠANA</span><span class=clk>14:02</span></div><table><tr><th>Time</th><th>Flight</th><th>Destination</th><th>Gate</th><th>Remarks</th></tr>{trs}</table>"""
    css = """.hd{display:flex;justify-content:space-between;padding:14px 24px;background:#111;color:#fff;font-size:26px;font-weight:bold;letter-spacing:2px}.clk{color:#ffd000}
table{width:100%;border-collapse:collapse;font-family:'DejaVu Sans Mono';font-size:20px}th{color:#aaa;text-align:left;padding:8px 24px;font-size:14px;border-bottom:2px solid #333}td{color:#ffd000;padding:8px 24px;border-bottom:1px solid #222}
.ds{color:#fff}.red{color:#ff4040}.grn{color:#30e070}tr:nth-child(even) td{background:#0c0c0c}"""
    render_html(s, page(body, css, bg="#000", fontfam="'DejaVu Sans'"), 1200)
    canc = [x for x in rows if x[4] == "Cancelled"]
    x = rows[6]
    s.q(f"what gate is the {x[2]} flight", x[3], "code", "cell")
    s.q("how many flights are cancelled", len(canc), "count", "count", literal=False)
    y = rows[3]
    s.q(f"is {y[1]} on time?", "yes" if y[4] == "On time" else "no", "yesno", "state_yesno")
    s.q("which flight leaves after the " + rows[8][2] + " one", rows[9][1], "code", "next")
    return s


def fx_board(seed):
    r = _r(seed, "fx")
    s = Scene("web_fx_rates_lk.png", "Sri Lankan bank exchange-rate board (LKR buying/selling), 800 px", "table", "light (maroon)", "chromium",
              "8 currencies with buying and selling rates, effective date/time")
    cur = [("USD", "US Dollar", 296), ("EUR", "Euro", 322), ("GBP", "Sterling Pound", 383), ("JPY", "Japanese Yen (100)", 198), ("AUD", "Australian Dollar", 190),
           ("INR", "Indian Rupee", 3.48), ("SGD", "Singapore Dollar", 224), ("AED", "UAE Dirham", 80.4)]
    rows = []
    for c, n, mid in cur:
        m = mid * r.uniform(0.98, 1.02)
        spread = m * r.uniform(0.01, 0.03)
        rows.append((c, n, round(m - spread, 4), round(m + spread, 4)))
    trs = "".join(f"<tr><td><b>{c}</b></td><td>{n}</td><td class=n>{b:,.4f}</td><td class=n>{s_:,.4f}</td></tr>" for c, n, b, s_ in rows)
    body = f"""<div class=w><div class=hd>Lanka Union Bank PLC<br><small>Exchange Rates · Foreign Currency Notes &amp; TT</small></div><div class=eff>Effective: 14 March 2025, 09:30 AM</div>
<table><tr><th>Code</th><th>Currency</th><th class=n>Buying (LKR)</th><th class=n>Selling (LKR)</th></tr>{trs}</table><p class=ft>Rates are indicative and subject to change without notice.</p></div>"""
    css = """.w{width:760px;margin:20px}.hd{background:#7b1e2b;color:#fff;padding:16px 20px;font-size:22px;font-weight:bold}.hd small{font-size:14px;font-weight:normal}.eff{background:#f5e6e8;padding:8px 20px;color:#7b1e2b}
table{width:100%;border-collapse:collapse;font-size:15px}th{padding:8px 20px;text-align:left;border-bottom:2px solid #7b1e2b}td{padding:7px 20px;border-bottom:1px solid #eee}.n{text-align:right;font-family:'Liberation Mono'}.ft{font-size:12px;color:#888}"""
    render_html(s, page(body, css, bg="#faf7f5", fontfam="'Liberation Sans'"), 800)
    eur = rows[1]
    s.q("selling rate for euro?", f"{eur[3]:,.4f}", "number", "cell")
    usd = rows[0]
    s.q("what's the spread between buying and selling USD", f"{usd[3] - usd[2]:.4f}", "number", "difference", literal=False)
    s.q("how much would 100 GBP cost me at the selling rate, in rupees", f"{rows[2][3] * 100:,.2f}", "money", "rate", literal=False)
    return s


def report_card(seed):
    r = _r(seed, "rc")
    s = Scene("doc_report_card.png", "secondary-school report card (subjects × 3 terms, average, teacher comments)", "document", "light (cream, serif)", "chromium",
              "8 subjects with marks out of 100 per term, final grade letter, class teacher, 950 px")
    subs = ["Mathematics", "English Language", "Physics", "Chemistry", "History", "Geography", "Computer Science", "Art & Design"]
    marks = {x: [r.randint(48, 98) for _ in range(3)] for x in subs}
    grade = lambda v: "A" if v >= 80 else "B" if v >= 70 else "C" if v >= 60 else "D" if v >= 50 else "E"
    student = r.choice(["Amara Okonkwo", "Daniel Mwangi", "Sofia Rossi", "Ishaan Kapoor"])
    teacher = r.choice(["Mrs. H. Adeyemi", "Mr. P. Lindqvist", "Ms. R. Castillo"])
    trs = "".join(f"<tr><td class=l>{x}</td>{''.join(f'<td>{v}</td>' for v in marks[x])}<td><b>{sum(marks[x]) / 3:.1f}</b></td><td>{grade(sum(marks[x]) / 3)}</td></tr>" for x in subs)
    body = f"""<div class=w><div class=hd><div class=crest>★</div><div><h1>Riverside International School</h1><div>Annual Report · Academic Year 2024/25</div></div></div>
<div class=info><span>Student: <b>{student}</b></span><span>Class: Year 10 B</span><span>Roll no. {r.randint(1, 32)}</span></div>
<table><tr><th class=l>Subject</th><th>Term 1</th><th>Term 2</th><th>Term 3</th><th>Average</th><th>Grade</th></tr>{trs}</table>
<div class=cm><b>Class teacher's remarks:</b> A consistent year; more revision before tests is recommended.<div class=sg>{teacher}<br><small>Class Teacher</small></div></div></div>"""
    css = """.w{width:900px;margin:20px;background:#fffdf5;border:2px solid #4a3b1f;padding:28px;font-family:'DejaVu Serif'}.hd{display:flex;gap:18px;align-items:center;border-bottom:2px solid #4a3b1f;padding-bottom:12px}
.crest{width:60px;height:60px;border-radius:50%;background:#4a3b1f;color:#f5d76e;font-size:30px;display:flex;align-items:center;justify-content:center}h1{margin:0;font-size:26px;color:#4a3b1f}
.info{display:flex;gap:40px;margin:14px 0}table{width:100%;border-collapse:collapse;font-size:15px}th,td{border:1px solid #b9a77a;padding:6px;text-align:center}th{background:#efe6c8}.l{text-align:left}
.cm{margin-top:16px}.sg{text-align:right;margin-top:20px;font-style:italic}"""
    render_html(s, page(body, css, bg="#d9d3c3"), 950)
    best = max(subs, key=lambda x: marks[x][2])
    s.q("what did they get in Chemistry in term 2", marks["Chemistry"][1], "number", "cell")
    s.q("best subject in term 3?", best, "text", "argmax")
    s.q("who signed the report", teacher, "person", "party")
    a = marks["Physics"][0]
    b = marks["Physics"][2]
    s.q("physics: term 3 mark minus term 1 mark", b - a, "number", "subtract", literal=False)
    return s


def browser_error(seed):
    r = _r(seed, "err")
    s = Scene("web_browser_error.png", "browser connection error page (certificate date invalid)", "web", "light", "chromium",
              "error heading, explanation, error code, buttons, 1000 px")
    host = r.choice(["intranet.kovac-logistika.hr", "portal.sunbay-clinic.gr", "wiki.fjordline-ops.no"])
    code = "NET::ERR_CERT_DATE_INVALID"
    body = f"""<div class=w><div class=ic>⚠</div><h1>Your connection is not private</h1><p>Attackers might be trying to steal your information from <b>{host}</b> (for example, passwords, messages, or credit cards).</p>
<p class=code>{code}</p><div class=cb><input type=checkbox> Help improve security on the web by sending some system information to the browser vendor.</div>
<div class=bt><span class=adv>Advanced</span><span class=bk>Back to safety</span></div></div>"""
    css = """.w{width:620px;margin:80px auto 60px;color:#333}.ic{font-size:54px;color:#d93025}h1{font-weight:500;font-size:28px}p{line-height:1.6;color:#555}.code{font-size:13px;color:#777}.cb{font-size:14px;color:#555}
.bt{display:flex;justify-content:space-between;margin-top:30px}.adv{color:#1a73e8;border:1px solid #dadce0;padding:8px 18px;border-radius:4px}.bk{background:#1a73e8;color:#fff;padding:8px 18px;border-radius:4px}"""
    render_html(s, page(body, css, fontfam="Roboto"), 1000)
    s.q("what error code is it showing", code, "error", "error")
    s.q("what site was I trying to open", host, "text", "read")
    s.q("what does the blue button say", "Back to safety", "text", "read")
    return s


def conf_form(seed):
    r = _r(seed, "conf")
    s = Scene("web_conference_registration.png", "conference registration form, filled: ticket radio cards, workshop checkboxes, select, text inputs", "form", "light", "chromium",
              "name/email/company inputs, 3 ticket types with prices, 4 workshops, T-shirt size, dietary select, total, 1150 px")
    tickets = [("Student", 89), ("Standard", 349), ("Supporter", 590)]
    tsel = r.randint(0, 2)
    ws = [("Intro to DuckDB", 40), ("Rust for Pythonistas", 60), ("Observability 101", 40), ("Designing APIs", 50)]
    wsel = [r.random() < 0.5 for _ in ws]
    if not any(wsel):
        wsel[1] = True
    size = r.choice(["S", "M", "L", "XL"])
    diet = r.choice(["Vegetarian", "Vegan", "No restrictions", "Halal"])
    total = tickets[tsel][1] + sum(p for (n, p), v in zip(ws, wsel) if v)
    name = r.choice(["Kalinda Perera", "Tomás Ibáñez", "Aino Laaksonen"])
    tk = "".join(f"<label class='tk {'on' if i == tsel else ''}'><input type=radio name=t {'checked' if i == tsel else ''}><b>{n}</b><span>€{p}</span></label>" for i, (n, p) in enumerate(tickets))
    wk = "".join(f"<label class=wk><input type=checkbox {'checked' if v else ''}> {n} <span>+€{p}</span></label>" for (n, p), v in zip(ws, wsel))
    sz = "".join(f"<label><input type=radio name=z {'checked' if z == size else ''}> {z}</label>" for z in ["S", "M", "L", "XL"])
    body = f"""<div class=w><h1>PyData Baltics 2025 · Register</h1><div class=grid><div><label class=f>Full name<input type=text value="{name}"></label><label class=f>Email<input type=email value="{name.split()[0].lower()}@example.org"></label>
<label class=f>Company<input type=text value="Northwind Analytics"></label><div class=f>T-shirt size<div class=sz>{sz}</div></div><label class=f>Dietary needs<select><option>{diet}</option></select></label></div>
<div><div class=f>Ticket</div><div class=tks>{tk}</div><div class=f>Workshops (day 0)</div>{wk}<div class=tot>Total: <b>€{total}</b></div><span class=btn>Continue to payment</span></div></div></div>"""
    css = """.w{padding:26px 40px}h1{font-size:26px}.grid{display:flex;gap:50px}.grid>div{flex:1}.f{display:block;margin-bottom:14px;font-weight:600;font-size:14px;color:#333}.f input[type=text],.f input[type=email],select{display:block;width:100%;margin-top:6px;padding:8px;font-size:15px;border:1px solid #bbb;border-radius:6px}
.sz label{margin-right:18px;font-weight:normal}.tks{display:flex;gap:10px;margin-bottom:16px}.tk{flex:1;border:2px solid #ddd;border-radius:10px;padding:12px;display:flex;flex-direction:column;gap:4px}.tk.on{border-color:#2563eb;background:#eff6ff}.tk span{color:#555}
.wk{display:block;padding:6px 0;font-size:15px}.wk span{color:#777}.tot{font-size:20px;margin:16px 0}.btn{background:#2563eb;color:#fff;padding:10px 20px;border-radius:6px}"""
    render_html(s, page(body, css, fontfam="'Open Sans'"), 1150)
    s.q("which ticket type is selected", tickets[tsel][0], "text", "selected")
    w2 = ws[2][0]
    s.q(f"is {w2} ticked?", "yes" if wsel[2] else "no", "yesno", "state_yesno")
    s.q("what t-shirt size did they pick", size, "text", "selected")
    s.q("total?", f"€{total}", "money", "lookup")
    return s


def slide_retro(seed):
    r = _r(seed, "retro")
    s = Scene("slide_migration_timeline.png", "16:9 slide: migration timeline with 5 milestones and status chips", "slide", "dark (indigo gradient)", "chromium",
              "title, 5 milestones with dates and owners, done/at-risk/planned chips, slide number")
    ms = ["Inventory legacy jobs", "Dual-write to new DB", "Backfill history", "Switch reads", "Decommission old cluster"]
    owners = ["Ines", "Kenji", "Folake", "Mateus", "Zofia"]
    r.shuffle(owners)
    d = dt.date(2025, 2, 3)
    dates = []
    for _ in ms:
        d += dt.timedelta(days=r.randint(14, 40))
        dates.append(d)
    nd = r.randint(1, 3)
    stt = ["Done"] * nd + ["At risk"] + ["Planned"] * (len(ms) - nd - 1)
    items = "".join(f"<div class=mi><div class=dot></div><div class=dt>{x:%d %b}</div><b>{m}</b><div class=ow>{o}</div><span class='ch {st.split()[0].lower()}'>{st}</span></div>" for m, x, o, st in zip(ms, dates, owners, stt))
    body = f"""<div class=sl><h1>Billing DB migration — where we are</h1><div class=line></div><div class=mr>{items}</div><div class=ft><span>Platform team · Q2 review</span><span>7 / 18</span></div></div>"""
    css = """.sl{width:1280px;height:720px;background:linear-gradient(135deg,#1e1b4b,#312e81);color:#fff;padding:60px 70px;position:relative}h1{font-size:44px;margin:0 0 80px}
.line{position:absolute;left:70px;right:70px;top:213px;height:4px;background:#818cf8}.mr{display:flex;justify-content:space-between}.mi{width:200px;text-align:center}.dot{width:22px;height:22px;border-radius:50%;background:#c7d2fe;margin:0 auto 16px}
.dt{color:#a5b4fc;font-size:18px}.mi b{display:block;font-size:21px;margin:8px 0;min-height:52px}.ow{color:#c7d2fe}.ch{display:inline-block;margin-top:10px;padding:4px 12px;border-radius:12px;font-size:15px}.done{background:#16a34a}.at{background:#ea580c}.planned{background:#475569}
.ft{position:absolute;bottom:30px;left:70px;right:70px;display:flex;justify-content:space-between;color:#a5b4fc}"""
    render_html(s, page(body, css, fontfam="'URW Gothic', Lato"), 1280, height=720)
    risk = ms[nd]
    s.q("which milestone is at risk", risk, "text", "read")
    s.q("who owns the backfill", owners[2], "person", "party")
    s.q("when is the old cluster getting decommissioned", f"{dates[-1]:%d %b}", "date", "lookup")
    s.q("how many milestones are done", nd, "count", "count", literal=False)
    return s


def slide_pricing(seed):
    r = _r(seed, "slideprice")
    s = Scene("slide_unit_economics.png", "16:9 slide, light: unit economics table for 3 plans + key takeaway", "slide", "light (cream, serif title)", "chromium",
              "title, 3 plans × price/CAC/churn/LTV, footnote, slide number")
    plans = ["Starter", "Growth", "Enterprise"]
    price = [r.choice([19, 24, 29]), r.choice([79, 99, 119]), r.choice([390, 450, 520])]
    cac = [r.randint(40, 120), r.randint(300, 700), r.randint(3000, 9000)]
    churn = [round(r.uniform(4, 9), 1), round(r.uniform(2, 4), 1), round(r.uniform(0.6, 1.8), 1)]
    ltv = [round(p / (c / 100)) for p, c in zip(price, churn)]
    tr = "".join(f"<tr><td class=l>{n}</td><td>${p}</td><td>${c:,}</td><td>{ch}%</td><td><b>${l:,}</b></td></tr>" for n, p, c, ch, l in zip(plans, price, cac, churn, ltv))
    body = f"""<div class=sl><h1>Unit economics by plan</h1><div class=sub>Monthly figures, cohort Jan–Jun 2025</div><table><tr><th class=l>Plan</th><th>Price / mo</th><th>CAC</th><th>Monthly churn</th><th>LTV</th></tr>{tr}</table>
<div class=take>Takeaway: Growth pays back fastest; Starter churn is the problem to fix.</div><div class=n>12</div></div>"""
    css = """.sl{width:1280px;height:720px;background:#fbf7ef;padding:56px 80px;position:relative}h1{font-family:'C059',serif;font-size:52px;margin:0;color:#2d2a26}.sub{color:#8a8175;font-size:20px;margin:6px 0 36px}
table{width:100%;border-collapse:collapse;font-size:24px}th{font-size:18px;color:#8a8175;text-align:right;padding:10px;border-bottom:2px solid #2d2a26}td{padding:14px 10px;text-align:right;border-bottom:1px solid #ddd3c2}.l{text-align:left}
.take{margin-top:36px;font-size:22px;background:#2d2a26;color:#fbf7ef;padding:16px 22px;border-radius:6px}.n{position:absolute;right:40px;bottom:24px;color:#8a8175;font-size:18px}"""
    render_html(s, page(body, css, fontfam="Lato"), 1280, height=720)
    s.q("what's the LTV for Growth", f"${ltv[1]:,}", "money", "cell")
    lo = min(range(3), key=lambda i: churn[i])
    s.q("which plan has the lowest churn?", plans[lo], "text", "argmin")
    s.q("slide title", "Unit economics by plan", "text", "title")
    s.q("Enterprise LTV divided by its CAC (ratio, 2 decimals)", f"{ltv[2] / cac[2]:.2f}", "number", "ratio", literal=False)
    return s


def lockscreen(seed):
    r = _r(seed, "lock")
    s = Scene("phone_lockscreen_notifications.png", "phone lock screen with stacked notifications (dark wallpaper)", "phone", "dark", "chromium",
              "clock/date, 7 notifications from apps with senders and times, 400 px")
    notes = [("WhatsApp", "Mama", "Did you land ok? Call when you can ❤️"), ("Revolut", "Card payment", "€4.80 at Café Lusitano"), ("Gmail", "Ryanair", "Your boarding pass for FR 8345"),
             ("WhatsApp", "Flat 3B", "Jonas: who took my oat milk"), ("Calendar", "Dentist", "Tomorrow 09:15 · Rua Augusta 61"), ("Slack", "Hanne Berg", "can you review the deck before 10?"),
             ("Uber", "Your driver is arriving", "Silver Toyota Corolla · 72-VX-18")]
    r.shuffle(notes)
    t = dt.datetime(2025, 4, 11, 23, 41)
    rows = []
    for a, b, c in notes:
        rows.append((a, b, c, t))
        t -= dt.timedelta(minutes=r.randint(3, 55))
    ago = lambda x: "now" if x == rows[0][3] else f"{x:%H:%M}"
    nn = "".join(f"<div class=n><div class=a><span class=ic>{a[0]}</span>{a}<span class=tm>{ago(tt)}</span></div><b>{esc(b)}</b><div>{esc(c)}</div></div>" for a, b, c, tt in rows)
    body = f"""<div class=ph><div class=clk>23:41</div><div class=dt>Friday 11 April</div>{nn}</div>"""
    css = """.ph{width:400px;padding:30px 14px 30px;background:linear-gradient(180deg,#0f172a,#3b0764 60%,#0f172a)}.clk{font-size:80px;text-align:center;color:#fff;font-weight:300}.dt{text-align:center;color:#ddd;margin-bottom:20px}
.n{background:rgba(255,255,255,.14);border-radius:18px;padding:10px 14px;margin-bottom:8px;color:#fff;font-size:14px}.a{color:#ccc;font-size:12px;margin-bottom:2px;display:flex;align-items:center;gap:6px}.tm{margin-left:auto}
.ic{width:18px;height:18px;border-radius:5px;background:#22c55e;color:#000;font-size:11px;text-align:center;line-height:18px}"""
    render_html(s, page(body, css, bg="#0f172a", fontfam="Roboto", fg="#fff"), 400)
    s.q("how many whatsapp notifications are there", sum(1 for x in rows if x[0] == "WhatsApp"), "count", "count", literal=False)
    s.q("what did I pay at the café", "€4.80", "money", "lookup")
    s.q("which app sent the oldest notification", rows[-1][0], "text", "earliest")
    return s


ALL_B = [cricket_table, marathon_results, chat_dark, mail_3pane, calendar_month, habit_tracker, product_compare, grocery_cart_kz, docs_toc,
         analytics_dashboard, departures_board, fx_board, report_card, browser_error, conf_form, slide_retro, slide_pricing, lockscreen]
