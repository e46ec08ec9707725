"""Bar charts: vertical, horizontal, grouped and stacked.

Bars are flat rectangles sharing a baseline; segments stacked on a bar belong to its stack; bars close
together (gap under half a bar) form a category group. Category labels are the texts facing the
baseline; series come from the legend (swatch colour = bar colour). Values are the numbers printed on
or next to the bars, else read off the value axis and marked estimated.
"""

from __future__ import annotations

import re

import numpy as np

from ..sir import Box
from ..textutil import format_number, parse_number
from .chart_axis import (
    Axis,
    ChartReading,
    ReadPoint,
    Region,
    Reread,
    chroma,
    colour_distance,
    fmt_value,
    glyph_height,
    key_rgb,
    read_value_axis,
    tick_anchor,
)
from .chart_legend import LegendEntry, match_legend
from .chart_ticks import is_chart_number
from .ocr import OcrLine


def _rects(regions: list[Region], legend: list[LegendEntry], lines: list[OcrLine], size: tuple[int, int]) -> list[
    Region
]:
    W, H = size
    # A plot panel (ggplot's grey) is cut into tiles by its white grid lines; its colour covers more of the
    # image than any bar colour and is a light grey: no bars of that colour.
    by_key: dict[int, int] = {}
    for r in regions:
        by_key[r.key] = by_key.get(r.key, 0) + r.area
    panel = {k for k, a in by_key.items() if a > 0.15 * W * H and chroma(key_rgb(k)) < 8 and min(key_rgb(k)) > 190}
    out = []
    for r in regions:
        if r.key in panel:
            continue
        if r.fill < 0.8 or r.w < 3 or r.h < 3 or r.area > 0.4 * W * H:
            continue
        if any(abs(r.x0 - e.swatch.x0) <= 3 and abs(r.y0 - e.swatch.y0) <= 3 and abs(r.x1 - e.swatch.x1) <= 3
               for e in legend):
            continue
        # A glyph-sized block inside a text box is part of the text (a bullet, a bold letter).
        if any(ln.box.x0 - 2 <= r.x0 and r.x1 <= ln.box.x1 + 2 and ln.box.y0 - 2 <= r.y0 and r.y1 <= ln.box.y1 + 2
               for ln in lines):
            continue
        out.append(r)
    # A plot panel (ggplot's grey background) contains the bars; it is not one.
    return [r for r in out if sum(r.x0 <= o.x0 and o.x1 <= r.x1 and r.y0 <= o.y0 and o.y1 <= r.y1
                                  for o in out if o is not r) < 2]


def _rejoined(rects: list[Region]) -> list[Region]:
    """A bar a grid line is drawn across is one bar, not a stack: two pieces of one colour, one over the other
    with the same sides and a line's width between them, joined again. Stacked segments differ in colour.
    The pieces keep the order they came in (the readers after this break ties by it)."""
    out: list[tuple[int, Region]] = []
    for n, r in sorted(enumerate(rects), key=lambda p: (p[1].x0, p[1].y0, p[1].x1, p[1].y1)):
        for i, (first, o) in enumerate(out):
            # (a one-pixel seam is a bar's own edge, as between a histogram's bins; a horizontal bar cut by a
            # grid line stays longer than thick, where two bins of a histogram side by side are taller)
            over = abs(o.x0 - r.x0) <= 1 and abs(o.x1 - r.x1) <= 1 and 2 <= r.y0 - o.y1 <= 6
            along = abs(o.y0 - r.y0) <= 1 and abs(o.y1 - r.y1) <= 1 and 2 <= r.x0 - o.x1 <= 6 \
                and o.h < r.x1 - o.x0
            if (over or along) and colour_distance(o.rgb, r.rgb) < 6:
                gap = (r.y0 - o.y1) * o.w if over else (r.x0 - o.x1) * o.h
                out[i] = (min(first, n), Region(min(o.x0, r.x0), o.y0, max(o.x1, r.x1), max(o.y1, r.y1),
                                                o.area + r.area + gap, o.rgb, o.key))
                break
        else:
            out.append((n, r))
    return [r for _, r in sorted(out, key=lambda p: p[0])]


