"""Scene kinds for the regression wall that `synth` and `synth_docs` do not draw with a fixed question:
bar charts with and without printed values (a named bar's value, signed differences, the tallest bar),
panels of coloured shapes lettered A-D, a rectangle with a scale bar, city tables with derived
quantities, filled forms, real photos with multiple choice, documentation pages, tables of contents and
page headings. Every generator is seeded and deterministic and draws its text in several fonts."""

from __future__ import annotations

import io
import random

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
from PIL import Image, ImageDraw, ImageFont  # noqa: E402

from .synth import CATEGORIES, COLOURS, FONT_DIR, Item, _draw_shape, font  # noqa: E402

SHAPES = ["circle", "square", "triangle", "star"]
# Names with inner capitals, two words and several syllables: what space restoration must keep whole.
TOWNS = ["Farrow", "Bergamo", "Lindholm", "Westport", "Ashford", "Kingsbridge", "Port Louis", "San Remo",
         "Oslo", "Lima", "Cairo", "Quito", "Dakar", "Hanoi", "Turin", "Mildura"]


def _bars(rng: random.Random, printed: bool) -> tuple[Image.Image, list[str], list[int]]:
    labels = rng.sample(CATEGORIES, rng.randint(3, 6))
    step = rng.choice([1, 5, 10])
    vals = rng.sample(range(2, 21), len(labels))
    vals = [v * step for v in vals]
    fig, ax = plt.subplots(figsize=(rng.uniform(4.5, 6.5), rng.uniform(3.2, 4.5)), dpi=rng.choice([90, 100, 120]))
    plt.rcParams["font.family"] = rng.choice(["DejaVu Sans", "DejaVu Serif", "STIXGeneral"])
    bars = ax.bar(labels, vals, color=rng.choice(["tab:blue", "tab:orange", "tab:green", "steelblue"]))
    if printed:
        ax.bar_label(bars, padding=2)
    ax.set_title(rng.choice(["Sales", "Fruit harvest", "Units sold", "Survey results"]))
    for s in ("top", "right"):
        ax.spines[s].set_visible(False)
    buf = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buf, format="png")
    plt.close(fig)
    plt.rcParams["font.family"] = "DejaVu Sans"
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), labels, vals


def bar_value(rng: random.Random, printed: bool) -> Item:
    img, labels, vals = _bars(rng, printed)
    i = rng.randrange(len(labels))
    q = rng.choice([f"What is the value of the {labels[i]} bar?", f"What value does the chart show for {labels[i]}?",
                    f"How high is the bar for {labels[i]}?"])
    return Item(img, q, str(vals[i]), "numeric", "bar_value_printed" if printed else "bar_value_axis", literal=printed)


def bar_difference(rng: random.Random) -> Item:
    img, labels, vals = _bars(rng, True)
    i, j = rng.sample(range(len(labels)), 2)
    q = rng.choice([f"What is the value of {labels[i]} minus the value of {labels[j]}?",
                    f"What is {labels[i]} minus {labels[j]}?",
                    f"Subtract the {labels[j]} bar from the {labels[i]} bar. What do you get?"])
    return Item(img, q, str(vals[i] - vals[j]), "numeric", "bar_difference")


def bar_tallest(rng: random.Random) -> Item:
    img, labels, vals = _bars(rng, rng.random() < 0.5)
    top = labels[vals.index(max(vals))]
    q = rng.choice(["Which bar is the tallest?", "Which category has the highest value?"])
    return Item(img, q, top, "text", "bar_tallest", literal=True)


