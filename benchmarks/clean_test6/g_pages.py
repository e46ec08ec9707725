"""Documentation pages, slides, forms, dashboards, combined pages."""
import base64
import calendar
import datetime as dt
import io
from common import *


# ---------------------------------------------------------------- documentation
def readme(rng):
    name = rng.choice(["quickparse", "tidewatch", "ferrule", "loomkit"])
    ver = f"{rng.randint(1, 4)}.{rng.randint(0, 19)}.{rng.randint(0, 9)}"
    pyv = rng.choice(["3.9", "3.10", "3.11"])
    lic = rng.choice(["Apache-2.0", "MIT", "BSD-3-Clause", "MPL-2.0"])
    port = rng.choice([7070, 8642, 9311])
    body = f"""<div class=gh><div class=file>📄 README.md</div><div class=md><h1>{name}</h1>
<p><span class=bd>pypi v{ver}</span> <span class=bd>license {lic}</span> <span class=bd>python ≥{pyv}</span></p>
<p><b>{name}</b> is a small, fast library for watching directories and streaming structured change events to your app.</p>
<h2>Installation</h2><pre>pip install {name}</pre><p>Requires Python {pyv} or newer. On Windows you also need the <code>pywin32</code> extra: <code>pip install {name}[win]</code>.</p>
<h2>Quick start</h2><pre>from {name} import Watcher

w = Watcher("./data", recursive=True)
for event in w.stream():
    print(event.kind, event.path)</pre>
<h2>Configuration</h2><p>The dashboard listens on port <code>{port}</code> by default; override it with <code>{name.upper()}_PORT</code>.</p>
<h2>License</h2><p>Released under the {lic} license. See <code>LICENSE</code>.</p></div></div>"""
    css = """.gh{margin:20px;border:1px solid #d0d7de;border-radius:6px;font-family:'Open Sans'}.file{background:#f6f8fa;padding:10px 16px;border-bottom:1px solid #d0d7de;font-size:14px}
.md{padding:10px 30px 20px}h1,h2{border-bottom:1px solid #d8dee4;padding-bottom:6px}h2{font-size:22px}pre{background:#f6f8fa;padding:14px;font-family:'DejaVu Sans Mono';font-size:14px;border-radius:6px}
code{background:#eff1f3;padding:2px 5px;font-family:'DejaVu Sans Mono';font-size:14px}.bd{background:#555;color:#fff;padding:3px 8px;border-radius:4px;font-size:13px}"""
    qs = [Q("how do I install this?", f"pip install {name}", "code", "install command", True),
          Q("What's the minimum Python version?", pyv, "version", "version", True),
          Q("which license is it under", lic, "text", "license", True),
          Q("default port for the dashboard?", port, "number", "value at a label", True)]
    return dict(category="docs", html=wrap(body, css, width=860), width=860, qs=qs)


def man_page(rng):
    opts = [("-a, --archive", "archive mode; equals -rlptgoD (no -H,-A,-X)"), ("-v, --verbose", "increase verbosity"),
            ("-z, --compress", "compress file data during the transfer"), ("-n, --dry-run", "perform a trial run with no changes made"),
            ("-P", "same as --partial --progress"), ("--delete", "delete extraneous files from dest dirs"),
            ("-e, --rsh=COMMAND", "specify the remote shell to use"), ("--bwlimit=RATE", "limit socket I/O bandwidth"),
            ("-u, --update", "skip files that are newer on the receiver")]
    sel = rng.sample(opts, 7)
    ol = "\n".join(f"       <b>{o}</b>\n              {esc(d)}\n" for o, d in sel)
    body = f"""<pre>RSYNC(1)                         User Commands                         RSYNC(1)

<b>NAME</b>
       rsync - a fast, versatile, remote (and local) file-copying tool

<b>SYNOPSIS</b>
       rsync [OPTION...] SRC... [DEST]

<b>OPTIONS</b>
{ol}
 Manual page rsync(1) line 112 (press h for help or q to quit)</pre>"""
    css = """pre{margin:0;padding:14px;font-family:'Noto Mono';font-size:14px;line-height:1.3;background:#1b1b1b;color:#e0e0e0}b{color:#fff}"""
    pk = rng.sample(sel, 2)
    flag0 = pk[0][0].split(",")[0]
    qs = [Q(f"what does {flag0} do according to this man page?", pk[0][1], "text", "option description", True),
          Q(f"which option would I use to {pk[1][1].split(';')[0]}?", pk[1][0], "code", "which flag", True),
          Q("Which command's manual is this?", "rsync", "text", "which", True)]
    return dict(category="docs", html=wrap(body, css, bg="#1b1b1b", width=720), width=720, qs=qs)


