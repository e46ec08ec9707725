"""Web pages and app screens rendered with headless chromium."""
import datetime as dt

from common import Scene, render_html, fmt, r2, clean_num


def toggle(on, dark=False):
    return f"<span class='tg {'on' if on else 'off'}'><i></i></span>"


TOGGLE_CSS = """.tg{display:inline-block;width:44px;height:24px;border-radius:12px;position:relative;vertical-align:middle}
.tg i{position:absolute;top:3px;width:18px;height:18px;border-radius:50%;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.3)}
.tg.on{background:#2f7cf6}.tg.on i{left:23px}.tg.off{background:#9aa3ad}.tg.off i{left:3px}"""


# ------------------------------------------------------------------ router admin Wi-Fi settings (dark)
def web_router_wifi():
    s = Scene("web_router_wifi", "settings", "home router admin page, Wi-Fi settings", "dark", "HTML",
              "SSID, band radios, security select, toggles, firmware version")
    R = s.rng
    band = R.choice(["2.4 GHz", "5 GHz", "Dual-band (smart connect)"])
    wps = R.random() < 0.5
    guest = not wps
    hide = R.random() < 0.4
    fw = f"V{R.randint(1, 3)}.{R.randint(0, 9)}.{R.randint(10, 99)}.{R.randint(100, 999)}"
    ch = R.choice([36, 40, 44, 149, 153])
    radios = "".join(f"<label><input type=radio name=b {'checked' if b == band else ''}> {b}</label>"
                     for b in ["2.4 GHz", "5 GHz", "Dual-band (smart connect)"])
    body = f"""<div class=top><b>NETHAWK</b> AX3000 <span class=fw>Firmware {fw}</span><span class=lo>Log out</span></div>
<div class=wrap><div class=side><div>Status</div><div class=on>Wireless</div><div>LAN</div><div>Parental controls</div><div>Firewall</div><div>System</div></div>
<div class=main><h2>Wireless settings</h2>
<div class=row><span class=k>Network name (SSID)</span><input value="Pemberton_Home"></div>
<div class=row><span class=k>Band</span><span class=rad>{radios}</span></div>
<div class=row><span class=k>Security</span><select><option>WPA3-Personal</option></select></div>
<div class=row><span class=k>Channel (5 GHz)</span><select><option>{ch}</option></select></div>
<div class=row><span class=k>WPS push button</span>{toggle(wps)}</div>
<div class=row><span class=k>Guest network</span>{toggle(guest)}</div>
<div class=row><span class=k>Hide SSID</span>{toggle(hide)}</div>
<div class=btns><button class=p>Apply</button><button>Cancel</button></div></div></div>"""
    css = TOGGLE_CSS + """body{color:#dfe3e8;font-size:15px}.top{background:#11161c;padding:14px 24px;font-size:18px;display:flex;gap:10px;align-items:center}
.fw{margin-left:auto;font-size:13px;color:#8b96a3}.lo{font-size:13px;color:#6fb1ff;margin-left:20px}.wrap{display:flex}
.side{width:200px;background:#161c23;min-height:560px;padding-top:10px}.side div{padding:12px 24px;color:#9aa6b2}.side .on{color:#fff;background:#233042;border-left:3px solid #2f7cf6}
.main{padding:20px 36px;flex:1}h2{font-weight:400;margin:4px 0 20px}.row{display:flex;align-items:center;padding:12px 0;border-bottom:1px solid #253040}
.k{width:240px;color:#aab4bf}input,select{background:#0f141a;color:#fff;border:1px solid #3a4756;padding:7px 10px;border-radius:4px;font-size:15px;width:260px}
.rad label{margin-right:22px}.rad input{width:auto}button{padding:9px 22px;margin:24px 12px 0 0;border-radius:4px;border:1px solid #3a4756;background:#1b232d;color:#ddd;font-size:15px}
button.p{background:#2f7cf6;border-color:#2f7cf6;color:#fff}"""
    render_html(s, body, 1200, 700, css, bg="#1b2129", font_family="Roboto", input_values="Pemberton_Home WPA3-Personal " + str(ch))
    s.q("which band is selected", band, "text", "selected", True)
    s.q("Is WPS turned on?", "yes" if wps else "no", "yesno", "state_yesno", False)
    s.q("router firmware version?", fw, "version", "version", True)
    s.q("what's the wifi name", "Pemberton_Home", "text", "lookup", True)


# ------------------------------------------------------------------ notification preferences matrix
def web_notif_matrix():
    s = Scene("web_notif_matrix", "settings", "notification preferences grid (event × channel checkboxes)", "light",
              "HTML", "7 events × Email / Push / SMS checkboxes")
    R = s.rng
    events = ["New sign-in", "Payment failed", "Invoice paid", "Weekly summary", "Team invite", "Comment mention",
              "Storage almost full"]
    chans = ["Email", "Push", "SMS"]
    grid = {(e, c): R.random() < 0.5 for e in events for c in chans}
    rows = "".join("<tr><td>" + e + "</td>" + "".join(
        f"<td class=c><input type=checkbox {'checked' if grid[(e, c)] else ''}></td>" for c in chans) + "</tr>"
                   for e in events)
    body = f"""<div class=card><h2>Notifications</h2><p class=sub>Choose how Lumenboard lets you know about activity.</p>
<table><tr><th>Event</th>{''.join(f'<th class=c>{c}</th>' for c in chans)}</tr>{rows}</table>
<button>Save preferences</button></div>"""
    css = """body{background:#eef1f5}.card{width:640px;margin:30px;background:#fff;border-radius:10px;padding:26px 30px;box-shadow:0 2px 8px rgba(0,0,0,.08);font-size:15px}
h2{margin:0}.sub{color:#667;margin:6px 0 18px}table{width:100%;border-collapse:collapse}th{font-size:13px;color:#556;text-align:left;padding:8px;border-bottom:2px solid #dde}
td{padding:10px 8px;border-bottom:1px solid #eef}.c{text-align:center!important}input{width:18px;height:18px;accent-color:#0f9d76}
button{margin-top:20px;background:#0f9d76;color:#fff;border:none;padding:10px 20px;border-radius:6px;font-size:15px}"""
    render_html(s, body, 720, 800, css, bg="#eef1f5", font_family="Open Sans")
    e1 = events[1]
    s.q(f"do i get SMS for '{e1}'?", "yes" if grid[(e1, 'SMS')] else "no", "yesno", "state_yesno", False)
    s.q("how many events have push turned on", sum(grid[(e, 'Push')] for e in events), "count", "count", False)
    e2 = events[3]
    on = [c for c in chans if grid[(e2, c)]]
    s.q(f"which channels are ticked for {e2}", "; ".join(on) if on else "none", "text", "selected", bool(on))


