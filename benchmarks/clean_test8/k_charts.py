"""Charts: matplotlib (several styles, light and dark) plus one hand-made SVG chart."""
import os
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from common import q, IMG_DIR, render_html, page, argmax_unique, argmin_unique

CAT = "chart"

# make the system fonts known to matplotlib (its cache may not list them)
import subprocess
from matplotlib import font_manager
for _fam in ("Lato", "Roboto", "Roboto Condensed", "Open Sans", "URW Gothic", "Cantarell", "Liberation Sans"):
    _out = subprocess.run(["fc-list", f":family={_fam}", "file"], capture_output=True, text=True).stdout
    for _line in _out.splitlines():
        _path = _line.split(":")[0].strip()
        if _path:
            try:
                font_manager.fontManager.addfont(_path)
            except Exception:
                pass


def save(fig, name):
    fig.savefig(os.path.join(IMG_DIR, name + ".png"), dpi=100)
    plt.close(fig)
    plt.rcdefaults()


def bar_vertical(rng):
    name = "chart_bar_signups"
    plt.style.use("seaborn-v0_8-whitegrid")
    plt.rcParams["font.family"] = "Lato"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"]
    v = [rng.randint(820, 2400) for _ in months]
    fig, ax = plt.subplots(figsize=(9, 5))
    b = ax.bar(months, v, color="#5b8def")
    ax.bar_label(b, labels=[f"{x:,}" for x in v], fontsize=11, padding=3)
    ax.set_title("New sign-ups per month, 2024", fontsize=16, loc="left")
    ax.tick_params(labelsize=12)
    fig.tight_layout()
    save(fig, name)
    mx = argmax_unique(list(zip(months, v)), key=lambda t: t[1])
    q(name, CAT, "which month had the most sign-ups?", mx[0], "text", "max bar", True)
    q(name, CAT, "how many signups in May", f"{v[4]:,}", "number", "labelled value", True)
    q(name, CAT, "difference between March and April sign-ups?", f"{abs(v[3] - v[2]):,}", "number", "difference of two bars", False)


def barh_resolution(rng):
    name = "chart_barh_resolution"
    plt.style.use("ggplot")
    plt.rcParams["font.family"] = "Roboto"
    teams = ["Billing", "Onboarding", "Integrations", "Mobile app", "Data exports", "Account access"]
    v = [round(rng.uniform(2.0, 19.0), 1) for _ in teams]
    fig, ax = plt.subplots(figsize=(8, 4.6))
    ax.barh(teams, v, color="#e07a5f")
    ax.set_xlabel("Median hours to resolve", fontsize=12)
    ax.set_title("Support tickets — median resolution time (hours)", fontsize=14)
    ax.tick_params(labelsize=12)
    ax.set_xticks(np.arange(0, 22, 2))
    fig.tight_layout()
    save(fig, name)
    s = argmin_unique(list(zip(teams, v)), key=lambda t: t[1])
    q(name, CAT, "which queue gets resolved fastest?", s[0], "text", "min bar", True)
    q(name, CAT, "roughly how many hours does Billing take", str(v[0]), "approx", "read bar length", False)


def grouped(rng):
    name = "chart_grouped_quarters"
    plt.style.use("bmh")
    plt.rcParams["font.family"] = "DejaVu Sans"
    qs = ["Q1", "Q2", "Q3", "Q4"]
    a = [rng.randint(30, 90) for _ in qs]
    b = [rng.randint(30, 90) for _ in qs]
    x = np.arange(4)
    fig, ax = plt.subplots(figsize=(8, 5))
    r1 = ax.bar(x - 0.2, a, 0.4, label="2023", color="#8d99ae")
    r2 = ax.bar(x + 0.2, b, 0.4, label="2024", color="#ef233c")
    ax.bar_label(r1, fontsize=11)
    ax.bar_label(r2, fontsize=11)
    ax.set_xticks(x, qs)
    ax.set_ylabel("Revenue (€ millions)")
    ax.set_title("Kestrel Foods — quarterly revenue")
    ax.legend()
    fig.tight_layout()
    save(fig, name)
    diffs = [bb - aa for aa, bb in zip(a, b)]
    best = argmax_unique(list(zip(qs, diffs)), key=lambda t: t[1])
    q(name, CAT, "in which quarter did 2024 beat 2023 by the widest margin", best[0], "text", "max of differences", True)
    q(name, CAT, "total 2023 revenue across the four quarters?", str(sum(a)), "number", "sum of series", False)


