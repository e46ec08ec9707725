"""The signs money is printed with, from the Unicode CLDR (through Babel): every ISO 4217 code and the symbols
each locale writes ("Rp", "KSh", "лв", "₼", "S/"). Documents come from every country, so the list is the
world's, not the handful a test happened to show.

The list ships as `data/currency_signs.json`; `python -m seeingeye.currency_signs` rebuilds it (Babel is needed
then, never at run time). A sign that is also an English word ("ALL", "TOP", "UP") or a unit ("KM") is left
out unless it was always read as money, and one-letter signs are left to the amount patterns that see them
glued to a figure.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import cache
from pathlib import Path

SIGNS_FILE = Path(__file__).parent / "data" / "currency_signs.json"
# read as money before this list existed; kept whatever the filters below say
_ALWAYS = ("USD", "EUR", "GBP", "CHF", "JPY", "CAD", "AUD", "NZD", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "ZAR",
           "BRL", "MXN", "INR", "CNY", "ISK", "HKD", "SGD", "KRW", "TWD", "IDR", "MYR", "THB", "VND", "AED", "SAR",
           "QAR", "ILS", "RON", "BGN", "UAH", "RUB", "NGN", "KES", "EGP", "MAD", "ARS", "CLP", "COP", "PEN", "UYU",
           "PKR", "LKR", "BDT", "RMB", "R$", "Rs", "Rs.", "kr", "kr.", "zł", "Kč", "Ft", "lei",
           *"$€£¥￥₹₩₽₺₦₫฿₪₴₱₵₸₾")
_UNITS = {"km", "mm", "cm", "kg", "mg", "ml", "mb", "gb", "kb", "tb", "hz", "pt", "px", "ms", "min", "hr", "lb"}
_MARKS = re.compile("[\u200e\u200f\u200b\u00a0\u202f]")


def _trie(words: list[str]) -> str:
    """An alternation of literal words as a trie, so a text is tried against a few branches per position, not
    against every sign in turn; longer words first at every node."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and len(branches[0]) == 1 else f"(?:{'|'.join(branches)})"
        return f"{body}?" if ends else body

    return walk(tree)


@cache
def signs() -> tuple[str, ...]:
    """Every sign the shipped list holds, and the ones always read as money."""
    listed = json.loads(SIGNS_FILE.read_text(encoding="utf-8"))["signs"]
    return tuple(dict.fromkeys([*_ALWAYS, *listed]))


@cache
def sign_pattern() -> str:
    """A regular expression (no groups of its own) matching any sign, matched case by case ("ALL" is a sign,
    "all" a word)."""
    return f"(?-i:{_trie(sorted(signs(), key=lambda s: (-len(s), s)))})"


def _wanted(sign: str, english: set[str]) -> bool:
    if sign in _ALWAYS:
        return True
    if len(sign) == 1:
        return unicodedata.category(sign) == "Sc"  # "₲", not a letter of a script ("P", "ر")
    if not sign.strip() or sign.lower().strip(".") in _UNITS or re.search(r"\d", sign):
        return False
    # a bare word ("ALL", "TOP", "den") is a word first; "Rs." and "лв." are marked as signs by their stops
    return not (re.fullmatch(r"[A-Za-z]+", sign) and (sign.lower() in english or sign.islower()))


def build() -> list[str]:  # pragma: no cover - needs Babel, run by hand to refresh the shipped list
    """Every ISO code and every locale's symbol, filtered as the module says."""
    from babel import Locale, localedata  # type: ignore[import-not-found]
    from babel.numbers import list_currencies  # type: ignore[import-not-found]
    from spellchecker import SpellChecker

    english = {w for w in SpellChecker().word_frequency.dictionary if len(w) <= 4}
    found = set(list_currencies())
    for ident in localedata.locale_identifiers():
        found |= {_MARKS.sub(" ", s).strip() for s in Locale.parse(ident).currency_symbols.values()}
    found |= {s.replace("ʻ", "'") for s in found} | {s.replace("ʻ", "’") for s in found}
    return sorted(s for s in found if _wanted(s, english))


if __name__ == "__main__":  # pragma: no cover
    SIGNS_FILE.parent.mkdir(exist_ok=True)
    SIGNS_FILE.write_text(json.dumps({"source": "Unicode CLDR through Babel", "signs": build()}, ensure_ascii=False,
                                     indent=0) + "\n", encoding="utf-8")
