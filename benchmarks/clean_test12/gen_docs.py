"""Paper-like documents drawn with PIL: receipts, statements, bills, invoices, payslips, labels, cards, menus..."""
import random, datetime
from common import FONTS, Canvas, q, eur, de, fr, us, usd, num, font

WD_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

def receipt(name, lines, width_cols=36, bg=(247, 245, 238), f="lmono", size=17, pad=26):
    lh = int(size * 1.35)
    cw = font(f, size).getlength("M")
    W = int(cw * width_cols + 2 * pad)
    H = int(lh * len(lines) + 2 * pad + 20)
    c = Canvas(name, W, H, "#d8d4cc")
    c.rect((8, 0, W - 8, H), fill=bg)
    # torn edge
    for x in range(8, W - 8, 12):
        c.d.polygon([(x, H), (x + 6, H - 7), (x + 12, H)], fill="#d8d4cc")
    y = pad
    for ln in lines:
        bold = False
        if isinstance(ln, tuple):
            if len(ln) == 3:
                bold = True
            l, r = ln[0], ln[1]
            s = l + " " * max(1, width_cols - len(l) - len(r)) + r
        elif ln.startswith("^"):
            s = ln[1:].center(width_cols); bold = True
        else:
            s = ln
        fb = f + "b" if (bold and f + "b" in FONTS) else f
        c.t(pad, y, s.rstrip(), fb, size, fill=(40, 40, 45))
        y += lh
    c.save()

def r_de(rng):
    items = [("Vollkornbrot 750g", 3.49), ("Butter Irische 250g", 2.79), ("Bio Eier 10er", 4.19),
             ("Apfel Elstar kg", 2.98), ("Gouda jung Scheiben", 1.89), ("Kaffee Crema 1kg", 13.99),
             ("Mineralwasser 6x1,5", 3.54), ("Pfand", 1.50), ("Tomaten Rispen", 2.29), ("Spaghetti 500g", 1.19)]
    sel = items[:]
    rng.shuffle(sel); sel = sel[:8]
    total = round(sum(p for _, p in sel), 2)
    given = 50.00
    lines = ["^FRISCHMARKT HOLZER", "Lindenstr. 42, 79098 Freiburg".center(36), "Tel. 0761 448210".center(36), "",
             ("", "EUR")]
    for n, p in sel:
        lines.append((n, de(p) + " A"))
    lines += ["-" * 36, ("SUMME", "EUR " + de(total), 1), "", ("Gegeben BAR", de(given)), "",
              ("MwSt A 7%", de(round(total - total / 1.07, 2))), "", "Bon 4417  Kasse 03  Bed. 12".center(36),
              "14.03.2026 17:42".center(36), "", "Vielen Dank fuer Ihren Einkauf!".center(36)]
    receipt("receipt_frischmarkt", lines)
    exp = max(sel, key=lambda t: t[1])
    q("receipt_frischmarkt", "was hab ich insgesamt bezahlt?", "EUR " + de(total), "money", "receipt", "field", True)
    q("receipt_frischmarkt", "I paid cash with a 50 - how much change should I have got back?", eur(given - total), "money", "receipt", "arithmetic", False)
    q("receipt_frischmarkt", "which item on this receipt was the most expensive", exp[0], "text", "receipt", "argmax", True)

def r_us(rng):
    items = [("ORG BANANAS", 1.87), ("GREEK YOGURT 32OZ", 5.49), ("SOURDOUGH LOAF", 4.99), ("BABY SPINACH", 3.79),
             ("CHEDDAR SHARP", 6.29), ("OAT MILK 64OZ", 4.49), ("ALMONDS 16OZ", 9.99)]
    sub = round(sum(p for _, p in items), 2)
    tax = round(sub * 0.0725, 2)
    tot = round(sub + tax, 2)
    lines = ["^GREENLEAF GROCERS #217", "1840 Harbor Blvd, Costa Mesa CA".center(36), "(714) 555-0192".center(36), ""]
    for n, p in items:
        lines.append((n, "%.2f F" % p))
    lines += ["", ("SUBTOTAL", us(sub)), ("TAX 7.25%", us(tax)), ("TOTAL", usd(tot), 1), "",
              ("VISA ************4471", usd(tot)), "AUTH 083315", "", "03/09/26  10:18 AM  LANE 4".center(36),
              "ITEMS SOLD: %d" % len(items), "", "THANK YOU FOR SHOPPING LOCAL".center(36)]
    receipt("receipt_greenleaf", lines, bg=(255, 255, 255), f="mono", size=16)
    q("receipt_greenleaf", "how much tax did they charge me", us(tax), "money", "receipt", "field", True)
    q("receipt_greenleaf", "What card did I pay with, last 4 digits?", "4471", "code", "receipt", "field", True)
    q("receipt_greenleaf", "what's the total without the yogurt and the almonds (before tax)?", usd(sub - 5.49 - 9.99), "money", "receipt", "arithmetic", False)

