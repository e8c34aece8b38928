"""Pack indicators computed from facts for a unit, МО, district or the region, against targets."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.indicators.facts import FactSet, Unit
from desktop.indicators.periods import Period
from desktop.indicators.targets import TargetPoint, judge, target_point
from desktop.indicators.unit_state import FactRef, arm_facts_for, arm_figures, meets
from desktop.sync.pack_rules import FAP_TYPES, ArmRule, UnitsRule
from desktop.sync.packs import Indicator, RegionPack

PARTS_SPLIT = ("tvsp", "fap")


@dataclass(frozen=True)
class UnitEvidence:
    """One unit's share in a number: what it adds above and below the line, and why."""

    unit: str
    numerator: float
    denominator: float
    facts: tuple[FactRef, ...]
    source: str  # units: "met" / "not_met"; АРМ: counts / inventory / carried / none
    as_of: str | None = None


@dataclass(frozen=True)
class PartResult:
    """One row of an indicator: the whole, or «ТВСП МО» (``tvsp``) / «ФАП и ФП» (``fap``)."""

    part: str
    numerator: float | None
    denominator: float | None
    value: float | None
    target: TargetPoint | None
    status: str  # behind / on / ahead / no_target / no_data
    evidence: tuple[UnitEvidence, ...] = ()

    @property
    def percent(self) -> float | None:
        if self.numerator is None or not self.denominator:
            return None
        return 100.0 * self.numerator / self.denominator


@dataclass(frozen=True)
class IndicatorResult:
    number: str
    name: str
    measure: str
    kind: str
    method: str
    is_percent: bool
    parts: tuple[PartResult, ...]


def compute(
    pack: RegionPack, facts: FactSet, scope: str, period: Period, *, region_scope: bool = False
) -> list[IndicatorResult]:
    """Every indicator of the pack for the scope's units; see ``FactSet.members`` for scopes.

    Region-wide absolute targets are compared only when ``region_scope`` (or scope
    ``region``): an МО's count against the region's count would say nothing."""
    members = facts.members(scope)
    whole_region = region_scope or scope == "region"
    return [
        _indicator(pack, facts, members, period, indicator, whole_region)
        for indicator in pack.indicators
    ]


def _indicator(
    pack: RegionPack,
    facts: FactSet,
    members: list[Unit],
    period: Period,
    indicator: Indicator,
    whole_region: bool,
) -> IndicatorResult:
    parts = PARTS_SPLIT if indicator.split else ("total",)
    rule = indicator.rule
    results = []
    for part in parts:
        target = target_point(pack, indicator.number, part, period)
        if isinstance(rule, UnitsRule | ArmRule):
            eligible = [u for u in members if in_part(u, part, rule.unit_types, period)]
            evidence = (
                _units_evidence(facts, eligible, rule, part, period)
                if isinstance(rule, UnitsRule)
                else _arm_evidence(facts, eligible, rule, period)
            )
            results.append(_part(indicator, part, evidence, target, whole_region))
        else:
            results.append(PartResult(part, None, None, None, target, "no_data"))
    method = rule.method if rule is not None else "manual"
    return IndicatorResult(
        indicator.number,
        indicator.name,
        indicator.measure,
        indicator.kind,
        method,
        indicator.percent,
        tuple(results),
    )


def in_part(unit: Unit, part: str, types: tuple[str, ...], period: Period) -> bool:
    """Whether a unit counts in a row: open in the period, of the rule's types, of the row."""
    if unit.closed_on is not None and unit.closed_on[:10] < period.start.isoformat():
        return False
    if types and unit.type not in types:
        return False
    if part == "fap":
        return unit.type in FAP_TYPES
    if part == "tvsp":
        return unit.type not in FAP_TYPES
    return True


def _units_evidence(
    facts: FactSet, eligible: list[Unit], rule: UnitsRule, part: str, period: Period
) -> list[UnitEvidence]:
    found = []
    for u in eligible:
        ok, refs = meets(facts, u.code, rule.condition, period)
        counted_below = 1.0
        if part == "fap" and rule.fap_denominator == "internet":
            online, _ = meets(facts, u.code, _INTERNET, period)
            counted_below = 1.0 if online else 0.0
            ok = ok and online
        found.append(UnitEvidence(u.code, float(ok), counted_below, refs, _MET[ok]))
    return found


def _arm_evidence(
    facts: FactSet, eligible: list[Unit], rule: ArmRule, period: Period
) -> list[UnitEvidence]:
    found = []
    for u in eligible:
        figures = arm_figures(facts, u.code, period)
        above = figures.values.get(rule.numerator) or 0
        below = (figures.values.get(rule.denominator) or 0) if rule.denominator else 0
        refs = arm_facts_for(figures, rule.numerator, facts, u.code)
        found.append(UnitEvidence(u.code, above, below, refs, figures.source, figures.as_of))
    return found


def _part(
    indicator: Indicator,
    part: str,
    evidence: list[UnitEvidence],
    target: TargetPoint | None,
    whole_region: bool,
) -> PartResult:
    has_data = any(e.source != "none" for e in evidence)
    numerator = sum(e.numerator for e in evidence) if has_data else None
    denominator = sum(e.denominator for e in evidence) if has_data else None
    percent = 100.0 * numerator / denominator if numerator is not None and denominator else None
    value = percent if indicator.percent else numerator
    status = judge(indicator.percent, percent, numerator, target, whole_region)
    return PartResult(part, numerator, denominator, value, target, status, tuple(evidence))


_MET = {True: "met", False: "not_met"}
_INTERNET = UnitsRule.model_validate({"method": "units", "condition": {"internet": True}}).condition
