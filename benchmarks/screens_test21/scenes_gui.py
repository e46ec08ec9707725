"""GUI scenes (real Debian applications, plus two home-made windows)."""
import datetime as dt
import json
import mailbox
import os
import subprocess
import time
import wave
from pathlib import Path

from common import Q

HERE = Path(__file__).parent
PY = "/usr/bin/python3"


def gformat_size(n):
    """GLib g_format_size_full(.., G_FORMAT_SIZE_IEC_UNITS), as Thunar 4.18 shows sizes by default."""
    if n < 1024:
        return f"{n} bytes"
    for unit, div in (("KiB", 1024), ("MiB", 1024 ** 2), ("GiB", 1024 ** 3)):
        if n < div * 1024 or unit == "GiB":
            return f"{n / div:.1f} {unit}"


# --------------------------------------------------------------------------------------------
def thunar_invoices(desk, rng, work, out_png):
    home = work / "home"
    folder = home / "Documents" / "Invoices_2025"
    folder.mkdir(parents=True)
    names = ["INV-2025-014_brightwater.pdf", "INV-2025-015_kestrel.pdf", "INV-2025-016_oakmont.pdf",
             "INV-2025-017_brightwater.pdf", "payment_tracker.xlsx", "remittance_march.odt",
             "receipt_scan_0412.png", "vat_return_q1.pdf", "supplier_list.csv"]
    rng.shuffle(names)
    sizes = rng.sample(range(2_000, 3_400_000, 997), len(names))
    base = dt.datetime(2025, 3, 1, 8, 0)
    offs = rng.sample(range(0, 60 * 24 * 60, 53), len(names))
    files = []
    for n, s, o in zip(names, sizes, offs):
        f = folder / n
        f.write_bytes(b"\0" * s)
        t = base + dt.timedelta(minutes=o)
        os.utime(f, (t.timestamp(), t.timestamp()))
        files.append((n, s, t))
    for d in ("paid", "disputed"):
        (folder / d).mkdir()
        m = dt.datetime(2025, 2, 20, 9, 30).timestamp()
        os.utime(folder / d, (m, m))
    chan = home / ".config" / "xfce4" / "xfconf" / "xfce-perchannel-xml"
    chan.mkdir(parents=True)
    (chan / "thunar.xml").write_text("""<?xml version="1.0" encoding="UTF-8"?>
<channel name="thunar" version="1.0">
  <property name="last-view" type="string" value="ThunarDetailsView"/>
  <property name="misc-date-style" type="string" value="THUNAR_DATE_STYLE_YYYYMMDD"/>
  <property name="last-details-view-visible-columns" type="string" value="THUNAR_COLUMN_NAME,THUNAR_COLUMN_SIZE,THUNAR_COLUMN_TYPE,THUNAR_COLUMN_DATE_MODIFIED"/>
  <property name="last-details-view-column-widths" type="string" value="50,50,121,50,50,50,50,50,317,50,50,80,50,165"/>
  <property name="last-window-width" type="int" value="980"/>
  <property name="last-window-height" type="int" value="560"/>
  <property name="misc-single-click" type="bool" value="false"/>
</channel>
""")
    env = desk.app_env(home, {"GTK_THEME": "Adwaita"})
    xf = desk.launch(["/usr/lib/x86_64-linux-gnu/xfce4/xfconf/xfconfd"], env)
    time.sleep(1.0)
    p = desk.launch(["thunar", str(folder)], env)
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.5)
    desk.place(wid, 60, 40, 1000, 560)
    time.sleep(2.0)
    desk.capture(wid, out_png)
    shown = "\n".join(f"{n} {gformat_size(s)} {t:%Y-%m-%d %H:%M}" for n, s, t in files) + " paid disputed Invoices_2025"
    big = max(files, key=lambda f: f[1])
    newest = max(files, key=lambda f: f[2])
    npdf = sum(1 for f in files if f[0].endswith(".pdf"))
    ask = [f for f in files if f[0] == "payment_tracker.xlsx"][0]
    cat = "file_manager"
    return [
        Q("which file is the largest?", big[0], "text", cat, "argmax", True, shown),
        Q("how many pdf files are in this folder", npdf, "count", cat, "count", False),
        Q("what's the size of payment_tracker.xlsx", gformat_size(ask[1]), "text", cat, "lookup", True, shown),
        Q("newest file by date modified?", newest[0], "text", cat, "latest", True, shown),
        Q("what folder is this", "Invoices_2025", "text", cat, "title", True, shown),
    ]


