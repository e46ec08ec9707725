"""Invoices, statements and bills rendered from HTML with headless chromium."""
from common import Q, scene, html_page, render_html, fmt_de, fmt_fr, fmt_us, r2, num


@scene("inv_nl_factuur", "invoice", "Dutch invoice (BTW 21% and 9%, \u20ac 1.234,56)", "HTML", "light")
def inv_nl(name, rng):
    lines = [("Webdesign homepage en 4 subpagina's", 1, 1850.00, 21), ("Fotografie productshoot (dagdeel)", 2, 395.00, 21),
             ("Hosting pakket Plus (12 mnd)", 1, 180.00, 21), ("Vertaling NL-EN teksten (per 100 woorden)", 14, 11.50, 21),
             ("Drukwerk folders A5 (500 st.)", 1, 142.00, 9)]
    ex = [(d, q, p, t, r2(q * p)) for d, q, p, t in lines]
    net21 = r2(sum(a for *_, t, a in ex if t == 21))
    net9 = r2(sum(a for *_, t, a in ex if t == 9))
    btw21 = r2(net21 * 0.21)
    btw9 = r2(net9 * 0.09)
    net = r2(net21 + net9)
    total = r2(net + btw21 + btw9)
    e = lambda v: "\u20ac " + fmt_de(v)
    rows = "".join(f"<tr><td>{d}</td><td class=r>{q}</td><td class=r>{e(p)}</td><td class=r>{t}%</td><td class=r>{e(a)}</td></tr>"
                   for d, q, p, t, a in ex)
    body = f"""<div class=page>
<div class=top><div><div class=logo>Studio Kade&nbsp;<span>ontwerp &amp; web</span></div>
<div class=small>Oudegracht 211<br>3511 NH Utrecht<br>KvK 81234567 &middot; BTW NL862410337B01</div></div>
<div class=meta><h1>FACTUUR</h1><table>
<tr><td>Factuurnummer</td><td><b>2025-0147</b></td></tr><tr><td>Factuurdatum</td><td>3 maart 2025</td></tr>
<tr><td>Vervaldatum</td><td>2 april 2025</td></tr><tr><td>Klantnummer</td><td>K-0388</td></tr></table></div></div>
<div class=to><div class=lbl>Factuur aan</div><b>Bakkerij De Zoete Inval B.V.</b><br>t.a.v. Marloes Jansen<br>Voorstraat 18<br>4811 WR Breda</div>
<table class=lines><tr><th>Omschrijving</th><th class=r>Aantal</th><th class=r>Prijs</th><th class=r>BTW</th><th class=r>Bedrag</th></tr>{rows}</table>
<table class=tot><tr><td>Subtotaal excl. BTW</td><td>{e(net)}</td></tr><tr><td>BTW 21% over {e(net21)}</td><td>{e(btw21)}</td></tr>
<tr><td>BTW 9% over {e(net9)}</td><td>{e(btw9)}</td></tr><tr class=g><td>Totaal te betalen</td><td>{e(total)}</td></tr></table>
<div class=foot>Graag binnen 30 dagen overmaken op NL42 RABO 0318 4471 92 o.v.v. factuurnummer 2025-0147.</div></div>"""
    css = """.page{padding:40px 48px;width:1000px}.top{display:flex;justify-content:space-between}
.logo{font-size:26px;font-weight:700;color:#e4572e}.logo span{font-weight:400;color:#555;font-size:16px}.small{color:#666;font-size:13px;margin-top:8px;line-height:1.5}
h1{margin:0 0 8px 0;font-size:30px;letter-spacing:3px;color:#333}.meta td{padding:2px 8px;font-size:13px}
.to{margin:28px 0;line-height:1.5}.lbl{color:#e4572e;font-size:12px;text-transform:uppercase;letter-spacing:1px}
table.lines{width:100%;border-collapse:collapse}.lines th{text-align:left;border-bottom:2px solid #e4572e;padding:8px;font-size:13px}
.lines td{padding:8px;border-bottom:1px solid #eee}.r{text-align:right!important}
.tot{margin:16px 0 0 auto;border-collapse:collapse}.tot td{padding:5px 10px;text-align:right}.tot .g td{font-weight:700;font-size:17px;border-top:2px solid #333}
.foot{margin-top:30px;font-size:12px;color:#666}"""
    vis = render_html(name, html_page(body, css, "'Lato', sans-serif"), 1100, 900)
    return vis, [
        Q("invoice number?", "2025-0147", "code", "lookup", True),
        Q("who is this factuur addressed to (company)", "Bakkerij De Zoete Inval B.V.", "person", "party", True),
        Q("Total amount to pay including BTW?", e(total), "money", "lookup", True),
        Q("how much BTW in total, both rates together", e(r2(btw21 + btw9)), "money", "sum", False),
    ]


