"""Read the SIR's structure uniformly: chart points, table cells, form fields, list items, labelled
shapes — from the contract kinds (point, cell, field, block, shape, object) and from today's older
encodings (key_value with attrs.series, key_value "row | column", a table's rows)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..sir import SIR, Box, Evidence
from ..textutil import LIST_MARK, parse_number
from .bill_rows import items_summed

# Cash tendered and change given, as receipts print them; in other languages as the label's first word (German
# "Bar" is cash, and "Oat bar" an item).
_TENDERED = r"change|cash|paid|payment|card|visa|mastercard|tendered"
_TENDERED_LEAD = (r"bar|gegeben|erhalten|betaald|reçu|entregado|ricevuto|rückgeld|ruckgeld|contant|wisselgeld|espèces|"
                  r"rendu|efectivo|cambio|contanti|resto|kontant|växel")
TENDERED = re.compile(rf"\b(?:{_TENDERED})\b|^\s*(?:{_TENDERED_LEAD})\b", re.I)
# Summary lines of a bill: never items of it (an item list's maximum must not be the TOTAL line).
SUMMARY = re.compile(
    rf"\b(sub-?total|total|totals|tax|vat|gst|hst|balance|amount due|due|tip|gratuity|service charge|discount|"
    rf"rounding|savings|you saved|{_TENDERED})\b"
    rf"|^\s*(summe|gesamt\w*|zu zahlen|mwst|ust|totaal|te betalen|btw|somme|à payer|tva|importe|iva|totale|moms|"
    rf"{_TENDERED_LEAD})\b",
    re.I,
)


@dataclass
class Point:
    label: str
    number: float
    series: str | None
    id: str
    chart: str = ""
    percent: float | None = None


@dataclass
class Cell:
    row: str
    col: str
    value: str
    id: str
    r: int = -1
    c: int = -1


def chart_points(sir: SIR) -> list[Point]:
    out: list[Point] = []
    for e in sir.by_kind("point"):
        if e.number is None:
            continue
        s = e.attrs.get("series")
        pct = e.attrs.get("percent")
        out.append(
            Point(
                label=e.label or "",
                number=e.number,
                series=str(s) if s else None,
                id=e.id,
                chart=str(e.attrs.get("chart", "")),
                percent=float(pct) if isinstance(pct, int | float) else None,
            )
        )
    if out:
        return out
    for e in sir.by_kind("series"):
        pts = e.attrs.get("points")
        if isinstance(pts, list):
            for p in pts:
                if isinstance(p, dict) and isinstance(p.get("y", p.get("value")), int | float):
                    label = str(p.get("x", p.get("label", "")))
                    out.append(Point(label, float(p.get("y", p.get("value"))), e.label, e.id))  # type: ignore[arg-type]
    if out:
        return out
    return [
        Point(e.label or "", e.number, None, e.id, chart=str(e.attrs.get("series")))
        for e in sir.by_kind("key_value")
        if "series" in e.attrs and e.number is not None
    ]


def is_scatter(sir: SIR) -> bool:
    """The chart read is a scatter plot: its series are two measures of the same items."""
    return any(e.attrs.get("chart") == "scatter" for e in sir.by_kind("point"))


def series_names(sir: SIR) -> list[str]:
    return list(dict.fromkeys(p.series for p in chart_points(sir) if p.series))


def table_cells(sir: SIR) -> list[Cell]:
    out: list[Cell] = []
    for e in sir.by_kind("cell"):
        a = e.attrs
        out.append(
            Cell(
                str(a.get("row_label") or ""),
                str(a.get("col_label") or e.label or ""),
                e.value,
                e.id,
                int(a.get("row", -1)) if isinstance(a.get("row"), int) else -1,  # type: ignore[arg-type]
                int(a.get("col", -1)) if isinstance(a.get("col"), int) else -1,  # type: ignore[arg-type]
            )
        )
    if out:
        return _named_rows(out)
    for e in sir.by_kind("table"):
        header = [str(h) for h in e.attrs.get("header", []) or []]  # type: ignore[union-attr]
        rows = [r for r in e.attrs.get("rows", []) or [] if isinstance(r, list) and r]  # type: ignore[union-attr]
        key = _label_column(rows)
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                col = header[j] if j < len(header) else f"column {j + 1}"
                out.append(Cell(str(row[key]) if key < len(row) else "", col, str(v), e.id, i, j - key))
    return out


def _named_rows(cells: list[Cell]) -> list[Cell]:
    """Rows labelled by a rank ("1", "2", ...) are named by their first column of words instead (a league
    table's team, not its position)."""
    labels = [c.row for c in cells if c.row]
    if not labels or sum(bool(re.fullmatch(r"[#\d.\s]+", t)) for t in labels) < 0.8 * len(labels):
        return cells
    width = max(c.c for c in cells) + 1
    grid: dict[int, list[object]] = {}
    for c in cells:
        if c.r >= 0 and 0 <= c.c < width:
            grid.setdefault(c.r, [""] * width)[c.c] = c.value
    key = _label_column(list(grid.values()))
    if key <= 0:
        return cells
    return [Cell(str(grid[c.r][key]) if c.r in grid else c.row, c.col, c.value, c.id, c.r, c.c) for c in cells]


def _label_column(rows: list[list[object]]) -> int:
    """The column naming the rows: the first one mostly made of words (not a rank '#' or numbers)."""
    width = max((len(r) for r in rows), default=0)
    for j in range(width):
        cells = [str(r[j]) for r in rows if j < len(r) and str(r[j]).strip()]
        if cells and sum(bool(re.search(r"[A-Za-z]{2}", c)) for c in cells) >= 0.6 * len(cells):
            return j
    return 0


def table_shape(sir: SIR) -> tuple[int, int] | None:
    tables = sir.by_kind("table")
    if not tables:
        return None
    t = max(tables, key=lambda e: len(e.attrs.get("rows", []) or []))  # type: ignore[arg-type]
    rows = t.attrs.get("rows", []) or []
    n_rows = t.attrs.get("n_rows")
    n_cols = t.attrs.get("n_cols") or len(t.attrs.get("header", []) or [])  # type: ignore[arg-type]
    return (int(n_rows) if isinstance(n_rows, int) else len(rows), int(n_cols) if isinstance(n_cols, int) else 0)  # type: ignore[arg-type]


def body_rows(sir: SIR) -> list[str]:
    """Row labels of the largest table, without summary rows (a bill's subtotal, tax and total)."""
    labels = list(dict.fromkeys(c.row for c in table_cells(sir) if c.row))
    return [r for r in labels if not SUMMARY.search(r)]


def fields(sir: SIR) -> list[Evidence]:
    return sir.by_kind("field")


# (a receipt's tax class may follow the amount: "18,99 A")
_PRICE = re.compile(
    r"^\s*[-−]?\s?(?:[$€£¥₹]|[A-Z]{3})?\s?\d{1,3}(?:[,.\s]\d{3})*[.,]\d{2}\s?(?:[$€£¥₹]|[A-Z]{3})?(?:\s?[A-Z])?\s*$|"
    r"^\s*[$€£¥₹]\s?\d+\s*$"
)


def list_items(sir: SIR) -> list[Evidence]:
    """List items: blocks with role list_item, else text lines that start with a bullet or a number."""
    blocks = [b for b in sir.by_kind("block") if b.attrs.get("role") == "list_item"]
    if blocks:
        return blocks
    bulleted = [e for e in sir.by_kind("text") if LIST_MARK.match(e.value) and e.round == 1]
    if len(bulleted) >= 2:
        return bulleted
    return aligned_lines(sir)


def aligned_lines(sir: SIR) -> list[Evidence]:
    """The largest left-aligned column of body lines (bullets OCR did not read as glyphs): not the title,
    not bare numbers such as a slide number, in reading order."""
    lines = [
        e for e in sir.by_kind("text") if e.box is not None and e.round == 1 and re.search(r"[A-Za-z]{2}", e.value)
    ]
    if len(lines) < 3:
        return []
    tallest = max(e.box.h for e in lines if e.box)
    body = [e for e in lines if e.box and e.box.h < 0.85 * tallest]
    groups: list[list[Evidence]] = []
    for e in sorted(body, key=lambda e: e.box.x0 if e.box else 0):
        if groups and e.box and groups[-1][0].box and abs(e.box.x0 - groups[-1][0].box.x0) <= 10:
            groups[-1].append(e)
        else:
            groups.append([e])
    best = max(groups, key=len) if groups else []
    return sorted(best, key=lambda e: e.box.cy if e.box else 0) if len(best) >= 2 else []


# A receipt's second line of an item: its quantity times its unit price ("1 x5,49", "3 × 2.29", "2 @ 1.99")
_QUANTITY_TIMES = re.compile(r"^\s*\d+(?:[.,]\d+)?\s*(?:[a-z]{1,4}\.?\s*)?[x×*@]\s*\d", re.I)


def _named_above(e: Evidence, lines: list[Evidence]) -> Evidence:
    """A priced line labelled only by its quantity times its price takes its name from the line printed just
    above it, flush with it or left of it and holding no price (receipts that print an item on two lines)."""
    if e.box is None or not e.label or not _QUANTITY_TIMES.match(e.label):
        return e
    b = e.box
    above = [t for t in lines if t.box is not None and b.cy - 2.4 * b.h <= t.box.cy <= b.cy - 0.6 * b.h
             and t.box.x0 <= b.x0 + b.h and t.box.x1 > b.x0 and re.search(r"[^\W\d_]{2}", t.value)
             and not _PRICE.search(t.value)]  # fmt: skip
    name = max(above, key=lambda t: t.box.cy, default=None)  # type: ignore[union-attr]
    return e if name is None else e.model_copy(update={"attrs": {**e.attrs, "row_label": name.value.strip()}})


def bill(sir: SIR) -> tuple[list[Evidence], Evidence | None]:
    """A bill's item lines and its total found by its sum (the first line whose amount adds up the items above
    it, whatever its label says, in whatever language). Where the total is found so, what follows the items it
    adds up (a tax breakdown, the cash tendered, the change) is no item."""
    lines = _priced_lines(sir)
    kept, totals = _split_totals(lines)
    n = items_summed([number_of(e) for e in lines])
    items = kept if n is None else [e for e in kept if any(e is x for x in lines[:n])]
    return items, (totals[0] if totals else None)


def bill_items(sir: SIR) -> list[Evidence]:
    """Priced lines of a bill that are items, not summary lines; one per printed line."""
    return bill(sir)[0]


def bill_total(sir: SIR) -> Evidence | None:
    """The bill's total found by its sum."""
    return bill(sir)[1]


def _priced_lines(sir: SIR) -> list[Evidence]:
    by_row: dict[str, Evidence] = {}
    lines = sir.by_kind("text")
    for e in (_named_above(x, lines) for x in sir.by_kind("key_value", "cell")):
        if e.number is None or "series" in e.attrs or not e.label or SUMMARY.search(e.label) \
                or SUMMARY.search(str(e.attrs.get("row_label") or "")):  # (a cell's row names the line)
            continue
        if e.kind == "key_value" and not re.search(r"[A-Za-z]{2}", str(e.attrs.get("row_label") or e.label)):
            continue
        if not _PRICE.search(e.value):  # an item has a price: "25/12/2025" or "Y48988" are not items
            continue
        # One item per printed row, whatever column the price came from ("Hosting | Unit price", "Hosting | Amount").
        row = str(e.attrs.get("row_label") or e.attrs.get("row") or e.label.split(" | ")[0])
        key = re.sub(r"[^a-z0-9]", "", row.lower())
        if key and (key not in by_row or (by_row[key].box is None and e.box is not None)):
            by_row[key] = e
    order = {k: i for i, k in enumerate(by_row)}
    return sorted(by_row.values(), key=lambda e: (e.box is None, e.box.cy if e.box else 0.0, order.get(e.id, 0)))


def _split_totals(items: list[Evidence]) -> tuple[list[Evidence], list[Evidence]]:
    """(items, totals): a line whose amount adds up the items above it (the first three or more; tax lines may
    come between) is the bill's total, in whatever language it is named ("SUMA", "Toplam"), and a later line of
    that same amount is its payment: neither is an item."""
    kept: list[Evidence] = []
    sums: list[float] = []  # the running sums of the kept lines, from the third on
    totals: list[Evidence] = []
    for e in items:
        v = number_of(e)
        if v is not None and any(abs(v - t) <= 0.005 * max(abs(t), 1.0)
                                 for t in (*sums, *(number_of(x) or 0.0 for x in totals))):
            totals.append(e)
            continue
        kept.append(e)
        if len(kept) >= 3:
            sums.append(sum(number_of(k) or 0.0 for k in kept))
    return kept, totals


def number_of(e: Evidence) -> float | None:
    return e.number if e.number is not None else parse_number(e.value)


def _iou(a: Box, b: Box) -> float:
    ix = max(0.0, min(a.x1, b.x1) - max(a.x0, b.x0))
    iy = max(0.0, min(a.y1, b.y1) - max(a.y0, b.y0))
    inter = ix * iy
    smaller = min(a.w * a.h, b.w * b.h)
    return inter / smaller if smaller > 0 else 0.0  # overlap of the smaller box: a tighter re-read counts


def settled(sir: SIR) -> SIR:
    """A view of the SIR without re-readings that contradict a surer earlier reading of the same place
    (a zoom that garbles "128.38" into "6120.30" must not outvote the clear first read)."""
    early = [
        e for e in sir.evidence if e.round == 1 and e.box is not None and e.kind in ("text", "number", "key_value")
    ]
    keep = []
    for e in sir.evidence:
        if e.round > 1 and e.box is not None and e.kind in ("text", "number", "key_value"):
            clash = any(
                (o.kind == e.kind or {o.kind, e.kind} == {"text", "number"})
                and o.confidence >= e.confidence
                and o.value.strip() != e.value.strip()
                and _iou(o.box, e.box) > 0.6  # type: ignore[arg-type]
                for o in early
            )  # fmt: skip
            if clash:
                continue
        keep.append(e)
    return sir if len(keep) == len(sir.evidence) else sir.model_copy(update={"evidence": keep})


def button_labels(sir: SIR) -> set[str]:
    """The labels of the page's buttons ("Copy", "Delete"): controls, never the values of fields beside them."""
    return {f.value.strip() for f in sir.by_kind("field") if f.attrs.get("control") == "button" and f.value.strip()}