# ------------------------------------------------------------------ cookie consent dialog
def web_cookie_dialog():
    s = Scene("web_cookie_dialog", "settings", "cookie consent modal with category toggles", "light", "HTML",
              "4 categories with toggles over a dimmed news page, 2 buttons")
    R = s.rng
    cats = ["Strictly necessary", "Functional", "Analytics", "Advertising"]
    st = {"Strictly necessary": True}
    for c in cats[1:]:
        st[c] = R.random() < 0.5
    if all(st[c] for c in cats[1:]):
        st["Advertising"] = False
    items = "".join(f"<div class=it><div><b>{c}</b><div class=d>{d}</div></div>{toggle(st[c])}</div>" for c, d in zip(cats, [
        "Required for the site to work. Always on.", "Remember your region and font size.",
        "Help us count visits and improve pages.", "Personalised ads from our partners."]))
    body = f"""<div class=bg><h1>The Coastal Ledger</h1><p>Harbour board approves new ferry terminal …</p><p>Council budget 2026: what changes for residents …</p></div>
<div class=ov></div><div class=modal><h3>Your privacy choices</h3><p class=d>We use cookies to run this site. Pick which ones you allow.</p>{items}
<div class=b><button class=s>Save my choices</button><button class=a>Accept all</button></div></div>"""
    css = TOGGLE_CSS + """.bg{padding:30px 60px;font-family:'Liberation Serif';height:640px;font-size:20px}.bg h1{font-size:44px}
.ov{position:fixed;inset:0;background:rgba(0,0,0,.45)}.modal{position:fixed;left:50%;top:60px;transform:translateX(-50%);width:520px;background:#fff;border-radius:12px;padding:24px 28px;font-size:15px}
h3{margin:0 0 6px;font-size:20px}.d{color:#666;font-size:13px;margin-top:3px}.it{display:flex;justify-content:space-between;align-items:center;padding:12px 0;border-bottom:1px solid #eee}
.b{display:flex;gap:12px;justify-content:flex-end;margin-top:18px}button{padding:10px 18px;border-radius:6px;font-size:15px;border:1px solid #222;background:#fff}
button.a{background:#222;color:#fff}"""
    render_html(s, body, 1100, 700, css, crop=False)
    allowed = [c for c in cats if st[c]]
    s.q("which cookie categories are switched on", "; ".join(allowed), "text", "selected", True)
    s.q("is analytics enabled", "yes" if st["Analytics"] else "no", "yesno", "state_yesno", False)
    s.q("what does the dark button say?", "Accept all", "text", "read", True)


