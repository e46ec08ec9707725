"""Web-like scenes: HTML rendered with headless chromium (nice -n 19)."""
import os, subprocess, datetime
from common import q, add_text, html_text, HERE, IMG_DIR, eur, de, us, usd, fr

HTML_DIR = os.path.join(HERE, "html")
WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
BASE = """<!doctype html><html><head><meta charset="utf-8"><style>
*{box-sizing:border-box} body{margin:0;font-family:%s;font-size:15px;color:#222;background:%s}
table{border-collapse:collapse} .muted{color:#777} .b{font-weight:bold}
%s</style></head><body>%s</body></html>"""
JOBS = []

def page(name, w, h, body, css="", fontf="'Liberation Sans',sans-serif", bg="#fff"):
    os.makedirs(HTML_DIR, exist_ok=True)
    doc = BASE % (fontf, bg, css, body)
    path = os.path.join(HTML_DIR, name + ".html")
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    add_text(name, html_text(body))
    JOBS.append((name, w, h, path))

def render_all():
    for name, w, h, path in JOBS:
        out = os.path.join(IMG_DIR, name + ".png")
        subprocess.run(["nice", "-n", "19", "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                        "--force-device-scale-factor=1", "--user-data-dir=/tmp/c12-chrome-profile", "--disable-extensions",
                        "--font-render-hinting=none", "--window-size=%d,%d" % (w, h), "--screenshot=" + out, "file://" + path],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)

def w_apidocs():
    params = [("carrier", "string", True, "—", "Carrier code, e.g. <code>dhl</code>, <code>postnord</code>"),
              ("service_level", "string", False, "standard", "One of standard, express, economy"),
              ("parcels", "array", True, "—", "List of parcel objects (weight in grams)"),
              ("label_format", "string", False, "pdf_a6", "pdf_a4, pdf_a6 or zpl"),
              ("reference", "string", False, "null", "Your own order reference (max 35 chars)"),
              ("insurance_value", "integer", False, "0", "Declared value in minor units"),
              ("recipient", "object", True, "—", "Address object, see Addresses"),
              ("notify_email", "boolean", False, "true", "Send tracking e-mails to recipient")]
    nav = ["Getting started", "Authentication", "Rate limits", "Addresses", "Shipments", "Labels", "Tracking", "Webhooks", "Errors", "Changelog"]
    rows = "".join("<tr><td><code>%s</code></td><td>%s</td><td>%s</td><td><code>%s</code></td><td>%s</td></tr>" % (n, t, "<span class=req>required</span>" if r else "optional", d, ds) for n, t, r, d, ds in params)
    body = """<div class=top><b>Parcelwise</b> <span class=ver>API v3.4.1</span><span class=s>Search docs… ⌘K</span></div>
<div class=wrap><div class=nav>%s</div><div class=main><div class=crumb>Docs / Shipments</div><h1>Create a shipment</h1>
<div class=ep><span class=m>POST</span> <code>/v3/shipments</code></div><p>Creates a shipment and books it with the selected carrier. Labels are generated asynchronously; poll <code>GET /v3/shipments/{id}</code> or subscribe to the <code>shipment.label_ready</code> webhook.</p>
<h2 id=p>Body parameters</h2><table class=t><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>%s</table>
<h2>Responses</h2><p><code>201 Created</code> – shipment object. <code>422 Unprocessable Entity</code> – validation failed.</p></div>
<div class=toc><div class=tt>ON THIS PAGE</div><div>Overview</div><div class=on>Body parameters</div><div>Responses</div><div>Examples</div><div>Idempotency</div></div></div>""" % (
        "".join("<div class='%s'>%s</div>" % ("act" if n == "Shipments" else "", n) for n in nav), rows)
    css = """.top{height:56px;background:#111827;color:#fff;display:flex;align-items:center;padding:0 24px;gap:14px;font-size:18px}.ver{background:#374151;font-size:12px;padding:3px 8px;border-radius:10px}
.s{margin-left:auto;background:#1f2937;color:#9ca3af;font-size:13px;padding:7px 14px;border-radius:6px;width:260px}.wrap{display:flex}.nav{width:220px;border-right:1px solid #e5e7eb;padding:20px 0;height:1000px}
.nav div{padding:7px 24px;color:#4b5563}.nav .act{background:#eef2ff;color:#4338ca;font-weight:bold;border-left:3px solid #4338ca}.main{flex:1;padding:24px 36px}.crumb{color:#6b7280;font-size:13px}
h1{margin:8px 0 12px}.ep{background:#f3f4f6;padding:10px;border-radius:6px;font-size:15px}.m{background:#16a34a;color:#fff;padding:2px 8px;border-radius:4px;font-weight:bold;font-size:12px}
.t td,.t th{border-bottom:1px solid #e5e7eb;padding:8px 10px;text-align:left;font-size:14px}.t th{background:#f9fafb}.req{color:#b91c1c;font-size:12px;font-weight:bold}
.toc{width:210px;padding:24px 16px;font-size:13px;color:#6b7280}.toc div{padding:4px 0}.tt{font-weight:bold;font-size:11px;letter-spacing:1px}.toc .on{color:#4338ca;font-weight:bold}"""
    page("web_api_docs", 1360, 900, body, css)
    q("web_api_docs", "what's the default label_format if I don't pass one?", "pdf_a6", "code", "documentation", "cell", True)
    q("web_api_docs", "how many body params are required", str(sum(p[2] for p in params)), "count", "documentation", "count", False)
    q("web_api_docs", "which section is currently selected in the left sidebar?", "Shipments", "text", "documentation", "selected", True)

