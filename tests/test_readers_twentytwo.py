"""A thin progress bar on a dark dialog, the work line above its counter, and click targets only by printed
names. Invented data only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.match import Matcher
from seeingeye.agents.sequence import locate
from seeingeye.sir import Box, EvidenceDraft
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.progress import Bar, _items, find_bars
from tests.records_util import bare_sir


def _line(text: str, x: float, y: float, w: float | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + (w or 8 * len(text)), y1=y + 18), confidence=0.99)


def _dialog(fill_to: int, trough: tuple[int, int, int] = (40, 40, 40)) -> np.ndarray:
    """A dark dialog with a 2 px blue fill in a 4 px trough (its rim darker still)."""
    arr = np.full((120, 420, 3), 53, np.uint8)
    arr[60:64, 10:410] = (3, 12, 23)
    arr[61:63, 10:410] = trough
    arr[61:63, 10:fill_to] = (21, 83, 158)
    return arr


def test_a_two_pixel_bar_in_its_trough_is_a_progress_bar() -> None:
    bars = find_bars(_dialog(230), [])
    assert len(bars) == 1 and abs(bars[0].share - 0.55) < 0.02


def test_a_thin_coloured_underline_on_the_ground_is_no_bar() -> None:
    arr = np.full((120, 420, 3), 250, np.uint8)
    arr[61:63, 10:230] = (21, 83, 158)  # a link's underline: the page's ground follows it
    assert find_bars(arr, []) == []


def test_the_work_line_above_the_counter_names_the_item_and_where_it_goes() -> None:
    bar = Bar(box=Box(x0=10, y0=60, x1=410, y1=64), share=0.4)
    near = [_line("Moving report_07.ods into /srv/archive/2024", 10, 12), _line("Item 8 of 20", 10, 32)]
    facts = {d.label: d.value for d in _items(bar, near, "progress")}
    assert facts["item being worked on right now (current file, folder)"] == "report_07.ods"
    where = next(v for k, v in facts.items() if k.startswith("destination"))
    assert where == "/srv/archive/2024"


def test_a_click_target_is_named_as_printed_never_by_a_derived_label() -> None:
    sir = bare_sir()
    for d in [
        EvidenceDraft(kind="text", value="Copying a.txt to /tmp/b", box=Box(x0=0, y0=0, x1=200, y1=14)),
        EvidenceDraft(kind="key_value", label="destination folder: where the items are being copied to",
                      value="/tmp/b", box=Box(x0=0, y0=0, x1=200, y1=14), attrs={"source_structure": "progress"}),
        EvidenceDraft(kind="key_value", label="Retries", value="3", box=Box(x0=0, y0=20, x1=90, y1=34)),
        EvidenceDraft(kind="text", value="Retries 3", box=Box(x0=0, y0=20, x1=90, y1=34)),
    ]:
        sir.add(d, source="test", round=1)
    m = Matcher()
    assert all(c.answer != "destination folder: where the items are being copied to"
               for c in locate("destination folder", sir, m))
    assert locate("retries", sir, m)[0].answer == "Retries"
