"""Two pushes on the wire: a batch that overtakes the one before it goes again, nothing lost."""

from __future__ import annotations

import random
from pathlib import Path

from desktop.storage import Store
from desktop.sync import protocol as p
from desktop.sync.rounds import BatchSize
from tests.faults.harness import check_exactly_once, engine_through, new_store, write_some
from tests.faults.proxy import Fault, FaultProxy
from tests.server.harness import ServerProcess

PUSH = "POST /api/v1/push"


BATCH_BYTES = 2048


def small_batches() -> BatchSize:
    return BatchSize(current=BATCH_BYTES, floor=BATCH_BYTES, ceiling=BATCH_BYTES)


def batches_needed(store: Store) -> int:
    count, after = 0, 0
    while batch := store.pending(BATCH_BYTES, p.MAX_CHANGES_PER_BATCH, after):
        count, after = count + 1, batch[-1].seq
    return count


def test_two_batches_travel_at_once(server: ServerProcess, tmp_path: Path) -> None:
    store = new_store(tmp_path / "client", server)
    write_some(store, random.Random(1), 60)
    queued = store.status().queued
    assert batches_needed(store) >= 3
    with FaultProxy(server.port) as proxy, engine_through(store, proxy.url, 30.0) as engine:
        engine.batch = small_batches()
        result = engine.run_round()
        connections = proxy.traffic.connections
    assert result.pushed == queued and store.status().queued == 0
    assert connections == 2, "the second batch should go on a connection of its own"
    assert check_exactly_once(store, server) == queued


def test_overtaking_batch_waits_for_the_one_before(server: ServerProcess, tmp_path: Path) -> None:
    store = new_store(tmp_path / "client", server)
    write_some(store, random.Random(2), 60)
    queued, batches = store.status().queued, batches_needed(store)
    with FaultProxy(server.port) as proxy, engine_through(store, proxy.url, 30.0) as engine:
        engine.batch = small_batches()
        # The first connection (clock, then the first batch) crawls; the second batch, on
        # its own connection, reaches the server first and finds a gap before it: the
        # server holds it until the first arrives, so nothing goes twice.
        proxy.schedule([Fault("delay", 250)])
        result = engine.run_round()
        pushes = proxy.traffic.requests[PUSH]
    assert result.pushed == queued and store.status().queued == 0
    assert pushes == batches, f"{pushes} pushes for {batches} batches"
    assert check_exactly_once(store, server) == queued
