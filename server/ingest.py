"""Apply a device's batch in one transaction: dedupe by seq, validate per change, ack."""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import Connection, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite

from desktop.sync import protocol as p
from server.auth import Device
from server.clock import now_ms
from server.db import changes, devices, records
from server.errors import ApiError
from server.scope import units_in_scope


def push(conn: Connection, device: Device, request: p.PushRequest) -> p.PushResponse:
    if request.epoch != device.epoch:
        raise ApiError(409, "wrong_epoch", "this device's epoch is over; enrol again")
    _check_scope(conn, device, request.changes)
    ack = _lock_ack(conn, device)
    held = _held_digests(conn, device, [c.seq for c in request.changes if c.seq <= ack])
    results: list[p.ChangeResult] = []
    now = now_ms()
    for change in sorted(request.changes, key=lambda c: c.seq):
        if change.seq <= ack:
            if held.get(change.seq) != change.digest():
                raise ApiError(
                    409,
                    "seq_fork",
                    f"seq {change.seq} was received with other"
                    " content (restored backup or cloned disk?); enrol again",
                )
            results.append(p.ChangeResult(seq=change.seq, status="duplicate"))
        elif change.seq == ack + 1:
            results.append(_apply(conn, device, change, now))
            held[change.seq] = change.digest()
            ack += 1
        else:
            break  # a gap: the device resends from ack + 1
    conn.execute(
        update(devices).where(devices.c.id == device.id).values(ack_seq=ack, last_seen_ms=now)
    )
    return p.PushResponse(ack_seq=ack, results=results, server_time_ms=now_ms())


def _check_scope(conn: Connection, device: Device, batch: list[p.Change]) -> None:
    allowed = set(units_in_scope(conn, device.scope_kind, device.scope_code))
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


def _held_digests(conn: Connection, device: Device, seqs: list[int]) -> dict[int, str]:
    if not seqs:
        return {}
    rows = conn.execute(
        select(changes.c.seq, changes.c.digest).where(
            changes.c.device_id == device.id,
            changes.c.epoch == device.epoch,
            changes.c.seq.in_(seqs),
        )
    )
    return {int(seq): str(digest) for seq, digest in rows}


def _apply(conn: Connection, device: Device, change: p.Change, now: int) -> p.ChangeResult:
    reason = p.validate_entity(change)
    status: Literal["applied", "rejected"] = "rejected" if reason else "applied"
    data = p.canonical_json(change.data)
    conn.execute(
        insert(changes).values(
            device_id=device.id,
            epoch=device.epoch,
            seq=change.seq,
            entity=change.entity,
            entity_id=change.id,
            op=change.op,
            unit=change.unit,
            digest=change.digest(),
            data=data,
            status=status,
            reason=reason,
            received_ms=now,
        )
    )
    if status == "applied":
        _materialise(conn, device, change, data, now)
    return p.ChangeResult(seq=change.seq, status=status, reason=reason)


def _materialise(conn: Connection, device: Device, change: p.Change, data: str, now: int) -> None:
    if change.op == "delete":
        conn.execute(
            delete(records).where(
                records.c.entity == change.entity, records.c.entity_id == change.id
            )
        )
        return
    values = {
        "entity": change.entity,
        "entity_id": change.id,
        "unit": change.unit,
        "data": data,
        "device_id": device.id,
        "seq": change.seq,
        "updated_ms": now,
    }
    upsert(conn, records, values, ("entity", "entity_id"))


def upsert(conn: Connection, table: Any, values: dict[str, Any], keys: tuple[str, ...]) -> None:
    """INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL."""
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table).values(**values)
    updates = {k: statement.excluded[k] for k in values if k not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates))
