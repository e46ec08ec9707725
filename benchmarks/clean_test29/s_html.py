"""Documents: receipts, bills, tickets, statements (HTML + chromium)."""
import datetime as dt
from common import rng_for, register, q, render_html, page, esc, eu, sk, us, lakh, cents, fmtnum, MONTHS


def d0(r, y=2024):
    return dt.date(y, 1, 1) + dt.timedelta(days=r.randint(0, 330))


def h_il_pharmacy():
    r = rng_for("ilpharm")
    items = [("Acamol 500mg 20 tab", 14.90, 29.90), ("Nurofen Forte 12", 24.90, 39.90), ("Vitamin D3 1000IU", 39.90, 69.90),
             ("Optalgin 20 tab", 17.50, 27.50), ("Sunscreen SPF50 200ml", 59.90, 99.90), ("Hand cream 75ml", 19.90, 34.90),
             ("Toothpaste Sensitive", 12.90, 21.90), ("Magnesium 250mg", 44.90, 74.90), ("Band-aid strips 40", 9.90, 18.90)]
    sel = r.sample(items, 6)
    rows = []
    for n, lo, hi in sel:
        qty = r.choice([1, 1, 1, 2])
        unit = round(r.uniform(lo, hi) * 10) / 10 - 0.1
        unit = round(unit, 2)
        rows.append((n, qty, unit, round(qty * unit, 2)))
    assert len({x[3] for x in rows}) == len(rows)
    total = round(sum(x[3] for x in rows), 2)
    vat = round(total * 17 / 117, 2)
    d = d0(r)
    tm = f"{r.randint(8, 21):02d}:{r.randint(0, 59):02d}"
    body = "".join(f"<tr><td>{esc(n)}</td><td class=c>{qt}</td><td class=r>{u:.2f}</td><td class=r>{t:.2f}</td></tr>" for n, qt, u, t in rows)
    html = page(f"""<div class=rc>
<div class=hd><b>PHARMA PLUS</b><br>סניף דיזנגוף סנטר · Dizengoff Center<br>Tel Aviv-Yafo · ע.מ. 51-4420871<br>Tel 03-6209914</div>
<div class=ln>Receipt / קבלה מס' {r.randint(100000, 999999)}</div>
<div class=ln>Date: {d:%d/%m/%Y} &nbsp; Time: {tm}</div>
<table><tr><th>Item</th><th>Qty</th><th>Price</th><th>Sum</th></tr>{body}</table>
<div class=tot><span>TOTAL ₪</span><span>{total:.2f}</span></div>
<div class=ln2><span>incl. VAT 17%</span><span>{vat:.2f}</span></div>
<div class=ln2><span>Paid: Credit card **** {r.randint(1000, 9999)}</span><span>{total:.2f}</span></div>
<div class=ft>Thank you! · תודה רבה<br>Club member points earned: {int(total // 10)}</div></div>""",
        css="""body{background:#e9e6df;font-family:'Nimbus Mono PS',monospace;font-size:15px;color:#222}
.rc{width:440px;margin:20px auto;background:#fffef8;padding:22px 24px;box-shadow:0 2px 8px #0003}
.hd{text-align:center;line-height:1.45;margin-bottom:10px}.hd b{font-size:22px;letter-spacing:3px}
.ln{margin:3px 0}table{width:100%;border-collapse:collapse;margin:10px 0;border-top:1px dashed #555;border-bottom:1px dashed #555}
th{text-align:left;font-weight:bold;padding:4px 0}td{padding:3px 0}.r{text-align:right}.c{text-align:center}
.tot{display:flex;justify-content:space-between;font-weight:bold;font-size:19px;margin:8px 0}
.ln2{display:flex;justify-content:space-between;margin:2px 0}.ft{text-align:center;margin-top:14px}""", font="Nimbus Mono PS")
    f = "rcpt_il_pharmacy.png"
    txt = render_html(f, html, 520, 640)
    register(f, "receipt: Israeli pharmacy (ILS, dd/mm/yyyy)", "light paper", "receipt", "6 items, VAT 17% incl.", "chromium", txt)
    q(f, "how much did i pay in total", f"{total:.2f}", "money", "lookup", True)
    top = max(rows, key=lambda x: x[3])
    q(f, "which item cost the most on this receipt", top[0], "text", "argmax", True)
    q(f, "what date is on the receipt?", f"{d:%d/%m/%Y}", "date", "lookup", True)
    q(f, "how many units did I buy altogether", sum(x[1] for x in rows), "count", "count", False)


