"""Documents: receipts, statements, bills, invoices, payslip, PO, labels, tickets, cards."""
import datetime as dt
from common import Q, scene, eu, us, eun, esc, page

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

THERMAL = ("body{background:#d8d4cc}.r{width:380px;margin:24px auto;background:#fbfaf6;padding:22px 20px;"
           "font-family:'Inconsolata','DejaVu Sans Mono',monospace;font-size:15px;color:#2a2a2a;"
           "box-shadow:0 2px 8px #0003}.c{text-align:center}.row{display:flex;justify-content:space-between}"
           ".hr{border-top:1px dashed #777;margin:8px 0}.b{font-weight:bold;font-size:17px}")


def receipt_de():
    items = [("Roggenbrot 750g", 1, 3.45), ("Butterbrezel", 3, 1.20), ("Apfelstrudel", 2, 2.95),
             ("Milchkaffee gr.", 1, 3.80), ("Laugenstange", 4, 0.85), ("Mohnschnecke", 1, 2.10)]
    total = round(sum(q * p for _, q, p in items), 2)
    rows = "".join(f"<div class='row'><span>{q} x {esc(n)}</span><span>{eun(q*p)}</span></div>" for n, q, p in items)
    body = (f"<div class='r'><div class='c b'>Bäckerei Sonnenkorn</div><div class='c'>Lindenallee 14, 79098 Freiburg</div>"
            f"<div class='c'>Tel. 0761 4482 190</div><div class='hr'></div>{rows}<div class='hr'></div>"
            f"<div class='row b'><span>SUMME EUR</span><span>{eun(total)}</span></div>"
            f"<div class='row'><span>Bar</span><span>{eun(50)}</span></div>"
            f"<div class='row'><span>Rückgeld</span><span>{eun(50-total)}</span></div><div class='hr'></div>"
            f"<div class='row'><span>MwSt 7% enth.</span><span>{eun(total-total/1.07)}</span></div>"
            f"<div class='c'>14.03.2026 07:42 Kasse 2 Bon 5831</div><div class='c'>Vielen Dank!</div></div>")
    line_tot = [(n, q * p) for n, q, p in items]
    mx = max(line_tot, key=lambda t: t[1])
    n_items = sum(q for _, q, _ in items)
    scene("receipt_baeckerei", "receipt", page(body, THERMAL), 460, [
        Q("what was the total on this bakery receipt?", eun(total), "money", "field_lookup", True),
        Q("wie viele Artikel insgesamt (Stückzahl) stehen auf dem Bon?", n_items, "count", "count", False),
        Q("which line cost the most?", mx[0], "text", "argmax", True),
        Q("what time was this bought", "07:42", "time", "who_when_where", True),
    ])


def receipt_us():
    items = [("ORG BANANAS", 1.87), ("GREEK YOGURT 32OZ", 5.49), ("SOURDOUGH LOAF", 4.29), ("EGGS LG 12CT", 3.99),
             ("CHEDDAR BLOCK", 6.79), ("PAPER TOWELS 6PK", 9.49), ("LIMES 3@0.33", 0.99)]
    sub = round(sum(p for _, p in items), 2)
    tax = round(9.49 * 0.0725, 2)
    total = round(sub + tax, 2)
    rows = "".join(f"<div class='row'><span>{esc(n)}</span><span>{p:.2f}{' T' if n.startswith('PAPER') else ' F'}</span></div>" for n, p in items)
    body = (f"<div class='r'><div class='c b'>HARBOR FRESH MARKET #212</div><div class='c'>880 Bayview Rd, Santa Cruz CA</div>"
            f"<div class='hr'></div>{rows}<div class='hr'></div>"
            f"<div class='row'><span>SUBTOTAL</span><span>{sub:.2f}</span></div>"
            f"<div class='row'><span>TAX 7.25%</span><span>{tax:.2f}</span></div>"
            f"<div class='row b'><span>TOTAL</span><span>${total:.2f}</span></div>"
            f"<div class='row'><span>VISA **** 4417</span><span>${total:.2f}</span></div>"
            f"<div class='c'>ITEMS SOLD {len(items)}</div><div class='c'>06/21/2026 6:18 PM</div></div>")
    cheap = min(items, key=lambda t: t[1])
    scene("receipt_harbor", "receipt", page(body, THERMAL.replace('#fbfaf6', '#ffffff')), 460, [
        Q("how much tax did i pay", f"{tax:.2f}", "money", "field_lookup", True),
        Q("cheapest thing on the receipt?", cheap[0], "text", "argmin", True),
        Q("How much did the yogurt and the cheddar cost together?", f"{5.49+6.79:.2f}", "money", "arithmetic", False),
    ])


