"""Charts with matplotlib (various styles) plus one HTML/CSS chart."""
import random
import matplotlib
matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from common import shot, savefig, Q, esc, SEED, uniq

GENS = ["vbar_labels", "hbar_dark", "grouped_bar", "stacked_bar", "multi_line", "pie_share", "donut_dark", "scatter_pts", "area_stack", "css_bars", "line_nolabels"]
C = "chart"


def vbar_labels():
    r = random.Random(SEED + 51)
    cats = ["Lisbon", "Seville", "Nantes", "Genoa", "Split", "Bari"]
    vals = [r.randint(120, 980) for _ in cats]
    with plt.style.context("seaborn-v0_8-whitegrid"):
        fig, ax = plt.subplots(figsize=(8, 5))
        b = ax.bar(cats, vals, color="#e76f51")
        ax.bar_label(b, fontsize=12)
        ax.set_title("Cruise ship calls per port, 2025", fontsize=15); ax.set_ylabel("ship calls")
        ax.tick_params(labelsize=12)
    img = savefig("chart_vbar_ports", fig, cats + vals)
    Q(img, "how many ship calls did Genoa get", str(vals[3]), "number", C, "value at label")
    Q(img, "which port had the fewest calls?", cats[vals.index(uniq(vals, min(vals), 20))], "text", C, "argmin")
    Q(img, "combined calls for Split and Bari?", str(vals[4] + vals[5]), "number", C, "sum of two", literal=False)


def hbar_dark():
    r = random.Random(SEED + 52)
    langs = ["Rust", "Go", "TypeScript", "Kotlin", "Python", "Elixir", "Zig", "Swift"]
    vals = sorted([round(r.uniform(12, 88), 1) for _ in langs])
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(8, 5.2))
        b = ax.barh(langs, vals, color="#7dd3fc")
        ax.bar_label(b, fmt="%.1f%%", fontsize=11, padding=3)
        ax.set_title("Developers who want to keep using the language (%)", fontsize=13); ax.set_xlim(0, 100)
        ax.tick_params(labelsize=12)
        fig.tight_layout()
    img = savefig("chart_hbar_langs", fig, langs + [f"{v:.1f}%" for v in vals])
    Q(img, "what % for Kotlin?", f"{vals[3]:.1f}%", "number", C, "value at label")
    Q(img, "which language scores highest", langs[-1], "text", C, "argmax")
    Q(img, "how many languages are above 50%?", str(sum(1 for v in vals if v > 50)), "count", C, "count threshold", literal=False)


def grouped_bar():
    r = random.Random(SEED + 53)
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun"]
    a = [r.randint(20, 90) for _ in months]; b = [r.randint(20, 90) for _ in months]
    with plt.style.context("ggplot"):
        fig, ax = plt.subplots(figsize=(9, 5))
        x = np.arange(len(months)); w = 0.38
        b1 = ax.bar(x - w / 2, a, w, label="Online", color="#2a9d8f"); b2 = ax.bar(x + w / 2, b, w, label="In-store", color="#e9c46a")
        ax.bar_label(b1, fontsize=10); ax.bar_label(b2, fontsize=10)
        ax.set_xticks(x, months); ax.legend(fontsize=11); ax.set_title("Orders (thousands), H1 2026", fontsize=14); ax.tick_params(labelsize=12)
    img = savefig("chart_grouped_orders", fig, months + a + b + ["Online", "In-store"])
    Q(img, "in-store orders in April?", str(b[3]), "number", C, "series x category")
    diff = [x - y for x, y in zip(a, b)]
    m = months[diff.index(uniq(diff, max(diff), 2))]
    Q(img, "which month did online beat in-store by the widest margin", m, "text", C, "argmax difference")
    Q(img, "total online orders Jan–Jun (thousands)?", str(sum(a)), "number", C, "series sum", literal=False)


def stacked_bar():
    r = random.Random(SEED + 54)
    teams = ["Alpha", "Borealis", "Cygnus", "Draco", "Eridanus"]
    bugs = [r.randint(3, 25) for _ in teams]; feats = [r.randint(5, 30) for _ in teams]; chores = [r.randint(2, 12) for _ in teams]
    fig, ax = plt.subplots(figsize=(8, 5))
    ax.bar(teams, bugs, label="Bugs", color="#ef4444"); ax.bar(teams, feats, bottom=bugs, label="Features", color="#3b82f6")
    bot = [x + y for x, y in zip(bugs, feats)]
    ax.bar(teams, chores, bottom=bot, label="Chores", color="#a3a3a3")
    for i, t in enumerate(teams):
        tot = bugs[i] + feats[i] + chores[i]
        ax.text(i, tot + 0.6, str(tot), ha="center", fontsize=12)
        for v, y0 in ((bugs[i], 0), (feats[i], bugs[i]), (chores[i], bot[i])):
            ax.text(i, y0 + v / 2, str(v), ha="center", va="center", color="white", fontsize=11)
    ax.legend(fontsize=11); ax.set_title("Tickets closed in sprint 42, by type", fontsize=14); ax.tick_params(labelsize=12)
    ax.spines[["top", "right"]].set_visible(False)
    img = savefig("chart_stacked_tickets", fig, teams + bugs + feats + chores + [b + f + c for b, f, c in zip(bugs, feats, chores)])
    tots = [x + y + z for x, y, z in zip(bugs, feats, chores)]
    Q(img, "which team closed the most tickets overall?", teams[tots.index(uniq(tots, max(tots), 1))], "text", C, "argmax stacked total")
    Q(img, "how many bugs did Cygnus close", str(bugs[2]), "number", C, "segment value")
    Q(img, "Draco's total?", str(tots[3]), "number", C, "stack total")


