"""Charts (matplotlib, Agg) and a PIL shapes diagram."""
import os
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib.text import Text  # noqa: E402

from common import IMG, TEXTS, q, meta, rng, Canvas, font  # noqa: E402

plt.rcParams["svg.hashsalt"] = "44687"


def save(fig, name):
    fn = name + ".png"
    fig.savefig(os.path.join(IMG, fn), dpi=100, metadata={"Software": None}, bbox_inches="tight", pad_inches=0.25)
    TEXTS[fn] = "\n".join(t.get_text() for t in fig.findobj(Text) if t.get_visible())
    plt.close(fig)
    return fn


def hstack100():
    R = rng("hstack100")
    depts = ["Engineering", "Sales", "Support", "Marketing", "Finance", "Operations"]
    cats = ["Strongly disagree", "Disagree", "Neutral", "Agree", "Strongly agree"]
    cols = ["#b2182b", "#ef8a62", "#d9d9d9", "#67a9cf", "#2166ac"]
    data = {}
    for d in depts:
        w = [R.randint(2, 30) for _ in cats]
        s = sum(w)
        p = [round(100 * x / s) for x in w]
        p[2] += 100 - sum(p)
        data[d] = p
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(12, 5.2))
        for i, d in enumerate(depts):
            left = 0
            for j, v in enumerate(data[d]):
                ax.barh(i, v, left=left, color=cols[j], edgecolor="white", height=0.7, label=cats[j] if i == 0 else None)
                if v >= 5:
                    ax.text(left + v / 2, i, f"{v}%", ha="center", va="center", fontsize=10, color="white" if j in (0, 4) else "black")
                left += v
        ax.set_yticks(range(len(depts)), depts)
        ax.invert_yaxis()
        ax.set_xlim(0, 100)
        ax.set_xticks([])
        for s in ("top", "right", "bottom"):
            ax.spines[s].set_visible(False)
        ax.set_title("“I have the tools I need to do my job well” — staff survey 2025", loc="left", fontsize=14, fontweight="bold")
        ax.legend(ncol=5, loc="lower center", bbox_to_anchor=(0.5, -0.14), frameon=False)
        fig.tight_layout()
        fn = save(fig, "chart_likert_100pct")
    sd = max(depts, key=lambda d: data[d][0])
    assert sum(1 for d in depts if data[d][0] == data[sd][0]) == 1
    agree_pos = {d: data[d][3] + data[d][4] for d in depts}
    best = max(depts, key=lambda d: agree_pos[d])
    assert sum(1 for d in depts if agree_pos[d] == agree_pos[best]) == 1
    q(fn, "what % of Sales agree (just 'Agree', not strongly)", f"{data['Sales'][3]}%", "percent", "share")
    q(fn, "which department has the biggest strongly-disagree share", sd, "text", "argmax", literal=False)
    q(fn, "which dept is most positive overall (agree + strongly agree)?", best, "text", "argmax", literal=False)
    meta(fn, "matplotlib 100% stacked horizontal bars", "default, diverging palette", "chart", "Likert survey by department, printed %")


def step_line():
    R = rng("step_line")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    v = 120
    vals = []
    for m in months:
        v += R.choice([0, 0, 20, 40, 60, -20])
        vals.append(v)
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9, 4.8))
        ax.step(range(12), vals, where="post", lw=2.4, color="#7a1fa2")
        ax.set_xticks(range(12), months)
        ax.set_ylim(0, max(vals) + 60)
        ax.set_ylabel("Licensed seats")
        ax.set_title("Active licensed seats, 2024 (end of month)")
        fig.tight_layout()
        fn = save(fig, "chart_step_seats")
    q(fn, "roughly how many seats were there in June", str(vals[5]), "approx", "chart_value", literal=False)
    mx = max(vals)
    first = months[vals.index(mx)]
    q(fn, "in which month did the seat count first reach its peak", first, "text", "argmax", literal=False)
    meta(fn, "matplotlib step line", "bmh", "chart", "step line of seats per month, no value labels")


