"""Web pages and app screens rendered with headless chromium."""
from common import q, meta, page, render_html, esc, rng, r2, fmt_us, fmt_eu

OK = '<span style="color:#1a7f37">✔</span>'
BAD = '<span style="color:#cf222e">✖</span>'
SKIP = '<span style="color:#8c959f">⊘</span>'


def toggle(on, dark=False):
    bg = "#2da44e" if on else ("#555" if dark else "#c9ced6")
    pos = "right:3px" if on else "left:3px"
    return (f'<span style="display:inline-block;width:42px;height:24px;border-radius:12px;background:{bg};position:relative;vertical-align:middle">'
            f'<span style="position:absolute;top:3px;{pos};width:18px;height:18px;border-radius:50%;background:#fff"></span></span>')


def radio(on, col="#0969da"):
    inner = f'<span style="position:absolute;top:4px;left:4px;width:8px;height:8px;border-radius:50%;background:{col}"></span>' if on else ""
    return (f'<span style="display:inline-block;width:18px;height:18px;border-radius:50%;border:2px solid {col if on else "#8c959f"};'
            f'position:relative;vertical-align:middle;margin-right:8px">{inner}</span>')


def check(on, col="#0969da"):
    return (f'<span style="display:inline-block;width:18px;height:18px;border-radius:4px;vertical-align:middle;margin-right:8px;'
            f'border:2px solid {col if on else "#8c959f"};background:{col if on else "transparent"};color:#fff;font-size:13px;'
            f'line-height:14px;text-align:center">{"✓" if on else ""}</span>')


def gh_actions():
    R = rng("gh_actions")
    jobs = [("lint", "success", 41), ("typecheck", "success", 58), ("test (ubuntu-latest, 3.11)", "success", 312),
            ("test (ubuntu-latest, 3.12)", "failure", 287), ("test (macos-14, 3.12)", "success", 402),
            ("build-docs", "success", 96), ("publish", "skipped", 0)]
    def dur(s):
        return f"{s // 60}m {s % 60}s" if s >= 60 else f"{s}s"
    side = ""
    for n, st, s in jobs:
        ic = OK if st == "success" else (BAD if st == "failure" else SKIP)
        side += f'<div class=job>{ic} <span>{esc(n)}</span><span class=d>{dur(s) if s else ""}</span></div>'
    tot = sum(s for _, _, s in jobs)
    css = """.top{background:#24292f;color:#fff;padding:14px 24px;font-weight:600} .hd{padding:18px 24px;border-bottom:1px solid #d0d7de}
    .hd h1{font-size:22px;margin:0 0 6px;font-weight:500} .meta{color:#57606a;font-size:14px}
    .wrap{display:flex} .side{width:330px;border-right:1px solid #d0d7de;padding:14px} .job{display:flex;gap:8px;padding:7px 8px;font-size:14px;border-radius:6px}
    .job .d{margin-left:auto;color:#57606a} .main{flex:1;padding:20px 24px} .box{border:1px solid #d0d7de;border-radius:6px;margin-bottom:16px}
    .box .t{background:#f6f8fa;padding:10px 14px;border-bottom:1px solid #d0d7de;font-weight:600;font-size:14px}
    .stat{display:flex;gap:40px;padding:14px} .stat div{font-size:13px;color:#57606a} .stat b{display:block;font-size:16px;color:#1f2328}
    .ann{padding:12px 14px;font-size:14px;border-left:4px solid #cf222e;margin:10px;background:#fff8f8}
    code{font-family:'DejaVu Sans Mono';font-size:12px;background:#f6f8fa;padding:1px 4px}"""
    body = f"""<div class=top>northwind-labs / tidepool</div>
    <div class=hd><h1>{BAD} Fix flaky tide-table parser <span style="color:#57606a">#482</span></h1>
    <div class=meta>CI · Workflow file for this run · Triggered via push by <b>oskar-hedlund</b> · commit <code>9c1e4fa</code> on branch <b>fix/parser-rounding</b></div></div>
    <div class=wrap><div class=side><div style="font-size:13px;color:#57606a;padding:6px 8px">Jobs</div>{side}</div>
    <div class=main><div class=box><div class=stat><div>Status<b>Failure</b></div><div>Total duration<b>{dur(tot + 37)}</b></div><div>Artifacts<b>2</b></div></div></div>
    <div class=box><div class=t>Annotations · 1 error and 2 warnings</div>
    <div class=ann><b>test (ubuntu-latest, 3.12)</b><br>tests/test_parser.py::test_half_tide_rounding — AssertionError: assert 2.35 == 2.4</div>
    <div class=ann style="border-color:#bf8700;background:#fffbea"><b>build-docs</b><br>Node.js 16 actions are deprecated.</div>
    <div class=ann style="border-color:#bf8700;background:#fffbea"><b>lint</b><br>ruff: 3 files would be reformatted</div></div></div></div>"""
    fn = render_html("gh_actions_run", page(body, css, font="'Open Sans'"), 1280, 700)
    failed = [n for n, st, _ in jobs if st == "failure"][0]
    nsucc = sum(1 for j in jobs if j[1] == "success")
    q(fn, "which job failed", failed, "text", "lookup")
    q(fn, "who triggered this run", "oskar-hedlund", "person", "party")
    q(fn, "number of green (successful) jobs", nsucc, "count", "count", literal=False)
    meta(fn, "HTML CI run page (chromium)", "light", "web_app", "GitHub-Actions-like run: job list with durations, annotations")


def dns_records():
    recs = [("A", "@", "198.51.100.24", True, "Auto"), ("A", "www", "198.51.100.24", True, "Auto"),
            ("CNAME", "blog", "kestrel-blog.netlify.app", False, "1 hr"), ("CNAME", "status", "stats.uptimeowl.io", False, "5 min"),
            ("MX", "@", "mx1.mailfjord.net (priority 10)", False, "1 hr"), ("MX", "@", "mx2.mailfjord.net (priority 20)", False, "1 hr"),
            ("TXT", "@", "v=spf1 include:mailfjord.net ~all", False, "Auto"), ("CNAME", "api", "api-gw.eu-north.kestrelcloud.net", True, "Auto"),
            ("AAAA", "@", "2001:db8:4a1::24", True, "Auto")]
    rows = ""
    for t, n, c, p, ttl in recs:
        prox = f'<span class="pill {"on" if p else "off"}">{"Proxied" if p else "DNS only"}</span>'
        rows += f"<tr><td><b>{t}</b></td><td>{esc(n)}</td><td class=mono>{esc(c)}</td><td>{prox}</td><td>{ttl}</td><td class=ed>Edit</td></tr>"
    css = """.nav{height:54px;background:#fff;border-bottom:1px solid #e2e2e2;display:flex;align-items:center;padding:0 24px;gap:24px;font-weight:600}
    .nav .dom{color:#f38020} .wrap{display:flex} .side{width:220px;background:#fafafa;border-right:1px solid #e2e2e2;min-height:700px;padding:16px}
    .side div{padding:8px 10px;border-radius:4px;font-size:14px} .side .a{background:#e8f0fe;color:#1a56db;font-weight:600}
    .main{flex:1;padding:24px 30px} h1{font-size:24px;margin:0 0 4px} table{width:100%;border-collapse:collapse;font-size:14px;background:#fff;margin-top:16px}
    th{text-align:left;background:#f4f4f4;padding:10px;border-bottom:1px solid #ddd} td{padding:10px;border-bottom:1px solid #eee}
    .mono{font-family:'DejaVu Sans Mono';font-size:13px} .pill{padding:3px 10px;border-radius:10px;font-size:12px;font-weight:600}
    .on{background:#fde8d7;color:#c2410c} .off{background:#eee;color:#555} .ed{color:#1a56db}"""
    body = f"""<div class=nav><span class=dom>kestrelbay.io</span><span style="color:#777;font-weight:400">Free plan</span></div>
    <div class=wrap><div class=side><div>Overview</div><div>Analytics</div><div class=a>DNS › Records</div><div>SSL/TLS</div><div>Caching</div><div>Rules</div><div>Email routing</div></div>
    <div class=main><h1>DNS management</h1><div style="color:#666">{len(recs)} records · Nameservers: ada.ns.kestrelcloud.net, zed.ns.kestrelcloud.net</div>
    <table><tr><th>Type</th><th>Name</th><th>Content</th><th>Proxy status</th><th>TTL</th><th></th></tr>{rows}</table></div></div>"""
    fn = render_html("dns_records", page(body, css, font="Roboto", bg="#f7f7f7"), 1280, 760)
    ncname = sum(1 for r in recs if r[0] == "CNAME")
    q(fn, "where does the blog CNAME point to", "kestrel-blog.netlify.app", "text", "cell")
    q(fn, "is the api record proxied", "yes", "yesno", "state_yesno", literal=False)
    q(fn, "which mail server has the lower priority number?", "mx1.mailfjord.net", "text", "argmin")
    meta(fn, "HTML DNS dashboard (chromium)", "light, orange accent", "web_app", "DNS record table with proxy pills and sidebar (wide)")