def w_changelog():
    rel = [("2.5.0", "2026-02-18", ["Added: Dutch and Polish locales", "Added: <code>--dry-run</code> flag for import", "Fixed: crash when CSV has BOM"]),
           ("2.4.2", "2026-01-30", ["Fixed: timezone offset in weekly report", "Fixed: duplicate rows after retry", "Fixed: memory leak in watcher", "Changed: default page size 50 → 100"]),
           ("2.4.1", "2026-01-12", ["Fixed: broken link in onboarding e-mail"]),
           ("2.4.0", "2025-12-03", ["Added: scheduled exports", "Added: SSO via OIDC", "Deprecated: legacy v1 tokens", "Fixed: rounding of VAT totals"])]
    tree = "".join("<div class='%s'>%s</div>" % ("on" if f == "CHANGELOG.md" else "", f) for f in ["📁 .github".replace("📁 ", "▸ "), "▸ src", "▸ tests", ".gitignore", "CHANGELOG.md", "LICENSE", "README.md", "pyproject.toml"])
    body = "<div class=h><b>tallyhouse</b> / CHANGELOG.md <span class=br>⎇ main</span></div><div class=w2><div class=tree><div class=tt>Files</div>" + tree + "</div><div class=c><h1>Changelog</h1><p class=muted>All notable changes to this project are documented here. Format follows Keep a Changelog; versions follow SemVer.</p>"
    for v, d, items in rel:
        body += "<h2>[%s] – %s</h2><ul>%s</ul>" % (v, d, "".join("<li>%s</li>" % i for i in items))
    body += "</div></div>"
    css = ".h{padding:14px 30px;border-bottom:1px solid #d0d7de;background:#f6f8fa}.br{margin-left:20px;font-size:13px;border:1px solid #d0d7de;border-radius:6px;padding:3px 8px;background:#fff}.w2{display:flex}.tree{width:260px;border-right:1px solid #d0d7de;padding:12px 0;font-size:14px;height:960px}.tree div{padding:6px 20px}.tree .on{background:#ddf4ff;font-weight:bold}.tt{font-weight:bold;color:#555}.c{padding:10px 40px;max-width:900px}h2{border-bottom:1px solid #d8dee4;padding-bottom:6px;font-size:20px}li{margin:4px 0}code{background:#eff1f3;padding:1px 5px;border-radius:4px}"
    page("web_changelog", 1240, 960, body, css, "'DejaVu Sans',sans-serif")
    q("web_changelog", "when did 2.4.0 come out", "2025-12-03", "date", "changelog", "when", True)
    q("web_changelog", "how many bug fixes went into 2.4.2?", str(sum(i.startswith("Fixed") for i in rel[1][2])), "count", "changelog", "count", False)
    q("web_changelog", "whats the newest version in the changelog", "2.5.0", "version", "changelog", "nth", True)

def w_sheet():
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    data = [("Nord", [412, 398, 455, 470, 502, 488]), ("Süd", [390, 420, 431, 405, 398, 377]), ("West", [512, 530, 498, 545, 560, 601]),
            ("Ost", [288, 301, 296, 310, 322, 340]), ("Mitte", [455, 462, 470, 468, 481, 479]), ("Nordost", [201, 214, 230, 229, 251, 268]),
            ("Südwest", [366, 359, 372, 391, 388, 402])]
    cols = "ABCDEFGH"
    hdr = "<tr><th class=c0></th>" + "".join("<th class='%s'>%s</th>" % ("sel" if L == "E" else "", L) for L in cols) + "</tr>"
    rows = "<tr><td class=rn>1</td><td class=b>Region</td>" + "".join("<td class=b>%s</td>" % m for m in months) + "<td class=b>Summe</td></tr>"
    for i, (r, v) in enumerate(data):
        rn = i + 2
        rows += "<tr><td class='rn %s'>%d</td><td>%s</td>" % ("sel" if rn == 5 else "", rn, r) + "".join(
            "<td class='n %s'>%s</td>" % ("cur" if (rn == 5 and j == 3) else "", de(x, 0)) for j, x in enumerate(v)) + "<td class=n>%s</td></tr>" % de(sum(v), 0)
    for rn in range(len(data) + 2, 14):
        rows += "<tr><td class=rn>%d</td>%s</tr>" % (rn, "<td></td>" * 8)
    body = """<div class=menu>Datei  Bearbeiten  Ansicht  Einfügen  Format  Daten  Extras  Hilfe</div>
<div class=title>Umsatz_H1_2026.xlsx</div><div class=fb><span class=nb>E5</span><span class=fx>fx</span><span>%s</span></div>
<table class=g>%s%s</table><div class=tabs><span class=on>Umsatz</span><span>Kosten</span><span>Notizen</span></div>""" % (data[3][1][3], hdr, rows)
    css = """.menu{background:#f3f3f3;padding:6px 12px;font-size:13px;word-spacing:10px}.title{padding:6px 12px;font-weight:bold;font-size:16px;background:#217346;color:#fff}
.fb{display:flex;gap:10px;padding:5px 8px;border-bottom:1px solid #ccc;font-size:14px}.nb{border:1px solid #bbb;width:70px;padding:1px 5px}.fx{color:#888;font-style:italic}
.g td,.g th{border:1px solid #d4d4d4;height:26px;min-width:110px;padding:2px 6px;font-size:14px}.g th,.rn{background:#efefef;color:#555;font-weight:normal;text-align:center}
.c0{min-width:40px!important}.rn{min-width:40px}.n{text-align:right}th.sel,td.sel{background:#d3e3d8;color:#0f5132}.cur{outline:2px solid #217346;outline-offset:-2px}
.tabs{padding:6px 12px;font-size:13px;background:#f3f3f3;border-top:1px solid #ccc}.tabs span{padding:4px 14px}.tabs .on{background:#fff;border-bottom:2px solid #217346;color:#217346}"""
    page("web_spreadsheet", 1100, 520, body, css, "'Liberation Sans',Calibri,sans-serif")
    best = max(data, key=lambda r: sum(r[1]))
    q("web_spreadsheet", "what's in C4?", de(data[2][1][1], 0), "number", "spreadsheet", "cell", True)
    q("web_spreadsheet", "which region had the highest sum for H1", best[0], "text", "spreadsheet", "argmax", True)
    q("web_spreadsheet", "which cell is selected right now", "E5", "code", "spreadsheet", "selected", True)

def w_form():
    body = """<div class=card><h2>Checkout — Delivery &amp; preferences</h2>
<div class=row><label>Full name</label><input value="Kaja Lindqvist"></div>
<div class=row><label>Country</label><div class=sel>Finland <span>▾</span></div></div>
<div class=row><label>Delivery</label><div>
<div class=r><span class=rb></span> Standard (3–5 days) — free</div>
<div class=r><span class='rb on'></span> Express (1–2 days) — 9,90 €</div>
<div class=r><span class=rb></span> Pick-up point — 2,50 €</div></div></div>
<div class=row><label>Extras</label><div>
<div class=r><span class='cb on'>✓</span> Gift wrap</div><div class=r><span class=cb></span> Include printed invoice</div>
<div class=r><span class='cb on'>✓</span> Leave at door if nobody home</div><div class=r><span class=cb></span> Carbon-neutral shipping (+0,40 €)</div>
<div class=r><span class='cb on'>✓</span> SMS when out for delivery</div></div></div>
<div class=row><label>Newsletter</label><div class=r><span class=tg><span></span></span> Send me offers by e-mail</div></div>
<div class=row><label>Save address</label><div class=r><span class='tg on'><span></span></span> Remember for next time</div></div>
<div class=row><label>Delivery note</label><textarea>Ring twice, 3rd floor</textarea></div>
<div class=btns><button class=sec>Back</button><button>Continue to payment</button></div></div>"""
    css = """body{background:#eef1f5}.card{width:760px;margin:30px auto;background:#fff;border-radius:10px;padding:26px 34px;box-shadow:0 2px 10px #0002}
.row{display:flex;gap:20px;margin:16px 0}.row>label{width:150px;font-weight:bold;color:#444;padding-top:6px}input,textarea,.sel{border:1px solid #c7ccd4;border-radius:6px;padding:8px;width:360px;font:inherit}
.sel span{float:right;color:#666}.r{margin:5px 0;display:flex;align-items:center;gap:10px}.rb{width:16px;height:16px;border:2px solid #888;border-radius:50%;display:inline-block}
.rb.on{border-color:#2563eb;box-shadow:inset 0 0 0 3px #fff;background:#2563eb}.cb{width:18px;height:18px;border:2px solid #888;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
.cb.on{background:#2563eb;border-color:#2563eb}.tg{width:40px;height:22px;background:#cbd0d8;border-radius:11px;position:relative;display:inline-block}.tg span{position:absolute;left:3px;top:3px;width:16px;height:16px;border-radius:50%;background:#fff}
.tg.on{background:#16a34a}.tg.on span{left:21px}.btns{text-align:right;margin-top:10px}button{background:#2563eb;color:#fff;border:0;border-radius:6px;padding:10px 18px;font:inherit;margin-left:8px}button.sec{background:#e5e7eb;color:#333}"""
    page("web_checkout_form", 1000, 860, body, css)
    q("web_checkout_form", "which delivery option did I pick", "Express (1–2 days)", "text", "form", "selected", True)
    q("web_checkout_form", "how many of the extras boxes are ticked?", str(body.count("<span class='cb on'>")), "count", "form", "count", False)
    q("web_checkout_form", "am I signed up for the newsletter?", "no", "yesno", "form", "selected", False)

