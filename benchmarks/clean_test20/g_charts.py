"""Charts (matplotlib) and two PIL diagrams (flowchart, roadmap)."""
import io
import math

import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
from PIL import Image  # noqa: E402

from common import Scene, Canvas, font, rng, save_png  # noqa: E402

SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


def finish(sc, fig, dpi=100):
    fig.canvas.draw()
    for t in fig.findobj(matplotlib.text.Text):
        if t.get_visible() and t.get_text():
            sc.texts.append(t.get_text())
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
    plt.close(fig)
    buf.seek(0)
    save_png(Image.open(buf), sc)


def r1(x):
    return round(x, 1)


@scene
def chart_grouped():
    sc = Scene("chart_grouped_museums", "chart", "grouped bars, 2 years, no value labels (petroff10 style)")
    r = rng(sc.name)
    br = ["Harbour", "Old Town", "Science", "Textile", "Railway", "Modern Art"]
    a = [r.randrange(18, 60) for _ in br]
    b = [max(10, x + r.choice([-1, 1]) * r.randrange(3, 14)) for x in a]
    with plt.style.context("petroff10"):
        fig, ax = plt.subplots(figsize=(9.5, 5.2))
        x = np.arange(len(br))
        ax.bar(x - 0.2, a, 0.4, label="2025")
        ax.bar(x + 0.2, b, 0.4, label="2026")
        ax.set_xticks(x, br)
        ax.set_ylabel("Visitors (thousands)")
        ax.set_yticks(range(0, 71, 10))
        ax.grid(axis="y", alpha=.4)
        ax.set_title("Museum visitors by branch, Jan–Sep")
        ax.legend()
        fig.tight_layout()
    finish(sc, fig)
    i, j = 2, 5
    sc.q(f"roughly how many visitors did {br[2]} have in 2026 (thousands)?", b[2], "approx", "chart_value", False)
    more = br[i] if a[i] > a[j] else br[j]
    assert a[i] != a[j]
    sc.q(f"in 2025, which had more visitors: {br[i]} or {br[j]}", more, "text", "choice_more", True)
    sc.q("in how many branches did 2026 beat 2025", sum(1 for p, q in zip(a, b) if q > p), "count", "count", False)
    return sc


@scene
def chart_stack100():
    sc = Scene("chart_survey_stacked", "chart", "100% stacked horizontal bars with % labels (survey)")
    st = ["The new office layout helps me focus", "I have the tools I need", "Meetings are a good use of my time",
          "I'd recommend working here", "Workload is manageable"]
    agree = [38, 71, 22, 64, 45]
    neutral = [27, 18, 31, 21, 25]
    dis = [100 - x - y for x, y in zip(agree, neutral)]
    fig, ax = plt.subplots(figsize=(10, 4.6))
    y = np.arange(len(st))[::-1]
    cols = ["#2a9d8f", "#e9c46a", "#e76f51"]
    left = np.zeros(len(st))
    for vals, lab, c in zip([agree, neutral, dis], ["Agree", "Neutral", "Disagree"], cols):
        ax.barh(y, vals, left=left, color=c, label=lab, height=0.6)
        for yy, l, v in zip(y, left, vals):
            ax.text(l + v / 2, yy, f"{v}%", ha="center", va="center", fontsize=10, color="#222")
        left += np.array(vals)
    ax.set_yticks(y, st)
    ax.set_xlim(0, 100)
    ax.set_xticks([])
    for s in ax.spines.values():
        s.set_visible(False)
    ax.legend(ncol=3, loc="lower center", bbox_to_anchor=(0.5, 1.0), frameon=False)
    fig.suptitle("Staff survey 2026 — share of responses", x=0.02, ha="left", fontweight="bold")
    fig.tight_layout()
    finish(sc, fig)
    sc.q("what % disagreed that meetings are a good use of time", f"{dis[2]}%", "percent", "share", True)
    sc.q("which statement got the most agreement", st[int(np.argmax(agree))], "text", "argmax", True)
    return sc


