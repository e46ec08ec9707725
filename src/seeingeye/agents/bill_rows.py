"""Where a bill's items end, found by arithmetic, not by the total's name: the first row whose amount is the sum
of the rows from the top down to some row (three or more) closes the items there. What lies between (a tax
breakdown, "VAT B 8% 3,12") and after (the tendered cash, the change) is no item, in whatever language the
receipt names them."""

from __future__ import annotations

MIN_ITEMS = 3  # a sum of two rows is too easily a coincidence


def items_summed(values: list[float | None]) -> int | None:
    """How many leading rows are the items a later row adds up, else None. `values`: each row's amount, None
    where it prints none."""
    running: list[float] = []
    total = 0.0
    for v in values:
        total += v or 0.0
        running.append(total)
    for t, v in enumerate(values):
        if v is None or not v:
            continue
        # to the cent: a sum is exact, and a looser match finds "totals" among any prices
        fit = [i for i in range(MIN_ITEMS - 1, t - 1) if abs(running[i] - v) <= 0.011]
        if fit:
            return fit[-1] + 1
    return None
