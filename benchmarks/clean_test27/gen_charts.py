"""Charts with matplotlib (several styles) + one PIL shapes sketch."""
import math

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

from common import Canvas, F, plain, q, rng, save_mpl, scene  # noqa: E402

plt.rcParams["svg.hashsalt"] = "c27"


def _style(name):
    plt.style.use("default")
    if name:
        plt.style.use(name)


def c_survey_100():
    name = "chart_survey_100pct.png"
    R = rng(name)
    _style(None)
    stm = ["I know who to ask for help", "My workload is manageable", "Meetings are useful",
           "I'd recommend working here", "Tools let me do my job well", "I see a future for me here"]
    data = []
    for _ in stm:
        a = R.randint(25, 75)
        n = R.randint(5, 30)
        data.append((a, n, 100 - a - n))
    fig, ax = plt.subplots(figsize=(11, 4.8), dpi=100)
    cols = ["#1b9e77", "#bdbdbd", "#d95f02"]
    labs = ["Agree", "Neutral", "Disagree"]
    y = np.arange(len(stm))[::-1]
    left = np.zeros(len(stm))
    for k in range(3):
        vals = np.array([d[k] for d in data])
        ax.barh(y, vals, left=left, color=cols[k], label=labs[k], height=0.62)
        for yi, l, v in zip(y, left, vals):
            if v >= 5:
                ax.text(l + v / 2, yi, f"{v}%", ha="center", va="center", color="white" if k != 1 else "black",
                        fontsize=10, fontfamily="DejaVu Sans")
        left += vals
    ax.set_yticks(y, stm, fontsize=11)
    ax.set_xlim(0, 100)
    ax.set_xticks([])
    for s in ax.spines.values():
        s.set_visible(False)
    ax.legend(ncol=3, loc="upper center", bbox_to_anchor=(0.45, 1.12), frameon=False)
    ax.set_title("Staff pulse survey — autumn 2024", loc="left", pad=34, fontsize=14, fontweight="bold")
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib horizontal 100% stacked bars", "white, green/grey/orange", "chart",
          "survey statements × agree/neutral/disagree with % labels")
    dis = [d[2] for d in data]
    assert dis.count(max(dis)) == 1
    q(name, "what % agreed that meetings are useful", f"{data[2][0]}%", "percent", "chart", "share", True)
    q(name, "which statement got the highest disagreement?", stm[dis.index(max(dis))], "text", "chart", "argmax", True)
    q(name, "is neutral for workload higher than for tools?", "yes" if data[1][1] > data[4][1] else "no", "yesno",
      "chart", "compare_more", False)


def c_dual_axis():
    name = "chart_revenue_margin_dual.png"
    R = rng(name)
    _style("seaborn-v0_8-whitegrid")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    rev = [R.randint(40, 120) * 1000 for _ in months]
    marg = [round(R.uniform(8, 24), 1) for _ in months]
    while marg.count(max(marg)) > 1:
        marg[marg.index(max(marg))] += 0.3
    fig, ax = plt.subplots(figsize=(10, 5), dpi=110)
    ax.bar(months, rev, color="#8fb8de", label="Revenue (CHF)")
    ax.set_ylabel("Revenue (CHF)")
    ax.yaxis.set_major_formatter(matplotlib.ticker.FuncFormatter(lambda v, p: f"{int(v / 1000)}k"))
    ax2 = ax.twinx()
    ax2.plot(months, marg, color="#c0392b", marker="o", lw=2, label="Net margin %")
    for m, v in zip(months, marg):
        ax2.annotate(f"{v}%", (m, v), textcoords="offset points", xytext=(0, 8), ha="center", color="#c0392b", fontsize=9)
    ax2.set_ylim(0, 30)
    ax2.set_ylabel("Net margin %")
    ax2.grid(False)
    ax.set_title("Alpenkraft Outdoor — revenue vs. margin, 2024")
    fig.legend(loc="upper left", bbox_to_anchor=(0.08, 0.9))
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib dual-axis bar + line (seaborn whitegrid)", "light", "chart",
          "monthly revenue bars (no labels, k-ticks) with margin % line (labelled), twin y axes")
    q(name, "roughly what was revenue in April?", str(rev[3]), "approx", "chart", "chart_value", False)
    q(name, "which month had the best margin", months[marg.index(max(marg))], "text", "chart", "argmax", True)
    q(name, "margin in june?", f"{marg[5]}%", "percent", "chart", "chart_value", True)


