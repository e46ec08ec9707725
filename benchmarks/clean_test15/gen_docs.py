"""Paper-like documents: receipts, statements, bills, invoices, tickets, cards."""
from common import scene, Q, esc, page, us, eu, fr, ch

THERMAL = """.rc{width:380px;margin:30px auto;background:#fbfaf4;padding:22px 20px 30px;
font:14px/1.45 'DejaVu Sans Mono',monospace;color:#333;box-shadow:0 2px 8px rgba(0,0,0,.25)}
.c{text-align:center}.r{display:flex;justify-content:space-between}.hr{border-top:1px dashed #888;margin:8px 0}
.big{font-size:18px;font-weight:bold}.sm{font-size:12px;color:#555}"""


@scene
def receipt_de(rng):
    items = [("Vollmilch 3,5% 1L", 119, 2), ("Bio Bananen", 229, 1), ("Roggenbrot 750g", 289, 1),
             ("Gouda jung Scheiben", 199, 1), ("Kaffee Crema 1kg", 1399, 1), ("Tomaten Rispe", 249, 1),
             ("Mineralwasser 6x1,5L", 354, 1), ("Zahnpasta", 145, 1)]
    total = sum(p * q for _, p, q in items)
    lines = []
    for n, p, q in items:
        if q > 1:
            lines.append(f'<div class="sm">{q} x {eu(p)}</div>')
        lines.append(f'<div class="r"><span>{esc(n)}</span><span>{eu(p*q)} A</span></div>')
    h = f"""<div class="rc"><div class="c big">FRISCHMARKT KÖHLER</div><div class="c sm">Lindenstraße 41 · 04109 Leipzig<br>
Tel. 0341 5580120</div><div class="hr"></div>{''.join(lines)}<div class="hr"></div>
<div class="r big"><span>SUMME</span><span>{eu(total)} €</span></div><div class="hr"></div>
<div class="r"><span>Gegeben BAR</span><span>50,00 €</span></div>
<div class="sm">Bon 2281 · Kasse 03 · 14.03.2025 17:42</div><div class="c" style="margin-top:10px">Vielen Dank für Ihren Einkauf!</div></div>"""
    top = max(items, key=lambda x: x[1] * x[2])
    return dict(name="receipt_de_frischmarkt", category="receipt", w=460, html=page(h, THERMAL, bg="#8a8f96"),
                qs=[Q("I paid cash with the 50 shown, how much change should I have gotten back", f"{eu(5000-total)} €",
                      "money", "arithmetic", False),
                    Q("Welcher Artikel war am teuersten?", top[0], "text", "argmax", True),
                    Q("how many different products are on the bon?", str(len(items)), "count", "count", False)])


@scene
def receipt_us(rng):
    items = [("ORG SPINACH", 399), ("CAGE FREE EGGS 12", 529), ("GREEK YOGURT", 149), ("SOURDOUGH LOAF", 649),
             ("AVOCADO", 125), ("OLIVE OIL 500ML", 1199), ("PASTA PENNE", 219), ("PAPER TOWELS 6PK", 899)]
    sub = sum(p for _, p in items)
    tax = round(sub * 0.0725)
    tot = sub + tax
    rows = "".join(f'<div class="r"><span>{n}</span><span>{us(p)}</span></div>' for n, p in items)
    h = f"""<div class="rc"><div class="c big">GREENLEAF MARKET #0412</div><div class="c sm">2210 Alder Ave, Sacramento CA<br>(916) 555-0148</div>
<div class="hr"></div>{rows}<div class="hr"></div><div class="r"><span>SUBTOTAL</span><span>{us(sub)}</span></div>
<div class="r"><span>TAX 7.25%</span><span>{us(tax)}</span></div><div class="r big"><span>TOTAL</span><span>${us(tot)}</span></div>
<div class="r"><span>VISA ****4471</span><span>${us(tot)}</span></div><div class="hr"></div>
<div class="sm">05/22/2025 11:08 AM  LANE 4  CASHIER: TERRI</div><div class="c">THANK YOU FOR SHOPPING LOCAL</div></div>"""
    cheap = min(items, key=lambda x: x[1])
    return dict(name="receipt_us_greenleaf", category="receipt", w=460, html=page(h, THERMAL, bg="#3c4a3e"),
                qs=[Q("how much tax did i pay", us(tax), "money", "field", True),
                    Q("cheapest thing I bought?", cheap[0], "text", "argmin", True)])


