"""Documentation pages and combined pages (article with table, report with chart)."""
import random
from common import shot, Q, esc, eu, sp, us, SEED

GENS = ["readme", "man_page", "api_ref", "changelog", "toc", "article_table", "report_chart"]


def readme():
    body = """<div class=gh><div class=top>🗀 <b>tidewater-labs / quayside</b> <span class=pub>Public</span><span class=st>★ Star 4.2k</span><span class=st>⑂ Fork 318</span></div>
<div class=tabs><span class=on>&lt;&gt; Code</span><span>Issues 57</span><span>Pull requests 12</span><span>Actions</span><span>Wiki</span></div>
<div class=wrap><div class=md><h1>quayside</h1><p>A tiny, dependency-free job queue for Go services backed by SQLite or Postgres.</p>
<p><span class=badge>build passing</span> <span class=badge style='background:#0969da'>go 1.22+</span> <span class=badge style='background:#8250df'>license MIT</span></p>
<h2>Install</h2><pre>go get github.com/tidewater-labs/quayside@v0.9.3</pre>
<h2>Configuration</h2><table><tr><th>Variable</th><th>Default</th><th>Description</th></tr>
<tr><td><code>QUAYSIDE_WORKERS</code></td><td>4</td><td>Number of concurrent workers</td></tr>
<tr><td><code>QUAYSIDE_MAX_RETRIES</code></td><td>8</td><td>Retries before a job is dead-lettered</td></tr>
<tr><td><code>QUAYSIDE_POLL_MS</code></td><td>250</td><td>Polling interval in milliseconds</td></tr>
<tr><td><code>QUAYSIDE_VISIBILITY</code></td><td>30s</td><td>How long a claimed job stays invisible</td></tr></table></div>
<div class=side><h4>About</h4><p>Durable background jobs without Redis.</p><h4>Releases 14</h4><p><b>v0.9.3</b> Latest<br>on 2 Feb 2026</p><h4>Languages</h4><p>Go 96.1% · Shell 2.4% · Makefile 1.5%</p><h4>Contributors 23</h4></div></div></div>"""
    css = """.top{padding:14px 24px;font-size:17px;background:#f6f8fa}.pub{border:1px solid #ccc;border-radius:10px;font-size:12px;padding:1px 7px;margin-left:6px}.st{float:right;margin-left:12px;border:1px solid #ccc;padding:3px 9px;font-size:13px;border-radius:6px;background:#fff}
.tabs{padding:0 24px;border-bottom:1px solid #ddd;background:#f6f8fa;font-size:14px}.tabs span{display:inline-block;padding:10px 12px}.on{border-bottom:2px solid #fd8c73;font-weight:bold}
.wrap{display:flex;gap:30px;padding:20px 24px}.md{flex:1;border:1px solid #ddd;border-radius:6px;padding:6px 26px 20px}.side{width:280px;font-size:14px}.side h4{margin:16px 0 4px}
h1{border-bottom:1px solid #ddd;padding-bottom:6px}h2{border-bottom:1px solid #eee;font-size:20px}pre{background:#f6f8fa;padding:12px;font-size:14px}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ddd;padding:6px 12px}code{background:#eff1f3;padding:1px 4px}.badge{background:#2da44e;color:#fff;font-size:12px;padding:2px 8px;border-radius:3px}"""
    img = shot("readme_quayside", body, 1280, 800, css, font="Liberation Sans")
    Q(img, "what's the default number of workers", "4", "number", "docs", "config default")
    Q(img, "latest release?", "v0.9.3", "version", "docs", "latest version")
    Q(img, "How many retries before a job gets dead-lettered by default?", "8", "number", "docs", "config default")
    Q(img, "how many open pull requests are there", "12", "count", "docs", "tab count")


