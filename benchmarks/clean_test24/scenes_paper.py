"""Paper-like scenes drawn with PIL: receipts, tickets, nutrition label, map with markers."""
import math
import os
import random

from PIL import Image, ImageDraw

from common import IMG_DIR, Scene, font, money_fmt


def _r(seed, name):
    return random.Random(f"{seed}-{name}")


class Paper:
    """Vertical layout of text rows on a receipt-like strip."""

    def __init__(self, scene, width, fname, size, bg="#fbfaf6", fg="#222222", margin=24):
        self.s, self.W, self.fname, self.size, self.bg, self.fg, self.m = scene, width, fname, size, bg, fg, margin
        self.ops = []

    def text(self, left="", right="", center=None, size=None, bold=False, gap=6, fg=None):
        self.ops.append(("t", left, right, center, size or self.size, bold, gap, fg))

    def rule(self, ch="-"):
        self.ops.append(("r", ch))

    def space(self, h=8):
        self.ops.append(("s", h))

    def _font(self, size, bold):
        n = self.fname + ("_b" if bold else "")
        return font(n if bold else self.fname, size) if True else None

    def render(self, outer=None, shadow=True):
        H = self.m
        for op in self.ops:
            H += (op[4] + op[6]) if op[0] == "t" else (self.size + 4 if op[0] == "r" else op[1])
        H += self.m
        im = Image.new("RGB", (self.W, H), self.bg)
        d = ImageDraw.Draw(im)
        y = self.m
        for op in self.ops:
            if op[0] == "t":
                _, left, right, center, size, bold, gap, fg = op
                try:
                    f = font(self.fname + "_b", size) if bold else font(self.fname, size)
                except KeyError:
                    f = font(self.fname, size)
                col = fg or self.fg
                if center is not None:
                    w = f.getlength(center)
                    d.text(((self.W - w) / 2, y), center, font=f, fill=col)
                    self.s.texts.append(center)
                if left:
                    d.text((self.m, y), left, font=f, fill=col)
                    self.s.texts.append(left)
                if right:
                    w = f.getlength(right)
                    d.text((self.W - self.m - w, y), right, font=f, fill=col)
                    self.s.texts.append(right)
                y += size + gap
            elif op[0] == "r":
                f = font(self.fname, self.size)
                cw = f.getlength(op[1])
                n = int((self.W - 2 * self.m) / cw)
                d.text((self.m, y), op[1] * n, font=f, fill=self.fg)
                y += self.size + 4
            else:
                y += op[1]
        if outer:
            pad = 40
            bgc = outer
            o = Image.new("RGB", (self.W + 2 * pad, H + 2 * pad), bgc)
            if shadow:
                ImageDraw.Draw(o).rectangle([pad + 5, pad + 6, pad + self.W + 5, pad + H + 6], fill="#00000033" if False else "#777777")
            o.paste(im, (pad, pad))
            im = o
        im.save(os.path.join(IMG_DIR, self.s.file))
        self.s.size = im.size
        return im


def rcpt_tunisia(seed):
    r = _r(seed, "tn")
    s = Scene("rcpt_tn_superette.png", "Tunisian supermarket till receipt (TND, 3 decimals, decimal comma, TVA)", "receipt", "light", "PIL",
              "8 articles with quantities, total TTC, TVA 19 %/7 %, cash and change")
    items = [("LAIT DELICE 1L", 1.350), ("HARISSA SICAM 135G", 1.180), ("PATES WARDA 500G", 0.890), ("THON EL MANAR", 4.750),
             ("HUILE OLIVE 1L", 17.900), ("CAFE BONDIN 250G", 9.400), ("YAOURT VITALAIT", 0.480), ("PAIN DE MIE", 2.100),
             ("EAU SAFIA 1.5L", 0.750), ("FROMAGE PRESIDENT", 6.250)]
    picked = r.sample(items, 8)
    lines = []
    for n, p in picked:
        q = r.choice([1, 1, 1, 2, 3, 4])
        lines.append((n, q, p, round(q * p, 3)))
    tot = round(sum(x[3] for x in lines), 3)
    cash = math.ceil(tot / 10) * 10
    change = round(cash - tot, 3)
    tf = lambda v: money_fmt(v, 3, " ", ",")
    p = Paper(s, 430, "dejavu_mono", 14)
    p.text(center="SUPERETTE EL MOURouj".upper(), size=18, bold=True)
    p.text(center="Av. Habib Bourguiba 112, Sousse")
    p.text(center="MF: 1487326/B/A/M/000")
    p.text(center=f"Tel: 73 2{r.randint(10, 99)} {r.randint(100, 999)}")
    p.rule("=")
    p.text(f"Ticket N° {r.randint(10000, 99999)}", "14/02/2025 18:37")
    p.text("Caissier: SONIA", "Caisse 03")
    p.rule("-")
    for n, q, pr, a in lines:
        p.text(n, "", gap=2)
        p.text(f"   {q} x {tf(pr)}", tf(a))
    p.rule("-")
    p.text(f"NB ARTICLES: {sum(x[1] for x in lines)}")
    p.text("TOTAL TTC DT", tf(tot), size=18, bold=True)
    p.text("ESPECES", tf(cash))
    p.text("RENDU", tf(change))
    p.rule("-")
    p.text(center="Merci de votre visite !")
    p.render(outer="#c9c2b5")
    big = max(lines, key=lambda x: x[3])
    s.q("how much was the total", tf(tot), "money", "lookup")
    s.q("which line cost the most", big[0], "text", "argmax")
    s.q("What did I get back in change?", tf(change), "money", "lookup")
    cnt = sum(1 for x in lines if x[1] > 1)
    s.q("how many products did I buy more than one of", cnt, "count", "count", literal=False)
    return s


