"""Forms: filled web forms with text fields, checkboxes, radios, dropdowns, toggles."""
from common import q, render_html, page


def form_signup(rng):
    name = "form_clinic_registration"
    css = """.f{width:760px;margin:30px auto;background:#fff;border-radius:12px;padding:30px 36px;box-shadow:0 2px 12px #0002;font-family:'Open Sans'}
    h2{margin:0 0 18px;color:#0e7490}.row{display:flex;gap:18px;margin-bottom:14px}.fld{flex:1}label{display:block;font-size:13px;color:#555;margin-bottom:4px}
    .in{border:1px solid #cbd5e1;border-radius:6px;padding:9px 12px;font-size:15px;background:#f8fafc}.sel:after{content:' ▾';float:right;color:#888}
    .cb{display:flex;gap:8px;align-items:center;font-size:15px;margin:6px 0}.box{width:18px;height:18px;border:2px solid #0e7490;border-radius:4px;display:inline-flex;align-items:center;justify-content:center;color:#fff;font-size:13px}
    .box.on{background:#0e7490}.rad{width:18px;height:18px;border:2px solid #0e7490;border-radius:50%;display:inline-block;position:relative}.rad.on:after{content:'';position:absolute;left:3px;top:3px;width:8px;height:8px;border-radius:50%;background:#0e7490}
    .btn{background:#0e7490;color:#fff;padding:10px 22px;border-radius:6px;display:inline-block;margin-top:14px}"""
    body = """<div class=f><h2>New patient registration — Kaisaniemi Health Centre</h2>
    <div class=row><div class=fld><label>First name</label><div class=in>Aleksi</div></div><div class=fld><label>Last name</label><div class=in>Räikkönen-Obi</div></div></div>
    <div class=row><div class=fld><label>Date of birth</label><div class=in>1987-02-09</div></div><div class=fld><label>Preferred language</label><div class="in sel">Swedish</div></div></div>
    <div class=row><div class=fld><label>Phone</label><div class=in>+358 40 771 2094</div></div><div class=fld><label>Insurance provider</label><div class="in sel">Pohjola Vakuutus</div></div></div>
    <label style='margin-top:8px'>Known allergies</label>
    <div class=cb><span class="box on">✓</span>Penicillin</div><div class=cb><span class=box></span>Latex</div><div class=cb><span class="box on">✓</span>Peanuts</div><div class=cb><span class=box></span>None</div>
    <label style='margin-top:12px'>Preferred contact</label>
    <div class=cb><span class=rad></span>Email &nbsp; <span class="rad on"></span>SMS &nbsp; <span class=rad></span>Phone call</div>
    <div class=btn>Submit registration</div></div>"""
    render_html(name, page(css, body, bg="#ecfeff"), 840, 900)
    q(name, "form", "which allergies are ticked?", "Penicillin, Peanuts", "text", "checked boxes", False)
    q(name, "form", "how does the patient want to be contacted", "SMS", "text", "selected radio", True)
    q(name, "form", "what language is chosen in the dropdown?", "Swedish", "text", "dropdown value", True)


def form_settings_dark(rng):
    name = "form_settings_toggles"
    items = [("Two-factor authentication", True), ("Login alerts by email", False), ("Share usage analytics", False),
             ("Auto-update plugins", True), ("Beta features", True), ("Public profile", False), ("Weekly digest", True)]
    rows = "".join(f"<div class=r><span>{t}</span><span class='tg {'on' if v else ''}'><i></i></span></div>" for t, v in items)
    css = """.f{width:560px;margin:26px;background:#1c1c1e;border-radius:14px;padding:10px 22px;font-family:'Roboto';color:#f2f2f7}
    h3{margin:14px 0 6px;font-weight:500}.r{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #2c2c2e;font-size:17px}
    .tg{width:52px;height:30px;border-radius:15px;background:#3a3a3c;position:relative}.tg i{position:absolute;left:3px;top:3px;width:24px;height:24px;border-radius:50%;background:#fff}
    .tg.on{background:#30d158}.tg.on i{left:25px}.sub{font-size:14px;color:#8e8e93}"""
    body = f"<div class=f><h3>Security &amp; privacy</h3><div class=sub>Account: hyejin.cho@hanbit.kr</div>{rows}</div>"
    render_html(name, page(css, body, bg="#000"), 620, 700)
    q(name, "form", "is two-factor auth switched on?", "yes", "yesno", "toggle state", False)
    q(name, "form", "how many of these settings are turned on", str(sum(1 for _, v in items if v)), "count", "count toggles on", False)
    q(name, "form", "Are login alerts enabled?", "no", "yesno", "toggle state", False)


