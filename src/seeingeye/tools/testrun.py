"""`testrun`: the output of a test runner (pytest -v, unittest, cargo test, go test, jest/vitest) read as
results: each test with its status, the tests that failed in order with their error, and the run's counts.

Works on the OCR lines already read. A test is a line naming it with a status word (`file.py::test_x PASSED`,
`test_x ... ok`, `--- FAIL: TestX`, `✓ renders`); the summary (`2 failed, 10 passed`) gives the counts, which
are preferred to counting lines (the window may be scrolled). OCR's mixed case ("PAsSED") is folded.
"""

from __future__ import annotations

import re

from pydantic import BaseModel

from ..sir import EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .layout import union
from .ocr import OcrLine, read_lines
from .traceback import ERROR_LINE

# Status words of the runners, folded to one vocabulary (a lexicon of facts, not of questions).
STATUS = {"passed": "passed", "pass": "passed", "ok": "passed", "✓": "passed", "✔": "passed",
          "failed": "failed", "fail": "failed", "failure": "failed", "error": "error", "✕": "failed",
          "✗": "failed", "×": "failed", "skipped": "skipped", "skip": "skipped", "ignored": "skipped",
          "xfail": "skipped", "xpass": "passed", "pending": "skipped", "excluded": "skipped",
          "timeout": "failed", "not run": "skipped", "exception": "error"}  # fmt: skip
_WORDS = "|".join(sorted((re.escape(w) for w in STATUS), key=len, reverse=True))
_NAME = r"((?:[\w./-]+::)*[\w\[\]./-]*?(?:test|Test|spec|it)[\w\[\]/-]*)"  # (go's subtests: "TestX/case")
_LINES = (
    # pytest -v, cargo, unittest's "test_x (module.Class.test_x) ... ok" (OCR may keep one dot of three)
    re.compile(rf"^{_NAME}(?:\s+\([\w.\[\]-]+\))?\s+(?:\.{{1,3}}\s*)?({_WORDS})\b", re.I),
    re.compile(rf"^(?:FAILED|ERROR)\s+{_NAME}(?:\s+-\s+(.*))?$"),  # pytest's short summary, with the error
    re.compile(rf"^-*\s*(PASS|FAIL|SKIP):\s+{_NAME}", re.I),  # go test -v (OCR may drop the dashes)
    re.compile(rf"^({_WORDS})\s+(.+?)(?:\s+\(\d+(?:[.,]\d+)?\s*m?s\))?$", re.I),  # jest/vitest marks before the name
    # ctest: "2/4 Test #2: vm_gc ............***Failed  3.02 sec"
    re.compile(r"^\s*\d+/\d+\s+Test\s*#\s*\d+:\s*(\S+)\s*\.*\s*\**\s*(Passed|Failed|Timeout|Not Run|Exception)\b",
               re.I),
)
# jest's verdict on a whole test file, a capitalised word before its path ("FAIL src/cart.test.ts (3.2 s)")
_FILE_VERDICT = re.compile(r"^(PASS|FAIL)\s+\S*[/.]\S*\.(?:test|spec)\.\w+\b")
# jest's tallies of test files, apart from its tallies of tests ("Test Suites: 1 failed, 3 passed, 4 total")
_SUITES = re.compile(r"^\s*Test\s*Suites\s*:", re.I)
# Maven surefire: "[ERROR] com.acme.CartTest.addsTax -- Time elapsed: 0.03 s <<< FAILURE!" (older versions print
# "addsTax(com.acme.CartTest)  Time elapsed: 0.03 sec  <<< FAILURE!")
_SUREFIRE = re.compile(r"^\[\w+\]\s+(?P<name>[\w$.]+?)(?:\((?P<cls>[\w$. ]+)\))?\s+(?:--\s+)?"
                       r"Time elapsed:.*?<<<\s*(?P<status>FAILURE|ERROR)!", re.I)
