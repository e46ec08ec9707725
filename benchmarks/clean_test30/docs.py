"""Everyday documents rendered as HTML through headless chromium."""
from datetime import date, timedelta

from lib import Scene, esc, fmt_num, money_str, page, render_html, rng


def mk(file, kind, theme, cat, size, content, body, css, **kw):
    s = Scene(file, kind, theme, cat, size, "chromium", content)
    job = render_html(s, page(body, css, **kw))
    return s, job


# 1 ---------------------------------------------------------------- Latvian receipt
def d_lv_receipt():
    r = rng("lv_receipt")
    items = [("Rupjmaize 400g", 1.49, "A"), ("Kefīrs 2,5% 1L", 1.19, "B"), ("Sviests 82% 200g", 2.89, "A"),
             ("Āboli Antonovka kg", 1.35, "B"), ("Kafija maltā 250g", 4.79, "A"), ("Siers Krievijas 300g", 3.65, "A"),
             ("Mandarīni kg", 2.29, "B"), ("Ūdens Mangaļi 1,5L", 0.89, "A")]
    r.shuffle(items)
    lines = []
    for n, p, g in items[:7]:
        q = r.choice([1, 1, 1, 2, 3])
        lines.append((n, q, p, round(q * p, 2), g))
    tot = round(sum(x[3] for x in lines), 2)
    c = lambda v: fmt_num(v, 2, " ", ",")  # noqa: E731
    rows = "".join(f"<div class=it><span>{esc(n)}</span><span>{q} x {c(p)}</span><span>{c(t)} {g}</span></div>"
                   for n, q, p, t, g in lines)
    va = sum(x[3] for x in lines if x[4] == "A")
    vb = sum(x[3] for x in lines if x[4] == "B")
    pa, pb = round(va - va / 1.21, 2), round(vb - vb / 1.12, 2)
    d = date(2025, 10, r.randint(1, 28))
    body = f"""<div class=r><h1>SIA "Dzintarkrasts"</h1><p class=c>Veikals "Ezerkrasts", Brīvības gatve 318, Rīga<br>
PVN reģ. Nr. LV40003918274</p><p class=c>Kase 03 &nbsp; Kasieris: Ilze</p><hr>{rows}<hr>
<div class=tot><span>KOPĀ EUR</span><span>{c(tot)}</span></div>
<div class=it><span>Samaksāts ar karti</span><span></span><span>{c(tot)}</span></div><hr>
<div class=it><span>PVN A 21%</span><span>no {c(va)}</span><span>{c(pa)}</span></div>
<div class=it><span>PVN B 12%</span><span>no {c(vb)}</span><span>{c(pb)}</span></div><hr>
<p class=c>{d.strftime('%d.%m.%Y')} &nbsp; 17:42 &nbsp; Čeks Nr. 0{r.randint(1000, 9999)}<br>Paldies par pirkumu!</p></div>"""
    css = """body{background:#c9c3b8;padding:18px}.r{background:#fffdf8;width:380px;margin:auto;padding:16px 18px;
font-family:'DejaVu Sans Mono';font-size:13px;box-shadow:0 2px 6px #0004}h1{font-size:16px;text-align:center;margin:4px}
.c{text-align:center;margin:6px 0}.it{display:flex;justify-content:space-between;margin:3px 0}
.it span:first-child{width:170px}.it span:last-child{width:80px;text-align:right}
.tot{display:flex;justify-content:space-between;font-weight:bold;font-size:17px;margin:6px 0}hr{border:0;border-top:1px dashed #555}"""
    s, job = mk("rcpt_lv_supermarket.png", "receipt: Latvian supermarket (EUR 1,23, PVN 21%/12%)", "thermal paper on grey",
                "receipt", (420, 640), "7 grocery lines with quantities, VAT split A/B", body, css)
    big = max(lines, key=lambda x: x[3])
    assert [x[3] for x in lines].count(big[3]) == 1
    s.q("how much was the total on this receipt?", money_str(tot), "money", "lookup")
    s.q("which item cost the most (line total)?", big[0], "text", "argmax", True)
    s.q("how many items did I buy in total? count quantities", sum(x[1] for x in lines), "count", "sum")
    return s, job


