"""Whole-page screenshots with several regions: mail client, pull request page, order page."""
import random
from common import shot, Q, esc, eu, sp, us, SEED, uniq

GENS = ["mail_client", "pull_request", "order_page"]


def mail_client():
    r = random.Random(SEED + 91)
    inbox = [("Noura Al-Farsi", "Re: venue deposit", "10:42"), ("Tiago Costa", "Invoice #A-7731 from Costa Audio", "09:58"), ("Linear", "3 issues assigned to you", "09:12"),
             ("Mei Tanaka", "Catering headcount", "Yesterday"), ("Booking.com", "Your reservation in Kyoto", "Yesterday"), ("Frederik Holm", "Slides for Thursday", "Mon")]
    li = "".join(f"<div class='it {'on' if i==1 else ''}'><b>{a}</b><span>{t}</span><div>{esc(s)}</div></div>" for i, (a, s, t) in enumerate(inbox))
    items = [("Line array speakers (2 days)", 2, 640.0), ("Wireless mics, set of 4", 2, 95.0), ("Sound engineer (day rate)", 2, 480.0), ("Transport & setup", 1, 220.0)]
    sub = sum(q * p for _, q, p in items); vat = round(sub * 0.23, 2); tot = sub + vat
    tr = "".join(f"<tr><td>{d}</td><td>{q}</td><td>{eu(p)} €</td><td>{eu(q*p)} €</td></tr>" for d, q, p in items)
    body = f"""<div class=app><div class=fold><div class=cmp>✎ Compose</div><div class=on>Inbox <b>12</b></div><div>Starred</div><div>Sent</div><div>Drafts 2</div><div>Spam</div><div class=lb>LABELS</div><div>Events 2026</div><div>Suppliers</div></div>
<div class=list>{li}</div><div class=rd><h2>Invoice #A-7731 from Costa Audio</h2><div class=fr><b>Tiago Costa</b> &lt;tiago@costaaudio.pt&gt; · to me · 09:58</div>
<p>Olá! Please find below the invoice for the Lisbon product launch on 24 April. Payment within 15 days to PT50 0035 0651 0000 4412 7301 2, please.</p>
<table><tr><th>Item</th><th>Qty</th><th>Unit</th><th>Amount</th></tr>{tr}<tr class=s><td colspan=3>Subtotal</td><td>{eu(sub)} €</td></tr><tr class=s><td colspan=3>IVA 23%</td><td>{eu(vat)} €</td></tr><tr class=t><td colspan=3>Total</td><td>{eu(tot)} €</td></tr></table>
<p>Obrigado,<br>Tiago</p></div></div>"""
    css = """.app{display:flex;height:100vh;font-size:14px}.fold{width:190px;padding:14px;line-height:2.1;background:#f6f8fc}.cmp{background:#c2e7ff;border-radius:14px;padding:6px 14px;display:inline-block;margin-bottom:10px}.fold .on{background:#d3e3fd;border-radius:12px;padding:0 10px}.lb{font-size:11px;color:#777;margin-top:10px}
.list{width:360px;border-right:1px solid #e0e0e0}.it{padding:10px 14px;border-bottom:1px solid #eee}.it span{float:right;font-size:12px;color:#666}.it div{color:#555;margin-top:2px}.it.on{background:#e8f0fe}
.rd{flex:1;padding:18px 30px}h2{font-weight:normal;margin:0 0 6px}.fr{color:#555;font-size:13px}table{border-collapse:collapse;width:100%}th,td{padding:6px;border-bottom:1px solid #eee;text-align:left}td:nth-child(n+2),th:nth-child(n+2){text-align:right}.s td{color:#555}.t td{font-weight:bold;border-top:2px solid #333}"""
    img = shot("mail_costa_invoice", body, 1440, 720, css, font="Liberation Sans")
    Q(img, "whats the total on Tiago's invoice", f"{eu(tot)} €", "money", "email", "invoice total in mail")
    Q(img, "how many days do I have to pay it?", "15", "number", "email", "term in text")
    Q(img, "how much for the sound engineer in total", f"{eu(items[2][1]*items[2][2])} €", "money", "email", "line amount")
    Q(img, "how many unread in the inbox?", "12", "count", "email", "folder count")


