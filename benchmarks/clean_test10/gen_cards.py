"""Cards: ID cards, badges, business cards, boarding pass, event ticket, loyalty cards."""
from datetime import date
from common import render_html, q, esc, fmt_en, fmt_de


def id_card_eu():
    name = "id_card_fictional"
    p = dict(sur="ØSTERGÅRD", given="LINNEA MARIE", dob=date(1991, 8, 23), sex="F", nat="NORDLANDIA", no="NL8K27Q41",
             exp=date(2031, 2, 11), issued=date(2021, 2, 11), place="HAMMERFJORD")
    f = lambda d: d.strftime("%d.%m.%Y")
    body = f"""<div class=card><div class=hd>REPUBLIC OF NORDLANDIA · IDENTITY CARD · CARTE D'IDENTITÉ</div>
<div class=bd><div class=photo>👤</div><div class=fl>
<div class=lb>Surname / Nom</div><div class=v>{p['sur']}</div><div class=lb>Given names / Prénoms</div><div class=v>{p['given']}</div>
<div class=g><div><div class=lb>Date of birth</div><div class=v>{f(p['dob'])}</div></div><div><div class=lb>Sex</div><div class=v>{p['sex']}</div></div><div><div class=lb>Nationality</div><div class=v>{p['nat']}</div></div></div>
<div class=g><div><div class=lb>Date of expiry</div><div class=v>{f(p['exp'])}</div></div><div><div class=lb>Card no.</div><div class='v no'>{p['no']}</div></div></div>
<div class=lb>Place of birth</div><div class=v>{p['place']}</div></div></div>
<div class=mrz>IDNLD{p['no']}&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;<br>9108237F3102114NLD&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;6<br>OSTERGARD&lt;&lt;LINNEA&lt;MARIE&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;</div></div>"""
    css = """.card{width:640px;margin:30px auto;border-radius:18px;overflow:hidden;background:linear-gradient(135deg,#e0f2e9,#cde3f5 60%,#f3e1ee);font-family:'Noto Sans';color:#1a2a3a;box-shadow:0 4px 18px #0004}
.hd{background:#1d4e89;color:#fff;font-size:13px;font-weight:bold;padding:9px 16px;letter-spacing:1px}.bd{display:flex;padding:16px}.photo{width:140px;height:180px;background:#b8c6d4;border-radius:8px;font-size:90px;text-align:center;line-height:180px;margin-right:18px}
.fl{flex:1}.lb{font-size:11px;color:#4a5d70;margin-top:6px}.v{font-size:17px;font-weight:bold}.g{display:flex;gap:26px}.no{color:#b3261e}.mrz{font-family:'DejaVu Sans Mono';font-size:15px;background:#fff9;padding:8px 16px;letter-spacing:1px}"""
    render_html(name, body, 700, 460, css, bg="#d0d0d0")
    q(name, "when does this ID expire?", f(p["exp"]), "date", "id_card", "expiry date")
    q(name, "what's her date of birth", f(p["dob"]), "date", "id_card", "birth date")
    q(name, "What is the card number?", p["no"], "code", "id_card", "document number")


def staff_id_vertical():
    """Vertical staff ID: labels implied by layout only."""
    name = "staff_id_vertical"
    body = """<div class=c><div class=band></div><div class=logo>KESTREL<br><span>UNIVERSITY HOSPITAL</span></div><div class=ph>RM</div>
<div class=nm>Dr. Rafael Mendoza-Ibáñez</div><div class=role>Consultant Anaesthetist</div><div class=dep>Theatres &amp; Critical Care</div>
<div class=pill>ACCESS LEVEL 3</div><div class=bot><div>ID 7730-1185</div><div>Valid to 09/2027</div></div></div>"""
    css = """.c{width:330px;height:520px;margin:20px auto;background:#fff;border-radius:16px;position:relative;overflow:hidden;font-family:'Lato';text-align:center;box-shadow:0 3px 14px #0005}
.band{height:120px;background:#6a1b9a}.logo{position:absolute;top:22px;width:100%;color:#fff;font-size:26px;font-weight:900;letter-spacing:4px}.logo span{font-size:11px;letter-spacing:2px}
.ph{width:120px;height:120px;border-radius:60px;background:#e1bee7;border:5px solid #fff;margin:-60px auto 0;font-size:44px;line-height:120px;color:#6a1b9a;font-weight:bold}
.nm{font-size:22px;font-weight:900;margin-top:14px;padding:0 12px}.role{font-size:16px;color:#444;margin-top:6px}.dep{font-size:14px;color:#777;margin-top:4px}
.pill{display:inline-block;margin-top:18px;background:#ffca28;padding:6px 16px;border-radius:14px;font-weight:bold;font-size:14px}.bot{position:absolute;bottom:0;width:100%;display:flex;justify-content:space-between;background:#f3e5f5;padding:12px 18px;box-sizing:border-box;font-size:14px;color:#4a148c}"""
    render_html(name, body, 380, 580, css, bg="#455a64")
    q(name, "what department does this person work in?", "Theatres & Critical Care", "text", "id_card", "implied-label department")
    q(name, "whose badge is this", "Dr. Rafael Mendoza-Ibáñez", "person", "id_card", "holder name")
    q(name, "until when is the badge valid?", "09/2027", "date", "id_card", "validity")