@scene
def receipt_se(rng):
    items = [("Kanelbulle", 3500, 2), ("Kaffe bryggt", 3200, 2), ("Räksmörgås", 11900, 1), ("Lingondricka", 2900, 1)]
    tot = sum(p * q for _, p, q in items)
    moms = round(tot * 12 / 112)
    rows = "".join(f'<div class="r"><span>{q} st {esc(n)}</span><span>{fr(p*q)}</span></div>' for n, p, q in items)
    h = f"""<div class="rc" style="background:#fff"><div class="c big">KAFÉ SKÄRGÅRDEN</div><div class="c sm">Strandvägen 7, Vaxholm<br>Org.nr 556712-4410</div>
<div class="hr"></div>{rows}<div class="hr"></div><div class="r big"><span>ATT BETALA</span><span>{fr(tot)} kr</span></div>
<div class="r"><span>Varav moms 12%</span><span>{fr(moms)}</span></div><div class="r"><span>Betalsätt</span><span>Swish</span></div>
<div class="hr"></div><div class="sm">Kvitto 10933  2025-07-19  13:26</div><div class="c">Tack och välkommen åter!</div></div>"""
    return dict(name="receipt_se_kafe", category="receipt", w=460, html=page(h, THERMAL, bg="#c9d3da"),
                qs=[Q("Hur mycket blev det totalt?", f"{fr(tot)} kr", "money", "field", True),
                    Q("how did they pay", "Swish", "text", "field", True)])


@scene
def bank_statement_nl(rng):
    opening = 184233
    tx = [("02-04-2025", "Albert Heijn 1432 Utrecht", -6312), ("03-04-2025", "Salaris Vandermolen BV", 312550),
          ("03-04-2025", "Huur april - Woonstichting Gaard", -112500), ("05-04-2025", "NS Reizigers", -2340),
          ("07-04-2025", "Bol.com", -4999), ("07-04-2025", "Zorgverzekering Zilveren", -13895),
          ("09-04-2025", "Tikkie van J. de Wit", 1850), ("12-04-2025", "Jumbo Amersfoort", -3877),
          ("14-04-2025", "Vattenfall energie", -9600)]
    bal = opening
    rows = []
    for d, desc, a in tx:
        bal += a
        cls = "neg" if a < 0 else "pos"
        rows.append(f"<tr><td>{d}</td><td>{esc(desc)}</td><td class='{cls}'>{'-' if a<0 else '+'} {eu(abs(a))}</td>"
                    f"<td>{eu(bal)}</td></tr>")
    css = """.doc{width:1000px;margin:24px auto;background:#fff;padding:36px 44px;box-shadow:0 1px 6px #0003}
h1{font-size:22px;color:#e36b00;margin:0}.meta{display:flex;justify-content:space-between;font-size:14px;margin:18px 0}
table{width:100%;border-collapse:collapse;font-size:14px}th{background:#f3f0ea;text-align:left;padding:7px}
td{padding:7px;border-bottom:1px solid #eee}td:nth-child(3),td:nth-child(4),th:nth-child(3),th:nth-child(4){text-align:right}
.neg{color:#b00020}.pos{color:#16794a}.sum{font-weight:bold;text-align:right;margin-top:14px;font-size:15px}"""
    h = f"""<div class="doc"><h1>Oranjebank · Rekeningafschrift</h1><div class="meta"><div>M.A. (Marleen) Verhoeven<br>Kerkstraat 18<br>3811 CV Amersfoort</div>
<div>IBAN: NL42 ORAN 0417 2290 63<br>Periode: 01-04-2025 t/m 15-04-2025<br>Afschrift nr. 7</div></div>
<div style="font-size:14px;margin-bottom:8px">Beginsaldo: € {eu(opening)}</div>
<table><tr><th>Datum</th><th>Omschrijving</th><th>Bedrag (€)</th><th>Saldo (€)</th></tr>{''.join(rows)}</table>
<div class="sum">Eindsaldo: € {eu(bal)}</div></div>"""
    deb = min(tx, key=lambda t: t[2])
    n07 = sum(1 for t in tx if t[0] == "07-04-2025")
    return dict(name="bank_statement_nl", category="bank_statement", w=1100, html=page(h, css),
                qs=[Q("what's the IBAN on this statement", "NL42 ORAN 0417 2290 63", "code", "field", True),
                    Q("which was my biggest expense in this period?", deb[1], "text", "argmin", True),
                    Q("hoeveel transacties waren er op 7 april?", str(n07), "count", "count", False)])


