# ruff: noqa: E501 — HTML and CSS templates read better on one line each.
"""Matplotlib charts in many styles (bars, horizontal, grouped, stacked, lines, pies, donuts) and real photos."""

from __future__ import annotations

import random
from pathlib import Path

from common import Fact, Scene

STYLES = ["default", "ggplot", "seaborn-v0_8-whitegrid", "bmh", "fivethirtyeight", "seaborn-v0_8-darkgrid",
          "Solarize_Light2", "classic", "dark_background", "tableau-colorblind10"]
XSETS = [("month", ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]), ("quarter", ["Q1", "Q2", "Q3", "Q4"]),
         ("country", ["France", "Germany", "Italy", "Spain", "Poland"]), ("year", ["2019", "2020", "2021", "2022", "2023"]),
         ("product", ["Laptops", "Phones", "Tablets", "Monitors", "Headsets", "Cameras"]),
         ("city", ["Oslo", "Lyon", "Porto", "Graz", "Ghent"]), ("team", ["Sales", "Support", "R&D", "Ops", "HR"])]
MEASURES = [("Revenue (k$)", "revenue"), ("Units sold", "units sold"), ("Visitors", "visitors"),
            ("Tickets closed", "tickets closed"), ("Sign-ups", "sign-ups"), ("Downloads (thousands)", "downloads")]
SERIES = [["Online", "In store"], ["2023", "2024"], ["North", "South", "West"], ["Plan A", "Plan B"],
          ["Men", "Women"], ["Product X", "Product Y", "Product Z"]]
PIES = [("Market share", ["Apple", "Samsung", "Xiaomi", "Oppo", "Other"]),
        ("Budget", ["Rent", "Food", "Transport", "Savings", "Fun"]),
        ("Traffic sources", ["Search", "Direct", "Social", "Email"]),
        ("Energy mix", ["Wind", "Solar", "Gas", "Nuclear", "Hydro"]),
        ("Survey answers", ["Yes", "No", "Not sure"]),
        ("Time spent", ["Meetings", "Coding", "Email", "Reviews", "Breaks"])]


def _distinct(rng: random.Random, n: int, lo: int, hi: int, step: int = 1) -> list[int]:
    return rng.sample(range(lo, hi, step), n)


def _savefig(fig, path: Path) -> None:  # noqa: ANN001
    import matplotlib.pyplot as plt

    fig.savefig(path, dpi=100)
    plt.close(fig)


def bar_chart(idx: int, rng: random.Random, kind: str) -> Scene:
    """kind: bar | hbar."""
    xname, xs = XSETS[idx % len(XSETS)]
    ylab, measure = MEASURES[idx % len(MEASURES)]
    labels = idx % 2 == 0 or kind == "hbar" and idx % 3 == 0
    step = 1 if labels else 5
    vals = _distinct(rng, len(xs), 10, 100 if not labels else 480, step)
    style = STYLES[(idx * 3 + (kind == "hbar")) % len(STYLES)]
    colour = rng.choice(["C0", "C1", "C2", "#4c72b0", "#dd8452", "#55a868", "#8172b2"])
    title = f"{measure.capitalize()} by {xname}"

    def render(path: Path) -> None:
        import matplotlib.pyplot as plt

        with plt.style.context(style):
            fig, ax = plt.subplots(figsize=(6.4, 4.2))
            bars = (ax.bar if kind == "bar" else ax.barh)(xs, vals, color=colour)
            if labels:
                ax.bar_label(bars, padding=2)
            ax.set_title(title)
            (ax.set_ylabel if kind == "bar" else ax.set_xlabel)(ylab)
            if kind == "hbar":
                ax.invert_yaxis()
            fig.tight_layout()
            _savefig(fig, path)

    vtype = "number" if labels else "approx"
    k = rng.randrange(len(xs))
    a, b = rng.sample(range(len(xs)), 2)
    hi, lo = (a, b) if vals[a] > vals[b] else (b, a)
    facts = [
        Fact("chart_x", {"x": xs[k], "measure": measure}, str(vals[k]), vtype),
        Fact("max", {"thing": xname, "measure": measure}, xs[vals.index(max(vals))], "text"),
        Fact("min", {"thing": xname, "measure": measure}, xs[vals.index(min(vals))], "text"),
        Fact("count", {"things": "bars"}, str(len(xs)), "count"),
        Fact("which_more", {"a": xs[a], "b": xs[b], "measure": measure}, xs[hi], "text"),
        Fact("title", {}, title, "text"),
    ]
    if labels:
        facts.append(Fact("diff", {"a": xs[hi], "b": xs[lo], "measure": measure}, str(vals[hi] - vals[lo]), "number"))
    cat = "chart_bar" if kind == "bar" else "chart_hbar"
    return Scene(f"{cat}{idx}", cat, facts, render=render)


