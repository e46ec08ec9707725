"""Realistic chart, form and diagram images with their ground truth, for the perception tools' tests.

Charts are drawn by matplotlib in many styles (figure sizes, dpi, fonts, colour maps, legend places,
with and without printed values); forms and diagrams are HTML/SVG rendered by headless Chromium.
"""

from __future__ import annotations

import io
import random
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image

from .browser import CHROMIUM_ARGS, chromium_path

CATEGORY_SETS = [
    ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul"],
    ["Apples", "Pears", "Plums", "Grapes", "Mango", "Kiwi"],
    ["Oslo", "Lima", "Cairo", "Perth", "Quito", "Dakar"],
    ["Q1", "Q2", "Q3", "Q4"],
    ["North", "South", "East", "West", "Central"],
    ["Alpha", "Bravo", "Delta", "Echo", "Sierra"],
    ["Mon", "Tue", "Wed", "Thu", "Fri"],
]
SERIES_NAMES = [["2022", "2023", "2024"], ["Online", "Retail", "Partner"], ["Team A", "Team B", "Team C"],
                ["Coffee", "Tea", "Juice"], ["Desktop", "Mobile", "Tablet"]]
PIE_LABELS = [["Rent", "Food", "Travel", "Savings", "Other"], ["Chrome", "Safari", "Edge", "Firefox"],
              ["Solar", "Wind", "Hydro", "Gas", "Coal"], ["Email", "Search", "Social", "Direct"]]
TITLES = ["Quarterly revenue", "Monthly sales", "Visitors by city", "Units shipped", "Survey results", ""]
FONTS = ["DejaVu Sans", "DejaVu Serif", "Liberation Sans", "Liberation Serif", "DejaVu Sans Mono"]
CMAPS = ["tab10", "Set2", "Dark2", "Set1", "tab20", "Paired"]
# "best" is matplotlib's default (it avoids the data); fixed corners may cover bars, as in real charts.
LEGEND_LOCS = ["best", "best", "upper left", "upper right", "outside right", "below"]
# Variants that real charts show and plain matplotlib defaults do not (issue 12): style sheets with grids,
# grey panels and dark backgrounds; rotated long tick labels; negative bars; grey/light line series;
# exploded pies; many-slice pies whose labels hang on leader lines.
THEMES = ["ggplot", "seaborn-v0_8", "seaborn-v0_8-darkgrid", "dark_background", "fivethirtyeight", "bmh",
          "Solarize_Light2", "seaborn-v0_8-whitegrid"]
LONG_CATEGORIES = [["North America", "South America", "Western Europe", "East Asia", "Middle East", "Oceania"],
                   ["2024-01-15", "2024-02-15", "2024-03-15", "2024-04-15", "2024-05-15", "2024-06-15"],
                   ["Customer service", "Engineering", "Marketing", "Operations", "Research", "Legal team"],
                   ["Jan 2023", "Apr 2023", "Jul 2023", "Oct 2023", "Jan 2024", "Apr 2024", "Jul 2024"]]
MANY_SLICES = ["Rent", "Food", "Travel", "Savings", "Health", "Books", "Gifts", "Phone", "Energy", "Sport",
               "Music", "Pets"]
VARIANTS = {
    "bar": ["theme", "rotated", "negative"], "hbar": ["theme", "negative"],
    "grouped_bar": ["theme", "rotated", "negative"], "stacked_bar": ["theme", "rotated"],
    "line": ["theme", "rotated", "grey"], "pie": ["theme", "exploded", "many"], "donut": ["theme", "many"],
}


@dataclass
class ChartSample:
    image: Image.Image
    style: str  # bar | hbar | grouped_bar | stacked_bar | line | pie | donut
    values_printed: bool
    # series name (None when the chart has one unnamed series) -> {category/slice label: value}
    truth: dict[str | None, dict[str, float]]
    title: str = ""
    meta: dict[str, Any] = field(default_factory=dict)


def _fig_to_image(fig: Any, dpi: int, facecolor: Any = "white") -> Image.Image:
    import matplotlib.pyplot as plt

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor=facecolor)
    plt.close(fig)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def _values(rng: random.Random, n: int, lo: float, hi: float, decimals: int) -> list[float]:
    out: list[float] = []
    while len(out) < n:
        v = round(rng.uniform(lo, hi), decimals)
        if all(abs(v - o) > 0.03 * (hi - lo) for o in out):  # distinct enough to rank
            out.append(v)
    return out


