"""Dashboards: calendars, chats, weather, kanban, KPI, notifications; slides; articles with figures."""
import calendar as _cal
from datetime import date, timedelta
from common import render_html, q, esc, fmt_en, fmt_de, fmt_fr, cents


def cal_week():
    name = "calendar_week"
    days = ["Mon 16", "Tue 17", "Wed 18", "Thu 19", "Fri 20"]
    ev = [(0, 9.0, 1.0, "Stand-up", "#a5d8ff"), (0, 14.0, 1.5, "Design review w/ Ngozi", "#ffd8a8"), (1, 10.5, 1.0, "1:1 Mateus", "#b2f2bb"),
          (2, 9.0, 0.5, "Stand-up", "#a5d8ff"), (2, 13.0, 2.0, "Quarterly planning", "#eebefa"), (3, 11.0, 1.0, "Dentist (Dr. Yılmaz)", "#ffc9c9"),
          (3, 15.5, 1.0, "Vendor call — Kōbe Steelworks", "#ffd8a8"), (4, 16.0, 1.5, "Team drinks 🍻", "#fff3bf")]
    hh = 54
    start = 8
    grid = "".join(f"<div class=hr style='top:{(h-start)*hh}px'><span>{h:02d}:00</span></div>" for h in range(start, 19))
    cols = ""
    for i, d in enumerate(days):
        evs = "".join(f"<div class=ev style='top:{(s-start)*hh}px;height:{l*hh-4}px;background:{c}'><b>{esc(t)}</b><br>{int(s):02d}:{int(s%1*60):02d}–{int(s+l):02d}:{int((s+l)%1*60):02d}</div>" for di, s, l, t, c in ev if di == i)
        cols += f"<div class=col><div class=dh>{d}</div><div class=cb>{evs}</div></div>"
    body = f"<div class=cal><div class=top>March 2026 · Week 12 <span>Today</span></div><div class=gr><div class=tcol><div class=dh></div><div class=cb>{grid}</div></div>{cols}</div></div>"
    css = f""".cal{{width:1180px;font-family:'Noto Sans';background:#fff}}.top{{padding:14px 20px;font-size:20px;border-bottom:1px solid #ddd}}.top span{{font-size:13px;border:1px solid #aaa;padding:3px 10px;border-radius:12px;margin-left:12px}}
.gr{{display:flex}}.col{{flex:1;border-left:1px solid #eee}}.tcol{{width:70px}}.dh{{height:36px;text-align:center;line-height:36px;font-weight:bold;border-bottom:1px solid #ddd}}.cb{{position:relative;height:{11*hh}px}}
.hr{{position:absolute;left:0;width:70px;font-size:12px;color:#888;text-align:right;padding-right:6px;box-sizing:border-box}}.ev{{position:absolute;left:4px;right:4px;border-radius:6px;padding:4px 6px;font-size:13px;overflow:hidden}}"""
    render_html(name, body, 1180, 700, css)
    q(name, "when is the dentist appointment?", "Thu 19, 11:00–12:00", "time", "calendar", "event time", literal=False)
    q(name, "what's on Wednesday afternoon", "Quarterly planning", "text", "calendar", "event by day/time")
    q(name, "what time is the vendor call on Thursday?", "15:30–16:30", "time", "calendar", "event time")


def cal_month():
    name = "calendar_month_dark"
    y, m = 2026, 9
    events = {3: ["Rent due"], 8: ["Marta's birthday 🎂"], 11: ["Flight to Porto 07:40"], 14: ["Back home"], 17: ["Parents' evening 18:30"],
              22: ["Car MOT"], 25: ["Payday"], 29: ["Book club — “Pedro Páramo”"]}
    weeks = _cal.Calendar(0).monthdayscalendar(y, m)
    cells = ""
    for wk in weeks:
        for d in wk:
            if d == 0:
                cells += "<div class='c e'></div>"
            else:
                ev = "".join(f"<div class=ev>{esc(e)}</div>" for e in events.get(d, []))
                cells += f"<div class=c><div class=n>{d}</div>{ev}</div>"
    body = f"<div class=mc><div class=h>September 2026</div><div class=g>{''.join(f'<div class=wd>{w}</div>' for w in ['Mon','Tue','Wed','Thu','Fri','Sat','Sun'])}{cells}</div></div>"
    css = """.mc{width:1160px;background:#1c1b22;color:#eee;font-family:'Cantarell';padding:18px}.h{font-size:26px;margin-bottom:12px}.g{display:grid;grid-template-columns:repeat(7,1fr);gap:4px}.wd{color:#9e9bb5;font-size:14px;padding:4px}
.c{background:#2a2833;min-height:96px;border-radius:6px;padding:6px}.e{background:transparent}.n{font-size:15px;color:#c9c6da}.ev{background:#7048e8;color:#fff;font-size:13px;border-radius:4px;padding:2px 5px;margin-top:4px}"""
    render_html(name, body, 1200, 760, css, bg="#1c1b22")
    wd = date(y, m, 17).strftime("%A")
    q(name, "when's Marta's birthday?", "8 September 2026", "date", "calendar", "date of event", literal=False)
    q(name, "what day of the week is the parents' evening?", wd, "text", "calendar", "weekday of event", literal=False)
    q(name, "what time is my flight to Porto", "07:40", "time", "calendar", "time in event")


