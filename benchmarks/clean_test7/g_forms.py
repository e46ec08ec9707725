"""Web forms with filled fields, checkboxes, radios, dropdowns, toggles."""
import random
from common import shot, Q, esc, SEED

GENS = ["signup_form", "settings_toggles", "claim_form"]
C = "form"


def field(label, val, w="100%"):
    return f"<div class=f style='width:{w}'><label>{label}</label><div class=in>{esc(val)}</div></div>"


def signup_form():
    import datetime as dt
    a, d = dt.date(2026, 8, 14), dt.date(2026, 8, 19); nights = (d - a).days; guests = 3; bed, hb = 32, 38
    total = (bed + hb) * nights * guests
    from common import eu
    body = f"""<div class=top>🏔 Alpenhof Hütten · Booking</div><div class=pg><div class=card><h2>Guest details</h2><div class=row>{field('First name','Björn','48%')}{field('Last name','Eriksson-Tal','48%')}</div>
<div class=row>{field('Email','bjorn.et@posteo.de','48%')}{field('Phone','+49 151 5550 2287','48%')}</div>
<div class=row>{field('Arrival','14/08/2026','31%')}{field('Departure','19/08/2026','31%')}<div class=f style='width:31%'><label>Room type</label><div class='in sel'>Lager (dorm) ▾</div></div></div>
<label class=lb>Guests</label><div class=row><div class=num>Adults <b>2</b></div><div class=num>Children <b>1</b></div><div class=num>Dogs <b>0</b></div></div>
<label class=lb>Meal plan</label><div class=rad><span><i class=r></i>None</span><span><i class='r on'></i>Half board</span><span><i class=r></i>Full board</span></div>
<label class=lb>Extras</label><div class=chk><span><i class='c on'>✓</i>Towel rental</span><span><i class=c></i>Sleeping-bag liner</span><span><i class='c on'>✓</i>Packed lunch</span><span><i class=c></i>Guided tour</span></div>
<div class=btn>Continue to payment →</div></div>
<div class=sum><h3>Summary</h3><p>{nights} nights · {guests} guests</p><p>Lager bed: €{bed} pp/night</p><p>Half board: €{hb} pp/night</p><p class=t>Estimated total: €{eu(total)}</p><p class=sm>Free cancellation until 31/07/2026</p></div></div>"""
    css = """.top{background:#14532d;color:#fff;padding:16px 30px;font-size:20px;font-weight:bold}.pg{display:flex;gap:30px;padding:28px 40px;background:#f0fdf4}.card{flex:1;background:#fff;padding:26px;border-radius:12px}
.row{display:flex;justify-content:space-between;margin-bottom:14px}.f label,.lb{display:block;font-size:13px;color:#555;margin-bottom:4px}.in{border:1px solid #bbb;border-radius:6px;padding:9px;font-size:15px}
.lb{margin-top:8px}.num{border:1px solid #ddd;padding:8px 16px;border-radius:6px;font-size:15px}.rad span,.chk span{margin-right:26px;font-size:15px}.rad,.chk{margin-bottom:12px}
.r{display:inline-block;width:14px;height:14px;border-radius:8px;border:2px solid #666;margin-right:6px;vertical-align:middle}.r.on{background:#14532d;box-shadow:inset 0 0 0 3px #fff}
.c{display:inline-block;width:16px;height:16px;border:2px solid #666;margin-right:6px;vertical-align:middle;font-style:normal;font-size:13px;text-align:center;line-height:16px;color:#fff}.c.on{background:#14532d;border-color:#14532d}
.btn{display:inline-block;background:#15803d;color:#fff;padding:12px 22px;border-radius:8px;margin-top:10px}.sum{width:300px;background:#fff;padding:20px;border-radius:12px;align-self:flex-start;font-size:15px}.t{font-weight:bold;font-size:18px}.sm{font-size:13px;color:#666}"""
    img = shot("form_alpenhof", body, 1240, 720, css, font="Noto Sans")
    Q(img, "which meal plan is selected?", "Half board", "text", C, "radio selection")
    Q(img, "what extras did he tick", "Towel rental, Packed lunch", "text", C, "checked boxes", literal=False)
    Q(img, "check-in date?", "14/08/2026", "date", C, "field value")
    Q(img, "how many children are coming", "1", "count", C, "field value")
    Q(img, "whats the estimated total for the stay", f"€{eu(total)}", "money", C, "summary total")
    Q(img, "until when can I cancel for free", "31/07/2026", "date", C, "date lookup")