def _legend(ax: Any, rng: random.Random, loc: str) -> None:
    if loc == "outside right":
        ax.legend(loc="center left", bbox_to_anchor=(1.01, 0.5), frameon=rng.random() < 0.5)
    elif loc == "below":
        ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=3, frameon=False)
    else:
        ax.legend(loc=loc, frameon=rng.random() < 0.7)


def chart(rng: random.Random, style: str | None = None, printed: bool | None = None,
          variant: str | None = None) -> ChartSample:
    """One chart of `style` (random when None), values printed on it or not, in one of VARIANTS[style]
    (None: matplotlib's default look; the same seed then draws the same chart as before variants existed)."""
    import contextlib

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    style = style or rng.choice(["bar", "hbar", "grouped_bar", "stacked_bar", "line", "pie", "donut"])
    printed = rng.random() < 0.5 if printed is None else printed
    if variant is not None and variant not in VARIANTS.get(style, []):
        raise ValueError(f"no variant {variant!r} for {style}; choose from {VARIANTS.get(style)}")
    theme = rng.choice(THEMES) if variant == "theme" else None
    with plt.style.context(theme) if theme else contextlib.nullcontext():
        return _draw(rng, style, printed, variant, theme)


def _draw(rng: random.Random, style: str, printed: bool, variant: str | None, theme: str | None) -> ChartSample:
    import matplotlib.pyplot as plt

    dpi = rng.choice([80, 100, 110, 130])
    size = (rng.uniform(5.5, 8.0), rng.uniform(3.6, 5.0))
    font = rng.choice(FONTS)
    fontsize = rng.choice([9, 10, 11, 12])
    cmap = plt.get_cmap(rng.choice(CMAPS))
    colours = [cmap(i) for i in rng.sample(range(min(cmap.N, 8)), 3 if cmap.N >= 3 else 1)]
    if theme:  # the style sheet's own colour cycle
        colours = plt.rcParams["axes.prop_cycle"].by_key()["color"][:3]
    title = rng.choice(TITLES)
    decimals = rng.choice([0, 0, 1])
    with plt.rc_context({"font.family": font, "font.size": fontsize, "axes.spines.top": rng.random() < 0.5,
                         "axes.spines.right": rng.random() < 0.5}):
        fig, ax = plt.subplots(figsize=size)
        truth: dict[str | None, dict[str, float]] = {}
        meta: dict[str, Any] = {"dpi": dpi, "font": font, "variant": variant, "theme": theme}
        rotation = rng.choice([30, 45, 90]) if variant == "rotated" else 0
        if style in ("bar", "hbar", "grouped_bar", "stacked_bar"):
            cats = rng.choice(CATEGORY_SETS)[: rng.randint(3, 6)]
            if rotation:
                cats = rng.choice(LONG_CATEGORIES)[: rng.randint(4, 6)]
            n_series = 1 if style in ("bar", "hbar") else rng.randint(2, 3)
            names = rng.choice(SERIES_NAMES)[:n_series] if n_series > 1 else [None]
            hi = rng.choice([10, 50, 100, 1000])
            lo = hi * 0.15 if style != "stacked_bar" else hi * 0.1
            if variant == "negative":
                lo = -hi * rng.uniform(0.3, 0.8)
            horizontal = style == "hbar" or (style == "stacked_bar" and rng.random() < 0.3 and not rotation)
            meta["horizontal"] = horizontal
            width = 0.8 / n_series if style == "grouped_bar" else rng.uniform(0.5, 0.8)
            bottoms = [0.0] * len(cats)
            for s, name in enumerate(names):
                vals = _values(rng, len(cats), lo, hi, decimals)
                if variant == "negative" and min(vals) >= 0:
                    vals[rng.randrange(len(vals))] = round(lo * rng.uniform(0.4, 1.0), decimals)
                truth[name] = dict(zip(cats, vals, strict=True))
                xs = list(range(len(cats)))
                if style == "grouped_bar":
                    xs = [x - 0.4 + width * (s + 0.5) for x in xs]
                colour = colours[s] if n_series > 1 or rng.random() < 0.7 else [colours[i % 3] for i in xs]
                kw: dict[str, Any] = {"color": colour, "label": name}
                if style == "stacked_bar":
                    kw["bottom" if not horizontal else "left"] = bottoms
                bars = (ax.barh if horizontal else ax.bar)(xs, vals, width if not horizontal else width, **kw)
                if printed:
                    fmt = "%.0f" if decimals == 0 else "%.1f"
                    ax.bar_label(bars, fmt=fmt, label_type="center" if style == "stacked_bar" else "edge", padding=2)
                bottoms = [b + v for b, v in zip(bottoms, vals, strict=True)]
            if horizontal:
                ax.set_yticks(range(len(cats)), cats)
            else:
                ax.set_xticks(range(len(cats)), cats, rotation=rotation, ha="right" if 0 < rotation < 90 else "center")
            if variant == "negative":
                (ax.axvline if horizontal else ax.axhline)(0, color=plt.rcParams["axes.edgecolor"], linewidth=0.8)
            if horizontal:
                ax.invert_yaxis()
            if n_series > 1:
                _legend(ax, rng, rng.choice(LEGEND_LOCS))
            if rng.random() < 0.5:
                (ax.set_xlabel if not horizontal else ax.set_ylabel)(rng.choice(["Category", "Region", "Month"]))
            if rng.random() < 0.4:
                ax.grid(axis="x" if horizontal else "y", alpha=0.4)
                ax.set_axisbelow(True)
        elif style == "line":
            cats = rng.choice(CATEGORY_SETS)[: rng.randint(4, 7)]
            if rotation:
                cats = rng.choice(LONG_CATEGORIES)[: rng.randint(4, 7)]
            n_series = rng.randint(1, 3)
            names = rng.choice(SERIES_NAMES)[:n_series] if n_series > 1 else [None]
            hi = rng.choice([10, 100, 500])
            marker = rng.choice(["o", "s", "^", None])
            if variant == "grey":  # one series in grey, black or a pale tint (a "previous year" reference line)
                colours = list(colours)
                colours[rng.randrange(n_series)] = rng.choice(["#999999", "#555555", "#222222", "#bbbbbb",
                                                               "#a6cee3", "#fdbf6f"])
            for s, name in enumerate(names):
                vals = [round(rng.uniform(hi * 0.1, hi), decimals) for _ in cats]
                truth[name] = dict(zip(cats, vals, strict=True))
                ax.plot(range(len(cats)), vals, marker=marker, color=colours[s], label=name,
                        linewidth=rng.choice([1.5, 2.0, 2.5]))
                if printed:
                    for x, v in zip(range(len(cats)), vals, strict=True):
                        ax.annotate(f"{v:g}", (x, v), textcoords="offset points", xytext=(0, 6), ha="center",
                                    fontsize=fontsize - 1)
            ax.set_xticks(range(len(cats)), cats, rotation=rotation, ha="right" if 0 < rotation < 90 else "center")
            if n_series > 1:
                _legend(ax, rng, rng.choice(LEGEND_LOCS))
            if rng.random() < 0.5:
                ax.grid(alpha=0.4)
        else:  # pie / donut
            labels = rng.choice(PIE_LABELS)
            if variant == "many":
                labels = rng.sample(MANY_SLICES, rng.randint(7, 10))
            raw = _values(rng, len(labels), 5, 40, 0) if variant != "many" else [rng.randint(2, 30) for _ in labels]
            total = sum(raw)
            pct = [round(100 * v / total, 1) for v in raw]
            truth[None] = dict(zip(labels, pct, strict=True))
            wedge = {"edgecolor": "white", "linewidth": 1.5}
            if style == "donut":
                wedge["width"] = rng.uniform(0.3, 0.45)
            use_legend = rng.random() < 0.35
            pie_colours = [cmap(i) for i in range(len(labels))]
            if theme or variant == "many":
                pie_colours = [plt.get_cmap("tab20")(i) for i in range(len(labels))] if not theme else None
            kw = {"colors": pie_colours, "startangle": rng.choice([0, 90, 140]), "wedgeprops": wedge,
                  "counterclock": rng.random() < 0.7}
            if printed:
                kw["autopct"] = "%1.1f%%" if rng.random() < 0.5 else "%1.0f%%"
                kw["pctdistance"] = 0.8 if style == "donut" else rng.choice([0.6, 0.7])
            if variant == "exploded":
                kw["explode"] = [rng.choice([0.0, 0.0, 0.08, 0.15]) for _ in labels]
                kw["explode"][rng.randrange(len(labels))] = rng.choice([0.1, 0.2])
            if variant == "many":
                use_legend = False
            wedges, *_ = ax.pie(raw, labels=None if (use_legend or variant == "many") else labels, **kw)
            if variant == "many":  # labels outside on leader lines (the matplotlib gallery's recipe)
                import numpy as np

                for w, lab in zip(wedges, labels, strict=True):
                    ang = np.deg2rad((w.theta2 + w.theta1) / 2)
                    x, y = np.cos(ang), np.sin(ang)
                    ax.annotate(lab, xy=(x, y), xytext=(1.35 * np.sign(x) if abs(x) > 0.05 else 0.3, 1.3 * y),
                                ha="left" if x >= 0 else "right", va="center",
                                arrowprops={"arrowstyle": "-", "color": plt.rcParams["text.color"], "lw": 0.8,
                                            "connectionstyle": f"angle,angleA=0,angleB={np.rad2deg(ang)}"
                                            if abs(y) > 0.05 else "arc3"})
            if use_legend:
                ax.legend(wedges, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
            ax.set_aspect("equal")
            meta["autopct"] = kw.get("autopct")
        if title:
            ax.set_title(title)
        fig.tight_layout()
        img = _fig_to_image(fig, dpi, "auto" if theme else "white")
    return ChartSample(image=img, style=style, values_printed=printed, truth=truth, title=title, meta=meta)


# Scatter plots: named items measured two ways, each dot named by a short annotation beside it.
SCATTER_ITEMS = ["Quill", "Marl", "Tansy", "Brook", "Sorrel", "Heath", "Vetch", "Corrie", "Holm", "Knoll", "Lyre",
                 "Nettle", "Sedge", "Whin"]
SCATTER_AXES = [("Price (EUR)", 100, 900, 0), ("Rating", 2.5, 5.0, 1), ("Weight (kg)", 1, 20, 1),
                ("Battery (h)", 4, 24, 0), ("Range (km)", 200, 600, 0), ("Score", 40, 100, 0)]


def scatter(rng: random.Random) -> ChartSample:
    """A scatter plot of 5-9 named dots; truth holds each axis title's values by name (the two series a
    reader gives)."""
    import contextlib

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    theme = rng.choice([None, None, *THEMES])
    (x_title, x_lo, x_hi, x_dec), (y_title, y_lo, y_hi, y_dec) = rng.sample(SCATTER_AXES, 2)
    names = rng.sample(SCATTER_ITEMS, rng.randint(5, 9))
    xs, ys = _values(rng, len(names), x_lo, x_hi, x_dec), _values(rng, len(names), y_lo, y_hi, y_dec)
    dpi = rng.choice([80, 100, 110])
    with plt.style.context(theme) if theme else contextlib.nullcontext(), plt.rc_context(
            {"font.family": rng.choice(FONTS), "font.size": rng.choice([9, 10, 11])}):
        fig, ax = plt.subplots(figsize=(rng.uniform(6.0, 8.5), rng.uniform(4.0, 5.5)))
        colour = rng.choice(["#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#e377c2"])
        ax.scatter(xs, ys, s=rng.choice([40, 60, 80]), color=colour, zorder=3)
        for n, x, y in zip(names, xs, ys, strict=True):
            ax.annotate(n, (x, y), textcoords="offset points", xytext=(5, 5))
        ax.set_xlabel(x_title)
        ax.set_ylabel(y_title)
        if rng.random() < 0.6:
            ax.grid(alpha=0.4)
        title = f"{y_title.split(' (')[0]} vs {x_title.split(' (')[0].lower()}"
        ax.set_title(title)
        fig.tight_layout()
        img = _fig_to_image(fig, dpi, "auto" if theme else "white")
    truth = {x_title: dict(zip(names, xs, strict=True)), y_title: dict(zip(names, ys, strict=True))}
    return ChartSample(image=img, style="scatter", values_printed=False, truth=truth, title=title,
                       meta={"dpi": dpi, "theme": theme, "span": {x_title: x_hi - x_lo, y_title: y_hi - y_lo}})


# ---------------------------------------------------------------- forms and diagrams (headless Chromium)


def render_html(html: str, size: tuple[int, int] = (1000, 800)) -> Image.Image:
    exe = chromium_path()
    if exe is None:
        raise RuntimeError("chromium is not installed")
    with tempfile.TemporaryDirectory() as tmp:
        page, shot = Path(tmp) / "page.html", Path(tmp) / "shot.png"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [exe, "--headless", *CHROMIUM_ARGS, "--hide-scrollbars", f"--screenshot={shot}",
             f"--window-size={size[0]},{size[1]}", f"--user-data-dir={tmp}/profile", page.as_uri()],
            capture_output=True, timeout=60, check=False,
        )
        if not shot.exists():
            raise RuntimeError("chromium produced no screenshot")
        return Image.open(shot).convert("RGB")


