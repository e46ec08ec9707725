"""Charts (matplotlib, several styles), slides and a shapes scene."""
import matplotlib.pyplot as plt
import numpy as np

from common import Q, scene, save_fig, fig_texts, num, Canvas, font, save_png, html_page, render_html


@scene("chart_combo_revenue", "chart", "bars + line on a twin axis (revenue and margin %), bars labelled", "matplotlib", "light")
def c_combo(name, rng):
    q = ["Q1 23", "Q2 23", "Q3 23", "Q4 23", "Q1 24", "Q2 24", "Q3 24", "Q4 24"]
    rev = [x / 10 for x in rng.sample(range(30, 66), len(q))]
    margin = [round(rng.uniform(8, 22), 1) for _ in q]
    with plt.style.context("seaborn-v0_8-white"):
        fig, ax = plt.subplots(figsize=(10, 5.2))
        b = ax.bar(q, rev, color="#4c72b0", width=0.6, label="Revenue (€m)")
        for rect, v in zip(b, rev):
            ax.text(rect.get_x() + rect.get_width() / 2, v + 0.08, f"{v:.1f}", ha="center", fontsize=10)
        ax.set_ylabel("Revenue (€m)")
        ax2 = ax.twinx()
        ax2.plot(q, margin, color="#dd8452", marker="o", lw=2, label="EBIT margin (%)")
        ax2.set_ylabel("EBIT margin (%)")
        ax2.set_ylim(0, 30)
        ax.set_ylim(0, 8)
        ax.set_title("Nordlicht Outdoor GmbH \u2013 revenue and margin by quarter", fontsize=13, loc="left")
        h1, l1 = ax.get_legend_handles_labels()
        h2, l2 = ax2.get_legend_handles_labels()
        ax.legend(h1 + h2, l1 + l2, loc="upper left", frameon=False)
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    i_max = int(np.argmax(rev))
    assert sorted(rev)[-1] != sorted(rev)[-2]
    i_mmin = int(np.argmin(margin))
    return vis, [
        Q("which quarter had the highest revenue", q[i_max], "text", "argmax", True),
        Q("revenue in Q3 24?", f"{rev[6]:.1f}", "number", "chart_value", True),
        Q("roughly what was the margin in Q2 23 (%)", num(margin[1], 1), "approx", "chart_value", False),
        Q("total revenue for 2024", num(sum(rev[4:]), 1), "number", "sum", False),
    ]


@scene("chart_wind_rose", "chart", "polar bar chart (wind rose) of direction frequencies, no labels", "matplotlib", "light")
def c_rose(name, rng):
    dirs = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    vals = [6, 4, 5, 9, 12, 24, 21, 11]
    rng.shuffle(vals)
    vals = [v + 0.0 for v in vals]
    tot = sum(vals)
    pct = [round(v / tot * 100, 1) for v in vals]
    fig = plt.figure(figsize=(6.4, 6.4))
    ax = fig.add_subplot(111, projection="polar")
    th = np.deg2rad(np.arange(0, 360, 45))
    ax.bar(th, pct, width=np.deg2rad(38), color="#2a9d8f", edgecolor="#1d6f65", alpha=0.9)
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    ax.set_xticks(th)
    ax.set_xticklabels(dirs, fontsize=12)
    ax.set_yticks([5, 10, 15, 20, 25])
    ax.set_yticklabels(["5%", "10%", "15%", "20%", "25%"], fontsize=9, color="#555")
    ax.set_title("Wind direction frequency, Hel peninsula, 2024", pad=20)
    fig.tight_layout()
    vis = fig_texts(fig)
    save_fig(fig, name)
    imax = int(np.argmax(pct))
    imin = int(np.argmin(pct))
    i2 = int(np.argsort(pct)[-2])
    return vis, [
        Q("where does the wind come from most often", dirs[imax], "text", "argmax", True),
        Q("which direction is the least common", dirs[imin], "text", "argmin", True),
        Q(f"approximately what percentage of the time does it blow from the {dirs[i2]}", num(pct[i2], 1), "approx", "chart_value", False),
    ]


