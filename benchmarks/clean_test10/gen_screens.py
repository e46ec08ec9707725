"""Terminals, documentation pages, HTML tables, spreadsheets, forms."""
from common import render_html, q, esc, fmt_en, fmt_de, fmt_fr, fmt_ch, cents, RNG


def term(title, text, theme="dark", font="JetBrains Mono", size=14, width=900):
    th = {"dark": ("#1e1f29", "#e6e6e6", "#2b2d3a"), "light": ("#fdf6e3", "#073642", "#eee8d5"),
          "green": ("#0c140c", "#b6f5b0", "#1d2a1d"), "blue": ("#0f2540", "#dbe7f5", "#183a62")}[theme]
    return (f"<div class=tw style='width:{width}px;background:{th[0]};color:{th[1]}'><div class=tb style='background:{th[2]}'>"
            f"<i style='background:#ff5f56'></i><i style='background:#ffbd2e'></i><i style='background:#27c93f'></i><span>{esc(title)}</span></div>"
            f"<pre style=\"font-family:'{font}';font-size:{size}px\">{text}</pre></div>")


TCSS = """.tw{margin:16px;border-radius:8px;overflow:hidden;box-shadow:0 4px 16px #0006}.tb{height:30px;display:flex;align-items:center;padding-left:12px;gap:8px;font-family:'Noto Sans';font-size:13px;color:#999}
.tb i{width:12px;height:12px;border-radius:6px;display:inline-block}.tb span{margin-left:14px}pre{margin:0;padding:14px 16px;line-height:1.45;white-space:pre}
.g{color:#50fa7b}.r{color:#ff5555}.y{color:#f1fa8c}.c{color:#8be9fd}.m{color:#bd93f9}.d{color:#6272a4}.b{font-weight:bold}"""


def t_df():
    name = "term_df_h"
    fs = [("/dev/nvme0n1p2", 468, 391, "/"), ("/dev/nvme0n1p1", 0.5, 0.061, "/boot/efi"), ("/dev/sda1", 1800, 1690, "/srv/backup"),
          ("/dev/mapper/vg-home", 916, 402, "/home"), ("tmpfs", 15.6, 0.0025, "/dev/shm"), ("/dev/sdb1", 3600, 2140, "/mnt/media")]
    def h(g):
        if g >= 1000: return f"{g/1000:.1f}T"
        if g >= 1: return f"{g:.0f}G"
        return f"{g*1000:.0f}M" if g * 1000 >= 1 else f"{g*1e6:.0f}K"
    lines = "<span class=g>maja@orca</span>:<span class=c>~</span>$ df -h\nFilesystem           Size  Used Avail Use% Mounted on\n"
    pcts = {}
    for dev, size, used, mnt in fs:
        avail = size - used
        pct = round(100 * used / size)
        pcts[mnt] = pct
        lines += f"{dev:<20} {h(size):>5} {h(used):>5} {h(avail):>5} {pct:>3}% {mnt}\n"
    lines += "<span class=g>maja@orca</span>:<span class=c>~</span>$ "
    render_html(name, term("maja@orca: ~", lines), 960, 400, TCSS, bg="#3b3f4a")
    top = max(pcts, key=pcts.get)
    q(name, "which mount is the fullest?", top, "text", "terminal", "argmax Use%")
    q(name, "how much space is left on /home", h(916 - 402), "text", "terminal", "avail for mount")
    q(name, "What percentage of /mnt/media is used?", f"{pcts['/mnt/media']}%", "number", "terminal", "use% for mount")


def t_kubectl():
    name = "term_kubectl_pods"
    pods = [("api-gateway-7d9f8c6b5-2xkqp", "1/1", "Running", 0, "3d4h"), ("api-gateway-7d9f8c6b5-9lmvn", "1/1", "Running", 0, "3d4h"),
            ("billing-worker-5c8d7f9d4-kt7rz", "0/1", "CrashLoopBackOff", 17, "52m"), ("search-indexer-0", "1/1", "Running", 2, "11d"),
            ("search-indexer-1", "1/1", "Running", 1, "11d"), ("notif-svc-66b4c9f7d8-wq2hd", "0/1", "Pending", 0, "4m12s"),
            ("redis-master-0", "1/1", "Running", 0, "27d"), ("image-resizer-84f7c5d9b-zz4t8", "1/1", "Running", 5, "6h")]
    t = "$ kubectl get pods -n prod-eu\nNAME                              READY   STATUS             RESTARTS   AGE\n"
    for n, r, s, rs, a in pods:
        col = {"Running": "g", "CrashLoopBackOff": "r", "Pending": "y"}[s]
        t += f"{n:<33} {r:<7} <span class={col}>{s:<18}</span> {rs:<10} {a}\n"
    render_html(name, term("ops — kubectl", t, "blue", "Fira Code", 14, 860), 920, 380, TCSS, bg="#dde3ea")
    running = sum(1 for p in pods if p[2] == "Running")
    q(name, "which pod is crash looping?", pods[2][0], "code", "terminal", "pod by status")
    q(name, "how many pods are running", str(running), "count", "terminal", "count by status", literal=False)
    q(name, "how many restarts has the image resizer had?", "5", "number", "terminal", "cell lookup")


