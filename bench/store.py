"""Store benchmark: form-save latency, encrypted vs plain bulk insert, unlock, 1 M-row query.

Run from the repository root: ``python -m bench.store`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import sqlcipher3

from bench.store_data import (
    BIG_BATCH,
    BULK_BATCH,
    CHANNELS,
    FILL_BATCH,
    FULL,
    HISTORY_START,
    HISTORY_YEARS,
    OBS_SQL,
    PASSPHRASE,
    PRAGMAS,
    QUARTER_SQL,
    QUERY_QUARTER,
    QUICK,
    SAVE_QUARTERS,
    USER,
    Bar,
    Sizes,
    build_big_store,
    fs_type,
    insert_in_transactions,
    ms_since,
    observation_rows,
    percentile,
    registry,
    say,
    unit_rows,
)
from desktop.storage import DEFAULT_KDF, Profile, Store, cipher, schema
from desktop.storage.records import ArmCountsInput, ConnectionInput

# (connection kind, rows per transaction)
Variant = tuple[str, int]
BULK_VARIANTS: tuple[Variant, ...] = (
    ("plain", BULK_BATCH),
    ("encrypted", BULK_BATCH),
    ("unkeyed", BULK_BATCH),
    ("plain", BIG_BATCH),
    ("encrypted", BIG_BATCH),
)


# -- 1. form save ------------------------------------------------------------------------------
def arm_counts(units: Sequence[str], rng: random.Random) -> ArmCountsInput:
    total = rng.randint(0, 40)
    return ArmCountsInput(
        unit=rng.choice(units),
        quarter=rng.choice(SAVE_QUARTERS),
        total=total,
        mis=rng.randint(0, total),
        zspd=rng.randint(0, total),
    )


def connection(units: Sequence[str], rng: random.Random) -> ConnectionInput:
    return ConnectionInput(
        unit=rng.choice(units),
        internet=True,
        channel=rng.choice(CHANNELS),
        zspd=True,
        skzi=True,
        bandwidth_kbps=rng.randint(512, 100_000),
    )


def time_saves(count: int, make: Callable[[], Any], save: Callable[[Any], str]) -> list[float]:
    times = []
    for _ in range(count):
        record = make()
        start = time.perf_counter_ns()
        save(record)
        times.append(ms_since(start))
    return times


def bench_form_save(store: Store, units: Sequence[str], sizes: Sizes, rng: random.Random) -> Bar:
    say(
        f"Form save through the Store API (domain row + outbox + audit in one transaction,"
        f" synchronous=FULL), N={sizes.saves} each"
    )
    arm = time_saves(sizes.saves, lambda: arm_counts(units, rng), store.record_arm_counts)
    obs = time_saves(sizes.saves, lambda: connection(units, rng), store.record_connection)
    for name, times in (("record_arm_counts (upsert)", arm), ("record_connection (insert)", obs)):
        say(
            f"  {name:<28} p50 {percentile(times, 50):6.2f} ms   p99 {percentile(times, 99):6.2f}"
            f" ms   max {max(times):6.2f} ms"
        )
    return Bar("form save p99 (record_arm_counts)", percentile(arm, 99), 20, "ms")


# -- 2. bulk insert, encrypted vs plain ----------------------------------------------------------
def open_bulk(kind: str, path: Path) -> Any:
    """A fresh database of the store's schema: encrypted as the store opens it, or plain."""
    if kind == "encrypted":
        conn = cipher.connect(path, os.urandom(cipher.KEY_BYTES))
    else:
        module: Any = sqlite3 if kind == "plain" else sqlcipher3
        conn = module.connect(str(path), isolation_level=None)
        for pragma in PRAGMAS:
            conn.execute(pragma)
    for statement in (s.strip() for s in schema.INITIAL_SCHEMA.split(";")):
        if statement:
            conn.execute(statement)
    return conn


def pragma_summary(conn: Any) -> str:
    names = ("journal_mode", "synchronous", "page_size", "cache_size", "foreign_keys")
    return ", ".join(f"{n}={conn.execute(f'PRAGMA {n}').fetchone()[0]}" for n in names)


def time_bulk(
    kind: str, path: Path, units: list[tuple[Any, ...]], rows: list[tuple[Any, ...]], batch: int
) -> tuple[float, str]:
    conn = open_bulk(kind, path)
    try:
        insert_in_transactions(
            conn,
            "INSERT INTO units (code, name, type, parent, updated_at) VALUES (?, ?, ?, ?, ?)",
            units,
            len(units),
        )
        start = time.perf_counter()
        insert_in_transactions(conn, OBS_SQL, rows, batch)
        return time.perf_counter() - start, pragma_summary(conn)
    finally:
        conn.close()