def h_sk_electricity():
    r = rng_for("skel")
    vt = r.randint(900, 2400)
    nt = r.randint(600, 2200)
    while nt == vt:
        nt += 7
    pvt, pnt = 0.1592, 0.1187
    lines = [("Elektrina – vysoká tarifa (VT)", f"{sk(vt, 0)} kWh", pvt, round(vt * pvt, 2)),
             ("Elektrina – nízka tarifa (NT)", f"{sk(nt, 0)} kWh", pnt, round(nt * pnt, 2)),
             ("Distribúcia a prenos", "12 mes.", 9.84, 118.08), ("Systémové služby a OKTE", f"{sk(vt + nt, 0)} kWh", 0.0113, round((vt + nt) * 0.0113, 2)),
             ("Stála platba za odberné miesto", "12 mes.", 1.35, 16.20)]
    base = round(sum(x[3] for x in lines), 2)
    dph = round(base * 0.20, 2)
    tot = round(base + dph, 2)
    adv = round(round(tot * r.uniform(0.6, 0.85) / 12) * 12 * 1.0, 2)
    due = round(tot - adv, 2)
    issue = dt.date(2024, r.randint(1, 3), r.randint(1, 25))
    duedate = issue + dt.timedelta(days=14)
    vs = str(r.randint(10**9, 10**10 - 1))
    rows = "".join(f"<tr><td>{a}</td><td class=r>{b}</td><td class=r>{sk(c, 4)} €</td><td class=r>{sk(d)} €</td></tr>" for a, b, c, d in lines)
    kind = "Nedoplatok" if due > 0 else "Preplatok"
    html = page(f"""<div class=wrap><div class=top><div class=logo>⚡ Stredoslovenská energia<small>Energie pre domácnosti</small></div>
<div class=meta>Faktúra – vyúčtovanie č. <b>24{r.randint(1000000, 9999999)}</b><br>Dátum vystavenia: {issue:%d.%m.%Y}<br>Obdobie: 01.01.2023 – 31.12.2023</div></div>
<div class=cust><b>Odberateľ</b><br>Ing. Marek Hudec<br>Hviezdoslavova 14<br>010 01 Žilina</div>
<table><tr><th>Položka</th><th>Množstvo</th><th>Jedn. cena</th><th>Suma bez DPH</th></tr>{rows}
<tr class=s><td colspan=3>Spolu bez DPH</td><td class=r>{sk(base)} €</td></tr>
<tr><td colspan=3>DPH 20 %</td><td class=r>{sk(dph)} €</td></tr>
<tr class=s><td colspan=3>Spolu s DPH</td><td class=r>{sk(tot)} €</td></tr>
<tr><td colspan=3>Uhradené zálohy</td><td class=r>-{sk(adv)} €</td></tr></table>
<div class=pay><div><b>{kind}</b><div class=big>{sk(abs(due))} €</div></div><div>Splatnosť: <b>{duedate:%d.%m.%Y}</b><br>Variabilný symbol: <b>{vs}</b><br>IBAN: SK31 1100 0000 0029 4012 3456</div></div></div>""",
        css="""body{background:#fff;font-size:15px;color:#1b2a3a}.wrap{padding:30px 40px}.top{display:flex;justify-content:space-between;border-bottom:3px solid #e4002b;padding-bottom:12px}
.logo{font-size:24px;font-weight:bold;color:#e4002b}.logo small{display:block;font-size:13px;color:#555;font-weight:normal}.meta{text-align:right;line-height:1.5}
.cust{margin:16px 0;line-height:1.4}table{width:100%;border-collapse:collapse}th{background:#f1f3f6;text-align:left;padding:7px}td{padding:6px 7px;border-bottom:1px solid #e3e6ea}
.r{text-align:right}.s td{font-weight:bold}.pay{display:flex;justify-content:space-between;margin-top:20px;background:#fff4f5;padding:14px;border-radius:6px;line-height:1.5}.big{font-size:28px;font-weight:bold;color:#e4002b}""", font="Open Sans")
    f = "bill_sk_electricity.png"
    txt = render_html(f, html, 1100, 720)
    register(f, "utility bill: Slovak electricity annual statement (EUR 1 234,56)", "white/red", "bill", "tariff lines, VAT 20%, advances", "chromium", txt)
    q(f, "what do I still owe on this bill", f"{sk(abs(due))} €", "money", "lookup", True)
    q(f, "splatnosť?", f"{duedate:%d.%m.%Y}", "date", "lookup", True)
    q(f, "how many kWh were used in the low tariff NT", f"{sk(nt, 0)} kWh", "number", "cell", True)
    q(f, "by how many kWh does VT consumption exceed NT (negative if lower)", vt - nt, "number", "subtract", False)


def h_jo_folio():
    r = rng_for("jofolio")
    nights = r.randint(3, 5)
    arr = dt.date(2024, r.randint(3, 10), r.randint(1, 20))
    rate = r.choice([85.000, 92.500, 110.000, 124.750])
    rows = []
    for i in range(nights):
        d = arr + dt.timedelta(days=i)
        rows.append((d, "Room Charge – Deluxe King", rate, 0))
        rows.append((d, "Service Charge 10%", round(rate * 0.1, 3), 0))
        if r.random() < 0.6:
            rows.append((d, r.choice(["Restaurant – Sufra", "Minibar", "Laundry", "Room Service"]), round(r.uniform(6, 48), 3), 0))
    dep = arr + dt.timedelta(days=nights)
    sub = round(sum(x[2] for x in rows), 3)
    tax = round(sub * 0.08, 3)
    tot = round(sub + tax, 3)
    dep_amt = round(r.randint(100, 200) * 1.0, 3)
    bal = round(tot - dep_amt, 3)
    room = r.randint(301, 1420)
    guest = r.choice(["Ms. Léa Fontaine", "Mr. Kwame Mensah", "Mr. Tomás Ibarra", "Ms. Aino Laitinen"])
    trs = "".join(f"<tr><td>{d:%d-%b-%Y}</td><td>{esc(t)}</td><td class=r>{c:,.3f}</td><td class=r></td></tr>" for d, t, c, _ in rows)
    html = page(f"""<div class=p><div class=h><div><div class=n>THE CITADEL HOTEL AMMAN</div><div class=s>Zahran St., 5th Circle · Amman 11183 · Jordan</div></div><div class=f>GUEST FOLIO</div></div>
<div class=g><div>Guest: <b>{guest}</b></div><div>Room: <b>{room}</b></div><div>Arrival: {arr:%d-%b-%Y}</div><div>Departure: {dep:%d-%b-%Y}</div><div>Folio No.: {r.randint(40000, 99999)}</div><div>Currency: JOD</div></div>
<table><tr><th>Date</th><th>Description</th><th>Charges</th><th>Credits</th></tr>{trs}
<tr><td>{arr:%d-%b-%Y}</td><td>Deposit – Visa ****{r.randint(1000, 9999)}</td><td></td><td class=r>{dep_amt:,.3f}</td></tr></table>
<div class=t><div>Sub-total <span>{sub:,.3f}</span></div><div>Sales Tax 8% <span>{tax:,.3f}</span></div><div>Total Charges <span>{tot:,.3f}</span></div><div>Total Credits <span>{dep_amt:,.3f}</span></div><div class=b>Balance Due JOD <span>{bal:,.3f}</span></div></div>
<div class=sig>Guest signature ____________________ &nbsp; Cashier: R. Haddad</div></div>""",
        css="""body{background:#f4f1ea;font-size:13.5px;color:#2b2b2b}.p{margin:18px;background:#fff;padding:26px 32px;border:1px solid #d8d0bf}
.h{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #9b7b3c;padding-bottom:10px}.n{font-family:'P052',serif;font-size:24px;color:#7a5b20;letter-spacing:1px}.s{color:#777}.f{font-size:18px;font-weight:bold;letter-spacing:2px}
.g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:4px 20px;margin:14px 0}table{width:100%;border-collapse:collapse}th{background:#efe8d8;text-align:left;padding:5px}td{padding:4px 5px;border-bottom:1px solid #eee}.r{text-align:right}
.t{width:330px;margin-left:auto;margin-top:10px}.t div{display:flex;justify-content:space-between;padding:2px 0}.b{font-weight:bold;font-size:16px;border-top:2px solid #333;margin-top:4px}.sig{margin-top:22px;color:#555}""", font="Roboto")
    f = "folio_jo_hotel.png"
    txt = render_html(f, html, 900, 360 + 25 * len(rows))
    register(f, "hotel folio: Amman, Jordan (JOD, 3 decimals)", "cream/gold", "invoice", f"{len(rows)} charge lines, deposit, balance", "chromium", txt)
    q(f, "balance due?", f"{bal:,.3f}", "money", "lookup", True)
    q(f, "how many nights of room charge are on the folio", nights, "count", "count", False)
    q(f, "whose folio is this", guest, "person", "party", True)
    q(f, "room number", room, "number", "lookup", True)


