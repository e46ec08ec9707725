"""Web pages, app screens and slides (HTML + chromium)."""
import datetime as dt
from common import rng_for, register, q, render_html, page, esc, eu, us, fmtnum, MONTHS


def w_status_page():
    r = rng_for("status")
    comps = ["Web dashboard", "REST API", "Webhooks", "Payments processing", "SMS delivery", "Email delivery", "Search", "File storage"]
    rows = []
    for c in comps:
        while True:
            up = round(r.uniform(99.0, 99.99), 2) if r.random() < 0.8 else round(r.uniform(97.0, 99.0), 2)
            if up not in [x[1] for x in rows]:
                break
        rows.append([c, up])
    worst = min(rows, key=lambda x: x[1])
    states = {c: "Operational" for c in comps}
    states[worst[0]] = "Partial Outage"
    other = r.choice([c for c in comps if c != worst[0]])
    states[other] = "Degraded Performance"
    def bars(u):
        bad = int((100 - u) * 6)
        return "".join(f"<i class='{'y' if (k * 7) % 90 < bad else ''}'></i>" for k in range(90))
    colr = {"Operational": "#1f9d55", "Degraded Performance": "#d69e2e", "Partial Outage": "#e3342f"}
    items = "".join(f"<div class=comp><div class=top><b>{c}</b><span style='color:{colr[states[c]]}'>{states[c]}</span></div><div class=bars>{bars(u)}</div><div class=foot><span>90 days ago</span><span>{u:.2f} % uptime</span><span>Today</span></div></div>" for c, u in rows)
    html = page(f"""<div class=w><div class=brand>◆ Parcelio</div><div class=banner>Some systems are experiencing issues</div>
<p class=sub>Uptime over the past 90 days. <a>View historical uptime.</a></p>{items}</div>""",
        css="""body{background:#f7f8fa;color:#333;font-size:14px}.w{width:900px;margin:0 auto;padding:24px}.brand{font-size:24px;font-weight:bold;color:#3b3b98;margin-bottom:18px}
.banner{background:#e3342f;color:#fff;padding:16px 20px;border-radius:4px;font-size:18px;font-weight:bold}.sub{color:#777}.comp{background:#fff;border:1px solid #e2e4e8;padding:12px 16px;margin-top:-1px}
.top{display:flex;justify-content:space-between;margin-bottom:8px}.bars{display:flex;gap:2px}.bars i{flex:1;height:28px;background:#3cb878;border-radius:2px}.bars i.y{background:#e6a23c}.foot{display:flex;justify-content:space-between;color:#999;font-size:12px;margin-top:5px}a{color:#3b3b98}""", font="Open Sans")
    f = "web_status_page.png"
    txt = render_html(f, html, 960, 1010)
    register(f, "status page: uptime per component (90-day bars)", "light", "web", "8 components with uptime % and state", "chromium", txt)
    q(f, "which component has the worst uptime", worst[0], "text", "argmin", True)
    q(f, f"what's the status of {other}?", "Degraded Performance", "text", "lookup", True)
    q(f, "how many components are fully operational", sum(1 for c in comps if states[c] == "Operational"), "count", "count", False)
    a, b = r.sample(rows, 2)
    q(f, f"is {a[0]} uptime higher than {b[0]}", "yes" if a[1] > b[1] else "no", "yesno", "compare_more", False)


def w_ci_pipeline():
    r = rng_for("ci")
    stages = {"build": ["compile:linux", "compile:arm64", "docker:image"], "test": ["unit", "integration", "e2e:chrome", "lint"],
              "security": ["sast", "dependency-scan"], "deploy": ["staging", "production"]}
    jobs = []
    failed = r.choice(stages["test"])
    for st, js in stages.items():
        for j in js:
            if st == "deploy":
                s = "skipped"
            elif j == failed:
                s = "failed"
            else:
                s = "passed"
            secs = r.randint(35, 900) if s != "skipped" else 0
            jobs.append((st, j, s, secs))
    durs = [x[3] for x in jobs if x[3]]
    assert len(set(durs)) == len(durs)
    icon = {"passed": "✔", "failed": "✖", "skipped": "»"}
    def fm(s):
        return f"{s // 60:02d}:{s % 60:02d}" if s else ""
    cols = "".join(f"<div class=st><h4>{st.capitalize()}</h4>" + "".join(f"<div class='job {s}'><span class=ic>{icon[s]}</span>{j}<span class=d>{fm(secs)}</span></div>" for st2, j, s, secs in jobs if st2 == st) + "</div>" for st in stages)
    pid = r.randint(1200000, 1999999)
    html = page(f"""<div class=hdr>atlas / route-planner › Pipelines › <b>#{pid}</b></div>
<div class=sum><span class=badge>✖ failed</span> Pipeline <b>#{pid}</b> triggered {r.randint(2, 50)} minutes ago by <b>Noa Peretz</b> · branch <code>feature/eta-cache</code> · commit <code>{''.join(r.choice('0123456789abcdef') for _ in range(8))}</code></div>
<div class=tabs><span class=on>Pipeline</span><span>Needs</span><span>Jobs {len(jobs)}</span><span>Tests</span></div><div class=graph>{cols}</div>""",
        css="""body{background:#fff;color:#303030;font-size:14px}.hdr{padding:14px 24px;border-bottom:1px solid #ddd;color:#666}.sum{padding:16px 24px}.badge{background:#fdd4cd;color:#ae1800;padding:3px 8px;border-radius:10px;font-weight:bold;margin-right:8px}
code{background:#f0f0f0;padding:1px 5px;border-radius:3px}.tabs{padding:0 24px;border-bottom:1px solid #ddd}.tabs span{display:inline-block;padding:10px 14px}.tabs .on{border-bottom:2px solid #1f75cb;font-weight:bold}
.graph{display:flex;gap:40px;padding:24px;background:#fafafa;min-height:360px}.st h4{margin:0 0 10px;font-size:14px}.job{width:210px;background:#fff;border:1px solid #dcdcde;border-radius:20px;padding:8px 12px;margin-bottom:10px;display:flex;align-items:center;gap:8px}
.ic{width:18px;height:18px;border-radius:50%;color:#fff;font-size:11px;text-align:center;line-height:18px}.passed .ic{background:#108548}.failed .ic{background:#dd2b0e}.skipped .ic{background:#a4a3a8}.d{margin-left:auto;color:#888;font-size:12px}""", font="Roboto")
    f = "web_ci_pipeline.png"
    txt = render_html(f, html, 1180, 520)
    register(f, "CI pipeline page (GitLab-like stage graph)", "light", "web", "11 jobs in 4 stages, one failed", "chromium", txt)
    q(f, "which job broke the pipeline", failed, "text", "error", True)
    slow = max(jobs, key=lambda x: x[3])
    q(f, "slowest job?", slow[1], "text", "argmax", True)
    q(f, "how many jobs passed", sum(1 for x in jobs if x[2] == "passed"), "count", "count", False)
    q(f, "who triggered the pipeline", "Noa Peretz", "person", "party", True)


