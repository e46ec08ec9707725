"""Web pages, app screens and slides rendered with chromium, plus one Pillow diagram."""
import datetime as dt

from PIL import Image, ImageDraw

from common import scene, fmt, esc, font


# ---------------------------------------------------------------------------
@scene("web", "GitHub-like pull request page", "light (GitHub light)", "chromium", "PR header, tabs with counts, checks list with one failure, reviewers")
def web_pr_page(s):
    r = s.rng
    n_commits = r.randint(3, 9)
    n_files = r.randint(4, 17)
    checks = [("ci / lint", "success", "32s"), ("ci / unit-tests (3.11)", "success", "2m 41s"),
              ("ci / unit-tests (3.12)", "success", "2m 55s"), ("ci / integration (postgres)", "failure", "6m 12s"),
              ("codecov/patch", "success", "—"), ("docs / build", "success", "1m 04s")]
    reviewers = [("ngozi-a", "approved"), ("petr-k", "changes requested"), ("lwazi", "pending")]
    ck = "".join(f"<div class=ck><span class='{st}'>{'✓' if st == 'success' else '✕'}</span><b>{esc(n)}</b>"
                 f"<span class=d>{'Successful' if st == 'success' else 'Failing'} in {t}</span><a>Details</a></div>" for n, st, t in checks)
    rv = "".join(f"<div class=rv><span class=av></span>{n}<span class='st {st.split()[0]}'>{st}</span></div>" for n, st in reviewers)
    html = f"""<div class=nav><b>⬤</b> tidewater-io / <b>harbor-sync</b></div>
<div class=main><h1>Stream S3 uploads instead of buffering whole files <span class=num>#1187</span></h1>
<div class=meta><span class=open>⌥ Open</span> <b>mbaptiste</b> wants to merge {n_commits} commits into <code>main</code> from <code>mbaptiste/streaming-upload</code></div>
<div class=tabs><span class=on>Conversation <i>7</i></span><span>Commits <i>{n_commits}</i></span><span>Checks <i>{len(checks)}</i></span><span>Files changed <i>{n_files}</i></span>
<span class=diff><b class=add>+{r.randint(120, 480)}</b> <b class=del>−{r.randint(30, 200)}</b></span></div>
<div class=row><div class=left><div class=box><div class=bh>Some checks were not successful</div>{ck}</div>
<div class=box2><b>Merging is blocked</b><br>The base branch requires all status checks to pass.</div></div>
<div class=side><div class=sh>Reviewers</div>{rv}<div class=sh>Labels</div><span class=lb>performance</span> <span class=lb2>s3</span>
<div class=sh>Milestone</div>v2.8.0</div></div></div>"""
    css = """body{font-family:-apple-system,'Liberation Sans',sans-serif;color:#1f2328;font-size:14px}.nav{background:#f6f8fa;padding:14px 24px;border-bottom:1px solid #d0d7de;font-size:16px}
.main{padding:20px 32px}h1{font-weight:400;font-size:28px;margin:0 0 10px}.num{color:#656d76;font-weight:300}.open{background:#1f883d;color:white;padding:5px 12px;border-radius:16px;font-weight:600;margin-right:6px}
code{background:#ddf4ff;color:#0969da;padding:2px 6px;border-radius:6px}.tabs{margin:18px 0;border-bottom:1px solid #d0d7de;display:flex;gap:26px;padding-bottom:8px}
.tabs i{font-style:normal;background:#eaeef2;border-radius:10px;padding:0 7px;margin-left:4px}.tabs .on{border-bottom:2px solid #fd8c73;padding-bottom:6px;font-weight:600}.diff{margin-left:auto}.add{color:#1a7f37}.del{color:#d1242f}
.row{display:flex;gap:30px}.left{flex:1}.box{border:1px solid #d0d7de;border-radius:6px}.bh{padding:12px 16px;font-weight:600;border-bottom:1px solid #d0d7de;background:#f6f8fa}
.ck{display:flex;gap:10px;padding:9px 16px;border-bottom:1px solid #eaeef2;align-items:center}.ck .d{color:#656d76}.ck a{margin-left:auto;color:#0969da}.success{color:#1a7f37;font-weight:bold}.failure{color:#d1242f;font-weight:bold}
.box2{margin-top:14px;border:1px solid #d0d7de;border-left:4px solid #d1242f;padding:12px 16px;border-radius:6px}.side{width:260px}.sh{font-weight:600;color:#656d76;margin:12px 0 6px;font-size:12px}
.rv{display:flex;align-items:center;gap:8px;padding:4px 0}.av{width:20px;height:20px;border-radius:50%;background:#8c959f}.st{margin-left:auto;font-size:12px}.approved{color:#1a7f37}.changes{color:#d1242f}.pending{color:#9a6700}
.lb{background:#fbca04;padding:2px 8px;border-radius:10px}.lb2{background:#c5def5;padding:2px 8px;border-radius:10px}"""
    s.html(html, 1280, 1000, css)
    s.q("who opened this PR", "mbaptiste", "person", "party", True)
    s.q("which check is failing?", "ci / integration (postgres)", "text", "error", True)
    s.q("how many files were changed", n_files, "count", "lookup", True)
    s.q("has petr-k approved it", "no", "yesno", "state_yesno", False)


# ---------------------------------------------------------------------------
@scene("web", "Jira-like issue view", "light (Atlassian blue)", "chromium", "issue key, summary, status, fields panel, 6 subtasks with done state")
def web_issue(s):
    r = s.rng
    subs = [("Add feature flag for new pricing table", True), ("Migrate plan IDs in billing service", True),
            ("Update pricing page copy (DE, FR)", r.random() < 0.5), ("QA: upgrade/downgrade paths", False),
            ("Notify enterprise accounts", False), ("Remove legacy plan endpoints", r.random() < 0.5)]
    sb = "".join(f"<div class=sb><span class='cb{' on' if d else ''}'>{'✓' if d else ''}</span><span class=k>PAY-{812 + i}</span>"
                 f"<span class='{'dn' if d else ''}'>{esc(t)}</span><span class='pill{' g' if d else ''}'>{'DONE' if d else 'TO DO'}</span></div>" for i, (t, d) in enumerate(subs))
    html = f"""<div class=top>Projects / Payments Platform / <b>PAY-811</b></div><div class=w><div class=l>
<h1>Roll out 2026 pricing plans to self-serve customers</h1><div class=acts><span>Attach</span><span>Create subtask</span><span>Link issue</span></div>
<h3>Description</h3><p>Replace the three legacy self-serve plans with the new Starter / Team / Scale plans. Existing customers keep their price until renewal.</p>
<h3>Child issues</h3>{sb}</div>
<div class=rp><div class=stat>IN PROGRESS ▾</div><table><tr><td>Assignee</td><td><b>Keoni Kahale</b></td></tr><tr><td>Reporter</td><td>Priya Raghunathan</td></tr>
<tr><td>Priority</td><td><span class=hi>▲ High</span></td></tr><tr><td>Story points</td><td>13</td></tr><tr><td>Sprint</td><td>PAY Sprint 42</td></tr>
<tr><td>Fix versions</td><td>2026.1</td></tr><tr><td>Due date</td><td>Jan 9, 2026</td></tr><tr><td>Labels</td><td>pricing, billing</td></tr></table></div></div>"""
    css = """body{font-family:Roboto;color:#172b4d;font-size:14px}.top{padding:14px 26px;color:#5e6c84}.w{display:flex;gap:34px;padding:0 26px 20px}.l{flex:1}
h1{font-size:24px;font-weight:500;margin:4px 0 12px}.acts span{background:#f1f2f4;padding:6px 10px;border-radius:3px;margin-right:6px}h3{margin:20px 0 6px;font-size:15px}
.sb{display:flex;align-items:center;gap:10px;border:1px solid #dfe1e6;padding:8px 10px;margin-top:-1px}.k{color:#0052cc}.dn{text-decoration:line-through;color:#6b778c}
.cb{width:16px;height:16px;border:2px solid #c1c7d0;border-radius:3px;font-size:12px;line-height:14px;text-align:center;color:white;box-sizing:border-box}.cb.on{background:#0052cc;border-color:#0052cc}
.pill{margin-left:auto;font-size:11px;font-weight:bold;background:#dfe1e6;padding:2px 6px;border-radius:3px}.pill.g{background:#e3fcef;color:#006644}
.rp{width:340px}.stat{display:inline-block;background:#0052cc;color:white;padding:7px 12px;border-radius:3px;font-weight:bold;margin-bottom:14px}
td{padding:8px 10px 8px 0;vertical-align:top}td:first-child{color:#5e6c84;width:110px}.hi{color:#de350b}"""
    s.html(html, 1200, 900, css)
    s.q("who is this assigned to", "Keoni Kahale", "person", "party", True)
    s.q("priority?", "High", "text", "lookup", True)
    s.q("how many child issues are already done", sum(d for _, d in subs), "count", "count", False)


