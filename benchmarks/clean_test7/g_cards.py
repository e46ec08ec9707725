"""Cards: ID card, loyalty card, business cards, boarding pass, badge, event ticket."""
import random, datetime as dt
from common import shot, Q, esc, eu, sp, us, SEED

GENS = ["id_card", "loyalty_card", "business_cards", "boarding_pass", "conf_badge", "concert_ticket"]


def id_card():
    r = random.Random(SEED + 11)
    dob = dt.date(r.randint(1968, 2001), r.randint(1, 12), r.randint(1, 28))
    exp = dt.date(2031, dob.month, dob.day)
    num = f"L{r.randint(10,99)}X{r.randint(1000000,9999999)}"
    body = f"""<div class=c><div class=h>REPUBLIKA HRVATSKA · OSOBNA ISKAZNICA / IDENTITY CARD</div><div class=m><div class=ph>👤</div><div class=f>
<div><span>Prezime / Surname</span>HORVAT</div><div><span>Ime / Given names</span>MARIJA ANA</div><div class=two><div><span>Spol / Sex</span>Ž/F</div><div><span>Državljanstvo / Nationality</span>HRV</div></div>
<div class=two><div><span>Datum rođenja / Date of birth</span>{dob.strftime('%d. %m. %Y.')}</div><div><span>Broj / Document no.</span>{num}</div></div>
<div><span>Vrijedi do / Date of expiry</span>{exp.strftime('%d. %m. %Y.')}</div></div></div></div>"""
    css = """.c{margin:16px;width:620px;height:380px;border-radius:18px;background:linear-gradient(135deg,#dfeaf7,#f7efe0);box-shadow:0 2px 10px #0004;overflow:hidden}
.h{background:#1d3f73;color:#fff;font-size:13px;padding:9px 16px;font-weight:bold}.m{display:flex;padding:16px}.ph{width:150px;height:190px;background:#c9d3de;font-size:90px;text-align:center;line-height:190px;border-radius:6px}
.f{padding-left:20px;font-size:17px;font-weight:bold}.f div{margin-bottom:9px}.f span{display:block;font-size:11px;font-weight:normal;color:#345}.two{display:flex;gap:26px}"""
    img = shot("idcard_hr", body, 660, 420, css, font="DejaVu Sans Condensed", bg="#5d6d7e")
    Q(img, "when does this ID expire?", exp.strftime('%d. %m. %Y.'), "date", "id card", "expiry date")
    Q(img, "document number on the card?", num, "code", "id card", "document number")
    Q(img, "what year was she born", str(dob.year), "number", "id card", "birth year")


def loyalty_card():
    r = random.Random(SEED + 12)
    pts = r.randint(1200, 9800); nxt = 10000 - pts
    body = f"""<div class=c><div class=t><span class=b>BREWHAUS</span><span class=tier>GOLD MEMBER</span></div>
<div class=n>Tomasz Wiśniewski</div><div class=no>Member No. 6034 2281 9907</div><div class=row><div><span>POINTS</span>{pts:,}</div><div><span>MEMBER SINCE</span>03/2021</div><div><span>VALID THRU</span>12/27</div></div>
<div class=nt>{nxt:,} points to Platinum</div></div>"""
    css = """.c{margin:20px;width:520px;height:310px;border-radius:20px;background:#1b1b1f;color:#f3d47a;padding:24px;box-sizing:border-box;border:2px solid #f3d47a}
.t{display:flex;justify-content:space-between}.b{font-size:30px;font-weight:900;letter-spacing:4px}.tier{font-size:14px;border:1px solid #f3d47a;padding:5px 10px;border-radius:12px}
.n{font-size:22px;color:#fff;margin-top:36px}.no{font-size:14px;color:#bbb;margin-top:4px}.row{display:flex;gap:40px;margin-top:24px;font-size:20px;color:#fff}.row span{display:block;font-size:11px;color:#f3d47a}.nt{margin-top:16px;font-size:13px;color:#ccc}"""
    img = shot("loyalty_brewhaus", body, 570, 360, css, font="Lato", bg="#e8e2d4")
    Q(img, "how many points does Tomasz have", f"{pts:,}", "number", "loyalty card", "points")
    Q(img, "what tier is this card", "GOLD", "text", "loyalty card", "tier")
    Q(img, "till when is the card valid?", "12/27", "date", "loyalty card", "valid thru")


