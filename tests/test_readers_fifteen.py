"""A ruled grid inside a window (its frame's edges, its title above, its status bar below), each command's
output read under its own prompt, rows that name an entry, a joined question about the same entry, the
author of the commit a question describes, unittest's tallies alone. Invented data only."""

from __future__ import annotations

import pytest

from seeingeye.agents import record_counts as RC
from seeingeye.agents import records as R
from seeingeye.agents.match import Matcher
from seeingeye.agents.question import analyse
from seeingeye.agents.solve_records import record_candidates
from seeingeye.agents.tabular import Row, make_records
from seeingeye.sir import Box
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.ruled import _words, grid_of
from seeingeye.tools.spacing import join_dotted
from seeingeye.tools.table import split_header
from seeingeye.tools.testrun import read_results
from tests.records_util import add_lines, bare_sir


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher()


def test_a_title_row_over_a_header_with_a_blank_corner_is_skipped() -> None:
    grid = [["", "", "", "Ledger - Q1", "Acme"], ["", "Ref", "Payee", "Sum", "State"],
            ["1", "R-11", "Ann Lee", "10.00", "Open"], ["2", "R-12", "Bo Kim", "12.00", "Closed"],
            ["3", "R-13", "Cy Ng", "9.00", "Open"]]
    header, body, printed, start = split_header(grid)
    assert header == ["", "Ref", "Payee", "Sum", "State"] and printed and start == 2
    assert body[0][:2] == ["1", "R-11"]


def test_a_grid_spans_the_rows_its_rules_span_not_the_window_frame() -> None:
    frame = [(0, 2, 441), (720, 2, 441)]  # the window's edges, down past its title and status bars
    inner = [(x, 40, 339) for x in (22, 84, 197, 274, 374)]
    xs, y0, y1 = grid_of(frame + inner)  # type: ignore[misc]
    assert (y0, y1) == (40, 339) and xs[0] == 0 and xs[-1] == 720


def test_a_bar_between_two_words_is_a_rule_not_a_letter() -> None:
    line = OcrLine(text="ORD-7|Quill Co", box=Box(x0=0, y0=0, x1=140, y1=18), confidence=0.9)
    assert [w for w, _, _ in _words(line)] == ["ORD-7", "Quill", "Co"]


def test_a_dotted_numbers_spaces_are_dropped_and_others_kept() -> None:
    assert join_dotted("lxml 5. 12. 1", [])[0] == "lxml 5.12.1"
    assert join_dotted("host 10. 4 .0.9", [])[0] == "host 10.4.0.9"
    assert join_dotted("Step 1. Then 2. Done", [])[0] == "Step 1. Then 2. Done"
    assert join_dotted("Total 3. 50", [])[0] == "Total 3. 50"  # two parts: no version


def test_each_commands_output_is_read_under_its_own_prompt() -> None:
    sir = bare_sir()
    add_lines(sir, ["kim@box:~$ ps -o user,rss,comm", "USER     RSS COMMAND", "kim    90112 tern-db",
                    "kim    40100 tern-queue", "kim    40080 tern-queue", "kim@box:~$ pgrep -c tern-queue", "2",
                    "kim@box:~$"])
    recs = R.build(sir)
    listing = next(r for r in recs if [c.name for c in r.columns][:3] == ["USER", "RSS", "COMMAND"])
    assert len(listing.rows) == 3  # not the next command line, nor what it printed
    assert RC.count_named(recs, "tern-queue") == 2 and RC.count_named(recs, "tern") == 3
    texts = [e.value for e in sir.by_kind("text")]
    assert RC.entry_listed(recs, "tern-db", texts) is True
    assert RC.entry_listed(recs, "postgres", texts) is False
    assert RC.entry_listed(recs, "free space", texts) is None  # several words: no entry's name


def test_a_joined_question_asks_another_field_of_the_same_entry() -> None:
    a = analyse("cheapest flight and its airline?")
    assert a.operator == "min" and a.also == "airline" and not a.also_figure
    b = analyse("which bucket is biggest and how many objects does it hold")
    assert b.operator == "max" and b.also_figure and b.also == "objects hold"
    c = analyse("who posted last and when")
    assert c.also is not None and c.also.startswith("when")
    assert analyse("what is the gap between rent and fuel").also is None


def _sir_with_table(header: list[str], rows: list[list[str]]):  # noqa: ANN202
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    sir.add(EvidenceDraft(kind="table", value="table", attrs={"header": header, "rows": rows, "has_header": True,
                                                                "table_index": 0}), source="table", round=1)
    return sir


