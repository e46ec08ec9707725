"""HTML scenes rendered with headless chromium."""
import datetime as dt
from common import render_html, rng, eur_de, usd, fr_num

BASE = "body{font-family:'Liberation Sans',Arial,sans-serif;color:#222;background:#fff}table{border-collapse:collapse}"


def R(M, name, body, w, h, css=""):
    vis = render_html(name, body, w, h, BASE + css)
    return M.scene(name, vis)


def table(head, rows, cls=""):
    h = "".join(f"<th>{x}</th>" for x in head)
    b = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in rows)
    return f"<table class='{cls}'><thead><tr>{h}</tr></thead><tbody>{b}</tbody></table>"


def docs(M):
    # invoice (German)
    items = [("Webdesign Startseite", 1, 1450.00), ("Fotoproduktion (halber Tag)", 1, 680.00),
             ("Hosting Paket L (12 Monate)", 12, 14.90), ("Logo-Anpassung", 3, 95.00)]
    net = round(sum(q * p for _, q, p in items), 2); vat = round(net * 0.19, 2); gross = round(net + vat, 2)
    rows = [(d, q, eur_de(p) + " €", eur_de(q * p) + " €") for d, q, p in items]
    body = f"""<div style='padding:50px 60px;font-size:15px'>
<div style='display:flex;justify-content:space-between'><div><b style='font-size:26px;color:#1a5e63'>Studio Kranich GmbH</b><br>Mühlenweg 8 · 28195 Bremen<br>USt-IdNr. DE318552047</div>
<div style='text-align:right'><h1 style='margin:0;color:#1a5e63'>RECHNUNG</h1>Rechnungsnr.: <b>RE-2025-0417</b><br>Rechnungsdatum: 02.04.2025<br>Fällig am: <b>16.04.2025</b></div></div>
<p style='margin-top:40px'>An:<br><b>Bäckerei Albers KG</b><br>Friedrichstraße 51<br>26121 Oldenburg</p>
<style>.inv td,.inv th{{border-bottom:1px solid #ccc;padding:8px 10px;text-align:left}}.inv td:nth-child(n+2),.inv th:nth-child(n+2){{text-align:right}}</style>
{table(["Leistung","Menge","Einzelpreis","Gesamt"], rows, "inv")}
<table style='margin-left:auto;margin-top:20px;font-size:16px'><tr><td style='padding:4px 20px'>Netto</td><td style='text-align:right'>{eur_de(net)} €</td></tr>
<tr><td style='padding:4px 20px'>MwSt. 19 %</td><td style='text-align:right'>{eur_de(vat)} €</td></tr>
<tr><td style='padding:4px 20px'><b>Gesamtbetrag</b></td><td style='text-align:right'><b>{eur_de(gross)} €</b></td></tr></table>
<p style='margin-top:40px;font-size:13px;color:#555'>Bitte überweisen Sie den Betrag auf: IBAN DE44 2905 0101 0012 3487 65 · BIC SBREDE22XXX · Sparkasse Bremen</p></div>"""
    n = R(M, "doc_invoice_kranich", body, 900, 1000, "table{width:100%}")
    M.q(n, "what's the total on this invoice incl. VAT", f"{eur_de(gross)} €", "money", "invoice", "field_value", True)
    M.q(n, "when is it due", "16.04.2025", "date", "invoice", "field_value", True)
    M.q(n, "IBAN to pay to?", "DE44 2905 0101 0012 3487 65", "code", "invoice", "field_value", True)
    M.q(n, "how much is the hosting line in total", f"{eur_de(12 * 14.90)} €", "money", "invoice", "cell_lookup", True)

    # bank statement (Dutch)
    tx = [("01-03", "Salaris maart – Van Dijk Logistiek", None, 3215.40), ("02-03", "Huur Woonstichting Eemland", 1085.00, None),
          ("04-03", "Albert Heijn 1447 Amersfoort", 63.28, None), ("07-03", "Vattenfall energie", 142.00, None),
          ("09-03", "Terugbetaling Tikkie – S. Bakker", None, 24.50), ("12-03", "NS Reizigers", 88.60, None),
          ("15-03", "Bol.com", 37.99, None), ("18-03", "Zilveren Kruis zorgverzekering", 139.95, None)]
    start = 1422.17
    bal = start
    rows = []
    for d, o, af, bij in tx:
        bal = round(bal - (af or 0) + (bij or 0), 2)
        rows.append((d, o, eur_de(af) if af else "", eur_de(bij) if bij else ""))
    body = f"""<div style='padding:40px;font-size:14px'><div style='background:#ff6200;color:#fff;padding:14px 20px;font-size:22px'><b>ORANJEBANK</b> &nbsp; Rekeningafschrift</div>
<p>Rekening: <b>NL27 ORJB 0734 5518 90</b> &nbsp;·&nbsp; M. de Vries &nbsp;·&nbsp; Periode 01-03-2025 t/m 31-03-2025</p>
<p>Beginsaldo: € {eur_de(start)}</p>
<style>.st td,.st th{{padding:7px 10px;border-bottom:1px solid #ddd;text-align:left}}.st td:nth-child(n+3){{text-align:right}}</style>
{table(["Datum","Omschrijving","Af (€)","Bij (€)"], rows, "st")}
<p style='text-align:right;font-size:16px'><b>Eindsaldo: € {eur_de(bal)}</b></p></div>"""
    n = R(M, "doc_bank_oranje", body, 860, 720, "table{width:100%}")
    M.q(n, "wat is het eindsaldo", f"€ {eur_de(bal)}", "money", "bank_statement", "field_value", True)
    big = max((t for t in tx if t[2]), key=lambda t: t[2])
    M.q(n, "biggest outgoing payment this month?", big[1], "text", "bank_statement", "argmax", True)
    inc = max((t for t in tx if t[3]), key=lambda t: t[3])
    M.q(n, "what was the largest incoming amount and from whom?", f"{eur_de(inc[3])} – {inc[1]}", "text", "bank_statement", "multi_part", False)
    M.q(n, "how much did I spend at Albert Heijn", eur_de(63.28), "money", "bank_statement", "cell_lookup", True)

    # utility bill (Spanish)
    wl = [("Cuota de servicio", 12.40), ("Consumo de agua (17 m³)", 18.36), ("Alcantarillado", 9.05)]
    m3, m3_prev = 17, 21
    base = round(sum(v for _, v in wl), 2); iva = round(base * 0.10, 2); wtot = round(base + iva, 2)
    es = lambda x: eur_de(x) + " €"
    trs = "".join(f"<tr><td style='padding:8px'>{a}</td><td style='text-align:right;padding:8px'>{es(v)}</td></tr>" for a, v in wl + [("IVA (10%)", iva)])
    body = f"""<div style='padding:40px;font-family:Lato;font-size:16px;background:#f7faf7'>
<div style='display:flex;justify-content:space-between;align-items:center'><b style='font-size:30px;color:#2e7d32'>AguaClara Levante</b><span>Factura nº <b>AL-25-0098871</b></span></div>
<p>Titular: <b>Rocío Jiménez Palau</b><br>Dirección de suministro: C/ de la Pau 14, 3º B, 46002 València</p>
<div style='display:flex;gap:20px'>
<div style='flex:1;background:#fff;border:1px solid #cde;padding:16px'>Periodo<br><b>01/01/2025 – 28/02/2025</b></div>
<div style='flex:1;background:#fff;border:1px solid #cde;padding:16px'>Consumo<br><b>{m3} m³</b></div>
<div style='flex:1;background:#fff;border:1px solid #cde;padding:16px'>Fecha de cargo<br><b>20/03/2025</b></div></div>
<table style='width:100%;margin-top:24px;background:#fff'>{trs}
<tr style='font-size:20px'><td style='padding:8px'><b>TOTAL A PAGAR</b></td><td style='text-align:right;padding:8px'><b>{es(wtot)}</b></td></tr></table>
<p style='color:#555'>Consumo mismo periodo año anterior: {m3_prev} m³</p></div>"""
    n = R(M, "doc_water_bill", body, 820, 640)
    M.q(n, "cuánto tengo que pagar?", es(wtot), "money", "utility_bill", "field_value", True)
    M.q(n, "how many cubic meters less than last year", str(m3_prev - m3), "number", "utility_bill", "arithmetic", False)
    M.q(n, "when will it be charged", "20/03/2025", "date", "utility_bill", "when", True)

    # payslip (Norwegian)
    earn = [("Fastlønn", 52500.00), ("Overtid 50%", 3412.50), ("Feriepenger", 0.0)]
    ded = [("Forskuddstrekk", 15680.00), ("Pensjon 2%", 1050.00), ("Fagforening", 455.00)]
    nok = lambda x: f"{x:,.2f}".replace(",", " ").replace(".", ",")
    gross = sum(v for _, v in earn); dsum = sum(v for _, v in ded); netp = round(gross - dsum, 2)
    rows = [(a, nok(b), "") for a, b in earn] + [(a, "", nok(b)) for a, b in ded]
    body = f"""<div style='padding:36px;font-size:15px;font-family:"DejaVu Sans"'>
<h2 style='margin:0'>Lønnsslipp – mars 2025</h2><p>Arbeidsgiver: Nordlys Elektro AS &nbsp;|&nbsp; Ansatt: Eirik Solberg (ansattnr. 1193)</p>
<style>.ps td,.ps th{{padding:6px 12px;border:1px solid #bbb}}.ps td:nth-child(n+2){{text-align:right}}</style>
{table(["Lønnsart","Beløp","Trekk"], rows, "ps")}
<p style='font-size:18px'>Brutto: {nok(gross)} &nbsp;&nbsp; Trekk: {nok(dsum)} &nbsp;&nbsp; <b>Utbetalt: {nok(netp)} kr</b></p>
<p>Utbetalingsdato: 20.03.2025 &nbsp; Konto: 1503 44 87215</p></div>"""
    n = R(M, "doc_payslip", body, 760, 520)
    M.q(n, "how much did Eirik get paid out (net)", f"{nok(netp)} kr", "money", "payslip", "field_value", True)
    M.q(n, "how much overtime pay", nok(3412.50), "money", "payslip", "cell_lookup", True)
    M.q(n, "what's the biggest deduction", max(ded, key=lambda t: t[1])[0], "text", "payslip", "argmax", True)

    # purchase order
    lines = [("HX-220", "Hex bolt M8x40, zinc", 500, 0.18), ("WS-08", "Washer 8mm", 1000, 0.03),
             ("BR-17", "Angle bracket 90°", 120, 1.45), ("AN-06", "Wall anchor 6mm", 800, 0.09), ("GL-3", "Safety gloves (pair)", 24, 3.80)]
    rows = [(c_, d, q, usd(p), usd(q * p)) for c_, d, q, p in lines]
    total = round(sum(q * p for _, _, q, p in lines), 2)
    body = f"""<div style='padding:40px;font-family:"Liberation Serif";font-size:16px'><h1 style='margin:0'>PURCHASE ORDER</h1>
<p>PO Number: <b>PO-7731</b> &nbsp; Date: March 11, 2025 &nbsp; Requested by: Dana Whitfield</p>
<p>Vendor: Prairie Fastener Supply, 1200 Industrial Pkwy, Wichita KS</p>
<style>.po td,.po th{{border:1px solid #444;padding:6px 10px}}.po th{{background:#eee}}</style>
{table(["SKU","Description","Qty","Unit","Amount"], rows, "po")}
<p style='text-align:right;font-size:18px'>TOTAL: <b>{usd(total)}</b></p><p>Ship via: Ground &nbsp; Terms: Net 30</p></div>"""
    n = R(M, "doc_purchase_order", body, 820, 560)
    M.q(n, "PO total?", usd(total), "money", "purchase_order", "field_value", True)
    M.q(n, "how many brackets are we ordering", "120", "number", "purchase_order", "cell_lookup", True)
    M.q(n, "which line costs the most overall", max(lines, key=lambda t: t[2] * t[3])[1], "text", "purchase_order", "argmax", True)


