# ruff: noqa: E501 — HTML and CSS templates read better on one line each.
"""Receipts, invoices, web forms, ID cards / badges / boarding passes, HTML tables — HTML written here, gold from data."""

from __future__ import annotations

import random
from html import escape

from common import FONTS, Fact, Scene, money

SHOP_ITEMS = [
    "Flat white", "Croissant", "Oat milk latte", "Blueberry muffin", "Sparkling water", "Avocado toast",
    "Bananas 1kg", "Whole milk 2L", "Sourdough loaf", "Free-range eggs", "Cheddar 400g", "Olive oil 500ml",
    "Dish soap", "AA batteries", "Notebook A5", "Gel pen pack", "USB-C cable", "Phone case", "Green tea",
    "Chicken wrap", "Caesar salad", "Tomato soup", "Orange juice", "Dark chocolate", "Paper towels",
    "Shampoo 250ml", "Toothpaste", "Basmati rice 1kg", "Pasta 500g", "Coffee beans 1kg",
]
SHOPS = ["Harbour Café", "FreshMart", "Corner Deli No. 9", "Bytes & Bits", "La Petite Boulangerie", "Greenway Grocers",
         "Kwik Stop", "Moonbeam Books", "Urban Pantry", "Station Kiosk"]
COMPANIES = ["Norwind Logistics GmbH", "Apex Digital Ltd", "Bluefin Consulting LLC", "Kestrel Print Co.",
             "Orchid Analytics Inc.", "Tamarack Web Studio", "Vela Marine Supplies", "Quill & Ink Legal"]
CLIENTS = ["Harper & Sons", "Lumen Health Clinic", "Ridgeway School", "Otto Becker", "Sakura Foods Ltd",
           "Marta Kowalska", "Delta Sports Club", "Pine Street Dental"]
SERVICES = ["Website redesign", "Hosting (12 months)", "SEO audit", "Logo design", "Copywriting, 5 pages",
            "Server maintenance", "Consulting hours", "Domain renewal", "Photography session", "Print run 500 flyers",
            "Data migration", "Training workshop"]
PEOPLE = ["Amira Haddad", "Jonas Lindqvist", "Priya Raman", "Tomás Ortega", "Chloe Dubois", "Kwame Mensah",
          "Yuki Tanaka", "Elena Petrova", "Liam O'Connor", "Sofia Rossi", "Noah Fischer", "Zara Ahmed"]
