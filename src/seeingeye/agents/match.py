"""Match a question's target phrase to evidence texts (labels, lines, headers, legend entries, options):
an OCR-tolerant lexical score combined with embedding similarity, so "total" finds "Amount Due" and
"store name" finds the shop's title line. Texts are embedded in one batch and cached."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import snowballstemmer

from ..models.embed import cosine, get_embedder
from ..textutil import STOPWORDS, similarity, tokens

# Cosine of e5-small for unrelated short texts sits near 0.78 and for paraphrases near 0.92; rescale so
# the combined score reads like the lexical one (0 = unrelated, 1 = same words).
_EMB_FLOOR, _EMB_SPAN = 0.80, 0.14
_AS_PRINTED = 3  # words up to which a text is embedded as printed (see Matcher.semantic)


_DIGIT = re.compile(r"\d")
_STEMMER = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _STEMMER.stemWord(word)


def token_match(t: str, w: str) -> float:
    """How well a printed word `t` matches an asked word `w` (1 the same; inflected or misread a little, less)."""
    if t == w:
        return 1.0
    if len(t) > 3 and len(w) > 3 and similarity(t, w) >= 0.85 and not (_DIGIT.search(t) and _DIGIT.search(w)):
        return 0.8  # (but two figures or ids a digit apart are different: order 1699621 is not 1699628)
    if len(t) > 3 and len(w) > 3 and t.isalpha() and w.isalpha() and stem(t) == stem(w):
        return 0.8  # one word inflected ("restarted" asks for the RESTARTS column, "shipping" for "Shipped")
    if len(w) >= 4 and len(t) > len(w) and t.startswith(w):  # "totalamount" read as one word
        return 0.7
    if len(t) >= 4 and len(w) > len(t) and w.startswith(t):
        return 0.5
    if 2 <= len(t) < len(w) and t[0] == w[0] and _subsequence(t, w):  # "pts" / "points", "qty" / "quantity"
        return 0.6
    return 0.0


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(ch in it for ch in short)


# Abbreviations printed in headers and labels, with what they stand for (a lexicon of facts, like units):
# "free space" finds df's "Avail", "process id" finds ps's "PID". A text that holds one is also scored
# with the words spelt out, and the better score counts.
ABBREVIATIONS = {
    "avail": "available free space left remaining", "pid": "process id", "mem": "memory", "qty": "quantity in stock",
    "amt": "amount",
    "desc": "description", "dob": "date of birth", "doc": "document", "exp": "expiry expires", "pct": "percent",
    "tel": "telephone phone", "addr": "address", "dept": "department", "ref": "reference", "pts": "points",
    "gf": "goals for scored", "ga": "goals against conceded", "gd": "goal difference", "mgr": "manager",
    "vol": "volume", "temp": "temperature", "yr": "year", "mo": "month", "hrs": "hours", "min": "minutes",
    "sec": "seconds", "max": "maximum", "avg": "average", "nat": "nationality", "stat": "status",
    "uid": "user id", "tty": "terminal", "rss": "resident memory", "vsz": "virtual memory size",
    "res": "resident memory", "virt": "virtual memory size", "shr": "shared memory", "ni": "nice",
    "nlwp": "threads", "thr": "threads", "etime": "elapsed time running for", "pri": "priority",
    "rx": "received download", "tx": "transmitted upload sent", "pcs": "pieces quantity", "pax": "passengers",
    "dur": "duration how long", "ttl": "time to live", "eta": "estimated arrival time",
    "sum": "total sum",  # a query's or a tool's aggregate column, "sum(revenue)": the total revenue
    "cmd": "command", "dst": "destination", "src": "source", "dep": "departure", "arr": "arrival",
    "chg": "change up down", "last": "last price", "mkt cap": "market capitalisation", "eps": "earnings per share",
    "pld": "played", "subdirectories": "directories folders", "subdirectory": "directory folder",
    "subfolders": "folders directories", "subfolder": "folder directory",
    # the parties of a bill, by the labels invoices print for them
    "bill to": "billed to addressed to customer recipient",
    "ship to": "shipped to delivered to recipient going to destination",
    "sold to": "customer buyer addressed to", "attn": "attention addressed to", "remit to": "pay to sender",
    "billed to": "bill to addressed to customer recipient", "from": "from sender sent by issued by",
    "addressee": "recipient addressed to going to", "consignee": "recipient shipped to going to",
    "issued by": "sender from", "nr": "number", "acct": "account", "mbr": "member",
    "use%": "percent used full", "cap": "capacity",
    # the labels of bills and receipts in the languages of the documents read, in English words
    "summe": "total sum", "gesamt": "total", "gesamtbetrag": "total amount", "zu zahlen": "total to pay",
    "rückgeld": "change given back", "ruckgeld": "change given back", "mwst": "vat tax", "ust": "vat tax",
    "betrag": "amount", "totaal": "total", "te betalen": "total to pay", "wisselgeld": "change given back",
    "btw": "vat tax", "somme": "total sum", "montant": "amount", "à payer": "total to pay", "tva": "vat tax",
    "rendu": "change given back", "importe": "amount", "cambio": "change given back", "iva": "vat tax",
    "totale": "total", "resto": "change given back", "moms": "vat tax", "att betala": "total to pay",
    "växel": "change given back", "fällig": "due", "échéance": "due date", "vencimiento": "due date",
    "scadenza": "due date", "vervaldatum": "due date", "a payer": "total to pay",
    # a business card's one-letter labels before its numbers
    "m": "mobile cell phone", "t": "telephone phone office", "mob": "mobile cell phone",
    # a payslip's last line, the pay that reaches the account
    "auszahlungsbetrag": "net pay take home payout", "nettolohn": "net pay", "nettoloon": "net pay",
    "net à payer": "net pay", "salario neto": "net pay", "netto in busta": "net pay", "nettolön": "net pay",
    # months as chart axes and calendars print them ("May" is written in full)
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june", "jul": "july",
    "aug": "august", "sep": "september", "sept": "september", "oct": "october", "nov": "november",
    "dec": "december",
}  # fmt: skip
_ABBR = re.compile(r"(?i)(?<![\w])(" + "|".join(ABBREVIATIONS) + r")\.?(?![\w])")
_NUMBER_WORD = re.compile(r"(?i)(?<![\w])no\.(?=\s|$)")  # "Member no." (with its dot: "No" alone is an answer)


def spelt_out(text: str) -> str | None:
    """The text with its abbreviations written in full, or None when it holds none."""
    out = _ABBR.sub(lambda m: ABBREVIATIONS[re.sub(r"\s+", " ", m.group(1).lower())], _NUMBER_WORD.sub("number", text))
    return out if out != text else None


_GLUED = re.compile(r"(?<=[A-Za-z]{2})(?=\d)|(?<=\d)(?=[A-Za-z]{2})")


def lexical(target: str, text: str) -> float:
    """Precision/recall of the target's content words in the text (0..1), tolerant of OCR slips."""
    text = _GLUED.sub(" ", text)  # OCR glues words to numbers: "VAT20%", "Cheddar400g"
    # people glue them too ("at 4pm", "the 10km run"): both sides are parted alike
    q = [t for t in tokens(_GLUED.sub(" ", target)) if t not in STOPWORDS and (len(t) > 1 or t.isdigit())]
    # (a phrase of small words only is still a name: a list headed "To do", a state "On hold")
    q = q or [t for t in tokens(target) if len(t) > 1]
    lab = [t for t in tokens(text) if t not in STOPWORDS or t in q]
    if not q or not lab:
        return 0.0
    hit = sum(max(token_match(t, w) for w in q) for t in set(lab))
    if hit == 0:
        return 0.0
    recall = sum(max(token_match(t, w) for t in set(lab)) for w in set(q)) / len(set(q))
    precision = hit / len(set(lab))
    return round(0.5 * min(1.0, precision) + 0.5 * min(1.0, recall), 4)


