"""Documentation pages and web forms (radio buttons, checkboxes) screenshotted with headless Chromium."""

from __future__ import annotations

import html
import random
from datetime import date, timedelta
from pathlib import Path

from common import Q, Scene, html_page, render_html

E = html.escape


def _doc_api(rng: random.Random, out: Path) -> Scene:
    version = f"{rng.randint(2, 5)}.{rng.randint(0, 9)}.{rng.randint(0, 12)}"
    toc = ["Quickstart", "Authentication", "Uploading files", "Webhooks", "Rate limits", "Error codes"]
    rng.shuffle(toc)
    css = ("body{margin:0;font-family:'DejaVu Sans';display:flex}nav{width:220px;background:#f2f4f7;padding:20px;"
           "height:700px;font-size:14px}nav h4{margin:0 0 10px;color:#555}nav li{margin:6px 0;color:#1b5fa8}"
           "main{padding:24px 36px;font-size:15px;color:#222;max-width:640px}.badge{background:#1b5fa8;color:#fff;"
           "border-radius:4px;padding:2px 8px;font-size:13px}code{background:#eef;padding:1px 4px}")
    nav = "<nav><h4>Contents</h4><ol>" + "".join(f"<li>{E(t)}</li>" for t in toc) + "</ol></nav>"
    main = (f"<main><h1>Tidewater SDK <span class='badge'>v{version}</span></h1>"
            f"<p>This is the reference for release {version} of the Tidewater client library. "
            "Install it with <code>pip install tidewater</code> and create a client with your project key.</p>"
            f"<h2>{E(toc[0])}</h2><p>Every call returns a typed response object; errors raise "
            "<code>TidewaterError</code> with the HTTP status attached.</p></main>")
    render_html(html_page(nav + main, css), out / "doc_api.png", 960, 560)
    return Scene("doc_api", "document", [
        Q("what's the first entry in the table of contents", toc[0], "text", "nth"),
        Q("Which version of the SDK do these docs cover?", version, "text", "version"),
    ], ["Contents", *toc, f"v{version}", version, "Tidewater SDK"])


def _doc_paper(rng: random.Random, out: Path) -> Scene:
    title = "Sparse Attention Routing for Low-Power Speech Recognition"
    authors = ["Helena Vasquez-Moore", "Jun-ho Park", "Amara Diallo", "Tobias Richter"]
    rng.shuffle(authors)
    css = ("body{font-family:'C059','Liberation Serif';margin:50px 80px;color:#111}h1{text-align:center;"
           "font-size:26px}.au{text-align:center;font-size:16px}.aff{text-align:center;font-size:13px;color:#444}"
           "h3{text-align:center;font-size:15px}p{text-align:justify;font-size:14px;line-height:1.45}")
    body = (f"<h1>{E(title)}</h1><div class='au'>" + ", ".join(f"{E(a)}<sup>{i % 2 + 1}</sup>"
            for i, a in enumerate(authors)) + "</div><div class='aff'><sup>1</sup>Institute of Embedded Systems, "
            "Delft &nbsp; <sup>2</sup>Northlake University</div><h3>Abstract</h3><p>We route each frame of audio "
            "to a small subset of attention heads chosen by a learned gate, cutting energy use on microcontrollers "
            "by 41% at a word-error-rate cost under half a point. We release the gate weights and the evaluation "
            "harness.</p><h3>1 Introduction</h3><p>Keyword spotting and short-form dictation increasingly run on "
            "battery-powered devices where every multiply counts...</p>")
    render_html(html_page(body, css), out / "doc_paper.png", 900, 560)
    return Scene("doc_paper", "document", [
        Q("who's the first author", authors[0], "person", "nth"),
        Q("What is the title of this paper?", title, "text", "title"),
    ], [title, *authors])


def _doc_guide(rng: random.Random, out: Path) -> Scene:
    sections = ["Overview", "Installation", "Configuration", "Running your first job", "Monitoring", "Upgrading",
                "FAQ"]
    count = rng.randint(5, 7)
    toc = sections[:count]
    css = ("body{font-family:'URW Gothic','Liberation Sans';margin:40px;background:#fffef8;color:#333}"
           "h1{font-size:34px;color:#7a3b12;border-bottom:3px solid #7a3b12}.toc{border:1px solid #ccb;"
           "padding:12px 24px;width:340px;background:#fff}.toc b{font-size:15px}li{font-size:16px;margin:4px 0}")
    body = ("<h1>Getting Started with Larkspur</h1><div class='toc'><b>On this page</b><ol>"
            + "".join(f"<li>{E(s)}</li>" for s in toc) + "</ol></div><p>Larkspur schedules batch jobs across a "
            "small cluster. This guide walks you from an empty machine to a running job.</p>")
    render_html(html_page(body, css), out / "doc_guide.png", 820, 520)
    return Scene("doc_guide", "document", [
        Q("what section comes after Installation", toc[2], "text", "next"),
        Q("how many sections does the contents list have", str(count), "number", "count"),
    ], ["Getting Started with Larkspur", "On this page", *toc])