@dataclass
class FormSample:
    image: Image.Image
    # (control, label, value): checkbox checked/unchecked, radio selected/unselected, toggle on/off, text value
    truth: list[tuple[str, str, str]]


FORM_LABELS = ["Email me updates", "Remember this device", "Accept the terms", "Dark mode", "Two-factor login",
               "Public profile", "Weekly digest", "Auto-save drafts", "Show line numbers", "Beta features"]
RADIO_GROUPS = [("Plan", ["Free", "Pro", "Team"]), ("Shipping", ["Standard", "Express", "Pickup"]),
                ("Size", ["Small", "Medium", "Large"])]
TEXT_FIELDS = [("Name", ["Ana Lopez", "Kenji Sato", "Maria Rossi"]), ("City", ["Bergen", "Porto", "Leeds"]),
               ("Order no.", ["A-1042", "ZX-7705", "K0093"]), ("Phone", ["0712 334 556", "020 7946 0018"])]
TOGGLE_CSS = """
.sw{position:relative;display:inline-block;width:%(w)dpx;height:%(h)dpx;vertical-align:middle;margin-right:10px}
.sw input{display:none}
.sl{position:absolute;inset:0;background:#c8ccd0;border-radius:%(h)dpx}
.sl:before{content:"";position:absolute;height:%(k)dpx;width:%(k)dpx;left:3px;top:3px;background:white;
 border-radius:50%%}
input:checked+.sl{background:%(on)s}
input:checked+.sl:before{transform:translateX(%(t)dpx)}
"""


