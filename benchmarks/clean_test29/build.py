"""Build clean_test29: python build.py  (writes images/ and manifest.jsonl)."""
import json, os, shutil, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import common
SEED = 30917
common.SEED = SEED
import matplotlib
matplotlib.use("Agg")
import s_term, s_html, s_web, s_charts

def trim(qs, cap):
    """Deterministic trim: while over cap, take the image with the most questions (>3), drop its
    question whose (intent frequency x answer_type frequency) is highest (ties: the later one)."""
    from collections import Counter
    while len(qs) > cap:
        per = Counter(x["image"] for x in qs)
        cands = [im for im, n in per.items() if n > 3]
        if not cands:
            break
        # first image (in build order) among those with the most questions
        mx = max(per[im] for im in cands)
        order = []
        for x in qs:
            if per[x["image"]] == mx and x["image"] not in order:
                order.append(x["image"])
        im = order[0]
        freq = Counter(x["intent"] for x in qs)
        ftyp = Counter(x["answer_type"] for x in qs)
        mine = [x for x in qs if x["image"] == im]
        drop = max(enumerate(mine), key=lambda t: (freq[t[1]["intent"]] * ftyp[t[1]["answer_type"]], t[0]))[1]
        qs.remove(drop)


def write_readme(images, qs):
    from collections import Counter
    from PIL import Image
    L = ["# clean_test29 — held-out VQA test split", "",
         f"SEED = {SEED} · {len(images)} images · {len(qs)} questions · ids c29-0001 … c29-{len(qs):04d}", "",
         "Built without any knowledge of how seeingeye works. All data is invented; every gold answer is computed",
         "by the build script from the generated data; golds marked `literal` were asserted to occur in the drawn",
         "text of the image (HTML visible text, terminal lines, or matplotlib text objects).", "",
         "## Rebuild", "", "```", "cd benchmarks/clean_test29 && /work/main/.venv/bin/python build.py", "```", "",
         "Needs: Python with pillow, matplotlib (3.11), numpy; Debian `chromium` (headless screenshots; scratch HTML",
         "goes to /tmp/clean_test29/); system fonts Roboto, Open Sans, Cantarell, DejaVu, JetBrains Mono, Fira Code, Hack,",
         "Inconsolata, Nimbus Mono PS, URW (P052, Z003, URW Gothic, URW Bookman), Roboto Condensed, Noto Color Emoji.",
         "Running build.py twice gives byte-identical images and manifest on the same machine.", "",
         "Renderers: HTML+CSS via headless chromium (documents, web/app screens, slides), PIL (terminal windows,",
         "14 colour schemes/fonts), matplotlib (charts).", "",
         "Each scene generates 3-5 candidate questions; a deterministic trim (build.py `trim`) then removes, from images",
         "with more than 3, the question whose intent x answer_type is most common overall, until the cap (168) or",
         "3 per image is reached.", "",
         "## Images", "", "| file | app / kind | theme | category | size | renderer | content |", "|---|---|---|---|---|---|---|"]
    for im in images:
        w, h = Image.open(os.path.join(common.IMG_DIR, im["file"])).size
        L.append(f"| {im['file']} | {im['kind']} | {im['theme']} | {im['category']} | {w}x{h} | {im['renderer']} | {im['content']} |")
    for key in ("answer_type", "category", "intent"):
        L += ["", f"## Questions by {key}", "", f"| {key} | n |", "|---|---|"]
        for k, n in Counter(x[key] for x in qs).most_common():
            L.append(f"| {k} | {n} |")
    lit = sum(1 for x in qs if x["literal"])
    L += ["", f"literal: {lit} true, {len(qs) - lit} false", "",
          "## Notes", "",
          "- Countries / formats: Israel (₪, dd/mm/yyyy), Slovakia (1 234,56 €, dd.mm.yyyy), Jordan (JOD 3 decimals),",
          "  Nepal (Rs. lakh grouping, Bikram Sambat + AD), Ghana (GH₵), Turkey (TL 1.234,56, dd.mm.yyyy), Belgium (€ 1.234,56, Dutch),",
          "  Argentina (Factura B, $ 1.234,56), Philippines (₱, mm/dd/yyyy, 12h), Hungary (Ft, yyyy.mm.dd.), Bangladesh (৳ lakh),",
          "  Slovenia (dd. mm. yyyy), Latvia (Riga departures board), Switzerland (CHF 1'234.50), Thailand (฿), Portugal (lab sheet), Austria (agenda).",
          "- CLI tools: uv pip list, pipx list, glab mr list, k9s pod view, nomad job status, etcdctl endpoint status, ceph status,",
          "  rclone ls, exiftool (PowerShell), duckdb box table, cargo tree, shellcheck, grype, tailscale status.",
          "- Charts: calendar heatmap with numbers, nightingale rose, streamgraph, gantt, violin, treemap, candlestick, box plot,",
          "  waterfall, funnel, dumbbell, 3-series line (overtake), donut.",
          "- approx golds are the exact plotted values (score ±5%).", ""]
    with open(os.path.join(common.HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(L))


def main():
    if os.path.isdir(common.IMG_DIR):
        shutil.rmtree(common.IMG_DIR)
    os.makedirs(common.IMG_DIR)
    only = sys.argv[1:]
    for mod in (s_html, s_web, s_term, s_charts):
        for fn in mod.ALL:
            if only and not any(o in fn.__name__ for o in only):
                continue
            fn()
    trim(common.QUESTIONS, 168)
    with open(os.path.join(common.HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
        for i, qq in enumerate(common.QUESTIONS, 1):
            row = {"id": f"c29-{i:04d}", **qq}
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    if not only:
        write_readme(common.IMAGES, common.QUESTIONS)
    print(len(common.IMAGES), "images", len(common.QUESTIONS), "questions")

if __name__ == "__main__":
    main()
