"""Charts: matplotlib in several styles, plus one HTML/CSS chart."""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from common import *


def _fig(style, size=(8, 5)):
    with plt.style.context(style):
        fig, ax = plt.subplots(figsize=size, dpi=100)
    return fig, ax


def vbar_labels(rng):
    prods = ["Aurora", "Basalt", "Cirrus", "Dune", "Ember", "Fjord"]
    vals = rng.sample(range(120, 980), 6)
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
        b = ax.bar(prods, vals, color="#4c72b0")
        ax.bar_label(b, fontsize=11)
        ax.set_title("Units sold in October, by model", fontsize=14)
        ax.set_ylabel("Units")
        ax.tick_params(labelsize=11)
        fig.tight_layout()
    d = dict(zip(prods, vals))
    a, c = rng.sample(prods, 2)
    qs = [Q("which model sold the most?", argmax_unique(d), "text", "largest bar", True),
          Q(f"how many {a} units were sold?", d[a], "number", "value at a label", True),
          Q(f"{a} and {c} combined?", d[a] + d[c], "number", "sum of two values", False)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(prods + [str(v) for v in vals]))


def hbar_ggplot(rng):
    cities = rng.sample(CITIES, 7)
    vals = rng.sample(range(14, 62), 7)
    while any(abs(v - 30) <= 2 for v in vals):
        vals = rng.sample(range(14, 62), 7)
    order = sorted(zip(cities, vals), key=lambda x: x[1])
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(8, 5), dpi=100)
        ax.barh([c for c, _ in order], [v for _, v in order], color="#e24a33")
        ax.set_xlabel("Minutes (one way)", fontsize=12)
        ax.set_title("Average commute time", fontsize=14)
        ax.set_xticks(range(0, 70, 10))
        ax.tick_params(labelsize=12)
        fig.tight_layout()
    d = dict(zip(cities, vals))
    pick = rng.choice(cities)
    qs = [Q("Which city has the shortest commute?", argmin_unique(d), "text", "smallest bar", True),
          Q(f"roughly how long is the commute in {pick}?", d[pick], "approx", "read value off bar", False),
          Q("how many cities have an average commute over 30 minutes?", sum(1 for v in vals if v > 30), "count", "count with condition", False)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(cities))


def grouped_bar(rng):
    cats = ["Groceries", "Rent", "Transport", "Dining out", "Utilities"]
    while True:
        a = [rng.randint(8, 60) * 10 for _ in cats]
        b = [max(50, x + rng.choice([-1, 1]) * rng.randint(2, 12) * 10) for x in a]
        lower = [c for c, x, y in zip(cats, a, b) if y < x]
        if len(lower) == 1 and len(set(b)) == 5:
            break
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 5), dpi=100)
        x = np.arange(len(cats))
        ax.bar(x - 0.2, a, 0.4, label="2023", color="#8da0cb")
        ax.bar(x + 0.2, b, 0.4, label="2024", color="#fc8d62")
        ax.set_xticks(x, cats, fontsize=12)
        ax.set_ylabel("Average monthly spend (€)", fontsize=12)
        ax.legend(fontsize=12)
        ax.set_title("Household spending, 2023 vs 2024", fontsize=14)
        ax.set_yticks(range(0, max(a + b) + 100, 100))
        fig.tight_layout()
    d24 = dict(zip(cats, b))
    qs = [Q("which category went down from 2023 to 2024?", lower[0], "text", "compare series", True),
          Q("biggest spending category in 2024?", argmax_unique(d24), "text", "largest bar in a series", True),
          Q("about how much was spent on transport per month in 2024?", d24["Transport"], "approx", "read value off bar", False)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(cats))