def multi_chart(idx: int, rng: random.Random, kind: str) -> Scene:
    """kind: grouped | stacked | line."""
    xname, xs = XSETS[(idx + 2) % len(XSETS)]
    ylab, measure = MEASURES[(idx + 1) % len(MEASURES)]
    series = SERIES[idx % len(SERIES)][: (1 + idx % 3) if kind == "line" else 3]
    labels = idx % 2 == 0
    data = [_distinct(rng, len(xs), 10 if labels else 10, 95 if labels else 100, 1 if labels else 5) for _ in series]
    style = STYLES[(idx * 7 + len(kind)) % len(STYLES)]
    title = f"{measure.capitalize()} per {xname}"

    def render(path: Path) -> None:
        import matplotlib.pyplot as plt
        import numpy as np

        with plt.style.context(style):
            fig, ax = plt.subplots(figsize=(6.8, 4.3))
            x = np.arange(len(xs))
            bottom = np.zeros(len(xs))
            w = 0.8 / len(series)
            for i, (s, d) in enumerate(zip(series, data, strict=True)):
                if kind == "grouped":
                    bars = ax.bar(x + (i - (len(series) - 1) / 2) * w, d, w, label=s)
                elif kind == "stacked":
                    bars = ax.bar(x, d, 0.6, bottom=bottom, label=s)
                    bottom += np.array(d)
                else:
                    ax.plot(x, d, marker="o", label=s)
                    if labels:
                        for xi, yi in zip(x, d, strict=True):
                            ax.annotate(str(yi), (xi, yi), textcoords="offset points", xytext=(0, 6), ha="center",
                                        fontsize=8)
                    continue
                if labels:
                    ax.bar_label(bars, label_type="center" if kind == "stacked" else "edge", fontsize=8)
            ax.set_xticks(x, xs)
            ax.set_title(title)
            ax.set_ylabel(ylab)
            if len(series) > 1 or idx % 2:
                ax.legend()
            fig.tight_layout()
            _savefig(fig, path)

    vtype = "number" if labels else "approx"
    s, k = rng.randrange(len(series)), rng.randrange(len(xs))
    facts = [
        Fact("chart_series_x" if len(series) > 1 else "chart_x",
             {"series": series[s], "x": xs[k], "measure": measure}, str(data[s][k]), vtype),
        Fact("max", {"thing": xname, "measure": series[s] if len(series) > 1 else measure},
             xs[data[s].index(max(data[s]))], "text"),
    ]
    if len(series) > 1:
        facts.append(Fact("count", {"things": rng.choice(["series in the legend", "data series"])},
                          str(len(series)), "count"))
        t = (s + 1) % len(series)
        facts.append(Fact("chart_series_x", {"series": series[t], "x": xs[(k + 2) % len(xs)]},
                          str(data[t][(k + 2) % len(xs)]), vtype))
    if kind == "stacked":
        tot = [sum(d[i] for d in data) for i in range(len(xs))]
        facts.append(Fact("max", {"thing": xname, "measure": "total"}, xs[tot.index(max(tot))], "text"))
    if kind == "line":
        facts.append(Fact("min", {"thing": xname, "measure": series[s] if len(series) > 1 else measure},
                          xs[data[s].index(min(data[s]))], "text"))
    cat = {"grouped": "chart_grouped", "stacked": "chart_stacked", "line": "chart_line"}[kind]
    return Scene(f"{cat}{idx}", cat, facts, render=render)