def _baseline_group(rects: list[Region], vertical: bool) -> tuple[list[Region], float]:
    """The most bars of one thickness sharing a base edge, and that edge. A bar grows from the baseline
    either way: positive bars end on it with their bottom (left) edge, negative ones with their top (right)."""
    best: list[Region] = []
    best_base = 0.0
    for ref in rects:
        thick = ref.w if vertical else ref.h
        for base in ((ref.y1, ref.y0) if vertical else (ref.x0, ref.x1)):
            # A zero line drawn over the baseline parts the two sides by its width.
            group = [r for r in rects if min(abs(e - base) for e in ((r.y1, r.y0) if vertical else (r.x0, r.x1))) <= 4
                     and 0.6 * thick <= (r.w if vertical else r.h) <= 1.6 * thick]
            same = [r for r in group if abs((r.y1 if vertical else r.x0) - base) <= 2]
            if not same:
                continue
            # A bar hanging from the baseline has no bar standing on it at its place (in a stack the
            # segment above a boundary stands on the one below).
            group = same + [r for r in group if r not in same and not any(
                (min(r.x1, o.x1) - max(r.x0, o.x0) if vertical else min(r.y1, o.y1) - max(r.y0, o.y0)) > 0
                for o in same)]
            # Negative bars are the exception: on a tie the usual side wins.
            if len(group) > len(best):
                best, best_base = group, float(base)
    return sorted(best, key=lambda r: r.x0 if vertical else r.y0), best_base


def _negative(r: Region, vertical: bool, baseline: float) -> bool:
    """A bar hanging below (left of) the baseline."""
    return abs(r.y0 - baseline) <= 4 < abs(r.y1 - baseline) if vertical else abs(r.x1 - baseline) <= 4 < abs(
        r.x0 - baseline)


def _stack(base: Region, rects: list[Region], vertical: bool, taken: set[int]) -> list[Region]:
    stack = [base]
    # segments drawn with a white edge stand apart by the edge's width, a few pixels on a wide bar
    gap = max(3.0, 0.08 * (base.w if vertical else base.h))
    while True:
        top = stack[-1]
        nxt = next((r for r in rects if id(r) not in taken and (
            (vertical and abs(r.x0 - top.x0) <= 2 and abs(r.x1 - top.x1) <= 2 and abs(r.y1 - top.y0) <= gap)
            or (not vertical and abs(r.y0 - top.y0) <= 2 and abs(r.y1 - top.y1) <= 2 and abs(r.x0 - top.x1) <= gap)
        )), None)
        if nxt is None:
            return stack
        taken.add(id(nxt))
        stack.append(nxt)


def _groups(stacks: list[list[Region]], vertical: bool) -> list[list[list[Region]]]:
    """Adjacent stacks of different colours are one category's group."""
    groups: list[list[list[Region]]] = []
    for st in stacks:
        b = st[0]
        if groups:
            prev = groups[-1][-1][0]
            gap = (b.x0 - prev.x1) if vertical else (b.y0 - prev.y1)
            thick = min(b.w if vertical else b.h, prev.w if vertical else prev.h)
            # Grouped bars touch (or nearly) and differ in colour; plain bars keep a gap.
            if gap < 0.2 * thick + 1 and colour_distance(b.rgb, prev.rgb) > 8:
                groups[-1].append(st)
                continue
        groups.append([st])
    return groups if any(len(g) > 1 for g in groups) else _periodic(stacks, vertical) or groups