def w_code_review():
    r = rng_for("review")
    files = [("src/eta/cache.ts", r.randint(20, 140), r.randint(0, 40)), ("src/eta/cache.test.ts", r.randint(30, 120), 0),
             ("src/routes/planner.ts", r.randint(3, 30), r.randint(2, 25)), ("package.json", 1, 1), ("docs/caching.md", r.randint(10, 60), r.randint(0, 5))]
    adds = sum(x[1] for x in files)
    dels = sum(x[2] for x in files)
    revs = [("Yael Ben-David", "approved"), ("Omar Haddad", "requested changes"), ("Liat Segal", "commented")]
    r.shuffle(revs)
    num = r.randint(300, 999)
    flist = "".join(f"<div class=f><span class=fn>{n}</span><span class=a>+{a}</span><span class=dl>−{d}</span></div>" for n, a, d in files)
    rv = "".join(f"<div class=rv><span class='dot {s.split()[0]}'></span>{n}<small>{s}</small></div>" for n, s in revs)
    html = page(f"""<div class=top><span class=repo>atlas / route-planner</span></div><div class=main><div class=left>
<h1>Cache ETA responses per segment <span class=n>#{num}</span></h1><div class=meta><span class=open>Open</span> <b>dana-k</b> wants to merge 4 commits into <code>main</code> from <code>feature/eta-cache</code></div>
<div class=tabs><span>Conversation 7</span><span>Commits 4</span><span>Checks 3</span><span class=on>Files changed {len(files)}</span><span class=st><b class=a>+{adds}</b> <b class=dl>−{dels}</b></span></div>
<div class=files>{flist}</div><div class=cm><b>Omar Haddad</b> commented on <code>src/eta/cache.ts</code> line {r.randint(20, 90)}<p>The TTL should come from config, not a hard-coded 300 s. Also please evict on route change.</p></div></div>
<div class=right><h3>Reviewers</h3>{rv}<h3>Labels</h3><span class=lb>performance</span> <span class=lb2>needs-changes</span><h3>Milestone</h3>v3.8</div></div>""",
        css="""body{background:#0d1117;color:#c9d1d9;font-size:14px}.top{background:#161b22;padding:14px 24px;border-bottom:1px solid #30363d}.repo{font-weight:bold}.main{display:flex;gap:30px;padding:20px 30px}.left{flex:1}
h1{font-weight:400;font-size:26px;margin:0 0 8px}.n{color:#8b949e}.open{background:#238636;color:#fff;padding:4px 10px;border-radius:14px}code{background:#30363d;padding:1px 6px;border-radius:4px}
.tabs{margin:18px 0 10px;border-bottom:1px solid #30363d}.tabs span{display:inline-block;padding:8px 12px}.tabs .on{border-bottom:2px solid #f78166;color:#fff}.st{float:right}.a{color:#3fb950}.dl{color:#f85149}
.f{display:flex;gap:12px;padding:9px 12px;border:1px solid #30363d;margin-top:-1px;background:#161b22}.fn{flex:1;font-family:'JetBrains Mono';font-size:13px}.cm{border:1px solid #30363d;border-radius:6px;padding:12px;margin-top:16px}
.right{width:260px}h3{font-size:13px;color:#8b949e;border-bottom:1px solid #30363d;padding-bottom:6px}.rv{display:flex;align-items:center;gap:8px;margin:8px 0}.rv small{margin-left:auto;color:#8b949e}
.dot{width:10px;height:10px;border-radius:50%}.dot.approved{background:#3fb950}.dot.requested{background:#f85149}.dot.commented{background:#8b949e}.lb{background:#1f6feb55;padding:2px 8px;border-radius:10px}.lb2{background:#da363355;padding:2px 8px;border-radius:10px}""", font="Roboto")
    f = "web_code_review.png"
    txt = render_html(f, html, 1200, 600)
    register(f, "code review page (GitHub-like PR, files tab)", "dark", "web", "PR with 5 files, 3 reviewers", "chromium", txt)
    q(f, "who asked for changes on this PR", "Omar Haddad", "person", "party", True)
    q(f, "how many lines were added in total", adds, "number", "lookup", True)
    big = max(files, key=lambda x: (x[1] + x[2]))
    q(f, "which file has the most changed lines (adds+dels)", big[0], "text", "argmax", True)
    q(f, "PR number?", f"#{num}", "code", "lookup", True)


def w_issue_tracker():
    r = rng_for("issues")
    titles = ["Map tiles flicker on zoom", "Export to GPX drops elevation", "Add Hebrew RTL support", "Crash when route has 0 stops",
              "Slow search for long addresses", "Dark mode contrast on buttons", "Duplicate push notifications", "Wrong ETA after DST change",
              "Offline mode loses favourites"]
    people = ["Noa", "Dana", "Omar", "Yael", "Avi", "unassigned"]
    rows = []
    base = dt.date(2024, 9, 30)
    for i, t in enumerate(r.sample(titles, 8)):
        lab = r.choice(["bug", "bug", "feature", "ux", "performance"])
        pr = r.choice(["Urgent", "High", "Medium", "Low"])
        opened = base - dt.timedelta(days=r.randint(1, 120))
        rows.append(dict(id=f"RP-{r.randint(100, 480)}", t=t, lab=lab, pr=pr, who=r.choice(people), op=opened))
    ops = [x["op"] for x in rows]
    assert len(set(ops)) == len(ops) and len({x["id"] for x in rows}) == 8
    pc = {"Urgent": "#f2555a", "High": "#f2994a", "Medium": "#f2c94c", "Low": "#95a2b3"}
    trs = "".join(f"<div class=row><span class=p style='color:{pc[x['pr']]}'>●</span><span class=id>{x['id']}</span><span class=t>{esc(x['t'])}</span><span class='lab {x['lab']}'>{x['lab']}</span><span class=pr>{x['pr']}</span><span class=who>{x['who']}</span><span class=d>{x['op'].strftime('%b')} {x['op'].day}</span></div>" for x in rows)
    html = page(f"""<div class=app><div class=side><b>Route Planner</b><div>Inbox</div><div>My issues</div><div class=on>All issues</div><div>Cycles</div><div>Projects</div></div>
<div class=main><div class=h>All issues <small>· Open · {len(rows)}</small></div><div class='row head'><span class=p></span><span class=id>ID</span><span class=t>Title</span><span>Label</span><span class=pr>Priority</span><span class=who>Assignee</span><span class=d>Created</span></div>{trs}</div></div>""",
        css="""body{background:#16171b;color:#d2d3e0;font-size:14px}.app{display:flex;min-height:560px}.side{width:200px;background:#1c1d22;padding:16px}.side div{padding:7px 6px;color:#8a8f98}.side .on{background:#2a2c33;color:#fff;border-radius:5px}
.main{flex:1}.h{padding:16px 20px;font-size:16px;border-bottom:1px solid #2a2c33}small{color:#8a8f98}.row{display:flex;align-items:center;gap:14px;padding:11px 20px;border-bottom:1px solid #222329}.head{color:#8a8f98;font-size:12px}
.id{width:70px;color:#8a8f98}.t{flex:1}.lab{width:100px;font-size:12px}.lab.bug{color:#eb5757}.lab.feature{color:#5e6ad2}.lab.ux{color:#bb87fc}.lab.performance{color:#4cb782}.pr{width:70px}.who{width:90px}.d{width:60px;text-align:right;color:#8a8f98}""", font="Roboto")
    f = "web_issue_tracker.png"
    txt = render_html(f, html, 1100, 560)
    register(f, "issue tracker list (Linear-like)", "dark", "web", "8 issues with label, priority, assignee, created", "chromium", txt)
    k = r.choice([x for x in rows if x["who"] != "unassigned"])
    q(f, f"who is {k['id']} assigned to", k["who"], "person", "cell", True)
    q(f, "how many open bugs are there", sum(1 for x in rows if x["lab"] == "bug"), "count", "count", False)
    old = min(rows, key=lambda x: x["op"])
    q(f, "what's the oldest issue here?", old["t"], "text", "earliest", True)
    q(f, "any urgent ones?", "yes" if any(x["pr"] == "Urgent" for x in rows) else "no", "yesno", "exists", False)


