"""`git`: what `git status` (long and short forms) and `git log` (default and one-line forms) print, read as
facts: the current branch, each changed file with its state (modified, new file, deleted, renamed, untracked;
staged or not), the number of files in each state, and for a log the commits with their authors.

Works on the OCR lines already read. The section a file line sits under ("Untracked files:", "Changes to be
committed:") gives its state when the line itself carries none; git's own hints ("(use "git add <file>..."
...)") are skipped. Nothing here depends on a question.
"""

from __future__ import annotations

import re
from collections import Counter

from pydantic import BaseModel

from ..sir import Box, EvidenceDraft
from .base import ToolContext, ToolResult, tool
from .ocr import OcrLine, read_lines
from .printed import same_row

_BRANCH = re.compile(r"^On branch\s+(\S+)|^##\s+([^\s.]+(?:[./-][^\s.]+)*)(?:\.\.\.|\s|$)")
# A `git branch -v` line: the checked-out branch is starred ("* main  345e31a Fix tests"); OCR may read the
# star as a bullet, drop the space after it, or read a hash's 1 and 0 as l and o. The records reader of
# branches (`agents.histories.branches`) parses the same lines with it.
BRANCH_LINE = re.compile(r"^\s*(?P<star>[*✱•]\s*)?(?P<name>[\w][\w./-]*)\s+(?P<hash>[0-9a-flIoO]{7,40})\s+"
                         r"(?:\[(?P<track>[^\]]{1,40})\]\s+)?(?P<message>\S.*)$")
_DETACHED = re.compile(r"^HEAD detached (?:at|from)\s+(\S+)")
_AHEAD = re.compile(r"Your branch is (ahead of|behind) '([^']+)' by (\d+) commits?")
# `git status -sb`'s header: "## topic...origin/topic [ahead 2, behind 1]"
_TRACKING = re.compile(r"^##\s+\S+?\s*\.{2,3}\s*(?P<upstream>\S+)(?:\s*\[(?P<counts>[^\]]+)\])?")
# The headings of git status's sections, and what a file listed under each is.
_SECTIONS = {"changes to be committed": "staged", "changes not staged for commit": "not staged",
             "untracked files": "untracked", "unmerged paths": "unmerged"}  # fmt: skip
_STATES = ("new file", "modified", "deleted", "renamed", "copied", "typechange", "both modified", "both added")
_ENTRY = re.compile(rf"^({'|'.join(_STATES)})\s*:\s*(\S.*)$", re.I)
_SHORT = re.compile(r"^([MADRCU?!]{1,2})\s+([\w@+-]*[./][\w./@+-]*(?:\s*->\s*[\w./-]+)?)$")  # a path, not a word
_SHORT_STATE = {"M": "modified", "A": "new file", "D": "deleted", "R": "renamed", "C": "copied", "U": "unmerged",
                "?": "untracked", "!": "ignored"}  # fmt: skip
_SHORT_WORD = re.compile(r"^([MADRCU?!]{1,2})\s+([\w.@+-]+/?)$")  # under `git status -sb`'s "## branch": "M Dockerfile"
_PATH = re.compile(r"^[\w.@+-][\w./@+-]*/?$")
# What `git describe --tags` prints: the nearest tag, the commits since it and the current commit's id.
_DESCRIBE = re.compile(r"^(?P<tag>[\w.+/-]*\d[\w.+/-]*?)-(?P<since>\d+)-g(?P<hash>[0-9a-f]{7,40})$")
_COMMIT = re.compile(r"^commit\s+([0-9a-f]{7,40})\b")
_AUTHOR = re.compile(r"^Author:\s*(.+?)(?:\s*<[^>]*>?)?\s*$")


def _status(lines: list[OcrLine]) -> tuple[list[EvidenceDraft], list[tuple[str, str, OcrLine]]]:
    """Branch facts and (path, state, line) of every file git status lists, in printed order."""
    facts: list[EvidenceDraft] = []
    files: list[tuple[str, str, OcrLine]] = []
    section: str | None = None
    for ln in lines:
        text = ln.text.strip().replace("·", ".")  # (a monospaced "." OCR reads as a middle dot: "config·py")
        listed = BRANCH_LINE.match(text) if not facts and section is None else None
        if listed and listed.group("star") and re.search(r"\d", listed.group("hash")):
            facts.append(EvidenceDraft(kind="key_value", label="current branch", value=listed.group("name"),
                                       box=ln.box, confidence=0.85))
            continue
        if m := _BRANCH.match(text) or _DETACHED.match(text):
            branch = next(g for g in m.groups() if g)
            label = "detached HEAD" if text.startswith("HEAD") else "current branch"
            facts.append(EvidenceDraft(kind="key_value", label=label, value=branch, box=ln.box, confidence=0.85,
                                       attrs={"type": "code"}))
            section = "short" if text.startswith("##") else section
            facts += _tracking(text, ln.box)
            continue
        if m := _DESCRIBE.match(text):
            facts += _described(m, ln.box)
            continue
        if m := _AHEAD.search(text):
            facts += _upstream(m.group(2), [(m.group(1).split()[0], m.group(3))], ln.box)
            continue
        heading = text.rstrip(":").strip().lower()
        if text.endswith(":") and heading in _SECTIONS:
            section = _SECTIONS[heading]
            continue
        if text.startswith("(") or not section and not _SHORT.match(text):
            continue
        if m := _ENTRY.match(text):
            files.append((m.group(2).strip(), m.group(1).lower(), ln))
        elif section == "untracked" and _PATH.match(text):
            files.append((text, "untracked", ln))
        elif section in (None, "short") and (m := _SHORT.match(text) or section and _SHORT_WORD.match(text)):
            code = m.group(1).strip()[0]
            files.append((m.group(2), _SHORT_STATE.get(code, "changed"), ln))
        elif text and not _PATH.match(text):
            section = None  # the status ended (a prompt, another command's output)
    return facts, files


