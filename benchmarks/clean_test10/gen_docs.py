"""Documents: receipts, bank statements, utility bills, invoices, payslips, PO, shipping label."""
from common import render_html, q, esc, fmt_en, fmt_de, fmt_fr, fmt_ch, cents, RNG


def receipt_grocer():
    name = "receipt_biomarkt"
    items = [("Hafermilch Barista 1L", 2, 1.89), ("Roggenbrot 750g", 1, 3.49), ("Äpfel Elstar lose", 1, 2.87),
             ("Bergkäse 200g", 1, 4.29), ("Tomaten Rispe", 1, 2.15), ("Espresso Bohnen 500g", 1, 8.99),
             ("Pfandbon", 1, -0.75)]
    total = cents(sum(n * p for _, n, p in items))
    given = 30.00
    change = cents(given - total)
    rows = ""
    for it, n, p in items:
        line = cents(n * p)
        qty = f"{n} x {fmt_de(p)}<br>" if n > 1 else ""
        rows += f"<div class=r><span>{qty}{esc(it)}</span><span>{fmt_de(line)} €</span></div>"
    body = f"""<div class=paper>
<div class=c><b style='font-size:22px'>BIO-MARKT GRÜNWALD</b><br>Türkenstraße 41 · 80799 München<br>USt-IdNr. DE 284 119 730</div>
<hr>{rows}<hr>
<div class='r big'><span>SUMME</span><span>{fmt_de(total)} €</span></div>
<div class=r><span>Bar gegeben</span><span>{fmt_de(given)} €</span></div>
<div class=r><span>Rückgeld</span><span>{fmt_de(change)} €</span></div>
<hr><div class=c>14.03.2026 &nbsp; 17:42 &nbsp; Kasse 3 &nbsp; Bon 5521<br>Es bediente Sie: Jördis<br>Vielen Dank für Ihren Einkauf!</div></div>"""
    css = """.paper{width:380px;margin:20px auto;background:#fffdf6;padding:22px 24px;font-family:'DejaVu Sans Mono';font-size:14px;color:#222;box-shadow:0 0 8px #0003}
.r{display:flex;justify-content:space-between;margin:5px 0}.big{font-size:18px;font-weight:bold}.c{text-align:center;line-height:1.5}hr{border:0;border-top:1px dashed #555}"""
    render_html(name, body, 440, 760, css, bg="#d9d4c7")
    q(name, "what did I pay for the oat milk in total?", fmt_de(cents(2 * 1.89)) + " €", "money", "receipt", "line total for item")
    q(name, "How much change did I get back?", fmt_de(change) + " €", "money", "receipt", "change amount")
    q(name, "which cheese did I buy and how much was it", "Bergkäse 200g, 4,29 €", "text", "receipt", "item and price")
    q(name, "who served me at the till?", "Jördis", "person", "receipt", "cashier name")


def receipt_cafe():
    name = "receipt_cafe"
    items = [("Flat White (oat)", 2, 4.75), ("Cardamom Bun", 1, 3.95), ("Avocado Toast", 1, 11.50),
             ("Sparkling Water", 1, 2.80), ("Chai Latte", 1, 5.25)]
    sub = cents(sum(n * p for _, n, p in items))
    tax = cents(sub * 0.08875)
    tip = cents(sub * 0.18)
    total = cents(sub + tax + tip)
    rows = "".join(f"<tr><td>{n}</td><td>{esc(i)}</td><td class=a>${fmt_en(n*p)}</td></tr>" for i, n, p in items)
    body = f"""<div class=rc><div class=logo>☕ Kettle &amp; Crumb</div><div class=sm>218 Halsey St, Brooklyn NY · (718) 555-0142</div>
<div class=sm>Server: Tomás &nbsp;|&nbsp; Table 12 &nbsp;|&nbsp; Guests 3</div><div class=sm>Mar 22, 2026 &nbsp; 10:18 AM</div>
<table>{rows}</table>
<div class=t><span>Subtotal</span><span>${fmt_en(sub)}</span></div>
<div class=t><span>Sales tax 8.875%</span><span>${fmt_en(tax)}</span></div>
<div class=t><span>Tip (18%)</span><span>${fmt_en(tip)}</span></div>
<div class='t tot'><span>TOTAL</span><span>${fmt_en(total)}</span></div>
<div class=sm style='margin-top:14px'>VISA •••• 4471 &nbsp; AUTH 08813C</div><div class=sm>Thanks for stopping by!</div></div>"""
    css = """.rc{width:340px;margin:24px auto;background:#fff;padding:20px;font-family:'Lato';color:#2b2b2b;border-top:6px solid #c0392b}
.logo{font-size:24px;font-weight:900;text-align:center;color:#c0392b}.sm{text-align:center;font-size:13px;color:#555;margin:3px}
table{width:100%;margin:14px 0;font-size:15px;border-collapse:collapse}td{padding:4px 2px;border-bottom:1px solid #eee}.a{text-align:right}
.t{display:flex;justify-content:space-between;font-size:15px;margin:4px 0}.tot{font-size:20px;font-weight:900;border-top:2px solid #222;padding-top:6px}"""
    render_html(name, body, 400, 720, css, bg="#efe9e1")
    q(name, "how much was the tip on this one?", f"${fmt_en(tip)}", "money", "receipt", "tip amount")
    q(name, "What time did we pay?", "10:18 AM", "time", "receipt", "time of purchase")
    q(name, "how much did the two flat whites cost together", f"${fmt_en(2*4.75)}", "money", "receipt", "line total")


