"""Apply a device's batch in one transaction: dedupe by seq, validate per change, ack."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import Connection, select, update

from desktop.sync import protocol as p
from server import stored
from server.auth import Device
from server.bulk import insert_many
from server.clock import now_ms
from server.db import changes, devices
from server.errors import ApiError, refuse_nul
from server.review import FormGuard
from server.scope import units_in_scope


class TooEarly(Exception):
    """The batch starts past a gap: the push before it is probably still on its way."""


def push(
    conn: Connection, device: Device, request: p.PushRequest, *, wait_for_gap: bool = False
) -> p.PushResponse:
    """Apply a batch. One that starts past a gap raises ``TooEarly`` when ``wait_for_gap``
    (the caller tries again shortly); otherwise it is answered with the ack, and resent."""
    if request.epoch != device.epoch:
        raise ApiError(409, "wrong_epoch", "this device's epoch is over; enrol again")
    for index, change in enumerate(request.changes):
        refuse_nul(f"changes.{index}.id", change.id)
    allowed = set(units_in_scope(conn, device.scope_kind, device.scope_code))
    ack = _lock_ack(conn, device)
    batch = sorted(request.changes, key=lambda c: c.seq)
    if wait_for_gap and ack + 1 < batch[0].seq <= ack + 1 + p.MAX_CHANGES_PER_BATCH:
        # Only a gap of one batch is worth waiting for: the push before this one is on its
        # way. A wider one (a server restored from an older backup) is answered at once.
        raise TooEarly(f"seq {batch[0].seq} after ack {ack}")
    held = _held(conn, device, [c.seq for c in batch if c.seq <= ack])
    currents = stored.load(conn, batch)
    guard = FormGuard.load(conn, batch, currents)
    owners = {key: record.unit for key, record in currents.items() if record is not None}
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
            fresh.append(_judge(change, digest, owners, allowed, currents, device, guard))
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
    merged: stored.Merged | None = None  # the record it leaves, when applied


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


def _judge(
    change: p.Change,
    digest: str,
    owners: dict[tuple[str, str], str | None],
    allowed: set[str],
    currents: stored.Currents,
    device: Device,
    guard: FormGuard,
) -> Fresh:
    """Validate the record as the change would leave it (an update carries only the fields
    it changed); if it is applied, later changes in the batch build on that record."""
    merged = stored.merge_change(currents, change, device.id)
    whole = change if merged.record is None else change.with_data(merged.record.data)
    reason = (
        _outside_scope(change, allowed)
        or _owned_elsewhere(owners, change, allowed)
        or guard.refuse(change, currents)
        or p.validate_entity(whole)
    )
    status: Literal["applied", "rejected"] = "rejected" if reason else "applied"
    if not reason:
        currents[(change.entity, change.id)] = merged.record
    result = p.ChangeResult(seq=change.seq, status=status, reason=reason)
    return Fresh(change, digest, p.canonical_json(change.data), result, merged)


def _outside_scope(change: p.Change, allowed: set[str]) -> str | None:
    """A change for a unit this device does not report for is refused on its own, so that
    one such change (a unit moved to another МО, a slip) never holds up the queue."""
    if change.unit in allowed:
        return None
    return f"unit {change.unit or '?'} is outside this device's scope"


def _owned_elsewhere(
    owners: dict[tuple[str, str], str | None], change: p.Change, allowed: set[str]
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
    applied = [f.merged for f in fresh if f.result.status == "applied" and f.merged]
    stored.materialise(conn, device.id, applied, now)


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
