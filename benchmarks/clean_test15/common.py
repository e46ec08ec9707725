"""Shared helpers for the clean_test15 generators."""
import html as _html
import random
import re

SEED = 39581
SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


def rng_for(name):
    return random.Random(f"{SEED}-{name}")


def Q(question, answer, answer_type, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=answer_type,
                intent=intent, literal=bool(literal))


def esc(s):
    return _html.escape(str(s))


def _grp(cents, th, dp, dec=2):
    neg = cents < 0
    cents = abs(int(cents))
    whole, frac = divmod(cents, 10 ** dec)
    s = f"{whole:,}".replace(",", th)
    if dec:
        s += dp + f"{frac:0{dec}d}"
    return ("-" if neg else "") + s


def us(cents):
    """1,234.56"""
    return _grp(cents, ",", ".")


def eu(cents):
    """1.234,56"""
    return _grp(cents, ".", ",")


def fr(cents):
    """1 234,56 (narrow no-break space replaced by plain space)"""
    return _grp(cents, " ", ",")


def ch(cents):
    return _grp(cents, "'", ".")


def visible_text(h):
    h = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", " ", h)
    h = re.sub(r"(?is)</?(span|b|s|code|small)\b[^>]*>", "", h)
    h = re.sub(r"(?s)<[^>]+>", " ", h)
    h = _html.unescape(h)
    return re.sub(r"\s+", " ", h.replace("\u00a0", " "))


def page(body, css="", bg="#e9e9ec", font="'Liberation Sans', Arial, sans-serif"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
*{{box-sizing:border-box}} html,body{{margin:0;padding:0}}
body{{background:{bg};font-family:{font};color:#222}}
{css}
</style></head><body>{body}</body></html>"""


# ---------------------------------------------------------------- terminals
SCHEMES = {
    "dark": dict(bg="#1e1e1e", fg="#d4d4d4", g="#6a9955", r="#f44747", y="#dcdcaa", b="#569cd6",
                 c="#4ec9b0", m="#c586c0", d="#808080", bar="#323233", bart="#cccccc"),
    "solar": dict(bg="#002b36", fg="#93a1a1", g="#859900", r="#dc322f", y="#b58900", b="#268bd2",
                  c="#2aa198", m="#d33682", d="#586e75", bar="#073642", bart="#93a1a1"),
    "light": dict(bg="#fdfdfd", fg="#2e2e2e", g="#1a7f37", r="#cf222e", y="#9a6700", b="#0550ae",
                  c="#1b7c83", m="#8250df", d="#8c959f", bar="#e4e4e4", bart="#333"),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", g="#50fa7b", r="#ff5555", y="#f1fa8c", b="#8be9fd",
                    c="#8be9fd", m="#ff79c6", d="#6272a4", bar="#21222c", bart="#f8f8f2"),
    "green": dict(bg="#0c0c0c", fg="#33ff66", g="#33ff66", r="#ff4444", y="#ffee55", b="#55aaff",
                  c="#55ffff", m="#ff66ff", d="#1f9f45", bar="#222", bart="#33ff66"),
    "gruvbox": dict(bg="#282828", fg="#ebdbb2", g="#b8bb26", r="#fb4934", y="#fabd2f", b="#83a598",
                    c="#8ec07c", m="#d3869b", d="#928374", bar="#3c3836", bart="#ebdbb2"),
}


def term(lines, scheme="dark", title="bash", width=1180, font_size=14,
         font="'DejaVu Sans Mono', monospace"):
    """lines: list of str using tiny markup: {g}..{/}  (colour keys from scheme, plus {B} bold)."""
    s = SCHEMES[scheme]
    out = []
    for ln in lines:
        t = esc(ln)
        t = re.sub(r"\{([grybcmdB])\}", lambda m: (f'<span style="font-weight:bold">' if m.group(1) == "B"
                                                   else f'<span style="color:{s[m.group(1)]}">'), t)
        t = t.replace("{/}", "</span>")
        out.append(t if t else " ")
    body = f"""<div class="win"><div class="bar"><span class="dot" style="background:#ff5f56"></span>
<span class="dot" style="background:#ffbd2e"></span><span class="dot" style="background:#27c93f"></span>
<span class="ttl">{esc(title)}</span></div><pre>{chr(10).join(out)}</pre></div>"""
    css = f""".win{{width:{width}px;margin:0;background:{s['bg']};}}
.bar{{height:30px;background:{s['bar']};display:flex;align-items:center;padding-left:10px}}
.dot{{width:12px;height:12px;border-radius:6px;display:inline-block;margin-right:7px}}
.ttl{{color:{s['bart']};font:13px 'Liberation Sans',sans-serif;margin-left:auto;margin-right:auto;padding-right:60px}}
pre{{margin:0;padding:12px 14px 18px;color:{s['fg']};font:{font_size}px/1.38 {font};white-space:pre}}"""
    return page(body, css, bg=s["bg"])