def c_log_lines():
    name = "chart_log_users.png"
    R = rng(name)
    _style("bmh")
    years = list(range(2016, 2025))
    a = [5000 * 1.35 ** i for i in range(len(years))]
    cross = R.randint(3, 6)
    g = 2.1
    b0 = a[cross] / g ** (cross + 0.5)
    b = [b0 * g ** i for i in range(len(years))]
    c = [30000 * 1.08 ** i for i in range(len(years))]
    fig, ax = plt.subplots(figsize=(9.5, 5.5), dpi=110)
    for s, lab, mk in [(a, "Mailwise", "o"), (b, "Postbird", "s"), (c, "LetterBox", "^")]:
        ax.plot(years, s, marker=mk, label=lab)
    ax.set_yscale("log")
    ax.set_ylabel("Monthly active users (log scale)")
    ax.set_title("Email apps: monthly active users")
    ax.legend()
    fig.tight_layout()
    save_mpl(fig, name)
    first = next(y for y, x1, x2 in zip(years, a, b) if x2 > x1)
    firstc = next(y for y, x1, x2 in zip(years, c, b) if x2 > x1)
    scene(name, "matplotlib line chart, log y axis (bmh)", "light grey", "chart",
          "three app user series on a log scale; crossings")
    q(name, "in which year did Postbird overtake Mailwise", str(first), "number", "chart", "overtakes", False)
    q(name, "when did Postbird pass LetterBox?", str(firstc), "number", "chart", "overtakes", False)


def c_small_multiples():
    name = "chart_rain_small_multiples.png"
    R = rng(name)
    _style("ggplot")
    cities = ["Bergen", "Galway", "Porto", "Split", "Tbilisi", "Casablanca"]
    months = "JFMAMJJASOND"
    while True:
        data = {c: [R.randint(5, 260) for _ in months] for c in cities}
        pk = sorted((max(v) for v in data.values()), reverse=True)
        if pk[0] - pk[1] >= 20:
            break
    fig, axs = plt.subplots(2, 3, figsize=(11.5, 6), dpi=100, sharey=True)
    for ax, c in zip(axs.flat, cities):
        ax.bar(range(12), data[c], color="#4c72b0")
        ax.set_title(c, fontsize=12)
        ax.set_xticks(range(12), list(months), fontsize=8)
    fig.suptitle("Monthly rainfall (mm)", fontsize=15)
    fig.tight_layout()
    save_mpl(fig, name)
    wet = max(cities, key=lambda c: max(data[c]))
    scene(name, "matplotlib small multiples 2×3 bars (ggplot)", "grey panels", "chart",
          "monthly rainfall per city in six facets, shared y, no value labels")
    q(name, "which city has the single wettest month", wet, "text", "chart", "argmax", False)
    q(name, "about how much rain does Porto get in January?", str(data["Porto"][0]), "approx", "chart",
      "chart_value", False)


