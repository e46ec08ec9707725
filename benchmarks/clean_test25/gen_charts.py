"""Charts drawn with matplotlib (13 scenes)."""
import datetime as dt
import math

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from common import scene


def uniq_max(vals):
    m = max(vals)
    assert list(vals).count(m) == 1
    return list(vals).index(m)


def repel(ys, gap):
    """Return label positions, same order, at least `gap` apart (keeps sort order)."""
    order = sorted(range(len(ys)), key=lambda i: ys[i])
    pos = [0.0] * len(ys)
    last = -1e9
    for i in order:
        pos[i] = max(ys[i], last + gap)
        last = pos[i]
    return pos


def uniq_min(vals):
    m = min(vals)
    assert list(vals).count(m) == 1
    return list(vals).index(m)


@scene("chart", "candlestick (OHLC)", "dark (navy)", "matplotlib", "15 trading days of a share price, green/red candles, no values")
def chart_candlestick(s):
    r = s.rng
    days = []
    d = dt.date(2025, 10, 1)
    while len(days) < 15:
        if d.weekday() < 5:
            days.append(d)
        d += dt.timedelta(days=1)
    o = 42.0
    ohlc = []
    for _ in days:
        c = round(o + r.uniform(-2.2, 2.4), 2)
        hi = round(max(o, c) + r.uniform(0.2, 1.3), 2)
        lo = round(min(o, c) - r.uniform(0.2, 1.3), 2)
        ohlc.append((o, hi, lo, c))
        o = round(c + r.uniform(-0.4, 0.4), 2)
    cl = sorted(x[3] for x in ohlc)
    if cl[-1] - cl[-2] < 0.5:  # make the highest close clearly the highest
        i = [x[3] for x in ohlc].index(cl[-1])
        op, hi, lo, c = ohlc[i]
        c = round(cl[-2] + 0.6, 2)
        ohlc[i] = (op, max(hi, round(c + 0.3, 2)), lo, c)
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(11, 5.2))
        fig.patch.set_facecolor("#0f1b2d"); ax.set_facecolor("#0f1b2d")
        for i, (op, hi, lo, cl) in enumerate(ohlc):
            col = "#26a69a" if cl >= op else "#ef5350"
            ax.plot([i, i], [lo, hi], color=col, lw=1.2)
            ax.add_patch(plt.Rectangle((i - 0.3, min(op, cl)), 0.6, max(abs(cl - op), 0.03), color=col))
        labels = [f"{x:%b} {x.day}" for x in days]
        ax.set_xticks(range(len(days)), labels, rotation=45, fontsize=9)
        ax.set_xlim(-0.8, len(days) - 0.2)
        ax.grid(axis="y", color="#2a3b55", lw=0.8)
        ax.set_ylabel("Price (USD)")
        ax.set_title("NRDX  ·  Norrland Data Systems  ·  daily candles, October 2025", loc="left", fontsize=13)
        fig.tight_layout()
        s.fig(fig)
    closes = [x[3] for x in ohlc]
    i = uniq_max(closes)
    s.q("which day had the highest close", labels[i], "date", "argmax", True)
    j = 8
    s.q(f"roughly what did it close at on {labels[j]}?", closes[j], "approx", "chart_value", False)
    s.q("how many red candles are there", sum(c < o for o, _, _, c in ohlc), "count", "count", False, core=True)


