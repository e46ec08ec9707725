"""Terminal scenes: real bash sessions in a pty, shown in an xterm.js terminal (npm @xterm/xterm)
inside `chromium --app`."""
import base64, json, os, time
import xhelp

XTERM_DIR = os.path.join(xhelp.SCRATCH, "npm", "node_modules", "@xterm", "xterm")

THEMES = {
    "dark": {"background": "#1e1f29", "foreground": "#e6e6e6", "cursor": "#e6e6e6"},
    "light": {"background": "#fbf8ef", "foreground": "#2b2b2b", "cursor": "#2b2b2b",
              "black": "#2b2b2b", "brightBlack": "#666666", "yellow": "#9a6a00",
              "brightYellow": "#8a5a00", "white": "#8a8a8a", "brightWhite": "#444444",
              "green": "#2a7a2a", "brightGreen": "#1f6f1f", "cyan": "#13708a",
              "blue": "#1f4fbf", "brightBlue": "#1f4fbf"},
    "slate": {"background": "#263238", "foreground": "#eceff1", "cursor": "#ffcc00"},
}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>{title}</title>
<link rel="stylesheet" href="file://{xd}/css/xterm.css">
<style>html,body{{margin:0;padding:0;background:{bg};overflow:hidden}} #t{{padding:6px 8px}}</style>
<script src="file://{xd}/lib/xterm.js"></script></head><body><div id="t"></div>
<script>
const term = new Terminal({{cols:{cols}, rows:{rows}, fontFamily:'DejaVu Sans Mono', fontSize:{fs},
  lineHeight:1.15, cursorBlink:false, theme:{theme}, scrollback:0, allowProposedApi:true}});
term.open(document.getElementById('t'));
const b = atob("{data}"); const u = new Uint8Array(b.length);
for (let i=0;i<b.length;i++) u[i]=b.charCodeAt(i);
term.write(u, () => {{ document.title = {title_js}; }});
</script></body></html>"""


def show(raw, title, theme, out_png, cols=100, rows=30, fs=15, width=None, height=None):
    th = THEMES[theme]
    html = PAGE.format(title=title, xd=XTERM_DIR, bg=th["background"], cols=cols, rows=rows, fs=fs,
                       theme=json.dumps(th), data=base64.b64encode(raw).decode(),
                       title_js=json.dumps(title))
    page = os.path.join(xhelp.SCRATCH, "term_%s.html" % os.path.basename(out_png)[:-4])
    open(page, "w").write(html)
    cw = round(fs * 0.602, 3)
    width = width or int(cols * cw + 16 + 4)
    height = height or int(rows * round(fs * 1.17 * 1.15) + 16)
    prof = os.path.join(xhelp.SCRATCH, "chromium-prof")
    p = xhelp.start(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu",
                     "--user-data-dir=" + prof, "--allow-file-access-from-files",
                     "--window-position=40,30", "--window-size=%d,%d" % (width, height + 40),
                     "--disable-features=Translate", "--hide-scrollbars",
                     "--app=file://" + page])
    try:
        w = xhelp.find_window(name=title)
        time.sleep(2.5)
        xhelp.place(w, 40, 30)
        time.sleep(0.5)
        xhelp.capture(w, out_png)
    finally:
        xhelp.stop(p)
        time.sleep(0.5)
