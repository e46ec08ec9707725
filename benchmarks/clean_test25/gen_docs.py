"""Receipts, invoices, statements, bills, tickets and forms (HTML via chromium, some Pillow)."""
import datetime as dt

from PIL import Image, ImageDraw

from common import scene, fmt, esc, font


def thb(x):
    return "฿" + fmt(x, 2)


# ---------------------------------------------------------------------------
@scene("receipt", "Thai café receipt (phone photo width)", "light (paper)", "chromium", "8 lines in ฿, service charge 10%, VAT 7%")
def doc_receipt_th(s):
    r = s.rng
    menu = [("Thai iced tea", 65), ("Pad kra pao moo", 120), ("Tom yum goong", 220), ("Mango sticky rice", 140),
            ("Som tam", 90), ("Soda water", 35), ("Massaman curry", 185), ("Jasmine rice", 25)]
    items = []
    for n, p in menu:
        q = r.choice([1, 1, 1, 2, 2, 3])
        items.append((n, q, p, q * p))
    sub = sum(x[3] for x in items)
    svc = round(sub * 0.10, 2)
    vat = round((sub + svc) * 0.07, 2)
    tot = round(sub + svc + vat, 2)
    rows = "".join(f"<tr><td>{q} x {esc(n)}</td><td class=r>{fmt(a,2)}</td></tr>" for n, q, p, a in items)
    html = f"""<div class=rc>
<div class=c><b style='font-size:20px'>BAAN SUAN CAFÉ</b><br>88/14 Nimmanhaemin Rd Soi 9<br>Chiang Mai 50200<br>TAX ID 0505561012447<br>
Tel. 053-214-889</div><div class=dash></div>
<div>Receipt/Tax Invoice (ABB)<br>No. BS-2511-004187<br>Date 22/11/2025 19:42 &nbsp; Table 7<br>Cashier: Ploy</div>
<div class=dash></div><table>{rows}</table><div class=dash></div>
<table><tr><td>Subtotal</td><td class=r>{fmt(sub,2)}</td></tr>
<tr><td>Service charge 10%</td><td class=r>{fmt(svc,2)}</td></tr>
<tr><td>VAT 7%</td><td class=r>{fmt(vat,2)}</td></tr>
<tr class=t><td>TOTAL</td><td class=r>{thb(tot)}</td></tr>
<tr><td>PromptPay QR</td><td class=r>{fmt(tot,2)}</td></tr></table>
<div class=dash></div><div class=c>ขอบคุณค่ะ &nbsp;Thank you!<br>Wi-Fi: baansuan_guest</div></div>"""
    css = """body{background:#d9d4cc;font-family:'DejaVu Sans Mono';font-size:14px;color:#222}
.rc{width:330px;margin:18px auto;background:#fffdf7;padding:18px 20px;box-shadow:0 2px 8px #0003}
.c{text-align:center}.dash{border-top:1px dashed #777;margin:10px 0}table{width:100%;border-collapse:collapse}
td{padding:2px 0}.r{text-align:right}.t td{font-weight:bold;font-size:17px;padding-top:6px}"""
    s.html(html, 420, 1400, css)
    big = max(items, key=lambda x: x[3])
    assert [x[3] for x in items].count(big[3]) == 1
    s.q("total?", thb(tot), "money", "lookup", True)
    s.q("which line on this receipt cost the most", big[0], "text", "argmax", True)
    s.q("what's the cafe's phone number", "053-214-889", "phone", "lookup", True)
    s.q("how much was the service charge", fmt(svc, 2), "money", "lookup", True)


# ---------------------------------------------------------------------------
def pln(x):
    return fmt(x, 2, "\u00a0", ",") + " zł"


