"""Dashboards: KPI cards, kanban boards, calendar, weather widget, chat, notifications."""
import calendar as cal
import datetime as dt
from common import q, render_html, page, esc, de, us, argmax_unique

CAT = "dashboard"


def kpi(rng):
    name = "dash_kpi_saas"
    cards = [("MRR", 184_320, 6.4, "€"), ("Active accounts", 2_941, 2.1, ""), ("Churn", 3.8, -0.6, "%"), ("Avg. deal size", 7_420, -3.2, "€"),
             ("Trial → paid", 18.6, 1.9, "%"), ("Open tickets", 57, 12.0, "")]
    def fmt(v, u):
        if u == "%":
            return de(v, 1) + " %"
        if u == "€":
            return de(v, 0) + " €"
        return de(v, 0)
    kc = "".join(f"<div class=k><div class=t>{t}</div><div class=v>{fmt(v, u)}</div><div class='c {'up' if c > 0 else 'dn'}'>{'▲' if c > 0 else '▼'} {de(abs(c), 1)} % vs. Vormonat</div></div>" for t, v, c, u in cards)
    regions = [("Deutschland", rng.randint(50, 90)), ("Österreich", rng.randint(10, 30)), ("Schweiz", rng.randint(10, 30)), ("Benelux", rng.randint(5, 25))]
    reg = "".join(f"<div class=rg><span>{r}</span><div class=bt><div style='width:{v}%'></div></div><span>{v} k€</span></div>" for r, v in regions)
    deals = [("Hafenlogistik Bremen", "Verhandlung", 24_000), ("Kaffeerösterei Vogl", "Angebot", 8_400), ("Stadtwerke Lienz", "Gewonnen", 31_500),
             ("Meier & Söhne AG", "Verloren", 12_900), ("Okapi Studios", "Gewonnen", 5_750)]
    dl = "".join(f"<tr><td>{a}</td><td>{b}</td><td style='text-align:right'>{de(c, 0)} €</td></tr>" for a, b, c in deals)
    css = """.app{display:flex;width:1500px}.nav{width:210px;background:#0b3b2e;color:#cde8dc;min-height:780px;padding:22px 18px;font-size:15px;line-height:2.4}
    .nav b{color:#fff;font-size:20px}.m{flex:1;padding:24px 30px;background:#f3f6f4}.g{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}
    .k{background:#fff;border-radius:10px;padding:16px 20px;border:1px solid #dde5e0}.t{font-size:13px;color:#6b7d74;text-transform:uppercase;letter-spacing:1px}
    .v{font-size:30px;font-weight:bold;margin:6px 0}.c{font-size:13px}.up{color:#15803d}.dn{color:#b91c1c}
    .row{display:flex;gap:16px;margin-top:18px}.p{background:#fff;border-radius:10px;padding:16px 20px;border:1px solid #dde5e0;flex:1}
    .rg{display:flex;align-items:center;gap:10px;margin:10px 0;font-size:14px}.rg span:first-child{width:100px}.bt{flex:1;background:#e6efe9;height:12px;border-radius:6px}.bt div{background:#10b981;height:12px;border-radius:6px}
    table{width:100%;border-collapse:collapse;font-size:14px}td{padding:7px 4px;border-bottom:1px solid #eee}"""
    body = f"""<div class=app><div class=nav><b>◎ Nordlicht CRM</b><br>Übersicht<br>Kontakte<br>Deals<br>Berichte<br>Einstellungen</div><div class=m>
    <h2 style='margin:0 0 16px'>Übersicht · Oktober 2024</h2><div class=g>{kc}</div><div class=row><div class=p><b>Umsatz nach Region</b>{reg}</div>
    <div class=p><b>Letzte Deals</b><table>{dl}</table></div></div></div></div>"""
    render_html(name, page(css, body, font="Lato"), 1500, 860)
    q(name, CAT, "what's our MRR right now?", "184.320 €", "money", "KPI value", True)
    rmax = argmax_unique(regions, key=lambda r: r[1])
    q(name, CAT, "which region brings in the most revenue?", rmax[0], "text", "max in panel", True)
    q(name, CAT, "how many of the recent deals were won", str(sum(1 for d in deals if d[1] == "Gewonnen")), "count", "count status", False)