def router_admin():
    devs = [("Pixel-8-Jonas", "192.168.50.23", "5 GHz", "-48 dBm"), ("LG-OLED-TV", "192.168.50.31", "5 GHz", "-61 dBm"),
            ("ESP32-garage", "192.168.50.44", "2.4 GHz", "-77 dBm"), ("Lenovo-T14", "192.168.50.52", "5 GHz", "-55 dBm"),
            ("Kobo-Libra", "192.168.50.60", "2.4 GHz", "-69 dBm")]
    rows = "".join(f"<tr><td>{d}</td><td class=m>{ip}</td><td>{b}</td><td>{s}</td></tr>" for d, ip, b, s in devs)
    bands = [("2.4 GHz only", False), ("5 GHz only", False), ("Smart Connect (both)", True)]
    sec = "WPA2/WPA3-Personal"
    css = """.hdr{background:#8b0000;color:#fff;padding:12px 22px;font-size:20px;font-weight:bold;letter-spacing:1px}
    .wrap{display:flex;gap:20px;padding:20px} .panel{background:#2b2b2b;border:1px solid #444;border-radius:4px;padding:16px 20px;flex:1}
    h2{font-size:16px;margin:0 0 14px;color:#ff6b6b;text-transform:uppercase} .r{display:flex;align-items:center;justify-content:space-between;padding:9px 0;border-bottom:1px solid #3a3a3a;font-size:14px}
    table{width:100%;border-collapse:collapse;font-size:14px} th{text-align:left;color:#aaa;padding:6px;border-bottom:1px solid #555} td{padding:7px 6px;border-bottom:1px solid #3a3a3a}
    .m{font-family:'DejaVu Sans Mono';font-size:13px} select{background:#1d1d1d;color:#eee;border:1px solid #555;padding:4px 8px;font-size:14px}"""
    band_html = "".join(f'<div class=r style="justify-content:flex-start">{radio(on, "#ff6b6b")}{b}</div>' for b, on in bands)
    body = f"""<div class=hdr>AX5400 ROUTER · Wireless settings</div><div class=wrap>
    <div class=panel><h2>Wireless</h2>
    <div class=r><span>Enable Wi-Fi radio</span>{toggle(True, True)}</div>
    <div class=r><span>Network name (SSID)</span><span>Fjellstue-Net</span></div>
    <div class=r><span>Security</span><select><option>{sec}</option></select></div>
    <div class=r><span>Guest network</span>{toggle(False, True)}</div>
    <div class=r><span>WPS</span>{toggle(False, True)}</div>
    <div class=r><span>Hide SSID</span>{toggle(False, True)}</div>
    <h2 style="margin-top:18px">Band</h2>{band_html}
    <div style="margin-top:16px"><button style="background:#ff6b6b;border:0;color:#fff;padding:8px 22px;font-weight:bold">Apply</button></div></div>
    <div class=panel><h2>Connected clients ({len(devs)})</h2><table><tr><th>Device</th><th>IP address</th><th>Band</th><th>Signal</th></tr>{rows}</table>
    <p style="color:#aaa;font-size:13px">Firmware version 3.0.0.4.388_24198 · Uptime 12 days 04:17</p></div></div>"""
    fn = render_html("router_admin", page(body, css, font="'Liberation Sans'", bg="#1d1d1d", fg="#eee"), 1200, 720)
    sel = [b for b, on in bands if on][0]
    weakest = min(devs, key=lambda d: int(d[3].split()[0]))
    q(fn, "which band option is selected", sel, "text", "selected")
    q(fn, "guest network on or off?", "off", "text", "state_yesno", literal=False)
    q(fn, "which device has the weakest signal", weakest[0], "text", "argmin")
    meta(fn, "HTML router admin (chromium)", "dark, red header", "settings", "router Wi-Fi settings with toggles, radio group, client table (wide)")


def smart_home():
    devs = [("Living room lamp", "💡", True, "80%"), ("Kitchen spots", "💡", False, "Off"), ("Hallway heater", "🔥", True, "19 °C"),
            ("Robot vacuum", "🧹", False, "Docked"), ("Porch camera", "📷", True, "Recording"), ("Bedroom fan", "🌀", False, "Off"),
            ("Coffee maker", "☕", False, "Off"), ("Garden sprinkler", "💧", True, "12 min left")]
    tiles = ""
    for n, ic, on, st in devs:
        tiles += (f'<div class="t {"on" if on else ""}"><div style="font-size:26px">{ic}</div><div class=n>{n}</div>'
                  f'<div class=s>{st}</div><div style="margin-top:8px">{toggle(on, True)}</div></div>')
    css = """.w{width:520px;margin:0 auto;padding:26px 22px} h1{font-size:26px;margin:0} .sub{color:#8a8fa3;margin-bottom:18px}
    .th{background:linear-gradient(135deg,#3b2f8f,#6a4bc4);border-radius:18px;padding:18px 22px;margin-bottom:18px;display:flex;justify-content:space-between}
    .big{font-size:46px;font-weight:300} .g{display:grid;grid-template-columns:1fr 1fr;gap:12px}
    .t{background:#23263a;border-radius:16px;padding:14px} .t.on{background:#2f3553} .n{font-weight:600;margin-top:6px} .s{color:#8a8fa3;font-size:13px}"""
    body = f"""<div class=w><h1>Good evening, Lene</h1><div class=sub>Home · 8 devices</div>
    <div class=th><div><div style="opacity:.8">Thermostat · Living room</div><div class=big>21.5°</div><div style="opacity:.8">Target · Heating</div></div>
    <div style="text-align:right;opacity:.9">Indoor 20.8 °C<br>Humidity 46%<br>Outdoor 3 °C</div></div>
    <div class=g>{tiles}</div></div>"""
    fn = render_html("smart_home_app", page(body, css, font="Cantarell", bg="#171923", fg="#f1f1f5"), 520, 1100)
    non = sum(1 for d in devs if d[2])
    q(fn, "is the coffee maker switched on", "no", "yesno", "state_yesno", literal=False)
    q(fn, "how many devices are on right now", non, "count", "count", literal=False)
    q(fn, "target temp on the thermostat?", "21.5°", "number", "lookup")
    meta(fn, "HTML phone app (chromium)", "dark, purple", "app", "smart-home app with device toggles and thermostat")