def t_pytest():
    name = "term_pytest_fail"
    t = """$ pytest -q tests/
<span class=g>........................</span><span class=r>F</span><span class=g>..........</span><span class=y>s</span><span class=g>.......</span><span class=r>F</span><span class=g>.......</span>   [100%]
=================================== FAILURES ===================================
<span class=r b>____________________ test_currency_rounding[EUR-0.005] _______________________</span>

    def test_currency_rounding(code, amount):
&gt;       assert round_money(amount, code) == Decimal("0.01")
<span class=r>E       AssertionError: assert Decimal('0.00') == Decimal('0.01')</span>

tests/test_money.py:88: AssertionError
<span class=r b>__________________________ test_parse_iban_checksum ___________________________</span>

    def test_parse_iban_checksum():
&gt;       iban = parse_iban("GB82 WEST 1234 5698 7654 32")
<span class=r>E       KeyError: 'country_length'</span>

tests/test_iban.py:41: KeyError
=========================== short test summary info ============================
FAILED tests/test_money.py::test_currency_rounding[EUR-0.005] - AssertionError
FAILED tests/test_iban.py::test_parse_iban_checksum - KeyError: 'country_length'
<span class=r>============= 2 failed, 38 passed, 1 skipped, 3 warnings in 4.71s ==============</span>"""
    render_html(name, term("bash — ledgerly", t, "dark", "JetBrains Mono", 13, 820), 880, 640, TCSS, bg="#222")
    q(name, "how many tests passed?", "38", "count", "terminal", "summary count")
    q(name, "what error did the IBAN test fail with", "KeyError: 'country_length'", "error", "terminal", "error message")
    q(name, "how long did the test run take?", "4.71s", "text", "terminal", "duration")


def t_tmux():
    """Screenshot-size tmux window: docker ps on the left, git log on the right, htop-ish bottom."""
    name = "term_tmux_docker_git"
    ctr = [("a41f09c2e7b1", "postgres:16.3", "Up 6 days (healthy)", "0.0.0.0:5432->5432/tcp", "db"),
           ("9c0e7d35ab22", "ghcr.io/acme/web:2.14.1", "Up 3 hours", "0.0.0.0:8080->3000/tcp", "web"),
           ("e5b7aa10f3c8", "redis:7.2-alpine", "Up 6 days", "6379/tcp", "cache"),
           ("17d2c9be4f60", "grafana/grafana:11.0.0", "Restarting (1) 9 seconds ago", "", "grafana"),
           ("f0a3b6d8129e", "nginx:1.27", "Up 3 hours", "0.0.0.0:443->443/tcp", "proxy")]
    left = "$ docker ps --format 'table {{.ID}}\\t{{.Image}}\\t{{.Status}}\\t{{.Ports}}\\t{{.Names}}'\nCONTAINER ID   IMAGE                     STATUS                          PORTS                    NAMES\n"
    for c in ctr:
        col = "r" if "Restarting" in c[2] else ""
        left += f"{c[0]}   {c[1]:<25} <span class='{col}'>{c[2]:<31}</span> {c[3]:<24} {c[4]}\n"
    commits = [("3f9a1c2", "Zeynep Arslan", "2 hours ago", "fix(web): debounce search input"), ("b71e0d4", "Kofi Boateng", "5 hours ago", "chore: bump nginx to 1.27"),
               ("0c4d2aa", "Zeynep Arslan", "yesterday", "feat(api): add /v2/invoices endpoint"), ("e92b7f1", "Lucía Pérez", "2 days ago", "docs: update deploy runbook"),
               ("5a6c3e8", "Nils Öberg", "3 days ago", "test: flaky redis reconnect")]
    right = "$ git log --oneline --format='%h %an %ar %s' -5\n" + "".join(f"<span class=y>{h}</span> <span class=c>{a}</span> <span class=d>{w}</span> {m}\n" for h, a, w, m in commits)
    bottom = "$ free -h\n               total        used        free      shared  buff/cache   available\nMem:            31Gi        18Gi       2.1Gi       1.3Gi        11Gi        12Gi\nSwap:          8.0Gi       1.4Gi       6.6Gi"
    body = f"""<div class=tm><div class=pane style='grid-column:1/3'><pre>{left}</pre></div><div class=pane><pre>{right}</pre></div><div class=pane><pre>{bottom}</pre></div>
<div class=status><span class=s1>[deploy] 0:docker* 1:git 2:htop</span><span>"kestrel-prod-02" 14:27 11-Mar-26</span></div></div>"""
    css = TCSS + """.tm{display:grid;grid-template-columns:1fr 1fr;gap:2px;background:#3a3a3a;width:1360px;font-family:'Fira Code'}.pane{background:#101418;color:#d8dee9}.pane pre{font-family:'Fira Code';font-size:13px}
.status{grid-column:1/3;display:flex;justify-content:space-between;background:#2e7d32;color:#fff;font-family:'Fira Code';font-size:13px;padding:3px 8px}.s1{font-weight:bold}"""
    render_html(name, body, 1360, 520, css, bg="#101418")
    q(name, "what port is the web container exposed on the host?", "8080", "number", "terminal", "port mapping")
    q(name, "which container keeps restarting", "grafana", "text", "terminal", "container by status")
    q(name, "who made the most recent commit?", "Zeynep Arslan", "person", "terminal", "latest commit author")
    q(name, "how much memory is available according to free?", "12Gi", "text", "terminal", "available memory")


