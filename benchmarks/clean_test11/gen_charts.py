"""Matplotlib charts (deterministic: Agg, fixed data from a seeded RNG, no PNG metadata)."""
import random
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from common import Q, scene, SEED

R = random.Random(SEED)


def save(fig, out):
    fig.savefig(out, dpi=100, metadata={"Software": None})
    plt.close(fig)


def bar_labelled():
    cats = ["Lisbon", "Porto", "Faro", "Braga", "Coimbra", "Aveiro"]
    vals = [R.randint(120, 480) for _ in cats]
    def draw(out):
        plt.style.use("default")
        fig, ax = plt.subplots(figsize=(8, 5))
        b = ax.bar(cats, vals, color="#2a9d8f"); ax.bar_label(b, padding=3)
        ax.set_title("Bike rentals per station, Saturday"); ax.set_ylabel("rentals"); ax.spines[["top", "right"]].set_visible(False)
        save(fig, out)
    mx = max(zip(vals, cats)); mn = min(zip(vals, cats))
    scene("chart_bar_bikes", "chart", mpl=draw, texts=cats + [str(v) for v in vals], qs=[
        Q("how many rentals in Braga", vals[3], "number", "chart_value", True),
        Q("which station was busiest", mx[1], "text", "chart_extreme", True),
        Q("difference between Porto and Faro?", abs(vals[1] - vals[2]), "number", "arithmetic", False),
    ])


def grouped_bar():
    teams = ["Support", "Sales", "Eng", "Ops"]
    y24 = [R.randint(10, 40) for _ in teams]; y25 = [R.randint(10, 40) for _ in teams]
    def draw(out):
        plt.style.use("ggplot")
        fig, ax = plt.subplots(figsize=(8, 5)); x = range(len(teams))
        b1 = ax.bar([i - 0.2 for i in x], y24, 0.4, label="2024"); b2 = ax.bar([i + 0.2 for i in x], y25, 0.4, label="2025")
        ax.bar_label(b1); ax.bar_label(b2); ax.set_xticks(list(x), teams); ax.legend(); ax.set_title("Headcount by team")
        save(fig, out); plt.style.use("default")
    d = sorted(y25[i] - y24[i] for i in range(4)); assert d[-1] != d[-2]
    grow = max(range(4), key=lambda i: y25[i] - y24[i])
    scene("chart_grouped_headcount", "chart", mpl=draw, texts=teams + [str(v) for v in y24 + y25] + ["2024", "2025"], qs=[
        Q("what was Eng headcount in 2025", y25[2], "number", "chart_value", True),
        Q("which team grew the most from 2024 to 2025?", teams[grow], "text", "chart_extreme", True),
        Q("total 2024 headcount across all teams", sum(y24), "number", "arithmetic", False),
    ])


def line_multi():
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    a = [30 + i * 4 + R.randint(-3, 3) for i in range(12)]
    b = [70 - i * 2 + R.randint(-2, 2) for i in range(12)]
    c = [45 + (12 if 5 <= i <= 7 else 0) + R.randint(-2, 2) for i in range(12)]
    def draw(out):
        plt.style.use("seaborn-v0_8-whitegrid")
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.plot(months, a, marker="o", label="App"); ax.plot(months, b, marker="s", label="Web"); ax.plot(months, c, marker="^", label="Store")
        ax.set_ylabel("share of orders (%)"); ax.set_title("Orders by channel, 2025"); ax.legend(loc="lower right")
        save(fig, out); plt.style.use("default")
    cross = next(i for i in range(12) if a[i] > b[i])
    peak_c = max(range(12), key=lambda i: c[i])
    scene("chart_line_channels", "chart", mpl=draw, texts=months + ["App", "Web", "Store"], qs=[
        Q("in which month does App first overtake Web?", months[cross], "text", "chart_trend", True),
        Q("when does the Store line peak", months[peak_c], "text", "chart_trend", True),
        Q("roughly what was Web's share in January?", b[0], "approx", "chart_approx", False),
    ])


def pie():
    labels = ["Rent", "Food", "Transport", "Leisure", "Savings", "Other"]
    raw = [R.randint(5, 40) for _ in labels]; tot = sum(raw)
    pct = [round(100 * r / tot, 1) for r in raw]
    def draw(out):
        fig, ax = plt.subplots(figsize=(7, 6))
        ax.pie(raw, labels=labels, autopct="%1.1f%%", startangle=90, colors=plt.cm.Pastel1.colors)
        ax.set_title("Where my money went – March"); save(fig, out)
    assert sorted(raw)[0] != sorted(raw)[1]
    mi = min(range(6), key=lambda i: raw[i])
    scene("chart_pie_budget", "chart", mpl=draw, texts=labels + [f"{p:.1f}%" for p in pct], qs=[
        Q("what % went on food", f"{pct[1]:.1f}%", "percent", "chart_share", True),
        Q("smallest slice?", labels[mi], "text", "chart_extreme", True),
    ])


