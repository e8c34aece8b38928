"""Apply a device's batch in one transaction: dedupe by seq, validate per change, ack."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, Dialect, Table, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desktop.sync import protocol as p
from server.auth import Device
from server.clock import now_ms
from server.db import changes, devices, records
from server.errors import ApiError, refuse_nul
from server.scope import units_in_scope


def push(conn: Connection, device: Device, request: p.PushRequest) -> p.PushResponse:
    if request.epoch != device.epoch:
        raise ApiError(409, "wrong_epoch", "this device's epoch is over; enrol again")
    for index, change in enumerate(request.changes):
        refuse_nul(f"changes.{index}.id", change.id)
    allowed = set(units_in_scope(conn, device.scope_kind, device.scope_code))
    _check_scope(allowed, request.changes)
    ack = _lock_ack(conn, device)
    batch = sorted(request.changes, key=lambda c: c.seq)
    held = _held(conn, device, [c.seq for c in batch if c.seq <= ack])
    owners = _owners(conn, batch)
    results: list[p.ChangeResult] = []
    fresh: list[Fresh] = []
    for change in batch:
        digest = change.digest()
        if change.seq <= ack:
            verdict = held.get(change.seq)
            if verdict is None or verdict.digest != digest:
                raise ApiError(
                    409,
                    "seq_fork",
                    f"seq {change.seq} was received with other"
                    " content (restored backup or cloned disk?); enrol again",
                )
            results.append(verdict.as_duplicate(change.seq))
        elif change.seq == ack + 1:
            fresh.append(_judge(change, digest, owners, allowed))
            results.append(fresh[-1].result)
            held[change.seq] = Held(digest, fresh[-1].result.status, fresh[-1].result.reason)
            ack += 1
        else:
            break  # a gap: the device resends from ack + 1
    now = now_ms()
    _store(conn, device, fresh, now)
    conn.execute(
        update(devices).where(devices.c.id == device.id).values(ack_seq=ack, last_seen_ms=now)
    )
    return p.PushResponse(ack_seq=ack, results=results, server_time_ms=now_ms())


@dataclass(frozen=True)
class Fresh:
    """A change seen for the first time, judged; written with the rest of its batch."""

    change: p.Change
    digest: str
    data: str
    result: p.ChangeResult


def _check_scope(allowed: set[str], batch: list[p.Change]) -> None:
    outside = sorted({c.unit or "?" for c in batch if c.unit not in allowed})
    if outside:
        raise ApiError(
            403,
            "outside_scope",
            "changes for units outside this device's scope: " + ", ".join(outside),
        )


def _lock_ack(conn: Connection, device: Device) -> int:
    # FOR UPDATE serialises two pushes of one device on PostgreSQL; SQLite's BEGIN
    # IMMEDIATE already did. The value read here, not the one authenticated, is current.
    query = select(devices.c.ack_seq).where(devices.c.id == device.id).with_for_update()
    return int(conn.scalar(query) or 0)


@dataclass(frozen=True)
class Held:
    """A change the server already holds: its content digest and the verdict it got."""

    digest: str
    status: str
    reason: str | None

    def as_duplicate(self, seq: int) -> p.ChangeResult:
        held_as: Literal["applied", "rejected"] = (
            "rejected" if self.status == "rejected" else "applied"
        )
        return p.ChangeResult(seq=seq, status="duplicate", reason=self.reason, held_as=held_as)


def _held(conn: Connection, device: Device, seqs: list[int]) -> dict[int, Held]:
    if not seqs:
        return {}
    rows = conn.execute(
        select(changes.c.seq, changes.c.digest, changes.c.status, changes.c.reason).where(
            changes.c.device_id == device.id,
            changes.c.epoch == device.epoch,
            changes.c.seq.in_(seqs),
        )
    )
    return {
        int(seq): Held(str(digest), str(status), reason) for seq, digest, status, reason in rows
    }


def _owners(conn: Connection, batch: list[p.Change]) -> dict[tuple[str, str], str]:
    """The unit of each record the batch touches, read once (one query per entity)."""
    ids: dict[str, set[str]] = {}
    for change in batch:
        ids.setdefault(change.entity, set()).add(change.id)
    owners: dict[tuple[str, str], str] = {}
    for entity, entity_ids in ids.items():
        rows = conn.execute(
            select(records.c.entity_id, records.c.unit).where(
                records.c.entity == entity, records.c.entity_id.in_(sorted(entity_ids))
            )
        )
        owners.update({(entity, str(entity_id)): unit for entity_id, unit in rows})
    return owners


def _judge(
    change: p.Change, digest: str, owners: dict[tuple[str, str], str], allowed: set[str]
) -> Fresh:
    reason = p.validate_entity(change) or _owned_elsewhere(owners, change, allowed)
    status: Literal["applied", "rejected"] = "rejected" if reason else "applied"
    result = p.ChangeResult(seq=change.seq, status=status, reason=reason)
    return Fresh(change, digest, p.canonical_json(change.data), result)


def _owned_elsewhere(
    owners: dict[tuple[str, str], str], change: p.Change, allowed: set[str]
) -> str | None:
    """Records are keyed by entity and id alone: without this, a change filed under an
    own unit could overwrite or delete another unit's record that has the same id. (The
    owners read before the batch hold for all of it: this device only writes its units.)"""
    owner = owners.get((change.entity, change.id))
    if owner is not None and owner not in allowed:
        return f"record {change.id} belongs to {owner}, outside this device's scope"
    return None


def _store(conn: Connection, device: Device, fresh: list[Fresh], now: int) -> None:
    """All of a batch's new changes in one INSERT, then its records (bulk statements)."""
    if not fresh:
        return
    insert_many(conn, changes, [_change_row(device, f, now) for f in fresh])
    _materialise(conn, device, [f for f in fresh if f.result.status == "applied"], now)