def conference_badge():
    name = "badge_conference"
    body = """<div class=b><div class=top>DATAFJORD SUMMIT 2026 · BERGEN · 16–18 SEP</div><div class=first>Chiamaka</div><div class=last>Eze-Lindqvist</div>
<div class=org>Staff Data Engineer — Tidewell Logistics</div><div class=tags><span>SPEAKER</span><span>WORKSHOP B</span></div><div class=pro>she/her · Talk: “Streaming joins without tears” · Hall Grieg, 17 Sep 14:30</div>
<div class=qr></div></div>"""
    css = """.b{width:420px;margin:20px auto;background:#0b132b;color:#fff;border-radius:12px;padding:22px;font-family:'Noto Sans';position:relative}.top{font-size:12px;letter-spacing:2px;color:#5bc0be}
.first{font-size:46px;font-weight:bold;margin-top:22px}.last{font-size:26px;color:#cbd5e1}.org{font-size:15px;margin-top:10px}.tags span{display:inline-block;margin:14px 8px 0 0;padding:5px 12px;border-radius:4px;background:#f4a261;color:#0b132b;font-weight:bold;font-size:13px}
.tags span+span{background:#5bc0be}.pro{font-size:13px;color:#cbd5e1;margin-top:16px;width:290px}.qr{position:absolute;right:22px;bottom:22px;width:80px;height:80px;background:repeating-conic-gradient(#fff 0 25%,#0b132b 0 50%) 0 0/16px 16px}"""
    render_html(name, body, 480, 440, css, bg="#e2e8f0")
    q(name, "what company is she with?", "Tidewell Logistics", "text", "badge", "organisation")
    q(name, "when and where is her talk", "Hall Grieg, 17 Sep 14:30", "text", "badge", "talk slot")
    q(name, "is she a speaker?", "yes", "yesno", "badge", "role check")


def business_cards():
    name = "business_cards_desk"
    body = """<div class=desk><div class='bc a'><div class=n>Émilie Tran-Duval</div><div class=t>Avocate associée</div><div class=line></div>
<div class=i>Cabinet Duval &amp; Moreau<br>18 rue de la Paix, 75002 Paris<br>+33 1 84 60 22 17<br>e.tranduval@duvalmoreau.fr</div></div>
<div class='bc b'><div class=logo>◆ QUARRY&amp;KILN</div><div class=n2>Hamid Rezaei</div><div class=t2>Head Ceramicist</div><div class=i2>m. +44 7700 900 418<br>w. quarryandkiln.co.uk<br>Unit 7, Cable Street, Leeds</div></div>
<div class='bc c'><div class=n3>NAKAMURA<br>Yūki</div><div class=i3>Senior Product Designer<br><b>Parallax Labs</b><br>yuki@parallax.dev<br>+81 3-5555-0196</div></div></div>"""
    css = """.desk{width:1200px;height:560px;background:#6d4c41;position:relative;padding:30px;box-sizing:border-box}.bc{position:absolute;width:420px;height:240px;box-shadow:0 6px 16px #0007;box-sizing:border-box}
.a{left:40px;top:40px;background:#fdfcf8;padding:28px;font-family:'C059'}.n{font-size:28px}.t{font-style:italic;font-size:16px;color:#555}.line{width:60px;border-top:2px solid #a67c52;margin:14px 0}.i{font-size:14px;line-height:1.5}
.b{left:520px;top:70px;background:#263238;color:#eceff1;padding:24px;font-family:'Cantarell';transform:rotate(-3deg)}.logo{font-size:14px;letter-spacing:3px;color:#ffb74d}.n2{font-size:30px;margin-top:24px;font-weight:bold}.t2{font-size:16px;color:#b0bec5}.i2{font-size:14px;margin-top:16px;line-height:1.5}
.c{left:300px;top:300px;background:#f5f0e1;padding:22px;font-family:'Noto Sans';display:flex;gap:26px;transform:rotate(2deg)}.n3{font-size:26px;font-weight:bold;color:#c62828;border-right:3px solid #c62828;padding-right:18px}.i3{font-size:15px;line-height:1.55}"""
    render_html(name, body, 1200, 560, css, bg="#6d4c41", trim=False)
    q(name, "what's the lawyer's phone number?", "+33 1 84 60 22 17", "phone", "business_card", "phone of a person by role")
    q(name, "which company does Yūki Nakamura work for", "Parallax Labs", "text", "business_card", "company of person")
    q(name, "what does Hamid Rezaei do?", "Head Ceramicist", "text", "business_card", "job title")
    q(name, "what's the website on the dark card", "quarryandkiln.co.uk", "text", "business_card", "website")