def multi_line():
    r = random.Random(SEED + 55)
    yrs = list(range(2017, 2027))
    s = {"Solar": [], "Wind": [], "Hydro": []}
    v = {"Solar": 4.0, "Wind": 11.0, "Hydro": 17.0}
    for y in yrs:
        v["Solar"] += r.uniform(0.8, 2.6); v["Wind"] += r.uniform(0.2, 1.5); v["Hydro"] += r.uniform(-0.8, 0.5)
        for k in s: s[k].append(round(v[k], 1))
    with plt.style.context("bmh"):
        fig, ax = plt.subplots(figsize=(9, 5))
        for k, c in zip(s, ["#f59e0b", "#0ea5e9", "#10b981"]):
            ax.plot(yrs, s[k], marker="o", label=k, color=c)
        ax.set_title("Share of electricity generation (%)", fontsize=14); ax.legend(fontsize=11); ax.set_xticks(yrs); ax.tick_params(labelsize=11)
    img = savefig("chart_lines_energy", fig, yrs + list(s))
    cross = next((y for y, a, b in zip(yrs, s["Solar"], s["Hydro"]) if a > b), None)
    Q(img, "roughly what share did wind have in 2026?", str(s["Wind"][-1]), "approx", C, "read line value")
    if cross:
        Q(img, "in what year did solar first overtake hydro?", str(cross), "number", C, "crossover", literal=True)
    Q(img, "which source was highest in 2017", max(s, key=lambda k: s[k][0]), "text", C, "argmax at x")


