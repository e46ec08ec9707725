"""HTML+CSS scenes rendered with headless chromium."""
import datetime as dt
import random

from common import Scene, esc, money_fmt, render_html


def _r(seed, name):
    return random.Random(f"{seed}-{name}")


def page(body, css, bg="#ffffff", fontfam="Lato, sans-serif", fg="#222"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} body{{margin:0;background:{bg};color:{fg};font-family:{fontfam};}}
{css}</style></head><body>{body}</body></html>"""


# ------------------------------------------------------------------ invoices / bills
def inv_bulgaria(seed):
    r = _r(seed, "bg")
    s = Scene("inv_bg_faktura.png", "Bulgarian invoice (ФАКТУРА, лв., ДДС 20 %, discount line), Cyrillic", "invoice", "light", "chromium",
              "seller/buyer with ЕИК, 5 lines, discount, tax base, VAT, total, due date")
    items = [("Уеб хостинг, годишен план", 1, 240.00), ("Регистрация на домейн .bg", 2, 36.00), ("SSL сертификат", 1, 89.90),
             ("Поддръжка, часове", r.randint(4, 12), 55.00), ("Миграция на пощенски кутии", r.randint(3, 9), 18.50), ("Резервно копие, месечно", 12, 9.90)]
    items = r.sample(items, 5)
    rows = [(n, q, p, round(q * p, 2)) for n, q, p in items]
    sub = round(sum(x[3] for x in rows), 2)
    disc_pct = r.choice([5, 10])
    disc = round(sub * disc_pct / 100, 2)
    base = round(sub - disc, 2)
    vat = round(base * 0.2, 2)
    tot = round(base + vat, 2)
    f = lambda v: money_fmt(v, 2, " ", ",")
    no = f"{r.randint(10**9, 10**10 - 1):010d}"
    d0 = dt.date(2025, r.randint(1, 9), r.randint(1, 20))
    due = d0 + dt.timedelta(days=14)
    buyer = r.choice(["Мария Георгиева", "Стоян Петров", "Елена Димитрова"])
    trs = "".join(f"<tr><td>{i}</td><td>{esc(n)}</td><td class=n>{q}</td><td class=n>{f(p)}</td><td class=n>{f(a)}</td></tr>" for i, (n, q, p, a) in enumerate(rows, 1))
    body = f"""<div class=doc><div class=top><div><h1>ФАКТУРА</h1><div>№ {no}</div><div>Оригинал</div></div>
