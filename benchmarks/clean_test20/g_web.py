"""Web pages, app screens, forms and slides rendered from HTML with headless chromium."""
import datetime as dt

from common import Scene, render_html, esc, fmt_cents, rng

SCENES = []


def scene(fn):
    SCENES.append(fn)
    return fn


SWITCH_CSS = """.sw{display:inline-block;width:42px;height:24px;border-radius:12px;background:#c7ccd4;position:relative;vertical-align:middle}
.sw:after{content:'';position:absolute;width:18px;height:18px;border-radius:50%;background:#fff;top:3px;left:3px}
.sw.on{background:#2f80ed}.sw.on:after{left:21px}"""


def sw(on):
    return f"<span class='sw{' on' if on else ''}'></span>"


# ------------------------------------------------------------------ forms / settings

@scene
def form_visa():
    sc = Scene("form_evisa", "form", "e-visa application form, filled (inputs, radios, checkboxes, select)")
    purposes = ["Tourism", "Business", "Transit", "Study"]
    chosen = "Business"
    checks = [("I hold valid travel medical insurance", True), ("I have visited this country before", False),
              ("I will stay with friends or family", False), ("I confirm the information above is correct", True)]
    css = """body{margin:0;font-family:'Open Sans';background:#eef2f0;color:#1f2d27;font-size:14px}.top{background:#0b5d3b;color:#fff;padding:14px 40px;font-size:20px}
    .f{background:#fff;margin:24px 40px;padding:26px 34px;border-radius:6px}h2{margin:0 0 4px;font-size:22px}.step{color:#0b5d3b;font-weight:600;margin-bottom:18px}
    .g{display:grid;grid-template-columns:1fr 1fr 1fr;gap:14px 22px}label.t{display:block;font-size:12px;color:#56655e;margin-bottom:4px}
    input[type=text],select{width:100%;box-sizing:border-box;padding:8px;border:1px solid #b9c6bf;border-radius:4px;font:inherit}
    fieldset{border:1px solid #d5ddd9;border-radius:6px;margin-top:20px;padding:12px 18px}legend{font-weight:600;padding:0 6px}
    .ro label{margin-right:26px}.cb div{margin:6px 0}.btns{margin-top:22px;display:flex;justify-content:space-between}
    button{font:inherit;padding:10px 22px;border-radius:4px;border:1px solid #0b5d3b;background:#fff;color:#0b5d3b}button.p{background:#0b5d3b;color:#fff}"""
    fields = [("Surname", "Lindqvist"), ("Given names", "Maja Elin"), ("Nationality", "Swedish"), ("Passport number", "AA7318502"),
              ("Date of birth", "23/11/1991"), ("Passport expiry", "04/06/2031"), ("Arrival date", "12/03/2027"), ("Departure date", "26/03/2027"),
              ("Email", "maja.lindqvist@example.se")]
    g = "".join(f"<div><label class=t>{k}</label><input type=text value='{esc(v)}'></div>" for k, v in fields)
    radios = "".join(f"<label><input type=radio name=p {'checked' if p == chosen else ''}> {p}</label>" for p in purposes)
    cbs = "".join(f"<div><label><input type=checkbox {'checked' if c else ''}> {esc(t)}</label></div>" for t, c in checks)
    body = f"""<div class=top>Republic of Valdoria · Electronic Visa (eVisa)</div><div class=f><h2>Application form</h2><div class=step>Step 2 of 4 — Travel details</div>
    <div class=g>{g}<div><label class=t>Number of entries</label><select><option>Multiple entry</option></select></div></div>
    <fieldset class=ro><legend>Main purpose of visit</legend>{radios}</fieldset><fieldset class=cb><legend>Declarations</legend>{cbs}</fieldset>
    <div class=btns><button>← Back</button><button class=p>Save and continue</button></div></div>"""
    render_html(sc, body, 1100, css=css, bg=(238, 242, 240))
    sc.q("which purpose of visit did she pick", chosen, "text", "selected", True)
    sc.q("is the travel insurance box ticked?", "yes" if checks[0][1] else "no", "yesno", "state_yesno", False)
    sc.q("how many days is the trip (arrival to departure)", (dt.date(2027, 3, 26) - dt.date(2027, 3, 12)).days, "number", "difference", False)
    return sc


@scene
def settings_privacy():
    sc = Scene("settings_privacy_dark", "form", "messenger privacy settings, dark phone UI (toggles + radio group)")
    sc.theme = "dark"
    toggles = [("Read receipts", "Let others see when you've read their messages", False), ("Online status", "Show when you're active", True),
               ("Typing indicator", "", True), ("Link previews", "Generate previews for links you send", True),
               ("Screen security", "Block screenshots in the app", False), ("Incognito keyboard", "", False), ("Sync contacts", "", True)]
    opts = ["Everybody", "My contacts", "Nobody"]
    sel = "My contacts"
    css = SWITCH_CSS + """body{margin:0;background:#111418;font-family:Roboto;color:#e6e8eb}.ph{width:400px;padding:0 0 20px}
    .hdr{padding:16px 18px;font-size:20px;font-weight:500;border-bottom:1px solid #23272e}.sec{color:#7aa7ff;font-size:13px;padding:16px 18px 6px;text-transform:uppercase;letter-spacing:.5px}
    .row{display:flex;justify-content:space-between;align-items:center;padding:11px 18px}.s{font-size:12px;color:#8b929c;margin-top:2px}
    .sw{background:#3a3f47}.sw.on{background:#5b8def}.rad{display:flex;align-items:center;gap:14px;padding:10px 18px}
    .rb{width:18px;height:18px;border-radius:50%;border:2px solid #8b929c;box-sizing:border-box}.rb.on{border-color:#5b8def;box-shadow:inset 0 0 0 4px #111418;background:#5b8def}"""
    rows = "".join(f"<div class=row><div><div>{t}</div>{f'<div class=s>{esc(s)}</div>' if s else ''}</div>{sw(on)}</div>" for t, s, on in toggles)
    rads = "".join(f"<div class=rad><span class='rb{' on' if o == sel else ''}'></span>{o}</div>" for o in opts)
    body = f"<div class=ph><div class=hdr>← Privacy</div><div class=sec>Messages</div>{rows}<div class=sec>Who can see my last seen</div>{rads}</div>"
    render_html(sc, body, 400, css=css, bg=(17, 20, 24))
    sc.q("are read receipts turned on", "yes" if toggles[0][2] else "no", "yesno", "state_yesno", False)
    sc.q("How many of the switches are on?", sum(1 for t in toggles if t[2]), "count", "count", False)
    sc.q("who can see my last seen?", sel, "text", "selected", True)
    return sc


@scene
def print_dialog():
    sc = Scene("print_dialog", "form", "print dialog (radios, checkbox, number, selects) with preview")
    css = """body{margin:0;background:#cfd4da;font-family:Cantarell;font-size:14px;color:#2e3436}.dlg{margin:20px;background:#fafafa;border-radius:10px;box-shadow:0 6px 24px #0004;display:flex;width:900px}
    .prev{width:360px;background:#e8eaed;border-radius:10px 0 0 10px;display:flex;align-items:center;justify-content:center}
    .sheet{width:250px;height:180px;background:#fff;box-shadow:0 1px 4px #0003;padding:14px;box-sizing:border-box;font-size:9px;color:#888}
    .opt{flex:1;padding:20px 26px}h3{margin:0 0 14px}.r{display:flex;margin:10px 0;align-items:center}.r>.k{width:130px;color:#555}
    select,input[type=number],input[type=text]{font:inherit;padding:5px}.bt{display:flex;justify-content:flex-end;gap:10px;margin-top:24px}
    button{font:inherit;padding:8px 20px;border-radius:6px;border:1px solid #bbb;background:#fff}button.p{background:#3584e4;color:#fff;border-color:#3584e4}"""
    body = """<div class=dlg><div class=prev><div class=sheet>Quarterly board pack — page 2 of 14<br><br>▇▇▇▇▇ ▇▇▇ ▇▇▇▇▇▇▇ ▇▇<br>▇▇▇ ▇▇▇▇▇▇ ▇▇▇▇</div></div>
    <div class=opt><h3>Print</h3>
    <div class=r><span class=k>Printer</span><select><option>HP LaserJet M507 (3rd floor)</option></select></div>
    <div class=r><span class=k>Pages</span><label><input type=radio name=pg> All</label>&nbsp;&nbsp;<label><input type=radio name=pg> Current</label>&nbsp;&nbsp;<label><input type=radio name=pg checked> Range</label>&nbsp;<input type=text value='2-9' size=6></div>
    <div class=r><span class=k>Copies</span><input type=number value=3 style='width:60px'>&nbsp;&nbsp;<label><input type=checkbox checked> Collate</label></div>
    <div class=r><span class=k>Orientation</span><label><input type=radio name=o> Portrait</label>&nbsp;&nbsp;<label><input type=radio name=o checked> Landscape</label></div>
    <div class=r><span class=k>Two-sided</span><label><input type=checkbox> Print on both sides</label></div>
    <div class=r><span class=k>Colour</span><select><option>Black &amp; white</option></select></div>
    <div class=r><span class=k>Pages per sheet</span><select><option>2</option></select></div>
    <div class=bt><button>Cancel</button><button class=p>Print</button></div></div></div>"""
    render_html(sc, body, 960, css=css, bg=(207, 212, 218))
    sc.texts.append("3")
    sc.q("portrait or landscape?", "Landscape", "text", "selected", True)
    sc.q("is double-sided printing on", "no", "yesno", "state_yesno", False)
    sc.q("where's the Print button", "bottom right", "text", "locate", False)
    return sc


