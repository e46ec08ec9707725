"""Documents: invoices, receipts, payslips, purchase orders, statements, labels, bills, tickets."""
import datetime as dt
from common import q, render_html, page, esc, de, fr, us, ch, argmax_unique, argmin_unique

CAT = "invoice"


def invoice_de(rng):
    name = "doc_invoice_de"
    items = [("Wartung Kälteanlage, Halle 3", 1, 1480.00), ("Kältemittel R-32 (kg)", 6, 38.90),
             ("Anfahrtspauschale", 1, 65.00), ("Dichtungssatz DN50", 4, 22.75),
             ("Arbeitszeit Techniker (Std.)", 7, 84.50)]
    rng.shuffle(items)
    lines = [(d, qn, p, round(qn * p, 2)) for d, qn, p in items]
    net = round(sum(l[3] for l in lines), 2)
    vat = round(net * 0.19, 2)
    gross = round(net + vat, 2)
    issued = dt.date(2024, 10, 14)
    due = issued + dt.timedelta(days=21)
    rows = "".join(f"<tr><td>{i+1}</td><td>{esc(d)}</td><td class=r>{qn}</td><td class=r>{de(p)} €</td>"
                   f"<td class=r>{de(t)} €</td></tr>" for i, (d, qn, p, t) in enumerate(lines))
    css = """
    .wrap{width:880px;padding:46px 54px;background:#fffdf7}
    .top{display:flex;justify-content:space-between;align-items:flex-start}
    .logo{font-family:'DejaVu Serif';font-size:26px;color:#0b4f6c;font-weight:bold}
    .small{font-size:13px;color:#555;line-height:1.5}
    h1{font-size:30px;letter-spacing:4px;color:#0b4f6c;margin:34px 0 6px;font-weight:300}
    .meta{display:grid;grid-template-columns:150px 160px;font-size:14px;row-gap:4px}
    .addr{margin-top:22px;font-size:15px;line-height:1.5}
    table{width:100%;border-collapse:collapse;margin-top:26px;font-size:14px}
    th{background:#0b4f6c;color:#fff;text-align:left;padding:8px}
    td{padding:8px;border-bottom:1px solid #d9d4c5} .r{text-align:right}
    .sum{width:330px;margin-left:auto;margin-top:14px;font-size:15px}
    .sum div{display:flex;justify-content:space-between;padding:4px 8px}
    .sum .g{background:#0b4f6c;color:#fff;font-weight:bold;font-size:17px}
    .foot{margin-top:30px;font-size:12px;color:#666;border-top:1px solid #ccc;padding-top:10px}
    """
    body = f"""<div class=wrap><div class=top><div><div class=logo>Frostwerk Hansen</div>
    <div class=small>Kälte- &amp; Klimatechnik · Am Speicher 12 · 24103 Kiel</div></div>
    <div class=small style="text-align:right">Tel. 0431 558 20 17<br>buchhaltung@frostwerk-hansen.de<br>USt-IdNr. DE 318 552 904</div></div>
    <div class=addr><div class=small>Rechnung an</div><b>Brauerei Ottersberg KG</b><br>z. Hd. Frau Mirela Kovačević<br>Mühlenweg 4<br>28870 Ottersberg</div>
    <h1>RECHNUNG</h1>
    <div class=meta><span>Rechnungsnr.</span><b>RE-2024-1187</b><span>Rechnungsdatum</span><span>{issued:%d.%m.%Y}</span>
    <span>Fällig am</span><b>{due:%d.%m.%Y}</b><span>Kundennr.</span><span>K-40921</span></div>
    <table><tr><th>Pos.</th><th>Beschreibung</th><th class=r>Menge</th><th class=r>Einzelpreis</th><th class=r>Gesamt</th></tr>{rows}</table>
    <div class=sum><div><span>Nettobetrag</span><span>{de(net)} €</span></div><div><span>zzgl. 19 % MwSt.</span><span>{de(vat)} €</span></div>
    <div class=g><span>Rechnungsbetrag</span><span>{de(gross)} €</span></div></div>
    <div class=foot>Bitte überweisen Sie den Betrag bis zum Fälligkeitsdatum auf IBAN DE41 2105 0170 0093 8812 44 (Förde Sparkasse).</div></div>"""
    render_html(name, page(css, body, font="Open Sans", bg="#e9e6dc"), 990, 1300)
    q(name, CAT, "who is this invoice addressed to? just the company", "Brauerei Ottersberg KG", "text", "recipient company", True)
    q(name, CAT, "When does this Rechnung have to be paid by?", f"{due:%d.%m.%Y}", "date", "due date", True)
    big = argmax_unique(lines, key=lambda l: l[3])
    q(name, CAT, "which line on the invoice costs the most in total?", big[0], "text", "largest line by total", True)
    kg = [l for l in lines if "R-32" in l[0]][0]
    q(name, CAT, "What's the gross amount due including VAT?", f"{de(gross)} €", "money", "invoice total", True)


