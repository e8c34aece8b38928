"""The region's summary: the desktop's indicator engine over the facts the server holds.

Every fact a device pushes is materialised in ``records`` (entity, id → the latest merged
data): insert-only facts such as connection observations, documents and acts as they came,
mutable ones (АРМ counts, workstations, subsystem connections) as merged per field. The
loader reads what a period needs from there, and the units from the server's registry.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import Any

from sqlalchemy import JSON, ColumnElement, Connection, Select, and_, cast, func, select

from desktop.indicators.engine import IndicatorResult, PartResult, compute
from desktop.indicators.facts import (
    ArmCount,
    Document,
    FactSet,
    Observation,
    SubsystemLink,
    Unit,
    Workstation,
)
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import row_key
from desktop.indicators.targets import TargetPoint
from desktop.sync import protocol as p
from desktop.sync.packs import RegionPack
from server import review
from server.clock import now_ms
from server.db import packs, records, units
from server.errors import ApiError

FACT_ENTITIES = (
    "connection_observations",
    "arm_counts",
    "workstations",
    "documents",
    "subsystem_connections",
)
MO = "mo"


@dataclass(frozen=True)
class Loaded:
    """Everything a summary is computed from, read in one transaction."""

    period: Period
    pack: RegionPack
    facts: FactSet
    forms: dict[str, tuple[str, review.FormRecord | None]]  # МО → status, record


def parse_period(text: str) -> Period:
    try:
        return Period.parse(text)
    except ValueError as exc:
        raise ApiError(422, "bad_period", str(exc)) from None


def load(conn: Connection, period: Period) -> Loaded:
    """The pack, the registry, the facts the period needs and the forms of its quarter."""
    return Loaded(
        period,
        load_pack(conn),
        load_facts(conn, period),
        review.statuses(conn, period.last_quarter),
    )


def load_pack(conn: Connection) -> RegionPack:
    """The region pack with indicators imported last."""
    rows = conn.execute(select(packs.c.content).order_by(packs.c.imported_ms.desc()))
    for (content,) in rows:
        pack = _parse_pack(str(content))
        if pack.indicators:
            return pack
    raise ApiError(
        409,
        "no_pack",
        "no region pack with indicators is loaded: import one with svodka-server import-pack",
    )


@lru_cache(maxsize=4)
def _parse_pack(content: str) -> RegionPack:
    # A pack changes a few times a year; its validation costs more than the query.
    return RegionPack.model_validate_json(content)


def load_units(conn: Connection) -> list[Unit]:
    query = select(
        units.c.code,
        units.c.name,
        units.c.type,
        units.c.parent,
        units.c.district,
        units.c.closed_on,
    )
    return [Unit(*row) for row in conn.execute(query)]


def load_facts(conn: Connection, period: Period) -> FactSet:
    """Units and facts as the engine wants them, selected in SQL so that only what counts is
    parsed: each unit's last observation up to the period's end and its last АРМ counts up
    to the period's quarter (the engine uses no earlier ones), documents sent within the
    period, the inventory and subsystem connections whole."""
    next_day = (period.end + timedelta(days=1)).isoformat()
    first_day, last_quarter = period.start.isoformat(), period.last_quarter
    found: dict[str, list[Any]] = {entity: [] for entity in FACT_ENTITIES}
    queries = {
        "connection_observations": _latest(
            conn, "connection_observations", "observed_at", lambda at: at < next_day
        ),
        "arm_counts": _latest(conn, "arm_counts", "quarter", lambda at: at <= last_quarter),
        "documents": _where(
            conn, "documents", "sent_on", lambda at: and_(at >= first_day, at < next_day)
        ),
        "workstations": _where(conn, "workstations"),
        "subsystem_connections": _where(conn, "subsystem_connections"),
    }
    for entity, query in queries.items():
        for unit, data in conn.execute(query):
            d = json.loads(data)
            # The record's unit is the one its latest change was filed (and scope-checked) under.
            found[entity].append(MAKERS[entity](d, str(unit or d.get("unit"))))
    return FactSet.build(
        load_units(conn),
        observations=found["connection_observations"],
        arm_counts=found["arm_counts"],
        workstations=found["workstations"],
        documents=found["documents"],
        subsystems=found["subsystem_connections"],
    )


Condition = Callable[[ColumnElement[Any]], ColumnElement[bool]]


def _field(conn: Connection, name: str) -> ColumnElement[Any]:
    """A text field of the record's JSON data, compared byte by byte as the engine does."""
    if conn.dialect.name == "postgresql":
        return func.json_extract_path_text(cast(records.c.data, JSON), name).collate("C")
    return func.json_extract(records.c.data, f"$.{name}")


