"""The facts behind an indicator, read by id for its drill-down, with catalog names to word them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from desktop.storage.base import StoreBase

# What a drill-down shows of each kind of fact; the table names are fixed, never user input.
FACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "connection_observations": (
        "observed_at",
        "internet",
        "channel",
        "zspd",
        "skzi",
        "bandwidth_kbps",
        "provider",
        "source",
        "note",
    ),
    "arm_counts": (
        "quarter",
        "total",
        "mis",
        "zspd",
        "certified",
        "workers_need",
        "workers_provided",
        "note",
    ),
    "workstations": (
        "inventory_no",
        "room",
        "os",
        "mis_client",
        "zspd_client",
        "certificate",
        "in_service_on",
        "retired_on",
    ),
    "documents": (
        "doc_class",
        "target_system",
        "sent_on",
        "count",
        "signed",
        "status",
        "registry_no",
    ),
    "subsystem_connections": ("subsystem", "applicable", "stage", "since", "act_id"),
}
NAMED_KINDS = ("channel", "doc_class", "target_system", "subsystem", "stage")
CHUNK = 400  # ids per query: far below SQLite's limit on bound parameters


@dataclass(frozen=True)
class FactDetail:
    """One fact as stored: its table, id, unit and the columns ``FACT_COLUMNS`` names."""

    entity: str
    id: str
    unit: str
    fields: dict[str, Any]


def fact_details(
    store: StoreBase, refs: Iterable[tuple[str, str]]
) -> dict[tuple[str, str], FactDetail]:
    """The facts named by (table, id); unknown tables and ids that are gone are left out."""
    wanted: dict[str, list[str]] = {}
    for entity, fact_id in refs:
        if entity in FACT_COLUMNS:
            wanted.setdefault(entity, []).append(fact_id)
    found: dict[tuple[str, str], FactDetail] = {}
    for entity, ids in wanted.items():
        columns = FACT_COLUMNS[entity]
        unique = sorted(set(ids))
        for start in range(0, len(unique), CHUNK):
            chunk = unique[start : start + CHUNK]
            marks = ", ".join("?" * len(chunk))
            rows = store.conn.execute(
                f"SELECT id, unit, {', '.join(columns)} FROM {entity} WHERE id IN ({marks})",
                chunk,
            ).fetchall()
            for row in rows:
                fields = dict(zip(columns, row[2:], strict=True))
                found[(entity, row[0])] = FactDetail(entity, row[0], row[1], fields)
    return found


def catalog_names(store: StoreBase) -> dict[str, dict[str, str]]:
    """Names of the codes facts carry (channels, document classes, systems, subsystems,
    stages), from the active packs."""
    rows = store.conn.execute(
        "SELECT c.kind, c.code, min(c.name) FROM catalog_items c"
        " JOIN region_packs p ON p.id = c.pack_id WHERE p.active AND c.kind IN"
        f" ({', '.join('?' * len(NAMED_KINDS))}) GROUP BY c.kind, c.code",
        NAMED_KINDS,
    ).fetchall()
    names: dict[str, dict[str, str]] = {kind: {} for kind in NAMED_KINDS}
    for kind, code, name in rows:
        names[kind][code] = name
    return names
