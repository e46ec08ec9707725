"""A small labelled set of image kinds for measuring `describe`'s kind guess.

Web-like kinds are random HTML pages screenshotted by headless Chromium; charts come from matplotlib;
photos are the real sample photos shipped by scikit-image, scikit-learn and matplotlib (with crops).
Everything is drawn from a seeded RNG, so a set is reproducible: `build(out_dir, per_kind, seed)`.
"""

from __future__ import annotations

import random
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path

WORDS = (  # noqa: SIM905
    "account report system update network service market value order customer review project budget team "
    "quarter sales growth energy policy health travel city river garden music history science data model "
    "server cloud security design product release support contact billing invoice payment shipping total "
    "status region annual monthly weekly summary detail option setting profile message notice library"
).split()
FONTS = ["DejaVu Sans", "Liberation Sans", "DejaVu Serif", "Liberation Serif"]
MONO = ["DejaVu Sans Mono", "Liberation Mono"]


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n))


def _sentence(rng: random.Random) -> str:
    return _words(rng, rng.randint(8, 18)).capitalize() + "."


def _page(body: str, style: str = "") -> str:
    return f"<html><head><meta charset='utf-8'><style>{style}</style></head><body>{body}</body></html>"


def document(rng: random.Random) -> tuple[str, tuple[int, int]]:
    font = rng.choice(FONTS)
    paras = "".join(
        f"<h{rng.randint(2, 3)}>{_words(rng, 3).title()}</h{rng.randint(2, 3)}>" * (rng.random() < 0.4)
        + f"<p>{' '.join(_sentence(rng) for _ in range(rng.randint(3, 7)))}</p>"
        for _ in range(rng.randint(3, 6))
    )
    if rng.random() < 0.3:  # a receipt-like narrow column
        items = "".join(f"<div>{_words(rng, 2)} <span style='float:right'>${rng.uniform(1, 90):.2f}</span></div>"
                        for _ in range(rng.randint(6, 14)))
        body = f"<div style='width:380px;margin:30px auto'><h3>{_words(rng, 2).upper()}</h3>{items}" \
               f"<hr><b>TOTAL <span style='float:right'>${rng.uniform(50, 400):.2f}</span></b></div>"
        return _page(body, f"body{{font-family:'{rng.choice(MONO)}';font-size:15px}}"), (700, rng.choice([700, 900]))
    style = f"body{{font-family:'{font}';font-size:{rng.randint(14, 18)}px;margin:{rng.randint(30, 90)}px;" \
            f"line-height:1.5;color:#{rng.choice(['000', '222', '333'])}}}"
    return _page(f"<h1>{_words(rng, 4).title()}</h1>{paras}", style), rng.choice([(1000, 1300), (900, 1200)])


def screenshot(rng: random.Random) -> tuple[str, tuple[int, int]]:
    accent = rng.choice(["#1a73e8", "#2e7d32", "#6a1b9a", "#d84315", "#263238", "#00838f"])
    nav = "".join(f"<span style='margin-right:24px'>{w.title()}</span>" for w in rng.sample(WORDS, 5))
    side = "".join(f"<div style='padding:9px 16px'>{w.title()}</div>" for w in rng.sample(WORDS, rng.randint(5, 9)))
    cards = "".join(
        f"<div style='display:inline-block;width:260px;margin:10px;padding:14px;border-radius:8px;"
        f"box-shadow:0 1px 4px #999;vertical-align:top'><b>{_words(rng, 2).title()}</b>"
        f"<div style='font-size:{rng.choice([26, 30])}px;color:{accent}'>{rng.randint(10, 9999):,}</div>"
        f"<div style='color:#666;font-size:13px'>{_words(rng, 6)}</div>"
        f"<button style='margin-top:8px;background:{accent};color:white;border:0;padding:6px 14px;"
        f"border-radius:4px'>{rng.choice(['Open', 'View', 'Edit', 'Details'])}</button></div>"
        for _ in range(rng.randint(3, 7))
    )
    body = (
        f"<div style='background:{accent};color:white;padding:14px 20px;font-size:17px'><b>"
        f"{_words(rng, 1).title()}App</b>&nbsp;&nbsp;&nbsp;{nav}</div>"
        f"<div style='display:flex'><div style='width:200px;background:#f1f3f4;min-height:900px'>{side}</div>"
        f"<div style='padding:10px'><h2>{_words(rng, 2).title()}</h2>{cards}</div></div>"
    )
    return _page(body, f"body{{margin:0;font-family:'{rng.choice(FONTS[:2])}';font-size:14px}}"), (1280, 800)