def r_fr(rng):
    items = [(2, "Café crème", 3.20), (1, "Croissant", 1.60), (1, "Tartine beurre", 2.90), (2, "Jus d'orange", 4.50), (1, "Quiche lorraine", 7.80)]
    tot = round(sum(n * p for n, _, p in items), 2)
    lines = ["^CAFÉ DES ARCADES", "12 place du Marché, 69002 Lyon".center(34), "SIRET 812 447 390 00018".center(34), "",
             "Table 7       Serveur: Margaux", "-" * 34]
    for n, d, p in items:
        lines.append(("%d x %s" % (n, d), fr(n * p) + " €"))
    ht = round(tot / 1.10, 2)
    lines += ["-" * 34, ("TOTAL TTC", fr(tot) + " €", 1), ("dont TVA 10%", fr(tot - ht) + " €"), ("Total HT", fr(ht) + " €"), "",
              "Payé CB sans contact", "Le 21/02/2026 à 09:47", "", "Merci et à bientôt !".center(34)]
    receipt("receipt_cafe_arcades", lines, width_cols=34, bg=(250, 249, 244), f="inconsolata", size=19)
    q("receipt_cafe_arcades", "c'était combien le total ?", fr(tot) + " €", "money", "receipt", "field", True)
    q("receipt_cafe_arcades", "who was our waiter", "Margaux", "person", "receipt", "who", True)
    q("receipt_cafe_arcades", "how much was a single jus d'orange", fr([p for n, d, p in items if d == "Jus d'orange"][0]) + " €", "money", "receipt", "arithmetic", False)

def bank_nl(rng):
    W, H = 1120, 760
    c = Canvas("statement_nl", W, H, "white")
    c.rect((0, 0, W, 70), fill=(0, 84, 122))
    c.t(30, 20, "Noordkust Bank", "lsansb", 28, "white")
    c.t(W - 30, 28, "Rekeningafschrift nr. 2026-03", "lsans", 16, "white", anchor="ra")
    c.t(30, 90, "Rekeninghouder: S. van Dijkhuizen", "lsans", 16)
    iban = "NL47 NKBA 0417 2298 63"
    c.t(30, 114, "IBAN: " + iban, "lsans", 16)
    c.t(30, 138, "Periode: 01-03-2026 t/m 31-03-2026", "lsans", 16)
    start = 2418.35
    tx = [("02-03", "Albert Heijn 1432 Utrecht", -64.12), ("03-03", "Salaris Tessel Logistics BV", 3215.40),
          ("05-03", "Huur Woonstichting De Kade", -1135.00), ("08-03", "NS Reizigers", -23.80),
          ("11-03", "Albert Heijn 1432 Utrecht", -41.67), ("14-03", "Vattenfall energie", -142.50),
          ("17-03", "Tikkie M. Bakker", 18.50), ("21-03", "Bol.com", -79.99), ("24-03", "Albert Heijn 1432 Utrecht", -88.05),
          ("28-03", "Zorgverzekeraar Zilveren Kruis", -138.95), ("30-03", "Spaarrekening overboeking", -400.00)]
    y = 180
    cols = [30, 130, 700, 900]
    c.rect((20, y - 6, W - 20, y + 26), fill=(230, 238, 243))
    for x, h in zip(cols, ["Datum", "Omschrijving", "Af (EUR)", "Bij (EUR)"]):
        c.t(x, y, h, "lsansb", 15)
    y += 34
    c.t(cols[1], y, "Beginsaldo", "lsans", 15, (90, 90, 90)); c.t(W - 40, y, de(start), "lsans", 15, anchor="ra"); y += 30
    bal = start
    for d, desc, a in tx:
        c.t(cols[0], y, d, "lsans", 15); c.t(cols[1], y, desc, "lsans", 15)
        if a < 0:
            c.t(cols[2] + 100, y, de(-a), "lsans", 15, anchor="ra")
        else:
            c.t(cols[3] + 100, y, de(a), "lsans", 15, anchor="ra")
        bal += a
        c.line([(20, y + 24), (W - 20, y + 24)], fill=(225, 225, 225))
        y += 32
    bal = round(bal, 2)
    c.t(cols[1], y + 8, "Eindsaldo", "lsansb", 16); c.t(W - 40, y + 8, de(bal), "lsansb", 16, anchor="ra")
    c.t(30, H - 40, "Noordkust Bank N.V. - Postbus 1180, 3500 BD Utrecht - KvK 30172291", "lsans", 12, (120, 120, 120))
    c.save()
    ah = [a for _, d, a in tx if d.startswith("Albert Heijn")]
    big = min(tx, key=lambda t: t[2])
    q("statement_nl", "How much did I spend at Albert Heijn in total this month?", de(-sum(ah)), "money", "bank_statement", "arithmetic", False)
    q("statement_nl", "wat is mijn IBAN?", iban, "code", "bank_statement", "field", True)
    q("statement_nl", "biggest outgoing payment - who was it to?", big[1], "text", "bank_statement", "argmin", True)

