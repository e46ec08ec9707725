# ruff: noqa: E501 — HTML and CSS templates read better on one line each.
"""Slides, landing pages, KPI dashboards and SVG flowcharts — HTML written here, gold from data."""

from __future__ import annotations

import random
from html import escape

from common import FONTS, Fact, Scene, money

TOPICS = {
    "Q3 Roadmap": ["Launch mobile app beta", "Migrate billing to Stripe", "Hire two backend engineers",
                   "Cut page load time by 30%", "Open Berlin office", "SOC 2 audit"],
    "Why Remote Work Works": ["Fewer interruptions", "Wider hiring pool", "Lower office costs", "Flexible hours",
                              "Async documentation culture"],
    "Onboarding Checklist": ["Set up your laptop", "Join the team chat", "Read the handbook", "Meet your buddy",
                             "Ship a small fix", "Book 1:1s with leads"],
    "Lessons Learned": ["Test on real devices", "Write the docs first", "Measure before optimising",
                        "Small releases beat big ones", "Talk to users weekly"],
    "Sustainability Goals 2030": ["100% renewable electricity", "Zero waste to landfill", "Electric delivery fleet",
                                  "Halve water use", "Supplier code of conduct"],
    "Agenda": ["Welcome and introductions", "Market update", "Product demo", "Budget review", "Q&A"],
    "Risks": ["Supplier delays", "Currency swings", "Key person dependency", "Security incidents"],
    "Marketing Plan": ["Relaunch the blog", "Partner webinars", "Paid search in Spain", "Customer case studies",
                       "Newsletter every two weeks"],
}
COLOURS = [("blue", "#1e6fd9"), ("green", "#2e9d48"), ("red", "#d93025"), ("orange", "#f28c18"),
           ("purple", "#7b3fc4"), ("yellow", "#f4d03f"), ("grey", "#8a8f98"), ("pink", "#e84393")]


def slide(idx: int, rng: random.Random) -> Scene:
    title = list(TOPICS)[idx % len(TOPICS)]
    bullets = rng.sample(TOPICS[title], rng.randint(3, min(6, len(TOPICS[title]))))
    theme = [("#ffffff", "#222", "#1e6fd9"), ("#1d2330", "#f1f1f1", "#f2b705"), ("#f4efe6", "#3b2f2f", "#a23e48"),
             ("linear-gradient(120deg,#134e5e,#71b280)", "#fff", "#fff"), ("#fafafa", "#111", "#2e9d48")][idx % 5]
    font = FONTS[[1, 0, 2, 7, 3][idx % 5]]
    num = rng.randint(2, 24)
    marker = ["disc", "square", "circle", "'→  '", "'✓  '"][idx % 5]
    html = f"""<html><body style="margin:0;font-family:{font}">
<div style="width:960px;height:540px;background:{theme[0]};color:{theme[1]};position:relative;box-sizing:border-box;
padding:50px 70px"><div style="font-size:44px;font-weight:bold;color:{theme[2]}">{escape(title)}</div>
<div style="width:120px;height:5px;background:{theme[2]};margin:14px 0 26px"></div>
<ul style="font-size:27px;line-height:1.6;list-style-type:{marker}">{"".join(f"<li>{escape(b)}</li>" for b in bullets)}</ul>
<div style="position:absolute;bottom:20px;right:34px;font-size:16px;opacity:.8">{num}</div>
<div style="position:absolute;bottom:20px;left:70px;font-size:14px;opacity:.7">Acme Corp · Internal</div></div>
</body></html>"""
    k = rng.randrange(len(bullets))
    facts = [
        Fact("title", {}, title, "text"),
        Fact("count", {"things": rng.choice(["bullet points", "bullets on the slide", "points listed"])},
             str(len(bullets)), "count"),
        Fact("nth", {"ord": ["first", "second", "third"][k % 3], "thing": "bullet point"}, bullets[k % 3], "text"),
        Fact("lookup", {"label": "slide number"}, str(num), "number"),
    ]
    return Scene(f"slide{idx}", "slide", facts, html=html, size=(960, 540))


BRANDS = ["Lumora", "Tidewell", "Parcelly", "Quantix", "Brightnest", "Fernweh Travel", "Codemill"]
HEADLINES = ["Ship faster with fewer meetings", "Your money, finally organised", "Deliveries that just work",
             "Analytics your whole team understands", "Smart homes for everyone", "Trips planned in minutes",
             "Build apps without the busywork"]