def h_np_internet():
    r = rng_for("npnet")
    plan = r.choice(["FTTH 200 Mbps Unlimited", "FTTH 300 Mbps Gold", "FTTH 150 Mbps Home"])
    rent = r.choice([1950.0, 2350.0, 2750.0]) * 3
    iptv = 1200.0 if r.random() < 0.7 else 0.0
    prev = round(r.uniform(0, 3000), 2)
    sub = rent + iptv
    tsc = round(sub * 0.11, 2)
    vat = round((sub + tsc) * 0.13, 2)
    cur = round(sub + tsc + vat, 2)
    tot = round(cur + prev, 2)
    cid = f"NT{r.randint(10**7, 10**8 - 1)}"
    html = page(f"""<div class=hd><div class=lg>WorldLink-style · <b>SagarNet Communications</b></div><div>Tax Invoice</div></div>
<div class=bx><div><small>Customer</small><br><b>Sunita Shrestha</b><br>Baluwatar-4, Kathmandu</div><div><small>Customer ID</small><br><b>{cid}</b></div><div><small>Billing period</small><br><b>2081 Shrawan 01 – Kartik 30</b><br><small>(17 Jul 2024 – 15 Nov 2024)</small></div></div>
<table><tr><th>Description</th><th>Amount (NPR)</th></tr>
<tr><td>Internet rental – {plan} (3 months)</td><td>{lakh(rent)}</td></tr>
<tr><td>IPTV add-on</td><td>{lakh(iptv)}</td></tr>
<tr><td>Telecom Service Charge (11%)</td><td>{lakh(tsc)}</td></tr>
<tr><td>VAT (13%)</td><td>{lakh(vat)}</td></tr>
<tr class=b><td>Current charges</td><td>{lakh(cur)}</td></tr>
<tr><td>Previous due</td><td>{lakh(prev)}</td></tr>
<tr class=big><td>Total payable</td><td>Rs. {lakh(tot)}</td></tr></table>
<p class=n>Pay via eSewa / Khalti / ConnectIPS before the due date to avoid disconnection. PAN: 60{r.randint(1000000, 9999999)}</p>""",
        css="""body{font-size:15px;color:#223;background:#fff}.hd{display:flex;justify-content:space-between;background:#1b3f8b;color:#fff;padding:14px 24px;font-size:18px}
.bx{display:flex;gap:50px;padding:16px 24px;background:#f3f6fb}small{color:#667}table{margin:10px 24px;width:calc(100% - 48px);border-collapse:collapse}
th{text-align:left;border-bottom:2px solid #1b3f8b;padding:6px}td{padding:6px;border-bottom:1px solid #dde}td:last-child,th:last-child{text-align:right}.b td{font-weight:bold}.big td{font-weight:bold;font-size:20px;color:#1b3f8b}.n{margin:10px 24px;color:#555;font-size:13px}""", font="Cantarell")
    f = "bill_np_internet.png"
    txt = render_html(f, html, 820, 560)
    register(f, "telecom bill: Nepal internet (NPR lakh grouping, BS+AD dates)", "white/blue", "bill", "rental, TSC, VAT, previous due", "chromium", txt)
    q(f, "total payable", f"Rs. {lakh(tot)}", "money", "lookup", True)
    q(f, "how much is the VAT on this bill?", lakh(vat), "money", "lookup", True)
    q(f, "customer id?", cid, "code", "lookup", True)


