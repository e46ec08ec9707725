"""`traceback`: frames from OCR lines (quotes and commas as OCR drops them), the script's own frame."""

from __future__ import annotations

from seeingeye.sir import Box
from seeingeye.tools.ocr import OcrLine
from seeingeye.tools.traceback import frames, script_frame


def _lines(*texts: str) -> list[OcrLine]:
    return [OcrLine(text=t, box=Box(x0=0, y0=20 * i, x1=600, y1=20 * i + 18), confidence=0.9)
            for i, t in enumerate(texts)]  # fmt: skip


def test_the_script_frame_is_the_one_the_command_ran_not_the_deepest() -> None:
    lines = _lines(
        "me@box:~$ python3 etl.py --full",
        "Traceback (most recent call last):",
        'File "/home/me/etl.py", line 14, in <module>',
        "main()",
        'File "/home/me/etl.py", line 9, in main',
        'File "/usr/lib/python3.11/json/decoder.py", line 355, in raw_decode',
        "json.decoder.JSONDecodeError: Expecting value",
    )
    found = frames(lines)
    assert [(f.name, f.line) for f in found] == [("etl.py", 14), ("etl.py", 9), ("decoder.py", 355)]
    mine = script_frame(found, lines)
    assert mine is not None and (mine.name, mine.line, mine.function) == ("etl.py", 9, "main")


def test_ocr_dropped_quotes_and_no_command_line_fall_back_to_user_code() -> None:
    lines = _lines("File /srv/app/worker.py, line 31, in run",
                   "File /opt/venv/lib/python3.12/site-packages/x.py, line 2")  # fmt: skip
    mine = script_frame(frames(lines), lines)
    assert mine is not None and (mine.name, mine.line) == ("worker.py", 31)
