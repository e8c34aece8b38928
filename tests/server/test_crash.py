"""kill -9 the server at random moments while a device pushes: nothing acked is lost or doubled."""

from __future__ import annotations

import random
import signal
import threading
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from desktop.sync import protocol as p
from tests.server.forking import ForkedServer, Launcher
from tests.server.harness import SAMPLE_REGISTRY, Device, ServerProcess, admin, change
from tests.server.serverdb import device_ack, stored_changes, stored_records

KILLS = 100  # per database: SQLite and PostgreSQL run as two tests, 200 kill points
SEED_BASE = 31_337
MAX_DELAY_S = 0.15  # kill this long (at most) after the server is ready, or after an ack
WAIT_FOR_ACK_EVERY = 2  # every other kill waits for one ack, so progress is certain
MAX_BATCH = 40
FINAL_EXTRA = 25  # the last push sends this many never-sent changes too
UNIT = "DEMO-FAP-012"
POOL = 40  # entity ids: later changes update and delete the records of earlier ones
WATCHDOG_S = 60.0


def planned(seq: int) -> dict[str, Any]:
    """The change the device queues as ``seq``: always the same content for a seq."""
    rejected = seq % 13 == 0  # zspd above total: stored, but not applied
    body = change(seq, UNIT, total=seq, zspd=seq + 1 if rejected else 1, entity_id=_id(seq))
    body["op"] = "delete" if seq % 11 == 0 else "update"
    return body


def _id(seq: int) -> str:
    return f"arm-{seq * 7 % POOL}"


def planned_status(seq: int) -> str:
    return "rejected" if seq % 13 == 0 else "applied"


def expected_records(final_ack: int) -> dict[tuple[str, str], tuple[str, int]]:
    """Replay seqs 1..final_ack: (entity, id) → (data, seq) of the last applied change."""
    held: dict[tuple[str, str], tuple[str, int]] = {}
    for seq in range(1, final_ack + 1):
        body = planned(seq)
        key = (body["entity"], body["id"])
        if planned_status(seq) == "rejected":
            continue
        if body["op"] == "delete":
            held.pop(key, None)
        else:
            held[key] = (p.canonical_json(body["data"]), seq)
    return held


@dataclass
class Pusher:
    """A device's sync loop: push from ack + 1, and after any error resend from there."""

    device: Device
    rng: random.Random
    up: threading.Event = field(default_factory=threading.Event)
    stop: threading.Event = field(default_factory=threading.Event)
    changed: threading.Condition = field(default_factory=threading.Condition)
    ack: int = 0
    sent_max: int = 0
    in_flight: bool = False
    errors: int = 0
    resent: int = 0  # 200 answers with duplicates: a kill came after a commit, before its answer
    acks: list[int] = field(default_factory=list)
    statuses: Counter[int] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)
    failure: BaseException | None = None

    def run(self) -> None:
        try:
            while not self.stop.is_set():
                self.push_once()
        except BaseException as exc:  # reported by the test thread after join
            self.failure = exc

    def push_once(self) -> None:
        first = self.ack + 1
        batch = [planned(seq) for seq in range(first, first + self.rng.randint(1, MAX_BATCH))]
        self.sent_max = max(self.sent_max, batch[-1]["seq"])
        self.in_flight = True
        try:
            response = self.device.push(batch)
        except requests.RequestException:
            self.errors += 1
            self.up.wait(WATCHDOG_S)  # the server is being killed or restarted
            return
        finally:
            self.in_flight = False
        self.take(response, batch)

    def take(self, response: requests.Response, batch: list[dict[str, Any]]) -> None:
        self.statuses[response.status_code] += 1
        if response.status_code != 200:
            self.problems.append(f"{response.status_code}: {response.text[:300]}")
            return
        answer = p.PushResponse.model_validate_json(response.content)
        self.check_results(answer, batch)
        self.resent += any(r.status == "duplicate" for r in answer.results)
        with self.changed:
            if answer.ack_seq < self.ack:
                self.problems.append(f"ack went back from {self.ack} to {answer.ack_seq}")
            self.ack = max(self.ack, answer.ack_seq)
            self.acks.append(answer.ack_seq)
            self.changed.notify_all()

    def check_results(self, answer: p.PushResponse, batch: list[dict[str, Any]]) -> None:
        """One result per change sent; a change applied now has its planned status."""
        seqs = [r.seq for r in answer.results]
        if seqs != [c["seq"] for c in batch]:
            self.problems.append(f"results for seqs {seqs[:3]}… of a batch from {batch[0]['seq']}")
        for result in answer.results:
            if result.status != "duplicate" and result.status != planned_status(result.seq):
                self.problems.append(f"seq {result.seq} {result.status}: {result.reason}")

    def wait_for_ack_above(self, level: int) -> bool:
        with self.changed:
            return self.changed.wait_for(lambda: self.ack > level, WATCHDOG_S)


def kill_and_restart(server: ServerProcess, pusher: Pusher, delay_s: float) -> bool:
    """SIGKILL the server ``delay_s`` from now, start it again; True if a push was in flight."""
    time.sleep(delay_s)  # the randomised kill point, not a wait for a result
    pusher.up.clear()
    in_flight = pusher.in_flight
    server.kill()
    server.start()
    pusher.up.set()
    return in_flight