def pull_request():
    checks = [("ci / lint", "pass", "32s"), ("ci / unit-tests (3.11)", "pass", "4m 12s"), ("ci / unit-tests (3.12)", "fail", "3m 58s"), ("ci / e2e", "skipped", "—"),
              ("codecov/patch", "fail", "—"), ("security / trivy", "pass", "1m 05s")]
    ic = {"pass": "<span class=ok>✔</span>", "fail": "<span class=bad>✖</span>", "skipped": "<span class=sk>⊘</span>"}
    ch = "".join(f"<div class=ck>{ic[s]} <b>{n}</b> <span class=du>{'Successful' if s=='pass' else ('Failing' if s=='fail' else 'Skipped')} in {d}</span></div>" for n, s, d in checks)
    body = f"""<div class=hd><span class=rp>orbital-ml / featurestore</span><h1>Add TTL-based eviction to the online store <span class=num>#1874</span></h1>
<span class=open>Open</span> <b>Adebayo Ogunleye</b> wants to merge 6 commits into <code>main</code> from <code>feat/ttl-eviction</code></div>
<div class=g><div class=mn><div class=cm><div class=ch><b>Adebayo Ogunleye</b> commented 2 days ago</div><div class=cb>Implements per-entity TTL. Default TTL is <b>86400 s</b>; set <code>online_store.ttl=0</code> to disable. Closes #1790.</div></div>
<div class=cm><div class=ch><b>Sofía Quintero</b> requested changes yesterday</div><div class=cb>Please add a test for the zero-TTL path and bump the schema version to <code>v14</code>.</div></div>
<div class=box><div class=bh>Some checks were not successful</div>{ch}<div class=mg>Merging is blocked — 1 approving review is required.</div></div></div>
<div class=sd><div><h5>Reviewers</h5>Sofía Quintero ✖<br>Kwabena Asante ⏳</div><div><h5>Labels</h5><span class=lbl>enhancement</span> <span class=lbl style='background:#fbca04;color:#000'>needs-tests</span></div><div><h5>Milestone</h5>v2.9</div><div><h5>Lines</h5><span class=ok>+412</span> <span class=bad>−87</span></div></div></div>"""
    css = """.hd{padding:18px 30px;border-bottom:1px solid #d0d7de}.rp{color:#0969da;font-size:14px}h1{font-weight:normal;font-size:26px;margin:6px 0}.num{color:#656d76}.open{background:#1f883d;color:#fff;padding:4px 12px;border-radius:14px;font-size:14px}code{background:#ddf4ff;padding:1px 5px;font-size:13px}
.g{display:flex;gap:30px;padding:20px 30px}.mn{flex:1}.cm{border:1px solid #d0d7de;border-radius:6px;margin-bottom:16px}.ch{background:#f6f8fa;padding:8px 14px;font-size:14px;border-bottom:1px solid #d0d7de}.cb{padding:12px 14px;font-size:14px}
.box{border:1px solid #d0d7de;border-radius:6px}.bh{padding:10px 14px;font-weight:bold;border-bottom:1px solid #d0d7de}.ck{padding:7px 14px;font-size:14px;border-bottom:1px solid #eee}.du{color:#656d76;margin-left:8px}.ok{color:#1a7f37}.bad{color:#cf222e}.sk{color:#888}.mg{padding:10px 14px;color:#cf222e;font-size:14px}
.sd{width:260px;font-size:14px}.sd div{border-bottom:1px solid #d0d7de;padding-bottom:10px}h5{color:#656d76;margin:10px 0 6px}.lbl{background:#a2eeef;padding:2px 8px;border-radius:10px;font-size:12px}"""
    img = shot("pr_featurestore", body, 1300, 760, css, font="Noto Sans")
    Q(img, "which checks are failing?", "ci / unit-tests (3.12) and codecov/patch", "text", "code review", "failing checks", literal=False)
    Q(img, "who requested changes", "Sofía Quintero", "person", "code review", "reviewer")
    Q(img, "what's the default TTL", "86400 s", "text", "code review", "value in text")
    Q(img, "how many lines were added", "412", "number", "code review", "diff stat")


