"""Matplotlib charts (varied styles; some with printed values, some without)."""
import numpy as np
from matplotlib import pyplot as plt

from common import scene, Q


def _fig(style, w, h, dpi=100):
    ctx = plt.style.context(style)
    ctx.__enter__()
    fig, ax = plt.subplots(figsize=(w / dpi, h / dpi), dpi=dpi)
    return ctx, fig, ax


def _done(ctx, fig):
    fig.tight_layout()
    ctx.__exit__(None, None, None)
    return fig


@scene
def chart_bar_values(rng):
    regions = ["North", "South", "East", "West", "Central", "Islands"]
    vals = [rng.randrange(120, 480) for _ in regions]

    def fig():
        ctx, f, ax = _fig("ggplot", 900, 560)
        bars = ax.bar(regions, vals, color="#4c72b0")
        for b, v in zip(bars, vals):
            ax.text(b.get_x() + b.get_width() / 2, v + 5, str(v), ha="center", va="bottom", fontsize=11)
        ax.set_title("Units sold by region — Q3 2025")
        ax.set_ylabel("Units")
        return _done(ctx, f)
    mx = regions[vals.index(max(vals))]
    mn = regions[vals.index(min(vals))]
    return dict(name="chart_bar_regions", category="chart_bar", fig=fig,
                qs=[Q("which region sold the most units", mx, "text", "chart_extreme", True),
                    Q("how many units did East sell", str(vals[2]), "number", "chart_value", True),
                    Q("difference between the best and worst region?", str(max(vals) - min(vals)), "number", "arithmetic", False)])


@scene
def chart_grouped_noval(rng):
    qs_ = ["Q1", "Q2", "Q3", "Q4"]
    a = [42, 55, 61, 48]
    b = [47, 51, 70, 66]

    def fig():
        ctx, f, ax = _fig("seaborn-v0_8-whitegrid", 820, 520)
        x = np.arange(len(qs_))
        ax.bar(x - 0.2, a, 0.4, label="2024", color="#9ca3af")
        ax.bar(x + 0.2, b, 0.4, label="2025", color="#0d9488")
        ax.set_xticks(x, qs_)
        ax.set_ylim(0, 80)
        ax.set_ylabel("Revenue (€ thousands)")
        ax.set_title("Quarterly revenue, 2024 vs 2025")
        ax.legend()
        return _done(ctx, f)
    lower = [q for q, x, y in zip(qs_, a, b) if y < x]
    return dict(name="chart_grouped_quarters", category="chart_bar", fig=fig,
                qs=[Q("roughly what was 2025 revenue in Q3 (in € thousands)?", str(b[2]), "approx", "approx", False),
                    Q("in which quarter was 2025 lower than 2024", ", ".join(lower), "text", "chart_extreme", True),
                    Q("approx Q1 2024 revenue?", str(a[0]), "approx", "approx", False)])


@scene
def chart_stacked(rng):
    countries = ["Denmark", "Spain", "Poland", "France", "Austria"]
    src = {"Wind": [55, 23, 14, 9, 12], "Solar": [9, 17, 8, 5, 8], "Hydro": [0, 10, 2, 12, 60], "Fossil": [26, 30, 70, 6, 15], "Nuclear": [0, 20, 0, 68, 0]}
    tot = [sum(src[s][i] for s in src) for i in range(len(countries))]

    def fig():
        ctx, f, ax = _fig("bmh", 900, 560)
        bottom = np.zeros(len(countries))
        cols = ["#60a5fa", "#facc15", "#22d3ee", "#78716c", "#c084fc"]
        for (s, v), c in zip(src.items(), cols):
            bars = ax.bar(countries, v, bottom=bottom, label=s, color=c)
            for b, val, bt in zip(bars, v, bottom):
                if val >= 6:
                    ax.text(b.get_x() + b.get_width() / 2, bt + val / 2, str(val), ha="center", va="center", fontsize=9)
            bottom += np.array(v)
        ax.set_title("Electricity generation mix (TWh, illustrative)")
        ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
        return _done(ctx, f)
    ai = countries.index("Austria")
    top_pl = max(src, key=lambda s: src[s][countries.index("Poland")])
    return dict(name="chart_stacked_energy", category="chart_stacked", fig=fig,
                qs=[Q("what's the biggest source for Poland", top_pl, "text", "chart_extreme", True),
                    Q("total generation for spain (sum of all sources)?", str(tot[1]), "number", "arithmetic", False),
                    Q("how much hydro does Austria have", str(src["Hydro"][ai]), "number", "chart_value", True)])


