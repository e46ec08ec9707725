"""Simple shape panels drawn with pillow: colours, positions, counts and sizes."""

from __future__ import annotations

import math
import random
from pathlib import Path

from common import Q, Scene, font, save_png
from PIL import Image, ImageDraw

COLOURS = {"red": (214, 39, 40), "blue": (31, 119, 180), "green": (44, 160, 44), "yellow": (240, 200, 30),
           "orange": (255, 127, 14), "purple": (148, 103, 189)}
KINDS = ["circle", "square", "triangle", "star", "hexagon"]


def _polygon(cx: float, cy: float, r: float, kind: str) -> list[tuple[float, float]]:
    if kind == "triangle":
        return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in (-90, 30, 150)]
    if kind == "hexagon":
        return [(cx + r * math.cos(math.radians(a)), cy + r * math.sin(math.radians(a))) for a in range(0, 360, 60)]
    pts = []
    for k in range(10):
        rad = r if k % 2 == 0 else r * 0.45
        a = math.radians(-90 + 36 * k)
        pts.append((cx + rad * math.cos(a), cy + rad * math.sin(a)))
    return pts


def draw_shape(dr: ImageDraw.ImageDraw, kind: str, cx: float, cy: float, r: float, colour: str) -> None:
    fill = COLOURS[colour]
    if kind == "circle":
        dr.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    elif kind == "square":
        dr.rectangle((cx - r * 0.85, cy - r * 0.85, cx + r * 0.85, cy + r * 0.85), fill=fill)
    else:
        dr.polygon(_polygon(cx, cy, r, kind), fill=fill)


def _scatter(rng: random.Random, size: tuple[int, int], specs: list[tuple[str, str]], r: tuple[int, int],
             bg: tuple = (255, 255, 255)) -> Image.Image:
    """Place shapes without overlap (rejection sampling, deterministic through rng)."""
    img = Image.new("RGB", size, bg)
    dr = ImageDraw.Draw(img)
    placed: list[tuple[float, float, float]] = []
    for kind, colour in specs:
        for _ in range(2000):
            rad = rng.randint(*r)
            cx, cy = rng.uniform(rad + 10, size[0] - rad - 10), rng.uniform(rad + 10, size[1] - rad - 10)
            if all(math.hypot(cx - x, cy - y) > rad + q + 12 for x, y, q in placed):
                break
        else:
            raise RuntimeError("could not place shapes")
        placed.append((cx, cy, rad))
        draw_shape(dr, kind, cx, cy, rad, colour)
    return img


def _panels(rng: random.Random, out: Path) -> Scene:
    kinds = rng.sample(KINDS, 4)
    cols = rng.sample(list(COLOURS), 4)
    img = Image.new("RGB", (640, 520), (245, 245, 245))
    dr = ImageDraw.Draw(img)
    for i, (k, c) in enumerate(zip(kinds, cols, strict=True)):
        x0, y0 = 20 + (i % 2) * 310, 20 + (i // 2) * 250
        dr.rectangle((x0, y0, x0 + 290, y0 + 230), fill="white", outline=(120, 120, 120), width=2)
        dr.text((x0 + 12, y0 + 8), "ABCD"[i], font=font("sans_bold", 24), fill=(50, 50, 50))
        draw_shape(dr, k, x0 + 145, y0 + 125, 70, c)
    save_png(img, out / "shapes_panels.png")
    ask = kinds[rng.randrange(4)]
    target = next((k for k in kinds if k != ask), kinds[0])
    return Scene("shapes_panels", "shapes", [
        Q(f"what colour is the {ask}?", cols[kinds.index(ask)], "text", "colour"),
        Q(f"which panel has the {target} in it", "ABCD"[kinds.index(target)], "option", "locate"),
    ], ["A", "B", "C", "D"])


def _crowd(rng: random.Random, out: Path) -> Scene:
    n = {"circle": rng.randint(3, 7), "square": rng.randint(2, 6), "triangle": rng.randint(2, 6)}
    while n["square"] == n["triangle"]:
        n["triangle"] = rng.randint(2, 6)
    specs = [(k, rng.choice(list(COLOURS))) for k, c in n.items() for _ in range(c)]
    rng.shuffle(specs)
    _scatter(rng, (720, 480), specs, (18, 30)).save(out / "shapes_crowd.png", optimize=True)
    return Scene("shapes_crowd", "shapes", [
        Q("How many circles are there?", str(n["circle"]), "number", "count"),
        Q("are there more squares than triangles", "yes" if n["square"] > n["triangle"] else "no", "yesno",
          "count_compare"),
    ])


def _pair(rng: random.Random, out: Path) -> Scene:
    r1, r2 = rng.sample(range(40, 130, 15), 2)
    odd = rng.choice(["triangle", "star", "hexagon"])
    img = Image.new("RGB", (720, 360), (250, 248, 240))
    dr = ImageDraw.Draw(img)
    draw_shape(dr, "circle", 170, 180, r1, "red")
    draw_shape(dr, "square", 400, 180, r2, "blue")
    draw_shape(dr, odd, 610, 180, 70, "green")
    save_png(img, out / "shapes_pair.png")
    # The square is drawn at 0.85 r half-side: compare areas, not radii.
    bigger = "red circle" if math.pi * r1 ** 2 > (1.7 * r2) ** 2 else "blue square"
    return Scene("shapes_pair", "shapes", [
        Q("which is bigger, the red circle or the blue square?", bigger, "option", "size_compare"),
        Q("what shape is the green one", odd, "text", "shape"),
    ])


def _colours(rng: random.Random, out: Path) -> Scene:
    reds, blues = rng.sample(range(2, 9), 2)
    has_hex = rng.random() < 0.5
    kinds = ["circle", "square", "triangle", "star"] + (["hexagon"] if has_hex else [])
    specs = [(rng.choice(kinds), "red") for _ in range(reds)] + [(rng.choice(kinds), "blue") for _ in range(blues)]
    if has_hex and all(k != "hexagon" for k, _ in specs):
        specs[0] = ("hexagon", specs[0][1])
    rng.shuffle(specs)
    _scatter(rng, (680, 460), specs, (20, 34), (236, 240, 244)).save(out / "shapes_colours.png", optimize=True)
    return Scene("shapes_colours", "shapes", [
        Q("more red shapes or blue shapes?", "red" if reds > blues else "blue", "option", "choice_more"),
        Q("is there a hexagon anywhere", "yes" if any(k == "hexagon" for k, _ in specs) else "no", "yesno", "exists"),
    ])


def shapes(rng: random.Random, out: Path) -> list[Scene]:
    return [f(rng, out) for f in (_panels, _crowd, _pair, _colours)]