def food_delivery():
    items = [("Pad kra pao (chicken)", 1, 189), ("Tom kha soup", 2, 145), ("Mango sticky rice", 1, 120), ("Thai iced tea", 2, 65)]
    sub = sum(k * p for _, k, p in items)
    fee = 29
    tot = sub + fee
    steps = [("Order placed", "18:52", "done"), ("Restaurant preparing", "18:55", "done"), ("Rider picked up", "19:14", "done"),
             ("On the way", "19:15", "cur"), ("Delivered", "", "todo")]
    st = ""
    for n, t, s in steps:
        dot = {"done": "#16a34a", "cur": "#f97316", "todo": "#d4d4d8"}[s]
        st += f'<div class=st><span class=dot style="background:{dot}"></span><span class={s}>{n}</span><span class=tm>{t}</span></div>'
    it = "".join(f"<div class=r><span>{k}× {n}</span><span>฿{k * p}</span></div>" for n, k, p in items)
    css = """.w{width:460px;margin:0 auto;padding:18px} .map{height:150px;border-radius:14px;background:repeating-linear-gradient(45deg,#e7f0e0,#e7f0e0 12px,#dbe8d2 12px,#dbe8d2 24px);position:relative}
    .eta{background:#fff;border-radius:14px;padding:14px 16px;margin-top:-30px;position:relative;box-shadow:0 2px 8px #0002}
    .eta b{font-size:26px} .st{display:flex;align-items:center;gap:10px;padding:6px 0} .dot{width:12px;height:12px;border-radius:50%}
    .tm{margin-left:auto;color:#777;font-size:13px} .cur{font-weight:bold;color:#f97316} .todo{color:#999}
    .card{background:#fff;border-radius:14px;padding:14px 16px;margin-top:12px} .r{display:flex;justify-content:space-between;padding:4px 0;font-size:14px}"""
    body = f"""<div class=w><div class=map></div><div class=eta>Arriving in about<br><b>12 min</b> <span style="color:#777">· ETA 19:27</span>
    <div style="margin-top:8px">Your rider: <b>Somchai P.</b> · Honda Click · 1กข 4417</div></div>
    <div class=card>{st}</div>
    <div class=card><b>Baan Suan Kitchen</b> · Order #TH-88120{it}<div class=r><span>Delivery fee</span><span>฿{fee}</span></div>
    <div class=r style="font-weight:bold;font-size:16px"><span>Total (paid by card)</span><span>฿{tot}</span></div></div></div>"""
    fn = render_html("food_delivery_track", page(body, css, font="Roboto", bg="#f3f4f6"), 460, 1000)
    cur = [n for n, _, s in steps if s == "cur"][0]
    q(fn, "what's the status of my order right now", cur, "text", "selected")
    q(fn, "who is delivering it", "Somchai P.", "person", "party")
    q(fn, "how much did the food cost before the delivery fee", f"฿{sub}", "money", "subtract", literal=False)
    meta(fn, "HTML phone app (chromium)", "light", "app", "Thai food-delivery tracking with step list, ฿ prices")


def subscription():
    plans = [("Starter", 9, 90, False), ("Team", 24, 240, True), ("Business", 59, 590, False)]
    addons = [("Extra storage (1 TB)", 5, True), ("Priority support", 12, False), ("SSO / SAML", 8, True), ("Audit log export", 6, False)]
    yearly = True
    pc = ""
    for n, m, y, on in plans:
        pc += (f'<div class="plan {"sel" if on else ""}"><div>{radio(on, "#7c3aed")}<b>{n}</b></div>'
               f'<div class=price>€{y}<small>/year</small></div><div class=small>or €{m}/month billed monthly</div></div>')
    ad = "".join(f'<div class=ad>{check(on, "#7c3aed")}{n}<span>+€{p}/mo</span></div>' for n, p, on in addons)
    css = """.w{width:1120px;margin:0 auto;padding:30px 40px} h1{font-weight:600;font-size:28px;margin:0 0 6px}
    .bill{display:inline-flex;background:#ede9fe;border-radius:20px;padding:4px;margin:14px 0} .bill span{padding:6px 18px;border-radius:16px;font-size:14px}
    .bill .a{background:#7c3aed;color:#fff} .plans{display:flex;gap:18px} .plan{flex:1;border:2px solid #e4e4e7;border-radius:12px;padding:18px}
    .plan.sel{border-color:#7c3aed;background:#faf5ff} .price{font-size:30px;font-weight:700;margin:10px 0 4px} small{font-size:14px;color:#666;font-weight:400}
    .small{color:#666;font-size:13px} h2{font-size:18px;margin:26px 0 10px} .ad{display:flex;align-items:center;padding:8px 0;border-bottom:1px solid #eee;width:520px}
    .ad span{margin-left:auto;color:#666}"""
    body = f"""<div class=w><h1>Choose your plan</h1><div style="color:#666">Workspace: <b>Brightwater Design</b></div>
    <div class=bill><span>Monthly</span><span class=a>Yearly · save 17%</span></div>
    <div class=plans>{pc}</div><h2>Add-ons</h2>{ad}
    <div style="margin-top:22px"><button style="background:#7c3aed;color:#fff;border:0;border-radius:8px;padding:12px 28px;font-size:16px">Continue to payment</button></div></div>"""
    fn = render_html("subscription_plans", page(body, css, font="'Open Sans'"), 1200, 760)
    selp = [p for p in plans if p[3]][0]
    chk = [n for n, _, on in addons if on]
    q(fn, "which plan is picked", selp[0], "text", "selected")
    q(fn, "which add-ons are ticked", "; ".join(chk), "text", "selected")
    q(fn, "how much per month is the Business plan if billed monthly", f"€{plans[2][1]}", "money", "lookup")
    meta(fn, "HTML pricing page (chromium)", "light, violet", "settings", "plan picker with radio cards, billing switch and add-on checkboxes (wide)")


def playlist():
    tr = [("Northern Static", "Vela Moss", "3:41"), ("Paper Lanterns", "The Quiet Harbours", "4:12"), ("Glasshouse", "Ines Kardel", "2:58"),
          ("Low Tide Radio", "Vela Moss", "5:07"), ("Copper Wire", "Dunmore Twins", "3:19"), ("Saltwater Letters", "Ines Kardel", "4:46"),
          ("Midnight Ferry", "The Quiet Harbours", "3:33"), ("Orchard Lights", "Pale Satellites", "2:49")]
    rows = "".join(f'<tr><td class=num>{i}</td><td><div class=tt>{t}</div><div class=ar>{a}</div></td><td class=num>{d}</td></tr>'
                   for i, (t, a, d) in enumerate(tr, 1))
    secs = [int(d.split(":")[0]) * 60 + int(d.split(":")[1]) for _, _, d in tr]
    total = sum(secs)
    css = """.w{padding:26px 32px} .hd{display:flex;gap:24px;align-items:flex-end;margin-bottom:22px}
    .cov{width:170px;height:170px;background:linear-gradient(160deg,#0f766e,#134e4a 60%,#042f2e);border-radius:6px}
    h1{font-size:44px;margin:6px 0} table{width:100%;border-collapse:collapse} td{padding:8px 10px} tr:hover{background:#ffffff10}
    .num{color:#a1a1aa;text-align:right;width:50px} .tt{font-size:15px} .ar{color:#a1a1aa;font-size:13px}"""
    body = f"""<div class=w><div class=hd><div class=cov></div><div><div style="font-size:13px">PLAYLIST</div><h1>Fog &amp; Ferries</h1>
    <div style="color:#a1a1aa">made by <b style="color:#fff">tove.h</b> · {len(tr)} songs, {total // 60} min {total % 60} sec</div></div></div>
    <table><tr style="color:#a1a1aa;font-size:13px;border-bottom:1px solid #333"><td class=num>#</td><td>Title</td><td class=num>⏱</td></tr>{rows}</table></div>"""
    fn = render_html("playlist_dark", page(body, css, font="'Roboto'", bg="#121212", fg="#fff"), 760, 900)
    lng = tr[secs.index(max(secs))]
    nines = sum(1 for _, a, _ in tr if a == "Ines Kardel")
    q(fn, "longest song on this playlist?", lng[0], "text", "argmax")
    a, b = tr[2], tr[7]
    sa, sb = secs[2], secs[7]
    assert sa != sb
    q(fn, f"which one is shorter: {a[0]} or {b[0]}", a[0] if sa < sb else b[0], "text", "choice_less", literal=True)
    q(fn, "who's the artist of track 5", tr[4][1], "person", "nth")
    meta(fn, "HTML music app (chromium)", "dark", "app", "playlist with track durations")