def stacked_bar(rng):
    countries = ["Norway", "Poland", "Spain", "Japan", "Chile"]
    src = ["Hydro", "Wind", "Solar", "Fossil"]
    data = {c: [rng.randint(2, 40) for _ in src] for c in countries}
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9, 5.5), dpi=100)
        bottom = np.zeros(len(countries))
        cols = ["#348abd", "#7a68a6", "#e8b23a", "#777777"]
        for i, s in enumerate(src):
            v = np.array([data[c][i] for c in countries])
            bars = ax.bar(countries, v, bottom=bottom, label=s, color=cols[i])
            ax.bar_label(bars, labels=[str(x) for x in v], label_type="center", color="white", fontsize=11, fontweight="bold")
            bottom += v
        ax.set_ylabel("TWh", fontsize=12)
        ax.set_title("Electricity generation by source (TWh)", fontsize=14)
        ax.legend(fontsize=11, loc="upper left", bbox_to_anchor=(1, 1))
        ax.tick_params(labelsize=12)
        fig.tight_layout()
    tot = {c: sum(v) for c, v in data.items()}
    c = rng.choice(countries)
    c2 = rng.choice([x for x in countries if x != c])
    qs = [Q(f"total generation for {c}?", tot[c], "number", "sum of stacked segments", False),
          Q("Which country generates the most overall?", argmax_unique(tot), "text", "largest stack", False),
          Q(f"how much solar does {c2} have", data[c2][2], "number", "segment value", True)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(countries + src + [str(x) for v in data.values() for x in v]))


def line_dark(rng):
    days = [f"Mar {d}" for d in range(1, 15)]
    v = [rng.randint(20, 40) * 100]
    for _ in range(13):
        v.append(max(500, v[-1] + rng.randint(-8, 9) * 100))
    while len(set(v)) < 14 or v.count(max(v)) > 1 or abs(v[-1] - v[0]) < 300:
        v = [v[0]] + [x + rng.randint(-1, 1) * 50 for x in v[1:-1]] + [v[-1] + rng.choice([-300, 300])]
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(9, 4.8), dpi=100)
        ax.plot(range(14), v, marker="o", color="#00d1b2", lw=2)
        ax.set_xticks(range(14), [d.split()[1] for d in days], fontsize=11)
        ax.set_xlabel("March 2025", fontsize=12)
        ax.set_title("Daily unique visitors", fontsize=14)
        ax.grid(alpha=0.3)
        ax.tick_params(labelsize=11)
        fig.tight_layout()
    k = rng.randint(2, 12)
    peak = v.index(max(v)) + 1
    qs = [Q("On which day of March did visitors peak?", f"March {peak}", "date", "peak of a line", False),
          Q(f"roughly how many visitors on March {k+1}?", v[k], "approx", "read value off line", False),
          Q("were there more visitors on the last day than on the first?", "yes" if v[-1] > v[0] else "no", "yesno", "compare two points", False)]
    return dict(category="chart", fig=fig, qs=qs, text="")


def line_multi(rng):
    years = list(range(2016, 2025))
    series = {}
    for name in ["Python", "JavaScript", "Go"]:
        base = rng.randint(10, 40)
        s = [base]
        for _ in years[1:]:
            s.append(max(2, s[-1] + rng.randint(-3, 6)))
        series[name] = s
    last = {k: v[-1] for k, v in series.items()}
    first = {k: v[0] for k, v in series.items()}
    gr = sorted(v[-1] - v[0] for v in series.values())
    if len(set(last.values())) < 3 or min(abs(a - b) for a in last.values() for b in last.values() if a != b) < 3 or gr[2] - gr[1] < 4:
        return line_multi(rng)
    with plt.style.context("seaborn-v0_8-darkgrid"):
        fig, ax = plt.subplots(figsize=(9, 5), dpi=100)
        for k, s in series.items():
            ax.plot(years, s, marker="s", lw=2, label=k)
        ax.legend(fontsize=12)
        ax.set_title("Share of new repositories by language (%)", fontsize=14)
        ax.set_ylabel("%", fontsize=12)
        ax.tick_params(labelsize=11)
        fig.tight_layout()
    grow = {k: series[k][-1] - series[k][0] for k in series}
    qs = [Q("Which language had the highest share in 2024?", argmax_unique(last), "text", "largest series at a point", True),
          Q("approximately what was Go's share in 2020?", series["Go"][4], "approx", "read value off line", False),
          Q("which language grew the most between 2016 and 2024?", argmax_unique(grow), "text", "largest change", True)]
    return dict(category="chart", fig=fig, qs=qs, text="Python JavaScript Go")