def receipt_hardware():
    name = "receipt_brico"
    items = [("Vis inox 4x40 (boîte 100)", 7.90), ("Perceuse-visseuse 18V", 89.00), ("Chevilles nylon x50", 4.35),
             ("Mètre ruban 5 m", 6.50), ("Gants de jardin T9", 5.99), ("Pot peinture blanc mat 2,5 L", 32.40)]
    ttc = cents(sum(p for _, p in items))
    ht = cents(ttc / 1.2)
    tva = cents(ttc - ht)
    rows = "".join(f"<div class=l><span>{esc(i)}</span><span>{fmt_fr(p)}</span></div>" for i, p in items)
    body = f"""<div class=tk><div class=h>BRICO·DUPRÉ</div><div class=s>12 avenue Jean-Jaurès, 69007 Lyon<br>SIRET 512 904 118 00027</div>
<div class=s>Ticket n° 0418-2271 — 07/02/2026 — 11h05</div><div class=sep></div>{rows}<div class=sep></div>
<div class=l><span>Total HT</span><span>{fmt_fr(ht)}</span></div><div class=l><span>TVA 20 %</span><span>{fmt_fr(tva)}</span></div>
<div class='l g'><span>TOTAL TTC EUR</span><span>{fmt_fr(ttc)}</span></div><div class=l><span>CB sans contact</span><span>{fmt_fr(ttc)}</span></div>
<div class=s style='margin-top:10px'>Échange sous 30 jours avec ce ticket<br>Carte fidélité : 4 210 points</div></div>"""
    css = """.tk{width:400px;margin:18px auto;background:#fff;padding:18px 22px;font-family:'Liberation Mono';font-size:14px;color:#111}
.h{font-size:26px;text-align:center;font-weight:bold;letter-spacing:3px}.s{text-align:center;font-size:13px;line-height:1.5}
.sep{border-top:2px solid #000;margin:10px 0}.l{display:flex;justify-content:space-between;margin:4px 0}.g{font-weight:bold;font-size:17px}"""
    render_html(name, body, 460, 700, css, bg="#5d6d7e")
    top = max(items, key=lambda x: x[1])
    q(name, "which item on this receipt was the most expensive?", top[0], "text", "receipt", "argmax item")
    q(name, "how much TVA (VAT) did I pay?", fmt_fr(tva), "money", "receipt", "tax amount")
    q(name, "combien pour le mètre ruban ? (tape measure price)", fmt_fr(6.50), "money", "receipt", "item price")


def bank_web():
    """Screenshot-size online banking page with sidebar, summary cards and a transaction table."""
    name = "bank_online"
    opening = 2418.35
    tx = [("01 Apr 2026", "Rent — Whitfield Lettings", -1150.00), ("02 Apr 2026", "Tesco Superstore", -64.18),
          ("03 Apr 2026", "Salary — Orbitale Systems Ltd", 3286.40), ("05 Apr 2026", "Transport for London", -38.70),
          ("07 Apr 2026", "Netflix", -10.99), ("08 Apr 2026", "Transfer from A. Okonkwo", 45.00),
          ("10 Apr 2026", "Octopus Energy DD", -92.50), ("12 Apr 2026", "Pret A Manger", -8.45),
          ("14 Apr 2026", "Boots Pharmacy", -17.20), ("15 Apr 2026", "Council Tax — Hackney", -143.00)]
    bal = opening
    rows = ""
    balances = []
    for d, desc, amt in tx:
        bal = cents(bal + amt)
        balances.append(bal)
        cls = "in" if amt > 0 else "out"
        rows += (f"<tr><td>{d}</td><td>{esc(desc)}</td><td class='{cls} n'>{'+' if amt>0 else '−'}£{fmt_en(abs(amt))}</td>"
                 f"<td class=n>£{fmt_en(bal)}</td></tr>")
    money_in = cents(sum(a for *_, a in tx if a > 0))
    money_out = cents(-sum(a for *_, a in tx if a < 0))
    body = f"""<div class=app><div class=side><div class=brand>Harbour<span>Bank</span></div>
<div class=nav>Overview</div><div class='nav on'>Current account</div><div class=nav>Savings</div><div class=nav>Cards</div><div class=nav>Payments</div><div class=nav>Statements</div><div class=nav>Help</div>
<div class=who>Signed in as<br><b>Imogen Achterberg</b></div></div>
<div class=main><h1>Everyday Current Account</h1><div class=sub>Sort code 40-17-22 · Account 71902264</div>
<div class=cards><div class=card><div class=k>Opening balance (1 Apr)</div><div class=v>£{fmt_en(opening)}</div></div>
<div class=card><div class=k>Money in</div><div class='v in'>£{fmt_en(money_in)}</div></div>
<div class=card><div class=k>Money out</div><div class='v out'>£{fmt_en(money_out)}</div></div>
<div class=card><div class=k>Available now</div><div class=v>£{fmt_en(bal)}</div></div></div>
<table><tr><th>Date</th><th>Description</th><th class=n>Amount</th><th class=n>Balance</th></tr>{rows}</table></div>
<div class=right><h3>Upcoming</h3><div class=up>18 Apr · Gym — PureFit · £29.99</div><div class=up>21 Apr · Vodafone · £24.00</div><div class=up>28 Apr · Savings sweep · £300.00</div>
<h3>Tips</h3><div class=up>Round-ups saved you £12.40 this month.</div></div></div>"""
    css = """.app{display:flex;font-family:'Noto Sans';color:#1d2b36;min-height:760px}.side{width:210px;background:#0f3b4c;color:#cfe3ea;padding:22px 16px}
.brand{font-size:24px;font-weight:bold;color:#fff;margin-bottom:26px}.brand span{color:#5fd3c6}.nav{padding:9px 10px;font-size:15px;border-radius:6px}.on{background:#1f5e73;color:#fff}
.who{margin-top:40px;font-size:13px}.main{flex:1;padding:24px 30px;background:#f4f7f8}h1{margin:0;font-size:26px}.sub{color:#667;font-size:14px;margin:4px 0 18px}
.cards{display:flex;gap:14px;margin-bottom:20px}.card{flex:1;background:#fff;border-radius:10px;padding:14px;box-shadow:0 1px 3px #0002}.k{font-size:13px;color:#667}.v{font-size:22px;font-weight:bold;margin-top:6px}
.in{color:#0a8a5f}.out{color:#b83232}table{width:100%;border-collapse:collapse;background:#fff;font-size:14px}th{text-align:left;background:#e3ecef;padding:9px}td{padding:9px;border-bottom:1px solid #e8eef0}.n{text-align:right}
.right{width:250px;padding:24px 18px;background:#fff;border-left:1px solid #dde}.right h3{font-size:16px}.up{font-size:13px;padding:8px;background:#f4f7f8;margin:6px 0;border-radius:6px}"""
    render_html(name, body, 1400, 800, css)
    i = [t[1] for t in tx].index("Netflix")
    q(name, "what was my balance right after the Netflix payment?", f"£{fmt_en(balances[i])}", "money", "bank_statement", "running balance after transaction")
    q(name, "How much did I pay the council this month", "£143.00", "money", "bank_statement", "amount for payee")
    q(name, "when did my salary come in?", "03 Apr 2026", "date", "bank_statement", "date of transaction")
    q(name, "what's the gym payment coming up and how much", "£29.99", "money", "bank_statement", "upcoming payment amount")


