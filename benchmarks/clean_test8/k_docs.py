"""Documentation pages: README with sidebar/TOC, man page, API reference, changelog."""
from common import q, render_html, page, esc

CAT = "docs"


def api_reference(rng):
    name = "docs_api_reference"
    params = [("page_size", "integer", "No", "50", "Number of results per page, max 200."),
              ("cursor", "string", "No", "—", "Opaque cursor returned by the previous call."),
              ("status", "enum", "No", "active", "One of active, paused, archived."),
              ("created_after", "RFC 3339", "No", "—", "Only return campaigns created after this instant."),
              ("workspace_id", "string", "Yes", "—", "Workspace that owns the campaigns.")]
    prow = "".join(f"<tr><td><code>{a}</code></td><td>{b}</td><td>{c}</td><td>{d}</td><td>{e}</td></tr>" for a, b, c, d, e in params)
    side = ["Introduction", "Authentication", "Rate limits", "Errors", "<b>Campaigns</b>", "&nbsp;&nbsp;List campaigns", "&nbsp;&nbsp;Create a campaign",
            "&nbsp;&nbsp;Pause a campaign", "Audiences", "Webhooks", "Changelog"]
    css = """.l{display:flex;min-height:800px}.sb{width:250px;background:#f6f5f2;border-right:1px solid #e4e2dc;padding:22px 18px;font-size:14px;line-height:2.1}
    .sb .brand{font-weight:900;font-size:20px;margin-bottom:10px;color:#c2410c}.main{flex:1;padding:28px 40px;max-width:900px}
    .ep{font-family:'JetBrains Mono';background:#1f2937;color:#e5e7eb;padding:10px 14px;border-radius:6px;font-size:15px}
    .ep b{color:#34d399}table{border-collapse:collapse;width:100%;font-size:14px;margin:14px 0}th{text-align:left;border-bottom:2px solid #ddd;padding:7px}
    td{border-bottom:1px solid #eee;padding:7px;vertical-align:top}code{font-family:'JetBrains Mono';color:#b91c1c;font-size:13px}
    .toc{width:220px;padding:28px 18px;font-size:13px;color:#666;line-height:2}.toc b{color:#222}
    .note{background:#fff7ed;border-left:4px solid #f97316;padding:10px 14px;font-size:14px}"""
    body = f"""<div class=l><div class=sb><div class=brand>Pelican Mail API</div><div style='font-size:12px;color:#888'>v2024-06 ▾</div>{'<br>'.join(side)}</div>
    <div class=main><h1 style='margin-top:0'>List campaigns</h1><div class=ep><b>GET</b> /v2/workspaces/{{workspace_id}}/campaigns</div>
    <p>Returns campaigns ordered by creation time, newest first. Requires the <code>campaigns:read</code> scope.</p>
    <h3>Query parameters</h3><table><tr><th>Name</th><th>Type</th><th>Required</th><th>Default</th><th>Description</th></tr>{prow}</table>
    <div class=note>Rate limit: 120 requests per minute per API key. Exceeding it returns <code>429 Too Many Requests</code>.</div>
    <h3>Response</h3><div class=ep style='white-space:pre;font-size:13px'>{{
  "data": [ {{ "id": "cmp_8QzK2", "name": "Spring sale", "status": "active" }} ],
  "next_cursor": "eyJwIjoyfQ"
}}</div></div>
    <div class=toc><b>ON THIS PAGE</b><br>Endpoint<br>Query parameters<br>Rate limit<br>Response<br>Errors</div></div>"""
    render_html(name, page(css, body, font="Lato"), 1440, 900)
    q(name, CAT, "what's the default page size for listing campaigns?", "50", "number", "table cell default", True)
    q(name, CAT, "which query parameter is required", "workspace_id", "code", "required param", True)
    q(name, CAT, "how many requests per minute am I allowed?", "120", "number", "rate limit", True)


def man_page(rng):
    name = "docs_man_page"
    text = """RSYNCLITE(1)                     User Commands                    RSYNCLITE(1)

<b>NAME</b>
       rsynclite - fast incremental file mirroring over SSH

<b>SYNOPSIS</b>
       <b>rsynclite</b> [<u>OPTION</u>]... <u>SRC</u> [<u>USER</u>@]<u>HOST</u>:<u>DEST</u>

<b>OPTIONS</b>
       <b>-n</b>, <b>--dry-run</b>
              show what would be transferred without changing anything

       <b>-z</b>, <b>--compress</b>
              compress file data during the transfer (zstd level 3)

       <b>--bwlimit</b>=<u>RATE</u>
              limit socket I/O bandwidth; RATE in KiB/s, default 0 (no limit)

       <b>--delete-after</b>
              remove extraneous files from DEST after the transfer finishes

       <b>-j</b>, <b>--jobs</b>=<u>N</u>
              number of parallel checksum workers (default: 4)

<b>EXIT STATUS</b>
       0      success
       23     partial transfer due to error
       30     timeout in data send/receive

rsynclite 2.3.1                   March 2024                     RSYNCLITE(1)"""
    css = "pre{margin:0;padding:16px 20px;font-family:'DejaVu Sans Mono';font-size:15px;line-height:1.3;color:#ddd}b{color:#fff}u{color:#8ab4f8}"
    render_html(name, page(css, f"<pre>{text}</pre>", bg="#121212"), 820, 900)
    q(name, CAT, "what flag do I use for a dry run (short form)?", "-n", "code", "option lookup", True)
    q(name, CAT, "what does exit code 23 mean", "partial transfer due to error", "text", "exit status meaning", True)
    q(name, CAT, "how many parallel checksum workers by default?", "4", "number", "default value", True)


