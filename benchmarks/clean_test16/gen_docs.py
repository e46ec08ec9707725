"""Business documents: bank statement, utility bill, invoice, payslip, purchase order, receipts."""
import datetime as dt

from common import Scene, page, esc, us, de, fr, WEEKDAYS_EN


def bank_statement(rng):
    start = 412_337  # cents
    payees = [("Gehalt Nordwerk Logistik GmbH", 1), ("Miete Wohnung Lindenstr. 14", -1), ("REWE Markt Kassel", -1),
              ("Stadtwerke Kassel Abschlag", -1), ("Spotify AB", -1), ("Erstattung Krankenkasse", 1),
              ("Amazon EU S.a.r.l.", -1), ("Tankstelle Aral 0417", -1), ("Bäckerei Hoffmann", -1),
              ("Dauerauftrag Sparplan ETF", -1), ("Überweisung J. Albers", 1), ("Kfz-Versicherung HUK", -1)]
    amounts = {"Gehalt Nordwerk Logistik GmbH": 318_450, "Miete Wohnung Lindenstr. 14": 96_000,
               "Dauerauftrag Sparplan ETF": 25_000, "Kfz-Versicherung HUK": 41_288}
    rows = []
    bal = start
    day = dt.date(2026, 10, 1)
    for name, sign in payees:
        day += dt.timedelta(days=rng.randint(1, 3))
        amt = amounts.get(name, rng.randint(399, 12_999))
        bal += sign * amt
        rows.append((day, name, sign * amt, bal))
    iban = "DE44 5204 0021 0387 6612 09"
    trs = "".join(
        f"<tr><td>{d.strftime('%d.%m.%Y')}</td><td>{esc(n)}</td>"
        f"<td class='num {'neg' if a < 0 else 'pos'}'>{'-' if a < 0 else '+'}{de(abs(a))} €</td>"
        f"<td class='num'>{de(b)} €</td></tr>" for d, n, a, b in rows)
    body = f"""
    <div class='top'><div class='logo'>Kasseler Volksbank eG</div><div class='ttl'>Kontoauszug Nr. 10/2026</div></div>
    <div class='meta'><div><b>Kontoinhaber:</b> Miriam Tiedemann<br><b>IBAN:</b> {iban}<br><b>BIC:</b> GENODEF1KS1</div>
    <div><b>Zeitraum:</b> 01.10.2026 – 31.10.2026<br><b>Kontoart:</b> Girokonto Plus<br><b>Blatt:</b> 1 von 1</div></div>
    <table><tr><th>Buchungstag</th><th>Verwendungszweck / Empfänger</th><th>Betrag</th><th>Saldo</th></tr>
    <tr class='alt'><td>01.10.2026</td><td><i>Anfangssaldo</i></td><td></td><td class='num'>{de(start)} €</td></tr>
    {trs}</table>
    <div class='end'>Endsaldo am 31.10.2026: <b>{de(bal)} €</b></div>
    <div class='foot'>Bitte prüfen Sie Ihre Buchungen. Einwendungen sind innerhalb von sechs Wochen zu erheben.</div>"""
    css = """body{padding:30px 40px;font-size:14px} .top{display:flex;justify-content:space-between;border-bottom:3px solid #004a99;padding-bottom:8px}
    .logo{font-size:24px;color:#004a99;font-weight:bold} .ttl{font-size:18px;margin-top:6px}
    .meta{display:flex;gap:80px;margin:16px 0;line-height:1.6} table{width:100%} th{background:#004a99;color:#fff;text-align:left;padding:6px}
    td{padding:5px 6px;border-bottom:1px solid #ddd} .num{text-align:right;font-family:'Liberation Mono',monospace}
    .neg{color:#b00} .pos{color:#070} .end{margin-top:14px;text-align:right;font-size:16px} .foot{margin-top:30px;color:#777;font-size:12px}"""
    s = Scene("bank_statement_de", "bank_statement", html=page(body, css), size=(1150, 1000))
    debits = [r for r in rows if r[2] < 0]
    big = min(debits, key=lambda r: r[2])
    credits = [r for r in rows if r[2] > 0]
    s.q("what's the IBAN on this statement?", iban, "code", "field_read", True)
    s.q("Wie hoch ist der Endsaldo?", f"{de(bal)} €", "money", "field_read", True)
    s.q("which was the biggest debit in october, and how much", f"{big[1]}; -{de(-big[2])} €", "text", "multi_part", False)
    s.q("how many incoming payments (credits) are there", str(len(credits)), "count", "count", False)
    small = max(debits, key=lambda r: r[2])
    s.q("smallest amount that went out this month?", f"-{de(-small[2])} €", "money", "argmin", True)
    return s


