"""Matplotlib charts (varied styles; some with printed values, some without)."""
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from common import Q, rng_for

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


def saver(fig, dpi=100):
    def save(path):
        fig.savefig(path, dpi=dpi, metadata={"Software": None})
        plt.close(fig)
    return save


@scene
def chart_bar_values():
    r = rng_for("bar1")
    cats = ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø", "Drammen"]
    vals = [r.randint(120, 480) for _ in cats]
    while len(set(vals)) < len(vals):
        vals = [r.randint(120, 480) for _ in cats]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        b = ax.bar(cats, vals, color="#3b7dd8")
        ax.bar_label(b, labels=[str(v) for v in vals], padding=3)
        ax.set_title("Nye kunder per by, 2. kvartal 2025"); ax.set_ylabel("Kunder")
        fig.tight_layout()
    mn = cats[vals.index(min(vals))]
    qs = [Q("how many new customers in Bergen", str(vals[1]), "number", "chart_value", True),
          Q("hvilken by hadde færrest nye kunder?", mn, "text", "chart_extreme", True),
          Q("how many more customers did Oslo get than Drammen", str(vals[0] - vals[5]), "number", "arithmetic", False)]
    return "chart", (saver(fig), cats + [str(v) for v in vals]), qs


@scene
def chart_grouped_noval():
    r = rng_for("grouped")
    yrs = ["2021", "2022", "2023", "2024"]
    a = [r.randint(20, 60) for _ in yrs]; b = [r.randint(20, 60) for _ in yrs]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        x = np.arange(len(yrs))
        ax.bar(x - 0.2, a, 0.4, label="Online"); ax.bar(x + 0.2, b, 0.4, label="In-store")
        ax.set_xticks(x, yrs); ax.set_ylabel("Revenue (€ millions)"); ax.set_title("Revenue by channel"); ax.legend()
        ax.set_yticks(range(0, 71, 10))
        fig.tight_layout()
    gap = [abs(p - q) for p, q in zip(a, b)]
    qs = [Q("roughly how much online revenue in 2023 (in € millions)?", str(a[2]), "approx", "chart_approx", False),
          Q("in which year was in-store revenue highest", yrs[b.index(max(b))], "date", "chart_extreme", True),
          Q("in 2021 did online beat in-store?", "yes" if a[0] > b[0] else "no", "yesno", "yesno", False)]
    assert b.count(max(b)) == 1 and min(gap) >= 3
    return "chart", (saver(fig), yrs + ["Online", "In-store"]), qs


@scene
def chart_stacked():
    teams = ["Mobile", "Web", "Backend", "Data", "Infra"]
    bugs = [12, 7, 15, 4, 9]; feats = [18, 22, 9, 11, 6]; chores = [5, 8, 6, 3, 12]
    fig, ax = plt.subplots(figsize=(10, 5.6))
    ax.barh(teams, bugs, color="#e76f51", label="Bugs")
    ax.barh(teams, feats, left=bugs, color="#2a9d8f", label="Features")
    ax.barh(teams, chores, left=[p + q for p, q in zip(bugs, feats)], color="#e9c46a", label="Chores")
    for i in range(len(teams)):
        for v, l in [(bugs[i], 0), (feats[i], bugs[i]), (chores[i], bugs[i] + feats[i])]:
            ax.text(l + v / 2, i, str(v), ha="center", va="center", fontsize=10, color="black")
    ax.set_xlabel("Tickets closed"); ax.set_title("Tickets closed in sprint 23, by type"); ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.13), ncol=3)
    for s in ("top", "right"): ax.spines[s].set_visible(False)
    fig.tight_layout()
    tot = [p + q + s for p, q, s in zip(bugs, feats, chores)]
    qs = [Q("which team closed the most tickets overall", teams[tot.index(max(tot))], "text", "chart_extreme", True),
          Q("how many chores did Infra close", "12", "number", "chart_value", True),
          Q("total tickets closed by the Web team?", str(tot[1]), "number", "arithmetic", False)]
    assert tot.count(max(tot)) == 1
    return "chart", (saver(fig), teams + [str(v) for v in bugs + feats + chores]), qs


@scene
def chart_lines():
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    a = [42, 45, 51, 58, 66, 74, 81, 79, 70, 59, 49, 44]
    b = [55, 56, 58, 60, 63, 65, 68, 70, 72, 73, 75, 77]
    c = [30, 28, 33, 35, 34, 38, 41, 45, 43, 40, 37, 35]
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(11.5, 6))
        ax.plot(months, a, marker="o", label="Campsite bookings"); ax.plot(months, b, marker="s", label="Cabin bookings")
        ax.plot(months, c, marker="^", label="Hostel bookings")
        ax.set_title("Bookings per month (hundreds), 2024", fontsize=15); ax.legend(loc="upper left", fontsize=11)
        fig.tight_layout()
    over = next(months[i] for i in range(1, 12) if a[i] > b[i] and a[i - 1] <= b[i - 1])
    back = next(months[i] for i in range(months.index(over) + 1, 12) if a[i] <= b[i])
    qs = [Q("in which month do campsite bookings peak?", months[a.index(max(a))], "date", "chart_trend", True),
          Q("when do campsites first overtake cabins", over, "date", "chart_trend", True),
          Q("approx how many hostel bookings (hundreds) in August", str(c[7]), "approx", "chart_approx", False),
          Q("which series is lowest all year", "Hostel bookings", "text", "chart_extreme", True)]
    return "chart", (saver(fig), months + ["Campsite bookings", "Cabin bookings", "Hostel bookings"]), qs


