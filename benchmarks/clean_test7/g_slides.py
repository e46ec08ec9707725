"""Slides: bullets, box-and-arrow diagram, slide with table, slide with chart."""
import random
from common import shot, Q, esc, eu, SEED, uniq

GENS = ["bullets", "diagram", "slide_table", "slide_chart"]
C = "slide"
FRAME = ".s{width:1024px;height:576px;box-sizing:border-box;position:relative;overflow:hidden}.pn{position:absolute;bottom:14px;right:24px;font-size:13px;opacity:.7}"


def bullets():
    body = """<div class=s><div class=bar></div><h1>Q2 priorities — Mobile team</h1><ul>
<li>Ship offline mode for field technicians by <b>May 29</b></li><li>Cut cold-start time from 3.8 s to under 2 s</li>
<li>Migrate push notifications to the new provider (owner: Thandiwe)</li><li>Retire the Android 8 build</li><li>Hire 2 iOS engineers (1 senior, 1 mid)</li></ul>
<div class=pn>Northwind Field Apps · 7 / 22</div></div>"""
    css = FRAME + """.s{background:#0f172a;color:#e2e8f0;padding:56px 70px}.bar{position:absolute;left:0;top:0;bottom:0;width:14px;background:linear-gradient(#22d3ee,#a855f7)}
h1{font-size:40px;margin:0 0 30px;color:#fff}li{font-size:24px;margin:14px 0}b{color:#22d3ee}"""
    img = shot("slide_bullets_mobile", body, 1024, 576, css, font="Lato", bg="#0f172a")
    Q(img, "who owns the push notification migration?", "Thandiwe", "person", C, "owner lookup")
    Q(img, "what's the cold start target", "under 2 s", "text", C, "target value")
    Q(img, "How many iOS engineers are they hiring", "2", "count", C, "count in bullet")
    Q(img, "what slide number is this", "7", "number", C, "page number")


def diagram():
    boxes = [("Mobile app", 40, 60), ("API gateway", 300, 60), ("Orders svc", 570, 20), ("Billing svc", 570, 150), ("Kafka", 820, 85), ("Postgres", 570, 300), ("Stripe", 820, 300)]
    arrows = [(0, 1, "HTTPS"), (1, 2, "gRPC"), (1, 3, "gRPC"), (2, 4, "events"), (3, 4, "events"), (3, 5, "SQL"), (3, 6, "REST")]
    W, H = 150, 58
    def c(i): n, x, y = boxes[i]; return x + W / 2, y + 120 + H / 2
    svg = "<svg width=1024 height=576 style='position:absolute;left:0;top:0'><defs><marker id=a markerWidth=10 markerHeight=10 refX=9 refY=3 orient=auto><path d='M0,0 L9,3 L0,6 z' fill='#475569'/></marker></defs>"
    for a, b, lab in arrows:
        (x1, y1), (x2, y2) = c(a), c(b)
        # shorten to box edges
        import math
        dx, dy = x2 - x1, y2 - y1; L = math.hypot(dx, dy)
        def edge(dx, dy): return min(W / 2 / abs(dx) if dx else 1e9, H / 2 / abs(dy) if dy else 1e9)
        t = edge(dx, dy)
        sx, sy = x1 + dx * t, y1 + dy * t; ex, ey = x2 - dx * t, y2 - dy * t
        svg += f"<line x1={sx} y1={sy} x2={ex} y2={ey} stroke='#475569' stroke-width=2 marker-end='url(#a)'/><text x={(sx+ex)/2} y={(sy+ey)/2-6} font-size=14 text-anchor=middle fill='#b45309'>{lab}</text>"
    svg += "</svg>"
    bx = "".join(f"<div class=bx style='left:{x}px;top:{y+120}px'>{n}</div>" for n, x, y in boxes)
    body = f"<div class=s><h1>Checkout architecture (current)</h1>{svg}{bx}<div class=pn>Platform review · 12</div></div>"
    css = FRAME + """.s{background:#f8fafc;padding:30px 40px}h1{font-size:32px;margin:0;color:#0f172a}.bx{position:absolute;width:150px;height:58px;line-height:58px;text-align:center;background:#fff;border:2px solid #3b82f6;border-radius:10px;font-size:17px;font-weight:bold}"""
    img = shot("slide_diagram_checkout", body, 1024, 576, css, font="Noto Sans", bg="#f8fafc")
    Q(img, "what does the Billing service talk to Stripe over?", "REST", "text", C, "edge label")
    Q(img, "which services publish events to Kafka", "Orders svc and Billing svc", "text", C, "incoming edges", literal=False)
    Q(img, "how does the mobile app connect to the API gateway", "HTTPS", "text", C, "edge label")
    Q(img, "which service writes to Postgres?", "Billing svc", "text", C, "edge target lookup")
    Q(img, "how many boxes are in the diagram?", str(len(boxes)), "count", C, "count nodes", literal=False)