def stacked_dark(rng):
    name = "chart_stacked_energy"
    plt.style.use("dark_background")
    plt.rcParams["font.family"] = "Open Sans"
    countries = ["Norway", "Poland", "Portugal", "Austria", "Ireland"]
    sources = ["Hydro", "Wind", "Solar", "Fossil"]
    colors = ["#4cc9f0", "#b5e48c", "#ffd166", "#ef476f"]
    data = []
    for c in countries:
        parts = [rng.randint(2, 60) for _ in sources]
        s = sum(parts)
        pct = [round(p * 100 / s) for p in parts]
        pct[-1] = 100 - sum(pct[:-1])
        data.append(pct)
    data = np.array(data)
    fig, ax = plt.subplots(figsize=(9, 5))
    left = np.zeros(len(countries))
    for j, s in enumerate(sources):
        bars = ax.barh(countries, data[:, j], left=left, color=colors[j], label=s)
        ax.bar_label(bars, labels=[f"{v}%" if v >= 6 else "" for v in data[:, j]], label_type="center", color="#111", fontsize=11)
        left += data[:, j]
    ax.set_xlim(0, 100)
    ax.legend(ncol=4, loc="upper center", bbox_to_anchor=(0.5, 1.12), frameon=False)
    ax.set_title("Electricity mix 2023 (%)", pad=34, loc="left")
    fig.tight_layout()
    save(fig, name)
    fos = argmin_unique(list(zip(countries, data[:, 3])), key=lambda t: t[1])
    q(name, CAT, "which country relies least on fossil power?", fos[0], "text", "min segment", True)
    i = countries.index("Portugal")
    q(name, CAT, "what share of Portugal's electricity is wind?", f"{data[i, 1]}%", "number", "segment value", True)


def line_multi(rng):
    name = "chart_line_temps"
    plt.style.use("seaborn-v0_8-darkgrid")
    plt.rcParams["font.family"] = "Liberation Sans"
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    base = {"Montréal": (-10, 21), "Lagos": (26, 29), "Melbourne": (21, 10)}
    fig, ax = plt.subplots(figsize=(10, 5))
    series = {}
    for city, (w, s) in base.items():
        vals = [round((w + s) / 2 + (s - w) / 2 * -np.cos((m) / 11 * 2 * np.pi) + rng.uniform(-1.5, 1.5)) for m in range(12)]
        series[city] = vals
        ax.plot(months, vals, marker="o", linewidth=2.2, label=city)
    ax.set_ylabel("Mean temperature (°C)")
    ax.set_title("Average monthly temperature")
    ax.legend()
    ax.set_yticks(range(-15, 36, 5))
    fig.tight_layout()
    save(fig, name)
    jul = {c: v[6] for c, v in series.items()}
    q(name, CAT, "which city is the coldest in January?", min(series, key=lambda c: series[c][0]), "text", "min at x", True)
    q(name, CAT, "about how warm is Montréal in July?", f"{jul['Montréal']} °C", "approx", "read point", False)
    cross = [m for i, m in enumerate(months) if series["Melbourne"][i] > series["Lagos"][i]]
    q(name, CAT, "is Melbourne ever warmer than Lagos on this chart?", "yes" if cross else "no", "yesno", "series comparison", False)


def donut(rng):
    name = "chart_donut_budget"
    plt.rcParams["font.family"] = "URW Gothic"
    cats = ["Housing", "Groceries", "Transport", "Childcare", "Savings", "Leisure"]
    raw = [rng.randint(5, 40) for _ in cats]
    s = sum(raw)
    pct = [round(r * 100 / s) for r in raw]
    pct[0] += 100 - sum(pct)
    fig, ax = plt.subplots(figsize=(7, 6), facecolor="#fbf7f0")
    cols = ["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8ab17d"]
    ax.pie(pct, labels=[f"{c}\n{p}%" for c, p in zip(cats, pct)], colors=cols, startangle=90, counterclock=False,
           wedgeprops=dict(width=0.38, edgecolor="#fbf7f0"), textprops=dict(fontsize=12))
    ax.text(0, 0, "Monthly\nbudget", ha="center", va="center", fontsize=15)
    ax.set_title("Where the Kowalczyk household money goes", fontsize=14)
    fig.tight_layout()
    save(fig, name)
    second = sorted(zip(cats, pct), key=lambda t: -t[1])
    assert second[1][1] != second[2][1] and second[0][1] != second[1][1]
    q(name, CAT, "what's the second-biggest spending category?", second[1][0], "text", "second largest slice", True)
    q(name, CAT, "what percentage goes to savings", f"{pct[4]}%", "number", "slice label", True)