def w_kpi_dashboard():
    r = rng_for("kpi")
    visits = r.randint(40000, 190000)
    conv = round(r.uniform(1.2, 4.8), 2)
    orders = int(visits * conv / 100)
    aov = round(r.uniform(38, 95), 2)
    rev = round(orders * aov, 2)
    chg = [round(r.uniform(-12, 25), 1) for _ in range(4)]
    chans = ["Organic search", "Paid social", "Email", "Direct", "Referral", "Affiliates"]
    ch = [(c, r.randint(2000, 50000), round(r.uniform(0.5, 6), 2)) for c in chans]
    assert len({x[1] for x in ch}) == 6 and len({x[2] for x in ch}) == 6
    tiles = [("Sessions", f"{visits:,}", chg[0]), ("Conversion rate", f"{conv}%", chg[1]), ("Orders", f"{orders:,}", chg[2]), ("Revenue", f"€{rev:,.2f}", chg[3])]
    th = "".join(f"<div class=tile><div class=l>{a}</div><div class=v>{b}</div><div class='c {'up' if c >= 0 else 'dn'}'>{'▲' if c >= 0 else '▼'} {abs(c)}% vs prev. 30 days</div></div>" for a, b, c in tiles)
    trs = "".join(f"<tr><td>{c}</td><td>{s:,}</td><td>{cv}%</td></tr>" for c, s, cv in ch)
    html = page(f"""<div class=top><b>Shoply Analytics</b><span>Last 30 days ▾</span></div><div class=tiles>{th}</div>
<div class=panel><h3>Traffic by channel</h3><table><tr><th>Channel</th><th>Sessions</th><th>Conv. rate</th></tr>{trs}</table></div>""",
        css="""body{background:#111827;color:#e5e7eb;font-size:14px}.top{display:flex;justify-content:space-between;padding:16px 28px;background:#0b1220;font-size:18px}.tiles{display:flex;gap:18px;padding:24px 28px}
.tile{flex:1;background:#1f2937;border-radius:10px;padding:18px}.l{color:#9ca3af}.v{font-size:30px;font-weight:bold;margin:6px 0}.c{font-size:13px}.up{color:#34d399}.dn{color:#f87171}
.panel{margin:0 28px;background:#1f2937;border-radius:10px;padding:18px}h3{margin:0 0 10px}table{width:100%;border-collapse:collapse}th{text-align:left;color:#9ca3af;padding:8px;border-bottom:1px solid #374151}td{padding:8px;border-bottom:1px solid #2b3545}""", font="Open Sans")
    f = "web_kpi_dashboard.png"
    txt = render_html(f, html, 1240, 620)
    register(f, "analytics dashboard with KPI tiles + channel table", "dark", "dashboard", "4 KPI tiles, 6 channels", "chromium", txt)
    q(f, "what's the conversion rate", f"{conv}%", "percent", "lookup", True)
    q(f, "did revenue go up or down vs previous period", "up" if chg[3] >= 0 else "down", "text", "read", False)
    top = max(ch, key=lambda x: x[1])
    q(f, "which channel brought the most sessions", top[0], "text", "argmax", True)
    a, b = r.sample(ch, 2)
    q(f, f"{a[0]} vs {b[0]}: which converts worse?", a[0] if a[2] < b[2] else b[0], "text", "choice_less", True)


def w_orderbook():
    r = rng_for("orderbook")
    mid = r.randint(58000, 69000) + 0.5
    asks = sorted({round(mid + r.randint(1, 90) * 0.5, 1) for _ in range(9)})[:8]
    bids = sorted({round(mid - r.randint(1, 90) * 0.5, 1) for _ in range(9)}, reverse=True)[:8]
    aa = [round(r.uniform(0.001, 2.5), 4) for _ in asks]
    ba = [round(r.uniform(0.001, 2.5), 4) for _ in bids]
    arows = "".join(f"<div class=r><span class=ask>{p:,.1f}</span><span>{a:.4f}</span><span>{p * a:,.2f}</span></div>" for p, a in reversed(list(zip(asks, aa))))
    brows = "".join(f"<div class=r><span class=bid>{p:,.1f}</span><span>{a:.4f}</span><span>{p * a:,.2f}</span></div>" for p, a in zip(bids, ba))
    spread = round(asks[0] - bids[0], 1)
    last = round((asks[0] + bids[0]) / 2, 1)
    html = page(f"""<div class=ob><div class=h>Order Book <small>BTC/USDT</small></div><div class='r head'><span>Price(USDT)</span><span>Amount(BTC)</span><span>Total</span></div>
{arows}<div class=mid>{last:,.1f} <small>Spread {spread:.1f}</small></div>{brows}</div>""",
        css="""body{background:#181a20;color:#eaecef;font-family:'Roboto Condensed';font-size:14px}.ob{width:420px;padding:12px 16px}.h{font-size:16px;font-weight:bold;margin-bottom:10px}small{color:#848e9c;font-weight:normal}
.r{display:flex;padding:3px 0}.r span{flex:1;text-align:right}.r span:first-child{text-align:left}.head{color:#848e9c;font-size:12px}.ask{color:#f6465d}.bid{color:#0ecb81}.mid{font-size:22px;color:#0ecb81;padding:10px 0;border-top:1px solid #2b3139;border-bottom:1px solid #2b3139;margin:6px 0}""", font="Roboto Condensed")
    f = "web_crypto_orderbook.png"
    txt = render_html(f, html, 460, 520)
    register(f, "crypto exchange order book", "dark", "web", "8 asks / 8 bids, spread", "chromium", txt)
    q(f, "best bid price?", f"{bids[0]:,.1f}", "number", "argmax", True)
    q(f, "lowest ask", f"{asks[0]:,.1f}", "number", "argmin", True)
    k = r.randrange(8)
    q(f, f"how much BTC is on the ask at {asks[k]:,.1f}", f"{aa[k]:.4f}", "number", "cell", True)
    q(f, "what's the spread", f"{spread:.1f}", "number", "difference", True)


