"""What a row of command output is called: `ps` and `top` print the whole command line last, so the
program is the command without its arguments, or the script an interpreter runs."""

from __future__ import annotations

import re

from .tabular import Records, Row

_ARGUMENT = re.compile(r"^(?:[-*:/\[<]|\S*=)")
# Programs that run a script named after them (a lexicon of interpreters, as units are of measures).
_INTERPRETER = re.compile(
    r"^((?:\S*/)?(?:python[\d.]*|node|nodejs|ruby|perl|php[\d.]*|bash|sh|deno|bun|java))(/\S+|\s)")


def program_name(rec: Records, row: Row) -> str:
    """A row's name; in command output whose name is a command line printed last (ps, top), the program
    without its arguments ("redis-server *:6379" is redis-server)."""
    label = rec.label(row)
    if rec.kind != "columns" or rec.key != len(rec.columns) - 1:
        return label
    words = _INTERPRETER.sub(r"\1 \2", label).split()  # (OCR may lose the space: "python3/opt/app/run")
    if len(words) > 1 and _INTERPRETER.match(words[0] + " ") and not _ARGUMENT.match(words[1]) or (
            len(words) > 1 and "/" in words[1] and _INTERPRETER.match(words[0] + " ")):
        # an interpreter running a script: the process is the script ("python3 /opt/x/bin/indexer --port 1")
        return words[1].rstrip("/").rsplit("/", 1)[-1].split("--")[0] or label
    if len(words) > 1 and all(_ARGUMENT.match(w) for w in words[1:]):
        return words[0]
    return label