@scene
def chart_lines():
    sc = Scene("chart_car_sales_lines", "chart", "3-series line chart with markers, no value labels (seaborn ticks)")
    yrs = list(range(2017, 2027))
    petrol = [71, 68, 64, 58, 52, 47, 41, 36, 31, 27]
    hybrid = [9, 11, 14, 17, 20, 22, 24, 25, 26, 26]
    ev = [1, 2, 3, 6, 9, 13, 18, 23, 29, 34]
    with plt.style.context("seaborn-v0_8-ticks"):
        fig, ax = plt.subplots(figsize=(9, 5))
        ax.plot(yrs, petrol, "o-", color="#6c757d", label="Petrol/diesel")
        ax.plot(yrs, hybrid, "s-", color="#f4a261", label="Hybrid")
        ax.plot(yrs, ev, "^-", color="#2a9d8f", label="Battery electric")
        ax.set_ylabel("Share of new car sales (%)")
        ax.set_xticks(yrs)
        ax.set_ylim(0, 80)
        ax.grid(alpha=.3)
        ax.legend(frameon=False)
        ax.set_title("New car registrations by drivetrain")
        sns_despine = [ax.spines[s].set_visible(False) for s in ("top", "right")]
        fig.tight_layout()
    finish(sc, fig)
    ov = next(y for y, e, h in zip(yrs, ev, hybrid) if e > h)
    sc.q("in which year did electric overtake hybrid", str(ov), "text", "overtakes", True)
    sc.q("about what share did battery electric have in 2024", ev[yrs.index(2024)], "approx", "chart_value", False)
    sc.q("which drivetrain was lowest in 2017?", "Battery electric", "text", "argmin", True)
    i20 = yrs.index(2020)
    sc.q("2020 - which was lower, hybrid or battery electric?", "Battery electric" if ev[i20] < hybrid[i20] else "Hybrid", "text", "choice_less", True)
    return sc


@scene
def chart_donut():
    sc = Scene("chart_spending_donut", "chart", "donut with % labels and named colours, centre total")
    cats = ["Rent", "Groceries", "Transport", "Eating out", "Subscriptions", "Savings"]
    vals = [1150, 420, 135, 210, 64, 500]
    cols = ["#4361ee", "#f77f00", "#9d4edd", "#e63946", "#8d99ae", "#2a9d8f"]
    names = ["blue", "orange", "purple", "red", "grey", "green"]
    tot = sum(vals)
    pct = [round(v / tot * 100) for v in vals]
    fig, ax = plt.subplots(figsize=(7.5, 5.6))
    w, _ = ax.pie(vals, colors=cols, startangle=90, counterclock=False, wedgeprops=dict(width=0.38, edgecolor="white"))
    for wd, p in zip(w, pct):
        ang = math.radians((wd.theta1 + wd.theta2) / 2)
        ax.text(0.81 * math.cos(ang), 0.81 * math.sin(ang), f"{p}%", ha="center", va="center", color="white", fontsize=10, fontweight="bold")
    ax.text(0, 0.05, f"€{tot:,}", ha="center", fontsize=20, fontweight="bold")
    ax.text(0, -0.14, "November", ha="center", color="#555")
    ax.legend(w, cats, loc="center left", bbox_to_anchor=(1, 0.5), frameon=False)
    ax.set_title("Where my money went")
    fig.tight_layout()
    finish(sc, fig)
    sc.q("what percentage went on groceries", f"{pct[1]}%", "percent", "share", True)
    sc.q("smallest category?", cats[int(np.argmin(vals))], "text", "argmin", True)
    sc.q("what colour is transport in the donut", names[2], "text", "colour", False)
    return sc


