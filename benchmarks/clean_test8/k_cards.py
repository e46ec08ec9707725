"""Cards: ID card, badges, business cards, boarding pass, membership card, event ticket.
Many labels are implied by layout only."""
import datetime as dt
from common import q, render_html, page


def id_card(rng):
    name = "card_id_residence"
    born = dt.date(1991, 3, 17)
    exp = dt.date(2031, 7, 2)
    css = """.c{width:640px;height:404px;margin:24px;border-radius:22px;background:linear-gradient(135deg,#d8ecf3,#f7efe2 60%,#e6d9f2);
    font-family:'Noto Sans Mono','DejaVu Sans';position:relative;box-shadow:0 4px 14px #0004;overflow:hidden}
    .top{background:#1d3557;color:#fff;padding:12px 22px;font-family:'Roboto Condensed';font-size:20px;letter-spacing:2px}
    .ph{position:absolute;left:24px;top:78px;width:150px;height:190px;border-radius:8px;background:linear-gradient(#9aa9b8,#5d6d7e)}
    .ph:after{content:'';position:absolute;left:45px;top:30px;width:60px;height:70px;border-radius:50%;background:#c7d0da}
    .f{position:absolute;left:200px;font-family:'Roboto'}.n1{top:82px;font-size:28px;font-weight:bold;letter-spacing:1px}
    .n2{top:118px;font-size:22px}.row{top:164px;display:flex;gap:30px;font-size:17px}.row2{top:206px;display:flex;gap:30px;font-size:17px}
    .mrz{position:absolute;bottom:14px;left:22px;font-size:15px;letter-spacing:2px;line-height:1.35;color:#222;font-family:'Noto Sans Mono'}
    .no{position:absolute;right:22px;top:62px;font-size:18px;color:#b3001b;font-family:'Roboto Mono','Noto Sans Mono'}"""
    body = f"""<div class=c><div class=top>REPUBLIKA HRVATSKA · DOZVOLA BORAVKA</div><div class=ph></div>
    <div class=no>HR0K7729315</div>
    <div class="f n1">NAKAMURA-SILVA</div><div class="f n2">Beatriz Aiko</div>
    <div class="f row"><span>{born:%d.%m.%Y}</span><span>Ž / F</span><span>BRA</span></div>
    <div class="f row2"><span>{exp:%d.%m.%Y}</span><span>Zagreb</span></div>
    <div class=mrz>IRHRVHR0K7729315&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;<br>NAKAMURA&lt;SILVA&lt;&lt;BEATRIZ&lt;AIKO&lt;&lt;&lt;&lt;&lt;&lt;</div></div>"""
    render_html(name, page(css, body, bg="#ececec"), 700, 470)
    q(name, "id_card", "What's the surname on this residence permit?", "Nakamura-Silva", "person", "surname (unlabelled)", True)
    q(name, "id_card", "when does this card expire?", f"{exp:%d.%m.%Y}", "date", "expiry (implied by position)", True)
    q(name, "id_card", "how old was she on 1 January 2024?", str(2024 - born.year - 1), "number", "age computed from birth date", False)


def badge(rng):
    name = "card_conf_badge"
    css = """.b{width:420px;margin:24px auto;background:#111827;color:#f9fafb;border-radius:18px;overflow:hidden;font-family:'Open Sans'}
    .hole{width:80px;height:14px;background:#e5e7eb;border-radius:7px;margin:16px auto}
    .ev{text-align:center;font-size:15px;letter-spacing:4px;color:#a78bfa}.n{text-align:center;font-size:40px;font-weight:800;margin-top:34px;line-height:1.05}
    .r{text-align:center;font-size:19px;margin-top:10px;color:#d1d5db}.o{text-align:center;font-size:22px;font-weight:600;margin-top:4px}
    .strip{background:#f59e0b;color:#111;text-align:center;font-size:28px;font-weight:800;padding:12px;margin-top:36px;letter-spacing:6px}
    .ft{display:flex;justify-content:space-between;padding:12px 20px;font-size:14px;color:#9ca3af}"""
    body = """<div class=b><div class=hole></div><div class=ev>KUBECON · VALENCIA · 2025</div>
    <div class=n>Thandiwe<br>Mokoena</div><div class=r>Staff Site Reliability Engineer</div><div class=o>Quokka Labs</div>
    <div class=strip>SPEAKER</div><div class=ft><span>she / her</span><span>#A-30417</span></div></div>"""
    render_html(name, page(css, body, bg="#d1d5db"), 480, 700)
    q(name, "badge", "which company does the person on this badge work for?", "Quokka Labs", "text", "organisation (unlabelled)", True)
    q(name, "badge", "is she an attendee or a speaker?", "speaker", "text", "badge type", True)