def t_systemctl():
    name = "term_systemctl_nginx"
    t = """<span class=g>root@web-03</span>:~# systemctl status nginx
<span class=r>×</span> nginx.service - A high performance web server and a reverse proxy server
     Loaded: loaded (/lib/systemd/system/nginx.service; enabled; preset: enabled)
     Active: <span class='r b'>failed</span> (Result: exit-code) since Tue 2026-04-07 09:12:44 UTC; 3min 18s ago
       Docs: man:nginx(8)
    Process: 48211 ExecStartPre=/usr/sbin/nginx -t -q -g daemon on; master_process on; (code=exited, status=1/FAILURE)
        CPU: 27ms

Apr 07 09:12:44 web-03 nginx[48211]: nginx: [emerg] unknown directive "proxy_passs" in /etc/nginx/sites-enabled/shop.conf:37
Apr 07 09:12:44 web-03 nginx[48211]: nginx: configuration file /etc/nginx/nginx.conf test failed
Apr 07 09:12:44 web-03 systemd[1]: nginx.service: Control process exited, code=exited, status=1/FAILURE
Apr 07 09:12:44 web-03 systemd[1]: <span class=r>Failed to start nginx.service - A high performance web server.</span>"""
    render_html(name, term("root@web-03: ~", t, "green", "DejaVu Sans Mono", 13, 1180), 1240, 380, TCSS, bg="#000")
    q(name, "is nginx running?", "no", "yesno", "terminal", "service status")
    q(name, "what's the config error exactly", 'unknown directive "proxy_passs"', "error", "terminal", "error message")
    q(name, "which file and line is the problem in?", "/etc/nginx/sites-enabled/shop.conf:37", "code", "terminal", "error location")


def t_cargo():
    name = "term_cargo_error"
    t = """$ cargo build --release
   Compiling serde v1.0.203
   Compiling tokio v1.38.0
   Compiling fjordmap v0.9.2 (/home/ingrid/src/fjordmap)
<span class=r b>error[E0502]</span><b>: cannot borrow `tiles` as mutable because it is also borrowed as immutable</b>
  <span class=c>--></span> src/render/cache.rs:142:9
    <span class=c>|</span>
<span class=c>139</span> <span class=c>|</span>     let first = tiles.get(&amp;key).unwrap();
    <span class=c>|</span>                 <span class=c>----- immutable borrow occurs here</span>
<span class=c>...</span>
<span class=c>142</span> <span class=c>|</span>         tiles.insert(k, t);
    <span class=c>|</span>         <span class=r>^^^^^^^^^^^^^^^^^^ mutable borrow occurs here</span>

<span class=y b>warning</span><b>: unused variable: `zoom`</b>
  <span class=c>--></span> src/render/mod.rs:58:13

<span class=r b>error</span><b>: could not compile `fjordmap` (lib) due to 1 previous error; 1 warning emitted</b>"""
    css = TCSS.replace(".r{color:#ff5555}", ".r{color:#dc322f}").replace(".c{color:#8be9fd}", ".c{color:#268bd2}").replace(".y{color:#f1fa8c}", ".y{color:#b58900}")
    render_html(name, term("ingrid@fjell:~/src/fjordmap", t, "light", "Inconsolata", 16, 900), 960, 560, css, bg="#93a1a1")
    q(name, "what's the error code?", "E0502", "code", "terminal", "error code")
    q(name, "which version of tokio is it compiling", "1.38.0", "version", "terminal", "dependency version")
    q(name, "what line is the mutable borrow on?", "142", "number", "terminal", "error line")


def t_npm_outdated():
    name = "term_npm_outdated"
    pk = [("@sveltejs/kit", "2.5.7", "2.5.28", "2.8.1"), ("vite", "5.2.11", "5.4.10", "6.0.3"), ("typescript", "5.4.5", "5.4.5", "5.7.2"),
          ("zod", "3.23.4", "3.23.8", "3.23.8"), ("eslint", "8.57.0", "8.57.1", "9.16.0"), ("date-fns", "3.6.0", "3.6.0", "4.1.0")]
    t = "PS C:\\Users\\Aigerim\\dev\\tundra-web> npm outdated\nPackage          Current   Wanted   Latest  Location\n"
    for p, c, w, l in pk:
        t += f"<span class={'r' if c != w else 'y'}>{p:<16}</span> {c:>7} {w:>8} <span class=m>{l:>8}</span>  node_modules/{p}\n"
    t += "PS C:\\Users\\Aigerim\\dev\\tundra-web> "
    render_html(name, term("Windows PowerShell", t, "blue", "Noto Sans Mono", 15, 860), 920, 360, TCSS, bg="#fafafa")
    q(name, "what's the latest version of vite?", "6.0.3", "version", "terminal", "latest version")
    q(name, "which version of eslint am I on right now", "8.57.0", "version", "terminal", "current version")
    q(name, "is zod already on the latest version?", "no", "yesno", "terminal", "compare versions")


