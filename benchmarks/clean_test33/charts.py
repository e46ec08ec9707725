"""Charts (13) drawn with matplotlib."""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def style(name):
    plt.rcdefaults()
    plt.style.use(name)
    plt.rcParams["font.family"] = "DejaVu Sans"


# 1 bar with printed values
def chart_bar_values(S):
    r = S.rng
    S.category = "chart"
    style("default")
    m = MONTHS[3:10]
    v = [r.randint(120, 480) * 10 for _ in m]
    while len(set(v)) < len(v):
        v = [r.randint(120, 480) * 10 for _ in m]
    fig, ax = plt.subplots(figsize=(8.5, 4.8))
    bars = ax.bar(m, v, color="#2a9d8f")
    for b, x in zip(bars, v):
        ax.text(b.get_x() + b.get_width() / 2, x + 60, f"{x:,}", ha="center", fontsize=10)
    ax.set_title("Island ferry passengers, Apr–Oct 2025")
    ax.set_ylabel("Passengers")
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout()
    S.mpl("chart_bar_ferry", fig)
    S.meta["content"] = "vertical bar chart with value labels"
    i = int(np.argmax(v))
    S.q("busiest month for the ferry?", m[i], "text", "argmax", True)
    j = r.randrange(len(m))
    S.q(f"how many passengers in {m[j]}", f"{v[j]:,}", "number", "chart_value", True)
    a, b = r.sample(range(len(m)), 2)
    S.q(f"how many more passengers did {m[a]} have than {m[b]}?" if v[a] > v[b] else f"how many fewer passengers did {m[a]} have than {m[b]}?",
        f"{abs(v[a]-v[b]):,}", "number", "difference", False)


# 2 grouped bar, no labels
def chart_grouped(S):
    r = S.rng
    S.category = "chart"
    style("ggplot")
    yrs = ["2021", "2022", "2023", "2024"]
    grp = ["North depot", "River depot", "Airport depot"]
    data = {g: [r.randint(15, 95) for _ in yrs] for g in grp}
    while abs(data[grp[0]][3] - data[grp[1]][3]) < 6 or any(len(set(data[g][i] for g in grp)) < 3 for i in range(4)):
        data = {g: [r.randint(15, 95) for _ in yrs] for g in grp}
    fig, ax = plt.subplots(figsize=(8.5, 5))
    x = np.arange(len(yrs)); w = 0.26
    for k, g in enumerate(grp):
        ax.bar(x + (k - 1) * w, data[g], w, label=g)
    ax.set_xticks(x, yrs)
    ax.set_ylabel("Deliveries per day")
    ax.set_ylim(0, 100)
    ax.set_yticks(range(0, 101, 10))
    ax.set_title("Average daily deliveries by depot")
    ax.legend()
    fig.tight_layout()
    S.mpl("chart_grouped_depots", fig)
    S.meta["content"] = "grouped bar chart without value labels (read against axis)"
    yi = r.randrange(4)
    col = [data[g][yi] for g in grp]
    if len(set(col)) == 3:
        S.q(f"which depot did the most deliveries in {yrs[yi]}?", grp[int(np.argmax(col))], "text", "argmax", True)
    g = r.choice(grp); yj = r.randrange(4)
    S.q(f"roughly how many deliveries a day did the {g} do in {yrs[yj]}?", data[g][yj], "approx", "chart_value", False)
    a, b = grp[0], grp[1]
    d = data[a][3] - data[b][3]
    if abs(d) >= 6:
        S.q(f"in 2024, which was higher: {a} or {b}?", a if d > 0 else b, "text", "choice_more", True)


