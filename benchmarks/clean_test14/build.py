"""Build the clean_test14 held-out split: images/*.png + manifest.jsonl. Deterministic (SEED = 47219)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import SEED  # noqa: E402  (SEED = 47219)
import gen_docs, gen_term, gen_ui, gen_charts  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ANSWER_TYPES = {"text", "money", "number", "count", "person", "time", "date", "code", "yesno", "version", "approx",
                "error", "phone", "percent"}


MAX_PER_IMAGE = 3
TARGET = 158


def balance(rows):
    """Cap each image at MAX_PER_IMAGE questions. Where a scene offers more, drop the question whose intent is
    currently the most frequent in the whole set (ties: the later question), so intents stay spread out."""
    import collections
    by = collections.OrderedDict()
    for r in rows:
        by.setdefault(r["image"], []).append(r)
    cnt = collections.Counter(r["intent"] for r in rows)
    tcnt = collections.Counter(r["answer_type"] for r in rows)
    rare = lambda q: tcnt[q["answer_type"]] <= 3  # never drop the last few of a rare answer type

    def drop(qs, i):
        cnt[qs[i]["intent"]] -= 1
        tcnt[qs[i]["answer_type"]] -= 1
        qs.pop(i)
    for img, qs in by.items():
        while len(qs) > MAX_PER_IMAGE:
            i = max(range(len(qs)), key=lambda k: (not rare(qs[k]), cnt[qs[k]["intent"]], k))
            drop(qs, i)
    # second pass: trim to TARGET questions, always removing (from an image that keeps >= 2 questions) a question
    # of the currently most frequent intent; ties -> the later image / later question.
    order = list(by.keys())
    while sum(len(q) for q in by.values()) > TARGET:
        cands = [(cnt[q["intent"]], oi, k) for oi, img in enumerate(order) for k, q in enumerate(by[img])
                 if len(by[img]) > 2 and not rare(q)]
        if not cands:
            break
        c, oi, k = max(cands)
        drop(by[order[oi]], k)
    return [r for qs in by.values() for r in qs]


def main():
    only = sys.argv[1:]
    os.makedirs(os.path.join(HERE, "images"), exist_ok=True)
    out, n = [], 0
    for mod in (gen_docs, gen_term, gen_ui, gen_charts):
        for fn in mod.SCENES:
            name = fn.__name__
            if only and name not in only:
                continue
            category, canvas, qs = fn()
            path = os.path.join(HERE, "images", name + ".png")
            if hasattr(canvas, "img"):
                canvas.img.save(path, optimize=False)
                texts = canvas.texts
            else:  # (saver, texts) for matplotlib scenes
                saver, texts = canvas
                saver(path)
            blob = "\n".join(texts)
            for q in qs:
                assert q["answer_type"] in ANSWER_TYPES, (name, q)
                if q["literal"]:
                    assert q["answer"] in blob, f"{name}: literal gold {q['answer']!r} not drawn"
                n += 1
                out.append({"id": f"c14-{n:04d}", "image": f"images/{name}.png", "question": q["question"],
                            "answer": q["answer"], "answer_type": q["answer_type"], "category": category,
                            "intent": q["intent"], "literal": q["literal"]})
    out = balance(out)
    for i, r in enumerate(out):
        r["id"] = f"c14-{i + 1:04d}"
    if not only:
        with open(os.path.join(HERE, "manifest.jsonl"), "w", encoding="utf-8") as f:
            for r in out:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(set(r['image'] for r in out))} images, {len(out)} questions")


if __name__ == "__main__":
    main()