def api_ref(rng):
    lim_def = rng.choice([20, 25, 50])
    lim_max = rng.choice([100, 200, 500])
    rate = rng.choice([60, 120, 300])
    params = [("customer_id", "string", "required", "—", "Only return orders for this customer."),
              ("status", "enum", "optional", "any", "One of <code>pending</code>, <code>paid</code>, <code>shipped</code>, <code>refunded</code>."),
              ("limit", "integer", "optional", str(lim_def), f"Page size, 1–{lim_max}."),
              ("created_after", "timestamp", "optional", "—", "ISO 8601 date-time, inclusive."),
              ("expand", "array", "optional", "[]", "Related objects to inline, e.g. <code>items</code>.")]
    tr = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in params)
    body = f"""<div class=l><div class=nav><b>API Reference</b><br>Customers<br><b>Orders</b><br>&nbsp; List orders<br>&nbsp; Retrieve an order<br>&nbsp; Cancel an order<br>Refunds<br>Webhooks</div>
<div class=c><h1>List orders</h1><div class=ep><span class=m>GET</span> /v2/orders</div><p>Returns a paginated list of orders, newest first.</p>
<h3>Query parameters</h3><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{tr}</table>
<div class=note>⚠ Rate limit: {rate} requests per minute per API key. Exceeding it returns <code>429 Too Many Requests</code>.</div></div></div>"""
    css = """.l{display:flex;font-family:'Roboto'}.nav{width:180px;background:#f7f7f9;padding:20px;line-height:2;font-size:14px;color:#444}.c{flex:1;padding:20px 30px}
.ep{font-family:'JetBrains Mono';font-size:16px;margin:10px 0}.m{background:#0a7d3e;color:#fff;padding:3px 8px;border-radius:4px;margin-right:8px}
table{border-collapse:collapse;width:100%;font-size:14px}th,td{text-align:left;padding:7px;border-bottom:1px solid #e4e4e4;vertical-align:top}code{font-family:'JetBrains Mono';font-size:13px;background:#f0f0f4;padding:1px 4px}
.note{margin-top:18px;background:#fff8e1;border-left:4px solid #f0b400;padding:10px}"""
    qs = [Q("default value of limit?", lim_def, "number", "cell by row x column", True),
          Q("What HTTP method does List orders use?", "GET", "code", "method", True),
          Q("what's the rate limit", f"{rate} requests per minute", "text", "value in text", True),
          Q("is customer_id required?", "yes", "yesno", "yes/no check", False)]
    return dict(category="docs", html=wrap(body, css, width=980), width=980, qs=qs)


def changelog(rng):
    major = rng.randint(3, 6)
    vers = []
    d = dt.date(2025, rng.randint(6, 11), rng.randint(1, 28))
    minor = rng.randint(4, 9)
    patch = 2
    items = [["Fixed crash when the config file is empty", "Added <code>--json</code> output to <code>status</code>"],
             ["Fixed memory leak in long-running watch mode", "Updated bundled OpenSSL to 3.3.2"],
             ["Added support for ARM64 Windows builds", "Deprecated the <code>legacy_auth</code> option"],
             ["Fixed timezone bug in scheduled jobs", "Improved startup time by ~30%"],
             ["Removed Python 3.8 support", "Added plugin hooks for exporters"]]
    rng.shuffle(items)
    for i in range(5):
        vers.append((f"{major}.{minor}.{patch}", d, items[i]))
        if patch == 0:
            minor -= 1
            patch = rng.randint(1, 3)
        else:
            patch -= 1
        d -= dt.timedelta(days=rng.randint(9, 50))
    body = "<div class=w><h1>Changelog</h1><p>All notable changes to this project are documented here.</p>" + "".join(
        f"<h2>[{v}] – {dd.isoformat()}</h2><ul>" + "".join(f"<li>{x}</li>" for x in its) + "</ul>" for v, dd, its in vers) + "</div>"
    css = """.w{padding:24px 36px;font-family:'DejaVu Serif'}h1{font-size:30px}h2{font-size:20px;color:#2b4c7e;border-bottom:1px solid #ccc;margin-top:20px}li{margin:4px 0}
code{font-family:'DejaVu Sans Mono';font-size:14px;background:#eee;padding:1px 4px}"""
    k = rng.randint(1, 4)
    fix_item = vers[k][2][0]
    plain = re_strip(fix_item)
    qs = [Q("what's the latest version in this changelog?", vers[0][0], "version", "most recent", True),
          Q(f"When was {vers[k][0]} released?", vers[k][1].isoformat(), "date", "date at a label", True),
          Q(f"which version has the change \"{plain}\"?", vers[k][0], "version", "which version", True)]
    return dict(category="docs", html=wrap(body, css, width=820), width=820, qs=qs)


def re_strip(s):
    import re
    return re.sub(r"<[^>]+>", "", s)


def toc(rng):
    chs = ["Getting Started", "Data Modelling", "Queries and Indexes", "Transactions", "Replication", "Backup and Restore",
           "Security", "Monitoring", "Performance Tuning", "Troubleshooting"]
    pages = []
    p = rng.randint(1, 5)
    for c in chs:
        pages.append(p)
        p += rng.randint(14, 41)
    lines = "".join(f"<div class=r><span>{i+1}. {c}</span><span class=dots></span><span>{pg}</span></div>" for i, (c, pg) in enumerate(zip(chs, pages)))
    body = f"<div class=w><div class=t>Contents</div>{lines}<div class=r><span>Index</span><span class=dots></span><span>{p}</span></div></div>"
    css = """.w{padding:40px 60px;font-family:'P052';font-size:18px}.t{font-size:34px;margin-bottom:24px}.r{display:flex;margin:9px 0}.dots{flex:1;border-bottom:2px dotted #999;margin:0 6px 5px}"""
    k = rng.randrange(9)
    qs = [Q(f"what page does the {chs[k]} chapter start on?", pages[k], "number", "value at a label", True),
          Q("How many chapters are there (not counting the index)?", len(chs), "count", "count", True),
          Q(f"how many pages is chapter {k+1}?", pages[k + 1] - pages[k], "number", "difference", False)]
    return dict(category="docs", html=wrap(body, css, width=700, bg="#fcfbf7"), width=700, qs=qs)