def cal_agenda():
    name = "calendar_agenda_phone"
    items = [("Today · Tue 7 Jul", [("08:15", "School run", ""), ("12:30", "Lunch with Dagny", "Kafé Sørli"), ("17:00", "Physio — knee", "Linnegata 4")]),
             ("Tomorrow · Wed 8 Jul", [("All day", "Oskar at summer camp", ""), ("19:30", "Choir rehearsal", "St. Olav's hall")]),
             ("Thu 9 Jul", [("09:00", "Budget call with Chidi", "Teams"), ("14:00", "Pick up passport", "Politihuset")])]
    body = "<div class=ph><div class=t>Agenda</div>"
    for d, evs in items:
        body += f"<div class=d>{d}</div>" + "".join(f"<div class=e><div class=tm>{t}</div><div><b>{esc(n)}</b>{'<br><span>📍 ' + esc(l) + '</span>' if l else ''}</div></div>" for t, n, l in evs)
    body += "</div>"
    css = """.ph{width:390px;margin:0 auto;background:#fbfaf7;font-family:'Lato';padding:20px 18px;min-height:700px;box-sizing:border-box}.t{font-size:30px;font-weight:900}.d{margin:18px 0 6px;font-size:14px;color:#d9480f;font-weight:bold}
.e{display:flex;gap:14px;background:#fff;padding:12px;border-radius:10px;margin:6px 0;box-shadow:0 1px 3px #0001;font-size:16px}.tm{width:60px;color:#555;font-size:14px}.e span{font-size:13px;color:#777}"""
    render_html(name, body, 390, 720, css, bg="#fbfaf7")
    q(name, "when is the budget call with Chidi?", "Thu 9 Jul, 09:00", "time", "calendar", "event time", literal=False)
    q(name, "where's lunch today", "Kafé Sørli", "text", "calendar", "event location")
    q(name, "what time is choir rehearsal tomorrow?", "19:30", "time", "calendar", "event time")


def chat(name, title, msgs, me, theme, w=420, h=760):
    bg, mine, other, fg = theme
    body = f"<div class=ch><div class=hd>{esc(title)}</div>"
    last = None
    for who, t, txt in msgs:
        side = "me" if who == me else "ot"
        nm = f"<div class=nm>{esc(who)}</div>" if side == "ot" and who != last else ""
        body += f"<div class='m {side}'>{nm}<div class=bb>{esc(txt)}<span class=tt>{t}</span></div></div>"
        last = who
    body += "</div>"
    css = f""".ch{{width:{w}px;margin:0 auto;background:{bg};font-family:'Noto Sans';min-height:{h-40}px;padding-bottom:14px}}.hd{{background:#0003;color:{fg};padding:14px;font-weight:bold;font-size:17px}}
.m{{display:flex;flex-direction:column;padding:3px 12px}}.me{{align-items:flex-end}}.bb{{max-width:75%;padding:8px 11px;border-radius:14px;font-size:15px;line-height:1.35}}.me .bb{{background:{mine};color:#fff}}.ot .bb{{background:{other};color:{fg}}}
.tt{{font-size:11px;opacity:.7;margin-left:8px}}.nm{{font-size:12px;color:#e8590c;margin:6px 0 2px 4px;font-weight:bold}}"""
    render_html(name, body, w, h, css, bg=bg)


