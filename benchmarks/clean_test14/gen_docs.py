"""Paper documents: receipts, invoices, payslips, statements, bills, labels, tickets, cards."""
from common import Cv, Q, eur, usd, kr, chf, gbp, eur_pre, rng_for, group
from PIL import ImageFilter

SCENES = []


def mins(s):
    h, m = s.split(":"); return int(h) * 60 + int(m)


def hhmm_minus(s, d):
    t = mins(s) - d; return f"{t // 60:02d}:{t % 60:02d}"


def dur(a, b):
    t = mins(b) - mins(a); return f"{t // 60} h {t % 60} min"


def scene(f):
    SCENES.append(f)
    return f


def thermal(cv):
    # faint noise lines to mimic thermal paper
    for y in range(0, cv.h, 7):
        cv.line(0, y, cv.w, y, fill=(246, 244, 238))


@scene
def receipt_de():
    r = rng_for("receipt_de")
    items = [("Vollkornbrot", 2.49), ("Bio Milch 1L", 1.19), ("Gouda Scheiben", 2.79), ("Äpfel Elstar 1kg", 2.99),
             ("Kaffee Crema 500g", 6.49), ("Spülmittel", 1.35), ("Tomaten Rispe", 1.89)]
    items = [(n, round(p + r.choice([0, 0.1, 0.2]), 2)) for n, p in items]
    total = round(sum(p for _, p in items), 2)
    given = 50.00
    cv = Cv(420, 560, (252, 250, 244)); thermal(cv)
    f = "libmono"
    cv.t(210, 24, "FRISCHMARKT HOLZER", "libmonob", 20, anchor="ma")
    cv.t(210, 50, "Lindenstraße 14 · 79098 Freiburg", f, 13, anchor="ma")
    cv.t(210, 68, "Tel. 0761 4482 19", f, 13, anchor="ma")
    y = 104
    for n, p in items:
        cv.t(24, y, n, f, 15); cv.t(396, y, group(p, ".", 2, ","), f, 15, anchor="ra"); y += 24
    cv.t(24, y, "-" * 40, f, 15); y += 22
    cv.t(24, y, "SUMME EUR", "libmonob", 17); cv.t(396, y, group(total, ".", 2, ","), "libmonob", 17, anchor="ra"); y += 30
    cv.t(24, y, "Bar", f, 15); cv.t(396, y, group(given, ".", 2, ","), f, 15, anchor="ra"); y += 22
    change = round(given - total, 2)
    cv.t(24, y, "Rückgeld", f, 15); cv.t(396, y, group(change, ".", 2, ","), f, 15, anchor="ra"); y += 34
    net = round(total / 1.07, 2)
    cv.t(24, y, "MwSt 7%   Netto " + group(net, ".", 2, ",") + "  Steuer " + group(round(total - net, 2), ".", 2, ","), f, 13); y += 30
    cv.t(210, y, "14.03.2025  17:42  Kasse 2  Bon 4471", f, 13, anchor="ma"); y += 26
    cv.t(210, y, "Vielen Dank für Ihren Einkauf!", f, 13, anchor="ma")
    top = max(items, key=lambda x: x[1])
    qs = [Q("wie viel hab ich insgesamt bezahlt?", group(total, ".", 2, ","), "money", "value_at_label", True),
          Q("what's the most expensive thing on this receipt", top[0], "text", "argmax", True),
          Q("how many different items did I buy?", len(items), "count", "count", False),
          Q("I paid 50 in cash — how much change should I have gotten?", group(change, ".", 2, ","), "money", "value_at_label", True)]
    return "receipt", cv, qs


