"""Secondary suppression: no hidden count of a report table can be worked out from what is shown.

Primary suppression hides counts 1-4 ("< 5"). That is not enough when a table also shows its
total: with one hidden cell, total minus the visible cells gives it back (21 - 7 - 6 - 5 = 3),
and two hidden cells that are both 1 (or both 4) can be pinned down from their sum. In a team
report a workstation also knows its own counts, so it can subtract them from the team's: a
team count of 7 where the workstation itself had 4 tells it that the others had 3.

`protect` decides, for one table (cells that add up to a total), which cells and whether the
total to hide, so that for every reader (anyone, and each contributing workstation knowing its
own part) every count of 1-4 that is hidden has at least two values that fit everything
shown. The reader is assumed to know this rule, so the bounds it reasons with are:
a cell shown as "< 5" is 1-4, a cell shown as hidden ("x") is at least 5 (it is hidden to
protect another cell, or because a workstation could subtract its own part from it), and a
visible cell is exact. With one equation (the total), the range each hidden cell can take is
exact (interval arithmetic over one sum), so the check is exact, not a heuristic.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

SMALL_COUNTS = range(1, 5)  # the counts that must not be shown or worked out: 1-4
HIDDEN_FLOOR = 5  # a cell hidden for another reason than being small is at least this


class Shown(StrEnum):
    VISIBLE = "visible"
    SMALL = "small"  # shown as "< 5"
    HIDDEN = "hidden"  # shown as "x": at least 5, hidden so that no small count can be derived


@dataclass(frozen=True)
class Protection:
    cells: dict[str, Shown]
    total: Shown


def _kind(value: int) -> Shown:
    return Shown.SMALL if value in SMALL_COUNTS else Shown.VISIBLE


def _bounds(shown: Shown, value: int, total: int) -> tuple[int, int]:
    """What a reader who sees only the report knows of a cell."""
    if shown is Shown.VISIBLE:
        return value, value
    if shown is Shown.SMALL:
        return SMALL_COUNTS.start, SMALL_COUNTS.stop - 1
    return HIDDEN_FLOOR, max(HIDDEN_FLOOR, total)


def _pinned(values: Sequence[int], bounds: Sequence[tuple[int, int]], sensitive: Sequence[bool],
            total: int | None) -> int | None:
    """The index of a sensitive cell whose value the reader can work out, or None.

    `values`/`bounds` are the reader's own view (for a workstation: the others' part, with
    the bounds shifted by its own counts); `total` is the view's total when shown.
    """
    for index, (low, high) in enumerate(bounds):
        if sensitive[index] and low == high:
            return index  # visible (or bounded to one value) and small: shown outright
    if total is None:
        return None
    for index in range(len(values)):
        if not sensitive[index]:
            continue
        others_low = sum(b[0] for i, b in enumerate(bounds) if i != index)
        others_high = sum(b[1] for i, b in enumerate(bounds) if i != index)
        low = max(bounds[index][0], total - others_high)
        high = min(bounds[index][1], total - others_low)
        if low >= high:
            return index
    return None


def _views(cells: Mapping[str, int], total: int,
           parts: Sequence[Mapping[str, int]]) -> list[tuple[list[int], list[int], int]]:
    """Each reader's view: (its values to protect, what it subtracts per cell, its total).
    The public reader subtracts nothing; a workstation subtracts its own counts."""
    keys = list(cells)
    views = [([cells[k] for k in keys], [0] * len(keys), total)]
    if len(parts) > 1:
        for part in parts:
            own = [part.get(k, 0) for k in keys]
            views.append(([cells[k] - o for k, o in zip(keys, own, strict=True)], own,
                          total - sum(own)))
    return views


def protect(cells: Mapping[str, int], total: int | None,
            parts: Sequence[Mapping[str, int]] = ()) -> Protection:
    """Which cells (and whether the total) to hide.

    `cells` add up to `total` when a total is shown (None: no total in the report); `parts`
    are the contributing workstations' own cells (team report), each adding up to its part of
    the total. Cells of 1-4 are always hidden as SMALL; more cells are hidden (smallest first)
    until no reader can work out a count of 1-4, and as a last resort the total.
    """
    keys = list(cells)
    shown = {k: _kind(cells[k]) for k in keys}
    total_shown = total is not None
    grand = total if total is not None else sum(cells.values())
    views = _views(cells, grand, parts)
    while True:
        problem = None
        for values, own, view_total in views:
            bounds = []
            for k, o in zip(keys, own, strict=True):
                low, high = _bounds(shown[k], cells[k], grand)
                bounds.append((max(0, low - o), max(0, high - o)))
            sensitive = [v in SMALL_COUNTS for v in values]
            problem = _pinned(values, bounds, sensitive, view_total if total_shown else None)
            if problem is not None:
                break
        if problem is None:
            return Protection(shown, Shown.VISIBLE if total_shown else Shown.HIDDEN)
        key = keys[problem]
        if shown[key] is Shown.VISIBLE:
            shown[key] = Shown.HIDDEN  # a workstation could subtract its own part from it
            continue
        candidates = [k for k in keys if shown[k] is Shown.VISIBLE and cells[k] > 0]
        if candidates:
            shown[min(candidates, key=lambda k: (cells[k], k))] = Shown.HIDDEN
        elif total_shown:
            total_shown = False
        else:  # nothing left to hide: cannot happen (no total means no equation)
            return Protection(shown, Shown.HIDDEN)