def chat_family():
    name = "chat_family_group"
    msgs = [("Mamãe", "18:02", "Who's bringing dessert on Sunday?"), ("Tiago", "18:05", "I can do a bolo de cenoura"), ("Me", "18:06", "I'll bring drinks then"),
            ("Avó Lurdes", "18:11", "Lunch is at 13:00, not 12 like last time!!"), ("Beatriz", "18:14", "Can't make it, Inês has a fever 😞"), ("Mamãe", "18:15", "Oh no, melhoras! ❤️"),
            ("Tiago", "18:20", "Parking: use the lot behind the pharmacy, the street is closed")]
    chat(name, "Família Carvalho 👨‍👩‍👧‍👦 (6)", msgs, "Me", ("#ece5dd", "#25a244", "#ffffff", "#111"), 420, 760)
    q(name, "who's bringing dessert?", "Tiago", "person", "chat", "who said")
    q(name, "what time is lunch on Sunday", "13:00", "time", "chat", "time mentioned")
    q(name, "why can't Beatriz come?", "Inês has a fever", "text", "chat", "reason given")


def chat_work_slack():
    name = "chat_work_channel"
    msgs = [("Oksana Hrytsenko", "09:41", "Deploy of billing v2.14.1 is done ✅"), ("Mehdi Benali", "09:44", "Seeing 502s on /checkout since 09:40"),
            ("Oksana Hrytsenko", "09:46", "Rolling back to v2.13.9 now"), ("Priya Nair", "09:52", "502s gone. Error rate back to 0.2%"),
            ("Mehdi Benali", "09:55", "Root cause looks like the new Redis timeout (50 ms). I'll open INC-3317"), ("Me", "09:58", "Thanks all — postmortem Thursday 15:00")]
    body = "<div class=sl><div class=sb><b>northwind</b><a># general</a><a class=on># incidents</a><a># deploys</a><a># random</a><div class=dm>Direct messages</div><a>Priya Nair</a><a>Oksana Hrytsenko</a></div><div class=cm><div class=hd># incidents</div>"
    for who, t, txt in msgs:
        body += f"<div class=msg><div class=av>{who[0]}</div><div><b>{esc(who)}</b> <span>{t}</span><br>{esc(txt)}</div></div>"
    body += "<div class=box>Message #incidents</div></div></div>"
    css = """.sl{display:flex;font-family:'Lato';min-height:620px}.sb{width:230px;background:#3f0e40;color:#cfc3cf;padding:16px;font-size:15px}.sb b{color:#fff;font-size:19px;display:block;margin-bottom:14px}.sb a{display:block;padding:5px 8px}.sb .on{background:#1164a3;color:#fff;border-radius:5px}.dm{margin-top:16px;font-size:13px}
.cm{flex:1;background:#fff}.hd{padding:14px 20px;border-bottom:1px solid #ddd;font-weight:bold;font-size:17px}.msg{display:flex;gap:12px;padding:10px 20px;font-size:15px}.msg span{color:#888;font-size:12px}.av{width:36px;height:36px;border-radius:6px;background:#e0d7f5;text-align:center;line-height:36px;font-weight:bold}
.box{margin:16px 20px;border:1px solid #bbb;border-radius:8px;padding:12px;color:#999}"""
    render_html(name, body, 1200, 640, css)
    q(name, "which version did they roll back to?", "v2.13.9", "version", "chat", "version mentioned")
    q(name, "who reported the 502s", "Mehdi Benali", "person", "chat", "who said")
    q(name, "what's the incident ticket number?", "INC-3317", "code", "chat", "id mentioned")
    q(name, "when is the postmortem", "Thursday 15:00", "time", "chat", "time mentioned")


def chat_landlord_dark():
    name = "chat_landlord_dark"
    msgs = [("Mr. Adeyemi", "Mon 10:12", "Hi Clara, the plumber can come Wednesday between 2 and 4pm"), ("Me", "Mon 10:30", "Wednesday works. Will he need the key?"),
            ("Mr. Adeyemi", "Mon 10:31", "Yes, leave it with Mrs. Kowalczyk in flat 2"), ("Me", "Mon 10:33", "OK. Also the rent for May — I paid £1,075 on Friday"),
            ("Mr. Adeyemi", "Mon 11:05", "Received, thanks. From June it goes up to £1,110 as we discussed"), ("Me", "Mon 11:07", "Noted 👍")]
    chat(name, "Mr. Adeyemi (landlord)", msgs, "Me", ("#0b141a", "#005c4b", "#202c33", "#e9edef"), 420, 720)
    q(name, "when is the plumber coming?", "Wednesday between 2 and 4pm", "time", "chat", "time mentioned")
    q(name, "who should I leave the key with", "Mrs. Kowalczyk", "person", "chat", "person mentioned")
    q(name, "what will the rent be from June?", "£1,110", "money", "chat", "amount mentioned")


