"""HTML tables in several visual styles, screenshotted with headless Chromium."""

from __future__ import annotations

import html
import random
from pathlib import Path

from common import Q, Scene, html_page, money, num, render_html

TABLE_CSS = [
    "body{font-family:'DejaVu Sans';margin:24px;background:#fff}table{border-collapse:collapse;font-size:15px}"
    "th{background:#2d4a7a;color:#fff;padding:8px 14px;text-align:left}"
    "td{padding:7px 14px;border-bottom:1px solid #ddd}"
    "tr:nth-child(even) td{background:#f3f6fb}h2{font-size:20px;color:#2d4a7a}",
    "body{font-family:'Liberation Serif';margin:30px;background:#fdfcf7}table{border:2px solid #333;"
    "border-collapse:collapse;font-size:17px}th,td{border:1px solid #666;padding:6px 12px}th{background:#e8e2cf}"
    "h2{font-family:'Liberation Serif';font-weight:normal;font-style:italic}",
    "body{font-family:'Liberation Sans';margin:20px;background:#1e1f24;color:#ddd}table{border-collapse:collapse;"
    "font-size:14px}th{color:#9ab;text-transform:uppercase;font-size:12px;padding:6px 16px;text-align:left;"
    "border-bottom:2px solid #445}td{padding:6px 16px;border-bottom:1px solid #333}h2{color:#eee;font-size:18px}",
    "body{font-family:'Nimbus Sans';margin:26px}table{border-collapse:separate;border-spacing:0 4px;font-size:16px}"
    "th{text-align:left;padding:6px 18px;color:#555;font-weight:600}td{background:#f4f1fa;padding:9px 18px}"
    "h2{color:#5b3e96}",
]
BADGE = {"Shipped": "#2e8b57", "Pending": "#d98c1a", "Cancelled": "#b03030", "Up": "#2e8b57", "Down": "#b03030",
         "Degraded": "#d98c1a", "On time": "#2e8b57", "Delayed": "#d98c1a", "Boarding": "#2f6fb0",
         "Active": "#2e8b57", "On leave": "#8a6d3b"}


def _table(title: str, head: list[str], rows: list[list[str]], style: int, badge_col: int | None = None) -> str:
    cells = []
    for r in rows:
        tds = []
        for j, v in enumerate(r):
            text = html.escape(v)
            if j == badge_col:
                text = (f"<span style='color:#fff;background:{BADGE.get(v, '#777')};border-radius:9px;"
                        f"padding:2px 9px;font-size:13px'>{text}</span>")
            tds.append(f"<td>{text}</td>")
        cells.append("<tr>" + "".join(tds) + "</tr>")
    ths = "".join(f"<th>{html.escape(h)}</th>" for h in head)
    body = f"<h2>{html.escape(title)}</h2><table><tr>{ths}</tr>{''.join(cells)}</table>"
    return html_page(body, TABLE_CSS[style])


def _shot(name: str, title: str, head: list[str], rows: list[list[str]], style: int, out: Path,
          size: tuple[int, int], badge: int | None = None) -> list[str]:
    render_html(_table(title, head, rows, style, badge), out / f"{name}.png", *size)
    return [title, *head, *(v for r in rows for v in r)]