def receipt(rng):
    name = "doc_receipt_cafe"
    menu = [("Flat White", 3.90), ("Cortado", 3.40), ("Chai Latte oat", 4.60), ("Banana bread", 3.75),
            ("Avocado toast", 9.50), ("Sparkling water", 2.80), ("Almond croissant", 3.95), ("Shakshuka", 12.40)]
    picks = rng.sample(menu, 6)
    qty = [rng.choice([1, 1, 2, 3]) for _ in picks]
    lines = [(n, k, p, round(k * p, 2)) for (n, p), k in zip(picks, qty)]
    sub = round(sum(l[3] for l in lines), 2)
    tip = round(sub * 0.12, 2)
    total = round(sub + tip, 2)
    rows = "".join(f"<div class=l><span>{k} x {esc(n)}</span><span>{us(t)}</span></div>" for n, k, p, t in lines)
    css = """.r{width:380px;margin:20px auto;background:#fff;padding:26px 24px;font-family:'Inconsolata';font-size:17px;
    box-shadow:0 0 8px #aaa} .c{text-align:center} .l{display:flex;justify-content:space-between;margin:3px 0}
    hr{border:none;border-top:2px dashed #777} .b{font-weight:bold;font-size:19px}"""
    body = f"""<div class=r><div class=c style="font-size:22px;font-weight:bold">THE COPPER KETTLE</div>
    <div class=c>118 Harbour St, Wellington 6011<br>GST 112-384-905</div><hr>
    <div class=l><span>Table 14</span><span>Server: Aroha</span></div>
    <div class=l><span>03/11/2024</span><span>10:47 AM</span></div><hr>{rows}<hr>
    <div class=l><span>Subtotal</span><span>{us(sub)}</span></div><div class=l><span>Service 12%</span><span>{us(tip)}</span></div>
    <div class="l b"><span>TOTAL NZD</span><span>{us(total)}</span></div><hr>
    <div class=l><span>VISA ****4471</span><span>APPROVED</span></div><div class=c>Ka kite anō!</div></div>"""
    render_html(name, page(css, body, bg="#cfd8dc"), 440, 900)
    q(name, "receipt", "who served table 14?", "Aroha", "person", "server name", True)
    top = argmax_unique(lines, key=lambda l: l[3])
    q(name, "receipt", "Total paid incl. service?", us(total), "money", "total", True)
    q(name, "receipt", "how many items were ordered altogether (count quantities)?", str(sum(qty)), "count", "sum of quantities", False)