@scene("inv_fi_lasku", "invoice", "Finnish invoice (ALV 25,5 %, viitenumero, eräpäivä)", "HTML", "light")
def inv_fi(name, rng):
    items = [("Ilmalämpöpumpun huolto", 1, 189.00), ("Suodattimet (2 kpl)", 2, 24.90), ("Matkakulut", 1, 35.00),
             ("Lisätyö, tunti", 2, 68.00)]
    net = r2(sum(q * p for _, q, p in items))
    alv = r2(net * 0.255)
    tot = r2(net + alv)
    e = lambda v: fmt_fr(v) + " \u20ac"
    rows = "".join(f"<tr><td>{d}</td><td>{q}</td><td>{e(p)}</td><td>{e(r2(q*p))}</td></tr>" for d, q, p in items)
    due = "28.11.2024"
    ref = "RF18 5390 0754 7034"
    body = f"""<div class=wrap><div class=hd><div class=co>Lämpöhuolto Virtanen Oy</div><div class=t>LASKU</div></div>
<div class=grid><div><div class=k>Laskun saaja</div><div>Aino Korhonen<br>Kalevankatu 12 B 9<br>00100 Helsinki</div></div>
<div><table class=kv><tr><td>Laskun numero</td><td>40981</td></tr><tr><td>Päiväys</td><td>14.11.2024</td></tr>
<tr><td>Eräpäivä</td><td><b>{due}</b></td></tr><tr><td>Viitenumero</td><td>{ref}</td></tr><tr><td>Maksuehto</td><td>14 pv netto</td></tr></table></div></div>
<table class=it><tr><th>Kuvaus</th><th>Määrä</th><th>À-hinta</th><th>Yhteensä</th></tr>{rows}</table>
<div class=sum><div>Veroton yhteensä <b>{e(net)}</b></div><div>ALV 25,5 % <b>{e(alv)}</b></div><div class=big>Maksettava <b>{e(tot)}</b></div></div>
<div class=bank>Saaja: Lämpöhuolto Virtanen Oy &nbsp;|&nbsp; IBAN FI21 1234 5600 0007 85 &nbsp;|&nbsp; BIC NDEAFIHH &nbsp;|&nbsp; Y-tunnus 2871533-4</div></div>"""
    css = """.wrap{width:860px;padding:36px}.hd{display:flex;justify-content:space-between;border-bottom:3px solid #0b4f8a;padding-bottom:10px}
.co{font-size:22px;font-weight:700;color:#0b4f8a}.t{font-size:24px;letter-spacing:4px}.grid{display:flex;justify-content:space-between;margin:24px 0}
.k{font-size:12px;color:#777;margin-bottom:4px}.kv td{padding:3px 10px;font-size:14px}.kv td:first-child{color:#555}
.it{width:100%;border-collapse:collapse}.it th{background:#0b4f8a;color:#fff;padding:7px;text-align:left}.it td{padding:7px;border-bottom:1px solid #ddd}
.it td:nth-child(n+2),.it th:nth-child(n+2){text-align:right}.sum{margin-top:16px;text-align:right;line-height:1.9}.big{font-size:18px}
.bank{margin-top:30px;border-top:1px dashed #999;padding-top:10px;font-size:12px;color:#444}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif"), 940, 800)
    return vis, [
        Q("mikä on eräpäivä / when is this due", due, "date", "lookup", True),
        Q("what's the reference number I need to use", ref, "code", "lookup", True),
        Q("how much is the ALV?", e(alv), "money", "lookup", True),
    ]


@scene("stmt_za_bank", "statement", "South African bank statement page (ZAR, R 1 234.56)", "HTML", "light")
def stmt_za(name, rng):
    tx = [("01 Jul", "Opening balance", None, None), ("02 Jul", "Salary ACME LOGISTICS", None, 28450.00),
          ("03 Jul", "Debit order DISCOVERY HEALTH", 3120.55, None), ("05 Jul", "POS Checkers Sea Point", 1284.30, None),
          ("07 Jul", "Prepaid electricity City Power", 850.00, None), ("09 Jul", "EFT from T Naidoo", None, 1500.00),
          ("12 Jul", "POS Engen Rondebosch", 945.10, None), ("15 Jul", "Debit order Vodacom", 699.00, None),
          ("18 Jul", "Cash withdrawal ATM Cavendish", 2000.00, None), ("22 Jul", "POS Woolworths Food", 736.85, None),
          ("26 Jul", "Bond repayment", 11480.00, None), ("29 Jul", "Fee: monthly account", 129.00, None)]
    bal = 4312.18
    R = lambda v: "R " + fmt_us(v).replace(",", " ")
    rows = []
    for d, desc, dr, cr in tx:
        if dr is None and cr is None:
            rows.append(f"<tr><td>{d}</td><td>{desc}</td><td></td><td></td><td>{R(bal)}</td></tr>")
            continue
        bal = r2(bal - (dr or 0) + (cr or 0))
        rows.append(f"<tr><td>{d}</td><td>{desc}</td><td>{R(dr) if dr else ''}</td><td>{R(cr) if cr else ''}</td><td>{R(bal)}</td></tr>")
    debits = [(desc, dr) for d, desc, dr, cr in tx if dr]
    big = max(debits, key=lambda t: t[1])
    over1k = sum(1 for _, v in debits if v > 1000)
    body = f"""<div class=hdr><div class=bk>Ubuntu Bank</div><div>Cheque Account Statement &middot; Page 1 of 1</div></div>