@scene("invoice", "Polish VAT invoice (Faktura VAT)", "light (serif, grey rules)", "chromium", "seller/buyer with NIP, 5 lines at 23%/8% VAT, rate summary, zł with space thousands")
def doc_invoice_pl(s):
    r = s.rng
    lines = [("Konsultacje wdrożeniowe (h)", "godz.", r.randint(6, 20), 240.00, 23),
             ("Licencja roczna – moduł magazyn", "szt.", 1, 4800.00, 23),
             ("Szkolenie stacjonarne", "usł.", 1, 1650.00, 23),
             ("Catering na szkolenie", "usł.", 1, r.choice([420.0, 560.0, 610.0]), 8),
             ("Dojazd Kraków–Rzeszów", "km", r.randint(300, 340), 1.15, 23)]
    rows, net_by, vat_by = "", {23: 0.0, 8: 0.0}, {}
    for i, (n, u, q, p, v) in enumerate(lines, 1):
        net = round(q * p, 2)
        net_by[v] += net
        rows += (f"<tr><td>{i}</td><td>{esc(n)}</td><td>{u}</td><td class=r>{q}</td><td class=r>{pln(p)}</td>"
                 f"<td class=r>{pln(net)}</td><td class=r>{v}%</td></tr>")
    summ = ""
    gross_tot = 0
    for v in (23, 8):
        vat = round(net_by[v] * v / 100, 2)
        vat_by[v] = vat
        gross_tot += net_by[v] + vat
        summ += f"<tr><td>{v}%</td><td class=r>{pln(net_by[v])}</td><td class=r>{pln(vat)}</td><td class=r>{pln(net_by[v]+vat)}</td></tr>"
    gross_tot = round(gross_tot, 2)
    html = f"""<div class=pg><div class=top><div><h1>Faktura VAT nr FV/2025/11/0318</h1>
<div>Data wystawienia: 2025-11-14 &nbsp;·&nbsp; Data sprzedaży: 2025-11-12 &nbsp;·&nbsp; Miejsce: Kraków</div></div>
<div class=logo>WISŁA<br><span>SOFTWARE</span></div></div>
<div class=par><div><h3>Sprzedawca</h3><b>Wisła Software sp. z o.o.</b><br>ul. Rakowicka 22A, 31-510 Kraków<br>NIP 675-163-88-21</div>
<div><h3>Nabywca</h3><b>Podkarpackie Hurtownie Rolne S.A.</b><br>ul. Lwowska 140, 35-301 Rzeszów<br>NIP 813-027-45-90</div></div>
<table class=it><tr><th>Lp.</th><th>Nazwa towaru / usługi</th><th>J.m.</th><th>Ilość</th><th>Cena netto</th><th>Wartość netto</th><th>VAT</th></tr>{rows}</table>
<div class=bot><div class=pay>Sposób płatności: przelew<br>Termin płatności: <b>2025-11-28</b><br>Nr konta: 49 1020 2892 0000 5102 0416 7321</div>
<table class=sum><tr><th>Stawka</th><th>Netto</th><th>VAT</th><th>Brutto</th></tr>{summ}</table></div>
<div class=due>Do zapłaty: {pln(gross_tot)}</div></div>"""
    css = """body{background:#fff;font-family:'P052','Nimbus Roman',serif;color:#222;font-size:15px}
.pg{padding:34px 44px}.top{display:flex;justify-content:space-between;border-bottom:2px solid #333;padding-bottom:10px}
h1{font-size:25px;margin:0 0 6px}.logo{font:bold 26px 'URW Gothic';color:#1d4e89;text-align:right}.logo span{font-size:13px;letter-spacing:4px}
.par{display:flex;gap:80px;margin:18px 0}.par h3{margin:0 0 4px;font-size:14px;text-transform:uppercase;color:#666;letter-spacing:1px}
table{border-collapse:collapse}.it{width:100%}.it th,.it td{border:1px solid #999;padding:5px 8px}.it th{background:#eee;font-size:13px}
.r{text-align:right}.bot{display:flex;justify-content:space-between;margin-top:18px}.sum th,.sum td{border:1px solid #999;padding:4px 10px}
.due{margin-top:16px;text-align:right;font-size:21px;font-weight:bold}"""
    s.html(html, 1150, 1400, css)
    s.q("who's the buyer on this invoice", "Podkarpackie Hurtownie Rolne S.A.", "text", "party", True)
    s.q("how much do we have to pay in total", pln(gross_tot), "money", "lookup", True, core=True)
    s.q("payment due date?", "2025-11-28", "date", "lookup", True)
    s.q("VAT amount at the 23% rate", pln(vat_by[23]), "money", "cell", True)


# ---------------------------------------------------------------------------
def nzd(x):
    return "$" + fmt(x, 2)


@scene("invoice", "NZ electrician invoice with loyalty discount and GST", "light (teal accent, Lato)", "chromium", "labour + parts lines, 10% discount line, GST 15%, NZ$")
def doc_invoice_nz(s):
    r = s.rng
    hrs = r.choice([3.5, 4.0, 5.5, 6.0])
    lines = [("Labour – electrician", hrs, 98.00), ("Apprentice labour", hrs, 55.00),
             ("LED downlight 10W (warm white)", r.randint(6, 12), 34.50), ("Twin & earth cable 2.5mm² (m)", r.randint(20, 45), 3.20),
             ("RCD safety switch 40A", 1, 186.00), ("Call-out fee", 1, 65.00)]
    sub = round(sum(q * p for _, q, p in lines), 2)
    disc = round(sub * 0.10, 2)
    net = round(sub - disc, 2)
    gst = round(net * 0.15, 2)
    tot = round(net + gst, 2)
    rows = "".join(f"<tr><td>{esc(n)}</td><td class=r>{q:g}</td><td class=r>{nzd(p)}</td><td class=r>{nzd(q*p)}</td></tr>" for n, q, p in lines)
    html = f"""<div class=pg><div class=hd><div><div class=brand>⚡ Kōwhai Sparks Ltd</div>Registered Electrical Worker EW 218441<br>
14 Tui Street, Ōtaki 5512 · 06 364 2207</div><div class=inv><h1>TAX INVOICE</h1>Invoice # <b>KS-1093</b><br>Date: 3 Oct 2025<br>Due: 17 Oct 2025<br>GST No. 118-402-775</div></div>
<div class=bill><b>Bill to</b><br>Hemi &amp; Sarah Walker<br>7 Rangiuru Road, Ōtaki 5512</div>
<table><tr><th>Description</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>{rows}</table>
<table class=tot><tr><td>Subtotal</td><td>{nzd(sub)}</td></tr><tr><td>Loyalty discount (10%)</td><td>−{nzd(disc)}</td></tr>
<tr><td>Total excl. GST</td><td>{nzd(net)}</td></tr><tr><td>GST 15%</td><td>{nzd(gst)}</td></tr>
<tr class=g><td>Total NZD</td><td>{nzd(tot)}</td></tr></table>
<div class=foot>Please pay to 12-3140-0482913-00 using the invoice number as reference. Thank you!</div></div>"""
    css = """body{font-family:Lato;background:#f1f5f4;color:#24312f}.pg{margin:20px;background:white;padding:30px 38px;border-top:8px solid #0f8b8d}
.hd{display:flex;justify-content:space-between}.brand{font-size:26px;font-weight:900;color:#0f8b8d;margin-bottom:6px}
.inv{text-align:right}h1{margin:0 0 6px;color:#0f8b8d;letter-spacing:2px}.bill{margin:20px 0}
table{width:100%;border-collapse:collapse}th{background:#0f8b8d;color:white;text-align:left;padding:7px}td{padding:7px;border-bottom:1px solid #dde}
.r{text-align:right}.tot{width:360px;margin:14px 0 0 auto}.tot td:last-child{text-align:right}.g td{font-weight:900;font-size:19px;border-top:2px solid #0f8b8d}
.foot{margin-top:22px;color:#667;font-size:13px}"""
    s.html(html, 900, 1400, css)
    s.q("how much GST is on this", nzd(gst), "money", "lookup", True)
    s.q("What's the invoice number?", "KS-1093", "code", "lookup", True)
    s.q("how much did the loyalty discount take off", nzd(disc), "money", "lookup", True)
    s.q("sparky's phone number?", "06 364 2207", "phone", "lookup", True)


