"""Charts rendered with matplotlib (Agg)."""
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from lib import IMG, Scene, norm, rng  # noqa: E402

plt.rcParams["svg.hashsalt"] = "41273"


def save(scene, fig):
    fig.canvas.draw()
    texts = [t.get_text() for t in fig.findobj(Text) if t.get_visible() and t.get_text()]
    scene.text = norm(" \n ".join(texts))
    out = os.path.join(IMG, scene.file)
    fig.savefig(out, dpi=100, metadata={"Software": None})
    plt.close(fig)
    from PIL import Image
    with Image.open(out) as im:
        scene.size = im.size


def sc(file, kind, theme, content):
    return Scene(file, kind, theme, "chart", None, "matplotlib", content)


MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


# 1 vertical bars with labels
def c_vbar():
    r = rng("c_vbar")
    m = MONTHS[:9]
    v = [r.randint(380, 1250) for _ in m]
    assert v.count(max(v)) == 1
    s = sc("chart_vbar_climbing.png", "vertical bar chart with value labels", "light (default, Roboto)",
           "monthly day-pass visits at a climbing gym, Jan–Sep")
    with plt.rc_context({"font.family": "Roboto"}):
        fig, ax = plt.subplots(figsize=(9.5, 5))
        b = ax.bar(m, v, color="#e07a5f")
        ax.bar_label(b, padding=3, fontsize=10)
        ax.set_title("Day-pass visits, Boulderhalle Kreuzberg 2025", fontsize=14, loc="left")
        ax.set_ylabel("visits")
        ax.spines[["top", "right"]].set_visible(False)
        save(s, fig)
    i = v.index(max(v))
    s.q("which month had the most day-pass visits?", m[i], "text", "argmax", True)
    s.q("how many visits were there in April", v[3], "number", "chart_value", True)
    s.q("by how much did visits change from June to July?", v[6] - v[5], "number", "difference")
    return s


# 2 horizontal bars without labels
def c_hbar():
    r = rng("c_hbar")
    regions = ["North Coast", "Lakeside", "Highlands", "Metro East", "Metro West", "Southern Plains", "Riverlands", "Islands"]
    while True:
        v = [round(r.uniform(4, 24) * 2) / 2 for _ in regions]
        srt = sorted(v)
        if all(b - a >= 1.0 for a, b in zip(srt, srt[1:])) and all(abs(x - 12) >= 1.5 for x in v):
            break
    s = sc("chart_hbar_gp_wait.png", "horizontal bar chart without value labels", "seaborn-whitegrid",
           "median days to a GP appointment for 8 regions")
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 5.2))
        order = np.argsort(v)
        ax.barh([regions[i] for i in order], [v[i] for i in order], color="#3d5a80")
        ax.set_xlabel("median wait (days)")
        ax.set_title("How long until you see a GP?", fontsize=14)
        ax.set_xticks(range(0, 27, 2))
        fig.tight_layout()
        save(s, fig)
    hi = regions[v.index(max(v))]
    tgt = regions[v.index(srt[len(srt) // 2])]
    s.q("which region has the longest wait?", hi, "text", "argmax", True)
    s.q(f"roughly how many days is the wait in {tgt}?", f"{v[regions.index(tgt)]:g}", "approx", "chart_value")
    s.q("how many regions wait more than 12 days?", sum(1 for x in v if x > 12), "count", "count")
    return s


# 3 grouped bars with labels
def c_grouped():
    r = rng("c_grouped")
    q = ["Q1", "Q2", "Q3", "Q4"]
    ser = {"Oat milk": [r.randint(120, 260) for _ in q], "Soy milk": [r.randint(80, 200) for _ in q],
           "Almond milk": [r.randint(60, 220) for _ in q]}
    s = sc("chart_grouped_plantmilk.png", "grouped bar chart with value labels", "ggplot style",
           "plant-milk sales (thousand litres) by quarter, 3 products")
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(10, 5.2))
        x = np.arange(4)
        for k, (n, vals) in enumerate(ser.items()):
            b = ax.bar(x + (k - 1) * 0.27, vals, 0.27, label=n)
            ax.bar_label(b, fontsize=9, padding=2)
        ax.set_xticks(x, q)
        ax.set_ylabel("thousand litres")
        ax.set_title("Plant-milk sales 2025")
        ax.legend()
        save(s, fig)
    a = ser["Almond milk"]
    o = ser["Oat milk"]
    s.q("how much almond milk was sold in Q3?", a[2], "number", "chart_value", True)
    s.q("total oat milk sales over the year?", sum(o), "number", "sum")
    best = max(q, key=lambda z: ser["Soy milk"][q.index(z)])
    assert ser["Soy milk"].count(max(ser["Soy milk"])) == 1
    s.q("in which quarter did soy milk sell best", best, "text", "argmax", True)
    return s


# 4 stacked columns with segment labels
def c_stacked():
    r = rng("c_stacked")
    m = ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    src = {"Heat pump": [r.randint(180, 420) for _ in m], "Lighting": [r.randint(40, 90) for _ in m],
           "Appliances": [r.randint(90, 170) for _ in m], "EV charging": [r.randint(60, 240) for _ in m]}
    s = sc("chart_stacked_household_kwh.png", "stacked column chart with segment labels", "light, Cantarell",
           "household electricity by use, 6 winter months")
    with plt.rc_context({"font.family": "Cantarell"}):
        fig, ax = plt.subplots(figsize=(9, 5.6))
        bot = np.zeros(6)
        cols = ["#264653", "#e9c46a", "#2a9d8f", "#f4a261"]
        for (n, vals), c in zip(src.items(), cols):
            b = ax.bar(m, vals, bottom=bot, label=n, color=c)
            ax.bar_label(b, label_type="center", fontsize=9, color="white" if c in ("#264653", "#2a9d8f") else "black")
            bot += vals
        ax.set_ylabel("kWh")
        ax.set_title("Where our electricity went (kWh)", loc="left", fontsize=14)
        ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.07), frameon=False)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        save(s, fig)
    tot = [sum(src[k][i] for k in src) for i in range(6)]
    assert tot.count(max(tot)) == 1
    s.q("what was the total consumption in January?", tot[3], "number", "sum")
    s.q("which month used the most electricity overall", m[tot.index(max(tot))], "text", "argmax", True)
    s.q("how many kWh went to EV charging in December?", src["EV charging"][2], "number", "chart_value", True)
    return s