def _where(
    conn: Connection, entity: str, name: str | None = None, condition: Condition | None = None
) -> Select[Any]:
    query = select(records.c.unit, records.c.data).where(records.c.entity == entity)
    if name is not None and condition is not None:
        query = query.where(condition(_field(conn, name)))
    return query


def _latest(conn: Connection, entity: str, name: str, condition: Condition) -> Select[Any]:
    """Each unit's record with the greatest ``name`` (then id) among those meeting the
    condition: the one the engine would take as the unit's state at the period's end."""
    at = _field(conn, name)
    rank = func.row_number().over(
        partition_by=records.c.unit, order_by=(at.desc(), records.c.entity_id.desc())
    )
    ranked = (
        select(records.c.unit, records.c.data, rank.label("rank"))
        .where(records.c.entity == entity, condition(at))
        .subquery()
    )
    return select(ranked.c.unit, ranked.c.data).where(ranked.c.rank == 1)


def _observation(d: dict[str, Any], unit: str) -> Observation:
    zspd = d.get("zspd")
    return Observation(
        d["id"], unit, d["observed_at"], bool(d["internet"]), None if zspd is None else bool(zspd)
    )


def _arm(d: dict[str, Any], unit: str) -> ArmCount:
    return ArmCount(
        d["id"],
        unit,
        d["quarter"],
        d["total"],
        d["mis"],
        d["zspd"],
        d.get("certified"),
        d.get("workers_need"),
        d.get("workers_provided"),
    )


def _workstation(d: dict[str, Any], unit: str) -> Workstation:
    return Workstation(
        d["id"],
        unit,
        d["inventory_no"],
        bool(d["mis_client"]),
        bool(d["zspd_client"]),
        d.get("certificate"),
        d.get("in_service_on"),
        d.get("retired_on"),
    )


def _document(d: dict[str, Any], unit: str) -> Document:
    return Document(
        d["id"], unit, d["doc_class"], d.get("target_system"), d["sent_on"], d["count"], d["status"]
    )


def _link(d: dict[str, Any], unit: str) -> SubsystemLink:
    return SubsystemLink(
        d["id"], unit, d["subsystem"], bool(d["applicable"]), d["stage"], d.get("since")
    )


MAKERS: dict[str, Callable[[dict[str, Any], str], Any]] = {
    "connection_observations": _observation,
    "arm_counts": _arm,
    "workstations": _workstation,
    "documents": _document,
    "subsystem_connections": _link,
}


def build(loaded: Loaded) -> p.RegionSummary:
    """Compute every scope: the region, each district, each МО (CPU only, no database)."""
    pack, facts, period = loaded.pack, loaded.facts, loaded.period
    region = compute(pack, facts, "region", period)
    mos = sorted((u for u in facts.units.values() if u.type == MO), key=lambda u: u.code)
    districts = sorted({u.district for u in facts.units.values() if u.district})
    return p.RegionSummary(
        period=str(period),
        form_quarter=period.last_quarter,
        pack=p.PackRef(id=pack.id, version=pack.version, title=pack.title),
        indicators=[_indicator(r) for r in region],
        region=_scope("region", "region", pack.region, None, facts, region),
        districts=[
            _scope(
                f"district:{name}",
                "district",
                name,
                name,
                facts,
                compute(pack, facts, f"district:{name}", period),
            )
            for name in districts
        ],
        organisations=[_organisation(loaded, mo) for mo in mos],
        server_time_ms=now_ms(),
    )


def _organisation(loaded: Loaded, mo: Unit) -> p.ScopeSummary:
    results = compute(loaded.pack, loaded.facts, mo.code, loaded.period)
    status, record = loaded.forms.get(mo.code, ("none", None))
    reported = review.form_values(record) if record else {}
    return _scope(mo.code, MO, mo.name, mo.district, loaded.facts, results, status, reported)