# ------------------------------------------------------------------ web apps

@scene
def web_flights():
    sc = Scene("web_flights", "web", "flight search results (Lisbon → Oslo), 1280 px")
    fl = [("TAP Air Portugal", "07:05", "12:40", 0, 375, 28940), ("Norwegian", "10:15", "15:25", 0, 370, 21380),
          ("Lufthansa", "06:20", "14:55", 1, 455, 31270), ("KLM", "09:40", "17:10", 1, 390, 26450),
          ("SAS", "13:35", "18:55", 0, 380, 33610), ("Ryanair", "05:50", "16:35", 1, 585, 18720)]
    e = lambda c: "€" + fmt_cents(c, ",", ".", 0)[:-0 or None] if False else f"€{c // 100}"
    dur = lambda m: f"{m // 60}h {m % 60:02d}m"
    cards = ""
    for a, d, ar, st, m, p in fl:
        cards += f"""<div class=card><div class=al>{a}</div><div class=t><b>{d}</b><span>LIS</span></div><div class=mid>{dur(m)}<div class=line></div>
        <span class='{'ns' if st == 0 else 'st'}'>{'Nonstop' if st == 0 else f'{st} stop'}</span></div><div class=t><b>{ar}</b><span>OSL</span></div>
        <div class=pr>{e(p)}<small>per adult</small><button>Select</button></div></div>"""
    css = """body{margin:0;font-family:Lato;background:#f3f5f8;color:#1c2433}.top{background:#fff;padding:14px 32px;border-bottom:1px solid #e1e5ec;display:flex;gap:30px;align-items:center}
    .lg{font-weight:900;font-size:22px;color:#ff6b35}.q{background:#f3f5f8;border-radius:8px;padding:8px 14px}.wrap{display:flex;gap:22px;padding:22px 32px}
    .flt{width:230px;background:#fff;border-radius:10px;padding:16px;font-size:14px;height:fit-content}.flt div{margin:8px 0}
    .res{flex:1}.card{background:#fff;border-radius:10px;padding:16px 22px;margin-bottom:12px;display:flex;align-items:center;gap:26px;box-shadow:0 1px 2px #0001}
    .al{width:170px;font-weight:700}.t b{font-size:22px;display:block}.t span{color:#778}.mid{width:150px;text-align:center;color:#556;font-size:14px}
    .line{height:2px;background:#cfd6e0;margin:6px 0}.ns{color:#1a9e5a;font-weight:700}.st{color:#c77700}.pr{margin-left:auto;text-align:right;font-size:26px;font-weight:900}
    .pr small{display:block;font-size:12px;font-weight:400;color:#778}.pr button{margin-top:6px;background:#ff6b35;color:#fff;border:0;border-radius:6px;padding:7px 18px;font:inherit;font-size:14px}"""
    body = f"""<div class=top><span class=lg>skyhop</span><span class=q>Lisbon (LIS) → Oslo (OSL)</span><span class=q>Fri 19 Mar 2027</span><span class=q>1 adult · Economy</span></div>
    <div class=wrap><div class=flt><b>Filters</b><div>☑ Nonstop</div><div>☑ 1 stop</div><div>☐ 2+ stops</div><b>Sort</b><div>Recommended</div></div>
    <div class=res><div style='margin-bottom:10px;color:#556'>{len(fl)} results</div>{cards}</div></div>"""
    render_html(sc, body, 1280, css=css, bg=(243, 245, 248))
    cheap = min(fl, key=lambda f: f[5])
    fast = min(fl, key=lambda f: f[4])
    sc.q("which airline is cheapest", cheap[0], "text", "argmin", True)
    sc.q("how many nonstop options are there", sum(1 for f in fl if f[3] == 0), "count", "count", False)
    cheaper = "KLM" if fl[3][5] < fl[2][5] else "Lufthansa"
    sc.q("which is cheaper, the Lufthansa or the KLM flight?", cheaper, "text", "choice_less", True)
    sc.q("how much more is SAS than Norwegian", f"€{(fl[4][5] - fl[1][5]) // 100}", "money", "difference", False)
    return sc


@scene
def web_pulls():
    sc = Scene("web_pull_requests", "web", "GitHub-like pull request list with labels, 1200 px")
    prs = [(1874, "Fix rounding of negative totals in CSV export", "kasia-w", ["bug"], 6, "2 hours ago"),
           (1871, "Add Norwegian locale", "tobiasb", ["i18n"], 2, "yesterday"),
           (1869, "Bump undici from 6.19.2 to 6.21.1", "dependabot", ["dependencies", "security"], 0, "2 days ago"),
           (1866, "Crash when importing empty OFX file", "r-amadi", ["bug", "needs repro"], 11, "3 days ago"),
           (1863, "Docs: explain webhook retries", "lea-fontaine", ["docs"], 1, "4 days ago"),
           (1860, "Allow custom invoice number prefixes", "tobiasb", ["enhancement"], 4, "5 days ago"),
           (1857, "Timezone offset wrong in weekly report", "kasia-w", ["bug"], 3, "last week")]
    col = {"bug": ("#d73a4a", "#fff"), "i18n": ("#c5def5", "#0b3a66"), "dependencies": ("#0366d6", "#fff"), "security": ("#e99695", "#4a0d0d"),
           "needs repro": ("#fbca04", "#3d3000"), "docs": ("#0075ca", "#fff"), "enhancement": ("#a2eeef", "#064a4b")}
    rows = ""
    for n, t, a, labs, c, when in prs:
        lb = "".join(f"<span class=lb style='background:{col[l][0]};color:{col[l][1]}'>{l}</span>" for l in labs)
        rows += f"""<div class=pr><span class=ic>⬤</span><div class=bd><div><b>{esc(t)}</b> {lb}</div><div class=m>#{n} opened {when} by {a}</div></div>
        <div class=cm>{'💬 ' + str(c) if c else ''}</div></div>"""
    css = """body{margin:0;font-family:'Liberation Sans';color:#1f2328;background:#fff;font-size:14px}.nav{background:#f6f8fa;border-bottom:1px solid #d0d7de;padding:14px 30px;font-size:18px}
    .box{margin:20px 30px;border:1px solid #d0d7de;border-radius:6px}.hd{background:#f6f8fa;padding:12px 16px;border-bottom:1px solid #d0d7de;font-weight:700}
    .pr{display:flex;padding:10px 16px;border-bottom:1px solid #eaeef2;gap:10px}.ic{color:#1a7f37;font-size:12px;margin-top:3px}.bd{flex:1}.m{color:#59636e;font-size:12px;margin-top:4px}
    .lb{border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;margin-left:4px}.cm{width:60px;color:#59636e}"""
    body = f"""<div class=nav>vellum-labs / <b>ledgerline</b> · Pull requests</div><div class=box><div class=hd>⬤ {len(prs)} Open &nbsp;&nbsp; ✓ 412 Closed</div>{rows}</div>"""
    render_html(sc, body, 1200, css=css)
    sc.q("who opened #1866?", "r-amadi", "person", "party", True)
    sc.q("how many PRs carry the bug label", sum(1 for p in prs if "bug" in p[3]), "count", "count", False)
    sc.q("what colour is the 'bug' label", "red", "text", "colour", False)
    return sc