def bill_es(rng):
    W, H = 900, 1000
    c = Canvas("bill_luz_es", W, H, "white")
    c.rect((0, 0, W, 110), fill=(255, 241, 214))
    c.t(40, 30, "ENERGÍA SOLANA", "lsansb", 32, (214, 110, 0))
    c.t(40, 72, "Comercializadora de electricidad", "lsans", 15, (120, 80, 20))
    c.t(W - 40, 34, "FACTURA DE LUZ", "lsansb", 20, anchor="ra")
    c.t(W - 40, 64, "Nº factura: ES-2026-0187342", "lsans", 15, anchor="ra")
    c.t(40, 140, "Titular: Lucía Fernández Ortega", "lsans", 17)
    c.t(40, 166, "Dirección de suministro: C/ Almendro 18, 3ºB, 46021 Valencia", "lsans", 15)
    c.t(40, 190, "CUPS: ES0021000004417829QK", "lsans", 15)
    c.t(40, 214, "Periodo de facturación: 14/01/2026 - 13/02/2026 (31 días)", "lsans", 15)
    kwh_p, kwh_l, kwh_v = 62, 88, 141
    pe = [("Punta", kwh_p, 0.2214), ("Llano", kwh_l, 0.1587), ("Valle", kwh_v, 0.0963)]
    y = 270
    c.t(40, y, "Detalle del consumo", "lsansb", 19); y += 36
    c.rect((40, y - 4, W - 40, y + 24), fill=(245, 245, 245))
    for x, h in [(50, "Periodo"), (300, "kWh"), (480, "€/kWh"), (840, "Importe")]:
        c.t(x, y, h, "lsansb", 15, anchor="ra" if x == 840 else "la")
    y += 34
    energy = 0
    for n, k, p in pe:
        imp = round(k * p, 2); energy += imp
        c.t(50, y, n, "lsans", 15); c.t(300, y, str(k), "lsans", 15); c.t(480, y, de(p, 4), "lsans", 15)
        c.t(840, y, eur(imp), "lsans", 15, anchor="ra"); y += 28
    pot = 11.37; alq = 2.00
    iee = round((energy + pot) * 0.0511, 2)
    base = round(energy + pot + iee + alq, 2)
    iva = round(base * 0.21, 2)
    tot = round(base + iva, 2)
    y += 10
    for lab, v in [("Término de potencia (4,6 kW)", pot), ("Impuesto electricidad", iee), ("Alquiler equipos", alq), ("IVA 21%", iva)]:
        c.t(50, y, lab, "lsans", 15); c.t(840, y, eur(v), "lsans", 15, anchor="ra"); y += 28
    y += 10
    c.rect((40, y, W - 40, y + 56), fill=(214, 110, 0))
    c.t(60, y + 14, "TOTAL A PAGAR", "lsansb", 22, "white"); c.t(830, y + 14, eur(tot), "lsansb", 24, "white", anchor="ra")
    y += 90
    c.t(40, y, "Fecha de cargo: 03/03/2026", "lsans", 16); y += 26
    c.t(40, y, "Cuenta de cargo: ES91 2100 **** **** **** 6612", "lsans", 16); y += 60
    # small bar of consumption history
    c.t(40, y, "Evolución de su consumo (kWh)", "lsansb", 16); y += 30
    hist = [("SEP", 244), ("OCT", 263), ("NOV", 298), ("DIC", 331), ("ENE", kwh_p + kwh_l + kwh_v)]
    for i, (m, v) in enumerate(hist):
        x = 70 + i * 120; hh = v * 0.4
        c.rect((x, y + 150 - hh, x + 60, y + 150), fill=(240, 170, 80))
        c.t(x + 30, y + 156, m, "lsans", 13, anchor="ma"); c.t(x + 30, y + 150 - hh - 18, str(v), "lsans", 13, anchor="ma")
    c.save()
    q("bill_luz_es", "cuánto tengo que pagar en total?", eur(tot), "money", "utility_bill", "field", True)
    q("bill_luz_es", "total kWh used this billing period?", str(kwh_p + kwh_l + kwh_v), "number", "utility_bill", "arithmetic", True)
    q("bill_luz_es", "which month in the history chart had the highest consumption", "DIC", "text", "utility_bill", "argmax", True)