def receipt_fr():
    items = [("Café crème", 2, 3.20), ("Croissant", 2, 1.60), ("Jus d'orange pressé", 1, 4.90), ("Tartine beurre", 1, 2.80)]
    total = round(sum(q * p for _, q, p in items), 2)
    tva = round(total - total / 1.10, 2)
    rows = "".join(f"<div class='row'><span>{q} {esc(n)}</span><span>{eun(q*p)} €</span></div>" for n, q, p in items)
    body = (f"<div class='r'><div class='c b'>CAFÉ DES ARCADES</div><div class='c'>3 place du Marché, 69002 Lyon</div>"
            f"<div class='c'>Table 7 &middot; Serveur : Mathilde</div><div class='hr'></div>{rows}<div class='hr'></div>"
            f"<div class='row b'><span>TOTAL TTC</span><span>{eun(total)} €</span></div>"
            f"<div class='row'><span>dont TVA 10 %</span><span>{eun(tva)} €</span></div>"
            f"<div class='row'><span>CB sans contact</span><span>{eun(total)} €</span></div>"
            f"<div class='c'>Ticket n° 004219 &middot; 09/05/2026 10:26</div><div class='c'>Merci et à bientôt</div></div>")
    scene("receipt_cafe_lyon", "receipt", page(body, THERMAL.replace('font-size:15px', 'font-size:14px')), 460, [
        Q("c'est combien le total ?", f"{eun(total)} €", "money", "field_lookup", True),
        Q("who was our waiter", "Mathilde", "person", "who_when_where", True),
        Q("how much was one croissant", f"{eun(1.60)} €", "money", "arithmetic", False),
    ])


def bank_statement_nl():
    opening = 2418.37
    tx = [("02-04-2026", "Albert Heijn 1342 Utrecht", -64.18), ("03-04-2026", "Salaris Veldhoven Techniek BV", 3215.00),
          ("05-04-2026", "Huur april - Woonstede", -1185.00), ("07-04-2026", "NS Groep iDEAL", -42.60),
          ("09-04-2026", "Albert Heijn 1342 Utrecht", -23.95), ("12-04-2026", "Vattenfall energie", -138.40),
          ("15-04-2026", "Terugbetaling J. de Wit", 45.00), ("18-04-2026", "Bol.com", -79.99),
          ("21-04-2026", "Albert Heijn 1342 Utrecht", -51.32), ("26-04-2026", "Ziggo internet", -55.00)]
    bal = opening
    rows = ""
    for d, desc, a in tx:
        bal = round(bal + a, 2)
        rows += (f"<tr><td>{d}</td><td>{esc(desc)}</td><td class='n'>{eun(-a) if a < 0 else ''}</td>"
                 f"<td class='n'>{eun(a) if a > 0 else ''}</td><td class='n'>{eun(bal)}</td></tr>")
    css = ("body{background:#eef1f5}.w{width:1180px;margin:0 auto;background:#fff;padding:30px 40px;color:#1d2733}"
           ".top{display:flex;justify-content:space-between;border-bottom:3px solid #e36b00;padding-bottom:14px}"
           ".logo{font-size:30px;font-weight:900;color:#e36b00}table{width:100%;border-collapse:collapse;margin-top:18px;font-size:15px}"
           "th{background:#f4f4f4;text-align:left;padding:8px;border-bottom:2px solid #ccc}td{padding:7px 8px;border-bottom:1px solid #e6e6e6}"
           ".n{text-align:right;font-variant-numeric:tabular-nums}.box{display:flex;gap:40px;margin-top:16px;font-size:15px}.box b{display:block;font-size:18px}")
    body = (f"<div class='w'><div class='top'><div class='logo'>Kustbank</div><div style='text-align:right'>"
            f"<div style='font-size:22px;font-weight:bold'>Rekeningafschrift</div><div>Periode 01-04-2026 t/m 30-04-2026</div></div></div>"
            f"<div class='box'><div>Rekeninghouder<b>M.A. van Leeuwen</b></div><div>IBAN<b>NL27 KUST 0483 9921 57</b></div>"
            f"<div>Beginsaldo<b>€ {eun(opening)}</b></div><div>Eindsaldo<b>€ {eun(bal)}</b></div></div>"
            f"<table><tr><th>Datum</th><th>Omschrijving</th><th class='n'>Af (€)</th><th class='n'>Bij (€)</th><th class='n'>Saldo (€)</th></tr>{rows}</table>"
            f"<p style='font-size:12px;color:#777'>Kustbank N.V. &middot; Postbus 4410, 3500 GK Utrecht &middot; Vragen? Bel 030 799 1200</p></div>")
    debits = [(desc, -a) for _, desc, a in tx if a < 0]
    big = max(debits, key=lambda t: t[1])
    ah = sum(1 for _, d, _ in tx if d.startswith("Albert Heijn"))
    ah_sum = round(sum(-a for _, d, a in tx if d.startswith("Albert Heijn")), 2)
    scene("bank_kustbank", "bank_statement", page(body, css), 1260, [
        Q("what's the closing balance on my statement", f"€ {eun(bal)}", "money", "field_lookup", True),
        Q("what's my IBAN", "NL27 KUST 0483 9921 57", "code", "field_lookup", True),
        Q("biggest outgoing payment this month and how much?", f"{big[0]}, {eun(big[1])}", "text", "multi_part", False),
        Q("how many times did I shop at Albert Heijn in april", ah, "count", "count", False),
        Q("total spent at albert heijn?", f"€ {eun(ah_sum)}", "money", "arithmetic", False),
    ])