# ---------------------------------------------------------------------------
@scene("receipt", "Swiss restaurant bill (thermal)", "light (thermal paper)", "PIL", "6 items in CHF, MWST 8.1% included, table and server")
def doc_receipt_ch(s):
    r = s.rng
    menu = [("Zürcher Geschnetzeltes", 42.50), ("Rösti mit Spiegelei", 24.00), ("Älplermagronen", 27.50),
            ("Apfelstrudel", 12.50), ("Rivella 0.5l", 6.80), ("Mineral still 1l", 9.50), ("Espresso", 4.90),
            ("Fendant AOC 2dl", 11.00)]
    pick = r.sample(range(len(menu)), 6)
    items = [(menu[i][0], r.choice([1, 1, 2]), menu[i][1]) for i in sorted(pick)]
    tot = round(sum(q * p for _, q, p in items), 2)
    mwst = round(tot * 8.1 / 108.1, 2)
    W = 450
    fnt = font("DejaVuSansMono.ttf", 15)
    big = font("DejaVuSansMono-Bold.ttf", 17)
    lines = [("Restaurant Zum Goldenen Hirschen", "b"), ("Niederdorfstrasse 31, 8001 Zürich", "c"),
             ("MWST-Nr. CHE-109.744.562 MWST", "c"), ("", ""), ("Tisch 14      Gäste 3", ""),
             ("Bedient von: Luca", ""), ("22.11.2025  21:17   Bon 5521", ""), ("-" * 38, "")]
    for n, q, p in items:
        lines.append((f"{q} {n}"[:28].ljust(28) + f"{q*p:>10.2f}", ""))
    lines += [("-" * 38, ""), ("TOTAL CHF".ljust(24) + f"{tot:>14.2f}", "B"), ("", ""),
              (f"inkl. MWST 8.1%".ljust(24) + f"{mwst:>14.2f}", ""), ("Bezahlt: Mastercard".ljust(24) + f"{tot:>14.2f}", ""),
              ("", ""), ("Merci vielmal & uf Widerluege!", "c")]
    H = 40 + 24 * len(lines) + 30
    im = Image.new("RGB", (W, H), "#fbfaf6")
    d = ImageDraw.Draw(im)
    y = 26
    strings = []
    for t, st in lines:
        if st == "b":
            d.text((W / 2, y), t, font=font("DejaVuSansMono-Bold.ttf", 16), fill="#111", anchor="mt")
        elif st == "c":
            d.text((W / 2, y), t, font=fnt, fill="#222", anchor="mt")
        elif st == "B":
            d.text((22, y), t, font=big, fill="#111")
        else:
            d.text((22, y), t, font=fnt, fill="#222")
        strings.append(t)
        y += 24
    for x in range(0, W, 12):  # torn edge
        d.polygon([(x, H), (x + 6, H - 7), (x + 12, H)], fill="#cfcac0")
    s.pil(im, strings)
    s.q("who was our server", "Luca", "person", "party", True)
    s.q("how much of the total is VAT (MWST)?", f"{mwst:.2f}", "money", "lookup", True)
    s.q("total in CHF", f"{tot:.2f}", "money", "lookup", True, core=True)
    s.q("did we pay by visa or mastercard", "Mastercard", "text", "choice", True)


# ---------------------------------------------------------------------------
@scene("receipt", "Korean convenience-store receipt", "light (thermal, narrow)", "PIL", "items in ₩ without decimals, 1+1 promotion discount, card approval number")
def doc_receipt_kr(s):
    r = s.rng
    menu = [("Samgak kimbap tuna", 1500), ("Banana milk 240ml", 1700), ("Shin ramyun cup", 1350),
            ("Hot bar (original)", 2500), ("Jeju samdasoo 2L", 1600), ("Honey butter chip", 2200),
            ("Americano ice L", 2000), ("Pepero almond", 1900)]
    idx = sorted(r.sample(range(len(menu)), 6))
    items = [(menu[i][0], r.choice([1, 1, 2]), menu[i][1]) for i in idx]
    # 1+1 on the first 2-qty item, or force one
    if not any(q == 2 for _, q, _ in items):
        items[1] = (items[1][0], 2, items[1][2])
    promo = [x for x in items if x[1] == 2][0]
    disc = promo[2]
    sub = sum(q * p for _, q, p in items)
    tot = sub - disc
    appr = "%08d" % r.randint(0, 99999999)
    W = 392
    f = font("DejaVuSansMono.ttf", 15)
    fb = font("DejaVuSansMono-Bold.ttf", 17)
    L = [("GS25 Hongdae Station Br.", "b"), ("Seoul Mapo-gu Yanghwa-ro 160", "c"), ("Biz No. 105-86-41237", "c"),
         ("2025-11-09 23:48  POS 02", ""), ("=" * 34, "")]
    for n, q, p in items:
        L.append((n[:20].ljust(20) + f"{q:>3}" + f"{q*p:>11,}", ""))
    L += [(f"  1+1 {promo[0][:18]}".ljust(23) + f"{-disc:>11,}", ""), ("-" * 34, ""),
          ("Subtotal".ljust(23) + f"{sub:>11,}", ""), ("Discount".ljust(23) + f"{-disc:>11,}", ""),
          ("TOTAL".ljust(20) + f"₩{tot:,}".rjust(14), "B"), ("-" * 34, ""), ("Card  SHINHAN ****-****-****-3318", ""),
          (f"Approval No. {appr}", ""), ("Installment: lump sum", ""), ("=" * 34, ""), ("Thank you. GS&POINT +31", "c")]
    H = 30 + 23 * len(L) + 30
    im = Image.new("RGB", (W, H), "#ffffff")
    d = ImageDraw.Draw(im)
    y = 20
    for t, st in L:
        if st in ("b", "c"):
            d.text((W / 2, y), t, font=fb if st == "b" else f, fill="#000", anchor="mt")
        else:
            d.text((16, y), t, font=fb if st == "B" else f, fill="#000")
        y += 23
    s.pil(im, [t for t, _ in L])
    s.q("card approval number?", appr, "code", "lookup", True)
    s.q("how much did I actually pay", f"₩{tot:,}", "money", "lookup", True)
    s.q("how many different products are on the receipt", len(items), "count", "count", False)


