"""List views beside a sidebar, figures OCR ran into the cell before, a note in brackets in a header, feed
entries of a title over its date, spin-box buttons, LaTeX commands whose backslash the cursor hid, a gutter
read as its own column, and a line found by the word it holds. Invented data only."""

from __future__ import annotations

from seeingeye.agents.columns import _worded_header, header_columns
from seeingeye.agents.dated_items import dated_subtitles
from seeingeye.agents.header_cells import centred, figures_apart
from seeingeye.agents.tabular import Row, make_records
from seeingeye.agents.ui_solve import _line_holding
from seeingeye.sir import Box, Evidence, EvidenceDraft
from seeingeye.tools.config import tex_commands
from seeingeye.tools.gutter import gutter_split
from seeingeye.tools.ocr import OcrLine
from tests.records_util import bare_sir


def _ev(i: int, text: str, x: float, y: float, w: float | None = None) -> Evidence:
    return Evidence(id=f"e{i}", source="ocr", round=1, kind="text", value=text,
                    box=Box(x0=x, y0=y, x1=x + (w or 8 * len(text)), y1=y + 16))


def _line(text: str, x: float, y: float, w: float | None = None) -> OcrLine:
    return OcrLine(text=text, box=Box(x0=x, y0=y, x1=x + (w or 8 * len(text)), y1=y + 16), confidence=0.99)


def test_a_list_view_beside_a_sidebar_is_read_by_its_own_header() -> None:
    names = ["plan_a.txt", "minutes.odt", "budget.ods", "photo_12.jpg", "draft_v2.docx"]
    sizes = ["12.5 KB", "830.1 KB", "44.0 KB", "2.1 MB", "97.3 KB"]
    side = ["Home", "Desktop", "Music", "Videos", "Trash", "Network"]
    rows = [[_ev(0, "Bookmarks", 10, 20), _ev(1, "Name", 230, 40), _ev(2, "Modified", 500, 40),
             _ev(3, "Kind", 660, 40), _ev(4, "Size", 820, 40)]]
    for k, (n, s) in enumerate(zip(names, sizes, strict=True)):
        y = 70 + 40 * k
        rows.append([_ev(10 + k, side[k], 20, y - 18)])  # a sidebar entry between the list's rows
        rows.append([_ev(20 + k, n, 232, y), _ev(30 + k, f"2025/0{k + 1}/11 09:1{k}", 516, y),
                     _ev(40 + k, "Document", 664, y), _ev(50 + k, s, 822, y)])
    rec = header_columns(rows, proportional=True)
    assert rec is not None and [c.name for c in rec.columns][:4] == ["Name", "Modified", "Kind", "Size"]
    assert rec.rows[3].cells[0] == "photo_12.jpg" and rec.rows[3].cells[3] == "2.1 MB"


def test_words_before_a_figure_go_back_to_the_column_before() -> None:
    body = [Row(["a.zip", "Zip", "12.0 KB"], []), Row(["b.odt", "Text", "3.5 KB"], []),
            Row(["c.tar", "Tape", "archive 18.2 MB"], [])]
    figures_apart(body)
    assert body[2].cells == ["c.tar", "Tape archive", "18.2 MB"]
    assert body[0].cells == ["a.zip", "Zip", "12.0 KB"]


def test_a_note_in_brackets_does_not_unmake_a_header() -> None:
    words = [(t, 10.0 * k, 10.0 * k + 8) for k, t in
             enumerate(["Disc", "Name", "Time", "Path", "(relative", "to", "root)", "Rating"])]
    assert _worded_header(words)


def test_feed_entries_of_a_title_over_its_date_are_rows() -> None:
    titles = ["Bridge repainting starts", "Library hours extended", "New bus stop on Mill Lane",
              "Market moves indoors"]
    stamps = ["— Oct 21 6:15 PM", "— Oct 19 9:00 AM", "— Oct 12 2:30 PM", "— Oct 02 8:45 AM"]
    rows = []
    for k, (t, s) in enumerate(zip(titles, stamps, strict=True)):
        rows += [[_ev(2 * k, t, 250, 100 + 50 * k)], [_ev(2 * k + 1, s, 262, 120 + 50 * k)]]
    rec = dated_subtitles(rows)
    assert rec is not None and [r.cells for r in rec.rows][1] == ["Library hours extended", "Oct 19 9:00 AM"]
    assert rec.columns[1].type == "date"


def test_lines_without_dates_under_them_make_no_feed() -> None:
    rows = [[_ev(k, f"Line number {k} of a letter", 40, 20 * k)] for k in range(8)]
    assert dated_subtitles(rows) is None


def test_a_spin_box_button_column_is_no_value() -> None:
    rec = make_records("table", ["column 1", "column 2", "column 3"],
                       [Row(["Dim after", "5", "+"], []), Row(["Sleep after", "20", "+"], []),
                        Row(["Lock after", "3", ""], [])])
    assert rec is not None and len(rec.columns) == 2 and rec.rows[1].cells == ["Sleep after", "20"]


def test_a_latex_command_whose_backslash_the_cursor_hid_is_still_read() -> None:
    lines = [_line("documentclass[12pt]{report}", 40, 10), _line("\\title{Tide Tables}", 40, 30),
             _line("\\author{Ines Moreau}", 40, 50), _line("\\section{Method}", 40, 70)]
    facts = {d.label: d.value for d in tex_commands(lines) if d.kind == "key_value"}
    assert facts["documentclass"] == "report" and facts["author"] == "Ines Moreau"


