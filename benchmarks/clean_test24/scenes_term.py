"""Terminal scenes, drawn with PIL."""
import random

from common import Scene, render_terminal


def _r(seed, name):
    return random.Random(f"{seed}-{name}")


def term_rustup(seed):
    r = _r(seed, "rustup")
    s = Scene("term_rustup.png", "`rustup show` + `rustc/cargo --version`", "terminal", "dark (night owl)", "PIL", "4 toolchains, active one, targets")
    minor = r.randint(84, 88)
    patch = r.randint(0, 2)
    old = f"1.{minor - r.randint(5, 9)}.0"
    night = f"nightly-2025-0{r.randint(1, 5)}-{r.randint(10, 28)}"
    tcs = ["stable-x86_64-unknown-linux-gnu", "beta-x86_64-unknown-linux-gnu",
           f"{night}-x86_64-unknown-linux-gnu", f"{old}-x86_64-unknown-linux-gnu"]
    default = tcs[0]
    active = tcs[2] if r.random() < 0.5 else tcs[0]
    targets = ["wasm32-unknown-unknown", "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-musl"][: r.randint(2, 3)]
    h1, h2 = "%09x" % r.getrandbits(36), "%09x" % r.getrandbits(36)
    L = ["«green|ilze@lapsa»:«blue|~/code/tilemaker»$ rustup show",
         "Default host: x86_64-unknown-linux-gnu", "rustup home:  /home/ilze/.rustup", "",
         "«boldB|installed toolchains»", "«dim|--------------------»"]
    for t in tcs:
        L.append(t + (" «yellow|(default)»" if t == default else "") + (" «cyan|(active)»" if t == active and t != default else ""))
    L += ["", "«boldB|active toolchain»", "«dim|----------------»", f"name: {active}",
          "active because: " + ("it's the default toolchain" if active == default else "overridden by '/home/ilze/code/tilemaker/rust-toolchain.toml'"),
          "installed targets:"] + [f"  {t}" for t in targets]
    rv = f"1.{minor}.{patch}"
    L += ["", "«green|ilze@lapsa»:«blue|~/code/tilemaker»$ rustc --version",
          f"rustc {rv} ({h1[:9]} 2025-0{r.randint(2, 6)}-1{r.randint(0, 9)})",
          "«green|ilze@lapsa»:«blue|~/code/tilemaker»$ cargo --version", f"cargo {rv} ({h2[:9]} 2025-02-2{r.randint(0, 8)})"]
    render_terminal(s, L, theme="night_owl", fontname="fira", size=15, title="ilze@lapsa: ~/code/tilemaker")
    s.q("what rustc version is installed here?", rv, "version", "version")
    s.q("how many toolchains does rustup list as installed", len(tcs), "count", "count", literal=False)
    s.q("Which toolchain is currently active?", active, "code", "selected")
    s.q(f"is the {targets[-1]} target installed", "yes", "yesno", "exists")
    return s


def term_hyperfine(seed):
    r = _r(seed, "hyperfine")
    s = Scene("term_hyperfine.png", "`hyperfine` benchmark of 3 search commands", "terminal", "light (gruvbox light)", "PIL", "mean/σ/range per command, summary")
    cmds = ["rg TODO src", "grep -rn TODO src", "ag TODO src"]
    means = {cmds[0]: round(r.uniform(8, 16), 1), cmds[1]: round(r.uniform(60, 110), 1), cmds[2]: round(r.uniform(25, 45), 1)}
    runs = {c: int(2600 / means[c]) + r.randint(-4, 4) for c in cmds}
    L = ["$ hyperfine --warmup 3 'rg TODO src' 'grep -rn TODO src' 'ag TODO src'"]
    for i, c in enumerate(cmds, 1):
        m = means[c]
        sd = round(m * r.uniform(0.04, 0.09), 1)
        lo, hi = round(m - sd * 1.6, 1), round(m + sd * 2.7, 1)
        L += [f"«boldB|Benchmark {i}:» {c}",
              f"  Time («greenB|mean» ± «green|σ»):     «greenB|{m:6.1f} ms» ± «green|{sd:5.1f} ms»    [User: {m*0.7:.1f} ms, System: {m*0.9:.1f} ms]",
              f"  Range («cyan|min» … «magenta|max»):   «cyan|{lo:6.1f} ms» … «magenta|{hi:6.1f} ms»    {runs[c]} runs", ""]
    fastest = min(cmds, key=lambda c: means[c])
    others = sorted([c for c in cmds if c != fastest], key=lambda c: means[c])
    L.append("«boldB|Summary»")
    L.append(f"  {fastest} ran")
    ratios = {}
    for c in others:
        ratios[c] = f"{means[c] / means[fastest]:.2f}"
        L.append(f"    «greenB|{ratios[c]}» ± {r.uniform(0.1, 0.5):.2f} times faster than {c}")
    render_terminal(s, L, theme="gruvbox_light", fontname="hack", size=14, title="Terminal — hyperfine", chrome="win")
    slow = max(cmds, key=lambda c: means[c])
    s.q("which of the three commands was fastest", fastest, "code", "argmin")
    s.q("mean time for the grep run?", f"{means[cmds[1]]:.1f} ms", "number", "lookup")
    s.q(f"how many times faster was {fastest} than {slow}", ratios[slow], "number", "ratio")
    s.q("How many runs did hyperfine do for ag?", runs[cmds[2]], "count", "lookup")
    return s


