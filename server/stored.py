"""The records the server holds: each applied change merged in, mutable ones published."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, bindparam, delete, select

from desktop.sync import protocol as p
from desktop.sync.entities import SHARED_FACTS
from server import feed
from server.bulk import insert_many, upsert_many
from server.db import conflicts, records
from server.merge import Conflict, Current, conflict_row, feed_data, merge

Key = tuple[str, str]  # entity, entity id
Currents = dict[Key, Current | None]  # None: deleted within the batch


def load(conn: Connection, batch: list[p.Change]) -> Currents:
    """The records a batch touches, read once (one query per entity)."""
    ids: dict[str, set[str]] = {}
    for change in batch:
        ids.setdefault(change.entity, set()).add(change.id)
    found: Currents = {}
    for entity, entity_ids in ids.items():
        rows = conn.execute(
            select(
                records.c.entity_id,
                records.c.unit,
                records.c.data,
                records.c.version,
                records.c.clocks,
            ).where(records.c.entity == entity, records.c.entity_id.in_(sorted(entity_ids)))
        ).mappings()
        found.update({(entity, str(row["entity_id"])): Current.from_row(row) for row in rows})
    return found


@dataclass(frozen=True)
class Merged:
    """What one change does to its record: the result (None: deleted), conflicts met."""

    change: p.Change
    record: Current | None
    met: list[Conflict]


def merge_change(currents: Currents, change: p.Change, device: str) -> Merged:
    """The record as ``change`` would leave it; ``currents`` is not modified."""
    if change.op == "delete":
        return Merged(change, None, [])
    record, met = merge(currents.get((change.entity, change.id)), change, device)
    return Merged(change, record, met)


def materialise(conn: Connection, device: str, applied: list[Merged], now: int) -> None:
    """Write each record the batch touched once (its last state), the conflicts met, and a
    ``record`` feed item per mutable record (bulk statements)."""
    touched: dict[Key, tuple[Current, p.Change]] = {}
    gone: set[Key] = set()
    found: list[dict[str, Any]] = []
    met_by: dict[Key, list[Conflict]] = {}
    for step in applied:
        key = (step.change.entity, step.change.id)
        if step.record is None:
            gone.add(key)
            touched.pop(key, None)
            continue
        gone.discard(key)
        touched[key] = (step.record, step.change)
        met_by.setdefault(key, []).extend(step.met)
        found += [{**conflict_row(*key, step.record.unit, c), "detected_ms": now} for c in step.met]
    _write(conn, device, touched, gone, now)
    if found:
        insert_many(conn, conflicts, found)
    feed.append_many(conn, _feed_rows(device, touched, met_by, now))


def _write(
    conn: Connection,
    device: str,
    touched: dict[Key, tuple[Current, p.Change]],
    gone: set[Key],
    now: int,
) -> None:
    if gone:
        where = (
            records.c.entity == bindparam("key_entity"),
            records.c.entity_id == bindparam("key_id"),
        )
        conn.execute(
            delete(records).where(*where), [{"key_entity": e, "key_id": i} for e, i in gone]
        )
    rows = [
        {
            "entity": entity,
            "entity_id": entity_id,
            "unit": record.unit,
            "data": p.canonical_json(record.data),
            "device_id": device,
            "seq": change.seq,
            "updated_ms": now,
            "version": record.version,
            "clocks": p.canonical_json(record.clocks),
        }
        for (entity, entity_id), (record, change) in touched.items()
    ]
    if rows:
        upsert_many(conn, records, rows, ("entity", "entity_id"))


def _feed_rows(
    device: str,
    touched: dict[Key, tuple[Current, p.Change]],
    met_by: dict[Key, list[Conflict]],
    now: int,
) -> list[dict[str, Any]]:
    """Mutable records and shared facts go to the scope's devices; the writer itself skips
    the item unless it lacks part of the result (others' fields) or the merge met a conflict."""
    rows = []
    for (entity, entity_id), (record, change) in touched.items():
        if entity not in p.MUTABLE_ENTITIES and entity not in SHARED_FACTS:
            continue
        met = met_by.get((entity, entity_id), [])
        # A shared fact has one writer, which needs nothing back.
        mutable = entity in p.MUTABLE_ENTITIES
        echo = mutable and (bool(met) or record.needs_echo(device, change.base or 0))
        rows.append(
            {
                "kind": "record",
                "key": f"{entity}/{entity_id}",
                "unit": record.unit,
                "data": p.canonical_json(feed_data(entity, entity_id, record, met)),
                "created_ms": now,
                "origin": None if echo else device,
            }
        )
    return rows
