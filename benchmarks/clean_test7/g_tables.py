"""Tables: zebra, borderless, dense, totals row, grouped, spreadsheet grid."""
import random
from common import shot, Q, esc, eu, sp, us, SEED

GENS = ["zebra_employees", "borderless_rates", "dense_stocks", "totals_expenses", "grouped_inventory", "spreadsheet_grid"]
C = "table"


def zebra_employees():
    r = random.Random(SEED + 21)
    names = ["Amara Nwosu", "Lukas Brandt", "Mei-Ling Chou", "Diego Fernández", "Ingrid Solberg", "Omar Haddad", "Siobhán Kelly",
             "Rahul Iyer", "Zofia Kowalczyk", "Kwame Mensah", "Leilani Kahale", "Bruno Carvalho"]
    depts = ["Finance", "Engineering", "Sales", "Support", "Legal"]
    rows = []
    for i, n in enumerate(names):
        rows.append((f"E-{1040+i*7}", n, r.choice(depts), r.randint(2014, 2025), r.randint(12, 31), r.choice(["Remote", "Hybrid", "Office"])))
    tr = "".join(f"<tr><td>{a}</td><td>{b}</td><td>{c}</td><td>{d}</td><td class=r>{e}</td><td>{f}</td></tr>" for a, b, c, d, e, f in rows)
    body = f"<h2>Staff directory — Q1 2026</h2><table><tr><th>ID</th><th>Name</th><th>Department</th><th>Joined</th><th class=r>Leave days</th><th>Work mode</th></tr>{tr}</table>"
    css = """body{padding:20px}h2{font-weight:600;color:#334}table{border-collapse:collapse;width:100%;font-size:15px}th{background:#3b4b6b;color:#fff;padding:8px;text-align:left}
td{padding:7px 8px}tr:nth-child(even) td{background:#eef2f8}.r{text-align:right}"""
    img = shot("table_staff_zebra", body, 860, 580, css, font="Noto Sans")
    eng = sum(1 for x in rows if x[2] == "Engineering")
    Q(img, "how many people in Engineering?", str(eng), "count", C, "count with condition", literal=False)
    mx = max(rows, key=lambda x: x[4])
    if sum(1 for x in rows if x[4] == mx[4]) == 1:
        Q(img, "who has the most leave days left", mx[1], "person", C, "argmax")
    Q(img, f"what department is {rows[6][1]} in", rows[6][2], "text", C, "cell by row x column")
    old = min(rows, key=lambda x: x[3])
    if sum(1 for x in rows if x[3] == old[3]) == 1:
        Q(img, "who's been here the longest (earliest join year)?", old[1], "person", C, "argmin")
    Q(img, "is Omar Haddad remote?", "yes" if rows[5][5] == "Remote" else "no", "yesno", C, "yes/no check", literal=False)


def borderless_rates():
    r = random.Random(SEED + 22)
    cur = [("EUR", "Euro"), ("GBP", "Pound sterling"), ("JPY", "Japanese yen"), ("CHF", "Swiss franc"), ("SEK", "Swedish krona"),
           ("PLN", "Polish złoty"), ("INR", "Indian rupee"), ("BRL", "Brazilian real"), ("ZAR", "South African rand")]
    base = {"EUR": 0.92, "GBP": 0.79, "JPY": 151.3, "CHF": 0.88, "SEK": 10.6, "PLN": 3.98, "INR": 83.4, "BRL": 5.05, "ZAR": 18.7}
    rows = []
    for c, n in cur:
        v = base[c] * r.uniform(0.97, 1.03); ch = round(r.uniform(-1.8, 1.8), 2)
        rows.append((c, n, v, ch))
    tr = "".join(f"<tr><td class=c>{c}</td><td>{n}</td><td class=r>{v:.4f}</td><td class='r {'up' if ch>=0 else 'dn'}'>{ch:+.2f}%</td></tr>" for c, n, v, ch in rows)
    body = f"<div class=w><div class=t>USD cross rates</div><div class=s>1 USD in foreign currency · close 28 Oct 2026</div><table><tr><th>Code</th><th>Currency</th><th class=r>Rate</th><th class=r>24h</th></tr>{tr}</table></div>"
    css = """.w{padding:28px 34px}.t{font-size:26px;font-weight:300}.s{color:#888;font-size:13px;margin-bottom:18px}table{border-collapse:collapse;width:100%;font-size:16px}
th{font-size:12px;color:#999;text-align:left;font-weight:normal;text-transform:uppercase;padding:6px 4px}td{padding:8px 4px}.r{text-align:right}.c{font-weight:bold}.up{color:#0a8f5a}.dn{color:#d33}"""
    img = shot("table_fx_borderless", body, 600, 520, css, font="Lato", bg="#fbfbf8")
    Q(img, "what's the rate for Swiss franc", f"{rows[3][2]:.4f}", "number", C, "value at label")
    best = max(rows, key=lambda x: x[3])
    Q(img, "which currency gained the most in the last 24h", best[0], "code", C, "argmax change")
    neg = sum(1 for x in rows if x[3] < 0)
    Q(img, "how many currencies fell?", str(neg), "count", C, "count negatives", literal=False)


