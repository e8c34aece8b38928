"""Direct access to a test server's database: an engine, bulk enrolment codes, read-outs."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, select

from server import enrolment
from server.db import changes, database_url, devices, make_engine, reading, records, writing
from tests.server.harness import ServerProcess


@contextmanager
def server_engine(server: ServerProcess) -> Iterator[Engine]:
    """An engine on the server's own database (SQLite in its data folder, or PostgreSQL)."""
    engine = make_engine(database_url(server.database, server.data_dir))
    try:
        yield engine
    finally:
        engine.dispose()


def issue_codes(
    server: ServerProcess, kind: str, scope: str, count: int, ttl_s: int = 3600
) -> list[str]:
    """``count`` enrolment codes in one transaction (the admin CLI issues one per process)."""
    with server_engine(server) as engine, writing(engine) as conn:
        return [enrolment.issue_code(conn, kind, scope, ttl_s).code for _ in range(count)]


def stored_changes(server: ServerProcess) -> list[dict[str, Any]]:
    """Every row of the changes table, in (device, epoch, seq) order."""
    query = select(changes).order_by(changes.c.device_id, changes.c.epoch, changes.c.seq)
    with server_engine(server) as engine, reading(engine) as conn:
        return [dict(row) for row in conn.execute(query).mappings()]


def stored_records(server: ServerProcess) -> dict[tuple[str, str], dict[str, Any]]:
    """The materialised records, keyed by (entity, entity_id)."""
    with server_engine(server) as engine, reading(engine) as conn:
        rows = conn.execute(select(records)).mappings()
        return {(row["entity"], row["entity_id"]): dict(row) for row in rows}


def device_ack(server: ServerProcess, device_id: str) -> int:
    """The ack_seq the server holds for a device."""
    query = select(devices.c.ack_seq).where(devices.c.id == device_id)
    with server_engine(server) as engine, reading(engine) as conn:
        return int(conn.scalar(query) or 0)