_SUREFIRE_TALLY = re.compile(r"Tests run:\s*(\d+),\s*Failures:\s*(\d+),\s*Errors:\s*(\d+)(?:,\s*Skipped:\s*(\d+))?",
                             re.I)
_SECTION = re.compile(r"^[_=\s]*((?:[\w./-]+::)*(?:test|Test)\w*(?:\.\w+)?)[_=\s]*$")  # pytest's "___ test_x ___"
_HEADED = re.compile(r"^(FAIL|ERROR):\s+(\w+(?:/[\w.-]+)*)", re.I)  # unittest's "FAIL: test_x (module.Class.test_x)"
_SUMMARY = re.compile(r"(\d+)\s+(failed|passed|skipped|errors?|failures?|xfailed|pending|excluded|skips)\b", re.I)
# the tests a summary says ran, beside its tallies of what went wrong: ExUnit's and RSpec's "73 tests, 4 failures",
# minitest's "12 runs, 30 assertions, 1 failures", PHPUnit's "Tests: 51, Assertions: 140, Failures: 5."
_RUN_TALLY = re.compile(r"\b(\d+)\s+(?:tests|examples|runs)\b,|\bTests:\s*(\d+),", re.I)
_LABELLED = re.compile(r"\b(Failures|Errors|Skipped|Incomplete):\s*(\d+)\b")
# unittest's "FAILED (failures=1, errors=2)"
_TALLY = re.compile(r"\b(failures|errors|skipped|expected failures)\s*=\s*(\d+|[lI|O])(?!\w)", re.I)
_DIGIT_FIX = str.maketrans("lI|O", "1110")  # OCR reads a lone 1 or 0 in a monospaced font as a letter
_RAN = re.compile(r"^Ran\s+(\d+)\s+tests?\b", re.I)
# unittest's verbose line whose status OCR lost or the terminal wrapped: "test_x (module.Class.test_x) .."
_UNSTATED = re.compile(r"^(test\w*)\s*\([\w.]+\)\s*\.{0,3}\s*$")


def _short(name: str) -> str:
    return name.split("::")[-1].strip()


def _printed_lines(lines: list[OcrLine]) -> list[OcrLine]:
    """Pieces of one printed line joined in reading order: OCR cuts a long line at a wide gap
    ("test_x (mod.Class.test_x) ." and "ERROR" apart), and the status is the line's last word. A piece joins
    the line left of it that it overlaps most in height (a short "ok" sits a little off its line's middle)."""
    rows: list[OcrLine] = []
    for ln in sorted(lines, key=lambda ln: (ln.box.x0, ln.box.cy)):
        def overlap(r: OcrLine, ln: OcrLine = ln) -> float:
            return min(r.box.y1, ln.box.y1) - max(r.box.y0, ln.box.y0)

        left = [r for r in rows if ln.box.x0 >= r.box.x1 - 2 and overlap(r) >= 0.5 * min(r.box.h, ln.box.h)]
        if left:
            k = rows.index(max(left, key=overlap))
            joined = f"{rows[k].text} {ln.text}"
            rows[k] = rows[k].model_copy(update={"text": joined, "box": union([rows[k].box, ln.box])})
        else:
            rows.append(ln)
    return sorted(rows, key=lambda r: (r.box.cy, r.box.x0))


_COLLECTED = re.compile(r"\bcollected\s+(\d+)\s+items?\b", re.I)
_SKIP_REASON = re.compile(r"^SKIPPED\s*\[\d+\]\s*\S+?:\d+:\s*(.+)$")


# A status word OCR broke or mixed the case of ("FAiLED", "s kipped"): its letters with at most a space between
_BROKEN = re.compile(r"(?<![A-Za-z])(" + "|".join(r"\s?".join(w) for w in ("passed", "failed", "skipped", "error"))
                     + r")(?![A-Za-z])", re.I)