# --------------------------------------------------------------------------------------------
def gnumeric_sales(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    regions = ["Nordics", "Benelux", "Iberia", "Alpine", "Baltics", "Balkans", "Anglia"]
    qs = ["Q1", "Q2", "Q3", "Q4"]
    data = {r: [rng.randint(1500, 9800) for _ in qs] for r in regions}
    for j in range(4):  # unique max/min per column
        col = [data[r][j] for r in regions]
        while len(set(col)) < len(col):
            for r in regions:
                data[r][j] = rng.randint(1500, 9800)
            col = [data[r][j] for r in regions]
    csv = "Region,Q1,Q2,Q3,Q4\n" + "".join(f"{r},{','.join(map(str, v))}\n" for r, v in data.items())
    f = home / "regional_sales_2025.csv"
    f.write_text(csv)
    env = desk.app_env(home, {"GTK_THEME": "Adwaita"})
    p = desk.launch(["gnumeric", "--no-splash", str(f)], env)
    wid = desk.find_window(pid=p.pid, timeout=40)
    time.sleep(2.0)
    desk.place(wid, 40, 30, 900, 520)
    time.sleep(2.0)
    desk.capture(wid, out_png)
    cat = "spreadsheet"
    q2max = max(regions, key=lambda r: data[r][1])
    q4min = min(regions, key=lambda r: data[r][3])
    thr = 5000
    n_q4 = sum(1 for r in regions if data[r][3] > thr)
    a, b = "Iberia", "Baltics"
    return [
        Q("Q3 figure for Alpine?", data["Alpine"][2], "number", cat, "cell", True, csv),
        Q("which region had the highest Q2", q2max, "text", cat, "argmax", True, csv),
        Q("lowest Q4 region", q4min, "text", cat, "argmin", True, csv),
        Q("what's Nordics Q1 plus Q2", data["Nordics"][0] + data["Nordics"][1], "number", cat, "sum", False),
        Q(f"by how much does {a} Q1 differ from {b} Q1", abs(data[a][0] - data[b][0]), "number", cat,
          "difference", False),
        Q("average Q3 across all the regions?", f"{sum(data[r][2] for r in regions) / len(regions):.2f}".rstrip("0").rstrip("."),
          "number", cat, "mean", False),
        Q("Anglia's Q4 divided by its Q1 (2 decimals)", f"{data['Anglia'][3] / data['Anglia'][0]:.2f}", "number",
          cat, "ratio", False),
    ]


# --------------------------------------------------------------------------------------------
def mousepad_code(desk, rng, work, out_png):
    home = work / "home"
    proj = home / "projects" / "shipcalc"
    proj.mkdir(parents=True)
    tax = rng.choice([0.07, 0.19, 0.21, 0.24])
    max_w = rng.choice([30, 31.5, 40])
    funcs = [
        ("load_rates", ["import json", "with open(path) as fh:", "    return json.load(fh)"], "path"),
        ("volumetric_weight", ["return round(l * w * h / 5000, 2)"], "l, w, h"),
        ("billable_weight", ["vol = volumetric_weight(*dims)", "return max(actual, vol)"], "actual, dims"),
        ("zone_for", ["for zone, prefixes in ZONES.items():", "    if postcode[:2] in prefixes:",
                      "        return zone", "return 'Z9'"], "postcode"),
        ("quote", ["w = billable_weight(actual, dims)", "if w > MAX_WEIGHT:",
                   "    raise ValueError('parcel too heavy')", "price = BASE_FEE + w * PER_KG",
                   "return round(price * (1 + TAX_RATE), 2)"], "actual, dims, postcode"),
        ("format_quote", ["return f'{amount:.2f} EUR'"], "amount"),
    ]
    order = funcs[:1] + rng.sample(funcs[1:], len(funcs) - 1)
    lines = ['"""Parcel shipping quotes."""', "", f"TAX_RATE = {tax}", f"MAX_WEIGHT = {max_w}",
             "BASE_FEE = 4.90", "PER_KG = 0.85", "ZONES = {'Z1': ['10', '12'], 'Z2': ['20', '22']}", ""]
    starts = {}
    for name, body, args in order:
        lines += ["", f"def {name}({args}):"]
        starts[name] = len(lines)
        lines += ["    " + b for b in body]
    lines += ["", "", "if __name__ == '__main__':", "    print(format_quote(quote(2.4, (30, 20, 15), '1010')))"]
    src = "\n".join(lines) + "\n"
    f = proj / "shipping.py"
    f.write_text(src)
    kf = home / ".config" / "glib-2.0" / "settings"
    kf.mkdir(parents=True)
    (kf / "keyfile").write_text(
        "[org/xfce/mousepad/preferences/view]\nshow-line-numbers=true\ncolor-scheme='oblivion'\n"
        "use-default-monospace-font=false\nfont-name='DejaVu Sans Mono 11'\nhighlight-current-line=false\n"
        "[org/xfce/mousepad/preferences/window]\nstatusbar-visible=true\n")
    env = desk.app_env(home, {"GSETTINGS_BACKEND": "keyfile", "GTK_THEME": "Adwaita:dark"})
    p = desk.launch(["mousepad", str(f)], env)
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.5)
    desk.place(wid, 50, 20, 860, 740)
    time.sleep(1.5)
    desk.capture(wid, out_png)
    cat = "code_editor"
    numbered = "\n".join(f"{i} {l}" for i, l in enumerate(lines, 1))
    fline = starts["billable_weight"]
    qname = "zone_for"
    return [
        Q(f"what line does {qname} start on", starts[qname], "number", cat, "lookup", True, numbered),
        Q(f"which function is defined on line {fline}?", "billable_weight", "text", cat, "read", True, numbered),
        Q("how many functions are defined in this file", len(funcs), "count", cat, "count", False),
        Q("TAX_RATE value?", tax, "number", cat, "lookup", True, src),
        Q("name of the file open in the editor", "shipping.py", "text", cat, "title", True, "shipping.py"),
        Q("what's the last function defined in the file", order[-1][0], "text", cat, "nth", True, src),
    ]


