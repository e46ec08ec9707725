"""Matplotlib charts (varied styles, some with printed values, some without) and an article with a figure."""
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from common import Scene, page, us  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def save(fig, path, dpi=100):
    fig.savefig(path, dpi=dpi, metadata={"Software": None})
    plt.close(fig)


def styled(style):
    return plt.style.context(style)


def bar_values(rng):
    vals = [rng.randint(40, 140) for _ in MONTHS[:8]]
    labels = MONTHS[:8]

    def draw(p):
        with styled("seaborn-v0_8-whitegrid"):
            fig, ax = plt.subplots(figsize=(9, 5))
            b = ax.bar(labels, vals, color="#2a9d8f")
            ax.bar_label(b, labels=[str(v) for v in vals], padding=3)
            ax.set_title("Bike rentals per month (thousands), Riverside depot")
            ax.set_ylabel("rentals (k)")
            ax.set_ylim(0, max(vals) * 1.15)
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_bar_values", "chart_bar", kind="chart", draw=draw, text=" ".join(labels + [str(v) for v in vals]))
    mn = min(range(8), key=lambda i: (vals[i], i))
    s.q("how many rentals in May", str(vals[4]), "number", "chart_value", True)
    s.q("which month was the weakest", labels[mn], "text", "chart_extreme", True)
    s.q("how much higher was Jul than Feb", str(vals[6] - vals[1]), "number", "arithmetic", False)
    return s


def grouped_bars(rng):
    teams = ["Alpha", "Bravo", "Charlie", "Delta", "Echo"]
    y25 = [rng.randint(20, 80) for _ in teams]
    deltas = [-15, 12, -9, 18, 7]
    rng.shuffle(deltas)
    y26 = [v + d for v, d in zip(y25, deltas)]

    def draw(p):
        with styled("ggplot"):
            fig, ax = plt.subplots(figsize=(9, 5))
            x = np.arange(len(teams))
            ax.bar(x - 0.2, y25, 0.4, label="2025")
            ax.bar(x + 0.2, y26, 0.4, label="2026")
            ax.set_xticks(x, teams)
            ax.set_yticks(range(0, 111, 10))
            ax.set_ylim(0, 110)
            ax.set_ylabel("tickets closed")
            ax.set_title("Support tickets closed per team")
            ax.legend()
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_grouped", "chart_bar", kind="chart", draw=draw, text=" ".join(teams) + " 2025 2026")
    drops = [t for t, a, b in zip(teams, y25, y26) if b < a]
    s.q("roughly how many tickets did Charlie close in 2026", str(y26[2]), "approx", "chart_approx", False)
    s.q("which teams closed fewer tickets in 2026 than 2025", ", ".join(drops) if drops else "none", "text", "chart_trend", False)
    s.q("which team had the most in 2026", teams[max(range(5), key=lambda i: y26[i])], "text", "chart_extreme", True)
    s.q("approx. how many did Alpha close in 2025?", str(y25[0]), "approx", "chart_approx", False)
    return s


def stacked(rng):
    years = ["2022", "2023", "2024", "2025", "2026"]
    parts = {"Wind": [rng.randint(20, 45) for _ in years], "Solar": [rng.randint(8, 30) + 4 * i for i in range(5)],
             "Hydro": [rng.randint(10, 18) for _ in years], "Gas": [rng.randint(15, 40) - 3 * i for i in range(5)]}
    totals = [sum(parts[k][i] for k in parts) for i in range(5)]

    def draw(p):
        fig, ax = plt.subplots(figsize=(8, 5.5))
        bottom = np.zeros(5)
        cols = ["#4c78a8", "#f2cf5b", "#54a24b", "#b279a2"]
        for (k, v), c in zip(parts.items(), cols):
            ax.bar(years, v, bottom=bottom, label=k, color=c, edgecolor="white")
            for i, val in enumerate(v):
                ax.text(i, bottom[i] + val / 2, str(val), ha="center", va="center", fontsize=9)
            bottom += v
        for i, t in enumerate(totals):
            ax.text(i, t + 1.5, f"{t} TWh", ha="center", fontweight="bold")
        ax.set_title("Electricity generation by source")
        ax.set_ylabel("TWh")
        ax.set_ylim(0, max(totals) * 1.15)
        ax.legend(loc="upper left", ncol=4, frameon=False)
        for sp in ("top", "right"):
            ax.spines[sp].set_visible(False)
        fig.tight_layout()
        save(fig, p)
    txt = " ".join(years + list(parts) + [str(v) for vs in parts.values() for v in vs] + [f"{t} TWh" for t in totals])
    s = Scene("chart_stacked", "chart_stacked", kind="chart", draw=draw, text=txt)
    big25 = max(parts, key=lambda k: parts[k][3])
    s.q("total generation in 2024?", f"{totals[2]} TWh", "number", "chart_value", True)
    s.q("what was the biggest source in 2025", big25, "text", "chart_extreme", True)
    s.q("how much solar in 2026", str(parts["Solar"][4]), "number", "chart_value", True)
    return s


