"""Charts with matplotlib (Agg). Golds come from the plotted arrays."""
import os
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from common import q, add_text, IMG_DIR, HERE, TEXT, de, us, usd
import gen_web

def save(fig, name, folder=IMG_DIR):
    fig.savefig(os.path.join(folder, name + ".png"), dpi=100, metadata={"Software": None})
    plt.close(fig)

def reg(name, *strs):
    TEXT.setdefault(name, "")
    add_text(name, " ".join(str(s) for s in strs))

def c_bar_values(rng):
    shops = ["Kaffebar Nord", "Bean There", "Rösterei 7", "Café Luna", "Flat White Co", "Moka Point"]
    vals = [int(v) for v in rng.integers(800, 2600, len(shops))]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(10, 5.5))
        b = ax.bar(shops, vals, color="#4c72b0")
        for r, v in zip(b, vals):
            ax.text(r.get_x() + r.get_width() / 2, v + 30, us(v, 0), ha="center", fontsize=11)
        ax.set_title("Cups sold in February 2026, by shop"); ax.set_ylabel("cups")
        plt.setp(ax.get_xticklabels(), rotation=15)
        fig.tight_layout(); save(fig, "chart_bar_cups")
    reg("chart_bar_cups", *shops, *[us(v, 0) for v in vals])
    i = int(np.argmax(vals)); j = int(np.argmin(vals))
    q("chart_bar_cups", "which shop sold the most cups", shops[i], "text", "chart", "argmax", True)
    q("chart_bar_cups", "how many did Café Luna sell?", us(vals[3], 0), "number", "chart", "chart_value", True)
    q("chart_bar_cups", "difference between the best and the worst shop?", us(vals[i] - vals[j], 0), "number", "chart", "arithmetic", False)

def c_grouped(rng):
    qs = ["Q1", "Q2", "Q3", "Q4"]
    a = [4.2, 5.1, 6.3, 5.8]; b = [4.9, 4.7, 7.1, 6.6]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(8, 5))
        x = np.arange(4)
        ax.bar(x - 0.2, a, 0.4, label="2024", color="#9aa9c2"); ax.bar(x + 0.2, b, 0.4, label="2025", color="#d1495b")
        ax.set_xticks(x); ax.set_xticklabels(qs); ax.set_ylabel("Revenue (€ million)"); ax.set_ylim(0, 8)
        ax.set_title("Quarterly revenue, Hallberg Foods"); ax.legend()
        fig.tight_layout(); save(fig, "chart_grouped_rev")
    reg("chart_grouped_rev", *qs, "2024 2025")
    worse = [qs[k] for k in range(4) if b[k] < a[k]]
    q("chart_grouped_rev", "in which quarter was 2025 lower than 2024?", ", ".join(worse), "text", "chart", "chart_compare", True)
    q("chart_grouped_rev", "roughly what was Q3 2025 revenue", "7.1", "approx", "chart", "chart_approx", False)
    q("chart_grouped_rev", "approx how much did 2024 make in Q1 (€m)?", "4.2", "approx", "chart", "chart_approx", False)

def c_stacked(rng):
    cs = ["Denmark", "Spain", "Poland", "Austria", "Portugal"]
    src = {"Wind": [54, 23, 14, 12, 26], "Solar": [9, 19, 8, 7, 14], "Hydro": [0, 9, 2, 58, 24], "Fossil": [25, 38, 68, 16, 26]}
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9, 5.5))
        bottom = np.zeros(5)
        for k, v in src.items():
            ax.bar(cs, v, bottom=bottom, label=k)
            for i, (bb, vv) in enumerate(zip(bottom, v)):
                if vv >= 5:
                    ax.text(i, bb + vv / 2, str(vv), ha="center", va="center", color="white", fontsize=10, fontweight="bold")
            bottom += v
        ax.set_ylabel("share of electricity (%)"); ax.set_title("Electricity mix 2025 (illustrative)"); ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
        fig.tight_layout(); save(fig, "chart_stacked_energy")
    reg("chart_stacked_energy", *cs, *[str(v) for vs in src.values() for v in vs])
    q("chart_stacked_energy", "which country gets the most from hydro", cs[int(np.argmax(src["Hydro"]))], "text", "chart", "argmax", True)
    q("chart_stacked_energy", "wind + solar combined for Spain?", "%d%%" % (src["Wind"][1] + src["Solar"][1]), "percent", "chart", "arithmetic", False)
    q("chart_stacked_energy", "what's Poland's fossil share", "68", "percent", "chart", "chart_value", True)