def bank_paper():
    name = "bank_kontoauszug"
    start = 5230.18
    tx = [("02.05.2026", "Gehalt Mai — Brenner & Söhne GmbH", 3412.77), ("03.05.2026", "Miete Wohnung Kastanienallee", -1240.00),
          ("06.05.2026", "EDEKA Rüdiger Kartenzahlung", -87.34), ("09.05.2026", "Stadtwerke Leipzig Abschlag", -118.00),
          ("12.05.2026", "Überweisung an Zoë Lindqvist", -250.00), ("15.05.2026", "DB Fernverkehr Ticket", -59.90),
          ("20.05.2026", "Erstattung Finanzamt", 412.63), ("27.05.2026", "Allianz Hausrat Beitrag", -14.82)]
    end = cents(start + sum(a for *_, a in tx))
    rows = "".join(f"<tr><td>{d}</td><td>{esc(t)}</td><td class=n>{fmt_de(a) if a<0 else ''}</td><td class=n>{fmt_de(a) if a>0 else ''}</td></tr>" for d, t, a in tx)
    body = f"""<div class=pg><div class=top><div><b class=bk>Sparkasse Nordsachsen</b><br><span class=sm>Kontoauszug 5/2026 · Blatt 1 von 1</span></div>
<div class=addr>Herrn<br>Matthias Grünberger<br>Kastanienallee 9<br>04129 Leipzig</div></div>
<div class=meta>IBAN DE47 8605 5592 1100 4471 29 &nbsp;&nbsp; BIC WELADE8LXXX &nbsp;&nbsp; Zeitraum 01.05.2026 – 31.05.2026</div>
<table><tr><th>Buchungstag</th><th>Vorgang</th><th class=n>Soll (EUR)</th><th class=n>Haben (EUR)</th></tr>
<tr class=b><td></td><td>Alter Kontostand</td><td></td><td class=n>{fmt_de(start)}</td></tr>{rows}
<tr class=b><td></td><td>Neuer Kontostand</td><td></td><td class=n>{fmt_de(end)}</td></tr></table>
<div class=foot>Bitte prüfen Sie diesen Auszug. Einwendungen sind innerhalb von sechs Wochen zu erheben.</div></div>"""
    css = """.pg{width:860px;margin:20px auto;background:#fff;padding:36px 44px;font-family:'Liberation Serif';font-size:15px;color:#111;box-shadow:0 0 10px #0004}
.top{display:flex;justify-content:space-between}.bk{font-size:24px;color:#c8102e;font-family:'Liberation Sans'}.sm{font-size:13px}.addr{font-size:15px;line-height:1.4;margin-top:10px}
.meta{margin:22px 0 12px;font-size:13px;font-family:'Liberation Mono'}table{width:100%;border-collapse:collapse}th{border-bottom:2px solid #000;text-align:left;padding:6px}td{padding:6px;border-bottom:1px dotted #999}
.n{text-align:right}.b td{font-weight:bold}.foot{font-size:12px;margin-top:20px;color:#444}"""
    render_html(name, body, 960, 900, css, bg="#8a8f94")
    q(name, "what's the new balance (Neuer Kontostand) at the end of May?", fmt_de(end), "money", "bank_statement", "closing balance")
    q(name, "how much did I transfer to Zoë?", fmt_de(250.00), "money", "bank_statement", "amount to person")
    q(name, "On which day was the tax refund booked?", "20.05.2026", "date", "bank_statement", "date of credit")


def bank_app():
    name = "bank_app_dark"
    tx = [("Today", [("Lidl", "Groceries", -23.47), ("Spotify", "Subscriptions", -11.99)]),
          ("Yesterday", [("Bolt", "Transport", -8.30), ("Kaja Nowak", "Transfer received", 60.00), ("Żabka", "Groceries", -6.15)]),
          ("Mon, 9 Mar", [("Orlen", "Fuel", -71.02), ("Zalando", "Shopping", -49.95), ("Kebab Kraków", "Eating out", -12.40)])]
    flat = [t for _, g in tx for t in g]
    balance = 1874.56
    body = "<div class=ph><div class=hd><div class=sm>Main account · PLN→EUR</div><div class=bal>€" + fmt_en(balance) + "</div><div class=sm>Available balance</div></div>"
    for day, g in tx:
        body += f"<div class=day>{day}</div>"
        for m, c, a in g:
            col = "pos" if a > 0 else ""
            body += f"<div class=tx><div class=ic>{m[0]}</div><div class=tt><b>{esc(m)}</b><br><span>{c}</span></div><div class='am {col}'>{'+' if a>0 else '−'}€{fmt_en(abs(a))}</div></div>"
    body += "</div>"
    css = """.ph{width:380px;margin:0 auto;background:#121417;color:#e8eaed;font-family:'Cantarell';padding:18px 16px;min-height:820px}.hd{text-align:center;padding:14px 0 20px}
.bal{font-size:34px;font-weight:bold;margin:6px}.sm{font-size:13px;color:#9aa0a6}.day{font-size:13px;color:#8ab4f8;margin:16px 4px 6px;text-transform:uppercase;letter-spacing:1px}
.tx{display:flex;align-items:center;padding:10px 6px;border-bottom:1px solid #222}.ic{width:36px;height:36px;border-radius:18px;background:#2d3136;text-align:center;line-height:36px;font-weight:bold;margin-right:12px}
.tt{flex:1;font-size:15px}.tt span{font-size:13px;color:#9aa0a6}.am{font-size:15px}.pos{color:#7ee2a8}"""
    render_html(name, body, 380, 840, css, bg="#121417")
    big = min(flat, key=lambda t: t[2])
    groc = cents(-sum(a for _, c, a in flat if c == "Groceries"))
    q(name, "what was my biggest expense in this list?", f"{big[0]}", "text", "bank_statement", "argmin amount")
    q(name, "how much have I spent on groceries here in total?", f"€{fmt_en(groc)}", "money", "bank_statement", "sum by category")
    q(name, "who sent me money yesterday", "Kaja Nowak", "person", "bank_statement", "sender of transfer")