def form(rng: random.Random) -> FormSample:
    """A settings/checkout form: checkboxes, a radio group, CSS toggles, text inputs and a button."""
    font = rng.choice(["Arial", "DejaVu Sans", "Georgia", "Liberation Sans", "Verdana"])
    size = rng.choice([14, 15, 16, 18])
    scale = rng.choice([1.0, 1.0, 1.4])
    labels = rng.sample(FORM_LABELS, 6)
    truth: list[tuple[str, str, str]] = []
    rows = []
    for lab in labels[:3]:
        on = rng.random() < 0.5
        truth.append(("checkbox", lab, "checked" if on else "unchecked"))
        rows.append(f'<label><input type="checkbox" {"checked" if on else ""}'
                    f' style="transform:scale({scale})"> {lab}</label>')
    group, options = rng.choice(RADIO_GROUPS)
    chosen = rng.choice(options)
    radios = " ".join(
        f'<label style="margin-right:24px"><input type="radio" name="g" {"checked" if o == chosen else ""}'
        f' style="transform:scale({scale})"> {o}</label>' for o in options
    )
    rows.append(f"<div><b>{group}</b></div><div>{radios}</div>")
    truth += [("radio", o, "selected" if o == chosen else "unselected") for o in options]
    h = rng.choice([22, 26, 30])
    css = TOGGLE_CSS % {"w": int(h * 1.8), "h": h, "k": h - 6, "t": int(h * 1.8) - h,
                        "on": rng.choice(["#2196F3", "#34c759", "#7c3aed"])}
    for lab in labels[3:5]:
        on = rng.random() < 0.5
        truth.append(("toggle", lab, "on" if on else "off"))
        rows.append(f'<label><span class="sw"><input type="checkbox" {"checked" if on else ""}>'
                    f'<span class="sl"></span></span>{lab}</label>')
    for name, vals in rng.sample(TEXT_FIELDS, 2):
        v = rng.choice(vals)
        truth.append(("text", name, v))
        rows.append(f'<label style="display:inline-block;width:120px">{name}</label>'
                    f'<input type="text" value="{v}" style="font-size:{size}px;padding:6px;width:260px">')
    button = rng.choice(["Save changes", "Continue", "Place order", "Submit"])
    truth.append(("button", button, button))
    rows.append(f'<button style="font-size:{size}px;padding:8px 18px;background:#1a73e8;color:white;'
                f'border:none;border-radius:6px">{button}</button>')
    body = "".join(f'<div style="margin:16px 0">{r}</div>' for r in rows)
    html = (f"<html><head><style>body{{font-family:{font};font-size:{size}px;margin:40px;color:#222}}{css}"
            f"</style></head><body><h2>Settings</h2>{body}</body></html>")
    return FormSample(image=render_html(html, (900, 760)), truth=truth)


