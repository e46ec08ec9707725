"""`listview`: a list under a header row (a file manager's detail view, a dialog's list) read as a table,
words OCR joined split into the columns they start under; a menu bar is no header. Then the records answer
the row in a state the question names."""

from __future__ import annotations

from draw_util import font
from PIL import Image, ImageDraw

from seeingeye.agents import record_counts as RC
from seeingeye.agents import record_extremes as RX
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.sir import SIR, EvidenceDraft, ImageFacts
from seeingeye.tools import TOOLS, Engines, ToolContext

ENGINES = Engines()
ROWS = [("alpha.log", "log file", "12.0 KiB", "Active"), ("beta.db", "database", "1.5 MiB", "Locked"),
        ("gamma.txt", "plain text", "220 bytes", "Active"), ("delta.bin", "binary", "3.2 MiB", "Active")]


def _window() -> Image.Image:
    img = Image.new("RGB", (1000, 420), (246, 245, 244))
    d = ImageDraw.Draw(img)
    for x, word in zip((20, 70, 120), ("File", "Edit", "Help"), strict=True):  # a menu bar: labels close together
        d.text((x, 8), word, fill="black", font=font(15))
    xs = (40, 300, 520, 700)
    for x, head in zip(xs, ("Name", "Kind", "Size", "State"), strict=True):
        d.text((x, 60), head, fill=(90, 90, 90), font=font(15))
    for k, row in enumerate(ROWS):
        for x, cell in zip(xs, row, strict=True):
            d.text((x, 95 + 30 * k), cell, fill="black", font=font(15))
    return img


def test_a_list_under_its_header_becomes_a_table() -> None:
    res = TOOLS.get("listview")(ToolContext(image=_window(), engines=ENGINES))
    tables = [e for e in res.evidence if e.kind == "table"]
    assert len(tables) == 1, res.summary
    attrs = tables[0].attrs
    assert attrs["header"] == ["Name", "Kind", "Size", "State"]
    assert [r[0] for r in attrs["rows"]] == [r[0] for r in ROWS]
    assert attrs["rows"][1][2] == "1.5 MiB"

    sir = SIR(question="q", image=ImageFacts(width=1000, height=420, original_width=1000, original_height=420,
                                             sha256="0", format="PNG", mode="RGB"))
    sir.add(EvidenceDraft(kind="table", value="t", attrs=attrs), source="listview", round=1)
    recs, m = R.build(sir), Matcher()
    assert RX.arg_extreme(recs, "size", "max", m).value == "delta.bin"  # 3.2 MiB > 1.5 MiB > 12 KiB
    assert [a.value for a in RC.rows_where(recs, "file that is locked", matcher=m)] == ["beta.db"]
    assert len(RC.rows_where(recs, "files that are not active", negated=True, matcher=m)) == 1
    assert RC.count_matching(recs, "how many are active", m)[0] == 3  # type: ignore[index]