@scene
def receipt_us():
    items = [("2 x Iced Latte", 11.50), ("Blueberry Muffin", 3.75), ("Avocado Toast", 9.25), ("Sparkling Water", 2.95)]
    sub = round(sum(p for _, p in items), 2); tax = round(sub * 0.0875, 2); tip = 5.00
    tot = round(sub + tax + tip, 2)
    cv = Cv(380, 470, (255, 255, 252)); thermal(cv)
    f = "mono"
    cv.t(190, 20, "CEDAR & CRANE CAFE", "monob", 18, anchor="ma")
    cv.t(190, 46, "512 Alder St, Portland OR", f, 12, anchor="ma")
    cv.t(190, 64, "Server: Marisol   Table 7", f, 12, anchor="ma")
    cv.t(190, 82, "09/22/2024 10:17 AM", f, 12, anchor="ma")
    y = 118
    for n, p in items:
        cv.t(20, y, n, f, 14); cv.t(360, y, usd(p), f, 14, anchor="ra"); y += 24
    y += 10
    for lab, v in [("Subtotal", sub), ("Tax 8.75%", tax), ("Tip", tip)]:
        cv.t(150, y, lab, f, 14); cv.t(360, y, usd(v), f, 14, anchor="ra"); y += 22
    cv.t(150, y + 6, "TOTAL", "monob", 16); cv.t(360, y + 6, usd(tot), "monob", 16, anchor="ra"); y += 44
    cv.t(20, y, "VISA ****4417  APPROVED", f, 13); y += 30
    cv.t(190, y, "Thank you, come again!", f, 12, anchor="ma")
    cheap = min(items, key=lambda x: x[1])
    qs = [Q("what was the tax", usd(tax), "money", "value_at_label", True),
          Q("Who was our server?", "Marisol", "person", "who_when_where", True),
          Q("cheapest item we ordered?", cheap[0], "text", "argmin", True),
          Q("how much was the bill before the tip was added?", usd(round(sub + tax, 2)), "money", "arithmetic", False)]
    return "receipt", cv, qs


@scene
def receipt_se():
    items = [("Kanelbullar 4-p", 39.90), ("Mjölk 1,5%", 17.50), ("Knäckebröd", 24.95), ("Lax filé", 89.00), ("Lingonsylt", 32.50)]
    tot = round(sum(p for _, p in items), 2)
    cv = Cv(400, 430, (250, 250, 246)); thermal(cv)
    f = "libmono"
    cv.t(200, 22, "ICA Nära Södermalm", "libmonob", 19, anchor="ma")
    cv.t(200, 48, "Org.nr 556123-4471", f, 12, anchor="ma")
    y = 86
    for n, p in items:
        cv.t(22, y, n, f, 15); cv.t(378, y, group(p, " ", 2, ","), f, 15, anchor="ra"); y += 24
    cv.t(22, y, "=" * 38, f, 15); y += 24
    cv.t(22, y, "Totalt SEK", "libmonob", 17); cv.t(378, y, kr(tot), "libmonob", 17, anchor="ra"); y += 30
    moms = round(tot - tot / 1.12, 2)
    cv.t(22, y, "Varav moms 12%", f, 14); cv.t(378, y, kr(moms), f, 14, anchor="ra"); y += 24
    cv.t(22, y, "Kort: Mastercard", f, 14); y += 34
    cv.t(200, y, "2025-02-08  12:09   Kassa 3", f, 13, anchor="ma"); y += 24
    cv.t(200, y, "Tack för ditt köp!", f, 13, anchor="ma")
    qs = [Q("hur mycket var momsen?", kr(moms), "money", "value_at_label", True),
          Q("what time was this purchase", "12:09", "time", "who_when_where", True),
          Q("price of the salmon fillet?", group(89.00, " ", 2, ","), "money", "value_at_label", True)]
    return "receipt", cv, qs