def term_cargo_audit(seed):
    r = _r(seed, "audit")
    s = Scene("term_cargo_audit.png", "`cargo audit` with 3 advisories (2 vulnerabilities, 1 warning)", "terminal", "dark (horizon)", "PIL", "crate, version, advisory ID, severity, solution")
    advs = [("quickxml-lite", "0.21.3", "Unbounded recursion when parsing nested entities", "8.2 (high)", ">=0.23.1", "vuln"),
            ("tokenbucket", "1.4.0", "Integer overflow in refill computation", "5.9 (medium)", ">=1.4.2", "vuln"),
            ("ansi-colorize", "0.3.7", "Crate is unmaintained", None, None, "warn")]
    r.shuffle(advs)
    ids = {}
    L = ["❯ cargo audit",
         "    «greenB|Fetching» advisory database from `https://github.com/RustSec/advisory-db.git`",
         f"      «greenB|Loaded» {r.randint(600, 900)} security advisories (from /home/dev/.cargo/advisory-db)",
         "    «greenB|Updating» crates.io index",
         f"    «greenB|Scanning» Cargo.lock for vulnerabilities ({r.randint(180, 320)} crate dependencies)"]
    for crate, ver, title, sev, sol, kind in advs:
        aid = f"RUSTSEC-2025-{r.randint(10, 99):04d}"
        while aid in ids.values():
            aid = f"RUSTSEC-2025-{r.randint(10, 99):04d}"
        ids[crate] = aid
        L.append(f"«redB|Crate:»     {crate}" if kind == "vuln" else f"«yellowB|Crate:»     {crate}")
        L.append(f"«redB|Version:»   {ver}" if kind == "vuln" else f"«yellowB|Version:»   {ver}")
        if kind == "warn":
            L.append("«yellowB|Warning:»   unmaintained")
        L.append(f"«redB|Title:»     {title}" if kind == "vuln" else f"«yellowB|Title:»     {title}")
        L.append(f"«dim|Date:»      2025-0{r.randint(1, 9)}-{r.randint(10, 28)}")
        L.append(f"«dim|ID:»        {aid}")
        if sev:
            L.append(f"«dim|Severity:»  {sev}")
            L.append(f"«dim|Solution:»  Upgrade to {sol}")
        L.append("")
    L.append("«redB|error:» 2 vulnerabilities found!")
    L.append("«yellowB|warning:» 1 allowed warning found")
    render_terminal(s, L, theme="horizon", fontname="jetbrains", size=14, title="cargo audit — ~/src/ledgerd")
    v1 = [a for a in advs if a[5] == "vuln"]
    hi = [a for a in v1 if "high" in a[3]][0]
    med = [a for a in v1 if "medium" in a[3]][0]
    s.q("how many vulnerabilities did cargo audit find", 2, "count", "count")
    s.q(f"whats the advisory id for {med[0]}?", ids[med[0]], "code", "lookup")
    s.q("Which crate has the high severity issue?", hi[0], "text", "read")
    s.q(f"{hi[0]} needs upgrading to what version", hi[4], "version", "lookup")
    return s


