# ruff: noqa: E501 — HTML and CSS templates read better on one line each.
"""Web forms (checkboxes, radios, toggles, filled inputs), ID cards / badges / boarding passes, and HTML tables."""

from __future__ import annotations

import random
from html import escape

from common import FONTS, Fact, Scene, money
from scenes_docs import CITIES, PEOPLE, _code, _date, _phone

CHECKS = ["Subscribe to newsletter", "I agree to the terms", "Send me SMS updates", "Remember me", "Gift wrap",
          "Add travel insurance", "Share my data with partners", "Save card for later", "Paperless billing"]
RADIOS = [("shipping method", ["Standard", "Express", "Next-day", "Click & collect"]),
          ("payment method", ["Credit card", "PayPal", "Bank transfer"]),
          ("plan", ["Basic", "Pro", "Team", "Enterprise"]),
          ("contact preference", ["Email", "Phone", "Post"])]
TOGGLES = ["Dark mode", "Two-factor authentication", "Email notifications", "Location sharing", "Auto-update",
           "Push notifications"]
BUTTONS = [("blue", "#1e6fd9"), ("green", "#2e9d48"), ("red", "#d93025"), ("orange", "#f28c18"),
           ("purple", "#7b3fc4"), ("black", "#111111")]


def form(idx: int, rng: random.Random) -> Scene:
    font = FONTS[[0, 1, 7, 3, 2, 0][idx % 6]]
    name, email_user = rng.choice(PEOPLE), rng.choice(["jdoe", "m.rossi", "k.mensah88", "yuki.t", "amira_h"])
    email = f"{email_user}@{rng.choice(['example.com', 'mail.org', 'post.net'])}"
    phone = _phone(rng)
    checks = rng.sample(CHECKS, 4)
    states = [rng.random() < 0.5 for _ in checks]
    if all(states) or not any(states):
        states[0] = not states[0]
    group, opts = RADIOS[idx % len(RADIOS)]
    sel = rng.randrange(len(opts))
    toggles = rng.sample(TOGGLES, 2)
    tstates = [rng.random() < 0.5, rng.random() < 0.5]
    bname, bcol = BUTTONS[idx % len(BUTTONS)]
    button = rng.choice(["Submit", "Place order", "Save changes", "Continue", "Sign up"])
    native = idx % 2 == 0

    def box(label: str, on: bool) -> str:
        if native:
            return f'<label class=row><input type=checkbox {"checked" if on else ""}> {escape(label)}</label>'
        mark = "&#10003;" if on else ""
        fill = f"background:{bcol};color:#fff;border-color:{bcol}" if on else "background:#fff"
        return (f'<div class=row><span style="display:inline-block;width:16px;height:16px;border:2px solid #888;'
                f'border-radius:3px;text-align:center;line-height:16px;font-size:13px;{fill}">{mark}</span> '
                f"{escape(label)}</div>")

    def radio(label: str, on: bool) -> str:
        return f'<label class=row><input type=radio name=g {"checked" if on else ""}> {escape(label)}</label>'

    def toggle(label: str, on: bool) -> str:
        track = bcol if on else "#c8c8c8"
        knob = "left:22px" if on else "left:2px"
        return (f'<div class=row><span style="position:relative;display:inline-block;width:42px;height:22px;'
                f'border-radius:11px;background:{track};vertical-align:middle"><span style="position:absolute;top:2px;'
                f'{knob};width:18px;height:18px;border-radius:9px;background:#fff"></span></span> {escape(label)}</div>')

    inp = "width:100%;padding:8px;border:1px solid #bbb;border-radius:4px;font-size:15px;font-family:inherit"
    html = f"""<html><body style="margin:0;background:#eef1f5;font-family:{font};color:#222">
<style>.row{{display:block;margin:7px 0;font-size:15px}} .lab{{font-size:13px;color:#555;margin-top:10px}}</style>
<div style="width:520px;margin:20px auto;background:#fff;padding:24px 30px;border-radius:8px;box-shadow:0 1px 4px #aaa">
<h2 style="margin:0 0 8px">{rng.choice(["Checkout", "Create your account", "Account settings", "Registration"])}</h2>
<div class=lab>Full name</div><input style="{inp}" value="{escape(name)}">
<div class=lab>Email address</div><input style="{inp}" value="{email}">
<div class=lab>Phone</div><input style="{inp}" value="{phone}">
<div class=lab style="margin-top:14px">{group.capitalize()}</div>
{"".join(radio(o, i == sel) for i, o in enumerate(opts))}
<div style="margin-top:10px">{"".join(box(c, s) for c, s in zip(checks, states, strict=True))}</div>
<div style="margin-top:8px">{"".join(toggle(t, s) for t, s in zip(toggles, tstates, strict=True))}</div>
<button style="margin-top:16px;background:{bcol};color:#fff;border:0;border-radius:5px;padding:11px 26px;font-size:16px;
font-family:inherit">{button}</button></div></body></html>"""
    on_i = states.index(True)
    off_i = states.index(False)
    t = rng.randrange(2)
    facts = [
        Fact("checked", {"label": checks[on_i]}, "yes", "yesno"),
        Fact("checked", {"label": checks[off_i]}, "no", "yesno"),
        Fact("radio", {"group": group}, opts[sel], "text"),
        Fact("toggle", {"label": toggles[t]}, "yes" if tstates[t] else "no", "yesno"),
        Fact("lookup", {"label": rng.choice(["phone number", "phone"])}, phone, "phone"),
        Fact("lookup", {"label": rng.choice(["email address", "email"])}, email, "text"),
        Fact("lookup", {"label": "full name"}, name, "text"),
        Fact("count", {"things": rng.choice(["checked boxes", "ticked checkboxes"])}, str(sum(states)), "count"),
        Fact("button_colour", {"label": button}, bname, "colour"),
    ]
    return Scene(f"form{idx}", "form", facts, html=html, size=(620, 760))