def business_cards():
    people = [("Dr. Ngozi Okafor", "Head of Clinical Research", "Lumenis Biotech", "+234 803 555 0192", "n.okafor@lumenisbio.ng", "#0b6e4f"),
              ("Henrik Lindqvist", "Senior Structural Engineer", "Fjord & Stål AB", "+46 8 555 217 40", "henrik@fjordstal.se", "#26457a"),
              ("Camila Restrepo", "Brand Strategist", "Estudio Tinta", "+57 310 555 8844", "camila@estudiotinta.co", "#b8336a"),
              ("Arjun Mehta", "CTO & Co-founder", "Quillstack Labs", "+91 98200 55731", "arjun@quillstack.io", "#e07a1f")]
    cards = ""
    for i, (n, t, c, p, e, col) in enumerate(people):
        cards += f"<div class=c style='border-top:8px solid {col}'><div class=co style='color:{col}'>{c}</div><div class=n>{n}</div><div class=t>{t}</div><div class=d>☎ {p}<br>✉ {e}</div></div>"
    css = """.g{display:grid;grid-template-columns:1fr 1fr;gap:26px;padding:26px}.c{background:#fff;padding:18px 22px;height:170px;box-shadow:0 3px 8px #0003}
.co{font-size:14px;font-weight:bold;letter-spacing:1px;text-transform:uppercase}.n{font-size:22px;margin-top:14px}.t{font-size:14px;color:#666}.d{font-size:14px;margin-top:16px;line-height:1.5}"""
    img = shot("bizcards_four", f"<div class=g>{cards}</div>", 900, 520, css, font="Liberation Serif", bg="#d9d4cc")
    Q(img, "whats the phone number of the structural engineer", people[1][3], "phone", "business card", "phone by role")
    Q(img, "which company does Camila Restrepo work for?", people[2][2], "text", "business card", "company by name")
    Q(img, "who is the CTO?", people[3][0], "person", "business card", "who by role")
    Q(img, "email for the clinical research head pls", people[0][4], "text", "business card", "email by role")


def boarding_pass():
    r = random.Random(SEED + 13)
    seat = f"{r.randint(8,38)}{r.choice('ACDF')}"; gate = f"B{r.randint(12,48)}"
    board = "13:05"; dep = "13:40"
    body = f"""<div class=bp><div class=main><div class=al>✈ AEGEAN</div><div class=lab>PASSENGER</div><div class=v>PAPADOPOULOS/DIMITRIOS MR</div>
<div class=rt><div><div class=code>ATH</div>Athens</div><div class=pl>✈</div><div><div class=code>FRA</div>Frankfurt</div></div>
<div class=g><div><div class=lab>FLIGHT</div><div class=v>A3 830</div></div><div><div class=lab>DATE</div><div class=v>21 NOV</div></div><div><div class=lab>BOARDING</div><div class=v>{board}</div></div>
<div><div class=lab>DEPARTS</div><div class=v>{dep}</div></div><div><div class=lab>GATE</div><div class=v>{gate}</div></div><div><div class=lab>SEAT</div><div class=v>{seat}</div></div><div><div class=lab>ZONE</div><div class=v>3</div></div><div><div class=lab>CLASS</div><div class=v>ECONOMY</div></div></div></div>
<div class=stub><div class=lab>SEAT</div><div class=big>{seat}</div><div class=lab>GATE</div><div class=v>{gate}</div><div class=lab>SEQ</div><div class=v>0{r.randint(10,99)}</div></div></div>"""
    css = """.bp{display:flex;margin:18px;width:820px;background:#fff;border-radius:14px;overflow:hidden}.main{flex:1;padding:20px 26px}.stub{width:170px;background:#0d2b52;color:#fff;padding:20px;border-left:3px dashed #999}
.al{font-size:22px;font-weight:bold;color:#0d2b52;margin-bottom:12px}.lab{font-size:11px;color:#8a94a3;letter-spacing:1px;margin-top:6px}.v{font-size:17px;font-weight:bold}.rt{display:flex;align-items:center;gap:40px;margin:14px 0;font-size:13px}
.code{font-size:36px;font-weight:bold}.pl{font-size:26px;color:#0d2b52}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:6px 18px}.big{font-size:40px;font-weight:bold}.stub .lab{color:#9fb3cc}"""
    img = shot("boarding_aegean", body, 870, 400, css, font="Liberation Sans", bg="#5a8dc7")
    Q(img, "which gate do I board at?", gate, "code", "boarding pass", "gate")
    Q(img, "when does boarding start", board, "time", "boarding pass", "boarding time")
    Q(img, "what's the flight number", "A3 830", "code", "boarding pass", "flight number")
    Q(img, "where's this flight going? (city)", "Frankfurt", "text", "boarding pass", "destination")


