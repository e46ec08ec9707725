"""Print the text `seeingeye proxy` would forward for manifest items (the reading a strong model receives).

    PYTHONPATH=src python benchmarks/show_reading.py benchmarks/realistic/dev/manifest.jsonl ID [ID ...]

The reading does not depend on the question (`SeeingEye.read`); the hint line, if any, is for the item's own
question. Use it to see why an answer did not reach the upstream. Tune on dev only.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from seeingeye import SeeingEye
from seeingeye.server.readings import reading_text


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
        print(f"===== {item_id}: gold {row['answer']!r}; question: {row['question']!r}")
        print(reading_text(eye, (man.parent / row["image"]).read_bytes(), row["question"]))


if __name__ == "__main__":
    main()
