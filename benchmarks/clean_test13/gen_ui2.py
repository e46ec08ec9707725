"""More screens: chat, inbox, weather, kanban, todo, slides, notifications, shop, recipe, timetable, menu, article."""
import datetime as dt
import random
from common import Q, scene, page, esc, eur, usd, dec_comma

WD = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def scenes(seed):
    rng = random.Random(seed + 4)
    out = []

    # 1 Chat
    msgs = [("Hana", "09:02", "morning! are we still on for the offsite planning today?", False),
            ("me", "09:05", "yes — 14:00 in room Fjell, I booked it", True),
            ("Diego", "09:11", "I can only join from 14:30, dentist :/", False),
            ("Hana", "09:12", "np. can someone bring the projector adapter?", False),
            ("me", "09:20", "I'll grab the USB-C one from IT", True),
            ("Ruth", "10:47", "budget for the offsite is capped at 4 500 kr per person btw", False),
            ("Diego", "11:03", "ok!", False)]
    h = ""
    for who, t, txt, mine in msgs:
        h += f"<div class='m {'me' if mine else ''}'>{'' if mine else f'<div class=n>{who}</div>'}{esc(txt)}<div class='t'>{t}</div></div>"
    css = """body{background:#e5ddd5;font-family:'Lato';padding:0} .hd{background:#075e54;color:#fff;padding:14px 18px;font-size:18px} .c{padding:16px;display:flex;flex-direction:column}
    .m{background:#fff;max-width:70%;padding:8px 12px;border-radius:8px;margin:5px 0;font-size:15px;align-self:flex-start} .me{background:#dcf8c6;align-self:flex-end}
    .n{font-weight:bold;color:#c2410c;font-size:13px} .t{font-size:11px;color:#888;text-align:right}"""
    out.append(scene("chat_offsite", "chat", 620, 720, page(f"<div class='hd'>Team Nordlys <small style='opacity:.7'>· Hana, Diego, Ruth, you</small></div><div class='c'>{h}</div>", css), qs=[
        Q("what time is the offsite planning meeting", "14:00", "time", "who_when_where", True),
        Q("who said they'd be late", "Diego", "person", "who_when_where", True),
        Q("what's the budget cap per person", "4 500 kr", "money", "field_read", True),
        Q("who sent the last message and when", f"{msgs[-1][0]}, {msgs[-1][1]}", "text", "multi_part", False),
    ]))

    # 2 Email inbox
    mails = [("GitLab", "Pipeline failed for release/2.9", "10:41", True, False), ("Marta Lindqvist", "Re: Q3 numbers — final version", "09:58", True, True),
             ("Zalando", "Your order has shipped", "09:12", False, False), ("Jonas Becker", "Lunch Thursday?", "08:47", True, False),
             ("HR Team", "Reminder: submit your holiday requests", "Yesterday", False, True), ("AWS Billing", "Your invoice for September is available", "Yesterday", True, False),
             ("Noor Haddad", "Slides for the board meeting", "Tue", False, True), ("Newsletter · Ars Data", "Weekly digest #212", "Mon", False, False)]
    rows = "".join(f"<div class='r {'u' if u else ''}'><span class='s'>{'★' if st else '☆'}</span><span class='f'>{esc(f)}</span><span class='sub'>{esc(s)}</span><span class='d'>{d}</span></div>" for f, s, d, u, st in mails)
    css = """body{font-family:'Liberation Sans';display:flex;font-size:14px} .nav{width:220px;padding:16px;background:#f2f6fc;height:100vh} .nav div{padding:8px 12px;border-radius:16px}
    .nav .on{background:#d3e3fd;font-weight:bold} .l{flex:1} .r{display:flex;padding:11px 14px;border-bottom:1px solid #eee;gap:14px} .u{font-weight:bold;background:#fff} .r:not(.u){background:#f6f8fc;color:#444}
    .s{color:#f4b400;width:16px} .f{width:200px} .sub{flex:1} .d{width:90px;text-align:right}"""
    unread = sum(m[3] for m in mails)
    body = f"<div class='nav'><b style='font-size:20px'>✉ Mailbox</b><br><br><div class='on'>Inbox <span style='float:right'>{unread}</span></div><div>Starred</div><div>Sent</div><div>Drafts <span style='float:right'>2</span></div><div>Spam</div></div><div class='l'><div style='padding:12px;border-bottom:1px solid #ddd'>Search mail</div>{rows}</div>"
    out.append(scene("inbox_mail", "email_inbox", 1200, 520, page(body, css), qs=[
        Q("how many unread emails do i have", str(unread), "count", "count", True),
        Q("who sent the slides for the board meeting", "Noor Haddad", "person", "who_when_where", True),
        Q("what's the most recent email about", mails[0][1], "text", "ordinal", True),
        Q("how many are starred", str(sum(m[4] for m in mails)), "count", "count", False),
    ]))

    # 3 Weather widget (German)
    days = ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"]
    hi = [rng.randint(9, 19) for _ in days]
    lo = [h - rng.randint(4, 9) for h in hi]
    rain = [rng.choice([0, 5, 10, 20, 40, 60, 80, 90]) for _ in days]
    icons = ["☀" if r < 15 else ("⛅" if r < 50 else "☂") for r in rain]
    cols = "".join(f"<div class='d'><div>{d}</div><div class='i'>{ic}</div><div><b>{h}°</b> <span style='opacity:.7'>{l}°</span></div><div class='p'>Regen {r}%</div></div>" for d, ic, h, l, r in zip(days, icons, hi, lo, rain))
    css = """body{background:#cbd5e1;padding:30px;font-family:'Lato'} .w{width:760px;margin:auto;border-radius:20px;padding:24px;color:#fff;background:linear-gradient(160deg,#1e40af,#38bdf8)}
    .now{display:flex;justify-content:space-between;align-items:center} .big{font-size:64px;font-weight:300} .row{display:flex;justify-content:space-between;margin-top:20px} .d{text-align:center;width:95px}
    .i{font-size:30px;margin:6px 0;font-family:'DejaVu Sans'} .p{font-size:13px;opacity:.9}"""
    body = f"<div class='w'><div class='now'><div><div style='font-size:22px'>Leipzig</div><div>Heute, Montag · leicht bewölkt</div></div><div class='big'>{hi[0]-2}°</div><div>Wind 14 km/h<br>Luftfeuchte 68%</div></div><div class='row'>{cols}</div></div>"
    hot = max(range(7), key=lambda i: (hi[i], -i))
    wet = max(range(7), key=lambda i: (rain[i], -i))
    out.append(scene("weather_leipzig", "weather", 860, 400, page(body, css), qs=[
        Q("which day is the warmest this week", days[hot], "text", "argmax", True),
        Q("chance of rain on thursday?", f"{rain[3]}%", "percent", "table_cell", True),
        Q("wie hoch ist die Luftfeuchtigkeit gerade?", "68%", "percent", "field_read", True),
    ]))

    # 4 Kanban
    board = {"Backlog": [("Export to PDF", "Aiko"), ("SSO with Okta", "Ben"), ("Bulk delete", "—")],
             "In progress": [("New onboarding flow", "Chloé"), ("Fix flaky e2e tests", "Dev"), ("Billing page redesign", "Aiko"), ("Rate limiter", "Ben")],
             "Review": [("Audit log filters", "Emre")], "Done": [("Password reset emails", "Chloé"), ("Upgrade to Node 22", "Dev")]}
    cols = "".join(f"<div class='col'><div class='ch'>{k} <span class='cnt'>{len(v)}</span></div>" + "".join(f"<div class='card'>{esc(t)}<div class='a'>{a}</div></div>" for t, a in v) + "</div>" for k, v in board.items())
    css = """body{font-family:'Lato';background:#0079bf;padding:20px} .b{display:flex;gap:14px} .col{background:#ebecf0;border-radius:8px;padding:10px;width:270px;align-self:flex-start}
    .ch{font-weight:bold;margin-bottom:8px} .card{background:#fff;border-radius:6px;padding:10px;margin-bottom:8px;box-shadow:0 1px 0 #0003} .a{font-size:12px;color:#5e6c84;margin-top:6px}
    .cnt{background:#dfe1e6;border-radius:10px;padding:0 7px;font-weight:normal;font-size:13px}"""
    out.append(scene("kanban_sprint", "kanban", 1200, 500, page("<h2 style='color:#fff;margin:0 0 14px'>Sprint 31 board</h2><div class='b'>" + cols + "</div>", css), qs=[
        Q("how many cards are in progress", str(len(board["In progress"])), "count", "count", True),
        Q("who's on the rate limiter task", "Ben", "person", "who_when_where", True),
        Q("what's waiting for review", board["Review"][0][0], "text", "field_read", True),
        Q("how many tasks does Aiko have across the board", str(sum(a == "Aiko" for v in board.values() for _, a in v)), "count", "count", False),
    ]))

    # 5 To-do list
    todos = [("Renew passport", True), ("Book vet appointment for Miso", True), ("Pay electricity bill", False), ("Call grandma", False),
             ("Return library books", True), ("Order birthday gift for Jon", False), ("Clean the fridge", False)]
    li = "".join(f"<div class='t {'d' if d else ''}'><span class='b'>{'✔' if d else ''}</span>{esc(n)}</div>" for n, d in todos)
    css = """body{background:#fef3c7;font-family:'Liberation Sans';padding:30px} .l{width:480px;margin:auto;background:#fff;border-radius:12px;padding:22px;box-shadow:0 3px 10px #0002}
    .t{padding:10px 4px;border-bottom:1px solid #eee;font-size:17px} .d{color:#9ca3af;text-decoration:line-through} .b{display:inline-block;width:20px;height:20px;border:2px solid #d97706;border-radius:50%;margin-right:12px;text-align:center;font-size:13px;line-height:18px;vertical-align:middle;color:#fff}
    .d .b{background:#d97706}"""
    out.append(scene("todo_weekend", "todo_list", 580, 560, page(f"<div class='l'><h2 style='margin-top:0'>This weekend ✦</h2>{li}<p style='color:#888'>{sum(d for _,d in todos)} of {len(todos)} done</p></div>", css), qs=[
        Q("how many things are still left to do", str(sum(not d for _, d in todos)), "count", "count", False),
        Q("what's the first unchecked item", next(n for n, d in todos if not d), "text", "ordinal", True),
        Q("did I already return the library books?", "yes", "yesno", "control_state", False),
    ]))

    # 6 Slide with bullets
    bullets = ["Revenue up 18% year over year", "Churn down from 4.1% to 3.2%", "Launched in Poland and Portugal", "Hiring: 12 open roles, 5 in engineering", "Next: self-serve enterprise plan"]
    css = """body{background:#fff;font-family:'Lato'} .s{width:1280px;height:720px;padding:60px 80px;background:linear-gradient(90deg,#fff 70%,#eef2ff)} h1{font-size:48px;color:#312e81;margin:0 0 30px}
    li{font-size:30px;margin:16px 0} .ft{position:absolute;bottom:30px;left:80px;color:#999;font-size:16px}"""
    body = f"<div class='s'><h1>Q2 2026 Highlights</h1><ul>{''.join(f'<li>{b}</li>' for b in bullets)}</ul><div class='ft'>Skarv Analytics · Board update · slide 4/19</div></div>"
    out.append(scene("slide_highlights", "slide", 1280, 720, page(body, css), qs=[
        Q("how many bullet points on this slide", str(len(bullets)), "count", "count", False),
        Q("what was churn before", "4.1%", "percent", "field_read", True),
        Q("which slide number is this", "4", "number", "field_read", True),
    ]))

    # 7 Slide diagram with arrows
    steps = ["Ingest", "Validate", "Enrich", "Score", "Publish"]
    boxes = "".join(f"<div class='bx'>{s}</div>" + ("<div class='ar'>➜</div>" if i < len(steps) - 1 else "") for i, s in enumerate(steps))
    css = """body{font-family:'Liberation Sans';background:#fdfcf7} .s{width:1280px;height:720px;padding:50px} h1{font-size:42px;color:#14532d} .fl{display:flex;align-items:center;margin-top:80px}
    .bx{border:3px solid #15803d;border-radius:12px;padding:26px 22px;font-size:26px;background:#f0fdf4;min-width:170px;text-align:center} .ar{font-size:46px;color:#15803d;margin:0 14px;font-family:'DejaVu Sans'}
    .nt{margin-top:70px;font-size:22px;color:#444}"""
    body = f"<div class='s'><h1>Lead scoring pipeline</h1><div class='fl'>{boxes}</div><div class='nt'>▸ Failed validation → quarantine bucket (reviewed daily)<br>▸ Scores above 80 trigger a Slack alert to #sales-hot</div></div>"
    out.append(scene("slide_pipeline", "slide", 1280, 720, page(body, css), qs=[
        Q("what step comes right after Enrich", steps[steps.index("Enrich") + 1], "text", "ordinal", True),
        Q("how many stages does the pipeline have", str(len(steps)), "count", "count", False),
        Q("what score triggers a slack alert", "above 80", "text", "field_read", True),
    ]))

    # 8 Notification panel
    notes = [("Calendar", "Standup in 10 minutes", "now"), ("Slack", "Ruth mentioned you in #design", "4m"), ("Bank", "Card payment 42,90 € at IKEA Delft", "18m"),
             ("Battery", "Battery low — 12% remaining", "31m"), ("GitHub", "PR #882 was approved by tkowalski", "1h"), ("Strava", "Mia gave you kudos", "2h")]
    items = "".join(f"<div class='n'><div class='ap'>{a} · <span>{t}</span></div><div>{esc(x)}</div></div>" for a, x, t in notes)
    css = """body{background:url() #3b4252;font-family:'Lato';padding:20px} .p{width:440px;margin:auto} .tm{color:#fff;font-size:54px;text-align:center;font-weight:300}
    .n{background:#ffffffe6;border-radius:14px;padding:12px 14px;margin:10px 0;font-size:15px} .ap{font-size:12px;color:#555;text-transform:uppercase;margin-bottom:3px}"""
    out.append(scene("notifications_phone", "notifications", 520, 720, page(f"<div class='p'><div class='tm'>09:50</div><div style='color:#ddd;text-align:center'>Thursday 8 October</div>{items}</div>", css), qs=[
        Q("how much was the IKEA payment", "42,90 €", "money", "field_read", True),
        Q("how many notifications are there", str(len(notes)), "count", "count", False),
        Q("battery %?", "12%", "percent", "field_read", True),
        Q("who approved my PR", "tkowalski", "person", "who_when_where", True),
    ]))

    # 9 Shopping cart
    cart = [("Merino wool beanie", "Charcoal", 2, 2495), ("Trail socks 3-pack", "Size 42–45", 1, 1899), ("Insulated bottle 750 ml", "Sage", 1, 3450), ("Headlamp 400 lm", "Black", 1, 4999)]
    sub = sum(q * p for *_, q, p in cart)
    ship = 0 if sub >= 10000 else 595
    disc = round(sub * 0.10)
    tot = sub - disc + ship
    rows = "".join(f"<div class='it'><div class='im'></div><div style='flex:1'><b>{n}</b><br><small>{v}</small></div><div class='q'>− {q} +</div><div class='pr'>{usd(q*p/100)}</div></div>" for n, v, q, p in cart)
    css = """body{font-family:'Liberation Sans';background:#fafaf9;padding:30px;display:flex;gap:30px} .l{flex:1} .it{display:flex;align-items:center;gap:16px;background:#fff;padding:14px;margin-bottom:10px;border-radius:8px}
    .im{width:64px;height:64px;background:#d6d3d1;border-radius:6px} .q{border:1px solid #ccc;border-radius:16px;padding:4px 12px} .pr{width:90px;text-align:right;font-weight:bold}
    .s{width:340px;background:#fff;padding:20px;border-radius:8px;align-self:flex-start} .rw{display:flex;justify-content:space-between;margin:8px 0} .co{background:#16a34a;color:#fff;text-align:center;padding:12px;border-radius:8px;margin-top:12px}"""
    body = f"""<div class='l'><h2 style='margin-top:0'>Your cart ({sum(c[2] for c in cart)} items)</h2>{rows}</div><div class='s'><h3 style='margin-top:0'>Order summary</h3>
    <div class='rw'><span>Subtotal</span><span>{usd(sub/100)}</span></div><div class='rw'><span>Promo TRAIL10 (−10%)</span><span>−{usd(disc/100)}</span></div>
    <div class='rw'><span>Shipping</span><span>{'FREE' if ship==0 else usd(ship/100)}</span></div><hr><div class='rw'><b>Total</b><b>{usd(tot/100)}</b></div><div class='co'>Checkout</div></div>"""
    out.append(scene("cart_outdoor", "shopping_cart", 1150, 520, page(body, css), qs=[
        Q("what's my total after the promo", usd(tot / 100), "money", "field_read", True),
        Q("how much am I saving with the code", usd(disc / 100), "money", "field_read", True),
        Q("is shipping free?", "yes" if ship == 0 else "no", "yesno", "yesno", False),
        Q("how many beanies are in the cart", "2", "count", "table_cell", False),
    ]))

    # 10 Recipe card (Italian)
    ingr = [("farina 00", "300 g"), ("uova", "3"), ("ricotta", "250 g"), ("spinaci", "400 g"), ("parmigiano grattugiato", "60 g"), ("noce moscata", "1 pizzico"), ("burro", "50 g"), ("salvia", "8 foglie")]
    css = """body{background:#e7e5e4;padding:30px;font-family:'DejaVu Serif'} .r{width:820px;margin:auto;background:#fffbeb;border:1px solid #d6d3d1;padding:30px;display:flex;gap:30px}
    h1{margin:0;color:#9a3412} .meta{display:flex;gap:20px;color:#57534e;margin:8px 0 16px;font-family:'Lato'} li{margin:4px 0}"""
    body = f"""<div class='r'><div style='width:300px'><h1>Gnudi di ricotta</h1><div class='meta'><span>Porzioni: 4</span><span>Tempo: 45 min</span></div><h3>Ingredienti</h3><ul>{''.join(f'<li>{q} {n}</li>' for n, q in ingr)}</ul></div>
    <div style='flex:1'><h3>Preparazione</h3><ol><li>Lessare gli spinaci, strizzarli e tritarli finemente.</li><li>Mescolare ricotta, spinaci, uova, parmigiano e noce moscata.</li><li>Aggiungere la farina poco alla volta fino a ottenere un impasto morbido.</li><li>Formare palline e cuocerle in acqua salata per 4 minuti.</li><li>Condire con burro fuso e salvia.</li></ol></div></div>"""
    out.append(scene("recipe_gnudi", "recipe", 900, 560, page(body, css), qs=[
        Q("quanta ricotta serve?", "250 g", "text", "table_cell", True),
        Q("how many servings does this make", "4", "number", "field_read", True),
        Q("how long do the gnudi boil", "4 minuti", "text", "field_read", True),
        Q("how many ingredients", str(len(ingr)), "count", "count", False),
    ]))

    # 11 Bus timetable (Dutch)
    deps = []
    t = 6 * 60 + 12
    while t < 9 * 60 + 30:
        deps.append(t)
        t += rng.choice([12, 15, 18, 20])
    stops = [("Centraal Station", 0), ("Vredenburg", 4), ("Neude", 7), ("Wittevrouwen", 11), ("De Uithof", 19)]
    fm = lambda m: f"{m//60:02d}:{m%60:02d}"
    rows = "".join(f"<tr><td class='s'>{s}</td>" + "".join(f"<td>{fm(d+o)}</td>" for d in deps[:10]) + "</tr>" for s, o in stops)
    css = """body{font-family:'DejaVu Sans Condensed','DejaVu Sans';padding:20px;font-size:14px} .hd{background:#ffcc00;padding:10px 16px;font-size:22px;font-weight:bold}
    td{border:1px solid #ccc;padding:6px 8px;text-align:center} .s{text-align:left;font-weight:bold;background:#f5f5f5;width:170px}"""
    body = f"<div class='hd'>Lijn 28 · Centraal Station → De Uithof · maandag t/m vrijdag</div><table style='margin-top:10px'>{rows}</table><p>Alle tijden zijn vertrektijden. Geen dienst op feestdagen.</p>"
    target = 7 * 60 + 40
    nxt = next(d for d in deps[:10] if d + stops[2][1] >= target)
    out.append(scene("timetable_lijn28", "timetable", 1100, 320, page(body, css), qs=[
        Q("I'm at Neude at 7:40, when's the next bus", fm(nxt + stops[2][1]), "time", "table_cell", True),
        Q("hoe lang duurt de rit van Centraal Station naar De Uithof?", f"{stops[-1][1]} minuten", "time", "arithmetic", False),
        Q("first departure from Centraal Station", fm(deps[0]), "time", "ordinal", True),
    ]))

    # 12 Menu (Italian)
    menu = {"Antipasti": [("Bruschetta al pomodoro", 6.5), ("Burrata con pesto", 11.0), ("Carpaccio di manzo", 13.5)],
            "Primi": [("Tagliatelle al ragù", 14.0), ("Risotto ai funghi porcini", 16.5), ("Spaghetti alle vongole", 17.0), ("Gnocchi al gorgonzola", 13.0)],
            "Dolci": [("Tiramisù della casa", 7.0), ("Panna cotta ai frutti di bosco", 6.0), ("Cannoli siciliani", 6.5)]}
    sec = "".join(f"<h2>{k}</h2>" + "".join(f"<div class='r'><span>{n}</span><span class='dots'></span><span>€ {dec_comma(p)}</span></div>" for n, p in v) for k, v in menu.items())
    css = """body{background:#1c1917;padding:30px;font-family:'C059','DejaVu Serif',serif} .m{width:620px;margin:auto;background:#f5f0e6;padding:36px 44px;color:#292524}
    h1{text-align:center;font-style:italic;margin:0} h2{color:#7f1d1d;border-bottom:1px solid #7f1d1d;font-size:22px} .r{display:flex;font-size:18px;margin:8px 0} .dots{flex:1;border-bottom:1px dotted #777;margin:0 6px 5px}"""
    cheap = min(menu["Dolci"], key=lambda x: x[1])
    exp = max(menu["Primi"], key=lambda x: x[1])
    out.append(scene("menu_trattoria", "menu", 720, 800, page(f"<div class='m'><h1>Trattoria da Nives</h1><p style='text-align:center'>Menù · coperto € 2,50</p>{sec}</div>", css), qs=[
        Q("cheapest dessert?", cheap[0], "text", "argmin", True),
        Q("quanto costa il risotto", "€ " + dec_comma(16.5), "money", "table_cell", True),
        Q("most expensive pasta dish and its price", f"{exp[0]}, € {dec_comma(exp[1])}", "text", "multi_part", False),
        Q("two tiramisù plus cover charge for two — total?", "€ " + dec_comma(2 * 7.0 + 2 * 2.5), "money", "arithmetic", False),
    ]))

    # 13 Product page
    css = """body{font-family:'Lato';padding:30px;display:flex;gap:40px} .img{width:460px;height:460px;background:linear-gradient(135deg,#cbd5e1,#94a3b8);border-radius:12px}
    .p{flex:1} .pr{font-size:34px;font-weight:bold;color:#b91c1c} .old{text-decoration:line-through;color:#888;font-size:18px} .sw{display:inline-block;width:30px;height:30px;border-radius:50%;margin-right:8px;border:2px solid #fff;box-shadow:0 0 0 1px #aaa}
    .sz{display:inline-block;border:1px solid #aaa;padding:8px 14px;margin-right:6px;border-radius:4px} .sz.x{color:#bbb;text-decoration:line-through} .sz.on{border:2px solid #111;font-weight:bold}
    .btn{background:#111;color:#fff;padding:14px;text-align:center;border-radius:6px;margin-top:20px;width:300px}"""
    body = """<div class='img'></div><div class='p'><div style='color:#666'>Home › Shoes › Running</div><h1 style='margin:6px 0'>Stridewell Aero 3</h1><div>★★★★☆ 4.3 (1,287 reviews)</div>
    <p><span class='pr'>$109.99</span> <span class='old'>$139.99</span></p><div>Colour: <b>Glacier blue</b></div><p><span class='sw' style='background:#7dd3fc;box-shadow:0 0 0 2px #111'></span><span class='sw' style='background:#111'></span><span class='sw' style='background:#f97316'></span></p>
    <div>Size (US)</div><p><span class='sz'>8</span><span class='sz x'>8.5</span><span class='sz on'>9</span><span class='sz'>9.5</span><span class='sz x'>10</span><span class='sz'>11</span></p>
    <div style='color:#15803d'>✔ In stock — ships in 1–2 business days</div><div class='btn'>Add to bag</div><p style='color:#666'>Free returns within 30 days</p></div>"""
    out.append(scene("product_stridewell", "product_page", 1150, 560, page(body, css), qs=[
        Q("how much is it on sale", "$109.99", "money", "field_read", True),
        Q("how much am I saving vs the original price", usd(139.99 - 109.99), "money", "arithmetic", False),
        Q("is size 10 available", "no", "yesno", "yesno", False),
        Q("which size is selected", "9", "number", "control_state", True),
    ]))

    # 14 HTML table (Nordic: Norwegian electricity prices per region)
    regs = ["NO1 Øst", "NO2 Sør", "NO3 Midt", "NO4 Nord", "NO5 Vest"]
    hrs = ["00–06", "06–12", "12–18", "18–24"]
    pr = {r: [round(rng.uniform(18, 140), 1) for _ in hrs] for r in regs}
    rows = "".join(f"<tr><td>{r}</td>" + "".join(f"<td>{dec_comma(v,1)}</td>" for v in pr[r]) + "</tr>" for r in regs)
    css = """body{font-family:'Liberation Sans';padding:30px} table{font-size:16px} td,th{border:1px solid #94a3b8;padding:9px 16px;text-align:right} td:first-child,th:first-child{text-align:left}
    th{background:#0f766e;color:#fff} tr:nth-child(odd) td{background:#f0fdfa}"""
    allv = [(v, r, hrs[i]) for r in regs for i, v in enumerate(pr[r])]
    mx = max(allv)
    out.append(scene("table_strompris", "html_table", 820, 420, page("<h2>Strømpris i morgen (øre/kWh, eks. mva)</h2><table><tr><th>Prisområde</th>" + "".join(f"<th>{h}</th>" for h in hrs) + "</tr>" + rows + "</table>", css), qs=[
        Q("hva er prisen i NO3 Midt mellom 18 og 24?", dec_comma(pr["NO3 Midt"][3], 1), "number", "table_cell", True),
        Q("where and when is power most expensive tomorrow", f"{mx[1]}, {mx[2]}", "text", "multi_part", False),
        Q("cheapest region for the 06–12 block", min(regs, key=lambda r: pr[r][1]), "text", "argmin", True),
    ]))
    return out