# ---------------------------------------------------------------------------
@scene("web", "error-tracker issue page (Sentry-like)", "dark (purple-grey)", "chromium", "exception title, events/users counters, first/last seen, release, stack trace")
def web_error_issue(s):
    r = s.rng
    events = r.randint(1200, 9000)
    users = r.randint(80, 900)
    html = f"""<div class=side></div><div class=main><div class=bc>checkout-web › Issues › CHECKOUT-WEB-3KQ</div>
<h1>TypeError</h1><div class=msg>Cannot read properties of undefined (reading 'currencyCode')</div><div class=loc>src/cart/totals.ts in formatTotal</div>
<div class=stats><div><small>EVENTS</small><b>{events:,}</b></div><div><small>USERS</small><b>{users}</b></div><div><small>FIRST SEEN</small><b>Nov 21, 2025 08:14</b></div><div><small>LAST SEEN</small><b>3 min ago</b></div></div>
<div class=tags><span>release: <b>checkout-web@4.19.2</b></span><span>browser: Safari 18.1</span><span>os: iOS 18.1.1</span><span>environment: production</span><span>level: error</span></div>
<h3>Stack trace</h3><pre><span class=hl>  at formatTotal (src/cart/totals.ts:57:31)</span>
  at CartSummary (src/cart/CartSummary.tsx:112:18)
  at renderWithHooks (node_modules/react-dom/cjs/react-dom.production.min.js:160:137)
  at updateFunctionComponent (node_modules/react-dom/cjs/react-dom.production.min.js:196:305)</pre></div>"""
    css = """body{margin:0;background:#1d1127;color:#e6dff0;font-family:Lato;display:flex}.side{width:64px;min-height:640px;background:#2b1d38}.main{flex:1;padding:20px 30px}
.bc{color:#9386a0;font-size:13px}h1{margin:12px 0 2px;font-size:28px}.msg{font-size:17px;color:#f5a3a3}.loc{color:#9386a0;margin-top:4px;font-family:'DejaVu Sans Mono';font-size:13px}
.stats{display:flex;gap:40px;margin:20px 0;padding:14px 0;border-top:1px solid #3e2c4e;border-bottom:1px solid #3e2c4e}.stats small{display:block;color:#9386a0;font-size:11px;letter-spacing:1px}.stats b{font-size:20px}
.tags span{display:inline-block;background:#2f2140;border:1px solid #4a3760;border-radius:4px;padding:4px 8px;margin:0 6px 6px 0;font-size:13px}
pre{background:#140b1c;padding:14px;border-radius:6px;font-size:13px;font-family:'JetBrains Mono'}.hl{color:#ffd479}"""
    s.html(html, 1280, 640, css)
    s.q("what's the error", "TypeError: Cannot read properties of undefined (reading 'currencyCode')", "error", "error", False)
    s.q("which release is this on", "4.19.2", "version", "version", True)
    s.q("how many users are affected?", users, "count", "lookup", True)


# ---------------------------------------------------------------------------
@scene("dashboard", "Grafana-like monitoring dashboard", "dark (Grafana dark)", "chromium", "4 stat panels with thresholds, host table with CPU/mem/disk, 1300 px")
def web_monitoring(s):
    r = s.rng
    hosts = [f"web-{i:02d}" for i in range(1, 5)] + ["db-01", "db-02", "queue-01", "cache-01"]
    cpu = r.sample(range(12, 97), len(hosts))
    mem = [r.randint(30, 92) for _ in hosts]
    disk = [r.randint(20, 88) for _ in hosts]
    p95 = r.randint(180, 420)
    col = lambda v: "#f2495c" if v >= 80 else "#ff9830" if v >= 60 else "#73bf69"
    rows = "".join(f"<tr><td>{h}</td><td style='color:{col(c)}'>{c}%</td><td>{m}%</td><td>{d}%</td></tr>" for h, c, m, d in zip(hosts, cpu, mem, disk))
    html = f"""<div class=tb><span>☰ Home › Production / <b>Fleet overview</b></span><span>Last 6 hours ▾ &nbsp; ⟳ 30s</span></div>
<div class=g><div class=p><div class=t>Requests / s</div><div class=v style='color:#73bf69'>{r.randint(900, 2400):,}</div></div>
<div class=p><div class=t>p95 latency</div><div class=v style='color:#ff9830'>{p95} ms</div></div>
<div class=p><div class=t>Error rate</div><div class=v style='color:#f2495c'>{r.uniform(1.2, 4.5):.2f}%</div></div>
<div class=p><div class=t>Healthy hosts</div><div class=v style='color:#5794f2'>{len(hosts)}/{len(hosts)}</div></div></div>
<div class=p2><div class=t>Hosts</div><table><tr><th>Host</th><th>CPU</th><th>Memory</th><th>Disk</th></tr>{rows}</table></div>"""
    css = """body{background:#111217;color:#ccccdc;font-family:Roboto;font-size:14px}.tb{display:flex;justify-content:space-between;padding:12px 18px;border-bottom:1px solid #2a2b33}
.g{display:grid;grid-template-columns:repeat(4,1fr);gap:10px;padding:12px 18px}.p,.p2{background:#181b1f;border:1px solid #2a2b33;border-radius:3px;padding:10px 14px}
.t{font-weight:500;margin-bottom:8px}.v{font-size:44px;font-weight:500;text-align:center;padding:14px 0}.p2{margin:0 18px}
table{width:100%;border-collapse:collapse}th{text-align:left;color:#6e9fff;border-bottom:1px solid #2a2b33;padding:7px}td{padding:7px;border-bottom:1px solid #22252b}"""
    s.html(html, 1300, 800, css)
    s.q("which host is using the most CPU", hosts[cpu.index(max(cpu))], "text", "argmax", True)
    s.q("p95 latency?", f"{p95} ms", "time", "lookup", True)
    s.q("how many hosts are above 50% CPU", sum(c > 50 for c in cpu), "count", "count", False)
    s.q("average memory use across all hosts?", f"{sum(mem) / len(mem):.1f}%", "percent", "mean", False)