def utility_power():
    name = "bill_electricity"
    prev, curr = 48213, 48851
    kwh = curr - prev
    rate = 0.3172
    standing_days, standing = 31, 0.4890
    energy = cents(kwh * rate)
    stand = cents(standing_days * standing)
    sub = cents(energy + stand)
    vat = cents(sub * 0.05)
    total = cents(sub + vat)
    body = f"""<div class=bill><div class=band><span class=lg>⚡ Lumenwise Energy</span><span>Bill date 04 Feb 2026</span></div>
<div class=two><div><div class=lb>Account holder</div><div class=vv>Priyanka Raghunathan</div><div class=lb>Supply address</div><div class=vv>Flat 3, 27 Mill Lane, Leeds LS6 2BQ</div>
<div class=lb>Account number</div><div class=vv>LW-5529-0871-3</div></div>
<div class=due><div class=lb>Amount due</div><div class=amt>£{fmt_en(total)}</div><div class=lb>to be collected by Direct Debit on</div><div class=vv>18 February 2026</div></div></div>
<h3>Meter readings — 1 Jan to 31 Jan 2026</h3><table><tr><th>Meter</th><th>Previous</th><th>Current</th><th>Type</th></tr><tr><td>E17K 04412</td><td>{prev:,}</td><td>{curr:,}</td><td>Actual</td></tr></table>
<h3>Charges</h3><table><tr><td>Energy used ({kwh} kWh × {rate*100:.2f}p)</td><td class=n>£{fmt_en(energy)}</td></tr><tr><td>Standing charge ({standing_days} days × {standing*100:.2f}p)</td><td class=n>£{fmt_en(stand)}</td></tr>
<tr><td>Subtotal</td><td class=n>£{fmt_en(sub)}</td></tr><tr><td>VAT at 5%</td><td class=n>£{fmt_en(vat)}</td></tr><tr class=t><td>Total</td><td class=n>£{fmt_en(total)}</td></tr></table></div>"""
    css = """.bill{width:820px;margin:20px auto;background:#fff;font-family:'Noto Sans';color:#1b1b1b;padding:0 0 24px;border:1px solid #ccc}
.band{display:flex;justify-content:space-between;background:#ffd23f;padding:16px 28px;font-size:15px}.lg{font-weight:bold;font-size:22px}
.two{display:flex;justify-content:space-between;padding:20px 28px}.lb{font-size:12px;color:#666;margin-top:8px}.vv{font-size:16px}.due{background:#1b1b1b;color:#fff;padding:16px 22px;border-radius:8px;min-width:240px}.due .lb{color:#ccc}.amt{font-size:34px;font-weight:bold;color:#ffd23f}
h3{margin:16px 28px 6px;font-size:17px}table{width:calc(100% - 56px);margin:0 28px;border-collapse:collapse;font-size:15px}td,th{padding:7px;border-bottom:1px solid #e6e6e6;text-align:left}.n{text-align:right}.t td{font-weight:bold;border-top:2px solid #000}"""
    render_html(name, body, 900, 820, css, bg="#eeeeee")
    q(name, "how many kWh did I use in January?", str(kwh), "number", "utility_bill", "consumption")
    q(name, "when will they take the money?", "18 February 2026", "date", "utility_bill", "due date")
    q(name, "what's the standing charge for the month", f"£{fmt_en(stand)}", "money", "utility_bill", "charge line")


def utility_water():
    name = "bill_water_nl"
    lines = [("Vastrecht water", 8.42), ("Verbruik 11 m³ × € 1,09", cents(11 * 1.09)), ("Belasting op leidingwater", 5.81),
             ("Zuiveringsheffing (schoon water)", 14.60)]
    total = cents(sum(a for _, a in lines))
    rows = "".join(f"<tr><td>{esc(t)}</td><td class=n>€ {fmt_de(a)}</td></tr>" for t, a in lines)
    body = f"""<div class=w><div class=hdr><div class=logo>Waterbedrijf<br><b>Vecht &amp; Eem</b></div><div class=inv>Factuur<br><b>2026-0331-7750</b></div></div>
<div class=info><div><span>Klantnummer</span><b>4410 2281</b></div><div><span>Naam</span><b>L. van der Hoeven-Çelik</b></div><div><span>Factuurdatum</span><b>31 maart 2026</b></div><div><span>Vervaldatum</span><b>14 april 2026</b></div></div>
<table><tr><th>Omschrijving</th><th class=n>Bedrag</th></tr>{rows}<tr class=t><td>Totaal te betalen</td><td class=n>€ {fmt_de(total)}</td></tr></table>
<div class=note>Uw verbruik dit kwartaal: 11 m³ (vorig kwartaal: 14 m³). Vragen? Bel 030 – 555 84 20.</div></div>"""
    css = """.w{width:700px;margin:18px auto;background:#f7fbff;border-radius:14px;overflow:hidden;font-family:'Lato';color:#123}
.hdr{display:flex;justify-content:space-between;background:linear-gradient(90deg,#0077b6,#00b4d8);color:#fff;padding:20px 26px;font-size:18px}.logo b{font-size:24px}.inv{text-align:right}
.info{display:grid;grid-template-columns:1fr 1fr;gap:10px;padding:20px 26px}.info span{display:block;font-size:12px;color:#567}.info b{font-size:16px}
table{width:calc(100% - 52px);margin:0 26px;border-collapse:collapse;font-size:15px}th,td{padding:8px;border-bottom:1px solid #cde}.n{text-align:right}.t td{font-weight:900;font-size:17px}
.note{margin:16px 26px 22px;font-size:13px;color:#345}"""
    render_html(name, body, 760, 640, css, bg="#dfe9f1")
    q(name, "How much do I have to pay in total on this water bill?", f"€ {fmt_de(total)}", "money", "utility_bill", "total due")
    q(name, "what's the due date", "14 april 2026", "date", "utility_bill", "due date")
    q(name, "did I use more water than last quarter?", "no", "yesno", "utility_bill", "compare consumption")