def kanban(rng):
    name = "dash_kanban_sprint"
    cols = {"Backlog": [("Dark mode for invoices", "Lucía", 3, "UI"), ("Export to DATEV", "Jonas", 8, "Integrations"), ("Audit log retention", "Amara", 5, "Backend")],
            "In progress": [("Bulk edit customers", "Wei", 5, "UI"), ("Stripe webhooks v2", "Jonas", 8, "Integrations"), ("Slow query on /reports", "Priyanka", 3, "Backend"),
                            ("Onboarding checklist", "Lucía", 2, "UI")],
            "Review": [("PDF font embedding", "Amara", 2, "Backend"), ("SAML metadata upload", "Wei", 5, "Auth")],
            "Done": [("Password reset emails", "Priyanka", 1, "Auth"), ("CSV import preview", "Lucía", 3, "UI"), ("Rate-limit headers", "Jonas", 2, "Backend")]}
    tagc = {"UI": "#f472b6", "Integrations": "#60a5fa", "Backend": "#34d399", "Auth": "#fbbf24"}
    html = ""
    for c, cards in cols.items():
        cc = "".join(f"<div class=cd><div class=tg style='background:{tagc[g]}'>{g}</div><div class=tt>{esc(t)}</div><div class=mt><span class=av>{a}</span><span class=pt>{p} pts</span></div></div>" for t, a, p, g in cards)
        html += f"<div class=col><div class=ch>{c} <span class=n>{len(cards)}</span></div>{cc}</div>"
    css = """.b{width:1360px;padding:22px;background:#1f2430;color:#e6e6e6;font-family:'Cantarell';min-height:700px}.hd{font-size:22px;margin-bottom:16px}
    .cs{display:flex;gap:16px}.col{flex:1;background:#272d3b;border-radius:10px;padding:12px}.ch{font-weight:bold;margin-bottom:10px;font-size:16px}
    .n{background:#3b4356;border-radius:10px;padding:1px 8px;font-size:13px;margin-left:6px}.cd{background:#323a4c;border-radius:8px;padding:12px;margin-bottom:10px}
    .tg{display:inline-block;font-size:11px;color:#111;padding:2px 8px;border-radius:8px;font-weight:bold}.tt{font-size:16px;margin:8px 0}
    .mt{display:flex;justify-content:space-between;font-size:13px;color:#aab}.av{color:#9fd0ff}"""
    body = f"<div class=b><div class=hd>Sprint 42 · Billing squad · ends Fri 15 Nov</div><div class=cs>{html}</div></div>"
    render_html(name, page(css, body, bg="#1f2430"), 1400, 800)
    ip = cols["In progress"]
    q(name, "kanban", "how many cards are in progress?", str(len(ip)), "count", "count column", True)
    q(name, "kanban", "who's working on the Stripe webhooks ticket", "Jonas", "person", "assignee", True)
    q(name, "kanban", "which column is 'PDF font embedding' in?", "Review", "text", "card column", True)
    q(name, "kanban", "total story points already done", str(sum(c[2] for c in cols["Done"])), "number", "sum column", False)


def kanban_light(rng):
    name = "dash_kanban_hiring"
    cols = {"Applied": ["Mariam Al-Sayed", "Tobias Lindgren", "Chen Yu", "Diego Ramírez", "Adaeze Nnamdi"],
            "Phone screen": ["Olga Kuznetsova", "Rahul Menon"], "Onsite": ["Élodie Marchand", "Kwame Asante", "Sara Ferreira"],
            "Offer": ["Haruto Sato"]}
    html = "".join(f"<div class=col><div class=ch>{c}</div>" + "".join(f"<div class=cd>{esc(p)}<div class=r>Senior Data Engineer</div></div>" for p in ps) + "</div>" for c, ps in cols.items())
    css = """.b{width:980px;padding:24px;font-family:'Nimbus Sans';background:#fafaf7}.cs{display:flex;gap:14px}.col{flex:1;border-top:4px solid #111;padding-top:8px}
    .ch{font-weight:bold;font-size:15px;text-transform:uppercase;letter-spacing:1px;margin-bottom:10px}.cd{background:#fff;border:1px solid #ddd;padding:10px;margin-bottom:8px;font-size:15px}
    .r{font-size:12px;color:#888;margin-top:2px}"""
    body = f"<div class=b><h2 style='margin-top:0'>Pipeline — Senior Data Engineer (Berlin)</h2><div class=cs>{html}</div></div>"
    render_html(name, page(css, body, bg="#fafaf7"), 1030, 700)
    q(name, "kanban", "who has reached the offer stage?", "Haruto Sato", "person", "single card column", True)
    q(name, "kanban", "how many candidates are at onsite", str(len(cols["Onsite"])), "count", "count cards", False)
    q(name, "kanban", "what stage is Rahul Menon in?", "Phone screen", "text", "card column", True)