def scatter(rng):
    name = "chart_scatter_cities"
    plt.style.use("fivethirtyeight")
    plt.rcParams["font.family"] = "Roboto Condensed"
    cities = ["Zürich", "Hanoi", "Nairobi", "Lima", "Oslo", "Dhaka", "Austin", "Krakow", "Accra", "Osaka"]
    rent = [rng.randint(300, 2600) for _ in cities]
    net = [rng.randint(35, 320) for _ in cities]
    fig, ax = plt.subplots(figsize=(9, 6))
    ax.scatter(rent, net, s=70, color="#30a2da")
    for c, x, y in zip(cities, rent, net):
        ax.annotate(c, (x, y), textcoords="offset points", xytext=(6, 5), fontsize=12)
    ax.set_xlabel("Median 1-bed rent (USD / month)")
    ax.set_ylabel("Median broadband (Mbit/s)")
    ax.set_title("Rent vs internet speed", fontsize=16)
    fig.tight_layout()
    save(fig, name)
    fast = argmax_unique(list(zip(cities, net)), key=lambda t: t[1])
    cheap = argmin_unique(list(zip(cities, rent)), key=lambda t: t[1])
    q(name, CAT, "which city has the fastest internet on this plot?", fast[0], "text", "max y", True)
    q(name, CAT, "cheapest rent — which city?", cheap[0], "text", "min x", True)


def area(rng):
    name = "chart_area_traffic"
    plt.style.use("Solarize_Light2")
    plt.rcParams["font.family"] = "Cantarell"
    weeks = [f"W{i}" for i in range(1, 13)]
    src = ["Organic", "Paid", "Referral"]
    data = [[rng.randint(20, 60) * 100 for _ in weeks], [rng.randint(5, 30) * 100 for _ in weeks], [rng.randint(2, 15) * 100 for _ in weeks]]
    peak_i = rng.randint(3, 10)
    data[0][peak_i] = 7800  # a clear peak week
    fig, ax = plt.subplots(figsize=(10, 5))
    ax.stackplot(range(12), *data, labels=src, colors=["#268bd2", "#d33682", "#859900"], alpha=0.85)
    ax.set_xticks(range(12), weeks)
    ax.legend(loc="upper left")
    ax.set_ylabel("Visits")
    ax.set_title("Weekly site visits by source")
    fig.tight_layout()
    save(fig, name)
    wins = [max(range(3), key=lambda j: data[j][i]) for i in range(12)]
    assert wins.count(0) >= 9
    q(name, CAT, "which traffic source is the biggest in most weeks?", src[0], "text", "largest band", True)
    tot = [sum(d[i] for d in data) for i in range(12)]
    pk = argmax_unique(list(zip(weeks, tot)), key=lambda t: t[1])
    assert sorted(tot)[-1] - sorted(tot)[-2] >= 800
    q(name, CAT, "in which week did total visits peak?", pk[0], "text", "peak of stacked total", True)


def svg_chart(rng):
    name = "chart_svg_cards"
    langs = ["Rust", "Go", "TypeScript", "Kotlin", "Elixir", "Zig"]
    v = [rng.randint(8, 95) for _ in langs]
    mx = 100
    bars = ""
    for i, (l, x) in enumerate(zip(langs, v)):
        y = 40 + i * 52
        bars += (f"<text x='10' y='{y+24}' font-size='16' fill='#cbd5e1'>{l}</text><rect x='120' y='{y+6}' width='{x*4.6}' height='28' rx='6' fill='url(#g)'/>"
                 f"<text x='{130 + x*4.6}' y='{y+26}' font-size='15' fill='#f8fafc'>{x}%</text>")
    css = ".c{width:680px;margin:20px;background:#0f172a;border-radius:16px;padding:20px 24px;font-family:'Lato';color:#f1f5f9}"
    body = f"""<div class=c><div style='font-size:20px;font-weight:bold'>Would use again</div><div style='color:#94a3b8;font-size:14px'>Dev survey 2024 · n = 3,112</div>
    <svg width='640' height='{60 + 52*len(langs)}' font-family='Lato'><defs><linearGradient id='g'><stop offset='0' stop-color='#6366f1'/><stop offset='1' stop-color='#ec4899'/></linearGradient></defs>{bars}</svg></div>"""
    render_html(name, page(css, body, bg="#e2e8f0"), 740, 520)
    lo = argmin_unique(list(zip(langs, v)), key=lambda t: t[1])
    q(name, CAT, "which language has the lowest 'would use again' score?", lo[0], "text", "min bar", True)
    q(name, CAT, "what % for Kotlin", f"{v[3]}%", "number", "labelled value", True)


def build(rng):
    for f in (bar_vertical, barh_resolution, grouped, stacked_dark, line_multi, donut, scatter, area, svg_chart):
        f(rng)
