#!/usr/bin/env python3
"""screens_test21: screenshots of real Debian 12 applications under Xvfb :73 + openbox.

Usage:  /work/main/.venv/bin/python build.py [scene ...]
With no scene names every scene is rebuilt and manifest.jsonl is rewritten from all scene results.
"""
import datetime as dt
import json
import os
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from harness import Desktop, BUILD, SCRATCH  # noqa: E402
import scenes_term  # noqa: E402
import scenes_gui  # noqa: E402

SEED = 4127
OUT = Path(__file__).parent
IMG = OUT / "images"
QDIR = SCRATCH / "qs"

SCENES = [
    ("term_ls_du", scenes_term.term_ls_du),
    ("term_git_log", scenes_term.term_git_log),
    ("term_unittest", scenes_term.term_unittest),
    ("term_traceback", scenes_term.term_traceback),
    ("term_ps_workers", scenes_term.term_ps_workers),
    ("term_units_calc", scenes_term.term_units_calc),
    ("thunar_invoices", scenes_gui.thunar_invoices),
    ("gnumeric_sales", scenes_gui.gnumeric_sales),
    ("mousepad_code", scenes_gui.mousepad_code),
    ("mupdf_invoice", scenes_gui.mupdf_invoice),
    ("xwud_chart", scenes_gui.xwud_chart),
    ("mhonarc_archive", scenes_gui.mhonarc_archive),
    ("strawberry_playlist", scenes_gui.strawberry_playlist),
    ("yad_sync_form", scenes_gui.yad_sync_form),
    ("zenity_progress", scenes_gui.zenity_progress),
    ("galculator", scenes_gui.galculator),
    ("gtk_privacy_settings", scenes_gui.gtk_privacy_settings),
    ("tk_orders_list", scenes_gui.tk_orders_list),
    ("xmore_release_notes", scenes_gui.xmore_release_notes),
]


def main():
    only = sys.argv[1:]
    IMG.mkdir(parents=True, exist_ok=True)
    QDIR.mkdir(parents=True, exist_ok=True)
    desk = Desktop()
    try:
        desk.start()
        for name, fn in SCENES:
            if only and name not in only:
                continue
            rng = random.Random(f"{SEED}-{name}")
            work = BUILD / name
            if work.exists():
                shutil.rmtree(work)
            work.mkdir(parents=True)
            print(f"--- {name}", flush=True)
            qs = fn(desk, rng, work, IMG / f"{name}.png")
            for q in qs:
                q["image"] = f"images/{name}.png"
            (QDIR / f"{name}.json").write_text(json.dumps(qs, indent=1))
            print(f"    {len(qs)} questions", flush=True)
            for p in list(desk.procs):
                from harness import kill
                kill(p)
            desk.procs.clear()
    finally:
        desk.stop()
    # assemble the manifest from all scene results (in scene order)
    rows = []
    for name, _ in SCENES:
        f = QDIR / f"{name}.json"
        if not f.exists():
            print(f"missing scene {name}")
            continue
        rows.extend(json.loads(f.read_text()))
    with open(OUT / "manifest.jsonl", "w") as fh:
        for i, q in enumerate(rows, 1):
            rec = {"id": f"s21-{i:04d}", "image": q["image"], "question": q["question"],
                   "answer": q["answer"], "answer_type": q["answer_type"], "category": q["category"],
                   "intent": q["intent"], "literal": q["literal"]}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"manifest: {len(rows)} questions")


if __name__ == "__main__":
    main()