# a pytest node id whose underscores OCR read as spaces, before its status ("test cart.py::test empty basket PASSED")
_SPACED_ID = re.compile(r"^(\S+(?: \S+)*?::\S+(?: \S+)*?)\s+(PASSED|FAILED|SKIPPED|ERROR|XFAIL|XPASS)\b")


def _mended(text: str) -> str:
    """The line with its status words whole and a spaced node id's spaces read as the underscores they were."""
    text = _BROKEN.sub(lambda m: m.group(1).replace(" ", "").upper() if m.group(1)[:1].isupper()
                       else m.group(1).replace(" ", "").lower(), text)
    if (m := _SPACED_ID.match(text)) and " " in m.group(1):
        text = m.group(1).replace(" ", "_") + text[m.end(1):]
    return text


def read_results(lines: list[OcrLine]) -> tuple[dict[str, tuple[str, OcrLine]], dict[str, str], dict[str, int]]:
    """(test -> (status, line) in printed order, test -> error message (a skipped test's: why it was skipped),
    status -> count printed in a summary)."""
    results: dict[str, tuple[str, OcrLine]] = {}
    errors: dict[str, str] = {}
    counts: dict[str, int] = {}
    section: str | None = None  # the failing test whose report is being read
    reasons: list[str] = []  # pytest -rs's skip reasons, named by file and line, not by test
    unstated: dict[str, OcrLine] = {}
    for ln in _printed_lines(lines):
        # (pytest's node ids, spaced by OCR: "a.py: : test_x")
        text = _mended(re.sub(r"\s*:\s*:\s*", "::", ln.text.strip()))
        if m := _SECTION.match(text):
            section = _short(m.group(1))
            results.setdefault(section, ("failed", ln))
            continue
        if m := _HEADED.match(text):
            section = m.group(2)
            results.setdefault(section, (STATUS[m.group(1).lower()], ln))
            continue
        if m := _SUREFIRE.match(text):
            section = m.group("name") if m.group("cls") else m.group("name").rsplit(".", 1)[-1]
            results.setdefault(section, ("failed" if m.group("status").upper() == "FAILURE" else "error", ln))
            continue
        if m := _SUREFIRE_TALLY.search(text):  # per class, then the whole run's under "Results:": the last holds
            counts.update(run=int(m.group(1)), failed=int(m.group(2)), error=int(m.group(3)),
                          skipped=int(m.group(4) or 0))
            continue
        if m := _RAN.match(text):
            counts["run"] = int(m.group(1))
            continue
        if m := _COLLECTED.search(text):
            counts["collected"] = int(m.group(1))
            continue
        if m := _SKIP_REASON.match(text):  # pytest -rs: "SKIPPED [1] tests/x.py:30: needs a network"
            reasons.append(m.group(1).strip())
            continue
        if section and (m := ERROR_LINE.match(re.sub(r"^E\s+", "", text))):  # pytest marks error lines "E"
            # the first error of its report, with its message: what the test failed with
            errors.setdefault(section, f"{m.group(1)}: {m.group(2)}" if m.group(2) else m.group(1))
            continue
        if m := _LINES[1].match(text):
            message = (m.group(2) or "").strip()
            if message.strip(". "):  # the summary's message, unless cut to "..."
                errors.setdefault(_short(m.group(1)), message)
            results.setdefault(_short(m.group(1)), ("failed", ln))
            continue
        if m := _UNSTATED.match(text):
            unstated.setdefault(m.group(1), ln)
            continue
        if m := _LINES[0].match(text) or _LINES[4].match(text):
            name, word = m.group(1), m.group(2)
        elif m := _LINES[2].match(text):
            word, name = m.group(1), m.group(2)
        elif (m := _LINES[3].match(text)) and (not m.group(1).isalpha() or _FILE_VERDICT.match(text)):
            word, name = m.group(1), m.group(2)  # a mark, not a word: "ok tests" is no result (but "FAIL a.test.ts")
        elif _SUITES.match(text):
            for n, word in _SUMMARY.findall(text):  # test files, not tests: counted apart
                key = STATUS.get(word.lower().rstrip("s"), STATUS.get(word.lower(), word.lower()))
                counts[f"suites {key}"] = counts.get(f"suites {key}", 0) + int(n)
            continue
        else:
            if (run := _RUN_TALLY.search(text)) and (_SUMMARY.search(text) or _LABELLED.search(text)):
                counts["run"] = int(run.group(1) or run.group(2))
                for word, n in _LABELLED.findall(text):  # the run's final word: what prose before it said is
                    counts[{"failures": "failed", "errors": "error"}.get(word.lower(), "skipped")] = int(n)  # retold
            for word, n in _TALLY.findall(text):
                key = {"failures": "failed", "errors": "error"}.get(word.lower(), "skipped")
                counts[key] = counts.get(key, 0) + int(n.translate(_DIGIT_FIX))
            for n, word in _SUMMARY.findall(text):
                key = STATUS.get(word.lower().rstrip("s"), STATUS.get(word.lower(), word.lower()))
                counts[key] = counts.get(key, 0) + int(n)
            continue
        results.setdefault(_short(name), (STATUS[word.lower()], ln))
    _settle_unstated(results, unstated, counts)
    if "run" in counts and "passed" not in counts:  # unittest tallies what went wrong of the tests it ran
        counts["passed"] = max(counts["run"] - sum(counts.get(k, 0) for k in ("failed", "error", "skipped")), 0)
    skipped = [name for name, (status, _) in results.items() if status == "skipped"]
    if len(skipped) == 1 and len(reasons) == 1:  # one test skipped, one reason printed: that test's
        errors.setdefault(skipped[0], reasons[0])
    return results, errors, counts