def pie(rng):
    labels = ["Salaries", "Marketing", "R&D", "Office", "Travel", "Other"]
    while True:
        raw = [rng.randint(3, 40) for _ in labels]
        pct = [round(100 * r / sum(raw), 1) for r in raw]
        if len(set(pct)) == 6:
            break
    with plt.style.context("default"):
        fig, ax = plt.subplots(figsize=(7, 6), dpi=100)
        ax.pie(raw, labels=labels, autopct="%1.1f%%", startangle=90, textprops={"fontsize": 12},
               colors=["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f"])
        ax.set_title("Operating budget 2025", fontsize=14)
        fig.tight_layout()
    d = dict(zip(labels, pct))
    pick = rng.choice(labels)
    qs = [Q(f"what percent of the budget goes to {pick}?", f"{d[pick]:.1f}%", "text", "slice label", True),
          Q("Biggest slice?", argmax_unique(d), "text", "largest slice", True),
          Q("which is smaller, travel or office?", "Travel" if d["Travel"] < d["Office"] else "Office", "text", "compare two slices", True)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(labels + [f"{p:.1f}%" for p in pct]))


def donut(rng):
    labels = ["Mobile", "Desktop", "Tablet", "Smart TV"]
    while True:
        vals = [rng.randint(5, 60) * 1000 for _ in labels]
        if len(set(vals)) == 4:
            break
    tot = sum(vals)
    with plt.style.context("fast"):
        fig, ax = plt.subplots(figsize=(7, 6), dpi=100)
        fig.patch.set_facecolor("#1f1d2b")
        w, _ = ax.pie(vals, startangle=90, wedgeprops=dict(width=0.35), colors=["#ff6b6b", "#4ecdc4", "#ffe66d", "#a29bfe"])
        ax.text(0, 0.08, f"{tot:,}", ha="center", fontsize=22, color="white", fontweight="bold")
        ax.text(0, -0.15, "sessions", ha="center", fontsize=13, color="#bbb")
        ax.legend(w, [f"{l} — {v:,}" for l, v in zip(labels, vals)], loc="lower center", bbox_to_anchor=(0.5, -0.12), ncol=2, fontsize=12,
                  facecolor="#1f1d2b", labelcolor="white", edgecolor="#1f1d2b")
        ax.set_title("Sessions by device, last 30 days", color="white", fontsize=14)
        fig.tight_layout()
    d = dict(zip(labels, vals))
    qs = [Q("total sessions?", f"{tot:,}", "number", "center label", True),
          Q("how many sessions came from tablets?", f"{d['Tablet']:,}", "number", "legend value", True),
          Q("what share of sessions are mobile, in percent (one decimal)?", f"{100*d['Mobile']/tot:.1f}%", "approx", "computed share", False)]
    return dict(category="chart", fig=fig, qs=qs, text=f"{tot:,} " + " ".join(f"{l} — {v:,}" for l, v in zip(labels, vals)))