def _change_row(device: Device, fresh: Fresh, now: int) -> dict[str, Any]:
    change = fresh.change
    return {
        "device_id": device.id,
        "epoch": device.epoch,
        "seq": change.seq,
        "entity": change.entity,
        "entity_id": change.id,
        "op": change.op,
        "unit": change.unit,
        "digest": fresh.digest,
        "data": fresh.data,
        "status": fresh.result.status,
        "reason": fresh.result.reason,
        "received_ms": now,
    }


def _materialise(conn: Connection, device: Device, applied: list[Fresh], now: int) -> None:
    """Each record ends as the batch's last applied change to it left it (every upsert
    sets all columns), so one DELETE and one upsert per batch do what seq order would."""
    last = {(f.change.entity, f.change.id): f for f in applied}
    gone = [{"key_entity": e, "key_id": i} for (e, i), f in last.items() if f.change.op == "delete"]
    kept = [_record_row(device, f, now) for f in last.values() if f.change.op != "delete"]
    if gone:
        where = (
            records.c.entity == bindparam("key_entity"),
            records.c.entity_id == bindparam("key_id"),
        )
        conn.execute(delete(records).where(*where), gone)
    if kept:
        upsert_many(conn, records, kept, ("entity", "entity_id"))


def _record_row(device: Device, fresh: Fresh, now: int) -> dict[str, Any]:
    return {
        "entity": fresh.change.entity,
        "entity_id": fresh.change.id,
        "unit": fresh.change.unit,
        "data": fresh.data,
        "device_id": device.id,
        "seq": fresh.change.seq,
        "updated_ms": now,
    }


def _as_json(conn: Connection, rows: list[dict[str, Any]]) -> bool:
    """PostgreSQL takes a batch's rows as one JSON parameter: psycopg would adapt each value
    in Python (microseconds apiece, thousands per batch), PostgreSQL parses JSON in C."""
    return conn.dialect.name == "postgresql" and len(rows) > 1


@functools.cache
def _json_insert(
    dialect: Dialect, table: Table, columns: tuple[str, ...], keys: tuple[str, ...]
) -> str:
    """INSERT … SELECT from json_populate_recordset, with ON CONFLICT (keys) DO UPDATE."""
    quote = dialect.identifier_preparer.quote
    name, names = quote(table.name), ", ".join(quote(c) for c in columns)
    sql = (
        f"INSERT INTO {name} ({names}) SELECT {names}"
        f" FROM json_populate_recordset(NULL::{name}, %s::json)"
    )
    if keys:
        updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in columns if c not in keys)
        sql += f" ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {updates}"
    return sql


def upsert(conn: Connection, table: Any, values: dict[str, Any], keys: tuple[str, ...]) -> None:
    """INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL."""
    upsert_many(conn, table, [values], keys)


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT rows with the same columns: executemany, or one statement on PostgreSQL."""
    if _as_json(conn, rows):
        conn.exec_driver_sql(
            _json_insert(conn.dialect, table, tuple(rows[0]), ()), (json.dumps(rows),)
        )
        return
    conn.execute(insert(table), rows)


def upsert_many(
    conn: Connection, table: Any, rows: list[dict[str, Any]], keys: tuple[str, ...]
) -> None:
    """``upsert`` for rows with the same columns and distinct keys: executemany, or one
    statement on PostgreSQL."""
    if _as_json(conn, rows):
        sql = _json_insert(conn.dialect, table, tuple(rows[0]), keys)
        conn.exec_driver_sql(sql, (json.dumps(rows),))
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    updates = {k: statement.excluded[k] for k in rows[0] if k not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates), rows)