def invoice_uk(rng):
    W, H = 1000, 900
    c = Canvas("invoice_uk", W, H, "white")
    c.t(50, 50, "Bramblewick Studio Ltd", "serifb", 30, (40, 60, 50))
    c.t(50, 92, "7 Tanner's Yard, Bristol BS1 6QH  ·  VAT GB 284 7716 05", "serif", 15, (90, 90, 90))
    c.t(W - 50, 50, "INVOICE", "lsansb", 34, (150, 170, 150), anchor="ra")
    inv = "BWS-0932"
    for i, (k, v) in enumerate([("Invoice no.", inv), ("Issue date", "12 Feb 2026"), ("Due date", "14 Mar 2026"), ("PO ref", "HX-22817")]):
        c.t(700, 110 + i * 24, k, "lsans", 14, (110, 110, 110)); c.t(W - 50, 110 + i * 24, v, "lsans", 14, anchor="ra")
    c.t(50, 150, "Bill to:", "lsansb", 15)
    for i, s in enumerate(["Harrow & Pike Outfitters", "Accounts Payable", "22 Kingsway", "London WC2B 6XF"]):
        c.t(50, 174 + i * 22, s, "lsans", 15)
    items = [("Brand identity refresh", 1, 2400.00), ("Product photography (half day)", 3, 380.00),
             ("Packaging dieline artwork", 4, 145.00), ("Web banner set", 2, 210.00), ("Print proof courier", 1, 18.50)]
    y = 300
    c.rect((50, y, W - 50, y + 34), fill=(40, 60, 50))
    for x, h, a in [(62, "Description", "la"), (640, "Qty", "ra"), (790, "Unit price", "ra"), (938, "Amount", "ra")]:
        c.t(x, y + 8, h, "lsansb", 15, "white", anchor=a)
    y += 44
    sub = 0
    for d, n, p in items:
        a = n * p; sub += a
        c.t(62, y, d, "lsans", 15); c.t(640, y, str(n), "lsans", 15, anchor="ra")
        c.t(790, y, "£" + us(p), "lsans", 15, anchor="ra"); c.t(938, y, "£" + us(a), "lsans", 15, anchor="ra")
        c.line([(50, y + 28), (W - 50, y + 28)], fill=(220, 220, 220)); y += 38
    vat = round(sub * 0.2, 2); tot = round(sub + vat, 2)
    y += 10
    for k, v, b in [("Subtotal", sub, 0), ("VAT 20%", vat, 0), ("Total due", tot, 1)]:
        c.t(790, y, k, "lsansb" if b else "lsans", 16, anchor="ra"); c.t(938, y, "£" + us(v), "lsansb" if b else "lsans", 16, anchor="ra"); y += 30
    c.t(50, y + 40, "Payment by bank transfer: Sort code 20-45-77  Account 53118402", "lsans", 14)
    c.t(50, y + 64, "Please quote the invoice number as reference. Thank you!", "lsans", 14, (100, 100, 100))
    c.save()
    q("invoice_uk", "how much are they charging per unit for the packaging dieline artwork", "£" + us([p for d, n, p in items if d.startswith("Packaging")][0]), "money", "invoice", "cell", True)
    q("invoice_uk", "When do I have to pay this by?", "14 Mar 2026", "date", "invoice", "when", True)
    q("invoice_uk", "what's the most expensive single line (by amount) and how much is it?", "%s, £%s" % (lambda t: (t[0], us(t[1] * t[2])))(max(items, key=lambda t: t[1] * t[2])), "text", "invoice", "multi", False)