# ------------------------------------------------------------------ sprint board (kanban)
def web_sprint_board():
    s = Scene("web_sprint_board", "kanban", "sprint board with 4 columns, story points and assignees", "light",
              "HTML", "12 cards across To do / In progress / Review / Done")
    R = s.rng
    titles = ["Export CSV for invoices", "Fix timezone on reports", "Dark mode for settings", "Rate-limit login",
              "Upgrade Postgres to 16", "Onboarding checklist", "Search by IBAN", "Retry failed webhooks",
              "Audit log filters", "PDF receipt footer", "Remove legacy API v1", "SSO for Okta"]
    people = ["Ines", "Bogdan", "Yuki", "Femi", "Clara"]
    cols = ["To do", "In progress", "Review", "Done"]
    R.shuffle(titles)
    cards = []
    for i, t in enumerate(titles):
        cards.append(dict(t=t, col=cols[min(3, i // 3) if i < 12 else 3], pts=R.choice([1, 2, 3, 5, 8]),
                          who=R.choice(people), key=f"FIN-{R.randint(100, 999)}"))
    # shuffle column sizes a little
    for c in cards[:2]:
        c["col"] = R.choice(cols)
    html_cols = ""
    for col in cols:
        cc = [c for c in cards if c["col"] == col]
        html_cols += f"<div class=col><div class=ch>{col} <span>{len(cc)}</span></div>" + "".join(
            f"<div class=card><div class=t>{c['t']}</div><div class=m><span class=k>{c['key']}</span>"
            f"<span class=p>{c['pts']}</span><span class=w>{c['who']}</span></div></div>" for c in cc) + "</div>"
    body = f"<div class=hd>Payments squad · Sprint 42 <span>ends Fri 14 Nov</span></div><div class=b>{html_cols}</div>"
    css = """body{background:#f4f5f7;font-size:14px}.hd{background:#fff;padding:16px 24px;font-size:20px;font-weight:bold;border-bottom:1px solid #ddd}.hd span{font-size:13px;color:#777;font-weight:normal;margin-left:14px}
.b{display:flex;gap:14px;padding:18px}.col{flex:1;background:#ebecf0;border-radius:8px;padding:10px}.ch{font-weight:bold;color:#5e6c84;text-transform:uppercase;font-size:12px;margin:4px 4px 10px}
.ch span{background:#dfe1e6;border-radius:10px;padding:1px 7px;margin-left:4px}.card{background:#fff;border-radius:6px;padding:10px;margin-bottom:8px;box-shadow:0 1px 1px rgba(9,30,66,.25)}
.m{display:flex;gap:8px;align-items:center;margin-top:10px;font-size:12px}.k{color:#5e6c84}.p{background:#dfe1e6;border-radius:10px;padding:0 7px}.w{margin-left:auto;background:#0052cc;color:#fff;border-radius:10px;padding:1px 8px}"""
    render_html(s, body, 1240, 900, css, bg="#f4f5f7")
    rev = [c for c in cards if c["col"] == "Review"]
    done = [c for c in cards if c["col"] == "Done"]
    s.q("how many cards are in review", len(rev), "count", "count", True)
    s.q("total story points in Done?", sum(c["pts"] for c in done), "number", "sum", False)
    c = cards[5]
    s.q(f"who's working on '{c['t']}'", c["who"], "person", "party", True)


# ------------------------------------------------------------------ gym class timetable (week grid)
def web_gym_schedule():
    s = Scene("web_gym_schedule", "calendar", "gym class week timetable (days × time slots)", "light", "HTML",
              "classes with instructor per day/slot")
    R = s.rng
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    slots = ["07:00", "09:30", "12:15", "18:00", "19:30"]
    classes = [("Spin", "Marco"), ("Yoga flow", "Anaïs"), ("Boxfit", "Dee"), ("Pilates", "Sofia"),
               ("HIIT 30", "Marco"), ("Zumba", "Lupe"), ("Kettlebells", "Dee")]
    grid = {}
    for d in days:
        for t in slots:
            if R.random() < 0.6:
                grid[(d, t)] = R.choice(classes)
    grid[("Thu", "18:00")] = ("Yoga flow", "Anaïs")
    for t in slots:
        if grid.get(("Thu", t), (None,))[0] == "Yoga flow" and t != "18:00":
            del grid[("Thu", t)]
    rows = "".join("<tr><th>" + t + "</th>" + "".join(
        (f"<td class='x {grid[(d, t)][0].split()[0].lower()}'><b>{grid[(d, t)][0]}</b><br><small>{grid[(d, t)][1]}</small></td>"
         if (d, t) in grid else "<td></td>") for d in days) + "</tr>" for t in slots)
    body = f"""<div class=w><h1>PULSE Studio Ealing — class timetable</h1><p>Week of 3 March · book in the app</p>
<table><tr><th></th>{''.join(f'<th>{d}</th>' for d in days)}</tr>{rows}</table></div>"""
    css = """.w{padding:26px;font-size:14px}h1{margin:0;font-size:24px}p{color:#777}table{border-collapse:separate;border-spacing:4px;width:100%}
th{font-size:13px;color:#444;padding:6px}td{height:54px;text-align:center;border-radius:6px;background:#f6f6f6}.x{background:#fde9d9}
.spin{background:#dbeafe}.yoga{background:#dcfce7}.boxfit{background:#fee2e2}.pilates{background:#f3e8ff}.hiit{background:#fef9c3}.zumba{background:#ffe4e6}
small{color:#555}"""
    render_html(s, body, 1150, 800, css, font_family="Lato")
    s.q("what time is yoga on thursday", "18:00", "time", "cell", True)
    sat = [(t, grid[("Sat", t)]) for t in slots if ("Sat", t) in grid]
    s.q("how many classes are on saturday?", len(sat), "count", "count", False)
    # first class of the week on Monday
    mon = [t for t in slots if ("Mon", t) in grid]
    if mon:
        s.q("what's the first class on monday", grid[("Mon", mon[0])][0], "text", "nth", True)


# ------------------------------------------------------------------ team chat (dark, Slack-like)
def web_team_chat():
    s = Scene("web_team_chat", "chat", "team chat channel, dark desktop app", "dark", "HTML",
              "#release channel, 7 messages with names and times")
    R = s.rng
    msgs = [("Oskar Lind", "release branch is cut, building rc2 now"),
            ("Mei Tanaka", "QA found a crash on Android 12 when opening receipts"),
            ("Oskar Lind", "can you share the stack trace?"),
            ("Mei Tanaka", "NullPointerException in ReceiptViewModel.load — ticket MOB-2214"),
            ("Dario Costa", "I'll take it. fix should be small"),
            ("Dario Costa", "PR is up: #1187"),
            ("Amaka Obi", "approved. let's ship rc3 at 16:30 instead of 15:00")]
    t = dt.datetime(2025, 10, 8, 10, R.randint(2, 20))
    times = []
    for _ in msgs:
        t += dt.timedelta(minutes=R.randint(3, 40))
        times.append(t)
    html = "".join(f"<div class=m><div class=av>{n[0]}</div><div><div><b>{n}</b> <span class=t>{tm.strftime('%-I:%M %p')}</span></div>"
                   f"<div>{m}</div></div></div>" for (n, m), tm in zip(msgs, times))
    body = f"""<div class=app><div class=side><div class=ws>Tallyfox</div><div># general</div><div class=on># release</div><div># qa</div><div># random</div></div>
<div class=main><div class=h># release</div>{html}<div class=in>Message #release</div></div></div>"""
    css = """body{color:#d1d2d3;font-size:15px}.app{display:flex}.side{width:220px;background:#19171d;min-height:700px;padding:14px 0}.side div{padding:6px 18px;color:#9b9a9e}
.side .ws{color:#fff;font-weight:bold;font-size:18px;margin-bottom:12px}.side .on{background:#1164a3;color:#fff}.main{flex:1;background:#1a1d21;padding:0 20px}
.h{padding:14px 0;border-bottom:1px solid #333;font-weight:bold;color:#fff;margin-bottom:10px}.m{display:flex;gap:12px;padding:9px 0}
.av{width:36px;height:36px;border-radius:6px;background:#4a7c59;color:#fff;display:flex;align-items:center;justify-content:center;font-weight:bold}
b{color:#fff}.t{color:#8a8a8e;font-size:12px;margin-left:4px}.in{margin:18px 0;border:1px solid #555;border-radius:8px;padding:12px;color:#777}"""
    render_html(s, body, 1120, 800, css, bg="#1a1d21", font_family="Lato")
    s.q("who posted the last message", msgs[-1][0], "person", "latest", True)
    s.q("what ticket is the crash", "MOB-2214", "code", "read", True)
    s.q("what time did Dario post the PR link?", times[5].strftime("%-I:%M %p"), "time", "lookup", True)
    s.q("what exception did QA hit", "NullPointerException", "error", "error", True)


# ------------------------------------------------------------------ e-mail reading pane
def web_mail_read():
    s = Scene("web_mail_read", "mail", "webmail reading pane with headers and attachments", "light", "HTML",
              "sender, to, cc, date, 3 attachments with sizes")
    R = s.rng
    att = [("floorplan_v3.pdf", R.randint(300, 4000)), ("quote_kitchen.xlsx", R.randint(20, 300)),
           ("site_photo_01.jpg", R.randint(800, 6000))]
    R.shuffle(att)
    sz = lambda k: f"{k} KB" if k < 1000 else f"{k / 1000:.1f} MB"
    ah = "".join(f"<div class=at><div class=ic>{n.split('.')[-1].upper()}</div><div>{n}<br><small>{sz(k)}</small></div></div>" for n, k in att)
    body = f"""<div class=bar><span>Inbox</span><span>Archive</span><span>Reply</span><span>Forward</span></div>
<div class=pane><h2>Kitchen renovation — revised quote and floor plan</h2>
<div class=hdr><div class=av>RB</div><div><b>Rafael Batista</b> &lt;rafael@batista-obras.pt&gt;<br>
To: Helena Sousa &lt;helena.sousa@mailbox.org&gt;<br>Cc: Tiago Sousa, Marta Pires</div><div class=dt>Tue 18 Feb 2025, 09:47</div></div>
<p>Olá Helena,</p><p>Attached is the revised quote (now €14,860 incl. IVA) and the updated floor plan with the island moved 40 cm.
We can start on <b>10 March</b> if you confirm by Friday.</p><p>Cumprimentos,<br>Rafael</p><div class=ats>{ah}</div></div>"""
    css = """body{font-size:15px;color:#202124}.bar{background:#f1f3f4;padding:10px 20px;display:flex;gap:22px;color:#444}.pane{padding:20px 34px;width:900px}
h2{font-weight:400;margin:6px 0 18px}.hdr{display:flex;gap:14px;line-height:1.5}.av{width:42px;height:42px;border-radius:50%;background:#b45309;color:#fff;display:flex;align-items:center;justify-content:center}
.dt{margin-left:auto;color:#666;font-size:13px}.ats{display:flex;gap:12px;margin-top:18px}.at{display:flex;gap:10px;border:1px solid #dadce0;border-radius:8px;padding:10px 14px;font-size:13px}
.ic{background:#e8eaed;padding:8px;border-radius:4px;font-weight:bold;font-size:11px}small{color:#777}"""
    render_html(s, body, 1000, 800, css, font_family="Roboto")
    s.q("who sent this email", "Rafael Batista", "person", "party", True)
    s.q("who is cc'd", "Tiago Sousa; Marta Pires", "person", "party", True)
    big = max(att, key=lambda a: a[1])
    s.q("which attachment is the largest", big[0], "text", "argmax", True)
    s.q("when can they start", "10 March", "date", "read", True)


# ------------------------------------------------------------------ Canadian grocery delivery cart
def web_cart_ca():
    s = Scene("web_cart_ca", "shopping", "grocery delivery cart (CAD, GST+PST lines)", "light", "HTML",
              "6 lines with qty and unit price, fees, taxes, total")
    R = s.rng
    prods = [("Maple syrup, amber 500 ml", 11.99), ("Sourdough loaf", 6.49), ("Free-range eggs, dozen", 7.29),
             ("Cheddar, aged 2 yr 400 g", 9.79), ("Honeycrisp apples 1.36 kg", 8.99), ("Oat milk 1.75 L", 5.49),
             ("Smoked salmon 200 g", 12.49), ("Coffee beans 907 g", 21.99)]
    R.shuffle(prods)
    lines = [(n, p, R.randint(1, 3)) for n, p in prods[:6]]
    sub = r2(sum(p * q for _, p, q in lines))
    fee = 4.99
    gst = r2((sub + fee) * 0.05)
    tot = r2(sub + fee + gst)
    rows = "".join(f"<div class=l><div class=img></div><div class=n>{n}<br><small>${p:.2f} each</small></div>"
                   f"<div class=q>− <b>{q}</b> +</div><div class=p>${p * q:.2f}</div></div>" for n, p, q in lines)
    body = f"""<div class=top>FreshCrate <span>Delivering to Halifax, NS B3H</span></div><div class=w><div class=left><h2>Your cart ({sum(q for *_, q in lines)} items)</h2>{rows}</div>
<div class=sum><h3>Order summary</h3><div class=r><span>Subtotal</span><span>${sub:.2f}</span></div><div class=r><span>Delivery fee</span><span>${fee:.2f}</span></div>
<div class=r><span>GST 5%</span><span>${gst:.2f}</span></div><div class='r t'><span>Total</span><span>${tot:.2f}</span></div><button>Checkout</button>
<div class=note>Delivery window: Sat 10:00–12:00</div></div></div>"""
    css = """body{font-size:15px;color:#1d2a1f}.top{background:#1f6f43;color:#fff;padding:14px 26px;font-size:22px;font-weight:bold}.top span{font-size:13px;font-weight:normal;margin-left:20px;opacity:.85}
.w{display:flex;gap:30px;padding:20px 26px}.left{flex:1}.l{display:flex;align-items:center;gap:14px;border-bottom:1px solid #e5e5e5;padding:10px 0}
.img{width:54px;height:54px;background:#e9efe9;border-radius:8px}.n{flex:1}small{color:#777}.q{width:90px;text-align:center;color:#666}.p{width:80px;text-align:right;font-weight:bold}
.sum{width:300px;background:#f6f8f6;border-radius:10px;padding:18px;align-self:flex-start}.r{display:flex;justify-content:space-between;padding:6px 0}.t{font-weight:bold;font-size:19px;border-top:1px solid #ccc;margin-top:6px;padding-top:10px}
button{width:100%;margin-top:12px;padding:12px;background:#1f6f43;color:#fff;border:none;border-radius:8px;font-size:16px}.note{font-size:12px;color:#666;margin-top:10px}"""
    render_html(s, body, 1150, 800, css, font_family="Open Sans")
    s.q("grand total?", f"${tot:.2f}", "money", "lookup", True)
    big = max(lines, key=lambda l: l[1] * l[2])
    assert sum(1 for l in lines if abs(l[1] * l[2] - big[1] * big[2]) < 1e-9) == 1
    s.q("which product costs me the most in this cart (line total)", big[0], "text", "argmax", True)
    l2 = lines[2]
    s.q(f"how many of the {l2[0].split(',')[0].lower()} am I getting?", l2[2], "count", "lookup", True)
    s.q("what is subtotal + delivery before tax", f"${sub + fee:.2f}", "money", "sum", False)


# ------------------------------------------------------------------ product page (laptop) with option radios
def web_product_laptop():
    s = Scene("web_product_laptop", "shopping", "product page with configuration options (radios) and specs", "light",
              "HTML", "laptop: selected colour/RAM/storage, price, rating, spec table")
    R = s.rng
    rams = ["8 GB", "16 GB", "32 GB"]
    stor = ["256 GB SSD", "512 GB SSD", "1 TB SSD"]
    ram = R.choice(rams)
    st = R.choice(stor)
    price = 899 + rams.index(ram) * 150 + stor.index(st) * 120
    rating = round(R.uniform(3.8, 4.8), 1)
    nrev = R.randint(120, 3400)
    opt = lambda name, vals, sel: "<div class=og><div class=ol>" + name + "</div>" + "".join(
        f"<span class='o {'sel' if v == sel else ''}'>{v}</span>" for v in vals) + "</div>"
    body = f"""<div class=w><div class=pic></div><div class=info><div class=bc>Computers › Laptops › Ultrabooks</div>
<h1>Aerolite 14 Pro</h1><div class=rt>★★★★☆ {rating} <span>({fmt(nrev, 0)} reviews)</span></div>
<div class=pr>€{fmt(price, 2, '.', ',')}</div><div class=st>In stock · ships in 2–3 days</div>
{opt('Memory', rams, ram)}{opt('Storage', stor, st)}
<button>Add to basket</button>
<table><tr><td>Display</td><td>14" 2880×1800 OLED</td></tr><tr><td>Weight</td><td>1.21 kg</td></tr><tr><td>Battery</td><td>72 Wh</td></tr><tr><td>Ports</td><td>2× USB-C, 1× USB-A, HDMI 2.1</td></tr></table></div></div>"""
    css = """.w{display:flex;gap:40px;padding:30px;font-size:15px;color:#222}.pic{width:460px;height:380px;background:linear-gradient(135deg,#cfd8dc,#90a4ae);border-radius:12px}
.info{flex:1}.bc{font-size:12px;color:#888}h1{margin:6px 0}.rt{color:#e6a100}.rt span{color:#666}.pr{font-size:30px;font-weight:bold;margin:10px 0 2px}.st{color:#1a7f37;font-size:13px;margin-bottom:14px}
.og{margin:12px 0}.ol{font-size:13px;color:#555;margin-bottom:6px}.o{display:inline-block;border:1px solid #bbb;border-radius:6px;padding:8px 14px;margin-right:8px}
.o.sel{border:2px solid #0a58ca;background:#e7f0ff;font-weight:bold}button{margin:14px 0;background:#ff9f1a;border:none;padding:12px 30px;border-radius:22px;font-size:16px}
table{border-collapse:collapse;width:100%;font-size:14px}td{padding:7px;border-top:1px solid #eee}td:first-child{color:#666;width:120px}"""
    render_html(s, body, 1200, 800, css, font_family="Lato")
    s.q("which storage option did I pick", st, "text", "selected", True)
    s.q("price?", f"€{fmt(price, 2, '.', ',')}", "money", "lookup", True)
    s.q("how heavy is it", "1.21 kg", "text", "cell", True)


# ------------------------------------------------------------------ docs page with TOC + version
def web_docs_config():
    s = Scene("web_docs_config", "docs", "library docs page: sidebar TOC, version switcher, options table", "light",
              "HTML", "configuration reference with defaults")
    R = s.rng
    ver = f"{R.randint(2, 5)}.{R.randint(0, 12)}"
    toc = ["Installation", "Quick start", "Configuration", "Plugins", "Caching", "Deployment", "Troubleshooting",
           "Changelog"]
    opts = [("cache_dir", "str", "~/.cache/quill"), ("max_workers", "int", str(R.choice([2, 4, 8]))),
            ("timeout", "float", f"{R.choice([5, 10, 30])}.0"), ("strict", "bool", "false"),
            ("log_level", "str", '"warning"'), ("retry", "int", str(R.randint(2, 6)))]
    body = f"""<div class=top><b>quill</b><span class=v>v{ver} ▾</span><span class=s>Search docs…</span></div><div class=w>
<div class=nav>{''.join(f"<div class={'on' if t == 'Configuration' else ''}>{i+1}. {t}</div>" for i, t in enumerate(toc))}</div>
<div class=main><h1>Configuration</h1><p>Settings are read from <code>quill.toml</code> in the project root, then from environment variables prefixed with <code>QUILL_</code>.</p>
<table><tr><th>Option</th><th>Type</th><th>Default</th></tr>{''.join(f'<tr><td><code>{a}</code></td><td>{b}</td><td><code>{c}</code></td></tr>' for a, b, c in opts)}</table>
<div class=warn>Changed in {ver}: <code>timeout</code> now applies per request, not per batch.</div></div>
<div class=otp><b>On this page</b><div>Precedence</div><div>Options</div><div>Environment variables</div></div></div>"""
    css = """body{font-size:15px;color:#24292f}.top{display:flex;align-items:center;gap:18px;padding:12px 24px;border-bottom:1px solid #ddd;font-size:20px}.v{font-size:13px;background:#eef;padding:3px 8px;border-radius:10px}
.s{margin-left:auto;font-size:13px;color:#999;border:1px solid #ccc;padding:6px 60px 6px 10px;border-radius:6px}.w{display:flex}.nav{width:220px;padding:18px;border-right:1px solid #eee}
.nav div{padding:6px 0;color:#555}.nav .on{color:#0969da;font-weight:bold}.main{flex:1;padding:10px 34px}code{background:#f3f3f3;padding:1px 4px;border-radius:3px;font-family:'JetBrains Mono';font-size:13px}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px;border-bottom:1px solid #e5e5e5}.warn{margin-top:18px;background:#fff8c5;border-left:4px solid #d4a72c;padding:10px}
.otp{width:200px;padding:18px;font-size:13px;color:#555}.otp div{padding:4px 0}"""
    render_html(s, body, 1280, 800, css, font_family="Open Sans")
    s.q("what's the third section in the contents", toc[2], "text", "nth", True)
    s.q("docs version?", ver, "version", "version", True)
    o = opts[1]
    s.q(f"default for {o[0]}?", o[2], "text", "cell", True)
    s.q("which section comes after Caching", toc[toc.index("Caching") + 1], "text", "next", True)


# ------------------------------------------------------------------ web analytics dashboard
def web_analytics():
    s = Scene("web_analytics", "dashboard", "web analytics dashboard: KPI tiles + top pages table", "light", "HTML",
              "sessions, users, bounce rate, avg duration; 7 pages with views")
    R = s.rng
    sess = R.randint(20000, 90000)
    users = int(sess * R.uniform(0.6, 0.85))
    bounce = round(R.uniform(28, 62), 1)
    pages = ["/", "/pricing", "/blog/tax-tips-2025", "/signup", "/docs/api", "/about", "/careers"]
    views = R.sample(range(800, 18000), 7)
    pv = sorted(zip(pages, views), key=lambda t: -t[1])
    tiles = [("Sessions", fmt(sess, 0)), ("Users", fmt(users, 0)), ("Bounce rate", f"{bounce}%"),
             ("Avg. session", "2m 41s")]
    body = f"""<div class=h>Overview · Last 28 days</div><div class=tiles>{''.join(f'<div class=t><div class=l>{a}</div><div class=v>{b}</div></div>' for a, b in tiles)}</div>
<div class=card><h3>Top pages</h3><table><tr><th>Page</th><th class=r>Views</th><th class=r>Avg. time</th></tr>
{''.join(f"<tr><td>{p}</td><td class=r>{fmt(v, 0)}</td><td class=r>{R.randint(0, 3)}m {R.randint(10, 59)}s</td></tr>" for p, v in pv)}</table></div>"""
    css = """body{font-size:15px;color:#202124;background:#f8f9fa}.h{padding:18px 26px;font-size:22px}.tiles{display:flex;gap:16px;padding:0 26px}
.t{flex:1;background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:16px}.l{font-size:13px;color:#5f6368}.v{font-size:28px;margin-top:6px}
.card{background:#fff;border:1px solid #e0e0e0;border-radius:8px;margin:18px 26px;padding:10px 18px}table{width:100%;border-collapse:collapse}th,td{padding:8px;border-bottom:1px solid #eee;text-align:left}.r{text-align:right}"""
    render_html(s, body, 1200, 800, css, bg="#f8f9fa", font_family="Roboto")
    s.q("bounce rate", f"{bounce}%", "percent", "lookup", True)
    s.q("which page got the most views", pv[0][0], "text", "argmax", True)
    a, b = pv[1], pv[3]
    s.q(f"difference in views between {a[0]} and {b[0]}", fmt(a[1] - b[1], 0), "number", "difference", False)


# ------------------------------------------------------------------ parcel tracking timeline
def web_parcel_tracking():
    s = Scene("web_parcel_tracking", "web", "parcel tracking page with event timeline (newest first)", "light",
              "HTML", "7 scan events with date/time/location")
    R = s.rng
    evs = [("Shipment information received", "Shenzhen, CN"), ("Picked up", "Shenzhen, CN"),
           ("Departed origin facility", "Hong Kong, HK"), ("Arrived at hub", "Leipzig, DE"),
           ("Customs cleared", "Leipzig, DE"), ("Arrived at delivery depot", "Wrocław, PL"),
           ("Out for delivery", "Wrocław, PL")]
    t = dt.datetime(2025, 11, 3, 8, 0)
    times = []
    for _ in evs:
        t += dt.timedelta(hours=R.randint(5, 40), minutes=R.randint(0, 59))
        times.append(t)
    items = "".join(f"<div class=e><div class=d>{tm.strftime('%d %b %Y')}<br>{tm.strftime('%H:%M')}</div><div class=dot></div>"
                    f"<div><b>{e}</b><br><span>{loc}</span></div></div>" for (e, loc), tm in reversed(list(zip(evs, times))))
    body = f"""<div class=w><div class=hd>Tracking number <b>LP00{R.randint(10**8, 10**9)}PL</b></div>
<div class=status>Out for delivery</div><div class=eta>Expected today, 12:00–16:00</div><div class=tl>{items}</div></div>"""
    css = """.w{width:640px;padding:26px;font-size:15px;color:#222}.hd{color:#555}.status{font-size:26px;font-weight:bold;color:#c2410c;margin:10px 0 2px}.eta{color:#555;margin-bottom:20px}
.e{display:flex;gap:16px;padding:10px 0;border-left:2px solid #ddd;margin-left:110px;position:relative}.d{position:absolute;left:-118px;width:100px;text-align:right;font-size:13px;color:#666}
.dot{width:12px;height:12px;border-radius:50%;background:#c2410c;margin-left:-7px;margin-top:4px;flex:none}span{color:#666;font-size:14px}"""
    render_html(s, body, 720, 900, css, font_family="Cantarell")
    s.q("when did it arrive in Leipzig", times[3].strftime("%d %b %Y") + " " + times[3].strftime("%H:%M"), "date",
        "lookup", True)
    s.q("where was the very first scan", evs[0][1], "text", "earliest", True)
    s.q("what happened right after customs cleared?", evs[5][0], "text", "next", True)


# ------------------------------------------------------------------ budget spreadsheet grid
def web_budget_sheet():
    s = Scene("web_budget_sheet", "spreadsheet", "household budget spreadsheet (months × categories)", "light",
              "HTML", "6 categories × Jan–Jun, row/column headers, formula bar")
    R = s.rng
    cats = ["Rent", "Groceries", "Transport", "Utilities", "Eating out", "Subscriptions"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    base = {"Rent": 1450, "Groceries": 520, "Transport": 160, "Utilities": 210, "Eating out": 180, "Subscriptions": 64}
    val = {(c, m): (base[c] if c == "Rent" else r2(base[c] * R.uniform(0.7, 1.35))) for c in cats for m in months}
    head = "<tr><td class=rh></td>" + "".join(f"<td class=ch>{l}</td>" for l in "ABCDEFG") + "</tr>"
    rows = head + "<tr><td class=rh>1</td><td class=b>Category</td>" + "".join(f"<td class=b>{m}</td>" for m in months) + "</tr>"
    for i, c in enumerate(cats):
        rows += f"<tr><td class=rh>{i+2}</td><td>{c}</td>" + "".join(f"<td class=n>{val[(c, m)]:.2f}</td>" for m in months) + "</tr>"
    body = f"""<div class=mb>File  Edit  View  Insert  Format  Data</div><div class=fb><span>fx</span> =SUM(B3:G3)</div><table>{rows}</table>
<div class=tabs><span class=on>Budget 2025</span><span>Savings</span></div>"""
    css = """body{font-size:14px;font-family:Arial,'Liberation Sans'}.mb{padding:8px 12px;color:#444;background:#f9fbfd}.fb{border-top:1px solid #ddd;border-bottom:1px solid #ddd;padding:6px 12px;font-family:'Liberation Mono'}
.fb span{color:#888;margin-right:12px}table{border-collapse:collapse}td{border:1px solid #e2e2e2;padding:5px 10px;min-width:80px}.rh,.ch{background:#f1f3f4;color:#555;text-align:center;min-width:30px}
.n{text-align:right}.b{font-weight:bold}.tabs{margin-top:20px;padding:6px;background:#f1f3f4}.tabs span{padding:6px 14px}.tabs .on{background:#fff;color:#188038;font-weight:bold}"""
    render_html(s, body, 1100, 600, css)
    c1, m1 = "Groceries", "Apr"
    s.q(f"what did we spend on {c1.lower()} in {m1}", f"{val[(c1, m1)]:.2f}", "money", "cell", True)
    tr = [val[("Transport", m)] for m in months]
    s.q("average monthly transport cost?", f"{sum(tr) / 6:.2f}", "money", "mean", False)
    eo = {m: val[("Eating out", m)] for m in months}
    s.q("in which month was eating out highest", max(eo, key=eo.get), "text", "argmax", True)


# ------------------------------------------------------------------ crypto watchlist (dark)
def web_crypto_watch():
    s = Scene("web_crypto_watch", "dashboard", "crypto watchlist, dark trading app", "dark", "HTML",
              "8 coins: price, 24h change %, market cap")
    R = s.rng
    coins = [("Bitcoin", "BTC", 60000, 110000), ("Ethereum", "ETH", 1800, 4200), ("Solana", "SOL", 90, 260),
             ("Cardano", "ADA", 0.3, 1.2), ("Polkadot", "DOT", 3, 9), ("Chainlink", "LINK", 9, 28),
             ("Litecoin", "LTC", 60, 130), ("Avalanche", "AVAX", 14, 45)]
    rows = []
    for n, t, lo, hi in coins:
        rows.append((n, t, r2(R.uniform(lo, hi)), round(R.uniform(-9, 9), 2)))
    assert len({r[3] for r in rows}) == 8
    trs = "".join(f"<tr><td><b>{t}</b> <span>{n}</span></td><td class=r>${fmt(p)}</td>"
                  f"<td class='r {'up' if c >= 0 else 'dn'}'>{'+' if c >= 0 else ''}{c:.2f}%</td></tr>" for n, t, p, c in rows)
    body = f"<div class=w><h2>Watchlist</h2><table><tr><th>Asset</th><th class=r>Price</th><th class=r>24h</th></tr>{trs}</table></div>"
    css = """body{color:#e6e8ea;font-size:15px}.w{padding:22px 28px;width:560px}h2{margin:0 0 14px}table{width:100%;border-collapse:collapse}th{color:#848e9c;font-weight:normal;font-size:13px;text-align:left;padding:8px}
td{padding:11px 8px;border-top:1px solid #2b3139}span{color:#848e9c;font-size:13px}.r{text-align:right}.up{color:#0ecb81}.dn{color:#f6465d}"""
    render_html(s, body, 620, 700, css, bg="#181a20", font_family="Roboto")
    worst = min(rows, key=lambda r: r[3])
    s.q("which coin dropped the most today", worst[1], "text", "argmin", True)
    s.q("how many are up in the last 24h", sum(1 for r in rows if r[3] >= 0), "count", "count", False)
    s.q("sol price?", f"${fmt(rows[2][2])}", "money", "lookup", True)


# ------------------------------------------------------------------ issue tracker table
def web_issue_tracker():
    s = Scene("web_issue_tracker", "table", "issue tracker list (type, priority, status, assignee, created)",
              "light", "HTML", "10 issues")
    R = s.rng
    titles = ["Login button unresponsive on Safari", "CSV export drops last row", "Typo in onboarding email",
              "Timeout when uploading >50 MB", "Dark mode contrast on charts", "Wrong VAT rounding on credit notes",
              "Add Spanish translation", "Webhook retries never stop", "Avatar upload crops faces",
              "Slow dashboard for 10k invoices"]
    pr = ["Highest", "High", "Medium", "Low"]
    st = ["Open", "In progress", "Resolved"]
    who = ["Ana Petrović", "Liam O'Neill", "Zainab Musa", "Kenji Mori", "—"]
    iss = []
    d0 = dt.date(2025, 6, 1)
    offs = R.sample(range(0, 120), len(titles))
    for i, t in enumerate(titles):
        iss.append(dict(key=f"ACME-{310 + i * 3 + R.randint(0, 2)}", t=t, type=R.choice(["Bug", "Bug", "Task", "Story"]),
                        p=R.choice(pr), s=R.choice(st), who=R.choice(who), d=d0 + dt.timedelta(days=offs[i])))
    ds = [x["d"] for x in iss]
    assert len(set(ds)) == len(ds)
    trs = "".join(f"<tr><td class=k>{x['key']}</td><td>{x['type']}</td><td>{x['t']}</td><td>{x['p']}</td><td><span class='st {x['s'][:2]}'>{x['s']}</span></td>"
                  f"<td>{x['who']}</td><td>{x['d'].strftime('%b %-d, %Y')}</td></tr>" for x in iss)
    body = f"""<div class=w><h2>Issues <span>· Web app · 10 results</span></h2><table><tr><th>Key</th><th>Type</th><th>Summary</th><th>Priority</th><th>Status</th><th>Assignee</th><th>Created</th></tr>{trs}</table></div>"""
    css = """.w{padding:20px 26px;font-size:14px;color:#172b4d}h2 span{color:#6b778c;font-weight:normal;font-size:15px}table{border-collapse:collapse;width:100%}
th{text-align:left;font-size:12px;color:#6b778c;border-bottom:2px solid #dfe1e6;padding:8px}td{padding:8px;border-bottom:1px solid #ebecf0}.k{color:#0052cc}
.st{padding:2px 6px;border-radius:3px;font-size:12px;font-weight:bold;text-transform:uppercase}.Op{background:#dfe1e6}.In{background:#deebff;color:#0747a6}.Re{background:#e3fcef;color:#006644}"""
    render_html(s, body, 1280, 800, css, font_family="Open Sans")
    n = sum(1 for x in iss if x["type"] == "Bug" and x["s"] != "Resolved")
    s.q("how many bugs are not resolved yet", n, "count", "count", False)
    old = min(iss, key=lambda x: x["d"])
    s.q("which issue is the oldest? give the key", old["key"], "code", "earliest", True)
    x = iss[5]
    s.q(f"priority of {x['key']}?", x["p"], "text", "cell", True)


# ------------------------------------------------------------------ status page
def web_status_page():
    s = Scene("web_status_page", "web", "service status page: components, uptime %, incident", "light", "HTML",
              "6 components with state + 90-day uptime, one incident update")
    R = s.rng
    comps = ["Website", "API", "Dashboard", "Webhooks", "Payments processing", "Email delivery"]
    deg = R.choice(comps[1:])
    up = {c: round(R.uniform(99.5, 100) if c != deg else R.uniform(98.2, 99.4), 2) for c in comps}
    rows = "".join(f"<div class=c><span>{c}</span><span class=u>{up[c]:.2f}% uptime</span><span class='s {'d' if c == deg else 'o'}'>"
                   f"{'Degraded performance' if c == deg else 'Operational'}</span></div>" for c in comps)
    body = f"""<div class=w><h1>Parcelly status</h1><div class=banner>Partial outage: {deg}</div>{rows}
<h3>Incident — elevated error rates on {deg}</h3><p><b>Monitoring</b> · 14:52 UTC — A fix has been deployed and we are monitoring results.</p>
<p><b>Identified</b> · 14:10 UTC — The issue was traced to a failed database failover in eu-west-1.</p></div>"""
    css = """.w{width:760px;padding:30px;font-size:15px;color:#333}.banner{background:#f59e0b;color:#fff;padding:14px;border-radius:6px;font-weight:bold;margin-bottom:16px}
.c{display:flex;padding:12px;border:1px solid #e5e7eb;margin-top:-1px}.c span:first-child{flex:1}.u{color:#777;font-size:13px;margin-right:20px}.s.o{color:#16a34a}.s.d{color:#d97706;font-weight:bold}"""
    render_html(s, body, 820, 800, css, font_family="Lato")
    s.q("which service is having problems", deg, "text", "read", True)
    s.q("what's the API uptime", f"{up['API']:.2f}%", "percent", "lookup", True)
    s.q("is email delivery operational?", "yes" if deg != "Email delivery" else "no", "yesno", "state_yesno", False)


# ------------------------------------------------------------------ hotel search results
def web_hotel_results():
    s = Scene("web_hotel_results", "web", "hotel search results list (Kraków), 1200 px", "light", "HTML",
              "6 hotels: rating, reviews, price per night in PLN, free cancellation flag")
    R = s.rng
    names = ["Hotel Wawel Garden", "Kazimierz Loft", "Stare Miasto Suites", "Vistula Park Inn", "Podgórze House",
             "Rynek 7 Boutique"]
    hs = []
    for n in names:
        hs.append(dict(n=n, r=round(R.uniform(7.1, 9.6), 1), rev=R.randint(80, 2400), p=R.randrange(240, 890, 5),
                       fc=R.random() < 0.5))
    assert len({h["p"] for h in hs}) == 6
    cards = "".join(f"""<div class=h><div class=ph></div><div class=i><h3>{h['n']}</h3><div class=loc>Kraków · {R.choice(['0.4', '0.9', '1.6', '2.3'])} km from centre</div>
{'<div class=fc>Free cancellation</div>' if h['fc'] else '<div class=nr>Non-refundable</div>'}</div>
<div class=sc><span class=b>{h['r']}</span><br><small>{fmt(h['rev'], 0)} reviews</small><div class=p>{h['p']} zł</div><small>per night</small></div></div>""" for h in hs)
    body = f"<div class=top>Kraków · 12–15 Jun · 2 adults</div><div class=w>{cards}</div>"
    css = """body{font-size:15px;color:#1a1a1a}.top{background:#003b95;color:#fff;padding:14px 26px;font-size:18px}.w{padding:16px 26px}
.h{display:flex;gap:16px;border:1px solid #ddd;border-radius:8px;padding:12px;margin-bottom:10px}.ph{width:160px;height:110px;background:#c9d6e3;border-radius:6px}
.i{flex:1}h3{margin:0 0 4px;color:#006ce4}.loc{font-size:13px;color:#555}.fc{color:#008234;font-weight:bold;margin-top:12px;font-size:14px}.nr{color:#777;margin-top:12px;font-size:14px}
.sc{text-align:right;width:170px}.b{background:#003b95;color:#fff;padding:4px 8px;border-radius:6px 6px 6px 0;font-weight:bold}.p{font-size:24px;font-weight:bold;margin-top:18px}small{color:#666}"""
    render_html(s, body, 1200, 1200, css, font_family="Roboto")
    ch = min(hs, key=lambda h: h["p"])
    s.q("cheapest hotel?", ch["n"], "text", "argmin", True)
    s.q("how many of them offer free cancellation", sum(h["fc"] for h in hs), "count", "count", False)
    a, b = hs[0], hs[4]
    s.q(f"is {a['n']} rated higher than {b['n']}?", "yes" if a["r"] > b["r"] else "no", "yesno", "compare_more", False)


# ------------------------------------------------------------------ change-of-address form
def web_address_form():
    s = Scene("web_address_form", "form", "utility change-of-address form, filled (radios, checkboxes, select)",
              "light", "HTML", "move date, reason radio, checkboxes, meter option")
    R = s.rng
    reasons = ["Moving house", "Correcting an error", "Adding a second address"]
    reason = R.choice(reasons)
    paper = R.random() < 0.5
    sms = not paper
    meter = R.choice(["I will read the meter myself", "Send an engineer"])
    body = f"""<div class=w><h2>Change of address</h2><p class=sub>Account 7781 2209 · Brightwater Energy</p>
<label>Full name<input value="Siobhán Kearney"></label><label>New address<input value="Flat 3, 19 Dock Road, Limerick V94 K2X8"></label>
<label>Move date<input value="28/02/2026"></label>
<fieldset><legend>Reason</legend>{''.join(f"<div><input type=radio name=r {'checked' if x == reason else ''}> {x}</div>" for x in reasons)}</fieldset>
<fieldset><legend>Final meter reading</legend>{''.join(f"<div><input type=radio name=m {'checked' if x == meter else ''}> {x}</div>" for x in ["I will read the meter myself", "Send an engineer"])}</fieldset>
<div><input type=checkbox {'checked' if paper else ''}> Send paper bills to the new address</div>
<div><input type=checkbox {'checked' if sms else ''}> Text me when the move is complete</div>
<div><input type=checkbox checked> I confirm the details above are correct</div><button>Submit request</button></div>"""
    css = """.w{width:600px;padding:26px 34px;font-size:15px;color:#222}h2{margin:0}.sub{color:#777}label{display:block;margin:10px 0;font-size:13px;color:#555}
label input{display:block;width:100%;padding:8px;font-size:15px;margin-top:4px;border:1px solid #bbb;border-radius:4px}fieldset{border:1px solid #ddd;border-radius:6px;margin:12px 0;padding:8px 14px}
fieldset div{padding:3px 0}input[type=radio],input[type=checkbox]{width:17px;height:17px;vertical-align:middle;accent-color:#7c3aed}body>div>div{padding:4px 0}
button{margin-top:14px;background:#7c3aed;color:#fff;border:none;padding:11px 22px;border-radius:6px;font-size:15px}"""
    render_html(s, body, 700, 1000, css, font_family="Open Sans",
                input_values="Siobhán Kearney Flat 3, 19 Dock Road, Limerick V94 K2X8 28/02/2026")
    s.q("what reason was chosen", reason, "text", "selected", True)
    s.q("did they tick paper bills?", "yes" if paper else "no", "yesno", "state_yesno", False)
    s.q("move date", "28/02/2026", "date", "lookup", True)


# ------------------------------------------------------------------ fitness app weekly steps (phone, dark)
def web_fitness_week():
    s = Scene("web_fitness_week", "dashboard", "fitness app weekly steps, dark phone UI, HTML/CSS bars with labels",
              "dark", "HTML", "7 days of steps with values, goal line")
    R = s.rng
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    steps = R.sample(range(2500, 16000), 7)
    goal = 8000
    mx = max(steps)
    bars = "".join(f"<div class=bc><div class=val>{fmt(v, 0)}</div><div class='bar {'ok' if v >= goal else ''}' style='height:{int(v / mx * 220)}px'></div><div class=d>{d}</div></div>"
                   for d, v in zip(days, steps))
    body = f"""<div class=ph><div class=h>This week</div><div class=big>{fmt(sum(steps), 0)} <small>steps</small></div><div class=g>Daily goal {fmt(goal, 0)}</div>
<div class=ch>{bars}</div></div>"""
    css = """.ph{width:400px;padding:24px;color:#f2f2f2;font-size:14px}.h{color:#9ca3af}.big{font-size:34px;font-weight:bold;margin:4px 0}.big small{font-size:15px;color:#9ca3af}.g{color:#a3e635;margin-bottom:16px}
.ch{display:flex;align-items:flex-end;gap:8px;height:290px}.bc{flex:1;text-align:center}.bar{background:#4b5563;border-radius:6px 6px 0 0}.bar.ok{background:#a3e635}.val{font-size:10px;color:#d1d5db;margin-bottom:4px}.d{color:#9ca3af;margin-top:6px}"""
    render_html(s, body, 448, 500, css, bg="#111827", font_family="Roboto")
    s.q("how many steps on wednesday", fmt(steps[2], 0), "number", "chart_value", True)
    s.q("on how many days did I hit the goal", sum(1 for v in steps if v >= goal), "count", "count", False)
    s.q("average steps per day this week?", clean_num(sum(steps) / 7, 0), "number", "mean", False)


# ------------------------------------------------------------------ bank transfer with validation error
def web_transfer_error():
    s = Scene("web_transfer_error", "web", "online-banking transfer form with a red validation error", "light",
              "HTML", "IBAN field flagged, error banner with code")
    body = """<div class=w><h2>New transfer</h2><div class=err><b>Transfer could not be submitted</b><br>Error TX-4107: The IBAN check digits are invalid. Please check the recipient's IBAN.</div>
<label>From account<select><option>Current account · CH93 0076 2011 6238 5295 7</option></select></label>
<label>Recipient name<input value="Atelier Vogel GmbH"></label>
<label class=bad>Recipient IBAN<input value="CH56 0483 5012 3456 7800 8"><span>Invalid IBAN</span></label>
<label>Amount (CHF)<input value="1'850.00"></label><label>Execution date<input value="03.04.2026"></label>
<div class=b><button>Cancel</button><button class=p>Continue</button></div></div>"""
    css = """.w{width:560px;padding:26px;font-size:15px;color:#222}.err{background:#fdecec;border:1px solid #e0a0a0;color:#8a1c1c;padding:12px;border-radius:6px;margin:10px 0 16px}
label{display:block;margin:12px 0;font-size:13px;color:#555}input,select{display:block;width:100%;padding:9px;font-size:15px;margin-top:4px;border:1px solid #bbb;border-radius:4px;box-sizing:border-box}
.bad input{border:2px solid #d93025}.bad span{color:#d93025;font-size:12px}.b{display:flex;justify-content:flex-end;gap:10px}button{padding:10px 20px;border-radius:4px;border:1px solid #999;background:#fff;font-size:15px}button.p{background:#d52b1e;color:#fff;border:none}"""
    render_html(s, body, 640, 800, css, font_family="Open Sans",
                input_values="Current account · CH93 0076 2011 6238 5295 7 Atelier Vogel GmbH CH56 0483 5012 3456 7800 8 1'850.00 03.04.2026")
    s.q("why didn't my transfer go through", "The IBAN check digits are invalid", "error", "error", True)
    s.q("error code?", "TX-4107", "code", "error", True)
    s.q("how much was I trying to send", "1'850.00", "money", "lookup", True)


# ------------------------------------------------------------------ slide: quarterly roadmap (HTML, dark)
def slide_roadmap():
    s = Scene("slide_roadmap", "slide", "16:9 slide, dark: title + 4 quarter columns of milestones", "dark", "HTML",
              "title, quarter milestones, slide number")
    R = s.rng
    qs = {"Q1": ["Open banking API", "New onboarding"], "Q2": ["Mobile app 3.0", "SEPA Instant", "Card controls"],
          "Q3": ["Multi-currency wallets"], "Q4": ["Business accounts", "Public launch DE"]}
    cols = "".join(f"<div class=q><div class=qh>{k} 2026</div>{''.join(f'<div class=it>{i}</div>' for i in v)}</div>" for k, v in qs.items())
    body = f"""<div class=sl><div class=t>Product roadmap 2026</div><div class=st>What we ship, quarter by quarter</div><div class=cols>{cols}</div><div class=n>7 / 18</div></div>"""
    css = """.sl{width:1280px;height:720px;background:linear-gradient(160deg,#0b1f3a,#123c69);color:#fff;padding:60px 70px;box-sizing:border-box;position:relative}
.t{font-size:50px;font-weight:bold}.st{font-size:22px;color:#9cc3ea;margin:8px 0 40px}.cols{display:flex;gap:24px}.q{flex:1;background:rgba(255,255,255,.08);border-radius:12px;padding:20px}
.qh{font-size:22px;font-weight:bold;color:#ffd166;margin-bottom:14px}.it{font-size:19px;padding:10px 0;border-top:1px solid rgba(255,255,255,.15)}.n{position:absolute;right:40px;bottom:26px;color:#9cc3ea}"""
    render_html(s, body, 1280, 720, css, crop=False, font_family="Lato")
    s.q("slide title?", "Product roadmap 2026", "text", "title", True)
    s.q("what's planned for Q3", "Multi-currency wallets", "text", "cell", True)
    s.q("how many items in Q2", len(qs["Q2"]), "count", "count", False)


ALL = [web_router_wifi, web_notif_matrix, web_cookie_dialog, web_sprint_board, web_gym_schedule, web_team_chat,
       web_mail_read, web_cart_ca, web_product_laptop, web_docs_config, web_analytics, web_parcel_tracking,
       web_budget_sheet, web_crypto_watch, web_issue_tracker, web_status_page, web_hotel_results, web_address_form,
       web_fitness_week, web_transfer_error, slide_roadmap]