def w_flight_board():
    r = rng_for("flights")
    dests = ["Vilnius", "Tallinn", "Helsinki", "Oslo", "Stockholm", "Copenhagen", "Frankfurt", "Amsterdam", "London Gatwick", "Tbilisi", "Barcelona", "Kyiv"]
    dests = [d for d in dests if d != "Kyiv"]
    rows = []
    t = dt.datetime(2024, 6, 14, 6, 0)
    for d in r.sample(dests, 10):
        t += dt.timedelta(minutes=r.choice([5, 10, 15, 20, 25, 35]))
        fl = f"{r.choice(['BT', 'BT', 'FR', 'W6', 'LH', 'AY'])} {r.randint(100, 999)}"
        st = r.choice(["On time"] * 4 + ["Boarding", "Delayed 07:40", "Cancelled", "Gate closed"])
        if st.startswith("Delayed"):
            st = f"Delayed {(t + dt.timedelta(minutes=r.randint(30, 120))):%H:%M}"
        rows.append((t, fl, d, f"{r.choice('ABC')}{r.randint(1, 19)}", st))
    assert len({x[1] for x in rows}) == 10
    trs = "".join(f"<tr><td>{a:%H:%M}</td><td>{b}</td><td>{c.upper()}</td><td>{g}</td><td class='{s.split()[0].lower()}'>{s.upper()}</td></tr>" for a, b, c, g, s in rows)
    html = page(f"""<div class=b><div class=h><span>✈ IZLIDOŠANA / DEPARTURES</span><span>RIX · 14.06.2024</span></div>
<table><tr><th>Laiks<br>Time</th><th>Reiss<br>Flight</th><th>Galamērķis<br>Destination</th><th>Izeja<br>Gate</th><th>Statuss<br>Status</th></tr>{trs}</table></div>""",
        css="""body{background:#000}.b{padding:16px 20px;font-family:'Roboto Condensed';color:#ffd21f}.h{display:flex;justify-content:space-between;font-size:26px;font-weight:bold;margin-bottom:10px;color:#fff}
table{width:100%;border-collapse:separate;border-spacing:0 4px;font-size:24px}th{text-align:left;font-size:13px;color:#aaa;font-weight:normal}td{background:#1a1a1a;padding:8px 12px}.delayed{color:#ff8c1a}.cancelled{color:#ff3b3b}.boarding{color:#2ee66b}.gate{color:#aaa}""", font="Roboto Condensed")
    f = "web_flight_board.png"
    txt = render_html(f, html, 1100, 660)
    register(f, "airport departures board: Riga (Latvian/English)", "black/yellow", "sign", "10 departures with gate and status", "chromium", txt)
    k = r.choice(rows)
    q(f, f"which gate for {k[1]}", k[3], "code", "cell", True)
    c = [x for x in rows if x[4] == "Cancelled"]
    if c:
        q(f, "which flight got cancelled", c[0][1], "code", "lookup", True)
    q(f, "how many flights are delayed", sum(1 for x in rows if x[4].startswith("Delayed")), "count", "count", False)
    i = r.randrange(2, 8)
    q(f, f"what departs right after the {rows[i][2]} flight", rows[i + 1][2].upper(), "text", "next", True)
    q(f, "last departure on the board - where to?", rows[-1][2].upper(), "text", "nth", True)


def w_spec_compare():
    r = rng_for("specs")
    phones = ["Nimbus 9 Pro", "Kestrel X", "Orca S24", "Pebble Mini 3"]
    specs = []
    wts = r.sample(range(158, 232), 4)
    bats = r.sample(range(3700, 5600, 5), 4)
    for i, p in enumerate(phones):
        specs.append(dict(p=p, screen=round(r.uniform(5.8, 6.9), 1), bat=bats[i], wt=wts[i],
                          ram=r.choice([8, 12, 16]), wl=r.random() < 0.6, jack=r.random() < 0.3, ip=r.choice(["IP67", "IP68", "IP54"]),
                          price=r.choice([499, 599, 649, 799, 899, 1099])))
    assert len({s["price"] for s in specs}) >= 2
    yn = lambda b: "<span class=y>✓</span>" if b else "<span class=n>✗</span>"
    rowsdef = [("Display", lambda s: f"{s['screen']}\""), ("Battery", lambda s: f"{s['bat']:,} mAh"), ("Weight", lambda s: f"{s['wt']} g"),
               ("RAM", lambda s: f"{s['ram']} GB"), ("Wireless charging", lambda s: yn(s["wl"])), ("3.5 mm jack", lambda s: yn(s["jack"])),
               ("Water resistance", lambda s: s["ip"]), ("Price", lambda s: f"${s['price']}")]
    head = "".join(f"<th><div class=img></div>{s['p']}</th>" for s in specs)
    body = "".join(f"<tr><td class=k>{k}</td>" + "".join(f"<td>{fn(s)}</td>" for s in specs) + "</tr>" for k, fn in rowsdef)
    html = page(f"<h2>Compare phones</h2><table><tr><th></th>{head}</tr>{body}</table>",
        css="""body{padding:20px 30px;background:#fff;color:#222;font-size:15px}h2{font-weight:500}table{border-collapse:collapse;width:100%}th{padding:10px;font-size:16px}td{padding:11px;text-align:center;border-top:1px solid #e5e5e5}
.k{text-align:left;color:#666;font-weight:500}.img{width:60px;height:100px;margin:0 auto 8px;border-radius:12px;background:linear-gradient(160deg,#c9d6ff,#e2e2e2)}.y{color:#16a34a;font-size:20px}.n{color:#dc2626;font-size:20px}tr:nth-child(even) td{background:#fafafa}""", font="Roboto")
    f = "web_spec_compare.png"
    txt = render_html(f, html, 1120, 720)
    register(f, "spec comparison table (phones) with ✓/✗", "light", "web", "4 phones × 8 specs", "chromium", txt)
    light = min(specs, key=lambda s: s["wt"])
    q(f, "which phone is the lightest", light["p"], "text", "argmin", True)
    k = r.choice(specs)
    q(f, f"battery capacity of the {k['p']}?", f"{k['bat']:,} mAh", "number", "cell", True)
    k2 = r.choice(specs)
    q(f, f"does {k2['p']} do wireless charging", "yes" if k2["wl"] else "no", "yesno", "cell", False)
    a, b = r.sample([s for s in specs if s["price"] != specs[0]["price"]] + [specs[0]], 2)
    while a["price"] == b["price"]:
        a, b = r.sample(specs, 2)
    q(f, f"how much more expensive is the {max(a, b, key=lambda s: s['price'])['p']} than the {min(a, b, key=lambda s: s['price'])['p']}", f"${abs(a['price'] - b['price'])}", "money", "difference", False)