def utility_bill(rng):
    old, new = 48_213, 48_213 + rng.randint(800, 1300)
    kwh = new - old
    price = 2417  # cents per kWh * 100 -> 0,2417 €
    energy = round(kwh * price / 100)  # cents
    abo = 1_568
    taxes = round((energy + abo) * 0.2)
    ttc = energy + abo + taxes
    due = dt.date(2026, 11, 27)
    body = f"""
    <div class='hdr'><div><div class='brand'>Électricité du Val de Loire</div><div class='sub'>Service clients : 09 71 22 40 18</div></div>
    <div class='box'>Facture n° <b>FV-2026-118472</b><br>Date : 06/11/2026<br>Réf. client : 40 0719 553</div></div>
    <div class='addr'>M. Laurent Bréhaut<br>12 rue des Tanneurs<br>37000 Tours</div>
    <div class='amount'><div>Montant à payer</div><div class='big'>{fr(ttc)} €</div><div>à régler avant le <b>{due.strftime('%d/%m/%Y')}</b> par prélèvement</div></div>
    <h3>Détail de votre consommation</h3>
    <table><tr><th>Compteur</th><th>Ancien index</th><th>Nouvel index</th><th>Consommation</th></tr>
    <tr><td>Linky 0218 7734</td><td>{fr(old * 100)[:-3]}</td><td>{fr(new * 100)[:-3]}</td><td>{kwh} kWh</td></tr></table>
    <table class='lines'><tr><th>Libellé</th><th>Quantité</th><th>Prix unitaire</th><th>Montant HT</th></tr>
    <tr><td>Abonnement (1 mois)</td><td>1</td><td>{fr(abo)} €</td><td>{fr(abo)} €</td></tr>
    <tr><td>Consommation heures pleines/creuses</td><td>{kwh} kWh</td><td>0,2417 €/kWh</td><td>{fr(energy)} €</td></tr>
    <tr><td>Taxes et contributions (TVA 20 %)</td><td></td><td></td><td>{fr(taxes)} €</td></tr>
    <tr class='tot'><td>Total TTC</td><td></td><td></td><td>{fr(ttc)} €</td></tr></table>"""
    css = """body{padding:30px 44px;font-size:14px;font-family:'Lato',sans-serif} .hdr{display:flex;justify-content:space-between}
    .brand{font-size:26px;color:#0a7a3e;font-weight:bold} .sub{color:#666} .box{border:1px solid #0a7a3e;padding:10px 14px;line-height:1.6}
    .addr{margin:22px 0 0 620px;line-height:1.5} .amount{background:#e9f6ee;border-left:6px solid #0a7a3e;padding:14px 20px;margin:20px 0;width:520px}
    .big{font-size:34px;font-weight:bold;color:#0a7a3e;margin:4px 0} table{width:100%;margin-bottom:16px}
    th{background:#0a7a3e;color:#fff;padding:6px;text-align:left} td{padding:6px;border-bottom:1px solid #ccc} .tot td{font-weight:bold;border-top:2px solid #333}"""
    s = Scene("utility_bill_fr", "utility_bill", html=page(body, css), size=(1120, 900))
    s.q("combien je dois payer sur cette facture ?", f"{fr(ttc)} €", "money", "field_read", True)
    s.q("when is the electricity bill due", due.strftime('%d/%m/%Y'), "date", "who_when_where", True)
    s.q("how many kWh did I use this period?", str(kwh), "number", "field_read", True)
    s.q("what's the bill total before the taxes line (HT)?", f"{fr(energy + abo)} €", "money", "arithmetic", False)
    return s


