"""Charts drawn with matplotlib (Agg) in several styles."""
import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

from common import Scene, mpl_save, clean_num, fmt


def style(name):
    plt.style.use("default")
    plt.style.use(name)


# ------------------------------------------------------------------ grouped horizontal bars, no labels
def chart_loans_hbar():
    s = Scene("chart_loans_hbar", "chart", "grouped horizontal bars, 2 years, no value labels (seaborn muted)",
              "light", "matplotlib", "library loans by genre 2023 vs 2024")
    R = s.rng
    style("seaborn-v0_8-muted")
    genres = ["Crime", "Romance", "Biography", "Sci-fi", "Children's", "Travel", "Cooking"]
    a = [R.randrange(1200, 9000, 50) for _ in genres]
    b = [max(900, x + R.randrange(-1500, 1600, 50)) for x in a]
    fig, ax = plt.subplots(figsize=(9.5, 5.6))
    y = np.arange(len(genres))
    ax.barh(y - 0.2, a, 0.4, label="2023")
    ax.barh(y + 0.2, b, 0.4, label="2024")
    ax.set_yticks(y, genres)
    ax.invert_yaxis()
    ax.set_xlabel("Loans")
    ax.set_title("Branch library loans by genre")
    ax.legend()
    fig.tight_layout()
    mpl_save(s, fig)
    i = 3
    s.q(f"roughly how many {genres[i]} loans were there in 2024?", b[i], "approx", "chart_value", False)
    # choose two with clear gap in 2023
    pairs = [(p, q) for p in range(7) for q in range(p + 1, 7) if abs(a[p] - a[q]) > 0.25 * max(a[p], a[q])]
    p, q = pairs[0]
    s.q(f"in 2023, which had more loans: {genres[p]} or {genres[q]}?", genres[p] if a[p] > a[q] else genres[q],
        "text", "choice_more", True)
    d = [bb - aa for aa, bb in zip(a, b)]
    k = max(range(7), key=lambda j: d[j])
    assert sorted(d)[-1] - sorted(d)[-2] > 250
    s.q("which genre grew the most from 2023 to 2024", genres[k], "text", "argmax", True)


# ------------------------------------------------------------------ multi-series line (4 series)
def chart_platform_lines():
    s = Scene("chart_platform_lines", "chart", "4-series line chart with markers and line styles (grayscale-ish)",
              "light", "matplotlib", "monthly active users by platform, one crossing")
    R = s.rng
    style("fivethirtyeight")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    cross = R.randint(4, 8)
    web = [40 - i * 1.5 + R.uniform(-0.8, 0.8) for i in range(12)]
    android = [web[i] - (cross - i) * 2.2 + R.uniform(-0.3, 0.3) if i < cross else web[i] + (i - cross + 1) * 2.0
               for i in range(12)]
    ios = [18 + i * 0.6 + R.uniform(-1, 1) for i in range(12)]
    desktop = [12 - i * 0.3 + R.uniform(-0.5, 0.5) for i in range(12)]
    series = {"Web": web, "Android": android, "iOS": ios, "Desktop app": desktop}
    series = {k: [round(v, 1) for v in vs] for k, vs in series.items()}
    fig, ax = plt.subplots(figsize=(10, 5.4))
    for (k, v), m in zip(series.items(), ["o", "s", "^", "D"]):
        ax.plot(months, v, marker=m, label=k, linewidth=2)
    ax.set_title("Monthly active users by platform (thousands)", fontsize=15)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0))
    fig.tight_layout()
    mpl_save(s, fig)
    w, an = series["Web"], series["Android"]
    first = next(i for i in range(12) if an[i] > w[i])
    assert all(an[i] < w[i] for i in range(first)) and all(an[i] > w[i] for i in range(first, 12))
    s.q("in which month does Android overtake Web", months[first], "text", "overtakes", True)
    s.q("about how many iOS users in June (thousands)?", series["iOS"][5], "approx", "chart_value", False)
    dec = {k: v[-1] for k, v in series.items()}
    s.q("which platform ends the year lowest", min(dec, key=dec.get), "text", "argmin", True)