def w_settings():
    body = """<div class=side><div class=logo>◆ Hearthly</div><div>Profile</div><div>Account</div><div class=on>Security</div><div>Notifications</div><div>Billing</div><div>Integrations</div></div>
<div class=main><h1>Sicherheit &amp; Anmeldung</h1>
<div class=it><div><b>Zwei-Faktor-Authentifizierung</b><div class=muted>Code per Authenticator-App bei jeder Anmeldung</div></div><span class='tg on'><span></span></span></div>
<div class=it><div><b>Anmeldebenachrichtigung per E-Mail</b><div class=muted>Bei Anmeldung von neuem Gerät</div></div><span class=tg><span></span></span></div>
<div class=it><div><b>Passkeys</b><div class=muted>2 Passkeys registriert</div></div><span class=btn>Verwalten</span></div>
<div class=it><div><b>Sitzungs-Timeout</b><div class=muted>Automatisch abmelden nach Inaktivität</div></div><span class=dd>30 Minuten ▾</span></div>
<div class=it><div><b>Sprache</b></div><span class=dd>Deutsch (Schweiz) ▾</span></div>
<div class=it><div><b>Passwort</b><div class=muted>Zuletzt geändert am 08.11.2025</div></div><span class=btn>Ändern</span></div>
<h3>Aktive Sitzungen</h3><table class=t><tr><th>Gerät</th><th>Ort</th><th>Zuletzt aktiv</th></tr>
<tr><td>MacBook Air · Safari</td><td>Zürich, CH</td><td>jetzt</td></tr><tr><td>Pixel 8 · App</td><td>Zürich, CH</td><td>vor 2 Std.</td></tr><tr><td>Windows · Edge</td><td>Basel, CH</td><td>vor 6 Tagen</td></tr></table></div>"""
    css = """body{display:flex}.side{width:230px;background:#0f172a;color:#cbd5e1;height:900px;padding-top:10px}.side div{padding:10px 24px}.side .logo{color:#fff;font-size:20px;font-weight:bold;padding:16px 24px}
.side .on{background:#1e293b;color:#fff;border-left:3px solid #38bdf8}.main{padding:20px 40px;flex:1}.it{display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e2e8f0;padding:14px 0}
.tg{width:44px;height:24px;background:#cbd5e1;border-radius:12px;position:relative}.tg span{position:absolute;left:3px;top:3px;width:18px;height:18px;border-radius:50%;background:#fff}.tg.on{background:#0ea5e9}.tg.on span{left:23px}
.btn{border:1px solid #cbd5e1;border-radius:6px;padding:6px 12px}.dd{border:1px solid #cbd5e1;border-radius:6px;padding:6px 12px;min-width:180px}.t td,.t th{text-align:left;padding:6px 20px 6px 0;border-bottom:1px solid #eee}"""
    page("web_settings_de", 1200, 820, body, css, "'Lato','Liberation Sans',sans-serif")
    q("web_settings_de", "is two factor turned on?", "yes", "yesno", "settings", "selected", False)
    q("web_settings_de", "what language is set", "Deutsch (Schweiz)", "text", "settings", "selected", True)
    q("web_settings_de", "wann wurde das Passwort zuletzt geändert?", "08.11.2025", "date", "settings", "when", True)

def w_dashboard():
    kpis = [("Revenue", 184320, 8.4), ("Orders", 2917, 5.1), ("Avg. order value", 63.19, 3.2), ("Refund rate", 2.7, -0.6), ("New customers", 812, -4.3)]
    prods = [("Merino crew sock", 1840, 23920.0), ("Trail runner 2", 412, 49028.0), ("Rain shell jacket", 233, 41707.0), ("Insulated bottle", 960, 23040.0), ("Wool beanie", 1105, 19890.0)]
    def kv(n, v):
        if n == "Revenue": return usd(v).replace(".00", "")
        if n == "Avg. order value": return usd(v)
        if n == "Refund rate": return "%.1f%%" % v
        return us(v, 0)
    tiles = "".join("<div class=k><div class=kn>%s</div><div class=kv>%s</div><div class='%s'>%s%.1f%% vs last month</div></div>" % (
        n, kv(n, v), "up" if d > 0 else "dn", "▲ " if d > 0 else "▼ ", abs(d)) for n, v, d in kpis)
    rows = "".join("<tr><td>%s</td><td class=n>%s</td><td class=n>%s</td></tr>" % (p, us(u, 0), usd(r)) for p, u, r in prods)
    bars = "".join("<div class=bw><div class=bar style='height:%dpx'></div><div>%s</div></div>" % (h, d) for h, d in zip([120, 150, 98, 170, 188, 140, 90], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]))
    body = """<div class=top><b>Northpine Outfitters</b> · Sales overview <span class=pill>March 2026</span></div><div class=kp>%s</div>
<div class=row><div class=box><h3>Top products</h3><table class=t><tr><th>Product</th><th class=n>Units</th><th class=n>Revenue</th></tr>%s</table></div>
<div class=box><h3>Orders by weekday (avg)</h3><div class=bars>%s</div></div></div>""" % (tiles, rows, bars)
    css = """body{background:#f4f6f9}.top{padding:18px 28px;font-size:20px;background:#fff;border-bottom:1px solid #e3e7ee}.pill{font-size:13px;background:#e0f2fe;color:#0369a1;padding:4px 10px;border-radius:12px;margin-left:10px}
.kp{display:flex;gap:16px;padding:20px 28px}.k{flex:1;background:#fff;border-radius:10px;padding:16px;box-shadow:0 1px 3px #0001}.kn{color:#64748b;font-size:13px}.kv{font-size:28px;font-weight:bold;margin:6px 0}
.up{color:#16a34a;font-size:13px}.dn{color:#dc2626;font-size:13px}.row{display:flex;gap:16px;padding:0 28px}.box{flex:1;background:#fff;border-radius:10px;padding:8px 20px 20px}
.t{width:100%}.t td,.t th{padding:8px;border-bottom:1px solid #eef0f4;text-align:left}.n{text-align:right!important}.bars{display:flex;align-items:flex-end;gap:18px;height:220px;padding-top:10px}
.bw{text-align:center;font-size:12px;color:#64748b}.bar{width:44px;background:#6366f1;border-radius:4px 4px 0 0;margin-bottom:4px}"""
    page("web_dashboard", 1400, 640, body, css, "'DejaVu Sans',sans-serif")
    down = [k[0] for k in kpis if k[2] < 0]
    q("web_dashboard", "what was revenue in march", kv("Revenue", 184320), "money", "dashboard", "field", True)
    q("web_dashboard", "which KPIs went down vs last month?", ", ".join(down), "text", "dashboard", "filter", False)
    bp = max(prods, key=lambda p: p[2])
    q("web_dashboard", "which product made the most money, and how much?", "%s, %s" % (bp[0], usd(bp[2])), "text", "dashboard", "multi", False)