def lollipop():
    R = rng("lollipop")
    cities = ["Lisbon", "Porto", "Valencia", "Seville", "Málaga", "Bilbao", "Zaragoza", "Braga", "Granada"]
    vals = R.sample(range(28, 96), len(cities))
    order = sorted(range(len(cities)), key=lambda i: vals[i])
    with plt.style.context("seaborn-v0_8-white"):
        fig, ax = plt.subplots(figsize=(8, 6))
        ys = range(len(cities))
        cs = [cities[i] for i in order]
        vs = [vals[i] for i in order]
        ax.hlines(ys, 0, vs, color="#9aa5b1", lw=2)
        ax.plot(vs, ys, "o", ms=12, color="#e4572e")
        for y, v in zip(ys, vs):
            ax.text(v + 2.5, y, str(v), va="center", fontsize=11)
        ax.set_yticks(ys, cs)
        ax.set_xlim(0, 110)
        ax.set_xlabel("Average nightly rent for a studio (€)")
        ax.set_title("Short-term studio rent, Iberian cities (Mar 2025)", fontsize=13)
        fig.tight_layout()
        fn = save(fig, "chart_lollipop_rent")
    lo = cities[vals.index(min(vals))]
    q(fn, "cheapest city?", lo, "text", "argmin")
    q(fn, "what's the value for Bilbao", str(vals[cities.index("Bilbao")]), "money", "chart_value")
    q(fn, "how much more expensive is Lisbon than Porto per night", str(abs(vals[0] - vals[1])), "money", "difference", literal=False)
    meta(fn, "matplotlib lollipop chart", "seaborn white", "chart", "horizontal lollipop with value labels")


def grouped_err():
    R = rng("grouped_err")
    groups = ["Control", "Dose 5 mg", "Dose 10 mg", "Dose 20 mg"]
    series = ["Week 2", "Week 6", "Week 12"]
    vals = [[round(R.uniform(10, 60), 1) for _ in series] for _ in groups]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9.5, 5.2))
        w = 0.26
        for j, s in enumerate(series):
            xs = [i + (j - 1) * w for i in range(len(groups))]
            ax.bar(xs, [vals[i][j] for i in range(len(groups))], w, yerr=[3] * len(groups), capsize=4, label=s)
        ax.set_xticks(range(len(groups)), groups)
        ax.set_ylabel("Symptom reduction (%)")
        ax.set_title("Symptom reduction by dose and visit")
        ax.legend()
        fig.tight_layout()
        fn = save(fig, "chart_grouped_errbars")
    a, b = vals[2][2], vals[3][2]
    q(fn, "about what value does the 10 mg group reach at week 12", str(a), "approx", "chart_value", literal=False)
    q(fn, "at week 6, which is higher: control or 5 mg?", "Control" if vals[0][1] > vals[1][1] else "Dose 5 mg", "text", "choice_more", literal=False)
    meta(fn, "matplotlib grouped bars with error bars", "ggplot", "chart", "3 series × 4 groups, no value labels")


def multiline():
    years = list(range(2016, 2026))
    R = rng("multiline")
    a = [40 + 2 * i + R.uniform(-0.5, 0.5) for i in range(10)]
    b = [12 + 6.5 * i + R.uniform(-0.5, 0.5) for i in range(10)]
    c = [30 + 1.0 * i + R.uniform(-0.5, 0.5) for i in range(10)]
    a, b, c = ([round(x, 1) for x in s] for s in (a, b, c))
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(10, 5))
        ax.plot(years, a, marker="o", label="Oil", color="#ffb347")
        ax.plot(years, b, marker="s", label="Solar", color="#ffe066")
        ax.plot(years, c, marker="^", label="Wind", color="#6ec6ff")
        ax.set_title("Installed capacity by source (GW), fictional grid")
        ax.set_xticks(years)
        ax.grid(alpha=0.25)
        ax.legend(loc="upper left")
        fig.tight_layout()
        fn = save(fig, "chart_lines_overtake")
    sol_oil = next(y for y, x, z in zip(years, b, a) if x > z)
    sol_wind = next(y for y, x, z in zip(years, b, c) if x > z)
    q(fn, "in what year does solar overtake oil", str(sol_oil), "text", "overtakes", literal=True)
    q(fn, "when did solar first pass wind?", str(sol_wind), "text", "overtakes", literal=True)
    q(fn, "approximately what is wind capacity in 2020", str(c[years.index(2020)]), "approx", "chart_value", literal=False)
    meta(fn, "matplotlib multi-line", "dark_background", "chart", "3-series line with two crossings, no value labels")