def multiline(rng):
    a = [60 + 3 * i + rng.randint(-4, 4) for i in range(12)]
    b = [30 + 7 * i + rng.randint(-3, 3) for i in range(12)]
    c = [50 + 20 * np.sin(i / 2) for i in range(12)]
    c = [round(x) for x in c]
    over = next(i for i in range(1, 12) if b[i] > a[i] and b[i - 1] <= a[i - 1])
    # make sure b stays above a after crossing (monotone gap); adjust data if not
    # make the crossing visually unambiguous: clear gap before and after the overtaking month
    for i in range(12):
        if i < over and a[i] - b[i] < 4:
            b[i] = a[i] - 4
        if i >= over and b[i] - a[i] < 5:
            b[i] = a[i] + 5

    def draw(p):
        with styled("bmh"):
            fig, ax = plt.subplots(figsize=(10, 5.2))
            ax.plot(MONTHS, a, marker="o", label="Desktop")
            ax.plot(MONTHS, b, marker="s", label="Mobile app")
            ax.plot(MONTHS, c, marker="^", label="Tablet")
            ax.set_ylim(0, 130)
            ax.set_yticks(range(0, 131, 20))
            ax.set_ylabel("weekly active users (thousands)")
            ax.set_title("Active users by platform, 2026")
            ax.legend(loc="upper left")
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_multiline", "chart_line", kind="chart", draw=draw, text=" ".join(MONTHS) + " Desktop Mobile app Tablet")
    s.q("in which month does mobile app first overtake desktop", MONTHS[over], "text", "chart_trend", True)
    pk = max(range(12), key=lambda i: (c[i], -i))
    s.q("when does tablet usage peak", MONTHS[pk], "text", "chart_trend", True)
    s.q("about how many tablet users were there in Sep", str(c[8]), "approx", "chart_approx", False)
    s.q("approx desktop users in Dec (thousands)", str(a[11]), "approx", "chart_approx", False)
    return s


def pie(rng):
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Subscriptions", "Savings"]
    raw = [rng.randint(5, 40) for _ in cats]
    tot = sum(raw)
    pct = [round(100 * r / tot, 1) for r in raw]

    def draw(p):
        fig, ax = plt.subplots(figsize=(7.5, 6))
        ax.pie(raw, labels=cats, autopct="%1.1f%%", startangle=90, counterclock=False,
               colors=["#e76f51", "#f4a261", "#e9c46a", "#2a9d8f", "#264653", "#8ab17d"], wedgeprops=dict(edgecolor="white"))
        ax.set_title("Where my money went – October")
        fig.tight_layout()
        save(fig, p)
    s = Scene("chart_pie", "chart_pie", kind="chart", draw=draw, text=" ".join(cats + [f"{v:.1f}%" for v in pct]))
    mx = max(range(6), key=lambda i: raw[i])
    s.q("what share went on eating out", f"{pct[3]:.1f}%", "percent", "chart_share", True)
    s.q("biggest slice?", cats[mx], "text", "chart_extreme", True)
    s.q("what % did rent take", f"{pct[0]:.1f}%", "percent", "chart_share", True)
    assert pct[5] != pct[1]
    s.q("did I put more into savings than I spent on groceries?", "yes" if raw[5] > raw[1] else "no", "yesno", "yesno", False)
    return s


def donut(rng):
    cats = ["Chrome", "Safari", "Firefox", "Edge", "Other"]
    vals = [rng.randint(2000, 9000), rng.randint(1500, 6000), rng.randint(500, 2000), rng.randint(400, 1800), rng.randint(100, 600)]
    tot = sum(vals)

    def draw(p):
        with styled("dark_background"):
            fig, ax = plt.subplots(figsize=(7, 6))
            w, _ = ax.pie(vals, startangle=90, wedgeprops=dict(width=0.38, edgecolor="black"),
                          colors=["#60a5fa", "#34d399", "#fb923c", "#a78bfa", "#9ca3af"])
            ax.text(0, 0.06, f"{tot:,}", ha="center", fontsize=24, fontweight="bold")
            ax.text(0, -0.16, "sessions", ha="center", fontsize=12)
            ax.legend(w, [f"{c}  {v:,}" for c, v in zip(cats, vals)], loc="center left", bbox_to_anchor=(0.92, 0.5), frameon=False)
            ax.set_title("Sessions by browser (last 7 days)")
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_donut", "chart_pie", kind="chart", draw=draw, text=" ".join([f"{tot:,}"] + [f"{c} {v:,}" for c, v in zip(cats, vals)]))
    s.q("total sessions?", f"{tot:,}", "number", "chart_value", True)
    s.q("how many sessions from firefox", f"{vals[2]:,}", "number", "chart_value", True)
    s.q("what percent of sessions are safari (1 decimal)", f"{100 * vals[1] / tot:.1f}%", "percent", "chart_share", False)
    return s