def w_calendar():
    days = [datetime.date(2026, 3, 16) + datetime.timedelta(i) for i in range(5)]
    ev = {0: [("09:00", "10:00", "Standup + planning"), ("13:30", "14:30", "1:1 with Priya")], 1: [("10:00", "11:30", "Design critique"), ("15:00", "15:45", "Dentist")],
          2: [("09:00", "09:15", "Standup"), ("11:00", "12:00", "Vendor call – Kestrel"), ("14:00", "15:00", "Hiring panel"), ("16:30", "17:00", "Budget sync")],
          3: [("09:00", "09:15", "Standup"), ("12:00", "13:00", "Team lunch @ Lilla Kök")], 4: [("10:00", "11:00", "Sprint review"), ("11:15", "12:00", "Retro")]}
    def ypos(t):
        h, m = map(int, t.split(":")); return (h - 8) * 56 + m * 56 / 60
    cols = ""
    for i, d in enumerate(days):
        evs = "".join("<div class=ev style='top:%dpx;height:%dpx'><b>%s</b><br>%s–%s</div>" % (ypos(a), max(ypos(b) - ypos(a) - 2, 30), t, a, b) for a, b, t in ev[i])
        cols += "<div class=col><div class=dh>%s %d</div><div class=body>%s</div></div>" % (WD_EN[i][:3], d.day, evs)
    hrs = "".join("<div class=hr>%02d:00</div>" % h for h in range(8, 19))
    body = "<div class=top><b>March 2026</b> <span>Week 12</span> <span class=btn>Today</span> <span class=btn>Week ▾</span></div><div class=g><div class=hrs><div class=dh></div>%s</div>%s</div>" % (hrs, cols)
    css = """.top{padding:14px 20px;font-size:20px;border-bottom:1px solid #ddd;display:flex;gap:16px;align-items:center}.btn{font-size:13px;border:1px solid #ccc;border-radius:5px;padding:4px 10px}
.g{display:flex}.hrs{width:60px}.hr{height:56px;font-size:11px;color:#888;text-align:right;padding-right:6px}.col{flex:1;border-left:1px solid #e5e5e5}.dh{height:40px;text-align:center;padding-top:10px;font-weight:bold;border-bottom:1px solid #ddd}
.body{position:relative;height:616px;background:repeating-linear-gradient(#fff 0 55px,#eee 55px 56px)}.ev{position:absolute;left:4px;right:4px;background:#dbeafe;border-left:4px solid #2563eb;border-radius:4px;font-size:12px;padding:2px 6px;overflow:hidden}"""
    page("web_calendar_week", 1200, 720, body, css)
    q("web_calendar_week", "when's my dentist appointment (day + time)?", "Tuesday 15:00", "text", "calendar", "when", False)
    q("web_calendar_week", "how many things do I have on wednesday", str(len(ev[2])), "count", "calendar", "count", False)
    q("web_calendar_week", "where's the team lunch", ev[3][1][2].split(" @ ")[1], "text", "calendar", "where", True)

def w_chat():
    msgs = [("Jonas", "09:12", "morning! are we still on for the Lisbon trip planning tonight?", 0), ("Me", "09:15", "yes! 19:30 at mine?", 1),
            ("Inés", "09:21", "works for me. I found flights TAP 1093 for €148 return", 0), ("Jonas", "09:24", "nice, cheaper than ryanair lol", 0),
            ("Me", "09:40", "I'll bring wine!", 1), ("Inés", "10:02", "can someone check if the Alfama apartment is still free for 12–16 May?", 0),
            ("Jonas", "10:05", "on it", 0)]
    body = "<div class=hdr><div class=av>LT</div><div><b>Lisbon trip ✈</b><div class=muted>Jonas, Inés, You</div></div></div><div class=msgs>"
    for who, t, m, me in msgs:
        body += "<div class='m %s'>%s<div class=tx>%s</div><div class=tm>%s</div></div>" % ("me" if me else "", "" if me else "<div class=nm>%s</div>" % who, m, t)
    body += "</div><div class=in>Message</div>"
    css = """body{background:#e7ddd3}.hdr{background:#075e54;color:#fff;display:flex;gap:12px;align-items:center;padding:10px 16px}.hdr .muted{color:#cde}.av{width:40px;height:40px;border-radius:50%;background:#128c7e;display:flex;align-items:center;justify-content:center}
.msgs{padding:14px}.m{background:#fff;max-width:70%;padding:6px 10px;border-radius:8px;margin:8px 0;font-size:15px;width:fit-content}.m.me{background:#dcf8c6;margin-left:auto}.nm{color:#d97706;font-weight:bold;font-size:13px}
.tm{text-align:right;font-size:11px;color:#888}.in{position:absolute;bottom:10px;left:10px;right:10px;background:#fff;border-radius:20px;padding:10px 16px;color:#999}"""
    page("web_chat", 560, 860, body, css, "'Noto Sans','DejaVu Sans',sans-serif")
    q("web_chat", "who found the flights?", [m[0] for m in msgs if "flights" in m[2]][0], "person", "chat", "who", True)
    q("web_chat", "what time did we agree to meet tonight", "19:30", "time", "chat", "when", True)
    q("web_chat", "what was the last message and who sent it", "%s: %s" % (msgs[-1][0], msgs[-1][2]), "text", "chat", "nth", False)