def payslip(rng):
    """Payslip where most labels are implied by layout (two-column blocks, no 'Name:' labels)."""
    name = "doc_payslip"
    base = 4185.00
    ot_h, ot_rate = rng.choice([6, 8, 11]), 29.90
    ot = round(ot_h * ot_rate, 2)
    bonus = 250.00
    gross = round(base + ot + bonus, 2)
    ded = [("Income tax (PAYE)", round(gross * 0.214, 2)), ("National Insurance", round(gross * 0.08, 2)),
           ("Pension 5%", round(base * 0.05, 2)), ("Cycle-to-work", 41.67)]
    dsum = round(sum(d[1] for d in ded), 2)
    netp = round(gross - dsum, 2)
    css = """.p{width:820px;margin:24px;background:#fff;border:1px solid #bbb;font-family:'Roboto'}
    .hd{background:#27313b;color:#fff;padding:18px 26px;display:flex;justify-content:space-between;align-items:center}
    .hd .co{font-size:21px;font-weight:500}.hd .per{font-size:14px;opacity:.85;text-align:right}
    .who{display:flex;justify-content:space-between;padding:18px 26px;border-bottom:1px solid #e3e3e3}
    .who .n{font-size:22px;font-weight:500}.who .s{color:#666;font-size:14px;line-height:1.6}
    .cols{display:flex}.col{flex:1;padding:14px 26px}.col h3{font-size:13px;color:#888;letter-spacing:2px;margin:4px 0 8px}
    .l{display:flex;justify-content:space-between;padding:5px 0;border-bottom:1px dotted #ccc;font-size:15px}
    .tot{font-weight:bold}.net{background:#e8f3ec;margin:6px 26px 22px;padding:14px 18px;display:flex;justify-content:space-between;font-size:20px}"""
    earn = [("Basic salary", base), (f"Overtime {ot_h} h @ £{us(ot_rate)}", ot), ("Q3 performance bonus", bonus)]
    e_html = "".join(f"<div class=l><span>{esc(a)}</span><span>£{us(b)}</span></div>" for a, b in earn)
    d_html = "".join(f"<div class=l><span>{esc(a)}</span><span>£{us(b)}</span></div>" for a, b in ded)
    body = f"""<div class=p><div class=hd><div class=co>Lindqvist Marine Engineering Ltd</div><div class=per>Pay period<br><b>September 2024</b> · paid 27/09/2024</div></div>
    <div class=who><div><div class=n>Oluwaseun Adebayo-Clarke</div><div class=s>Senior Hydraulics Technician<br>Aberdeen yard</div></div>
    <div class=s style="text-align:right">EMP-07731<br>NI QQ 12 34 56 C<br>Tax code 1257L</div></div>
    <div class=cols><div class=col><h3>EARNINGS</h3>{e_html}<div class="l tot"><span>Gross pay</span><span>£{us(gross)}</span></div></div>
    <div class=col><h3>DEDUCTIONS</h3>{d_html}<div class="l tot"><span>Total deductions</span><span>£{us(dsum)}</span></div></div></div>
    <div class=net><span>Net pay</span><b>£{us(netp)}</b></div></div>"""
    render_html(name, page(css, body, bg="#f0f0f0"), 880, 700)
    q(name, "payslip", "whose payslip is this?", "Oluwaseun Adebayo-Clarke", "person", "employee name", True)
    q(name, "payslip", "what's the take-home pay this month", f"£{us(netp)}", "money", "net pay", True)
    q(name, "payslip", "what's the employee number on this slip?", "EMP-07731", "code", "employee id (unlabelled)", True)
    q(name, "payslip", "how much went to tax and NI combined?", f"£{us(round(ded[0][1] + ded[1][1], 2))}", "money", "sum of two deductions", False)