def finder():
    files = [("Q1-board-deck.key", "12 Mar 2025 at 09:14", "48.2 MB", "Keynote Presentation"),
             ("budget_2025_v7.xlsx", "28 Feb 2025 at 17:40", "386 KB", "Microsoft Excel workbook"),
             ("contract-signed.pdf", "3 Mar 2025 at 11:02", "1.9 MB", "PDF document"),
             ("drone-footage-raw.mov", "9 Jan 2025 at 15:21", "2.31 GB", "QuickTime movie"),
             ("headshots", "14 Feb 2025 at 10:05", "--", "Folder"),
             ("invoice-0419.pdf", "17 Mar 2025 at 08:47", "212 KB", "PDF document"),
             ("notes.txt", "16 Mar 2025 at 22:30", "4 KB", "Plain Text"),
             ("site-map-final.pdf", "20 Dec 2024 at 13:55", "7.4 MB", "PDF document"),
             ("team-photo.heic", "2 Feb 2025 at 12:12", "3.6 MB", "HEIF image")]
    rows = "".join(f'<tr class="{"sel" if n == "contract-signed.pdf" else ""}"><td>{"📁" if k == "Folder" else "📄"} {n}</td><td>{d}</td><td class=n>{s}</td><td>{k}</td></tr>'
                   for n, d, s, k in files)
    css = """.win{margin:24px;border-radius:10px;overflow:hidden;box-shadow:0 10px 30px #0004;background:#fff}
    .tb{height:52px;background:#ececec;display:flex;align-items:center;padding:0 14px;gap:8px;border-bottom:1px solid #d5d5d5}
    .c{width:12px;height:12px;border-radius:50%} .wrap{display:flex} .side{width:190px;background:#f0f0f2;padding:12px;font-size:13px;color:#333}
    .side div{padding:5px 8px} .side .h{color:#999;font-size:11px;font-weight:bold;margin-top:8px} .side .a{background:#d9d9de;border-radius:5px}
    table{flex:1;border-collapse:collapse;font-size:13px} th{text-align:left;font-weight:500;color:#555;padding:6px 10px;border-bottom:1px solid #ddd}
    td{padding:5px 10px} tr:nth-child(even) td{background:#f5f5f7} .n{text-align:right} tr.sel td{background:#0a64d6 !important;color:#fff}"""
    body = f"""<div class=win><div class=tb><span class=c style="background:#ff5f57"></span><span class=c style="background:#febc2e"></span>
    <span class=c style="background:#28c840"></span><b style="margin-left:20px">Client – Aurora Fisheries</b></div>
    <div class=wrap><div class=side><div class=h>Favourites</div><div>AirDrop</div><div>Recents</div><div>Applications</div><div class=a>Documents</div><div>Downloads</div>
    <div class=h>Locations</div><div>iCloud Drive</div><div>Macintosh HD</div></div>
    <table><tr><th>Name</th><th>Date Modified</th><th class=n>Size</th><th>Kind</th></tr>{rows}</table></div></div>"""
    fn = render_html("finder_list", page(body, css, font="'Nimbus Sans', 'Liberation Sans'", bg="#7b8fa6"), 1100, 520)
    def b(s):
        if s == "--":
            return -1
        v, u = s.split()
        return float(v) * {"KB": 1e3, "MB": 1e6, "GB": 1e9}[u]
    big = max(files, key=lambda f: b(f[2]))
    npdf = sum(1 for f in files if f[3] == "PDF document")
    q(fn, "which file is the largest", big[0], "text", "argmax")
    q(fn, "which file is highlighted?", "contract-signed.pdf", "text", "selected")
    import datetime as _dt
    def when(f):
        return _dt.datetime.strptime(f[1], "%d %b %Y at %H:%M")
    old = min(files, key=when)
    q(fn, "what's the oldest file in here", old[0], "text", "earliest")
    meta(fn, "HTML file manager window (chromium)", "light window on blue", "app", "macOS-Finder-like list view with selected row")


def pr_page():
    reviewers = [("maja-s", "approved"), ("tlu", "changes requested"), ("ben-okafor", "pending")]
    files = [("src/billing/proration.ts", 84, 12), ("src/billing/proration.test.ts", 131, 0), ("src/billing/index.ts", 3, 1),
             ("docs/billing.md", 22, 5), ("package.json", 1, 1)]
    adds = sum(a for _, a, _ in files)
    dels = sum(d for _, _, d in files)
    rv = "".join(f'<div class=rv><b>{n}</b><span class="{s.split()[0]}">{s}</span></div>' for n, s in reviewers)
    fl = "".join(f'<div class=f><span class=mono>{n}</span><span><span class=ad>+{a}</span> <span class=de>−{d}</span></span></div>' for n, a, d in files)
    css = """.w{max-width:1260px;margin:0 auto;padding:24px 28px} h1{font-weight:400;font-size:30px;margin:0} h1 span{color:#59636e}
    .st{display:inline-block;background:#1f883d;color:#fff;border-radius:16px;padding:5px 12px;font-size:14px;margin:10px 8px 10px 0}
    .br{font-family:'DejaVu Sans Mono';font-size:12px;background:#ddf4ff;color:#0969da;padding:2px 6px;border-radius:6px}
    .cols{display:flex;gap:24px;margin-top:14px} .main{flex:1} .side{width:280px;font-size:14px}
    .box{border:1px solid #d1d9e0;border-radius:6px;margin-bottom:14px} .bh{background:#f6f8fa;padding:10px 14px;border-bottom:1px solid #d1d9e0;font-size:14px}
    .bb{padding:12px 14px;font-size:14px;line-height:1.5} .rv{display:flex;justify-content:space-between;padding:5px 0}
    .approved{color:#1a7f37} .changes{color:#cf222e} .pending{color:#9a6700} .f{display:flex;justify-content:space-between;padding:6px 14px;border-top:1px solid #eee;font-size:13px}
    .mono{font-family:'DejaVu Sans Mono'} .ad{color:#1a7f37} .de{color:#cf222e} .lab{display:inline-block;border-radius:10px;padding:2px 8px;font-size:12px;margin:2px}"""
    body = f"""<div class=w><h1>Prorate seat changes mid-cycle <span>#1187</span></h1>
    <span class=st>⦿ Open</span><b>ruth-amsel</b> wants to merge 4 commits into <span class=br>main</span> from <span class=br>feature/proration</span>
    <div class=cols><div class=main><div class=box><div class=bh><b>ruth-amsel</b> commented 2 days ago</div><div class=bb>
    Seats added or removed in the middle of a billing cycle are now charged pro rata by day. Closes #1142.</div></div>
    <div class=box><div class=bh><b>tlu</b> requested changes yesterday</div><div class=bb>Rounding should use banker's rounding to match the ledger. See proration.ts line 57.</div></div>
    <div class=box><div class=bh>Files changed ({len(files)}) · <span class=ad>+{adds}</span> <span class=de>−{dels}</span></div>{fl}</div>
    <div class=box><div class=bb>{BAD} <b>Merging is blocked</b> — Changes were requested by a reviewer with write access.<br>{OK} All checks have passed (6 successful checks)</div></div></div>
    <div class=side><div style="color:#59636e;font-weight:600">Reviewers</div>{rv}<hr>
    <div style="color:#59636e;font-weight:600">Labels</div><span class=lab style="background:#d4c5f9">billing</span><span class=lab style="background:#fbca04">needs-docs</span><hr>
    <div style="color:#59636e;font-weight:600">Milestone</div>v3.8 — April release</div></div></div>"""
    fn = render_html("pr_page", page(body, css, font="'Liberation Sans'"), 1300, 900)
    q(fn, "who opened this PR", "ruth-amsel", "person", "party")
    q(fn, "title of the pull request?", "Prorate seat changes mid-cycle", "text", "title")
    q(fn, "which reviewer asked for changes", "tlu", "person", "lookup")
    q(fn, "can it be merged right now?", "no", "yesno", "state_yesno", literal=False)
    meta(fn, "HTML pull-request page (chromium)", "light", "web_app", "GitHub-like PR: reviewers, files with +/-, merge box (wide)")


