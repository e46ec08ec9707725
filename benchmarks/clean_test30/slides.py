"""Presentation slides rendered as HTML through headless chromium."""
from lib import Scene, esc, fmt_num, page, render_html, rng


def mk(file, kind, theme, size, content, body, css, **kw):
    s = Scene(file, kind, theme, "slide", size, "chromium", content)
    job = render_html(s, page(body, css, **kw))
    return s, job


def s_kpi():
    r = rng("slide_kpi")
    k = [("Orders shipped", r.randint(41000, 58000), r.randint(-6, 14)), ("Avg. delivery time (h)", round(r.uniform(27, 44), 1), r.randint(-12, 5)),
         ("Return rate", round(r.uniform(2.1, 6.8), 1), r.randint(-20, 10)), ("Net promoter score", r.randint(31, 62), r.randint(-5, 9))]
    boxes = "".join(f"<div class=k><small>{esc(n)}</small><b>{fmt_num(v, 0) if isinstance(v, int) else v}{'%' if n == 'Return rate' else ''}</b>"
                    f"<span class={'u' if d >= 0 else 'd'}>{'▲' if d >= 0 else '▼'} {abs(d)}% vs Q2</span></div>" for n, v, d in k)
    body = f"""<div class=sl><div class=tag>FULFILMENT REVIEW</div><h1>Q3 2025 at a glance</h1><div class=ks>{boxes}</div>
<ul><li>Kraków hub went live on 4 August; now 18% of EU volume</li><li>Carrier mix: 61% parcel, 27% pallet, 12% same-day</li>
<li>Next: automate returns triage (owner: Beatriz Lopes)</li></ul><div class=ft>Lindenhof Logistics · Confidential · 7</div></div>"""
    css = """.sl{width:1280px;height:720px;background:#0e1a2b;color:#e6edf5;padding:50px 70px;position:relative}.tag{color:#f5b942;letter-spacing:3px;font-size:15px}
h1{font-size:48px;margin:8px 0 34px}.ks{display:flex;gap:22px}.k{flex:1;background:#172a45;border-radius:12px;padding:20px 22px;display:flex;flex-direction:column;gap:8px}
.k small{font-size:16px;color:#9fb3c8}.k b{font-size:40px}.u{color:#4ade80}.d{color:#f87171}ul{font-size:21px;line-height:1.7;margin-top:36px}
.ft{position:absolute;bottom:24px;left:70px;right:70px;font-size:13px;color:#6b7f95}"""
    s, job = mk("slide_kpi_q3.png", "slide: quarterly KPI tiles with deltas", "dark navy", (1280, 720),
                "4 KPI tiles with change vs previous quarter, 3 bullets", body, css, font="Lato")
    worst = min(k, key=lambda x: x[2])
    assert [x[2] for x in k].count(worst[2]) == 1
    s.q("how many orders were shipped in Q3?", fmt_num(k[0][1], 0), "number", "lookup", True)
    s.q("which KPI had the biggest drop vs Q2?", worst[0], "text", "argmin", True)
    s.q("who owns the returns triage work", "Beatriz Lopes", "person", "party", True)
    return s, job