def weather_card():
    name = "weather_widget_week"
    days = [("Today", "☀️", 24, 14, 0), ("Fri", "⛅", 22, 13, 10), ("Sat", "🌧️", 17, 11, 80), ("Sun", "🌦️", 19, 12, 40), ("Mon", "☀️", 26, 15, 0), ("Tue", "⛈️", 21, 16, 90)]
    rows = "".join(f"<div class=d><span class=dn>{d}</span><span class=ic>{i}</span><span class=pp>{p}%</span><span class=lo>{lo}°</span><span class=hi>{hi}°</span></div>" for d, i, hi, lo, p in days)
    body = f"""<div class=w><div class=loc>Valencia</div><div class=now>24°</div><div class=cond>Sunny · feels like 25°</div><div class=hl>H:24° L:14°</div>
<div class=box><div class=bt>6-DAY FORECAST</div>{rows}</div><div class=ex><div>UV index<b>7 High</b></div><div>Wind<b>12 km/h NE</b></div><div>Humidity<b>48%</b></div><div>Sunset<b>20:47</b></div></div></div>"""
    css = """.w{width:380px;margin:0 auto;padding:24px;box-sizing:border-box;background:linear-gradient(#3a7bd5,#6fb1fc);color:#fff;font-family:'Noto Sans';text-align:center}.loc{font-size:26px}.now{font-size:80px;font-weight:200;line-height:1}.cond,.hl{font-size:16px}
.box{background:#ffffff30;border-radius:14px;margin-top:18px;padding:10px 14px;text-align:left}.bt{font-size:12px;opacity:.85;border-bottom:1px solid #fff6;padding-bottom:6px}.d{display:flex;align-items:center;padding:8px 0;border-bottom:1px solid #fff3;font-size:17px}
.dn{width:70px}.ic{width:40px}.pp{width:50px;font-size:13px;color:#d0ebff}.lo{width:50px;opacity:.75;text-align:right}.hi{flex:1;text-align:right;font-weight:bold}.ex{display:grid;grid-template-columns:1fr 1fr;gap:10px;margin-top:14px}.ex div{background:#ffffff30;border-radius:12px;padding:10px;font-size:12px;text-align:left}.ex b{display:block;font-size:18px}"""
    render_html(name, body, 380, 860, css, bg="#6fb1fc")
    q(name, "what's the high tomorrow?", "22°", "number", "weather", "high tomorrow")
    q(name, "which day has the biggest chance of rain", "Tue", "text", "weather", "argmax rain")
    q(name, "what time is sunset", "20:47", "time", "weather", "value at label")


def weather_dashboard():
    name = "weather_hourly_dark"
    hours = [("Now", 6, "🌨️", 70), ("14", 5, "🌨️", 85), ("15", 5, "🌨️", 90), ("16", 4, "☁️", 40), ("17", 3, "☁️", 20), ("18", 1, "🌙", 5), ("19", 0, "🌙", 0), ("20", -1, "🌙", 0), ("21", -2, "🌙", 0)]
    cells = "".join(f"<div class=h><div>{h}</div><div class=i>{i}</div><div class=t>{t}°</div><div class=p>{p}%</div></div>" for h, t, i, p in hours)
    body = f"""<div class=w><div class=row1><div><div class=city>Tromsø, Norway</div><div class=tmp>6°C</div><div>Light snow · Wind 24 km/h W</div></div>
<div class=alert>⚠️ Yellow warning: icy roads<br><span>valid until Thu 10:00</span></div></div><div class=hrs>{cells}</div>
<div class=row2><div>Air quality<b>Good (18)</b></div><div>Pressure<b>1004 hPa</b></div><div>Visibility<b>3 km</b></div><div>Sunrise / sunset<b>09:41 / 14:02</b></div></div></div>"""
    css = """.w{width:1100px;background:#101820;color:#e6edf3;font-family:'Liberation Sans';padding:24px;box-sizing:border-box}.row1{display:flex;justify-content:space-between}.city{font-size:22px}.tmp{font-size:64px;font-weight:bold}
.alert{background:#4d3b00;color:#ffd43b;padding:14px;border-radius:10px;font-size:17px;height:fit-content}.alert span{font-size:13px;color:#f5e6a8}.hrs{display:flex;gap:8px;margin:20px 0}.h{flex:1;background:#1b2733;border-radius:10px;padding:10px;text-align:center;font-size:14px}.i{font-size:24px}.t{font-size:20px;font-weight:bold}.p{color:#74c0fc;font-size:13px}
.row2{display:flex;gap:12px}.row2 div{flex:1;background:#1b2733;border-radius:10px;padding:12px;font-size:13px;color:#9fb0c0}.row2 b{display:block;font-size:18px;color:#e6edf3;margin-top:4px}"""
    render_html(name, body, 1100, 420, css, bg="#101820")
    q(name, "what's the temperature going to be at 20:00?", "-1°", "number", "weather", "hourly value")
    q(name, "what's the weather warning about", "icy roads", "text", "weather", "alert text")
    q(name, "what time is sunrise", "09:41", "time", "weather", "value at label")