@scene
def chart_scatter():
    sc = Scene("chart_rent_scatter", "chart", "labelled scatter (city rent vs salary), tableau-colorblind10")
    cities = [("Lisbon", 1450, 1900), ("Porto", 1180, 1600), ("Valencia", 1210, 1850), ("Kraków", 980, 1750), ("Tallinn", 1050, 2100),
              ("Ljubljana", 1120, 2300), ("Vienna", 1400, 3300), ("Copenhagen", 1850, 4600), ("Dublin", 2350, 4100), ("Munich", 1950, 4200)]
    with plt.style.context("tableau-colorblind10"):
        fig, ax = plt.subplots(figsize=(8.6, 5.6))
        for n, rent, sal in cities:
            ax.scatter(sal, rent, s=50, color="#006BA4")
            ax.annotate(n, (sal, rent), textcoords="offset points", xytext=(6, 4), fontsize=9)
        ax.set_xlabel("Median net monthly salary (€)")
        ax.set_ylabel("Avg rent, 1-bed city centre (€)")
        ax.set_title("Rent vs. salary, 2026")
        ax.grid(alpha=.3)
        ax.set_xlim(1400, 5000)
        ax.set_ylim(800, 2600)
        fig.tight_layout()
    finish(sc, fig)
    sc.q("which city has the highest rent", max(cities, key=lambda c: c[1])[0], "text", "argmax", True)
    sc.q("how many cities have a median salary above €3,000", sum(1 for c in cities if c[2] > 3000), "count", "count", False)
    sc.q("roughly what's the rent in Tallinn", cities[4][1], "approx", "chart_value", False)
    return sc


@scene
def chart_area():
    sc = Scene("chart_cloud_area", "chart", "stacked area chart, no value labels, custom dark navy theme")
    sc.theme = "dark"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    compute = [4.2, 4.5, 4.4, 5.1, 5.6, 6.0, 6.3, 6.1]
    storage = [1.1, 1.2, 1.4, 1.5, 1.7, 1.9, 2.0, 2.2]
    network = [0.6, 0.7, 0.7, 0.9, 1.0, 1.1, 1.3, 1.2]
    fig, ax = plt.subplots(figsize=(9, 5))
    fig.patch.set_facecolor("#0e1a2b")
    ax.set_facecolor("#0e1a2b")
    ax.stackplot(range(8), compute, storage, network, labels=["Compute", "Storage", "Network"], colors=["#3a86ff", "#8338ec", "#ff006e"], alpha=.85)
    ax.set_xticks(range(8), months, color="#cdd6e4")
    ax.tick_params(colors="#cdd6e4")
    ax.set_ylim(0, 11)
    ax.set_yticks(range(0, 12))
    ax.grid(axis="y", color="#2c3e57")
    for s in ax.spines.values():
        s.set_visible(False)
    ax.set_ylabel("Monthly cloud bill (€ thousand)", color="#cdd6e4")
    ax.set_title("Cloud spend by service, 2026", color="white")
    ax.legend(loc="upper left", facecolor="#0e1a2b", labelcolor="#cdd6e4", edgecolor="#2c3e57")
    fig.tight_layout()
    finish(sc, fig)
    i = months.index("Jun")
    sc.q("roughly what was the total cloud bill in June (€ thousand)?", r1(compute[i] + storage[i] + network[i]), "approx", "chart_value", False)
    sc.q("which service is the biggest cost", "Compute", "text", "argmax", True)
    return sc