@scene
def invoice_fr():
    lines = [("Conception graphique — logo", 1, 850.00), ("Maquettes site web (5 pages)", 5, 320.00),
             ("Intégration WordPress", 1, 1240.00), ("Hébergement annuel", 1, 180.00)]
    ht = round(sum(q * p for _, q, p in lines), 2); tva = round(ht * 0.20, 2); ttc = round(ht + tva, 2)
    cv = Cv(900, 1000, "white")
    cv.t(60, 50, "Atelier Morvan", "libserifb", 30, fill="#2a3d66")
    for i, s in enumerate(["12 rue des Tanneurs", "35000 Rennes", "SIRET 812 447 219 00031"]):
        cv.t(60, 92 + i * 20, s, "lib", 14, fill="#555")
    cv.t(840, 50, "FACTURE", "libb", 34, fill="#2a3d66", anchor="ra")
    info = [("N° de facture", "F-2025-0193"), ("Date", "03/04/2025"), ("Échéance", "03/05/2025")]
    for i, (k, v) in enumerate(info):
        cv.t(640, 100 + i * 22, k, "lib", 14, fill="#555"); cv.t(840, 100 + i * 22, v, "libb", 14, anchor="ra")
    cv.t(60, 200, "Facturé à :", "libb", 15)
    for i, s in enumerate(["Brasserie Le Goéland", "4 quai Duguay-Trouin", "35400 Saint-Malo"]):
        cv.t(60, 224 + i * 20, s, "lib", 14)
    rows = [(d, str(q), group(p, " ", 2, ",") + " €", group(q * p, " ", 2, ",") + " €") for d, q, p in lines]
    y = cv.table(60, 320, ["Désignation", "Qté", "Prix unitaire", "Total HT"], rows, [420, 80, 140, 140], rh=34,
                 f="lib", size=14, head_bg="#2a3d66", head_fill="white", aligns="lrrr")
    fr = lambda v: group(v, " ", 2, ",") + " €"
    for i, (k, v) in enumerate([("Total HT", fr(ht)), ("TVA 20 %", fr(tva)), ("Total TTC", fr(ttc))]):
        b = "libb" if i == 2 else "lib"
        cv.t(600, y + 30 + i * 28, k, b, 16); cv.t(840, y + 30 + i * 28, v, b, 16, anchor="ra")
    cv.t(60, y + 150, "Règlement par virement — IBAN FR76 3000 4012 3400 0102 8844 173", "lib", 13, fill="#444")
    cv.t(60, y + 172, "Pénalités de retard : 3 fois le taux d'intérêt légal.", "lib", 12, fill="#777")
    qs = [Q("c'est quoi le numéro de la facture ?", "F-2025-0193", "code", "value_at_label", True),
          Q("when is this invoice due", "03/05/2025", "date", "value_at_label", True),
          Q("total including VAT?", fr(ttc), "money", "value_at_label", True),
          Q("how much were the 5 web mockup pages in total (before tax)", fr(1600.00), "money", "table_cell", True)]
    return "invoice", cv, qs


@scene
def invoice_en():
    lines = [("Cloud backup — Business plan", 12, 14.00), ("On-site support (hours)", 6, 95.00),
             ("Firewall appliance FW-220", 1, 689.00), ("Cat6 patch cables 2m", 24, 3.40), ("Setup fee", 1, 150.00)]
    sub = round(sum(q * p for _, q, p in lines), 2); vat = round(sub * 0.20, 2); tot = round(sub + vat, 2)
    cv = Cv(1180, 680, "#f4f5f7")
    cv.rect(40, 30, 1140, 650, fill="white", outline="#dde")
    cv.rect(40, 30, 1140, 110, fill="#0f766e")
    cv.t(80, 52, "Northgate IT Services Ltd", "latob", 28, fill="white")
    cv.t(1100, 58, "INVOICE  #NIT-88412", "latob", 22, fill="white", anchor="ra")
    kv = [("Issued", "14 Jan 2025"), ("Due", "13 Feb 2025"), ("PO ref", "PO-55170"), ("Account", "ACC-3391")]
    for i, (k, v) in enumerate(kv):
        cv.t(80 + i * 250, 140, k.upper(), "lato", 12, fill="#777"); cv.t(80 + i * 250, 160, v, "latob", 17)
    cv.t(80, 210, "Bill to: Harrow & Finch Architects, 22 Mill Lane, Bristol BS1 4QT", "lato", 15)
    rows = [(d, str(q), gbp(p), gbp(round(q * p, 2))) for d, q, p in lines]
    y = cv.table(80, 250, ["Description", "Qty", "Unit price", "Amount"], rows, [560, 100, 160, 180], rh=36,
                 f="lato", size=15, head_bg="#e6f2f1", zebra="#fafafa", aligns="lrrr")
    for i, (k, v) in enumerate([("Subtotal", gbp(sub)), ("VAT (20%)", gbp(vat)), ("Total due", gbp(tot))]):
        b = "latob" if i == 2 else "lato"
        cv.t(820, y + 30 + i * 30, k, b, 17); cv.t(1080, y + 30 + i * 30, v, b, 17, anchor="ra")
    cv.t(80, y + 150, "Pay to: Northgate IT Services Ltd · Sort code 20-44-17 · IBAN GB29 NWBK 6016 1331 9268 19", "lato", 14, fill="#444")
    big = max(lines, key=lambda l: l[1] * l[2])
    qs = [Q("what's the IBAN I should pay to", "GB29 NWBK 6016 1331 9268 19", "code", "value_at_label", True),
          Q("Which line item costs the most in total?", big[0], "text", "argmax", True),
          Q("How many line items are on the invoice?", len(lines), "count", "count", False),
          Q("total due?", gbp(tot), "money", "value_at_label", True)]
    return "invoice", cv, qs