def weather_paper():
    name = "weather_newspaper_table"
    cities = [("Reykjavík", 4, -1, "Showers"), ("Dublin", 11, 6, "Cloudy"), ("Lisboa", 19, 12, "Sunny"), ("Kraków", 8, 0, "Fog"),
              ("Athína", 21, 13, "Sunny"), ("Zürich", 9, 2, "Rain"), ("Helsinki", 2, -4, "Snow"), ("Sevilla", 23, 11, "Sunny")]
    rows = "".join(f"<tr><td>{c}</td><td>{hi}</td><td>{lo}</td><td>{s}</td></tr>" for c, hi, lo, s in cities)
    body = f"""<div class=p><div class=mast>THE MERIDIAN HERALD · Weather · Friday 20 March 2026</div><div class=cols><div class=art><h2>Spring arrives unevenly across Europe</h2>
<p>While the Iberian peninsula enjoys temperatures above 20 °C, the north remains firmly in winter's grip. Forecasters expect the Nordic cold snap to ease by Tuesday.</p></div>
<table><tr><th>City</th><th>High °C</th><th>Low °C</th><th>Sky</th></tr>{rows}</table></div></div>"""
    css = """.p{width:1120px;background:#f4efe4;font-family:'C059';color:#1a1a1a;padding:20px 26px}.mast{border-top:3px double #000;border-bottom:1px solid #000;padding:6px 0;font-size:14px;letter-spacing:1px}.cols{display:flex;gap:26px;margin-top:12px}.art{flex:1}h2{font-size:26px;margin:4px 0}p{font-size:16px;line-height:1.5}
table{border-collapse:collapse;font-size:15px;width:380px}th{border-bottom:2px solid #000;text-align:left;padding:5px}td{padding:5px;border-bottom:1px dotted #777}"""
    render_html(name, body, 1120, 480, css, bg="#f4efe4")
    coldest = min(cities, key=lambda c: c[2])
    q(name, "which city is coldest tonight (lowest low)?", coldest[0], "text", "weather", "argmin low")
    q(name, "what's the high in Zürich", "9", "number", "weather", "cell lookup")
    q(name, "how many of the cities are sunny?", str(sum(1 for c in cities if c[3] == "Sunny")), "count", "weather", "count with condition", literal=False)


def kanban():
    name = "kanban_sprint"
    cols = {"Backlog": [("Dark mode for reports", "Yara", "S"), ("Export to CSV", "—", "M"), ("Audit log retention", "Tomasz", "L")],
            "In progress": [("SSO with Okta", "Amara", "L"), ("Fix timezone bug in scheduler", "Joon-ho", "S")],
            "In review": [("Onboarding checklist", "Yara", "M")],
            "Done": [("Upgrade to Postgres 16", "Tomasz", "M"), ("Rate-limit login endpoint", "Amara", "S"), ("Invoice PDF redesign", "Joon-ho", "M"), ("Remove legacy v1 API", "Ilse", "L")]}
    body = "<div class=kb><div class=top>Sprint 31 · ends Fri 27 Mar</div><div class=cols>"
    for c, cards in cols.items():
        body += f"<div class=col><div class=ch>{c} <span>{len(cards)}</span></div>" + "".join(f"<div class=card><div>{esc(t)}</div><div class=ft><span class=who>{w}</span><span class='sz {s}'>{s}</span></div></div>" for t, w, s in cards) + "</div>"
    body += "</div></div>"
    css = """.kb{width:1280px;background:#eef1f6;font-family:'Noto Sans';padding:18px;box-sizing:border-box}.top{font-size:20px;font-weight:bold;margin-bottom:14px}.cols{display:flex;gap:14px}.col{flex:1;background:#dfe4ec;border-radius:10px;padding:10px}
.ch{font-weight:bold;font-size:15px;margin-bottom:8px}.ch span{background:#fff;border-radius:10px;padding:1px 8px;font-size:12px}.card{background:#fff;border-radius:8px;padding:10px;margin-bottom:8px;font-size:15px;box-shadow:0 1px 2px #0002}
.ft{display:flex;justify-content:space-between;margin-top:8px;font-size:12px}.who{color:#555}.sz{padding:1px 7px;border-radius:4px;color:#fff}.S{background:#40c057}.M{background:#fab005}.L{background:#fa5252}"""
    render_html(name, body, 1280, 560, css, bg="#eef1f6")
    q(name, "who's working on SSO with Okta?", "Amara", "person", "kanban", "assignee of card")
    q(name, "how many cards are done", str(len(cols["Done"])), "count", "kanban", "column count")
    q(name, "which column is 'Onboarding checklist' in?", "In review", "text", "kanban", "column of card")


