"""Shared helpers for the clean_test13 generators."""
import html as _html
import re

BASE_CSS = """
*{box-sizing:border-box} body{margin:0;font-family:'Liberation Sans',Arial,sans-serif;color:#222;background:#fff}
table{border-collapse:collapse}
"""


def esc(s):
    return _html.escape(str(s))


def Q(question, answer, atype, intent, literal):
    return {"question": question, "answer": str(answer), "answer_type": atype,
            "intent": intent, "literal": bool(literal)}


def scene(name, category, w, h, html=None, fig=None, qs=(), texts=None):
    return {"name": name, "category": category, "w": w, "h": h, "html": html,
            "fig": fig, "qs": list(qs), "texts": texts}


def page(body, css="", bg="#fff"):
    return ("<!doctype html><html><head><meta charset='utf-8'><style>" + BASE_CSS +
            "body{background:%s}" % bg + css + "</style></head><body>" + body + "</body></html>")


def visible_text(h):
    h = re.sub(r"<style.*?</style>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", "", h)
    return _html.unescape(h)


def eur(x, sym="€", pre=False, sep=" "):
    """German/European style 1.234,56"""
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{sym}{sep}{s}" if pre else f"{s}{sep}{sym}".strip()


def usd(x, sym="$"):
    return f"{sym}{x:,.2f}"


def dec_comma(x, nd=2):
    return f"{x:.{nd}f}".replace(".", ",")
