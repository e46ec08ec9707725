"""Charts drawn with matplotlib (Agg) in several styles."""
import math

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from common import q, scene, rng, save_fig, nstr, uniq_max, uniq_min  # noqa: E402
import subprocess  # noqa: E402
from matplotlib import font_manager as _fm  # noqa: E402

for _fam in ("Cantarell", "Lato", "Nimbus Sans", "Open Sans", "P052", "Roboto Condensed", "Roboto", "URW Gothic",
             "Liberation Sans Narrow", "Liberation Sans"):
    for _sty in ("", ":bold"):
        _p = subprocess.run(["fc-match", "-f", "%{file}", _fam + _sty], capture_output=True, text=True).stdout.strip()
        if _p:
            _fm.fontManager.addfont(_p)


def style(st, fontfam, size=11):
    ctx = plt.style.context(st)
    return ctx, {"font.family": fontfam, "font.size": size, "svg.hashsalt": "x"}


def slope():
    name = "chart_slope"
    r = rng(name)
    scene(name, "chart", "slope chart (matplotlib)", "seaborn whitegrid-like, Lato", "6 cities, 2019 vs 2024 values at both ends")
    cities = ["Lisbon", "Vienna", "Oslo", "Dublin", "Prague", "Athens"]
    def spaced(v, gap):
        v = sorted(v)
        return all(y - x >= gap for x, y in zip(v, v[1:]))
    while True:
        a = r.sample(range(40, 95), 6)
        b = [x + r.choice([-1, 1]) * r.randint(3, 25) for x in a]
        if spaced(a, 3) and spaced(b, 3) and max(b) <= 99 and min(b) >= 10:
            break
    chg = [y - x for x, y in zip(a, b)]
    assert sorted(chg)[-1] != sorted(chg)[-2]
    with plt.style.context("seaborn-v0_8-whitegrid"), plt.rc_context({"font.family": "Lato", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(7.5, 7), dpi=100)
        cols = plt.cm.tab10.colors
        for i, (c, x, y) in enumerate(zip(cities, a, b)):
            ax.plot([0, 1], [x, y], marker="o", color=cols[i], lw=2)
            ax.text(-0.04, x, f"{c}  {x}", ha="right", va="center", color=cols[i])
            ax.text(1.04, y, f"{y}  {c}", ha="left", va="center", color=cols[i])
        ax.set_xlim(-0.5, 1.5); ax.set_xticks([0, 1]); ax.set_xticklabels(["2019", "2024"])
        ax.set_yticks([]); ax.set_title("Bike-friendliness index, 2019 → 2024", fontsize=15, weight="bold")
        for s in ax.spines.values():
            s.set_visible(False)
        fig.tight_layout()
        save_fig(fig, name)
    i = chg.index(max(chg))
    q("which city improved the most", cities[i], "text", "argmax", True)
    k = r.randrange(6)
    q(f"{cities[k]} score in 2019?", str(a[k]), "number", "chart_value", True)
    j = r.randrange(6)
    k2 = (j + 1) % 6
    if b[j] == b[k2]:
        k2 = (j + 2) % 6
    q(f"which was lower in 2024, {cities[j]} or {cities[k2]}", cities[j] if b[j] < b[k2] else cities[k2], "text", "choice_less", True)


def bump():
    name = "chart_bump"
    r = rng(name)
    scene(name, "chart", "bump chart of league ranks (matplotlib)", "dark background, Roboto Condensed", "5 clubs over 6 seasons, rank numbers in markers")
    clubs = ["Rovers", "Athletic", "Harriers", "United", "Wanderers"]
    seasons = ["2019", "2020", "2021", "2022", "2023", "2024"]
    ranks = []
    cur = list(range(1, 6)); r.shuffle(cur)
    for s in seasons:
        ranks.append(cur[:])
        i = r.randrange(4)
        cur = cur[:]
        a, b = cur.index(i + 1), cur.index(i + 2)
        cur[a], cur[b] = cur[b], cur[a]
    R = np.array(ranks)  # seasons x clubs
    with plt.style.context("dark_background"), plt.rc_context({"font.family": "Roboto Condensed", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
        cols = ["#f59e0b", "#38bdf8", "#f472b6", "#a3e635", "#c084fc"]
        for j, c in enumerate(clubs):
            ax.plot(range(6), R[:, j], color=cols[j], lw=3, marker="o", ms=20)
            for i in range(6):
                ax.text(i, R[i, j], str(R[i, j]), ha="center", va="center", color="black", fontsize=11, weight="bold")
            ax.text(5.35, R[5, j], c, color=cols[j], va="center", fontsize=13)
        ax.set_ylim(5.6, 0.4); ax.set_xlim(-0.4, 6.2); ax.set_yticks([]); ax.set_xticks(range(6)); ax.set_xticklabels(seasons)
        ax.set_title("Final league position by season", fontsize=16)
        for s in ax.spines.values():
            s.set_visible(False)
        fig.tight_layout()
        save_fig(fig, name)
    k = r.randrange(5)
    q(f"where did {clubs[k]} finish in 2021", str(R[2, k]), "number", "chart_value", True)
    q("who was top in 2020", clubs[list(R[1]).index(1)], "text", "chart_value", True)
    q("which club finished last in 2024", clubs[list(R[5]).index(5)], "text", "argmin", True)


def gauges():
    name = "chart_gauges"
    r = rng(name)
    scene(name, "chart", "three semicircle gauges (matplotlib)", "light grey panel, Cantarell", "CPU/Memory/Disk percent with green-amber-red zones")
    labels = ["CPU", "Memory", "Disk"]
    vals = r.sample(range(18, 97), 3)
    with plt.rc_context({"font.family": "Cantarell", "font.size": 12}):
        fig, axs = plt.subplots(1, 3, figsize=(11, 4), dpi=100, facecolor="#f3f4f6")
        for ax, lab, v in zip(axs, labels, vals):
            ax.set_aspect("equal"); ax.axis("off")
            for lo, hi, col in ((0, 60, "#22c55e"), (60, 85, "#f59e0b"), (85, 100, "#ef4444")):
                th = np.linspace(math.pi * (1 - lo / 100), math.pi * (1 - hi / 100), 50)
                xs = np.concatenate([np.cos(th), 0.7 * np.cos(th[::-1])]); ys = np.concatenate([np.sin(th), 0.7 * np.sin(th[::-1])])
                ax.fill(xs, ys, color=col)
            a = math.pi * (1 - v / 100)
            ax.plot([0, 0.9 * math.cos(a)], [0, 0.9 * math.sin(a)], color="#111", lw=3)
            ax.add_patch(plt.Circle((0, 0), 0.06, color="#111"))
            ax.text(0, -0.28, f"{v}%", ha="center", fontsize=24, weight="bold")
            ax.text(0, 1.12, lab, ha="center", fontsize=15)
            ax.set_xlim(-1.1, 1.1); ax.set_ylim(-0.5, 1.3)
        fig.suptitle("web-03 · resource usage", fontsize=14)
        save_fig(fig, name)
    i = vals.index(max(vals))
    q("which resource is the highest", labels[i], "text", "argmax", True)
    q("memory usage?", f"{vals[1]}%", "percent", "chart_value", True)
    zone = lambda v: "green" if v < 60 else ("amber" if v < 85 else "red")
    q("what colour zone is the disk needle in", zone(vals[2]) if zone(vals[2]) != "amber" else "orange", "text", "colour", False)


def wind_rose():
    name = "chart_polar_bars"
    r = rng(name)
    scene(name, "chart", "polar bar chart (wind directions)", "bmh style, DejaVu Serif", "8 compass directions with % labels")
    dirs = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    raw = r.sample(range(3, 30), 8)
    tot = sum(raw)
    pct = [round(x * 100 / tot, 1) for x in raw]
    with plt.style.context("bmh"), plt.rc_context({"font.family": "DejaVu Serif", "font.size": 11}):
        fig = plt.figure(figsize=(7, 7), dpi=100)
        ax = fig.add_subplot(projection="polar")
        ax.set_theta_zero_location("N"); ax.set_theta_direction(-1)
        th = np.arange(8) * 2 * math.pi / 8
        ax.bar(th, pct, width=0.6, color="#0e7490", alpha=0.8)
        for t, p in zip(th, pct):
            ax.text(t, p + 2.2, f"{p}%", ha="center", va="center", fontsize=11)
        ax.set_xticks(th); ax.set_xticklabels(dirs, fontsize=13); ax.set_yticklabels([])
        ax.set_ylim(0, max(pct) + 5)
        ax.set_title("Wind direction frequency — Bergen, 2023", pad=20)
        save_fig(fig, name)
    i = pct.index(max(pct))
    assert sorted(pct)[-1] != sorted(pct)[-2]
    q("what direction does the wind come from most often", dirs[i], "text", "argmax", True)
    k = r.choice([x for x in range(8) if x != i])
    q(f"how often does it blow from the {dirs[k]}?", f"{pct[k]}%", "percent", "share", True)


def combo():
    name = "chart_bar_line_dual"
    r = rng(name)
    scene(name, "chart", "bar + line with secondary axis", "ggplot style, Liberation Sans Narrow", "monthly revenue bars (labelled) and margin % line (labelled)")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    rev = [r.randint(120, 260) for _ in months]
    mar = r.sample([x / 10 for x in range(80, 260, 7)], len(months))
    with plt.style.context("ggplot"), plt.rc_context({"font.family": "Liberation Sans Narrow", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(11, 5.5), dpi=100)
        b = ax.bar(months, rev, color="#6b8eb3")
        for x, v in zip(months, rev):
            ax.text(x, v + 3, f"{v}k", ha="center", fontsize=11)
        ax.set_ylabel("Revenue (€ thousands)")
        ax2 = ax.twinx()
        ax2.plot(months, mar, color="#c2410c", marker="D", lw=2.5)
        for x, v in zip(months, mar):
            ax2.text(x, v + 0.8, f"{v:.1f}%", ha="center", color="#c2410c", fontsize=11)
        ax2.set_ylabel("Gross margin (%)"); ax2.set_ylim(-30, 30); ax2.set_yticks(range(0, 31, 5)); ax2.grid(False)
        ax.set_ylim(0, 560); ax.set_yticks(range(0, 301, 50))
        ax.set_title("Revenue and gross margin, 2024")
        fig.tight_layout()
        save_fig(fig, name)
    k = r.randrange(8)
    q(f"revenue in {months[k]}?", f"{rev[k]}k", "money", "chart_value", True)
    i = mar.index(min(mar))
    q("which month had the lowest margin", months[i], "text", "argmin", True)
    j = r.randrange(8)
    q(f"margin in {months[j]}", f"{mar[j]:.1f}%", "percent", "chart_value", True)


def likert():
    name = "chart_stacked_pct_h"
    r = rng(name)
    scene(name, "chart", "horizontal 100% stacked bars (survey)", "white, Open Sans, diverging colours", "5 statements x 5 answers with % labels")
    stmts = ["The app is easy to use", "Support answers quickly", "Pricing is fair", "I would recommend it", "Updates break my workflow"]
    cats = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    cols = ["#b91c1c", "#f87171", "#d4d4d4", "#60a5fa", "#1d4ed8"]
    data = []
    for _ in stmts:
        w = [r.randint(2, 40) for _ in cats]
        p = [round(x * 100 / sum(w)) for x in w]
        p[2] += 100 - sum(p)
        data.append(p)
    D = np.array(data)
    with plt.rc_context({"font.family": "Open Sans", "font.size": 11}):
        fig, ax = plt.subplots(figsize=(12, 5), dpi=100)
        left = np.zeros(len(stmts))
        for j, c in enumerate(cats):
            ax.barh(stmts, D[:, j], left=left, color=cols[j], label=c)
            for i in range(len(stmts)):
                if D[i, j] >= 4:
                    ax.text(left[i] + D[i, j] / 2, i, f"{D[i, j]}%", ha="center", va="center", color="white" if j != 2 else "black", fontsize=10)
            left += D[:, j]
        ax.invert_yaxis(); ax.set_xlim(0, 100); ax.set_xticks([])
        for s in ax.spines.values():
            s.set_visible(False)
        ax.legend(ncol=5, loc="upper center", bbox_to_anchor=(0.5, 1.13), frameon=False)
        fig.tight_layout()
        save_fig(fig, name)
    k = r.randrange(5)
    q(f"what % agree (not strongly) that \"{stmts[k]}\"", f"{D[k, 3]}%", "percent", "share", D[k, 3] >= 4)
    col = list(D[:, 0])
    assert sorted(col)[-1] != sorted(col)[-2]
    q("which statement has the most strongly disagree", stmts[col.index(max(col))], "text", "argmax", True)
    pos = [D[i, 3] + D[i, 4] for i in range(5)]
    a, b = r.sample(range(5), 2)
    while pos[a] == pos[b]:
        a, b = r.sample(range(5), 2)
    q(f"total agreement (agree + strongly agree) for \"{stmts[a]}\"?", f"{pos[a]}%", "percent", "sum", False)


def histogram():
    name = "chart_histogram"
    r = rng(name)
    scene(name, "chart", "histogram with counts above bins", "fivethirtyeight style, Roboto", "delivery times in 5-minute bins")
    edges = list(range(10, 65, 5))
    counts = [r.randint(2, 12), r.randint(15, 40), r.randint(40, 80), r.randint(60, 110), r.randint(40, 90), r.randint(20, 50),
              r.randint(8, 30), r.randint(3, 15), r.randint(1, 9), r.randint(0, 5)]
    assert sorted(counts)[-1] != sorted(counts)[-2]
    with plt.style.context("fivethirtyeight"), plt.rc_context({"font.family": "Roboto", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
        ax.bar([e + 2.5 for e in edges[:-1]], counts, width=5, color="#30a2da", edgecolor="white")
        for e, c in zip(edges, counts):
            ax.text(e + 2.5, c + 1.5, str(c), ha="center", fontsize=11)
        ax.set_xticks(edges); ax.set_xlabel("Delivery time (minutes)"); ax.set_ylabel("Orders")
        ax.set_title("How long did deliveries take? (March, n=%d)" % sum(counts), fontsize=15)
        fig.tight_layout()
        save_fig(fig, name)
    i = counts.index(max(counts))
    q("most common delivery time range?", f"{edges[i]}-{edges[i + 1]} min", "text", "argmax", False)
    q("how many orders took between 20 and 25 minutes", str(counts[2]), "number", "chart_value", True)
    over = sum(c for e, c in zip(edges, counts) if e >= 40)
    q("how many orders took 40 minutes or more", str(over), "count", "sum", False)


def step_rate():
    name = "chart_step_rate"
    r = rng(name)
    scene(name, "chart", "step line without value labels", "Solarize_Light2, URW Gothic", "policy interest rate changes over 2022-2024 on a gridded axis")
    rate = 0.0
    pts = [(2022.0, 0.0)]
    t = 2022.0
    changes = 0
    while True:
        t += r.choice([0.25, 0.25, 0.5])
        if t >= 2024.75:
            break
        d = r.choice([0.5, 0.75, 0.25, 0.5]) if t < 2023.6 else r.choice([-0.25, 0, -0.5])
        if d == 0:
            continue
        rate = max(0, rate + d); changes += 1
        pts.append((t, rate))
    xs = [p[0] for p in pts] + [2025.0]
    ys = [p[1] for p in pts] + [pts[-1][1]]
    with plt.style.context("Solarize_Light2"), plt.rc_context({"font.family": "URW Gothic", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(10, 5), dpi=100)
        ax.step(xs, ys, where="post", lw=2.5, color="#cb4b16")
        ax.set_xticks([2022, 2022.5, 2023, 2023.5, 2024, 2024.5, 2025]); ax.set_xticklabels(["Jan 22", "Jul 22", "Jan 23", "Jul 23", "Jan 24", "Jul 24", "Jan 25"])
        ax.set_yticks(np.arange(0, max(ys) + 1, 0.5)); ax.set_ylabel("Rate (%)")
        ax.set_title("Central bank policy rate")
        fig.tight_layout()
        save_fig(fig, name)
    assert 2023.0 not in xs
    peak = max(ys)
    q("what was the peak rate", nstr(peak), "approx", "chart_value", False)
    val = [y for x, y in pts if x <= 2023.0][-1]
    q("rate at the start of 2023 roughly", nstr(val), "approx", "chart_value", False)
    q("how many times did the rate change", str(changes), "count", "count", False)


def energy_lines():
    name = "chart_energy_lines"
    r = rng(name)
    scene(name, "chart", "multi-series line chart with markers", "tableau-colorblind10 style, Liberation Sans", "coal, solar, wind TWh 2014-2024, solar overtakes coal")
    years = list(range(2014, 2025))
    cross = r.randint(2018, 2022)
    coal = [round(62 - 3.1 * (y - 2014) + r.uniform(-1, 1), 1) for y in years]
    solar = []
    for i, y in enumerate(years):
        c = coal[i]
        s = c - (cross - y) * 4.2 - 1.5 if y < cross else c + (y - cross) * 4.0 + 1.2
        solar.append(round(max(2, s), 1))
    wind = [round(18 + 1.6 * (y - 2014) + r.uniform(-1, 1), 1) for y in years]
    with plt.style.context("tableau-colorblind10"), plt.rc_context({"font.family": "Liberation Sans", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(10, 5.5), dpi=100)
        ax.plot(years, coal, marker="s", lw=2, label="Coal", color="#595959")
        ax.plot(years, solar, marker="o", lw=2, label="Solar", color="#ff800e")
        ax.plot(years, wind, marker="^", lw=2, label="Wind", color="#1f77b4")
        ax.set_ylabel("Generation (TWh)"); ax.set_xticks(years); ax.grid(alpha=0.3)
        ax.legend(); ax.set_title("Electricity generation by source")
        fig.tight_layout()
        save_fig(fig, name)
    first = next(y for y, s, c in zip(years, solar, coal) if s > c)
    assert first == cross
    q("in what year did solar overtake coal", str(first), "number", "overtakes", True)
    q("what colour is the wind line", "blue", "text", "colour", False)
    q("what shape are the markers on the coal line", "square", "text", "shape", False)
    yi = r.randrange(2, 9)
    q(f"roughly how much wind power in {years[yi]}", nstr(wind[yi]), "approx", "chart_value", False)


def bullet_kpi():
    name = "chart_bullet_kpis"
    r = rng(name)
    scene(name, "chart", "bullet charts: actual vs target", "white, Nimbus Sans, grey bands", "5 KPIs with actual bar, target tick, printed actual/target")
    kpis = ["NPS", "Renewal rate %", "Tickets closed / day", "Uptime score", "Trial conversion %"]
    tg = [r.randint(40, 90) for _ in kpis]
    act = [t + r.choice([-1, 1]) * r.randint(2, 15) for t in tg]
    with plt.rc_context({"font.family": "Nimbus Sans", "font.size": 12}):
        fig, axs = plt.subplots(len(kpis), 1, figsize=(10, 5.5), dpi=100)
        for ax, k, a, t in zip(axs, kpis, act, tg):
            for lim, col in ((110, "#e5e7eb"), (80, "#d1d5db"), (50, "#9ca3af")):
                ax.barh(0, lim, height=0.9, color=col)
            ax.barh(0, a, height=0.35, color="#111827")
            ax.plot([t, t], [-0.35, 0.35], color="#dc2626", lw=3)
            ax.set_xlim(0, 110); ax.set_yticks([]); ax.set_xticks([])
            ax.text(-2, 0, k, ha="right", va="center", fontsize=12)
            ax.text(112, 0, f"{a} / {t}", va="center", fontsize=12)
            for s in ax.spines.values():
                s.set_visible(False)
        fig.suptitle("Q2 scorecard — actual / target", fontsize=14)
        fig.subplots_adjust(left=0.22, right=0.88)
        save_fig(fig, name)
    missed = [k for k, a, t in zip(kpis, act, tg) if a < t]
    q("which KPIs missed their target", "; ".join(missed), "text", "compare_less", True)
    beat = [i for i in range(5) if act[i] > tg[i]]
    j = r.choice(beat) if beat and r.random() < 0.7 else r.randrange(5)
    q(f"did {kpis[j]} beat its target", "yes" if act[j] > tg[j] else "no", "yesno", "compare_more", False)
    k = r.randrange(5)
    q(f"actual value for {kpis[k]}?", str(act[k]), "number", "chart_value", True)


def pareto():
    name = "chart_pareto"
    r = rng(name)
    scene(name, "chart", "Pareto chart (bars + cumulative % line)", "classic style, DejaVu Sans", "defect counts sorted with cumulative percentage labels")
    defs = ["Scratches", "Misaligned label", "Dented can", "Leaking seal", "Wrong colour", "Missing cap", "Other"]
    cnt = sorted(r.sample(range(5, 160), 7), reverse=True)
    tot = sum(cnt)
    cum = np.cumsum(cnt) * 100 / tot
    with plt.style.context("classic"), plt.rc_context({"font.family": "DejaVu Sans", "font.size": 11}):
        fig, ax = plt.subplots(figsize=(11, 5.5), dpi=100, facecolor="white")
        ax.bar(range(7), cnt, color="#4682b4", width=0.7)
        for i, c in enumerate(cnt):
            ax.text(i, c + 2, str(c), ha="center")
        ax.set_xticks(range(7)); ax.set_xticklabels(defs, rotation=15); ax.set_xlim(-0.6, 6.6); ax.set_ylabel("Defects")
        ax2 = ax.twinx()
        ax2.plot(range(7), cum, color="#d62728", marker="o")
        for i, v in enumerate(cum):
            ax2.text(i, v + 4, f"{v:.0f}%", ha="center", color="#d62728", fontsize=10,
                     bbox=dict(facecolor="white", edgecolor="none", pad=1))
        ax2.set_ylim(0, 115); ax2.set_ylabel("Cumulative %")
        ax.set_title("Line 3 defects, week 22")
        fig.tight_layout()
        save_fig(fig, name)
    k = r.randrange(1, 6)
    q(f"how many {defs[k].lower()} defects", str(cnt[k]), "number", "chart_value", True)
    q("what % of defects do the top three causes account for", f"{cum[2]:.0f}%", "percent", "share", True)
    q("how many defects in total", str(tot), "count", "sum", False)


def pie():
    name = "chart_pie_exploded"
    r = rng(name)
    scene(name, "chart", "pie with exploded slice and % labels", "grayscale-ish custom palette, P052 serif", "household energy use by appliance")
    labs = ["Heating", "Hot water", "Cooking", "Lighting", "Laundry", "Electronics"]
    w = r.sample(range(4, 45), 6)
    pct = [round(x * 100 / sum(w), 1) for x in w]
    pct[0] = round(100 - sum(pct[1:]), 1)
    i = pct.index(max(pct))
    ex = [0.12 if j == i else 0 for j in range(6)]
    with plt.rc_context({"font.family": "P052", "font.size": 12}):
        fig, ax = plt.subplots(figsize=(8, 6.5), dpi=100)
        ax.pie(pct, labels=labs, explode=ex, autopct="%1.1f%%", startangle=90, counterclock=False,
               colors=["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d"], pctdistance=0.75,
               textprops={"fontsize": 12})
        for t in ax.texts:
            if t.get_text().endswith("%"):
                t.set_color("white")
        ax.set_title("Where our electricity goes", fontsize=16)
        save_fig(fig, name)
    j = uniq_min(list(range(6)), key=lambda x: pct[x])
    q("which appliance uses the least", labs[j], "text", "argmin", True)
    k = r.randrange(6)
    q(f"percentage for {labs[k].lower()}?", f"{pct[k]:.1f}%", "percent", "share", True)
    a, b = r.sample(range(6), 2)
    q(f"which uses more, {labs[a].lower()} or {labs[b].lower()}", labs[a] if pct[a] > pct[b] else labs[b], "text", "choice_more", True)


def build():
    for fn in (slope, bump, gauges, wind_rose, combo, likert, histogram, step_rate, energy_lines, bullet_kpi, pareto, pie):
        fn()
