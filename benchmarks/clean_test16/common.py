"""Shared helpers for the clean_test16 generators (formatting, scene container, literal check)."""
import html as _html
import re

WEEKDAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def fmt_num(cents, thou=",", dec=".", decimals=2):
    """Format an integer amount of cents (or hundredths) with the given separators."""
    neg = cents < 0
    cents = abs(cents)
    whole, frac = divmod(cents, 100)
    s = f"{whole:,}".replace(",", thou)
    if decimals:
        s += dec + f"{frac:02d}"
    return ("-" if neg else "") + s


def us(c):
    return fmt_num(c, ",", ".")


def de(c):
    return fmt_num(c, ".", ",")


def fr(c):
    return fmt_num(c, " ", ",")


def esc(s):
    return _html.escape(str(s))


def visible_text(html_src):
    """Very rough visible text of an HTML document (tags stripped, entities decoded, whitespace collapsed)."""
    s = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", " ", html_src)
    s = re.sub(r"(?is)</?(span|b|i|u|s|code|small|a|strong|em)\b[^>]*>", "", s)
    s = re.sub(r"(?s)<[^>]+>", " ", s)
    s = _html.unescape(s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s)


class Scene:
    """One image plus its questions.

    kind: 'html' (html string rendered by chromium at size) or 'chart' (draw(fig_path) callable).
    """

    def __init__(self, name, category, kind="html", html=None, size=(1200, 800), draw=None, text=None):
        self.name = name
        self.category = category
        self.kind = kind
        self.html = html
        self.size = size
        self.draw = draw
        self.text = text  # visible text for literal checks (charts: labels drawn)
        self.qs = []

    def q(self, question, answer, atype, intent, literal):
        self.qs.append(dict(question=question, answer=str(answer), answer_type=atype, intent=intent,
                            literal=bool(literal)))
        return self


PAGE_CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; }
table { border-collapse: collapse; }
"""


def page(body, css="", font="'Liberation Sans', sans-serif", bg="#ffffff", color="#222"):
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><style>{PAGE_CSS}"
            f"body {{ font-family: {font}; background: {bg}; color: {color}; }}\n{css}</style></head>"
            f"<body>{body}</body></html>")


def terminal(lines_html, title="bash", scheme="dark", font="'DejaVu Sans Mono', monospace", size=14, width=1100):
    schemes = {
        "dark": ("#1e1e1e", "#d4d4d4", "#323233", "#cccccc"),
        "solar": ("#002b36", "#93a1a1", "#073642", "#93a1a1"),
        "light": ("#fdf6e3", "#333333", "#e8e2cf", "#444444"),
        "green": ("#0c0c0c", "#33ff66", "#222222", "#aaaaaa"),
        "dracula": ("#282a36", "#f8f8f2", "#191a21", "#bbbbbb"),
        "white": ("#ffffff", "#1a1a1a", "#dddddd", "#333333"),
        "nord": ("#2e3440", "#d8dee9", "#3b4252", "#d8dee9"),
    }
    bg, fg, barbg, barfg = schemes[scheme]
    css = f"""
    body {{ background: #888; padding: 0; }}
    .win {{ width: {width}px; background: {bg}; color: {fg}; border-radius: 6px; overflow: hidden; margin: 0; }}
    .bar {{ background: {barbg}; color: {barfg}; font: 13px 'Liberation Sans', sans-serif; padding: 7px 12px;
            text-align: center; position: relative; }}
    .dots {{ position: absolute; left: 12px; top: 8px; }}
    .dots span {{ display: inline-block; width: 12px; height: 12px; border-radius: 6px; margin-right: 6px; }}
    pre {{ margin: 0; padding: 10px 14px 14px; font-family: {font}; font-size: {size}px; line-height: 1.35;
           white-space: pre; }}
    .g {{ color: #4ec94e; }} .r {{ color: #f14c4c; }} .y {{ color: #e5c07b; }} .b {{ color: #569cd6; }}
    .c {{ color: #2bbac5; }} .m {{ color: #c678dd; }} .d {{ color: #888; }} .B {{ font-weight: bold; }}
    """
    body = (f"<div class='win'><div class='bar'><div class='dots'><span style='background:#ff5f56'></span>"
            f"<span style='background:#ffbd2e'></span><span style='background:#27c93f'></span></div>{esc(title)}"
            f"</div><pre>{lines_html}</pre></div>")
    return page(body, css)