def c_lines(rng):
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    A = [120, 135, 150, 171, 190, 214, 236, 229, 210, 198, 185, 176]
    B = [60, 72, 90, 110, 131, 158, 180, 205, 232, 251, 266, 280]
    C = [200, 196, 190, 184, 175, 170, 163, 159, 151, 147, 140, 138]
    with plt.style.context("fivethirtyeight"):
        fig, ax = plt.subplots(figsize=(11, 5.5))
        ax.plot(months, A, label="Trailmate", lw=2.5); ax.plot(months, B, label="Pedalo", lw=2.5); ax.plot(months, C, label="RunBuddy", lw=2.5)
        ax.set_title("Monthly active users (thousands), 2025", fontsize=15); ax.legend(); ax.set_ylim(0, 300)
        fig.tight_layout(); save(fig, "chart_lines_mau")
    reg("chart_lines_mau", *months, "Trailmate Pedalo RunBuddy")
    over_b_c = next(months[i] for i in range(12) if B[i] > C[i] and B[i - 1] <= C[i - 1])
    over_b_a = next(months[i] for i in range(12) if B[i] > A[i] and B[i - 1] <= A[i - 1])
    q("chart_lines_mau", "when did Trailmate peak?", months[int(np.argmax(A))], "text", "chart", "chart_peak", True)
    q("chart_lines_mau", "in which month does Pedalo first pass Trailmate", over_b_a, "text", "chart", "chart_overtake", True)
    q("chart_lines_mau", "about how many users did RunBuddy have in January (thousands)?", str(C[0]), "approx", "chart", "chart_approx", False)

def c_donut(rng):
    labels = ["Housing", "Groceries", "Transport", "Savings", "Leisure", "Other"]
    v = [38.0, 17.0, 11.0, 15.0, 12.0, 7.0]
    fig, ax = plt.subplots(figsize=(7.5, 6))
    ax.pie(v, labels=labels, autopct="%1.0f%%", startangle=90, pctdistance=0.8, wedgeprops=dict(width=0.4, edgecolor="white"),
           colors=["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"], textprops=dict(fontsize=11))
    ax.set_title("Where our money went — 2025 household budget")
    ax.text(0, 0, "€41,800\nspent", ha="center", va="center", fontsize=13, fontweight="bold")
    save(fig, "chart_donut_budget")
    reg("chart_donut_budget", *labels, *["%d%%" % x for x in v], "€41,800")
    q("chart_donut_budget", "what percent went to groceries", "17%", "percent", "chart", "chart_share", True)
    q("chart_donut_budget", "biggest slice?", "Housing", "text", "chart", "argmax", True)
    q("chart_donut_budget", "how much money is the housing slice, in euros", "€" + us(41800 * 0.38, 0), "money", "chart", "arithmetic", False)

def c_scatter(rng):
    cities = ["Oslo", "Lisbon", "Warsaw", "Zurich", "Dublin", "Prague", "Madrid", "Helsinki"]
    rent = [1650, 1250, 900, 2300, 2100, 1020, 1200, 1300]
    sal = [5200, 1900, 1850, 7400, 4100, 2250, 2400, 4000]
    with plt.style.context("seaborn-v0_8-darkgrid"):
        fig, ax = plt.subplots(figsize=(9, 6))
        ax.scatter(rent, sal, s=80, c="#7b2cbf")
        for c_, x, y in zip(cities, rent, sal):
            ax.annotate(c_, (x, y), textcoords="offset points", xytext=(6, 6), fontsize=11)
        ax.set_xlabel("1-bed rent, city centre (€/month)"); ax.set_ylabel("median net salary (€/month)"); ax.set_title("Rent vs salary (invented data)")
        fig.tight_layout(); save(fig, "chart_scatter_rent")
    reg("chart_scatter_rent", *cities)
    q("chart_scatter_rent", "which city has the highest salary on this plot", cities[int(np.argmax(sal))], "text", "chart", "argmax", True)
    q("chart_scatter_rent", "cheapest rent?", cities[int(np.argmin(rent))], "text", "chart", "argmin", True)
    q("chart_scatter_rent", "roughly what's the median salary in Dublin", str(sal[4]), "approx", "chart", "chart_approx", False)