def utility_telecom():
    name = "bill_mobile_internet"
    svc = [("Fibre 500 Mbps", "01–30 Jun", 54.90), ("Mobile plan ‘Unlimited+’ (Ana)", "01–30 Jun", 29.00),
           ("Mobile plan ‘Basic 10GB’ (Rui)", "01–30 Jun", 12.50), ("Roaming data — Morocco", "14 Jun", 7.35),
           ("Loyalty discount", "", -10.00)]
    total = cents(sum(a for *_, a in svc))
    rows = "".join(f"<tr><td>{esc(s)}</td><td>{p}</td><td class=n>{'−' if a<0 else ''}{fmt_de(abs(a))} €</td></tr>" for s, p, a in svc)
    body = f"""<div class=wrap><div class=left><div class=brand>nuvem<span>tel</span></div><div class=big>{fmt_de(total)} €</div><div class=lbl>Total a pagar</div>
<div class=lbl2>Débito direto em</div><div class=dd>08/07/2026</div><div class=lbl2>Cliente</div><div class=dd>Ana Conceição Ribeiro</div><div class=lbl2>Nº cliente</div><div class=dd>PT-88 301 556</div></div>
<div class=right><h2>Fatura de junho 2026</h2><table><tr><th>Serviço</th><th>Período</th><th class=n>Valor</th></tr>{rows}<tr class=t><td>Total (IVA incl.)</td><td></td><td class=n>{fmt_de(total)} €</td></tr></table>
<div class=usage><div><b>212 GB</b><br>fibre data</div><div><b>38 GB</b><br>mobile data (Ana)</div><div><b>6,2 GB</b><br>mobile data (Rui)</div></div></div></div>"""
    css = """.wrap{display:flex;width:1100px;margin:20px auto;background:#fff;font-family:'DejaVu Sans';box-shadow:0 2px 12px #0003}
.left{width:260px;background:#3a0ca3;color:#fff;padding:26px}.brand{font-size:30px;font-weight:bold}.brand span{color:#f72585}.big{font-size:38px;margin-top:36px;font-weight:bold}.lbl{font-size:13px;opacity:.8}
.lbl2{font-size:12px;opacity:.75;margin-top:18px}.dd{font-size:16px}.right{flex:1;padding:24px 30px}h2{margin-top:0;color:#3a0ca3}
table{width:100%;border-collapse:collapse;font-size:14px}th{text-align:left;color:#777;font-weight:normal;border-bottom:2px solid #3a0ca3;padding:7px}td{padding:9px 7px;border-bottom:1px solid #eee}.n{text-align:right}.t td{font-weight:bold}
.usage{display:flex;gap:16px;margin-top:22px}.usage div{flex:1;background:#f3efff;border-radius:10px;padding:12px;font-size:13px;text-align:center}.usage b{font-size:20px;color:#3a0ca3}"""
    render_html(name, body, 1160, 620, css, bg="#e9e6f2")
    q(name, "how much was the roaming in Morocco?", f"{fmt_de(7.35)} €", "money", "utility_bill", "line amount")
    q(name, "what's the total I owe for June", f"{fmt_de(total)} €", "money", "utility_bill", "total due")
    q(name, "how much mobile data did Rui use?", "6,2 GB", "text", "utility_bill", "usage value")


