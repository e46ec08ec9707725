"""13 matplotlib charts."""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from lib import Scene, rng, save_fig  # noqa: E402

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def style(name, font):
    plt.rcdefaults()
    plt.style.use(name)
    plt.rcParams["font.family"] = font
    plt.rcParams["svg.hashsalt"] = "x"


def c_vbar():
    s = Scene("chart_vbar_ferry", "chart", "vertical bar chart with value labels", "matplotlib",
              "default, Roboto", "monthly ferry passengers (thousands), Mar–Oct")
    r = rng(s.name)
    style("default", "Roboto")
    m = MONTHS[2:10]
    v = [round(r.uniform(18, 95), 1) for _ in m]
    fig, ax = plt.subplots(figsize=(9.5, 5))
    bars = ax.bar(m, v, color="#2a6f97")
    for b, x in zip(bars, v):
        ax.text(b.get_x() + b.get_width() / 2, x + 1, f"{x}", ha="center", fontsize=11)
    ax.set_title("Island ferry passengers, 2025 season (thousands)", fontsize=14)
    ax.set_ylabel("Passengers (k)")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(v))
    s.q("Which month had the most ferry passengers?", m[i], "text", "argmax", literal=True)
    s.q("how many passengers in June (thousands)?", f"{v[3]}", "number", "chart_value", literal=True)
    s.q("What's the difference between July and October?", f"{abs(v[4] - v[7]):.1f}", "number", "difference")
    return s


def c_hbar():
    s = Scene("chart_hbar_loans", "chart", "horizontal bar chart without value labels", "matplotlib",
              "seaborn-v0_8-whitegrid, Open Sans", "library loans by genre (no labels, read from grid)")
    r = rng(s.name)
    style("seaborn-v0_8-whitegrid", "Open Sans")
    g = ["Crime", "Romance", "Biography", "Sci-fi", "Children's", "Cookery", "History", "Travel"]
    v = [r.randint(4, 38) * 50 for _ in g]
    fig, ax = plt.subplots(figsize=(9, 5.2))
    ax.barh(g, v, color="#c05746")
    ax.invert_yaxis()
    ax.set_xlabel("Loans in October")
    ax.set_title("Loans by genre — Westgate branch library")
    ax.set_xticks(range(0, 2001, 250))
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(v))
    j = int(np.argmin(v))
    s.q("which genre was borrowed the most?", g[i], "text", "argmax", literal=True)
    s.q("Roughly how many cookery loans were there?", v[5], "approx", "chart_value")
    s.q("least popular genre in October?", g[j], "text", "argmin", literal=True)
    return s


def c_grouped():
    s = Scene("chart_grouped_rain", "chart", "grouped bar chart with value labels", "matplotlib", "ggplot, Lato",
              "monthly rainfall (mm) in two cities, 6 months")
    r = rng(s.name)
    style("ggplot", "Lato")
    m = MONTHS[:6]
    a = [r.randint(20, 140) for _ in m]
    b = [r.randint(20, 140) for _ in m]
    x = np.arange(6)
    fig, ax = plt.subplots(figsize=(10, 5.2))
    b1 = ax.bar(x - 0.2, a, 0.4, label="Galway")
    b2 = ax.bar(x + 0.2, b, 0.4, label="Valletta")
    for bars, vals in ((b1, a), (b2, b)):
        for bb, v in zip(bars, vals):
            ax.text(bb.get_x() + bb.get_width() / 2, v + 1.5, str(v), ha="center", fontsize=10)
    ax.set_xticks(x, m)
    ax.set_ylabel("Rainfall (mm)")
    ax.set_title("Monthly rainfall, Jan–Jun")
    ax.legend()
    fig.tight_layout()
    save_fig(s, fig)
    wetter = sum(1 for p, q in zip(a, b) if q > p)
    s.q("In how many months did Valletta get more rain than Galway?", wetter, "count", "compare_more")
    s.q("total Galway rainfall over the six months?", sum(a), "number", "sum")
    s.q("How much rain fell in Valletta in April?", b[3], "number", "chart_value", literal=True)
    return s