# 2 ---------------------------------------------------------------- Chilean payslip
def d_cl_payslip():
    r = rng("cl_payslip")
    base = r.randrange(950000, 1650000, 5000)
    grat = min(round(base * 0.25), 209396)
    bono = r.choice([0, 35000, 50000])
    colac, movil = 42000, 38000
    imponible = base + grat + bono
    afp_rate = 11.44
    afp = round(imponible * afp_rate / 100)
    salud = round(imponible * 0.07)
    ces = round(imponible * 0.006)
    impuesto = r.randrange(8000, 30000, 1)
    haberes = imponible + colac + movil
    desc = afp + salud + ces + impuesto
    liquido = haberes - desc
    c = lambda v: "$" + fmt_num(v, 0, ".", ",")  # noqa: E731
    hrows = [("Sueldo base", base), ("Gratificación legal", grat), ("Bono de producción", bono),
             ("Asignación colación", colac), ("Asignación movilización", movil)]
    drows = [(f"AFP Cuprum ({str(afp_rate).replace('.', ',')}%)", afp), ("Fonasa (7%)", salud),
             ("Seguro de cesantía (0,6%)", ces), ("Impuesto único", impuesto)]
    tr = lambda rows: "".join(f"<tr><td>{esc(a)}</td><td class=n>{c(b)}</td></tr>" for a, b in rows)  # noqa: E731
    body = f"""<div class=p><div class=hd><div><b>Constructora Lomas del Maipo SpA</b><br>RUT 76.418.229-3<br>
Av. Vicuña Mackenna 4860, Santiago</div><div class=t>LIQUIDACIÓN DE SUELDO<br><span>Septiembre 2025</span></div></div>
<table class=info><tr><td>Trabajador</td><td><b>Camila Fuentes Araya</b></td><td>RUT</td><td>17.552.904-K</td></tr>
<tr><td>Cargo</td><td>Jefa de obra</td><td>Días trabajados</td><td>30</td></tr></table>
<div class=cols><div><h3>HABERES</h3><table>{tr(hrows)}<tr class=s><td>Total haberes</td><td class=n>{c(haberes)}</td></tr></table></div>
<div><h3>DESCUENTOS</h3><table>{tr(drows)}</table></div></div>
<div class=liq>ALCANCE LÍQUIDO A PAGAR <span>{c(liquido)}</span></div>
<p class=f>Total imponible: {c(imponible)} &middot; Pago por transferencia, Banco Estado, 30/09/2025</p></div>"""
    css = """body{background:#e8ecef;padding:20px}.p{background:#fff;padding:22px 26px;border-top:6px solid #0b5394}
.hd{display:flex;justify-content:space-between;font-size:13px;line-height:1.45}.t{text-align:right;font-size:20px;font-weight:700;color:#0b5394}
.t span{font-size:14px;color:#444;font-weight:400}.info{width:100%;margin:14px 0;border-collapse:collapse;font-size:13px}
.info td{border:1px solid #ccd;padding:5px 8px}.cols{display:flex;gap:26px}.cols>div{flex:1}h3{font-size:13px;color:#0b5394;border-bottom:2px solid #0b5394;margin:6px 0}
table{width:100%;border-collapse:collapse;font-size:13.5px}td{padding:4px 2px}.n{text-align:right}.s td{border-top:1px solid #999;font-weight:700}
.liq{margin-top:16px;background:#0b5394;color:#fff;padding:10px 14px;font-weight:700;display:flex;justify-content:space-between;font-size:16px}
.f{font-size:12px;color:#555}"""
    s, job = mk("payslip_cl.png", "payslip: Chilean liquidación de sueldo (CLP $1.234.567)", "white, navy",
                "payslip", (920, 600), "earnings and deductions (AFP, Fonasa, cesantía, tax), net pay", body, css,
                font="Open Sans")
    s.q("what's her net pay this month (líquido a pagar)?", liquido, "money", "lookup")
    s.q("add up all the descuentos for me", desc, "money", "sum")
    s.q("Which AFP is she with?", "Cuprum", "text", "lookup", True)
    return s, job


# 3 ---------------------------------------------------------------- Sri Lankan prescription
def d_lk_rx():
    r = rng("lk_rx")
    drugs = [("Amoxicillin 500 mg", "cap", "1 - 1 - 1", 3, r.choice([5, 7])),
             ("Paracetamol 500 mg", "tab", "2 - 2 - 2", 6, 3),
             ("Cetirizine 10 mg", "tab", "0 - 0 - 1", 1, r.choice([5, 10])),
             ("Omeprazole 20 mg", "cap", "1 - 0 - 0", 1, r.choice([7, 14]))]
    rows = "".join(f"<tr><td>{i}.</td><td><b>{esc(n)}</b> <i>{f}</i></td><td>{dose}</td><td>{days} days</td></tr>"
                   for i, (n, f, dose, per, days) in enumerate(drugs, 1))
    d = date(2025, 8, r.randint(1, 28))
    body = f"""<div class=rx><div class=hd><div class=nm>Dr. Nirosha Wickramasinghe</div>
<div>MBBS (Colombo), MD (Paed) &middot; SLMC Reg. No. 21784</div>
<div>Lakmedura Family Clinic, 42 Temple Road, Nugegoda &middot; 011 281 4476</div></div>
<div class=pt><span>Patient: <b>Tharindu Perera</b></span><span>Age: 9 y</span><span>Wt: 28 kg</span>
<span>Date: {d.strftime('%d/%m/%Y')}</span></div><div class=sym>&#8478;</div>
<table><tr><th></th><th>Drug</th><th>Dose (morning - noon - night)</th><th>Duration</th></tr>{rows}</table>
<p class=adv>Advice: Plenty of fluids. Review after 5 days or earlier if fever persists above 38.5 &deg;C.</p>
<div class=sig>N. Wickramasinghe<br><small>signature &amp; seal</small></div></div>"""
    css = """body{background:#dfe7e2;padding:16px}.rx{background:#fbfff9;padding:20px 26px;border:1px solid #9bb;font-family:'Lato'}
.hd{border-bottom:3px double #2e6b4f;padding-bottom:8px;color:#2e6b4f;font-size:13px;line-height:1.5}.nm{font-size:22px;font-weight:700}
.pt{display:flex;gap:30px;margin:10px 0;font-size:14px}.sym{font-size:34px;color:#2e6b4f;font-family:'DejaVu Serif'}
table{width:100%;border-collapse:collapse;font-size:14.5px}th{text-align:left;font-size:12px;color:#555;border-bottom:1px solid #999;padding:4px}
td{padding:7px 4px;border-bottom:1px dotted #bbb}.adv{font-size:13px;margin-top:14px}.sig{text-align:right;font-family:'Z003';font-size:24px;color:#234}
.sig small{font-family:Lato;font-size:11px;color:#777}"""
    s, job = mk("rx_lk_clinic.png", "prescription: Sri Lankan family clinic (dd/mm/yyyy)", "pale green paper",
                "prescription", (860, 560), "4 drugs with morning-noon-night doses and durations", body, css,
                font="Lato")
    a = drugs[0]
    s.q("which doctor wrote this prescription?", "Dr. Nirosha Wickramasinghe", "person", "party", True)
    s.q(f"how many {a[1]}s of amoxicillin will he need for the whole course?", a[3] * a[4], "count", "sum")
    s.q("whats the doctor's SLMC registration number", "21784", "code", "lookup", True)
    return s, job