def man_page():
    body = """<pre><b>RSYNCLITE(1)</b>                    User Commands                    <b>RSYNCLITE(1)</b>

<b>NAME</b>
       rsynclite - fast incremental file mirroring

<b>SYNOPSIS</b>
       <b>rsynclite</b> [<u>OPTION</u>]... <u>SRC</u> <u>DEST</u>

<b>OPTIONS</b>
       <b>-a</b>, <b>--archive</b>
              archive mode; same as -rlptgoD

       <b>-z</b>, <b>--compress</b>
              compress file data during the transfer

       <b>-n</b>, <b>--dry-run</b>
              perform a trial run with no changes made

       <b>--bwlimit</b>=<u>RATE</u>
              limit socket I/O bandwidth, in KiB per second

       <b>-e</b>, <b>--rsh</b>=<u>COMMAND</u>
              specify the remote shell to use (default: ssh)

<b>EXIT STATUS</b>
       0      Success
       12     Error in protocol data stream
       23     Partial transfer due to error
       30     Timeout in data send/receive

rsynclite 2.4.1                      March 2026                     <b>RSYNCLITE(1)</b></pre>"""
    css = "pre{margin:0;padding:14px;font-family:'DejaVu Sans Mono';font-size:14px;line-height:1.3}"
    img = shot("man_rsynclite", body, 720, 660, css, bg="#300a24", fg="#eeeeec")
    Q(img, "which flag does a dry run?", "-n", "code", "docs", "option lookup")
    Q(img, "what does exit code 23 mean", "Partial transfer due to error", "text", "docs", "exit code lookup")
    Q(img, "what units does --bwlimit take", "KiB per second", "text", "docs", "option detail")


def api_ref():
    body = """<div class=l><div class=nav><div class=lg>Parcelo API</div><div class=sec>ORDERS</div><div>List orders</div><div class=on>Create shipment</div><div>Cancel shipment</div><div class=sec>WEBHOOKS</div><div>Events</div><div>Signatures</div></div>
<div class=c><div class=verb><span class=post>POST</span> /v2/shipments</div><p>Creates a shipment for an existing order. Rate limit: <b>120 requests per minute</b>.</p>
<h3>Body parameters</h3><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Description</th></tr>
<tr><td>order_id</td><td>string</td><td>yes</td><td>ID of the order, e.g. <code>ord_8fK2</code></td></tr>
<tr><td>carrier</td><td>enum</td><td>yes</td><td>One of <code>dhl</code>, <code>ups</code>, <code>postnl</code>, <code>gls</code></td></tr>
<tr><td>weight_grams</td><td>integer</td><td>yes</td><td>Max 31500</td></tr>
<tr><td>insured_value</td><td>number</td><td>no</td><td>In order currency; default 0</td></tr>
<tr><td>label_format</td><td>enum</td><td>no</td><td><code>pdf</code> (default) or <code>zpl</code></td></tr></table>
<h3>Errors</h3><table><tr><th>Status</th><th>Code</th><th>Meaning</th></tr><tr><td>400</td><td>weight_exceeded</td><td>Parcel heavier than carrier limit</td></tr>
<tr><td>404</td><td>order_not_found</td><td>No order with that ID</td></tr><tr><td>409</td><td>already_shipped</td><td>Order already has an active shipment</td></tr><tr><td>429</td><td>rate_limited</td><td>Too many requests</td></tr></table></div>
<div class=code><div class=ch>Request</div><pre>curl https://api.parcelo.io/v2/shipments \\
  -H "Authorization: Bearer $KEY" \\
  -d order_id=ord_8fK2 \\
  -d carrier=postnl \\
  -d weight_grams=1850</pre><div class=ch>Response 201</div><pre>{
  "id": "shp_41QxT9",
  "status": "label_created",
  "tracking": "3SPRCL0099127",
  "eta": "2026-03-19"
}</pre></div></div>"""
    css = """.l{display:flex;min-height:100vh}.nav{width:210px;background:#f4f4f6;padding:18px;font-size:14px;line-height:2}.lg{font-weight:bold;font-size:18px;margin-bottom:10px}.sec{font-size:11px;color:#888;margin-top:10px}.on{color:#5b3cc4;font-weight:bold}
.c{flex:1;padding:22px 28px;font-size:14px}.verb{font-family:'Fira Code';font-size:18px}.post{background:#16a34a;color:#fff;padding:2px 8px;border-radius:4px;font-size:14px}
table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #e5e5e5;padding:6px;text-align:left}code{background:#f0eefa;color:#5b3cc4;padding:0 4px}
.code{width:400px;background:#1e1b2e;color:#d6d3f0;padding:16px}.ch{font-size:12px;color:#a5a1c9;margin:8px 0 4px;text-transform:uppercase}pre{font-family:'Fira Code';font-size:13px;margin:0}"""
    img = shot("api_parcelo", body, 1400, 720, css, font="Noto Sans")
    Q(img, "what HTTP status do I get if the order was already shipped?", "409", "code", "api docs", "error code lookup")
    Q(img, "max weight allowed in grams", "31500", "number", "api docs", "limit")
    Q(img, "is insured_value required?", "no", "yesno", "api docs", "required check")
    Q(img, "what's the rate limit for this endpoint", "120 requests per minute", "text", "api docs", "rate limit")
    Q(img, "tracking number in the example response", "3SPRCL0099127", "code", "api docs", "example value")


