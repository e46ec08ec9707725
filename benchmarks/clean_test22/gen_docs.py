"""Receipts, tickets (PIL) and invoices, statements, reports (HTML)."""
from common import (Scene, Canvas, font, rng, page, render_html, esc, us, de, ch, lakh, r2)


# ------------------------------------------------------------------ PIL receipt helper
def draw_receipt(sc, width, lines, fnt, fb=None, bg="#fbfaf6", fg="#1c1c1c", pad=26, lh=None, size=None):
    fb = fb or fnt
    lh = lh or int(fnt.size * 1.45)
    h = pad * 2 + lh * len(lines) + 10
    cv = Canvas(sc, width, h, bg)
    y = pad
    for ln in lines:
        kind = ln[0]
        if kind == "c":
            cv.text((width / 2, y), ln[1], fnt, fg, anchor="ma")
        elif kind == "b":
            cv.text((width / 2, y), ln[1], fb, fg, anchor="ma")
        elif kind == "l":
            cv.text((pad, y), ln[1], fnt, fg)
        elif kind == "lr":
            cv.text((pad, y), ln[1], fnt, fg)
            cv.text((width - pad, y), ln[2], fnt, fg, anchor="ra")
        elif kind == "lrb":
            cv.text((pad, y), ln[1], fb, fg)
            cv.text((width - pad, y), ln[2], fb, fg, anchor="ra")
        elif kind == "sep":
            ch_ = ln[1]
            n = int((width - 2 * pad) / cv.tw(ch_, fnt))
            cv.d.text((pad, y), ch_ * n, font=fnt, fill=fg)
        y += lh
    return cv