def test_the_joined_field_is_read_from_the_chosen_row(m: Matcher) -> None:
    sir = _sir_with_table(["Flight", "Airline", "Fare"], [["QK 12", "Skyloft", "$310"], ["VB 7", "Aerowind", "$245"],
                                                         ["TR 99", "Polar Air", "$402"]])
    cands = record_candidates(analyse("cheapest flight and its airline?"), sir, m)
    assert cands and cands[0].answer == "VB 7, Aerowind"


def test_the_author_of_the_commit_a_question_describes(m: Matcher) -> None:
    sir = bare_sir()
    add_lines(sir, ["4be81c2 - Noor Haddad, 3 hours ago : Speed up thumbnail cache",
                    "91af0d3 - Piet Brandt, 2 days ago : Add dark theme to settings",
                    "c07e5b1 - Noor Haddad, 5 days ago : Fix crash on empty upload",
                    "e2d4a90 - Ola Svensson, 6 days ago : Bump pillow to 11.1"])
    log = next(r for r in R.build(sir) if r.kind == "log")
    assert [c.name for c in log.columns][:3] == ["commit hash", "author (person, who)", "date"]
    cands = record_candidates(analyse("who added the dark theme?"), sir, m)
    assert cands and cands[0].answer == "Piet Brandt"


def test_unittests_tallies_count_when_the_tests_scrolled_off() -> None:
    lines = [OcrLine(text=t, box=Box(x0=0, y0=20 * k, x1=300, y1=20 * k + 14), confidence=0.9)
             for k, t in enumerate(["Ran 11 tests in 0.004s", "", "FAILED (failures=3, errors=2)"]) if t]
    _, _, counts = read_results(lines)
    assert counts == {"run": 11, "failed": 3, "error": 2, "passed": 6}


def test_a_records_rows_named_by_an_entry_are_counted_by_its_cells() -> None:
    rec = make_records("columns", ["USER", "COMMAND"], [Row(["ann", "zeta-web"], []), Row(["root", "zeta-web"], []),
                                                        Row(["ann", "zeta-cron"], [])])
    assert rec is not None
    assert RC.count_named([rec], "ann") == 2 and RC.count_named([rec], "zeta-web") == 2
    assert RC.count_named([rec], "omega") is None


def test_a_unified_diff_counts_its_lines_and_tells_a_lost_sign_by_its_ink() -> None:
    from seeingeye.tools.diff_panes import unified

    def ln(text: str, y: float, colour: str = "white") -> OcrLine:
        return OcrLine(text=text, box=Box(x0=0, y0=y, x1=200, y1=y + 16), confidence=0.9, colour=colour)

    lines = [ln("kim@box:~/svc$ git diff app.toml", 0, "green"), ln("--- a/app.toml", 20, "red"),
             ln("+++ b/app.toml", 40, "green"), ln("@@ -2,6 +2,7 @@", 60, "cyan"), ln("name = relay", 80),
             ln("-retries = 2", 100, "red"), ln("cache = off", 120, "red"),  # its "-" lost by OCR
             ln("+retries = 5", 140, "green"), ln("+cache = on", 160, "green"), ln("+region = eu-2", 180, "green"),
             ln("kim@box:~/svc$", 200, "green")]
    facts = {d.label: d.value for d in unified(lines) or []}
    assert facts["number of lines added (+, green) in the new version"] == "3"
    assert facts["number of lines removed (-, red, deleted) from the old version"] == "2"
    assert facts["settings added in the new version (only on the right side)"] == "region"
    assert facts["cache in the new version (right side, after the change, updated, now)"] == "on"
    assert unified([ln("name = relay", 0), ln("- a bullet", 20)]) is None  # no hunk: no diff


def test_a_bracketed_tag_after_a_name_is_columns_of_its_own() -> None:
    rec = make_records("columns", ["#", "title"], [Row(["1", "Rain Song.ogg [05:12|OGG]"], []),
                                                   Row(["2", "Tin Roof.ogg [02:58jOGG]"], []),  # a bar OCR lost
                                                   Row(["3", "Long Road.ogg [07:01|OGG]"], [])])
    assert rec is not None
    assert [c.name for c in rec.columns] == ["#", "title", "duration (length, how long)", "tag 2"]
    assert rec.rows[1].cells == ["2", "Tin Roof.ogg", "02:58", "OGG"]


def test_one_odd_box_far_above_the_rest_does_not_move_the_cut() -> None:
    from seeingeye.tools.control_groups import _two_groups

    cut = _two_groups([0.0, 0.0, 0.0, 0.15, 0.15, 0.15, 0.15, 0.15, 0.75])
    assert 0.0 < cut < 0.15
    assert 0.08 < _two_groups([0.0, 0.0, 0.08, 0.3, 0.3]) < 0.3  # nor one odd box a little above the plain ones