def terminal(rng: random.Random) -> tuple[str, tuple[int, int]]:
    bg, fg = rng.choice([("#1e1e1e", "#d4d4d4"), ("#000", "#33ff33"), ("#300a24", "#fff"), ("#282c34", "#abb2bf"),
                         ("#002b36", "#93a1a1")])
    user = rng.choice(["dev", "root", "alice", "ci"])
    cmds = ["ls -la", "git status", "python train.py --epochs 3", "docker ps", "df -h", "cat config.yaml",
            "pytest -q", "npm run build", "top -bn1 | head"]
    lines = []
    for _ in range(rng.randint(2, 5)):
        lines.append(f"<span style='color:#8ae234'>{user}@box</span>:~$ {rng.choice(cmds)}")
        for _ in range(rng.randint(2, 7)):
            lines.append(f"{rng.choice(['drwxr-xr-x', '-rw-r--r--', 'INFO', 'ok', '  '])} "
                         f"{rng.randint(1, 99999):>6} {_words(rng, rng.randint(1, 5))}")
    bar = "<div style='background:#3c3c3c;padding:6px'><span style='color:#ff5f56'>&#9679;</span> " \
          "<span style='color:#ffbd2e'>&#9679;</span> <span style='color:#27c93f'>&#9679;</span></div>"
    body = (bar if rng.random() < 0.5 else "") + f"<pre style='margin:10px'>{chr(10).join(lines)}</pre>"
    style = f"body{{margin:0;background:{bg};color:{fg};font-family:'{rng.choice(MONO)}';" \
            f"font-size:{rng.randint(13, 17)}px}}"
    return _page(body, style), rng.choice([(1000, 600), (1280, 720), (900, 560)])


def slide(rng: random.Random) -> tuple[str, tuple[int, int]]:
    bg, fg = rng.choice([("#fff", "#222"), ("#1f3864", "#fff"), ("#f4f1ea", "#333"), ("#0b5394", "#fff")])
    bullets = "".join(f"<li style='margin:14px 0'>{_words(rng, rng.randint(3, 7)).capitalize()}</li>"
                      for _ in range(rng.randint(2, 5)))
    body = f"<div style='padding:60px 80px'><div style='font-size:{rng.randint(44, 60)}px;font-weight:bold'>" \
           f"{_words(rng, rng.randint(2, 4)).title()}</div><ul style='font-size:{rng.randint(26, 32)}px'>" \
           f"{bullets}</ul></div>"
    return _page(body, f"body{{margin:0;background:{bg};color:{fg};font-family:'{rng.choice(FONTS)}'}}"), \
        rng.choice([(1280, 720), (1024, 768)])