def w_lab_results():
    r = rng_for("lab")
    tests = [("Hemoglobin", "g/dL", 12.0, 16.0, 1), ("WBC", "×10³/µL", 4.0, 10.0, 1), ("Platelets", "×10³/µL", 150, 400, 0),
             ("Glucose (fasting)", "mg/dL", 70, 100, 0), ("HbA1c", "%", 4.0, 5.6, 1), ("Creatinine", "mg/dL", 0.6, 1.2, 2),
             ("ALT", "U/L", 7, 56, 0), ("Total cholesterol", "mg/dL", 0, 200, 0), ("LDL", "mg/dL", 0, 130, 0), ("TSH", "mIU/L", 0.4, 4.0, 2)]
    rows = []
    for n, u, lo, hi, dp in tests:
        span = hi - lo
        v = r.uniform(lo - span * 0.25, hi + span * 0.3) if r.random() < 0.35 else r.uniform(lo + span * 0.1, hi - span * 0.1)
        v = max(v, 0.1)
        v = round(v, dp) if dp else int(round(v))
        flag = "H" if v > hi else ("L" if v < lo else "")
        rng_s = f"{lo}–{hi}" if lo else f"< {hi}"
        rows.append((n, v, u, rng_s, flag))
    trs = "".join(f"<tr><td>{n}</td><td class='v {'f' if fl else ''}'>{v}</td><td>{fl}</td><td>{u}</td><td>{rs}</td></tr>" for n, v, u, rs, fl in rows)
    d = dt.date(2024, r.randint(1, 11), r.randint(1, 28))
    html = page(f"""<div class=p><div class=h><div><b class=lg>Laboratório Clínico Vitalis</b><br>Rua Augusta 214, Lisboa · Tel. 213 456 789</div><div class=pt>Paciente: <b>Beatriz Moura Pinto</b><br>Data de colheita: {d:%d/%m/%Y}<br>Médico: Dr. Rui Carvalho</div></div>
<h3>Resultados / Results</h3><table><tr><th>Análise</th><th>Resultado</th><th>Flag</th><th>Unidades</th><th>Valores de referência</th></tr>{trs}</table>
<p class=nt>H = acima do valor de referência · L = abaixo do valor de referência. Validado por: Dra. Inês Lopes</p></div>""",
        css="""body{background:#eef2f3;font-size:14px}.p{margin:18px;background:#fff;padding:24px 30px}.h{display:flex;justify-content:space-between;border-bottom:2px solid #00897b;padding-bottom:12px}.lg{color:#00897b;font-size:20px}.pt{text-align:right}
table{width:100%;border-collapse:collapse}th{text-align:left;background:#e0f2f1;padding:7px}td{padding:7px;border-bottom:1px solid #eee}.v{font-weight:bold}.f{color:#c62828}.nt{color:#666;font-size:12px}""", font="Open Sans")
    f = "doc_lab_results.png"
    txt = render_html(f, html, 980, 640)
    register(f, "lab results sheet (Portugal, Portuguese labels)", "white/teal", "document", "10 blood tests with reference ranges and H/L flags", "chromium", txt)
    k = r.choice(rows)
    q(f, f"what was my {k[0]}", k[1], "number", "lookup", True)
    fl = [x[0] for x in rows if x[4]]
    q(f, "which results are flagged as out of range", fl if fl else "none", "text", "lookup", bool(fl))
    k2 = r.choice([x for x in rows if x != k])
    q(f, f"is {k2[0]} within the normal range?", "no" if k2[4] else "yes", "yesno", "state_yesno", False)
    q(f, "when was the blood drawn", f"{d:%d/%m/%Y}", "date", "lookup", True)


def w_gym_schedule():
    r = rng_for("gym")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    times = ["07:00", "09:30", "12:15", "17:30", "19:00"]
    classes = [("Spin", "Kobi"), ("Yoga Flow", "Maya"), ("HIIT", "Dor"), ("Pilates", "Shira"), ("Boxing", "Eitan"), ("Zumba", "Tal")]
    grid = {}
    for d in days:
        for t in times:
            if r.random() < 0.75:
                grid[(d, t)] = r.choice(classes)
    cells = ""
    col = {"Spin": "#ffd6a5", "Yoga Flow": "#caffbf", "HIIT": "#ffadad", "Pilates": "#bdb2ff", "Boxing": "#9bf6ff", "Zumba": "#fdffb6"}
    for t in times:
        cells += f"<tr><td class=t>{t}</td>" + "".join(f"<td>{'<div class=c style=background:' + col[grid[(d, t)][0]] + '><b>' + grid[(d, t)][0] + '</b><br>' + grid[(d, t)][1] + '</div>' if (d, t) in grid else ''}</td>" for d in days) + "</tr>"
    html = page(f"""<div class=h>PULSE STUDIO TEL AVIV — Weekly class timetable</div><table><tr><th></th>{''.join(f'<th>{d}</th>' for d in days)}</tr>{cells}</table>""",
        css="""body{background:#fff;padding:16px;font-size:14px}.h{font-family:'URW Gothic';font-size:24px;font-weight:bold;margin-bottom:12px}table{width:100%;border-collapse:collapse;table-layout:fixed}th{padding:8px;background:#222;color:#fff}
td{border:1px solid #ddd;height:74px;padding:4px;vertical-align:top}.t{font-weight:bold;width:70px;text-align:center;vertical-align:middle}.c{border-radius:6px;padding:6px;height:100%}""", font="Open Sans")
    f = "web_gym_timetable.png"
    txt = render_html(f, html, 1100, 500)
    register(f, "gym class timetable grid", "light, pastel cells", "schedule", "6 days × 5 slots with class and instructor", "chromium", txt)
    cand = sorted(grid)
    k = cand[r.randrange(len(cand))]
    dn = {"Mon": "monday", "Tue": "tuesday", "Wed": "wednesday", "Thu": "thursday", "Fri": "friday", "Sat": "saturday"}
    q(f, f"what class is on {dn[k[0]]} at {k[1]}", grid[k][0], "text", "cell", True)
    cn = r.choice(["Spin", "HIIT", "Yoga Flow"])
    q(f, f"how many {cn} classes are there in the week", sum(1 for v in grid.values() if v[0] == cn), "count", "count", False)
    q(f, "who teaches boxing", "Eitan", "person", "party", True)


def w_settings_player():
    r = rng_for("player")
    qual = r.choice(["Auto", "1080p", "720p", "480p"])
    sub = r.choice(["Off", "English", "Türkçe", "Español"])
    toggles = [("Autoplay next episode", r.random() < 0.5), ("Skip intro automatically", r.random() < 0.5),
               ("Data saver on mobile", r.random() < 0.5), ("Show previews while browsing", r.random() < 0.5)]
    checks = [("Audio description", r.random() < 0.4), ("Stereo downmix", r.random() < 0.6), ("Normalize volume", r.random() < 0.5)]
    speed = r.choice(["0.75×", "1×", "1.25×", "1.5×"])
    rad = lambda opts, sel: "".join(f"<label class=rd><span class='o{' on' if o == sel else ''}'></span>{o}</label>" for o in opts)
    tg = "".join(f"<div class=row><span>{n}</span><span class='sw{' on' if v else ''}'><i></i></span></div>" for n, v in toggles)
    ck = "".join(f"<div class=ck><span class='b{' on' if v else ''}'>{'✓' if v else ''}</span>{n}</div>" for n, v in checks)
    html = page(f"""<div class=pn><h2>Playback settings</h2><h4>Video quality</h4><div class=grp>{rad(['Auto', '1080p', '720p', '480p'], qual)}</div>
<h4>Subtitles</h4><div class=grp>{rad(['Off', 'English', 'Türkçe', 'Español'], sub)}</div><h4>Playback speed</h4><div class=grp>{rad(['0.75×', '1×', '1.25×', '1.5×'], speed)}</div>
<h4>General</h4>{tg}<h4>Audio</h4>{ck}</div>""",
        css="""body{background:#141414;color:#e5e5e5;font-size:15px}.pn{width:560px;margin:0 auto;padding:20px 28px}h2{margin:0 0 10px}h4{color:#999;font-weight:500;margin:18px 0 8px;text-transform:uppercase;font-size:12px;letter-spacing:1px}
.grp{display:flex;gap:18px}.rd{display:flex;align-items:center;gap:7px}.o{width:18px;height:18px;border-radius:50%;border:2px solid #777;display:inline-block}.o.on{border-color:#e50914;background:radial-gradient(#e50914 45%,transparent 50%)}
.row{display:flex;justify-content:space-between;align-items:center;padding:9px 0;border-bottom:1px solid #2a2a2a}.sw{width:44px;height:24px;border-radius:12px;background:#555;position:relative}.sw i{position:absolute;width:20px;height:20px;border-radius:50%;background:#fff;top:2px;left:2px}.sw.on{background:#e50914}.sw.on i{left:22px}
.ck{display:flex;align-items:center;gap:10px;margin:8px 0}.b{width:20px;height:20px;border:2px solid #777;border-radius:3px;text-align:center;line-height:17px;font-size:14px}.b.on{background:#e50914;border-color:#e50914}""", font="Roboto")
    f = "app_player_settings.png"
    txt = render_html(f, html, 620, 720)
    register(f, "video streaming app playback settings (radios, toggles, checkboxes)", "dark", "settings", "3 radio groups, 4 toggles, 3 checkboxes", "chromium", txt)
    q(f, "what video quality is selected", qual, "text", "selected", True)
    q(f, "subtitles language set to?", sub, "text", "selected", True)
    k = r.choice(toggles)
    q(f, f"is '{k[0].lower()}' turned on", "yes" if k[1] else "no", "yesno", "state_yesno", False)
    c = r.choice(checks)
    q(f, f"{c[0]} checked?", "yes" if c[1] else "no", "yesno", "state_yesno", False)