def kanban_dark():
    name = "kanban_personal_dark"
    cols = {"To do": ["Renew passport (exp. 14 May)", "Call Tante Margit", "Book dentist"], "Doing": ["Tax return 2025", "Repaint balcony railing"],
            "Waiting": ["Refund from IKEA — 129 €"], "Done ✓": ["Winter tyres off", "Cancel gym membership"]}
    body = "<div class=kb>" + "".join(f"<div class=col><div class=ch>{c}</div>" + "".join(f"<div class=card>{esc(t)}</div>" for t in cards) + "</div>" for c, cards in cols.items()) + "</div>"
    css = """.kb{display:flex;gap:12px;background:#1a1b26;padding:18px;font-family:'Cantarell';width:1200px;box-sizing:border-box}.col{flex:1;background:#24283b;border-radius:10px;padding:10px}.ch{color:#7aa2f7;font-weight:bold;font-size:16px;margin-bottom:10px}
.card{background:#414868;color:#c0caf5;border-radius:6px;padding:10px;margin-bottom:8px;font-size:15px;border-left:4px solid #bb9af7}"""
    render_html(name, body, 1200, 340, css, bg="#1a1b26")
    q(name, "when does my passport expire?", "14 May", "date", "kanban", "detail in card")
    q(name, "what am I still waiting on?", "Refund from IKEA — 129 €", "text", "kanban", "card in column")


def kpi_dashboard():
    name = "kpi_dashboard_sales"
    k = [("Revenue", 1284300, 1102650, "€"), ("Orders", 9412, 9870, ""), ("Avg. order value", 136.45, 111.71, "€"), ("Refund rate", 2.9, 3.6, "%")]
    cards = ""
    for lab, cur, prev, u in k:
        ch = (cur - prev) / prev * 100
        val = (f"{fmt_de(cur, 0)} €" if cur > 10000 else f"{fmt_de(cur)} €") if u == "€" else (f"{fmt_de(cur,1)} %" if u == "%" else fmt_de(cur, 0))
        cards += f"<div class=k><div class=l>{lab}</div><div class=v>{val}</div><div class='c {'up' if ch>0 else 'dn'}'>{'▲' if ch>0 else '▼'} {fmt_de(abs(ch),1)} % vs. Q1</div></div>"
    regions = [("DACH", 512400), ("Benelux", 233900), ("Nordics", 198750), ("Iberia", 176300), ("France", 162950)]
    bars = "".join(f"<div class=br><span class=rn>{r}</span><div class=bar style='width:{v/6000:.0f}px'></div><span>{fmt_de(v,0)} €</span></div>" for r, v in regions)
    body = f"""<div class=d><div class=hd>Sales overview · Q2 2026<span>Owner: Henrike Maaß</span></div><div class=ks>{cards}</div>
<div class=row><div class=pn><h3>Revenue by region</h3>{bars}</div><div class=pn><h3>Top products</h3><ol><li>Trailrunner GTX — 1.204 units</li><li>Fjällräven-style daypack — 986 units</li><li>Merino base layer — 811 units</li></ol></div></div></div>"""
    css = """.d{width:1400px;background:#f5f6fa;font-family:'Lato';padding:22px;box-sizing:border-box}.hd{font-size:24px;font-weight:900;display:flex;justify-content:space-between}.hd span{font-size:14px;font-weight:400;color:#666}
.ks{display:flex;gap:16px;margin:18px 0}.k{flex:1;background:#fff;border-radius:12px;padding:18px;box-shadow:0 1px 3px #0001}.l{font-size:14px;color:#666}.v{font-size:30px;font-weight:900;margin:6px 0}.c{font-size:14px}.up{color:#2b8a3e}.dn{color:#c92a2a}
.row{display:flex;gap:16px}.pn{flex:1;background:#fff;border-radius:12px;padding:18px}.br{display:flex;align-items:center;gap:10px;margin:8px 0;font-size:14px}.rn{width:80px}.bar{height:18px;background:#4263eb;border-radius:4px}ol{font-size:15px;line-height:1.9}"""
    render_html(name, body, 1400, 560, css, bg="#f5f6fa")
    ch_orders = (9412 - 9870) / 9870 * 100
    q(name, "did the number of orders go up or down?", "down", "text", "dashboard", "direction of change", literal=False)
    q(name, "by how much did revenue change vs Q1?", f"{fmt_de((1284300-1102650)/1102650*100,1)} % (up)", "text", "dashboard", "percent change")
    q(name, "what's the revenue for the Nordics", f"{fmt_de(198750,0)} €", "money", "dashboard", "value by label")
    q(name, "which product is the top seller?", "Trailrunner GTX", "text", "dashboard", "first in list")