def slide_table():
    r = random.Random(SEED + 71)
    plans = ["Starter", "Team", "Business", "Enterprise"]
    price = [9, 29, 79, None]; seats = [3, 15, 100, "Unlimited"]; storage = ["20 GB", "250 GB", "2 TB", "Custom"]
    sso = ["—", "—", "✓", "✓"]
    tr = "".join(f"<tr><td>{p}</td><td>{('€'+str(pr)+'/mo') if pr else 'Contact us'}</td><td>{s}</td><td>{st}</td><td>{ss}</td></tr>" for p, pr, s, st, ss in zip(plans, price, seats, storage, sso))
    body = f"<div class=s><h1>New pricing from 1 July</h1><table><tr><th>Plan</th><th>Price</th><th>Seats</th><th>Storage</th><th>SSO</th></tr>{tr}</table><div class=pn>Pricing committee · 4</div></div>"
    css = FRAME + """.s{background:#fffbeb;padding:44px 60px;border-top:16px solid #d97706}h1{font-size:38px;color:#78350f;margin:0 0 26px}table{width:100%;border-collapse:collapse;font-size:22px}
th{text-align:left;color:#92400e;border-bottom:3px solid #d97706;padding:10px}td{padding:12px 10px;border-bottom:1px solid #fcd34d}"""
    img = shot("slide_pricing_table", body, 1024, 576, css, font="Cantarell", bg="#fffbeb")
    Q(img, "how much is the Team plan per month", "€29/mo", "money", C, "cell lookup")
    Q(img, "cheapest plan that includes SSO?", "Business", "text", C, "min with condition", literal=True)
    Q(img, "how much storage does Business get", "2 TB", "text", C, "cell lookup")


def slide_chart():
    r = random.Random(SEED + 72)
    regions = ["DACH", "Nordics", "Benelux", "Iberia", "CEE"]
    nps = r.sample(range(18, 71), len(regions))
    mx = 80
    bars = "".join(f"<div class=c><div class=v>{v}</div><div class=b style='height:{v/mx*300}px'></div><div class=l>{g}</div></div>" for g, v in zip(regions, nps))
    body = f"<div class=s><h1>NPS by region, H2 2025</h1><div class=row><div class=ch>{bars}</div><div class=nt><p>Company average: <b>{round(sum(nps)/len(nps))}</b></p><p>Target for 2026: <b>50</b></p></div></div><div class=pn>Customer council · 9</div></div>"
    css = FRAME + """.s{background:linear-gradient(160deg,#1e3a8a,#312e81);color:#fff;padding:36px 60px}h1{font-size:36px;margin:0 0 20px}.row{display:flex}.ch{display:flex;align-items:flex-end;gap:34px;height:380px;flex:1}
.c{text-align:center;width:80px}.b{background:#fbbf24;border-radius:6px 6px 0 0}.v{font-size:20px;font-weight:bold;margin-bottom:4px}.l{font-size:18px;margin-top:6px}.nt{width:260px;font-size:22px}"""
    img = shot("slide_nps_chart", body, 1024, 576, css, font="Lato", bg="#1e3a8a")
    Q(img, "what's the NPS for Iberia", str(nps[3]), "number", C, "bar value")
    below = [g for g, v in zip(regions, nps) if v < 50]
    Q(img, "how many regions are below the 2026 target?", str(len(below)), "count", C, "count threshold", literal=False)
    Q(img, "lowest NPS region?", regions[nps.index(min(nps))], "text", C, "argmin")
