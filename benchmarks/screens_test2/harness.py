"""This set's screenshot harness: the shared one (`benchmarks/screens/display.py`, which holds no scene or
question of the other splits) on its own display number, home prefix and desktop colour, with the longer
xdotool and window timeouts its heavier applications (Qt, LibreOffice-sized start-ups) need."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "screens"))

from display import Display as _Display  # noqa: E402


class Display(_Display):
    def __init__(self, num: int = 83) -> None:
        super().__init__(num, home_prefix="screens2-home-", desktop="#4a5d6e", xdo_timeout=60.0, wait_timeout=25.0)
