"""One write = one transaction: the domain row, its outbox change and its audit entry."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from desktop.storage.ids import utc_now

GENESIS_HASH = "0" * 64


def canonical_json(value: Any) -> str:
    """JSON with sorted keys and no spaces: the same value always hashes the same."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class AuditEntry:
    """One link of the hash-chained audit log."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    unit: str | None
    outbox_seq: int | None
    details: str
    prev_hash: str
    hash: str

    def expected_hash(self) -> str:
        return chain_hash(
            self.prev_hash,
            [
                self.seq,
                self.at,
                self.actor,
                self.action,
                self.entity,
                self.entity_id,
                self.unit,
                self.outbox_seq,
                self.details,
            ],
        )


def chain_hash(prev_hash: str, fields: list[Any]) -> str:
    return hashlib.sha256((prev_hash + canonical_json(fields)).encode()).hexdigest()


@contextmanager
def write_transaction(conn: Any) -> Iterator[None]:
    """BEGIN IMMEDIATE … COMMIT: take the write lock up front, so a concurrent writer
    waits on busy_timeout instead of failing on a read-to-write upgrade.

    Inside an open transaction it nests as a savepoint."""
    if conn.in_transaction:
        conn.execute("SAVEPOINT nested")
        try:
            yield
        except BaseException:
            _roll_back(conn, "ROLLBACK TO nested", "RELEASE nested")
            raise
        conn.execute("RELEASE nested")
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
        conn.execute("COMMIT")
    except BaseException:
        # Also when COMMIT itself fails (I/O error): never leave the transaction open,
        # or the next write would silently nest inside it as a savepoint.
        _roll_back(conn, "ROLLBACK")
        raise


def _roll_back(conn: Any, *statements: str) -> None:
    # SQLite may already have rolled the whole transaction back (disk full, I/O error,
    # RAISE(ROLLBACK)); a second ROLLBACK would then hide the real error behind
    # "no transaction is active".
    if conn.in_transaction:
        for statement in statements:
            conn.execute(statement)


def next_counter(conn: Any, name: str) -> int:
    """Take the next number from a persistent counter; never MAX()+1, so never reused."""
    row = conn.execute(
        "UPDATE counters SET value = value + 1 WHERE name = ? RETURNING value", (name,)
    ).fetchone()
    return int(row[0])


def enqueue(
    conn: Any,
    *,
    entity: str,
    entity_id: str,
    op: str,
    unit: str | None,
    payload: dict[str, Any],
    hlc: str | None = None,
    base_version: int | None = None,
) -> int:
    """Add a change to the outbox; the caller holds the write transaction."""
    seq = next_counter(conn, "outbox")
    conn.execute(
        "INSERT INTO outbox (seq, entity, entity_id, op, unit, payload, created_at, hlc,"
        " base_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, entity, entity_id, op, unit, canonical_json(payload), utc_now(), hlc, base_version),
    )
    return seq


def append_audit(
    conn: Any,
    *,
    actor: str,
    action: str,
    details: dict[str, Any],
    entity: str | None = None,
    entity_id: str | None = None,
    unit: str | None = None,
    outbox_seq: int | None = None,
) -> AuditEntry:
    """Append one audit entry chained to the previous one; caller holds the transaction."""
    seq = next_counter(conn, "audit")
    row = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    prev = row[0] if row else GENESIS_HASH
    at = utc_now()
    text = canonical_json(details)
    digest = chain_hash(prev, [seq, at, actor, action, entity, entity_id, unit, outbox_seq, text])
    conn.execute(
        "INSERT INTO audit_log (seq, at, actor, action, entity, entity_id, unit, outbox_seq,"
        " details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, actor, action, entity, entity_id, unit, outbox_seq, text, prev, digest),
    )
    return AuditEntry(
        seq, at, actor, action, entity, entity_id, unit, outbox_seq, text, prev, digest
    )


def record_change(
    conn: Any,
    *,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    op: str,
    unit: str | None,
    payload: dict[str, Any],
    hlc: str | None = None,
    base_version: int | None = None,
) -> int:
    """Queue a domain change and audit it; returns the outbox sequence number."""
    seq = enqueue(
        conn,
        entity=entity,
        entity_id=entity_id,
        op=op,
        unit=unit,
        payload=payload,
        hlc=hlc,
        base_version=base_version,
    )
    append_audit(
        conn,
        actor=actor,
        action=action,
        details=payload,
        entity=entity,
        entity_id=entity_id,
        unit=unit,
        outbox_seq=seq,
    )
    return seq


def iter_audit(conn: Any) -> Iterator[AuditEntry]:
    cursor = conn.execute(
        "SELECT seq, at, actor, action, entity, entity_id, unit, outbox_seq, details,"
        " prev_hash, hash FROM audit_log ORDER BY seq"
    )
    for row in cursor:
        yield AuditEntry(*row)


def verify_audit_chain(conn: Any) -> int | None:
    """Return the seq of the first broken link, or None when the whole chain verifies."""
    prev = GENESIS_HASH
    for entry in iter_audit(conn):
        if entry.prev_hash != prev or entry.expected_hash() != entry.hash:
            return entry.seq
        prev = entry.hash
    return None
