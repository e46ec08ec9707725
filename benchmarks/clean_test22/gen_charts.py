"""Charts (matplotlib) and a shapes scene (PIL)."""
import math
import os

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from common import Scene, Canvas, font, rng, IMG_DIR  # noqa: E402


def T(sc, s):
    sc.texts.append(str(s))
    return s


def save(sc, fig, tight=False):
    path = os.path.join(IMG_DIR, sc.name + ".png")
    kw = dict(bbox_inches="tight", pad_inches=0.3) if tight else {}
    fig.savefig(path, dpi=100, metadata={"Software": None}, **kw)
    plt.close(fig)
    from PIL import Image
    im = Image.open(path)
    sc.size = im.size


_added = set()


def _add_font(family):
    import subprocess
    from matplotlib import font_manager as fm
    for pat in (family, family + ":bold"):
        path = subprocess.run(["fc-match", "-f", "%{file}", pat], capture_output=True, text=True).stdout.strip()
        if path and path not in _added:
            fm.fontManager.addfont(path)
            _added.add(path)


def style(name, family):
    _add_font(family)
    plt.rcdefaults()
    plt.style.use(name)
    plt.rcParams["font.family"] = family
    plt.rcParams["svg.hashsalt"] = "x"


def chart_radar():
    sc = Scene("chart_radar", "chart", "radar (spider) chart, two series, one series labelled (seaborn-colorblind)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("seaborn-v0_8-colorblind", "Lato")
    axes = ["Battery", "Camera", "Display", "Performance", "Price", "Build quality"]
    a = r.sample(range(4, 10), 6)
    b = [r.randint(3, 10) for _ in axes]
    ang = np.linspace(0, 2 * np.pi, len(axes), endpoint=False).tolist()
    fig = plt.figure(figsize=(8, 7))
    ax = fig.add_subplot(111, polar=True)
    for vals, lab in ((a, "Nimbus X2"), (b, "Vela 8 Pro")):
        ax.plot(ang + ang[:1], vals + vals[:1], lw=2, label=T(sc, lab), marker="o")
        ax.fill(ang + ang[:1], vals + vals[:1], alpha=.15)
    for t, v in zip(ang, a):
        ax.text(t, v + 0.7, T(sc, str(v)), ha="center", va="center", fontsize=12, fontweight="bold", color="#0072B2")
    ax.set_xticks(ang)
    ax.set_xticklabels([T(sc, x) for x in axes], fontsize=12)
    ax.set_ylim(0, 11)
    ax.set_yticks([2, 4, 6, 8, 10])
    ax.set_title(T(sc, "Reviewer scores (0–10)"), fontsize=16, pad=24)
    ax.legend(loc="upper right", bbox_to_anchor=(1.3, 1.1))
    save(sc, fig, tight=True)
    k = a.index(min(a))
    sc.q("where does the Nimbus X2 score lowest", axes[k], "text", "argmin", True)
    sc.q("nimbus x2 camera score?", a[1], "number", "chart_value", True)
    return sc


def chart_pareto():
    sc = Scene("chart_pareto", "chart", "Pareto chart: sorted bars with counts + cumulative % line (ggplot)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("ggplot", "Roboto Condensed")
    cats = ["Late delivery", "Damaged item", "Wrong size", "Missing parts", "Billing error", "Rude courier", "Other"]
    vals = sorted(r.sample(range(6, 180), len(cats)), reverse=True)
    cum = np.cumsum(vals) / sum(vals) * 100
    fig, ax = plt.subplots(figsize=(10, 5.6))
    ax.bar(cats, vals, color="#3b7ea1")
    for i, v in enumerate(vals):
        ax.text(i, v + 2, T(sc, str(v)), ha="center", fontsize=11)
    ax2 = ax.twinx()
    ax2.plot(cats, cum, color="#d1495b", marker="o")
    ax2.set_ylim(0, 105)
    ax2.set_ylabel("Cumulative %")
    ax.set_ylabel("Complaints")
    ax.set_title(T(sc, "Customer complaints by reason, 2025"))
    [T(sc, c) for c in cats]
    fig.tight_layout()
    save(sc, fig)
    sc.q("most common complaint reason", cats[0], "text", "argmax", True)
    sc.q("how many complaints about missing parts", vals[3], "number", "chart_value", True)
    sc.q("how many reasons have more than 50 complaints", sum(1 for v in vals if v > 50), "count", "count", False)
    return sc


def chart_gantt():
    sc = Scene("chart_gantt", "chart", "Gantt chart with date ranges printed in bars (classic style)", "matplotlib",
               "light")
    r = rng(sc.name)
    style("classic", "DejaVu Sans")
    import datetime as dt
    tasks = ["Requirements", "UX design", "Backend API", "Frontend", "Data migration", "Testing", "Launch prep"]
    start = dt.date(2026, 3, 2)
    rows = []
    s = start
    for i, t in enumerate(tasks):
        dur = r.randint(6, 20)
        rows.append((t, s, s + dt.timedelta(days=dur)))
        s = s + dt.timedelta(days=r.randint(3, max(4, dur - 2)))
    fig, ax = plt.subplots(figsize=(11, 5))
    for i, (t, a, b) in enumerate(rows):
        x0 = (a - start).days
        ax.barh(i, (b - a).days, left=x0, color=plt.cm.tab10(i), height=.6)
        ax.text(x0 + 0.4, i, T(sc, f"{a.strftime('%d %b')} – {b.strftime('%d %b')}"), va="center", fontsize=9,
                color="white", fontweight="bold")
    ax.set_yticks(range(len(tasks)))
    ax.set_yticklabels([T(sc, t) for t in tasks])
    ax.invert_yaxis()
    ticks = list(range(0, max((b - start).days for _, _, b in rows) + 8, 7))
    ax.set_xticks(ticks)
    ax.set_xticklabels([(start + dt.timedelta(days=d)).strftime("%d %b") for d in ticks])
    ax.set_title(T(sc, "Project Heron – plan"))
    ax.grid(axis="x", ls=":")
    fig.tight_layout()
    save(sc, fig)
    ends = [b for _, _, b in rows]
    k = ends.index(max(ends))
    assert ends.count(max(ends)) == 1
    sc.q("which task finishes last", tasks[k], "text", "argmax", True)
    sc.q("when does Testing start", rows[5][1].strftime('%d %b'), "date", "lookup", True)
    sc.q("what comes after backend api in the plan", tasks[3], "text", "next", True)
    return sc


def chart_pyramid():
    sc = Scene("chart_pyramid", "chart", "population pyramid, no value labels (seaborn-white)", "matplotlib", "light")
    r = rng(sc.name)
    style("seaborn-v0_8-white", "Cantarell")
    groups = ["0–9", "10–19", "20–29", "30–39", "40–49", "50–59", "60–69", "70–79", "80+"]
    male = [round(r.uniform(3.0, 8.5), 1) for _ in groups]
    female = [round(r.uniform(3.0, 8.5), 1) for _ in groups]
    fig, ax = plt.subplots(figsize=(9, 6))
    y = np.arange(len(groups))
    ax.barh(y, [-m for m in male], color="#4a7ab5", label=T(sc, "Male"))
    ax.barh(y, female, color="#e07a5f", label=T(sc, "Female"))
    ax.set_yticks(y)
    ax.set_yticklabels([T(sc, g) for g in groups])
    ax.set_xlim(-10, 10)
    ax.set_xticks(range(-10, 11, 2))
    ax.set_xticklabels([str(abs(v)) for v in range(-10, 11, 2)])
    ax.set_xlabel("% of population")
    ax.grid(axis="x", alpha=.4)
    ax.legend(loc="lower right")
    ax.set_title(T(sc, "Valdoria – population by age and sex, 2025"))
    fig.tight_layout()
    save(sc, fig)
    k = male.index(max(male))
    assert male.count(max(male)) == 1
    sc.q("roughly what % are women aged 30–39", female[3], "approx", "chart_value", False)
    sc.q("which age group has the largest share of males", groups[k], "text", "argmax", True)
    i = 7
    sc.q("in the 70–79 group are there more women than men?", "yes" if female[i] > male[i] else "no", "yesno",
         "compare_more", False)
    return sc


def chart_slope():
    sc = Scene("chart_slope", "chart", "slope chart 2019 → 2025 with end labels (fivethirtyeight)", "matplotlib",
               "light")
    r = rng(sc.name)
    style("fivethirtyeight", "Open Sans")
    cities = ["Porto", "Ghent", "Bologna", "Aarhus", "Graz", "Brno"]
    v19 = [round(r.uniform(20, 60), 1) for _ in cities]
    v25 = [round(v + r.uniform(-12, 18), 1) for v in v19]
    fig, ax = plt.subplots(figsize=(8, 7))
    for c, a, b in zip(cities, v19, v25):
        col = "#2a9d8f" if b >= a else "#e76f51"
        ax.plot([0, 1], [a, b], marker="o", color=col, lw=2.5)
        ax.text(-0.04, a, T(sc, f"{c} {a}"), ha="right", va="center", fontsize=11)
        ax.text(1.04, b, T(sc, f"{b} {c}"), ha="left", va="center", fontsize=11)
    ax.set_xlim(-0.5, 1.5)
    ax.set_xticks([0, 1])
    ax.set_xticklabels([T(sc, "2019"), T(sc, "2025")])
    ax.set_yticks([])
    ax.set_title(T(sc, "Share of trips by bike (%)"), fontsize=16)
    fig.tight_layout()
    save(sc, fig)
    d = [b - a for a, b in zip(v19, v25)]
    k = d.index(max(d))
    sc.q("which city grew the most between 2019 and 2025", cities[k], "text", "argmax", True)
    sc.q("how many cities went down", sum(1 for x in d if x < 0), "count", "count", False)
    sc.q("bike share in graz 2025?", f"{v25[4]}", "percent", "chart_value", True)
    assert v25[3] != v25[2]
    sc.q("which was higher in 2025, Aarhus or Bologna?", "Aarhus" if v25[3] > v25[2] else "Bologna", "text",
         "choice_more", False)
    return sc


def chart_stacked_hbar():
    sc = Scene("chart_stacked_hbar", "chart", "horizontal stacked bars, totals printed at bar ends (tableau-colorblind10)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("tableau-colorblind10", "Liberation Sans")
    teams = ["Support", "Sales", "Engineering", "Finance", "Marketing"]
    kinds = ["Laptops", "Monitors", "Software"]
    data = [[r.randint(4, 30) for _ in teams] for _ in kinds]
    fig, ax = plt.subplots(figsize=(10, 5))
    left = np.zeros(len(teams))
    for k, row in zip(kinds, data):
        ax.barh(teams, row, left=left, label=T(sc, k))
        left += row
    for i, tot in enumerate(left):
        ax.text(tot + 0.5, i, T(sc, f"{int(tot)}"), va="center", fontweight="bold")
    [T(sc, t) for t in teams]
    ax.set_xlabel("IT budget (k€)")
    ax.legend(ncol=3, loc="lower right")
    ax.set_title(T(sc, "IT spend by team and category (k€)"))
    ax.set_xlim(0, max(left) * 1.15)
    fig.tight_layout()
    save(sc, fig)
    tots = [int(x) for x in left]
    sc.q("approximately how much did Sales spend on monitors", data[1][1], "approx", "chart_value", False)
    k = tots.index(min(tots))
    assert tots.count(min(tots)) == 1
    sc.q("which team spent the least overall", teams[k], "text", "argmin", True)
    sc.q("difference between engineering's and finance's total", abs(tots[2] - tots[3]), "number", "difference", False)
    return sc


def chart_lines_overtake():
    sc = Scene("chart_lines_overtake", "chart", "3-series line chart, no value labels, one overtaking (Solarize_Light2)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("Solarize_Light2", "DejaVu Serif")
    years = list(range(2016, 2026))
    while True:
        cross = r.randint(2019, 2023)
        rail = [round(40 - 0.8 * i + r.uniform(-1, 1), 1) for i in range(10)]
        bus = [round(22 + r.uniform(-1.5, 1.5), 1) for _ in range(10)]
        bike = []
        for i, y in enumerate(years):
            bike.append(round(bus[i] + (y - cross) * 2.2 + (1.2 if y >= cross else -1.2), 1))
        bike = [max(3.0, b) for b in bike]
        s = [(b > u) for b, u in zip(bike, bus)]
        if s.index(True) == years.index(cross) and all(s[years.index(cross):]) and all(
                b < rr for b, rr in zip(bike, rail)):
            break
    fig, ax = plt.subplots(figsize=(10, 5.4))
    for ys, lab, m in ((rail, "Rail", "s"), (bus, "Bus", "o"), (bike, "Bike-share", "^")):
        ax.plot(years, ys, marker=m, lw=2, label=T(sc, lab))
    ax.set_xticks(years)
    ax.set_ylabel("Trips (millions)")
    ax.set_title(T(sc, "Kestrelford public transport trips"))
    ax.legend()
    fig.tight_layout()
    save(sc, fig)
    sc.q("in which year did bike-share overtake bus", cross, "number", "overtakes", False)
    sc.q("rail trips in 2020, roughly (millions)", rail[4], "approx", "chart_value", False)
    sc.q("whats the chart title", "Kestrelford public transport trips", "text", "title", True)
    return sc


def chart_half_donut():
    sc = Scene("chart_half_donut", "chart", "half-donut (semicircle) with % labels and legend (dark)", "matplotlib",
               "dark")
    r = rng(sc.name)
    style("dark_background", "Lato")
    parts = ["Rent", "Groceries", "Transport", "Savings", "Leisure", "Other"]
    raw = r.sample(range(5, 45), len(parts))
    pct = [round(x / sum(raw) * 100, 1) for x in raw]
    pct[-1] = round(100 - sum(pct[:-1]), 1)
    fig, ax = plt.subplots(figsize=(9, 5.6))
    vals = pct + [100]
    cols = ["#f72585", "#7209b7", "#3a0ca3", "#4361ee", "#4cc9f0", "#90be6d", (0, 0, 0, 0)]
    wedges, _ = ax.pie(vals, colors=cols, startangle=180, counterclock=False, wedgeprops=dict(width=0.38))
    for w, p in zip(wedges[:-1], pct):
        a = math.radians((w.theta1 + w.theta2) / 2)
        ax.text(0.81 * math.cos(a), 0.81 * math.sin(a), T(sc, f"{p}%"), ha="center", va="center", fontsize=11,
                fontweight="bold")
    ax.legend(wedges[:-1], [T(sc, p) for p in parts], loc="lower center", ncol=6, frameon=False, bbox_to_anchor=(.5, .12))
    ax.set_ylim(-0.3, 1.1)
    ax.set_title(T(sc, "Where my salary goes (March)"), fontsize=16)
    save(sc, fig, tight=True)
    sc.q("what percent goes to transport", f"{pct[2]}%", "percent", "share", True)
    k = pct.index(min(pct))
    assert pct.count(min(pct)) == 1
    sc.q("smallest category?", parts[k], "text", "argmin", True)
    sc.q("is savings more than leisure", "yes" if pct[3] > pct[4] else "no", "yesno", "compare_more", False)
    return sc


def chart_area_dark():
    sc = Scene("chart_area_dark", "chart", "stacked area, 3 series, legend, no value labels (custom dark slate)",
               "matplotlib", "dark")
    r = rng(sc.name)
    style("default", "Roboto")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    a = [r.randint(20, 60) for _ in months]
    b = [r.randint(10, 50) for _ in months]
    c = [r.randint(5, 35) for _ in months]
    fig, ax = plt.subplots(figsize=(10, 5.2), facecolor="#1f2430")
    ax.set_facecolor("#1f2430")
    ax.stackplot(range(8), a, b, c, labels=[T(sc, "Web"), T(sc, "iOS"), T(sc, "Android")],
                 colors=["#5ccfe6", "#ffcc66", "#f28779"], alpha=.9)
    ax.set_xticks(range(8))
    ax.set_xticklabels([T(sc, m) for m in months], color="#cbccc6")
    ax.tick_params(colors="#cbccc6")
    for s_ in ax.spines.values():
        s_.set_color("#555")
    ax.grid(color="#333a48")
    ax.set_ylabel("Sign-ups (thousands)", color="#cbccc6")
    ax.set_title(T(sc, "New sign-ups by platform"), color="white")
    ax.legend(loc="upper left", facecolor="#1f2430", labelcolor="#cbccc6")
    fig.tight_layout()
    save(sc, fig)
    tot = [x + y + z for x, y, z in zip(a, b, c)]
    k = tot.index(max(tot))
    assert tot.count(max(tot)) == 1
    sc.q("which month had the most sign-ups in total", months[k], "text", "argmax", True)
    sc.q("about how many thousand total sign-ups in May", tot[4], "approx", "chart_value", False)
    return sc


def chart_errorbars():
    sc = Scene("chart_errorbars", "chart", "bar chart with error bars and mean labels (bmh)", "matplotlib", "light")
    r = rng(sc.name)
    style("bmh", "Liberation Sans Narrow")
    fert = ["Control", "Compost", "NPK 10-10-10", "Seaweed", "Bone meal"]
    means = [round(r.uniform(180, 420), 0) for _ in fert]
    means = [int(m) for m in means]
    sd = [r.randint(15, 45) for _ in fert]
    fig, ax = plt.subplots(figsize=(9, 5.2))
    ax.bar(fert, means, yerr=sd, capsize=6, color=["#999", "#7a9e7e", "#467599", "#1d3354", "#d1a054"])
    for i, m in enumerate(means):
        ax.text(i, m / 2, T(sc, f"{m} g"), ha="center", color="white", fontweight="bold", fontsize=12)
    [T(sc, f) for f in fert]
    ax.set_ylabel("Mean tomato yield per plant (g)")
    ax.set_title(T(sc, "Greenhouse trial: yield by fertiliser (mean ± SD)"))
    fig.tight_layout()
    save(sc, fig)
    sc.q("what yield did seaweed get", f"{means[3]} g", "number", "chart_value", True)
    sc.q("did compost do worse than the control?", "yes" if means[1] < means[0] else "no", "yesno", "compare_less",
         False)
    sc.q("how many times bigger is the best yield than control (ratio, 2 dp)", round(max(means) / means[0], 2),
         "number", "ratio", False)
    return sc


def chart_step_rate():
    sc = Scene("chart_step_rate", "chart", "step chart of a policy interest rate with labelled changes (grayscale)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("grayscale", "URW Gothic")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    rate = 4.50
    vals = []
    changes = sorted(r.sample(range(1, 12), 4))
    for i in range(12):
        if i in changes:
            rate = round(rate + r.choice([-0.25, -0.25, 0.25, -0.5]), 2)
        vals.append(rate)
    fig, ax = plt.subplots(figsize=(10, 4.8))
    ax.step(range(12), vals, where="post", lw=2.5)
    for i in [0] + changes:
        ax.annotate(T(sc, f"{vals[i]:.2f}%"), (i, vals[i]), textcoords="offset points", xytext=(4, 8), fontsize=11)
    ax.set_xticks(range(12))
    ax.set_xticklabels([T(sc, m) for m in months])
    ax.set_ylim(min(vals) - 0.5, max(vals) + 0.5)
    ax.set_ylabel("%")
    ax.set_title(T(sc, "Central bank base rate, 2025"))
    fig.tight_layout()
    save(sc, fig)
    sc.q("what was the base rate in December", f"{vals[11]:.2f}%", "percent", "chart_value", True)
    sc.q("how many times did the rate change during the year", sum(1 for i in changes if vals[i] != vals[i - 1]), "count",
         "count", False)
    return sc


def chart_scatter_groups():
    sc = Scene("chart_scatter_groups", "chart", "scatter plot, 3 coloured groups with legend, no point labels (seaborn-darkgrid)",
               "matplotlib", "light")
    r = rng(sc.name)
    style("seaborn-v0_8-darkgrid", "Open Sans")
    groups = [("Road", "tab:blue", r.randint(6, 11)), ("Trail", "tab:green", r.randint(6, 11)),
              ("Track spikes", "tab:red", r.randint(3, 5))]
    while groups[0][2] == groups[1][2]:
        groups[1] = ("Trail", "tab:green", r.randint(6, 11))
    fig, ax = plt.subplots(figsize=(9, 5.6))
    placed = []
    for g, c, n in groups:
        xs, ys = [], []
        while len(xs) < n:
            x, y = r.uniform(180, 340), r.uniform(60, 240)
            if all(((x - a) / 160) ** 2 + ((y - b) / 180) ** 2 > 0.06 ** 2 for a, b in placed):
                placed.append((x, y))
                xs.append(x)
                ys.append(y)
        ax.scatter(xs, ys, s=80, color=c, label=T(sc, g), edgecolor="white")
    ax.set_xlabel("Weight (g)")
    ax.set_ylabel("Price (€)")
    ax.legend(title="Category")
    ax.set_title(T(sc, "Running shoes: weight vs price"))
    fig.tight_layout()
    save(sc, fig)
    sc.q("what colour are the trail shoes", "green", "text", "colour", False)
    sc.q("are there more road shoes than trail shoes in the plot", "yes" if groups[0][2] > groups[1][2] else "no",
         "yesno", "count_compare", False)
    return sc


def shapes_stickers():
    sc = Scene("shapes_stickers", "shapes", "sticker sheet: coloured shapes in a 3x3 grid on a cork board", "PIL",
               "light")
    r = rng(sc.name)
    W, H = 900, 660
    cv = Canvas(sc, W, H, "#c8a27a")
    d = cv.d
    for _ in range(600):
        x, y = r.randint(0, W), r.randint(0, H)
        d.point((x, y), fill="#b08a62")
    kinds = ["circle", "square", "triangle", "star", "hexagon", "circle", "triangle", "circle", "square"]
    r.shuffle(kinds)
    cols = [("red", "#d62828"), ("blue", "#1d4ed8"), ("green", "#2a9d3f"), ("yellow", "#f4c20d"), ("purple", "#7b2cbf"),
            ("orange", "#f77f00")]
    cells = []
    pos = ["top left", "top middle", "top right", "middle left", "centre", "middle right", "bottom left",
           "bottom middle", "bottom right"]
    sizes = r.sample([46, 52, 58, 64, 70, 76, 82, 88, 94], 9)
    for i, k in enumerate(kinds):
        cx, cy = 150 + (i % 3) * 300, 110 + (i // 3) * 220
        cn, cc = cols[r.randrange(len(cols))]
        s = sizes[i]
        if k == "circle":
            d.ellipse([cx - s, cy - s, cx + s, cy + s], fill=cc, outline="white", width=4)
        elif k == "square":
            d.rectangle([cx - s, cy - s, cx + s, cy + s], fill=cc, outline="white", width=4)
        elif k == "triangle":
            d.polygon([(cx, cy - s), (cx - s, cy + s * .8), (cx + s, cy + s * .8)], fill=cc, outline="white")
        elif k == "star":
            pts = []
            for j in range(10):
                rr = s if j % 2 == 0 else s * .45
                a = -math.pi / 2 + j * math.pi / 5
                pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
            d.polygon(pts, fill=cc, outline="white")
        else:
            d.polygon([(cx + s * math.cos(math.pi / 3 * j), cy + s * math.sin(math.pi / 3 * j)) for j in range(6)],
                      fill=cc, outline="white")
        cells.append((k, cn, s, pos[i]))
    cv.save()
    star = [c for c in cells if c[0] == "star"][0]
    sc.q("what colour is the star", star[1], "text", "colour", False)
    sc.q("where is the star on the sheet", star[3], "text", "locate", False)
    nc, nt = kinds.count("circle"), kinds.count("triangle")
    sc.q("are there more circles than triangles", "yes" if nc > nt else "no", "yesno", "count_compare", False)
    sc.q(f"what shape is in the {cells[4][3]}", cells[4][0], "text", "shape", False)
    circ = [c for c in cells if c[0] == "circle"]
    a, b = circ[0], circ[1]
    sc.q(f"which circle is bigger, the one {a[3]} or the one {b[3]}",
         a[3] if a[2] > b[2] else b[3], "text", "size_compare", False)
    return sc


SCENES = [chart_radar, chart_pareto, chart_gantt, chart_pyramid, chart_slope, chart_stacked_hbar, chart_lines_overtake,
          chart_half_donut, chart_area_dark, chart_errorbars, chart_step_rate, chart_scatter_groups, shapes_stickers]