def form_expense(rng):
    name = "form_expense_claim"
    lines = [("2024-09-03", "Taxi airport → hotel", "Travel", 48.20), ("2024-09-03", "Dinner with client (Brandt GmbH)", "Meals", 136.50),
             ("2024-09-04", "Hotel Lindenhof, 2 nights", "Lodging", 298.00), ("2024-09-05", "Train Munich → Stuttgart", "Travel", 62.90)]
    total = round(sum(l[3] for l in lines), 2)
    tr = "".join(f"<tr><td><div class=in>{d}</div></td><td><div class=in>{t}</div></td><td><div class='in sel'>{c}</div></td><td><div class=in style='text-align:right'>{a:.2f}</div></td></tr>" for d, t, c, a in lines)
    css = """.f{width:1180px;margin:20px;font-family:'Liberation Sans';background:#fff;border:1px solid #ccc}
    .h{background:#f3f4f6;padding:14px 20px;border-bottom:1px solid #ccc;display:flex;gap:30px;font-size:14px}.h b{font-size:18px;margin-right:auto}
    .g{display:grid;grid-template-columns:repeat(3,1fr);gap:16px;padding:18px 20px}label{font-size:12px;color:#666;display:block}
    .in{border:1px solid #bbb;padding:7px 9px;font-size:14px;border-radius:3px}.sel:after{content:'▾';float:right}
    table{width:calc(100% - 40px);margin:0 20px 10px;border-collapse:collapse}th{font-size:12px;color:#666;text-align:left;padding:4px}td{padding:4px}
    .tot{text-align:right;padding:10px 24px;font-size:18px}.st{background:#fef3c7;color:#92400e;padding:3px 10px;border-radius:10px;font-size:13px}"""
    body = f"""<div class=f><div class=h><b>Expense claim EXP-24-0917</b><span>Status: <span class=st>Awaiting approval</span></span><span>Created 06 Sep 2024</span></div>
    <div class=g><div><label>Employee</label><div class=in>Rafael Domínguez Ortega</div></div><div><label>Cost centre</label><div class='in sel'>CC-4410 Sales DACH</div></div>
    <div><label>Approver</label><div class='in sel'>Hannelore Brandstätter</div></div><div><label>Trip purpose</label><div class=in>Trade fair IAA Transportation</div></div>
    <div><label>Currency</label><div class='in sel'>EUR</div></div><div><label>Reimburse to</label><div class=in>DE89 3704 0044 0532 0130 00</div></div></div>
    <table><tr><th>Date</th><th>Description</th><th>Category</th><th style='text-align:right'>Amount</th></tr>{tr}</table>
    <div class=tot>Total claimed: <b>EUR {total:.2f}</b></div></div>"""
    render_html(name, page(css, body, bg="#e5e7eb"), 1240, 700)
    q(name, "form", "who has to approve this expense claim?", "Hannelore Brandstätter", "person", "field value", True)
    q(name, "form", "total claimed?", f"EUR {total:.2f}", "money", "total", True)
    q(name, "form", "how much was spent on travel in total (taxi + train)?", f"{sum(l[3] for l in lines if l[2]=='Travel'):.2f}", "money", "sum by category", False)


def build(rng):
    for f in (form_signup, form_settings_dark, form_expense):
        f(rng)