def utility_it():
    kwh_f1, kwh_f2, kwh_f3 = 112, 96, 141
    price = 0.1842
    energia = round((kwh_f1 + kwh_f2 + kwh_f3) * price, 2)
    trasporto, oneri, iva_base = 18.65, 9.12, None
    imponibile = round(energia + trasporto + oneri, 2)
    iva = round(imponibile * 0.10, 2)
    tot = round(imponibile + iva, 2)
    css = (".w{width:820px;margin:20px auto;border:1px solid #9bb;padding:28px;font-size:15px;color:#233}"
           "h1{color:#0b7a5a;margin:0}.g{display:grid;grid-template-columns:1fr 1fr;gap:8px 30px;margin:16px 0}"
           ".k{color:#678;font-size:12px;text-transform:uppercase}.tot{background:#0b7a5a;color:#fff;padding:14px;font-size:22px;display:flex;justify-content:space-between}"
           "table{width:100%;border-collapse:collapse}td,th{padding:6px;border-bottom:1px solid #dde}td:last-child,th:last-child{text-align:right}")
    body = (f"<div class='w'><h1>Luce Verde Energia</h1><div>Bolletta luce n. LV-2026-0418832</div>"
            f"<div class='g'><div><div class='k'>Intestatario</div>Giulia Ferraresi</div><div><div class='k'>Indirizzo fornitura</div>Via dei Mille 27, 40121 Bologna</div>"
            f"<div><div class='k'>Periodo</div>01/03/2026 – 30/04/2026</div><div><div class='k'>Codice POD</div>IT001E04418832</div></div>"
            f"<div class='tot'><span>Totale da pagare</span><span>{eu(tot)}</span></div>"
            f"<p>Scadenza: <b>22/05/2026</b> &middot; Addebito SEPA</p>"
            f"<table><tr><th>Voce</th><th>Importo</th></tr>"
            f"<tr><td>Consumo F1 {kwh_f1} kWh · F2 {kwh_f2} kWh · F3 {kwh_f3} kWh @ {eun(price,4)} €/kWh</td><td>{eu(energia)}</td></tr>"
            f"<tr><td>Trasporto e gestione contatore</td><td>{eu(trasporto)}</td></tr><tr><td>Oneri di sistema</td><td>{eu(oneri)}</td></tr>"
            f"<tr><td>IVA 10%</td><td>{eu(iva)}</td></tr></table></div>")
    scene("bolletta_luce", "utility_bill", page(body, css), 880, [
        Q("quando scade la bolletta?", "22/05/2026", "date", "field_lookup", True),
        Q("total kWh used across F1 F2 F3?", kwh_f1 + kwh_f2 + kwh_f3, "number", "arithmetic", False),
        Q("how much VAT is on this bill", eu(iva), "money", "field_lookup", True),
    ])


