"""Sync benchmark: 10,000 typical changes over 64 kbit/s at 600 ms RTT, batched and one by one.

A real server process on SQLite, a real encrypted client store enrolled with it and the real
SyncEngine, pushing through a limited link (``bench/sync_link.py``: tbf between two network
namespaces where the machine allows it, else the fault proxy's throttle; a delay line for the
round trip). Beside it the same kind of change pushed one per request, as the anchors do.
Run from the repository root: ``python -m bench.sync`` (``--quick`` for a smoke run).
"""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from types import FrameType

from bench.report import Bar, report_bars, say
from bench.server_load import SCOPE, UNITS
from bench.sync_link import RATE_BITS, RATE_BYTES, RTT_S, Link, Meter, Wire, limited_link
from desktop.storage import Profile, Store
from desktop.storage.records import ConnectionInput
from desktop.sync.client import READ_TIMEOUT_S
from desktop.sync.enrolment import enroll
from desktop.sync.push import to_change
from desktop.sync.rounds import BatchSize, Progress
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.faults.harness import engine_through
from tests.server.harness import SAMPLE_REGISTRY, ServerProcess, admin

NOTE = "связь есть, медленно"
WRITE_BATCH = 500  # changes recorded per local transaction while filling the outbox
STEADY = 100  # "at batch ≥ 100"
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


@dataclass(frozen=True)
class Sizes:
    changes: int  # pushed by the engine as it batches
    baseline: int  # pushed one per request (then scaled to ``changes``)
    time_limit_s: int  # the whole run stops with an error after this


FULL = Sizes(changes=10_000, baseline=300, time_limit_s=1500)
QUICK = Sizes(changes=500, baseline=20, time_limit_s=300)


@dataclass(frozen=True)
class Push:
    """One answer as seen from the client: the changes it acked, the time and the TCP
    payload each way since the answer before it."""

    changes: int
    seconds: float
    up: int
    down: int


@dataclass
class Phase:
    """One sync round through the link, timed from its first request to its end."""

    changes: int
    wall_s: float
    traffic: Meter  # TCP payload bytes each way, connections
    pushes: list[Push] = field(default_factory=list)
    wire: Wire | None = None  # as tbf sent it, when tbf was used

    @property
    def rate(self) -> float:
        return self.changes / self.wall_s

    def fraction(self, payload: int) -> float:
        return payload / self.wall_s / RATE_BYTES


class Stopped(BaseException):
    """The time limit or SIGTERM: a BaseException, so no library takes it for a network
    error (TimeoutError is an OSError, which requests would turn into a read timeout)."""


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """SIGALRM after ``seconds`` and SIGTERM both unwind the stack, so every ``finally``
    (server, namespaces, temporary folder) runs."""

    def stop(signum: int, _frame: FrameType | None) -> None:
        reason = "the time limit" if signum == signal.SIGALRM else "SIGTERM"
        raise Stopped(f"stopped by {reason}; cleaned up")

    previous = {s: signal.signal(s, stop) for s in (signal.SIGALRM, signal.SIGTERM)}
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _die_with_parent() -> None:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)


class BenchServer(ServerProcess):
    """The tests' server process on SQLite, which also dies if this benchmark is killed -9."""

    def start_with(self, *serve_args: str) -> None:
        command = [sys.executable, "-m", "server", "--data-dir", str(self.data_dir), "serve"]
        command += ["--port", str(self.port), "--log-level", "WARNING", *serve_args]
        with (self.data_dir / "server.log").open("ab") as log:
            self.process = subprocess.Popen(
                command,
                stdout=log,
                stderr=log,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
                preexec_fn=_die_with_parent,  # before any thread of ours is started
            )
        self._wait_ready()


@contextmanager
def running_server(data_dir: Path) -> Iterator[ServerProcess]:
    result = admin(data_dir, None, "import-registry", str(SAMPLE_REGISTRY))
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    server = BenchServer(data_dir, None)
    try:
        server.start()
        yield server
    finally:
        try:
            server.stop()
        finally:
            server.kill()


@contextmanager
def enrolled_store(root: Path, server: ServerProcess) -> Iterator[Store]:
    """An encrypted store enrolled straight with the server (not through the link)."""
    store = Profile(root).create(USER, PASSPHRASE, kdf=FAST_KDF).store
    try:
        enroll(store, server.base_url, server.enrol_code(SCOPE[1]))
        yield store
    finally:
        store.close()