def w_inbox():
    mails = [("Grünwald Hausverwaltung", "Nebenkostenabrechnung 2025", "Sehr geehrte Frau Amsel, anbei die Abrechnung…", "10:42", 1, 1),
             ("GitHub", "[tallyhouse] PR #418 approved", "rosa-q approved these changes", "09:58", 1, 0),
             ("Lea Marchetti", "Re: Fotos vom Wochenende", "Haha die mit dem Hund ist die beste haha", "08:31", 0, 0),
             ("Deutsche Bahn", "Ihre Buchung: Berlin → Leipzig", "Auftragsnummer 7H4QXR – Reisedatum 21.03.", "Gestern", 1, 0),
             ("Stadtwerke Potsdam", "Ihre Rechnung März", "Rechnungsbetrag 86,40 € wird am 28.03. abgebucht", "Gestern", 0, 1),
             ("Karsten (Vermieter)", "Handwerker Dienstag", "Der Installateur kommt zwischen 8 und 10 Uhr", "Mo", 1, 0),
             ("Lieferando", "Deine Bestellung ist unterwegs", "Pizzeria Da Toni · ca. 25 Min", "So", 0, 0),
             ("Anja Wrede", "Buchclub – nächstes Treffen", "Wie wär's mit dem 2. April bei mir?", "Sa", 1, 0)]
    rows = "".join("<tr class='%s'><td class=st>%s</td><td class=f>%s</td><td><span class=s>%s</span> <span class=p>– %s</span></td><td class=t>%s</td></tr>" % (
        "u" if u else "", "★" if s else "☆", f, sub, pv, t) for f, sub, pv, t, u, s in mails)
    body = """<div class=top><b>✉ Posteo-ish Mail</b><span class=search>In E-Mails suchen</span></div><div class=wrap><div class=side><div class=comp>✎ Verfassen</div>
<div class=on>Posteingang <span>%d</span></div><div>Markiert</div><div>Gesendet</div><div>Entwürfe <span>2</span></div><div>Spam</div><div>Papierkorb</div></div>
<table class=list>%s</table></div>""" % (sum(m[4] for m in mails), rows)
    css = """.top{display:flex;align-items:center;gap:40px;padding:12px 20px;border-bottom:1px solid #ddd;font-size:18px}.search{background:#eef1f4;border-radius:20px;padding:8px 20px;width:500px;color:#888;font-size:14px}
.wrap{display:flex}.side{width:220px;padding:10px}.side div{padding:8px 14px;border-radius:0 16px 16px 0}.side span{float:right}.side .on{background:#fde2c8;font-weight:bold}.comp{background:#fff;box-shadow:0 1px 3px #0003;border-radius:14px!important;margin-bottom:10px;width:140px}
.list{flex:1;width:100%}.list td{padding:11px 8px;border-bottom:1px solid #eee;font-size:14px;white-space:nowrap}.list tr{background:#f6f8fb;color:#444}.list tr.u{background:#fff;font-weight:bold;color:#111}
.f{width:220px}.p{color:#888;font-weight:normal}.t{text-align:right;width:80px}.st{color:#f4b400;width:20px}"""
    page("web_inbox_de", 1300, 520, body, css)
    q("web_inbox_de", "wann kommt der Installateur?", "zwischen 8 und 10 Uhr", "text", "email", "when", True)
    q("web_inbox_de", "which emails are starred? give the senders", ", ".join(m[0] for m in mails if m[5]), "text", "email", "selected", False)
    q("web_inbox_de", "what's the subject of the newest email", mails[0][1], "text", "email", "nth", True)

def w_weather():
    fc = [("Mon", "Rain", 9, 4, 80), ("Tue", "Partly cloudy", 12, 5, 20), ("Wed", "Sunny", 15, 6, 0), ("Thu", "Showers", 11, 6, 60), ("Fri", "Cloudy", 10, 3, 30), ("Sat", "Heavy rain", 8, 2, 90), ("Sun", "Partly cloudy", 11, 4, 10)]
    days = "".join("<div class=d><div>%s</div><div class=ic>%s</div><div><b>%d°</b> <span class=lo>%d°</span></div><div class=rp>Rain %d%%</div></div>" % f for f in fc)
    body = """<div class=w><div class=loc>Bergen, Norway</div><div class=now><span class=tmp>7°</span><div><div>Light rain</div><div class=muted2>Feels like 4° · Wind 6 m/s SW · Humidity 88%%</div></div></div>
<div class=days>%s</div></div>""" % days
    css = """body{background:#1e293b}.w{margin:20px;background:linear-gradient(#3b82f6,#1e3a8a);border-radius:18px;color:#fff;padding:22px}.loc{font-size:20px}.now{display:flex;gap:20px;align-items:center;margin:6px 0 20px}
.tmp{font-size:64px;font-weight:300}.muted2{color:#cbd5e1;font-size:14px}.days{display:flex;justify-content:space-between}.d{text-align:center;background:#ffffff1a;border-radius:10px;padding:10px 6px;width:96px}
.ic{font-size:13px;margin:8px 0;height:18px}.lo{color:#bfdbfe}.rp{font-size:12px;color:#bfdbfe;margin-top:4px}"""
    page("web_weather", 860, 380, body, css, "'Noto Sans','DejaVu Sans',sans-serif")
    q("web_weather", "what's the high on friday", "%d°" % fc[4][2], "number", "weather", "cell", True)
    q("web_weather", "which day has the best chance of rain?", "Sat", "text", "weather", "argmax", True)
    wm = max(fc, key=lambda f: f[2])
    q("web_weather", "warmest day of the week and how warm?", "%s, %d°" % (wm[0], wm[2]), "text", "weather", "multi", False)

