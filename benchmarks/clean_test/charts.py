"""Bar, line and pie charts in several matplotlib styles; every gold comes from the plotted numbers."""

from __future__ import annotations

import random
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from common import Q, Scene, num  # noqa: E402

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _save(fig: plt.Figure, path: Path) -> None:
    fig.tight_layout()
    fig.savefig(path, dpi=100, metadata={"Software": None})
    plt.close(fig)


def _label_bars(ax: plt.Axes, bars: object, fmt: str = "{:g}", horizontal: bool = False) -> None:
    for b in bars:
        if horizontal:
            ax.text(b.get_width(), b.get_y() + b.get_height() / 2, " " + fmt.format(b.get_width()), va="center",
                    fontsize=9)
        else:
            ax.text(b.get_x() + b.get_width() / 2, b.get_height(), fmt.format(b.get_height()), ha="center",
                    va="bottom", fontsize=9)


def _quarters(rng: random.Random, out: Path) -> Scene:
    cats = ["Q1", "Q2", "Q3", "Q4"]
    vals = rng.sample(range(120, 480, 5), 4)
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(6.4, 4.2))
        _label_bars(ax, ax.bar(cats, vals, color="#4c72b0"))
        ax.set_title("Support tickets per quarter, 2026")
        ax.set_ylabel("tickets")
        _save(fig, out / "chart_quarters.png")
    return Scene("chart_quarters", "chart", [
        Q("what's the value of the Q3 bar", str(vals[2]), "number", "chart_value"),
        Q("difference between Q2 and Q4?", str(abs(vals[1] - vals[3])), "number", "difference"),
    ], ["Support tickets per quarter, 2026", *cats, *map(str, vals)])


def _countries(rng: random.Random, out: Path) -> Scene:
    cats = ["Portugal", "Spain", "Italy", "Greece", "Croatia", "Malta"]
    vals = [v / 10 for v in rng.sample(range(15, 95), len(cats))]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(6.6, 4.0))
        _label_bars(ax, ax.barh(cats, vals, color="#dd8452"), "{:.1f}", horizontal=True)
        ax.set_xlabel("visitors (millions)")
        ax.set_title("Summer visitors by country")
        ax.invert_yaxis()
        _save(fig, out / "chart_countries.png")
    return Scene("chart_countries", "chart", [
        Q("Which country had the fewest visitors?", cats[vals.index(min(vals))], "place", "argmin"),
        Q("did spain get more visitors than italy", "yes" if vals[1] > vals[2] else "no", "yesno", "compare_more"),
    ], ["Summer visitors by country", *cats, *(f"{v:.1f}" for v in vals)])


def _monthly(rng: random.Random, out: Path) -> Scene:
    vals = rng.sample(range(20, 95), 12)
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(7.2, 4.0))
        ax.plot(MONTHS, vals, marker="o", color="#348abd")
        for m, v in zip(MONTHS, vals, strict=True):
            ax.annotate(str(v), (m, v), textcoords="offset points", xytext=(0, 7), ha="center", fontsize=8)
        ax.set_title("Bike rentals (thousands)")
        _save(fig, out / "chart_monthly.png")
    return Scene("chart_monthly", "chart", [
        Q("which month had the most rentals", MONTHS[vals.index(max(vals))], "text", "argmax"),
        Q("rentals in June?", str(vals[5]), "number", "chart_value"),
    ], ["Bike rentals (thousands)", *MONTHS, *map(str, vals)])


def _overtake(rng: random.Random, out: Path) -> Scene:
    cross = rng.randint(3, 8)
    store = [60 - i * rng.uniform(1.5, 3.0) for i in range(12)]
    online = [store[i] - (cross - i) * rng.uniform(2.0, 4.0) if i < cross else store[i] + (i - cross + 1) * 3
              for i in range(12)]
    store, online = [round(v) for v in store], [round(v) for v in online]
    first = next(i for i in range(12) if online[i] > store[i])
    k = rng.randrange(12)
    fig, ax = plt.subplots(figsize=(7.0, 4.0))
    ax.plot(MONTHS, store, marker="s", label="In-store", color="#8c564b")
    ax.plot(MONTHS, online, marker="^", label="Online", color="#17becf")
    for i in range(12):
        ax.annotate(str(store[i]), (i, store[i]), xytext=(0, 6), textcoords="offset points", ha="center", fontsize=7)
        ax.annotate(str(online[i]), (i, online[i]), xytext=(0, -12), textcoords="offset points", ha="center",
                    fontsize=7, color="#0f7f8a")
    ax.legend()
    ax.set_title("Orders by sales channel (thousands)")
    _save(fig, out / "chart_overtake.png")
    return Scene("chart_overtake", "chart", [
        Q("when did online overtake in-store?", MONTHS[first], "text", "overtakes"),
        Q(f"was in-store lower than online in {MONTHS[k]}", "yes" if store[k] < online[k] else "no", "yesno",
          "compare_less"),
    ], ["Orders by sales channel (thousands)", "In-store", "Online", *MONTHS, *map(str, store + online)])