# ---------------------------------------------------------------------------
@scene("app", "smart-home thermostat app (phone)", "dark (graphite + amber)", "chromium", "mode segmented control, room tiles with temperatures, light toggles")
def web_smart_home(s):
    r = s.rng
    rooms = ["Living room", "Kitchen", "Bedroom", "Kids' room", "Hallway", "Office"]
    temps = [round(r.uniform(17.5, 23.5), 1) for _ in rooms]
    lights = [r.random() < 0.5 for _ in rooms]
    lights[4] = not lights[3]
    modes = ["Off", "Heat", "Cool", "Auto", "Eco"]
    msel = 3
    seg = "".join(f"<span class='{'on' if i == msel else ''}'>{m}</span>" for i, m in enumerate(modes))
    tiles = "".join(f"<div class=tile><div class=rn>{rm}</div><div class=tp>{t}°C</div><div class=lt>Light<span class='sw{' on' if l else ''}'><i></i></span></div></div>"
                    for rm, t, l in zip(rooms, temps, lights))
    html = f"""<div class=ph><div class=sb><span>20:41</span><span>5G ▮▮▮ 78%</span></div><h2>Casa Ferreira</h2><div class=big><div class=ring>21.5°<small>target</small></div></div>
<div class=seg>{seg}</div>{'<div class=grid>' + tiles + '</div>'}</div>"""
    css = """body{background:#121212;font-family:Roboto;color:#eee}.ph{width:390px;margin:0 auto;padding:10px 16px}.sb{display:flex;justify-content:space-between;font-size:13px;color:#aaa}
h2{margin:14px 0}.big{display:flex;justify-content:center}.ring{width:150px;height:150px;border-radius:50%;border:10px solid #ffb300;display:flex;flex-direction:column;align-items:center;justify-content:center;font-size:38px}
.ring small{font-size:13px;color:#aaa}.seg{display:flex;background:#1f1f1f;border-radius:10px;margin:18px 0;padding:3px}.seg span{flex:1;text-align:center;padding:8px 0;border-radius:8px;color:#aaa}
.seg .on{background:#ffb300;color:#121212;font-weight:bold}.grid{display:grid;grid-template-columns:1fr 1fr;gap:10px}.tile{background:#1f1f1f;border-radius:14px;padding:12px}
.rn{color:#bbb;font-size:14px}.tp{font-size:26px;margin:4px 0 8px}.lt{display:flex;justify-content:space-between;align-items:center;font-size:13px;color:#aaa}
.sw{width:36px;height:20px;border-radius:10px;background:#444;position:relative}.sw i{position:absolute;left:2px;top:2px;width:16px;height:16px;border-radius:50%;background:#999}
.sw.on{background:#ffb300}.sw.on i{left:18px;background:white}"""
    s.html(html, 422, 1100, css)
    s.q("bedroom temp?", f"{temps[2]}°C", "number", "lookup", True)
    s.q("is the hallway light on", "yes" if lights[4] else "no", "yesno", "state_yesno", False)
    s.q("which mode is the thermostat set to", modes[msel], "text", "selected", True)
    s.q("which room is the warmest", rooms[temps.index(max(temps))], "text", "argmax", True) if temps.count(max(temps)) == 1 else None


# ---------------------------------------------------------------------------
@scene("settings", "VPN client settings + server list", "light (white, green accent)", "chromium", "toggles, protocol radio group, server list with ping and load, 1100 px")
def web_vpn(s):
    r = s.rng
    toggles = [("Kill switch", True), ("Launch at startup", False), ("Auto-connect on untrusted Wi-Fi", True),
               ("Split tunnelling", False), ("Threat protection (block ads & trackers)", r.random() < 0.5)]
    protos = ["Automatic", "WireGuard", "OpenVPN (UDP)", "OpenVPN (TCP)", "IKEv2"]
    psel = 2
    servers = ["Reykjavík #12", "Tallinn #4", "Lisbon #31", "Montréal #8", "Auckland #2", "Nairobi #5"]
    ping = r.sample(range(18, 310), len(servers))
    load = [r.randint(8, 95) for _ in servers]
    tg = "".join(f"<div class=row><span>{n}</span><span class='sw{' on' if v else ''}'><i></i></span></div>" for n, v in toggles)
    rd = "".join(f"<label class=row><span class='rd{' on' if i == psel else ''}'></span>{p}</label>" for i, p in enumerate(protos))
    sv = "".join(f"<tr><td>{n}</td><td>{p} ms</td><td>{l}%</td></tr>" for n, p, l in zip(servers, ping, load))
    html = f"""<div class=w><div class=nav><b>Kestrel VPN</b><span>Servers</span><span class=on>Settings</span><span>Account</span></div><div class=cols>
<div class=c><h3>Connection</h3>{tg}<h3>VPN protocol</h3>{rd}</div><div class=c><h3>Recent servers</h3><table><tr><th>Server</th><th>Ping</th><th>Load</th></tr>{sv}</table>
<p class=ver>Kestrel VPN 5.3.1 (build 2207)</p></div></div></div>"""
    css = """body{font-family:'Open Sans';background:#f4f6f5;color:#1d2b24}.w{margin:16px;background:white;border-radius:12px;overflow:hidden}.nav{display:flex;gap:26px;padding:14px 24px;border-bottom:1px solid #e4e8e6;align-items:center}
.nav b{font-size:20px;color:#12a05c;margin-right:20px}.nav .on{color:#12a05c;border-bottom:2px solid #12a05c}.cols{display:flex;gap:40px;padding:8px 24px 20px}.c{flex:1}h3{margin:18px 0 8px}
.row{display:flex;align-items:center;justify-content:space-between;padding:9px 0;border-bottom:1px solid #f0f2f1}label.row{justify-content:flex-start;gap:10px}
.sw{width:42px;height:24px;border-radius:12px;background:#cfd6d3;position:relative}.sw i{position:absolute;top:3px;left:3px;width:18px;height:18px;background:white;border-radius:50%}.sw.on{background:#12a05c}.sw.on i{left:21px}
.rd{width:18px;height:18px;border-radius:50%;border:2px solid #9aa5a0;box-sizing:border-box}.rd.on{border:6px solid #12a05c}table{width:100%;border-collapse:collapse}th{text-align:left;color:#6b7a73;font-weight:600;padding:7px 0;border-bottom:1px solid #e4e8e6}td{padding:8px 0;border-bottom:1px solid #f0f2f1}.ver{color:#8a9690;font-size:13px}"""
    s.html(html, 1100, 900, css)
    s.q("which VPN protocol is selected?", protos[psel], "text", "selected", True)
    s.q("is split tunnelling turned on", "no", "yesno", "state_yesno", False)
    s.q("lowest ping server", servers[ping.index(min(ping))], "text", "argmin", True)


# ---------------------------------------------------------------------------
@scene("dialog", "print dialog", "light (GTK-like grey)", "chromium", "printer select, copies, page range radios, colour radios, duplex checkbox, paper size")
def web_print(s):
    r = s.rng
    copies = r.randint(2, 6)
    pages = ["All pages", "Current page", "Pages: 3-7"]
    psel = 2
    cmode = ["Colour", "Black & white"]
    csel = 1
    duplex = r.random() < 0.5
    pr = "".join(f"<label><span class='rd{' on' if i == psel else ''}'></span>{p}</label>" for i, p in enumerate(pages))
    cr = "".join(f"<label><span class='rd{' on' if i == csel else ''}'></span>{p}</label>" for i, p in enumerate(cmode))
    html = f"""<div class=dlg><div class=tt>Print</div><div class=bd><div class=g><span>Printer</span><div class=sel>HP LaserJet Pro M404 – 3rd floor ▾</div>
<span>Copies</span><div class=num>{copies}<b>−</b><b>+</b></div><span>Pages</span><div>{pr}</div><span>Colour</span><div>{cr}</div>
<span>Paper size</span><div class=sel>A4 (210 × 297 mm) ▾</div><span>Two-sided</span><div><label><span class='cb{' on' if duplex else ''}'>{'✓' if duplex else ''}</span>Print on both sides (long edge)</label></div>
<span>Pages per sheet</span><div class=sel>1 ▾</div></div></div><div class=ft><span class=b>Cancel</span><span class='b pri'>Print</span></div></div>"""
    css = """body{background:#7d8187;font-family:Cantarell;font-size:15px}.dlg{width:620px;margin:30px auto;background:#fafafa;border-radius:10px;box-shadow:0 8px 30px #0006;overflow:hidden}
.tt{text-align:center;font-weight:bold;padding:12px;background:#ebebeb;border-bottom:1px solid #d6d6d6}.bd{padding:18px 26px}.g{display:grid;grid-template-columns:150px 1fr;row-gap:16px;align-items:start}
.g>span{color:#555;padding-top:4px}.sel{border:1px solid #c8c8c8;background:white;padding:6px 10px;border-radius:5px}.num{display:inline-flex;gap:10px;align-items:center;border:1px solid #c8c8c8;background:white;border-radius:5px;padding:4px 10px;width:120px}
.num b{margin-left:8px;color:#777}label{display:flex;align-items:center;gap:8px;margin-bottom:6px}.rd{width:16px;height:16px;border-radius:50%;border:2px solid #999;box-sizing:border-box}.rd.on{border:5px solid #3584e4}
.cb{width:18px;height:18px;border:2px solid #999;border-radius:4px;box-sizing:border-box;text-align:center;font-size:13px;line-height:14px;color:white}.cb.on{background:#3584e4;border-color:#3584e4}
.ft{display:flex;justify-content:flex-end;gap:10px;padding:12px 20px;border-top:1px solid #ddd}.b{padding:7px 18px;border-radius:6px;background:#e4e4e4}.pri{background:#3584e4;color:white}"""
    s.html(html, 760, 800, css)
    s.q("how many copies are set", copies, "count", "lookup", True)
    s.q("colour or black and white?", cmode[csel], "text", "selected", True)
    s.q("is double-sided printing ticked", "yes" if duplex else "no", "yesno", "state_yesno", False)