def invoice(rng):
    items = [("UX audit – checkout flow", 1, 180_000), ("Frontend development (hours)", rng.randint(30, 48), 9_500),
             ("Design system tokens", 1, 62_500), ("Accessibility review", rng.randint(6, 12), 11_000),
             ("Stock photo licence", 3, 4_900)]
    sub = sum(q * p for _, q, p in items)
    tax = round(sub * 0.0825)
    total = sub + tax
    trs = "".join(f"<tr><td>{esc(n)}</td><td class='c'>{q}</td><td class='r'>${us(p)}</td><td class='r'>${us(q * p)}</td></tr>"
                  for n, q, p in items)
    body = f"""<div class='wrap'><div class='row'><div><div class='co'>Brightfold Studio LLC</div>
    <div class='g'>418 Pecan Street, Suite 200<br>Austin, TX 78701<br>billing@brightfold.studio</div></div>
    <div class='inv'><div class='h'>INVOICE</div><table class='kv'><tr><td>Invoice #</td><td>BF-20461</td></tr>
    <tr><td>Issued</td><td>Nov 3, 2026</td></tr><tr><td>Due</td><td>Dec 3, 2026</td></tr><tr><td>PO ref</td><td>HX-7731</td></tr></table></div></div>
    <div class='bill'><b>Bill to</b><br>Harbor &amp; Vine Outfitters<br>Attn: Dana Whitlock<br>92 Wharf Road, Portland, ME 04101</div>
    <table class='items'><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>{trs}</table>
    <table class='tot'><tr><td>Subtotal</td><td>${us(sub)}</td></tr><tr><td>Sales tax (8.25%)</td><td>${us(tax)}</td></tr>
    <tr class='t'><td>Total due</td><td>${us(total)}</td></tr></table>
    <div class='note'>Payment terms: Net 30. Please include the invoice number with your payment.</div></div>"""
    css = """body{background:#eef0f3;padding:30px;font-size:14px} .wrap{background:#fff;padding:36px 44px;box-shadow:0 1px 4px #aaa}
    .row{display:flex;justify-content:space-between} .co{font-size:22px;font-weight:bold;color:#6b3fa0} .g{color:#666;line-height:1.5;margin-top:6px}
    .h{font-size:30px;letter-spacing:4px;color:#6b3fa0;text-align:right} .kv td{padding:2px 8px} .kv td:first-child{color:#888}
    .bill{margin:20px 0;line-height:1.5} .items{width:100%} .items th{border-bottom:2px solid #6b3fa0;text-align:left;padding:8px}
    .items td{padding:8px;border-bottom:1px solid #eee} .r{text-align:right} .c{text-align:center}
    .tot{margin:14px 0 0 auto;width:340px} .tot td{padding:5px 8px} .tot td:last-child{text-align:right} .t td{font-weight:bold;font-size:17px;border-top:2px solid #333}
    .note{margin-top:26px;color:#777}"""
    s = Scene("invoice_us", "invoice", html=page(body, css), size=(1140, 900))
    fe = items[1]
    s.q("invoice number?", "BF-20461", "code", "field_read", True)
    s.q("what's the total due", f"${us(total)}", "money", "field_read", True)
    s.q("how many hours of frontend development were billed", str(fe[1]), "number", "table_cell", True)
    s.q("which line item is the most expensive in total?", max(items, key=lambda r: r[1] * r[2])[0], "text", "argmax", True)
    return s


