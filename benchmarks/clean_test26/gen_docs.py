"""Documents: receipts, invoices, statements, bills, tickets, labels."""
from common import (Canvas, font, q, meta, page, render_html, esc, rng, r2,
                    fmt_us, fmt_eu, fmt_sp)


class Thermal:
    """Narrow receipt drawn with PIL; monospace lines, left/right columns."""

    def __init__(self, w, h, fname="lib-mono", size=17, bg="#fbfaf5", fg="#1d1d1d"):
        self.cv = Canvas(w, h, bg)
        self.f = font(fname, size)
        self.fb = font(fname + "-b", size) if fname + "-b" in ("lib-mono-b", "dejavu-mono-b") else self.f
        self.w, self.y, self.fg, self.lh = w, 24, fg, int(size * 1.5)

    def c(self, s, big=False, bold=False):
        f = font("lib-mono-b", 24) if big else (self.fb if bold else self.f)
        self.cv.text((self.w // 2, self.y), s, f, fill=self.fg, anchor="ma")
        self.y += int(self.lh * (1.5 if big else 1))

    def lr(self, l, r="", bold=False, flag=None):
        f = self.fb if bold else self.f
        self.cv.text((22, self.y), l, f, fill=self.fg)
        rx = self.w - 22
        if flag is not None:
            if flag:
                self.cv.text((rx, self.y), flag, f, fill=self.fg, anchor="ra")
            rx -= int(self.cv.tlen("MM", f))
        if r:
            self.cv.text((rx, self.y), r, f, fill=self.fg, anchor="ra")
        self.y += self.lh

    def sep(self, ch="-"):
        self.cv.line([(22, self.y + self.lh // 2), (self.w - 22, self.y + self.lh // 2)], fill="#777", width=1)
        self.y += self.lh

    def gap(self, k=0.5):
        self.y += int(self.lh * k)

    def save(self, name):
        return self.cv.save(name, crop=(0, 0, self.w, self.y + 30))


def receipt_ca():
    R = rng("receipt_ca")
    items = [("ORGANIC BANANAS", 2.49, False), ("MAPLE SYRUP 500ML", 11.99, False), ("PAPER TOWEL 6PK", 8.79, True),
             ("CHEDDAR OLD 400G", 7.49, False), ("DISH SOAP", 4.29, True), ("SOURDOUGH LOAF", 5.25, False),
             ("SPARKLING WATER 12", 6.99, True), ("FROZEN BLUEBERRIES", 9.49, False), ("AA BATTERIES 8", 12.99, True)]
    items = [(n, r2(p + R.choice([0, 0, 0.5, -0.3])), t) for n, p, t in items]
    t = Thermal(430, 1200)
    t.c("HARBOURSIDE MARKET", big=True)
    t.c("2291 Barrington St, Halifax NS")
    t.c("(902) 555-0148")
    t.c("HST# 81442 7730 RT0001")
    t.sep()
    for n, p, tx in items:
        t.lr(n, f"{p:.2f}", flag="H" if tx else "")
    t.sep()
    sub = r2(sum(p for _, p, _ in items))
    taxable = r2(sum(p for _, p, tx in items if tx))
    hst = r2(taxable * 0.15)
    tot = r2(sub + hst)
    t.lr("SUBTOTAL", f"{sub:.2f}")
    t.lr("HST 15% ON " + f"{taxable:.2f}", f"{hst:.2f}")
    t.lr("TOTAL", f"${tot:.2f}", bold=True)
    t.gap()
    t.lr("INTERAC DEBIT", f"{tot:.2f}")
    t.lr("CARD ****8823")
    t.lr("2025/03/14  17:42", "REG 04")
    t.gap()
    t.c("H = HST APPLIES")
    t.c("THANK YOU / MERCI")
    fn = t.save("receipt_ca_grocery")
    top = max(items, key=lambda x: x[1])
    ntax = sum(1 for i in items if i[2])
    q(fn, "what's the total on this receipt", f"${tot:.2f}", "money", "lookup")
    q(fn, "which item cost the most?", top[0], "text", "argmax")
    q(fn, "how many items have HST applied", ntax, "count", "count", literal=False)
    meta(fn, "PIL thermal receipt", "light", "receipt", "Canadian grocery receipt, HST 15% on flagged items, CAD")


def receipt_dk():
    items = [("Cappuccino", 2, 42.00), ("Kanelsnegl", 3, 28.50), ("Rugbrød m. æg", 1, 69.00),
             ("Hyldeblomst saft", 2, 35.00), ("Havregrød", 1, 55.00)]
    t = Thermal(400, 1000, fname="dejavu-mono", size=15, bg="#ffffff")
    t.c("Café Nørrebro", big=True)
    t.c("Jægersborggade 31, 2200 København N")
    t.c("CVR 39 48 21 07")
    t.sep()
    tot = 0
    for n, k, p in items:
        line = r2(k * p)
        tot = r2(tot + line)
        t.lr(f"{k} x {n}", fmt_eu(line))
        t.lr(f"    à {fmt_eu(p)}")
    t.sep()
    moms = r2(tot * 0.2)
    t.lr("I ALT DKK", fmt_eu(tot), bold=True)
    t.lr("Heraf moms 25%", fmt_eu(moms))
    t.gap()
    t.lr("Betalt med", "Dankort")
    t.lr("Kort", "XXXX XXXX XXXX 4410")
    t.lr("Dato", "09.05.2025")
    t.lr("Tid", "10:17")
    t.lr("Ekspedient", "Signe")
    t.gap()
    t.c("Tak for besøget!")
    fn = t.save("receipt_dk_cafe")
    q(fn, "What's the unit price of a Kanelsnegl?", fmt_eu(28.50), "money", "lookup")
    q(fn, "how much VAT is included", fmt_eu(moms), "money", "lookup")
    q(fn, "who served me", "Signe", "person", "party")
    meta(fn, "PIL thermal receipt", "white", "receipt", "Danish café receipt, DKK with decimal comma, moms included")


def receipt_hu():
    items = [("Algopyrin 500 mg tabl. 20x", 1290), ("Béres Csepp 30 ml", 2890), ("Nurofen 400 mg 12x", 1990),
             ("Orrspray tengervíz", 2450), ("C-vitamin 1000 mg 60x", 3150), ("Sebtapasz vegyes", 890)]
    t = Thermal(420, 1000, fname="lib-mono", size=16, bg="#f7f7f2")
    t.c("NAPFÉNY PATIKA", big=True)
    t.c("1077 Budapest, Wesselényi u. 42.")
    t.c("Adószám: 24681357-2-42")
    t.c("NYUGTA")
    t.sep()
    for n, p in items:
        t.lr(n, fmt_sp(p, 0, " ") + " Ft")
    t.sep()
    tot = sum(p for _, p in items)
    t.lr("ÖSSZESEN:", fmt_sp(tot, 0, " ") + " Ft", bold=True)
    t.lr("Bankkártya", fmt_sp(tot, 0, " ") + " Ft")
    t.gap()
    t.lr("2025.02.21. 15:06", "NY.SZ: 0412/00087")
    t.lr("Pénztáros: Kovács Eszter")
    t.c("Jobbulást kívánunk!")
    fn = t.save("receipt_hu_pharmacy")
    cheapest = min(items, key=lambda x: x[1])
    q(fn, "összesen? (total)", fmt_sp(tot, 0, " ") + " Ft", "money", "lookup")
    q(fn, "which product was the cheapest one", cheapest[0], "text", "argmin")
    q(fn, "how many different products are on the receipt", len(items), "count", "count", literal=False)
    meta(fn, "PIL thermal receipt", "light", "receipt", "Hungarian pharmacy receipt, Ft with space thousands")


def invoice_mx():
    lines = [("Mantenimiento preventivo de servidores", 2, 4850.00, 0),
             ("Licencia antivirus corporativo (anual)", 15, 389.00, 10),
             ("Cableado estructurado Cat6 (nodo)", 24, 620.00, 5),
             ("Soporte remoto (hora)", 12, 450.00, 0)]
    rows = ""
    sub = 0
    disc_total = 0
    for d, k, p, dc in lines:
        gross = r2(k * p)
        disc = r2(gross * dc / 100)
        net = r2(gross - disc)
        sub = r2(sub + net)
        disc_total = r2(disc_total + disc)
        rows += (f"<tr><td>{esc(d)}</td><td class=n>{k}</td><td class=n>${fmt_us(p)}</td>"
                 f"<td class=n>{dc}%</td><td class=n>${fmt_us(net)}</td></tr>")
    iva = r2(sub * 0.16)
    tot = r2(sub + iva)
    css = """.w{width:1000px;margin:30px auto;background:#fff;padding:40px 48px;border-top:8px solid #0b6e4f}
    h1{margin:0;color:#0b6e4f;font-size:30px} .hd{display:flex;justify-content:space-between}
    .box{border:1px solid #cfd8d3;padding:12px 16px;border-radius:6px;width:440px;font-size:14px;line-height:1.6}
    table{width:100%;border-collapse:collapse;margin-top:26px;font-size:14px}
    th{background:#0b6e4f;color:#fff;text-align:left;padding:8px} td{padding:8px;border-bottom:1px solid #e3e9e6}
    .n{text-align:right} .tot td{border:none;padding:5px 8px} .grand td{font-weight:bold;font-size:17px;color:#0b6e4f}
    .muted{color:#667}"""
    body = f"""<div class=w><div class=hd><div><h1>FACTURA</h1><div class=muted>Serie A &nbsp; Folio 00731</div></div>
    <div style="text-align:right"><b>Soluciones Tecnológicas Quetzal S.A. de C.V.</b><br>RFC: STQ170823KM4<br>
    Av. Vallarta 2440, Guadalajara, Jal.<br>Tel. 33 5550 1289</div></div>
    <div class=hd style="margin-top:26px"><div class=box><b>Cliente</b><br>Distribuidora Alameda del Norte<br>
    RFC: DAN0905142T7<br>Calle Hidalgo 118, Monterrey, N.L.</div>
    <div class=box><b>Fecha de emisión:</b> 03/04/2025<br><b>Fecha de vencimiento:</b> 03/05/2025<br>
    <b>Forma de pago:</b> Transferencia<br><b>Moneda:</b> MXN</div></div>
    <table><tr><th>Concepto</th><th class=n>Cant.</th><th class=n>P. unitario</th><th class=n>Desc.</th><th class=n>Importe</th></tr>
    {rows}</table>
    <table style="width:380px;margin-left:auto" class=tot>
    <tr class=tot><td>Descuentos aplicados</td><td class=n>-${fmt_us(disc_total)}</td></tr>
    <tr class=tot><td>Subtotal</td><td class=n>${fmt_us(sub)}</td></tr>
    <tr class=tot><td>IVA 16%</td><td class=n>${fmt_us(iva)}</td></tr>
    <tr class="tot grand"><td>Total</td><td class=n>${fmt_us(tot)}</td></tr></table>
    <p class=muted style="margin-top:30px;font-size:13px">Este documento es una representación impresa de un CFDI.</p></div>"""
    fn = render_html("invoice_mx_factura", page(body, css, font="'Open Sans'", bg="#e9efec"), 1100, 1100)
    q(fn, "total amount due on this factura?", f"${fmt_us(tot)}", "money", "lookup")
    q(fn, "client's RFC", "DAN0905142T7", "code", "lookup")
    q(fn, "what discount was given on the Cat6 cabling line", "5%", "percent", "cell")
    meta(fn, "HTML invoice (chromium)", "light, green accent", "invoice",
         "Mexican factura, MXN, per-line discounts, IVA 16%")


def invoice_cz():
    lines = [("Grafický návrh loga", 1, 18500, 21), ("Tisk vizitek (500 ks)", 2, 1240, 21),
             ("Odborná kniha – typografie", 3, 690, 12), ("Fotografování produktů (hod.)", 6, 1450, 21)]
    rows = ""
    base = {21: 0, 12: 0}
    for d, k, p, v in lines:
        amt = k * p
        base[v] += amt
        rows += f"<tr><td>{esc(d)}</td><td class=n>{k}</td><td class=n>{fmt_sp(p)}</td><td class=n>{v} %</td><td class=n>{fmt_sp(amt)}</td></tr>"
    sleva = 2000
    base[21] -= sleva
    rows += f"<tr><td><i>Sleva pro stálého zákazníka</i></td><td class=n>1</td><td class=n>-{fmt_sp(sleva)}</td><td class=n>21 %</td><td class=n>-{fmt_sp(sleva)}</td></tr>"
    d21 = r2(base[21] * 0.21)
    d12 = r2(base[12] * 0.12)
    tot = r2(base[21] + base[12] + d21 + d12)
    css = """.w{width:900px;margin:24px auto;background:#fff;padding:36px;border:1px solid #bbb;font-size:14px}
    h1{font-family:'Liberation Serif';font-size:34px;margin:0 0 6px} .g{display:grid;grid-template-columns:1fr 1fr;gap:20px}
    .b{border:1px solid #999;padding:10px 14px;line-height:1.55} table{width:100%;border-collapse:collapse;margin-top:20px}
    th,td{border:1px solid #999;padding:6px 8px} th{background:#eee} .n{text-align:right}
    .sum{width:420px;margin:16px 0 0 auto} .big{font-size:20px;font-weight:bold}"""
    body = f"""<div class=w><h1>Faktura – daňový doklad č. 2025-0118</h1>
    <div class=g><div class=b><b>Dodavatel</b><br>Studio Vltava s.r.o.<br>Křižíkova 58, 186 00 Praha 8<br>IČO: 07214563<br>DIČ: CZ07214563</div>
    <div class=b><b>Odběratel</b><br>Pivovar U Lípy a.s.<br>Náměstí Míru 3, 602 00 Brno<br>IČO: 26841902</div>
    <div class=b>Datum vystavení: 12.03.2025<br>Datum splatnosti: 26.03.2025<br>DUZP: 12.03.2025</div>
    <div class=b>Variabilní symbol: 20250118<br>Účet: 2801749163/2010<br>Forma úhrady: převodem</div></div>
    <table><tr><th>Položka</th><th>Množství</th><th>Cena/ks</th><th>DPH</th><th>Základ</th></tr>{rows}</table>
    <table class=sum><tr><td>Základ 21 %</td><td class=n>{fmt_sp(base[21])} Kč</td></tr>
    <tr><td>DPH 21 %</td><td class=n>{fmt_sp(d21)} Kč</td></tr><tr><td>Základ 12 %</td><td class=n>{fmt_sp(base[12])} Kč</td></tr>
    <tr><td>DPH 12 %</td><td class=n>{fmt_sp(d12)} Kč</td></tr>
    <tr class=big><td>Celkem k úhradě</td><td class=n>{fmt_sp(tot)} Kč</td></tr></table></div>"""
    fn = render_html("invoice_cz_faktura", page(body, css, font="'Liberation Sans'", bg="#dcdcdc"), 960, 1000)
    q(fn, "variabilní symbol?", "20250118", "code", "lookup")
    q(fn, "Who issued this invoice?", "Studio Vltava s.r.o.", "person", "party")
    q(fn, "what's the grand total to pay", f"{fmt_sp(tot)} Kč", "money", "lookup")
    meta(fn, "HTML invoice (chromium)", "light, boxed serif", "invoice",
         "Czech faktura, Kč with space thousands, two DPH rates and a loyalty discount line")


def statement_ca():
    R = rng("statement_ca")
    tx = [("Feb 03", "Feb 04", "SOBEYS #4412 HALIFAX NS", "Groceries"),
          ("Feb 05", "Feb 06", "PETRO-CANADA 20931", "Gas"),
          ("Feb 07", "Feb 08", "NETFLIX.COM", "Subscriptions"),
          ("Feb 09", "Feb 10", "SHOPPERS DRUG MART #182", "Pharmacy"),
          ("Feb 11", "Feb 12", "AIR CANADA 0142388201", "Travel"),
          ("Feb 14", "Feb 15", "THE BICYCLE THIEF HALIFAX", "Dining"),
          ("Feb 16", "Feb 17", "SOBEYS #4412 HALIFAX NS", "Groceries"),
          ("Feb 19", "Feb 20", "CANADIAN TIRE #096", "Retail"),
          ("Feb 22", "Feb 23", "TIM HORTONS #3318", "Dining"),
          ("Feb 25", "Feb 26", "IRVING OIL 3002", "Gas"),
          ("Feb 27", "Feb 28", "SPOTIFY P2B1C4", "Subscriptions")]
    amts = [r2(R.uniform(8, 180)) for _ in tx]
    amts[4] = r2(R.uniform(420, 690))
    amts[2] = 20.99
    amts[10] = 11.99
    rows = ""
    for (d1, d2, m, c), a in zip(tx, amts):
        rows += f"<tr><td>{d1}</td><td>{d2}</td><td>{esc(m)}</td><td><span class=tag>{c}</span></td><td class=n>{fmt_us(a)}</td></tr>"
    pay = 850.00
    rows = f"<tr class=pay><td>Feb 10</td><td>Feb 10</td><td>PAYMENT - THANK YOU</td><td></td><td class=n>-{fmt_us(pay)}</td></tr>" + rows
    prev = 1032.47
    purchases = r2(sum(amts))
    interest = 0.00
    new = r2(prev - pay + purchases + interest)
    minpay = r2(max(10, new * 0.03))
    css = """.top{background:#d52b1e;color:#fff;padding:16px 36px;font-size:22px;font-weight:bold}
    .wrap{display:flex;gap:28px;padding:26px 36px}.side{width:330px}.card{background:#fff;border-radius:8px;padding:18px 20px;box-shadow:0 1px 3px #0002;margin-bottom:18px}
    .card h3{margin:0 0 10px;font-size:16px;color:#555}.kv{display:flex;justify-content:space-between;padding:4px 0;font-size:14px}
    .main{flex:1} table{width:100%;border-collapse:collapse;font-size:14px} th{text-align:left;color:#666;font-weight:600;border-bottom:2px solid #ddd;padding:8px}
    td{padding:8px;border-bottom:1px solid #eee} .n{text-align:right} .tag{background:#f1f3f5;border-radius:10px;padding:2px 8px;font-size:12px;color:#555}
    .pay td{color:#1a7f37} .big{font-size:26px;font-weight:bold}"""
    body = f"""<div class=top>Maple Leaf Rewards Visa &nbsp;<span style="font-weight:normal;font-size:15px">Statement — account ending 7719</span></div>
    <div class=wrap><div class=side><div class=card><h3>Statement summary</h3>
    <div class=kv><span>Statement date</span><b>Feb 28, 2025</b></div>
    <div class=kv><span>Previous balance</span><span>${fmt_us(prev)}</span></div>
    <div class=kv><span>Payments &amp; credits</span><span>-${fmt_us(pay)}</span></div>
    <div class=kv><span>Purchases</span><span>${fmt_us(purchases)}</span></div>
    <div class=kv><span>Interest</span><span>${fmt_us(interest)}</span></div>
    <div class=kv><b>New balance</b><b>${fmt_us(new)}</b></div></div>
    <div class=card><h3>Payment due</h3><div class=big>${fmt_us(minpay)}</div><div style="color:#666">minimum payment by <b>Mar 21, 2025</b></div>
    <div class=kv style="margin-top:8px"><span>Credit limit</span><span>$7,500.00</span></div>
    <div class=kv><span>Annual interest rate</span><span>20.99%</span></div></div></div>
    <div class=main><div class=card><h3>Transactions — Feb 1 to Feb 28, 2025</h3>
    <table><tr><th>Trans. date</th><th>Posting date</th><th>Description</th><th>Category</th><th class=n>Amount ($)</th></tr>{rows}</table></div></div></div>"""
    fn = render_html("statement_ca_visa", page(body, css, font="Roboto", bg="#f4f5f7"), 1360, 900)
    big = max(zip(tx, amts), key=lambda x: x[1])
    groc = [a for t, a in zip(tx, amts) if t[3] == "Groceries"]
    ndining = sum(1 for t in tx if t[3] == "Dining")
    q(fn, "what's the minimum payment and when is it due", f"${fmt_us(minpay)}; Mar 21, 2025", "money", "lookup")
    q(fn, "biggest purchase this month — which merchant?", big[0][2], "text", "argmax")
    q(fn, "how much did i spend at sobeys in total", fmt_us(r2(sum(groc))), "money", "sum", literal=False)
    meta(fn, "HTML online banking (chromium)", "light, red header", "bank_statement",
         "Canadian credit-card statement, sidebar summary + transactions with categories")


def gas_bill_be():
    prev_idx, cur_idx = 18342, 18911
    m3 = cur_idx - prev_idx
    coef = 10.547
    kwh = round(m3 * coef)
    price = 0.0892
    energy = r2(kwh * price)
    dist = 96.41
    fixed = 27.50
    taxes = 14.83
    excl = r2(energy + dist + fixed + taxes)
    tva = r2(excl * 0.06)
    tot = r2(excl + tva)
    css = """.w{width:860px;margin:20px auto;background:#fff;padding:30px 40px;font-size:14px;border-radius:4px}
    .logo{font-size:26px;font-weight:800;color:#f28c00} .hd{display:flex;justify-content:space-between;align-items:flex-start}
    .due{background:#fff4e5;border:2px solid #f28c00;padding:14px 18px;border-radius:8px;text-align:right}
    .due .amt{font-size:28px;font-weight:bold} h2{font-size:17px;border-bottom:2px solid #f28c00;padding-bottom:4px;margin-top:26px}
    table{width:100%;border-collapse:collapse} td,th{padding:6px 4px;border-bottom:1px solid #eee;text-align:left} .n{text-align:right}"""
    body = f"""<div class=w><div class=hd><div><div class=logo>Lumigaz</div>Rue de la Loi 155, 1040 Bruxelles<br>TVA BE 0456.781.234</div>
    <div class=due>Montant à payer<div class=amt>{fmt_eu(tot)} €</div>avant le <b>15/04/2025</b></div></div>
    <p><b>Facture de gaz naturel n° 5510-88231</b><br>Client : Mme Amélie Verstraeten, Avenue Brugmann 77, 1190 Forest<br>
    Code EAN : 541448820051234567 &nbsp;·&nbsp; Période : 01/02/2025 – 28/02/2025</p>
    <h2>Relevé du compteur</h2><table><tr><th>Compteur</th><th class=n>Index précédent</th><th class=n>Nouvel index</th><th class=n>Consommation</th></tr>
    <tr><td>G4 n° 7Z028814</td><td class=n>{prev_idx}</td><td class=n>{cur_idx}</td><td class=n>{m3} m³</td></tr></table>
    <p>Coefficient de conversion : {fmt_eu(coef, 3)} kWh/m³ → <b>{kwh} kWh</b></p>
    <h2>Détail</h2><table>
    <tr><td>Énergie ({kwh} kWh × {fmt_eu(price, 4)} €)</td><td class=n>{fmt_eu(energy)} €</td></tr>
    <tr><td>Frais de réseau de distribution</td><td class=n>{fmt_eu(dist)} €</td></tr>
    <tr><td>Redevance fixe</td><td class=n>{fmt_eu(fixed)} €</td></tr>
    <tr><td>Taxes et surcharges</td><td class=n>{fmt_eu(taxes)} €</td></tr>
    <tr><td><b>Total HTVA</b></td><td class=n><b>{fmt_eu(excl)} €</b></td></tr>
    <tr><td>TVA 6 %</td><td class=n>{fmt_eu(tva)} €</td></tr>
    <tr><td><b>Total TVAC</b></td><td class=n><b>{fmt_eu(tot)} €</b></td></tr></table>
    <p style="color:#777;font-size:12px">Domiciliation : non activée. Communication structurée : +++551/0088/23145+++</p></div>"""
    fn = render_html("bill_be_gas", page(body, css, font="'Open Sans'", bg="#eee"), 940, 1000)
    q(fn, "how many m³ of gas did I use", f"{m3} m³", "number", "lookup")
    q(fn, "how much do I owe and by when?", f"{fmt_eu(tot)} €; 15/04/2025", "money", "lookup")
    q(fn, "what's the distribution network cost minus the fixed fee", fmt_eu(r2(dist - fixed)), "money", "subtract", literal=False)
    meta(fn, "HTML utility bill (chromium)", "light, orange", "utility_bill",
         "Belgian (French) gas bill, meter index, m³→kWh, TVA 6%")


def rental_tr():
    days = 5
    daily = 1850
    base = days * daily
    extras = [("Ek sürücü", 250 * days), ("Bebek koltuğu", 150 * days), ("Tam kasko sigorta", 420 * days)]
    sub = base + sum(a for _, a in extras)
    kdv = r2(sub * 0.20)
    tot = r2(sub + kdv)
    css = """.w{width:760px;margin:20px auto;background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 2px 8px #0003}
    .h{background:#1b2a49;color:#fff;padding:20px 28px;font-size:24px;font-weight:bold}.c{padding:20px 28px;font-size:15px}
    .row{display:flex;justify-content:space-between;padding:7px 0;border-bottom:1px dashed #ddd}.t{font-size:20px;font-weight:bold;color:#1b2a49}
    .car{display:flex;gap:20px;background:#f3f6fb;padding:14px;border-radius:8px;margin-bottom:14px}"""
    ex = "".join(f"<div class=row><span>{n}</span><span>{fmt_eu(a, 2)} ₺</span></div>" for n, a in extras)
    body = f"""<div class=w><div class=h>Anadolu Rent a Car — Kira Sözleşmesi</div><div class=c>
    <div class=car><div><b>Fiat Egea 1.4 Fire</b><br>Plaka: 35 AKR 418<br>Yakıt: Benzin · Manuel</div>
    <div>Alış: İzmir Adnan Menderes Havalimanı<br>07.06.2025 10:30<br>İade: 12.06.2025 10:30</div></div>
    <div class=row><span>Kiralayan</span><span>Deniz Aydoğan</span></div>
    <div class=row><span>Kiralama süresi</span><span>{days} gün</span></div>
    <div class=row><span>Araç kira bedeli</span><span>{fmt_eu(base, 2)} ₺</span></div>{ex}
    <div class=row><span>Ara toplam</span><span>{fmt_eu(sub, 2)} ₺</span></div>
    <div class=row><span>KDV %20</span><span>{fmt_eu(kdv, 2)} ₺</span></div>
    <div class="row t"><span>Genel toplam</span><span>{fmt_eu(tot, 2)} ₺</span></div>
    <p style="color:#777;font-size:13px">Depozito (provizyon): 7.500,00 ₺ · Km limiti: günlük 300 km</p></div></div>"""
    fn = render_html("rental_tr_car", page(body, css, font="Lato", bg="#dfe5ee"), 840, 800)
    q(fn, "what does the car cost per day (without extras)?", fmt_eu(daily, 2) + " ₺", "money", "rate", literal=False)
    q(fn, "plate number", "35 AKR 418", "code", "lookup")
    q(fn, "who rented the car", "Deniz Aydoğan", "person", "party")
    meta(fn, "HTML rental agreement (chromium)", "light card, navy header", "receipt",
         "Turkish car-rental contract, ₺ with decimal comma, KDV 20%")


def cinema_pl():
    cv = Canvas(720, 300, "#1f1147")
    cv.rect((0, 0, 720, 300), fill="#1f1147")
    cv.rect((540, 0, 720, 300), fill="#f5c518")
    for y in range(10, 300, 16):
        cv.d.ellipse((533, y, 541, y + 8), fill="#ffffff")
    fb, fm, fs = font("roboto-b", 30), font("roboto", 18), font("roboto", 14)
    cv.text((28, 22), "KINO PERŁA · Kraków", font("roboto-b", 16), fill="#f5c518")
    cv.text((28, 52), "Ostatni Pociąg do Gdyni", fb, fill="#fff")
    cv.text((28, 98), "Sala 4  ·  2D  ·  napisy PL", fm, fill="#ddd")  # screening format
    labels = [("DATA", "18.10.2025"), ("GODZ.", "20:45"), ("RZĄD", "H"), ("MIEJSCE", "14")]
    for (l, v), x in zip(labels, (28, 200, 310, 400)):
        cv.text((x, 150), l, fs, fill="#aaa")
        cv.text((x, 170), v, font("roboto-b", 24), fill="#fff")
    cv.text((28, 230), "Bilet normalny", fm, fill="#ddd")
    cv.text((28, 256), "Cena: 32,00 zł (w tym VAT 8%)", fm, fill="#fff")
    cv.text((630, 40), "ADMIT ONE", font("roboto-b", 16), fill="#1f1147", anchor="ma")
    cv.text((630, 110), "H / 14", font("roboto-b", 30), fill="#1f1147", anchor="ma")
    cv.text((630, 170), "Sala 4", fm, fill="#1f1147", anchor="ma")
    cv.text((630, 250), "Nr 000481273", fs, fill="#1f1147", anchor="ma")
    fn = cv.save("ticket_pl_cinema")
    fmt = "2D"
    q(fn, "is this the 2D or the 3D showing?", fmt, "text", "choice")
    q(fn, "what time does the film start", "20:45", "time", "lookup")
    q(fn, "ticket price?", "32,00 zł", "money", "lookup")
    meta(fn, "PIL ticket", "dark purple + yellow stub", "ticket", "Polish cinema ticket with tear-off stub")


def lab_report():
    tests = [("Hemoglobin", 13.1, "g/dL", 13.5, 17.5), ("WBC", 7.2, "10^9/L", 4.0, 11.0),
             ("Platelets", 412, "10^9/L", 150, 400), ("Glucose (fasting)", 5.4, "mmol/L", 3.9, 5.6),
             ("Total cholesterol", 6.3, "mmol/L", 0, 5.2), ("HDL cholesterol", 1.4, "mmol/L", 1.0, 99),
             ("Creatinine", 88, "µmol/L", 62, 106), ("ALT", 51, "U/L", 7, 45), ("TSH", 2.1, "mIU/L", 0.4, 4.0)]
    rows = ""
    flags = {}
    for n, v, u, lo, hi in tests:
        fl = "H" if v > hi else ("L" if v < lo else "")
        flags[n] = fl
        rng_s = f"&lt; {hi}" if lo == 0 else (f"&gt; {lo}" if hi == 99 else f"{lo} – {hi}")
        cls = " class=fl" if fl else ""
        rows += f"<tr{cls}><td>{n}</td><td class=n>{v}</td><td>{fl}</td><td>{u}</td><td>{rng_s}</td></tr>"
    css = """.w{width:900px;margin:20px auto;background:#fff;padding:30px 38px;font-size:14px;font-family:'DejaVu Sans'}
    h1{font-size:20px;margin:0;color:#244} .g{display:grid;grid-template-columns:1fr 1fr;gap:4px 30px;margin:16px 0;padding:12px;background:#f2f6f6}
    table{width:100%;border-collapse:collapse} th{text-align:left;border-bottom:2px solid #244;padding:6px} td{padding:6px;border-bottom:1px solid #e5e5e5}
    .n{text-align:right;font-family:'DejaVu Sans Mono'} .fl td{font-weight:bold;color:#b00020}"""
    body = f"""<div class=w><h1>NORTHGATE DIAGNOSTICS — Laboratory Report</h1>
    <div class=g><div>Patient: <b>Harlow, Imogen</b></div><div>DOB: 11/02/1987</div><div>Sample ID: NGD-25-0093817</div>
    <div>Collected: 22/01/2025 08:12</div><div>Requested by: Dr. Tobias Wrenfield</div><div>Reported: 22/01/2025 15:40</div></div>
    <table><tr><th>Test</th><th class=n>Result</th><th>Flag</th><th>Units</th><th>Reference range</th></tr>{rows}</table>
    <p style="font-size:12px;color:#666">H = above reference range, L = below reference range. Validated by: A. Okonkwo, Biomedical Scientist.</p></div>"""
    fn = render_html("lab_report_blood", page(body, css, bg="#e6eaea"), 980, 900)
    nh = sum(1 for v in flags.values() if v == "H")
    q(fn, "how many results are flagged high", nh, "count", "count", literal=False)
    q(fn, "is the hemoglobin below the reference range?", "yes" if flags["Hemoglobin"] == "L" else "no", "yesno", "compare_less", literal=False)
    q(fn, "which doctor ordered the test", "Dr. Tobias Wrenfield", "person", "party")
    meta(fn, "HTML lab report (chromium)", "light, DejaVu", "medical", "blood test report with reference ranges and H/L flags")


def paystub_ca():
    hours, rate = 80, 31.75
    reg = r2(hours * rate)
    ot_h = 6
    ot = r2(ot_h * rate * 1.5)
    gross = r2(reg + ot)
    cpp = r2(gross * 0.0595)
    ei = r2(gross * 0.0164)
    fed = r2(gross * 0.118)
    prov = r2(gross * 0.0505)
    ded = [("CPP", cpp), ("EI", ei), ("Federal tax", fed), ("Provincial tax (ON)", prov), ("Group benefits", 18.40)]
    tded = r2(sum(a for _, a in ded))
    net = r2(gross - tded)
    css = """.w{width:1000px;margin:20px auto;background:#fff;border:1px solid #c8c8c8;font-size:14px}
    .h{display:flex;justify-content:space-between;padding:18px 24px;border-bottom:3px solid #333} .h b{font-size:20px}
    .cols{display:grid;grid-template-columns:1fr 1fr;gap:0} .col{padding:16px 24px} .col+.col{border-left:1px solid #ddd}
    table{width:100%;border-collapse:collapse} th{text-align:left;font-size:12px;text-transform:uppercase;color:#666;border-bottom:1px solid #999;padding:5px}
    td{padding:5px} .n{text-align:right} .net{background:#222;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;font-size:20px}"""
    erows = (f"<tr><td>Regular</td><td class=n>{hours}</td><td class=n>{rate:.2f}</td><td class=n>{fmt_us(reg)}</td></tr>"
             f"<tr><td>Overtime 1.5x</td><td class=n>{ot_h}</td><td class=n>{rate * 1.5:.3f}</td><td class=n>{fmt_us(ot)}</td></tr>"
             f"<tr><td><b>Gross pay</b></td><td></td><td></td><td class=n><b>{fmt_us(gross)}</b></td></tr>")
    drows = "".join(f"<tr><td>{n}</td><td class=n>{fmt_us(a)}</td></tr>" for n, a in ded)
    drows += f"<tr><td><b>Total deductions</b></td><td class=n><b>{fmt_us(tded)}</b></td></tr>"
    body = f"""<div class=w><div class=h><div><b>Greyfield Logistics Inc.</b><br>410 Dundas St E, Toronto ON</div>
    <div style="text-align:right">Employee: <b>Priya Raghunathan</b><br>Employee #: GL-20417<br>Pay period: 2025-03-01 to 2025-03-14<br>Pay date: 2025-03-21</div></div>
    <div class=cols><div class=col><table><tr><th>Earnings</th><th class=n>Hours</th><th class=n>Rate</th><th class=n>Current</th></tr>{erows}</table></div>
    <div class=col><table><tr><th>Deductions</th><th class=n>Current</th></tr>{drows}</table></div></div>
    <div class=net><span>NET PAY</span><span>${fmt_us(net)}</span></div></div>"""
    fn = render_html("paystub_ca", page(body, css, font="'Liberation Sans'", bg="#f0f0f0"), 1100, 700)
    q(fn, "net pay on this stub?", f"${fmt_us(net)}", "money", "lookup")
    q(fn, "how much was taken for EI", fmt_us(ei), "money", "lookup")
    q(fn, "combined federal + provincial tax", fmt_us(r2(fed + prov)), "money", "sum", literal=False)
    meta(fn, "HTML pay stub (chromium)", "light, black net bar", "payslip",
         "Ontario pay stub with overtime, CPP/EI/taxes (wide)")


def hotel_is():
    nights = 3
    per = 38900
    tot = nights * per
    tax = 800 * nights
    css = """.w{width:640px;margin:20px auto;background:#fff;border-radius:14px;overflow:hidden;font-size:15px;box-shadow:0 2px 10px #0002}
    .img{height:120px;background:linear-gradient(135deg,#5b8fb9,#b6d0e2);color:#fff;font-size:26px;font-weight:bold;padding:40px 24px}
    .c{padding:20px 24px} .r{display:flex;justify-content:space-between;padding:6px 0} .ok{color:#0a7d32;font-weight:bold}
    .box{display:flex;gap:0;border:1px solid #ddd;border-radius:8px;margin:12px 0}.box div{flex:1;padding:10px 14px}.box div+div{border-left:1px solid #ddd}
    small{color:#777}"""
    body = f"""<div class=w><div class=img>Hótel Tjörnin</div><div class=c>
    <div class=ok>✔ Booking confirmed</div><div>Confirmation number: <b>HT-58K2QW</b></div><div>Guest: Mateo Lindqvist · 2 adults</div>
    <div class=box><div><small>Check-in</small><br><b>Thu, 20 Nov 2025</b><br>from 15:00</div><div><small>Check-out</small><br><b>Sun, 23 Nov 2025</b><br>until 11:00</div></div>
    <div class=r><span>Superior double room, lake view</span><span>{nights} nights</span></div>
    <div class=r><span>Room total</span><span>ISK {fmt_us(tot, 0)}</span></div>
    <div class=r><span>Accommodation tax</span><span>ISK {fmt_us(tax, 0)}</span></div>
    <div class=r style="font-weight:bold;font-size:18px"><span>Total price</span><span>ISK {fmt_us(tot + tax, 0)}</span></div>
    <div class=r><span>Breakfast</span><span>Included</span></div><div class=r><span>Free cancellation</span><span>until 17 Nov 2025</span></div></div></div>"""
    fn = render_html("hotel_is_confirmation", page(body, css, font="Roboto", bg="#eef1f4"), 720, 760)
    q(fn, "how much is the room per night", f"ISK {fmt_us(per, 0)}", "money", "rate", literal=False)
    q(fn, "is breakfast included", "yes", "yesno", "exists", literal=False)
    meta(fn, "HTML booking confirmation (chromium)", "light card", "booking", "Reykjavík hotel confirmation, ISK, per-night not printed")


def rx_label():
    cv = Canvas(760, 360, "#ffffff")
    cv.rect((4, 4, 756, 356), outline="#444", width=2)
    cv.rect((4, 4, 756, 48), fill="#0d47a1")
    cv.text((18, 14), "CEDAR HOLLOW PHARMACY", font("lib-sans-b", 22), fill="#fff")
    cv.text((742, 18), "(503) 555-0192", font("lib-sans", 16), fill="#fff", anchor="ra")
    f, fb = font("lib-sans", 17), font("lib-sans-b", 19)
    cv.text((18, 62), "Rx# 6620147", fb)
    cv.text((742, 62), "Filled: 04/08/2025", f, anchor="ra")
    cv.text((18, 94), "ELLIOTT, MARGARET J", font("lib-sans-b", 24))
    cv.text((18, 132), "TAKE 1 TABLET BY MOUTH TWICE DAILY", fb)
    cv.text((18, 158), "WITH FOOD FOR 10 DAYS", fb)
    cv.text((18, 200), "AMOXICILLIN 875 MG TABLET", font("lib-sans-b", 20))
    cv.text((18, 230), "Qty: 20    Generic for: AUGMENTIN", f)
    cv.text((18, 262), "Prescriber: DR. SAMUEL OYELARAN", f)
    cv.text((18, 292), "Refills: 0 remaining", f)
    cv.text((18, 322), "Discard after: 04/08/2026", f)
    cv.rect((520, 200, 740, 340), outline="#c62828", width=2)
    cv.text((630, 215), "FINISH ALL", font("lib-sans-b", 18), fill="#c62828", anchor="ma")
    cv.text((630, 245), "THIS MEDICATION", font("lib-sans-b", 16), fill="#c62828", anchor="ma")
    cv.text((630, 280), "MAY CAUSE", font("lib-sans", 15), fill="#c62828", anchor="ma")
    cv.text((630, 302), "DIARRHEA", font("lib-sans", 15), fill="#c62828", anchor="ma")
    fn = cv.save("rx_label")
    q(fn, "who prescribed this", "DR. SAMUEL OYELARAN", "person", "party")
    q(fn, "how many refills do i have left?", "0", "count", "lookup")
    q(fn, "how many tablets a day am I supposed to take", "2", "number", "rate", literal=False)
    meta(fn, "PIL label", "white, blue band", "label", "US pharmacy prescription label")


ALL = [receipt_ca, receipt_dk, receipt_hu, invoice_mx, invoice_cz, statement_ca, gas_bill_be, rental_tr,
       cinema_pl, lab_report, paystub_ca, hotel_is, rx_label]
