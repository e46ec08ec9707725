"""Tables: zebra, borderless, dense, totals row, grouped, spreadsheet grid."""
from common import q, render_html, page, esc, de, fr, us, argmax_unique, argmin_unique

CAT = "table"


def zebra_staff(rng):
    name = "table_zebra_roster"
    people = ["Aiyana Redcloud", "Bartosz Wiśniewski", "Chidi Okafor", "Dagný Sigurðardóttir", "Emeka Nwosu",
              "Farah Siddiqui", "Gustavo Pereira", "Hana Dvořáková", "Ilya Petrov", "Jin-woo Park"]
    teams = ["Payments", "Search", "Mobile", "Payments", "Infra", "Search", "Mobile", "Infra", "Payments", "Search"]
    rows = []
    for p, t in zip(people, teams):
        rows.append((p, t, rng.choice(["Berlin", "Lisbon", "Remote", "Toronto", "Seoul"]), rng.randint(2, 23), rng.randint(0, 14)))
    tr = "".join(f"<tr><td>{esc(p)}</td><td>{t}</td><td>{c}</td><td>{pr}</td><td>{inc}</td></tr>" for p, t, c, pr, inc in rows)
    css = """table{border-collapse:collapse;margin:26px;font-family:'Roboto';font-size:15px;width:760px}
    th{background:#37474f;color:#fff;padding:10px 12px;text-align:left;font-weight:500}td{padding:9px 12px}
    tr:nth-child(even) td{background:#eceff1}td:nth-child(n+4),th:nth-child(n+4){text-align:right}
    caption{text-align:left;font-size:19px;font-weight:500;padding-bottom:10px}"""
    body = f"<table><caption>Engineering on-call roster · Q4</caption><tr><th>Engineer</th><th>Team</th><th>Location</th><th>PRs merged</th><th>Incidents</th></tr>{tr}</table>"
    render_html(name, page(css, body), 820, 700)
    top = argmax_unique(rows, key=lambda r: r[3])
    q(name, CAT, "who merged the most PRs?", top[0], "person", "max by column", True)
    n_pay = sum(1 for r in rows if r[1] == "Payments")
    q(name, CAT, "how many engineers are on the Payments team", str(n_pay), "count", "count with condition", False)
    r = rows[5]
    q(name, CAT, f"where is {r[0].split()[0]} based?", r[2], "text", "cell by row x column", True)
    zero = [x for x in rows if x[4] == 0]


def borderless_prices(rng):
    name = "table_borderless_fx"
    pairs = ["EUR/USD", "GBP/USD", "USD/JPY", "USD/CHF", "AUD/USD", "USD/CAD", "EUR/GBP", "NZD/USD"]
    base = {"EUR/USD": 1.0842, "GBP/USD": 1.2711, "USD/JPY": 151.37, "USD/CHF": 0.8829, "AUD/USD": 0.6592,
            "USD/CAD": 1.3604, "EUR/GBP": 0.8531, "NZD/USD": 0.6014}
    rows = []
    for p in pairs:
        chg = round(rng.uniform(-0.9, 0.9), 2)
        rows.append((p, base[p], chg))
    def c(v):
        return f"<span style='color:{'#2ecc71' if v >= 0 else '#ff5c5c'}'>{'+' if v >= 0 else ''}{v:.2f}%</span>"
    tr = "".join(f"<tr><td>{p}</td><td>{v:.4f}</td><td>{c(ch)}</td></tr>" if v < 100 else f"<tr><td>{p}</td><td>{v:.2f}</td><td>{c(ch)}</td></tr>" for p, v, ch in rows)
    css = """.w{width:520px;margin:24px;background:#161a23;color:#e6e6e6;padding:20px 24px;border-radius:12px;font-family:'JetBrains Mono'}
    table{width:100%;border-collapse:collapse;font-size:16px}td,th{padding:8px 4px}th{color:#7f8aa3;font-weight:normal;text-align:left;font-size:13px}
    td:nth-child(n+2),th:nth-child(n+2){text-align:right}"""
    body = f"<div class=w><div style='font-size:18px;margin-bottom:10px'>FX majors · 14:05 UTC</div><table><tr><th>PAIR</th><th>LAST</th><th>CHG</th></tr>{tr}</table></div>"
    render_html(name, page(css, body, bg="#0d1017"), 580, 520)
    worst = argmin_unique(rows, key=lambda r: r[2])
    q(name, CAT, "which pair fell the most today", worst[0], "text", "min by column", True)
    q(name, CAT, "how many pairs are up?", str(sum(1 for r in rows if r[2] >= 0)), "count", "count positive", False)


