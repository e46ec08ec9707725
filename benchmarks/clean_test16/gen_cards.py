"""Cards and tickets: boarding pass, shipping label, loyalty card, business card, event ticket, member ID."""
import datetime as dt

from common import Scene, page, esc, WEEKDAYS_EN


def boarding_pass(rng):
    dep = dt.datetime(2026, 12, 18, 7, 35)
    board = dep - dt.timedelta(minutes=rng.choice([30, 35, 40]))
    seat = f"{rng.randint(4, 31)}{rng.choice('ACDF')}"
    body = f"""<div class='bp'><div class='l'><div class='air'>NORDAVIA</div><div class='row'><div><small>PASSENGER</small><b>LINDBERG/ELIN MS</b></div><div><small>FLIGHT</small><b>NV 1482</b></div><div><small>DATE</small><b>18DEC</b></div></div>
    <div class='route'><div><span class='iata'>OSL</span><br>Oslo Gardermoen</div><div class='pl'>✈</div><div><span class='iata'>AMS</span><br>Amsterdam Schiphol</div></div>
    <div class='row'><div><small>BOARDING</small><b>{board:%H:%M}</b></div><div><small>DEPARTS</small><b>{dep:%H:%M}</b></div><div><small>GATE</small><b>D14</b></div><div><small>SEAT</small><b>{seat}</b></div><div><small>GROUP</small><b>3</b></div></div>
    <div class='bc'></div></div><div class='stub'><div class='air'>NORDAVIA</div><small>NAME</small><b>LINDBERG/ELIN</b><small>FROM–TO</small><b>OSL → AMS</b><small>SEAT</small><b>{seat}</b><small>PNR</small><b>QX7R2M</b></div></div>"""
    css = """body{background:#e5e7eb;font-family:'Liberation Sans',sans-serif;padding:20px} .bp{display:flex;width:1000px;background:#fff;border-radius:14px;overflow:hidden;box-shadow:0 2px 6px #999}
    .l{flex:1;padding:20px 26px;border-right:2px dashed #bbb} .air{background:#b91c1c;color:#fff;font-weight:bold;letter-spacing:4px;padding:6px 12px;display:inline-block}
    .row{display:flex;gap:40px;margin:14px 0} small{display:block;color:#888;font-size:11px} b{font-size:19px} .route{display:flex;align-items:center;gap:40px;margin:10px 0}
    .iata{font-size:46px;font-weight:bold} .pl{font-size:34px;color:#b91c1c} .bc{height:50px;background:repeating-linear-gradient(90deg,#000 0 2px,#fff 2px 4px,#000 4px 7px,#fff 7px 9px);width:420px}
    .stub{width:250px;padding:20px;display:flex;flex-direction:column;gap:3px} .stub .air{margin-bottom:10px;text-align:center}"""
    s = Scene("boarding_pass", "boarding_pass", html=page(body, css), size=(1060, 420))
    s.q("what gate?", "D14", "code", "field_read", True)
    s.q("when does boarding start", f"{board:%H:%M}", "time", "who_when_where", True)
    s.q("what's my seat", seat, "code", "field_read", True)
    s.q("what weekday is the flight", WEEKDAYS_EN[dep.weekday()], "text", "who_when_where", False)
    return s