def form(rng: random.Random) -> tuple[str, tuple[int, int]]:
    rows = []
    for _ in range(rng.randint(4, 7)):
        kind = rng.random()
        label = _words(rng, rng.randint(1, 2)).title()
        if kind < 0.6:
            rows.append(f"<div style='margin:12px 0'><label style='display:inline-block;width:160px'>{label}"
                        f"</label><input style='width:320px;padding:6px' value='"
                        f"{_words(rng, 2) if rng.random() < 0.5 else ''}'></div>")
        elif kind < 0.8:
            rows.append(f"<div style='margin:12px 0'><input type='checkbox' {'checked' * (rng.random() < .5)}> "
                        f"{label}</div>")
        else:
            rows.append(f"<div style='margin:12px 0'>{label}: " + "".join(
                f"<input type='radio' name='r{len(rows)}' {'checked' * (i == 0)}> {w} " for i, w in
                enumerate(rng.sample(WORDS, 3))) + "</div>")
    body = f"<div style='margin:40px;width:600px;padding:20px;border:1px solid #ccc'><h2>" \
           f"{_words(rng, 2).title()} Form</h2>{''.join(rows)}<button style='padding:8px 20px'>Submit</button></div>"
    return _page(body, f"body{{font-family:'{rng.choice(FONTS[:2])}';font-size:15px}}"), (900, 700)


def table(rng: random.Random) -> tuple[str, tuple[int, int]]:
    n_cols, n_rows = rng.randint(3, 6), rng.randint(5, 12)
    head = "".join(f"<th>{_words(rng, 1).title()}</th>" for _ in range(n_cols))
    body_rows = "".join(
        "<tr>" + f"<td>{_words(rng, 2)}</td>" + "".join(
            f"<td>{rng.uniform(0, 5000):,.{rng.choice([0, 2])}f}</td>" for _ in range(n_cols - 1)) + "</tr>"
        for _ in range(n_rows)
    )
    border = rng.choice(["1px solid #444", "1px solid #ccc"])
    style = f"body{{font-family:'{rng.choice(FONTS)}';margin:30px}} table{{border-collapse:collapse}}" \
            f"td,th{{border:{border};padding:6px 12px}} th{{background:#{rng.choice(['eee', 'dde', 'cde'])}}}"
    return _page(f"<table>{'<tr>' + head + '</tr>'}{body_rows}</table>", style), (900, 600)


def diagram(rng: random.Random) -> tuple[str, tuple[int, int]]:
    n = rng.randint(3, 6)
    fills = ["#cfe2f3", "#d9ead3", "#fff2cc", "#f4cccc", "#ead1dc", "#ffffff"]
    vertical = rng.random() < 0.5
    parts, marker = [], ("<defs><marker id='a' markerWidth='10' markerHeight='7' refX='10' refY='3.5' "
                         "orient='auto'><polygon points='0 0, 10 3.5, 0 7'/></marker></defs>")
    for i in range(n):
        x, y = (300, 30 + i * 110) if vertical else (30 + i * 190, 200 + (i % 2) * 60)
        shape = rng.choice(["rect", "ellipse"])
        fill = rng.choice(fills)
        if shape == "rect":
            parts.append(f"<rect x='{x}' y='{y}' width='150' height='60' rx='8' fill='{fill}' stroke='#333'/>")
        else:
            parts.append(f"<ellipse cx='{x + 75}' cy='{y + 30}' rx='75' ry='30' fill='{fill}' stroke='#333'/>")
        parts.append(f"<text x='{x + 75}' y='{y + 36}' text-anchor='middle' font-size='15'>{_words(rng, 1)}</text>")
        if i:
            px, py = (300, 30 + (i - 1) * 110) if vertical else (30 + (i - 1) * 190, 200 + ((i - 1) % 2) * 60)
            x1, y1, x2, y2 = (px + 75, py + 60, x + 75, y) if vertical else (px + 150, py + 30, x, y + 30)
            parts.append(f"<line x1='{x1}' y1='{y1}' x2='{x2}' y2='{y2}' stroke='#333' marker-end='url(#a)'/>")
    svg = f"<svg width='1200' height='{160 + n * 110 if vertical else 500}'>{marker}{''.join(parts)}</svg>"
    return _page(svg, "body{margin:10px;font-family:'DejaVu Sans'}"), (1220, 720 if vertical else 540)


HTML_KINDS: dict[str, Callable[[random.Random], tuple[str, tuple[int, int]]]] = {
    "document": document, "screenshot": screenshot, "terminal": terminal, "slide": slide, "form": form,
    "table": table, "diagram": diagram,
}