def purchase_order(rng):
    name = "doc_purchase_order"
    parts = [("M8x30 hex bolt, A4 stainless", "FST-0830", 500, 0.21), ("Nylon lock nut M8", "FST-N08", 500, 0.09),
             ("Cable gland PG11", "ELC-PG11", 120, 0.64), ("DIN rail 35mm, 1 m", "ELC-DIN1", 40, 3.15),
             ("Terminal block 4mm² grey", "ELC-TB4G", 300, 0.48), ("Panel enclosure 600x400", "ENC-6040", 6, 118.00)]
    rng.shuffle(parts)
    lines = [(d, c, n, p, round(n * p, 2)) for d, c, n, p in parts]
    total = round(sum(l[4] for l in lines), 2)
    rows = "".join(f"<tr><td>{c}</td><td>{esc(d)}</td><td>{n}</td><td>{ch(p)}</td><td>{ch(t)}</td></tr>" for d, c, n, p, t in lines)
    css = """.w{width:900px;padding:30px 40px;font-family:'Liberation Sans';font-size:14px}
    .t{display:flex;justify-content:space-between;border-bottom:4px solid #c0392b;padding-bottom:10px}
    .t h1{margin:0;font-size:28px;color:#c0392b}.box{display:flex;gap:24px;margin:18px 0}
    .box>div{flex:1;border:1px solid #999;padding:10px}.box h4{margin:0 0 6px;font-size:12px;color:#c0392b}
    table{width:100%;border-collapse:collapse}th,td{border:1px solid #999;padding:6px 8px}th{background:#f4e1df;text-align:left}
    td:nth-child(n+3){text-align:right}.tt td{font-weight:bold;background:#f4e1df}"""
    body = f"""<div class=w><div class=t><h1>PURCHASE ORDER</h1><div style="text-align:right">PO No. <b>4500-2291</b><br>Date 2024-08-19<br>Currency CHF</div></div>
    <div class=box><div><h4>BUYER</h4>Aeschbacher Automation AG<br>Industriestrasse 41<br>8604 Volketswil</div>
    <div><h4>SUPPLIER</h4>Tanaka Components Europe<br>Via Cantonale 9<br>6900 Lugano</div>
    <div><h4>DELIVER BY</h4>2024-09-06<br>Incoterm DAP<br>Contact: Reto Gisler</div></div>
    <table><tr><th>Part no.</th><th>Description</th><th>Qty</th><th>Unit CHF</th><th>Amount CHF</th></tr>{rows}
    <tr class=tt><td colspan=4>Order total</td><td>{ch(total)}</td></tr></table></div>"""
    render_html(name, page(css, body), 980, 800)
    q(name, "purchase_order", "which supplier is this PO going to?", "Tanaka Components Europe", "text", "supplier", True)
    gl = [l for l in lines if l[1] == "ELC-PG11"][0]
    q(name, "purchase_order", "how many PG11 cable glands are we ordering", str(gl[2]), "number", "qty at row", True)
    q(name, "purchase_order", "What's the order total in CHF?", ch(total), "money", "total", True)


def bank_statement(rng):
    name = "doc_bank_statement"
    d0 = dt.date(2024, 5, 1)
    payees = [("Loyer mai – SCI Les Tilleuls", -1140.00), ("Salaire – Vantrel SAS", 3215.40), ("Carrefour Market Rennes", -86.27),
              ("SNCF Connect", -64.00), ("Free Mobile", -19.99), ("Remb. Camille Perrot", 45.00), ("EDF facture", -72.18),
              ("Pharmacie du Colombier", -23.60), ("Décathlon Cesson", -129.95), ("Virement Livret A", -300.00)]
    bal = 1836.52
    opening = bal
    rows = []
    day = d0
    for p, amt in payees:
        day += dt.timedelta(days=rng.randint(1, 3))
        bal = round(bal + amt, 2)
        rows.append((day, p, amt, bal))
    debits = [r for r in rows if r[2] < 0]
    biggest_debit = argmin_unique(debits, key=lambda r: r[2])
    tr = "".join(f"<tr><td>{d:%d/%m}</td><td>{esc(p)}</td><td class=dr>{fr(-a) if a < 0 else ''}</td>"
                 f"<td class=cr>{fr(a) if a > 0 else ''}</td><td class=b>{fr(b)}</td></tr>" for d, p, a, b in rows)
    css = """.s{width:860px;margin:0;padding:34px;font-family:'Nimbus Sans';background:#fff}
    .h{display:flex;justify-content:space-between}.bank{font-size:24px;font-weight:bold;color:#006d5b}
    table{width:100%;border-collapse:collapse;margin-top:20px;font-size:14px}th{border-bottom:2px solid #006d5b;text-align:left;padding:6px;color:#006d5b}
    td{padding:6px;border-bottom:1px solid #eee}.dr,.cr,.b{text-align:right;white-space:nowrap}.cr{color:#0a7d32}
    .op{background:#f2f7f6}"""
    body = f"""<div class=s><div class=h><div><div class=bank>Banque Armoricaine</div><div>Relevé de compte n° 5 / 2024</div></div>
    <div style="text-align:right;font-size:14px">M. Yannick Le Goff<br>14 rue de Brest, 35000 Rennes<br>IBAN FR76 1558 9297 4100 0542 1188 061</div></div>
    <table><tr><th>Date</th><th>Libellé</th><th class=dr>Débit €</th><th class=cr>Crédit €</th><th class=b>Solde €</th></tr>
    <tr class=op><td>01/05</td><td>Solde initial</td><td></td><td></td><td class=b>{fr(opening)}</td></tr>{tr}</table></div>"""
    render_html(name, page(css, body), 930, 800)
    q(name, "bank_statement", "what's the closing balance at the end of this statement?", fr(rows[-1][3]), "money", "last balance", True)
    q(name, "bank_statement", "biggest debit on the statement — who was it paid to?", biggest_debit[1], "text", "largest debit payee", True)
    edf = [r for r in rows if r[1].startswith("EDF")][0]
    q(name, "bank_statement", "how many credits (money in) are there, not counting the opening balance?",
      str(sum(1 for r in rows if r[2] > 0)), "count", "count credits", False)