def s_agenda():
    r = rng("slide_agenda")
    items = [("Welcome & goals", "Kirsi Mäkelä"), ("State of the data platform", "Rohan Iyer"), ("Coffee break", ""),
             ("Hands-on: dbt tests that matter", "Léa Fontaine"), ("Lunch", ""), ("Cost dashboards deep dive", "Rohan Iyer"),
             ("Panel: on-call without burnout", "Kirsi Mäkelä, Tobi Adewale"), ("Wrap-up", "Léa Fontaine")]
    t = 9 * 60
    rows = []
    for n, sp in items:
        du = {"Coffee break": 20, "Lunch": 60, "Wrap-up": 15, "Welcome & goals": 15}.get(n, r.choice([45, 60, 75]))
        rows.append((t, t + du, n, sp))
        t += du
    f = lambda m: f"{m // 60:02d}:{m % 60:02d}"  # noqa: E731
    tr = "".join(f"<tr class={'br' if not sp else ''}><td>{f(a)}–{f(b)}</td><td>{esc(n)}</td><td>{esc(sp)}</td></tr>" for a, b, n, sp in rows)
    body = f"""<div class=sl><h1>Data Guild Offsite — Agenda</h1><p>Thursday · Room Aurora, 3rd floor</p><table>{tr}</table></div>"""
    css = """.sl{width:1280px;height:720px;background:#fffaf2;padding:46px 80px;border-left:18px solid #e85d3f}h1{font-size:40px;margin:0;color:#2d2a26;font-family:'URW Gothic'}
p{color:#7a6f63;font-size:18px;margin:6px 0 20px}table{width:100%;border-collapse:collapse;font-size:21px}td{padding:10px 12px;border-bottom:1px solid #eadfce}
td:first-child{width:190px;color:#e85d3f;font-weight:600}td:last-child{color:#555}tr.br td{color:#a89c8c;font-style:italic}"""
    s, job = mk("slide_agenda.png", "slide: workshop agenda table", "cream with orange bar", (1280, 720),
                "8 agenda items with times and speakers", body, css, font="Open Sans")
    rohan = sum(1 for x in rows if "Rohan Iyer" in x[3])
    ln = [x for x in rows if x[2] == "Lunch"][0]
    dbt = [x for x in rows if x[2].startswith("Hands-on")][0]
    s.q("when does lunch start?", f(ln[0]), "time", "lookup", True)
    s.q("how many sessions is Rohan Iyer presenting", rohan, "count", "count")
    s.q("how long is the dbt hands-on session, in minutes?", dbt[1] - dbt[0], "number", "difference")
    return s, job


def s_plans():
    r = rng("slide_plans")
    plans = [("Starter", r.choice([9, 12, 15])), ("Team", r.choice([29, 35, 39])), ("Business", r.choice([79, 89, 99]))]
    feats = [("Projects", ["5", "50", "Unlimited"]), ("Storage", ["10 GB", "250 GB", "2 TB"]),
             ("SSO / SAML", ["✕", "✕", "✓"]), ("Audit log", ["✕", "✓", "✓"]), ("Support", ["Email", "Email + chat", "24/7 phone"])]
    hd = "".join(f"<th>{n}<br><span>${p}/user/mo</span></th>" for n, p in plans)
    tr = "".join(f"<tr><td>{n}</td>{''.join(f'<td>{v}</td>' for v in vs)}</tr>" for n, vs in feats)
    body = f"""<div class=sl><h1>Which plan fits?</h1><table><tr><th></th>{hd}</tr>{tr}</table>
<p class=n>Annual billing saves 20%. Prices exclude VAT.</p></div>"""
    css = """.sl{width:1280px;height:720px;background:linear-gradient(160deg,#ecfdf5,#d1fae5);padding:50px 90px}h1{font-size:46px;color:#065f46;margin:0 0 26px}
table{width:100%;border-collapse:separate;border-spacing:0;font-size:22px;background:#fff;border-radius:14px;overflow:hidden}
th{background:#047857;color:#fff;padding:16px;font-size:24px}th span{font-size:16px;font-weight:400;opacity:.9}td{padding:13px 16px;text-align:center;border-bottom:1px solid #e5e7eb}
td:first-child{text-align:left;font-weight:600;color:#374151}.n{font-size:16px;color:#065f46;margin-top:16px}"""
    s, job = mk("slide_plans.png", "slide: pricing plan comparison table", "mint gradient", (1280, 720),
                "3 plans × 5 features with prices", body, css, font="Roboto")
    s.q("does the Starter plan come with an audit log?", "no", "yesno", "exists")
    s.q("What's the cheapest plan that has SSO?", "Business", "text", "argmin", True)
    s.q("how much per user per month is Team", plans[1][1], "money", "lookup", True)
    return s, job


SCENES = [s_kpi, s_agenda, s_plans]