@scene
def utility_bill_fr(rng):
    idx_old, idx_new = 41872, 42516
    kwh = idx_new - idx_old
    price = 2516  # centimes per kWh *100 -> 0,2516 €/kWh
    conso = round(kwh * price / 100)
    abo = 1547
    ht = conso + abo
    taxes = 3129
    ttc = ht + taxes
    css = """.doc{width:820px;margin:20px auto;background:#fff;padding:34px 40px;font-size:14px;border-top:10px solid #1d4e89}
.hd{display:flex;justify-content:space-between}.logo{font:bold 26px 'Liberation Serif';color:#1d4e89}
.box{background:#eef4fb;border:1px solid #b8cde6;padding:14px;margin:18px 0;display:flex;justify-content:space-between}
.box b{font-size:22px;color:#1d4e89}table{width:100%;border-collapse:collapse;margin-top:10px}td,th{padding:6px;border-bottom:1px solid #ddd;text-align:left}
td:last-child{text-align:right}"""
    h = f"""<div class="doc"><div class="hd"><div class="logo">Énergie Rhône-Alpes</div><div>Facture n° ERA-2025-0088412<br>Date : 12/06/2025<br>Réf. client : 7 310 552 901</div></div>
<p>Mme Hélène Garnier<br>22 rue des Capucins<br>69001 Lyon</p>
<div class="box"><div>Montant à payer<br><b>{fr(ttc)} €</b></div><div>Date limite de paiement<br><b>27/06/2025</b></div><div>Prélèvement automatique<br><b>Non</b></div></div>
<table><tr><th>Détail</th><th>Quantité</th><th>Montant HT</th></tr>
<tr><td>Index relevé 14/05 → 11/06</td><td>{idx_old} → {idx_new}</td><td></td></tr>
<tr><td>Consommation électricité</td><td>{kwh} kWh × 0,2516 €</td><td>{fr(conso)} €</td></tr>
<tr><td>Abonnement (9 kVA)</td><td>1 mois</td><td>{fr(abo)} €</td></tr>
<tr><td>Total HT</td><td></td><td>{fr(ht)} €</td></tr><tr><td>Taxes et contributions (TVA, CTA, accise)</td><td></td><td>{fr(taxes)} €</td></tr>
<tr><td><b>Total TTC</b></td><td></td><td><b>{fr(ttc)} €</b></td></tr></table></div>"""
    return dict(name="utility_bill_fr", category="utility_bill", w=900, html=page(h, css, bg="#d5d9de"),
                qs=[Q("c'est quand la date limite pour payer ?", "27/06/2025", "date", "field", True),
                    Q("how much do I owe on this electricity bill", f"{fr(ttc)} €", "money", "field", True),
                    Q("is this bill paid by direct debit?", "no", "yesno", "yesno", False)])


@scene
def invoice_en(rng):
    lines = [("Website redesign – discovery workshop", 1, 180000), ("UI design, 24 screens", 24, 9500),
             ("Front-end development (hours)", 62, 11000), ("Stock photography licence", 3, 4900),
             ("Hosting setup & DNS migration", 1, 35000)]
    sub = sum(q * p for _, q, p in lines)
    vat = round(sub * 0.20)
    tot = sub + vat
    rows = "".join(f"<tr><td>{esc(d)}</td><td>{q}</td><td>£{us(p)}</td><td>£{us(q*p)}</td></tr>" for d, q, p in lines)
    css = """.doc{width:900px;margin:28px auto;background:#fff;padding:44px;font-size:14px}
.top{display:flex;justify-content:space-between}.brand{font:bold 30px 'Lato';letter-spacing:1px;color:#222}
.inv{font-size:34px;color:#aaa;text-align:right}table{width:100%;border-collapse:collapse;margin-top:26px}
th{border-bottom:2px solid #222;text-align:left;padding:8px}td{padding:8px;border-bottom:1px solid #e5e5e5}
th:nth-child(n+2),td:nth-child(n+2){text-align:right}.tot{width:320px;margin-left:auto;margin-top:14px}
.tot div{display:flex;justify-content:space-between;padding:4px 8px}.tot .g{background:#222;color:#fff;font-weight:bold}"""
    h = f"""<div class="doc"><div class="top"><div><div class="brand">NORTHWIND STUDIO</div>14 Canal Street, Manchester M1 3HE<br>VAT Reg. GB 318 4471 09</div>
<div class="inv">INVOICE<div style="font-size:14px;color:#222">No. NWS-2025-117<br>Issued: 3 March 2025<br>Due: 2 April 2025</div></div></div>
<p style="margin-top:26px"><b>Bill to:</b><br>Halden &amp; Rowe Ltd<br>Attn: Priya Chandran<br>88 Kingsway, London WC2B 6AA</p>
<table><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>{rows}</table>
<div class="tot"><div><span>Subtotal</span><span>£{us(sub)}</span></div><div><span>VAT 20%</span><span>£{us(vat)}</span></div>
<div class="g"><span>Total due</span><span>£{us(tot)}</span></div></div>
<p style="margin-top:30px;color:#666">Payment by bank transfer to Sort code 20-45-77, Account 60318842. Please quote the invoice number.</p></div>"""
    big = max(lines, key=lambda l: l[1] * l[2])
    return dict(name="invoice_northwind", category="invoice", w=980, html=page(h, css, bg="#f0ede6"),
                qs=[Q("invoice number?", "NWS-2025-117", "code", "field", True),
                    Q("what's the total due incl VAT", f"£{us(tot)}", "money", "field", True),
                    Q("which line item costs the most overall, and how much?", f"{big[0]}: £{us(big[1]*big[2])}", "text", "multi", False)])