def worded(text: str) -> str:
    """The words of a text, its figures one mark "0" (that a figure is left says the text is no bare label;
    which figure it is says little of meaning) and no bare punctuation: what an embedding reads."""
    words = [(w, any(c.isdigit() for c in w)) for w in text.split()]
    kept = [w for w, figure in words if not figure and any(c.isalpha() for c in w)]
    return " ".join(kept + ["0"] * any(figure for _, figure in words))


class Matcher:
    """Scores target phrases against texts; one per question, embeddings shared via the LRU cache."""

    def __init__(self, use_embeddings: bool = True) -> None:
        self.embedder = get_embedder() if use_embeddings else None

    def semantic(self, target: str, texts: Sequence[str]) -> np.ndarray:
        if self.embedder is None or not texts:
            return np.zeros(len(texts), np.float32)
        # A long line's meaning is in its words: the figures among them are matched lexically, and one mark
        # for them all makes the many contexts of one line (each minus a different value) one text to embed.
        # (a short label is embedded as printed: "Total 2026" and "Total" differ in what they label)
        keys = [worded(t) if len(t.split()) > _AS_PRINTED else t for t in texts]
        sims = cosine(self.embedder.encode([target], "query"), self.embedder.encode(keys, "query"))[0]
        if self.embedder.name == "lexical":  # hashed features: cosine is already a 0..1 overlap
            return np.clip(sims, 0, 1)
        return np.clip((sims - _EMB_FLOOR) / _EMB_SPAN, 0.0, 1.0)

    def scores(self, target: str, texts: Sequence[str]) -> np.ndarray:
        """Combined match per text in 0..1."""
        if not texts:
            return np.zeros(0, np.float32)
        out = self._plain(target, texts)
        alt = [spelt_out(t) or t for t in texts]
        query = spelt_out(target)
        if query or alt != list(texts):
            out = np.maximum(out, self._plain(query or target, alt))
        return out

    def _plain(self, target: str, texts: Sequence[str]) -> np.ndarray:
        lex = np.array([lexical(target, t) for t in texts], np.float32)
        return np.maximum(lex, 0.45 * lex + 0.55 * self.semantic(target, texts))

    def best(self, target: str, texts: Sequence[str]) -> tuple[int, float]:
        s = self.scores(target, texts)
        if len(s) == 0:
            return -1, 0.0
        i = int(np.argmax(s))
        return i, float(s[i])
