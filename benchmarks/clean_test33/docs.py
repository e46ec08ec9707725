"""Documents: 12 countries (Bolivia, Oman, Ethiopia, Madagascar, Cambodia, Trinidad and Tobago, Mozambique,
Kyrgyzstan, Panama, Barbados, Montenegro, Senegal)."""
from build import E
from PIL import Image, ImageDraw, ImageFont

FD = "/usr/share/fonts/truetype/"


def font(name, size):
    paths = {"sans": "dejavu/DejaVuSans.ttf", "sansb": "dejavu/DejaVuSans-Bold.ttf",
             "serif": "dejavu/DejaVuSerif.ttf", "serifb": "dejavu/DejaVuSerif-Bold.ttf",
             "lib": "liberation/LiberationSans-Regular.ttf", "libb": "liberation/LiberationSans-Bold.ttf",
             "mono": "dejavu/DejaVuSansMono.ttf"}
    return ImageFont.truetype(FD + paths[name], size)


def grp(n, dec=2, th=".", dp=","):
    s = f"{n:,.{dec}f}"
    return s.replace(",", "\x00").replace(".", dp).replace("\x00", th)


def page(body, css="", fontfam="'Liberation Sans', sans-serif", bg="#ffffff"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
body{{margin:0;background:{bg};font-family:{fontfam};color:#222}}
table{{border-collapse:collapse}} {css}</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- Bolivia: factura
def doc_bo_factura(S):
    r = S.rng
    S.category = "invoice"
    items_pool = ["Cemento portland 50 kg", "Fierro corrugado 10 mm", "Calamina galvanizada", "Ladrillo 6 huecos (cien)",
                  "Pintura latex blanca 4 L", "Tubo PVC 2\" x 6 m", "Arena fina (m3)", "Clavos 3\" (kg)", "Yeso 25 kg"]
    items = r.sample(items_pool, 6)
    rows = []
    for it in items:
        qty = r.randint(2, 40)
        pu = round(r.uniform(8, 95), 2)
        rows.append((it, qty, pu, round(qty * pu, 2)))
    total = round(sum(x[3] for x in rows), 2)
    nit_b = str(r.randint(1000000, 9999999)) + str(r.randint(10, 99))
    nit_s = str(r.randint(100000000, 999999999))
    d = f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/2025"
    buyer = r.choice(["Constructora Achachicala Ltda.", "Jhonny Mamani Quispe", "Inmobiliaria Sopocachi S.A."])
    nfact = r.randint(1200, 9800)
    trs = "".join(f"<tr><td>{i+1}</td><td>{E(a)}</td><td class=n>{q}</td><td class=n>{grp(p)}</td><td class=n>{grp(t)}</td></tr>"
                  for i, (a, q, p, t) in enumerate(rows))
    body = f"""<div class=w><div class=top><div><h1>Ferretería Nuevo Horizonte S.R.L.</h1>
<div>Av. Buenos Aires Nº 2231, Zona Max Paredes · La Paz – Bolivia</div><div>Tel. 2-245-8871</div></div>
<div class=box><b>NIT:</b> {nit_s}<br><b>FACTURA Nº</b> {nfact}<br><b>CÓD. AUTORIZACIÓN:</b> 29040011{r.randint(1000,9999)}</div></div>
<h2>FACTURA</h2><div class=sub>(Con Derecho a Crédito Fiscal)</div>
<table class=hd><tr><td><b>Fecha:</b> {d}</td><td><b>NIT/CI/CEX:</b> {nit_b}</td></tr>
<tr><td colspan=2><b>Nombre/Razón Social:</b> {E(buyer)}</td></tr></table>
<table class=it><tr><th>Nº</th><th>Descripción</th><th>Cantidad</th><th>Precio Unit. (Bs)</th><th>Subtotal (Bs)</th></tr>{trs}
<tr class=tot><td colspan=4>TOTAL Bs</td><td class=n>{grp(total)}</td></tr></table>
<p class=lit>Son: {int(total)} {int(round((total-int(total))*100)):02d}/100 Bolivianos</p>
<p class=leg>"ESTA FACTURA CONTRIBUYE AL DESARROLLO DEL PAÍS, EL USO ILÍCITO SERÁ SANCIONADO PENALMENTE DE ACUERDO A LEY"</p></div>"""
    css = """.w{padding:28px 34px;width:820px}.top{display:flex;justify-content:space-between}h1{font-size:21px;margin:0 0 4px;color:#1d4d2b}
.box{border:2px solid #1d4d2b;padding:8px 12px;font-size:13px;line-height:1.6}h2{text-align:center;margin:18px 0 0;letter-spacing:3px}
.sub{text-align:center;font-size:12px;margin-bottom:12px}.hd td{padding:4px 14px 4px 0;font-size:14px}
.it{width:100%;margin-top:12px;font-size:14px}.it th{background:#1d4d2b;color:#fff;padding:6px}.it td{border:1px solid #bbb;padding:5px 7px}
.n{text-align:right}.tot td{font-weight:bold;text-align:right;background:#eef5ef}.lit{font-size:13px}.leg{font-size:10px;text-align:center;color:#555}"""
    S.html("doc_bo_factura", page(body, css), 900, 900)
    S.meta["content"] = "Bolivian hardware-store factura (Bs, dd/mm/yyyy, NIT)"
    S.q("what's the total on this factura?", f"Bs {grp(total)}", "money", "read", True)
    big = max(rows, key=lambda x: x[3])
    S.q("which line item cost the most overall?", big[0], "text", "argmax", True)
    S.q("Buyer's NIT number?", nit_b, "code", "lookup", True)
    S.q("who issued this invoice (the seller)?", "Ferretería Nuevo Horizonte S.R.L.", "text", "party", True)


# ---------------------------------------------------------------- Oman: electricity bill
def doc_om_bill(S):
    r = S.rng
    S.category = "bill"
    prev = r.randint(30000, 60000)
    used = r.randint(900, 2600)
    cur = prev + used
    # tiered tariff in baisa/kWh (invented)
    t1 = min(used, 1000); t2 = used - t1
    c1 = round(t1 * 0.014, 3); c2 = round(t2 * 0.018, 3)
    meter_fee = 0.500
    vat = 0.0
    total = round(c1 + c2 + meter_fee, 3)
    arrears = round(r.choice([0, 0, r.uniform(3, 20)]), 3)
    due_total = round(total + arrears, 3)
    day = r.randint(3, 20)
    acct = f"{r.randint(10,99)}-{r.randint(100000,999999)}"
    name = r.choice(["Salim bin Nasser Al Harthy", "Muna Khalfan Al Busaidi", "Hilal Saif Al Rawahi"])
    issue = f"{day:02d}/06/2025"; due = f"{day:02d}/07/2025"
    f3 = lambda v: f"{v:,.3f}"
    body = f"""<div class=w><div class=hdr><div class=logo>Wadi Noor Electricity Supply SAOC</div><div>Electricity Bill · فاتورة الكهرباء</div></div>
<table class=info><tr><td>Account No.</td><td>{acct}</td><td>Bill Date</td><td>{issue}</td></tr>
<tr><td>Customer</td><td>{E(name)}</td><td>Due Date</td><td>{due}</td></tr>
<tr><td>Address</td><td>Way 4417, Al Khuwair, Muscat, Sultanate of Oman</td><td>Tariff</td><td>Residential</td></tr></table>
<h3>Meter readings</h3><table class=g><tr><th>Meter</th><th>Previous (01/05/2025)</th><th>Current (31/05/2025)</th><th>Consumption (kWh)</th></tr>
<tr><td>EM-{r.randint(100000,999999)}</td><td>{prev}</td><td>{cur}</td><td>see below</td></tr></table>
<h3>Charges</h3><table class=g><tr><th>Description</th><th>Qty</th><th>Amount (OMR)</th></tr>
<tr><td>Energy 0 – 1,000 kWh @ 14 bz</td><td>{t1}</td><td class=n>{f3(c1)}</td></tr>
<tr><td>Energy above 1,000 kWh @ 18 bz</td><td>{t2}</td><td class=n>{f3(c2)}</td></tr>
<tr><td>Meter service charge</td><td>1</td><td class=n>{f3(meter_fee)}</td></tr>
<tr><td><b>Current charges</b></td><td></td><td class=n><b>{f3(total)}</b></td></tr>
<tr><td>Previous balance (arrears)</td><td></td><td class=n>{f3(arrears)}</td></tr>
<tr class=due><td>TOTAL AMOUNT DUE</td><td></td><td class=n>OMR {f3(due_total)}</td></tr></table>
<p class=ft>Pay via bank transfer, the customer app or any collection centre. Supply may be disconnected 30 days after the due date.</p></div>"""
    css = """.w{width:860px;padding:24px}.hdr{background:#7a1f3d;color:#fff;padding:14px 18px;display:flex;justify-content:space-between;align-items:center}
.logo{font-size:20px;font-weight:bold}.info{margin:14px 0;font-size:14px}.info td{padding:4px 12px}.info td:nth-child(odd){color:#7a1f3d;font-weight:bold}
h3{margin:14px 0 6px;color:#7a1f3d}.g{width:100%;font-size:14px}.g th{background:#f1e3e8;text-align:left;padding:6px}.g td{border-bottom:1px solid #ddd;padding:6px}
.n{text-align:right}.due td{font-weight:bold;font-size:16px;background:#7a1f3d;color:#fff}.ft{font-size:11px;color:#666}"""
    S.html("doc_om_electricity", page(body, css, "'Open Sans', sans-serif"), 920, 900)
    S.meta["content"] = "Omani electricity bill (OMR with 3 decimals, dd/mm/yyyy, meter readings)"
    S.q("How many kWh did I use this period? The readings are there but I can't see the consumption", used, "number", "subtract", False)
    S.q("total amount due?", f"OMR {f3(due_total)}", "money", "read", True)
    S.q("when do I have to pay this by", due, "date", "lookup", True)


# ---------------------------------------------------------------- Ethiopia: hotel receipt (PIL)
def doc_et_hotel(S):
    r = S.rng
    S.category = "receipt"
    W, H = 620, 760
    im = Image.new("RGB", (W, H), "#fbf8ef")
    d = ImageDraw.Draw(im)
    texts = []

    def t(xy, s, f, fill="#222", anchor="la"):
        d.text(xy, s, font=f, fill=fill, anchor=anchor); texts.append(s)
    nights = r.randint(2, 6)
    rate = r.choice([2850, 3200, 3650, 4100])
    lines = [("Room (Deluxe) x %d nights" % nights, nights * rate)]
    extras = r.sample([("Laundry", r.randint(2, 9) * 60), ("Restaurant - dinner", r.randint(600, 2400)),
                       ("Airport transfer", 1500), ("Minibar", r.randint(150, 700)), ("Spa massage", 2200)], 3)
    lines += extras
    sub = sum(v for _, v in lines)
    sc = round(sub * 0.10, 2)
    vat = round((sub + sc) * 0.15, 2)
    tot = round(sub + sc + vat, 2)
    guest = r.choice(["Meron Tadesse", "Abebe Girma", "Hanna Bekele", "Dawit Alemu"])
    y = 28
    t((W // 2, y), "ENTOTO RIDGE HOTEL", font("serifb", 24), "#6b3e12", "ma"); y += 38
    t((W // 2, y), "Bole Sub-City, Woreda 03, Addis Ababa, Ethiopia", font("sans", 13), anchor="ma"); y += 22
    t((W // 2, y), "TIN 0041{} · Tel +251 11 661 {}".format(r.randint(100000, 999999), r.randint(1000, 9999)), font("sans", 13), anchor="ma"); y += 30
    d.line((30, y, W - 30, y), fill="#6b3e12", width=2); y += 14
    rc = f"R-{r.randint(10000, 99999)}"
    for k, v in [("Receipt No", rc), ("Guest", guest), ("Room", str(r.randint(101, 418))),
                 ("Check-in", f"{r.randint(1,9):02d}/03/2025"), ("Nights", str(nights))]:
        t((40, y), k, font("sansb", 14)); t((200, y), v, font("sans", 14)); y += 24
    y += 8; d.line((30, y, W - 30, y), fill="#bbb"); y += 12
    t((40, y), "Description", font("sansb", 14)); t((W - 40, y), "Amount (ETB)", font("sansb", 14), anchor="ra"); y += 28
    for k, v in lines:
        t((40, y), k, font("sans", 14)); t((W - 40, y), f"{v:,.2f}", font("sans", 14), anchor="ra"); y += 26
    y += 6; d.line((30, y, W - 30, y), fill="#bbb"); y += 12
    for k, v, f in [("Subtotal", sub, "sans"), ("Service charge 10%", sc, "sans"), ("VAT 15%", vat, "sans"),
                    ("TOTAL (Birr)", tot, "sansb")]:
        t((300, y), k, font(f, 15)); t((W - 40, y), f"{v:,.2f}", font(f, 15), anchor="ra"); y += 27
    y += 20
    t((W // 2, y), "Paid by card · Thank you for staying with us", font("sans", 13), "#555", "ma")
    S.pil("doc_et_hotel_receipt", im.crop((0, 0, W, y + 40)), texts)
    S.meta["content"] = "Ethiopian hotel receipt (ETB/Birr, service charge + 15% VAT)"
    S.q("how much VAT was charged?", f"{vat:,.2f}", "money", "read", True)
    S.q("how many nights did the guest stay", nights, "count", "lookup", True)
    ex = max(extras, key=lambda x: x[1])
    S.q("apart from the room itself, what was the biggest extra on the bill?", ex[0], "text", "argmax", True)


# ---------------------------------------------------------------- Madagascar: bank statement
def doc_mg_statement(S):
    r = S.rng
    S.category = "statement"
    ar = lambda v: f"{v:,}".replace(",", " ") + " Ar"
    bal = r.randint(300, 900) * 1000
    opening = bal
    tx = []
    labels_d = ["Retrait DAB Analakely", "Paiement JIRAMA", "Virement loyer", "Achat Shoprite Ankorondrano",
                "Frais de tenue de compte", "Paiement Telma Money", "Pharmacie Tsaralalana", "Carburant Galana"]
    labels_c = ["Virement salaire", "Versement espèces", "Virement reçu RAKOTO", "Remboursement"]
    for day in sorted(r.sample(range(2, 29), 9)):
        if r.random() < 0.35:
            lab = r.choice(labels_c); amt = r.randint(40, 900) * 1000; bal += amt; tx.append((day, lab, None, amt, bal))
        else:
            lab = r.choice(labels_d); amt = r.randint(5, 250) * 1000; bal -= amt; tx.append((day, lab, amt, None, bal))
    # ensure labels unique for argmax question
    debits = [x for x in tx if x[2]]
    dmax = max(debits, key=lambda x: x[2])
    assert sum(1 for x in debits if x[2] == dmax[2]) == 1
    trs = "".join(f"<tr><td>{d:02d}/04/2025</td><td>{E(l)}</td><td class=n>{ar(a) if a else ''}</td><td class=n>{ar(c) if c else ''}</td><td class=n>{ar(b)}</td></tr>"
                  for d, l, a, c, b in tx)
    client = r.choice(["RAKOTOARISOA Haja Nirina", "RANDRIANASOLO Fara", "ANDRIAMAHEFA Tojo"])
    body = f"""<div class=w><div class=h><div><div class=bk>Banque Ravinala de Madagascar</div><div class=s>Agence Antaninarenina · Antananarivo 101</div></div>
<div class=rt>RELEVÉ DE COMPTE<br><span>Période du 01/04/2025 au 30/04/2025</span></div></div>
<table class=cl><tr><td>Titulaire</td><td>{E(client)}</td></tr><tr><td>Compte n°</td><td>00011 05000 {r.randint(10000000000,99999999999)} {r.randint(10,99)}</td></tr><tr><td>Devise</td><td>Ariary (MGA)</td></tr></table>
<table class=t><tr><th>Date</th><th>Libellé</th><th>Débit</th><th>Crédit</th><th>Solde</th></tr>
<tr class=o><td>01/04/2025</td><td>Solde initial</td><td></td><td></td><td class=n>{ar(opening)}</td></tr>{trs}
<tr class=o><td>30/04/2025</td><td>Solde final</td><td></td><td></td><td class=n>{ar(bal)}</td></tr></table></div>"""
    css = """.w{width:900px;padding:26px}.h{display:flex;justify-content:space-between;border-bottom:3px solid #0f6e5f;padding-bottom:10px}
.bk{font-size:22px;font-weight:bold;color:#0f6e5f}.s{font-size:13px;color:#555}.rt{text-align:right;font-weight:bold;font-size:17px}.rt span{font-weight:normal;font-size:13px}
.cl{margin:14px 0;font-size:14px}.cl td{padding:3px 14px 3px 0}.cl td:first-child{color:#666}
.t{width:100%;font-size:13.5px}.t th{background:#0f6e5f;color:#fff;padding:6px;text-align:left}.t td{padding:5px 6px;border-bottom:1px solid #e2e2e2}.n{text-align:right;white-space:nowrap}.o td{font-weight:bold;background:#eef6f4}"""
    S.html("doc_mg_statement", page(body, css, "'Lato', sans-serif"), 960, 900)
    S.meta["content"] = "Malagasy bank statement (Ariary with space thousands, dd/mm/yyyy, French labels)"
    S.q("closing balance at end of April?", ar(bal), "money", "read", True)
    S.q("What was the single largest debit this month — what was it for?", dmax[1], "text", "argmax", True)
    nc = sum(1 for x in tx if x[3])
    S.q("how many credits came into the account during the period", nc, "count", "count", False)


# ---------------------------------------------------------------- Cambodia: driving licence (PIL card)
def doc_kh_licence(S):
    r = S.rng
    S.category = "id_card"
    W, H = 860, 540
    im = Image.new("RGB", (W, H), "#e9eef7")
    d = ImageDraw.Draw(im)
    for i in range(0, H, 6):
        d.line((0, i, W, i), fill=(226 - i // 40, 234 - i // 60, 246))
    d.rounded_rectangle((10, 10, W - 10, H - 10), 26, outline="#1b3f8b", width=4)
    texts = []

    def t(xy, s, f, fill="#14213d", anchor="la"):
        d.text(xy, s, font=f, fill=fill, anchor=anchor); texts.append(s)
    d.rectangle((14, 14, W - 14, 84), fill="#1b3f8b")
    t((W // 2, 24), "KINGDOM OF CAMBODIA", font("sansb", 22), "#ffffff", "ma")
    t((W // 2, 54), "Nation  Religion  King", font("sans", 15), "#ffd95a", "ma")
    t((W // 2, 100), "DRIVING LICENCE", font("sansb", 26), "#b3121f", "ma")
    d.rectangle((40, 150, 230, 390), fill="#c9d3e6", outline="#1b3f8b", width=2)
    d.ellipse((95, 180, 175, 260), fill="#8a9ab8"); d.rounded_rectangle((70, 265, 200, 390), 40, fill="#8a9ab8")
    sur = r.choice(["SOK", "CHAN", "KEO", "PHAN", "MEAS"]); given = r.choice(["SREYNICH", "DARA", "VISAL", "BOPHA", "PISETH"])
    dob = f"{r.randint(1,28):02d}-{r.randint(1,12):02d}-{r.randint(1972,2003)}"
    iss_y = r.randint(2019, 2024)
    iss = f"{r.randint(1,28):02d}-{r.randint(1,12):02d}-{iss_y}"
    exp = iss[:6] + str(iss_y + 10)
    no = f"PP{r.randint(1000000,9999999)}"
    cls = r.sample(["A1", "A", "B", "C", "D"], 2)
    cls.sort()
    fields = [("No.", no), ("Name", f"{sur} {given}"), ("Date of Birth", dob), ("Sex", r.choice(["M", "F"])),
              ("Address", "Sangkat Boeung Keng Kang I, Phnom Penh"), ("Date of Issue", iss), ("Date of Expiry", exp),
              ("Category", " ".join(cls))]
    y = 152
    for k, v in fields:
        t((260, y), k, font("sans", 15), "#4a5a7a"); t((420, y), v, font("sansb", 17)); y += 34
    t((40, 470), "Ministry of Public Works and Transport", font("serif", 14), "#4a5a7a")
    S.pil("doc_kh_driving_licence", im, texts)
    S.meta["content"] = "Cambodian driving licence card (dd-mm-yyyy)"
    S.q("licence number?", no, "code", "read", True)
    S.q("When does this licence expire", exp, "date", "lookup", True)
    S.q("what's the holder's date of birth on the card?", dob, "date", "lookup", True)


# ---------------------------------------------------------------- Trinidad and Tobago: payslip
def doc_tt_payslip(S):
    r = S.rng
    S.category = "payslip"
    tt = lambda v: f"TT${v:,.2f}"
    basic = r.randint(95, 160) * 100.0
    ot_h = r.randint(3, 14); ot_rate = round(basic / 160 * 1.5, 2); ot = round(ot_h * ot_rate, 2)
    allow = r.choice([450.0, 600.0, 750.0])
    gross = round(basic + ot + allow, 2)
    nis = round(r.choice([289.60, 311.40, 335.10]), 2)
    health = 8.25 * 4
    paye = round(max(0, (gross - 7200)) * 0.25, 2)
    union = r.choice([45.0, 60.0])
    ded = [("NIS", nis), ("Health Surcharge", health), ("PAYE", paye), ("Union dues", union)]
    tded = round(sum(v for _, v in ded), 2)
    net = round(gross - tded, 2)
    emp = r.choice(["Kavita Ramdial", "Marcus Baptiste", "Shanice Charles", "Andre Mohammed"])
    earn = [("Basic salary", basic), (f"Overtime ({ot_h} h @ {ot_rate:,.2f})", ot), ("Travel allowance", allow)]
    er = "".join(f"<tr><td>{E(k)}</td><td class=n>{v:,.2f}</td></tr>" for k, v in earn)
    dr = "".join(f"<tr><td>{E(k)}</td><td class=n>{v:,.2f}</td></tr>" for k, v in ded)
    body = f"""<div class=w><div class=h><b>Caroni Bay Logistics Ltd.</b><span>Payslip · Period ending 31/08/2025</span></div>
<div class=meta>Employee: <b>{E(emp)}</b> &nbsp; · &nbsp; Emp. No. {r.randint(1000,9999)} &nbsp; · &nbsp; Dept: Warehouse, Chaguanas &nbsp; · &nbsp; Pay date 29/08/2025</div>
<div class=cols><table class=t><tr><th colspan=2>Earnings (TT$)</th></tr>{er}<tr class=s><td>Gross pay</td><td class=n>{gross:,.2f}</td></tr></table>
<table class=t><tr><th colspan=2>Deductions (TT$)</th></tr>{dr}<tr class=s><td>Total deductions</td><td class=n>{tded:,.2f}</td></tr></table></div>
<div class=net>NET PAY &nbsp; {tt(net)}</div><div class=f>Bank: Republic Bank, acct ending {r.randint(1000,9999)} · Trinidad and Tobago</div></div>"""
    css = """.w{width:880px;padding:24px}.h{display:flex;justify-content:space-between;font-size:20px;border-bottom:2px solid #c8102e;padding-bottom:8px}.h span{font-size:15px;color:#555}
.meta{font-size:14px;margin:12px 0}.cols{display:flex;gap:24px}.t{flex:1;font-size:14px}.t th{background:#222;color:#fff;text-align:left;padding:6px}
.t td{padding:6px;border-bottom:1px solid #ddd}.n{text-align:right}.s td{font-weight:bold;background:#f6f6f6}.net{margin-top:16px;font-size:22px;font-weight:bold;text-align:right;color:#c8102e}.f{font-size:12px;color:#666;margin-top:8px}"""
    S.html("doc_tt_payslip", page(body, css, "'Roboto', sans-serif"), 940, 700)
    S.meta["content"] = "Trinidad and Tobago payslip (TT$, NIS, PAYE)"
    S.q("what's my take-home pay this month", tt(net), "money", "read", True)
    S.q("how much went to PAYE?", f"{paye:,.2f}", "money", "lookup", True)
    S.q("how many overtime hours were paid", ot_h, "number", "lookup", True)


# ---------------------------------------------------------------- Mozambique: pharmacy receipt (PIL, thermal)
def doc_mz_pharmacy(S):
    r = S.rng
    S.category = "receipt"
    mt = lambda v: grp(v, 2, ".", ",") + " MT"
    pool = [("Paracetamol 500mg cx20", 85.0), ("Amoxicilina 500mg cx16", 310.0), ("Soro oral (saqueta)", 25.0),
            ("Ibuprofeno 400mg cx10", 120.0), ("Vitamina C efervescente", 265.0), ("Repelente Mosquitos 100ml", 390.0),
            ("Termómetro digital", 650.0), ("Compressas esterilizadas", 95.0), ("Xarope tosse 150ml", 340.0)]
    items = [(n, r.randint(1, 3), p) for n, p in r.sample(pool, 5)]
    sub = sum(q * p for _, q, p in items)
    iva = round(sub * 16 / 116, 2)
    W = 480
    im = Image.new("RGB", (W, 900), "#ffffff")
    d = ImageDraw.Draw(im)
    texts = []
    f = ImageFont.truetype(FD + "liberation/LiberationMono-Regular.ttf", 15)
    fb = ImageFont.truetype(FD + "liberation/LiberationMono-Bold.ttf", 17)

    def t(y, s, font_=f, anchor="la", x=24):
        d.text((x if anchor == "la" else (W // 2 if anchor == "ma" else W - 24), y), s, font=font_, fill="#111", anchor=anchor)
        texts.append(s)
    y = 24
    for s in ["FARMÁCIA MARGINAL", "Av. Julius Nyerere 1420", "Maputo - Moçambique", f"NUIT 4001{r.randint(10000,99999)}"]:
        t(y, s, fb if s.startswith("FARM") else f, "ma"); y += 24
    y += 6; t(y, "-" * 44); y += 22
    dt = f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/2025"; hr = f"{r.randint(8,20):02d}:{r.randint(0,59):02d}"
    vd = f"VD {r.randint(1,9)}/{r.randint(1000,9999)}"
    t(y, f"Venda a Dinheiro  {vd}"); y += 22
    t(y, f"Data: {dt}   Hora: {hr}"); y += 22
    t(y, "-" * 44); y += 22
    for n, q, p in items:
        t(y, n); y += 20
        t(y, f"  {q} x {grp(p)}"); t(y, grp(q * p), anchor="ra"); y += 24
    t(y, "-" * 44); y += 22
    t(y, "TOTAL", fb); t(y, mt(sub), fb, "ra"); y += 28
    t(y, "IVA incluído (16%)"); t(y, grp(iva), anchor="ra"); y += 22
    paid = (int(sub // 500) + 1) * 500
    t(y, "Numerário"); t(y, grp(float(paid)), anchor="ra"); y += 22
    t(y, "Troco"); t(y, grp(paid - sub), anchor="ra"); y += 30
    t(y, "Obrigado e volte sempre!", anchor="ma"); y += 40
    im = im.crop((0, 0, W, y))
    S.pil("doc_mz_pharmacy_receipt", im, texts)
    S.meta["content"] = "Mozambican pharmacy till receipt (metical MT, comma decimals, Portuguese)"
    S.q("quanto foi o total? / what was the total", mt(sub), "money", "read", True)
    S.q("how much change was given", grp(paid - sub), "money", "read", True)
    nq = sum(q for _, q, _ in items)
    S.q("How many items in total were bought (count the quantities)?", nq, "count", "sum", False)


# ---------------------------------------------------------------- Kyrgyzstan: bus timetable
def doc_kg_timetable(S):
    r = S.rng
    S.category = "timetable"
    dests = [("Karakol", 395, 8 * 60), ("Cholpon-Ata", 255, 4 * 60 + 30), ("Naryn", 330, 6 * 60), ("Osh", 650, 10 * 60 + 30),
             ("Talas", 300, 5 * 60 + 15), ("Balykchy", 180, 3 * 60)]
    rows = []
    for name, price, dur in dests:
        n = r.randint(3, 5)
        starts = sorted(r.sample(range(6 * 60, 20 * 60, 20), n))
        pr = price + r.randint(-3, 6) * 10
        rows.append((name, [f"{m//60:02d}:{m%60:02d}" for m in starts], f"{dur//60} h {dur%60:02d} min", pr))
    trs = "".join(f"<tr><td><b>{E(n)}</b></td><td>{' &nbsp; '.join(E(x) for x in t)}</td><td>{E(du)}</td><td class=n>{p} сом</td></tr>"
                  for n, t, du, p in rows)
    body = f"""<div class=w><div class=h>Western Bus Station · Bishkek<br><span>Батыш автобекети — Расписание отправлений / Departures</span></div>
<div class=v>Valid from 01.05.2025 · prices in Kyrgyz som (сом)</div>
<table><tr><th>Destination</th><th>Departures</th><th>Journey time</th><th>Fare</th></tr>{trs}</table>
<div class=f>Ticket office open 05:30–21:00 · Luggage over 20 kg: 50 сом per bag</div></div>"""
    css = """.w{width:900px;padding:22px;background:#10203a;color:#f2f2f2}.h{font-size:24px;font-weight:bold;color:#ffcf33}.h span{font-size:15px;color:#c6d3ea;font-weight:normal}
.v{margin:8px 0 14px;font-size:14px;color:#c6d3ea}table{width:100%;font-size:16px}th{text-align:left;border-bottom:2px solid #ffcf33;padding:8px;color:#ffcf33}
td{padding:9px 8px;border-bottom:1px solid #2f4466}.n{text-align:right}.f{margin-top:12px;font-size:13px;color:#c6d3ea}"""
    S.html("doc_kg_bus_timetable", page(body, css, "'Roboto Condensed', sans-serif", "#10203a"), 940, 700)
    S.meta["content"] = "Kyrgyz intercity bus departures board (som, 24 h, dd.mm.yyyy)"
    tgt = r.choice(rows)
    times = tgt[1]
    # pick a reference time strictly between first and last departure
    a, b = times[0], times[1]
    hh, mm = map(int, a.split(":")); ref = hh * 60 + mm + 5
    reft = f"{ref//60}:{ref%60:02d}"
    S.q(f"I'm at the station at {reft}, when's the next bus to {tgt[0]}?", b, "time", "next", True)
    cheap = min(rows, key=lambda x: x[3])
    assert sum(1 for x in rows if x[3] == cheap[3]) == 1
    S.q("which destination has the cheapest fare", cheap[0], "text", "argmin", True)
    o = next(x for x in rows if x[0] == "Osh")
    S.q("how long does the ride to Osh take?", o[2], "text", "lookup", True)


# ---------------------------------------------------------------- Panama: certificate
def doc_pa_certificate(S):
    r = S.rng
    S.category = "certificate"
    name = r.choice(["Yarisel Castillo Pinzón", "Ernesto Batista Quintero", "Itzel Moreno Ábrego", "Rubén De Gracia Vega"])
    course = r.choice(["Manejo Seguro de Montacargas", "Primeros Auxilios Básicos", "Atención al Cliente Portuario"])
    hours = r.choice([16, 24, 32, 40])
    d = f"{r.randint(1,28):02d}/{r.randint(1,12):02d}/2025"
    cid = f"CAP-{r.randint(2025000, 2025999)}"
    sig1 = r.choice(["Lic. Marta Cedeño", "Ing. Carlos Samaniego"]); sig2 = "Prof. Aurelio Domínguez"
    body = f"""<div class=c><div class=in><div class=org>Instituto Técnico del Istmo · Colón, República de Panamá</div>
<div class=t>CERTIFICADO</div><div class=s>de aprobación otorgado a</div><div class=n>{E(name)}</div>
<div class=s>por haber completado satisfactoriamente el curso</div><div class=cr>«{E(course)}»</div>
<div class=s>con una duración de <b>{hours} horas</b> académicas.</div>
<div class=s>Dado en Colón, el {d}.</div>
<div class=sg><div><div class=l></div>{E(sig1)}<br><small>Directora Académica</small></div><div><div class=l></div>{E(sig2)}<br><small>Instructor</small></div></div>
<div class=id>Registro Nº {cid}</div></div></div>"""
    css = """.c{width:1000px;height:580px;padding:22px;box-sizing:border-box;background:#f7f1e1}.in{border:6px double #8c6d1f;height:100%;box-sizing:border-box;text-align:center;padding:26px 40px;position:relative}
.org{font-size:15px;letter-spacing:1px;color:#5a4a1a}.t{font-family:'URW Bookman',serif;font-size:56px;color:#8c6d1f;margin:14px 0 4px;letter-spacing:8px}.s{font-size:17px;margin:8px}
.n{font-family:'Z003',cursive;font-size:48px;color:#1d2a57;margin:8px}.cr{font-size:24px;font-weight:bold;color:#1d2a57}
.sg{display:flex;justify-content:space-around;margin-top:42px;font-size:15px}.l{width:220px;border-top:1px solid #333;margin:0 auto 6px}.id{position:absolute;right:18px;bottom:10px;font-size:12px;color:#555}"""
    S.html("doc_pa_certificate", page(body, css, "'P052', serif", "#f7f1e1"), 1000, 580, do_trim=False)
    S.meta["content"] = "Panamanian training certificate (Spanish, dd/mm/yyyy)"
    S.q("who is this certificate for?", name, "person", "read", True)
    S.q("how many hours was the course", hours, "number", "lookup", True)
    S.q("date it was issued?", d, "date", "lookup", True)


# ---------------------------------------------------------------- Barbados: letter (PIL)
def doc_bb_letter(S):
    r = S.rng
    S.category = "letter"
    W, H = 820, 1000
    im = Image.new("RGB", (W, H), "#ffffff")
    d = ImageDraw.Draw(im)
    texts = []
    y = [40]

    def line(s, f=None, fill="#1a1a1a", gap=26, x=60, anchor="la"):
        d.text((x, y[0]), s, font=f or font("serif", 16), fill=fill, anchor=anchor); texts.append(s); y[0] += gap
    d.rectangle((0, 0, W, 12), fill="#00267f"); d.rectangle((0, 12, W, 18), fill="#ffc726")
    line("Coral Reef Water & Drainage Authority", font("serifb", 24), "#00267f", 32)
    line("Pine Commercial Estate, St. Michael, Barbados BB11000  ·  (246) 430-{:04d}".format(r.randint(1000, 9999)), font("sans", 13), "#444", 46)
    months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
    mi = r.randint(1, 9)
    day = r.randint(2, 20)
    line(f"{day} {months[mi-1]} 2025", gap=34)
    who = r.choice(["Mr. Desmond Clarke", "Ms. Renée Bynoe", "Mrs. Patricia Worrell"])
    ref = f"CRW/{r.randint(100,999)}/{r.randint(10,99)}"
    acct = f"{r.randint(100000,999999)}"
    for s in [who, f"Lot {r.randint(2,60)}, Rock Hall", "St. Philip"]:
        line(s, gap=24)
    y[0] += 14
    line(f"Our ref: {ref}", font("serifb", 16)); line(f"Account no.: {acct}", font("serifb", 16), gap=36)
    line("Re: Scheduled replacement of water meter", font("serifb", 17), gap=36)
    line(f"Dear {who.split()[0]} {who.split()[-1]},", gap=34)
    vd = day + r.randint(4, 8)
    dl = vd + r.randint(-3, -1)
    amt = r.choice([0, 0])
    body = [f"As part of our network upgrade in St. Philip, the water meter serving the above account is due",
            f"for replacement on {vd} {months[mi]} 2025 between 8:00 a.m. and 1:00 p.m. Supply will be interrupted",
            "for approximately two hours on that day.",
            "",
            f"If this date is not convenient, please contact our Customer Care unit no later than",
            f"{dl} {months[mi]} 2025, quoting the reference above. There is no charge for this replacement.",
            "",
            "We apologise for any inconvenience and thank you for your cooperation."]
    for s in body:
        if s:
            line(s, font("serif", 15), gap=24)
        else:
            y[0] += 12
    y[0] += 24
    line("Yours faithfully,", gap=60)
    signer = r.choice(["Sharon Alleyne", "Trevor Harewood", "Nicole Greaves"])
    line(signer, font("serifb", 16), gap=22)
    line("Manager, Metering Services", font("serif", 15), "#444", 40)
    im = im.crop((0, 0, W, y[0] + 20))
    S.pil("doc_bb_letter", im, texts)
    S.meta["content"] = "Barbados utility letter about a meter replacement (long-form dates)"
    S.q("who signed the letter", signer, "person", "read", True)
    S.q("what's the deadline to ask for a different date?", f"{dl} {months[mi]} 2025", "date", "lookup", True)
    S.q("what reference should I quote when I call them", ref, "code", "lookup", True)


# ---------------------------------------------------------------- Montenegro: form with checkboxes
def doc_me_form(S):
    r = S.rng
    S.category = "form"
    name = r.choice(["Milica Vuković", "Nikola Radulović", "Jelena Bošković", "Marko Popović"])
    purpose = ["Turizam", "Posao", "Studije", "Porodična posjeta"]
    sel = r.choice(purpose)
    acc = ["Hotel", "Privatni smještaj", "Kamp"]
    asel = r.choice(acc)
    nights = r.randint(3, 14)
    arr = f"{r.randint(1,20):02d}.07.2025."
    phone = f"+382 6{r.randint(7,9)} {r.randint(100,999)} {r.randint(100,999)}"
    tax = round(nights * r.choice([1.0, 1.5]), 2)
    cb = lambda on: "<span class='b on'>✓</span>" if on else "<span class=b></span>"
    prow = "".join(f"<label>{cb(p == sel)} {E(p)}</label>" for p in purpose)
    arow = "".join(f"<label>{cb(a == asel)} {E(a)}</label>" for a in acc)
    pet = r.random() < 0.5
    body = f"""<div class=w><div class=h>Opština Kotor — Turistička organizacija<br><span>PRIJAVA BORAVKA / GUEST REGISTRATION FORM</span></div>
<div class=f><div class=l>Ime i prezime / Full name</div><div class=v>{E(name)}</div></div>
<div class=f><div class=l>Telefon / Phone</div><div class=v>{E(phone)}</div></div>
<div class=row><div class=f><div class=l>Datum dolaska / Arrival</div><div class=v>{arr}</div></div><div class=f><div class=l>Broj noćenja / Nights</div><div class=v>{nights}</div></div></div>
<div class=f><div class=l>Svrha boravka / Purpose of stay</div><div class=cbs>{prow}</div></div>
<div class=f><div class=l>Vrsta smještaja / Accommodation</div><div class=cbs>{arow}</div></div>
<div class=f><div class=l>Kućni ljubimac / Travelling with a pet</div><div class=cbs><label>{cb(pet)} Da / Yes</label><label>{cb(not pet)} Ne / No</label></div></div>
<div class=f><div class=l>Boravišna taksa / Tourist tax</div><div class=v>{grp(tax)} €</div></div>
<div class=sig>Potpis / Signature: ______________________ &nbsp;&nbsp; Datum: {arr}</div></div>"""
    css = """.w{width:760px;padding:26px;border:1px solid #999;margin:10px}.h{font-size:19px;font-weight:bold;color:#a4161a;border-bottom:2px solid #a4161a;padding-bottom:8px;margin-bottom:10px}.h span{font-size:14px;color:#333}
.f{margin:10px 0}.l{font-size:12px;color:#666;text-transform:uppercase}.v{font-size:17px;border-bottom:1px dotted #888;padding:3px 0}.row{display:flex;gap:40px}.row .f{flex:1}
.cbs label{margin-right:22px;font-size:16px}.b{display:inline-block;width:15px;height:15px;border:1.5px solid #333;vertical-align:-2px;text-align:center;line-height:15px;font-size:13px;font-weight:bold}
.sig{margin-top:24px;font-size:14px}"""
    S.html("doc_me_registration_form", page(body, css, "'Liberation Sans', sans-serif"), 820, 800)
    S.meta["content"] = "Montenegrin guest registration form (Serbian/English, checkboxes, EUR, dd.mm.yyyy.)"
    S.q("what purpose of stay is ticked", sel, "text", "selected", True)
    S.q("are they travelling with a pet?", "yes" if pet else "no", "yesno", "state_yesno", False)
    S.q("how much is the tourist tax on this form", f"{grp(tax)} €", "money", "read", True)


# ---------------------------------------------------------------- Senegal: school report (relevé de notes)
def doc_sn_report(S):
    r = S.rng
    S.category = "report_card"
    subj = ["Français", "Mathématiques", "Sciences physiques", "SVT", "Histoire-Géographie", "Anglais", "Philosophie", "EPS"]
    coef = [4, 5, 4, 2, 3, 2, 2, 1]
    notes = [round(r.uniform(6, 18.5) * 4) / 4 for _ in subj]
    while len(set(notes)) < len(notes):
        notes = [round(r.uniform(6, 18.5) * 4) / 4 for _ in subj]
    fmt = lambda v: f"{v:.2f}".replace(".", ",")
    moy = round(sum(n * c for n, c in zip(notes, coef)) / sum(coef), 2)
    rows = "".join(f"<tr><td>{E(s)}</td><td class=c>{c}</td><td class=c>{fmt(n)}</td><td class=c>{fmt(n*c)}</td></tr>" for s, c, n in zip(subj, coef, notes))
    eleve = r.choice(["Aminata Diop", "Moussa Ndiaye", "Fatou Sow", "Cheikh Fall"])
    fees = r.choice([45000, 60000, 75000])
    body = f"""<div class=w><div class=h><div>RÉPUBLIQUE DU SÉNÉGAL<br><small>Un Peuple – Un But – Une Foi</small></div><div>Lycée Privé Baobab de Thiès<br><small>Année scolaire 2024-2025</small></div></div>
<h2>BULLETIN DE NOTES — 2e semestre</h2><div class=m>Élève : <b>{E(eleve)}</b> · Classe : Terminale S2 · Effectif : {r.randint(38,62)}</div>
<table><tr><th>Discipline</th><th>Coef.</th><th>Moyenne /20</th><th>Points</th></tr>{rows}
<tr class=t><td>Moyenne générale</td><td class=c>{sum(coef)}</td><td class=c colspan=2>{fmt(moy)}</td></tr></table>
<div class=m>Frais de scolarité restants : {fees:,} FCFA</div></div>""".replace(",000 FCFA", " 000 FCFA")
    css = """.w{width:860px;padding:24px}.h{display:flex;justify-content:space-between;font-weight:bold;font-size:15px}.h small{font-weight:normal}
h2{text-align:center;color:#00853f;margin:18px 0 6px}.m{margin:10px 0;font-size:15px}table{width:100%;font-size:15px}th{background:#fdef42;padding:7px;border:1px solid #888}
td{border:1px solid #888;padding:6px}.c{text-align:center}.t td{font-weight:bold;background:#e9f5ee}"""
    S.html("doc_sn_bulletin", page(body, css, "'Open Sans', sans-serif"), 920, 800)
    S.meta["content"] = "Senegalese lycée report card (French, coefficients, comma decimals, FCFA)"
    best = subj[notes.index(max(notes))]
    S.q("which subject did the student score highest in", best, "text", "argmax", True)
    S.q("overall average?", fmt(moy), "number", "read", True)
    nb = sum(1 for n in notes if n < 10)
    S.q("how many subjects are below 10/20", nb, "count", "count", False)


SCENES = [doc_bo_factura, doc_om_bill, doc_et_hotel, doc_mg_statement, doc_kh_licence, doc_tt_payslip,
          doc_mz_pharmacy, doc_kg_timetable, doc_pa_certificate, doc_bb_letter, doc_me_form, doc_sn_report]