def w_food_delivery():
    r = rng_for("food")
    items = [("Pad Krapow Moo Saap", 89.0), ("Tom Yum Goong (L)", 159.0), ("Khao Man Gai", 65.0), ("Som Tam Thai", 70.0),
             ("Mango Sticky Rice", 95.0), ("Cha Yen (Thai iced tea)", 45.0), ("Pad See Ew Gai", 85.0)]
    sel = [(n, p, r.randint(1, 3)) for n, p in r.sample(items, 4)]
    subtotal = sum(p * k for _, p, k in sel)
    fee = float(r.choice([0, 15, 25, 35]))
    disc = float(r.choice([0, 20, 40]))
    tot = subtotal + fee - disc
    eta = dt.datetime(2024, 5, 3, r.randint(11, 20), r.randint(0, 59))
    courier = r.choice(["Somchai", "Nattapong", "Kanya", "Wichai"])
    rows = "".join(f"<div class=it><span>{k}×</span><span class=n>{n}</span><span>฿{p * k:,.0f}</span></div>" for n, p, k in sel)
    html = page(f"""<div class=ph><div class=map><div class=pin>🛵</div></div><div class=sheet><div class=eta>Arriving by <b>{eta:%H:%M}</b></div><div class=stp>Your rider is on the way · Step 3 of 4</div>
<div class=prog><i class=on></i><i class=on></i><i class=on></i><i></i></div><div class=rider><div class=av>{courier[0]}</div><div><b>{courier}</b><br><small>Honda Click · กข 4821</small></div><span class=call>☎</span></div>
<h4>Krua Baan Suan · Sukhumvit 39</h4>{rows}<div class=sm><span>Subtotal</span><span>฿{subtotal:,.0f}</span></div><div class=sm><span>Delivery fee</span><span>฿{fee:,.0f}</span></div>
<div class=sm><span>Promo</span><span>−฿{disc:,.0f}</span></div><div class='sm t'><span>Total</span><span>฿{tot:,.0f}</span></div></div></div>""",
        css="""body{background:#fff}.ph{width:400px;margin:0 auto;font-size:15px;background:#f2f2f2;min-height:860px}.map{height:200px;background:repeating-linear-gradient(30deg,#dfe9d8 0 30px,#e8efe2 30px 60px);position:relative}.pin{position:absolute;left:180px;top:80px;font-size:30px}
.sheet{background:#fff;border-radius:18px 18px 0 0;margin-top:-18px;position:relative;padding:18px}.eta{font-size:22px}.stp{color:#777;margin:4px 0 10px}.prog{display:flex;gap:6px}.prog i{flex:1;height:5px;background:#ddd;border-radius:3px}.prog i.on{background:#00b14f}
.rider{display:flex;align-items:center;gap:12px;margin:16px 0;padding:10px;background:#f7f7f7;border-radius:10px}.av{width:40px;height:40px;border-radius:50%;background:#00b14f;color:#fff;text-align:center;line-height:40px;font-weight:bold}.call{margin-left:auto;font-size:20px}
h4{margin:14px 0 8px}.it{display:flex;gap:8px;padding:5px 0}.n{flex:1}.sm{display:flex;justify-content:space-between;padding:4px 0;color:#555}.t{font-weight:bold;color:#000;font-size:17px;border-top:1px solid #eee;padding-top:8px}small{color:#777}""", font="Roboto")
    f = "app_th_food_delivery.png"
    txt = render_html(f, html, 400, 860)
    register(f, "food delivery tracking app: Bangkok (฿)", "light mobile", "app", "ETA, rider, 4 items, totals", "chromium", txt)
    q(f, "when will my food arrive", f"{eta:%H:%M}", "time", "lookup", True)
    q(f, "who's delivering", courier, "person", "party", True)
    q(f, "what's the total", f"฿{tot:,.0f}", "money", "lookup", True)
    k = r.choice(sel)
    q(f, f"how many {k[0]} did i order", k[2], "count", "lookup", False)


def w_portfolio():
    r = rng_for("portfolio")
    tick = [("NESN", "Nestlé"), ("NOVN", "Novartis"), ("ROG", "Roche"), ("UBSG", "UBS Group"), ("ZURN", "Zurich Insurance"), ("ABBN", "ABB"), ("LOGN", "Logitech")]
    ch = lambda n: f"{n:,.2f}".replace(",", "'")
    rows = []
    for t, n in r.sample(tick, 6):
        qty = r.randint(5, 120)
        cost = round(r.uniform(20, 500), 2)
        px = round(cost * r.uniform(0.75, 1.4), 2)
        val = round(qty * px, 2)
        pl = round((px / cost - 1) * 100, 2)
        rows.append((t, n, qty, cost, px, val, pl))
    assert len({x[6] for x in rows}) == 6
    tot = round(sum(x[5] for x in rows), 2)
    trs = "".join(f"<tr><td><b>{t}</b><br><small>{n}</small></td><td>{q_}</td><td>{ch(c)}</td><td>{ch(p)}</td><td>{ch(v)}</td><td class='{'up' if pl >= 0 else 'dn'}'>{'+' if pl >= 0 else ''}{pl:.2f}%</td></tr>" for t, n, q_, c, p, v, pl in rows)
    html = page(f"""<div class=w><div class=h><h2>Depot · Portfolio</h2><div class=tv><small>Total value</small><br>CHF {ch(tot)}</div></div>
<table><tr><th>Security</th><th>Qty</th><th>Avg. cost</th><th>Last</th><th>Value (CHF)</th><th>P/L %</th></tr>{trs}</table></div>""",
        css="""body{background:#f5f5f0;font-size:15px;color:#1a1a1a}.w{padding:20px 32px}.h{display:flex;justify-content:space-between;align-items:center}.tv{text-align:right;font-size:26px;font-weight:bold}small{color:#777;font-size:12px;font-weight:normal}
table{width:100%;border-collapse:collapse;background:#fff}th{text-align:right;padding:10px;border-bottom:2px solid #d00;font-size:13px;color:#555}th:first-child,td:first-child{text-align:left}td{text-align:right;padding:9px 10px;border-bottom:1px solid #eee}.up{color:#0a8a3a}.dn{color:#d00}""", font="Roboto")
    f = "web_ch_portfolio.png"
    txt = render_html(f, html, 1100, 560)
    register(f, "stock portfolio page: Swiss bank (CHF, apostrophe grouping)", "light/red", "web", "6 SMI holdings with P/L %", "chromium", txt)
    best = max(rows, key=lambda x: x[6])
    q(f, "which holding has the best return", best[0], "text", "argmax", True)
    k = r.choice(rows)
    q(f, f"value of my {k[1]} position", ch(k[5]), "money", "cell", True)
    q(f, "how many positions are in the red?", sum(1 for x in rows if x[6] < 0), "count", "count", False)
    q(f, "total portfolio value", f"CHF {ch(tot)}", "money", "lookup", True)