def invoice_freelance():
    name = "invoice_freelance"
    lines = [("Brand identity workshop (2 days)", 2, 850.00), ("Logo design — 3 concepts + revisions", 1, 1400.00),
             ("Icon set, 24 icons", 24, 35.00), ("Print-ready style guide (PDF)", 1, 600.00)]
    sub = cents(sum(n * p for _, n, p in lines))
    vat = cents(sub * 0.21)
    total = cents(sub + vat)
    rows = "".join(f"<tr><td>{esc(d)}</td><td class=n>{n}</td><td class=n>€{fmt_en(p)}</td><td class=n>€{fmt_en(n*p)}</td></tr>" for d, n, p in lines)
    body = f"""<div class=inv><div class=row><div><div class=studio>Søren Vestergaard<br><span>Design Studio</span></div><div class=sm>Nørrebrogade 112, 2200 København N<br>CVR 39 71 45 02 · soren@vestergaard.design</div></div>
<div class=r><div class=title>INVOICE</div><div class=sm>No. SV-2026-017<br>Issued 9 March 2026<br><b>Due 8 April 2026</b></div></div></div>
<div class=bill><div class=lb>Bill to</div><b>Marisol Ferreira</b><br>Head of Marketing, Cascata Wines S.L.<br>Carrer de Pujades 77, 08005 Barcelona</div>
<table><tr><th>Description</th><th class=n>Qty</th><th class=n>Rate</th><th class=n>Amount</th></tr>{rows}</table>
<div class=tot><div><span>Subtotal</span><span>€{fmt_en(sub)}</span></div><div><span>VAT 21%</span><span>€{fmt_en(vat)}</span></div><div class=g><span>Total due</span><span>€{fmt_en(total)}</span></div></div>
<div class=pay>Pay by bank transfer to IBAN DK50 0040 0440 1162 43 · reference SV-2026-017</div></div>"""
    css = """.inv{width:860px;margin:20px auto;background:#fff;padding:40px 48px;font-family:'Lato';color:#222}.row{display:flex;justify-content:space-between}
.studio{font-size:26px;font-weight:900}.studio span{font-size:15px;font-weight:400;letter-spacing:4px;text-transform:uppercase;color:#e76f51}.sm{font-size:13px;color:#555;line-height:1.5;margin-top:6px}
.r{text-align:right}.title{font-size:38px;letter-spacing:8px;color:#e76f51}.bill{margin:30px 0;font-size:15px;line-height:1.5}.lb{font-size:12px;text-transform:uppercase;color:#999}
table{width:100%;border-collapse:collapse;font-size:15px}th{text-align:left;border-bottom:2px solid #222;padding:8px}td{padding:10px 8px;border-bottom:1px solid #eee}.n{text-align:right}
.tot{width:320px;margin-left:auto;margin-top:14px;font-size:15px}.tot div{display:flex;justify-content:space-between;padding:5px 0}.g{font-weight:900;font-size:19px;border-top:2px solid #222}
.pay{margin-top:30px;font-size:13px;color:#555}"""
    render_html(name, body, 960, 900, css, bg="#f0ebe6")
    q(name, "who is this invoice addressed to?", "Marisol Ferreira", "person", "invoice", "bill-to name")
    q(name, "when's it due", "8 April 2026", "date", "invoice", "due date")
    q(name, "what's the amount for the icon set line?", f"€{fmt_en(24*35)}", "money", "invoice", "line amount")
    q(name, "How much is the invoice before VAT?", f"€{fmt_en(sub)}", "money", "invoice", "subtotal")


def invoice_saas():
    name = "invoice_saas_page"
    lines = [("Team plan — 14 seats × $18.00", 252.00), ("Extra storage 200 GB", 40.00), ("Priority support add-on", 99.00), ("Credit: February outage", -25.00)]
    total = cents(sum(a for _, a in lines))
    rows = "".join(f"<tr><td>{esc(d)}</td><td class=n>{'-' if a<0 else ''}${fmt_en(abs(a))}</td></tr>" for d, a in lines)
    body = f"""<div class=top><b>▲ Parabola</b><span>Billing</span><span>Members</span><span>Settings</span><span class=me>Kwame Mensah-Bonsu ▾</span></div>
<div class=grid><div class=panel><h2>Invoice #INV-004812</h2><div class=st><span class=badge>OVERDUE</span> Due Mar 15, 2026 · Issued Mar 1, 2026</div>
<div class=ft><div><div class=lb>From</div>Parabola Labs Inc.<br>600 Congress Ave, Austin TX</div><div><div class=lb>To</div>Lakeshore Analytics GmbH<br>Attn: Kwame Mensah-Bonsu</div></div>
<table>{rows}<tr class=t><td>Amount due</td><td class=n>${fmt_en(total)}</td></tr></table><button>Pay ${fmt_en(total)} now</button></div>
<div class=panel><h3>Billing history</h3><table class=h><tr><th>Invoice</th><th>Date</th><th>Status</th><th class=n>Amount</th></tr>
<tr><td>INV-004812</td><td>Mar 1, 2026</td><td class=red>Overdue</td><td class=n>${fmt_en(total)}</td></tr>
<tr><td>INV-004577</td><td>Feb 1, 2026</td><td class=grn>Paid</td><td class=n>$391.00</td></tr>
<tr><td>INV-004301</td><td>Jan 1, 2026</td><td class=grn>Paid</td><td class=n>$355.00</td></tr>
<tr><td>INV-004066</td><td>Dec 1, 2025</td><td class=grn>Refunded</td><td class=n>$355.00</td></tr></table>
<h3>Payment method</h3><div class=pm>Mastercard ending 9031 · expires 11/27</div></div></div>"""
    css = """body{background:#f6f6f9}.top{display:flex;gap:28px;align-items:center;background:#fff;padding:16px 30px;border-bottom:1px solid #ddd;font-size:15px}.top b{font-size:20px;color:#5b3df5}.me{margin-left:auto;color:#555}
.grid{display:flex;gap:24px;padding:26px 30px}.panel{flex:1;background:#fff;border-radius:12px;padding:22px;box-shadow:0 1px 4px #0001}h2{margin:0 0 6px}.st{font-size:14px;color:#555}
.badge{background:#fde2e1;color:#c0262d;font-weight:bold;padding:2px 8px;border-radius:10px;font-size:12px}.ft{display:flex;gap:60px;margin:18px 0;font-size:14px;line-height:1.5}.lb{font-size:12px;color:#888;text-transform:uppercase}
table{width:100%;border-collapse:collapse;font-size:15px}td,th{padding:9px 6px;border-bottom:1px solid #eee;text-align:left}.n{text-align:right}.t td{font-weight:bold}
button{margin-top:16px;background:#5b3df5;color:#fff;border:0;padding:11px 20px;border-radius:8px;font-size:15px}.red{color:#c0262d}.grn{color:#138a4b}.pm{font-size:14px;background:#f6f6f9;padding:10px;border-radius:8px}"""
    render_html(name, body, 1300, 640, css, font="Noto Sans", bg="#f6f6f9")
    q(name, "is the latest invoice paid?", "no", "yesno", "invoice", "status check")
    q(name, "which invoice got refunded", "INV-004066", "code", "invoice", "row with status")
    q(name, "how much do we owe right now?", f"${fmt_en(total)}", "money", "invoice", "amount due")