# 3 stacked bar with segment labels
def chart_stacked(S):
    r = S.rng
    S.category = "chart"
    style("default")
    cats = ["Hall A", "Hall B", "Hall C", "Hall D", "Hall E"]
    parts = ["Solar", "Grid", "Generator"]
    cols = ["#f4a261", "#457b9d", "#6c757d"]
    data = {p: [r.randint(20, 140) for _ in cats] for p in parts}
    fig, ax = plt.subplots(figsize=(8.5, 5.2))
    bottom = np.zeros(len(cats))
    for p, c in zip(parts, cols):
        ax.bar(cats, data[p], bottom=bottom, label=p, color=c)
        for i, v in enumerate(data[p]):
            ax.text(i, bottom[i] + v / 2, str(v), ha="center", va="center", color="white", fontsize=10, fontweight="bold")
        bottom += np.array(data[p])
    ax.set_ylabel("Electricity use (MWh)")
    ax.set_title("Electricity by source, exhibition halls, 2025")
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
    fig.tight_layout()
    S.mpl("chart_stacked_halls", fig)
    S.meta["content"] = "stacked bar chart with segment labels"
    i = r.randrange(5)
    tot = sum(data[p][i] for p in parts)
    S.q(f"what's the total electricity use for {cats[i]}?", tot, "number", "sum", False)
    tots = [sum(data[p][k] for p in parts) for k in range(5)]
    if tots.count(max(tots)) == 1:
        S.q("which hall uses the most electricity overall", cats[int(np.argmax(tots))], "text", "argmax", True)
    j = r.randrange(5)
    S.q(f"what fraction of {cats[j]}'s power came from solar? as a percent, 1 decimal", f"{data['Solar'][j]/tots[j]*100:.1f}%", "percent", "share", False)
    S.q("what colour is the generator segment?", "grey", "text", "colour", False)


# 4 two lines crossing
def chart_lines_cross(S):
    r = S.rng
    S.category = "chart"
    style("seaborn-v0_8-whitegrid")
    m = MONTHS
    while True:
        a0, a1 = r.randint(50, 70), r.randint(20, 40)
        b0, b1 = r.randint(10, 25), r.randint(60, 85)
        A = [round(a0 + (a1 - a0) * k / 11 + r.uniform(-2, 2), 1) for k in range(12)]
        B = [round(b0 + (b1 - b0) * k / 11 + r.uniform(-2, 2), 1) for k in range(12)]
        cross = [k for k in range(1, 12) if A[k - 1] >= B[k - 1] and A[k] < B[k]]
        if len(cross) == 1 and all((A[k] - B[k]) > 0 for k in range(cross[0])) and all((A[k] - B[k]) < 0 for k in range(cross[0], 12)):
            break
    fig, ax = plt.subplots(figsize=(9, 5))
    ax.plot(m, A, marker="o", label="Desktop", color="#1d3557")
    ax.plot(m, B, marker="s", label="Mobile", color="#e63946")
    ax.set_ylabel("Share of orders (%)")
    ax.set_title("Orders by device, 2025")
    ax.set_ylim(0, 100)
    ax.legend()
    fig.tight_layout()
    S.mpl("chart_lines_device", fig)
    S.meta["content"] = "two-series line chart where the series cross once"
    S.q("in which month did mobile overtake desktop?", m[cross[0]], "text", "overtakes", True)
    S.q("is desktop going up or down over the year", "down", "text", "trend", False)
    k = r.randrange(12)
    S.q(f"about what share of orders came from mobile in {m[k]}?", round(B[k]), "approx", "chart_value", False)


# 5 pie with percentages
def chart_pie(S):
    r = S.rng
    S.category = "chart"
    style("default")
    labels = ["Rent", "Salaries", "Stock", "Marketing", "Utilities", "Other"]
    raw = [r.randint(5, 40) for _ in labels]
    tot = sum(raw)
    pct = [round(x / tot * 100, 1) for x in raw]
    pct[-1] = round(100 - sum(pct[:-1]), 1)
    while len(set(pct)) < len(pct) or min(pct) <= 0:
        raw = [r.randint(5, 40) for _ in labels]; tot = sum(raw); pct = [round(x / tot * 100, 1) for x in raw]; pct[-1] = round(100 - sum(pct[:-1]), 1)
    cols = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"]
    cname = ["dark teal", "teal", "yellow", "orange", "red-orange", "grey"]
    fig, ax = plt.subplots(figsize=(7.5, 6))
    ax.pie(pct, labels=labels, colors=cols, autopct=lambda p: f"{p:.1f}%", startangle=90, counterclock=False,
           wedgeprops=dict(edgecolor="white"), textprops=dict(fontsize=11))
    ax.set_title("Bakery operating costs, FY2025")
    fig.tight_layout()
    S.mpl("chart_pie_costs", fig)
    S.meta["content"] = "pie chart with percentage labels"
    i = r.randrange(6)
    S.q(f"what percentage goes on {labels[i].lower()}?", f"{pct[i]:.1f}%", "percent", "share", True)
    S.q("smallest cost category?", labels[int(np.argmin(pct))], "text", "argmin", True)
    k = 2
    S.q(f"what colour is the {labels[k]} slice", cname[k], "text", "colour", False)


