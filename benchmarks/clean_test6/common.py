"""Shared helpers for the clean_test6 builder (no seeingeye imports)."""
import html as _html
import re

FIRST = ["Amara", "Lukas", "Sofia", "Kenji", "Priya", "Mateo", "Ingrid", "Oluwaseun", "Chloé", "Dmitri",
         "Aisha", "Tomás", "Mei", "Hannah", "Rafael", "Yusuf", "Elena", "Kwame", "Sanna", "Arjun",
         "Fatima", "Björn", "Camila", "Hiroshi", "Nadia", "Pedro", "Zanele", "Marek", "Leilani", "Omar",
         "Giulia", "Thabo", "Anika", "Diego", "Yuki", "Siobhan", "Emeka", "Ana", "Rohan", "Freya"]
LAST = ["Okafor", "Schneider", "Rossi", "Tanaka", "Sharma", "García", "Lindqvist", "Adeyemi", "Dubois",
        "Volkov", "Haddad", "Silva", "Chen", "Müller", "Moreno", "Demir", "Popescu", "Mensah", "Virtanen",
        "Iyer", "Nasser", "Johansson", "Herrera", "Sato", "Kowalski", "Costa", "Dlamini", "Novák", "Kahale",
        "Farouk", "Bianchi", "Nkosi", "Petersen", "Ramírez", "Yamamoto", "O'Brien", "Eze", "Ferreira",
        "Kapoor", "Andersen"]
CITIES = ["Rotterdam", "Porto", "Kraków", "Osaka", "Nairobi", "Montréal", "Valparaíso", "Tampere", "Leeds",
          "Bologna", "Austin", "Cork", "Lyon", "Gdańsk", "Brisbane", "Pune", "Accra", "Bergen", "Tucson", "Graz"]
COMPANIES = ["Brightwell Logistics", "Kestrel Analytics", "Northpine Foods", "Solenne Studio", "Halcyon Freight",
             "Vantor Systems", "Meridian Pharma", "Copperleaf Labs", "Bluefjord Energy", "Amberline Textiles",
             "Quillon Software", "Harbourview Dental", "Tessaro Audio", "Greywater Marine", "Lumora Optics"]


def people(rng, n):
    firsts = rng.sample(FIRST, n)
    lasts = rng.sample(LAST, n)
    return [f"{a} {b}" for a, b in zip(firsts, lasts)]


def money(x, cur="$", dec=2):
    s = f"{abs(x):,.{dec}f}"
    return ("-" if x < 0 else "") + cur + s


def esc(s):
    return _html.escape(str(s))


def page_text(h):
    """Visible text of an HTML page (rough), used to check literal answers."""
    h = re.sub(r"<style.*?</style>", " ", h, flags=re.S)
    h = re.sub(r"<script.*?</script>", " ", h, flags=re.S)
    h = re.sub(r"<[^>]+>", " ", h)
    return _html.unescape(h)


def Q(question, answer, atype, intent, literal):
    return dict(question=question, answer=str(answer), answer_type=atype, intent=intent, literal=literal)


def argmax_unique(d):
    """Key with the largest value; asserts no tie so the gold is unambiguous."""
    items = sorted(d.items(), key=lambda kv: kv[1], reverse=True)
    assert items[0][1] != items[1][1], "tie"
    return items[0][0]


def argmin_unique(d):
    items = sorted(d.items(), key=lambda kv: kv[1])
    assert items[0][1] != items[1][1], "tie"
    return items[0][0]


def wrap(body, css="", bg="#ffffff", font="Lato", width=900, color="#222"):
    return f"""<!doctype html><html><head><meta charset="utf-8"><style>
html,body{{margin:0;padding:0;background:{bg};}}
body{{font-family:'{font}',sans-serif;color:{color};width:{width}px;font-size:15px;}}
{css}</style></head><body>{body}</body></html>"""