def _doc_changelog(rng: random.Random, out: Path) -> Scene:
    minor = rng.randint(5, 8)
    day = date(2026, 8, 1)
    rels = []
    for m in range(minor, minor - 4, -1):
        rels.append((f"2.{m}.0", day))
        day -= timedelta(days=rng.randint(20, 70))
    notes = ["Added CSV export for reports", "Dropped support for Python 3.8", "Faster cold start on Windows",
             "New <code>--dry-run</code> flag", "Fixed crash when the config file is empty"]
    css = ("body{font-family:'Liberation Sans';margin:30px 44px;color:#24292f}h1{font-size:28px}h2{font-size:19px;"
           "border-bottom:1px solid #d0d7de;padding-bottom:4px}h2 small{color:#57606a;font-weight:normal}"
           "li{font-size:14px}")
    body = "<h1>Changelog</h1>" + "".join(
        f"<h2>{v} <small>— {d.isoformat()}</small></h2><ul><li>{notes[i]}</li></ul>" for i, (v, d) in enumerate(rels))
    render_html(html_page(body, css), out / "doc_changelog.png", 760, 600)
    older = rels[2]
    return Scene("doc_changelog", "document", [
        Q("whats the most recent release", rels[0][0], "text", "latest"),
        Q(f"When was {older[0]} released?", older[1].isoformat(), "date", "lookup"),
    ], ["Changelog", *(v for v, _ in rels), *(d.isoformat() for _, d in rels)])


def _doc_readme(rng: random.Random, out: Path) -> Scene:
    py = f"3.{rng.choice([9, 10, 11])}"
    css = ("body{font-family:'DejaVu Serif';margin:36px;color:#222;background:#fafafa}h1{font-family:'DejaVu Sans';"
           "font-size:30px}h2{font-family:'DejaVu Sans';font-size:19px;color:#444}pre{background:#272822;color:#f8f8f2;"
           "padding:10px;font-size:13px}li{font-size:15px}")
    body = ("<h1>hoarfrost</h1><p>A tiny cache for expensive pure functions, persisted to SQLite.</p>"
            f"<h2>Requirements</h2><ul><li>Python {py} or newer</li><li>SQLite 3.35+</li></ul>"
            "<h2>Install</h2><pre>pip install hoarfrost</pre><h2>Usage</h2><pre>from hoarfrost import cached\n\n"
            "@cached(ttl=3600)\ndef slow(x):\n    ...</pre>")
    render_html(html_page(body, css), out / "doc_readme.png", 760, 560)
    return Scene("doc_readme", "document", [
        Q("what python version does this need", py, "text", "version"),
        Q("whats the heading at the top of the page?", "hoarfrost", "text", "title"),
    ], ["hoarfrost", f"Python {py} or newer", "SQLite 3.35+", "Requirements", "Install", "Usage"])


def documents(rng: random.Random, out: Path) -> list[Scene]:
    return [f(rng, out) for f in (_doc_api, _doc_paper, _doc_guide, _doc_changelog, _doc_readme)]


FORM_CSS = [
    "body{font-family:'DejaVu Sans';margin:30px;font-size:16px}fieldset{margin-bottom:16px;border:1px solid #bbb}"
    "label{display:block;margin:6px 0}input{transform:scale(1.3);margin-right:10px}",
    "body{font-family:'Liberation Sans';margin:30px;font-size:17px;background:#f6f8fb}.card{background:#fff;"
    "padding:20px 28px;border-radius:10px;box-shadow:0 1px 4px #0002;width:460px}label{display:block;margin:8px 0}"
    "input{accent-color:#6b3fa0;transform:scale(1.4);margin-right:12px}h3{color:#6b3fa0}",
    "body{font-family:'Nimbus Sans';margin:26px;font-size:15px}.grid{display:grid;grid-template-columns:1fr 1fr;"
    "gap:6px 40px;width:480px}input{accent-color:#1d7a4c;transform:scale(1.25);margin-right:8px}",
    "body{font-family:'Liberation Serif';margin:34px;font-size:18px}input[type=text]{width:260px;padding:4px;"
    "font-size:15px}.row{margin:10px 0}.opt{margin-right:22px}input[type=radio]{transform:scale(1.3);"
    "margin-right:6px}",
]


