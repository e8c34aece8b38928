"""Server benchmark: changes/s with 1, 10 and 50 devices, push latency, 1,000 devices at once.

Real server processes on 127.0.0.1, on SQLite and on PostgreSQL (a throwaway cluster, as the
tests start it); batches of 100 typical changes, gzipped and signed, as devices send them.
Run from the repository root: ``python -m bench.server`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from bench.report import Bar, report_bars, say
from bench.server_load import LoadDevice, Run, enrol, sequential, timed
from tests.server.harness import SAMPLE_REGISTRY, ServerProcess, admin
from tests.server.pg import Cluster, pg_bin, running_cluster
from tests.server.serverdb import server_engine


@dataclass(frozen=True)
class Sizes:
    batch: int  # changes per push
    warmup: tuple[int, int]  # devices, batches each: history and warm caches before timing
    batches: dict[int, int]  # concurrent devices → batches each device pushes
    burst: int  # devices that push one batch each, all at once


FULL = Sizes(batch=100, warmup=(20, 10), batches={1: 50, 10: 20, 50: 8}, burst=1000)
QUICK = Sizes(batch=100, warmup=(5, 2), batches={1: 4, 10: 2, 50: 1}, burst=100)


@dataclass(frozen=True)
class Database:
    """One database under test, its bar and how its server runs."""

    name: str
    bar: float  # changes/s with the most devices
    workers: int


class BenchServer(ServerProcess):
    """The real server process, started with ``--workers`` when asked."""

    workers: int = 1
    database_pid: int | None = None  # the PostgreSQL postmaster, to report its CPU too

    def start(self) -> None:
        self.start_with("--workers", str(self.workers))

    @property
    def watch(self) -> dict[str, int]:
        assert self.process is not None
        database = {"PostgreSQL": self.database_pid} if self.database_pid else {}
        return {"server": self.process.pid, **database}


@contextmanager
def running_server(
    data_dir: Path, database: str | None, workers: int, database_pid: int | None = None
) -> Iterator[BenchServer]:
    result = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    server = BenchServer(data_dir, database)
    server.workers, server.database_pid = workers, database_pid
    server.start()
    try:
        yield server
    finally:
        server.stop()


def report_run(label: str, run: Run, pushes: int) -> None:
    errors = f"{len(run.errors)} errors"
    if run.errors:
        errors += f" (first: {run.errors[0].status} {run.errors[0].error!r})"
    say(
        f"  {label:<22} {run.changes:>7,} changes in {run.wall_s:6.2f} s"
        f" = {run.rate:6,.0f} changes/s; push p50 {run.latency_ms(0.5):5.0f} ms,"
        f" p99 {run.latency_ms(0.99):5.0f} ms; {errors}"
    )
    used = [f"{name} {seconds / run.wall_s:4.0%}" for name, seconds in run.cpu_s.items()]
    say(
        f"  {'':<22} CPU (100% = one core): {', '.join(used)},"
        f" load generator {run.client_cpu_s / run.wall_s:.0%}"
        f" ({run.client_cpu_s / max(pushes, 1) * 1e3:.1f} ms per push),"
        f" other processes {max(run.others_cpu_s, 0) / run.wall_s:.0%}"
    )


def push_all(server: BenchServer, devices: list[LoadDevice], sizes: Sizes, batches: int) -> Run:
    for device in devices:
        device.build(batches, sizes.batch)
    return timed(server.watch, [sequential(d, sizes.batch) for d in devices])


def warm_up(server: BenchServer, devices: list[LoadDevice], sizes: Sizes) -> None:
    """History before the clock starts; then ANALYZE, as autovacuum does on a live server
    (a brand-new table without statistics gets poor plans for its first minute)."""
    run = push_all(server, devices, sizes, sizes.warmup[1])
    if server.database:
        with server_engine(server) as engine, engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    note = ", then ANALYZE" if server.database else ""
    say(f"  warm-up: {run.changes:,} changes from {len(devices)} devices{note}")


def bench_levels(server: BenchServer, devices: list[LoadDevice], sizes: Sizes) -> Run:
    """Each level's devices push their batches back to back; returns the last level's run."""
    taken, run = 0, None
    for count, batches in sizes.batches.items():
        run = push_all(server, devices[taken : taken + count], sizes, batches)
        taken += count
        label = f"{count} device{'s' if count > 1 else ''} × {batches} pushes"
        report_run(label, run, count * batches)
    assert run is not None
    return run


def bench_database(db: Database, server: BenchServer, sizes: Sizes) -> list[Bar]:
    steady, (warm, _) = sum(sizes.batches), sizes.warmup
    devices = enrol(server, warm + steady + sizes.burst)
    say(f"{db.name}, serve --workers {db.workers}: {len(devices):,} devices enrolled")
    warm_up(server, devices[:warm], sizes)
    most = bench_levels(server, devices[warm : warm + steady], sizes)
    burst = push_all(server, devices[warm + steady :], sizes, 1)
    report_run(f"{sizes.burst:,} devices at once", burst, sizes.burst)
    say()
    return [
        Bar(
            f"{db.name}, {max(sizes.batches)} devices",
            f"{most.rate:,.0f} changes/s",
            f"≥ {db.bar:,.0f}",
            most.rate >= db.bar,
        ),
        Bar(
            f"{db.name}, {sizes.burst:,} devices at once",
            f"{len(burst.errors)} errors",
            "0 errors",
            not burst.errors,
        ),
    ]


def run_sqlite(tmp: Path, sizes: Sizes, db: Database) -> list[Bar]:
    with running_server(tmp / "sqlite", None, db.workers) as server:
        return bench_database(db, server, sizes)


def run_postgres(tmp: Path, sizes: Sizes, db: Database) -> list[Bar]:
    with (
        running_cluster() as cluster,
        running_server(
            tmp / "pg", cluster.create_database(), db.workers, postmaster_pid(cluster)
        ) as server,
    ):
        return bench_database(db, server, sizes)


def postmaster_pid(cluster: Cluster) -> int:
    """The cluster's main process: its CPU, with the backends', is the database's."""
    return int((cluster.root / "data" / "postmaster.pid").read_text().split()[0])