def idcard(idx: int, rng: random.Random) -> Scene:
    kind = idx % 3
    font = FONTS[[1, 0, 7, 2, 6, 3][idx % 6]]
    name = PEOPLE[(idx * 5 + 2) % len(PEOPLE)]
    if kind == 2:  # boarding pass
        (fc, fn), (tc, tn) = rng.sample(CITIES, 2)
        flight = _code(rng, rng.choice(["BA 999", "LH 9999", "KL 9999", "AF 999", "IB 9999"]))
        seat = f"{rng.randint(1, 38)}{rng.choice('ABCDEF')}"
        gate = f"{rng.choice('ABCD')}{rng.randint(1, 48)}"
        board = f"{rng.randint(5, 21):02d}:{rng.choice([0, 5, 15, 20, 35, 45, 50]):02d}"
        date = _date(rng, idx + 3)
        ref = _code(rng, "AAAA99") if idx % 2 else _code(rng, "A9A9AA")
        col = ["#0b3d91", "#c8102e", "#00a1de", "#5b2c83"][idx % 4]
        cell = lambda k, v: f'<div style="margin:6px 18px 6px 0"><div style="font-size:11px;color:#777">{k}</div><div style="font-size:20px;font-weight:bold">{v}</div></div>'  # noqa: E731,E501
        html = f"""<html><body style="margin:0;background:#e9e9e9;font-family:{font}">
<div style="width:720px;margin:20px;background:#fff;border-radius:12px;overflow:hidden;box-shadow:0 2px 6px #999">
<div style="background:{col};color:#fff;padding:12px 20px;font-size:20px;font-weight:bold">BOARDING PASS</div>
<div style="padding:14px 20px"><div style="font-size:12px;color:#777">PASSENGER</div><div style="font-size:20px">
{escape(name.upper())}</div>
<div style="display:flex;font-size:34px;font-weight:bold;margin:10px 0">{fc} &#8594; {tc}</div>
<div style="font-size:13px;color:#555">{fn} to {tn}</div>
<div style="display:flex;flex-wrap:wrap;margin-top:10px">{cell("FLIGHT", flight)}{cell("DATE", date)}
{cell("GATE", gate)}{cell("SEAT", seat)}{cell("BOARDING", board)}{cell("BOOKING REF", ref)}</div></div></div>
</body></html>"""
        facts = [
            Fact("lookup", {"label": rng.choice(["seat", "seat number"])}, seat, "code"),
            Fact("lookup", {"label": "gate"}, gate, "code"),
            Fact("lookup", {"label": rng.choice(["flight number", "flight"])}, flight, "code"),
            Fact("lookup", {"label": "boarding time"}, board, "time"),
            Fact("lookup", {"label": rng.choice(["booking reference", "booking ref"])}, ref, "code"),
            Fact("lookup", {"label": "flight date"}, date, "date"),
            Fact("lookup", {"label": "destination airport code"}, tc, "code"),
            Fact("lookup", {"label": "passenger name"}, name.upper(), "text"),
        ]
        return Scene(f"idcard{idx}", "idcard", facts, html=html, size=(760, 400))
    org = rng.choice(["NORTHWIND LABS", "City of Eastbrook", "HELIX BIOTECH", "Riverside Library", "ORBITAL SYSTEMS"])
    emp = _code(rng, rng.choice(["9999-AA", "AA-99999", "A999-9999", "99A-9A9"]))
    phone = _phone(rng)
    dob, exp = _date(rng, idx), _date(rng, idx + 2)
    dept = rng.choice(["Research & Development", "Finance", "Facilities", "Customer Success", "Security"])
    col = ["#004d40", "#283593", "#8e24aa", "#bf360c", "#37474f", "#1565c0"][idx % 6]
    idlabel = "Employee ID" if kind == 0 else "Member No."
    html = f"""<html><body style="margin:0;background:#cfd8dc;font-family:{font}">
<div style="width:560px;height:330px;margin:20px;background:linear-gradient(135deg,#fff 60%,#eceff1);border-radius:16px;
box-shadow:0 3px 8px #777;overflow:hidden;position:relative">
<div style="background:{col};color:#fff;padding:12px 20px;font-size:20px;letter-spacing:1px">{escape(org)}</div>
<div style="display:flex;padding:16px 20px"><div style="width:120px;height:150px;background:#b0bec5;border-radius:8px;
display:flex;align-items:center;justify-content:center;color:#fff;font-size:48px">{name[0]}</div>
<div style="margin-left:20px;font-size:15px;line-height:1.55"><div style="font-size:22px;font-weight:bold">{escape(name)}</div>
<div>{dept}</div><div>{idlabel}: <b>{emp}</b></div><div>Tel: {phone}</div><div>Date of birth: {dob}</div>
<div>Valid until: {exp}</div></div></div></div></body></html>"""
    facts = [
        Fact("lookup", {"label": idlabel.lower().rstrip(".")}, emp, "code"),
        Fact("lookup", {"label": rng.choice(["phone number", "telephone number"])}, phone, "phone"),
        Fact("lookup", {"label": "date of birth"}, dob, "date"),
        Fact("lookup", {"label": rng.choice(["expiry date", "valid until date"])}, exp, "date"),
        Fact("lookup", {"label": "department"}, dept, "text"),
        Fact("lookup", {"label": rng.choice(["card holder's name", "name on the card"])}, name, "text"),
        Fact("lookup", {"label": "organisation"}, org, "text"),
    ]
    return Scene(f"idcard{idx}", "idcard", facts, html=html, size=(620, 380))