# ---------------------------------------------------------------- slides
def slide_bullets(rng):
    growth = rng.randint(12, 48)
    nps = rng.randint(31, 72)
    hires = rng.randint(8, 40)
    churn = round(rng.uniform(1.2, 4.9), 1)
    body = f"""<div class=s><div class=t>H1 2025 — Highlights</div><ul><li>Revenue up <b>{growth}%</b> year over year</li><li>NPS reached <b>{nps}</b> (target 50)</li>
<li>Monthly churn down to <b>{churn}%</b></li><li>{hires} new hires, mostly in Customer Success</li><li>Opened our first office in Lisbon</li></ul><div class=f>Kestrel Analytics · Board meeting · 3 / 14</div></div>"""
    css = """.s{width:1280px;height:720px;box-sizing:border-box;padding:70px 90px;background:linear-gradient(160deg,#0f2027,#203a43,#2c5364);color:#fff;font-family:'Lato';position:relative}
.t{font-size:54px;font-weight:900;margin-bottom:40px}ul{font-size:32px;line-height:1.7}b{color:#ffd166}.f{position:absolute;bottom:30px;right:50px;font-size:16px;opacity:.7}"""
    qs = [Q("how much did revenue grow?", f"{growth}%", "text", "value in bullet", True),
          Q("Did NPS beat the target?", "yes" if nps > 50 else "no", "yesno", "yes/no comparison", False),
          Q("which slide number is this", 3, "number", "page number", True),
          Q("where did they open their first office?", "Lisbon", "text", "where", True)]
    return dict(category="slide", html=wrap(body, css, width=1280, bg="#0f2027"), width=1280, qs=qs)


def slide_diagram(rng):
    steps = ["Ingest", "Validate", "Enrich", "Score", "Publish"]
    svc = {"Ingest": "Kafka", "Validate": "schema-guard", "Enrich": "geo-lookup", "Score": "risk-model v3", "Publish": "REST API"}
    lat = {s: rng.randint(3, 90) for s in steps}
    while len(set(lat.values())) < len(lat):
        lat = {s: rng.randint(3, 90) for s in steps}
    boxes = ""
    for i, s in enumerate(steps):
        x = 40 + i * 245
        boxes += f"<rect x='{x}' y='230' width='190' height='110' rx='12' fill='#e8f1fb' stroke='#2f6fb7' stroke-width='3'/>"
        boxes += f"<text x='{x+95}' y='275' font-size='26' text-anchor='middle' font-weight='bold'>{s}</text><text x='{x+95}' y='305' font-size='18' text-anchor='middle' fill='#555'>{svc[s]}</text>"
        boxes += f"<text x='{x+95}' y='375' font-size='18' text-anchor='middle' fill='#b3541e'>p95 {lat[s]} ms</text>"
        if i < 4:
            boxes += f"<line x1='{x+192}' y1='285' x2='{x+240}' y2='285' stroke='#333' stroke-width='3' marker-end='url(#a)'/>"
    body = f"""<svg width='1280' height='720' xmlns='http://www.w3.org/2000/svg' font-family='Roboto'><defs><marker id='a' markerWidth='10' markerHeight='10' refX='8' refY='5' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='#333'/></marker></defs>
<rect width='1280' height='720' fill='#fff'/><text x='60' y='110' font-size='48' font-weight='bold' fill='#1d3557'>Event pipeline architecture</text>
<text x='60' y='160' font-size='22' fill='#666'>Each stage is an independent service; arrows show data flow</text>{boxes}
<text x='60' y='650' font-size='18' fill='#999'>Platform team · Q3 review</text></svg>"""
    slow = argmax_unique(lat)
    k = rng.randint(1, 3)
    qs = [Q("What comes right after Enrich in the pipeline?", "Score", "text", "next step in diagram", True),
          Q("which stage is the slowest (p95)?", slow, "text", "largest value", True),
          Q(f"what service handles the {steps[k]} step?", svc[steps[k]], "text", "label in a box", True),
          Q("how many stages does the pipeline have?", len(steps), "count", "count boxes", False)]
    return dict(category="slide", html=wrap(body, "", width=1280), width=1280, qs=qs)


def slide_table(rng):
    plans = ["Starter", "Team", "Business", "Enterprise"]
    price = [rng.choice([0, 9, 12]), rng.choice([19, 24, 29]), rng.choice([49, 59, 79]), "Custom"]
    seats = [rng.choice([1, 3]), rng.choice([10, 25]), rng.choice([100, 250]), "Unlimited"]
    storage = ["5 GB", "100 GB", "1 TB", "10 TB"]
    sso = ["—", "—", "✓", "✓"]
    rows = [("Price / user / month", [f"${p}" if p != "Custom" else p for p in price]), ("Seats", [str(s) for s in seats]),
            ("Storage", storage), ("SSO", sso), ("Support", ["Community", "Email", "24/7 chat", "Dedicated CSM"])]
    tr = "".join(f"<tr><th>{r}</th>" + "".join(f"<td>{v}</td>" for v in vs) + "</tr>" for r, vs in rows)
    body = f"""<div class=s><div class=t>Pricing plans (proposed for 2026)</div><table><tr><th></th>{''.join(f'<th class=p>{p}</th>' for p in plans)}</tr>{tr}</table></div>"""
    css = """.s{width:1280px;height:720px;box-sizing:border-box;padding:60px 80px;background:#fafafa;font-family:'Open Sans'}.t{font-size:44px;font-weight:700;color:#6a1b9a;margin-bottom:40px}
table{width:100%;border-collapse:collapse;font-size:24px}th,td{padding:16px;border-bottom:2px solid #ddd;text-align:center}th{text-align:left;color:#444}th.p{text-align:center;color:#6a1b9a;font-size:26px}"""
    qs = [Q("How much is the Team plan per user per month?", f"${price[1]}", "money", "cell by row x column", True),
          Q("which is the cheapest plan that includes SSO?", "Business", "text", "condition lookup", True),
          Q("storage on Business?", "1 TB", "text", "cell by row x column", True)]
    return dict(category="slide", html=wrap(body, css, width=1280, bg="#fafafa"), width=1280, qs=qs)