def w_docs_toc():
    r = rng_for("docs")
    toc = ["Introduction", "Installation", "Quick start", "Configuration", "Environment variables", "Plugins", "Deployment", "Troubleshooting", "FAQ"]
    params = [("listen_addr", "string", "0.0.0.0:8080"), ("max_conns", "int", str(r.choice([256, 512, 1024]))), ("read_timeout", "duration", f"{r.choice([15, 30, 60])}s"),
              ("tls.enabled", "bool", r.choice(["false", "true"])), ("log_level", "string", r.choice(["info", "warn"])), ("cache.size_mb", "int", str(r.choice([64, 128, 256])))]
    ver = f"v{r.randint(1, 3)}.{r.randint(0, 12)}"
    trs = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td><code>{c}</code></td></tr>" for a, b, c in params)
    nav = "".join(f"<li class='{'on' if t == 'Configuration' else ''}'>{i + 1}. {t}</li>" for i, t in enumerate(toc))
    html = page(f"""<div class=top><b>ferryd</b> docs <span class=v>{ver} ▾</span><span class=s>🔍 Search docs…</span></div><div class=l><ul>{nav}</ul><div class=main>
<h1>Configuration</h1><p>ferryd reads <code>/etc/ferryd/config.toml</code> at start-up. Every key can be overridden with an environment variable (see next chapter).</p>
<h3>Reference</h3><table><tr><th>Key</th><th>Type</th><th>Default</th></tr>{trs}</table><div class=tip><b>Note</b> Changing <code>listen_addr</code> requires a restart; other keys are reloaded on SIGHUP.</div></div></div>""",
        css="""body{background:#fff;color:#24292f;font-size:15px}.top{padding:12px 24px;border-bottom:1px solid #e1e4e8;font-size:18px}.v{font-size:13px;background:#eef;padding:2px 8px;border-radius:10px;margin-left:8px}.s{float:right;font-size:14px;color:#888;border:1px solid #ddd;padding:3px 40px 3px 10px;border-radius:6px}
.l{display:flex}ul{list-style:none;width:240px;padding:16px 20px;margin:0;border-right:1px solid #eee}li{padding:6px 8px;color:#555}li.on{background:#eef4ff;color:#0b5cd5;border-radius:5px;font-weight:bold}
.main{flex:1;padding:10px 34px}code{font-family:'JetBrains Mono';font-size:13px;background:#f3f4f6;padding:1px 4px;border-radius:3px}table{border-collapse:collapse;width:100%}th{text-align:left;border-bottom:2px solid #ddd;padding:8px}td{padding:8px;border-bottom:1px solid #eee}.tip{margin-top:16px;background:#fff8e1;border-left:4px solid #f0b400;padding:10px}""", font="Open Sans")
    f = "web_docs_config.png"
    txt = render_html(f, html, 1180, 620)
    register(f, "docs page with numbered TOC sidebar and config table", "light", "web", "9 chapters, 6 config keys", "chromium", txt)
    q(f, "what's the default for read_timeout", params[2][2], "text", "cell", True)
    q(f, "what's the 6th chapter in the sidebar", "Plugins", "text", "nth", True)
    q(f, "which section comes after Configuration", "Environment variables", "text", "next", True)
    q(f, "docs version?", ver, "version", "version", True)


def w_inbox():
    r = rng_for("inbox")
    mails = [("Vodafone Ireland", "Your bill for {m} is ready"), ("Ciara Byrne", "Re: Saturday hike to Lugnaquilla"), ("Revenue.ie", "Your Preliminary End of Year Statement"),
             ("Irish Rail", "Booking confirmation – Dublin Heuston to Galway"), ("Seán Murphy", "Draft contract v3 attached"), ("Bord Gáis Energy", "Meter reading reminder"),
             ("LinkedIn", "You appeared in 14 searches this week"), ("Aoife Kelly", "Photos from the wedding 📸"), ("An Post", "Your parcel is on its way")]
    sel = r.sample(mails, 8)
    base = dt.datetime(2024, 11, 22, 18, 0)
    rows = []
    for s, sub in sel:
        base -= dt.timedelta(hours=r.randint(3, 30), minutes=r.randint(0, 59))
        rows.append((s, sub.replace("{m}", "October"), base, r.random() < 0.4))
    def when(t):
        return t.strftime("%H:%M") if t.date() == dt.date(2024, 11, 22) else f"{t.day} {t:%b}"
    trs = "".join(f"<div class='m{' u' if u else ''}'><span class=s>{esc(s)}</span><span class=sub>{esc(sb)}</span><span class=t>{when(t)}</span></div>" for s, sb, t, u in rows)
    html = page(f"""<div class=top><b>✉ Mail</b><input value='Search mail'></div><div class=b><div class=side><div class=cmp>✏ Compose</div><div class=on>Inbox <span>{sum(1 for x in rows if x[3])}</span></div><div>Starred</div><div>Sent</div><div>Drafts</div><div>Spam</div></div><div class=list>{trs}</div></div>""",
        css="""body{background:#f6f8fc;font-size:14px;color:#202124}.top{display:flex;gap:60px;align-items:center;padding:12px 20px;font-size:20px}input{width:520px;padding:10px 16px;border:none;background:#e9eef6;border-radius:20px;color:#555;font-size:14px}
.b{display:flex}.side{width:220px;padding:10px}.side div{padding:8px 16px;border-radius:0 16px 16px 0}.cmp{background:#c2e7ff;border-radius:14px!important;width:130px;margin-bottom:10px;padding:14px 16px!important}.side .on{background:#d3e3fd;font-weight:bold;display:flex;justify-content:space-between}
.list{flex:1;background:#fff;border-radius:14px;margin-right:16px}.m{display:flex;gap:16px;padding:11px 18px;border-bottom:1px solid #eee;background:#f2f6fc}.m.u{background:#fff;font-weight:bold}.s{width:200px}.sub{flex:1}.t{width:60px;text-align:right;font-size:12px}""", font="Roboto")
    f = "web_mail_inbox.png"
    txt = render_html(f, html, 1200, 500)
    register(f, "webmail inbox (Ireland), unread in bold", "light", "web", "8 emails with sender/subject/time", "chromium", txt)
    k = r.choice(rows)
    topic = {"Vodafone Ireland": "the phone bill", "Ciara Byrne": "the saturday hike", "Revenue.ie": "my end of year tax statement",
             "Irish Rail": "the galway train booking", "Seán Murphy": "the draft contract", "Bord Gáis Energy": "meter readings",
             "LinkedIn": "search appearances", "Aoife Kelly": "the wedding photos", "An Post": "my parcel"}
    q(f, f"who emailed me about {topic[k[0]]}", k[0], "person", "party", True)
    q(f, "newest email is from?", rows[0][0], "person", "latest", True)
    q(f, "how many unread emails", sum(1 for x in rows if x[3]), "count", "count", True)
    q(f, "subject of the oldest message", rows[-1][1], "text", "earliest", True)