@scene
def web_ci():
    sc = Scene("web_ci_pipeline", "web", "CI pipeline page, dark: stages, job durations, failing log")
    sc.theme = "dark"
    jobs = [("build", "lint", "passed", "0:41"), ("build", "compile", "passed", "2:18"), ("test", "unit-tests", "passed", "4:07"),
            ("test", "integration-tests", "failed", "6:52"), ("test", "e2e-chrome", "passed", "9:15"), ("deploy", "deploy-staging", "skipped", "—")]
    icon = {"passed": ("✔", "#3fb950"), "failed": ("✖", "#f85149"), "skipped": ("⊘", "#8b949e")}
    stages = ""
    for st in ["build", "test", "deploy"]:
        js = "".join(f"<div class=job><span style='color:{icon[s][1]}'>{icon[s][0]}</span> {n}<span class=du>{d}</span></div>" for g, n, s, d in jobs if g == st)
        stages += f"<div class=stage><div class=sn>{st}</div>{js}</div>"
    log = ["$ pytest tests/integration -x -q", "........................F", "FAILED tests/integration/test_refunds.py::test_partial_refund_webhook",
           "E   requests.exceptions.ReadTimeout: HTTPConnectionPool(host='stripe-mock', port=12111): Read timed out. (read timeout=10)",
           "1 failed, 24 passed in 6m 48s", "ERROR: Job failed: exit code 1"]
    css = """body{margin:0;background:#0d1117;color:#c9d1d9;font-family:Roboto;font-size:14px}.h{padding:16px 28px;border-bottom:1px solid #30363d}
    .h b{font-size:20px}.badge{background:#da3633;color:#fff;border-radius:12px;padding:3px 10px;margin-left:10px;font-size:13px}
    .pl{display:flex;gap:30px;padding:22px 28px}.stage{width:260px}.sn{text-transform:uppercase;color:#8b949e;font-size:12px;margin-bottom:8px}
    .job{background:#161b22;border:1px solid #30363d;border-radius:18px;padding:8px 14px;margin-bottom:8px;display:flex;gap:8px}.du{margin-left:auto;color:#8b949e}
    pre{margin:0 28px 20px;background:#010409;border:1px solid #30363d;border-radius:6px;padding:14px;font-family:'JetBrains Mono';font-size:13px;white-space:pre-wrap}
    .lt{margin:0 28px 8px;color:#8b949e}"""
    body = f"""<div class=h><b>Pipeline #58214</b><span class=badge>failed</span><div style='color:#8b949e;margin-top:6px'>branch <b>release/3.2</b> · commit 7be31f0 · triggered by jonas.h · 23 min ago</div></div>
    <div class=pl>{stages}</div><div class=lt>integration-tests · job log</div><pre>{esc(chr(10).join(log))}</pre>"""
    render_html(sc, body, 1200, css=css, bg=(13, 17, 23))
    sc.q("which job failed", "integration-tests", "text", "read", True)
    sc.q("what error made it fail", "requests.exceptions.ReadTimeout: HTTPConnectionPool(host='stripe-mock', port=12111): Read timed out. (read timeout=10)", "error", "error", True)
    sc.q("did deploy-staging run", "no", "yesno", "exists", False)
    return sc


@scene
def web_grafana():
    sc = Scene("web_ops_dashboard", "dashboard", "ops dashboard, dark: stat tiles + host table, 1300 px")
    sc.theme = "dark"
    stats = [("Requests / s", "1,842"), ("p95 latency", "284 ms"), ("Error rate", "0.73%"), ("Uptime (30d)", "99.962%")]
    hosts = [("api-1", 41, 62, 48), ("api-2", 57, 71, 48), ("api-3", 38, 58, 49), ("worker-1", 83, 77, 63), ("worker-2", 69, 81, 61), ("db-primary", 46, 88, 74)]
    tiles = "".join(f"<div class=tile><div class=tk>{k}</div><div class=tv>{v}</div></div>" for k, v in stats)

    def bar(v):
        c = "#73bf69" if v < 70 else ("#fade2a" if v < 85 else "#f2495c")
        return f"<div class=bw><div class=bf style='width:{v}%;background:{c}'></div><span>{v}%</span></div>"
    rows = "".join(f"<tr><td>{h}</td><td>{bar(c)}</td><td>{bar(m)}</td><td>{bar(d)}</td></tr>" for h, c, m, d in hosts)
    css = """body{margin:0;background:#111217;color:#ccccdc;font-family:Roboto;font-size:14px}.top{display:flex;justify-content:space-between;padding:12px 20px;border-bottom:1px solid #22252b}
    .tp{background:#181b1f;border:1px solid #2c3235;padding:6px 12px;border-radius:4px}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;padding:14px 20px}
    .tile{background:#181b1f;border:1px solid #22252b;border-radius:4px;padding:14px}.tk{color:#8e8ea0}.tv{font-size:34px;color:#73bf69;font-weight:500;margin-top:6px}
    .pn{margin:0 20px;background:#181b1f;border:1px solid #22252b;border-radius:4px;padding:12px}table{width:100%;border-collapse:collapse}
    th{text-align:left;color:#6e9fff;padding:6px;border-bottom:1px solid #2c3235}td{padding:6px;border-bottom:1px solid #22252b}
    .bw{position:relative;background:#22252b;height:20px;border-radius:2px}.bf{height:20px;border-radius:2px;opacity:.85}.bw span{position:absolute;left:8px;top:2px;color:#fff}"""
    body = f"""<div class=top><div>☰ Dashboards / Platform / <b>Checkout API — overview</b></div><div><span class=tp>🕒 Last 6 hours</span> <span class=tp>⟳ 30s</span></div></div>
    <div class=g>{tiles}</div><div class=pn><div style='margin-bottom:8px'>Hosts</div><table><tr><th>host</th><th>CPU</th><th>Memory</th><th>Disk</th></tr>{rows}</table></div>"""
    render_html(sc, body, 1300, css=css, bg=(17, 18, 23))
    sc.q("what's the p95 latency right now", "284 ms", "text", "lookup", True)
    sc.q("which host has the highest CPU", max(hosts, key=lambda h: h[1])[0], "text", "argmax", True)
    sc.q("where do I change the time range?", "top right", "text", "locate", False)
    return sc


@scene
def web_chat():
    sc = Scene("web_chat_flat", "chat", "messenger group chat (flatmates), light, phone width")
    msgs = [("Ines", "18:02", "who's around saturday for the big clean?"), ("Marek", "18:05", "me, but only after 2pm"),
            ("Tomás", "18:06", "I'm in. I'll bring the new vacuum bags 🙃"), ("me", "18:11", "great, I'll do bathroom + hallway"),
            ("Ines", "18:12", "kitchen is mine then. Marek can you do the balcony?"), ("Marek", "18:20", "fine. also rent is up: 1.380 € from April"),
            ("Tomás", "18:24", "ugh. that's 345 € each"), ("Ines", "18:31", "I'll message the landlord about the heating too")]
    colors = {"Ines": "#c2185b", "Marek": "#1565c0", "Tomás": "#2e7d32"}
    b = ""
    for who, t, m in msgs:
        if who == "me":
            b += f"<div class='m me'><div>{esc(m)}</div><span class=t>{t} ✓✓</span></div>"
        else:
            b += f"<div class=m><div class=n style='color:{colors[who]}'>{who}</div><div>{esc(m)}</div><span class=t>{t}</span></div>"
    css = """body{margin:0;font-family:'Open Sans';background:#dfe6d8;font-size:15px}.hd{background:#517da2;color:#fff;padding:12px 16px}.hd small{display:block;opacity:.8}
    .c{padding:12px;display:flex;flex-direction:column;gap:8px}.m{background:#fff;border-radius:12px;padding:6px 10px 4px;max-width:72%;align-self:flex-start;box-shadow:0 1px 1px #0002}
    .me{background:#effdde;align-self:flex-end}.n{font-weight:600;font-size:13px}.t{display:block;text-align:right;color:#8a9a8a;font-size:11px}"""
    body = f"<div class=hd><b>Flat 4B 🏠</b><small>4 members</small></div><div class=c>{b}</div>"
    render_html(sc, body, 430, css=css, bg=(223, 230, 216))
    sc.q("who said they'd bring the vacuum bags", "Tomás", "person", "party", True)
    sc.q("what's the new rent from april", "1.380 €", "money", "read", True)
    sc.q("who sent the last message?", msgs[-1][0], "person", "latest", True)
    return sc


@scene
def web_inbox():
    sc = Scene("web_mail_inbox", "mail", "webmail inbox with folders and unread counts, 1280 px")
    folders = [("Inbox", 4), ("Invoices", 2), ("Newsletters", 17), ("Sent", 0), ("Archive", 0)]
    mails = [("Helga Brandt", "Q3 budget — final numbers", "Attached the sheet with the revised marketing line...", "10:42", True),
             ("Noah Petersen", "Re: offsite venue", "Option B looks good, they can do 40 people on the...", "09:17", True),
             ("Fjordline Ferries", "Your booking ABL-7Q4K2M", "Thank you for booking with us. Your e-ticket is...", "Yesterday", False),
             ("Amira Haddad", "Contract draft v3", "I've marked the changes to clause 7 in yellow...", "Yesterday", True),
             ("IT Service Desk", "Password expires in 5 days", "Your network password will expire on 11 Dec...", "Mon", False),
             ("Jonas Holm", "Lunch thursday?", "New ramen place opened next to the station", "Mon", True),
             ("Lena Vogt", "Holiday rota", "Please put your dates in the shared calendar by...", "28 Nov", False)]
    fl = "".join(f"<div class='fo{' act' if n == 'Inbox' else ''}'>{n}<span>{c if c else ''}</span></div>" for n, c in folders)
    ml = "".join(f"<div class='ml{' un' if u else ''}'><div class=fr>{esc(s)}</div><div class=sb><b>{esc(t)}</b> <span class=pv>— {esc(p)}</span></div><div class=dt>{d}</div></div>"
                 for s, t, p, d, u in mails)
    css = """body{margin:0;font-family:'Segoe UI',Lato;font-size:14px;color:#242424;background:#fff}.top{background:#0f6cbd;color:#fff;padding:10px 20px;font-size:17px}
    .w{display:flex}.side{width:220px;background:#f5f5f5;padding:12px 0;min-height:520px}.fo{padding:8px 20px;display:flex;justify-content:space-between}
    .fo span{color:#0f6cbd;font-weight:700}.act{background:#dcebf8;font-weight:700}.list{flex:1}.ml{display:flex;gap:14px;padding:12px 18px;border-bottom:1px solid #eee}
    .fr{width:170px}.sb{flex:1}.sb b{font-weight:400}.pv{color:#707070}.dt{width:80px;text-align:right;color:#616161}
    .un{border-left:3px solid #0f6cbd}.un .fr,.un .sb b,.un .dt{font-weight:700;color:#0f6cbd}.un .fr{color:#242424}"""
    body = f"<div class=top>✉ Mail — helena.sund@norvik.example</div><div class=w><div class=side>{fl}</div><div class=list>{ml}</div></div>"
    render_html(sc, body, 1280, css=css)
    sc.q("who sent the Q3 budget mail", "Helga Brandt", "person", "party", True)
    sc.q("how many unread emails are shown in the list", sum(1 for m in mails if m[4]), "count", "count", False)
    sc.q("did anyone mail me about the offsite venue?", "yes", "yesno", "exists", False)
    sc.q("what's the oldest email in the list about", mails[-1][1], "text", "earliest", True)
    return sc


