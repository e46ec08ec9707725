"""Receipts, invoices, statements, tickets (PIL and HTML)."""
import datetime as dt

from common import Scene, Canvas, font, fmt, r2, render_html, clean_num


# ------------------------------------------------------------------ Swedish grocery receipt (PIL, mono)
def rcpt_se_grocery():
    s = Scene("rcpt_se_grocery", "receipt", "Swedish grocery receipt (SEK, decimal comma, moms 12 %)", "light", "PIL",
              "8 articles, total, moms, card payment")
    R = s.rng
    names = ["MELLANMJÖLK 1,5%", "KNÄCKEBRÖD RÅG", "FALUKORV", "LINGONSYLT", "KAFFE MELLANROST", "GURKA",
             "ÄGG 12-P", "KANELBULLAR 6-P", "PRÄSTOST", "POTATIS 2KG"]
    R.shuffle(names)
    items = []
    for n in names[:8]:
        items.append((n, r2(R.randint(900, 8900) / 100)))
    # make unique max
    prices = [p for _, p in items]
    assert len(set(prices)) == len(prices)
    total = r2(sum(prices))
    moms = r2(total - total / 1.12)
    netto = r2(total - moms)
    W = 460
    c = Canvas(s, W, 760, "#fbfbf7")
    fb = font("dejavumono", 20)
    f = font("dejavumono", 15)
    c.ctext(W // 2, 24, "MATBUTIKEN LINDHOLMEN", fb)
    c.ctext(W // 2, 52, "Lindholmsallén 14, 417 55 Göteborg", f)
    c.ctext(W // 2, 72, "Org.nr 556812-4470", f)
    d = dt.date(2025, 3, 14)
    c.text((20, 104), "Kvitto 0482-7731", f)
    c.rtext(W - 20, 104, "2025-03-14 17:42", f)
    c.line((20, 128, W - 20, 128), "#555")
    y = 140
    for n, p in items:
        c.text((20, y), n, f)
        c.rtext(W - 20, y, fmt(p, 2, " ", ","), f)
        y += 24
    c.line((20, y + 4, W - 20, y + 4), "#555")
    y += 14
    c.text((20, y), "ATT BETALA", fb)
    c.rtext(W - 20, y, fmt(total, 2, " ", ",") + " kr", fb)
    y += 40
    c.text((20, y), "Moms %    Moms     Netto    Brutto", f)
    y += 22
    c.text((20, y), f"12,00  {fmt(moms, 2, ' ', ','):>7}  {fmt(netto, 2, ' ', ','):>8}  {fmt(total, 2, ' ', ','):>8}", f)
    y += 34
    c.text((20, y), "Kort: VISA ************5817", f)
    y += 22
    c.text((20, y), "Kassör: Elin", f)
    y += 36
    c.ctext(W // 2, y, "TACK FÖR DITT BESÖK!", fb)
    c.finish(crop_to=y + 44)
    mx = max(items, key=lambda t: t[1])
    s.q("what did I pay in total on this receipt", fmt(total, 2, " ", ",") + " kr", "money", "lookup", True)
    s.q("which item was the most expensive?", mx[0], "text", "argmax", True)
    thr = 40
    s.q(f"how many things cost more than {thr} kr", sum(1 for p in prices if p > thr), "count", "count", False)
    s.q("How much VAT (moms) is included?", fmt(moms, 2, " ", ","), "money", "lookup", True)


# ------------------------------------------------------------------ Vietnamese café receipt (PIL)
def rcpt_vn_cafe():
    s = Scene("rcpt_vn_cafe", "receipt", "Vietnamese café bill (VND, dot thousands)", "light", "PIL",
              "drinks with quantities, VAT 8 %, total, cashier")
    R = s.rng
    menu = [("Cà phê sữa đá", 29000), ("Bạc xỉu", 35000), ("Trà đào cam sả", 45000), ("Cà phê trứng", 49000),
            ("Sinh tố bơ", 55000), ("Bánh mì pate", 25000), ("Nước ép dưa hấu", 39000)]
    R.shuffle(menu)
    lines = [(n, R.randint(1, 3), p) for n, p in menu[:5]]
    sub = sum(q * p for _, q, p in lines)
    vat = round(sub * 0.08)
    total = sub + vat
    W = 480
    c = Canvas(s, W, 700, "#ffffff")
    fb = font("latob", 24)
    f = font("lato", 17)
    fs = font("lato", 14)
    c.ctext(W // 2, 20, "CỘNG CÀ PHÊ — HOÀN KIẾM", fb)
    c.ctext(W // 2, 54, "27 Hàng Bạc, Hà Nội · 024 3926 1188", fs)
    c.ctext(W // 2, 80, "HÓA ĐƠN THANH TOÁN", font("latob", 18))
    c.text((24, 112), "Số HĐ: HK-20418", fs)
    c.rtext(W - 24, 112, "Ngày: 09/11/2024 08:37", fs)
    c.text((24, 132), "Thu ngân: Nguyễn Thị Mai", fs)
    c.text((24, 162), "Món", font("latob", 16))
    c.text((270, 162), "SL", font("latob", 16))
    c.rtext(W - 24, 162, "Thành tiền", font("latob", 16))
    c.line((24, 186, W - 24, 186), "#999")
    y = 196
    for n, q, p in lines:
        c.text((24, y), n, f)
        c.text((275, y), str(q), f)
        c.rtext(W - 24, y, fmt(q * p, 0, "."), f)
        c.text((24, y + 22), f"@ {fmt(p, 0, '.')}", fs, fill="#777")
        y += 50
    c.line((24, y, W - 24, y), "#999")
    y += 10
    for lab, v in [("Tạm tính", sub), ("VAT 8%", vat)]:
        c.text((24, y), lab, f)
        c.rtext(W - 24, y, fmt(v, 0, "."), f)
        y += 28
    c.text((24, y + 4), "TỔNG CỘNG", font("latob", 20))
    c.rtext(W - 24, y + 4, fmt(total, 0, ".") + " ₫", font("latob", 20))
    y += 50
    c.ctext(W // 2, y, "Cảm ơn quý khách! Wi-Fi: congcaphe / 12345678", fs)
    c.finish(crop_to=y + 34)
    big = max(lines, key=lambda t: t[1] * t[2])
    assert sum(1 for t in lines if t[1] * t[2] == big[1] * big[2]) == 1
    s.q("total bill?", fmt(total, 0, ".") + " ₫", "money", "lookup", True)
    s.q("who was the cashier", "Nguyễn Thị Mai", "person", "party", True)
    s.q("Which line cost the most money overall?", big[0], "text", "argmax", True)


# ------------------------------------------------------------------ Kenyan supermarket receipt (PIL)
def rcpt_ke_supermarket():
    s = Scene("rcpt_ke_supermarket", "receipt", "Kenyan supermarket receipt (KES, VAT 16 %, M-PESA)", "light",
              "PIL", "7 items, VAT-inclusive total, M-PESA reference")
    R = s.rng
    goods = ["UNGA WA NGANO 2KG", "SUKARI 1KG", "MAZIWA LALA 500ML", "ROYCO MCHUZI MIX", "KIMBO 1KG",
             "OMO 1KG", "TUSKER LAGER 500ML", "SUKUMA WIKI", "CHAI MASALA 250G"]
    R.shuffle(goods)
    items = [(g, R.choice([1, 1, 2, 3]), R.randint(45, 690)) for g in goods[:7]]
    total = sum(q * p for _, q, p in items)
    vat = r2(total * 16 / 116)
    ref = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    W = 440
    c = Canvas(s, W, 760, "#f7f7f2")
    f = font("libmono", 14)
    fb = font("libmono", 18)
    c.ctext(W // 2, 18, "MAMA PIMA SUPERMARKET", fb)
    c.ctext(W // 2, 44, "Moi Avenue, Nairobi  PIN P051734982K", f)
    c.ctext(W // 2, 64, "Tel 0722 418 390", f)
    c.text((16, 96), "TILL 04   RCPT 118274   21/06/2025", f)
    c.line((16, 120, W - 16, 120), "#444")
    y = 128
    for g, q, p in items:
        c.text((16, y), g, f)
        y += 20
        c.text((36, y), f"{q} x {fmt(p, 2)}", f)
        c.rtext(W - 16, y, fmt(q * p, 2), f)
        y += 22
    c.line((16, y, W - 16, y), "#444")
    y += 8
    c.text((16, y), "TOTAL KES", fb)
    c.rtext(W - 16, y, fmt(total, 2), fb)
    y += 32
    c.text((16, y), "VAT 16% INCL.", f)
    c.rtext(W - 16, y, fmt(vat, 2), f)
    y += 22
    c.text((16, y), f"ITEMS: {sum(q for _, q, _ in items)}", f)
    y += 30
    c.text((16, y), "PAID M-PESA", f)
    c.rtext(W - 16, y, fmt(total, 2), f)
    y += 20
    c.text((16, y), f"REF: {ref}", f)
    y += 34
    c.ctext(W // 2, y, "Goods once sold are not returnable", f)
    c.finish(crop_to=y + 30)
    s.q("whats the mpesa reference number", ref, "code", "lookup", True)
    s.q("How much was the VAT", fmt(vat, 2), "money", "lookup", True)
    onetwo = [t for t in items if t[1] >= 2]
    s.q("how many products did i buy more than one of?", len(onetwo), "count", "count", False)


# ------------------------------------------------------------------ Egyptian pharmacy receipt (PIL)
def rcpt_eg_pharmacy():
    s = Scene("rcpt_eg_pharmacy", "receipt", "Egyptian pharmacy receipt (EGP), cash with change", "light", "PIL",
              "5 medicines, discount, total, cash, change")
    R = s.rng
    meds = ["Panadol Extra 24 tab", "Augmentin 1g 14 tab", "Antinal 12 cap", "Vitacid C 1000", "Otrivin Spray",
            "Brufen 400mg 30 tab", "Betadine Gargle"]
    R.shuffle(meds)
    items = [(m, r2(R.randint(3500, 21000) / 100)) for m in meds[:5]]
    sub = r2(sum(p for _, p in items))
    disc = r2(sub * 0.05)
    total = r2(sub - disc)
    cash = float((int(total) // 100 + 1) * 100)
    change = r2(cash - total)
    W = 620
    c = Canvas(s, W, 620, "#ffffff")
    fb = font("opensansb", 22)
    f = font("opensans", 15)
    c.rect((0, 0, W, 70), fill="#0d7a5f")
    c.text((24, 18), "El Nour Pharmacy", fb, fill="#ffffff")
    c.rtext(W - 24, 26, "Heliopolis · Cairo", f, fill="#dff5ee")
    c.text((24, 86), "Invoice #: NP-66017", f)
    c.rtext(W - 24, 86, "Date: 03 Feb 2025  19:12", f)
    c.text((24, 108), "Pharmacist: Dr. Yara Hassan", f)
    y = 142
    c.rect((24, y, W - 24, y + 28), fill="#e6f2ee")
    c.text((32, y + 4), "Item", font("opensansb", 15))
    c.rtext(W - 32, y + 4, "Price (EGP)", font("opensansb", 15))
    y += 36
    for m, p in items:
        c.text((32, y), m, f)
        c.rtext(W - 32, y, fmt(p, 2), f)
        y += 26
    c.line((24, y + 4, W - 24, y + 4), "#bbb")
    y += 14
    for lab, v in [("Subtotal", fmt(sub, 2)), ("Discount 5%", "-" + fmt(disc, 2)), ("Total", fmt(total, 2)),
                   ("Cash", fmt(cash, 2)), ("Change", fmt(change, 2))]:
        ff = font("opensansb", 17) if lab == "Total" else f
        c.text((340, y), lab, ff)
        c.rtext(W - 32, y, v, ff)
        y += 26
    c.finish(crop_to=y + 20)
    s.q("how much change did they give back", fmt(change, 2), "money", "lookup", True)
    cheap = min(items, key=lambda t: t[1])
    s.q("cheapest item on this pharmacy receipt?", cheap[0], "text", "argmin", True)
    s.q("who is the pharmacist", "Dr. Yara Hassan", "person", "party", True)


# ------------------------------------------------------------------ Hungarian invoice (HTML)
def inv_hu_szamla():
    s = Scene("inv_hu_szamla", "invoice", "Hungarian invoice (HUF, space thousands, ÁFA 27 %)", "light", "HTML",
              "5 service lines, net/ÁFA/gross, due date, seller and buyer")
    R = s.rng
    svc = ["Weboldal karbantartás", "Tárhely díj (12 hó)", "SEO audit", "Grafikai tervezés", "Hírlevél sablon",
           "Domain regisztráció", "Fotózás (fél nap)"]
    R.shuffle(svc)
    lines = [(n, R.choice([1, 1, 2, 3]), R.randrange(8000, 180000, 500)) for n in svc[:5]]
    nets = [q * p for _, q, p in lines]
    assert len(set(nets)) == 5
    net = sum(nets)
    afa = round(net * 0.27)
    gross = net + afa
    ft = lambda v: fmt(v, 0, " ") + " Ft"
    rows = "".join(f"<tr><td>{i+1}</td><td>{n}</td><td class=r>{q} db</td><td class=r>{ft(p)}</td>"
                   f"<td class=r>27%</td><td class=r>{ft(q*p)}</td></tr>" for i, (n, q, p) in enumerate(lines))
    body = f"""<div class=page><div class=hdr><div><h1>SZÁMLA</h1><div class=num>Sorszám: BDK-2025/00317</div></div>
<div class=logo>Budakeszi Digitál Kft.</div></div>
<div class=two><div><b>Eladó</b><br>Budakeszi Digitál Kft.<br>2092 Budakeszi, Fő utca 88.<br>Adószám: 26418831-2-13</div>
<div><b>Vevő</b><br>Tiszavirág Panzió Bt.<br>5000 Szolnok, Kossuth tér 3.<br>Adószám: 21873350-1-16</div></div>
<table class=meta><tr><td>Teljesítés dátuma</td><td>Számla kelte</td><td>Fizetési határidő</td><td>Fizetési mód</td></tr>
<tr><th>2025.04.28.</th><th>2025.04.30.</th><th>2025.05.15.</th><th>Átutalás</th></tr></table>
<table class=items><tr><th>#</th><th>Megnevezés</th><th class=r>Menny.</th><th class=r>Egységár</th><th class=r>ÁFA</th><th class=r>Nettó érték</th></tr>
{rows}</table>
<table class=sum><tr><td>Nettó összesen</td><td class=r>{ft(net)}</td></tr><tr><td>ÁFA 27%</td><td class=r>{ft(afa)}</td></tr>
<tr class=g><td>Bruttó végösszeg</td><td class=r>{ft(gross)}</td></tr></table></div>"""
    css = """.page{padding:36px 44px;width:900px;font-size:15px;color:#222}.hdr{display:flex;justify-content:space-between;
border-bottom:3px solid #b5472b;padding-bottom:10px}h1{margin:0;font-size:34px;letter-spacing:3px;color:#b5472b}
.logo{font-size:20px;font-weight:bold;color:#444;align-self:center}.two{display:flex;gap:80px;margin:18px 0;line-height:1.5}
table{border-collapse:collapse;width:100%}.meta td{font-size:12px;color:#666;padding:4px 8px;background:#f4ece9}
.meta th{text-align:left;padding:6px 8px;border-bottom:1px solid #ddd}.items{margin-top:20px}.items th{background:#333;color:#fff;
padding:7px;text-align:left;font-size:13px}.items td{padding:7px;border-bottom:1px solid #e3e3e3}.r{text-align:right!important}
.sum{width:380px;margin:16px 0 0 auto}.sum td{padding:5px 8px}.g td{font-weight:bold;font-size:18px;border-top:2px solid #333}"""
    render_html(s, body, 990, 1000, css, font_family="Open Sans")
    s.q("mennyi a bruttó végösszeg? (total incl. VAT)", ft(gross), "money", "lookup", True)
    s.q("when is payment due", "2025.05.15.", "date", "lookup", True)
    cheap = min(lines, key=lambda t: t[1] * t[2])
    s.q("which line item has the lowest net value", cheap[0], "text", "argmin", True)
    s.q("who issued this invoice?", "Budakeszi Digitál Kft.", "text", "party", True)


# ------------------------------------------------------------------ New Zealand invoice with hours (HTML)
def inv_nz_freelance():
    s = Scene("inv_nz_freelance", "invoice", "New Zealand freelancer tax invoice (NZD, GST 15 %)", "light", "HTML",
              "hours and amounts per task, GST, total, bank account")
    R = s.rng
    tasks = ["Discovery workshop", "Wireframes", "Illustration set", "Front-end build", "Copy editing",
             "Accessibility review"]
    R.shuffle(tasks)
    lines = []
    for t in tasks[:4]:
        h = R.choice([2, 2.5, 4, 6, 7.5, 8, 10, 12])
        rate = R.choice([85, 95, 110, 120, 135])
        lines.append((t, h, rate, r2(h * rate)))
    sub = r2(sum(l[3] for l in lines))
    gst = r2(sub * 0.15)
    tot = r2(sub + gst)
    rows = "".join(f"<tr><td>{t}</td><td class=r>{clean_num(h)}</td><td class=r>${fmt(a)}</td></tr>" for t, h, _, a in lines)
    body = f"""<div class=wrap><div class=top><div class=brand>Kōwhai Studio</div><div class=ti>TAX INVOICE</div></div>
<div class=row><div>Billed to<br><b>Harbourside Kayak Hire Ltd</b><br>12 Marine Parade, Napier 4110</div>
<div class=meta>Invoice no. <b>KS-0394</b><br>Issued <b>2 June 2025</b><br>Due <b>16 June 2025</b><br>GST no. 118-204-665</div></div>
<table><tr><th>Description</th><th class=r>Hours</th><th class=r>Amount (NZD)</th></tr>{rows}
<tr class=t><td></td><td class=r>Subtotal</td><td class=r>${fmt(sub)}</td></tr>
<tr class=t><td></td><td class=r>GST 15%</td><td class=r>${fmt(gst)}</td></tr>
<tr class=tt><td></td><td class=r>Total due</td><td class=r>NZ${fmt(tot)}</td></tr></table>
<p class=bank>Please pay to ANZ 01-0827-0419283-00, reference KS-0394. Ngā mihi — Aroha Tane</p></div>"""
    css = """.wrap{width:760px;padding:40px;color:#1f2d2b;font-size:15px}.top{display:flex;justify-content:space-between;align-items:center}
.brand{font-size:28px;font-weight:bold;color:#c08a00}.ti{font-size:14px;letter-spacing:4px;color:#777}
.row{display:flex;justify-content:space-between;margin:26px 0;line-height:1.6}.meta{text-align:right}
table{width:100%;border-collapse:collapse}th{text-align:left;border-bottom:2px solid #c08a00;padding:8px 4px;font-size:13px;color:#555}
td{padding:8px 4px;border-bottom:1px solid #eee}.r{text-align:right}.t td{border:none;padding:4px}
.tt td{font-weight:bold;font-size:18px;border-top:2px solid #1f2d2b}.bank{margin-top:26px;font-size:13px;color:#555}"""
    render_html(s, body, 840, 900, css, font_family="Roboto")
    pick = lines[1]
    s.q(f"what hourly rate does the {pick[0].lower()} line work out to?", "$" + clean_num(pick[2]), "money",
        "rate", False)
    s.q("GST amount?", "$" + fmt(gst), "money", "lookup", True)
    s.q("total number of hours billed", clean_num(sum(l[1] for l in lines)), "number", "sum", False)


# ------------------------------------------------------------------ Irish hotel folio (HTML)
def folio_ie_hotel():
    s = Scene("folio_ie_hotel", "invoice", "Irish hotel guest folio (EUR)", "light", "HTML",
              "dated charges (room, breakfast, bar, minibar), payments, balance")
    R = s.rng
    start = dt.date(2025, 8, 11)
    nights = R.randint(3, 4)
    rows = []
    for i in range(nights):
        d = start + dt.timedelta(days=i)
        rows.append((d, "Room 214 – Superior Double", float(R.choice([189, 209, 229]))))
        if R.random() < 0.7:
            rows.append((d, "Minibar", r2(R.randint(450, 2400) / 100)))
        if R.random() < 0.6:
            rows.append((d, "The Snug Bar", r2(R.randint(1200, 5600) / 100)))
    rows.append((start + dt.timedelta(days=nights), "Full Irish Breakfast x2", 38.0))
    total = r2(sum(r[2] for r in rows))
    dep = r2(200.0)
    bal = r2(total - dep)
    fd = lambda d: d.strftime("%d/%m/%Y")
    trs = "".join(f"<tr><td>{fd(d)}</td><td>{t}</td><td class=r>€{fmt(a)}</td></tr>" for d, t, a in rows)
    body = f"""<div class=w><h2>The Claddagh House Hotel</h2><div class=sub>Quay Street, Galway · VAT IE 8251736T</div>
<div class=g><div>Guest: <b>Mr Tomás Whelan</b></div><div>Folio 77412</div><div>Arrival {fd(start)}</div>
<div>Departure {fd(start + dt.timedelta(days=nights))}</div></div>
<table><tr><th>Date</th><th>Description</th><th class=r>Charges</th></tr>{trs}
<tr class=s><td></td><td>Total charges</td><td class=r>€{fmt(total)}</td></tr>
<tr><td>{fd(start)}</td><td>Deposit – Mastercard</td><td class=r>−€{fmt(dep)}</td></tr>
<tr class=s><td></td><td>Balance due</td><td class=r>€{fmt(bal)}</td></tr></table></div>"""
    css = """.w{width:700px;padding:34px;font-family:'Liberation Serif';font-size:16px;color:#222}h2{margin:0;font-size:28px;color:#23452e}
.sub{color:#777;margin-bottom:16px}.g{display:grid;grid-template-columns:1fr 1fr;gap:6px;background:#f1f4ef;padding:12px;margin-bottom:16px}
table{width:100%;border-collapse:collapse}th{text-align:left;border-bottom:2px solid #23452e;padding:6px}td{padding:6px;border-bottom:1px dotted #bbb}
.r{text-align:right}.s td{font-weight:bold;border-bottom:1px solid #222}"""
    render_html(s, body, 780, 1100, css)
    mb = [a for _, t, a in rows if t == "Minibar"]
    s.q("how many nights was the stay", nights, "count", "count", False)
    s.q("add up all the minibar charges for me", "€" + fmt(sum(mb)), "money", "sum", False)
    s.q("Balance due on the folio?", "€" + fmt(bal), "money", "lookup", True)


# ------------------------------------------------------------------ Danish card statement (HTML)
def stmt_dk_card():
    s = Scene("stmt_dk_card", "statement", "Danish card statement (DKK, 1.234,50 format)", "light", "HTML",
              "12 card transactions with dates, merchants, amounts")
    R = s.rng
    merch = ["Netto", "Rema 1000", "7-Eleven Nørreport", "DSB Billetautomat", "Netto", "Lagkagehuset",
             "Matas", "Føtex", "Netto", "Tiger", "Circle K", "Irma"]
    R.shuffle(merch)
    days = sorted(R.sample(range(1, 29), 12))
    tx = []
    for d, m in zip(days, merch):
        tx.append((dt.date(2025, 2, d), m, r2(R.randint(2500, 98000) / 100)))
    amts = [t[2] for t in tx]
    assert len(set(amts)) == len(amts)
    tx_desc = list(reversed(tx))
    rows = "".join(f"<tr><td>{d.strftime('%d.%m.%Y')}</td><td>{m}</td><td class=r>-{fmt(a, 2, '.', ',')}</td></tr>"
                   for d, m, a in tx_desc)
    body = f"""<div class=app><div class=nav><span class=logo>Fjordbank</span><span>Konti</span><span class=on>Kort</span><span>Betalinger</span></div>
<div class=main><h3>Mastercard Debit ···· 4471</h3><div class=bal>Disponibelt: <b>{fmt(R.randint(300000,900000)/100,2,'.',',')} kr.</b></div>
<table><tr><th>Dato</th><th>Tekst</th><th class=r>Beløb (DKK)</th></tr>{rows}</table></div></div>"""
    css = """.app{width:1120px;font-size:15px;color:#1b1b1b}.nav{background:#0b3d6e;color:#cfe0f0;padding:16px 28px;display:flex;gap:34px}
.logo{font-weight:bold;color:#fff;font-size:19px;margin-right:30px}.on{color:#fff;border-bottom:2px solid #fff}
.main{padding:20px 28px}h3{margin:4px 0 4px}.bal{color:#555;margin-bottom:14px}table{width:100%;border-collapse:collapse}
th{text-align:left;font-size:13px;color:#666;border-bottom:1px solid #ccc;padding:8px}td{padding:8px;border-bottom:1px solid #eee}
tr:nth-child(odd) td{background:#f7f9fb}.r{text-align:right}"""
    render_html(s, body, 1180, 1000, css, font_family="Cantarell")
    mx = max(tx, key=lambda t: t[2])
    netto = [t[2] for t in tx if t[1] == "Netto"]
    s.q("where did i spend the most in one go", mx[1], "text", "argmax", True)
    s.q("total spent at Netto this month?", fmt(sum(netto), 2, ".", ",") + " kr", "money", "sum", False)
    s.q("date of the earliest transaction shown", tx[0][0].strftime("%d.%m.%Y"), "date", "earliest", True)


# ------------------------------------------------------------------ Nigerian mobile banking (HTML, dark phone)
def app_ng_bank():
    s = Scene("app_ng_bank", "statement", "Nigerian mobile banking app, dark (₦)", "dark", "HTML",
              "balance card and 8 recent transactions (credits/debits) with counterparties")
    R = s.rng
    people = ["Chidi Okafor", "Aisha Bello", "Tunde Adeyemi", "Ngozi Eze", "Emeka Nwosu", "Funmi Ajayi"]
    bills = ["DSTV Subscription", "Ikeja Electric", "MTN Airtime", "Shoprite Lekki", "Bolt Ride"]
    tx = []
    t0 = dt.datetime(2025, 5, 20, 9, 0)
    for i in range(8):
        t0 = t0 + dt.timedelta(hours=R.randint(3, 20), minutes=R.randint(0, 59))
        if R.random() < 0.4:
            tx.append((t0, "Transfer from " + R.choice(people), R.randrange(5000, 150000, 500), "cr"))
        else:
            tx.append((t0, R.choice(bills + ["Transfer to " + p for p in people[:2]]), R.randrange(1200, 60000, 100), "dr"))
    if not any(t[3] == "cr" for t in tx):
        tx[3] = (tx[3][0], "Transfer from Aisha Bello", 42000, "cr")
    bal = R.randrange(200000, 900000, 5)
    newest_first = list(reversed(tx))
    items = "".join(
        f"<div class=tx><div><div class=n>{n}</div><div class=d>{t.strftime('%d %b, %I:%M %p')}</div></div>"
        f"<div class='a {k}'>{'+' if k=='cr' else '−'}₦{fmt(a, 2)}</div></div>" for t, n, a, k in newest_first)
    body = f"""<div class=ph><div class=hi>Good evening, Kelechi</div><div class=card><div class=l>Available balance</div>
<div class=b>₦{fmt(bal, 2)}</div><div class=acc>Savings · 0123 884 512</div></div>
<div class=sec>Recent transactions</div>{items}</div>"""
    css = """.ph{width:400px;padding:22px;background:#0f1115;color:#e8e8ea;font-size:14px}.hi{font-size:18px;margin-bottom:14px}
.card{background:linear-gradient(135deg,#0f7a4a,#0a4d30);border-radius:16px;padding:18px}.l{color:#bfe8d2;font-size:13px}
.b{font-size:30px;font-weight:bold;margin:6px 0}.acc{color:#bfe8d2;font-size:12px}.sec{margin:20px 0 8px;color:#9aa0a6;font-size:13px;text-transform:uppercase}
.tx{display:flex;justify-content:space-between;padding:11px 0;border-bottom:1px solid #23262d}.n{font-size:15px}.d{color:#8a8f98;font-size:12px;margin-top:3px}
.a{font-weight:bold}.cr{color:#3ddc84}.dr{color:#ff8a80}"""
    render_html(s, body, 444, 1400, css, bg="#0f1115", font_family="Roboto")
    last_cr = [t for t in tx if t[3] == "cr"][-1]
    s.q("who sent me money most recently", last_cr[1].replace("Transfer from ", ""), "person", "latest", True)
    s.q("how many debits are on the list", sum(1 for t in tx if t[3] == "dr"), "count", "count", False)
    s.q("available balance?", "₦" + fmt(bal, 2), "money", "lookup", True)


# ------------------------------------------------------------------ Italian regional train ticket (PIL)
def ticket_it_train():
    s = Scene("ticket_it_train", "ticket", "Italian train ticket (EUR), landscape PIL", "light", "PIL",
              "route, train number, coach and seat, departure/arrival times, price")
    R = s.rng
    st = [("Bologna Centrale", "Firenze S.M.N."), ("Milano Centrale", "Verona Porta Nuova"),
          ("Napoli Centrale", "Salerno"), ("Torino Porta Nuova", "Genova Piazza Principe")]
    a, b = R.choice(st)
    dep = dt.datetime(2025, 7, 19, R.randint(6, 20), R.choice([5, 12, 25, 38, 50]))
    dur = R.randint(38, 118)
    arr = dep + dt.timedelta(minutes=dur)
    train = f"FR {R.randint(9500, 9699)}"
    coach = R.randint(1, 10)
    seat = f"{R.randint(1, 18)}{R.choice('ABCD')}"
    price = r2(R.randint(1990, 5990) / 100)
    W, H = 1000, 380
    c = Canvas(s, W, H, "#ffffff")
    c.rect((0, 0, W, 64), fill="#a3142b")
    c.text((26, 16), "Ferrovie Rapide", font("robotob", 26), fill="#fff")
    c.rtext(W - 26, 22, "BIGLIETTO / TICKET", font("roboto", 18), fill="#fff")
    f = font("roboto", 16)
    fl = font("roboto", 13)
    fb = font("robotob", 26)
    c.text((26, 86), "Partenza / Departure", fl, fill="#777")
    c.text((26, 106), a, fb)
    c.text((26, 142), dep.strftime("%H:%M"), font("robotob", 34), fill="#a3142b")
    c.text((520, 86), "Arrivo / Arrival", fl, fill="#777")
    c.text((520, 106), b, fb)
    c.text((520, 142), arr.strftime("%H:%M"), font("robotob", 34), fill="#a3142b")
    c.line((26, 200, W - 26, 200), "#ddd", 2)
    fields = [("Data", dep.strftime("%d/%m/%Y")), ("Treno", train), ("Carrozza", str(coach)), ("Posto", seat),
              ("Classe", "2"), ("Passeggero", "GIULIA FERRARI")]
    x = 26
    for k, v in fields:
        c.text((x, 214), k, fl, fill="#777")
        c.text((x, 234), v, font("robotob", 18))
        x += 160
    c.text((26, 290), "PNR  QX7LMB", f)
    c.text((26, 316), "Non rimborsabile · Non-refundable", fl, fill="#777")
    c.rtext(W - 26, 296, f"€ {fmt(price, 2, '.', ',')}", font("robotob", 30))
    c.finish()
    s.q("what seat am i in", seat, "code", "lookup", True)
    s.q("How long is the journey in minutes?", dur, "number", "subtract", False)
    s.q("train number", train, "code", "lookup", True)


# ------------------------------------------------------------------ Austrian ski pass (PIL)
def pass_at_ski():
    s = Scene("pass_at_ski", "ticket", "Austrian ski lift pass (card)", "light", "PIL",
              "holder, validity dates, price, pass type")
    R = s.rng
    days = R.choice([3, 4, 6])
    start = dt.date(2026, 1, R.randint(3, 20))
    end = start + dt.timedelta(days=days - 1)
    price = {3: 189.5, 4: 244.0, 6: 339.0}[days]
    W, H = 640, 400
    c = Canvas(s, W, H, "#e9eef3")
    c.rect((20, 20, W - 20, H - 20), fill="#ffffff", outline="#9bb", radius=22)
    c.rect((20, 20, W - 20, 100), fill="#1c5fa8", radius=22)
    c.rect((20, 70, W - 20, 100), fill="#1c5fa8")
    c.text((44, 36), "SKIWELT ARLBERGTAL", font("latob", 28), fill="#fff")
    c.text((44, 112), f"{days}-Tages-Skipass · Erwachsene", font("latob", 20), fill="#1c5fa8")
    f = font("lato", 15)
    fb = font("latob", 19)
    for i, (k, v) in enumerate([("Name", "Lukas Steinberger"), ("Gültig ab", start.strftime("%d.%m.%Y")),
                                ("Gültig bis", end.strftime("%d.%m.%Y")), ("Preis", f"EUR {fmt(price, 2, '.', ',')}"),
                                ("Kartennr.", "01-1614 7720-3318-9")]):
        c.text((44, 156 + i * 42), k, f, fill="#666")
        c.text((180, 154 + i * 42), v, fb)
    c.d.rectangle((470, 170, 590, 290), fill="#ddd")
    c.d.text((492, 220), "FOTO", font=font("latob", 22), fill="#888")
    c.finish()
    s.q("until when is this ski pass valid", end.strftime("%d.%m.%Y"), "date", "lookup", True)
    s.q("whose pass is it?", "Lukas Steinberger", "person", "party", True)
    s.q("price per day of this pass", "EUR " + fmt(price / days, 2, '.', ','), "money", "rate", False)


ALL = [rcpt_se_grocery, rcpt_vn_cafe, rcpt_ke_supermarket, rcpt_eg_pharmacy, inv_hu_szamla, inv_nz_freelance,
       folio_ie_hotel, stmt_dk_card, app_ng_bank, ticket_it_train, pass_at_ski]
