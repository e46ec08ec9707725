"""Shared helpers for clean_test11 generation (deterministic)."""
import html as _html
import re

SEED = 61349

SCENES = []  # list of dicts: name, category, kind ('html'|'mpl'), payload, width, qs


def Q(question, answer, answer_type, intent, literal):
    return {"question": question, "answer": str(answer), "answer_type": answer_type,
            "intent": intent, "literal": bool(literal)}


def scene(name, category, html=None, width=900, qs=(), mpl=None, texts=None, height=3000):
    SCENES.append({"name": name, "category": category, "html": html, "width": width,
                   "height": height, "mpl": mpl, "texts": texts or [], "qs": list(qs)})


def eu(x, sym="€", pre=False, space=True):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    if pre:
        return f"{sym}{' ' if space else ''}{s}"
    return f"{s}{' ' if space else ''}{sym}" if sym else s


def us(x, sym="$"):
    neg = x < 0
    s = f"{sym}{abs(x):,.2f}"
    return "-" + s if neg else s


def eun(x, nd=2):
    """number with decimal comma, dot thousands"""
    return f"{x:,.{nd}f}".replace(",", "X").replace(".", ",").replace("X", ".")


def esc(s):
    return _html.escape(str(s))


def visible_text(h):
    h = re.sub(r"(?is)<(style|script|head)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    t = _html.unescape(h)
    return re.sub(r"\s+", " ", t)


def page(body, css="", font="'Lato', 'DejaVu Sans', sans-serif", bg="#ffffff"):
    return (f"<!doctype html><html><head><meta charset='utf-8'><style>"
            f"html,body{{margin:0;padding:0;background:{bg};font-family:{font};}}"
            f"*{{box-sizing:border-box}} {css}</style></head><body>{body}</body></html>")
