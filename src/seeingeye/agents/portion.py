"""A part of the answer the question asks for by length: "the first six characters of the checksum", "the final
3 digits of the account". The value is found whole (the checksum, the account number), then cut as asked; digits are
counted among digits only, so the spaces a card number is printed with do not count."""

from __future__ import annotations

import re

from ..textutil import number_words

_PORTION = re.compile(r"\b(first|last|initial|final)\s+(\d{1,3}|[a-z]+)\s+"
                      r"(characters?|chars?|digits?|letters?|symbols?)\b", re.I)


def portion_asked(question: str) -> tuple[str, int, str] | None:
    """("first" or "last", how many, "digit" or "character") when the question asks for part of a value."""
    m = _PORTION.search(question)
    if m is None:
        return None
    n = int(m.group(2)) if m.group(2).isdigit() else next(iter(number_words(m.group(2))), None)
    if not n:
        return None
    end = "first" if m.group(1).lower() in ("first", "initial") else "last"
    return end, int(n), "digit" if m.group(3).lower().startswith("digit") else "character"


def cut(answer: str, portion: tuple[str, int, str] | None) -> str:
    """The part of `answer` the portion asks for; the answer as it is when it is no longer than that."""
    if portion is None:
        return answer
    end, n, unit = portion
    pieces = re.findall(r"\d", answer) if unit == "digit" else list(answer.strip())
    if len(pieces) <= n:
        return answer
    return "".join(pieces[:n] if end == "first" else pieces[-n:])