def changelog(rng):
    name = "docs_changelog"
    rel = [("4.2.0", "2024-10-02", [("Added", "Parquet export for saved queries"), ("Added", "Keyboard shortcut ⌘K for the command palette"),
                                    ("Fixed", "Time-zone offset in scheduled reports (#2291)")]),
           ("4.1.3", "2024-09-11", [("Security", "Upgrade libxml2 to 2.12.9 (CVE-2024-40896)"), ("Fixed", "Crash when a chart has no series")]),
           ("4.1.2", "2024-08-27", [("Fixed", "Login loop with Okta SSO"), ("Changed", "Default query timeout raised from 30 s to 60 s")]),
           ("4.1.0", "2024-08-05", [("Added", "Row-level permissions (beta)"), ("Deprecated", "Legacy /v1/embed endpoint, removed in 5.0")])]
    col = {"Added": "#16a34a", "Fixed": "#2563eb", "Security": "#dc2626", "Changed": "#9333ea", "Deprecated": "#ca8a04"}
    h = ""
    for v, d, ch in rel:
        h += f"<h2>{v} <span class=d>— {d}</span></h2><ul>" + "".join(f"<li><span class=t style='background:{col[k]}'>{k}</span> {esc(t)}</li>" for k, t in ch) + "</ul>"
    css = """.w{width:780px;margin:0 auto;padding:30px;font-family:'Open Sans'}h1{font-family:'P052';font-size:34px}
    h2{font-size:22px;border-bottom:1px solid #ddd;padding-bottom:4px;margin-top:26px}.d{color:#888;font-weight:normal;font-size:16px}
    li{margin:8px 0;list-style:none;font-size:15px}ul{padding-left:4px}.t{color:#fff;font-size:11px;padding:2px 7px;border-radius:10px;margin-right:8px;font-weight:bold}"""
    render_html(name, page(css, f"<div class=w><h1>Changelog · Querybird</h1>{h}</div>"), 860, 1100)
    q(name, CAT, "in which version was the Okta SSO login loop fixed?", "4.1.2", "version", "version of fix", True)
    q(name, CAT, "when was 4.1.3 released", "2024-09-11", "date", "release date", True)
    q(name, CAT, "what's the new default query timeout", "60 s", "text", "changed value", True)


def readme_toc(rng):
    name = "docs_readme_sidebar"
    css = """.top{height:54px;background:#0d1117;color:#e6edf3;display:flex;align-items:center;padding:0 24px;font-size:15px;gap:26px}
    .top b{font-size:18px}.l{display:flex}.sb{width:270px;padding:20px;border-right:1px solid #d0d7de;font-size:14px;line-height:1.9;background:#f6f8fa}
    .sb .sec{font-weight:bold;margin-top:12px;color:#57606a;font-size:12px;letter-spacing:1px}.sb .on{background:#ddf4ff;border-radius:4px;padding:0 6px;color:#0969da}
    .m{flex:1;padding:26px 44px;font-family:'Noto Sans Mono','DejaVu Sans';}.m{font-family:'Roboto'}h1{margin-top:0}
    table{border-collapse:collapse;font-size:14px;margin:12px 0}td,th{border:1px solid #d0d7de;padding:6px 12px;text-align:left}th{background:#f6f8fa}
    pre{background:#f6f8fa;padding:12px;border-radius:6px;font-family:'Fira Code';font-size:14px}
    .toc{width:240px;padding:26px 14px;font-size:13px;line-height:2}.toc a{display:block;color:#0969da}"""
    body = """<div class=top><b>◆ fernweh</b><span>Docs</span><span>Guides</span><span>API</span><span>Blog</span><span style='margin-left:auto'>v0.9.4 ▾</span></div>
    <div class=l><div class=sb><div class=sec>GETTING STARTED</div>Overview<br><span class=on>Installation</span><br>Quick start<br>
    <div class=sec>CORE CONCEPTS</div>Routes &amp; legs<br>Timetables<br>Fare rules<br><div class=sec>DEPLOYMENT</div>Docker<br>Kubernetes<br>Tuning memory</div>
    <div class=m><h1>Installation</h1><p>fernweh is a journey planner for GTFS feeds. It needs <b>Python 3.10 or newer</b> and about 2 GB of RAM per million stop times.</p>
    <pre>pip install fernweh==0.9.4
fernweh import --feed ./vbb-gtfs.zip --db transit.sqlite</pre>
    <h3>Supported platforms</h3><table><tr><th>Platform</th><th>Status</th><th>Wheels</th></tr>
    <tr><td>Linux x86_64</td><td>Stable</td><td>Yes</td></tr><tr><td>Linux aarch64</td><td>Stable</td><td>Yes</td></tr>
    <tr><td>macOS arm64</td><td>Beta</td><td>Yes</td></tr><tr><td>Windows</td><td>Experimental</td><td>No</td></tr></table>
    <p>Windows users should build from source with <code>maturin develop --release</code>.</p></div>
    <div class=toc><b>On this page</b><a>Requirements</a><a>Install with pip</a><a>Supported platforms</a><a>Building from source</a><a>Troubleshooting</a></div></div>"""
    render_html(name, page(css, body, font="Roboto"), 1360, 760)
    q(name, CAT, "what's the minimum Python version for fernweh?", "3.10", "version", "requirement", True)
    q(name, CAT, "is macOS on Apple silicon supported as stable?", "no", "yesno", "platform status", False)
    q(name, CAT, "which section of the sidebar is 'Tuning memory' under", "DEPLOYMENT", "text", "sidebar grouping", True)


def build(rng):
    for f in (api_reference, man_page, changelog, readme_toc):
        f(rng)
