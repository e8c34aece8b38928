"""The conflict log for the conflicts view: rows with their unit, and marking them seen."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.storage.base import StoreBase
from desktop.storage.remote import MUTABLE_TABLES

# The conflict log keeps entity and id only; the unit comes from the record itself (only
# mutable tables have conflicts, and each has a ``unit`` column).
_UNIT_OF_RECORD = (
    "coalesce("
    + ", ".join(
        f"(SELECT unit FROM {table} WHERE c.entity = '{table}' AND id = c.entity_id)"
        for table in sorted(MUTABLE_TABLES)
    )
    + ")"
)


@dataclass(frozen=True)
class ConflictRow:
    """A value that lost a concurrent edit; the values are decoded from their JSON."""

    id: int
    entity: str
    entity_id: str
    unit: str | None
    unit_name: str | None
    field: str
    kept_value: Any
    lost_value: Any
    kept_device: str | None
    lost_device: str | None
    detected_at: str
    seen: bool


def conflict_rows(
    store: StoreBase, *, unseen_only: bool = False, limit: int = 500
) -> list[ConflictRow]:
    """The newest ``limit`` conflicts, newest first."""
    where = "WHERE NOT c.seen" if unseen_only else ""
    rows = store.conn.execute(
        "SELECT c.id, c.entity, c.entity_id, c.unit, coalesce(u.short_name, u.name), c.field,"
        " c.kept_value, c.lost_value, c.kept_device, c.lost_device, c.detected_at, c.seen"
        f" FROM (SELECT c.*, {_UNIT_OF_RECORD} AS unit FROM conflicts c {where}"
        "  ORDER BY c.id DESC LIMIT ?) c"
        " LEFT JOIN units u ON u.code = c.unit ORDER BY c.id DESC",
        (limit,),
    )
    return [_row(r) for r in rows]


def _row(r: tuple[Any, ...]) -> ConflictRow:
    return ConflictRow(
        id=r[0],
        entity=r[1],
        entity_id=r[2],
        unit=r[3],
        unit_name=r[4],
        field=r[5],
        kept_value=_decoded(r[6]),
        lost_value=_decoded(r[7]),
        kept_device=r[8],
        lost_device=r[9],
        detected_at=r[10],
        seen=bool(r[11]),
    )


def unseen_count(store: StoreBase) -> int:
    return int(store.conn.execute("SELECT count(*) FROM conflicts WHERE NOT seen").fetchone()[0])


def mark_seen(store: StoreBase, up_to_id: int) -> int:
    """Mark conflicts up to ``up_to_id`` (the newest the user was shown) as seen; one
    logged after the list was loaded stays new. Returns how many were marked."""
    with store.transaction():
        marked = store.conn.execute(
            "UPDATE conflicts SET seen = 1 WHERE NOT seen AND id <= ?", (up_to_id,)
        ).rowcount
    return int(marked)


def _decoded(text: str | None) -> Any:
    """Values are logged as JSON (``remote._log_conflict``); anything else is kept as is."""
    if text is None:
        return None
    try:
        return json.loads(text)
    except ValueError:
        return text
