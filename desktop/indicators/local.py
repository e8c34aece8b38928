"""Facts and the region pack from this device's encrypted store, read for one scope and period."""

from __future__ import annotations

from typing import Any

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
from desktop.storage import Store
from desktop.sync.packs import RegionPack


class NoPack(LookupError):
    """No region pack with indicators has reached this device yet (it comes with a sync)."""


def load_pack(store: Store) -> RegionPack:
    content = store.region_pack_content()
    if content is None:
        raise NoPack("no region pack with indicators on this device")
    return RegionPack.model_validate_json(content)


def all_units(store: Store) -> list[Unit]:
    rows = store.conn.execute(
        "SELECT code, name, type, parent, district, closed_on FROM units"
    ).fetchall()
    return [Unit(*row) for row in rows]


def load_facts(store: Store, scope: str, period: Period) -> FactSet:
    """Only what the period needs: each unit's last observation up to the period's end, its
    last АРМ count up to the period, its inventory and subsystems, documents sent within it."""
    units = FactSet.build(all_units(store))
    codes = [u.code for u in units.members(scope)]
    return FactSet.build(
        units.units.values(),
        observations=_observations(store, codes, period),
        arm_counts=_rows(store, ArmCount, ARM_SQL, codes, period.last_quarter),
        workstations=[_workstation(r) for r in _select(store, WORKSTATION_SQL, codes)],
        documents=_rows(
            store, Document, DOCUMENT_SQL, codes, period.start.isoformat(), period.end.isoformat()
        ),
        subsystems=[_subsystem(r) for r in _select(store, SUBSYSTEM_SQL, codes)],
    )


OBSERVATION_SQL = (
    "SELECT id, unit, observed_at, internet, zspd FROM connection_observations"
    " WHERE unit = ? AND observed_at < ? ORDER BY observed_at DESC, id DESC LIMIT 1"
)
# Only the latest count up to the period's quarter decides (its own, or carried): one row a
# unit, by the (unit, quarter) index, instead of every quarter since the first.
ARM_SQL = (
    "SELECT id, unit, quarter, total, mis, zspd, certified, workers_need, workers_provided"
    " FROM arm_counts WHERE unit = ? AND quarter <= ? ORDER BY quarter DESC LIMIT 1"
)
WORKSTATION_SQL = (
    "SELECT id, unit, inventory_no, mis_client, zspd_client, certificate, in_service_on,"
    " retired_on FROM workstations WHERE unit = ?"
)
DOCUMENT_SQL = (
    "SELECT id, unit, doc_class, target_system, sent_on, count, status FROM documents"
    " WHERE unit = ? AND sent_on >= ? AND substr(sent_on, 1, 10) <= ?"
)
SUBSYSTEM_SQL = (
    "SELECT id, unit, subsystem, applicable, stage, since FROM subsystem_connections WHERE unit = ?"
)


def _observations(store: Store, codes: list[str], period: Period) -> list[Observation]:
    # The day after the period's end, as text, is above every moment of its last day.
    limit = period.end.isoformat() + "\uffff"
    found = []
    for code in codes:
        row = store.conn.execute(OBSERVATION_SQL, (code, limit)).fetchone()
        if row is not None:
            found.append(Observation(row[0], row[1], row[2], bool(row[3]), _flag(row[4])))
    return found


def _select(store: Store, sql: str, codes: list[str], *args: Any) -> list[tuple[Any, ...]]:
    rows: list[tuple[Any, ...]] = []
    for code in codes:
        rows.extend(store.conn.execute(sql, (code, *args)).fetchall())
    return rows


def _rows(store: Store, kind: type, sql: str, codes: list[str], *args: Any) -> list[Any]:
    return [kind(*row) for row in _select(store, sql, codes, *args)]


def _workstation(row: tuple[Any, ...]) -> Workstation:
    return Workstation(row[0], row[1], row[2], bool(row[3]), bool(row[4]), *row[5:])


def _subsystem(row: tuple[Any, ...]) -> SubsystemLink:
    return SubsystemLink(row[0], row[1], row[2], bool(row[3]), row[4], row[5])


def _flag(value: int | None) -> bool | None:
    return None if value is None else bool(value)