def donut():
    labels = ["Chrome", "Safari", "Firefox", "Edge", "Samsung"]
    v = [R.randint(8, 60) for _ in labels]; t = sum(v)
    def draw(out):
        plt.style.use("dark_background")
        fig, ax = plt.subplots(figsize=(9, 6))
        w, _ = ax.pie(v, startangle=90, wedgeprops={"width": 0.35})
        ax.legend(w, [f"{l} ({x})" for l, x in zip(labels, v)], loc="center left", bbox_to_anchor=(1.02, 0.5))
        ax.text(0, 0, f"{t:,}\nsessions", ha="center", va="center", fontsize=16); ax.set_title("Sessions by browser (thousands)")
        save(fig, out); plt.style.use("default")
    mx = max(range(5), key=lambda i: v[i])
    scene("chart_donut_browser", "chart", mpl=draw, texts=[f"{l} ({x})" for l, x in zip(labels, v)] + [f"{t:,}"], qs=[
        Q("which browser has the most sessions", labels[mx], "text", "chart_extreme", True),
        Q("what share of sessions is Firefox, in percent (1 decimal)?", f"{100*v[2]/t:.1f}%", "percent", "chart_share", False),
        Q("total sessions?", f"{t:,}", "number", "chart_value", True),
    ])


def stacked():
    q = ["Q1", "Q2", "Q3", "Q4"]
    hw = [R.randint(20, 50) for _ in q]; sw = [R.randint(10, 40) for _ in q]; sv = [R.randint(5, 25) for _ in q]
    def draw(out):
        plt.style.use("bmh")
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.bar(q, hw, label="Hardware"); ax.bar(q, sw, bottom=hw, label="Software")
        ax.bar(q, sv, bottom=[a + b for a, b in zip(hw, sw)], label="Services")
        for i in range(4):
            ax.text(i, hw[i] + sw[i] + sv[i] + 1, str(hw[i] + sw[i] + sv[i]), ha="center")
        ax.set_ylabel("revenue (M kr)"); ax.set_ylim(0, max(a + b + c for a, b, c in zip(hw, sw, sv)) * 1.3); ax.legend(ncol=3, loc="upper center"); ax.set_title("Revenue mix 2025")
        save(fig, out); plt.style.use("default")
    tots = [a + b + c for a, b, c in zip(hw, sw, sv)]
    scene("chart_stacked_revenue", "chart", mpl=draw, texts=q + [str(x) for x in tots] + ["Hardware", "Software", "Services"], qs=[
        Q("which quarter had the highest total revenue", q[max(range(4), key=lambda i: tots[i])], "text", "chart_extreme", True),
        Q("about how much was hardware in Q2 (M kr)?", hw[1], "approx", "chart_approx", False),
        Q("total for Q3?", tots[2], "number", "chart_value", True),
    ])


def scatter():
    names = ["Aster", "Birch", "Cedar", "Dune", "Elm", "Fern", "Gale"]
    price = [R.randint(200, 900) for _ in names]; rating = [round(R.uniform(3.0, 4.9), 1) for _ in names]
    def draw(out):
        fig, ax = plt.subplots(figsize=(8, 5.5))
        ax.scatter(price, rating, s=60, color="#e76f51")
        for n, x, y in zip(names, price, rating):
            ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 5))
        ax.set_xlabel("price (€)"); ax.set_ylabel("avg rating"); ax.set_title("Sofas: price vs rating"); ax.grid(alpha=.3)
        save(fig, out)
    assert sorted(rating)[-1] != sorted(rating)[-2] and sorted(price)[0] != sorted(price)[1]
    best = max(range(7), key=lambda i: rating[i]); cheap = min(range(7), key=lambda i: price[i])
    scene("chart_scatter_sofas", "chart", mpl=draw, texts=names, qs=[
        Q("which sofa has the best rating", names[best], "text", "chart_extreme", True),
        Q("which one is cheapest", names[cheap], "text", "chart_extreme", True),
        Q("roughly how much does Elm cost?", price[4], "approx", "chart_approx", False),
    ])


def area():
    yrs = list(range(2016, 2026))
    solar = [2 + i * 1.6 + R.uniform(-.4, .4) for i in range(10)]; wind = [8 + i * 0.9 + R.uniform(-.5, .5) for i in range(10)]
    def draw(out):
        plt.style.use("fivethirtyeight")
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.stackplot(yrs, wind, solar, labels=["Wind", "Solar"], alpha=.85); ax.legend(loc="upper left"); ax.set_title("Renewable output (TWh)")
        fig.tight_layout(); save(fig, out); plt.style.use("default")
    scene("chart_area_renewables", "chart", mpl=draw, texts=["Wind", "Solar"], qs=[
        Q("approx wind output in 2016 (TWh)?", f"{wind[0]:.1f}", "approx", "chart_approx", False),
        Q("roughly what's the combined total in 2025", f"{wind[-1]+solar[-1]:.1f}", "approx", "chart_approx", False),
    ])


def hbar():
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin"]
    v = [R.randint(15, 95) for _ in langs]
    def draw(out):
        plt.style.use("seaborn-v0_8-darkgrid")
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.barh(langs[::-1], v[::-1], color="#6a4c93"); ax.set_xlabel("repos"); ax.set_title("Internal repos by primary language")
        fig.tight_layout(); save(fig, out); plt.style.use("default")
    assert len(set(v)) == len(v)
    scene("chart_hbar_langs", "chart", mpl=draw, texts=langs, qs=[
        Q("about how many Go repos do we have", v[2], "approx", "chart_approx", False),
        Q("least used language?", langs[min(range(6), key=lambda i: v[i])], "text", "chart_extreme", True),
        Q("is Rust more common than Java here?", "yes" if v[3] > v[4] else "no", "yesno", "yesno", False),
    ])


def build():
    for f in (bar_labelled, grouped_bar, line_multi, pie, donut, stacked, scatter, area, hbar):
        f()