@scene
def payslip_nl():
    earn = [("Salaris", 3850.00), ("Vakantiegeld opbouw", 0.0), ("Reiskostenvergoeding", 96.40), ("Overwerk 6 uur", 187.20)]
    ded = [("Loonheffing", 1012.35), ("Pensioenpremie", 214.80), ("WGA-premie", 18.45)]
    bruto = round(sum(v for _, v in earn), 2); inh = round(sum(v for _, v in ded), 2); netto = round(bruto - inh, 2)
    e = lambda v: "€ " + group(v, ".", 2, ",")
    cv = Cv(820, 760, "white")
    cv.t(40, 36, "LOONSTROOK", "sansb", 24); cv.t(780, 40, "Periode: maart 2025", "sans", 15, anchor="ra")
    cv.t(40, 80, "Werkgever: Van Dijk Logistiek B.V.", "sans", 14)
    cv.t(40, 102, "Werknemer: S. (Sanne) Bakker   Personeelsnr. 20417", "sans", 14)
    cv.line(40, 130, 780, 130, "#333", 2)
    y = cv.table(40, 150, ["Omschrijving", "Bedrag"], [(n, e(v)) for n, v in earn], [540, 200], f="sans", size=14, aligns="lr")
    cv.t(40, y + 10, "Bruto", "sansb", 15); cv.t(772, y + 10, e(bruto), "sansb", 15, anchor="ra")
    y = cv.table(40, y + 50, ["Inhoudingen", "Bedrag"], [(n, e(v)) for n, v in ded], [540, 200], f="sans", size=14, aligns="lr")
    cv.t(40, y + 10, "Totaal inhoudingen", "sansb", 15); cv.t(772, y + 10, e(inh), "sansb", 15, anchor="ra")
    cv.rect(40, y + 60, 780, y + 110, fill="#e8f0fe")
    cv.t(60, y + 85, "Netto uit te betalen", "sansb", 18, anchor="lm"); cv.t(760, y + 85, e(netto), "sansb", 18, anchor="rm")
    cv.t(40, y + 140, "Uitbetaald op 25-03-2025 naar NL91 ABNA 0417 1643 00", "sans", 13, fill="#555")
    qs = [Q("wat is mijn nettoloon deze maand?", e(netto), "money", "value_at_label", True),
          Q("how much pension premium was taken off", e(214.80), "money", "value_at_label", True),
          Q("what's the biggest deduction on my payslip", "Loonheffing", "text", "argmax", True)]
    return "payslip", cv, qs