# ---------------------------------------------------------------------------
@scene("app", "sleep tracker app, week view (phone)", "dark (deep blue)", "chromium", "7 nights as CSS bars with durations printed, last night's stages")
def web_sleep(s):
    r = s.rng
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mins = r.sample(range(330, 530, 5), 7)
    stages = {"Deep": r.randint(55, 110), "REM": r.randint(70, 120), "Core": 0, "Awake": r.randint(10, 35)}
    stages["Core"] = mins[-1] - sum(v for k, v in stages.items() if k != "Core")
    hm = lambda m: f"{m//60}h {m%60:02d}m"
    bars = "".join(f"<div class=bc><div class=lab>{hm(m)}</div><div class=bar style='height:{(m-250)*0.7:.0f}px'></div><div class=d>{d}</div></div>" for d, m in zip(days, mins))
    st = "".join(f"<div class=ln><span>{k}</span><span>{hm(v)}</span></div>" for k, v in stages.items())
    html = f"""<div class=ph><div class=h>Sleep</div><div class=sub>Nov 10 – Nov 16</div><div class=avg>Avg {hm(round(sum(mins)/7))}</div><div class=chart>{bars}</div>
<div class=card><div class=ct>Last night (Sun)</div>{st}</div></div>"""
    css = """body{background:#0a1230;font-family:Lato;color:#e9ecff}.ph{width:400px;margin:0 auto;padding:16px}.h{font-size:30px;font-weight:900}.sub{color:#8d96c8}.avg{margin:8px 0 10px;color:#9fb4ff}
.chart{display:flex;align-items:flex-end;gap:8px;height:230px;border-bottom:1px solid #2a3566}.bc{flex:1;display:flex;flex-direction:column;align-items:center;justify-content:flex-end}
.bar{width:30px;background:linear-gradient(#7f8cff,#4b55d9);border-radius:6px 6px 0 0}.lab{font-size:10.5px;color:#c8cdf5;margin-bottom:4px;white-space:nowrap}.d{font-size:12px;color:#8d96c8;position:relative;top:18px}
.card{margin-top:32px;background:#131d4a;border-radius:14px;padding:14px 16px}.ct{font-weight:bold;margin-bottom:6px}.ln{display:flex;justify-content:space-between;padding:5px 0}"""
    s.html(html, 432, 1000, css)
    i = mins.index(max(mins))
    s.q("which night did I sleep the longest", days[i], "text", "argmax", True)
    s.q("how much deep sleep did I get last night?", hm(stages["Deep"]), "time", "lookup", True)
    s.q("how much longer did I sleep on Sat than on Fri", hm(abs(mins[5] - mins[4])), "time", "difference", False) if mins[5] > mins[4] else \
        s.q("how much less did I sleep on Sat than on Fri", hm(abs(mins[5] - mins[4])), "time", "difference", False)


# ---------------------------------------------------------------------------
@scene("docs", "CLI tool reference page with table of contents", "light (docs theme, serif headings)", "chromium", "left TOC with 9 sections, version switcher, options table with defaults, 1280 px")
def web_docs(s):
    toc = ["Installation", "Quick start", "Configuration file", "Command reference", "Sync options",
           "Conflict resolution", "Scheduling with cron", "Troubleshooting", "Changelog"]
    opts = [("--workers N", "8", "Parallel transfer workers."), ("--retries N", "5", "Retries per object before giving up."),
            ("--chunk-size SIZE", "16MiB", "Multipart chunk size."), ("--checksum", "off", "Compare by checksum instead of mtime."),
            ("--bwlimit RATE", "unlimited", "Limit bandwidth, e.g. 20M."), ("--dry-run", "off", "Show what would be transferred.")]
    tc = "".join(f"<li class='{'cur' if i == 4 else ''}'>{i+1}. {t}</li>" for i, t in enumerate(toc))
    tb = "".join(f"<tr><td><code>{o}</code></td><td><code>{d}</code></td><td>{x}</td></tr>" for o, d, x in opts)
    html = f"""<div class=top><b>driftsync</b><span class=v>v3.2.0 ▾</span><span class=srch>Search docs…</span></div><div class=w><ul class=toc><li class=hd>CONTENTS</li>{tc}</ul>
<div class=doc><h1>5. Sync options</h1><p>All options can also be set in <code>driftsync.toml</code>; command-line flags win over the file.</p>
<table><tr><th>Option</th><th>Default</th><th>Description</th></tr>{tb}</table>
<div class=note><b>Note</b> — <code>--checksum</code> reads every file on both sides and can be much slower on large buckets.</div></div></div>"""
    css = """body{font-family:'Open Sans';color:#2d3440}.top{display:flex;align-items:center;gap:18px;padding:12px 24px;border-bottom:1px solid #e3e6ea}.top b{font-size:22px;font-family:'URW Bookman'}
.v{background:#eef2f7;padding:3px 10px;border-radius:12px;font-size:13px}.srch{margin-left:auto;border:1px solid #d5dae1;padding:5px 80px 5px 10px;border-radius:6px;color:#999}
.w{display:flex}.toc{list-style:none;width:250px;padding:18px 24px;margin:0;border-right:1px solid #e3e6ea}.toc li{padding:6px 0;color:#4a5568}.toc .hd{font-size:12px;color:#999;letter-spacing:1px}
.toc .cur{color:#2b6cb0;font-weight:bold}.doc{flex:1;padding:10px 40px}h1{font-family:'URW Bookman';font-weight:600}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:8px 10px;border-bottom:1px solid #e3e6ea}
th{background:#f7f9fb}code{font-family:'JetBrains Mono';font-size:13px;background:#f3f4f6;padding:1px 4px;border-radius:3px}.note{margin-top:16px;background:#fff8e6;border-left:4px solid #f0b429;padding:10px 14px}"""
    s.html(html, 1280, 800, css)
    s.q("what's the third section in the contents", toc[2], "text", "nth", True)
    s.q("default for --retries?", "5", "number", "cell", True)
    s.q("which version of the docs is this", "v3.2.0", "version", "version", True)
    s.q("what section comes after Conflict resolution", toc[6], "text", "next", True)