# 4 ---------------------------------------------------------------- Croatian konoba menu
def d_hr_menu():
    r = rng("hr_menu")
    secs = {"Predjela / Starters": [("Paški sir s maslinama", "Pag cheese with olives"),
                                    ("Dalmatinski pršut", "Dalmatian prosciutto"),
                                    ("Salata od hobotnice", "Octopus salad")],
            "Riba / Fish": [("Brudet s palentom", "Fish stew with polenta"), ("Orada sa žara", "Grilled sea bream"),
                            ("Crni rižot", "Black cuttlefish risotto"), ("Lignje na žaru", "Grilled squid")],
            "Meso / Meat": [("Pašticada s njokima", "Braised beef with gnocchi"),
                            ("Peka od janjetine", "Lamb under the bell (min. 2 pers.)"),
                            ("Ćevapi s ajvarom", "Grilled minced meat with ajvar")],
            "Deserti / Desserts": [("Rožata", "Dubrovnik custard"), ("Fritule", "Fried dough balls")]}
    prices = {}
    html = ""
    for sec, items in secs.items():
        lo, hi = {"P": (8, 16), "R": (16, 29), "M": (15, 32), "D": (5, 8)}[sec[0]]
        rows = ""
        for hr_, en in items:
            p = r.randint(lo, hi) + r.choice([0, 0.5])
            while p in prices.values():
                p += 0.5
            prices[hr_] = p
            rows += (f"<div class=row><div><b>{esc(hr_)}</b><br><i>{esc(en)}</i></div><div class=dots></div>"
                     f"<div class=pr>{fmt_num(p, 2, '.', ',')} €</div></div>")
        html += f"<h2>{esc(sec)}</h2>{rows}"
    body = f"""<div class=m><h1>Konoba Stari Lanterna</h1><p class=sub>Obala kralja Tomislava 7 &middot; Korčula</p>
{html}<p class=ft>Cijene su u eurima, PDV uključen. &middot; Prices in euro, VAT included. Couvert 2,50 € po osobi.</p></div>"""
    css = """body{background:#2f3b2f;padding:20px}.m{background:#f6efdc;padding:22px 34px;font-family:'URW Bookman';color:#3a2c1a;
border:3px solid #8a6d3b}h1{font-family:'Z003';font-size:44px;text-align:center;margin:0;color:#6b3e16}.sub{text-align:center;margin:0 0 8px;font-size:13px}
h2{font-size:17px;border-bottom:1px solid #8a6d3b;margin:14px 0 6px;color:#6b3e16}.row{display:flex;align-items:flex-end;margin:5px 0;font-size:14px}
.row i{font-size:12px;color:#6b5a40}.dots{flex:1;border-bottom:1px dotted #8a6d3b;margin:0 8px 4px}.pr{font-weight:700}
.ft{font-size:11.5px;text-align:center;margin-top:14px}"""
    s, job = mk("menu_hr_konoba.png", "restaurant menu: Croatian konoba (EUR 12,50, bilingual hr/en)",
                "cream paper, dark green frame", "menu", (720, 1000), "12 dishes in 4 sections with prices",
                body, css, font="URW Bookman")
    fish = secs["Riba / Fish"]
    cheapest = min(fish, key=lambda x: prices[x[0]])
    meat = secs["Meso / Meat"]
    ps = prices["Pašticada s njokima"]
    s.q("what's the cheapest fish dish on the menu?", cheapest[0], "text", "argmin", True)
    s.q("how much is the pašticada", money_str(ps), "money", "lookup")
    tot = prices[fish[1][0]] + prices["Rožata"] + 2 * 2.5
    s.q("if two of us share one grilled sea bream and one rožata, what's the bill including couvert for two?",
        money_str(tot), "money", "sum")
    return s, job