@scene
def payslip_de(rng):
    brutto = 468000
    ded = [("Lohnsteuer", 71233), ("Solidaritätszuschlag", 0), ("Kirchensteuer", 5698), ("Rentenversicherung", 43524),
           ("Arbeitslosenversicherung", 6084), ("Krankenversicherung", 38610), ("Pflegeversicherung", 7956)]
    netto = brutto - sum(a for _, a in ded)
    rows = "".join(f"<tr><td>{n}</td><td>{eu(a)}</td></tr>" for n, a in ded)
    css = """.doc{width:780px;margin:24px auto;background:#fff;padding:30px 38px;font-size:14px;border:1px solid #bbb}
h2{margin:0 0 4px;font-size:19px}table{width:100%;border-collapse:collapse;margin-top:8px}td{padding:5px 6px;border-bottom:1px dotted #bbb}
td:last-child{text-align:right}.g td{font-weight:bold;border-top:2px solid #333;border-bottom:none;font-size:16px}
.grid{display:grid;grid-template-columns:1fr 1fr;gap:4px 20px;background:#f5f5f5;padding:10px;margin:12px 0}"""
    h = f"""<div class="doc"><h2>Entgeltabrechnung Mai 2025</h2><div style="color:#555">Brenner Maschinenbau GmbH · Industriestr. 12 · 73430 Aalen</div>
<div class="grid"><div>Name: <b>Jonas Albrecht</b></div><div>Personal-Nr.: 004518</div><div>Steuerklasse: 1</div><div>Eintritt: 01.09.2019</div>
<div>Kostenstelle: 2140 Montage</div><div>IBAN: DE61 6145 0050 0012 8833 47</div></div>
<table><tr><td><b>Gesamtbrutto</b></td><td><b>{eu(brutto)}</b></td></tr>{rows}
<tr class="g"><td>Auszahlungsbetrag</td><td>{eu(netto)} EUR</td></tr></table></div>"""
    return dict(name="payslip_de", category="payslip", w=860, html=page(h, css, bg="#dcdcdc"),
                qs=[Q("what's my net pay this month", f"{eu(netto)} EUR", "money", "field", True),
                    Q("Wie viel Lohnsteuer wurde abgezogen?", eu(ded[0][1]), "money", "cell", True),
                    Q("how much more is Rentenversicherung than Krankenversicherung?", eu(ded[3][1] - ded[5][1]), "money", "arithmetic", False)])