def _periodic(stacks: list[list[Region]], vertical: bool) -> list[list[list[Region]]] | None:
    """Grouped bars drawn apart (a plotting program's gap between a group's bars): the colours repeat with a
    period of two or more, each run of one period all different, and the gaps inside a run narrower than those
    between runs."""
    colours = [st[0].rgb for st in stacks]
    for n in range(2, min(6, len(stacks) // 2) + 1):
        if len(stacks) % n or any(colour_distance(colours[i], colours[i + n]) > 8 for i in range(len(stacks) - n)) \
                or any(colour_distance(colours[i], colours[j]) <= 8 for i in range(n) for j in range(i + 1, n)):
            continue
        lo = [(st[0].x0 if vertical else st[0].y0) for st in stacks]
        hi = [(st[0].x1 if vertical else st[0].y1) for st in stacks]
        gaps = [lo[i + 1] - hi[i] for i in range(len(stacks) - 1)]
        inner = [g for i, g in enumerate(gaps) if (i + 1) % n]
        outer = [g for i, g in enumerate(gaps) if (i + 1) % n == 0]
        if outer and max(inner) * 1.3 + 1 < min(outer):
            return [stacks[i : i + n] for i in range(0, len(stacks), n)]
    return None


def _split_merged(ln: OcrLine, centres: list[float]) -> list[OcrLine]:
    """OCR joins neighbouring tick labels ("Mango Apples"); give each word to its nearest category."""
    inside = [c for c in centres if ln.box.x0 <= c <= ln.box.x1]
    words = list(re.finditer(r"\S+", re.sub(r"(?<=[a-z])(?=[A-Z])", " ", ln.text)))
    if len(inside) < 2 or len(words) < 2:
        return [ln]
    text = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", ln.text)
    parts: dict[float, list[str]] = {}
    for m in words:
        x = ln.box.x0 + (m.start() + m.end()) / 2 / max(len(text), 1) * ln.box.w
        parts.setdefault(min(inside, key=lambda c, x=x: abs(c - x)), []).append(m.group(0))
    half = 0.45 * ln.box.w / len(inside)
    return [ln.model_copy(update={"text": " ".join(ws), "box": Box(x0=c - half, y0=ln.box.y0, x1=c + half,
                                                                     y1=ln.box.y1)}) for c, ws in parts.items()]


def _category_labels(groups: list[list[list[Region]]], lines: list[OcrLine], vertical: bool, baseline: float,
                     used: set[int], gray: np.ndarray | None = None) -> list[OcrLine | None]:
    spans = [(min((r.x0 if vertical else r.y0) for st in g for r in st),
              max((r.x1 if vertical else r.y1) for st in g for r in st)) for g in groups]
    anchors: dict[int, float] = {}
    if vertical:
        lo = spans[0][0] - 0.5 * (spans[0][1] - spans[0][0])
        hi = spans[-1][1] + 0.5 * (spans[-1][1] - spans[-1][0])
        below = [ln for ln in lines if baseline - 2 <= ln.box.y0 <= baseline + 4 * min(ln.box.h, ln.box.w)
                 and ln.box.x1 >= lo and ln.box.x0 <= hi]
        glyph = glyph_height(lines)
        # Tick labels hang from the axis (top-aligned) whatever their length or slant.
        first_top = min((ln.box.y0 for ln in below), default=0.0)
        row = [ln for ln in below if ln.box.y0 - first_top <= 0.8 * glyph]
        row = [p for ln in row for p in (_split_merged(ln, [(a + b) / 2 for a, b in spans])
                                         if ln.box.h < 1.6 * glyph else [ln])]
        anchors = {id(ln): tick_anchor(ln, gray, glyph) for ln in row}
    else:
        row = [ln for ln in lines if ln.box.x1 <= baseline + 3 and ln.box.x1 >= baseline - 12 * ln.box.h]
    pos = {id(ln): anchors.get(id(ln), ln.box.cx if vertical else ln.box.cy) for ln in row}
    out: list[OcrLine | None] = []
    row_sorted = sorted(row, key=lambda ln: pos[id(ln)])
    if bins := _bins(row_sorted, pos, spans):
        used |= {id(ln) for ln in row_sorted}
        return list(bins)
    if len(row_sorted) == len(spans) and all(a - 0.8 * (b - a) - 4 <= pos[id(ln)] <= b + 0.8 * (b - a) + 4
                                             for ln, (a, b) in zip(row_sorted, spans, strict=True)):
        # One label per bar group, in order: the order ties them even when slanted labels sit off-centre.
        used |= {id(ln) for ln in row_sorted}
        return list(row_sorted)
    for a, b in spans:
        slack = 0.3 * (b - a) + 4
        cands = [ln for ln in row if a - slack <= pos[id(ln)] <= b + slack]
        best = min(cands, key=lambda ln: abs(pos[id(ln)] - (a + b) / 2)
                   + abs((ln.box.y0 - baseline) if vertical else (baseline - ln.box.x1)), default=None)
        out.append(best)
        if best is not None:
            used.add(id(best))
    return out


def _bins(row: list[OcrLine], pos: dict[int, float], spans: list[tuple[float, float]]) -> list[OcrLine] | None:
    """A histogram's numbers stand at its bars' edges, one more number than bars: each bar is the bin between
    the two numbers at its sides ("40-50")."""
    if len(spans) < 2 or len(row) not in (len(spans), len(spans) + 1) or not all(
            is_chart_number(ln.text) for ln in row):
        return None
    edges = [a for a, _ in spans] + [spans[-1][1]]
    near = 0.2 * (spans[0][1] - spans[0][0]) + 4
    if len(row) == len(spans):  # OCR lost the first or the last edge's figure (a lone "0" is easily missed)
        row = _edge_restored(row, pos, edges, near)
        if row is None:
            return None
    if any(abs(pos[id(ln)] - e) > near for ln, e in zip(row, edges, strict=True)):
        return None
    return [lo.model_copy(update={"text": f"{lo.text.strip()}-{hi.text.strip()}", "box": Box(
        x0=lo.box.x0, y0=min(lo.box.y0, hi.box.y0), x1=hi.box.x1, y1=max(lo.box.y1, hi.box.y1))})
        for lo, hi in zip(row, row[1:], strict=False)]


def _edge_restored(row: list[OcrLine], pos: dict[int, float], edges: list[float], near: float
                   ) -> list[OcrLine] | None:
    """The figures at every edge of a histogram but one end, evenly stepped: the missing end's figure is one
    step beyond its neighbour (labels 5..25 at the right edges of five bins start at 0)."""
    values = [parse_number(ln.text) for ln in row]
    if any(v is None for v in values) or len(row) < 2:
        return None
    steps = {round(b - a, 9) for a, b in zip(values, values[1:], strict=False)}  # type: ignore[operator]
    if len(steps) != 1 or (step := steps.pop()) <= 0:
        return None
    at_right = all(abs(pos[id(ln)] - e) <= near for ln, e in zip(row, edges[1:], strict=True))
    at_left = all(abs(pos[id(ln)] - e) <= near for ln, e in zip(row, edges[:-1], strict=True))
    if at_right == at_left:
        return None
    end = row[0] if at_right else row[-1]
    value = values[0] - step if at_right else values[-1] + step  # type: ignore[operator]
    ghost = end.model_copy(update={"text": format_number(value)})  # (its box stands in: no place is read off it)
    pos[id(ghost)] = edges[0] if at_right else edges[-1]
    return [ghost, *row] if at_right else [*row, ghost]


def _value_beyond(ln: OcrLine, hanging: list[Region], vertical: bool) -> bool:
    """A number printed past the end of a negative bar (not a category label below the plot)."""
    return is_chart_number(ln.text) and any(
        _printed_values([(r, True, True)], [ln], vertical) for r in hanging)


def _printed_values(segments: list[tuple[Region, bool, bool]], numeric: list[OcrLine], vertical: bool
                    ) -> dict[int, OcrLine]:
    """Numbers printed inside a segment or just beyond a stack's end (below/left of a negative bar),
    assigned nearest-first."""
    pairs = []
    for i, (r, is_top, neg) in enumerate(segments):
        for ln in numeric:
            h = ln.box.h
            if vertical:
                if not r.x0 - 3 <= ln.box.cx <= r.x1 + 3:
                    continue
                inside = r.y0 - 1 <= ln.box.cy <= r.y1 + 1
                if neg:
                    beyond = is_top and r.y1 < ln.box.cy <= r.y1 + 2.5 * h
                    d = abs(ln.box.cy - r.cy) if inside else abs(ln.box.y0 - r.y1)
                else:
                    beyond = is_top and r.y0 - 2.5 * h <= ln.box.cy < r.y0
                    d = abs(ln.box.cy - r.cy) if inside else abs(ln.box.y1 - r.y0)
            else:
                if not r.y0 - 3 <= ln.box.cy <= r.y1 + 3:
                    continue
                inside = r.x0 - 1 <= ln.box.cx <= r.x1 + 1
                if neg:
                    beyond = is_top and r.x0 - 2 * ln.box.w - 3 * h <= ln.box.cx < r.x0
                    d = abs(ln.box.cx - r.cx) if inside else abs(ln.box.x1 - r.x0)
                else:
                    beyond = is_top and r.x1 <= ln.box.cx <= r.x1 + 2 * ln.box.w + 3 * h
                    d = abs(ln.box.cx - r.cx) if inside else abs(ln.box.x0 - r.x1)
            if inside or beyond:
                pairs.append((d, i, ln))
    out: dict[int, OcrLine] = {}
    taken: set[int] = set()
    for _, i, ln in sorted(pairs, key=lambda p: p[0]):
        if i not in out and id(ln) not in taken:
            out[i] = ln
            taken.add(id(ln))
    return out


def read_bars(regions: list[Region], lines: list[OcrLine], legend: list[LegendEntry], gray: np.ndarray,
              size: tuple[int, int], reread: Reread | None = None) -> ChartReading | None:
    rects = _rejoined(_rects(regions, legend, lines, size))
    if len(rects) < 2:
        return None
    (vert, vbase), (horiz, hbase) = _baseline_group(rects, True), _baseline_group(rects, False)
    # Bars of one chart share their thickness; a row of stacked segments shares a bottom edge too, but not
    # a width. On a tie the more uniform thickness wins.
    def spread(group: list[Region], v: bool) -> float:
        t = np.array([r.w if v else r.h for r in group], float)
        return float(t.std() / max(t.mean(), 1.0)) if len(t) else 1.0

    vertical = (len(vert), -spread(vert, True)) >= (len(horiz), -spread(horiz, False))
    base_bars = vert if vertical else horiz
    if len(base_bars) < 2:
        return None
    # the longest bar is no taller than a glyph: a window's title-bar buttons or an icon row, not a chart
    if max(r.h if vertical else r.w for r in base_bars) < max(10.0, 0.02 * (size[1] if vertical else size[0])):
        return None
    baseline = vbase if vertical else hbase
    negative = {id(b) for b in base_bars if _negative(b, vertical, baseline)}
    taken = {id(r) for r in base_bars}
    stacks = [[b] if id(b) in negative else _stack(b, rects, vertical, taken) for b in base_bars]
    stacked = any(len(s) > 1 for s in stacks)
    groups = [[s] for s in stacks] if stacked else _groups(stacks, vertical)
    grouped = not stacked and any(len(g) > 1 for g in groups)
    used: set[int] = {i for e in legend for i in e.line_ids}
    # Category labels sit beyond the bars' far side from the values: past the baseline, or past the
    # longest negative bar.
    outer = (max([baseline] + [b.y1 for b in base_bars]) if vertical else min([baseline] + [b.x0 for b in base_bars]))
    hanging = [b for b in base_bars if id(b) in negative]
    cats = _category_labels(groups, [ln for ln in lines if not _value_beyond(ln, hanging, vertical)], vertical,
                            outer, used, gray)
    plot_edge = min(b.x0 for b in base_bars) if vertical else max(r.y1 for st in stacks for r in st)
    numeric = [ln for ln in lines if id(ln) not in used and is_chart_number(ln.text)]
    top = min(r.y0 for st in stacks for r in st) if vertical else min(r.x0 for r in base_bars)
    end = max(r.x1 for st in stacks for r in st)
    strip = (Box(x0=0, y0=top - 30, x1=plot_edge, y1=outer + 12) if vertical
             else Box(x0=outer - 12, y0=plot_edge, x1=end + 30, y1=plot_edge + 60))
    axis: Axis | None = read_value_axis(lines, gray, vertical, plot_edge, [ln for ln in lines if id(ln) in used],
                                        strip, reread)
    if axis is not None:
        used |= {id(t) for t in axis.ticks}
        numeric = [ln for ln in numeric if id(ln) not in used]
    segments: list[tuple[Region, bool, int]] = []  # (segment, is top of its stack, category index)
    for gi, g in enumerate(groups):
        for st in g:
            segments += [(r, k == len(st) - 1, gi) for k, r in enumerate(st)]
    printed = _printed_values([(r, top, id(r) in negative) for r, top, _ in segments], numeric, vertical)
    if reread is not None and not stacked and len(printed) >= 2:
        printed |= _values_reread([r for r, _, _ in segments], printed, vertical, reread, negative)
    used |= {id(ln) for ln in printed.values()}
    # A number printed past the end of a stack of several segments is the stack's total, not its top
    # segment's value: that segment is read off the axis instead.
    for i in [i for i, ln in printed.items() if stacked and not _is_base(segments[i][0], stacks)
              and not _inside(segments[i][0], ln)]:
        del printed[i]
    # Series: the legend names colours; without a legend a plain chart is one series whatever its colours.
    series: dict[str | None, list[ReadPoint]] = {}
    n_printed = n_axis = 0
    for i, (r, _, gi) in enumerate(segments):
        entry = match_legend(r.rgb, legend)
        name = entry.text if entry else None
        if name is None and (stacked or grouped):
            name = _colour_series(r, segments)
        # OCR reads a tick mark next to a label as a dash ("Jan -").
        label = cats[gi].text.strip(" -–—_|") or cats[gi].text if cats[gi] is not None else f"#{gi + 1}"
        if i in printed:
            text = printed[i].text
            value = parse_number(text)
            est = False
            n_printed += 1
        elif axis is not None:
            end = r.y0 if vertical else r.x1
            start = r.y1 if vertical else r.x0
            if id(r) in negative:
                end, start = start, end
            elif stacked:
                start, end = _edges(r, stacks, vertical)
            raw = axis.value(end) - (axis.value(start) if not _is_base(r, stacks) else 0.0)
            value = axis.rounded(raw)
            text, est = fmt_value(value, axis), True
            n_axis += 1
        else:
            continue
        if value is None:
            continue
        series.setdefault(name, []).append(ReadPoint(x=label, value=value, text=text, box=r.box(), estimated=est))
    if not series:
        return None
    if legend:  # legend order is the reading order people use
        order = {e.text: k for k, e in enumerate(legend)}
        series = dict(sorted(series.items(), key=lambda kv: order.get(kv[0] or "", 99)))
    kind = "stacked_bar" if stacked else "grouped_bar" if grouped else "bar" if vertical else "hbar"
    source = "labels" if n_axis == 0 else "axis" if n_printed == 0 else "labels+axis"
    xs = [r.x0 for r, _, _ in segments] + [r.x1 for r, _, _ in segments]
    ys = [r.y0 for r, _, _ in segments] + [r.y1 for r, _, _ in segments]
    # Printed values and category labels belong to the plot; the value axis' top tick label may stand level
    # with the title, so ticks do not.
    ticks = {id(t) for t in axis.ticks} if axis is not None else set()
    ys += [ln.box.y0 for ln in lines if id(ln) in used and id(ln) not in ticks
           and id(ln) not in {i for e in legend for i in e.line_ids}]
    plot = Box(x0=min(xs), y0=min(ys), x1=max(xs), y1=max(ys))
    attrs: dict[str, object] = {"orientation": "vertical" if vertical else "horizontal"}
    return ChartReading(chart=kind, series=series, source=source, plot=plot, used=used, attrs=attrs)


def _values_reread(bars: list[Region], printed: dict[int, OcrLine], vertical: bool, reread: Reread,
                   negative: set[int]) -> dict[int, OcrLine]:
    """A chart that prints its values prints them on every bar: where OCR missed one (a lone "4" is easily
    lost), the strip just past that bar's end is read again, enlarged."""
    missing = [i for i, r in enumerate(bars) if i not in printed and id(r) not in negative]
    if len(missing) > 6:
        return {}  # most bars bare: a chart printing a few values, not one that lost a few
    size = float(np.median([ln.box.h for ln in printed.values()]))
    out: dict[int, OcrLine] = {}
    for i in missing:
        r = bars[i]
        box = (Box(x0=r.x0 - size, y0=r.y0 - 2.2 * size, x1=r.x1 + size, y1=r.y0 + 2) if vertical
               else Box(x0=r.x1 - 2, y0=r.y0 - 0.3 * size, x1=r.x1 + 5 * size, y1=r.y1 + 0.3 * size))
        got = [ln for ln in reread(box) if is_chart_number(ln.text)]
        if len(got) == 1:
            out[i] = got[0]
    return out


def _inside(r: Region, ln: OcrLine) -> bool:
    return r.x0 - 1 <= ln.box.cx <= r.x1 + 1 and r.y0 - 1 <= ln.box.cy <= r.y1 + 1


def _edges(r: Region, stacks: list[list[Region]], vertical: bool) -> tuple[float, float]:
    """A stacked segment's start and end where its neighbours' meet it: the middle of the white edge between
    two segments (a flat fill stops short of it), and half such an edge past the stack's top."""
    st = next(st for st in stacks if any(o is r for o in st))
    k = next(i for i, o in enumerate(st) if o is r)
    if vertical:
        gaps = [st[i].y0 - st[i + 1].y1 for i in range(len(st) - 1)]
        half = float(np.median(gaps)) / 2 if gaps else 0.0
        start = (r.y1 + st[k - 1].y0) / 2 if k else float(r.y1)
        end = (r.y0 + st[k + 1].y1) / 2 if k + 1 < len(st) else r.y0 - half
    else:
        gaps = [st[i + 1].x0 - st[i].x1 for i in range(len(st) - 1)]
        half = float(np.median(gaps)) / 2 if gaps else 0.0
        start = (r.x0 + st[k - 1].x1) / 2 if k else float(r.x0)
        end = (r.x1 + st[k + 1].x0) / 2 if k + 1 < len(st) else r.x1 + half
    return start, end


def _is_base(r: Region, stacks: list[list[Region]]) -> bool:
    return any(st[0] is r for st in stacks)


def _colour_series(r: Region, segments: list[tuple[Region, bool, int]]) -> str:
    """Without a legend, series are told apart by colour; name them by order of first appearance."""
    seen: list[tuple[int, int, int]] = []
    for s, _, _ in segments:
        if all(colour_distance(s.rgb, c) > 8 for c in seen):
            seen.append(s.rgb)
    k = next(i for i, c in enumerate(seen) if colour_distance(r.rgb, c) <= 8)
    return f"series {k + 1}"
