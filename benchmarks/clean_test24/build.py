#!/usr/bin/env python3
"""Build the clean_test24 held-out split.

Usage:  /work/main/.venv/bin/python build.py [module ...]
Writes images/*.png and manifest.jsonl next to this file.  Deterministic for a fixed SEED.
"""
import collections
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

SEED = 68351

import scenes_term  # noqa: E402
import scenes_paper  # noqa: E402
import scenes_html  # noqa: E402
import scenes_charts  # noqa: E402

# Every scene builds a pool of candidate questions; this fixed list (0-based index within
# the scene) trims the pool to the target size (~170) while keeping rarer intents.
DROP = {
    "rcpt_tn_superette.png": [2], "rcpt_ua_cafe.png": [2], "rcpt_hk_dimsum.png": [3], "ticket_tw_hsr.png": [2],
    "nutrition_label.png": [3], "map_park_markers.png": [0],
    "inv_bg_faktura.png": [2], "inv_co_factura.png": [1], "stmt_my_bank.png": [3], "web_stay_confirmation.png": [2],
    "web_issue_tracker.png": [2], "web_pr_checks.png": [1], "web_backup_settings.png": [1], "table_cricket_points.png": [1],
    "table_marathon_results.png": [2], "web_team_chat_dark.png": [1], "web_mail_reading_pane.png": [1],
    "web_calendar_month.png": [2], "web_laptop_compare.png": [3], "web_grocery_cart_kz.png": [1], "web_docs_toc.png": [0],
    "web_analytics_dashboard.png": [0], "web_airport_departures.png": [2], "doc_report_card.png": [0],
    "web_browser_error.png": [2], "web_conference_registration.png": [2], "slide_migration_timeline.png": [2],
    "slide_unit_economics.png": [0],
    "term_rustup.png": [3], "term_hyperfine.png": [3], "term_cargo_audit.png": [3], "term_systemd_analyze.png": [2],
    "term_iostat.png": [1], "term_nmcli.png": [3], "term_lvs.png": [2], "term_redis_cli.png": [2],
    "term_pytest_benchmark.png": [2], "term_dig.png": [0, 3], "term_cargo_build_error.png": [2],
    "term_pnpm_outdated.png": [1], "term_eslint.png": [2], "chart_donut_storage.png": [1], "chart_stacked_energy.png": [2],
}

MODULES = {"paper": scenes_paper, "html": scenes_html, "term": scenes_term, "charts": scenes_charts}


def main():
    only = sys.argv[1:]
    scenes = []
    for key in ["paper", "html", "term", "charts"]:
        if only and key not in only:
            continue
        for fn in MODULES[key].ALL:
            sc = fn(SEED)
            sc.check()
            sc.qs = [q for i, q in enumerate(sc.qs) if i not in DROP.get(sc.file, [])]
            scenes.append(sc)
            print(f"{sc.file:40s} {sc.size} {len(sc.qs)}", flush=True)
    if only:
        return
    here = os.path.dirname(os.path.abspath(__file__))
    rows, n = [], 0
    for sc in scenes:
        for q in sc.qs:
            n += 1
            rows.append(dict(id=f"c24-{n:04d}", image=f"images/{sc.file}", question=q["question"], answer=q["answer"],
                             answer_type=q["answer_type"], category=sc.category, intent=q["intent"], literal=q["literal"]))
    with open(os.path.join(here, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(here, scenes, rows)
    print(len(scenes), "images", len(rows), "questions")
    for k in ["answer_type", "category", "intent"]:
        print(k, dict(collections.Counter(r[k] for r in rows).most_common()))


README_HEAD = """# clean_test24 — held-out VQA test split

Independent test split for seeingeye, built without looking at how the system works. All content
(names, amounts, dates, versions, chart data) is invented by `build.py` from one seed; every gold
answer is computed from that generated data, and every answer marked `literal: true` is asserted to
appear in the text that was drawn into the image (PIL / matplotlib strings, or the visible text of the
HTML page rendered by chromium).

* **SEED = 68351** (constant in `build.py`; each scene uses `random.Random(f"{SEED}-{scene}")`).
* **Rebuild:** `cd benchmarks/clean_test24 && /work/main/.venv/bin/python build.py`
  (about 40 s on 2 cores; runs chromium once per HTML scene, one at a time). Two consecutive runs
  give byte-identical `images/*.png` and `manifest.jsonl` (checked with md5sum).
* **Needs:** Python 3.11 with pillow (with raqm), matplotlib, numpy (the project venv has them);
  `chromium` on PATH (headless, `--no-sandbox`); system fonts from Debian packages fonts-dejavu,
  fonts-liberation, fonts-lato, fonts-open-sans, fonts-roboto, fonts-firacode, fonts-jetbrains-mono,
  fonts-hack, fonts-inconsolata, fonts-urw-base35, fonts-cantarell, fonts-ipafont-gothic (for the
  Chinese glyphs of the Hong Kong bill and the Taiwan rail ticket). No extra PyPI packages.
* **Files:** `build.py` (driver, DROP list, README writer), `common.py` (Scene record, literal check,
  chromium renderer with bottom crop, PIL terminal renderer with 14 colour schemes), `scenes_paper.py`
  (PIL), `scenes_term.py` (PIL terminals), `scenes_html.py` + `scenes_html2.py` (HTML+CSS → chromium),
  `scenes_charts.py` (matplotlib).
* Each scene writes a pool of candidate questions; a fixed `DROP` list in `build.py` trims the pool
  to 170 questions (2–4 per image), keeping rare intents.

Manifest keys: `id, image, question, answer, answer_type, category, intent, literal`. Several answers
are joined with `"; "`. `approx` golds are the exact plotted value of an unlabelled chart point (score ±5 %).

Scene kinds were chosen to differ from the other clean_test*/screens_test* READMEs: new countries and
currencies (Tunisia TND with 3 decimals, Ukraine грн, Hong Kong HK$ service charge, Taiwan NT$, Serbia RSD,
Bulgaria лв., Colombia COP, Malaysia RM, Uruguay $U, Kazakhstan ₸, Sri Lanka LKR), new CLI tools (rustup,
hyperfine, cargo audit, systemd-analyze, iostat, nmcli, lvs/vgs, redis-cli, pytest-benchmark, eslint, dig,
certbot, cargo/rustc error, pnpm outdated) and new chart types (bump, funnel, dumbbell, diverging bars,
step line, histogram with counts, annotated heatmap, box plot).
"""


def write_readme(here, scenes, rows):
    L = [README_HEAD, "## Images", "",
         "| image | renderer | kind / app | theme | category | size | content | q |", "|---|---|---|---|---|---|---|---|"]
    nq = collections.Counter(r["image"] for r in rows)
    for s in scenes:
        L.append(f"| {s.file} | {s.renderer} | {s.kind} | {s.theme} | {s.category} | {s.size[0]}×{s.size[1]} | {s.content} | {nq['images/' + s.file]} |")
    L += ["", f"**{len(scenes)} images, {len(rows)} questions** "
          f"({sum(r['literal'] for r in rows)} literal, {sum(not r['literal'] for r in rows)} computed / visual).", ""]
    for k in ["answer_type", "category", "intent"]:
        L += [f"### Counts by {k}", "", f"| {k} | n |", "|---|---|"]
        L += [f"| {a} | {n} |" for a, n in collections.Counter(r[k] for r in rows).most_common()]
        L.append("")
    with open(os.path.join(here, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    main()