def squarify(vals, x, y, w, h):
    """simple slice-and-dice treemap (alternating) for sorted values"""
    rects = []
    tot = sum(vals)
    horiz = w >= h
    for i, v in enumerate(vals):
        rest = sum(vals[i:])
        if i == len(vals) - 1:
            rects.append((x, y, w, h))
            break
        if horiz:
            ww = w * v / rest
            rects.append((x, y, ww, h))
            x += ww
            w -= ww
        else:
            hh = h * v / rest
            rects.append((x, y, w, hh))
            y += hh
            h -= hh
        horiz = w >= h
    return rects


@scene("chart_treemap_budget", "chart", "treemap of a city budget (labels with values)", "matplotlib", "light")
def c_treemap(name, rng):
    items = [("Education", 412), ("Social care", 298), ("Transport", 176), ("Housing", 141), ("Public safety", 118),
             ("Parks & culture", 64), ("Administration", 52), ("Waste", 39)]
    vals = [v for _, v in items]
    rects = squarify(vals, 0, 0, 100, 60)
    cols = plt.get_cmap("Set3").colors
    fig, ax = plt.subplots(figsize=(11, 6.6))
    for (n, v), (x, y, w, h), c in zip(items, rects, cols):
        ax.add_patch(plt.Rectangle((x, y), w, h, facecolor=c, edgecolor="white", lw=3))
        fs = 13 if w * h > 500 else 10
        ax.text(x + 1.2, y + h - 2.4, n, fontsize=fs, fontweight="bold", va="top")
        ax.text(x + 1.2, y + h - 2.4 - (4.2 if fs == 13 else 3.4), f"€{v}m", fontsize=fs, va="top")
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 60)
    ax.invert_yaxis()
    ax.axis("off")
    ax.set_title("City of Aarhusvik \u2013 2025 budget by department (total €%dm)" % sum(vals), fontsize=14, loc="left")
    fig.tight_layout()
    vis = fig_texts(fig)
    save_fig(fig, name)
    tot = sum(vals)
    return vis, [
        Q("how much goes to transport", "€176m", "money", "chart_value", True),
        Q("what percent of the budget is housing", f"{141 / tot * 100:.1f}%", "percent", "share", False),
        Q("is parks & culture bigger than administration", "yes", "yesno", "compare_more", False),
    ]


@scene("chart_small_multiples", "chart", "2×3 small multiples: monthly rainfall per city (bars, no labels)", "matplotlib", "light")
def c_small(name, rng):
    cities = ["Bergen", "Porto", "Galway", "Split", "Tromsø", "Bilbao"]
    months = ["J", "F", "M", "A", "M", "J", "J", "A", "S", "O", "N", "D"]
    data = {c: [int(rng.uniform(30, 260)) for _ in months] for c in cities}
    with plt.style.context("seaborn-v0_8-ticks"):
        fig, axs = plt.subplots(2, 3, figsize=(12, 6.4), sharey=True)
        for ax, c in zip(axs.flat, cities):
            ax.bar(range(12), data[c], color="#577590")
            ax.set_title(f"{c} \u2013 {sum(data[c])} mm/yr", fontsize=11)
            ax.set_xticks(range(12))
            ax.set_xticklabels(months, fontsize=8)
        fig.suptitle("Monthly precipitation (mm), 2024", fontsize=14)
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    totals = {c: sum(v) for c, v in data.items()}
    wet = max(totals, key=totals.get)
    tv = sorted(totals.values())
    assert tv[0] != tv[1] and tv[-1] != tv[-2]
    dry = min(totals, key=totals.get)
    return vis, [
        Q("which city is the wettest overall", wet, "text", "argmax", True),
        Q("driest city?", dry, "text", "argmin", True),
        Q("Bergen minus Split, yearly rain in mm?", totals["Bergen"] - totals["Split"], "number", "subtract", False),
    ]