def rcpt_ukraine(seed):
    r = _r(seed, "ua")
    s = Scene("rcpt_ua_cafe.png", "Ukrainian café fiscal receipt (грн, ПДВ 20 %), Cyrillic", "receipt", "light", "PIL",
              "6 drinks/pastries, total, VAT, card payment, cashier")
    menu = [("Капучино", 75.00), ("Лате", 82.00), ("Американо", 58.00), ("Флет вайт", 88.00), ("Круасан", 64.00),
            ("Сирник", 95.00), ("Чай чорний", 45.00), ("Какао", 70.00)]
    picked = r.sample(menu, 6)
    lines = [(n, q := r.choice([1, 1, 2]), pr, q * pr) for n, pr in picked]
    tot = sum(x[3] for x in lines)
    vat = round(tot / 6, 2)
    f = lambda v: f"{v:.2f}".replace(".", ",")
    cashier = r.choice(["Олена К.", "Дмитро С.", "Ірина П."])
    p = Paper(s, 400, "dejavu_cond", 15, bg="#ffffff")
    p.text(center="ТОВ «КАВА НА РОГІ»", size=18, bold=True)
    p.text(center="м. Львів, вул. Ф. Ковальська, 7")
    p.text(center=f"ПН {r.randint(10**11, 10**12 - 1)}")
    p.rule("-")
    for n, q, pr, a in lines:
        p.text(f"{n}", f"{f(a)} А", gap=1)
        p.text(f"  {q} x {f(pr)}", "", size=13)
    p.rule("-")
    p.text("СУМА", f"{f(tot)} грн", size=19, bold=True)
    p.text("ПДВ А 20%", f(vat))
    p.text("Картка", f"{f(tot)} грн")
    p.text("ПЛАТІЖНА СИСТЕМА", "MasterCard")
    p.rule("-")
    p.text(f"Касир: {cashier}")
    p.text(f"ЧЕК № {r.randint(1000, 9999)}", f"{r.randint(10, 28)}.03.2025 {r.randint(8, 11)}:{r.randint(10, 59)}")
    p.text(center="ФІСКАЛЬНИЙ ЧЕК", bold=True)
    p.render(outer="#3b3b3b")
    s.q("total?", f"{f(tot)} грн", "money", "lookup")
    s.q("who was the cashier on this receipt", cashier, "person", "party")
    s.q("How much VAT is included", f(vat), "money", "lookup")
    cheap = min(lines, key=lambda x: x[2])
    s.q("which item has the lowest unit price", cheap[0], "text", "argmin")
    return s


