"""The `recognize` tool on real photos: ms per image, top-1/top-5, and photo multiple choice.

    PYTHONPATH=src:benchmarks OMP_NUM_THREADS=1 python benchmarks/recognize.py \
        [--results benchmarks/results/recognize.md]

Photos are the real ones shipped by scikit-image, scikit-learn and matplotlib (kinds_data.sample_photos).
Top-1/top-5 count a hit when the label is one of the ImageNet classes that fit the photo; each photo is
also tried flipped, centre-cropped and JPEG-compressed. The multiple-choice questions were written by
hand for this benchmark; an option's score is `option_scores` (label/hierarchy matching, and
elimination for options the classifier cannot recognise); ties count as 1/k.
"""

from __future__ import annotations

import argparse
import io
import os
import statistics
import time
from pathlib import Path

import numpy as np
from kinds_data import sample_photos
from PIL import Image, ImageOps

from seeingeye.tools.efficientnet import classifier
from seeingeye.tools.imagenet_hierarchy import class_names, group_members
from seeingeye.tools.recognize import classify, option_scores

# photo -> the ImageNet classes a person would accept as its main subject
GOLD: dict[str, set[int]] = {
    "chelsea": set(range(281, 286)),
    "coffee": {967, 968, 504},
    "rocket": {657, 744, 812},
    "china": set(group_members()["building"]),
    "flower": set(group_members()["flower"]),
    "grace_hopper": {652},
    "camera": {872, 759, 732},
}
# (photo, question, options, index of the right option)
MCQ: list[tuple[str, str, list[str], int]] = [
    ("chelsea", "What animal is shown?", ["a dog", "a cat", "a rabbit", "a horse"], 1),
    ("chelsea", "What kind of animal is in the picture?", ["bird", "fish", "cat", "snake"], 2),
    ("coffee", "What drink is shown?", ["orange juice", "red wine", "beer", "coffee"], 3),
    ("coffee", "What is in the photo?", ["a cup of coffee", "a bowl of salad", "a pizza", "a teapot"], 0),
    ("astronaut", "Who is shown?", ["a baseball player", "an astronaut", "a chef", "a scuba diver"], 1),
    ("rocket", "What is shown in the photo?", ["a bicycle", "a lighthouse", "a rocket", "a ship"], 2),
    ("rocket", "What vehicle is this?", ["a car", "a train", "a rocket", "a bus"], 2),
    ("camera", "What is the man using?", ["a bicycle", "a piano", "a lawn mower", "a camera"], 3),
    ("coins", "What objects are shown?", ["coins", "a cat", "shoes", "a clock"], 0),
    ("moon", "What does this photo show?", ["a pizza", "the surface of the moon", "a dog", "a sailboat"], 1),
    ("china", "What kind of place is shown?", ["a temple", "a beach", "a kitchen", "a forest"], 0),
    ("flower", "What is shown?", ["a bird", "a car", "a flower", "a shoe"], 2),
    ("grace_hopper", "What is the person wearing?", ["a swimsuit", "a uniform", "a T-shirt", "pajamas"], 1),
    ("hubble_deep_field", "What does the image show?", ["a dog", "a pizza", "galaxies in space", "a bicycle"], 2),
    ("retina", "What does this image show?", ["a car", "a banana", "a guitar", "the back of an eye"], 3),
    ("brick", "What is shown?", ["a cat", "a brick wall", "a laptop", "a boat"], 1),
]


def variants(img: Image.Image) -> list[tuple[str, Image.Image]]:
    w, h = img.size
    buf = io.BytesIO()
    img.save(buf, format="JPEG", quality=50)
    return [
        ("original", img),
        ("flipped", ImageOps.mirror(img)),
        ("crop80", img.crop((w // 10, h // 10, w - w // 10, h - h // 10))),
        ("jpeg50", Image.open(io.BytesIO(buf.getvalue())).convert("RGB")),
    ]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", type=Path)
    args = ap.parse_args()
    photos = dict(sample_photos())
    clf = classifier()
    clf.probabilities(photos["chelsea"])  # warm-up
    out: list[str] = []
    ms, cpu = [], []
    for img in photos.values():
        for _ in range(3):
            t, c = time.perf_counter(), time.process_time()
            clf.probabilities(img)
            ms.append(1000 * (time.perf_counter() - t))
            cpu.append(1000 * (time.process_time() - c))
    # CPU time is what the image costs; wall time also counts waiting for a core on a shared machine
    out.append(f"classifier: {statistics.median(cpu):.1f} ms CPU/image median ({statistics.median(ms):.1f} ms wall; "
               f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores), {len(photos)} photos x 3, "
               "preprocessing included, 1 thread")
    names = class_names()
    top1 = top5 = n = 0
    top1_orig = 0
    for name, gold in GOLD.items():
        for vname, img in variants(photos[name]):
            p = clf.probabilities(img)
            order = np.argsort(-p)
            hit1 = int(order[0]) in gold
            top1 += hit1
            top5 += any(int(i) in gold for i in order[:5])
            n += 1
            if vname == "original":
                top1_orig += hit1
                out.append(f"  {name:<13} top-1 {names[int(order[0])][0]!r} ({p[order[0]]:.2f})"
                           f"{'' if hit1 else '  MISS'}")
    out.insert(1, f"top-1 on the {len(GOLD)} sample photos with an ImageNet subject: {top1_orig}/{len(GOLD)}; "
                  f"with flipped/cropped/JPEG variants: top-1 {top1}/{n} = {top1 / n:.2f}, top-5 {top5}/{n} = "
                  f"{top5 / n:.2f}")
    right = 0.0
    cache: dict[str, list] = {}
    mcq_lines = []
    for photo, question, options, gold in MCQ:
        evidence = cache.setdefault(photo, classify(photos[photo]))
        scores = option_scores(options, evidence)
        best = max(scores)
        winners = [i for i, s in enumerate(scores) if s == best]
        credit = (1.0 / len(winners)) if gold in winners else 0.0
        right += credit
        mark = "ok" if credit == 1 else "tie" if credit else "MISS"
        mcq_lines.append(f"  {mark:<4} {photo:<17} {question!r} -> {options[winners[0]]!r} "
                         f"(scores {', '.join(f'{s:.2f}' for s in scores)})")
    out.append(f"photo multiple choice: {right:g}/{len(MCQ)} = {right / len(MCQ):.2f} "
               f"({len({m[0] for m in MCQ})} photos, 4 options each)")
    out += mcq_lines
    text = "\n".join(out)
    print(text)
    if args.results:
        cmd = "PYTHONPATH=src:benchmarks OMP_NUM_THREADS=1 python benchmarks/recognize.py"
        args.results.write_text(f"# recognize benchmark\n\n`{cmd}`\n\n```\n{text}\n```\n")


if __name__ == "__main__":
    main()