def record(store: Store, count: int) -> None:
    """``count`` typical changes: a connection observation with a short Cyrillic note."""
    for start in range(0, count, WRITE_BATCH):
        with store.transaction():
            for i in range(start, min(count, start + WRITE_BATCH)):
                unit = UNITS[i % len(UNITS)]
                store.record_connection(ConnectionInput(unit, True, "adsl", note=NOTE))


def push_round(store: Store, link: Link, expected: int, batch: BatchSize | None) -> Phase:
    """One round of the real engine through the link; the meter is read after each answer.
    With a fixed ``batch`` the pushes wait for each answer, as the anchors' clients do."""
    pushes: list[Push] = []
    with engine_through(store, link.url, READ_TIMEOUT_S) as engine:
        if batch is not None:
            engine.batch, engine.in_flight = batch, 1
        before, wire_before = link.meter.since(Meter()), link.wire()
        start = time.perf_counter()
        last = (start, before, 0)

        def progress(p: Progress) -> None:
            nonlocal last
            if p.phase == "push":
                now, meter = time.perf_counter(), link.meter.since(last[1])
                pushes.append(Push(p.done - last[2], now - last[0], meter.up, meter.down))
                last = (now, link.meter.since(Meter()), p.done)

        result = engine.run_round(progress)
        wall = time.perf_counter() - start
    if result.pushed != expected or result.rejected:
        raise RuntimeError(f"pushed {result.pushed} of {expected}, {result.rejected} rejected")
    wire_after = link.wire()
    wire = wire_after.since(wire_before) if wire_after and wire_before else None
    return Phase(expected, wall, link.meter.since(before), pushes, wire)


def runs(sizes: list[int]) -> str:
    """Batch sizes in order, repeats folded: ``19, 39, 78, 156, 313 × 30, 283``."""
    parts: list[str] = []
    for size in sizes:
        if parts and parts[-1].split(" × ")[0] == str(size):
            count = int(parts[-1].split(" × ")[1]) if " × " in parts[-1] else 1
            parts[-1] = f"{size} × {count + 1}"
        else:
            parts.append(str(size))
    return ", ".join(parts)


def per_change(up: int, down: int, changes: int) -> str:
    return (
        f"{up / changes:6.1f} B/change up, {down / changes:6.1f} down,"
        f" {(up + down) / changes:6.1f} both ways"
    )


def report_phase(phase: Phase) -> None:
    n = phase.changes
    traffic = phase.traffic
    say(
        f"  {n:,} changes in {phase.wall_s:.1f} s = {phase.rate:.1f} changes/s;"
        f" {len(phase.pushes):,} pushes on {traffic.connections} connection(s),"
        f" {traffic.hangups} of them ended by the server between pushes"
    )
    if traffic.hangups:
        say(
            "  (each costs the next push a new TCP handshake: uvicorn's keep-alive timeout,"
            " 5 s by default, runs while a long answer is still crossing the link)"
        )
    if len(phase.pushes) <= 60:
        say(f"  changes acked per answer: {runs([p.changes for p in phase.pushes])}")
    say(f"  TCP payload, whole round: {per_change(traffic.up, traffic.down, n)}")
    say(
        f"  link's limit reached: {phase.fraction(traffic.up):.0%} upstream (the push payload),"
        f" {phase.fraction(traffic.down):.0%} downstream, of {RATE_BITS // 1000} kbit/s each way"
    )
    if phase.wire is not None:
        say(
            f"  as tbf sent it (frames with TCP/IP/Ethernet headers, ACKs, retransmissions):"
            f" {per_change(phase.wire.up, phase.wire.down, n)}; {phase.wire.drops} drops"
        )


def report_steady(phase: Phase) -> tuple[float, float] | None:
    """From the first answer acking ≥ 100 changes on: bytes per change and the answers' pace.

    Two pushes travel at once, so bytes between two answers belong partly to the next push;
    summed over the whole steady run they are what the link carried for those changes."""
    first = next((i for i, p in enumerate(phase.pushes) if p.changes >= STEADY), None)
    if first is None:
        say(f"  no push reached {STEADY} changes")
        return None
    steady = phase.pushes[first:]
    changes, up, down = (sum(getattr(p, a) for p in steady) for a in ("changes", "up", "down"))
    seconds = sum(p.seconds for p in steady)
    say(
        f"  at batch ≥ {STEADY} ({len(steady)} answers, {changes:,} changes):"
        f" {per_change(up, down, changes)}; {up / seconds / RATE_BYTES:.0%} of the limit upstream"
    )
    count = len(steady)
    say(
        f"  an answer every {seconds / count:.2f} s acking {changes / count:.0f} changes, whose"
        f" request needs {up / count / RATE_BYTES:.2f} s of the link at {RATE_BYTES:,} B/s and"
        f" whose answer {down / count / RATE_BYTES:.2f} s ({down / changes:.0f} B/change);"
        f" the round trip is {RTT_S:.2f} s"
    )
    return up / changes, (up + down) / changes


