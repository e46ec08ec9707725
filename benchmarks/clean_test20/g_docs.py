"""Receipts, tickets (PIL) and invoices / statements (HTML via chromium)."""
import datetime as dt

from PIL import Image, ImageDraw

from common import Scene, Canvas, font, fmt_cents, inr, render_html, esc, rng, save_png

SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


def thermal(sc, rows, width=430, fname="DejaVuSansMono.ttf", size=17, paper=(251, 250, 245),
            bg=(196, 199, 204), ink=(35, 35, 40), pad=26, lh=None):
    lh = lh or int(size * 1.45)
    f = font(fname, size)
    bold = {"DejaVuSansMono.ttf": "DejaVuSansMono-Bold.ttf", "LiberationMono-Regular.ttf": "LiberationMono-Bold.ttf",
            "Hack-Regular.ttf": "Hack-Bold.ttf"}.get(fname, fname)
    fb = font(bold, size + 4)
    # pass 1: height
    y = 40 + pad
    for r in rows:
        if r[0] == "c" and len(r) > 2 and r[2]:
            y += lh + 6
        elif r[0] == "lr" and len(r) > 3 and r[3]:
            y += lh + 6
        elif r[0] == "sp":
            y += r[1]
        else:
            y += lh
    y_end = y + pad
    zig = 10
    H = int(y_end + zig + 40)
    cv = Canvas(sc, width + 80, H, bg)
    pts = [(40, 40), (40 + width, 40)]
    xx = 40 + width
    while xx > 40:
        pts.append((xx, y_end))
        pts.append((xx - zig / 2, y_end + zig))
        xx -= zig
    pts.append((40, y_end))
    cv.d.polygon([(px + 5, py + 5) for px, py in pts], fill=(160, 162, 166))
    cv.d.polygon(pts, fill=paper)
    x0, x1 = 40 + pad, 40 + width - pad
    y = 40 + pad
    for r in rows:
        kind = r[0]
        if kind == "c":
            fnt = fb if len(r) > 2 and r[2] else f
            cv.ctext((x0 + x1) // 2, y, r[1], fnt, ink)
            y += lh + (6 if fnt is fb else 0)
        elif kind == "l":
            cv.text((x0, y), r[1], f, ink)
            y += lh
        elif kind == "lr":
            fnt = fb if len(r) > 3 and r[3] else f
            cv.text((x0, y), r[1], fnt, ink)
            cv.rtext(x1, y, r[2], fnt, ink)
            y += lh + (6 if fnt is fb else 0)
        elif kind == "hr":
            ch = r[1] if len(r) > 1 else "-"
            n = int((x1 - x0) / cv.tw(ch, f))
            cv.d.text((x0, y), ch * n, font=f, fill=ink)
            y += lh
        elif kind == "sp":
            y += r[1]
    cv.save()


# ------------------------------------------------------------------ receipts

@scene
def rcpt_pl():
    sc = Scene("rcpt_pl_zabka", "receipt", "Polish till receipt (PARAGON FISKALNY, PLN, decimal comma, PTU A/B)")
    items = [("Chleb żytni 500g", 1, 549, "B"), ("Masło ekstra 200g", 1, 799, "B"), ("Kawa mielona 250g", 1, 1899, "A"),
             ("Jogurt naturalny", 3, 229, "B"), ("Płyn do naczyń", 1, 1149, "A"), ("Jabłka luz kg", 1, 612, "B"),
             ("Baterie AA 4szt", 1, 1699, "A")]
    r = rng(sc.name)
    rows = [("c", "ZIELONY KOSZYK Sp. z o.o.", True), ("c", "ul. Długa 17, 31-147 Kraków"), ("c", "NIP 676-23-45-118"),
            ("hr", "-"), ("c", "PARAGON FISKALNY", True), ("hr", "-")]
    tot = 0
    ptuA = ptuB = 0
    for n, qn, p, t in items:
        amt = qn * p
        tot += amt
        if t == "A":
            ptuA += amt
        else:
            ptuB += amt
        rows.append(("l", n))
        rows.append(("lr", f"   {qn} x{fmt_cents(p, ' ', ',')}", f"{fmt_cents(amt, ' ', ',')} {t}"))
    vatA = round(ptuA * 23 / 123)
    vatB = round(ptuB * 8 / 108)
    rows += [("hr", "-"), ("lr", "Sprzed. opod. PTU A", fmt_cents(ptuA, ' ', ',')), ("lr", "Kwota PTU A 23%", fmt_cents(vatA, ' ', ',')),
             ("lr", "Sprzed. opod. PTU B", fmt_cents(ptuB, ' ', ',')), ("lr", "Kwota PTU B 8%", fmt_cents(vatB, ' ', ',')),
             ("lr", "Suma PTU", fmt_cents(vatA + vatB, ' ', ',')), ("hr", "="),
             ("lr", "SUMA PLN", fmt_cents(tot, ' ', ','), True), ("hr", "="),
             ("lr", "Karta płatnicza", fmt_cents(tot, ' ', ',')), ("sp", 8),
             ("l", "2026-03-14 18:42    nr wydr. 004127"), ("l", "Kasa 2   Kasjer: Agnieszka"), ("sp", 6), ("c", "DZIĘKUJEMY ZA ZAKUPY")]
    thermal(sc, rows, width=440, fname="DejaVuSansMono.ttf", size=16)
    big = max(items, key=lambda i: i[1] * i[2])
    sc.q("ile wyszło razem na tym paragonie? (total)", fmt_cents(tot, ' ', ','), "money", "lookup", True)
    sc.q("which thing on this receipt cost the most", big[0], "text", "argmax", True)
    sc.q("how many of the products are in tax group B?", sum(1 for i in items if i[3] == "B"), "count", "count", False)
    return sc


@scene
def rcpt_jp():
    sc = Scene("rcpt_jp_konbini", "receipt", "Japanese convenience-store receipt (yen, 8%/10% tax, change)")
    items = [("おにぎり 鮭", 160, True), ("Green Tea 500ml", 138, True), ("カップヌードル", 214, True),
             ("Umbrella (vinyl)", 580, False), ("Sandwich Tamago", 298, True), ("Battery AAx2", 358, False)]
    sub = sum(p for _, p, _ in items)
    s8 = sum(p for _, p, f in items if f)
    s10 = sub - s8
    t8 = s8 * 8 // 100
    t10 = s10 * 10 // 100
    total = sub + t8 + t10
    paid = 3000 if total < 3000 else 5000
    change = paid - total
    y = lambda v: f"¥{v:,}"
    rows = [("c", "サンライズマート", True), ("c", "SUNRISE MART 中央駅前店"), ("c", "TEL 03-5812-4470"),
            ("l", "2026年 5月 9日(土) 21:07"), ("l", "レジ#2  責No.118"), ("hr", "-")]
    for n, p, f in items:
        rows.append(("lr", ("*" if f else " ") + n, y(p)))
    rows += [("hr", "-"), ("lr", "小計", y(sub)), ("lr", "(8%対象", y(s8) + ")"), ("lr", "(8%消費税", y(t8) + ")"),
             ("lr", "(10%対象", y(s10) + ")"), ("lr", "(10%消費税", y(t10) + ")"),
             ("lr", "合計", y(total), True), ("lr", "お預り", y(paid)), ("lr", "お釣り", y(change), True), ("sp", 6),
             ("l", "* は軽減税率(8%)対象商品"), ("c", "ありがとうございました")]
    thermal(sc, rows, width=400, fname="ipag.ttf", size=18)
    sc.q("how much change should i have gotten back", y(change), "money", "lookup", True)
    sc.q("How many items on this receipt were at the reduced 8% rate?", sum(1 for i in items if i[2]), "count", "count", False)
    return sc


@scene
def rcpt_in():
    sc = Scene("rcpt_in_restaurant", "receipt", "Indian restaurant bill (₹, CGST/SGST 2.5%, GSTIN)")
    items = [("Paneer Tikka", 1, 32000), ("Dal Makhani", 1, 27500), ("Butter Naan", 4, 6000), ("Veg Biryani", 2, 29000),
             ("Mango Lassi", 3, 12000), ("Gulab Jamun", 2, 9500)]
    rows = [("c", "SPICE ROUTE KITCHEN", True), ("c", "12th Main, Indiranagar, Bengaluru"), ("c", "GSTIN: 29AAKFS4418M1Z7"),
            ("hr", "-"), ("l", "Bill No: SRK/2627/01893"), ("l", "Date: 21-08-2026   Time: 21:34"), ("l", "Table: T7    Covers: 4"),
            ("hr", "-"), ("lr", "Item            Qty   Rate", "Amount"), ("hr", "-")]
    sub = 0
    for n, qn, p in items:
        a = qn * p
        sub += a
        rows.append(("lr", f"{n[:16]:<16}{qn:>3} {inr(p):>8}", inr(a)))
    cg = round(sub * 0.025)
    total = sub + 2 * cg
    rnd = (round(total / 100) * 100) - total
    grand = total + rnd
    rows += [("hr", "-"), ("lr", "Sub Total", inr(sub)), ("lr", "CGST @ 2.5%", inr(cg)), ("lr", "SGST @ 2.5%", inr(cg)),
             ("lr", "Round Off", ("-" if rnd < 0 else "+") + f"0.{abs(rnd):02d}"), ("hr", "="),
             ("lr", "GRAND TOTAL  ₹", inr(grand), True), ("hr", "="), ("l", "Paid via UPI"), ("c", "Thank you! Visit again")]
    thermal(sc, rows, width=470, fname="DejaVuSansMono.ttf", size=15)
    pt = items[0][1] * items[0][2] + items[4][1] * items[4][2]
    sc.q("whats the GSTIN on this bill", "29AAKFS4418M1Z7", "code", "lookup", True)
    sc.q("paneer tikka plus the lassis - how much is that together", inr(pt), "money", "sum", False)
    return sc


@scene
def rcpt_br():
    sc = Scene("rcpt_br_padaria", "receipt", "Brazilian bakery cupom fiscal (R$, decimal comma, troco)")
    items = [("PAO FRANCES", 8, 75), ("CAFE COADO 200ML", 2, 650), ("PAO DE QUEIJO", 6, 180), ("SUCO LARANJA 300ML", 1, 990),
             ("BOLO DE FUBA FATIA", 2, 720), ("MANTEIGA 200G", 1, 1449)]
    br = lambda c: fmt_cents(c, ".", ",")
    rows = [("c", "PADARIA PÃO DOURADO LTDA", True), ("c", "Rua Augusta, 1502 - São Paulo/SP"), ("c", "CNPJ 12.418.337/0001-52"),
            ("hr", "-"), ("c", "CUPOM FISCAL ELETRÔNICO - SAT"), ("hr", "-"), ("l", "#  DESCRIÇÃO        QTD UN  VL.UN"), ("hr", "-")]
    tot = 0
    for i, (n, qn, p) in enumerate(items, 1):
        a = qn * p
        tot += a
        rows.append(("l", f"{i:03d} {n}"))
        rows.append(("lr", f"      {qn} UN x {br(p)}", br(a)))
    paid = 10000
    rows += [("hr", "-"), ("lr", "TOTAL R$", br(tot), True), ("lr", "Dinheiro", br(paid)), ("lr", "Troco R$", br(paid - tot)),
             ("hr", "-"), ("l", "18/09/2026 07:52:31"), ("c", "Volte sempre!")]
    thermal(sc, rows, width=430, fname="LiberationMono-Regular.ttf", size=16)
    a = items[3][1] * items[3][2]
    b = items[4][1] * items[4][2]
    sc.q("quanto foi o troco?", br(paid - tot), "money", "lookup", True)
    sc.q("difference between what the juice line and the two bolo slices cost?", br(abs(a - b)), "money", "difference", False)
    return sc


@scene
def rcpt_za():
    sc = Scene("rcpt_za_fuel", "receipt", "South African fuel-station slip (R, litres, shop items)")
    litres = 4231  # centi-litres
    ppl = 2314  # cents per litre
    fuel = round(litres * ppl / 100)
    shop = [("Biltong 100g", 6499), ("Coke 440ml", 1899), ("Windscreen wash", 3450)]
    stot = sum(p for _, p in shop)
    total = fuel + stot
    z = lambda c: "R " + fmt_cents(c, ",", ".")
    rows = [("c", "KAROO FUEL STOP", True), ("c", "N1 Highway, Beaufort West"), ("c", "VAT No 4710263385"), ("hr", "-"),
            ("l", "Pump 05   ULP 95"), ("lr", "Litres", f"{litres / 100:.2f}"), ("lr", "Price/L", z(ppl)), ("lr", "Fuel amount", z(fuel)),
            ("hr", "-"), ("l", "SHOP")]
    for n, p in shop:
        rows.append(("lr", n, z(p)))
    rows += [("lr", "Shop total", z(stot)), ("hr", "="), ("lr", "TOTAL", z(total), True), ("hr", "="),
             ("l", "CARD  **** **** **** 6402"), ("l", "AUTH 093371   APPROVED"), ("l", "2026/12/27 15:18"), ("c", "Drive safe!")]
    thermal(sc, rows, width=400, fname="Inconsolata.otf", size=19, paper=(247, 247, 240))
    sc.q("what did I spend in total at the garage?", z(total), "money", "lookup", True)
    sc.q("was the biltong more expensive than the windscreen wash", "yes" if shop[0][1] > shop[2][1] else "no", "yesno", "compare_more", False)
    return sc


# ------------------------------------------------------------------ tickets

@scene
def ticket_ferry():
    sc = Scene("ticket_ferry_gr", "ticket", "Greek ferry e-ticket (PIL, boarding pass style)")
    cv = Canvas(sc, 980, 400, (233, 238, 243))
    blue = (12, 74, 130)
    cv.d.rounded_rectangle([20, 20, 960, 380], 18, fill="white", outline=(190, 200, 210))
    cv.d.rounded_rectangle([20, 20, 960, 86], 18, fill=blue)
    cv.d.rectangle([20, 60, 960, 86], fill=blue)
    cv.text((44, 36), "AEGEAN BLUE LINES", font("Roboto-Bold.ttf", 28), "white")
    cv.rtext(936, 42, "E-TICKET / ΗΛΕΚΤΡΟΝΙΚΟ ΕΙΣΙΤΗΡΙΟ", font("Roboto-Regular.ttf", 18), "white")
    lab = font("Roboto-Regular.ttf", 15)
    val = font("Roboto-Medium.ttf", 22)
    big = font("Roboto-Bold.ttf", 40)
    grey = (110, 120, 130)
    dep, arr = dt.datetime(2026, 7, 14, 7, 25), dt.datetime(2026, 7, 14, 13, 10)
    cv.text((44, 110), "FROM", lab, grey)
    cv.text((44, 130), "PIRAEUS", big, (20, 20, 30))
    cv.text((340, 110), "TO", lab, grey)
    cv.text((340, 130), "NAXOS", big, (20, 20, 30))
    cv.text((260, 140), "→", font("DejaVuSans.ttf", 34), blue)
    fields = [("DATE", "14/07/2026"), ("DEPARTURE", "07:25"), ("ARRIVAL", "13:10"), ("VESSEL", "Blue Meltemi")]
    for i, (k, v) in enumerate(fields):
        x = 44 + i * 150
        cv.text((x, 200), k, lab, grey)
        cv.text((x, 220), v, val, (20, 20, 30))
    f2 = [("PASSENGER", "KOSTAS MAVRIDIS"), ("CLASS", "Economy"), ("SEAT", "Deck 5 - 114B"), ("FARE", "€ 61.50")]
    xs = [44, 330, 470, 650]
    for x, (k, v) in zip(xs, f2):
        cv.text((x, 270), k, lab, grey)
        cv.text((x, 290), v, val, (20, 20, 30))
    cv.text((44, 340), "Booking ref: ABL-7Q4K2M   Check-in closes 30 min before departure.", lab, grey)
    for i in range(0, 300, 14):
        cv.d.line([(760, 100 + i), (760, 107 + i)], fill=(180, 190, 200), width=2)
    r = rng(sc.name)
    for i in range(17):
        for j in range(17):
            if r.random() < 0.5 or (i < 4 and j < 4) or (i < 4 and j > 12) or (i > 12 and j < 4):
                cv.d.rectangle([790 + i * 8, 130 + j * 8, 797 + i * 8, 137 + j * 8], fill=(20, 20, 30))
    cv.save()
    mins = int((arr - dep).total_seconds() // 60)
    sc.q("what time does the boat leave piraeus?", "07:25", "time", "lookup", True)
    sc.q("how long is the crossing", f"{mins // 60} h {mins % 60} min", "text", "difference", False)
    sc.q("Whose name is on the ticket?", "KOSTAS MAVRIDIS", "person", "party", True)
    return sc


@scene
def ticket_cinema():
    sc = Scene("ticket_cinema_cz", "ticket", "Czech cinema ticket, dark (PIL)")
    cv = Canvas(sc, 560, 300, (30, 30, 36))
    gold = (232, 186, 80)
    cv.d.rounded_rectangle([16, 16, 544, 284], 14, fill=(18, 18, 24), outline=gold, width=2)
    for y in range(30, 280, 18):
        cv.d.ellipse([402, y, 410, y + 8], fill=(30, 30, 36))
    cv.text((36, 30), "KINO AURORA  ·  BRNO", font("Cantarell-Bold.otf", 22) if False else font("Lato-Bold.ttf", 22), gold)
    cv.text((36, 66), "Strážce majáku", font("Lato-Black.ttf", 30), "white")
    cv.text((36, 104), "The Lantern Keeper (2026) · titulky", font("Lato-Regular.ttf", 15), (180, 180, 190))
    L = font("Lato-Regular.ttf", 14)
    V = font("Lato-Bold.ttf", 22)
    for i, (k, v) in enumerate([("SÁL", "4"), ("ŘADA", "H"), ("MÍSTO", "12")]):
        cv.text((36 + i * 110, 146), k, L, (170, 170, 180))
        cv.text((36 + i * 110, 164), v, V, "white")
    cv.text((36, 210), "Pá 16. 10. 2026   20:15", font("Lato-Bold.ttf", 20), gold)
    cv.text((36, 244), "Vstupné 189 Kč   ·   Doklad č. 88120457", L, (170, 170, 180))
    cv.text((420, 60), "VSTUPENKA", font("Lato-Bold.ttf", 16), gold)
    cv.text((420, 100), "Sál 4", L, "white")
    cv.text((420, 122), "H / 12", V, "white")
    cv.text((420, 160), "20:15", V, "white")
    cv.save()
    sc.q("when does it start", "20:15", "time", "lookup", True)
    sc.q("which film is this ticket for?", "Strážce majáku", "text", "title", True)
    return sc


@scene
def ticket_parking():
    sc = Scene("ticket_parking_uk", "ticket", "UK car-park exit receipt (PIL, narrow)")
    entry, exit_ = dt.datetime(2026, 2, 11, 8, 47), dt.datetime(2026, 2, 11, 17, 12)
    mins = int((exit_ - entry).total_seconds() // 60)
    hours = -(-mins // 60)
    fee = hours * 240
    rows = [("c", "CITYPARK", True), ("c", "Wellington St Car Park, Leeds"), ("hr", "-"), ("lr", "Ticket", "0047-88213"),
            ("lr", "Entry", "11/02/26 08:47"), ("lr", "Exit", "11/02/26 17:12"), ("lr", "Tariff", "£2.40/hr or part"),
            ("hr", "-"), ("lr", "AMOUNT PAID", "£" + fmt_cents(fee), True), ("lr", "Contactless", "VISA ..3318"), ("hr", "-"),
            ("c", "VAT Reg 318 4402 77"), ("c", "Thank you - drive safely")]
    thermal(sc, rows, width=340, fname="Hack-Regular.ttf", size=15, paper=(255, 253, 240))
    sc.q("how long was I parked there", f"{mins // 60} h {mins % 60} min", "text", "difference", False)
    sc.q("what did parking cost me", "£" + fmt_cents(fee), "money", "lookup", True)
    return sc


# ------------------------------------------------------------------ invoices (HTML)

@scene
def inv_cz():
    sc = Scene("inv_cz_faktura", "invoice", "Czech invoice (Faktura, Kč, DPH 21%), HTML A4-like")
    cz = lambda c: fmt_cents(c, "\u00a0", ",") + "\u00a0Kč"
    lines = [("Návrh loga a vizuální identity", 1, "ks", 1850000), ("Tisk vizitek 2 × 250 ks", 2, "bal", 129000),
             ("Úprava webových stránek", 14, "hod", 95000), ("Fotografie produktů", 22, "ks", 45000), ("Hosting na 12 měsíců", 1, "ks", 360000)]
    rows = ""
    base = 0
    for n, qn, u, p in lines:
        a = qn * p
        base += a
        rows += f"<tr><td>{esc(n)}</td><td class=r>{qn}</td><td>{u}</td><td class=r>{cz(p)}</td><td class=r>21 %</td><td class=r>{cz(a)}</td></tr>"
    dph = round(base * 0.21)
    tot = base + dph
    css = """body{font-family:'Open Sans';margin:0;background:#fff;color:#222;font-size:14px}
    .pg{padding:40px 48px}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #b3261e;padding-bottom:14px}
    h1{font-size:26px;margin:0;color:#b3261e}.sm{color:#666;font-size:13px}.cols{display:flex;gap:40px;margin:22px 0}
    .box{flex:1;border:1px solid #ddd;padding:12px 16px;border-radius:4px}.box b{display:block;margin-bottom:4px}
    table{width:100%;border-collapse:collapse;margin-top:10px}th{background:#f3eeee;text-align:left;padding:7px;font-size:13px}
    td{padding:7px;border-bottom:1px solid #eee}.r{text-align:right}.tot{width:340px;margin-left:auto;margin-top:14px}
    .tot td{border:none;padding:4px 7px}.big td{font-size:18px;font-weight:700;border-top:2px solid #b3261e}"""
    body = f"""<div class=pg><div class=hd><div><h1>FAKTURA – daňový doklad</h1><div class=sm>č. 2026-0418 · VS 20260418</div></div>
    <div style='text-align:right'><b>Studio Vltava s.r.o.</b><div class=sm>Dodavatel</div></div></div>
    <div class=cols><div class=box><span class=sm>Dodavatel</span><b>Studio Vltava s.r.o.</b>Na Poříčí 1041/12<br>110 00 Praha 1<br>IČO: 27184502 · DIČ: CZ27184502</div>
    <div class=box><span class=sm>Odběratel</span><b>Pekárna U Mlýna a.s.</b>Mlýnská 8<br>602 00 Brno<br>IČO: 46351207 · DIČ: CZ46351207</div>
    <div class=box><span class=sm>Datum vystavení</span><b>03.04.2026</b><span class=sm>Datum splatnosti</span><b>17.04.2026</b><span class=sm>Forma úhrady</span><b>převodem</b></div></div>
    <table><tr><th>Položka</th><th class=r>Množství</th><th>MJ</th><th class=r>Cena/MJ</th><th class=r>DPH</th><th class=r>Celkem bez DPH</th></tr>{rows}</table>
    <table class=tot><tr><td>Základ daně</td><td class=r>{cz(base)}</td></tr><tr><td>DPH 21 %</td><td class=r>{cz(dph)}</td></tr>
    <tr class=big><td>Celkem k úhradě</td><td class=r>{cz(tot)}</td></tr></table>
    <p class=sm>Bankovní účet: 2401887365/2010 · IBAN CZ65 2010 0000 0024 0188 7365</p></div>"""
    render_html(sc, body, 1000, css=css)
    sc.q("who is this invoice from?", "Studio Vltava s.r.o.", "text", "party", True)
    sc.q("when do I have to pay it by", "17.04.2026", "date", "lookup", True)
    sc.q("celkem k úhradě?", cz(tot), "money", "lookup", True)
    return sc


@scene
def inv_ca():
    sc = Scene("inv_ca_quebec", "invoice", "Québec bilingual invoice (CAD, GST/TPS 5% + QST/TVQ 9.975%)")
    c = lambda v: "$" + fmt_cents(v)
    lines = [("Brand workshop (half day)", 1, 120000), ("Menu redesign – print files", 1, 85000),
             ("Illustrations, spot", 6, 7500), ("Revisions (hourly)", 3.5, 9000)]
    body_rows = ""
    sub = 0
    for n, qn, p in lines:
        a = round(qn * p)
        sub += a
        body_rows += f"<tr><td>{esc(n)}</td><td>{qn:g}</td><td>{c(p)}</td><td>{c(a)}</td></tr>"
    gst = round(sub * 0.05)
    qst = round(sub * 0.09975)
    tot = sub + gst + qst
    css = """body{margin:0;font-family:Lato;background:#f4f1ea;color:#2b2b2b}.wrap{margin:30px;background:#fff;padding:36px 44px;box-shadow:0 2px 8px #0002}
    .top{display:flex;justify-content:space-between}.logo{font-family:'Liberation Serif';font-size:30px;color:#2f5d50}
    h2{letter-spacing:3px;font-weight:400;color:#2f5d50;margin:0}table{width:100%;border-collapse:collapse;margin-top:24px}
    th{border-bottom:2px solid #2f5d50;text-align:left;padding:8px;font-size:13px;text-transform:uppercase;color:#2f5d50}
    td{padding:8px;border-bottom:1px solid #e6e2d8}td:nth-child(n+2),th:nth-child(n+2){text-align:right}
    .sum{width:360px;margin-left:auto}.sum td{border:none}.grand td{font-weight:700;font-size:18px;background:#eef4f1}
    .meta td{border:none;padding:2px 8px}"""
    body = f"""<div class=wrap><div class=top><div><div class=logo>Atelier Boréal Design inc.</div>
    <div>4210 rue Saint-Denis, Montréal QC H2J 2K8</div><div>TPS/GST 784512036 RT0001 · TVQ/QST 1224589631 TQ0001</div></div>
    <div style='text-align:right'><h2>FACTURE / INVOICE</h2><table class=meta style='margin-top:8px;width:auto;margin-left:auto'>
    <tr><td>No.</td><td><b>AB-2026-073</b></td></tr><tr><td>Date</td><td>2026-06-02</td></tr><tr><td>Échéance / Due</td><td>2026-07-02</td></tr></table></div></div>
    <p style='margin-top:26px'><b>Facturé à / Bill to:</b><br>Cafés Mistral<br>88 boul. René-Lévesque O., Québec QC</p>
    <table><tr><th>Description</th><th>Qty</th><th>Rate</th><th>Amount</th></tr>{body_rows}</table>
    <table class=sum><tr><td>Sous-total / Subtotal</td><td>{c(sub)}</td></tr><tr><td>TPS / GST 5%</td><td>{c(gst)}</td></tr>
    <tr><td>TVQ / QST 9.975%</td><td>{c(qst)}</td></tr><tr class=grand><td>Total (CAD)</td><td>{c(tot)}</td></tr></table></div>"""
    render_html(sc, body, 1100, css=css, bg=(244, 241, 234))
    sc.q("invoice number?", "AB-2026-073", "code", "lookup", True)
    sc.q("Who was this invoice billed to", "Cafés Mistral", "text", "party", True)
    sc.q("what's the combined sales tax (gst+qst)", c(gst + qst), "money", "sum", False)
    return sc


@scene
def inv_au():
    sc = Scene("inv_au_plumber", "invoice", "Australian tax invoice (ABN, GST-inclusive), dark-header HTML")
    c = lambda v: "$" + fmt_cents(v)
    lines = [("Call-out fee", 1, 9900), ("Labour (hours)", 2.5, 11800), ("Hot water system tempering valve", 1, 18650),
             ("Copper fittings & sundries", 1, 4275), ("Disposal of old unit", 1, 6500)]
    tr = ""
    tot = 0
    for n, qn, p in lines:
        a = round(qn * p)
        tot += a
        tr += f"<tr><td>{esc(n)}</td><td>{qn:g}</td><td>{c(p)}</td><td>{c(a)}</td></tr>"
    gst = round(tot / 11)
    css = """body{margin:0;font-family:Roboto;color:#1d2733;background:#fff}.hd{background:#1d2733;color:#fff;padding:26px 40px;display:flex;justify-content:space-between}
    .hd h1{margin:0;font-weight:300;font-size:34px}.c{padding:26px 40px}table{width:100%;border-collapse:collapse}
    th{background:#e9eef3;padding:9px;text-align:left}td{padding:9px;border-bottom:1px solid #e9eef3}
    td:nth-child(n+2),th:nth-child(n+2){text-align:right}.due{background:#f5a623;color:#1d2733;padding:14px 20px;font-size:20px;font-weight:700;display:inline-block;margin-top:16px}"""
    body = f"""<div class=hd><div><h1>TAX INVOICE</h1><div>Invoice #00512 · Issued 09/10/2026</div></div>
    <div style='text-align:right'><b style='font-size:20px'>Harbourside Plumbing Pty Ltd</b><br>ABN 53 604 117 982<br>Lic. 271633C · 0412 880 451</div></div>
    <div class=c><p><b>Customer:</b> Priya Raman, 17 Quay Lane, Balmain NSW 2041</p>
    <table><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Total</th></tr>{tr}</table>
    <p style='text-align:right'>Total (incl. GST) <b>{c(tot)}</b><br>GST included {c(gst)}</p>
    <div class=due>AMOUNT DUE {c(tot)} · due 23/10/2026</div></div>"""
    render_html(sc, body, 900, css=css)
    sc.q("what's the ABN of the plumber", "53 604 117 982", "code", "lookup", True)
    sc.q("how many line items are on the invoice", len(lines), "count", "count", False)
    return sc


# ------------------------------------------------------------------ statements

@scene
def stmt_sg():
    sc = Scene("stmt_sg_card", "statement", "Singapore credit-card e-statement (S$, CR credits), 1200 px")
    tx = [("03 Nov", "GRAB* RIDE SINGAPORE", 1860), ("04 Nov", "COLD STORAGE JELITA", 8745), ("06 Nov", "GRAB* FOOD 8812", 2390),
          ("09 Nov", "SINGAPORE AIRLINES", 64210), ("11 Nov", "PAYMENT - THANK YOU", -120000), ("13 Nov", "UNIQLO ION ORCHARD", 15990),
          ("15 Nov", "GRAB* RIDE SINGAPORE", 1240), ("18 Nov", "SP DIGITAL UTILITIES", 13822), ("21 Nov", "SHOPEE SG", 4599),
          ("24 Nov", "NETFLIX.COM", 1998), ("27 Nov", "GRAB* FOOD 9130", 3115)]
    prev = 131240
    purchases = sum(a for _, _, a in tx if a > 0)
    credits = -sum(a for _, _, a in tx if a < 0)
    bal = prev + purchases - credits
    minpay = max(5000, round(bal * 0.03))
    s = lambda v: fmt_cents(abs(v)) + (" CR" if v < 0 else "")
    rows = "".join(f"<tr><td>{d}</td><td>{esc(n)}</td><td class=r>{s(a)}</td></tr>" for d, n, a in tx)
    css = """body{margin:0;font-family:'Liberation Sans';background:#eef1f5;color:#1b2430;font-size:14px}
    .bar{background:#7a0c2e;color:#fff;padding:16px 36px;font-size:22px;font-weight:700}.main{display:flex;gap:24px;padding:24px 36px}
    .side{width:330px}.card{background:#fff;border-radius:8px;padding:18px 20px;margin-bottom:16px;box-shadow:0 1px 3px #0002}
    .k{color:#667;font-size:12px;text-transform:uppercase;margin-top:10px}.v{font-size:20px;font-weight:700}
    table{width:100%;border-collapse:collapse}th{text-align:left;border-bottom:2px solid #7a0c2e;padding:8px}td{padding:8px;border-bottom:1px solid #e3e7ee}.r{text-align:right}"""
    body = f"""<div class=bar>Merlion Bank · Visa Signature Statement</div><div class=main><div class=side>
    <div class=card><div class=k>Card holder</div><div>TAN WEI LING</div><div class=k>Card number</div><div>4119 •••• •••• 2087</div>
    <div class=k>Statement date</div><div>30 Nov 2026</div></div>
    <div class=card><div class=k>Total amount due</div><div class=v>S${fmt_cents(bal)}</div><div class=k>Minimum payment due</div><div class=v>S${fmt_cents(minpay)}</div>
    <div class=k>Payment due date</div><div class=v>21 Dec 2026</div></div>
    <div class=card><div class=k>Previous balance</div><div>S${fmt_cents(prev)}</div><div class=k>Credit limit</div><div>S$18,000.00</div></div></div>
    <div class='card' style='flex:1'><b style='font-size:16px'>Transactions</b><table><tr><th>Date</th><th>Description</th><th class=r>Amount (S$)</th></tr>{rows}</table></div></div>"""
    render_html(sc, body, 1200, css=css, bg=(238, 241, 245))
    big = max(tx, key=lambda t: t[2])
    sc.q("when is my payment due", "21 Dec 2026", "date", "lookup", True)
    sc.q("biggest single charge this month was at which merchant", big[1], "text", "argmax", True)
    sc.q("how many Grab transactions are there (rides + food)", sum(1 for t in tx if t[1].startswith("GRAB")), "count", "count", False)
    return sc


@scene
def stmt_mx():
    sc = Scene("stmt_mx_app", "statement", "Mexican mobile banking app, dark, movements list (MXN)")
    tx = [("Hoy", "OXXO Insurgentes", "Compra", -8950), ("Hoy", "Transferencia de Lucía Ortega", "SPEI recibido", 150000),
          ("Ayer", "Uber *Trip", "Compra", -12400), ("Ayer", "OXXO Roma Nte", "Compra", -4520), ("12 oct", "CFE Suministro", "Pago de servicio", -61800),
          ("12 oct", "Spotify", "Cargo recurrente", -11900), ("11 oct", "Soriana Híper", "Compra", -93275)]
    m = lambda v: ("−" if v < 0 else "+") + "$" + fmt_cents(abs(v))
    bal = 2417690
    items = ""
    last = None
    for d, n, k, a in tx:
        if d != last:
            items += f"<div class=day>{d}</div>"
            last = d
        col = "#ff7a7a" if a < 0 else "#5fe3a1"
        items += f"<div class=tx><div><div class=n>{esc(n)}</div><div class=k>{k}</div></div><div style='color:{col}' class=a>{m(a)}</div></div>"
    css = """body{margin:0;background:#0f1115;font-family:Roboto;color:#e8eaf0}.ph{width:420px;margin:0 auto;padding:18px}
    .bal{background:linear-gradient(135deg,#3b1f7a,#1c4f8c);border-radius:16px;padding:20px}.bal .l{opacity:.8;font-size:13px}.bal .v{font-size:30px;font-weight:700}
    .day{margin:18px 0 6px;color:#8a90a0;font-size:13px;text-transform:uppercase}.tx{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #22262e}
    .n{font-size:15px}.k{font-size:12px;color:#8a90a0}.a{font-weight:500}"""
    body = f"""<div class=ph><div style='display:flex;justify-content:space-between;margin-bottom:14px'><b>Banco Nopal</b><span>Cuenta •• 7731</span></div>
    <div class=bal><div class=l>Saldo disponible</div><div class=v>${fmt_cents(bal)} MXN</div></div>
    <div style='margin-top:16px;font-size:17px;font-weight:500'>Movimientos</div>{items}</div>"""
    render_html(sc, body, 460, css=css, bg=(15, 17, 21))
    oxxo = -sum(a for _, n, _, a in tx if n.startswith("OXXO"))
    sc.q("cuál fue mi último movimiento", tx[0][1], "text", "latest", True)
    sc.q("how much did I spend at OXXO altogether", "$" + fmt_cents(oxxo), "money", "sum", False)
    return sc