@scene
def web_rooms():
    sc = Scene("web_room_booking", "calendar", "meeting-room booking day view (rooms × hours), 1200 px")
    rooms = ["Fjord", "Atlas", "Kiln", "Harbour"]
    bk = [("Fjord", 9, 10, "Sprint planning"), ("Fjord", 11, 12, "Design crit"), ("Fjord", 14, 16, "Vendor demo – Lumio"),
          ("Atlas", 8, 9, "Ops stand-up"), ("Atlas", 10, 12, "Hiring panel"), ("Atlas", 13, 14, "1:1 Sara / Ken"), ("Atlas", 15, 17, "Board prep"),
          ("Kiln", 9, 11, "UX research"), ("Kiln", 16, 17, "Retro"), ("Harbour", 12, 13, "Lunch & learn"), ("Harbour", 14, 15, "Budget review")]
    cols = {"Fjord": "#ffe0b2", "Atlas": "#c8e6c9", "Kiln": "#bbdefb", "Harbour": "#f8bbd0"}
    hh = 56
    grid = ""
    for h in range(8, 18):
        grid += f"<div class=hr style='top:{(h - 8) * hh}px'><span>{h:02d}:00</span></div>"
    ev = ""
    for r, a, b, t in bk:
        i = rooms.index(r)
        ev += f"<div class=ev style='left:{80 + i * 270}px;top:{(a - 8) * hh + 2}px;height:{(b - a) * hh - 6}px;background:{cols[r]}'><b>{esc(t)}</b><br>{a:02d}:00–{b:02d}:00</div>"
    heads = "".join(f"<div class=rh style='left:{80 + i * 270}px'>{r}</div>" for i, r in enumerate(rooms))
    css = """body{margin:0;font-family:Roboto;font-size:13px;color:#222}.t{padding:14px 20px;font-size:20px}.t small{color:#777;font-size:14px;margin-left:12px}
    .cal{position:relative;height:600px;margin:0 20px 20px;border-top:1px solid #ddd}.hds{position:relative;height:30px;margin:0 20px}.rh{position:absolute;width:260px;font-weight:700;font-size:15px;top:6px}
    .hr{position:absolute;left:0;right:0;border-top:1px solid #eee}.hr span{position:absolute;left:6px;top:2px;color:#888}
    .ev{position:absolute;width:250px;border-radius:6px;padding:4px 8px;box-sizing:border-box;border-left:4px solid #0003}"""
    body = f"<div class=t>Room bookings — Thursday 10 December 2026<small>Oslo office, 3rd floor</small></div><div class=hds>{heads}</div><div class=cal>{grid}{ev}</div>"
    render_html(sc, body, 1200, css=css)
    fj = sorted([b for b in bk if b[0] == "Fjord"], key=lambda b: b[1])
    nxt = fj[[b[3] for b in fj].index("Design crit") + 1][3]
    sc.q("what's booked in Kiln at 4pm", [b[3] for b in bk if b[0] == "Kiln" and b[1] <= 16 < b[2]][0], "text", "cell", True)
    sc.q("In Fjord, which meeting comes after the design crit?", nxt, "text", "next", True)
    sc.q("how many bookings does Atlas have today", sum(1 for b in bk if b[0] == "Atlas"), "count", "count", False)
    return sc


@scene
def web_todo():
    sc = Scene("web_todo", "todo", "to-do app with priorities, due dates and done items")
    today = dt.date(2026, 12, 8)
    tasks = [("Renew passport", True, 1, dt.date(2026, 12, 4)), ("Book dentist appointment", False, 2, dt.date(2026, 12, 7)),
             ("Pay council tax", False, 1, dt.date(2026, 12, 10)), ("Return library books", True, 3, dt.date(2026, 12, 6)),
             ("Buy birthday gift for Oskar", False, 2, dt.date(2026, 12, 14)), ("Cancel gym trial", False, 1, dt.date(2026, 12, 5)),
             ("Submit expense report", True, 2, dt.date(2026, 12, 9)), ("Winter tyres appointment", False, 4, dt.date(2026, 12, 19))]
    pc = {1: "#d1453b", 2: "#eb8909", 3: "#246fe0", 4: "#999"}
    rows = ""
    for t, done, p, d in tasks:
        od = (not done) and d < today
        ds = d.strftime("%-d %b")
        rows += f"""<div class='tk{' dn' if done else ''}'><span class=ck style='border-color:{pc[p]};{'background:' + pc[p] if done else ''}'>{'✓' if done else ''}</span>
        <div><div class=tt>{esc(t)}</div><div class='du{' od' if od else ''}'>📅 {ds}</div></div><span class=pf style='color:{pc[p]}'>P{p}</span></div>"""
    css = """body{margin:0;font-family:Lato;background:#fff;color:#202020;font-size:15px}.w{width:640px;margin:0 auto;padding:20px}h2{margin:0 0 4px}
    .sub{color:#888;margin-bottom:14px}.tk{display:flex;gap:12px;align-items:flex-start;padding:10px 0;border-bottom:1px solid #f0f0f0}
    .ck{width:18px;height:18px;border:2px solid;border-radius:50%;color:#fff;font-size:12px;text-align:center;line-height:18px;flex:none}
    .dn .tt{text-decoration:line-through;color:#999}.du{font-size:12px;color:#058527;margin-top:3px}.od{color:#d1453b}.pf{margin-left:auto;font-size:12px;font-weight:700}"""
    body = f"<div class=w><h2>Personal</h2><div class=sub>Today: Tue 8 Dec · {len(tasks)} tasks</div>{rows}</div>"
    render_html(sc, body, 700, css=css)
    open_ = [t for t in tasks if not t[1]]
    sc.q("how many tasks are overdue (not done and past due)?", sum(1 for t in open_ if t[3] < today), "count", "count", False)
    sc.q("did I already renew the passport", "yes", "yesno", "state_yesno", False)
    ear = min(open_, key=lambda t: t[3])
    sc.q("which open task has the earliest due date", ear[0], "text", "earliest", True)
    return sc


@scene
def web_cart_tr():
    sc = Scene("web_cart_tr", "shop", "Turkish online shop cart (₺, 1.299,90 format, coupon)")
    tl = lambda c: fmt_cents(c, ".", ",") + " ₺"
    items = [("Bluetooth Kulaklık ANC Pro", 1, 189990), ("USB-C Şarj Kablosu 2 m", 3, 14950), ("Laptop Standı Alüminyum", 1, 64900),
             ("Mekanik Klavye TR-Q", 1, 229900)]
    sub = sum(q * p for _, q, p in items)
    disc = round(sub * 0.10)
    ship = 0
    tot = sub - disc + ship
    rows = "".join(f"<div class=it><div class=img></div><div class=nm>{esc(n)}<div class=st>Stokta · Yarın kargoda</div></div><div class=q>– {q} +</div><div class=pr>{tl(q * p)}</div></div>"
                   for n, q, p in items)
    css = """body{margin:0;font-family:'Open Sans';background:#f7f7f7;color:#333;font-size:14px}.hd{background:#f27a1a;color:#fff;padding:14px 30px;font-size:22px;font-weight:700}
    .w{display:flex;gap:20px;padding:20px 30px}.l{flex:1}.it{background:#fff;border:1px solid #e6e6e6;border-radius:8px;padding:14px;display:flex;gap:16px;align-items:center;margin-bottom:10px}
    .img{width:64px;height:64px;background:#eee;border-radius:6px}.nm{flex:1;font-weight:600}.st{color:#0bc15c;font-weight:400;font-size:12px;margin-top:4px}
    .q{border:1px solid #ddd;border-radius:16px;padding:4px 12px}.pr{width:120px;text-align:right;font-weight:700;color:#f27a1a}
    .s{width:300px;background:#fff;border:1px solid #e6e6e6;border-radius:8px;padding:18px;height:fit-content}.r{display:flex;justify-content:space-between;margin:8px 0}
    .tot{font-size:20px;font-weight:700;border-top:1px solid #eee;padding-top:10px}.btn{background:#f27a1a;color:#fff;text-align:center;padding:12px;border-radius:6px;font-weight:700;margin-top:14px}"""
    body = f"""<div class=hd>alışverişim</div><div class=w><div class=l><h3>Sepetim ({sum(q for _, q, _ in items)} ürün)</h3>{rows}</div>
    <div class=s><b>Sipariş Özeti</b><div class=r><span>Ürünlerin toplamı</span><span>{tl(sub)}</span></div>
    <div class=r><span>Kupon (YENIYIL10) %10</span><span>-{tl(disc)}</span></div><div class=r><span>Kargo</span><span>Ücretsiz</span></div>
    <div class='r tot'><span>Toplam</span><span>{tl(tot)}</span></div><div class=btn>Sepeti Onayla</div></div></div>"""
    render_html(sc, body, 1150, css=css, bg=(247, 247, 247))
    sc.q("what is the final total after the coupon", tl(tot), "money", "lookup", True)
    sc.q("which item costs the most", max(items, key=lambda i: i[1] * i[2])[0], "text", "argmax", True)
    return sc