# ---------------------------------------------------------------------------
def brl(x):
    return "R$ " + fmt(x, 2, ".", ",")


@scene("bill", "Brazilian broadband bill (fatura)", "light (purple brand)", "chromium", "plan, add-ons, due date (vencimento), amount in R$ 1.234,56 format, boleto line")
def doc_bill_br(s):
    r = s.rng
    plan = 129.90
    addons = [("Wi-Fi Mesh (2 pontos)", 29.90), ("Streaming Max", 34.90), ("IP fixo", 19.90)]
    adj = -round(r.choice([12.5, 18.0, 22.4]), 2)
    tot = round(plan + sum(a for _, a in addons) + adj, 2)
    rows = f"<tr><td>Plano Fibra 700 Mega</td><td>{brl(plan)}</td></tr>" + "".join(
        f"<tr><td>{n}</td><td>{brl(v)}</td></tr>" for n, v in addons) + f"<tr><td>Desconto por instabilidade (out/2025)</td><td>- {brl(-adj)}</td></tr>"
    html = f"""<div class=hd><b>viafibra</b><span>Fatura de novembro/2025</span></div>
<div class=box><div><small>Cliente</small><br><b>Juliana Moreira Castro</b><br>CPF ***.482.117-**<br>Cód. cliente 30018845</div>
<div class=big><small>Total a pagar</small><br><span>{brl(tot)}</span><br><small>Vencimento</small><br><b>15/12/2025</b></div></div>
<h3>Detalhamento</h3><table>{rows}<tr class=t><td>Total</td><td>{brl(tot)}</td></tr></table>
<p class=note>Velocidade contratada: 700 Mbps download / 350 Mbps upload. Consumo de dados ilimitado.</p>
<div class=bar>Linha digitável: 23793.38128 60082.745211 73000.063305 1 12870000{int(tot*100):06d}</div>"""
    css = """body{font-family:'Open Sans';background:#f6f2fb;color:#2a2035}.hd{background:#5b2a86;color:white;padding:18px 30px;display:flex;justify-content:space-between;align-items:center}
.hd b{font-size:30px;letter-spacing:-1px}.box{display:flex;justify-content:space-between;margin:20px 30px;background:white;padding:20px;border-radius:10px}
.big{text-align:right}.big span{font-size:30px;font-weight:800;color:#5b2a86}h3{margin:10px 30px}
table{margin:0 30px;width:calc(100% - 60px);background:white;border-collapse:collapse}td{padding:9px 14px;border-bottom:1px solid #eee}td:last-child{text-align:right}
.t td{font-weight:800}.note{margin:14px 30px;color:#666;font-size:13px}.bar{margin:10px 30px 20px;font-family:'DejaVu Sans Mono';font-size:13px;background:white;padding:12px}"""
    s.html(html, 800, 1300, css)
    s.q("when is this bill due", "15/12/2025", "date", "lookup", True)
    s.q("quanto tenho que pagar? (amount due)", brl(tot), "money", "lookup", True)
    s.q("what upload speed does the plan have", "350 Mbps", "number", "read", True)


# ---------------------------------------------------------------------------
def mxn(x):
    return ("-" if x < 0 else "") + "$" + fmt(abs(x), 2)