def settings_toggles():
    sets = [("Two-factor authentication", True), ("Login alerts by email", True), ("Share usage analytics", False), ("Marketing emails", False),
            ("Auto-lock after inactivity", True), ("Show online status", False), ("Beta features", True)]
    rows = "".join(f"<div class=rw><span>{n}</span><span class='tg {'on' if v else ''}'><i></i></span></div>" for n, v in sets)
    body = f"""<div class=l><div class=nav><div class=me>Kiri Te Rangi<br><small>kiri@waka.nz</small></div><div>Profile</div><div class=on>Security &amp; privacy</div><div>Notifications</div><div>Billing</div><div>Integrations</div></div>
<div class=c><h2>Security &amp; privacy</h2><div class=box>{rows}</div><div class=box><div class=rw><span>Session timeout</span><span class=dd>15 minutes ▾</span></div><div class=rw><span>Language</span><span class=dd>Te reo Māori ▾</span></div><div class=rw><span>Time zone</span><span class=dd>(UTC+13:00) Auckland ▾</span></div></div></div></div>"""
    css = """.l{display:flex;min-height:100vh}.nav{width:250px;background:#18181b;padding:20px;font-size:15px;line-height:2.4;color:#a1a1aa}.nav .on{color:#fff;font-weight:bold}.me{color:#fff;line-height:1.4;margin-bottom:20px}
.c{flex:1;padding:24px 40px}h2{margin-top:0}.box{background:#27272a;border-radius:10px;padding:4px 20px;margin-bottom:20px}.rw{display:flex;justify-content:space-between;align-items:center;padding:13px 0;border-bottom:1px solid #3f3f46;font-size:15px}
.tg{width:44px;height:24px;border-radius:12px;background:#52525b;position:relative}.tg i{position:absolute;width:18px;height:18px;border-radius:9px;background:#fff;top:3px;left:3px}.tg.on{background:#22c55e}.tg.on i{left:23px}.dd{background:#3f3f46;padding:6px 12px;border-radius:6px}"""
    img = shot("form_settings_dark", body, 1100, 660, css, font="Liberation Sans", bg="#09090b", fg="#e4e4e7")
    Q(img, "is two-factor auth on?", "yes", "yesno", C, "toggle state", literal=False)
    Q(img, "is marketing emails turned on", "no", "yesno", C, "toggle state", literal=False)
    Q(img, "how many of the toggles are switched on", str(sum(v for _, v in sets)), "count", C, "count toggles", literal=False)
    Q(img, "what's the session timeout set to?", "15 minutes", "text", C, "dropdown value")


def claim_form():
    body = f"""<div class=w><div class=hd><b>HELVETIA MUTUAL</b> — Motor insurance claim (form MC-7)</div>
<div class=sec>1. Policy holder</div><div class=row>{field('Full name','Giulia Bernasconi','45%')}{field('Policy number','MV-22-0918834','25%')}{field('Date of birth','03.11.1987','25%')}</div>
<div class=sec>2. Incident</div><div class=row>{field('Date of incident','29.01.2026','22%')}{field('Time','17:45','12%')}{field('Location','Via Cantonale 12, 6900 Lugano','60%')}</div>
<div class=row><div class=f style='width:45%'><label>Type of damage</label><div class=opts><span>☐ Theft</span><span>☒ Collision</span><span>☐ Hail</span><span>☐ Glass</span></div></div>{field('Police report filed?','Yes — ref. TI-2026-4471','50%')}</div>
<div class=row>{field('Vehicle registration','TI 448 213','30%')}{field('Estimated repair cost','CHF 3 870.00','30%')}{field('Other party insurer','Zurich Versicherung','35%')}</div>
<div class=sec>3. Description</div><div class=ta>Stopped at the red light at the Piazza Indipendenza junction when a delivery van reversed into the front bumper. Headlight and bonnet damaged; no injuries.</div>
<div class=ft>Signed: G. Bernasconi · 30.01.2026</div></div>"""
    css = """.w{padding:26px 40px}.hd{font-size:19px;border-bottom:3px solid #b91c1c;padding-bottom:10px}.sec{background:#fee2e2;color:#7f1d1d;font-weight:bold;padding:6px 10px;margin:16px 0 10px;font-size:14px}
.row{display:flex;justify-content:space-between;margin-bottom:12px}.f label{display:block;font-size:12px;color:#666;margin-bottom:3px}.in{border-bottom:1px solid #333;padding:5px 2px;font-size:15px;font-family:'DejaVu Sans Mono'}
.opts span{margin-right:18px;font-size:16px}.ta{border:1px solid #999;padding:10px;font-size:15px;min-height:50px;font-family:'DejaVu Sans Mono'}.ft{margin-top:16px;font-size:14px}"""
    img = shot("form_claim_helvetia", body, 1120, 620, css, font="Liberation Sans")
    Q(img, "what type of damage was ticked?", "Collision", "text", C, "checkbox selection")
    Q(img, "estimated repair cost", "CHF 3 870.00", "money", C, "field value")
    Q(img, "what's the policy number?", "MV-22-0918834", "code", C, "field value")
    Q(img, "was anyone injured", "no", "yesno", C, "read free text", literal=False)