def payslip_de(rng):
    W, H = 900, 820
    c = Canvas("payslip_de", W, H, (252, 252, 250))
    c.t(40, 36, "Verdienstabrechnung März 2026", "lsansb", 24)
    c.t(40, 74, "Hanseatische Werkzeugbau GmbH · Personalnr. 10482", "lsans", 15, (90, 90, 90))
    c.t(40, 110, "Herr Jonas Wittkamp", "lsans", 17); c.t(40, 134, "Steuerklasse I · Kinderfreibeträge 0 · Konfession rk", "lsans", 14, (90, 90, 90))
    earn = [("Grundgehalt", 4120.00), ("Schichtzulage", 310.50), ("VWL Arbeitgeberanteil", 26.59), ("Fahrtkostenzuschuss", 60.00)]
    brutto = round(sum(v for _, v in earn), 2)
    ded = [("Lohnsteuer", 716.25), ("Solidaritätszuschlag", 0.00), ("Kirchensteuer", 57.30), ("Krankenversicherung", 368.14),
           ("Pflegeversicherung", 77.10), ("Rentenversicherung", 419.98), ("Arbeitslosenversicherung", 58.70)]
    abz = round(sum(v for _, v in ded), 2)
    netto = round(brutto - abz, 2)
    y = 180
    c.t(40, y, "Bezüge", "lsansb", 17); y += 30
    for k, v in earn:
        c.t(60, y, k, "lsans", 15); c.t(560, y, de(v), "lsans", 15, anchor="ra"); y += 26
    c.line([(40, y), (580, y)]); y += 8
    c.t(60, y, "Gesamtbrutto", "lsansb", 15); c.t(560, y, de(brutto), "lsansb", 15, anchor="ra"); y += 44
    c.t(40, y, "Abzüge", "lsansb", 17); y += 30
    for k, v in ded:
        c.t(60, y, k, "lsans", 15); c.t(560, y, de(v), "lsans", 15, anchor="ra"); y += 26
    c.line([(40, y), (580, y)]); y += 8
    c.t(60, y, "Summe Abzüge", "lsansb", 15); c.t(560, y, de(abz), "lsansb", 15, anchor="ra"); y += 50
    c.rect((40, y, 580, y + 50), fill=(225, 240, 228))
    c.t(60, y + 14, "Auszahlungsbetrag", "lsansb", 18); c.t(560, y + 14, de(netto) + " EUR", "lsansb", 18, anchor="ra")
    c.t(620, 180, "Urlaub 2026", "lsansb", 15)
    for i, (k, v) in enumerate([("Anspruch", "30"), ("genommen", "7"), ("Rest", "23")]):
        c.t(620, 210 + i * 24, k, "lsans", 14); c.t(860, 210 + i * 24, v, "lsans", 14, anchor="ra")
    c.save()
    q("payslip_de", "wie viel netto krieg ich diesen monat ausgezahlt", de(netto) + " EUR", "money", "payslip", "field", True)
    q("payslip_de", "whats the biggest deduction on my payslip", "Lohnsteuer", "text", "payslip", "argmax", True)
    q("payslip_de", "how much do health + care insurance (Kranken- und Pflegeversicherung) take together?", de(dict(ded)["Krankenversicherung"] + dict(ded)["Pflegeversicherung"]), "money", "payslip", "arithmetic", False)