def rcpt_th_minimart():
    sc = Scene("rcpt_th_minimart", "receipt", "Thai convenience-store receipt (THB, VAT incl. 7%)", "PIL", "light")
    r = rng(sc.name)
    items = [("Green Tea 500ml", 20), ("Pork Bun", 25), ("Sandwich Tuna", 39), ("Yogurt Drink", 14),
             ("Instant Noodle Tom Yum", 16), ("Drinking Water 1.5L", 14), ("Chocolate Wafer", 12),
             ("Iced Coffee Can", 22)]
    r.shuffle(items)
    items = items[:6]
    qtys = [r.choice([1, 1, 1, 2, 3]) for _ in items]
    tot = sum(p * q for (_, p), q in zip(items, qtys))
    cash = 500 if tot > 100 else 100
    change = cash - tot
    vat = r2(tot * 7 / 107)
    f = font("Liberation Mono", 17)
    fb = font("Liberation Mono:bold", 19)
    lines = [("b", "SUKHUMVIT MINIMART"), ("c", "Branch 04417  Soi 22, Bangkok"), ("c", "TAX ID 0105561023874"),
             ("c", "RECEIPT/TAX INV (ABB)"), ("sep", "-"), ("l", "POS#03  14/02/2026 19:42"), ("sep", "-")]
    for (n, p), q in zip(items, qtys):
        lines.append(("lr", f"{q} {n}", f"{p * q:.2f}"))
    lines += [("sep", "-"), ("lrb", f"TOTAL {sum(qtys)} ITEMS", f"{tot:.2f}"), ("lr", "CASH", f"{cash:.2f}"),
              ("lr", "CHANGE", f"{change:.2f}"), ("lr", "VAT 7% INCLUDED", f"{vat:.2f}"), ("sep", "-"),
              ("c", "THANK YOU - PLEASE COME AGAIN"), ("c", "Member pts earned: %d" % (tot // 25))]
    cv = draw_receipt(sc, 430, lines, f, fb)
    cv.save()
    sc.q("how much change did i get back", f"{change:.2f}", "money", "lookup", True)
    line_tot = {n: p * q for (n, p), q in zip(items, qtys)}
    big = max(line_tot, key=line_tot.get)
    assert list(line_tot.values()).count(line_tot[big]) == 1
    sc.q("which line on this receipt cost the most?", big, "text", "argmax", True)
    sc.q("how many items in total", sum(qtys), "count", "lookup", True)
    return sc


def rcpt_ar_parrilla():
    sc = Scene("rcpt_ar_parrilla", "receipt", "Argentine steakhouse bill (ARS, 12.345,50 format, suggested tip)", "PIL",
               "light")
    r = rng(sc.name)
    menu = [("Bife de chorizo", 18900), ("Provoleta", 7400), ("Ensalada mixta", 5200), ("Papas fritas", 4800),
            ("Vino Malbec (bot.)", 16500), ("Agua sin gas", 2600), ("Flan con dulce", 5900), ("Cubierto", 1500)]
    rows = []
    for n, p in menu:
        q = r.choice([1, 2, 2, 3]) if n in ("Cubierto", "Agua sin gas", "Bife de chorizo") else 1
        rows.append((n, q, p * q))
    tot = sum(x[2] for x in rows)
    tip = round(tot * 0.10)
    waiter = r.choice(["Matías", "Lucía", "Joaquín", "Valentina"])
    mesa = r.randint(3, 28)
    f = font("DejaVu Sans Mono", 16)
    fb = font("DejaVu Sans Mono:bold", 18)
    lines = [("b", "LA PARRILLA DE DON ERNESTO"), ("c", "Av. Corrientes 2345 - CABA"), ("c", "CUIT 30-71234567-9"),
             ("sep", "="), ("lr", f"Mesa: {mesa}", f"Mozo: {waiter}"), ("lr", "Fecha: 07/03/2026", "21:58"),
             ("sep", "=")]
    for n, q, t in rows:
        lines.append(("lr", f"{q} x {n}", "$ " + de(t)))
    lines += [("sep", "-"), ("lrb", "TOTAL", "$ " + de(tot)), ("lr", "Propina sugerida 10%", "$ " + de(tip)),
              ("sep", "-"), ("c", "NO VALIDO COMO FACTURA"), ("c", "¡Gracias por su visita!")]
    draw_receipt(sc, 470, lines, f, fb, bg="#fffdf5").save()
    sc.q("total de la cuenta?", "$ " + de(tot), "money", "lookup", True)
    sc.q("who was our waiter", waiter, "person", "party", True)
    agua = [t for n, q, t in rows if n.startswith("Agua")][0]
    flan = [t for n, q, t in rows if n.startswith("Flan")][0]
    assert agua != flan
    sc.q("did we spend more on water than on the flan?", "yes" if agua > flan else "no", "yesno", "compare_more", False)
    return sc


def rcpt_ch_grocery():
    sc = Scene("rcpt_ch_grocery", "receipt", "Swiss grocery receipt (CHF, MWST 2.6%/8.1%, 5-Rappen rounding)", "PIL",
               "light")
    r = rng(sc.name)
    items = [("Vollmilch 1l", 1.75), ("Gruyère AOP 250g", 6.90), ("Zopf 500g", 4.20), ("Rüebli 1kg", 2.35),
             ("Äpfel Gala", 3.95), ("Rivella Rot 1.5l", 2.80), ("Cervelat 2 Stk", 3.60), ("Birchermüesli", 3.25),
             ("Ovomaltine 500g", 7.50)]
    r.shuffle(items)
    items = items[:7]
    tot = r2(sum(p for _, p in items))
    rounded = round(round(tot * 20) / 20, 2)
    f = font("Nimbus Sans Narrow", 20)
    fb = font("Nimbus Sans Narrow:bold", 22)
    lines = [("b", "Dorfladen Wiedikon"), ("c", "Birmensdorferstrasse 88, 8003 Zürich"), ("sep", "-"),
             ("lr", "Artikel", "CHF")]
    for n, p in items:
        lines.append(("lr", n, f"{p:.2f}"))
    lines += [("sep", "-"), ("lr", "Zwischensumme", f"{tot:.2f}"), ("lr", "Rundung", f"{rounded - tot:+.2f}"),
              ("lrb", "Total CHF", f"{rounded:.2f}"), ("lr", "Bezahlt TWINT", f"{rounded:.2f}"), ("sep", "-"),
              ("c", "MWST-Nr. CHE-109.472.385"), ("c", "12.01.2026  08:14  Kasse 2")]
    draw_receipt(sc, 400, lines, f, fb, bg="#ffffff").save()
    cheap = min(items, key=lambda x: x[1])
    assert [p for _, p in items].count(cheap[1]) == 1
    sc.q("cheapest thing i bought?", cheap[0], "text", "argmin", True)
    sc.q("Total CHF after rounding", f"{rounded:.2f}", "money", "lookup", True)
    sc.q("date on the receipt?", "12.01.2026", "date", "lookup", True)
    return sc


def rcpt_my_kopitiam():
    sc = Scene("rcpt_my_kopitiam", "receipt", "Malaysian restaurant bill (RM, service 10% + SST 6%)", "PIL", "light")
    r = rng(sc.name)
    items = [("Nasi Lemak Ayam", 14.90), ("Roti Canai Telur", 4.50), ("Char Kuey Teow", 12.50), ("Teh Tarik", 3.80),
             ("Milo Ais", 4.20), ("Mee Goreng Mamak", 11.00), ("Kopi O", 2.90)]
    rows = [(n, r.choice([1, 1, 2]), p) for n, p in items[:r.randint(5, 7)]]
    sub = r2(sum(q * p for _, q, p in rows))
    svc = r2(sub * 0.10)
    sst = r2((sub + svc) * 0.06)
    tot = r2(sub + svc + sst)
    table = r.randint(2, 19)
    f = font("Roboto Condensed", 19)
    fb = font("Roboto Condensed:bold", 21)
    lines = [("b", "RESTORAN SRI MELAKA"), ("c", "No. 12, Jalan Bukit Bintang, KL"), ("c", "SST ID: W10-1808-32000145"),
             ("sep", "-"), ("lr", f"Table {table}   Pax 3", "Bill #A0937"), ("lr", "Date 03-02-2026", "13:07"),
             ("sep", "-")]
    for n, q, p in rows:
        lines.append(("lr", f"{q}  {n}", f"{q * p:.2f}"))
    lines += [("sep", "-"), ("lr", "Subtotal", f"{sub:.2f}"), ("lr", "Service Charge 10%", f"{svc:.2f}"),
              ("lr", "SST 6%", f"{sst:.2f}"), ("lrb", "TOTAL (RM)", f"{tot:.2f}"), ("sep", "-"),
              ("c", "Terima kasih, sila datang lagi")]
    draw_receipt(sc, 440, lines, f, fb, bg="#f7f7f2").save()
    sc.q("what's the service charge on this bill", f"{svc:.2f}", "money", "lookup", True)
    sc.q("table number?", table, "number", "lookup", True)
    sc.q("how much did the SST and service charge add together", f"{r2(svc + sst):.2f}", "money", "sum", False)
    return sc


def rcpt_cl_farmacia():
    sc = Scene("rcpt_cl_farmacia", "receipt", "Chilean pharmacy boleta (CLP, $12.990 dot thousands, no decimals)",
               "PIL", "light")
    r = rng(sc.name)
    items = [("Paracetamol 500mg x16", 1990), ("Ibuprofeno 400mg x20", 3490), ("Protector Solar FPS50", 12990),
             ("Vitamina C 1g x30", 5990), ("Alcohol Gel 500ml", 2790), ("Parche Curita x20", 1590)]
    r.shuffle(items)
    items = items[:5]
    tot = sum(p for _, p in items)
    rut = "76.543.210-K"
    folio = r.randint(1000000, 9999999)
    f = font("Inconsolata", 19)
    fb = font("Inconsolata:bold", 21)
    lines = [("b", "FARMACIA CORDILLERA"), ("c", f"RUT {rut}"), ("c", "Av. Providencia 1650, Santiago"),
             ("b", f"BOLETA ELECTRONICA N° {folio}"), ("sep", "-")]
    for n, p in items:
        lines.append(("lr", n, "$" + de(p, 0)))
    lines += [("sep", "-"), ("lrb", "TOTAL", "$" + de(tot, 0)), ("lr", "Tarjeta Debito", "$" + de(tot, 0)),
              ("lr", "IVA incluido (19%)", "$" + de(round(tot * 19 / 119), 0)), ("sep", "-"),
              ("c", "Fecha 22-01-2026 Hora 17:31")]
    draw_receipt(sc, 420, lines, f, fb, bg="#ffffff").save()
    sc.q("what is the boleta number", folio, "code", "lookup", True)
    a, b = items[0], items[1]
    sc.q(f"price difference between the {a[0].split(' ')[0].lower()} and the {b[0].split(' ')[0].lower()}?",
         "$" + de(abs(a[1] - b[1]), 0), "money", "difference", False)
    sc.q("total paid", "$" + de(tot, 0), "money", "lookup", True)
    return sc


def ticket_jp_rail():
    sc = Scene("ticket_jp_rail", "ticket", "Japanese limited-express reserved-seat ticket (English, JPY)", "PIL",
               "light")
    r = rng(sc.name)
    W, H = 900, 380
    cv = Canvas(sc, W, H, "#cfe3ee")
    d = cv.d
    d.rectangle([0, 0, W, 54], fill="#2b6d8f")
    cv.text((24, 14), "LIMITED EXPRESS / RESERVED SEAT", font("DejaVu Sans:bold", 22), "white")
    cv.text((W - 24, 16), "JR  乗車券・特急券", font("IPAGothic", 20), "white", anchor="ra")
    dep_h, dep_m = r.randint(7, 10), r.choice([3, 18, 33, 48])
    dur = r.choice([135, 140, 150])
    arr = dep_h * 60 + dep_m + dur
    dep, arrs = f"{dep_h:02d}:{dep_m:02d}", f"{arr // 60:02d}:{arr % 60:02d}"
    car, row, seat = r.randint(3, 15), r.randint(1, 20), r.choice("ABCDE")
    fare = r.choice([13870, 14170, 14720])
    big = font("DejaVu Sans:bold", 44)
    cv.text((40, 80), "Tokyo", big, "#123")
    cv.text((320, 92), "→", font("DejaVu Sans", 36), "#123")
    cv.text((420, 80), "Kyoto", big, "#123")
    m = font("DejaVu Sans", 22)
    mb = font("DejaVu Sans:bold", 24)
    cv.text((40, 150), f"Dep {dep}", mb, "#123")
    cv.text((420, 150), f"Arr {arrs}", mb, "#123")
    cv.text((40, 200), "Train  Nozomi 215", m, "#123")
    cv.text((420, 200), f"Car {car}   Seat {row}-{seat}", m, "#123")
    cv.text((40, 245), "Date  Mar. 19, 2026", m, "#123")
    cv.text((420, 245), "Green Car: No   Smoking: No", m, "#123")
    d.line([24, 295, W - 24, 295], fill="#2b6d8f", width=2)
    cv.text((40, 312), f"Fare ¥{fare:,}", font("DejaVu Sans:bold", 28), "#b0192d")
    cv.text((W - 40, 318), "Issued 2026.3.02  No. 40271-08", font("DejaVu Sans Mono", 18), "#345", anchor="ra")
    cv.save()
    sc.q("what time does my train leave", dep, "time", "lookup", True)
    sc.q("which seat am i in", f"{row}-{seat}", "code", "lookup", True)
    sc.q("how long is the ride in minutes", dur, "number", "difference", False)
    return sc


def ticket_ma_bus():
    sc = Scene("ticket_ma_bus", "ticket", "Moroccan intercity coach ticket (MAD, DH), thermal print", "PIL", "light")
    r = rng(sc.name)
    name = r.choice(["Youssef El Amrani", "Salma Benjelloun", "Karim Ouazzani"])
    seat = r.randint(4, 48)
    price = r.choice([110, 120, 135])
    bag = 10
    f = font("Courier New", 19) if False else font("Nimbus Mono PS", 19)
    fb = font("Nimbus Mono PS:bold", 21)
    lines = [("b", "AUTOCARS ATLAS EXPRESS"), ("c", "Gare Routière Casa-Oulad Ziane"), ("sep", "*"),
             ("lr", "Départ", "CASABLANCA"), ("lr", "Arrivée", "MARRAKECH"), ("lr", "Date", "18/04/2026"),
             ("lr", "Heure", "08:30"), ("lr", "Quai", "7"), ("lr", "Siège", str(seat)), ("lr", "Voyageur", name),
             ("sep", "*"), ("lr", "Tarif", f"{price},00 DH"), ("lr", "Bagage soute", f"{bag},00 DH"),
             ("lrb", "TOTAL", f"{price + bag},00 DH"), ("sep", "*"), ("c", "Billet N° CT-8841-2207"),
             ("c", "Présentez-vous 30 min avant")]
    draw_receipt(sc, 440, lines, f, fb, bg="#fdfcf7").save()
    sc.q("whose ticket is this", name, "person", "party", True)
    sc.q("what day is the trip", "18/04/2026", "date", "lookup", True)
    sc.q("total price incl luggage", f"{price + bag},00 DH", "money", "lookup", True)
    return sc


# ------------------------------------------------------------------ HTML documents
def inv_es_factura():
    sc = Scene("inv_es_factura", "invoice", "Spanish freelancer invoice (EUR, IVA 21% + IRPF -15% retention)", "HTML",
               "light")
    r = rng(sc.name)
    lines = [("Diseño de identidad corporativa", 1, 1450.00), ("Maquetación catálogo (págs.)", 24, 38.50),
             ("Sesión fotográfica de producto", 1, 620.00), ("Adaptación redes sociales", 6, 45.00),
             ("Revisiones adicionales (h)", r.randint(2, 6), 55.00)]
    base = r2(sum(q * p for _, q, p in lines))
    iva = r2(base * 0.21)
    irpf = r2(base * 0.15)
    total = r2(base + iva - irpf)
    rows = "".join(f"<tr><td>{esc(n)}</td><td class=n>{q}</td><td class=n>{de(p)} €</td><td class=n>{de(q * p)} €</td></tr>"
                   for n, q, p in lines)
    body = f"""<div class=doc><div class=top><div><div class=me>Lucía Ferrer Gil</div>Diseño gráfico · NIF 48392017-S<br>
C/ de Sant Vicent 41, 3º-2ª<br>46002 València</div><div class=tt>FACTURA<br><span>Nº 2026-0047</span></div></div>
<div class=meta><div><b>Cliente</b><br>Cerámicas del Turia S.L.<br>CIF B-96541230<br>Polígono Fuente del Jarro, Paterna</div>
<div><b>Fecha de emisión</b><br>16/02/2026<br><b>Vencimiento</b><br>18/03/2026</div></div>
<table><tr><th>Concepto</th><th class=n>Cant.</th><th class=n>Precio</th><th class=n>Importe</th></tr>{rows}</table>
<table class=tot><tr><td>Base imponible</td><td class=n>{de(base)} €</td></tr><tr><td>IVA 21%</td><td class=n>{de(iva)} €</td></tr>
<tr><td>Retención IRPF -15%</td><td class=n>-{de(irpf)} €</td></tr><tr class=g><td>TOTAL A PAGAR</td><td class=n>{de(total)} €</td></tr></table>
<p class=foot>Forma de pago: transferencia a ES21 2100 0418 4502 0005 1332 (CaixaBank)</p></div>"""
    css = """.doc{padding:40px 50px;font-size:15px}.top{display:flex;justify-content:space-between}.me{font-size:22px;font-weight:bold;color:#8a3b12}
.tt{font-size:30px;letter-spacing:3px;color:#8a3b12;text-align:right}.tt span{font-size:16px;color:#444;letter-spacing:0}
.meta{display:flex;gap:90px;margin:28px 0;line-height:1.5}table{width:100%;border-collapse:collapse}th{background:#f3e6dc;text-align:left;padding:8px}
td{padding:7px 8px;border-bottom:1px solid #e5d5c8}.n{text-align:right}.tot{width:360px;margin:18px 0 0 auto}.g td{font-weight:bold;font-size:18px;border-top:2px solid #8a3b12}
.foot{color:#666;font-size:13px;margin-top:26px}"""
    render_html(sc, page(body, css, "Open Sans"), 960, 1000)
    sc.q("cuánto es el IVA", de(iva) + " €", "money", "lookup", True)
    sc.q("Total to pay on this factura?", de(total) + " €", "money", "lookup", True)
    sc.q("who is the invoice addressed to", "Cerámicas del Turia S.L.", "text", "party", True)
    return sc


def inv_ae_tax():
    sc = Scene("inv_ae_tax", "invoice", "UAE tax invoice (AED, VAT 5%, TRN), navy header", "HTML", "light")
    r = rng(sc.name)
    items = [("Split AC unit 2.0 ton - supply", r.randint(2, 4), 2350.00), ("Installation & copper piping", 1, 1800.00),
             ("Annual maintenance contract", 1, 1200.00), ("Thermostat, smart Wi-Fi", r.randint(2, 5), 285.00),
             ("Duct cleaning (per unit)", r.randint(3, 6), 150.00)]
    amts = [r2(q * p) for _, q, p in items]
    sub = r2(sum(amts))
    vat = r2(sub * 0.05)
    tot = r2(sub + vat)
    rows = "".join(f"<tr><td>{i + 1}</td><td>{esc(n)}</td><td>{q}</td><td>{us(p)}</td><td>{us(a)}</td></tr>"
                   for i, ((n, q, p), a) in enumerate(zip(items, amts)))
    body = f"""<div class=hd><div><b>COOLBREEZE TECHNICAL SERVICES L.L.C</b><br>Al Quoz Industrial 3, Dubai, UAE<br>TRN 100384726100003</div>
<div class=ti>TAX INVOICE</div></div><div class=wrap><div class=cols><div><b>Bill To:</b><br>Marina Heights Dental Clinic<br>Office 1204, JLT Cluster X<br>TRN 100912443700003</div>
<div><table class=kv><tr><td>Invoice No.</td><td>CB/INV/26/0318</td></tr><tr><td>Invoice Date</td><td>09-Mar-2026</td></tr>
<tr><td>Payment Terms</td><td>30 days</td></tr></table></div></div>
<table class=it><tr><th>#</th><th>Description</th><th>Qty</th><th>Unit Price (AED)</th><th>Amount (AED)</th></tr>{rows}</table>
<table class=sum><tr><td>Total excl. VAT</td><td>{us(sub)}</td></tr><tr><td>VAT @ 5%</td><td>{us(vat)}</td></tr>
<tr class=g><td>Grand Total (AED)</td><td>{us(tot)}</td></tr></table></div>"""
    css = """.hd{background:#1d2b4f;color:#fff;padding:26px 40px;display:flex;justify-content:space-between;line-height:1.5}.ti{font-size:30px;font-weight:bold;letter-spacing:2px}
.wrap{padding:24px 40px}.cols{display:flex;justify-content:space-between;line-height:1.5}.kv td{padding:2px 10px}
.it{width:100%;border-collapse:collapse;margin-top:24px;font-size:15px}.it th{background:#e8ecf5;padding:8px;text-align:left}.it td{padding:8px;border-bottom:1px solid #dde}
.it td:nth-child(n+3),.it th:nth-child(n+3){text-align:right}.sum{margin:16px 0 0 auto;font-size:16px}.sum td{padding:5px 12px;text-align:right}.g td{font-weight:bold;background:#1d2b4f;color:#fff}"""
    render_html(sc, page(body, css, "Roboto"), 1100, 900)
    sc.q("grand total?", us(tot), "money", "lookup", True)
    big = items[max(range(len(items)), key=lambda i: amts[i])][0]
    assert sorted(amts)[-1] != sorted(amts)[-2]
    sc.q("which line item is the most expensive overall", big, "text", "argmax", True)
    sc.q("what's the supplier's TRN", "100384726100003", "code", "lookup", True)
    return sc


def stmt_ph_card():
    sc = Scene("stmt_ph_card", "statement", "Philippine credit-card statement page (PHP ₱), 1200 px", "HTML", "light")
    r = rng(sc.name)
    merchants = ["JOLLIBEE SM MEGAMALL", "GRAB PH", "MERCURY DRUG", "SM SUPERMARKET", "SHOPEE PH", "PLDT HOME FIBER",
                 "CEBU PACIFIC AIR", "STARBUCKS BGC", "MERALCO ONLINE", "NATIONAL BOOK STORE"]
    r.shuffle(merchants)
    txs = []
    for i, m in enumerate(merchants[:9]):
        day = 3 + i * 3 + r.randint(0, 1)
        amt = r2(r.uniform(180, 9800))
        txs.append((f"01/{day:02d}/26", m, amt))
    amts = [t[2] for t in txs]
    pay = r2(r.uniform(12000, 20000))
    prev = r2(r.uniform(12000, 20000))
    new_bal = r2(prev - pay + sum(amts))
    mad = r2(max(850, new_bal * 0.03))
    rows = "".join(f"<tr><td>{d}</td><td>{d}</td><td>{esc(m)}</td><td class=n>{us(a)}</td></tr>" for d, m, a in txs)
    body = f"""<div class=bar><span class=logo>PhilBank Visa Platinum</span><span>Statement of Account · Card ending 4417</span></div>
<div class=main><div class=box><div><small>Statement Date</small><b>February 01, 2026</b></div><div><small>Payment Due Date</small><b>February 21, 2026</b></div>
<div><small>Total Amount Due</small><b>₱{us(new_bal)}</b></div><div><small>Minimum Amount Due</small><b>₱{us(mad)}</b></div></div>
<table><tr><th>Sale Date</th><th>Post Date</th><th>Description</th><th class=n>Amount (PHP)</th></tr>
<tr><td></td><td></td><td>PREVIOUS STATEMENT BALANCE</td><td class=n>{us(prev)}</td></tr>
<tr><td>01/02/26</td><td>01/02/26</td><td>PAYMENT - THANK YOU</td><td class=n>-{us(pay)}</td></tr>{rows}</table></div>"""
    css = """.bar{background:#0a3d62;color:#fff;padding:16px 32px;display:flex;justify-content:space-between;font-size:15px}.logo{font-weight:bold;font-size:20px}
.main{padding:22px 32px}.box{display:flex;gap:20px}.box div{flex:1;border:1px solid #c9d6e3;border-radius:6px;padding:12px}.box small{display:block;color:#567;font-size:12px}.box b{font-size:20px}
table{width:100%;border-collapse:collapse;margin-top:20px;font-size:14px}th{text-align:left;border-bottom:2px solid #0a3d62;padding:7px}td{padding:6px 7px;border-bottom:1px solid #eee}.n{text-align:right}"""
    render_html(sc, page(body, css, "Liberation Sans"), 1200, 900)
    sc.q("when's the payment due", "February 21, 2026", "date", "lookup", True)
    i = max(range(len(txs)), key=lambda k: amts[k])
    sc.q("biggest purchase on the statement was where", txs[i][1], "text", "argmax", True)
    sc.q("minimum amount due?", f"₱{us(mad)}", "money", "lookup", True)
    return sc


def stmt_no_bank():
    sc = Scene("stmt_no_bank", "statement", "Norwegian online-bank account view (NOK, 1 234,50 kr), dark green", "HTML",
               "light")
    r = rng(sc.name)
    desc = [("Lønn Fjordkraft AS", 1), ("REMA 1000 Grünerløkka", -1), ("Vipps *Ola Nordmann", 1), ("Ruter billett", -1),
            ("Husleie Mars", -1), ("Kiwi Torshov", -1), ("Vinmonopolet", -1), ("Vipps *Kari Hansen", 1),
            ("Telenor Mobil", -1), ("Skatteetaten tilbake", 1)]
    r.shuffle(desc)
    days = sorted(r.sample(range(1, 28), len(desc)), reverse=True)
    txs = []
    for (d, sgn), day in zip(desc, days):
        if d.startswith("Lønn"):
            a = r2(r.uniform(38000, 46000))
        elif d.startswith("Husleie"):
            a = 12500.0
        else:
            a = r2(r.uniform(59, 1900))
        txs.append((f"{day:02d}.03.2026", d, sgn * a))
    bal = r2(r.uniform(15000, 60000))

    def kr(x):
        s = f"{abs(x):,.2f}".replace(",", " ").replace(".", ",")
        return ("−" if x < 0 else "") + s

    rows = "".join(f"<tr><td>{d}</td><td>{esc(t)}</td><td class='n {'in' if a > 0 else ''}'>{kr(a)}</td></tr>" for d, t, a in txs)
    body = f"""<div class=side><div class=lg>Nordvik Sparebank</div><div class=it>Oversikt</div><div class='it on'>Kontoer</div><div class=it>Betaling</div><div class=it>Sparing</div></div>
<div class=main><h2>Brukskonto · 1503.27.84419</h2><div class=bal>Disponibelt beløp <b>{kr(bal)} kr</b></div>
<table><tr><th>Dato</th><th>Beskrivelse</th><th class=n>Beløp (kr)</th></tr>{rows}</table></div>"""
    css = """body{display:flex}.side{width:210px;background:#0f3d2e;color:#cfe;min-height:600px;padding:20px}.lg{font-weight:bold;font-size:20px;margin-bottom:30px;color:#fff}
.it{padding:10px 6px}.on{background:#1d5c45;border-radius:6px;color:#fff}.main{flex:1;padding:24px 36px}h2{margin:0 0 10px;font-weight:600}.bal{font-size:16px;margin-bottom:18px}.bal b{font-size:24px;margin-left:10px}
table{width:100%;border-collapse:collapse;font-size:15px}th{text-align:left;color:#567;font-weight:600;border-bottom:1px solid #ccc;padding:8px}td{padding:9px 8px;border-bottom:1px solid #eee}.n{text-align:right}.in{color:#18794e}"""
    render_html(sc, page(body, css, "Cantarell"), 1150, 600, crop=False)
    sc.q("what's the most recent transaction", txs[0][1], "text", "latest", True)
    sc.q("hvor mange innbetalinger (incoming payments) are listed", sum(1 for t in txs if t[2] > 0), "count", "count",
         False)
    sc.q("available balance?", kr(bal) + " kr", "money", "lookup", True)
    return sc


def report_lab():
    sc = Scene("report_lab", "document", "blood test lab report (reference ranges, H/L flags), serif", "HTML", "light")
    r = rng(sc.name)
    tests = [("Haemoglobin", "g/dL", 12.0, 16.0, 1), ("White blood cells", "10^9/L", 4.0, 11.0, 1),
             ("Platelets", "10^9/L", 150, 400, 0), ("Fasting glucose", "mmol/L", 3.9, 5.6, 1),
             ("Total cholesterol", "mmol/L", 3.0, 5.2, 1), ("HDL cholesterol", "mmol/L", 1.0, 2.2, 1),
             ("Creatinine", "µmol/L", 45, 90, 0), ("TSH", "mU/L", 0.4, 4.0, 2), ("Vitamin D", "nmol/L", 50, 125, 0)]
    rows, res = "", []
    for n, u, lo, hi, dec in tests:
        k = r.random()
        if k < 0.25:
            v = round(hi * r.uniform(1.05, 1.3), dec)
        elif k < 0.38:
            v = round(lo * r.uniform(0.7, 0.95), dec)
        else:
            v = round(r.uniform(lo + (hi - lo) * .1, hi - (hi - lo) * .1), dec)
        flag = "H" if v > hi else ("L" if v < lo else "")
        vs = f"{v:.{dec}f}"
        res.append((n, vs, flag))
        rows += f"<tr><td>{n}</td><td class='v {flag}'>{vs}</td><td class=f>{flag}</td><td>{u}</td><td>{lo:.{dec}f} – {hi:.{dec}f}</td></tr>"
    body = f"""<div class=d><h1>Meridian Diagnostics</h1><div class=sub>Clinical Laboratory · 14 Harcourt Road, Dublin 2 · Tel 01 478 2290</div>
<table class=pt><tr><td>Patient</td><td><b>Aoife Brennan</b></td><td>Sample ID</td><td>MD-26-118734</td></tr><tr><td>DOB</td><td>11/09/1984</td><td>Collected</td><td>04/03/2026 08:20</td></tr>
<tr><td>Requested by</td><td>Dr. Niall Costigan</td><td>Reported</td><td>05/03/2026</td></tr></table>
<table class=r><tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference range</th></tr>{rows}</table>
<p class=n>Results outside the reference range are flagged H (high) or L (low).</p></div>"""
    css = """.d{padding:36px 50px;font-size:16px}h1{margin:0;font-family:'P052';color:#223}.sub{color:#667;border-bottom:2px solid #223;padding-bottom:10px}
.pt{margin:16px 0;border-collapse:collapse}.pt td{padding:3px 18px 3px 0}.r{width:100%;border-collapse:collapse}.r th{text-align:left;border-bottom:1px solid #223;padding:7px}.r td{padding:7px;border-bottom:1px dotted #bbb}
.v.H,.v.L{font-weight:bold}.f{color:#b00;font-weight:bold}.n{font-size:13px;color:#667}"""
    render_html(sc, page(body, css, "C059"), 900, 900)
    nH = sum(1 for x in res if x[2] == "H")
    flagged = [x for x in res if x[2]]
    sc.q("how many results are flagged high", nH, "count", "count", False)
    g = [x for x in res if x[0] == "Fasting glucose"][0]
    sc.q("what was my fasting glucose", g[1], "number", "cell", True)
    sc.q("which doctor requested this", "Dr. Niall Costigan", "person", "party", True)
    return sc


SCENES = [rcpt_th_minimart, rcpt_ar_parrilla, rcpt_ch_grocery, rcpt_my_kopitiam, rcpt_cl_farmacia, ticket_jp_rail,
          ticket_ma_bus, inv_es_factura, inv_ae_tax, stmt_ph_card, stmt_no_bank, report_lab]