def invoice_en():
    lines = [("UX audit – checkout flow", 1, 2400.00), ("Design system tokens (hours)", 18, 95.00),
             ("Prototype usability sessions", 4, 350.00), ("Icon set, 48 glyphs", 1, 720.00), ("Travel expenses", 1, 186.40)]
    sub = round(sum(q * p for _, q, p in lines), 2)
    disc = round(sub * 0.05, 2)
    vat = round((sub - disc) * 0.20, 2)
    tot = round(sub - disc + vat, 2)
    css = ("body{background:#f3f0ea}.w{width:1150px;margin:0 auto;background:#fff;padding:40px 56px;color:#222;font-size:15px}"
           ".h{display:flex;justify-content:space-between}.brand{font-size:28px;font-weight:800;letter-spacing:1px}"
           ".meta td{padding:2px 10px 2px 0}.cols{display:flex;gap:80px;margin:26px 0}.lbl{color:#999;font-size:12px;letter-spacing:1px}"
           "table.l{width:100%;border-collapse:collapse}table.l th{border-bottom:2px solid #222;text-align:left;padding:8px}table.l td{padding:8px;border-bottom:1px solid #eee}"
           ".r{text-align:right}.sum{width:360px;margin-left:auto;margin-top:14px}.sum div{display:flex;justify-content:space-between;padding:4px 8px}.grand{background:#222;color:#fff;font-weight:bold;font-size:18px}")
    rows = "".join(f"<tr><td>{esc(n)}</td><td class='r'>{q}</td><td class='r'>£{p:,.2f}</td><td class='r'>£{q*p:,.2f}</td></tr>" for n, q, p in lines)
    body = (f"<div class='w'><div class='h'><div><div class='brand'>NORTHFOLD STUDIO</div><div>12 Calder Yard, Leeds LS1 4QT</div><div>VAT GB 318 4471 02</div></div>"
            f"<div><div style='font-size:34px;font-weight:300'>INVOICE</div><table class='meta'><tr><td>Invoice no.</td><td><b>NF-2026-0147</b></td></tr>"
            f"<tr><td>Issued</td><td>3 March 2026</td></tr><tr><td>Due</td><td>2 April 2026</td></tr><tr><td>PO ref.</td><td>PO-88231</td></tr></table></div></div>"
            f"<div class='cols'><div><div class='lbl'>BILL TO</div><b>Pennant Outdoor Ltd</b><br>Attn: Rhys Calloway<br>4 Wharf Street, Cardiff CF10 5BZ</div>"
            f"<div><div class='lbl'>PAYMENT</div>Sort code 40-12-77<br>Account 61829034<br>Ref NF-2026-0147</div></div>"
            f"<table class='l'><tr><th>Description</th><th class='r'>Qty</th><th class='r'>Unit price</th><th class='r'>Amount</th></tr>{rows}</table>"
            f"<div class='sum'><div><span>Subtotal</span><span>£{sub:,.2f}</span></div><div><span>Discount 5%</span><span>−£{disc:,.2f}</span></div>"
            f"<div><span>VAT 20%</span><span>£{vat:,.2f}</span></div><div class='grand'><span>Total due</span><span>£{tot:,.2f}</span></div></div></div>")
    scene("invoice_northfold", "invoice", page(body, css), 1260, [
        Q("invoice number?", "NF-2026-0147", "code", "field_lookup", True),
        Q("when do we have to pay this by", "2 April 2026", "date", "field_lookup", True),
        Q("how much were the design system hours in total", f"£{18*95:,.2f}", "money", "table_cell", True),
        Q("What's the total due including VAT?", f"£{tot:,.2f}", "money", "field_lookup", True),
    ])