def label(rng):
    W, H = 800, 560
    c = Canvas("shipping_label", W, H, "white")
    c.rect((10, 10, W - 10, H - 10), outline="black", width=3)
    c.t(30, 26, "SWIFTPOST EXPRESS", "lsansb", 30)
    c.t(W - 30, 30, "P2", "lsansb", 44, anchor="ra")
    c.line([(10, 80), (W - 10, 80)], width=3)
    c.t(30, 92, "FROM:", "lsansb", 14)
    for i, s in enumerate(["Nordlys Keramikk AS", "Markveien 31", "0554 Oslo", "NORWAY"]):
        c.t(30, 112 + i * 20, s, "lsans", 15)
    c.t(420, 92, "WEIGHT: 3.4 kg", "lsansb", 15); c.t(420, 114, "DIMS: 40x30x18 cm", "lsans", 15); c.t(420, 136, "SHIP DATE: 2026-04-07", "lsans", 15)
    c.line([(10, 200), (W - 10, 200)], width=3)
    c.t(30, 212, "SHIP TO:", "lsansb", 16)
    for i, s in enumerate(["ELSA BERGQVIST", "Kungsgatan 18 lgh 1203", "411 19 GÖTEBORG", "SWEDEN"]):
        c.t(60, 240 + i * 32, s, "lsansb", 26)
    c.line([(10, 380), (W - 10, 380)], width=3)
    rr = random.Random(7)
    x = 60
    while x < W - 60:
        w = rr.choice([2, 2, 3, 4, 6]); c.rect((x, 395, x + w, 490), fill="black"); x += w + rr.choice([2, 3, 4])
    trk = "SP 4471 0923 8816 NO"
    c.t(W // 2, 500, trk, "monob", 22, anchor="ma")
    c.save()
    q("shipping_label", "what's the tracking number", trk, "code", "shipping_label", "field", True)
    q("shipping_label", "which city is this package going to", "GÖTEBORG", "text", "shipping_label", "where", True)

def boarding(rng):
    W, H = 1100, 420
    c = Canvas("boarding_pass", W, H, (235, 238, 242))
    c.rect((20, 20, W - 20, H - 20), fill="white", r=18)
    c.rect((20, 20, W - 20, 90), fill=(18, 52, 110), r=18); c.rect((20, 60, W - 20, 90), fill=(18, 52, 110))
    c.t(50, 38, "AURORA AIR", "lsansb", 28, "white"); c.t(760, 44, "BOARDING PASS", "lsansb", 20, (180, 205, 255))
    for x in range(790, 800, 4):
        pass
    for yy in range(100, H - 30, 14):
        c.line([(800, yy), (800, yy + 7)], fill=(160, 160, 160), width=2)
    def fld(x, y, k, v, s=22):
        c.t(x, y, k, "lsans", 13, (120, 120, 120)); c.t(x, y + 18, v, "lsansb", s)
    d = datetime.date(2026, 5, 14)
    fld(50, 110, "PASSENGER", "HALVORSEN/INGRID MS")
    fld(50, 180, "FROM", "BERGEN (BGO)"); fld(330, 180, "TO", "REYKJAVIK (KEF)")
    fld(50, 250, "FLIGHT", "AU 614"); fld(200, 250, "DATE", "14MAY26"); fld(360, 250, "GATE", "C17"); fld(490, 250, "SEAT", "23F"); fld(610, 250, "GROUP", "3")
    bt, dt_ = "12:35", "13:10"
    fld(50, 320, "BOARDING", bt); fld(200, 320, "DEPARTS", dt_); fld(360, 320, "CLASS", "ECONOMY")
    fld(830, 110, "NAME", "HALVORSEN/I", 18); fld(830, 170, "FLIGHT", "AU 614", 18); fld(830, 230, "SEAT", "23F", 18); fld(830, 290, "BGO → KEF", "14MAY26", 18)
    c.save()
    q("boarding_pass", "what time does boarding start?", bt, "time", "boarding_pass", "when", True)
    q("boarding_pass", "which day of the week is my flight?", WD_EN[d.weekday()], "text", "boarding_pass", "when", False)
    q("boarding_pass", "how long between boarding and departure, in minutes", str((int(dt_[:2]) * 60 + int(dt_[3:])) - (int(bt[:2]) * 60 + int(bt[3:]))), "number", "boarding_pass", "arithmetic", False)

def cards(rng):
    W, H = 1100, 420
    c = Canvas("cards_member_business", W, H, (210, 214, 220))
    # loyalty card
    c.rect((40, 50, 520, 350), fill=(120, 26, 58), r=22)
    c.t(70, 80, "Libreria Il Gabbiano", "serifb", 30, (250, 225, 180))
    c.t(70, 124, "Carta Fedeltà ORO", "lsans", 18, (250, 225, 180))
    c.t(70, 200, "N. 7703 2218 0456", "monob", 24, "white")
    c.t(70, 250, "Titolare: Chiara Benvenuti", "lsans", 17, "white")
    c.t(70, 280, "Valida fino al 09/2027", "lsans", 17, "white")
    c.t(490, 312, "Punti: 1.240", "lsansb", 17, (250, 225, 180), anchor="ra")
    # business card
    c.rect((580, 70, 1060, 340), fill=(250, 250, 246), r=6)
    c.rect((580, 70, 596, 340), fill=(30, 140, 120))
    c.t(620, 100, "Mikkel Østergaard", "lsansb", 26, (30, 30, 30))
    c.t(620, 136, "Head of Field Engineering", "lsans", 16, (30, 140, 120))
    c.t(620, 170, "Fjordvind Turbines ApS", "lsansb", 16)
    for i, s in enumerate(["+45 31 72 48 06", "m.ostergaard@fjordvind.dk", "Havnegade 9, 8000 Aarhus C"]):
        c.t(620, 220 + i * 26, s, "lsans", 16)
    c.save()
    q("cards_member_business", "until when is the loyalty card valid", "09/2027", "date", "card", "field", True)
    q("cards_member_business", "what's Mikkel's phone number", "+45 31 72 48 06", "phone", "card", "field", True)
    q("cards_member_business", "what is his job title?", "Head of Field Engineering", "text", "card", "field", True)

def po_it(rng):
    W, H = 1000, 700
    c = Canvas("ordine_acquisto_it", W, H, "white")
    c.t(40, 40, "ORDINE DI ACQUISTO  N. OA-26/0314", "lsansb", 24)
    c.t(40, 80, "Data: 18/03/2026     Fornitore: Ferramenta Colombo S.r.l. (Bergamo)", "lsans", 16)
    c.t(40, 104, "Consegna richiesta entro: 02/04/2026     Pagamento: 60 gg d.f.", "lsans", 16)
    items = [("VT-112", "Viti autofilettanti 4x30 (conf. 500)", 12, 8.40), ("TS-08", "Tassello nylon 8mm (conf. 100)", 20, 4.75),
             ("CH-30", "Chiave a brugola set 9 pz", 6, 11.90), ("NS-45", "Nastro isolante nero 19mm", 40, 0.85),
             ("GL-02", "Guanti da lavoro taglia L", 25, 3.10), ("SL-10", "Silicone trasparente 310ml", 18, 4.20)]
    y = 150; xs = [40, 140, 560, 680, 820, 960]
    c.rect((30, y - 6, 970, y + 26), fill=(220, 228, 240))
    for x, h in zip(xs, ["Codice", "Descrizione", "Q.tà", "Prezzo un.", "Totale"]):
        c.t(x if h in ("Codice", "Descrizione") else x + 90, y, h, "lsansb", 15, anchor="la" if h in ("Codice", "Descrizione") else "ra")
    y += 36; tot = 0
    for code, d, n, p in items:
        t = round(n * p, 2); tot += t
        c.t(40, y, code, "mono", 15); c.t(140, y, d, "lsans", 15); c.t(650, y, str(n), "lsans", 15, anchor="ra")
        c.t(770, y, de(p), "lsans", 15, anchor="ra"); c.t(910, y, de(t), "lsans", 15, anchor="ra")
        c.line([(30, y + 26), (970, y + 26)], fill=(230, 230, 230)); y += 34
    tot = round(tot, 2)
    c.t(770, y + 10, "Imponibile €", "lsansb", 16, anchor="ra"); c.t(910, y + 10, de(tot), "lsansb", 16, anchor="ra")
    c.t(40, y + 80, "Firma responsabile acquisti: ____________________   (Dott. Paolo Ricci)", "lsans", 15)
    c.save()
    q("ordine_acquisto_it", "who's the supplier on this PO", "Ferramenta Colombo S.r.l.", "text", "purchase_order", "field", True)
    q("ordine_acquisto_it", "quanti pezzi in totale (somma delle quantità)?", str(sum(i[2] for i in items)), "count", "purchase_order", "arithmetic", False)
    q("ordine_acquisto_it", "what's the unit price for code TS-08", de(4.75), "money", "purchase_order", "cell", True)

def recipe(rng):
    W, H = 900, 640
    c = Canvas("recipe_card", W, H, (245, 236, 220))
    c.rect((30, 30, W - 30, H - 30), fill=(255, 251, 242), outline=(200, 170, 130), width=2)
    c.t(60, 56, "Kanelbullar (Swedish cinnamon buns)", "serifb", 30, (110, 60, 30))
    times = {"Prep": 35, "Rise": 90, "Bake": 12}
    c.t(60, 100, "  ·  ".join("%s %d min" % kv for kv in times.items()) + "  ·  Makes 24", "serif", 18, (120, 90, 60))
    ing = ["500 g plain flour", "75 g caster sugar", "7 g dried yeast", "1 tsp ground cardamom", "300 ml whole milk",
           "100 g butter, softened", "1 egg (for brushing)", "Filling: 100 g butter, 80 g brown sugar, 2 tbsp cinnamon", "Pearl sugar to top"]
    c.t(60, 150, "Ingredients", "serifb", 20)
    for i, s in enumerate(ing):
        c.t(80, 184 + i * 28, "• " + s, "serif", 17)
    steps = ["Warm milk, melt in butter, add yeast.", "Mix in flour, sugar, cardamom; knead 10 min.",
             "Rise 60 min. Roll out, spread filling, fold.", "Cut strips, twist, knot. Rise 30 min.", "Brush with egg, sprinkle pearl sugar.",
             "Bake at 225 °C for 10-12 min."]
    c.t(500, 150, "Method", "serifb", 20)
    for i, s in enumerate(steps):
        c.t(500, 184 + i * 50, "%d." % (i + 1), "serifb", 17)
        words = s.split(); l1 = []; l2 = []
        for w in words:
            (l1 if len(" ".join(l1 + [w])) < 30 and not l2 else l2).append(w)
        c.t(524, 184 + i * 50, " ".join(l1), "serif", 17); c.t(524, 206 + i * 50, " ".join(l2), "serif", 17)
    c.save()
    q("recipe_card", "what temp should the oven be", steps[-1].split(" at ")[1].split(" for")[0], "number", "recipe", "field", True)
    q("recipe_card", "how many ingredients are listed (count bullet points)", str(len(ing)), "count", "recipe", "count", False)
    q("recipe_card", "total time if I add prep, rise and bake?", "%d min" % sum(times.values()), "number", "recipe", "arithmetic", False)

def menu(rng):
    W, H = 820, 900
    c = Canvas("menu_trattoria", W, H, (28, 32, 30))
    c.t(W // 2, 40, "Trattoria da Nonna Pina", "serifb", 36, (233, 210, 160), anchor="ma")
    c.t(W // 2, 90, "— Menù del giorno —", "serif", 18, (200, 200, 190), anchor="ma")
    secs = [("Primi", [("Tagliatelle al ragù", 13.50), ("Risotto ai funghi porcini", 15.00), ("Cacio e pepe", 12.00), ("Gnocchi al pesto", 12.50)]),
            ("Secondi", [("Saltimbocca alla romana", 18.50), ("Branzino al forno", 21.00), ("Pollo alla cacciatora", 16.00)]),
            ("Dolci", [("Tiramisù della casa", 6.50), ("Panna cotta ai frutti di bosco", 6.00), ("Cannolo siciliano", 5.50), ("Affogato al caffè", 4.50)])]
    y = 140
    for s, its in secs:
        c.t(80, y, s.upper(), "lsansb", 20, (233, 210, 160)); y += 40
        for n, p in its:
            c.t(100, y, n, "serif", 20, (235, 235, 230)); c.t(740, y, de(p) + " €", "serif", 20, (235, 235, 230), anchor="ra")
            c.line([(100 + c.tw(n, "serif", 20) + 10, y + 16), (740 - c.tw(de(p) + " €", "serif", 20) - 10, y + 16)], fill=(90, 90, 85))
            y += 36
        y += 20
    cover = 2.50
    c.t(W // 2, H - 60, "Coperto " + de(cover) + " € a persona · Acqua della casa gratuita", "serif", 16, (180, 180, 170), anchor="ma")
    c.save()
    d = secs[2][1]; ch = min(d, key=lambda t: t[1])
    q("menu_trattoria", "cheapest dessert?", ch[0], "text", "menu", "argmin", True)
    q("menu_trattoria", "quanto costa il branzino", de(21.00) + " €", "money", "menu", "field", True)
    q("menu_trattoria", "two of us, one cacio e pepe and one saltimbocca, plus cover charge for both - what's the bill?", de(dict(secs[0][1])["Cacio e pepe"] + dict(secs[1][1])["Saltimbocca alla romana"] + 2 * cover) + " €", "money", "menu", "arithmetic", False)

def timetable_se(rng):
    W, H = 1000, 620
    c = Canvas("timetable_sv", W, H, (12, 20, 40))
    c.t(30, 24, "Avgångar  ·  Uppsala C", "lsansb", 30, "white"); c.t(W - 30, 30, "13:52", "monob", 28, (255, 210, 0), anchor="ra")
    y = 90
    for x, h in [(30, "Tid"), (140, "Till"), (520, "Tåg"), (680, "Spår"), (800, "Anmärkning")]:
        c.t(x, y, h, "lsansb", 17, (150, 170, 210))
    rows = [("13:58", "Stockholm C", "SJ 524", "3", ""), ("14:06", "Gävle C", "X 2017", "5", ""),
            ("14:11", "Arlanda C", "UL 8841", "2", "Ny tid 14:19"), ("14:24", "Stockholm C", "SJ 528", "3", ""),
            ("14:33", "Sala", "UL 872", "7", "Inställt"), ("14:40", "Mora", "SJ 91", "4", ""), ("14:52", "Stockholm C", "UL 8851", "2", "")]
    y += 40
    for t, d, tr, sp, an in rows:
        col = (255, 120, 110) if an == "Inställt" else "white"
        c.t(30, y, t, "monob", 22, (255, 210, 0)); c.t(140, y, d, "lsans", 22, col); c.t(520, y, tr, "lsans", 20, (200, 210, 230))
        c.t(700, y, sp, "lsansb", 22, "white", anchor="ma"); c.t(800, y, an, "lsans", 18, (255, 160, 80))
        y += 52
    c.save()
    q("timetable_sv", "vilket spår går 14:40-tåget till Mora från?", "4", "code", "timetable", "cell", True)
    nxt = [r for r in rows if r[1] == "Stockholm C" and r[0] > "14:00"][0]
    q("timetable_sv", "next train to Stockholm after 2pm - what time?", nxt[0], "time", "timetable", "nth", True)
    q("timetable_sv", "is the Sala train running?", "no", "yesno", "timetable", "yesno", False)

ALL = [r_de, r_us, r_fr, bank_nl, bill_es, invoice_uk, payslip_de, label, boarding, cards, po_it, recipe, menu, timetable_se]
def build(seed):
    for i, f in enumerate(ALL):
        f(random.Random(seed * 100 + i))