@scene("chart_dot_plot", "chart", "Cleveland dot plot, 2015 vs 2025, values labelled", "matplotlib", "light")
def c_dot(name, rng):
    cats = ["Cycling", "Walking", "Bus", "Tram", "Car (driver)", "Car (passenger)", "Train", "E-scooter"]
    a = rng.sample(range(4, 31), len(cats))
    b = [max(1, x + dlt) for x, dlt in zip(a, rng.sample([-6, -4, -3, -2, 2, 3, 5, 7, 9], len(cats)))]
    assert sorted(b)[-1] != sorted(b)[-2]
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(9.6, 6))
        y = np.arange(len(cats))
        for i in range(len(cats)):
            ax.plot([a[i], b[i]], [i, i], color="#bbbbbb", lw=3, zorder=1)
        ax.scatter(a, y, color="#8c8c8c", s=90, zorder=2, label="2015")
        ax.scatter(b, y, color="#e5383b", s=90, zorder=3, label="2025")
        for i in range(len(cats)):
            ax.text(b[i] + (1 if b[i] >= a[i] else -1), i + 0.18, f"{b[i]}%", color="#e5383b", fontsize=10,
                    ha="left" if b[i] >= a[i] else "right")
        ax.set_yticks(y)
        ax.set_yticklabels(cats)
        ax.set_xlabel("share of trips (%)")
        ax.legend(loc="upper right")
        ax.set_xlim(0, max(a + b) + 7)
        ax.set_title("How Ghent commutes: 2015 vs 2025", fontsize=14)
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    top = cats[int(np.argmax(b))]
    ch = [b[i] - a[i] for i in range(len(cats))]
    rise = cats[int(np.argmax(ch))]
    assert sorted(ch)[-1] != sorted(ch)[-2]
    return vis, [
        Q("what share of trips were by tram in 2025", f"{b[cats.index('Tram')]}%", "percent", "chart_value", True),
        Q("most common way to commute in 2025", top, "text", "argmax", True),
        Q("which mode grew the most since 2015", rise, "text", "argmax", True),
        Q("about what was walking's share in 2015? (grey dot)", a[cats.index("Walking")], "approx", "chart_value", False),
    ]


@scene("chart_waffle_votes", "chart", "waffle chart (10×10 squares) of a council vote", "matplotlib", "light")
def c_waffle(name, rng):
    parts = [("Green Alliance", 31, "#2a9d8f"), ("Social Democrats", 24, "#e76f51"), ("Liberals", 18, "#f4a261"),
             ("Conservatives", 15, "#264653"), ("Independents", 12, "#9c89b8")]
    assert sum(p[1] for p in parts) == 100
    fig, ax = plt.subplots(figsize=(9.5, 6))
    k = 0
    cells = []
    for n, v, c in parts:
        cells += [c] * v
    for i, c in enumerate(cells):
        col, row = i // 10, i % 10
        ax.add_patch(plt.Rectangle((col, 9 - row), 0.9, 0.9, color=c))
    ax.set_xlim(-0.2, 10)
    ax.set_ylim(-0.2, 10.2)
    ax.set_aspect("equal")
    ax.axis("off")
    from matplotlib.patches import Patch
    ax.legend(handles=[Patch(color=c, label=n) for n, v, c in parts], loc="center left", bbox_to_anchor=(1.02, 0.5), frameon=False, fontsize=12)
    ax.set_title("Seats won, Lakeside municipal council (each square = 1 seat)", fontsize=13, loc="left")
    fig.tight_layout()
    vis = fig_texts(fig)
    save_fig(fig, name)
    return vis, [
        Q("how many seats did the liberals get", 18, "count", "chart_value", False),
        Q("which party won the most seats", "Green Alliance", "text", "argmax", True),
        Q("do the conservatives have more seats than the independents", "yes", "yesno", "compare_more", False),
    ]


