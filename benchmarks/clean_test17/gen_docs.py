"""Documents: receipts, invoices, statements, bills, payslips, tickets, cards."""
import datetime as dt
from common import Q, scene, esc, page, money_de, money_us, money_fr, money_ch, WEEKDAYS

THERMAL_CSS = """
.r{width:380px;margin:20px auto;background:#fbfaf4;padding:22px 20px;font-family:'%s',monospace;font-size:14px;color:#222;
box-shadow:0 0 8px #999;} .c{text-align:center} .row{display:flex;justify-content:space-between} hr{border:0;border-top:1px dashed #555}
.b{font-weight:bold;font-size:17px}"""


def receipt(rng, name, shop, addr, items, fmt, lang, font, datestr, timestr, paid_cash, extra_q):
    # items: list of (label, qty, unit_cents)
    lines = []
    total = 0
    for lab, qty, unit in items:
        amt = qty * unit
        total += amt
        lab2 = f"{qty} x {lab}" if qty > 1 else lab
        lines.append((lab, qty, unit, amt, lab2))
    L = {"de": ("SUMME", "BAR", "RÜCKGELD", "Datum", "Uhrzeit", "Vielen Dank für Ihren Einkauf!"),
         "en": ("TOTAL", "CASH", "CHANGE", "Date", "Time", "Thank you for shopping with us"),
         "sv": ("TOTALT", "KONTANT", "VÄXEL", "Datum", "Tid", "Tack för ditt köp!"),
         "es": ("TOTAL", "EFECTIVO", "CAMBIO", "Fecha", "Hora", "¡Gracias por su visita!")}[lang]
    change = paid_cash - total
    body = f"<div class='r'><div class='c b'>{esc(shop)}</div><div class='c'>{esc(addr)}</div><hr>"
    body += f"<div class='row'><span>{L[3]}: {datestr}</span><span>{L[4]}: {timestr}</span></div><hr>"
    for lab, qty, unit, amt, lab2 in lines:
        if qty > 1:
            body += f"<div>{esc(lab)}</div><div class='row'><span>&nbsp;&nbsp;{qty} x {fmt(unit/100)}</span><span>{fmt(amt/100)}</span></div>"
        else:
            body += f"<div class='row'><span>{esc(lab)}</span><span>{fmt(amt/100)}</span></div>"
    body += f"<hr><div class='row b'><span>{L[0]}</span><span>{fmt(total/100)}</span></div>"
    body += f"<div class='row'><span>{L[1]}</span><span>{fmt(paid_cash/100)}</span></div>"
    body += f"<div class='row'><span>{L[2]}</span><span>{fmt(change/100)}</span></div><hr><div class='c'>{L[5]}</div></div>"
    html = page(body, THERMAL_CSS % font, bg="#d9d6cf")
    return html, lines, total, change