# ---------------------------------------------------------------------------
@scene("table", "spreadsheet in a browser (Sheets-like)", "light (spreadsheet grid)", "chromium", "A-F columns, 9 rows of regional sales by quarter, name box and formula bar, 1280 px")
def web_sheet(s):
    r = s.rng
    regions = ["Nordics", "Benelux", "DACH", "Iberia", "Baltics", "Balkans", "UK & IE", "France"]
    data = [[r.randint(120, 990) for _ in range(4)] for _ in regions]
    q3 = [d[2] for d in data]
    while q3.count(max(q3)) > 1:
        data[q3.index(max(q3))][2] += 1; q3 = [d[2] for d in data]
    sel_row = 5  # row number in sheet (header is row 1)
    cells = ""
    cols = "ABCDEF"
    hdr = ["Region", "Q1", "Q2", "Q3", "Q4", "Total"]
    cells += "<tr><th class=c></th>" + "".join(f"<th class=c>{c}</th>" for c in cols) + "</tr>"
    cells += "<tr><th class=rn>1</th>" + "".join(f"<td class=b>{h}</td>" for h in hdr) + "</tr>"
    for i, (rg, d) in enumerate(zip(regions, data)):
        rn = i + 2
        vals = [rg] + [f"{v:,}" for v in d] + [f"{sum(d):,}"]
        cells += f"<tr><th class=rn>{rn}</th>" + "".join(
            f"<td class='{'sel' if (rn == sel_row and j == 3) else ''}{' n' if j else ''}'>{v}</td>" for j, v in enumerate(vals)) + "</tr>"
    html = f"""<div class=tt><span class=ic>▦</span> <b>EMEA sales 2025</b> <span class=m>File Edit View Insert Format Data Tools</span></div>
<div class=fb><span class=nb>D{sel_row}</span><span class=fx>fx</span><span>{data[sel_row-2][2]}</span></div><table>{cells}</table>
<div class=tabs><span class=on>by quarter</span><span>by product</span><span>notes</span></div>"""
    css = """body{font-family:Roboto;font-size:14px;color:#202124}.tt{padding:10px 14px}.ic{color:#0f9d58;font-size:22px}.m{margin-left:20px;color:#444}
.fb{display:flex;gap:12px;border-top:1px solid #dadce0;border-bottom:1px solid #dadce0;padding:5px 10px;align-items:center}.nb{border-right:1px solid #dadce0;width:70px}.fx{color:#999;font-style:italic}
table{border-collapse:collapse}td,th{border:1px solid #e2e3e3;padding:4px 8px;height:21px}th.c,th.rn{background:#f8f9fa;color:#5f6368;font-weight:normal;text-align:center}th.rn{width:36px}
td{width:130px}td.n{text-align:right}td.b{font-weight:bold;background:#f1f8ef}td.sel{outline:2px solid #1a73e8;outline-offset:-2px;background:#e8f0fe}
.tabs{margin-top:12px;background:#f8f9fa;padding:6px 10px;border-top:1px solid #dadce0}.tabs span{padding:6px 14px;margin-right:4px}.tabs .on{background:white;color:#188038;font-weight:bold;border-bottom:2px solid #188038}"""
    s.html(html, 1280, 700, css)
    s.q("what's in cell C4", f"{data[2][1]:,}", "number", "cell", True)
    s.q("which region sold the most in Q3", regions[q3.index(max(q3))], "text", "argmax", True)
    a, b = "Iberia", "Baltics"
    s.q(f"{a} Q4 minus {b} Q4 = ?", data[3][3] - data[4][3], "number", "subtract", False)
    s.q("what cell is selected", f"D{sel_row}", "code", "read", True)


# ---------------------------------------------------------------------------
@scene("table", "cycling stage-race general classification", "light (yellow jersey accent)", "chromium", "top 12 riders: rank, rider, team, time, gap")
def web_cycling(s):
    r = s.rng
    riders = [("Tadej Vrhovec", "Adriatic Pro"), ("Jonas Kristiansen", "Fjord-Visma"), ("Remco De Smet", "Flanders Quick"),
              ("Egan Cárdenas", "Andes Racing"), ("Primož Kranjc", "Fjord-Visma"), ("Juan Ayala", "Iberia Cycling"),
              ("Mattias Skov", "Fjord-Visma"), ("Ben O'Halloran", "Celtic Road"), ("Sepp Huber", "Alpenteam"),
              ("Luca Moretti", "Adriatic Pro"), ("Richard Cárdenas", "Andes Racing"), ("Tom Pidduck", "Celtic Road")]
    gaps = sorted(r.sample(range(8, 900), len(riders) - 1))
    base = 60 * 60 * 79 + 17 * 60 + 42
    def hms(t):
        return f"{t//3600}h {t%3600//60:02d}' {t%60:02d}\""
    def gp(g):
        return f"+ {g//60:02d}' {g%60:02d}\"" if g else "—"
    gaps = [0] + gaps
    rows = "".join(f"<tr class='{'y' if i == 0 else ''}'><td>{i+1}</td><td><b>{n}</b></td><td>{t}</td><td>{hms(base+g)}</td><td>{gp(g)}</td></tr>" for i, ((n, t), g) in enumerate(zip(riders, gaps)))
    html = f"""<div class=hd>TOUR DES ALPES MARITIMES · Stage 17 · General classification</div><table><tr><th>#</th><th>Rider</th><th>Team</th><th>Time</th><th>Gap</th></tr>{rows}</table>"""
    css = """body{font-family:'Roboto Condensed';background:#fff;color:#111;font-size:16px}.hd{background:#111;color:#ffd600;padding:14px 20px;font-size:20px;font-weight:bold;letter-spacing:1px}
table{width:100%;border-collapse:collapse}th{text-align:left;background:#ffd600;padding:8px 14px}td{padding:7px 14px;border-bottom:1px solid #e5e5e5}.y td{background:#fff8c4}"""
    s.html(html, 1000, 900, css)
    s.q("who's leading the GC", riders[0][0], "person", "lookup", True)
    k = 5
    s.q(f"how far behind is {riders[k][0]}?", gp(gaps[k]), "time", "cell", True)
    s.q("how many Fjord-Visma riders are in this top 12", sum(t == "Fjord-Visma" for _, t in riders), "count", "count", False)


# ---------------------------------------------------------------------------
@scene("table", "tide table widget (5 days)", "light (sea blue)", "chromium", "high/low tide times and heights for 5 days in a grid")
def web_tides(s):
    r = s.rng
    days = [dt.date(2026, 1, 15) + dt.timedelta(days=i) for i in range(5)]
    t0 = 5 * 60 + 12
    grid = []
    for i, d in enumerate(days):
        evs = []
        t = t0 + i * 50
        for k in range(4):
            tm = t + k * (6 * 60 + 12) + r.randint(-6, 6)
            if tm >= 24 * 60:
                break
            kind = "High" if k % 2 == 0 else "Low"
            h = round(r.uniform(3.6, 4.9), 2) if kind == "High" else round(r.uniform(0.3, 1.4), 2)
            evs.append((kind, f"{tm//60:02d}:{tm%60:02d}", h))
        grid.append(evs)
    highs = [(h, d, tm) for d, evs in zip(days, grid) for k, tm, h in evs if k == "High"]
    assert [h for h, _, _ in highs].count(max(highs)[0]) == 1
    cols = "".join(f"<div class=col><div class=dh>{d:%a %d %b}</div>" + "".join(
        f"<div class='ev {k.lower()}'><span>{k}</span><b>{tm}</b><i>{h:.2f} m</i></div>" for k, tm, h in evs) + "</div>" for d, evs in zip(days, grid))
    html = f"""<div class=w><div class=t>🌊 Tide times · St Ives (Cornwall) <small>heights above chart datum · times GMT</small></div><div class=g>{cols}</div></div>"""
    css = """body{font-family:Lato;background:#e8f3f8}.w{margin:16px;background:white;border-radius:12px;padding:16px}.t{font-size:20px;font-weight:bold;color:#0b4f6c;margin-bottom:12px}.t small{font-weight:normal;color:#7a8c95;font-size:13px;margin-left:8px}
.g{display:flex;gap:10px}.col{flex:1}.dh{background:#0b4f6c;color:white;text-align:center;padding:6px;border-radius:6px 6px 0 0;font-weight:bold}
.ev{display:flex;flex-direction:column;align-items:center;padding:8px;border-bottom:1px solid #e5eef2}.ev span{font-size:12px;text-transform:uppercase;letter-spacing:1px}.high span{color:#0b7fab}.low span{color:#b07a1e}
.ev b{font-size:20px}.ev i{font-style:normal;color:#555}"""
    s.html(html, 1100, 800, css)
    h, d, tm = max(highs)
    s.q("when is the highest tide of these days (day and time)?", [f"{d:%a %d %b}", tm], "time", "argmax", True)
    d3 = grid[2]
    fh = [x for x in d3 if x[0] == "High"][0]
    s.q(f"first high tide on {days[2]:%A}?", fh[1], "time", "lookup", True)
    lows = [(hh, dd) for dd, evs in zip(days, grid) for k, _, hh in evs if k == "Low"]
    assert [x[0] for x in lows].count(min(lows)[0]) == 1
    s.q("lowest low tide height", f"{min(lows)[0]:.2f} m", "number", "argmin", True)