def term_systemd_analyze(seed):
    r = _r(seed, "sda")
    s = Scene("term_systemd_analyze.png", "`systemd-analyze` + `systemd-analyze blame`", "terminal", "dark (solarized dark)", "PIL", "boot phases and 11 slowest units")
    fw, ld, kn, us = [round(r.uniform(a, b), 3) for a, b in [(2, 6), (0.5, 3), (1, 3), (4, 12)]]
    tot = round(fw + ld + kn + us, 3)
    units = ["NetworkManager-wait-online.service", "docker.service", "plymouth-quit-wait.service", "snapd.seeded.service",
             "fwupd.service", "udisks2.service", "cups.service", "apt-daily-upgrade.service", "ModemManager.service",
             "accounts-daemon.service", "systemd-journal-flush.service"]
    r.shuffle(units)
    t = sorted([r.randint(120, 6900) for _ in units], reverse=True)
    while len(set(t)) < len(t):
        t = sorted([r.randint(120, 6900) for _ in units], reverse=True)
    vals = dict(zip(units, t))

    def fmt(ms):
        return f"{ms/1000:.3f}s" if ms >= 1000 else f"{ms}ms"
    L = ["[tomas@ryzen ~]$ systemd-analyze",
         f"Startup finished in {fw:.3f}s (firmware) + {ld:.3f}s (loader) + {kn:.3f}s (kernel) + {us:.3f}s (userspace) = {tot:.3f}s",
         f"«green|graphical.target» reached after {us - 0.021:.3f}s in userspace.",
         "[tomas@ryzen ~]$ systemd-analyze blame | head -11"]
    for u in units:
        L.append(f"«yellow|{fmt(vals[u]):>9}» {u}")
    L.append("[tomas@ryzen ~]$ ")
    render_terminal(s, L, theme="solarized_dark", fontname="dejavu_mono", size=14, title="tomas@ryzen:~", chrome="win")
    u2 = units[3]
    s.q("which unit took the longest to start", units[0], "code", "argmax")
    s.q(f"how long did {u2} take?", fmt(vals[u2]), "time", "lookup")
    s.q("total boot time?", f"{tot:.3f}s", "time", "lookup")
    s.q("kernel plus userspace time, in seconds", f"{kn + us:.3f}", "number", "sum", literal=False)
    return s


def term_iostat(seed):
    r = _r(seed, "iostat")
    s = Scene("term_iostat.png", "`iostat -x 1 1` extended device stats", "terminal", "dark (tomorrow night)", "PIL", "avg-cpu line, 5 devices")
    cpu = [round(r.uniform(a, b), 2) for a, b in [(5, 30), (0, 2), (2, 10), (0.5, 25), (0, 0.5)]]
    idle = round(100 - sum(cpu), 2)
    devs = ["nvme0n1", "nvme1n1", "sda", "sdb", "dm-0"]
    rows = {}
    for d in devs:
        rows[d] = dict(rs=round(r.uniform(0, 400), 2), ws=round(r.uniform(0, 300), 2), rk=round(r.uniform(0, 30000), 2),
                       wk=round(r.uniform(0, 20000), 2), aw=round(r.uniform(0.1, 12), 2), util=round(r.uniform(1, 98), 2))
    L = ["$ iostat -x 1 1", f"Linux 6.8.0-45-generic (db-replica-2) \t03/11/2025 \t_x86_64_\t(16 CPU)".replace("\t", "  "), "",
         "avg-cpu:  %user   %nice %system %iowait  %steal   %idle",
         "          " + "  ".join(f"{v:6.2f}" for v in cpu + [idle]), "",
         "«boldB|Device            r/s     w/s     rkB/s     wkB/s  r_await  %util»"]
    for d in devs:
        x = rows[d]
        L.append(f"{d:<12} {x['rs']:8.2f} {x['ws']:7.2f} {x['rk']:9.2f} {x['wk']:9.2f} {x['aw']:8.2f} {x['util']:6.2f}")
    L.append("")
    render_terminal(s, L, theme="tomorrow_night", fontname="liber_mono", size=15, title="root@db-replica-2")
    busiest = max(devs, key=lambda d: rows[d]["util"])
    s.q("Which disk is the busiest by %util?", busiest, "code", "argmax")
    s.q("w/s for sda", f"{rows['sda']['ws']:.2f}", "number", "cell")
    s.q("what's the iowait percentage", f"{cpu[3]:.2f}", "percent", "lookup")
    return s