@scene
def bank_de():
    tx = [("02.05.", "Miete Mai — Hausverwaltung Kern", -920.00), ("03.05.", "Gehalt Firma Brenner GmbH", 2875.40),
          ("05.05.", "REWE Markt Köln", -63.18), ("08.05.", "Stadtwerke Köln Abschlag", -84.00),
          ("11.05.", "Überweisung von J. Wolff", 45.00), ("15.05.", "Amazon EU S.à r.l.", -37.99),
          ("19.05.", "Deutsche Bahn Ticket", -59.90), ("27.05.", "Rückerstattung Zalando", 24.95)]
    start = 1204.33
    end = round(start + sum(v for *_, v in tx), 2)
    cv = Cv(1200, 760, "#f2f4f8")
    cv.rect(0, 0, 1200, 64, fill="#003d7a"); cv.t(30, 20, "Sparkasse Rheinufer · Online-Banking", "sansb", 20, fill="white")
    cv.rect(0, 64, 230, 760, fill="white")
    for i, s in enumerate(["Übersicht", "Umsätze", "Überweisung", "Daueraufträge", "Postfach (2)", "Einstellungen"]):
        if i == 1: cv.rect(0, 90 + i * 44, 230, 130 + i * 44, fill="#e3ecf7")
        cv.t(24, 100 + i * 44, s, "sans", 15, fill="#003d7a" if i == 1 else "#333")
    cv.t(260, 90, "Girokonto  DE44 3705 0198 0012 4471 09", "sansb", 18)
    cv.t(260, 120, "Zeitraum 01.05.2025 – 31.05.2025", "sans", 14, fill="#555")
    cv.t(260, 150, "Anfangssaldo: " + eur(start), "sans", 15); cv.t(700, 150, "Endsaldo: " + eur(end), "sansb", 15)
    rows = [(d, t, eur(v)) for d, t, v in tx]
    cv.table(260, 190, ["Datum", "Verwendungszweck", "Betrag"], rows, [110, 560, 220], rh=40, size=15, zebra="#f7f9fc", aligns="llr")
    biggest_in = max((x for x in tx if x[2] > 0), key=lambda x: x[2])
    nin = sum(1 for x in tx if x[2] > 0)
    out = round(-sum(v for *_, v in tx if v < 0), 2)
    qs = [Q("what's my closing balance for May", eur(end), "money", "value_at_label", True),
          Q("how many incoming payments (credits) were there", nin, "count", "count", False),
          Q("Wie viel habe ich im Mai insgesamt ausgegeben (Summe aller Abbuchungen)?", eur(out), "money", "arithmetic", False),
          Q("when did the rent go out?", "02.05.", "date", "who_when_where", True)]
    return "bank_statement", cv, qs


@scene
def utility_es():
    cv = Cv(860, 900, "white")
    cv.rect(0, 0, 860, 90, fill="#ff7a00"); cv.t(40, 28, "LuzNorte Energía", "latob", 30, fill="white")
    cv.t(820, 36, "FACTURA DE ELECTRICIDAD", "latob", 16, fill="white", anchor="ra")
    kw = [("Titular", "Lucía Fernández Ortega"), ("Dirección de suministro", "C/ Mayor 27, 3ºB, 50001 Zaragoza"),
          ("Nº de factura", "LN25-0048812"), ("Periodo", "01/01/2025 – 31/01/2025"), ("Fecha de emisión", "05/02/2025"),
          ("Fecha de cargo", "20/02/2025"), ("CUPS", "ES0031 4082 1190 0417 HK")]
    for i, (k, v) in enumerate(kw):
        cv.t(40, 120 + i * 28, k + ":", "lato", 15, fill="#666"); cv.t(280, 120 + i * 28, v, "latob", 15)
    cons = [("Punta", 96), ("Llano", 118), ("Valle", 151)]
    total_kwh = sum(c for _, c in cons)
    cv.t(40, 345, "Consumo por periodo (kWh)", "latob", 17)
    mx = max(c for _, c in cons)
    for i, (n, c) in enumerate(cons):
        y = 380 + i * 40
        cv.t(40, y + 4, n, "lato", 15); cv.rect(120, y, 120 + int(400 * c / mx), y + 26, fill="#ffb366")
        cv.t(130 + int(400 * c / mx), y + 4, f"{c} kWh", "lato", 14)
    cv.t(40, 510, f"Consumo total: {total_kwh} kWh", "latob", 15)
    conc = [("Potencia contratada", 14.62), ("Energía consumida", 58.31), ("Impuesto eléctrico", 3.73),
            ("Alquiler de contador", 0.81), ("IVA 21%", 16.26)]
    tot = round(sum(v for _, v in conc), 2)
    y = cv.table(40, 550, ["Concepto", "Importe"], [(n, eur(v)) for n, v in conc], [560, 220], rh=32, f="lato", size=15, aligns="lr")
    cv.rect(40, y + 14, 820, y + 64, fill="#fff1e5")
    cv.t(60, y + 39, "TOTAL A PAGAR", "latob", 20, anchor="lm"); cv.t(800, y + 39, eur(tot), "latob", 22, anchor="rm")
    qs = [Q("¿cuánto tengo que pagar en total?", eur(tot), "money", "value_at_label", True),
          Q("how many kWh did we use in the valle period", "151 kWh", "number", "value_at_label", True),
          Q("total consumption for the month in kWh?", f"{total_kwh} kWh", "number", "value_at_label", True),
          Q("when will they charge my account", "20/02/2025", "date", "value_at_label", True)]
    return "utility_bill", cv, qs


