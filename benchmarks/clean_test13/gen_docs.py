"""Paper-like documents: receipts, statements, bills, invoices, tickets, cards."""
import random
from common import Q, scene, page, esc, eur, usd, dec_comma

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

THERMAL = """body{background:#d9d6cf;padding:30px} .r{width:380px;margin:auto;background:#fbfaf6;padding:22px 20px;
font-family:'Liberation Mono',monospace;font-size:15px;line-height:1.35;box-shadow:0 2px 8px #0003;color:#333}
.c{text-align:center} .row{display:flex;justify-content:space-between} .b{font-weight:bold} hr{border:0;border-top:1px dashed #777}
.big{font-size:19px}"""


def receipt(name, shop, addr, items, fmt, tax_label, tax_rate, pay_label, paid, date, time_, extra_head="", lang="de", cat="receipt"):
    lines = []
    total = 0
    for it in items:
        nm, qty, unit = it
        line = qty * unit
        total += line
        q = f"{qty} x {fmt(unit/100)}" if qty > 1 else ""
        if q:
            lines.append(f"<div class='row'><span>{esc(nm)}</span><span></span></div><div class='row'><span>&nbsp;&nbsp;{q}</span><span>{fmt(line/100)}</span></div>")
        else:
            lines.append(f"<div class='row'><span>{esc(nm)}</span><span>{fmt(line/100)}</span></div>")
    tax = round(total * tax_rate / (100 + tax_rate))
    change = paid - total
    body = f"""<div class='r'><div class='c b big'>{esc(shop)}</div><div class='c'>{addr}</div>{extra_head}<hr>
    {''.join(lines)}<hr><div class='row b big'><span>{'SUMME' if lang=='de' else 'TOTAL'}</span><span>{fmt(total/100)}</span></div>
    <div class='row'><span>{pay_label}</span><span>{fmt(paid/100)}</span></div>
    <div class='row'><span>{'Rückgeld' if lang=='de' else ('Rendu' if lang=='fr' else ('Växel' if lang=='sv' else 'Change'))}</span><span>{fmt(change/100)}</span></div><hr>
    <div class='row'><span>{tax_label} {tax_rate}%</span><span>{fmt(tax/100)}</span></div><hr>
    <div class='c'>{date} &nbsp; {time_}</div></div>"""
    return page(body, THERMAL), total, tax, change