def payslip(rng):
    bruto = 412_500
    lines = [("Loonheffing", -rng.randint(70_000, 90_000)), ("Pensioenpremie (PFZW)", -rng.randint(18_000, 24_000)),
             ("WGA-premie werknemer", -2_140), ("Reiskostenvergoeding", 8_640), ("Netto thuiswerkvergoeding", 4_620)]
    netto = bruto + sum(a for _, a in lines)
    trs = "".join(f"<tr><td>{esc(n)}</td><td class='r'>{'' if a > 0 else '-'}{de(abs(a))}</td></tr>" for n, a in lines)
    body = f"""<div class='card'><div class='t'>Loonstrook oktober 2026</div>
    <table class='kv'><tr><td>Werkgever</td><td>Vandersloot Techniek B.V.</td><td>Periode</td><td>10 (01-10-2026 t/m 31-10-2026)</td></tr>
    <tr><td>Werknemer</td><td>Sanne de Groot-Meijer</td><td>Personeelsnr.</td><td>00417</td></tr>
    <tr><td>Functie</td><td>Werkvoorbereider</td><td>Uren per week</td><td>36</td></tr></table>
    <table class='l'><tr><th>Omschrijving</th><th class='r'>Bedrag (€)</th></tr><tr><td>Bruto salaris</td><td class='r'>{de(bruto)}</td></tr>{trs}
    <tr class='n'><td>Netto uit te betalen</td><td class='r'>{de(netto)}</td></tr></table>
    <div class='f'>Uitbetaald op 24-10-2026 op rekening NL18 RABO 0312 4457 90</div></div>"""
    css = """body{background:#f3f1ea;padding:26px;font-size:14px;font-family:'DejaVu Sans',sans-serif} .card{background:#fff;width:760px;padding:26px;border:1px solid #ccc}
    .t{font-size:20px;font-weight:bold;margin-bottom:12px;color:#c2410c} .kv td{padding:3px 10px 3px 0} .kv td:nth-child(odd){color:#777}
    .l{width:100%;margin-top:16px} .l th{background:#fde7d6;text-align:left;padding:6px} .l td{padding:5px 6px;border-bottom:1px dotted #bbb}
    .r{text-align:right} .n td{font-weight:bold;border-top:2px solid #000;font-size:15px} .f{margin-top:14px;color:#555;font-size:12px}"""
    s = Scene("payslip_nl", "payslip", html=page(body, css), size=(820, 700))
    s.q("wat is mijn netto salaris deze maand?", de(netto), "money", "field_read", True)
    s.q("how much pension premium was deducted", de(-lines[1][1]), "money", "table_cell", True)
    s.q("difference between gross and net pay?", de(bruto - netto), "money", "arithmetic", False)
    return s


