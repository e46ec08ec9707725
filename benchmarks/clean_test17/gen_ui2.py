"""Web/app UI screens, part 2: chat, inbox, widgets, kanban, lists, slides, shopping, menus."""
from common import Q, scene, esc, page, money_us, money_de, money_fr


def scenes(rng):
    out = []
    # chat
    msgs = [("Sophie", "18:02", "anyone up for pizza tonight? 🍕"), ("me", "18:05", "yes! where?"),
            ("Ravi", "18:06", "Da Nino on Kastanienallee? they have the big table"), ("Sophie", "18:07", "works for me. 19:45?"),
            ("Lena", "18:15", "I can only make it at 20:15, sorry"), ("Sophie", "18:16", "ok let's do 20:15 then, I'll book for 5"),
            ("me", "18:20", "👍 bringing Marco"), ("Ravi", "18:31", "I'll be 10 min late, train delays")]
    css = """.c{width:460px;margin:0 auto;background:#e5ddd5;min-height:100vh;padding:0 0 10px} .h{background:#075e54;color:#fff;padding:14px;font-size:17px}
    .m{max-width:75%;margin:8px 10px;padding:7px 10px;border-radius:8px;font-size:14px;clear:both} .o{background:#fff;float:left} .s{background:#dcf8c6;float:right}
    .n{font-size:12px;font-weight:bold;color:#a0522d} .t{font-size:11px;color:#777;text-align:right}"""
    b = "<div class='c'><div class='h'><b>Friday crew 🍕</b><br><span style='font-size:12px'>Sophie, Ravi, Lena, you</span></div>"
    for who, t, txt in msgs:
        b += f"<div class='m {'s' if who=='me' else 'o'}'>{'' if who=='me' else f'<div class=n>{who}</div>'}{esc(txt)}<div class='t'>{t}</div></div>"
    b += "<div style='clear:both'></div></div>"
    out.append(scene("chat_group", "web", "chat screenshot", [
        Q("so what time are we meeting in the end?", "20:15", "time", "when", True),
        Q("which restaurant did Ravi suggest", "Da Nino", "text", "who", True),
        Q("who's going to be late", "Ravi", "person", "who", True),
        Q("how many people is the table booked for", "5", "number", "field", True),
    ], html=page(b, css, bg="#ccc"), w=520, h=700))

    # inbox (wide)
    mails = [("Nordkapp Travel", "Your booking NK-44821 is confirmed", "Tromsø · 3 nights · check-in 12 Feb", "09:41", True, False),
             ("GitHub", "[shop-web] PR #212 approved", "tquiroga approved these changes", "09:12", True, False),
             ("Hannah Becker", "Re: Q3 offsite agenda", "Looks good — can we move the workshop to Thursday?", "Yesterday", False, True),
             ("Stadtwerke Köln", "Ihre Abschlagsrechnung", "Abschlag Juni: 96,00 €", "Yesterday", True, False),
             ("LinkedIn", "You appeared in 14 searches", "See who's looking", "Mon", False, False),
             ("Pablo Ruiz", "Photos from the wedding!!", "Finally uploaded them, link inside", "Sun", True, True),
             ("Fjord Bank", "Statement available", "Your May statement is ready", "Sat", False, False)]
    css = """.i{display:flex;font-size:14px} .nav{width:220px;padding:16px;background:#f6f8fc;min-height:600px} .nav div{padding:8px 12px;border-radius:16px}
    .list{flex:1} .r{display:flex;gap:16px;padding:11px 16px;border-bottom:1px solid #eee;align-items:center} .u{font-weight:bold;background:#fff} .rd{background:#f2f6fc;color:#444}
    .fr{width:180px} .sb{flex:1;white-space:nowrap;overflow:hidden} .tm{width:80px;text-align:right} .st{width:20px;color:#f4b400}"""
    unread = sum(1 for m in mails if m[4])
    rows = "".join(f"<div class='r {'u' if u else 'rd'}'><span class='st'>{'★' if s else '☆'}</span><span class='fr'>{esc(f)}</span><span class='sb'>{esc(sub)} <span style='color:#777;font-weight:normal'>– {esc(pv)}</span></span><span class='tm'>{t}</span></div>" for f, sub, pv, t, u, s in mails)
    body = f"<div style='padding:10px 16px;font-size:22px;border-bottom:1px solid #ddd'>✉ Mailbox <input style='margin-left:60px;width:500px;padding:8px;border-radius:8px;border:0;background:#eaf1fb' placeholder='Search mail'></div><div class='i'><div class='nav'><div style='background:#d3e3fd;font-weight:bold'>Inbox &nbsp; {unread}</div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Spam</div></div><div class='list'>{rows}</div></div>"
    out.append(scene("email_inbox", "web", "email inbox", [
        Q("how many unread emails do I have", unread, "count", "count", True),
        Q("what did the Stadtwerke email say the June payment is?", "96,00 €", "money", "field", True),
        Q("who sent the newest email", mails[0][0], "person", "ordinal", True),
        Q("which emails are starred? just the senders", ", ".join(m[0] for m in mails if m[5]), "text", "state", False),
    ], html=page(body, css), w=1250, h=520))

    # weather widget
    fc = [("Mon", "☀", 24, 13), ("Tue", "⛅", 22, 12), ("Wed", "🌧", 17, 11), ("Thu", "🌧", 15, 9), ("Fri", "⛅", 19, 10), ("Sat", "☀", 26, 14), ("Sun", "☀", 27, 15)]
    css = """.w{width:520px;margin:20px;background:linear-gradient(#4a90e2,#7fb3f5);color:#fff;border-radius:20px;padding:22px;font-size:16px}
    .d{display:flex;justify-content:space-between;padding:5px 0;border-top:1px solid #ffffff44}"""
    b = "<div class='w'><div style='font-size:20px'>Bergen</div><div style='font-size:60px'>18°</div><div>Partly cloudy · H:22° L:12°</div><div style='margin:6px 0 12px'>Wind 14 km/h · Humidity 71%</div>"
    b += "".join(f"<div class='d'><span style='width:50px'>{d}</span><span>{ic}</span><span>{lo}° / <b>{hi}°</b></span></div>" for d, ic, hi, lo in fc) + "</div>"
    hot = max(fc, key=lambda f: f[2])
    cold = min(fc, key=lambda f: f[3])
    out.append(scene("weather_widget", "web", "weather widget", [
        Q("which day is going to be the warmest", hot[0], "text", "argmax", True),
        Q("lowest temperature this week?", f"{cold[3]}°", "number", "argmin", True),
        Q("how many rainy days in the forecast", sum(1 for f in fc if f[1] == "🌧"), "count", "count", False),
    ], html=page(b, css, bg="#fff"), w=580, h=520))

    # kanban (wide)
    board = {"Backlog": [("Dark mode for reports", "Aiko", "low"), ("Migrate to Postgres 16", "Ben", "high"), ("Rewrite onboarding emails", "Chloé", "med"), ("Audit npm deps", "Ben", "med")],
             "In progress": [("Coupon validation", "Tomás", "high"), ("Search autocomplete", "Aiko", "med")],
             "Review": [("Invoice PDF layout", "Chloé", "med"), ("Rate limiter", "Dmitri", "high"), ("Fix flaky e2e test", "Ben", "low")],
             "Done": [("SSO with Okta", "Dmitri", "high"), ("CSV export", "Aiko", "med")]}
    css = """.k{display:flex;gap:16px;padding:18px;font-size:14px} .col{flex:1;background:#ebecf0;border-radius:8px;padding:10px} .col h3{margin:4px 4px 10px;font-size:15px}
    .card{background:#fff;border-radius:6px;padding:10px;margin-bottom:9px;box-shadow:0 1px 1px #0002} .p{font-size:11px;padding:1px 6px;border-radius:8px;color:#fff}
    .high{background:#d32f2f}.med{background:#f9a825}.low{background:#43a047}"""
    b = "<div style='background:#0052cc;color:#fff;padding:12px 20px;font-size:19px'>Sprint 31 board</div><div class='k'>"
    for col, cards in board.items():
        b += f"<div class='col'><h3>{col} ({len(cards)})</h3>" + "".join(f"<div class='card'>{esc(t)}<div style='margin-top:8px;display:flex;justify-content:space-between'><span class='p {p}'>{p}</span><span>@{a}</span></div></div>" for t, a, p in cards) + "</div>"
    b += "</div>"
    out.append(scene("kanban_board", "web", "kanban board", [
        Q("what column is the rate limiter in", "Review", "text", "state", True),
        Q("how many high-priority cards are there across the board", sum(1 for cs in board.values() for c in cs if c[2] == "high"), "count", "count", False),
        Q("who's working on search autocomplete?", "Aiko", "person", "who", True),
    ], html=page(b, css), w=1300, h=560))

    # to-do list
    todos = [("Renew passport", True), ("Book dentist appointment", False), ("Pay Stadtwerke bill", True), ("Call grandma", False),
             ("Return library books", True), ("Buy birthday gift for Noor", False), ("Cancel gym trial", False)]
    css = """.t{width:460px;margin:24px auto;background:#fff;border-radius:12px;padding:20px 24px;font-size:16px;box-shadow:0 2px 8px #0002}
    .it{padding:10px 0;border-bottom:1px solid #f0f0f0} .bx{display:inline-block;width:18px;height:18px;border:2px solid #9c27b0;border-radius:4px;margin-right:10px;vertical-align:-3px;color:#fff;font-size:13px;text-align:center;line-height:15px}
    .done .bx{background:#9c27b0} .done span.x{text-decoration:line-through;color:#999}"""
    b = "<div class='t'><h2 style='margin-top:0'>This week ✔</h2>" + "".join(f"<div class='it{' done' if d else ''}'><span class='bx'>{'✓' if d else ''}</span><span class='x'>{esc(t)}</span></div>" for t, d in todos) + "</div>"
    left = [t for t, d in todos if not d]
    out.append(scene("todo_list", "web", "to-do list", [
        Q("how many things do I still have to do", len(left), "count", "count", False),
        Q("did I already pay the Stadtwerke bill?", "yes", "yesno", "state", False),
        Q("what's the last item on the list", todos[-1][0], "text", "ordinal", True),
    ], html=page(b, css, bg="#f3e5f5"), w=560, h=560))

    # slide with bullets + arrow diagram (wide)
    steps = ["Ingest", "Validate", "Enrich", "Score", "Publish"]
    css = """.s{width:1280px;height:720px;background:#fff;padding:50px 70px;font-family:Lato;color:#263238;position:relative}
    h1{font-size:40px;margin:0 0 20px;color:#00695c} li{font-size:24px;margin:10px 0} .fl{display:flex;align-items:center;gap:0;margin-top:40px}
    .bx{background:#e0f2f1;border:2px solid #00695c;border-radius:10px;padding:18px 26px;font-size:22px} .ar{font-size:34px;color:#00695c;padding:0 14px}"""
    bullets = ["Latency down from 840 ms to 310 ms (p95)", "Nightly batch replaced by streaming", "Cost per 1k events: €0.42 → €0.19", "Rollout to all regions by 30 September"]
    b = "<div class='s'><h1>Pipeline v2 — what changed</h1><ul>" + "".join(f"<li>{esc(x)}</li>" for x in bullets) + "</ul><div class='fl'>"
    b += "<span class='ar'>→</span>".join(f"<div class='bx'>{s}</div>" for s in steps) + "</div><div style='position:absolute;bottom:24px;right:40px;color:#999'>Data Platform · Slide 7</div></div>"
    out.append(scene("slide_pipeline", "slide", "slide with bullets and flow diagram", [
        Q("what comes right after Enrich in the pipeline?", steps[steps.index("Enrich") + 1], "text", "ordinal", True),
        Q("how many ms did p95 latency improve by", f"{840-310}", "number", "arithmetic", False),
        Q("how many bullet points on this slide", len(bullets), "count", "count", False),
        Q("when's the rollout deadline", "30 September", "date", "when", True),
    ], html=page(b, css, font="Lato"), w=1280, h=720))

    # slide with table
    rows = [("Basic", "€9", "5", "10 GB", "Email"), ("Team", "€29", "25", "100 GB", "Email + chat"), ("Business", "€79", "100", "1 TB", "24/7 phone"), ("Enterprise", "Custom", "Unlimited", "Unlimited", "Dedicated manager")]
    css = """.s{width:1280px;height:720px;background:#1a237e;color:#fff;padding:50px 70px;font-family:'DejaVu Sans'}
    table{border-collapse:collapse;width:100%;font-size:24px;margin-top:30px} td,th{padding:16px;border-bottom:1px solid #ffffff55;text-align:left} th{color:#ffd54f}"""
    b = "<div class='s'><h1 style='font-size:40px'>Pricing tiers (per month)</h1><table><tr><th>Plan</th><th>Price</th><th>Seats</th><th>Storage</th><th>Support</th></tr>" + "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows) + "</table></div>"
    out.append(scene("slide_pricing_table", "slide", "slide with table", [
        Q("how much storage does the Team plan get", "100 GB", "text", "cell", True),
        Q("which plan includes 24/7 phone support?", "Business", "text", "cell", True),
        Q("how many seats with business?", "100", "number", "cell", True),
    ], html=page(b, css), w=1280, h=720))

    # notification panel
    notes = [("Calendar", "now", "Design review in 10 minutes — Room Aurora"), ("Bank", "4 min ago", "Card payment 42,80 € at REWE"),
             ("Slack", "12 min ago", "Dmitri: can you look at the rate limiter PR?"), ("Battery", "25 min ago", "Battery at 15% — Battery Saver on"),
             ("DB Navigator", "1 h ago", "ICE 578 delayed by 25 min"), ("Photos", "3 h ago", "You have 23 new memories")]
    css = """.p{width:420px;margin:10px auto;font-size:14px} .n{background:#ffffffee;border-radius:16px;padding:12px 14px;margin:8px 0}
    .a{display:flex;justify-content:space-between;color:#555;font-size:12px;margin-bottom:4px}"""
    b = "<div class='p'><div style='color:#fff;font-size:44px;text-align:center'>09:50</div><div style='color:#fff;text-align:center;margin-bottom:12px'>Donnerstag, 11. Juni</div>" + "".join(f"<div class='n'><div class='a'><b>{a}</b><span>{t}</span></div>{esc(m)}</div>" for a, t, m in notes) + "</div>"
    out.append(scene("notifications_phone", "web", "phone notification panel", [
        Q("how much did I just pay at REWE", "42,80 €", "money", "field", True),
        Q("how late is my train", "25 min", "text", "field", True),
        Q("what room is the design review in?", "Aurora", "text", "where", True),
        Q("battery %?", "15%", "percent", "field", True),
    ], html=page(b, css, bg="#3d5a80"), w=480, h=760))
    return out
