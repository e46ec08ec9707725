"""Charts rendered with matplotlib (Agg), plus one report page that embeds a chart."""
import io
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import matplotlib.text as mtext
import numpy as np
from PIL import Image
from gen_common import Cv, Q, rng_for

SCENES = []


def scene(f):
    SCENES.append(f)
    return f


class FigCv:
    """Adapter so charts look like Cv objects to build.py (im + texts + save)."""
    def __init__(self, fig, dpi=100):
        fig.canvas.draw()
        self.texts = [t.get_text() for t in fig.findobj(mtext.Text) if t.get_visible() and t.get_text()]
        buf = io.BytesIO()
        fig.savefig(buf, format="png", dpi=dpi, metadata={"Software": None})
        plt.close(fig)
        buf.seek(0)
        self.im = Image.open(buf).convert("RGB")

    def save(self, path):
        self.im.save(path, optimize=False)


def style(name):
    plt.rcdefaults()
    if name:
        plt.style.use(name)
    plt.rcParams["svg.hashsalt"] = "93157"


@scene
def c_bar_values():
    style("seaborn-v0_8-whitegrid")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug"]
    vals = [412, 388, 455, 501, 478, 533, 610, 587]
    fig, ax = plt.subplots(figsize=(9, 5))
    b = ax.bar(months, vals, color="#4C72B0")
    ax.bar_label(b, labels=[str(v) for v in vals], padding=3)
    ax.set_title("Bike rentals per month – Station Mølleparken (2025)")
    ax.set_ylabel("Rentals")
    ax.set_ylim(0, 700)
    cv = FigCv(fig)
    return "chart_bar_rentals", cv, [
        Q("how many rentals in april", "501", "number", "chart", "chart_value", True),
        Q("which month was busiest", months[vals.index(max(vals))], "text", "chart", "chart_argmax", True),
        Q("how many more rentals in July than in June", str(vals[6] - vals[5]), "number", "chart", "arithmetic", False),
    ]


@scene
def c_grouped_nolabels():
    style("ggplot")
    qs = ["Q1", "Q2", "Q3", "Q4"]
    ser = {"North": [120, 145, 160, 210], "South": [95, 130, 175, 150], "West": [140, 120, 110, 135]}
    fig, ax = plt.subplots(figsize=(9, 5.2))
    x = np.arange(4)
    for i, (k, v) in enumerate(ser.items()):
        ax.bar(x + (i - 1) * 0.26, v, 0.26, label=k)
    ax.set_xticks(x, qs)
    ax.set_ylabel("Units sold (thousands)")
    ax.set_yticks(range(0, 251, 50))
    ax.set_title("Units sold by region")
    ax.legend()
    cv = FigCv(fig)
    q3 = {k: v[2] for k, v in ser.items()}
    return "chart_grouped_regions", cv, [
        Q("roughly how many units did the South sell in Q3 (thousands)?", str(ser["South"][2]), "approx", "chart", "chart_approx", False),
        Q("which region was top in Q3", max(q3, key=q3.get), "text", "chart", "chart_argmax", True),
        Q("in which quarter did West sell the most", qs[int(np.argmax(ser["West"]))], "text", "chart", "chart_peak", True),
    ]


@scene
def c_stacked():
    style("bmh")
    cs = ["Norway", "Denmark", "Finland", "Sweden"]
    parts = {"Hydro": [88, 0, 19, 40], "Wind": [8, 54, 18, 21], "Nuclear": [0, 0, 35, 29], "Other": [4, 46, 28, 10]}
    fig, ax = plt.subplots(figsize=(9, 5.4))
    bottom = np.zeros(4)
    for k, v in parts.items():
        bars = ax.bar(cs, v, bottom=bottom, label=k)
        ax.bar_label(bars, labels=[f"{x}%" if x >= 8 else "" for x in v], label_type="center", color="white", fontsize=9)
        bottom += v
    ax.set_ylabel("Share of electricity generation (%)")
    ax.set_title("Electricity mix 2024 (illustrative)")
    ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
    fig.tight_layout()
    cv = FigCv(fig)
    wind = dict(zip(cs, parts["Wind"]))
    return "chart_stacked_mix", cv, [
        Q("which country gets the most from wind", max(wind, key=wind.get), "text", "chart", "chart_argmax", True),
        Q("finland nuclear share?", f"{parts['Nuclear'][2]}%", "percent", "chart", "chart_value", True),
        Q("hydro + wind combined for Sweden", f"{parts['Hydro'][3] + parts['Wind'][3]}%", "percent", "chart", "arithmetic", False),
    ]


