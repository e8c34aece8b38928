"""One form row over several quarters against the path to its targets, for the progress chart.

Each quarter is taken as its form window shows it: a submitted or accepted form gives the values
it was submitted with (what the region holds), any other quarter is computed from the facts as
of its end, with the overrides of a saved draft."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.indicators.local import load_facts, load_pack
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import FormRow
from desktop.indicators.service import form_rows
from desktop.storage import Store
from desktop.sync.packs import RegionPack


@dataclass(frozen=True)
class ProgressPoint:
    """A quarter of one row; all figures in one measure: per cent when ``percent``, else the
    count (an МО's count has no target: the passport's counts are the region's)."""

    period: Period
    value: float | None
    expected: float | None  # where the path towards the year's target stands at the quarter end
    target: float | None  # the year's target (after the passport's last year, the last one)
    percent: bool
    submitted: bool  # ``value`` is what the submitted form stated


def progress(store: Store, org: str, key: str, quarters: list[Period]) -> list[ProgressPoint]:
    """The row ``key`` (``2.2`` or ``2.3/tvsp``) of the МО's form in each quarter, oldest first.
    Runs on the store lane; raises ``NoPack`` before a pack arrived, KeyError for a bad key."""
    pack = load_pack(store)
    number, _, part = key.partition("/")
    in_percent = _charted_in_percent(pack, number, part or "total")
    points = []
    for period in sorted(quarters):
        row, submitted = _row(store, pack, org, key, period)
        points.append(point_of(row, period, in_percent, submitted))
    return points


def _charted_in_percent(pack: RegionPack, number: str, part: str) -> bool:
    """A share, or a count whose passport also sets a share to reach: the form judges both by
    the share, so the chart shows the share."""
    indicator = next((i for i in pack.indicators if i.number == number), None)
    if indicator is None:
        raise KeyError(number)
    if indicator.percent:
        return True
    return any(
        t.value_pct is not None for t in pack.targets if t.indicator == number and t.part == part
    )


def _row(
    store: Store, pack: RegionPack, org: str, key: str, period: Period
) -> tuple[FormRow, bool]:
    """The row as ``service.open_report`` builds it, without the checks across rows."""
    rows, form = form_rows(store, pack, load_facts(store, org, period), org, period)
    found = next((r for r in rows if r.key == key), None)
    if found is None:
        raise KeyError(key)
    return found, form is not None and form.locked


def point_of(row: FormRow, period: Period, in_percent: bool, submitted: bool) -> ProgressPoint:
    """One quarter's point from its form row (the form window patches its unsaved edits in)."""
    target = row.part.target
    if not in_percent:
        return ProgressPoint(period, row.value, None, None, False, submitted)
    if row.indicator.is_percent:
        value = row.value
    elif row.value is not None and row.part.denominator:
        value = 100.0 * row.value / row.part.denominator
    else:
        value = None
    expected = target.expected_pct if target is not None else None
    goal = target.value_pct if target is not None else None
    return ProgressPoint(period, value, expected, goal, True, submitted)