@scene
def chart_waterfall():
    sc = Scene("chart_profit_waterfall", "chart", "waterfall (profit bridge) with labelled steps, classic style")
    steps = [("FY25 EBIT", 14.2, "total"), ("Volume", 3.6, "d"), ("Price", 1.9, "d"), ("Input costs", -2.7, "d"),
             ("FX", -0.8, "d"), ("Personnel", -1.5, "d"), ("Efficiency", 1.1, "d")]
    end = r1(sum(s[1] for s in steps))
    with plt.style.context("classic"):
        fig, ax = plt.subplots(figsize=(10, 5.4))
        fig.patch.set_facecolor("white")
        run = 0
        labels = []
        for i, (n, v, k) in enumerate(steps):
            if k == "total":
                ax.bar(i, v, color="#264653", width=0.6)
                run = v
                ax.text(i, v + 0.3, f"{v:.1f}", ha="center")
            else:
                bottom = run if v > 0 else run + v
                ax.bar(i, abs(v), bottom=bottom, color="#2a9d8f" if v > 0 else "#e76f51", width=0.6)
                ax.text(i, run + max(v, 0) + 0.3, f"{v:+.1f}", ha="center")
                run = r1(run + v)
            labels.append(n)
        ax.bar(len(steps), end, color="#264653", width=0.6)
        ax.text(len(steps), end + 0.3, f"{end:.1f}", ha="center", fontweight="bold")
        labels.append("FY26 EBIT")
        ax.set_xticks(range(len(labels)), labels)
        ax.set_xlim(-0.6, len(labels) - 0.4)
        ax.set_ylim(0, 22)
        ax.set_ylabel("€ million")
        ax.set_title("EBIT bridge FY25 → FY26")
        fig.tight_layout()
    finish(sc, fig)
    neg = min(steps[1:], key=lambda s: s[1])
    sc.q("what's the FY26 EBIT", f"{end:.1f}", "number", "chart_value", True)
    sc.q("which factor hurt profit the most", neg[0], "text", "argmin", True)
    return sc


@scene
def chart_bubble():
    sc = Scene("chart_product_bubbles", "chart", "bubble chart, two colour groups, labelled bubbles (seaborn dark)")
    pr = [("Orion", 3.1, 12, 620, "B2B"), ("Vega", 5.4, 28, 310, "B2B"), ("Lyra", 7.8, 9, 880, "Consumer"), ("Draco", 2.2, 35, 150, "Consumer"),
          ("Cygnus", 6.3, 18, 470, "B2B"), ("Pavo", 4.4, 4, 260, "Consumer"), ("Hydra", 8.9, 22, 1020, "B2B")]
    with plt.style.context("seaborn-v0_8-dark"):
        fig, ax = plt.subplots(figsize=(9, 5.6))
        for n, x, y, s, g in pr:
            ax.scatter(x, y, s=s * 2.2, color="#1d70b8" if g == "B2B" else "#f47738", alpha=.7, edgecolors="white")
            ax.annotate(n, (x, y), ha="center", va="center", fontsize=9, color="black")
        ax.scatter([], [], color="#1d70b8", label="B2B", s=80)
        ax.scatter([], [], color="#f47738", label="Consumer", s=80)
        ax.legend(loc="upper left")
        ax.set_xlabel("Customer satisfaction (0–10)")
        ax.set_ylabel("Revenue growth (%)")
        ax.set_title("Product portfolio — bubble size = revenue")
        ax.set_xlim(0, 10.5)
        ax.set_ylim(-2, 42)
        fig.tight_layout()
    finish(sc, fig)
    big = "Orion" if pr[0][3] > pr[1][3] else "Vega"
    sc.q("which bubble is bigger, Orion or Vega?", big, "text", "size_compare", True)
    nb = sum(1 for p in pr if p[4] == "B2B")
    sc.q("are there more blue bubbles than orange ones", "yes" if nb > len(pr) - nb else "no", "yesno", "count_compare", False)
    sc.q("what shape are the markers", "circle", "text", "shape", False)
    return sc


@scene
def chart_pie():
    sc = Scene("chart_browser_pie", "chart", "pie with exploded largest slice, % labels (Solarize-like light)")
    b = [("Chrome", 62), ("Safari", 18), ("Edge", 8), ("Firefox", 6), ("Samsung Internet", 4), ("Other", 2)]
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(7.6, 5.4))
        ex = [0.08] + [0] * 5
        ax.pie([v for _, v in b], labels=[n for n, _ in b], autopct="%d%%", explode=ex, startangle=140, pctdistance=0.75,
               colors=["#268bd2", "#2aa198", "#859900", "#cb4b16", "#6c71c4", "#93a1a1"], textprops=dict(fontsize=10))
        ax.set_title("Visits by browser — webshop, Q4")
        fig.tight_layout()
    finish(sc, fig)
    sc.q("what share of visits come from Safari", "18%", "percent", "share", True)
    sc.q("how many times bigger is Chrome's share than Firefox's", f"{62 / 6:.1f}", "number", "ratio", False)
    return sc