def rcpt_hongkong(seed):
    r = _r(seed, "hk")
    s = Scene("rcpt_hk_dimsum.png", "Hong Kong dim sum restaurant bill (HK$, 10 % service charge)", "receipt", "light", "PIL",
              "table, guests, 7 dishes, subtotal, service charge, total")
    dishes = [("Har Gow 蝦餃", 48), ("Siu Mai 燒賣", 46), ("Char Siu Bao 叉燒包", 38), ("Cheung Fun 腸粉", 42), ("Egg Tart 蛋撻", 32),
              ("Turnip Cake 蘿蔔糕", 36), ("Chicken Feet 鳳爪", 40), ("Lo Mai Gai 糯米雞", 52), ("Pu-erh Tea 普洱", 18)]
    picked = r.sample(dishes, 7)
    guests = r.choice([3, 4, 5])
    lines = []
    for n, pr in picked:
        q = guests if "Tea" in n else r.choice([1, 1, 2])
        lines.append((n, q, pr, q * pr))
    sub = sum(x[3] for x in lines)
    svc = round(sub * 0.10, 1)
    tot = round(sub + svc, 1)
    hk = lambda v: f"HK${v:,.2f}"
    p = Paper(s, 460, "dejavu", 14, bg="#fffdf7", fg="#2b1d12")
    from common import FONTS
    FONTS.setdefault("ipag", "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf")
    if os.path.exists("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"):
        FONTS["ipag"] = "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"
    p.fname = "ipag"
    p.text(center="GOLDEN LOTUS 金蓮酒家", size=20)
    p.text(center="G/F, 88 Hennessy Road, Wan Chai")
    p.text(center="Tel 2528 6613")
    p.rule("-")
    tbl = r.randint(11, 38)
    p.text(f"Table {tbl}", f"Guests {guests}")
    p.text(f"Bill No. B{r.randint(30000, 39999)}", f"{r.randint(10, 28)}/04/2025 12:{r.randint(10, 59)}")
    p.rule("-")
    for n, q, pr, a in lines:
        p.text(f"{q} {n}", hk(a))
    p.rule("-")
    p.text("Subtotal", hk(sub))
    p.text("10% Service Charge", hk(svc))
    p.text("TOTAL", hk(tot), size=19)
    p.rule("-")
    p.text(center="Thank you 多謝惠顧")
    p.render(outer="#8a1c1c")
    s.q("how much is the service charge", hk(svc), "money", "lookup")
    s.q("whats the total on the bill", hk(tot), "money", "lookup")
    per = round(tot / guests, 2)
    s.q(f"if we split it evenly between the {guests} of us, how much each?", f"HK${per:.2f}", "money", "ratio", literal=False)
    s.q("table number?", tbl, "number", "lookup")
    return s


def ticket_taiwan_hsr(seed):
    r = _r(seed, "thsr")
    s = Scene("ticket_tw_hsr.png", "Taiwan High Speed Rail ticket (NT$), landscape card, bilingual", "ticket", "light (orange band)", "PIL",
              "from/to, train no., date, departure/arrival, car and seat, fare")
    stations = [("Nangang", "南港"), ("Taipei", "台北"), ("Taoyuan", "桃園"), ("Hsinchu", "新竹"), ("Taichung", "台中"), ("Chiayi", "嘉義"), ("Tainan", "台南"), ("Zuoying", "左營")]
    a, b = sorted(r.sample(range(len(stations)), 2))
    if b - a < 3:
        a, b = 1, 7
    dist = b - a
    fare = [0, 290, 440, 700, 1030, 1180, 1350, 1490][dist]
    dep_h, dep_m = r.randint(7, 20), r.choice([0, 11, 21, 31, 46, 51])
    dur = 12 + dist * 16
    arr = dep_h * 60 + dep_m + dur
    dep, arrs = f"{dep_h:02d}:{dep_m:02d}", f"{arr // 60:02d}:{arr % 60:02d}"
    car, seat = r.randint(1, 12), f"{r.randint(1, 18)}{r.choice('ABCDE')}"
    train = f"{r.choice([1, 6, 8])}{r.randint(10, 99)}"
    W, H = 900, 380
    im = Image.new("RGB", (W, H), "#f6f1e7")
    d = ImageDraw.Draw(im)
    d.rectangle([0, 0, W, 56], fill="#e8721c")
    jp = "/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"
    from common import FONTS
    FONTS["ipag"] = jp
    fb = font("ipag", 24)
    d.text((24, 14), "台灣高鐵  THSR  車票 Ticket", font=fb, fill="white")
    s.texts.append("台灣高鐵  THSR  車票 Ticket")
    rows = [((30, 80), "2025/05/%02d" % r.randint(1, 28), 20), ((340, 80), f"車次 Train {train}", 20), ((620, 80), "標準 Standard", 20),
            ((30, 130), stations[a][1], 46), ((330, 145), "→", 34), ((420, 130), stations[b][1], 46),
            ((30, 190), stations[a][0], 22), ((420, 190), stations[b][0], 22),
            ((30, 235), f"{dep} 開 Dep.", 24), ((420, 235), f"{arrs} 到 Arr.", 24),
            ((30, 290), f"{car} 車 Car {car}", 24), ((300, 290), f"{seat} 座 Seat", 24), ((620, 290), f"NT${fare:,}", 30),
            ((30, 340), f"全票 Adult   現金 Cash   {r.randint(10**12, 10**13-1)}", 15)]
    for (x, y), t, sz in rows:
        d.text((x, y), t, font=font("ipag", sz), fill="#1f1f1f")
        s.texts.append(t)
    d.rectangle([0, 0, W - 1, H - 1], outline="#b9b3a5", width=2)
    o = Image.new("RGB", (W + 60, H + 60), "#5d6b78")
    o.paste(im, (30, 30))
    o.save(os.path.join(IMG_DIR, s.file))
    s.size = o.size
    s.q("which seat am I in", seat, "code", "lookup")
    s.q("what time does the train get in?", arrs, "time", "lookup")
    s.q("How much did the ticket cost", f"NT${fare:,}", "money", "lookup")
    s.q("which station does this train leave from", stations[a][0], "text", "read")
    return s