def totals_table(rng):
    name = "table_totals_budget"
    cats = ["Venue hire", "Catering", "AV & streaming", "Speaker travel", "Printing", "Insurance", "Contingency"]
    rows = [(c, round(rng.randint(800, 14000) / 10) * 10, None) for c in cats]
    rows = [(c, b, round(b * rng.uniform(0.7, 1.25) / 10) * 10) for c, b, _ in rows]
    tb, ta = sum(r[1] for r in rows), sum(r[2] for r in rows)
    tr = "".join(f"<tr><td>{c}</td><td>{fr(b, 0)}</td><td>{fr(a, 0)}</td><td class={'o' if a > b else 'u'}>{'+' if a - b > 0 else ''}{fr(a - b, 0)}</td></tr>" for c, b, a in rows)
    css = """table{margin:30px;border-collapse:collapse;font-family:'Open Sans';font-size:15px;width:640px}
    th{border-bottom:2px solid #333;padding:8px;text-align:right}th:first-child,td:first-child{text-align:left}
    td{padding:7px 8px;text-align:right;border-bottom:1px solid #e4e4e4}.o{color:#c62828}.u{color:#2e7d32}
    tfoot td{border-top:2px solid #333;font-weight:bold;border-bottom:none}h2{margin:30px 30px 0;font-family:'P052';font-weight:normal}"""
    body = (f"<h2>Conférence Nantes 2024 — budget vs réel (€)</h2><table><tr><th>Poste</th><th>Budget</th><th>Réel</th><th>Écart</th></tr>{tr}"
            f"<tfoot><tr><td>Total</td><td>{fr(tb, 0)}</td><td>{fr(ta, 0)}</td><td>{'+' if ta - tb > 0 else ''}{fr(ta - tb, 0)}</td></tr></tfoot></table>")
    render_html(name, page(css, body), 720, 620)
    over = [r for r in rows if r[2] > r[1]]
    q(name, CAT, "what was the total actual spend?", fr(ta, 0), "money", "totals row", True)
    q(name, CAT, "how many budget lines went over budget", str(len(over)), "count", "count with condition", False)
    cat = rows[2]
    q(name, CAT, "hey — what was budgeted for AV & streaming?", fr(cat[1], 0), "money", "cell lookup", True)


def grouped_table(rng):
    name = "table_grouped_inventory"
    groups = {"Cold storage — Bay A": ["Oat milk 1L", "Greek yoghurt 500g", "Halloumi 250g", "Kimchi 400g"],
              "Dry goods — Bay C": ["Basmati rice 5kg", "Red lentils 1kg", "Tahini 300g", "Buckwheat flour 1kg"],
              "Beverages — Bay D": ["Yerba mate 500g", "Rooibos 40 bags", "Cold brew 250ml"]}
    data = []
    html_rows = ""
    for g, prods in groups.items():
        html_rows += f"<tr class=g><td colspan=4>{g}</td></tr>"
        for p in prods:
            stock, reorder = rng.randint(0, 160), rng.choice([20, 30, 40, 50])
            data.append((g, p, stock, reorder))
            flag = "<span class=lo>LOW</span>" if stock < reorder else ""
            html_rows += f"<tr><td>{p}</td><td>{stock}</td><td>{reorder}</td><td>{flag}</td></tr>"
    css = """table{margin:24px;border-collapse:collapse;font-family:'Liberation Sans';font-size:14px;width:600px}
    th{background:#fff3e0;border:1px solid #e0c9a6;padding:6px 10px;text-align:left}td{border:1px solid #e0c9a6;padding:6px 10px}
    td:nth-child(2),td:nth-child(3){text-align:right}.g td{background:#8d6e63;color:#fff;font-weight:bold;letter-spacing:1px}
    .lo{background:#d84315;color:#fff;padding:1px 6px;border-radius:3px;font-size:12px}"""
    body = f"<table><tr><th>Product</th><th>In stock</th><th>Reorder at</th><th></th></tr>{html_rows}</table>"
    render_html(name, page(css, body), 660, 700)
    low = [d for d in data if d[2] < d[3]]
    q(name, CAT, "how many products are flagged LOW?", str(len(low)), "count", "count flags", False)
    dry = [d for d in data if d[0].startswith("Dry")]
    mx = argmax_unique(dry, key=lambda d: d[2])
    q(name, CAT, "in dry goods, which product do we have the most of", mx[1], "text", "max within group", True)
    h = [d for d in data if d[1].startswith("Halloumi")][0]