@scene
def purchase_order():
    lines = [("HX-220", "Hex bolt M8x40, zinc", 500, 0.18), ("WS-08", "Washer M8 DIN 125", 1000, 0.03),
             ("NL-8N", "Nylon lock nut M8", 500, 0.07), ("BR-44", "L-bracket 40x40 galv.", 120, 1.25)]
    cv = Cv(1000, 720, "#fbfbf8")
    cv.t(50, 40, "PURCHASE ORDER", "libserifb", 30)
    cv.t(950, 44, "PO #  4500-7781", "libb", 20, anchor="ra")
    cv.t(50, 100, "Vendor:", "libb", 15); cv.t(50, 122, "Kessler Fasteners GmbH, Industriestr. 9, Stuttgart", "lib", 15)
    cv.t(560, 100, "Ship to:", "libb", 15); cv.t(560, 122, "Brightline Fabrication, Dock 3, Leeds", "lib", 15)
    cv.t(50, 160, "Order date: 2025-06-02     Requested delivery: 2025-06-20     Buyer: Tom Okafor", "lib", 15)
    rows = [(c, d, f"{q:,}", f"{p:.2f}", f"{q*p:,.2f}") for c, d, q, p in lines]
    y = cv.table(50, 200, ["Item", "Description", "Qty", "Unit (EUR)", "Line total (EUR)"], rows, [110, 370, 110, 140, 170],
                 rh=34, f="lib", size=15, grid="#bbb", aligns="llrrr")
    tot = round(sum(q * p for *_, q, p in lines), 2)
    cv.t(780, y + 24, "Total EUR", "libb", 17, anchor="ra"); cv.t(950, y + 24, f"{tot:,.2f}", "libb", 17, anchor="ra")
    cv.t(50, y + 90, "Approved by: ______  R. Lindqvist", "lib", 15)
    qs = [Q("who's the buyer on this PO", "Tom Okafor", "person", "who_when_where", True),
          Q("line total for the nylon lock nuts?", f"{500*0.07:,.2f}", "money", "table_cell", True),
          Q("how many washers are we ordering", "1,000", "number", "table_cell", True),
          Q("PO total?", f"{tot:,.2f}", "money", "value_at_label", True)]
    return "purchase_order", cv, qs


@scene
def shipping_label():
    cv = Cv(600, 820, "white")
    cv.rect(10, 10, 590, 810, outline="black", width=3)
    cv.t(30, 30, "FROM:", "libb", 14)
    for i, s in enumerate(["Quillfeather Paper Co.", "88 Harbour Road", "Hobart TAS 7000", "AUSTRALIA"]):
        cv.t(30, 50 + i * 20, s, "lib", 14)
    cv.line(10, 140, 590, 140, "black", 3)
    cv.t(30, 160, "SHIP TO:", "libb", 16)
    for i, s in enumerate(["Ingrid Halvorsen", "Storgata 41B", "0182 Oslo", "NORWAY"]):
        cv.t(30, 190 + i * 30, s, "libb" if i == 0 else "lib", 24)
    cv.line(10, 320, 590, 320, "black", 3)
    cv.t(30, 340, "PRIORITY INTERNATIONAL", "libb", 22)
    cv.t(30, 380, "Weight: 2.35 kg     Pieces: 1 of 2", "lib", 16)
    cv.t(30, 406, "Ship date: 11 MAR 2025", "lib", 16)
    # barcode
    r = rng_for("barcode")
    x = 40
    while x < 560:
        w = r.choice([2, 3, 4, 6]); cv.rect(x, 450, x + w, 600, fill="black"); x += w + r.choice([2, 3, 5])
    cv.t(300, 612, "TRK  AU 7741 2290 58 NO", "libmonob", 22, anchor="ma")
    cv.t(30, 680, "Contents: stationery (gift)", "lib", 14); cv.t(30, 704, "Declared value: AUD 84.00", "lib", 14)
    qs = [Q("what's the tracking number", "AU 7741 2290 58 NO", "code", "value_at_label", True),
          Q("which city is it going to", "Oslo", "text", "who_when_where", True),
          Q("how heavy is the parcel", "2.35 kg", "number", "value_at_label", True)]
    return "shipping_label", cv, qs