def changelog():
    rel = [("4.2.0", "2026-03-11", ["Added: dark mode for the report viewer", "Added: CSV export of audit logs", "Fixed: timezone drift in scheduled exports"]),
           ("4.1.2", "2026-02-20", ["Fixed: crash when uploading HEIC images (#2211)", "Security: bump jsonwebtoken to 9.0.2"]),
           ("4.1.1", "2026-02-02", ["Fixed: pagination skipped the last page"]),
           ("4.1.0", "2026-01-15", ["Added: SAML single sign-on", "Changed: minimum Node.js is now 20", "Deprecated: /v1/reports endpoint"]),
           ("4.0.0", "2025-12-01", ["Removed: legacy XML import", "Changed: new permission model (see migration guide)"])]
    body = "<div class=w><h1>Changelog</h1><p class=s>All notable changes to Ledgerly are documented here.</p>"
    for v, d, items in rel:
        body += f"<h2>[{v}] — {d}</h2><ul>" + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>"
    body += "</div>"
    css = """.w{padding:24px 40px;max-width:760px}h1{font-family:'C059';font-size:34px;margin:0}.s{color:#666}h2{font-size:19px;margin:18px 0 4px;color:#9a3412;font-family:'Nimbus Roman'}ul{margin:0;font-size:15px;line-height:1.55}"""
    img = shot("changelog_ledgerly", body, 820, 760, css, font="DejaVu Serif", bg="#fffdf7")
    Q(img, "which version added SAML SSO?", "4.1.0", "version", "changelog", "version by change")
    Q(img, "when was 4.1.2 released", "2026-02-20", "date", "changelog", "date by version")
    Q(img, "what's the minimum Node version now", "20", "version", "changelog", "detail lookup")
    Q(img, "how many releases are listed?", str(len(rel)), "count", "changelog", "count", literal=False)