def c_hbar(rng):
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#"]
    v = [68, 54, 31, 24, 40, 15, 28]
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(8, 5))
        ax.barh(langs[::-1], v[::-1], color="#00b4d8"); ax.set_xlabel("% of respondents using it weekly"); ax.set_xlim(0, 80)
        ax.set_title("Team survey 2026: languages in use"); ax.grid(axis="x", alpha=0.3)
        fig.tight_layout(); save(fig, "chart_hbar_langs")
    reg("chart_hbar_langs", *langs)
    q("chart_hbar_langs", "least used language in the survey?", langs[int(np.argmin(v))], "text", "chart", "argmin", True)
    q("chart_hbar_langs", "approximately what % use Java", str(v[4]), "approx", "chart", "chart_approx", False)
    q("chart_hbar_langs", "is Go used more than Rust?", "yes", "yesno", "chart", "chart_compare", False)

def c_area(rng):
    wk = list(range(1, 13))
    org = [3.1, 3.3, 3.2, 3.6, 3.9, 4.1, 4.0, 4.4, 4.8, 5.0, 5.3, 5.6]
    paid = [1.0, 1.2, 1.8, 2.4, 2.2, 2.0, 2.6, 2.9, 2.5, 2.3, 2.1, 2.0]
    ref = [0.5, 0.6, 0.6, 0.7, 0.8, 0.8, 0.9, 1.0, 1.0, 1.1, 1.2, 1.2]
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.stackplot(wk, org, paid, ref, labels=["Organic", "Paid", "Referral"], colors=["#90be6d", "#f9844a", "#577590"], alpha=0.9)
    ax.set_xticks(wk); ax.set_xlabel("week"); ax.set_ylabel("visits (thousands)"); ax.set_ylim(0, 10); ax.set_yticks(range(0, 11))
    ax.grid(alpha=0.3); ax.legend(loc="upper left"); ax.set_title("Site traffic by source, Q1 2026")
    fig.tight_layout(); save(fig, "chart_area_traffic")
    reg("chart_area_traffic", "Organic Paid Referral", *[str(w) for w in wk])
    tot = [round(a + b + c, 1) for a, b, c in zip(org, paid, ref)]
    q("chart_area_traffic", "roughly how many total visits in week 8 (thousands)?", str(tot[7]), "approx", "chart", "chart_approx", False)
    q("chart_area_traffic", "in which week did paid traffic peak", str(wk[int(np.argmax(paid))]), "number", "chart", "chart_peak", True)

def c_temp_de(rng):
    m = ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"]
    mu = [0.4, 1.5, 5.2, 9.8, 14.1, 17.6, 19.4, 19.0, 14.9, 10.1, 4.8, 1.6]
    hh = [2.2, 2.8, 5.4, 9.1, 13.0, 16.0, 18.3, 18.1, 15.0, 10.8, 6.2, 3.1]
    fig, ax = plt.subplots(figsize=(10, 5.2))
    ax.plot(m, mu, "o-", color="#c1121f", label="München"); ax.plot(m, hh, "s--", color="#003049", label="Hamburg")
    for i in range(12):
        ax.annotate(de(mu[i], 1), (i, mu[i]), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9, color="#c1121f")
        ax.annotate(de(hh[i], 1), (i, hh[i]), textcoords="offset points", xytext=(0, -16), ha="center", fontsize=9, color="#003049")
    ax.set_ylabel("°C"); ax.set_title("Monatsmittel der Lufttemperatur 2025"); ax.legend(); ax.grid(alpha=0.3)
    fig.tight_layout(); save(fig, "chart_temp_de")
    reg("chart_temp_de", *m, *[de(x, 1) for x in mu + hh], "München Hamburg")
    q("chart_temp_de", "welcher Monat war in München am wärmsten?", m[int(np.argmax(mu))], "text", "chart", "chart_peak", True)
    q("chart_temp_de", "how much warmer was munich than hamburg in july", de(mu[6] - hh[6], 1) + " °C", "number", "chart", "arithmetic", False)
    q("chart_temp_de", "what was the average temperature in Hamburg in May?", de(hh[4], 1), "number", "chart", "chart_value", True)