@scene("statement", "Mexican credit-card statement", "light (red bank brand)", "chromium", "12 movements in MXN, cut-off date, minimum payment, payment due date")
def doc_statement_mx(s):
    r = s.rng
    merchants = ["OXXO INSURGENTES", "UBER *TRIP", "LIVERPOOL PERISUR", "UBER *TRIP", "SORIANA HIPER", "NETFLIX.COM",
                 "OXXO NAPOLES", "PEMEX ES 4412", "UBER *EATS", "AMAZON MX", "OXXO DEL VALLE", "CINEPOLIS VIP"]
    d0 = dt.date(2025, 10, 6)
    mv = []
    for i, m in enumerate(merchants):
        d = d0 + dt.timedelta(days=i * 2 + r.randint(0, 1))
        amt = round(r.uniform(45, 2600), 2) if "LIVERPOOL" not in m else round(r.uniform(3000, 5200), 2)
        mv.append((d, m, amt))
    pay = (dt.date(2025, 10, 20), "PAGO RECIBIDO - GRACIAS", -6500.00)
    allmv = sorted(mv + [pay])
    rows = "".join(f"<tr><td>{d:%d-%m-%Y}</td><td>{m}</td><td class=r>{mxn(a)}</td></tr>" for d, m, a in allmv)
    charges = round(sum(a for _, _, a in mv), 2)
    minp = round(charges * 0.05, 2)
    html = f"""<div class=top><span class=bank>BANCO TEPEYAC</span><span>Estado de cuenta · Tarjeta Oro ****7721</span></div>
<div class=grid><div><small>Titular</small><b>ALEJANDRO RUIZ CERVANTES</b></div><div><small>Fecha de corte</small><b>04-11-2025</b></div>
<div><small>Fecha límite de pago</small><b>24-11-2025</b></div><div><small>Pago mínimo</small><b>{mxn(minp)}</b></div>
<div><small>Pago para no generar intereses</small><b>{mxn(charges)}</b></div><div><small>Límite de crédito</small><b>$60,000.00</b></div></div>
<h3>Movimientos del periodo</h3><table><tr><th>Fecha</th><th>Descripción</th><th class=r>Importe</th></tr>{rows}</table>"""
    css = """body{font-family:Roboto;background:#fff;color:#222;padding:0 0 10px}.top{background:#b71c1c;color:white;padding:16px 28px;display:flex;justify-content:space-between;align-items:center}
.bank{font-weight:900;font-size:24px;letter-spacing:1px}.grid{display:grid;grid-template-columns:repeat(3,1fr);gap:12px;margin:18px 28px}
.grid div{background:#fbeaea;padding:10px 14px;border-radius:6px}.grid small{display:block;color:#7a4a4a}.grid b{font-size:17px}
h3{margin:8px 28px}table{margin:0 28px;width:calc(100% - 56px);border-collapse:collapse;font-size:15px}th{text-align:left;border-bottom:2px solid #b71c1c;padding:6px}
td{padding:6px;border-bottom:1px solid #eee}.r{text-align:right}"""
    s.html(html, 1100, 1400, css)
    big = max(mv, key=lambda x: x[2])
    s.q("what was my biggest purchase this period (merchant)?", big[1], "text", "argmax", True)
    s.q("minimum payment", mxn(minp), "money", "lookup", True)
    n_oxxo = sum("OXXO" in m for _, m, _ in mv)
    s.q("how many times did I buy at OXXO", n_oxxo, "count", "count", False, core=True)
    uber = round(sum(a for _, m, a in mv if m.startswith("UBER")), 2)
    s.q("total spent on Uber (trips + eats)?", mxn(uber), "money", "sum", False)


# ---------------------------------------------------------------------------
@scene("document", "lab test report (blood panel)", "light (clinical blue)", "chromium", "12 analytes with units, reference ranges and H/L flags, physician")
def doc_lab_report(s):
    r = s.rng
    tests = [("Haemoglobin", "g/dL", 13.0, 17.0, 1), ("White cell count", "x10⁹/L", 4.0, 11.0, 1),
             ("Platelets", "x10⁹/L", 150, 400, 0), ("Fasting glucose", "mmol/L", 3.9, 5.6, 1),
             ("HbA1c", "mmol/mol", 20, 41, 0), ("Total cholesterol", "mmol/L", 0.0, 5.0, 1),
             ("LDL cholesterol", "mmol/L", 0.0, 3.0, 1), ("HDL cholesterol", "mmol/L", 1.0, 2.5, 1),
             ("Triglycerides", "mmol/L", 0.0, 1.7, 1), ("Creatinine", "µmol/L", 60, 110, 0),
             ("ALT", "U/L", 7, 56, 0), ("TSH", "mU/L", 0.4, 4.0, 2)]
    res = []
    for n, u, lo, hi, dec in tests:
        span = hi - lo
        v = r.uniform(lo - span * 0.25, hi + span * 0.3) if n not in ("Total cholesterol", "LDL cholesterol", "Triglycerides") else r.uniform(hi * 0.6, hi * 1.35)
        v = round(v, dec)
        if dec == 0:
            v = int(v)
        flag = "H" if v > hi else "L" if v < lo else ""
        res.append((n, v, u, lo, hi, flag, dec))
    def f(x, dec):
        return f"{x:.{dec}f}" if dec else f"{int(x)}"
    rows = "".join(f"<tr class='{'fl' if fl else ''}'><td>{n}</td><td class=v>{f(v,dec)}</td><td class=fg>{fl}</td><td>{u}</td>"
                   f"<td>{f(lo,dec) if lo else '&lt;'}{'–' + f(hi,dec) if lo else ' ' + f(hi,dec)}</td></tr>"
                   for n, v, u, lo, hi, fl, dec in res)
    html = f"""<div class=hd><div><b>NorthBay Pathology</b><br><small>Accredited laboratory no. 2291</small></div><div class=rt>Report ID LAB-25-77314<br>Collected 06/11/2025 07:55<br>Reported 06/11/2025 16:20</div></div>
<div class=pt><div><small>Patient</small><br><b>Ms Aroha Tane</b> · DOB 14/02/1983 · F</div><div><small>Requested by</small><br><b>Dr Michael Okafor</b>, Harbourside Family Practice</div></div>
<table><tr><th>Test</th><th>Result</th><th>Flag</th><th>Units</th><th>Reference range</th></tr>{rows}</table>
<p class=c>Comment: results outside the reference range are flagged H (high) or L (low). Please discuss with your doctor.</p>"""
    css = """body{font-family:'Liberation Sans';color:#1b2a3a;background:white;font-size:15px}.hd{display:flex;justify-content:space-between;padding:18px 30px;border-bottom:3px solid #2b6cb0}
.hd b{font-size:24px;color:#2b6cb0}.rt{text-align:right;font-size:13px}.pt{display:flex;gap:60px;padding:14px 30px;background:#f0f5fb}
table{margin:16px 30px;border-collapse:collapse;width:calc(100% - 60px)}th{text-align:left;background:#2b6cb0;color:white;padding:6px 10px}
td{padding:6px 10px;border-bottom:1px solid #dde5ef}.v{font-weight:bold}.fl td{background:#fff3f0}.fg{color:#c53030;font-weight:bold}.c{margin:0 30px;font-size:13px;color:#555}"""
    s.html(html, 1000, 1400, css)
    hb = res[0]
    s.q("what's my haemoglobin", f(hb[1], hb[6]), "number", "lookup", True)
    s.q("how many results are flagged?", sum(1 for x in res if x[5]), "count", "count", False, core=True)
    ldl = res[6]
    s.q("is the LDL above the reference range", "yes" if ldl[1] > ldl[4] else "no", "yesno", "compare_more", False)
    s.q("which doctor requested these tests", "Dr Michael Okafor", "person", "party", True)


