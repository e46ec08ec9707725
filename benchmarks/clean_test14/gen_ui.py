"""App / web UI screenshots: docs, forms, settings, dashboards, chat, inbox, calendars, boards, slides, menus."""
import datetime as dt
from common import Cv, Q, eur, usd, gbp, rng_for, group, chf

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


def browser(cv, url, h=44):
    cv.rect(0, 0, cv.w, h, fill="#dee1e6")
    cv.rect(110, 8, cv.w - 20, h - 8, fill="white", r=14)
    cv.d.text((128, h // 2), url, font=__import__("common").font("sans", 13), fill="#444", anchor="lm")
    for i, c in enumerate(["#ff5f56", "#ffbd2e", "#27c93f"]):
        cv.circle(20 + i * 22, h // 2, 6, fill=c)
    return h


@scene
def docs_api():
    cv = Cv(1280, 860, "white")
    top = browser(cv, "docs.quillstack.dev/reference/client/upload")
    cv.rect(0, top, 1280, top + 56, fill="#111827"); cv.t(28, top + 16, "quillstack", "latob", 22, fill="white")
    cv.t(200, top + 20, "v3.8", "lato", 14, fill="#9ca3af")
    y0 = top + 56
    cv.rect(0, y0, 250, 860, fill="#f9fafb"); cv.line(250, y0, 250, 860, "#e5e7eb")
    side = ["Getting started", "Installation", "Authentication", "Client", "  connect()", "  upload()", "  download()", "  delete()",
            "Webhooks", "Rate limits", "Changelog"]
    for i, s in enumerate(side):
        if s.strip() == "upload()":
            cv.rect(8, y0 + 20 + i * 32 - 4, 242, y0 + 20 + i * 32 + 24, fill="#e0e7ff", r=6)
        cv.t(24, y0 + 20 + i * 32, s, "latob" if not s.startswith(" ") else "lato", 15,
             fill="#3730a3" if s.strip() == "upload()" else "#374151")
    x = 290
    cv.t(x, y0 + 30, "client.upload(path, *, bucket, ...)", "monob", 24)
    cv.t(x, y0 + 76, "Uploads a local file to a bucket. Large files are split into parts automatically.", "lato", 16, fill="#4b5563")
    cv.t(x, y0 + 120, "Parameters", "latob", 20)
    params = [("path", "str | Path", "—", "Local file to upload (required)"), ("bucket", "str", "—", "Target bucket name (required)"),
              ("part_size", "int", "8388608", "Bytes per multipart chunk"), ("retries", "int", "5", "Attempts per part before failing"),
              ("timeout", "float", "30.0", "Seconds per request"), ("overwrite", "bool", "False", "Replace an existing object"),
              ("checksum", "str", "\"crc32c\"", "One of \"crc32c\", \"sha256\", \"none\"")]
    y = cv.table(x, y0 + 160, ["Name", "Type", "Default", "Description"], params, [150, 130, 120, 320], rh=34, f="lato", size=15,
                 head_bg="#f3f4f6")
    cv.t(x, y + 30, "Returns", "latob", 20); cv.t(x, y + 64, "UploadResult — with fields key, etag, size, parts.", "lato", 16)
    cv.t(x, y + 100, "Raises", "latob", 20); cv.t(x, y + 134, "QuotaExceeded if the bucket is over its storage limit.", "lato", 16)
    cv.t(1040, y0 + 30, "On this page", "latob", 14, fill="#6b7280")
    for i, s in enumerate(["Parameters", "Returns", "Raises", "Examples"]):
        cv.t(1040, y0 + 60 + i * 26, s, "lato", 14, fill="#4f46e5" if i == 0 else "#6b7280")
    qs = [Q("what's the default timeout for upload?", "30.0", "number", "table_cell", True),
          Q("default number of retries", "5", "number", "table_cell", True),
          Q("which page am I on in the sidebar", "upload()", "code", "control_state", True),
          Q("what exception is raised if the bucket is over its limit", "QuotaExceeded", "error", "value_at_label", True)]
    return "documentation", cv, qs


@scene
def changelog():
    rel = [("4.2.0", "2025-03-18", ["Added: dark mode for the report viewer", "Added: CSV import wizard", "Fixed: crash when exporting empty sheets",
                                    "Fixed: wrong week numbers in ISO calendars", "Fixed: memory leak in live preview"]),
           ("4.1.3", "2025-02-02", ["Fixed: login loop on Safari 17", "Security: bump openssl to 3.0.15"]),
           ("4.1.2", "2025-01-11", ["Fixed: PDF margins on A5", "Changed: default autosave interval is now 2 min"]),
           ("4.1.0", "2024-12-04", ["Added: shared templates", "Deprecated: legacy XML export"])]
    cv = Cv(1100, 660, "#ffffff")
    cv.t(60, 40, "CHANGELOG", "sansb", 30); cv.t(60, 86, "All notable changes to Ledgerly are documented here.", "sans", 15, fill="#666")
    y = 130
    for v, d, items in rel:
        cv.t(60, y, f"## [{v}] – {d}", "monob", 19, fill="#0b4f8a"); y += 36
        for it in items:
            cv.t(80, y, "• " + it, "sans", 15); y += 26
        y += 18
    latest = rel[0]
    nfix = sum(1 for it in latest[1 + 1] if it.startswith("Fixed"))
    qs = [Q("what's the latest version", latest[0], "version", "ordinal", True),
          Q("how many bug fixes went into 4.2.0?", nfix, "count", "count", False),
          Q("when was 4.1.3 released", "2025-02-02", "date", "value_at_label", True),
          Q("which release deprecated the XML export?", "4.1.0", "version", "value_at_label", True)]
    return "changelog", cv, qs


@scene
def spreadsheet():
    r = rng_for("sheet")
    regions = ["North", "South", "East", "West", "Central", "Coastal"]
    q = {reg: [r.randint(120, 480) * 100 for _ in range(4)] for reg in regions}
    cv = Cv(1200, 560, "white")
    cv.rect(0, 0, 1200, 36, fill="#1d6f42"); cv.t(16, 9, "sales_2025.xlsx — Sheet1", "sans", 14, fill="white")
    cv.rect(0, 36, 1200, 70, fill="#f3f3f3"); cv.t(10, 45, "fx", "sansb", 14, fill="#666")
    cv.t(50, 45, "=SUM(B2:E2)", "mono", 14)
    cw = [50, 160, 150, 150, 150, 150, 170]
    letters = ["", "A", "B", "C", "D", "E", "F"]
    y0 = 80; rh = 30
    x = 0
    for L, w in zip(letters, cw):
        cv.rect(x, y0, x + w, y0 + rh, fill="#e8e8e8", outline="#c6c6c6"); cv.t(x + w // 2, y0 + rh // 2, L, "sans", 13, fill="#555", anchor="mm"); x += w
    data = [["Region", "Q1", "Q2", "Q3", "Q4", "Total"], ["", "", "", "", "", ""]]
    data = [["Region", "Q1", "Q2", "Q3", "Q4", "Total"]]
    for reg in regions:
        v = q[reg]; data.append([reg] + [f"{a:,}" for a in v] + [f"{sum(v):,}"])
    for i, row in enumerate(data):
        y = y0 + rh * (i + 1)
        cv.rect(0, y, 50, y + rh, fill="#e8e8e8", outline="#c6c6c6"); cv.t(25, y + rh // 2, str(i + 1), "sans", 13, fill="#555", anchor="mm")
        x = 50
        for j, (c, w) in enumerate(zip(row, cw[1:])):
            sel = (i == 1 and j == 5)
            cv.rect(x, y, x + w, y + rh, outline="#1d6f42" if sel else "#dadada", width=2 if sel else 1)
            if i == 0:
                cv.t(x + 6, y + rh // 2, c, "sansb", 13, anchor="lm")
            elif j == 0:
                cv.t(x + 6, y + rh // 2, c, "sans", 13, anchor="lm")
            else:
                cv.t(x + w - 6, y + rh // 2, c, "sans", 13, anchor="rm")
            x += w
    for i in range(len(data), 12):
        y = y0 + rh * (i + 1)
        cv.rect(0, y, 50, y + rh, fill="#e8e8e8", outline="#c6c6c6"); cv.t(25, y + rh // 2, str(i + 1), "sans", 13, fill="#555", anchor="mm")
        x = 50
        for w in cw[1:]:
            cv.rect(x, y, x + w, y + rh, outline="#dadada"); x += w
    best_q3 = max(regions, key=lambda g: q[g][2])
    lowest_tot = min(regions, key=lambda g: sum(q[g]))
    q4 = max(regions, key=lambda g: q[g][3])
    qs = [Q("which region had the biggest Q4 and what was the number", f"{q4}, {q[q4][3]:,}", "text", "multi_part", False),
          Q("what's in cell D4?", f"{q[regions[2]][2]:,}", "number", "table_cell", True),
          Q("which region had the best Q3", best_q3, "text", "argmax", True),
          Q("lowest total for the year — which region?", lowest_tot, "text", "argmin", True),
          Q("how much did Q2 go up or down vs Q1 for West? (Q2 minus Q1)", f"{q['West'][1]-q['West'][0]:,}", "number", "arithmetic", False)]
    return "spreadsheet", cv, qs


@scene
def web_form():
    cv = Cv(1180, 900, "#f0f2f5")
    top = browser(cv, "https://portal.hallmarkgym.com/membership/edit")
    cv.rect(190, top + 30, 990, 880, fill="white", r=10)
    x = 230; y = top + 60
    cv.t(x, y, "Edit membership", "latob", 26); y += 60
    for lab, val in [("Full name", "Oskar Nyberg"), ("Email", "oskar.nyberg@mailbox.se")]:
        cv.t(x, y, lab, "latob", 14); cv.rect(x, y + 22, x + 700, y + 58, outline="#ccc", r=6); cv.t(x + 12, y + 40, val, "lato", 16, anchor="lm"); y += 84
    cv.t(x, y, "Plan", "latob", 14); y += 28
    plans = ["Basic — 29 €/month", "Plus — 45 €/month", "Premium — 69 €/month"]
    sel = 1
    for i, p in enumerate(plans):
        cv.radio(x, y, i == sel); cv.t(x + 28, y + 8, p, "lato", 16, anchor="lm"); y += 32
    y += 16
    cv.t(x, y, "Add-ons", "latob", 14); y += 28
    addons = [("Towel service", True), ("Sauna access", False), ("Personal trainer (2 sessions)", True), ("Locker rental", True), ("Guest passes", False)]
    for n, c in addons:
        cv.checkbox(x, y, c); cv.t(x + 28, y + 8, n, "lato", 16, anchor="lm"); y += 32
    y += 16
    cv.t(x, y, "Home club", "latob", 14)
    cv.rect(x, y + 22, x + 340, y + 58, outline="#ccc", r=6); cv.t(x + 12, y + 40, "Göteborg Centrum", "lato", 16, anchor="lm")
    cv.t(x + 320, y + 40, "▾", "sans", 16, anchor="mm"); y += 84
    cv.t(x, y, "Billing", "latob", 14); y += 28
    cv.toggle(x, y, False); cv.t(x + 56, y + 12, "Pay yearly (save 10%)", "lato", 16, anchor="lm"); y += 60
    cv.rect(x, y, x + 140, y + 42, fill="#1a73e8", r=6); cv.t(x + 70, y + 21, "Save", "latob", 16, fill="white", anchor="mm")
    checked = [n for n, c in addons if c]
    qs = [Q("which plan is selected", "Plus — 45 €/month", "text", "control_state", True),
          Q("how many add-ons are ticked?", len(checked), "count", "count", False),
          Q("is sauna access included in what I picked", "no", "yesno", "control_state", False),
          Q("is yearly billing switched on?", "no", "yesno", "control_state", False),
          Q("what home club is chosen in the dropdown", "Göteborg Centrum", "text", "control_state", True)]
    return "web_form", cv, qs


@scene
def settings_page():
    cv = Cv(1240, 760, "#ffffff")
    cv.rect(0, 0, 260, 760, fill="#f6f6f8")
    cv.t(24, 24, "Settings", "sansb", 22)
    nav = ["Account", "Notifications", "Privacy", "Appearance", "Devices", "Billing"]
    for i, n in enumerate(nav):
        if n == "Notifications":
            cv.rect(12, 70 + i * 42, 248, 106 + i * 42, fill="#e6e6f0", r=8)
        cv.t(28, 80 + i * 42, n, "sans", 15)
    cv.t(300, 30, "Notifications", "sansb", 26)
    items = [("Email digest", "Weekly summary of activity", True), ("Push notifications", "On this device", True),
             ("Mentions only", "Only notify me when someone @mentions me", False), ("Desktop sounds", "Play a sound for new messages", False),
             ("Marketing emails", "Product news and offers", False), ("Do Not Disturb schedule", "22:00 – 07:30 every day", True),
             ("Read receipts", "Let others see when you've read messages", True)]
    for i, (t, sub, on) in enumerate(items):
        y = 100 + i * 78
        cv.t(300, y, t, "sansb", 17); cv.t(300, y + 26, sub, "sans", 14, fill="#666")
        cv.toggle(1140, y + 6, on, color="#5b5bd6"); cv.line(300, y + 60, 1200, y + 60, "#eee")
    qs = [Q("are desktop sounds on?", "no", "yesno", "control_state", False),
          Q("how many notification toggles are switched on", sum(1 for *_, o in items if o), "count", "count", False),
          Q("what hours is do not disturb set to", "22:00 – 07:30", "time", "value_at_label", True),
          Q("is read receipts enabled", "yes", "yesno", "control_state", False)]
    return "settings", cv, qs


@scene
def dashboard():
    cv = Cv(1400, 820, "#f4f6fb")
    cv.rect(0, 0, 220, 820, fill="#1f2433"); cv.t(24, 24, "Kestrel BI", "latob", 22, fill="white")
    for i, s in enumerate(["Overview", "Sales", "Customers", "Inventory", "Reports"]):
        cv.t(24, 90 + i * 40, s, "lato", 16, fill="white" if i == 0 else "#9aa3b5")
    cv.t(250, 24, "Overview — June 2025", "latob", 24)
    kpis = [("Revenue", "€412,870", "+8.4%"), ("Orders", "5,219", "+3.1%"), ("Avg. order value", "€79.11", "+5.1%"),
            ("Refund rate", "2.7%", "-0.4 pp"), ("New customers", "1,148", "-6.2%")]
    for i, (k, v, d) in enumerate(kpis):
        x = 250 + i * 228
        cv.rect(x, 80, x + 212, 200, fill="white", r=10)
        cv.t(x + 18, 98, k, "lato", 14, fill="#6b7280"); cv.t(x + 18, 124, v, "latob", 28)
        neg = d.startswith("-")
        good = (not neg) if k != "Refund rate" else neg
        cv.t(x + 18, 168, d + " vs May", "latob", 13, fill="#16a34a" if good else "#dc2626")
    cv.rect(250, 230, 1370, 790, fill="white", r=10)
    cv.t(274, 250, "Top products", "latob", 18)
    prods = [("Trail Runner X2", 1204, 96320.0), ("Merino Base Layer", 887, 53220.0), ("Alpine Shell Jacket", 312, 74880.0),
             ("Thermal Flask 1L", 1560, 37440.0), ("Hiking Poles Pro", 401, 28070.0)]
    rows = [(n, f"{u:,}", "€" + group(rv, ",", 0)) for n, u, rv in prods]
    cv.table(274, 290, ["Product", "Units", "Revenue"], rows, [500, 200, 250], rh=40, f="lato", size=16, aligns="lrr")
    best = max(prods, key=lambda p: p[2]); most_units = max(prods, key=lambda p: p[1])
    qs = [Q("what was revenue in june", "€412,870", "money", "value_at_label", True),
          Q("which KPI dropped the most in %?", "New customers", "text", "argmin", True),
          Q("which product brought in the most revenue", best[0], "text", "argmax", True),
          Q("most units sold — which product and how many?", f"{most_units[0]}, {most_units[1]:,}", "text", "multi_part", False)]
    return "dashboard", cv, qs


@scene
def calendar_week():
    cv = Cv(1300, 820, "white")
    days = [dt.date(2025, 10, 13) + dt.timedelta(days=i) for i in range(5)]
    cv.t(24, 20, "October 2025", "sansb", 24); cv.t(1276, 26, "Week 42", "sans", 16, fill="#666", anchor="ra")
    x0, colw, y0, hh = 90, 240, 110, 60
    for i, d in enumerate(days):
        cv.t(x0 + i * colw + colw // 2, 70, d.strftime("%a %d"), "sansb", 16, anchor="ma")
    for h in range(8, 20):
        y = y0 + (h - 8) * hh
        cv.t(80, y - 8, f"{h:02d}:00", "sans", 12, fill="#888", anchor="ra"); cv.line(x0, y, x0 + 5 * colw, y, "#eee")
    for i in range(6):
        cv.line(x0 + i * colw, y0, x0 + i * colw, y0 + 12 * hh, "#e5e5e5")
    ev = [(0, "09:00", "10:00", "Team stand-up", "#4285f4"), (0, "13:30", "15:00", "Budget review w/ Elif", "#0b8043"),
          (1, "11:00", "12:00", "Dentist", "#e67c73"), (2, "10:00", "11:30", "Sprint planning", "#4285f4"),
          (2, "16:00", "17:00", "1:1 with Rasmus", "#8e24aa"), (3, "08:30", "09:15", "Vendor call — Tessaro", "#f4511e"),
          (3, "14:00", "16:30", "Workshop: OKRs", "#0b8043"), (4, "12:00", "13:00", "Lunch with Chiara", "#f6bf26")]
    m = lambda s: int(s[:2]) * 60 + int(s[3:])
    for di, a, b, t, c in ev:
        x = x0 + di * colw + 4; ya = y0 + (m(a) - 480) * hh / 60; yb = y0 + (m(b) - 480) * hh / 60
        cv.rect(x, ya + 2, x + colw - 8, yb - 2, fill=c, r=5)
        cv.t(x + 8, ya + 6, t, "sansb", 13, fill="white"); cv.t(x + 8, ya + 24, f"{a} – {b}", "sans", 12, fill="white")
    rasmus = [e for e in ev if "Rasmus" in e[3]][0]
    dentist = [e for e in ev if e[3] == "Dentist"][0]
    ws = [e for e in ev if e[3].startswith("Workshop")][0]
    qs = [Q("when's my 1:1 with Rasmus", rasmus[1], "time", "who_when_where", True),
          Q("what day is the dentist appointment", days[dentist[0]].strftime("%A"), "date", "who_when_where", False),
          Q("how long is the OKR workshop", f"{(m(ws[2])-m(ws[1]))/60:g} hours", "time", "arithmetic", False),
          Q("how many meetings do I have on Wednesday", sum(1 for e in ev if e[0] == 2), "count", "count", False)]
    return "calendar", cv, qs


@scene
def calendar_month():
    cv = Cv(1000, 760, "#fffdf8")
    cv.t(500, 24, "Mars 2025", "serifb", 28, anchor="ma")
    hd = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
    x0, y0, cw, ch = 40, 90, 131, 108
    for i, h in enumerate(hd):
        cv.t(x0 + i * cw + cw // 2, y0 - 22, h, "sansb", 14, fill="#555", anchor="ma")
    first = dt.date(2025, 3, 1)
    off = first.weekday()
    evs = {4: "Dentiste 9h", 8: "Anniv. Paul", 14: "Réunion parents", 21: "Départ Lyon", 22: "Lyon", 23: "Lyon", 29: "Brunch chez Inès"}
    today = 18
    for d in range(1, 32):
        k = off + d - 1; cx = x0 + (k % 7) * cw; cy = y0 + (k // 7) * ch
        cv.rect(cx, cy, cx + cw, cy + ch, outline="#ddd", fill="#eaf2ff" if d == today else None)
        cv.t(cx + 8, cy + 6, str(d), "sansb" if d == today else "sans", 14, fill="#c00" if d == today else "#333")
        if d in evs:
            cv.rect(cx + 4, cy + 34, cx + cw - 4, cy + 58, fill="#f9d77e", r=4); cv.t(cx + 8, cy + 38, evs[d], "sans", 12)
    anniv = dt.date(2025, 3, 8)
    jours = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
    qs = [Q("c'est quel jour de la semaine, l'anniversaire de Paul ?", jours[anniv.weekday()], "date", "who_when_where", False),
          Q("which day is highlighted as today", str(today), "date", "control_state", True),
          Q("how many days am I in Lyon (counting the departure day)", 3, "count", "count", False)]
    return "calendar", cv, qs


@scene
def chat():
    msgs = [("Noor", "19:02", "anyone up for climbing thursday?", False), ("Tobias", "19:05", "I'm in! 18:30 at Boulderhalle Nord?", False),
            ("me", "19:06", "works for me", True), ("Noor", "19:11", "great. Can someone bring the spare harness?", False),
            ("Wiebke", "19:14", "I'll bring it + chalk", False), ("Tobias", "19:20", "btw it's €14 entry now, they raised prices", False),
            ("me", "19:23", "ugh ok. see you there", True)]
    cv = Cv(700, 900, "#e5ddd5")
    cv.rect(0, 0, 700, 70, fill="#075e54"); cv.t(70, 14, "Climbing crew", "sansb", 18, fill="white")
    cv.t(70, 40, "Noor, Tobias, Wiebke, You", "sans", 13, fill="#cfe")
    cv.circle(36, 35, 20, fill="#b2dfdb")
    y = 96
    colors = {"Noor": "#c2185b", "Tobias": "#1565c0", "Wiebke": "#2e7d32"}
    for who, t, txt, mine in msgs:
        w = max(cv.tw(txt, "sans", 15) + 90, 160)
        if mine:
            x1 = 680; x0 = x1 - w; cv.rect(x0, y, x1, y + 52, fill="#dcf8c6", r=8)
            cv.t(x0 + 12, y + 16, txt, "sans", 15); cv.t(x1 - 10, y + 36, t + " ✓✓", "sans", 11, fill="#4fc3f7", anchor="ra")
            y += 66
        else:
            x0 = 20; x1 = x0 + w; cv.rect(x0, y, x1, y + 70, fill="white", r=8)
            cv.t(x0 + 12, y + 8, who, "sansb", 13, fill=colors[who]); cv.t(x0 + 12, y + 30, txt, "sans", 15)
            cv.t(x1 - 10, y + 54, t, "sans", 11, fill="#999", anchor="ra"); y += 84
    qs = [Q("who's bringing the harness?", "Wiebke", "person", "who_when_where", True),
          Q("what time are we meeting on thursday", "18:30", "time", "who_when_where", True),
          Q("how much is entry now", "€14", "money", "value_at_label", True),
          Q("who sent the first message?", msgs[0][0], "person", "ordinal", True)]
    return "chat", cv, qs


@scene
def inbox():
    mails = [("GitHub", "[acme/api] PR #482 approved", "Approved by @lindqvist — ready to merge", "09:41", True),
             ("Deutsche Bahn", "Ihre Reiseverbindung am 24.07.", "Gute Reise! Ihr Ticket im Anhang …", "08:15", True),
             ("Hannah Reyes", "Re: Q3 offsite venue", "Let's go with the lake house, I'll book it", "Yesterday", False),
             ("Figma", "Weekly digest: 12 comments", "You have new comments on Checkout v4", "Yesterday", True),
             ("Marco Zanetti", "Contract draft v3", "See attached, changes in clause 7", "Mon", False),
             ("Stripe", "Your payout of €3,420.18 is on the way", "Expected arrival: Jul 25", "Mon", False),
             ("Lena Fischer", "Lunch Friday?", "Thai place around the corner?", "Sun", True)]
    cv = Cv(1280, 640, "white")
    cv.rect(0, 0, 1280, 60, fill="#f6f8fc"); cv.t(24, 18, "✉ Mail", "sansb", 22)
    cv.rect(300, 12, 900, 48, fill="#eaf1fb", r=18); cv.t(320, 30, "Search mail", "sans", 14, fill="#777", anchor="lm")
    cv.rect(0, 60, 230, 640, fill="#f6f8fc")
    unread = sum(1 for m in mails if m[4])
    for i, (n, c) in enumerate([("Inbox", unread), ("Starred", 0), ("Sent", 0), ("Drafts", 2), ("Spam", 14)]):
        if i == 0: cv.rect(8, 78, 222, 112, fill="#d3e3fd", r=16)
        cv.t(28, 86 + i * 40, n, "sansb" if i == 0 else "sans", 15); cv.t(210, 86 + i * 40, str(c) if c else "", "sans", 14, anchor="ra")
    for i, (fr, sub, prev, t, un) in enumerate(mails):
        y = 70 + i * 52
        cv.rect(240, y, 1270, y + 52, fill="white" if un else "#f2f6fc"); cv.line(240, y + 52, 1270, y + 52, "#eee")
        fnt = "sansb" if un else "sans"
        cv.t(260, y + 26, fr, fnt, 15, anchor="lm"); cv.t(460, y + 26, sub, fnt, 15, anchor="lm")
        cv.t(470 + cv.tw(sub, fnt, 15), y + 26, "– " + prev, "sans", 14, fill="#777", anchor="lm")
        cv.t(1250, y + 26, t, fnt, 13, anchor="rm")
    qs = [Q("how many unread emails do I have", unread, "count", "count", False),
          Q("who sent the contract draft", "Marco Zanetti", "person", "who_when_where", True),
          Q("what's the most recent email about?", mails[0][1], "text", "ordinal", True),
          Q("how big is the stripe payout", "€3,420.18", "money", "value_at_label", True)]
    return "email", cv, qs


@scene
def weather():
    r = rng_for("weather")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    icons = ["☀", "☁", "☂", "☂", "☁", "☀", "☀"]
    hi = [r.randint(17, 27) for _ in days]; lo = [h - r.randint(6, 11) for h in hi]
    rain = [r.choice([0, 5, 10]) if ic == "☀" else (r.randint(15, 40) if ic == "☁" else r.randint(55, 95)) for ic in icons]
    cv = Cv(980, 420, "#1c3d5a")
    cv.rect(20, 20, 960, 400, fill="#2b5d87", r=20)
    cv.t(50, 40, "Lisboa", "sansb", 28, fill="white"); cv.t(50, 80, "Now 21°  Partly cloudy · Wind 14 km/h NW", "sans", 16, fill="#dbe9f5")
    for i, d in enumerate(days):
        x = 50 + i * 128
        cv.rect(x, 130, x + 116, 380, fill="#3a6f9c", r=12)
        cv.t(x + 58, 146, d, "sansb", 16, fill="white", anchor="ma"); cv.t(x + 58, 180, icons[i], "sans", 36, fill="#ffe27a", anchor="ma")
        cv.t(x + 58, 250, f"{hi[i]}°", "sansb", 24, fill="white", anchor="ma"); cv.t(x + 58, 286, f"{lo[i]}°", "sans", 18, fill="#bcd", anchor="ma")
        cv.t(x + 58, 330, f"Rain {rain[i]}%", "sans", 14, fill="#cfe6ff", anchor="ma")
    wet = days[rain.index(max(rain))]
    hot = days[hi.index(max(hi))]
    qs = [Q("which day has the highest chance of rain", wet, "text", "argmax", True),
          Q("what's the high on thursday", f"{hi[3]}°", "number", "table_cell", True),
          Q("warmest day this week?", hot, "text", "argmax", True)]
    assert hi.count(max(hi)) == 1 and rain.count(max(rain)) == 1
    return "weather", cv, qs


@scene
def kanban():
    cols = {"Backlog": [("Dark mode for settings", "AK"), ("Export to PDF", "JM"), ("Onboarding tour", "SL")],
            "In progress": [("Payment retries", "JM"), ("Search ranking v2", "RT")],
            "Review": [("Fix timezone bug in reports", "AK")],
            "Done": [("SSO with Okta", "SL"), ("Rate limiter", "RT"), ("Audit log", "AK"), ("Invite links", "JM")]}
    cv = Cv(1300, 640, "#0f4c81")
    cv.t(24, 18, "Sprint 23 · Team Atlas", "latob", 24, fill="white")
    for i, (c, cards) in enumerate(cols.items()):
        x = 24 + i * 318
        cv.rect(x, 70, x + 300, 620, fill="#ebecf0", r=10)
        cv.t(x + 14, 84, f"{c}  {len(cards)}", "latob", 16)
        for j, (t, who) in enumerate(cards):
            y = 120 + j * 92
            cv.rect(x + 10, y, x + 290, y + 80, fill="white", r=8)
            cv.t(x + 22, y + 14, t, "lato", 15); cv.circle(x + 266, y + 56, 14, fill="#5e6c84"); cv.t(x + 266, y + 56, who, "latob", 11, fill="white", anchor="mm")
    inprog_payment = "JM"
    qs = [Q("how many cards are done", len(cols["Done"]), "count", "count", True),
          Q("who's on the timezone bug (initials)", "AK", "person", "who_when_where", True),
          Q("which column is 'Search ranking v2' in?", "In progress", "text", "value_at_label", True)]
    return "kanban", cv, qs


@scene
def todo():
    items = [("Book flights to Porto", True), ("Renew passport", False), ("Call plumber about the boiler", True),
             ("Send invoice #112 to Kessler", False), ("Buy birthday gift for Mia", True), ("Cancel old gym membership", False),
             ("Back up laptop", True), ("Water the plants", False)]
    cv = Cv(620, 620, "#fafafa")
    cv.t(40, 30, "To-do · Weekend", "sansb", 24)
    for i, (t, done) in enumerate(items):
        y = 90 + i * 60
        cv.rect(30, y, 590, y + 50, fill="white", outline="#e3e3e3", r=8)
        cv.checkbox(46, y + 16, done, size=18, color="#2e7d32")
        cv.t(80, y + 25, t, "sans", 16, fill="#999" if done else "#222", anchor="lm")
        if done:
            cv.line(80, y + 26, 80 + cv.tw(t, "sans", 16), y + 26, "#999", 1)
    left = [t for t, d in items if not d]
    qs = [Q("how many things are still left to do", len(left), "count", "count", False),
          Q("did I already book the flights?", "yes", "yesno", "control_state", False),
          Q("what's the last item on the list", items[-1][0], "text", "ordinal", True)]
    return "todo", cv, qs


@scene
def slide_bullets():
    cv = Cv(1280, 720, "#ffffff")
    cv.rect(0, 0, 1280, 12, fill="#e4572e")
    cv.t(80, 60, "Why we're moving to a 4-day release cycle", "latob", 38, fill="#1b1b3a")
    bullets = ["Hotfix volume down 38% since the pilot in Q2", "Review queue under 24 h for 9 of 10 PRs",
               "Staging now mirrors production data nightly", "On-call load spread across 3 squads", "Customer-facing changelog every Thursday"]
    for i, b in enumerate(bullets):
        cv.circle(100, 178 + i * 70, 7, fill="#e4572e"); cv.t(126, 178 + i * 70, b, "lato", 26, anchor="lm")
    cv.t(80, 660, "Platform Guild · All-hands, 9 Sept 2025", "lato", 16, fill="#888"); cv.t(1200, 660, "7", "lato", 16, fill="#888", anchor="ra")
    qs = [Q("how many bullet points on this slide", len(bullets), "count", "count", False),
          Q("by how much did hotfix volume drop?", "38%", "percent", "value_at_label", True),
          Q("what slide number is this", "7", "number", "value_at_label", True)]
    return "slide", cv, qs


@scene
def slide_diagram():
    cv = Cv(1280, 720, "#f7f7f2")
    cv.t(60, 40, "Order pipeline", "serifb", 36)
    steps = ["Checkout", "Fraud check", "Payment", "Warehouse pick", "Shipping"]
    for i, s in enumerate(steps):
        x = 60 + i * 240
        cv.rect(x, 260, x + 190, 340, fill="#ffffff", outline="#2d6a4f", width=3, r=12)
        cv.t(x + 95, 300, s, "sansb", 17, anchor="mm")
        if i < len(steps) - 1:
            cv.line(x + 190, 300, x + 236, 300, "#2d6a4f", 4)
            cv.d.polygon([(x + 238, 300), (x + 226, 292), (x + 226, 308)], fill="#2d6a4f")
    cv.rect(300, 430, 490, 510, fill="#fde2e4", outline="#c9184a", width=3, r=12); cv.t(395, 470, "Manual review", "sansb", 17, anchor="mm")
    cv.line(395, 340, 395, 428, "#c9184a", 3); cv.t(405, 372, "risk > 0.8", "sans", 14, fill="#c9184a")
    cv.t(60, 600, "Avg. end-to-end time: 26 h · Target: 18 h", "sans", 18, fill="#444")
    qs = [Q("what step comes right after Payment?", "Warehouse pick", "text", "ordinal", True),
          Q("when does an order go to manual review", "risk > 0.8", "text", "value_at_label", True),
          Q("how many hours over target is the pipeline now", "8", "number", "arithmetic", False)]
    return "slide", cv, qs


@scene
def leaderboard():
    r = rng_for("lb")
    names = ["kestrel_77", "NovaFlux", "mjölnir", "quietstorm", "PixelPaloma", "b4rtek", "Zephyrine", "onigiri_ken"]
    pts = sorted(r.sample(range(1800, 4200), len(names)), reverse=True)
    cv = Cv(720, 640, "#14141f")
    cv.t(360, 30, "★  Season 9 Leaderboard  ★", "sansb", 26, fill="#ffd166", anchor="ma")
    for i, (n, p) in enumerate(zip(names, pts)):
        y = 100 + i * 62
        cv.rect(40, y, 680, y + 52, fill="#23233a" if i % 2 else "#2c2c48", r=8)
        cv.t(70, y + 26, f"#{i+1}", "sansb", 18, fill="#ffd166" if i < 3 else "#aaa", anchor="lm")
        cv.t(140, y + 26, n, "sans", 18, fill="white", anchor="lm"); cv.t(650, y + 26, f"{p:,} pts", "sansb", 18, fill="#8be9fd", anchor="rm")
    qs = [Q("who's in 3rd place", names[2], "person", "ordinal", True),
          Q("how many points behind first is second place?", f"{pts[0]-pts[1]:,}", "number", "arithmetic", False),
          Q("what's PixelPaloma's score", f"{pts[4]:,} pts", "number", "table_cell", True),
          Q("who's top of the board and with how many points", f"{names[0]}, {pts[0]:,} pts", "text", "multi_part", False)]
    return "leaderboard", cv, qs


@scene
def menu_it():
    secs = {"Antipasti": [("Bruschetta al pomodoro", 6.50), ("Burrata e prosciutto", 12.00), ("Arancini (3 pz)", 7.50)],
            "Primi": [("Spaghetti alle vongole", 16.00), ("Tagliatelle al ragù", 13.50), ("Risotto ai funghi porcini", 15.00), ("Cacio e pepe", 11.50)],
            "Dolci": [("Tiramisù della casa", 6.00), ("Panna cotta ai frutti di bosco", 5.50), ("Cannolo siciliano", 4.50)]}
    cv = Cv(760, 780, "#fbf4e6")
    cv.rect(20, 20, 740, 760, outline="#7a4b2a", width=2)
    cv.t(380, 50, "Trattoria da Ornella", "serifb", 32, fill="#7a4b2a", anchor="ma"); cv.t(380, 96, "~ Menù ~", "serif", 18, fill="#7a4b2a", anchor="ma")
    y = 150
    for s, its in secs.items():
        cv.t(380, y, s, "serifb", 22, fill="#a0522d", anchor="ma"); y += 44
        for n, p in its:
            cv.t(70, y, n, "serif", 17); cv.t(690, y, f"€ {group(p, '.', 2, ',')}", "serif", 17, anchor="ra"); y += 34
        y += 26
    cv.t(380, y + 10, "Coperto € 2,50 a persona", "serif", 14, fill="#666", anchor="ma")
    cheap_primo = min(secs["Primi"], key=lambda x: x[1])
    qs = [Q("qual è il primo più economico?", cheap_primo[0], "text", "argmin", True),
          Q("how much is the risotto", "€ 15,00", "money", "value_at_label", True),
          Q("how many desserts are on the menu", len(secs["Dolci"]), "count", "count", False),
          Q("if I get the burrata and the tiramisù, what's that before cover charge", f"€ {group(12.00 + 6.00, '.', 2, ',')}", "money", "arithmetic", False)]
    return "menu", cv, qs


@scene
def cart():
    items = [("Noise-cancelling headphones WH-880", 1, 249.00, "In stock"), ("USB-C charging cable 2 m", 3, 12.99, "In stock"),
             ("Laptop sleeve 14\"", 1, 34.50, "Only 2 left"), ("Bluetooth mouse MX Go", 2, 39.95, "Out of stock")]
    cv = Cv(1200, 720, "#ffffff")
    top = browser(cv, "https://www.voltbay.co.uk/basket")
    cv.t(40, top + 30, "Your basket", "latob", 28)
    y = top + 90
    for n, q, p, st in items:
        cv.rect(40, y, 820, y + 100, outline="#e5e5e5", r=8); cv.rect(56, y + 14, 128, y + 86, fill="#eef")
        cv.t(148, y + 18, n, "latob", 17); cv.t(148, y + 46, st, "lato", 14, fill="#b00" if st == "Out of stock" else ("#c60" if "left" in st else "#080"))
        cv.t(148, y + 70, f"Qty: {q}", "lato", 14); cv.t(800, y + 18, gbp(q * p), "latob", 18, anchor="ra"); y += 112
    sub = round(sum(q * p for _, q, p, _ in items), 2); ship = 0.0 if sub > 50 else 4.99
    cv.rect(850, top + 90, 1170, top + 330, fill="#f7f7f7", r=10)
    cv.t(870, top + 110, "Order summary", "latob", 20)
    cv.t(870, top + 150, f"Items ({sum(q for _, q, _, _ in items)})", "lato", 16); cv.t(1150, top + 150, gbp(sub), "lato", 16, anchor="ra")
    cv.t(870, top + 180, "Delivery", "lato", 16); cv.t(1150, top + 180, "FREE" if ship == 0 else gbp(ship), "lato", 16, anchor="ra")
    cv.t(870, top + 220, "Total", "latob", 20); cv.t(1150, top + 220, gbp(sub + ship), "latob", 20, anchor="ra")
    cv.rect(870, top + 264, 1150, top + 310, fill="#ffb800", r=8); cv.t(1010, top + 287, "Checkout", "latob", 18, anchor="mm")
    qs = [Q("how many items in my basket total", str(sum(q for _, q, _, _ in items)), "count", "count", False),
          Q("is the mouse in stock?", "no", "yesno", "yesno", False),
          Q("basket total?", gbp(sub + ship), "money", "value_at_label", True),
          Q("how much am I paying for the cables", gbp(3 * 12.99), "money", "table_cell", True)]
    return "shopping_cart", cv, qs


@scene
def timetable():
    deps = ["06:12", "06:42", "07:12", "07:37", "08:02", "08:32", "09:02", "10:02", "11:02", "12:02", "13:02", "13:47", "14:17", "14:47", "15:17", "16:02"]
    cv = Cv(900, 620, "#fffbe6")
    cv.rect(0, 0, 900, 80, fill="#ffcc00"); cv.t(30, 18, "Bus 34  →  Hauptbahnhof", "sansb", 30)
    cv.t(30, 100, "Haltestelle: Rosenplatz   ·   Montag – Freitag   ·   gültig ab 01.09.2025", "sans", 15)
    byh = {}
    for d in deps: byh.setdefault(d[:2], []).append(d[3:])
    y = 150
    for h, ms in byh.items():
        cv.rect(30, y, 110, y + 32, fill="#333"); cv.t(70, y + 16, h, "monob", 18, fill="white", anchor="mm")
        cv.t(130, y + 16, "   ".join(ms), "mono", 18, anchor="lm"); y += 38
    after = [d for d in deps if d > "14:00"][0]
    n_morning = sum(1 for d in deps if d < "09:00")
    qs = [Q("next bus after 2pm?", after, "time", "ordinal", False),
          Q("how many buses leave before 9?", n_morning, "count", "count", False),
          Q("wann fährt der erste Bus?", deps[0], "time", "ordinal", False)]
    return "timetable", cv, qs


@scene
def recipe():
    ing = ["250 g Mehl", "2 Eier", "100 g Zucker", "1 Päckchen Backpulver", "125 ml Milch", "80 g Butter, geschmolzen", "300 g Heidelbeeren"]
    cv = Cv(820, 700, "#fdfaf3")
    cv.rect(30, 30, 790, 670, fill="white", outline="#e8dcc8", r=16)
    cv.t(60, 60, "Heidelbeer-Muffins", "serifb", 32, fill="#5a3e8c")
    cv.t(60, 112, "Portionen: 12   ·   Vorbereitung: 15 Min.   ·   Backzeit: 22 Min.   ·   Ofen: 180 °C", "sans", 14, fill="#555")
    cv.t(60, 160, "Zutaten", "sansb", 20)
    for i, s in enumerate(ing):
        cv.t(80, 198 + i * 30, "• " + s, "sans", 16)
    cv.t(60, 430, "Zubereitung", "sansb", 20)
    steps = ["Ofen auf 180 °C vorheizen, Muffinform fetten.", "Mehl, Zucker und Backpulver mischen.", "Eier, Milch und Butter verrühren, unterheben.",
             "Heidelbeeren vorsichtig unterziehen.", "In die Form füllen und 22 Minuten backen."]
    for i, s in enumerate(steps):
        cv.t(80, 468 + i * 34, f"{i+1}. {s}", "sans", 16)
    qs = [Q("what temperature should the oven be", "180 °C", "number", "value_at_label", True),
          Q("how much sugar do I need", "100 g", "number", "value_at_label", True),
          Q("total time prep + baking?", "37 Min.", "time", "arithmetic", False)]
    return "recipe", cv, qs


@scene
def notifications():
    ns = [("Slack", "#deploys", "Build 1834 failed on main", "2m"), ("Calendar", "Design crit", "Starts in 15 minutes · Room Fjord", "5m"),
          ("Revolut", "Payment sent", "€42.00 to Jonas Weber", "18m"), ("Slack", "Priya", "can you look at the PR?", "25m"),
          ("Strava", "Kudos", "Ola and 3 others gave you kudos", "1h"), ("Battery", "Low battery", "12% remaining", "1h")]
    cv = Cv(520, 820, "#202124")
    cv.t(30, 24, "14:08", "sansb", 40, fill="white"); cv.t(30, 80, "Tuesday, 22 July", "sans", 16, fill="#ccc")
    for i, (app, title, body, ago) in enumerate(ns):
        y = 130 + i * 110
        cv.rect(20, y, 500, y + 98, fill="#3c4043", r=16)
        cv.t(40, y + 14, app.upper() + " · " + ago, "sans", 12, fill="#aaa"); cv.t(40, y + 38, title, "sansb", 16, fill="white")
        cv.t(40, y + 64, body, "sans", 15, fill="#ddd")
    qs = [Q("how many slack notifications are there", sum(1 for n in ns if n[0] == "Slack"), "count", "count", False),
          Q("which room is the design crit in", "Fjord", "text", "value_at_label", True),
          Q("who did I send money to and how much", "Jonas Weber, €42.00", "text", "multi_part", False),
          Q("what build failed?", "1834", "number", "value_at_label", True)]
    return "notifications", cv, qs


@scene
def product_page():
    cv = Cv(1280, 780, "white")
    top = browser(cv, "https://www.nordhaus-shop.de/kaffeemuehle-mk-40")
    cv.rect(40, top + 40, 560, top + 560, fill="#f1efe9", r=10); cv.t(300, top + 300, "[ Produktbild ]", "sans", 20, fill="#aaa", anchor="mm")
    x = 620
    cv.t(x, top + 40, "Nordhaus MK-40 Kaffeemühle", "sansb", 30)
    cv.t(x, top + 88, "★★★★☆  4,3 (1.287 Bewertungen)", "sans", 16, fill="#c77800")
    cv.t(x, top + 130, "89,99 €", "sansb", 34, fill="#b12704"); cv.t(x + 170, top + 144, "UVP 119,00 €", "sans", 16, fill="#888")
    cv.t(x, top + 190, "✓ Auf Lager – Lieferung bis Do., 17. Juli", "sans", 16, fill="#007600")
    cv.t(x, top + 236, "Farbe:", "sansb", 15)
    colors = ["Schwarz", "Edelstahl", "Weiß"]
    for i, c in enumerate(colors):
        bx = x + i * 140
        cv.rect(bx, top + 262, bx + 128, top + 300, outline="#e77600" if i == 1 else "#bbb", width=3 if i == 1 else 1, r=6)
        cv.t(bx + 64, top + 281, c, "sans", 15, anchor="mm")
    cv.t(x, top + 330, "Technische Daten", "sansb", 18)
    spec = [("Mahlgrad-Stufen", "40"), ("Bohnenbehälter", "250 g"), ("Leistung", "150 W"), ("Gewicht", "2,1 kg")]
    cv.table(x, top + 362, ["Merkmal", "Wert"], spec, [300, 260], rh=32, size=15)
    qs = [Q("is it in stock?", "yes", "yesno", "yesno", False),
          Q("how much cheaper than the UVP is it", f"{group(119.00-89.99, '.', 2, ',')} €", "money", "arithmetic", False),
          Q("which colour is selected", "Edelstahl", "text", "control_state", True),
          Q("wie viele Mahlgrad-Stufen hat die?", "40", "number", "table_cell", True)]
    return "product_page", cv, qs


@scene
def html_table():
    rows = [("Amsterdam", "NL", 931298, 219.3, "1275"), ("Antwerpen", "BE", 545990, 204.5, "1291"), ("Bergen", "NO", 291940, 465.3, "1070"),
            ("Bologna", "IT", 392120, 140.9, "1088"), ("Göteborg", "SE", 604616, 447.8, "1621"), ("Porto", "PT", 248769, 41.4, "868"),
            ("Lyon", "FR", 522250, 47.9, "43 BC"), ("Graz", "AT", 305314, 127.6, "1128")]
    cv = Cv(1160, 560, "#fafafa")
    cv.t(40, 30, "European mid-sized cities (2024 estimates)", "serifb", 24)
    data = [(c, k, f"{p:,}", f"{a:.1f}", f"{p/a:,.0f}", y) for c, k, p, a, y in rows]
    cv.table(40, 80, ["City", "Country", "Population", "Area (km²)", "Density (/km²)", "Founded"], data, [200, 110, 180, 170, 200, 150],
             rh=44, f="serif", size=16, head_bg="#2f4858", head_fill="white", zebra="#eef3f6", aligns="llrrrr")
    dens = max(rows, key=lambda r: r[2] / r[3])
    qs = [Q("what's the population of Graz", f"{305314:,}", "number", "table_cell", True),
          Q("densest city in the table?", dens[0], "text", "argmax", True),
          Q("how many of these cities have over 500,000 people", sum(1 for r in rows if r[2] > 500000), "count", "count", False),
          Q("what country is Bergen in (code)", "NO", "code", "table_cell", True)]
    return "html_table", cv, qs