# ---------------------------------------------------------------- forms
def form_signup(rng):
    name = people(rng, 1)[0]
    first, last = name.split()
    em = f"{first.lower()[0]}.{last.lower()}@mailbox.org".replace("ü", "u").replace("í", "i").replace("á", "a").replace("é", "e").replace("'", "")
    country = rng.choice(["Portugal", "Kenya", "Canada", "Finland", "India", "Chile"])
    dob = dt.date(rng.randint(1970, 2001), rng.randint(1, 12), rng.randint(1, 28))
    news = rng.choice([True, False])
    body = f"""<div class=f><h2>Create your account</h2>
<label>First name</label><div class=in>{esc(first)}</div><label>Last name</label><div class=in>{esc(last)}</div>
<label>Email</label><div class=in>{em}</div><label>Date of birth</label><div class=in>{dob:%d/%m/%Y}</div>
<label>Country</label><div class='in sel'>{country}<span>▾</span></div>
<div class=ck><span class='box {'' if news else 'off'}'>{'✓' if news else ''}</span> Send me product news and offers</div>
<div class=ck><span class=box>✓</span> I agree to the Terms of Service</div><div class=btn>Sign up</div></div>"""
    css = """.f{width:440px;margin:30px auto;padding:30px;border-radius:10px;background:#fff;box-shadow:0 4px 20px rgba(0,0,0,.12);font-family:'Roboto'}h2{margin-top:0}
label{display:block;font-size:13px;color:#666;margin-top:12px}.in{border:1px solid #bbb;border-radius:6px;padding:9px;font-size:16px;margin-top:4px}
.sel{display:flex;justify-content:space-between}.ck{margin-top:14px;display:flex;align-items:center;gap:10px}.box{width:18px;height:18px;border:2px solid #3f51b5;border-radius:3px;text-align:center;line-height:18px;color:#fff;background:#3f51b5;font-size:14px}
.btn{margin-top:20px;background:#3f51b5;color:#fff;text-align:center;padding:12px;border-radius:6px;font-weight:bold}"""
    css += ".box.off{background:#fff}"
    qs = [Q("what email did they put in?", em, "text", "field value", True),
          Q("Which country is selected?", country, "text", "dropdown value", True),
          Q("did they opt in to the newsletter / product news?", "yes" if news else "no", "yesno", "checkbox state", False),
          Q("date of birth entered?", f"{dob:%d/%m/%Y}", "date", "field value", True)]
    return dict(category="form", html=wrap(body, css, width=600, bg="#eef1f7"), width=600, qs=qs)


def form_checkout(rng):
    ship = rng.choice(["Standard (3–5 days) — free", "Express (1–2 days) — $12.00", "Overnight — $29.00"])
    opts = ["Standard (3–5 days) — free", "Express (1–2 days) — $12.00", "Overnight — $29.00"]
    pay = rng.choice(["Credit card", "PayPal", "Bank transfer"])
    name = people(rng, 1)[0]
    zipc = f"{rng.randint(10000, 99999)}"
    city = rng.choice(["Denver", "Savannah", "Madison", "Boise", "Albany"])
    st = {"Denver": "CO", "Savannah": "GA", "Madison": "WI", "Boise": "ID", "Albany": "NY"}[city]
    radios = "".join(f"<div class=r><span class='rd {'on' if o == ship else ''}'></span>{o}</div>" for o in opts)
    pays = "".join(f"<span class='tab {'on' if p == pay else ''}'>{p}</span>" for p in ["Credit card", "PayPal", "Bank transfer"])
    body = f"""<div class=f><h2>Checkout</h2><h4>Shipping address</h4><div class=g><div><label>Full name</label><div class=in>{esc(name)}</div></div>
<div><label>Street</label><div class=in>{rng.randint(10,999)} Juniper Ave Apt {rng.randint(1,40)}</div></div><div><label>City</label><div class=in>{city}</div></div>
<div class=row><div><label>State</label><div class=in>{st}</div></div><div><label>ZIP</label><div class=in>{zipc}</div></div></div></div>
<h4>Shipping method</h4>{radios}<h4>Payment</h4><div>{pays}</div></div>"""
    css = """.f{padding:26px 34px;font-family:'Nimbus Sans';background:#fff}h4{margin:22px 0 8px;color:#333}label{font-size:13px;color:#777}.in{border:1px solid #ccc;padding:8px;border-radius:4px;margin:3px 0 8px;font-size:15px}
.row{display:flex;gap:20px}.row>div{flex:1}.r{display:flex;align-items:center;gap:10px;margin:8px 0}.rd{width:16px;height:16px;border:2px solid #888;border-radius:50%;display:inline-block}
.rd.on{border-color:#e63946;background:radial-gradient(#e63946 45%,#fff 50%)}.tab{display:inline-block;padding:9px 16px;border:1px solid #ccc;margin-right:8px;border-radius:4px}.tab.on{border:2px solid #e63946;background:#fff0f1;font-weight:bold}"""
    qs = [Q("Which shipping option is selected?", ship.split(" —")[0].split(" (")[0], "text", "radio selection", True),
          Q("what's the ZIP code?", zipc, "code", "field value", True),
          Q("how are they paying?", pay, "text", "selected tab", True)]
    return dict(category="form", html=wrap(body, css, width=620, bg="#fff"), width=620, qs=qs)