def term_nmcli(seed):
    r = _r(seed, "nmcli")
    s = Scene("term_nmcli.png", "`nmcli device status` + `nmcli device wifi list`", "terminal", "light (iceberg light)", "PIL", "4 devices, 7 wifi networks, one in use")
    nets = ["Kaffebar_5G", "eduroam", "FRITZ!Box 7590 XK", "Vodafone-3F2A", "Telekom_FON", "HUAWEI-B535-88D1", "Lab-IoT"]
    r.shuffle(nets)
    inuse = nets[r.randint(0, 3)]
    sec_opts = ["WPA2", "WPA3", "WPA2 WPA3", "--", "WPA1 WPA2"]
    data = []
    for n in nets:
        sig = r.randint(22, 96)
        data.append(dict(ssid=n, chan=r.choice([1, 6, 11, 36, 44, 100, 149]), sig=sig, sec=r.choice(sec_opts)))
    data.sort(key=lambda x: -x["sig"])
    L = ["[jonas@t14 ~]$ nmcli device status",
         "«boldB|DEVICE          TYPE      STATE                   CONNECTION»",
         f"wlp3s0          wifi      «green|connected»               {inuse}",
         "enp0s31f6       ethernet  «red|unavailable»             --",
         "docker0         bridge    «green|connected (externally)»  docker0",
         "lo              loopback  «dim|unmanaged»               --",
         "[jonas@t14 ~]$ nmcli device wifi list",
         "«boldB|IN-USE  SSID                CHAN  RATE        SIGNAL  BARS  SECURITY»"]
    bars = lambda v: "▂▄▆█" if v >= 75 else "▂▄▆_" if v >= 50 else "▂▄__" if v >= 30 else "▂___"
    for x in data:
        mark = "*" if x["ssid"] == inuse else " "
        L.append(f"{mark:<7} {x['ssid']:<19} {x['chan']:<5} {r.choice([130, 270, 405, 540]):>3} Mbit/s  {x['sig']:<6}  {bars(x['sig'])}  {x['sec']}")
    L.append("[jonas@t14 ~]$ ")
    render_terminal(s, L, theme="iceberg_light", fontname="dejavu_mono", size=14, title="jonas@t14:~", chrome="mac")
    pick = [x for x in data if x["ssid"] != inuse][1]
    n_wpa3 = sum("WPA3" in x["sec"] for x in data)
    s.q("which wifi am I connected to right now", inuse, "text", "selected")
    s.q(f"signal strength of {pick['ssid']}?", pick["sig"], "number", "cell")
    s.q("how many of the networks support WPA3", n_wpa3, "count", "count", literal=False)
    s.q("What state is the ethernet device in?", "unavailable", "text", "lookup")
    return s


