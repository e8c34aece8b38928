"""Seeded network fault schedules between a real client and a real server: exactly once.

Each group enrols one device and runs its schedules one after another; a schedule is a run
of faults, one per connection, while the post keeps recording facts between rounds. After
each schedule the faults stop: one round must drain the queue without a burst of retries,
and every change committed locally must be on the server exactly once, and nothing else.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from desktop.sync.client import READ_TIMEOUT_S
from tests.faults.harness import (
    FAULTY_READ_TIMEOUT_S,
    Rounds,
    check_exactly_once,
    engine_through,
    new_store,
    random_fault,
    round_once,
    write_some,
)
from tests.faults.proxy import FaultProxy
from tests.server.harness import ServerProcess

GROUPS = 10
SCHEDULES_PER_GROUP = 10  # 100 schedules in all
FAULTS_PER_SCHEDULE = 6
PUSH = "POST /api/v1/push"


@pytest.mark.parametrize("group", range(GROUPS))
def test_fault_schedules_converge_exactly_once(
    server: ServerProcess, tmp_path: Path, group: int
) -> None:
    store = new_store(tmp_path / "client", server)
    lines = []
    with FaultProxy(server.port) as proxy:
        for number in range(SCHEDULES_PER_GROUP):
            seed = group * 100 + number
            rng = random.Random(seed)
            faults = [random_fault(rng) for _ in range(FAULTS_PER_SCHEDULE)]
            proxy.schedule(faults)
            rounds = Rounds()
            with engine_through(store, proxy.url, FAULTY_READ_TIMEOUT_S) as engine:
                while proxy.remaining():  # every round opens a connection: a fault each
                    write_some(store, rng, rng.randint(0, 4))
                    round_once(engine, rounds)
            status = store.status()
            waiting = status.queued + status.sent
            pushes_before = proxy.traffic.requests[PUSH]
            with engine_through(store, proxy.url, READ_TIMEOUT_S) as engine:
                clean = Rounds()
                assert round_once(engine, clean), f"seed {seed}: {clean.errors}"
            pushes = proxy.traffic.requests[PUSH] - pushes_before
            assert pushes <= max(1, waiting), f"seed {seed}: {pushes} pushes for {waiting}"
            after = store.status()
            assert after.queued == after.sent == 0, f"seed {seed}: queue not drained"
            held = check_exactly_once(store, server)
            lines.append(
                f"seed {seed}: {' '.join(map(str, faults))}; {rounds.failed} failed"
                f" / {rounds.ok} ok rounds; then {waiting} drained in {pushes} pushes;"
                f" server holds {held}"
            )
    store.close()
    print("\n".join(lines), f"\n{proxy.traffic}")
