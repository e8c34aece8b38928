"""Shared parts of the store benchmark: sizes, helpers, synthetic registry and big store."""

from __future__ import annotations

import math
import random
import sys
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from desktop.storage import KdfParams, Profile, Store, cipher, journal
from desktop.storage.ids import format_ts, new_id

PASSPHRASE = "бенчмарк-пароль"
USER = "bench"
# The big store is only for timing writes and reads; its own unlock cost does not matter.
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
HISTORY_START = datetime(2021, 1, 1, tzinfo=UTC)
HISTORY_YEARS = 5
QUERY_QUARTER = ("2023Q2", "2023-04-01", "2023-07-01")
SAVE_QUARTERS = [f"{y}Q{q}" for y in (2024, 2025) for q in (1, 2, 3, 4)]
CHANNELS = ("fibre", "adsl", "radio", "satellite", "mobile")
FILL_BATCH = 50_000
BULK_BATCH = 1_000
BIG_BATCH = 10_000
OBS_COLUMNS = (
    "id, unit, observed_at, internet, channel, bandwidth_kbps, provider, zspd, skzi,"
    " source, latency_ms, created_at, created_by"
)
OBS_SQL = f"INSERT INTO connection_observations ({OBS_COLUMNS}) VALUES ({', '.join('?' * 13)})"
# Latest status, number of observations and offline observations per unit of one МО.
QUARTER_SQL = """
SELECT o.unit, max(o.observed_at), o.internet, o.channel, o.bandwidth_kbps, o.zspd, o.skzi,
       count(*), sum(o.internet = 0)
FROM units u JOIN connection_observations o ON o.unit = u.code
WHERE (u.code = :mo OR u.parent = :mo) AND o.observed_at >= :start AND o.observed_at < :end
GROUP BY o.unit ORDER BY o.unit
"""
# The PRAGMAs desktop.storage.cipher.connect sets, for the unencrypted comparison.
PRAGMAS = (
    f"PRAGMA busy_timeout = {cipher.BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA foreign_keys = ON",
    f"PRAGMA cache_size = -{cipher.CACHE_KIB}",
)


@dataclass(frozen=True)
class Sizes:
    """How much work each part does; ``--quick`` shrinks it for a smoke run."""

    saves: int
    bulk_rows: int
    bulk_repeats: int
    unlock_runs: int
    big_rows: int
    journal_rows: int
    mos: int
    units_per_mo: int
    query_runs: int


FULL = Sizes(2000, 100_000, 3, 5, 1_000_000, 100_000, 20, 40, 7)
QUICK = Sizes(200, 10_000, 1, 2, 50_000, 5_000, 5, 40, 3)


@dataclass(frozen=True)
class Bar:
    """One target from the design and what was measured against it."""

    name: str
    value: float
    limit: float
    unit: str

    @property
    def ok(self) -> bool:
        return self.value <= self.limit


# -- helpers ---------------------------------------------------------------------------------
def say(text: str = "") -> None:
    print(text, flush=True)


def progress(text: str) -> None:
    print(f"  … {text}", file=sys.stderr, flush=True)


def ms_since(start_ns: int) -> float:
    return (time.perf_counter_ns() - start_ns) / 1e6


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    ordered = sorted(values)
    return ordered[max(1, math.ceil(pct / 100 * len(ordered))) - 1]