def w_kanban():
    cols = [("Backlog", [("Dark mode for reports", "AL", "ui"), ("Export to DATEV", "RQ", "feature"), ("Audit log retention", "YD", "infra")]),
            ("In progress", [("Migrate auth to OIDC", "YD", "infra"), ("Fix CSV export encoding", "AL", "bug"), ("Onboarding checklist v2", "MK", "ui"), ("Rate-limit webhooks", "RQ", "infra")]),
            ("Review", [("Bulk invoice delete", "MK", "feature"), ("Upgrade to Postgres 16", "YD", "infra")]),
            ("Done", [("Dutch locale", "AL", "i18n"), ("Fix VAT rounding", "RQ", "bug"), ("New pricing page", "MK", "ui"), ("SAML metadata URL", "YD", "infra"), ("Retry failed emails", "RQ", "bug")])]
    colors = {"ui": "#a855f7", "feature": "#0ea5e9", "infra": "#f59e0b", "bug": "#ef4444", "i18n": "#10b981"}
    people = {"AL": "Aino Lehtinen", "RQ": "Rosa Quintero", "YD": "Yusuf Demir", "MK": "Mateo Kovač"}
    html = ""
    for n, cards in cols:
        html += "<div class=col><div class=ch>%s <span>%d</span></div>%s</div>" % (n, len(cards), "".join(
            "<div class=cd><span class=lb style='background:%s'>%s</span><div class=ct>%s</div><div class=as><span class=av>%s</span></div></div>" % (colors[l], l, t, a) for t, a, l in cards))
    leg = " · ".join("%s = %s" % (k, v) for k, v in people.items())
    body = "<div class=top><b>Ledgerly — Sprint 14</b><span class=muted>%s</span></div><div class=board>%s</div>" % (leg, html)
    css = """body{background:#f1f5f9}.top{padding:14px 24px;display:flex;justify-content:space-between;font-size:18px}.top span{font-size:13px}.board{display:flex;gap:16px;padding:0 24px}
.col{flex:1;background:#e2e8f0;border-radius:10px;padding:10px}.ch{font-weight:bold;padding:4px 6px 10px}.ch span{background:#cbd5e1;border-radius:10px;padding:1px 8px;font-size:12px}
.cd{background:#fff;border-radius:8px;padding:10px;margin-bottom:10px;box-shadow:0 1px 2px #0002}.lb{color:#fff;font-size:11px;padding:2px 8px;border-radius:8px}.ct{margin:8px 0}
.as{text-align:right}.av{display:inline-block;width:28px;height:28px;border-radius:50%;background:#334155;color:#fff;font-size:11px;line-height:28px;text-align:center}"""
    page("web_kanban", 1400, 680, body, css)
    q("web_kanban", "how many cards are in progress right now?", str(len(cols[1][1])), "count", "kanban", "count", True)
    q("web_kanban", "who's working on the OIDC migration", people["YD"], "person", "kanban", "who", False)
    q("web_kanban", "which column is 'Upgrade to Postgres 16' in", "Review", "text", "kanban", "where", True)

def w_todo():
    items = [("Renew passport photos", 1), ("Book flights to Lisbon", 1), ("Call the plumber about the kitchen tap", 0), ("Return library books", 1),
             ("Pay Stadtwerke bill", 0), ("Buy birthday gift for Oma", 0), ("Submit expense report", 1), ("Cancel gym trial", 0)]
    body = "<div class=c><h2>This week</h2>%s<div class=ft>%d of %d completed</div></div>" % ("".join(
        "<div class='it %s'><span class=cb>%s</span>%s</div>" % ("done" if d else "", "✔" if d else "", t) for t, d in items), sum(d for _, d in items), len(items))
    css = """body{background:#fef3c7}.c{width:520px;margin:30px auto;background:#fffbeb;border-radius:12px;padding:20px 30px;box-shadow:0 3px 10px #0002}.it{padding:10px 0;border-bottom:1px dashed #e5d7a8;display:flex;gap:12px;align-items:center;font-size:17px}
.cb{width:20px;height:20px;border:2px solid #a16207;border-radius:5px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}.done{color:#a8a29e;text-decoration:line-through}.done .cb{background:#a16207}.ft{margin-top:14px;color:#92400e;font-size:14px}"""
    page("web_todo", 640, 620, body, css, "'Lato','DejaVu Sans',sans-serif")
    q("web_todo", "whats the first thing on the list I haven't done yet", [t for t, d in items if not d][0], "text", "todo", "nth", True)
    q("web_todo", "did I pay the stadtwerke bill already?", "no", "yesno", "todo", "selected", False)
    q("web_todo", "how many items are still open", str(sum(1 for _, d in items if not d)), "count", "todo", "count", False)

def w_cart():
    items = [("Ceramic pour-over dripper", "Color: Sand", 1, 34.00, "In stock"), ("Hand grinder Kaze M2", "Burr: steel", 1, 119.00, "Only 2 left"),
             ("Gooseneck kettle 0.9 L", "Matte black", 1, 79.50, "In stock"), ("Paper filters #2 (100)", "", 3, 6.90, "In stock"),
             ("Single-origin beans – Huila 250g", "Whole bean", 2, 15.75, "Out of stock")]
    sub = round(sum(q_ * p for _, _, q_, p, _ in items), 2)
    rows = "".join("<div class=it><div class=img></div><div class=d><b>%s</b><div class=muted>%s</div><div class='%s'>%s</div></div><div class=qty>Qty <span>%d</span></div><div class=pr>%s</div></div>" % (
        n, v, "oos" if s == "Out of stock" else "ok", s, qq, usd(qq * p)) for n, v, qq, p, s in items)
    ship = 0.0 if sub >= 150 else 7.95
    disc = round(sub * 0.10, 2)
    tot = round(sub + ship - disc, 2)
    body = """<div class=top><b>BREWHAUS</b><span>Cart (%d)</span></div><div class=wrap><div class=l><h1>Your cart</h1>%s</div>
<div class=r><h3>Order summary</h3><div class=ln>Subtotal<span>%s</span></div><div class=ln>Shipping<span>%s</span></div><div class=ln>Discount (BEANS10)<span>−%s</span></div>
<div class='ln tot'>Total<span>%s</span></div><div class=btn>Checkout</div><div class=muted>Free shipping on orders over $150</div></div></div>""" % (
        sum(i[2] for i in items), rows, usd(sub), "FREE" if ship == 0 else usd(ship), usd(disc), usd(tot))
    css = """.top{display:flex;justify-content:space-between;padding:16px 40px;border-bottom:1px solid #eee;font-size:20px}.wrap{display:flex;gap:40px;padding:0 40px}.l{flex:1}
.it{display:flex;gap:16px;align-items:center;border-bottom:1px solid #eee;padding:12px 0}.img{width:64px;height:64px;background:#e7e0d6;border-radius:8px}.d{flex:1}.ok{color:#15803d;font-size:13px}.oos{color:#dc2626;font-size:13px;font-weight:bold}
.qty span{border:1px solid #ccc;padding:4px 10px;border-radius:4px;margin-left:6px}.pr{width:90px;text-align:right;font-weight:bold}.r{width:320px;background:#faf7f2;border-radius:10px;padding:10px 20px;margin-top:30px;height:fit-content}
.ln{display:flex;justify-content:space-between;padding:8px 0}.tot{font-weight:bold;font-size:18px;border-top:1px solid #ddd}.btn{background:#1c1917;color:#fff;text-align:center;padding:12px;border-radius:8px;margin:10px 0}"""
    page("web_cart", 1280, 720, body, css, "'Lato','Liberation Sans',sans-serif")
    q("web_cart", "what's my total after the discount", usd(tot), "money", "shopping_cart", "field", True)
    q("web_cart", "is the Huila coffee in stock", "no", "yesno", "shopping_cart", "yesno", False)
    q("web_cart", "how many packs of filters did I add", "3", "count", "shopping_cart", "cell", True)

