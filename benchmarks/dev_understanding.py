"""Fast tuning loop for the reasoner on a manifest: round-1 SIRs are perceived once and cached, then only
question understanding + answering re-runs (seconds instead of minutes). Prints accuracy per category and
the misses; `--features` writes (features, correct) rows for benchmarks/calibrate.py.

    python benchmarks/dev_understanding.py DEV_MANIFEST --cache /tmp/sircache [--show-misses] [--features f.jsonl]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from collections import Counter
from pathlib import Path

from seeingeye import SeeingEye
from seeingeye.agents.question import analyse
from seeingeye.agents.reasoner import GroundedReasoner, ReasonerOutput
from seeingeye.agents.translator import Budget, run_tool
from seeingeye.eval.scoring import score
from seeingeye.pipeline import new_sir
from seeingeye.sir import SIR
from seeingeye.tools import ToolContext
from seeingeye.trace import Trace


def load_sir(r: dict, args: argparse.Namespace, eye: SeeingEye) -> SIR:
    """The round-1 SIR of an item (cached per image content) plus the question's own visual tools."""
    # One perception per image with every structural tool, shared by its questions (tuning speed).
    digest = hashlib.sha256((args.manifest.parent / r["image"]).read_bytes()).hexdigest()[:16]
    f = args.cache / f"{digest}.json"  # keyed by content: a rebuilt data set never reuses a stale reading
    if f.exists():
        sir = SIR.model_validate_json(f.read_text())
    else:
        loaded = eye.load(args.manifest.parent / r["image"])
        sir = new_sir(r["question"], loaded)
        ctx = ToolContext(image=loaded.image, engines=eye.engines)
        trace, budget = Trace(), Budget(24, time.monotonic() + 120)
        eye.translator.perceive(ctx, sir, trace=trace, budget=budget)
        for tool in ("chart", "table"):
            if tool not in {c.tool for c in trace.tool_calls}:
                run_tool(tool, {}, ctx, sir, trace, 1, budget)
        f.write_text(sir.model_dump_json())
    sir.question = r["question"]
    sir.evidence = [e for e in sir.evidence if e.source not in ("shapes", "colors")]
    # Question-dependent visual tools run per question, as the real plan would.
    qa = analyse(r["question"], r.get("options") or [])
    if qa.visual or qa.colours or qa.operator == "colour":
        loaded = eye.load(args.manifest.parent / r["image"])
        ctx = ToolContext(image=loaded.image, engines=eye.engines)
        budget = Budget(24, time.monotonic() + 120)
        for tool in ("shapes", "colors"):
            run_tool(tool, {}, ctx, sir, Trace(), 1, budget)
    return sir


def _one(r: dict, args: argparse.Namespace, eye: SeeingEye, reasoner: GroundedReasoner) -> ReasonerOutput:
    sir = load_sir(r, args, eye)
    return reasoner.reason(r["question"], r.get("options") or [], sir, trace=Trace(), round=1, threshold=0.7)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("manifest", type=Path)
    ap.add_argument("--cache", type=Path, default=Path("/tmp/sircache"))
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--features", type=Path)
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--tiebreak", action="store_true", help="let the embedded SmolLM2 re-rank close candidates")
    args = ap.parse_args()
    args.cache.mkdir(parents=True, exist_ok=True)
    rows = [json.loads(line) for line in args.manifest.read_text().splitlines() if line.strip()]
    rows = rows[: args.limit] if args.limit else rows
    eye = SeeingEye(reasoner="programs")
    model = SeeingEye().reasoner.model if args.tiebreak else None  # type: ignore[attr-defined]
    reasoner = GroundedReasoner(model, use_model=args.tiebreak)
    ok, per = Counter(), Counter()
    feats = []
    t_reason = 0.0
    for r in rows:
        t = time.perf_counter()
        try:
            out = _one(r, args, eye, reasoner)
        except Exception as exc:  # noqa: BLE001 - a missing image (data set being rebuilt) must not stop the run
            print(f"ERROR {r['id']}: {exc}")
            continue
        t_reason += time.perf_counter() - t
        right = score(out.answer, r["answer"], r.get("answer_type"), r.get("options"))
        key = r.get("category", "?")
        per[key] += 1
        ok[key] += right
        feats.append({"id": r["id"], "features": out.features, "confidence": out.confidence, "correct": right})
        if args.show_misses and not right:
            print(
                f"MISS [{key}/{r.get('intent')}] {r['question']!r} gold={r['answer']!r} got={out.answer!r} "
                f"conf={out.confidence} | {out.rationale}"
            )
    total = sum(ok.values())
    for k in sorted(per):
        print(f"{k:14s} {ok[k]}/{per[k]}")
    print(
        f"ACCURACY {total}/{len(rows)} = {total / max(len(rows), 1):.3f}; "
        f"{t_reason / max(len(rows), 1):.3f}s/item incl. perception misses"
    )
    if args.features:
        args.features.write_text("\n".join(json.dumps(x) for x in feats) + "\n")


if __name__ == "__main__":
    main()
