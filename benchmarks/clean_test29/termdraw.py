"""PIL terminal-window renderer with several colour schemes."""
import os
from PIL import Image, ImageDraw, ImageFont
from common import FONTS, IMG_DIR

SCHEMES = {
    "gruvbox-dark": dict(bg="#282828", fg="#ebdbb2", red="#fb4934", green="#b8bb26", yellow="#fabd2f",
                         blue="#83a598", magenta="#d3869b", cyan="#8ec07c", dim="#928374", bar="#1d2021", light=False),
    "nord": dict(bg="#2e3440", fg="#d8dee9", red="#bf616a", green="#a3be8c", yellow="#ebcb8b",
                 blue="#81a1c1", magenta="#b48ead", cyan="#88c0d0", dim="#616e88", bar="#3b4252", light=False),
    "dracula": dict(bg="#282a36", fg="#f8f8f2", red="#ff5555", green="#50fa7b", yellow="#f1fa8c",
                    blue="#bd93f9", magenta="#ff79c6", cyan="#8be9fd", dim="#6272a4", bar="#21222c", light=False),
    "k9s": dict(bg="#0b1020", fg="#a5c8ff", red="#ff5f5f", green="#5fff87", yellow="#ffd75f",
                blue="#5f87ff", magenta="#d787ff", cyan="#5fd7ff", dim="#6c7a99", bar="#0b1020", light=False),
    "solarized-light": dict(bg="#fdf6e3", fg="#586e75", red="#dc322f", green="#859900", yellow="#b58900",
                            blue="#268bd2", magenta="#d33682", cyan="#2aa198", dim="#93a1a1", bar="#eee8d5", light=True),
    "monokai": dict(bg="#272822", fg="#f8f8f2", red="#f92672", green="#a6e22e", yellow="#e6db74",
                    blue="#66d9ef", magenta="#ae81ff", cyan="#a1efe4", dim="#75715e", bar="#1e1f1c", light=False),
    "tokyo-night": dict(bg="#1a1b26", fg="#c0caf5", red="#f7768e", green="#9ece6a", yellow="#e0af68",
                        blue="#7aa2f7", magenta="#bb9af7", cyan="#7dcfff", dim="#565f89", bar="#16161e", light=False),
    "one-light": dict(bg="#fafafa", fg="#383a42", red="#e45649", green="#50a14f", yellow="#c18401",
                      blue="#4078f2", magenta="#a626a4", cyan="#0184bc", dim="#a0a1a7", bar="#e5e5e6", light=True),
    "campbell": dict(bg="#0c0c0c", fg="#cccccc", red="#e74856", green="#16c60c", yellow="#f9f1a5",
                     blue="#3b78ff", magenta="#b4009e", cyan="#61d6d6", dim="#767676", bar="#1f1f1f", light=False),
    "solarized-dark": dict(bg="#002b36", fg="#93a1a1", red="#dc322f", green="#859900", yellow="#b58900",
                           blue="#268bd2", magenta="#d33682", cyan="#2aa198", dim="#586e75", bar="#073642", light=False),
    "tango-dark": dict(bg="#2e3436", fg="#d3d7cf", red="#ef2929", green="#8ae234", yellow="#fce94f",
                       blue="#729fcf", magenta="#ad7fa8", cyan="#34e2e2", dim="#888a85", bar="#202324", light=False),
    "gruvbox-light": dict(bg="#fbf1c7", fg="#3c3836", red="#9d0006", green="#79740e", yellow="#b57614",
                          blue="#076678", magenta="#8f3f71", cyan="#427b58", dim="#928374", bar="#ebdbb2", light=True),
    "catppuccin": dict(bg="#1e1e2e", fg="#cdd6f4", red="#f38ba8", green="#a6e3a1", yellow="#f9e2af",
                       blue="#89b4fa", magenta="#f5c2e7", cyan="#94e2d5", dim="#6c7086", bar="#181825", light=False),
    "paper": dict(bg="#ffffff", fg="#1f2328", red="#cf222e", green="#116329", yellow="#9a6700",
                  blue="#0550ae", magenta="#8250df", cyan="#1b7c83", dim="#6e7781", bar="#f0f0f0", light=True),
}


def draw_terminal(file, lines, scheme="gruvbox-dark", font="jetbrains", size=16,
                  width=None, title="bash", pad=14, chrome="mac"):
    """lines: list of str or list of (text, colorkey) segments. Returns plain text."""
    sc = SCHEMES[scheme]
    f = ImageFont.truetype(FONTS[font], size)
    cw = f.getlength("M")
    lh = int(size * 1.45)
    segs = [[(l, "fg")] if isinstance(l, str) else l for l in lines]
    maxc = max(sum(len(t) for t, _ in s) for s in segs)
    W = width or int(maxc * cw + 2 * pad + 10)
    W = max(W, int(maxc * cw + 2 * pad))
    bar_h = 30 if chrome else 0
    H = bar_h + 2 * pad + lh * len(segs)
    im = Image.new("RGB", (W, H), sc["bg"])
    d = ImageDraw.Draw(im)
    if chrome:
        d.rectangle([0, 0, W, bar_h], fill=sc["bar"])
        tf = ImageFont.truetype(FONTS["dejavu"], 13)
        if chrome == "mac":
            for i, c in enumerate(["#ff5f57", "#febc2e", "#28c840"]):
                d.ellipse([12 + i * 20, 9, 24 + i * 20, 21], fill=c)
            tw = tf.getlength(title)
            d.text(((W - tw) / 2, 8), title, font=tf, fill=sc["dim"])
        else:
            d.text((12, 8), title, font=tf, fill=sc["dim"])
            for i, ch in enumerate(["—", "□", "✕"]):
                d.text((W - 90 + i * 30, 7), ch, font=tf, fill=sc["dim"])
    y = bar_h + pad
    for s in segs:
        x = pad
        for t, col in s:
            bold = col.endswith("!")
            col = col.rstrip("!")
            fill = sc.get(col, col)
            d.text((x, y), t, font=f, fill=fill)
            if bold:
                d.text((x + 1, y), t, font=f, fill=fill)
            x += f.getlength(t)
        y += lh
    im.save(os.path.join(IMG_DIR, file))
    return "\n".join("".join(t for t, _ in s) for s in segs)