def c_marimekko():
    name = "chart_marimekko_market.png"
    R = rng(name)
    _style(None)
    segs = ["Retail", "Hospitality", "Healthcare", "Public sector"]
    widths = [R.randint(15, 40) for _ in segs]
    tw = sum(widths)
    widths = [round(w * 100 / tw) for w in widths]
    widths[-1] = 100 - sum(widths[:-1])
    vendors = ["Kassio", "Tillr", "Others"]
    cols = ["#264653", "#e9c46a", "#cfd8dc"]
    shares = []
    for _ in segs:
        x = R.randint(20, 55)
        y = R.randint(10, 80 - x)
        shares.append((x, y, 100 - x - y))
    fig, ax = plt.subplots(figsize=(10, 6), dpi=100)
    left = 0
    for s, w, sh in zip(segs, widths, shares):
        bot = 0
        for k, v in enumerate(sh):
            ax.bar(left, v, width=w, bottom=bot, align="edge", color=cols[k], edgecolor="white", lw=2)
            ax.text(left + w / 2, bot + v / 2, f"{v}%", ha="center", va="center",
                    color="white" if k == 0 else "black", fontsize=10)
            bot += v
        ax.text(left + w / 2, -6, f"{s}\n({w}% of market)", ha="center", va="top", fontsize=10)
        left += w
    ax.set_xlim(0, 100)
    ax.set_ylim(0, 100)
    ax.set_xticks([])
    ax.set_yticks([0, 25, 50, 75, 100], ["0%", "25%", "50%", "75%", "100%"])
    for k, v in enumerate(vendors):
        ax.bar(0, 0, color=cols[k], label=v)
    ax.legend(loc="upper center", ncol=3, bbox_to_anchor=(0.5, 1.1), frameon=False)
    ax.set_title("POS terminal market by segment (Marimekko)", pad=30)
    fig.subplots_adjust(bottom=0.17)
    save_mpl(fig, name)
    scene(name, "matplotlib Marimekko (variable-width stacked bars)", "white, teal/yellow/grey", "chart",
          "vendor share within four segments; widths = segment size, all % printed")
    q(name, "what is Tillr's share in healthcare", f"{shares[2][1]}%", "percent", "chart", "share", True)
    q(name, "which segment is biggest overall", segs[widths.index(max(widths))], "text", "chart", "argmax", True)
    q(name, "Kassio share in retail minus its share in public sector", str(shares[0][0] - shares[3][0]), "number",
      "chart", "subtract", False)


def c_waffle():
    name = "chart_waffle_energy.png"
    R = rng(name)
    _style(None)
    cats = ["Wind", "Solar", "Hydro", "Gas", "Nuclear"]
    cnt = [R.randint(8, 30) for _ in cats]
    cnt[-1] = 100 - sum(cnt[:-1])
    while cnt[-1] < 5:
        cnt[0] -= 3
        cnt[-1] += 3
    cols = ["#2a9d8f", "#f4a261", "#457b9d", "#8d99ae", "#9b5de5"]
    fig, ax = plt.subplots(figsize=(7.5, 6.2), dpi=100)
    idx = 0
    for k, c in enumerate(cnt):
        for _ in range(c):
            r, col = divmod(idx, 10)
            ax.add_patch(plt.Rectangle((col, 9 - r), 0.9, 0.9, color=cols[k]))
            idx += 1
    for k, lab in enumerate(cats):
        ax.add_patch(plt.Rectangle((10.6, 8.4 - k * 1.1), 0.6, 0.6, color=cols[k]))
        ax.text(11.4, 8.7 - k * 1.1, lab, va="center", fontsize=12)
    ax.set_xlim(-0.2, 14)
    ax.set_ylim(-0.3, 10.2)
    ax.set_aspect("equal")
    ax.axis("off")
    ax.set_title("Electricity mix, each square = 1%", fontsize=14)
    save_mpl(fig, name)
    scene(name, "matplotlib waffle chart (patches)", "white", "chart", "10×10 waffle of generation mix, legend without numbers")
    q(name, "how many squares are solar", str(cnt[1]), "count", "chart", "count", False)
    q(name, "what share is hydro?", f"{cnt[2]}%", "percent", "chart", "share", False)
    q(name, "is there more wind than gas", "yes" if cnt[0] > cnt[3] else "no", "yesno", "chart", "compare_more", False)