def purchase_order(rng):
    items = [("Tornillo hexagonal M8x40 (caja 100)", rng.randint(5, 20), 1_245), ("Arandela plana M8 (caja 200)", rng.randint(5, 20), 690),
             ("Llave dinamométrica 40-200 Nm", 2, 18_900), ("Guantes nitrilo talla L (pack 50)", rng.randint(10, 30), 835),
             ("Cinta señalización amarilla 33 m", rng.randint(12, 40), 415), ("Gafas de protección EN166", 24, 560)]
    total = sum(q * p for _, q, p in items)
    trs = "".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td class='r'>{q}</td><td class='r'>{de(p)} €</td><td class='r'>{de(q * p)} €</td></tr>"
                  for i, (n, q, p) in enumerate(items))
    body = f"""<div class='head'><div class='n'>ORDEN DE COMPRA</div><div>Nº <b>OC-2026-0893</b> · Fecha: 14/10/2026</div></div>
    <div class='cols'><div><h4>Proveedor</h4>Suministros Industriales Ebro S.L.<br>Polígono Malpica, calle E 27<br>50016 Zaragoza<br>CIF B50788412</div>
    <div><h4>Entregar en</h4>Talleres Aranda Hermanos<br>Avda. de Navarra 112<br>31500 Tudela (Navarra)<br>Plazo: 10 días laborables</div>
    <div><h4>Condiciones</h4>Forma de pago: transferencia 60 días<br>Portes: pagados<br>Comprador: Iker Etxeberria</div></div>
    <table><tr><th>#</th><th>Descripción</th><th>Cant.</th><th>Precio unit.</th><th>Importe</th></tr>{trs}
    <tr class='t'><td></td><td>Total (IVA no incluido)</td><td></td><td></td><td class='r'>{de(total)} €</td></tr></table>
    <div class='sig'>Firma y sello: ____________________</div>"""
    css = """body{padding:30px 40px;font-size:14px;font-family:'Liberation Serif',serif} .head{display:flex;justify-content:space-between;align-items:baseline;border-bottom:2px solid #333}
    .n{font-size:26px;font-weight:bold} .cols{display:flex;gap:60px;line-height:1.5} h4{margin:14px 0 4px;color:#8b1a1a}
    table{width:100%;margin-top:20px} th{border-bottom:2px solid #8b1a1a;text-align:left;padding:6px} td{padding:6px;border-bottom:1px solid #ddd}
    .r{text-align:right} .t td{font-weight:bold;border-top:2px solid #333} .sig{margin-top:40px}"""
    s = Scene("purchase_order_es", "purchase_order", html=page(body, css), size=(1150, 800))
    s.q("¿quién es el proveedor?", "Suministros Industriales Ebro S.L.", "text", "field_read", True)
    s.q("how many boxes of M8 washers are we ordering", str(items[1][1]), "number", "table_cell", True)
    s.q("PO total?", f"{de(total)} €", "money", "field_read", True)
    s.q("which item has the highest unit price", items[2][0], "text", "argmax", True)
    return s


def receipt_html(lines, css_extra="", width=380):
    css = f"""body{{background:#d8d4cc;padding:24px}} .r{{width:{width}px;margin:auto;background:#fbfaf6;padding:18px 16px;
    font-family:'Liberation Mono',monospace;font-size:13px;color:#333;box-shadow:0 0 6px #999;line-height:1.35;white-space:pre}}
    .c{{text-align:center}} .b{{font-weight:bold}} {css_extra}"""
    return page(f"<div class='r'>{lines}</div>", css)


def pad(l, r, w=40):
    return l + " " * max(1, w - len(l) - len(r)) + r


def receipt_de(rng):
    items = [("Vollkornbrot 750g", 1, 289), ("Bio Milch 1,5% 1L", 2, 119), ("Gouda jung 400g", 1, 379),
             ("Äpfel Elstar lose", 1, rng.randint(180, 320)), ("Kaffee Crema 1kg", 1, 1299), ("Pfand", 6, 25),
             ("Spülmittel Zitrone", 1, 95), ("Tomaten Rispe", 1, rng.randint(150, 260))]
    total = sum(q * p for _, q, p in items)
    given = 5000
    lines = ["<div class='c b'>FRISCHMARKT WEBER</div><div class='c'>Hauptstr. 41 · 69117 Heidelberg\nTel. 06221 477120</div>", "-" * 40]
    for n, q, p in items:
        if q > 1:
            lines.append(pad(n, ""))
            lines.append(pad(f"  {q} x {de(p)}", f"{de(q * p)} A"))
        else:
            lines.append(pad(n, f"{de(p)} A"))
    lines += ["-" * 40, "<span class='b'>" + pad("SUMME EUR", de(total)) + "</span>", pad("Bar", de(given)),
              pad("Rückgeld", de(given - total)), "", pad("MwSt A 7%", de(round(total * 7 / 107))),
              "", "<div class='c'>12.11.2026  18:42  Kasse 03  Bon 4471\nVielen Dank für Ihren Einkauf!</div>"]
    s = Scene("receipt_de", "receipt", html=receipt_html("\n".join(lines)), size=(460, 900))
    s.q("was hab ich insgesamt bezahlt", de(total), "money", "field_read", True)
    s.q("how much change did I get back", de(given - total), "money", "field_read", True)
    s.q("what did the coffee cost", de(1299), "money", "field_read", True)
    s.q("how many bottles of Pfand?", "6", "count", "table_cell", True)
    return s