# 5 ---------------------------------------------------------------- Lisbon ferry timetable
def d_pt_timetable():
    r = rng("pt_ferry")
    wk, we = [], []
    t = 5 * 60 + 40
    while t <= 23 * 60 + 50:
        wk.append(t)
        t += 10 if (7 * 60 <= t < 10 * 60 or 17 * 60 <= t < 20 * 60) else r.choice([20, 20, 30])
    t = 6 * 60 + 10
    while t <= 23 * 60 + 50:
        we.append(t)
        t += r.choice([30, 30, 40])
    f = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
    hours = range(5, 24)

    def cells(lst):
        return "".join(f"<tr><td class=h>{h:02d}</td><td>{' '.join(f'{m % 60:02d}' for m in lst if m // 60 == h)}</td></tr>"
                       for h in hours)

    body = f"""<div class=tt><div class=top><div class=logo>⛴ TransTejo Fluvial</div><div>Cais do Sodré → Cacilhas<br>
<small>Duração da travessia / crossing time: 10 min</small></div></div>
<p class=v>Horário válido a partir de 01/09/2025</p><div class=grid>
<table><tr><th colspan=2>Dias úteis<br><small>Mon–Fri</small></th></tr><tr><th>Hora</th><th>Minutos</th></tr>{cells(wk)}</table>
<table><tr><th colspan=2>Sábados, domingos e feriados<br><small>Sat, Sun &amp; holidays</small></th></tr><tr><th>Hora</th><th>Minutos</th></tr>{cells(we)}</table>
</div></div>"""
    css = """body{background:#fff;padding:14px}.top{display:flex;gap:30px;align-items:center;background:#f39200;color:#fff;padding:10px 16px;font-size:15px}
.logo{font-size:24px;font-weight:700}.v{font-size:12px;color:#555;margin:6px 0}.grid{display:flex;gap:18px}
table{border-collapse:collapse;flex:1;font-size:13px}th{background:#004b87;color:#fff;padding:5px;font-weight:600}
td{border-bottom:1px solid #ddd;padding:3px 8px;font-family:'Roboto Condensed';letter-spacing:1px}td.h{font-weight:700;width:48px;background:#eef3f8;text-align:center}"""
    s, job = mk("timetable_pt_ferry.png", "ferry timetable: Lisbon river crossing (Portuguese/English, hour-minute grid)",
                "white, orange/blue", "schedule", (900, 760), "weekday and weekend departures, hour rows with minutes",
                body, css, font="Roboto")
    qt = 14 * 60 + 20
    nxt = min(m for m in wk if m > qt)
    s.q("it's a tuesday and I'm at Cais do Sodré at 14:20, when's the next boat?", f(nxt), "time", "next")
    s.q("how many sailings are there on Saturdays before 9 in the morning?", sum(1 for m in we if m < 9 * 60), "count",
        "count")
    s.q("what time is the last weekday departure", f(wk[-1]), "time", "latest")
    return s, job


# 6 ---------------------------------------------------------------- Costa Rica water bill
def d_cr_water():
    r = rng("cr_water")
    prev = r.randint(1800, 2600)
    cons = r.randint(14, 38)
    cur = prev + cons
    fijo = 3150
    b1 = min(cons, 15)
    b2 = max(0, cons - 15)
    t1, t2 = 684, 1216
    cv = b1 * t1 + b2 * t2
    hidrante = 17 * cons
    sub = fijo + cv + hidrante
    iva = round(sub * 0.13)
    tot = sub + iva
    c = lambda v: "₡" + fmt_num(v, 2, " ", ",")  # noqa: E731
    due = date(2025, 11, r.randint(10, 25))
    body = f"""<div class=b><div class=hd><div><div class=lg>Acueductos del Valle Central</div><small>Cédula jurídica 3-007-482119</small></div>
<div class=due>Total a pagar<br><b>{c(tot)}</b><br><small>Vence: {due.strftime('%d/%m/%Y')}</small></div></div>
<div class=g><div><h4>Cliente</h4>Andrés Solano Vargas<br>NIS 6104-22871<br>San Rafael de Heredia</div>
<div><h4>Lecturas del medidor</h4><table><tr><td>Lectura anterior (03/09/2025)</td><td>{prev} m³</td></tr>
<tr><td>Lectura actual (03/10/2025)</td><td>{cur} m³</td></tr></table></div></div>
<h4>Detalle del cobro</h4><table class=d>
<tr><td>Cargo fijo residencial</td><td>{c(fijo)}</td></tr>
<tr><td>Consumo bloque 1 (0–15 m³ × ₡{t1})</td><td>{c(b1 * t1)}</td></tr>
<tr><td>Consumo bloque 2 (16–40 m³ × ₡{t2})</td><td>{c(b2 * t2)}</td></tr>
<tr><td>Tasa de hidrantes</td><td>{c(hidrante)}</td></tr><tr><td>IVA 13 %</td><td>{c(iva)}</td></tr>
<tr class=t><td>TOTAL</td><td>{c(tot)}</td></tr></table></div>"""
    css = """body{background:#dbe9f4;padding:18px}.b{background:#fff;padding:20px 24px;border-radius:6px}
.hd{display:flex;justify-content:space-between;align-items:center;border-bottom:3px solid #1479c4;padding-bottom:10px}
.lg{font-size:22px;font-weight:700;color:#1479c4}.due{background:#1479c4;color:#fff;padding:8px 16px;border-radius:6px;text-align:right;font-size:13px}
.due b{font-size:22px}.g{display:flex;gap:40px;font-size:13.5px;margin-top:6px}.g>div{flex:1}h4{color:#1479c4;margin:10px 0 4px}
table{border-collapse:collapse;width:100%;font-size:13.5px}td{padding:4px 6px;border-bottom:1px solid #e2e8ee}td:last-child{text-align:right}
.t td{font-weight:700;border-top:2px solid #1479c4}"""
    s, job = mk("bill_cr_water.png", "water bill: Costa Rica (₡ 1 234,56, dd/mm/yyyy)", "white/blue", "bill",
                (860, 640), "meter readings, block tariff, hydrant fee, IVA 13%", body, css, font="Carlito")
    s.q("how many cubic metres of water did we use this period?", cons, "number", "subtract")
    s.q("what's the total amount due on the water bill", money_str(tot), "money", "lookup")
    s.q("by when do I have to pay", due.isoformat(), "date", "lookup")
    return s, job