def payslip_grid():
    """Payslip where labels are implied by a boxed layout (no 'Name:' prefixes)."""
    name = "payslip_boxed"
    base = 4150.00
    ot_h, ot_r = 6, 38.90
    ot = cents(ot_h * ot_r)
    gross = cents(base + ot)
    ded = [("Income tax", cents(gross * 0.182)), ("Social security", cents(gross * 0.0765)), ("Pension 5%", cents(gross * 0.05)), ("Health plan", 86.40)]
    tot_ded = cents(sum(a for _, a in ded))
    net = cents(gross - tot_ded)
    drows = "".join(f"<tr><td>{t}</td><td class=n>{fmt_en(a)}</td></tr>" for t, a in ded)
    body = f"""<div class=ps><div class=hd><div class=co>NORTHWIND MARINE SERVICES</div><div class=pr>PAY ADVICE · APRIL 2026</div></div>
<div class=boxes><div class=b><div class=big>Oluwaseun Adébáyọ̀</div><div>Marine Electrician II</div></div><div class=b><div class=big>E-20931</div><div>Dept 44 · Halifax Yard</div></div><div class=b><div class=big>30 Apr 2026</div><div>01 Apr – 30 Apr</div></div></div>
<div class=cols><table><tr><th colspan=2>EARNINGS</th></tr><tr><td>Base salary</td><td class=n>{fmt_en(base)}</td></tr><tr><td>Overtime {ot_h} h @ {fmt_en(ot_r)}</td><td class=n>{fmt_en(ot)}</td></tr><tr class=t><td>Gross</td><td class=n>{fmt_en(gross)}</td></tr></table>
<table><tr><th colspan=2>DEDUCTIONS</th></tr>{drows}<tr class=t><td>Total</td><td class=n>{fmt_en(tot_ded)}</td></tr></table></div>
<div class=net><span>NET PAY (CAD)</span><span>{fmt_en(net)}</span></div><div class=ft>Deposited to account ****7718 · YTD gross {fmt_en(gross*4-210):s}</div></div>"""
    css = """.ps{width:780px;margin:20px auto;background:#fff;border:2px solid #14213d;font-family:'Liberation Sans';color:#14213d}.hd{display:flex;justify-content:space-between;background:#14213d;color:#fff;padding:14px 20px}.co{font-weight:bold;font-size:18px;letter-spacing:2px}.pr{font-size:14px;color:#fca311}
.boxes{display:flex;gap:10px;padding:16px 20px}.b{flex:1;border:1px solid #bbb;padding:10px;font-size:13px;color:#555}.big{font-size:18px;color:#14213d;font-weight:bold;margin-bottom:4px}
.cols{display:flex;gap:20px;padding:0 20px}table{flex:1;border-collapse:collapse;font-size:14px}th{background:#e5e5e5;text-align:left;padding:7px}td{padding:7px;border-bottom:1px solid #eee}.n{text-align:right}.t td{font-weight:bold}
.net{display:flex;justify-content:space-between;margin:18px 20px 8px;background:#fca311;padding:12px 16px;font-size:20px;font-weight:bold}.ft{font-size:12px;color:#666;padding:0 20px 14px}"""
    render_html(name, body, 860, 620, css, bg="#cfd6e0")
    q(name, "what's my employee number on this payslip?", "E-20931", "code", "payslip", "implied-label id")
    q(name, "how much overtime pay did I get", fmt_en(ot), "money", "payslip", "earnings line")
    q(name, "Net pay for April?", fmt_en(net), "money", "payslip", "net pay")
    q(name, "what's the employee's job title?", "Marine Electrician II", "text", "payslip", "implied-label title")


def payslip_de():
    name = "payslip_lohn"
    brutto = 3980.00
    zuschlag = 145.50
    gesamt = cents(brutto + zuschlag)
    abz = [("Lohnsteuer", 512.33), ("Solidaritätszuschlag", 0.00), ("Kirchensteuer", 41.00), ("Krankenversicherung", 335.61),
           ("Pflegeversicherung", 70.16), ("Rentenversicherung", 383.64), ("Arbeitslosenversicherung", 53.63)]
    sum_abz = cents(sum(a for _, a in abz))
    netto = cents(gesamt - sum_abz)
    rows = "".join(f"<div class=l><span>{t}</span><span>{fmt_de(a)}</span></div>" for t, a in abz)
    body = f"""<div class=p><div class=top><div>Hülsmann Feinmechanik GmbH<br><small>Industriestr. 8 · 33602 Bielefeld</small></div><div class=m>Verdienstabrechnung<br><b>Juni 2026</b></div></div>
<div class=emp><div>Frau<br><b>Ayşe Kaya-Brandt</b><br>Lindenweg 14<br>33615 Bielefeld</div><div class=k><div>Pers.-Nr. <b>00417</b></div><div>Steuerklasse <b>IV</b></div><div>Eintritt <b>01.09.2019</b></div><div>Kostenstelle <b>K-230</b></div></div></div>
<div class=cols><div class=c><h4>Bezüge</h4><div class=l><span>Grundgehalt</span><span>{fmt_de(brutto)}</span></div><div class=l><span>Schichtzulage</span><span>{fmt_de(zuschlag)}</span></div><div class='l b'><span>Gesamtbrutto</span><span>{fmt_de(gesamt)}</span></div></div>
<div class=c><h4>Abzüge</h4>{rows}<div class='l b'><span>Summe Abzüge</span><span>{fmt_de(sum_abz)}</span></div></div></div>
<div class=net>Auszahlungsbetrag: <b>{fmt_de(netto)} EUR</b></div></div>"""
    css = """.p{width:900px;margin:16px auto;background:#fbfbf8;font-family:'C059';color:#222;padding:28px 36px;border:1px solid #999}.top{display:flex;justify-content:space-between;font-size:18px}.m{text-align:right}
.emp{display:flex;justify-content:space-between;margin:22px 0;font-size:15px;line-height:1.45}.k div{margin:2px 0}.cols{display:flex;gap:40px}.c{flex:1}h4{border-bottom:1px solid #333;margin:6px 0}
.l{display:flex;justify-content:space-between;font-size:15px;padding:4px 0}.b{font-weight:bold;border-top:1px solid #333}.net{margin-top:20px;font-size:19px;text-align:right;background:#e8efe6;padding:10px}"""
    render_html(name, body, 980, 700, css, bg="#b7bcb2")
    q(name, "what's the payout (Auszahlungsbetrag) this month?", f"{fmt_de(netto)} EUR", "money", "payslip", "net pay")
    q(name, "how much health insurance (Krankenversicherung) was deducted?", fmt_de(335.61), "money", "payslip", "deduction line")
    q(name, "which tax class is she in?", "IV", "text", "payslip", "implied field")


