"""matplotlib charts."""
import os
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from common import IMG_DIR, rng  # noqa: E402

matplotlib.rcParams["svg.hashsalt"] = "71933"


def _save(fig, name):
    fig.savefig(os.path.join(IMG_DIR, name + ".png"), dpi=100, metadata={"Software": None})
    plt.close(fig)


def fmt_num(v):
    return f"{v:g}"


def build(M):
    # 1 bar with printed values
    with plt.style.context("ggplot"):
        regions = ["North", "South", "East", "West", "Central"]
        R = rng("bar1")
        vals = [R.randint(120, 480) for _ in regions]
        fig, ax = plt.subplots(figsize=(8, 5))
        bars = ax.bar(regions, vals, color="#3b7dd8")
        for b, v in zip(bars, vals):
            ax.text(b.get_x() + b.get_width() / 2, v + 6, str(v), ha="center", fontsize=11)
        ax.set_title("Q1 2025 new subscriptions by region"); ax.set_ylabel("subscriptions")
        fig.tight_layout(); _save(fig, "chart_bar_regions")
    vis = " ".join(regions + [str(v) for v in vals])
    n = M.scene("chart_bar_regions", vis)
    M.q(n, "how many subscriptions did East get", str(vals[2]), "number", "chart", "chart_value", True)
    lo = regions[vals.index(min(vals))]
    M.q(n, "which region was weakest?", lo, "text", "chart", "chart_minmax", True)
    hi = max(vals)
    M.q(n, "how much more did the top region get than the bottom one", str(hi - min(vals)), "number", "chart", "arithmetic", False)

    # 2 grouped bars, no labels -> approx
    with plt.style.context("seaborn-v0_8-whitegrid"):
        qs = ["Q1", "Q2", "Q3", "Q4"]
        a = [42, 55, 61, 48]; b = [47, 52, 73, 66]
        x = np.arange(4)
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.bar(x - 0.2, a, 0.4, label="2023", color="#9aa5b1"); ax.bar(x + 0.2, b, 0.4, label="2024", color="#e07a5f")
        ax.set_xticks(x, qs); ax.set_ylabel("Revenue (k€)"); ax.set_yticks(range(0, 81, 10)); ax.legend()
        ax.set_title("Atelier Morel – revenue per quarter")
        fig.tight_layout(); _save(fig, "chart_grouped_quarters")
    n = M.scene("chart_grouped_quarters", "Q1 Q2 Q3 Q4 2023 2024 Revenue (k€)")
    M.q(n, "roughly what was Q3 2024 revenue", str(b[2]), "approx", "chart", "chart_approx", False)
    worse = [qs[i] for i in range(4) if b[i] < a[i]]
    M.q(n, "in which quarter was 2024 lower than 2023?", ", ".join(worse), "text", "chart", "chart_compare", True)
    M.q(n, "approx how much was Q1 2023 (k€)?", str(a[0]), "approx", "chart", "chart_approx", False)

    # 3 stacked bars with totals
    with plt.style.context("bmh"):
        ctry = ["Denmark", "Spain", "Poland", "Italy"]
        wind = [58, 24, 14, 8]; solar = [9, 19, 9, 12]; hydro = [0, 11, 2, 16]
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.bar(ctry, wind, label="Wind"); ax.bar(ctry, solar, bottom=wind, label="Solar")
        bot = [w + s for w, s in zip(wind, solar)]
        ax.bar(ctry, hydro, bottom=bot, label="Hydro")
        tots = [w + s + h for w, s, h in zip(wind, solar, hydro)]
        for i, t in enumerate(tots):
            ax.text(i, t + 1, f"{t}%", ha="center", fontsize=11)
        ax.set_ylabel("Share of electricity (%)"); ax.set_title("Renewable share by source, 2024"); ax.legend()
        fig.tight_layout(); _save(fig, "chart_stacked_renewables")
    n = M.scene("chart_stacked_renewables", " ".join(ctry + [f"{t}%" for t in tots]))
    M.q(n, "what's the total renewable share for Italy", f"{tots[3]}%", "percent", "chart", "chart_value", True)
    M.q(n, "about how much of spain's electricity is wind? just eyeball it", str(wind[1]), "approx", "chart", "chart_approx", False)
    M.q(n, "which country gets the most from solar", ctry[solar.index(max(solar))], "text", "chart", "chart_minmax", True)

    # 4 line multi-series
    with plt.style.context("default"):
        months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        s = {"Kiosk app": [12, 14, 15, 18, 22, 25, 31, 33, 30, 26, 24, 23],
             "Web shop": [30, 29, 31, 30, 28, 27, 26, 27, 29, 31, 35, 41],
             "Phone orders": [20, 19, 17, 16, 14, 13, 12, 11, 11, 10, 9, 9]}
        fig, ax = plt.subplots(figsize=(9, 5))
        for k, st in zip(s, ["-o", "-s", "--^"]):
            ax.plot(months, s[k], st, label=k)
        ax.set_ylim(0, 45); ax.grid(alpha=0.3); ax.legend(loc="upper left")
        ax.set_title("Orders per day (avg) by channel, 2024"); ax.set_ylabel("orders/day")
        fig.tight_layout(); _save(fig, "chart_line_channels")
    n = M.scene("chart_line_channels", " ".join(months + list(s)))
    ka = s["Kiosk app"]
    M.q(n, "in what month did the kiosk app peak", months[ka.index(max(ka))], "text", "chart", "chart_peak", True)
    ov = next(i for i in range(1, 12) if ka[i] > s["Web shop"][i] and ka[i - 1] <= s["Web shop"][i - 1])
    M.q(n, "when did the kiosk app first overtake the web shop?", months[ov], "text", "chart", "chart_overtake", True)
    M.q(n, "about how many phone orders per day in January", str(s["Phone orders"][0]), "approx", "chart", "chart_approx", False)

    # 5 donut with %
    with plt.style.context("default"):
        cats = ["Rent", "Groceries", "Transport", "Leisure", "Savings", "Other"]
        amt = [1150, 420, 180, 260, 500, 90]
        tot = sum(amt)
        pct = [round(100 * a_ / tot, 1) for a_ in amt]
        fig, ax = plt.subplots(figsize=(7, 6))
        ax.pie(amt, labels=cats, autopct="%1.1f%%", pctdistance=0.8, startangle=90, counterclock=False,
               wedgeprops=dict(width=0.4), colors=["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"])
        ax.set_title("Household budget – April")
        fig.tight_layout(); _save(fig, "chart_donut_budget")
    n = M.scene("chart_donut_budget", " ".join(cats + [f"{p:.1f}%" for p in pct]))
    M.q(n, "what share goes to savings", f"{pct[4]:.1f}%", "percent", "chart", "chart_share", True)
    M.q(n, "what's the second biggest slice", cats[sorted(range(6), key=lambda i: -amt[i])[1]], "text", "chart", "chart_minmax", True)
    M.q(n, "transport + leisure together, what percent?", f"{pct[2] + pct[3]:.1f}%", "percent", "chart", "arithmetic", False)

    # 6 scatter with labelled points
    with plt.style.context("dark_background"):
        cities = ["Lisboa", "Porto", "Sevilla", "Valencia", "Bologna", "Lyon", "Gent", "Kraków"]
        R = rng("scatter")
        price = [104, 139, 121, 178, 96, 83, 115, 71]
        score = [round(R.uniform(6.5, 9.6), 1) for _ in cities]
        fig, ax = plt.subplots(figsize=(8, 6))
        ax.scatter(price, score, s=60, color="#ffb703")
        for cx, px, sc in zip(cities, price, score):
            ax.annotate(cx, (px, sc), textcoords="offset points", xytext=(6, 5), fontsize=10)
        ax.set_xlabel("avg hotel price per night (€)"); ax.set_ylabel("traveller score")
        ax.set_xlim(60, 190); ax.set_ylim(6, 10); ax.grid(alpha=0.2)
        ax.set_title("City break value map")
        fig.tight_layout(); _save(fig, "chart_scatter_cities")
    n = M.scene("chart_scatter_cities", " ".join(cities))
    M.q(n, "which city is the most expensive", cities[price.index(max(price))], "text", "chart", "chart_minmax", True)
    M.q(n, "roughly what's Gent's hotel price", str(price[cities.index("Gent")]), "approx", "chart", "chart_approx", False)

    # 7 stacked area
    with plt.style.context("fivethirtyeight"):
        weeks = list(range(1, 11))
        org = [2.1, 2.4, 2.3, 2.8, 3.0, 3.4, 3.3, 3.9, 4.2, 4.6]
        paid = [1.0, 1.1, 1.4, 1.5, 2.3, 1.2, 1.0, 0.9, 0.8, 0.8]
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.stackplot(weeks, org, paid, labels=["Organic", "Paid"], alpha=0.85)
        ax.set_xticks(weeks); ax.set_xlabel("week"); ax.set_ylabel("visitors (thousands)")
        ax.legend(loc="upper left"); ax.set_title("Site visitors, spring campaign")
        fig.tight_layout(); _save(fig, "chart_area_visitors")
    n = M.scene("chart_area_visitors", "week Organic Paid visitors (thousands) " + " ".join(map(str, weeks)))
    tw = [o + p for o, p in zip(org, paid)]
    M.q(n, "approximately how many total visitors (thousands) in week 10", f"{tw[9]:.1f}", "approx", "chart", "chart_approx", False)
    M.q(n, "in which week did paid traffic peak", str(weeks[paid.index(max(paid))]), "number", "chart", "chart_peak", True)

    # 8 horizontal bar leaderboard
    with plt.style.context("seaborn-v0_8-pastel"):
        reps = ["A. Kowalczyk", "B. Haddad", "C. Lindqvist", "D. Okafor", "E. Rossi", "F. Tanaka"]
        R = rng("hbar")
        deals = [R.randint(8, 40) for _ in reps]
        order = sorted(range(6), key=lambda i: deals[i])
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.barh([reps[i] for i in order], [deals[i] for i in order], color="#8ecae6")
        for k, i in enumerate(order):
            ax.text(deals[i] + 0.4, k, str(deals[i]), va="center")
        ax.set_xlabel("deals closed (March)"); ax.set_title("Sales leaderboard")
        fig.tight_layout(); _save(fig, "chart_hbar_sales")
    n = M.scene("chart_hbar_sales", " ".join(reps + [str(d) for d in deals]))
    M.q(n, "who closed the fewest deals", reps[order[0]], "person", "chart", "chart_minmax", True)
    M.q(n, "how many deals did Lindqvist close", str(deals[2]), "number", "chart", "chart_value", True)
    M.q(n, "total deals of the top two reps", str(deals[order[-1]] + deals[order[-2]]), "number", "chart", "arithmetic", False)