# 7 ---------------------------------------------------------------- Saudi tax invoice
def d_sa_invoice():
    r = rng("sa_invoice")
    items = [("Ergonomic office chair, mesh", r.randint(2, 8), 685.0), ("Standing desk frame, dual motor", r.randint(1, 4), 1240.0),
             ("Monitor arm, gas spring", r.randint(2, 10), 189.5), ("Cable management tray", r.randint(4, 12), 64.0),
             ("Installation service (per workstation)", r.randint(2, 6), 95.0)]
    lines = [(n, q, p, round(q * p, 2)) for n, q, p in items]
    sub = round(sum(x[3] for x in lines), 2)
    vat = round(sub * 0.15, 2)
    tot = round(sub + vat, 2)
    c = lambda v: fmt_num(v, 2)  # noqa: E731
    rows = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td>{q}</td><td>{c(p)}</td><td>{c(t)}</td></tr>"
                   for i, (n, q, p, t) in enumerate(lines, 1))
    vatno = "3" + "".join(str(r.randint(0, 9)) for _ in range(13)) + "3"
    d = date(2025, 7, r.randint(1, 28))
    body = f"""<div class=i><div class=hd><div><h1>TAX INVOICE</h1><div>Invoice No. <b>INV-2025-0{r.randint(1000, 9999)}</b></div>
<div>Issue date: {d.isoformat()}</div></div><div class=sel><b>Rawabi Workspace Trading Co.</b><br>King Fahd Road, Al Olaya, Riyadh 12214<br>
VAT Reg. No. <b>{vatno}</b><br>CR 1010583726</div></div>
<div class=buy><b>Bill to:</b> Najd Horizon Consulting LLC, Prince Sultan St, Jeddah &middot; VAT Reg. No. 310498223700003</div>
<table><tr><th>#</th><th>Description</th><th>Qty</th><th>Unit price (SAR)</th><th>Amount (SAR)</th></tr>{rows}</table>
<div class=sum><div><span>Total excl. VAT</span><span>{c(sub)}</span></div><div><span>VAT 15%</span><span>{c(vat)}</span></div>
<div class=g><span>Total incl. VAT (SAR)</span><span>{c(tot)}</span></div></div></div>"""
    css = """body{background:#eee;padding:16px}.i{background:#fff;padding:22px 28px}.hd{display:flex;justify-content:space-between;font-size:13px}
h1{margin:0 0 6px;color:#006c35;letter-spacing:1px}.sel{text-align:right;line-height:1.5}.buy{margin:12px 0;font-size:13px;background:#f2f7f4;padding:8px}
table{width:100%;border-collapse:collapse;font-size:13.5px}th{background:#006c35;color:#fff;padding:6px;text-align:left}
td{padding:6px;border-bottom:1px solid #ddd}td:nth-child(n+3),th:nth-child(n+3){text-align:right}
.sum{width:340px;margin:12px 0 0 auto;font-size:14px}.sum div{display:flex;justify-content:space-between;padding:4px 0}.g{font-weight:700;border-top:2px solid #006c35}"""
    s, job = mk("invoice_sa_tax.png", "tax invoice: Saudi Arabia (SAR, VAT 15%, ISO dates)", "white, green header",
                "invoice", (1000, 600), "5 office furniture lines, VAT 15%", body, css, font="Roboto")
    s.q("how much VAT is on this invoice", c(vat), "money", "lookup", True)
    s.q("what's the seller's VAT registration number?", vatno, "code", "lookup", True)
    s.q("how many monitor arms + chairs were ordered altogether?", lines[0][1] + lines[2][1], "count", "sum")
    return s, job