def calendar_month(rng):
    name = "dash_calendar_nov"
    y, m = 2024, 11
    events = {4: ("Dentist 08:30", "#fca5a5"), 8: ("Sprint review", "#93c5fd"), 13: ("Ayşe's birthday", "#f9a8d4"), 19: ("Flight to Lisbon", "#fcd34d"),
              20: ("Web Summit", "#fcd34d"), 21: ("Web Summit", "#fcd34d"), 27: ("Rent due", "#86efac"), 29: ("Team offsite", "#c4b5fd")}
    weeks = cal.Calendar(firstweekday=0).monthdayscalendar(y, m)
    cells = ""
    for wk in weeks:
        for d in wk:
            ev = f"<div class=ev style='background:{events[d][1]}'>{events[d][0]}</div>" if d in events else ""
            cells += f"<div class='c {'o' if d == 0 else ''}'><div class=d>{d or ''}</div>{ev}</div>"
    css = """.w{width:920px;padding:20px;font-family:'Lato'}.g{display:grid;grid-template-columns:repeat(7,1fr);border-left:1px solid #ddd;border-top:1px solid #ddd}
    .h{font-size:13px;color:#777;text-align:center;padding:6px 0;border-right:1px solid #ddd;border-bottom:1px solid #ddd;background:#fafafa}
    .c{height:96px;border-right:1px solid #ddd;border-bottom:1px solid #ddd;padding:4px}.o{background:#f6f6f6}.d{font-size:14px;text-align:right;color:#444}
    .ev{font-size:12.5px;padding:2px 5px;border-radius:4px;margin-top:4px}"""
    hd = "".join(f"<div class=h>{d}</div>" for d in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    body = f"<div class=w><h2 style='margin:0 0 12px'>November 2024</h2><div class=g>{hd}{cells}</div></div>"
    render_html(name, page(css, body), 960, 760)
    wd = dt.date(y, m, 19).strftime("%A")
    q(name, CAT, "what day of the week is the Lisbon flight?", wd, "text", "weekday of event", False)
    rent = [d for d, e in events.items() if e[0] == "Rent due"][0]
    q(name, CAT, "when's rent due this month", f"{rent} November", "date", "date of event", False)


def weather(rng):
    name = "dash_weather_widget"
    days = ["Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    icons = ["☀", "⛅", "☁", "🌧", "⛈", "☀"]
    hi = [rng.randint(14, 27) for _ in days]
    lo = [h - rng.randint(5, 11) for h in hi]
    rain = [rng.choice([0, 5, 10, 20, 40, 70, 90]) for _ in days]
    fc = "".join(f"<div class=d><div>{d}</div><div class=i>{i}</div><div><b>{h}°</b> <span class=lo>{l}°</span></div><div class=r>💧{r}%</div></div>" for d, i, h, l, r in zip(days, icons, hi, lo, rain))
    css = """.w{width:640px;margin:22px;border-radius:22px;padding:24px 28px;background:linear-gradient(160deg,#1e3a8a,#0ea5e9);color:#fff;font-family:'Open Sans'}
    .now{display:flex;justify-content:space-between;align-items:center}.t{font-size:72px;font-weight:300}.fc{display:flex;justify-content:space-between;margin-top:18px;text-align:center;font-size:15px}
    .i{font-size:30px;margin:6px 0}.lo{opacity:.7}.r{font-size:13px;opacity:.9;margin-top:4px}"""
    body = f"""<div class=w><div class=now><div><div style='font-size:22px'>Porto, Portugal</div><div style='opacity:.8'>Monday 14:00 · Partly cloudy</div>
    <div style='opacity:.8;font-size:14px'>Wind 18 km/h NW · Humidity 64%</div></div><div class=t>19°</div></div><div class=fc>{fc}</div></div>"""
    render_html(name, page(css, body, bg="#e2e8f0"), 700, 420)
    wet = argmax_unique(list(zip(days, rain)), key=lambda t: t[1])
    q(name, CAT, "which day has the highest chance of rain?", wet[0], "text", "max in forecast", True)
    q(name, CAT, "what's the high on Friday", f"{hi[3]}°", "number", "value at label", True)


def chat(rng):
    name = "dash_chat_thread"
    vos, lisboa = 2340, 1980
    msgs = [("Zanele", "09:12", "Morning! Did the printer quote come back?", False), ("me", "09:15", f"Yes — Drukkerij Vos quoted €{vos:,} for 500 copies", True),
            ("Zanele", "09:16", f"Hmm that's more than the €{lisboa:,} from Lisboa Print", False), ("me", "09:18", "True but Vos can deliver by Oct 3, Lisboa needs until Oct 11", True),
            ("Zanele", "09:21", "Launch is Oct 7 so Vos it is 👍", False), ("Zanele", "09:21", "Can you confirm with them today?", False),
            ("me", "09:40", "Done. Order number VOS-77812", True)]
    mh = "".join(f"<div class='m {'me' if mine else ''}'><div class=bu>{esc(t)}<span class=ts>{tm}</span></div></div>" for who, tm, t, mine in msgs)
    css = """.c{width:520px;margin:18px;background:#ece5dd;border-radius:10px;overflow:hidden;font-family:'Roboto'}.h{background:#075e54;color:#fff;padding:14px 18px;font-size:18px}
    .m{display:flex;padding:4px 12px}.me{justify-content:flex-end}.bu{max-width:78%;background:#fff;padding:8px 12px;border-radius:8px;font-size:15px}.me .bu{background:#dcf8c6}
    .ts{font-size:11px;color:#888;margin-left:10px;float:right;margin-top:6px}"""
    body = f"<div class=c><div class=h>Zanele Dlamini<div style='font-size:12px;opacity:.8'>online</div></div><div style='padding:10px 0'>{mh}</div></div>"
    render_html(name, page(css, body, bg="#fff"), 560, 700)
    q(name, CAT, "which printer did they pick?", "Drukkerij Vos", "text", "decision in chat", True)
    q(name, CAT, "how much cheaper was Lisboa Print?", f"€{vos - lisboa:,}", "money", "difference of two quotes", False)
    q(name, CAT, "what's the order number", "VOS-77812", "code", "code in chat", True)


def notifications(rng):
    name = "dash_notifications"
    items = [("🔴", "Payment failed", "Invoice #INV-3307 for Ostrava Bikes could not be charged", "2 min ago"),
             ("🟢", "Deploy succeeded", "web-frontend v5.12.0 is live in eu-central", "18 min ago"),
             ("🟡", "Disk usage warning", "db-replica-2 at 86% of 2 TB", "1 h ago"),
             ("🔵", "New comment", "Marisol Vega commented on “Q4 pricing page”", "3 h ago"),
             ("🟢", "Backup completed", "Nightly snapshot 2024-11-18 (412 GB)", "9 h ago"),
             ("🔴", "SSL certificate expiring", "api.lumenworks.io expires in 6 days", "yesterday")]
    li = "".join(f"<div class=n><div class=ic>{i}</div><div style='flex:1'><div class=t>{t}</div><div class=s>{esc(s)}</div></div><div class=a>{a}</div></div>" for i, t, s, a in items)
    css = """.p{width:560px;margin:20px;background:#fff;border-radius:12px;box-shadow:0 6px 24px #0002;font-family:'Lato'}.hd{padding:16px 20px;font-size:19px;font-weight:bold;border-bottom:1px solid #eee}
    .n{display:flex;gap:14px;padding:13px 20px;border-bottom:1px solid #f1f1f1}.ic{font-size:18px}.t{font-weight:bold;font-size:15px}.s{font-size:14px;color:#555;margin-top:2px}.a{font-size:12px;color:#999;white-space:nowrap}"""
    body = f"<div class=p><div class=hd>Notifications <span style='color:#888;font-weight:normal;font-size:14px'>· 6 new</span></div>{li}</div>"
    render_html(name, page(css, body, bg="#f1f5f9"), 620, 700)
    q(name, CAT, "what version of web-frontend just deployed?", "v5.12.0", "version", "version in notification", True)
    q(name, CAT, "which domain's cert is about to expire", "api.lumenworks.io", "text", "notification detail", True)


def build(rng):
    for f in (kpi, kanban, kanban_light, calendar_month, weather, chat, notifications):
        f(rng)
