"""App / web UI screenshots drawn with PIL."""
import calendar
import datetime as dt
from gen_common import Cv, Q, money, num, rng_for, WEEKDAYS_EN
from gen_docs import table

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


def browser(w, h, url, bg=(255, 255, 255), dark=False):
    cv = Cv(w, h, bg)
    cv.rect((0, 0, w, 74), fill=(222, 225, 230) if not dark else (50, 52, 58))
    cv.rect((10, 8, 260, 36), fill=bg, r=8)
    cv.t(24, 14, url.split("/")[0][:28], 13, "sans", (60, 60, 60) if not dark else (200, 200, 200))
    cv.rect((80, 42, w - 80, 68), fill=(255, 255, 255) if not dark else (30, 31, 36), r=13)
    cv.t(100, 47, "https://" + url, 14, "sans", (70, 70, 70) if not dark else (190, 190, 190))
    return cv


@scene
def api_docs():
    cv = browser(1280, 900, "docs.pelican-pay.io/api/v3/refunds")
    cv.rect((0, 74, 260, 900), fill=(246, 247, 249))
    cv.t(24, 96, "Pelican Pay API", 18, "sansb", (60, 40, 140))
    cv.t(24, 124, "v3.8 · stable", 12, "sans", (120, 120, 120))
    nav = ["Getting started", "Authentication", "Errors", "Pagination", "Payments", "Refunds", "Payouts", "Webhooks", "Rate limits", "Changelog"]
    for i, n in enumerate(nav):
        y = 165 + i * 34
        if n == "Refunds":
            cv.rect((12, y - 6, 248, y + 22), fill=(230, 225, 250), r=6)
        cv.t(28, y, n, 15, "sansb" if n == "Refunds" else "sans", (60, 40, 140) if n == "Refunds" else (50, 50, 50))
    cv.t(300, 100, "Create a refund", 30, "sansb")
    cv.rect((300, 150, 360, 176), fill=(220, 245, 228), r=4)
    cv.t(310, 154, "POST", 14, "monob", (20, 120, 50))
    cv.t(372, 154, "/v3/refunds", 15, "mono")
    cv.t(300, 195, "Refunds a captured payment fully or partially. A payment can be refunded up to 5 times.", 15, "sans", (60, 60, 60))
    params = [("payment_id", "string", "yes", "—", "ID of the captured payment"), ("amount", "integer", "no", "full amount", "Amount in minor units"),
              ("reason", "enum", "no", "requested_by_customer", "duplicate | fraudulent | requested_by_customer"),
              ("metadata", "object", "no", "{}", "Up to 20 key/value pairs"), ("notify_customer", "boolean", "no", "true", "Send refund e-mail")]
    cv.t(300, 240, "Body parameters", 19, "sansb")
    table(cv, 300, 275, ["Name", "Type", "Required", "Default", "Description"], params, [150, 90, 90, 190, 360], size=14, f="sans", head_f="sansb", head_bg=(242, 240, 250))
    cv.t(300, 470, "Response codes", 19, "sansb")
    codes = [("201", "Refund created"), ("402", "Payment not refundable"), ("409", "Refund limit reached"), ("422", "Amount exceeds remaining balance")]
    table(cv, 300, 505, ["Code", "Meaning"], codes, [100, 400], size=14, f="sans", head_f="sansb", head_bg=(242, 240, 250))
    cv.rect((1000, 470, 1250, 700), fill=(250, 250, 252), outline=(230, 230, 235))
    cv.t(1015, 480, "ON THIS PAGE", 12, "sansb", (120, 120, 120))
    for i, s in enumerate(["Body parameters", "Response codes", "Idempotency", "Example request"]):
        cv.t(1015, 508 + i * 26, s, 14, "sans", (60, 40, 140))
    cv.rect((300, 680, 960, 860), fill=(30, 30, 40), r=8)
    for i, s in enumerate(["curl https://api.pelican-pay.io/v3/refunds \\", "  -H \"Authorization: Bearer $PP_KEY\" \\",
                           "  -H \"Idempotency-Key: 7f1e...\" \\", "  -d payment_id=pay_8Hq2Lx \\", "  -d amount=1500"]):
        cv.t(318, 695 + i * 30, s, 15, "mono", (220, 220, 230))
    return "api_docs_refunds", cv, [
        Q("what's the default reason if I don't pass one", "requested_by_customer", "code", "docs", "table_cell", True),
        Q("is amount required?", [p for p in params if p[0] == "amount"][0][2], "yesno", "docs", "yesno", False),
        Q("which status code means the refund limit was hit", "409", "error", "docs", "table_cell", True),
    ]


@scene
def changelog():
    cv = browser(1160, 980, "github.com/kittiwake/tidepool/blob/main/CHANGELOG.md")
    cv.t(60, 100, "Changelog", 30, "sansb")
    rel = [("2.4.0", "2025-05-19", ["Added `--dry-run` flag to `tidepool sync`", "Added support for Parquet export", "Fixed crash when config file is empty"]),
           ("2.3.2", "2025-04-02", ["Fixed timezone drift in scheduled jobs", "Security: bumped urllib3 to 2.2.1"]),
           ("2.3.1", "2025-03-11", ["Fixed wrong exit code on partial failures"]),
           ("2.3.0", "2025-02-20", ["Added S3 backend (experimental)", "Changed default retry count from 3 to 5", "Deprecated `--legacy-auth`"]),
           ("2.2.0", "2024-12-05", ["Added Windows support", "Removed Python 3.8 support"])]
    y = 160
    for v, d, items in rel:
        cv.t(60, y, f"[{v}] - {d}", 22, "sansb", (30, 30, 30))
        cv.line([(60, y + 34), (1100, y + 34)], c=(225, 225, 225))
        y += 48
        for it in items:
            cv.ellipse((72, y + 7, 78, y + 13), fill=(60, 60, 60))
            cv.t(90, y, it, 16, "sans")
            y += 28
        y += 18
    return "changelog_tidepool", cv, [
        Q("when did windows support land? which version", "2.2.0", "version", "changelog", "field_value", True),
        Q("whats the latest version", "2.4.0", "version", "changelog", "first_last", True),
        Q("how many bullet points under 2.3.0", "3", "count", "changelog", "count", False),
    ]


