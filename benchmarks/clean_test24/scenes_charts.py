"""Charts drawn with matplotlib."""
import os
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import matplotlib.text as mtext  # noqa: E402
import numpy as np  # noqa: E402

from common import IMG_DIR, Scene  # noqa: E402

plt.rcParams["svg.hashsalt"] = "c24"


def _r(seed, name):
    return random.Random(f"{seed}-{name}")


def save(s, fig, dpi=100):
    fig.canvas.draw()
    for t in fig.findobj(mtext.Text):
        if t.get_visible() and t.get_text():
            s.texts.append(t.get_text())
    path = os.path.join(IMG_DIR, s.file)
    fig.savefig(path, dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    from PIL import Image
    s.size = Image.open(path).size


def chart_bump(seed):
    r = _r(seed, "bump")
    s = Scene("chart_bump_app_ranks.png", "bump chart: app-store rank of 5 apps over 6 months, names at both ends", "chart", "light (white, thick lines)", "matplotlib",
              "ranks 1-5 per month, no grid, line markers with rank numbers")
    apps = ["Finchly", "Loopa", "Parcelo", "Tandem", "Zestify"]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    ranks = []
    cur = list(range(1, 6))
    r.shuffle(cur)
    for m in months:
        ranks.append(cur[:])
        i = r.randint(0, 3)
        a, b = cur.index(i + 1), cur.index(i + 2)
        cur[a], cur[b] = cur[b], cur[a]
        if r.random() < 0.5:
            i = r.randint(0, 3)
            a, b = cur.index(i + 1), cur.index(i + 2)
            cur[a], cur[b] = cur[b], cur[a]
    R = np.array(ranks)  # months x apps
    colors = ["#e76f51", "#2a9d8f", "#264653", "#e9c46a", "#8338ec"]
    fig, ax = plt.subplots(figsize=(10, 5.4))
    for j, a in enumerate(apps):
        ax.plot(range(6), R[:, j], "-o", lw=4, ms=22, color=colors[j])
        for i in range(6):
            ax.text(i, R[i, j], str(R[i, j]), ha="center", va="center", color="white", fontsize=10, fontweight="bold")
        ax.text(-0.35, R[0, j], a, ha="right", va="center", fontsize=12, color=colors[j], fontweight="bold")
        ax.text(5.35, R[5, j], a, ha="left", va="center", fontsize=12, color=colors[j], fontweight="bold")
    ax.invert_yaxis()
    ax.set_xticks(range(6), months)
    ax.set_yticks([])
    ax.set_xlim(-1.5, 6.5)
    for sp in ax.spines.values():
        sp.set_visible(False)
    ax.set_title("Top grossing productivity apps — monthly rank, H1 2025", fontsize=14, loc="left")
    fig.tight_layout()
    save(s, fig)
    m = r.randint(1, 4)
    top = apps[list(R[m]).index(1)]
    s.q(f"which app was number 1 in {months[m]}", top, "text", "chart_value")
    j = r.randint(0, 4)
    s.q(f"what rank did {apps[j]} have in June?", int(R[5, j]), "number", "chart_value")
    last = apps[list(R[0]).index(5)]
    s.q("who was last in January", last, "text", "nth", literal=True)
    return s


def chart_funnel(seed):
    r = _r(seed, "funnel")
    s = Scene("chart_signup_funnel.png", "funnel chart (centred horizontal bars) with counts and step conversion", "chart", "light (Solarize)", "matplotlib",
              "5 stages from visits to paid, counts printed inside bars")
    stages = ["Landing page visits", "Started sign-up", "Verified email", "Started trial", "Became paying"]
    v = [r.randint(40000, 60000)]
    for k in range(4):
        v.append(int(v[-1] * r.uniform(0.4, 0.75)))
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(9.5, 5))
        cols = ["#073642", "#586e75", "#268bd2", "#2aa198", "#859900"]
        for i, (st, x) in enumerate(zip(stages, v)):
            ax.barh(i, x, left=-x / 2, color=cols[i], height=0.8)
            ax.text(x / 2 + 500, i, f"{x:,}", ha="left", va="center", color="#073642", fontsize=12, fontweight="bold")
            ax.text(-v[0] / 2 - 800, i, st, ha="right", va="center", fontsize=11)
        ax.invert_yaxis()
        ax.set_xlim(-v[0] / 2 - 20000, v[0] / 2 + 9000)
        ax.axis("off")
        ax.set_title("Sign-up funnel, September", fontsize=14)
        fig.tight_layout()
        save(s, fig)
    s.q("how many people started a trial", f"{v[3]:,}", "number", "chart_value")
    s.q("what percent of trial starters became paying? one decimal", f"{v[4] / v[3] * 100:.1f}%", "percent", "ratio", literal=False)
    s.q("how many were lost between started sign-up and verified email", f"{v[1] - v[2]:,}", "number", "difference", literal=False)
    return s