@scene("chart_grouped_labels", "chart", "grouped bars, 3 series with printed values (petroff10)", "matplotlib", "light")
def c_grouped(name, rng):
    stores = ["Leeds", "Cork", "Aberdeen", "Cardiff", "Belfast"]
    yrs = ["2022", "2023", "2024"]
    data = [[rng.randint(180, 420) for _ in stores] for _ in yrs]
    with plt.style.context("petroff10"):
        fig, ax = plt.subplots(figsize=(11, 5.6))
        x = np.arange(len(stores))
        w = 0.26
        for k, (yv, vals) in enumerate(zip(yrs, data)):
            bars = ax.bar(x + (k - 1) * w, vals, w, label=yv)
            ax.bar_label(bars, fontsize=9, padding=2)
        ax.set_xticks(x)
        ax.set_xticklabels(stores)
        ax.set_ylabel("Orders per week")
        ax.set_title("Click-and-collect orders per week by store", fontsize=14)
        ax.legend(title="Year")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    i = stores.index("Cork")
    best24 = stores[int(np.argmax(data[2]))]
    assert sorted(data[2])[-1] != sorted(data[2])[-2]
    return vis, [
        Q("Cork orders in 2023", data[1][i], "number", "chart_value", True),
        Q("best store in 2024", best24, "text", "argmax", True),
        Q("how did Cardiff change from 2022 to 2024", f"{data[2][3] - data[0][3]:+d}", "number", "subtract", False),
    ]


@scene("chart_lines_dark", "chart", "4-series line chart on dark background, no labels (one overtakes)", "matplotlib", "dark")
def c_lines(name, rng):
    yrs = list(range(2016, 2026))
    # electric share rises and overtakes diesel
    petrol = [52, 51, 50, 48, 45, 43, 41, 38, 36, 34]
    diesel = [38, 36, 33, 30, 26, 22, 18, 15, 12, 10]
    hybrid = [7, 8, 10, 12, 15, 17, 19, 21, 23, 24]
    ev = [3, 5, 7, 10, 14, 18, 22, 26, 29, 32]
    series = {"Petrol": petrol, "Diesel": diesel, "Hybrid": hybrid, "Electric": ev}
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(10.5, 5.6))
        for (n, v), c in zip(series.items(), ["#f6bd60", "#9e9e9e", "#84a59d", "#4cc9f0"]):
            ax.plot(yrs, v, lw=2.4, color=c, label=n, marker="o", ms=4)
        ax.set_xticks(yrs)
        ax.set_ylabel("share of new registrations (%)")
        ax.grid(alpha=0.2)
        ax.legend(ncol=4, loc="upper center", frameon=False)
        ax.set_ylim(0, 62)
        ax.set_title("New car registrations by fuel type", fontsize=14, loc="left")
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    over = next(y for y, e, d in zip(yrs, ev, diesel) if e > d)
    return vis, [
        Q("in which year did electric first overtake diesel", str(over), "text", "overtakes", True),
        Q("roughly what was the hybrid share in 2020", hybrid[yrs.index(2020)], "approx", "chart_value", False),
        Q("which fuel type had the lowest share in 2025", min(series, key=lambda k: series[k][-1]), "text", "argmin", True),
    ]


@scene("chart_pie_outside", "chart", "pie with outside labels and leader lines, one slice exploded", "matplotlib", "light")
def c_pie(name, rng):
    labs = ["Rent", "Groceries", "Transport", "Eating out", "Utilities", "Savings", "Other"]
    vals = [38, 14, 9, 7, 8, 16, 8]
    assert sum(vals) == 100
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(8.6, 6.4))
        ex = [0.08 if l == "Savings" else 0 for l in labs]
        wedges, _ = ax.pie(vals, explode=ex, startangle=90, counterclock=False,
                           colors=plt.get_cmap("tab20c").colors[:len(vals)], wedgeprops=dict(edgecolor="white"))
        for wdg, l, v in zip(wedges, labs, vals):
            ang = np.deg2rad((wdg.theta2 + wdg.theta1) / 2)
            x, y = np.cos(ang), np.sin(ang)
            ax.annotate(f"{l} {v}%", xy=(x * 0.95, y * 0.95), xytext=(1.3 * x, 1.25 * y), ha="left" if x > 0 else "right",
                        arrowprops=dict(arrowstyle="-", color="#666"), fontsize=11)
        ax.set_title("Where my salary went in March", fontsize=14)
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    return vis, [
        Q("what % goes to savings", "16%", "percent", "share", True),
        Q("rent vs groceries — how many times bigger is rent (ratio)", num(38 / 14, 2), "number", "ratio", False),
        Q("which is smaller, transport or utilities", "Utilities" if 8 < 9 else "Transport", "text", "choice_less", True),
    ]