def scenes(seed):
    rng = random.Random(seed + 1)
    out = []

    # 1 German bakery/supermarket receipt
    items = [("Vollkornbrot 750g", 1, 329), ("Bio Milch 1L", 3, 119), ("Butter 250g", 1, 239),
             ("Äpfel Elstar kg", 2, rng.choice([249, 259, 269])), ("Kaffee Crema 500g", 1, 849), ("Pfand", 2, 25)]
    fmt = lambda v: eur(v, sym="", sep="").strip()
    h, total, tax, change = receipt("r1", "FRISCHMARKT HOLZER", "Lindenallee 14<br>79098 Freiburg", items, fmt, "MwSt", 7,
                                    "BAR", 2500, "14.03.2026", "17:42")
    exp = max(items, key=lambda x: x[1] * x[2])
    out.append(scene("receipt_frischmarkt", "receipt", 520, 720, h, qs=[
        Q("what was the total on this receipt?", fmt(total / 100), "money", "field_read", True),
        Q("Which line cost the most?", exp[0], "text", "argmax", True),
        Q("how much change did I get back", fmt(change / 100), "money", "field_read", True),
        Q("Wie viele Liter Milch habe ich gekauft?", "3", "count", "table_cell", False),
    ]))

    # 2 US diner receipt with tip
    items = [("Cheeseburger", 2, 1295), ("Sweet Potato Fries", 1, 595), ("Iced Tea", 2, 350), ("Apple Pie", 1, 725)]
    sub = sum(q * p for _, q, p in items)
    tax = round(sub * 0.0875)
    tot = sub + tax
    rows = "".join(f"<div class='row'><span>{q} {esc(n)}</span><span>{usd(q*p/100)}</span></div>" for n, q, p in items)
    body = f"""<div class='r'><div class='c b big'>BLUE FINCH DINER</div><div class='c'>2210 Harbor Rd, Portland OR</div>
    <div class='c'>Server: Marisol &nbsp; Table 12</div><hr>{rows}<hr>
    <div class='row'><span>Subtotal</span><span>{usd(sub/100)}</span></div><div class='row'><span>Tax 8.75%</span><span>{usd(tax/100)}</span></div>
    <div class='row b big'><span>TOTAL</span><span>{usd(tot/100)}</span></div><hr>
    <div>Tip guide:</div><div class='row'><span>18%</span><span>{usd(round(sub*0.18)/100)}</span></div>
    <div class='row'><span>20%</span><span>{usd(round(sub*0.20)/100)}</span></div><hr><div class='c'>VISA ****4417 &nbsp; 06/21/2026 8:14 PM</div></div>"""
    tip20 = round(sub * 0.20)
    out.append(scene("receipt_bluefinch", "receipt", 520, 640, page(body, THERMAL), qs=[
        Q("whats the tax on this", usd(tax / 100), "money", "field_read", True),
        Q("If I tip 20%, what do I pay altogether?", usd((tot + tip20) / 100), "money", "arithmetic", False),
        Q("who was our server", "Marisol", "person", "who_when_where", True),
    ]))

    # 3 French receipt
    items = [("BAGUETTE TRADITION", 2, 125), ("COMTE AOP 200G", 1, 489), ("TOMATES GRAPPE", 1, 312),
             ("EAU PETILLANTE 6X1L", 1, 399), ("YAOURT NATURE X8", 1, 215), ("CHOCOLAT NOIR 70%", 3, 189)]
    fmt = lambda v: dec_comma(v) + " €"
    h, total, tax, change = receipt("r3", "SUPERMARCHÉ LES HALLES", "12 rue des Tanneurs<br>69002 Lyon",
                                    items, fmt, "TVA", 5.5, "ESPECES", 3000, "02/05/2026", "10:07", lang="fr")
    out.append(scene("receipt_leshalles", "receipt", 520, 760, h, qs=[
        Q("combien j'ai payé au total ?", fmt(total / 100), "money", "field_read", True),
        Q("how much tva is included", fmt(tax / 100), "money", "field_read", True),
        Q("How many bars of chocolate did I buy?", "3", "count", "table_cell", False),
        Q("what was the cheapest product per unit", min(items, key=lambda x: x[2])[0], "text", "argmin", True),
    ]))

    # 4 Swedish receipt
    items = [("Kanelbulle", 4, 3200), ("Kaffe stor", 2, 4500), ("Räksmörgås", 1, 11900), ("Mineralvatten", 1, 2900)]
    fmt = lambda v: dec_comma(v) + " kr"
    h, total, tax, change = receipt("r4", "KAFÉ SJÖBODEN", "Strandvägen 3, Visby", items, fmt, "Moms", 12, "KORT", 0, "2026-07-11", "15:26", lang="sv")
    h = h.replace("<div class='row'><span>Växel</span><span>" + fmt(-total / 100) + "</span></div>", "")
    h = h.replace(f"<span>KORT</span><span>{fmt(0)}</span>", f"<span>KORT</span><span>{fmt(total/100)}</span>")
    out.append(scene("receipt_sjoboden", "receipt", 520, 560, h, qs=[
        Q("total in kronor?", fmt(total / 100), "money", "field_read", True),
        Q("how much did the cinnamon buns cost together", fmt(4 * 32), "money", "table_cell", True),
        Q("what day of the week was this receipt printed", "Saturday", "text", "who_when_where", False),
    ]))

    # 5 Dutch bank statement
    opening = 248_316
    tx = [("01-04-2026", "Salaris Van Dijk Logistiek BV", 312_550, True), ("02-04-2026", "Huur april - Woonstede", 124_000, False),
          ("05-04-2026", "Albert Heijn 1043 Utrecht", 8_743, False), ("08-04-2026", "Eneco energie", 13_900, False),
          ("11-04-2026", "Terugbetaling Tikkie - S. de Boer", 2_250, True), ("15-04-2026", "NS Reizigers", 4_680, False),
          ("19-04-2026", "Bol.com bestelling 88213", 5_999, False), ("24-04-2026", "Zorgverzekering VGZ", 14_215, False)]
    bal = opening
    rows = ""
    for d, desc, amt, cr in tx:
        bal += amt if cr else -amt
        a = eur(amt / 100, sym="", sep="").strip()
        rows += f"<tr><td>{d}</td><td>{esc(desc)}</td><td class='n'>{'' if cr else a}</td><td class='n'>{a if cr else ''}</td><td class='n'>{eur(bal/100,sym='',sep='').strip()}</td></tr>"
    css = """body{padding:30px;font-family:'Lato',sans-serif;font-size:14px;background:#eef1f4} .s{background:#fff;padding:34px;width:960px;margin:auto}
    h2{color:#ff6200;margin:0} td,th{padding:7px 9px;border-bottom:1px solid #ddd;text-align:left} .n{text-align:right} th{background:#f3f3f3}
    .meta{display:flex;justify-content:space-between;margin:18px 0}"""
    debits = [t for t in tx if not t[3]]
    big = max(debits, key=lambda t: t[2])
    body = f"""<div class='s'><h2>Oranjebank</h2><div>Rekeningafschrift april 2026</div><div class='meta'><div><b>J.M. Verhoeven</b><br>Oudegracht 212<br>3511 NV Utrecht</div>
    <div>IBAN: <b>NL47 ORAN 0593 1177 42</b><br>Afschrift nr. 4<br>Periode: 01-04-2026 t/m 30-04-2026</div></div>
    <table style='width:100%'><tr><th>Datum</th><th>Omschrijving</th><th class='n'>Af (€)</th><th class='n'>Bij (€)</th><th class='n'>Saldo (€)</th></tr>
    <tr><td></td><td><i>Beginsaldo</i></td><td></td><td></td><td class='n'>{eur(opening/100,sym='',sep='').strip()}</td></tr>{rows}</table>
    <p style='text-align:right'><b>Eindsaldo: € {eur(bal/100,sym='',sep='').strip()}</b></p></div>"""
    out.append(scene("bank_oranjebank", "bank_statement", 1100, 720, page(body, css), qs=[
        Q("what's my IBAN on this statement", "NL47 ORAN 0593 1177 42", "code", "field_read", True),
        Q("biggest single payment going out?", big[1], "text", "argmax", True),
        Q("ending balance", "€ " + eur(bal / 100, sym='', sep='').strip(), "money", "field_read", True),
        Q("how many incoming transfers were there in april", str(sum(1 for t in tx if t[3])), "count", "count", False),
    ]))

    # 6 Italian utility bill
    kwh_prev, kwh_now = 18_342, 18_342 + rng.randint(260, 340)
    cons = kwh_now - kwh_prev
    price = 0.2874
    energia = round(cons * price, 2)
    fisso = 12.40
    iva = round((energia + fisso) * 0.10, 2)
    tot = round(energia + fisso + iva, 2)
    css = """body{padding:24px;background:#f4f4f0;font-family:'DejaVu Sans',sans-serif;font-size:13px} .b{width:820px;margin:auto;background:#fff;border-top:8px solid #1a8c5b;padding:28px}
    h1{font-size:22px;color:#1a8c5b;margin:0 0 4px} .box{border:1px solid #1a8c5b;padding:12px;margin:14px 0;display:flex;justify-content:space-between}
    td{padding:6px 8px;border-bottom:1px solid #e3e3e3} .n{text-align:right} .big{font-size:24px;font-weight:bold;color:#1a8c5b}"""
    body = f"""<div class='b'><h1>LuceVerde Energia S.p.A.</h1><div>Bolletta luce n. <b>LV-2026-0418832</b> — emessa il 04/06/2026</div>
    <div class='box'><div>Intestatario: <b>Chiara Bonfiglio</b><br>Via dei Mille 27, 40121 Bologna<br>Codice cliente: 7730192</div>
    <div style='text-align:right'>Totale da pagare<br><span class='big'>{dec_comma(tot)} €</span><br>Scadenza: <b>24/06/2026</b></div></div>
    <b>Letture contatore</b><table style='width:100%'><tr><td>Lettura precedente (31/03/2026)</td><td class='n'>{kwh_prev:,} kWh</td></tr>
    <tr><td>Lettura attuale (31/05/2026)</td><td class='n'>{kwh_now:,} kWh</td></tr><tr><td>Consumo del periodo</td><td class='n'>{cons} kWh</td></tr></table><br>
    <b>Dettaglio importi</b><table style='width:100%'><tr><td>Spesa per la materia energia ({cons} kWh × {dec_comma(price,4)} €/kWh)</td><td class='n'>{dec_comma(energia)} €</td></tr>
    <tr><td>Quota fissa</td><td class='n'>{dec_comma(fisso)} €</td></tr><tr><td>IVA 10%</td><td class='n'>{dec_comma(iva)} €</td></tr>
    <tr><td><b>Totale</b></td><td class='n'><b>{dec_comma(tot)} €</b></td></tr></table>
    <p>Pagamento: addebito diretto SEPA su IT60 X054 2811 1010 0000 0123 456</p></div>"""
    out.append(scene("bill_luceverde", "utility_bill", 900, 700, page(body.replace(f"{kwh_prev:,}", f"{kwh_prev:,}".replace(",", ".")).replace(f"{kwh_now:,}", f"{kwh_now:,}".replace(",", ".")), css), qs=[
        Q("quando scade la bolletta?", "24/06/2026", "date", "field_read", True),
        Q("how many kWh did we use this period", str(cons), "number", "field_read", True),
        Q("what's the amount due", dec_comma(tot) + " €", "money", "field_read", True),
    ]))

    # 7 English invoice
    lines = [("Brand workshop (half day)", 1, 1850_00), ("Logo redesign - 3 concepts", 1, 2400_00),
             ("Icon set, per icon", 24, 45_00), ("Print-ready brochure layout", 2, 380_00), ("Stock photo licences", 6, 29_00)]
    sub = sum(q * p for _, q, p in lines)
    vat = round(sub * 0.20)
    tot = sub + vat
    rows = "".join(f"<tr><td>{esc(n)}</td><td class='n'>{q}</td><td class='n'>£{p/100:,.2f}</td><td class='n'>£{q*p/100:,.2f}</td></tr>" for n, q, p in lines)
    css = """body{padding:40px;font-family:'Liberation Serif',serif;font-size:15px} .top{display:flex;justify-content:space-between} h1{letter-spacing:4px;font-weight:normal;margin:0}
    table{width:100%;margin-top:24px} th{border-bottom:2px solid #333;text-align:left;padding:6px} td{padding:6px;border-bottom:1px solid #ccc} .n{text-align:right} .tot td{border:0}"""
    body = f"""<div class='top'><div><h1>INVOICE</h1><div>Harrow &amp; Pike Design Studio<br>41 Mill Lane, Bristol BS1 4QT<br>VAT Reg. GB 318 5502 71</div></div>
    <div style='text-align:right'>Invoice no. <b>HP-2026-117</b><br>Date: 3 March 2026<br>Due: <b>2 April 2026</b><br><br>Bill to:<br>Kestrel Outdoor Ltd<br>9 Quay Street, Cardiff</div></div>
    <table><tr><th>Description</th><th class='n'>Qty</th><th class='n'>Unit price</th><th class='n'>Amount</th></tr>{rows}
    <tr class='tot'><td></td><td></td><td class='n'>Subtotal</td><td class='n'>£{sub/100:,.2f}</td></tr><tr class='tot'><td></td><td></td><td class='n'>VAT 20%</td><td class='n'>£{vat/100:,.2f}</td></tr>
    <tr class='tot'><td></td><td></td><td class='n'><b>Total due</b></td><td class='n'><b>£{tot/100:,.2f}</b></td></tr></table>
    <p>Payment by bank transfer: Sort code 20-45-77, Account 53019284. Please quote the invoice number.</p>"""
    out.append(scene("invoice_harrowpike", "invoice", 900, 680, page(body, css), qs=[
        Q("invoice number?", "HP-2026-117", "code", "field_read", True),
        Q("how much are they charging for the icon set in total", f"£{lines[2][1]*lines[2][2]/100:,.2f}", "money", "table_cell", True),
        Q("When is payment due", "2 April 2026", "date", "field_read", True),
        Q("what's the total incl. VAT", f"£{tot/100:,.2f}", "money", "field_read", True),
    ]))

    # 8 German payslip
    gross = 4_386_50
    ded = [("Lohnsteuer", 71_233), ("Solidaritätszuschlag", 0), ("Kirchensteuer", 5_698), ("Rentenversicherung", 40_795),
           ("Arbeitslosenversicherung", 5_703), ("Krankenversicherung", 35_969), ("Pflegeversicherung", 7_458)]
    net = gross - sum(v for _, v in ded)
    f = lambda c: eur(c / 100, sym="", sep="").strip()
    rows = "".join(f"<tr><td>{n}</td><td class='n'>{f(v)}</td></tr>" for n, v in ded)
    css = """body{padding:30px;font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif;font-size:13px;background:#e9e9e9}
    .p{background:#fff;width:760px;margin:auto;padding:26px;border:1px solid #bbb} td{padding:5px 8px;border-bottom:1px solid #eee} .n{text-align:right}
    .hd{display:flex;justify-content:space-between;border-bottom:2px solid #004b87;padding-bottom:10px} h3{color:#004b87;margin:14px 0 4px}"""
    body = f"""<div class='p'><div class='hd'><div><b>Brenner Maschinenbau GmbH</b><br>Industriestr. 8, 73728 Esslingen</div><div style='text-align:right'><b>Entgeltabrechnung</b><br>Mai 2026</div></div>
    <p>Mitarbeiter: <b>Tobias Reinhardt</b> &nbsp; Pers.-Nr. 10482 &nbsp; Steuerklasse I &nbsp; Eintritt 01.09.2019</p>
    <h3>Bezüge</h3><table style='width:100%'><tr><td>Grundgehalt</td><td class='n'>{f(4_120_00)}</td></tr><tr><td>Schichtzulage</td><td class='n'>{f(226_50)}</td></tr>
    <tr><td>VWL Arbeitgeberanteil</td><td class='n'>{f(40_00)}</td></tr><tr><td><b>Gesamtbrutto</b></td><td class='n'><b>{f(gross)}</b></td></tr></table>
    <h3>Abzüge</h3><table style='width:100%'>{rows}</table>
    <h3>Auszahlung</h3><table style='width:100%'><tr><td><b>Nettobetrag</b></td><td class='n'><b>{f(net)} EUR</b></td></tr><tr><td>Überweisung an DE89 3704 0044 0532 0130 00</td><td></td></tr></table></div>"""
    out.append(scene("payslip_brenner", "payslip", 840, 780, page(body, css), qs=[
        Q("what's my net pay this month", f(net) + " EUR", "money", "field_read", True),
        Q("Wie hoch ist die Lohnsteuer?", f(71_233), "money", "field_read", True),
        Q("how much went to health + care insurance combined", f(35_969 + 7_458), "money", "arithmetic", False),
    ]))

    # 9 Purchase order
    lines = [("SKU-4471", "Steel shelf bracket 30cm", 200, 185), ("SKU-4472", "Steel shelf bracket 45cm", 150, 245),
             ("SKU-9010", "Wall plug 8mm (box/100)", 40, 690), ("SKU-1203", "Oak shelf board 90cm", 60, 2150)]
    rows = "".join(f"<tr><td>{s}</td><td>{d}</td><td class='n'>{q}</td><td class='n'>{p/100:.2f}</td><td class='n'>{q*p/100:,.2f}</td></tr>" for s, d, q, p in lines)
    tot = sum(q * p for *_, q, p in lines)
    css = """body{padding:30px;font-family:'Liberation Sans Narrow','Liberation Sans',sans-serif;font-size:15px} h2{margin:0;background:#333;color:#fff;padding:8px 12px}
    .g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:10px;margin:14px 0} .g div{border:1px solid #999;padding:8px} td,th{border:1px solid #999;padding:6px} .n{text-align:right} th{background:#ddd}"""
    body = f"""<h2>PURCHASE ORDER &nbsp; PO-58213</h2><div class='g'><div><b>Buyer</b><br>Nordlicht Interiors AB<br>Kungsgatan 56, Göteborg</div>
    <div><b>Supplier</b><br>Ferro Components Ltd<br>Unit 7, Dock Road, Hull</div><div><b>Order date</b> 2026-02-17<br><b>Delivery by</b> 2026-03-06<br><b>Terms</b> Net 30 · currency EUR</div></div>
    <table style='width:100%'><tr><th>Item</th><th>Description</th><th>Qty</th><th>Unit</th><th>Line total</th></tr>{rows}
    <tr><td colspan=4 class='n'><b>Order total</b></td><td class='n'><b>{tot/100:,.2f}</b></td></tr></table><p>Approved by: Elin Sjöberg, Purchasing</p>"""
    out.append(scene("po_nordlicht", "purchase_order", 980, 480, page(body, css), qs=[
        Q("who's the supplier on this PO", "Ferro Components Ltd", "text", "field_read", True),
        Q("which item has the largest line total", "SKU-1203", "code", "argmax", True),
        Q("order total", f"{tot/100:,.2f}", "money", "field_read", True),
    ]))

    # 10 Shipping label
    css = """body{background:#b08a5a;padding:30px} .l{width:560px;background:#fff;border:3px solid #000;font-family:'DejaVu Sans',sans-serif;margin:auto}
    .s{border-bottom:3px solid #000;padding:10px 14px} .big{font-size:30px;font-weight:bold} .bc{height:70px;background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 5px,#000 5px 6px,#fff 6px 9px,#000 9px 12px,#fff 12px 13px)}"""
    body = """<div class='l'><div class='s' style='display:flex;justify-content:space-between'><span class='big'>EXPRESS</span><span>Weight: <b>3.8 kg</b><br>Pieces: 1/2</span></div>
    <div class='s'><small>FROM</small><br>Bergmann Outdoor Versand<br>Hafenweg 22<br>20457 Hamburg, DE</div>
    <div class='s'><small>SHIP TO</small><br><b style='font-size:20px'>Lucía Fernández Ortega<br>Calle de Alcalá 188, 3º B<br>28028 MADRID<br>ESPAÑA</b><br>Tel. +34 612 448 903</div>
    <div class='s'><div class='bc'></div><div style='text-align:center;font-family:Liberation Mono;font-size:20px'>JD 0148 2291 7735 DE</div></div>
    <div class='s' style='display:flex;justify-content:space-between'><span>Ref: ORD-77120</span><span>Ship date: 09.10.2026</span></div></div>"""
    out.append(scene("label_bergmann", "shipping_label", 640, 700, page(body, css), qs=[
        Q("tracking number pls", "JD 0148 2291 7735 DE", "code", "field_read", True),
        Q("what city is the parcel going to", "MADRID", "text", "who_when_where", True),
        Q("how heavy is the package", "3.8 kg", "number", "field_read", True),
    ]))

    # 11 Boarding pass
    css = """body{background:#2b3a4a;padding:40px} .bp{display:flex;width:1080px;background:#fff;border-radius:14px;overflow:hidden;font-family:'Lato',sans-serif}
    .m{flex:3;padding:24px} .st{flex:1;padding:24px;border-left:2px dashed #aaa;background:#f6f8fb} .hd{background:#0b6e99;color:#fff;padding:12px 24px;font-size:22px;font-weight:bold}
    .lab{font-size:11px;color:#777;text-transform:uppercase} .v{font-size:20px;font-weight:bold;margin-bottom:10px} .city{font-size:44px;font-weight:900}
    .g{display:grid;grid-template-columns:repeat(4,1fr);gap:8px}"""
    body = """<div class='bp'><div style='flex:3'><div class='hd'>AURORA AIR · BOARDING PASS</div><div class='m'>
    <div class='lab'>Passenger</div><div class='v'>NAKAMURA / KENJI MR</div>
    <div style='display:flex;gap:60px;align-items:center'><div><div class='city'>OSL</div>Oslo Gardermoen</div><div style='font-size:30px'>✈</div><div><div class='city'>KEF</div>Reykjavík Keflavík</div></div><br>
    <div class='g'><div><div class='lab'>Flight</div><div class='v'>AU 417</div></div><div><div class='lab'>Date</div><div class='v'>18 NOV 2026</div></div>
    <div><div class='lab'>Boarding</div><div class='v'>%02d:%02d</div></div><div><div class='lab'>Departure</div><div class='v'>%02d:%02d</div></div>""" % (7,35,8,10) + """
    <div><div class='lab'>Gate</div><div class='v'>D9</div></div><div><div class='lab'>Seat</div><div class='v'>14C</div></div>
    <div><div class='lab'>Zone</div><div class='v'>3</div></div><div><div class='lab'>Class</div><div class='v'>Economy</div></div></div></div></div>
    <div class='st'><div class='lab'>Name</div><div class='v'>NAKAMURA/KENJI</div><div class='lab'>Flight</div><div class='v'>AU 417</div><div class='lab'>Seat</div><div class='v'>14C</div>
    <div class='lab'>Gate closes</div><div class='v'>07:55</div><div class='lab'>Booking ref</div><div class='v'>QX7R2M</div></div></div>"""
    out.append(scene("boarding_aurora", "boarding_pass", 1160, 520, page(body, css), qs=[
        Q("what gate am i at", "D9", "code", "field_read", True),
        Q("boarding time?", "07:35", "time", "field_read", True),
        Q("how many minutes between boarding and departure", str((8*60+10)-(7*60+35)), "number", "arithmetic", False),
        Q("where am I flying to", "Reykjavík Keflavík", "text", "who_when_where", True),
    ]))

    # 12 Spanish train ticket
    css = """body{background:#ddd;padding:30px;font-family:'Liberation Sans',sans-serif} .t{width:760px;margin:auto;background:#fff;border-left:14px solid #7b2d8e;padding:20px}
    .g{display:grid;grid-template-columns:repeat(3,1fr);gap:14px} .lab{font-size:12px;color:#666} .v{font-size:20px;font-weight:bold}"""
    body = """<div class='t'><div style='display:flex;justify-content:space-between'><b style='font-size:22px;color:#7b2d8e'>FerroIbérica · Billete</b><span>Localizador: <b>K8T4WZ</b></span></div><hr>
    <div class='g'><div><div class='lab'>Origen</div><div class='v'>Valencia Joaquín Sorolla</div></div><div><div class='lab'>Destino</div><div class='v'>Madrid Chamartín</div></div><div><div class='lab'>Fecha</div><div class='v'>Vie 23/10/2026</div></div>
    <div><div class='lab'>Salida</div><div class='v'>09:25</div></div><div><div class='lab'>Llegada</div><div class='v'>11:18</div></div><div><div class='lab'>Tren</div><div class='v'>AVX 05170</div></div>
    <div><div class='lab'>Coche</div><div class='v'>6</div></div><div><div class='lab'>Plaza</div><div class='v'>11A Ventanilla</div></div><div><div class='lab'>Tarifa</div><div class='v'>Básico</div></div></div><hr>
    <div style='display:flex;justify-content:space-between'><span>Viajero: Pablo Martín Cuesta</span><span>Precio total: <b>38,60 €</b></span></div></div>"""
    out.append(scene("ticket_ferroiberica", "ticket", 840, 400, page(body, css), qs=[
        Q("¿a qué hora sale el tren?", "09:25", "time", "field_read", True),
        Q("which coach and seat am I in", "Coche 6, plaza 11A", "text", "multi_part", False),
        Q("how long is the trip", "%d h %02d min" % divmod((11*60+18)-(9*60+25), 60), "time", "arithmetic", False),
    ]))

    # 13 loyalty/member cards
    css = """body{background:#f0ede8;padding:30px;font-family:'Lato',sans-serif;display:flex;gap:30px} .c{width:420px;height:260px;border-radius:16px;padding:22px;color:#fff;position:relative}
    .a{background:linear-gradient(135deg,#14532d,#16a34a)} .b{background:linear-gradient(135deg,#3b0764,#9333ea)} .lab{font-size:11px;opacity:.8;text-transform:uppercase} .v{font-size:19px;font-weight:bold}"""
    body = """<div class='c a'><div style='font-size:24px;font-weight:900'>GREENLEAF GYM</div><div>Membership card</div><br><div class='lab'>Member</div><div class='v'>Amara Okafor</div>
    <div style='display:flex;gap:40px;margin-top:10px'><div><div class='lab'>Member no.</div><div class='v'>GL-300871</div></div><div><div class='lab'>Valid thru</div><div class='v'>08/2027</div></div></div><div style='margin-top:10px'>Plan: Premium · all clubs</div></div>
    <div class='c b'><div style='font-size:24px;font-weight:900'>Librería Alba</div><div>Tarjeta de fidelidad</div><br><div class='lab'>Titular</div><div class='v'>Jorge Salinas</div>
    <div style='display:flex;gap:40px;margin-top:10px'><div><div class='lab'>Puntos</div><div class='v'>1.245</div></div><div><div class='lab'>Nivel</div><div class='v'>Oro</div></div></div><div style='margin-top:10px'>Nº 4410 2297 0065</div></div>"""
    out.append(scene("cards_loyalty", "member_card", 960, 330, page(body, css), qs=[
        Q("when does the gym membership expire", "08/2027", "date", "field_read", True),
        Q("how many points does Jorge have", "1.245", "number", "field_read", True),
        Q("what's Amara's member number", "GL-300871", "code", "field_read", True),
    ]))

    # 14 business cards
    css = """body{background:#555;padding:30px;display:flex;gap:26px;font-family:'Liberation Serif',serif} .c{width:460px;height:270px;background:#fffdf8;padding:26px;box-shadow:0 4px 10px #0008}
    .n{font-size:26px} .r{color:#8a6d3b;letter-spacing:2px;font-size:13px;text-transform:uppercase} .k{margin-top:30px;font-family:'Liberation Sans';font-size:14px;line-height:1.6}"""
    body = """<div class='c'><div class='n'>Dr. Ingrid Halvorsen</div><div class='r'>Chief Medical Officer</div><div class='k'>Fjordhelse Klinikk AS<br>Tel +47 55 91 20 44<br>Mob +47 913 28 557<br>ingrid.halvorsen@fjordhelse.no<br>Bryggen 17, 5003 Bergen</div></div>
    <div class='c' style='background:#1f2937;color:#e5e7eb'><div class='n'>Matteo Ricci</div><div class='r' style='color:#f59e0b'>Senior Sommelier</div><div class='k'>Enoteca Il Tralcio<br>Tel +39 055 274 1183<br>matteo@iltralcio.it<br>Via de' Neri 9r, Firenze</div></div>"""
    out.append(scene("cards_business", "business_card", 1060, 340, page(body, css), qs=[
        Q("what's Ingrid's mobile number", "+47 913 28 557", "phone", "field_read", True),
        Q("Matteo works at which place?", "Enoteca Il Tralcio", "text", "who_when_where", True),
        Q("what's the job title of the person in bergen", "Chief Medical Officer", "text", "field_read", True),
    ]))
    return out