def render_html(html: str, size: tuple[int, int], out: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        raise RuntimeError("chromium is needed to render the HTML kinds")
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "page.html"
        page.write_text(html, encoding="utf-8")
        subprocess.run(
            [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--screenshot={out}", f"--window-size={size[0]},{size[1]}", page.as_uri()],
            check=True, capture_output=True, timeout=60,
        )


def chart(rng: random.Random, out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    style = rng.choice(["bar", "hbar", "line", "pie", "scatter", "stacked"])
    cats = rng.sample([w.title() for w in WORDS], rng.randint(3, 7))
    vals = [rng.randint(5, 100) for _ in cats]
    fig, ax = plt.subplots(figsize=(rng.choice([6, 7, 8]), rng.choice([4, 4.5, 5])), dpi=100)
    if style == "bar":
        ax.bar(cats, vals, color=rng.choice(["C0", "C1", "C2", "#4472c4"]))
    elif style == "hbar":
        ax.barh(cats, vals)
    elif style == "line":
        for s in range(rng.randint(1, 3)):
            ax.plot(cats, [v + rng.randint(-20, 20) for v in vals], marker="o", label=f"Series {s + 1}")
        ax.legend()
    elif style == "pie":
        ax.pie(vals, labels=cats, autopct="%1.0f%%")
    elif style == "scatter":
        ax.scatter([rng.random() for _ in range(40)], [rng.random() for _ in range(40)])
    else:
        ax.bar(cats, vals, label="A")
        ax.bar(cats, [rng.randint(5, 50) for _ in cats], bottom=vals, label="B")
        ax.legend()
    ax.set_title(_words(rng, 3).title())
    fig.tight_layout()
    fig.savefig(out)
    plt.close(fig)


def sample_photos() -> list[tuple[str, object]]:
    """(name, PIL image) for every real photo the installed wheels ship."""
    import numpy as np
    import skimage.data as sk
    from matplotlib import cbook
    from PIL import Image
    from sklearn.datasets import load_sample_image

    out = []
    for name in ("chelsea", "coffee", "astronaut", "rocket", "camera", "coins", "moon", "hubble_deep_field",
                 "retina", "brick", "grass", "gravel"):
        out.append((name, Image.fromarray(np.asarray(getattr(sk, name)())).convert("RGB")))
    for name in ("china.jpg", "flower.jpg"):
        out.append((name.split(".")[0], Image.fromarray(load_sample_image(name))))
    out.append(("grace_hopper", Image.open(cbook.get_sample_data("grace_hopper.jpg")).convert("RGB")))
    return out


def build(out_dir: Path, per_kind: int = 6, seed: int = 0) -> list[tuple[Path, str]]:
    """Write the set under out_dir/<kind>/ (reusing files already there); returns (path, kind) pairs."""
    from PIL import Image

    rng = random.Random(seed)
    items: list[tuple[Path, str]] = []
    for kind, make in HTML_KINDS.items():
        for i in range(per_kind):
            path = out_dir / kind / f"{kind}{i}.png"
            html, size = make(rng)
            if not path.exists():
                path.parent.mkdir(parents=True, exist_ok=True)
                render_html(html, size, path)
            items.append((path, kind))
    for i in range(per_kind):
        path = out_dir / "chart" / f"chart{i}.png"
        sub = random.Random(rng.random())
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            chart(sub, path)
        items.append((path, "chart"))
    for name, img in sample_photos():
        path = out_dir / "photo" / f"{name}.jpg"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            img.save(path, quality=90)
        items.append((path, "photo"))
    for i in range(3):
        path = out_dir / "blank" / f"blank{i}.png"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            colour = tuple(rng.randint(0, 255) for _ in range(3))
            Image.new("RGB", (rng.randint(300, 1200), rng.randint(300, 900)), colour).save(path)  # type: ignore[arg-type]
        items.append((path, "blank"))
    return items