def c_stacked():
    s = Scene("chart_stacked_waste", "chart", "stacked column chart with totals on top", "matplotlib",
              "light, Cantarell", "household waste by stream (kg) per quarter, 3 segments, totals printed")
    r = rng(s.name)
    style("default", "Cantarell")
    q = ["Q1", "Q2", "Q3", "Q4"]
    segs = {"Landfill": [r.randint(40, 90) for _ in q], "Recycling": [r.randint(30, 80) for _ in q],
            "Compost": [r.randint(10, 60) for _ in q]}
    cols = ["#6c757d", "#1f77b4", "#6a994e"]
    fig, ax = plt.subplots(figsize=(8.5, 5.4))
    bottom = np.zeros(4)
    for (k, v), c in zip(segs.items(), cols):
        ax.bar(q, v, bottom=bottom, label=k, color=c, width=0.55)
        bottom += v
    for i, t in enumerate(bottom):
        ax.text(i, t + 2, f"{int(t)} kg", ha="center", fontsize=11, fontweight="bold")
    ax.set_ylim(0, max(bottom) * 1.15)
    ax.set_title("Household waste by stream, 2025")
    ax.legend(loc="upper left", ncols=3)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(bottom))
    s.q("which quarter produced the most waste overall?", q[i], "text", "argmax", literal=True)
    s.q("What's the total for Q3?", f"{int(bottom[2])} kg", "text", "chart_value", literal=True)
    s.q("what colour is the compost segment", "green", "text", "colour")
    return s


def c_lines():
    s = Scene("chart_line_overtake", "chart", "line chart, 2 series with markers, no value labels", "matplotlib",
              "bmh, DejaVu Sans", "new car registrations: battery-electric vs petrol share (%), 2017–2025, one crossing")
    r = rng(s.name)
    style("bmh", "DejaVu Sans")
    yrs = list(range(2017, 2026))
    cross = r.randint(2021, 2023)
    ev, pe = [], []
    for y in yrs:
        d = (y - cross) * r.uniform(5, 8) + 2
        base = 30
        ev.append(round(base + d / 2 + r.uniform(-1, 1), 1))
        pe.append(round(base - d / 2 + r.uniform(-1, 1), 1))
    fig, ax = plt.subplots(figsize=(10, 5.2))
    ax.plot(yrs, ev, marker="o", label="Battery electric")
    ax.plot(yrs, pe, marker="s", label="Petrol")
    ax.set_xticks(yrs)
    ax.set_ylabel("Share of new registrations (%)")
    ax.set_title("New car registrations by fuel type")
    ax.legend()
    fig.tight_layout()
    save_fig(s, fig)
    first = next(y for y, a, b in zip(yrs, ev, pe) if a > b)
    s.q("In which year did electric first overtake petrol?", first, "text", "overtakes")
    s.q("roughly what share did petrol have in 2017?", f"{pe[0]}", "approx", "chart_value")
    s.q("Is the petrol share going up or down over the period?", "down", "text", "trend")
    return s


def c_pie():
    s = Scene("chart_pie_commute", "chart", "pie chart with % labels and legend", "matplotlib", "light, URW Gothic",
              "how staff commute, 6 modes")
    r = rng(s.name)
    style("default", "URW Gothic")
    modes = ["Car", "Bus", "Train", "Bike", "Walk", "Remote"]
    w = [r.randint(5, 40) for _ in modes]
    tot = sum(w)
    pct = [round(100 * x / tot, 1) for x in w]
    pct[-1] = round(100 - sum(pct[:-1]), 1)
    fig, ax = plt.subplots(figsize=(8.5, 6))
    ax.pie(pct, labels=None, autopct=lambda p: f"{p:.1f}%", startangle=90, counterclock=False,
           colors=plt.cm.Set2.colors[:6], pctdistance=0.75, textprops={"fontsize": 11})
    ax.legend(modes, loc="center left", bbox_to_anchor=(1.0, 0.5), title="Mode")
    ax.set_title("How staff get to work (survey, n=412)")
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(pct))
    s.q("What's the most common way staff commute?", modes[i], "text", "argmax")
    s.q("what percent bike to work?", f"{pct[3]:.1f}", "percent", "share", literal=True)
    s.q("Combined share of bus and train?", f"{pct[1] + pct[2]:.1f}", "percent", "sum")
    return s