# 6 donut with centre total
def chart_donut(S):
    r = S.rng
    S.category = "chart"
    style("default")
    labels = ["Fiction", "Children's", "Non-fiction", "Comics", "Poetry"]
    vals = [r.randint(40, 400) for _ in labels]
    while len(set(vals)) < 5:
        vals = [r.randint(40, 400) for _ in labels]
    fig, ax = plt.subplots(figsize=(7.5, 6))
    wedges, _ = ax.pie(vals, colors=["#6a4c93", "#1982c4", "#8ac926", "#ffca3a", "#ff595e"], startangle=90, wedgeprops=dict(width=0.38, edgecolor="white"))
    ax.text(0, 0, f"{sum(vals):,}\nbooks sold", ha="center", va="center", fontsize=16, fontweight="bold")
    ax.legend(wedges, [f"{l} — {v}" for l, v in zip(labels, vals)], loc="center left", bbox_to_anchor=(0.95, 0.5), frameon=False)
    ax.set_title("Book fair sales by genre")
    fig.tight_layout()
    S.mpl("chart_donut_books", fig)
    S.meta["content"] = "donut chart with centre total and legend values"
    S.q("how many books were sold altogether?", f"{sum(vals):,}", "number", "read", True)
    a, b = r.sample(range(5), 2)
    S.q(f"ratio of {labels[a]} to {labels[b]} sales? (2 decimals)", f"{vals[a]/vals[b]:.2f}", "number", "ratio", False)
    S.q("did comics sell more than poetry?", "yes" if vals[3] > vals[4] else "no", "yesno", "compare_more", False)


# 7 scatter with labelled points
def chart_scatter(S):
    r = S.rng
    S.category = "chart"
    style("seaborn-v0_8-darkgrid")
    names = ["Aster", "Bramble", "Cedar", "Dune", "Ember", "Fjord", "Glade", "Heron", "Iris", "Juniper"]
    xs = [r.randint(5, 95) for _ in names]; ys = [r.randint(10, 90) for _ in names]
    while len(set(ys)) < len(ys) or len(set(xs)) < len(xs) or any(46 <= y <= 54 for y in ys):
        ys = [r.randint(10, 90) for _ in names]; xs = [r.randint(5, 95) for _ in names]
    fig, ax = plt.subplots(figsize=(8.5, 6))
    ax.scatter(xs, ys, s=60, color="#3a86ff")
    for n, x, y in zip(names, xs, ys):
        ax.annotate(n, (x, y), xytext=(5, 5), textcoords="offset points", fontsize=10)
    ax.set_xlabel("Monthly price (€)"); ax.set_ylabel("Satisfaction score")
    ax.set_xlim(0, 100); ax.set_ylim(0, 100)
    ax.set_title("Gym plans: price vs satisfaction")
    fig.tight_layout()
    S.mpl("chart_scatter_plans", fig)
    S.meta["content"] = "scatter plot with labelled points"
    S.q("which plan has the highest satisfaction?", names[int(np.argmax(ys))], "text", "argmax", True)
    thr = 50
    S.q(f"how many plans score above {thr}?", sum(1 for y in ys if y > thr), "count", "count", False)
    k = r.randrange(10)
    S.q(f"roughly what does {names[k]} cost per month?", xs[k], "approx", "chart_value", False)


# 8 stacked area
def chart_area(S):
    r = S.rng
    S.category = "chart"
    style("default")
    wk = [f"W{i}" for i in range(1, 13)]
    a0, b0, ga, gb = r.randint(110, 170), r.randint(220, 260), r.randint(8, 14), r.randint(9, 13)
    A = np.array([a0 + i * ga + r.randint(-6, 6) for i in range(12)])
    B = np.array([b0 - i * gb + r.randint(-6, 6) for i in range(12)])
    C = np.array([r.randint(50, 90) for _ in range(12)])
    fig, ax = plt.subplots(figsize=(9, 5))
    ax.stackplot(range(12), A, B, C, labels=["Walk-in", "Phone", "Online"], colors=["#90be6d", "#f9844a", "#577590"], alpha=0.9)
    ax.set_xticks(range(12), wk)
    ax.set_ylabel("Appointments")
    ax.set_title("Clinic appointments per week by booking channel")
    ax.legend(loc="upper left")
    ax.set_ylim(0, 700)
    ax.grid(axis="y", alpha=0.4)
    fig.tight_layout()
    S.mpl("chart_area_clinic", fig)
    S.meta["content"] = "stacked area chart, 12 weeks, 3 channels"
    k = r.randrange(12)
    S.q(f"total appointments in {wk[k]}, approximately?", int(A[k] + B[k] + C[k]), "approx", "chart_value", False)
    S.q("what's happening to phone bookings over the 12 weeks", "decreasing", "text", "trend", False)
    S.q("which channel is drawn in orange?", "Phone", "text", "colour", True)