# ---------------------------------------------------------------------------
@scene("chat", "team chat with a poll (Slack-like)", "light (aubergine sidebar)", "chromium", "channel messages, poll with vote counts, 1150 px")
def web_chat_poll(s):
    r = s.rng
    opts = ["Thai Orchid", "Burrito Bros", "Pho 99", "Falafel Corner"]
    votes = r.sample(range(1, 11), 4)
    msgs = [("Oona Lindgren", "11:02", "Team lunch Friday to celebrate the launch 🎉 — vote below, poll closes at 3pm"),
            ("Rafael Quispe", "11:05", "Pho 99 please, it's raining all week"),
            ("Adebayo Nwosu", "11:09", "anything but burritos again 😅"),
            ("Oona Lindgren", "11:31", "Reminder: Friday 12:30, I'll book a table for everyone who voted")]
    poll = "".join(f"<div class=po><span>{o}</span><span class=bar style='width:{v*18}px'></span><b>{v}</b></div>" for o, v in zip(opts, votes))
    m = ""
    for i, (n, t, x) in enumerate(msgs):
        m += f"<div class=m><span class=av>{n[0]}</span><div><b>{n}</b> <small>{t}</small><div>{x}</div>" + (f"<div class=poll><b>📊 Poll: Where should we go?</b>{poll}<small>{sum(votes)} votes · anonymous</small></div>" if i == 0 else "") + "</div></div>"
    html = f"""<div class=app><div class=sb><b>Northwind Studio</b><div># general</div><div class=on># launch-party</div><div># design</div><div># random</div></div><div class=main><div class=ch># launch-party</div>{m}</div></div>"""
    css = """body{font-family:Lato;font-size:15px;color:#1d1c1d}.app{display:flex;min-height:560px}.sb{width:230px;background:#3f0e40;color:#cfc3cf;padding:14px}.sb b{color:white;display:block;margin-bottom:14px;font-size:17px}.sb div{padding:4px 8px}.sb .on{background:#1164a3;color:white;border-radius:4px}
.main{flex:1}.ch{padding:14px 20px;border-bottom:1px solid #ddd;font-weight:900}.m{display:flex;gap:10px;padding:10px 20px}.av{width:36px;height:36px;border-radius:6px;background:#e8912d;color:white;display:flex;align-items:center;justify-content:center;font-weight:bold;flex:none}
small{color:#616061}.poll{margin-top:8px;border:1px solid #ddd;border-radius:8px;padding:10px 14px;width:460px}.po{display:flex;align-items:center;gap:10px;padding:5px 0}.po span:first-child{width:130px}.bar{height:10px;background:#1264a3;border-radius:4px}"""
    s.html(html, 1150, 700, css)
    s.q("which restaurant is winning the poll", opts[votes.index(max(votes))], "text", "argmax", True)
    s.q("how many votes for Pho 99 and Thai Orchid combined?", votes[2] + votes[0], "number", "sum", False)
    s.q("who started the poll", "Oona Lindgren", "person", "party", True)
    s.q("what percentage of the votes went to Falafel Corner", f"{votes[3] / sum(votes) * 100:.1f}%", "percent", "share", False)


# ---------------------------------------------------------------------------
@scene("app", "to-do app with due dates (desktop)", "light (warm white, red overdue)", "chromium", "10 tasks with lists, due dates, done checkboxes, overdue marked; today = 12 Nov 2025")
def web_todo(s):
    r = s.rng
    today = dt.date(2025, 11, 12)
    tasks = [("Renew passport", "Personal"), ("Send Q4 budget draft to Inés", "Work"), ("Book dentist check-up", "Personal"),
             ("Fix leaking bathroom tap", "Home"), ("Review Dario's design doc", "Work"), ("Pay council tax", "Home"),
             ("Buy birthday present for Mum", "Personal"), ("Prepare onboarding slides", "Work"), ("Cancel gym trial", "Personal"),
             ("Order winter tyres", "Home")]
    offs = r.sample(range(-6, 12), len(tasks))
    done = [r.random() < 0.3 for _ in tasks]
    items = list(zip(tasks, offs, done))
    items.sort(key=lambda x: x[1])
    rows = ""
    for (t, l), o, dn in items:
        due = today + dt.timedelta(days=o)
        od = (o < 0 and not dn)
        rows += (f"<div class='t{' dn' if dn else ''}'><span class='cb{' on' if dn else ''}'>{'✓' if dn else ''}</span><span class=nm>{t}</span>"
                 f"<span class=ls>{l}</span><span class='due{' od' if od else ''}'>{'Overdue · ' if od else ''}{due:%a %d %b}</span></div>")
    html = f"""<div class=w><div class=sb><b>Tasklet</b><div class=on>All tasks</div><div>Today</div><div>Personal</div><div>Work</div><div>Home</div></div>
<div class=main><h2>All tasks <small>Wednesday 12 November 2025</small></h2>{rows}</div></div>"""
    css = """body{font-family:'Open Sans';background:#fbf8f3;color:#333}.w{display:flex}.sb{width:200px;padding:20px;border-right:1px solid #eee6da;min-height:560px}.sb b{font-size:20px;color:#db4c3f;display:block;margin-bottom:16px}.sb div{padding:6px 8px}.sb .on{background:#f3e9dc;border-radius:6px}
.main{flex:1;padding:10px 30px}h2 small{font-weight:normal;color:#999;font-size:14px;margin-left:8px}.t{display:flex;align-items:center;gap:12px;padding:10px 0;border-bottom:1px solid #eee6da}
.cb{width:18px;height:18px;border-radius:50%;border:2px solid #bbb;box-sizing:border-box;font-size:11px;text-align:center;line-height:14px;color:white}.cb.on{background:#7a9e7e;border-color:#7a9e7e}
.dn .nm{text-decoration:line-through;color:#aaa}.ls{font-size:12px;background:#efe7db;padding:2px 8px;border-radius:10px;margin-left:auto}.due{width:190px;text-align:right;color:#777;font-size:14px}.od{color:#db4c3f;font-weight:bold}"""
    s.html(html, 1100, 900, css)
    od = [t for (t, _), o, dn in items if o < 0 and not dn]
    s.q("how many tasks are overdue", len(od), "count", "count", False)
    fut = [(o, t) for (t, _), o, dn in items if o >= 0 and not dn]
    s.q("what's the next thing due that isn't done yet", min(fut)[1], "text", "next", True)
    rp = [dn for (t, _), o, dn in items if t == "Renew passport"][0]
    s.q("did I tick off renew passport?", "yes" if rp else "no", "yesno", "state_yesno", False)