# 5 multi-line without labels (overtake)
def c_lines():
    r = rng("c_lines")
    m = MONTHS
    while True:
        app0, web0 = r.uniform(20, 30), r.uniform(48, 58)
        ga, gw = r.uniform(3.5, 5.5), r.uniform(-1.0, 1.2)
        app = [round(app0 + ga * i + r.uniform(-1.2, 1.2), 1) for i in range(12)]
        web = [round(web0 + gw * i + r.uniform(-1.2, 1.2), 1) for i in range(12)]
        cross = [i for i in range(1, 12) if app[i] > web[i] and app[i - 1] <= web[i - 1]]
        if len(cross) == 1 and all(app[i] > web[i] for i in range(cross[0], 12)) and 3 <= cross[0] <= 9 \
                and app[cross[0]] - web[cross[0]] > 1.5 and web[cross[0] - 1] - app[cross[0] - 1] > 1.5:
            break
    s = sc("chart_lines_app_web.png", "line chart, 2 series with markers, no value labels", "fivethirtyeight",
           "monthly active users (thousands), app vs web, with one crossing")
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(10, 5.2))
        ax.plot(m, app, marker="o", label="Mobile app")
        ax.plot(m, web, marker="s", label="Website")
        ax.set_title("Monthly active users (thousands)", fontsize=15)
        ax.legend()
        ax.set_ylim(0, max(app + web) * 1.1)
        fig.tight_layout()
        save(s, fig)
    s.q("in which month did the app overtake the website?", m[cross[0]], "text", "overtakes", True)
    s.q("about how many thousand users did the website have in December?", web[11], "approx", "chart_value")
    s.q("is the mobile app trending up or down over the year?", "up", "text", "trend")
    return s