def term_lvs(seed):
    r = _r(seed, "lvs")
    s = Scene("term_lvs.png", "`sudo lvs` + `sudo vgs` (LVM)", "terminal", "dark (zenburn)", "PIL", "6 logical volumes in 2 VGs")
    lvs = [("home", "vg0", "-wi-ao----", r.choice([120, 160, 200]), "", ""),
           ("root", "vg0", "-wi-ao----", r.choice([40, 50, 64]), "", ""),
           ("swap", "vg0", "-wi-ao----", r.choice([8, 16]), "", ""),
           ("thinpool", "vg1", "twi-aotz--", r.choice([300, 400, 500]), "", f"{r.uniform(30, 80):.2f}"),
           ("vm-101-disk-0", "vg1", "Vwi-aotz--", r.choice([32, 48, 64]), "thinpool", f"{r.uniform(20, 90):.2f}"),
           ("vm-102-disk-0", "vg1", "Vwi-a-tz--", r.choice([80, 100, 128]), "thinpool", f"{r.uniform(20, 90):.2f}")]
    vsz0 = 476.92
    vsz1 = 931.51
    free0 = round(vsz0 - sum(l[3] for l in lvs if l[1] == "vg0"), 2)
    free1 = round(vsz1 - [l[3] for l in lvs if l[0] == "thinpool"][0] - 0.1, 2)
    L = ["root@pve:~# lvs", "  «boldB|LV            VG  Attr       LSize    Pool     Data%»"]
    for lv, vg, at, sz, pool, data in lvs:
        L.append(f"  {lv:<13} {vg:<3} {at} {sz:>7.2f}g {pool:<8} {data:>5}")
    L += ["root@pve:~# vgs", "  «boldB|VG  #PV #LV #SN Attr   VSize    VFree»",
          f"  vg0   1   3   0 wz--n- {vsz0:.2f}g {free0:>7.2f}g", f"  vg1   1   3   0 wz--n- {vsz1:.2f}g {free1:>7.2f}g", "root@pve:~# "]
    render_terminal(s, L, theme="zenburn", fontname="inconsolata", size=17, title="root@pve: ~", chrome="win", min_cols=56)
    vm2 = lvs[5]
    s.q("how big is the home volume", f"{lvs[0][3]:.2f}g", "number", "cell")
    s.q("free space left in vg1?", f"{free1:.2f}g", "number", "lookup")
    s.q("Data% of vm-102-disk-0", vm2[5], "percent", "cell")
    tot0 = sum(l[3] for l in lvs if l[1] == "vg0")
    s.q("total size of all the LVs in vg0 (GB)", f"{tot0:.2f}", "number", "sum", literal=False)
    return s


def term_redis(seed):
    r = _r(seed, "redis")
    s = Scene("term_redis_cli.png", "`redis-cli` session (INFO, DBSIZE, GET, TTL, HGETALL, error)", "terminal", "dark (cobalt2)", "PIL", "version, key count, hash fields, a wrong-arity error")
    ver = f"7.{r.randint(0, 4)}.{r.randint(1, 14)}"
    nkeys = r.randint(10000, 99999)
    ttl = r.randint(300, 3600)
    user = r.choice(["marta.k", "j.novak", "aoife_b", "p.lindqvist"])
    fields = [("plan", r.choice(["pro", "team", "free"])), ("seats", str(r.randint(2, 40))), ("renews", f"2025-{r.randint(10, 12)}-{r.randint(10, 28)}"), ("region", r.choice(["eu-west", "ap-south", "us-east"]))]
    P = "«cyan|127.0.0.1:6379>»"
    L = ["$ redis-cli", f"{P} INFO server", "# Server", f"redis_version:{ver}", "redis_mode:standalone", "os:Linux 6.1.0-18-amd64 x86_64",
         f"uptime_in_days:{r.randint(3, 120)}", f"{P} DBSIZE", f"(integer) {nkeys}", f"{P} GET session:9f2a:user", f'"{user}"',
         f"{P} TTL session:9f2a:user", f"(integer) {ttl}", f"{P} HGETALL account:4471"]
    i = 1
    for k, v in fields:
        L.append(f'{i}) "{k}"')
        L.append(f'{i+1}) "{v}"')
        i += 2
    L += [f"{P} SET cache:warm", "«red|(error) ERR wrong number of arguments for 'set' command»", f"{P} "]
    render_terminal(s, L, theme="cobalt2", fontname="fira", size=15, title="redis-cli", chrome="mac")
    s.q("which redis version is the server running", ver, "version", "version")
    s.q("How many keys are in the db?", nkeys, "count", "lookup")
    s.q("what's the plan in account:4471", fields[0][1], "text", "lookup")
    s.q("what error did the last command give?", "ERR wrong number of arguments for 'set' command", "error", "error")
    return s