# ------------------------------------------------------------------ stacked bars with totals on top
def chart_energy_stacked():
    s = Scene("chart_energy_stacked", "chart", "stacked vertical bars with totals printed on top (petroff8)", "light",
              "matplotlib", "electricity generation by source per quarter (GWh)")
    R = s.rng
    style("petroff8")
    qs = ["Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024", "Q1 2025", "Q2 2025"]
    srcs = {"Hydro": [R.randint(300, 700) for _ in qs], "Wind": [R.randint(150, 520) for _ in qs],
            "Solar": [R.randint(40, 380) for _ in qs], "Gas": [R.randint(80, 300) for _ in qs]}
    tot = [sum(v[i] for v in srcs.values()) for i in range(len(qs))]
    assert len(set(tot)) == len(tot)
    fig, ax = plt.subplots(figsize=(9.5, 5.6))
    bottom = np.zeros(len(qs))
    for k, v in srcs.items():
        ax.bar(qs, v, bottom=bottom, label=k, width=0.6)
        bottom += v
    for i, t in enumerate(tot):
        ax.text(i, t + 15, fmt(t, 0), ha="center", fontsize=11, fontweight="bold")
    ax.set_ylim(0, max(tot) * 1.12)
    ax.set_ylabel("GWh")
    ax.set_title("Electricity generation by source")
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, -0.08))
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("total generation in Q3 2024?", fmt(tot[2], 0), "number", "chart_value", True)
    s.q("which quarter had the highest total", qs[tot.index(max(tot))], "text", "argmax", True)
    s.q("roughly how much hydro was generated in Q1 2024", srcs["Hydro"][0], "approx", "chart_value", False)
    s.q("how much did the total change from Q1 2025 to Q2 2025 (Q2 minus Q1)", tot[5] - tot[4], "number",
        "subtract", False)


# ------------------------------------------------------------------ pie with % labels
def chart_grant_pie():
    s = Scene("chart_grant_pie", "chart", "pie with percentage labels and legend (seaborn pastel)", "light",
              "matplotlib", "how a community grant was spent")
    R = s.rng
    style("seaborn-v0_8-pastel")
    cats = ["Staff", "Venue hire", "Equipment", "Travel", "Marketing", "Training"]
    w = R.sample(range(4, 40), 6)
    tot = sum(w)
    pct = [100 * (x / tot) for x in w]
    fig, ax = plt.subplots(figsize=(8, 5.6))
    ax.pie(w, labels=None, autopct="%1.1f%%", startangle=90, counterclock=False, pctdistance=0.75,
           wedgeprops=dict(edgecolor="white"))
    ax.legend(cats, loc="center left", bbox_to_anchor=(1, 0.5), frameon=False)
    ax.set_title("Riverside Arts grant 2025 — spending", fontsize=14)
    fig.tight_layout()
    mpl_save(s, fig)
    i = 2
    s.q(f"what percentage went on {cats[i].lower()}", f"{pct[i]:.1f}%", "percent", "share", True)
    s.q("smallest slice?", cats[pct.index(min(pct))], "text", "argmin", True)
    s.q(f"is {cats[0].lower()} more than a quarter of the spending", "yes" if pct[0] > 25 else "no", "yesno",
        "compare_more", False)


# ------------------------------------------------------------------ labelled scatter with quadrant lines
def chart_cafe_scatter():
    s = Scene("chart_cafe_scatter", "chart", "labelled scatter with dashed average lines (bmh)", "light",
              "matplotlib", "cafés: flat white price vs rating")
    R = s.rng
    style("bmh")
    names = ["Bean There", "Kaffeeklatsch", "Grindhouse", "Little Fox", "Ritual", "Morning Glory", "Crema Club",
             "Steam & Co", "The Daily Cup", "Koru"]
    price = [round(R.uniform(3.2, 5.8), 2) for _ in names]
    rating = R.sample([x / 10 for x in range(35, 50) if x != 42], len(names))
    fig, ax = plt.subplots(figsize=(9, 6))
    ax.scatter(price, rating, s=60, color="#a0522d")
    for n, x, y in zip(names, price, rating):
        ax.annotate(n, (x, y), xytext=(5, 5), textcoords="offset points", fontsize=10)
    ax.axvline(np.mean(price), ls="--", color="#777")
    ax.axhline(4.2, ls="--", color="#777")
    ax.set_xlabel("Flat white price (£)")
    ax.set_ylabel("Average rating")
    ax.set_title("Cafés in Leith: price vs rating")
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("which café has the best rating", names[rating.index(max(rating))], "text", "argmax", True)
    s.q("how many cafés are rated above 4.2", sum(1 for r in rating if r > 4.2), "count", "count", False)
    cheap = names[price.index(min(price))]
    s.q("cheapest flat white?", cheap, "text", "argmin", True)


