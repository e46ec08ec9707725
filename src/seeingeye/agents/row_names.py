"""How a question names a structure's rows and columns when it does not say them as printed: a row's name cut
short ("Wed" for the "Wednesday" asked), and columns named only by figures (hours, years), which no meaning
matches."""

from __future__ import annotations

import re

from .tabular import Records


def named_by_figures(rec: Records) -> bool:
    """Every column beside the rows' names is named by figures: hours, years, ranges."""
    return len(rec.columns) >= 3 and all(re.search(r"\d", c.name) and not c.name.startswith("column ")
                                         for j, c in enumerate(rec.columns) if j != rec.key)


def cuts_short(label: str, word: str) -> bool:
    """The label is the word cut short to its first letters ("Wed" of "Wednesday", "Mar" of "March"), both
    as `norm_name` folds them (lower case, no punctuation)."""
    return len(label) >= 3 and not label.isdigit() and len(word) > len(label) and word.startswith(label)


def truncated(words: list[str], labels: list[str]) -> list[str]:
    """The query's words, each said in full where the rows print it cut short to its first three or four
    letters ("Wednesday" where a heatmap's rows read "Wed"): the row's printed name in its place."""
    short = {lab.strip().lower(): lab.strip() for lab in labels if re.fullmatch(r"[A-Z][A-Za-z]{2,3}\.?", lab.strip())}
    if len(short) < 3 or len(short) < 0.8 * len([lab for lab in labels if lab.strip()]):
        return words  # (rows of names cut short all alike, weekdays or months; not one short name among others)
    out = []
    for w in words:
        cut = [lab for k, lab in short.items() if w.isalpha() and cuts_short(k.rstrip("."), w.lower())]
        out.append(cut[0] if len(cut) == 1 and w.lower() not in short else w)
    return out