def term_pytest_benchmark(seed):
    r = _r(seed, "ptb")
    s = Scene("term_pytest_benchmark.png", "`pytest --benchmark-only` (pytest-benchmark table)", "terminal", "light (paper white)", "PIL", "6 benchmarks with min/max/mean/rounds")
    names = ["test_parse_small", "test_parse_large", "test_serialize_dict", "test_serialize_dataclass", "test_roundtrip", "test_validate_schema"]
    rows = []
    for n in names:
        mn = round(r.uniform(5, 900), 4)
        rows.append(dict(n=n, min=mn, max=round(mn * r.uniform(1.5, 4), 4), mean=round(mn * r.uniform(1.05, 1.4), 4), rounds=r.randint(400, 60000)))
    rows.sort(key=lambda x: x["min"])
    L = ["$ pytest tests/bench --benchmark-only -q", "«dim|......»                                                         «green|[100%]»", "",
         "«yellow|------------- benchmark: 6 tests -------------»",
         "«boldB|Name (time in us)                Min         Max        Mean     Rounds»",
         "«yellow|--------------------------------------------------------------------------»"]
    for x in rows:
        L.append(f"{x['n']:<26} {x['min']:>10.4f}  {x['max']:>10.4f}  {x['mean']:>10.4f}  {x['rounds']:>9}")
    L += ["«yellow|--------------------------------------------------------------------------»", "",
          f"«green|6 passed in {r.uniform(8, 30):.2f}s»"]
    render_terminal(s, L, theme="paper_white", fontname="nimbus_mono", size=16, title="~/work/fastcodec", chrome="win")
    slow = max(rows, key=lambda x: x["mean"])
    pick = rows[2]
    s.q("which benchmark has the highest mean", slow["n"], "code", "argmax")
    s.q(f"Mean time of {pick['n']}?", f"{pick['mean']:.4f}", "number", "cell")
    s.q(f"rounds for {rows[4]['n']}", rows[4]["rounds"], "count", "cell")
    return s


def term_eslint(seed):
    r = _r(seed, "eslint")
    s = Scene("term_eslint.png", "`npx eslint src/` output", "terminal", "dark (github dark)", "PIL", "3 files, errors and warnings with rules")
    rules_e = ["no-unused-vars", "no-undef", "eqeqeq", "react-hooks/rules-of-hooks", "no-console"]
    files = ["src/components/CartDrawer.tsx", "src/hooks/useCheckout.ts", "src/utils/price.ts"]
    probs = []
    for f in files:
        n = r.randint(2, 4)
        lines = sorted(r.sample(range(3, 180), n))
        for ln in lines:
            sev = r.choice(["error", "warning"])
            rule = r.choice(rules_e)
            probs.append((f, ln, r.randint(1, 40), sev, rule))
    msgs = {"no-unused-vars": "'{v}' is defined but never used", "no-undef": "'{v}' is not defined", "eqeqeq": "Expected '===' and instead saw '=='",
            "react-hooks/rules-of-hooks": "React Hook \"useEffect\" is called conditionally", "no-console": "Unexpected console statement"}
    vars_ = ["formatEUR", "taxRate", "retryCount", "session", "discount"]
    L = ["~/shop-web on «magenta|main» ❯ npx eslint src/", ""]
    for f in files:
        L.append(f"«boldB|/home/ana/shop-web/{f}»")
        for (ff, ln, col, sev, rule) in probs:
            if ff != f:
                continue
            m = msgs[rule].format(v=r.choice(vars_))
            c = "red" if sev == "error" else "yellow"
            L.append(f"  «dim|{ln}:{col}»{' ' * (8 - len(f'{ln}:{col}'))}«{c}|{sev:<7}»  {m:<48} «dim|{rule}»")
        L.append("")
    ne = sum(p[3] == "error" for p in probs)
    nw = len(probs) - ne
    L.append(f"«redB|✖ {len(probs)} problems ({ne} errors, {nw} warnings)»")
    render_terminal(s, L, theme="github_dark", fontname="jetbrains", size=14, title="ana@dev: ~/shop-web", chrome="mac")
    s.q("how many errors does eslint report", ne, "count", "count")
    p = [x for x in probs if x[0] == files[1]][0]
    s.q(f"which rule is flagged on line {p[1]} of useCheckout.ts?", p[4], "code", "lookup")
    s.q("how many problems are in price.ts", sum(x[0] == files[2] for x in probs), "count", "count", literal=False)
    return s