def scatter(rng):
    names = ["Oslo", "Lima", "Pune", "Kyiv", "Cork", "Perth", "Quito", "Riga", "Sapporo", "Tunis"]
    x = [rng.randint(10, 95) for _ in names]
    y = [round(rng.uniform(1.0, 9.5), 1) for _ in names]
    # keep every point clearly off the 5.0 target line so "below the line" is unambiguous
    y = [v if abs(v - 5) >= 0.5 else round(v + (0.9 if v >= 5 else -0.9), 1) for v in y]

    def draw(p):
        with styled("seaborn-v0_8-darkgrid"):
            fig, ax = plt.subplots(figsize=(9, 6))
            ax.scatter(x, y, s=60, c="#d62728")
            for n, xi, yi in zip(names, x, y):
                ax.annotate(n, (xi, yi), xytext=(5, 4), textcoords="offset points")
            ax.axhline(5, ls="--", c="k", lw=1)
            ax.text(97, 5.1, "target 5.0", ha="right")
            ax.set_xlim(0, 100)
            ax.set_ylim(0, 10)
            ax.set_xlabel("office headcount")
            ax.set_ylabel("avg. commute satisfaction (0–10)")
            ax.set_title("Office size vs commute satisfaction")
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_scatter", "chart_scatter", kind="chart", draw=draw, text=" ".join(names) + " target 5.0")
    s.q("which office has the highest satisfaction", names[max(range(10), key=lambda i: y[i])], "text", "chart_extreme", True)
    s.q("how many offices are below the target line", str(sum(v < 5 for v in y)), "count", "count", False)
    s.q("approximately what is Sapporo's headcount", str(x[8]), "approx", "chart_approx", False)
    return s


def area(rng):
    yrs = list(range(2014, 2027))
    v = []
    cur = 12.0
    for _ in yrs:
        cur += rng.uniform(-2, 6)
        v.append(round(cur, 1))

    def draw(p):
        fig, ax = plt.subplots(figsize=(10, 4.8))
        ax.fill_between(yrs, v, color="#93c5fd", alpha=0.8)
        ax.plot(yrs, v, color="#1d4ed8")
        ax.set_xticks(yrs, [str(y) for y in yrs], rotation=45)
        ax.set_ylim(0, max(v) * 1.2)
        ax.grid(axis="y", alpha=0.4)
        ax.set_ylabel("GWh")
        ax.set_title("Rooftop solar output, municipality of Vestby")
        fig.tight_layout()
        save(fig, p)
    s = Scene("chart_area", "chart_area", kind="chart", draw=draw, text=" ".join(str(y) for y in yrs))
    first30 = next(y for y, val in zip(yrs, v) if val >= 30)
    s.q("in what year did output first go above 30 GWh", str(first30), "text", "chart_trend", True)
    s.q("roughly how many GWh in 2019", f"{v[5]}", "approx", "chart_approx", False)
    s.q("approx output in 2014?", f"{v[0]}", "approx", "chart_approx", False)
    return s


def hbar(rng):
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#", "Elixir"]
    sal = sorted([rng.randint(58, 96) * 1000 for _ in langs])
    pairs = list(zip(langs, sal))
    rng.shuffle(pairs)
    pairs.sort(key=lambda t: t[1])

    def draw(p):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        ax.barh([a for a, _ in pairs], [b for _, b in pairs], color="#6d28d9")
        for i, (_, b) in enumerate(pairs):
            ax.text(b + 800, i, f"€{b:,}", va="center")
        ax.set_xlim(0, 115000)
        ax.set_title("Median developer salary by primary language (fictional survey)")
        ax.xaxis.set_visible(False)
        for sp in ("top", "right", "bottom"):
            ax.spines[sp].set_visible(False)
        fig.tight_layout()
        save(fig, p)
    s = Scene("chart_hbar", "chart_bar", kind="chart", draw=draw, text=" ".join(a for a, _ in pairs) + " " + " ".join(f"€{b:,}" for _, b in pairs))
    d = dict(pairs)
    s.q("what's the median salary for Go", f"€{d['Go']:,}", "money", "chart_value", True)
    s.q("lowest paid language here?", pairs[0][0], "text", "chart_extreme", True)
    s.q("rust vs java – difference?", f"€{abs(d['Rust'] - d['Java']):,}", "money", "arithmetic", False)
    return s