@scene("chart", "violin plot with printed medians", "light (white, pastel)", "matplotlib", "checkout latency per data centre, 4 violins")
def chart_violin(s):
    r = s.rng
    dcs = ["Frankfurt", "São Paulo", "Mumbai", "Sydney"]
    rs = np.random.RandomState(91283)
    locs = [r.uniform(90, 240) for _ in dcs]
    data = [rs.lognormal(mean=math.log(l), sigma=0.25, size=300) for l in locs]
    meds = [int(round(float(np.median(x)))) for x in data]
    fig, ax = plt.subplots(figsize=(9, 5.4))
    parts = ax.violinplot(data, showmedians=True, widths=0.8)
    cols = ["#a8d5ba", "#f6c89f", "#b5c7f2", "#f2b5d4"]
    for b, c in zip(parts["bodies"], cols):
        b.set_facecolor(c); b.set_edgecolor("#555"); b.set_alpha(0.9)
    for i, m in enumerate(meds):
        ax.text(i + 1, max(data[i]) * 1.02, f"median {m} ms", ha="center", fontsize=10)
    ax.set_xticks(range(1, 5), dcs)
    ax.set_ylabel("checkout latency (ms)")
    ax.set_title("Checkout API latency by data centre — last 24 h")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    s.fig(fig)
    i = uniq_max(meds)
    s.q("which data centre has the highest median latency?", dcs[i], "text", "argmax", True)
    s.q("median for Mumbai", f"{meds[2]} ms", "number", "chart_value", True)


@scene("chart", "100% stacked horizontal bars (Likert)", "light (grey background)", "matplotlib", "staff survey, 5 statements x 5 answers, % in segments")
def chart_likert(s):
    r = s.rng
    stm = ["I have the tools I need", "My workload is manageable", "I get useful feedback",
           "I would recommend working here", "Meetings are a good use of time"]
    levels = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    rows = []
    for _ in stm:
        w = [r.uniform(0.5, 3) for _ in levels]
        raw = [x / sum(w) * 100 for x in w]
        p = [int(round(x)) for x in raw]
        p[2] += 100 - sum(p)
        rows.append(p)
    # unique max of strongly agree
    sa = [x[4] for x in rows]
    while sa.count(max(sa)) > 1:
        k = sa.index(max(sa)); rows[k][4] += 1; rows[k][2] -= 1; sa = [x[4] for x in rows]
    cols = ["#c0392b", "#e59866", "#d5d8dc", "#7fb3d5", "#1f618d"]
    fig, ax = plt.subplots(figsize=(11.5, 4.8))
    fig.patch.set_facecolor("#f4f4f4"); ax.set_facecolor("#f4f4f4")
    for i, p in enumerate(rows):
        left = 0
        for j, v in enumerate(p):
            ax.barh(i, v, left=left, color=cols[j], edgecolor="white", label=levels[j] if i == 0 else None)
            if v >= 6:
                ax.text(left + v / 2, i, f"{v}%", ha="center", va="center", fontsize=9,
                        color="white" if j in (0, 4) else "#222")
            left += v
    ax.set_yticks(range(len(stm)), stm)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    ax.set_xticks([])
    for sp in ax.spines.values():
        sp.set_visible(False)
    ax.legend(ncol=5, loc="upper center", bbox_to_anchor=(0.5, -0.02), frameon=False, fontsize=9)
    ax.set_title("Staff pulse survey, Q3 — share of answers", loc="left", fontsize=13, fontweight="bold")
    fig.tight_layout()
    s.fig(fig)
    # choose a statement whose Agree segment is printed
    k = [i for i, p in enumerate(rows) if p[3] >= 6][0]
    s.q(f"what % agreed (just 'Agree') with \"{stm[k]}\"?", f"{rows[k][3]}%", "percent", "share", True)
    i = uniq_max(sa)
    s.q("which statement got the biggest strongly agree share", stm[i], "text", "argmax", True, core=True)
    k2 = [i for i, p in enumerate(rows) if p[3] >= 6 and p[4] >= 6 and i != k][0]
    s.q(f"agree + strongly agree for '{stm[k2]}', combined", f"{rows[k2][3] + rows[k2][4]}%", "percent", "sum", False)