def w_changelog():
    r = rng_for("changelog")
    rel = []
    d = dt.date(2024, 10, 28)
    items = ["Fixed crash when importing empty CSV", "Added Vietnamese locale", "Improved sync speed by 40%", "Fixed dark mode icons",
             "New: recurring reminders", "Fixed timezone bug in weekly view", "Removed legacy v1 API", "Added CSV export for reports",
             "Fixed login loop on Safari", "New: shared lists", "Reduced app size by 12 MB", "Fixed notification sound on Android"]
    r.shuffle(items)
    major, minor, patch = 4, r.randint(2, 6), 0
    vers = []
    for i in range(5):
        vers.append((f"{major}.{minor}.{patch}", d, items[i * 2:(i * 2) + 2]))
        d -= dt.timedelta(days=r.randint(9, 40))
        if patch:
            patch -= 1
        else:
            minor -= 1
            patch = r.randint(0, 2)
    secs = "".join(f"<section><h2>v{v} <span>{dd.day} {MONTHS[dd.month - 1]} {dd.year}</span></h2><ul>{''.join(f'<li>{x}</li>' for x in it)}</ul></section>" for v, dd, it in vers)
    html = page(f"<div class=w><h1>What's new in Tasklane</h1>{secs}</div>",
        css="""body{background:#fdfcfa;color:#2d2a26;font-size:16px}.w{width:760px;margin:0 auto;padding:20px}h1{font-family:'P052';font-weight:normal;font-size:36px}section{border-left:3px solid #e07a5f;padding-left:18px;margin-bottom:18px}
h2{font-size:20px;margin:0}h2 span{font-weight:normal;color:#888;font-size:14px;margin-left:10px}li{margin:4px 0}""", font="Open Sans")
    f = "web_changelog.png"
    txt = render_html(f, html, 820, 960)
    register(f, "app changelog / release notes", "warm light", "web", "5 releases with dates and bullet items", "chromium", txt)
    q(f, "latest version?", vers[0][0], "version", "latest", True)
    k = r.randrange(1, 5)
    kd = vers[k][1]
    q(f, f"when did {vers[k][0]} come out", f"{kd.day} {MONTHS[kd.month - 1]} {kd.year}", "date", "lookup", True)
    k2 = r.randrange(5)
    q(f, f"which version has '{vers[k2][2][0]}'", vers[k2][0], "version", "lookup", True)


def w_slide_results():
    r = rng_for("slide1")
    rev = round(r.uniform(10, 60), 1)
    prev = round(rev / r.uniform(1.05, 1.35), 1)
    gr = round((rev / prev - 1) * 100, 1)
    cust = r.randint(1200, 9000)
    nps = r.randint(30, 70)
    html = page(f"""<div class=s><div class=k>Q3 FY2024 · Investor update</div><h1>Strong quarter across all regions</h1>
<div class=t><div><b>€{rev}M</b><span>Revenue (Q3 FY23: €{prev}M)</span></div><div><b>+{gr}%</b><span>YoY growth</span></div><div><b>{cust:,}</b><span>Business customers</span></div><div><b>{nps}</b><span>NPS</span></div></div>
<ul><li>Enterprise segment now 41% of revenue</li><li>Launched in Austria and Slovakia</li><li>Gross margin stable at 72%</li></ul><div class=f>Lumora Systems · Confidential · 7</div></div>""",
        css="""body{background:#0e1a2b}.s{width:1280px;height:720px;padding:60px 80px;color:#fff;background:linear-gradient(135deg,#0e1a2b,#1c3b5a);position:relative}.k{color:#7fd1ff;font-size:20px;letter-spacing:2px;text-transform:uppercase}h1{font-size:52px;margin:14px 0 40px;font-weight:700}
.t{display:flex;gap:30px}.t div{flex:1;background:#ffffff14;border-radius:12px;padding:24px}.t b{display:block;font-size:48px;color:#7fd1ff}.t span{font-size:17px;color:#cfe3f5}ul{font-size:24px;margin-top:40px;line-height:1.6}.f{position:absolute;bottom:24px;right:40px;color:#89a;font-size:14px}""", font="Roboto")
    f = "slide_investor_q3.png"
    txt = render_html(f, html, 1280, 720)
    register(f, "presentation slide: quarterly results with KPI cards", "dark gradient", "slide", "title, 4 metric cards, 3 bullets", "chromium", txt)
    q(f, "slide title?", "Strong quarter across all regions", "text", "title", True)
    q(f, "what's the yoy growth", f"+{gr}%", "percent", "lookup", True)
    q(f, "how much more revenue than last year's Q3, in €M", round(rev - prev, 1), "money", "difference", False)
    q(f, "what's the last bullet point say", "Gross margin stable at 72%", "text", "nth", True)


def w_slide_agenda():
    r = rng_for("slide2")
    talks = [("Opening & welcome", "Karin Weiss"), ("Zero-downtime Postgres upgrades", "Lukas Brandl"), ("Kafka in a small team", "Miriam Novák"),
             ("Lunch", ""), ("Observability on a budget", "Jakub Horváth"), ("Rust at the edge", "Eva Gruber"), ("Panel: hiring juniors", "All speakers")]
    t = dt.datetime(2024, 9, 12, 9, 0)
    rows = []
    for ti, sp in talks:
        dur = 60 if ti == "Lunch" else r.choice([15, 30, 45]) if ti.startswith("Open") else r.choice([30, 45])
        rows.append((t, ti, sp, dur))
        t += dt.timedelta(minutes=dur)
    trs = "".join(f"<tr><td class=tm>{a:%H:%M}</td><td><b>{b}</b><br><span>{c}</span></td></tr>" for a, b, c, _ in rows)
    html = page(f"""<div class=s><div class=l><div class=k>DevDays Vienna 2024</div><h1>Agenda</h1><p>Thursday, 12 September<br>Hall C · Austria Center</p></div><table>{trs}</table></div>""",
        css="""body{background:#fff}.s{width:1280px;height:720px;display:flex;background:#fff8ef}.l{width:420px;background:#e8473f;color:#fff;padding:60px 50px}.k{font-size:18px;letter-spacing:2px}h1{font-size:80px;margin:20px 0;font-family:'URW Bookman'}p{font-size:22px;line-height:1.5}
table{margin:50px 60px;border-collapse:collapse;font-size:22px}td{padding:9px 14px;border-bottom:1px solid #f0d9c4}.tm{color:#e8473f;font-weight:bold;width:100px}span{font-size:17px;color:#777}""", font="Open Sans")
    f = "slide_conf_agenda.png"
    txt = render_html(f, html, 1280, 720)
    register(f, "slide: conference agenda (Vienna, Austria)", "cream/red split", "slide", "7 agenda slots with speakers", "chromium", txt)
    k = r.choice([x for x in rows if x[2] and x[2] != "All speakers"])
    q(f, f"when does {k[2]} speak", f"{k[0]:%H:%M}", "time", "lookup", True)
    i = [x[1] for x in rows].index("Lunch")
    q(f, "what's the talk right after lunch", rows[i + 1][1], "text", "next", True)
    q(f, "who gives the Kafka talk", "Miriam Novák", "person", "party", True)


ALL = [w_status_page, w_ci_pipeline, w_code_review, w_issue_tracker, w_kpi_dashboard, w_orderbook, w_flight_board, w_spec_compare,
       w_lab_results, w_gym_schedule, w_settings_player, w_food_delivery, w_portfolio, w_docs_toc, w_inbox, w_changelog,
       w_slide_results, w_slide_agenda]