def payslip_de():
    brutto = 4380.00
    ded = [("Lohnsteuer", 612.41), ("Solidaritätszuschlag", 0.00), ("Kirchensteuer", 49.00), ("Krankenversicherung", 358.06),
           ("Pflegeversicherung", 74.46), ("Rentenversicherung", 407.34), ("Arbeitslosenversicherung", 56.94)]
    netto = round(brutto - sum(a for _, a in ded), 2)
    css = (".w{width:760px;margin:20px auto;border:1px solid #444;padding:24px;font-family:'Nimbus Sans','DejaVu Sans';font-size:14px}"
           "table{width:100%;border-collapse:collapse}td{padding:4px 6px;border-bottom:1px dotted #aaa}td.n{text-align:right}"
           "h2{margin:0 0 6px 0}.hd{display:flex;justify-content:space-between;margin-bottom:14px}")
    rows = "".join(f"<tr><td>{n}</td><td class='n'>{eun(a)}</td></tr>" for n, a in ded)
    body = (f"<div class='w'><div class='hd'><div><h2>Verdienstabrechnung März 2026</h2>Kranich Logistik GmbH, Hamburg</div>"
            f"<div>Personal-Nr. 20418<br>Steuerklasse I<br>Eintritt 01.09.2021</div></div>"
            f"<div><b>Herr Tobias Brandhorst</b>, Lagerleitung</div><br>"
            f"<table><tr><td><b>Gesamtbrutto</b></td><td class='n'><b>{eun(brutto)}</b></td></tr>{rows}"
            f"<tr><td><b>Auszahlungsbetrag (Netto)</b></td><td class='n'><b>{eun(netto)}</b></td></tr></table>"
            f"<p>Überweisung an DE89 2005 0550 1234 5678 90 am 28.03.2026</p></div>")
    sv = round(sum(a for n, a in ded if n.endswith("versicherung")), 2)
    scene("payslip_kranich", "payslip", page(body, css), 820, [
        Q("what's my net pay this month?", eun(netto), "money", "field_lookup", True),
        Q("how much income tax (Lohnsteuer) was taken off", eun(612.41), "money", "field_lookup", True),
        Q("sum of all the social insurance deductions (the ...versicherung lines)?", eun(sv), "money", "arithmetic", False),
    ])


def po_es():
    lines = [("TOR-M8-40", "Tornillo hexagonal M8x40 (caja 100)", 12, 8.75), ("ARA-M8", "Arandela plana M8 (caja 200)", 10, 4.20),
             ("TAC-10", "Taco nylon 10 mm (caja 50)", 20, 3.15), ("BRO-HSS-6", "Broca HSS 6 mm", 25, 2.40)]
    tot = round(sum(q * p for _, _, q, p in lines), 2)
    css = (".w{width:900px;margin:16px auto;padding:26px;border-top:8px solid #b3261e;font-size:14px;color:#222}"
           "table{width:100%;border-collapse:collapse;margin-top:12px}th{background:#b3261e;color:#fff;padding:7px;text-align:left}td{padding:7px;border-bottom:1px solid #ddd}.n{text-align:right}")
    rows = "".join(f"<tr><td>{c}</td><td>{esc(d)}</td><td class='n'>{q}</td><td class='n'>{eu(p)}</td><td class='n'>{eu(q*p)}</td></tr>" for c, d, q, p in lines)
    body = (f"<div class='w'><h2 style='margin:0'>ORDEN DE COMPRA Nº OC-2026-0391</h2><p>Fecha: 17/02/2026 &nbsp;·&nbsp; Entrega prevista: 03/03/2026</p>"
            f"<p><b>Proveedor:</b> Ferretería Industrial Maldonado S.L., Polígono Los Olivos, Getafe<br><b>Solicitado por:</b> Lucía Arranz (Mantenimiento)</p>"
            f"<table><tr><th>Código</th><th>Descripción</th><th class='n'>Cant.</th><th class='n'>Precio</th><th class='n'>Importe</th></tr>{rows}"
            f"<tr><td colspan=4 class='n'><b>Total (sin IVA)</b></td><td class='n'><b>{eu(tot)}</b></td></tr></table></div>")
    scene("orden_compra", "purchase_order", page(body, css), 960, [
        Q("who is the supplier on this PO", "Ferretería Industrial Maldonado S.L.", "text", "field_lookup", True),
        Q("¿cuántas cajas de tacos se piden?", 20, "count", "table_cell", True),
        Q("which line item has the highest amount?", "Tornillo hexagonal M8x40 (caja 100)", "text", "argmax", True),
    ])