def dumbbell():
    countries = ["Estonia", "Latvia", "Lithuania", "Finland", "Poland", "Slovakia", "Slovenia"]
    R = rng("dumbbell")
    before = [R.randint(40, 75) for _ in countries]
    deltas = R.sample([-6, -3, 2, 4, 7, 9, 12, 15], len(countries))
    after = [b + d for b, d in zip(before, deltas)]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        for i, (x0, x1) in enumerate(zip(before, after)):
            ax.plot([x0, x1], [i, i], color="#bbbbbb", lw=3, zorder=1)
            ax.scatter([x0], [i], color="#4c72b0", s=90, zorder=2, label="2019" if i == 0 else None)
            ax.scatter([x1], [i], color="#dd8452", s=90, zorder=2, label="2024" if i == 0 else None)
            ax.text(x0, i + 0.28, str(x0), ha="center", fontsize=9, color="#4c72b0")
            ax.text(x1, i + 0.28, str(x1), ha="center", fontsize=9, color="#dd8452")
        ax.set_yticks(range(len(countries)), countries)
        ax.set_xlabel("Share of households with fibre broadband (%)")
        ax.set_title("Fibre broadband take-up, 2019 vs 2024")
        ax.legend(loc="lower right")
        ax.set_ylim(-0.6, len(countries) - 0.2)
        fig.tight_layout()
        fn = save(fig, "chart_dumbbell_fibre")
    ch = [x1 - x0 for x0, x1 in zip(before, after)]
    mx = max(ch)
    assert ch.count(mx) == 1
    i = countries.index("Poland")
    q(fn, "by how many points did Poland change between 2019 and 2024", str(abs(after[i] - before[i])), "number", "difference", literal=False)
    q(fn, "which country grew the most", countries[ch.index(mx)], "text", "argmax", literal=False)
    dec = [c for c, d in zip(countries, ch) if d < 0]
    q(fn, "did any country go down? which", "; ".join(dec) if dec else "no", "text", "exists", literal=bool(dec))
    meta(fn, "matplotlib dumbbell chart", "seaborn whitegrid", "chart", "2019 vs 2024 dumbbell with value labels")


def donut():
    labels = ["Rent", "Groceries", "Transport", "Eating out", "Savings", "Other"]
    R = rng("donut")
    w = [R.randint(5, 40) for _ in labels]
    s = sum(w)
    pct = [round(100 * x / s, 1) for x in w]
    pct[-1] = round(100 - sum(pct[:-1]), 1)
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(8, 5.5))
        cols = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"]
        wedges, _ = ax.pie(pct, colors=cols, startangle=90, counterclock=False, wedgeprops=dict(width=0.38, edgecolor="white"))
        ax.text(0, 0, "Oct 2025\n€2,640", ha="center", va="center", fontsize=14, fontweight="bold")
        ax.legend(wedges, [f"{l} — {p}%" for l, p in zip(labels, pct)], loc="center left", bbox_to_anchor=(1, 0.5), frameon=False, fontsize=12)
        ax.set_title("Where my money went", fontsize=15)
        fig.tight_layout()
        fn = save(fig, "chart_donut_budget")
    q(fn, "what share goes to transport", f"{pct[2]}%", "percent", "share")
    lo = labels[pct.index(min(pct))]
    q(fn, "smallest category?", lo, "text", "argmin", literal=False)
    q(fn, "is eating out more than groceries", "yes" if pct[3] > pct[1] else "no", "yesno", "compare_more", literal=False)
    meta(fn, "matplotlib donut with legend percentages", "default, earthy palette", "chart", "monthly budget donut, centre label")


