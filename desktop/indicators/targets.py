"""The year's target for a period, the path towards it, and whether a value is behind or ahead."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.indicators.periods import Period
from desktop.sync.packs import RegionPack

# Below the path by less than this (percentage points, or a share of a count) still counts as on it:
# the passport prints whole per cent.
SLACK = 0.5
PRINTED_PCT = 0.5  # the passport prints shares as whole per cent, rounded half up


@dataclass(frozen=True)
class TargetPoint:
    """The year's target and where the path from last year's target stands at the period's end.

    After the passport's last year its last target holds: ``year`` is then that year's."""

    year: int
    value_abs: float | None
    value_pct: float | None
    expected_pct: float | None
    expected_abs: float | None
    note: str | None


def target_point(pack: RegionPack, number: str, part: str, period: Period) -> TargetPoint | None:
    index = pack.target_index
    year = period.year
    this = index.get((number, year, part))
    if this is None:
        earlier = [y for y in pack.target_years.get((number, part), ()) if y < year]
        if not earlier:
            return None
        year = max(earlier)
        this = index[(number, year, part)]
    last = index.get((number, year - 1, part)) if year == period.year else None
    share = period.fraction_of_year
    return TargetPoint(
        year,
        this.value_abs,
        this.value_pct,
        _along(last.value_pct if last else None, this.value_pct, share),
        _along(last.value_abs if last else None, this.value_abs, share),
        this.note,
    )


def _along(start: float | None, end: float | None, share: float) -> float | None:
    """Linear path from last year's target to this year's; without last year, this year's."""
    if end is None:
        return None
    if start is None:
        return end
    return start + (end - start) * share


def judge(
    is_percent: bool,
    percent: float | None,
    count: float | None,
    target: TargetPoint | None,
    whole_region: bool,
) -> str:
    """behind (below the path), on (on the path, short of the year's target), ahead (the year's
    target reached); no_data without a value, no_target without a comparable target."""
    if percent is None and (count is None or is_percent):
        return "no_data"  # a share of no units (e.g. no post online yet) is no value either
    if target is not None and percent is not None and target.value_pct is not None:
        return _place(percent, target.expected_pct, target.value_pct, PRINTED_PCT)
    if (
        target is not None
        and whole_region
        and not is_percent
        and count is not None
        and target.value_abs is not None
    ):
        return _place(count, target.expected_abs, target.value_abs, 0.0)
    return "no_target"


def _place(value: float, expected: float | None, goal: float, rounding: float) -> str:
    """``rounding``: a share that rounds (half up) to the printed whole per cent has reached
    it — 320 of 474 is 67.5 %, printed as 68 %."""
    if value >= goal - rounding - 1e-9:
        return "ahead"
    if expected is not None and value >= expected - SLACK:
        return "on"
    return "behind"
