"""Build the clean_test10 split: python benchmarks/clean_test10/build.py  (seed 82417, deterministic)."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common  # noqa: E402
import gen_docs  # noqa: E402

MODULES = [gen_docs]
for mod in ("gen_cards", "gen_screens", "gen_dash", "gen_charts"):
    try:
        MODULES.append(__import__(mod))
    except ImportError:
        pass

only = set(sys.argv[1:])
for m in MODULES:
    for fn in m.ALL:
        if only and fn.__name__ not in only:
            # still register questions? no: partial runs are for previews only
            continue
        fn()
if not only:
    common.write_manifest()
    print(len(common.ITEMS), "questions,", len({i['image'] for i in common.ITEMS}), "images")