@scene
def web_product():
    sc = Scene("web_product_headphones", "shop", "product page: price, swatches (selected), specs table, 1200 px")
    colours = [("Graphite", "#3a3a3c"), ("Midnight Blue", "#1f2f56"), ("Sand", "#d8c7a8"), ("Sage", "#9bb29a")]
    sel = "Midnight Blue"
    specs = [("Battery life", "38 h (ANC on)"), ("Charging", "USB-C, 10 min = 5 h"), ("Bluetooth", "5.3, multipoint"),
             ("Codecs", "SBC, AAC, LDAC"), ("Weight", "254 g"), ("Driver", "40 mm dynamic")]
    price, old = 24900, 32900
    sw_ = "".join(f"<span class='s{' on' if n == sel else ''}' style='background:{c}' title='{n}'></span>" for n, c in colours)
    sp = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in specs)
    css = """body{margin:0;font-family:'Liberation Sans';color:#111;background:#fff}.nav{padding:14px 40px;border-bottom:1px solid #eee;font-weight:700;letter-spacing:2px}
    .w{display:flex;gap:50px;padding:30px 40px}.pic{width:460px;height:420px;background:linear-gradient(160deg,#e9edf5,#c9d2e3);border-radius:12px;display:flex;align-items:center;justify-content:center;font-size:120px}
    .i{flex:1}h1{margin:0;font-size:30px}.rt{color:#b7791f;margin:8px 0}.pr{font-size:32px;font-weight:700}.old{text-decoration:line-through;color:#888;font-size:18px;margin-left:10px}
    .s{display:inline-block;width:34px;height:34px;border-radius:50%;margin-right:10px;border:3px solid #fff;box-shadow:0 0 0 1px #ccc}.s.on{box-shadow:0 0 0 3px #111}
    .btn{display:inline-block;background:#111;color:#fff;padding:14px 40px;border-radius:30px;margin-top:20px}table{border-collapse:collapse;margin-top:24px;width:100%}
    td{padding:8px 6px;border-bottom:1px solid #eee}td:first-child{color:#666;width:160px}"""
    body = f"""<div class=nav>AURALINE</div><div class=w><div class=pic>🎧</div><div class=i><h1>Auraline Drift ANC</h1>
    <div class=rt>★★★★½ 4.6 · 1,284 reviews</div><div class=pr>€{price // 100}.00<span class=old>€{old // 100}.00</span></div>
    <p>Colour: <b>{sel}</b></p><div>{sw_}</div><div class=btn>Add to bag</div><div style='margin-top:10px;color:#2e7d32'>In stock — ships in 1–2 days</div>
    <table>{sp}</table></div></div>"""
    render_html(sc, body, 1200, css=css)
    sc.q("which colour is selected", sel, "text", "selected", True)
    sc.q("how much is it reduced by", f"€{(old - price) // 100}.00", "money", "difference", False)
    sc.q("what bluetooth version do they have", "5.3", "version", "version", True)
    return sc


@scene
def web_docs():
    sc = Scene("web_docs_cli", "docs", "CLI documentation page: sidebar nav, options table, on-this-page TOC, 1280 px")
    nav = ["Getting started", "Installation", "Configuration", "Commands", "  sync", "  push", "  prune", "Plugins", "FAQ"]
    toc = ["Synopsis", "Description", "Options", "Exit codes", "Examples", "See also"]
    opts = [("--dry-run", "bool", "false", "Show what would be transferred without copying."), ("--retries", "int", "5", "How often a failed chunk is retried."),
            ("--parallel", "int", "4", "Number of concurrent uploads."), ("--exclude", "glob", "—", "Skip paths matching the pattern."),
            ("--bandwidth", "string", "unlimited", "Cap throughput, e.g. 20M."), ("--checksum", "enum", "xxh3", "sha256, xxh3 or none.")]
    nv = "".join(f"<div class='n{' a' if n.strip() == 'sync' else ''}' style='padding-left:{28 if n.startswith('  ') else 14}px'>{n.strip()}</div>" for n in nav)
    tc = "".join(f"<div class=tc>{t}</div>" for t in toc)
    ot = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td><code>{c}</code></td><td>{d}</td></tr>" for a, b, c, d in opts)
    css = """body{margin:0;font-family:Lato;color:#24292f;font-size:15px}.top{height:54px;border-bottom:1px solid #e5e7eb;display:flex;align-items:center;padding:0 24px;gap:14px}
    .ver{background:#eef2ff;color:#4338ca;border-radius:10px;padding:2px 10px;font-size:13px}.w{display:flex}.sd{width:230px;border-right:1px solid #e5e7eb;padding:16px 0}
    .n{padding:6px 14px;color:#4b5563}.n.a{color:#4338ca;font-weight:700;background:#eef2ff;border-left:3px solid #4338ca}.m{flex:1;padding:20px 40px}
    h1{margin:0 0 6px}h2{margin-top:26px;font-size:20px}pre{background:#1e293b;color:#e2e8f0;padding:12px;border-radius:6px;font-family:'Fira Code';font-size:13px}
    table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #e5e7eb;padding:7px;text-align:left}code{font-family:'Fira Code';font-size:13px;color:#be123c}
    .rt{width:210px;padding:20px}.rt b{font-size:12px;text-transform:uppercase;color:#6b7280}.tc{padding:5px 0;color:#4b5563;font-size:14px}"""
    body = f"""<div class=top><b style='font-size:18px'>⛵ skiff</b><span class=ver>v4.2.0</span><span style='margin-left:auto;color:#6b7280'>Docs · Blog · GitHub</span></div>
    <div class=w><div class=sd>{nv}</div><div class=m><h1>skiff sync</h1><p>Mirror a local folder to a remote bucket, resuming interrupted transfers.</p>
    <h2>Synopsis</h2><pre>skiff sync [OPTIONS] &lt;SRC&gt; &lt;REMOTE&gt;</pre><h2>Options</h2><table><tr><th>Flag</th><th>Type</th><th>Default</th><th>Description</th></tr>{ot}</table></div>
    <div class=rt><b>On this page</b>{tc}</div></div>"""
    render_html(sc, body, 1280, css=css)
    sc.q("default for --retries?", "5", "number", "cell", True)
    sc.q("what's the 4th entry under 'on this page'", toc[3], "text", "nth", True)
    sc.q("page title", "skiff sync", "text", "title", True)
    return sc