def shipping_label(rng):
    name = "doc_shipping_label"
    css = """.l{width:600px;margin:20px;border:3px solid #000;font-family:'Liberation Sans';background:#fff}
    .r{display:flex;border-bottom:3px solid #000}.c{padding:10px 14px}.big{font-size:64px;font-weight:900;border-right:3px solid #000;padding:6px 18px}
    .sm{font-size:12px;text-transform:uppercase;font-weight:bold}.addr{font-size:20px;line-height:1.3}
    .bar{height:90px;margin:12px 20px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px,#000 10px 14px,#fff 14px 16px)}"""
    body = """<div class=l><div class=r><div class=big>P</div><div class=c style="flex:1"><div style="font-size:26px;font-weight:bold">PRIORITY EXPRESS</div>
    <div>Ship date: 12 JUN 2024 &nbsp; Wt: 3.4 KG &nbsp; Pkg 2 of 3</div></div></div>
    <div class=r><div class=c style="font-size:14px"><div class=sm>From</div>Noor Haddad<br>Haddad Ceramics Studio<br>77 Kinnear Rd<br>Columbus OH 43212</div></div>
    <div class=r><div class=c><div class=sm>Ship to</div><div class=addr><b>KENJI WATANABE-ROSS</b><br>APT 5C, 2140 SE DIVISION ST<br>PORTLAND OR 97202-1122<br>USA</div></div></div>
    <div class=r style="display:block"><div class=bar></div><div style="text-align:center;font-size:18px;letter-spacing:3px;padding-bottom:8px">TRK# 9405 5118 9956 1042 3377 08</div></div>
    <div class=c style="font-size:13px">REF: ORD-58812 &nbsp;·&nbsp; Signature required: NO</div></div>"""
    render_html(name, page(css, body), 660, 700)
    q(name, "shipping_label", "who's the parcel going to", "Kenji Watanabe-Ross", "person", "recipient", True)
    q(name, "shipping_label", "how heavy is this package?", "3.4 kg", "text", "weight", True)
    q(name, "shipping_label", "does it need a signature?", "no", "yesno", "signature check", False)