@scene("chart", "radar chart, two series", "light (seaborn-ish)", "matplotlib", "two phones scored 0-10 on 6 attributes, no values")
def chart_radar(s):
    r = s.rng
    attrs = ["Camera", "Battery", "Display", "Speed", "Price", "Build"]
    a = [r.randint(3, 10) for _ in attrs]
    b = [r.randint(3, 10) for _ in attrs]
    while a[1] == b[1]:
        b[1] = r.randint(3, 10)
    ang = np.linspace(0, 2 * np.pi, len(attrs), endpoint=False).tolist()
    fig = plt.figure(figsize=(8, 7.6))
    ax = fig.add_axes([0.14, 0.12, 0.72, 0.72], polar=True)
    for vals, name, col in [(a, "Pixel Nova 3", "#d62728"), (b, "Orca X12", "#1f77b4")]:
        v = vals + vals[:1]
        ax.plot(ang + ang[:1], v, color=col, lw=2, label=name)
        ax.fill(ang + ang[:1], v, color=col, alpha=0.18)
    ax.set_xticks(ang, attrs, fontsize=11)
    ax.tick_params(axis="x", pad=10)
    ax.set_ylim(0, 10)
    ax.set_yticks([2, 4, 6, 8, 10], ["2", "4", "6", "8", "10"], fontsize=8, color="#666")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.07), ncol=2, frameon=False, fontsize=11)
    ax.set_title("Reviewer scores (out of 10)", pad=28, fontsize=14)
    s.fig(fig)
    s.q("which phone does better on battery, Pixel Nova 3 or Orca X12?",
        "Pixel Nova 3" if a[1] > b[1] else "Orca X12", "text", "choice_more", True)
    s.q("what camera score does the Orca X12 get", b[0], "approx", "chart_value", False)
    s.q("what colour is the Pixel Nova 3 line", "red", "text", "colour", False)


@scene("chart", "slope chart", "light (serif, minimal)", "matplotlib", "renewable share of electricity 2015 vs 2024, 7 countries, labelled ends")
def chart_slope(s):
    r = s.rng
    cs = ["Chile", "Kenya", "Vietnam", "Poland", "Uruguay", "Morocco", "Ireland"]
    v15 = [r.randint(12, 60) for _ in cs]
    v24 = [min(98, max(5, x + r.randint(-6, 38))) for x in v15]
    v24[3] = v15[3] - 3  # one fall
    ch = [b - a for a, b in zip(v15, v24)]
    while ch.count(max(ch)) > 1:
        v24[ch.index(max(ch))] += 1; ch = [b - a for a, b in zip(v15, v24)]
    plt.rcParams["font.family"] = "serif"
    fig, ax = plt.subplots(figsize=(8, 7))
    la, lb = repel(v15, 3.2), repel(v24, 3.2)
    for c, a, b, ya, yb in zip(cs, v15, v24, la, lb):
        col = "#2e7d32" if b >= a else "#c62828"
        ax.plot([0, 1], [a, b], color=col, marker="o", lw=1.8)
        ax.text(-0.04, ya, f"{c} {a}%", ha="right", va="center", fontsize=10)
        ax.text(1.04, yb, f"{b}% {c}", ha="left", va="center", fontsize=10)
    ax.set_xlim(-0.6, 1.6)
    ax.set_xticks([0, 1], ["2015", "2024"], fontsize=12, fontweight="bold")
    ax.set_yticks([])
    for sp in ax.spines.values():
        sp.set_visible(False)
    ax.set_title("Renewables' share of electricity generation", fontsize=14)
    fig.tight_layout()
    s.fig(fig)
    plt.rcParams["font.family"] = "sans-serif"
    s.q("Kenya 2024 value?", f"{v24[1]}%", "percent", "chart_value", True)
    s.q("which country grew its share the most between 2015 and 2024", cs[uniq_max(ch)], "text", "argmax", True)
    s.q("did Poland's share go down?", "yes" if v24[3] < v15[3] else "no", "yesno", "compare_less", False)