def scenes(rng):
    out = []
    # --- receipt 1: German bakery/supermarket
    items = [("Vollkornbrot", 1, 349), ("Butter 250g", 2, 219), ("Äpfel Elstar 1kg", 1, 279),
             ("Milch 3,5% 1L", 3, 115), ("Kaffee Bohnen", 1, 899), ("Brezel", 4, 65)]
    rng.shuffle(items)
    html, lines, total, change = receipt(rng, "r1", "Markthalle Lindner", "Bergstraße 14, 69120 Heidelberg",
                                         items, lambda v: money_de(v, "€"), "de", "DejaVu Sans Mono",
                                         "14.03.2026", "18:42", 5000, None)
    top = max(lines, key=lambda l: l[3])
    n_units = sum(l[1] for l in lines)
    out.append(scene("receipt_markthalle", "document", "receipt", [
        Q("what was the total on this receipt?", money_de(total / 100), "money", "field", True),
        Q("how much change did I get back", money_de(change / 100), "money", "field", True),
        Q("which item cost me the most in total?", top[0], "text", "argmax", True),
        Q("Wie viele Artikel (Stück) habe ich insgesamt gekauft?", n_units, "count", "count", False),
    ], html=html, w=480, h=620))

    # --- receipt 2: US diner
    items = [("Cheeseburger Deluxe", 2, 1395), ("Sweet Potato Fries", 1, 595), ("Iced Tea", 2, 325),
             ("Caesar Salad", 1, 1150), ("Apple Pie", 1, 675)]
    html, lines, total, change = receipt(rng, "r2", "RUSTY SPOON DINER", "402 Maple Ave, Dayton OH",
                                         items, money_us, "en", "Liberation Mono", "09/27/2025", "12:17 PM", 8000, None)
    cheap = min(lines, key=lambda l: l[2])
    fries_plus_pie = (595 + 675)
    out.append(scene("receipt_diner", "document", "receipt", [
        Q("total?", money_us(total / 100), "money", "field", True),
        Q("what's the cheapest thing per unit on here", cheap[0], "text", "argmin", True),
        Q("how much did the fries and the pie come to together?", money_us(fries_plus_pie / 100), "money", "arithmetic", False),
        Q("what time was this receipt printed", "12:17 PM", "time", "when", True),
    ], html=html, w=480, h=560))

    # --- receipt 3: Swedish kiosk SEK with decimal comma
    items = [("Kanelbulle", 3, 2900), ("Kaffe stor", 2, 3500), ("Smörgås ost", 1, 5900), ("Mineralvatten", 1, 2200)]
    fmt = lambda v: money_de(v, "kr")
    html, lines, total, change = receipt(rng, "r3", "Café Björkstigen", "Storgatan 7, Umeå", items, fmt, "sv",
                                         "FreeMono", "2026-01-08", "09:05", 30000, None)
    out.append(scene("receipt_cafe_sv", "document", "receipt", [
        Q("hur mycket betalade jag totalt?", fmt(total / 100), "money", "field", True),
        Q("how many kanelbullar did I buy", [l[1] for l in lines if l[0] == "Kanelbulle"][0], "count", "count", False),
        Q("what date is on the receipt", "2026-01-08", "date", "when", True),
    ], html=html, w=480, h=520))

    # --- invoice (French)
    inv_items = [("Développement module paiement", 12, 8500), ("Audit de sécurité", 1, 145000),
                 ("Hébergement (mois)", 3, 4900), ("Formation équipe (jour)", 2, 62000), ("Support prioritaire", 1, 29000)]
    ht = sum(q * u for _, q, u in inv_items)
    tva = round(ht * 0.20)
    ttc = ht + tva
    rows = "".join(f"<tr><td>{esc(d)}</td><td class='n'>{q}</td><td class='n'>{money_fr(u/100)}</td><td class='n'>{money_fr(q*u/100)}</td></tr>" for d, q, u in inv_items)
    css = """.inv{width:980px;margin:30px auto;background:#fff;padding:40px 50px;font-size:15px;color:#222}
    h1{color:#1d4e89;font-size:34px;margin:0} table{width:100%;border-collapse:collapse;margin-top:25px}
    th{background:#1d4e89;color:#fff;text-align:left;padding:8px} td{padding:8px;border-bottom:1px solid #ddd} .n{text-align:right}
    .top{display:flex;justify-content:space-between} .tot td{border:0} .grand td{font-weight:bold;font-size:18px;background:#eef3fa}"""
    body = f"""<div class='inv'><div class='top'><div><h1>FACTURE</h1><div>N° FA-2026-0417</div><div>Date : 03/02/2026</div>
    <div>Échéance : 05/03/2026</div></div><div style='text-align:right'><b>Atelier Numérique Vautrin SARL</b><br>22 rue des Tanneurs<br>31000 Toulouse<br>SIRET 812 455 903 00021</div></div>
    <div style='margin-top:25px'><b>Facturé à :</b><br>Boulangeries Roussel &amp; Fils<br>8 place du Marché, 33000 Bordeaux</div>
    <table><tr><th>Désignation</th><th class='n'>Qté</th><th class='n'>Prix unitaire HT</th><th class='n'>Montant HT</th></tr>{rows}
    <tr class='tot'><td></td><td></td><td class='n'>Total HT</td><td class='n'>{money_fr(ht/100)}</td></tr>
    <tr class='tot'><td></td><td></td><td class='n'>TVA 20 %</td><td class='n'>{money_fr(tva/100)}</td></tr>
    <tr class='grand'><td></td><td></td><td class='n'>Total TTC</td><td class='n'>{money_fr(ttc/100)}</td></tr></table>
    <p style='margin-top:30px;font-size:13px'>IBAN : FR76 3000 4012 3400 0105 7781 296 — BIC : BNPAFRPPXXX</p></div>"""
    out.append(scene("invoice_fr", "document", "invoice", [
        Q("what's the invoice number", "FA-2026-0417", "code", "field", True),
        Q("Quel est le montant total TTC ?", money_fr(ttc / 100), "money", "field", True),
        Q("when is this invoice due", "05/03/2026", "date", "field", True),
        Q("which line item is the most expensive (montant HT)?", max(inv_items, key=lambda r: r[1]*r[2])[0], "text", "argmax", True),
    ], html=page(body, css, bg="#e8e8e8"), w=1100, h=900))

    # --- bank statement (Dutch)
    start_bal = 184250
    tx = [("02-04-2026", "Albert Heijn 1432 Utrecht", -6734), ("03-04-2026", "Salaris Van Dijk Logistiek BV", 312500),
          ("05-04-2026", "Huur april - Woonstede", -118500), ("08-04-2026", "NS Reizigers", -2460),
          ("11-04-2026", "Tikkie van M. de Groot", 1850), ("15-04-2026", "Vattenfall energie", -14200),
          ("19-04-2026", "Bol.com", -4999), ("24-04-2026", "Zorgverzekering CZ", -13875)]
    bal = start_bal
    rows = ""
    for d, desc, a in tx:
        bal += a
        af = money_de(-a / 100, "") if a < 0 else ""
        bij = money_de(a / 100, "") if a > 0 else ""
        rows += f"<tr><td>{d}</td><td>{esc(desc)}</td><td class='n neg'>{af}</td><td class='n pos'>{bij}</td><td class='n'>{money_de(bal/100,'')}</td></tr>"
    end_bal = bal
    css = """.st{width:1000px;margin:20px auto;background:#fff;padding:30px 40px;font-size:14px}
    .hdr{display:flex;justify-content:space-between;border-bottom:4px solid #ff6200;padding-bottom:12px}
    .logo{font-size:28px;font-weight:bold;color:#ff6200} table{width:100%;border-collapse:collapse;margin-top:18px}
    th{text-align:left;border-bottom:2px solid #333;padding:6px} td{padding:6px;border-bottom:1px solid #eee} .n{text-align:right}
    .neg{color:#b00020} .pos{color:#137333}"""
    body = f"""<div class='st'><div class='hdr'><div class='logo'>Oranjebank</div><div style='text-align:right'>Rekeningafschrift april 2026<br>
    IBAN NL42 ORBK 0735 5521 08<br>Rekeninghouder: S.J. Verhoeven</div></div>
    <p>Beginsaldo 01-04-2026: <b>€ {money_de(start_bal/100,'')}</b></p>
    <table><tr><th>Datum</th><th>Omschrijving</th><th class='n'>Af (€)</th><th class='n'>Bij (€)</th><th class='n'>Saldo (€)</th></tr>{rows}</table>
    <p style='text-align:right'>Eindsaldo 30-04-2026: <b>€ {money_de(end_bal/100,'')}</b></p></div>"""
    debits = [t for t in tx if t[2] < 0]
    biggest = min(debits, key=lambda t: t[2])
    out.append(scene("bank_statement_nl", "document", "bank statement", [
        Q("what's the IBAN on this statement", "NL42 ORBK 0735 5521 08", "code", "field", True),
        Q("biggest outgoing payment this month - what was it for?", biggest[1], "text", "argmin", True),
        Q("how many debit transactions are there", len(debits), "count", "count", False),
        Q("Wat was het saldo na de betaling aan Vattenfall?", money_de((start_bal + sum(t[2] for t in tx[:6]))/100, ""), "money", "cell", True),
    ], html=page(body, css, bg="#f2f2f2"), w=1100, h=640))

    # --- utility bill (UK)
    prev, curr = 41872, 43165
    units = curr - prev
    rate = 2486  # pence*100 per kWh => 24.86p
    energy = round(units * rate / 100)  # pence
    standing_days, standing_rate = 31, 5322  # 53.22p/day
    standing = round(standing_days * standing_rate / 100)
    sub = energy + standing
    vat = round(sub * 0.05)
    tot = sub + vat
    css = """.b{width:820px;margin:20px auto;background:#fff;padding:34px;font-size:15px;color:#1b1b1b;border-top:10px solid #00875a}
    .g{display:grid;grid-template-columns:1fr 1fr;gap:10px 30px} .box{background:#f0f7f3;padding:14px;margin:16px 0}
    table{width:100%;border-collapse:collapse} td{padding:6px 4px;border-bottom:1px solid #e3e3e3} .n{text-align:right} .big{font-size:26px;color:#00875a;font-weight:bold}"""
    gbp = lambda p: f"£{p/100:,.2f}"
    body = f"""<div class='b'><div style='display:flex;justify-content:space-between'><div style='font-size:26px;font-weight:bold'>Greenhollow Energy</div>
    <div>Account no. 7720 1184 36</div></div><div class='box'><div>Amount due</div><div class='big'>{gbp(tot)}</div>
    <div>We'll collect this by Direct Debit on or after <b>18 March 2026</b></div></div>
    <div class='g'><div><b>Bill period</b><br>1 Feb 2026 – 3 Mar 2026</div><div><b>Supply address</b><br>Flat 3, 27 Holloway Crescent, Leeds LS6 2QT</div></div>
    <h3>Electricity charges</h3><table>
    <tr><td>Previous reading (12 Feb, actual)</td><td class='n'>{prev}</td></tr><tr><td>Latest reading (3 Mar, estimated)</td><td class='n'>{curr}</td></tr>
    <tr><td>{units:,} kWh at 24.86p</td><td class='n'>{gbp(energy)}</td></tr><tr><td>Standing charge {standing_days} days at 53.22p</td><td class='n'>{gbp(standing)}</td></tr>
    <tr><td>VAT at 5%</td><td class='n'>{gbp(vat)}</td></tr><tr><td><b>Total</b></td><td class='n'><b>{gbp(tot)}</b></td></tr></table></div>"""
    out.append(scene("utility_bill_uk", "document", "utility bill", [
        Q("how much do I owe on this electricity bill", gbp(tot), "money", "field", True),
        Q("how many kWh did we use", f"{units:,}", "number", "field", True),
        Q("is the latest meter reading an actual one?", "no", "yesno", "yesno", False),
    ], html=page(body, css, bg="#dde3e0"), w=900, h=800))

    # --- payslip (German)
    brutto = 428500
    deds = [("Lohnsteuer", 61233), ("Solidaritätszuschlag", 0), ("Kirchensteuer", 4899),
            ("Krankenversicherung", 34922), ("Rentenversicherung", 39851), ("Arbeitslosenversicherung", 5571), ("Pflegeversicherung", 7392)]
    netto = brutto - sum(d for _, d in deds)
    rows = "".join(f"<tr><td>{n}</td><td class='n'>{money_de(v/100,'')}</td></tr>" for n, v in deds)
    css = """.p{width:760px;margin:20px auto;background:#fff;padding:30px;font-size:14px;border:1px solid #999}
    table{width:100%;border-collapse:collapse} td,th{padding:5px;border:1px solid #bbb} .n{text-align:right} th{background:#e6e6e6;text-align:left}"""
    body = f"""<div class='p'><h2 style='margin:0'>Verdienstabrechnung März 2026</h2><p>Hofmann Maschinenbau GmbH · Personalnr. 004127<br>
    Mitarbeiterin: Katharina Albrecht · Steuerklasse I · Eintritt 01.09.2019</p>
    <table><tr><th>Bezüge</th><th class='n'>Betrag (EUR)</th></tr><tr><td>Grundgehalt</td><td class='n'>{money_de(brutto/100,'')}</td></tr>
    <tr><th>Abzüge</th><th class='n'></th></tr>{rows}
    <tr><th>Gesamtbrutto</th><th class='n'>{money_de(brutto/100,'')}</th></tr><tr><th>Auszahlungsbetrag (netto)</th><th class='n'>{money_de(netto/100,'')}</th></tr></table></div>"""
    out.append(scene("payslip_de", "document", "payslip", [
        Q("what's my net pay this month", money_de(netto / 100, ""), "money", "field", True),
        Q("how much Rentenversicherung was deducted?", money_de(39851 / 100, ""), "money", "field", True),
        Q("how much was taken off in total (all deductions)?", money_de(sum(d for _, d in deds) / 100, ""), "money", "arithmetic", False),
    ], html=page(body, css, bg="#eee"), w=860, h=620))

    # --- purchase order (Spanish)
    po = [("TOR-M8-40", "Tornillo hexagonal M8x40 (caja 100)", 25, 1240), ("ARA-M8", "Arandela M8 zincada (caja 200)", 10, 690),
          ("TAC-10", "Taco nylon 10 mm (caja 100)", 40, 455), ("BRO-HSS-6", "Broca HSS 6 mm", 60, 189), ("GUA-N", "Guantes nitrilo talla L", 15, 820)]
    rows = "".join(f"<tr><td>{c}</td><td>{esc(d)}</td><td class='n'>{q}</td><td class='n'>{money_de(u/100,'€')}</td><td class='n'>{money_de(q*u/100,'€')}</td></tr>" for c, d, q, u in po)
    tot = sum(q * u for _, _, q, u in po)
    css = """.o{width:1000px;margin:20px auto;background:#fff;padding:30px;font-size:14px} table{width:100%;border-collapse:collapse;margin-top:15px}
    th{background:#444;color:#fff;padding:7px;text-align:left} td{padding:7px;border-bottom:1px solid #ccc} .n{text-align:right}"""
    body = f"""<div class='o'><div style='display:flex;justify-content:space-between'><h2>PEDIDO DE COMPRA</h2><div>Nº pedido: <b>PC-88213</b><br>Fecha: 12/05/2026<br>Entrega prevista: 26/05/2026</div></div>
    <div>Proveedor: Suministros Industriales Aranda S.L. · Zaragoza<br>Solicitado por: Lucía Fernández (Mantenimiento)</div>
    <table><tr><th>Código</th><th>Descripción</th><th class='n'>Cant.</th><th class='n'>Precio ud.</th><th class='n'>Importe</th></tr>{rows}
    <tr><td colspan=4 class='n'><b>TOTAL (sin IVA)</b></td><td class='n'><b>{money_de(tot/100,'€')}</b></td></tr></table></div>"""
    out.append(scene("purchase_order_es", "document", "purchase order", [
        Q("¿cuántas cajas de tacos pedimos?", 40, "number", "cell", True),
        Q("who requested this PO", "Lucía Fernández", "person", "who", True),
        Q("which article has the highest unit price", max(po, key=lambda r: r[3])[1], "text", "argmax", True),
    ], html=page(body, css, bg="#ddd"), w=1100, h=520))

    # --- shipping label
    css = """.l{width:560px;margin:20px;background:#fff;border:3px solid #000;font-size:15px} .s{border-bottom:2px solid #000;padding:10px}
    .big{font-size:40px;font-weight:bold} .bc{height:70px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px)}"""
    body = """<div class='l'><div class='s' style='display:flex;justify-content:space-between'><div><b>FROM:</b><br>Nordlys Outdoor AS<br>Industriveien 41<br>0668 Oslo, NORWAY</div><div class='big'>P2</div></div>
    <div class='s'><b>SHIP TO:</b><br><span style='font-size:20px'>ELLEN MARQUARDT<br>Am Kirchberg 9<br>37073 GÖTTINGEN<br>GERMANY</span></div>
    <div class='s' style='display:flex;justify-content:space-between'><div>Weight: 3.8 kg</div><div>Pieces: 2 of 2</div><div>Service: EXPRESS 12:00</div></div>
    <div class='s'><div class='bc'></div><div style='text-align:center;font-family:monospace;font-size:18px'>TRK 4471 9023 5518 06</div></div>
    <div class='s'>Ref: ORD-55120 · Ship date: 2026-06-02</div></div>"""
    out.append(scene("shipping_label", "document", "shipping label", [
        Q("tracking number?", "4471 9023 5518 06", "code", "field", True),
        Q("how heavy is the parcel", "3.8 kg", "text", "field", True),
        Q("which city is it going to", "GÖTTINGEN", "text", "where", True),
    ], html=page(body, css, bg="#c9b48f"), w=620, h=560))

    # --- boarding pass
    css = """.bp{width:1000px;margin:30px;background:#fff;border-radius:14px;display:flex;overflow:hidden;font-size:14px;box-shadow:0 2px 10px #0004}
    .main{flex:3;padding:22px} .stub{flex:1;padding:22px;border-left:2px dashed #aaa;background:#f6f9ff} .hd{background:#0b3d91;color:#fff;padding:12px 22px;font-size:20px;font-weight:bold}
    .k{color:#777;font-size:11px;text-transform:uppercase} .v{font-size:20px;font-weight:bold;margin-bottom:10px} .g{display:grid;grid-template-columns:repeat(4,1fr);gap:6px}"""
    body = """<div class='bp'><div style='flex:3'><div class='hd'>AURORA AIR · BOARDING PASS</div><div class='main'>
    <div class='g'><div><div class='k'>Passenger</div><div class='v'>NIEMINEN/AINO MS</div></div><div><div class='k'>Flight</div><div class='v'>AU 2271</div></div>
    <div><div class='k'>Date</div><div class='v'>17 OCT 2026</div></div><div><div class='k'>Class</div><div class='v'>Economy</div></div>
    <div><div class='k'>From</div><div class='v'>HEL Helsinki</div></div><div><div class='k'>To</div><div class='v'>LIS Lisbon</div></div>
    <div><div class='k'>Boarding time</div><div class='v'>06:35</div></div><div><div class='k'>Departure</div><div class='v'>07:10</div></div>
    <div><div class='k'>Gate</div><div class='v'>B27</div></div><div><div class='k'>Seat</div><div class='v'>23F</div></div><div><div class='k'>Zone</div><div class='v'>3</div></div><div><div class='k'>Seq</div><div class='v'>118</div></div>
    </div></div></div><div class='stub'><div class='k'>Name</div><div class='v'>NIEMINEN/AINO</div><div class='k'>Flight</div><div class='v'>AU 2271</div><div class='k'>Seat</div><div class='v'>23F</div><div class='k'>Gate closes</div><div class='v'>06:55</div></div></div>"""
    out.append(scene("boarding_pass", "document", "boarding pass", [
        Q("what gate do I go to", "B27", "code", "field", True),
        Q("when does boarding start", "06:35", "time", "when", True),
        Q("where am I flying to", "Lisbon", "text", "where", True),
        Q("what day of the week is the flight", WEEKDAYS[dt.date(2026, 10, 17).weekday()], "text", "when", False),
    ], html=page(body, css, bg="#c7d3e6"), w=1080, h=380))

    # --- Italian train ticket
    css = """.t{width:900px;margin:25px;background:#fff;border-left:16px solid #c8102e;padding:20px 28px;font-size:15px}
    .g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:12px} .k{color:#666;font-size:12px} .v{font-size:19px;font-weight:bold}"""
    body = """<div class='t'><div style='font-size:24px;font-weight:bold;color:#c8102e'>Ferrovie Rapide · Biglietto</div><p>Codice biglietto (PNR): <b>KX7QM2</b></p>
    <div class='g'><div><div class='k'>Partenza</div><div class='v'>Milano Centrale 08:25</div></div><div><div class='k'>Arrivo</div><div class='v'>Roma Termini 11:40</div></div><div><div class='k'>Data</div><div class='v'>21/11/2026</div></div>
    <div><div class='k'>Treno</div><div class='v'>FR 9523</div></div><div><div class='k'>Carrozza</div><div class='v'>7</div></div><div><div class='k'>Posto</div><div class='v'>12A</div></div>
    <div><div class='k'>Passeggero</div><div class='v'>Giulia Marchetti</div></div><div><div class='k'>Tariffa</div><div class='v'>Economy</div></div><div><div class='k'>Prezzo</div><div class='v'>€ 54,90</div></div></div></div>"""
    out.append(scene("train_ticket_it", "document", "train ticket", [
        Q("in che carrozza sono?", "7", "number", "field", True),
        Q("how long is the train ride", (lambda m: f"{m//60}h {m%60:02d}m")((11*60+40)-(8*60+25)), "text", "arithmetic", False),
        Q("what's the booking code", "KX7QM2", "code", "field", True),
    ], html=page(body, css, bg="#eee"), w=960, h=330))

    # --- loyalty + business cards on one image
    css = """.wrap{display:flex;gap:40px;padding:40px} .card{width:420px;height:250px;border-radius:16px;padding:22px;position:relative}
    .loy{background:linear-gradient(135deg,#2b5876,#4e4376);color:#fff} .biz{background:#fffdf7;color:#333;border:1px solid #ccc}"""
    body = """<div class='wrap'><div class='card loy'><div style='font-size:22px;font-weight:bold'>KAFFEKLUBBEN</div><div>Gold member</div>
    <div style='font-size:21px;margin-top:40px;font-family:monospace'>6301 4420 9917 5583</div><div style='margin-top:14px'>MARTIN HOLMGREN</div>
    <div style='position:absolute;right:22px;bottom:22px;text-align:right'>Points: 2 480<br>Valid thru 08/28</div></div>
    <div class='card biz'><div style='font-size:24px;font-weight:bold'>Dr. Elif Kaya</div><div style='color:#a0522d'>Head of Data Science</div>
    <div style='margin-top:20px'>Brightwater Analytics Ltd.</div><div>+44 20 7946 0381</div><div>elif.kaya@brightwater-analytics.co.uk</div><div>14 Chancery Lane, London WC2A 1PL</div></div></div>"""
    out.append(scene("cards_loyalty_business", "document", "loyalty & business cards", [
        Q("how many points are on the loyalty card", "2 480", "number", "field", True),
        Q("what's Elif's phone number", "+44 20 7946 0381", "phone", "field", True),
        Q("when does the member card expire", "08/28", "date", "field", True),
    ], html=page(body, css, bg="#8a8f94"), w=1000, h=340))
    return out