def shipping_label():
    css = (".l{width:600px;margin:20px;border:3px solid #000;font-family:'Nimbus Sans','DejaVu Sans';color:#000}"
           ".s{border-bottom:3px solid #000;padding:10px 14px}.big{font-size:44px;font-weight:900}.bc{height:70px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px,#000 10px 14px,#fff 14px 16px);margin:8px 0}")
    body = ("<div class='l'><div class='s' style='display:flex;justify-content:space-between'><span class='big'>P</span>"
            "<span style='text-align:right'>PRIORITY PARCEL<br>WT: 3.8 KG &nbsp; DIM: 40x30x22 cm<br>SHIP DATE: 11 MAY 2026</span></div>"
            "<div class='s'>FROM:<br>Kettle &amp; Kiln Ceramics<br>Unit 5, Brookfield Works<br>Sheffield S3 8GG, UK</div>"
            "<div class='s' style='font-size:20px'>SHIP TO:<br><b>ASTRID LINDQVIST</b><br>Södra Långgatan 19<br>392 31 KALMAR<br>SWEDEN</div>"
            "<div class='s'>TRACKING #<div class='bc'></div><div style='font-size:22px;letter-spacing:2px;text-align:center'>RX 4418 0736 9GB</div></div>"
            "<div style='padding:8px 14px'>REF: ORD-55102 &nbsp;&nbsp; PKG 1 OF 2</div></div>")
    scene("label_parcel", "shipping_label", page(body, css), 660, [
        Q("tracking number?", "RX 4418 0736 9GB", "code", "field_lookup", True),
        Q("which city is this going to", "KALMAR", "text", "who_when_where", True),
        Q("how many packages are in this shipment in total", 2, "count", "field_lookup", False),
    ])


def boarding_pass():
    d = dt.date(2026, 7, 16)
    css = (".bp{width:1120px;margin:20px;display:flex;border-radius:16px;overflow:hidden;box-shadow:0 3px 12px #0004;font-family:'Lato'}"
           ".m{flex:3;padding:24px;background:#fff}.st{flex:1;padding:24px;background:#12355b;color:#fff}.k{font-size:12px;color:#8aa;letter-spacing:1px}"
           ".v{font-size:22px;font-weight:bold;margin-bottom:12px}.row{display:flex;gap:50px}.iata{font-size:56px;font-weight:900;color:#12355b}")
    body = ("<div class='bp'><div class='m'><div style='display:flex;justify-content:space-between'><b style='font-size:22px;color:#12355b'>AURORA AIR</b><span>BOARDING PASS</span></div>"
            "<div class='row'><div><div class='iata'>OSL</div>Oslo Gardermoen</div><div style='font-size:40px;padding-top:14px'>✈</div><div><div class='iata'>LIS</div>Lisbon</div></div>"
            "<div class='row' style='margin-top:16px'><div><div class='k'>PASSENGER</div><div class='v'>HAUGEN/INGRID MS</div></div><div><div class='k'>FLIGHT</div><div class='v'>AU 2871</div></div>"
            f"<div><div class='k'>DATE</div><div class='v'>{d.strftime('%d %b %Y').upper()}</div></div></div>"
            "<div class='row'><div><div class='k'>GATE</div><div class='v'>F14</div></div><div><div class='k'>BOARDING</div><div class='v'>06:35</div></div>"
            "<div><div class='k'>DEPARTS</div><div class='v'>07:10</div></div><div><div class='k'>SEAT</div><div class='v'>23C</div></div><div><div class='k'>ZONE</div><div class='v'>3</div></div></div></div>"
            "<div class='st'><div class='k'>PASSENGER</div><div class='v'>HAUGEN/INGRID</div><div class='k'>FLIGHT</div><div class='v'>AU 2871</div>"
            "<div class='k'>SEAT</div><div class='v'>23C</div><div class='k'>BOOKING REF</div><div class='v'>QK7M2P</div></div></div>")
    scene("boarding_pass", "ticket", page(body, css, bg="#e9edf2"), 1160, [
        Q("what gate do i go to", "F14", "code", "field_lookup", True),
        Q("when does boarding start?", "06:35", "time", "field_lookup", True),
        Q("what day of the week is the flight?", WEEKDAYS[d.weekday()], "text", "who_when_where", False),
        Q("how long between boarding and departure (minutes)?", (7*60+10)-(6*60+35), "number", "arithmetic", False),
    ])