def screens(M):
    # API docs page (wide)
    params = [("customer_id", "string", "yes", "ID of the customer"), ("amount", "integer", "yes", "Amount in cents"),
              ("currency", "string", "no", "ISO 4217 code, default EUR"), ("due_in_days", "integer", "no", "Defaults to 14"),
              ("memo", "string", "no", "Shown on the PDF")]
    side = "".join(f"<div style='padding:6px 0;{ 'font-weight:bold;color:#5b3cc4' if s == 'Create invoice' else ''}'>{s}</div>" for s in
                   ["Introduction", "Authentication", "Rate limits", "Customers", "Create invoice", "List invoices", "Webhooks", "Errors"])
    body = f"""<div style='display:flex;height:100%'><div style='width:240px;background:#f5f4fa;padding:24px;font-size:14px'><b>Paylark API</b> <span style='color:#888'>v3.2</span><hr>{side}</div>
<div style='flex:1;padding:30px 40px;font-size:15px'><div style='color:#888'>Docs / Invoices</div><h1>Create invoice</h1>
<code style='background:#222;color:#9f9;padding:8px 12px;display:block'>POST /v3/invoices</code>
<p>Creates a draft invoice. Requests are limited to <b>120 requests per minute</b> per API key.</p>
<style>.pt td,.pt th{{border-bottom:1px solid #ddd;padding:8px 12px;text-align:left}}</style>
{table(["Parameter","Type","Required","Description"], params, "pt")}
<h3>Errors</h3><p><code>409 duplicate_idempotency_key</code> – the key was already used in the last 24 h.</p></div>
<div style='width:220px;padding:30px 20px;font-size:13px;border-left:1px solid #eee'><b>On this page</b><br><br>Request<br>Parameters<br>Response<br>Errors</div></div>"""
    n = R(M, "web_api_docs", body, 1280, 760, "body,html{height:100%}")
    M.q(n, "what's the rate limit", "120 requests per minute", "text", "docs", "field_value", True)
    M.q(n, "is currency a required param?", "no", "yesno", "docs", "cell_lookup", True)
    M.q(n, "how many parameters are listed", str(len(params)), "count", "docs", "count", False)

    # changelog
    rel = [("2.8.0", "2025-03-14", ["Added: PDF export for reports", "Added: Italian translation", "Fixed: crash when importing empty CSV"]),
           ("2.7.2", "2025-02-27", ["Fixed: timezone offset in reminders", "Security: upgrade jinja2 to 3.1.6"]),
           ("2.7.1", "2025-02-03", ["Fixed: dark mode contrast on buttons"]),
           ("2.7.0", "2025-01-20", ["Added: keyboard shortcuts", "Changed: minimum Python is now 3.10", "Removed: legacy /v1 sync API"])]
    body = "<div style='max-width:880px;margin:0 auto;padding:30px;font-family:\"DejaVu Sans\";font-size:15px'><h1>Changelog</h1>" + "".join(
        f"<h2>[{v}] – {d}</h2><ul>" + "".join(f"<li>{x}</li>" for x in it) + "</ul>" for v, d, it in rel) + "</div>"
    n = R(M, "web_changelog", body, 940, 900)
    M.q(n, "latest version?", rel[0][0], "version", "changelog", "first_last", True)
    M.q(n, "in which version did they drop the v1 sync api", "2.7.0", "version", "changelog", "field_value", True)
    M.q(n, "when was 2.7.2 released", "2025-02-27", "date", "changelog", "when", True)
    M.q(n, "how many bullet points under 2.8.0", str(len(rel[0][2])), "count", "changelog", "count", False)

    # spreadsheet grid
    data = [["Item", "Jan", "Feb", "Mar", "Apr"], ["Rent", 950, 950, 950, 980], ["Power", 88, 92, 71, 64],
            ["Internet", 39, 39, 39, 45], ["Food", 412, 389, 455, 401], ["Gym", 29, 29, 0, 29]]
    cols = "ABCDE"
    hdr = "<tr><th></th>" + "".join(f"<th>{c}</th>" for c in cols) + "</tr>"
    body_rows = "".join("<tr><th>" + str(i + 1) + "</th>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for i, r in enumerate(data))
    body = f"""<div style='font-family:"Liberation Sans";font-size:14px'><div style='background:#217346;color:#fff;padding:8px 14px'>Haushalt_2025.xlsx</div>
<div style='padding:6px;background:#f3f3f3;border-bottom:1px solid #ccc'>fx &nbsp; =SUM(B5:E5)</div>
<style>.ss th{{background:#eee;color:#555;font-weight:normal;border:1px solid #ccc;padding:4px 10px}}.ss td{{border:1px solid #ddd;padding:5px 14px;min-width:90px;text-align:right}}.ss td:first-of-type{{text-align:left}}</style>
<table class='ss'>{hdr}{body_rows}</table></div>"""
    n = R(M, "web_spreadsheet", body, 760, 330)
    M.q(n, "what's in cell D5", str(data[4][3]), "number", "spreadsheet", "cell_lookup", True)
    tot_food = sum(data[4][1:])
    M.q(n, "total food spend jan–apr?", str(tot_food), "number", "spreadsheet", "arithmetic", False)
    pw = data[2][1:]
    M.q(n, "which month had the lowest power bill", data[0][1 + pw.index(min(pw))], "text", "spreadsheet", "argmin", True)

    # web form
    country = "Belgium"
    topics = [("Product updates", True), ("Events near me", False), ("Job offers", True), ("Partner discounts", True), ("Research surveys", False)]
    freqs, fsel = ["Daily", "Weekly", "Monthly"], "Weekly"
    tb = "".join(f"<label><input type='checkbox' {'checked' if on else ''}> {t}</label><br>" for t, on in topics)
    fb = " &nbsp; ".join(f"<label><input type='radio' name='f' {'checked' if f_ == fsel else ''}> {f_}</label>" for f_ in freqs)
    body = f"""<div style='padding:30px 40px;font-family:Lato;font-size:16px;max-width:700px'>
<h2>Newsletter &amp; account preferences</h2>
<label>Country<br><select style='font-size:16px;padding:4px;width:260px'><option>{country}</option></select></label><br><br>
<b>Topics</b><br>{tb}<br>
<b>Frequency</b><br>{fb}<br><br>
<b>Format</b>: <label><input type='radio' name='g' checked> HTML</label> <label><input type='radio' name='g'> Plain text</label><br><br>
<button style='font-size:16px;padding:8px 20px;background:#3558c9;color:#fff;border:0'>Save preferences</button></div>"""
    n = R(M, "web_form_newsletter", body, 760, 560)
    M.q(n, "how many topic boxes are ticked", str(sum(1 for _, on in topics if on)), "count", "form", "checked_state", False)
    M.q(n, "which frequency is selected?", fsel, "text", "form", "checked_state", True)
    M.q(n, "is 'Events near me' checked", "yes" if dict(topics)["Events near me"] else "no", "yesno", "form", "checked_state", False)
    M.q(n, "what country is chosen in the dropdown", country, "text", "form", "checked_state", True)

    # settings with toggles (wide)
    toggles = [("Two-factor authentication", True), ("Login alerts by e-mail", True), ("Share usage analytics", False),
               ("Auto-lock after 5 minutes", False), ("Show profile to other teams", True), ("Beta features", False)]
    tg = "".join(f"<div style='display:flex;justify-content:space-between;padding:16px 0;border-bottom:1px solid #333'><span>{t}</span>"
                 f"<span style='width:46px;height:24px;border-radius:12px;background:{'#4caf50' if on else '#555'};position:relative;display:inline-block'>"
                 f"<span style='position:absolute;top:3px;{'right' if on else 'left'}:3px;width:18px;height:18px;border-radius:9px;background:#fff'></span></span></div>" for t, on in toggles)
    body = f"""<div style='display:flex;background:#1e1f24;color:#ddd;height:100%;font-family:"DejaVu Sans";font-size:15px'>
<div style='width:260px;background:#15161a;padding:24px'><b>Settings</b><br><br>Profile<br><br>Notifications<br><br><span style='color:#7aa2ff'>▶ Security &amp; privacy</span><br><br>Billing<br><br>Integrations</div>
<div style='flex:1;padding:30px 50px'><h2 style='margin-top:0'>Security &amp; privacy</h2>{tg}
<p style='color:#999'>Last password change: 9 Jan 2025 · Active sessions: 3</p></div></div>"""
    n = R(M, "web_settings_security", body, 1200, 620, "body,html{height:100%}")
    M.q(n, "is 2FA turned on?", "yes", "yesno", "settings", "checked_state", False)
    M.q(n, "how many toggles are switched off", str(sum(1 for _, on in toggles if not on)), "count", "settings", "count", False)
    M.q(n, "which settings section am I in", "Security & privacy", "text", "settings", "checked_state", True)
    M.q(n, "when did I last change my password", "9 Jan 2025", "date", "settings", "when", True)

    # dashboard KPI tiles (wide)
    kpi = [("Revenue (MTD)", "$184,230", "+6.2%"), ("New customers", "1,204", "+3.1%"), ("Churn", "2.4%", "-0.3 pp"),
           ("Avg. order value", "$71.90", "-1.8%"), ("Open tickets", "37", "+9")]
    tiles = "".join(f"<div style='flex:1;background:#fff;border-radius:10px;padding:18px;box-shadow:0 1px 3px #0002'><div style='color:#777;font-size:13px'>{a}</div>"
                    f"<div style='font-size:28px;font-weight:bold;margin:6px 0'>{b}</div><div style='color:{'#c62828' if c.startswith('-') and 'Churn' not in a else '#2e7d32'}'>{c}</div></div>" for a, b, c in kpi)
    regions = [("EMEA", 71240), ("North America", 83115), ("APAC", 29875)]
    bars = "".join(f"<div style='margin:10px 0'>{r} <div style='background:#5c6bc0;height:18px;width:{v/200}px;display:inline-block;vertical-align:middle;margin-left:10px'></div> ${v:,}</div>" for r, v in regions)
    body = f"""<div style='background:#eef0f4;height:100%;padding:24px;font-family:Lato'><h2 style='margin:0 0 16px'>Sales overview · March 2025</h2>
<div style='display:flex;gap:16px'>{tiles}</div>
<div style='display:flex;gap:16px;margin-top:20px'><div style='flex:2;background:#fff;border-radius:10px;padding:18px'><b>Revenue by region</b>{bars}</div>
<div style='flex:1;background:#fff;border-radius:10px;padding:18px'><b>Top product</b><br><br>Trailrunner GTX<br><span style='color:#777'>2,310 units</span></div></div></div>"""
    n = R(M, "web_dashboard_sales", body, 1280, 520, "body,html{height:100%}")
    M.q(n, "what's the churn rate", "2.4%", "percent", "dashboard", "field_value", True)
    M.q(n, "which region brings in the most revenue", max(regions, key=lambda t: t[1])[0], "text", "dashboard", "argmax", True)
    M.q(n, "EMEA + APAC combined?", f"${regions[0][1] + regions[2][1]:,}", "money", "dashboard", "arithmetic", False)

    # calendar week view (wide)
    days = ["Mon 7", "Tue 8", "Wed 9", "Thu 10", "Fri 11"]
    ev = {0: [("09:00", "Standup"), ("14:30", "Dentist")], 1: [("09:00", "Standup"), ("11:00", "1:1 with Harriet")],
          2: [("09:00", "Standup"), ("13:00", "Budget review"), ("16:00", "Interview – backend")], 3: [("10:30", "Vendor call: Lumex")],
          4: [("09:00", "Standup"), ("17:30", "Team drinks 🍻")]}
    cols = "".join(f"<div style='flex:1;border-left:1px solid #ddd;padding:8px'><div style='font-weight:bold;margin-bottom:10px'>{d}</div>" +
                   "".join(f"<div style='background:#d7e8ff;border-left:4px solid #2f6fdd;margin:8px 0;padding:6px;font-size:13px'>{t}<br><b>{e}</b></div>" for t, e in ev[i]) +
                   "</div>" for i, d in enumerate(days))
    body = f"<div style='padding:20px;font-family:\"DejaVu Sans\"'><h2 style='margin:0 0 14px'>April 2025 · Week 15</h2><div style='display:flex;height:420px;border:1px solid #ddd'>{cols}</div></div>"
    n = R(M, "web_calendar_week", body, 1150, 500)
    M.q(n, "what time is the dentist", "14:30", "time", "calendar", "when", True)
    M.q(n, "which day has the most meetings", days[max(range(5), key=lambda i: len(ev[i]))], "text", "calendar", "argmax", True)
    M.q(n, "when is the vendor call? day and time", f"{days[3]}, 10:30", "text", "calendar", "multi_part", False)
    wd = dt.date(2025, 4, 9).strftime("%A")
    M.q(n, "what weekday is the budget review", wd, "text", "calendar", "when", False)

    # chat screenshot
    msgs = [("Noor", "10:02", "anyone got the wifi password for the new office?"), ("Mateo", "10:04", "it's on the fridge lol"),
            ("Noor", "10:05", "haha ok found it"), ("Freya", "10:21", "reminder: client demo moved to 15:45 today"),
            ("Mateo", "10:22", "👍"), ("Freya", "10:40", "also pizza order closes at 12, vote in the sheet")]
    bubbles = "".join(f"<div style='margin:10px 0'><b style='color:#0b7a75'>{a}</b> <span style='color:#999;font-size:12px'>{t}</span><br>"
                      f"<span style='background:#fff;padding:8px 12px;border-radius:10px;display:inline-block;margin-top:3px'>{m}</span></div>" for a, t, m in msgs)
    body = f"<div style='background:#e9edef;height:100%;padding:20px;font-family:\"DejaVu Sans\";font-size:15px'><div style='font-weight:bold;font-size:18px'># office-berlin &nbsp;<span style='color:#888;font-weight:normal'>14 members</span></div>{bubbles}</div>"
    n = R(M, "web_chat_office", body, 640, 620, "body,html{height:100%}")
    M.q(n, "what time was the client demo moved to", "15:45", "time", "chat", "field_value", True)
    M.q(n, "who sent the last message", msgs[-1][0], "person", "chat", "first_last", True)
    M.q(n, "how many messages did Mateo send", str(sum(1 for m in msgs if m[0] == "Mateo")), "count", "chat", "count", False)

    # email inbox (wide)
    mails = [("Helena Brandt", "Q2 offsite – venue options", "09:14", True), ("GitHub", "[ledger] PR #212 approved", "08:52", False),
             ("Marco Santini", "Re: contract renewal", "08:30", True), ("Lufthansa", "Your check-in is open", "Yesterday", False),
             ("IT Service Desk", "Password expires in 3 days", "Yesterday", True), ("Amira Haddad", "photos from Saturday 📷", "Mon", False),
             ("Revolut", "Your March statement", "Mon", False)]
    rows = "".join(f"<div style='display:flex;padding:12px 20px;border-bottom:1px solid #eee;{'font-weight:bold;background:#fff' if u else 'background:#f6f8fc;color:#555'}'>"
                   f"<span style='width:220px'>{a}</span><span style='flex:1'>{s}</span><span style='width:100px;text-align:right'>{t}</span></div>" for a, s, t, u in mails)
    body = f"""<div style='display:flex;height:100%;font-family:"Liberation Sans";font-size:15px'><div style='width:220px;background:#f1f3f4;padding:20px'>
<div style='background:#c2e7ff;padding:10px;border-radius:16px'><b>Inbox</b> &nbsp;{sum(1 for m in mails if m[3])}</div><p>Starred</p><p>Sent</p><p>Drafts &nbsp;2</p></div><div style='flex:1'>{rows}</div></div>"""
    n = R(M, "web_inbox", body, 1150, 480, "body,html{height:100%}")
    M.q(n, "how many unread emails", str(sum(1 for m in mails if m[3])), "count", "email", "count", True)
    M.q(n, "who wrote about the contract renewal", "Marco Santini", "person", "email", "who", True)
    M.q(n, "what's the subject of the most recent email", mails[0][1], "text", "email", "first_last", True)

    # weather widget
    fc = [("Mon", 14, 6, "🌧"), ("Tue", 17, 8, "⛅"), ("Wed", 21, 10, "☀"), ("Thu", 19, 11, "☀"), ("Fri", 12, 5, "🌧")]
    cells = "".join(f"<div style='flex:1;text-align:center'>{d}<div style='font-size:28px'>{ic}</div>{hi}° <span style='opacity:.7'>{lo}°</span></div>" for d, hi, lo, ic in fc)
    body = f"""<div style='background:linear-gradient(#3a7bd5,#00d2ff);height:100%;padding:24px;color:#fff;font-family:Lato'>
<div style='font-size:22px'>Lyon</div><div style='font-size:64px'>16°</div><div>Partly cloudy · Feels like 14° · Wind 18 km/h NW · Humidity 62%</div><br><div style='display:flex'>{cells}</div></div>"""
    n = R(M, "web_weather_lyon", body, 560, 380, "body,html{height:100%}")
    M.q(n, "warmest day this week?", max(fc, key=lambda t: t[1])[0], "text", "weather", "argmax", True)
    M.q(n, "what's the low on friday", "5°", "text", "weather", "cell_lookup", True)

    # kanban (wide)
    board = {"To do": ["Write onboarding doc", "Fix flaky login test", "Design 404 page", "Update SLA table"],
             "In progress": ["Migrate to Postgres 16", "Invoice PDF redesign"],
             "Review": ["Rate-limit middleware"], "Done": ["Set up CI cache", "Remove jQuery", "Add SSO for Okta"]}
    cols = "".join(f"<div style='flex:1;background:#ebecf0;border-radius:8px;padding:10px;margin:0 8px'><b>{k} ({len(v)})</b>" +
                   "".join(f"<div style='background:#fff;border-radius:6px;padding:10px;margin-top:10px;box-shadow:0 1px 1px #0003'>{c}</div>" for c in v) + "</div>" for k, v in board.items())
    body = f"<div style='background:#0079bf;height:100%;padding:20px;font-family:\"DejaVu Sans\";font-size:14px'><div style='color:#fff;font-size:20px;margin-bottom:14px'>Sprint 23 board</div><div style='display:flex;align-items:flex-start'>{cols}</div></div>"
    n = R(M, "web_kanban", body, 1180, 460, "body,html{height:100%}")
    M.q(n, "what's currently in review", board["Review"][0], "text", "kanban", "field_value", True)
    M.q(n, "how many cards are still to do", str(len(board["To do"])), "count", "kanban", "count", True)
    M.q(n, "is the Postgres migration done yet?", "no", "yesno", "kanban", "yesno", False)

    # to-do list
    todo = [("Call plumber about leak", True), ("Renew passport", False), ("Buy birthday gift for Oma", True),
            ("Cancel gym trial", False), ("Book car service", False), ("Return library books", True)]
    li = "".join(f"<div style='padding:10px 0;border-bottom:1px solid #eee'><input type='checkbox' {'checked' if d else ''}> "
                 f"<span style='{'text-decoration:line-through;color:#999' if d else ''}'>{t}</span></div>" for t, d in todo)
    body = f"<div style='padding:24px;font-family:Lato;font-size:17px;background:#fffdf5;height:100%'><h2 style='margin-top:0'>This weekend ✔</h2>{li}</div>"
    n = R(M, "web_todo", body, 480, 480, "body,html{height:100%}")
    M.q(n, "how many things have i still not done", str(sum(1 for _, d in todo if not d)), "count", "todo", "count", False)
    M.q(n, "what's the first unchecked item", next(t for t, d in todo if not d), "text", "todo", "first_last", True)


def more(M):
    # slide with bullets
    bul = ["Pilot in 3 stores: Graz, Linz, Salzburg", "Queue time down from 7.5 to 4.2 min", "Staff survey: 81% prefer new tills",
           "Roll-out to all 24 stores by Q3", "Budget request: €310k"]
    body = ("<div style='height:100%;background:#fff;padding:60px 80px;font-family:Lato'><div style='border-left:10px solid #e63946;padding-left:20px'>"
            "<h1 style='font-size:44px;margin:0'>Self-checkout pilot – results</h1></div><ul style='font-size:28px;line-height:1.9;margin-top:40px'>" +
            "".join(f"<li>{b}</li>" for b in bul) + "</ul><div style='position:absolute;bottom:20px;right:40px;color:#999'>7 / 12</div></div>")
    n = R(M, "slide_pilot", body, 1280, 720, "body,html{height:100%}")
    M.q(n, "by how many minutes did queue time drop", f"{7.5 - 4.2:.1f}", "number", "slide", "arithmetic", False)
    M.q(n, "how much budget are they asking for", "€310k", "money", "slide", "field_value", True)
    M.q(n, "how many bullets on this slide", str(len(bul)), "count", "slide", "count", False)

    # slide with diagram (arrows) - SVG
    nodes = [("Upload", 80), ("Virus scan", 330), ("OCR", 580), ("Classifier", 830), ("Archive", 1080)]
    svg = "".join(f"<rect x='{x-90}' y='260' width='180' height='80' rx='12' fill='#2a9d8f'/><text x='{x}' y='308' fill='#fff' font-size='22' text-anchor='middle'>{t}</text>" for t, x in nodes)
    svg += "".join(f"<line x1='{nodes[i][1]+90}' y1='300' x2='{nodes[i+1][1]-95}' y2='300' stroke='#333' stroke-width='3' marker-end='url(#a)'/>" for i in range(4))
    svg += "<text x='705' y='250' font-size='16' text-anchor='middle' fill='#555'>~2 s / page</text>"
    body = (f"<div style='padding:40px;font-family:\"DejaVu Sans\"'><h1 style='margin:0'>Document intake pipeline</h1><svg width='1200' height='420'>"
            "<defs><marker id='a' markerWidth='10' markerHeight='10' refX='9' refY='5' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='#333'/></marker></defs>"
            f"{svg}</svg></div>")
    n = R(M, "slide_pipeline", body, 1280, 600)
    M.q(n, "what step comes right after the virus scan", nodes[2][0], "text", "slide", "nth", True)
    M.q(n, "how many steps in the pipeline", str(len(nodes)), "count", "slide", "count", False)
    M.q(n, "what's the last stage", nodes[-1][0], "text", "slide", "first_last", True)

    # notification panel
    notes = [("Calendar", "Design sync starts in 10 min", "now"), ("Bank", "Card payment €42.80 at IKEA Delft", "3m"),
             ("Slack", "Priya: can you review my PR?", "12m"), ("Battery", "Battery at 15% – plug in soon", "20m"), ("Photos", "New memory: Lisbon 2023", "1h")]
    items = "".join(f"<div style='background:#2c2c2e;border-radius:14px;padding:12px 14px;margin:10px 0'><span style='color:#aaa;font-size:13px'>{a} · {t}</span><br>{m}</div>" for a, m, t in notes)
    body = f"<div style='background:#000;color:#fff;height:100%;padding:16px;font-family:\"DejaVu Sans\";font-size:15px'><div style='font-size:40px;text-align:center'>09:50</div><div style='text-align:center;color:#aaa'>Thursday 22 May</div>{items}</div>"
    n = R(M, "phone_notifications", body, 420, 720, "body,html{height:100%}")
    M.q(n, "how much was the card payment at IKEA", "€42.80", "money", "notification", "field_value", True)
    M.q(n, "who wants a PR review", "Priya", "person", "notification", "who", True)

    # shopping cart (wide)
    cart = [("Merino crew sweater – Navy, M", 1, 89.00, True), ("Trail socks 3-pack", 2, 18.50, True),
            ("Waterproof shell jacket – Olive, L", 1, 179.00, False), ("Bamboo beanie", 1, 24.00, True)]
    sub = sum(q * p for _, q, p, _ in cart); ship = 0.0 if sub >= 150 else 6.95; total = sub + ship
    rows = "".join(f"<div style='display:flex;padding:16px 0;border-bottom:1px solid #eee'><div style='width:80px;height:80px;background:#ddd;margin-right:16px'></div>"
                   f"<div style='flex:1'><b>{n_}</b><br><span style='color:{'#2e7d32' if st else '#c62828'}'>{'In stock' if st else 'Backordered – ships in 3 weeks'}</span></div>"
                   f"<div style='width:80px'>Qty {q}</div><div style='width:100px;text-align:right'>{usd(q*p)}</div></div>" for n_, q, p, st in cart)
    body = f"""<div style='display:flex;padding:30px;gap:30px;font-family:Lato;font-size:16px'><div style='flex:1'><h2>Your cart ({sum(c[1] for c in cart)} items)</h2>{rows}</div>
<div style='width:320px;background:#f7f7f7;padding:20px;height:fit-content'><h3>Order summary</h3><p>Subtotal <span style='float:right'>{usd(sub)}</span></p>
<p>Shipping <span style='float:right'>{'FREE' if ship == 0 else usd(ship)}</span></p><p>Promo code <span style='float:right;color:#888'>—</span></p><hr><p><b>Total <span style='float:right'>{usd(total)}</span></b></p>
<button style='width:100%;padding:12px;background:#111;color:#fff;border:0;font-size:16px'>Checkout</button></div></div>"""
    n = R(M, "web_cart", body, 1200, 620)
    M.q(n, "is the shell jacket in stock", "no", "yesno", "cart", "yesno", False)
    M.q(n, "what's my cart total", usd(total), "money", "cart", "field_value", True)
    M.q(n, "do I pay for shipping?", "no" if ship == 0 else "yes", "yesno", "cart", "yesno", False)

    # recipe card (Italian)
    prep, cook = 20, 12
    ingr = [("farina 00", "300 g"), ("uova", "3"), ("pecorino romano", "80 g"), ("guanciale", "150 g"), ("pepe nero", "q.b.")]
    body = ("<div style='padding:30px;background:#fff8ee;height:100%;font-family:\"DejaVu Serif\";font-size:16px'><h1 style='color:#9c2f2f;margin:0'>Carbonara della nonna</h1>"
            f"<p>Porzioni: 4 &nbsp;·&nbsp; Preparazione: {prep} min &nbsp;·&nbsp; Cottura: {cook} min</p><h3>Ingredienti</h3><ul>" +
            "".join(f"<li>{b} {a}</li>" for a, b in ingr) + "</ul><h3>Procedimento</h3><ol><li>Rosolare il guanciale senza olio.</li><li>Sbattere uova e pecorino.</li><li>Unire la pasta fuori dal fuoco e mantecare.</li></ol></div>")
    n = R(M, "card_recipe", body, 620, 640, "body,html{height:100%}")
    M.q(n, "quanto guanciale serve?", dict(ingr)["guanciale"], "number", "recipe", "field_value", True)
    M.q(n, "total time prep + cooking in minutes", str(prep + cook), "number", "recipe", "arithmetic", False)

    # timetable (bus)
    stops = ["Hauptbahnhof", "Rathaus", "Uni-Klinik", "Waldfriedhof", "Sportpark"]
    deps = ["06:12", "06:42", "07:12", "07:32", "07:52"]
    offs = [0, 4, 9, 15, 19]
    def add(t, m):
        h, mm = map(int, t.split(":")); x = h * 60 + mm + m; return f"{x//60:02d}:{x%60:02d}"
    rows = [[s] + [add(d, o) for d in deps] for s, o in zip(stops, offs)]
    body = (f"<div style='padding:24px;font-family:\"Liberation Sans Narrow\",\"Liberation Sans\";font-size:17px'><div style='background:#ffd500;padding:10px;font-size:22px'><b>Linie 17</b> → Sportpark &nbsp; Mo–Fr</div>"
            "<style>.tt td,.tt th{border:1px solid #999;padding:6px 12px}.tt td:nth-child(n+2){text-align:center}</style>" +
            table(["Haltestelle"] + [""] * 5, rows, "tt") + "</div>")
    n = R(M, "timetable_bus17", body, 680, 320)
    M.q(n, "if I take the 07:12 from Hauptbahnhof, when am I at Uni-Klinik", add("07:12", 9), "time", "timetable", "cell_lookup", True)
    M.q(n, "what time is the first bus at Rathaus", rows[1][1], "time", "timetable", "first_last", True)
    M.q(n, "how long does the ride from Hauptbahnhof to Sportpark take (min)", str(offs[-1]), "number", "timetable", "arithmetic", False)

    # leaderboard table
    R_ = rng("lb")
    players = ["nightowl_77", "Brigitta", "kumo", "PixelPaolo", "svenska_sara", "ZedLeppelin", "mariaj", "t0mek"]
    pts = sorted([R_.randint(1200, 4200) for _ in players], reverse=True)
    wins = [R_.randint(10, 60) for _ in players]
    rows = [(i + 1, p, f"{s:,}", w) for i, (p, s, w) in enumerate(zip(players, pts, wins))]
    body = ("<div style='background:#111827;color:#e5e7eb;height:100%;padding:24px;font-family:\"DejaVu Sans\";font-size:15px'><h2 style='margin-top:0'>🏆 Season 9 leaderboard</h2>"
            "<style>.lb td,.lb th{padding:8px 18px;border-bottom:1px solid #374151;text-align:left}</style>" + table(["#", "Player", "Points", "Wins"], rows, "lb") + "</div>")
    n = R(M, "web_leaderboard", body, 620, 520, "body,html{height:100%}")
    M.q(n, "who is in 3rd place", players[2], "person", "leaderboard", "nth", True)
    M.q(n, "which player has the most wins", players[wins.index(max(wins))], "person", "leaderboard", "argmax", True)
    M.q(n, "who's last and with how many points", f"{players[-1]}, {pts[-1]:,}", "text", "leaderboard", "multi_part", False)
    M.q(n, "how many points behind first is second?", f"{pts[0] - pts[1]:,}", "number", "leaderboard", "arithmetic", False)

    # menu (French)
    menu = [("Entrées", [("Velouté de potiron", 7.50), ("Œuf cocotte aux morilles", 11.00), ("Terrine maison", 9.00)]),
            ("Plats", [("Magret de canard, sauce cerise", 24.00), ("Risotto aux cèpes", 19.50), ("Dos de cabillaud", 22.00)]),
            ("Desserts", [("Tarte Tatin", 8.00), ("Mousse au chocolat", 7.00), ("Assiette de fromages", 10.50)])]
    sec = "".join(f"<h2 style='border-bottom:1px solid #b08d57;color:#b08d57'>{s}</h2>" +
                  "".join(f"<div style='display:flex;justify-content:space-between;margin:8px 0'><span>{a}</span><span>{fr_num(p)} €</span></div>" for a, p in it) for s, it in menu)
    body = f"<div style='background:#1d1a16;color:#f3e9d8;height:100%;padding:40px;font-family:\"DejaVu Serif\";font-size:18px'><h1 style='text-align:center;margin:0'>Le Petit Rouet</h1><p style='text-align:center;font-style:italic'>Menu du soir</p>{sec}</div>"
    n = R(M, "menu_petit_rouet", body, 640, 860, "body,html{height:100%}")
    plats = menu[1][1]
    M.q(n, "quel est le plat le moins cher ?", min(plats, key=lambda t: t[1])[0], "text", "menu", "argmin", True)
    M.q(n, "how much is the tarte tatin", f"{fr_num(8.00)} €", "money", "menu", "field_value", True)
    M.q(n, "cost of the duck plus the chocolate mousse", f"{fr_num(24.00 + 7.00)} €", "money", "menu", "arithmetic", False)

    # product page (wide)
    price, was, rating, nrev = 749, 899, 4.3, 1287
    colours = [("Matte black", True, True), ("Steel", True, False), ("Copper", False, False)]  # name, available, selected
    sel = next(c_ for c_, _, se in colours if se)
    chips = " ".join(f"<span style='border:{'2px solid #000' if se else '1px solid #ccc'};padding:6px 12px;{'' if av else 'color:#bbb'}'>{c_}{'' if av else ' (sold out)'}</span>" for c_, av, se in colours)
    body = f"""<div style='display:flex;padding:40px;gap:40px;font-family:Lato;font-size:16px'><div style='width:460px;height:460px;background:#e8e8e8;display:flex;align-items:center;justify-content:center;color:#888'>[product photo]</div>
<div style='flex:1'><div style='color:#888'>Home › Kitchen › Coffee</div><h1 style='margin:8px 0'>Fjellbrygg Pour-Over Kettle 0.9 L</h1>
<div>★★★★☆ {rating} ({nrev:,} reviews)</div><div style='font-size:30px;margin:16px 0'><b>{price} kr</b> <s style='color:#999;font-size:20px'>{was} kr</s></div>
<div>Colour: <b>{sel}</b></div><div style='margin:10px 0'>{chips}</div>
<p style='color:#2e7d32'>✓ In stock – delivered in 2–3 working days</p><ul><li>Gooseneck spout for precise pouring</li><li>Built-in thermometer, 40–100 °C</li><li>Induction compatible</li></ul>
<button style='font-size:18px;padding:12px 30px;background:#0a6;color:#fff;border:0'>Add to basket</button></div></div>"""
    n = R(M, "web_product_kettle", body, 1200, 560)
    M.q(n, "how much cheaper is it than before", f"{was - price} kr", "money", "product", "arithmetic", False)
    M.q(n, "is the copper one available", "yes" if colours[2][1] else "no", "yesno", "product", "yesno", False)
    M.q(n, "which colour is selected", sel, "text", "product", "checked_state", True)


def build(M):
    docs(M)
    screens(M)
    more(M)