def form_settings(rng):
    settings = [("Two-factor authentication", "Require a code from your authenticator app"), ("Email notifications", "Weekly digest and mentions"),
                ("Dark mode", "Use a dark theme across the app"), ("Auto-save drafts", "Save every 30 seconds"),
                ("Public profile", "Anyone can see your profile page"), ("Desktop alerts", "Show a popup for new messages")]
    states = [rng.choice([True, False]) for _ in settings]
    while sum(states) in (0, len(states)):
        states = [rng.choice([True, False]) for _ in settings]
    lang = rng.choice(["English (UK)", "Deutsch", "Español", "Português (Brasil)"])
    tz = rng.choice(["(UTC+01:00) Berlin", "(UTC-05:00) New York", "(UTC+05:30) Mumbai", "(UTC+09:00) Tokyo"])
    rows = "".join(f"<div class=row><div><div class=n>{a}</div><div class=d>{b}</div></div><div class='tg {'on' if s else ''}'><div class=k></div></div></div>" for (a, b), s in zip(settings, states))
    body = f"""<div class=w><h2>Settings</h2><div class=row><div class=n>Language</div><div class=dd>{lang} ▾</div></div><div class=row><div class=n>Time zone</div><div class=dd>{tz} ▾</div></div>{rows}</div>"""
    css = """body{background:#181a1f;color:#e4e6eb}.w{padding:24px 34px;font-family:'Cantarell'}.row{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #2d3038}
.n{font-size:17px}.d{font-size:13px;color:#9aa0aa}.tg{width:46px;height:24px;border-radius:12px;background:#4a4d55;position:relative}.tg .k{width:20px;height:20px;border-radius:10px;background:#ddd;position:absolute;top:2px;left:2px}
.tg.on{background:#2ea043}.tg.on .k{left:24px;background:#fff}.dd{border:1px solid #444;padding:6px 12px;border-radius:5px;background:#22252b}"""
    k = rng.randrange(len(settings))
    on = sum(states)
    qs = [Q(f"is {settings[k][0].lower()} turned on?", "yes" if states[k] else "no", "yesno", "toggle state", False),
          Q("What time zone is set?", tz, "text", "dropdown value", True),
          Q("how many of the toggles are switched on?", on, "count", "count toggles", False)]
    return dict(category="form", html=wrap(body, css, width=640, bg="#181a1f", color="#e4e6eb"), width=640, qs=qs)


def form_survey(rng):
    qs_ = ["How satisfied are you with the onboarding?", "How easy was it to find the export feature?", "How likely are you to renew?"]
    scale = ["Very poor", "Poor", "Okay", "Good", "Excellent"]
    ans = [rng.randrange(5) for _ in qs_]
    role = rng.choice(["Developer", "Designer", "Manager", "Analyst"])
    blocks = ""
    for q, a in zip(qs_, ans):
        opts = "".join(f"<label class='o {'on' if i == a else ''}'><span class=rd></span>{s}</label>" for i, s in enumerate(scale))
        blocks += f"<div class=q><div class=qt>{q}</div><div class=os>{opts}</div></div>"
    comment = rng.choice(["The CSV export kept timing out on big projects.", "Loved the keyboard shortcuts!", "Please add SAML support for our IdP."])
    body = f"""<div class=w><h2>Quarterly feedback survey</h2><div class=q><div class=qt>Your role</div><div class=dd>{role} ▾</div></div>{blocks}
<div class=q><div class=qt>Anything else?</div><div class=ta>{comment}</div></div></div>"""
    css = """.w{padding:24px 34px;font-family:'Lato';background:#fff}h2{color:#00796b}.q{margin:18px 0}.qt{font-weight:bold;margin-bottom:8px}.os{display:flex;gap:18px}.o{display:flex;align-items:center;gap:6px;font-size:15px}
.rd{width:14px;height:14px;border-radius:50%;border:2px solid #888;display:inline-block}.o.on .rd{border-color:#00796b;background:radial-gradient(#00796b 45%,#fff 50%)}
.dd{border:1px solid #bbb;width:220px;padding:7px;border-radius:4px}.ta{border:1px solid #bbb;padding:10px;min-height:50px;border-radius:4px}"""
    qs = [Q("what did they answer for how likely they are to renew?", scale[ans[2]], "text", "radio selection", True),
          Q("Which role did the respondent pick?", role, "text", "dropdown value", True),
          Q("what was the comment about?", comment, "text", "free text field", True)]
    return dict(category="form", html=wrap(body, css, width=760), width=760, qs=qs)


# ---------------------------------------------------------------- dashboards
def kpi(rng):
    k = [("Monthly revenue", rng.randint(180, 900) * 1000, "$", rng.choice([-1, 1]) * round(rng.uniform(0.5, 18), 1)),
         ("Active users", rng.randint(12000, 98000), "", rng.choice([-1, 1]) * round(rng.uniform(0.5, 18), 1)),
         ("Conversion rate", round(rng.uniform(1.1, 6.5), 2), "%", rng.choice([-1, 1]) * round(rng.uniform(0.5, 18), 1)),
         ("Avg. order value", round(rng.uniform(35, 160), 2), "$", rng.choice([-1, 1]) * round(rng.uniform(0.5, 18), 1))]
    while len({abs(x[3]) for x in k}) < 4 or all(x[3] > 0 for x in k) or all(x[3] < 0 for x in k):
        k = [(a, b, c, rng.choice([-1, 1]) * round(rng.uniform(0.5, 18), 1)) for a, b, c, _ in k]

    def fmt(v, u):
        if u == "$":
            return f"${v:,.2f}" if isinstance(v, float) else f"${v:,}"
        if u == "%":
            return f"{v:.2f}%"
        return f"{v:,}"
    cards = "".join(f"<div class=c><div class=l>{a}</div><div class=v>{fmt(b,u)}</div><div class='{'up' if d>0 else 'dn'}'>{'▲' if d>0 else '▼'} {abs(d):.1f}% vs last month</div></div>" for a, b, u, d in k)
    body = f"<div class=w><div class=h>Sales overview · November 2025</div><div class=g>{cards}</div></div>"
    css = """.w{padding:24px;font-family:'Roboto';background:#0f172a;color:#e2e8f0}.h{font-size:22px;margin-bottom:18px}.g{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.c{background:#1e293b;border-radius:10px;padding:18px}.l{color:#94a3b8;font-size:14px}.v{font-size:32px;font-weight:bold;margin:6px 0}.up{color:#4ade80}.dn{color:#f87171}"""
    down = [a for a, _, _, d in k if d < 0]
    big = max(k, key=lambda x: abs(x[3]))
    qs = [Q("what's the monthly revenue figure?", fmt(k[0][1], "$"), "money", "KPI value", True),
          Q("Which metrics went down vs last month?", ", ".join(down), "text", "which with condition", True) if len(down) == 1 else
          Q("How many of the KPIs went down vs last month?", len(down), "count", "count with condition", False),
          Q("how much did active users change?", f"{'+' if k[1][3] > 0 else '-'}{abs(k[1][3]):.1f}%", "text", "change value", False),
          Q("which KPI moved the most (either direction)?", big[0], "text", "largest change", True)]
    return dict(category="dashboard", html=wrap(body, css, width=760, bg="#0f172a"), width=760, qs=qs)