def pie_share():
    r = random.Random(SEED + 56)
    labs = ["Rent", "Salaries", "Marketing", "Software", "Travel", "Other"]
    raw = [r.uniform(5, 40) for _ in labs]; tot = sum(raw)
    pct = [round(x / tot * 100) for x in raw]; pct[1] += 100 - sum(pct)
    fig, ax = plt.subplots(figsize=(7, 6))
    ax.pie(pct, labels=labs, autopct="%d%%", startangle=90, textprops={"fontsize": 12}, colors=["#264653", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#8d99ae"])
    ax.set_title("Where the budget goes — FY2026", fontsize=14)
    img = savefig("chart_pie_budget", fig, labs + [f"{p}%" for p in pct])
    Q(img, "what percent of budget is marketing", f"{pct[2]}%", "number", C, "slice value")
    Q(img, "biggest slice?", labs[pct.index(uniq(pct, max(pct), 1))], "text", C, "argmax slice")
    Q(img, "Software + Travel together, what %?", f"{pct[3]+pct[4]}%", "number", C, "sum of slices", literal=False)


def donut_dark():
    r = random.Random(SEED + 57)
    labs = ["Chrome", "Safari", "Firefox", "Edge", "Samsung Internet"]
    vals = [r.randint(200, 4000) for _ in labs]
    with plt.style.context("dark_background"):
        fig, ax = plt.subplots(figsize=(10, 5.5))
        wedges, _ = ax.pie(vals, startangle=140, wedgeprops=dict(width=0.38), colors=["#60a5fa", "#f472b6", "#fb923c", "#34d399", "#a78bfa"])
        ax.legend(wedges, [f"{l} — {v:,}" for l, v in zip(labs, vals)], loc="center left", bbox_to_anchor=(0.95, 0.5), fontsize=12, frameon=False)
        ax.text(0, 0, f"{sum(vals):,}\nsessions", ha="center", va="center", fontsize=15)
        ax.set_title("Sessions by browser, last 7 days", fontsize=14)
        fig.subplots_adjust(left=0.02, right=0.58)
    img = savefig("chart_donut_browsers", fig, labs + [f"{v:,}" for v in vals] + [f"{sum(vals):,}"])
    Q(img, "how many Firefox sessions", f"{vals[2]:,}", "number", C, "legend value")
    Q(img, "total sessions shown in the middle?", f"{sum(vals):,}", "number", C, "center label")
    srt = sorted(range(len(vals)), key=lambda i: -vals[i])
    Q(img, "which browser is second most used", labs[srt[1]] if uniq([vals[k] for k in srt[1:]], vals[srt[1]], 100) else None, "text", C, "second largest")


def scatter_pts():
    r = random.Random(SEED + 58)
    cars = ["Ioniq 6", "Model 3", "ID.4", "Polestar 2", "EV6", "Zoe", "Leaf", "Born", "MG4", "Enyaq"]
    rng = r.sample(range(280, 640, 20), len(cars)); price = r.sample(range(28, 63), len(cars))
    fig, ax = plt.subplots(figsize=(8.5, 5.5))
    ax.scatter(price, rng, s=60, color="#7c3aed")
    for c, p, g in zip(cars, price, rng): ax.annotate(c, (p, g), textcoords="offset points", xytext=(6, 4), fontsize=11)
    ax.set_xlabel("Price (k€)", fontsize=12); ax.set_ylabel("WLTP range (km)", fontsize=12); ax.set_title("Range vs price", fontsize=14); ax.grid(alpha=.3)
    img = savefig("chart_scatter_ev", fig, cars)
    i = rng.index(uniq(rng, max(rng), 15))
    Q(img, "which car has the longest range in this plot?", cars[i], "text", C, "argmax y")
    j = price.index(uniq(price, min(price), 1))
    Q(img, "cheapest model?", cars[j], "text", C, "argmin x")
    Q(img, "about how much range does the Zoe have (km)", str(rng[5]), "approx", C, "read point value", literal=False)


def area_stack():
    r = random.Random(SEED + 59)
    wk = list(range(1, 13))
    a = [r.randint(20, 60) for _ in wk]; b = [r.randint(10, 40) for _ in wk]; c = [r.randint(5, 25) for _ in wk]
    with plt.style.context("seaborn-v0_8-pastel"):
        fig, ax = plt.subplots(figsize=(9, 4.8))
        ax.stackplot(wk, a, b, c, labels=["Email", "Chat", "Phone"], alpha=.9)
        ax.set_xticks(wk, [f"W{w}" for w in wk]); ax.set_title("Support contacts per week by channel", fontsize=14); ax.legend(loc="upper left", fontsize=11)
        ax.tick_params(labelsize=11); ax.set_ylabel("contacts")
    img = savefig("chart_area_support", fig, [f"W{w}" for w in wk] + ["Email", "Chat", "Phone"])
    tot = [x + y + z for x, y, z in zip(a, b, c)]
    Q(img, "which channel is the bottom layer", "Email", "text", C, "legend/order")
    Q(img, "which week had the most contacts in total?", f"W{tot.index(uniq(tot, max(tot), 3))+1}", "text", C, "argmax stacked")
    Q(img, "roughly how many contacts in total in W6?", str(tot[5]), "approx", C, "read stacked total", literal=False)


def css_bars():
    r = random.Random(SEED + 60)
    items = ["Margherita", "Diavola", "Quattro formaggi", "Capricciosa", "Marinara", "Funghi", "Vegana"]
    vals = [r.randint(40, 420) for _ in items]
    mx = max(vals)
    rows = "".join(f"<div class=r><div class=l>{n}</div><div class=tr><div class=b style='width:{v/mx*100:.1f}%'></div></div><div class=v>{v}</div></div>" for n, v in zip(items, vals))
    body = f"<div class=w><div class=t>🍕 Pizzas sold this weekend</div><div class=s>Trattoria Nonna Pina · Fri–Sun</div>{rows}</div>"
    css = """.w{margin:20px;background:#fff8ef;border-radius:16px;padding:24px 28px;box-shadow:0 4px 14px #0002}.t{font-size:22px;font-weight:bold;color:#7c2d12}.s{color:#9a6b4f;font-size:13px;margin-bottom:16px}
.r{display:flex;align-items:center;margin:10px 0;font-size:15px}.l{width:150px}.tr{flex:1;background:#fde7d1;height:20px;border-radius:10px}.b{height:20px;border-radius:10px;background:linear-gradient(90deg,#f97316,#dc2626)}.v{width:50px;text-align:right;font-weight:bold}"""
    img = shot("chart_css_pizzas", body, 640, 420, css, font="Cantarell", bg="#f3e9dc")
    Q(img, "best-selling pizza this weekend?", items[vals.index(uniq(vals, mx, 10))], "text", C, "argmax")
    Q(img, "how many Funghi were sold", str(vals[5]), "number", C, "value at label")
    Q(img, "did Marinara sell more than Capricciosa?", "yes" if vals[4] > vals[3] else "no", "yesno", C, "comparison", literal=False)


def line_nolabels():
    r = random.Random(SEED + 61)
    days = [f"{d} Mar" for d in range(1, 15)]
    v = 62.0; ys = []
    for _ in days:
        v += r.uniform(-3, 3.2); ys.append(round(v, 1))
    with plt.style.context("Solarize_Light2"):
        fig, ax = plt.subplots(figsize=(9, 4.6))
        ax.plot(range(len(days)), ys, color="#b58900", lw=2.5)
        ax.set_xticks(range(len(days)), [d.split()[0] for d in days]); ax.set_xlabel("March 2026", fontsize=12)
        ax.set_ylabel("kg", fontsize=12); ax.set_title("Morning weight log", fontsize=14); ax.tick_params(labelsize=11)
    img = savefig("chart_line_weight", fig, [d.split()[0] for d in days])
    i = ys.index(uniq(ys, max(ys), 0.6))
    Q(img, "which day in March had the heaviest reading?", days[i].split()[0], "number", C, "argmax x", literal=True)
    Q(img, "approx weight on 1 March?", f"{ys[0]}", "approx", C, "read value", literal=False)