@scene
def chart_steps():
    sc = Scene("chart_steps_bars", "chart", "bar chart with value labels, goal line (fivethirtyeight-ish fonts)")
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    r = rng(sc.name)
    steps = [r.randrange(4200, 14500) for _ in days]
    while len(set(steps)) < 7 or sum(1 for s in steps if s >= 10000) < 2:
        steps = [r.randrange(4200, 14500) for _ in days]
    fig, ax = plt.subplots(figsize=(8.4, 4.8))
    fig.patch.set_facecolor("#fff8f0")
    ax.set_facecolor("#fff8f0")
    cs = ["#ff7f50" if s >= 10000 else "#ffcba4" for s in steps]
    ax.bar(days, steps, color=cs, width=0.62)
    for i, s in enumerate(steps):
        ax.text(i, s + 200, f"{s:,}", ha="center", fontsize=10)
    ax.axhline(10000, ls="--", color="#555", lw=1)
    ax.text(6.45, 10150, "goal 10k", ha="right", fontsize=9, color="#555")
    for s in ("top", "right"):
        ax.spines[s].set_visible(False)
    ax.set_ylim(0, 16000)
    ax.set_title("Daily steps — week 48", loc="left", fontweight="bold")
    fig.tight_layout()
    finish(sc, fig)
    mean = round(sum(steps) / 7)
    sc.q("what was my average daily step count this week", f"{mean:,}", "number", "mean", False)
    sc.q("which day did I walk the most", days[int(np.argmax(steps))], "text", "argmax", True)
    sc.q("did I stay under 8,000 steps on Tuesday?", "yes" if steps[1] < 8000 else "no", "yesno", "compare_less", False)
    return sc


# ------------------------------------------------------------------ PIL diagrams

@scene
def diagram_flow():
    sc = Scene("diagram_returns_flow", "diagram", "PIL flowchart: ovals, rectangles, diamonds, parallelogram, colours")
    cv = Canvas(sc, 1000, 760, (255, 255, 255))
    d = cv.d
    f = font("Lato-Bold.ttf", 16)
    ft = font("Lato-Regular.ttf", 14)
    cv.text((30, 20), "Returns process — warehouse B", font("Lato-Black.ttf", 24), (30, 30, 40))
    nodes = {}

    def node(key, kind, cx, cy, text, fill, w=200, h=64):
        x0, y0, x1, y1 = cx - w // 2, cy - h // 2, cx + w // 2, cy + h // 2
        if kind == "oval":
            d.ellipse([x0, y0, x1, y1], fill=fill, outline=(40, 40, 40), width=2)
        elif kind == "rect":
            d.rectangle([x0, y0, x1, y1], fill=fill, outline=(40, 40, 40), width=2)
        elif kind == "diamond":
            d.polygon([(cx, y0 - 12), (x1 + 10, cy), (cx, y1 + 12), (x0 - 10, cy)], fill=fill, outline=(40, 40, 40), width=2)
        elif kind == "para":
            d.polygon([(x0 + 20, y0), (x1 + 10, y0), (x1 - 20, y1), (x0 - 10, y1)], fill=fill, outline=(40, 40, 40), width=2)
        cv.text((cx, cy), text, f, (20, 20, 20), anchor="mm")
        nodes[key] = (cx, cy, w, h)

    Y = [110, 215, 330, 455, 580, 690]
    node("start", "oval", 500, Y[0], "Return request", "#d8f3dc")
    node("label", "para", 500, Y[1], "Customer sends parcel", "#e0e7ff", w=240)
    node("inspect", "rect", 500, Y[2], "Inspect item", "#fff3bf")
    node("dmg", "diamond", 500, Y[3], "Damaged?", "#ffd6a5", w=170, h=80)
    node("refund", "rect", 780, Y[3], "Refund customer", "#f25c54")
    node("restock", "rect", 500, Y[4], "Restock shelf", "#caffbf")
    node("scrap", "rect", 780, Y[4], "Send to recycling", "#bdb2ff")
    node("end", "oval", 500, Y[5], "Close ticket", "#d8f3dc")

    def arrow(p, q, label=None):
        d.line([p, q], fill=(60, 60, 60), width=2)
        ang = math.atan2(q[1] - p[1], q[0] - p[0])
        a1 = (q[0] - 12 * math.cos(ang - 0.4), q[1] - 12 * math.sin(ang - 0.4))
        a2 = (q[0] - 12 * math.cos(ang + 0.4), q[1] - 12 * math.sin(ang + 0.4))
        d.polygon([q, a1, a2], fill=(60, 60, 60))
        if label:
            cv.text(((p[0] + q[0]) / 2 + 8, (p[1] + q[1]) / 2 - 20), label, ft, (80, 80, 80))

    arrow((500, Y[0] + 32), (500, Y[1] - 32))
    arrow((500, Y[1] + 32), (500, Y[2] - 32))
    arrow((500, Y[2] + 32), (500, Y[3] - 52))
    arrow((595, Y[3]), (680, Y[3]), "yes")
    arrow((500, Y[3] + 52), (500, Y[4] - 32), "no")
    arrow((780, Y[3] + 32), (780, Y[4] - 32))
    arrow((500, Y[4] + 32), (500, Y[5] - 32))
    arrow((780, Y[4] + 32), (600, Y[5] - 10))
    cv.save()
    sc.q("what shape is the 'Damaged?' step", "diamond", "text", "shape", False)
    sc.q("what colour is the Refund customer box", "red", "text", "colour", False)
    sc.q("what happens after 'Inspect item'", "Damaged?", "text", "next", True)
    return sc