# 8 ---------------------------------------------------------------- Uganda mobile money statement
def d_ug_momo():
    r = rng("ug_momo")
    bal = r.randrange(150000, 600000, 500)
    opening = bal
    people = ["Sarah Namubiru", "Okello James", "Kato Brian", "Aber Grace", "Ssempala Ivan", "Nakato Joan"]
    rows = []
    d = date(2025, 6, 2)
    for i in range(9):
        d += timedelta(days=r.randint(0, 3))
        kind = r.choice(["in", "out", "out", "bill"]) if bal > 160000 else "in"
        if kind == "in":
            amt = r.randrange(20000, 400000, 1000)
            fee = 0
            who = r.choice(people)
            desc = f"Received from {who}"
            bal += amt
        elif kind == "out":
            amt = r.randrange(5000, min(150000, bal // 2), 500)
            fee = 500 if amt <= 30000 else 1000 if amt <= 125000 else 1500
            who = r.choice(people)
            desc = f"Sent to {who}"
            bal -= amt + fee
        else:
            amt = r.choice([30000, 45000, 62000])
            fee = 0
            who = r.choice(["UMEME Yaka", "NWSC Water", "DStv"])
            desc = f"Bill payment – {who}"
            bal -= amt
        rows.append((d, desc, kind, amt, fee, bal, who))
    ins = [x for x in rows if x[2] == "in"]
    assert ins and [x[3] for x in ins].count(max(x[3] for x in ins)) == 1
    c = lambda v: fmt_num(v, 0)  # noqa: E731
    trs = "".join(f"<tr><td>{x[0].strftime('%d-%b-%Y')}</td><td>{esc(x[1])}</td><td class={'cr' if x[2] == 'in' else 'dr'}>"
                  f"{'+' if x[2] == 'in' else '-'}{c(x[3])}</td><td>{c(x[4])}</td><td>{c(x[5])}</td></tr>" for x in rows)
    body = f"""<div class=s><div class=hd><div class=lg>Kiira<b>Pay</b></div><div>Mini statement<br><small>+256 772 418 903 &middot; Mukisa Robert</small></div></div>
<div class=ob>Opening balance: UGX {c(opening)}</div>
<table><tr><th>Date</th><th>Details</th><th>Amount (UGX)</th><th>Charge</th><th>Balance</th></tr>{trs}</table>
<div class=cb>Closing balance: <b>UGX {c(bal)}</b></div></div>"""
    css = """body{background:#ffcb05;padding:16px}.s{background:#fff;border-radius:10px;padding:18px 20px}
.hd{display:flex;justify-content:space-between;align-items:center;font-size:14px}.lg{font-size:28px;color:#1d1d1b}.lg b{color:#e4a700}
.ob,.cb{font-size:14px;margin:10px 0}.cb{text-align:right;font-size:16px}table{width:100%;border-collapse:collapse;font-size:13.5px}
th{background:#1d1d1b;color:#ffcb05;padding:6px;text-align:left}td{padding:6px;border-bottom:1px solid #eee}
td:nth-child(n+3),th:nth-child(n+3){text-align:right}.cr{color:#18873a}.dr{color:#b3261e}"""
    s, job = mk("stmt_ug_mobilemoney.png", "mobile-money statement: Uganda (UGX, no decimals, dd-Mon-yyyy)",
                "yellow frame, white card", "statement", (900, 560), "9 transactions with charges and balance",
                body, css, font="Open Sans")
    big = max(ins, key=lambda x: x[3])
    s.q("who sent me the biggest amount?", big[6], "person", "argmax", True)
    s.q("total charges paid in this statement?", sum(x[4] for x in rows), "money", "sum")
    s.q("closing balance pls", bal, "money", "lookup")
    return s, job


# 9 ---------------------------------------------------------------- Scottish rent increase letter
def d_sc_letter():
    r = rng("sc_letter")
    old = r.randrange(825, 1350, 5)
    pct = r.choice([4, 5, 6, 7])
    new = round(old * (1 + pct / 100))
    eff = date(2026, 1, 1) + timedelta(days=r.choice([0, 31, 59]))
    body = f"""<div class=l><div class=from>Morag Ferguson Lettings Ltd<br>14 Queen Street<br>Edinburgh EH2 1JX<br>0131 496 0871</div>
<div class=to>Mr Euan Baird<br>Flat 3F2, 27 Marchmont Crescent<br>Edinburgh EH9 1HG</div>
<p>{date(2025, 10, r.randint(1, 20)).strftime('%-d %B %Y')}</p>
<p><b>Rent-increase notice – Private Residential Tenancy</b></p>
<p>Dear Mr Baird,</p>
<p>We write on behalf of your landlord, Ms Fiona Lennox, to give you notice that the rent for the above property will
increase from <b>£{old:,} per month</b> to <b>£{new:,} per month</b>, an increase of {pct}%.</p>
<p>The new rent will take effect from <b>{eff.strftime('%-d %B %Y')}</b>, which is at least three months after the date this
notice is given. Payment should continue by standing order on the 1st of each month to the account ending 4471.</p>
<p>If you believe the increase is unfair you may refer it to a rent officer within 21 days of receiving this notice.</p>
<p>Yours sincerely,</p><p class=sig>Alasdair Munro</p><p>Alasdair Munro<br>Property Manager</p></div>"""
    css = """body{background:#d6d2c8;padding:20px}.l{background:#fff;padding:36px 48px;font-family:'C059';font-size:14.5px;line-height:1.5;color:#1d1d1d}
.from{text-align:right;font-size:13px}.to{margin:10px 0 14px}.sig{font-family:'Z003';font-size:26px;margin:4px 0}"""
    s, job = mk("letter_sc_rent.png", "letter: Scottish rent-increase notice (GBP, '1 March 2026')", "white paper serif",
                "letter", (820, 900), "landlord's agent letter with old/new rent and effective date", body, css)
    s.q("what will the new monthly rent be?", new, "money", "lookup")
    s.q("How much more per month will I be paying?", new - old, "money", "subtract")
    s.q("when does the increase kick in", eff.isoformat(), "date", "lookup")
    return s, job


# 10 --------------------------------------------------------------- Mexican concert ticket
def d_mx_ticket():
    r = rng("mx_ticket")
    price = r.choice([1450, 1890, 2350, 2780])
    cargo = round(price * 0.16)
    iva_c = round(cargo * 0.16)
    tot = price + cargo + iva_c
    sec, fila, asi = r.choice(["Naranja B", "Verde A", "Platino 2"]), r.choice(list("FGHJK")), r.randint(4, 38)
    gates, show = "18:30", "21:00"
    body = f"""<div class=t><div class=main><div class=ev>LOS CENZONTLES ELÉCTRICOS</div><div class=tour>Gira Marea Alta 2025</div>
<div class=ven>Arena Monterrey &middot; Sábado 22 de noviembre de 2025</div>
<div class=g><div><small>Apertura de puertas</small><b>{gates}</b></div><div><small>Inicio del show</small><b>{show}</b></div>
<div><small>Sección</small><b>{sec}</b></div><div><small>Fila</small><b>{fila}</b></div><div><small>Asiento</small><b>{asi}</b></div></div>
<div class=pr>Precio boleto $ {fmt_num(price, 2)} MXN &middot; Cargo por servicio $ {fmt_num(cargo, 2)} &middot; IVA cargo $ {fmt_num(iva_c, 2)}</div>
<div class=tt>Total pagado: $ {fmt_num(tot, 2)} MXN</div></div>
<div class=stub><div class=bc></div><div>Orden 4471-{r.randint(100000, 999999)}</div><div>Titular: Daniela Garza</div></div></div>"""
    css = """body{background:#111;padding:24px}.t{display:flex;background:linear-gradient(120deg,#5b0f8a,#d6336c);color:#fff;border-radius:14px;overflow:hidden}
.main{flex:1;padding:22px 26px}.ev{font-size:28px;font-weight:800}.tour{font-size:16px;opacity:.85}.ven{margin:8px 0 14px;font-size:14px}
.g{display:flex;gap:24px}.g div{display:flex;flex-direction:column}.g small{font-size:11px;opacity:.8}.g b{font-size:20px}
.pr{margin-top:14px;font-size:12.5px;opacity:.9}.tt{font-size:16px;font-weight:700;margin-top:4px}
.stub{width:210px;background:#fff;color:#222;padding:16px;border-left:3px dashed #555;font-size:12px}
.bc{height:120px;margin-bottom:10px;background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 7px,#fff 7px 9px)}"""
    s, job = mk("ticket_mx_concert.png", "concert e-ticket: Mexico (MXN $ 1,234.00, Spanish labels)",
                "purple-pink gradient, white stub", "ticket", (960, 330), "event, doors/show times, seat, price breakdown",
                body, css, font="Lato")
    s.q("what time do the doors open?", gates, "time", "lookup", True)
    s.q("what's my seat number", asi, "number", "lookup", True)
    s.q("how much did the service fee cost including its IVA?", cargo + iva_c, "money", "sum")
    return s, job


# 11 --------------------------------------------------------------- Malta motor insurance schedule
def d_mt_insurance():
    r = rng("mt_insurance")
    start = date(2025, r.randint(1, 12), 1) + timedelta(days=r.randint(0, 20))
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    prem = round(r.uniform(380, 720), 2)
    stamp = round(prem * 0.10, 2)
    excess = r.choice([150, 250, 350])
    covers = [("Third party liability", True), ("Fire and theft", True), ("Accidental damage (own vehicle)", r.random() < .6),
              ("Windscreen cover", r.random() < .5), ("Roadside assistance", True), ("Personal accident – driver", r.random() < .5),
              ("Courtesy car", r.random() < .4)]
    cb = "".join(f"<div class=cv><span class='box {'on' if v else ''}'>{'✓' if v else ''}</span>{esc(n)}</div>" for n, v in covers)
    body = f"""<div class=p><div class=hd><div class=lg>Melita Mutual Insurance p.l.c.</div><div>Motor Policy Schedule</div></div>
<table class=kv><tr><td>Policy number</td><td><b>MTR/25/0{r.randint(10000, 99999)}</b></td><td>Insured</td><td>Joseph Camilleri</td></tr>
<tr><td>Period of insurance</td><td>{start.strftime('%d/%m/%Y')} – {end.strftime('%d/%m/%Y')}</td><td>Address</td><td>12, Triq il-Kbira, Mosta MST 1013</td></tr>
<tr><td>Vehicle</td><td>Toyota Yaris Hybrid 1.5, 2021</td><td>Registration</td><td><b>{r.choice('ABCDEFG')}{r.choice('ABCDEFG')}{r.choice('ABCDEFG')} {r.randint(100, 999)}</b></td></tr>
<tr><td>Insured value</td><td>€ {fmt_num(r.randrange(11000, 19000, 500), 2)}</td><td>Compulsory excess</td><td>€ {excess}.00</td></tr></table>
<h3>Cover included</h3><div class=cov>{cb}</div>
<table class=pm><tr><td>Annual premium</td><td>€ {fmt_num(prem, 2)}</td></tr><tr><td>Stamp duty (10%)</td><td>€ {fmt_num(stamp, 2)}</td></tr>
<tr class=t><td>Total payable</td><td>€ {fmt_num(prem + stamp, 2)}</td></tr></table></div>"""
    css = """body{background:#e9eef5;padding:18px}.p{background:#fff;padding:20px 26px}.hd{display:flex;justify-content:space-between;align-items:end;
border-bottom:3px solid #c8102e;padding-bottom:8px;font-size:16px}.lg{font-size:22px;font-weight:700;color:#c8102e}
.kv{width:100%;border-collapse:collapse;margin-top:12px;font-size:13px}.kv td{border:1px solid #d6dbe3;padding:6px 8px}.kv td:nth-child(odd){background:#f4f6f9;color:#555;width:140px}
h3{font-size:14px;margin:14px 0 6px}.cov{display:grid;grid-template-columns:1fr 1fr;gap:6px 20px;font-size:13.5px}
.box{display:inline-block;width:16px;height:16px;border:1.5px solid #555;margin-right:8px;text-align:center;line-height:15px;font-size:13px;vertical-align:-3px}
.box.on{background:#c8102e;border-color:#c8102e;color:#fff}.pm{margin:14px 0 0 auto;width:320px;font-size:14px}.pm td:last-child{text-align:right}.t td{font-weight:700;border-top:2px solid #333}"""
    s, job = mk("insurance_mt_motor.png", "motor insurance policy schedule: Malta (EUR, dd/mm/yyyy)", "white, red accents",
                "form", (900, 620), "policy details table, 7 cover checkboxes, premium + stamp duty", body, css,
                font="Nimbus Sans")
    ws = dict(covers)["Windscreen cover"]
    s.q("does this policy include windscreen cover?", "yes" if ws else "no", "yesno", "state_yesno")
    s.q("when does the insurance run out", end.isoformat(), "date", "lookup")
    s.q("How many of the listed covers are ticked?", sum(1 for _, v in covers if v), "count", "count")
    return s, job


# 12 --------------------------------------------------------------- Zambian prepaid electricity token
def d_zm_token():
    r = rng("zm_token")
    amt = r.choice([150, 200, 250, 300, 500])
    fixed = 0
    vat = round(amt - amt / 1.16, 2)
    excise = round((amt - vat) * 0.03, 2)
    energy = round(amt - vat - excise, 2)
    units = round(energy / 0.47, 1)
    token = " ".join("".join(str(r.randint(0, 9)) for _ in range(4)) for _ in range(5))
    meter = "".join(str(r.randint(0, 9)) for _ in range(11))
    body = f"""<div class=v><div class=c>*** LUMEN POWER ZAMBIA ***<br>PREPAID ELECTRICITY</div><hr>
<div class=r><span>Date</span><span>{date(2025, 9, r.randint(1, 28)).strftime('%d/%m/%Y')} 19:06</span></div>
<div class=r><span>Meter No</span><span>{meter}</span></div><div class=r><span>Customer</span><span>MWANZA P</span></div>
<div class=r><span>Tariff</span><span>R1 Residential</span></div><hr>
<div class=r><span>Amount Tendered</span><span>K {amt:.2f}</span></div><div class=r><span>VAT 16%</span><span>K {vat:.2f}</span></div>
<div class=r><span>Excise Duty 3%</span><span>K {excise:.2f}</span></div><div class=r><span>Energy Charge</span><span>K {energy:.2f}</span></div>
<div class=r><span>Units</span><span>{units} kWh</span></div><hr><div class=c>TOKEN</div><div class=tk>{token}</div><hr>
<div class=c>Agent: Kabwata Mini Mart #0412<br>Keep this slip. Enter token on your meter.</div></div>"""
    css = """body{background:#4a5a4f;padding:20px}.v{background:#fcfcf7;width:360px;margin:auto;padding:14px 16px;font-family:'Liberation Mono';font-size:13px}
.c{text-align:center}.r{display:flex;justify-content:space-between;margin:3px 0}.tk{font-size:19px;font-weight:bold;text-align:center;margin:6px 0;letter-spacing:1px}
hr{border:0;border-top:1px dashed #444}"""
    s, job = mk("voucher_zm_power.png", "prepaid electricity token slip: Zambia (ZMW K 0.00)", "thermal slip on dark green",
                "receipt", (400, 560), "amount, VAT, excise, units, 20-digit token", body, css)
    s.q("what's the token number I need to type in", token, "code", "lookup", True)
    s.q("how many kWh did I get?", units, "number", "lookup", True)
    s.q("how much of what I paid went on VAT and excise combined?", money_str(vat + excise), "money", "sum")
    return s, job


SCENES = [d_lv_receipt, d_cl_payslip, d_lk_rx, d_hr_menu, d_pt_timetable, d_cr_water, d_sa_invoice, d_ug_momo,
          d_sc_letter, d_mx_ticket, d_mt_insurance, d_zm_token]