def header(sizes: Sizes, quick: bool) -> None:
    binaries = pg_bin()
    say(f"Svodka server benchmark ({'quick smoke run' if quick else 'full run'})")
    say(
        f"  python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version},"
        f" PostgreSQL {binaries.parent.name if binaries else '?'} (fsync off, as in the tests),"
        f" {os.cpu_count()} CPUs shared by server, database and load generator;"
        f" load average {os.getloadavg()[0]:.1f} at start"
    )
    say(
        f"  pushes of {sizes.batch} typical changes (arm_counts), gzipped and signed; one thread"
        " and keep-alive connection per device, batches built before the clock starts"
    )
    say()


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--dir", type=Path, help="where to make the temporary work folder")
    parser.add_argument("--sqlite-workers", type=int, default=1, help="serve --workers (1)")
    parser.add_argument(
        "--pg-workers", type=int, default=os.cpu_count() or 1, help="serve --workers (CPUs)"
    )
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    header(sizes, args.quick)
    bars: list[Bar] = []
    with tempfile.TemporaryDirectory(prefix="svodka-bench-", dir=args.dir) as tmp:
        if args.only != "postgresql":
            bars += run_sqlite(Path(tmp), sizes, Database("SQLite", 3_000, args.sqlite_workers))
        if args.only != "sqlite":
            bars += run_postgres(Path(tmp), sizes, Database("PostgreSQL", 5_000, args.pg_workers))
    report_bars(bars)
    return 0 if all(b.ok for b in bars) else 1


if __name__ == "__main__":
    sys.exit(main())
