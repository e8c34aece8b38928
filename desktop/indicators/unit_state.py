"""One unit as of a period's end: its link, its АРМ figures, and whether it meets a condition."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from desktop.indicators.facts import ArmCount, FactSet, Observation
from desktop.indicators.periods import Period
from desktop.sync.pack_rules import ArmField, Condition

STAGE_RANK = {"none": 0, "test": 1, "pilot": 2, "production": 3}


@dataclass(frozen=True)
class FactRef:
    """A fact behind a number: its table and id, for drill-down."""

    entity: str
    id: str


@dataclass(frozen=True)
class ArmFigures:
    """A unit's АРМ numbers for a period and where they come from.

    ``source``: ``counts`` (recorded for the period's quarter), ``inventory`` (derived from
    the workstations in service), ``carried`` (the last quarter recorded before, ``as_of``),
    ``none``."""

    values: dict[str, int | None]
    source: str
    as_of: str | None
    facts: tuple[FactRef, ...]


def latest_observation(facts: FactSet, unit: str, period: Period) -> Observation | None:
    rows = facts.observations.get(unit, [])
    # Observations carry an ISO time; every moment of the last day sorts below this limit.
    limit = period.end.isoformat() + "\uffff"
    i = bisect_right(rows, limit, key=lambda o: o.observed_at)
    return rows[i - 1] if i else None


def arm_figures(facts: FactSet, unit: str, period: Period) -> ArmFigures:
    counts = [a for a in facts.arm_counts.get(unit, []) if a.quarter <= period.last_quarter]
    if counts and counts[-1].quarter == period.last_quarter:
        return _from_counts(counts[-1], "counts")
    inventory = _in_service(facts, unit, period)
    if inventory is not None:
        return inventory
    if counts:
        return _from_counts(counts[-1], "carried")
    return ArmFigures({}, "none", None, ())


def _from_counts(row: ArmCount, source: str) -> ArmFigures:
    values: dict[str, int | None] = {
        "total": row.total,
        "mis": row.mis,
        "zspd": row.zspd,
        "certified": row.certified,
        "workers_need": row.workers_need,
        "workers_provided": row.workers_provided,
    }
    return ArmFigures(values, source, row.quarter, (FactRef("arm_counts", row.id),))


def _in_service(facts: FactSet, unit: str, period: Period) -> ArmFigures | None:
    end = period.end.isoformat()
    rows = [
        w
        for w in facts.workstations.get(unit, [])
        if (w.in_service_on or "") <= end and (w.retired_on is None or w.retired_on > end)
    ]
    if not rows:
        return None
    values: dict[str, int | None] = {
        "total": len(rows),
        "mis": sum(w.mis_client for w in rows),
        "zspd": sum(w.zspd_client for w in rows),
        "certified": sum(bool(w.certificate) for w in rows),
        "workers_need": None,
        "workers_provided": None,
    }
    refs = tuple(FactRef("workstations", w.id) for w in rows)
    return ArmFigures(values, "inventory", period.last_quarter, refs)


def arm_facts_for(
    figures: ArmFigures, field: ArmField, facts: FactSet, unit: str
) -> tuple[FactRef, ...]:
    """Drill-down of one АРМ number: for an inventory only the workstations it counted."""
    if figures.source != "inventory":
        return figures.facts
    flag = {"mis": "mis_client", "zspd": "zspd_client"}.get(field)
    by_id = {w.id: w for w in facts.workstations.get(unit, [])}
    if flag is not None:
        return tuple(r for r in figures.facts if getattr(by_id[r.id], flag))
    if field == "certified":
        return tuple(r for r in figures.facts if by_id[r.id].certificate)
    return figures.facts


def meets(
    facts: FactSet, unit: str, condition: Condition, period: Period
) -> tuple[bool, tuple[FactRef, ...]]:
    """Whether the unit meets every part of the condition, and the facts that decided it."""
    refs: list[FactRef] = []
    checks = []
    if condition.internet is not None or condition.zspd is not None:
        seen = latest_observation(facts, unit, period)
        if seen is not None:
            refs.append(FactRef("connection_observations", seen.id))
        if condition.internet is not None:
            checks.append(seen is not None and seen.internet == condition.internet)
        if condition.zspd is not None:
            checks.append(seen is not None and seen.zspd is condition.zspd)
    if condition.subsystems:
        ok, found = _subsystems(facts, unit, condition, period)
        checks.append(ok)
        refs.extend(found)
    if condition.documents_to or condition.document_classes:
        sent = _documents(facts, unit, condition, period)
        checks.append(bool(sent))
        refs.extend(sent)
    if condition.arm_mis is not None:
        figures = arm_figures(facts, unit, period)
        checks.append(((figures.values.get("mis") or 0) > 0) == condition.arm_mis)
        refs.extend(arm_facts_for(figures, "mis", facts, unit))
    return all(checks), tuple(refs)


def _subsystems(
    facts: FactSet, unit: str, condition: Condition, period: Period
) -> tuple[bool, list[FactRef]]:
    end = period.end.isoformat()
    needed = STAGE_RANK[condition.stage]
    reached = {
        s.subsystem: s
        for s in facts.subsystems.get(unit, [])
        if s.subsystem in condition.subsystems
        and s.applicable
        and STAGE_RANK.get(s.stage, 0) >= needed
        and (s.since is None or s.since <= end)
    }
    wanted = len(set(condition.subsystems)) if condition.all_subsystems else 1
    enough = len(reached) >= wanted
    return enough, [FactRef("subsystem_connections", s.id) for s in reached.values()]


def _documents(facts: FactSet, unit: str, condition: Condition, period: Period) -> list[FactRef]:
    start, end = period.start.isoformat(), period.end.isoformat()
    return [
        FactRef("documents", d.id)
        for d in facts.documents.get(unit, [])
        if start <= d.sent_on[:10] <= end
        and d.status != "rejected"
        and (not condition.documents_to or d.target_system in condition.documents_to)
        and (not condition.document_classes or d.doc_class in condition.document_classes)
    ]