# ---------------------------------------------------------------------------
@scene("shop", "product page with variants", "light (minimal, black buttons)", "chromium", "trail shoe: price with strikethrough, size/colour selected, rating, stock note, 1280 px")
def web_product(s):
    r = s.rng
    was = 159.95
    pct = r.choice([20, 25, 30])
    now = round(was * (1 - pct / 100), 2)
    sizes = ["EU 39", "EU 40", "EU 41", "EU 42", "EU 43", "EU 44", "EU 45"]
    ssel = r.randint(2, 5)
    sold = [0, 6]
    colours = ["Moss / Black", "Glacier Blue", "Rust Orange"]
    csel = 1
    rating = 4.6
    nrev = r.randint(140, 900)
    sz = "".join(f"<span class='sz{' on' if i == ssel else ''}{' out' if i in sold else ''}'>{x}</span>" for i, x in enumerate(sizes))
    cl = "".join(f"<span class='cl{' on' if i == csel else ''}'>{x}</span>" for i, x in enumerate(colours))
    html = f"""<div class=nav><b>NORDKAPP OUTDOOR</b><span>Men · Women · Kids · Sale</span><span>Cart (0)</span></div><div class=w><div class=img><div class=shoe></div></div>
<div class=info><small>Trail running · Men</small><h1>Skarven GTX Trail Runner</h1><div class=rt>★★★★★ {rating} <u>({nrev} reviews)</u></div>
<div class=pr><span class=now>€{now:.2f}</span> <s>€{was:.2f}</s> <span class=badge>−{pct}%</span></div>
<div class=lab>Colour: <b>{colours[csel]}</b></div>{cl}<div class=lab>Size: <b>{sizes[ssel]}</b></div><div class=szs>{sz}</div>
<div class=stock>Only 3 left in {sizes[ssel]} · free delivery by Thu 20 Nov</div><div class=btn>Add to cart</div></div></div>"""
    css = """body{font-family:Roboto;color:#111}.nav{display:flex;justify-content:space-between;padding:16px 30px;border-bottom:1px solid #eee}.nav b{letter-spacing:3px}.w{display:flex;gap:40px;padding:24px 30px}
.img{flex:1.1;background:#f3f3f1;border-radius:8px;height:470px;display:flex;align-items:center;justify-content:center}.shoe{width:360px;height:140px;background:#7aa3c8;border-radius:40% 60% 20% 20%;box-shadow:0 30px 0 -10px #333}
.info{flex:1}small{color:#777}h1{margin:6px 0}.rt{color:#e0a400}.rt u{color:#555}.pr{margin:14px 0;font-size:24px}.now{font-weight:bold;color:#c62828}s{color:#888;font-size:18px}.badge{background:#c62828;color:white;font-size:14px;padding:2px 8px;border-radius:3px}
.lab{margin:14px 0 6px}.cl,.sz{display:inline-block;border:1px solid #ccc;padding:8px 12px;margin:0 6px 6px 0;border-radius:4px}.on{border:2px solid #111;font-weight:bold}.out{color:#bbb;text-decoration:line-through;background:#fafafa}
.stock{color:#b45309;margin:10px 0}.btn{background:#111;color:white;text-align:center;padding:14px;border-radius:4px;font-weight:bold;margin-top:12px}"""
    s.html(html, 1280, 800, css)
    s.q("what size have I picked", sizes[ssel], "text", "selected", True)
    s.q("how much is the discount", f"{pct}%", "percent", "lookup", True)
    s.q("how many reviews does it have?", nrev, "count", "lookup", True)
    s.q("is EU 45 available", "no", "yesno", "exists", False)


# ---------------------------------------------------------------------------
@scene("web", "public status page", "light (white, green/amber)", "chromium", "8 components with status, 90-day uptime %, 5 past incidents with dates")
def web_status(s):
    r = s.rng
    comps = ["Website", "REST API", "Webhooks", "Dashboard", "Payments", "Email delivery", "Search", "CDN"]
    st = ["Operational"] * 8
    deg = r.choice([2, 5, 6])
    st[deg] = "Degraded performance"
    up = [round(r.uniform(99.50, 100.0), 2) for _ in comps]
    rows = "".join(f"<div class=c><span>{c}</span><span class=up>{u:.2f}% uptime</span><span class='s {'d' if x != 'Operational' else ''}'>{x}</span></div>" for c, u, x in zip(comps, up, st))
    inc = [("Nov 14, 2025", "Delayed email delivery to Outlook recipients"), ("Nov 2, 2025", "Elevated API error rates in eu-west"),
           ("Oct 21, 2025", "Dashboard login failures"), ("Oct 3, 2025", "Scheduled maintenance: database upgrade"), ("Sep 18, 2025", "Webhook retries delayed")]
    il = "".join(f"<div class=i><b>{t}</b><small>{d} · Resolved</small></div>" for d, t in inc)
    html = f"""<div class=w><div class=hd><b>Parcelwise</b> status</div><div class=banner>Partial degradation: {comps[deg]}</div>
<div class=box>{rows}</div><h3>Past incidents</h3>{il}</div>"""
    css = """body{font-family:Lato;background:#f7f8fa;color:#222}.w{width:900px;margin:0 auto;padding:20px}.hd{font-size:26px;margin-bottom:16px}.banner{background:#f59e0b;color:white;padding:14px 18px;border-radius:6px;font-weight:bold}
.box{background:white;border:1px solid #e4e6eb;border-radius:6px;margin-top:16px}.c{display:flex;padding:12px 18px;border-bottom:1px solid #eef0f3}.c span:first-child{flex:1;font-weight:bold}.up{color:#888;width:170px}.s{color:#16a34a;width:200px;text-align:right}.s.d{color:#d97706}
.i{background:white;border:1px solid #e4e6eb;border-radius:6px;padding:10px 16px;margin-bottom:8px}.i small{display:block;color:#888;margin-top:3px}"""
    s.html(html, 1000, 1000, css)
    s.q("which service is having problems", comps[deg], "text", "lookup", True)
    s.q("uptime of the REST API?", f"{up[1]:.2f}%", "percent", "lookup", True)
    s.q("what was the most recent incident", inc[0][1], "text", "latest", True)


# ---------------------------------------------------------------------------
@scene("web", "flight search results", "light (white cards, blue prices)", "chromium", "7 options: airline, times, duration, stops, price in A$")
def web_flights(s):
    r = s.rng
    al = ["Qantas", "Air New Zealand", "Jetstar", "Virgin Australia", "LATAM", "Fiji Airways", "Emirates"]
    res = []
    for a in al:
        dep = r.randint(6 * 12, 22 * 12) * 5
        stops = r.choice([0, 0, 1, 1, 2]) if a not in ("Jetstar",) else 0
        dur = 195 + stops * r.randint(90, 200) + r.randint(-10, 20)
        price = r.randint(289, 980)
        res.append([a, dep, dur, stops, price])
    pr = [x[4] for x in res]
    while len(set(pr)) < len(pr):
        res[pr.index(min(pr))][4] -= 1; pr = [x[4] for x in res]
    hm = lambda m: f"{m//60 % 24:02d}:{m%60:02d}"
    dur_s = lambda m: f"{m//60}h {m%60:02d}m"
    res.sort(key=lambda x: x[1])
    cards = "".join(f"<div class=cd><b class=al>{a}</b><span class=tm>{hm(d)} → {hm(d+du)}{'<sup>+1</sup>' if d+du >= 1440 else ''}</span><span>{dur_s(du)}</span><span class='st{' ns' if sp == 0 else ''}'>{'Nonstop' if sp == 0 else str(sp) + ' stop' + ('s' if sp > 1 else '')}</span><span class=pr>A${p}</span></div>" for a, d, du, sp, p in res)
    html = f"""<div class=top><b>SYD → AKL</b> · Thu 5 Feb 2026 · 1 adult · Economy</div><div class=w><div class=f><b>Filters</b><div>☑ Nonstop</div><div>☑ 1 stop</div><div>☑ 2+ stops</div></div><div class=r>{cards}</div></div>"""
    css = """body{font-family:Roboto;background:#f1f4f8;color:#1b2430}.top{background:#0b3d91;color:white;padding:14px 26px;font-size:17px}.w{display:flex;gap:20px;padding:18px 26px}.f{width:180px;background:white;padding:14px;border-radius:8px;align-self:flex-start}.f div{padding:5px 0}
.r{flex:1}.cd{display:grid;grid-template-columns:200px 220px 110px 110px 1fr;align-items:center;background:white;border-radius:8px;padding:14px 18px;margin-bottom:8px}.tm{font-size:19px;font-weight:500}.st{color:#b45309}.ns{color:#15803d}.pr{text-align:right;font-size:22px;font-weight:bold;color:#0b3d91}"""
    s.html(html, 1200, 900, css)
    cheap = min(res, key=lambda x: x[4])
    s.q("which airline is cheapest", cheap[0], "text", "argmin", True)
    s.q("how many nonstop flights are there", sum(x[3] == 0 for x in res), "count", "count", False)
    s.q("what's the earliest departure time?", hm(res[0][1]), "time", "earliest", True)


