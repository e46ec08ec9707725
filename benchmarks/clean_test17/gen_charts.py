"""Matplotlib charts (varied styles; some with value labels, some without)."""
import numpy as np
from common import Q, scene


def _save(fig, path):
    fig.savefig(path, dpi=100, metadata={"Software": None})


def scenes(rng):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    out = []

    # 1 bar with labels
    cats = ["Lisbon", "Porto", "Faro", "Braga", "Coimbra", "Évora"]
    vals = [rng.randint(120, 480) for _ in cats]
    def p1(path):
        with plt.style.context("ggplot"):
            fig, ax = plt.subplots(figsize=(8, 5))
            b = ax.bar(cats, vals, color="#4c72b0")
            ax.bar_label(b, fontsize=10)
            ax.set_title("Bookings per city – March 2026"); ax.set_ylabel("Bookings")
            fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_bar_cities", "chart", "bar chart with labels", [
        Q("how many bookings did Faro get", vals[2], "number", "chart_value", True),
        Q("which city had the fewest bookings?", cats[vals.index(min(vals))], "text", "chart_extreme", True),
        Q("difference between the top city and the bottom one?", max(vals) - min(vals), "number", "arithmetic", False),
    ], plot=p1))

    # 2 bar without labels (approx)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    rain = [round(rng.uniform(20, 140), 0) for _ in months]
    def p2(path):
        with plt.style.context("seaborn-v0_8-whitegrid"):
            fig, ax = plt.subplots(figsize=(8, 4.6))
            ax.bar(months, rain, color="#55a868")
            ax.set_ylabel("Rainfall (mm)"); ax.set_title("Monthly rainfall, Galway"); ax.set_yticks(range(0, 161, 20))
            fig.tight_layout(); _save(fig, path); plt.close(fig)
    wettest = months[rain.index(max(rain))]
    out.append(scene("chart_bar_rain_nolabels", "chart", "bar chart without labels", [
        Q("roughly how much rain fell in April?", f"{rain[3]:.0f}", "approx", "chart_approx", False),
        Q("wettest month?", wettest, "text", "chart_extreme", True),
        Q("about how many mm in June", f"{rain[5]:.0f}", "approx", "chart_approx", False),
    ], plot=p2))

    # 3 multi-series line
    years = list(range(2016, 2026))
    a = list(np.round(np.linspace(12, 30, 10) + np.array([rng.uniform(-1.5, 1.5) for _ in years]), 1))
    bser = list(np.round(np.linspace(25, 22, 10) + np.array([rng.uniform(-1, 1) for _ in years]), 1))
    c = [round(8 + 9 * np.sin(i / 3) + 6, 1) for i in range(10)]
    def p3(path):
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.plot(years, a, "o-", label="Solar"); ax.plot(years, bser, "s--", label="Gas"); ax.plot(years, c, "^-", label="Hydro")
        ax.set_ylabel("Share of generation (%)"); ax.set_title("Electricity mix"); ax.legend(); ax.grid(alpha=.3)
        ax.set_xticks(years)
        fig.tight_layout(); _save(fig, path); plt.close(fig)
    cross = next(y for y, s, g in zip(years, a, bser) if s > g)
    out.append(scene("chart_line_energy", "chart", "multi-series line chart", [
        Q("in which year does solar first overtake gas?", str(cross), "text", "chart_trend", True),
        Q("which source had the biggest share in 2016?", ["Solar", "Gas", "Hydro"][int(np.argmax([a[0], bser[0], c[0]]))], "text", "chart_extreme", True),
        Q("what's solar's share in 2025, approximately", f"{a[-1]:.1f}", "approx", "chart_approx", False),
    ], plot=p3))

    # 4 pie
    labels = ["Rent", "Food", "Transport", "Savings", "Leisure", "Other"]
    raw = [rng.randint(5, 40) for _ in labels]
    tot = sum(raw)
    pct = [round(100 * r / tot, 1) for r in raw]
    def p4(path):
        fig, ax = plt.subplots(figsize=(7, 6))
        ax.pie(raw, labels=labels, autopct="%1.1f%%", startangle=90, colors=plt.cm.Pastel1.colors)
        ax.set_title("Monthly budget split"); fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_pie_budget", "chart", "pie chart", [
        Q("what share of the budget goes to transport", f"{pct[2]:.1f}%", "percent", "chart_share", True),
        Q("biggest slice?", labels[raw.index(max(raw))], "text", "chart_extreme", True),
    ], plot=p4))

    # 5 donut
    oss = ["Android", "iOS", "Windows", "macOS", "Linux"]
    sh = [41.2, 27.5, 19.8, 8.3, 3.2]
    def p5(path):
        fig, ax = plt.subplots(figsize=(7, 6))
        w, t, at = ax.pie(sh, labels=oss, autopct="%1.1f%%", pctdistance=0.8, wedgeprops=dict(width=0.4), startangle=140)
        ax.set_title("Visitors by OS – app.tidewater.io"); fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_donut_os", "chart", "donut chart", [
        Q("what percent of visitors use macOS", "8.3%", "percent", "chart_share", True),
        Q("combined share of iOS and Android?", f"{sh[0]+sh[1]:.1f}%", "percent", "arithmetic", False),
    ], plot=p5))

    # 6 grouped bars
    teams = ["Berlin", "Madrid", "Oslo", "Lyon"]
    y24 = [rng.randint(20, 60) for _ in teams]
    y25 = [rng.randint(20, 60) for _ in teams]
    def p6(path):
        with plt.style.context("bmh"):
            fig, ax = plt.subplots(figsize=(8, 5))
            x = np.arange(len(teams))
            b1 = ax.bar(x - .2, y24, .4, label="2024"); b2 = ax.bar(x + .2, y25, .4, label="2025")
            ax.bar_label(b1); ax.bar_label(b2)
            ax.set_xticks(x, teams); ax.legend(); ax.set_title("New clients per office"); fig.tight_layout(); _save(fig, path); plt.close(fig)
    growth = [b - a_ for a_, b in zip(y24, y25)]
    out.append(scene("chart_grouped_offices", "chart", "grouped bar chart", [
        Q("how many new clients did Oslo get in 2025", y25[2], "number", "chart_value", True),
        Q("which office grew the most from 2024 to 2025", teams[growth.index(max(growth))], "text", "chart_extreme", False),
        Q("total new clients for Madrid over both years?", y24[1] + y25[1], "number", "arithmetic", False),
    ], plot=p6))

    # 7 stacked bars (no labels)
    qs = ["Q1", "Q2", "Q3", "Q4"]
    hw = [30, 34, 28, 40]; sw = [22, 25, 31, 35]; sv = [10, 12, 15, 18]
    def p7(path):
        fig, ax = plt.subplots(figsize=(7, 5))
        ax.bar(qs, hw, label="Hardware", color="#264653"); ax.bar(qs, sw, bottom=hw, label="Software", color="#2a9d8f")
        ax.bar(qs, sv, bottom=[h + s for h, s in zip(hw, sw)], label="Services", color="#e9c46a")
        ax.set_ylabel("Revenue (€m)"); ax.set_yticks(range(0, 101, 10)); ax.legend(loc="upper left"); ax.set_title("Revenue by segment"); ax.grid(axis="y", alpha=.3)
        fig.tight_layout(); _save(fig, path); plt.close(fig)
    totals = [h + s + v for h, s, v in zip(hw, sw, sv)]
    out.append(scene("chart_stacked_segments", "chart", "stacked bar chart", [
        Q("roughly what was total revenue in Q4", str(totals[3]), "approx", "chart_approx", False),
        Q("which quarter had the highest total?", qs[totals.index(max(totals))], "text", "chart_extreme", True),
        Q("approx how much came from services in Q3 (€m)", str(sv[2]), "approx", "chart_approx", False),
    ], plot=p7))

    # 8 scatter
    names = ["Aster", "Birch", "Cedar", "Dune", "Elm", "Fern", "Gale"]
    price = [rng.randint(200, 900) for _ in names]
    rating = [round(rng.uniform(3.0, 4.9), 1) for _ in names]
    def p8(path):
        with plt.style.context("dark_background"):
            fig, ax = plt.subplots(figsize=(8, 5.5))
            ax.scatter(price, rating, s=70, color="#ffb703")
            for n, p, r in zip(names, price, rating):
                ax.annotate(n, (p, r), textcoords="offset points", xytext=(6, 5))
            ax.set_xlabel("Price (€)"); ax.set_ylabel("Avg. rating"); ax.set_title("Sofa models: price vs rating"); ax.grid(alpha=.2)
            fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_scatter_sofas", "chart", "scatter plot", [
        Q("which sofa is the most expensive", names[price.index(max(price))], "text", "chart_extreme", True),
        Q("which one has the best rating?", names[rating.index(max(rating))], "text", "chart_extreme", True),
        Q("about what does Cedar cost", str(price[2]), "approx", "chart_approx", False),
    ], plot=p8))

    # 9 area chart
    hours = list(range(0, 24))
    load = [round(30 + 25 * np.exp(-((h - 9) ** 2) / 6) + 35 * np.exp(-((h - 19) ** 2) / 5), 1) for h in hours]
    def p9(path):
        fig, ax = plt.subplots(figsize=(9, 4.5))
        ax.fill_between(hours, load, color="#8ecae6", alpha=.8); ax.plot(hours, load, color="#023047")
        ax.set_xticks(range(0, 24, 2)); ax.set_xlabel("Hour of day"); ax.set_ylabel("Load (MW)"); ax.set_title("Grid load – typical weekday"); ax.set_ylim(0, 80)
        fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_area_load", "chart", "area chart", [
        Q("at what hour does load peak", str(hours[int(np.argmax(load))]), "number", "chart_trend", False),
        Q("roughly what is the load at 3am", f"{load[3]:.0f}", "approx", "chart_approx", False),
    ], plot=p9))

    # 10 horizontal bar leaderboard-like
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#"]
    stars = sorted([rng.randint(800, 9000) for _ in langs], reverse=True)
    def p10(path):
        with plt.style.context("fivethirtyeight"):
            fig, ax = plt.subplots(figsize=(8, 5))
            b = ax.barh(langs[::-1], stars[::-1], color="#fc4f30")
            ax.bar_label(b, fmt="{:,.0f}", padding=3)
            ax.set_title("Repos by language (internal GitLab)"); ax.set_xlim(0, max(stars) * 1.15)
            fig.tight_layout(); _save(fig, path); plt.close(fig)
    out.append(scene("chart_hbar_languages", "chart", "horizontal bar chart", [
        Q("how many repos are in Rust", f"{stars[3]:,}", "number", "chart_value", True),
        Q("which language is third?", langs[2], "text", "ordinal", True),
    ], plot=p10))

    # 11 line w/ annotations in an article-like figure (wide) — two subplots
    wk = list(range(1, 13))
    signups = [120, 135, 150, 149, 180, 240, 310, 305, 290, 330, 360, 420]
    churn = [4.1, 4.0, 3.8, 3.9, 3.5, 3.2, 3.4, 3.0, 2.8, 2.9, 2.6, 2.5]
    def p11(path):
        fig, (a1, a2) = plt.subplots(1, 2, figsize=(12, 4.5))
        a1.plot(wk, signups, marker="o", color="#6a4c93"); a1.set_title("Weekly sign-ups"); a1.set_xlabel("Week"); a1.set_xticks(wk); a1.grid(alpha=.3)
        a2.bar(wk, churn, color="#ff595e"); a2.set_title("Churn rate (%)"); a2.set_xlabel("Week"); a2.set_xticks(wk)
        for x, y in zip(wk, churn):
            a2.text(x, y + .05, f"{y}", ha="center", fontsize=8)
        fig.suptitle("Figure 3: Growth after the May pricing change"); fig.tight_layout(); _save(fig, path); plt.close(fig)
    biggest_jump = max(range(1, 12), key=lambda i: signups[i] - signups[i - 1]) + 1
    out.append(scene("chart_two_panel_growth", "chart", "two-panel figure (line + bar)", [
        Q("churn in week 9?", f"{churn[8]}", "number", "chart_value", True),
        Q("which week had the biggest jump in sign-ups vs the week before", str(biggest_jump), "number", "chart_trend", False),
        Q("about how many sign-ups in week 12", str(signups[-1]), "approx", "chart_approx", False),
    ], plot=p11, w=1200, h=450))
    return out