def issue_tracker():
    fields = [("Status", "In review"), ("Priority", "High"), ("Assignee", "Farah Nadeem"), ("Reporter", "Dmitri Volkov"),
              ("Sprint", "Sprint 41 (Apr 7 – Apr 18)"), ("Story points", "5"), ("Due date", "Apr 16, 2025"), ("Component", "Payments API")]
    fl = "".join(f'<div class=f><span class=k>{k}</span><span>{v}</span></div>' for k, v in fields)
    acts = [("Dmitri Volkov", "created the issue", "Apr 2, 2025 10:14"), ("Farah Nadeem", "changed status To Do → In progress", "Apr 8, 2025 09:02"),
            ("Farah Nadeem", "linked PR #1187", "Apr 10, 2025 16:45"), ("Ilse Brandt", "commented", "Apr 11, 2025 11:20"),
            ("Farah Nadeem", "changed status In progress → In review", "Apr 14, 2025 17:31")]
    ac = "".join(f'<div class=a><b>{w}</b> {e}<div class=tm>{t}</div></div>' for w, e, t in acts)
    css = """.top{height:48px;background:#0c66e4;color:#fff;display:flex;align-items:center;padding:0 20px;font-weight:bold}
    .w{display:flex;gap:30px;padding:22px 30px} .main{flex:1} .side{width:360px;border:1px solid #dfe1e6;border-radius:4px;padding:10px 16px;height:fit-content}
    .key{color:#6b778c;font-size:14px} h1{font-size:24px;margin:6px 0 16px} .f{display:flex;padding:8px 0;font-size:14px} .k{width:130px;color:#6b778c}
    .a{padding:10px 0;border-bottom:1px solid #eee;font-size:14px} .tm{color:#6b778c;font-size:12px} h3{font-size:15px}"""
    body = f"""<div class=top>Trackwise · PAY board</div><div class=w><div class=main><div class=key>PAY-2291</div>
    <h1>Refund webhook fires twice for partial refunds</h1><h3>Description</h3><p style="font-size:14px">When a partial refund is issued from the dashboard, the <code>refund.updated</code> webhook is sent twice within ~200 ms. Merchants reconcile twice.</p>
    <h3>Activity</h3>{ac}</div><div class=side>{fl}</div></div>"""
    fn = render_html("issue_tracker", page(body, css, font="Roboto"), 1220, 720)
    d = dict(fields)
    q(fn, "who is this assigned to", d["Assignee"], "person", "lookup")
    q(fn, "story points?", d["Story points"], "number", "lookup")
    q(fn, "who made the most recent change and when", f"{acts[-1][0]}; {acts[-1][2]}", "text", "latest")
    meta(fn, "HTML issue tracker (chromium)", "light, blue top bar", "web_app", "Jira/Linear-like ticket with fields sidebar and activity log")


def transcript():
    R = rng("transcript")
    courses = [("MAT1100", "Calculus I", 10), ("INF1000", "Introduction to Programming", 10), ("FYS1001", "Mechanics", 10),
               ("INF1010", "Object-Oriented Programming", 10), ("MAT1120", "Linear Algebra", 10), ("EXPHIL03", "Examen philosophicum", 10),
               ("STK1100", "Probability and Statistics", 10), ("IN2010", "Algorithms and Data Structures", 10), ("IN2090", "Databases", 10),
               ("IN1150", "Logical Methods", 5)]
    letters = ["A", "B", "C", "B", "A", "B", "C", "A", "B", "D"]
    R.shuffle(letters)
    rows = "".join(f"<tr><td>{c}</td><td>{n}</td><td>{cr}</td><td><b>{g}</b></td><td>{'Spring' if i % 2 else 'Autumn'} {2023 + i // 4}</td></tr>"
                   for i, ((c, n, cr), g) in enumerate(zip(courses, letters)))
    pts = {"A": 5, "B": 4, "C": 3, "D": 2, "E": 1}
    tot_cr = sum(c[2] for c in courses)
    gpa = r2(sum(pts[g] * c[2] for g, c in zip(letters, courses)) / tot_cr)
    css = """.w{width:900px;margin:20px auto;background:#fffef9;border:1px solid #c9c2a5;padding:34px 40px;font-family:'P052','Liberation Serif',serif}
    h1{text-align:center;font-size:24px;margin:0} .c{text-align:center;color:#555;margin-bottom:20px} table{width:100%;border-collapse:collapse;font-size:15px}
    th{border-bottom:2px solid #333;text-align:left;padding:6px} td{padding:6px;border-bottom:1px solid #ddd}"""
    body = f"""<div class=w><h1>UNIVERSITETET I NORDVIK</h1><div class=c>Transcript of Records · Bachelor in Informatics</div>
    <p>Student: <b>Sigrid Aaland Moe</b> &nbsp; Student no.: 618204 &nbsp; Date of issue: 30.06.2025</p>
    <table><tr><th>Code</th><th>Course</th><th>ECTS</th><th>Grade</th><th>Term</th></tr>{rows}</table>
    <p>Total credits: <b>{tot_cr} ECTS</b> &nbsp; Grading scale A (best) – F (fail)</p></div>"""
    fn = render_html("transcript_no", page(body, css, bg="#e8e4d8"), 980, 900)
    na = letters.count("A")
    gdb = letters[[c[0] for c in courses].index("IN2090")]
    q(fn, "how many A grades did she get", na, "count", "count", literal=False)
    q(fn, "grade in Databases?", gdb, "text", "cell")
    q(fn, "with A=5 B=4 C=3 D=2, what's the credit-weighted average", f"{gpa:.2f}", "number", "mean", literal=False)
    meta(fn, "HTML transcript (chromium)", "cream paper, serif", "document", "Norwegian university transcript, ECTS + letter grades")