def order_page():
    r = random.Random(SEED + 93)
    items = [("Ceramic pour-over set", "Sand", r.randint(1, 2), 42.90), ("Linen apron", "Olive / M", 1, 29.00), ("Burr grinder Mk II", "Matte black", 1, 149.00), ("Filter papers (100)", "—", r.randint(2, 4), 6.50)]
    sub = sum(q * p for _, _, q, p in items); ship = 0.0 if sub > 100 else 5.95; disc = round(sub * 0.10, 2); tot = round(sub + ship - disc, 2)
    rows = "".join(f"<div class=li><div class=ph></div><div class=nm><b>{n}</b><br><small>{v} · Qty {q}</small></div><div class=pr>${q*p:,.2f}</div></div>" for n, v, q, p in items)
    steps = [("Order placed", "Mar 2, 10:14"), ("Packed", "Mar 3, 16:40"), ("Shipped", "Mar 4, 08:05"), ("Out for delivery", "—"), ("Delivered", "—")]
    st = "".join(f"<div class='sp {'dn' if t!='—' else ''}'><i></i><b>{n}</b><small>{t}</small></div>" for n, t in steps)
    body = f"""<div class=tp><b>KOHI &amp; CO.</b><span>Shop</span><span>Journal</span><span>Account</span><span class=ct>Cart (0)</span></div>
<div class=pg><div class=lft><h2>Order #KC-40917</h2><div class=trk>{st}</div><div class=card>{rows}</div></div>
<div class=rt><div class=card><h3>Summary</h3><div class=r><span>Subtotal</span><span>${sub:,.2f}</span></div><div class=r><span>Shipping</span><span>{'Free' if ship==0 else '$'+format(ship,'.2f')}</span></div><div class=r><span>Code SPRING10 (−10%)</span><span>−${disc:,.2f}</span></div><div class='r t'><span>Total</span><span>${tot:,.2f}</span></div></div>
<div class=card><h3>Delivery</h3><p>Freya Lindgren<br>88 Larch Street, Apt 5<br>Burlington, VT 05401</p><p>Carrier: UPS Ground<br>Tracking: 1Z999AA10123456784<br>Estimated arrival: <b>Mar 7</b></p></div></div></div>"""
    css = """.tp{display:flex;gap:26px;padding:16px 40px;border-bottom:1px solid #e7e1d8;font-size:15px}.tp b{font-size:20px;letter-spacing:3px;margin-right:30px}.ct{margin-left:auto}
.pg{display:flex;gap:30px;padding:24px 40px;background:#faf7f2;min-height:100vh}.lft{flex:1}.rt{width:380px}.card{background:#fff;border-radius:10px;padding:14px 20px;margin-bottom:18px;font-size:15px}
.li{display:flex;align-items:center;gap:14px;padding:10px 0;border-bottom:1px solid #f0ebe3}.ph{width:54px;height:54px;background:#e9dfd1;border-radius:8px}.nm{flex:1}.pr{font-weight:bold}
.trk{display:flex;justify-content:space-between;margin:10px 0 20px}.sp{flex:1;font-size:14px;text-align:center}.sp i{display:block;width:18px;height:18px;border-radius:9px;margin:0 auto 6px;background:#d6d3d1}.sp.dn i{background:#15803d}.sp small{display:block;color:#777}
.r{display:flex;justify-content:space-between;padding:5px 0}.t{font-weight:bold;font-size:18px;border-top:1px solid #ddd;margin-top:6px;padding-top:8px}h3{margin:6px 0 10px}"""
    img = shot("order_kohi", body, 1280, 700, css, font="Lato")
    Q(img, "what did the order total come to?", f"${tot:,.2f}", "money", "order page", "total")
    Q(img, "has it been delivered yet?", "no", "yesno", "order page", "status", literal=False)
    Q(img, "when was it shipped", "Mar 4, 08:05", "date", "order page", "status date")
    Q(img, "how many filter paper packs did I order", str(items[3][2]), "count", "order page", "qty lookup")
    Q(img, "how much did the discount code save", f"${disc:,.2f}", "money", "order page", "discount")