def business_cards(rng):
    name = "card_business_pair"
    css = """.wrap{display:flex;gap:30px;padding:30px}.bc{width:500px;height:290px;position:relative;box-shadow:0 3px 10px #0003}
    .a{background:#fbfaf6;font-family:'P052'}.a .n{position:absolute;left:36px;top:40px;font-size:30px}
    .a .t{position:absolute;left:36px;top:84px;font-size:16px;font-style:italic;color:#6b4f2a}
    .a .c{position:absolute;left:36px;bottom:30px;font-size:15px;line-height:1.6}.a .logo{position:absolute;right:30px;top:36px;font-size:17px;letter-spacing:3px;color:#6b4f2a;text-align:right}
    .b{background:#0f3d3e;color:#e8f1ef;font-family:'URW Gothic'}.b .n{position:absolute;right:30px;top:110px;font-size:26px;text-align:right}
    .b .t{position:absolute;right:30px;top:146px;font-size:15px;color:#8fd3c4}.b .c{position:absolute;left:30px;bottom:24px;font-size:15px;line-height:1.6}
    .b .logo{position:absolute;left:30px;top:28px;font-size:24px;font-weight:bold}"""
    body = """<div class=wrap><div class="bc a"><div class=logo>ATELIER<br>VAN DER BERG</div><div class=n>Sofie van der Berg</div>
    <div class=t>Principal Architect</div><div class=c>+31 20 794 5512<br>sofie@vdberg-atelier.nl<br>Keizersgracht 318, Amsterdam</div></div>
    <div class="bc b"><div class=logo>tidepool.</div><div class=n>Mateus Okonkwo</div><div class=t>Head of Partnerships</div>
    <div class=c>m. +44 7700 918 264<br>mateus@tidepool.io<br>tidepool.io</div></div></div>"""
    render_html(name, page(css, body, bg="#c9c4bb"), 1120, 360)
    q(name, "business_card", "what's Sofie's phone number?", "+31 20 794 5512", "phone", "phone on card", True)
    q(name, "business_card", "Which company is Mateus with?", "tidepool", "text", "company (logo only)", True)


def boarding_pass(rng):
    name = "card_boarding_pass"
    dep = dt.datetime(2024, 12, 19, 22, 55)
    board = dep - dt.timedelta(minutes=40)
    css = """.bp{width:900px;margin:22px;display:flex;border-radius:16px;overflow:hidden;font-family:'Roboto';box-shadow:0 4px 12px #0003}
    .m{flex:1;background:#fff;padding:0}.hd{background:#5b2a86;color:#fff;padding:14px 24px;display:flex;justify-content:space-between;font-size:18px}
    .rt{display:flex;justify-content:space-between;align-items:center;padding:18px 28px}.code{font-size:52px;font-weight:900;color:#5b2a86}
    .city{font-size:14px;color:#666}.g{display:grid;grid-template-columns:repeat(5,1fr);padding:4px 28px 20px}
    .k{font-size:11px;color:#999;text-transform:uppercase}.v{font-size:20px;font-weight:500}
    .s{width:230px;background:#f2eaf9;padding:18px;border-left:2px dashed #5b2a86}"""
    body = f"""<div class=bp><div class=m><div class=hd><b>AURORA AIRWAYS</b><span>BOARDING PASS · ECONOMY</span></div>
    <div style="padding:10px 28px 0;font-size:20px">MS FATIMA ZAHRA EL AMRANI</div>
    <div class=rt><div><div class=code>DOH</div><div class=city>Doha Hamad Intl</div></div><div style="font-size:34px;color:#5b2a86">✈</div>
    <div style="text-align:right"><div class=code>MNL</div><div class=city>Manila Ninoy Aquino</div></div></div>
    <div class=g><div><div class=k>Flight</div><div class=v>AU 648</div></div><div><div class=k>Date</div><div class=v>{dep:%d %b %Y}</div></div>
    <div><div class=k>Boarding</div><div class=v>{board:%H:%M}</div></div><div><div class=k>Gate</div><div class=v>C27</div></div>
    <div><div class=k>Seat</div><div class=v>41K</div></div></div></div>
    <div class=s><div class=k>Departs</div><div class=v>{dep:%H:%M}</div><div class=k style="margin-top:10px">Zone</div><div class=v>4</div>
    <div class=k style="margin-top:10px">Seq</div><div class=v>118</div></div></div>"""
    render_html(name, page(css, body, bg="#eee"), 960, 400)
    q(name, "boarding_pass", "what gate do I go to?", "C27", "code", "gate", True)
    q(name, "boarding_pass", "Where is this flight headed (airport code)?", "MNL", "code", "destination", True)
    q(name, "boarding_pass", "how many minutes before departure does boarding start", "40", "number", "difference of two times", False)


