"""Receipts, tickets and labels drawn with Pillow."""
from common import Canvas, Q, font, save_png, scene, fmt_us, fmt_de, r2, num


def receipt_canvas(lines, w, fkey, size, bg="#fbfaf6", fg="#1d1d1d", pad=26, lh=None):
    """lines: ('c', text) centred, ('l', text), ('lr', left, right), ('sep', ch), ('b', text) bold centre,
    ('blank',)"""
    lh = lh or int(size * 1.5)
    h = pad * 2 + lh * len(lines) + 20
    c = Canvas(w, h, bg)
    fn = font(fkey, size)
    fb = font(fkey + "-b", size + 2) if fkey + "-b" in __import__("common").F else fn
    y = pad
    for ln in lines:
        k = ln[0]
        if k == "c":
            c.text((w // 2, y), ln[1], fn, fg, anchor="ma")
        elif k == "b":
            c.text((w // 2, y), ln[1], fb, fg, anchor="ma")
        elif k == "l":
            c.text((pad, y), ln[1], fn, fg)
        elif k == "lr":
            c.text((pad, y), ln[1], fn, fg)
            c.text((w - pad, y), ln[2], fn, fg, anchor="ra")
        elif k == "lrb":
            c.text((pad, y), ln[1], fb, fg)
            c.text((w - pad, y), ln[2], fb, fg, anchor="ra")
        elif k == "sep":
            ch = ln[1]
            n = int((w - 2 * pad) / c.width(ch, fn))
            c.d.text((pad, y), ch * n, font=fn, fill=fg)
        y += lh
    # subtle paper edge
    c.d.rectangle([0, 0, w - 1, h - 1], outline="#d8d4c8")
    return c


@scene("rcpt_kr_convenience", "receipt", "Korean convenience-store receipt (KRW, VAT included)", "PIL")
def rcpt_kr(name, rng):
    items = [("Samgak Kimbap Tuna", 1, 1300), ("Banana Milk 240ml", 2, 1700), ("Shin Ramyun Cup", 1, 1500),
             ("Jeju Samdasoo 2L", 3, 1100), ("Pepero Almond", 1, 2000), ("Hot Bar Original", 2, 2300),
             ("Cass Fresh 500ml", 1, 2900)]
    rng.shuffle(items)
    items = items[:6]
    total = sum(q * p for _, q, p in items)
    vat = round(total / 11)
    supply = total - vat
    paid = 50000 if total > 20000 else 20000
    change = paid - total
    L = [("b", "GS24 Seoul Mapo Branch"), ("c", "Biz No. 105-87-44120  Tel 02-3142-7781"),
         ("c", "2024-11-08 21:47:12  POS 02"), ("sep", "-"), ("lr", "ITEM", "QTY    AMOUNT")]
    for n, q, p in items:
        L.append(("lr", n, f"{q}   {q * p:,}"))
    L += [("sep", "-"), ("lr", "Supply value", f"{supply:,}"), ("lr", "VAT", f"{vat:,}"),
          ("lrb", "TOTAL", f"\u20a9{total:,}"), ("lr", "Cash", f"{paid:,}"), ("lr", "Change", f"{change:,}"),
          ("sep", "-"), ("c", "Thank you! Receipt required for refunds")]
    c = receipt_canvas(L, 430, "dejavu-mono", 14)
    save_png(c.img, name)
    top = max(items, key=lambda t: t[1] * t[2])
    multi = sum(1 for _, q, _ in items if q > 1)
    return c.visible, [
        Q("what was the total on this receipt", f"\u20a9{total:,}", "money", "lookup", True),
        Q("which line cost the most?", top[0], "text", "argmax", True),
        Q("how many items did i buy more than one of", multi, "count", "count", False),
        Q("change given?", f"{change:,}", "money", "lookup", True),
    ]


@scene("rcpt_pe_cevicheria", "receipt", "Peruvian restaurant boleta (S/, IGV 18%)", "PIL")
def rcpt_pe(name, rng):
    items = [("Ceviche clasico", 2, 38.0), ("Causa limena", 1, 24.5), ("Chicha morada jarra", 1, 18.0),
             ("Arroz con mariscos", 1, 42.0), ("Inca Kola 500ml", 2, 6.5), ("Suspiro a la limena", 1, 14.0)]
    total = r2(sum(q * p for _, q, p in items))
    base = r2(total / 1.18)
    igv = r2(total - base)
    waiter = rng.choice(["Rosa Quispe", "Julio Huaman", "Carmen Flores"])
    L = [("b", "CEVICHERIA EL MUELLE S.A.C."), ("c", "RUC 20604418273"), ("c", "Av. Grau 814, Barranco - Lima"),
         ("c", "BOLETA DE VENTA ELECTRONICA"), ("c", "B002-00018342"), ("sep", "="),
         ("l", "Fecha: 15/03/2025   Hora: 14:22"), ("l", f"Mozo: {waiter}   Mesa: 7"), ("sep", "-")]
    for n, q, p in items:
        L.append(("lr", f"{q} x {n}", f"{q * p:.2f}"))
    L += [("sep", "-"), ("lr", "OP. GRAVADA", f"S/ {base:.2f}"), ("lr", "IGV 18%", f"S/ {igv:.2f}"),
          ("lrb", "IMPORTE TOTAL", f"S/ {total:.2f}"), ("sep", "="), ("c", "Pago: VISA ****4471"),
          ("c", "Gracias por su visita")]
    c = receipt_canvas(L, 440, "libmono", 14, bg="#ffffff")
    save_png(c.img, name)
    return c.visible, [
        Q("how much IGV was charged", f"S/ {igv:.2f}", "money", "lookup", True),
        Q("who was our waiter", waiter, "person", "party", True),
        Q("total we paid?", f"S/ {total:.2f}", "money", "lookup", True),
        Q("did we pay cash or card", "card", "text", "choice", False),
    ]


@scene("rcpt_is_fuel", "receipt", "Icelandic fuel-station receipt (ISK, litres)", "PIL")
def rcpt_is(name, rng):
    litres = 41.37
    price = 318.9
    amount = round(litres * price)
    shop = [("Kaffi stor", 590), ("Prins Polo", 249)]
    total = amount + sum(p for _, p in shop)
    vat = round(total * 24 / 124)
    L = [("b", "OLIS Nordurbraut"), ("c", "Nordurbraut 2, 230 Reykjanesbaer"), ("c", "kt. 500269-3249"),
         ("sep", "-"), ("l", "Dags: 02.09.2024  kl. 07:58"), ("l", "Dæla 4  Blýlaust 95"),
         ("lr", f"{fmt_de(litres)} L x {fmt_de(price, 1)} kr.", f"{amount:,} kr.".replace(",", ".")),
         ]
    for n, p in shop:
        L.append(("lr", n, f"{p:,} kr.".replace(",", ".")))
    L += [("sep", "-"), ("lrb", "SAMTALS", f"{total:,} kr.".replace(",", ".")),
          ("lr", "þar af VSK 24%", f"{vat:,} kr.".replace(",", ".")), ("lr", "Greitt með korti", "MASTERCARD"),
          ("sep", "-"), ("c", "Takk fyrir viðskiptin")]
    c = receipt_canvas(L, 420, "dejavu-mono", 14, bg="#f4f6f8")
    save_png(c.img, name)
    return c.visible, [
        Q("how many litres did I fill up", f"{litres:.2f}".replace(".", ","), "number", "lookup", True),
        Q("whats the total on this fuel receipt", f"{total:,} kr.".replace(",", "."), "money", "lookup", True),
        Q("how much did the shop items add on top of the fuel", f"{sum(p for _, p in shop):,} kr.".replace(",", "."),
          "money", "sum", False),
    ]


@scene("rcpt_id_warung", "receipt", "Indonesian restaurant bill (Rp, service 5% + PB1 10%)", "PIL")
def rcpt_id(name, rng):
    items = [("Nasi Goreng Kampung", 2, 35000), ("Sate Ayam (10 tusuk)", 1, 42000), ("Gado-gado", 1, 28000),
             ("Es Teh Manis", 3, 8000), ("Jus Alpukat", 1, 22000), ("Pisang Goreng", 1, 18000)]
    sub = sum(q * p for _, q, p in items)
    svc = round(sub * 0.05)
    pb1 = round((sub + svc) * 0.10)
    total = sub + svc + pb1
    rp = lambda v: "Rp " + f"{v:,}".replace(",", ".")
    L = [("b", "WARUNG BU RATNA"), ("c", "Jl. Kaliurang Km 5, Yogyakarta"), ("c", "Meja 12  |  Kasir: Dewi"),
         ("c", "21/06/2025  19:35"), ("sep", "-")]
    for n, q, p in items:
        L.append(("l", n))
        L.append(("lr", f"  {q} x " + f"{p:,}".replace(",", "."), f"{q * p:,}".replace(",", ".")))
    L += [("sep", "-"), ("lr", "Subtotal", rp(sub)), ("lr", "Service 5%", rp(svc)), ("lr", "PB1 10%", rp(pb1)),
          ("lrb", "TOTAL", rp(total)), ("sep", "-"), ("c", "Terima kasih, sampai jumpa lagi!")]
    c = receipt_canvas(L, 420, "incons", 16, bg="#fffdf7", lh=22)
    save_png(c.img, name)
    return c.visible, [
        Q("service charge amount?", rp(svc), "money", "lookup", True),
        Q("what's the difference between the total and the subtotal", rp(total - sub), "money", "difference", False),
        Q("how many glasses of es teh manis", 3, "count", "lookup", True),
    ]


@scene("rcpt_pt_taxi", "receipt", "Portuguese taxi receipt (EUR, km, IVA 6%)", "PIL")
def rcpt_pt(name, rng):
    km = 18.4
    base = 3.25
    per_km = 0.47
    fare = r2(base + km * per_km)
    extras = [("Bagagem", 1.60), ("Portagem", 2.05)]
    total = r2(fare + sum(v for _, v in extras))
    iva = r2(total - total / 1.06)
    e = lambda v: fmt_de(v) + " \u20ac"
    L = [("b", "TÁXIS LISBOA CENTRAL"), ("c", "NIF 509 874 112"), ("c", "Viatura 42-TX-87  Taxímetro 0713"),
         ("sep", "-"), ("lr", "Data", "11/10/2024"), ("lr", "Início", "23:41"), ("lr", "Fim", "00:07"),
         ("lr", "Tarifa", "2 (noturna)"), ("lr", "Distância", f"{fmt_de(km, 1)} km"), ("sep", "-"),
         ("lr", "Bandeirada", e(base)), ("lr", "Percurso", e(r2(km * per_km)))]
    for n, v in extras:
        L.append(("lr", n, e(v)))
    L += [("sep", "-"), ("lrb", "TOTAL", e(total)), ("lr", "IVA 6% incl.", e(iva)), ("sep", "-"),
          ("c", "Motorista: Nuno Carvalho"), ("c", "Obrigado e boa viagem")]
    c = receipt_canvas(L, 380, "nimbusmono", 15, bg="#ffffff")
    save_png(c.img, name)
    return c.visible, [
        Q("how far was the taxi ride", f"{fmt_de(km, 1)} km", "number", "lookup", True),
        Q("what did the ride cost per km overall (total / distance)?", num(total / km, 2), "number", "rate", False),
        Q("when did the trip end", "00:07", "time", "lookup", True),
    ]


@scene("ticket_nl_football", "ticket", "Dutch football match e-ticket (gate, block, row, seat)", "PIL")
def ticket_football(name, rng):
    w, h = 1000, 380
    c = Canvas(w, h, "#ffffff")
    d = c.d
    d.rectangle([0, 0, 700, h], fill="#c8102e")
    d.rectangle([700, 0, w, h], fill="#f3f3f3")
    for y in range(10, h, 16):
        d.line([700, y, 700, y + 8], fill="#999999", width=2)
    wh = "#ffffff"
    c.text((30, 24), "EREDIVISIE 2024/25  \u2022  SPEELRONDE 14", font("roboto-b", 18), "#ffd6dc")
    c.text((30, 60), "FC Haarlem Noord", font("roboto-b", 34), wh)
    c.text((30, 102), "vs  Almere Kust United", font("roboto", 28), wh)
    c.text((30, 150), "Zaterdag 7 december 2024", font("roboto", 20), wh)
    c.text((30, 178), "Aftrap 20:00  \u2022  Poort open 18:30", font("roboto", 20), wh)
    gate, block, row, seat = "C", "212", "17", "24"
    labels = [("POORT", gate), ("VAK", block), ("RIJ", row), ("STOEL", seat)]
    for i, (k, v) in enumerate(labels):
        x = 30 + i * 160
        c.text((x, 240), k, font("roboto", 15), "#ffd6dc")
        c.text((x, 262), v, font("roboto-b", 40), wh)
    c.text((30, 335), "Houder: L. van der Berg   \u2022   Prijs \u20ac 34,50", font("roboto", 16), wh)
    c.text((720, 30), "TOEGANGSBEWIJS", font("roboto-b", 18), "#333333")
    # pseudo barcode
    r = rng
    x = 730
    while x < 970:
        bw = r.choice([2, 3, 5])
        d.rectangle([x, 80, x + bw, 230], fill="#111111")
        x += bw + r.choice([2, 3, 4])
    code = "TKT-8830-2271-45"
    c.text((850, 250), code, font("dejavu-mono", 14), "#333333", anchor="ma")
    c.text((720, 300), "Poort C \u2022 Vak 212", font("roboto", 16), "#333333")
    save_png(c.img, name)
    return c.visible, [
        Q("which gate do I go in through", gate, "text", "lookup", True),
        Q("kick off time?", "20:00", "time", "lookup", True),
        Q("what's my seat number", seat, "text", "lookup", True),
    ]


@scene("ticket_at_museum", "ticket", "Vienna museum timed-entry ticket (EUR, 3 visitors)", "PIL")
def ticket_museum(name, rng):
    w, h = 620, 420
    c = Canvas(w, h, "#f5efe3")
    d = c.d
    d.rectangle([0, 0, w, 70], fill="#2b3a55")
    c.text((24, 20), "Kunsthaus am Ring  \u2013  Wien", font("p052", 26), "#f5efe3")
    c.text((24, 90), "Zeitfenster-Ticket", font("lato-b", 22), "#2b3a55")
    rows = [("Datum", "Sa, 19.04.2025"), ("Einlass", "10:30 \u2013 11:00"), ("Ausstellung", "Klimt & Schiele")]
    y = 130
    for k, v in rows:
        c.text((24, y), k, font("lato", 16), "#666666")
        c.text((170, y), v, font("lato-b", 17), "#222222")
        y += 30
    y += 10
    d.line([24, y, w - 24, y], fill="#b9ab90")
    y += 12
    tickets = [("Erwachsene", 2, 19.0), ("Jugendliche 6\u201318", 1, 9.5), ("Audioguide", 2, 4.0)]
    for k, q, p in tickets:
        c.text((24, y), f"{q} \u00d7 {k}", font("lato", 17), "#222222")
        c.text((w - 24, y), "\u20ac " + fmt_de(q * p), font("lato", 17), "#222222", anchor="ra")
        y += 28
    total = sum(q * p for _, q, p in tickets)
    d.line([24, y + 4, w - 24, y + 4], fill="#b9ab90")
    c.text((24, y + 14), "Gesamt", font("lato-b", 19), "#2b3a55")
    c.text((w - 24, y + 14), "\u20ac " + fmt_de(total), font("lato-b", 19), "#2b3a55", anchor="ra")
    c.text((24, h - 34), "Buchungsnr. KR-25-0419-7731  \u2022  nicht übertragbar", font("lato", 14), "#666666")
    save_png(c.img, name)
    return c.visible, [
        Q("what time slot is this ticket for", "10:30 \u2013 11:00", "time", "lookup", True),
        Q("booking number", "KR-25-0419-7731", "code", "lookup", True),
        Q("how much was the total", "\u20ac " + fmt_de(total), "money", "lookup", True),
    ]


@scene("label_nutrition", "label", "US-style nutrition facts label (granola)", "PIL")
def nutrition(name, rng):
    w, h = 420, 640
    c = Canvas(w, h, "#ffffff")
    d = c.d
    d.rectangle([10, 10, w - 10, h - 10], outline="#000000", width=2)
    c.text((22, 18), "Nutrition Facts", font("libsans-b", 36), "#000")
    c.text((22, 66), "8 servings per container", font("libsans", 16), "#000")
    c.text((22, 88), "Serving size", font("libsans-b", 18), "#000")
    c.text((w - 22, 88), "2/3 cup (55g)", font("libsans-b", 18), "#000", anchor="ra")
    d.rectangle([22, 114, w - 22, 124], fill="#000")
    c.text((22, 130), "Amount per serving", font("libsans-b", 13), "#000")
    c.text((22, 146), "Calories", font("libsans-b", 30), "#000")
    cal = 240
    c.text((w - 22, 142), str(cal), font("libsans-b", 36), "#000", anchor="ra")
    d.rectangle([22, 188, w - 22, 194], fill="#000")
    c.text((w - 22, 198), "% Daily Value*", font("libsans-b", 13), "#000", anchor="ra")
    rows = [("Total Fat", "9g", 12, 0), ("Saturated Fat", "1.5g", 8, 1), ("Trans Fat", "0g", None, 1),
            ("Cholesterol", "0mg", 0, 0), ("Sodium", "160mg", 7, 0), ("Total Carbohydrate", "35g", 13, 0),
            ("Dietary Fiber", "4g", 14, 1), ("Total Sugars", "12g", None, 1), ("Protein", "6g", None, 0)]
    y = 218
    for n, amt, dv, ind in rows:
        d.line([22, y - 3, w - 22, y - 3], fill="#000")
        x = 22 + ind * 20
        c.text((x, y), n, font("libsans-b" if not ind else "libsans", 16), "#000")
        c.text((x + c.width(n, font("libsans-b" if not ind else "libsans", 16)) + 6, y), amt, font("libsans", 16), "#000")
        if dv is not None:
            c.text((w - 22, y), f"{dv}%", font("libsans-b", 16), "#000", anchor="ra")
        y += 28
    d.rectangle([22, y, w - 22, y + 8], fill="#000")
    y += 16
    for n, v in [("Vitamin D 2mcg", "10%"), ("Calcium 45mg", "4%"), ("Iron 2.1mg", "12%"), ("Potassium 210mg", "4%")]:
        c.text((22, y), n, font("libsans", 15), "#000")
        c.text((w - 22, y), v, font("libsans", 15), "#000", anchor="ra")
        y += 24
    save_png(c.img, name)
    per = [r for r in rows if r[2] is not None]
    top = max(per, key=lambda r: r[2])
    return c.visible, [
        Q("how much sodium per serving", "160mg", "number", "lookup", True),
        Q("calories in the whole container?", cal * 8, "number", "rate", False),
        Q("which nutrient has the highest % daily value in the main list", top[0], "text", "argmax", True),
    ]