def box_score():
    R = rng("box_score")
    players = ["T. Okafor", "L. Marchetti", "J. Halvorsen", "D. Reyes", "K. Brandt", "M. Sato", "A. Lindqvist", "P. Nwosu"]
    stats = []
    for p in players:
        mn = R.randint(8, 36)
        pts = R.randint(0, 19)
        reb = R.randint(0, 12)
        ast = R.randint(0, 10)
        stats.append([p, mn, pts, reb, ast])
    stats.sort(key=lambda s: -s[1])
    # make top scorer unique
    mx = max(s[2] for s in stats)
    tied = [s for s in stats if s[2] == mx]
    for s in tied[1:]:
        s[2] -= 1
    assert sum(1 for s in stats if s[2] == mx) == 1
    rows = "".join(f"<tr><td>{p}</td><td>{mn}</td><td><b>{pt}</b></td><td>{rb}</td><td>{a}</td></tr>" for p, mn, pt, rb, a in stats)
    tp, tr_, ta = sum(s[2] for s in stats), sum(s[3] for s in stats), sum(s[4] for s in stats)
    css = """.w{width:720px;margin:0 auto;padding:20px} .sc{display:flex;justify-content:space-around;align-items:center;background:#0b1e3f;color:#fff;border-radius:10px;padding:16px}
    .sc b{font-size:40px} table{width:100%;border-collapse:collapse;margin-top:16px;font-size:14px} th{background:#e8edf5;padding:7px;text-align:left}
    td{padding:7px;border-bottom:1px solid #e5e5e5} td:nth-child(n+2),th:nth-child(n+2){text-align:center}"""
    body = f"""<div class=w><div class=sc><div style="text-align:center">Bergen Storm<br><b>{tp}</b></div><div>FINAL</div><div style="text-align:center">Tromsø Arctic<br><b>{tp - 7}</b></div></div>
    <h3 style="margin:16px 0 0">Bergen Storm — box score</h3><table><tr><th>Player</th><th>MIN</th><th>PTS</th><th>REB</th><th>AST</th></tr>{rows}</table></div>"""
    fn = render_html("box_score", page(body, css, font="'Roboto Condensed'"), 720, 700)
    top = max(stats, key=lambda s: s[2])
    a = stats[1]
    b = [s for s in stats[4:] if s[4] != a[4]][0]
    more = a[0] if a[4] > b[4] else b[0]
    assert a[4] != b[4]
    q(fn, "who was the top scorer", top[0], "person", "argmax")
    q(fn, "total rebounds for the team", tr_, "number", "sum", literal=False)
    q(fn, f"who had more assists, {a[0]} or {b[0]}?", more, "person", "choice_more")
    meta(fn, "HTML sports box score (chromium)", "light, navy scoreboard", "table", "basketball box score")


def org_chart():
    tree = {"Amara Osei": ("Chief Executive Officer", ["Henrik Dahl", "Yuki Tanabe", "Carla Montoya"]),
            "Henrik Dahl": ("VP Engineering", ["Priya Nair", "Tomasz Wójcik"]),
            "Yuki Tanabe": ("VP Sales", ["Lena Fischer"]),
            "Carla Montoya": ("CFO", ["Ravi Menon", "Sofie Lund", "Ahmed Karim"]),
            "Priya Nair": ("Platform Lead", []), "Tomasz Wójcik": ("Mobile Lead", []), "Lena Fischer": ("Head of EMEA Sales", []),
            "Ravi Menon": ("Controller", []), "Sofie Lund": ("Payroll Manager", []), "Ahmed Karim": ("FP&A Analyst", [])}
    def box(n):
        t, kids = tree[n]
        k = ""
        if kids:
            k = '<div class=kids>' + "".join(f'<div class=kid>{box(c)}</div>' for c in kids) + '</div>'
        return f'<div class=node><div class=b><b>{n}</b><br><small>{esc(t)}</small></div>{k}</div>'
    css = """.w{padding:30px;display:flex;justify-content:center} .node{display:flex;flex-direction:column;align-items:center}
    .b{border:2px solid #2563eb;border-radius:8px;padding:8px 12px;text-align:center;background:#eff6ff;font-size:14px;min-width:140px}
    small{color:#475569} .kids{display:flex;gap:14px;margin-top:26px;position:relative;border-top:2px solid #94a3b8;padding-top:18px}
    .kid{position:relative} .kid:before{content:'';position:absolute;top:-18px;left:50%;height:18px;border-left:2px solid #94a3b8}"""
    body = f'<h2 style="text-align:center;margin:20px 0 0">Halcyon Robotics — Organisation (April 2025)</h2><div class=w>{box("Amara Osei")}</div>'
    fn = render_html("org_chart", page(body, css, font="'URW Gothic'"), 1300, 520)
    boss = [k for k, v in tree.items() if "Sofie Lund" in v[1]][0]
    q(fn, "who does Sofie Lund report to", boss, "person", "party")
    q(fn, "how many direct reports does the CFO have", len(tree["Carla Montoya"][1]), "count", "count", literal=False)
    q(fn, "what is Tomasz Wójcik's title", tree["Tomasz Wójcik"][0], "text", "lookup")
    meta(fn, "HTML org chart (chromium)", "light, blue boxes", "diagram", "company org chart tree (wide)")


def ev_charging():
    R = rng("ev")
    sess = []
    for d, loc in [("02.05.", "Ionity Lüneburg"), ("06.05.", "Zuhause Wallbox"), ("09.05.", "EnBW Kassel-Ost"), ("13.05.", "Zuhause Wallbox"),
                   ("17.05.", "Tesla Supercharger Hildesheim"), ("21.05.", "Allego Rewe Celle"), ("27.05.", "Zuhause Wallbox")]:
        kwh = round(R.uniform(12, 58), 1)
        price = 0.32 if "Zuhause" in loc else round(R.choice([0.49, 0.59, 0.69, 0.52]), 2)
        mins = R.randint(18, 55) if "Zuhause" not in loc else R.randint(180, 420)
        sess.append((d, loc, kwh, mins, r2(kwh * price), price))
    rows = "".join(f"<tr><td>{d}2025</td><td>{l}</td><td>{fmt_eu(k, 1)} kWh</td><td>{m} min</td><td>{fmt_eu(c)} €</td></tr>" for d, l, k, m, c, _ in sess)
    tk = round(sum(s[2] for s in sess), 1)
    tc = r2(sum(s[4] for s in sess))
    css = """.w{width:980px;margin:0 auto;padding:26px} .k{display:flex;gap:16px;margin:14px 0} .k div{flex:1;background:#ecfdf5;border-radius:10px;padding:14px}
    .k b{display:block;font-size:24px;color:#047857} table{width:100%;border-collapse:collapse;font-size:14px} th{text-align:left;padding:8px;border-bottom:2px solid #047857}
    td{padding:8px;border-bottom:1px solid #e5e7eb}"""
    body = f"""<div class=w><h2 style="margin:0">Ladevorgänge · Mai 2025</h2><div style="color:#666">Fahrzeug: Škoda Enyaq 80 · Kennzeichen H-EV 2291E</div>
    <div class=k><div>Geladene Energie<b>{fmt_eu(tk, 1)} kWh</b></div><div>Kosten gesamt<b>{fmt_eu(tc)} €</b></div><div>Ladevorgänge<b>{len(sess)}</b></div></div>
    <table><tr><th>Datum</th><th>Ladepunkt</th><th>Energie</th><th>Dauer</th><th>Kosten</th></tr>{rows}</table></div>"""
    fn = render_html("ev_charging_de", page(body, css, font="'DejaVu Sans'"), 1000, 700)
    s = [x for x in sess if "Ionity" in x[1]][0]
    exp = max(sess, key=lambda x: x[4] / x[2])
    q(fn, "what did the Ionity session cost per kWh", fmt_eu(r2(s[4] / s[2])) + " €", "money", "rate", literal=False)
    q(fn, "which session took the longest", f"{max(sess, key=lambda x: x[3])[0]}2025", "date", "argmax")
    meta(fn, "HTML charging history (chromium)", "light, green tiles", "table", "German EV charging sessions, decimal comma")


