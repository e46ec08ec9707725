"""Charts (matplotlib)."""
import calendar
import datetime as dt
import os
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from matplotlib.text import Text
from common import rng_for, register, q, IMG_DIR, fmtnum, MONTHS

MON = [m[:3] for m in MONTHS]


def save(fig, file, kind, theme, content):
    fig.canvas.draw()
    txt = "\n".join(t.get_text() for t in fig.findobj(Text))
    fig.savefig(os.path.join(IMG_DIR, file), dpi=100, metadata={"Software": None}, facecolor=fig.get_facecolor())
    plt.close(fig)
    register(file, kind, theme, "chart", content, "matplotlib", txt)


def c_calendar_heatmap():
    r = rng_for("calheat")
    y, m = 2024, r.choice([3, 5, 10])
    nd = calendar.monthrange(y, m)[1]
    vals = [0 if r.random() < 0.2 else r.randint(1, 14) for _ in range(nd)]
    mx = max(vals)
    while vals.count(mx) > 1:
        vals[vals.index(mx)] -= 1
        mx = max(vals)
    fig, ax = plt.subplots(figsize=(8.4, 6.2), dpi=100)
    first = dt.date(y, m, 1).weekday()
    cmap = plt.get_cmap("Greens")
    for d in range(nd):
        pos = first + d
        row, col = pos // 7, pos % 7
        v = vals[d]
        ax.add_patch(plt.Rectangle((col, -row), 0.94, 0.94, color=cmap(0.08 + 0.85 * v / mx), ec="white"))
        ax.text(col + 0.07, -row + 0.78, str(d + 1), fontsize=8, color="#555")
        ax.text(col + 0.47, -row + 0.35, str(v), fontsize=15, ha="center", va="center", weight="bold", color="white" if v > mx * 0.55 else "#222")
    for i, dn in enumerate(["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]):
        ax.text(i + 0.47, 1.1, dn, ha="center", fontsize=11)
    rows = (first + nd - 1) // 7
    ax.set_xlim(-0.1, 7.05)
    ax.set_ylim(-rows - 0.1, 1.4)
    ax.axis("off")
    ax.set_title(f"Commits per day — {MONTHS[m - 1]} {y}", fontsize=15, loc="left")
    f = "chart_calendar_heatmap.png"
    save(fig, f, "calendar heatmap with numbers", "light green", "daily commit counts for one month")
    d = r.randrange(nd)
    q(f, f"how many commits on {MONTHS[m - 1]} {d + 1}?", vals[d], "number", "chart_value", True)
    best = vals.index(mx)
    q(f, "which day had the most commits", f"{MONTHS[m - 1]} {best + 1}", "date", "argmax", False)
    q(f, "count the days with zero commits", vals.count(0), "count", "count", False)


def c_nightingale():
    r = rng_for("rose")
    vals = [r.randint(12, 160) for _ in range(12)]
    while len(set(vals)) < 12:
        vals = [r.randint(12, 160) for _ in range(12)]
    fig = plt.figure(figsize=(7, 7), dpi=100)
    ax = fig.add_subplot(111, projection="polar")
    th = np.linspace(0, 2 * np.pi, 12, endpoint=False)
    ax.bar(th, vals, width=2 * np.pi / 12 * 0.95, color=plt.cm.twilight_shifted(np.linspace(0.1, 0.9, 12)), edgecolor="white", align="edge")
    ax.set_theta_zero_location("N")
    ax.set_theta_direction(-1)
    ax.set_xticks(th + np.pi / 12)
    ax.set_xticklabels(MON)
    ax.set_yticks([40, 80, 120, 160])
    ax.set_yticklabels(["40", "80", "120", "160 mm"], fontsize=8)
    ax.set_title("Monthly rainfall, Galway 2023 (mm)", pad=18, fontsize=14)
    f = "chart_nightingale_rose.png"
    save(fig, f, "nightingale / polar rose chart, no value labels", "light, twilight colours", "12 monthly rainfall values")
    q(f, "wettest month?", MON[vals.index(max(vals))], "text", "argmax", True)
    q(f, "driest month", MON[vals.index(min(vals))], "text", "argmin", True)
    k = r.randrange(12)
    q(f, f"about how much rain in {MONTHS[k]}", vals[k], "approx", "chart_value", False)


def c_stream():
    r = rng_for("stream")
    years = list(range(2015, 2025))
    series = {"Podcasts": [], "Streaming": [], "Radio": [], "Vinyl & CD": []}
    base = {"Podcasts": 5, "Streaming": 20, "Radio": 60, "Vinyl & CD": 25}
    slope = {"Podcasts": 3.5, "Streaming": 7.0, "Radio": -3.0, "Vinyl & CD": -1.2}
    for k in series:
        for i, _ in enumerate(years):
            series[k].append(round(max(3, base[k] + slope[k] * i + r.uniform(-3, 3)), 1))
    fig, ax = plt.subplots(figsize=(11.5, 5.6), dpi=100)
    plt.style.use("default")
    ys = np.array([series[k] for k in series])
    ax.stackplot(years, ys, labels=list(series), baseline="wiggle", colors=["#f4a261", "#2a9d8f", "#264653", "#e76f51"], alpha=0.92)
    ax.legend(loc="upper left", frameon=False, ncol=4)
    ax.set_yticks([])
    for s in ["left", "right", "top"]:
        ax.spines[s].set_visible(False)
    ax.set_xticks(years)
    ax.set_title("Weekly listening hours by format (streamgraph, per 100 listeners)", fontsize=13, loc="left")
    f = "chart_streamgraph.png"
    save(fig, f, "streamgraph (stacked area, wiggle baseline)", "light, earthy palette", "4 audio formats 2015–2024")
    last = {k: v[-1] for k, v in series.items()}
    q(f, "which format is biggest in 2024", max(last, key=last.get), "text", "argmax", True)
    first = {k: v[0] for k, v in series.items()}
    q(f, "in 2015 which was the thinnest band", min(first, key=first.get), "text", "argmin", True)
    # first year streaming > radio
    yr = next(y for y, s, rr in zip(years, series["Streaming"], series["Radio"]) if s > rr)
    q(f, "from what year is streaming bigger than radio?", yr, "number", "overtakes", True)


def c_gantt():
    r = rng_for("gantt")
    tasks = ["Discovery", "UX research", "Wireframes", "Visual design", "Backend API", "Frontend build", "QA & fixes", "Launch prep"]
    start = dt.date(2024, 3, 4)
    rows = []
    cur = start
    dlist = r.sample(range(5, 31), len(tasks))
    for i, t in enumerate(tasks):
        dur = dlist[i]
        s = cur if i == 0 else rows[-1][1] + dt.timedelta(days=-r.randint(0, 6))
        s = max(s, start)
        rows.append((t, s + dt.timedelta(days=dur), s, dur))
    durs = [x[3] for x in rows]
    while len(set(durs)) < len(durs):
        raise AssertionError("dup durations")
    fig, ax = plt.subplots(figsize=(12, 5.2), dpi=100)
    cols = plt.cm.tab10(np.arange(len(rows)))
    for i, (t, e, s, d) in enumerate(rows):
        ax.barh(i, d, left=matplotlib.dates.date2num(s), color=cols[i], height=0.6)
        ax.text(matplotlib.dates.date2num(s) + d + 0.6, i, f"{s.day} {MON[s.month - 1]} · {d} d", va="center", fontsize=9)
    ax.set_yticks(range(len(rows)))
    ax.set_yticklabels([x[0] for x in rows])
    ax.invert_yaxis()
    ax.xaxis_date()
    ax.xaxis.set_major_formatter(matplotlib.dates.DateFormatter("%d %b"))
    ax.grid(axis="x", ls=":", alpha=0.6)
    ax.set_title("Website relaunch — project plan", loc="left", fontsize=14, weight="bold")
    fig.tight_layout()
    f = "chart_gantt.png"
    save(fig, f, "gantt chart with start/duration labels", "light, tab10", "8 project tasks")
    lg = max(rows, key=lambda x: x[3])
    q(f, "which task takes the longest", lg[0], "text", "argmax", True)
    k = r.randrange(1, len(rows))
    q(f, f"when does {rows[k][0]} start", f"{rows[k][2].day} {MON[rows[k][2].month - 1]}", "date", "lookup", True)
    q(f, "what's the last task in the plan", rows[-1][0], "text", "nth", True)


def c_violin():
    r = rng_for("violin")
    regions = ["eu-west", "us-east", "ap-south", "sa-east", "af-south"]
    data = []
    med = []
    for i, g in enumerate(regions):
        mu = r.uniform(60, 260)
        rs = np.random.RandomState(abs(hash(g)) % 1000 + 30917 % 97) if False else np.random.RandomState(30917 + i)
        x = rs.lognormal(np.log(mu), 0.35, 400)
        data.append(x)
        med.append(int(round(float(np.median(x)))))
    fig, ax = plt.subplots(figsize=(10, 5.6), dpi=100)
    fig.patch.set_facecolor("#1e1e24")
    ax.set_facecolor("#1e1e24")
    parts = ax.violinplot(data, showmedians=True)
    for b in parts["bodies"]:
        b.set_facecolor("#c77dff")
        b.set_alpha(0.7)
    for k in ("cbars", "cmins", "cmaxes", "cmedians"):
        parts[k].set_color("#e0e0e0")
    for i, m in enumerate(med):
        ax.text(i + 1.2, m, f"median\n{m} ms", color="white", fontsize=9, va="center", bbox=dict(fc="#1e1e24", ec="none", alpha=0.8))
    ax.set_xticks(range(1, 6))
    ax.set_xticklabels(regions, color="white")
    ax.tick_params(colors="white")
    ax.set_ylabel("latency (ms)", color="white")
    ax.set_title("API latency distribution by region", color="white", fontsize=14)
    for s in ax.spines.values():
        s.set_color("#555")
    f = "chart_violin_latency.png"
    save(fig, f, "violin plot with median labels", "dark", "latency distributions for 5 regions")
    q(f, "which region has the highest median latency", regions[med.index(max(med))], "text", "argmax", True)
    k = r.randrange(5)
    q(f, f"median for {regions[k]}?", f"{med[k]} ms", "number", "chart_value", True)
    a, b = r.sample(range(5), 2)
    q(f, f"is {regions[a]} faster than {regions[b]} (by median)", "yes" if med[a] < med[b] else "no", "yesno", "compare_less", False)


def _squarify(vals, x, y, w, h):
    # simple slice-and-dice by alternating orientation (good enough for labels)
    rects = []
    tot = sum(vals)
    horiz = w >= h
    off = 0
    for v in vals:
        if horiz:
            ww = w * v / tot
            rects.append((x + off, y, ww, h))
            off += ww
        else:
            hh = h * v / tot
            rects.append((x, y + off, w, hh))
            off += hh
    return rects


def c_treemap():
    r = rng_for("treemap")
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Utilities", "Kids", "Savings", "Health", "Fun"]
    vals = sorted(r.sample(range(60, 1400, 10), len(cats)), reverse=True)
    vals[0] = max(vals[0], 1500)
    fig, ax = plt.subplots(figsize=(11, 6.4), dpi=100)
    # two columns: first 3 in left block, rest in right block
    left, right = vals[:3], vals[3:]
    W = 1.0
    lw = W * sum(left) / sum(vals)
    rects = _squarify(left, 0, 0, lw, 1) if False else [(0, 1 - sum(left[:i + 1]) / sum(left), lw, v / sum(left)) for i, v in enumerate(left)]
    rr = []
    acc = 0
    for i, v in enumerate(right):
        hh = v / sum(right)
        rr.append((lw, 1 - acc - hh, W - lw, hh))
        acc += hh
    rects += rr
    colors = plt.cm.Set3(np.arange(len(cats)))
    for (x, y, w, h), c, v, col in zip(rects, cats, vals, colors):
        ax.add_patch(plt.Rectangle((x, y), w, h, facecolor=col, edgecolor="white", lw=3))
        fs = 13 if h > 0.12 else 9
        ax.text(x + 0.01, y + h - 0.015, f"{c}  €{v:,}", va="top", fontsize=fs, weight="bold")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.axis("off")
    ax.set_title("Household spending, October (treemap)", loc="left", fontsize=14)
    f = "chart_treemap_budget.png"
    save(fig, f, "treemap with labels", "light, Set3 pastel", "9 spending categories in €")
    k = r.randrange(1, 9)
    q(f, f"how much went on {cats[k].lower()}?", f"€{vals[k]:,}", "money", "chart_value", True)
    q(f, "share of rent in the total, in percent", f"{round(100 * vals[0] / sum(vals), 1)}%", "percent", "share", False)
    q(f, "smallest category", cats[-1], "text", "argmin", True)


def c_candlestick():
    r = rng_for("candle")
    days = [dt.date(2024, 4, 1) + dt.timedelta(days=i) for i in range(30)]
    days = [d for d in days if d.weekday() < 5][:15]
    px = r.uniform(40, 80)
    ohlc = []
    for d in days:
        o = px
        c = round(o * (1 + r.uniform(-0.04, 0.04)), 2)
        h = round(max(o, c) * (1 + r.uniform(0.002, 0.02)), 2)
        l = round(min(o, c) * (1 - r.uniform(0.002, 0.02)), 2)
        ohlc.append((d, round(o, 2), h, l, c))
        px = c
    fig, ax = plt.subplots(figsize=(11, 5.5), dpi=100)
    for i, (d, o, h, l, c) in enumerate(ohlc):
        col = "#26a69a" if c >= o else "#ef5350"
        ax.vlines(i, l, h, color=col, lw=1.2)
        ax.add_patch(plt.Rectangle((i - 0.3, min(o, c)), 0.6, max(abs(c - o), 0.02), color=col))
    ax.set_xticks(range(len(ohlc)))
    ax.set_xticklabels([f"{d.day:02d}.{d.month:02d}" for d, *_ in ohlc], rotation=0, fontsize=9)
    ax.yaxis.tick_right()
    ax.grid(alpha=0.25)
    ax.set_title("TKNS · daily candles, April 2024 (TRY)", loc="left", fontsize=13)
    ax.set_xlim(-0.8, len(ohlc) - 0.2)
    f = "chart_candlestick.png"
    save(fig, f, "candlestick chart (no value labels)", "light, teal/red candles", "15 trading days OHLC")
    k = r.randrange(len(ohlc))
    d, o, h, l, c = ohlc[k]
    q(f, f"was {d.day:02d}.{d.month:02d} a green (up) day?", "yes" if c >= o else "no", "yesno", "colour", False)
    q(f, "roughly where did it close on the last day", ohlc[-1][4], "approx", "chart_value", False)
    hi = max(ohlc, key=lambda x: x[2])
    q(f, "which day hit the highest high", f"{hi[0].day:02d}.{hi[0].month:02d}", "date", "argmax", True)


def c_boxplot():
    r = rng_for("box")
    depts = ["Support", "Sales", "Marketing", "Engineering", "Finance"]
    data, meds = [], []
    for i, d in enumerate(depts):
        rs = np.random.RandomState(30917 + 50 + i)
        mu = r.uniform(2200, 5200)
        x = rs.normal(mu, mu * 0.15, 60)
        data.append(x)
        meds.append(float(np.median(x)))
    fig, ax = plt.subplots(figsize=(10, 5.6), dpi=100)
    ax.boxplot(data, vert=False, patch_artist=True, boxprops=dict(facecolor="#ffe8a3", color="#7a5c00"), medianprops=dict(color="#c0392b", lw=2))
    ax.set_yticks(range(1, 6))
    ax.set_yticklabels(depts)
    ax.set_xlabel("gross monthly salary (€)")
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Salary spread by department (Dublin office)", loc="left", fontsize=13)
    f = "chart_boxplot_salaries.png"
    save(fig, f, "horizontal box plot, no value labels", "light yellow boxes", "salary distributions of 5 departments")
    q(f, "which dept has the highest median salary", depts[int(np.argmax(meds))], "text", "argmax", True)
    k = r.randrange(5)
    q(f, f"approximately what is the median for {depts[k]}", round(meds[k], 0), "approx", "chart_value", False)


def c_waterfall():
    r = rng_for("waterfall")
    start = r.randint(120, 200)
    steps = [("Sales", r.randint(60, 140)), ("Services", r.randint(10, 60)), ("Payroll", -r.randint(50, 120)),
             ("Rent", -r.randint(10, 30)), ("Marketing", -r.randint(10, 45)), ("Tax", -r.randint(8, 30)), ("Grants", r.randint(5, 25))]
    end = start + sum(v for _, v in steps)
    fig, ax = plt.subplots(figsize=(11, 5.8), dpi=100)
    labels = ["Opening"] + [s for s, _ in steps] + ["Closing"]
    ax.bar(0, start, color="#5470c6")
    ax.text(0, start + 3, f"{start}", ha="center")
    acc = start
    for i, (s, v) in enumerate(steps, 1):
        b = acc if v >= 0 else acc + v
        ax.bar(i, abs(v), bottom=b, color="#91cc75" if v >= 0 else "#ee6666")
        ax.text(i, b + abs(v) + 3, f"{'+' if v >= 0 else '−'}{abs(v)}", ha="center")
        acc += v
    ax.bar(len(labels) - 1, end, color="#5470c6")
    ax.text(len(labels) - 1, end + 3, f"{end}", ha="center", weight="bold")
    ax.set_xticks(range(len(labels)))
    ax.set_xticklabels(labels)
    ax.set_ylabel("k€")
    for s in ["top", "right"]:
        ax.spines[s].set_visible(False)
    ax.set_title("Cash bridge Q2 (k€)", loc="left", fontsize=14)
    f = "chart_waterfall_cash.png"
    save(fig, f, "waterfall chart with printed deltas", "light, echarts palette", "opening, 7 movements, closing")
    q(f, "closing cash?", end, "number", "chart_value", True)
    neg = min(steps, key=lambda x: x[1])
    q(f, "biggest outflow", neg[0], "text", "argmin", True)
    q(f, "sales plus services, in k€", steps[0][1] + steps[1][1], "number", "sum", False)


def c_funnel():
    r = rng_for("funnel")
    stages = ["Visited product page", "Added to cart", "Started checkout", "Entered payment", "Purchased"]
    v = [r.randint(30000, 60000)]
    for _ in stages[1:]:
        v.append(int(v[-1] * r.uniform(0.35, 0.8)))
    fig, ax = plt.subplots(figsize=(10, 5.8), dpi=100)
    fig.patch.set_facecolor("#fbf7f0")
    ax.set_facecolor("#fbf7f0")
    mx = v[0]
    cols = ["#003f5c", "#58508d", "#bc5090", "#ff6361", "#ffa600"]
    for i, (s, x) in enumerate(zip(stages, v)):
        ax.barh(-i, x, left=(mx - x) / 2, color=cols[i], height=0.8)
        if x > mx * 0.3:
            ax.text(mx / 2, -i, f"{x:,}", ha="center", va="center", color="white", weight="bold", fontsize=12)
        else:
            ax.text((mx + x) / 2 + mx * 0.015, -i, f"{x:,}", ha="left", va="center", color="#222", weight="bold", fontsize=12)
        ax.text(-mx * 0.02, -i, s, ha="right", va="center", fontsize=11)
    ax.set_xlim(-mx * 0.45, mx * 1.02)
    ax.axis("off")
    ax.set_title("Checkout funnel — last 7 days", fontsize=14)
    f = "chart_funnel_checkout.png"
    save(fig, f, "funnel chart with printed counts", "cream, purple-orange palette", "5 stages")
    q(f, "how many people dropped off between cart and checkout", v[1] - v[2], "number", "difference", False)
    q(f, "what % of visitors ended up purchasing", f"{round(100 * v[4] / v[0], 1)}%", "percent", "ratio", False)
    q(f, "purchases?", f"{v[4]:,}", "number", "chart_value", True)


def c_dumbbell():
    r = rng_for("dumbbell")
    cs = ["Kenya", "Ghana", "Morocco", "Vietnam", "Philippines", "Bangladesh", "Peru"]
    a = [round(r.uniform(20, 70), 1) for _ in cs]
    b = [round(x + r.uniform(-5, 30), 1) for x in a]
    gains = [round(y - x, 1) for x, y in zip(a, b)]
    assert len(set(gains)) == len(gains)
    fig, ax = plt.subplots(figsize=(10, 5.6), dpi=100)
    for i, (x, y) in enumerate(zip(a, b)):
        ax.plot([x, y], [i, i], color="#bbb", lw=3, zorder=1)
        ax.scatter([x], [i], color="#8d99ae", s=90, zorder=2)
        ax.scatter([y], [i], color="#d62828", s=90, zorder=2)
        ax.text(x, i + 0.28, f"{x}", ha="center", fontsize=9, color="#555")
        ax.text(y, i + 0.28, f"{y}", ha="center", fontsize=9, color="#d62828")
    ax.set_yticks(range(len(cs)))
    ax.set_yticklabels(cs)
    ax.scatter([], [], color="#8d99ae", label="2019")
    ax.scatter([], [], color="#d62828", label="2024")
    ax.legend(loc="lower right")
    ax.set_xlabel("% of adults using mobile banking")
    ax.set_ylim(-0.6, len(cs) - 0.3)
    ax.grid(axis="x", alpha=0.3)
    ax.set_title("Mobile banking adoption, 2019 → 2024", loc="left", fontsize=13)
    f = "chart_dumbbell_adoption.png"
    save(fig, f, "dumbbell chart with printed values", "light, grey→red", "7 countries, 2019 vs 2024")
    g = cs[int(np.argmax(gains))]
    q(f, "which country gained the most between 2019 and 2024", g, "text", "argmax", True)
    k = r.randrange(len(cs))
    q(f, f"{cs[k]} in 2024?", b[k], "percent", "chart_value", True)
    k2 = r.randrange(len(cs))
    q(f, f"change for {cs[k2]} from 2019 to 2024 (2024 minus 2019)", gains[k2], "number", "subtract", False)


def c_lines_overtake():
    r = rng_for("lines")
    months = MON
    a = [round(300 + 28 * i + r.uniform(-15, 15)) for i in range(12)]
    b = [round(520 - 8 * i + r.uniform(-15, 15)) for i in range(12)]
    c = [round(150 + 10 * i + r.uniform(-20, 20)) for i in range(12)]
    cross = next(i for i in range(12) if a[i] > b[i])
    assert all(a[i] <= b[i] for i in range(cross)) and all(a[i] > b[i] for i in range(cross, 12))
    plt.style.use("ggplot")
    fig, ax = plt.subplots(figsize=(11.5, 5.8), dpi=100)
    ax.plot(months, a, marker="o", label="E-bikes")
    ax.plot(months, b, marker="s", label="City bikes")
    ax.plot(months, c, marker="^", label="Cargo bikes")
    ax.legend()
    ax.set_ylabel("units sold")
    ax.set_title("Bike shop sales by type, 2023")
    f = "chart_lines_overtake.png"
    save(fig, f, "line chart, 3 series, markers, no value labels", "ggplot grey", "monthly units by bike type")
    plt.style.use("default")
    q(f, "in which month did e-bikes overtake city bikes", months[cross], "text", "overtakes", True)
    k = r.randrange(12)
    q(f, f"approx how many cargo bikes in {MONTHS[k]}", c[k], "approx", "chart_value", False)
    q(f, "which type sold the most in December", max([("E-bikes", a[11]), ("City bikes", b[11]), ("Cargo bikes", c[11])], key=lambda x: x[1])[0], "text", "argmax", True)


def c_donut():
    r = rng_for("donut")
    cats = ["Mobile", "Desktop", "Tablet", "Smart TV", "Console"]
    colors = ["orange", "royalblue", "green", "purple", "red"]
    cnames = ["orange", "blue", "green", "purple", "red"]
    raw = [r.randint(5, 60) for _ in cats]
    tot = sum(raw)
    pct = [round(100 * x / tot, 1) for x in raw]
    fig, ax = plt.subplots(figsize=(8, 6.2), dpi=100)
    fig.patch.set_facecolor("#202124")
    w, _ = ax.pie(raw, colors=colors, startangle=90, counterclock=False, wedgeprops=dict(width=0.38, edgecolor="#202124"))
    for wd, p in zip(w, pct):
        ang = np.deg2rad((wd.theta1 + wd.theta2) / 2)
        ax.text(0.81 * np.cos(ang), 0.81 * np.sin(ang), f"{p}%", ha="center", va="center", color="white", fontsize=10, weight="bold")
    ax.text(0, 0, f"{tot * 1000:,}\nsessions", ha="center", va="center", color="white", fontsize=14)
    ax.legend(w, cats, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, labelcolor="white")
    ax.set_title("Streams by device", color="white", fontsize=14)
    fig.tight_layout()
    f = "chart_donut_devices.png"
    save(fig, f, "donut chart with % labels and legend", "dark", "5 device shares")
    k = r.randrange(5)
    q(f, f"what share is {cats[k]}", f"{pct[k]}%", "percent", "share", True)
    k2 = r.choice([i for i in range(5) if i != k])
    q(f, f"what colour is the {cats[k2]} slice", cnames[k2], "text", "colour", False)
    a, b = r.sample(range(5), 2)
    q(f, f"{cats[a]} or {cats[b]}, which is bigger", cats[a] if raw[a] > raw[b] else cats[b], "text", "choice_more", True)


ALL = [c_calendar_heatmap, c_nightingale, c_stream, c_gantt, c_violin, c_treemap, c_candlestick, c_boxplot, c_waterfall,
       c_funnel, c_dumbbell, c_lines_overtake, c_donut]