@scene
def purchase_order_es(rng):
    lines = [("TOR-M8-40", "Tornillo hexagonal M8x40 (caja 100)", 12, 1475), ("ARA-M8", "Arandela plana M8 (caja 200)", 8, 690),
             ("TAC-10", "Taco nylon 10 mm (caja 50)", 20, 412), ("BRO-HSS-6", "Broca HSS 6 mm", 15, 338),
             ("CIN-50", "Cinta americana 50 mm", 6, 529)]
    tot = sum(q * p for *_, q, p in lines)
    rows = "".join(f"<tr><td>{c}</td><td>{esc(d)}</td><td>{q}</td><td>{eu(p)} €</td><td>{eu(q*p)} €</td></tr>" for c, d, q, p in lines)
    css = """.doc{width:940px;margin:20px auto;background:#fffef8;padding:32px;font-size:14px;border:1px solid #c9c2a8}
h1{font-size:24px;margin:0;color:#7a3e00}table{width:100%;border-collapse:collapse;margin-top:16px}th,td{border:1px solid #c9c2a8;padding:6px}
th{background:#f3ead2}td:nth-child(n+3){text-align:right}.two{display:flex;gap:40px;margin-top:14px}"""
    h = f"""<div class="doc"><h1>PEDIDO DE COMPRA Nº PC-25/0641</h1><div>Fecha: 08/05/2025 · Entrega prevista: 19/05/2025</div>
<div class="two"><div><b>Proveedor</b><br>Ferretería Industrial Ebro S.L.<br>Av. de Cataluña 210, 50014 Zaragoza<br>CIF B50938127</div>
<div><b>Comprador</b><br>Talleres Navarro e Hijos S.A.<br>Polígono Malpica, calle E 33<br>Contacto: Lucía Beltrán</div></div>
<table><tr><th>Código</th><th>Descripción</th><th>Cant.</th><th>Precio unit.</th><th>Importe</th></tr>{rows}
<tr><td colspan="4" style="text-align:right"><b>Total (sin IVA)</b></td><td><b>{eu(tot)} €</b></td></tr></table></div>"""
    return dict(name="purchase_order_es", category="purchase_order", w=1020, html=page(h, css, bg="#bfb8a8"),
                qs=[Q("¿cuántas brocas se piden?", str(lines[3][2]), "number", "cell", True),
                    Q("what do the screws and the washers cost together", f"{eu(lines[0][2]*lines[0][3] + lines[1][2]*lines[1][3])} €", "money", "arithmetic", False)])


@scene
def shipping_label(rng):
    css = """.lab{width:600px;margin:20px;background:#fff;border:3px solid #000;font:15px 'Liberation Sans'}
.row{border-bottom:2px solid #000;padding:10px 14px}.big{font:bold 40px 'Liberation Sans'}.bc{height:80px;margin:8px 0;
background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px,#000 10px 14px,#fff 14px 16px)}
.flex{display:flex;justify-content:space-between}"""
    h = """<div class="lab"><div class="row flex"><span class="big">P</span><span style="text-align:right">PRIORITY PARCEL<br>SwiftPost Express</span></div>
<div class="row"><small>FROM:</small><br>Kettle &amp; Kiln Ceramics<br>45 Foundry Lane<br>Portland, OR 97209</div>
<div class="row" style="font-size:19px"><small style="font-size:13px">SHIP TO:</small><br><b>DANIEL OKAFOR</b><br>1187 MAPLEWOOD DR APT 3B<br>COLUMBUS OH 43215-2204</div>
<div class="row flex"><span>WEIGHT: 4.6 LB</span><span>DIM: 14x10x8 IN</span><span>SHIP DATE: 10/07/2025</span></div>
<div class="row"><div class="bc"></div><div style="text-align:center;font:bold 18px 'DejaVu Sans Mono'">TRACKING #: SP 9400 1118 2204 7735 61</div></div>
<div class="row flex" style="border-bottom:none"><span>REF: ORD-55821</span><span>SIGNATURE REQUIRED: NO</span></div></div>"""
    return dict(name="shipping_label", category="shipping_label", w=660, html=page(h, css, bg="#c8a878"),
                qs=[Q("whats the tracking number", "SP 9400 1118 2204 7735 61", "code", "field", True),
                    Q("which city is this package going to?", "COLUMBUS", "text", "where", True)])


