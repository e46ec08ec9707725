"""The pure views the MCP tools serve: tables as rows and formats, interface elements in the shape of
contracts.md item 1 (including controls and chrome the screen reading will add), several readings compared."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import seeingeye
from seeingeye.server.images_view import compare_readings
from seeingeye.server.table_view import column_names, render_table, table_rows
from seeingeye.server.ui_view import ui_elements
from seeingeye.sir import SIR, Box, EvidenceDraft, ImageFacts


def sir_with(*drafts: tuple[str, dict[str, Any]]) -> SIR:
    sir = SIR(image=ImageFacts(width=800, height=600, original_width=800, original_height=600, sha256="x",
                               format="PNG", mode="RGB"), question="")
    for source, d in drafts:
        sir.add(EvidenceDraft(**d), source=source, round=1)
    return sir


def box(x0: float, y0: float, x1: float, y1: float) -> Box:
    return Box(x0=x0, y0=y0, x1=x1, y1=y1)


def test_tables_as_markdown_csv_and_records() -> None:
    rows = [["Pens | blue", "3"], ["Ink\nred", "12.50"], ["Pad"]]
    sir = sir_with(("table", {"kind": "table", "value": "table", "box": box(0, 0, 100, 50),
                              "attrs": {"header": ["Item", "Price", "Price"], "rows": rows}}))
    (t,) = table_rows(sir)
    assert column_names(t) == ["Item", "Price", "Price_2"]
    md = render_table(t, "markdown").splitlines()
    assert md[:2] == ["| Item | Price | Price_2 |", "| --- | --- | --- |"]
    assert md[2] == "| Pens \\| blue | 3 |  |" and md[3] == "| Ink red | 12.50 |  |"  # a pipe cannot split a cell
    assert list(csv.reader(io.StringIO(render_table(t, "csv")))) == [["Item", "Price", "Price"], *rows]
    assert json.loads(render_table(t, "json"))[1] == {"Item": "Ink\nred", "Price": "12.50"}
    headless = sir_with(("table", {"kind": "table", "value": "t", "attrs": {"rows": [["a", "b"]]}}))
    assert render_table(table_rows(headless)[0], "markdown").splitlines()[0] == "| column_1 | column_2 |"
    assert table_rows(sir_with(("table", {"kind": "table", "value": "t", "attrs": {}}))) == []


def test_ui_elements_take_every_control_and_chrome_of_the_contract() -> None:
    sir = sir_with(
        ("screens", {"kind": "region", "value": "", "box": box(0, 0, 800, 30), "attrs": {"role": "title_bar"}}),
        ("screens", {"kind": "block", "value": "report.txt - Editor", "box": box(300, 5, 500, 25),
                     "attrs": {"role": "title", "window_title": True}}),
        ("screens", {"kind": "field", "label": "General", "value": "General", "box": box(10, 40, 90, 60),
                     "attrs": {"control": "tab", "selected": True}}),
        ("forms", {"kind": "field", "label": "Wrap lines", "value": "checked", "box": box(10, 80, 30, 100),
                   "attrs": {"control": "checkbox"}}),
        ("forms", {"kind": "field", "label": "Small", "value": "selected", "box": box(10, 120, 30, 140),
                   "attrs": {"control": "radio", "group": "Font size"}}),
        ("screens", {"kind": "field", "label": "Upload", "value": "42%", "box": box(10, 160, 300, 175),
                     "attrs": {"control": "progress"}}),
        ("forms", {"kind": "field", "label": "Name", "value": "Ada", "box": box(10, 200, 300, 225),
                   "attrs": {"control": "text"}}),
        ("forms", {"kind": "field", "value": "OK", "box": box(600, 550, 700, 580), "attrs": {"control": "button"}}),
        ("ocr", {"kind": "text", "value": "OK", "box": box(630, 555, 670, 575)}),
        ("ocr", {"kind": "text", "value": "Changes are saved on exit.", "box": box(10, 500, 300, 520)}),
    )
    els = ui_elements(sir)
    assert [e.role for e in els] == ["title_bar", "window_title", "tab", "checkbox", "radio", "progress", "text",
                                     "button"]
    by_role = {e.role: e for e in els}
    assert by_role["tab"].selected is True and by_role["tab"].text == "General"
    assert (by_role["checkbox"].text, by_role["checkbox"].state) == ("Wrap lines", "checked")
    assert by_role["radio"].group == "Font size" and by_role["progress"].state == "42%"
    assert (by_role["text"].text, by_role["text"].value) == ("Name", "Ada")
    assert by_role["button"].text == "OK" and by_role["button"].box == [600, 550, 700, 580]
    assert by_role["window_title"].text == "report.txt - Editor"
    with_text = ui_elements(sir, include_text=True)
    assert [e.text for e in with_text if e.role == "static_text"] == ["Changes are saved on exit."]  # not "OK"


def test_several_readings_compared() -> None:
    def receipt(total: str, extra: str) -> SIR:
        return sir_with(("ocr", {"kind": "text", "value": "CORNER SHOP", "box": box(0, 0, 50, 10)}),
                        ("ocr", {"kind": "text", "value": extra, "box": box(0, 20, 50, 30)}),
                        ("ocr", {"kind": "key_value", "label": "Total", "value": total}))

    diff = compare_readings(["a.png", "b.png", "c.png"], [receipt("4.50", "Tea"), receipt("4.50", "Cake"),
                                                          receipt("9.00", "Tea")])
    assert diff.shared == ["CORNER SHOP"] and diff.only_in == {"a.png": [], "b.png": ["Cake"], "c.png": []}
    assert diff.changed_values == ["Total: 4.50 | 4.50 | 9.00"]


def test_proxy_refuses_an_unknown_upstream_api_in_one_line() -> None:
    src = str(Path(seeingeye.__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-m", "seeingeye.cli", "proxy", "--upstream", "http://127.0.0.1:9/v1",
                           "--upstream-api", "soap"], capture_output=True, timeout=120, env={"PYTHONPATH": src})
    err = proc.stderr.decode()
    assert proc.returncode == 2 and "chat, messages, responses" in err and "Traceback" not in err
