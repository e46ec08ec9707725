"""HTML tables and spreadsheet-like grids."""
import datetime as dt
import math
from common import *


def zebra_staff(rng):
    names = people(rng, 10)
    depts = ["Finance", "Engineering", "Marketing", "Support"]
    rows = []
    sal = rng.sample(range(48, 131), 10)
    for i, n in enumerate(names):
        d = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
        rows.append((n, rng.choice(depts), d, sal[i] * 1000 + rng.choice([0, 250, 500, 750])))
    tr = "".join(f"<tr><td>{esc(n)}</td><td>{dp}</td><td>{d:%b %d, %Y}</td><td class=r>${s:,}</td></tr>" for n, dp, d, s in rows)
    body = f"<h2>Team directory — salaries (confidential)</h2><table><tr><th>Name</th><th>Department</th><th>Start date</th><th class=r>Salary</th></tr>{tr}</table>"
    css = """body{padding:24px;box-sizing:border-box}h2{font-weight:600}table{border-collapse:collapse;width:100%}th{background:#34495e;color:#fff;padding:9px;text-align:left}
td{padding:8px 9px}tr:nth-child(even) td{background:#eef2f7}.r{text-align:right}"""
    top = argmax_unique({r[0]: r[3] for r in rows})
    dept = rng.choice(depts)
    cnt = sum(1 for r in rows if r[1] == dept)
    pick = rng.choice(rows)
    earliest = argmin_unique({r[0]: r[2] for r in rows})
    qs = [Q("who earns the most here?", top, "person", "largest by column", True),
          Q(f"How many people are in {dept}?", cnt, "count", "count with condition", False),
          Q(f"What's {pick[0]}'s salary?", f"${pick[3]:,}", "money", "value at a label", True),
          Q("Who has been with the company the longest?", earliest, "person", "earliest date", True)]
    return dict(category="table", html=wrap(body, css, width=820), width=820, qs=qs)


def borderless_inventory(rng):
    prods = rng.sample(["Ceramic mug 350ml", "Bamboo cutting board", "Linen napkins (4)", "Cast iron skillet 26cm", "Glass storage jar",
                        "Chef's knife 20cm", "Silicone spatula", "Espresso cups (2)", "Oven mitt", "Salad bowl oak", "Pepper mill"], 9)
    rows = []
    for p in prods:
        stock = rng.randint(0, 140)
        reo = rng.choice([20, 25, 30, 40])
        rows.append((f"HK-{rng.randint(100, 999)}", p, stock, reo, rng.choice(["Shelf A", "Shelf B", "Shelf C", "Backroom"])))
    tr = "".join(f"<tr><td class=m>{s}</td><td>{esc(p)}</td><td class=r>{st}</td><td class=r>{re}</td><td>{loc}</td></tr>" for s, p, st, re, loc in rows)
    body = f"<div class=w><h3>Stock levels · Kitchen &amp; Home</h3><table><tr><th>SKU</th><th>Product</th><th class=r>In stock</th><th class=r>Reorder at</th><th>Location</th></tr>{tr}</table></div>"
    css = """.w{padding:26px}h3{font-weight:400;font-size:22px;margin-top:0}table{border-collapse:collapse;width:100%}th{text-align:left;color:#888;font-weight:normal;font-size:13px;text-transform:uppercase;padding:8px}
td{padding:8px}.m{font-family:'JetBrains Mono';font-size:14px;color:#555}.r{text-align:right}"""
    below = sum(1 for r in rows if r[2] < r[3])
    pick = rng.choice(rows)
    low = argmin_unique({r[1]: r[2] for r in rows})
    qs = [Q("How many products are below their reorder level?", below, "count", "count with condition", False),
          Q(f"stock count for the {pick[1].lower()}?", pick[2], "number", "value at a label", True),
          Q("which product has the lowest stock?", low, "text", "smallest by column", True),
          Q(f"where is {pick[0]} kept", pick[4], "text", "cell by row x column", True)]
    return dict(category="table", html=wrap(body, css, width=800, font="Roboto"), width=800, qs=qs)