@scene
def boarding_pass():
    dep = "07:10"
    cv = Cv(1100, 420, "#e9eef3")
    cv.rect(30, 30, 1070, 390, fill="white", r=18)
    cv.rect(30, 30, 1070, 100, fill="#5b2a86", r=18); cv.rect(30, 80, 1070, 100, fill="#5b2a86")
    cv.t(60, 50, "AURORA AIR", "latob", 26, fill="white"); cv.t(1010, 56, "BOARDING PASS", "latob", 18, fill="white", anchor="ra")
    cv.t(60, 120, "PASSENGER", "lato", 12, fill="#888"); cv.t(60, 138, "DUBOIS / CAMILLE MS", "latob", 20)
    cv.t(60, 190, "CPH", "latob", 44); cv.t(60, 240, "Copenhagen", "lato", 14, fill="#555")
    cv.t(230, 204, "→", "sans", 30, fill="#5b2a86")
    cv.t(300, 190, "LIS", "latob", 44); cv.t(300, 240, "Lisbon", "lato", 14, fill="#555")
    fields = [("FLIGHT", "AU 2417"), ("DATE", "18 JUN 2025"), ("BOARDING", "06:35"), ("DEPARTS", dep),
              ("GATE", "B14"), ("SEAT", "23F"), ("ZONE", "3")]
    for i, (k, v) in enumerate(fields):
        x = 470 + (i % 4) * 160 if i < 4 else 470 + (i - 4) * 160
        y = 120 if i < 4 else 200
        cv.t(x, y, k, "lato", 12, fill="#888"); cv.t(x, y + 18, v, "latob", 22)
    cv.t(470, 290, "Gate closes 20 minutes before departure.", "lato", 13, fill="#b00")
    cv.line(1040, 30, 1040, 390, "#ccc")
    qs = [Q("what gate do I go to?", "B14", "code", "value_at_label", True),
          Q("what time does boarding start", "06:35", "time", "value_at_label", True),
          Q("am I on a window seat number... what's my seat", "23F", "code", "value_at_label", True),
          Q("If the gate closes 20 min before departure, what time is that?", hhmm_minus(dep, 20), "time", "arithmetic", False)]
    return "ticket", cv, qs


