"""Charts rendered with matplotlib (Agg)."""
import random
import numpy as np
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
from common import Q, scene


def _fig(w, h, style=None):
    plt.rcdefaults()
    if style:
        plt.style.use(style)
    plt.rcParams["font.family"] = "DejaVu Sans"
    return plt.figure(figsize=(w / 100, h / 100), dpi=100)


def scenes(seed):
    rng = random.Random(seed + 5)
    out = []

    # 1 bar chart with printed values
    langs = ["Python", "TypeScript", "Go", "Rust", "Java", "Kotlin", "C#"]
    v = [rng.randint(12, 95) for _ in langs]

    def f1(path):
        fig = _fig(900, 520)
        ax = fig.add_subplot(111)
        b = ax.bar(langs, v, color="#4c72b0")
        ax.bar_label(b, padding=2)
        ax.set_title("Open job postings by language (Oslo, March)")
        ax.set_ylabel("Postings")
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    i_max = max(range(len(langs)), key=lambda i: v[i])
    i_min = min(range(len(langs)), key=lambda i: v[i])
    out.append(scene("chart_bar_jobs", "chart_bar", 900, 520, fig=f1, texts=langs + [str(x) for x in v], qs=[
        Q("how many Go postings", str(v[2]), "number", "chart_value", True),
        Q("which language has the fewest openings", langs[i_min], "text", "chart_extreme", True),
        Q("how many more Python jobs than Rust jobs?", str(v[0] - v[3]), "number", "arithmetic", False),
        Q("top language and how many postings?", f"{langs[i_max]}, {v[i_max]}", "text", "multi_part", False),
    ]))

    # 2 grouped bars without labels -> approx
    q = ["Q1", "Q2", "Q3", "Q4"]
    a = [rng.randint(20, 80) * 10 for _ in q]
    b = [rng.randint(20, 80) * 10 for _ in q]

    def f2(path):
        fig = _fig(820, 500, "ggplot")
        ax = fig.add_subplot(111)
        x = np.arange(len(q))
        ax.bar(x - 0.2, a, 0.4, label="2025")
        ax.bar(x + 0.2, b, 0.4, label="2026")
        ax.set_xticks(x, q)
        ax.set_yticks(range(0, 901, 100))
        ax.set_ylabel("Units sold")
        ax.set_title("Heat-pump installations per quarter")
        ax.legend()
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    diffs = [b[i] - a[i] for i in range(4)]
    out.append(scene("chart_grouped_heatpump", "chart_grouped_bar", 820, 500, fig=f2, texts=q, qs=[
        Q("roughly how many installs in Q3 2026", str(b[2]), "approx", "chart_approx", False),
        Q("which quarter had the biggest drop from 2025 to 2026" if min(diffs) < 0 else "which quarter grew the least from 2025 to 2026",
          q[min(range(4), key=lambda i: diffs[i])], "text", "chart_extreme", True),
        Q("about how many units in Q1 2025?", str(a[0]), "approx", "chart_approx", False),
    ]))

    # 3 stacked bars with segment labels
    teams = ["Berlin", "Lisbon", "Kraków", "Tallinn"]
    cats = ["Bugs", "Features", "Chores"]
    d = {c: [rng.randint(4, 25) for _ in teams] for c in cats}

    def f3(path):
        fig = _fig(760, 520)
        ax = fig.add_subplot(111)
        bottom = np.zeros(len(teams))
        for c, col in zip(cats, ["#e15759", "#59a14f", "#bab0ac"]):
            bars = ax.bar(teams, d[c], bottom=bottom, label=c, color=col)
            ax.bar_label(bars, label_type="center", color="white", fontweight="bold")
            bottom += d[c]
        ax.set_title("Tickets closed in sprint 14, by office")
        ax.legend(loc="upper right")
        ax.set_ylim(0, max(bottom) * 1.25)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    tot = [sum(d[c][i] for c in cats) for i in range(len(teams))]
    out.append(scene("chart_stacked_tickets", "chart_stacked_bar", 760, 520, fig=f3, texts=teams + cats + [str(x) for c in cats for x in d[c]], qs=[
        Q("how many tickets did Lisbon close in total", str(tot[1]), "count", "arithmetic", False),
        Q("which office fixed the most bugs", teams[max(range(4), key=lambda i: (d['Bugs'][i], -i))], "text", "chart_extreme", True),
        Q("features closed by Tallinn?", str(d["Features"][3]), "number", "chart_value", True),
        Q("what fraction of Berlin's closed tickets were bugs, in %", f"{100*d['Bugs'][0]/tot[0]:.0f}%", "percent", "chart_share", False),
    ]))

    # 4 multi-series line, no value labels
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    s1 = [30 + 4 * i + rng.randint(-3, 3) for i in range(12)]
    s2 = [55 + rng.randint(-3, 3) + (i - 5) ** 2 // -4 + 6 for i in range(12)]
    s3 = [20 + int(25 * np.sin(i / 11 * np.pi)) + rng.randint(0, 2) for i in range(12)]

    def f4(path):
        fig = _fig(1200, 540, "seaborn-v0_8-whitegrid")
        ax = fig.add_subplot(111)
        ax.plot(months, s1, marker="o", label="Web shop")
        ax.plot(months, s2, marker="s", label="Retail stores")
        ax.plot(months, s3, marker="^", label="Marketplace")
        ax.set_ylabel("Revenue (k€)")
        ax.set_title("Monthly revenue by channel, 2026")
        ax.legend()
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    cross = next((months[i] for i in range(1, 12) if s1[i] > s2[i] and s1[i - 1] <= s2[i - 1]), None)
    out.append(scene("chart_line_channels", "chart_line", 1200, 540, fig=f4, texts=months, qs=[
        Q("in which month does the marketplace peak", months[max(range(12), key=lambda i: (s3[i], -i))], "text", "chart_trend", True),
        Q("when does the web shop first overtake retail stores", cross, "text", "chart_trend", True),
        Q("approx web shop revenue in December (k€)", str(s1[11]), "approx", "chart_approx", False),
    ]))

    # 5 pie with percentages
    slices = [("Rent", 38), ("Food", 21), ("Transport", 9), ("Savings", 15), ("Leisure", 11), ("Other", 6)]

    def f5(path):
        fig = _fig(700, 560)
        ax = fig.add_subplot(111)
        ax.pie([s[1] for s in slices], labels=[s[0] for s in slices], autopct="%d%%", startangle=90, counterclock=False,
               colors=["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462"])
        ax.set_title("Where my salary goes (monthly)")
        fig.savefig(path)
        plt.close(fig)
    out.append(scene("chart_pie_budget", "chart_pie", 700, 560, fig=f5, texts=[s[0] for s in slices] + [f"{s[1]}%" for s in slices], qs=[
        Q("what share goes to food", "21%", "percent", "chart_share", True),
        Q("what's the second-biggest slice", sorted(slices, key=lambda s: -s[1])[1][0], "text", "chart_extreme", True),
        Q("rent + transport together, what %", f"{38+9}%", "percent", "arithmetic", False),
    ]))

    # 6 donut without percent labels, legend only with values
    src = [("Organic search", 4210), ("Direct", 2380), ("Social", 1675), ("Email", 940), ("Referral", 515)]
    total = sum(s[1] for s in src)

    def f6(path):
        fig = _fig(860, 520)
        ax = fig.add_subplot(111)
        w, _ = ax.pie([s[1] for s in src], wedgeprops=dict(width=0.38), startangle=90, colors=plt.cm.Set2.colors)
        ax.legend(w, [f"{n} — {v:,}" for n, v in src], loc="center left", bbox_to_anchor=(1, 0.5), frameon=False)
        ax.text(0, 0, f"{total:,}\nvisits", ha="center", va="center", fontsize=16)
        ax.set_title("Traffic sources, last 7 days")
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    out.append(scene("chart_donut_traffic", "chart_donut", 860, 520, fig=f6, texts=[f"{n} — {v:,}" for n, v in src] + [f"{total:,}"], qs=[
        Q("total visits?", f"{total:,}", "number", "field_read", True),
        Q("what percent of traffic came from social", f"{100*src[2][1]/total:.1f}%", "percent", "chart_share", False),
        Q("how many visits from email", "940", "number", "chart_value", True),
    ]))

    # 7 scatter with labelled points
    pts = [("Aria", 2.1, 54), ("Birk", 3.4, 61), ("Cleo", 5.0, 70), ("Dag", 6.2, 66), ("Enzo", 7.5, 82), ("Fenna", 8.8, 79), ("Gus", 4.1, 49), ("Hedda", 9.4, 91)]

    def f7(path):
        fig = _fig(800, 560, "bmh")
        ax = fig.add_subplot(111)
        ax.scatter([p[1] for p in pts], [p[2] for p in pts], s=70, color="#7a68a6")
        for n, x, y in pts:
            ax.annotate(n, (x, y), textcoords="offset points", xytext=(6, 6))
        ax.set_xlabel("Hours studied per week")
        ax.set_ylabel("Exam score")
        ax.set_title("Study time vs exam score")
        ax.set_xlim(0, 11)
        ax.set_ylim(40, 100)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    low = min(pts, key=lambda p: p[2])
    out.append(scene("chart_scatter_study", "chart_scatter", 800, 560, fig=f7, texts=[p[0] for p in pts], qs=[
        Q("who scored lowest", low[0], "person", "chart_extreme", True),
        Q("roughly what score did Enzo get", str(pts[4][2]), "approx", "chart_approx", False),
        Q("about how many hours did Cleo study", f"{pts[2][1]:g}", "approx", "chart_approx", False),
    ]))

    # 8 stacked area
    yrs = list(range(2016, 2027))
    solar = [2 + 1.6 * i + rng.uniform(0, 1) for i in range(len(yrs))]
    wind = [8 + 1.1 * i + rng.uniform(0, 1) for i in range(len(yrs))]
    hydro = [14 + rng.uniform(-1, 1) for _ in yrs]

    def f8(path):
        fig = _fig(900, 500, "fivethirtyeight")
        ax = fig.add_subplot(111)
        ax.stackplot(yrs, hydro, wind, solar, labels=["Hydro", "Wind", "Solar"], alpha=0.85)
        ax.set_title("Renewable generation (TWh)")
        ax.legend(loc="upper left")
        ax.set_xlim(2016, 2026)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    tot26 = hydro[-1] + wind[-1] + solar[-1]
    out.append(scene("chart_area_renew", "chart_area", 900, 500, fig=f8, texts=["Hydro", "Wind", "Solar"], qs=[
        Q("approximately how much renewable generation in total in 2026 (TWh)", f"{tot26:.0f}", "approx", "chart_approx", False),
        Q("which source is the bottom layer", "Hydro", "text", "chart_value", True),
        Q("did solar grow over the period?", "yes", "yesno", "chart_trend", False),
    ]))

    # 9 horizontal bar with values (French decimals)
    villes = ["Marseille", "Lyon", "Toulouse", "Nice", "Nantes", "Bordeaux", "Lille"]
    pluie = [round(rng.uniform(45, 130), 1) for _ in villes]

    def f9(path):
        fig = _fig(820, 520)
        ax = fig.add_subplot(111)
        order = sorted(range(len(villes)), key=lambda i: pluie[i])
        bars = ax.barh([villes[i] for i in order], [pluie[i] for i in order], color="#2a9d8f")
        ax.bar_label(bars, labels=[f"{pluie[i]:.1f}".replace(".", ",") for i in order], padding=3)
        ax.set_title("Précipitations en octobre (mm)")
        ax.set_xlim(0, max(pluie) * 1.15)
        ax.spines[["top", "right"]].set_visible(False)
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    wet = max(range(len(villes)), key=lambda i: pluie[i])
    out.append(scene("chart_hbar_pluie", "chart_bar", 820, 520, fig=f9, texts=villes + [f"{p:.1f}".replace(".", ",") for p in pluie], qs=[
        Q("quelle ville a eu le plus de pluie ?", villes[wet], "text", "chart_extreme", True),
        Q("rainfall in Nantes?", f"{pluie[4]:.1f}".replace(".", ","), "number", "chart_value", True),
        Q("how many cities got more than 100 mm", str(sum(p > 100 for p in pluie)), "count", "count", False),
    ]))

    # 10 line, single series, unlabelled -> approx + peak
    days = list(range(1, 31))
    temp = [round(14 + 8 * np.sin((dd - 4) / 30 * np.pi) + rng.uniform(-1.5, 1.5), 1) for dd in days]

    def f10(path):
        fig = _fig(900, 460, "dark_background")
        ax = fig.add_subplot(111)
        ax.plot(days, temp, color="#ffb000", lw=2)
        ax.set_xticks(range(1, 31, 2))
        ax.set_yticks(range(0, 31, 5))
        ax.grid(alpha=0.3)
        ax.set_title("Daily max temperature, Sevilla — April (°C)")
        ax.set_xlabel("Day")
        fig.tight_layout()
        fig.savefig(path)
        plt.close(fig)
    pk = max(days, key=lambda dd: (temp[dd - 1], -dd))
    out.append(scene("chart_line_temp", "chart_line", 900, 460, fig=f10, texts=[], qs=[
        Q("roughly what was the max temp on day 1", f"{temp[0]:.0f}", "approx", "chart_approx", False),
        Q("about how hot did it get at the peak", f"{temp[pk-1]:.0f}", "approx", "chart_approx", False),
        Q("was it warmer on the 20th than on the 5th?", "yes" if temp[19] > temp[4] else "no", "yesno", "chart_trend", False),
    ]))
    return out