def boarding_pass():
    name = "boarding_pass"
    body = """<div class=bp><div class=main><div class=air>AURORA ATLANTIC</div><div class=pax>PASSENGER<br><b>GONZÁLEZ/MARIANA MS</b></div>
<div class=route><div><span>FROM</span><b>LIS</b>Lisbon</div><div class=pl>✈</div><div><span>TO</span><b>YUL</b>Montréal</div></div>
<div class=grid><div><span>FLIGHT</span><b>AA 0862</b></div><div><span>DATE</span><b>02 JUL 2026</b></div><div><span>BOARDING</span><b>13:05</b></div><div><span>DEPARTS</span><b>13:45</b></div>
<div><span>GATE</span><b>B31</b></div><div><span>SEAT</span><b>27K</b></div><div><span>ZONE</span><b>4</b></div><div><span>CLASS</span><b>ECONOMY</b></div></div></div>
<div class=stub><div class=air2>AURORA ATLANTIC</div><div>GONZÁLEZ/MARIANA</div><div>LIS → YUL</div><div>AA 0862 · 02 JUL</div><div class=st>SEAT 27K</div><div class=bar></div><div class=sm>ETKT 0742 118 903 551</div></div></div>"""
    css = """.bp{display:flex;width:980px;margin:30px auto;background:#fff;border-radius:16px;overflow:hidden;font-family:'Liberation Sans';box-shadow:0 3px 16px #0004}
.main{flex:1;padding:22px 28px}.air{color:#00838f;font-weight:bold;letter-spacing:3px;font-size:18px}.pax{font-size:11px;color:#777;margin-top:14px}.pax b{font-size:20px;color:#111}
.route{display:flex;align-items:center;gap:40px;margin:14px 0}.route div{font-size:14px}.route span{display:block;font-size:11px;color:#777}.route b{display:block;font-size:44px}.pl{font-size:34px;color:#00838f}
.grid{display:grid;grid-template-columns:repeat(4,1fr);gap:12px}.grid span{display:block;font-size:11px;color:#777}.grid b{font-size:20px}
.stub{width:250px;border-left:2px dashed #bbb;background:#e0f7fa;padding:22px;font-size:14px;line-height:1.7}.air2{font-weight:bold;color:#00838f}.st{font-size:22px;font-weight:bold}.bar{height:50px;margin:8px 0;background:repeating-linear-gradient(90deg,#000 0 2px,transparent 2px 5px,#000 5px 8px,transparent 8px 9px)}.sm{font-size:12px}"""
    render_html(name, body, 1040, 420, css, bg="#37474f")
    q(name, "what gate do I board at?", "B31", "code", "boarding_pass", "gate")
    q(name, "boarding time?", "13:05", "time", "boarding_pass", "boarding time")
    q(name, "how long between boarding and departure (minutes)?", "40", "number", "boarding_pass", "time difference")


