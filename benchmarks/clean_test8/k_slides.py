"""Slides: title + bullets, box-and-arrow diagram, slide with a chart, slide with a table."""
from common import q, render_html, page, esc

CAT = "slide"
W, H = 1280, 720


def slide_bullets(rng):
    name = "slide_bullets_roadmap"
    css = f""".s{{width:{W}px;height:{H}px;background:linear-gradient(160deg,#fff8f0,#ffe8d6);padding:60px 80px;font-family:'Lato';position:relative}}
    h1{{font-size:48px;color:#7f1d1d;margin:0 0 8px}}.sub{{font-size:22px;color:#9a3412;margin-bottom:30px}}
    li{{font-size:27px;margin:14px 0;color:#3f1d0b}}.ft{{position:absolute;bottom:26px;left:80px;right:80px;display:flex;justify-content:space-between;color:#9a3412;font-size:16px}}"""
    body = f"""<div class=s><h1>H2 Roadmap: Mobile Wallet</h1><div class=sub>Product review · presented by Ingrid Halvorsen</div><ul>
    <li>Tap-to-pay on Android launches <b>15 July</b> in NL, BE and DK</li><li>iOS version follows after Apple review — target <b>2 September</b></li>
    <li>Budget: <b>€1.8M</b>, team of 14 engineers</li><li>Success metric: 250k monthly active wallets by December</li>
    <li>Open risk: PSD2 strong-auth exemption still pending</li></ul><div class=ft><span>Confidential — Zephyr Pay</span><span>7 / 23</span></div></div>"""
    render_html(name, page(css, body), W, H, trim=False)
    q(name, CAT, "when does tap-to-pay launch on Android?", "15 July", "date", "bullet fact", True)
    q(name, CAT, "how many engineers are on the team?", "14", "number", "bullet number", True)
    q(name, CAT, "who's presenting this", "Ingrid Halvorsen", "person", "presenter", True)


def slide_diagram(rng):
    name = "slide_diagram_pipeline"
    boxes = [("Mobile app", 60, 300, "#dbeafe"), ("API Gateway", 330, 300, "#fde68a"), ("Orders service", 620, 170, "#bbf7d0"),
             ("Payments service", 620, 430, "#bbf7d0"), ("Kafka", 910, 300, "#fecaca"), ("Data warehouse", 910, 520, "#e9d5ff")]
    svg = ""
    for t, x, y, c in boxes:
        svg += f"<rect x='{x}' y='{y}' width='200' height='80' rx='12' fill='{c}' stroke='#334155' stroke-width='2'/><text x='{x+100}' y='{y+46}' font-size='21' text-anchor='middle'>{t}</text>"
    arrows = [((260, 340), (330, 340), "HTTPS"), ((530, 330), (620, 220), "gRPC"), ((530, 350), (620, 460), "gRPC"),
              ((820, 210), (910, 320), "events"), ((820, 470), (910, 360), "events"), ((1010, 380), (1010, 520), "nightly ETL")]
    for (x1, y1), (x2, y2), lab in arrows:
        svg += f"<line x1='{x1}' y1='{y1}' x2='{x2}' y2='{y2}' stroke='#334155' stroke-width='2.5' marker-end='url(#a)'/>"
        svg += f"<text x='{(x1+x2)/2 + 6}' y='{(y1+y2)/2 - 8}' font-size='15' fill='#475569'>{lab}</text>"
    css = f".s{{width:{W}px;height:{H}px;background:#f8fafc;font-family:'Open Sans'}}h1{{margin:0;padding:36px 60px 0;font-size:38px;color:#0f172a}}"
    body = f"""<div class=s><h1>Checkout architecture (current)</h1><svg width='{W}' height='620' font-family='Open Sans'>
    <defs><marker id='a' markerWidth='10' markerHeight='10' refX='9' refY='5' orient='auto'><path d='M0,0 L10,5 L0,10 z' fill='#334155'/></marker></defs>{svg}</svg></div>"""
    render_html(name, page(css, body), W, H, trim=False)
    q(name, CAT, "what does the API gateway talk to the payments service over?", "gRPC", "text", "arrow label", True)
    q(name, CAT, "where do events from the orders service go", "Kafka", "text", "arrow target", True)
    q(name, CAT, "how does data get into the warehouse?", "nightly ETL", "text", "arrow label", True)