def w_product():
    price, old = 24.90, 29.50
    body = """<div class=top>ÉPICERIE FINE <b>Maison Verdier</b></div><div class=wrap><div class=gal><div class=big></div><div class=th><div></div><div></div><div></div></div></div>
<div class=info><div class=muted>Huiles &amp; vinaigres</div><h1>Huile d'olive vierge extra – Domaine des Alpilles</h1><div class=st>★★★★☆ <span>4,3 (218 avis)</span></div>
<div class=price>%s € <s>%s €</s> <span class=sale>−%d %%</span></div><div class=muted>soit 49,80 € / L</div>
<div class=lab>Contenance</div><div class=opts><span>250 ml</span><span class=on>500 ml</span><span>1 L</span><span class=na>3 L</span></div>
<div class=stock>● En stock – expédié sous 24 h</div><div class=add>Ajouter au panier</div>
<ul><li>Récolte 2025, AOP Vallée des Baux</li><li>Variétés : Salonenque, Aglandau</li><li>Acidité &lt; 0,3 %%</li></ul></div></div>""" % (de(price), de(old), round((old - price) / old * 100))
    css = """.top{padding:16px 40px;border-bottom:1px solid #ddd;letter-spacing:1px}.wrap{display:flex;gap:50px;padding:30px 40px}.big{width:420px;height:420px;background:linear-gradient(135deg,#a3b18a,#588157);border-radius:8px}
.th{display:flex;gap:10px;margin-top:10px}.th div{width:80px;height:80px;background:#dad7cd;border-radius:6px}.info{flex:1}h1{font-family:'Liberation Serif',serif;font-size:30px;margin:6px 0}.st{color:#e0a800}.st span{color:#555}
.price{font-size:30px;font-weight:bold;margin:12px 0 2px}.price s{font-size:18px;color:#999;font-weight:normal}.sale{background:#c1121f;color:#fff;font-size:14px;padding:3px 8px;border-radius:4px;vertical-align:middle}
.lab{margin-top:18px;font-weight:bold}.opts span{display:inline-block;border:1px solid #bbb;padding:8px 16px;margin:8px 6px 0 0;border-radius:4px}.opts .on{border:2px solid #283618;background:#e9edc9;font-weight:bold}.opts .na{color:#bbb;text-decoration:line-through}
.stock{color:#2d6a4f;margin:16px 0}.add{background:#283618;color:#fff;padding:14px;text-align:center;border-radius:6px;width:300px}"""
    page("web_product_fr", 1200, 720, body, css)
    q("web_product_fr", "c'est combien ce flacon d'huile ?", de(price) + " €", "money", "product_page", "field", True)
    q("web_product_fr", "which size is selected", "500 ml", "text", "product_page", "selected", True)
    q("web_product_fr", "how much am I saving compared to the old price", de(old - price) + " €", "money", "product_page", "arithmetic", False)

def w_leaderboard():
    pl = [("Saga Nyström", "SE", 4120), ("Ole Haugland", "NO", 3985), ("Emilia Virtanen", "FI", 3870), ("Ingvild Bakke", "NO", 3702), ("Rasmus Holm", "DK", 3655),
          ("Freya Jónsdóttir", "IS", 3512), ("Henrik Aas", "NO", 3490), ("Linnea Berg", "SE", 3311)]
    rows = "".join("<tr class='%s'><td class=rk>%d</td><td>%s</td><td>%s</td><td class=pt>%s</td></tr>" % ("me" if n == "Rasmus Holm" else "", i + 1, n, c, us(p, 0)) for i, (n, c, p) in enumerate(pl))
    body = "<div class=c><h2>Nordic Quiz League — Week 9</h2><table><tr><th>#</th><th>Player</th><th>Country</th><th>Points</th></tr>%s</table><div class=muted>Highlighted: you</div></div>" % rows
    css = """body{background:#111827;color:#e5e7eb}.c{width:700px;margin:20px auto}table{width:100%}td,th{padding:10px;border-bottom:1px solid #374151;text-align:left}th{color:#9ca3af;font-size:13px}
.rk{font-weight:bold;color:#fbbf24;width:40px}.pt{text-align:right;font-family:'DejaVu Sans Mono'}.me{background:#1e3a8a}"""
    page("web_leaderboard", 800, 560, body, css)
    q("web_leaderboard", "who's in 3rd place", pl[2][0], "person", "leaderboard", "nth", True)
    q("web_leaderboard", "how many points behind first is second place", str(pl[0][2] - pl[1][2]), "number", "leaderboard", "arithmetic", False)
    q("web_leaderboard", "what rank am I", str([p[0] for p in pl].index("Rasmus Holm") + 1), "number", "leaderboard", "selected", True)

def w_notifs():
    ns = [("Slack", "#release: Tomás: v2.8.1 is live in prod", "2m", 1), ("Calendar", "Sprint review in 15 minutes · Room Fjord", "9m", 1),
          ("GitHub", "CI failed on main — 2 tests failing", "24m", 1), ("Bank", "Card payment 42,80 € at Rewe", "1h", 0),
          ("Strava", "Marit gave you kudos", "3h", 0), ("Mail", "3 new messages from Grünwald Hausverwaltung", "5h", 0)]
    body = "<div class=p><div class=h><b>Notifications</b><span>Mark all read</span></div>%s</div>" % "".join(
        "<div class='n %s'><div class=ap>%s</div><div class=tx>%s</div><div class=tm>%s</div></div>" % ("un" if u else "", a, t, tm) for a, t, tm, u in ns)
    css = """body{background:#374151}.p{width:440px;margin:20px auto;background:#fff;border-radius:14px;overflow:hidden}.h{display:flex;justify-content:space-between;padding:14px 16px;border-bottom:1px solid #eee}.h span{color:#2563eb;font-size:13px}
.n{display:flex;gap:10px;padding:12px 16px;border-bottom:1px solid #f1f1f1;font-size:14px}.n .ap{font-weight:bold;width:70px;color:#555}.n .tx{flex:1}.tm{color:#999;font-size:12px}.un{background:#eff6ff}.un .ap:before{content:'● ';color:#2563eb}"""
    page("web_notifications", 560, 560, body, css)
    q("web_notifications", "how many unread notifications?", str(sum(n[3] for n in ns)), "count", "notifications", "count", False)
    q("web_notifications", "which room is the sprint review in", "Fjord", "text", "notifications", "where", True)