def webpage(idx: int, rng: random.Random) -> Scene:
    brand, headline = BRANDS[idx % len(BRANDS)], HEADLINES[idx % len(HEADLINES)]
    links = rng.sample(["Features", "Pricing", "Docs", "Blog", "About", "Careers", "Contact", "Login"], rng.randint(3, 6))
    bname, bcol = COLOURS[(idx * 3) % len(COLOURS)]
    cta = rng.choice(["Get started", "Start free trial", "Book a demo", "Try it free", "Join now"])
    cur = ["$", "€", "£"][idx % 3]
    tiers = rng.sample(["Starter", "Growth", "Scale", "Pro", "Team", "Solo"], 3)
    prices = sorted(rng.sample([0, 8, 12, 19, 29, 49, 99], 3))
    rng.shuffle(prices)
    font = FONTS[[0, 1, 7, 3, 2, 6, 0][idx % 7]]
    dark = idx % 3 == 1
    bg, fg = ("#101522", "#e8e8f0") if dark else ("#ffffff", "#1a1a1a")
    card = "#1b2335" if dark else "#f5f6fa"
    price_txt = lambda p: "Free" if p == 0 else f"{money(p, cur)[:-3]}/mo"  # noqa: E731
    cards = "".join(
        f'<div style="flex:1;margin:0 10px;background:{card};border-radius:10px;padding:18px;text-align:center">'
        f'<div style="font-size:19px">{t}</div><div style="font-size:30px;font-weight:bold;margin-top:6px">'
        f"{price_txt(p)}</div></div>" for t, p in zip(tiers, prices, strict=True))
    html = f"""<html><body style="margin:0;background:{bg};color:{fg};font-family:{font}">
<div style="display:flex;align-items:center;padding:18px 40px;border-bottom:1px solid #8884">
<div style="font-size:24px;font-weight:bold">{brand}</div><div style="margin-left:auto;font-size:16px">
{"".join(f'<span style="margin-left:26px">{link}</span>' for link in links)}</div></div>
<div style="text-align:center;padding:50px 60px 30px"><div style="font-size:44px;font-weight:bold">{headline}</div>
<div style="font-size:19px;opacity:.75;margin-top:14px">Join {rng.randint(2, 90)},{rng.randint(100, 999)} teams who switched this year.</div>
<div style="display:inline-block;margin-top:26px;background:{bcol};color:#fff;padding:14px 34px;border-radius:30px;
font-size:19px;font-weight:bold">{cta}</div></div>
<div style="display:flex;padding:10px 60px">{cards}</div></body></html>"""
    paid = [(p, t) for t, p in zip(tiers, prices, strict=True)]
    k = rng.randrange(3)
    facts = [
        Fact("title", {}, headline, "text"),
        Fact("count", {"things": rng.choice(["links in the navigation bar", "menu items at the top"])},
             str(len(links)), "count"),
        Fact("button_colour", {"label": cta}, bname, "colour"),
        Fact("priciest", {"thing": "plan"}, max(paid)[1], "text"),
        Fact("lookup", {"label": f"price of the {tiers[k]} plan"}, price_txt(prices[k]).replace("/mo", ""),
             "text" if prices[k] == 0 else "money"),
        Fact("lookup", {"label": "company name"}, brand, "text"),
    ]
    return Scene(f"webpage{idx}", "webpage", facts, html=html, size=(1000, 620))


KPIS = [("Revenue", lambda r: f"${r.randint(100, 990)}K"), ("Active users", lambda r: f"{r.randint(1000, 99999):,}"),
        ("Churn rate", lambda r: f"{r.randint(10, 90) / 10:.1f}%"), ("NPS", lambda r: str(r.randint(10, 70))),
        ("Orders", lambda r: f"{r.randint(100, 9999):,}"), ("Avg. order value", lambda r: f"€{r.randint(20, 150)}.{r.randint(10, 99)}"),
        ("Conversion", lambda r: f"{r.randint(10, 60) / 10:.1f}%"), ("Tickets open", lambda r: str(r.randint(3, 250)))]