def spreadsheet(rng):
    name = "table_spreadsheet_grid"
    regions = ["Nordics", "Benelux", "Iberia", "DACH", "Baltics", "Balkans", "UK & IE"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    vals = {r: [rng.randint(120, 990) * 10 for _ in months] for r in regions}
    cols = "ABCDEFGH"
    head = "<tr><th class=cn></th>" + "".join(f"<th class=cn>{c}</th>" for c in cols) + "</tr>"
    body_rows = "<tr><th class=rn>1</th><td class=h>Region</td>" + "".join(f"<td class=h>{m}</td>" for m in months) + "<td class=h>H1 total</td></tr>"
    for i, r in enumerate(regions, 2):
        body_rows += f"<tr><th class=rn>{i}</th><td>{r}</td>" + "".join(f"<td class=n>{de(v, 0)}</td>" for v in vals[r]) + f"<td class='n b'>{de(sum(vals[r]), 0)}</td></tr>"
    for i in range(len(regions) + 2, len(regions) + 5):
        body_rows += f"<tr><th class=rn>{i}</th>" + "<td></td>" * 8 + "</tr>"
    css = """.bar{background:#217346;color:#fff;padding:8px 14px;font-family:'Open Sans';font-size:14px}
    .fx{display:flex;border-bottom:1px solid #ccc;font-family:'Open Sans';font-size:14px}.fx span{padding:5px 10px;border-right:1px solid #ccc}
    table{border-collapse:collapse;font-family:'Liberation Sans';font-size:14px}td,th{border:1px solid #d4d4d4;padding:3px 8px;height:24px}
    .cn,.rn{background:#f0f0f0;color:#555;font-weight:normal;text-align:center}.cn{min-width:86px}.rn{width:34px}
    .h{font-weight:bold;background:#e2efda}.n{text-align:right}.b{font-weight:bold}"""
    body = f"""<div class=bar>Umsatz_Regionen_2024.xlsx — Tabelle1</div><div class=fx><span>H4</span><span style="flex:1">=SUMME(B4:G4)</span></div>
    <table>{head}{body_rows}</table>"""
    render_html(name, page(css, body), 940, 520)
    r = "Iberia"
    q(name, "spreadsheet", "what's the April number for Iberia?", de(vals[r][3], 0), "number", "row x column", True)
    best = argmax_unique(regions, key=lambda x: sum(vals[x]))
    q(name, "spreadsheet", "which region has the biggest H1 total", best, "text", "max by total column", True)
    q(name, "spreadsheet", "By how much did DACH grow from Jan to Jun?", de(vals["DACH"][5] - vals["DACH"][0], 0), "number", "difference of two cells", False)


def dense_table(rng):
    name = "table_dense_flights"
    airlines = ["LH", "KL", "TK", "EK", "AF", "SK", "LX", "OS", "AY", "IB", "TP", "LO", "A3", "EI"]
    dests = ["Reykjavík", "Tbilisi", "Casablanca", "Porto", "Tallinn", "Valletta", "Split", "Kraków", "Bergen",
             "Sevilla", "Bari", "Sofia", "Larnaca", "Tromsø"]
    statuses = ["On time", "On time", "On time", "Delayed", "Boarding", "Cancelled", "Gate closed"]
    rows = []
    h, m = 6, 5
    for i in range(14):
        m += rng.choice([5, 10, 15, 20])
        h += m // 60
        m %= 60
        st = rng.choice(statuses)
        if i == 9:
            st = "Cancelled"
        rows.append((f"{h:02d}:{m:02d}", f"{airlines[i]} {rng.randint(100, 2999)}", dests[i], f"{rng.choice('ABCD')}{rng.randint(2, 48)}", st))
    colors = {"On time": "#7CFC00", "Delayed": "#FFB000", "Boarding": "#40C4FF", "Cancelled": "#FF4040", "Gate closed": "#bbb"}
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td style='color:{colors[e]}'>{e}</td></tr>" for a, b, c, d, e in rows)
    css = """table{border-collapse:collapse;margin:10px;font-family:'Roboto Condensed';font-size:16px;background:#06133a;color:#ffe98a;width:640px}
    th{color:#fff;background:#0b2a7a;text-align:left;padding:4px 8px;font-size:14px}td{padding:3px 8px;border-bottom:1px solid #1b2d66}"""
    body = f"<table><tr><th>SCHED</th><th>FLIGHT</th><th>DESTINATION</th><th>GATE</th><th>REMARKS</th></tr>{tr}</table>"
    render_html(name, page(css, body, bg="#06133a"), 660, 560)
    sp = rows[6]
    q(name, "table", f"which gate is the {sp[2]} flight at?", sp[3], "code", "cell by row", True)
    canc = [r for r in rows if r[4] == "Cancelled"]
    assert len(canc) == 1
    q(name, "table", "which destination has its flight cancelled?", canc[0][2], "text", "filter by status", True)
    q(name, "table", "flight number of the last departure on the board?", rows[-1][1], "code", "last row", True)


def build(rng):
    for f in (zebra_staff, borderless_prices, totals_table, grouped_table, spreadsheet, dense_table):
        f(rng)