def typical_size(store: Store) -> str:
    pending = store.pending(1 << 20, 1)
    if not pending:
        return "?"
    text = to_change(pending[0]).model_dump_json()
    return f"{len(text.encode())} B of JSON before gzip, {pending[0].size} B in the batch budget"


def header(quick: bool, link: Link, why: str) -> None:
    say(f"Svodka sync benchmark ({'quick smoke run' if quick else 'full run'})")
    say(
        f"  python {sys.version.split()[0]}, {os.cpu_count()} CPUs,"
        f" load average {os.getloadavg()[0]:.1f} at start"
    )
    say(f"  link: {RATE_BITS // 1000} kbit/s each way, {RTT_S * 1e3:.0f} ms round trip")
    say(f"  method: {link.method}")
    if why:
        say(f"  (network namespaces not used: {why})")
    say(
        "  a connection's first bytes are held one round trip more (its TCP handshake);"
        " plain HTTP, as the tests serve it"
    )
    say(
        "  real svodka-server process on SQLite at 127.0.0.1; encrypted client store, enrolled;"
        " the real SyncEngine, one round (clock, pushes, pull)"
    )
    say(f'  typical change: record_connection(ConnectionInput(unit, True, "adsl", note="{NOTE}"))')
    say()


def bench(tmp: Path, sizes: Sizes, quick: bool, mode: str) -> list[Bar]:
    with (
        running_server(tmp / "server") as server,
        enrolled_store(tmp / "client", server) as store,
        limited_link(server.port, mode) as (link, why),
    ):
        header(quick, link, why)
        record(store, sizes.changes)
        say(
            "Batched: the engine as it ships (BatchSize from 32 KiB before gzip, ×4 after a"
            " push under 1.25 s, ×2 under 5 s; two pushes on the wire, one uploading while the"
            " other's answer returns)"
        )
        say(f"  one change: {typical_size(store)}")
        batched = push_round(store, link, sizes.changes, None)
        report_phase(batched)
        steady = report_steady(batched)
        say()
        say(
            "Per-change baseline: the same engine, one change per push, each waiting for its answer"
        )
        record(store, sizes.baseline)
        single = push_round(store, link, sizes.baseline, BatchSize(1, 1, 1))
        report_phase(single)
        compare(batched, single)
        say()
    return bars(batched, single, steady)


def compare(batched: Phase, single: Phase) -> None:
    def both(phase: Phase) -> float:
        return (phase.traffic.up + phase.traffic.down) / phase.changes

    say(
        f"  scaled to {batched.changes:,} changes: {batched.changes / single.rate / 60:.1f} min"
        f" against {batched.wall_s / 60:.1f} min batched ({batched.rate / single.rate:.0f}×"
        f" faster batched, {both(single) / both(batched):.0f}× fewer bytes per change)"
    )


def bars(batched: Phase, single: Phase, steady: tuple[float, float] | None) -> list[Bar]:
    up_bytes, both_bytes = steady or (float("inf"), float("inf"))
    reached = batched.fraction(batched.traffic.up)
    return [
        Bar(
            "payload throughput, upstream, batched",
            f"{reached:.0%} of limit",
            "≥ 85 %",
            reached >= 0.85,
        ),
        Bar(f"B/change upstream, batch ≥ {STEADY}", f"{up_bytes:.1f} B", "≤ 64 B", up_bytes <= 64),
        Bar(
            f"B/change both ways, batch ≥ {STEADY}",
            f"{both_bytes:.1f} B",
            "≤ 64 B",
            both_bytes <= 64,
        ),
        Bar("per-change POST baseline", f"{single.rate:.2f} changes/s", "measured", True),
    ]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--dir", type=Path, help="where to make the temporary work folder")
    parser.add_argument(
        "--link",
        choices=("auto", "netns", "proxy"),
        default="auto",
        help="tbf in network namespaces, else the proxy (auto); or force one",
    )
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    try:
        with (
            time_limit(sizes.time_limit_s),
            tempfile.TemporaryDirectory(prefix="svodka-bench-sync-", dir=args.dir) as tmp,
        ):
            results = bench(Path(tmp), sizes, args.quick, args.link)
    except Stopped as exc:
        say(str(exc))
        return 2
    report_bars(results)
    return 0 if all(b.ok for b in results) else 1


if __name__ == "__main__":
    sys.exit(main())