def c_donut():
    s = Scene("chart_donut_storage", "chart", "donut chart with centre total and legend with values (dark)",
              "matplotlib", "dark_background, Noto Sans", "cloud storage used by category (GB) with total in the centre")
    r = rng(s.name)
    style("dark_background", "Noto Sans")
    cats = ["Photos", "Videos", "Documents", "Backups", "Mail", "Other"]
    v = [round(r.uniform(2, 60), 1) for _ in cats]
    fig, ax = plt.subplots(figsize=(8.5, 5.6))
    ax.pie(v, wedgeprops=dict(width=0.35), startangle=90, counterclock=False,
           colors=["#4cc9f0", "#f72585", "#b5e48c", "#ffb703", "#7209b7", "#8d99ae"])
    ax.text(0, 0, f"{sum(v):.1f} GB\nused", ha="center", va="center", fontsize=16)
    ax.legend([f"{c} — {x} GB" for c, x in zip(cats, v)], loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    ax.set_title("Cloud storage by category")
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(v))
    s.q("what's eating most of my storage?", cats[i], "text", "argmax", literal=True)
    s.q("How much do backups take up?", f"{v[3]}", "number", "chart_value", literal=True)
    s.q("Which takes more space, mail or documents?", "Mail" if v[4] > v[2] else "Documents", "text",
        "choice_more", literal=True)
    return s


def c_line_labels():
    s = Scene("chart_line_solar", "chart", "line chart with point labels", "matplotlib", "Solarize_Light2, Roboto Condensed",
              "monthly rooftop solar generation (kWh), 12 months")
    r = rng(s.name)
    style("Solarize_Light2", "Roboto Condensed")
    v = [int(r.uniform(0.8, 1.1) * (200 + 260 * np.sin(np.pi * (i + 0.5) / 12) ** 2)) for i in range(12)]
    fig, ax = plt.subplots(figsize=(10.5, 5))
    ax.plot(MONTHS, v, marker="o", color="#cb4b16")
    for i, x in enumerate(v):
        ax.annotate(str(x), (i, x), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=10)
    ax.set_ylim(0, max(v) * 1.15)
    ax.set_ylabel("kWh")
    ax.set_title("Rooftop solar generation, 2025")
    fig.tight_layout()
    save_fig(s, fig)
    j = int(np.argmin(v))
    s.q("Which month generated the least?", MONTHS[j], "text", "argmin", literal=True)
    s.q("total generation for the year, kWh?", sum(v), "number", "sum")
    s.q("How much more did June produce than March?", v[5] - v[2], "number", "difference")
    return s


def c_scatter():
    s = Scene("chart_scatter_cafes", "chart", "labelled scatter plot", "matplotlib", "seaborn-v0_8-darkgrid, Lato",
              "10 cafés: flat-white price vs average rating, points labelled by name")
    r = rng(s.name)
    style("seaborn-v0_8-darkgrid", "Lato")
    names = ["Bean There", "Grindhouse", "Little Fox", "Marlowe's", "Oat & Anchor", "Pour Decisions", "Rook", "Sable",
             "Tamp", "Wren"]
    px = [round(r.uniform(3.2, 5.6), 2) for _ in names]
    rt = [round(r.uniform(3.3, 4.9), 1) for _ in names]
    fig, ax = plt.subplots(figsize=(9.5, 6))
    ax.scatter(px, rt, s=60, color="#8c5e3c")
    for n, x, y in zip(names, px, rt):
        ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 4), fontsize=10)
    ax.set_xlabel("Flat white price (£)")
    ax.set_ylabel("Average rating (1–5)")
    ax.set_title("Cafés near the office: price vs rating")
    fig.tight_layout()
    save_fig(s, fig)
    i = int(np.argmax(px))
    s.q("Which café is the most expensive?", names[i], "text", "argmax", literal=True)
    j = int(np.argmax(rt))
    ties = [n for n, y in zip(names, rt) if y == rt[j]]
    if len(ties) == 1:
        s.q("which one has the best rating", names[j], "text", "argmax", literal=True)
    else:
        s.q("How many cafés are shown?", 10, "count", "count")
    k = int(np.argmin(px))
    s.q("cheapest flat white — which café and about how much?", f"{names[k]}, about £{px[k]:.2f}", "approx", "argmin")
    return s