def temps(rng):
    hi = [round(6 + 14 * np.sin((i - 2.5) / 12 * 2 * np.pi) + 8 + rng.uniform(-1.5, 1.5), 1) for i in range(12)]

    def draw(p):
        with styled("fivethirtyeight"):
            fig, ax = plt.subplots(figsize=(10, 5.5))
            ax.plot(MONTHS, hi, marker="o", color="#e4572e")
            for i, t in enumerate(hi):
                ax.annotate(f"{t:.1f}", (i, t), xytext=(0, 8), textcoords="offset points", ha="center", fontsize=10)
            ax.set_title("Bordeaux – mean daily max °C (2026)")
            ax.set_ylim(min(hi) - 4, max(hi) + 5)
            fig.tight_layout()
            save(fig, p)
    s = Scene("chart_temps", "chart_line", kind="chart", draw=draw, text=" ".join(MONTHS + [f"{t:.1f}" for t in hi]))
    mx = max(range(12), key=lambda i: hi[i])
    s.q("hottest month and its temp?", f"{MONTHS[mx]}, {hi[mx]:.1f}", "text", "multi_part", False)
    s.q("how much warmer is june than march", f"{hi[5] - hi[2]:.1f}", "number", "arithmetic", False)
    s.q("temperature in october?", f"{hi[9]:.1f}", "number", "chart_value", True)
    return s


def article(rng):
    q = sorted(rng.randint(800, 1600) for _ in range(4))
    figp = os.path.join(HERE, "html", "fig_article.png")
    os.makedirs(os.path.dirname(figp), exist_ok=True)
    fig, ax = plt.subplots(figsize=(5.2, 3.2))
    ax.bar(["Q1", "Q2", "Q3", "Q4"], q, color=["#9ca3af"] * 3 + ["#dc2626"])
    ax.set_ylim(0, 1800)
    ax.set_title("New e-bike registrations, Ghent", fontsize=10)
    for sp in ("top", "right"):
        ax.spines[sp].set_visible(False)
    fig.tight_layout()
    save(fig, figp)
    growth = (q[3] - q[0]) * 100 / q[0]
    body = f"""<div class='nav'>THE CIVIC LEDGER · Mobility · Climate · Housing · Opinion</div><div class='art'><div class='kick'>MOBILITY</div>
    <h1>E-bikes keep climbing in Ghent as the city expands its low-traffic circulation plan</h1><div class='by'>By Wout Claeys · 19 November 2026 · 4 min read</div>
    <div class='cols'><div class='txt'><p>Registrations of new e-bikes in Ghent rose throughout the year, with the fourth quarter showing the strongest figures since records began, according to data published by the city's mobility department on Tuesday.</p>
    <p>Officials credit the extension of the circulation plan to two more districts and a purchase subsidy of €300 for residents under 26. "We are seeing families replace a second car," said alderwoman Famke De Smet.</p>
    <p>Critics point to a shortage of secure parking near stations, where waiting lists for the Gent-Sint-Pieters bike garage reached 2,100 people in October.</p></div>
    <figure><img src='fig_article.png' width='520'><figcaption>Figure 1: New e-bike registrations per quarter, 2026 (Q4 highlighted). Values: Q1 {q[0]:,}, Q2 {q[1]:,}, Q3 {q[2]:,}, Q4 {q[3]:,}.</figcaption></figure></div></div>"""
    css = """body{font-family:'P052','Liberation Serif',serif;font-size:17px;color:#1f2937} .nav{font-family:'Liberation Sans';padding:14px 40px;border-bottom:3px double #111;letter-spacing:1px;font-size:14px}
    .art{padding:10px 40px} .kick{color:#dc2626;font-family:'Liberation Sans';font-weight:bold;font-size:13px;margin-top:10px} h1{font-size:34px;margin:6px 0} .by{color:#6b7280;font-size:14px;font-family:'Liberation Sans'}
    .cols{display:flex;gap:30px} .txt{flex:1;line-height:1.55} figure{margin:16px 0;width:520px} figcaption{font-size:13px;color:#555;font-family:'Liberation Sans'}"""
    s = Scene("article_figure", "article", html=page(body, css), size=(1200, 720))
    s.q("who wrote this article", "Wout Claeys", "person", "who_when_where", True)
    s.q("how many e-bikes were registered in Q4", f"{q[3]:,}", "number", "chart_value", True)
    s.q("how big is the purchase subsidy", "€300", "money", "field_read", True)
    s.q("how many more registrations in Q4 than Q1", f"{q[3] - q[0]:,}", "number", "arithmetic", False)
    return s


def scenes(rng):
    return [bar_values(rng), grouped_bars(rng), stacked(rng), multiline(rng), pie(rng), donut(rng), scatter(rng), area(rng),
            hbar(rng), temps(rng), article(rng)]
