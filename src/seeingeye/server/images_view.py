"""Several readings side by side: what every image shows, and what only some do (the `analyze_images` tool)."""

from __future__ import annotations

from pydantic import BaseModel, Field

from ..sir import SIR


class ImageReading(BaseModel):
    image: str = Field(description="the reference as given")
    kind: str
    size: list[int]
    overview: str = Field(description="compact rendering of what the image holds")


class Differences(BaseModel):
    shared: list[str] = Field(description="text lines every image shows")
    only_in: dict[str, list[str]] = Field(description="per image: text lines no other image shows")
    changed_values: list[str] = Field(description="one key with different values across images: key: a | b | ...")
    kinds: list[str] = Field(description="each image's kind, in order")


def _lines(sir: SIR) -> list[str]:
    seen: dict[str, None] = {}
    for ev in sir.evidence:
        if ev.source == "ocr" and ev.kind in ("text", "number"):
            seen.setdefault(" ".join(ev.value.split()), None)
    return [s for s in seen if s]


def compare_readings(names: list[str], sirs: list[SIR], max_lines: int = 60) -> Differences:
    lines = [_lines(s) for s in sirs]
    sets = [set(ls) for ls in lines]
    shared = [ln for ln in lines[0] if all(ln in s for s in sets[1:])]
    only = {name: [ln for ln in ls if not any(ln in s for j, s in enumerate(sets) if j != i)][:max_lines]
            for i, (name, ls) in enumerate(zip(names, lines, strict=True))}
    values: dict[str, list[str]] = {}
    for i, sir in enumerate(sirs):
        for ev in sir.by_kind("key_value"):
            if ev.label:
                values.setdefault(ev.label, ["-"] * len(sirs))[i] = ev.value
    changed = [f"{key}: {' | '.join(vals)}" for key, vals in values.items()
               if len({v for v in vals if v != "-"}) > 1 or ("-" in vals and len(set(vals)) > 1)]
    return Differences(shared=shared[:max_lines], only_in=only, changed_values=changed,
                       kinds=[s.overview.kind for s in sirs])