@dataclass
class DiagramSample:
    image: Image.Image
    boxes: list[tuple[str, str]]  # (text, fill colour name)
    arrows: list[tuple[str, str]]  # (from text, to text)


DIAGRAM_FILLS = {"red": "#e74c3c", "green": "#2ecc71", "blue": "#3498db", "orange": "#f39c12",
                 "purple": "#8e44ad", "yellow": "#f1c40f", "gray": "#95a5a6", "pink": "#ff8fb1"}
STEP_WORDS = ["Start", "Load data", "Validate", "Train", "Deploy", "Review", "Report", "Archive", "Notify",
              "Stop"]


def diagram(rng: random.Random) -> DiagramSample:
    """A flowchart: filled boxes (text in a contrasting colour) joined by arrows with arrowheads."""
    n = rng.randint(3, 5)
    words = rng.sample(STEP_WORDS, n)
    fills = rng.sample(list(DIAGRAM_FILLS), n)
    horizontal = rng.random() < 0.5
    bw, bh = 150, 64
    pos = []
    for i in range(n):
        if horizontal:
            pos.append((40 + i * 210 if i < 4 else 40 + 3 * 210, 120 if i < 4 else 330))
        else:
            pos.append((120 + (i % 2) * 330, 60 + i * 130))
    parts = ['<defs><marker id="ah" markerWidth="12" markerHeight="10" refX="11" refY="5" orient="auto">'
             '<polygon points="0 0, 12 5, 0 10" fill="#333"/></marker></defs>']
    arrows = []
    order = list(range(n))
    if rng.random() < 0.4:  # some arrows point backwards in the drawing
        order = order[::-1]
    for a, b in zip(order, order[1:], strict=False):
        (xa, ya), (xb, yb) = pos[a], pos[b]
        ca, cb = (xa + bw / 2, ya + bh / 2), (xb + bw / 2, yb + bh / 2)
        dx, dy = cb[0] - ca[0], cb[1] - ca[1]
        # Leave each box from the side facing the other one.
        if abs(dx) > abs(dy):
            s = 1 if dx > 0 else -1
            p0, p1 = (ca[0] + s * bw / 2, ca[1]), (cb[0] - s * (bw / 2 + 4), cb[1])
        else:
            s = 1 if dy > 0 else -1
            p0, p1 = (ca[0], ca[1] + s * bh / 2), (cb[0], cb[1] - s * (bh / 2 + 4))
        parts.append(f'<line x1="{p0[0]}" y1="{p0[1]}" x2="{p1[0]}" y2="{p1[1]}" stroke="#333" stroke-width="2.5"'
                     ' marker-end="url(#ah)"/>')
        arrows.append((words[a], words[b]))
    for (x, y), word, fill in zip(pos, words, fills, strict=True):
        rx = rng.choice([0, 8, 14])
        ink = "#111" if fill in ("yellow", "orange", "pink", "green") else "white"
        parts.append(f'<rect x="{x}" y="{y}" width="{bw}" height="{bh}" rx="{rx}" fill="{DIAGRAM_FILLS[fill]}"/>'
                     f'<text x="{x + bw / 2}" y="{y + bh / 2 + 6}" text-anchor="middle" font-size="18"'
                     f' font-family="Arial" fill="{ink}">{word}</text>')
    html = f'<html><body style="margin:0;background:white"><svg width="1000" height="800">{"".join(parts)}</svg>'
    return DiagramSample(image=render_html(html + "</body></html>", (1000, 800)),
                         boxes=list(zip(words, fills, strict=True)), arrows=arrows)