@scene
def chart_lines(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = {"Chrome": [61, 60, 59, 58, 57, 55, 54, 52, 51, 50, 49, 48],
         "Safari": [20, 21, 21, 22, 23, 25, 27, 29, 31, 33, 34, 35],
         "Firefox": [12, 12, 13, 12, 11, 10, 9, 9, 8, 8, 7, 7]}

    def fig():
        ctx, f, ax = _fig("fivethirtyeight", 1000, 560)
        for k, v in s.items():
            ax.plot(months, v, marker="o", label=k, linewidth=2)
        ax.set_title("Browser share of visits, 2025 (%)")
        ax.legend()
        return _done(ctx, f)
    ff_peak = months[s["Firefox"].index(max(s["Firefox"]))]
    return dict(name="chart_lines_browsers", category="chart_line", fig=fig,
                qs=[Q("which month did firefox peak", ff_peak, "text", "chart_trend", True),
                    Q("about what share did Safari have in Sep?", str(s["Safari"][8]), "approx", "approx", False),
                    Q("is chrome still above safari in December?", "yes" if s["Chrome"][-1] > s["Safari"][-1] else "no", "yesno", "chart_trend", False)])


@scene
def chart_lines_overtake(rng):
    yrs = list(range(2016, 2026))
    ev = [2, 3, 5, 8, 12, 17, 24, 31, 38, 46]
    diesel = [48, 46, 43, 40, 35, 30, 26, 22, 18, 15]
    hyb = [6, 8, 10, 13, 16, 20, 22, 24, 25, 25]

    def fig():
        ctx, f, ax = _fig("Solarize_Light2", 960, 540)
        ax.plot(yrs, ev, label="Electric", color="#2563eb", lw=2.5)
        ax.plot(yrs, diesel, label="Diesel", color="#6b7280", lw=2.5)
        ax.plot(yrs, hyb, label="Hybrid", color="#16a34a", lw=2.5, ls="--")
        ax.set_xticks(yrs)
        ax.set_ylabel("% of new registrations")
        ax.set_title("New car registrations by drivetrain")
        ax.legend()
        return _done(ctx, f)
    over = [y for y, e, d in zip(yrs, ev, diesel) if e > d][0]
    return dict(name="chart_lines_drivetrain", category="chart_line", fig=fig,
                qs=[Q("first year where electric is above diesel?", str(over), "date", "chart_trend", True),
                    Q("approx electric share in 2025?", str(ev[-1]), "approx", "approx", False)])


@scene
def chart_pie(rng):
    labels = ["Rent", "Groceries", "Transport", "Savings", "Leisure", "Utilities"]
    vals = [38, 17, 9, 15, 11, 10]

    def fig():
        ctx, f, ax = _fig("default", 720, 560)
        ax.pie(vals, labels=labels, autopct="%d%%", startangle=90, counterclock=False,
               colors=["#f87171", "#fbbf24", "#34d399", "#60a5fa", "#a78bfa", "#f472b6"])
        ax.set_title("Where my money went — September")
        return _done(ctx, f)
    second = sorted(zip(vals, labels), reverse=True)[1][1]
    return dict(name="chart_pie_budget", category="chart_pie", fig=fig,
                qs=[Q("what percent goes to groceries", f"{vals[1]}%", "percent", "chart_share", True),
                    Q("what's the second biggest expense", second, "text", "chart_extreme", True),
                    Q("rent + utilities together, what %?", f"{vals[0]+vals[5]}%", "percent", "arithmetic", False)])


@scene
def chart_donut(rng):
    labels = ["Organic search", "Direct", "Email", "Paid social", "Referral"]
    vals = [4120, 2630, 1480, 960, 810]

    def fig():
        ctx, f, ax = _fig("dark_background", 760, 620)
        w, _ = ax.pie(vals, startangle=90, wedgeprops=dict(width=0.38), colors=["#22d3ee", "#a3e635", "#f472b6", "#fb923c", "#c4b5fd"])
        ax.legend(w, [f"{l} ({v:,})" for l, v in zip(labels, vals)], loc="upper center", bbox_to_anchor=(0.5, 0.02), ncol=2, frameon=False)
        ax.text(0, 0, f"{sum(vals):,}\nsessions", ha="center", va="center", fontsize=15)
        ax.set_title("Traffic sources, last 7 days")
        return _done(ctx, f)
    pct = round(100 * vals[2] / sum(vals))
    return dict(name="chart_donut_traffic", category="chart_pie", fig=fig,
                qs=[Q("how many sessions came from email", f"{vals[2]:,}", "number", "chart_value", True),
                    Q("what share of traffic is email, roughly", f"{pct}%", "percent", "chart_share", False)])


@scene
def chart_scatter(rng):
    pts = [("Lisbon", 1750, 1650), ("Berlin", 3100, 1850), ("Oslo", 3900, 2300), ("Warsaw", 2100, 1250), ("Dublin", 3500, 2550),
           ("Madrid", 2300, 1600), ("Prague", 2500, 1400), ("Zurich", 6200, 3100), ("Tallinn", 1800, 1100), ("Amsterdam", 3600, 2450)]

    def fig():
        ctx, f, ax = _fig("seaborn-v0_8-darkgrid", 900, 600)
        for n, x, y in pts:
            ax.scatter(x, y, s=60, color="#7c3aed")
            ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 5), fontsize=10)
        ax.set_xlabel("Median net salary (€/month)")
        ax.set_ylabel("Rent, 1-bed city centre (€/month)")
        ax.set_title("Salary vs rent in European cities")
        return _done(ctx, f)
    ratio = max(pts, key=lambda p: p[2] / p[1])
    return dict(name="chart_scatter_rent", category="chart_scatter", fig=fig,
                qs=[Q("which city has the highest salary", max(pts, key=lambda p: p[1])[0], "text", "chart_extreme", True),
                    Q("approx rent in Dublin?", str(pts[4][2]), "approx", "approx", False),
                    Q("cheapest rent of all the cities shown?", min(pts, key=lambda p: p[2])[0], "text", "chart_extreme", True)])


