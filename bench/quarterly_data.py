"""The quarterly benchmark's store: one МО with 50 subdivisions and five years of invented facts.

Rows go straight into ``store.conn`` (executemany, 50,000 per transaction), bypassing the Store
API as bench/store_data.py does: the benchmark times reading them, not writing them."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from bench.store_data import (
    CHEAP_KDF,
    FILL_BATCH,
    OBS_SQL,
    PASSPHRASE,
    USER,
    insert_in_transactions,
)
from desktop.indicators.periods import Period
from desktop.paths import resource
from desktop.storage import Profile, Store
from desktop.storage.ids import format_ts, new_id

MO = "BENCH-MO"
DISTRICT = "Бенч-район"
# Each document flow a unit keeps, weekly: (target system, document class).
FLOWS = {
    "mo": (("remd", "semd"), ("fss", "eln"), ("foms", "oms_registry"), ("iemk", "semd")),
    "tvsp": (("remd", "semd"), ("fss", "eln"), ("foms", "oms_registry"), ("iemk", "semd")),
    "fap": (("remd", "semd"), ("foms", "oms_registry")),
    "fp": (("foms", "oms_registry"),),
}
SUBSYSTEMS = {
    "mo": ("llo", "lab", "patient_flow", "telemed", "prevention", "remd", "iemk", "riemk"),
    "tvsp": ("llo", "lab", "patient_flow", "telemed", "prevention"),
    "fap": ("llo", "patient_flow"),
    "fp": ("llo",),
}
INVENTORY_UNITS = 5  # the first ТВСП keep a workstation inventory instead of quarterly counts
WORKSTATIONS_EACH = 30


@dataclass(frozen=True)
class Sizes:
    tvsp: int
    fap: int
    fp: int
    years: int
    per_day: int  # observations per unit and day (the link monitor records each change)
    runs: int  # timed calls of each kind
    processes: int  # fresh processes, each timing its first open_report

    @property
    def subdivisions(self) -> int:
        return self.tvsp + self.fap + self.fp


FULL = Sizes(tvsp=10, fap=30, fp=10, years=5, per_day=6, runs=9, processes=3)
QUICK = Sizes(tvsp=10, fap=30, fp=10, years=1, per_day=2, runs=3, processes=1)


@dataclass(frozen=True)
class Built:
    store: Store
    root: Path
    period: Period  # the quarter timed: the last one before today
    counts: dict[str, int]  # rows per table


def registry(sizes: Sizes) -> list[dict[str, Any]]:
    units = [{"code": MO, "name": "ЦРБ (бенч)", "type": "mo", "district": DISTRICT}]
    for kind, count in (("tvsp", sizes.tvsp), ("fap", sizes.fap), ("fp", sizes.fp)):
        units += [
            {
                "code": f"BENCH-{kind.upper()}-{i:02d}",
                "name": f"{kind.upper()} {i} (бенч)",
                "type": kind,
                "parent": MO,
                "district": DISTRICT,
            }
            for i in range(1, count + 1)
        ]
    return units


def build(root: Path, sizes: Sizes, rng: random.Random, today: date) -> Built:
    store = Profile(root).create(USER, PASSPHRASE, kdf=CHEAP_KDF).store
    units = registry(sizes)
    store.load_registry(units, invented=True, source="bench")
    pack = json.loads(resource("region-packs", "stavropol.json").read_text(encoding="utf-8"))
    store.load_pack(pack)
    this = Period(today.year, (today.month - 1) // 3 + 1)
    quarters = this.quarters_back(4 * sizes.years + 1)[:-1]
    start = quarters[0].start
    online_from = {u["code"]: _online_from(u["type"], start, rng) for u in units}
    counts = {
        "connection_observations": _fill(
            store, OBS_SQL, _observations(units, online_from, start, today, sizes, rng)
        ),
        "arm_counts": _fill(store, ARM_SQL, _arm_counts(units, quarters, rng)),
        "workstations": _fill(store, WORKSTATION_SQL, _workstations(units, start, today, rng)),
        "documents": _fill(store, DOCUMENT_SQL, _documents(units, online_from, start, today, rng)),
        "subsystem_connections": _fill(store, SUBSYSTEM_SQL, _subsystems(units, start, rng)),
    }
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return Built(store, root, quarters[-1], counts)


def _fill(store: Store, sql: str, rows: Iterator[tuple[Any, ...]]) -> int:
    return insert_in_transactions(store.conn, sql, rows, FILL_BATCH)


def _online_from(kind: str, start: date, rng: random.Random) -> date | None:
    """When the unit got its link: МО and ТВСП before the history, posts over the years."""
    if kind in ("mo", "tvsp"):
        return start - timedelta(days=365)
    if kind == "fp" and rng.random() < 0.4:
        return None  # still no link
    return start + timedelta(days=rng.randint(0, 4 * 365))


def _days(start: date, end: date) -> Iterator[date]:
    day = start
    while day < end:
        yield day
        day += timedelta(days=1)


def _observations(
    units: list[dict[str, Any]],
    online_from: dict[str, date | None],
    start: date,
    today: date,
    sizes: Sizes,
    rng: random.Random,
) -> Iterator[tuple[Any, ...]]:
    """``per_day`` state changes a day: a flaky link goes down and up again, ending the day up;
    a post without a link yet is seen down."""
    step = timedelta(hours=24 / sizes.per_day)
    for day in _days(start, today):
        midnight = datetime(day.year, day.month, day.day, tzinfo=UTC)
        for u in units:
            since = online_from[u["code"]]
            linked = since is not None and day >= since
            for k in range(sizes.per_day):
                at = format_ts(midnight + k * step + timedelta(seconds=rng.randint(0, 600)))
                up = linked and (k % 2 == 1 or k == sizes.per_day - 1)
                yield (
                    new_id(),
                    u["code"],
                    at,
                    int(up),
                    ("fibre" if u["type"] in ("mo", "tvsp") else "mobile") if up else "none",
                    rng.randint(512, 50_000) if up else None,
                    "Ростелеком",
                    int(up and u["type"] in ("mo", "tvsp")),
                    int(up and u["type"] in ("mo", "tvsp")),
                    "monitor",
                    rng.randint(20, 400) if up else None,
                    at,
                    USER,
                )


ARM_SQL = (
    "INSERT INTO arm_counts (id, unit, quarter, total, mis, zspd, certified, workers_need,"
    " workers_provided, created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _arm_counts(
    units: list[dict[str, Any]], quarters: list[Period], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    """Every quarter, growing; ФП only in the fourth (carried between); inventory units never."""
    inventory = {f"BENCH-TVSP-{i:02d}" for i in range(1, INVENTORY_UNITS + 1)}
    size = {"mo": 60, "tvsp": 25, "fap": 3, "fp": 1}
    for u in units:
        if u["code"] in inventory:
            continue
        for n, q in enumerate(quarters):
            if u["type"] == "fp" and q.quarter != 4:
                continue
            total = max(1, round(size[u["type"]] * (0.5 + 0.5 * n / len(quarters))))
            mis = rng.randint(total // 2, total)
            need = round(size[u["type"]] * 1.2)
            at = format_ts(datetime.combine(q.end, datetime.min.time(), UTC))
            yield (
                new_id(),
                u["code"],
                str(q),
                total,
                mis,
                rng.randint(0, mis),
                mis,
                need,
                min(total, need),
                at,
                USER,
                at,
            )


WORKSTATION_SQL = (
    "INSERT INTO workstations (id, unit, inventory_no, room, os, mis_client, zspd_client,"
    " certificate, in_service_on, retired_on, created_at, created_by, updated_at)"
    " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"
)


def _workstations(
    units: list[dict[str, Any]], start: date, today: date, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    span = (today - start).days
    for i in range(1, INVENTORY_UNITS + 1):
        unit = f"BENCH-TVSP-{i:02d}"
        for n in range(WORKSTATIONS_EACH):
            since = start + timedelta(days=rng.randint(-365, span))
            retired = since + timedelta(days=rng.randint(400, 3000)) if n % 7 == 0 else None
            at = format_ts(datetime.now(UTC))
            yield (
                new_id(),
                unit,
                f"{unit}-{n:03d}",
                f"Каб. {n}",
                "Astra Linux",
                int(rng.random() < 0.9),
                int(rng.random() < 0.7),
                f"СКЗИ-{n}" if rng.random() < 0.6 else None,
                since.isoformat(),
                retired.isoformat() if retired and retired < today else None,
                at,
                USER,
                at,
            )
    del units  # every inventory unit is one of the registry's ТВСП


DOCUMENT_SQL = (
    "INSERT INTO documents (id, unit, doc_class, target_system, sent_on, count, signed, status,"
    " created_at, created_by) VALUES (?,?,?,?,?,?,?,?,?,?)"
)


def _documents(
    units: list[dict[str, Any]],
    online_from: dict[str, date | None],
    start: date,
    today: date,
    rng: random.Random,
) -> Iterator[tuple[Any, ...]]:
    """Weekly, per flow, once the unit has a link; one batch in a hundred rejected."""
    for monday in _days(start, today):
        if monday.weekday() != 0:
            continue
        for u in units:
            since = online_from[u["code"]]
            if since is None or monday < since:
                continue
            for system, doc_class in FLOWS[u["type"]]:
                status = "rejected" if rng.random() < 0.01 else "registered"
                at = format_ts(datetime.combine(monday, datetime.min.time(), UTC))
                yield (
                    new_id(),
                    u["code"],
                    doc_class,
                    system,
                    monday.isoformat(),
                    rng.randint(1, 80),
                    int(system in ("remd", "iemk")),
                    status,
                    at,
                    USER,
                )


SUBSYSTEM_SQL = (
    "INSERT INTO subsystem_connections (id, unit, subsystem, applicable, stage, since,"
    " created_at, created_by, updated_at) VALUES (?,?,?,?,?,?,?,?,?)"
)


def _subsystems(
    units: list[dict[str, Any]], start: date, rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    at = format_ts(datetime.now(UTC))
    for u in units:
        for subsystem in SUBSYSTEMS[u["type"]]:
            stage = rng.choice(("production", "production", "pilot", "test"))
            since = start + timedelta(days=rng.randint(0, 4 * 365))
            yield (new_id(), u["code"], subsystem, 1, stage, since.isoformat(), at, USER, at)