def shipping_label(rng):
    w = round(rng.uniform(0.8, 14.0), 1)
    body = f"""<div class='lb'><div class='top'><div class='c'>PARCELINK</div><div class='svc'>EXPRESS 12:00</div></div>
    <div class='sec'><small>FROM / ABSENDER</small>Kleinod Keramik GmbH<br>Bergstraße 9<br>79098 Freiburg im Breisgau, DE</div>
    <div class='sec to'><small>TO / EMPFÄNGER</small><b>Chiara Bellandi</b><br>Via dei Serragli 42<br>50124 Firenze FI<br>ITALY</div>
    <div class='row'><div><small>WEIGHT</small>{str(w).replace('.', ',')} kg</div><div><small>PIECES</small>1 / 2</div><div><small>REF</small>ORD-55219</div></div>
    <div class='bc'></div><div class='tn'>TRACKING: PL 4471 0983 2256 DE</div></div>"""
    css = """body{background:#b08968;padding:20px;font-family:'Liberation Sans',sans-serif} .lb{width:520px;background:#fff;border:2px solid #000;padding:0}
    .top{display:flex;justify-content:space-between;border-bottom:3px solid #000;padding:10px 14px} .c{font-size:28px;font-weight:900;font-style:italic} .svc{background:#000;color:#fff;padding:6px 10px;font-weight:bold}
    .sec{padding:10px 14px;border-bottom:1px solid #000;line-height:1.35} .to{font-size:22px} small{display:block;font-size:10px;color:#444} .row{display:flex;border-bottom:1px solid #000}
    .row div{flex:1;padding:8px 14px;border-right:1px solid #000;font-size:17px} .bc{height:90px;margin:14px;background:repeating-linear-gradient(90deg,#000 0 3px,#fff 3px 5px,#000 5px 6px,#fff 6px 10px)}
    .tn{text-align:center;font-family:'Liberation Mono',monospace;font-size:17px;padding-bottom:12px}"""
    s = Scene("shipping_label", "shipping_label", html=page(body, css), size=(580, 700))
    s.q("where is this parcel going (city)", "Firenze", "text", "who_when_where", True)
    s.q("tracking number?", "PL 4471 0983 2256 DE", "code", "field_read", True)
    s.q("how heavy is the package", f"{str(w).replace('.', ',')} kg", "number", "field_read", True)
    s.q("is this the only parcel in the shipment?", "no", "yesno", "yesno", False)
    return s


def loyalty(rng):
    stamps = rng.randint(3, 8)
    body = f"""<div class='card'><div class='t'>Café Brunnhilde</div><div class='s'>Stempelkarte · 10 Stempel = 1 Kaffee gratis</div><div class='g'>
    {''.join(f"<div class='st {'on' if i < stamps else ''}'>{'☕' if i < stamps else i + 1}</div>" for i in range(10))}</div>
    <div class='f'>Mitglied: Jakob Oberhuber · Nr. 0088-3127 · gültig bis 12/2027</div></div>"""
    css = """body{background:#d6ccc2;padding:20px;font-family:'Lato',sans-serif} .card{width:560px;height:320px;background:#5e3023;color:#f5ebe0;border-radius:18px;padding:22px 28px}
    .t{font-size:30px;font-weight:bold} .s{opacity:.85;margin-bottom:14px} .g{display:grid;grid-template-columns:repeat(5,70px);gap:14px} .st{width:70px;height:70px;border:2px dashed #e3d5ca;border-radius:35px;text-align:center;line-height:66px;font-size:22px;color:#c9ada7}
    .st.on{background:#f5ebe0;border-style:solid;font-family:'Noto Color Emoji';font-size:30px} .f{margin-top:18px;font-size:14px;opacity:.9}"""
    s = Scene("loyalty_card", "loyalty_card", html=page(body, css), size=(620, 380))
    s.q("how many stamps do I have", str(stamps), "count", "count", False)
    s.q("how many more until a free coffee?", str(10 - stamps), "count", "arithmetic", False)
    s.q("membership number?", "0088-3127", "code", "field_read", True)
    return s


def business_card(rng):
    body = """<div class='bc'><div class='l'><div class='n'>Dr. Astrid Vermeulen</div><div class='r'>Head of Structural Engineering</div><div class='co'>BRUGGE &amp; VOS INGENIEURS</div></div>
    <div class='c'>📞 +31 20 794 1186<br>📱 +31 6 4127 0935<br>✉ a.vermeulen@bruggevos.nl<br>⌂ Keizersgracht 318, 1016 EZ Amsterdam</div></div>"""
    css = """body{background:#94a3b8;padding:30px;font-family:'Nimbus Sans',sans-serif} .bc{width:700px;height:380px;background:#fff;display:flex;box-shadow:0 4px 10px #555}
    .l{width:330px;background:#134e4a;color:#fff;padding:40px 26px} .n{font-size:28px;font-weight:bold} .r{margin-top:8px;opacity:.9} .co{margin-top:150px;letter-spacing:2px;font-size:14px}
    .c{padding:120px 26px 0;font-size:16px;line-height:1.9;color:#134e4a}"""
    s = Scene("business_card", "business_card", html=page(body, css), size=(760, 440))
    s.q("what's her mobile number", "+31 6 4127 0935", "phone", "field_read", True)
    s.q("what's her job title", "Head of Structural Engineering", "text", "field_read", True)
    s.q("which company does she work for", "BRUGGE & VOS INGENIEURS", "text", "field_read", True)
    return s