def toll_serbia(seed):
    r = _r(seed, "rs")
    s = Scene("rcpt_rs_toll.png", "Serbian motorway toll receipt (RSD, 1.234,00 format), Latin script", "receipt", "light (thermal, grey)", "PIL",
              "entry/exit toll stations, vehicle category, amount, time")
    st = [("Beograd", 0), ("Šimanovci", 28), ("Pećinci", 44), ("Ruma", 62), ("Sremska Mitrovica", 80), ("Kuzmin", 101), ("Adaševci", 119), ("Batrovci", 129)]
    a, b = 0, r.randint(3, 7)
    km = st[b][1] - st[a][1]
    cat = r.choice(["IA", "I", "II"])
    rate = {"IA": 4, "I": 8, "II": 12}[cat]
    amount = km * rate
    f = lambda v: f"{v:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
    p = Paper(s, 380, "nimbus_mono", 15, bg="#f4f4f1", fg="#333333")
    p.text(center="JP PUTEVI SRBIJE", size=17, bold=True)
    p.text(center="NAPLATA PUTARINE")
    p.rule("*")
    p.text("Ulaz:", st[a][0])
    p.text("Izlaz:", st[b][0])
    p.text("Kategorija:", cat)
    p.text("Pređeno km:", str(km))
    p.text("Datum:", f"0{r.randint(1, 9)}.06.2025.")
    p.text("Vreme:", f"{r.randint(10, 23)}:{r.randint(10, 59)}:{r.randint(10, 59)}")
    p.text("Traka/Naplatilac:", f"{r.randint(1, 9)}/{r.randint(1000, 9999)}")
    p.rule("*")
    p.text("IZNOS:", f"{f(amount)} RSD", size=19, bold=True)
    p.text("Plaćeno:", "gotovina")
    p.rule("*")
    p.text(center="Srećan put!")
    p.render(outer="#2f3a2f")
    s.q("how much did the toll cost", f"{f(amount)} RSD", "money", "lookup")
    s.q("where did I get off the motorway", st[b][0], "text", "lookup")
    s.q("vehicle category?", cat, "code", "lookup")
    return s