def _pie(rng: random.Random, out: Path, name: str, title: str, cats: list[str], donut: bool) -> tuple[Scene, list]:
    while True:
        raw = rng.sample(range(4, 40), len(cats))
        total = sum(raw)
        shares = [round(100 * r / total) for r in raw]
        if sum(shares) == 100 and len(set(shares)) == len(shares):
            break
    fig, ax = plt.subplots(figsize=(5.6, 4.4))
    wedge = {"width": 0.45} if donut else None
    ax.pie(shares, labels=cats, autopct=lambda p: f"{round(p)}%", startangle=90,
           wedgeprops=wedge, pctdistance=0.78 if donut else 0.62, counterclock=False)
    ax.set_title(title)
    _save(fig, out / f"{name}.png")
    return Scene(name, "chart", [], [title, *cats, *(f"{s}%" for s in shares)]), shares


def _budget(rng: random.Random, out: Path) -> Scene:
    cats = ["Rent", "Groceries", "Transport", "Savings", "Fun"]
    scene, shares = _pie(rng, out, "chart_budget", "Monthly budget", cats, donut=False)
    scene.questions = [
        Q("what share of the budget goes to Groceries", str(shares[1]), "number", "share"),
        Q("biggest slice?", cats[shares.index(max(shares))], "text", "argmax"),
    ]
    return scene


def _marketing(rng: random.Random, out: Path) -> Scene:
    cats = ["Marketing", "R&D", "Operations", "Support"]
    scene, shares = _pie(rng, out, "chart_spend", "Where the 2026 budget went", cats, donut=True)
    scene.questions = [
        Q("what percentage is marketing", str(shares[0]), "number", "share"),
        Q("ratio of R&D to Support?", num(round(shares[1] / shares[3], 2)), "number", "ratio"),
    ]
    return scene


def _grouped(rng: random.Random, out: Path) -> Scene:
    regions = ["North", "South", "East", "West"]
    a = rng.sample(range(30, 90), 4)
    b = rng.sample(range(30, 90), 4)
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(7.0, 4.4))
        xs = range(len(regions))
        _label_bars(ax, ax.bar([x - 0.2 for x in xs], a, 0.4, label="2024"))
        _label_bars(ax, ax.bar([x + 0.2 for x in xs], b, 0.4, label="2025"))
        ax.set_xticks(list(xs), regions)
        ax.legend()
        ax.set_title("New members by region", fontsize=15)
        _save(fig, out / "chart_regions.png")
    return Scene("chart_regions", "chart", [
        Q("2025 value for North", str(b[0]), "number", "chart_value"),
        Q("Which is lower in 2024: South or East?", "South" if a[1] < a[2] else "East", "option", "choice_less"),
    ], ["New members by region", "2024", "2025", *regions, *map(str, a + b)])


def _languages(rng: random.Random, out: Path) -> Scene:
    langs = ["Python", "Go", "Rust", "TypeScript", "Kotlin"]
    vals = rng.sample(range(4, 60), len(langs))
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(6.4, 4.0))
        _label_bars(ax, ax.bar(langs, vals, color=["#f9c74f", "#90be6d", "#f94144", "#577590", "#f8961e"]))
        ax.set_title("Open pull requests by language")
        _save(fig, out / "chart_languages.png")
    return Scene("chart_languages", "chart", [
        Q("total open PRs across all languages", str(sum(vals)), "number", "sum"),
        Q("which has more open PRs, Go or Kotlin", "Go" if vals[1] > vals[4] else "Kotlin", "option",
          "choice_more"),
    ], ["Open pull requests by language", *langs, *map(str, vals)])


def charts(rng: random.Random, out: Path) -> list[Scene]:
    makers = (_quarters, _countries, _monthly, _overtake, _budget, _marketing, _grouped, _languages)
    return [m(rng, out) for m in makers]
