"""Paper documents: receipts, invoices, statements, bills, cards, tickets."""
import datetime as dt
from gen_common import Cv, Q, money, num, rng_for, WEEKDAYS_EN

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


def thermal(lines, width=440, f="lmono", size=17, bg=(250, 248, 240), ink=(45, 45, 50)):
    """lines: list of ('c', text) | ('lr', left, right) | ('-',) | ('b', text) | ('gap',)"""
    lh = size + 7
    h = 40 + lh * len(lines) + 40
    cv = Cv(width, h, bg)
    y = 30
    for ln in lines:
        k = ln[0]
        if k == "c":
            cv.t(width // 2, y, ln[1], size, f, ink, anchor="ma")
        elif k == "cb":
            cv.t(width // 2, y, ln[1], size + 4, f + "b", ink, anchor="ma")
        elif k == "l":
            cv.t(24, y, ln[1], size, f, ink)
        elif k == "lr":
            cv.t(24, y, ln[1], size, f, ink)
            cv.t(width - 24, y, ln[2], size, f, ink, anchor="ra")
        elif k == "lrb":
            cv.t(24, y, ln[1], size, f + "b", ink)
            cv.t(width - 24, y, ln[2], size, f + "b", ink, anchor="ra")
        elif k == "-":
            cv.t(width // 2, y, "-" * 40, size, f, ink, anchor="ma")
        y += lh
    # torn edge
    for x in range(0, width, 12):
        cv.d.polygon([(x, h), (x + 6, h - 7), (x + 12, h)], fill=(200, 200, 200))
    return cv


@scene
def receipt_de():
    items = [("Vollkornbrot 750g", 1, 389), ("Butterbrezel", 3, 125), ("Apfelschorle 0,5l", 2, 179),
             ("Käsekuchen Stück", 1, 295), ("Kaffee Crema groß", 2, 340), ("Laugenstange", 4, 95)]
    total = sum(q * p for _, q, p in items)
    given = 5000
    L = [("cb", "BÄCKEREI HOLZMANN"), ("c", "Lindenstraße 14 · 79098 Freiburg"), ("c", "Tel. 0761 553 2810"), ("-",),
         ("l", "Bon 0427  Kasse 2  Bed. Jana"), ("l", "Sa 12.04.2025  08:47"), ("-",)]
    for n, q, p in items:
        L.append(("lr", f"{q} x {n}" if q > 1 else n, num(q * p)))
    L += [("-",), ("lrb", "SUMME EUR", num(total)), ("lr", "Bar", num(given)), ("-",),
          ("l", "MwSt 7%  enthalten"), ("c", "Vielen Dank und bis bald!")]
    cv = thermal(L)
    exp = max(items, key=lambda i: i[1] * i[2])
    return "receipt_bakery_de", cv, [
        Q("what's the total on this receipt?", num(total), "money", "receipt", "field_value", True),
        Q("I paid with a 50 euro note, how much change should I get back?", num(given - total), "money", "receipt", "arithmetic", False),
        Q("which line cost the most?", exp[0], "text", "receipt", "argmax", True),
        Q("Um wie viel Uhr wurde der Bon gedruckt?", "08:47", "time", "receipt", "field_value", True),
    ]


@scene
def receipt_us():
    items = [("ORG BANANAS", 178), ("GREEK YOGURT 32OZ", 549), ("SOURDOUGH LOAF", 429), ("EGGS LG 12CT", 389),
             ("CHEDDAR SHARP 8OZ", 349), ("SPARKLING WATER 8PK", 599), ("BABY SPINACH", 299)]
    sub = sum(p for _, p in items)
    tax = round(sub * 0.0625)
    L = [("cb", "GREENLEAF MARKET #214"), ("c", "880 HARBOR BLVD, OAKRIDGE CA"), ("c", "(510) 555-0142"), ("-",)]
    for n, p in items:
        L.append(("lr", n, num(p, ".", ",")))
    L += [("-",), ("lr", "SUBTOTAL", num(sub, ".", ",")), ("lr", "TAX 6.25%", num(tax, ".", ",")),
          ("lrb", "TOTAL", "$" + num(sub + tax, ".", ",")), ("lr", "VISA **** 4471", "$" + num(sub + tax, ".", ",")),
          ("-",), ("l", "03/18/25  6:12 PM  LANE 4"), ("l", f"ITEMS SOLD {len(items)}"), ("c", "THANK YOU FOR SHOPPING")]
    cv = thermal(L, width=460, f="mono", size=16, bg=(252, 252, 250))
    cheap = min(items, key=lambda i: i[1])
    return "receipt_grocery_us", cv, [
        Q("how much tax did i pay", num(tax, ".", ","), "money", "receipt", "field_value", True),
        Q("cheapest thing I bought?", cheap[0], "text", "receipt", "argmin", True),
    ]


@scene
def receipt_fr():
    items = [("Café allongé", 2, 260), ("Croissant beurre", 2, 150), ("Jus d'orange pressé", 1, 480), ("Tartine confiture", 1, 390)]
    ttc = sum(q * p for _, q, p in items)
    ht = round(ttc / 1.10)
    L = [("cb", "CAFÉ DES TILLEULS"), ("c", "12 place du Marché, 69002 Lyon"), ("c", "SIRET 812 447 903 00021"), ("-",),
         ("l", "Table 7    Couverts 2"), ("l", "Date : 06/03/2025  10:21"), ("-",)]
    for n, q, p in items:
        L.append(("lr", f"{q} {n}", money(q * p, "eur_fr")))
    L += [("-",), ("lr", "Total HT", money(ht, "eur_fr")), ("lr", "TVA 10 %", money(ttc - ht, "eur_fr")),
          ("lrb", "TOTAL TTC", money(ttc, "eur_fr")), ("lr", "Carte bancaire", money(ttc, "eur_fr")), ("-",), ("c", "Merci de votre visite !")]
    cv = thermal(L, width=430, f="lmono", size=16, bg=(255, 253, 246))
    wd = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"][dt.date(2025, 3, 6).weekday()]
    return "receipt_cafe_fr", cv, [
        Q("c'est combien le total TTC ?", money(ttc, "eur_fr"), "money", "receipt", "field_value", True),
        Q("c'était quel jour de la semaine, ce petit-déj ?", wd, "date", "receipt", "weekday", False),
    ]


@scene
def receipt_se():
    items = [("Mjölk 1,5% 1L", 1895), ("Knäckebröd", 2450), ("Falukorv", 3990), ("Lingonsylt", 2995),
             ("Kanelbullar 6-p", 4900), ("Äpple Ingrid Marie", 2137), ("Kaffe mörkrost", 6495), ("Pant", 200)]
    tot = sum(p for _, p in items)
    L = [("cb", "ICA NÄRA SOLHAGA"), ("c", "Storgatan 9, 891 33 Örnsköldsvik"), ("c", "Org.nr 556712-4410"), ("-",)]
    for n, p in items:
        L.append(("lr", n, num(p, ",", " ")))
    L += [("-",), ("lrb", "Totalt SEK", num(tot, ",", " ")), ("lr", "Moms 12%", num(round(tot - tot / 1.12), ",", " ")),
          ("lr", "Kort", num(tot, ",", " ")), ("-",), ("l", "2025-02-21 17:34  Kassa 3"), ("c", "Tack för ditt köp!")]
    cv = thermal(L, width=440, f="mono", size=16, bg=(246, 246, 242))
    nonpant = [i for i in items if i[0] != "Pant"]
    return "receipt_ica_se", cv, [
        Q("hur mycket blev det totalt?", num(tot, ",", " "), "money", "receipt", "field_value", True),
        Q("how many products are on it, not counting the pant (deposit) line?", str(len(nonpant)), "count", "receipt", "count", False),
    ]


def paper(w, h, bg=(255, 255, 255)):
    return Cv(w, h, bg)


def table(cv, x, y, cols, rows, widths, size=15, f="lib", head_bg=(230, 234, 240), head_f="libb", rowh=28,
          align=None, zebra=None, grid=(210, 210, 210), head_c=(20, 20, 20)):
    align = align or ["l"] * len(cols)
    tw = sum(widths)
    cv.rect((x, y, x + tw, y + rowh), fill=head_bg)
    cx = x
    for c, wdt, a in zip(cols, widths, align):
        if a == "r":
            cv.t(cx + wdt - 8, y + 6, c, size, head_f, head_c, anchor="ra")
        else:
            cv.t(cx + 8, y + 6, c, size, head_f, head_c)
        cx += wdt
    y += rowh
    for i, r in enumerate(rows):
        if zebra and i % 2:
            cv.rect((x, y, x + tw, y + rowh), fill=zebra)
        cx = x
        for v, wdt, a in zip(r, widths, align):
            if a == "r":
                cv.t(cx + wdt - 8, y + 6, str(v), size, f, anchor="ra")
            else:
                cv.t(cx + 8, y + 6, str(v), size, f)
            cx += wdt
        y += rowh
        cv.line([(x, y), (x + tw, y)], c=grid)
    return y


@scene
def invoice_en():
    cv = paper(900, 1100)
    cv.rect((0, 0, 900, 12), fill=(30, 80, 140))
    cv.t(60, 50, "Northwind Lumen Ltd", 28, "libb", (30, 80, 140))
    cv.t(60, 88, "4 Canal Wharf, Leeds LS11 5PS · VAT GB 294 1187 30", 14, "lib", (90, 90, 90))
    cv.t(840, 50, "INVOICE", 34, "libb", (60, 60, 60), anchor="ra")
    kv = [("Invoice no.", "NL-2025-0817"), ("Issue date", "14 May 2025"), ("Due date", "13 June 2025"), ("PO ref", "PO-55031")]
    y = 150
    for k, v in kv:
        cv.t(560, y, k, 15, "lib", (100, 100, 100))
        cv.t(840, y, v, 15, "libb", anchor="ra")
        y += 26
    cv.t(60, 150, "Bill to", 14, "libb", (100, 100, 100))
    for i, s in enumerate(["Harrowgate Design Studio", "Attn: Priya Menon", "17 Mill Lane", "York YO1 7HB"]):
        cv.t(60, 174 + i * 22, s, 15, "lib")
    items = [("LED panel 600x600 4000K", 24, 3850), ("Track spotlight, black", 12, 2795), ("DALI dimmer module", 6, 8900),
             ("Installation labour (hours)", 14, 4500), ("Cable tray 3 m", 10, 1240)]
    rows = [(n, q, money(p, "gbp"), money(q * p, "gbp")) for n, q, p in items]
    y = table(cv, 60, 300, ["Description", "Qty", "Unit price", "Amount"], rows, [400, 80, 140, 160],
              align=["l", "r", "r", "r"], zebra=(245, 247, 250))
    sub = sum(q * p for _, q, p in items)
    vat = sub * 20 // 100
    y += 20
    for k, v, b in [("Subtotal", money(sub, "gbp"), False), ("VAT 20%", money(vat, "gbp"), False), ("Total due", money(sub + vat, "gbp"), True)]:
        cv.t(640, y, k, 16, "libb" if b else "lib")
        cv.t(840, y, v, 16, "libb" if b else "lib", anchor="ra")
        y += 30
    cv.t(60, 900, "Payment: BACS to Northwind Lumen Ltd · Sort code 40-11-62 · Account 71830294", 14, "lib", (90, 90, 90))
    cv.t(60, 924, "Please quote the invoice number as reference.", 14, "libi", (90, 90, 90))
    big = max(items, key=lambda i: i[1] * i[2])
    return "invoice_lighting_en", cv, [
        Q("when is this invoice due", "13 June 2025", "date", "invoice", "field_value", True),
        Q("total due incl VAT?", money(sub + vat, "gbp"), "money", "invoice", "field_value", True),
        Q("Which line item has the biggest amount and what is it?", f"{big[0]}; {money(big[1]*big[2], 'gbp')}", "text", "invoice", "multi_part", False),
    ]


@scene
def invoice_nl():
    cv = paper(850, 1000, (253, 253, 251))
    cv.t(60, 60, "DE GROENE FIETS B.V.", 26, "dserifb", (20, 110, 60))
    cv.t(60, 96, "Oudegracht 212 · 3511 NS Utrecht · KvK 70431882", 13, "sans", (90, 90, 90))
    cv.t(60, 150, "FACTUUR", 30, "dserifb")
    kv = [("Factuurnummer", "2025/0392"), ("Factuurdatum", "03-04-2025"), ("Vervaldatum", "17-04-2025"), ("Klantnummer", "K-10448")]
    for i, (k, v) in enumerate(kv):
        cv.t(60, 205 + i * 24, k + ":", 14, "sans", (80, 80, 80))
        cv.t(230, 205 + i * 24, v, 14, "sansb")
    cv.t(520, 205, "Aan:", 14, "sansb")
    for i, s in enumerate(["Familie Verhoeven", "Lange Nieuwstraat 8", "3512 PH Utrecht"]):
        cv.t(520, 229 + i * 22, s, 14, "sans")
    items = [("Onderhoudsbeurt groot", 1, 8950), ("Binnenband 28\"", 2, 795), ("Remblokken (set)", 2, 1450), ("Kettingolie", 1, 695), ("Arbeid per kwartier", 3, 1375)]
    rows = [(n, q, money(p, "eur_nl"), money(q * p, "eur_nl")) for n, q, p in items]
    y = table(cv, 60, 340, ["Omschrijving", "Aantal", "Prijs", "Bedrag"], rows, [340, 90, 140, 160], size=14, f="sans",
              head_f="sansb", head_bg=(220, 238, 226), align=["l", "r", "r", "r"])
    sub = sum(q * p for _, q, p in items)
    btw = round(sub * 0.21)
    y += 20
    for k, v in [("Subtotaal", money(sub, "eur_nl")), ("BTW 21%", money(btw, "eur_nl")), ("Totaal", money(sub + btw, "eur_nl"))]:
        cv.t(540, y, k, 15, "sansb" if k == "Totaal" else "sans")
        cv.t(790, y, v, 15, "sansb" if k == "Totaal" else "sans", anchor="ra")
        y += 28
    cv.t(60, 820, "Graag binnen 14 dagen overmaken op NL42 RABO 0318 5520 71 t.n.v. De Groene Fiets B.V.", 13, "sans", (70, 70, 70))
    return "factuur_fietsen_nl", cv, [
        Q("wat is het factuurnummer?", "2025/0392", "code", "invoice", "field_value", True),
        Q("what IBAN do I pay this to", "NL42 RABO 0318 5520 71", "code", "invoice", "field_value", True),
        Q("how much did the brake pads cost in total", money(2 * 1450, "eur_nl"), "money", "invoice", "table_cell", True),
    ]


@scene
def bank_de():
    cv = paper(1180, 860, (255, 255, 255))
    cv.rect((0, 0, 1180, 70), fill=(0, 62, 110))
    cv.t(40, 20, "Sparkasse Oberlausitz-Nord", 24, "sansb", (255, 255, 255))
    cv.t(1140, 26, "Kontoauszug 4/2025", 18, "sans", (255, 255, 255), anchor="ra")
    cv.t(40, 95, "Kontoinhaber: Lukas Brandstätter", 15, "sans")
    cv.t(40, 120, "IBAN: DE71 8505 0100 0232 4471 90", 15, "sans")
    cv.t(40, 145, "BIC: WELADED1GRL", 15, "sans")
    opening = 184215
    tx = [("01.04.2025", "Miete April – Hausverwaltung Kühn", -92000), ("02.04.2025", "Gehalt März – Elbtal Logistik GmbH", 287640),
          ("04.04.2025", "REWE Markt Görlitz", -6387), ("07.04.2025", "Stadtwerke Görlitz Abschlag", -11400),
          ("09.04.2025", "Amazon EU S.a.r.l.", -3499), ("12.04.2025", "Bargeldauszahlung GA 0441", -20000),
          ("15.04.2025", "Rückerstattung Krankenkasse", 4820), ("22.04.2025", "Deutsche Bahn Fernverkehr", -8990),
          ("28.04.2025", "Vodafone GmbH Mobilfunk", -3999)]
    cv.t(700, 95, "Alter Kontostand: " + money(opening, "eur_de"), 15, "sans")
    rows = [(d, t, money(a, "eur_de") if a < 0 else "+" + money(a, "eur_de")) for d, t, a in tx]
    y = table(cv, 40, 190, ["Buchungstag", "Verwendungszweck", "Betrag"], rows, [160, 780, 160], size=15, f="sans",
              head_f="sansb", align=["l", "l", "r"], zebra=(244, 247, 251))
    close = opening + sum(a for *_, a in tx)
    cv.t(1140, y + 25, "Neuer Kontostand: " + money(close, "eur_de"), 17, "sansb", anchor="ra")
    debits = [t for t in tx if t[2] < 0]
    largest_non_rent = sorted(debits, key=lambda t: t[2])[1]
    return "kontoauszug_de", cv, [
        Q("what's the closing balance", money(close, "eur_de"), "money", "bank_statement", "field_value", True),
        Q("wie viele Abbuchungen (negative Beträge) gab es im April?", str(len(debits)), "count", "bank_statement", "count", False),
        Q("apart from rent, what was the biggest outgoing payment?", largest_non_rent[1], "text", "bank_statement", "argmax", True),
    ]


@scene
def utility_fr():
    cv = paper(820, 1020, (255, 255, 255))
    cv.rect((0, 0, 820, 110), fill=(255, 196, 0))
    cv.t(40, 30, "Lumière Sud Énergie", 30, "sansb", (40, 40, 40))
    cv.t(40, 72, "Votre facture d'électricité", 16, "sans", (40, 40, 40))
    kv = [("Facture n°", "FE-0093-44172"), ("Date d'émission", "02/05/2025"), ("Période", "01/03/2025 – 30/04/2025"),
          ("Référence client", "4410 772 190"), ("Adresse de livraison", "8 rue des Oliviers, 13100 Aix-en-Provence")]
    for i, (k, v) in enumerate(kv):
        cv.t(40, 140 + i * 26, k, 14, "sans", (90, 90, 90))
        cv.t(260, 140 + i * 26, v, 14, "sansb")
    idx_old, idx_new = 18342, 18977
    kwh = idx_new - idx_old
    price = 2516  # centimes x100 per kWh -> 0,2516 €
    energy = round(kwh * price / 100)
    abon = 3284
    taxes = 2871
    ttc = energy + abon + taxes
    cv.t(40, 300, "Relevé du compteur", 18, "sansb")
    rows = [("Ancien index (01/03)", f"{idx_old} kWh"), ("Nouvel index (30/04)", f"{idx_new} kWh"), ("Consommation", f"{kwh} kWh")]
    table(cv, 40, 330, ["Relevé", "Valeur"], rows, [360, 200], size=14, f="sans", head_f="sansb", head_bg=(255, 240, 190), align=["l", "r"])
    cv.t(40, 480, "Détail du montant", 18, "sansb")
    rows = [("Consommation (0,2516 €/kWh)", money(energy, "eur_fr")), ("Abonnement (2 mois)", money(abon, "eur_fr")),
            ("Taxes et contributions", money(taxes, "eur_fr"))]
    y = table(cv, 40, 510, ["Poste", "Montant"], rows, [560, 180], size=14, f="sans", head_f="sansb", head_bg=(255, 240, 190), align=["l", "r"])
    cv.rect((40, y + 20, 780, y + 90), fill=(40, 40, 40))
    cv.t(60, y + 42, "Montant à payer TTC", 20, "sansb", (255, 255, 255))
    cv.t(760, y + 40, money(ttc, "eur_fr"), 26, "sansb", (255, 196, 0), anchor="ra")
    cv.t(40, y + 110, "Prélèvement automatique le 16/05/2025 sur votre compte FR76 •••• 0291", 14, "sans", (80, 80, 80))
    return "facture_electricite_fr", cv, [
        Q("how many kWh did we use this period", str(kwh), "number", "utility_bill", "field_value", True),
        Q("montant total à payer ?", money(ttc, "eur_fr"), "money", "utility_bill", "field_value", True),
    ]


@scene
def payslip_es():
    cv = paper(900, 900, (252, 252, 252))
    cv.t(50, 40, "NÓMINA", 28, "libb", (120, 20, 30))
    cv.t(850, 44, "Periodo: 01/03/2025 – 31/03/2025", 15, "lib", anchor="ra")
    cv.rect((50, 90, 850, 180), outline=(150, 150, 150))
    cv.t(65, 100, "Empresa: Conservas Marítimas del Cantábrico S.L.", 15, "lib")
    cv.t(65, 125, "CIF: B39481120   ·   Santander", 15, "lib")
    cv.t(65, 150, "Trabajadora: Lucía Ferrández Ortega   ·   NIF 48211907K   ·   Categoría: Técnica de calidad", 15, "lib")
    dev = [("Salario base", 182000), ("Complemento de puesto", 24500), ("Plus transporte", 9800), ("Horas extra", 13650)]
    ded = [("Contingencias comunes 4,70%", 10796), ("Desempleo 1,55%", 3560), ("Formación profesional 0,10%", 230), ("Retención IRPF 14%", 32151)]
    y = table(cv, 50, 210, ["Devengos", "Importe"], [(n, num(v)) for n, v in dev], [300, 120], size=14, align=["l", "r"], head_bg=(240, 225, 225))
    table(cv, 480, 210, ["Deducciones", "Importe"], [(n, num(v)) for n, v in ded], [250, 120], size=14, align=["l", "r"], head_bg=(240, 225, 225))
    gross = sum(v for _, v in dev)
    tded = sum(v for _, v in ded)
    y = 400
    for k, v in [("Total devengado", num(gross)), ("Total a deducir", num(tded))]:
        cv.t(480, y, k, 16, "lib")
        cv.t(850, y, v, 16, "lib", anchor="ra")
        y += 30
    cv.rect((480, y + 5, 850, y + 50), fill=(120, 20, 30))
    cv.t(495, y + 16, "LÍQUIDO A PERCIBIR", 17, "libb", (255, 255, 255))
    cv.t(838, y + 16, num(gross - tded) + " €", 17, "libb", (255, 255, 255), anchor="ra")
    cv.t(50, 600, "Forma de pago: transferencia · ES21 0049 6612 0928 1174 5530", 14, "lib", (90, 90, 90))
    return "nomina_es", cv, [
        Q("what's my net pay this month", num(gross - tded) + " €", "money", "payslip", "field_value", True),
        Q("¿cuánto me retienen de IRPF?", num(32151), "money", "payslip", "table_cell", True),
        Q("how much more is the base salary than all the deductions together?", num(182000 - tded), "money", "payslip", "arithmetic", False),
    ]


@scene
def purchase_order():
    cv = paper(1150, 820, (255, 255, 255))
    cv.rect((0, 0, 1150, 64), fill=(38, 38, 48))
    cv.t(36, 18, "KESTREL MARINE SUPPLY CO.", 22, "condb", (255, 255, 255))
    cv.t(1114, 20, "PURCHASE ORDER  PO-77214", 20, "condb", (255, 210, 80), anchor="ra")
    for i, (k, v) in enumerate([("Vendor", "Baltic Rope & Rigging AS, Gdańsk"), ("Order date", "2025-06-02"), ("Requested delivery", "2025-06-20"),
                                ("Ship via", "DSV Road – FCA"), ("Buyer", "Tomás Okafor")]):
        cv.t(36, 90 + i * 25, k, 15, "cond", (100, 100, 100))
        cv.t(220, 90 + i * 25, v, 15, "condb")
    items = [("RR-1208", "Dyneema line 8 mm, 100 m", 6, 21400), ("RR-1210", "Dyneema line 10 mm, 100 m", 4, 29850),
             ("SH-330", "Snatch block 60 mm", 18, 4725), ("SH-415", "Stainless shackle D 10 mm", 120, 389),
             ("FN-022", "Fender 65x18 cm", 24, 2690), ("AN-090", "Galvanised anchor 12 kg", 5, 11990)]
    rows = [(c, d, q, money(p, "usd"), money(q * p, "usd")) for c, d, q, p in items]
    y = table(cv, 36, 240, ["Item", "Description", "Qty", "Unit", "Line total"], rows, [120, 520, 90, 150, 190], size=15, f="cond",
              head_f="condb", align=["l", "l", "r", "r", "r"], zebra=(246, 246, 246))
    tot = sum(q * p for *_, q, p in items)
    cv.t(1076, y + 25, "Order total: " + money(tot, "usd"), 18, "condb", anchor="ra")
    most_units = max(items, key=lambda i: i[2])
    return "purchase_order_marine", cv, [
        Q("PO number?", "PO-77214", "code", "purchase_order", "field_value", True),
        Q("line total for the snatch blocks", money(18 * 4725, "usd"), "money", "purchase_order", "table_cell", True),
        Q("which item are we ordering the most units of", most_units[1], "text", "purchase_order", "argmax", True),
    ]


@scene
def shipping_label():
    cv = paper(640, 900, (255, 255, 255))
    cv.rect((10, 10, 630, 890), outline=(0, 0, 0), width=3)
    cv.t(30, 30, "FERNPOST EXPRESS", 30, "sansb")
    cv.t(610, 36, "PRIORITY", 22, "sansb", anchor="ra")
    cv.line([(10, 80), (630, 80)], width=3)
    cv.t(30, 95, "FROM:", 14, "sansb")
    for i, s in enumerate(["Alpenwolle GmbH", "Bahnhofstraße 3", "6020 Innsbruck", "AUSTRIA"]):
        cv.t(30, 115 + i * 20, s, 15, "sans")
    cv.line([(10, 210), (630, 210)], width=2)
    cv.t(30, 225, "SHIP TO:", 16, "sansb")
    for i, s in enumerate(["Ingrid Solberg", "Thorvald Meyers gate 41B", "0555 OSLO", "NORWAY"]):
        cv.t(30, 255 + i * 34, s, 26, "sansb")
    cv.line([(10, 400), (630, 400)], width=2)
    for i, (k, v) in enumerate([("WEIGHT", "2.35 kg"), ("PIECES", "1 of 2"), ("SHIP DATE", "09 APR 2025"), ("SERVICE", "EXP-INTL")]):
        cv.t(30 + (i % 2) * 300, 415 + (i // 2) * 50, k, 12, "sans", (80, 80, 80))
        cv.t(30 + (i % 2) * 300, 432 + (i // 2) * 50, v, 20, "sansb")
    r = rng_for("barcode")
    x = 40
    while x < 600:
        w = r.choice([2, 3, 4, 6])
        cv.rect((x, 530, x + w, 680), fill=(0, 0, 0))
        x += w + r.choice([2, 3, 5])
    cv.t(320, 690, "FP 7734 0092 5561 NO", 22, "monob", anchor="ma")
    cv.t(30, 760, "Contents: knitted garments (wool) · Value EUR 184.00", 14, "sans")
    return "shipping_label_no", cv, [
        Q("what's the tracking number", "FP 7734 0092 5561 NO", "code", "shipping_label", "field_value", True),
        Q("which city is this parcel going to", "OSLO", "text", "shipping_label", "where", True),
    ]


@scene
def boarding_pass():
    cv = paper(1200, 460, (240, 242, 245))
    cv.rect((20, 20, 1180, 440), fill=(255, 255, 255), r=18)
    cv.rect((20, 20, 1180, 90), fill=(0, 105, 120), r=18)
    cv.rect((20, 60, 1180, 90), fill=(0, 105, 120))
    cv.t(50, 38, "AURORA NORDIC", 26, "sansb", (255, 255, 255))
    cv.t(880, 42, "BOARDING PASS", 20, "sans", (255, 255, 255))
    cv.line([(870, 90), (870, 440)], c=(180, 180, 180), width=2)
    f = [("PASSENGER", "HALVORSEN/MARIT MS"), ("", ""), ("FROM", "BERGEN (BGO)"), ("TO", "REYKJAVIK (KEF)"),
         ("FLIGHT", "AN 417"), ("DATE", "23 AUG 2025"), ("DEPARTS", "07:55"),
         ("BOARDING", "07:15"), ("GATE", "C14"), ("SEAT", "21F"), ("GROUP", "3")]
    for i, (k, v) in enumerate(f):
        x = 50 + (i % 4) * 205
        y = 115 + (i // 4) * 95
        if not k:
            continue
        cv.t(x, y, k, 13, "sans", (110, 110, 110))
        cv.t(x, y + 20, v, 22 if len(v) < 12 else 17, "sansb")
    fd = dict(f)
    _mins = lambda t: int(t[:2]) * 60 + int(t[3:])
    cv.t(900, 120, "AN 417  BGO→KEF", 16, "sansb")
    cv.t(900, 160, "SEAT 21F", 24, "sansb", (0, 105, 120))
    cv.t(900, 200, "ZONE 3 · ECONOMY LIGHT", 14, "sans")
    r = rng_for("qr")
    for i in range(21):
        for j in range(21):
            if r.random() < 0.5 or (i < 7 and j < 7 and (i in (0, 6) or j in (0, 6) or (2 <= i <= 4 and 2 <= j <= 4))):
                cv.rect((960 + i * 7, 250 + j * 7, 966 + i * 7, 256 + j * 7), fill=(0, 0, 0))
    return "boarding_pass", cv, [
        Q("what gate do I go to", "C14", "code", "ticket", "field_value", True),
        Q("when does boarding start?", "07:15", "time", "ticket", "field_value", True),
        Q("how long between boarding and departure, in minutes", str(_mins(fd["DEPARTS"]) - _mins(fd["BOARDING"])), "number", "ticket", "arithmetic", False),
    ]


@scene
def train_ticket():
    cv = paper(900, 520, (255, 255, 255))
    cv.rect((0, 0, 900, 60), fill=(255, 200, 30))
    cv.t(30, 16, "NS International", 22, "sansb", (0, 40, 120))
    cv.t(870, 20, "E-TICKET", 18, "sansb", (0, 40, 120), anchor="ra")
    cv.t(30, 80, "Amsterdam Centraal  →  Köln Hbf", 24, "sansb")
    cv.t(30, 118, "Zaterdag 14 juni 2025  ·  2e klas  ·  1 volwassene", 16, "sans", (70, 70, 70))
    rows = [("ICE 127", "Amsterdam Centraal", "10:55", "Spoor 14b", "Köln Hbf", "13:34", "Rijtuig 23, plaats 66")]
    table(cv, 30, 170, ["Trein", "Van", "Vertrek", "Spoor", "Naar", "Aankomst", "Reservering"], rows,
          [80, 170, 80, 95, 100, 90, 195], size=13, f="sans", head_f="sansb", head_bg=(0, 40, 120), head_c=(255, 255, 255))
    cv.t(30, 260, "Prijs: € 39,90   ·   Ticketnummer 4KQ-88T-2WZ", 16, "sans")
    cv.t(30, 290, "Alleen geldig in combinatie met een geldig identiteitsbewijs.", 13, "sans", (110, 110, 110))
    dur = (13 * 60 + 34) - (10 * 60 + 55)
    return "treinticket_nl", cv, [
        Q("which platform does my train leave from", "Spoor 14b", "code", "ticket", "field_value", True),
        Q("how long is the trip? (h:mm)", f"{dur // 60}:{dur % 60:02d}", "time", "ticket", "arithmetic", False),
        Q("welk rijtuig en welke plaats heb ik?", "Rijtuig 23, plaats 66", "text", "ticket", "multi_part", True),
    ]


@scene
def business_card():
    cv = paper(700, 400, (245, 240, 230))
    cv.rect((0, 0, 18, 400), fill=(150, 60, 40))
    cv.t(60, 60, "Giulia Santangelo", 32, "dserifb", (40, 30, 30))
    cv.t(60, 108, "Responsabile Acquisti · Head of Procurement", 16, "dserif", (110, 70, 50))
    cv.t(60, 170, "Oleificio Valle dei Mori S.r.l.", 17, "dserifb")
    for i, s in enumerate(["Via delle Ginestre 27, 90046 Monreale (PA)", "Tel. +39 091 640 2218", "Cell. +39 347 882 1905",
                           "g.santangelo@valledeimori.it"]):
        cv.t(60, 205 + i * 28, s, 16, "dserif", (50, 50, 50))
    return "biglietto_visita_it", cv, [
        Q("what's her mobile number", "+39 347 882 1905", "phone", "card", "field_value", True),
        Q("which town is the company in?", "Monreale", "text", "card", "where", True),
    ]


@scene
def loyalty_card():
    cv = paper(760, 480, (230, 230, 235))
    cv.rect((30, 30, 730, 450), fill=(20, 30, 60), r=28)
    cv.t(70, 70, "BRØDHUSET", 30, "sansb", (240, 200, 120))
    cv.t(70, 110, "Venneklubb · Gullmedlem", 16, "sans", (220, 220, 230))
    cv.t(70, 200, "MEDLEMSNUMMER", 12, "sans", (160, 170, 200))
    cv.t(70, 220, "7001 2284 9930", 28, "monob", (255, 255, 255))
    cv.t(70, 300, "NAVN", 12, "sans", (160, 170, 200))
    cv.t(70, 318, "Sindre Aasheim", 20, "sansb", (255, 255, 255))
    cv.t(420, 300, "GYLDIG TIL", 12, "sans", (160, 170, 200))
    cv.t(420, 318, "31.12.2026", 20, "sansb", (255, 255, 255))
    cv.t(70, 380, "Poeng: 1 340", 18, "sans", (240, 200, 120))
    cv.t(690, 390, "10. kaffe gratis", 14, "sans", (200, 200, 210), anchor="ra")
    return "medlemskort_no", cv, [
        Q("whats the member number on my card", "7001 2284 9930", "code", "card", "field_value", True),
        Q("when does it expire", "31.12.2026", "date", "card", "field_value", True),
    ]