def c_errorbar_dots():
    name = "chart_dotplot_ci.png"
    R = rng(name)
    _style("seaborn-v0_8-ticks")
    groups = ["Placebo", "5 mg", "10 mg", "20 mg", "40 mg"]
    means = [round(R.uniform(2, 9), 1) for _ in groups]
    while means.count(min(means)) > 1:
        means[means.index(min(means))] -= 0.4
    ci = [round(R.uniform(0.6, 1.8), 1) for _ in groups]
    fig, ax = plt.subplots(figsize=(8.5, 5), dpi=110)
    ax.errorbar(means, range(len(groups)), xerr=ci, fmt="D", color="#6a3d9a", capsize=5, ms=8)
    ax.set_yticks(range(len(groups)), groups)
    ax.set_xlabel("Mean reduction in pain score (points) ± 95% CI")
    ax.set_xlim(0, 12)
    ax.grid(axis="x", ls=":")
    ax.set_title("Trial TX-114: effect by dose")
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib dot plot with horizontal error bars (seaborn ticks)", "white", "chart",
          "means ± CI per dose group, no value labels")
    q(name, "which group shows the smallest mean reduction", groups[means.index(min(means))], "text", "chart",
      "argmin", False)
    q(name, "roughly what is the mean for 20 mg", str(means[3]), "approx", "chart", "chart_value", False)


def c_xkcd_area():
    name = "chart_xkcd_stacked_area.png"
    R = rng(name)
    _style(None)
    years = list(range(2015, 2025))
    layers = {"Podcasts": [], "Newsletters": [], "Video": []}
    for k in layers:
        v = R.uniform(5, 20)
        for _ in years:
            v = max(2, v + R.uniform(-2, 6))
            layers[k].append(round(v, 1))
    with plt.xkcd(scale=0.8, length=120, randomness=2):
        plt.rcParams["font.family"] = ["Special Elite", "DejaVu Sans"]
        fig, ax = plt.subplots(figsize=(9, 5.5), dpi=100)
        ax.stackplot(years, *layers.values(), labels=list(layers), colors=["#ffb4a2", "#b5e48c", "#a0c4ff"])
        ax.set_title("Hours per month spent on 'content'")
        ax.set_xlabel("year")
        ax.legend(loc="upper left")
        fig.tight_layout()
        save_mpl(fig, name)
    plt.rcParams.update(matplotlib.rcParamsDefault)
    tot = sum(layers[k][years.index(2020)] for k in layers)
    last = {k: v[-1] for k, v in layers.items()}
    lv = sorted(last.values())
    assert lv[-1] > lv[-2] * 1.15, lv
    scene(name, "matplotlib xkcd-style stacked area (Special Elite font)", "white, sketchy", "chart",
          "three stacked layers over ten years, no value labels")
    q(name, "about how many hours total in 2020 (top of the stack)", plain(tot, 1), "approx", "chart",
      "chart_value", False)
    q(name, "which layer is the biggest in 2024", max(last, key=last.get), "text", "chart", "argmax", False)


def c_donut():
    name = "chart_donut_budget.png"
    R = rng(name)
    _style(None)
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Savings", "Subscriptions"]
    vals = [R.randint(60, 1100) for _ in cats]
    vals[0] = R.randint(1100, 1500)
    tot = sum(vals)
    pct = [round(v * 100 / tot, 1) for v in vals]
    fig, ax = plt.subplots(figsize=(9, 6), dpi=100, facecolor="#1e1e2e")
    cols = ["#f38ba8", "#a6e3a1", "#89b4fa", "#fab387", "#f9e2af", "#cba6f7"]
    ax.pie(vals, colors=cols, startangle=90, counterclock=False, wedgeprops=dict(width=0.35, edgecolor="#1e1e2e"))
    ax.text(0, 0.08, f"NZ${tot:,}", ha="center", color="#cdd6f4", fontsize=20, fontweight="bold")
    ax.text(0, -0.14, "spent in March", ha="center", color="#a6adc8", fontsize=11)
    ax.legend([f"{c}  {p}%" for c, p in zip(cats, pct)], loc="center left", bbox_to_anchor=(1, 0.5),
              frameon=False, labelcolor="#cdd6f4", fontsize=12)
    ax.set_title("Household budget", color="#cdd6f4", fontsize=15)
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib donut with centre total + legend % (dark catppuccin-like)", "dark", "chart",
          "monthly household spending donut, NZ$ total in centre")
    q(name, "what percent goes to groceries", f"{pct[1]}%", "percent", "chart", "share", True)
    q(name, "total spent?", f"NZ${tot:,}", "money", "chart", "lookup", True)
    q(name, "smallest category", cats[vals.index(min(vals))], "text", "chart", "argmin", True)


