"""Charts (matplotlib, several styles) and articles/report pages with figures."""
import base64
import io
import os

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import random

from common import IMG, SEED, render_html, q, register_text, fmt_en, fmt_de

plt.rcParams["svg.hashsalt"] = "82417"


def _save(fig, name, texts):
    fig.savefig(os.path.join(IMG, name + ".png"), dpi=100, metadata={"Software": None})
    plt.close(fig)
    register_text(name, texts)


def _b64(fig):
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=100, metadata={"Software": None})
    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def chart_bar_labels():
    name = "chart_bar_hbar_labels"
    langs = ["Rust", "Go", "Kotlin", "TypeScript", "Elixir", "Zig", "Python"]
    rng = random.Random(SEED + 1)
    vals = [rng.randint(38, 92) for _ in langs]
    order = np.argsort(vals)
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        ax.barh([langs[i] for i in order], [vals[i] for i in order], color="#4c72b0")
        for y, i in enumerate(order):
            ax.text(vals[i] + 1, y, f"{vals[i]}%", va="center", fontsize=12)
        ax.set_title("Share of respondents who would use it again (2026 survey)", fontsize=14)
        ax.set_xlim(0, 105)
        ax.tick_params(labelsize=12)
        fig.tight_layout()
    _save(fig, name, langs + [f"{v}%" for v in vals])
    top = langs[int(np.argmax(vals))]
    low = langs[int(np.argmin(vals))]
    q(name, "which language scored highest?", top, "text", "chart", "argmax bar")
    q(name, "what's the number for Kotlin", f"{vals[2]}%", "number", "chart", "labelled value")
    q(name, "what's the gap between Rust and Go, in points?", str(abs(vals[0] - vals[1])), "number", "chart", "difference of labelled values", literal=False)
    q(name, "lowest one?", low, "text", "chart", "argmin bar")


def chart_line_multi():
    name = "chart_line_three_cities"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    series = {"Bergen": [250, 195, 180, 120, 105, 125, 150, 190, 245, 270, 275, 265],
              "Madrid": [33, 35, 25, 45, 50, 22, 12, 10, 28, 60, 58, 50],
              "Nairobi": [55, 60, 110, 185, 130, 40, 20, 25, 30, 60, 155, 95]}
    fig, ax = plt.subplots(figsize=(10, 5.6))
    for (k, v), c, m in zip(series.items(), ["#1b9e77", "#d95f02", "#7570b3"], ["o", "s", "^"]):
        ax.plot(months, v, marker=m, color=c, label=k, linewidth=2)
    ax.set_ylabel("Rainfall (mm)", fontsize=12)
    ax.set_title("Average monthly rainfall", fontsize=15)
    ax.grid(alpha=.3)
    ax.legend(fontsize=12)
    ax.tick_params(labelsize=12)
    ax.set_yticks(range(0, 301, 50))
    fig.tight_layout()
    _save(fig, name, months + list(series))
    nb = series["Nairobi"]
    q(name, "in which month does Nairobi get the most rain?", months[int(np.argmax(nb))], "text", "chart", "argmax of series")
    q(name, "roughly how much rain does Bergen get in October (mm)?", str(series["Bergen"][9]), "approx", "chart", "read value off line")
    q(name, "which city is the driest in July?", min(series, key=lambda k: series[k][6]), "text", "chart", "argmin at x")


def chart_stacked_dark():
    name = "chart_stacked_energy_dark"
    yrs = ["2021", "2022", "2023", "2024", "2025"]
    src = {"Wind": [18, 22, 27, 31, 36], "Solar": [6, 9, 13, 17, 22], "Hydro": [12, 11, 12, 12, 11], "Gas": [40, 38, 31, 27, 21], "Coal": [24, 20, 17, 13, 10]}
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(9, 6))
        bottom = np.zeros(len(yrs))
        for (k, v), c in zip(src.items(), ["#4cc9f0", "#ffd166", "#06d6a0", "#ef476f", "#8d99ae"]):
            ax.bar(yrs, v, bottom=bottom, label=k, color=c, width=.6)
            for i, x in enumerate(v):
                ax.text(i, bottom[i] + x / 2, str(x), ha="center", va="center", fontsize=11, color="#111")
            bottom += v
        ax.set_ylabel("% of generation", fontsize=12)
        ax.set_title("Electricity mix, Republic of Estvania", fontsize=15)
        ax.legend(loc="upper left", bbox_to_anchor=(1, 1), fontsize=12)
        ax.tick_params(labelsize=12)
        fig.tight_layout()
    _save(fig, name, yrs + list(src) + [str(x) for v in src.values() for x in v])
    ren25 = src["Wind"][4] + src["Solar"][4] + src["Hydro"][4]
    q(name, "what share did solar have in 2023?", f"{src['Solar'][2]}%", "number", "chart", "segment value")
    q(name, "wind + solar + hydro together in 2025?", f"{ren25}%", "number", "chart", "sum of segments", literal=False)
    q(name, "in which year did wind first overtake gas?", next(y for y, w, g in zip(yrs, src["Wind"], src["Gas"]) if w > g), "text", "chart", "crossover")


