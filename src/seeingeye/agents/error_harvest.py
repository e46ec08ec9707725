"""The data the error-line model learns from, harvested from real programs on this machine (`train_errors.py
--harvest` writes `data/error_lines.jsonl`): what failing commands print (a missing file, a syntax error, a
refused connection, a compiler's diagnostic, an exception's last line, each errno's message) against what
working commands print (listings, tables, `--help` screens, man pages, version lines, package descriptions,
prompts). Names in the commands are invented per run, so a message is learnt, not a file name. Each command runs
in a fresh temporary folder with no input, and each failing one fails before it changes anything (a missing file,
a bad option, a refused connection on a port nothing listens on).

Each example is (text, label, group): label 1 for a line reporting a problem, 0 otherwise; the group is the
command, so cross-validation never tests a command on its own lines.
"""

from __future__ import annotations

import errno
import os
import random
import re
import subprocess
import tempfile
from dataclasses import dataclass

_WORDS = ("quill", "harbor", "mosaic", "tundra", "lantern", "orchid", "pylon", "ember", "cobalt", "fjord", "saffron",
          "gravel", "ripple", "thistle", "anvil", "juniper", "marble", "nimbus", "osprey", "tangent")

# Commands that fail, with {f} a file, {d} a folder, {w} a word; each prints its problem on stderr.
FAILING = (
    "cat {f}.txt", "ls {d}", "cd {d}", "rm {f}.log", "rmdir /usr", "mkdir /proc/{d}", "cp {f} /proc/{d}",
    "mv {f}.cfg {d}/", "chmod 999 {f}", "touch /nonexistent/{d}/{f}", "head -n {w} /etc/hostname",
    "tail -c {w} /etc/hostname", "sort -k 0 /etc/hostname", "cut -f /etc/hostname", "wc --{w}",
    "date -d '{w} {w}'", "sleep {w}", "kill 999999", "grep -E '(' /etc/hostname", "sed 's/a' /etc/hostname",
    "awk '{{' /etc/hostname", "tar xf {f}.tar", "gzip -d {f}.gz", "unzip {f}.zip", "xz -d {f}.xz",
    "find /{d} -name x", "python3 -c '1/0'", "python3 -c 'import {w}_{w}'", "python3 -c 'x = [1, 2'",
    "python3 -c 'print(undefined_{w})'", "python3 -c '{{}}[\"{w}\"]'", "python3 -c 'int(\"{w}\")'",
    "python3 -c 'open(\"{f}.json\")'", "python3 -c 'import json; json.loads(\"{{bad\")'",
    "python3 -c '[1][5]'", "python3 -c 'None.{w}'", "python3 -c 'assert 1 == 2, \"{w} mismatch\"'",
    "python3 -c 'raise RuntimeError(\"{w} not ready\")'", "python3 -c 'import os; os.rmdir(\"/usr\")'",
    "python3 {f}.py", "node -e 'null.{w}'", "node -e 'require(\"{w}-{w}\")'", "node -e 'JSON.parse(\"{{\")'",
    "node -e 'undefinedFn_{w}()'", "node {f}.js", "perl -e 'die \"cannot {w} the {w}\\n\"'", "perl -e '1 +'",
    "make", "make {w}", "git status", "git log", "git checkout {w}", "git init -q . && git checkout {w}",
"git clone /nonexistent/{d}.git", "jq . <<< '{{bad'",
    "jq '.{w}[' <<< '{{}}'", "sqlite3 :memory: 'select * from {w}'", "sqlite3 :memory: 'selec 1'",
    "sqlite3 :memory: 'create table t(a int primary key); insert into t values(1); insert into t values(1)'",
    "psql -h 127.0.0.1 -p 9 -c 'select 1'", "openssl x509 -in {f}.pem", "gpg --decrypt {f}.gpg",
    "curl -sS http://127.0.0.1:9/", "wget -q http://127.0.0.1:9/ -O /dev/null", "java {w}Main",
    "stat {f}", "du {d}", "ip link show {w}0", "diff {f} {d}", "ssh -o ConnectTimeout=1 -p 9 127.0.0.1",
    "bash -c '{w}_cmd'", "bash -c 'exit 3' && echo ok || echo 'command failed with status 3'",
    "ln -s /etc/hostname /etc/hostname", "zip -q {f}.zip /nonexistent/{f}", "gcc {f}.c", "cc -c {f}.c -o /",
    "bzip2 -d {f}.bz2", "file /{d}/{f}", "tr", "patch -p1 < /nonexistent/{f}.diff", "ls -l /proc/1/fd/{w}",
    "openssl enc -d -aes256 -in {f} -pass pass:x", "node -e 'throw new TypeError(\"{w} is not a function\")'",
    "python3 -c 'import sys; sys.exit(\"error: {w} failed to start\")'",
    "python3 -c 'import warnings; warnings.warn(\"{w} is deprecated\")'",
    "bc <<< '1/0'", "awk 'BEGIN {{ print 1/0 }}'", "expr 1 / 0", "python3 -c 'import decimal; decimal.Decimal(1) / 0'",
    "perl -e 'use strict; $x = 1;'", "java -jar {f}.jar", "tar tzf /etc/hostname", "unzip -t /etc/hostname",
    "python3 -c 'import sqlite3; sqlite3.connect(\":memory:\").execute(\"select {w}\")'",
    "node -e 'new Array(-1)'", "date -d 2025-13-45", "touch -d {w} {f}", "ls --sort={w}", "git log -n {w}",
    "jq -n '1 + \"{w}\"'", "gcc -l{w} {f}.c", "ssh-keygen -l -f {f}.pub", "gpg --import {f}.asc",
    "python3 -c 'import struct; struct.unpack(\"<I\", b\"ab\")'", "python3 -c 'x: int = \"a\" + 1'",
    "python3 -c 'import math; math.sqrt(-1)'", "python3 -c 'import datetime; datetime.date(2025, 2, 30)'",
    "python3 -c 'import re; re.compile(\"[{w}\")'", "node -e 'decodeURIComponent(\"%\")'",
    "sqlite3 :memory: 'create table t(a not null); insert into t values(null)'",
)