def scatter(rng):
    prods = ["Nimbus", "Quartz", "Pebble", "Orbit", "Lumen", "Vega", "Halo", "Sprout"]
    price = rng.sample(range(40, 400, 5), 8)
    rating = [round(rng.uniform(3.0, 4.9), 1) for _ in prods]
    while len(set(rating)) < 8:
        rating = [round(rng.uniform(3.0, 4.9), 1) for _ in prods]
    with plt.style.context("seaborn-v0_8-white"):
        fig, ax = plt.subplots(figsize=(8.5, 5.5), dpi=100)
        ax.scatter(price, rating, s=80, color="#2a9d8f")
        for p, x, y in zip(prods, price, rating):
            ax.annotate(p, (x, y), xytext=(6, 5), textcoords="offset points", fontsize=12)
        ax.set_xlabel("Price (USD)", fontsize=12)
        ax.set_ylabel("Average rating", fontsize=12)
        ax.set_title("Headphones: price vs rating", fontsize=14)
        ax.grid(alpha=.4)
        ax.set_xlim(min(price) - 30, max(price) + 60)
        ax.set_ylim(min(rating) - 0.15, max(rating) + 0.2)
        ax.tick_params(labelsize=11)
        fig.tight_layout()
    pr = dict(zip(prods, price))
    rt = dict(zip(prods, rating))
    pick = rng.choice(prods)
    qs = [Q("Which model is the most expensive?", argmax_unique(pr), "text", "largest x", True),
          Q("which one has the best rating?", argmax_unique(rt), "text", "largest y", True),
          Q(f"about how much does {pick} cost?", pr[pick], "approx", "read x of a point", False)]
    return dict(category="chart", fig=fig, qs=qs, text=" ".join(prods))


def area(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    v = [rng.randint(2, 6)]
    for _ in months[1:]:
        v.append(v[-1] + rng.randint(0, 4))
    v = [x * 10 for x in v]
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(9, 5), dpi=100)
        ax.fill_between(range(12), v, alpha=0.5, color="#6c71c4")
        ax.plot(range(12), v, color="#6c71c4", lw=2)
        ax.set_xticks(range(12), months, fontsize=11)
        ax.set_ylabel("Storage used (TB)", fontsize=12)
        ax.set_title("Object storage growth, 2024", fontsize=14)
        ax.set_ylim(0, max(v) * 1.1)
        fig.tight_layout()
    k = rng.randint(3, 10)
    qs = [Q(f"about how much storage was used in {months[k]}?", v[k], "approx", "read value off area", False),
          Q("approximately how much did storage grow from January to December (TB)?", v[-1] - v[0], "approx", "difference between two points", False)]
    return dict(category="chart", fig=fig, qs=qs, text="")


def html_bars(rng):
    teams = rng.sample(["Platform", "Payments", "Growth", "Mobile", "Data", "Search", "Identity"], 6)
    vals = rng.sample(range(12, 97), 6)
    d = dict(zip(teams, vals))
    mx = max(vals)
    rows = "".join(f"<div class=r><div class=l>{t}</div><div class=bw><div class=b style='width:{v/mx*100:.1f}%'></div></div><div class=v>{v}</div></div>" for t, v in sorted(d.items(), key=lambda x: -x[1]))
    body = f"<div class=w><div class=t>Open bugs by team</div><div class=s>as of Friday 17:00</div>{rows}</div>"
    css = """.w{padding:26px;font-family:'Roboto';background:#fff}.t{font-size:22px;font-weight:500}.s{color:#888;font-size:13px;margin-bottom:16px}.r{display:flex;align-items:center;margin:10px 0}
.l{width:110px;font-size:15px}.bw{flex:1;background:#f1f1f1;height:22px;border-radius:4px}.b{height:22px;background:linear-gradient(90deg,#ff9a8b,#ff6a88);border-radius:4px}.v{width:44px;text-align:right;font-weight:bold}"""
    a, b = sorted(rng.sample(teams, 2), key=lambda t: -d[t])
    qs = [Q("which team has the most open bugs?", argmax_unique(d), "text", "largest bar", True),
          Q(f"how many open bugs does {a} have?", d[a], "number", "value at a label", True),
          Q(f"how many more bugs does {a} have than {b}?", d[a] - d[b], "number", "difference between two values", False)]
    return dict(category="chart", html=wrap(body, css, width=700), width=700, qs=qs)


GENS = [vbar_labels, hbar_ggplot, grouped_bar, stacked_bar, line_dark, line_multi, pie, donut, scatter, area, html_bars]