@scene
def web_users():
    sc = Scene("web_admin_users", "table", "admin user table (roles, status pills, last login, 2FA), 1200 px")
    users = [("Ayesha Karim", "ayesha@tallow.io", "Owner", "Active", dt.datetime(2026, 12, 7, 9, 14), True),
             ("Bruno Costa", "bruno@tallow.io", "Admin", "Active", dt.datetime(2026, 12, 6, 17, 2), True),
             ("Chen Yu", "chen.yu@tallow.io", "Editor", "Invited", None, False),
             ("Dara O'Neill", "dara@tallow.io", "Admin", "Active", dt.datetime(2026, 12, 7, 11, 48), False),
             ("Elif Demir", "elif@tallow.io", "Viewer", "Suspended", dt.datetime(2026, 10, 21, 8, 30), False),
             ("Felix Wagner", "felix@tallow.io", "Editor", "Active", dt.datetime(2026, 12, 5, 14, 5), True),
             ("Grace Mensah", "grace@tallow.io", "Admin", "Active", dt.datetime(2026, 12, 1, 10, 22), True)]
    pill = {"Active": "#dcfce7;color:#166534", "Invited": "#e0e7ff;color:#3730a3", "Suspended": "#fee2e2;color:#991b1b"}
    rows = "".join(f"<tr><td><b>{esc(n)}</b><div class=em>{e}</div></td><td>{r}</td><td><span class=p style='background:{pill[s]}'>{s}</span></td>"
                   f"<td>{l.strftime('%Y-%m-%d %H:%M') if l else '—'}</td><td>{'✅ On' if f else 'Off'}</td></tr>" for n, e, r, s, l, f in users)
    css = """body{margin:0;font-family:Inter,Roboto;color:#111827;background:#f9fafb;font-size:14px}.w{margin:24px 30px;background:#fff;border:1px solid #e5e7eb;border-radius:10px}
    .h{padding:16px 20px;display:flex;justify-content:space-between;align-items:center;border-bottom:1px solid #e5e7eb}.h b{font-size:18px}.bt{background:#111827;color:#fff;padding:8px 14px;border-radius:6px}
    table{width:100%;border-collapse:collapse}th{text-align:left;font-size:12px;text-transform:uppercase;color:#6b7280;padding:10px 20px;background:#f9fafb}
    td{padding:10px 20px;border-top:1px solid #f3f4f6}.em{color:#6b7280;font-size:12px}.p{padding:2px 10px;border-radius:10px;font-size:12px;font-weight:600}"""
    body = f"""<div class=w><div class=h><b>Team members · {len(users)}</b><span class=bt>+ Invite member</span></div>
    <table><tr><th>Name</th><th>Role</th><th>Status</th><th>Last login</th><th>2FA</th></tr>{rows}</table></div>"""
    render_html(sc, body, 1200, css=css, bg=(249, 250, 251))
    last = max((u for u in users if u[4]), key=lambda u: u[4])
    sc.q("what role does Felix have?", "Editor", "text", "cell", True)
    sc.q("how many admins are there (not counting the owner)", sum(1 for u in users if u[2] == "Admin"), "count", "count", False)
    sc.q("who logged in most recently", last[0], "person", "latest", True)
    return sc


@scene
def web_portfolio():
    sc = Scene("web_portfolio_dark", "dashboard", "brokerage portfolio table, dark, gain/loss colours, 1200 px")
    sc.theme = "dark"
    h = [("NOVO B", "Novo Nordisk", 40, 71220, 64850), ("ASML", "ASML Holding", 6, 68410, 73920), ("SAP", "SAP SE", 25, 21480, 24315),
         ("SIE", "Siemens AG", 30, 17760, 18390), ("MC", "LVMH", 8, 71840, 60210), ("VOLV B", "Volvo AB", 120, 2475, 2618)]
    e = lambda c: "€" + fmt_cents(c)
    rows = ""
    tot = 0
    pls = []
    for t, n, q, cost, px in h:
        val = q * px
        tot += val
        pl = (px - cost) / cost * 100
        pls.append((t, pl))
        col = "#26d07c" if pl >= 0 else "#ff5c5c"
        rows += f"<tr><td><b>{t}</b><div class=n>{n}</div></td><td>{q}</td><td>{e(cost)}</td><td>{e(px)}</td><td>{e(val)}</td><td style='color:{col}'>{pl:+.2f}%</td></tr>"
    css = """body{margin:0;background:#0b0f19;color:#e5e9f0;font-family:'Open Sans';font-size:14px}.top{padding:20px 30px;display:flex;gap:50px}
    .k{color:#8892a6;font-size:12px;text-transform:uppercase}.v{font-size:28px;font-weight:700}table{margin:0 30px 30px;width:calc(100% - 60px);border-collapse:collapse}
    th{color:#8892a6;text-align:right;padding:10px;border-bottom:1px solid #1f2637;font-weight:400}td{text-align:right;padding:10px;border-bottom:1px solid #161c2b}
    th:first-child,td:first-child{text-align:left}.n{color:#8892a6;font-size:12px}"""
    body = f"""<div class=top><div><div class=k>Portfolio value</div><div class=v>{e(tot)}</div></div><div><div class=k>Cash</div><div class=v>€3,418.07</div></div>
    <div><div class=k>Positions</div><div class=v>{len(h)}</div></div></div>
    <table><tr><th>Holding</th><th>Shares</th><th>Avg cost</th><th>Price</th><th>Value</th><th>P/L</th></tr>{rows}</table>"""
    render_html(sc, body, 1200, css=css, bg=(11, 15, 25))
    worst = min(pls, key=lambda x: x[1])
    sc.q("which holding is down the most", worst[0], "text", "argmin", True)
    sc.q("total portfolio value?", e(tot), "money", "lookup", True)
    sc.q("SAP: current price minus avg cost?", e(h[2][4] - h[2][3]), "money", "subtract", False)
    sc.q("is SAP's price lower than its avg cost", "yes" if h[2][4] < h[2][3] else "no", "yesno", "compare_less", False)
    return sc


@scene
def web_timetable():
    sc = Scene("web_timetable", "table", "school class timetable grid (Mon–Fri × periods), Dutch")
    days = ["ma", "di", "wo", "do", "vr"]
    per = ["1 · 08:30", "2 · 09:20", "3 · 10:30", "4 · 11:20", "pauze", "5 · 12:40", "6 · 13:30"]
    tt = {"ma": ["Wiskunde", "Engels", "Biologie", "Nederlands", "Geschiedenis", "Gym"],
          "di": ["Frans", "Wiskunde", "Nederlands", "Scheikunde", "Tekenen", "Tekenen"],
          "wo": ["Engels", "Aardrijkskunde", "Wiskunde", "Natuurkunde", "Mentoruur", "—"],
          "do": ["Biologie", "Nederlands", "Frans", "Wiskunde", "Gym", "Gym"],
          "vr": ["Geschiedenis", "Natuurkunde", "Engels", "Economie", "Wiskunde", "—"]}
    col = {"Wiskunde": "#fde68a", "Engels": "#bfdbfe", "Nederlands": "#fecaca", "Gym": "#bbf7d0", "Frans": "#e9d5ff"}
    head = "<tr><th></th>" + "".join(f"<th>{d}</th>" for d in days) + "</tr>"
    rows = ""
    k = 0
    for p in per:
        if p == "pauze":
            rows += f"<tr><td class=p>pauze</td><td colspan=5 class=pz>12:10 – 12:40</td></tr>"
            continue
        rows += f"<tr><td class=p>{p}</td>" + "".join(f"<td style='background:{col.get(tt[d][k], '#f3f4f6')}'>{tt[d][k]}</td>" for d in days) + "</tr>"
        k += 1
    css = """body{margin:0;font-family:Cantarell;color:#1f2937}.w{padding:20px}h2{margin:0 0 12px}table{border-collapse:separate;border-spacing:4px}
    th{text-transform:capitalize;width:140px;padding:6px;background:#374151;color:#fff;border-radius:4px}td{padding:12px 8px;border-radius:4px;text-align:center}
    .p{background:#fff;color:#6b7280;font-size:13px;text-align:left}.pz{background:repeating-linear-gradient(45deg,#fff,#fff 6px,#f3f4f6 6px,#f3f4f6 12px);color:#9ca3af}"""
    body = f"<div class=w><h2>Rooster 2B — week 49</h2><table>{head}{rows}</table></div>"
    render_html(sc, body, 860, css=css)
    cnt = sum(v.count("Wiskunde") for v in tt.values())
    sc.q("what do they have on wednesday 3rd period (wo 3)", tt["wo"][2], "text", "cell", True)
    sc.q("hoe vaak wiskunde per week? (how many maths lessons)", cnt, "count", "count", False)
    sc.q("tuesday: what comes right after lunch break", tt["di"][4], "text", "next", True)
    return sc