def c_hbar_sorted():
    s = Scene("chart_hbar_delays", "chart", "sorted horizontal bar chart with value labels", "matplotlib",
              "tableau-colorblind10, Noto Sans", "average departure delay (minutes) for 9 airports")
    r = rng(s.name)
    style("tableau-colorblind10", "Noto Sans")
    ap = ["Oslo", "Lyon", "Porto", "Gdańsk", "Bilbao", "Cork", "Riga", "Bari", "Malmö"]
    v = sorted([round(r.uniform(4, 38), 1) for _ in ap], reverse=True)
    r.shuffle(ap)
    fig, ax = plt.subplots(figsize=(8.5, 5))
    ax.barh(ap, v, color="#5f9ed1")
    ax.invert_yaxis()
    for i, x in enumerate(v):
        ax.text(x + 0.4, i, f"{x} min", va="center", fontsize=10)
    ax.set_xlim(0, max(v) * 1.2)
    ax.set_title("Average departure delay, summer 2025")
    ax.set_xlabel("minutes")
    fig.tight_layout()
    save_fig(s, fig)
    s.q("Which airport had the worst delays?", ap[0], "text", "argmax", literal=True)
    s.q("what was the average delay at Riga?", f"{v[ap.index('Riga')]} min", "text", "chart_value", literal=True)
    s.q("How many airports averaged under 15 minutes?", sum(1 for x in v if x < 15), "count", "count")
    return s


def c_control():
    s = Scene("chart_control_fill", "chart", "statistical process control chart (X-chart) with UCL/LCL/mean lines",
              "matplotlib", "light, Liberation Sans", "25 samples of bottle fill volume (ml), limits labelled, out-of-control points in red")
    r = rng(s.name)
    style("default", "Liberation Sans")
    mean, sd = 500.0, 1.2
    vals = [round(r.gauss(mean, sd), 2) for _ in range(25)]
    out_idx = sorted(r.sample(range(5, 25), 2))
    vals[out_idx[0]] = round(mean + 3 * sd + r.uniform(0.5, 1.5), 2)
    vals[out_idx[1]] = round(mean - 3 * sd - r.uniform(0.5, 1.5), 2) if r.random() < 0.5 else round(mean + 3 * sd + r.uniform(0.3, 1.0), 2)
    ucl, lcl = mean + 3 * sd, mean - 3 * sd
    vals = [min(max(v, lcl + 0.2), ucl - 0.2) if i not in out_idx else v for i, v in enumerate(vals)]
    x = list(range(1, 26))
    fig, ax = plt.subplots(figsize=(10.5, 5))
    ax.plot(x, vals, marker="o", color="#34495e", lw=1.2)
    for i in out_idx:
        ax.plot(x[i], vals[i], "o", color="#e74c3c", ms=9)
    for yv, lab, st in ((ucl, f"UCL = {ucl:.1f}", "--"), (mean, f"Mean = {mean:.1f}", "-"), (lcl, f"LCL = {lcl:.1f}", "--")):
        ax.axhline(yv, ls=st, color="#7f8c8d" if lab.startswith("Mean") else "#e74c3c", lw=1)
        ax.text(25.6, yv, lab, va="center", fontsize=10)
    ax.set_xlim(0, 28.5)
    ax.set_xticks(range(1, 26, 2))
    ax.set_xlabel("Sample number")
    ax.set_ylabel("Fill volume (ml)")
    ax.set_title("Line 3 filler — X chart, shift B")
    fig.tight_layout()
    save_fig(s, fig)
    s.q("what's the upper control limit?", f"{ucl:.1f}", "number", "lookup", literal=True)
    s.q("How many samples are out of control?", 2, "count", "count")
    s.q("Which sample number was the first to go outside the limits?", out_idx[0] + 1, "number", "earliest")
    return s