def w_table():
    rows = [("Ljubljana", "Slovenia", 295, 275.0, 1144), ("Tallinn", "Estonia", 461, 159.2, 2896), ("Porto", "Portugal", 232, 41.4, 5604),
            ("Ghent", "Belgium", 265, 156.2, 1697), ("Bratislava", "Slovakia", 475, 367.6, 1293), ("Aarhus", "Denmark", 369, 91.0, 4055), ("Bologna", "Italy", 391, 140.9, 2775)]
    trs = "".join("<tr><td>%s</td><td>%s</td><td class=n>%s</td><td class=n>%.1f</td><td class=n>%s</td></tr>" % (a, b, us(c * 1000, 0), d, us(e, 0)) for a, b, c, d, e in rows)
    body = """<div class=c><h2>Mid-sized European cities — quick facts</h2><table><thead><tr><th>City</th><th>Country</th><th>Population (metro)</th><th>Area (km²)</th><th>Density (/km²)</th></tr></thead><tbody>%s</tbody></table>
<p class=muted>Figures rounded; invented sample data for the wiki-style table.</p></div>""" % trs
    css = """.c{padding:20px 40px;font-family:'Liberation Serif',serif}table{border:1px solid #a2a9b1;font-size:15px}td,th{border:1px solid #a2a9b1;padding:6px 12px}th{background:#eaecf0}tbody tr:nth-child(even){background:#f8f9fa}.n{text-align:right}"""
    page("web_table_cities", 900, 430, body, css)
    q("web_table_cities", "what's the area of Ghent", "156.2", "number", "html_table", "cell", True)
    q("web_table_cities", "which city is the densest", max(rows, key=lambda r: r[4])[0], "text", "html_table", "argmax", True)
    q("web_table_cities", "smallest city by area and its country?", "Porto, Portugal", "text", "html_table", "multi", False)

def w_slide():
    steps = ["Ingest", "Validate", "Enrich", "Score", "Publish"]
    svg = '<svg width="1100" height="170">'
    for i, s in enumerate(steps):
        x = 20 + i * 215
        svg += '<rect x="%d" y="40" width="160" height="70" rx="10" fill="%s"/><text x="%d" y="82" font-size="20" text-anchor="middle" fill="#fff" font-family="Liberation Sans">%s</text>' % (x, "#0f766e" if s != "Score" else "#b45309", x + 80, s)
        if i < 4:
            svg += '<line x1="%d" y1="75" x2="%d" y2="75" stroke="#334155" stroke-width="3" marker-end="url(#a)"/>' % (x + 162, x + 208)
    svg = svg.replace('<svg width="1100" height="170">', '<svg width="1100" height="170"><defs><marker id="a" markerWidth="10" markerHeight="8" refX="9" refY="4" orient="auto"><path d="M0,0 L10,4 L0,8 z" fill="#334155"/></marker></defs>')
    svg += '<text x="530" y="150" font-size="15" fill="#b45309" font-family="Liberation Sans">new in Q2: ML model v4</text></svg>'
    bullets = ["Nightly batch replaced by streaming (p95 latency 40 s → 3 s)", "Validation rejects ~1.8% of events", "Scoring moved to GPU pool (4× A10)", "Publish step writes to both Kafka and S3"]
    body = """<div class=s><div class=hd>Q2 Platform Review · Data pipeline</div><h1>How an event flows through Riverbend</h1>%s<ul>%s</ul><div class=ft><span>Riverbend Analytics · internal</span><span>7 / 18</span></div></div>""" % (svg, "".join("<li>%s</li>" % b for b in bullets))
    css = """body{background:#fff}.s{width:1280px;height:720px;padding:40px 70px;position:relative}.hd{color:#0f766e;font-weight:bold;letter-spacing:1px;font-size:14px}h1{font-size:38px;margin:10px 0 20px;color:#0f172a}
li{font-size:22px;margin:10px 0;color:#334155}.ft{position:absolute;bottom:24px;left:70px;right:70px;display:flex;justify-content:space-between;color:#94a3b8;font-size:14px}"""
    page("web_slide_pipeline", 1280, 720, body, css, "'Lato','Liberation Sans',sans-serif")
    add_text("web_slide_pipeline", " ".join(steps))
    q("web_slide_pipeline", "in the diagram what step comes right after Validate?", "Enrich", "text", "slide", "nth", True)
    q("web_slide_pipeline", "how many bullet points on this slide", str(len(bullets)), "count", "slide", "count", False)
    q("web_slide_pipeline", "which slide number is this", "7", "number", "slide", "field", True)

def w_readme():
    body = """<div class=h><b>kvittoscan</b> <span class=pub>Public</span><span class=r>Star 1.2k · Fork 87</span></div><div class=wrap><div class=m><h1>kvittoscan</h1>
<p><span class=bd style='background:#2da44e'>build passing</span> <span class=bd style='background:#0969da'>pypi v0.9.3</span> <span class=bd style='background:#8250df'>license Apache-2.0</span> <span class=bd style='background:#bf8700'>coverage 87%</span></p>
<p>Turn photos of Scandinavian receipts into structured JSON (merchant, date, VAT lines, totals).</p><h2>Requirements</h2><ul><li>Python ≥ 3.10</li><li>Tesseract 5.x with <code>swe</code>, <code>nor</code>, <code>dan</code> language packs</li></ul>
<h2>Install</h2><pre>pip install kvittoscan[ocr]</pre><h2>Quick start</h2><pre>from kvittoscan import scan
r = scan("ica_kvitto.jpg")
print(r.total, r.vat_lines)</pre></div><div class=sb><b>About</b><p>Receipt OCR for the Nordics</p><p>Apache-2.0 license</p><b>Releases 14</b><p>v0.9.3 Latest · Feb 9, 2026</p><b>Contributors 11</b><b>Languages</b><p>Python 92.4% · Shell 5.1% · Dockerfile 2.5%</p></div></div>"""
    css = """.h{padding:16px 32px;border-bottom:1px solid #d0d7de;font-size:20px;display:flex;gap:14px;align-items:center}.pub{font-size:12px;border:1px solid #d0d7de;border-radius:10px;padding:1px 8px}.r{margin-left:auto;font-size:14px}
.wrap{display:flex;gap:30px;padding:10px 32px}.m{flex:1;border:1px solid #d0d7de;border-radius:6px;padding:10px 30px}h2{border-bottom:1px solid #d8dee4}.bd{color:#fff;font-size:12px;padding:3px 8px;border-radius:3px}
pre{background:#f6f8fa;padding:14px;border-radius:6px;font-family:'DejaVu Sans Mono'}.sb{width:280px;font-size:14px}"""
    page("web_readme", 1200, 900, body, css)
    q("web_readme", "what's the minimum python version", "3.10", "version", "readme", "field", True)
    q("web_readme", "is the build passing?", "yes", "yesno", "readme", "yesno", False)
    q("web_readme", "how do I install it (with OCR)?", "pip install kvittoscan[ocr]", "code", "readme", "field", True)

ALL = [w_apidocs, w_changelog, w_sheet, w_form, w_settings, w_dashboard, w_calendar, w_chat, w_inbox, w_weather, w_kanban, w_todo, w_cart, w_product,
       w_leaderboard, w_notifs, w_table, w_slide, w_readme]
def build(seed, render=True):
    for f in ALL:
        f()
    if render:
        render_all()