# ---------------------------------------------------------------------------
@scene("form", "customs declaration CN23 (filled, checkboxes)", "light (form, black rules)", "chromium", "sender/addressee, category checkboxes, contents table with weights and values")
def doc_customs(s):
    r = s.rng
    cats = ["Gift", "Documents", "Commercial sample", "Returned goods", "Sale of goods", "Other"]
    sel = "Sale of goods"
    items = [("Hand-knitted wool scarf", 2, 0.38, 45.00), ("Ceramic tea bowl (matcha)", 1, 0.62, 38.50),
             ("Linen tea towels, set of 3", 1, 0.41, 24.00), ("Beeswax candles", 4, 0.22, 7.50)]
    items = [(n, q, w, round(v * r.uniform(0.9, 1.2), 2)) for n, q, w, v in items]
    totw = round(sum(w for _, _, w, _ in items), 2)
    totv = round(sum(v for *_, v in items), 2)
    cb = "".join(f"<span class=cb><span class='box{' x' if c == sel else ''}'>{'✕' if c == sel else ''}</span>{c}</span>" for c in cats)
    rows = "".join(f"<tr><td>{n}</td><td>{q}</td><td>{w:.2f}</td><td>{v:.2f}</td><td>6117.10</td><td>IE</td></tr>" for n, q, w, v in items)
    html = f"""<div class=f><div class=t><b>CUSTOMS DECLARATION</b> <span>CN 23</span><span class=r>May be opened officially</span></div>
<div class=g><div><small>From (sender)</small><br>Siobhán Kearney<br>Kearney Knits, Main St, Dingle, Co. Kerry V92 X2F4, Ireland</div>
<div><small>To (addressee)</small><br>Megan Olsen<br>2218 NE Alberta St, Portland OR 97211, USA</div></div>
<div class=cat><small>Category of item</small><br>{cb}</div>
<table><tr><th>Detailed description of contents</th><th>Qty</th><th>Net weight (kg)</th><th>Value (EUR)</th><th>HS tariff no.</th><th>Origin</th></tr>{rows}
<tr class=s><td>Total</td><td></td><td>{totw:.2f}</td><td>{totv:.2f}</td><td></td><td></td></tr></table>
<div class=sig>Date and sender's signature: 18/11/2025 &nbsp; <i>S. Kearney</i></div></div>"""
    css = """body{font-family:'Nimbus Sans',Arial;background:#eee}.f{margin:16px;background:white;border:2px solid #000;padding:0}
.t{border-bottom:2px solid #000;padding:8px 12px;font-size:18px}.t span{margin-left:14px;font-size:15px}.t .r{float:right}
.g{display:grid;grid-template-columns:1fr 1fr}.g div{padding:8px 12px;border-bottom:1px solid #000}.g div:first-child{border-right:1px solid #000}
small{font-size:11px;text-transform:uppercase}.cat{padding:8px 12px;border-bottom:1px solid #000}.cb{margin-right:18px;display:inline-block;margin-top:4px}
.box{display:inline-block;width:14px;height:14px;border:1.5px solid #000;margin-right:5px;vertical-align:-2px;text-align:center;font-size:12px;line-height:14px}
table{width:100%;border-collapse:collapse}th,td{border:1px solid #000;padding:5px 8px;font-size:14px}th{font-size:11px;text-align:left}
.s td{font-weight:bold}.sig{padding:10px 12px}"""
    s.html(html, 1000, 1200, css)
    s.q("what category is ticked on the customs form", sel, "text", "selected", True)
    s.q("total declared value", f"{totv:.2f}", "money", "lookup", True)
    s.q("who's it going to?", "Megan Olsen", "person", "party", True)