@scene
def spreadsheet():
    cv = Cv(1200, 640, (255, 255, 255))
    cv.rect((0, 0, 1200, 40), fill=(16, 124, 65))
    cv.t(16, 10, "Budget_Q2.xlsx — Excel", 15, "sans", (255, 255, 255))
    cv.rect((0, 40, 1200, 76), fill=(243, 243, 243))
    cv.t(12, 48, "D5", 14, "sans")
    cv.t(90, 48, "fx", 14, "sansb", (120, 120, 120))
    cols = ["Category", "April", "May", "June", "Total"]
    data = [("Rent", 142000, 142000, 142000), ("Groceries", 51230, 48875, 55410), ("Utilities", 18740, 16320, 14905),
            ("Transport", 9800, 13250, 11600), ("Dining out", 21460, 17890, 26720), ("Insurance", 23100, 23100, 23100),
            ("Subscriptions", 4797, 4797, 6296)]
    cv.t(120, 48, str(data[3][3] / 100).replace(".", ",") if False else f"{data[3][3]/100:.2f}", 14, "sans")
    letters = "ABCDEFGH"
    colw = [50, 200, 130, 130, 130, 140, 130, 130]
    x0, y0, rh = 0, 80, 30
    cv.rect((0, y0, 1200, y0 + rh), fill=(235, 235, 235))
    x = colw[0]
    for i, L in enumerate(letters[:7]):
        cv.line([(x, y0), (x, y0 + rh * 12)], c=(210, 210, 210))
        cv.t(x + colw[i + 1] // 2, y0 + 7, L, 13, "sans", (90, 90, 90), anchor="ma")
        x += colw[i + 1]
    rows = [cols] + [[n, num(a, ".", ","), num(b, ".", ","), num(c, ".", ","), num(a + b + c, ".", ",")] for n, a, b, c in data]
    for r in range(1, 12):
        y = y0 + r * rh
        cv.rect((0, y, colw[0], y + rh), fill=(235, 235, 235))
        cv.t(colw[0] // 2, y + 7, str(r), 13, "sans", (90, 90, 90), anchor="ma")
        cv.line([(0, y), (1200, y)], c=(215, 215, 215))
        if r - 1 < len(rows):
            x = colw[0]
            for j, v in enumerate(rows[r - 1]):
                bold = r == 1
                if j == 0 or bold:
                    cv.t(x + 6, y + 7, v, 14, "libb" if bold else "lib")
                else:
                    cv.t(x + colw[j + 1] - 6, y + 7, v, 14, "lib", anchor="ra")
                x += colw[j + 1]
    # selection box on D5
    sx = colw[0] + colw[1] + colw[2] + colw[3]
    cv.rect((sx, y0 + 5 * rh, sx + colw[4], y0 + 6 * rh), outline=(16, 124, 65), width=3)
    cv.rect((0, 600, 1200, 640), fill=(243, 243, 243))
    cv.t(20, 610, "Sheet1", 14, "sansb", (16, 124, 65))
    cv.t(100, 610, "Sheet2", 14, "sans", (90, 90, 90))
    tots = {n: a + b + c for n, a, b, c in data}
    big = max((d for d in data if d[0] != "Rent"), key=lambda d: d[0] and d[0] and d[0] and d[0] and (d[1] + d[2] + d[3]))
    june_over_may = [d[0] for d in data if d[3] > d[2]]
    return "spreadsheet_budget", cv, [
        Q("what's in C3", num(data[1][2], ".", ","), "number", "spreadsheet", "table_cell", True),
        Q("which category has the highest total besides rent", big[0], "text", "spreadsheet", "argmax", True),
        Q("how much more did we spend on dining out in June than in May", num(data[4][3] - data[4][2], ".", ","), "number", "spreadsheet", "arithmetic", False),
    ]


@scene
def html_table():
    cv = browser(1140, 640, "velowiki.org/compare/e-bikes")
    cv.t(40, 100, "E-bike comparison 2025", 26, "serifb")
    bikes = [("Stromer ST3 Pinion", "27 km", 618, "28.5 kg", "€ 8.990"), ("Riese & Müller Nevo4", "32 km", 750, "29.9 kg", "€ 7.459"),
             ("Cube Kathmandu Hybrid", "25 km", 625, "26.4 kg", "€ 3.799"), ("Gazelle Ultimate C380", "25 km", 500, "24.8 kg", "€ 3.599"),
             ("VanMoof S5", "25 km", 487, "23.0 kg", "€ 3.298"), ("Babboe Curve Mountain", "25 km", 500, "51.0 kg", "€ 5.349")]
    rows = [(n, s, f"{b} Wh", w, p) for n, s, b, w, p in bikes]
    table(cv, 40, 160, ["Model", "Support up to", "Battery", "Weight", "Price"], rows, [330, 180, 150, 150, 150], size=16, f="serif", head_f="serifb",
          head_bg=(60, 70, 90), head_c=(255, 255, 255), rowh=36, zebra=(242, 244, 248))
    cv.t(40, 430, "Prices are manufacturer RRP as of June 2025. Weight with battery.", 13, "libi", (100, 100, 100))
    light = min(bikes, key=lambda b: float(b[3].split()[0]))
    bigbat = max(bikes, key=lambda b: b[2])
    return "html_table_ebikes", cv, [
        Q("lightest bike on the list?", light[0], "text", "html_table", "argmin", True),
        Q("battery of the gazelle", "500 Wh", "text", "html_table", "table_cell", True),
        Q("which one has the biggest battery and what's its price", f"{bigbat[0]}; {bigbat[4]}", "text", "html_table", "multi_part", False),
    ]


@scene
def web_form():
    cv = browser(1180, 920, "portal.ferienwohnung-alpsee.de/buchung")
    cv.t(80, 100, "Buchungsanfrage – Ferienwohnung Alpsee", 26, "sansb", (30, 60, 90))
    fields = [("Vorname", "Annika"), ("Nachname", "Reinholt"), ("E-Mail", "a.reinholt@posteo.de"), ("Anreise", "18.07.2025"), ("Abreise", "25.07.2025")]
    for i, (k, v) in enumerate(fields):
        x = 80 + (i % 2) * 500
        y = 160 + (i // 2) * 80
        cv.t(x, y, k, 14, "sansb", (60, 60, 60))
        cv.rect((x, y + 22, x + 440, y + 58), fill=(255, 255, 255), outline=(180, 180, 180), r=6)
        cv.t(x + 12, y + 31, v, 15, "sans")
    cv.t(80, 410, "Wohnung", 14, "sansb", (60, 60, 60))
    cv.rect((80, 432, 520, 468), fill=(255, 255, 255), outline=(180, 180, 180), r=6)
    cv.t(92, 441, "Seeblick (4 Pers., 68 m²)", 15, "sans")
    cv.t(500, 440, "▾", 16, "sans", anchor="ra")
    cv.t(580, 410, "Personen", 14, "sansb", (60, 60, 60))
    opts = [("1", False), ("2", False), ("3", True), ("4", False)]
    for i, (o, on) in enumerate(opts):
        cv.radio(580 + i * 80, 440, on, c=(30, 60, 90))
        cv.t(605 + i * 80, 440, o, 15, "sans")
    cv.t(80, 500, "Extras", 14, "sansb", (60, 60, 60))
    extras = [("Endreinigung (60 €)", True), ("Bettwäsche & Handtücher (15 € p.P.)", True), ("Haustier (10 €/Nacht)", False),
              ("Frühstückskorb", False), ("Parkplatz in der Tiefgarage", True), ("Late Check-out", False)]
    for i, (e, on) in enumerate(extras):
        x = 80 + (i % 2) * 500
        y = 530 + (i // 2) * 36
        cv.checkbox(x, y, on, c=(30, 60, 90))
        cv.t(x + 30, y, e, 15, "sans")
    cv.t(80, 660, "Newsletter abonnieren", 15, "sans")
    cv.toggle(300, 657, False)
    cv.rect((80, 720, 1100, 800), fill=(247, 249, 252), outline=(220, 225, 230), r=6)
    cv.t(96, 730, "Anmerkungen", 13, "sansb", (90, 90, 90))
    cv.t(96, 755, "Wir reisen mit zwei Kindern (5 und 8 Jahre). Gibt es ein Kinderbett?", 15, "sans")
    cv.rect((80, 830, 280, 876), fill=(30, 60, 90), r=6)
    cv.t(180, 843, "Anfrage senden", 16, "sansb", (255, 255, 255), anchor="ma")
    return "form_buchung_de", cv, [
        Q("how many people is the booking for", "3", "count", "web_form", "selected_state", True),
        Q("which extras did I tick?", "; ".join(e for e, on in extras if on), "text", "web_form", "selected_state", False),
        Q("is the pet option selected", "yes" if [e for e in extras if e[0].startswith("Haustier")][0][1] else "no", "yesno", "web_form", "yesno", False),
    ]


@scene
def settings_page():
    cv = Cv(1240, 820, (245, 246, 248))
    cv.rect((0, 0, 240, 820), fill=(32, 36, 44))
    cv.t(24, 24, "Quillnote", 20, "sansb", (255, 255, 255))
    for i, s in enumerate(["General", "Account", "Notifications", "Privacy", "Sync & backup", "Appearance", "Billing"]):
        y = 80 + i * 40
        if s == "Notifications":
            cv.rect((12, y - 8, 228, y + 24), fill=(60, 66, 80), r=6)
        cv.t(28, y, s, 15, "sans", (235, 235, 240) if s == "Notifications" else (170, 175, 185))
    cv.t(290, 40, "Notifications", 28, "sansb")
    opts = [("Email digest", "Weekly summary of edited notes", True), ("Push notifications", "On this device", False),
            ("Mentions", "When someone @mentions you", True), ("Comments on my notes", "", True),
            ("Shared notebook changes", "", False), ("Product updates", "News and feature announcements", False),
            ("Reminder alarms", "Play a sound for due reminders", True)]
    for i, (n, sub, on) in enumerate(opts):
        y = 110 + i * 72
        cv.rect((290, y, 1200, y + 62), fill=(255, 255, 255), r=8)
        cv.t(310, y + 10 if sub else y + 20, n, 16, "sansb" if False else "sans")
        if sub:
            cv.t(310, y + 34, sub, 13, "sans", (120, 120, 120))
        cv.toggle(1130, y + 19, on, c=(90, 100, 230))
    cv.t(290, 640, "Quiet hours", 16, "sansb")
    cv.rect((290, 670, 450, 706), fill=(255, 255, 255), outline=(200, 200, 200), r=6)
    cv.t(305, 678, "22:00", 15, "sans")
    cv.t(470, 678, "to", 15, "sans")
    cv.rect((510, 670, 670, 706), fill=(255, 255, 255), outline=(200, 200, 200), r=6)
    cv.t(525, 678, "07:30", 15, "sans")
    return "settings_notifications", cv, [
        Q("are push notifications on?", "yes" if [o for o in opts if o[0] == "Push notifications"][0][2] else "no", "yesno", "settings", "selected_state", False),
        Q("how many of the notification toggles are enabled", str(sum(o[2] for o in opts)), "count", "settings", "count", False),
    ]


@scene
def dashboard():
    cv = Cv(1360, 780, (242, 244, 247))
    cv.rect((0, 0, 1360, 60), fill=(255, 255, 255))
    cv.t(30, 16, "Kiln & Kettle · Sales overview", 20, "sansb")
    cv.t(1330, 20, "Last 30 days ▾", 15, "sans", (90, 90, 90), anchor="ra")
    kpis = [("Revenue", "$84,210", "+12.4%", True), ("Orders", "1,932", "+3.1%", True), ("Avg. order value", "$43.59", "+9.0%", True),
            ("Refund rate", "2.8%", "+0.6 pp", False), ("New customers", "611", "-4.7%", False)]
    for i, (k, v, d, good) in enumerate(kpis):
        x = 30 + i * 265
        cv.rect((x, 85, x + 245, 205), fill=(255, 255, 255), r=10)
        cv.t(x + 18, 100, k, 14, "sans", (110, 110, 110))
        cv.t(x + 18, 128, v, 30, "sansb")
        cv.t(x + 18, 174, d + " vs prev.", 13, "sans", (30, 150, 80) if good else (210, 60, 60))
    cv.rect((30, 230, 860, 750), fill=(255, 255, 255), r=10)
    cv.t(50, 248, "Revenue by channel", 16, "sansb")
    ch = [("Web shop", 41250), ("Marketplace", 22870), ("Wholesale", 13400), ("Pop-up stores", 6690)]
    mx = max(v for _, v in ch)
    for i, (n, v) in enumerate(ch):
        y = 300 + i * 105
        cv.t(50, y, n, 15, "sans")
        cv.rect((50, y + 28, 50 + int(700 * v / mx), y + 60), fill=(235, 120, 60), r=4)
        cv.t(60 + int(700 * v / mx), y + 35, f"${v:,}", 14, "sansb")
    cv.rect((890, 230, 1330, 750), fill=(255, 255, 255), r=10)
    cv.t(910, 248, "Top products", 16, "sansb")
    prods = [("Speckled mug 350 ml", 412), ("Stoneware teapot", 187), ("Glazed bowl set", 164), ("Pour-over cone", 151), ("Sake cups (pair)", 98)]
    for i, (n, u) in enumerate(prods):
        y = 300 + i * 44
        cv.t(910, y, f"{i+1}. {n}", 15, "sans")
        cv.t(1310, y, f"{u} sold", 15, "sans", (90, 90, 90), anchor="ra")
    return "dashboard_sales", cv, [
        Q("which KPIs went down or got worse (in red)?", "; ".join(k[0] for k in kpis if not k[3]), "text", "dashboard", "selected_state", False),
        Q("how much more did the web shop bring in than the marketplace", f"${ch[0][1]-ch[1][1]:,}", "money", "dashboard", "arithmetic", False),
        Q("#3 top product?", prods[2][0], "text", "dashboard", "nth", True),
    ]


@scene
def week_calendar():
    cv = Cv(1300, 860, (255, 255, 255))
    cv.t(30, 20, "June 2025", 24, "sansb")
    cv.t(200, 26, "Week 24", 15, "sans", (120, 120, 120))
    days = [dt.date(2025, 6, 9) + dt.timedelta(d) for d in range(5)]
    x0, y0, cw, hh = 90, 110, 240, 66
    for i, d in enumerate(days):
        cv.t(x0 + i * cw + 10, 72, f"{d.strftime('%a')} {d.day}", 16, "sansb" if i == 2 else "sans", (30, 90, 200) if i == 2 else (60, 60, 60))
    for h in range(8, 19):
        y = y0 + (h - 8) * hh
        cv.t(x0 - 12, y - 8, f"{h:02d}:00", 12, "sans", (130, 130, 130), anchor="ra")
        cv.line([(x0, y), (x0 + 5 * cw, y)], c=(230, 230, 230))
    for i in range(6):
        cv.line([(x0 + i * cw, y0), (x0 + i * cw, y0 + 10 * hh)], c=(230, 230, 230))
    ev = [(0, "09:30", "10:15", "Standup + planning", (190, 215, 250)), (0, "13:00", "14:30", "Design review: checkout", (250, 215, 190)),
          (1, "11:00", "12:00", "1:1 with Dagny", (210, 240, 200)), (2, "08:30", "09:00", "Dentist", (240, 200, 220)),
          (2, "14:00", "15:30", "Vendor call – Helix Freight", (250, 215, 190)), (3, "10:00", "11:30", "Quarterly budget", (190, 215, 250)),
          (3, "16:00", "17:00", "Interview: backend dev", (220, 210, 250)), (4, "12:00", "13:00", "Team lunch @ Olivia's", (210, 240, 200))]
    def ty(t):
        h, m = map(int, t.split(":"))
        return y0 + (h - 8 + m / 60) * hh
    for d, a, b, t, c in ev:
        x = x0 + d * cw + 4
        cv.rect((x, ty(a) + 2, x + cw - 8, ty(b) - 2), fill=c, r=5)
        cv.t(x + 8, ty(a) + 6, t, 13, "sansb")
        cv.t(x + 8, ty(a) + 24, f"{a}–{b}", 12, "sans", (70, 70, 70))
    vc = [e for e in ev if "Vendor" in e[3]][0]
    thu = [e for e in ev if e[0] == 3]
    return "calendar_week", cv, [
        Q("what time is the vendor call", f"{vc[1]}–{vc[2]}", "time", "calendar", "when", True),
        Q("what day is the team lunch", days[4].strftime("%A"), "date", "calendar", "when", False),
        Q("first thing on monday?", "Standup + planning", "text", "calendar", "first_last", True),
    ]


@scene
def month_calendar():
    cv = Cv(900, 760, (250, 250, 248))
    cv.t(450, 24, "Oktober 2025", 28, "dserifb", anchor="ma")
    heads = ["Ma", "Di", "Wo", "Do", "Vr", "Za", "Zo"]
    x0, y0, cw, ch = 30, 90, 120, 105
    for i, h in enumerate(heads):
        cv.t(x0 + i * cw + cw // 2, y0, h, 15, "sansb", (90, 90, 90), anchor="ma")
    events = {3: "Verjaardag Noor", 9: "Tandarts 14:15", 14: "Ouderavond", 17: "Vlucht naar Lissabon", 24: "Terug 18:40", 31: "Halloween feestje"}
    first_wd, ndays = calendar.monthrange(2025, 10)
    for d in range(1, ndays + 1):
        idx = first_wd + d - 1
        r, c = divmod(idx, 7)
        x, y = x0 + c * cw, y0 + 30 + r * ch
        cv.rect((x, y, x + cw, y + ch), outline=(215, 215, 210), fill=(255, 255, 255) if c < 5 else (244, 244, 240))
        cv.t(x + 8, y + 6, str(d), 15, "sans")
        if d in events:
            cv.rect((x + 4, y + 34, x + cw - 4, y + 72), fill=(255, 226, 180), r=4)
            words = events[d].split(" ")
            cv.t(x + 8, y + 38, " ".join(words[:2]), 12, "sans")
            if len(words) > 2:
                cv.t(x + 8, y + 55, " ".join(words[2:]), 12, "sans")
    wd_nl = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]
    return "kalender_oktober_nl", cv, [
        Q("op welke dag van de week valt de vlucht naar Lissabon?", wd_nl[dt.date(2025, 10, 17).weekday()], "date", "calendar", "weekday", False),
        Q("what time is the tandarts appointment", events[9].split()[-1], "time", "calendar", "when", True),
        Q("how many days is the Lisbon trip, counting both the flight out and return day", str(24 - 17 + 1), "number", "calendar", "arithmetic", False),
    ]


@scene
def chat():
    cv = Cv(520, 980, (236, 229, 221))
    cv.rect((0, 0, 520, 70), fill=(7, 94, 84))
    cv.t(70, 14, "Hiking crew 🥾".replace(" 🥾", ""), 18, "sansb", (255, 255, 255))
    cv.t(70, 40, "Mateo, Signe, Farah, you", 12, "sans", (210, 230, 225))
    msgs = [("Signe", "Sat plan: Trolltunga trail, meet at the parking lot?", "19:02", False),
            ("Mateo", "I can drive, 3 free seats", "19:05", False),
            ("you", "Count me in! What time?", "19:06", True),
            ("Signe", "Let's say 06:45 sharp, it's a 10h hike", "19:09", False),
            ("Farah", "Ugh, I'm out this time, my knee 😕".replace(" 😕", ""), "19:15", False),
            ("Mateo", "No worries Farah. I'll bring the stove + coffee", "19:17", False),
            ("you", "I'll bring sandwiches for everyone", "19:20", True),
            ("Signe", "Forecast says 14°C and dry 👍".replace(" 👍", ""), "19:31", False)]
    y = 90
    colors = {"Signe": (200, 80, 60), "Mateo": (40, 110, 190), "Farah": (150, 60, 160)}
    for who, t, tm, me in msgs:
        w = min(400, int(cv.tw(t, 15)) + 70)
        x = 500 - w if me else 20
        hgt = 68 if not me else 52
        cv.rect((x, y, x + w, y + hgt), fill=(220, 248, 198) if me else (255, 255, 255), r=10)
        yy = y + 8
        if not me:
            cv.t(x + 12, yy, who, 13, "sansb", colors[who])
            yy += 20
        cv.t(x + 12, yy, t, 15, "sans")
        cv.t(x + w - 10, y + hgt - 18, tm, 11, "sans", (120, 120, 120), anchor="ra")
        y += hgt + 14
    cv.rect((0, 920, 520, 980), fill=(240, 240, 240))
    cv.rect((14, 932, 450, 968), fill=(255, 255, 255), r=18)
    cv.t(30, 941, "Message", 15, "sans", (150, 150, 150))
    return "chat_hiking", cv, [
        Q("what time are we meeting saturday", "06:45", "time", "chat", "when", True),
        Q("who can't come?", "Farah", "person", "chat", "who", True),
        Q("who's bringing the coffee", "Mateo", "person", "chat", "who", True),
    ]


@scene
def inbox():
    cv = browser(1240, 760, "mail.fastpost.eu/inbox")
    cv.rect((0, 74, 220, 760), fill=(247, 247, 250))
    cv.rect((16, 90, 200, 130), fill=(60, 110, 230), r=20)
    cv.t(108, 100, "Compose", 15, "sansb", (255, 255, 255), anchor="ma")
    mails = [("Helga from Nordbank", "Your card statement for May is ready", "09:14", True, False),
             ("GitHub", "[tidepool] Build failed on main (#2291)", "08:52", True, True),
             ("Louis Martin", "Re: dinner on Friday?", "Yesterday", False, False),
             ("Ryanair", "Your booking confirmation FR8812 – Porto", "Yesterday", True, False),
             ("Amélie Dubois", "Contract draft v3 (signed)", "Jun 10", False, True),
             ("Spotify", "Your 2025 mid-year mix is here", "Jun 10", False, False),
             ("Landlord – P. Haas", "Water outage Thursday 9–12", "Jun 9", True, False),
             ("Coursera", "Week 4 quiz reminder", "Jun 8", False, False)]
    unread = sum(m[3] for m in mails)
    for i, s in enumerate([f"Inbox  {unread}", "Starred", "Sent", "Drafts", "Spam"]):
        cv.t(30, 160 + i * 34, s, 15, "sansb" if i == 0 else "sans")
    for i, (frm, subj, t, un, att) in enumerate(mails):
        y = 90 + i * 56
        cv.rect((230, y, 1230, y + 54), fill=(255, 255, 255) if un else (244, 246, 249))
        cv.line([(230, y + 54), (1230, y + 54)], c=(230, 230, 230))
        cv.t(250, y + 17, frm, 15, "sansb" if un else "sans")
        cv.t(500, y + 17, subj, 15, "sansb" if un else "sans", (20, 20, 20) if un else (90, 90, 90))
        if att:
            cv.t(1110, y + 15, "📎".replace("📎", "[att]"), 13, "sans", (120, 120, 120))
        cv.t(1215, y + 17, t, 14, "sansb" if un else "sans", anchor="ra")
    return "inbox_fastpost", cv, [
        Q("how many unread emails do i have", str(unread), "count", "inbox", "count", True),
        Q("who sent the most recent email?", mails[0][0], "person", "inbox", "first_last", True),
    ]


@scene
def weather():
    cv = Cv(820, 420, (40, 90, 160))
    cv.t(30, 24, "Tromsø", 30, "sansb", (255, 255, 255))
    cv.t(30, 66, "Now 6° · Light rain · Wind 9 m/s NW", 16, "sans", (220, 235, 250))
    days = [("Mon", 7, 2, "Rain", 80), ("Tue", 9, 3, "Cloudy", 20), ("Wed", 11, 5, "Sunny", 5), ("Thu", 8, 4, "Showers", 60),
            ("Fri", 6, 1, "Sleet", 70), ("Sat", 10, 4, "Partly cloudy", 15), ("Sun", 12, 6, "Sunny", 0)]
    for i, (d, hi, lo, cond, pr) in enumerate(days):
        x = 30 + i * 110
        cv.rect((x, 120, x + 100, 390), fill=(60, 115, 185), r=12)
        cv.t(x + 50, 135, d, 17, "sansb", (255, 255, 255), anchor="ma")
        cv.t(x + 50, 180, cond, 12 if len(cond) > 8 else 14, "sans", (230, 240, 255), anchor="ma")
        cv.t(x + 50, 230, f"{hi}°", 28, "sansb", (255, 255, 255), anchor="ma")
        cv.t(x + 50, 275, f"{lo}°", 20, "sans", (190, 210, 240), anchor="ma")
        cv.t(x + 50, 340, f"☂ {pr}%", 14, "sans", (230, 240, 255), anchor="ma")
    warm = max(days, key=lambda d: d[1])
    wet = max(days, key=lambda d: d[4])
    return "weather_tromso", cv, [
        Q("warmest day this week?", warm[0], "text", "weather", "argmax", True),
        Q("which day has the highest chance of rain", wet[0], "text", "weather", "argmax", True),
    ]


@scene
def kanban():
    cv = Cv(1320, 780, (238, 241, 245))
    cv.t(24, 18, "Sprint 31 · Mobile app", 22, "sansb")
    cols = {"To do": [("Dark mode for settings", "RK"), ("Crash on Android 11 camera", "JL"), ("Update onboarding copy", "MS"), ("Offline sync spike", "AT")],
            "In progress": [("Apple Pay integration", "JL"), ("Push token refresh", "RK")],
            "Review": [("Fix date picker locale", "MS"), ("Analytics events v2", "AT"), ("Cart badge count", "RK")],
            "Done": [("Login with passkeys", "AT"), ("Image caching", "JL"), ("Accessibility labels", "MS"), ("Deep links", "RK"), ("Crashlytics upgrade", "JL")]}
    people = {"RK": "Rasmus K.", "JL": "Jia L.", "MS": "Mireille S.", "AT": "Amara T."}
    for i, (c, cards) in enumerate(cols.items()):
        x = 24 + i * 322
        cv.rect((x, 64, x + 306, 760), fill=(226, 230, 236), r=10)
        cv.t(x + 14, 78, f"{c}", 16, "sansb")
        cv.t(x + 290, 80, str(len(cards)), 14, "sans", (110, 110, 110), anchor="ra")
        for j, (t, a) in enumerate(cards):
            y = 115 + j * 110
            cv.rect((x + 10, y, x + 296, y + 96), fill=(255, 255, 255), r=8)
            cv.t(x + 24, y + 14, t, 14, "sans")
            cv.ellipse((x + 24, y + 56, x + 52, y + 84), fill=(100, 130, 200))
            cv.t(x + 38, y + 63, a, 11, "sansb", (255, 255, 255), anchor="ma")
            cv.t(x + 60, y + 62, people[a], 12, "sans", (100, 100, 100))
    jl = sum(1 for cards in cols.values() for t, a in cards if a == "JL" and True) - sum(1 for t, a in cols["Done"] if a == "JL")
    return "kanban_sprint31", cv, [
        Q("how many cards are done", str(len(cols["Done"])), "count", "kanban", "count", True),
        Q("who's working on apple pay", "Jia L.", "person", "kanban", "who", True),
        Q("how many unfinished (not Done) tickets does Jia have", str(jl), "count", "kanban", "count", False),
    ]


@scene
def todo():
    cv = Cv(600, 700, (255, 252, 240))
    cv.t(40, 30, "Umzug – Checkliste", 26, "sansb", (120, 70, 20))
    items = [("Kartons besorgen", True), ("Nachsendeauftrag Post", True), ("Strom ummelden", False), ("Internet kündigen", True),
             ("Sperrmüll anmelden", False), ("Wohnungsübergabe 30.09.", False), ("Umzugswagen reservieren", True), ("Schlüssel nachmachen", False),
             ("Adresse bei Bank ändern", False)]
    for i, (t, done) in enumerate(items):
        y = 100 + i * 58
        cv.checkbox(40, y, done, size=22, c=(120, 70, 20))
        cv.t(78, y, t, 18, "sans", (150, 150, 150) if done else (30, 30, 30))
        if done:
            cv.line([(78, y + 12), (78 + cv.tw(t, 18), y + 12)], c=(150, 150, 150), width=2)
    return "todo_umzug_de", cv, [
        Q("how many things are still left to do", str(sum(not d for _, d in items)), "count", "todo", "count", False),
        Q("is the internet cancellation done?", "yes" if dict(items)["Internet kündigen"] else "no", "yesno", "todo", "selected_state", False),
        Q("what's the last item on the list", items[-1][0], "text", "todo", "first_last", True),
    ]


@scene
def slide_bullets():
    cv = Cv(1280, 720, (255, 255, 255))
    cv.rect((0, 0, 1280, 110), fill=(18, 52, 86))
    cv.t(60, 32, "Q3 priorities — Platform team", 40, "libb", (255, 255, 255))
    bullets = ["Migrate billing jobs to the new queue (target: Aug 15)", "Cut p95 checkout latency from 820 ms to 500 ms",
               "Retire the legacy reporting DB", "Hire 2 SREs (Oslo + remote)", "SOC 2 Type II audit kick-off in September"]
    for i, b in enumerate(bullets):
        y = 160 + i * 80
        cv.ellipse((70, y + 12, 84, y + 26), fill=(230, 130, 40))
        cv.t(104, y, b, 28, "lib")
    cv.t(1220, 680, "4", 16, "lib", (140, 140, 140), anchor="ra")
    return "slide_q3_priorities", cv, [
        Q("how many bullet points on this slide", str(len(bullets)), "count", "slide", "count", False),
        Q("third bullet?", bullets[2], "text", "slide", "nth", True),
    ]


@scene
def slide_diagram():
    cv = Cv(1280, 720, (250, 250, 252))
    cv.t(60, 40, "Order pipeline", 36, "libb", (40, 40, 60))
    steps = ["Cart", "Checkout", "Payment auth", "Fraud check", "Warehouse pick", "Dispatch"]
    for i, s in enumerate(steps):
        x = 50 + i * 205
        y = 300
        cv.rect((x, y, x + 165, y + 80), fill=(220, 232, 250), outline=(60, 100, 170), width=2, r=12)
        cv.t(x + 82, y + 30, s, 17, "libb", (30, 50, 90), anchor="ma")
        if i < len(steps) - 1:
            cv.line([(x + 165, y + 40), (x + 203, y + 40)], c=(60, 60, 60), width=3)
            cv.d.polygon([(x + 205, y + 40), (x + 193, y + 33), (x + 193, y + 47)], fill=(60, 60, 60))
    cv.rect((665, 470, 830, 550), fill=(252, 225, 225), outline=(190, 60, 60), width=2, r=12)
    cv.t(747, 500, "Manual review", 17, "libb", (120, 30, 30), anchor="ma")
    cv.line([(747, 380), (747, 468)], c=(190, 60, 60), width=3)
    cv.d.polygon([(747, 470), (740, 458), (754, 458)], fill=(190, 60, 60))
    cv.t(760, 415, "score > 0.8", 14, "lib", (190, 60, 60))
    return "slide_order_pipeline", cv, [
        Q("what step comes right after payment auth", "Fraud check", "text", "slide", "nth", True),
        Q("how many steps in the main flow", str(len(steps)), "count", "slide", "count", False),
    ]


@scene
def notifications():
    cv = Cv(480, 900, (28, 28, 32))
    cv.t(24, 20, "14:08", 34, "sans", (255, 255, 255))
    cv.t(24, 66, "Thursday, 12 June", 15, "sans", (190, 190, 200))
    notes = [("Vipps", "now", "Jonas sent you 250 kr for «pizza fredag»"), ("Ruter", "3 min ago", "Line 31 to Fornebu is delayed ~12 min"),
             ("Slack", "17 min ago", "#ops: Ingrid: deploy of api 1.14.2 rolled back"), ("Calendar", "40 min ago", "Physio – 15:30 at Majorstuen"),
             ("Posten", "1 h ago", "Your parcel is ready for pickup at Kiwi Bislett"), ("Strava", "2 h ago", "Ola gave you kudos")]
    for i, (app, t, msg) in enumerate(notes):
        y = 110 + i * 120
        cv.rect((16, y, 464, y + 106), fill=(58, 58, 64), r=18)
        cv.t(36, y + 14, app.upper(), 13, "sansb", (200, 200, 210))
        cv.t(444, y + 14, t, 12, "sans", (170, 170, 180), anchor="ra")
        words, line, lines = msg.split(" "), "", []
        for w_ in words:
            if cv.tw(line + " " + w_, 15) > 400:
                lines.append(line)
                line = w_
            else:
                line = (line + " " + w_).strip()
        lines.append(line)
        for j, l in enumerate(lines):
            cv.t(36, y + 42 + j * 22, l, 15, "sans", (240, 240, 245))
    return "notifications_phone", cv, [
        Q("where's my parcel", "Kiwi Bislett", "text", "notifications", "where", True),
        Q("which app sent the oldest notification here?", notes[-1][0].upper(), "text", "notifications", "first_last", True),
    ]


@scene
def cart():
    cv = browser(1200, 760, "www.fjellfolk.no/handlekurv")
    cv.t(60, 100, "Shopping cart", 28, "sansb")
    items = [("Merino base layer (M)", 2, 89900, True), ("Trekking poles carbon", 1, 129900, True), ("Wool socks 3-pack", 3, 24900, True),
             ("Headlamp 400 lm", 1, 49900, False)]
    y = 160
    for n, q, p, stock in items:
        cv.rect((60, y, 780, y + 100), outline=(225, 225, 225), r=8)
        cv.rect((76, y + 14, 148, y + 86), fill=(225, 230, 220), r=6)
        cv.t(170, y + 16, n, 17, "sansb")
        cv.t(170, y + 44, "In stock" if stock else "Out of stock – ships in 3 weeks", 13, "sans", (40, 140, 60) if stock else (200, 60, 40))
        cv.t(170, y + 68, f"Qty: {q}", 14, "sans")
        cv.t(760, y + 16, money(q * p, "sek").replace(" kr", ",-").replace(",00,-", ",-"), 17, "sansb", anchor="ra")
        cv.t(760, y + 44, f"{num(p, ',', ' ')[:-3]},- each", 13, "sans", (110, 110, 110), anchor="ra")
        y += 116
    sub = sum(q * p for _, q, p, _ in items)
    ship = 9900
    cv.rect((820, 160, 1150, 420), fill=(246, 246, 244), r=10)
    cv.t(840, 180, "Order summary", 18, "sansb")
    fmt = lambda c: num(c, ",", " ")[:-3] + ",-"
    for i, (k, v) in enumerate([("Subtotal", fmt(sub)), ("Shipping", fmt(ship)), ("Total (NOK)", fmt(sub + ship))]):
        cv.t(840, 225 + i * 36, k, 16, "sansb" if i == 2 else "sans")
        cv.t(1130, 225 + i * 36, v, 16, "sansb" if i == 2 else "sans", anchor="ra")
    cv.t(840, 340, "Free shipping over 2 000,-", 13, "sans", (110, 110, 110))
    return "cart_fjellfolk", cv, [
        Q("what's the order total", fmt(sub + ship), "money", "cart", "field_value", True),
        Q("is the headlamp in stock?", "yes" if [i for i in items if i[0].startswith("Headlamp")][0][3] else "no", "yesno", "cart", "yesno", False),
        Q("how many items total in the cart (quantities)", str(sum(i[1] for i in items)), "count", "cart", "arithmetic", False),
    ]


@scene
def recipe():
    cv = Cv(820, 900, (252, 248, 240))
    cv.rect((30, 30, 790, 870), fill=(255, 255, 255), outline=(220, 200, 170), width=2, r=14)
    cv.t(60, 60, "Torta di mele della nonna", 30, "dserifb", (140, 50, 30))
    prep, bake = 25, 45
    cv.t(60, 106, f"Dosi per 8 persone  ·  Preparazione {prep} min  ·  Cottura {bake} min a 180 °C", 14, "dserif", (100, 80, 60))
    ing = [("farina 00", "250 g"), ("zucchero", "160 g"), ("burro", "100 g"), ("uova", "3"), ("mele renette", "4"),
           ("latte intero", "120 ml"), ("lievito per dolci", "16 g"), ("scorza di limone", "1"), ("sale", "1 pizzico")]
    cv.t(60, 150, "Ingredienti", 20, "dserifb")
    for i, (n, q) in enumerate(ing):
        cv.t(80, 188 + i * 30, f"• {n}", 16, "dserif")
        cv.t(400, 188 + i * 30, q, 16, "dserifb", anchor="ra")
    cv.t(60, 480, "Procedimento", 20, "dserifb")
    steps = ["Sbattere le uova con lo zucchero finché sono spumose.", "Aggiungere il burro fuso, il latte e la scorza di limone.",
             "Incorporare farina, lievito e sale setacciati.", "Versare nello stampo, coprire con le mele a fettine.",
             "Cuocere 45 minuti e lasciar raffreddare."]
    for i, s in enumerate(steps):
        cv.t(60, 518 + i * 32, f"{i+1}. {s}", 15, "dserif")
    return "ricetta_torta_mele", cv, [
        Q("quanta farina serve?", "250 g", "text", "recipe", "field_value", True),
        Q("total time prep + baking in minutes", str(prep + bake), "number", "recipe", "arithmetic", False),
    ]


@scene
def timetable():
    cv = Cv(980, 640, (255, 255, 255))
    cv.rect((0, 0, 980, 80), fill=(200, 20, 40))
    cv.t(30, 20, "Linje 24  Lysaker → Brynseng", 28, "sansb", (255, 255, 255))
    stops = ["Lysaker", "Skøyen", "Majorstuen", "Carl Berners pl.", "Helsfyr", "Brynseng"]
    offs = [0, 6, 14, 24, 31, 36]
    starts = [(13, 42), (13, 57), (14, 12), (14, 27), (14, 42)]
    table_rows = []
    for s, o in zip(stops, offs):
        row = [s]
        for h, m in starts:
            t = h * 60 + m + o
            row.append(f"{t // 60:02d}:{t % 60:02d}")
        table_rows.append(row)
    table(cv, 30, 110, ["Holdeplass"] + ["Avg."] * 5, table_rows, [240, 130, 130, 130, 130, 130], size=17, f="sans", head_f="sansb",
          rowh=40, zebra=(250, 240, 242))
    cv.t(30, 400, "Man–fre. Lørdag: hver 30. min. Søndag: ingen avganger før 10:00.", 14, "sans", (100, 100, 100))
    # next departure from Majorstuen after 14:20
    maj = table_rows[2][1:]
    nxt = [t for t in maj if t >= "14:20"][0]
    return "rutetabell_linje24", cv, [
        Q("I'm at Majorstuen at 14:20, when's the next bus?", nxt, "time", "timetable", "first_last", True),
        Q("how many minutes from Lysaker to Brynseng", str(offs[-1]), "number", "timetable", "arithmetic", False),
        Q("when does the 13:57 from Lysaker reach Helsfyr", table_rows[4][2], "time", "timetable", "table_cell", True),
    ]


@scene
def leaderboard():
    cv = Cv(760, 720, (18, 20, 30))
    cv.t(380, 24, "CODE GOLF · WEEK 19", 26, "monob", (255, 215, 90), anchor="ma")
    rows = [("nyx", 2841, 14), ("bramble", 2790, 13), ("q_tip", 2655, 15), ("Ekko", 2602, 12), ("saffron", 2540, 11), ("zerocool", 2499, 13),
            ("lindwurm", 2310, 10), ("pixelkat", 2288, 9), ("moth", 2105, 9), ("tarn", 1990, 8)]
    cv.t(60, 84, "#", 16, "monob", (150, 150, 170))
    cv.t(120, 84, "PLAYER", 16, "monob", (150, 150, 170))
    cv.t(520, 84, "SCORE", 16, "monob", (150, 150, 170), anchor="ra")
    cv.t(700, 84, "SOLVED", 16, "monob", (150, 150, 170), anchor="ra")
    for i, (n, s, sv) in enumerate(rows):
        y = 124 + i * 56
        c = [(255, 215, 90), (200, 200, 215), (205, 140, 80)][i] if i < 3 else (230, 230, 235)
        if n == "pixelkat":
            cv.rect((40, y - 8, 720, y + 36), fill=(45, 60, 110), r=6)
        cv.t(60, y, str(i + 1), 18, "monob", c)
        cv.t(120, y, n + ("  (you)" if n == "pixelkat" else ""), 18, "mono", c)
        cv.t(520, y, f"{s:,}", 18, "mono", c, anchor="ra")
        cv.t(700, y, str(sv), 18, "mono", c, anchor="ra")
    me = [r for r in rows if r[0] == "pixelkat"][0]
    ahead = rows[rows.index(me) - 1]
    return "leaderboard_codegolf", cv, [
        Q("how many points do I need to catch the person just above me", str(ahead[1] - me[1]), "number", "leaderboard", "arithmetic", False),
        Q("who solved the most?", max(rows, key=lambda r: r[2])[0], "text", "leaderboard", "argmax", True),
    ]


@scene
def menu():
    cv = Cv(760, 1000, (30, 26, 22))
    cv.t(380, 40, "Taberna El Faro", 36, "serifb", (235, 200, 140), anchor="ma")
    secs = [("Tapas", [("Patatas bravas", 550), ("Croquetas de jamón (6)", 780), ("Pimientos de Padrón", 650), ("Pulpo a la gallega", 1450)]),
            ("Principales", [("Paella de marisco (2 pers.)", 3200), ("Secreto ibérico", 1890), ("Bacalao al pil-pil", 2150)]),
            ("Postres", [("Crema catalana", 590), ("Tarta de queso", 650), ("Churros con chocolate", 520)])]
    y = 110
    for s, its in secs:
        cv.t(60, y, s.upper(), 20, "serifb", (235, 200, 140))
        y += 42
        for n, p in its:
            cv.t(80, y, n, 18, "serif", (240, 235, 225))
            cv.t(700, y, num(p) + " €", 18, "serif", (240, 235, 225), anchor="ra")
            y += 34
        y += 24
    cv.t(380, y + 10, "IVA incluido · Pan y alioli 1,50 € por persona", 14, "serif", (180, 170, 150), anchor="ma")
    d = min(secs[2][1], key=lambda i: i[1])
    return "menu_taberna_es", cv, [
        Q("¿cuál es el postre más barato?", d[0], "text", "menu", "argmin", True),
        Q("bravas + pulpo, how much is that together", num(550 + 1450) + " €", "money", "menu", "arithmetic", False),
    ]


@scene
def product_page():
    cv = browser(1240, 820, "www.brightnook.co.uk/p/aurora-desk-lamp")
    cv.rect((60, 110, 560, 610), fill=(236, 232, 226), r=12)
    cv.ellipse((220, 200, 400, 380), fill=(250, 230, 170))
    cv.rect((300, 370, 320, 540), fill=(60, 60, 60))
    cv.t(620, 110, "BrightNook", 14, "sansb", (140, 140, 140))
    cv.t(620, 136, "Aurora LED Desk Lamp", 32, "sansb")
    cv.t(620, 186, "★★★★☆  4.3  (1,284 reviews)", 16, "sans", (200, 140, 20))
    cv.t(620, 230, money(5499, "gbp"), 32, "sansb", (180, 30, 50))
    cv.t(760, 242, money(6999, "gbp"), 18, "sans", (140, 140, 140))
    cv.line([(760, 253), (822, 253)], c=(140, 140, 140), width=2)
    cv.t(620, 290, "Colour", 14, "sansb")
    for i, (c, sel) in enumerate([("Charcoal", False), ("Sage", True), ("Sand", False)]):
        x = 620 + i * 120
        cv.rect((x, 314, x + 108, 350), fill=(255, 255, 255), outline=(30, 30, 30) if sel else (200, 200, 200), width=3 if sel else 1, r=6)
        cv.t(x + 54, 323, c, 14, "sansb" if sel else "sans", anchor="ma")
    cv.t(620, 380, "✓ In stock – order by 3pm for next-day delivery".replace("✓ ", ""), 15, "sans", (30, 140, 60))
    cv.rect((620, 420, 960, 470), fill=(30, 30, 30), r=8)
    cv.t(790, 433, "Add to basket", 17, "sansb", (255, 255, 255), anchor="ma")
    specs = [("Brightness", "650 lm"), ("Colour temp.", "2700–6500 K"), ("Power", "9 W"), ("Warranty", "3 years")]
    for i, (k, v) in enumerate(specs):
        cv.t(620, 510 + i * 28, k, 15, "sans", (110, 110, 110))
        cv.t(800, 510 + i * 28, v, 15, "sans")
    return "product_lamp", cv, [
        Q("how much is it now and how much was it", money(5499, "gbp") + "; " + money(6999, "gbp"), "money", "product", "multi_part", False),
        Q("which colour is selected", "Sage", "text", "product", "selected_state", True),
        Q("how much do I save vs the old price", money(6999 - 5499, "gbp"), "money", "product", "arithmetic", False),
    ]
