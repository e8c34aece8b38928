"""The server's tables (SQLAlchemy Core) and engines for SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import weakref
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any

from sqlalchemy import (
    BigInteger,
    Column,
    Connection,
    Engine,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
)

metadata = MetaData()

devices = Table(
    "devices",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("public_key", String(64), nullable=False, unique=True),
    Column("name", String(200)),
    Column("scope_kind", String(16), nullable=False),
    Column("scope_code", String(200), nullable=False),
    Column("epoch", Integer, nullable=False),
    Column("ack_seq", BigInteger, nullable=False, default=0),
    Column("enrolled_at", BigInteger, nullable=False),
    Column("last_seen_ms", BigInteger),
    Column("revoked_at", BigInteger),
)

enrol_codes = Table(
    "enrol_codes",
    metadata,
    Column("code_hash", String(64), primary_key=True),
    Column("scope_kind", String(16), nullable=False),
    Column("scope_code", String(200), nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("expires_ms", BigInteger, nullable=False),
    Column("used_ms", BigInteger),
    Column("device_id", String(64)),
)

changes = Table(
    "changes",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("epoch", Integer, primary_key=True),
    Column("seq", BigInteger, primary_key=True),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("op", String(8), nullable=False),
    Column("unit", String(200)),
    Column("digest", String(64), nullable=False),
    Column("data", Text, nullable=False),
    Column("status", String(16), nullable=False),
    Column("reason", Text),
    Column("received_ms", BigInteger, nullable=False),
)

records = Table(
    "records",
    metadata,
    Column("entity", String(64), primary_key=True),
    Column("entity_id", String(64), primary_key=True),
    Column("unit", String(200)),
    Column("data", Text, nullable=False),
    Column("device_id", String(64), nullable=False),
    Column("seq", BigInteger, nullable=False),
    Column("updated_ms", BigInteger, nullable=False),
    # Mutable records are merged per field: each field's clock, writer and version (JSON).
    Column("version", BigInteger, nullable=False, server_default="0"),
    Column("clocks", Text, nullable=False, server_default="{}"),
)
Index("records_unit", records.c.unit, records.c.entity)

conflicts = Table(
    "conflicts",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("entity", String(64), nullable=False),
    Column("entity_id", String(64), nullable=False),
    Column("unit", String(200)),
    Column("field", String(64), nullable=False),
    Column("kept_value", Text),
    Column("lost_value", Text),
    Column("kept_clock", String(32)),
    Column("lost_clock", String(32)),
    Column("kept_device", String(64)),
    Column("lost_device", String(64)),
    Column("detected_ms", BigInteger, nullable=False),
)
Index("conflicts_record", conflicts.c.entity, conflicts.c.entity_id)

units = Table(
    "units",
    metadata,
    Column("code", String(200), primary_key=True),
    Column("name", Text, nullable=False),
    Column("short_name", Text),
    Column("type", String(32), nullable=False),
    Column("parent", String(200)),
    Column("district", Text),
    Column("frmo_oid", String(100)),
    Column("ownership", String(32)),
    Column("level", Integer),
    Column("address", Text),
    Column("closed_on", String(10)),
    Column("updated_ms", BigInteger, nullable=False),
)
Index("units_parent", units.c.parent)
Index("units_district", units.c.district)

packs = Table(
    "packs",
    metadata,
    Column("id", String(100), primary_key=True),
    Column("region", Text, nullable=False),
    Column("version", String(50), nullable=False),
    Column("title", Text, nullable=False),
    Column("content", Text, nullable=False),
    Column("imported_ms", BigInteger, nullable=False),
)

# The pull feed: every change of reference data or review state, in cursor order.
# ``unit`` is NULL for items every device receives (packs), else the unit it concerns.
feed = Table(
    "feed",
    metadata,
    Column(
        "cursor", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("kind", String(16), nullable=False),
    Column("key", String(200), nullable=False),
    Column("unit", String(200)),
    Column("data", Text, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("origin", String(64)),  # the device the item came from: it need not pull it back
)
# PostgreSQL: pushes put record items here without any lock; a pull moves them into the feed
# under the feed's lock first, so cursors still only ever grow in commit order.
feed_pending = Table(
    "feed_pending",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("kind", String(16), nullable=False),
    Column("key", String(200), nullable=False),
    Column("unit", String(200)),
    Column("data", Text, nullable=False),
    Column("created_ms", BigInteger, nullable=False),
    Column("origin", String(64)),
)
Index("feed_unit", feed.c.unit, feed.c.cursor)

nonces = Table(
    "nonces",
    metadata,
    Column("device_id", String(64), primary_key=True),
    Column("nonce", String(64), primary_key=True),
    Column("seen_ms", BigInteger, nullable=False),
)
Index("nonces_seen", nonces.c.seen_ms)


# Regional officers: people, not devices. A token is shown once; only its hash is kept.
officers = Table(
    "officers",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("name", String(200), nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_ms", BigInteger, nullable=False),
    Column("revoked_ms", BigInteger),
)
Index("officers_name", officers.c.name)

# The region's decisions on quarterly forms. ``form_id`` and ``form_version`` name the form
# record as it stood when reviewed: a later change to the form makes its state the form's own.
form_reviews = Table(
    "form_reviews",
    metadata,
    Column(
        "id", BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=True
    ),
    Column("org", String(200), nullable=False),
    Column("quarter", String(8), nullable=False),
    Column("form_id", String(64), nullable=False),
    Column("form_version", BigInteger, nullable=False),
    Column("result", String(16), nullable=False),
    Column("comment", Text),
    Column("reviewer", String(200), nullable=False),
    Column("officer_id", String(32)),
    Column("reviewed_ms", BigInteger, nullable=False),
)
Index("form_reviews_form", form_reviews.c.quarter, form_reviews.c.org, form_reviews.c.id)


def database_url(value: str | None, data_dir: Path) -> str:
    """SQLite in the data folder by default; ``postgresql://`` goes through psycopg 3."""
    if not value:
        return f"sqlite:///{data_dir / 'server.db'}"
    if value.startswith("postgresql://") or value.startswith("postgres://"):
        return "postgresql+psycopg://" + value.split("://", 1)[1]
    return value


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(
            url,
            connect_args={"timeout": 30, "check_same_thread": False},
            pool_size=20,
            max_overflow=40,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin_immediate)
        _SQLITE_WRITERS[engine] = threading.Lock()
        return engine
    return create_engine(url, pool_size=20, max_overflow=40, pool_pre_ping=True)


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    # Python's sqlite3 would issue its own BEGIN; we issue BEGIN IMMEDIATE ourselves.
    dbapi_conn.isolation_level = None
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA busy_timeout = 30000")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.close()