@scene("chart", "waterfall (cash bridge)", "light (white, green/red)", "matplotlib", "opening to closing cash with signed steps printed")
def chart_waterfall(s):
    r = s.rng
    steps = [("Sales", r.randint(60, 95)), ("Services", r.randint(15, 30)), ("Payroll", -r.randint(40, 60)),
             ("Rent", -r.randint(8, 14)), ("Suppliers", -r.randint(20, 38)), ("Tax", -r.randint(9, 19)),
             ("Refunds", -r.randint(2, 7))]
    opening = r.randint(110, 150)
    fig, ax = plt.subplots(figsize=(11, 5.2))
    x = 0
    ax.bar(x, opening, color="#5d6d7e"); ax.text(x, opening + 3, f"{opening}", ha="center", fontsize=10)
    run = opening
    for i, (n, v) in enumerate(steps, start=1):
        bottom = run if v >= 0 else run + v
        ax.bar(i, abs(v), bottom=bottom, color="#27ae60" if v > 0 else "#e74c3c")
        ax.text(i, run + max(v, 0) + 3, f"{v:+d}", ha="center", fontsize=10)
        run += v
    n = len(steps) + 1
    ax.bar(n, run, color="#2c3e50"); ax.text(n, run + 3, f"{run}", ha="center", fontsize=10, fontweight="bold")
    ax.set_xticks(range(n + 1), ["Opening"] + [k for k, _ in steps] + ["Closing"])
    ax.set_ylabel("€ thousand")
    ax.set_title("Cash bridge, September 2025 (€k)", loc="left", fontsize=13)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    s.fig(fig)
    neg = [v for _, v in steps]
    s.q("closing cash?", f"{run}", "number", "chart_value", True)
    s.q("biggest outflow in the bridge", steps[uniq_min(neg)][0], "text", "argmin", True)
    s.q("how much did cash change from opening to closing", run - opening, "number", "subtract", False)


@scene("chart", "polar bar / wind rose", "light (pale blue)", "matplotlib", "days per wind direction (8 sectors), no values")
def chart_windrose(s):
    r = s.rng
    dirs = ["N", "NE", "E", "SE", "S", "SW", "W", "NW"]
    vals = r.sample(range(3, 26), 8)
    ang = np.deg2rad(np.arange(0, 360, 45))
    fig = plt.figure(figsize=(7, 7))
    fig.patch.set_facecolor("#eef5fb")
    ax = fig.add_subplot(111, polar=True)
    ax.set_facecolor("#eef5fb")
    ax.set_theta_zero_location("N"); ax.set_theta_direction(-1)
    ax.bar(ang, vals, width=np.deg2rad(38), color="#3b7dd8", edgecolor="#1b3f73", alpha=0.85)
    ax.set_xticks(ang, dirs, fontsize=12, fontweight="bold")
    ax.set_yticks([5, 10, 15, 20, 25], ["5", "10", "15", "20", "25"], fontsize=8)
    ax.set_title("Prevailing wind direction, Galway — days per direction, 2024 winter", pad=20)
    fig.tight_layout()
    s.fig(fig)
    s.q("what's the most common wind direction", dirs[uniq_max(vals)], "text", "argmax", True)
    s.q("about how many days did the wind come from the SW", vals[5], "approx", "chart_value", False)
    s.q("least common direction?", dirs[uniq_min(vals)], "text", "argmin", True)