def conf_badge():
    body = """<div class=wr><div class=b><div class=top>DEVSUMMIT<br><span>LISBON 2026 · 9–11 JUNE</span></div><div class=n>Yuki<br>Tanaka-Brooks</div><div class=r>Staff Engineer</div><div class=co>Harborline Payments</div><div class=tp>SPEAKER</div><div class=qr>Track B · Hall 4</div></div>
<div class=b b2><div class=top style='background:#374151'>DEVSUMMIT<br><span>LISBON 2026 · 9–11 JUNE</span></div><div class=n>Rafael<br>Moura</div><div class=r>Developer Advocate</div><div class=co>Orbitly</div><div class=tp style='background:#16a34a'>ATTENDEE</div><div class=qr>Workshop pass: YES</div></div></div>"""
    css = """.wr{display:flex;gap:30px;padding:24px}.b{width:300px;height:440px;background:#fff;border-radius:10px;text-align:center;overflow:hidden;position:relative}
.top{background:#7c3aed;color:#fff;font-size:24px;font-weight:900;padding:14px}.top span{font-size:12px;font-weight:normal}.n{font-size:30px;font-weight:bold;margin-top:26px;line-height:1.15}
.r{font-size:15px;color:#555;margin-top:10px}.co{font-size:17px;margin-top:6px;font-weight:bold}.tp{position:absolute;bottom:40px;width:100%;background:#ef4444;color:#fff;font-size:20px;font-weight:bold;padding:8px 0}.qr{position:absolute;bottom:12px;width:100%;font-size:13px}"""
    img = shot("badges_devsummit", body, 700, 500, css, font="Cantarell", bg="#cbd5e1")
    Q(img, "Which company is the speaker from?", "Harborline Payments", "text", "badge", "company by role")
    Q(img, "what's Rafael's job title", "Developer Advocate", "text", "badge", "title by name")
    Q(img, "what city is the conference in", "LISBON", "text", "badge", "city")


def concert_ticket():
    r = random.Random(SEED + 14)
    price = r.randint(45, 140); fee = round(price * 0.12, 2)
    body = f"""<div class=t><div class=l><div class=ev>NOITE DE FADO</div><div class=ar>Ana Moura & Orquestra</div><div class=g><div><span>VENUE</span>Coliseu do Porto</div><div><span>DATE</span>Sat 18 Apr 2026</div>
<div><span>DOORS</span>20:00</div><div><span>SHOW</span>21:30</div><div><span>SECTION</span>Plateia</div><div><span>ROW</span>H</div><div><span>SEAT</span>14</div><div><span>PRICE</span>{price},00 € + {eu(fee)} € fee</div></div></div>
<div class=s>ADMIT ONE<br><br>Ticket ID<br><b>TKT-88{r.randint(100000,999999)}</b></div></div>"""
    css = """.t{display:flex;margin:20px;width:760px;background:#1f1033;color:#fce7f3;border-radius:10px;overflow:hidden}.l{flex:1;padding:22px}.ev{font-size:34px;font-weight:900;color:#f472b6;font-family:'C059'}
.ar{font-size:18px;margin-bottom:14px}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;font-size:15px}.g span{display:block;font-size:11px;color:#c4b5fd}.s{width:170px;border-left:3px dotted #f472b6;padding:22px;font-size:14px;text-align:center}"""
    img = shot("ticket_fado", body, 800, 330, css, font="Lato", bg="#444")
    Q(img, "what time does the show start (not doors)?", "21:30", "time", "event ticket", "show time")
    Q(img, "how much did the ticket cost including the fee", f"{eu(price+fee)} €", "money", "event ticket", "price plus fee", literal=False)
    Q(img, "which row am i sitting in", "H", "text", "event ticket", "row")