def chart_dumbbell(seed):
    r = _r(seed, "dumb")
    s = Scene("chart_dumbbell_broadband.png", "dumbbell chart: 2019 vs 2024 share of homes with fibre for 8 countries, values labelled", "chart", "light (ggplot)", "matplotlib",
              "two dots per country joined by a line, legend, values next to dots")
    cs = ["Portugal", "Spain", "Latvia", "Romania", "Iceland", "Poland", "Ireland", "Greece"]
    a = [r.randint(8, 60) for _ in cs]
    b = [min(98, x + r.randint(4, 40)) for x in a]
    order = sorted(range(len(cs)), key=lambda i: b[i])
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5.6))
        for k, i in enumerate(order):
            ax.plot([a[i], b[i]], [k, k], color="#999", lw=3, zorder=1)
            ax.scatter([a[i]], [k], color="#56B4E9", s=110, zorder=2, label="2019" if k == 0 else None)
            ax.scatter([b[i]], [k], color="#D55E00", s=110, zorder=2, label="2024" if k == 0 else None)
            ax.text(a[i] - 2, k, f"{a[i]}%", ha="right", va="center", fontsize=10)
            ax.text(b[i] + 2, k, f"{b[i]}%", ha="left", va="center", fontsize=10)
        ax.set_yticks(range(len(cs)), [cs[i] for i in order])
        ax.set_xlim(0, 110)
        ax.set_xlabel("Homes passed by fibre (%)")
        ax.legend(loc="lower right")
        ax.set_title("Fibre coverage, 2019 → 2024")
        fig.tight_layout()
        save(s, fig)
    inc = max(range(len(cs)), key=lambda i: b[i] - a[i])
    s.q("which country improved the most", cs[inc], "text", "argmax")
    j = r.randint(0, 7)
    s.q(f"fibre coverage in {cs[j]} in 2024?", f"{b[j]}%", "percent", "chart_value")
    k = r.randint(0, 7)
    s.q(f"was {cs[k]} above 30% in 2019", "yes" if a[k] > 30 else "no", "yesno", "compare_more")
    return s