# ---------------------------------------------------------------------------
@scene("ticket", "long-distance coach e-ticket", "light (green brand)", "PIL", "route, departure/arrival, seat, passenger, booking number")
def doc_coach_ticket(s):
    W, H = 900, 420
    im = Image.new("RGB", (W, H), "#ffffff")
    d = ImageDraw.Draw(im)
    g = "#73d700"
    d.rectangle([0, 0, W, 64], fill=g)
    fb = lambda n: font("Roboto-Bold.ttf", n)
    fr = lambda n: font("Roboto-Regular.ttf", n)
    strings = []
    def T(xy, t, f, fill="#222", anchor="la"):
        d.text(xy, t, font=f, fill=fill, anchor=anchor); strings.append(t)
    T((28, 32), "GreenLine Coaches", fb(28), "white", "lm")
    T((W - 28, 32), "Booking no. 3184 776 092", fr(18), "white", "rm")
    T((28, 90), "Sat, 13 Dec 2025", fr(18), "#555")
    T((28, 130), "07:45", fb(40))
    T((150, 130), "Lyon Part-Dieu (Bus station)", fb(22))
    T((150, 162), "Boulevard Marius Vivier-Merle", fr(16), "#666")
    d.line([(110, 148), (110, 230)], fill=g, width=4)
    T((28, 222), "14:20", fb(40))
    T((150, 222), "Milano Lampugnano", fb(22))
    T((150, 254), "Via Giulio Natta", fr(16), "#666")
    T((28, 300), "Duration 6 h 35 min · Direct · Bus 1790", fr(17), "#555")
    d.line([(600, 80), (600, 390)], fill="#ddd", width=2)
    T((630, 96), "PASSENGER", fr(14), "#888")
    T((630, 118), "Chiara Bellandi", fb(22))
    T((630, 166), "SEAT", fr(14), "#888")
    T((630, 188), "23C (window)", fb(22))
    T((630, 236), "LUGGAGE", fr(14), "#888")
    T((630, 258), "1 hand + 1 hold bag", fr(18))
    T((630, 306), "PRICE PAID", fr(14), "#888")
    T((630, 328), "€ 34.98", fb(22))
    for i in range(18):
        for j in range(4):
            if (i * 7 + j * 3) % 5 < 3:
                d.rectangle([28 + i * 12, 340 + j * 12, 38 + i * 12, 350 + j * 12], fill="#222")
    s.pil(im, strings)
    s.q("what time does the bus get to Milan", "14:20", "time", "lookup", True)
    s.q("seat number?", "23C", "code", "lookup", True)
    s.q("who is this ticket for", "Chiara Bellandi", "person", "party", True)


# ---------------------------------------------------------------------------
def zar(x):
    return "R " + fmt(x, 2, "\u00a0", ",")


@scene("form", "car-rental booking summary (South Africa)", "light (orange accent)", "chromium", "pick-up/return, insurance radio, extras checkboxes, daily rate and total in ZAR")
def doc_car_rental(s):
    r = s.rng
    pick = dt.date(2025, 12, 19)
    days = r.randint(5, 9)
    ret = pick + dt.timedelta(days=days)
    rate = r.choice([489.00, 512.50, 545.00])
    ins = ["Standard cover (excess R 15 000)", "Super cover (excess R 2 500)", "Zero excess"]
    ins_p = [0.0, 189.00, 265.00]
    isel = r.randint(1, 2)
    extras = [("GPS navigation", 65.00, False), ("Additional driver", 45.00, True), ("Child seat", 55.00, r.random() < 0.5),
              ("Cross-border letter (Lesotho/Eswatini)", 0.0, False)]
    total = round(days * (rate + ins_p[isel] + sum(p for _, p, on in extras if on)), 2)
    radios = "".join(f"<div class='opt{' on' if i == isel else ''}'><span class=rd></span>{esc(n)}<span class=p>{'+' + zar(p) + '/day' if p else 'included'}</span></div>" for i, (n, p) in enumerate(zip(ins, ins_p)))
    checks = "".join(f"<div class='opt{' on' if on else ''}'><span class=ck>{'✓' if on else ''}</span>{esc(n)}<span class=p>{'+' + zar(p) + '/day' if p else 'free'}</span></div>" for n, p, on in extras)
    html = f"""<div class=w><h2>Review your booking</h2><div class=car><b>Toyota Corolla Cross 1.8 or similar</b> · Group F · automatic · 5 seats</div>
<div class=two><div><small>PICK-UP</small><br><b>{pick:%a %d %b %Y}, 10:00</b><br>Cape Town International Airport</div>
<div><small>RETURN</small><br><b>{ret:%a %d %b %Y}, 10:00</b><br>Port Elizabeth (Gqeberha) Airport</div></div>
<h3>Protection</h3>{radios}<h3>Extras</h3>{checks}
<div class=sum><span>{days} days × {zar(rate)} base rate</span><span class=tot>Total {zar(total)}</span></div></div>"""
    css = """body{font-family:Cantarell;background:#f5f2ee;color:#2b2b2b}.w{margin:18px;background:white;padding:22px 30px;border-radius:12px}
h2{margin:0 0 8px}.car{color:#555;margin-bottom:14px}.two{display:flex;gap:50px;background:#fff4e8;padding:12px 16px;border-radius:8px}
small{color:#a35a00;letter-spacing:1px}h3{margin:18px 0 6px;color:#e06a00}.opt{display:flex;align-items:center;padding:8px 10px;border:1px solid #e3e3e3;margin:5px 0;border-radius:6px}
.opt.on{border-color:#e06a00;background:#fffaf3}.p{margin-left:auto;color:#666}.rd{width:16px;height:16px;border-radius:50%;border:2px solid #aaa;margin-right:10px;box-sizing:border-box}
.on .rd{border:5px solid #e06a00}.ck{width:18px;height:18px;border:2px solid #aaa;border-radius:3px;margin-right:10px;text-align:center;font-size:14px;line-height:18px;color:white;box-sizing:border-box;line-height:14px}
.on .ck{background:#e06a00;border-color:#e06a00}.sum{display:flex;justify-content:space-between;margin-top:18px;border-top:2px solid #eee;padding-top:12px}.tot{font-weight:bold;font-size:20px}"""
    s.html(html, 860, 1300, css)
    s.q("which protection option did I choose?", ins[isel], "text", "selected", True)
    s.q("is the additional driver included in this booking", "yes", "yesno", "state_yesno", False)
    s.q("how many days is the rental", days, "count", "lookup", True)
    s.q("what's the return date", f"{ret:%a %d %b %Y}", "date", "lookup", True)