def dashboard(idx: int, rng: random.Random) -> Scene:
    kp = rng.sample(KPIS, rng.randint(4, 6))
    vals = [f(rng) for _, f in kp]
    deltas = rng.sample([x / 10 for x in range(-95, 150, 7) if x], len(kp))
    font = FONTS[[0, 1, 7, 6, 3][idx % 5]]
    dark = idx % 2 == 1
    bg, cardbg, fg = ("#0f172a", "#1e293b", "#e2e8f0") if dark else ("#f1f5f9", "#ffffff", "#0f172a")
    cards = "".join(
        f'<div style="background:{cardbg};border-radius:10px;padding:16px 18px;box-shadow:0 1px 3px #0003">'
        f'<div style="font-size:14px;opacity:.7">{n}</div><div style="font-size:30px;font-weight:bold;margin:6px 0">{v}'
        f'</div><div style="font-size:14px;color:{"#16a34a" if d > 0 else "#dc2626"}">{"▲" if d > 0 else "▼"} '
        f'{"+" if d > 0 else ""}{d:.1f}% vs last month</div></div>'
        for (n, _), v, d in zip(kp, vals, deltas, strict=True))
    html = f"""<html><body style="margin:0;background:{bg};color:{fg};font-family:{font}">
<div style="padding:22px 28px"><div style="font-size:24px;font-weight:bold">{rng.choice(["Sales overview", "Weekly KPIs", "Business dashboard", "Store performance"])}</div>
<div style="font-size:13px;opacity:.6;margin-bottom:16px">Last updated {rng.randint(1, 28)} {rng.choice(["May", "June", "Sept"])} 2025</div>
<div style="display:grid;grid-template-columns:repeat(3,1fr);gap:16px">{cards}</div></div></body></html>"""
    k = rng.randrange(len(kp))
    names = [n for n, _ in kp]
    facts = [
        Fact("lookup", {"label": names[k]}, vals[k], "money" if vals[k][0] in "$€" else "number"),
        Fact("max", {"thing": "metric", "measure": "growth vs last month"}, names[deltas.index(max(deltas))], "text"),
        Fact("min", {"thing": "metric", "measure": "change vs last month"}, names[deltas.index(min(deltas))], "text"),
        Fact("count", {"things": rng.choice(["KPI cards", "metrics shown"])}, str(len(kp)), "count"),
        Fact("lookup", {"label": f"change in {names[(k + 1) % len(kp)]}"}, f"{deltas[(k + 1) % len(kp)]:+.1f}%",
             "number"),
    ]
    return Scene(f"dashboard{idx}", "dashboard", facts, html=html, size=(900, 200 + 140 * ((len(kp) + 2) // 3)))


FLOWS = [["Start", "Receive order", "Check stock", "Pack items", "Ship parcel", "Send invoice", "End"],
         ["Login", "Verify password", "Send 2FA code", "Open dashboard", "Logout"],
         ["Idea", "Research", "Prototype", "User testing", "Launch"],
         ["Ticket opened", "Triage", "Assign engineer", "Fix bug", "Code review", "Deploy", "Close ticket"],
         ["Upload file", "Scan for viruses", "Extract text", "Index document", "Notify user"],
         ["Apply", "Screening call", "Interview", "Offer", "Onboarding"]]


def diagram(idx: int, rng: random.Random) -> Scene:
    steps = FLOWS[idx % len(FLOWS)]
    fills = [rng.choice(COLOURS) for _ in steps]
    horizontal = idx % 2 == 0
    bw, bh, gap = (150, 64, 48) if horizontal else (220, 54, 36)
    per_row = 4 if horizontal else 99
    shapes, pos = [], []
    for i, (s, (_, hexv)) in enumerate(zip(steps, fills, strict=True)):
        r, c = divmod(i, per_row)
        x, y = (30 + c * (bw + gap), 40 + r * (bh + 90)) if horizontal else (60, 30 + i * (bh + gap))
        pos.append((x, y))
        tc = "#111" if hexv in ("#f4d03f",) else "#fff"
        rx = 30 if i in (0, len(steps) - 1) else 6
        shapes.append(f'<rect x="{x}" y="{y}" width="{bw}" height="{bh}" rx="{rx}" fill="{hexv}" stroke="#333"/>'
                      f'<text x="{x + bw / 2}" y="{y + bh / 2 + 6}" text-anchor="middle" fill="{tc}" '
                      f'font-size="16">{escape(s)}</text>')
    arrows = []
    for (x1, y1), (x2, y2) in zip(pos, pos[1:], strict=False):
        if horizontal and y1 == y2:
            arrows.append((x1 + bw, y1 + bh / 2, x2 - 4, y2 + bh / 2))
        elif horizontal:
            arrows.append((x1 + bw / 2, y1 + bh, x2 + bw / 2, y2 - 4))
        else:
            arrows.append((x1 + bw / 2, y1 + bh, x2 + bw / 2, y2 - 4))
    arr = "".join(f'<line x1="{a}" y1="{b}" x2="{c}" y2="{d}" stroke="#333" stroke-width="2" marker-end="url(#h)"/>'
                  for a, b, c, d in arrows)
    w = (30 + per_row * (bw + gap)) if horizontal else 360
    h = (40 + ((len(steps) - 1) // per_row + 1) * (bh + 90)) if horizontal else 40 + len(steps) * (bh + gap)
    font = FONTS[[0, 1, 7][idx % 3]]
    html = f"""<html><body style="margin:0;background:#fff;font-family:{font}"><svg width="{w}" height="{h}">
<defs><marker id="h" markerWidth="10" markerHeight="8" refX="9" refY="4" orient="auto"><path d="M0,0 L10,4 L0,8 z"
fill="#333"/></marker></defs>{"".join(shapes)}{arr}</svg></body></html>"""
    a, b = rng.sample(range(len(steps)), 2)
    k = rng.randrange(len(steps) - 1)
    facts = [
        Fact("fill_colour", {"label": steps[a]}, fills[a][0], "colour"),
        Fact("fill_colour", {"label": steps[b]}, fills[b][0], "colour"),
        Fact("next_step", {"label": steps[k]}, steps[k + 1], "text"),
        Fact("count", {"things": rng.choice(["boxes", "steps in the flowchart", "shapes"])}, str(len(steps)), "count"),
    ]
    return Scene(f"diagram{idx}", "diagram", facts, html=html, size=(max(w, 300) + 10, h + 10))