def _panels(rng: random.Random) -> tuple[Image.Image, list[tuple[str, str, str]]]:
    """Four bordered panels lettered A-D, one shape in each, all colours and shapes distinct enough."""
    cell = rng.randint(150, 210)
    cols = rng.choice([2, 4])
    rows = 4 // cols
    img = Image.new("RGB", (cols * cell + 20, rows * cell + 20), "white")
    d = ImageDraw.Draw(img)
    colours = rng.sample([c for c in COLOURS if c not in ("black", "white", "gray", "grey")], 4)
    shapes = [rng.choice(SHAPES) for _ in range(4)]
    fnt = font(rng, rng.randint(18, 26))
    panels = []
    for k, letter in enumerate("ABCD"):
        x0, y0 = 10 + (k % cols) * cell, 10 + (k // cols) * cell
        d.rectangle((x0, y0, x0 + cell - 6, y0 + cell - 6), outline=(60, 60, 60), width=2)
        d.text((x0 + 8, y0 + 6), letter, font=fnt, fill="black")
        _draw_shape(d, shapes[k], x0 + cell // 2, y0 + cell // 2 + 8, cell // 4, COLOURS[colours[k]])
        panels.append((letter, colours[k], shapes[k]))
    return img, panels


def panel_colour(rng: random.Random) -> Item:
    img, panels = _panels(rng)
    letter, colour, _ = rng.choice(panels)
    q = rng.choice([f"What colour is the shape in panel {letter}?",
                    f"What is the color of the shape in panel {letter}?"])
    return Item(img, q, colour, "colour", "panel_colour")


def panel_which(rng: random.Random) -> Item:
    img, panels = _panels(rng)
    letter, colour, shape = rng.choice(panels)
    return Item(img, f"Which panel has the {colour} {shape}?", letter, "text", "panel_which")


def panel_shape(rng: random.Random) -> Item:
    img, panels = _panels(rng)
    letter, _, shape = rng.choice(panels)
    return Item(img, rng.choice([f"What shape is in panel {letter}?", f"Which shape is drawn in panel {letter}?"]),
                shape, "text", "panel_shape")


def scale_area(rng: random.Random) -> Item:
    unit_px = rng.randint(35, 70)
    unit, label_unit = rng.choice([(1, "cm"), (2, "cm"), (1, "m"), (5, "m")])
    a, b = rng.randint(2, 6), rng.randint(2, 5)
    w, h = a * unit_px, b * unit_px
    img = Image.new("RGB", (w + 160, h + 150), "white")
    d = ImageDraw.Draw(img)
    d.rectangle((60, 40, 60 + w, 40 + h), outline=(30, 30, 30), width=3, fill=rng.choice([(220, 235, 250), "white"]))
    y = 40 + h + 50
    d.line((60, y, 60 + unit_px, y), fill="black", width=4)
    for x in (60, 60 + unit_px):
        d.line((x, y - 8, x, y + 8), fill="black", width=2)
    d.text((60 + unit_px + 12, y - 12), f"{unit} {label_unit}", font=font(rng, 20), fill="black")
    q = rng.choice([f"Using the scale bar, what is the area of the rectangle in square {label_unit}?",
                    f"What is the area of the rectangle in {label_unit}², according to the scale bar?"])
    return Item(img, q, str(a * b * unit * unit), "numeric", "scale_area")


def _city_table(rng: random.Random) -> tuple[Image.Image, list[str], dict[str, list[int]]]:
    towns = rng.sample(TOWNS, rng.randint(4, 6))
    data = {"Population": [rng.randint(20, 990) * 100 for _ in towns], "Area": [rng.randint(30, 900) for _ in towns]}
    size = rng.randint(16, 22)
    f = font(rng, size)
    cw = rng.randint(150, 190)
    line_h = int(size * 2.2)
    img = Image.new("RGB", (cw * 3 + 40, (len(towns) + 1) * line_h + 40), "white")
    d = ImageDraw.Draw(img)
    rows = [["City", "Population", "Area (km²)"]] + [[t, f"{data['Population'][i]:,}", str(data["Area"][i])]
                                                     for i, t in enumerate(towns)]
    for r, row in enumerate(rows):
        y = 20 + r * line_h
        for j, cell in enumerate(row):
            d.text((20 + j * cw, y), cell, font=f, fill="black")
    return img, towns, data


def table_cell(rng: random.Random) -> Item:
    img, towns, data = _city_table(rng)
    i, col = rng.randrange(len(towns)), rng.choice(["Population", "Area"])
    q = rng.choice([f"What is the {col.lower()} of {towns[i]}?",
                    f"In the table, what {col.lower()} does {towns[i]} have?"])
    return Item(img, q, str(data[col][i]), "numeric", "table_cell", literal=True)


def table_argmax(rng: random.Random) -> Item:
    img, towns, data = _city_table(rng)
    col, how = rng.choice(["Population", "Area"]), rng.choice(["highest", "lowest"])
    vals = data[col]
    pick = (max if how == "highest" else min)(range(len(towns)), key=lambda k: vals[k])
    if vals.count(vals[pick]) > 1:
        return table_argmax(rng)
    return Item(img, f"Which city has the {how} {col.lower()}?", towns[pick], "text", "table_argmax", literal=True)


def table_density(rng: random.Random) -> Item:
    img, towns, data = _city_table(rng)
    i = rng.randrange(len(towns))
    dens = data["Population"][i] / data["Area"][i]
    q = rng.choice([f"What is the population density of {towns[i]} (people per km²)? Round to one decimal place.",
                    f"How many people per square kilometre live in {towns[i]}? Round to one decimal."])
    return Item(img, q, f"{dens:.1f}", "numeric", "table_density")


FORM_TEXT = [("Name", ["Ana Lopez", "Kenji Sato", "Maria Rossi"]), ("City", ["Bergen", "Porto", "Leeds"]),
             ("Order no.", ["A-1042", "ZX-7705", "K0093"])]


def form_filled(rng: random.Random) -> Item:
    """A filled settings form drawn with pixels: checkboxes, one radio group, two text fields."""
    from .synth_charts import FORM_LABELS, RADIO_GROUPS

    size = rng.randint(16, 22)
    f = font(rng, size)
    img = Image.new("RGB", (760, 560), "white")
    d = ImageDraw.Draw(img)
    y, step, box = 30, int(size * 2.4), size
    boxes = [(lab, rng.random() < 0.5) for lab in rng.sample(FORM_LABELS, 3)]
    for lab, on in boxes:
        d.rectangle((40, y, 40 + box, y + box), outline=(80, 80, 80), width=2, fill=(33, 115, 230) if on else "white")
        if on:
            d.line((44, y + box // 2, 40 + box // 2 - 1, y + box - 4, 40 + box - 3, y + 3), fill="white", width=3)
        d.text((50 + box, y - 2), lab, font=f, fill="black")
        y += step
    group, options = rng.choice(RADIO_GROUPS)
    chosen = rng.choice(options)
    d.text((40, y), group, font=font(rng, size + 2), fill="black")
    y += step
    x = 40
    for o in options:
        d.ellipse((x, y, x + box, y + box), outline=(80, 80, 80), width=2)
        if o == chosen:
            d.ellipse((x + 5, y + 5, x + box - 5, y + box - 5), fill=(33, 115, 230))
        d.text((x + box + 8, y - 2), o, font=f, fill="black")
        x += int(d.textlength(o, font=f)) + box + 50
    y += step
    texts = [(name, rng.choice(vals)) for name, vals in rng.sample(FORM_TEXT, 2)]
    for name, value in texts:
        d.text((40, y + 6), name, font=f, fill="black")
        d.rectangle((200, y, 520, y + size + 16), outline=(150, 150, 150), width=1)
        d.text((208, y + 6), value, font=f, fill="black")
        y += step + 10
    mode = rng.randrange(3)
    if mode == 0:
        return Item(img, f"Which {group.lower()} option is selected?", chosen, "text", "form", literal=True)
    if mode == 1:
        name, value = rng.choice(texts)
        return Item(img, f"What is entered in the {name} field?", value, "text", "form", literal=True)
    lab, on = rng.choice(boxes)
    return Item(img, f"Is '{lab}' checked?", "yes" if on else "no", "yesno", "form")


PHOTOS = {"chelsea": "a cat", "coffee": "a cup of coffee", "rocket": "a rocket", "astronaut": "an astronaut"}
PHOTO_POOL = ["a cat", "a cup of coffee", "a rocket", "an astronaut", "a bicycle", "a sailing boat", "a horse",
              "a pizza", "a lighthouse", "a guitar"]


def photo_mcq(rng: random.Random) -> Item:
    from skimage import data

    name = rng.choice(sorted(PHOTOS))
    arr = getattr(data, name)()
    img = Image.fromarray(arr).convert("RGB")
    w, h = img.size
    f = rng.uniform(0.8, 1.0)
    x, y = rng.randint(0, int(w * (1 - f))), rng.randint(0, int(h * (1 - f)))
    img = img.crop((x, y, x + int(w * f), y + int(h * f))).resize((int(w * f * rng.uniform(0.7, 1.1)),
                                                                    int(h * f * rng.uniform(0.7, 1.1))))
    gold = PHOTOS[name]
    opts = [gold, *rng.sample([p for p in PHOTO_POOL if p != gold], 3)]
    rng.shuffle(opts)
    return Item(img, "What is shown in this photo?", "ABCD"[opts.index(gold)], "mcq", "photo_mcq", opts)


Line = tuple[str, str]  # (role: nav | h1 | h2 | p | code | li, text)


def _page(rng: random.Random, lines: list[Line], size: tuple[int, int] = (900, 700)) -> Image.Image:
    """A documentation-like page drawn with pixels: a grey nav line, headings, paragraphs, code, bullets."""
    base = rng.randint(15, 19)
    sizes = {"nav": base - 2, "h1": int(base * 1.9), "h2": int(base * 1.4), "p": base, "code": base, "li": base}
    img = Image.new("RGB", size, "white")
    d = ImageDraw.Draw(img)
    y = 30
    for role, text in lines:
        f = ImageFont.truetype(str(FONT_DIR / "DejaVuSansMono.ttf"), sizes[role]) if role == "code" \
            else font(rng, sizes[role])
        x = 60 if role == "li" else 40
        if role == "code":
            d.rectangle((36, y - 6, size[0] - 40, y + sizes[role] + 8), fill=(242, 242, 242))
        if role == "li":
            d.ellipse((44, y + sizes[role] // 2 - 3, 50, y + sizes[role] // 2 + 3), fill="black")
        d.text((x, y), text, font=f, fill=(110, 110, 110) if role == "nav" else "black")
        y += int(sizes[role] * (2.2 if role in ("h1", "h2", "nav") else 1.8))
    return img


PROJECTS = ["fastgrid", "tidewater", "quillpy", "norbert", "lumenkit", "parsnip", "grapple", "ostrich"]
OPTIONS = ["--verbose", "--output", "--config", "--dry-run", "--jobs", "--quiet", "--format", "--timeout"]
SECTIONS = ["Introduction", "Getting started", "Installation", "Configuration", "Command line usage",
            "Writing plugins", "Troubleshooting", "Release notes", "Security model", "Performance tuning"]


def doc_page(rng: random.Random) -> Item:
    proj = rng.choice(PROJECTS)
    version = f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}"
    opts = rng.sample(OPTIONS, 4)
    lines: list[Line] = [("nav", f"{proj} {version} documentation"), ("h1", "Command line usage"),
                         ("p", "Install it with:"), ("code", f"pip install {proj}"), ("h2", "Options")]
    lines += [("li", f"{o}   {rng.choice(['set the value', 'change the mode', 'print more'])}") for o in opts]
    img = _page(rng, lines)
    if rng.random() < 0.5:
        return Item(img, "What version does this page document?", version, "version", "doc_page", literal=True)
    return Item(img, "What is the first option listed in the Options section?", opts[0], "text", "doc_page",
                literal=True)


def toc_next(rng: random.Random) -> Item:
    secs = rng.sample(SECTIONS, rng.randint(5, 7))
    size = rng.randint(16, 21)
    f = font(rng, size)
    img = Image.new("RGB", (720, 120 + len(secs) * int(size * 2)), "white")
    d = ImageDraw.Draw(img)
    d.text((40, 24), "Contents", font=font(rng, size * 2), fill="black")
    page, y = 1, 40 + size * 3
    for k, s in enumerate(secs, 1):
        d.text((40, y), f"{k}", font=f, fill="black")
        d.text((80, y), s, font=f, fill="black")
        d.text((640, y), str(page), font=f, fill="black")
        page += rng.randint(2, 9)
        y += int(size * 2)
    i = rng.randrange(len(secs) - 1)
    q = rng.choice([f"Which entry comes after '{secs[i]}' in the table of contents?",
                    f"In the contents, what is the entry that follows {secs[i]}?"])
    return Item(img, q, secs[i + 1], "text", "toc_next", literal=True)


def page_heading(rng: random.Random) -> Item:
    n = rng.randint(2, 9)
    title, a, b = rng.sample(SECTIONS, 3)
    lines: list[Line] = [("h1", f"{n} {title}"), ("p", "This chapter explains the topic in detail and gives examples."),
                         ("h2", f"{n}.1 {a}"), ("p", "Some text about it."), ("h2", f"{n}.2 {b}"), ("p", "More text.")]
    img = _page(rng, lines, (900, 520))
    return Item(img, rng.choice(["What is the main heading of this page?", "What is the title of this page?"]),
                title, "text", "page_heading", literal=True)