def chart_diverging(seed):
    r = _r(seed, "div")
    s = Scene("chart_diverging_migration.png", "diverging horizontal bars (positive green / negative red) with value labels", "chart", "light (bmh)", "matplotlib",
              "net internal migration for 9 regions, thousands")
    regs = ["North", "North-East", "East", "Capital", "South-East", "South", "South-West", "West", "Islands"]
    vals = [round(r.uniform(-18, 25), 1) for _ in regs]
    while sum(v < 0 for v in vals) < 3:
        vals = [round(r.uniform(-18, 25), 1) for _ in regs]
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        cols = ["#2e7d32" if v >= 0 else "#c62828" for v in vals]
        ax.barh(regs, vals, color=cols)
        for i, v in enumerate(vals):
            ax.text(v + (0.5 if v >= 0 else -0.5), i, f"{v:+.1f}", va="center", ha="left" if v >= 0 else "right", fontsize=10)
        ax.axvline(0, color="black", lw=1)
        ax.invert_yaxis()
        ax.set_xlim(min(vals) - 6, max(vals) + 6)
        ax.set_xlabel("Net migration 2024 (thousand people)")
        ax.set_title("Who gained and who lost residents")
        fig.tight_layout()
        save(s, fig)
    lo = min(range(len(regs)), key=lambda i: vals[i])
    s.q("which region lost the most people", regs[lo], "text", "argmin")
    s.q("how many regions had negative net migration", sum(v < 0 for v in vals), "count", "count", literal=False)
    i, j = 3, 6
    s.q(f"net migration capital minus south-west?", f"{vals[i] - vals[j]:.1f}", "number", "subtract", literal=False)
    return s


def chart_step(seed):
    r = _r(seed, "step")
    s = Scene("chart_step_tariff.png", "step line chart of hourly electricity price (no value labels), dark", "chart", "dark (dark_background)", "matplotlib",
              "24 hourly prices in c/kWh drawn as steps, grid every 5 c")
    base = [r.choice([6, 7, 8, 9]) for _ in range(24)]
    prices = []
    for h in range(24):
        p = base[h] + (12 if 17 <= h <= 20 else 6 if 7 <= h <= 9 else 0) + r.choice([0, 1, 2])
        prices.append(p)
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(10, 4.8))
        ax.step(range(25), prices + [prices[-1]], where="post", color="#ffcc00", lw=2.5)
        ax.set_xticks(range(0, 25, 2), [f"{h:02d}:00" for h in range(0, 25, 2)], fontsize=9)
        ax.set_yticks(range(0, 35, 5))
        ax.set_ylim(0, 30)
        ax.set_xlim(0, 24)
        ax.grid(color="#444", lw=0.7)
        ax.set_ylabel("c/kWh")
        ax.set_title("Spot price tomorrow (Thu 6 Nov)", loc="left")
        fig.tight_layout()
        save(s, fig)
    hmax = max(range(24), key=lambda h: (prices[h], -h))
    s.q("about what does power cost at 19:00", prices[19], "approx", "chart_value")
    s.q("what hour is the price highest (start of the block)", f"{hmax:02d}:00", "time", "argmax", literal=False)
    s.q("is electricity cheaper at 03:00 than at 12:00", "yes" if prices[3] < prices[12] else "no", "yesno", "compare_less")
    return s


def chart_lines_overtake(seed):
    r = _r(seed, "over")
    s = Scene("chart_lines_mau.png", "line chart with 3 series crossing, monthly active users (thousands), no labels", "chart", "light (seaborn whitegrid)", "matplotlib",
              "12 months, 3 products, one overtakes another, legend top left")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    while True:
        a = [round(120 + r.uniform(-4, 4) + i * r.uniform(1, 3)) for i in range(12)]
        b = [round(60 + i * r.uniform(9, 14)) for i in range(12)]
        c = [round(90 - i * r.uniform(1, 3)) for i in range(12)]
        cross = [i for i in range(1, 12) if b[i] > a[i] and b[i - 1] <= a[i - 1]]
        if len(cross) == 1 and all(b[i] > a[i] for i in range(cross[0], 12)) and 3 <= cross[0] <= 9 and b[cross[0]] - a[cross[0]] >= 6 and a[cross[0] - 1] - b[cross[0] - 1] >= 6:
            break
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(10, 5))
        ax.plot(months, a, "-s", label="Notely", color="#4c72b0", lw=2)
        ax.plot(months, b, "-o", label="Scribbr", color="#dd8452", lw=2)
        ax.plot(months, c, "-^", label="Jotdown", color="#55a868", lw=2)
        ax.set_ylabel("Monthly active users (k)")
        ax.set_ylim(0, max(b + a) + 20)
        ax.legend(loc="upper left", frameon=True)
        ax.set_title("Note-taking apps — MAU 2024", fontsize=14)
        fig.tight_layout()
        save(s, fig)
    s.q("in which month did Scribbr overtake Notely", months[cross[0]], "text", "overtakes", literal=True)
    s.q("roughly how many users did Jotdown have in June (k)", c[5], "approx", "chart_value")
    s.q("which app ended the year with the most users", "Scribbr", "text", "argmax", literal=True)
    return s


