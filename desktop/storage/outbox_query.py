"""Outbox pages for the send-queue view: newest first, by keyset, with the unit's name."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from desktop.storage.base import StoreBase

OUTBOX_STATES = ("queued", "sent", "synced", "quarantined")


@dataclass(frozen=True)
class OutboxRow:
    """One queued change as the view shows it.

    ``corrected`` is set on a refused change when a later change of the same record
    exists: the user has corrected it and the correction goes (or went) on its own."""

    seq: int
    entity: str
    entity_id: str
    op: str
    unit: str | None
    unit_name: str | None
    state: str
    created_at: str
    error: str | None
    attempts: int
    corrected: bool


def outbox_page(
    store: StoreBase,
    state: str | None = None,
    *,
    before_seq: int | None = None,
    limit: int = 200,
) -> list[OutboxRow]:
    """Up to ``limit`` changes (of one state, or all), newest first, older than
    ``before_seq`` (the last seq of the previous page): a keyset, so the thousandth page
    of synced rows costs what the first does (the ``outbox_state`` index serves it)."""
    if state is not None and state not in OUTBOX_STATES:
        raise ValueError(f"not an outbox state: {state}")
    clauses: list[str] = []
    args: list[Any] = []
    if state is not None:
        clauses.append("o.state = ?")
        args.append(state)
    if before_seq is not None:
        clauses.append("o.seq < ?")
        args.append(before_seq)
    where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
    rows = store.conn.execute(
        "SELECT o.seq, o.entity, o.entity_id, o.op, o.unit, coalesce(u.short_name, u.name),"
        " o.state, o.created_at, o.error, o.attempts,"
        " o.state = 'quarantined' AND EXISTS (SELECT 1 FROM outbox later"
        "  WHERE later.entity = o.entity AND later.entity_id = o.entity_id"
        "  AND later.seq > o.seq)"
        f" FROM outbox o LEFT JOIN units u ON u.code = o.unit {where}"
        " ORDER BY o.seq DESC LIMIT ?",
        [*args, limit],
    )
    return [
        OutboxRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], int(r[9]), bool(r[10]))
        for r in rows
    ]


def outbox_counts(store: StoreBase) -> dict[str, int]:
    """How many changes are in each state (every state present, zero when none)."""
    found = dict(store.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"))
    return {state: int(found.get(state, 0)) for state in OUTBOX_STATES}
