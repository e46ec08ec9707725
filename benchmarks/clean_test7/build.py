"""Builder for benchmarks/clean_test7: python benchmarks/clean_test7/build.py"""
import os, sys, glob
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common

os.makedirs(common.IMG, exist_ok=True)
for f in glob.glob(os.path.join(common.IMG, "*.png")):
    os.remove(f)

import importlib
NAMES = ["g_docs", "g_cards", "g_tables", "g_term", "g_pages", "g_charts", "g_slides", "g_forms", "g_dash"]
MODULES = [importlib.import_module(n) for n in NAMES]
for m in MODULES:
    for name in m.GENS:
        getattr(m, name)()
common.write_manifest()
print(len(common.ITEMS), "items,", len(glob.glob(os.path.join(common.IMG, '*.png'))), "images")