@scene
def chart_donut():
    labels = ["Rent", "Groceries", "Transport", "Eating out", "Subscriptions", "Savings"]
    vals = [1150, 420, 180, 260, 65, 500]
    tot = sum(vals)
    fig, ax = plt.subplots(figsize=(8, 6))
    wedges, _, auto = ax.pie(vals, labels=labels, autopct="%1.1f%%", pctdistance=0.8, startangle=90, counterclock=False,
                             wedgeprops=dict(width=0.4, edgecolor="white"), colors=plt.cm.Set2.colors)
    ax.set_title("Monthly budget — March"); ax.text(0, 0, f"€{tot:,}", ha="center", va="center", fontsize=16, weight="bold")
    fig.tight_layout()
    share = f"{100*vals[3]/tot:.1f}%"
    qs = [Q("what share of the budget goes to eating out", share, "percent", "chart_share", True),
          Q("what is the second-biggest slice, after rent?", labels[vals.index(sorted(vals)[-2])], "text", "chart_extreme", True),
          Q("total monthly budget", f"€{tot:,}", "money", "value_at_label", True),
          Q("what percent is rent?", f"{100*vals[0]/tot:.1f}%", "percent", "chart_share", True)]
    return "chart", (saver(fig), labels + [share, f"{100*vals[0]/tot:.1f}%", f"€{tot:,}"]), qs


@scene
def chart_scatter():
    r = rng_for("scatter")
    names = ["Falcon", "Orca", "Lynx", "Heron", "Bison", "Otter", "Raven", "Marten"]
    price = [r.randint(300, 1500) for _ in names]
    score = [r.randint(55, 95) for _ in names]
    while len(set(score)) < len(score) or len(set(price)) < len(price):
        score = [r.randint(55, 95) for _ in names]; price = [r.randint(300, 1500) for _ in names]
    fig, ax = plt.subplots(figsize=(9, 6))
    ax.scatter(price, score, s=80, color="#6a4c93")
    for n, p, s in zip(names, price, score):
        ax.annotate(n, (p, s), textcoords="offset points", xytext=(6, 6), fontsize=11)
    ax.margins(0.12); ax.set_xlabel("Price (USD)"); ax.set_ylabel("Review score"); ax.set_title("Laptops: price vs. review score"); ax.grid(alpha=0.3)
    fig.tight_layout()
    best = names[score.index(max(score))]; cheap = names[price.index(min(price))]
    qs = [Q("which laptop has the best review score", best, "text", "chart_extreme", True),
          Q("what review score does the Lynx get, roughly", str(score[2]), "approx", "chart_approx", False),
          Q("which is the cheapest one", cheap, "text", "chart_extreme", True),
          Q("about what does the Heron cost?", str(price[3]), "approx", "chart_approx", False)]
    return "chart", (saver(fig), names), qs


@scene
def chart_area():
    yrs = list(range(2015, 2025))
    solar = [2, 3, 5, 7, 10, 14, 19, 25, 31, 38]; wind = [12, 14, 15, 17, 18, 20, 21, 22, 24, 25]; hydro = [30, 29, 31, 30, 29, 28, 30, 29, 28, 28]
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(10, 5.8))
        ax.stackplot(yrs, hydro, wind, solar, labels=["Hydro", "Wind", "Solar"], alpha=0.85)
        ax.set_ylabel("TWh"); ax.set_title("Renewable generation by source"); ax.legend(loc="upper left")
        ax.set_xticks(yrs)
        fig.tight_layout()
    qs = [Q("roughly total renewable TWh in 2024 (top of the stack)?", str(solar[-1] + wind[-1] + hydro[-1]), "approx", "chart_approx", False),
          Q("which source grows the fastest", "Solar", "text", "chart_trend", True),
          Q("about how much did hydro produce in 2019", str(hydro[4]), "approx", "chart_approx", False)]
    return "chart", (saver(fig), ["Hydro", "Wind", "Solar"]), qs


@scene
def chart_line_single():
    days = [f"{d:02d}.06" for d in range(1, 15)]
    r = rng_for("visits")
    v = [r.randint(800, 1600) for _ in days]
    v[9] = 2950
    fig, ax = plt.subplots(figsize=(11, 5))
    ax.plot(range(len(days)), v, color="#d62828", lw=2.5)
    ax.fill_between(range(len(days)), v, alpha=0.12, color="#d62828")
    ax.set_xticks(range(len(days)), days, rotation=45); ax.set_ylim(0, 3200); ax.set_title("Besøgende pr. dag — webshop")
    ax.grid(axis="y", alpha=0.4)
    for s in ("top", "right"): ax.spines[s].set_visible(False)
    fig.tight_layout()
    qs = [Q("which day had the spike in visitors?", days[9], "date", "chart_trend", True),
          Q("about how many visitors on that peak day", str(v[9]), "approx", "chart_approx", False)]
    return "chart", (saver(fig), days), qs
