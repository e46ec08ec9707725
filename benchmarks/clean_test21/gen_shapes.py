"""Shapes board and a dialog mock-up drawn with PIL."""
import math

from common import Scene, Canvas, font

COL = {"red": "#d62828", "blue": "#1d4ed8", "green": "#15803d", "yellow": "#eab308", "purple": "#7e22ce",
       "orange": "#ea580c"}


def _shape(c, kind, cx, cy, r, fill):
    if kind == "circle":
        c.d.ellipse((cx - r, cy - r, cx + r, cy + r), fill=fill)
    elif kind == "square":
        c.d.rectangle((cx - r, cy - r, cx + r, cy + r), fill=fill)
    elif kind == "triangle":
        c.d.polygon([(cx, cy - r), (cx - r, cy + r * 0.8), (cx + r, cy + r * 0.8)], fill=fill)
    elif kind == "star":
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.45
            a = -math.pi / 2 + k * math.pi / 5
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        c.d.polygon(pts, fill=fill)
    elif kind == "hexagon":
        c.d.polygon([(cx + r * math.cos(math.pi / 3 * k), cy + r * math.sin(math.pi / 3 * k)) for k in range(6)],
                    fill=fill)


def shapes_board():
    s = Scene("shapes_board", "shapes", "coloured shapes on a grid-paper background", "light", "PIL",
              "circles, squares, one triangle, one star, one hexagon; sizes vary")
    R = s.rng
    W, H = 900, 600
    c = Canvas(s, W, H, "#fafaf5")
    for x in range(0, W, 30):
        c.line((x, 0, x, H), "#e6ecf2")
    for y in range(0, H, 30):
        c.line((0, y, W, y), "#e6ecf2")
    n_circ = R.randint(3, 5)
    n_sq = n_circ + R.choice([-2, -1, 1, 2])
    kinds = ["circle"] * n_circ + ["square"] * n_sq + ["triangle", "star", "hexagon"]
    cols = list(COL)
    placed = []
    items = []
    tri_col = R.choice(["green", "orange", "purple"])
    star_col = R.choice([x for x in ["yellow", "red", "blue"]])
    big_circle = R.random() < 0.5
    seen = set()
    for k in kinds:
        if k == "circle":
            rng_r = (64, 70) if (big_circle and k not in seen) else (24, 40)
        elif k == "square":
            rng_r = (58, 64) if (not big_circle and k not in seen) else (22, 38)
        else:
            rng_r = (28, 60)
        seen.add(k)
        for _ in range(500):
            r = R.randint(*rng_r)
            cx, cy = R.randint(r + 10, W - r - 10), R.randint(r + 10, H - r - 10)
            if all(math.hypot(cx - x, cy - y) > r + rr + 14 for x, y, rr in placed):
                break
        placed.append((cx, cy, r))
        if k == "triangle":
            col = tri_col
        elif k == "star":
            col = star_col
        else:
            col = R.choice([x for x in cols if x not in (tri_col, star_col)])
        items.append((k, col, r))
        _shape(c, k, cx, cy, r, COL[col])
    c.finish()
    s.q("what colour is the triangle", tri_col, "text", "colour", False)
    s.q("how many circles are there", n_circ, "count", "count", False)
    s.q("are there more squares than circles?", "yes" if n_sq > n_circ else "no", "yesno", "count_compare", False)
    s.q(f"what shape is the {star_col} thing", "star", "text", "shape", False)
    circles = [it for it in items if it[0] == "circle"]
    big = max(circles, key=lambda t: t[2])
    sq = [it for it in items if it[0] == "square"]
    bigsq = max(sq, key=lambda t: t[2])
    a_c, a_s = math.pi * big[2] ** 2, (2 * bigsq[2]) ** 2
    assert max(a_c, a_s) / min(a_c, a_s) > 1.3
    s.q("is the biggest circle larger than the biggest square?", "yes" if a_c > a_s else "no", "yesno",
        "size_compare", False)


def dialog_delete_project():
    s = Scene("dialog_delete_project", "dialog", "desktop-style confirmation dialog mock-up", "light", "PIL",
              "title, message, checkbox, three buttons in fixed positions")
    W, H = 620, 300
    c = Canvas(s, W, H, "#f3f3f3")
    c.rect((0, 0, W, 36), fill="#dcdcdc")
    c.text((14, 9), "Delete project?", font("opensansb", 15))
    c.text((W - 30, 6), "×", font("dejavu", 18))
    c.rect((24, 58, 72, 106), fill="#f59e0b", radius=24)
    c.text((42, 64), "!", font("dejavub", 30), fill="#fff")
    c.text((94, 56), "Delete \u201cHarbour Survey 2025\u201d?", font("opensansb", 18))
    c.text((94, 88), "This removes 214 files (1.6 GB) from the shared drive.", font("opensans", 14))
    c.text((94, 110), "Team members will lose access immediately.", font("opensans", 14))
    c.rect((94, 146, 110, 162), fill="#fff", outline="#666")
    c.text((118, 144), "Keep a local backup copy", font("opensans", 14))
    c.line((96, 154, 101, 160), "#1d4ed8", 3)
    c.line((101, 160, 109, 148), "#1d4ed8", 3)
    y = H - 60
    c.rect((20, y, 150, y + 38), fill="#ffffff", outline="#b91c1c", radius=5)
    c.ctext(85, y + 9, "Delete forever", font("opensans", 14), fill="#b91c1c")
    c.rect((W - 260, y, W - 150, y + 38), fill="#ffffff", outline="#999", radius=5)
    c.ctext(W - 205, y + 9, "Cancel", font("opensans", 14))
    c.rect((W - 140, y, W - 20, y + 38), fill="#2563eb", radius=5)
    c.ctext(W - 80, y + 9, "Move to Trash", font("opensans", 14), fill="#fff")
    c.finish()
    s.q("where is the Delete forever button", "bottom left", "text", "locate", False)
    s.q("what does the blue button say", "Move to Trash", "text", "read", True)
    s.q("is the backup option checked", "yes", "yesno", "state_yesno", False)
    s.q("how many files would be removed?", "214", "count", "lookup", True)


ALL = [shapes_board, dialog_delete_project]
