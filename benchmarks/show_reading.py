"""Print the text `seeingeye proxy` would forward for manifest items (the reading a strong model receives).

    PYTHONPATH=src python benchmarks/show_reading.py benchmarks/realistic/dev/manifest.jsonl ID [ID ...]

Each item's image is read with the first question the manifest asks about it (what the proxy sees first
in `sir_recall.py`); use it to see why an answer did not reach the upstream. Tune on dev only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from seeingeye import SeeingEye
from seeingeye.server.proxy import reading_text


def main() -> None:
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    man = Path(sys.argv[1])
    rows = {r["id"]: r for r in (json.loads(line) for line in man.read_text().splitlines() if line.strip())}
    eye = SeeingEye()
    for item_id in sys.argv[2:]:
        if item_id not in rows:
            raise SystemExit(f"no item {item_id!r} in {man}")
        row = rows[item_id]
        first = next(r for r in rows.values() if r["image"] == row["image"])
        print(f"===== {item_id}: gold {row['answer']!r}; first question on the image: {first['question']!r}")
        print(reading_text(eye, (man.parent / row["image"]).read_bytes(), first["question"]))


if __name__ == "__main__":
    main()