def test_a_latex_command_word_alone_is_no_command() -> None:
    lines = [_line("documentclass[12pt]{report}", 40, 10), _line("plain words here", 40, 30)]
    assert tex_commands(lines) == []


def test_a_gutter_read_as_a_column_wins_over_a_few_glued_numbers() -> None:
    lines = [_line("1 23", 900, 5)]  # a toolbar's buttons, read as a number and its text
    for n in range(1, 13):
        lines.append(_line(str(n), 40, 20 * n, 8 * len(str(n))))
        if n % 3:
            lines.append(_line(f"\\item Entry {n}", 90, 20 * n))
    found = gutter_split(lines)
    assert len(found) == 12 and found[4][:2] == (5, "\\item Entry 5")


def test_a_line_is_found_by_the_word_only_it_holds() -> None:
    sir = bare_sir()
    for n, text in enumerate(["\\section{Scope}", "Some words.", "\\section{Costs}", "More words."], start=7):
        d = EvidenceDraft(kind="text", value=text, box=Box(x0=60, y0=20 * n, x1=200, y1=20 * n + 16))
        sir.add(d, source="ocr", round=1)
        sir.add(d.model_copy(update={"attrs": {"line_number": n, "code": True}}), source="ui", round=1)
    found = _line_holding("line number of the Costs section", sir)
    assert [c.answer for c in found] == ["9"]
    assert _line_holding("line number of the section", sir) == []  # on every heading: names none


def _centred_list() -> list[list[Evidence]]:
    """A Tk list view: names centred over their columns, names of cells set left, figures set right."""
    head = [("Ref", 30), ("Client", 170), ("Booked", 345), ("Nights", 470), ("Total (€)", 575), ("State", 715)]
    rows = [[_ev(k, t, x, 40) for k, (t, x) in enumerate(head)]]
    data = [("BK-301", "Moss Lane Dental", "2025-03-02", "3", "412.50 Paid"),
            ("BK-302", "Orchard Yoga", "2025-03-04", "12", "1290.00 Open"),
            ("BK-303", "Tarn & Fell", "2025-03-09", "5", "86.40 Paid"),
            ("BK-304", "Quayside Print", "2025-03-11", "7", "640.10 Open")]
    for i, (ref, client, day, nights, total) in enumerate(data):
        y, n = 70 + 26 * i, 10 * (i + 1)
        figure = total.split()[0]
        rows.append([_ev(n, ref, 10, y), _ev(n + 1, client, 120, y), _ev(n + 2, day, 329, y),
                     _ev(n + 3, nights, 520 - 8 * len(nights), y), _ev(n + 4, total, 680 - 8 * len(figure), y)])
    return rows


def test_a_list_view_with_centred_names_keeps_each_cell_whole() -> None:
    rec = header_columns(_centred_list(), proportional=True)
    assert rec is not None and [c.name for c in rec.columns][:6] == \
        ["Ref", "Client", "Booked", "Nights", "Total (€)", "State"]
    assert rec.rows[2].cells[:6] == ["BK-303", "Tarn & Fell", "2025-03-09", "5", "86.40", "Paid"]


def test_names_set_over_where_cells_start_are_not_centred() -> None:
    spans = [("Name", 100.0, 140.0), ("Size", 300.0, 330.0), ("Kind", 420.0, 450.0)]
    body = [[("notes.txt", 100.0, 170.0), ("2 KB", 300.0, 330.0), ("Text", 420.0, 450.0)] for _ in range(4)]
    assert not centred(spans, body, 8.0)


def test_a_whitespace_split_that_parts_a_printed_name_gives_way_to_the_header() -> None:
    from seeingeye.agents.printed_tables import name_parted as _name_parted

    rows = [[_ev(0, "Ref", 30, 40), _ev(1, "Total (€)", 200, 40)], [_ev(2, "BK-1 12.00", 10, 70)]]
    split = make_records("columns", ["Ref", "Total", "(€)"], [Row(["BK-1", "12.00", ""], [])])
    headed = make_records("columns", ["Ref", "Total (€)"], [Row(["BK-1", "12.00"], [])])
    assert split is not None and headed is not None and _name_parted(split, headed, rows)
    run_together = [[_ev(0, "Code", 20, 40), _ev(1, "Net Region", 270, 40)]]  # two names OCR read as one piece
    split = make_records("columns", ["Code", "Net", "Region"], [Row(["ZX-1", "5.00", "Oslo"], [])])
    headed = make_records("columns", ["Code", "Net Region"], [Row(["ZX-1", "5.00 Oslo"], [])])
    assert split is not None and headed is not None and not _name_parted(split, headed, run_together)


def test_items_are_counted_by_the_tally_the_page_prints_in_the_question_words() -> None:
    from seeingeye.agents.match import Matcher
    from seeingeye.agents.question import analyse
    from seeingeye.agents.solve_counts import count_candidates

    sir = bare_sir()
    for k, title in enumerate(["Pier lights fixed", "Library reopens", "Road works on Fen Lane"]):
        sir.add(EvidenceDraft(kind="block", value=title, box=Box(x0=40, y0=30 * k, x1=260, y1=30 * k + 16),
                              attrs={"role": "list_item"}), source="layout", round=1)
    sir.add(EvidenceDraft(kind="text", value="9 flagged", box=Box(x0=600, y0=400, x1=680, y1=416)),
            source="ocr", round=1)
    found = count_candidates(analyse("how many flagged items are shown"), sir, Matcher())
    assert found and found[0].answer == "9"