def bench_bulk(tmp: Path, sizes: Sizes, rng: random.Random) -> Bar:
    units = registry(sizes)
    rows = list(observation_rows(sizes.bulk_rows, [u["code"] for u in units], rng))
    times: dict[Variant, list[float]] = {v: [] for v in BULK_VARIANTS}
    settings: dict[str, str] = {}
    for repeat in range(sizes.bulk_repeats):
        for kind, batch in BULK_VARIANTS:  # interleaved, each on a fresh file
            path = tmp / f"bulk-{kind}-{batch}-{repeat}.db"
            seconds, settings[kind] = time_bulk(kind, path, unit_rows(units), rows, batch)
            times[kind, batch].append(seconds)
    median = {v: statistics.median(t) for v, t in times.items()}
    report_bulk(sizes, median, settings)
    # The bar is judged at 10,000 rows per transaction: the store's bulk paths (registry and
    # pack imports) commit a whole import at once. The 1,000-row figure, printed
    # above, is where per-page encryption of rewritten index pages shows most.
    ratio = median["encrypted", BIG_BATCH] / median["plain", BIG_BATCH]
    return Bar(f"bulk insert time encrypted/plain ({BIG_BATCH:,}/txn)", ratio, 1.35, "×")


def report_bulk(sizes: Sizes, median: dict[Variant, float], settings: dict[str, str]) -> None:
    labels = {
        "encrypted": "SQLCipher, raw key (cipher.connect)",
        "plain": f"stdlib sqlite3 {sqlite3.sqlite_version}, same PRAGMAs",
        "unkeyed": "sqlcipher3 without a key (same engine)",
    }
    say(
        f"Bulk insert of {sizes.bulk_rows:,} connection_observations rows (store schema and"
        f" indexes, executemany), median of {sizes.bulk_repeats}"
    )
    for (kind, batch), seconds in median.items():
        label = f"{labels[kind]}, {batch:,}/txn"
        rate = sizes.bulk_rows / seconds
        say(f"  {label:<52} {rate:>9,.0f} rows/s  {seconds:6.2f} s")
    for kind in labels:
        say(f"    {kind:<10} {settings[kind]}")
    for batch in (BULK_BATCH, BIG_BATCH):
        ratio = median["encrypted", batch] / median["plain", batch]
        say(f"  ratio encrypted/plain time, {batch:,} rows per transaction: {ratio:.2f}")
    unkeyed = median["encrypted", BULK_BATCH] / median["unkeyed", BULK_BATCH]
    say(f"  ratio encrypted/unkeyed (the cipher alone), {BULK_BATCH:,}/txn: {unkeyed:.2f}")


# -- 3. unlock -----------------------------------------------------------------------------------
def bench_unlock(tmp: Path, sizes: Sizes) -> Bar:
    profile = Profile(tmp / "unlock")
    profile.create(USER, PASSPHRASE, kdf=DEFAULT_KDF).store.close()
    times = []
    for _ in range(sizes.unlock_runs):
        start = time.perf_counter()
        store = profile.unlock(PASSPHRASE, USER)
        store.status()
        times.append(time.perf_counter() - start)
        store.close()
    k = DEFAULT_KDF
    say(
        f"Unlock with DEFAULT_KDF (Argon2id {k.memory_kib // 1024} MiB, t={k.iterations},"
        f" p={k.lanes}), passphrase → first query (status()), {sizes.unlock_runs} runs"
    )
    say(
        f"  median {statistics.median(times):.3f} s   min {min(times):.3f} s"
        f"   max {max(times):.3f} s"
    )
    return Bar("unlock, default KDF (median)", statistics.median(times), 0.6, "s")


# -- 4. quarter query over the big table -----------------------------------------------------------
def run_quarter_query(conn: Any, mo: str) -> tuple[float, int]:
    _, start, end = QUERY_QUARTER
    began = time.perf_counter_ns()
    rows = conn.execute(QUARTER_SQL, {"mo": mo, "start": start, "end": end}).fetchall()
    return ms_since(began), len(rows)