def chart_donut():
    name = "chart_donut_budget"
    cats = ["Housing", "Food", "Transport", "Savings", "Leisure", "Other"]
    vals = [1150, 520, 240, 400, 310, 180]
    fig, ax = plt.subplots(figsize=(8, 6))
    cols = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d"]
    w, t, at = ax.pie(vals, labels=cats, colors=cols, autopct=lambda p: f"{p:.0f}%", pctdistance=.8, startangle=90,
                      wedgeprops=dict(width=.4, edgecolor="w"), textprops=dict(fontsize=12))
    for a in at:
        a.set_color("white")
    ax.text(0, 0, f"€{sum(vals):,}\nper month", ha="center", va="center", fontsize=15, weight="bold")
    ax.set_title("Where our money goes — household budget", fontsize=14)
    fig.tight_layout()
    _save(fig, name, cats + [f"€{sum(vals):,}"] + [f"{v/sum(vals)*100:.0f}%" for v in vals])
    q(name, "what percentage goes to food?", f"{vals[1]/sum(vals)*100:.0f}%", "number", "chart", "slice percentage")
    q(name, "what's the monthly total in the middle", f"€{sum(vals):,}", "money", "chart", "center label")
    q(name, "biggest slice?", "Housing", "text", "chart", "argmax slice")


def chart_scatter():
    name = "chart_scatter_cafes"
    cafes = [("Mokka Nord", 2.9, 4.1), ("Kaffebar Sol", 3.6, 4.6), ("Brühwerk", 4.2, 3.9), ("Café Lune", 3.1, 3.4), ("Tostado", 4.8, 4.8),
             ("Bean & Birch", 2.5, 3.0), ("Kahve Evi", 3.9, 4.3), ("Espresso Ørsted", 5.4, 4.0)]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 6))
        ax.scatter([c[1] for c in cafes], [c[2] for c in cafes], s=90, color="#c44e52")
        for n, x, y in cafes:
            ax.annotate(n, (x, y), xytext=(6, 6), textcoords="offset points", fontsize=12)
        ax.set_xlabel("Price of a flat white (€)", fontsize=12)
        ax.set_ylabel("Average rating (1–5)", fontsize=12)
        ax.set_title("Flat white: price vs rating, Copenhagen", fontsize=14)
        ax.set_xlim(2, 6)
        ax.set_ylim(2.5, 5.2)
        fig.tight_layout()
    _save(fig, name, [c[0] for c in cafes])
    q(name, "which café is the most expensive?", max(cafes, key=lambda c: c[1])[0], "text", "chart", "argmax x")
    q(name, "which one has the best rating", max(cafes, key=lambda c: c[2])[0], "text", "chart", "argmax y")
    q(name, "about how much is a flat white at Café Lune?", "3.1", "approx", "chart", "read x value")


def chart_area_grouped():
    name = "chart_grouped_bars_quarters"
    teams = ["Lisbon", "Kraków", "Austin", "Singapore"]
    q1 = [42, 35, 51, 28]
    q2 = [47, 33, 55, 36]
    x = np.arange(len(teams))
    fig, ax = plt.subplots(figsize=(9, 5.5))
    fig.patch.set_facecolor("#fdf6e3")
    ax.set_facecolor("#fdf6e3")
    b1 = ax.bar(x - .2, q1, .4, label="Q1 2026", color="#268bd2")
    b2 = ax.bar(x + .2, q2, .4, label="Q2 2026", color="#cb4b16")
    ax.bar_label(b1, fontsize=12)
    ax.bar_label(b2, fontsize=12)
    ax.set_xticks(x, teams, fontsize=12)
    ax.set_ylabel("Support tickets closed per agent", fontsize=12)
    ax.set_title("Tickets closed per agent, by office", fontsize=14)
    ax.legend(fontsize=12)
    for s in ["top", "right"]:
        ax.spines[s].set_visible(False)
    fig.tight_layout()
    _save(fig, name, teams + [str(v) for v in q1 + q2])
    diffs = [b - a for a, b in zip(q1, q2)]
    q(name, "which office got worse from Q1 to Q2?", teams[int(np.argmin(diffs))], "text", "chart", "negative change")
    q(name, "what was Austin's Q2 number", str(q2[2]), "number", "chart", "bar value")
    q(name, "how much did Singapore improve?", str(diffs[3]), "number", "chart", "difference", literal=False)