# 6 pie with % labels
def c_pie():
    r = rng("c_pie")
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Utilities", "Savings", "Other"]
    w = [r.uniform(5, 30) for _ in cats]
    w[0] += 15
    tot = sum(w)
    pct = [round(x / tot * 100, 1) for x in w]
    pct[-1] = round(100 - sum(pct[:-1]), 1)
    assert pct.count(max(pct)) == 1
    s = sc("chart_pie_budget.png", "pie chart with % labels and legend", "light pastel, DejaVu Sans",
           "monthly budget split, 7 categories")
    fig, ax = plt.subplots(figsize=(8.5, 6))
    ax.pie(pct, labels=cats, autopct="%1.1f%%", startangle=90, counterclock=False, pctdistance=0.75,
           colors=plt.cm.Pastel1.colors[:7], wedgeprops=dict(edgecolor="white"))
    ax.set_title("Where the money goes – household budget, October", fontsize=13)
    save(s, fig)
    s.q("what's the biggest slice?", cats[pct.index(max(pct))], "text", "argmax", True)
    s.q("what percentage is transport", f"{pct[2]:.1f}%", "percent", "chart_value", True)
    s.q("groceries and eating out together make up what share?", f"{pct[1] + pct[3]:.1f}%", "percent", "sum")
    return s


# 7 dark line with point labels
def c_line_dark():
    r = rng("c_line_dark")
    m = MONTHS
    v = [r.randint(5200, 11800) for _ in m]
    assert v.count(min(v)) == 1
    s = sc("chart_line_steps_dark.png", "line chart with point labels (dark)", "dark_background, Fira-like DejaVu",
           "average daily steps per month")
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(11, 5))
        ax.plot(m, v, color="#7ee787", marker="o")
        for x, y in zip(m, v):
            ax.annotate(f"{y:,}", (x, y), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9)
        ax.set_ylim(0, 13500)
        ax.set_title("Average daily steps, 2025", fontsize=14)
        ax.grid(alpha=.2)
        save(s, fig)
    s.q("which month had the fewest steps?", m[v.index(min(v))], "text", "argmin", True)
    s.q("what was the average daily steps in August", f"{v[7]:,}", "number", "chart_value", True)
    s.q("how many more steps per day in May than in Feb?", v[4] - v[1], "number", "difference")
    return s


# 8 labelled scatter
def c_scatter():
    r = rng("c_scatter")
    names = ["Baratza Encore", "Fellow Ode", "Comandante C40", "Timemore C3", "1Zpresso J", "Wilfa Svart", "Eureka Mignon",
             "Niche Zero"]
    while True:
        price = [r.randint(60, 700) for _ in names]
        rating = [round(r.uniform(3.2, 4.9), 1) for _ in names]
        sp, sr = sorted(price), sorted(rating)
        if sp[-1] - sp[-2] > 60 and sr[-1] - sr[-2] >= 0.2 and sr[1] - sr[0] >= 0.2:
            break
    s = sc("chart_scatter_grinders.png", "labelled scatter plot (no value labels)", "light, Lato",
           "coffee grinders: price vs review score")
    with plt.rc_context({"font.family": "Lato"}):
        fig, ax = plt.subplots(figsize=(9.5, 6))
        ax.scatter(price, rating, s=60, color="#6f4e37")
        for n, x, y in zip(names, price, rating):
            ax.annotate(n, (x, y), xytext=(6, 4), textcoords="offset points", fontsize=10)
        ax.set_xlabel("price (€)")
        ax.set_ylabel("average review score")
        ax.set_title("Coffee grinders: price vs. score", fontsize=14)
        ax.set_xlim(0, 800)
        ax.grid(alpha=.3)
        save(s, fig)
    s.q("which grinder is the most expensive?", names[price.index(max(price))], "text", "argmax", True)
    s.q("which one has the lowest review score", names[rating.index(min(rating))], "text", "argmin", True)
    s.q("roughly what does the Fellow Ode cost?", price[1], "approx", "chart_value")
    return s