def dense_climate(rng):
    cities = rng.sample(CITIES, 8)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    data = {}
    for c in cities:
        base = rng.uniform(-4, 18)
        amp = rng.uniform(5, 13)
        data[c] = [round(base - amp * math.cos(2 * math.pi * i / 12) + rng.uniform(-0.8, 0.8), 1) for i in range(12)]
    tr = "".join("<tr><th>" + esc(c) + "</th>" + "".join(f"<td>{v:.1f}</td>" for v in data[c]) + "</tr>" for c in cities)
    body = f"<div class=w><b>Mean daily temperature (°C), 1991–2020 normals</b><table><tr><th></th>{''.join(f'<th>{m}</th>' for m in months)}</tr>{tr}</table><div class=s>Source: national met services, compiled.</div></div>"
    css = """.w{padding:16px}table{border-collapse:collapse;font-size:13px;margin-top:8px}th,td{border:1px solid #bbb;padding:3px 6px;text-align:right}th{background:#f2f2f2}.s{font-size:12px;color:#777;margin-top:6px}"""
    c1 = rng.choice(cities)
    mi = rng.randrange(12)
    jul = {c: data[c][6] for c in cities}
    warm = argmax_unique(jul)
    c2 = rng.choice([c for c in cities if data[c][0] > data[c1][0] + 0.5] or [c for c in cities if c != c1])
    if data[c2][0] < data[c1][0]:
        c1, c2 = c2, c1
    diff = round(data[c2][0] - data[c1][0], 1)
    qs = [Q(f"what's the {months[mi]} temp for {c1}?", f"{data[c1][mi]:.1f}", "number", "cell by row x column", True),
          Q("Which city is warmest in July?", warm, "text", "largest in a column", True),
          Q(f"how much warmer is {c2} than {c1} in January, in °C?", f"{diff:.1f}", "number", "difference between two cells", False)]
    return dict(category="table", html=wrap(body, css, width=760, font="Liberation Sans"), width=760, qs=qs)


def totals_sales(rng):
    regions = ["North", "South", "East", "West", "Central"]
    qs_ = ["Q1", "Q2", "Q3", "Q4"]
    data = {r: [rng.randint(80, 420) * 1000 for _ in qs_] for r in regions}
    tot_q = [sum(data[r][i] for r in regions) for i in range(4)]
    tot_r = {r: sum(data[r]) for r in regions}
    tr = "".join(f"<tr><td>{r}</td>" + "".join(f"<td class=r>{v:,}</td>" for v in data[r]) + f"<td class='r b'>{tot_r[r]:,}</td></tr>" for r in regions)
    tr += "<tr class=tot><td>Total</td>" + "".join(f"<td class=r>{v:,}</td>" for v in tot_q) + f"<td class=r>{sum(tot_q):,}</td></tr>"
    body = f"<div class=w><h2>FY2024 revenue by region (USD)</h2><table><tr><th>Region</th>{''.join(f'<th class=r>{q}</th>' for q in qs_)}<th class=r>Year</th></tr>{tr}</table></div>"
    css = """body{background:#1e1f26;color:#e6e6e6}.w{padding:26px}h2{color:#8ab4f8;font-weight:500}table{border-collapse:collapse;width:100%}th{border-bottom:2px solid #8ab4f8;padding:8px;text-align:left;color:#8ab4f8}
td{padding:8px;border-bottom:1px solid #3a3b45}.r{text-align:right}.b{font-weight:bold}.tot td{font-weight:bold;border-top:2px solid #e6e6e6;background:#2a2c36}"""
    q2best = argmax_unique({r: data[r][1] for r in regions})
    a, b = sorted(rng.sample(regions, 2), key=lambda r: -tot_r[r])
    d = tot_r[a] - tot_r[b]
    qs = [Q("What was total revenue in Q3 across all regions?", f"{tot_q[2]:,}", "number", "totals row value", True),
          Q("which region did best in Q2?", q2best, "text", "largest in a column", True),
          Q(f"how much more did {a} bring in than {b} over the full year?", f"{d:,}", "number", "difference between two values", False)]
    return dict(category="table", html=wrap(body, css, width=820, bg="#1e1f26", color="#e6e6e6", font="Roboto"), width=820, qs=qs)