def test_a_count_of_ticked_boxes_under_the_heading_the_question_names(m: Matcher) -> None:
    from seeingeye.agents.solve_counts import count_candidates
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    for label, state, group in (("Jazz", "checked", "Genres"), ("Folk", "unchecked", "Genres"),
                                ("Metal", "checked", "Genres"), ("Mail me", "checked", "Alerts"),
                                ("Text me", "checked", "Alerts"), ("Call me", "unchecked", "Alerts")):
        sir.add(EvidenceDraft(kind="field", label=label, value=state, attrs={"control": "checkbox", "group": group}),
                source="forms", round=1)
    assert count_candidates(analyse("how many genres are ticked"), sir, m)[0].answer == "2"
    assert count_candidates(analyse("how many alerts are not ticked?"), sir, m)[0].answer == "1"


def test_a_pie_whose_legend_prints_each_slices_figure_gives_exact_shares_and_the_total() -> None:
    import io

    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from PIL import Image

    from seeingeye.tools import TOOLS, Engines, ToolContext
    from seeingeye.tools.chart_pie import _named_figures

    assert _named_figures({0: "Oak — 1,250", 1: "Birch: 300", 2: "Elm (45)"}, 3)[0] == ("Oak", "1,250", 1250.0)
    assert _named_figures({0: "Oak — 1,250", 1: "Birch"}, 2) == {}  # one slice without its figure: none

    names, values = ["Kiosk", "Online", "Phone"], [3150, 1800, 1050]
    fig, ax = plt.subplots(figsize=(7, 4.5), dpi=100)
    wedges, _ = ax.pie(values, startangle=90, counterclock=False, wedgeprops={"width": 0.35})
    ax.legend(wedges, [f"{n} — {v:,}" for n, v in zip(names, values, strict=True)], loc="center left",
              bbox_to_anchor=(1.0, 0.5), frameon=False, fontsize=12)
    ax.set_title("Orders by channel")
    buf = io.BytesIO()
    fig.savefig(buf, format="png", bbox_inches="tight")
    plt.close(fig)
    res = TOOLS.get("chart")(ToolContext(image=Image.open(buf).convert("RGB"), engines=Engines()))
    shares = {e.label: e.value for e in res.evidence if e.kind == "point"}
    assert shares == {"Kiosk": "52.5%", "Online": "30%", "Phone": "17.5%"}
    facts = {e.label: e.value for e in res.evidence if e.kind == "key_value"}
    assert facts["Online"] == "1,800" and facts["total of all slices (sum, overall, altogether)"] == "6,000"


def test_one_figure_before_failed_in_a_subject_is_no_test_summary() -> None:
    from PIL import Image, ImageDraw

    from seeingeye.tools import TOOLS, Engines, ToolContext
    from tests.draw_util import font

    img = Image.new("RGB", (700, 120), "white")
    d = ImageDraw.Draw(img)
    d.text((10, 10), "inbox  Build bot   Pipeline #3318 failed", fill="black", font=font(18))
    d.text((10, 50), "inbox  Ines Roza   Lunch on Thursday?", fill="black", font=font(18))
    res = TOOLS.get("testrun")(ToolContext(image=img, engines=Engines()))
    assert not res.evidence


def test_an_editors_rows_whose_gutter_numbers_ocr_missed_are_numbered_by_their_place(m: Matcher) -> None:
    from seeingeye.tools.gutter import gutter_split

    lines = [OcrLine(text="def load_rows(path):", box=Box(x0=40, y0=20, x1=220, y1=36), confidence=0.9)]  # row 1
    lines += [OcrLine(text=t, box=Box(x0=40, y0=20 + 18 * k, x1=40 + 9 * len(t), y1=36 + 18 * k), confidence=0.9)
              for k, t in ((1, "    return open(path)"), (3, "def save_rows(rows):"), (4, "    pass"))]
    lines += [OcrLine(text=str(n), box=Box(x0=10, y0=20 + 18 * (n - 1), x1=26, y1=36 + 18 * (n - 1)), confidence=0.9)
              for n in (3, 4, 5, 6, 7)]  # the gutter's faint first two numbers were not read
    rows = {n: code.strip() for n, code, _ in gutter_split(lines)}
    assert rows[1] == "def load_rows(path):" and rows[4] == "def save_rows(rows):"


def test_a_receipts_labels_in_other_languages_name_what_english_asks(m: Matcher) -> None:
    from seeingeye.agents.structure import SUMMARY

    labels = ["ZU ZAHLEN", "Wisselgeld", "BTW 9%", "Oat bar"]
    assert int(m.scores("total", labels).argmax()) == 0 and int(m.scores("change", labels).argmax()) == 1
    assert SUMMARY.search("Wisselgeld") and SUMMARY.search("Bar") and not SUMMARY.search("Oat bar")