# 9 horizontal bars with labels (sorted)
def c_hbar_lab():
    r = rng("c_hbar_lab")
    langs = ["TypeScript", "Python", "Go", "Kotlin", "SQL", "Shell", "Rust"]
    v = sorted(r.sample(range(4, 160), 7), reverse=True)
    s = sc("chart_hbar_loc.png", "sorted horizontal bar chart with value labels", "Solarize_Light2",
           "thousand lines of code per language in a monorepo")
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(8.5, 4.8))
        b = ax.barh(langs[::-1], v[::-1], color="#268bd2")
        ax.bar_label(b, labels=[f"{x}k" for x in v[::-1]], padding=3)
        ax.set_title("Lines of code by language (thousands)")
        ax.set_xlim(0, max(v) * 1.15)
        fig.tight_layout()
        save(s, fig)
    s.q("which language is second by lines of code?", langs[1], "text", "nth", True)
    s.q("how many lines of Go are there", f"{v[2]}k", "text", "chart_value", True)
    s.q("how many times bigger is the TypeScript codebase than the Rust one?", f"{v[0] / v[6]:.2f}", "number", "ratio")
    return s


# 10 tornado chart (uncommon)
def c_tornado():
    r = rng("c_tornado")
    var = ["Electricity price", "Capacity factor", "Capex", "Discount rate", "O&M cost", "Degradation", "Lifetime"]
    base = 42.0
    while True:
        rows = []
        for v in var:
            lo, hi = -round(r.uniform(1, 14), 1), round(r.uniform(1, 14), 1)
            rows.append((v, lo, hi))
        sw = sorted(x[2] - x[1] for x in rows)
        if all(b - a > 0.3 for a, b in zip(sw, sw[1:])):
            break
    rows.sort(key=lambda x: x[2] - x[1])
    sw = [x[2] - x[1] for x in rows]
    assert len(set(sw)) == len(sw)
    s = sc("chart_tornado_npv.png", "tornado chart (sensitivity) with labelled bar ends", "light, Nimbus Sans",
           "NPV sensitivity of a solar farm to 7 inputs, low/high cases")
    with plt.rc_context({"font.family": "Nimbus Sans"}):
        fig, ax = plt.subplots(figsize=(10, 5.4))
        y = np.arange(len(rows))
        ax.barh(y, [x[1] for x in rows], left=base, color="#d62828", label="low case")
        ax.barh(y, [x[2] for x in rows], left=base, color="#003049", label="high case")
        for i, (n, lo, hi) in enumerate(rows):
            ax.text(base + lo - 0.4, i, f"{base + lo:.1f}", va="center", ha="right", fontsize=9)
            ax.text(base + hi + 0.4, i, f"{base + hi:.1f}", va="center", ha="left", fontsize=9)
        ax.set_yticks(y, [x[0] for x in rows])
        ax.axvline(base, color="k", lw=1)
        ax.set_xlim(base - 18, base + 18)
        ax.set_xlabel("NPV (€ million), base case 42.0")
        ax.set_title("Solar farm NPV sensitivity", fontsize=14)
        ax.legend(loc="lower right")
        fig.tight_layout()
        save(s, fig)
    top = rows[-1]
    capex = [x for x in rows if x[0] == "Capex"][0]
    s.q("which input moves the NPV the most?", top[0], "text", "argmax", True)
    s.q("what's the NPV in the high case for capacity factor?", f"{base + [x for x in rows if x[0] == 'Capacity factor'][0][2]:.1f}",
        "number", "chart_value", True)
    s.q("how wide is the capex range, high minus low, in € million?", f"{capex[2] - capex[1]:.1f}", "number", "difference")
    return s


# 11 radial bar chart (uncommon)
def c_radial():
    r = rng("c_radial")
    goals = ["Reading (books)", "Running (km)", "Savings", "Language lessons", "Volunteering (h)"]
    pct = [r.randint(18, 97) for _ in goals]
    assert len(set(pct)) == len(pct)
    s = sc("chart_radial_goals.png", "radial (concentric ring) bar chart with % labels", "light, URW Gothic",
           "progress towards 5 personal yearly goals")
    with plt.rc_context({"font.family": "URW Gothic"}):
        fig = plt.figure(figsize=(7.5, 7))
        ax = fig.add_subplot(projection="polar")
        ax.set_theta_zero_location("N")
        ax.set_theta_direction(-1)
        cols = ["#ef476f", "#f78c6b", "#ffd166", "#06d6a0", "#118ab2"]
        for i, (g, p) in enumerate(zip(goals, pct)):
            rad = 1 + i
            ax.barh(rad, np.radians(360), left=0, height=0.7, color="#eeeeee")
            ax.barh(rad, np.radians(360 * p / 100), left=0, height=0.7, color=cols[i])
            ax.text(np.radians(-2), rad, f"{g}  {p}%", ha="right", va="center", fontsize=10)
        ax.set_ylim(-1, 6)
        ax.set_axis_off()
        ax.set_title("2025 goals – progress by 30 November", fontsize=14, pad=10)
        save(s, fig)
    lo = goals[pct.index(min(pct))]
    s.q("which goal is the furthest behind?", lo, "text", "argmin", True)
    s.q("how far along is the savings goal?", f"{pct[2]}%", "percent", "chart_value", True)
    s.q("how many goals are past the halfway mark", sum(1 for p in pct if p > 50), "count", "count")
    return s