# ---------------------------------------------------------------------------
@scene("document", "holiday-rental booking confirmation (Japan, ¥)", "light (rose accent)", "chromium", "host, dates, nightly price x nights, cleaning/service fees, tax, total in ¥")
def doc_stay_jp(s):
    r = s.rng
    nights = r.randint(3, 6)
    rate = r.choice([14800, 16200, 18400, 21500])
    clean = 6500
    svc = round(nights * rate * 0.14)
    tax = 200 * nights * 2
    tot = nights * rate + clean + svc + tax
    ci = dt.date(2026, 3, 27)
    co = ci + dt.timedelta(days=nights)
    html = f"""<div class=w><div class=l><div class=ph></div><h2>Machiya townhouse near Kamo River</h2><div class=sub>Entire home · Kyoto, Kamigyō-ku · ★ 4.92 (318)</div>
<div class=host>Hosted by <b>Haruka Mori</b> · Superhost</div><div class=dates><div><small>CHECK-IN</small><br>{ci:%a, %d %b %Y}<br>after 15:00</div><div><small>CHECK-OUT</small><br>{co:%a, %d %b %Y}<br>before 10:00</div><div><small>GUESTS</small><br>2 adults</div></div></div>
<div class=r><h3>Price details</h3><div class=ln><span>¥{rate:,} x {nights} nights</span><span>¥{nights*rate:,}</span></div>
<div class=ln><span>Cleaning fee</span><span>¥{clean:,}</span></div><div class=ln><span>Service fee</span><span>¥{svc:,}</span></div>
<div class=ln><span>Kyoto accommodation tax</span><span>¥{tax:,}</span></div><div class='ln t'><span>Total (JPY)</span><span>¥{tot:,}</span></div>
<div class=conf>Confirmation code <b>HMQ4T8ZK2W</b></div></div></div>"""
    css = """body{font-family:'Open Sans';background:white;color:#222}.w{display:flex;gap:40px;padding:28px 36px}.l{flex:1.3}.r{flex:1;border:1px solid #ddd;border-radius:14px;padding:20px 24px;box-shadow:0 4px 14px #0001;align-self:flex-start}
.ph{height:170px;border-radius:12px;background:linear-gradient(135deg,#7b5e4b,#c9a27e 55%,#3e5641)}h2{margin:16px 0 4px}.sub{color:#666}
.host{margin:14px 0;padding:12px 0;border-top:1px solid #eee;border-bottom:1px solid #eee}.dates{display:flex;gap:36px}small{font-weight:bold;font-size:11px;color:#777}
.ln{display:flex;justify-content:space-between;padding:7px 0}.t{border-top:1px solid #ddd;font-weight:bold;margin-top:8px;padding-top:12px;font-size:18px}.conf{margin-top:14px;color:#ff385c}"""
    s.html(html, 1200, 900, css)
    s.q("who's the host", "Haruka Mori", "person", "party", True)
    s.q("how much per night?", f"¥{rate:,}", "money", "rate", True)
    s.q("check-in date", f"{ci:%a, %d %b %Y}", "date", "lookup", True)


# ---------------------------------------------------------------------------
def php(x):
    return "₱" + fmt(x, 2)


@scene("bill", "Philippine postpaid mobile bill (dark app screen)", "dark (navy + yellow)", "chromium", "plan, data used vs allowance, add-ons, due date, amount due in ₱")
def doc_bill_ph(s):
    r = s.rng
    allow = 25
    used = round(r.uniform(14, 31), 1)
    plan = 1299.00
    extra = [("GoUNLI 180 add-on", 180.00), ("International SMS (6)", 15.00), ("Roaming data – Singapore", round(r.uniform(200, 600), 2))]
    prev = 0.00
    tot = round(plan + sum(v for _, v in extra), 2)
    rows = "".join(f"<div class=ln><span>{n}</span><span>{php(v)}</span></div>" for n, v in extra)
    pct = min(100, used / allow * 100)
    html = f"""<div class=ph><div class=hd>My Account · 0917 ••• 4821</div><div class=card><small>Amount due</small><div class=amt>{php(tot)}</div>
<div>Due on <b>Dec 08, 2025</b></div><div class=btn>Pay now</div></div>
<div class=sec><div class=t>Data this cycle</div><div class=bar><div style='width:{pct:.0f}%'></div></div><div class=ln><span>{used} GB used</span><span>of {allow} GB</span></div></div>
<div class=sec><div class=t>Bill breakdown (Oct 24 – Nov 23)</div><div class=ln><span>Plan 1299</span><span>{php(plan)}</span></div>{rows}
<div class=ln><span>Previous balance</span><span>{php(prev)}</span></div></div></div>"""
    css = """body{background:#0b1633;font-family:Roboto;color:#e8ecf8}.ph{width:400px;margin:0 auto;padding:16px}.hd{font-size:14px;color:#9fb0d8;margin-bottom:12px}
.card{background:#13244f;border-radius:16px;padding:18px}.card small{color:#9fb0d8}.amt{font-size:36px;font-weight:bold;color:#ffd23f;margin:4px 0}
.btn{margin-top:12px;background:#ffd23f;color:#0b1633;text-align:center;padding:10px;border-radius:24px;font-weight:bold}
.sec{background:#13244f;border-radius:16px;padding:14px 18px;margin-top:14px}.t{font-weight:bold;margin-bottom:8px}.bar{height:10px;background:#24386b;border-radius:5px;overflow:hidden}
.bar div{height:10px;background:#ffd23f}.ln{display:flex;justify-content:space-between;padding:6px 0;font-size:15px}"""
    s.html(html, 432, 1200, css)
    s.q("how much is my bill", php(tot), "money", "lookup", True)
    s.q("did I go over my data allowance?", "yes" if used > allow else "no", "yesno", "compare_more", False)
    s.q("roaming charge?", php(extra[2][1]), "money", "lookup", True)
    s.q("what does my plan cost per GB of data allowance", php(round(plan / allow, 2)), "money", "rate", False)