def dense_stocks():
    r = random.Random(SEED + 23)
    tick = ["AAPL", "MSFT", "NVDA", "ASML", "SAP", "TSM", "SHOP", "NFLX", "ADBE", "CRM", "INTC", "AMD", "ORCL", "UBER", "SPOT", "MELI", "SONY", "BABA"]
    rows = []
    for t in tick:
        p = r.uniform(20, 900); ch = r.uniform(-4.5, 4.5); vol = r.randint(1, 95) * 100000 + r.randint(0, 99999); pe = r.uniform(9, 80)
        rows.append((t, p, ch, vol, pe, r.uniform(5, 3200)))
    tr = "".join(f"<tr><td>{t}</td><td>{p:.2f}</td><td class={'g' if c>=0 else 'rd'}>{c:+.2f}%</td><td>{v:,}</td><td>{pe:.1f}</td><td>{m:,.1f}B</td></tr>" for t, p, c, v, pe, m in rows)
    body = f"<table><tr><th>Ticker</th><th>Last</th><th>Chg%</th><th>Volume</th><th>P/E</th><th>Mkt cap</th></tr>{tr}</table>"
    css = """body{padding:8px}table{border-collapse:collapse;font-size:12px;width:100%}th{background:#222;color:#ddd;padding:3px 6px;text-align:right}td{padding:2px 6px;text-align:right;border:1px solid #333;color:#ddd}
td:first-child,th:first-child{text-align:left;font-weight:bold}.g{color:#4ade80}.rd{color:#f87171}"""
    img = shot("table_stocks_dense", body, 560, 440, css, font="DejaVu Sans Mono", bg="#111", fg="#ddd")
    Q(img, "NVDA volume?", f"{rows[2][3]:,}", "number", C, "cell by row x column")
    lo = min(rows, key=lambda x: x[2])
    Q(img, "biggest loser today — which ticker?", lo[0], "code", C, "argmin")
    pe = min(rows, key=lambda x: x[4])
    Q(img, "which stock has the lowest P/E in this list", pe[0], "code", C, "argmin column")
    Q(img, "what did SPOT close at", f"{rows[14][1]:.2f}", "number", C, "value at label")


def totals_expenses():
    r = random.Random(SEED + 24)
    cats = ["Flights", "Hotels", "Ground transport", "Meals", "Conference fees", "Misc."]
    months = ["Jan", "Feb", "Mar"]
    data = {c: [r.randint(0, 4200) if c != "Misc." else r.randint(40, 300) for _ in months] for c in cats}
    tot_m = [sum(data[c][i] for c in cats) for i in range(3)]
    tr = "".join(f"<tr><td>{c}</td>" + "".join(f"<td class=r>{sp(v,0)}</td>" for v in data[c]) + f"<td class='r b'>{sp(sum(data[c]),0)}</td></tr>" for c in cats)
    tr += "<tr class=t><td>Total</td>" + "".join(f"<td class=r>{sp(v,0)}</td>" for v in tot_m) + f"<td class=r>{sp(sum(tot_m),0)}</td></tr>"
    body = f"<div class=w><h3>Travel &amp; expenses, Q1 2026 (CHF)</h3><table><tr><th>Category</th>" + "".join(f"<th class=r>{m}</th>" for m in months) + f"<th class=r>Q1</th></tr>{tr}</table><p>Approved by: Beatrice Keller, CFO</p></div>"
    css = """.w{padding:24px}h3{margin:0 0 12px;font-family:'C059';font-size:21px}table{border-collapse:collapse;width:100%;font-size:15px}th{border-bottom:2px solid #000;padding:6px;text-align:left}
td{padding:6px;border-bottom:1px solid #ccc}.r{text-align:right}.b{font-weight:bold}.t td{font-weight:bold;border-top:3px double #000;background:#fff7d6}p{font-size:13px;color:#555}"""
    img = shot("table_expenses_totals", body, 700, 420, css, font="Liberation Sans")
    Q(img, "Total Q1 spend?", f"{sp(sum(tot_m),0)}", "money", C, "grand total")
    Q(img, "how much went on hotels in February", sp(data["Hotels"][1], 0), "money", C, "cell by row x column")
    mxm = months[tot_m.index(max(tot_m))]
    Q(img, "which month was the most expensive overall?", mxm, "text", C, "argmax total row")
    Q(img, "difference between Flights in March and Flights in January?", sp(abs(data["Flights"][2] - data["Flights"][0]), 0), "money", C, "difference", literal=None)