@scene
def boarding_pass(rng):
    board, dep = "06:35", "07:15"
    gap = (int(dep[:2]) * 60 + int(dep[3:])) - (int(board[:2]) * 60 + int(board[3:]))
    css = """.bp{width:1120px;margin:24px;display:flex;background:#fff;border-radius:14px;overflow:hidden;font:15px 'Lato';box-shadow:0 3px 12px #0004}
.main{flex:3;padding:22px 28px}.stub{flex:1.1;background:#0f3b5f;color:#fff;padding:22px}.air{font:bold 22px 'Lato';color:#0f3b5f}
.k{font-size:11px;color:#888;text-transform:uppercase;letter-spacing:1px}.v{font-size:20px;font-weight:bold;margin-bottom:12px}
.stub .k{color:#9cc}.route{display:flex;align-items:center;gap:30px;margin:16px 0}.code{font:bold 46px 'Lato'}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:6px}"""
    h = """<div class="bp"><div class="main"><div class="air">NORDLYS AIR · BOARDING PASS</div>
<div class="route"><div><div class="code">OSL</div>Oslo Gardermoen</div><div style="font-size:30px">✈</div><div><div class="code">LIS</div>Lisboa</div></div>
<div class="g"><div><div class="k">Passenger</div><div class="v">LINDQVIST/ASTRID MS</div></div><div><div class="k">Flight</div><div class="v">NL 4418</div></div>
<div><div class="k">Date</div><div class="v">21 SEP 2025</div></div><div><div class="k">Class</div><div class="v">Economy</div></div>
<div><div class="k">Boarding</div><div class="v">""" + board + """</div></div><div><div class="k">Departure</div><div class="v">""" + dep + """</div></div>
<div><div class="k">Gate</div><div class="v">D12</div></div><div><div class="k">Seat</div><div class="v">23F</div></div></div></div>
<div class="stub"><div class="k">Passenger</div><div class="v">LINDQVIST/ASTRID</div><div class="k">Flight</div><div class="v">NL 4418</div>
<div class="k">Seat</div><div class="v">23F</div><div class="k">Group</div><div class="v">3</div><div class="k">Gate closes</div><div class="v">06:55</div></div></div>"""
    return dict(name="boarding_pass", category="ticket", w=1180, html=page(h, css, bg="#dfe6ec"),
                qs=[Q("what gate am I at", "D12", "code", "field", True),
                    Q("when does boarding start?", board, "time", "when", True),
                    Q("how long between boarding and departure", f"{gap} minutes", "number", "arithmetic", False)])



@scene
def business_card(rng):
    css = """.card{width:640px;height:360px;margin:40px;background:linear-gradient(135deg,#fdfbf7,#efe8dc);border-radius:10px;
box-shadow:0 6px 20px #0005;padding:36px 40px;font-family:'Liberation Serif';position:relative}
.n{font-size:32px;color:#2b2b2b}.t{font:italic 17px 'Liberation Serif';color:#8a6d3b;margin-bottom:26px}.c{font:15px/1.7 'Liberation Sans';color:#444}
.logo{position:absolute;right:40px;top:36px;font:bold 22px 'Lato';color:#8a6d3b;text-align:right}"""
    h = """<div class="card"><div class="logo">VAN DER BERG<br><span style="font-size:13px;font-weight:normal">architecten</span></div>
<div class="n">Sanne van der Berg</div><div class="t">Senior Architect · Partner</div>
<div class="c">T +31 20 771 4490<br>M +31 6 4127 8853<br>sanne@vdberg-arch.nl<br>Prinsengracht 512, 1017 KH Amsterdam</div></div>"""
    return dict(name="business_card_nl", category="business_card", w=740, html=page(h, css, bg="#5d6b73"),
                qs=[Q("what's her mobile number", "+31 6 4127 8853", "phone", "field", True),
                    Q("what is Sanne's job title?", "Senior Architect · Partner", "text", "field", True)])


@scene
def loyalty_card(rng):
    css = """.card{width:560px;height:340px;margin:40px;border-radius:18px;background:linear-gradient(120deg,#14532d,#166534 60%,#65a30d);
color:#fff;padding:28px 32px;font-family:'Lato';box-shadow:0 8px 22px #0006}.b{font:bold 28px 'Lato'}.num{font:22px 'DejaVu Sans Mono';letter-spacing:2px;margin-top:60px}
.row{display:flex;justify-content:space-between;margin-top:22px;font-size:14px}.k{font-size:10px;opacity:.75;letter-spacing:1px}"""
    h = """<div class="card"><div class="b">BOKHANDEL NORD</div><div>Medlemskort · GULL</div><div class="num">7731 0045 8812 9006</div>
<div class="row"><div><div class="k">MEDLEM</div>INGRID HAUGEN</div><div><div class="k">GYLDIG TIL</div>08/27</div><div><div class="k">POENG</div>2 315</div></div></div>"""
    return dict(name="loyalty_card_no", category="member_card", w=640, html=page(h, css, bg="#ececec"),
                qs=[Q("when does my member card expire?", "08/27", "date", "field", True),
                    Q("how many points are on the card", "2 315", "number", "field", True)])