# 9 horizontal bars ranking
def chart_hbar(S):
    r = S.rng
    S.category = "chart"
    style("fivethirtyeight")
    teams = ["Otters", "Falcons", "Badgers", "Comets", "Pilots", "Wolves", "Herons", "Lynx"]
    pts = r.sample(range(18, 64), len(teams))
    order = sorted(zip(teams, pts), key=lambda x: x[1])
    fig, ax = plt.subplots(figsize=(8.5, 5.5))
    ax.barh([t for t, _ in order], [p for _, p in order], color="#ff6b6b")
    for i, (t, p) in enumerate(order):
        ax.text(p + 0.6, i, str(p), va="center", fontsize=11)
    ax.set_title("Five-a-side league points after round 22", fontsize=14)
    ax.set_xlim(0, 70)
    fig.tight_layout()
    S.mpl("chart_hbar_league", fig)
    S.meta["content"] = "horizontal ranked bar chart with labels"
    desc = order[::-1]
    S.q("who's in third place?", desc[2][0], "text", "nth", True)
    a, b = r.sample(teams, 2)
    pa, pb = dict(pts_ := list(zip(teams, pts)))[a], dict(pts_)[b]
    S.q(f"which has fewer points, {a} or {b}?", a if pa < pb else b, "text", "choice_less", True)
    S.q(f"how many points are the {desc[0][0]} ahead of the {desc[1][0]}?", desc[0][1] - desc[1][1], "number", "difference", False)


# 10 single line with rate question
def chart_line_rate(S):
    r = S.rng
    S.category = "chart"
    style("bmh")
    yrs = list(range(2017, 2026))
    v = [r.randint(800, 1200)]
    for _ in yrs[1:]:
        v.append(v[-1] + r.randint(60, 260))
    fig, ax = plt.subplots(figsize=(8.5, 4.8))
    ax.plot(yrs, v, marker="o", color="#6a0572")
    for x, y in zip(yrs, v):
        ax.annotate(f"{y:,}", (x, y), xytext=(0, 8), textcoords="offset points", ha="center", fontsize=9)
    ax.set_title("Registered members, community cycling club")
    ax.set_xticks(yrs)
    ax.set_ylim(min(v) - 200, max(v) + 300)
    fig.tight_layout()
    S.mpl("chart_line_members", fig)
    S.meta["content"] = "single-series line chart with point labels, 2017-2025"
    g = (v[-1] - v[0]) / (len(yrs) - 1)
    S.q("on average how many members did they add per year from 2017 to 2025? (1 dp)", f"{g:.1f}", "number", "rate", False)
    S.q("how many members in 2021", f"{v[4]:,}", "number", "chart_value", True)
    inc = [v[i + 1] - v[i] for i in range(len(v) - 1)]
    if inc.count(max(inc)) == 1:
        k = int(np.argmax(inc))
        S.q("which year saw the biggest jump in members compared to the year before?", str(yrs[k + 1]), "text", "argmax", True)


# 11 histogram-like bucket bars
def chart_hist(S):
    r = S.rng
    S.category = "chart"
    style("default")
    buckets = ["0-9", "10-19", "20-29", "30-39", "40-49", "50-59", "60+"]
    vals = [r.randint(2, 45) for _ in buckets]
    if r.random() < 0.5:
        vals[-1] = 0
    fig, ax = plt.subplots(figsize=(8, 4.8))
    ax.bar(buckets, vals, color="#4361ee", edgecolor="black", width=1.0)
    ax.set_xlabel("Wait time (minutes)"); ax.set_ylabel("Number of calls")
    ax.set_title("Support line: distribution of wait times, 14 Nov")
    ax.set_yticks(range(0, 51, 5))
    ax.grid(axis="y", alpha=0.3)
    fig.tight_layout()
    S.mpl("chart_hist_waits", fig)
    S.meta["content"] = "histogram-style bar chart without labels"
    k = r.randrange(len(buckets))
    S.q(f"roughly how many calls waited {buckets[k]} minutes?", vals[k], "approx", "chart_value", False)
    if vals.count(max(vals)) == 1:
        S.q("what's the most common wait time bucket", buckets[int(np.argmax(vals))], "text", "argmax", True)
    S.q("were there any calls waiting 60 minutes or more?", "yes" if vals[-1] > 0 else "no", "yesno", "exists", False)


