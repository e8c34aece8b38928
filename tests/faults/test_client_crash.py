"""kill -9 of the client at ≥ 200 random points of its rounds: every local change lands once."""

from __future__ import annotations

import random
import signal
import socket
import sys
import time
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from desktop.storage import Profile, Store
from desktop.storage.maintenance import doctor
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import SyncError
from tests.conftest import PASSPHRASE, USER
from tests.faults import crash_client as w
from tests.faults.client_launcher import ClientLauncher, EventChannel, EventFeed
from tests.faults.harness import check_exactly_once, new_store
from tests.server.harness import ServerProcess
from tests.server.serverdb import device_ack

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="POSIX fork and signals"),
]

GROUPS = 4
KILLS_PER_GROUP = 55  # GROUPS × KILLS_PER_GROUP = 220 kills per run
SEED_BASE = 31_000
# What a kill is aimed at: the nth event of a kind (n drawn up to the bound), then a delay.
TARGETS = (
    *((w.START, 1), (w.READY, 1), (w.ROUND, 2), (w.ROUND, 2)),
    *((w.PUSH, 3), (w.PUSH, 3), (w.PUSH, 3), (w.PUSH, 3)),
    *((w.ACKED, 3), (w.ACKED, 3), (w.PULL, 2), (w.PULLED, 2)),
)
MAX_DELAY_S = 0.025
EVENT_TIMEOUT_S = 15.0  # a worker silent this long is stuck: the test fails
MAX_CLEAN_ROUNDS = 3
# Where the worker was when it died, by the last event it managed to report.
PHASES = {
    None: "before reporting",
    w.START: "unlocking the store",
    w.READY: "recording facts",
    w.WROTE: "starting a round",
    w.ROUND: "clock request",
    w.PUSH: "push in flight",
    w.ACKED: "applying a push answer",
    w.PULL: "pull in flight",
    w.PULLED: "applying a pull page",
    w.DONE: "recording facts",
    w.ERROR: "recording facts",
}
MID_ROUND = {w.ROUND, w.PUSH, w.ACKED, w.PULL, w.PULLED}
MID_PUSH = {w.PUSH, w.ACKED}
# Refusals that cut a device off: seq_fork means a seq came again with other content.
CUT_OFF = {"seq_fork", "wrong_epoch", "unknown_device", "revoked"}


@dataclass(frozen=True)
class Aim:
    """Where a seed's kill is aimed: after the nth event of a kind, plus a delay."""

    event: str
    nth: int
    delay_s: float

    @classmethod
    def of(cls, seed: int) -> Aim:
        rng = random.Random(seed)
        event, bound = rng.choice(TARGETS)
        return cls(event, rng.randint(1, bound), rng.uniform(0, MAX_DELAY_S))


@dataclass(frozen=True)
class Watched:
    """What watching one worker gave: the event the kill followed, all events, exit code."""

    reached: str | None
    events: list[str]
    code: int


@dataclass(frozen=True)
class Kill:
    """One worker's life as it reported it, and the server's ack right after its death."""

    seed: int
    events: list[str]
    server_ack: int

    @property
    def last(self) -> str | None:
        return self.events[-1].split()[0] if self.events else None

    @property
    def answer_lost(self) -> bool:
        """Killed with a push in flight that the server had already committed."""
        return self.last == w.PUSH and self.server_ack >= int(self.events[-1].split()[2])

    def of_kind(self, kind: str) -> list[list[str]]:
        return [line.split() for line in self.events if line.split()[0] == kind]


@dataclass
class Tally:
    """All kills of a group: where they landed, what rounds reported, the writes acked."""

    kills: list[Kill] = field(default_factory=list)

    def phases(self) -> Counter[str]:
        return Counter(PHASES[k.last] for k in self.kills)

    def count(self, lasts: set[str]) -> int:
        return sum(1 for k in self.kills if k.last in lasts)

    def errors(self) -> list[tuple[int, str]]:
        return [(k.seed, " ".join(e[1:])) for k in self.kills for e in k.of_kind(w.ERROR)]

    def top_written(self) -> int:
        """The highest outbox seq a worker reported as committed."""
        return max((int(e[1]) for k in self.kills for e in k.of_kind(w.WROTE)), default=0)

    def requests(self) -> int:
        """Signed requests sent (the server allows a device 600 a minute)."""
        return sum(len(k.of_kind(w.PUSH)) + len(k.of_kind(w.PULL)) for k in self.kills)

    def report(self, group: int, held: int, seconds: float) -> str:
        places = ", ".join(f"{n} {phase}" for phase, n in self.phases().most_common())
        return (
            f"group {group}: {len(self.kills)} kills, {self.requests()} pushes and pulls"
            f" in {seconds:.1f} s;"
            f" {self.count(MID_ROUND)} mid-round, {self.count(MID_PUSH)} mid-push,"
            f" {sum(k.answer_lost for k in self.kills)} with a committed push unanswered;"
            f" landed: {places}; {len(self.errors())} failed rounds {self.errors()[:3]};"
            f" server holds {held} changes"
        )


@pytest.fixture(scope="module")
def launcher() -> Iterator[ClientLauncher]:
    handle = ClientLauncher()
    yield handle
    assert handle.close() == 0, "the launcher failed"


def watch(launcher: ClientLauncher, channel: EventChannel, pid: int, aim: Aim) -> Watched:
    """Follow the worker's events to the aimed one, wait the delay, kill; what it reported."""
    try:
        with channel.accept() as feed:
            try:
                # A failed round stops the wait too: the kill comes early, the error is checked.
                reached = feed.wait_for(aim.event, aim.nth, stop=w.ERROR)
            except TimeoutError:
                return Watched(None, [*feed.lines, "(stuck)"], launcher.kill(pid))
            if reached is None:  # it stopped by itself: let it finish writing why
                return Watched(None, feed.lines, launcher.wait(pid))
            time.sleep(aim.delay_s)  # the kill point: a random moment after the event
            code = launcher.kill(pid)
            return Watched(reached, feed.drain(), code)
    except TimeoutError:
        return Watched(None, ["(never connected)"], launcher.kill(pid))