def _sqlite_begin_immediate(conn: Any) -> None:
    # Writers take the lock at BEGIN, so two pushes never deadlock on a read-to-write
    # upgrade; readers keep a plain BEGIN and never wait for writers (WAL).
    write = conn.get_execution_options().get(WRITE_OPTION, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


WRITE_OPTION = "svodka_write"
# SQLite writes one transaction at a time anyway. Its busy handler makes waiting writers
# poll with growing sleeps, so under a crowd one of them can lose every race until its
# timeout (seen with 1,000 devices at once); a lock per process queues them instead and
# leaves the busy timeout for other processes (admin commands, --workers).
_SQLITE_WRITERS: weakref.WeakKeyDictionary[Engine, threading.Lock] = weakref.WeakKeyDictionary()


def _writer_slot(engine: Engine) -> AbstractContextManager[object]:
    return _SQLITE_WRITERS.get(engine) or nullcontext()


@contextmanager
def writing(engine: Engine) -> Iterator[Connection]:
    """A write transaction (BEGIN IMMEDIATE on SQLite), committed on success."""
    with (
        _writer_slot(engine),
        engine.connect().execution_options(**{WRITE_OPTION: True}) as conn,
        conn.begin(),
    ):
        yield conn


@contextmanager
def reading(engine: Engine) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        yield conn