# ------------------------------------------------------------------ area chart, no labels
def chart_reservoir_area():
    s = Scene("chart_reservoir_area", "chart", "single-series filled area chart, no value labels (seaborn dark)",
              "light", "matplotlib", "weekly reservoir level %")
    R = s.rng
    style("seaborn-v0_8-dark")
    weeks = list(range(1, 21))
    lvl = []
    v = 78.0
    lowweek = R.randint(9, 15)
    for w in weeks:
        v += (-2.8 if w <= lowweek else 3.1) + R.uniform(-0.9, 0.9)
        lvl.append(round(v, 1))
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.fill_between(weeks, lvl, color="#4c9be8", alpha=0.45)
    ax.plot(weeks, lvl, color="#1f5fa8", linewidth=2)
    ax.set_xticks(weeks)
    ax.set_ylim(0, 100)
    ax.set_xlabel("Week")
    ax.set_ylabel("Capacity (%)")
    ax.set_title("Lake Morrow reservoir level, 2025")
    ax.grid(True, axis="y")
    fig.tight_layout()
    mpl_save(s, fig)
    m = lvl.index(min(lvl))
    assert sorted(lvl)[1] - sorted(lvl)[0] > 0.3
    s.q("in which week was the reservoir lowest?", f"Week {weeks[m]}", "text", "argmin", False)
    s.q("roughly what level was it at in week 5", lvl[4], "approx", "chart_value", False)


# ------------------------------------------------------------------ lollipop with values
def chart_commute_lollipop():
    s = Scene("chart_commute_lollipop", "chart", "horizontal lollipop chart with value labels, minimal style",
              "light", "matplotlib", "average commute minutes by city")
    R = s.rng
    style("default")
    cities = ["Lagos", "Bogotá", "Manila", "Lima", "Istanbul", "Jakarta", "Nairobi", "Santiago"]
    mins = R.sample(range(28, 96), len(cities))
    order = sorted(range(len(cities)), key=lambda i: mins[i])
    fig, ax = plt.subplots(figsize=(8.5, 5.2))
    ys = np.arange(len(cities))
    for y, i in zip(ys, order):
        ax.hlines(y, 0, mins[i], color="#bbb", linewidth=2)
        ax.plot(mins[i], y, "o", color="#e4572e", markersize=10)
        ax.text(mins[i] + 2.5, y, f"{mins[i]} min", va="center", fontsize=10)
    ax.set_yticks(ys, [cities[i] for i in order])
    for sp in ["top", "right", "left"]:
        ax.spines[sp].set_visible(False)
    ax.set_xlim(0, max(mins) + 15)
    ax.set_title("Average one-way commute", loc="left", fontsize=14, fontweight="bold")
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("what's the commute time in Lima", f"{mins[3]} min", "number", "chart_value", True)
    s.q("which city has the longest commute", cities[mins.index(max(mins))], "text", "argmax", True)
    s.q("what's the gap between the Manila and Nairobi commute times", abs(mins[2] - mins[6]), "number",
        "difference", False)


# ------------------------------------------------------------------ annotated heatmap
def chart_tickets_heatmap():
    s = Scene("chart_tickets_heatmap", "chart", "annotated heatmap (weekday × time block), YlOrRd", "light",
              "matplotlib", "support tickets per weekday and time block")
    R = s.rng
    style("default")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri"]
    blocks = ["06–09", "09–12", "12–15", "15–18", "18–21"]
    data = np.array([[R.randint(3, 80) for _ in blocks] for _ in days])
    fig, ax = plt.subplots(figsize=(7.5, 5.2))
    im = ax.imshow(data, cmap="YlOrRd")
    ax.set_xticks(range(len(blocks)), blocks)
    ax.set_yticks(range(len(days)), days)
    for i in range(len(days)):
        for j in range(len(blocks)):
            ax.text(j, i, str(data[i, j]), ha="center", va="center",
                    color="white" if data[i, j] > data.max() * 0.6 else "black", fontsize=11)
    fig.colorbar(im, ax=ax, shrink=0.8)
    ax.set_title("Support tickets opened, week 14")
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("how many tickets on Wednesday 12–15", int(data[2, 2]), "number", "cell", True)
    s.q("total tickets on Friday?", int(data[4].sum()), "number", "sum", False)
    col = data[:, 1]
    assert sorted(col)[-1] != sorted(col)[-2]
    s.q("which day was busiest in the 09–12 block", days[int(col.argmax())], "text", "argmax", True)


