"""Documents: receipts, invoices, statements, forms, certificates (PIL + chromium)."""
import datetime as dt

from common import (Canvas, F, num, plain, q, r2, render_html, rng, scene)


# ------------------------------------------------------------------ PIL receipt helper
def receipt(name, width, font, size, rows, paper="#fbfaf6", ink="#222222", pad=22, bold=None):
    f = F(font, size)
    fb = F(bold or font, int(size * 1.35))
    lh = int(size * 1.5)
    h = pad * 2 + sum(int(lh * 1.5) if r[0] == "big" else lh for r in rows) + 10
    cv = Canvas(width, h, paper)
    y = pad
    for r in rows:
        k = r[0]
        if k == "c":
            cv.ctext(width / 2, y, r[1], f, ink)
        elif k == "cb":
            cv.ctext(width / 2, y, r[1], fb, ink)
            y += int(lh * 0.4)
        elif k == "l":
            cv.text((pad, y), r[1], f, ink)
        elif k == "lr":
            cv.text((pad, y), r[1], f, ink)
            cv.rtext(width - pad, y, r[2], f, ink)
        elif k == "big":
            cv.text((pad, y), r[1], fb, ink)
            cv.rtext(width - pad, y, r[2], fb, ink)
            y += int(lh * 0.5)
        elif k == "sep":
            cv.d.line((pad, y + lh // 2, width - pad, y + lh // 2), fill=ink, width=1)
        elif k == "dash":
            x = pad
            while x < width - pad:
                cv.d.line((x, y + lh // 2, x + 5, y + lh // 2), fill=ink)
                x += 9
        y += lh
    cv.save(name, crop_h=y + pad)
    return cv


def receipt_ro():
    name = "receipt_ro_supermarket.png"
    R = rng(name)
    items = [("Lapte Zuzu 1,5% 1L", "B"), ("Paine feliata", "B"), ("Cascaval Hochland", "B"),
             ("Detergent Ariel 2,4L", "A"), ("Cafea Jacobs 500g", "B"), ("Hartie igienica 10 role", "A"),
             ("Mere Golden kg", "B"), ("Bere Ursus 6x0,5L", "A")]
    rows = [("cb", "MEGA IMAGE SRL"), ("c", "Str. Baba Novac 14, Bucuresti"), ("c", "CIF: RO6719278"),
            ("dash",)]
    tot = 0.0
    lines = []
    for nm, cat in items:
        qty = R.choice([1, 1, 1, 2, 3])
        pu = r2(R.uniform(3.5, 48))
        val = r2(qty * pu)
        tot += val
        lines.append((nm, cat, qty, pu, val))
        rows.append(("l", f"{qty} BUC x {num(pu, 'eu')}"))
        rows.append(("lr", nm, f"{num(val, 'eu')} {cat}"))
    tot = r2(tot)
    tva_a = r2(sum(v for _, c, _, _, v in lines if c == "A") * 19 / 119)
    tva_b = r2(sum(v for _, c, _, _, v in lines if c == "B") * 9 / 109)
    rows += [("dash",), ("big", "TOTAL", num(tot, "eu")), ("lr", "TOTAL TVA", num(tva_a + tva_b, "eu")),
             ("lr", "TVA A 19,00%", num(tva_a, "eu")), ("lr", "TVA B 9,00%", num(tva_b, "eu")),
             ("lr", "CARD", num(tot, "eu")), ("dash",), ("c", "14.03.2024  18:42   BON 0417"),
             ("c", "VA MULTUMIM!")]
    receipt(name, 430, "Liberation Mono", 14, rows)
    scene(name, "PIL thermal receipt (Liberation Mono)", "light", "receipt",
          "Romanian supermarket bon fiscal, lei with decimal comma, TVA A 19% / B 9%")
    top = max(lines, key=lambda t: t[4])
    q(name, "whats the total on this bon", num(tot, "eu"), "money", "receipt", "lookup", True)
    q(name, "Which line cost the most?", top[0], "text", "receipt", "argmax", True)
    q(name, "how many of the products are in tax group B (9%)?",
      sum(1 for l in lines if l[1] == "B"), "count", "receipt", "count", False)


def receipt_fi():
    name = "receipt_fi_hardware.png"
    R = rng(name)
    items = ["Porakone Bosch 18V", "Ruuvit 4x40 200kpl", "Maalarinteippi 50m", "Kittilasta",
             "Jatkojohto 10m", "Työkäsineet L"]
    prices = {n: r2(R.uniform(2.5, 25)) for n in items}
    prices[items[0]] = r2(R.uniform(119, 169))
    rows = [("cb", "RAUTA-KESKO"), ("c", "Hervannan valtaväylä 2, Tampere"), ("c", "Y-tunnus 0109862-8"), ("sep",)]
    for n in items:
        rows.append(("lr", n, num(prices[n], "fr") + " €"))
    tot = r2(sum(prices.values()))
    alv = r2(tot * 25.5 / 125.5)
    rows += [("sep",), ("big", "YHTEENSÄ", num(tot, "fr") + " €"), ("l", ""),
             ("lr", "ALV 25,5 %", num(alv, "fr")), ("lr", "Veroton", num(r2(tot - alv), "fr")),
             ("lr", "Verollinen", num(tot, "fr")), ("l", ""), ("lr", "Korttimaksu", "MASTERCARD"),
             ("l", "Kortti ************5208"), ("sep",), ("c", "22.11.2024 klo 10.17  Kassa 3"),
             ("c", "Kiitos käynnistä!")]
    receipt(name, 420, "DejaVu Sans Mono", 14, rows, paper="#ffffff", ink="#1a1a40")
    scene(name, "PIL receipt (DejaVu Sans Mono)", "white, navy ink", "receipt",
          "Finnish hardware-store receipt, € with space thousands / decimal comma, ALV 25,5 %")
    q(name, "How much ALV (VAT) is included?", num(alv, "fr"), "money", "receipt", "lookup", True)
    d = prices[items[0]] - prices[items[1]]
    q(name, "how much more was the drill than the screws", num(r2(d), "fr", 2).replace(" ", ""),
      "money", "receipt", "difference", False)


def receipt_ge():
    name = "receipt_ge_wine.png"
    R = rng(name)
    wines = [("Saperavi 2019 Kindzmarauli", R.randint(2, 4), 38.0), ("Rkatsiteli Qvevri 2021", R.randint(1, 3), 27.5),
             ("Mukuzani Reserve 2018", 1, 64.0), ("Tsinandali 2022", R.randint(1, 3), 22.9),
             ("Chacha Grape 0.5L", 1, 45.0)]
    rows = [("cb", "GVINO CELLAR"), ("c", "Leselidze St. 31, Tbilisi"), ("c", "+995 32 2 98 14 07"), ("dash",)]
    tot = 0
    for n, qn, p in wines:
        rows.append(("l", n))
        rows.append(("lr", f"  {qn} x {p:.2f} GEL", f"{qn * p:.2f} GEL"))
        tot += qn * p
    tot = r2(tot)
    cash = (int(tot // 50) + 1) * 50
    rows += [("dash",), ("big", "TOTAL GEL", f"{tot:.2f}"), ("lr", "Cash", f"{cash:.2f}"),
             ("lr", "Change", f"{cash - tot:.2f}"), ("dash",), ("c", "09/06/2024 19:05"),
             ("c", "gaumarjos! / cheers!")]
    receipt(name, 400, "DejaVu Sans", 14, rows, paper="#f6f1e7", ink="#3b1f1f", bold="DejaVu Sans:bold")
    scene(name, "PIL receipt (DejaVu Sans)", "cream, burgundy ink", "receipt",
          "Georgian wine-shop receipt, lari (GEL), cash and change")
    q(name, "how many bottles of the Saperavi did I get", str(wines[0][1]), "count", "receipt", "lookup", True)
    q(name, "Change given?", f"{cash - tot:.2f}", "money", "receipt", "lookup", True)
    q(name, "total bottles on the receipt?", str(sum(w[1] for w in wines)), "count", "receipt", "sum", False)


# ------------------------------------------------------------------ HTML invoices
INV_CSS = """
body{margin:0;background:#eef1f4;font-family:'Open Sans';color:#1d2733}
.page{background:#fff;margin:24px auto;width:900px;padding:40px 48px;box-shadow:0 2px 8px #0002}
h1{font-family:'Lato';font-weight:900;letter-spacing:2px;color:#0b6e4f;margin:0}
table{border-collapse:collapse;width:100%;margin-top:22px;font-size:14px}
th{background:#0b6e4f;color:#fff;text-align:left;padding:8px}
td{padding:8px;border-bottom:1px solid #dde3e8}
.r{text-align:right}.tot td{border:none;padding:4px 8px}.grand td{font-weight:700;font-size:17px;border-top:2px solid #0b6e4f}
.meta{display:flex;justify-content:space-between;font-size:14px;margin-top:20px}
.small{color:#6a7785;font-size:12px}
"""


def invoice_ie():
    name = "invoice_ie_consulting.png"
    R = rng(name)
    tasks = ["Discovery workshop", "Data model review", "API integration (Stripe)", "Accessibility audit",
             "Load testing & report", "Project management"]
    rate = 95.0
    lines = [(t, R.choice([4, 6, 7.5, 8, 12, 14, 16, 22])) for t in tasks]
    sub = sum(h * rate for _, h in lines)
    disc = r2(sub * 0.10)
    net = r2(sub - disc)
    vat = r2(net * 0.23)
    grand = r2(net + vat)
    trs = "".join(f"<tr><td>{t}</td><td class=r>{h:g}</td><td class=r>€{num(rate)}</td>"
                  f"<td class=r>€{num(h * rate)}</td></tr>" for t, h in lines)
    body = f"""<div class=page><div class=meta><div><h1>INVOICE</h1><div class=small>No. INV-2024-0388</div></div>
<div style='text-align:right'><b>Kestrel Digital Ltd</b><br>4 Grand Canal Quay, Dublin 2<br>VAT IE 3291847KH</div></div>
<div class=meta><div><span class=small>BILL TO</span><br><b>Aoife Brennan</b><br>Brennan &amp; Walsh Architects<br>17 Shop Street, Galway</div>
<div style='text-align:right'><span class=small>Issued</span> 02 Sep 2024<br><span class=small>Due</span> 02 Oct 2024<br><span class=small>Terms</span> Net 30</div></div>
<table><tr><th>Description</th><th class=r>Hours</th><th class=r>Rate</th><th class=r>Amount</th></tr>{trs}</table>
<table style='width:45%;margin-left:55%'><tr class=tot><td>Subtotal</td><td class=r>€{num(sub)}</td></tr>
<tr class=tot><td>Loyalty discount (10%)</td><td class=r>−€{num(disc)}</td></tr>
<tr class=tot><td>Net</td><td class=r>€{num(net)}</td></tr>
<tr class=tot><td>VAT 23%</td><td class=r>€{num(vat)}</td></tr>
<tr class='tot grand'><td>Total due</td><td class=r>€{num(grand)}</td></tr></table>
<p class=small>Payment by SEPA transfer to IBAN IE29 AIBK 9311 5212 3456 78. Thank you!</p></div>"""
    render_html(name, body, 1000, 1000, INV_CSS)
    scene(name, "HTML invoice (chromium, Open Sans/Lato)", "light, green header", "invoice",
          "Irish consulting invoice, hours × rate, 10% discount, VAT 23%")
    q(name, "who is this invoice addressed to", "Aoife Brennan", "person", "invoice", "party", True)
    q(name, "When is payment due?", "02 Oct 2024", "date", "invoice", "lookup", True)
    q(name, "how many tasks took more than 10 hours?", sum(1 for _, h in lines if h > 10), "count",
      "invoice", "count", False)


def invoice_pk():
    name = "invoice_pk_wholesale.png"
    R = rng(name)
    prods = [("Basmati Rice 25kg", "bag"), ("Cooking Oil 5L", "tin"), ("Sugar 50kg", "bag"),
             ("Red Chilli Powder 1kg", "pack"), ("Tea Leaves 900g", "pack")]
    lines = []
    for p, u in prods:
        qty = R.randint(3, 40)
        pr = R.choice([1850, 2640, 7450, 980, 1520, 6800, 3120])
        lines.append((p, u, qty, pr, qty * pr))
    sub = sum(l[4] for l in lines)
    gst = round(sub * 0.18)
    grand = sub + gst
    css = INV_CSS.replace("#0b6e4f", "#7a1f5c").replace("'Open Sans'", "'Roboto'")
    trs = "".join(f"<tr><td>{i + 1}</td><td>{p}</td><td>{u}</td><td class=r>{qn}</td><td class=r>{num(pr, dec=0)}</td>"
                  f"<td class=r>{num(t, dec=0)}</td></tr>" for i, (p, u, qn, pr, t) in enumerate(lines))
    body = f"""<div class=page style='width:1000px'><div class=meta><div><h1>SALES TAX INVOICE</h1>
<div class=small>Invoice # LHR-77142 &middot; 18-04-2024</div></div><div style='text-align:right'><b>Al-Noor Traders</b><br>
Shah Alam Market, Lahore<br>NTN 4410923-6 &middot; STRN 03-00-2700-113-82</div></div>
<div class=meta><div><span class=small>Buyer</span><br><b>Karachi Kitchen Supplies</b><br>Attn: Imran Qureshi<br>Plot 22, SITE Area, Karachi</div>
<div style='text-align:right'><span class=small>Delivery</span><br>Truck LES-4471<br>Driver: Bilal</div></div>
<table><tr><th>#</th><th>Item</th><th>Unit</th><th class=r>Qty</th><th class=r>Rate (Rs.)</th><th class=r>Amount (Rs.)</th></tr>{trs}</table>
<table style='width:42%;margin-left:58%'><tr class=tot><td>Value excl. tax</td><td class=r>Rs. {num(sub, dec=0)}</td></tr>
<tr class=tot><td>GST @ 18%</td><td class=r>Rs. {num(gst, dec=0)}</td></tr>
<tr class='tot grand'><td>Grand Total</td><td class=r>Rs. {num(grand, dec=0)}</td></tr></table></div>"""
    render_html(name, body, 1120, 900, css)
    scene(name, "HTML tax invoice (chromium, Roboto/Lato)", "light, plum header", "invoice",
          "Pakistani wholesale sales-tax invoice, Rs. with commas, GST 18%")
    big = max(lines, key=lambda l: l[4])
    q(name, "Grand total?", num(grand, dec=0), "money", "invoice", "lookup", True)
    q(name, "what's the rate for the cooking oil", num(lines[1][3], dec=0), "money", "invoice", "cell", True)
    q(name, "which item has the biggest amount", big[0], "text", "invoice", "argmax", True)


def credit_note_ee():
    name = "credit_note_ee.png"
    R = rng(name)
    amt = r2(R.uniform(180, 900))
    vat = r2(amt * 0.22)
    css = """body{margin:0;background:#fff;font-family:'Nimbus Sans';color:#222}
.w{padding:36px 54px;width:760px}h2{font-size:28px;margin:0 0 4px;color:#c0392b}
.box{border:1px solid #aaa;padding:12px 16px;margin:14px 0;font-size:14px}
table{width:100%;border-collapse:collapse;font-size:14px}td,th{border:1px solid #bbb;padding:6px 8px}
th{background:#f3f3f3}.r{text-align:right}"""
    body = f"""<div class=w><h2>CREDIT NOTE</h2><div>No. KR-2024-0117 &nbsp;|&nbsp; Date 11.07.2024</div>
<div class=box><b>Issuer:</b> Pärnu Puit OÜ, Riia mnt 88, 80010 Pärnu, Estonia &middot; KMKR EE101457783<br>
<b>Customer:</b> Nordhaus Interiors AB, Sveavägen 41, Stockholm</div>
<div class=box>This credit note refers to invoice <b>AR-2024-0642</b> dated 27.06.2024.<br>
Reason: <i>damaged in transit – 6 oak panels returned</i></div>
<table><tr><th>Description</th><th>Qty</th><th class=r>Amount EUR</th></tr>
<tr><td>Oak wall panel 2400×600, oiled</td><td>6</td><td class=r>−{num(amt, 'fr')}</td></tr>
<tr><td>VAT 22%</td><td></td><td class=r>−{num(vat, 'fr')}</td></tr>
<tr><th style='text-align:left'>Total credited</th><th></th><th class=r>−{num(r2(amt + vat), 'fr')}</th></tr></table>
<p style='font-size:13px'>The amount will be offset against your next invoice.</p></div>"""
    render_html(name, body, 870, 700, css)
    scene(name, "HTML credit note (chromium, Nimbus Sans)", "white, red title", "invoice",
          "Estonian credit note referencing an earlier invoice, EUR with space/comma, VAT 22%")
    q(name, "which invoice does this credit note refer to?", "AR-2024-0642", "code", "invoice", "lookup", True)
    q(name, "total credited amount", num(r2(amt + vat), "fr"), "money", "invoice", "lookup", True)
    q(name, "why was it credited", "damaged in transit", "text", "invoice", "read", True)


def transfer_sa():
    name = "transfer_sa_mobile.png"
    R = rng(name)
    amt = R.randint(12, 95) * 100
    fee = 5.75
    css = """body{margin:0;background:#0f3d3e;font-family:'Cantarell';color:#0f3d3e}
.ph{width:380px;margin:20px auto;background:#fff;border-radius:26px;padding:26px 22px}
.ok{width:64px;height:64px;border-radius:50%;background:#1aa260;color:#fff;font-size:40px;text-align:center;line-height:64px;margin:0 auto}
h3{text-align:center}.amt{text-align:center;font-size:30px;font-weight:bold}
.row{display:flex;justify-content:space-between;padding:9px 0;border-bottom:1px solid #e6ecec;font-size:14px}
.k{color:#718586}.btn{margin-top:18px;background:#0f3d3e;color:#fff;text-align:center;padding:12px;border-radius:12px}"""
    ref = f"FT24{R.randint(10 ** 9, 10 ** 10 - 1)}"
    body = f"""<div class=ph><div class=ok>✓</div><h3>Transfer successful</h3><div class=amt>SAR {num(amt)}</div>
<div class=row><span class=k>To</span><span>Faisal Al-Harbi</span></div>
<div class=row><span class=k>Bank</span><span>Riyad Bank</span></div>
<div class=row><span class=k>IBAN</span><span>SA44 2000 0001 2345 6789 1234</span></div>
<div class=row><span class=k>Purpose</span><span>Family support</span></div>
<div class=row><span class=k>Transfer fee</span><span>SAR {fee:.2f}</span></div>
<div class=row><span class=k>Date</span><span>03 Mar 2024, 21:14</span></div>
<div class=row><span class=k>Reference</span><span>{ref}</span></div>
<div class=btn>Share receipt</div></div>"""
    render_html(name, body, 440, 760, css)
    scene(name, "HTML mobile banking (chromium, Cantarell)", "dark teal frame, white card", "bank",
          "Saudi bank-transfer confirmation, SAR, fee and reference")
    q(name, "who did I send the money to", "Faisal Al-Harbi", "person", "bank", "party", True)
    q(name, "ref number?", ref, "code", "bank", "lookup", True)
    q(name, "what was taken from my account in total including the fee", plain(amt + fee), "money", "bank",
      "sum", False)


def statement_qa():
    name = "statement_qa_card.png"
    R = rng(name)
    merchants = ["Talabat", "Carrefour Villaggio", "Lulu Hypermarket", "Talabat", "Ooredoo Bill",
                 "Karwa Taxi", "Talabat", "Virgin Megastore", "Qatar Airways", "Woqod Fuel", "Starbucks Pearl"]
    start = dt.date(2024, 5, 1)
    tx = []
    for i, m in enumerate(merchants):
        d = start + dt.timedelta(days=R.randint(0, 28))
        a = r2(R.uniform(18, 420)) if m != "Qatar Airways" else r2(R.uniform(1900, 3100))
        tx.append((d, m, a))
    rows_sorted = sorted(tx, key=lambda t: t[0], reverse=True)
    trs = "".join(f"<tr><td>{d.strftime('%d %b %Y')}</td><td>{m}</td><td class=r>{num(a)}</td></tr>"
                  for d, m, a in rows_sorted)
    tot = r2(sum(a for _, _, a in tx))
    css = """body{margin:0;font-family:'Roboto';background:#f4f1ec;color:#2b2b2b}
.top{background:#5c0632;color:#fff;padding:16px 30px;font-size:20px}.wrap{display:flex;gap:24px;padding:24px 30px}
.card{background:#fff;border-radius:8px;padding:18px;box-shadow:0 1px 3px #0002}
table{border-collapse:collapse;width:100%;font-size:14px}td,th{padding:8px 10px;border-bottom:1px solid #eee;text-align:left}
.r{text-align:right}.k{color:#888;font-size:12px;margin-top:12px}.v{font-size:20px;font-weight:500}"""
    body = f"""<div class=top>Doha Bank &middot; Platinum Credit Card ••• 7731</div><div class=wrap>
<div class=card style='width:260px'><div class=k>Statement period</div><div class=v>01–31 May 2024</div>
<div class=k>Total spend (QAR)</div><div class=v>{num(tot)}</div><div class=k>Minimum payment</div><div class=v>{num(r2(tot * 0.05))}</div>
<div class=k>Payment due</div><div class=v>25 Jun 2024</div></div>
<div class=card style='flex:1'><table><tr><th>Date</th><th>Merchant</th><th class=r>Amount (QAR)</th></tr>{trs}</table></div></div>"""
    render_html(name, body, 1200, 800, css)
    scene(name, "HTML online banking (chromium, Roboto)", "light, maroon bar", "bank_statement",
          "Qatari credit-card statement, QAR, summary card + transactions newest first")
    big = max(tx, key=lambda t: t[2])
    first = min(tx, key=lambda t: t[0])
    assert sum(1 for t in tx if t[0] == first[0]) == 1
    q(name, "where did i spend the most", big[1], "text", "bank_statement", "argmax", True)
    q(name, "How many Talabat orders are on this statement?", 3, "count", "bank_statement", "count", False)
    q(name, "what was the first purchase of the month?", first[1], "text", "bank_statement", "earliest", True)


def golf_booking():
    name = "golf_teetime.png"
    R = rng(name)
    players = R.choice([3, 4])
    fee = R.choice([85, 95, 110])
    buggy = 40
    total = players * fee + buggy
    css = """body{margin:0;background:#e9f1e4;font-family:'URW Gothic';color:#17361f}
.c{width:620px;margin:30px auto;background:#fff;border-top:8px solid #2f6b3a;padding:26px 34px}
h2{margin:0;font-size:26px}.g{display:grid;grid-template-columns:1fr 1fr;gap:12px 30px;margin-top:18px;font-size:15px}
.k{font-size:11px;letter-spacing:1px;color:#6d8a73}.t{margin-top:20px;border-top:1px dashed #9bb;padding-top:12px;font-size:15px}
.row{display:flex;justify-content:space-between;padding:3px 0}"""
    body = f"""<div class=c><h2>Tee time confirmed ⛳</h2><div>Lahinch Links Golf Club &middot; Old Course</div>
<div class=g><div><div class=k>DATE</div>Saturday 14 September 2024</div><div><div class=k>TEE TIME</div>08:48</div>
<div><div class=k>PLAYERS</div>{players}</div><div><div class=k>BOOKED BY</div>Declan O'Shea</div>
<div><div class=k>HOLES</div>18</div><div><div class=k>BOOKING REF</div>LH-55019</div></div>
<div class=t><div class=row><span>Green fee × {players}</span><span>€{players * fee}.00</span></div>
<div class=row><span>Buggy hire</span><span>€{buggy}.00</span></div>
<div class=row><b>Total paid</b><b>€{total}.00</b></div></div>
<p style='font-size:12px;color:#6d8a73'>Please check in at the pro shop 20 minutes before your tee time. Soft spikes only.</p></div>"""
    render_html(name, body, 700, 560, css)
    scene(name, "HTML booking card (chromium, URW Gothic)", "light green", "booking",
          "golf tee-time confirmation, players × green fee + buggy")
    q(name, "what time do we tee off", "08:48", "time", "booking", "lookup", True)
    q(name, "green fee per player?", str(fee), "money", "booking", "rate", False)
    q(name, "who made the booking", "Declan O'Shea", "person", "booking", "party", True)


def tax_summary():
    name = "tax_return_summary.png"
    R = rng(name)
    wages = R.randint(52000, 88000)
    interest = R.randint(120, 900)
    adj = R.randint(1500, 4000)
    agi = wages + interest - adj
    ded = 14600
    taxable = agi - ded
    tax = round(taxable * 0.12 - 1200)
    withheld = tax + R.choice([-850, 640, 1210, -320])
    refund = withheld - tax
    box = lambda on: "☒" if on else "☐"
    css = """body{margin:0;background:#fff;font-family:'Liberation Serif';color:#000}
.f{width:980px;padding:26px 40px;border:2px solid #000;margin:14px}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #000;padding-bottom:6px}
.l{display:flex;border-bottom:1px solid #777;font-size:15px}.l .n{width:40px;font-weight:bold;padding:5px}.l .d{flex:1;padding:5px}
.l .a{width:160px;text-align:right;padding:5px;border-left:1px solid #777;font-family:'Liberation Mono'}
.st{font-size:15px;padding:8px 0;border-bottom:1px solid #777}"""
    fs = ["Single", "Married filing jointly", "Married filing separately", "Head of household"]
    sel = 1
    digital = R.random() < 0.5
    sts = " &nbsp; ".join(f"{box(i == sel)} {s}" for i, s in enumerate(fs))
    body = f"""<div class=f><div class=hd><div><b style='font-size:22px'>Individual Income Tax Return — Summary</b><br>Tax year 2023</div>
<div style='text-align:right'>Taxpayer: Marcus &amp; Lena Whitfield<br>Prepared 02/19/2024</div></div>
<div class=st><b>Filing status:</b> {sts}</div>
<div class=st>{box(False)} Someone can claim you as a dependent &nbsp;&nbsp;&nbsp; {box(digital)} Received or sold digital assets &nbsp;&nbsp;&nbsp; {box(True)} Presidential election campaign fund</div>
<div class=l><div class=n>1</div><div class=d>Wages, salaries, tips</div><div class=a>{num(wages, dec=0)}</div></div>
<div class=l><div class=n>2b</div><div class=d>Taxable interest</div><div class=a>{num(interest, dec=0)}</div></div>
<div class=l><div class=n>10</div><div class=d>Adjustments to income</div><div class=a>{num(adj, dec=0)}</div></div>
<div class=l><div class=n>11</div><div class=d>Adjusted gross income</div><div class=a>{num(agi, dec=0)}</div></div>
<div class=l><div class=n>12</div><div class=d>Standard deduction</div><div class=a>{num(ded, dec=0)}</div></div>
<div class=l><div class=n>15</div><div class=d>Taxable income</div><div class=a>{num(taxable, dec=0)}</div></div>
<div class=l><div class=n>24</div><div class=d>Total tax</div><div class=a>{num(tax, dec=0)}</div></div>
<div class=l><div class=n>25d</div><div class=d>Federal income tax withheld</div><div class=a>{num(withheld, dec=0)}</div></div>
<div class=l><div class=n>34</div><div class=d>Amount overpaid (refund)</div><div class=a>{num(max(refund, 0), dec=0) if refund > 0 else ''}</div></div>
<div class=l><div class=n>37</div><div class=d>Amount you owe</div><div class=a>{num(-refund, dec=0) if refund < 0 else ''}</div></div></div>"""
    render_html(name, body, 1100, 700, css)
    scene(name, "HTML tax form summary (chromium, Liberation Serif/Mono)", "white, black rules", "form",
          "US-style tax return summary with filing-status checkboxes and numbered lines")
    q(name, "which filing status is ticked", fs[sel], "text", "form", "selected", True)
    q(name, "are we getting a refund this year?", "yes" if refund > 0 else "no", "yesno",
      "form", "exists", False)
    q(name, "is the digital assets box checked?", "yes" if digital else "no", "yesno", "form", "state_yesno", False)
    q(name, "total tax minus withholding (line 24 - line 25d)?", str(tax - withheld), "number", "form",
      "subtract", False)


def garage_workorder():
    name = "garage_workorder.png"
    R = rng(name)
    parts = [("Brake pads front (set)", r2(R.uniform(45, 80))), ("Brake discs front x2", r2(R.uniform(90, 140))),
             ("Oil filter", r2(R.uniform(8, 15))), ("Engine oil 5W-30 5L", r2(R.uniform(35, 55))),
             ("Wiper blades pair", r2(R.uniform(15, 28)))]
    hours = R.choice([2.5, 3.0, 3.5])
    rate = 68.0
    cv = Canvas(760, 700, "#fffef6")
    ft = F("Special Elite", 30)
    f = F("Special Elite", 17)
    fs = F("Special Elite", 14)
    cv.text((40, 30), "ACE MOTOR REPAIRS", ft, "#1c2a4a")
    cv.text((40, 70), "Unit 7, Canal Ind. Est., Limerick · 061 440 912", fs, "#1c2a4a")
    cv.d.line((40, 100, 720, 100), fill="#1c2a4a", width=2)
    y = 115
    for k, v in [("Work order", "WO-3318"), ("Vehicle", "Toyota Corolla 1.6"), ("Reg", "171-L-20594"),
                 ("Mileage", "142,380 km"), ("Mechanic", "Tomasz Nowicki"), ("Date in", "05/11/2024")]:
        cv.text((40, y), f"{k}:", f, "#555")
        cv.text((200, y), v, f, "#111")
        y += 28
    y += 10
    cv.text((40, y), "PARTS", f, "#1c2a4a")
    y += 30
    for p, pr in parts:
        cv.text((60, y), p, f)
        cv.rtext(700, y, f"€{pr:.2f}", f)
        y += 27
    y += 8
    cv.text((40, y), "LABOUR", f, "#1c2a4a")
    y += 30
    cv.text((60, y), f"{hours} hrs @ €{rate:.2f}/hr", f)
    cv.rtext(700, y, f"€{hours * rate:.2f}", f)
    y += 40
    tot = r2(sum(p for _, p in parts) + hours * rate)
    cv.d.line((420, y - 6, 720, y - 6), fill="#111")
    cv.text((420, y), "TOTAL (incl. VAT)", f)
    cv.rtext(700, y, f"€{tot:.2f}", f)
    y += 40
    cv.text((40, y), "Customer signature: ____________________", fs, "#555")
    cv.save(name, crop_h=y + 40)
    scene(name, "PIL typed work order (Special Elite)", "cream paper", "invoice",
          "Irish garage work order, parts list + labour hours × rate")
    q(name, "Who was the mechanic", "Tomasz Nowicki", "person", "invoice", "party", True)
    q(name, "how much were the parts altogether (without labour)?", f"{sum(p for _, p in parts):.2f}", "money",
      "invoice", "sum", False)


def optician_rx():
    name = "optician_rx.png"
    R = rng(name)
    vals = {}
    for eye in ("R", "L"):
        vals[eye] = dict(SPH=f"{R.choice([-1, -1, 1]) * R.choice([0.75, 1.25, 1.5, 2.0, 2.25, 3.0]):+.2f}",
                         CYL=f"{-R.choice([0.25, 0.5, 0.75, 1.0]):+.2f}", AXIS=str(R.choice([10, 85, 95, 170, 180])),
                         ADD=f"+{R.choice([1.0, 1.25, 1.5]):.2f}")
    if vals["R"]["CYL"] == vals["L"]["CYL"]:
        vals["L"]["CYL"] = "-1.25"
    cv = Canvas(820, 420, "white")
    fh = F("Nimbus Sans:bold", 24)
    f = F("Nimbus Sans", 17)
    fb = F("Nimbus Sans:bold", 17)
    cv.d.rectangle((0, 0, 820, 60), fill="#00607a")
    cv.text((30, 16), "ÓPTICA VISTA CLARA — Spectacle Prescription", fh, "white")
    cv.text((30, 80), "Patient: Sofía Restrepo Gil", f)
    cv.text((480, 80), "Exam date: 23/01/2025", f)
    cols = ["", "SPH", "CYL", "AXIS", "ADD"]
    x0, y0, cw, rh = 30, 130, 150, 44
    for i, c in enumerate(cols):
        cv.d.rectangle((x0 + i * cw, y0, x0 + (i + 1) * cw, y0 + rh), outline="#00607a", fill="#e2f1f5")
        cv.ctext(x0 + i * cw + cw / 2, y0 + 12, c, fb, "#00607a")
    for j, (eye, lab) in enumerate([("R", "OD (right)"), ("L", "OS (left)")]):
        yy = y0 + (j + 1) * rh
        for i, c in enumerate(cols):
            cv.d.rectangle((x0 + i * cw, yy, x0 + (i + 1) * cw, yy + rh), outline="#00607a")
            cv.ctext(x0 + i * cw + cw / 2, yy + 12, lab if i == 0 else vals[eye][c], fb if i == 0 else f)
    cv.text((30, 290), "PD: 63 mm      Lens: progressive, anti-reflective", f)
    cv.text((30, 322), "Valid until: 23/01/2027", f)
    cv.text((30, 354), "Optometrist: Dr. Camilo Arango  (TP 4471)", f)
    cv.save(name, crop_h=395)
    scene(name, "PIL prescription form (Nimbus Sans)", "white, teal", "medical",
          "Colombian optician spectacle prescription grid OD/OS × SPH/CYL/AXIS/ADD")
    q(name, "what is the cylinder for the left eye", vals["L"]["CYL"], "number", "medical", "cell", True)
    q(name, "pd?", "63 mm", "number", "medical", "lookup", True)
    q(name, "who signed the prescription", "Dr. Camilo Arango", "person", "medical", "party", True)


def race_cert():
    name = "race_certificate.png"
    R = rng(name)
    secs = R.randint(95 * 60, 125 * 60)
    h, m, s = secs // 3600, secs % 3600 // 60, secs % 60
    t = f"{h}:{m:02d}:{s:02d}"
    pace = round(secs / 21.0975)
    pace_s = f"{pace // 60}:{pace % 60:02d}"
    place = R.randint(150, 2400)
    cv = Canvas(1000, 680, "#fdfbf5")
    cv.d.rectangle((16, 16, 984, 664), outline="#b8860b", width=6)
    cv.d.rectangle((30, 30, 970, 650), outline="#b8860b", width=1)
    cv.ctext(500, 70, "CERTIFICATE OF COMPLETION", F("P052:bold", 42), "#5a3e00")
    cv.ctext(500, 140, "Vilnius Half Marathon 2024 · 21.0975 km", F("P052", 24), "#333")
    cv.ctext(500, 210, "This certifies that", F("P052:italic", 22), "#555")
    cv.ctext(500, 250, "Rūta Kazlauskaitė", F("Z003", 64), "#1b1b5e")
    cv.ctext(500, 345, "finished the race with an official chip time of", F("P052:italic", 22), "#555")
    cv.ctext(500, 385, t, F("P052:bold", 56), "#5a3e00")
    fl = F("P052", 22)
    cv.ctext(250, 490, "Overall place", fl, "#777")
    cv.ctext(250, 520, f"{place}", F("P052:bold", 30), "#222")
    cv.ctext(500, 490, "Category", fl, "#777")
    cv.ctext(500, 520, "W35", F("P052:bold", 30), "#222")
    cv.ctext(750, 490, "Bib", fl, "#777")
    cv.ctext(750, 520, "4187", F("P052:bold", 30), "#222")
    cv.ctext(500, 600, "8 September 2024", F("P052", 20), "#333")
    cv.save(name)
    scene(name, "PIL certificate (P052, Z003 script)", "ivory, gold border", "certificate",
          "Lithuanian half-marathon finisher certificate with chip time, place, bib")
    q(name, "what was her finishing time", t, "time", "certificate", "lookup", True)
    q(name, "What was the average pace per km? (min:sec)", pace_s, "time", "certificate", "rate", False)


def dividend_note():
    name = "dividend_statement.png"
    R = rng(name)
    shares = R.randint(120, 900)
    dps = R.choice([0.42, 0.58, 0.735, 1.12])
    gross = r2(shares * dps)
    wht = r2(gross * 0.15)
    net = r2(gross - wht)
    css = """body{margin:0;font-family:'Lato';background:#fafafa;color:#222}.s{width:720px;margin:20px auto;background:#fff;border:1px solid #ddd}
.h{padding:18px 26px;border-bottom:4px solid #f2b705;display:flex;justify-content:space-between}
.b{padding:10px 26px 26px}.row{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px dotted #ccc;font-size:15px}
.k{color:#666}"""
    body = f"""<div class=s><div class=h><div><b style='font-size:20px'>Dividend Advice</b><br><span class=k>Account 88-40211-3</span></div>
<div style='text-align:right'><b>Helvetia Custody Services</b><br><span class=k>Zürich</span></div></div><div class=b>
<p>Holder: <b>Liesl Andermatt</b></p>
<div class=row><span class=k>Security</span><span>Nordwind Energy ASA (ISIN NO0010937420)</span></div>
<div class=row><span class=k>Ex-date</span><span>16.05.2024</span></div>
<div class=row><span class=k>Payment date</span><span>29.05.2024</span></div>
<div class=row><span class=k>Shares held</span><span>{shares}</span></div>
<div class=row><span class=k>Dividend per share</span><span>USD {dps}</span></div>
<div class=row><span class=k>Gross amount</span><span>USD {num(gross)}</span></div>
<div class=row><span class=k>Withholding tax 15%</span><span>USD {num(wht)}</span></div>
<div class=row><b>Net credited</b><b>USD {num(net)}</b></div></div></div>"""
    render_html(name, body, 800, 560, css)
    scene(name, "HTML custody advice (chromium, Lato)", "white, yellow rule", "bank",
          "dividend advice: shares × dividend per share, 15% withholding")
    q(name, "how much was actually credited after tax", num(net), "money", "bank", "lookup", True)
    q(name, "when was the ex-date", "16.05.2024", "date", "bank", "lookup", True)


def packing_slip():
    name = "packing_slip_lu.png"
    R = rng(name)
    items = [("LX-2201", "Linen napkins, set of 4, sage"), ("LX-0918", "Stoneware mug 350ml"),
             ("LX-4410", "Table runner 180cm"), ("LX-1176", "Beeswax candles (pair)"),
             ("LX-3005", "Olive wood board"), ("LX-2690", "Glass carafe 1L")]
    qty = [R.randint(1, 6) for _ in items]
    while qty.count(max(qty)) > 1:
        qty[qty.index(max(qty))] += 1
    cv = Canvas(900, 620, "white")
    fb = F("Roboto Condensed:bold", 30)
    f = F("Roboto Condensed", 17)
    fm = F("Roboto Mono", 17) if False else F("DejaVu Sans Mono", 15)
    cv.text((40, 30), "PACKING SLIP", fb, "#111")
    cv.text((600, 30), "Maison Moselle S.à r.l.", F("Roboto Condensed:bold", 17))
    cv.text((600, 55), "12 Rue de Hollerich, Luxembourg", f, "#555")
    cv.text((40, 95), "Order #: MM-58217     Ship date: 12 Feb 2025", f)
    cv.text((40, 122), "Ship to: Jana Novak, Vinohradská 80, 120 00 Praha, CZ", f)
    y = 170
    cv.d.rectangle((40, y, 860, y + 34), fill="#222")
    for x, h in [(50, "SKU"), (190, "Description"), (700, "Qty"), (780, "Packed")]:
        cv.text((x, y + 7), h, F("Roboto Condensed:bold", 17), "white")
    y += 34
    for (sku, d), qn in zip(items, qty):
        cv.text((50, y + 9), sku, fm)
        cv.text((190, y + 8), d, f)
        cv.text((710, y + 8), str(qn), f)
        cv.d.rectangle((795, y + 9, 813, y + 27), outline="#333", width=2)
        cv.d.line((798, y + 18, 803, y + 24), fill="#333", width=2)
        cv.d.line((803, y + 24, 811, y + 11), fill="#333", width=2)
        cv.d.line((40, y + 36, 860, y + 36), fill="#ddd")
        y += 36
    cv.text((40, y + 20), "Boxes: 2   Weight: 7.4 kg   Packed by: R. Schmit", f)
    cv.save(name, crop_h=y + 70)
    scene(name, "PIL packing slip (Roboto Condensed + DejaVu Sans Mono)", "white, black header", "shipping",
          "Luxembourg shop packing slip, SKU list with quantities and tick boxes")
    big = items[qty.index(max(qty))][0]
    q(name, "how many units in total in this shipment", str(sum(qty)), "count", "shipping", "sum", False)
    q(name, "which SKU has the largest quantity", big, "code", "shipping", "argmax", True)


ALL = [receipt_ro, receipt_fi, receipt_ge, invoice_ie, invoice_pk, credit_note_ee, transfer_sa, statement_qa,
       golf_booking, tax_summary, garage_workorder, optician_rx, race_cert, dividend_note, packing_slip]