def docs_api():
    """Docs page with sidebar, TOC and a parameter table (screenshot size)."""
    name = "docs_api_reference"
    params = [("limit", "integer", "No", "20", "Max items per page (1–200)."), ("cursor", "string", "No", "—", "Opaque cursor from <code>next_cursor</code>."),
              ("status", "enum", "No", "all", "One of <code>open</code>, <code>paid</code>, <code>void</code>."), ("customer_id", "string", "Yes", "—", "Customer to list invoices for."),
              ("created_after", "timestamp", "No", "—", "Unix seconds, inclusive.")]
    rows = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in params)
    body = f"""<div class=top><b>Tallyho</b> Docs <span class=v>v3.2</span><input value='Search docs…'></div><div class=lay><div class=side>
<div class=g>GETTING STARTED</div><a>Introduction</a><a>Authentication</a><a>Rate limits</a><div class=g>RESOURCES</div><a>Customers</a><a class=on>Invoices</a><a>Payments</a><a>Webhooks</a><div class=g>SDKS</div><a>Python</a><a>Node.js</a><a>Go</a></div>
<div class=main><div class=crumb>Resources / Invoices</div><h1>List invoices</h1><div class=ep><span>GET</span> /v3/customers/{{customer_id}}/invoices</div>
<p>Returns a paginated list of invoices, newest first. Requires the <code>invoices:read</code> scope. Rate limit: 120 requests per minute.</p>
<h2>Query parameters</h2><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{rows}</table>
<h2>Errors</h2><p><code>404 customer_not_found</code> — the customer does not exist. <code>422 invalid_cursor</code> — the cursor has expired (cursors live 24 hours).</p></div>
<div class=toc><div class=g>ON THIS PAGE</div><a>Overview</a><a>Query parameters</a><a>Response</a><a>Errors</a><a>Examples</a></div></div>"""
    css = """.top{display:flex;align-items:center;gap:10px;padding:14px 24px;border-bottom:1px solid #e5e7eb;font-size:18px}.v{font-size:12px;background:#eef2ff;color:#4338ca;padding:2px 8px;border-radius:10px}.top input{margin-left:auto;width:260px;padding:6px;border:1px solid #ddd;border-radius:6px;color:#999}
.lay{display:flex}.side{width:220px;padding:18px;border-right:1px solid #eee;font-size:14px}.side a,.toc a{display:block;padding:6px 8px;color:#374151}.g{font-size:11px;color:#9ca3af;font-weight:bold;margin:16px 0 6px;letter-spacing:1px}.on{background:#eef2ff;color:#4338ca!important;border-radius:6px;font-weight:bold}
.main{flex:1;padding:10px 36px;font-size:15px;color:#1f2937}.crumb{font-size:13px;color:#6b7280;margin-top:10px}h1{margin:6px 0}.ep{font-family:'JetBrains Mono';background:#f3f4f6;padding:10px;border-radius:6px}.ep span{background:#16a34a;color:#fff;padding:2px 6px;border-radius:4px;margin-right:8px}
table{border-collapse:collapse;width:100%;font-size:14px}th{text-align:left;background:#f9fafb;padding:8px;border-bottom:1px solid #e5e7eb}td{padding:8px;border-bottom:1px solid #f0f0f0}code{font-family:'JetBrains Mono';font-size:13px;background:#f3f4f6;padding:1px 4px;border-radius:3px}
.toc{width:200px;padding:18px;font-size:13px;border-left:1px solid #eee}"""
    render_html(name, body, 1440, 760, css, font="Lato")
    q(name, "what's the default page size (limit)?", "20", "number", "docs", "default of parameter")
    q(name, "which query parameter is required?", "customer_id", "code", "docs", "required parameter")
    q(name, "what's the rate limit for this endpoint", "120 requests per minute", "text", "docs", "rate limit")
    q(name, "how long do cursors live?", "24 hours", "text", "docs", "detail in prose")