def test_a_bills_foot_read_as_a_table_gives_way_to_its_items(m: Matcher) -> None:
    from seeingeye.agents.solve_extremes import extreme_candidates
    from seeingeye.sir import EvidenceDraft

    sir = bare_sir()
    for k, (label, price) in enumerate((("Rye loaf", "2,80"), ("Goat cheese", "6,45"), ("Leeks", "1,99"))):
        sir.add(EvidenceDraft(kind="key_value", label=label, value=price, number=parse(price),
                              box=Box(x0=10, y0=20 * k, x1=300, y1=20 * k + 14)), source="ocr", round=1)
    for r, (name, value) in enumerate((("Summe", "11,24"), ("Bar", "20,00"), ("Rückgeld", "8,76"))):
        sir.add(EvidenceDraft(kind="cell", label="column 2", value=value, number=parse(value),
                              box=Box(x0=200, y0=100 + 20 * r, x1=300, y1=114 + 20 * r),
                              attrs={"row": r, "col": 1, "row_label": name, "col_label": "column 2"}),
                source="table", round=1)
    assert extreme_candidates(analyse("which item was the priciest?"), sir, m)[0].answer == "Goat cheese"


def parse(text: str) -> float:
    return float(text.replace(",", "."))


def test_a_yes_no_question_answered_with_a_line_says_yes_or_no() -> None:
    from seeingeye.agents.extract import Candidate
    from seeingeye.agents.solve_select import as_yes_or_no

    sir = bare_sir()
    add_lines(sir, ["Loaded: loaded (/etc/units/relay.unit; enabled; preset: enabled)", "Active: inactive (dead)"])
    cands = [Candidate("Active: inactive (dead)", 0.6, True, [], "line")]
    as_yes_or_no(analyse("is the relay unit enabled on startup?"), sir, cands)
    assert cands[0].answer == "yes"
    cands = [Candidate("Active: inactive (dead)", 0.6, True, [], "line")]
    as_yes_or_no(analyse("is the relay masked?"), sir, cands)
    assert cands[0].answer == "no"
    assert analyse("is the relay unit running").operator != "choose"  # no "or": nothing to choose between


def _settings_window(dark: bool):  # noqa: ANN202
    from PIL import Image, ImageDraw

    from tests.draw_util import font

    ground, ink = ((48, 48, 48), (230, 230, 230)) if dark else ((246, 245, 244), (30, 30, 30))
    img = Image.new("RGB", (520, 160), ground)
    d = ImageDraw.Draw(img)
    d.text((16, 60), "Volume", fill=ink, font=font(15))
    d.rectangle((150, 70, 470, 73), fill=(90, 90, 90))  # the track
    d.rectangle((150, 70, 262, 73), fill=(40, 110, 210))  # the filled part
    d.ellipse((262, 61, 282, 81), fill=ground, outline=(20, 20, 20) if dark else (150, 150, 150))  # the handle
    d.text((262, 38), "35", fill=ink, font=font(13))
    return img


def test_a_slider_reads_the_figure_at_its_handle_and_a_window_its_theme() -> None:
    from seeingeye.tools import TOOLS, Engines, ToolContext

    engines = Engines()
    for dark in (True, False):
        img = _settings_window(dark)
        res = TOOLS.get("progress")(ToolContext(image=img, engines=engines))
        sliders = [e for e in res.evidence if e.attrs.get("control") == "slider"]
        assert [e.value for e in sliders] == ["35"] and sliders[0].label.startswith("Volume")
        assert not [e for e in res.evidence if e.attrs.get("control") == "progress"]
        ui = TOOLS.get("ui")(ToolContext(image=img, engines=engines))
        theme = next(e for e in ui.evidence if e.attrs.get("control") == "theme")
        assert theme.value == ("on" if dark else "off")


def test_a_state_answers_by_the_column_of_names_the_question_names(m: Matcher) -> None:
    rec = make_records("columns", ["APP", "VERSION", "HOST", "STATE"],
                       [Row(["ledger", "1.2.0", "node-a1", "UP"], []), Row(["mailer", "2.0.1", "node-b4", "DOWN"], []),
                        Row(["search", "0.9.3", "node-c2", "UP"], [])])
    assert rec is not None
    rec.key = 2  # a reader that took the host for the rows' names
    assert [a.value for a in RC.rows_where([rec], "down", matcher=m, asked="which app is down")] == ["mailer"]
    assert [a.value for a in RC.rows_where([rec], "down", matcher=m)] == ["node-b4"]
