"""Client crash worker: open the store, record facts and run rounds, report each step."""

from __future__ import annotations

import random
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.storage import Profile, Store
from desktop.sync import protocol as p
from desktop.sync.client import Credentials, SyncClient
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import ServerRefused, SyncError
from tests.conftest import PASSPHRASE, USER
from tests.faults.harness import write_some

# Events, one line each, in the order a worker's life emits them.
START = "start"  # connected to the test; the store is being unlocked
READY = "ready"  # the store is open: facts are being recorded
WROTE = "wrote"  # facts committed: "wrote TOP" with the outbox counter after them
ROUND = "round"  # a round began (the clock request is in flight)
PUSH = "push"  # a push request is about to go: "push FIRST LAST" (seqs)
ACKED = "acked"  # its answer came: "acked ACK"; the round now applies it
PULL = "pull"  # a pull request is about to go
PULLED = "pulled"  # its page came; the round applies it and ends
DONE = "done"  # the round returned: facts are being recorded again
ERROR = "error"  # the round raised: "error TYPE STATUS CODE" ("-" when not an HTTP refusal)
MAX_SECONDS = 30.0  # the test kills us within a second; this only ends a worker left behind
MAX_FACTS = 5

Emit = Callable[[str], None]


@dataclass
class TracingClient(SyncClient):
    """A SyncClient that tells the test when each push and pull goes out and comes back."""

    trace: Emit = field(kw_only=True)

    def push(self, request: p.PushRequest) -> p.PushResponse:
        self.trace(f"{PUSH} {request.changes[0].seq} {request.changes[-1].seq}")
        answer = super().push(request)
        self.trace(f"{ACKED} {answer.ack_seq}")
        return answer

    def pull(self, cursor: int, limit: int) -> p.PullResponse:
        self.trace(PULL)
        page = super().pull(cursor, limit)
        self.trace(PULLED)
        return page


def tracing_client(store: Store, emit: Emit) -> TracingClient:
    """The client ``SyncEngine(store)`` would make (same server, CA and key), traced."""
    device = store.device()
    assert device is not None, "the store is not enrolled"
    key = Ed25519PrivateKey.from_private_bytes(device.private_key)
    return TracingClient(
        device.server_url,
        ca_file=store.settings().ca_file or None,
        credentials=Credentials(device.device_id, key),
        trace=emit,
    )


def emitter(channel: socket.socket) -> Emit:
    """Each event is one whole line in one send: a kill leaves whole lines or none."""

    def emit(line: str) -> None:
        channel.sendall((line + "\n").encode())

    return emit


def describe(exc: SyncError) -> str:
    if isinstance(exc, ServerRefused):
        return f"{ERROR} {type(exc).__name__} {exc.status} {exc.code}"
    return f"{ERROR} {type(exc).__name__} - -"


def outbox_top(store: Store) -> int:
    return int(store.conn.execute("SELECT value FROM counters WHERE name = 'outbox'").fetchone()[0])


def one_round(engine: SyncEngine, emit: Emit) -> None:
    """A round as the watcher runs it: a failure is reported and left for the next one."""
    emit(ROUND)
    try:
        engine.run_round()
    except SyncError as exc:
        emit(describe(exc))
    else:
        emit(DONE)


def work(store: Store, rng: random.Random, emit: Emit) -> None:
    """Record 1–5 facts, run a round, again, until killed (or the deadline passes)."""
    engine = SyncEngine(store, tracing_client(store, emit))
    emit(READY)
    deadline = time.monotonic() + MAX_SECONDS
    while time.monotonic() < deadline:
        write_some(store, rng, rng.randint(1, MAX_FACTS))
        emit(f"{WROTE} {outbox_top(store)}")
        one_round(engine, emit)


def run(root: Path, channel_path: str, seed: int) -> None:
    """The worker's whole life; returns only if nobody killed it in time."""
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as channel:
        channel.connect(channel_path)
        emit = emitter(channel)
        emit(START)
        store = Profile(root).unlock(PASSPHRASE, USER)
        try:
            work(store, random.Random(seed), emit)
        finally:
            store.close()