@scene("chart", "dot plot with error bars", "light (ggplot)", "matplotlib", "mean satisfaction with 95% CI for 8 branches, sorted, no values")
def chart_dotplot(s):
    r = s.rng
    br = ["Aarhus", "Bergen", "Cork", "Dundee", "Eindhoven", "Faro", "Graz", "Hamar"]
    m = [round(r.uniform(6.0, 8.9), 1) for _ in br]
    while len(set(m)) < len(m) or sorted(m)[1] - sorted(m)[0] < 0.2:
        m = [round(r.uniform(6.0, 8.9), 1) for _ in br]
    ci = [round(r.uniform(0.15, 0.5), 2) for _ in br]
    order = sorted(range(len(br)), key=lambda i: m[i])
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        ax.errorbar([m[i] for i in order], range(len(br)), xerr=[ci[i] for i in order], fmt="o",
                    color="#1f4e79", ecolor="#7f9fbf", capsize=4, ms=8)
        ax.set_yticks(range(len(br)), [br[i] for i in order])
        ax.set_xlim(5, 10)
        ax.set_xlabel("mean satisfaction score (1–10), 95% CI")
        ax.set_title("Customer satisfaction by branch, 2025 H1")
        fig.tight_layout()
        s.fig(fig)
    s.q("which branch has the lowest satisfaction", br[uniq_min(m)], "text", "argmin", True)
    k = br.index("Faro")
    s.q("Faro's mean score, approximately?", m[k], "approx", "chart_value", False)
    s.q("which scores lower, Graz or Cork?", "Graz" if m[6] < m[2] else "Cork", "text", "choice_less", True)


@scene("chart", "multi-line with direct labels (no legend)", "light (minimal, thin grid)", "matplotlib", "4 series 2014-2024, labels at line ends, no values")
def chart_lines_direct(s):
    r = s.rng
    years = list(range(2014, 2025))
    # series designed so that "Streaming" overtakes "Radio" at a known year
    radio = [round(62 - 2.1 * i + r.uniform(-1, 1), 1) for i in range(11)]
    cross = r.randint(4, 7)
    stream = [round(radio[i] - (cross - i) * 4.5 - 1 if i < cross else radio[i] + (i - cross + 1) * 2.2 + 1, 1) for i in range(11)]
    stream = [max(4.0, x) for x in stream]
    tv = [round(80 - 1.5 * i + r.uniform(-1, 1), 1) for i in range(11)]
    pod = [round(5 + 2.6 * i + r.uniform(-0.6, 0.6), 1) for i in range(11)]
    series = {"TV": tv, "Radio": radio, "Streaming": stream, "Podcasts": pod}
    cols = {"TV": "#444444", "Radio": "#d95f02", "Streaming": "#1b9e77", "Podcasts": "#7570b3"}
    fig, ax = plt.subplots(figsize=(11, 5.6))
    ends = repel([v[-1] for v in series.values()], 4.5)
    for (k, v), ye in zip(series.items(), ends):
        ax.plot(years, v, color=cols[k], lw=2.2)
        ax.text(years[-1] + 0.15, ye, k, color=cols[k], va="center", fontsize=11, fontweight="bold")
    ax.set_xlim(2013.6, 2025.6)
    ax.set_ylim(0, 90)
    ax.set_xticks(years, [str(y) for y in years])
    ax.grid(axis="y", color="#dddddd", lw=0.7)
    for sp in ("top", "right", "left"):
        ax.spines[sp].set_visible(False)
    ax.set_ylabel("weekly reach, % of adults")
    ax.set_title("Weekly reach by medium, adults 18+", loc="left", fontsize=14)
    fig.tight_layout()
    s.fig(fig)
    first = next(y for y, a, b in zip(years, stream, radio) if a > b)
    s.q("in what year did streaming first overtake radio?", str(first), "text", "overtakes", True)
    s.q("podcasts reach in 2024, roughly", pod[-1], "approx", "chart_value", False)
    s.q("which medium was lowest in 2014", min(series, key=lambda k: series[k][0]), "text", "argmin", True)