@scene
def web_appstore():
    sc = Scene("web_appstore", "web", "app-store page with version history, phone width")
    hist = [("5.12.1", "3 Dec 2026", "Fixes a crash when exporting PDFs on iPad."), ("5.12.0", "24 Nov 2026", "New: shared budgets with up to 6 people."),
            ("5.11.4", "9 Nov 2026", "Performance improvements."), ("5.11.3", "30 Oct 2026", "Bug fixes.")]
    vh = "".join(f"<div class=v><div class=vh><b>{v}</b><span>{d}</span></div><div>{esc(t)}</div></div>" for v, d, t in hist)
    css = """body{margin:0;font-family:Roboto;background:#fff;color:#111;font-size:14px}.w{width:420px;padding:18px}.hd{display:flex;gap:14px}
    .ic{width:84px;height:84px;border-radius:20px;background:linear-gradient(135deg,#10b981,#065f46);color:#fff;font-size:40px;display:flex;align-items:center;justify-content:center}
    .get{background:#0a84ff;color:#fff;border-radius:16px;padding:5px 22px;display:inline-block;margin-top:8px;font-weight:700}.row{display:flex;justify-content:space-between;border-top:1px solid #eee;border-bottom:1px solid #eee;margin:14px 0;padding:10px 0;text-align:center;font-size:12px;color:#888}
    .row b{display:block;font-size:16px;color:#333}.v{border-bottom:1px solid #f0f0f0;padding:8px 0}.vh{display:flex;justify-content:space-between}.vh span{color:#888}
    .info div{display:flex;justify-content:space-between;padding:7px 0;border-bottom:1px solid #f3f3f3}.info span{color:#888}"""
    body = f"""<div class=w><div class=hd><div class=ic>₿</div><div><b style='font-size:20px'>Pennywise: Budget & Bills</b><div style='color:#888'>Lindgren Apps AB</div><span class=get>GET</span></div></div>
    <div class=row><div><b>4.8</b>38K ratings</div><div><b>#7</b>Finance</div><div><b>4+</b>Age</div><div><b>184.3 MB</b>Size</div></div>
    <h3>Version History</h3>{vh}<h3>Information</h3><div class=info><div><span>Provider</span>Lindgren Apps AB</div><div><span>Size</span>184.3 MB</div>
    <div><span>Compatibility</span>Requires iOS 16.0 or later</div><div><span>Languages</span>English, Swedish, German and 9 more</div></div></div>"""
    render_html(sc, body, 460, css=css)
    sc.q("what's the latest version", hist[0][0], "version", "version", True)
    sc.q("when did version 5.12.0 come out?", hist[1][1], "date", "lookup", True)
    return sc


def web_pkg():  # not used (dropped to keep the split size)
    sc = Scene("web_pkg_registry", "docs", "package registry page (npm-like) with sidebar stats")
    css = """body{margin:0;font-family:'Liberation Sans';color:#222;font-size:14px}.top{background:#231f20;color:#fff;padding:12px 30px}.top b{color:#cb3837}
    .w{display:flex;gap:40px;padding:24px 30px}.m{flex:1}h1{margin:0;font-size:28px}.meta{color:#666;margin:6px 0 16px}.tabs span{padding:8px 14px;border-bottom:3px solid #eee;margin-right:4px}
    .tabs .a{border-color:#cb3837;font-weight:700}pre{background:#f6f6f6;padding:12px;font-family:'Hack';font-size:13px}.sd{width:300px}.st{border-bottom:1px solid #eee;padding:10px 0}
    .st span{display:block;color:#666;font-size:12px}.st b{font-size:17px}"""
    body = """<div class=top><b>▣ npm</b>&nbsp;&nbsp; Search packages</div><div class=w><div class=m><h1>tiny-ledger</h1>
    <div class=meta>2.7.3 • Public • Published 11 days ago</div><div class=tabs><span class=a>Readme</span><span>Code</span><span>3 Dependencies</span><span>41 Dependents</span><span>58 Versions</span></div>
    <h2>tiny-ledger</h2><p>Double-entry bookkeeping in under 4 kB. Works in Node and the browser.</p><pre>npm i tiny-ledger</pre>
    <pre>import { Ledger } from "tiny-ledger";
const l = new Ledger("EUR");
l.post("2026-11-02", "Coffee", { cash: -3.2, food: 3.2 });</pre></div>
    <div class=sd><div class=st><span>Install</span><b>npm i tiny-ledger</b></div><div class=st><span>Weekly Downloads</span><b>18,406</b></div>
    <div class=st><span>Version</span><b>2.7.3</b></div><div class=st><span>License</span><b>MIT</b></div><div class=st><span>Unpacked Size</span><b>38.2 kB</b></div>
    <div class=st><span>Total Files</span><b>12</b></div><div class=st><span>Last publish</span><b>11 days ago</b></div><div class=st><span>Collaborators</span><b>nils.ek, fatou-d</b></div></div></div>"""
    render_html(sc, body, 1100, css=css)
    sc.q("what license is tiny-ledger under", "MIT", "text", "lookup", True)
    sc.q("weekly downloads?", "18,406", "number", "lookup", True)
    sc.q("How many dependencies does it have", "3", "count", "lookup", True)
    return sc


@scene
def web_seatmap():
    sc = Scene("web_seatmap", "web", "cinema seat picker (booked / free / selected seats)")
    r = rng(sc.name)
    rows_ = "ABCDEFG"
    n = 10
    booked = set()
    for ri, row in enumerate(rows_):
        for s in range(1, n + 1):
            if r.random() < 0.42:
                booked.add(f"{row}{s}")
    selected = ["E5", "E6", "E7"]
    for s in selected:
        booked.discard(s)
    price = 1150
    grid = ""
    for row in rows_:
        grid += f"<div class=rw><span class=rl>{row}</span>"
        for s in range(1, n + 1):
            k = f"{row}{s}"
            cls = "sel" if k in selected else ("bk" if k in booked else "fr")
            grid += f"<span class='st {cls}'>{s}</span>"
            if s == 5:
                grid += "<span class=gap></span>"
        grid += "</div>"
    css = """body{margin:0;background:#1b1530;color:#eee;font-family:Lato}.w{padding:24px;width:620px}.scr{height:8px;background:linear-gradient(90deg,#0000,#a78bfa,#0000);border-radius:50%;margin:10px 40px 6px}
    .sl{text-align:center;color:#a89cc8;font-size:12px;margin-bottom:18px}.rw{display:flex;gap:6px;margin:6px 0;align-items:center}.rl{width:22px;color:#a89cc8}
    .st{width:38px;height:30px;border-radius:8px 8px 4px 4px;font-size:12px;display:flex;align-items:center;justify-content:center}.gap{width:24px}
    .fr{border:2px solid #7c6bb0;box-sizing:border-box;color:#cfc6ee}.bk{background:#4a4360;color:#6f6790}.sel{background:#22c55e;color:#05310f;font-weight:700}
    .lg{display:flex;gap:22px;margin-top:18px;font-size:13px}.lg span{display:inline-block;width:16px;height:14px;border-radius:3px;vertical-align:middle;margin-right:6px}
    .ft{margin-top:18px;display:flex;justify-content:space-between;align-items:center}.bt{background:#a78bfa;color:#1b1530;padding:10px 22px;border-radius:20px;font-weight:700}"""
    body = f"""<div class=w><b style='font-size:18px'>Dune Drifters</b> · Sal 2 · Sat 20:30<div class=scr></div><div class=sl>SCREEN</div>{grid}
    <div class=lg><div><span style='border:2px solid #7c6bb0'></span>Available</div><div><span style='background:#4a4360'></span>Taken</div><div><span style='background:#22c55e'></span>Your seats</div></div>
    <div class=ft><div>{len(selected)} tickets × €{price // 100}.{price % 100:02d}</div><div class=bt>Continue</div></div></div>"""
    render_html(sc, body, 660, css=css, bg=(27, 21, 48))
    total = len(rows_) * n
    nb = len(booked)
    nf = total - nb - len(selected)
    sc.q("are there more free seats than taken ones?", "yes" if nf > nb else "no", "yesno", "count_compare", False)
    sc.q("which seats have I picked", "; ".join(selected), "text", "selected", False)
    sc.q("what will the tickets cost altogether", f"€{len(selected) * price / 100:.2f}", "money", "sum", False)
    sc.meta = dict(free=nf, booked=nb)
    return sc


@scene
def web_smarthome():
    sc = Scene("web_smarthome", "dashboard", "smart-home app, dark phone UI: room temps, devices, lock state")
    sc.theme = "dark"
    rooms = [("Living room", 21.5, 44), ("Bedroom", 18.0, 51), ("Kitchen", 22.5, 40), ("Kids' room", 20.0, 48)]
    dev = [("Ceiling light · Living", True), ("Floor lamp · Living", False), ("Kitchen spots", True), ("Bedroom lamp", False),
           ("Hallway light", True), ("Garden lights", False)]
    locks = [("Front door", "Locked"), ("Garage door", "Unlocked"), ("Back gate", "Locked")]
    rt = "".join(f"<div class=tl><div class=rn>{n}</div><div class=tp>{t:.1f}°</div><div class=hm>💧 {h}%</div></div>" for n, t, h in rooms)
    dv = "".join(f"<div class=dv><span>{esc(n)}</span>{sw(o)}</div>" for n, o in dev)
    lk = "".join(f"<div class=dv><span>{n}</span><b style='color:{'#4ade80' if s == 'Locked' else '#f87171'}'>{'🔒' if s == 'Locked' else '🔓'} {s}</b></div>" for n, s in locks)
    css = SWITCH_CSS + """body{margin:0;background:#0f172a;color:#e2e8f0;font-family:'Open Sans';font-size:14px}.w{width:420px;padding:18px}
    .g{display:grid;grid-template-columns:1fr 1fr;gap:10px}.tl{background:#1e293b;border-radius:14px;padding:12px}.rn{color:#94a3b8}.tp{font-size:30px;font-weight:700}.hm{font-size:12px;color:#94a3b8}
    h3{margin:20px 0 8px}.dv{display:flex;justify-content:space-between;align-items:center;background:#1e293b;padding:10px 14px;border-radius:10px;margin-bottom:6px}.sw{background:#475569}.sw.on{background:#f59e0b}"""
    body = f"<div class=w><b style='font-size:20px'>Home · Hagavägen 9</b><h3>Climate</h3><div class=g>{rt}</div><h3>Lights</h3>{dv}<h3>Security</h3>{lk}</div>"
    render_html(sc, body, 460, css=css, bg=(15, 23, 42))
    sc.q("is the garage door locked", "no", "yesno", "state_yesno", False)
    sc.q("how many lights are switched on", sum(1 for d in dev if d[1]), "count", "count", False)
    sc.q("which room is coldest?", min(rooms, key=lambda x: x[1])[0], "text", "argmin", True)
    return sc


