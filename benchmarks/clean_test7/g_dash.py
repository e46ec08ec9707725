"""Dashboards: KPI cards, calendar, weather, chat, notifications, kanban, admin page."""
import random, datetime as dt, calendar as cal
from common import shot, Q, esc, eu, sp, us, SEED, uniq

GENS = ["kpi_cards", "calendar_month", "weather_widget", "chat_thread", "notifications", "kanban", "ops_dashboard"]
C = "dashboard"


def kpi_cards():
    r = random.Random(SEED + 81)
    k = [("Revenue (MTD)", r.randint(180, 420) * 1000 + r.randint(0, 999), "$"), ("New customers", r.randint(300, 1500), ""),
         ("Churn rate", round(r.uniform(1.2, 4.8), 1), "%"), ("Avg. order value", round(r.uniform(38, 96), 2), "$"),
         ("Support tickets", r.randint(80, 400), ""), ("NPS", r.randint(20, 70), "")]
    ch = [round(r.uniform(-12, 18), 1) for _ in k]
    def fmt(v, u): return (f"${v:,.2f}" if isinstance(v, float) else f"${v:,}") if u == "$" else (f"{v}%" if u == "%" else f"{v:,}")
    cards = "".join(f"<div class=k><div class=l>{n}</div><div class=v>{fmt(v,u)}</div><div class='d {'up' if c>=0 else 'dn'}'>{'▲' if c>=0 else '▼'} {abs(c)}% vs last month</div></div>" for (n, v, u), c in zip(k, ch))
    body = f"""<div class=top><b>Fernwood Outdoor</b> · Commerce overview<span class=dt>1 – 18 Jun 2026 ▾</span></div><div class=g>{cards}</div>
<div class=row><div class=p><h4>Top products</h4><table><tr><td>Trail runner GTX</td><td>1,208 sold</td></tr><tr><td>Ultralight tent 2P</td><td>644 sold</td></tr><tr><td>Merino base layer</td><td>1,931 sold</td></tr><tr><td>Hydration vest 12L</td><td>517 sold</td></tr></table></div>
<div class=p><h4>Traffic sources</h4><table><tr><td>Organic search</td><td>41%</td></tr><tr><td>Paid social</td><td>22%</td></tr><tr><td>Email</td><td>19%</td></tr><tr><td>Direct</td><td>18%</td></tr></table></div></div>"""
    css = """.top{padding:18px 30px;font-size:18px;border-bottom:1px solid #e5e7eb}.dt{float:right;font-size:14px;border:1px solid #ccc;padding:4px 10px;border-radius:6px}
.g{display:grid;grid-template-columns:repeat(3,1fr);gap:18px;padding:24px 30px}.k{border:1px solid #e5e7eb;border-radius:12px;padding:18px}.l{font-size:14px;color:#6b7280}.v{font-size:30px;font-weight:bold;margin:6px 0}
.d{font-size:13px}.up{color:#059669}.dn{color:#dc2626}.row{display:flex;gap:18px;padding:0 30px}.p{flex:1;border:1px solid #e5e7eb;border-radius:12px;padding:4px 18px 14px}table{width:100%;font-size:15px}td{padding:5px 0}td:last-child{text-align:right}"""
    img = shot("dash_kpi_fernwood", body, 1200, 620, css, font="Lato", bg="#fff")
    Q(img, "what's the churn rate right now", f"{k[2][1]}%", "number", C, "kpi value")
    worst = min(range(len(ch)), key=lambda i: ch[i]); uniq(ch, ch[worst], 0.2)
    Q(img, "which metric dropped the most vs last month?", k[worst][0], "text", C, "argmin change")
    Q(img, "best selling product?", "Merino base layer", "text", C, "argmax table", literal=True)
    Q(img, "did new customers go up or down?", "up" if ch[1] >= 0 else "down", "text", C, "direction", literal=False)