def calendar_month(rng):
    y, m = 2025, rng.randint(1, 12)
    evs = {}
    titles = ["Dentist 9:30", "Sprint review", "Mum's birthday 🎂", "Flight to Oslo", "Yoga", "Team offsite", "Car service", "Payday", "Book club"]
    days = rng.sample(range(1, 28), 8)
    for d, t in zip(days, rng.sample(titles, 8)):
        evs[d] = t
    cal = calendar.Calendar(firstweekday=0).monthdayscalendar(y, m)
    cells = ""
    for wk in cal:
        cells += "<tr>" + "".join(f"<td>{'<div class=d>'+str(d)+'</div>' if d else ''}{'<div class=e>'+evs[d]+'</div>' if d in evs else ''}</td>" for d in wk) + "</tr>"
    body = f"""<div class=w><div class=h>{calendar.month_name[m]} {y}</div><table><tr>{''.join(f'<th>{d}</th>' for d in ['Mon','Tue','Wed','Thu','Fri','Sat','Sun'])}</tr>{cells}</table></div>"""
    css = """.w{padding:20px;font-family:'Open Sans'}.h{font-size:28px;font-weight:600;margin-bottom:10px}table{border-collapse:collapse;width:100%;table-layout:fixed}th{padding:6px;color:#666;font-size:14px}
td{border:1px solid #e0e0e0;height:82px;vertical-align:top;padding:4px}.d{font-size:14px;color:#333}.e{background:#e3f2fd;color:#0d47a1;border-radius:4px;padding:2px 4px;font-size:13px;margin-top:4px}"""
    t1 = rng.choice(list(evs))
    name = evs[t1]
    wd = dt.date(y, m, t1).strftime("%A")
    t2 = rng.choice([d for d in evs if d != t1])
    qs = [Q(f"what day of the month is '{evs[t2]}'?", t2, "number", "date of an event", True),
          Q(f"'{name}' is on which weekday?", wd, "text", "weekday of an event", False),
          Q("how many events are on the calendar this month?", len(evs), "count", "count", False)]
    return dict(category="calendar", html=wrap(body, css, width=900), width=900, qs=qs)


def weather(rng):
    city = rng.choice(CITIES)
    now = rng.randint(-3, 31)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    conds = [("☀", "Sunny"), ("⛅", "Partly cloudy"), ("🌧", "Rain"), ("⛈", "Thunderstorms"), ("☁", "Cloudy")]
    fc = []
    for d in days:
        hi = now + rng.randint(-6, 7)
        lo = hi - rng.randint(4, 11)
        c = rng.choice(conds)
        fc.append((d, hi, lo, c, rng.randint(0, 95)))
    while len({f[1] for f in fc}) < 7:
        fc = [(d, hi + rng.randint(-1, 1), lo, c, p) for d, hi, lo, c, p in fc]
    hum = rng.randint(30, 95)
    wind = rng.randint(3, 42)
    row = "".join(f"<div class=dy><div>{d}</div><div class=ic>{c[0]}</div><div>{hi}°</div><div class=lo>{lo}°</div><div class=p>💧{p}%</div></div>" for d, hi, lo, c, p in fc)
    body = f"""<div class=w><div class=top><div><div class=city>{city}</div><div class=now>{now}°C</div><div>{fc[0][3][1]} · Feels like {now-2}°</div></div>
<div class=det>Humidity {hum}%<br>Wind {wind} km/h NW<br>UV index {rng.randint(0,9)}</div></div><div class=fc>{row}</div></div>"""
    css = """.w{margin:20px;padding:26px;border-radius:22px;background:linear-gradient(160deg,#4facfe,#00f2fe);color:#fff;font-family:'Lato'}.top{display:flex;justify-content:space-between}
.city{font-size:26px}.now{font-size:70px;font-weight:300}.det{font-size:16px;line-height:1.8;text-align:right}.fc{display:flex;justify-content:space-between;margin-top:20px;background:rgba(255,255,255,.18);border-radius:14px;padding:12px}
.dy{text-align:center;font-size:16px}.ic{font-size:30px;font-family:'Noto Color Emoji'}.lo{opacity:.8}.p{font-size:13px}"""
    hot = argmax_unique({d: hi for d, hi, *_ in fc})
    k = rng.randint(1, 6)
    qs = [Q("what's the temperature right now?", f"{now}°C", "text", "current value", True),
          Q("Which day will be the warmest this week?", hot, "text", "largest in forecast", True),
          Q(f"what's the low on {fc[k][0]}?", f"{fc[k][2]}°", "text", "value at a label", True),
          Q("humidity?", f"{hum}%", "text", "value at a label", True)]
    return dict(category="weather", html=wrap(body, css, width=760), width=760, qs=qs)