def event_ticket():
    name = "event_ticket"
    body = """<div class=t><div class=l><div class=pre>LIVE AT THE OLD TRAM DEPOT</div><div class=ti>Bonnie Ørsted<br>&amp; The Lowland Choir</div>
<div class=d>SAT 14 NOV 2026 · DOORS 19:00 · SHOW 20:15</div><div class=row><div>SECTION<b>Balcony C</b></div><div>ROW<b>F</b></div><div>SEAT<b>112</b></div><div>PRICE<b>€ 48,50</b></div></div></div>
<div class=r><div class=v>ADMIT ONE</div><div class=no>№ 000 731 452</div></div></div>"""
    css = """.t{display:flex;width:900px;margin:30px auto;background:#1b1b2f;color:#f5f5f5;font-family:'Cantarell';border-radius:10px;overflow:hidden}
.l{flex:1;padding:26px 30px;background:linear-gradient(120deg,#1b1b2f,#462255)}.pre{letter-spacing:3px;font-size:13px;color:#e43f5a}.ti{font-size:36px;font-weight:bold;margin:10px 0;line-height:1.15}.d{font-size:16px;color:#ddd}
.row{display:flex;gap:34px;margin-top:20px}.row div{font-size:12px;color:#aaa}.row b{display:block;font-size:22px;color:#fff}.r{width:170px;background:#e43f5a;display:flex;flex-direction:column;justify-content:center;align-items:center;border-left:3px dashed #1b1b2f}
.v{font-size:22px;font-weight:bold;writing-mode:vertical-rl;transform:rotate(180deg)}.no{font-size:13px;margin-top:14px}"""
    render_html(name, body, 960, 380, css, bg="#cfcfcf")
    q(name, "what time does the show start (not doors)?", "20:15", "time", "event_ticket", "show time")
    q(name, "which seat am I in", "112", "number", "event_ticket", "seat")
    q(name, "how much was the ticket?", "€ 48,50", "money", "event_ticket", "price")


def loyalty_coffee():
    name = "loyalty_stamp_card"
    stamps = 7
    total = 10
    cells = "".join(f"<div class='s {'on' if i < stamps else ''}'>{'☕' if i < stamps else i+1}</div>" for i in range(total))
    body = f"""<div class=lc><div class=h>Café Mirabelle</div><div class=sub>Collect {total} stamps for a free coffee</div><div class=grid>{cells}</div>
<div class=ft>Member: Ines Fässler · Card 0219 · last stamp 28/01/2026</div></div>"""
    css = """.lc{width:560px;margin:24px auto;background:#fff4e6;border:3px solid #8d5524;border-radius:18px;padding:20px;font-family:'DejaVu Serif';color:#5a3311}.h{font-size:32px;text-align:center;font-style:italic}.sub{text-align:center;font-size:15px}
.grid{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:18px 10px}.s{height:80px;border:2px dashed #8d5524;border-radius:40px;display:flex;align-items:center;justify-content:center;font-size:22px;color:#c9a27a}.on{background:#8d5524;border-style:solid;color:#fff;font-size:34px}
.ft{font-size:13px;text-align:center}"""
    render_html(name, body, 620, 420, css, bg="#a1887f")
    q(name, "how many more stamps until my free coffee?", str(total - stamps), "count", "loyalty_card", "remaining stamps", literal=False)
    q(name, "how many stamps do I have so far", str(stamps), "count", "loyalty_card", "count stamps", literal=False)