def toc():
    ch = [("1", "Getting started", 1), ("1.1", "Installing the CLI", 3), ("1.2", "Your first pipeline", 7), ("2", "Core concepts", 15), ("2.1", "Stages and steps", 16),
          ("2.2", "Artifacts and caching", 24), ("2.3", "Secrets", 31), ("3", "Deploying", 39), ("3.1", "Blue/green releases", 41), ("3.2", "Rollbacks", 52),
          ("4", "Troubleshooting", 60), ("A", "Appendix: CLI reference", 71)]
    rows = "".join(f"<div class='r {'top' if '.' not in n else 'sub'}'><span>{n}&nbsp;&nbsp;{t}</span><span class=dots></span><span>{p}</span></div>" for n, t, p in ch)
    body = f"<div class=w><div class=h>Contents</div>{rows}</div>"
    css = """.w{padding:40px 60px}.h{font-size:30px;font-family:'C059';margin-bottom:20px}.r{display:flex;font-size:16px;margin:7px 0}.top{font-weight:bold;margin-top:14px}.sub{padding-left:26px}
.dots{flex:1;border-bottom:2px dotted #999;margin:0 6px 5px}"""
    img = shot("toc_pipelines", body, 640, 700, css, font="Nimbus Roman", bg="#fff")
    Q(img, "what page does the Rollbacks section start on", "52", "number", "docs", "page lookup")
    Q(img, "how many pages is the Secrets section (until Deploying starts)?", str(39 - 31), "count", "docs", "page difference", literal=False)
    Q(img, "blue/green releases are under which chapter?", "Deploying", "text", "docs", "parent section")


def article_table():
    r = random.Random(SEED + 41)
    cities = ["Ljubljana", "Tallinn", "Valencia", "Kraków", "Porto", "Thessaloniki", "Brno", "Gdańsk"]
    rows = [(c, r.randint(420, 1150), round(r.uniform(1.6, 4.9), 2), r.randint(58, 96)) for c in cities]
    tr = "".join(f"<tr><td>{c}</td><td>€{a}</td><td>€{b:.2f}</td><td>{d}</td></tr>" for c, a, b, d in rows)
    body = f"""<div class=top><span class=lg>The Meridian Post</span><span>World</span><span>Business</span><span>Travel</span><span>Culture</span><span>Opinion</span><span class=sub>Subscribe</span></div>
<div class=pg><div class=art><div class=kick>TRAVEL · COST OF LIVING</div><h1>Europe's mid-size cities where remote workers' money goes furthest</h1>
<div class=by>By Ana-Maria Popescu · 6 min read · Updated 12 February 2026</div>
<p>Rents have cooled in several secondary cities since 2024, and a coffee at a sit-down café still costs less than three euros in most of them. We compared the median one-bedroom rent in the city centre, the price of a cappuccino and a livability score compiled from transport, safety and green-space data.</p>
<table><tr><th>City</th><th>1-bed rent / month</th><th>Cappuccino</th><th>Livability (0–100)</th></tr>{tr}</table>
<p class=src>Source: Meridian Post analysis of listings, January 2026.</p></div>
<div class=aside><div class=box><b>Most read</b><ol><li>Why night trains are back</li><li>The quiet boom in Baltic tech</li><li>Ten islands without cars</li></ol></div><div class=box><b>Newsletter</b><p>Get Travel Weekly every Friday.</p></div></div></div>"""
    css = """.top{display:flex;gap:24px;align-items:center;padding:14px 30px;border-bottom:3px double #222;font-size:14px}.lg{font-family:'C059';font-size:28px;font-weight:bold;margin-right:20px}.sub{margin-left:auto;background:#b91c1c;color:#fff;padding:6px 12px}
.pg{display:flex;gap:40px;padding:24px 30px}.art{flex:1}.kick{color:#b91c1c;font-size:12px;letter-spacing:2px;font-weight:bold}h1{font-family:'C059';font-size:32px;margin:6px 0}.by{color:#666;font-size:13px}p{font-size:16px;line-height:1.55;font-family:'DejaVu Serif'}
table{border-collapse:collapse;width:100%;font-size:15px}th{border-bottom:2px solid #222;text-align:left;padding:6px}td{padding:6px;border-bottom:1px solid #ddd}.src{font-size:12px;color:#777}.aside{width:280px}.box{border-top:3px solid #222;padding:10px 0;margin-bottom:20px;font-size:14px}"""
    img = shot("article_cities", body, 1300, 860, css, font="Liberation Sans")
    cheap = min(rows, key=lambda x: x[1])
    Q(img, "according to the table which city has the cheapest rent?", cheap[0], "text", "article", "argmin")
    Q(img, "how much is a cappuccino in Porto", f"€{rows[4][2]:.2f}", "money", "article", "cell lookup")
    best = max(rows, key=lambda x: x[3])
    if sum(1 for x in rows if x[3] == best[3]) == 1:
        Q(img, "which city scores best for livability", best[0], "text", "article", "argmax")
    Q(img, "who wrote the article?", "Ana-Maria Popescu", "person", "article", "author")
    Q(img, "what's the rent difference between Tallinn and Kraków?", f"€{abs(rows[1][1]-rows[3][1])}", "money", "article", "difference", literal=None)