def nutrition_label(seed):
    r = _r(seed, "nut")
    s = Scene("nutrition_label.png", "US-style Nutrition Facts panel (granola)", "label", "light (black on white)", "PIL",
              "serving size, calories, 9 nutrients with amounts and % Daily Value")
    servings = r.choice([8, 10, 12])
    cal = r.choice([190, 210, 230, 250])
    rows = [("Total Fat", f"{r.randint(5, 12)}g", r.randint(6, 16), 0), ("Saturated Fat", f"{r.randint(1, 4)}g", r.randint(5, 20), 1),
            ("Trans Fat", "0g", None, 1), ("Cholesterol", "0mg", 0, 0), ("Sodium", f"{r.randint(40, 180)}mg", r.randint(2, 8), 0),
            ("Total Carbohydrate", f"{r.randint(28, 40)}g", r.randint(10, 15), 0), ("Dietary Fiber", f"{r.randint(3, 6)}g", r.randint(11, 22), 1),
            ("Total Sugars", f"{r.randint(7, 14)}g", None, 1), ("Protein", f"{r.randint(4, 8)}g", None, 0)]
    iron = r.randint(6, 14)
    W = 420
    im = Image.new("RGB", (W, 700), "white")
    d = ImageDraw.Draw(im)
    x0, y = 20, 20
    def t(x, yy, txt, f):
        d.text((x, yy), txt, font=f, fill="black")
        s.texts.append(txt)
    t(x0, y, "Nutrition Facts", font("liber_sans_b", 38)); y += 48
    d.line([x0, y, W - 20, y], fill="black", width=1); y += 6
    t(x0, y, f"{servings} servings per container", font("liber_sans", 16)); y += 22
    t(x0, y, "Serving size", font("liber_sans_b", 18)); t(W - 20 - font("liber_sans_b", 18).getlength("2/3 cup (55g)"), y, "2/3 cup (55g)", font("liber_sans_b", 18)); y += 26
    d.rectangle([x0, y, W - 20, y + 9], fill="black"); y += 14
    t(x0, y, "Amount per serving", font("liber_sans_b", 13)); y += 16
    t(x0, y, "Calories", font("liber_sans_b", 30)); fc = font("liber_sans_b", 38); t(W - 20 - fc.getlength(str(cal)), y - 6, str(cal), fc); y += 40
    d.rectangle([x0, y, W - 20, y + 5], fill="black"); y += 8
    fl = font("liber_sans_b", 13)
    t(W - 20 - fl.getlength("% Daily Value*"), y, "% Daily Value*", fl); y += 20
    for name, amt, dv, ind in rows:
        d.line([x0, y - 2, W - 20, y - 2], fill="black")
        fn = font("liber_sans" if ind else "liber_sans_b", 15)
        t(x0 + 18 * ind, y + 2, name, fn)
        t(x0 + 18 * ind + fn.getlength(name) + 6, y + 2, amt, font("liber_sans", 15))
        if dv is not None:
            fd = font("liber_sans_b", 15)
            t(W - 20 - fd.getlength(f"{dv}%"), y + 2, f"{dv}%", fd)
        y += 24
    d.rectangle([x0, y, W - 20, y + 9], fill="black"); y += 14
    for name, v in [("Vitamin D 0mcg", "0%"), (f"Calcium {r.randint(15, 40)}mg", f"{r.randint(1, 3)}%"), (f"Iron {iron/5:.1f}mg", f"{iron}%"), (f"Potassium {r.randint(120, 240)}mg", f"{r.randint(2, 6)}%")]:
        t(x0, y, name, font("liber_sans", 15)); t(W - 20 - font("liber_sans", 15).getlength(v), y, v, font("liber_sans", 15)); y += 22
        d.line([x0, y - 2, W - 20, y - 2], fill="black")
    y += 4
    t(x0, y, "* The % Daily Value tells you how much a nutrient in", font("liber_sans", 11)); y += 14
    t(x0, y, "a serving of food contributes to a daily diet.", font("liber_sans", 11)); y += 22
    im = im.crop((0, 0, W, y))
    d2 = ImageDraw.Draw(im)
    d2.rectangle([12, 12, W - 12, y - 6], outline="black", width=2)
    o = Image.new("RGB", (W + 200, y + 80), "#d8c6a0")
    o.paste(im, (100, 40))
    o.save(os.path.join(IMG_DIR, s.file))
    s.size = o.size
    big = max([x for x in rows if x[2] is not None], key=lambda x: x[2])
    s.q("how many calories per serving", cal, "number", "lookup")
    s.q("sodium?", rows[4][1], "text", "lookup")
    s.q("Which nutrient has the highest % daily value on this label?", big[0], "text", "argmax")
    s.q("how many servings are in the bag", servings, "count", "lookup")
    return s


