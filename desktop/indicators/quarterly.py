"""The quarterly form of an МО: computed values, the officer's overrides, and checks across rows."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from desktop.indicators.engine import IndicatorResult, PartResult, in_part
from desktop.indicators.facts import FactSet, Unit
from desktop.indicators.periods import BadPeriod, Period
from desktop.indicators.targets import judge
from desktop.sync.pack_rules import ArmRule, UnitsRule
from desktop.sync.packs import RegionPack

SUBSET_FIELDS = {"mis": "total", "zspd": "total", "certified": "total"}


def row_key(number: str, part: str) -> str:
    """How a form row is named in stored values: ``2.2`` or ``2.3/tvsp``."""
    return number if part == "total" else f"{number}/{part}"


@dataclass(frozen=True)
class FormRow:
    """One line of the form: what the facts give, what the form says, and against what."""

    key: str
    indicator: IndicatorResult
    part: PartResult
    value: float | None  # as the form states it: the override, else the computed value
    reason: str | None  # the officer's reason when ``value`` is an override
    status: str

    @property
    def computed(self) -> float | None:
        return self.part.value

    @property
    def overridden(self) -> bool:
        return self.reason is not None


@dataclass(frozen=True)
class Problem:
    """A check across rows that fails; ``code`` names it, ``params`` fill its words."""

    key: str
    code: str
    params: dict[str, float | str] = field(default_factory=dict)


def build_rows(
    results: list[IndicatorResult],
    overrides: dict[str, tuple[float | None, str]],
    stored: dict[str, float | None] | None = None,
) -> list[FormRow]:
    """Rows of the form; ``overrides`` maps a row key to (value, reason). A submitted form
    shows what was ``stored`` then, not what the facts give now."""
    rows = []
    for result in results:
        for part in result.parts:
            key = row_key(result.number, part.part)
            value, reason = part.value, None
            if key in overrides:
                value, reason = overrides[key]
            if stored is not None:
                value = stored.get(key)
            fresh = reason is None and stored is None
            status = part.status if fresh else _status_of(result, part, value)
            rows.append(FormRow(key, result, part, value, reason, status))
    return rows


def _status_of(result: IndicatorResult, part: PartResult, value: float | None) -> str:
    if value is None:
        return "no_data"
    if result.is_percent:
        return judge(True, value, None, part.target, False)
    percent = 100.0 * value / part.denominator if part.denominator else None
    return judge(False, percent, value, part.target, False)


def check(
    pack: RegionPack, rows: list[FormRow], facts: FactSet, org: str, period: Period
) -> list[Problem]:
    """Every problem at once: shares within 0–100 %, counts within what the registry and the
    facts allow, and АРМ sub-counts within the АРМ total."""
    problems: list[Problem] = []
    members = facts.members(org)
    rules = {i.number: i.rule for i in pack.indicators}
    for row in rows:
        if row.value is None:
            continue
        problems += _row_problems(row, rules.get(row.indicator.number), members, period)
    problems += _arm_subsets(rows, rules)
    return problems


def _row_problems(row: FormRow, rule: object, members: list[Unit], period: Period) -> list[Problem]:
    value = row.value
    assert value is not None
    if value < 0:
        return [Problem(row.key, "negative")]
    if row.indicator.is_percent:
        return [Problem(row.key, "over_100")] if value > 100 else []
    if isinstance(rule, UnitsRule):
        limit = len([u for u in members if in_part(u, row.part.part, rule.unit_types, period)])
        if value > limit:
            return [Problem(row.key, "more_than_registry", {"limit": limit})]
    # Workers provided ≤ workers in need; АРМ above the need is no error (spares, shared rooms).
    if (
        isinstance(rule, ArmRule)
        and rule.numerator == "workers_provided"
        and row.part.denominator
        and value > row.part.denominator
    ):
        return [Problem(row.key, "more_than_needed", {"limit": row.part.denominator})]
    return []


def _arm_subsets(rows: list[FormRow], rules: Mapping[str, object]) -> list[Problem]:
    """АРМ connected to the МИС or the ЗСПД, or certified, cannot exceed the АРМ total."""
    totals = {
        r.indicator.number: r.value
        for r in rows
        if isinstance(rules.get(r.indicator.number), ArmRule)
        and getattr(rules[r.indicator.number], "numerator", None) == "total"
        and r.part.part == "total"
        and not r.indicator.is_percent
    }
    if not totals:
        return []
    total_key, total = next(iter(totals.items()))
    if total is None:
        return []
    sums: dict[str, float] = {}
    for r in rows:
        rule = rules.get(r.indicator.number)
        if isinstance(rule, ArmRule) and rule.numerator in SUBSET_FIELDS and not r.overridden:
            sums[r.indicator.number] = sums.get(r.indicator.number, 0) + (r.part.numerator or 0)
    return [
        Problem(number, "more_than_total", {"limit": total, "total": total_key})
        for number, count in sums.items()
        if count > total
    ]


def with_overrides(
    rows: list[FormRow], changes: dict[str, tuple[float | None, str] | None]
) -> list[FormRow]:
    """Rows after the officer sets (or, with None, removes) overrides."""
    out = []
    for row in rows:
        if row.key not in changes:
            out.append(row)
            continue
        change = changes[row.key]
        if change is None:
            out.append(replace(row, value=row.part.value, reason=None, status=row.part.status))
        else:
            value, reason = change
            status = _status_of(row.indicator, row.part, value)
            out.append(replace(row, value=value, reason=reason, status=status))
    return out


def quarter_of(text: str) -> Period:
    """A form's period: a quarter, never a year."""
    period = Period.parse(text)
    if period.quarter is None:
        raise BadPeriod(text)
    return period