def report_chart():
    r = random.Random(SEED + 42)
    qs = ["Q1", "Q2", "Q3", "Q4"]
    rev = [round(r.uniform(3.1, 6.8), 1) for _ in qs]
    w, h = 520, 260; mx = 8
    bars = ""
    for i, v in enumerate(rev):
        x = 60 + i * 115; bh = v / mx * 200
        bars += f"<rect x='{x}' y='{230-bh}' width='70' height='{bh}' fill='#0e7490'/><text x='{x+35}' y='{224-bh}' text-anchor='middle' font-size='14'>{v}</text><text x='{x+35}' y='250' text-anchor='middle' font-size='14'>{qs[i]}</text>"
    grid = "".join(f"<line x1='45' x2='510' y1='{230-g/mx*200}' y2='{230-g/mx*200}' stroke='#ddd'/><text x='38' y='{235-g/mx*200}' text-anchor='end' font-size='12'>{g}</text>" for g in range(0, 9, 2))
    svg = f"<svg width='{w}' height='{h}' font-family='Lato'>{grid}{bars}</svg>"
    tot = round(sum(rev), 1)
    hc = r.randint(140, 260)
    body = f"""<div class=hd><div><div class=t>Annual Report 2025</div><div class=s>Verdant Roots Cooperative · Section 3: Financial performance</div></div><div class=pn>Page 14 of 48</div></div>
<div class=g><div class=k><div class=kv>€{tot}M</div><div>Total revenue 2025</div></div><div class=k><div class=kv>{hc}</div><div>Member farms</div></div><div class=k><div class=kv>31%</div><div>Organic share of sales</div></div><div class=k><div class=kv>€0.42M</div><div>Community fund</div></div></div>
<div class=row><div class=ch><h3>Revenue by quarter (€ million)</h3>{svg}</div><div class=tx><h3>Commentary</h3><p>Revenue grew in every region except the Alpine cluster, where a late frost cut apple yields by roughly a fifth. Export sales to Denmark and the Netherlands now account for 18% of turnover.</p><p>The board proposes a dividend of €1.10 per member share, payable on 30 June 2026.</p></div></div>"""
    css = """.hd{display:flex;justify-content:space-between;padding:22px 36px;border-bottom:2px solid #0e7490}.t{font-size:28px;font-weight:bold;color:#0e7490}.s{color:#555}.pn{color:#888;font-size:14px}
.g{display:flex;gap:20px;padding:20px 36px}.k{flex:1;background:#ecfeff;padding:14px;border-radius:8px;font-size:14px}.kv{font-size:28px;font-weight:bold;color:#155e75}
.row{display:flex;gap:30px;padding:0 36px}.tx{flex:1;font-size:15px;line-height:1.55}h3{margin:6px 0}"""
    img = shot("report_verdant", body, 1180, 640, css, font="Lato")
    best = qs[rev.index(max(rev))]
    Q(img, "which quarter had the highest revenue?", best, "text", "report", "argmax chart")
    Q(img, "Q3 revenue in millions?", str(rev[2]), "number", "report", "chart value label")
    Q(img, "how many member farms does the coop have", str(hc), "number", "report", "kpi lookup")
    Q(img, "when's the dividend paid out", "30 June 2026", "date", "report", "date in text")
    Q(img, "what's the gap between the best and worst quarter (€M)?", f"{max(rev)-min(rev):.1f}", "number", "report", "difference", literal=False)