def h_gh_carrental():
    r = rng_for("ghcar")
    days = r.randint(3, 9)
    pick = dt.datetime(2024, r.randint(1, 11), r.randint(1, 18), r.choice([8, 9, 10, 14]), r.choice([0, 30]))
    ret = pick + dt.timedelta(days=days)
    rate = r.choice([650.0, 720.0, 890.0, 1150.0])
    extras = [("Collision Damage Waiver (CDW)", 95.0, r.random() < 0.7), ("Child seat", 40.0, r.random() < 0.5),
              ("Additional driver", 60.0, r.random() < 0.5), ("GPS navigation", 35.0, r.random() < 0.4)]
    ext = sum(p * days for _, p, on in extras if on)
    base = rate * days
    levy = round((base + ext) * 0.05, 2)
    vat = round((base + ext + levy) * 0.15, 2)
    tot = round(base + ext + levy + vat, 2)
    plate = f"GR {r.randint(1000, 9999)}-{r.choice([22, 23, 24])}"
    car = r.choice(["Toyota Corolla 1.8 (Auto)", "Hyundai Tucson 2.0", "Kia Picanto 1.2"])
    ex = "".join(f"<div class=cb><span class='box{' on' if on else ''}'>{'✓' if on else ''}</span>{n} <i>(GH₵ {p:,.2f}/day)</i></div>" for n, p, on in extras)
    html = page(f"""<div class=p><h1>AKWABA CAR RENTALS</h1><div class=sub>Kotoka International Airport, Accra · +233 30 277 4410</div>
<h2>RENTAL AGREEMENT No. RA-{r.randint(10000, 99999)}</h2>
<div class=grid><div><label>Renter</label>Efua Boateng</div><div><label>Licence No.</label>B-{r.randint(1000000, 9999999)}</div>
<div><label>Vehicle</label>{car}</div><div><label>Registration</label>{plate}</div>
<div><label>Pick-up</label>{pick:%d/%m/%Y %H:%M} – KIA Terminal 3</div><div><label>Return</label>{ret:%d/%m/%Y %H:%M} – KIA Terminal 3</div>
<div><label>Fuel out</label>Full</div><div><label>Mileage out</label>{r.randint(20000, 90000):,} km</div></div>
<h3>Optional extras</h3>{ex}
<table><tr><td>Daily rate</td><td>GH₵ {rate:,.2f} × {days} days</td><td>GH₵ {base:,.2f}</td></tr>
<tr><td>Extras</td><td></td><td>GH₵ {ext:,.2f}</td></tr><tr><td>NHIL/GETFund levy 5%</td><td></td><td>GH₵ {levy:,.2f}</td></tr>
<tr><td>VAT 15%</td><td></td><td>GH₵ {vat:,.2f}</td></tr><tr class=t><td>Estimated total</td><td></td><td>GH₵ {tot:,.2f}</td></tr></table></div>""",
        css="""body{background:#ddd;font-size:14px}.p{background:#fff;margin:16px;padding:24px 30px;border-top:8px solid #0a7d3b}h1{margin:0;color:#0a7d3b;font-family:'URW Gothic';letter-spacing:2px}.sub{color:#666}
h2{font-size:16px;margin:16px 0 8px}h3{font-size:14px;margin:14px 0 6px}.grid{display:grid;grid-template-columns:1fr 1fr;gap:6px 24px}label{display:block;font-size:11px;color:#888;text-transform:uppercase}
.cb{margin:4px 0}.box{display:inline-block;width:16px;height:16px;border:1.5px solid #333;margin-right:8px;text-align:center;line-height:15px;font-size:13px;vertical-align:-2px}.box.on{background:#0a7d3b;color:#fff;border-color:#0a7d3b}
i{color:#777}table{width:100%;margin-top:14px;border-collapse:collapse}td{padding:5px;border-bottom:1px solid #eee}td:last-child{text-align:right}.t td{font-weight:bold;font-size:17px;border-top:2px solid #222}""", font="Roboto")
    f = "rental_gh_car.png"
    txt = render_html(f, html, 860, 720)
    register(f, "car rental agreement: Accra, Ghana (GH₵)", "white/green", "form", "renter, vehicle, extras checkboxes, totals", "chromium", txt)
    q(f, "licence plate of the car?", plate, "code", "lookup", True)
    cs = extras[1][2]
    q(f, "did they add a child seat", "yes" if cs else "no", "yesno", "state_yesno", False)
    q(f, "estimated total", f"GH₵ {tot:,.2f}", "money", "lookup", True)
    q(f, "when do I have to bring the car back", f"{ret:%d/%m/%Y %H:%M}", "date", "lookup", True)