@scene("chart_histogram", "chart", "histogram of delivery times with counts printed on bars (ggplot)", "matplotlib", "light")
def c_hist(name, rng):
    bins = ["0–10", "10–20", "20–30", "30–40", "40–50", "50–60", "60+"]
    counts = [14, 63, 128, 97, 41, 17, 9]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9.6, 5.2))
        b = ax.bar(bins, counts, width=0.96, color="#348abd", edgecolor="white")
        ax.bar_label(b, fontsize=10)
        ax.set_xlabel("delivery time (minutes)")
        ax.set_ylabel("orders")
        ax.set_title("Delivery times, week 36 (n = %d)" % sum(counts))
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    return vis, [
        Q("how many orders took 60+ minutes", 9, "count", "chart_value", True),
        Q("how many deliveries took under 20 minutes", 14 + 63, "count", "sum", False),
        Q("most common delivery time range", bins[int(np.argmax(counts))], "text", "argmax", True),
    ]


@scene("chart_scatter_cities", "chart", "labelled scatter: rent vs salary for cities (bmh)", "matplotlib", "light")
def c_scatter(name, rng):
    pts = [("Lisbon", 1450, 1850), ("Madrid", 1350, 2300), ("Prague", 1100, 2050), ("Vienna", 1300, 3100), ("Warsaw", 1050, 2100),
           ("Dublin", 2100, 3600), ("Munich", 1900, 3900), ("Copenhagen", 1700, 4300), ("Athens", 800, 1400), ("Tallinn", 900, 2200)]
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9.6, 6.2))
        ax.scatter([p[1] for p in pts], [p[2] for p in pts], s=70, color="#7a68a6")
        for n, x, y in pts:
            ax.annotate(n, (x, y), xytext=(6, 5), textcoords="offset points", fontsize=11)
        ax.set_xlabel("average 1-bed rent, city centre (€/month)")
        ax.set_ylabel("median net salary (€/month)")
        ax.set_title("Rent vs salary, 2025")
        fig.tight_layout()
        vis = fig_texts(fig)
        save_fig(fig, name)
    hi_rent = max(pts, key=lambda p: p[1])
    return vis, [
        Q("which city has the highest rent", hi_rent[0], "text", "argmax", True),
        Q("approximately what's the median salary in Vienna", 3100, "approx", "chart_value", False),
        Q("which has the lower salary, prague or warsaw", "Prague" if 2050 < 2100 else "Warsaw", "text", "choice_less", True),
    ]


@scene("slide_quote_pil", "slide", "16:9 quote slide with author and slide number (PIL)", "PIL", "dark")
def s_quote(name, rng):
    w, h = 1280, 720
    c = Canvas(w, h, "#14213d")
    d = c.d
    d.rectangle([0, h - 70, w, h], fill="#0b132b")
    c.text((90, 120), "\u201c", font("p052", 160), "#fca311")
    lines = ["The best time to fix the onboarding", "flow was last quarter. The second best", "time is this sprint."]
    y = 230
    for ln in lines:
        c.text((140, y), ln, font("p052", 46), "#ffffff")
        y += 64
    c.text((140, y + 30), "\u2014 Ingrid Solberg, Head of Product", font("lato", 26), "#fca311")
    c.text((40, h - 48), "Onboarding retro \u00b7 Team Kestrel", font("lato", 18), "#aab2c8")
    c.text((w - 40, h - 48), "7 / 18", font("lato-b", 18), "#aab2c8", anchor="ra")
    save_png(c.img, name)
    return c.visible, [
        Q("who is quoted on this slide", "Ingrid Solberg", "person", "party", True),
        Q("what slide number is this", "7", "number", "lookup", True),
        Q("how many slides are there in total", "18", "number", "lookup", True),
    ]