def article_with_chart():
    name = "article_housing_figure"
    yrs = list(range(2017, 2026))
    rent = [9.8, 10.3, 10.9, 11.2, 11.6, 12.4, 13.5, 14.1, 14.9]
    fig, ax = plt.subplots(figsize=(6.2, 3.6))
    ax.plot(yrs, rent, color="#b02e0c", marker="o")
    ax.fill_between(yrs, rent, 9, color="#b02e0c", alpha=.12)
    ax.set_title("Average asking rent, €/m² (Leipzig)", fontsize=12)
    ax.grid(alpha=.3)
    ax.set_ylim(9, 16)
    fig.tight_layout()
    img = _b64(fig)
    dist = [("Zentrum", 17.20, "+6,8 %"), ("Plagwitz", 15.10, "+8,1 %"), ("Gohlis", 13.90, "+4,2 %"), ("Grünau", 8.60, "+2,9 %"), ("Connewitz", 14.40, "+7,5 %")]
    rows = "".join(f"<tr><td>{d}</td><td>{fmt_de(r)} €</td><td>{c}</td></tr>" for d, r, c in dist)
    body = f"""<div class=site><div class=nav>DIE WOCHENZEILE &nbsp; | &nbsp; Politik &nbsp; Wirtschaft &nbsp; <b>Wohnen</b> &nbsp; Kultur &nbsp; Sport</div><div class=lay><div class=art>
<div class=kick>HOUSING</div><h1>Leipzig rents climb for the ninth year running</h1><div class=by>By Annegret Wöhler · 12 February 2026 · 5 min read</div>
<p>Asking rents in Leipzig rose again last year, reaching {fmt_de(rent[-1])} € per square metre on average, according to figures from the city's housing office. That is {fmt_de((rent[-1]/rent[0]-1)*100,0)} per cent more than in 2017.</p>
<figure><img src='{img}'><figcaption>Figure 1. Average asking rent per square metre, 2017–2025. Source: Amt für Wohnungsbau.</figcaption></figure>
<p>The sharpest increases were in the west of the city, where former industrial sites have been converted into lofts.</p>
<table><tr><th>District</th><th>€/m² (2025)</th><th>Change vs 2024</th></tr>{rows}</table></div>
<div class=aside><h3>Most read</h3><ol><li>Tram line 15 to close for six weeks</li><li>New bridge over the Weiße Elster</li><li>Christmas market footfall down 4 %</li></ol></div></div></div>"""
    css = """.site{width:1240px;background:#fff;font-family:'DejaVu Serif';color:#222}.nav{background:#111;color:#eee;padding:12px 30px;font-family:'Liberation Sans';font-size:15px}.lay{display:flex;gap:36px;padding:20px 30px}.art{flex:1}.kick{color:#b02e0c;font-family:'Liberation Sans';font-weight:bold;letter-spacing:2px;font-size:13px}
h1{font-size:34px;margin:6px 0}.by{font-size:14px;color:#666;font-family:'Liberation Sans'}p{font-size:17px;line-height:1.6}figure{margin:10px 0}figcaption{font-size:13px;color:#555;font-family:'Liberation Sans'}
table{border-collapse:collapse;font-family:'Liberation Sans';font-size:15px}th,td{padding:7px 14px;border-bottom:1px solid #ddd;text-align:left}th{background:#f3e9e6}.aside{width:280px;font-family:'Liberation Sans';font-size:15px;border-left:1px solid #eee;padding-left:20px}"""
    render_html(name, body, 1240, 1500, css)
    q(name, "what's the average rent per m² in Plagwitz?", f"{fmt_de(15.10)} €", "money", "article", "table value")
    q(name, "which district had the biggest rise vs 2024", max(dist, key=lambda d: float(d[2][1:-2].replace(',', '.')))[0], "text", "article", "argmax column")
    q(name, "who wrote the article?", "Annegret Wöhler", "person", "article", "byline")
    q(name, "roughly what was the average rent in 2020 according to the chart? (€/m²)", fmt_en(rent[3], 1), "approx", "article", "read value off figure", literal=False)