def h_tr_train():
    r = rng_for("trtrain")
    d = d0(r)
    dep = dt.datetime(d.year, d.month, d.day, r.choice([6, 7, 9, 11, 13, 15, 17, 19]), r.choice([0, 15, 30, 45]))
    dur = dt.timedelta(minutes=r.randint(250, 290))
    arr = dep + dur
    wagon = r.randint(1, 8)
    seat = f"{r.randint(1, 16)}{r.choice('ACD')}"
    price = round(r.choice([480, 525, 610, 695]) + r.choice([0, 0.5]), 2)
    pnr = "".join(r.choice("ABCDEFGHJKLMNPRSTUVYZ23456789") for _ in range(6))
    cls = r.choice(["Ekonomi", "Business"])
    html = page(f"""<div class=t><div class=l><div class=br>TCDD Taşımacılık · YHT</div>
<div class=rt><div><div class=c>ANKARA</div><div class=tm>{dep:%H:%M}</div></div><div class=ar>→</div><div><div class=c>İSTANBUL (PENDİK)</div><div class=tm>{arr:%H:%M}</div></div></div>
<div class=g><div><label>Tarih / Date</label>{dep:%d.%m.%Y}</div><div><label>Tren / Train</label>YHT 810{r.randint(10, 99)}</div><div><label>Vagon / Coach</label>{wagon}</div><div><label>Koltuk / Seat</label>{seat}</div>
<div><label>Sınıf / Class</label>{cls}</div><div><label>Yolcu / Passenger</label>DENİZ YILDIRIM</div><div><label>PNR</label>{pnr}</div><div><label>Ücret / Fare</label>{eu(price)} TL</div></div></div>
<div class=s><div class=qr></div><div>E-BİLET</div><small>Biletinizi yolculuk süresince yanınızda bulundurunuz.</small></div></div>""",
        css="""body{background:#c7d3e0;padding:26px}.t{display:flex;background:#fff;border-radius:14px;overflow:hidden;width:900px;box-shadow:0 6px 20px #0003}
.l{flex:1;padding:22px 28px}.br{color:#c8102e;font-weight:bold;font-size:18px}.rt{display:flex;align-items:center;gap:30px;margin:18px 0}.c{font-size:14px;color:#555}.tm{font-size:34px;font-weight:bold}.ar{font-size:30px;color:#c8102e}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}label{display:block;font-size:11px;color:#888}.s{width:200px;background:#c8102e;color:#fff;padding:20px;text-align:center;border-left:2px dashed #fff}
.qr{width:120px;height:120px;margin:10px auto;background:repeating-linear-gradient(45deg,#fff 0 6px,#c8102e 6px 12px),#fff;border:6px solid #fff}small{font-size:11px}""", font="Open Sans")
    f = "ticket_tr_train.png"
    txt = render_html(f, html, 960, 380)
    register(f, "train e-ticket: Turkey YHT (TL, dd.mm.yyyy)", "white/red", "ticket", "route, coach, seat, fare", "chromium", txt)
    q(f, "what seat am I in", seat, "code", "lookup", True)
    q(f, "which coach?", wagon, "number", "lookup", True)
    q(f, "arrival time in pendik", f"{arr:%H:%M}", "time", "lookup", True)
    q(f, "how long is the trip in minutes", int(dur.total_seconds() // 60), "number", "difference", False)


def h_be_bookstore():
    r = rng_for("bebook")
    books = [("De avond is ongemak", 22.99), ("Het smelt", 24.99), ("Grip", 19.99), ("Tirza", 15.00), ("Kinderen van Hoorn", 25.00),
             ("Post voor mevrouw Bromley", 12.50), ("Bonita Avenue", 14.99), ("Oorlog en terpentijn", 21.99), ("Kamp", 17.50)]
    sel = r.sample(books, 5)
    sel = [(n, round(p + r.choice([0, 1, 2]), 2)) for n, p in sel]
    assert len({p for _, p in sel}) == 5
    tot = round(sum(p for _, p in sel), 2)
    btw = round(tot * 6 / 106, 2)
    d = d0(r)
    rows = "".join(f"<div class=row><span>{esc(n)}</span><span>€ {eu(p)}</span></div>" for n, p in sel)
    html = page(f"""<div class=r><div class=c><b>BOEKHANDEL DE ZONDVLOED</b><br>Hoogpoort 27 · 9000 Gent<br>BTW BE 0642.118.{r.randint(100, 999)}</div>
<div class=dash></div><div>{d:%d/%m/%Y} {r.randint(9, 18):02d}:{r.randint(0, 59):02d} &nbsp; Kassa 2 &nbsp; Ticket {r.randint(1000, 9999)}</div><div class=dash></div>{rows}
<div class=dash></div><div class='row b'><span>TOTAAL</span><span>€ {eu(tot)}</span></div><div class=row><span>waarvan BTW 6%</span><span>€ {eu(btw)}</span></div>
<div class=row><span>Bancontact</span><span>€ {eu(tot)}</span></div><div class=dash></div><div class=c>Bedankt en tot ziens!<br>Ruilen binnen 14 dagen met ticket.</div></div>""",
        css="""body{background:#5b4a3a;font-family:'Inconsolata',monospace;font-size:17px}.r{width:400px;margin:24px auto;background:#fbfaf5;padding:20px;transform:rotate(-1.2deg)}
.c{text-align:center;line-height:1.4}.dash{border-top:2px dashed #888;margin:8px 0}.row{display:flex;justify-content:space-between;margin:3px 0}.b{font-weight:bold;font-size:20px}""", font="Inconsolata")
    f = "rcpt_be_bookstore.png"
    txt = render_html(f, html, 480, 560)
    register(f, "receipt: Belgian bookshop in Dutch (€ 1.234,56)", "paper on dark wood, slightly rotated", "receipt", "5 books, BTW 6%", "chromium", txt)
    ch = min(sel, key=lambda x: x[1])
    q(f, "cheapest book?", ch[0], "text", "argmin", True)
    q(f, "totaal", f"€ {eu(tot)}", "money", "lookup", True)
    q(f, "how much VAT is included", f"€ {eu(btw)}", "money", "lookup", True)


def h_ar_florist():
    r = rng_for("arflor")
    items = [("Ramo de rosas rojas x12", 18500.0), ("Arreglo de lilium y astromelias", 24900.0), ("Centro de mesa primaveral", 15750.0),
             ("Corona fúnebre mediana", 62000.0), ("Caja de tulipanes x9", 31200.0), ("Orquídea phalaenopsis en maceta", 27400.0)]
    sel = r.sample(items, 4)
    rows = [(n, r.randint(1, 3), p) for n, p in sel]
    envio = 4500.0
    tot = round(sum(q_ * p for _, q_, p in rows) + envio, 2)
    d = d0(r)
    cae = str(r.randint(10**13, 10**14 - 1))
    trs = "".join(f"<tr><td>{qq}</td><td>{esc(n)}</td><td>$ {eu(p)}</td><td>$ {eu(qq * p)}</td></tr>" for n, qq, p in rows)
    html = page(f"""<div class=f><div class=top><div><h1>Florería Las Camelias</h1>de Valeria Sosa<br>Av. Corrientes 4128 – CABA<br>IVA Responsable Inscripto</div>
<div class=B>B<small>Cód. 006</small></div><div><h2>FACTURA</h2>Punto de venta: 0004 &nbsp; Comp. Nro: 000{r.randint(10000, 99999)}<br>Fecha de emisión: {d:%d/%m/%Y}<br>CUIT: 27-{r.randint(20000000, 39999999)}-{r.randint(1, 9)}</div></div>
<div class=cl>Señor(es): Martín Gutiérrez &nbsp;·&nbsp; Condición frente al IVA: Consumidor Final &nbsp;·&nbsp; Condición de venta: Contado</div>
<table><tr><th>Cant.</th><th>Descripción</th><th>Precio unit.</th><th>Subtotal</th></tr>{trs}<tr><td>1</td><td>Envío a domicilio</td><td>$ {eu(envio)}</td><td>$ {eu(envio)}</td></tr></table>
<div class=tot>Importe Total: $ {eu(tot)}</div><div class=cae>CAE N°: {cae} &nbsp; Fecha de Vto. de CAE: {(d + dt.timedelta(days=10)):%d/%m/%Y}</div></div>""",
        css="""body{background:#fff;font-size:14px}.f{margin:20px;border:1.5px solid #222}.top{display:flex;justify-content:space-between;border-bottom:1.5px solid #222;padding:12px 18px;position:relative}
h1{font-family:'Z003',cursive;font-size:32px;margin:0;color:#a0224b;font-weight:normal}h2{margin:0 0 6px}.B{border:1.5px solid #222;font-size:40px;font-weight:bold;width:70px;height:70px;text-align:center;line-height:52px;background:#fff}.B small{display:block;font-size:10px;line-height:10px}
.cl{padding:8px 18px;border-bottom:1.5px solid #222}table{width:100%;border-collapse:collapse}th{background:#eee;padding:6px;text-align:left;border-bottom:1px solid #222}td{padding:6px;border-bottom:1px solid #ddd}td:nth-child(3),td:nth-child(4){text-align:right}
.tot{text-align:right;font-size:20px;font-weight:bold;padding:12px 18px;border-top:1.5px solid #222}.cae{padding:8px 18px;font-size:12px;color:#444}""", font="DejaVu Sans")
    f = "invoice_ar_florist.png"
    txt = render_html(f, html, 1000, 520)
    register(f, "invoice: Argentine Factura B, florist ($ 1.234,56)", "white, black rules", "invoice", "4 arrangements + delivery", "chromium", txt)
    q(f, "importe total?", f"$ {eu(tot)}", "money", "lookup", True)
    q(f, "who is the invoice made out to", "Martín Gutiérrez", "person", "party", True)
    big = max(rows, key=lambda x: x[1] * x[2])
    q(f, "which line has the largest subtotal", big[0], "text", "argmax", True)


def h_ph_ride():
    r = rng_for("phride")
    base = 45.0
    km = round(r.uniform(4, 22), 1)
    mins = r.randint(14, 70)
    dist = round(km * 15, 2)
    tfee = round(mins * 2, 2)
    surge = round(r.choice([0, 0, 35, 60]) * 1.0, 2)
    toll = r.choice([0.0, 0.0, 67.0, 104.0])
    tot = round(base + dist + tfee + surge + toll, 2)
    d = d0(r)
    t0 = dt.datetime(d.year, d.month, d.day, r.randint(6, 21), r.randint(0, 59))
    t1 = t0 + dt.timedelta(minutes=mins)
    driver = r.choice(["Rodel M.", "Jericho D.", "Aileen S.", "Bong T."])
    plate = f"N{r.choice('ABCDEFG')}{r.choice('ABCDEFG')} {r.randint(1000, 9999)}"
    lines = [("Base fare", base), (f"Distance ({km} km)", dist), (f"Time ({mins} min)", tfee)]
    if surge:
        lines.append(("Surge", surge))
    if toll:
        lines.append(("Tolls (Skyway)", toll))
    rows = "".join(f"<div class=row><span>{a}</span><span>₱{us(b)}</span></div>" for a, b in lines)
    html = page(f"""<div class=ph><div class=bar>9:41 <span>▮▮▮ 5G 78%</span></div><div class=hd>Trip receipt</div>
<div class=card><div class=big>₱{us(tot)}</div><div class=dt>{t0:%m/%d/%Y} · GrabCar-style Sedan</div>
<div class=st><div><i class=g></i><b>{t0:%I:%M %p}</b> SM Megamall, Ortigas Center, Mandaluyong</div><div><i class=rr></i><b>{t1:%I:%M %p}</b> NAIA Terminal 3, Pasay City</div></div></div>
<div class=card>{rows}<div class='row tt'><span>Total</span><span>₱{us(tot)}</span></div><div class=row><span>Paid with</span><span>GCash</span></div></div>
<div class=card><div class=drv><div class=av>{driver[0]}</div><div><b>{driver}</b><br><small>Toyota Vios · {plate}</small></div><div class=rate>★ 4.9</div></div></div></div>""",
        css="""body{background:#eef1f4}.ph{width:390px;margin:0 auto;min-height:840px;background:#f6f7f9;font-size:15px}.bar{display:flex;justify-content:space-between;padding:10px 20px;font-weight:bold}
.hd{padding:8px 20px 12px;font-size:22px;font-weight:bold}.card{background:#fff;margin:10px 14px;border-radius:14px;padding:16px}.big{font-size:34px;font-weight:bold;color:#00a651}.dt{color:#777;margin:4px 0 12px}
.st div{margin:8px 0}i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:8px}.g{background:#00a651}.rr{background:#e53935}.row{display:flex;justify-content:space-between;margin:7px 0}.tt{font-weight:bold;border-top:1px solid #eee;padding-top:8px}
.drv{display:flex;align-items:center;gap:12px}.av{width:44px;height:44px;border-radius:50%;background:#00a651;color:#fff;font-size:22px;text-align:center;line-height:44px}.rate{margin-left:auto}small{color:#777}""", font="Roboto")
    f = "app_ph_ride_receipt.png"
    txt = render_html(f, html, 390, 840)
    register(f, "mobile app: Philippines ride-hailing receipt (₱, mm/dd/yyyy)", "light mobile", "app", "fare breakdown, driver, plate", "chromium", txt)
    q(f, "how much was the ride", f"₱{us(tot)}", "money", "lookup", True)
    q(f, "driver's name?", driver, "person", "party", True)
    q(f, "what was the fare per km for distance", 15, "money", "rate", False)
    q(f, "what time did I get dropped off", f"{t1:%I:%M %p}", "time", "lookup", True)


def h_hu_statement():
    r = rng_for("hustmt")
    merch = ["SPAR Budapest Váci út", "MOL Töltőállomás", "Lidl 1139", "BKK Automata", "Wolt Hungary", "dm Drogerie", "Rossmann 412",
             "Libri Könyvesbolt", "MÁV-START jegy", "Tesco Extra Budaörs", "Netflix.com"]
    txs = []
    d = dt.date(2024, r.randint(2, 10), 1)
    for i in range(9):
        day = d + dt.timedelta(days=r.randint(0, 27))
        m = r.choice(merch)
        amt = -r.randint(8, 450) * 100 + r.choice([0, 10, 90])
        txs.append((day, m, amt))
    txs.append((d + dt.timedelta(days=r.randint(3, 10)), "Munkabér – Kovács Kft.", r.randint(4000, 7000) * 100))
    txs.sort(key=lambda x: x[0])
    opening = r.randint(500, 3000) * 100
    bal = opening
    rows = []
    for day, m, a in txs:
        bal += a
        rows.append((day, m, a, bal))
    assert len({a for _, _, a in txs}) == len(txs)
    hu = lambda n: sk(n, 0).replace("-", "−") + " Ft"
    trs = "".join(f"<tr><td>{day:%Y.%m.%d.}</td><td>{esc(m)}</td><td class='r {'neg' if a < 0 else 'pos'}'>{hu(a)}</td><td class=r>{hu(b)}</td></tr>" for day, m, a, b in rows)
    html = page(f"""<div class=app><div class=side><div class=logo>Duna<b>Bank</b></div><div class=nav>Áttekintés</div><div class='nav on'>Számlatörténet</div><div class=nav>Átutalás</div><div class=nav>Kártyák</div><div class=nav>Beállítások</div></div>
<div class=main><h2>Számlatörténet</h2><div class=acc>Folyószámla · 11773016-{r.randint(10**7, 10**8 - 1)} · Nyitó egyenleg: <b>{hu(opening)}</b></div>
<table><tr><th>Dátum</th><th>Leírás</th><th class=r>Összeg</th><th class=r>Egyenleg</th></tr>{trs}</table>
<div class=cl>Záró egyenleg: <b>{hu(bal)}</b></div></div></div>""",
        css="""body{background:#f3f4f8;font-size:14.5px;color:#222}.app{display:flex;min-height:640px}.side{width:200px;background:#0f2d52;color:#cfd8e6;padding:20px 0}.logo{font-size:22px;padding:0 20px 20px;color:#fff}
.nav{padding:10px 20px}.on{background:#1d4578;color:#fff;border-left:4px solid #f5b400}.main{flex:1;padding:20px 30px}h2{margin:0 0 6px}.acc{color:#555;margin-bottom:12px}
table{width:100%;border-collapse:collapse;background:#fff}th{text-align:left;padding:8px;background:#e8ecf3}td{padding:7px 8px;border-bottom:1px solid #eef}.r{text-align:right}.neg{color:#c62828}.pos{color:#2e7d32}.cl{margin-top:12px;text-align:right;font-size:16px}""", font="Roboto")
    f = "stmt_hu_bank.png"
    txt = render_html(f, html, 1150, 640)
    register(f, "bank account history: Hungary (Ft, yyyy.mm.dd.)", "light with navy sidebar", "statement", "10 transactions with running balance", "chromium", txt)
    sp = [x for x in txs if x[2] < 0]
    big = min(sp, key=lambda x: x[2])
    q(f, "what was my biggest spend this month", big[1], "text", "argmax", True)
    q(f, "záró egyenleg?", hu(bal), "money", "lookup", True)
    q(f, "when did the salary come in", f"{[x for x in txs if x[2] > 0][0][0]:%Y.%m.%d.}", "date", "lookup", True)
    q(f, "how many card payments are listed (outgoing only)", len(sp), "count", "count", False)


def h_bd_transfer():
    r = rng_for("bdtx")
    amt = float(r.randint(1200, 185000))
    fee = round(amt * 0.0185, 2) if r.random() < 0.5 else 0.0
    bal = round(r.uniform(amt + 5000, amt + 300000), 2)
    name = r.choice(["Farhana Akter", "Rafiqul Islam", "Nusrat Jahan", "Tanvir Hossain"])
    num = f"01{r.choice([3, 7, 8, 9])}{r.randint(10000000, 99999999)}"
    trx = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10))
    t = dt.datetime(2024, r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59))
    html = page(f"""<div class=ph><div class=top><div class=ok>✓</div><div class=h>Send Money Successful</div><div class=amt>৳{lakh(amt)}</div></div>
<div class=card><div class=row><span>To</span><span><b>{name}</b><br>{num}</span></div><div class=row><span>Charge</span><span>৳{lakh(fee)}</span></div>
<div class=row><span>Total</span><span>৳{lakh(amt + fee)}</span></div><div class=row><span>New Balance</span><span>৳{lakh(bal - amt - fee)}</span></div>
<div class=row><span>Reference</span><span>{r.choice(['Rent', 'Eid gift', 'School fee', 'Shop'])}</span></div><div class=row><span>Transaction ID</span><span class=m>{trx}</span></div>
<div class=row><span>Time</span><span>{t:%I:%M%p %d/%m/%y}</span></div></div><div class=btn>Back to Home</div></div>""",
        css="""body{background:#fff}.ph{width:400px;margin:0 auto;font-size:15px;min-height:780px;background:#fdf0f5}.top{background:#e2136e;color:#fff;text-align:center;padding:34px 0 26px}
.ok{width:60px;height:60px;border-radius:50%;background:#fff;color:#e2136e;font-size:36px;line-height:60px;margin:0 auto 10px}.h{font-size:18px}.amt{font-size:36px;font-weight:bold;margin-top:8px}
.card{background:#fff;margin:16px;border-radius:12px;padding:8px 16px}.row{display:flex;justify-content:space-between;padding:10px 0;border-bottom:1px solid #f2e2ea}.row span:first-child{color:#888}.row span:last-child{text-align:right}.m{font-family:'JetBrains Mono'}
.btn{margin:20px 16px;background:#e2136e;color:#fff;text-align:center;padding:14px;border-radius:10px;font-weight:bold}""", font="Open Sans")
    f = "app_bd_send_money.png"
    txt = render_html(f, html, 400, 780)
    register(f, "mobile banking transfer confirmation: Bangladesh (৳ lakh grouping)", "pink mobile", "app", "send money success screen", "chromium", txt)
    q(f, "how much was sent", f"৳{lakh(amt)}", "money", "lookup", True)
    q(f, "who did the money go to?", name, "person", "party", True)
    q(f, "trx id", trx, "code", "lookup", True)
    q(f, "was there any charge on this transfer", "yes" if fee > 0 else "no", "yesno", "exists", False)