def loyalty_supermarket():
    name = "loyalty_app_points"
    hist = [("12 Jun", "Superfresh Amager", 412.50, 41), ("05 Jun", "Superfresh Nørreport", 188.00, 18), ("30 May", "Superfresh online", 1045.75, 104),
            ("21 May", "Reward redeemed: 50 kr voucher", 0, -500), ("14 May", "Superfresh Amager", 236.20, 23)]
    points = 2180
    rows = "".join(f"<div class=h><div><b>{s}</b><br><span>{d}{' · ' + fmt_de(a) + ' kr' if a else ''}</span></div><div class='p {'neg' if p<0 else ''}'>{p:+d}</div></div>" for d, s, a, p in hist)
    body = f"""<div class=ph><div class=card><div class=br>superfresh<span>+</span></div><div class=tier>GOLD MEMBER</div><div class=pts>{points:,}</div><div class=pl>points</div>
<div class=nm>Søren Kierkegaard-Holm</div><div class=num>Member 6003 4412 9870</div></div><div class=next>🎁 {2500 - points} points until your next 50 kr voucher</div>
<div class=sec>Recent activity</div>{rows}</div>"""
    css = """.ph{width:400px;margin:0 auto;background:#f2f5f3;min-height:800px;padding:18px;box-sizing:border-box;font-family:'Noto Sans'}.card{background:linear-gradient(135deg,#0f766e,#14b8a6);color:#fff;border-radius:16px;padding:20px;position:relative}
.br{font-size:22px;font-weight:bold}.br span{color:#fde047}.tier{position:absolute;right:18px;top:24px;font-size:11px;background:#fde047;color:#0f766e;padding:3px 8px;border-radius:8px;font-weight:bold}.pts{font-size:44px;font-weight:bold;margin-top:14px}.pl{font-size:13px;margin-top:-6px}
.nm{margin-top:18px;font-size:15px}.num{font-size:13px;opacity:.85;font-family:'DejaVu Sans Mono'}.next{background:#fff;margin:14px 0;padding:12px;border-radius:10px;font-size:14px}.sec{font-weight:bold;margin:14px 4px 6px}
.h{display:flex;justify-content:space-between;background:#fff;padding:10px 12px;border-bottom:1px solid #e5e7eb;font-size:14px}.h span{color:#6b7280;font-size:13px}.p{color:#0f766e;font-weight:bold}.neg{color:#dc2626}"""
    render_html(name, body, 400, 820, css, bg="#f2f5f3")
    q(name, "how many points do I have?", f"{points:,}", "number", "loyalty_card", "points balance")
    q(name, "how many points did the online order earn me", "+104", "number", "loyalty_card", "points for transaction")
    q(name, "how far am I from the next voucher?", f"{2500 - points} points", "number", "loyalty_card", "points remaining")


def loyalty_airline():
    name = "loyalty_frequent_flyer"
    body = """<div class=wrap><div class=card><div class=chip></div><div class=br>SKYLARK <b>MILES</b></div><div class=tier>PLATINUM</div>
<div class=no>SK 448 201 977</div><div class=nm>MAGNUS Þ. SIGURÐSSON</div><div class=ex>MEMBER SINCE 2014 · VALID THRU 03/2028</div></div>
<div class=stats><div><span>Award miles</span><b>184,320</b></div><div><span>Tier miles this year</span><b>61,450</b></div><div><span>Flights this year</span><b>38</b></div><div><span>Tier miles needed to keep Platinum</span><b>80,000</b></div></div></div>"""
    css = """.wrap{display:flex;gap:30px;padding:30px;background:#0d1117;font-family:'Liberation Sans'}.card{width:440px;height:270px;border-radius:18px;background:linear-gradient(160deg,#3a3d45,#9ea3ab 55%,#4b4f57);color:#f8f8f8;position:relative;padding:24px;box-sizing:border-box}
.chip{width:52px;height:40px;border-radius:6px;background:linear-gradient(#e9c46a,#b8860b);position:absolute;top:80px;left:24px}.br{font-size:22px;letter-spacing:3px}.tier{position:absolute;right:24px;top:26px;font-size:14px;letter-spacing:3px}
.no{position:absolute;top:140px;left:24px;font-family:'DejaVu Sans Mono';font-size:22px;letter-spacing:2px}.nm{position:absolute;top:186px;left:24px;font-size:18px}.ex{position:absolute;top:222px;left:24px;font-size:12px}
.stats{display:grid;grid-template-columns:1fr 1fr;gap:14px;flex:1}.stats div{background:#161b22;border:1px solid #30363d;border-radius:10px;padding:16px;color:#c9d1d9}.stats span{font-size:13px;color:#8b949e;display:block}.stats b{font-size:28px}"""
    render_html(name, body, 1000, 340, css, bg="#0d1117")
    q(name, "how many award miles does Magnus have?", "184,320", "number", "loyalty_card", "miles balance")
    q(name, "how many more tier miles to keep platinum?", f"{80000 - 61450:,}", "number", "loyalty_card", "difference")
    q(name, "What's the membership number", "SK 448 201 977", "code", "loyalty_card", "member number")


ALL = [id_card_eu, staff_id_vertical, conference_badge, business_cards, boarding_pass, event_ticket,
       loyalty_coffee, loyalty_supermarket, loyalty_airline]