def docs_changelog():
    name = "docs_changelog"
    rel = [("4.1.0", "2026-03-02", ["Added: <code>--watch</code> flag for incremental builds", "Changed: default timeout raised to 60 s", "Fixed: crash on empty YAML front-matter (#812)"]),
           ("4.0.2", "2026-01-19", ["Fixed: Windows path separators in cache keys (#799)", "Security: bumped <code>yaml-rs</code> to 0.9.4 (CVE-2025-41877)"]),
           ("4.0.1", "2025-12-08", ["Fixed: regression in plugin loading order"]),
           ("4.0.0", "2025-11-20", ["<b>Breaking:</b> dropped Python 3.8 support", "Added: TOML config files", "Removed: legacy <code>--old-style</code> flag"])]
    body = "<div class=pg><div class=side><div class=t>quillforge</div><a>README</a><a>Install</a><a>Configuration</a><a class=on>CHANGELOG</a><a>Contributing</a><a>License</a></div><div class=main><h1>Changelog</h1><p>All notable changes to this project are documented here. The format follows Keep a Changelog.</p>"
    for v, d, items in rel:
        body += f"<h2>[{v}] — {d}</h2><ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    body += "</div></div>"
    css = """.pg{display:flex;background:#0d1117;color:#c9d1d9;font-family:'Noto Sans';min-height:900px}.side{width:210px;background:#161b22;padding:20px;border-right:1px solid #30363d}.t{font-weight:bold;font-size:18px;color:#fff;margin-bottom:16px}
.side a{display:block;padding:7px 8px;font-size:14px;color:#8b949e}.on{color:#fff!important;background:#1f6feb33;border-left:3px solid #1f6feb}.main{flex:1;padding:10px 40px;font-size:15px}h1{color:#fff}h2{font-size:19px;color:#58a6ff;border-bottom:1px solid #30363d;padding-bottom:6px}
li{margin:6px 0}code{font-family:'DejaVu Sans Mono';font-size:13px;background:#30363d;padding:1px 5px;border-radius:4px}"""
    render_html(name, body, 1200, 900, css, bg="#0d1117")
    q(name, "when was Python 3.8 support dropped? (which version)", "4.0.0", "version", "docs", "version of change")
    q(name, "what's the latest release and its date?", "4.1.0 — 2026-03-02", "text", "docs", "latest release")
    q(name, "which CVE was fixed in 4.0.2", "CVE-2025-41877", "code", "docs", "security fix id")


def table_zebra_league():
    name = "table_league_standings"
    teams = [("Ferrovia Lisboa", 24, 16, 5, 3, 48, 21), ("Vardø Nordlys", 24, 15, 4, 5, 41, 25), ("Atlético Paramillo", 24, 13, 7, 4, 39, 24),
             ("Dinamo Kvarner", 24, 12, 6, 6, 35, 29), ("SV Holzkirchen", 24, 10, 8, 6, 33, 30), ("Olympique Sète", 24, 9, 6, 9, 28, 31),
             ("Ruch Bełchatów", 24, 7, 7, 10, 26, 34), ("Aberlady Rovers", 24, 5, 6, 13, 22, 41), ("Tallinna Kalev", 24, 3, 5, 16, 17, 54)]
    teams = sorted(teams, key=lambda t: -(3 * t[2] + t[3]))
    rows = ""
    for i, (n, p, w, d, l, gf, ga) in enumerate(teams, 1):
        rows += f"<tr><td>{i}</td><td class=tn>{esc(n)}</td><td>{p}</td><td>{w}</td><td>{d}</td><td>{l}</td><td>{gf}</td><td>{ga}</td><td>{gf-ga:+d}</td><td class=pts>{3*w+d}</td></tr>"
    body = f"<div class=w><h2>Liga Transcontinental — matchday 24</h2><table><tr><th>#</th><th>Club</th><th>P</th><th>W</th><th>D</th><th>L</th><th>GF</th><th>GA</th><th>GD</th><th>Pts</th></tr>{rows}</table></div>"
    css = """.w{width:760px;margin:20px auto;font-family:'Liberation Sans'}h2{font-size:20px;color:#1b4332}table{width:100%;border-collapse:collapse;font-size:15px}th{background:#1b4332;color:#fff;padding:8px}td{padding:8px;text-align:center}
tr:nth-child(even) td{background:#d8f3dc}.tn{text-align:left}.pts{font-weight:bold}"""
    render_html(name, body, 820, 520, css)
    worst_def = max(teams, key=lambda t: t[6])
    pts = {t[0]: 3 * t[2] + t[3] for t in teams}
    q(name, "how many points is Dinamo Kvarner on?", str(pts["Dinamo Kvarner"]), "number", "table", "cell by row")
    q(name, "which club has conceded the most goals", worst_def[0], "text", "table", "argmax column")
    q(name, "what's the points gap between 1st and 2nd?", str(pts[teams[0][0]] - pts[teams[1][0]]), "number", "table", "difference", literal=False)