def c_article(rng):
    yrs = [2019, 2020, 2021, 2022, 2023, 2024, 2025]
    riders = [41.2, 22.8, 28.5, 36.9, 44.7, 48.3, 51.0]
    fig, ax = plt.subplots(figsize=(6.4, 3.6))
    ax.bar([str(y) for y in yrs], riders, color="#2b6cb0"); ax.set_ylabel("million trips"); ax.set_ylim(0, 60)
    ax.spines[["top", "right"]].set_visible(False)
    fig.tight_layout(); save(fig, "fig_article_ferry", os.path.join(HERE, "html"))
    body = """<div class=mast>THE HARBOUR LEDGER</div><div class=nav>News · Business · <b>Transport</b> · Culture · Opinion</div><div class=a>
<div class=kick>TRANSPORT</div><h1>Ferry ridership hits record as new electric boats enter service</h1>
<div class=by>By <b>Annelies Vermeulen</b> · 4 March 2026 · 5 min read</div>
<p>The regional ferry network carried 51.0 million trips last year, finally beating its pre-pandemic high, the operator said on Tuesday. Four battery-electric vessels joined the fleet in the autumn, cutting crossing times on the Nordhaven line by six minutes.</p>
<figure><img src="fig_article_ferry.png"><figcaption>Figure 1. Annual ferry trips, 2019–2025 (million). Source: Harbour Transit Authority.</figcaption></figure>
<p>Officials expect growth to slow in 2026 as the network approaches capacity at peak hours. A fifth electric vessel is due in September.</p></div>
<div class=side><h4>Most read</h4><ol><li>Council approves bike lane on Quay Street</li><li>Fish market reopens after renovation</li><li>Port strike talks resume Monday</li></ol></div>"""
    css = """.mast{font-family:'Liberation Serif';font-size:40px;text-align:center;padding:14px;border-bottom:3px double #222;letter-spacing:3px}.nav{text-align:center;padding:8px;border-bottom:1px solid #ccc;font-size:14px}
.a{width:700px;margin-left:90px;float:left;font-family:'Liberation Serif',serif;font-size:18px;line-height:1.5}.kick{color:#b91c1c;font-weight:bold;font-size:13px;margin-top:20px;font-family:'Liberation Sans'}
h1{font-size:34px;line-height:1.2;margin:6px 0}.by{color:#555;font-size:14px;font-family:'Liberation Sans'}figure{margin:10px 0}figcaption{font-size:13px;color:#555;font-family:'Liberation Sans'}
.side{float:left;width:300px;margin:40px 0 0 40px;font-size:14px;border-top:3px solid #222}"""
    gen_web.page("web_article_ferry", 1200, 1080, body, css)
    reg("web_article_ferry", *yrs)
    lo = yrs[int(np.argmin(riders))]
    q("web_article_ferry", "who wrote this article", "Annelies Vermeulen", "person", "article", "who", True)
    q("web_article_ferry", "in the figure, which year had the fewest trips?", str(lo), "number", "article", "argmin", True)
    q("web_article_ferry", "roughly how many trips were there in 2022 according to the chart (million)", str(riders[3]), "approx", "article", "chart_approx", False)

ALL = [c_bar_values, c_grouped, c_stacked, c_lines, c_donut, c_scatter, c_hbar, c_area, c_temp_de, c_article]
def build(seed):
    for i, f in enumerate(ALL):
        f(np.random.default_rng(seed + i))