def train_ticket_se():
    dep, arr, car, seat = "08:14", "11:02", 3, 42
    mins = (int(arr[:2]) * 60 + int(arr[3:])) - (int(dep[:2]) * 60 + int(dep[3:]))
    css = (".t{width:640px;margin:20px;border:2px solid #2b7a3d;border-radius:10px;padding:20px;font-family:'DejaVu Sans';font-size:15px}"
           ".hd{background:#2b7a3d;color:#fff;margin:-20px -20px 14px;padding:12px 20px;font-weight:bold;border-radius:8px 8px 0 0}"
           "table{width:100%}td{padding:4px 0}.k{color:#666}")
    body = ("<div class='t'><div class='hd'>NORRTÅG · Resebiljett</div>"
            f"<table><tr><td class='k'>Från</td><td><b>Umeå C</b></td><td class='k'>Avgång</td><td><b>{dep}</b></td></tr>"
            f"<tr><td class='k'>Till</td><td><b>Sundsvall C</b></td><td class='k'>Ankomst</td><td><b>{arr}</b></td></tr>"
            "<tr><td class='k'>Datum</td><td>tors 4 juni 2026</td><td class='k'>Tåg</td><td>7124</td></tr>"
            f"<tr><td class='k'>Vagn</td><td>{car}</td><td class='k'>Plats</td><td>{seat} (fönster)</td></tr>"
            "<tr><td class='k'>Resenär</td><td>1 vuxen</td><td class='k'>Pris</td><td>389 kr</td></tr></table>"
            "<p style='font-size:12px;color:#555'>Biljett-ID 9F2K-55TQ · Ej återbetalningsbar</p></div>")
    scene("train_ticket_norrtag", "ticket", page(body, css), 700, [
        Q("what time does my train arrive in sundsvall", "11:02", "time", "field_lookup", True),
        Q("which car and seat?", f"Vagn {car}, plats {seat}", "text", "multi_part", False),
        Q("how long is the journey", f"{mins // 60} h {mins % 60} min", "text", "arithmetic", False),
    ])


def member_card():
    css = (".c{width:520px;height:320px;margin:24px;border-radius:18px;padding:26px;color:#fff;font-family:'Lato';"
           "background:linear-gradient(135deg,#5b2a86,#b1456b);position:relative;box-shadow:0 6px 18px #0005}"
           ".k{font-size:11px;opacity:.8;letter-spacing:1px}.v{font-size:19px;font-weight:bold}")
    body = ("<div class='c'><div style='font-size:26px;font-weight:900'>PULSE FITNESS</div><div>GOLD MEMBER</div>"
            "<div style='position:absolute;top:120px;left:26px'><div class='k'>MEMBER</div><div class='v'>Chiara Bonvicini</div></div>"
            "<div style='position:absolute;top:190px;left:26px'><div class='k'>MEMBER NO.</div><div class='v'>PF-0072 8841</div></div>"
            "<div style='position:absolute;top:190px;left:300px'><div class='k'>VALID THRU</div><div class='v'>09/27</div></div>"
            "<div style='position:absolute;bottom:22px;left:26px;font-size:12px'>Home club: Milano Porta Romana</div></div>")
    scene("card_pulse", "member_card", page(body, css), 580, [
        Q("my membership number?", "PF-0072 8841", "code", "field_lookup", True),
        Q("when does this card expire", "09/27", "date", "field_lookup", True),
        Q("which club is my home club", "Milano Porta Romana", "text", "who_when_where", True),
    ])


def business_card():
    css = (".c{width:560px;height:320px;margin:24px;background:#fdfcf8;border:1px solid #ccc;padding:34px;font-family:'URW Bookman','DejaVu Serif';color:#333;box-shadow:0 4px 10px #0002}")
    body = ("<div class='c'><div style='font-size:28px'>Henrik Aalto-Mäkinen</div><div style='color:#a0522d;margin-bottom:26px'>Senior Structural Engineer</div>"
            "<div>Kallio &amp; Rask Engineering Oy</div><div>Hämeentie 41 B, 00500 Helsinki</div>"
            "<div style='margin-top:18px'>M +358 40 718 2264</div><div>T +358 9 4411 300</div><div>henrik.aalto@kallio-rask.fi</div></div>")
    scene("card_business", "business_card", page(body, css), 640, [
        Q("whats his mobile number", "+358 40 718 2264", "phone", "field_lookup", True),
        Q("what's his job title?", "Senior Structural Engineer", "text", "field_lookup", True),
    ])


def build():
    for f in (receipt_de, receipt_us, receipt_fr, bank_statement_nl, utility_it, invoice_en, payslip_de, po_es,
              shipping_label, boarding_pass, train_ticket_se, member_card, business_card):
        f()