def email_view():
    css = """.w{display:flex;height:100%} .side{width:250px;background:#f3f2f1;padding:16px;font-size:14px} .side div{padding:7px 10px}
    .side .a{background:#dfe6f3;border-radius:4px;font-weight:600} .list{width:330px;border-right:1px solid #e1dfdd;font-size:13px}
    .it{padding:10px 14px;border-bottom:1px solid #eee} .it.a{background:#e6f0fb;border-left:3px solid #0f6cbd} .main{flex:1;padding:22px 30px}
    h1{font-size:22px;font-weight:600;margin:0 0 14px} .hdr{font-size:14px;line-height:1.7;color:#333} .att{display:inline-block;border:1px solid #ccc;border-radius:4px;padding:6px 10px;margin:12px 8px 0 0;font-size:13px}"""
    items = [("Krisztina Varga", "Revised floor plan – unit 4B", "Tue 14:05", True), ("Noah Brennan", "Re: scaffolding quote", "Tue 09:40", False),
             ("City Permits Office", "Permit application BP-7731 received", "Mon 16:22", False), ("Oliwia Mazur", "Tile samples", "Mon 11:03", False)]
    li = "".join(f'<div class="it {"a" if a else ""}"><b>{n}</b><br>{s}<div style="color:#777">{t}</div></div>' for n, s, t, a in items)
    body = f"""<div class=w><div class=side><div class=a>Inbox <span style="float:right">12</span></div><div>Drafts</div><div>Sent Items</div><div>Archive</div><div>Junk Email</div></div>
    <div class=list>{li}</div><div class=main><h1>Revised floor plan – unit 4B</h1>
    <div class=hdr><b>Krisztina Varga</b> &lt;k.varga@lindenarchitects.eu&gt;<br>To: Matthias Ebner; Noah Brennan<br>Cc: Oliwia Mazur<br>Tue 11/03/2025 14:05</div>
    <span class=att>📎 4B_floorplan_rev3.pdf · 2 MB</span><span class=att>📎 door-schedule.xlsx · 48 KB</span>
    <p style="font-size:15px;line-height:1.6">Hi Matthias,<br><br>attached is revision 3 of the floor plan. The kitchen wall moved 40 cm towards the balcony and the bathroom door now opens outward.
    Could you confirm by <b>Friday 14 March</b> so we can send it to the structural engineer?<br><br>Best regards,<br>Krisztina</p></div></div>"""
    fn = render_html("email_outlook", page(body, css, font="'Open Sans'"), 1360, 620, crop=False)
    q(fn, "who is cc'd on this email", "Oliwia Mazur", "person", "party")
    q(fn, "what's the name of the pdf attachment?", "4B_floorplan_rev3.pdf", "text", "read")
    q(fn, "by when do they need a confirmation", "Friday 14 March", "date", "lookup")
    meta(fn, "HTML mail client (chromium)", "light", "email", "Outlook-like reading pane with headers, attachments, message list (wide)")


def chat_dark():
    msgs = [("halvard", "#f47fff", "20:02", "anyone else getting 502s on staging?"),
            ("ines_dev", "#3ba55c", "20:03", "yep, since the deploy at 19:55"),
            ("halvard", "#f47fff", "20:05", "rollback? or wait for Kofi"),
            ("kofi.a", "#faa61a", "20:09", "looking. nginx upstream points at the old pod IPs"),
            ("kofi.a", "#faa61a", "20:14", "fixed — reloaded the config. runbook: wiki.internal/runbooks/staging-502"),
            ("ines_dev", "#3ba55c", "20:15", "confirmed, staging is green again 🎉"),
            ("maren", "#5865f2", "20:21", "thanks all, I'll add this to Thursday's retro")]
    ms = "".join(f'<div class=m><div class=av style="background:{c}"></div><div><b style="color:{c}">{u}</b> <span class=t>Today at {t}</span><div>{esc(x)}</div></div></div>'
                 for u, c, t, x in msgs)
    css = """.w{display:flex;height:100%} .sv{width:72px;background:#1e1f22} .ch{width:230px;background:#2b2d31;padding:14px;color:#949ba4;font-size:15px}
    .ch div{padding:6px 8px} .ch .a{background:#404249;color:#fff;border-radius:4px} .main{flex:1;background:#313338;display:flex;flex-direction:column}
    .top{padding:12px 18px;border-bottom:1px solid #26282c;font-weight:bold} .m{display:flex;gap:14px;padding:8px 18px;font-size:15px}
    .av{width:40px;height:40px;border-radius:50%;flex:none} .t{color:#949ba4;font-size:12px}"""
    body = f"""<div class=w><div class=sv></div><div class=ch><div style="color:#fff;font-weight:bold">Fjordtech Ops</div><div># general</div><div class=a># incidents</div><div># deploys</div><div># random</div></div>
    <div class=main><div class=top># incidents</div>{ms}<div style="margin:auto 18px 18px;background:#383a40;border-radius:8px;padding:12px;color:#6d6f78">Message #incidents</div></div></div>"""
    fn = render_html("chat_dark_incident", page(body, css, font="'Noto Sans', 'Open Sans'", bg="#313338", fg="#dbdee1"), 1200, 640, crop=False)
    link = [m for m in msgs if "wiki." in m[3]][0]
    q(fn, "who shared the runbook link", link[0], "person", "party")
    q(fn, "what time was the fix posted", link[2], "time", "lookup")
    q(fn, "who wrote the last message", msgs[-1][0], "person", "latest")
    meta(fn, "HTML chat app (chromium)", "dark", "chat", "Discord-like incident channel (wide)")


def docs_toc():
    flags = [("--retries", "int", "3", "How many times a failed upload is retried"), ("--chunk-size", "size", "8MiB", "Size of each multipart chunk"),
             ("--parallel", "int", "4", "Number of concurrent uploads"), ("--dry-run", "bool", "false", "Print actions without uploading"),
             ("--storage-class", "string", "STANDARD", "Target storage class"), ("--exclude", "glob", "(none)", "Skip files matching the pattern")]
    rows = "".join(f"<tr><td><code>{f}</code></td><td>{t}</td><td><code>{d}</code></td><td>{esc(x)}</td></tr>" for f, t, d, x in flags)
    toc = ["Synopsis", "Installation", "Flags", "Examples", "Exit codes", "See also"]
    css = """.top{height:56px;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;padding:0 24px;gap:14px}
    .ver{background:#fef3c7;color:#92400e;border-radius:10px;padding:2px 8px;font-size:12px;font-weight:bold} .w{display:flex}
    .nav{width:240px;padding:20px;font-size:14px;border-right:1px solid #e5e7eb} .nav div{padding:5px 0;color:#4b5563} .nav .a{color:#b45309;font-weight:bold}
    .main{flex:1;padding:24px 40px;max-width:780px} h1{margin:0 0 8px} h2{margin-top:26px;border-bottom:1px solid #eee;padding-bottom:4px}
    .toc{width:210px;padding:24px 16px;font-size:13px} .toc div{padding:4px 0;color:#4b5563} table{border-collapse:collapse;font-size:14px;width:100%}
    th,td{border:1px solid #e5e7eb;padding:6px 8px;text-align:left} code{font-family:'Fira Code';font-size:13px;color:#b45309}
    pre{background:#1f2937;color:#e5e7eb;padding:12px;border-radius:6px;font-family:'Fira Code';font-size:13px}"""
    body = f"""<div class=top><b style="font-size:18px">🦉 owlsync</b><span class=ver>v2.7.1</span><span style="margin-left:auto;color:#6b7280">Docs · Changelog · GitHub</span></div>
    <div class=w><div class=nav><div><b>Getting started</b></div><div>Quickstart</div><div>Configuration</div><div><b>Commands</b></div><div>owlsync init</div>
    <div class=a>owlsync push</div><div>owlsync pull</div><div>owlsync prune</div><div><b>Reference</b></div><div>Environment variables</div></div>
    <div class=main><h1>owlsync push</h1><p>Upload a local directory to a bucket, skipping files whose checksum is unchanged.</p>
    <h2>Synopsis</h2><pre>owlsync push [FLAGS] &lt;SRC&gt; &lt;BUCKET/PREFIX&gt;</pre><h2>Flags</h2><table><tr><th>Flag</th><th>Type</th><th>Default</th><th>Description</th></tr>{rows}</table></div>
    <div class=toc><b>On this page</b>{"".join(f"<div>{t}</div>" for t in toc)}</div></div>"""
    fn = render_html("docs_owlsync", page(body, css, font="Lato"), 1300, 820)
    d = {f: dd for f, _, dd, _ in flags}
    q(fn, "default value of --chunk-size?", d["--chunk-size"], "text", "cell")
    q(fn, "what's the 4th item in the on this page list", toc[3], "text", "nth")
    q(fn, "which section comes after Exit codes in the TOC", toc[toc.index("Exit codes") + 1], "text", "next")
    meta(fn, "HTML docs page (chromium)", "light, amber accent", "docs", "CLI docs page with left nav, flags table, 'On this page' TOC (wide)")