def chat(rng):
    a, b = people(rng, 2)
    t = dt.datetime(2025, 4, 3, rng.randint(8, 16), rng.randint(0, 50))
    place = rng.choice(["Café Nero on Hill St", "the Italian place near the station", "Ramen Kaze"])
    tm = f"{rng.randint(12, 13)}:{rng.choice(['00','15','30','45'])}"
    msgs = [(a, "Hey! Are we still on for lunch tomorrow?"), (b, "Yes! Where do you want to go?"), (a, f"How about {place}?"),
            (b, f"Perfect. {tm} ok?"), (a, "Works for me. I'll book a table for 3 — Sam is coming too"), (b, "Great, see you there 👋")]
    bub = ""
    for who, m in msgs:
        t += dt.timedelta(minutes=rng.randint(1, 6))
        me = who == a
        bub += f"<div class='m {'me' if me else ''}'><div class=b>{'' if me else '<div class=n>'+esc(who)+'</div>'}{esc(m)}<div class=t>{t:%H:%M}</div></div></div>"
    body = f"<div class=w><div class=h>{esc(b)}<br><small>online</small></div><div class=c>{bub}</div></div>"
    css = """.w{width:480px;margin:0 auto;font-family:'Roboto';background:#efeae2}.h{background:#075e54;color:#fff;padding:12px 16px;font-size:18px}.h small{font-size:13px;opacity:.8}
.c{padding:14px}.m{display:flex;margin:8px 0}.m.me{justify-content:flex-end}.b{max-width:320px;background:#fff;padding:8px 12px;border-radius:8px;font-size:15px}.me .b{background:#dcf8c6}
.n{color:#c2185b;font-size:13px;font-weight:bold}.t{font-size:12px;color:#888;text-align:right;margin-top:2px}"""
    qs = [Q("where are they having lunch?", place, "text", "where", True),
          Q("What time did they agree on?", tm, "time", "when", True),
          Q("how many people will be at lunch?", 3, "count", "number in text", True),
          Q("when was the last message sent?", f"{t:%H:%M}", "time", "most recent timestamp", True)]
    return dict(category="chat", html=wrap(body, css, width=480, bg="#efeae2"), width=480, qs=qs)


def notifications(rng):
    people_ = people(rng, 5)
    kinds = [("💬", "{p} commented on your pull request #{n}"), ("⭐", "{p} starred your repo geo-tiles"), ("✅", "CI passed on main (build #{n})"),
             ("❌", "Deploy to production failed (run #{n})"), ("👤", "{p} requested your review on #{n}"), ("🔔", "{p} mentioned you in #design-sync")]
    rng.shuffle(kinds)
    mins = sorted(rng.sample(range(1, 600), 6))
    items = []
    for (ic, tpl), mn in zip(kinds, mins):
        p = rng.choice(people_)
        n = rng.randint(100, 999)
        txt = tpl.format(p=p, n=n)
        ago = f"{mn} min ago" if mn < 60 else f"{mn//60} h ago"
        items.append((ic, txt, ago, mn))
    unread = rng.randint(2, 4)
    li = "".join(f"<div class='it {'u' if i < unread else ''}'><span class=ic>{ic}</span><div><div>{esc(txt)}</div><div class=a>{ago}</div></div></div>" for i, (ic, txt, ago, _) in enumerate(items))
    body = f"<div class=w><div class=h>Notifications <span class=bd>{unread} new</span></div>{li}</div>"
    css = """.w{width:560px;margin:20px auto;background:#fff;border-radius:10px;box-shadow:0 2px 12px #999;font-family:'Open Sans';overflow:hidden}.h{padding:14px 18px;font-size:20px;font-weight:600;border-bottom:1px solid #eee}
.bd{background:#d32f2f;color:#fff;border-radius:10px;padding:2px 9px;font-size:13px}.it{display:flex;gap:12px;padding:12px 18px;border-bottom:1px solid #f0f0f0;font-size:15px}.it.u{background:#eef5ff}
.ic{font-family:'Noto Color Emoji';font-size:20px}.a{font-size:13px;color:#888}"""
    fail = [x for x in items if "failed" in x[1]][0]
    qs = [Q("what's the most recent notification?", items[0][1], "text", "most recent", True),
          Q("how many new notifications?", unread, "count", "count badge", True),
          Q("when did the production deploy fail?", fail[2], "text", "when", True)]
    return dict(category="notifications", html=wrap(body, css, width=620, bg="#e9ecef"), width=620, qs=qs)


def kanban(rng):
    cols = {"Backlog": [], "In progress": [], "Review": [], "Done": []}
    tasks = ["Migrate auth to OAuth 2.1", "Fix flaky payment test", "Redesign pricing page", "Add CSV import", "Upgrade Postgres to 16",
             "Write onboarding emails", "Rate-limit public API", "Dark mode for mobile", "Audit npm dependencies", "Localize checkout (DE/FR)", "Cache product images"]
    rng.shuffle(tasks)
    ppl = [p.split()[0] for p in people(rng, 5)]
    for t in tasks:
        cols[rng.choice(list(cols))].append((t, rng.choice(ppl), rng.choice(["High", "Medium", "Low"])))
    if any(len(v) == 0 for v in cols.values()) or len({len(v) for v in cols.values()}) < 4:
        return kanban(rng)
    html_cols = "".join(f"<div class=col><div class=ch>{c} <span>{len(v)}</span></div>" + "".join(
        f"<div class=card><div>{esc(t)}</div><div class=meta><span class='pr {pr.lower()}'>{pr}</span><span>@{esc(o)}</span></div></div>" for t, o, pr in v) + "</div>" for c, v in cols.items())
    body = f"<div class=w><div class=h>Sprint 42 board</div><div class=b>{html_cols}</div></div>"
    css = """.w{padding:20px;font-family:'Lato';background:#f4f5f7}.h{font-size:24px;font-weight:bold;margin-bottom:14px}.b{display:flex;gap:14px;align-items:flex-start}.col{flex:1;background:#ebecf0;border-radius:8px;padding:10px}
.ch{font-weight:bold;margin-bottom:8px;color:#444}.ch span{background:#ccc;border-radius:8px;padding:1px 7px;font-size:13px}.card{background:#fff;border-radius:6px;padding:10px;margin-bottom:8px;box-shadow:0 1px 2px #aaa;font-size:15px}
.meta{display:flex;justify-content:space-between;margin-top:8px;font-size:13px;color:#666}.pr{padding:1px 6px;border-radius:4px}.high{background:#ffd6d6}.medium{background:#fff1c2}.low{background:#d8f5d8}"""
    t0 = rng.choice([t for v in cols.values() for t in v])
    col0 = [c for c, v in cols.items() if t0 in v][0]
    most = argmax_unique({c: len(v) for c, v in cols.items()})
    qs = [Q(f"which column is '{t0[0]}' in?", col0, "text", "where is a card", True),
          Q(f"who is '{t0[0]}' assigned to?", t0[1], "person", "assignee", True),
          Q("Which column has the most cards?", most, "text", "largest count", True),
          Q("how many tasks are done?", len(cols["Done"]), "count", "count", True)]
    return dict(category="kanban", html=wrap(body, css, width=1100, bg="#f4f5f7"), width=1100, qs=qs)


