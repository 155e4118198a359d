"""Secondary suppression, checked by brute force: for generated tables (and team reports of
several workstations), enumerate every table a reader could believe from what is shown and
check that no hidden count of 1-4 has only one possible value."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from toegang_desktop.domain.disclosure import HIDDEN_FLOOR, Shown, protect


def _completions(bounds: Sequence[tuple[int, int]], total: int | None) -> Iterator[tuple[int, ...]]:
    """Every vector within the bounds (and adding up to total when one is known)."""
    def walk(i: int, prefix: tuple[int, ...], rest: int | None) -> Iterator[tuple[int, ...]]:
        if i == len(bounds):
            if rest is None or rest == 0:
                yield prefix
            return
        low, high = bounds[i]
        if rest is not None:
            high = min(high, rest)
        for value in range(low, high + 1):
            yield from walk(i + 1, prefix + (value,), None if rest is None else rest - value)
    yield from walk(0, (), total)


def _reader_bounds(shown: Shown, value: int, grand: int, own: int) -> tuple[int, int]:
    if shown is Shown.VISIBLE:
        return value - own, value - own
    if shown is Shown.SMALL:
        return max(0, 1 - own), 4 - own
    return max(0, HIDDEN_FLOOR - own), grand - own


def _assert_safe(cells: dict[str, int], with_total: bool, parts: list[dict[str, int]]) -> None:
    keys = list(cells)
    total = sum(cells.values())
    result = protect(cells, total if with_total else None, parts)
    for key in keys:  # primary suppression always holds
        assert (result.cells[key] is Shown.SMALL) == (1 <= cells[key] <= 4)
    owners = [dict.fromkeys(keys, 0)] + (parts if len(parts) > 1 else [])
    for own in owners:
        bounds = [_reader_bounds(result.cells[k], cells[k], total, own.get(k, 0)) for k in keys]
        known_total = total - sum(own.get(k, 0) for k in keys) if result.total is Shown.VISIBLE else None
        possible: list[set[int]] = [set() for _ in keys]
        for vector in _completions(bounds, known_total):
            for i, value in enumerate(vector):
                possible[i].add(value)
        for i, key in enumerate(keys):
            truth = cells[key] - own.get(key, 0)
            assert truth in possible[i], "the true table must fit what is shown"
            if 1 <= truth <= 4:
                assert len(possible[i]) >= 2, (cells, parts, result, own, key)


def test_the_example_of_the_issue_is_no_longer_derivable() -> None:
    cells = {"a": 7, "b": 6, "c": 5, "d": 3}
    result = protect(cells, 21)
    assert result.cells["d"] is Shown.SMALL
    assert sum(s is not Shown.VISIBLE for s in result.cells.values()) >= 2
    _assert_safe(cells, True, [])


def test_a_table_without_small_counts_is_shown_whole() -> None:
    result = protect({"a": 7, "b": 0, "c": 12}, 19)
    assert set(result.cells.values()) == {Shown.VISIBLE}
    assert result.total is Shown.VISIBLE


def test_a_workstation_cannot_subtract_its_own_count() -> None:
    # the team has 7 in cell a; one workstation had 4 of them: the others had 3
    team = {"a": 7, "b": 9}
    parts = [{"a": 4, "b": 5}, {"a": 3, "b": 4}]
    result = protect(team, 16, parts)
    assert result.cells["a"] is not Shown.VISIBLE
    _assert_safe(team, True, parts)


cell_values = st.integers(min_value=0, max_value=9)


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(cell_values, min_size=1, max_size=5), st.booleans())
def test_no_small_count_can_be_worked_out_by_anyone(values: list[int], with_total: bool) -> None:
    _assert_safe({f"k{i}": v for i, v in enumerate(values)}, with_total, [])


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.lists(st.lists(st.integers(min_value=0, max_value=5), min_size=3, max_size=3),
                min_size=2, max_size=3), st.booleans())
def test_no_workstation_can_work_out_the_others_small_counts(parts_values: list[list[int]],
                                                             with_total: bool) -> None:
    parts = [{f"k{i}": v for i, v in enumerate(values)} for values in parts_values]
    team = {k: sum(p[k] for p in parts) for k in parts[0]}
    _assert_safe(team, with_total, parts)
