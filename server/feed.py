"""The pull feed: reference data, merged records and reviews, in cursor order, in a scope."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection, insert, or_, select, text

from desktop.sync import protocol as p
from server.auth import Device
from server.bulk import insert_many
from server.clock import now_ms
from server.db import feed, feed_pending, units
from server.scope import units_in_scope


def append(conn: Connection, kind: str, key: str, unit: str | None, data: dict[str, Any]) -> None:
    """Add an item; on PostgreSQL the table lock keeps cursors committing in order, so a
    reader never skips a cursor that commits after a higher one."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE feed IN EXCLUSIVE MODE"))
    conn.execute(
        insert(feed).values(
            kind=kind, key=key, unit=unit, data=p.canonical_json(data), created_ms=now_ms()
        )
    )


def append_many(conn: Connection, rows: list[dict[str, Any]]) -> None:
    """Add items (kind, key, unit, data as JSON text, created_ms, origin) in one statement.

    On PostgreSQL concurrent pushes must not queue on the feed's lock: they write to
    ``feed_pending``, and the next pull moves what has committed into the feed (``promote``).
    SQLite commits one transaction at a time, so its cursors are in commit order already."""
    if rows:
        insert_many(conn, feed_pending if conn.dialect.name == "postgresql" else feed, rows)


PROMOTE = text(
    "WITH moved AS (DELETE FROM feed_pending RETURNING *)"
    " INSERT INTO feed (kind, key, unit, data, created_ms, origin)"
    " SELECT kind, key, unit, data, created_ms, origin FROM moved ORDER BY id"
)


def promote(conn: Connection) -> None:
    """Committed pending items get feed cursors, in one statement under the feed's lock."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("LOCK TABLE feed IN EXCLUSIVE MODE"))
        conn.execute(PROMOTE)


def visible_units(conn: Connection, device: Device) -> list[str]:
    """The scope's units and their parents (a ФАП's device shows its МО's name)."""
    own = units_in_scope(conn, device.scope_kind, device.scope_code)
    parents = conn.scalars(
        select(units.c.parent).where(units.c.code.in_(own), units.c.parent.is_not(None))
    )
    return sorted(set(own) | set(parents))


def pull(conn: Connection, device: Device, cursor: int, limit: int) -> p.PullResponse:
    promote(conn)
    query = (
        select(feed)
        .where(
            feed.c.cursor > cursor,
            or_(feed.c.unit.is_(None), feed.c.unit.in_(visible_units(conn, device))),
            or_(feed.c.origin.is_(None), feed.c.origin != device.id),
        )
        .order_by(feed.c.cursor)
        .limit(limit + 1)
    )
    rows = conn.execute(query).mappings().all()
    page = rows[:limit]
    items = [
        p.PullItem(cursor=r["cursor"], kind=r["kind"], key=r["key"], data=json.loads(r["data"]))
        for r in page
    ]
    next_cursor = items[-1].cursor if items else cursor
    return p.PullResponse(
        items=items, next_cursor=next_cursor, more=len(rows) > limit, server_time_ms=now_ms()
    )