def _settle_unstated(results: dict[str, tuple[str, OcrLine]], unstated: dict[str, OcrLine],
                     counts: dict[str, int]) -> None:
    """A test whose status was not read passed when the run's tally is accounted for by the tests it reports
    as failed or in error (unittest reports each under "FAIL:" or "ERROR:"), and nothing was skipped."""
    bad = sum(1 for st, _ in results.values() if st in ("failed", "error"))
    if "run" not in counts or counts.get("skipped") or bad != counts.get("failed", 0) + counts.get("error", 0):
        return
    for name, ln in unstated.items():
        results.setdefault(name, ("passed", ln))


class TestrunArgs(BaseModel):
    pass


@tool(name="testrun")
def testrun(ctx: ToolContext, args: TestrunArgs) -> ToolResult:
    """A test runner's output: each test's status (passed / failed / skipped), the failed tests in order with
    their errors, the first failure, and the numbers of failed and passed tests."""
    drafts = read_testrun(read_lines(ctx))
    if not drafts:
        return ToolResult(summary="no test results")
    tests = [d for d in drafts if d.kind == "field"][:-1]  # (the last is the whole run's verdict, no test)
    failed, errored = (sum(1 for d in tests if d.value == state) for state in ("failed", "error"))
    return ToolResult(evidence=drafts, summary=f"{len(tests)} test results, {failed} failed, {errored} errors")