def grouped_menu(rng):
    groups = {"Starters": ["Burrata & heirloom tomato", "Crispy calamari", "Soup of the day", "Beef carpaccio"],
              "Mains": ["Wild mushroom risotto", "Grilled sea bass", "Lamb rump, salsa verde", "Chicken tagine"],
              "Desserts": ["Tiramisu", "Lemon posset", "Dark chocolate torte"]}
    rows = {}
    tr = ""
    for g, items in groups.items():
        tr += f"<tr class=g><td colspan=3>{g}</td></tr>"
        for it in items:
            p = rng.choice([6.5, 7.0, 8.5, 9.0, 11.5, 12.0]) if g != "Mains" else rng.choice([16.5, 18.0, 19.5, 21.0, 23.5, 26.0])
            kcal = rng.randint(180, 980)
            rows[it] = (g, p, kcal)
            tr += f"<tr><td>{esc(it)}</td><td class=r>{kcal}</td><td class=r>£{p:.2f}</td></tr>"
    body = f"<div class=w><h1>Osteria Verde</h1><div class=s>Dinner menu · prices include VAT</div><table><tr><th>Dish</th><th class=r>kcal</th><th class=r>Price</th></tr>{tr}</table></div>"
    css = """.w{padding:30px;font-family:'C059'}h1{margin:0;font-weight:normal;font-size:34px;color:#2f5d3a}.s{color:#777;margin-bottom:14px}table{width:100%;border-collapse:collapse;font-size:16px}
th{text-align:left;border-bottom:1px solid #2f5d3a;padding:6px}td{padding:5px 6px}.r{text-align:right}.g td{font-variant:small-caps;font-weight:bold;color:#2f5d3a;padding-top:14px;font-size:18px}"""
    pick = rng.choice(list(rows))
    mains = {k: v[1] for k, v in rows.items() if v[0] == "Mains"}
    exp = sorted(mains.items(), key=lambda kv: -kv[1])
    if exp[0][1] == exp[1][1]:
        return grouped_menu(rng)
    dess = {k: v[2] for k, v in rows.items() if v[0] == "Desserts"}
    qs = [Q(f"how much is the {pick.lower()}?", f"£{rows[pick][1]:.2f}", "money", "value at a label", True),
          Q("What's the priciest main course?", exp[0][0], "text", "largest within a group", True),
          Q("Which dessert has the fewest calories?", argmin_unique(dess), "text", "smallest within a group", True)]
    return dict(category="table", html=wrap(body, css, width=700, bg="#fbf8f1"), width=700, qs=qs)


def spreadsheet(rng):
    projects = rng.sample(["Atlas migration", "Billing revamp", "Mobile onboarding", "Data lake v2", "SSO rollout", "Help center", "Pricing page", "Audit logs"], 7)
    owners = people(rng, 7)
    rows = []
    for p, o in zip(projects, owners):
        dl = dt.date(2025, rng.randint(1, 12), rng.randint(1, 28))
        rows.append((p, o.split()[0], rng.choice(["On track", "At risk", "Blocked", "Done"]), rng.randint(0, 100) if True else 0, dl))
    hdr = ["Project", "Owner", "Status", "% done", "Deadline"]
    cols = "ABCDE"
    trs = "<tr><td class=c></td>" + "".join(f"<td class=c>{c}</td>" for c in cols) + "</tr>"
    trs += "<tr><td class=c>1</td>" + "".join(f"<td class=h>{h}</td>" for h in hdr) + "</tr>"
    for i, r in enumerate(rows):
        trs += f"<tr><td class=c>{i+2}</td><td>{esc(r[0])}</td><td>{esc(r[1])}</td><td>{r[2]}</td><td class=r>{r[3]}%</td><td class=r>{r[4]:%Y-%m-%d}</td></tr>"
    for i in range(len(rows) + 2, len(rows) + 5):
        trs += f"<tr><td class=c>{i}</td>" + "<td></td>" * 5 + "</tr>"
    body = f"""<div class=bar>File&nbsp;&nbsp; Edit&nbsp;&nbsp; View&nbsp;&nbsp; Insert&nbsp;&nbsp; Format&nbsp;&nbsp; Data</div><div class=fx>fx &nbsp;| Project</div><table>{trs}</table>"""
    css = """body{font-family:'Liberation Sans';font-size:14px}.bar{background:#f1f3f4;padding:8px;border-bottom:1px solid #ccc}.fx{padding:6px 8px;border-bottom:1px solid #ccc}
table{border-collapse:collapse}td{border:1px solid #e2e2e2;padding:4px 8px;min-width:60px;height:20px}.c{background:#f8f9fa;color:#555;text-align:center;min-width:24px}
.h{font-weight:bold;background:#d9ead3}.r{text-align:right}"""
    earliest = argmin_unique({r[0]: r[4] for r in rows})
    k = rng.randrange(len(rows))
    blocked = sum(1 for r in rows if r[2] == "Blocked")
    qs = [Q("Which project has the earliest deadline?", earliest, "text", "earliest date", True),
          Q(f"what's in cell C{k+2}?", rows[k][2], "text", "cell by address", True),
          Q("how many projects are blocked", blocked, "count", "count with condition", False),
          Q(f"who owns {rows[(k+3)%len(rows)][0]}?", rows[(k + 3) % len(rows)][1], "person", "who", True)]
    return dict(category="spreadsheet", html=wrap(body, css, width=760), width=760, qs=qs)


GENS = [zebra_staff, borderless_inventory, dense_climate, totals_sales, grouped_menu, spreadsheet]