def _scope(
    scope: str,
    kind: str,
    name: str,
    district: str | None,
    facts: FactSet,
    results: list[IndicatorResult],
    form_status: str | None = None,
    reported: dict[str, Any] | None = None,
) -> p.ScopeSummary:
    return p.ScopeSummary(
        scope=scope,
        kind=kind,  # type: ignore[arg-type]
        name=name,
        district=district,
        units=len(facts.members(scope)),
        form_status=form_status,  # type: ignore[arg-type]
        rows=[
            _row(result, part, (reported or {}).get(row_key(result.number, part.part)))
            for result in results
            for part in result.parts
        ],
    )


def _row(result: IndicatorResult, part: PartResult, reported: Any) -> p.SummaryRow:
    target = part.target
    return p.SummaryRow(
        key=row_key(result.number, part.part),
        indicator=result.number,
        part=part.part,  # type: ignore[arg-type]
        value=part.value,
        numerator=part.numerator,
        denominator=part.denominator,
        percent=part.percent,
        target=None if target is None else _target(target),
        status=part.status,  # type: ignore[arg-type]
        reported=reported if isinstance(reported, int | float) else None,
    )


def _target(target: TargetPoint) -> p.SummaryTarget:
    return p.SummaryTarget(
        year=target.year,
        value_abs=target.value_abs,
        value_pct=target.value_pct,
        expected_pct=target.expected_pct,
        expected_abs=target.expected_abs,
        note=target.note,
    )


def _indicator(result: IndicatorResult) -> p.SummaryIndicator:
    return p.SummaryIndicator(
        number=result.number,
        name=result.name,
        measure=result.measure,
        kind=result.kind,
        method=result.method,
        is_percent=result.is_percent,
        parts=[part.part for part in result.parts],
    )


STATUS_WORDS = {
    "ahead": "target reached",
    "on": "on track",
    "behind": "behind",
    "no_target": "no target",
    "no_data": "no data",
}


def text_lines(found: p.RegionSummary, scope: str | None = None) -> list[str]:
    """A readable table: one scope's rows in full (the region by default), then a line for
    each district and МО with its form's status and how many rows stand where."""
    scopes = [found.region, *found.districts, *found.organisations]
    chosen = next((s for s in scopes if s.scope == scope), None) if scope else found.region
    if chosen is None:
        raise ApiError(404, "unknown_scope", f"no МО or district:NAME {scope!r} in the summary")
    percent = {i.number for i in found.indicators if i.is_percent}
    lines = [
        f"{found.pack.title} (pack {found.pack.id} v{found.pack.version}), period {found.period}",
        "",
        f"{chosen.name} ({chosen.units} units)"
        + (f", form for {found.form_quarter}: {chosen.form_status}" if chosen.form_status else ""),
        f"  {'row':<10} {'value':>14} {'numerator / denominator':>24} {'target':>16}  status",
    ]
    lines += [_row_line(row, row.indicator in percent) for row in chosen.rows]
    lines += ["", "Districts"] + [_scope_line(s.name, s) for s in found.districts]
    lines += ["", f"МО (forms for {found.form_quarter})"]
    lines += [_scope_line(f"{s.scope}  {s.name}", s) for s in found.organisations]
    return lines


def _row_line(row: p.SummaryRow, is_percent: bool) -> str:
    ratio = "—"
    if row.numerator is not None:
        ratio = f"{_number(row.numerator)} / {_number(row.denominator)}"
    target = "—"
    if row.target is not None:
        goal = (
            f"{_number(row.target.value_pct)} %"
            if row.target.value_pct is not None
            else _number(row.target.value_abs)
        )
        target = f"{goal} ({row.target.year})"
    value = _number(row.value)
    if is_percent and row.value is not None:
        value += " %"
    elif row.percent is not None:
        value += f" ({row.percent:.0f} %)"
    return f"  {row.key:<10} {value:>14} {ratio:>24} {target:>16}  {STATUS_WORDS[row.status]}"


def _scope_line(title: str, s: p.ScopeSummary) -> str:
    counts = dict.fromkeys(STATUS_WORDS, 0)
    for row in s.rows:
        counts[row.status] += 1
    spread = ", ".join(f"{STATUS_WORDS[k]} {n}" for k, n in counts.items() if n)
    form = f"form {s.form_status:<9}  " if s.form_status else ""
    return f"  {title[:60]:<60} {s.units:>5} units  {form}{spread}"


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.2f}"