def pie_chart(idx: int, rng: random.Random) -> Scene:
    title, names = PIES[idx % len(PIES)]
    while True:
        cuts = sorted(rng.sample(range(4, 97), len(names) - 1))
        vals = [b - a for a, b in zip([0, *cuts], [*cuts, 100], strict=True)]
        if min(vals) >= 4 and len(set(vals)) == len(vals):
            break
    pct = idx % 2 == 0
    donut = idx % 3 == 1
    style = STYLES[(idx * 5 + 1) % len(STYLES)]

    def render(path: Path) -> None:
        import matplotlib.pyplot as plt

        with plt.style.context(style):
            fig, ax = plt.subplots(figsize=(5.6, 4.4))
            kw = {"wedgeprops": {"width": 0.45}} if donut else {}
            if pct:
                ax.pie(vals, labels=names, autopct=lambda p: f"{p:.0f}%", startangle=90, counterclock=False, **kw)
            else:
                wedges, _ = ax.pie(vals, startangle=90, counterclock=False, **kw)
                ax.legend(wedges, names, loc="center left", bbox_to_anchor=(0.95, 0.5))
            ax.set_title(title)
            fig.tight_layout()
            _savefig(fig, path)

    k = rng.randrange(len(names))
    facts = [
        Fact("pie_slice", {"x": names[k]}, f"{vals[k]}%", "number" if pct else "approx"),
        Fact("max", {"thing": "slice", "measure": "share"}, names[vals.index(max(vals))], "text"),
        Fact("min", {"thing": "category", "measure": "share"}, names[vals.index(min(vals))], "text"),
        Fact("count", {"things": rng.choice(["slices", "categories in the pie"])}, str(len(names)), "count"),
    ]
    return Scene(f"chart_pie{idx}", "chart_pie", facts, render=render)


PHOTOS = [  # (loader, gold label, exists-thing or None)
    ("skimage:chelsea", "a cat", "a cat"), ("skimage:coffee", "a cup of coffee", "a cup"),
    ("skimage:astronaut", "an astronaut", None), ("skimage:rocket", "a rocket", "a rocket"),
    ("sklearn:china.jpg", "a temple", None), ("sklearn:flower.jpg", "a flower", "a flower"),
    ("mpl:grace_hopper.jpg", "a woman in uniform", None), ("skimage:motorcycle_left", "a motorcycle", None),
    ("skimage:camera", "a man with a camera", "a camera"), ("skimage:coins", "coins", None),
    ("skimage:horse", "a horse", "a horse"), ("skimage:moon", "the surface of the moon", None),
]
DISTRACTORS = ["a dog", "a bicycle", "a teapot", "a bird", "a car", "a tree", "a laptop", "a mountain", "a boat",
               "a pizza", "a guitar", "an elephant", "a clock", "a bridge", "a sheep", "an aeroplane"]


def photo(idx: int, rng: random.Random) -> Scene:
    src, gold, thing = PHOTOS[idx % len(PHOTOS)]

    def render(path: Path) -> None:
        import numpy as np
        from PIL import Image

        lib, name = src.split(":")
        if lib == "skimage":
            import skimage.data

            # The images shipped inside the scikit-image wheel, read as files (no fetcher, no download).
            folder = Path(skimage.data.__file__).parent
            file = next(p for p in (folder / f"{name}.png", folder / f"{name}.jpg") if p.exists())
            img = Image.open(file)
            if img.mode in ("1", "L", "P") and name == "horse":
                img = Image.fromarray(np.where(np.asarray(img.convert("L")) > 127, 255, 0).astype("uint8"))
        elif lib == "sklearn":
            from sklearn.datasets import load_sample_image

            img = Image.fromarray(load_sample_image(name))
        else:
            import matplotlib.cbook

            img = Image.open(matplotlib.cbook.get_sample_data(name))
        img = img.convert("RGB")
        img.thumbnail((480, 480))
        img.save(path, quality=88)

    opts = rng.sample([d for d in DISTRACTORS if d != gold], 3) + [gold]
    rng.shuffle(opts)
    facts = [Fact("photo_what", {}, "ABCD"[opts.index(gold)], "mcq", opts)]
    if thing:
        facts.append(Fact("exists", {"thing": thing}, "yes", "yesno"))
    other = rng.choice([d for d in DISTRACTORS if d not in opts])
    facts.append(Fact("exists", {"thing": other}, "no", "yesno"))
    return Scene(f"photo{idx}", "photo", facts, render=render, ext="jpg")