@scene("chart", "nested donut (two rings)", "dark (charcoal)", "matplotlib", "export revenue: inner ring regions, outer ring countries, % labels")
def chart_sunburst(s):
    r = s.rng
    regions = {"Europe": ["Germany", "France", "Italy"], "Asia": ["Japan", "Korea"], "Americas": ["USA", "Brazil", "Canada"]}
    vals = {}
    for reg, cs in regions.items():
        for c in cs:
            vals[c] = r.randint(4, 22)
    tot = sum(vals.values())
    pct = {c: round(v / tot * 100, 1) for c, v in vals.items()}
    diff = round(100 - sum(pct.values()), 1)
    pct["USA"] = round(pct["USA"] + diff, 1)
    regp = {reg: round(sum(pct[c] for c in cs), 1) for reg, cs in regions.items()}
    fig, ax = plt.subplots(figsize=(8, 7.2))
    fig.patch.set_facecolor("#222428")
    base = {"Europe": plt.cm.Blues, "Asia": plt.cm.Oranges, "Americas": plt.cm.Greens}
    inner_c = [base[k](0.75) for k in regions]
    outer_v, outer_c, outer_l = [], [], []
    for reg, cs in regions.items():
        for j, c in enumerate(cs):
            outer_v.append(pct[c]); outer_c.append(base[reg](0.35 + 0.15 * j)); outer_l.append(f"{c}\n{pct[c]}%")
    ax.pie([regp[k] for k in regions], radius=0.62, colors=inner_c, labels=[f"{k}\n{regp[k]}%" for k in regions],
           labeldistance=0.45, textprops=dict(color="white", fontsize=10, fontweight="bold"),
           wedgeprops=dict(width=0.32, edgecolor="#222428"), startangle=90, counterclock=False)
    ax.pie(outer_v, radius=1.0, colors=outer_c, labels=outer_l, labeldistance=1.13,
           textprops=dict(color="#eeeeee", fontsize=9.5), wedgeprops=dict(width=0.36, edgecolor="#222428"),
           startangle=90, counterclock=False)
    ax.set_title("Export revenue by market, FY2025", color="white", fontsize=14)
    fig.tight_layout()
    s.fig(fig)
    s.q("what share of export revenue comes from Japan", f"{pct['Japan']}%", "percent", "share", True)
    big = max(regp, key=regp.get)
    assert list(regp.values()).count(regp[big]) == 1
    s.q("Which region is the biggest?", big, "text", "argmax", True)
    s.q("how many times bigger is Japan's share than Korea's? (2 decimals)", f"{pct['Japan'] / pct['Korea']:.2f}", "number", "ratio", False)
    s.q("Germany plus France, what % is that together", f"{round(pct['Germany'] + pct['France'], 1)}%", "percent", "sum", False)


@scene("chart", "bubble chart, labelled", "light (seaborn whitegrid)", "matplotlib", "GDP per capita vs life expectancy, bubble = population, 8 countries")
def chart_bubble(s):
    r = s.rng
    cs = ["Ghana", "Peru", "Thailand", "Türkiye", "Indonesia", "Colombia", "Egypt", "Malaysia"]
    gdp = [r.randint(2, 30) for _ in cs]
    life = [round(r.uniform(63, 80), 1) for _ in cs]
    while len(set(life)) < len(cs) or sorted(life)[-1] - sorted(life)[-2] < 1.5:
        life = [round(r.uniform(63, 80), 1) for _ in cs]
    pop = [34, 34, 72, 86, 279, 52, 113, 35]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(10, 6))
        cmap = plt.cm.tab10
        for i, c in enumerate(cs):
            ax.scatter(gdp[i], life[i], s=pop[i] * 9, color=cmap(i), alpha=0.6, edgecolor="k")
            ax.annotate(c, (gdp[i], life[i]), xytext=(0, 0), textcoords="offset points", ha="center",
                        va="center", fontsize=9)
        ax.set_xlabel("GDP per capita (thousand US$, PPP)")
        ax.set_ylabel("life expectancy (years)")
        ax.set_xlim(0, 34); ax.set_ylim(60, 83)
        ax.set_title("Income and life expectancy (bubble size = population)")
        fig.tight_layout()
        s.fig(fig)
    s.q("which country has the highest life expectancy on this chart", cs[uniq_max(life)], "text", "argmax", True)
    s.q("whose bubble is bigger, Peru's or Egypt's?", "Egypt", "text", "size_compare", True)
    s.q("approx GDP per capita of Thailand", gdp[2], "approx", "chart_value", False)