CITIES = [("LHR", "London Heathrow"), ("CDG", "Paris Charles de Gaulle"), ("AMS", "Amsterdam Schiphol"),
          ("FRA", "Frankfurt"), ("MAD", "Madrid Barajas"), ("DUB", "Dublin"), ("JFK", "New York JFK"),
          ("LIS", "Lisbon"), ("CPH", "Copenhagen"), ("VIE", "Vienna")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _date(rng: random.Random, style: int) -> str:
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.choice([2023, 2024, 2025])
    return [f"{d:02d}/{m:02d}/{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
            f"{MONTHS[m - 1].upper()} {d:02d}, {y}", f"{d:02d}.{m:02d}.{y}"][style % 5]


def _code(rng: random.Random, pattern: str) -> str:
    out = []
    for ch in pattern:
        if ch == "9":
            out.append(str(rng.randint(0, 9)))
        elif ch == "A":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(ch)
    return "".join(out)


def _phone(rng: random.Random) -> str:
    return rng.choice([
        f"020 {rng.randint(7000, 8999)} {rng.randint(1000, 9999)}",
        f"0{rng.randint(151, 199)} {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
        f"06 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}",
        f"030 {rng.randint(100, 999)} {rng.randint(1000, 9999)}",
        f"(0{rng.randint(10, 99)}) {rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
    ])


def _distinct_prices(rng: random.Random, n: int, lo: float, hi: float, step: float = 0.05) -> list[float]:
    vals: set[float] = set()
    while len(vals) < n:
        vals.add(round(round(rng.uniform(lo, hi) / step) * step, 2))
    out = list(vals)
    rng.shuffle(out)
    return out


def receipt(idx: int, rng: random.Random) -> Scene:
    cur = ["$", "£", "€", "€", "£", "$", "€", "£"][idx % 8]
    euro_comma = idx in (3, 6)
    font = FONTS[[4, 5, 0, 1, 6, 2][idx % 6]]
    names = rng.sample(SHOP_ITEMS, rng.randint(4, 7))
    prices = _distinct_prices(rng, len(names), 0.8, 24.0)
    sub = round(sum(prices), 2)
    disc_pct = rng.choice([0, 10, 15]) if idx % 3 else 0
    disc = round(sub * disc_pct / 100, 2)
    rate = {"$": rng.choice([7, 8.25, 6]), "£": 20, "€": rng.choice([19, 21, 10])}[cur]
    tax = round((sub - disc) * rate / 100, 2)
    total = round(sub - disc + tax, 2)
    cash = idx % 2 == 0
    paid = float(((int(total) // 10) + 1) * 10) if cash else total
    change = round(paid - total, 2)
    m = lambda v: money(v, cur, euro_comma)  # noqa: E731
    tax_label = "Sales tax" if cur == "$" else "VAT"
    date = _date(rng, idx)
    rno = _code(rng, rng.choice(["9999-99", "A99999", "99-AAA-999"]))
    shop = SHOPS[idx % len(SHOPS)]
    rows = "".join(f"<tr><td>{escape(n)}</td><td class=r>{m(p)}</td></tr>" for n, p in zip(names, prices, strict=True))
    extra = ""
    if disc:
        extra += f"<tr><td>Discount {disc_pct}%</td><td class=r>-{m(disc)}</td></tr>"
    extra += f"<tr><td>{tax_label} {rate:g}%</td><td class=r>{m(tax)}</td></tr>"
    pay = (f"<tr><td>Cash</td><td class=r>{m(paid)}</td></tr><tr><td>Change</td><td class=r>{m(change)}</td></tr>"
           if cash else "<tr><td>Paid by card ****" + str(rng.randint(1000, 9999)) + f"</td><td class=r>{m(paid)}</td></tr>")
    bg, fg = [("#fffef8", "#222"), ("#ffffff", "#111"), ("#f7f3ea", "#333"), ("#fdfdfd", "#1a1a40")][idx % 4]
    html = f"""<html><body style="margin:0;background:#ddd;font-family:{font}">
<div style="width:360px;margin:18px auto;background:{bg};color:{fg};padding:22px 26px;box-shadow:0 2px 8px #999;font-size:15px">
<div style="text-align:center;font-size:21px;font-weight:bold">{escape(shop)}</div>
<div style="text-align:center;font-size:12px">12 High Street · Tel {_phone(rng)}</div>
<div style="margin:10px 0;font-size:13px">Date: {date}<br>Receipt #: {rno}</div>
<style>td{{padding:3px 0}} .r{{text-align:right}} table{{width:100%;border-collapse:collapse}}</style>
<table>{rows}<tr><td colspan=2 style="border-top:1px dashed {fg}"></td></tr>
<tr><td>Subtotal</td><td class=r>{m(sub)}</td></tr>{extra}
<tr style="font-weight:bold;font-size:18px"><td>TOTAL</td><td class=r>{m(total)}</td></tr>{pay}</table>
<div style="text-align:center;margin-top:12px;font-size:12px">Thank you for shopping with us!</div></div></body></html>"""
    i_max, i_min = prices.index(max(prices)), prices.index(min(prices))
    a, b = rng.sample(range(len(names)), 2)
    k = rng.randrange(len(names))
    facts = [
        Fact("total", {}, m(total), "money"),
        Fact("item_price", {"item": names[k]}, m(prices[k]), "money"),
        Fact("priciest", {"thing": "item"}, names[i_max], "text"),
        Fact("cheapest", {"thing": "item"}, names[i_min], "text"),
        Fact("count", {"things": rng.choice(["items on the receipt", "different products", "line items"])},
             str(len(names)), "count"),
        Fact("lookup", {"label": rng.choice(["tax", tax_label])}, m(tax), "money"),
        Fact("lookup", {"label": "subtotal"}, m(sub), "money"),
        Fact("lookup", {"label": "date"}, date, "date"),
        Fact("lookup", {"label": "receipt number"}, rno, "code"),
        Fact("exists", {"thing": "a discount"}, "yes" if disc else "no", "yesno"),
        Fact("sum", {"a": names[a], "b": names[b], "measure": "price"}, m(prices[a] + prices[b]), "money"),
        Fact("nth", {"ord": ["first", "second", "third"][k % 3], "thing": "item"}, names[k % 3], "text"),
    ]
    if cash:
        facts.append(Fact("lookup", {"label": "change"}, m(change), "money"))
    return Scene(f"receipt{idx}", "receipt", facts, html=html, size=(420, 330 + 30 * len(names) + 60))


def invoice(idx: int, rng: random.Random) -> Scene:
    cur = ["€", "$", "£", "$", "€", "£"][idx % 6]
    font = FONTS[[1, 2, 0, 3, 7, 1][idx % 6]]
    accent = ["#1f4e79", "#7a1f5c", "#2e7d32", "#333333", "#b34700", "#00695c"][idx % 6]
    while True:
        svc = rng.sample(SERVICES, rng.randint(3, 5))
        qty = [rng.choice([1, 1, 2, 3, 5, 10]) for _ in svc]
        unit = _distinct_prices(rng, len(svc), 20, 900, 5)
        amt = [q * u for q, u in zip(qty, unit, strict=True)]
        if len(set(amt)) == len(amt) and amt.index(max(amt)) == unit.index(max(unit)):
            break
    sub = sum(amt)
    disc = round(sub * 0.05, 2) if idx % 2 else 0.0
    rate = {"€": 19, "$": 8.5, "£": 20}[cur]
    tax = round((sub - disc) * rate / 100, 2)
    total = round(sub - disc + tax, 2)
    m = lambda v: money(v, cur)  # noqa: E731
    inv = _code(rng, rng.choice(["INV-2024-9999", "9999-AA", "AA-99999", "INV99999"]))
    issued, due = _date(rng, idx + 1), _date(rng, idx + 1)
    company, client = COMPANIES[idx % len(COMPANIES)], CLIENTS[(idx * 3) % len(CLIENTS)]
    rows = "".join(
        f"<tr><td>{escape(s)}</td><td class=c>{q}</td><td class=r>{m(u)}</td><td class=r>{m(a)}</td></tr>"
        for s, q, u, a in zip(svc, qty, unit, amt, strict=True)
    )
    disc_row = f"<tr><td colspan=3 class=r>Discount (5%)</td><td class=r>-{m(disc)}</td></tr>" if disc else ""
    html = f"""<html><body style="margin:0;font-family:{font};color:#222;background:#fff">
<style>table.l{{width:100%;border-collapse:collapse;font-size:14px}} table.l th{{background:{accent};color:#fff;
padding:7px;text-align:left}} table.l td{{padding:7px;border-bottom:1px solid #ddd}} .r{{text-align:right}}
.c{{text-align:center}}</style>
<div style="padding:34px 44px">
<div style="display:flex;justify-content:space-between"><div><div style="font-size:24px;font-weight:bold;color:{accent}">
{escape(company)}</div><div style="font-size:13px">Billing: {_phone(rng)}</div></div>
<div style="text-align:right"><div style="font-size:30px;letter-spacing:2px;color:{accent}">INVOICE</div>
<div style="font-size:14px">Invoice No: <b>{inv}</b><br>Issue date: {issued}<br>Due date: {due}</div></div></div>
<div style="margin:22px 0 14px;font-size:14px"><b>Bill to:</b><br>{escape(client)}</div>
<table class=l><tr><th>Description</th><th class=c>Qty</th><th class=r>Unit price</th><th class=r>Amount</th></tr>{rows}
<tr><td colspan=3 class=r>Subtotal</td><td class=r>{m(sub)}</td></tr>{disc_row}
<tr><td colspan=3 class=r>Tax ({rate:g}%)</td><td class=r>{m(tax)}</td></tr>
<tr style="font-weight:bold;font-size:16px"><td colspan=3 class=r>Total due</td><td class=r>{m(total)}</td></tr></table>
<div style="margin-top:20px;font-size:12px;color:#666">Payment within 30 days. Thank you for your business.</div>
</div></body></html>"""
    k = rng.randrange(len(svc))
    a, b = rng.sample(range(len(svc)), 2)
    facts = [
        Fact("total", {}, m(total), "money"),
        Fact("lookup", {"label": "invoice number"}, inv, "code"),
        Fact("lookup", {"label": "due date"}, due, "date"),
        Fact("lookup", {"label": rng.choice(["client", "customer this is billed to"])}, client, "text"),
        Fact("priciest", {"thing": "line item"}, svc[amt.index(max(amt))], "text"),
        Fact("count", {"things": rng.choice(["line items", "services billed"])}, str(len(svc)), "count"),
        Fact("lookup", {"label": f"quantity of {svc[k]}"}, str(qty[k]), "number"),
        Fact("lookup", {"label": "tax amount"}, m(tax), "money"),
        Fact("diff", {"a": svc[a] if amt[a] > amt[b] else svc[b], "b": svc[b] if amt[a] > amt[b] else svc[a],
                      "measure": "amount"}, m(abs(amt[a] - amt[b])), "money"),
        Fact("exists", {"thing": "a discount"}, "yes" if disc else "no", "yesno"),
    ]
    return Scene(f"invoice{idx}", "invoice", facts, html=html, size=(820, 520 + 38 * len(svc)))