def tables(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    customers = ["Ashworth & Pike", "Juniper Labs", "Okonkwo Trading", "Rasmussen Bikes", "Vela Studio",
                 "Hollis Farm Shop", "Marlow Optics"]
    ids = rng.sample(range(40100, 40999), len(customers))
    amounts = [rng.randint(1200, 98000) / 100 for _ in customers]
    status = [rng.choice(["Shipped", "Pending", "Cancelled"]) for _ in customers]
    rows = [[f"#{i}", c, money(a), s] for i, c, a, s in zip(ids, customers, amounts, status, strict=True)]
    k = rng.randrange(len(rows))
    texts = _shot("table_orders", "Recent orders", ["Order", "Customer", "Amount", "Status"], rows, 0, out,
                  (720, 420), 3)
    scenes.append(Scene("table_orders", "table", [
        Q(f"what's the amount on order #{ids[k]}", num(amounts[k]), "money", "lookup"),
        Q("how many orders are still pending?", str(status.count("Pending")), "number", "count"),
    ], texts))

    hosts = ["api-01", "api-02", "db-primary", "db-replica", "cache-01", "worker-03"]
    cpu = rng.sample(range(3, 99), len(hosts))
    region = [rng.choice(["eu-west-1", "us-east-2", "ap-south-1"]) for _ in hosts]
    state = [rng.choice(["Up", "Up", "Down", "Degraded"]) for _ in hosts]
    rows = [[h, r, f"{c}%", s] for h, r, c, s in zip(hosts, region, cpu, state, strict=True)]
    texts = _shot("table_servers", "Fleet status", ["Host", "Region", "CPU", "State"], rows, 2, out, (620, 360), 3)
    scenes.append(Scene("table_servers", "table", [
        Q("Which host has the highest CPU?", hosts[cpu.index(max(cpu))], "text", "argmax"),
        Q("number of servers that are down", str(state.count("Down")), "number", "count"),
    ], texts))

    teams = ["Kestrel FC", "Harbour Town", "Millbrook Rovers", "St. Agnes United", "Redcliffe Athletic"]
    pts = rng.sample(range(9, 40), len(teams))
    goals = [rng.randint(10, 45) for _ in teams]
    order = sorted(range(len(teams)), key=lambda i: -pts[i])
    rows = [[str(n + 1), teams[i], str(14), str(goals[i]), str(pts[i])] for n, i in enumerate(order)]
    texts = _shot("table_league", "Spring League — Table", ["Pos", "Team", "P", "GF", "Pts"], rows, 1, out,
                  (600, 340))
    scenes.append(Scene("table_league", "table", [
        Q("which team has the fewest points", teams[pts.index(min(pts))], "organisation", "argmin"),
        Q("total goals scored (GF) by all the teams combined?", str(sum(goals)), "number", "sum"),
    ], texts))

    products = ["Ceramic mug", "Linen tote", "Notebook A5", "Desk lamp", "Plant mister", "Cork coaster set"]
    skus = [f"SKU-{rng.randint(100, 999)}" for _ in products]
    stock = [rng.randint(0, 250) for _ in products]
    price = [rng.randint(300, 6000) / 100 for _ in products]
    rows = [[s, p, str(q), money(c, "€")] for s, p, q, c in zip(skus, products, stock, price, strict=True)]
    texts = _shot("table_inventory", "Inventory", ["SKU", "Item", "Stock", "Price"], rows, 3, out, (620, 470))
    scenes.append(Scene("table_inventory", "table", [
        Q("row 4, Price column - what's in it?", num(price[3]), "money", "cell"),
        Q("avg stock across all the products", num(round(sum(stock) / len(stock), 2)), "number", "mean"),
    ], texts))

    flights = ["BA 117", "LH 902", "KL 1234", "IB 3167", "SK 1456", "AF 1680"]
    dests = ["New York JFK", "Frankfurt", "Amsterdam", "Madrid", "Copenhagen", "Paris CDG"]
    gates = [f"{rng.choice('ABC')}{rng.randint(1, 40)}" for _ in flights]
    fstate = [rng.choice(["On time", "Delayed", "Boarding"]) for _ in flights]
    rows = [[f, d, g, s] for f, d, g, s in zip(flights, dests, gates, fstate, strict=True)]
    j = rng.randrange(len(flights))
    texts = _shot("table_flights", "Departures", ["Flight", "Destination", "Gate", "Status"], rows, 2, out,
                  (640, 380), 3)
    scenes.append(Scene("table_flights", "table", [
        Q(f"In the Gate column, what's listed for the {dests[j]} flight?", gates[j], "text", "cell"),
        Q(f"is {flights[(j + 1) % 6]} delayed", "yes" if fstate[(j + 1) % 6] == "Delayed" else "no", "yesno",
          "state_yesno"),
    ], texts))

    people = ["Priya Raman", "Tom Becker", "Ana Sousa", "Li Wei", "Grace Mbeki", "Oskar Nilsson"]
    depts = rng.sample(["Finance", "Design", "Engineering", "Support", "Sales", "Legal", "Marketing"], 6)
    depts[rng.randrange(6)] = rng.choice(depts)
    salaries = rng.sample(range(41000, 98000, 500), len(people))
    rows = [[p, d, f"{s:,}", rng.choice(["Active", "Active", "On leave"])]
            for p, d, s in zip(people, depts, salaries, strict=True)]
    texts = _shot("table_staff", "Staff directory", ["Name", "Department", "Salary (USD)", "Status"], rows, 0,
                  out, (680, 400), 3)
    scenes.append(Scene("table_staff", "table", [
        Q("does anyone work in Legal?", "yes" if "Legal" in depts else "no", "yesno", "exists"),
        Q("is priya paid more than tom", "yes" if salaries[0] > salaries[1] else "no", "yesno", "compare_more"),
        Q("Who earns less: Ana Sousa or Grace Mbeki?", "Ana Sousa" if salaries[2] < salaries[4] else "Grace Mbeki",
          "person", "choice_less"),
    ], texts))
    return scenes