def notifications():
    name = "notifications_panel"
    n = [("GitHub", "2m", "Review requested on #4821 “Migrate auth to OIDC” by Folake Adeyemi"), ("Calendar", "15m", "Design sync starts in 15 minutes — Room Aalto"),
         ("PagerDuty", "38m", "RESOLVED: High CPU on db-replica-3 (acknowledged by Ravi)"), ("Stripe", "1h", "Payout of $12,480.55 scheduled for Apr 9"),
         ("Jira", "3h", "Ewa Zielińska moved PLAT-902 to Done"), ("Slack", "yesterday", "Kenji: can you share the Q2 deck?")]
    body = "<div class=np><div class=h>Notifications <span>Mark all read</span></div>" + "".join(f"<div class=n><div class=ap>{a}</div><div class=tx>{esc(t)}</div><div class=tm>{w}</div></div>" for a, w, t in n) + "</div>"
    css = """.np{width:460px;margin:10px auto;background:#fff;border-radius:14px;font-family:'Noto Sans';box-shadow:0 6px 24px #0003}.h{padding:14px 16px;font-weight:bold;font-size:18px;display:flex;justify-content:space-between}.h span{font-size:13px;color:#1971c2;font-weight:normal}
.n{display:grid;grid-template-columns:1fr auto;padding:12px 16px;border-top:1px solid #eee}.ap{font-size:12px;font-weight:bold;color:#868e96;text-transform:uppercase}.tx{grid-column:1;font-size:15px}.tm{grid-row:1;grid-column:2;font-size:12px;color:#999}"""
    render_html(name, body, 500, 640, css, bg="#cfd8e3")
    q(name, "how much is the Stripe payout?", "$12,480.55", "money", "notifications", "amount in notification")
    q(name, "who asked for the Q2 deck", "Kenji", "person", "notifications", "who said")
    q(name, "what room is the design sync in?", "Room Aalto", "text", "notifications", "detail")


def slide_bullets():
    name = "slide_bullets"
    body = """<div class=s><div class=k>Q3 ROADMAP · ENGINEERING ALL-HANDS</div><h1>Three bets for the second half</h1><ul>
<li><b>Offline mode</b> — ship to 100% of Android users by <b>15 Oct</b></li><li><b>Search v3</b> — cut p95 latency from 840 ms to under 300 ms</li>
<li><b>EU data residency</b> — Frankfurt region live for enterprise tier</li></ul><div class=ft>Presented by Marguerite Okafor-Laurent, VP Engineering · slide 4 / 18</div></div>"""
    css = """.s{width:1280px;height:720px;background:#fffaf0;font-family:'Lato';padding:70px 90px;box-sizing:border-box;position:relative}.k{color:#e8590c;letter-spacing:4px;font-size:16px;font-weight:bold}h1{font-size:54px;color:#212529;margin:16px 0 36px}
li{font-size:30px;margin:20px 0;color:#343a40}.ft{position:absolute;bottom:40px;left:90px;font-size:16px;color:#868e96}"""
    render_html(name, body, 1280, 720, css, bg="#fffaf0", trim=False)
    q(name, "what's the target p95 latency for search v3?", "under 300 ms", "text", "slide", "value in bullet")
    q(name, "who presented this", "Marguerite Okafor-Laurent", "person", "slide", "presenter")
    q(name, "when should offline mode reach all Android users?", "15 Oct", "date", "slide", "date in bullet")