@scene
def web_upload_error():
    sc = Scene("web_upload_error", "web", "web app modal error dialog over a file-sharing page")
    css = """body{margin:0;font-family:Roboto;background:#f1f3f4;font-size:14px;color:#202124}.pg{padding:20px 40px;filter:blur(1.5px);opacity:.55}
    .f{background:#fff;padding:14px;border-radius:8px;margin:8px 0;display:flex;justify-content:space-between}.ov{position:fixed;inset:0;background:#0006}
    .dl{position:fixed;top:120px;left:50%;transform:translateX(-50%);width:460px;background:#fff;border-radius:12px;padding:24px;box-shadow:0 10px 30px #0005}
    .dl h2{margin:0 0 10px;color:#c5221f;font-size:20px}.code{background:#fce8e6;color:#a50e0e;font-family:'JetBrains Mono';font-size:13px;padding:8px 10px;border-radius:6px;margin:12px 0}
    .bts{display:flex;justify-content:flex-end;gap:10px;margin-top:18px}.b{padding:8px 18px;border-radius:18px;border:1px solid #dadce0}.b.p{background:#1a73e8;color:#fff;border-color:#1a73e8}"""
    files = [("Offsite_photos.zip", "312.4 MB"), ("Budget_2027.xlsx", "88 KB"), ("Floorplan_v7.pdf", "4.1 MB"), ("Team_video.mov", "1.2 GB")]
    fl = "".join(f"<div class=f><span>{n}</span><span>{s}</span></div>" for n, s in files)
    body = f"""<div class=pg><h2>Shared with me</h2>{fl}</div><div class=ov></div><div class=dl><h2>⚠ Upload failed</h2>
    <div>“Team_video.mov” could not be uploaded. Files on the free plan can be at most 250 MB.</div>
    <div class=code>Error 413: Payload Too Large (request id 7f3a-19c2)</div><div class=bts><span class=b>Cancel</span><span class='b p'>Upgrade plan</span></div></div>"""
    render_html(sc, body, 1000, height=560, css=css, crop=False)
    sc.q("what error did I get", "Error 413: Payload Too Large", "error", "error", True)
    sc.q("what does the blue button say?", "Upgrade plan", "text", "read", True)
    return sc


@scene
def web_regions():
    sc = Scene("web_regions_wiki", "table", "encyclopedia-style sortable table of provinces (population, area)")
    prov = [("Alvara", "Port Alvar", 1_284_300, 5_412), ("Bresk", "Bresk", 642_150, 9_870), ("Corvenna", "San Lio", 2_071_900, 3_205),
            ("Dunmere", "Halvik", 318_400, 12_660), ("Eskar", "Eskar City", 955_700, 4_118), ("Felmoor", "Ryde", 127_800, 7_302),
            ("Gallow Coast", "Merrin", 486_200, 2_150)]
    rows = "".join(f"<tr><td><a>{n}</a></td><td><a>{c}</a></td><td class=r>{p:,}</td><td class=r>{a:,}</td></tr>" for n, c, p, a in prov)
    css = """body{margin:0;font-family:'Liberation Sans';color:#202122;font-size:14px;background:#fff}.w{max-width:900px;padding:20px 30px}
    h1{font-family:'Liberation Serif';font-weight:400;font-size:28px;border-bottom:1px solid #a2a9b1;margin:0 0 6px}.fr{color:#54595d;font-size:13px;margin-bottom:12px}
    table{border-collapse:collapse;background:#f8f9fa;border:1px solid #a2a9b1}th{background:#eaecf0;border:1px solid #a2a9b1;padding:6px 10px}
    td{border:1px solid #a2a9b1;padding:6px 10px}a{color:#3366cc}.r{text-align:right}"""
    body = f"""<div class=w><h1>Provinces of Valdoria</h1><div class=fr>From Wikipedia-like encyclopedia · Population: 2025 census</div>
    <p>Valdoria is divided into seven provinces. The table lists each province with its capital, population and land area.</p>
    <table><tr><th>Province</th><th>Capital</th><th>Population</th><th>Area (km²)</th></tr>{rows}</table></div>"""
    render_html(sc, body, 900, css=css)
    d = prov[2]
    sc.q("what's the population density of Corvenna (people per km²)", f"{d[2] / d[3]:.0f}", "number", "rate", False)
    sc.q("which province is the largest by area", max(prov, key=lambda p: p[3])[0], "text", "argmax", True)
    sc.q("capital of Dunmere?", "Halvik", "text", "cell", True)
    return sc


# ------------------------------------------------------------------ slides

@scene
def slide_agenda():
    sc = Scene("slide_agenda", "slide", "16:9 agenda slide, dark gradient, numbered items with times")
    sc.theme = "dark"
    items = [("09:30", "Welcome & market update"), ("10:15", "Product roadmap 2027"), ("11:00", "Partner success stories"),
             ("12:00", "Lunch"), ("13:15", "Breakout: pricing & bundles"), ("14:30", "Certification programme"), ("15:30", "Q&A and wrap-up")]
    li = "".join(f"<div class=it><span class=n>{i:02d}</span><span class=tm>{t}</span>{esc(x)}</div>" for i, (t, x) in enumerate(items, 1))
    css = """body{margin:0}.s{width:1280px;height:720px;box-sizing:border-box;padding:56px 80px;background:linear-gradient(135deg,#0f2027,#203a43 60%,#2c5364);color:#fff;font-family:Lato;position:relative}
    h1{font-size:52px;margin:0;font-weight:900}.sub{color:#9fd3e8;font-size:22px;margin:6px 0 30px}.it{font-size:25px;margin:12px 0;display:flex;gap:22px;align-items:baseline}
    .n{color:#4fd1c5;font-weight:900;width:40px}.tm{color:#9fd3e8;width:80px;font-size:20px}.ft{position:absolute;bottom:26px;left:80px;right:80px;display:flex;justify-content:space-between;color:#8fb3c4;font-size:16px}"""
    body = f"<div class=s><h1>Partner Summit 2026</h1><div class=sub>Agenda · Day 1 · Lisbon</div>{li}<div class=ft><span>Northwind Cloud · Confidential</span><span>2 / 24</span></div></div>"
    render_html(sc, body, 1280, height=720, css=css, crop=False)
    sc.q("what's the title of this slide", "Partner Summit 2026", "text", "title", True)
    sc.q("what's the third agenda item", items[2][1], "text", "nth", True)
    return sc


@scene
def slide_kpi():
    sc = Scene("slide_kpi", "slide", "16:9 results slide, light, four KPI cards with up/down deltas")
    k = [("Revenue", "€48.2M", "+12.4%", True), ("Gross margin", "61.8%", "+1.9 pp", True), ("Active customers", "9,415", "+7.1%", True),
         ("Churn (monthly)", "2.3%", "+0.4 pp", False)]
    cards = "".join(f"<div class=c><div class=l>{a}</div><div class=v>{b}</div><div class=d style='color:{'#16a34a' if g else '#dc2626'}'>{'▲' if g else '▼'} {d} vs FY25</div></div>" for a, b, d, g in k)
    css = """body{margin:0}.s{width:1280px;height:720px;box-sizing:border-box;padding:60px 70px;background:#fbfaf7;font-family:'Open Sans';color:#1c1917;position:relative}
    h1{font-family:'Liberation Serif';font-size:48px;margin:0 0 8px}.sub{color:#78716c;font-size:20px;margin-bottom:50px}.g{display:grid;grid-template-columns:repeat(4,1fr);gap:22px}
    .c{background:#fff;border:1px solid #e7e5e4;border-top:6px solid #0f766e;border-radius:8px;padding:24px}.l{color:#78716c;font-size:17px}.v{font-size:42px;font-weight:700;margin:12px 0}
    .d{font-size:16px;font-weight:600}.ft{position:absolute;bottom:30px;left:70px;right:70px;display:flex;justify-content:space-between;color:#a8a29e}"""
    body = f"<div class=s><h1>FY2026 at a glance</h1><div class=sub>Full-year results · unaudited</div><div class=g>{cards}</div><div class=ft><span>Investor update · February 2027</span><span>Slide 5</span></div></div>"
    render_html(sc, body, 1280, height=720, css=css, crop=False)
    sc.q("how much did revenue grow", "+12.4%", "percent", "lookup", True)
    sc.q("which KPI got worse", "Churn (monthly)", "text", "read", True)
    return sc
