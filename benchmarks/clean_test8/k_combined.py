"""Combined pages: a news article with a table, a report page with a chart and key figures."""
from common import q, render_html, page, esc, fr, argmax_unique


def article_table(rng):
    name = "combo_article_rents"
    cities = ["Lyon", "Bordeaux", "Lille", "Nantes", "Toulouse", "Strasbourg", "Montpellier"]
    rows = []
    for c in cities:
        r23 = round(rng.uniform(11.5, 17.5), 1)
        r24 = round(r23 * rng.uniform(0.97, 1.09), 1)
        rows.append((c, r23, r24, round((r24 - r23) / r23 * 100, 1)))
    top = argmax_unique(rows, key=lambda r: r[3])
    tr = "".join(f"<tr><td>{c}</td><td>{fr(a, 1)}</td><td>{fr(b, 1)}</td><td>{'+' if d > 0 else ''}{fr(d, 1)} %</td></tr>" for c, a, b, d in rows)
    css = """.w{display:flex;gap:40px;width:1280px;padding:30px 50px;font-family:'P052';background:#fffef9}.a{flex:1}.kick{font-family:'Open Sans';color:#b91c1c;font-size:13px;letter-spacing:2px;font-weight:bold}
    h1{font-size:40px;line-height:1.1;margin:8px 0}.by{font-family:'Open Sans';font-size:13px;color:#666;margin-bottom:18px}p{font-size:18px;line-height:1.55}
    table{border-collapse:collapse;font-family:'Open Sans';font-size:15px;width:100%;margin:16px 0}th{border-bottom:2px solid #111;text-align:right;padding:6px}th:first-child,td:first-child{text-align:left}
    td{padding:6px;border-bottom:1px solid #ddd;text-align:right}.cap{font-family:'Open Sans';font-size:12px;color:#777}
    .side{width:300px;font-family:'Open Sans';font-size:14px;border-left:1px solid #ddd;padding-left:24px}.side h4{letter-spacing:1px;color:#b91c1c}.side div{padding:8px 0;border-bottom:1px solid #eee}"""
    body = f"""<div class=w><div class=a><div class=kick>LOGEMENT</div><h1>Rents keep rising outside Paris, but not everywhere</h1>
    <div class=by>By Clémence Aubert-Nguyen · 12 March 2024 · 4 min read</div>
    <p>Asking rents in France's big regional cities rose again last year, according to listings data compiled by the observatory OLAP-Sud. The sharpest increase was in {top[0]}, while a few markets barely moved.</p>
    <table><tr><th>City</th><th>2023 (€/m²)</th><th>2024 (€/m²)</th><th>Change</th></tr>{tr}</table><div class=cap>Median asking rent for unfurnished flats, € per m² per month.</div>
    <p>“Students and young workers are absorbing most of the increase,” says economist Idriss Benali.</p></div>
    <div class=side><h4>MOST READ</h4><div>Why the TGV to Bordeaux is late so often</div><div>Five markets worth the detour in Lille</div><div>Energy prices: what changes on 1 February</div><div>Interview: the mayor of Nantes on cycling</div></div></div>"""
    render_html(name, page(css, body, bg="#fffef9"), 1380, 900)
    q(name, "article", "which city had the biggest rent increase?", top[0], "text", "max change in table", True)
    st = [r for r in rows if r[0] == "Strasbourg"][0]
    q(name, "article", "what's the 2024 rent per m² in Strasbourg", fr(st[2], 1), "number", "cell lookup", True)
    q(name, "article", "how many cities saw rents fall?", str(sum(1 for r in rows if r[3] < 0)), "count", "count negatives", False)


def report_page(rng):
    name = "combo_report_page"
    months = ["Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    orders = [rng.randint(900, 2600) for _ in months]
    mx = max(orders) * 1.15
    bars = "".join(f"<g><rect x='{60 + i*95}' y='{260 - o/mx*220:.0f}' width='60' height='{o/mx*220:.0f}' fill='#7c3aed'/>"
                   f"<text x='{90 + i*95}' y='{252 - o/mx*220:.0f}' text-anchor='middle' font-size='14'>{o:,}</text><text x='{90 + i*95}' y='282' text-anchor='middle' font-size='14'>{m}</text></g>" for i, (m, o) in enumerate(zip(months, orders)))
    figs = [("Orders H2", f"{sum(orders):,}"), ("Return rate", "4.7%"), ("Avg. basket", "$63.40"), ("NPS", "+41")]
    fg = "".join(f"<div class=f><div class=v>{v}</div><div class=l>{k}</div></div>" for k, v in figs)
    css = """.r{width:1200px;padding:40px 56px;font-family:'Liberation Serif';background:#fff}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #7c3aed;padding-bottom:8px;font-family:'Liberation Sans'}
    h1{font-size:30px;margin:18px 0 6px}.cols{display:flex;gap:36px}.tx{flex:1;font-size:17px;line-height:1.55}.fs{display:grid;grid-template-columns:1fr 1fr;gap:14px;margin:16px 0}
    .f{background:#f5f3ff;padding:14px;border-radius:6px;font-family:'Liberation Sans'}.v{font-size:28px;font-weight:bold;color:#5b21b6}.l{font-size:13px;color:#555}
    .ch{width:640px;font-family:'Liberation Sans'}.foot{margin-top:20px;font-size:12px;color:#888;font-family:'Liberation Sans';display:flex;justify-content:space-between}"""
    body = f"""<div class=r><div class=hd><span>Juniper &amp; Finch — Board report</span><span>H2 2024 · page 3 of 11</span></div>
    <h1>3. E-commerce performance</h1><div class=cols><div class=tx><p>Online orders grew through the second half, helped by the relaunch of the mobile checkout in September. Returns stayed below our 5% target.</p>
    <div class=fs>{fg}</div><p>Prepared by Siobhán Gallagher, Head of Digital.</p></div>
    <div class=ch><b>Online orders per month</b><svg width='640' height='300' font-family='Liberation Sans'><line x1='40' y1='260' x2='630' y2='260' stroke='#999'/>{bars}</svg></div></div>
    <div class=foot><span>Confidential</span><span>3</span></div></div>"""
    render_html(name, page(css, body), 1320, 760)
    best = argmax_unique(list(zip(months, orders)), key=lambda t: t[1])
    q(name, "report", "which month had the most online orders?", best[0], "text", "max bar in chart", True)
    q(name, "report", "how many orders in October?", f"{orders[3]:,}", "number", "bar label", True)
    q(name, "report", "is the return rate under target?", "yes", "yesno", "compare with stated target", False)


def build(rng):
    for f in (article_table, report_page):
        f(rng)