def report_page():
    name = "report_quarterly_figure"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    signups = [1840, 2105, 2390, 2210, 2780, 3150]
    churn = [3.1, 2.9, 2.8, 3.3, 2.6, 2.4]
    with plt.style.context("seaborn-v0_8-darkgrid"):
        fig, ax = plt.subplots(figsize=(6.4, 3.6))
        ax.bar(months, signups, color="#5f3dc4")
        ax.set_title("New sign-ups per month", fontsize=12)
        fig.tight_layout()
    img = _b64(fig)
    body = f"""<div class=r><div class=hdr><div>Lumen Health · Board report</div><div>H1 2026 · page 3</div></div><h1>2. Growth</h1>
<div class=figs><div class=f><span>Total sign-ups H1</span><b>{sum(signups):,}</b></div><div class=f><span>Best month</span><b>{months[int(np.argmax(signups))]}</b></div><div class=f><span>Churn in June</span><b>{churn[-1]}%</b></div><div class=f><span>Paying clinics</span><b>412</b></div></div>
<div class=two><img src='{img}'><div class=txt><p>Sign-ups grew in five of six months; the April dip followed the price change on 1 April. June was the strongest month on record.</p>
<table><tr><th>Month</th><th>Churn %</th></tr>{''.join(f'<tr><td>{m}</td><td>{c}</td></tr>' for m, c in zip(months, churn))}</table></div></div>
<div class=foot>Prepared by Finance — Tiago Albuquerque, CFO</div></div>"""
    css = """.r{width:1180px;background:#fff;font-family:'Noto Sans';padding:30px 40px;box-sizing:border-box;color:#212529}.hdr{display:flex;justify-content:space-between;font-size:13px;color:#868e96;border-bottom:1px solid #dee2e6;padding-bottom:8px}h1{color:#5f3dc4}
.figs{display:flex;gap:14px}.f{flex:1;border:1px solid #e5dbff;background:#f8f5ff;border-radius:8px;padding:12px}.f span{font-size:13px;color:#666;display:block}.f b{font-size:26px}.two{display:flex;gap:26px;margin-top:20px}.txt{flex:1;font-size:15px}
table{border-collapse:collapse;width:220px}th,td{padding:5px 10px;border-bottom:1px solid #eee;text-align:left}.foot{font-size:12px;color:#868e96;margin-top:16px}"""
    render_html(name, body, 1180, 760, css)
    q(name, "how many sign-ups in total for H1?", f"{sum(signups):,}", "number", "report", "KPI value")
    q(name, "what was churn in April", "3.3", "number", "report", "table lookup")
    q(name, "which month had the lowest number of sign-ups?", "Jan", "text", "report", "argmin from chart", literal=False)


def article_recipe_costs():
    name = "article_blog_grocery_prices"
    items = [("Butter 250 g", 1.99, 2.49), ("Eggs (10)", 2.79, 3.19), ("Olive oil 1 L", 7.49, 9.99), ("Coffee 500 g", 5.99, 6.49), ("Bananas 1 kg", 1.29, 1.19)]
    names = [i[0] for i in items]
    fig, ax = plt.subplots(figsize=(6, 3.4))
    x = np.arange(len(items))
    ax.bar(x - .2, [i[1] for i in items], .4, label="Jan 2025", color="#adb5bd")
    ax.bar(x + .2, [i[2] for i in items], .4, label="Jan 2026", color="#f76707")
    ax.set_xticks(x, [n.split()[0] for n in names], fontsize=10)
    ax.set_ylabel("€")
    ax.legend()
    ax.set_title("Basket prices, one year apart", fontsize=12)
    fig.tight_layout()
    img = _b64(fig)
    rows = "".join(f"<tr><td>{n}</td><td>{fmt_de(a)} €</td><td>{fmt_de(b)} €</td><td>{(b-a)/a*100:+.0f}%</td></tr>" for n, a, b in items)
    body = f"""<div class=b><div class=tp>🥕 thriftykitchen.blog</div><h1>What my weekly basket costs now vs. a year ago</h1><div class=m>Posted by Yasmin Haddad · 3 Feb 2026 · 42 comments</div>
<p>I've kept every supermarket receipt since 2024 (yes, really). Here are the five staples I buy every week and how their prices moved.</p><img src='{img}'>
<table><tr><th>Item</th><th>Jan 2025</th><th>Jan 2026</th><th>Change</th></tr>{rows}</table><p>The only thing that got cheaper? Bananas. Olive oil is the real villain.</p></div>"""
    css = """.b{width:760px;margin:0 auto;background:#fffdf9;font-family:'Lato';padding:26px 34px;color:#333}.tp{color:#f76707;font-weight:900}h1{font-size:30px;margin:10px 0}.m{font-size:14px;color:#888}p{font-size:17px;line-height:1.6}img{width:100%}
table{border-collapse:collapse;width:100%;font-size:15px;margin:10px 0}th{background:#fff4e6;text-align:left;padding:7px}td{padding:7px;border-bottom:1px solid #eee}"""
    render_html(name, body, 820, 1100, css, bg="#fffdf9")
    ch = {n: (b - a) / a * 100 for n, a, b in items}
    q(name, "how much did olive oil cost in Jan 2026?", f"{fmt_de(9.99)} €", "money", "article", "table value")
    q(name, "which item went up the most in percent", max(ch, key=ch.get), "text", "article", "argmax change")
    q(name, "what did eggs go up by?", f"{ch['Eggs (10)']:+.0f}%", "number", "article", "percent change")


ALL = [chart_bar_labels, chart_line_multi, chart_stacked_dark, chart_donut, chart_scatter, chart_area_grouped,
       article_with_chart, report_page, article_recipe_costs]