def utility_bill(rng):
    name = "doc_utility_bill"
    months = ["Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    kwh = [rng.randint(240, 420) for _ in months]
    prev_read = 48211
    cur_read = prev_read + kwh[-1]
    rate = 0.2874
    energy = round(kwh[-1] * rate, 2)
    standing = round(31 * 0.5210, 2)
    total = round(energy + standing, 2)
    mx = max(kwh); assert kwh.count(mx) == 1
    bars = "".join(f"<div class=bw><div class=bv>{k}</div><div class=bb style='height:{int(k/mx*120)}px'></div><div>{m}</div></div>" for m, k in zip(months, kwh))
    css = """.b{width:760px;margin:18px;background:#fff;font-family:'Cantarell';border-radius:10px;overflow:hidden;border:1px solid #ddd}
    .hd{background:linear-gradient(90deg,#ffb300,#ff7043);padding:18px 24px;color:#212;font-size:24px;font-weight:bold}
    .g{display:grid;grid-template-columns:1fr 1fr;gap:0}.g>div{padding:14px 24px;border-bottom:1px solid #eee}
    .k{font-size:12px;color:#888;text-transform:uppercase}.v{font-size:18px}
    .ch{display:flex;gap:16px;align-items:flex-end;padding:14px 24px;font-size:13px;text-align:center}.bb{width:46px;background:#ff9800}
    .due{background:#212;color:#fff;padding:16px 24px;display:flex;justify-content:space-between;font-size:20px}"""
    body = f"""<div class=b><div class=hd>SunCoast Power &amp; Gas</div>
    <div class=g><div><div class=k>Account holder</div><div class=v>Priya Raghunathan</div></div><div><div class=k>Account no.</div><div class=v>7710 2238 64</div></div>
    <div><div class=k>Billing period</div><div class=v>1 Aug – 31 Aug 2024</div></div><div><div class=k>Meter readings</div><div class=v>{prev_read} → {cur_read}</div></div>
    <div><div class=k>Energy used</div><div class=v>{kwh[-1]} kWh @ ${rate}</div></div><div><div class=k>Energy charge</div><div class=v>${us(energy)}</div></div>
    <div><div class=k>Supply charge (31 days)</div><div class=v>${us(standing)}</div></div><div><div class=k>Due date</div><div class=v>18 Sep 2024</div></div></div>
    <div style="padding:10px 24px 0;font-size:14px;color:#555">Your usage, last 6 months (kWh)</div><div class=ch>{bars}</div>
    <div class=due><span>Amount due</span><b>${us(total)}</b></div></div>"""
    render_html(name, page(css, body, bg="#fafafa"), 820, 800)
    q(name, "utility_bill", "how much power did we use in August", f"{kwh[-1]} kWh", "number", "usage this period", True)
    q(name, "utility_bill", "which month in the usage history had the highest consumption?", months[kwh.index(mx)], "text", "max month in mini chart", True)
    q(name, "utility_bill", "amount due on this bill?", f"${us(total)}", "money", "amount due", True)


def train_ticket(rng):
    name = "doc_train_ticket"
    css = """.t{width:820px;margin:20px;background:#fdf6ec;border:2px solid #7b1e1e;border-radius:6px;font-family:'URW Gothic';display:flex}
    .m{flex:1;padding:18px 24px}.s{width:210px;border-left:2px dashed #7b1e1e;padding:18px}
    .rt{display:flex;align-items:center;gap:18px;font-size:28px;font-weight:bold;margin:12px 0}
    .g{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;margin-top:10px}.k{font-size:11px;color:#7b1e1e;letter-spacing:1px}.v{font-size:18px}"""
    body = """<div class=t><div class=m><div style="color:#7b1e1e;font-weight:bold;letter-spacing:3px">TRENITALIA · FRECCIAROSSA</div>
    <div class=rt><span>Milano Centrale</span><span>→</span><span>Napoli Centrale</span></div>
    <div class=g><div><div class=k>DATA</div><div class=v>21/11/2024</div></div><div><div class=k>PARTENZA</div><div class=v>07:10</div></div>
    <div><div class=k>ARRIVO</div><div class=v>11:45</div></div><div><div class=k>TRENO</div><div class=v>FR 9511</div></div>
    <div><div class=k>CARROZZA</div><div class=v>8</div></div><div><div class=k>POSTO</div><div class=v>12D</div></div>
    <div><div class=k>CLASSE</div><div class=v>Business</div></div><div><div class=k>PREZZO</div><div class=v>€ 109,90</div></div></div>
    <div style="margin-top:14px;font-size:14px">Passeggero: <b>Giulia Ferraresi</b> · PNR <b>QX7T2M</b></div></div>
    <div class=s><div class=k>CODICE BIGLIETTO</div><div class=v style="font-size:16px">2711 0948 3350</div>
    <div style="margin-top:14px;width:150px;height:150px;background:repeating-conic-gradient(#000 0 25%,#fff 0 50%) 0 0/18px 18px"></div></div></div>"""
    render_html(name, page(css, body), 880, 400)
    q(name, "ticket", "what time does the train get into Napoli?", "11:45", "time", "arrival time", True)
    q(name, "ticket", "which seat and coach am I in", "coach 8, seat 12D", "text", "seat and coach", False)
    q(name, "ticket", "how long is the journey?", "4 h 35 min", "time", "duration computed", False)


def build(rng):
    for f in (invoice_de, receipt, payslip, purchase_order, bank_statement, shipping_label, utility_bill, train_ticket):
        f(rng)