# Commands that work: what they print is no problem, even where it says "error" ("--ignore-errors"). Nothing
# lists what this machine happens to have installed (its packages, /usr): only files the harvest makes itself.
_TREE = ("mkdir -p {d}/src {d}/docs && for n in 1 2 3 4 5 6; do head -c $((n * 1300)) /dev/zero > {d}/src/{w}_$n.dat;"
         " done && touch {d}/docs/notes.md {d}/README && ")
WORKING = (
    _TREE + "ls -la {d} {d}/src", _TREE + "ls -lhR {d}", _TREE + "du -ah {d}", _TREE + "find {d} -type f | sort",
    _TREE + "tar -cvzf {d}.tgz {d} && tar -tvzf {d}.tgz", _TREE + "stat {d}/README",
    "dpkg-query -W -f '${{Package}} ${{Version}} ${{Priority}}\\n' | grep -E ' (required|important)$'",
    # prose a terminal may show (a licence, a module's documentation): sentences that report nothing wrong
    "head -250 /usr/share/common-licenses/GPL-3", "head -120 /usr/share/common-licenses/Apache-2.0",
    "python3 -m pydoc json | head -150", "python3 -m pydoc textwrap | head -120", "python3 -m pydoc csv | head -150",
    "df -h", "ps aux | head -25", "free -h", "uname -a",
    "cat /etc/os-release", "seq 1 5 | paste -sd' '",
    "printf '%-12s %8s %6s\\n' name size used {w} 12K 3% {w} 880M 41% {w} 2.1G 77%",
    "cal 2025", "id", "python3 -c 'import this'", "openssl version", "node -v", "gcc --version",
    "git --version", "tar --version", "make --version", "sqlite3 :memory: 'select 1, 2, 3'",
    "jq . <<< '{{\"{w}\": [1, 2], \"ok\": true}}'", "man -P cat ls 2>/dev/null | head -120",
    "man -P cat grep 2>/dev/null | head -160", "man -P cat tar 2>/dev/null | head -120",
    "python3 -c 'print(\"\\n\".join(f\"{{i:>3}} {{i*i:>6}} {{i**3:>8}}\" for i in range(1, 30)))'",
    "python3 -c 'import platform; print(platform.platform())'", "java -version 2>&1", "perl -v",
    "env -i PATH=/usr/bin locale 2>/dev/null", "apt-cache policy python3 2>/dev/null | head -20",
    "git init -q . && git status", "stat /etc/hostname", "wc -l /etc/services", "head -40 /etc/services",
    "ip -brief addr 2>/dev/null", "sort /etc/shells", "date -d '2025-03-14 10:00' '+%A %d %B %Y %H:%M'",
    "printf 'import unittest\\nclass T(unittest.TestCase):\\n    def test_a(self): pass\\n' > t_ok.py"
    " && python3 -m unittest -v t_ok 2>&1", "sqlite3 :memory: 'pragma integrity_check'", "git init 2>&1",
    "tar -cvf x.tar /etc/hostname /etc/shells 2>&1", "python3 -m pip --version", "gpg --version | head -8",
    "node -e 'console.log(JSON.stringify({{a: 1, ok: true, items: [1, 2]}}, null, 2))'",
    "mkdir -v {d} && touch {d}/a {d}/b && cp -v {d}/a {d}/c && mv -v {d}/b {d}/d && rm -v {d}/c",
    "seq 1 2000 > n.txt && gzip -v n.txt 2>&1 && gunzip -v n.txt.gz 2>&1",
    "ssh-keygen -q -t ed25519 -f k -N '' -C {w}@host <<< y >/dev/null; ssh-keygen -l -f k.pub",
    "ssh-keygen -t ed25519 -f k2 -N '' -C {w} 2>&1 | head -4",
    "git init -q . && git config user.email a@b.c && git config user.name {w} && touch f && git add f"
    " && git commit -m 'add {w}' 2>&1 && git log --stat 2>&1",
    "printf 'all:\\n\\t@echo compiling {w}.o\\n\\t@echo linking {w}\\n' > Makefile && make 2>&1",
    "openssl genpkey -algorithm ed25519 2>&1 | head -3", "zip -r z.zip /etc/hostname /etc/shells 2>&1",
    "unzip -l /usr/share/doc/*/*.zip 2>/dev/null | head -20", "python3 -m py_compile {f}.py && echo compiled",
    "printf 'x = 1\\n' > ok.py && python3 -m py_compile ok.py && ls -l ok.py __pycache__",
    "apt-get -s install --no-download sl 2>&1 | head -12", "gcc -v 2>&1 | tail -3",
    "python3 -c 'import logging, sys; logging.basicConfig(stream=sys.stdout, level=logging.INFO);"
    " [logging.info(\"{w} step %d done\", i) for i in range(5)]'",
    *(f"{t} --help 2>&1 | head -80" for t in ("ls", "cp", "grep", "tar", "gzip", "curl", "wget", "sort", "find",
                                               "git", "make", "gcc", "sqlite3", "jq", "ssh", "rsync", "zip",
                                               "unzip", "du", "df", "diff", "patch", "openssl", "python3",
                                               "node", "date", "chmod", "xz", "sed", "awk", "pip3", "psql")),
)