def bubble():
    R = rng("bubble")
    names = ["Kittiwake", "Puffin", "Gannet", "Fulmar", "Razorbill", "Guillemot", "Shag", "Tern"]
    xs = R.sample(range(10, 95), len(names))
    ys = R.sample(range(5, 60), len(names))
    sz = [R.randint(80, 900) for _ in names]
    with plt.style.context("seaborn-v0_8-pastel"):
        fig, ax = plt.subplots(figsize=(9, 6))
        ax.scatter(xs, ys, s=sz, alpha=0.6, c=range(len(names)), cmap="viridis", edgecolor="k")
        for n, x, y in zip(names, xs, ys):
            ax.annotate(n, (x, y), xytext=(6, 6), textcoords="offset points", fontsize=10)
        ax.set_xlabel("Nests counted (hundreds)")
        ax.set_ylabel("Breeding success (%)")
        ax.set_title("Seabird colony survey, Hornøya 2025 (bubble = adult count)")
        ax.set_xlim(0, 105)
        ax.set_ylim(0, 68)
        fig.tight_layout()
        fn = save(fig, "chart_bubble_seabirds")
    q(fn, "which species has the highest breeding success", names[ys.index(max(ys))], "text", "argmax")
    ss = sorted(sz)
    assert ss[-1] > 1.3 * ss[-2]
    q(fn, "which bird has the biggest bubble?", names[sz.index(max(sz))], "text", "size_compare")
    q(fn, "which has more nests, Puffin or Gannet", "Puffin" if xs[1] > xs[2] else "Gannet", "text", "choice_more")
    meta(fn, "matplotlib bubble scatter", "seaborn pastel", "chart", "annotated bubble scatter, no value labels")


def area():
    R = rng("area")
    qs = ["Q1 23", "Q2 23", "Q3 23", "Q4 23", "Q1 24", "Q2 24", "Q3 24", "Q4 24"]
    s1 = [R.randint(20, 40) for _ in qs]
    s2 = [R.randint(10, 30) for _ in qs]
    s3 = [R.randint(5, 25) for _ in qs]
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(10, 5.2))
        ax.stackplot(range(len(qs)), s1, s2, s3, labels=["Web", "iOS", "Android"], alpha=0.85)
        ax.set_xticks(range(len(qs)), qs)
        ax.set_title("Orders per quarter by channel (thousands)", fontsize=15)
        ax.legend(loc="upper left")
        fig.tight_layout()
        fn = save(fig, "chart_area_channels")
    tot = [a + b + c for a, b, c in zip(s1, s2, s3)]
    q(fn, "roughly how many orders in total in Q3 24 (all channels)", str(tot[6]), "approx", "chart_value", literal=False)
    q(fn, "which quarter had the most orders overall", qs[tot.index(max(tot))], "text", "argmax", literal=True)
    assert tot.count(max(tot)) == 1
    meta(fn, "matplotlib stacked area", "fivethirtyeight", "chart", "3-series stacked area, no value labels")


def histogram():
    R = rng("histogram")
    edges = list(range(0, 70, 10))
    counts = [R.randint(2, 30) for _ in edges[:-1]]
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(8.5, 5))
        ax.bar([e + 5 for e in edges[:-1]], counts, width=10, edgecolor="#333", color="#859900")
        for e, c in zip(edges, counts):
            ax.text(e + 5, c + 0.5, str(c), ha="center", fontsize=11)
        ax.set_xticks(edges)
        ax.set_xlabel("Commute time (minutes)")
        ax.set_ylabel("Employees")
        ax.set_title("Commute times, Aarhus office (n = %d)" % sum(counts))
        fig.tight_layout()
        fn = save(fig, "chart_histogram_commute")
    i = counts.index(max(counts))
    assert counts.count(max(counts)) == 1
    q(fn, "which commute range is most common", f"{edges[i]}–{edges[i + 1]} min", "text", "argmax", literal=False)
    q(fn, "how many people commute 40 minutes or more", str(sum(counts[4:])), "count", "sum", literal=False)
    q(fn, "n?", str(sum(counts)), "count", "lookup")
    meta(fn, "matplotlib histogram with counts", "Solarize_Light2", "chart", "histogram with printed bin counts")