def calendar_month():
    y, m = 2026, 10
    ev = {3: [("09:30", "Dentist — Dr. Okonkwo")], 7: [("14:00", "Q3 review")], 12: [("all day", "Thanksgiving (CA)")], 15: [("18:30", "Yoga")], 16: [("10:00", "1:1 with Marta")],
          21: [("08:15", "Flight LH 1123 → MUC")], 22: [("19:00", "Dinner at Sora")], 27: [("11:00", "Budget deadline")], 29: [("18:30", "Yoga")], 30: [("16:00", "Team retro")]}
    weeks = cal.Calendar(0).monthdayscalendar(y, m)
    cells = "".join("<div class=h>" + d + "</div>" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    for w in weeks:
        for d in w:
            if d == 0: cells += "<div class='c o'></div>"; continue
            e = "".join(f"<div class=e>{t} {esc(n)}</div>" for t, n in ev.get(d, []))
            cells += f"<div class='c {'td' if d == 19 else ''}'><div class=n>{d}</div>{e}</div>"
    body = f"<div class=hd><span class=mn>October 2026</span><span class=bt>Today</span><span class=bt>‹</span><span class=bt>›</span><span class=vw>Month ▾</span></div><div class=grid>{cells}</div>"
    css = """.hd{padding:14px 20px;display:flex;gap:12px;align-items:center}.mn{font-size:24px;margin-right:20px}.bt{border:1px solid #ccc;padding:4px 10px;border-radius:4px;font-size:14px}.vw{margin-left:auto;font-size:14px}
.grid{display:grid;grid-template-columns:repeat(7,1fr);border-top:1px solid #ddd}.h{font-size:13px;color:#666;padding:6px;text-align:center;border-bottom:1px solid #ddd}.c{height:96px;border-right:1px solid #eee;border-bottom:1px solid #eee;padding:4px;font-size:12px}
.o{background:#fafafa}.n{font-size:14px;margin-bottom:3px}.td .n{background:#1a73e8;color:#fff;border-radius:12px;width:24px;text-align:center}.e{background:#e8f0fe;color:#174ea6;border-radius:4px;padding:2px 4px;margin-bottom:2px;white-space:nowrap;overflow:hidden}"""
    img = shot("calendar_oct", body, 1160, 640, css, font="Noto Sans")
    Q(img, "which day is my dentist appointment", "3 October", "date", C, "event date", literal=False)
    Q(img, "what day of the week is the budget deadline?", cal.day_name[dt.date(y, m, 27).weekday()], "text", C, "weekday of event", literal=False)
    Q(img, "how many yoga sessions are on the calendar this month", str(sum(1 for d in ev.values() for _, n in d if n == "Yoga")), "count", C, "count events", literal=False)
    Q(img, "what's on the 21st?", "Flight LH 1123 → MUC", "text", C, "event at date")


def weather_widget():
    r = random.Random(SEED + 83)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    icons = ["☀", "⛅", "☁", "🌧", "⛈", "🌦"]
    hi = [r.randint(14, 27) for _ in days]; lo = [h - r.randint(5, 11) for h in hi]; rain = [r.choice([0, 5, 10, 20, 40, 60, 80, 90]) for _ in days]
    ic = [r.choice(icons) for _ in days]
    fc = "".join(f"<div class=d><div>{d}</div><div class=i>{i}</div><div class=hl><b>{h}°</b> <span>{l}°</span></div><div class=rn>💧{p}%</div></div>" for d, i, h, l, p in zip(days, ic, hi, lo, rain))
    body = f"""<div class=w><div class=now><div><div class=city>Wellington, NZ</div><div class=t>{hi[0]-3}°C</div><div>Windy · feels like {hi[0]-6}°</div></div><div class=dt>Wind 48 km/h NW<br>Humidity 71%<br>UV index 5 (moderate)<br>Sunset 19:52</div></div><div class=fc>{fc}</div></div>"""
    css = """.w{margin:18px;border-radius:22px;padding:24px;background:linear-gradient(160deg,#0f2b46,#1e5f8c);color:#fff;width:780px}.now{display:flex;justify-content:space-between}.city{font-size:20px}.t{font-size:64px;font-weight:300}
.dt{font-size:15px;line-height:1.7;text-align:right}.fc{display:flex;justify-content:space-between;margin-top:20px;border-top:1px solid #ffffff44;padding-top:14px}.d{text-align:center;font-size:15px;width:90px}.i{font-size:30px;margin:6px 0}.hl span{opacity:.7}.rn{font-size:13px;margin-top:4px}"""
    img = shot("weather_wellington", body, 860, 400, css, font="Cantarell", bg="#dbe7f1")
    wd = hi.index(uniq(hi, max(hi), 0)); Q(img, "which day will be warmest this week", days[wd], "text", C, "argmax forecast")
    Q(img, "what's the low on Thursday?", f"{lo[3]}°", "number", C, "value at label")
    Q(img, "chance of rain on Saturday", f"{rain[5]}%", "number", C, "value at label")
    Q(img, "what time is sunset", "19:52", "time", C, "lookup")


def chat_thread():
    msgs = [("Lina Haddad", "09:12", "Morning! Did the supplier confirm the new delivery date?"), ("me", "09:15", "Yes — Kessler Metallbau said Thursday the 12th, before noon."),
            ("Lina Haddad", "09:16", "Great. How many crates this time?"), ("me", "09:18", "14 crates, two of them oversized. Dock 3 is reserved."),
            ("Rui Tavares", "09:31", "I can sign for it, I'm on site until 15:00 that day."), ("Lina Haddad", "09:33", "Perfect, thanks Rui 🙏"),
            ("me", "09:40", "Invoice is €8.420 + VAT, I'll forward it to accounts."), ("Rui Tavares", "09:41", "👍")]
    b = ""
    for who, t, m in msgs:
        side = "me" if who == "me" else "them"
        b += f"<div class='m {side}'>{'' if side=='me' else f'<div class=who>{who}</div>'}{esc(m)}<span class=t>{t}</span></div>"
    body = f"""<div class=app><div class=list><div class=s>🔍 Search</div><div class='it on'><b>Warehouse — Porto</b><br><small>Rui: 👍</small></div><div class=it><b>Family</b><br><small>Mum: photo</small></div><div class=it><b>Alejandro Ruiz</b><br><small>see you at 7</small></div><div class=it><b>Padel club</b><br><small>Court 2 booked</small></div></div>
<div class=ch><div class=hd><b>Warehouse — Porto</b><br><small>Lina, Rui, you</small></div><div class=ms>{b}</div></div></div>"""
    css = """.app{display:flex;height:100vh}.list{width:300px;background:#fff;border-right:1px solid #ddd}.s{padding:12px;background:#f0f2f5;margin:10px;border-radius:8px;color:#666}.it{padding:12px 16px;border-bottom:1px solid #f0f0f0;font-size:15px}.it.on{background:#e9edef}
.ch{flex:1;background:#efeae2;display:flex;flex-direction:column}.hd{background:#f0f2f5;padding:10px 18px;font-size:15px}.ms{padding:18px 40px}.m{max-width:60%;padding:8px 12px 8px;border-radius:8px;margin:6px 0;font-size:15px;position:relative;clear:both}
.them{background:#fff;float:left}.me{background:#d9fdd3;float:right}.who{font-size:13px;font-weight:bold;color:#c2410c}.t{font-size:11px;color:#777;margin-left:10px}"""
    img = shot("chat_warehouse", body, 1180, 680, css, font="Noto Sans", bg="#fff")
    Q(img, "how many crates are coming", "14", "count", "chat", "value in message")
    Q(img, "who's going to sign for the delivery?", "Rui Tavares", "person", "chat", "who")
    Q(img, "what's the invoice amount", "€8.420 + VAT", "money", "chat", "amount in message")
    Q(img, "which supplier is it", "Kessler Metallbau", "text", "chat", "name in message")


def notifications():
    n = [("🔴", "Payment failed", "Your card ending 4417 was declined for invoice INV-30912.", "2 min ago"), ("🟢", "Deploy succeeded", "web-frontend v5.12.0 is live on production.", "18 min ago"),
         ("🟡", "Storage at 85%", "Bucket media-eu-west is nearly full (85% of 2 TB).", "1 h ago"), ("🔵", "New comment", "Ayşe Kaya commented on “Q3 roadmap”: “Let's move SSO up.”", "3 h ago"),
         ("🟢", "Backup complete", "Nightly backup finished in 42 min (312 GB).", "7 h ago"), ("🔴", "Login from new device", "Chrome on Windows · Nairobi, Kenya", "Yesterday"),
         ("🔵", "Invitation accepted", "Mohammed Al-Sayed joined the Analytics workspace.", "Yesterday")]
    items = "".join(f"<div class=n><span class=i>{i}</span><div class=tx><b>{t}</b><div>{esc(d)}</div></div><span class=tm>{tm}</span></div>" for i, t, d, tm in n)
    body = f"<div class=p><div class=hd>Notifications <span class=bd>7 new</span><span class=mk>Mark all as read</span></div>{items}</div>"
    css = """.p{margin:20px auto;width:600px;background:#1f2937;border-radius:14px;overflow:hidden}.hd{padding:16px 20px;font-size:18px;font-weight:bold;border-bottom:1px solid #374151}.bd{background:#ef4444;font-size:12px;padding:2px 8px;border-radius:10px;margin-left:8px}.mk{float:right;font-size:13px;color:#93c5fd;font-weight:normal}
.n{display:flex;gap:12px;padding:13px 20px;border-bottom:1px solid #374151;font-size:14px}.i{font-size:14px}.tx{flex:1}.tx div{color:#9ca3af;margin-top:2px}.tm{font-size:12px;color:#9ca3af;white-space:nowrap}"""
    img = shot("notif_dark", body, 640, 640, css, font="DejaVu Sans", bg="#111827", fg="#f3f4f6")
    Q(img, "what version got deployed", "v5.12.0", "version", "notifications", "version in message")
    Q(img, "which card was declined (last 4 digits)?", "4417", "code", "notifications", "value in message")
    Q(img, "who commented on the Q3 roadmap", "Ayşe Kaya", "person", "notifications", "who")
    Q(img, "how long did the backup take", "42 min", "time", "notifications", "duration")


def kanban():
    cols = {"Backlog": [("Dark mode for invoices", "Yara", "low"), ("Export to DATEV", "Felix", "med"), ("Audit log retention", "—", "low")],
            "In progress": [("SEPA instant payouts", "Nikolai", "high"), ("Receipt OCR v2", "Mariana", "med"), ("Fix rounding in VAT report", "Felix", "high")],
            "Review": [("Multi-currency wallets", "Ji-woo", "high")],
            "Done": [("2FA via passkeys", "Yara", "med"), ("Vendor portal search", "Mariana", "low"), ("CSV import wizard", "Nikolai", "med"), ("Slack alerts", "Ji-woo", "low")]}
    colr = {"high": "#dc2626", "med": "#d97706", "low": "#16a34a"}
    h = ""
    for c, cards in cols.items():
        h += f"<div class=col><div class=ch>{c} <span>{len(cards)}</span></div>" + "".join(f"<div class=cd><div>{t}</div><div class=ft><span class=pr style='background:{colr[p]}'>{p}</span><span>{a}</span></div></div>" for t, a, p in cards) + "</div>"
    body = f"<div class=tp>Sprint 19 · Payments squad <span>ends Fri 6 Nov</span></div><div class=bd>{h}</div>"
    css = """.tp{padding:16px 24px;font-size:20px;font-weight:bold;color:#fff;background:#4338ca}.tp span{font-size:14px;font-weight:normal;margin-left:14px;opacity:.8}.bd{display:flex;gap:16px;padding:20px;background:#eef2ff;min-height:100vh}
.col{width:290px;background:#e0e7ff;border-radius:10px;padding:10px}.ch{font-weight:bold;margin-bottom:10px;font-size:15px}.ch span{background:#c7d2fe;border-radius:9px;padding:1px 8px;font-size:12px;margin-left:4px}
.cd{background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:10px;font-size:15px;box-shadow:0 1px 2px #0002}.ft{display:flex;justify-content:space-between;margin-top:8px;font-size:13px;color:#555}.pr{color:#fff;padding:1px 8px;border-radius:8px;font-size:12px}"""
    img = shot("kanban_payments", body, 1260, 560, css, font="Nimbus Sans")
    Q(img, "what's in review right now?", "Multi-currency wallets", "text", "kanban", "column contents")
    Q(img, "how many high-priority cards are still in progress", str(sum(1 for _, _, p in cols["In progress"] if p == "high")), "count", "kanban", "count with condition", literal=False)
    Q(img, "who's working on Receipt OCR v2", "Mariana", "person", "kanban", "assignee")
    Q(img, "how many tasks are done", str(len(cols["Done"])), "count", "kanban", "column count")


def ops_dashboard():
    r = random.Random(SEED + 87)
    svcs = ["auth", "catalog", "cart", "checkout", "payments", "search", "emails", "recommend"]
    rows = []
    for s in svcs:
        p99 = r.randint(40, 900); err = round(r.uniform(0, 3.5), 2); up = round(r.uniform(99.2, 100), 2)
        st = "Degraded" if err > 2.5 or p99 > 800 else "Healthy"
        rows.append((s, p99, err, up, st))
    tr = "".join(f"<tr><td>{s}</td><td>{p} ms</td><td>{e:.2f}%</td><td>{u:.2f}%</td><td class={st}>● {st}</td></tr>" for s, p, e, u, st in rows)
    inc = [("INC-2291", "Elevated 5xx on checkout", "SEV2", "Open", "Haruto Sato"), ("INC-2288", "Search index lag", "SEV3", "Monitoring", "Adaeze Obi"), ("INC-2280", "Email bounce spike", "SEV3", "Resolved", "Lars Berg")]
    itr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in inc)
    body = f"""<div class=tp>◉ Observatory <span>prod-eu · last 24h</span></div><div class=g><div class=p><h4>Service health</h4><table><tr><th>Service</th><th>p99 latency</th><th>Error rate</th><th>Uptime</th><th>Status</th></tr>{tr}</table></div>
<div class=side><div class=p><h4>Open incidents</h4><table><tr><th>ID</th><th>Title</th><th>Sev</th><th>State</th><th>Owner</th></tr>{itr}</table></div><div class=p><h4>On call</h4><p>Primary: <b>Haruto Sato</b> (until 18:00 UTC)<br>Secondary: <b>Valentina Greco</b></p></div></div></div>"""
    css = """.tp{padding:14px 24px;background:#020617;color:#38bdf8;font-size:19px;font-weight:bold}.tp span{color:#94a3b8;font-size:14px;font-weight:normal;margin-left:12px}.g{display:flex;gap:18px;padding:18px}.p{background:#0f172a;border:1px solid #1e293b;border-radius:10px;padding:6px 16px 14px;margin-bottom:18px}
.p:first-child{flex:1}.side{width:620px}table{width:100%;border-collapse:collapse;font-size:14px}th{text-align:left;color:#64748b;font-weight:normal;padding:6px 4px;border-bottom:1px solid #1e293b}td{padding:7px 4px;border-bottom:1px solid #1e293b}
.Healthy{color:#4ade80}.Degraded{color:#fbbf24}h4{color:#e2e8f0}p{font-size:14px;line-height:1.6}"""
    img = shot("ops_observatory", body, 1500, 560, css, font="Fira Code", bg="#020617", fg="#cbd5e1")
    deg = [x[0] for x in rows if x[4] == "Degraded"]
    Q(img, "how many services are degraded?", str(len(deg)), "count", C, "count status", literal=False)
    slow = max(rows, key=lambda x: x[1]); uniq([x[1] for x in rows], slow[1], 5)
    Q(img, "which service has the worst p99 latency", slow[0], "text", C, "argmax")
    Q(img, "who owns the checkout 5xx incident?", "Haruto Sato", "person", C, "owner lookup")
    Q(img, "uptime of payments?", f"{rows[4][3]:.2f}%", "number", C, "cell lookup")
    Q(img, "who's secondary on call", "Valentina Greco", "person", C, "lookup")