def grouped_inventory():
    r = random.Random(SEED + 25)
    groups = {"Warehouse Rotterdam": ["Pallet jack PJ-2", "Stretch film 500mm", "Label printer ZT411", "Safety gloves (box)"],
              "Warehouse Gdańsk": ["Pallet jack PJ-2", "Corner boards", "Barcode scanner DS22", "Strapping kit"],
              "Warehouse Porto": ["Stretch film 500mm", "Safety gloves (box)", "Hand truck HT-9"]}
    rows = []; body = "<table><tr><th>Item</th><th class=r>On hand</th><th class=r>Reorder at</th><th>Status</th></tr>"
    for g, its in groups.items():
        body += f"<tr class=g><td colspan=4>{g}</td></tr>"
        for it in its:
            oh = r.randint(0, 140); ro = r.choice([10, 20, 25, 40, 50])
            st = "OK" if oh > ro else ("OUT" if oh == 0 else "LOW")
            rows.append((g, it, oh, ro, st))
            body += f"<tr><td>{it}</td><td class=r>{oh}</td><td class=r>{ro}</td><td><span class='s {st}'>{st}</span></td></tr>"
    body = "<div class=w><h3>Inventory by site</h3>" + body + "</table></div>"
    css = """.w{padding:20px}h3{margin:0 0 10px}table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;padding:6px;color:#555;border-bottom:1px solid #aaa}td{padding:6px 10px}
.g td{background:#e8eef0;font-weight:bold;color:#234;padding-left:6px}.r{text-align:right}.s{padding:2px 8px;border-radius:9px;font-size:12px;font-weight:bold}.OK{background:#d1fae5;color:#065f46}.LOW{background:#fef3c7;color:#92400e}.OUT{background:#fee2e2;color:#991b1b}"""
    img = shot("table_inventory_grouped", body, 620, 560, css, font="Nimbus Sans")
    x = [t for t in rows if t[0] == "Warehouse Gdańsk" and t[1] == "Pallet jack PJ-2"][0]
    Q(img, "how many pallet jacks are on hand in Gdańsk?", str(x[2]), "number", C, "grouped lookup")
    low = sum(1 for t in rows if t[4] != "OK")
    Q(img, "how many items are LOW or OUT across all sites", str(low), "count", C, "count with condition", literal=False)
    por = [t for t in rows if t[0] == "Warehouse Porto"]
    Q(img, "total stock on hand at the Porto warehouse?", str(sum(t[2] for t in por)), "number", C, "group sum", literal=None)


def spreadsheet_grid():
    r = random.Random(SEED + 26)
    reps = ["Fatima Zahra", "Jonas Becker", "Chen Wei", "Lucía Morales", "Aleksander Nowak", "Hannah Schmidt", "Tendai Moyo", "Giulia Romano", "Oscar Nilsson", "Aiko Sato"]
    regs = ["North", "South", "East", "West"]
    data = [(n, r.choice(regs), r.randint(18, 140) * 1000 + r.randint(0, 999), r.randint(20, 140) * 1000, r.randint(3, 40)) for n in reps]
    cols = "ABCDEFGH"
    hdr = "<tr><th class=cn></th>" + "".join(f"<th class=cn>{c}</th>" for c in cols) + "</tr>"
    rows = [["Rep", "Region", "Sales ($)", "Target ($)", "Deals", "% of target", "", ""]]
    for n, rg, s, t, d in data:
        rows.append([n, rg, f"{s:,}", f"{t:,}", str(d), f"{s/t*100:.0f}%", "", ""])
    while len(rows) < 16: rows.append([""] * 8)
    trs = hdr + "".join(f"<tr><th class=rn>{i+1}</th>" + "".join(f"<td class='{'hd' if i==0 else ''} {'num' if j in (2,3,4,5) else ''}'>{v}</td>" for j, v in enumerate(row)) + "</tr>" for i, row in enumerate(rows))
    body = f"""<div class=mb>File  Edit  View  Insert  Format  Data  Tools  Extensions  Help</div><div class=tb>Q3_sales_by_rep.xlsx — Sheet1</div>
<div class=fx><span>F4</span>=C4/D4</div><table>{trs}</table><div class=tabs><span class=on>Sheet1</span><span>Pivot</span><span>Notes</span></div>"""
    css = """.mb{background:#f1f3f4;padding:8px 12px;font-size:14px;color:#333}.tb{padding:6px 12px;font-size:16px}.fx{border:1px solid #ccc;padding:5px 10px;font-size:14px;font-family:'DejaVu Sans Mono'}.fx span{display:inline-block;width:60px;color:#666}
table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #d6d6d6;padding:3px 8px;height:21px;min-width:90px}.cn,.rn{background:#f8f9fa;color:#666;font-weight:normal;min-width:30px;text-align:center}
td.hd{font-weight:bold;background:#e8f0fe}.num{text-align:right}.tabs{position:fixed;bottom:0;left:0;right:0;background:#f1f3f4;padding:6px}.tabs span{padding:4px 14px;font-size:14px}.on{background:#fff;color:#188038;font-weight:bold}"""
    img = shot("sheet_sales_reps", body, 1180, 560, css, font="Liberation Sans")
    d = data
    Q(img, "what's in cell C4?", f"{d[2][2]:,}", "number", C, "cell reference")
    best = max(d, key=lambda x: x[2] / x[3])
    Q(img, "who has the best % of target?", best[0], "person", C, "argmax ratio")
    nth = sum(1 for x in d if x[1] == "West")
    Q(img, "how many reps are in the West region", str(nth), "count", C, "count with condition", literal=False)
    Q(img, "how many deals did Tendai Moyo close?", str(d[6][4]), "number", C, "value at label")