def slide_diagram():
    name = "slide_architecture"
    boxes = [("Mobile app", 60, 120, "#d0ebff"), ("Web app", 60, 300, "#d0ebff"), ("API Gateway", 380, 210, "#ffe8cc"), ("Auth service", 700, 80, "#d3f9d8"),
             ("Orders service", 700, 210, "#d3f9d8"), ("Search service", 700, 340, "#d3f9d8"), ("PostgreSQL", 1010, 150, "#f3d9fa"), ("Elasticsearch", 1010, 340, "#f3d9fa")]
    edges = [(0, 2), (1, 2), (2, 3), (2, 4), (2, 5), (4, 6), (3, 6), (5, 7)]
    W, H = 200, 70
    divs = "".join(f"<div class=b style='left:{x}px;top:{y+100}px;background:{c}'>{t}</div>" for t, x, y, c in boxes)
    lines = ""
    for a, b in edges:
        x1, y1 = boxes[a][1] + W, boxes[a][2] + H / 2 + 100
        x2, y2 = boxes[b][1], boxes[b][2] + H / 2 + 100
        lines += f"<line x1='{x1}' y1='{y1}' x2='{x2-4}' y2='{y2}' stroke='#495057' stroke-width='2.5' marker-end='url(#a)'/>"
    body = f"""<div class=s><h1>Checkout platform — target architecture</h1><svg width=1280 height=720><defs><marker id=a markerWidth=10 markerHeight=10 refX=8 refY=5 orient=auto><path d='M0,0 L10,5 L0,10 z' fill='#495057'/></marker></defs>{lines}</svg>{divs}
<div class=note>All services talk to the gateway over gRPC · Owner: Platform team (Lars Wennberg)</div></div>"""
    css = f""".s{{width:1280px;height:720px;position:relative;background:#fff;font-family:'Noto Sans'}}h1{{position:absolute;left:60px;top:20px;margin:0;font-size:36px}}svg{{position:absolute;left:0;top:0}}
.b{{position:absolute;width:{W}px;height:{H}px;border:2px solid #495057;border-radius:10px;display:flex;align-items:center;justify-content:center;font-size:19px;font-weight:bold}}.note{{position:absolute;bottom:30px;left:60px;font-size:16px;color:#555}}"""
    render_html(name, body, 1280, 720, css, trim=False)
    into_pg = [boxes[a][0] for a, b in edges if boxes[b][0] == "PostgreSQL"]
    q(name, "which services write to PostgreSQL?", " and ".join(sorted(into_pg)), "text", "slide_diagram", "incoming edges", literal=False)
    q(name, "what does the search service connect to", "Elasticsearch", "text", "slide_diagram", "outgoing edge")
    q(name, "how many services sit behind the API gateway?", str(sum(1 for a, b in edges if a == 2)), "count", "slide_diagram", "count edges", literal=False)


def slide_table():
    name = "slide_pricing_table"
    tiers = [("Starter", "€9", "3", "10 GB", "Email"), ("Team", "€29", "25", "200 GB", "Chat"), ("Business", "€79", "100", "1 TB", "Phone, 8×5"), ("Enterprise", "Custom", "Unlimited", "Unlimited", "24/7 + TAM")]
    rows = "".join(f"<tr><td class=t>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in tiers)
    body = f"""<div class=s><h1>New pricing from 1 July</h1><table><tr><th>Plan</th><th>Per user / month</th><th>Max users</th><th>Storage</th><th>Support</th></tr>{rows}</table><div class=ft>Confidential — Helio Collaborative AB</div></div>"""
    css = """.s{width:1280px;height:720px;background:#0b3d2e;color:#f1f3f5;font-family:'Cantarell';padding:60px 80px;box-sizing:border-box;position:relative}h1{font-size:46px;margin:0 0 34px;color:#b2f2bb}
table{width:100%;border-collapse:collapse;font-size:24px}th{text-align:left;font-size:18px;color:#8ce99a;border-bottom:2px solid #8ce99a;padding:12px}td{padding:16px 12px;border-bottom:1px solid #2b6b55}.t{font-weight:bold}.ft{position:absolute;bottom:30px;font-size:15px;color:#8ce99a}"""
    render_html(name, body, 1280, 720, css, bg="#0b3d2e", trim=False)
    q(name, "how much storage do you get on the Team plan?", "200 GB", "text", "slide", "cell by row × column")
    q(name, "which plan includes phone support", "Business", "text", "slide", "row by value")
    q(name, "what's the per-user price for Business", "€79", "money", "slide", "cell lookup")


ALL = [cal_week, cal_month, cal_agenda, chat_family, chat_work_slack, chat_landlord_dark, weather_card, weather_dashboard, weather_paper,
       kanban, kanban_dark, kpi_dashboard, notifications, slide_bullets, slide_diagram, slide_table]