def h_si_warranty():
    r = rng_for("siwar")
    prod = r.choice([("Pralni stroj Gorenje WNEI84APS", "WNEI84APS"), ("Hladilnik Gorenje NRK6192AXL4", "NRK6192AXL4"), ("Sesalnik Bosch BGC41XSIL", "BGC41XSIL")])
    serial = f"{r.randint(10**7, 10**8 - 1)}{r.choice('ABCDEFGHJK')}{r.randint(100, 999)}"
    bought = d0(r, 2023)
    months = r.choice([24, 36, 60])
    y, m = bought.year + (bought.month - 1 + months) // 12, (bought.month - 1 + months) % 12 + 1
    until = dt.date(y, m, min(bought.day, 28))
    price = cents(r, 349, 1299)
    html = page(f"""<div class=c><div class=hd><div class=t>GARANCIJSKI LIST</div><div class=e>Warranty card</div></div>
<div class=bd><div class=row><label>Izdelek / Product</label><span>{prod[0]}</span></div><div class=row><label>Model</label><span>{prod[1]}</span></div>
<div class=row><label>Serijska številka / Serial No.</label><span class=m>{serial}</span></div><div class=row><label>Datum nakupa / Date of purchase</label><span>{bought:%d. %m. %Y}</span></div>
<div class=row><label>Garancijski rok / Warranty period</label><span>{months} mesecev</span></div><div class=row><label>Garancija velja do</label><span>{until:%d. %m. %Y}</span></div>
<div class=row><label>Cena / Price</label><span>{eu(price)} €</span></div><div class=row><label>Prodajalec / Seller</label><span>Big Bang d.o.o., Šmartinska 152, Ljubljana</span></div>
<div class=stamp>BIG BANG<br>d.o.o.<br>{bought:%d.%m.%Y}</div><div class=sg>Podpis prodajalca: <span class=sig>M. Novak</span></div></div></div>""",
        css="""body{background:#d9d4c7;padding:20px}.c{width:820px;margin:auto;background:#fffdf4;border:10px double #2c5d8f}.hd{background:#2c5d8f;color:#fff;padding:14px 24px}.t{font-size:28px;font-weight:bold;letter-spacing:4px}.e{font-style:italic}
.bd{padding:16px 24px;position:relative}.row{display:flex;border-bottom:1px dotted #999;padding:8px 0}label{width:300px;color:#555;font-size:13px}span{font-size:16px}.m{font-family:'JetBrains Mono',monospace}
.stamp{position:absolute;right:40px;bottom:40px;border:3px solid #6a3bb5;color:#6a3bb5;border-radius:50%;width:120px;height:120px;text-align:center;padding-top:28px;transform:rotate(-14deg);opacity:.75;font-weight:bold}.sg{margin-top:20px}.sig{font-family:'Z003';font-size:26px}""", font="DejaVu Serif")
    f = "warranty_si_card.png"
    txt = render_html(f, html, 880, 560)
    register(f, "warranty card: Slovenia (dd. mm. yyyy, EUR)", "cream with blue border, stamp", "form", "product, serial, purchase date, period", "chromium", txt)
    q(f, "serial number?", serial, "code", "lookup", True)
    q(f, "until when is the warranty valid", f"{until:%d. %m. %Y}", "date", "lookup", True)
    q(f, "how many months of warranty", months, "number", "lookup", True)


ALL = [h_il_pharmacy, h_sk_electricity, h_jo_folio, h_np_internet, h_gh_carrental, h_tr_train, h_be_bookstore,
       h_ar_florist, h_ph_ride, h_hu_statement, h_bd_transfer, h_si_warranty]