@scene
def c_lines():
    style("seaborn-v0_8-darkgrid")
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s = {"Lumo": [52, 55, 58, 61, 63, 66, 64, 62, 60, 59, 57, 56],
         "Parcelo": [20, 24, 29, 35, 42, 50, 58, 67, 74, 80, 83, 85],
         "Hopsa": [38, 37, 36, 40, 44, 43, 41, 39, 37, 34, 33, 31]}
    fig, ax = plt.subplots(figsize=(10, 5.4))
    for k, v in s.items():
        ax.plot(months, v, marker="o", label=k, linewidth=2)
    ax.set_ylabel("Monthly active users (thousands)")
    ax.set_title("MAU by app, 2024")
    ax.legend()
    cv = FigCv(fig)
    over = next(months[i] for i in range(12) if s["Parcelo"][i] > s["Lumo"][i])
    return "chart_lines_mau", cv, [
        Q("in what month did Lumo peak", months[int(np.argmax(s["Lumo"]))], "text", "chart", "chart_peak", True),
        Q("when does Parcelo first overtake Lumo", over, "text", "chart", "chart_overtake", True),
        Q("approx. Hopsa MAU in December (thousands)?", str(s["Hopsa"][11]), "approx", "chart", "chart_approx", False),
    ]


@scene
def c_donut():
    style(None)
    lab = ["Housing", "Food", "Transport", "Savings", "Leisure", "Other"]
    v = [38, 17, 11, 20, 9, 5]
    fig, ax = plt.subplots(figsize=(7, 6))
    ax.pie(v, labels=lab, autopct="%d%%", startangle=90, counterclock=False, pctdistance=0.78,
           wedgeprops=dict(width=0.42, edgecolor="white"), colors=plt.cm.Set2.colors)
    ax.set_title("Where our money went in 2024")
    cv = FigCv(fig)
    return "chart_donut_budget", cv, [
        Q("what % goes to food", "17%", "percent", "chart", "chart_value", True),
        Q("second biggest slice?", lab[sorted(range(6), key=lambda i: -v[i])[1]], "text", "chart", "nth", True),
        Q("together, how much are transport and leisure", f"{v[2] + v[4]}%", "percent", "chart", "arithmetic", False),
    ]


@scene
def c_scatter():
    style("seaborn-v0_8-white")
    pts = [("Aldmoor", 2.1, 61), ("Brisk", 4.8, 73), ("Cotterell", 7.5, 70), ("Dunmere", 3.3, 82), ("Elstow", 9.2, 88), ("Fennick", 6.0, 55), ("Garrow", 1.4, 47)]
    fig, ax = plt.subplots(figsize=(8.5, 6))
    for n, x, y in pts:
        ax.scatter(x, y, s=80, color="#8E44AD")
        ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 6))
    ax.set_xlabel("Marketing spend (€ thousands)")
    ax.set_ylabel("Customer satisfaction score")
    ax.set_xlim(0, 10)
    ax.set_ylim(40, 95)
    ax.grid(True, alpha=0.4)
    ax.set_title("Stores: spend vs satisfaction")
    cv = FigCv(fig)
    lo = min(pts, key=lambda p: p[2])
    return "chart_scatter_stores", cv, [
        Q("which store has the lowest satisfaction", lo[0], "text", "chart", "chart_argmin", True),
        Q("roughly what satisfaction score does Dunmere have", str(pts[3][2]), "approx", "chart", "chart_approx", False),
        Q("about how much did Cotterell spend on marketing, in € thousands", str(pts[2][1]), "approx", "chart", "chart_approx", False),
    ]