def table_grouped_costs():
    name = "table_grouped_budget"
    groups = [("Venue", [("Hall rental (2 days)", 6400), ("AV equipment", 1850), ("Cleaning", 420)]),
              ("Catering", [("Lunch buffet × 180", 5940), ("Coffee breaks", 1310), ("Dinner reception", 4275)]),
              ("Travel", [("Speaker flights", 3980), ("Hotel, 12 rooms × 2 nights", 3264)])]
    rows = ""
    gt = 0
    subs = {}
    for g, items in groups:
        s = sum(a for _, a in items)
        subs[g] = s
        gt += s
        rows += f"<tr class=g><td colspan=2>{g}</td></tr>" + "".join(f"<tr><td>{esc(i)}</td><td class=n>{fmt_ch(a,0)}</td></tr>" for i, a in items)
        rows += f"<tr class=s><td>Subtotal {g.lower()}</td><td class=n>{fmt_ch(s,0)}</td></tr>"
    rows += f"<tr class=t><td>TOTAL (CHF)</td><td class=n>{fmt_ch(gt,0)}</td></tr>"
    body = f"<div class=w><div class=h>Helvetic DevDays 2026 — budget draft v3</div><table>{rows}</table><div class=f>Prepared by Giulia Bernasconi · 3 Feb 2026</div></div>"
    css = """.w{width:560px;margin:20px auto;font-family:'Nimbus Sans';background:#fff;padding:20px;border:1px solid #ccc}.h{font-size:18px;font-weight:bold;margin-bottom:12px}table{width:100%;border-collapse:collapse;font-size:15px}
td{padding:6px 10px}.g td{font-weight:bold;background:#e63946;color:#fff}.s td{font-style:italic;border-top:1px solid #999;color:#555}.t td{font-weight:bold;border-top:3px double #000;font-size:17px}.n{text-align:right}.f{font-size:12px;color:#777;margin-top:10px}"""
    render_html(name, body, 620, 620, css, bg="#f1f1f1")
    q(name, "what's the catering subtotal?", fmt_ch(subs["Catering"], 0), "money", "table", "group subtotal")
    q(name, "how much is budgeted for the dinner reception", fmt_ch(4275, 0), "money", "table", "value at label")
    q(name, "what's the overall total in CHF?", fmt_ch(gt, 0), "money", "table", "total row")


def spreadsheet(name, title, headers, rows, theme, colw, extra_css="", sel="C4", formula=""):
    cols = "ABCDEFGHIJ"
    hdr = "<tr><th class=cn></th>" + "".join(f"<th class=cn style='width:{w}px'>{cols[i]}</th>" for i, w in enumerate(colw)) + "</tr>"
    body_rows = f"<tr><td class=rn>1</td>" + "".join(f"<td class=hd>{h}</td>" for h in headers) + "</tr>"
    for i, r in enumerate(rows, 2):
        body_rows += f"<tr><td class=rn>{i}</td>" + "".join(f"<td class='{'n' if isinstance(v, (int, float)) or (isinstance(v, str) and v[:1].isdigit()) else ''}'>{v}</td>" for v in r) + "</tr>"
    bg, fg, grid, head = theme
    body = f"""<div class=xl><div class=menu>{title} &nbsp;&nbsp; File &nbsp; Edit &nbsp; View &nbsp; Insert &nbsp; Format &nbsp; Data &nbsp; Tools</div>
<div class=fx><span class=ref>{sel}</span><span class=f>fx</span>{formula}</div><table>{hdr}{body_rows}</table><div class=tabs><span class=on>Sheet1</span><span>Notes</span></div></div>"""
    css = f""".xl{{background:{bg};color:{fg};font-family:'Liberation Sans';font-size:14px}}.menu{{padding:10px 12px;background:{head};font-size:14px}}.fx{{padding:6px 10px;border-bottom:1px solid {grid};font-size:14px}}.ref{{display:inline-block;width:60px;border-right:1px solid {grid};margin-right:10px}}.f{{font-style:italic;color:#888;margin-right:10px}}
table{{border-collapse:collapse}}td,th{{border:1px solid {grid};padding:4px 7px;height:20px;white-space:nowrap}}.cn,.rn{{background:{head};color:#888;font-weight:normal;text-align:center;font-size:12px}}.rn{{width:34px}}.hd{{font-weight:bold}}.n{{text-align:right}}
.tabs{{padding:6px 12px;background:{head};font-size:13px}}.tabs span{{padding:4px 14px}}.tabs .on{{background:{bg};border-bottom:2px solid #188038}}""" + extra_css
    return body, css


def sheet_expenses():
    name = "sheet_trip_expenses"
    rows = [("2026-02-03", "Flight MAD–OSL", "Travel", "Beatriz", 214.60), ("2026-02-03", "Airport train", "Travel", "Beatriz", 21.90),
            ("2026-02-04", "Hotel Frognerpark (3 nights)", "Lodging", "Joaquín", 612.00), ("2026-02-04", "Dinner at Lofoten Fiskerestaurant", "Food", "Beatriz", 148.35),
            ("2026-02-05", "Ski rental", "Activities", "Joaquín", 96.00), ("2026-02-05", "Groceries Kiwi", "Food", "Joaquín", 37.80),
            ("2026-02-06", "Fram Museum tickets ×2", "Activities", "Beatriz", 56.00), ("2026-02-06", "Taxi to airport", "Travel", "Joaquín", 64.50)]
    total = cents(sum(r[4] for r in rows))
    by = {}
    for r in rows:
        by[r[3]] = cents(by.get(r[3], 0) + r[4])
    data = [list(r[:4]) + [fmt_en(r[4])] for r in rows] + [["", "", "", "TOTAL", fmt_en(total)]]
    body, css = spreadsheet(name, "📗 Oslo trip — shared costs", ["Date", "What", "Category", "Paid by", "Amount €"], data,
                            ("#ffffff", "#202124", "#dadce0", "#f8f9fa"), [100, 260, 100, 90, 100], sel="E10", formula=f"=SUM(E2:E9)")
    render_html(name, body, 820, 420, css)
    food = cents(sum(r[4] for r in rows if r[2] == "Food"))
    q(name, "how much did Joaquín pay in total?", fmt_en(by["Joaquín"]), "money", "spreadsheet", "sum by person", literal=False)
    q(name, "what did the ski rental cost", fmt_en(96.00), "money", "spreadsheet", "value at label")
    q(name, "total spent on food?", fmt_en(food), "money", "spreadsheet", "sum by category", literal=False)