def _tracking(text: str, box: Box) -> list[EvidenceDraft]:
    """The upstream branch and the commits ahead of or behind it, as `git status -sb`'s first line shows them."""
    m = _TRACKING.match(text)
    return [] if m is None else _upstream(m["upstream"], re.findall(r"(ahead|behind)\s+(\d+)", m["counts"] or ""), box)


def _upstream(branch: str, counts: list[tuple[str, str]], box: Box) -> list[EvidenceDraft]:
    """The upstream branch, and how many commits the current one is ahead of or behind it (counted facts)."""
    facts = [EvidenceDraft(kind="key_value", label="upstream branch", value=branch, box=box, confidence=0.8)]
    facts += [EvidenceDraft(kind="number", label=f"commits {way} of {branch}", value=n, number=float(n), box=box,
                            confidence=0.8, attrs={"count_of": f"commit {way} of {branch}"}) for way, n in counts]
    return facts


def _described(m: re.Match[str], box: Box) -> list[EvidenceDraft]:
    """The latest tag and the commits made since it, as `git describe` printed them."""
    return [EvidenceDraft(kind="key_value", label="latest tag (most recent release tag, version)", value=m["tag"],
                          box=box, confidence=0.8, attrs={"type": "version", "source_structure": "git"}),
            EvidenceDraft(kind="number", label=f"commits since tag {m['tag']}", value=m["since"],
                          number=float(m["since"]), box=box, confidence=0.8, attrs={"source_structure": "git"})]


def _log(lines: list[OcrLine]) -> list[tuple[str, str, OcrLine]]:
    """(hash, author, line) of each commit of a default-format `git log`."""
    out: list[tuple[str, str, OcrLine]] = []
    for ln in lines:
        text = ln.text.strip()
        if m := _COMMIT.match(text):
            out.append((m.group(1), "", ln))
        elif out and not out[-1][1] and (m := _AUTHOR.match(text)):
            out[-1] = (out[-1][0], m.group(1).strip(), out[-1][2])
    return out


def _rows(lines: list[OcrLine]) -> list[OcrLine]:
    """The lines of one printed row joined left to right: OCR splits "modified:" from its path."""
    rows: list[list[OcrLine]] = []
    for ln in sorted(lines, key=lambda ln: (ln.box.cy, ln.box.x0)):
        if rows and same_row(rows[-1][0].box, ln.box):
            rows[-1].append(ln)
        else:
            rows.append([ln])
    out = []
    for row in rows:
        row.sort(key=lambda ln: ln.box.x0)
        box = Box(x0=min(ln.box.x0 for ln in row), y0=min(ln.box.y0 for ln in row),
                  x1=max(ln.box.x1 for ln in row), y1=max(ln.box.y1 for ln in row))
        out.append(OcrLine(text=" ".join(ln.text.strip() for ln in row), box=box,
                           confidence=min(ln.confidence for ln in row)))
    return out


class GitArgs(BaseModel):
    pass


@tool(name="git")
def git(ctx: ToolContext, args: GitArgs) -> ToolResult:
    """git status and git log read as facts: the current branch, each changed or untracked file with its state,
    how many files are in each state, and the commits of a log with their authors and counts per author."""
    facts = read_git(read_lines(ctx))
    if not facts:
        return ToolResult(summary="no git output")
    files = sum(1 for d in facts if d.kind == "field")
    return ToolResult(evidence=facts, summary=f"git: {files} files")


def read_git(ocr_lines: list[OcrLine]) -> list[EvidenceDraft]:
    """The facts of git status / git log output among the lines (none when there is no such output)."""
    lines = _rows(ocr_lines)
    facts, files = _status(lines)
    commits = _log(lines)
    if not facts and len(files) < 1 and len(commits) < 2:
        return []
    for path, state, ln in files:
        facts.append(EvidenceDraft(kind="field", label=path, value=state, box=ln.box, confidence=0.85,
                                   attrs={"control": "git_file", "source_structure": "git"}))
    states = Counter(state for _, state, _ in files)
    for state, n in sorted(states.items()):
        facts.append(EvidenceDraft(kind="number", label=f"number of {state} files", value=str(n), number=float(n),
                                   confidence=0.8, attrs={"count_of": f"{state} file"}))
    if files:
        facts.append(EvidenceDraft(kind="number", label="number of changed files", value=str(len(files)),
                                   number=float(len(files)), confidence=0.75, attrs={"count_of": "changed file"}))
    if len(commits) >= 2:
        facts.append(EvidenceDraft(kind="number", label="number of commits", value=str(len(commits)),
                                   number=float(len(commits)), confidence=0.8, attrs={"count_of": "commit"}))
        for author, n in Counter(a for _, a, _ in commits if a).items():
            facts.append(EvidenceDraft(kind="number", label=f"number of commits by {author}", value=str(n),
                                       number=float(n), confidence=0.8, attrs={"count_of": f"commit by {author}"}))
    return facts