def slide_table(rng):
    name = "slide_table_hiring"
    roles = [("Backend (Go)", 6, 4), ("Frontend", 4, 4), ("Data science", 3, 1), ("SRE", 2, 0), ("Design", 2, 2), ("Customer success", 5, 3)]
    tr = "".join(f"<tr><td>{r}</td><td>{p}</td><td>{h}</td><td>{p-h}</td></tr>" for r, p, h in roles)
    css = f""".s{{width:{W}px;height:{H}px;background:#1e1b4b;color:#e0e7ff;padding:50px 70px;font-family:'Roboto'}}h1{{font-size:40px;margin:0 0 24px;color:#fff}}
    table{{border-collapse:collapse;width:100%;font-size:24px}}th{{text-align:left;color:#a5b4fc;border-bottom:2px solid #6366f1;padding:10px}}td{{padding:10px;border-bottom:1px solid #3730a3}}"""
    body = f"<div class=s><h1>Hiring plan 2025 — status at end of Q1</h1><table><tr><th>Role</th><th>Planned</th><th>Hired</th><th>Open</th></tr>{tr}</table></div>"
    render_html(name, page(css, body), W, H, trim=False)
    q(name, CAT, "how many SRE positions are still open?", "2", "count", "cell lookup", True)
    q(name, CAT, "total hires so far across all roles", str(sum(r[2] for r in roles)), "count", "column sum", False)
    q(name, CAT, "which roles are fully hired?", "Frontend, Design", "text", "filter rows", False)


def slide_chart(rng):
    name = "slide_chart_nps"
    qs = ["Q1 23", "Q2 23", "Q3 23", "Q4 23", "Q1 24", "Q2 24"]
    v = sorted(rng.sample(range(18, 63), len(qs)))
    mx = max(v) + 10
    pts = " ".join(f"{120 + i*190},{520 - x/mx*380:.0f}" for i, x in enumerate(v))
    dots = "".join(f"<circle cx='{120 + i*190}' cy='{520 - x/mx*380:.0f}' r='8' fill='#0ea5e9'/><text x='{120 + i*190}' y='{505 - x/mx*380:.0f}' text-anchor='middle' font-size='20' font-weight='bold'>{x}</text>"
                   f"<text x='{120 + i*190}' y='560' text-anchor='middle' font-size='18' fill='#475569'>{q_}</text>" for i, (q_, x) in enumerate(zip(qs, v)))
    css = f".s{{width:{W}px;height:{H}px;background:#fff;font-family:'Nimbus Sans';border-top:14px solid #0ea5e9}}h1{{margin:0;padding:34px 60px 0;font-size:36px}}"
    body = f"""<div class=s><h1>Net Promoter Score keeps climbing</h1><div style='padding:4px 60px;color:#64748b;font-size:18px'>NPS by quarter, all markets</div>
    <svg width='{W}' height='600'><line x1='80' y1='520' x2='1180' y2='520' stroke='#cbd5e1' stroke-width='2'/><polyline points='{pts}' fill='none' stroke='#0ea5e9' stroke-width='4'/>{dots}</svg></div>"""
    render_html(name, page(css, body), W, H, trim=False)
    q(name, CAT, "what was the NPS in Q1 24?", str(v[4]), "number", "point label", True)
    d = v[-1] - v[0]
    q(name, CAT, "how much did NPS change from Q1 23 to Q2 24?", f"{'+' if d > 0 else ''}{d}", "number", "difference first/last", False)


def build(rng):
    for f in (slide_bullets, slide_diagram, slide_table, slide_chart):
        f(rng)