def chart_histogram(seed):
    r = _r(seed, "hist")
    s = Scene("chart_histogram_delivery.png", "histogram of delivery times with bin counts printed above bars", "chart", "light (fivethirtyeight)", "matplotlib",
              "8 bins of 10 minutes, counts on bars")
    rng = np.random.default_rng(seed)
    data = np.clip(rng.gamma(5, 7, 400), 1, 79.9)
    edges = list(range(0, 90, 10))
    counts, _ = np.histogram(data, bins=edges)
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(9.5, 5))
        ax.bar([e + 5 for e in edges[:-1]], counts, width=9.4, color="#30a2da")
        for e, c in zip(edges[:-1], counts):
            ax.text(e + 5, c + 2, str(int(c)), ha="center", fontsize=11)
        ax.set_xticks(edges)
        ax.set_xlabel("Delivery time (minutes)")
        ax.set_ylabel("Orders")
        ax.set_title("How long did deliveries take? (n = 400)", fontsize=14)
        fig.tight_layout()
        save(s, fig)
    k = 3
    s.q("how many orders took between 30 and 40 minutes", int(counts[k]), "count", "chart_value")
    mode = int(np.argmax(counts))
    s.q("what's the most common delivery time range", f"{edges[mode]}-{edges[mode + 1]} min", "text", "argmax", literal=False)
    s.q("how many deliveries took 50 minutes or longer", int(counts[5:].sum()), "count", "sum", literal=False)
    return s


def chart_heatmap(seed):
    r = _r(seed, "heat")
    s = Scene("chart_heatmap_tickets.png", "annotated heatmap: support tickets by weekday × time block (viridis)", "chart", "light", "matplotlib",
              "7 weekdays × 6 four-hour blocks, counts printed in cells, colour bar")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    blocks = ["00–04", "04–08", "08–12", "12–16", "16–20", "20–24"]
    M = np.array([[r.randint(2, 15) if b in (0, 1) else r.randint(20, 95) if d < 5 and b in (2, 3, 4) else r.randint(8, 40) for b in range(6)] for d in range(7)])
    fig, ax = plt.subplots(figsize=(8.5, 6))
    im = ax.imshow(M, cmap="viridis")
    ax.set_xticks(range(6), blocks)
    ax.set_yticks(range(7), days)
    for d in range(7):
        for b in range(6):
            ax.text(b, d, str(M[d, b]), ha="center", va="center", color="white" if M[d, b] < M.max() * 0.6 else "black", fontsize=11)
    fig.colorbar(im, ax=ax, shrink=0.8, label="tickets")
    ax.set_title("Support tickets by day and time (last 4 weeks)")
    fig.tight_layout()
    save(s, fig)
    d, b = r.randint(0, 6), r.randint(2, 4)
    s.q(f"how many tickets on {days[d]} {blocks[b]}", int(M[d, b]), "count", "cell")
    tot = M.sum(axis=1)
    s.q("which weekday is busiest overall", days[int(np.argmax(tot))], "text", "argmax")
    s.q("total tickets on Saturday?", int(tot[5]), "count", "sum", literal=False)
    return s