# 12 stem plot (uncommon), no labels
def c_stem():
    r = rng("c_stem")
    m = MONTHS
    while True:
        v = [r.choice([-1, 1]) * r.randint(3, 40) * 100 for _ in m]
        srt = sorted(v)
        if srt[-1] - srt[-2] >= 500 and all(abs(x) >= 300 for x in v):
            break
    s = sc("chart_stem_budget.png", "stem plot of budget variance, no value labels", "light, bmh",
           "monthly over/under budget (€) for a small charity")
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(10, 5))
        ml, sl, bl = ax.stem(m, v, basefmt="k-")
        plt.setp(ml, markersize=8)
        ax.set_ylabel("€ over (+) / under (−) budget")
        ax.set_title("Spending vs budget, 2025")
        ax.set_yticks(range(-4000, 4001, 1000))
        save(s, fig)
    s.q("which month was the biggest overspend?", m[v.index(max(v))], "text", "argmax", True)
    s.q("how many months came in under budget?", sum(1 for x in v if x < 0), "count", "count")
    s.q("roughly how much over or under budget was October? (negative if under)", v[9], "approx", "chart_value")
    return s


# 13 fan chart (uncommon), no labels
def c_fan():
    r = rng("c_fan")
    years = list(range(2016, 2026))
    hist = [round(4.0 + 0.35 * i + r.uniform(-0.3, 0.3), 2) for i in range(len(years))]
    fy = list(range(2025, 2032))
    g = r.uniform(0.25, 0.45)
    centre = [hist[-1] + g * k for k in range(len(fy))]
    s = sc("chart_fan_forecast.png", "fan chart: history line + forecast with shaded 50/90% bands, no value labels",
           "light, Roboto Condensed", "heat-pump installations index 2016-2025 with forecast to 2031")
    with plt.rc_context({"font.family": "Roboto Condensed"}):
        fig, ax = plt.subplots(figsize=(10, 5.2))
        ax.plot(years, hist, color="#1d3557", lw=2.2, label="actual")
        for k, (w, a) in enumerate([(1.64, .18), (0.67, .35)]):
            sd = [0.25 * j for j in range(len(fy))]
            ax.fill_between(fy, [c - w * d for c, d in zip(centre, sd)], [c + w * d for c, d in zip(centre, sd)],
                            color="#e63946", alpha=a, lw=0, label="90% band" if k == 0 else "50% band")
        ax.plot(fy, centre, color="#e63946", ls="--", label="central forecast")
        ax.axvline(2025, color="grey", lw=.8)
        ax.text(2025.1, 1.0, "forecast", color="grey")
        ax.set_ylim(0, int(centre[-1] + 1.64 * 0.25 * 6) + 2)
        ax.set_xticks(range(2016, 2032))
        ax.set_ylabel("index (2015 = 3.5)")
        ax.set_title("Heat-pump installations index, actual and forecast", fontsize=14)
        ax.grid(alpha=.3)
        ax.legend(loc="upper left")
        save(s, fig)
    s.q("roughly what's the central forecast for 2030?", f"{centre[5]:.2f}", "approx", "chart_value")
    s.q("what was the index in 2020, approximately", f"{hist[4]:.2f}", "approx", "chart_value")
    s.q("does the uncertainty band get wider or narrower further out?", "wider", "text", "trend")
    return s


SCENES = [c_vbar, c_hbar, c_grouped, c_stacked, c_lines, c_pie, c_line_dark, c_scatter, c_hbar_lab, c_tornado, c_radial,
          c_stem, c_fan]