def term_dig(seed):
    r = _r(seed, "dig")
    s = Scene("term_dig.png", "`dig` A and MX lookups", "terminal", "dark (nightfox)", "PIL", "answer section, TTLs, query time, server")
    dom = "kalnu-maize.lv"
    ips = [f"185.{r.randint(10, 250)}.{r.randint(0, 255)}.{r.randint(2, 250)}" for _ in range(r.randint(2, 3))]
    ttl = r.choice([300, 600, 1800, 3600])
    qt = r.randint(9, 95)
    mx = [(10, "mx1.mailhost.eu"), (20, "mx2.mailhost.eu"), (r.choice([30, 50]), "backup-mx.kalnu-maize.lv")]
    L = [f"$ dig {dom} A", "", f"; <<>> DiG 9.18.28-1~deb12u2-Debian <<>> {dom} A", ";; global options: +cmd", ";; Got answer:",
         f";; ->>HEADER<<- opcode: QUERY, status: «green|NOERROR», id: {r.randint(1000, 65000)}",
         f";; flags: qr rd ra; QUERY: 1, ANSWER: {len(ips)}, AUTHORITY: 0, ADDITIONAL: 1", "", ";; «boldB|ANSWER SECTION:»"]
    for ip in ips:
        L.append(f"{dom}.\t\t{ttl}\tIN\tA\t«yellow|{ip}»".replace("\t", "    "))
    L += ["", f";; Query time: {qt} msec", ";; SERVER: 1.1.1.1#53(1.1.1.1) (UDP)", ";; WHEN: Tue Mar 11 09:42:17 EET 2025", "",
          f"$ dig +short {dom} MX"] + [f"{p} {h}." for p, h in mx]
    render_terminal(s, L, theme="nightfox", fontname="hack", size=14, title="dig — zsh", chrome="mac")
    s.q("how long did the dns query take", f"{qt} msec", "time", "lookup")
    s.q("how many A records came back?", len(ips), "count", "count")
    s.q("which mail server has the lowest priority number", "mx1.mailhost.eu", "text", "argmin")
    s.q("what's the TTL on the A records", ttl, "number", "lookup")
    return s


