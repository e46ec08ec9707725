"""Shared helpers for clean_test17 scene generators."""
import html as _html
import re

def Q(question, answer, atype, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=atype,
                intent=intent, literal=bool(literal))

def scene(name, category, kind, qs, html=None, plot=None, w=900, h=700):
    return dict(name=name, category=category, kind=kind, qs=qs, html=html, plot=plot, w=w, h=h)

def esc(s):
    return _html.escape(str(s))

def visible_text(html):
    t = re.sub(r"<style.*?</style>", " ", html, flags=re.S)
    t = re.sub(r"<[^>]+>", " ", t)
    return _html.unescape(t)

def page(body, css="", bg="#fff", font="Liberation Sans"):
    return ("<!doctype html><html><head><meta charset='utf-8'><style>"
            f"*{{box-sizing:border-box}} body{{margin:0;background:{bg};font-family:'{font}',sans-serif;}} {css}"
            f"</style></head><body>{body}</body></html>")

def money_de(x, cur="€"):
    s = f"{x:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    return f"{s} {cur}" if cur else s

def money_us(x, cur="$"):
    return f"{cur}{x:,.2f}"

def money_fr(x, cur="€"):
    s = f"{x:,.2f}".replace(",", " ").replace(".", ",")
    return f"{s} {cur}"

def money_ch(x, cur="CHF"):
    s = f"{x:,.2f}".replace(",", "'")
    return f"{cur} {s}"

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
