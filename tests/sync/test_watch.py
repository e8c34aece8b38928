"""The link monitor and ``sync --watch``: outages fill themselves, the queue drains on return."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from desktop.storage import Store
from desktop.storage.records import ConnectionInput
from desktop.sync.engine import SyncEngine
from desktop.sync.monitor import LinkMonitor, Probe
from desktop.sync.watch import Backoff, Watcher
from tests.server.harness import ServerProcess

DEADLINE_S = 30.0


def wait_for(condition: Callable[[], bool], what: str) -> None:
    """Poll until true (the watcher runs in real time); fail with the reason after a bound."""
    deadline = time.monotonic() + DEADLINE_S
    while not condition():
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.05)


@contextmanager
def watching(store: Store, events: list[tuple[str, object]]) -> Iterator[None]:
    stop = threading.Event()

    def run() -> None:
        own = store.reopen()  # one connection per thread
        engine = SyncEngine(own)
        Watcher(engine, LinkMonitor(own, engine.client), interval_s=0.2).run(
            stop.is_set, lambda kind, data: events.append((kind, data))
        )
        own.close()

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    try:
        yield
    finally:
        stop.set()
        thread.join(timeout=DEADLINE_S)


def links(events: list[tuple[str, object]]) -> list[bool]:
    return [data.up for kind, data in events if kind == "link" and isinstance(data, Probe)]


def test_outage_recorded_and_queue_drained_when_link_returns(
    client_store: Store, server: ServerProcess
) -> None:
    events: list[tuple[str, object]] = []
    with watching(client_store, events):
        wait_for(lambda: any(k == "round" for k, _ in events), "a first round")
        server.kill()
        wait_for(lambda: links(events)[-1:] == [False], "the link to go down")
        client_store.record_connection(ConnectionInput("DEMO-FAP-013", True, "radio"))
        server.start()
        wait_for(lambda: links(events)[-1:] == [True], "the link to come back")
        wait_for(lambda: client_store.status().queued == 0, "the queue to drain")
    observed = client_store.conn.execute(
        "SELECT internet FROM connection_observations WHERE source = 'monitor'"
        " AND unit = 'DEMO-MO-01' ORDER BY observed_at"
    ).fetchall()
    assert [r[0] for r in observed] == [1, 0, 1]
    outages = client_store.conn.execute(
        "SELECT started_at, ended_at FROM outages WHERE source = 'monitor'"
    ).fetchall()
    assert len(outages) == 1 and outages[0][1] is not None and outages[0][1] >= outages[0][0]
    held = server.admin("changes", "--json").stdout
    assert "DEMO-FAP-013" in held  # the change made during the outage reached the server


def test_backoff_grows_with_jitter_and_resets() -> None:
    backoff = Backoff(base_s=5, cap_s=600, rng=random.Random(7))
    delays = [backoff.next_delay() for _ in range(12)]
    assert all(0 <= d <= 600 for d in delays)
    assert max(delays[:2]) <= 10 and max(delays[6:]) > 10  # later slots allow longer waits
    backoff.reset()
    assert backoff.next_delay() <= 5
