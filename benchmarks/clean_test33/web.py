"""Web pages / app screens (16) and slides (3), rendered with headless chromium."""
from build import E

FIRST = ["Oskar", "Leila", "Tomasz", "Priya", "Jonas", "Amara", "Felipe", "Ingrid", "Kenji", "Noor", "Radu", "Sione",
         "Talia", "Bruno", "Yusra", "Mateo", "Elif", "Dmitri", "Wanjiru", "Corin"]
LAST = ["Varga", "Okafor", "Lindqvist", "Moreau", "Haddad", "Kowal", "Tanaka", "Reyes", "Brandt", "Mensah", "Costa",
        "Novak", "Iqbal", "Fischer", "Silva", "Dunne"]


def people(r, n):
    out = []
    while len(out) < n:
        p = f"{r.choice(FIRST)} {r.choice(LAST)}"
        if p not in out and p.split()[0] not in [q.split()[0] for q in out]:
            out.append(p)
    return out


def page(body, css="", font="'Open Sans', sans-serif", bg="#f4f5f7"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>*{{box-sizing:border-box}}
body{{margin:0;background:{bg};font-family:{font};color:#1f2430;font-size:14px}} table{{border-collapse:collapse}} {css}</style></head><body>{body}</body></html>"""


# 1 analytics dashboard
def web_dashboard(S):
    r = S.rng
    S.category = "dashboard"
    ch = ["Organic search", "Paid social", "Email", "Referral", "Direct"]
    visits = {c: r.randint(2000, 30000) for c in ch}
    conv = {c: r.randint(int(v * 0.01), int(v * 0.06)) for c, v in visits.items()}
    rates = {c: round(conv[c] / visits[c] * 100, 1) for c in ch}
    while len(set(rates.values())) < 5:
        conv = {c: r.randint(int(v * 0.01), int(v * 0.06)) for c, v in visits.items()}; rates = {c: round(conv[c] / visits[c] * 100, 1) for c in ch}
    tv, tc = sum(visits.values()), sum(conv.values())
    rows = "".join(f"<tr><td>{E(c)}</td><td>{visits[c]:,}</td><td>{conv[c]:,}</td><td>{rates[c]}%</td></tr>" for c in ch)
    rev = r.randint(40000, 160000)
    body = f"""<div class=top><b>Lumenfold</b> Analytics <span>Workspace: northbay-store · Last 30 days</span></div>
<div class=cards><div class=c><div class=l>Sessions</div><div class=v>{tv:,}</div></div><div class=c><div class=l>Conversions</div><div class=v>{tc:,}</div></div>
<div class=c><div class=l>Revenue</div><div class=v>${rev:,}</div></div><div class=c><div class=l>Avg. order value</div><div class=v>${rev/tc:,.2f}</div></div></div>
<div class=p><h3>Acquisition by channel</h3><table><tr><th>Channel</th><th>Sessions</th><th>Conversions</th><th>Conv. rate</th></tr>{rows}</table></div>"""
    css = """.top{background:#2d1b69;color:#fff;padding:14px 22px;font-size:18px}.top span{font-size:13px;color:#c9bdf5;margin-left:18px}
.cards{display:flex;gap:16px;padding:18px 22px}.c{flex:1;background:#fff;border-radius:8px;padding:14px;box-shadow:0 1px 3px #0002}.l{color:#6b7080;font-size:12px;text-transform:uppercase}.v{font-size:26px;font-weight:600;margin-top:4px}
.p{background:#fff;margin:0 22px 22px;padding:14px 18px;border-radius:8px;box-shadow:0 1px 3px #0002}h3{margin:0 0 10px}table{width:100%}th{text-align:left;color:#6b7080;font-weight:600;border-bottom:2px solid #e3e5ea;padding:8px}td{padding:8px;border-bottom:1px solid #eef0f3}"""
    S.html("web_analytics_dashboard", page(body, css), 1100, 800)
    S.meta["content"] = "web analytics dashboard: KPI cards + channel table"
    best = max(ch, key=lambda c: rates[c])
    S.q("which channel converts best?", best, "text", "argmax", True)
    S.q("what's the conversion rate for email", f"{rates['Email']}%", "percent", "lookup", True)
    sh = round(visits["Organic search"] / tv * 100, 1)
    S.q("roughly what share of all sessions came from organic search? (percent, 1 dp)", f"{sh}%", "percent", "share", False)


# 2 settings with toggles / checkboxes / radios
def web_settings(S):
    r = S.rng
    S.category = "settings"
    toggles = ["Two-factor authentication", "Login alerts by email", "Remember this device", "Share usage statistics", "Beta features"]
    ton = {t: r.random() < 0.5 for t in toggles}
    if len(set(ton.values())) == 1:
        ton[toggles[r.randrange(1, 5)]] = not ton[toggles[0]]
    checks = ["Mentions", "Direct messages", "Weekly digest", "Product announcements", "Billing reminders", "Comment replies"]
    con = {c: r.random() < 0.55 for c in checks}
    radios = ["Light", "Dark", "Match system"]
    rsel = r.choice(radios)
    tg = "".join(f"<div class=row><span>{E(t)}</span><span class='tg {'on' if ton[t] else ''}'><i></i></span></div>" for t in toggles)
    cb = "".join(f"<label class=cb><span class='box {'on' if con[c] else ''}'>{'✓' if con[c] else ''}</span>{E(c)}</label>" for c in checks)
    rd = "".join(f"<label class=rd><span class='dot {'on' if x == rsel else ''}'></span>{E(x)}</label>" for x in radios)
    body = f"""<div class=side><div class=brand>Quillnest</div><div>Profile</div><div class=act>Security &amp; preferences</div><div>Billing</div><div>Team</div></div>
<div class=main><h2>Security &amp; preferences</h2><div class=card><h4>Security</h4>{tg}</div>
<div class=card><h4>Email me about</h4><div class=grid>{cb}</div></div><div class=card><h4>Appearance</h4>{rd}</div></div>"""
    css = """body{display:flex}.side{width:220px;background:#fff;border-right:1px solid #ddd;min-height:760px;padding:18px}.side div{padding:9px 10px;color:#555}.side .brand{font-size:20px;font-weight:700;color:#0b7a75}.side .act{background:#e4f4f3;color:#0b7a75;border-radius:6px;font-weight:600}
.main{flex:1;padding:22px 30px}.card{background:#fff;border:1px solid #e0e0e0;border-radius:8px;padding:8px 18px 14px;margin-bottom:16px}h4{margin:10px 0}
.row{display:flex;justify-content:space-between;padding:9px 0;border-bottom:1px solid #f0f0f0}.tg{width:40px;height:22px;border-radius:11px;background:#c5c9d0;position:relative}.tg i{position:absolute;left:3px;top:3px;width:16px;height:16px;border-radius:50%;background:#fff}
.tg.on{background:#0b7a75}.tg.on i{left:21px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px}.cb{display:flex;align-items:center;gap:8px}.box{width:18px;height:18px;border:2px solid #888;border-radius:3px;text-align:center;line-height:14px;font-size:13px;color:#fff;font-weight:700}
.box.on{background:#0b7a75;border-color:#0b7a75}.rd{display:inline-flex;align-items:center;gap:7px;margin-right:26px}.dot{width:18px;height:18px;border:2px solid #888;border-radius:50%;position:relative}.dot.on{border-color:#0b7a75}.dot.on:after{content:'';position:absolute;left:3px;top:3px;width:8px;height:8px;border-radius:50%;background:#0b7a75}"""
    S.html("web_settings_prefs", page(body, css, "'Lato', sans-serif"), 980, 760)
    S.meta["content"] = "account settings page with toggles, checkbox grid and theme radios"
    t = r.choice(toggles)
    S.q(f"is {t.lower()} turned on?", "yes" if ton[t] else "no", "yesno", "state_yesno", False)
    S.q("which theme option is selected", rsel, "text", "selected", True)
    S.q("how many of the email checkboxes are ticked", sum(con.values()), "count", "count", False)


# 3 admin users table
def web_admin_users(S):
    r = S.rng
    S.category = "admin_table"
    ppl = people(r, 9)
    roles = ["Owner", "Admin", "Editor", "Viewer", "Billing"]
    rows = []
    for i, p in enumerate(ppl):
        st = "Active" if i == 0 else r.choices(["Active", "Suspended", "Invited"], [6, 2, 1])[0]
        last = f"2025-{r.randint(1,11):02d}-{r.randint(1,28):02d}" if st != "Invited" else "—"
        rows.append((p, f"{p.split()[0].lower()}.{p.split()[1].lower()}@tidepool.io", "Owner" if i == 0 else r.choice(roles[1:]), st, last))
    if not any(x[3] == "Suspended" for x in rows):
        k = r.randrange(1, len(rows))
        a_, b_, c_, _, e_ = rows[k]
        rows[k] = (a_, b_, c_, "Suspended", e_ if e_ != "—" else f"2025-{r.randint(1,11):02d}-{r.randint(1,28):02d}")
    trs = "".join(f"<tr><td><b>{E(a)}</b><br><small>{E(b)}</small></td><td>{E(c)}</td><td><span class='st {d.lower()}'>{d}</span></td><td>{E(e)}</td></tr>" for a, b, c, d, e in rows)
    body = f"""<div class=bar>Tidepool Admin <span>Users ({len(rows)})</span></div><div class=w><table><tr><th>User</th><th>Role</th><th>Status</th><th>Last sign-in</th></tr>{trs}</table></div>"""
    css = """.bar{background:#111827;color:#fff;padding:14px 22px;font-size:18px;font-weight:600}.bar span{font-weight:400;color:#9ca3af;margin-left:14px;font-size:14px}.w{padding:18px 22px}
table{width:100%;background:#fff;border:1px solid #e5e7eb}th{text-align:left;background:#f9fafb;padding:10px;font-size:12px;text-transform:uppercase;color:#6b7280}td{padding:8px 10px;border-top:1px solid #e5e7eb}small{color:#6b7280}
.st{padding:2px 9px;border-radius:10px;font-size:12px;font-weight:600}.active{background:#dcfce7;color:#166534}.suspended{background:#fee2e2;color:#991b1b}.invited{background:#e0e7ff;color:#3730a3}"""
    S.html("web_admin_users", page(body, css, "'Roboto', sans-serif"), 1000, 900)
    S.meta["content"] = "admin user table with roles, status pills and last sign-in"
    target = r.choice(rows[1:])
    S.q(f"what role does {target[0]} have", target[2], "text", "lookup", True)
    S.q("how many users are suspended right now?", sum(1 for x in rows if x[3] == "Suspended"), "count", "count", False)
    signed = [x for x in rows if x[4] != "—"]
    old = min(signed, key=lambda x: x[4])
    assert sum(1 for x in signed if x[4] == old[4]) == 1
    S.q("who hasn't signed in for the longest time (ignoring invites)?", old[0], "person", "earliest", True)


# 4 order page
def web_order(S):
    r = S.rng
    S.category = "order"
    pool = [("Merino crew socks (3-pack)", 24.00), ("Canvas weekender bag", 89.00), ("Enamel camping mug", 14.50), ("Waxed cotton cap", 32.00),
            ("Trail running vest", 118.00), ("Bamboo travel cutlery", 11.75), ("Packable rain shell", 145.00)]
    items = [(n, r.randint(1, 3), p) for n, p in r.sample(pool, 4)]
    sub = sum(q * p for _, q, p in items)
    ship = r.choice([("Standard (5–7 days)", 6.95), ("Express (2 days)", 14.95), ("Pickup point", 3.50)])
    disc = round(sub * 0.10, 2)
    tax = round((sub - disc) * 0.0825, 2)
    tot = round(sub - disc + ship[1] + tax, 2)
    on = f"#PB-{r.randint(100000,999999)}"
    it = "".join(f"<tr><td>{E(n)}</td><td class=c>{q}</td><td class=n>${p:,.2f}</td><td class=n>${q*p:,.2f}</td></tr>" for n, q, p in items)
    body = f"""<div class=h>Pinebrook Outfitters</div><div class=w><h2>Order {on}</h2><div class=s>Placed Oct 14, 2025 · <span class=pill>Shipped</span></div>
<div class=g><div class=card><table><tr><th>Item</th><th>Qty</th><th>Price</th><th>Total</th></tr>{it}</table></div>
<div class=card sm><h4>Summary</h4><div class=kv><span>Subtotal</span><span>${sub:,.2f}</span></div><div class=kv><span>Discount (AUTUMN10)</span><span>−${disc:,.2f}</span></div>
<div class=kv><span>Shipping · {E(ship[0])}</span><span>${ship[1]:,.2f}</span></div><div class=kv><span>Sales tax</span><span>${tax:,.2f}</span></div><div class='kv t'><span>Total</span><span>${tot:,.2f}</span></div>
<h4>Ship to</h4><div>Dana Whitfield<br>418 Larkspur Ln<br>Boise, ID 83702</div></div></div></div>"""
    css = """.h{background:#274e3d;color:#fff;padding:14px 24px;font-size:20px;font-weight:700}.w{padding:10px 24px}.s{color:#666;margin-bottom:14px}.pill{background:#dbeafe;color:#1e40af;padding:2px 9px;border-radius:9px;font-size:12px}
.g{display:flex;gap:18px;align-items:flex-start}.card{background:#fff;border:1px solid #ddd;border-radius:8px;padding:14px;flex:2}.card[sm]{flex:1}table{width:100%}th{text-align:left;border-bottom:1px solid #ddd;padding:7px;color:#555}td{padding:8px 7px;border-bottom:1px solid #f1f1f1}
.c{text-align:center}.n{text-align:right}.kv{display:flex;justify-content:space-between;padding:4px 0}.t{font-weight:700;font-size:17px;border-top:1px solid #ddd;margin-top:6px;padding-top:8px}h4{margin:6px 0}"""
    S.html("web_order_detail", page(body, css), 1100, 700)
    S.meta["content"] = "web shop order detail with items, discount, shipping, tax"
    S.q("what did this order come to in the end", f"${tot:,.2f}", "money", "read", True)
    S.q("which shipping option was chosen?", ship[0], "text", "lookup", True)
    x = r.choice(items)
    S.q(f"how many of the {x[0].lower()} did I order", x[1], "number", "cell", True)


# 5 email client
def web_email(S):
    r = S.rng
    S.category = "email"
    ppl = people(r, 7)
    subs = ["Re: venue deposit", "Q3 figures — draft", "Your boarding pass", "Invoice 2231 overdue", "Lunch Thursday?", "Updated floor plan",
            "Pull request needs review", "Choir rehearsal moved"]
    prev = {"Re: venue deposit": "They can hold the date until Friday if we pay 30%", "Q3 figures — draft": "Attached the first cut, margins look off in Sep",
            "Your boarding pass": "Gate closes 20 minutes before departure", "Invoice 2231 overdue": "This is a friendly reminder that payment was due",
            "Lunch Thursday?": "The new ramen place near the station?", "Updated floor plan": "Moved the kitchen island per your notes",
            "Pull request needs review": "Small change to the retry logic, tests pass", "Choir rehearsal moved": "We're in the small hall this week"}
    mails = []
    t = 17 * 60 + r.randint(0, 30)
    for i, p in enumerate(ppl):
        t -= r.randint(15, 140)
        mails.append((p, subs[i], f"{t//60:02d}:{t%60:02d}", r.random() < 0.45))
    rows = "".join(f"<div class='m {'u' if u else ''}'><div class=f>{E(p)}</div><div class=sj>{E(s)}<span> — {E(prev[s])}</span></div><div class=t>{tm}</div></div>" for p, s, tm, u in mails)
    body = f"""<div class=top>Kelpmail</div><div class=lay><div class=nav><div class=act>Inbox <b>{sum(1 for m in mails if m[3])}</b></div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Archive</div></div>
<div class=list><div class=hd>Inbox · Today</div>{rows}</div></div>"""
    css = """.top{background:#0e4d92;color:#fff;font-size:20px;font-weight:700;padding:12px 20px}.lay{display:flex}.nav{width:190px;padding:12px}.nav div{padding:8px 10px;border-radius:6px}.act{background:#dbe8f8;font-weight:600;display:flex;justify-content:space-between}
.list{flex:1;background:#fff;border-left:1px solid #ddd}.hd{padding:10px 16px;color:#666;border-bottom:1px solid #ddd}.m{display:flex;padding:11px 16px;border-bottom:1px solid #eee}.f{width:180px}.sj{flex:1;white-space:nowrap;overflow:hidden}.sj span{color:#888}.t{width:60px;text-align:right;color:#666}
.u .f,.u .sj{font-weight:700}.u{background:#f3f8ff}"""
    S.html("web_email_inbox", page(body, css), 1000, 600)
    S.meta["content"] = "email client inbox (unread in bold, times)"
    S.q("who sent me the most recent email", mails[0][0], "person", "latest", True)
    S.q("how many unread emails are there", sum(1 for m in mails if m[3]), "count", "count", True)
    x = r.choice(mails[2:])
    S.q(f"what time did {x[0]}'s message come in?", x[2], "time", "lookup", True)


# 6 chat app
def web_chat(S):
    r = S.rng
    S.category = "chat"
    a, b, c = people(r, 3)
    room = f"{r.choice(['Birch', 'Juniper', 'Alder', 'Rowan'])} room (3rd floor)"
    day = r.choice(["Thursday", "Friday"])
    msgs = [(a, "Are we still doing the supplier review this week?"), (b, f"Yes — I booked the {room} for {day}"),
            (c, "What time? I have a call until 11"), (b, f"{r.choice(['13:30', '14:00', '15:15'])}, should take an hour"),
            (a, "Works for me. I'll bring the cost sheet"), (c, "great, see you then")]
    t = 9 * 60 + r.randint(0, 50)
    out = []
    for who, txt in msgs:
        t += r.randint(1, 9)
        out.append((who, txt, f"{t//60:02d}:{t%60:02d}"))
    html = "".join(f"<div class=msg><div class=av style='background:hsl({(sum(map(ord, w)) % 7) * 50},55%,45%)'>{E(w[0])}</div><div><div class=n>{E(w)} <span>{tm}</span></div><div>{E(x)}</div></div></div>" for w, x, tm in out)
    body = f"""<div class=lay><div class=ch><div class=ws>Harborline team</div><div># general</div><div class=act># procurement</div><div># random</div></div>
<div class=main><div class=hd># procurement</div>{html}<div class=in>Message #procurement</div></div></div>"""
    css = """.lay{display:flex;min-height:560px}.ch{width:210px;background:#3f0f3f;color:#d9c7d9;padding:14px}.ch div{padding:6px}.ws{color:#fff;font-weight:700;font-size:17px}.act{background:#1164a3;color:#fff;border-radius:4px}
.main{flex:1;background:#fff}.hd{padding:12px 18px;border-bottom:1px solid #ddd;font-weight:700}.msg{display:flex;gap:10px;padding:10px 18px}.av{width:36px;height:36px;border-radius:6px;color:#fff;font-weight:700;display:flex;align-items:center;justify-content:center}
.n{font-weight:700}.n span{font-weight:400;color:#888;font-size:12px;margin-left:6px}.in{margin:14px 18px;border:1px solid #bbb;border-radius:6px;padding:10px;color:#999}"""
    S.html("web_chat_channel", page(body, css, "'Lato', sans-serif"), 980, 560)
    S.meta["content"] = "team chat channel with six messages"
    S.q("which room did they book?", room, "text", "read", True)
    S.q("who's bringing the cost sheet", a, "person", "lookup", True)
    S.q(f"at what time did {b.split()[0]} reply with the meeting time?", out[3][2], "time", "lookup", True)


# 7 kanban
def web_kanban(S):
    r = S.rng
    S.category = "kanban"
    cols = ["Backlog", "In progress", "In review", "Done"]
    tasks = ["Migrate invoices to v2 API", "Fix timezone on reports", "Dark mode for settings", "Rate-limit login endpoint", "Export CSV for admins",
             "Onboarding checklist copy", "Refactor payment webhooks", "Cache product images", "Audit log retention", "Accessibility pass on forms",
             "Upgrade charting library", "Remove legacy feature flags", "Bulk invite users"]
    r.shuffle(tasks)
    ppl = [p.split()[0] for p in people(r, 5)]
    board = {c: [] for c in cols}
    for i, t in enumerate(tasks[:12]):
        board[cols[r.choices(range(4), [3, 3, 2, 3])[0]]].append((t, r.choice(ppl), f"TP-{140 + i}"))
    while not board["In review"]:
        board["In review"].append(board["Backlog"].pop())
    html = "".join(f"<div class=col><div class=ch>{E(c)} <span>{len(board[c])}</span></div>" + "".join(
        f"<div class=card><div class=id>{k}</div>{E(t)}<div class=as>{E(p)}</div></div>" for t, p, k in board[c]) + "</div>" for c in cols)
    body = f"<div class=top>Sprint 14 · Skyforge board</div><div class=b>{html}</div>"
    css = """.top{background:#0747a6;color:#fff;padding:12px 20px;font-size:18px;font-weight:600}.b{display:flex;gap:14px;padding:16px}.col{flex:1;background:#ebecf0;border-radius:6px;padding:8px}
.ch{font-weight:700;font-size:13px;text-transform:uppercase;color:#5e6c84;padding:4px 4px 10px}.ch span{background:#dfe1e6;border-radius:8px;padding:0 7px;margin-left:4px}.card{background:#fff;border-radius:4px;padding:9px;margin-bottom:8px;box-shadow:0 1px 1px #0003}
.id{font-size:11px;color:#5e6c84}.as{margin-top:6px;font-size:12px;color:#0747a6;font-weight:600}"""
    S.html("web_kanban_board", page(body, css, "'Roboto', sans-serif"), 1200, 800)
    S.meta["content"] = "kanban board, 4 columns with counts and assignees"
    t = r.choice([x for c in cols for x in board[c]])
    col = next(c for c in cols if t in board[c])
    S.q(f"which column is '{t[0]}' in?", col, "text", "locate", True)
    S.q("how many cards are waiting in review", len(board["In review"]), "count", "count", True)
    S.q(f"who's assigned {t[2]}", t[1], "person", "lookup", True)


# 8 calendar week
def web_calendar(S):
    r = S.rng
    S.category = "calendar"
    days = ["Mon 10", "Tue 11", "Wed 12", "Thu 13", "Fri 14"]
    titles = ["Standup", "1:1 with manager", "Design crit", "Dentist", "Vendor call", "Budget review", "Gym", "Interview: backend", "Roadmap sync",
              "Team lunch", "Pairing session", "Customer demo", "Quarterly planning"]
    ev = []
    for d in range(5):
        hrs = sorted(r.sample(range(8, 17), r.randint(1, 3)))
        for h, ttl in zip(hrs, r.sample(titles, len(hrs))):
            ev.append((d, h, ttl))
    cells = []
    for h in range(8, 18):
        row = f"<tr><td class=h>{h:02d}:00</td>"
        for d in range(5):
            e = [x for x in ev if x[0] == d and x[1] == h]
            row += f"<td>{''.join(f'<div class=ev>{E(x[2])}</div>' for x in e)}</td>"
        cells.append(row + "</tr>")
    body = f"""<div class=top>Cobalt Calendar — November 2025</div><table><tr><th></th>{''.join(f'<th>{d}</th>' for d in days)}</tr>{''.join(cells)}</table>"""
    css = """.top{padding:12px 18px;font-size:19px;font-weight:600;background:#fff;border-bottom:1px solid #ddd}table{width:100%;background:#fff;table-layout:fixed}th{padding:8px;border-bottom:1px solid #ccc;color:#555}
td{border:1px solid #eee;height:44px;vertical-align:top;padding:2px}.h{width:64px;color:#888;font-size:12px;text-align:right;padding-right:6px}.ev{background:#3b82f6;color:#fff;border-radius:4px;padding:4px 6px;font-size:12.5px;font-weight:600}"""
    S.html("web_calendar_week", page(body, css), 1100, 700)
    S.meta["content"] = "calendar week grid Mon-Fri 08:00-17:00"
    d = r.choice([i for i in range(5) if any(x[0] == i for x in ev)])
    e = r.choice([x for x in ev if x[0] == d])
    S.q(f"what have I got on {days[d].split()[0]} at {e[1]}:00?", e[2], "text", "lookup", True)
    d2 = max(range(5), key=lambda i: (sum(1 for x in ev if x[0] == i), -i))
    S.q("which day is the busiest? (most events)", days[d2], "text", "argmax", True) if sorted([sum(1 for x in ev if x[0] == i) for i in range(5)])[-1] != sorted([sum(1 for x in ev if x[0] == i) for i in range(5)])[-2] else None
    thu = sorted([x for x in ev if x[0] == 3], key=lambda x: x[1])
    S.q("how many things are on Thursday", len(thu), "count", "count", False)
    if len(thu) >= 2:
        S.q(f"after the {thu[0][2].lower()} on Thursday, what's next?", thu[1][2], "text", "next", True)


# 9 file browser
def web_files(S):
    r = S.rng
    S.category = "file_manager"
    names = ["site-survey-2025.pdf", "budget_v3.xlsx", "kickoff-notes.docx", "drone_footage.mp4", "logo-final.svg", "contract_signed.pdf",
             "floorplan.dwg", "team-photo.jpg", "minutes_sept.pdf", "backup.zip", "readme.txt"]
    r.shuffle(names)
    files = []
    for n in names[:9]:
        kb = r.randint(12, 900000)
        files.append((n, kb, f"{r.randint(1,28)} {r.choice(['Aug', 'Sep', 'Oct'])} 2025"))
    fs = lambda kb: f"{kb/1024/1024:.1f} GB" if kb > 1024 * 1024 else (f"{kb/1024:.1f} MB" if kb > 1024 else f"{kb} KB")
    ic = {"pdf": "#d93025", "xlsx": "#188038", "docx": "#1a73e8", "mp4": "#9334e6", "svg": "#f29900", "dwg": "#5f6368", "jpg": "#e37400", "zip": "#795548", "txt": "#5f6368"}
    rows = "".join(f"<tr><td><span class=ic style='background:{ic[n.split('.')[-1]]}'>{n.split('.')[-1].upper()}</span>{E(n)}</td><td>{E(d)}</td><td class=n>{fs(kb)}</td></tr>" for n, kb, d in files)
    body = f"""<div class=top>Driftwood Files <span>/ Projects / Harbour Pavilion</span></div><div class=w><table><tr><th>Name</th><th>Modified</th><th class=n>Size</th></tr>{rows}</table></div>"""
    css = """.top{padding:14px 20px;font-size:19px;font-weight:700;background:#fff;border-bottom:1px solid #ddd}.top span{font-weight:400;color:#666;font-size:15px}.w{padding:16px 20px}table{width:100%;background:#fff;border:1px solid #ddd}
th{text-align:left;padding:9px;color:#666;border-bottom:1px solid #ddd}td{padding:8px 9px;border-bottom:1px solid #f0f0f0}.n{text-align:right}.ic{display:inline-block;width:40px;font-size:10px;color:#fff;font-weight:700;text-align:center;border-radius:3px;padding:2px 0;margin-right:10px}"""
    S.html("web_file_browser", page(body, css, "'Roboto', sans-serif"), 900, 700)
    S.meta["content"] = "cloud file browser listing with sizes and modified dates"
    big = max(files, key=lambda x: x[1])
    S.q("what's the biggest file in this folder", big[0], "text", "argmax", True)
    x = r.choice(files)
    S.q(f"when was {x[0]} last modified?", x[2], "date", "lookup", True)
    S.q("how many PDFs are in here?", sum(1 for f in files if f[0].endswith(".pdf")), "count", "count", False)


# 10 documentation page with contents
def web_docs(S):
    r = S.rng
    S.category = "documentation"
    ver = f"{r.randint(2,5)}.{r.randint(0,12)}.{r.randint(0,9)}"
    secs = ["Installation", "Quick start", "Configuration", "Authentication", "Webhooks", "Rate limits", "Error codes", "Changelog"]
    r.shuffle(secs[2:7])
    mid = secs[2:7]; r.shuffle(mid); secs = secs[:2] + mid + secs[7:]
    timeout = r.choice([15, 30, 45, 60]); retries = r.choice([2, 3, 5])
    toc = "".join(f"<li>{E(s)}</li>" for s in secs)
    body = f"""<div class=top>quayline <span>{ver}</span> · Docs</div><div class=lay><div class=toc><b>Contents</b><ol>{toc}</ol></div><div class=c>
<h1>Configuration</h1><p>The client reads <code>quayline.toml</code> from the working directory. All keys are optional.</p>
<table><tr><th>Key</th><th>Type</th><th>Default</th><th>Description</th></tr>
<tr><td><code>timeout</code></td><td>int (s)</td><td>{timeout}</td><td>Request timeout in seconds</td></tr>
<tr><td><code>max_retries</code></td><td>int</td><td>{retries}</td><td>Retries on 5xx and network errors</td></tr>
<tr><td><code>region</code></td><td>string</td><td>"eu-north"</td><td>API region</td></tr>
<tr><td><code>verify_tls</code></td><td>bool</td><td>true</td><td>Disable only for local testing</td></tr></table>
<div class=note>Note: setting <code>timeout</code> below 5 is ignored.</div></div></div>"""
    css = """.top{background:#1e1e2e;color:#fff;padding:12px 22px;font-size:19px;font-weight:700}.top span{background:#f38ba8;color:#1e1e2e;border-radius:4px;padding:1px 7px;font-size:13px}.lay{display:flex}
.toc{width:230px;padding:16px;border-right:1px solid #ddd;background:#fff;min-height:560px}.toc ol{padding-left:22px;line-height:1.9}.c{flex:1;padding:10px 30px;background:#fff}table{width:100%}th,td{border:1px solid #ddd;padding:7px;text-align:left}th{background:#f6f6f8}
code{background:#f0f0f4;padding:1px 4px;border-radius:3px;font-family:'JetBrains Mono',monospace;font-size:13px}.note{margin-top:14px;background:#fff7e0;border-left:4px solid #e5a000;padding:9px}"""
    S.html("web_docs_config", page(body, css, "'Open Sans', sans-serif", "#fff"), 1100, 600)
    S.meta["content"] = "library documentation page with numbered contents list and config table"
    S.q("what's section 5 in the contents?", secs[4], "text", "nth", True)
    S.q("which version of the docs is this", ver, "version", "version", True)
    S.q("default max_retries?", retries, "number", "lookup", True)


# 11 CI pipeline
def web_pipeline(S):
    r = S.rng
    S.category = "devops"
    stages = ["checkout", "lint", "unit-tests", "build-image", "integration", "deploy-staging"]
    fail = r.choice(stages[2:5])
    st = []
    for s_ in stages:
        if stages.index(s_) < stages.index(fail):
            st.append((s_, "passed", r.randint(8, 300)))
        elif s_ == fail:
            st.append((s_, "failed", r.randint(20, 400)))
        else:
            st.append((s_, "skipped", 0))
    col = {"passed": "#1f883d", "failed": "#cf222e", "skipped": "#8c959f"}
    dur = lambda s: f"{s//60}m {s%60:02d}s" if s else "—"
    err = {"unit-tests": "AssertionError: expected 200, got 503 in test_checkout_flow", "build-image": "ERROR: failed to solve: process \"/bin/sh -c make release\" did not complete successfully: exit code: 2",
           "integration": "TimeoutError: database container not healthy after 120s"}[fail]
    boxes = "".join(f"<div class=st><span class=dot style='background:{col[s]}'></span><div><b>{E(n)}</b><br><small>{s} · {dur(d)}</small></div></div>" + ("<div class=ar>→</div>" if i < 5 else "") for i, (n, s, d) in enumerate(st))
    run = r.randint(1200, 4800)
    body = f"""<div class=top>Brackwater CI · <b>payments-service</b> · run #{run}</div><div class=w><div class=row>{boxes}</div>
<div class=log><div class=lh>{E(fail)} — log tail</div><pre>{E(err)}</pre></div><div class=meta>Triggered by push to <b>main</b> · commit 9f{r.randint(10000,99999)} · total {dur(sum(x[2] for x in st))}</div></div>"""
    css = """.top{background:#24292f;color:#fff;padding:13px 20px;font-size:17px}.w{padding:18px}.row{display:flex;align-items:center;gap:6px;flex-wrap:wrap}.st{display:flex;gap:8px;align-items:center;background:#fff;border:1px solid #d0d7de;border-radius:8px;padding:9px 12px}
.dot{width:14px;height:14px;border-radius:50%}.ar{color:#8c959f;font-size:20px}.log{margin-top:18px;background:#0d1117;color:#e6edf3;border-radius:8px}.lh{padding:8px 12px;border-bottom:1px solid #30363d;color:#ff7b72}pre{margin:0;padding:12px;font-family:'Fira Code',monospace;white-space:pre-wrap}.meta{margin-top:12px;color:#555}"""
    S.html("web_ci_pipeline", page(body, css), 1250, 500)
    S.meta["content"] = "CI pipeline run: stage boxes with coloured status dots, failing log tail"
    S.q("which stage broke the pipeline?", fail, "text", "error", True)
    S.q("what error did it fail with", err, "error", "error", True)
    S.q("what colour is the dot next to lint?", "green", "text", "colour", False)


# 12 mobile banking transactions
def web_bank_app(S):
    r = S.rng
    S.category = "banking_app"
    cats = {"Groceries": ["FreshWay Market", "Corner Grocer"], "Transport": ["Metro top-up", "RideNow"], "Dining": ["Noodle Bar 88", "Bean There Café"],
            "Bills": ["City Power", "FibreNet"]}
    tx = []
    for i in range(9):
        c = r.choice(list(cats)); m = r.choice(cats[c]); a = round(r.uniform(3, 120), 2)
        tx.append((f"{28 - i*2} Oct", m, c, a))
    bal = round(r.uniform(800, 4000), 2)
    rows = "".join(f"<div class=tx><div><b>{E(m)}</b><br><small>{E(c)} · {d}</small></div><div class=a>−€{a:,.2f}</div></div>" for d, m, c, a in tx)
    body = f"""<div class=ph><div class=hd><small>Everyday account</small><div class=bal>€{bal:,.2f}</div><small>Available balance</small></div><div class=sec>Recent transactions</div>{rows}</div>"""
    css = """body{display:flex;justify-content:center;background:#dde3ea}.ph{width:400px;background:#fff;margin:16px;border-radius:24px;overflow:hidden;border:8px solid #222}.hd{background:linear-gradient(135deg,#ff6a3d,#c2185b);color:#fff;padding:22px}
.bal{font-size:34px;font-weight:700;margin:4px 0}.sec{padding:12px 18px;font-weight:700;color:#555}.tx{display:flex;justify-content:space-between;padding:10px 18px;border-top:1px solid #f0f0f0}small{color:#888}.hd small{color:#ffe3da}.a{font-weight:600}"""
    S.html("web_bank_app", page(body, css, "'Roboto', sans-serif", "#dde3ea"), 440, 900)
    S.meta["content"] = "mobile banking app: balance and recent transactions with categories"
    c = r.choice([k for k in cats if sum(1 for x in tx if x[2] == k) >= 2] or list(cats))
    tot = round(sum(x[3] for x in tx if x[2] == c), 2)
    S.q(f"how much have I spent on {c.lower()} in this list?", f"€{tot:,.2f}", "money", "sum", False)
    S.q("balance?", f"€{bal:,.2f}", "money", "read", True)
    big = max(tx, key=lambda x: x[3])
    S.q("where was my biggest payment", big[1], "text", "argmax", True)


# 13 notification matrix (checkbox table)
def web_notif_matrix(S):
    r = S.rng
    S.category = "settings"
    evs = ["New follower", "Order shipped", "Price drop on wishlist", "Security sign-in", "Weekly summary", "Survey invitations"]
    chans = ["Email", "Push", "SMS"]
    m = {(e, c): r.random() < 0.5 for e in evs for c in chans}
    m[("Security sign-in", "Email")] = True
    freq = r.choice(["Instantly", "Hourly digest", "Daily digest"])
    rows = "".join(f"<tr><td>{E(e)}</td>" + "".join(f"<td class=c><span class='b {'on' if m[(e, c)] else ''}'></span></td>" for c in chans) + "</tr>" for e in evs)
    sel = "".join(f"<option{' selected' if f == freq else ''}>{f}</option>" for f in ["Instantly", "Hourly digest", "Daily digest"])
    body = f"""<div class=w><h2>Notifications</h2><p class=sub>Choose how Marrowgate reaches you.</p><table><tr><th>Event</th>{''.join(f'<th class=c>{c}</th>' for c in chans)}</tr>{rows}</table>
<div class=f><label>Delivery frequency</label> <span class=sel>{freq} ▾</span></div><div class=btn>Save changes</div></div>"""
    css = """.w{width:760px;margin:20px auto;background:#fff;padding:22px 28px;border-radius:10px;box-shadow:0 2px 8px #0002}.sub{color:#666}table{width:100%}th{padding:9px;border-bottom:2px solid #eee;text-align:left}td{padding:9px;border-bottom:1px solid #f2f2f2}.c{text-align:center}
.b{display:inline-block;width:18px;height:18px;border:2px solid #9aa0a6;border-radius:4px;vertical-align:middle}.b.on{background:#7c3aed;border-color:#7c3aed;position:relative}.b.on:after{content:'';position:absolute;left:4px;top:0px;width:5px;height:10px;border:solid #fff;border-width:0 2px 2px 0;transform:rotate(45deg)}
.f{margin-top:16px}.sel{border:1px solid #bbb;border-radius:6px;padding:6px 12px;margin-left:8px}.btn{display:inline-block;margin-top:18px;background:#7c3aed;color:#fff;padding:9px 18px;border-radius:6px}"""
    S.html("web_notification_matrix", page(body, css), 820, 700)
    S.meta["content"] = "notification preferences: event x channel checkbox matrix, frequency select"
    e = r.choice(evs)
    S.q(f"do I get SMS for '{e}'?", "yes" if m[(e, "SMS")] else "no", "yesno", "state_yesno", False)
    S.q("how often are notifications delivered?", freq, "text", "selected", True)
    S.q("how many events have push turned on", sum(1 for x in evs if m[(x, "Push")]), "count", "count", False)


# 14 helpdesk tickets with priority colours
def web_helpdesk(S):
    r = S.rng
    S.category = "helpdesk"
    pr = [("Urgent", "#dc2626"), ("High", "#ea580c"), ("Normal", "#2563eb"), ("Low", "#6b7280")]
    subj = ["Printer on 2nd floor offline", "Can't access shared drive", "Laptop battery swelling", "VPN drops every 10 min", "New starter account",
            "Monitor flickering", "Password reset loop", "Teams audio echo", "Request: second monitor"]
    r.shuffle(subj)
    tk = []
    for i, s_ in enumerate(subj[:8]):
        p = r.choices(pr, [1, 2, 4, 2])[0]
        tk.append((f"HD-{3100 + r.randint(0, 899)}", s_, p, f"2025-11-{r.randint(1, 20):02d}"))
    while sum(1 for x in tk if x[3] == min(y[3] for y in tk)) > 1 or len(set(x[0] for x in tk)) < len(tk):
        tk = [(f"HD-{3100 + r.randint(0, 899)}", a, b, f"2025-11-{r.randint(1, 20):02d}") for _, a, b, _ in tk]
    rows = "".join(f"<tr><td>{k}</td><td>{E(s_)}</td><td><span class=p style='background:{c}'>{n}</span></td><td>{d}</td></tr>" for k, s_, (n, c), d in tk)
    body = f"""<div class=top>Beaconline Service Desk · Open tickets</div><div class=w><table><tr><th>Ticket</th><th>Subject</th><th>Priority</th><th>Opened</th></tr>{rows}</table></div>"""
    css = """.top{background:#0f766e;color:#fff;padding:13px 20px;font-size:18px;font-weight:600}.w{padding:18px}table{width:100%;background:#fff}th{text-align:left;padding:9px;background:#f1f5f9}td{padding:9px;border-bottom:1px solid #e2e8f0}
.p{color:#fff;padding:3px 10px;border-radius:12px;font-size:12px;font-weight:700}"""
    S.html("web_helpdesk_tickets", page(body, css), 1000, 600)
    S.meta["content"] = "service desk ticket list with coloured priority badges"
    cname = {"Urgent": "red", "High": "orange", "Normal": "blue", "Low": "grey"}
    t = r.choice(tk)
    S.q(f"what colour is the priority badge on {t[0]}?", cname[t[2][0]], "text", "colour", False)
    o = min(tk, key=lambda x: x[3])
    if sum(1 for x in tk if x[3] == o[3]) == 1:
        S.q("which ticket has been open the longest?", o[0], "code", "earliest", True)
    S.q("number of high or urgent tickets?", sum(1 for x in tk if x[2][0] in ("High", "Urgent")), "count", "count", False)


# 15 spreadsheet grid
def web_sheet(S):
    r = S.rng
    S.category = "spreadsheet"
    reps = people(r, 6)
    qs = ["Q1", "Q2", "Q3", "Q4"]
    data = {p: [r.randint(40, 260) for _ in qs] for p in reps}
    hdr = "<tr><th></th><th>A</th>" + "".join(f"<th>{chr(66+i)}</th>" for i in range(4)) + "</tr>"
    rows = f"<tr><td class=rn>1</td><td class=b>Sales rep</td>" + "".join(f"<td class=b>{q} units</td>" for q in qs) + "</tr>"
    for i, p in enumerate(reps):
        rows += f"<tr><td class=rn>{i+2}</td><td>{E(p)}</td>" + "".join(f"<td class=n>{v}</td>" for v in data[p]) + "</tr>"
    body = f"""<div class=tb>Gridlark — regional_units_2025.grid</div><div class=fx><span>fx</span></div><table>{hdr}{rows}</table>"""
    css = """.tb{background:#107c41;color:#fff;padding:10px 16px;font-weight:600}.fx{background:#fff;border-bottom:1px solid #ccc;padding:6px 12px;color:#888}table{background:#fff;font-family:'Liberation Sans',sans-serif}
th{background:#f3f3f3;border:1px solid #d4d4d4;font-weight:400;color:#555;padding:4px;width:120px}th:first-child{width:40px}td{border:1px solid #e1e1e1;padding:5px 8px;min-width:110px}.rn{background:#f3f3f3;color:#555;text-align:center;min-width:40px}.n{text-align:right}.b{font-weight:700}"""
    S.html("web_spreadsheet", page(body, css, bg="#fff"), 760, 500)
    S.meta["content"] = "spreadsheet grid: 6 reps x 4 quarters of units"
    p = r.choice(reps); qi = r.randrange(4)
    S.q(f"what's in cell {chr(66+qi)}{reps.index(p)+2}?", data[p][qi], "number", "cell", True)
    p2 = r.choice([x for x in reps if x != p])
    S.q(f"total units for {p2} across the year?", sum(data[p2]), "number", "sum", False)
    q = r.randrange(4)
    S.q(f"average {qs[q]} units per rep? 1 decimal is fine", f"{sum(data[x][q] for x in reps)/6:.1f}", "number", "mean", False)


# 16 podcast player
def web_player(S):
    r = S.rng
    S.category = "media_player"
    eps = ["Salt roads of the Sahara", "The last lighthouse keepers", "Inside a seed vault", "Why bridges hum", "Night trains of Europe", "The ferment frontier"]
    r.shuffle(eps)
    durs = [r.randint(24, 70) for _ in eps]
    el = r.randint(5, durs[0] - 3)
    es = r.randint(0, 59)
    tot = durs[0]
    q = "".join(f"<div class=q><span>{i+1}.</span> {E(e)} <small>{d} min</small></div>" for i, (e, d) in enumerate(zip(eps[1:], durs[1:])))
    body = f"""<div class=w><div class=art></div><div class=info><small>NOW PLAYING · Long Way Round (podcast)</small><h2>{E(eps[0])}</h2>
<div class=bar><div style='width:{el/tot*100:.1f}%'></div></div><div class=tm><span>{el}:{es:02d}</span><span>{tot}:00</span></div><div class=ctl>◀◀ &nbsp; ❚❚ &nbsp; ▶▶ &nbsp; 1.25×</div></div></div>
<div class=ql><b>Up next</b>{q}</div>"""
    css = """body{color:#eee}.w{display:flex;gap:22px;padding:24px}.art{width:170px;height:170px;border-radius:10px;background:linear-gradient(140deg,#f59e0b,#b91c1c 60%,#1e1b4b)}.info{flex:1}h2{margin:6px 0 18px;font-size:26px}small{color:#a1a1aa}
.bar{height:6px;background:#3f3f46;border-radius:3px}.bar div{height:6px;background:#f59e0b;border-radius:3px}.tm{display:flex;justify-content:space-between;color:#a1a1aa;font-size:13px;margin-top:5px}.ctl{margin-top:12px;font-size:22px;font-family:'DejaVu Sans',sans-serif}
.ql{padding:0 24px 20px}.q{padding:8px 0;border-bottom:1px solid #27272a}.q span{color:#a1a1aa;width:22px;display:inline-block}"""
    S.html("web_podcast_player", page(body, css, "'Lato', sans-serif", "#18181b"), 800, 600)
    S.meta["content"] = "podcast player: now playing with progress, up-next queue"
    S.q("what episode is playing?", eps[0], "text", "read", True)
    rem = tot * 60 - (el * 60 + es)
    S.q("how much time is left in this episode?", f"{rem//60}:{rem%60:02d}", "time", "subtract", False)
    S.q("what's playing after this one", eps[1], "text", "next", True)


# ---------------------------------------------------------------- slides
def slide_bullets(S):
    r = S.rng
    S.category = "slide"
    pts = ["Cut onboarding time from 9 to 4 days", "Launch self-serve refunds in three markets", "Retire the legacy ticket queue",
           "Hire two regional support leads", "Publish status page with uptime SLA", "Translate help centre into Portuguese"]
    r.shuffle(pts)
    pts = pts[:5]
    n = r.randint(4, 18)
    body = f"""<div class=s><div class=k>Customer Operations · H1 priorities</div><h1>What we commit to by June</h1><ul>{''.join(f'<li>{E(p)}</li>' for p in pts)}</ul><div class=n>{n}</div></div>"""
    css = """.s{width:1280px;height:720px;background:#fffdf7;padding:60px 80px;position:relative}.k{color:#d97706;font-weight:700;letter-spacing:2px;text-transform:uppercase}h1{font-size:48px;margin:10px 0 30px;color:#1c1917}
li{font-size:28px;margin:16px 0;color:#44403c}li::marker{color:#d97706}.n{position:absolute;right:40px;bottom:26px;color:#a8a29e;font-size:20px}"""
    S.html("slide_priorities", page(body, css, "'Lato', sans-serif", "#fffdf7"), 1280, 720, do_trim=False)
    S.meta["content"] = "slide with title and five bullets, slide number"
    S.q("what's the third bullet?", pts[2], "text", "nth", True)
    S.q("slide title?", "What we commit to by June", "text", "title", True)
    S.q("which slide number is this", n, "number", "read", True)


def slide_numbers(S):
    r = S.rng
    S.category = "slide"
    a, b = r.randint(61, 79), r.randint(80, 94)
    nps_a, nps_b = r.randint(12, 30), r.randint(31, 55)
    wait = r.randint(11, 38)
    body = f"""<div class=s><h1>Pilot results: Harbourside clinic</h1><div class=g><div class=c><div class=big>{a}% → {b}%</div><div>First-visit resolution</div></div>
<div class=c><div class=big>{nps_a} → {nps_b}</div><div>Net promoter score</div></div><div class=c><div class=big>−{wait}%</div><div>Average wait time</div></div></div>
<div class=f>Sample: {r.randint(900,2400):,} patient visits, Mar–May · Source: clinic CRM</div></div>"""
    css = """.s{width:1280px;height:720px;background:#0b1f33;color:#fff;padding:60px 70px}h1{font-size:46px;margin:0 0 60px}.g{display:flex;gap:30px}.c{flex:1;background:#12304d;border-radius:14px;padding:34px;font-size:22px;color:#9cc3e6}
.big{font-size:46px;font-weight:700;color:#5eead4;margin-bottom:12px;white-space:nowrap}.f{margin-top:60px;color:#7f9bb6;font-size:18px}"""
    S.html("slide_pilot_results", page(body, css, "'Open Sans', sans-serif", "#0b1f33"), 1280, 720, do_trim=False)
    S.meta["content"] = "results slide with three big-number cards"
    S.q("by how many percentage points did first-visit resolution go up?", b - a, "number", "difference", False)
    S.q("what was the NPS after the pilot", nps_b, "number", "read", True)
    S.q("what happened to the average wait time?", f"−{wait}%", "percent", "read", True)


def slide_flow(S):
    r = S.rng
    S.category = "slide"
    steps = ["Intake form", "Triage", "Quote", "Approval", "Scheduling", "Job done", "Invoice"]
    k = r.randint(5, 7)
    st = steps[:k] if k < 7 else steps
    hi = r.randrange(1, len(st) - 1)
    boxes = ""
    for i, s_ in enumerate(st):
        boxes += f"<div class='b{' hi' if i == hi else ''}'>{E(s_)}</div>" + ("<div class=ar>➜</div>" if i < len(st) - 1 else "")
    body = f"""<div class=s><h1>How a repair request moves</h1><div class=row>{boxes}</div><p class=note>Highlighted: current bottleneck (avg. {r.randint(2,6)} days)</p></div>"""
    css = """.s{width:1280px;height:720px;background:#fff;padding:60px 40px}h1{font-size:44px;margin:0 0 120px;color:#1e293b}.row{display:flex;align-items:center;justify-content:center;gap:8px}
.b{border:3px solid #334155;border-radius:12px;padding:22px 12px;font-size:21px;font-weight:600;width:130px;text-align:center}.b.hi{background:#facc15;border-color:#a16207}.ar{font-size:30px;color:#64748b}.note{margin-top:80px;text-align:center;font-size:22px;color:#475569}"""
    S.html("slide_process_flow", page(body, css, "'Roboto', sans-serif", "#fff"), 1280, 720, do_trim=False)
    S.meta["content"] = "process-flow slide: boxes joined by arrows, one highlighted"
    j = r.randrange(0, len(st) - 1)
    S.q(f"in the diagram, what step comes after {st[j]}?", st[j + 1], "text", "next", True)
    S.q("which box is shaded yellow?", st[hi], "text", "colour", True)
    S.q("how many steps are in the flow", len(st), "count", "count", False)


SCENES = [web_dashboard, web_settings, web_admin_users, web_order, web_email, web_chat, web_kanban, web_calendar, web_files,
          web_docs, web_pipeline, web_bank_app, web_notif_matrix, web_helpdesk, web_sheet, web_player, slide_bullets,
          slide_numbers, slide_flow]
