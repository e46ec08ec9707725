"""12 documents rendered from HTML by headless chromium."""
import datetime as dt

from lib import Scene, rng, render_html, fmt_group, money


def tbl(headers, rows, cls="", aligns=None):
    aligns = aligns or ["l"] * len(headers)
    al = {"l": "left", "r": "right", "c": "center"}
    h = "".join(f"<th style='text-align:{al[a]}'>{x}</th>" for x, a in zip(headers, aligns))
    b = ""
    for r in rows:
        rc = ""
        if isinstance(r, tuple) and len(r) == 2 and isinstance(r[1], dict):
            r, rc = r[0], r[1].get("cls", "")
        b += f"<tr class='{rc}'>" + "".join(f"<td style='text-align:{al[a]}'>{x}</td>" for x, a in zip(r, aligns)) + "</tr>"
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


# ------------------------------------------------------------------ Ecuador pharmacy receipt
def d_ec_pharmacy():
    s = Scene("rcpt_ec_pharmacy", "receipt", "pharmacy receipt: Ecuador (USD, IVA 0%/15%, dd/mm/yyyy, RUC)",
              "chromium", "thermal paper on blue-grey", "7 items, medicines at IVA 0%, others 15%, cash/change")
    r = rng(s.name)
    items = [("PARACETAMOL 500MG X20", 0), ("IBUPROFENO 400MG X10", 0), ("AMOXICILINA 500MG X12", 0),
             ("PROTECTOR SOLAR FPS50", 15), ("CEPILLO DENTAL SUAVE", 15), ("SUERO ORAL 500ML", 0),
             ("CREMA HIDRATANTE 200ML", 15), ("VITAMINA C 1G X10", 0), ("ALCOHOL ANTISEPTICO 250ML", 15)]
    r.shuffle(items)
    items = items[:7]
    rows, sub0, sub15 = [], 0.0, 0.0
    lines = []
    for name, iva in items:
        q = r.choice([1, 1, 1, 2, 3])
        pu = round(r.uniform(0.85, 14.9), 2)
        tot = round(q * pu, 2)
        if iva:
            sub15 += tot
        else:
            sub0 += tot
        lines.append((name, q, pu, tot, iva))
    sub0, sub15 = round(sub0, 2), round(sub15, 2)
    iva_amt = round(sub15 * 0.15, 2)
    total = round(sub0 + sub15 + iva_amt, 2)
    cash = float(((int(total) // 5) + 1) * 5)
    change = round(cash - total, 2)
    date = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    body = "".join(
        f"<div class='it'><div>{n}{' *' if iva else ''}</div><div class='row'><span>{q} x {pu:.2f}</span><span>{t:.2f}</span></div></div>"
        for n, q, pu, t, iva in lines)
    html = f"""<div class='paper'>
<div class='c b'>FARMACIA SAN GABRIEL</div><div class='c'>Av. 10 de Agosto N24-115 y Colón, Quito</div>
<div class='c'>RUC: 1791846253001</div><div class='c'>Tel. 02-254-7310</div>
<div class='hr'></div>
<div class='row'><span>FACTURA No.</span><span>001-004-000318{r.randint(100, 999)}</span></div>
<div class='row'><span>FECHA:</span><span>{date:%d/%m/%Y} 17:{r.randint(10, 59)}</span></div>
<div class='row'><span>CLIENTE:</span><span>CONSUMIDOR FINAL</span></div>
<div class='hr'></div>{body}<div class='hr'></div>
<div class='row'><span>SUBTOTAL IVA 0%</span><span>{sub0:.2f}</span></div>
<div class='row'><span>SUBTOTAL IVA 15%</span><span>{sub15:.2f}</span></div>
<div class='row'><span>IVA 15%</span><span>{iva_amt:.2f}</span></div>
<div class='row b big'><span>TOTAL USD</span><span>$ {total:.2f}</span></div>
<div class='row'><span>EFECTIVO</span><span>{cash:.2f}</span></div>
<div class='row'><span>CAMBIO</span><span>{change:.2f}</span></div>
<div class='hr'></div><div class='c small'>* Producto grava IVA 15%</div>
<div class='c small'>Gracias por su compra</div></div>"""
    css = """body{background:#5d6d7e;padding:26px;font-family:'DejaVu Sans Mono';font-size:14px}
.paper{background:#fbfaf6;width:380px;margin:0 auto;padding:18px 18px 26px;color:#222;box-shadow:0 3px 10px #0006}
.c{text-align:center}.b{font-weight:bold}.big{font-size:16px}.small{font-size:12px}
.row{display:flex;justify-content:space-between}.hr{border-top:1px dashed #555;margin:8px 0}.it{margin:3px 0}"""
    render_html(s, html, css, 440)
    s.q("how much was the total on this pharmacy receipt?", money(total), "money", "lookup")
    exp = max(lines, key=lambda x: x[3])
    s.q("Which item cost the most (line total)?", exp[0], "text", "argmax", literal=True)
    s.q("How many of the items are charged 15% IVA?", sum(1 for x in lines if x[4]), "count", "count")
    return s


# ------------------------------------------------------------------ Kuwait garage invoice
def d_kw_garage():
    s = Scene("invoice_kw_garage", "invoice", "car service invoice: Kuwait (KWD, 3 decimals, no VAT, bilingual en/ar)",
              "chromium", "white, maroon header, Open Sans", "6 parts/labour lines, discount, total in KD")
    r = rng(s.name)
    parts = [("Engine oil 5W-30 (5 L)", "L"), ("Oil filter", "pc"), ("Air filter", "pc"), ("Brake pads, front (set)", "set"),
             ("Wiper blades (pair)", "set"), ("A/C gas recharge", "job"), ("Spark plugs", "pc")]
    r.shuffle(parts)
    lines = []
    for p, u in parts[:5]:
        q = 4 if p.startswith("Spark") else 1
        pr = round(r.uniform(1.5, 38), 3)
        lines.append((p, q, pr, round(q * pr, 3)))
    hrs = r.choice([1.5, 2, 2.5, 3])
    rate = 8.000
    lines.append((f"Labour ({hrs} h × KD 8.000)", 1, round(hrs * rate, 3), round(hrs * rate, 3)))
    sub = round(sum(x[3] for x in lines), 3)
    disc = round(sub * 0.05, 3)
    total = round(sub - disc, 3)
    date = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    rows = [(str(i + 1), p, str(q), f"{pr:.3f}", f"{t:.3f}") for i, (p, q, pr, t) in enumerate(lines)]
    html = f"""<div class='hd'><div><div class='t'>AL-SALMIYA AUTO CARE</div><div>Block 10, Street 3, Shuwaikh Industrial, Kuwait</div>
<div>CR No. 384512 · Tel. +965 2481 6620</div></div><div class='ar'>فاتورة<br><span>INVOICE</span></div></div>
<div class='meta'><div><b>Invoice No.:</b> SAC-25-{r.randint(1000, 9999)}<br><b>Date:</b> {date:%d/%m/%Y}<br><b>Job card:</b> JC-{r.randint(20000, 29999)}</div>
<div><b>Customer:</b> Fahad Al-Mutairi<br><b>Vehicle:</b> Toyota Land Cruiser 2019<br><b>Plate:</b> 41/58213 · <b>Odometer:</b> {r.randint(60, 140)},{r.randint(100, 999)} km</div></div>
{tbl(["#", "Description", "Qty", "Unit price (KD)", "Amount (KD)"], rows, "items", ["c", "l", "c", "r", "r"])}
<div class='tot'><div><span>Subtotal</span><span>KD {sub:.3f}</span></div><div><span>Loyalty discount 5%</span><span>- KD {disc:.3f}</span></div>
<div class='g'><span>Total due</span><span>KD {total:.3f}</span></div></div>
<div class='ft'>Payment: K-Net · Warranty on parts 6 months / 10,000 km · Thank you</div>"""
    css = """body{font-family:'Open Sans';font-size:14px;color:#222;background:#fff;padding:0 0 10px}
.hd{background:#7b1e2b;color:#fff;padding:18px 28px;display:flex;justify-content:space-between;align-items:center}
.t{font-size:22px;font-weight:700}.ar{font-size:26px;text-align:right}.ar span{font-size:15px;letter-spacing:3px}
.meta{display:flex;justify-content:space-between;padding:16px 28px;line-height:1.6}
.items{width:calc(100% - 56px);margin:0 28px}.items th{background:#f1e4e6;padding:7px 8px;font-size:13px}
.items td{padding:7px 8px;border-bottom:1px solid #ddd}.tot{width:320px;margin:12px 28px 0 auto}
.tot div{display:flex;justify-content:space-between;padding:4px 0}.g{font-weight:700;font-size:17px;border-top:2px solid #7b1e2b}
.ft{margin:18px 28px 0;color:#666;font-size:12px}"""
    render_html(s, html, css, 900)
    s.q("What's the total due on this invoice in KD?", money(total, 3), "money", "lookup")
    s.q("how many hours of labour were billed", f"{hrs}", "number", "lookup")
    big = max(lines[:-1], key=lambda x: x[3])
    s.q("Which part was the most expensive line?", big[0], "text", "argmax", literal=True)
    return s


# ------------------------------------------------------------------ Cyprus electricity bill
def d_cy_electricity():
    s = Scene("bill_cy_electricity", "bill", "electricity bill: Cyprus (EUR 1.234,56, VAT 19%, bimonthly, Greek/English)",
              "chromium", "white, orange/teal, Noto Sans", "meter readings, energy + fuel adjustment + network charges, VAT")
    r = rng(s.name)
    prev = r.randint(20000, 40000)
    used = r.randint(420, 1400)
    cur = prev + used
    p_en = 0.1337
    fuel = 0.0461
    net = 0.0282
    en = round(used * p_en, 2)
    fa = round(used * fuel, 2)
    nw = round(used * net, 2)
    fixed = 7.32
    res = round(used * 0.005, 2)
    sub = round(en + fa + nw + fixed + res, 2)
    vat = round(sub * 0.19, 2)
    total = round(sub + vat, 2)
    start = dt.date(2025, r.choice([3, 5, 7, 9]), r.randint(1, 10))
    end = start + dt.timedelta(days=61)
    due = end + dt.timedelta(days=24)
    c = lambda x: fmt_group(x, 2, ".", ",")  # noqa: E731
    rows = [("Ενέργεια / Energy", f"{used} kWh × €0,1337", c(en)),
            ("Αναπροσαρμογή καυσίμων / Fuel adjustment", f"{used} kWh × €0,0461", c(fa)),
            ("Δίκτυο / Network use", f"{used} kWh × €0,0282", c(nw)),
            ("Πάγιο / Fixed charge", "2 months", c(fixed)),
            ("ΑΠΕ & ΕΞΕ / RES levy", f"{used} kWh × €0,0050", c(res)),
            ("Υποσύνολο / Subtotal", "", c(sub)),
            ("ΦΠΑ 19% / VAT 19%", "", c(vat))]
    html = f"""<div class='top'><div class='logo'>ΦΩΤΕΙΝΗ ΕΝΕΡΓΕΙΑ · Foteini Energy</div><div>Λογαριασμός Ηλεκτρισμού / Electricity Bill</div></div>
<div class='wrap'><div class='left'>
<div class='box'><b>Λογαριασμός / Account</b><br>05-318-{r.randint(100000, 999999)}<br><br>Eleni Charalambous<br>Odos Arch. Makariou 41, 3020 Lemesos</div>
<div class='box'><b>Περίοδος / Period</b><br>{start:%d/%m/%Y} – {end:%d/%m/%Y}<br><br><b>Μετρητής / Meter</b> 7K-{r.randint(10000, 99999)}<br>
Προηγούμενη / Previous: {prev}<br>Τρέχουσα / Current: {cur}</div></div>
<div class='right'>{tbl(["Χρέωση / Charge", "Βάση / Basis", "€"], rows, "t", ["l", "l", "r"])}
<div class='due'><div>Πληρωτέο ποσό / Amount due<br><span>€ {c(total)}</span></div><div>Ημ. λήξης / Due date<br><span>{due:%d/%m/%Y}</span></div></div></div></div>"""
    css = """body{font-family:'Noto Sans';font-size:13.5px;color:#233;background:#fff}
.top{background:#f28c28;color:#fff;padding:14px 24px;display:flex;gap:30px;align-items:center;font-size:17px}
.logo{font-weight:800;font-size:24px}.wrap{display:flex;gap:20px;padding:18px 24px}.left{width:260px}
.box{border:1px solid #cfd8dc;border-radius:6px;padding:10px;margin-bottom:12px;line-height:1.5}.right{flex:1}
.t{width:100%}.t th{background:#e0f2f1;padding:6px;font-size:12.5px}.t td{padding:6px;border-bottom:1px solid #e6e6e6}
.due{display:flex;gap:14px;margin-top:14px}.due div{flex:1;background:#00695c;color:#fff;padding:10px 14px;border-radius:6px}
.due span{font-size:21px;font-weight:700}"""
    render_html(s, html, css, 980)
    s.q("how many kWh did I use this period?", used, "number", "subtract")
    s.q("When is this electricity bill due?", f"{due:%d/%m/%Y}", "date", "lookup", literal=True)
    s.q("What's the VAT amount on the bill?", money(vat), "money", "lookup")
    return s


# ------------------------------------------------------------------ Dominican bank statement
def d_do_statement():
    s = Scene("stmt_do_bank", "statement", "bank account statement: Dominican Republic (RD$ 1,234.56, dd/mm/yyyy, Spanish)",
              "chromium", "white, dark blue header, Lato", "10 transactions with débito/crédito and running balance")
    r = rng(s.name)
    bal0 = round(r.uniform(18000, 60000), 2)
    descs_d = ["PAGO ELECTRICIDAD DEL SUR", "SUPERMERCADO LA CANASTA", "RETIRO CAJERO BCA", "TELECOM CARIBE",
               "FARMACIA LOS PRÓCERES", "TRANSFERENCIA A J. PEÑA", "GASOLINERA ISLA WINSTON", "TAXI APP *VIAJE"]
    descs_c = ["NÓMINA GRUPO RAMOS", "TRANSFERENCIA DE M. DE LEÓN", "DEVOLUCIÓN ITBIS"]
    tx = []
    bal = bal0
    day = 1
    kinds = ["d"] * 7 + ["c"] * 3
    r.shuffle(kinds)
    for k in kinds:
        day += r.randint(1, 3)
        if k == "d":
            amt = round(r.uniform(350, 9500), 2)
            desc = descs_d.pop(r.randrange(len(descs_d)))
            bal = round(bal - amt, 2)
            tx.append((dt.date(2025, 6, day), desc, amt, None, bal))
        else:
            amt = round(r.uniform(2000, 45000), 2)
            desc = descs_c.pop(r.randrange(len(descs_c)))
            bal = round(bal + amt, 2)
            tx.append((dt.date(2025, 6, day), desc, None, amt, bal))
    g = lambda x: fmt_group(x, 2)  # noqa: E731
    rows = [(f"{d:%d/%m/%Y}", de, g(a) if a else "", g(c) if c else "", g(b)) for d, de, a, c, b in tx]
    html = f"""<div class='hd'><div class='bk'>Banco Caribeño de Ahorros</div><div>Estado de cuenta · Junio 2025</div></div>
<div class='info'><div>Cliente: <b>Yanelis Peña Almonte</b><br>Cuenta de ahorros No. ****{r.randint(1000, 9999)}</div>
<div>Balance anterior: <b>RD$ {g(bal0)}</b><br>Balance al corte: <b>RD$ {g(bal)}</b></div></div>
{tbl(["Fecha", "Descripción", "Débito", "Crédito", "Balance"], rows, "t", ["l", "l", "r", "r", "r"])}
<div class='ft'>Montos en pesos dominicanos (RD$). Para reclamaciones llame al 809-555-0190.</div>"""
    css = """body{font-family:Lato;font-size:14px;color:#1c2833;background:#fff}
.hd{background:#0b3d91;color:#fff;padding:16px 26px;display:flex;justify-content:space-between;align-items:center}
.bk{font-size:21px;font-weight:700}.info{display:flex;justify-content:space-between;padding:14px 26px;line-height:1.6}
.t{width:calc(100% - 52px);margin:0 26px}.t th{border-bottom:2px solid #0b3d91;padding:7px;color:#0b3d91}
.t td{padding:6px 7px;border-bottom:1px solid #e5e8e8}.t tr:nth-child(even){background:#f4f6f9}
.ft{padding:12px 26px;font-size:12px;color:#777}"""
    render_html(s, html, css, 1000)
    big = max([x for x in tx if x[2]], key=lambda x: x[2])
    s.q("What was the biggest withdrawal/debit this month?", f"{big[1]}, RD$ {g(big[2])}", "text", "argmax")
    s.q("closing balance?", money(bal), "money", "lookup")
    s.q("How many deposits (credits) came in?", 3, "count", "count")
    return s


# ------------------------------------------------------------------ Mongolian train ticket
def d_mn_train():
    s = Scene("ticket_mn_train", "ticket", "train ticket: Mongolia (₮ 45,600, Cyrillic + English, yyyy.mm.dd)",
              "chromium", "pale blue ticket with stub, Roboto", "route, train, carriage/berth, departure/arrival, fare")
    r = rng(s.name)
    dest = r.choice([("Дархан", "Darkhan", 4, 45600), ("Сүхбаатар", "Sukhbaatar", 7, 61200),
                     ("Эрдэнэт", "Erdenet", 10, 52800)])
    dep_h, dep_m = r.choice([(8, 20), (15, 35), (20, 50)])
    dur_min = dest[2] * 60 + r.choice([5, 25, 40])
    dep = dt.datetime(2025, 10, r.randint(1, 28), dep_h, dep_m)
    arr = dep + dt.timedelta(minutes=dur_min)
    car, berth = r.randint(3, 11), r.randint(1, 36)
    fare = dest[3]
    bedding = 3500
    total = fare + bedding
    html = f"""<div class='tk'><div class='main'>
<div class='hd'><span>ТАЛ ЭКСПРЕСС ТӨМӨР ЗАМ</span><span>TAL EXPRESS RAIL</span></div>
<div class='route'><div><small>Хаанаас / From</small><b>Улаанбаатар</b><i>Ulaanbaatar</i></div><div class='arr'>→</div>
<div><small>Хаашаа / To</small><b>{dest[0]}</b><i>{dest[1]}</i></div></div>
<div class='grid'><div><small>Галт тэрэг / Train</small>№ {r.choice([211, 263, 271, 285])}</div>
<div><small>Огноо / Date</small>{dep:%Y.%m.%d}</div>
<div><small>Хөдлөх / Departs</small>{dep:%H:%M}</div><div><small>Хүрэх / Arrives</small>{arr:%H:%M}</div>
<div><small>Вагон / Carriage</small>{car}</div><div><small>Суудал / Berth</small>{berth}</div>
<div><small>Ангилал / Class</small>Купе / Kupe</div><div><small>Зорчигч / Passenger</small>BATBAYAR O.</div></div></div>
<div class='stub'><div><small>Тасалбар / Fare</small>₮ {fare:,}</div><div><small>Цагаан хэрэглэл / Bedding</small>₮ {bedding:,}</div>
<div class='tot'><small>Нийт / Total</small>₮ {total:,}</div><div class='code'>ЭА-{r.randint(1000000, 9999999)}</div></div></div>"""
    css = """body{font-family:Roboto;background:#dfe6ec;padding:24px}
.tk{display:flex;width:900px;background:#eaf4fb;border:1px solid #8fb3cc;border-radius:10px;overflow:hidden}
.main{flex:1;padding:16px 22px}.hd{display:flex;justify-content:space-between;color:#0d4f8b;font-weight:700;border-bottom:2px solid #0d4f8b;padding-bottom:8px}
.route{display:flex;align-items:center;gap:30px;margin:14px 0}.route div{display:flex;flex-direction:column}.route b{font-size:24px;color:#0d2f4f}
.route i{color:#456}.arr{font-size:32px;color:#0d4f8b}small{display:block;font-size:11px;color:#5b7083}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:10px 16px;font-size:16px;font-weight:500}
.stub{width:220px;border-left:2px dashed #8fb3cc;padding:16px;display:flex;flex-direction:column;gap:10px;font-size:16px;background:#d6eaf7}
.tot{font-size:20px;font-weight:700;color:#0d2f4f}.code{font-family:'DejaVu Sans Mono';font-size:13px;color:#345}"""
    render_html(s, html, css, 960)
    s.q("What time does the train leave Ulaanbaatar?", f"{dep:%H:%M}", "time", "lookup", literal=True)
    s.q("carriage and berth number?", f"carriage {car}, berth {berth}", "text", "lookup")
    s.q("How much did the ticket cost in total, bedding included?", str(total), "money", "lookup")
    return s


# ------------------------------------------------------------------ Welsh council tax letter
def d_wales_council():
    s = Scene("letter_wales_counciltax", "letter", "council tax demand letter: Wales (bilingual Welsh/English, GBP, '1 April 2026')",
              "chromium", "white paper, P052 serif", "band, annual charge, single-person discount, 10 instalments")
    r = rng(s.name)
    band = r.choice(["B", "C", "D", "E"])
    base = {"B": 1478.21, "C": 1689.38, "D": 1900.55, "E": 2322.89}[band]
    comm = round(base * 0.0345, 2)
    police = round(base * 0.191, 2)
    gross = round(base + comm + police, 2)
    disc = round(gross * 0.25, 2)
    net = round(gross - disc, 2)
    inst = round(net / 10, 2)
    first = round(net - inst * 9, 2)
    months = ["April", "May", "June", "July", "August", "September", "October", "November", "December", "January"]
    day = r.choice([1, 15])
    html = f"""<div class='pg'><div class='hd'><div><b>Cyngor Sir Penfro Uchaf</b><br>Upper Pembroke County Council</div>
<div class='r'>Treth y Cyngor / Council Tax<br>Blwyddyn / Year 2026/27</div></div>
<div class='addr'>Mr Rhodri Llewelyn<br>7 Heol y Felin<br>Arberth<br>SA67 8QT</div>
<div class='ref'>Cyfeirnod / Account reference: 6081{r.randint(10000, 99999)}<br>Dyddiad / Date: 9 March 2026</div>
<p><b>Hysbysiad galw am daliad / Demand notice</b></p>
<p>Annwyl / Dear Mr Llewelyn,</p>
<p>Your property at 7 Heol y Felin, Arberth is in <b>Band {band}</b>. Your council tax for 1 April 2026 to 31 March 2027 is set out below.</p>
<table class='t'><tr><td>County council</td><td class='n'>£{base:,.2f}</td></tr><tr><td>Community council (Arberth)</td><td class='n'>£{comm:,.2f}</td></tr>
<tr><td>Police and Crime Commissioner</td><td class='n'>£{police:,.2f}</td></tr><tr class='b'><td>Total charge</td><td class='n'>£{gross:,.2f}</td></tr>
<tr><td>Less single person discount 25%</td><td class='n'>−£{disc:,.2f}</td></tr><tr class='b'><td>Amount payable</td><td class='n'>£{net:,.2f}</td></tr></table>
<p>You will pay by 10 monthly instalments: the first instalment of <b>£{first:,.2f}</b> is due on {day} April 2026, followed by 9 instalments of <b>£{inst:,.2f}</b>
on the {day}{'st' if day == 1 else 'th'} of each month from May 2026 to {months[-1]} 2027.</p>
<p>Yn gywir / Yours sincerely,<br><br><i>Siân Prydderch</i><br>Pennaeth Refeniw / Head of Revenues</p></div>"""
    css = """body{background:#cfcfcf;padding:20px;font-family:P052;font-size:15.5px;color:#111}
.pg{background:#fff;width:780px;margin:0 auto;padding:34px 46px;line-height:1.45}
.hd{display:flex;justify-content:space-between;border-bottom:3px solid #c8102e;padding-bottom:10px;font-size:16px}.r{text-align:right}
.addr{margin:22px 0 6px}.ref{text-align:right;font-size:14px}.t{width:70%;margin:6px 0 6px 20px}.t td{padding:3px 6px}
.n{text-align:right}.b td{font-weight:bold;border-top:1px solid #333}"""
    render_html(s, html, css, 860)
    s.q("What council tax band is the house in?", band, "code", "lookup", literal=True)
    s.q("how much is the yearly amount I actually have to pay after the discount", money(net), "money", "lookup")
    s.q("What's the monthly instalment after the first one?", money(inst), "money", "lookup")
    return s


# ------------------------------------------------------------------ Guatemala enrollment form
def d_gt_form():
    s = Scene("form_gt_inscripcion", "form", "university course enrolment form: Guatemala (Spanish, Q, dd/mm/yyyy, DPI)",
              "chromium", "white form, green accents, Cantarell", "student fields, jornada radios, 8 course checkboxes, fees")
    r = rng(s.name)
    courses = [("Matemática II", 5), ("Física I", 5), ("Programación II", 4), ("Estadística I", 4),
               ("Contabilidad General", 3), ("Idioma Técnico I", 2), ("Lógica de Sistemas", 4), ("Ética Profesional", 2)]
    checked = sorted(r.sample(range(8), r.randint(4, 5)))
    jornadas = ["Matutina", "Vespertina", "Nocturna", "Fin de semana"]
    jsel = r.randrange(4)
    per = 95.00
    fee = 350.00
    cred = sum(courses[i][1] for i in checked)
    total = fee + per * len(checked)
    dpi = f"{r.randint(1000, 2999)} {r.randint(10000, 99999)} {r.choice(['0101', '0901', '1301'])}"
    cb = "".join(f"<label class='cb'><span class='box {'on' if i in checked else ''}'>{'✓' if i in checked else ''}</span>{n} <em>({c} créditos)</em></label>"
                 for i, (n, c) in enumerate(courses))
    rb = "".join(f"<label class='rb'><span class='dot {'on' if i == jsel else ''}'></span>{j}</label>" for i, j in enumerate(jornadas))
    html = f"""<div class='f'><div class='hd'>Universidad del Valle de Xelajú<br><small>Boleta de inscripción de cursos · Segundo semestre 2025</small></div>
<div class='g'><div><label>Nombre completo</label><div class='in'>María José Tzul Coyoy</div></div>
<div><label>Carné</label><div class='in'>2023-{r.randint(10000, 99999)}</div></div>
<div><label>DPI</label><div class='in'>{dpi}</div></div><div><label>Fecha</label><div class='in'>{r.randint(1, 28):02d}/07/2025</div></div>
<div><label>Carrera</label><div class='in'>Ingeniería en Sistemas</div></div><div><label>Teléfono</label><div class='in'>+502 5{r.randint(100, 999)} {r.randint(1000, 9999)}</div></div></div>
<h4>Jornada</h4><div class='rbs'>{rb}</div><h4>Cursos a inscribir</h4><div class='cbs'>{cb}</div>
<div class='fee'>Inscripción Q {fee:,.2f} + Q {per:.2f} por curso · Total a pagar: <b>Q {total:,.2f}</b></div></div>"""
    css = """body{font-family:Cantarell;background:#eef3ee;padding:22px;font-size:14.5px;color:#223}
.f{background:#fff;width:860px;margin:auto;border-top:6px solid #1e7b4b;padding:20px 28px}
.hd{font-size:21px;font-weight:700;color:#1e7b4b}.hd small{font-size:14px;color:#555;font-weight:400}
.g{display:grid;grid-template-columns:1fr 1fr;gap:10px 24px;margin-top:14px}label{font-size:12px;color:#667}
.in{border:1px solid #b7c4bb;border-radius:4px;padding:6px 9px;margin-top:2px}h4{margin:16px 0 8px;color:#1e7b4b}
.rbs{display:flex;gap:26px}.rb{display:flex;align-items:center;gap:7px;font-size:14.5px;color:#223}
.dot{width:16px;height:16px;border:2px solid #1e7b4b;border-radius:50%;display:inline-block;position:relative}
.dot.on::after{content:'';position:absolute;left:3px;top:3px;width:6px;height:6px;border-radius:50%;background:#1e7b4b}
.cbs{display:grid;grid-template-columns:1fr 1fr;gap:8px 24px}.cb{display:flex;align-items:center;gap:8px;font-size:14.5px;color:#223}
.cb em{color:#778;font-size:12.5px}.box{width:17px;height:17px;border:2px solid #1e7b4b;border-radius:3px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
.box.on{background:#1e7b4b}.fee{margin-top:16px;padding:10px;background:#f1f7f3;border-radius:4px}"""
    render_html(s, html, css, 940)
    s.q("Which jornada (schedule) did she pick?", jornadas[jsel], "text", "selected", literal=True)
    s.q("how many courses are ticked?", len(checked), "count", "count")
    s.q("Total credits of the courses she's enrolling in?", cred, "number", "sum")
    return s


# ------------------------------------------------------------------ Namibian payslip
def d_na_payslip():
    s = Scene("payslip_na", "payslip", "payslip: Namibia (N$ 12,345.67, PAYE, SSC, pension)", "chromium",
              "white, sand header, Roboto Condensed", "earnings and deductions columns, net pay, YTD")
    r = rng(s.name)
    basic = round(r.uniform(14000, 32000), 2)
    housing = round(r.choice([1500, 2000, 2500]), 2)
    transport = round(r.choice([800, 1000, 1200]), 2)
    ot_h = r.randint(4, 12)
    ot = round(basic / 173.33 * 1.5 * ot_h, 2)
    gross = round(basic + housing + transport + ot, 2)
    pension = round(basic * 0.07, 2)
    medical = round(r.choice([1180.0, 1425.0, 1650.0]), 2)
    ssc = 99.00
    taxable = gross - pension
    paye = round(max(0.0, (taxable * 12 - 150000) * 0.25 + 20000) / 12, 2) if taxable * 12 > 150000 else round((taxable * 12 - 100000) * 0.18 / 12, 2)
    ded = round(pension + medical + ssc + paye, 2)
    net = round(gross - ded, 2)
    g = lambda x: fmt_group(x, 2)  # noqa: E731
    earn = [("Basic salary", g(basic)), ("Housing allowance", g(housing)), ("Transport allowance", g(transport)),
            (f"Overtime ({ot_h} h @ 1.5)", g(ot))]
    dedl = [("PAYE", g(paye)), ("Social Security (SSC)", g(ssc)), ("Pension fund 7%", g(pension)),
            ("Medical aid", g(medical))]
    html = f"""<div class='ps'><div class='hd'><div><b>KALAHARI LOGISTICS (PTY) LTD</b><br>Sam Nujoma Avenue 112, Windhoek</div>
<div class='r'>PAYSLIP<br>September 2025</div></div>
<div class='emp'><div>Employee: <b>Ndapewa Shikongo</b></div><div>Employee no.: KL-{r.randint(100, 999)}</div>
<div>Position: Dispatch Supervisor</div><div>Pay date: 25/09/2025</div></div>
<div class='cols'><div>{tbl(["Earnings", "N$"], earn, "t", ["l", "r"])}<div class='sum'><span>Gross pay</span><span>N$ {g(gross)}</span></div></div>
<div>{tbl(["Deductions", "N$"], dedl, "t", ["l", "r"])}<div class='sum'><span>Total deductions</span><span>N$ {g(ded)}</span></div></div></div>
<div class='net'>NET PAY &nbsp; N$ {g(net)}</div><div class='ft'>Bank: Oshana Savings Bank ****{r.randint(1000, 9999)} · Leave balance: {r.randint(4, 22)} days</div></div>"""
    css = """body{font-family:'Roboto Condensed';font-size:15px;background:#f4efe6;padding:20px;color:#2a2a2a}
.ps{background:#fff;width:900px;margin:auto;border:1px solid #d8c9a8}.hd{background:#c9a66b;color:#2b1d0e;padding:14px 22px;display:flex;justify-content:space-between}
.r{text-align:right;font-size:18px;font-weight:700}.emp{display:grid;grid-template-columns:1fr 1fr;padding:12px 22px;gap:4px}
.cols{display:flex;gap:24px;padding:0 22px}.cols>div{flex:1}.t{width:100%}.t th{border-bottom:2px solid #c9a66b;padding:6px}
.t td{padding:5px 6px;border-bottom:1px solid #eee}.sum{display:flex;justify-content:space-between;font-weight:700;padding:7px 6px;background:#f7f1e6}
.net{margin:14px 22px;background:#2b1d0e;color:#fff;font-size:22px;font-weight:700;padding:10px 14px;text-align:right}
.ft{padding:0 22px 14px;color:#777;font-size:13px}"""
    render_html(s, html, css, 980)
    s.q("What's my net pay this month?", money(net), "money", "lookup")
    s.q("how much PAYE was deducted", money(paye), "money", "lookup")
    s.q("How many overtime hours were paid?", ot_h, "count", "lookup")
    return s


# ------------------------------------------------------------------ Tanzanian prescription
def d_tz_rx():
    s = Scene("rx_tz_clinic", "prescription", "prescription: Tanzania clinic (Swahili/English, dd/mm/yyyy, TSh)",
              "chromium", "light yellow pad, URW Gothic + handwriting-like italic", "4 drugs with dose × frequency × days and quantities")
    r = rng(s.name)
    drugs = [("Artemether/Lumefantrine 20/120 mg", "4 tabs", 2, 3, "tabs"), ("Paracetamol 500 mg", "2 tabs", 3, 5, "tabs"),
             ("Amoxicillin 500 mg", "1 cap", 3, 7, "caps"), ("ORS sachet", "1 sachet", 2, 4, "sachets"),
             ("Metronidazole 400 mg", "1 tab", 3, 5, "tabs"), ("Cetirizine 10 mg", "1 tab", 1, 10, "tabs")]
    r.shuffle(drugs)
    drugs = drugs[:4]
    rows = []
    for n, dose, f, d, unit in drugs:
        per = int(dose.split()[0])
        qty = per * f * d
        rows.append((n, dose, f"{f}x / day", f"siku {d} / {d} days", f"{qty} {unit}"))
    date = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    html = f"""<div class='rx'><div class='hd'><div><b>KLINIKI YA AFYA MSASANI</b><br>Msasani Health Clinic · Dar es Salaam<br>Simu/Tel: +255 22 260 {r.randint(1000, 9999)}</div>
<div class='sym'>℞</div></div>
<div class='pt'><span>Jina / Name: <b>Neema Mwakyusa</b></span><span>Umri / Age: {r.randint(19, 60)}</span><span>Tarehe / Date: {date:%d/%m/%Y}</span></div>
{tbl(["Dawa / Drug", "Kipimo / Dose", "Mara / Frequency", "Muda / Duration", "Jumla / Qty"], rows, "t")}
<div class='sg'><div>Daktari / Doctor: <b>Dr. Baraka Mushi</b><br>MCT Reg. No. {r.randint(1000, 9999)}</div><div class='sig'>B. Mushi</div></div></div>"""
    css = """body{font-family:'URW Gothic';background:#b9c7b0;padding:22px;font-size:15px;color:#1d2a3a}
.rx{background:#fffbe6;width:860px;margin:auto;padding:22px 28px;border-radius:4px}
.hd{display:flex;justify-content:space-between;border-bottom:2px solid #2e7d32;padding-bottom:10px;line-height:1.4}
.sym{font-size:54px;color:#2e7d32;font-family:'DejaVu Serif'}.pt{display:flex;justify-content:space-between;margin:14px 0}
.t{width:100%}.t th{font-size:13px;text-align:left;border-bottom:1px solid #2e7d32;padding:6px}.t td{padding:8px 6px;border-bottom:1px dotted #aaa;font-family:'Z003';font-size:21px;color:#0d3b8c}
.sg{display:flex;justify-content:space-between;margin-top:22px;align-items:end}.sig{font-family:'Z003';font-size:30px;color:#0d3b8c;border-bottom:1px solid #333;padding:0 30px}"""
    render_html(s, html, css, 940)
    long = max(drugs, key=lambda x: x[3])
    ties = [x for x in drugs if x[3] == long[3]]
    if len(ties) == 1:
        s.q("which medicine is prescribed for the longest time?", long[0], "text", "argmax", literal=True)
    else:
        s.q("Who is the prescribing doctor?", "Dr. Baraka Mushi", "person", "party", literal=True)
    n0 = drugs[0]
    s.q(f"how many {n0[4]} of {n0[0].split()[0]} in total?", rows[0][4], "text", "lookup", literal=True)
    s.q("How many times a day should she take the " + drugs[1][0].split()[0] + "?", drugs[1][2], "count", "lookup")
    return s


# ------------------------------------------------------------------ Rwanda bus timetable
def d_rw_bus():
    s = Scene("timetable_rw_bus", "schedule", "intercity bus timetable: Kigali, Rwanda (RWF, Kinyarwanda/English, 24h)",
              "chromium", "white, yellow/blue, Lato", "5 routes from Nyabugogo with departure times and fares")
    r = rng(s.name)
    routes = [("Huye (Butare)", 3700), ("Musanze (Ruhengeri)", 2100), ("Rubavu (Gisenyi)", 3500), ("Rusizi (Kamembe)", 7800),
              ("Nyagatare", 3900)]
    data = []
    for dest, fare in routes:
        fare = fare + r.choice([0, 50, 100])
        n = r.randint(5, 8)
        starts = sorted(r.sample(range(5 * 60, 19 * 60, 30), n))
        times = [f"{m // 60:02d}:{m % 60:02d}" for m in starts]
        data.append((dest, fare, times))
    rows = [(d, " · ".join(t), f"{f:,} RWF") for d, f, t in data]
    html = f"""<div class='hd'><div class='lg'>VOLCANO HILLS EXPRESS</div><div>Ingengabihe / Timetable · Gare ya Nyabugogo, Kigali</div></div>
<div class='nt'>Valid from 1 November 2025 · Daily including Sundays · Amafaranga / Fare per passenger</div>
{tbl(["Aho ujya / Destination", "Amasaha yo guhaguruka / Departures", "Igiciro / Fare"], rows, "t", ["l", "l", "r"])}
<div class='ft'>Please arrive 20 minutes before departure. Tickets also via *182*8#. Helpline 0788 310 {r.randint(100, 999)}</div>"""
    css = """body{font-family:Lato;background:#fff;font-size:15px;color:#102a43}
.hd{background:#fbd000;padding:14px 24px;display:flex;justify-content:space-between;align-items:center}.lg{font-weight:900;font-size:22px;color:#003f88}
.nt{padding:10px 24px;color:#334e68;font-size:13.5px}.t{width:calc(100% - 48px);margin:0 24px}.t th{background:#003f88;color:#fff;padding:8px}
.t td{padding:9px 8px;border-bottom:1px solid #d9e2ec;font-variant-numeric:tabular-nums}.t td:nth-child(2){font-family:'DejaVu Sans Mono';font-size:14px}
.t tr:nth-child(even){background:#f0f4f8}.ft{padding:12px 24px;font-size:12.5px;color:#627d98}"""
    render_html(s, html, css, 1100)
    huye = data[0]
    after = [t for t in huye[2] if t > "10:00"]
    if after:
        s.q("I'm at Nyabugogo at 10:00 — when's the next bus to Huye?", after[0], "time", "next", literal=True)
    else:
        s.q("What time is the last bus to Huye?", huye[2][-1], "time", "latest", literal=True)
    exp = max(data, key=lambda x: x[1])
    s.q("which destination has the most expensive fare", exp[0], "text", "argmax", literal=True)
    mus = data[1]
    s.q("How many departures a day to Musanze?", len(mus[2]), "count", "count")
    return s


# ------------------------------------------------------------------ Albanian menu
def d_al_menu():
    s = Scene("menu_al_restaurant", "menu", "restaurant menu: Albania (prices in lekë, '1 200 L', bilingual sq/en)",
              "chromium", "dark slate with gold, Noto Serif", "4 sections, 13 dishes with prices")
    r = rng(s.name)
    secs = {"Antipasta / Starters": ["Byrek me spinaq / Spinach pie", "Sallatë shqiptare / Albanian salad", "Djathë i bardhë / White cheese plate", "Speca me gjizë / Peppers with curd"],
            "Pjata kryesore / Mains": ["Tavë kosi / Baked lamb with yoghurt", "Fërgesë Tirane / Tirana fërgesë", "Qofte të fërguara / Fried meatballs", "Levrek në skarë / Grilled sea bass", "Fasule me mish / Beans with meat"],
            "Ëmbëlsira / Desserts": ["Trilece / Three-milk cake", "Bakllava", "Kadaif"],
            "Pije / Drinks": ["Dhallë / Buttermilk", "Raki rrushi / Grape raki"]}
    data = {}
    for sec, dishes in secs.items():
        lo, hi = {"Antipasta / Starters": (300, 700), "Pjata kryesore / Mains": (800, 2200),
                  "Ëmbëlsira / Desserts": (250, 600), "Pije / Drinks": (150, 400)}[sec]
        prices = r.sample(range(lo // 50, hi // 50), len(dishes))
        data[sec] = [(d, p * 50) for d, p in zip(dishes, prices)]
    L = lambda p: f"{p:,}".replace(",", " ") + " L"  # noqa: E731
    body = ""
    for sec, items in data.items():
        body += f"<h3>{sec}</h3>" + "".join(f"<div class='it'><span>{d}</span><span class='dots'></span><span>{L(p)}</span></div>" for d, p in items)
    html = f"<div class='m'><h1>Restorant Guri i Zi</h1><div class='sub'>Rruga e Kavajës 38 · Tiranë</div>{body}<div class='ft'>Çmimet përfshijnë TVSH · Prices include VAT</div></div>"
    css = """body{background:#1f2a30;padding:24px;font-family:'Noto Serif';color:#f3ead8}
.m{width:680px;margin:auto;border:2px solid #c9a45c;padding:22px 34px}h1{text-align:center;color:#c9a45c;margin:0;font-size:30px}
.sub{text-align:center;font-size:14px;color:#cfc4ad;margin-bottom:6px}h3{color:#c9a45c;border-bottom:1px solid #c9a45c55;padding-bottom:4px;margin:16px 0 6px;font-size:18px}
.it{display:flex;gap:8px;padding:4px 0;font-size:15.5px}.dots{flex:1;border-bottom:1px dotted #c9a45c88;margin-bottom:5px}.ft{text-align:center;font-size:12.5px;color:#b5a98f;margin-top:16px}"""
    render_html(s, html, css, 760)
    des = data["Ëmbëlsira / Desserts"]
    cheap = min(des, key=lambda x: x[1])
    s.q("what's the cheapest dessert?", cheap[0], "text", "argmin", literal=True)
    mains = data["Pjata kryesore / Mains"]
    tk = mains[0]
    s.q("How much is the tavë kosi?", str(tk[1]), "money", "lookup")
    top = max(mains, key=lambda x: x[1])
    s.q("Most expensive main course?", top[0], "text", "argmax", literal=True)
    return s


# ------------------------------------------------------------------ Moldovan course certificate
def d_md_cert():
    s = Scene("cert_md_course", "certificate", "course completion certificate: Moldova (Romanian/English, dd.mm.yyyy, grades 1-10)",
              "chromium", "ivory with blue border, P052 + URW Gothic", "name, course, 5 modules with hours and grades, final grade")
    r = rng(s.name)
    mods = ["Fundamentele contabilității / Accounting basics", "Fiscalitate / Taxation", "Salarizare / Payroll",
            "Raportare financiară / Financial reporting", "1C: Contabilitate / 1C software"]
    rows = []
    for m in mods:
        h = r.choice([16, 20, 24, 30, 36])
        gr = r.choice([7, 8, 8, 9, 9, 10])
        rows.append((m, h, gr))
    hrs = sum(x[1] for x in rows)
    avg = round(sum(x[2] for x in rows) / len(rows), 2)
    issue = dt.date(2025, r.randint(1, 12), r.randint(1, 28))
    tr = [(m, str(h), str(g)) for m, h, g in rows]
    html = f"""<div class='c'><div class='in'><div class='org'>CENTRUL DE FORMARE PROFESIONALĂ „CODRU” · CHIȘINĂU</div>
<h1>CERTIFICAT</h1><div class='en'>Certificate of completion</div>
<p>Se certifică faptul că / This is to certify that</p><div class='nm'>Doina Ciobanu</div>
<p>a absolvit cursul / has completed the course <b>„Contabil-practician / Practical accountant”</b></p>
{tbl(["Modul / Module", "Ore / Hours", "Nota / Grade"], tr, "t", ["l", "c", "c"])}
<p>Total ore / Total hours: <b>{hrs}</b> &nbsp;·&nbsp; Media generală / Overall average: <b>{str(avg).replace('.', ',')}</b></p>
<div class='sg'><div>Nr. {r.randint(100, 999)}/{issue.year}<br>Eliberat / Issued: {issue:%d.%m.%Y}</div><div>Director<br><span>V. Rusu</span></div></div></div></div>"""
    css = """body{background:#e8e4d8;padding:20px}.c{width:900px;margin:auto;background:#fffdf5;border:10px double #1c4e80;padding:10px}
.in{border:1px solid #1c4e80;padding:20px 40px;text-align:center;font-family:'URW Gothic';color:#1b2733;font-size:15px}
.org{letter-spacing:1px;font-size:13px}h1{font-family:P052;font-size:44px;color:#1c4e80;margin:8px 0 0;letter-spacing:6px}.en{font-style:italic;margin-bottom:8px}
.nm{font-family:P052;font-size:30px;font-style:italic;margin:4px 0}.t{margin:10px auto;width:80%}.t th{border-bottom:1px solid #1c4e80;padding:5px}.t td{padding:4px 6px}
.sg{display:flex;justify-content:space-between;text-align:left;margin-top:14px}.sg span{font-family:Z003;font-size:26px}"""
    render_html(s, html, css, 980)
    s.q("How many hours did the course take altogether?", hrs, "number", "sum", literal=True)
    best = max(rows, key=lambda x: x[2])
    ties = [x for x in rows if x[2] == best[2]]
    if len(ties) == 1:
        s.q("which module got the best grade", best[0], "text", "argmax", literal=True)
    else:
        s.q(f"How many modules got a {best[2]}?", len(ties), "count", "count")
    s.q("when was the certificate issued?", f"{issue:%d.%m.%Y}", "date", "lookup", literal=True)
    return s


ALL = [d_ec_pharmacy, d_kw_garage, d_cy_electricity, d_do_statement, d_mn_train, d_wales_council, d_gt_form,
       d_na_payslip, d_tz_rx, d_rw_bus, d_al_menu, d_md_cert]
