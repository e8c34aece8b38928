"""Fault-suite helpers: an enrolled store, typical writes, rounds through faults, the invariant."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.storage import Profile, Store
from desktop.storage.syncstate import PendingChange
from desktop.sync.client import Credentials, SyncClient
from desktop.sync.engine import SyncEngine
from desktop.sync.enrolment import enroll
from desktop.sync.errors import SyncError
from desktop.sync.push import to_change
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.faults.proxy import Fault
from tests.server.harness import ServerProcess
from tests.server.serverdb import stored_changes
from tests.storage.crash_writer import WRITES, load_world

SCOPE = "DEMO-MO-01"
FAULT_KINDS = (
    *("pass", "cut_up", "cut_up", "cut_down", "cut_down", "blackhole", "reset"),
    *("delay", "throttle", "replay", "duplicate"),
)
FAULTY_READ_TIMEOUT_S = 0.5  # black holes and slow links end in a timeout quickly


def new_store(root: Path, server: ServerProcess) -> Store:
    """A fresh encrypted store, enrolled for the МО straight with the server (no faults)."""
    store = Profile(root).create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code(SCOPE))
    return store


def write_some(store: Store, rng: random.Random, count: int) -> None:
    """Typical facts of every kind, as a post records them (edits of earlier ones included)."""
    world = load_world(store)
    for _ in range(count):
        rng.choice(WRITES)(store, rng, world)


def client_through(store: Store, url: str, read_timeout_s: float) -> SyncClient:
    device = store.device()
    assert device is not None
    key = Ed25519PrivateKey.from_private_bytes(device.private_key)
    return SyncClient(
        url, credentials=Credentials(device.device_id, key), read_timeout_s=read_timeout_s
    )


@contextmanager
def engine_through(store: Store, url: str, read_timeout_s: float) -> Iterator[SyncEngine]:
    client = client_through(store, url, read_timeout_s)
    try:
        yield SyncEngine(store, client)
    finally:
        client.close()


@dataclass
class Rounds:
    """How rounds through a fault schedule went."""

    ok: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)


def round_once(engine: SyncEngine, rounds: Rounds) -> bool:
    """One round as the watcher runs it: a failure is reported and left for the next round.
    Each round starts on a new connection, so the proxy's next fault applies to it."""
    try:
        engine.run_round()
    except SyncError as exc:
        rounds.failed += 1
        rounds.errors.append(type(exc).__name__ + ": " + str(exc)[:120])
        return False
    finally:
        engine.client.session.close()
    rounds.ok += 1
    return True


def random_fault(rng: random.Random) -> Fault:
    """One fault, its size drawn so cuts land in every request and answer of a round."""
    kind = rng.choice(FAULT_KINDS)
    amount = {
        "cut_up": rng.randint(0, 4000),
        "cut_down": rng.randint(0, 3000),
        "delay": rng.randint(20, 300),
        "throttle": rng.randint(2_000, 40_000),
    }.get(kind, 0)
    return Fault(kind, amount)  # type: ignore[arg-type]


def local_changes(store: Store) -> dict[int, tuple[str, str]]:
    """Every change committed locally: seq → (digest as the server computes it, state)."""
    rows = store.conn.execute(
        "SELECT seq, entity, entity_id, op, unit, payload, hlc, base_version, state FROM outbox"
    )
    found = {}
    for seq, entity, entity_id, op, unit, payload, hlc, base, state in rows:
        pending = PendingChange(seq, entity, entity_id, op, unit, json.loads(payload), 0, hlc, base)
        found[int(seq)] = (to_change(pending).digest(), str(state))
    return found


def check_exactly_once(store: Store, server: ServerProcess) -> int:
    """Every change committed locally is on the server exactly once, with the same content,
    and nothing else is; the client's states match the server's verdicts. Returns the count."""
    device = store.device()
    assert device is not None
    held = [row for row in stored_changes(server) if row["device_id"] == device.device_id]
    seqs = [int(row["seq"]) for row in held]
    assert len(seqs) == len(set(seqs)), "a change is stored twice"
    local = local_changes(store)
    assert set(seqs) == set(local), (
        f"server-only {sorted(set(seqs) - set(local))[:10]},"
        f" never delivered {sorted(set(local) - set(seqs))[:10]}"
    )
    for row in held:
        digest, state = local[int(row["seq"])]
        assert row["digest"] == digest, f"seq {row['seq']} differs from the local change"
        expected = "quarantined" if row["status"] == "rejected" else "synced"
        assert state == expected, f"seq {row['seq']}: server {row['status']}, client {state}"
    return len(held)