@scene("chart", "bullet charts (actual vs target)", "light (Solarize_Light2)", "matplotlib", "5 KPIs: bands, actual bar with printed value, target tick")
def chart_bullet(s):
    r = s.rng
    kpis = [("Revenue (€M)", 20), ("New customers", 500), ("NPS", 80), ("Gross margin %", 60), ("Tickets closed", 1200)]
    acts, tgts = [], []
    for n, mx in kpis:
        t = round(mx * r.uniform(0.6, 0.85))
        a = round(t * r.uniform(0.8, 1.18))
        if a == t:
            a += 1
        acts.append(a); tgts.append(t)
    with plt.style.context("Solarize_Light2"):
        fig, axes = plt.subplots(len(kpis), 1, figsize=(10, 5.5))
        for ax, (n, mx), a, t in zip(axes, kpis, acts, tgts):
            for f, c in [(1.0, "#d9d4c3"), (0.75, "#c7c0a8"), (0.5, "#b3ab8f")]:
                ax.barh(0, mx * f, height=0.8, color=c)
            ax.barh(0, a, height=0.3, color="#073642")
            ax.plot([t, t], [-0.35, 0.35], color="#dc322f", lw=3)
            ax.text(a + mx * 0.01, 0.28, f"{a}", fontsize=9, va="bottom")
            ax.set_yticks([0], [n])
            ax.set_xlim(0, mx)
            ax.grid(False)
        axes[0].set_title("Q3 scorecard — bar = actual, red tick = target", loc="left")
        fig.tight_layout()
        s.fig(fig)
    missed = [kpis[i][0] for i in range(len(kpis)) if acts[i] < tgts[i]]
    s.q("how many KPIs missed their target?", len(missed), "count", "count", False)
    s.q("NPS actual", acts[2], "number", "chart_value", True)
    s.q("did Tickets closed beat the target", "yes" if acts[4] > tgts[4] else "no", "yesno", "compare_more", False)


@scene("chart", "grouped bars with error bars, hatched (journal figure)", "light (grayscale print)", "matplotlib", "plant height by treatment over 4 weeks, no values")
def chart_journal(s):
    r = s.rng
    weeks = ["Week 1", "Week 2", "Week 3", "Week 4"]
    trt = ["Control", "Biochar", "Compost"]
    data = {t: [] for t in trt}
    for w in range(4):
        for k, t in enumerate(trt):
            data[t].append(round(4 + w * (3 + k * r.uniform(0.3, 1.2)) + r.uniform(-0.8, 0.8), 1))
    plt.rcParams["font.family"] = "serif"
    fig, ax = plt.subplots(figsize=(8, 5))
    hatch = ["", "//", ".."]
    face = ["white", "#bbbbbb", "#555555"]
    x = np.arange(4)
    for k, t in enumerate(trt):
        ax.bar(x + (k - 1) * 0.27, data[t], 0.27, yerr=[0.6] * 4, capsize=3, color=face[k], edgecolor="black",
               hatch=hatch[k], label=t)
    ax.set_xticks(x, weeks)
    ax.set_ylabel("Mean shoot height (cm)")
    ax.legend(frameon=False)
    ax.set_title("Figure 3. Shoot height by soil treatment (mean ± SE, n = 12)", fontsize=11)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    s.fig(fig)
    plt.rcParams["font.family"] = "sans-serif"
    w4 = [data[t][3] for t in trt]
    s.q("in week 4 which treatment has the tallest plants", trt[uniq_max(w4)], "text", "argmax", True)
    s.q("roughly how tall is the control group in week 2 (cm)?", data["Control"][1], "approx", "chart_value", False)
    s.q("what's the figure caption say (title)?", "Shoot height by soil treatment", "text", "title", True)