def waterfall():
    steps = [("Opening cash", 420), ("Sales", 315), ("Refunds", -48), ("Payroll", -210), ("Rent", -62), ("Tax rebate", 35), ("Equipment", -91)]
    with plt.style.context("classic"):
        fig, ax = plt.subplots(figsize=(10, 5.4))
        fig.patch.set_facecolor("white")
        run = 0
        for i, (n, v) in enumerate(steps):
            if i == 0:
                ax.bar(i, v, color="#555")
                run = v
                ax.text(i, v + 8, f"{v}", ha="center")
                continue
            bottom = run if v >= 0 else run + v
            ax.bar(i, abs(v), bottom=bottom, color="#2e8b57" if v >= 0 else "#c0392b")
            ax.text(i, bottom + abs(v) + 8, f"{'+' if v > 0 else '−'}{abs(v)}", ha="center")
            run += v
        ax.bar(len(steps), run, color="#1f4e79")
        ax.text(len(steps), run + 8, f"{run}", ha="center")
        ax.set_xticks(range(len(steps) + 1), [n for n, _ in steps] + ["Closing cash"], rotation=20)
        ax.set_xlim(-0.6, len(steps) + 0.6)
        ax.set_ylim(0, 800)
        ax.set_title("Cash bridge, Q3 (k NOK)")
        fig.tight_layout()
        fn = save(fig, "chart_waterfall_cash")
    neg = min(steps[1:], key=lambda s: s[1])
    q(fn, "biggest outflow?", neg[0], "text", "argmin")
    q(fn, "total of payroll and rent", str(-(steps[3][1] + steps[4][1])), "number", "sum", literal=False)
    meta(fn, "matplotlib waterfall", "classic", "chart", "cash bridge waterfall with signed labels")


def shapes():
    cv = Canvas(900, 560, "#fdfdfd")
    f = font("dejavu-b", 18)
    cv.text((450, 24), "Floor plan legend — Hall C", f, fill="#222", anchor="ma")
    items = [("circle", "#d62728", (120, 170), 70, "Info desk"), ("square", "#1f77b4", (330, 170), 60, "Cloakroom"),
             ("triangle", "#2ca02c", (560, 170), 70, "First aid"), ("circle", "#1f77b4", (770, 170), 40, "Water"),
             ("square", "#ff7f0e", (200, 400), 45, "Lockers"), ("circle", "#9467bd", (450, 400), 55, "Café"),
             ("square", "#1f77b4", (700, 400), 75, "Stage")]
    for kind, col, (x, y), r, lab in items:
        if kind == "circle":
            cv.d.ellipse((x - r, y - r, x + r, y + r), fill=col)
        elif kind == "square":
            cv.rect((x - r, y - r, x + r, y + r), fill=col)
        else:
            cv.d.polygon([(x, y - r), (x - r, y + r * 0.8), (x + r, y + r * 0.8)], fill=col)
        cv.text((x, y + r + 12), lab, font("dejavu", 16), fill="#222", anchor="ma")
    fn = cv.save("shapes_legend")
    nc = sum(1 for i in items if i[0] == "circle")
    ns = sum(1 for i in items if i[0] == "square")
    q(fn, "what shape marks First aid", "triangle", "text", "shape", literal=False)
    q(fn, "what colour is the Café symbol", "purple", "text", "colour", literal=False)
    q(fn, "are there more circles than squares?", "yes" if nc > ns else "no", "yesno", "count_compare", literal=False)
    q(fn, "where is the Water symbol in the picture", "top right", "text", "locate", literal=False)
    meta(fn, "PIL shapes diagram", "white", "diagram", "legend of coloured circles/squares/triangle with labels")


ALL = [hstack100, step_line, lollipop, grouped_err, multiline, dumbbell, donut, bubble, area, histogram, waterfall, shapes]
