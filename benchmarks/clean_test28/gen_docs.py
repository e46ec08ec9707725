"""Documents: receipts, invoices, bills, statements, forms (PIL and HTML)."""
import datetime as dt

from common import (Canvas, font, q, scene, rng, render_html, us, eu, sp, nstr, uniq_max,
                    uniq_min, add_text)


# ---------------------------------------------------------------- Polish receipt (PIL, mono)
def pl_receipt():
    name = "pl_receipt"
    r = rng(name)
    scene(name, "document", "till receipt (paragon fiskalny), Poland, PLN", "thermal paper, mono",
          "grocery receipt, decimal comma, PTU rates")
    pool = [("Chleb żytni 500g", 6.49, "C"), ("Masło extra 200g", 8.99, "C"), ("Jaja M 10szt", 11.49, "C"),
            ("Kawa ziarnista 1kg", 54.99, "A"), ("Ser gouda plastry", 7.79, "C"), ("Pomidory luz", 9.98, "C"),
            ("Woda gaz. 1,5L", 2.19, "A"), ("Płyn do naczyń", 12.49, "A"), ("Jogurt natur.", 3.29, "C"),
            ("Czekolada gorzka", 5.99, "A"), ("Makaron penne", 4.89, "C"), ("Sok jabłkowy 1L", 6.99, "A")]
    items = r.sample(pool, 8)
    rows = []
    for n, p, v in items:
        qty = r.choice([1, 1, 1, 2, 3])
        rows.append((n, qty, p, round(qty * p, 2), v))
    top = uniq_max(rows, key=lambda x: x[3])
    total = round(sum(x[3] for x in rows), 2)
    paid = 100.0 if total < 100 else 200.0
    W = 440
    c = Canvas(W, 900, "#fbfaf6")
    f = font("Liberation Mono", 15)
    fb = font("Liberation Mono:bold", 17)
    y = 20
    for s, ff in (("DELIKATESY \"POD LIPĄ\" sp. z o.o.", fb), ("ul. Długa 17, 80-831 Gdańsk", f),
                  ("NIP 583-221-47-09", f)):
        c.ctext(W // 2, y, s, ff, "#222"); y += 22
    y += 6
    c.text((20, y), "2024-03-16", f, "#222"); c.rtext(W - 20, y, "nr wydr. 104/2291", f, "#222"); y += 24
    c.ctext(W // 2, y, "PARAGON FISKALNY", fb, "#111"); y += 30
    for n, qty, p, lt, v in rows:
        c.text((20, y), n, f, "#222"); y += 19
        c.text((40, y), f"{qty} x{p:.2f}".replace(".", ","), f, "#222")
        c.rtext(W - 20, y, f"{lt:.2f}{v}".replace(".", ","), f, "#222"); y += 24
    c.line((20, y, W - 20, y), "#777"); y += 8
    ta = sum(x[3] for x in rows if x[4] == "A"); tc = sum(x[3] for x in rows if x[4] == "C")
    c.text((20, y), "Sp.op.A", f, "#222"); c.rtext(W - 20, y, f"{ta:.2f}".replace(".", ","), f, "#222"); y += 20
    c.text((20, y), "PTU A 23,00 %", f, "#222"); c.rtext(W - 20, y, f"{ta * 23 / 123:.2f}".replace(".", ","), f, "#222"); y += 20
    c.text((20, y), "Sp.op.C", f, "#222"); c.rtext(W - 20, y, f"{tc:.2f}".replace(".", ","), f, "#222"); y += 20
    c.text((20, y), "PTU C 5,00 %", f, "#222"); c.rtext(W - 20, y, f"{tc * 5 / 105:.2f}".replace(".", ","), f, "#222"); y += 26
    tot_s = f"{total:.2f}".replace(".", ",")
    c.text((20, y), "SUMA PLN", fb, "#000"); c.rtext(W - 20, y, tot_s, fb, "#000"); y += 30
    c.text((20, y), "Gotówka", f, "#222"); c.rtext(W - 20, y, f"{paid:.2f}".replace(".", ","), f, "#222"); y += 20
    change = round(paid - total, 2)
    c.text((20, y), "Reszta", f, "#222"); c.rtext(W - 20, y, f"{change:.2f}".replace(".", ","), f, "#222"); y += 30
    c.ctext(W // 2, y, "#Kasa 2   Kasjer: Agnieszka W.   14:52", f, "#444"); y += 22
    c.ctext(W // 2, y, "DZIĘKUJEMY ZA ZAKUPY", f, "#444"); y += 40
    c.save(name, crop_h=y)
    q("what's the total on this receipt", tot_s, "money", "lookup", True)
    q("which line on the receipt has the highest amount?", top[0], "text", "argmax", True)


# ---------------------------------------------------------------- Quebec restaurant bill (HTML)
def ca_bill():
    name = "ca_resto_bill"
    r = rng(name)
    scene(name, "document", "restaurant bill, Montréal (CAD, TPS/TVQ)", "light, serif",
          "bilingual bill with GST/QST lines and server name")
    menu = [("Soupe à l'oignon", 11.50), ("Tartare de saumon", 19.00), ("Poutine classique", 14.25),
            ("Steak frites", 34.00), ("Burger du chef", 22.50), ("Salade César", 13.75),
            ("Crème brûlée", 9.50), ("Verre de rouge", 12.00), ("Bière locale", 8.75), ("Café allongé", 3.95)]
    lines = [(n, r.choice([1, 1, 2]), p) for n, p in r.sample(menu, 6)]
    sub = round(sum(qt * p for _, qt, p in lines), 2)
    gst = round(sub * 0.05, 2)
    qst = round(sub * 0.09975, 2)
    tot = round(sub + gst + qst, 2)
    server = r.choice(["Mathieu L.", "Sophie B.", "Karim D.", "Élodie P."])
    rowsh = "".join(f"<tr><td>{qt}</td><td>{n}</td><td class=r>{qt * p:.2f} $</td></tr>" for n, qt, p in lines)
    body = f"""
<div class=bill><h1>Bistro Le Vieux Quai</h1><div class=sub>412, rue Saint-Paul O., Montréal QC<br>
TPS/GST 812477310 RT0001 · TVQ/QST 1220049911 TQ0001</div>
<div class=meta><span>Table 14 · 3 couverts</span><span>Serveur/Server: {server}</span></div>
<div class=meta><span>2024-05-09 20:41</span><span>Facture no 88213</span></div>
<table>{rowsh}</table>
<table class=tot><tr><td>Sous-total / Subtotal</td><td class=r>{sub:.2f} $</td></tr>
<tr><td>TPS / GST 5 %</td><td class=r>{gst:.2f} $</td></tr>
<tr><td>TVQ / QST 9,975 %</td><td class=r>{qst:.2f} $</td></tr>
<tr class=big><td>TOTAL</td><td class=r>{tot:.2f} $</td></tr></table>
<div class=foot>Pourboire non inclus — Tip not included<br>Merci et à bientôt!</div></div>"""
    css = """.bill{width:430px;margin:30px auto;padding:26px 30px;background:#fffef8;box-shadow:0 2px 12px #0003;
font-family:'P052',serif;color:#2b2118}h1{text-align:center;font-size:26px;margin:0 0 6px}
.sub{text-align:center;font-size:12px;color:#6b5a48;line-height:1.5}.meta{display:flex;justify-content:space-between;
font-size:14px;margin-top:10px}table{width:100%;border-collapse:collapse;margin-top:14px;font-size:15px}
td{padding:4px 2px}.r{text-align:right}.tot{border-top:1px dashed #8a7763}.big td{font-size:19px;font-weight:bold;
border-top:2px solid #2b2118}.foot{text-align:center;font-size:13px;margin-top:16px;color:#6b5a48}"""
    render_html(name, body, 560, 900, css, bg="#d9d3c7")
    q("how much was the QST", f"{qst:.2f} $", "money", "lookup", True)
    q("who was our server?", server, "person", "party", True)


# ---------------------------------------------------------------- Turkish invoice (PIL serif)
def tr_invoice():
    name = "tr_fatura"
    r = rng(name)
    scene(name, "document", "e-Arşiv fatura, Türkiye (TRY, KDV)", "light, serif, A4-ish",
          "invoice with 1.234,56 TL numbers, buyer block, KDV 20%")
    prods = [("Endüstriyel mikser 5L", 18450.00), ("Paslanmaz tezgah 120cm", 12990.00),
             ("Gastronom küvet seti", 2349.90), ("Terazi 30kg dijital", 4120.00),
             ("Bıçak seti 6'lı", 1875.50), ("Kesme tahtası (yeşil)", 389.00)]
    lines = [(n, r.randint(1, 3), p) for n, p in r.sample(prods, 4)]
    net = round(sum(a * p for _, a, p in lines), 2)
    kdv = round(net * 0.20, 2)
    tot = round(net + kdv, 2)
    buyer = r.choice(["Karadeniz Lokanta Gıda Ltd. Şti.", "Ege Sofrası Restoran A.Ş.", "Boğaz Mutfak Gıda Ltd. Şti."])
    inv = f"GIB2024{r.randint(100000000, 999999999)}"
    W = 900
    c = Canvas(W, 820, "#ffffff")
    fb = font("Liberation Serif:bold", 26); f = font("Liberation Serif", 16); fsb = font("Liberation Serif:bold", 16)
    c.text((40, 30), "ANADOLU MUTFAK EKİPMANLARI A.Ş.", fb, "#7a1010")
    c.text((40, 66), "Organize Sanayi Bölgesi 4. Cad. No:12, Konya · VKN 0681234570", f, "#333")
    c.rect((580, 110, 860, 210), outline="#7a1010", width=2)
    c.text((595, 120), "e-ARŞİV FATURA", fsb, "#7a1010")
    c.text((595, 146), f"Fatura No: {inv}", f)
    c.text((595, 170), "Tarih: 11.04.2024", f)
    c.text((40, 120), "SAYIN", fsb)
    c.text((40, 144), buyer, f)
    c.text((40, 168), "Atatürk Bulvarı 55/3, Trabzon", f)
    c.text((40, 192), "VKN 4410098765", f)
    y = 250
    c.rect((40, y, 860, y + 30), fill="#7a1010")
    for x, s in ((50, "Ürün / Hizmet"), (470, "Miktar"), (560, "Birim Fiyat"), (720, "Tutar")):
        c.text((x, y + 6), s, fsb, "#fff")
    y += 38
    for n, a, p in lines:
        c.text((50, y), n, f); c.text((480, y), f"{a} Adet", f)
        c.rtext(690, y, eu(p) + " TL", f); c.rtext(850, y, eu(a * p) + " TL", f)
        y += 30
        c.line((40, y - 6, 860, y - 6), "#ddd")
    y += 20
    for lab, v, ff in (("Mal Hizmet Toplam Tutarı", net, f), ("Hesaplanan KDV (%20)", kdv, f),
                       ("Ödenecek Tutar", tot, fsb)):
        c.text((520, y), lab, ff); c.rtext(850, y, eu(v) + " TL", ff); y += 28
    y += 20
    c.text((40, y), "Ödeme: Havale/EFT · IBAN TR33 0006 1005 1978 6457 8413 26 · Vade: 30 gün", f, "#555")
    c.save(name, crop_h=y + 50)
    q("who is this invoice addressed to", buyer, "person", "party", True)
    q("KDV amount?", eu(kdv) + " TL", "money", "lookup", True)


# ---------------------------------------------------------------- Irish electricity bill (HTML)
def ie_bill():
    name = "ie_electricity"
    r = rng(name)
    scene(name, "document", "electricity bill, Ireland (EUR)", "light, teal accent, 1180 px",
          "day/night units, standing charge, PSO levy, VAT 9%, MPRN")
    day_u = r.randint(480, 820); night_u = r.randint(210, 460)
    dr, nr = 0.3712, 0.1984
    days = 61
    sc = round(0.6211 * days, 2)
    pso = 3.23
    dc, nc = round(day_u * dr, 2), round(night_u * nr, 2)
    subtotal = round(dc + nc + sc + pso, 2)
    vat = round(subtotal * 0.09, 2)
    total = round(subtotal + vat, 2)
    mprn = "10" + "".join(str(r.randint(0, 9)) for _ in range(9))
    holder = r.choice(["Siobhán Ní Bhriain", "Declan Moriarty", "Aoife Gallagher"])
    due = dt.date(2024, 7, 1) + dt.timedelta(days=r.randint(3, 20))
    due_s = due.strftime("%d %B %Y").lstrip("0")
    body = f"""
<div class=top><div class=logo>Liffey<b>Power</b></div><div class=hdr>Your electricity bill<br><small>Bill number 7719-20440-3</small></div></div>
<div class=wrap><div class=left>
<div class=card><h3>Account holder</h3><p>{holder}<br>14 Orchard Grove<br>Ballincollig, Co. Cork<br>P31 X2E8</p>
<h3>MPRN</h3><p class=mono>{mprn}</p><h3>Billing period</h3><p>1 April 2024 – 31 May 2024 ({days} days)</p></div>
<div class=card due><h3>Amount due</h3><div class=amt>€{total:.2f}</div><p>Due date: <b>{due_s}</b><br>Paid by Direct Debit</p></div>
</div><div class=right><h2>Bill details</h2><table>
<tr><th>Charge</th><th>Units (kWh)</th><th>Rate</th><th>Amount</th></tr>
<tr><td>Day units</td><td>{day_u}</td><td>€{dr:.4f}</td><td>€{dc:.2f}</td></tr>
<tr><td>Night units</td><td>{night_u}</td><td>€{nr:.4f}</td><td>€{nc:.2f}</td></tr>
<tr><td>Standing charge</td><td>{days} days</td><td>€0.6211</td><td>€{sc:.2f}</td></tr>
<tr><td>PSO levy</td><td></td><td></td><td>€{pso:.2f}</td></tr>
<tr class=s><td>Subtotal</td><td></td><td></td><td>€{subtotal:.2f}</td></tr>
<tr><td>VAT @ 9%</td><td></td><td></td><td>€{vat:.2f}</td></tr>
<tr class=t><td>Total</td><td></td><td></td><td>€{total:.2f}</td></tr></table>
<p class=note>Meter 24117790 · Reading type: Actual (A) · Tariff: Home Saver Day/Night</p></div></div>"""
    css = """body{color:#1d3b3a}.top{display:flex;justify-content:space-between;align-items:center;background:#0f766e;color:#fff;padding:18px 36px}
.logo{font-size:30px}.hdr{text-align:right;font-size:20px}.wrap{display:flex;gap:30px;padding:26px 36px}.left{width:330px}
.card{background:#f0fdfa;border:1px solid #99d5cf;border-radius:10px;padding:14px 18px;margin-bottom:18px}
h3{margin:10px 0 2px;font-size:13px;text-transform:uppercase;color:#0f766e}.card p{margin:2px 0 6px;font-size:15px}
.amt{font-size:38px;font-weight:bold}.mono{font-family:'DejaVu Sans Mono'}.right{flex:1}
table{width:100%;border-collapse:collapse;font-size:16px}th{text-align:left;border-bottom:2px solid #0f766e;padding:8px}
td{padding:8px;border-bottom:1px solid #d6e9e6}.s td{font-weight:bold}.t td{font-weight:bold;font-size:19px;background:#ccfbf1}
.note{font-size:13px;color:#4b6b69}"""
    render_html(name, body, 1180, 900, css, font="Open Sans")
    q("how many more day units than night units were used", nstr(day_u - night_u), "number", "difference", False)
    q("when's this bill due", due_s, "date", "lookup", True)
    q("whats the MPRN", mprn, "code", "lookup", True)


# ---------------------------------------------------------------- Singapore payslip (PIL)
def sg_payslip():
    name = "sg_payslip"
    r = rng(name)
    scene(name, "document", "payslip, Singapore (SGD, CPF)", "light, boxed grid, sans",
          "earnings/deductions columns, allowances, CPF employee/employer")
    basic = r.randrange(4200, 7800, 50)
    trans = r.choice([150, 200, 250]); meal = r.choice([100, 120, 180]); ot = round(r.uniform(80, 400), 2)
    gross = round(basic + trans + meal + ot, 2)
    cpf_ee = round(gross * 0.20) if gross < 6800 else 1360
    cpf_er = round(gross * 0.17) if gross < 6800 else 1156
    shg = r.choice([1.0, 3.0, 5.0])
    net = round(gross - cpf_ee - shg, 2)
    emp = r.choice(["Tan Wei Ling", "Muhammad Hafiz bin Rahman", "Priya Ramasamy", "Lim Jun Jie"])
    W = 980
    c = Canvas(W, 640, "#ffffff")
    fb = font("Roboto:bold", 22); f = font("Roboto", 15); fs = font("Roboto:medium", 15)
    c.text((40, 28), "Merlion Logistics Pte. Ltd.", fb, "#0b3d91")
    c.text((40, 58), "UEN 201833412K · 8 Jurong Port Road, Singapore 619110", f, "#555")
    c.rtext(W - 40, 30, "PAYSLIP — APRIL 2024", fs, "#0b3d91")
    c.rtext(W - 40, 56, "Pay date: 30/04/2024", f, "#333")
    c.rect((40, 95, W - 40, 165), outline="#9db3d9")
    c.text((56, 106), "Employee:", fs); c.text((150, 106), emp, f)
    c.text((56, 134), "NRIC:", fs); c.text((150, 134), "S••••412F", f)
    c.text((520, 106), "Designation:", fs); c.text((640, 106), "Operations Executive", f)
    c.text((520, 134), "Mode:", fs); c.text((640, 134), "GIRO · DBS ••• 2231", f)
    y0 = 190
    c.rect((40, y0, 490, y0 + 32), fill="#0b3d91"); c.rect((490, y0, W - 40, y0 + 32), fill="#0b3d91")
    c.text((56, y0 + 7), "Earnings", fs, "#fff"); c.rtext(470, y0 + 7, "SGD", fs, "#fff")
    c.text((506, y0 + 7), "Deductions", fs, "#fff"); c.rtext(W - 56, y0 + 7, "SGD", fs, "#fff")
    earn = [("Basic salary", basic), ("Transport allowance", trans), ("Meal allowance", meal), ("Overtime (1.5x)", ot)]
    ded = [("CPF employee (20%)", cpf_ee), ("CDAC/SHG fund", shg)]
    y = y0 + 44
    for i in range(4):
        c.text((56, y), earn[i][0], f); c.rtext(470, y, us(earn[i][1]), f)
        if i < len(ded):
            c.text((506, y), ded[i][0], f); c.rtext(W - 56, y, us(ded[i][1]), f)
        y += 30
    c.line((40, y, W - 40, y), "#9db3d9")
    y += 10
    c.text((56, y), "Gross pay", fs); c.rtext(470, y, us(gross), fs)
    c.text((506, y), "Total deductions", fs); c.rtext(W - 56, y, us(cpf_ee + shg), fs)
    y += 46
    c.rect((490, y - 8, W - 40, y + 34), fill="#e8eefa")
    c.text((506, y), "NET PAY", font("Roboto:bold", 18), "#0b3d91")
    c.rtext(W - 56, y, "S$" + us(net), font("Roboto:bold", 18), "#0b3d91")
    c.text((56, y), f"Employer CPF contribution: {us(cpf_er)}", f, "#555")
    y += 60
    c.text((56, y), "This is a computer-generated payslip. No signature is required.", font("Roboto:italic", 13), "#777")
    c.save(name, crop_h=y + 40)
    q("net pay this month?", "S$" + us(net), "money", "lookup", True)
    q("what do the transport and meal allowances add up to", us(trans + meal), "money", "sum", None)
    q("how much CPF was deducted from the employee", us(cpf_ee), "money", "lookup", True)


# ---------------------------------------------------------------- Lab results (HTML)
def lab_results():
    name = "lab_results"
    r = rng(name)
    scene(name, "document", "blood test report (lab portal)", "light, clinical blue",
          "results table with units, reference ranges and H/L flags, ordering physician")
    tests = [("Haemoglobin", "g/dL", 13.0, 17.0, 1), ("White cell count", "10^9/L", 4.0, 11.0, 1),
             ("Platelets", "10^9/L", 150, 400, 0), ("Glucose (fasting)", "mmol/L", 3.9, 5.6, 1),
             ("Total cholesterol", "mmol/L", 0.0, 5.0, 1), ("HDL cholesterol", "mmol/L", 1.0, 2.0, 2),
             ("LDL cholesterol", "mmol/L", 0.0, 3.0, 1), ("Triglycerides", "mmol/L", 0.0, 1.7, 1),
             ("TSH", "mU/L", 0.4, 4.0, 2), ("Vitamin D", "nmol/L", 50, 125, 0), ("Ferritin", "µg/L", 30, 400, 0)]
    # choose flags: exactly one high, one low
    order = list(range(len(tests)))
    r.shuffle(order)
    hi_i, lo_i = order[0], order[1]
    rows = []
    for i, (n, u, lo, hi, d) in enumerate(tests):
        if i == hi_i:
            v = hi * r.uniform(1.08, 1.3)
        elif i == lo_i:
            v = (lo if lo > 0 else hi * 0.3) * r.uniform(0.7, 0.92)
        else:
            a = lo if lo > 0 else hi * 0.35
            v = r.uniform(a + (hi - a) * 0.15, hi - (hi - a) * 0.15)
        vs = f"{v:.{d}f}"
        fl = "H" if i == hi_i else ("L" if i == lo_i else "")
        rng_s = (f"< {hi:.{d}f}" if lo == 0 else f"{lo:.{d}f} – {hi:.{d}f}")
        rows.append((n, vs, u, rng_s, fl))
    doc = r.choice(["Dr. Helena Varga", "Dr. Olusegun Adeyemi", "Dr. Mirela Popescu"])
    trs = "".join(f"<tr class='{'f' if fl else ''}'><td>{n}</td><td class=v>{vs}</td><td>{u}</td><td>{rg}</td>"
                  f"<td class=flag>{fl}</td></tr>" for n, vs, u, rg, fl in rows)
    body = f"""<div class=bar>NorthBridge Diagnostics · Patient portal</div><div class=pg>
<h1>Laboratory report</h1><div class=grid><div><b>Patient</b><br>Jonas Eriksen · DOB 02/09/1981</div>
<div><b>Requested by</b><br>{doc}</div><div><b>Collected</b><br>14/03/2024 08:12</div><div><b>Report ID</b><br>NB-558120-7</div></div>
<table><tr><th>Test</th><th>Result</th><th>Units</th><th>Reference range</th><th>Flag</th></tr>{trs}</table>
<p class=fn>H = above reference range, L = below reference range. Please discuss results with your doctor.</p></div>"""
    css = """.bar{background:#1e3a8a;color:#fff;padding:12px 28px;font-size:15px}.pg{padding:10px 28px}
h1{font-size:24px;color:#1e3a8a}.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;font-size:14px;background:#eef2ff;padding:12px;border-radius:6px}
table{width:100%;border-collapse:collapse;margin-top:18px;font-size:15px}th{background:#e0e7ff;text-align:left;padding:8px}
td{padding:7px 8px;border-bottom:1px solid #e5e7eb}.v{font-weight:bold}.f td{background:#fff7ed}.flag{color:#c2410c;font-weight:bold}
.fn{font-size:12px;color:#6b7280}"""
    render_html(name, body, 1000, 900, css, font="Roboto")
    flagged = sum(1 for x in rows if x[4])
    hdl = rows[5]
    q("how many results are flagged", str(flagged), "count", "count", False)
    q("what's my HDL", hdl[1], "number", "lookup", True)
    q("which test came back high?", rows[hi_i][0], "text", "read", True)


# ---------------------------------------------------------------- Portuguese car rental (PIL)
def pt_rental():
    name = "pt_car_rental"
    r = rng(name)
    scene(name, "document", "car rental agreement, Portugal (EUR)", "light, orange accent, sans",
          "pick-up/return blocks, day rate x days, extras list")
    days = r.randint(4, 9)
    rate = r.choice([27.90, 31.50, 34.90, 38.00])
    extras = [("GPS navigation", round(r.choice([5.0, 6.5]) * days, 2)), ("Child seat (Group 1)", round(4.5 * days, 2)),
              ("Additional driver", round(7.0 * days, 2)), ("Via Verde toll device", 1.85 * days)]
    extras = [(n, round(v, 2)) for n, v in r.sample(extras, 3)]
    base = round(rate * days, 2)
    ex_tot = round(sum(v for _, v in extras), 2)
    fee = 45.00
    total = round(base + ex_tot + fee, 2)
    pick_d = dt.date(2024, 8, r.randint(1, 15))
    ret_d = pick_d + dt.timedelta(days=days)
    pick_t = f"{r.randint(8, 12)}:{r.choice(['00', '15', '30', '45'])}"
    W = 940
    c = Canvas(W, 720, "#ffffff")
    fb = font("Open Sans:bold", 24); f = font("Open Sans", 15); fs = font("Open Sans:semibold", 15)
    c.rect((0, 0, W, 70), fill="#ea580c")
    c.text((36, 18), "AtlânticoCar · Rental Agreement", fb, "#fff")
    c.rtext(W - 36, 26, "RA 2024-PT-0418872", fs, "#fff")
    add_text("RA 2024-PT-0418872")
    for x, head, lines in ((36, "PICK-UP", ["Lisboa Aeroporto (LIS)", pick_d.strftime("%d/%m/%Y") + "  " + pick_t]),
                           (490, "RETURN", ["Porto Campanhã Station", ret_d.strftime("%d/%m/%Y") + "  " + pick_t])):
        c.rect((x, 96, x + 414, 196), outline="#fdba74", width=2, r=8)
        c.text((x + 16, 106), head, fs, "#ea580c")
        c.text((x + 16, 134), lines[0], f); c.text((x + 16, 160), lines[1], f)
    c.text((36, 220), "Driver: Fernando Albuquerque Reis   ·   Licence PT L-1093321 4", f)
    c.text((36, 246), "Vehicle: Group C — Renault Clio or similar · manual · AA-27-QX", f)
    y = 290
    c.text((36, y), "Charges", fb, "#333"); y += 40
    rows = [(f"Time & mileage ({days} days x €{rate:.2f})", base)] + extras + [("One-way fee", fee)]
    for n, v in rows:
        c.text((50, y), n, f); c.rtext(W - 50, y, f"€{v:.2f}", f); y += 28
        c.line((36, y - 4, W - 36, y - 4), "#f1f1f1")
    y += 8
    c.text((50, y), "Estimated total (VAT incl.)", fs); c.rtext(W - 50, y, f"€{total:.2f}", fs)
    c.save(name, crop_h=y + 50)
    q("where do i drop the car off", "Porto Campanhã Station", "text", "lookup", True)
    q("how much are the extras all together (not the one-way fee)", f"€{ex_tot:.2f}", "money", "sum", None)
    q("what time is pick-up", pick_t, "time", "lookup", True)


# ---------------------------------------------------------------- Mexican loan schedule (HTML)
def mx_loan():
    name = "mx_loan_schedule"
    r = rng(name)
    scene(name, "document", "loan amortization table, Mexico (MXN)", "light, green header, spreadsheet-like",
          "12-row schedule: cuota, interés, capital, saldo")
    P = r.randrange(60000, 180000, 5000)
    rate_y = r.choice([0.18, 0.21, 0.24])
    i = rate_y / 12
    n = 12
    pay = round(P * i / (1 - (1 + i) ** -n), 2)
    bal = P
    rows = []
    m = dt.date(2024, 2, 15)
    for k in range(1, 13):
        it = round(bal * i, 2)
        cap = round(pay - it, 2) if k < n else round(bal, 2)
        p_k = pay if k < n else round(cap + it, 2)
        bal = round(bal - cap, 2)
        rows.append((k, m.replace(month=((m.month + k - 2) % 12) + 1, year=2024 + (m.month + k - 2) // 12), p_k, it, cap, bal))
    meses = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    trs = "".join(f"<tr><td>{k}</td><td>{d.day:02d}-{meses[d.month - 1]}-{d.year}</td><td>${us(p)}</td>"
                  f"<td>${us(it)}</td><td>${us(cp)}</td><td>${us(b)}</td></tr>" for k, d, p, it, cp, b in rows)
    body = f"""<div class=h><h2>Tabla de amortización</h2><div>Crédito personal · Banco Sierra Madre</div></div>
<div class=info><span>Monto: <b>${us(P)}</b></span><span>Tasa anual: <b>{int(rate_y * 100)}%</b></span><span>Plazo: <b>12 meses</b></span><span>Cliente: Guadalupe Ortiz Reyna</span></div>
<table><tr><th>No.</th><th>Fecha</th><th>Cuota</th><th>Interés</th><th>Capital</th><th>Saldo</th></tr>{trs}</table>"""
    css = """body{padding:20px}.h{display:flex;justify-content:space-between;align-items:baseline;color:#14532d}.h h2{margin:0}
.info{display:flex;gap:28px;font-size:14px;background:#f0fdf4;padding:10px 14px;margin:12px 0;border:1px solid #bbf7d0}
table{border-collapse:collapse;width:100%;font-size:14px;font-variant-numeric:tabular-nums}th{background:#166534;color:#fff;padding:7px 10px;text-align:right}
td{padding:6px 10px;text-align:right;border:1px solid #d1d5db}tr:nth-child(odd) td{background:#f9fafb}"""
    render_html(name, body, 900, 900, css, font="Liberation Sans")
    q("saldo after payment 6?", "$" + us(rows[5][5]), "money", "cell", True)
    q("total interest paid over the first four payments", "$" + us(round(sum(x[3] for x in rows[:4]), 2)), "money", "sum", None)


# ---------------------------------------------------------------- Norwegian packing list (PIL)
def no_packing():
    name = "no_packing_list"
    r = rng(name)
    scene(name, "document", "packing list / pakkseddel, Norway", "light, mono table, grey lines",
          "cartons with contents, net/gross kg, totals")
    goods = ["Fiskeboller hermetikk", "Brunost 500 g", "Tørrfisk (stokkfisk)", "Lefse pakke", "Kaviar tube",
             "Knekkebrød", "Multesyltetøy", "Ullsokker str. 40-44", "Termokopp stål"]
    gi = r.sample(goods, 7)
    rows = []
    for k, g in enumerate(gi, 1):
        net = round(r.uniform(8, 28), 1)
        gross = round(net + r.uniform(0.8, 2.4), 1)
        rows.append((f"CTN-{k:02d}", g, r.randint(12, 96), net, gross))
    W = 960
    c = Canvas(W, 640, "#fdfdfd")
    fb = font("Nimbus Sans:bold", 24); f = font("DejaVu Sans Mono", 14); fh = font("DejaVu Sans Mono:bold", 14)
    c.text((36, 24), "PAKKSEDDEL / PACKING LIST", fb)
    c.text((36, 60), "Avsender: Nordkapp Delikatesser AS, Strandgata 9, 9600 Hammerfest", font("Nimbus Sans", 15))
    c.text((36, 82), "Mottaker: Scandi Pantry Ltd, Unit 4 Dockside, Leith EH6 7RQ, UK", font("Nimbus Sans", 15))
    c.text((36, 104), "Sendingsnr. NO-77120-S · Dato 22.05.2024 · Incoterms DAP", font("Nimbus Sans", 15))
    y = 140
    xs = [36, 150, 480, 600, 760]
    heads = ["Kolli", "Innhold", "Antall", "Netto kg", "Brutto kg"]
    c.rect((30, y - 6, W - 30, y + 22), fill="#e5e7eb")
    for x, h in zip(xs, heads):
        c.text((x, y), h, fh)
    y += 30
    for cid, g, a, nt, gr in rows:
        for x, s in zip(xs, [cid, g, str(a), f"{nt:.1f}".replace(".", ","), f"{gr:.1f}".replace(".", ",")]):
            c.text((x, y), s, f)
        y += 26
        c.line((30, y - 6, W - 30, y - 6), "#d4d4d4")
    tn = round(sum(x[3] for x in rows), 1); tg = round(sum(x[4] for x in rows), 1)
    y += 6
    c.text((150, y), "TOTALT 7 kolli", fh)
    c.text((xs[3], y), f"{tn:.1f}".replace(".", ","), fh); c.text((xs[4], y), f"{tg:.1f}".replace(".", ","), fh)
    c.save(name, crop_h=y + 50)
    top = uniq_max(rows, key=lambda x: x[4])
    thr = 20
    n_over = sum(1 for x in rows if x[4] > thr)
    q("total gross weight of the shipment?", f"{tg:.1f}".replace(".", ","), "number", "lookup", True)
    q("which carton is the heaviest (gross)", top[0], "code", "argmax", True)
    q("how many cartons are over 20 kg gross", str(n_over), "count", "count", False)


# ---------------------------------------------------------------- Finnish parking fine (PIL)
def fi_parking():
    name = "fi_parking_fine"
    r = rng(name)
    scene(name, "document", "parking control fee notice, Finland (bilingual fi/en)", "yellow slip, sans",
          "plate, place, time, fee, due date, reference number, IBAN")
    plate = f"{r.choice(['KLM', 'ZTP', 'OVA', 'HJR'])}-{r.randint(100, 999)}"
    fee = r.choice([60, 80])
    due = dt.date(2024, 10, 2) + dt.timedelta(days=r.randint(0, 12))
    ref = "".join(str(r.randint(0, 9)) for _ in range(5)) + " " + "".join(str(r.randint(0, 9)) for _ in range(5)) + " " + "".join(str(r.randint(0, 9)) for _ in range(4))
    W, H = 620, 860
    c = Canvas(W, H, "#fef3c7")
    fb = font("Cantarell:bold", 22); f = font("Cantarell", 16); fs = font("Cantarell:bold", 16); fl = font("Cantarell", 13)
    c.rect((0, 0, W, 90), fill="#1f2937")
    c.text((26, 16), "PYSÄKÖINTIVIRHEMAKSU", fb, "#fde68a")
    c.text((26, 52), "Parking control fee · Tampereen kaupunki", f, "#fff")
    y = 112
    fields = [("Rekisteritunnus / Registration", plate), ("Merkki / Make", "Škoda Octavia, harmaa"),
              ("Paikka / Location", "Hämeenkatu 21, Tampere"), ("Aika / Time", "18.09.2024 klo 14.37"),
              ("Virhe / Violation", "Pysäköintikiekko puuttuu / no parking disc"),
              ("Valvoja / Officer", "PV 0442")]
    for lab, v in fields:
        c.text((26, y), lab, fl, "#6b7280"); y += 18
        c.text((26, y), v, fs, "#111"); y += 34
    c.line((26, y, W - 26, y), "#92400e", 2); y += 16
    c.text((26, y), "Maksu / Fee", f); c.rtext(W - 26, y, f"{fee},00 €", fb); y += 40
    c.text((26, y), "Eräpäivä / Due date", f); c.rtext(W - 26, y, due.strftime("%d.%m.%Y"), fs); y += 34
    c.text((26, y), "Viitenumero / Reference", f); c.rtext(W - 26, y, ref, font("DejaVu Sans Mono:bold", 16)); y += 34
    c.text((26, y), "IBAN FI21 1234 5600 0007 85 · BIC NDEAFIHH", fl, "#374151"); y += 30
    c.text((26, y), "Oikaisuvaatimus 14 päivän kuluessa / Appeal within 14 days", fl, "#374151"); y += 40
    c.save(name, crop_h=y)
    q("how much is the fine", f"{fee},00 €", "money", "lookup", True)
    q("pay by when?", due.strftime("%d.%m.%Y"), "date", "lookup", True)


# ---------------------------------------------------------------- Danish pet vaccination card (PIL)
def dk_pet_card():
    name = "dk_pet_vaccination"
    r = rng(name)
    scene(name, "document", "pet vaccination card, Denmark", "cream card, handwritten-style entries",
          "owner, pet, table of vaccinations with dates, vets and next due dates")
    vacc = ["DHPPi", "Rabies (Nobivac)", "Leptospirose L4", "Kennelhoste (KC)"]
    vets = ["Dyrlæge M. Holm", "Dyrlæge S. Krogh", "Dyrlæge P. Nygaard"]
    d0 = dt.date(2021, 3, 1)
    rows = []
    d = d0
    for k in range(6):
        d = d + dt.timedelta(days=r.randint(90, 260))
        v = vacc[k % 4] if k < 4 else r.choice(vacc)
        yrs = 3 if v.startswith("Rabies") or v == "DHPPi" else 1
        nd = d.replace(year=d.year + yrs)
        rows.append((d, v, r.choice(vets), nd))
    # ensure rabies present, last rabies
    owner = r.choice(["Mette Kjærgaard", "Rasmus Lindholm", "Freja Østergaard"])
    W = 900
    c = Canvas(W, 560, "#fbf6e9")
    fb = font("URW Bookman:bold", 24); f = font("URW Bookman", 15); fh = font("Z003", 22)
    c.rect((16, 16, W - 16, 544), outline="#8b5e34", width=3)
    c.text((40, 34), "VACCINATIONSKORT · Hund", fb, "#6b3f1d")
    c.text((40, 76), "Ejer / Owner:", f, "#6b3f1d"); c.text((180, 70), owner, fh, "#1e3a8a")
    c.text((480, 76), "Navn / Name:", f, "#6b3f1d"); c.text((610, 70), "Bamse", fh, "#1e3a8a")
    c.text((40, 108), "Race:", f, "#6b3f1d"); c.text((180, 102), "Labrador retriever", fh, "#1e3a8a")
    c.text((480, 108), "Chip nr.:", f, "#6b3f1d"); c.text((610, 104), "208098100457731", font("DejaVu Sans Mono", 15), "#1e3a8a")
    y = 150
    xs = [40, 200, 460, 700]
    for x, h in zip(xs, ["Dato", "Vaccine", "Dyrlæge", "Næste gang"]):
        c.text((x, y), h, font("URW Bookman:bold", 15), "#6b3f1d")
    c.line((36, y + 26, W - 36, y + 26), "#8b5e34", 2)
    y += 36
    for d, v, vt, nd in rows:
        for x, s in zip(xs, [d.strftime("%d.%m.%Y"), v, vt, nd.strftime("%d.%m.%Y")]):
            c.text((x, y), s, fh, "#1e3a8a")
        y += 44
        c.line((36, y - 8, W - 36, y - 8), "#d6c4a8")
    c.save(name, crop_h=max(y + 30, 440))
    rab = [x for x in rows if x[1].startswith("Rabies")]
    last_rab = max(rab, key=lambda x: x[0])
    latest = max(rows, key=lambda x: x[0])
    q("when is the next rabies shot due", last_rab[3].strftime("%d.%m.%Y"), "date", "lookup", True)
    q("who's the owner of the dog", owner, "person", "party", True)
    q("which vaccine was given most recently", latest[1], "text", "latest", True)


# ---------------------------------------------------------------- Greek gift card app (HTML, mobile)
def gr_giftcard():
    name = "gr_giftcard"
    r = rng(name)
    scene(name, "document", "gift card balance page (mobile), Greece (EUR)", "dark, purple gradient card",
          "balance, card number, transaction history with shops and dates")
    start = 150.00
    shops = ["Public Σύνταγμα", "Hondos Center Πειραιάς", "Zara Ερμού", "Plaisio Μαρούσι", "Ikea Αεροδρόμιο",
             "Notos Galleries"]
    tx = []
    d = dt.date(2024, 1, 8)
    bal = start
    for s in r.sample(shops, 5):
        d = d + dt.timedelta(days=r.randint(3, 20))
        a = round(r.uniform(8, 29), 2)
        bal = round(bal - a, 2)
        tx.append((d, s, a))
    lis = "".join(f"<li><div><b>{s}</b><small>{dd.strftime('%d/%m/%Y')}</small></div><span>−{eu(a)} €</span></li>"
                  for dd, s, a in reversed(tx))
    body = f"""<div class=ph><div class=st>9:41</div><h2>Δωροκάρτα / Gift card</h2>
<div class=card><div>MALL ATHENS GIFT</div><div class=num>•••• •••• 4471</div><div class=bl>Υπόλοιπο / Balance</div><div class=amt>{eu(bal)} €</div><div class=exp>Λήξη 12/2025</div></div>
<h3>Κινήσεις / Transactions</h3><ul>{lis}<li><div><b>Φόρτωση / Top-up</b><small>08/01/2024</small></div><span class=pos>+{eu(start)} €</span></li></ul></div>"""
    css = """body{background:#0b0b12;color:#e5e7eb}.ph{width:400px;margin:0 auto;padding:14px 22px}.st{font-size:13px;color:#9ca3af}
h2{font-size:22px}.card{background:linear-gradient(135deg,#7c3aed,#db2777);border-radius:18px;padding:20px;color:#fff}
.num{font-family:'DejaVu Sans Mono';margin:10px 0}.bl{font-size:13px;opacity:.85}.amt{font-size:36px;font-weight:bold}.exp{font-size:12px;text-align:right}
h3{font-size:16px;color:#c4b5fd;margin-top:24px}ul{list-style:none;padding:0}li{display:flex;justify-content:space-between;padding:11px 0;border-bottom:1px solid #27272a}
li small{display:block;color:#9ca3af;font-size:12px;margin-top:2px}li span{color:#fca5a5;font-weight:bold}.pos{color:#86efac!important}"""
    render_html(name, body, 440, 1000, css, font="Open Sans", bg="#0b0b12")
    spent = round(sum(a for _, _, a in tx), 2)
    q("how much is left on the gift card", f"{eu(bal)} €", "money", "lookup", True)
    q("where did i use it last", tx[-1][1], "text", "latest", True)
    q("how much have I spent with it so far", f"{eu(spent)} €", "money", "sum", None)


# ---------------------------------------------------------------- Canadian credit card statement (HTML)
def ca_card_statement():
    name = "ca_card_statement"
    r = rng(name)
    scene(name, "document", "credit card statement (online banking), Canada (CAD)", "light, red accent, 1240 px",
          "summary box (balance, minimum payment, due date), transactions table, rewards sidebar")
    merch = ["LOBLAWS #1123 TORONTO ON", "PETRO-CANADA 80211", "TIM HORTONS #4410", "CANADIAN TIRE #0342",
             "SHOPPERS DRUG MART #876", "PRESTO FARE", "AIR CANADA 014-2213", "SPORT CHEK #219", "BELL MOBILITY",
             "NETFLIX.COM", "IKEA ETOBICOKE", "LCBO/RAO #0217"]
    tx = []
    d = dt.date(2024, 4, 3)
    for m in r.sample(merch, 10):
        d += dt.timedelta(days=r.randint(1, 3))
        a = round(r.uniform(4, 60), 2) if "TIM" in m or "PRESTO" in m or "NETFLIX" in m else round(r.uniform(18, 420), 2)
        tx.append((d, m, a))
    pay = round(r.uniform(700, 1100), 2)
    prev = round(r.uniform(800, 1300), 2)
    new = round(prev - pay + sum(a for *_, a in tx), 2)
    minp = round(max(10, new * 0.03), 2)
    due = "May 21, 2024"
    trs = "".join(f"<tr><td>{x.strftime('%b %d')}</td><td>{m}</td><td class=r>${us(a)}</td></tr>" for x, m, a in tx)
    trs = f"<tr><td>Apr 02</td><td>PAYMENT - THANK YOU</td><td class='r g'>-${us(pay)}</td></tr>" + trs
    body = f"""<div class=nav><b>Maple</b>Trust &nbsp;|&nbsp; Accounts &nbsp; Transfers &nbsp; Bill payments &nbsp; <span>Sign out</span></div>
<div class=main><div class=side><h4>Cash Back Visa Infinite</h4><p>•••• 6612</p><h4>Rewards</h4><p>Cash back earned this period: <b>$12.87</b></p>
<p>Year to date: $96.40</p><h4>Credit limit</h4><p>$8,500.00</p></div><div class=cont><h2>Statement — April 2024</h2>
<div class=sum><div><small>Previous balance</small><b>${us(prev)}</b></div><div><small>New balance</small><b>${us(new)}</b></div>
<div><small>Minimum payment</small><b>${us(minp)}</b></div><div><small>Payment due date</small><b>{due}</b></div></div>
<table><tr><th>Date</th><th>Description</th><th class=r>Amount</th></tr>{trs}</table></div></div>"""
    css = """.nav{background:#b91c1c;color:#fff;padding:14px 28px;font-size:15px}.nav span{float:right}.main{display:flex}
.side{width:240px;background:#f9fafb;padding:16px 22px;border-right:1px solid #e5e7eb;font-size:14px}.side h4{margin:14px 0 2px;color:#991b1b}
.cont{flex:1;padding:10px 30px}.sum{display:flex;gap:16px}.sum div{flex:1;border:1px solid #fecaca;border-radius:8px;padding:10px 14px;background:#fff5f5}
.sum small{display:block;color:#6b7280}.sum b{font-size:20px}table{width:100%;border-collapse:collapse;margin-top:20px;font-size:15px}
th{text-align:left;border-bottom:2px solid #111;padding:6px}td{padding:7px 6px;border-bottom:1px solid #eee}.r{text-align:right}.g{color:#15803d}"""
    render_html(name, body, 1240, 900, css, font="Roboto")
    top = uniq_max(tx, key=lambda x: x[2])
    n100 = sum(1 for *_, a in tx if a > 100)
    q("minimum payment?", "$" + us(minp), "money", "lookup", True)
    q("what was my biggest purchase this month", top[1], "text", "argmax", True)
    q("how many charges were over $100", str(n100), "count", "count", False)


def build():
    for fn in (pl_receipt, ca_bill, tr_invoice, ie_bill, sg_payslip, lab_results, pt_rental, mx_loan,
               no_packing, fi_parking, dk_pet_card, gr_giftcard, ca_card_statement):
        fn()
