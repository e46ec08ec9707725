"""Cards stacked alike (a name over a time, a switch at the right), tallies of two figures and counts before
paths, grouped bars drawn apart, a pale off switch seen only by its knob, boxes whose marks overflow them, a
chart's page in a window whose frame runs to its edge, and counts of boxes asked as still open. Invented data
only."""

from __future__ import annotations

import numpy as np

from seeingeye.agents.card_blocks import card_blocks
from seeingeye.agents.listings import figure_pairs, figured
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.solve_counts import asks_off
from seeingeye.sir import Box, Evidence
from seeingeye.tools.box_column import boxes_by_column
from seeingeye.tools.chart import figure_panels
from seeingeye.tools.chart_axis import Region
from seeingeye.tools.chart_bars import _groups
from seeingeye.tools.control_groups import Control
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.switches import knob_on_track


def _piece(i: str, text: str, x: float, y: float, h: float = 16.0, kind: str = "text") -> Evidence:
    return Evidence(id=i, source="ocr", round=1, kind=kind, value=text, confidence=0.9,
                    box=Box(x0=x, y0=y, x1=x + 9.0 * len(text), y1=y + h))


def _lines(texts: list[str]) -> list[list[Evidence]]:
    return [[_piece(f"e{k}", t, 0.0, 20.0 * k)] for k, t in enumerate(texts)]


def test_a_tally_of_codes_is_read_with_its_sorted_column_as_the_count() -> None:
    rec = figure_pairs(_lines(["$ tally codes", "210 64", "418 30", "503 12", "$"]))
    assert rec is not None and rec.columns[1].name.startswith("count")
    assert [r.cells for r in rec.rows] == [["210", "64"], ["418", "30"], ["503", "12"]]
    flipped = figure_pairs(_lines(["97 3", "41 8", "12 1"]))  # the first column falls: it is the count
    assert flipped is not None and flipped.columns[0].name.startswith("count")
    assert figure_pairs(_lines(["210 64", "418 30"])) is None  # two rows are no tally
    assert figure_pairs(_lines(["Alder 64", "Birch 30", "Cedar 12"])) is None


def test_counts_before_paths_are_a_listing() -> None:
    rec = figured(_lines(["4 /basket", "2 /", "1 /media/logo.svg"]))
    assert rec is not None and [r.cells[1] for r in rec.rows] == ["/basket", "/", "/media/logo.svg"]


def _card(k: int, name: str, clock: str, caption: str) -> list[list[Evidence]]:
    top = 100.0 * k
    return [[_piece(f"n{k}", name, 40, top, 20)], [_piece(f"t{k}", clock, 40, top + 24, 32)],
            [_piece(f"c{k}", caption, 40, top + 60, 14)]]


def _switch(k: int, state: str) -> Evidence:
    return Evidence(id=f"s{k}", source="tool:forms", round=1, kind="field", value=state, confidence=0.85,
                    box=Box(x0=500, y0=100.0 * k + 30, x1=548, y1=100.0 * k + 56), attrs={"control": "toggle"})


def test_cards_stacked_alike_are_rows_with_their_switch_state() -> None:
    cards = [("Water the ferns", "06:45", "Daily"), ("Tram to work", "07:55", "Weekdays"),
             ("Call Berit", "19:10", "Sundays"), ("Lights out", "23:30", "Daily")]
    rows = [r for k, c in enumerate(cards) for r in _card(k, *c)]
    switches = [_switch(k, s) for k, s in enumerate(["on", "off", "on", "off"])]
    rec = card_blocks(rows, switches)
    assert rec is not None
    assert [c.name for c in rec.columns][:2] == ["item (name, title)", "time (when, at)"]
    assert [r.cells[0] for r in rec.rows] == [c[0] for c in cards]
    assert [r.cells[-1].split()[0] for r in rec.rows] == ["on", "off", "on", "off"]
    assert card_blocks(rows, []) is not None and len(card_blocks(rows, []).columns) == 3


def test_lines_that_do_not_repeat_one_layout_are_no_cards() -> None:
    rows = _lines(["Opening hours", "Mon to Fri 9-17", "Sat 10-14", "Closed on Sundays", "Call 0123 4567",
                   "Visit us soon"])
    assert card_blocks(rows, []) is None


def _bar(x0: int, rgb: tuple[int, int, int], top: int) -> Region:
    return Region(x0=x0, y0=top, x1=x0 + 20, y1=300, area=20 * (300 - top), rgb=rgb, key=hash(rgb) % 1000)