def bench_quarter(store: Store, sizes: Sizes) -> Bar:
    mos = [f"BENCH-MO-{m:02d}" for m in range(sizes.mos)]
    cold, warm, found = [], [], 0
    for i in range(sizes.query_runs):
        fresh = store.reopen()  # a new connection: SQLCipher's page cache starts empty
        try:
            elapsed, found = run_quarter_query(fresh.conn, mos[i % len(mos)])
            cold.append(elapsed)
        finally:
            fresh.close()
        warm.append(run_quarter_query(store.conn, mos[i % len(mos)])[0])
    say(
        f"Quarter query over {sizes.big_rows:,} observations: {QUERY_QUARTER[0]}, one МО's"
        f" {sizes.units_per_mo} units, latest status + counts per unit ({found} rows)"
    )
    say(
        f"  first screen (fresh connection, cold SQLCipher cache; OS cache warm)"
        f"  p50 {statistics.median(cold):7.2f} ms   max {max(cold):7.2f} ms"
    )
    say(f"  repeated on an open connection{'':>38}p50 {statistics.median(warm):7.2f} ms")
    plan = store.conn.execute(
        "EXPLAIN QUERY PLAN " + QUARTER_SQL, {"mo": mos[0], "start": "", "end": ""}
    ).fetchall()
    say("  plan: " + "; ".join(str(r[-1]) for r in plan))
    return Bar(
        f"history {sizes.big_rows / 1e6:g} M rows, first screen (quarter query p50)",
        statistics.median(cold),
        300,
        "ms",
    )


def bench_history(store: Store, units: Sequence[str]) -> None:
    times = []
    for unit in units[:20]:
        start = time.perf_counter_ns()
        store.history(unit, limit=200)
        times.append(ms_since(start))
    say(
        f"  store.history(unit) first page of 200 (audit_log of {store.history_count():,}"
        f" entries): p50 {statistics.median(times):.2f} ms"
    )


# -- report ---------------------------------------------------------------------------------------
def header(tmp: Path, sizes: Sizes, quick: bool) -> None:
    say(f"Svodka store benchmark ({'quick smoke run' if quick else 'full run'})")
    say(
        f"  python {sys.version.split()[0]}, SQLCipher {cipher.require_cipher_4()}"
        f" (SQLite {sqlcipher3.sqlite_version}), stdlib sqlite3 {sqlite3.sqlite_version},"
        f" {os.cpu_count()} CPUs"
    )
    say(f"  work dir {tmp} ({fs_type(tmp)}), deleted at the end")
    say()


def report_build(sizes: Sizes, seconds: float) -> None:
    say(
        f"Big store: {sizes.mos * sizes.units_per_mo} units ({sizes.mos} МО ×"
        f" {sizes.units_per_mo}), {sizes.big_rows:,} connection_observations over"
        f" {HISTORY_START.year}–{HISTORY_START.year + HISTORY_YEARS - 1},"
        f" {sizes.journal_rows:,} outbox + audit entries."
    )
    say(
        f"  Rows inserted directly on store.conn (executemany, {FILL_BATCH:,} rows per"
        f" transaction), bypassing the Store API; built in {seconds:.1f} s."
    )
    say()


def report_bars(bars: list[Bar]) -> None:
    width = max(len(bar.name) for bar in bars)
    say(f"{'Bars from the design':<{width + 2}} {'measured':>12}   bar")
    for bar in bars:
        value = f"{bar.value:.2f} {bar.unit}"
        limit = f"≤ {bar.limit:g} {bar.unit}"
        say(f"  {bar.name:<{width}} {value:>12}   {limit:<10} {'PASS' if bar.ok else 'FAIL'}")


def run(tmp: Path, sizes: Sizes, quick: bool) -> list[Bar]:
    rng = random.Random(20_251_123)
    header(tmp, sizes, quick)
    start = time.perf_counter()
    store, units = build_big_store(tmp / "big", sizes, rng)
    report_build(sizes, time.perf_counter() - start)
    bars = [bench_form_save(store, units, sizes, rng)]
    say()
    bars.append(bench_quarter(store, sizes))
    bench_history(store, units)
    store.close()
    say()
    bars.append(bench_bulk(tmp, sizes, rng))
    say()
    bars.append(bench_unlock(tmp, sizes))
    say()
    return bars


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--dir", type=Path, help="where to make the temporary work folder")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    with tempfile.TemporaryDirectory(prefix="svodka-bench-", dir=args.dir) as tmp:
        bars = run(Path(tmp), sizes, args.quick)
    report_bars(bars)
    return 0 if all(b.ok for b in bars) else 1


if __name__ == "__main__":
    sys.exit(main())