@scene
def diagram_roadmap():
    sc = Scene("diagram_roadmap", "slide", "PIL roadmap slide: quarter timeline with milestone markers")
    W, H = 1280, 600
    cv = Canvas(sc, W, H, (250, 247, 242))
    d = cv.d
    cv.text((60, 40), "Product roadmap 2027", font("P052-Bold.otf", 40), (40, 35, 30))
    cv.text((60, 96), "Ferrow Ledger · draft for steering committee", font("Lato-Regular.ttf", 18), (120, 110, 100))
    qx = [120, 400, 680, 960]
    qs = ["Q1", "Q2", "Q3", "Q4"]
    d.line([(100, 300), (1200, 300)], fill=(90, 80, 70), width=4)
    for x, q in zip(qx, qs):
        d.rectangle([x, 280, x + 240, 320], outline=(200, 190, 175), width=1)
        cv.text((x + 100, 330), q, font("Lato-Bold.ttf", 22), (90, 80, 70))
    ms = [("Private beta", "12 Feb", 170), ("Bank feeds (UK, NL)", "30 Apr", 470), ("Public launch", "16 Jun", 600),
          ("Mobile apps", "8 Sep", 790), ("Multi-currency", "3 Nov", 1050)]
    for i, (n, dte, x) in enumerate(ms):
        up = i % 2 == 0
        y = 200 if up else 400
        d.line([(x, 300), (x, y + (30 if up else -30))], fill=(150, 140, 130), width=2)
        d.polygon([(x, 286), (x + 14, 300), (x, 314), (x - 14, 300)], fill=(214, 40, 57))
        cv.text((x, y - 20 if up else y - 10), n, font("Lato-Bold.ttf", 19), (40, 35, 30), anchor="ma")
        cv.text((x, y + 6 if up else y + 16), dte, font("Lato-Regular.ttf", 17), (120, 110, 100), anchor="ma")
    cv.text((60, 540), "◆ = milestone   ·   dates are targets, not commitments", font("DejaVuSans.ttf", 15), (120, 110, 100))
    cv.save()
    names = [m[0] for m in ms]
    sc.q("what milestone comes after the public launch", names[names.index("Public launch") + 1], "text", "next", True)
    sc.q("when is the public launch planned", "16 Jun", "date", "lookup", True)
    sc.q("is the mobile apps release in Q2 or Q3?", "Q3", "text", "choice", True)
    return sc