def c_scatter_labeled():
    name = "chart_scatter_cities.png"
    R = rng(name)
    _style("seaborn-v0_8-darkgrid")
    cities = ["Lyon", "Kraków", "Valencia", "Leipzig", "Gothenburg", "Turin", "Brno", "Ghent", "Cork", "Plovdiv"]
    while True:
        rent = [R.randint(450, 1500) for _ in cities]
        sal = [R.randint(1100, 3600) for _ in cities]
        rs, ss = sorted(rent), sorted(sal)
        if rs[1] - rs[0] >= 60 and ss[-1] - ss[-2] >= 150:
            break
    fig, ax = plt.subplots(figsize=(10, 6.2), dpi=100)
    ax.scatter(rent, sal, s=70, color="#dd8452")
    for c, x, y in zip(cities, rent, sal):
        ax.annotate(c, (x, y), xytext=(6, 4), textcoords="offset points", fontsize=10)
    ax.set_xlim(min(rent) - 80, max(rent) + 160)
    ax.set_xlabel("Median rent, 1-bed flat (€ / month)")
    ax.set_ylabel("Median net salary (€ / month)")
    ax.set_title("Rent vs salary in mid-size European cities")
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib labelled scatter (seaborn darkgrid)", "grey grid", "chart",
          "ten cities, rent vs salary, point labels only")
    i_top = sal.index(max(sal))
    i_cheap = rent.index(min(rent))
    q(name, "which city has the highest salary", cities[i_top], "text", "chart", "argmax", False)
    q(name, "cheapest rent?", cities[i_cheap], "text", "chart", "argmin", False)
    # pick two with a clear gap in rent
    pairs = [(i, j) for i in range(len(cities)) for j in range(i + 1, len(cities)) if abs(rent[i] - rent[j]) > 300]
    i, j = pairs[R.randint(0, len(pairs) - 1)]
    q(name, f"is rent in {cities[i]} higher than in {cities[j]}?", "yes" if rent[i] > rent[j] else "no", "yesno",
      "chart", "compare_more", False)


def c_heatmap():
    name = "chart_heatmap_checkins.png"
    R = rng(name)
    _style(None)
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    hours = ["6-9", "9-12", "12-15", "15-18", "18-21", "21-24"]
    M = np.array([[R.randint(3, 90) for _ in hours] for _ in days])
    M[R.randint(0, 6), 4] = 140 + R.randint(0, 20)
    fig, ax = plt.subplots(figsize=(8, 6.3), dpi=100)
    im = ax.imshow(M, cmap="YlOrRd")
    ax.set_xticks(range(len(hours)), hours)
    ax.set_yticks(range(len(days)), days)
    for i in range(len(days)):
        for j in range(len(hours)):
            ax.text(j, i, str(M[i, j]), ha="center", va="center", color="black" if M[i, j] < 100 else "white", fontsize=11)
    fig.colorbar(im, ax=ax, shrink=0.8, label="check-ins")
    ax.set_title("Gym check-ins by weekday and time slot")
    fig.tight_layout()
    save_mpl(fig, name)
    i, j = np.unravel_index(M.argmax(), M.shape)
    scene(name, "matplotlib annotated heatmap (YlOrRd)", "white", "chart",
          "weekday × time-slot check-in counts, every cell labelled")
    q(name, "how many check-ins on Wednesday 9-12", str(M[2, 1]), "number", "chart", "cell", True)
    q(name, "busiest day and slot?", f"{days[i]} {hours[j]}", "text", "chart", "argmax", False)
    q(name, "total check-ins on Sunday", str(int(M[6].sum())), "number", "chart", "sum", False)


