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
from .ocr import OcrLine, read_lines
from .traceback import ERROR_LINE

# Status words of the runners, folded to one vocabulary (a lexicon of facts, not of questions).
STATUS = {"passed": "passed", "pass": "passed", "ok": "passed", "✓": "passed", "✔": "passed",
          "failed": "failed", "fail": "failed", "failure": "failed", "error": "failed", "✕": "failed",
          "✗": "failed", "×": "failed", "skipped": "skipped", "skip": "skipped", "ignored": "skipped",
          "xfail": "skipped", "xpass": "passed"}  # fmt: skip
_WORDS = "|".join(sorted((re.escape(w) for w in STATUS), key=len, reverse=True))
_NAME = r"((?:[\w./-]+::)*[\w\[\]./-]*?(?:test|Test|spec|it)[\w\[\]-]*)"
_LINES = (
    re.compile(rf"^{_NAME}\s+(?:\.\.\.\s*)?({_WORDS})\b", re.I),  # pytest -v, cargo, unittest "... ok"
    re.compile(rf"^(?:FAILED|ERROR)\s+{_NAME}(?:\s+-\s+(.*))?$"),  # pytest's short summary, with the error
    re.compile(rf"^-+\s*(PASS|FAIL|SKIP):\s+{_NAME}", re.I),  # go test -v
    re.compile(rf"^({_WORDS})\s+(.+?)(?:\s+\(\d+\s*m?s\))?$", re.I),  # jest/vitest marks before the name
)
_SECTION = re.compile(r"^[_=\s]*((?:[\w./-]+::)*(?:test|Test)\w*(?:\.\w+)?)[_=\s]*$")  # pytest's "___ test_x ___"
_SUMMARY = re.compile(r"(\d+)\s+(failed|passed|skipped|errors?|failures?|xfailed)\b", re.I)


def _short(name: str) -> str:
    return name.split("::")[-1].strip()


def read_results(lines: list[OcrLine]) -> tuple[dict[str, tuple[str, OcrLine]], dict[str, str], dict[str, int]]:
    """(test -> (status, line) in printed order, test -> error message, status -> count printed in a summary)."""
    results: dict[str, tuple[str, OcrLine]] = {}
    errors: dict[str, str] = {}
    counts: dict[str, int] = {}
    section: str | None = None  # the failing test whose report is being read
    for ln in sorted(lines, key=lambda ln: (ln.box.cy, ln.box.x0)):
        text = ln.text.strip()
        if m := _SECTION.match(text):
            section = _short(m.group(1))
            results.setdefault(section, ("failed", ln))
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
        if m := _LINES[0].match(text):
            name, word = m.group(1), m.group(2)
        elif m := _LINES[2].match(text):
            word, name = m.group(1), m.group(2)
        elif (m := _LINES[3].match(text)) and not m.group(1).isalpha():
            word, name = m.group(1), m.group(2)  # a mark, not a word: "ok tests" is no result
        else:
            for n, word in _SUMMARY.findall(text):
                key = STATUS.get(word.lower().rstrip("s"), STATUS.get(word.lower(), word.lower()))
                counts[key] = counts.get(key, 0) + int(n)
            continue
        results.setdefault(_short(name), (STATUS[word.lower()], ln))
    return results, errors, counts


class TestrunArgs(BaseModel):
    pass


@tool(name="testrun")
def testrun(ctx: ToolContext, args: TestrunArgs) -> ToolResult:
    """A test runner's output: each test's status (passed / failed / skipped), the failed tests in order with
    their errors, the first failure, and the numbers of failed and passed tests."""
    results, errors, counts = read_results(read_lines(ctx))
    if len(results) < 2:
        return ToolResult(summary="no test results")
    drafts = [EvidenceDraft(kind="field", label=name, value=status, box=ln.box, confidence=0.85,
                            attrs={"control": "test", "source_structure": "testrun"})
              for name, (status, ln) in results.items()]  # fmt: skip
    failed = [name for name, (status, _) in results.items() if status == "failed"]
    for name in failed:
        if errors.get(name):
            drafts.append(EvidenceDraft(kind="key_value", label=f"error of {name}", value=errors[name],
                                        box=results[name][1].box, confidence=0.8))
    if failed:
        first = results[failed[0]][1]
        drafts.append(EvidenceDraft(kind="key_value", label="first test that failed", value=failed[0], box=first.box,
                                    confidence=0.8, attrs={"source_structure": "testrun"}))
        drafts.append(EvidenceDraft(kind="key_value", label="tests that failed", value=", ".join(failed),
                                    confidence=0.75, attrs={"source_structure": "testrun"}))
    for status in ("failed", "passed", "skipped"):
        listed = sum(1 for s, _ in results.values() if s == status)
        n = counts.get(status, listed)
        if n or status != "skipped":
            drafts.append(EvidenceDraft(kind="number", label=f"number of {status} tests", value=str(n),
                                        number=float(n), confidence=0.8, attrs={"count_of": f"{status} test"}))
    return ToolResult(evidence=drafts, summary=f"{len(results)} test results, {len(failed)} failed")
