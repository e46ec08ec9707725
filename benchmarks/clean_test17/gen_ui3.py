"""Web/app UI screens, part 3: menu, cart, recipe, timetable, leaderboard, README."""
from common import Q, scene, esc, page, money_us, money_de, money_fr


def scenes(rng):
    out = []
    # menu with prices (Italian)
    menu = {"Antipasti": [("Bruschetta al pomodoro", 6.5), ("Vitello tonnato", 12.0), ("Burrata e pomodorini", 11.5)],
            "Primi": [("Spaghetti alle vongole", 16.0), ("Risotto ai funghi porcini", 15.5), ("Tagliatelle al ragù", 13.0)],
            "Dolci": [("Tiramisù", 7.0), ("Panna cotta", 6.0), ("Cannolo siciliano", 5.5)]}
    fmt = lambda v: money_de(v, "€")
    css = """.m{width:560px;margin:20px auto;background:#fffaf0;padding:30px 40px;font-family:'DejaVu Serif';color:#3e2723;border:6px double #8d6e63}
    h1{text-align:center;margin:0} h2{border-bottom:1px solid #8d6e63;font-size:20px} .r{display:flex;justify-content:space-between;margin:6px 0}"""
    b = "<div class='m'><h1>Trattoria da Bruno</h1><div style='text-align:center'>Menù del giorno</div>"
    for sec, items in menu.items():
        b += f"<h2>{sec}</h2>" + "".join(f"<div class='r'><span>{n}</span><span>{fmt(p)}</span></div>" for n, p in items)
    b += "<p style='text-align:center;font-size:13px'>Coperto 2,50 € a persona</p></div>"
    primi = menu["Primi"]
    out.append(scene("menu_trattoria", "document", "restaurant menu", [
        Q("quanto costa il tiramisù?", fmt(7.0), "money", "field", True),
        Q("cheapest pasta dish (primi)?", min(primi, key=lambda x: x[1])[0], "text", "argmin", True),
        Q("if I get the risotto and a panna cotta, what's that before cover charge", fmt(15.5 + 6.0), "money", "arithmetic", False),
    ], html=page(b, css, bg="#5d4037"), w=680, h=720))

    # shopping cart (wide)
    cart = [("Trail running shoes – Vento 3", "EU 42", 2, 11990, True), ("Merino socks (3-pack)", "M", 1, 2450, True),
            ("Headlamp 400 lm", "—", 1, 3999, False), ("Soft flask 500 ml", "—", 2, 1895, True)]
    sub = sum(q * p for _, _, q, p, _ in cart)
    ship = 0 if sub >= 10000 else 495
    css = """.c{display:flex;gap:30px;padding:30px;font-size:15px} .l{flex:2} .s{flex:1;background:#f7f7f7;padding:20px;border-radius:8px;height:fit-content}
    .it{display:flex;justify-content:space-between;padding:16px 0;border-bottom:1px solid #e5e5e5} .oos{color:#c62828;font-weight:bold} .ok{color:#2e7d32}
    .r{display:flex;justify-content:space-between;margin:8px 0}"""
    items = "".join(f"<div class='it'><div><b>{esc(n)}</b><br>Size: {sz} · Qty: {q}<br><span class='{'ok' if st else 'oos'}'>{'In stock' if st else 'Out of stock'}</span></div><div>{money_us(p/100)}</div></div>" for n, sz, q, p, st in cart)
    b = f"<div style='padding:16px 30px;border-bottom:1px solid #ddd;font-size:22px;font-weight:bold'>RIDGELINE · Your cart ({sum(c[2] for c in cart)} items)</div><div class='c'><div class='l'>{items}</div><div class='s'><h3 style='margin-top:0'>Order summary</h3><div class='r'><span>Subtotal</span><span>{money_us(sub/100)}</span></div><div class='r'><span>Shipping</span><span>{'Free' if ship == 0 else money_us(ship/100)}</span></div><div class='r' style='font-weight:bold;font-size:18px'><span>Total</span><span>{money_us((sub+ship)/100)}</span></div><p style='font-size:12px;color:#666'>Free shipping on orders over $100.00</p></div></div>"
    out.append(scene("shopping_cart", "web", "shopping cart", [
        Q("is the headlamp in stock?", "no", "yesno", "yesno", False),
        Q("what's my cart total", money_us((sub + ship) / 100), "money", "field", True),
        Q("how much am I paying for the two pairs of shoes together", money_us(2 * 11990 / 100), "money", "arithmetic", False),
    ], html=page(b, css), w=1150, h=560))

    # recipe card
    ingr = ["400 g Mehl", "7 g Trockenhefe", "250 ml lauwarmes Wasser", "2 EL Olivenöl", "1 TL Salz", "1 TL Zucker"]
    steps = ["Hefe und Zucker im Wasser auflösen.", "Mehl, Salz und Öl dazugeben, 10 Minuten kneten.", "Zugedeckt 60 Minuten gehen lassen.", "Ausrollen, belegen und bei 250 °C 12 Minuten backen."]
    css = """.r{width:720px;margin:20px auto;background:#fff;border-radius:14px;overflow:hidden;font-size:15px;box-shadow:0 2px 10px #0003}
    .h{background:#e76f51;color:#fff;padding:20px 26px} .b{display:flex;gap:26px;padding:20px 26px} .meta span{margin-right:18px}"""
    b = f"<div class='r'><div class='h'><div style='font-size:26px;font-weight:bold'>Pizzateig – schnell &amp; einfach</div><div class='meta'><span>⏱ Zubereitung 20 Min.</span><span>⏲ Backzeit 12 Min.</span><span>🍕 2 Pizzen</span></div></div><div class='b'><div style='flex:1'><h3>Zutaten</h3><ul>{''.join(f'<li>{i}</li>' for i in ingr)}</ul></div><div style='flex:1.4'><h3>Zubereitung</h3><ol>{''.join(f'<li>{s}</li>' for s in steps)}</ol></div></div></div>"
    out.append(scene("recipe_card_de", "document", "recipe card", [
        Q("how much flour do I need", "400 g", "text", "field", True),
        Q("what temperature should the oven be?", "250 °C", "text", "field", True),
        Q("how long does the dough have to rise", "60 Minuten", "text", "field", True),
    ], html=page(b, css, bg="#f4e9d8"), w=800, h=520))

    # timetable (Dutch bus)
    deps = [("07:12", "12", "Centraal Station", "B"), ("07:19", "4", "Ziekenhuis", "A"), ("07:26", "12", "Centraal Station", "B"),
            ("07:31", "25", "Universiteit", "C"), ("07:40", "4", "Ziekenhuis", "A"), ("07:48", "12", "Centraal Station", "B"), ("07:55", "25", "Universiteit", "C")]
    css = """.t{width:640px;margin:20px auto;background:#002b5c;color:#fff;font-family:'DejaVu Sans Mono';font-size:18px;padding:16px;border-radius:8px}
    table{width:100%;border-collapse:collapse} td,th{padding:7px;text-align:left;border-bottom:1px solid #ffffff33} th{color:#ffd500;font-size:14px}"""
    b = "<div class='t'><div style='display:flex;justify-content:space-between;margin-bottom:10px'><b>Halte Vredenburg</b><span>07:10</span></div><table><tr><th>Vertrek</th><th>Lijn</th><th>Richting</th><th>Perron</th></tr>" + "".join(f"<tr><td>{a}</td><td>{l}</td><td>{d}</td><td>{p}</td></tr>" for a, l, d, p in deps) + "</table></div>"
    uni = [d for d in deps if d[2] == "Universiteit"][0]
    out.append(scene("timetable_bus_nl", "document", "departure board", [
        Q("when's the next bus to the university", uni[0], "time", "ordinal", True),
        Q("welk perron voor lijn 4?", "A", "code", "cell", True),
        Q("how many departures to Centraal Station are listed", sum(1 for d in deps if d[2] == "Centraal Station"), "count", "count", False),
    ], html=page(b, css, bg="#333"), w=700, h=420))

    # leaderboard
    players = [("frostbyte", 9, 2), ("LunaPixel", 7, 4), ("k4iju", 7, 3), ("Mistral_", 6, 5), ("oakenshield", 5, 6), ("nyx", 4, 7), ("Papaya", 2, 9)]
    ranked = sorted(players, key=lambda p: (-(p[1] * 3), p[2]))
    css = """.lb{width:600px;margin:20px auto;background:#14142b;color:#e0e0ff;border-radius:12px;padding:20px;font-size:16px}
    .r{display:flex;padding:10px;border-bottom:1px solid #2a2a4a} .r span{flex:1} .r span:first-child{flex:.4} .me{background:#3a2f6b;border-radius:6px}"""
    b = "<div class='lb'><h2 style='margin-top:0'>🏆 Season 4 Leaderboard</h2><div class='r' style='color:#9090c0'><span>#</span><span>Player</span><span>Wins</span><span>Losses</span><span>Points</span></div>" + "".join(f"<div class='r{' me' if p[0]=='Mistral_' else ''}'><span>{i}</span><span>{p[0]}</span><span>{p[1]}</span><span>{p[2]}</span><span>{p[1]*3}</span></div>" for i, p in enumerate(ranked, 1)) + "</div>"
    me_rank = [p[0] for p in ranked].index("Mistral_") + 1
    out.append(scene("leaderboard_game", "web", "leaderboard", [
        Q("what rank is the highlighted player (me)?", str(me_rank), "number", "state", True),
        Q("who's in second place", ranked[1][0], "person", "ordinal", True),
        Q("how many points behind first place am I", str(ranked[0][1] * 3 - ranked[me_rank - 1][1] * 3), "number", "arithmetic", False),
    ], html=page(b, css, bg="#0b0b18"), w=680, h=560))
    return out