# ------------------------------------------------------------------ dumbbell chart, labelled
def chart_rent_dumbbell():
    s = Scene("chart_rent_dumbbell", "chart", "dumbbell chart 2020 vs 2024 with labels (ggplot-free, custom)",
              "light", "matplotlib", "median rent €/m² by Lisbon district")
    R = s.rng
    style("seaborn-v0_8-whitegrid")
    ds = ["Alfama", "Baixa", "Belém", "Campo de Ourique", "Marvila", "Parque das Nações", "Arroios"]
    a = [round(R.uniform(9, 16), 1) for _ in ds]
    b = [round(x + R.uniform(1.5, 7.5), 1) for x in a]
    fig, ax = plt.subplots(figsize=(9.5, 5.4))
    for i in range(len(ds)):
        ax.plot([a[i], b[i]], [i, i], color="#999", zorder=1)
        ax.scatter([a[i]], [i], color="#6c8ebf", s=70, zorder=2, label="2020" if i == 0 else None)
        ax.scatter([b[i]], [i], color="#d1495b", s=70, zorder=2, label="2024" if i == 0 else None)
        ax.text(a[i] - 0.25, i + 0.22, f"{a[i]:.1f}", ha="right", fontsize=9, color="#3d5a80")
        ax.text(b[i] + 0.25, i + 0.22, f"{b[i]:.1f}", ha="left", fontsize=9, color="#9b2335")
    ax.set_yticks(range(len(ds)), ds)
    ax.set_xlabel("€ per m² per month")
    ax.set_title("Median asking rent, 2020 vs 2024")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2)
    fig.tight_layout()
    mpl_save(s, fig)
    inc = [round(y - x, 1) for x, y in zip(a, b)]
    k = inc.index(max(inc))
    assert sorted(inc)[-1] - sorted(inc)[-2] >= 0.2
    s.q("which district had the biggest rent increase", ds[k], "text", "argmax", True)
    s.q(f"{ds[4]} 2024 rent?", f"{b[4]:.1f}", "number", "chart_value", True)
    s.q(f"rent in Baixa 2024 minus Belém 2024", clean_num(round(b[1] - b[2], 1), 1), "number", "subtract", False)


# ------------------------------------------------------------------ diverging bars profit/loss, labelled
def chart_net_result():
    s = Scene("chart_net_result", "chart", "diverging bar chart (positive green, negative red) with labels, classic",
              "light", "matplotlib", "monthly net result in k€")
    R = s.rng
    style("classic")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    v = [R.randint(-40, 60) for _ in months]
    if sum(1 for x in v if x < 0) < 2:
        v[2], v[6] = -abs(v[2]) - 5, -abs(v[6]) - 3
    fig, ax = plt.subplots(figsize=(9, 5))
    fig.patch.set_facecolor("white")
    cols = ["#2e8b57" if x >= 0 else "#c0392b" for x in v]
    ax.bar(months, v, color=cols)
    ax.axhline(0, color="black")
    for i, x in enumerate(v):
        ax.text(i, x + (2 if x >= 0 else -2), f"{x:+d}", ha="center", va="bottom" if x >= 0 else "top", fontsize=11)
    ax.set_ylim(min(v) - 12, max(v) + 12)
    ax.set_title("Net result per month (k€)")
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("how many months were loss-making", sum(1 for x in v if x < 0), "count", "count", False)
    s.q("net result for the whole Jan–Sep period?", f"{sum(v)}", "number", "sum", False)
    s.q("May minus June?", v[4] - v[5], "number", "subtract", False)


# ------------------------------------------------------------------ dark donut with legend values and centre total
def chart_storage_donut():
    s = Scene("chart_storage_donut", "chart", "dark donut, legend with GB values, total in the centre", "dark",
              "matplotlib", "phone storage used by type")
    R = s.rng
    style("dark_background")
    cats = ["Photos", "Apps", "Messages", "Music", "System", "Other"]
    gb = [round(R.uniform(2, 40), 1) for _ in cats]
    tot = round(sum(gb), 1)
    fig, ax = plt.subplots(figsize=(8, 5.4))
    colors = ["#ff9f1c", "#2ec4b6", "#e71d36", "#a06cd5", "#8d99ae", "#ffbf69"]
    ax.pie(gb, colors=colors, startangle=90, counterclock=False, wedgeprops=dict(width=0.35, edgecolor="#000"))
    ax.text(0, 0.05, f"{tot:.1f} GB", ha="center", fontsize=18, fontweight="bold")
    ax.text(0, -0.15, "used of 256 GB", ha="center", fontsize=10, color="#bbb")
    ax.legend([f"{c}  {g:.1f} GB" for c, g in zip(cats, gb)], loc="center left", bbox_to_anchor=(1, 0.5),
              frameon=False)
    ax.set_title("iPhone storage")
    fig.tight_layout()
    mpl_save(s, fig)
    s.q("what share of the used storage is photos? (percent)", f"{100 * gb[0] / tot:.1f}%", "percent", "share",
        False)
    s.q("how many GB do apps take", f"{gb[1]:.1f} GB", "number", "chart_value", True)
    hi, lo = gb.index(max(gb)), gb.index(min(gb))
    s.q(f"how many times bigger is {cats[hi]} than {cats[lo]}", f"{gb[hi] / gb[lo]:.2f}", "number", "ratio", False)
    s.q("how much space is left free", f"{256 - tot:.1f} GB", "number", "subtract", False)


ALL = [chart_loans_hbar, chart_platform_lines, chart_energy_stacked, chart_grant_pie, chart_cafe_scatter,
       chart_reservoir_area, chart_commute_lollipop, chart_tickets_heatmap, chart_rent_dumbbell, chart_net_result,
       chart_storage_donut]