def run_kills(server: ServerProcess, pusher: Pusher, rng: random.Random) -> int:
    """KILLS kill points while the pusher runs; the number that hit a push in flight."""
    thread = threading.Thread(target=pusher.run, name="pusher", daemon=True)
    pusher.up.set()
    thread.start()
    mid_request = 0
    try:
        for kill in range(KILLS):
            if kill % WAIT_FOR_ACK_EVERY == 0:
                acked = pusher.wait_for_ack_above(pusher.ack)
                assert acked, f"no ack from a fresh server: {pusher.problems[-3:]}"
            mid_request += kill_and_restart(server, pusher, rng.uniform(0, MAX_DELAY_S))
    finally:
        pusher.stop.set()
        pusher.up.set()
        thread.join(WATCHDOG_S)
    assert not thread.is_alive(), "the pusher did not stop"
    if pusher.failure is not None:
        raise pusher.failure
    return mid_request


def final_push(pusher: Pusher) -> int:
    """After the last restart: resend from the ack, past everything ever sent; it all lands."""
    first, last = pusher.ack + 1, pusher.sent_max + FINAL_EXTRA
    response = pusher.device.push([planned(seq) for seq in range(first, last + 1)])
    assert response.status_code == 200, response.text
    ack = int(response.json()["ack_seq"])
    assert ack == last, f"final ack {ack}, expected {last}"
    return ack


def check_changes(server: ServerProcess, device_id: str, final_ack: int) -> None:
    """Stored: exactly seqs 1..final_ack, each once, each as the device sent it."""
    rows = stored_changes(server)
    counts = Counter((r["device_id"], r["epoch"], r["seq"]) for r in rows)
    assert all(n == 1 for n in counts.values()), "a change is stored twice"
    assert {(r["device_id"], r["epoch"]) for r in rows} == {(device_id, 1)}
    assert [r["seq"] for r in rows] == list(range(1, final_ack + 1)), "gaps or extra seqs"
    for row in rows:
        sent = planned(row["seq"])
        assert row["digest"] == p.Change.model_validate(sent).digest(), f"seq {row['seq']}"
        assert row["data"] == p.canonical_json(sent["data"]), f"seq {row['seq']}"
        assert row["status"] == planned_status(row["seq"]), f"seq {row['seq']}"
    assert device_ack(server, device_id) == final_ack


def check_records(server: ServerProcess, device_id: str, final_ack: int) -> None:
    """The records table is the replay of the stored changes, in seq order."""
    held = {
        key: (row["data"], row["seq"], row["device_id"], row["unit"])
        for key, row in stored_records(server).items()
    }
    expected = {
        key: (data, seq, device_id, UNIT)
        for key, (data, seq) in expected_records(final_ack).items()
    }
    assert held == expected


@pytest.fixture(scope="module")
def launcher() -> Iterator[Launcher]:
    started = Launcher()
    yield started
    started.close()


@pytest.fixture
def server(tmp_path: Path, database: str | None, launcher: Launcher) -> Iterator[ForkedServer]:
    """A fresh server on SQLite or PostgreSQL whose restarts cost no imports."""
    data_dir = tmp_path / "server"
    result = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    assert result.returncode == 0, result.stderr
    forked = ForkedServer(data_dir, database, launcher=launcher)
    forked.start()
    yield forked
    forked.kill()


def crash_run(server: ForkedServer, seed: int) -> None:
    """KILLS kill points while one device pushes, then the final push and every invariant."""
    rng = random.Random(seed)
    device = Device(server.base_url)
    assert device.enrol(server.enrol_code(UNIT)).status_code == 200
    pusher = Pusher(device, random.Random(seed + 1))
    mid_request = run_kills(server, pusher, rng)
    summary = (
        f"seed {seed}: {KILLS} kills, {mid_request} mid-request, {len(pusher.acks)} acks,"
        f" {pusher.errors} connection errors, {pusher.resent} answers with duplicates,"
        f" statuses {dict(pusher.statuses)}"
    )
    print(summary)
    assert pusher.problems == [], summary
    assert mid_request > 0, summary
    assert server.exits == [-signal.SIGKILL] * KILLS
    final_ack = final_push(pusher)
    assert max(pusher.acks) <= final_ack
    server.stop()
    check_changes(server, device.device_id, final_ack)
    check_records(server, device.device_id, final_ack)


# The two long tests are apart in collection order, so pytest-xdist's first chunks (two
# items per worker) put them on different workers.


@pytest.mark.slow
@pytest.mark.parametrize("database", ["sqlite"], indirect=True)
def test_kill_9_while_pushing_sqlite(server: ForkedServer) -> None:
    crash_run(server, SEED_BASE)


def test_plan_rejects_deletes_and_overwrites() -> None:
    """The planned changes exercise more than appends: rejected, deleted, overwritten."""
    seqs = range(1, 200)
    assert {planned_status(s) for s in seqs} == {"applied", "rejected"}
    assert {planned(s)["op"] for s in seqs} == {"update", "delete"}
    assert len({_id(s) for s in seqs}) == POOL
    assert p.validate_entity(p.Change.model_validate(planned(13))) is not None
    assert p.validate_entity(p.Change.model_validate(planned(12))) is None


def test_replay_keeps_the_last_applied_change() -> None:
    held = expected_records(2 * POOL)
    assert len(held) < POOL  # deletes removed some records
    for (_entity, entity_id), (_data, seq) in held.items():
        later = [s for s in range(seq + 1, 2 * POOL + 1) if _id(s) == entity_id]
        assert all(planned_status(s) == "rejected" for s in later), entity_id


@pytest.mark.slow
@pytest.mark.parametrize("database", ["postgresql"], indirect=True)
def test_kill_9_while_pushing_postgresql(server: ForkedServer) -> None:
    crash_run(server, SEED_BASE + 1)