def sheet_inventory_dark():
    name = "sheet_inventory_dark"
    rows = [("SKU-1042", "Merino beanie — charcoal", 148, 40, 12.90), ("SKU-1043", "Merino beanie — rust", 22, 40, 12.90),
            ("SKU-2210", "Waxed canvas tote", 61, 25, 34.50), ("SKU-2211", "Waxed canvas backpack", 9, 15, 89.00),
            ("SKU-3307", "Alpaca scarf", 37, 20, 45.00), ("SKU-3308", "Wool socks (3-pack)", 214, 60, 18.75),
            ("SKU-4101", "Leather gloves — S", 14, 20, 39.90), ("SKU-4102", "Leather gloves — M", 31, 20, 39.90)]
    data = [[s, d, str(st), str(mn), fmt_de(p), "REORDER" if st < mn else "ok"] for s, d, st, mn, p in rows]
    body, css = spreadsheet(name, "Lagerbestand_Q1.xlsx", ["SKU", "Product", "In stock", "Min", "Price €", "Status"], data,
                            ("#1f1f1f", "#e8eaed", "#3c4043", "#2d2e30"), [90, 240, 80, 60, 80, 90], sel="F5", formula='=IF(C5&lt;D5;"REORDER";"ok")')
    render_html(name, body, 820, 400, css, bg="#1f1f1f")
    reorder = [r for r in rows if r[2] < r[3]]
    q(name, "how many products need reordering?", str(len(reorder)), "count", "spreadsheet", "count with condition", literal=False)
    q(name, "how many waxed canvas backpacks are in stock", "9", "number", "spreadsheet", "cell by row × column")
    q(name, "which product has the most stock?", max(rows, key=lambda r: r[2])[1], "text", "spreadsheet", "argmax")


def sheet_grades():
    name = "sheet_grades"
    students = [("Abena Owusu", 78, 85, 91), ("Björn Lund", 64, 70, 58), ("Chen Jiayi", 92, 88, 95), ("Dario Esposito", 71, 66, 80),
                ("Élodie Marchand", 85, 90, 87), ("Farhan Qureshi", 59, 74, 69), ("Grete Vaher", 88, 79, 84), ("Hiroshi Tanabe", 67, 81, 73)]
    data = [[n, a, b, c, f"{(a+b+c)/3:.1f}"] for n, a, b, c in students]
    body, css = spreadsheet(name, "Physics 2B — term marks (Google Sheets)", ["Student", "Lab", "Midterm", "Final", "Average"], data,
                            ("#ffffff", "#222", "#c7d7c7", "#eaf3ea"), [180, 70, 80, 70, 80], extra_css=".hd{background:#d9ead3}", sel="E2", formula="=AVERAGE(B2:D2)")
    render_html(name, body, 680, 400, css)
    best = max(students, key=lambda s: s[3])
    avg = {s[0]: (s[1] + s[2] + s[3]) / 3 for s in students}
    q(name, "who got the highest final exam mark?", best[0], "person", "spreadsheet", "argmax column")
    q(name, "what's Dario's midterm score", "66", "number", "spreadsheet", "cell by row × column")
    q(name, "how many students have an average below 70?", str(sum(1 for v in avg.values() if v < 70)), "count", "spreadsheet", "count with condition", literal=False)