<div class=r>Дата на издаване: <b>{d0:%d.%m.%Y}</b><br>Дата на данъчно събитие: {d0:%d.%m.%Y}<br>Падеж: <b>{due:%d.%m.%Y}</b></div></div>
<div class=parties><div><h3>Доставчик</h3><b>„Облак Хостинг“ ЕООД</b><br>ЕИК: 204{r.randint(100000, 999999)}<br>гр. Пловдив, бул. „Марица“ 21<br>МОЛ: Иван Колев</div>
<div><h3>Получател</h3><b>„Зелена Градина“ ООД</b><br>ЕИК: 175{r.randint(100000, 999999)}<br>гр. Варна, ул. „Преслав“ 8<br>МОЛ: {buyer}</div></div>
<table><tr><th>№</th><th>Наименование</th><th>Кол.</th><th>Ед. цена</th><th>Стойност</th></tr>{trs}</table>
<div class=sum><div><span>Сума</span><span>{f(sub)} лв.</span></div><div><span>Отстъпка {disc_pct}%</span><span>-{f(disc)} лв.</span></div>
<div><span>Данъчна основа</span><span>{f(base)} лв.</span></div><div><span>ДДС 20%</span><span>{f(vat)} лв.</span></div>
<div class=t><span>Сума за плащане</span><span>{f(tot)} лв.</span></div></div>
<p class=pay>Начин на плащане: банков превод · IBAN BG80 BNBG 9661 1020 3456 78</p></div>"""
    css = """.doc{width:960px;margin:20px;padding:36px;border:1px solid #ccc;background:#fff;font-size:15px}
.top{display:flex;justify-content:space-between}h1{margin:0;color:#8b1e3f;letter-spacing:2px}.r{text-align:right;line-height:1.6}
.parties{display:flex;gap:40px;margin:24px 0}.parties div{flex:1;background:#f7f3f4;padding:12px;line-height:1.5}h3{margin:0 0 6px;color:#8b1e3f;font-size:14px}
table{width:100%;border-collapse:collapse}th{background:#8b1e3f;color:#fff;text-align:left;padding:7px}td{padding:7px;border-bottom:1px solid #ddd}.n{text-align:right}
.sum{width:380px;margin-left:auto;margin-top:14px}.sum div{display:flex;justify-content:space-between;padding:4px 0}.sum .t{font-weight:bold;font-size:18px;border-top:2px solid #8b1e3f}
.pay{color:#555;margin-top:20px}"""
    render_html(s, page(body, css, bg="#e9e6e2", fontfam="'Open Sans'"), 1000)
    s.q("what's the amount due on this invoice", f"{f(tot)} лв.", "money", "lookup")
    s.q("When is payment due?", f"{due:%d.%m.%Y}", "date", "lookup")
    s.q("how much was the discount", f"{f(disc)} лв.", "money", "lookup")
    big = max(rows, key=lambda x: x[3])
    s.q("which line item is the most expensive", big[0], "text", "argmax")
    return s


def inv_colombia(seed):
    r = _r(seed, "co")
    s = Scene("inv_co_factura.png", "Colombian electronic invoice (COP $ 1.234.567, IVA 19 %, descuento, CUFE)", "invoice", "light (teal)", "chromium",
              "NIT, client, 6 products with discount column, subtotal, IVA, total")
    prods = [("Silla ergonómica Bogotá", 689000), ("Escritorio elevable 120 cm", 1450000), ("Lámpara LED de escritorio", 119900), ("Soporte para monitor", 98500),
             ("Teclado inalámbrico", 159000), ("Reposapiés ajustable", 74900), ("Organizador de cables", 32000), ("Archivador 3 cajones", 389000)]
    ps = r.sample(prods, 6)
    rows = []
    for n, p in ps:
        q = r.choice([1, 1, 2, 4])
        dp = r.choice([0, 0, 5, 10])
        net = round(q * p * (1 - dp / 100))
        rows.append((n, q, p, dp, net))
    sub = sum(x[4] for x in rows)
    iva = round(sub * 0.19)
    tot = sub + iva
    f = lambda v: "$ " + f"{v:,.0f}".replace(",", ".")
    cliente = r.choice(["Valentina Restrepo", "Andrés Felipe Gómez", "Camila Ospina"])
    trs = "".join(f"<tr><td>{esc(n)}</td><td class=c>{q}</td><td class=n>{f(p)}</td><td class=c>{dp}%</td><td class=n>{f(a)}</td></tr>" for n, q, p, dp, a in rows)
    num = f"FE-{r.randint(1000, 9999)}"
    body = f"""<div class=w><div class=hd><div><div class=logo>MOBILIARIO ANDINO S.A.S.</div>NIT 901.{r.randint(100, 999)}.{r.randint(100, 999)}-{r.randint(1, 9)}<br>Cra. 43A # 14-{r.randint(10, 99)}, Medellín</div>
<div class=box><b>FACTURA ELECTRÓNICA DE VENTA</b><br>No. {num}<br>Fecha: {r.randint(10, 28)}/0{r.randint(1, 9)}/2025</div></div>
<div class=cl><b>Cliente:</b> {cliente} &nbsp; · &nbsp; <b>C.C.</b> {r.randint(10**9, 10**10 - 1)} &nbsp; · &nbsp; <b>Forma de pago:</b> Crédito 30 días</div>
<table><tr><th>Descripción</th><th>Cant.</th><th>Vr. unitario</th><th>Desc.</th><th>Vr. total</th></tr>{trs}</table>
<div class=tot><div><span>Subtotal</span><span>{f(sub)}</span></div><div><span>IVA 19%</span><span>{f(iva)}</span></div><div class=big><span>TOTAL A PAGAR</span><span>{f(tot)}</span></div></div>
<div class=cufe>CUFE: {r.getrandbits(192):048x}</div></div>"""
    css = """.w{width:1060px;margin:20px;background:#fff;padding:30px;font-size:15px;border-top:8px solid #00897b}.hd{display:flex;justify-content:space-between;line-height:1.5}
.logo{font-size:22px;font-weight:bold;color:#00695c}.box{border:2px solid #00897b;padding:10px 16px;text-align:center}.cl{margin:18px 0;padding:10px;background:#e0f2f1}
table{width:100%;border-collapse:collapse}th{border-bottom:2px solid #00897b;text-align:left;padding:6px}td{padding:6px;border-bottom:1px solid #e0e0e0}.n{text-align:right}.c{text-align:center}
.tot{width:360px;margin:14px 0 0 auto}.tot div{display:flex;justify-content:space-between;padding:4px}.big{background:#00897b;color:#fff;font-weight:bold;font-size:17px}
.cufe{font-family:'DejaVu Sans Mono';font-size:11px;color:#777;margin-top:18px}"""
    render_html(s, page(body, css, bg="#cfd8dc", fontfam="Roboto"), 1110)
    s.q("total a pagar?", f(tot), "money", "lookup")
    s.q("How much IVA is charged", f(iva), "money", "lookup")
    n_disc = sum(1 for x in rows if x[3] > 0)
    s.q("how many of the products got a discount", n_disc, "count", "count", literal=False)
    s.q("who's the customer on this factura", cliente, "person", "party")
    return s


def stmt_malaysia(seed):
    r = _r(seed, "my")
    s = Scene("stmt_my_bank.png", "Malaysian bank account statement (RM, DR/CR columns, running balance)", "statement", "light (navy/yellow)", "chromium",
              "11 transactions with dates, descriptions, debit/credit, balance, 1200 px")
    descs = [("DUITNOW TRF TO AHMAD FAIZAL", "dr"), ("SALARY PETRONAS DAGANGAN", "cr"), ("GRAB*FOOD KL", "dr"), ("TNB BILL PAYMENT", "dr"), ("SHOPEE MY", "dr"),
             ("ATM WITHDRAWAL JALAN AMPANG", "dr"), ("DUITNOW QR 99 SPEEDMART", "dr"), ("IBG CREDIT LIM MEI LING", "cr"), ("UNIFI HOME FIBRE", "dr"),
             ("TOUCH N GO RELOAD", "dr"), ("INTEREST CREDIT", "cr"), ("ASTRO BYOND", "dr")]
    ds = r.sample(descs, 11)
    if not any(k == "cr" and "SALARY" in d for d, k in ds):
        ds[r.randint(0, 10)] = descs[1]
    bal = round(r.uniform(1500, 4000), 2)
    opening = bal
    rows = []
    day = 1
    for d, k in ds:
        day += r.randint(1, 3)
        amt = round(r.uniform(4500, 7800), 2) if "SALARY" in d else round(r.uniform(0.5, 3), 2) if "INTEREST" in d else round(r.uniform(12, 680), 2)
        bal = round(bal + (amt if k == "cr" else -amt), 2)
        rows.append((dt.date(2025, 7, min(day, 31)), d, k, amt, bal))
    f = lambda v: f"{v:,.2f}"
    trs = "".join(f"<tr><td>{d:%d/%m/%Y}</td><td>{esc(n)}</td><td class=n>{f(a) if k == 'dr' else ''}</td><td class=n>{f(a) if k == 'cr' else ''}</td><td class=n>{f(b)}</td></tr>" for d, n, k, a, b in rows)
    body = f"""<div class=w><div class=hd><div class=bank>Bank Harimau Berhad</div><div>Penyata Akaun / Account Statement</div></div>
<div class=meta><div><b>NUR AISYAH BINTI ROSLI</b><br>No. 12, Jalan SS2/24, 47300 Petaling Jaya</div><div>Account No: 1642-{r.randint(1000, 9999)}-{r.randint(1000, 9999)}<br>Statement Period: 01/07/2025 - 31/07/2025</div></div>
<table><tr><th>Date</th><th>Description</th><th class=n>Debit (RM)</th><th class=n>Credit (RM)</th><th class=n>Balance (RM)</th></tr>
<tr><td>01/07/2025</td><td>OPENING BALANCE</td><td></td><td></td><td class=n>{f(opening)}</td></tr>{trs}
<tr class=cl><td>31/07/2025</td><td>CLOSING BALANCE</td><td></td><td></td><td class=n>{f(rows[-1][4])}</td></tr></table></div>"""
    css = """.w{width:1160px;margin:20px;background:#fff;font-size:14px;font-family:'Liberation Sans'}.hd{background:#0d2c54;color:#fff;padding:16px 24px;display:flex;justify-content:space-between;align-items:center}
.bank{font-size:22px;font-weight:bold;color:#ffd23f}.meta{display:flex;justify-content:space-between;padding:16px 24px;line-height:1.5}
table{width:100%;border-collapse:collapse}th{background:#ffd23f;padding:8px 14px;text-align:left}td{padding:7px 14px;border-bottom:1px solid #eee}.n{text-align:right}
tr:nth-child(odd) td{background:#fafbfd}.cl td{font-weight:bold;border-top:2px solid #0d2c54}"""
    render_html(s, page(body, css, bg="#e4e7ec"), 1200)
    drs = [x for x in rows if x[2] == "dr"]
    big = max(drs, key=lambda x: x[3])
    s.q("what's the closing balance", f(rows[-1][4]), "money", "lookup")
    s.q("which was the biggest debit this month", big[1], "text", "argmax")
    sal = [x for x in rows if "SALARY" in x[1]][0]
    s.q("when did the salary come in?", f"{sal[0]:%d/%m/%Y}", "date", "lookup")
    tnb = [x for x in rows if x[1] == ds[0][0]][0]
    s.q(f"How much was the {ds[0][0].lower()} transaction", f(tnb[3]), "money", "lookup")
    return s


def bill_uruguay(seed):
    r = _r(seed, "uy")
    s = Scene("bill_uy_mobile.png", "Uruguayan mobile phone bill ($U, Spanish), usage summary", "bill", "light (blue)", "chromium",
              "plan, period, charges with IVA, due date, data/minutes usage")
    plan = r.choice(["Plan Libre 20 GB", "Plan Smart 35 GB", "Plan Joven 15 GB"])
    charges = [("Cargo fijo del plan", r.randint(690, 1290)), ("Roaming Argentina", r.randint(120, 480)), ("SMS internacionales", r.randint(20, 90)),
               ("Seguro de equipo", r.randint(150, 260)), ("Cuota equipo 7/12", r.randint(800, 1500))]
    sub = sum(c[1] for c in charges)
    iva = round(sub * 0.22)
    tot = sub + iva
    f = lambda v: f"$U {v:,.0f}".replace(",", ".")
    gb_used = round(r.uniform(5, 19), 1)
    gb_tot = int(plan.split()[2])
    mins = r.randint(80, 640)
    due = dt.date(2025, 8, r.randint(10, 20))
    lis = "".join(f"<tr><td>{esc(n)}</td><td class=n>{f(v)}</td></tr>" for n, v in charges)
    body = f"""<div class=w><div class=hd><span class=logo>celeste</span><span>Factura de servicios móviles</span></div>
<div class=grid><div class=card><h4>Titular</h4>Martina Silveira<br>Línea 099 {r.randint(100, 999)} {r.randint(100, 999)}<br>{plan}</div>
<div class=card><h4>Período</h4>01/07/2025 al 31/07/2025<br>Vencimiento: <b>{due:%d/%m/%Y}</b></div>
<div class=card hl><h4>Total a pagar</h4><div class=big>{f(tot)}</div></div></div>
<h3>Detalle de cargos</h3><table>{lis}<tr class=s><td>Subtotal</td><td class=n>{f(sub)}</td></tr><tr><td>IVA 22%</td><td class=n>{f(iva)}</td></tr><tr class=s><td>Total</td><td class=n>{f(tot)}</td></tr></table>
<h3>Tu consumo</h3><div class=use><div>Datos: {gb_used} GB de {gb_tot} GB<div class=bar><div style="width:{gb_used / gb_tot * 100:.0f}%"></div></div></div><div>Minutos: {mins} min</div><div>SMS: {r.randint(3, 40)}</div></div></div>"""
    css = """.w{width:860px;margin:20px;background:#fff;border-radius:10px;overflow:hidden;font-size:15px}.hd{background:#1565c0;color:#fff;padding:18px 26px;display:flex;justify-content:space-between;align-items:center}
.logo{font-size:28px;font-weight:900;letter-spacing:1px}.grid{display:flex;gap:14px;padding:20px 26px}.card{flex:1;border:1px solid #d5e3f5;border-radius:8px;padding:12px;line-height:1.5}
h4{margin:0 0 6px;color:#1565c0}.big{font-size:26px;font-weight:bold}h3{margin:6px 26px;color:#0d47a1}table{width:calc(100% - 52px);margin:0 26px 10px;border-collapse:collapse}
td{padding:6px 4px;border-bottom:1px solid #eee}.n{text-align:right}.s td{font-weight:bold}.use{display:flex;gap:40px;padding:8px 26px 26px}.bar{width:240px;height:10px;background:#e3eaf5;border-radius:5px;margin-top:6px}.bar div{height:10px;background:#1565c0;border-radius:5px}"""
    render_html(s, page(body, css, bg="#eef2f7", fontfam="'Open Sans'"), 900)
    s.q("cuanto tengo que pagar", f(tot), "money", "lookup")
    s.q("when is this bill due", f"{due:%d/%m/%Y}", "date", "lookup")
    s.q("how much data is left on the plan this month (GB)", f"{gb_tot - gb_used:.1f}", "number", "subtract", literal=False)
    return s


def booking_tallinn(seed):
    r = _r(seed, "ee")
    s = Scene("web_stay_confirmation.png", "vacation-rental booking confirmation page (Tallinn, EUR)", "web", "light", "chromium",
              "host, dates, guests, nightly price × nights, cleaning/service fees, total, 1100 px")
    nights = r.randint(3, 7)
    rate = r.choice([78, 89, 96, 112, 124])
    ci = dt.date(2025, 9, r.randint(1, 20))
    co = ci + dt.timedelta(days=nights)
    clean, svc = r.choice([25, 35, 40]), round(rate * nights * 0.12, 2)
    tot = round(rate * nights + clean + svc, 2)
    host = r.choice(["Kadri", "Marek", "Liis", "Tõnis"])
    e = lambda v: f"€{v:,.2f}"
    body = f"""<div class=nav><b>staywell</b><span>Trips</span><span>Messages</span><span>Profile</span></div>
<div class=w><div class=left><div class=ok>✓ Your reservation is confirmed</div><h1>Old Town loft with sauna</h1><div class=sub>Entire apartment · Vene 14, Tallinn, Estonia</div>
<div class=row><div><small>Check-in</small><b>{ci:%a, %d %b %Y}</b><br>after 15:00</div><div><small>Checkout</small><b>{co:%a, %d %b %Y}</b><br>before 11:00</div><div><small>Guests</small><b>{r.randint(2, 4)} adults</b></div></div>
<div class=host><div class=av>{host[0]}</div><div>Hosted by <b>{host}</b><br><small>Superhost · responds within an hour</small></div></div>
<div class=code>Confirmation code <b>HM{r.randint(10**7, 10**8 - 1)}X</b></div></div>
<div class=right><h3>Price details</h3><div class=l><span>{e(rate)} x {nights} nights</span><span>{e(rate * nights)}</span></div><div class=l><span>Cleaning fee</span><span>{e(clean)}</span></div>
<div class=l><span>Service fee</span><span>{e(svc)}</span></div><div class="l t"><span>Total (EUR)</span><span>{e(tot)}</span></div><div class=paid>Paid with Visa •••• {r.randint(1000, 9999)}</div></div></div>"""
    css = """.nav{display:flex;gap:28px;padding:16px 40px;border-bottom:1px solid #ddd;font-size:15px}.nav b{color:#e0245e;font-size:22px;margin-right:auto}
.w{display:flex;gap:40px;padding:30px 40px}.left{flex:1.4}.right{flex:1;border:1px solid #ddd;border-radius:14px;padding:22px;box-shadow:0 6px 16px #0001;height:fit-content}
.ok{color:#0a8a4a;font-weight:bold}h1{margin:8px 0 4px}.sub{color:#666}.row{display:flex;gap:40px;margin:24px 0;line-height:1.5}.row small{display:block;color:#777}
.host{display:flex;gap:14px;align-items:center;border-top:1px solid #eee;padding-top:18px}.av{width:48px;height:48px;border-radius:50%;background:#444;color:#fff;display:flex;align-items:center;justify-content:center;font-size:22px}
.code{margin-top:20px;color:#444}.l{display:flex;justify-content:space-between;padding:7px 0}.t{border-top:1px solid #ddd;font-weight:bold;margin-top:8px;padding-top:12px}.paid{color:#777;font-size:13px;margin-top:12px}"""
    render_html(s, page(body, css, fontfam="Lato"), 1100)
    s.q("who is the host", host, "person", "party")
    s.q("how much did the whole stay cost?", e(tot), "money", "lookup")
    s.q("what's the checkout date", f"{co:%a, %d %b %Y}", "date", "lookup")
    s.q("cleaning fee + service fee together?", e(clean + svc), "money", "sum", literal=False)
    return s


# ------------------------------------------------------------------ work tools
def jira_ticket(seed):
    r = _r(seed, "jira")
    s = Scene("web_issue_tracker.png", "Jira-like issue page (bug) with details sidebar and comments", "web", "light", "chromium",
              "key, title, status, assignee/reporter, priority, story points, labels, sprint, 3 comments, 1280 px")
    key = f"PAY-{r.randint(1000, 4999)}"
    people = ["Riya Menon", "Lukas Brenner", "Oksana Hrytsenko", "Tiago Lopes", "Hana Sato"]
    r.shuffle(people)
    assignee, reporter = people[0], people[1]
    status = r.choice(["In Review", "In Progress", "Blocked"])
    prio = r.choice(["High", "Highest", "Medium"])
    pts = r.choice([2, 3, 5, 8])
    sprint = f"Payments Sprint {r.randint(30, 60)}"
    labels = r.sample(["refunds", "stripe", "regression", "checkout", "ios"], 3)
    cmts = []
    t0 = dt.datetime(2025, 10, r.randint(1, 20), 9, 0)
    for i, who in enumerate([people[2], assignee, people[3]]):
        t0 += dt.timedelta(hours=r.randint(2, 30), minutes=r.randint(0, 59))
        cmts.append((who, t0, ["Reproduced on staging with a partial refund of 0.01.", "Root cause: rounding in RefundCalculator; PR is up.", "QA: verified fix on build 4.18.2-rc1."][i]))
    cm = "".join(f"<div class=c><div class=av>{w.split()[0][0]}{w.split()[1][0]}</div><div><b>{w}</b> <span class=t>{t:%d %b %Y, %H:%M}</span><p>{esc(x)}</p></div></div>" for w, t, x in cmts)
    body = f"""<div class=top><span class=logo>◆ Tracker</span><span>Your work</span><span>Projects</span><span>Filters</span><span>Dashboards</span></div>
<div class=w><div class=main><div class=bc>Projects / Payments / {key}</div><h1>Partial refunds fail when amount has more than 2 decimals</h1>
<div class=btns><span class=st>{status}</span><span>Assign</span><span>Link issue</span></div>
<h4>Description</h4><p>Refund API returns <code>422 INVALID_AMOUNT</code> for partial refunds created from the admin panel when the amount is computed from a percentage.</p>
<h4>Activity</h4>{cm}</div>
<div class=side><h4>Details</h4><dl><dt>Assignee</dt><dd>{assignee}</dd><dt>Reporter</dt><dd>{reporter}</dd><dt>Priority</dt><dd>{prio}</dd><dt>Story points</dt><dd>{pts}</dd>
<dt>Labels</dt><dd>{''.join(f'<span class=lb>{l}</span>' for l in labels)}</dd><dt>Sprint</dt><dd>{sprint}</dd><dt>Fix version</dt><dd>4.18.2</dd></dl>
<div class=meta>Created {cmts[0][1] - dt.timedelta(days=2):%d %b %Y}<br>Updated {cmts[-1][1]:%d %b %Y}</div></div></div>"""
    css = """.top{display:flex;gap:24px;padding:12px 24px;border-bottom:1px solid #dfe1e6;font-size:14px;color:#42526e}.logo{font-weight:bold;color:#0052cc}
.w{display:flex;gap:30px;padding:20px 30px}.main{flex:2.2}.side{flex:1;border:1px solid #dfe1e6;border-radius:4px;padding:14px 18px;height:fit-content}.bc{color:#5e6c84;font-size:13px}
h1{font-size:24px;margin:10px 0}.btns span{display:inline-block;padding:5px 12px;background:#f4f5f7;margin-right:8px;border-radius:3px;font-size:14px}.btns .st{background:#0052cc;color:#fff}
h4{color:#172b4d;margin:20px 0 8px}p{margin:4px 0;line-height:1.5}code{background:#f4f5f7;padding:1px 4px}.c{display:flex;gap:12px;margin:12px 0}.av{width:34px;height:34px;border-radius:50%;background:#6554c0;color:#fff;display:flex;align-items:center;justify-content:center;font-size:13px;flex:none}
.t{color:#6b778c;font-size:13px}dl{display:grid;grid-template-columns:110px 1fr;gap:10px;font-size:14px}dt{color:#5e6c84}dd{margin:0}.lb{background:#dfe1e6;padding:1px 6px;border-radius:3px;margin-right:4px;font-size:12px}.meta{color:#6b778c;font-size:12px;margin-top:14px}"""
    render_html(s, page(body, css, fontfam="Roboto", fg="#172b4d"), 1280)
    s.q("who's this ticket assigned to", assignee, "person", "party")
    s.q("what status is it in", status, "text", "lookup")
    s.q("story points?", pts, "number", "lookup")
    s.q("who left the last comment", cmts[-1][0], "person", "latest")
    return s


def pr_checks(seed):
    r = _r(seed, "pr")
    s = Scene("web_pr_checks.png", "GitHub-like single pull-request page: checks list, reviewers, diff stats", "web", "dark", "chromium",
              "PR number/title/author/branches, 7 CI checks with pass/fail/skip and durations, 3 reviewers, 1200 px")
    num = r.randint(1200, 4800)
    author = r.choice(["mkowalski", "sunnyd", "afolabi-t", "lenaherz"])
    checks = ["lint", "typecheck", "unit (py3.11)", "unit (py3.12)", "integration", "docs-build", "e2e (chromium)"]
    st = [r.choice(["pass", "pass", "pass", "fail", "skip"]) for _ in checks]
    if "fail" not in st:
        st[4] = "fail"
    dur = [r.randint(20, 900) for _ in checks]
    fd = lambda x: f"{x // 60}m {x % 60}s" if x >= 60 else f"{x}s"
    icon = {"pass": "<span class=ok>✓</span>", "fail": "<span class=bad>✗</span>", "skip": "<span class=sk>⊘</span>"}
    ch = "".join(f"<div class=ck>{icon[t]} <b>CI / {c}</b> <span class=d>{ {'pass': 'Successful', 'fail': 'Failing', 'skip': 'Skipped'}[t]} in {fd(d)}</span></div>" for c, t, d in zip(checks, st, dur))
    revs = [("hyun-woo", "approved"), ("priya-s", r.choice(["approved", "requested changes"])), ("obrien", "pending")]
    rv = "".join(f"<div class=rv>{n} <span class='{t.split()[0]}'>{'✓ approved' if t == 'approved' else '● changes requested' if t.startswith('req') else '… pending'}</span></div>" for n, t in revs)
    add, rem, files = r.randint(40, 900), r.randint(5, 400), r.randint(3, 25)
    body = f"""<div class=w><h1>Add retry budget to webhook dispatcher <span class=n>#{num}</span></h1>
<div class=meta><span class=open>Open</span> <b>{author}</b> wants to merge {r.randint(2, 12)} commits into <code>main</code> from <code>{author}/webhook-retry</code></div>
<div class=tabs><span>Conversation</span><span>Commits</span><span class=a>Checks</span><span>Files changed <b>{files}</b></span><span class=diff><span class=p>+{add}</span> <span class=m>−{rem}</span></span></div>
<div class=cols><div class=checks><div class=hdr>Some checks were not successful</div>{ch}</div><div class=side><h4>Reviewers</h4>{rv}<h4>Labels</h4><span class=lb>enhancement</span> <span class=lb>backend</span><h4>Milestone</h4>v2.9</div></div></div>"""
    css = """.w{padding:24px 32px;font-size:14px}h1{font-weight:400;font-size:28px;margin:0}.n{color:#8b949e}.meta{margin:10px 0 18px;color:#8b949e}.meta b{color:#c9d1d9}
.open{background:#238636;color:#fff;padding:4px 12px;border-radius:16px}code{background:#1f2f45;color:#79c0ff;padding:2px 6px;border-radius:6px}
.tabs{display:flex;gap:26px;border-bottom:1px solid #30363d;padding-bottom:10px}.tabs .a{border-bottom:2px solid #f78166}.diff{margin-left:auto}.p{color:#3fb950}.m{color:#f85149}
.cols{display:flex;gap:30px;margin-top:20px}.checks{flex:3;border:1px solid #30363d;border-radius:6px}.hdr{padding:12px 16px;border-bottom:1px solid #30363d;font-weight:bold}
.ck{padding:9px 16px;border-bottom:1px solid #21262d}.d{color:#8b949e;margin-left:8px}.ok{color:#3fb950}.bad{color:#f85149}.sk{color:#8b949e}
.side{flex:1}.side h4{color:#8b949e;border-bottom:1px solid #21262d;padding-bottom:6px}.rv{padding:4px 0}.rv .approved{color:#3fb950;float:right}.rv .requested{color:#d29922;float:right}.rv .pending{color:#8b949e;float:right}
.lb{background:#1f6feb33;color:#58a6ff;border-radius:10px;padding:2px 8px}"""
    render_html(s, page(body, css, bg="#0d1117", fontfam="'DejaVu Sans'", fg="#c9d1d9"), 1200)
    fails = [c for c, t in zip(checks, st) if t == "fail"]
    s.q("which check failed?" if len(fails) == 1 else "which checks failed?", "; ".join(f"CI / {c}" for c in fails), "text", "read")
    s.q("how many lines were added in this PR?", add, "number", "lookup")
    slow = max(range(len(checks)), key=lambda i: dur[i])
    s.q("which check took longest", f"CI / {checks[slow]}", "text", "argmax")
    s.q(f"did priya-s approve it", "yes" if revs[1][1] == "approved" else "no", "yesno", "state_yesno")
    return s


def settings_backup(seed):
    r = _r(seed, "bk")
    s = Scene("web_backup_settings.png", "desktop backup app settings page, dark, toggles + checkboxes + radio + select + about box", "form", "dark", "chromium",
              "schedule radio, 5 toggles, 4 folder checkboxes, retention select, version, 1100 px")
    sched = r.choice(["Hourly", "Daily", "Weekly"])
    toggles = [("Encrypt backups", r.random() < 0.5), ("Back up on metered connections", r.random() < 0.5), ("Pause when on battery", r.random() < 0.5),
               ("Show notifications", r.random() < 0.5), ("Verify after upload", r.random() < 0.5)]
    folders = [("Documents", True), ("Pictures", r.random() < 0.5), ("Downloads", r.random() < 0.5), ("Music", r.random() < 0.5)]
    ret = r.choice(["30 days", "90 days", "1 year"])
    ver = f"3.{r.randint(2, 9)}.{r.randint(0, 20)}"
    tg = "".join(f"<div class=tr><span>{n}</span><span class='sw {'on' if v else ''}'><i></i></span></div>" for n, v in toggles)
    fo = "".join(f"<label><input type=checkbox {'checked' if v else ''}> {n}</label>" for n, v in folders)
    ra = "".join(f"<label><input type=radio name=s {'checked' if o == sched else ''}> {o}</label>" for o in ["Hourly", "Daily", "Weekly"])
    body = f"""<div class=app><div class=side><b>Keepsafe</b><div>Overview</div><div class=a>Settings</div><div>Restore</div><div>Logs</div></div>
<div class=main><h2>Settings</h2><div class=sec><h3>Schedule</h3><div class=ra>{ra}</div></div>
<div class=sec><h3>Folders to back up</h3><div class=fo>{fo}</div></div>
<div class=sec><h3>Options</h3>{tg}</div>
<div class=sec><h3>Keep old versions for</h3><select><option>{ret}</option></select></div>
<div class=about>Keepsafe {ver} · Last backup: {r.randint(1, 59)} minutes ago</div></div></div>"""
    css = """body{color-scheme:dark}.app{display:flex;min-height:600px}.side{width:200px;background:#17181c;padding:20px;line-height:2.4;color:#aaa}.side b{color:#fff;font-size:18px}.side .a{color:#fff;background:#2c2f36;padding-left:10px;border-radius:6px}
.main{flex:1;padding:10px 40px}h3{font-size:15px;color:#9aa4b2;margin:0 0 10px}.sec{background:#22252b;border-radius:10px;padding:16px 20px;margin-bottom:14px}
label{margin-right:26px;font-size:15px}input{accent-color:#4f8cff;transform:scale(1.2);margin-right:6px}.tr{display:flex;justify-content:space-between;padding:8px 0;border-bottom:1px solid #2e323a}
.sw{width:44px;height:24px;border-radius:12px;background:#555b66;position:relative}.sw i{position:absolute;width:20px;height:20px;border-radius:50%;background:#fff;top:2px;left:2px}.sw.on{background:#4f8cff}.sw.on i{left:22px}
select{font-size:15px;padding:6px 10px;background:#2c2f36;color:#eee;border:1px solid #444;border-radius:6px}.about{color:#7d8590;font-size:13px;margin:12px 0 20px}"""
    render_html(s, page(body, css, bg="#1b1d22", fontfam="Cantarell, sans-serif", fg="#e6e6e6"), 1100)
    t = toggles[0]
    s.q("is encryption turned on?", "yes" if t[1] else "no", "yesno", "state_yesno")
    s.q("how often does it back up", sched, "text", "selected", literal=True)
    s.q("which folders are being backed up", "; ".join(n for n, v in folders if v), "text", "selected")
    s.q("what version of keepsafe is this", ver, "version", "version")
    return s


ALL_A = [inv_bulgaria, inv_colombia, stmt_malaysia, bill_uruguay, booking_tallinn, jira_ticket, pr_checks, settings_backup]

from scenes_html2 import ALL_B  # noqa: E402

ALL = ALL_A + ALL_B