@scene
def train_it():
    t_dep, t_arr = "09:48", "11:19"
    cv = Cv(900, 380, "#f5f5f5")
    cv.rect(20, 20, 880, 360, fill="white", outline="#c8102e", width=3)
    cv.rect(20, 20, 880, 70, fill="#c8102e"); cv.t(40, 32, "FerroVia Italia · Biglietto", "sansb", 22, fill="white")
    cv.t(40, 90, "Firenze S.M.N.", "sansb", 26); cv.t(460, 90, "Roma Termini", "sansb", 26)
    cv.t(40, 126, "Partenza " + t_dep, "sans", 16); cv.t(460, 126, "Arrivo " + t_arr, "sans", 16)
    kv = [("Data", "12/09/2025"), ("Treno", "FR 9527"), ("Carrozza", "7"), ("Posto", "14A"), ("Classe", "2ª Standard"),
          ("Passeggero", "Marco Bellandi"), ("Prezzo", "€ 39,90"), ("PNR", "QK7T2M")]
    for i, (k, v) in enumerate(kv):
        x = 40 + (i % 4) * 210; y = 180 + (i // 4) * 70
        cv.t(x, y, k, "sans", 12, fill="#777"); cv.t(x, y + 18, v, "sansb", 18)
    cv.t(40, 330, "Biglietto nominativo, valido solo per il treno e la data indicati.", "sans", 12, fill="#777")
    qs = [Q("in che carrozza sono?", "7", "number", "value_at_label", True),
          Q("how long is the train ride", dur(t_dep, t_arr), "time", "arithmetic", False),
          Q("booking code?", "QK7T2M", "code", "value_at_label", True)]
    return "ticket", cv, qs


@scene
def business_cards():
    cv = Cv(900, 560, "#d9d4cc")
    cv.rect(40, 40, 440, 270, fill="white", r=6)
    cv.t(70, 70, "Henrik Solberg", "latob", 24); cv.t(70, 102, "Head of Procurement", "lato", 15, fill="#666")
    cv.t(70, 150, "Fjordline Maritime AS", "latob", 15, fill="#0b5")
    for i, s in enumerate(["+47 922 41 738", "henrik.solberg@fjordline.no", "Bryggen 12, 5003 Bergen"]):
        cv.t(70, 180 + i * 22, s, "lato", 14)
    cv.rect(470, 110, 870, 340, fill="#1e2a38", r=6)
    cv.t(500, 140, "Dr. Amara Nwosu", "serifb", 22, fill="white"); cv.t(500, 172, "Paediatric Dentist", "serif", 14, fill="#cfd8e3")
    for i, s in enumerate(["Smile Harbour Clinic", "Tel. 020 7946 0318", "Mobile 07700 900 412", "amara@smileharbour.co.uk"]):
        cv.t(500, 220 + i * 24, s, "serif", 14, fill="#e8eef5")
    cv.rect(130, 320, 450, 520, fill="#fff7e0", r=6)
    cv.t(160, 350, "LOYALTY CARD", "sansb", 14, fill="#a0522d"); cv.t(160, 374, "Bean There Coffee", "sansb", 20)
    stamps = 7
    for i in range(10):
        cx = 175 + (i % 5) * 56; cy = 420 + (i // 5) * 44
        cv.circle(cx, cy, 18, outline="#a0522d", width=2, fill="#a0522d" if i < stamps else None)
    cv.t(160, 496, "10th coffee free!", "sans", 12, fill="#a0522d")
    qs = [Q("what's Henrik's phone number", "+47 922 41 738", "phone", "value_at_label", True),
          Q("which company does the dentist work at", "Smile Harbour Clinic", "text", "value_at_label", True),
          Q("how many stamps do I have on my coffee card", stamps, "count", "count", False),
          Q("how many more coffees until the free one?", 10 - stamps, "count", "arithmetic", False)]
    return "card", cv, qs


@scene
def member_card():
    cv = Cv(700, 440, "#ececec")
    cv.rect(50, 40, 650, 400, fill="#0d3b2e", r=22)
    cv.t(90, 80, "KLATRESENTERET", "latob", 26, fill="#e8d48b"); cv.t(90, 114, "Medlemskort · Membership", "lato", 14, fill="#cde")
    kv = [("Navn / Name", "Freja Lindgren"), ("Medlemsnr.", "KS-004871"), ("Gyldig til / Valid thru", "31.08.2026"), ("Type", "Student")]
    for i, (k, v) in enumerate(kv):
        cv.t(90, 170 + i * 52, k, "lato", 12, fill="#9bb"); cv.t(90, 186 + i * 52, v, "latob", 19, fill="white")
    cv.rect(480, 170, 610, 330, fill="#e8d48b", r=8); cv.t(545, 250, "FOTO", "latob", 18, fill="#0d3b2e", anchor="mm")
    qs = [Q("until when is my membership valid", "31.08.2026", "date", "value_at_label", True),
          Q("member number?", "KS-004871", "code", "value_at_label", True),
          Q("what kind of membership is it", "Student", "text", "value_at_label", True)]
    return "card", cv, qs