# 12 dual axis bar + line
def chart_dual(S):
    r = S.rng
    S.category = "chart"
    style("default")
    m = MONTHS
    rain = [r.randint(10, 220) for _ in m]
    temp = [round(12 + 10 * np.sin((k - 3) / 12 * 2 * np.pi) + r.uniform(-1.5, 1.5), 1) for k in range(12)]
    fig, ax = plt.subplots(figsize=(9.5, 5))
    ax.bar(m, rain, color="#8ecae6", label="Rainfall (mm)")
    ax.set_ylabel("Rainfall (mm)")
    ax.set_ylim(0, 250)
    ax2 = ax.twinx()
    ax2.plot(m, temp, color="#d62828", marker="o", label="Mean temp (°C)")
    for k, t in enumerate(temp):
        ax2.annotate(f"{t}", (k, t), xytext=(0, 7), textcoords="offset points", ha="center", fontsize=8.5, color="#d62828")
    ax2.set_ylabel("Mean temperature (°C)")
    ax2.set_ylim(-5, 30)
    ax.set_title("Climate at a hill weather station, 2024")
    h1, l1 = ax.get_legend_handles_labels(); h2, l2 = ax2.get_legend_handles_labels()
    ax.legend(h1 + h2, l1 + l2, loc="upper left")
    fig.tight_layout()
    S.mpl("chart_dual_climate", fig)
    S.meta["content"] = "dual-axis chart: rainfall bars + labelled temperature line"
    if temp.count(max(temp)) == 1:
        S.q("warmest month?", m[int(np.argmax(temp))], "text", "argmax", True)
    k = r.randrange(12)
    S.q(f"about how much rain fell in {m[k]}?", rain[k], "approx", "chart_value", False)
    S.q("what was the average temperature across the year? one decimal", f"{sum(temp)/12:.1f}", "number", "mean", False)


# 13 three series with markers
def chart_three_lines(S):
    r = S.rng
    S.category = "chart"
    style("seaborn-v0_8-white")
    q = ["Q1 24", "Q2 24", "Q3 24", "Q4 24", "Q1 25", "Q2 25", "Q3 25"]
    ser = {"Basic": [], "Plus": [], "Pro": []}
    for s in ser:
        base = r.randint(10, 40)
        v = [base]
        for _ in q[1:]:
            v.append(max(5, v[-1] + r.randint(-4, 9)))
        ser[s] = v
    fig, ax = plt.subplots(figsize=(9, 5))
    for (s, v), mk, c in zip(ser.items(), ["o", "^", "D"], ["#118ab2", "#ef476f", "#06d6a0"]):
        ax.plot(q, v, marker=mk, label=s, color=c, linewidth=2)
        ax.annotate(str(v[-1]), (len(q) - 1, v[-1]), xytext=(8, -3), textcoords="offset points", color=c, fontsize=10, fontweight="bold")
    ax.set_xlim(-0.3, len(q) - 0.4)
    ax.set_ylabel("Subscribers (thousands)")
    ax.set_title("Subscribers by plan")
    ax.legend(loc="upper left")
    ax.grid(alpha=0.3)
    fig.tight_layout()
    S.mpl("chart_lines_plans", fig)
    S.meta["content"] = "three-series line chart, latest values labelled"
    last = {s: v[-1] for s, v in ser.items()}
    if len(set(last.values())) == 3:
        S.q("which plan has the most subscribers in the latest quarter?", max(last, key=last.get), "text", "latest", True)
    s = r.choice(list(ser))
    S.q(f"how many thousand subscribers does {s} have now (Q3 25)?", last[s], "number", "chart_value", True)
    a, b = "Plus", "Pro"
    if abs(ser[a][0] - ser[b][0]) >= 4:
        S.q(f"in Q1 24, did {a} have fewer subscribers than {b}?", "yes" if ser[a][0] < ser[b][0] else "no", "yesno", "compare_less", False)


SCENES = [chart_bar_values, chart_grouped, chart_stacked, chart_lines_cross, chart_pie, chart_donut, chart_scatter, chart_area,
          chart_hbar, chart_line_rate, chart_hist, chart_dual, chart_three_lines]