def sheet():
    R = rng("sheet")
    regions = ["Nord", "Süd", "Ost", "West", "Mitte", "Alpen"]
    data = {r: [R.randint(180, 960) * 100 for _ in range(4)] for r in regions}
    hdr = "".join(f"<th>{c}</th>" for c in "ABCDEF")
    rows = f"<tr><td class=rn>1</td><td><b>Region</b></td><td><b>Q1</b></td><td><b>Q2</b></td><td><b>Q3</b></td><td><b>Q4</b></td><td><b>Summe</b></td></tr>"
    for i, r in enumerate(regions, 2):
        v = data[r]
        rows += f"<tr><td class=rn>{i}</td><td>{r}</td>" + "".join(f"<td class=n>{fmt_eu(x, 0)}</td>" for x in v) + f"<td class=n>{fmt_eu(sum(v), 0)}</td></tr>"
    for i in range(len(regions) + 2, 14):
        rows += f"<tr><td class=rn>{i}</td>" + "<td></td>" * 6 + "</tr>"
    css = """.mb{background:#f1f1f1;padding:6px 12px;font-size:13px;border-bottom:1px solid #ccc} .fb{display:flex;gap:8px;padding:5px 10px;border-bottom:1px solid #ccc;font-size:13px;font-family:'DejaVu Sans'}
    .fb .nm{width:80px;border:1px solid #bbb;padding:2px 6px} .fb .fx{flex:1;border:1px solid #bbb;padding:2px 6px}
    table{border-collapse:collapse;font-size:13px;font-family:'Liberation Sans'} th{background:#e8e8e8;border:1px solid #c6c6c6;font-weight:normal;width:130px;height:22px}
    td{border:1px solid #dadada;height:24px;padding:0 6px;width:130px} .rn{background:#e8e8e8;width:40px;text-align:center;color:#444} .n{text-align:right}
    td.sel{outline:2px solid #1e6fd9}"""
    body = f"""<div class=mb>Datei &nbsp; Bearbeiten &nbsp; Ansicht &nbsp; Einfügen &nbsp; Format &nbsp; Tabelle &nbsp; Daten &nbsp; Extras</div>
    <div class=fb><span class=nm>F4</span><span>ƒx Σ =</span><span class=fx>=SUMME(B4:E4)</span></div>
    <table><tr><th style="width:40px"></th>{hdr}<th>G</th></tr>{rows}</table>
    <div style="background:#f1f1f1;border-top:1px solid #ccc;padding:4px 10px;font-size:12px;margin-top:4px">Umsatz_2024 &nbsp;|&nbsp; Tabelle2</div>"""
    body = body.replace("<th>G</th>", "").replace("<th>F</th>", "<th>F</th>")
    fn = render_html("sheet_umsatz", page(body, css, font="'Liberation Sans'"), 1100, 460, crop=False)
    q3 = max(regions, key=lambda r: data[r][2])
    west = data["West"]
    q(fn, "which region had the highest Q3?", q3, "text", "argmax")
    q(fn, "Ost Q2 value", fmt_eu(data["Ost"][1], 0), "number", "cell")
    q(fn, "what's Nord's Summe divided by Süd's? (2 decimals)", f"{sum(data['Nord']) / sum(data['Süd']):.2f}", "number", "ratio", literal=False)
    q(fn, "West: Q4 minus Q1", str(west[3] - west[0]), "number", "subtract", literal=False)
    meta(fn, "HTML spreadsheet (chromium)", "light, LibreOffice-like German UI", "spreadsheet", "regional quarterly revenue grid with formula bar")


def slide_agenda():
    items = ["Where we are: Q1 numbers", "Customer churn deep-dive", "Pricing experiment results", "Hiring plan H2",
             "Open questions & next steps"]
    li = "".join(f'<div class=it><span class=no>{i:02d}</span>{t}</div>' for i, t in enumerate(items, 1))
    css = """.s{width:1280px;height:720px;background:#0f172a;color:#f8fafc;padding:70px 90px;position:relative}
    h1{font-size:54px;margin:0 0 8px;font-family:'Open Sans';font-weight:800} .sub{color:#94a3b8;font-size:22px;margin-bottom:40px}
    .it{font-size:28px;padding:12px 0;display:flex;gap:26px;border-bottom:1px solid #1e293b} .no{color:#38bdf8;font-weight:bold;width:50px}
    .ft{position:absolute;bottom:30px;left:90px;right:90px;display:flex;justify-content:space-between;color:#64748b;font-size:16px}"""
    body = f"""<div class=s><h1>Agenda</h1><div class=sub>Leadership offsite · Tromsø · 5 June 2025</div>{li}
    <div class=ft><span>Northlight Analytics — internal</span><span>2 / 18</span></div></div>"""
    fn = render_html("slide_agenda", page(body, css, font="Lato"), 1280, 720, crop=False)
    q(fn, "what comes after the churn deep-dive", items[2], "text", "next")
    q(fn, "how many agenda points", len(items), "count", "count", literal=False)
    q(fn, "where is the offsite", "Tromsø", "text", "lookup")
    meta(fn, "HTML slide (chromium)", "dark navy", "slide", "numbered agenda slide")


def slide_kpi():
    kp = [("ARR", "€4.8M", "+31% YoY"), ("Net revenue retention", "112%", "+4 pts"), ("Gross margin", "71%", "−2 pts"), ("Customers", "1,284", "+218")]
    tiles = "".join(f'<div class=t><div class=l>{l}</div><div class=v>{v}</div><div class=d>{d}</div></div>' for l, v, d in kp)
    css = """.s{width:1280px;height:720px;background:#fff;padding:60px 80px;position:relative;border-top:14px solid #e11d48}
    h1{font-family:'P052',serif;font-size:46px;margin:0 0 40px;color:#111} .g{display:grid;grid-template-columns:1fr 1fr;gap:28px}
    .t{border:2px solid #f1f5f9;border-radius:14px;padding:24px 28px;background:#fafafa} .l{color:#64748b;font-size:20px} .v{font-size:56px;font-weight:800;color:#111}
    .d{font-size:20px;color:#16a34a} .ft{position:absolute;bottom:26px;right:80px;color:#94a3b8}"""
    body = f'<div class=s><h1>FY2024 at a glance</h1><div class=g>{tiles}</div><div class=ft>Northlight Analytics · Board meeting</div></div>'
    body = body.replace('<div class=d>−2 pts</div>', '<div class=d style="color:#e11d48">−2 pts</div>')
    fn = render_html("slide_kpi", page(body, css, font="Roboto"), 1280, 720, crop=False)
    q(fn, "slide title?", "FY2024 at a glance", "text", "title")
    q(fn, "what's the gross margin", "71%", "percent", "lookup")
    q(fn, "how much did ARR grow year over year", "31%", "percent", "lookup")
    meta(fn, "HTML slide (chromium)", "white, red top rule", "slide", "KPI tiles slide")


ALL = [gh_actions, dns_records, router_admin, smart_home, food_delivery, subscription, playlist, finder, pr_page, issue_tracker,
       transcript, box_score, org_chart, ev_charging, email_view, chat_dark, docs_toc, sheet, slide_agenda, slide_kpi]