def loyalty_card(rng):
    name = "card_loyalty_stamps"
    stamps = rng.randint(5, 8)
    cells = "".join(f"<div class='st {'on' if i < stamps else ''}'>{'☕' if i < stamps else i+1}</div>" for i in range(10))
    css = """.c{width:560px;margin:24px;background:#f3e6d3;border-radius:16px;padding:22px 26px;font-family:'Lato';border:2px solid #8c5a2b}
    .h{display:flex;justify-content:space-between;align-items:center}.nm{font-size:26px;font-weight:900;color:#5a3410}
    .g{display:grid;grid-template-columns:repeat(5,1fr);gap:12px;margin:18px 0}.st{height:66px;border:2px dashed #8c5a2b;border-radius:50%;
    display:flex;align-items:center;justify-content:center;font-size:22px;color:#8c5a2b}.st.on{background:#8c5a2b;color:#fff;border-style:solid}
    .f{font-size:15px;color:#5a3410}"""
    body = f"""<div class=c><div class=h><div class=nm>Bean &amp; Bough Roasters</div><div class=f>Member since 2022</div></div>
    <div class=f>Collect 10 stamps, get your next drink free!</div><div class=g>{cells}</div>
    <div class=f style="display:flex;justify-content:space-between"><span>Ana-Lucía Fuentes</span><span>Card 0088-1462</span></div></div>"""
    render_html(name, page(css, body, bg="#fff"), 640, 420)
    q(name, "loyalty_card", "how many more stamps until the free drink?", str(10 - stamps), "count", "remaining stamps", False)
    q(name, "loyalty_card", "who does this loyalty card belong to", "Ana-Lucía Fuentes", "person", "holder", True)


def event_ticket(rng):
    name = "card_event_ticket"
    css = """.t{width:860px;margin:22px;display:flex;background:#0b0b0f;color:#fff;border-radius:10px;overflow:hidden;font-family:'Fira Code'}
    .a{flex:1;padding:26px 30px;background:radial-gradient(circle at 80% 20%,#ff2e88 0,#0b0b0f 55%)}
    .t1{font-size:14px;letter-spacing:6px;color:#ff9ec8}.t2{font-family:'Lato';font-size:44px;font-weight:900;margin:8px 0}
    .g{display:flex;gap:38px;margin-top:18px}.k{font-size:11px;color:#aaa}.v{font-size:20px}
    .b{width:200px;background:#ff2e88;color:#0b0b0f;padding:24px 18px;font-weight:bold}"""
    body = """<div class=t><div class=a><div class=t1>LIVE AT THE ROUNDHOUSE</div><div class=t2>Ibeyi + Nils Frahm</div>
    <div style="font-size:16px">Sat 08 Mar 2025 · Doors 19:00 · Show 20:30</div>
    <div class=g><div><div class=k>SECTION</div><div class=v>Stalls</div></div><div><div class=k>ROW</div><div class=v>F</div></div>
    <div><div class=k>SEAT</div><div class=v>22</div></div><div><div class=k>PRICE</div><div class=v>£58.50</div></div></div></div>
    <div class=b><div style="font-size:13px">ADMIT ONE</div><div style="font-size:24px;margin-top:12px">RH-66180-F22</div>
    <div style="font-size:13px;margin-top:18px">Holder:<br>Lars Eriksen-Pham</div></div></div>"""
    render_html(name, page(css, body, bg="#ddd"), 920, 330)
    q(name, "event_ticket", "what time do doors open?", "19:00", "time", "doors time", True)
    q(name, "event_ticket", "which row am I sitting in", "F", "text", "row", True)


def build(rng):
    for f in (id_card, badge, business_cards, boarding_pass, loyalty_card, event_ticket):
        f(rng)