def c_lollipop():
    name = "chart_lollipop_commute.png"
    R = rng(name)
    _style("fivethirtyeight")
    cities = ["Lagos", "Nairobi", "Accra", "Casablanca", "Cairo", "Addis Ababa", "Dakar", "Kampala"]
    mins = R.sample(range(28, 96), len(cities))
    order = sorted(range(len(cities)), key=lambda i: mins[i])
    fig, ax = plt.subplots(figsize=(9, 5.5), dpi=100)
    ys = range(len(cities))
    ax.hlines(ys, 0, [mins[i] for i in order], color="#30a2da", lw=3)
    ax.plot([mins[i] for i in order], ys, "o", ms=11, color="#fc4f30")
    for y, i in zip(ys, order):
        ax.text(mins[i] + 2.5, y, f"{mins[i]} min", va="center", fontsize=10)
    ax.set_yticks(list(ys), [cities[i] for i in order])
    ax.set_xlim(0, 110)
    ax.set_title("Average one-way commute, minutes")
    fig.tight_layout()
    save_mpl(fig, name)
    scene(name, "matplotlib lollipop (fivethirtyeight)", "light grey", "chart",
          "horizontal lollipops sorted by value with printed minutes")
    q(name, "commute time in Accra", f"{mins[2]} min", "time", "chart", "chart_value", True)
    q(name, "how much longer is Lagos than Dakar", str(abs(mins[0] - mins[6])), "number", "chart", "difference", False)
    q(name, "which is shorter: Cairo or Kampala?", "Cairo" if mins[4] < mins[7] else "Kampala", "text", "chart",
      "choice_less", True)


def c_shapes():
    name = "sketch_shapes.png"
    R = rng(name)
    cv = Canvas(1000, 620, "#fbfbf8")
    cv.text((30, 20), "Warm-up: shapes on the board", F("Special Elite", 28), "#333")
    palette = {"red": "#d62828", "blue": "#1d4ed8", "green": "#2a9d4b", "orange": "#f08c00", "purple": "#7b2cbf"}
    shapes = []
    kinds = ["circle"] * R.randint(3, 5) + ["triangle"] * R.randint(2, 4) + ["square"] * R.randint(2, 3)
    R.shuffle(kinds)
    cols = list(palette)
    x, y = 80, 120
    for i, k in enumerate(kinds):
        s = R.choice([50, 70, 90])
        c = cols[i % len(cols)]
        cx, cy = 90 + (i % 5) * 190, 170 + (i // 5) * 200
        shapes.append((k, c, s, cx, cy))
        fill = palette[c]
        if k == "circle":
            cv.d.ellipse((cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2), fill=fill)
        elif k == "square":
            cv.d.rectangle((cx - s / 2, cy - s / 2, cx + s / 2, cy + s / 2), fill=fill)
        else:
            h = s * math.sqrt(3) / 2
            cv.d.polygon([(cx, cy - h / 2), (cx - s / 2, cy + h / 2), (cx + s / 2, cy + h / 2)], fill=fill)
    # big star-labelled target
    cv.d.rounded_rectangle((780, 540, 960, 595), 10, fill="#111")
    cv.ctext(870, 553, "Next ▸", F("DejaVu Sans:bold", 22), "white")
    cv.save(name)
    nc = kinds.count("circle")
    nt = kinds.count("triangle")
    scene(name, "PIL flat shapes sketch (Special Elite title)", "off-white", "diagram",
          "circles/triangles/squares in five colours, three sizes, a Next button")
    q(name, "are there more circles than triangles", "yes" if nc > nt else "no", "yesno", "diagram",
      "count_compare", False)
    first = shapes[0]
    q(name, "what shape is in the top-left corner", first[0], "text", "diagram", "shape", False)
    big = [t for t in shapes if sum(1 for u in shapes if (u[0], u[1]) == (t[0], t[1])) == 1]
    pa = next((a, b) for a in big for b in big if a[2] > b[2] and a[1] != b[1])
    a, b = pa if R.random() < 0.5 else pa[::-1]
    q(name, f"which is bigger, the {a[1]} {a[0]} or the {b[1]} {b[0]}?", f"{max(pa, key=lambda t: t[2])[1]} "
      f"{max(pa, key=lambda t: t[2])[0]}", "text", "diagram", "size_compare", False)
    q(name, "where's the Next button", "bottom right", "text", "diagram", "locate", False)


ALL = [c_survey_100, c_dual_axis, c_log_lines, c_small_multiples, c_marimekko, c_waffle, c_errorbar_dots,
       c_xkcd_area, c_donut, c_scatter_labeled, c_heatmap, c_lollipop, c_shapes]