@scene("slide_plans_html", "slide", "16:9 slide with a pricing comparison table (HTML)", "HTML", "light")
def s_plans(name, rng):
    plans = ["Starter", "Team", "Business"]
    rows = [("Price / user / month", "€6", "€14", "€27"), ("Storage", "50 GB", "1 TB", "5 TB"),
            ("SSO (SAML)", "\u2717", "\u2717", "\u2713"), ("Audit log", "\u2717", "\u2713", "\u2713"),
            ("Support", "Email", "Email + chat", "24/7 phone")]
    tr = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
    body = f"""<div class=s><div class=k>PRICING 2026</div><h1>Which plan fits?</h1>
<table><tr><th></th>{''.join(f'<th class={"hl" if p == "Team" else ""}>{p}{" ★" if p == "Team" else ""}</th>' for p in plans)}</tr>{tr}</table>
<div class=ft><span>Confidential \u2013 Sales enablement</span><span>12</span></div></div>"""
    css = """.s{width:1280px;height:720px;padding:60px 90px;position:relative;background:#fff}.k{color:#7c3aed;font-weight:700;letter-spacing:3px}h1{font-size:48px;margin:6px 0 30px 0}
table{width:100%;border-collapse:collapse;font-size:22px}th{font-size:24px;padding:12px;text-align:center}th.hl{background:#7c3aed;color:#fff;border-radius:8px 8px 0 0}
td{padding:12px;text-align:center;border-bottom:1px solid #e5e7eb}td:first-child{text-align:left;color:#555}
.ft{position:absolute;left:90px;right:90px;bottom:28px;display:flex;justify-content:space-between;color:#999;font-size:16px}"""
    vis = render_html(name, html_page(body, css, "'Lato', sans-serif"), 1280, 720, crop=False)
    return vis, [
        Q("how much storage comes with the team plan", "1 TB", "text", "cell", True),
        Q("which plan is highlighted / recommended", "Team", "text", "selected", True),
        Q("does the Team plan include SSO", "no", "yesno", "cell", False),
        Q("slide title", "Which plan fits?", "text", "title", True),
    ]


@scene("shapes_magnets", "shapes", "fridge-magnet shapes on a whiteboard (PIL)", "PIL", "light")
def sh_magnets(name, rng):
    w, h = 900, 600
    c = Canvas(w, h, "#f4f4f0")
    d = c.d
    d.rectangle([0, 0, w - 1, h - 1], outline="#9a9a9a", width=12)
    shapes = [("circle", "red", (150, 160), 55), ("triangle", "blue", (350, 150), 60), ("square", "green", (560, 170), 50),
              ("star", "yellow", (760, 160), 60), ("circle", "blue", (180, 420), 40), ("square", "red", (400, 430), 75),
              ("triangle", "green", (620, 420), 45), ("circle", "purple", (790, 430), 50)]
    colmap = {"red": "#d62828", "blue": "#1d4ed8", "green": "#2b9348", "yellow": "#f2c300", "purple": "#7b2cbf"}
    for shp, col, (x, y), r in shapes:
        f = colmap[col]
        if shp == "circle":
            d.ellipse([x - r, y - r, x + r, y + r], fill=f)
        elif shp == "square":
            d.rectangle([x - r, y - r, x + r, y + r], fill=f)
        elif shp == "triangle":
            d.polygon([(x, y - r), (x - r, y + r * 0.8), (x + r, y + r * 0.8)], fill=f)
        elif shp == "star":
            pts = []
            for k in range(10):
                ang = -np.pi / 2 + k * np.pi / 5
                rr = r if k % 2 == 0 else r * 0.45
                pts.append((x + rr * np.cos(ang), y + rr * np.sin(ang)))
            d.polygon(pts, fill=f)
    save_png(c.img, name)
    n_circ = sum(1 for s in shapes if s[0] == "circle")
    n_sq = sum(1 for s in shapes if s[0] == "square")
    return "", [
        Q("what colour is the star", "yellow", "text", "colour", False),
        Q("are there more circles than squares", "yes" if n_circ > n_sq else "no", "yesno", "count_compare", False),
        Q("what shape is the green magnet in the top row", "square", "text", "shape", False),
        Q("which is bigger, the red square or the green square", "red square", "text", "size_compare", False),
    ]