@scene
def c_area():
    style("fivethirtyeight")
    days = list(range(1, 15))
    r = rng_for("area")
    organic = [1200 + 40 * d + r.randint(-60, 60) for d in days]
    paid = [600 + (900 if 6 <= d <= 9 else 0) + r.randint(-50, 50) for d in days]
    social = [300 + r.randint(-40, 40) for d in days]
    fig, ax = plt.subplots(figsize=(10, 5.2))
    ax.stackplot(days, organic, paid, social, labels=["Organic", "Paid", "Social"], alpha=0.85)
    ax.set_xticks(days)
    ax.set_xlabel("Day of March")
    ax.set_title("Site visits by source")
    ax.legend(loc="upper left")
    fig.tight_layout()
    cv = FigCv(fig)
    return "chart_area_traffic", cv, [
        Q("roughly how many total visits on day 14", str(organic[13] + paid[13] + social[13]), "approx", "chart", "chart_approx", False),
        Q("which source brings the fewest visits every single day", [n for n, s in (("Organic", organic), ("Paid", paid), ("Social", social)) if all(s[i] <= min(organic[i], paid[i], social[i]) for i in range(len(days)))][0], "text", "chart", "chart_argmin", True),
        Q("what day did the paid bump start?", str(next(d for d, p in zip(days, paid) if p > 1200)), "number", "chart", "chart_peak", True),
    ]


@scene
def c_hbar():
    style(None)
    opts = ["Remote 5 days", "Hybrid 3/2", "Hybrid 2/3", "Office 5 days", "No preference"]
    v = [31, 27, 22, 8, 12]
    fig, ax = plt.subplots(figsize=(8.5, 4.6))
    order = sorted(range(5), key=lambda i: v[i])
    b = ax.barh([opts[i] for i in order], [v[i] for i in order], color="#2a9d8f")
    ax.bar_label(b, labels=[f"{v[i]}%" for i in order], padding=4)
    ax.set_xlim(0, 40)
    for sp in ["top", "right"]:
        ax.spines[sp].set_visible(False)
    ax.set_title("Preferred work setup (n=412 employees)")
    fig.tight_layout()
    cv = FigCv(fig)
    return "chart_hbar_survey", cv, [
        Q("what's the least popular option", opts[v.index(min(v))], "text", "chart", "chart_argmin", True),
        Q("what share prefers some kind of hybrid", f"{v[1] + v[2]}%", "percent", "chart", "arithmetic", False),
    ]


@scene
def report_page():
    style("seaborn-v0_8-paper")
    yrs = [2019, 2020, 2021, 2022, 2023, 2024]
    vals = [3.1, 1.2, 2.4, 4.6, 5.3, 4.8]
    fig, ax = plt.subplots(figsize=(6.4, 3.4))
    ax.plot(yrs, vals, color="#c0392b", marker="s")
    ax.set_ylabel("Exportvolym (mdkr)")
    ax.set_ylim(0, 6)
    ax.grid(True, alpha=0.3)
    fc = FigCv(fig)
    cv = Cv(1140, 960, (255, 255, 255))
    cv.t(80, 60, "Årsrapport 2024 · Östra Hamnens Kooperativ", 14, "sans", (120, 120, 120))
    cv.t(80, 100, "3. Export och marknader", 30, "dserifb")
    para = ["Exportvolymen minskade något under 2024 efter två starka år. Den största",
            "marknaden var Tyskland (41 %), följt av Polen (18 %) och Nederländerna (12 %).",
            "Nedgången förklaras främst av lägre priser på torkad fisk under andra halvåret."]
    for i, p in enumerate(para):
        cv.t(80, 160 + i * 28, p, 17, "dserif")
    cv.im.paste(fc.im, (80, 270))
    cv.texts += fc.texts
    cv.t(80, 270 + fc.im.height + 10, "Figur 3.1. Exportvolym 2019–2024, miljarder kronor.", 14, "dserif", (90, 90, 90))
    cv.t(80, 350 + fc.im.height, "Tabell 3.2. Största exportmarknader", 16, "dserifb")
    from gen_docs import table
    table(cv, 80, 385 + fc.im.height, ["Marknad", "Andel", "Förändring"], [("Tyskland", "41 %", "−2 p.e."), ("Polen", "18 %", "+1 p.e."),
          ("Nederländerna", "12 %", "+3 p.e."), ("Frankrike", "9 %", "−1 p.e.")], [260, 140, 160], size=15, f="dserif", head_f="dserifb")
    peak = yrs[vals.index(max(vals))]
    return "rapport_export_se", cv, [
        Q("which year did exports peak according to the figure", str(peak), "text", "report", "chart_peak", True),
        Q("vilken marknad ökade mest?", "Nederländerna", "text", "report", "argmax", True),
        Q("approximately what was the export volume in 2022 (bn kr)", str(vals[3]), "approx", "report", "chart_approx", False),
    ]