def kill_once(launcher: ClientLauncher, channel: EventChannel, root: Path, seed: int) -> list[str]:
    """Start a worker, kill it where the seed aims; the events it managed to report."""
    aim = Aim.of(seed)
    log = root.parent / f"worker-{seed}.log"
    pid = launcher.start(root, channel.path, seed, log)
    try:
        watched = watch(launcher, channel, pid, aim)
    finally:
        launcher.kill(pid)  # reaps it when a step above failed first
    tail, failure = watched.events[-5:], log.read_text() if log.exists() else ""
    assert watched.reached, f"seed {seed}: the worker stopped before {aim}: {tail} {failure}"
    assert watched.code == -signal.SIGKILL, f"seed {seed}: exit {watched.code}: {failure}"
    return watched.events


def drain(store: Store) -> int:
    """Clean rounds until nothing is queued or sent (a bounded number); how many ran."""
    engine = SyncEngine(store)
    try:
        for number in range(1, MAX_CLEAN_ROUNDS + 1):
            try:
                engine.run_round()
            except SyncError as exc:
                raise AssertionError(f"clean round {number} failed: {exc}") from exc
            status = store.status()
            if status.queued == status.sent == 0:
                return number
    finally:
        engine.client.close()
    status = store.status()
    raise AssertionError(f"{status.queued} queued, {status.sent} sent after clean rounds")


def check_outbox_whole(store: Store, top_written: int) -> int:
    """Seqs are exactly 1..counter, and every write a worker reported is among them."""
    count, top = store.conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM outbox").fetchone()
    counter = w.outbox_top(store)
    assert count == top == counter, f"{count} outbox rows, max seq {top}, counter {counter}"
    assert counter >= top_written, f"outbox ends at {counter}; a worker wrote {top_written}"
    return counter


def check_rounds_clean(tally: Tally) -> None:
    """No round failed: above all, none was refused for the device itself (409 seq_fork:
    a seq sent again after a crash with other content). Loopback has no other excuse."""
    errors = tally.errors()
    cut = [(seed, error) for seed, error in errors if error.split()[2] in CUT_OFF]
    assert cut == [], f"the server cut the device off after a crash (seed, error): {cut[:5]}"
    assert errors == [], f"rounds failed (seed, error): {errors[:5]}"


def check_after(root: Path, server: ServerProcess, tally: Tally) -> tuple[int, int]:
    """Open, doctor, drain, then exactly once and the same ack; (changes held, rounds)."""
    store = Profile(root).unlock(PASSPHRASE, USER)
    try:
        failed = [c for c in doctor(store) if not c.ok]
        assert failed == [], failed
        top = check_outbox_whole(store, tally.top_written())
        rounds = drain(store)
        held = check_exactly_once(store, server)
        device = store.device()
        assert device is not None
        ack = device_ack(server, device.device_id)
        assert ack == top, f"the server acks {ack}, the outbox ends at {top}"
    finally:
        store.close()
    return held, rounds


def enrolled_store(root: Path, server: ServerProcess) -> str:
    """A new store enrolled for the МО, closed for the workers; its device id."""
    store = new_store(root, server)
    device = store.device()
    store.close()
    assert device is not None
    return device.device_id


@pytest.mark.parametrize("group", range(GROUPS))
def test_kill_9_of_the_client_delivers_exactly_once(
    server: ServerProcess, launcher: ClientLauncher, tmp_path: Path, group: int
) -> None:
    """One device; workers on its store one after another, each recording facts and running
    rounds until SIGKILL at a seeded moment: after an event it reported (round start, push
    sent, push answered, pull sent, ...) plus a random delay, so most kills land inside a
    round. Then the store opens and passes the doctor, clean rounds drain the queue, and
    every change committed locally is on the server exactly once (same content, same
    verdict), and nothing else is; the server's ack is the outbox's end."""
    started = time.monotonic()
    root = tmp_path / "client"
    device_id = enrolled_store(root, server)
    tally = Tally()
    channel = EventChannel(EVENT_TIMEOUT_S)
    try:
        for number in range(KILLS_PER_GROUP):
            seed = SEED_BASE + group * 1000 + number
            events = kill_once(launcher, channel, root, seed)
            tally.kills.append(Kill(seed, events, device_ack(server, device_id)))
    finally:
        channel.close()
    assert launcher.live() == [], "a worker outlived its kill"
    check_rounds_clean(tally)
    held, rounds = check_after(root, server, tally)
    assert tally.count(MID_ROUND) >= KILLS_PER_GROUP // 3, f"few kills mid-round: {tally.phases()}"
    assert tally.count(MID_PUSH) >= KILLS_PER_GROUP // 8, f"few kills mid-push: {tally.phases()}"
    print(tally.report(group, held, time.monotonic() - started), f"; drained in {rounds}")


def test_events_are_whole_lines() -> None:
    """A failed round stops the wait; a line the kill cut short (no newline) is no event."""
    left, right = socket.socketpair()
    with left, right:
        right.sendall(b"round\npush 1 4\nerror Offline - -\npull\nacked")
        right.close()
        feed = EventFeed(left, 1.0)
        assert feed.wait_for(w.PUSH, 2, stop=w.ERROR) == "error Offline - -"
        assert feed.wait_for(w.ACKED, 1, stop=w.ERROR) is None
        assert feed.drain() == ["round", "push 1 4", "error Offline - -", "pull"]
        feed.close()