def park_map(seed):
    r = _r(seed, "map")
    s = Scene("map_park_markers.png", "PIL park map: paths, lake, coloured marker shapes with a legend", "diagram", "light (green)", "PIL",
              "circles=toilets, triangles=campsites, squares=parking, diamonds=viewpoints; a visitor centre label")
    W, H = 1000, 680
    im = Image.new("RGB", (W, H), "#e3efd6")
    d = ImageDraw.Draw(im)
    d.ellipse([380, 250, 640, 420], fill="#9cc9e8", outline="#5b8fb5", width=3)
    d.text((470, 325), "Silver Lake", font=font("lato", 16), fill="#2c5573")
    s.texts.append("Silver Lake")
    for pts in [[(40, 600), (300, 450), (520, 470), (760, 520), (960, 640)], [(120, 60), (350, 200), (700, 180), (900, 90)], [(300, 450), (350, 200)]]:
        d.line(pts, fill="#b08a5a", width=6, joint="curve")
    kinds = [("circle", "#1f77b4", "Toilets"), ("triangle", "#2e7d32", "Campsite"), ("square", "#6a1b9a", "Parking"), ("diamond", "#e65100", "Viewpoint")]
    counts = {}
    n_by = [r.randint(2, 6) for _ in kinds]
    while len(set(n_by)) < 4:
        n_by = [r.randint(2, 6) for _ in kinds]
    placed = []
    for (shape, col, lab), n in zip(kinds, n_by):
        counts[shape] = n
        k = 0
        while k < n:
            x, y = r.randint(60, 760), r.randint(60, 640)
            if 360 < x < 660 and 230 < y < 440:
                continue
            if any(abs(x - a) < 50 and abs(y - b) < 50 for a, b in placed):
                continue
            placed.append((x, y))
            k += 1
            rr = 13
            if shape == "circle":
                d.ellipse([x - rr, y - rr, x + rr, y + rr], fill=col, outline="white", width=2)
            elif shape == "triangle":
                d.polygon([(x, y - rr - 2), (x - rr - 2, y + rr), (x + rr + 2, y + rr)], fill=col, outline="white")
            elif shape == "square":
                d.rectangle([x - rr, y - rr, x + rr, y + rr], fill=col, outline="white", width=2)
            else:
                d.polygon([(x, y - rr - 3), (x + rr + 3, y), (x, y + rr + 3), (x - rr - 3, y)], fill=col, outline="white")
    # visitor centre star, top right area
    cx, cy = 900, 130
    pts = []
    for i in range(10):
        ang = -math.pi / 2 + i * math.pi / 5
        rad = 22 if i % 2 == 0 else 9
        pts.append((cx + rad * math.cos(ang), cy + rad * math.sin(ang)))
    d.polygon(pts, fill="#c62828")
    d.text((850, 158), "Visitor Centre", font=font("lato_b", 15), fill="#7f0000")
    s.texts.append("Visitor Centre")
    # legend box bottom right
    lx, ly = 790, 470
    d.rectangle([lx, ly, W - 20, H - 20], fill="white", outline="#666666")
    d.text((lx + 12, ly + 8), "Legend", font=font("lato_b", 16), fill="black")
    for i, (shape, col, lab) in enumerate(kinds):
        yy = ly + 40 + i * 38
        x = lx + 26
        rr = 10
        if shape == "circle":
            d.ellipse([x - rr, yy - rr, x + rr, yy + rr], fill=col)
        elif shape == "triangle":
            d.polygon([(x, yy - rr - 2), (x - rr - 2, yy + rr), (x + rr + 2, yy + rr)], fill=col)
        elif shape == "square":
            d.rectangle([x - rr, yy - rr, x + rr, yy + rr], fill=col)
        else:
            d.polygon([(x, yy - rr - 3), (x + rr + 3, yy), (x, yy + rr + 3), (x - rr - 3, yy)], fill=col)
        d.text((x + 24, yy - 10), lab, font=font("lato", 16), fill="black")
        s.texts.append(lab)
    d.text((24, 16), "Birchwood Country Park", font=font("lato_b", 24), fill="#1b3d1b")
    s.texts.append("Birchwood Country Park")
    im.save(os.path.join(IMG_DIR, s.file))
    s.size = im.size
    s.q("how many campsites are marked on the map", counts["triangle"], "count", "count", literal=False)
    s.q("what colour are the parking symbols", "purple", "text", "colour", literal=False)
    a, b = "square", "circle"
    s.q("are there more parking spots than toilets on this map?", "yes" if counts[a] > counts[b] else "no", "yesno", "count_compare")
    s.q("what shape is used for viewpoints", "diamond", "text", "shape", literal=False)
    s.q("where on the map is the visitor centre", "top right", "text", "locate", literal=False)
    return s


ALL = [rcpt_tunisia, rcpt_ukraine, rcpt_hongkong, ticket_taiwan_hsr, toll_serbia, nutrition_label, park_map]