def c_broken():
    s = Scene("chart_broken_axis", "chart", "bar chart with a broken y-axis (outlier) and value labels", "matplotlib",
              "light, Open Sans", "support tickets per product, one outlier bar split across two axes")
    r = rng(s.name)
    style("default", "Open Sans")
    prods = ["Invoicing", "Payroll", "Inventory", "CRM", "Reports", "Mobile app"]
    v = [r.randint(40, 160) for _ in prods]
    big = r.randrange(6)
    v[big] = r.randint(900, 1400)
    fig, (ax1, ax2) = plt.subplots(2, 1, sharex=True, figsize=(9, 5.6), gridspec_kw={"height_ratios": [1, 2]})
    for ax in (ax1, ax2):
        ax.bar(prods, v, color=["#d62828" if i == big else "#457b9d" for i in range(6)])
    ax1.set_ylim(v[big] - 150, v[big] + 120)
    ax2.set_ylim(0, 200)
    ax1.spines["bottom"].set_visible(False)
    ax2.spines["top"].set_visible(False)
    ax1.tick_params(bottom=False)
    d = .012
    kw = dict(transform=ax1.transAxes, color="k", clip_on=False)
    ax1.plot((-d, +d), (-d * 2, +d * 2), **kw)
    ax1.plot((1 - d, 1 + d), (-d * 2, +d * 2), **kw)
    kw.update(transform=ax2.transAxes)
    ax2.plot((-d, +d), (1 - d, 1 + d), **kw)
    ax2.plot((1 - d, 1 + d), (1 - d, 1 + d), **kw)
    for i, x in enumerate(v):
        (ax1 if i == big else ax2).text(i, x + (15 if i == big else 4), str(x), ha="center", fontsize=10)
    ax1.set_title("Support tickets by product, October (note broken axis)")
    fig.tight_layout()
    save_fig(s, fig)
    s.q("Which product got the most support tickets, and how many?", f"{prods[big]}, {v[big]}", "text", "argmax")
    rest = [(p, x) for i, (p, x) in enumerate(zip(prods, v)) if i != big]
    sec = max(rest, key=lambda t: t[1])
    s.q("what's the second-highest product?", sec[0], "text", "nth", literal=True)
    s.q("How many tickets for Payroll?", v[1], "number", "chart_value", literal=True)
    return s


def c_quadrant():
    s = Scene("chart_quadrant_backlog", "chart", "quadrant chart (impact vs effort) with named quadrants and labelled points",
              "matplotlib", "light, Noto Sans", "10 backlog items placed in Quick wins / Major projects / Fill-ins / Money pit")
    r = rng(s.name)
    style("default", "Noto Sans")
    items = ["Dark mode", "SSO login", "CSV import", "New onboarding", "Audit log", "Offline sync", "Bulk edit",
             "Custom fields", "Push alerts", "Multi-currency"]
    pts = []
    for it in items:
        while True:
            e, i = round(r.uniform(0.5, 9.5), 1), round(r.uniform(0.5, 9.5), 1)
            if abs(e - 5) > 0.6 and abs(i - 5) > 0.6:
                break
        pts.append((it, e, i))
    fig, ax = plt.subplots(figsize=(9, 7))
    ax.axvline(5, color="#999")
    ax.axhline(5, color="#999")
    for txt, x, y in (("Quick wins", 0.3, 9.6), ("Major projects", 9.7, 9.6), ("Fill-ins", 0.3, 0.4), ("Money pit", 9.7, 0.4)):
        ax.text(x, y, txt, fontsize=13, color="#666", ha="left" if x < 5 else "right", va="top" if y > 5 else "bottom", fontweight="bold")
    for n, x, y in pts:
        ax.plot(x, y, "o", color="#2b8a3e", ms=8)
        ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 5), fontsize=10)
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    ax.set_xlabel("Effort (low to high)")
    ax.set_ylabel("Impact (low to high)")
    ax.set_title("Q1 backlog prioritisation")
    fig.tight_layout()
    save_fig(s, fig)
    qw = [n for n, e, i in pts if e < 5 and i > 5]
    mp = [n for n, e, i in pts if e > 5 and i < 5]
    s.q("which items are quick wins?", ", ".join(qw) if qw else "none", "text", "lookup")
    s.q("How many items land in the money pit?", len(mp), "count", "count")
    k = r.randrange(10)
    quad = ("Quick wins" if pts[k][1] < 5 else "Major projects") if pts[k][2] > 5 else ("Fill-ins" if pts[k][1] < 5 else "Money pit")
    s.q(f"What quadrant is {pts[k][0]} in?", quad, "text", "locate", literal=True)
    return s


ALL = [c_vbar, c_hbar, c_grouped, c_stacked, c_lines, c_pie, c_donut, c_line_labels, c_scatter, c_hbar_sorted,
       c_control, c_broken, c_quadrant]