def form_signup():
    name = "form_membership"
    body = """<div class=f><h2>Join the Rivermoor Climbing Club</h2><div class=row><label>First name<input value='Søren'></label><label>Last name<input value='Abrahamsen'></label></div>
<label>Email<input value='soren.abrahamsen@posteo.dk'></label><div class=row><label>Date of birth<input value='14/06/1996'></label><label>Membership<select><option>Adult — annual (€320)</option></select></label></div>
<div class=grp>Experience level</div><div class=rad><span><i></i>Beginner</span><span><i class=on></i>Intermediate</span><span><i></i>Advanced</span></div>
<div class=grp>Interested in</div><div class=chk><span><b class=on>✓</b>Bouldering</span><span><b></b>Lead climbing</span><span><b class=on>✓</b>Outdoor trips</span><span><b></b>Kids' sessions</span></div>
<div class=tg><span class='sw on'><i></i></span> Send me the monthly newsletter</div><div class=tg><span class=sw><i></i></span> Share my name on the members' board</div>
<button>Submit application</button></div>"""
    css = """.f{width:620px;margin:20px auto;background:#fff;padding:26px 30px;border-radius:14px;font-family:'Lato';box-shadow:0 2px 10px #0002}h2{margin-top:0;color:#264653}label{display:block;flex:1;font-size:13px;color:#555;margin:8px 0}
input,select{display:block;width:100%;box-sizing:border-box;margin-top:4px;padding:9px;font-size:15px;border:1px solid #ccc;border-radius:6px;font-family:'Lato';color:#111;background:#fff}.row{display:flex;gap:16px}
.grp{font-size:13px;color:#555;margin-top:14px}.rad span,.chk span{display:inline-flex;align-items:center;gap:6px;margin:8px 18px 0 0;font-size:15px}.rad i{width:16px;height:16px;border-radius:9px;border:2px solid #999;display:inline-block;box-sizing:border-box}.rad i.on{border:5px solid #2a9d8f}
.chk b{width:18px;height:18px;border:2px solid #999;border-radius:3px;display:inline-block;font-size:13px;text-align:center;color:#fff;box-sizing:border-box;line-height:14px}.chk b.on{background:#2a9d8f;border-color:#2a9d8f}
.tg{margin-top:14px;font-size:15px;display:flex;align-items:center;gap:10px}.sw{width:40px;height:22px;border-radius:11px;background:#ccc;position:relative;display:inline-block}.sw i{position:absolute;width:18px;height:18px;border-radius:9px;background:#fff;top:2px;left:2px}.sw.on{background:#2a9d8f}.sw.on i{left:20px}
button{margin-top:20px;background:#264653;color:#fff;border:0;padding:12px 22px;border-radius:8px;font-size:15px}"""
    render_html(name, body, 700, 720, css, bg="#e9f5f3")
    q(name, "what experience level did he pick?", "Intermediate", "text", "form", "selected radio")
    q(name, "which interests are ticked", "Bouldering, Outdoor trips", "text", "form", "checked boxes", literal=False)
    q(name, "is the newsletter toggle on?", "yes", "yesno", "form", "toggle state")
    q(name, "what membership type is selected and how much", "Adult — annual (€320)", "text", "form", "dropdown value")


def form_settings_dark():
    name = "form_account_settings_dark"
    body = """<div class=pg><div class=nav><b>Settings</b><a>Profile</a><a class=on>Notifications</a><a>Security</a><a>Billing</a></div><div class=main>
<h2>Notifications</h2><div class=it><div><b>Email digest</b><br><span>How often we send a summary</span></div><select><option>Weekly (Mondays)</option></select></div>
<div class=it><div><b>Push notifications</b><br><span>Mentions and direct messages</span></div><span class='sw on'><i></i></span></div>
<div class=it><div><b>Marketing emails</b><br><span>Product news and offers</span></div><span class=sw><i></i></span></div>
<div class=it><div><b>Quiet hours</b><br><span>No pushes during this window</span></div><div class=tm>22:30 → 07:00</div></div>
<div class=it><div><b>Time zone</b></div><select><option>(UTC+05:30) Kolkata</option></select></div>
<div class=it><div><b>Security alerts</b><br><span>Always on for admins</span></div><span class='sw on dis'><i></i></span></div>
<div class=foot>Last saved 4 minutes ago by Aarav Chatterjee</div></div></div>"""
    css = """.pg{display:flex;background:#18181b;color:#e4e4e7;font-family:'Noto Sans';min-height:640px}.nav{width:200px;padding:20px;border-right:1px solid #27272a}.nav b{display:block;margin-bottom:14px;font-size:18px}.nav a{display:block;padding:8px;color:#a1a1aa;font-size:15px}.nav .on{color:#fff;background:#27272a;border-radius:6px}
.main{flex:1;padding:10px 34px}.it{display:flex;justify-content:space-between;align-items:center;padding:14px 0;border-bottom:1px solid #27272a;font-size:15px}.it span{font-size:13px;color:#a1a1aa}
select{background:#27272a;color:#e4e4e7;border:1px solid #3f3f46;padding:7px;border-radius:6px;font-size:14px;font-family:'Noto Sans'}.tm{font-family:'JetBrains Mono';background:#27272a;padding:6px 10px;border-radius:6px}
.sw{width:42px;height:24px;border-radius:12px;background:#3f3f46;position:relative;display:inline-block}.sw i{position:absolute;width:20px;height:20px;border-radius:10px;background:#fff;top:2px;left:2px}.sw.on{background:#8b5cf6}.sw.on i{left:20px}.dis{opacity:.5}.foot{font-size:13px;color:#71717a;margin-top:18px}"""
    render_html(name, body, 900, 660, css, bg="#18181b")
    q(name, "are marketing emails turned on?", "no", "yesno", "form", "toggle state")
    q(name, "what are my quiet hours set to", "22:30 → 07:00", "time", "form", "field value")
    q(name, "how often is the email digest sent?", "Weekly (Mondays)", "text", "form", "dropdown value")


ALL = [t_df, t_kubectl, t_pytest, t_tmux, t_systemctl, t_cargo, t_npm_outdated, docs_api, docs_changelog,
       table_zebra_league, table_grouped_costs, sheet_expenses, sheet_inventory_dark, sheet_grades, form_signup, form_settings_dark]
