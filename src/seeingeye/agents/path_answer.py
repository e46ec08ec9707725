"""Where a tool put something is said by its path: "/srv/out/report.html", not the sentence that
prints it ("Report written to /srv/out/report.html")."""

from __future__ import annotations

import re

# a file system path: rooted, home-relative or a drive's, at least one separator after its first part
_PATH = re.compile(r"(?<![\w/~])(?:~|[A-Za-z]:)?[/\\](?:[\w.@+-]+[/\\])*[\w.@+-]+[/\\]?")


def path_only(answer: str) -> str:
    """The one path in a sentence-long answer (to a "where" question), else the answer as it is."""
    if len(answer.split()) < 3:
        return answer
    paths = [p for p in _PATH.findall(answer) if p.count("/") + p.count("\\") >= 2]
    return paths[0].rstrip(".,;:") if len(paths) == 1 else answer