def test_grouped_bars_drawn_apart_are_grouped_by_their_repeating_colours() -> None:
    blue, gold = (70, 110, 180), (225, 165, 60)
    # pairs 6 px apart inside a group, 30 px between groups
    stacks = [[_bar(x, c, t)] for x, c, t in [(100, blue, 80), (126, gold, 60), (176, blue, 200),
                                               (202, gold, 150), (252, blue, 120), (278, gold, 90)]]
    groups = _groups(stacks, vertical=True)
    assert [len(g) for g in groups] == [2, 2, 2]
    evenly = [[_bar(100 + 26 * k, blue if k % 2 else gold, 100)] for k in range(6)]
    assert [len(g) for g in _groups(evenly, vertical=True)] == [1] * 6  # one gap everywhere: plain bars


def _face(h: int = 60, w: int = 200) -> np.ndarray:
    return np.full((h, w, 3), 255, np.uint8)


def test_a_pale_track_beside_a_knob_is_an_off_switch() -> None:
    arr = _face()
    arr[17:43, 60:108] = 224  # the track, barely darker than the face
    yy, xx = np.mgrid[0:60, 0:200]
    arr[(yy - 30) ** 2 + (xx - 73) ** 2 <= 12**2] = 255  # the knob at its left end
    found = knob_on_track(arr, Box(x0=60, y0=17, x1=86, y1=43))
    assert found is not None and found.kind == "toggle" and found.state == "off"
    plain = _face()  # a radio's disc with nothing beside it
    assert knob_on_track(plain, Box(x0=60, y0=17, x1=86, y1=43)) is None


def _ocr(text: str, x: float, y: float) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + 8 * len(text), y1=y + 16), confidence=0.9)


def test_a_box_whose_mark_overflows_it_is_found_by_its_column() -> None:
    ink = np.zeros((200, 300), bool)
    labels = [_ocr(t, 40, 20 + 24 * k) for k, t in enumerate(["Sand the door", "Oil the hinge", "Fit the latch",
                                                               "Paint the frame", "Hang the sign"])]
    controls = []
    for k, ln in enumerate(labels):
        y = int(ln.box.cy) - 7
        if k in (2, 4):
            ink[y - 3 : y + 15, 20:36] = True  # a box with a tick running over its frame
        else:
            ink[y : y + 14, 20:34] = True
            controls.append(Control("checkbox", Box(x0=20, y0=y, x1=34, y1=y + 14), "unchecked", label=ln))
    found = boxes_by_column(controls, labels, ink)
    assert sorted(c.label.text for c in found if c.label) == ["Fit the latch", "Hang the sign"]
    assert all(c.state == "checked" for c in found)
    heading = [_ocr("Chores", 40, 0)]  # a heading's letters where a box would stand are no box
    ink[0:6, 20:34] = True
    assert not boxes_by_column(controls, heading, ink)


def test_a_page_whose_plot_frame_runs_to_its_edge_is_a_panel() -> None:
    arr = np.full((600, 900, 3), 160, np.uint8)  # a window's grey canvas
    arr[100:500, 200:800] = 255  # the page
    arr[130:470, 260:799] = 255
    arr[130:132, 260:800] = 30  # the plot's frame, its right side on the page's edge
    arr[468:470, 260:800] = 30
    arr[130:470, 260:262] = 30
    arr[130:470, 798:800] = 30
    panels = figure_panels(arr)
    assert any(abs(b.x0 - 200) <= 4 and abs(b.x1 - 800) <= 4 for b in panels)


def test_boxes_asked_as_still_open_are_the_empty_ones() -> None:
    m = Matcher()
    assert asks_off(analyse("how many chores are still open?"), m)
    assert asks_off(analyse("how many tasks aren't ticked"), m)
    assert not asks_off(analyse("how many chores are completed?"), m)


def test_a_row_is_named_by_a_column_and_its_value() -> None:
    from seeingeye.agents import records as R
    from seeingeye.agents.tabular import Row, make_records

    rec = make_records("table", ["SHARD", "OWNER", "PORT"], [
        Row(["0", "lark-1", "7101"], []), Row(["1", "lark-2", "7102"], []), Row(["2", "lark-3", "7103"], [])])
    assert rec is not None
    rec.key = 1
    a = R.lookup([rec], "served by shard 2", "port", Matcher(use_embeddings=False))
    assert a.value == "7103" and a.score >= 0.9