# ---------------------------------------------------------------- combined
def article_table(rng):
    cos = rng.sample(["Voltaic", "Brightcar", "Nordhaus EV", "Suzume Motors", "Karoo Auto", "Elettra"], 5)
    sales = {c: rng.randint(8, 95) * 1000 + rng.randint(0, 999) for c in cos}
    share = {c: round(100 * v / sum(sales.values()), 1) for c, v in sales.items()}
    ranked = sorted(cos, key=lambda c: -sales[c])
    tr = "".join(f"<tr><td>{i+1}</td><td>{c}</td><td class=r>{sales[c]:,}</td><td class=r>{share[c]:.1f}%</td></tr>" for i, c in enumerate(ranked))
    body = f"""<div class=w><div class=kick>AUTOMOTIVE</div><h1>{ranked[0]} stays on top as EV registrations climb</h1><div class=by>By {people(rng,1)[0]} · 14 January 2026 · 4 min read</div>
<p>Battery-electric registrations rose again last year, with the five largest brands accounting for almost all new sales in the segment. {ranked[0]} kept its lead, while {ranked[-1]} trailed the group after a slow second half.</p>
<table><caption>EV registrations, full year 2025 (top five brands)</caption><tr><th>#</th><th>Brand</th><th class=r>Units</th><th class=r>Share</th></tr>{tr}</table>
<p>Analysts expect price cuts in the spring to narrow the gap between the top two.</p></div>"""
    css = """.w{padding:30px 60px;font-family:'P052';font-size:18px;line-height:1.5}.kick{color:#c00;font-family:'Lato';font-weight:bold;font-size:13px;letter-spacing:2px}h1{font-size:34px;line-height:1.2;margin:8px 0}
.by{font-family:'Lato';color:#666;font-size:14px}table{border-collapse:collapse;width:100%;font-family:'Lato';font-size:15px;margin:16px 0}caption{text-align:left;font-weight:bold;padding-bottom:6px}
th{border-bottom:2px solid #000;text-align:left;padding:6px}td{padding:6px;border-bottom:1px solid #ddd}.r{text-align:right}"""
    c2 = ranked[1]
    qs = [Q(f"How many units did {c2} register?", f"{sales[c2]:,}", "number", "value at a label", True),
          Q("who wrote the article?", body.split("By ")[1].split(" ·")[0], "person", "author", True),
          Q(f"what market share does {ranked[2]} have?", f"{share[ranked[2]]:.1f}%", "text", "cell by row x column", True),
          Q("gap in units between the top two brands?", f"{sales[ranked[0]]-sales[ranked[1]]:,}", "number", "difference between two values", False)]
    return dict(category="article", html=wrap(body, css, width=860), width=860, qs=qs)


def report_chart(rng):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    tickets = [rng.randint(300, 900) for _ in months]
    while len(set(tickets)) < 6:
        tickets = [rng.randint(300, 900) for _ in months]
    fig, ax = plt.subplots(figsize=(6, 3.2), dpi=100)
    ax.bar(months, tickets, color="#5b8def")
    for i, v in enumerate(tickets):
        ax.text(i, v + 10, str(v), ha="center", fontsize=11)
    ax.set_title("Support tickets per month", fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_ylim(0, max(tickets) * 1.15)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    img = base64.b64encode(buf.getvalue()).decode()
    csat = round(rng.uniform(78, 96), 1)
    frt = round(rng.uniform(1.2, 9.5), 1)
    body = f"""<div class=w><h1>Customer Support — H1 Report</h1><div class=figs><div><div class=v>{sum(tickets):,}</div><div>tickets handled</div></div>
<div><div class=v>{csat}%</div><div>CSAT</div></div><div><div class=v>{frt} h</div><div>median first response</div></div></div>
<img src="data:image/png;base64,{img}"><p>Volume peaked in {months[tickets.index(max(tickets))]} after the billing migration; staffing was increased the following month.</p></div>"""
    css = """.w{padding:28px 40px;font-family:'Liberation Serif';font-size:17px}h1{font-family:'Liberation Sans';color:#333}.figs{display:flex;gap:40px;margin-bottom:16px;font-family:'Liberation Sans';color:#555}
.v{font-size:30px;font-weight:bold;color:#1a5fb4}img{display:block}"""
    low = months[tickets.index(min(tickets))]
    qs = [Q("How many tickets in April?", tickets[3], "number", "chart value label", True),
          Q("what was the CSAT?", f"{csat}%", "text", "figure value", True),
          Q("which month had the fewest tickets?", low, "text", "smallest bar", True)]
    text = page_text(body) + " " + " ".join(map(str, tickets)) + " " + " ".join(months)
    return dict(category="report", html=wrap(body, css, width=760), width=760, qs=qs, text_extra=text)


GENS = [readme, man_page, api_ref, changelog, toc, slide_bullets, slide_diagram, slide_table, form_signup, form_checkout, form_settings,
        form_survey, kpi, calendar_month, weather, chat, notifications, kanban, article_table, report_chart]
