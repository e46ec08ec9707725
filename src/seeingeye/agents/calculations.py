"""A calculator session (a REPL such as bc, calc, qalc or Python at its prompt): each expression typed and
the result printed for it, in order, as records — "the result of the first line I typed" is an n-th row,
"how many calculations" a count of rows.

Three layouts: the result after an equals sign on the expression's own line ("640 × 3 = 1920"), the
expression after a prompt mark (or quoted after a calculator's command at a shell's prompt) and its result
alone on the next line ("; 3^5" / "243"), or input and output each marked ("In> 6!;" / "Out> 720").
"""

from __future__ import annotations

import re

from ..sir import Evidence
from .tabular import Records, Row, make_records

# an expression: figures joined by at least one operator (brackets allowed; "~" is a "^" OCR misread)
_EXPR = r"[-(]*\d[\d.,]*\)*(?:\s*(?:[-+*/×x÷^~%]|\*\*)\s*[-(]*\d[\d.,]*\)*)+"
_RESULT = r"-?\d[\d.,]*(?:e[-+]?\d+)?"
_INLINE = re.compile(rf"^(?:.*?[$#>:]\s*(?:[a-z]+\s+)?)?(?P<expr>{_EXPR})\s*=\s*(?P<res>{_RESULT})\s*$")
_PROMPTED = re.compile(rf"^\s*(?:;|>>>|>|[a-z]+>)\s*(?P<expr>{_EXPR})\s*$"
                       # a calculator run from a shell's prompt, the expression quoted: $ calc -p "3*4"
                       rf"|^.*?[$#%]\s*[\w.-]+(?:\s+-{{1,2}}[\w=.-]+)*\s+(?P<q>[\"'])(?P<quoted>{_EXPR})(?P=q)\s*$")
_BARE = re.compile(rf"^\s*=?\s*(?P<res>{_RESULT})\s*$")
# A computer-algebra or notebook session marks its input and output ("In> Gcd(588,735);" / "Out> 147", Maxima's
# "(%i3)" / "(%o3)", IPython's "In [4]:" / "Out[4]:"): any input then, a call or a factorial as well as a sum
# (OCR reads Maxima's "%o" as "%0" and its "%i" as "%1" or "%l")
_INPUT = re.compile(r"^\s*(?:In>|\(%[iIl1]\d+\)|In\s*\[\d+\]:|>>>)\s*(?P<expr>\S.*?)\s*;?\s*$")
_OUTPUT = re.compile(rf"^\s*(?:Out>|\(%[oO0]\d+\)|Out\s*\[\d+\]:)\s*(?P<res>{_RESULT})\s*;?\s*$")


def calculations(rows: list[list[Evidence]]) -> Records | None:
    """The session's (expression, result) rows, two or more, in the order they were typed."""
    texts = [(" ".join(e.value for e in r).strip(), [e.id for e in r]) for r in rows]
    found: list[Row] = []
    k = 0
    while k < len(texts):
        text, ids = texts[k]
        if m := _INLINE.match(text):
            found.append(Row([m["expr"].strip(), m["res"]], ids))
        elif (m := _INPUT.match(text)) and k + 1 < len(texts) and (
                r := _OUTPUT.match(texts[k + 1][0]) or _BARE.match(texts[k + 1][0])):
            found.append(Row([m["expr"].strip(), r["res"]], ids + texts[k + 1][1]))
            k += 1
        elif (m := _PROMPTED.match(text)) and k + 1 < len(texts) and (r := _BARE.match(texts[k + 1][0])):
            found.append(Row([(m["expr"] or m["quoted"]).strip(), r["res"]], ids + texts[k + 1][1]))
            k += 1
        k += 1
    if len(found) < 2:
        return None
    rec = make_records("calculations", ["expression (calculation, input typed)", "result (answer, comes to)"], found)
    if rec is not None:
        rec.key, rec.content = 0, 1  # a calculation is named by what was typed; what it holds is its result
    return rec