TEAMS = ["Riverside FC", "Northbridge United", "Ashford Town", "Harbour City", "Kingsmeadow Rovers", "Elm Park Athletic",
         "Westgate Wanderers", "Stonebridge", "Millbrook Albion", "Lakeside Rangers"]
STATIONS = ["Brighton", "Cambridge", "Oxford", "Reading", "Bristol Temple Meads", "York", "Leeds", "Norwich",
            "Southampton Central", "Gatwick Airport", "Milton Keynes", "Peterborough"]
PLANS = ["Free", "Starter", "Basic", "Plus", "Pro", "Business", "Team", "Enterprise", "Premium"]


def table(idx: int, rng: random.Random) -> Scene:
    kind = idx % 3
    font = FONTS[[0, 1, 2, 7, 3, 6][idx % 6]]
    head = ["#263238", "#0d47a1", "#1b5e20", "#4a148c", "#e65100", "#006064"][idx % 6]
    stripe = idx % 2 == 0
    css = (f"<style>table{{border-collapse:collapse;font-size:15px}} th{{background:{head};color:#fff;padding:8px 12px;"
           f"text-align:left}} td{{padding:7px 12px;border-bottom:1px solid #ccc}}"
           + ("tr:nth-child(even) td{background:#f2f4f7}" if stripe else "") + "</style>")
    if kind == 0:  # league table
        teams = rng.sample(TEAMS, rng.randint(6, 8))
        rows = []
        for t in teams:
            w = rng.randint(2, 14)
            d = rng.randint(0, min(7, 20 - w))
            l_ = 20 - w - d
            rows.append([t, w + d + l_, w, d, l_, 3 * w + d])
        rows.sort(key=lambda r: (-r[5], r[0]))
        while len({r[5] for r in rows}) < len(rows) or len({r[2] for r in rows}) < len(rows):
            return table(idx, random.Random(rng.random()))
        body = "".join(f"<tr><td>{i + 1}</td><td>{r[0]}</td>" + "".join(f"<td>{v}</td>" for v in r[1:]) + "</tr>"
                       for i, r in enumerate(rows))
        html = (f"<html><body style='margin:20px;font-family:{font}'>{css}<h2>League table 2024/25</h2><table><tr><th>#"
                f"</th><th>Team</th><th>P</th><th>W</th><th>D</th><th>L</th><th>Pts</th></tr>{body}</table></body></html>")
        a, b = rng.sample(range(len(rows)), 2)
        hi, lo = (a, b) if rows[a][5] > rows[b][5] else (b, a)
        k = rng.randrange(len(rows))
        wins = [r[2] for r in rows]
        facts = [
            Fact("lookup", {"label": f"points total for {rows[k][0]}"}, str(rows[k][5]), "number"),
            Fact("max", {"thing": "team", "measure": "wins"}, rows[wins.index(max(wins))][0], "text"),
            Fact("min", {"thing": "team", "measure": "points"}, rows[-1][0], "text"),
            Fact("nth", {"ord": "third", "thing": "team in the table"}, rows[2][0], "text"),
            Fact("diff", {"a": rows[hi][0], "b": rows[lo][0], "measure": "points"}, str(rows[hi][5] - rows[lo][5]),
                 "number"),
            Fact("count", {"things": "teams"}, str(len(rows)), "count"),
            Fact("which_more", {"a": rows[a][0], "b": rows[b][0], "measure": "points"}, rows[hi][0], "text"),
        ]
        return Scene(f"table{idx}", "table", facts, html=html, size=(640, 150 + 38 * len(rows)))
    if kind == 1:  # timetable
        dests = rng.sample(STATIONS, rng.randint(6, 8))
        times = sorted(f"{h:02d}:{m:02d}" for h, m in {(rng.randint(6, 22), rng.choice(range(0, 60, 4)))
                                                        for _ in dests})[: len(dests)]
        dests = dests[: len(times)]
        plats = [str(rng.randint(1, 12)) for _ in dests]
        status = [rng.choice(["On time", "On time", "Delayed 5 min", "Cancelled", "On time"]) for _ in dests]
        body = "".join(f"<tr><td>{t}</td><td>{d}</td><td>{p}</td><td>{s}</td></tr>"
                       for t, d, p, s in zip(times, dests, plats, status, strict=True))
        html = (f"<html><body style='margin:20px;font-family:{font};background:#fbfbfb'>{css}<h2>Departures</h2><table>"
                f"<tr><th>Time</th><th>Destination</th><th>Platform</th><th>Status</th></tr>{body}</table></body></html>")
        k, j = rng.sample(range(len(dests)), 2)
        facts = [
            Fact("lookup", {"label": f"departure time of the train to {dests[k]}"}, times[k], "time"),
            Fact("lookup", {"label": f"platform for {dests[j]}"}, plats[j], "number"),
            Fact("count", {"things": rng.choice(["departures", "trains listed"])}, str(len(dests)), "count"),
            Fact("nth", {"ord": "first", "thing": "destination"}, dests[0], "text"),
            Fact("exists", {"thing": "a cancelled train"}, "yes" if "Cancelled" in status else "no", "yesno"),
        ]
        return Scene(f"table{idx}", "table", facts, html=html, size=(620, 150 + 38 * len(dests)))
    cur = ["$", "€", "£"][idx % 3]
    plans = rng.sample(PLANS, rng.randint(3, 5))
    prices = sorted(_p for _p in {rng.choice([5, 9, 12, 15, 19, 29, 39, 49, 79, 99]) - 0.01 for _ in range(20)})
    prices = prices[: len(plans)]
    rng.shuffle(prices)
    storage = [f"{rng.choice([5, 10, 50, 100, 250, 500, 1000])} GB" for _ in plans]
    users = [str(rng.choice([1, 3, 5, 10, 25, 50])) for _ in plans]
    m = lambda v: money(v, cur)  # noqa: E731
    body = "".join(f"<tr><td><b>{p}</b></td><td>{m(c)}/mo</td><td>{s}</td><td>{u}</td></tr>"
                   for p, c, s, u in zip(plans, prices, storage, users, strict=True))
    html = (f"<html><body style='margin:20px;font-family:{font}'>{css}<h2>Compare plans</h2><table><tr><th>Plan</th>"
            f"<th>Price</th><th>Storage</th><th>Users</th></tr>{body}</table></body></html>")
    k = rng.randrange(len(plans))
    facts = [
        Fact("cheapest", {"thing": "plan"}, plans[prices.index(min(prices))], "text"),
        Fact("priciest", {"thing": "plan"}, plans[prices.index(max(prices))], "text"),
        Fact("lookup", {"label": f"price of the {plans[k]} plan"}, m(prices[k]), "money"),
        Fact("lookup", {"label": f"storage on the {plans[(k + 1) % len(plans)]} plan"}, storage[(k + 1) % len(plans)],
             "number"),
        Fact("count", {"things": "plans"}, str(len(plans)), "count"),
    ]
    return Scene(f"table{idx}", "table", facts, html=html, size=(600, 130 + 40 * len(plans)))