def chart_donut_legend(seed):
    r = _r(seed, "donut")
    s = Scene("chart_donut_storage.png", "donut chart, legend with percentages (no labels on slices), dark navy", "chart", "dark (navy)", "matplotlib",
              "phone storage by category, used GB in centre")
    cats = ["Photos & videos", "Apps", "Messages", "System", "Music", "Other"]
    gb = [round(r.uniform(3, 60), 1) for _ in cats]
    tot = round(sum(gb), 1)
    pct = [round(g / tot * 100, 1) for g in gb]
    fig, ax = plt.subplots(figsize=(9, 5.6), facecolor="#101935")
    ax.set_facecolor("#101935")
    cols = ["#ff6b6b", "#feca57", "#48dbfb", "#1dd1a1", "#5f27cd", "#c8d6e5"]
    ax.pie(gb, colors=cols, startangle=90, counterclock=False, wedgeprops=dict(width=0.35, edgecolor="#101935"))
    ax.text(0, 0.08, f"{tot} GB", ha="center", color="white", fontsize=20, fontweight="bold")
    ax.text(0, -0.15, "of 256 GB used", ha="center", color="#aab", fontsize=11)
    ax.legend([f"{c}  {p}%" for c, p in zip(cats, pct)], loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, labelcolor="white", fontsize=12)
    ax.set_title("iPhone storage", color="white", fontsize=15)
    fig.tight_layout()
    save(s, fig)
    big = max(range(len(cats)), key=lambda i: gb[i])
    s.q("what share is Messages", f"{pct[2]}%", "percent", "share")
    s.q("what takes up the most space", cats[big], "text", "argmax")
    s.q("how much free space is left (GB)", f"{256 - tot:.1f}", "number", "subtract", literal=False)
    s.q("what colour is the Apps slice", "yellow", "text", "colour", literal=False)
    return s


def chart_grouped_hbar(seed):
    r = _r(seed, "ghbar")
    s = Scene("chart_grouped_rent.png", "grouped horizontal bars (1-bed vs 2-bed) with value labels, muted palette", "chart", "light (seaborn muted, white)", "matplotlib",
              "median monthly rent in 6 cities, €")
    cities = ["Tallinn", "Riga", "Vilnius", "Warsaw", "Prague", "Bratislava"]
    one = [r.randint(450, 900) for _ in cities]
    two = [x + r.randint(150, 450) for x in one]
    with plt.style.context("seaborn-v0_8-white"):
        fig, ax = plt.subplots(figsize=(9.5, 5.6))
        y = np.arange(len(cities))
        ax.barh(y - 0.2, one, 0.4, label="1-bedroom", color="#4878d0")
        ax.barh(y + 0.2, two, 0.4, label="2-bedroom", color="#ee854a")
        for i in range(len(cities)):
            ax.text(one[i] + 10, i - 0.2, f"€{one[i]}", va="center", fontsize=10)
            ax.text(two[i] + 10, i + 0.2, f"€{two[i]}", va="center", fontsize=10)
        ax.set_yticks(y, cities)
        ax.invert_yaxis()
        ax.set_xlim(0, max(two) * 1.15)
        ax.legend(loc="lower right")
        ax.set_title("Median monthly rent, city centre (2025)", loc="left", fontsize=14)
        sns_like = ax.spines
        sns_like["top"].set_visible(False)
        sns_like["right"].set_visible(False)
        fig.tight_layout()
        save(s, fig)
    i = r.randint(0, 5)
    s.q(f"2-bed rent in {cities[i]}?", f"€{two[i]}", "money", "chart_value")
    lo = min(range(6), key=lambda k: one[k])
    s.q("cheapest city for a 1-bedroom", cities[lo], "text", "argmin")
    a, b = 3, 4
    s.q(f"which is pricier for a 2-bed, {cities[a]} or {cities[b]}", cities[a] if two[a] > two[b] else cities[b], "text", "choice_more")
    return s