def _inputs(kind: str, name: str, options: list[str], chosen: set[str], wrap: str = "label") -> str:
    return "".join(f"<{wrap}><input type='{kind}' name='{name}'{' checked' if o in chosen else ''}>{E(o)}</{wrap}>"
                   for o in options)


def forms(rng: random.Random, out: Path) -> list[Scene]:
    scenes = []
    ship = ["Standard (3–5 days)", "Express (next day)", "Click & collect"]
    pick, news = rng.choice(ship), rng.random() < 0.5
    body = ("<h2>Checkout</h2><fieldset><legend>Delivery</legend>" + _inputs("radio", "ship", ship, {pick})
            + "</fieldset><fieldset><legend>Extras</legend>" + _inputs("checkbox", "x", ["Gift wrap",
            "Send me the newsletter"], {"Send me the newsletter"} if news else {"Gift wrap"}) + "</fieldset>")
    render_html(html_page(body, FORM_CSS[0]), out / "form_checkout.png", 620, 420)
    scenes.append(Scene("form_checkout", "form", [
        Q("which delivery option is selected", pick, "option", "selected"),
        Q("Is the newsletter box ticked?", "yes" if news else "no", "yesno", "state_yesno"),
    ], ["Checkout", "Delivery", "Extras", *ship, "Gift wrap", "Send me the newsletter"]))

    pay = ["Credit card", "PayPal", "Bank transfer", "Invoice (30 days)"]
    pick, agree = rng.choice(pay), rng.random() < 0.5
    body = ("<div class='card'><h3>Payment method</h3>" + _inputs("radio", "pay", pay, {pick})
            + "<hr>" + _inputs("checkbox", "t", ["I agree to the terms and conditions"],
                                {"I agree to the terms and conditions"} if agree else set()) + "</div>")
    render_html(html_page(body, FORM_CSS[1]), out / "form_payment.png", 600, 400)
    scenes.append(Scene("form_payment", "form", [
        Q("what payment method did they pick?", pick, "option", "selected"),
        Q("terms and conditions checked or not", "yes" if agree else "no", "yesno", "state_yesno"),
    ], ["Payment method", *pay, "I agree to the terms and conditions"]))

    hobbies = ["Cycling", "Climbing", "Photography", "Chess", "Gardening", "Swimming", "Baking", "Birdwatching"]
    ticked = set(rng.sample(hobbies, rng.randint(2, 5)))
    body = ("<h2>Club sign-up: your interests</h2><div class='grid'>" + _inputs("checkbox", "h", hobbies, ticked)
            + "</div>")
    render_html(html_page(body, FORM_CSS[2]), out / "form_interests.png", 600, 300)
    probe = rng.choice(hobbies)
    scenes.append(Scene("form_interests", "form", [
        Q("how many boxes are ticked", str(len(ticked)), "number", "count"),
        Q(f"is {probe.lower()} ticked?", "yes" if probe in ticked else "no", "yesno", "state_yesno"),
    ], ["Club sign-up: your interests", *hobbies]))

    sizes = ["S", "M", "L", "XL"]
    pick = rng.choice(sizes)
    has_phone = rng.random() < 0.5
    fields = ["Full name", "Email"] + (["Phone"] if has_phone else []) + ["Team name"]
    rows = "".join(f"<div class='row'>{E(f)}: <input type='text'></div>" for f in fields)
    body = ("<h2>Team T-shirt order</h2>" + rows + "<div class='row'>Size: "
            + _inputs("radio", "size", sizes, {pick}, "span class='opt'").replace("</span class='opt'>", "</span>")
            + "</div>")
    render_html(html_page(body, FORM_CSS[3]), out / "form_tshirt.png", 620, 380)
    scenes.append(Scene("form_tshirt", "form", [
        Q("What size did they choose", pick, "option", "selected"),
        Q("is there a field for a phone number on this form", "yes" if has_phone else "no", "yesno", "exists"),
    ], ["Team T-shirt order", *fields, "Size", *sizes]))
    return scenes