def ticket(rng):
    price = rng.choice([4900, 5900, 6900])
    body = f"""<div class='t'><div class='m'><div class='ev'>THE LANTERN ORCHESTRA</div><div class='tour'>Midwinter Tour 2026</div>
    <div class='g'><div><small>VENUE</small>Paradiso, Amsterdam</div><div><small>DATE</small>Sat 12 Dec 2026</div><div><small>DOORS</small>19:00</div><div><small>SHOW</small>20:30</div>
    <div><small>ENTRANCE</small>B</div><div><small>PRICE</small>€{price // 100},00 incl. fees</div></div></div>
    <div class='s'><small>STANDING</small><div class='qr'></div><div>#TKT-8830-1945</div></div></div>"""
    css = """body{background:#1c1917;padding:20px;font-family:'Liberation Sans',sans-serif} .t{display:flex;width:900px;background:linear-gradient(120deg,#f97316,#db2777);border-radius:16px;color:#fff}
    .m{flex:1;padding:24px 30px;border-right:3px dashed rgba(255,255,255,.7)} .ev{font-size:36px;font-weight:900} .tour{font-size:18px;opacity:.9} .g{display:grid;grid-template-columns:repeat(3,1fr);gap:14px;margin-top:18px;font-size:19px}
    small{display:block;font-size:11px;opacity:.8} .s{width:220px;padding:24px;text-align:center} .qr{width:140px;height:140px;margin:10px auto;background:repeating-conic-gradient(#000 0 25%,#fff 0 50%) 0 0/20px 20px;border:6px solid #fff}"""
    s = Scene("event_ticket", "ticket", html=page(body, css), size=(960, 340))
    s.q("what time does the show start", "20:30", "time", "who_when_where", True)
    s.q("how much did the ticket cost", f"€{price // 100},00", "money", "field_read", True)
    s.q("which entrance do we use", "B", "text", "field_read", True)
    return s


def member_id(rng):
    body = """<div class='id'><div class='h'>UNIVERSITÄT HAFENSTADT · Studierendenausweis</div><div class='b'><div class='ph'>👤</div><div class='f'>
    <small>Name</small><b>Yılmaz, Deniz</b><small>Matrikelnummer</small><b>7 204 581</b><small>Studiengang</small><b>M.Sc. Meeresbiologie</b>
    <small>Gültig</small><b>WiSe 2026/27 (01.10.2026 – 31.03.2027)</b></div></div><div class='ft'>Semesterticket · Bibliothek · Mensa</div></div>"""
    css = """body{background:#cbd5e1;padding:20px;font-family:'DejaVu Sans',sans-serif} .id{width:640px;height:400px;background:#fff;border-radius:16px;overflow:hidden;box-shadow:0 2px 8px #666}
    .h{background:#1d4ed8;color:#fff;padding:12px 18px;font-weight:bold} .b{display:flex;padding:20px;gap:24px} .ph{width:150px;height:190px;background:#e2e8f0;font-size:100px;text-align:center;line-height:190px;font-family:'Noto Color Emoji'}
    small{display:block;color:#64748b;font-size:12px;margin-top:6px} b{font-size:17px} .ft{background:#dbeafe;padding:10px 18px;color:#1e3a8a;margin-top:10px}"""
    s = Scene("student_id_de", "id_card", html=page(body, css), size=(680, 440))
    s.q("what's the matriculation number", "7 204 581", "code", "field_read", True)
    s.q("until when is the card valid", "31.03.2027", "date", "who_when_where", True)
    s.q("what does Deniz study", "M.Sc. Meeresbiologie", "text", "field_read", True)
    return s


def scenes(rng):
    return [boarding_pass(rng), shipping_label(rng), loyalty(rng), business_card(rng), ticket(rng), member_id(rng)]