<div class=info><div><b>MR S. DLAMINI</b><br>14 Kloof Street<br>Gardens, Cape Town 8001</div>
<div>Account number: 1048 372 215<br>Branch code: 470010<br>Statement period: 01 Jul 2025 to 31 Jul 2025</div></div>
<table><tr><th>Date</th><th>Description</th><th>Debit</th><th>Credit</th><th>Balance</th></tr>{''.join(rows)}</table>
<div class=close>Closing balance: <b>{R(bal)}</b></div>"""
    css = """body{padding:30px 40px;width:1180px}.hdr{display:flex;justify-content:space-between;align-items:end;border-bottom:4px solid #f39200;padding-bottom:8px}
.bk{font-size:28px;font-weight:700;color:#00395d}.info{display:flex;justify-content:space-between;margin:18px 0;line-height:1.5}
table{width:100%;border-collapse:collapse;font-size:14px}th{background:#00395d;color:#fff;padding:7px;text-align:left}
td{padding:6px 7px;border-bottom:1px solid #e5e5e5}td:nth-child(n+3),th:nth-child(n+3){text-align:right}tr:nth-child(even) td{background:#fafafa}
.close{text-align:right;margin-top:12px;font-size:16px}"""
    vis = render_html(name, html_page(body, css, "'Liberation Sans', sans-serif"), 1260, 900)
    return vis, [
        Q("what's the closing balance", R(bal), "money", "lookup", True),
        Q("biggest debit on the statement — what was it for?", big[0], "text", "argmax", True),
        Q("how many debits were over R 1 000", over1k, "count", "count", False),
    ]


@scene("app_pl_bank", "statement", "Polish mobile banking history (PLN, 1 234,56 zł), dark", "HTML", "dark")
def app_pl(name, rng):
    tx = [("Dzisiaj", "Żabka Z4410 Warszawa", -18.47, "Karta"), ("Dzisiaj", "BLIK przelew od Kasia W.", 120.00, "BLIK"),
          ("Wczoraj", "Orlen Stacja nr 112", -246.90, "Karta"), ("Wczoraj", "Netflix.com", -60.00, "Karta"),
          ("12 mar", "Czynsz marzec - Spółdzielnia", -1385.20, "Przelew"), ("11 mar", "Wynagrodzenie TECHSOFT SP. Z O.O.", 8420.55, "Przelew"),
          ("10 mar", "Biedronka 3327", -94.36, "Karta"), ("9 mar", "Allegro.pl zamówienie", -219.99, "BLIK")]
    z = lambda v: ("+" if v > 0 else "\u2212") + fmt_fr(abs(v)) + " zł"
    items = "".join(f"""<div class=tx><div class=ic>{desc[0]}</div><div class=mid><div class=d>{desc}</div><div class=s>{when} &middot; {kind}</div></div>
<div class="amt {'in' if v > 0 else ''}">{z(v)}</div></div>""" for when, desc, v, kind in tx)
    body = f"""<div class=phone><div class=st><span>9:41</span><span>5G &#9679;&#9679;&#9679;</span></div>
<div class=h>Historia</div><div class=bal><div class=s>Konto Osobiste &middot; dostępne środki</div><div class=big>12 604,18 zł</div></div>
<div class=tabs><span class=on>Wszystkie</span><span>Wpływy</span><span>Wydatki</span></div>{items}</div>"""
    css = """.phone{width:430px;padding:14px 18px;background:#101418;min-height:860px}.st{display:flex;justify-content:space-between;color:#ccc;font-size:13px}
.h{font-size:26px;font-weight:700;margin:14px 0}.bal{background:#1d2733;border-radius:14px;padding:14px}.s{color:#8fa0b3;font-size:12px}.big{font-size:28px;font-weight:700;margin-top:4px}
.tabs{display:flex;gap:18px;margin:16px 0 6px 0;color:#8fa0b3}.tabs .on{color:#fff;border-bottom:2px solid #0ea5e9;padding-bottom:4px}
.tx{display:flex;align-items:center;padding:11px 0;border-bottom:1px solid #222b35}.ic{width:36px;height:36px;border-radius:50%;background:#263445;display:flex;align-items:center;justify-content:center;margin-right:12px;color:#9cc}
.mid{flex:1}.d{font-size:14px}.amt{font-weight:700}.amt.in{color:#4ade80}"""
    vis = render_html(name, html_page(body, css, "'Roboto', sans-serif", bg="#101418", fg="#e8edf2"), 430, 900)
    spend = [t for t in tx if t[2] < 0]
    return vis, [
        Q("ile zapłaciłem na Orlenie? (how much at the Orlen station)", z(-246.90), "money", "lookup", True),
        Q("what's the most recent incoming payment", "BLIK przelew od Kasia W.", "text", "latest", True),
        Q("how many card payments are listed", sum(1 for t in tx if t[3] == "Karta"), "count", "count", False),
        Q("did I spend more at Biedronka than at Żabka? yes or no", "yes" if 94.36 > 18.47 else "no", "yesno", "compare_more", False),
    ]


@scene("bill_au_mobile", "bill", "Australian mobile phone bill summary (AUD, data usage)", "HTML", "light")
def bill_au(name, rng):
    charges = [("Plan fee \u2013 Unlimited 80GB", 65.00), ("International calls", 7.42), ("Data pack 10GB add-on", 15.00),
               ("Premium SMS", 2.20), ("Credit: loyalty discount", -10.00)]
    total = r2(sum(v for _, v in charges))
    gst = r2(total / 11)
    a = lambda v: ("-" if v < 0 else "") + "$" + fmt_us(abs(v))
    rows = "".join(f"<tr><td>{k}</td><td>{a(v)}</td></tr>" for k, v in charges)
    used, allow = 71.6, 90
    body = f"""<div class=bar><b>southern</b>mobile</div><div class=main>
<h2>Your bill for May 2025</h2><div class=cards>
<div class=card><div class=k>Amount due</div><div class=v>{a(total)}</div><div class=s>Due 18 Jun 2025 &middot; Direct debit</div></div>
<div class=card><div class=k>Account</div><div class=v2>Priya Raman</div><div class=s>Account no. 3381 9024 77</div><div class=s>Mobile 0412 558 903</div></div>
<div class=card><div class=k>Data used this month</div><div class=v2>{used} GB of {allow} GB</div><div class=meter><div style="width:{used/allow*100:.0f}%"></div></div></div></div>
<h3>Charges this period</h3><table>{rows}<tr class=t><td>Total (incl. GST {a(gst)})</td><td>{a(total)}</td></tr></table></div>"""
    css = """.bar{background:#5b2a86;color:#fff;font-size:24px;padding:16px 30px}.bar b{color:#ffcf3f}.main{padding:20px 30px;width:1150px}
.cards{display:flex;gap:18px}.card{flex:1;border:1px solid #ddd;border-radius:10px;padding:16px}.k{color:#666;font-size:13px}.v{font-size:34px;font-weight:700;color:#5b2a86}
.v2{font-size:20px;font-weight:700;margin:6px 0}.s{font-size:13px;color:#555;margin-top:4px}.meter{height:10px;background:#eee;border-radius:5px;margin-top:12px}.meter div{height:10px;background:#5b2a86;border-radius:5px}
table{width:640px;border-collapse:collapse}td{padding:8px;border-bottom:1px solid #eee}td:last-child{text-align:right}.t td{font-weight:700;border-top:2px solid #333}"""
    vis = render_html(name, html_page(body, css, "'Open Sans', sans-serif"), 1210, 700)
    return vis, [
        Q("when is my phone bill due", "18 Jun 2025", "date", "lookup", True),
        Q("how much data do i have left this month", f"{num(allow - used, 1)} GB", "number", "subtract", False),
        Q("whose account is this", "Priya Raman", "person", "party", True),
    ]