def chunks(rows: Iterable[tuple[Any, ...]], size: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def insert_in_transactions(conn: Any, sql: str, rows: Iterable[tuple[Any, ...]], size: int) -> int:
    count = 0
    for batch in chunks(rows, size):
        conn.execute("BEGIN IMMEDIATE")
        conn.executemany(sql, batch)
        conn.execute("COMMIT")
        count += len(batch)
    return count


def fs_type(path: Path) -> str:
    """The file system under ``path`` (fsync cost depends on it), from /proc/mounts."""
    try:
        mounts = [line.split() for line in Path("/proc/mounts").read_text().splitlines()]
    except OSError:
        return "unknown"
    best = max((m for m in mounts if str(path).startswith(m[1])), key=lambda m: len(m[1]))
    return best[2]


# -- data --------------------------------------------------------------------------------------
def registry(sizes: Sizes) -> list[dict[str, Any]]:
    """Synthetic units: each МО with its ТВСП/ФАП subdivisions."""
    units: list[dict[str, Any]] = []
    for m in range(sizes.mos):
        mo, district = f"BENCH-MO-{m:02d}", f"Район {m} (бенч)"
        units.append({"code": mo, "name": f"ЦРБ №{m}", "type": "mo", "district": district})
        units += [
            {
                "code": f"{mo}-{k:03d}",
                "name": f"ФАП {m}-{k}",
                "type": "fap",
                "parent": mo,
                "district": district,
            }
            for k in range(1, sizes.units_per_mo)
        ]
    return units


def unit_rows(units: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    now = format_ts(datetime.now(UTC))
    return [(u["code"], u["name"], u["type"], u.get("parent"), now) for u in units]


def observation_rows(
    count: int, units: Sequence[str], rng: random.Random
) -> Iterator[tuple[Any, ...]]:
    """Observations spread evenly over five years, in the order they would accrue."""
    step = timedelta(days=365.25 * HISTORY_YEARS) / count
    for i in range(count):
        at = format_ts(HISTORY_START + i * step)
        online = rng.random() < 0.9
        yield (
            new_id(),
            rng.choice(units),
            at,
            int(online),
            rng.choice(CHANNELS) if online else "none",
            rng.randint(512, 100_000) if online else None,
            "Ростелеком",
            int(rng.random() < 0.6),
            int(rng.random() < 0.6),
            "probe",
            rng.randint(5, 300) if online else None,
            at,
            USER,
        )


# -- the big store: realistic size for saves, 1 M rows for the query -----------------------
def build_big_store(root: Path, sizes: Sizes, rng: random.Random) -> tuple[Store, list[str]]:
    store = Profile(root).create(USER, PASSPHRASE, kdf=CHEAP_KDF).store
    units = registry(sizes)
    store.load_registry(units, invented=True, source="bench")
    codes = [u["code"] for u in units]
    progress(f"inserting {sizes.big_rows:,} observations")
    insert_in_transactions(
        store.conn, OBS_SQL, observation_rows(sizes.big_rows, codes, rng), FILL_BATCH
    )
    progress(f"inserting {sizes.journal_rows:,} outbox and audit entries")
    fill_journal(store, sizes.journal_rows, codes, rng)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return store, codes


def fill_journal(store: Store, count: int, units: Sequence[str], rng: random.Random) -> None:
    """Synced outbox changes and their hash-chained audit entries, as after months of use."""
    conn = store.conn
    outbox0 = conn.execute("SELECT value FROM counters WHERE name = 'outbox'").fetchone()[0]
    audit0 = conn.execute("SELECT value FROM counters WHERE name = 'audit'").fetchone()[0]
    prev = conn.execute("SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()[0]
    outbox: list[tuple[Any, ...]] = []
    audit: list[tuple[Any, ...]] = []
    for i in range(1, count + 1):
        unit, entity_id, at = rng.choice(units), new_id(), format_ts(datetime.now(UTC))
        details = journal.canonical_json({"unit": unit, "internet": 1, "channel": "fibre"})
        seq, oseq = audit0 + i, outbox0 + i
        fields = [
            seq,
            at,
            USER,
            "connection_recorded",
            "connection_observations",
            entity_id,
            unit,
            oseq,
            details,
        ]
        digest = journal.chain_hash(prev, fields)
        outbox.append(
            (
                oseq,
                "connection_observations",
                entity_id,
                "insert",
                unit,
                details,
                at,
                "synced",
                1,
                at,
            )
        )
        audit.append((*fields, prev, digest))
        prev = digest
    insert_in_transactions(
        conn,
        "INSERT INTO outbox (seq, entity, entity_id, op, unit, payload,"
        " created_at, state, attempts, synced_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
        outbox,
        FILL_BATCH,
    )
    insert_in_transactions(
        conn,
        "INSERT INTO audit_log (seq, at, actor, action, entity,"
        " entity_id, unit, outbox_seq, details, prev_hash, hash)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        audit,
        FILL_BATCH,
    )
    conn.execute("UPDATE counters SET value = value + ?", (count,))