# --------------------------------------------------------------------------------------------
def mupdf_invoice(desk, rng, work, out_png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from matplotlib.backends.backend_pdf import PdfPages
    home = work / "home"
    home.mkdir(parents=True)
    inv_no = f"HLS-{rng.randint(2025000, 2025999)}"
    client = rng.choice(["Brightwater Foods Ltd.", "Kestrel Outdoor GmbH", "Oakmont Dental Group"])
    items = [("Brand workshop (half day)", 1), ("Logo redesign", 1), ("Business cards, 500 pcs", 2),
             ("Website banner set", 3), ("Photo retouching (per image)", rng.randint(6, 14))]
    prices = rng.sample(range(45, 1900, 5), len(items))
    lines = [(d, q, float(p), q * float(p)) for (d, q), p in zip(items, prices)]
    sub = sum(l[3] for l in lines)
    vat = round(sub * 0.20, 2)
    total = round(sub + vat, 2)
    issued = dt.date(2025, 4, rng.randint(2, 20))
    due = issued + dt.timedelta(days=30)
    drawn = []

    def T(ax, x, y, s, **kw):
        drawn.append(s)
        ax.text(x, y, s, transform=ax.transAxes, **kw)
    pdf_path = home / f"invoice_{inv_no}.pdf"
    with PdfPages(pdf_path) as pdf:
        fig = plt.figure(figsize=(8, 6.2))
        ax = fig.add_axes([0.06, 0.04, 0.88, 0.92]); ax.axis("off")
        T(ax, 0, 0.97, "Harbor Lane Studio", fontsize=18, weight="bold")
        T(ax, 0, 0.92, "14 Quay Street, Bristol BS1 4DJ", fontsize=9)
        T(ax, 1, 0.97, "INVOICE", fontsize=18, weight="bold", ha="right")
        T(ax, 1, 0.92, f"No. {inv_no}", fontsize=10, ha="right")
        T(ax, 0, 0.82, "Bill to:", fontsize=10, weight="bold")
        T(ax, 0, 0.78, client, fontsize=10)
        T(ax, 1, 0.82, f"Issued: {issued:%d %b %Y}", fontsize=10, ha="right")
        T(ax, 1, 0.78, f"Due: {due:%d %b %Y}", fontsize=10, ha="right")
        y = 0.68
        for x, h, ha in ((0, "Description", "left"), (0.62, "Qty", "right"), (0.80, "Unit", "right"),
                         (1, "Amount", "right")):
            T(ax, x, y, h, fontsize=10, weight="bold", ha=ha)
        ax.plot([0, 1], [y - 0.015, y - 0.015], color="black", lw=0.8, transform=ax.transAxes)
        for d, q, up, am in lines:
            y -= 0.06
            T(ax, 0, y, d, fontsize=10)
            T(ax, 0.62, y, str(q), fontsize=10, ha="right")
            T(ax, 0.80, y, f"£{up:,.2f}", fontsize=10, ha="right")
            T(ax, 1, y, f"£{am:,.2f}", fontsize=10, ha="right")
        y -= 0.04
        ax.plot([0.5, 1], [y, y], color="black", lw=0.8, transform=ax.transAxes)
        for lab, val in (("Subtotal", sub), ("VAT 20%", vat), ("Total due", total)):
            y -= 0.06
            T(ax, 0.80, y, lab, fontsize=10, ha="right", weight="bold" if lab == "Total due" else None)
            T(ax, 1, y, f"£{val:,.2f}", fontsize=10, ha="right", weight="bold" if lab == "Total due" else None)
        T(ax, 0, 0.02, "Page 1 of 2", fontsize=8)
        pdf.savefig(fig); plt.close(fig)
        fig = plt.figure(figsize=(8, 6.2))
        ax = fig.add_axes([0.06, 0.04, 0.88, 0.92]); ax.axis("off")
        T(ax, 0, 0.95, "Payment terms", fontsize=14, weight="bold")
        T(ax, 0, 0.88, "Payment within 30 days by bank transfer.", fontsize=10)
        T(ax, 0, 0.83, "Sort code 40-12-76   Account 31926819", fontsize=10)
        T(ax, 0, 0.02, "Page 2 of 2", fontsize=8)
        pdf.savefig(fig); plt.close(fig)
    text = "\n".join(drawn) + f"\ninvoice_{inv_no}.pdf - 1/2"
    env = desk.app_env(home)
    p = desk.launch(["mupdf", "-r", "96", str(pdf_path)], env)
    wid = desk.find_window(name="invoice_HLS")
    time.sleep(2.0)
    desk.capture(wid, out_png)
    top = max(lines, key=lambda l: l[3])
    cat = "document_viewer"
    return [
        Q("how many pages does this pdf have", 2, "count", cat, "count", True, text),
        Q("invoice number?", inv_no, "code", cat, "lookup", True, text),
        Q("who is the invoice addressed to", client, "person", cat, "party", True, text),
        Q("what's the total due", f"£{total:,.2f}", "money", cat, "lookup", True, text),
        Q("which line item costs the most in total", top[0], "text", cat, "argmax", True, text),
        Q("when is payment due", f"{due:%d %b %Y}", "date", cat, "lookup", True, text),
    ]


# --------------------------------------------------------------------------------------------
def xwud_chart(desk, rng, work, out_png):
    import matplotlib
    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    home = work / "home"
    home.mkdir(parents=True)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    cross = rng.randint(5, 8)  # index where online first exceeds store
    s0 = rng.randint(560, 610)
    store = [s0 - 11 * i + rng.randint(-15, 15) for i in range(12)]
    online = []
    for i in range(12):
        if i < cross:
            online.append(store[i] - 170 + 22 * i + rng.randint(-20, 20))
        else:
            online.append(store[i] + 15 * (i - cross + 1) + rng.randint(10, 60))
    for i in range(12):
        if i < cross:
            online[i] = min(online[i], store[i] - 25)
    title = "Orders by channel, 2025"
    fig, ax = plt.subplots(figsize=(8, 4.6), dpi=100)
    ax.plot(months, online, marker="o", color="tab:orange", label="Online")
    ax.plot(months, store, marker="s", color="tab:blue", label="In-store")
    ax.set_title(title)
    ax.set_ylabel("orders")
    ax.grid(alpha=0.3)
    ax.legend(loc="upper left")
    fig.tight_layout()
    png = home / "orders_by_channel.png"
    fig.savefig(png)
    plt.close(fig)
    xwd = home / "orders_by_channel.xwd"
    subprocess.run(["convert", str(png), str(xwd)], check=True)
    p = desk.launch(["xwud", "-in", str(xwd)], desk.app_env(home))
    wid = desk.find_window(pid=None, name="orders_by_channel|xwud")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = title + " Online In-store " + " ".join(months)
    argmax_m = months[max(range(12), key=lambda i: online[i])]
    first_over = months[next(i for i in range(12) if online[i] > store[i])]
    ask_m = rng.choice([2, 3, 9])
    cat = "image_viewer_chart"
    return [
        Q("what's the chart title", title, "text", cat, "title", True, text),
        Q("in which month did online orders peak", argmax_m, "text", cat, "argmax", False),
        Q(f"roughly how many in-store orders in {months[ask_m]}?", store[ask_m], "approx", cat, "chart_value", False),
        Q("when does online overtake in-store", first_over, "text", cat, "overtakes", False),
        Q("what colour is the Online line", "orange", "text", cat, "colour", False),
        Q("is this a bar chart or a line chart", "line chart", "text", cat, "choice", False),
    ]


# --------------------------------------------------------------------------------------------
def mhonarc_archive(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    people = [("Marta Kowalczyk", "marta@allotment.example.org"), ("Dev Patel", "dev.patel@example.net"),
              ("Grace O'Neill", "grace.oneill@example.com"), ("Samuel Adeyemi", "sam.adeyemi@example.org")]
    subjects = ["Plot 14 water tap leaking", "Seed swap on Saturday", "Compost delivery date",
                "Minutes of the March meeting", "Shed key rota", "Tomato blight warning",
                "Membership fees for 2025", "Open day volunteers needed"]
    t = dt.datetime(2025, 3, 2, 8, 0)
    msgs = []
    mb = mailbox.mbox(str(home / "allotment.mbox"))
    for i, s in enumerate(subjects):
        t += dt.timedelta(hours=rng.randint(5, 60), minutes=rng.randint(0, 59))
        who = people[rng.randrange(len(people))]
        m = mailbox.mboxMessage()
        m["From"] = f"{who[0]} <{who[1]}>"
        m["To"] = "allotment-list@example.org"
        m["Subject"] = s
        m["Date"] = t.strftime("%a, %d %b %Y %H:%M:%S +0000")
        m["Message-ID"] = f"<{i}.{rng.randint(10000, 99999)}@allotment.example.org>"
        m.set_payload(f"Hello all,\n\n{s}.\n\nBest,\n{who[0].split()[0]}\n")
        m.set_unixfrom(f"From {who[1]} {t:%a %b %d %H:%M:%S %Y}")
        mb.add(m)
        msgs.append((s, who[0], t))
    mb.flush()
    mb.close()
    site = home / "archive"
    site.mkdir()
    rc = home / "archive.mrc"
    rc.write_text("<LiTemplate>\n<li>$MSGGMTDATE(CUR;%Y-%m-%d %H:%M)$ &nbsp; <strong>$SUBJECT$</strong>"
                  " &nbsp; <em>$FROMNAME$</em></li>\n</LiTemplate>\n")
    subprocess.run(["mhonarc", "-quiet", "-rcfile", str(rc), "-outdir", str(site), "-title",
                    "Allotment list archive", str(home / "allotment.mbox")], check=True, capture_output=True)
    html = (site / "maillist.html").read_text(errors="replace")
    import html as htmlmod
    text = htmlmod.unescape(html)
    prof = work / "chromium"
    env = desk.app_env(home)
    p = desk.launch(["chromium", "--no-sandbox", "--test-type", "--no-first-run", "--disable-gpu", "--password-store=basic",
                     f"--user-data-dir={prof}", "--window-size=880,560", "--window-position=60,40",
                     "--disable-features=Translate", "--force-device-scale-factor=1",
                     f"--app=file://{site}/maillist.html"], env)
    wid = desk.find_window(pid=None, cls="chromium", timeout=40)
    time.sleep(3.0)
    desk.capture(wid, out_png)
    cnt = {}
    for s, w, _ in msgs:
        cnt[w] = cnt.get(w, 0) + 1
    ask = max(cnt, key=lambda k: (cnt[k], k))
    newest = max(msgs, key=lambda m: m[2])
    oldest = min(msgs, key=lambda m: m[2])
    qmsg = msgs[4]
    cat = "mail_archive"
    return [
        Q(f"who posted '{qmsg[0]}'?", qmsg[1], "person", cat, "party", True, text),
        Q(f"how many messages are from {ask}", cnt[ask], "count", cat, "count", False),
        Q("subject of the newest message", newest[0], "text", cat, "latest", True, text),
        Q("which message is the oldest one in the archive", oldest[0], "text", cat, "earliest", True, text),
        Q("page title?", "Allotment list archive", "text", cat, "title", True, text),
        Q(f"when was '{msgs[1][0]}' sent", f"{msgs[1][2]:%Y-%m-%d %H:%M}", "date", cat, "lookup", True, text),
    ]


# --------------------------------------------------------------------------------------------
def strawberry_playlist(desk, rng, work, out_png):
    home = work / "home"
    music = home / "Music" / "Harbour Lights"
    music.mkdir(parents=True)
    artists = ["The Low Tides", "Mara Quinn", "Northbound Six"]
    titles = ["Salt on the Window", "Lanterns", "Harbour Lights", "Undertow", "Paper Boats",
              "Night Ferry", "Grey Gulls", "Last Call at Pier 9"]
    durs = rng.sample(range(128, 341), len(titles))
    tracks = []
    for i, (ti, d) in enumerate(zip(titles, durs), 1):
        ar = artists[rng.randrange(3)] if i > 1 else artists[0]
        wavp = work / f"t{i}.wav"
        with wave.open(str(wavp), "wb") as w:
            w.setnchannels(1); w.setsampwidth(2); w.setframerate(8000)
            w.writeframes(b"\0\0" * (8000 * d))
        fl = music / f"{i:02d} - {ti}.flac"
        subprocess.run(["flac", "-s", "-f", "-o", str(fl), f"--tag=TITLE={ti}", f"--tag=ARTIST={ar}",
                        "--tag=ALBUM=Harbour Lights", f"--tag=TRACKNUMBER={i}", "--tag=DATE=2024",
                        str(wavp)], check=True)
        wavp.unlink()
        tracks.append((i, ti, ar, d, fl))
    env = desk.app_env(home, {"QT_QPA_PLATFORMTHEME": ""})
    p = desk.launch(["strawberry", *[str(t[4]) for t in tracks]], env)
    wid = desk.find_window(pid=p.pid, timeout=40)
    time.sleep(3.0)
    desk.place(wid, 30, 20, 1180, 680)
    time.sleep(3.0)
    # widen the Length column: drag the right edge of its header (the header layout is fixed)
    x, y, w, h = desk.geometry(wid)
    hx, hy = x + 939 - 1, y + 82 - 20
    for cmd in (["mousemove", str(hx), str(hy)], ["mousedown", "1"], ["mousemove", str(hx + 20), str(hy)],
                ["mousemove", str(hx + 45), str(hy)], ["mouseup", "1"], ["mousemove", "700", "600"]):
        desk.x("xdotool", *cmd)
        time.sleep(0.3)
    time.sleep(1.0)
    desk.capture(wid, out_png)

    def mmss(s):
        return f"{s // 60}:{s % 60:02d}"
    text = "\n".join(f"{i} {ti} {ar} {mmss(d)}" for i, ti, ar, d, _ in tracks)
    cnt = {}
    for t in tracks:
        cnt[t[2]] = cnt.get(t[2], 0) + 1
    ask = max(cnt, key=lambda k: (cnt[k], k))
    longest = max(tracks, key=lambda t: t[3])
    shortest = min(tracks, key=lambda t: t[3])
    cat = "music_library"
    return [
        Q("how long is Undertow", mmss(tracks[3][3]), "time", cat, "lookup", True, text),
        Q("longest track in the playlist?", longest[1], "text", cat, "argmax", True, text),
        Q("and the shortest one", shortest[1], "text", cat, "argmin", True, text),
        Q("who's the artist on Night Ferry", tracks[5][2], "person", cat, "party", True, text),
        Q(f"how many songs by {ask} are in the list", cnt[ask], "count", cat, "count", False),
        Q("total running time of the playlist?", mmss(sum(t[3] for t in tracks)), "time", cat, "sum", True,
          mmss(sum(t[3] for t in tracks))),
    ]


# --------------------------------------------------------------------------------------------
def yad_sync_form(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    checks = ["Start sync at login", "Sync hidden files", "Pause on metered connections",
              "Show desktop notifications", "Keep deleted files in trash"]
    states = [rng.random() < 0.5 for _ in checks]
    if all(states) or not any(states):
        states[1] = not states[1]
    modes = ["Keep both copies", "Newest wins", "Ask every time"]
    mode = rng.choice(modes)
    limit = rng.choice([250, 500, 750, 1200])
    folder = "/home/lena/Sync"
    cb = "!".join(("^" + m) if m == mode else m for m in modes)
    args = ["yad", "--form", "--title=Sync preferences", "--text=Settings for the NAS sync client",
            "--width=460", "--fixed"]
    vals = []
    for c, s in zip(checks, states):
        args.append(f"--field={c}:CHK")
        vals.append("TRUE" if s else "FALSE")
    args += ["--field=When both sides changed:CB", "--field=Upload limit (KB/s):NUM", "--field=Local folder"]
    vals += [cb, f"{limit}!0..10000!50", folder]
    args += ["--button=Reset:2", "--button=Cancel:1", "--button=Apply:0"]
    os.makedirs(folder, exist_ok=True) if False else None
    p = desk.launch(args + vals, desk.app_env(home, {"GTK_THEME": "Adwaita"}))
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.5)
    desk.x("xdotool", "windowmove", str(wid), "100", "60")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = " ".join(checks + modes + [str(limit), "Reset", "Cancel", "Apply", "Sync preferences", folder])
    ask = checks[1]
    cat = "settings_dialog"
    return [
        Q(f"is '{ask}' ticked?", "yes" if states[1] else "no", "yesno", cat, "state_yesno", False),
        Q("how many of the checkboxes are checked", sum(states), "count", cat, "count", False),
        Q("what's picked for when both sides changed", mode, "text", cat, "selected", True, text),
        Q("upload limit value?", limit, "number", cat, "lookup", True, text),
        Q("which buttons does this dialog have", "Reset; Cancel; Apply", "text", cat, "read", True, text),
        Q("where do I click to save these settings", "Apply", "text", cat, "locate", True, text),
    ]


# --------------------------------------------------------------------------------------------
def zenity_progress(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    total = rng.choice([120, 148, 212, 260])
    done = rng.randint(int(total * 0.2), int(total * 0.8))
    pct = done * 100 // total
    fname = f"IMG_{rng.randint(1000, 9999)}.JPG"
    dest = "/media/lena/BACKUP/Photos"
    msg = f"Copying {fname} to {dest}\nFile {done} of {total}"
    p = desk.launch(["zenity", "--progress", "--title=Photo backup", f"--text={msg}", f"--percentage={pct}",
                     "--width=440"], desk.app_env(home, {"GTK_THEME": "Adwaita:dark"}), stdin=subprocess.PIPE)
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.0)
    desk.x("xdotool", "windowmove", str(wid), "200", "120")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = msg + f" {pct}% Photo backup Cancel OK"
    cat = "progress_dialog"
    return [
        Q("which file is being copied right now", fname, "text", cat, "read", True, text),
        Q("how many files are left after this one", total - done, "count", cat, "subtract", False),
        Q("total number of files in the backup?", total, "count", cat, "lookup", True, text),
        Q("where are the photos being copied to", dest, "text", cat, "lookup", True, text),
        Q("what's the window title", "Photo backup", "text", cat, "title", True, text),
        Q("roughly what percentage does the progress bar show?", pct, "approx", cat, "share", False),
        Q("what buttons can I press", "Cancel; OK", "text", cat, "read", True, text),
    ]


# --------------------------------------------------------------------------------------------
def galculator(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    a, b, c = rng.randint(120, 980), rng.randint(12, 95), rng.randint(100, 999)
    expr = f"{a}*{b}-{c}"
    res = a * b - c
    p = desk.launch(["galculator"], desk.app_env(home, {"GTK_THEME": "Adwaita"}))
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.5)
    desk.x("xdotool", "windowmove", str(wid), "300", "100")
    time.sleep(0.5)
    desk.x("xdotool", "windowactivate", "--sync", str(wid))
    time.sleep(0.5)
    desk.x("xdotool", "type", "--delay", "120", expr)
    time.sleep(0.3)
    desk.x("xdotool", "key", "Return")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = f"{res}"
    thr = (res // 1000 + 1) * 1000 if rng.random() < 0.5 else (res // 1000) * 1000
    thr2 = res + rng.choice([-1, 1]) * rng.randint(50, 900)
    sub = 1000 * rng.randint(60, 90)
    cat = "calculator"
    return [
        Q("what number is on the calculator display", res, "number", cat, "read", True, text),
        Q(f"is the result bigger than {thr}?", "yes" if res > thr else "no", "yesno", cat, "compare_more", False),
        Q(f"what's the displayed number minus {sub}?", res - sub, "number", cat, "subtract", False),
        Q(f"is that below {thr2}", "yes" if res < thr2 else "no", "yesno", cat, "compare_less", False),
    ]


# --------------------------------------------------------------------------------------------
def gtk_privacy_settings(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    switches = ["Firewall", "Location services", "Send usage statistics", "Automatic security updates"]
    sw = [rng.random() < 0.5 for _ in switches]
    sw[0] = True
    checks = ["Clear browsing history on exit", "Block third-party cookies", "Remember passwords",
              "Lock screen when lid closes", "Show notifications on lock screen"]
    ck = [rng.random() < 0.5 for _ in checks]
    if sum(ck) in (0, len(ck)):
        ck[2] = not ck[2]
    radios = ["1 minute", "5 minutes", "15 minutes", "Never"]
    radio = rng.choice(radios)
    status = f"{sum(ck) + sum(sw)} options enabled · last saved 09:42"
    spec = {"title": "Privacy & Security", "switches": list(zip(switches, sw)), "checks": list(zip(checks, ck)),
            "radios": radios, "radio": radio, "status": status,
            "buttons": ["Restore defaults", "Cancel", "Apply"]}
    (work / "spec.json").write_text(json.dumps(spec))
    p = desk.launch([PY, str(HERE / "apps" / "gtk_settings.py"), str(work / "spec.json")],
                    desk.app_env(home, {"GTK_THEME": "Adwaita:dark"}))
    wid = desk.find_window(pid=p.pid)
    time.sleep(1.5)
    desk.x("xdotool", "windowmove", str(wid), "150", "30")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = json.dumps(spec)
    cat = "settings_dialog"
    on_sw = [s for s, v in zip(switches, sw) if v]
    return [
        Q("is location services turned on", "yes" if sw[1] else "no", "yesno", cat, "state_yesno", False),
        Q("is sending usage statistics enabled?", "yes" if sw[2] else "no", "yesno", cat, "state_yesno", False),
        Q("which screen lock delay is selected", radio, "text", cat, "selected", True, text),
        Q("how many checkboxes are ticked", sum(ck), "count", cat, "count", False),
        Q(f"is '{checks[1]}' checked?", "yes" if ck[1] else "no", "yesno", cat, "state_yesno", False),
        Q("which button resets everything to defaults", "Restore defaults", "text", cat, "locate", True, text),
        Q("how many switches are on", len(on_sw), "count", cat, "count", False),
    ]


# --------------------------------------------------------------------------------------------
def tk_orders_list(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    customers = ["Alder & Finch", "Bluebell Bakery", "Copperline Ltd", "Dunmore Farm", "Eastgate Cafe",
                 "Fernhill School", "Glenview Hotel", "Hartley Motors", "Ivybridge Florist", "Juniper Spa"]
    rng.shuffle(customers)
    statuses = ["Shipped", "Pending", "Delivered", "Cancelled"]
    rows = []
    d0 = dt.date(2025, 5, 1)
    amounts = rng.sample(range(3000, 98000), len(customers))
    dates = sorted(rng.sample(range(0, 40), len(customers)))
    for i, (c, a, dd) in enumerate(zip(customers, amounts, dates)):
        rows.append({"order": f"SO-{4410 + i}", "customer": c, "date": str(d0 + dt.timedelta(days=dd)),
                     "items": rng.randint(1, 24), "amount": f"{a / 100:.2f}",
                     "status": rng.choice(statuses)})
    sel = rng.randrange(2, 8)
    npend = sum(1 for r in rows if r["status"] == "Pending")
    spec = {"title": "Orders — Wholesale", "rows": rows, "selected": sel,
            "status": f"{len(rows)} orders · {npend} pending"}
    (work / "spec.json").write_text(json.dumps(spec))
    p = desk.launch([PY, str(HERE / "apps" / "tk_orders.py"), str(work / "spec.json")], desk.app_env(home))
    wid = desk.find_window(name="^Orders")
    time.sleep(1.5)
    desk.x("xdotool", "windowmove", str(wid), "80", "60")
    time.sleep(1.0)
    desk.capture(wid, out_png)
    text = json.dumps(spec, ensure_ascii=False)
    big = max(rows, key=lambda r: float(r["amount"]))
    last = rows[-1]
    r3 = rows[3]
    cat = "table_app"
    a, b = rows[1], rows[6]
    return [
        Q("which customer's order is selected", rows[sel]["customer"], "text", cat, "selected", True, text),
        Q(f"amount for {r3['order']}?", r3["amount"], "money", cat, "cell", True, text),
        Q("who placed the largest order by amount", big["customer"], "text", cat, "argmax", True, text),
        Q("how many orders are still pending", npend, "count", cat, "count", True, text),
        Q("most recent order number", last["order"], "code", cat, "latest", True, text),
        Q(f"{a['order']} and {b['order']} together come to how much",
          f"{float(a['amount']) + float(b['amount']):.2f}", "money", cat, "sum", False),
        Q(f"for {rows[5]['order']}, what's the amount per item", f"{float(rows[5]['amount']) / rows[5]['items']:.2f}",
          "money", cat, "rate", False),
    ]


# --------------------------------------------------------------------------------------------
def xmore_release_notes(desk, rng, work, out_png):
    home = work / "home"
    home.mkdir(parents=True)
    vers = ["2.4.0", "2.3.2", "2.3.1", "2.3.0", "2.2.0"]
    d = dt.date(2025, 5, 28)
    notes = []
    pool_fix = ["Fixed crash when a station reports no data", "Fixed wrong DST offset for Azores stations",
                "Fixed CSV export dropping the last row", "Fixed memory leak in the cache janitor",
                "Fixed tooltip clipping on narrow screens", "Fixed retry loop on HTTP 429",
                "Fixed locale-dependent decimal parsing", "Fixed empty chart on first launch",
                "Fixed duplicated alerts after resume", "Fixed startup on read-only home",
                "Fixed off-by-one in weekly summary", "Fixed high CPU use while idle",
                "Fixed sort order of station names", "Fixed broken link in About dialog",
                "Fixed proxy settings being ignored"]
    pool_new = ["Added moon phase column", "Added Icelandic translation", "Added JSON export",
                "Added offline mode", "Added per-station colour themes", "Added --since option to the CLI"]
    rng.shuffle(pool_fix); rng.shuffle(pool_new)
    lines = ["TIDEPOOL RELEASE NOTES", "======================", "",
             "Maintainer: Ines Carvalho <ines@tidepool.dev>", ""]
    fix_count = {}
    dates = {}
    for v in vers:
        nf = rng.randint(1, 3)
        nn = rng.randint(0, 2) if v.endswith(".0") else 0
        lines += [f"Version {v} ({d.isoformat()})", "-" * 26]
        dates[v] = d.isoformat()
        for _ in range(nn):
            lines.append("  * " + pool_new.pop())
        for _ in range(nf):
            lines.append("  * " + pool_fix.pop())
        lines.append("")
        fix_count[v] = nf
        d -= dt.timedelta(days=rng.randint(12, 50))
    txt = "\n".join(lines) + "\n"
    f = home / "RELEASE_NOTES.txt"
    f.write_text(txt)
    p = desk.launch(["xmore", "-geometry", "620x640+120+40", str(f)], desk.app_env(home))
    wid = desk.find_window(cls="[Xx]more")
    time.sleep(1.5)
    desk.capture(wid, out_png)
    cat = "document_viewer"
    return [
        Q("latest version in the notes?", vers[0], "version", cat, "version", True, txt),
        Q("when was 2.3.0 released", dates["2.3.0"], "date", cat, "lookup", True, txt),
        Q("how many fixes went into 2.4.0", fix_count["2.4.0"], "count", cat, "count", False),
        Q("what version was released next after 2.3.0?", "2.3.1", "version", cat, "next", True, txt),
        Q("who maintains this", "Ines Carvalho", "person", cat, "party", True, txt),
    ]
