"""A person asked for is said by name: "Tove Brand", not the listing line it was read from
("R Tove Brand <tove.brand@skerry.no> Minutes") nor the sentence it leads ("okko-lind wants to merge")."""

from __future__ import annotations

import re

from .types import spans

# "Name <address>": a mail header's sender, as mail clients and `git log` print it
_ADDRESSED = re.compile(r"^(?P<name>.*?)\s*<(?P<local>[\w.+-]+)@[\w.-]+>")
# an account's handle leading a sentence: lower case, joined by a hyphen, dot or underscore, or with digits
_HANDLE = re.compile(r"^@?(?=[a-z0-9._-]*[-._\d])[a-z][a-z0-9._-]{2,38}(?=\s+[a-z])")


def named_by_address(name: str, local: str) -> str:
    """The words of the name from the first the address spells on ("Rx Tove Brand" + "tove.brand": "Tove Brand");
    the address's own words when it spells none of them."""
    words = name.split()
    pieces = [p for p in re.split(r"[._+-]", local.lower()) if p]
    parts = {p for p in pieces if len(p) >= 2}
    first = next((i for i, w in enumerate(words) if w.lower().strip(",\"'") in parts), None)
    if first is None:
        return name.strip(" ,\"'")
    at = pieces.index(words[first].lower().strip(",\"'"))
    if first and at and len(pieces[at - 1]) == 1 and words[first - 1].lower().startswith(pieces[at - 1]):
        first -= 1  # an initial the address keeps ("j.ros": Joaquin Ros)
    return " ".join(words[first:]).strip(" ,\"'")


def people_listed(text: str) -> str | None:
    """Two or more whole names parted by semicolons or commas, joined as an answer lists them; else None (a
    surname-first "Doe, John" is one name: its parts are no names alone)."""
    parts = [p.strip(" .") for p in re.split(r"[;,]", text) if p.strip(" .")]
    if len(parts) < 2 or not all(spans(p, "person") == [p] for p in parts):
        return None
    return "; ".join(parts)


def person_only(answer: str) -> str:
    """The person's name in a longer answer, or the answer as it is when it is short or names no one (or
    lists several: "Lars Holm; Nina Varga")."""
    text = answer.strip()
    # (a short "Name <address>" too: the address is no part of the name)
    if (m := _ADDRESSED.match(re.sub(r"@\s+", "@", text))) is not None and m.group("name").strip():
        return named_by_address(m.group("name"), m.group("local"))
    if len(text.split()) < 4 or people_listed(text):
        return answer
    if (m := _HANDLE.match(text)) is not None:
        return m.group(0).lstrip("@")
    first = text.split()[0]
    again = re.search(rf"(?<![\w-]){re.escape(first)}/\w", text[len(first):])
    if re.fullmatch(r"[a-z][a-z0-9]{2,38}", first) and again:
        return first  # a plain handle the line names again as its own namespace ("pjarvi/cache-warmup")
    names = spans(text, "person")
    if names and text.startswith(names[0]):
        return names[0]
    if names and text.endswith(names[-1]) and len(names[-1].split()) >= 2:
        return names[-1]  # a talk's or task's title, then who gives it ("Tidy tables at scale Ilse Marr")
    return answer