def receipt_se(rng):
    items = [("KANELBULLE", 2, 3200), ("CAPPUCCINO STOR", 1, 4900), ("SMÖRGÅS RÄKA", 1, 8900), ("LATTE HAVREMJÖLK", 1, 5200),
             ("MINERALVATTEN", rng.randint(1, 3), 2500)]
    total = sum(q * p for _, q, p in items)
    moms = round(total * 12 / 112)
    lines = ["<div class='c b'>KAFFEBAREN SÖDER</div><div class='c'>Götgatan 58, 118 26 Stockholm\nOrg.nr 559104-2231</div>", "=" * 40]
    for n, q, p in items:
        lines.append(pad(f"{q} {n}", f"{fr(q * p)}"))
    lines += ["=" * 40, "<span class='b'>" + pad("TOTALT SEK", fr(total)) + "</span>", pad("Varav moms 12%", fr(moms)),
              pad("Kort VISA ****8841", fr(total)), "", "<div class='c'>2026-11-08 10:17  Kassa 1\nKvitto nr 20931\nTack för besöket!</div>"]
    s = Scene("receipt_se", "receipt", html=receipt_html("\n".join(lines), ".r{background:#fff;font-family:'Inconsolata',monospace;font-size:15px}"), size=(460, 700))
    s.q("hur mycket kostade allt?", fr(total), "money", "field_read", True)
    s.q("which card was used to pay", "VISA ****8841", "code", "field_read", True)
    s.q("what time was this receipt printed", "10:17", "time", "who_when_where", True)
    return s


def receipt_us(rng):
    items = [("ORG BANANAS", 1, 164), ("GREEK YOGURT 32OZ", 2, 579), ("SOURDOUGH LOAF", 1, 649), ("OLIVE OIL EV 1L", 1, 1399),
             ("PAPER TOWELS 6PK", 1, 1149), ("AVOCADO HASS", rng.randint(3, 5), 125), ("SPARKLING WATER 12PK", 1, 599)]
    sub = sum(q * p for _, q, p in items)
    tax = round((1149 + 599) * 0.0625)
    total = sub + tax
    lines = ["<div class='c b'>GREENLEAF MARKET #0217</div><div class='c'>1550 Mission Blvd, Fremont CA\n(510) 555-0193</div>", ""]
    for n, q, p in items:
        lab = n if q == 1 else f"{n} {q} @ {p / 100:.2f}"
        lines.append(pad(lab, f"{q * p / 100:.2f}"))
    lines += ["", pad("SUBTOTAL", f"{sub / 100:.2f}"), pad("TAX", f"{tax / 100:.2f}"), "<span class='b'>" + pad("TOTAL", f"${us(total)}") + "</span>",
              pad("MASTERCARD", f"{total / 100:.2f}"), "", f"ITEMS SOLD {sum(q for _, q, _ in items)}",
              "<div class='c'>11/15/2026 07:52 PM  TR# 8812\nTHANK YOU FOR SHOPPING</div>"]
    s = Scene("receipt_us", "receipt", html=receipt_html("\n".join(lines), ".r{font-family:'DejaVu Sans Mono',monospace;font-size:12px}", 360), size=(440, 760))
    s.q("whats the total on this receipt", f"${us(total)}", "money", "field_read", True)
    s.q("how many items sold?", str(sum(q for _, q, _ in items)), "count", "field_read", True)
    s.q("what's the priciest single product here", "OLIVE OIL EV 1L", "text", "argmax", True)
    s.q("cheapest thing I bought?", min(items, key=lambda r: r[2])[0], "text", "argmin", True)
    return s


def scenes(rng):
    return [bank_statement(rng), utility_bill(rng), invoice(rng), payslip(rng), purchase_order(rng),
            receipt_de(rng), receipt_se(rng), receipt_us(rng)]