def term_certbot(seed):
    r = _r(seed, "certbot")
    s = Scene("term_certbot.png", "`sudo certbot certificates`", "terminal", "amber monochrome", "PIL", "4 certificates with domains, expiry, validity")
    certs = [("bakery-orsi.hu", ["bakery-orsi.hu", "www.bakery-orsi.hu"]), ("api.tavern-maps.io", ["api.tavern-maps.io"]),
             ("mail.kovacs-it.hu", ["mail.kovacs-it.hu", "webmail.kovacs-it.hu"]), ("status.tavern-maps.io", ["status.tavern-maps.io"])]
    days = r.sample([-4, 9, 17, 33, 58, 71, 86], 4)
    import datetime as dt
    now = dt.datetime(2025, 3, 11, 9, 0)
    L = ["admin@edge-01:~$ sudo certbot certificates", "Saving debug log to /var/log/letsencrypt/letsencrypt.log", "",
         "- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "Found the following certs:"]
    exp = {}
    for (name, doms), dd in zip(certs, days):
        e = now + dt.timedelta(days=dd, hours=r.randint(1, 12))
        exp[name] = (e, dd)
        valid = f"(VALID: {dd} days)" if dd > 0 else "(INVALID: EXPIRED)"
        L += [f"  Certificate Name: {name}", f"    Serial Number: {r.getrandbits(140):x}"[:54], "    Key Type: ECDSA",
              f"    Domains: {' '.join(doms)}", f"    Expiry Date: {e:%Y-%m-%d %H:%M:%S}+00:00 {valid}",
              f"    Certificate Path: /etc/letsencrypt/live/{name}/fullchain.pem"]
    L += ["- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -", "admin@edge-01:~$ "]
    render_terminal(s, L, theme="amber", fontname="nimbus_mono", size=15, title="admin@edge-01", chrome=None)
    first = min(certs, key=lambda c: exp[c[0]][0])[0]
    alive = [c for c in certs if exp[c[0]][1] > 0]
    soon = min(alive, key=lambda c: exp[c[0]][1])[0]
    s.q("which cert has the earliest expiry date", first, "text", "earliest")
    s.q(f"how many days left on {soon}", exp[soon][1], "number", "lookup")
    exp_name = [c[0] for c in certs if exp[c[0]][1] < 0][0]
    s.q(f"is the {exp_name} cert still valid?", "no", "yesno", "state_yesno")
    return s


def term_rustc_error(seed):
    r = _r(seed, "rustc")
    s = Scene("term_cargo_build_error.png", "`cargo build` with a rustc E0308 error and a warning", "terminal", "dark (mocha)", "PIL", "error code, file:line, expected/found types")
    ln = r.randint(40, 140)
    L = ["❯ cargo build", "   «greenB|Compiling» tilemaker v0.4.2 (/home/ilze/code/tilemaker)",
         "«yellowB|warning»«boldB|: unused import: `std::fmt::Write`»", "  «blue|-->» src/render.rs:3:5", "   «blue||»",
         "«blue|3 |» use std::fmt::Write;", "   «blue||»     «yellow|^^^^^^^^^^^^^^^^»", "",
         "«redB|error[E0308]»«boldB|: mismatched types»", f"   «blue|-->» src/tiles/cache.rs:{ln}:23", "    «blue||»",
         f"«blue|{ln} |»     let bytes: u32 = entry.len();", "    «blue||»                «blue|---»   «red|^^^^^^^^^^^ expected `u32`, found `usize`»",
         "    «blue||»                «blue||»", "    «blue||»                «blue|expected due to this»", "",
         "«boldB|For more information about this error, try `rustc --explain E0308`.»",
         "«yellowB|warning»«boldB|:» `tilemaker` (lib) generated 1 warning",
         "«redB|error»«boldB|:» could not compile `tilemaker` (lib) due to 1 previous error; 1 warning emitted"]
    render_terminal(s, L, theme="mocha", fontname="fira", size=14, title="tilemaker — cargo build", chrome="mac")
    s.q("what's the compile error", "mismatched types", "error", "error")
    s.q("error code?", "E0308", "code", "read")
    s.q("which line of cache.rs is the error on", ln, "number", "lookup")
    return s


def term_pnpm(seed):
    r = _r(seed, "pnpm")
    s = Scene("term_pnpm_outdated.png", "`pnpm outdated` box table", "terminal", "light (tango light)", "PIL", "7 packages, current/latest, dev flag")
    pk = [("vite", 5, True), ("react", 18, False), ("react-dom", 18, False), ("zod", 3, False), ("vitest", 1, True), ("@tanstack/react-query", 5, False), ("eslint", 8, True)]
    rows = []
    for n, maj, dev in pk:
        cur = f"{maj}.{r.randint(0, 20)}.{r.randint(0, 9)}"
        bump = r.random() < 0.4
        lat = f"{maj + 1}.{r.randint(0, 5)}.{r.randint(0, 9)}" if bump else f"{maj}.{int(cur.split('.')[1]) + r.randint(1, 6)}.{r.randint(0, 9)}"
        rows.append((n + (" (dev)" if dev else ""), cur, lat))
    w = [max(len(x[i]) for x in rows + [("Package", "Current", "Latest")]) + 2 for i in range(3)]
    def line(a, b, c):
        return "│" + "├┬┼┴┤"[0:0] + " " + a.ljust(w[0] - 1) + "│ " + b.ljust(w[1] - 1) + "│ " + c.ljust(w[2] - 1) + "│"
    top = "┌" + "─" * w[0] + "┬" + "─" * w[1] + "┬" + "─" * w[2] + "┐"
    mid = "├" + "─" * w[0] + "┼" + "─" * w[1] + "┼" + "─" * w[2] + "┤"
    bot = "└" + "─" * w[0] + "┴" + "─" * w[1] + "┴" + "─" * w[2] + "┘"
    L = ["PS C:\\dev\\atlas-ui> pnpm outdated", top, line("Package", "Current", "Latest"), mid]
    for i, (n, c, l) in enumerate(rows):
        L.append(line(n, c, l))
        L.append(mid if i < len(rows) - 1 else bot)
    L.append("PS C:\\dev\\atlas-ui> ")
    render_terminal(s, L, theme="tango_light", fontname="dejavu_mono", size=14, title="Windows PowerShell", chrome="win")
    major = [x for x in rows if x[1].split(".")[0] != x[2].split(".")[0]]
    s.q("latest version of zod?", rows[3][2], "version", "cell")
    s.q("which version of vite do i have installed", rows[0][1], "version", "cell")
    s.q("how many of these are dev dependencies", 3, "count", "count", literal=False)
    return s


ALL = [term_rustup, term_hyperfine, term_cargo_audit, term_systemd_analyze, term_iostat, term_nmcli, term_lvs, term_redis,
       term_pytest_benchmark, term_eslint, term_dig, term_certbot, term_rustc_error, term_pnpm]