@scene
def chart_area(rng):
    weeks = list(range(1, 13))
    logs = [rng.randrange(20, 40) for _ in weeks]
    db = [100 + 12 * i for i in range(12)]
    media = [60 + 25 * i for i in range(12)]

    def fig():
        ctx, f, ax = _fig("classic", 900, 540)
        f.set_facecolor("white")
        ax.stackplot(weeks, db, media, logs, labels=["Database", "Media", "Logs"], colors=["#1d4ed8", "#f59e0b", "#9ca3af"], alpha=0.85)
        ax.set_xlim(1, 12)
        ax.set_xlabel("Week")
        ax.set_ylabel("Storage used (GB)")
        ax.set_title("Cluster storage by category")
        ax.legend(loc="upper left")
        return _done(ctx, f)
    t12 = db[-1] + media[-1] + logs[-1]
    return dict(name="chart_area_storage", category="chart_area", fig=fig,
                qs=[Q("about how much storage in total by week 12", str(t12), "approx", "approx", False),
                    Q("which category grows fastest", "Media", "text", "chart_trend", True),
                    Q("roughly how big was the database in week 1", str(db[0]), "approx", "approx", False)])


@scene
def chart_hbar_survey(rng):
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#", "Elixir"]
    pct = [68, 54, 31, 27, 25, 14, 19, 6]
    order = sorted(zip(pct, langs))

    def fig():
        ctx, f, ax = _fig("seaborn-v0_8-white", 820, 560)
        ax.barh([l for _, l in order], [p for p, _ in order], color="#ea580c")
        for i, (p, _) in enumerate(order):
            ax.text(p + 0.8, i, f"{p}%", va="center", fontsize=10)
        ax.set_xlim(0, 80)
        ax.set_title("Languages used at work (n = 2,140 respondents)")
        ax.spines[["top", "right"]].set_visible(False)
        return _done(ctx, f)
    srt = sorted(zip(pct, langs), reverse=True)
    return dict(name="chart_hbar_languages", category="chart_bar", fig=fig,
                qs=[Q("which language is third most used", srt[2][1], "text", "ordinal", True),
                    Q("how many languages are above 20%?", str(sum(1 for p in pct if p > 20)), "count", "count", False)])