def test_a_reading_whose_cut_names_run_into_the_next_column_gives_way() -> None:
    from seeingeye.agents.superseded import superseded
    from seeingeye.agents.tabular import Row, make_records

    ran = make_records("columns", ["Title", "Login", "Site"], [
        Row(["Fernhill", "Sav... mira04", "https://fern..."], []),
        Row(["Oakmoor", "Ga... tobin.k", "https://oak..."], []),
        Row(["Brookside Bank", "lena.v", "https://brook..."], [])])
    kept = make_records("table", ["Title", "Login", "Site"], [
        Row(["Fernhill Sav...", "mira04", "https://fern..."], []),
        Row(["Oakmoor Ga...", "tobin.k", "https://oak..."], []),
        Row(["Brookside Bank", "lena.v", "https://brook..."], [])])
    assert ran is not None and kept is not None
    assert superseded([ran, kept]) == [kept]
    assert superseded([ran]) == [ran]  # alone, it is the only reading there is


def test_a_tallied_code_is_counted_by_its_row() -> None:
    from seeingeye.agents.solve_counts import _only_count_column

    rec = figure_pairs(_lines(["210 64", "418 30", "503 12", "302 5"]))
    assert rec is not None
    found = _only_count_column([rec], "418s were logged")
    assert found is not None and found.answer == "30"
    assert _only_count_column([rec], "requests were logged") is None  # no row named: no tally of one


def test_a_group_by_summary_answers_totals_and_means_per_group() -> None:
    from dataclasses import replace

    from seeingeye.agents.aggregates import printed_aggregate
    from seeingeye.agents.tabular import Row, make_records

    rec = make_records("table", ["GroupBy(depot)", "count(depot)", "sum(crates)", "sum(weight)"], [
        Row(["Harlow", "4", "61", "1210"], ["a"]), Row(["Sedge", "5", "40", "977"], ["b"]),
        Row(["Tarn", "2", "19", "302"], ["c"])])
    assert rec is not None
    total = replace(analyse("what's the total weight for Sedge"), arith="sum", phrase="Sedge's total weight",
                    target="total weight", column="weight")
    assert (found := printed_aggregate(total, [rec])) is not None and found.answer == "977"
    mean = replace(total, arith="mean", phrase="average weight per load at Harlow", target="weight per load at Harlow")
    assert (found := printed_aggregate(mean, [rec])) is not None and found.answer == "302.5"
    every = replace(total, phrase="total crates over all depots", target="crates over all depots", column="crates")
    assert (found := printed_aggregate(every, [rec])) is not None and found.answer == "120"


def test_an_entrys_line_count_is_no_message_of_a_version_log() -> None:
    from seeingeye.agents.delimited import pipe_entries

    rule = "-" * 40
    rec = pipe_entries(_lines([rule, "r12 | ovid | 2025-02-03 10:00:00 | 1 line", "", "Tidy the fixtures", rule,
                               "r11 | brann | 2025-02-01 09:30:00 | 2 lines", "", "Split the parser", rule]))
    assert rec is not None
    names = [c.name for c in rec.columns]
    assert names[3].startswith("lines") and names[-1].startswith("message")
    assert [r.cells[-1] for r in rec.rows] == ["Tidy the fixtures", "Split the parser"]


def test_ruby_node_and_java_frames_name_the_scripts_method_and_line() -> None:
    from seeingeye.tools.traceback import frames, script_frame

    ruby = [_ocr(t, 0, 20 * k) for k, t in enumerate([
        "$ ruby rota.rb", "rota.rb:41:in `/': divided by 0 (ZeroDivisionError)",
        "        from rota.rb:41:in `shifts_per_nurse'", "        from rota.rb:57:in `<main>'"])]
    found = script_frame(frames(ruby), ruby)
    assert found is not None and (found.function, found.line) == ("shifts_per_nurse", 41)
    node = [_ocr(t, 0, 20 * k) for k, t in enumerate([
        "TypeError: Cannot read properties of undefined (reading 'qty')",
        "    at lineTotal (/srv/till/basket.js:23:19)", "    at Array.map (<anonymous>)",
        "    at checkout (/srv/till/basket.js:40:5)"])]
    inner = frames(node)[-1]
    assert (inner.name, inner.line, inner.function) == ("basket.js", 23, "lineTotal")
    java = [_ocr("\tat depot.Ledger.balance(Ledger.java:88)", 0, 0)]
    assert [(f.name, f.line, f.function) for f in frames(java)] == [("Ledger.java", 88, "balance")]