@dataclass(frozen=True)
class Example:
    text: str
    label: int
    group: str


def _kept(line: str, failing: bool) -> str | None:
    """A printed line worth learning from: words in it, not a compiler's source echo ("  3 | int x") nor its
    caret line; of a failure, only what reports the problem, not a traceback's frames and source (indented),
    its header, nor the hint to read the help."""
    t = line.rstrip()
    if len(t.strip()) < 3 or not re.search(r"[A-Za-z]{2}", t) or len(t) > 200:
        return None
    if re.match(r"^\s*\d*\s*\|", t) or re.fullmatch(r"[\s^~|+-]+", t):
        return None
    if failing and (t[:1].isspace() or re.match(r"Traceback \(|Try '|Node\.js v|For more information|- |Require", t)
                    or len(re.findall(r"[A-Za-z]{2,}", t)) < 2):
        return None  # (nor the source a runtime echoes over its message: "null.x", "[eval]:1")
    return t


def _run(cmd: str, cwd: str, stream: str) -> list[str]:
    try:
        done = subprocess.run(["bash", "-c", cmd], cwd=cwd, capture_output=True, text=True, timeout=20,
                              stdin=subprocess.DEVNULL, errors="replace")
    except subprocess.TimeoutExpired:
        return []
    out = done.stderr if stream == "stderr" else done.stdout
    if stream == "stderr" and not out.strip():  # "|| echo 'command failed'": the report came on stdout
        out = done.stdout
    return [k for ln in out.splitlines() if (k := _kept(ln, stream == "stderr")) is not None]


def _filled(cmd: str, rng: random.Random, cwd: str) -> str:
    """The command with invented names, and the files it reads written under `cwd`: a broken C file, a
    Python and a JavaScript file that raise."""
    word, n = rng.choice(_WORDS), rng.randint(1, 99)
    base = os.path.join(cwd, f"{word}_{n}")
    with open(f"{base}.c", "w") as f:
        f.write(f"int main(void) {{\n  int {word} = 3\n  return {word}_count;\n}}\n")
    with open(f"{base}.py", "w") as f:
        f.write(f"def load():\n    return {{}}['{word}']\n\nload()\n")
    with open(f"{base}.js", "w") as f:
        f.write(f"const {word} = require('./{word}-missing');\n")
    return cmd.format(f=f"{word}_{n}", d=f"{rng.choice(_WORDS)}s", w=rng.choice(_WORDS))


def harvest(seed: int = 34, repeats: int = 3) -> list[Example]:
    """Every failing command `repeats` times with fresh names (its problem lines, label 1), every working
    command once (label 0), each errno's message and prefixed forms (label 1)."""
    rng = random.Random(seed)
    out: list[Example] = []
    for k, cmd in enumerate(FAILING):
        for _ in range(repeats):
            with tempfile.TemporaryDirectory() as cwd:
                lines = _run(_filled(cmd, rng, cwd), cwd, "stderr")
            out += [Example(t, 1, f"fail{k}") for t in lines[-4:]]
    for k, cmd in enumerate(WORKING):
        with tempfile.TemporaryDirectory() as cwd:
            lines = _run(_filled(cmd, rng, cwd), cwd, "stdout")
        out += [Example(t, 0, f"work{k}") for t in lines]
    for n in range(1, 134):
        msg = os.strerror(n)
        if msg.startswith("Unknown error"):
            continue
        name = errno.errorcode.get(n, "")
        out += [Example(msg, 1, f"errno{n}"),
                Example(f"{rng.choice(_WORDS)}: {rng.choice(_WORDS)}.dat: {msg}", 1, f"errno{n}"),
                Example(f"[Errno {n}] {msg}" + (f" ({name})" if name else ""), 1, f"errno{n}")]
    return list({(e.text, e.label): e for e in out}.values())  # (one copy of a line said the same way)