# ---------------------------------------------------------------------------
@scene("slide", "agenda slide (16:9)", "light (cream, serif title)", "chromium", "title, 6 numbered agenda items, presenter and date footer")
def slide_agenda(s):
    items = ["Where we are: FY25 in numbers", "Customer research highlights", "The three bets for 2026",
             "Hiring plan & budget", "Risks and mitigations", "Q&A"]
    li = "".join(f"<li><span>{i+1:02d}</span>{t}</li>" for i, t in enumerate(items))
    html = f"""<div class=sl><div class=kick>OFFSITE · LISBON · 27 JAN 2026</div><h1>Agenda</h1><ol>{li}</ol>
<div class=ft><span>Presented by Ana Beatriz Lobo, COO</span><span>2 / 24</span></div></div>"""
    css = """body{margin:0}.sl{width:1280px;height:720px;box-sizing:border-box;padding:60px 90px;background:#f7f1e3;font-family:'Open Sans';color:#2c2a26;position:relative}
.kick{letter-spacing:3px;color:#b5542c;font-size:14px;font-weight:bold}h1{font-family:'C059';font-size:64px;margin:10px 0 24px}ol{list-style:none;padding:0;columns:2;column-gap:60px}
li{font-size:24px;padding:14px 0;border-bottom:1px solid #dccfb3;break-inside:avoid}li span{color:#b5542c;font-weight:bold;margin-right:18px}.ft{position:absolute;bottom:30px;left:90px;right:90px;display:flex;justify-content:space-between;color:#8b8577}"""
    s.html(html, 1280, 720, css, trim=False)
    s.q("what's the 4th agenda point", items[3], "text", "nth", True)
    s.q("who is presenting", "Ana Beatriz Lobo", "person", "party", True)
    s.q("slide title?", "Agenda", "text", "title", True)


@scene("slide", "KPI comparison slide (16:9)", "dark (teal gradient)", "chromium", "4 KPI cards: 2024 vs 2025 values with deltas, title and footnote")
def slide_kpis(s):
    r = s.rng
    k = [("Active subscribers", r.randint(41000, 52000), r.randint(53000, 70000), ""),
         ("Monthly churn", round(r.uniform(3.0, 4.2), 1), round(r.uniform(2.1, 3.0), 1), "%"),
         ("Avg revenue per user", round(r.uniform(8, 10), 2), round(r.uniform(10, 12), 2), "€"),
         ("Support tickets / 1k users", r.randint(30, 45), r.randint(20, 29), "")]
    def f(v, u):
        if u == "%":
            return f"{v}%"
        if u == "€":
            return f"€{v:.2f}"
        return f"{v:,}"
    cards = "".join(f"<div class=c><div class=n>{n}</div><div class=v>{f(b,u)}</div><div class=p>2024: {f(a,u)}</div></div>" for n, a, b, u in k)
    html = f"""<div class=sl><h1>2025 in four numbers</h1><div class=sub>Year-end review · Streamly Kids</div><div class=g>{cards}</div><div class=fn>Source: billing warehouse, 31 Dec 2025 snapshot. Slide 7</div></div>"""
    css = """.sl{width:1280px;height:720px;box-sizing:border-box;padding:60px 80px;background:linear-gradient(135deg,#0f2f3a,#135e64);font-family:Lato;color:white;position:relative}
h1{font-size:54px;margin:0}.sub{color:#9fd3d0;font-size:20px;margin-top:8px}.g{display:grid;grid-template-columns:1fr 1fr;gap:24px;margin-top:40px}.c{background:#ffffff14;border-radius:16px;padding:22px 28px}
.n{color:#9fd3d0;font-size:18px}.v{font-size:48px;font-weight:900;margin:6px 0}.p{color:#cfe8e6}.fn{position:absolute;bottom:24px;left:80px;color:#8fb8b6;font-size:14px}"""
    s.html(html, 1280, 720, css, trim=False)
    a, b = k[0][1], k[0][2]
    s.q("how many more active subscribers in 2025 than 2024", b - a, "number", "difference", False)
    s.q("by what factor did ARPU change from 2024 to 2025? (2025 ÷ 2024, 2 decimals)", f"{k[2][2]/k[2][1]:.2f}", "number", "ratio", False)
    s.q("monthly churn in 2025?", f(k[1][2], "%"), "percent", "lookup", True)
    s.q("what's the title of this slide", "2025 in four numbers", "text", "title", True)


# ---------------------------------------------------------------------------
@scene("diagram", "approval flowchart", "light (white, coloured shapes)", "PIL", "start/end ovals, process rectangles, decision diamonds, arrows with yes/no labels")
def diag_flow(s):
    W, H = 1100, 620
    im = Image.new("RGB", (W, H), "white")
    d = ImageDraw.Draw(im)
    f = font("Lato-Regular.ttf", 17)
    fb = font("Lato-Bold.ttf", 22)
    strings = ["Expense claim approval"]
    d.text((30, 20), "Expense claim approval", font=fb, fill="#222")
    nodes = {}
    def box(key, cx, cy, w, h, kind, col, text):
        x0, y0, x1, y1 = cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2
        if kind == "oval":
            d.ellipse([x0, y0, x1, y1], fill=col, outline="#333", width=2)
        elif kind == "rect":
            d.rectangle([x0, y0, x1, y1], fill=col, outline="#333", width=2)
        elif kind == "diamond":
            d.polygon([(cx, y0), (x1, cy), (cx, y1), (x0, cy)], fill=col, outline="#333")
        d.multiline_text((cx, cy), text, font=f, fill="#111", anchor="mm", align="center")
        strings.append(text)
        nodes[key] = (cx, cy, w, h)
    def arrow(p, q, label=None):
        d.line([p, q], fill="#444", width=3)
        import math
        a = math.atan2(q[1] - p[1], q[0] - p[0])
        d.polygon([q, (q[0] - 12 * math.cos(a - 0.4), q[1] - 12 * math.sin(a - 0.4)), (q[0] - 12 * math.cos(a + 0.4), q[1] - 12 * math.sin(a + 0.4))], fill="#444")
        if label:
            mx, my = (p[0] + q[0]) / 2, (p[1] + q[1]) / 2
            d.text((mx + 6, my - 22), label, font=f, fill="#444"); strings.append(label)
    box("start", 110, 140, 160, 70, "oval", "#c8e6c9", "Submit claim")
    box("check", 340, 140, 180, 70, "rect", "#bbdefb", "Attach receipts")
    box("dec1", 590, 140, 210, 130, "diamond", "#fff59d", "Over €500?")
    box("mgr", 590, 380, 190, 70, "rect", "#bbdefb", "Manager review")
    box("dec2", 850, 380, 200, 130, "diamond", "#fff59d", "Approved?")
    box("pay", 850, 140, 180, 70, "rect", "#bbdefb", "Finance pays")
    box("rej", 850, 560, 180, 60, "rect", "#e53935", "Return to employee")
    box("end", 1030, 250, 110, 60, "oval", "#c8e6c9", "Done")
    arrow((190, 140), (250, 140)); arrow((430, 140), (485, 140)); arrow((695, 140), (760, 140), "No")
    arrow((590, 205), (590, 345), "Yes"); arrow((685, 380), (750, 380)); arrow((850, 315), (850, 175), "Yes")
    arrow((850, 445), (850, 530), "No"); arrow((940, 160), (1000, 225))
    s.pil(im, strings)
    s.q("what shape is the 'Over €500?' step", "diamond", "text", "shape", False)
    s.q("what colour is the Return to employee box", "red", "text", "colour", False)
    s.q("are there more rectangles than diamonds in this flowchart?", "yes", "yesno", "count_compare", False)
    s.q("what happens after 'Attach receipts'", "Over €500?", "text", "next", True)