def read_testrun(lines: list[OcrLine]) -> list[EvidenceDraft]:
    """The facts of a test runner's output among the lines (none when there is none)."""
    results, errors, counts = read_results(lines)
    # a runner's summary is results even when its tests scrolled off: "Ran 8 tests", or tallies of two states
    # ("2 failed, 9 passed"); one "4521 failed" in a mail's subject is none
    summarised = "run" in counts or len(counts.keys() & {"failed", "error", "passed", "skipped"}) >= 2
    # (one test is enough when it failed: "--- FAIL: TestX" is no line of prose)
    if len(results) < 2 and not summarised and not any(st in ("failed", "error") for st, _ in results.values()):
        return []
    # lines led by one and the same mark, no runner's word or tally among them, are a list's ticks (a Tk
    # dialog's "× Mirror the archive" is a box ticked by a cross), not a runner's verdicts: those mix marks
    marks = {ln.text.strip()[:1] for _, ln in results.values()}
    if not summarised and len(marks) == 1 and not marks.pop().isalnum():
        return []
    drafts = [EvidenceDraft(kind="field", label=name, value=status, box=ln.box, confidence=0.85,
                            attrs={"control": "test", "source_structure": "testrun"})
              for name, (status, ln) in results.items()]  # fmt: skip
    failed = [name for name, (status, _) in results.items() if status == "failed"]
    errored = [name for name, (status, _) in results.items() if status == "error"]
    # the run as a whole: "did the suite pass" is asked of every test at once
    verdict = "failed" if failed or errored or counts.get("failed") or counts.get("error") else "passed"
    drafts.append(EvidenceDraft(kind="field", label="the whole test run (test suite, all the tests)", value=verdict,
                                confidence=0.85, attrs={"control": "test", "source_structure": "testrun"}))
    for name in failed + errored:
        if errors.get(name):
            drafts.append(EvidenceDraft(kind="key_value", label=f"error of {name}", value=errors[name],
                                        box=results[name][1].box, confidence=0.8))
    # a test that raised (unittest's and pytest's ERROR) is told apart from one whose assertion failed
    skipped = [name for name, (status, _) in results.items() if status == "skipped"]
    for names, what in ((failed, "failed"), (errored, "errored (raised an error, not an assertion failure)"),
                        (skipped, "were skipped (skipped tests, not run)")):
        if names and names is not skipped:
            first = results[names[0]][1]
            drafts.append(EvidenceDraft(kind="key_value", label=f"first test that {what}", value=names[0],
                                        box=first.box, confidence=0.8, attrs={"source_structure": "testrun"}))
        if names:
            drafts.append(EvidenceDraft(kind="key_value", label=f"tests that {what}", value=", ".join(names),
                                        confidence=0.75, attrs={"source_structure": "testrun"}))
    for status in ("failed", "error", "passed", "skipped"):
        listed = sum(1 for s, _ in results.values() if s == status)
        n = counts.get(status, listed)
        if n or status in ("failed", "passed"):
            noun = "tests with errors" if status == "error" else f"{status} tests"
            drafts.append(EvidenceDraft(kind="number", label=f"number of {noun}", value=str(n), number=float(n),
                                        confidence=0.8, attrs={"count_of": noun.rstrip("s")}))
    for name in (name for name, (status, _) in results.items() if status == "skipped" and errors.get(name)):
        drafts.append(EvidenceDraft(kind="key_value", label=f"why {name} was skipped (reason)", value=errors[name],
                                    box=results[name][1].box, confidence=0.8))
    total = counts.get("collected") or sum(counts.get(k, 0) for k in ("failed", "error", "passed", "skipped"))
    if total:  # all the tests, whatever became of them ("collected 12 items")
        drafts.append(EvidenceDraft(kind="number", label="number of tests in total (all tests collected)",
                                    value=str(total), number=float(total), confidence=0.8,
                                    attrs={"count_of": "test in total"}))
    for status in ("failed", "passed"):
        if f"suites {status}" in counts:
            n = counts[f"suites {status}"]
            drafts.append(EvidenceDraft(kind="number", label=f"number of {status} test files (test suites)",
                                        value=str(n), number=float(n), confidence=0.8,
                                        attrs={"count_of": f"{status} test file"}))
    if "run" in counts:  # the runner's own count of the tests it ran ("Ran 8 tests")
        drafts.append(EvidenceDraft(kind="number", label="number of tests run", value=str(counts["run"]),
                                    number=float(counts["run"]), confidence=0.85, attrs={"count_of": "test run"}))
    return drafts
