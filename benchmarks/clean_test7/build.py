"""Builder for benchmarks/clean_test7: python benchmarks/clean_test7/build.py"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

os.makedirs(common.IMG, exist_ok=True)
for f in glob.glob(os.path.join(common.IMG, "*.png")):
    os.remove(f)

import importlib
NAMES = ["g_docs", "g_cards", "g_tables", "g_term", "g_pages", "g_charts", "g_slides", "g_forms", "g_dash", "g_combo"]
MODULES = [importlib.import_module(n) for n in NAMES]
for m in MODULES:
    for name in m.GENS:
        getattr(m, name)()
# Keep the split to ~150 questions: up to 3 per whole-page screenshot (>= 1100 px wide),
# up to 2 per smaller image; a deterministic draw that keeps a computed question when there is one.
import random
from collections import OrderedDict
from PIL import Image
rng = random.Random(common.SEED)
by = OrderedDict()
for it in common.ITEMS:
    by.setdefault(it["image"], []).append(it)
kept = []
for img, its in by.items():
    cap = 3 if Image.open(os.path.join(common.ROOT, img)).size[0] >= 1100 else 2
    idx = list(range(len(its)))
    rng.shuffle(idx)
    pick = idx[:cap]
    if all(its[i]["literal"] for i in pick):
        comp = [i for i in idx[cap:] if not its[i]["literal"]]
        if comp:
            pick[-1] = comp[0]
    kept += [its[i] for i in sorted(pick)]
common.ITEMS[:] = kept
common.write_manifest()
print(len(common.ITEMS), "items,", len(glob.glob(os.path.join(common.IMG, '*.png'))), "images")