def chart_stacked_totals(seed):
    r = _r(seed, "stack")
    s = Scene("chart_stacked_energy.png", "stacked vertical bars (4 sources) with only totals printed on top, classic style", "chart", "light (classic)", "matplotlib",
              "electricity generation by quarter (TWh) for 2 years, legend right")
    qs = ["Q1 24", "Q2 24", "Q3 24", "Q4 24", "Q1 25", "Q2 25", "Q3 25", "Q4 25"]
    src = ["Hydro", "Wind", "Solar", "Gas"]
    data = {k: [r.randint(a, b) for _ in qs] for k, (a, b) in zip(src, [(8, 14), (4, 12), (1, 9), (3, 10)])}
    tots = [sum(data[k][i] for k in src) for i in range(len(qs))]
    with plt.style.context("classic"):
        fig, ax = plt.subplots(figsize=(10, 5.4), facecolor="white")
        bottom = np.zeros(len(qs))
        cols = ["#1f4e79", "#70ad47", "#ffc000", "#a5a5a5"]
        for k, c in zip(src, cols):
            ax.bar(qs, data[k], bottom=bottom, color=c, label=k, width=0.6)
            bottom += np.array(data[k])
        for i, t in enumerate(tots):
            ax.text(i, t + 0.6, f"{t}", ha="center", fontsize=11, fontweight="bold")
        ax.set_ylim(0, max(tots) + 6)
        ax.set_ylabel("TWh")
        ax.legend(loc="center left", bbox_to_anchor=(1.0, 0.5))
        ax.set_title("Electricity generation by source")
        fig.tight_layout()
        save(s, fig)
    i = 6
    s.q(f"total generation in {qs[i]}", tots[i], "number", "chart_value")
    j = 1
    s.q(f"about how much hydro power in {qs[j]} (TWh)", data["Hydro"][j], "approx", "chart_value")
    best = max(range(len(qs)), key=lambda k: (tots[k], -k))
    s.q("which quarter had the highest total", qs[best], "text", "argmax")
    s.q("mean quarterly total for 2025", f"{sum(tots[4:]) / 4:.2f}", "number", "mean", literal=False)
    return s


def chart_boxplot(seed):
    r = _r(seed, "box")
    s = Scene("chart_boxplot_latency.png", "box plot of API latency per region with medians printed, notched boxes", "chart", "light (grayscale + colour)", "matplotlib",
              "5 regions, 200 samples each, median labels above boxes")
    rng = np.random.default_rng(seed + 7)
    regs = ["eu-west", "eu-north", "us-east", "ap-south", "sa-east"]
    data = [rng.lognormal(np.log(r.randint(40, 160)), 0.35, 200) for _ in regs]
    med = [round(float(np.median(d)), 1) for d in data]
    fig, ax = plt.subplots(figsize=(9, 5.2))
    bp = ax.boxplot(data, patch_artist=True, notch=True, showfliers=False)
    ax.set_xticks(range(1, 6), regs)
    for p, c in zip(bp["boxes"], ["#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#c51b8a"]):
        p.set_facecolor(c)
    for i, m in enumerate(med):
        ax.text(i + 1, ax.get_ylim()[1] * 0.97, f"median {m} ms", ha="center", fontsize=9)
    ax.set_ylabel("latency (ms)")
    ax.set_title("p50 latency by region, last 24 h", pad=14)
    ax.yaxis.grid(True, color="#ddd")
    fig.tight_layout()
    save(s, fig)
    hi = max(range(5), key=lambda i: med[i])
    s.q("which region has the highest median latency", regs[hi], "text", "argmax")
    s.q("median latency for us-east", f"{med[2]} ms", "number", "chart_value")
    s.q("is eu-north faster than eu-west (by median)?", "yes" if med[1] < med[0] else "no", "yesno", "compare_less")
    return s


ALL = [chart_bump, chart_funnel, chart_dumbbell, chart_diverging, chart_step, chart_lines_overtake, chart_histogram, chart_heatmap,
       chart_donut_legend, chart_grouped_hbar, chart_stacked_totals, chart_boxplot]