def purchase_order():
    name = "purchase_order"
    lines = [("HX-220", "Hydraulic hose 1/2\" × 10 m", 12, 18.40), ("VT-009", "Ball valve DN25 brass", 30, 9.85),
             ("GK-514", "Gasket kit, nitrile (50 pcs)", 5, 22.00), ("FL-330", "Flow meter, digital", 2, 248.00)]
    total = cents(sum(n * p for *_, n, p in lines))
    rows = "".join(f"<tr><td>{c}</td><td>{esc(d)}</td><td class=n>{n}</td><td class=n>{fmt_en(p)}</td><td class=n>{fmt_en(n*p)}</td></tr>" for c, d, n, p in lines)
    body = f"""<div class=po><h1>PURCHASE ORDER</h1><div class=meta>PO # <b>PO-77-3021</b> &nbsp;·&nbsp; Date 2026-05-11 &nbsp;·&nbsp; Required by <b>2026-05-29</b></div>
<div class=ab><div><h4>Vendor</h4>Baltic Fluid Components UAB<br>Savanorių pr. 178, Vilnius<br>Contact: Rūta Kazlauskienė</div><div><h4>Ship to</h4>Tamarack Water Co-op<br>Dock 4, 90 Ferry Rd<br>Duluth, MN 55802</div></div>
<table><tr><th>Item</th><th>Description</th><th class=n>Qty</th><th class=n>Unit USD</th><th class=n>Total USD</th></tr>{rows}<tr class=t><td colspan=4>Order total</td><td class=n>{fmt_en(total)}</td></tr></table>
<div class=sig>Approved by: Declan O'Rourke, Procurement · Terms: Net 45 · Incoterms DAP</div></div>"""
    css = """.po{width:900px;margin:16px auto;background:#fff;padding:30px;font-family:'Nimbus Sans';border-top:10px solid #2a9d8f}h1{margin:0;color:#2a9d8f;letter-spacing:2px}.meta{font-size:15px;margin:8px 0 18px}
.ab{display:flex;gap:50px;font-size:14px;line-height:1.5;margin-bottom:18px}h4{margin:0;color:#2a9d8f}table{width:100%;border-collapse:collapse;font-size:14px}th{background:#2a9d8f;color:#fff;padding:7px;text-align:left}
td{padding:7px;border-bottom:1px solid #ddd}tr:nth-child(odd) td{background:#f1faf8}.n{text-align:right}.t td{font-weight:bold;background:#fff}.sig{margin-top:18px;font-size:13px;color:#444}"""
    render_html(name, body, 980, 560, css, bg="#f2f2f2")
    q(name, "how many ball valves are we ordering?", "30", "count", "purchase_order", "quantity")
    q(name, "who approved the PO", "Declan O'Rourke", "person", "purchase_order", "approver")
    q(name, "when do we need the goods by?", "2026-05-29", "date", "purchase_order", "required date")


def shipping_label():
    name = "shipping_label"
    body = """<div class=lb><div class=top><div class=svc>EXPRESS<br><span>2-DAY</span></div><div class=car>KORU<br>FREIGHT</div></div>
<div class=sec><div class=t>FROM</div>Ngaio Whānau Crafts<br>14 Tory St, Te Aro<br>Wellington 6011, NZ</div>
<div class='sec to'><div class=t>SHIP TO</div><b>BJÖRN ÅKESSON</b><br>Sveavägen 52, lgh 1104<br>113 59 STOCKHOLM<br>SWEDEN</div>
<div class=row><div>WEIGHT<br><b>2.4 kg</b></div><div>PIECES<br><b>1 of 2</b></div><div>SHIP DATE<br><b>19 MAY 2026</b></div></div>
<div class=bc></div><div class=trk>TRACKING # KF 4471 0932 8856</div><div class=ref>REF: ORDER 10-55821 · DUTIES: DDP</div></div>"""
    css = """.lb{width:420px;margin:20px auto;background:#fff;border:3px solid #000;font-family:'Liberation Sans';}.top{display:flex;border-bottom:3px solid #000}.svc{flex:1;background:#000;color:#fff;font-size:26px;font-weight:bold;padding:10px}.svc span{font-size:18px}
.car{padding:10px;font-size:22px;font-weight:bold;text-align:right}.sec{padding:10px 14px;border-bottom:2px solid #000;font-size:15px;line-height:1.4}.t{font-size:11px;font-weight:bold}.to{font-size:19px}
.row{display:flex;border-bottom:2px solid #000}.row div{flex:1;padding:8px 12px;font-size:11px;border-right:2px solid #000}.row b{font-size:16px}
.bc{height:80px;margin:12px 20px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px,#000 10px 14px,#fff 14px 16px)}.trk{text-align:center;font-size:17px;font-weight:bold}.ref{text-align:center;font-size:13px;padding:6px 0 12px}"""
    render_html(name, body, 480, 720, css, bg="#c9a66b")
    q(name, "what's the tracking number on this label?", "KF 4471 0932 8856", "code", "shipping_label", "tracking number")
    q(name, "which city is it going to", "Stockholm", "text", "shipping_label", "destination city")
    q(name, "how heavy is the parcel?", "2.4 kg", "text", "shipping_label", "weight")


ALL = [receipt_grocer, receipt_cafe, receipt_hardware, bank_web, bank_paper, bank_app, utility_power, utility_water,
       utility_telecom, invoice_freelance, invoice_saas, payslip_grid, payslip_de, purchase_order, shipping_label]
