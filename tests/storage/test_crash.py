"""kill -9 a writer at random points: nothing acknowledged is lost, the journal stays whole."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pytest

from desktop.storage import Profile, Store, StoreInUse
from desktop.storage.journal import verify_audit_chain
from desktop.storage.maintenance import doctor
from desktop.storage.queries import FACT_TABLES
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.storage import crash_writer

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 4
KILLS_PER_ROUND = 25  # ROUNDS × KILLS_PER_ROUND = 100 kill points per run
SEED_BASE = 9_000
MAX_DELAY_S = 0.040
# Every few kills wait for one ack first, so each round surely writes on any machine.
WAIT_FOR_ACK_EVERY = 5
WATCHDOG_S = 60.0
JOURNALLED = (*FACT_TABLES, "quarterly_forms")


@dataclass(frozen=True)
class Ack:
    """One write the writer reported as committed."""

    seq: int
    entity: str
    entity_id: str


@dataclass
class AckLog:
    """Every ack of one store's life, and the highest seq it held before the current writer."""

    acks: list[Ack] = field(default_factory=list)
    floor: int = 0

    def add(self, new: list[Ack]) -> None:
        seqs = [a.seq for a in new]
        assert seqs == sorted(set(seqs)), f"seqs of one writer must rise: {seqs}"
        assert not seqs or seqs[0] > self.floor, f"seq {seqs[0]} reused (had {self.floor})"
        assert not {a.seq for a in self.acks} & set(seqs), "an outbox seq was handed out twice"
        self.acks.extend(new)


def parse_ack(line: str) -> Ack | None:
    """An ack counts only as a whole line: the writer may die in the middle of printing."""
    if not line.endswith("\n") or not line.startswith(crash_writer.ACK + " "):
        return None
    _, seq, entity, entity_id = line.split()
    return Ack(int(seq), entity, entity_id)


def make_store(profile: Profile) -> None:
    created = profile.create(USER, PASSPHRASE, kdf=FAST_KDF)
    created.store.load_demo_registry()
    created.store.close()


def start_writer(profile: Profile, seed: int) -> subprocess.Popen[str]:
    cmd = [sys.executable, "-m", crash_writer.__name__, str(profile.root), USER, str(seed)]
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])),
    }
    proc = subprocess.Popen(
        cmd,
        cwd=ROOT,
        env=env,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdin is not None
    proc.stdin.write(PASSPHRASE + "\n")
    proc.stdin.close()
    return proc


def read_line(stream: IO[str] | None) -> str:
    assert stream is not None
    return stream.readline()


def kill_writer(profile: Profile, seed: int, rng: random.Random, wait_for_ack: bool) -> list[Ack]:
    """Run one writer, SIGKILL it at a random moment after it is ready; return its acks."""
    with start_writer(profile, seed) as proc:
        watchdog = threading.Timer(WATCHDOG_S, proc.kill)
        watchdog.start()
        try:
            lines = [read_line(proc.stdout)]
            assert lines[0] == crash_writer.READY + "\n", proc_failure(proc)
            with pytest.raises(StoreInUse):  # the live writer holds the profile lock
                profile.unlock(PASSPHRASE, USER)
            if wait_for_ack:
                lines.append(read_line(proc.stdout))
            time.sleep(rng.uniform(0, MAX_DELAY_S))
            proc.kill()
            lines += read_rest(proc)
        finally:
            watchdog.cancel()
            proc.kill()  # a no-op unless a check above failed while it still ran
        assert proc.returncode == -signal.SIGKILL, proc_failure(proc)
    return [a for a in map(parse_ack, lines) if a is not None]


def read_rest(proc: subprocess.Popen[str]) -> list[str]:
    assert proc.stdout is not None
    rest = proc.stdout.read().splitlines(keepends=True)
    proc.wait()
    return rest


def proc_failure(proc: subprocess.Popen[str]) -> str:
    proc.kill()
    proc.wait()
    assert proc.stderr is not None
    return f"writer exited with {proc.returncode}: {proc.stderr.read()}"


def scalar(store: Store, sql: str, args: Sequence[object] = ()) -> Any:
    return store.conn.execute(sql, args).fetchone()[0]


def check_acks_kept(store: Store, acks: list[Ack]) -> None:
    for ack in acks:
        row = store.conn.execute(
            "SELECT entity, entity_id FROM outbox WHERE seq = ?", (ack.seq,)
        ).fetchone()
        assert row is not None and tuple(row) == (ack.entity, ack.entity_id), f"lost {ack}"


def check_outbox_contiguous(store: Store) -> int:
    """Seqs are exactly 1..counter: none skipped by a torn commit, none reused."""
    count, top = store.conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM outbox").fetchone()
    counter = scalar(store, "SELECT value FROM counters WHERE name = 'outbox'")
    assert count == top == counter, f"{count} outbox rows, max seq {top}, counter {counter}"
    return int(counter)


def check_rows_journalled(store: Store) -> None:
    """Every domain row has an outbox change and an audit entry referring to it."""
    for table in JOURNALLED:
        for journal in ("outbox", "audit_log"):
            missing = scalar(
                store,
                f"SELECT count(*) FROM {table} t WHERE NOT EXISTS (SELECT 1"
                f" FROM {journal} j WHERE j.entity = ? AND j.entity_id = t.id)",
                (table,),
            )
            assert missing == 0, f"{missing} {table} rows without a {journal} entry"


def check_changes_have_rows(store: Store) -> None:
    """Every outbox change has its domain row and exactly one audit entry."""
    entities = {r[0] for r in store.conn.execute("SELECT DISTINCT entity FROM outbox")}
    assert entities <= set(JOURNALLED), entities
    for table in entities:
        orphans = scalar(
            store,
            "SELECT count(*) FROM outbox o WHERE o.entity = ? AND NOT EXISTS"
            f" (SELECT 1 FROM {table} t WHERE t.id = o.entity_id)",
            (table,),
        )
        assert orphans == 0, f"{orphans} {table} changes without their row"
    wrong = store.conn.execute(
        "SELECT o.seq, count(a.seq) FROM outbox o LEFT JOIN audit_log a ON a.outbox_seq = o.seq"
        " AND a.entity = o.entity AND a.entity_id = o.entity_id"
        " GROUP BY o.seq HAVING count(a.seq) != 1"
    ).fetchall()
    assert wrong == [], f"(outbox seq, audit entries) not one to one: {wrong[:5]}"
    stray = scalar(
        store,
        "SELECT count(*) FROM audit_log a WHERE a.outbox_seq IS NOT NULL"
        " AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.seq = a.outbox_seq)",
    )
    assert stray == 0, f"{stray} audit entries point at missing outbox changes"


def check_latest_payload_is_row(store: Store) -> None:
    """Replaying each row's queued changes in order (an insert, then the fields each update
    changed) gives exactly what the row holds."""
    for table in JOURNALLED:
        cursor = store.conn.execute(f"SELECT * FROM {table}")
        names = [d[0] for d in cursor.description]
        rows = {r[0]: dict(zip(names, r, strict=True)) for r in cursor}
        assert names[0] == "id"
        replayed: dict[str, dict[str, object]] = {}
        for entity_id, payload in store.conn.execute(
            "SELECT entity_id, payload FROM outbox WHERE entity = ? ORDER BY seq", (table,)
        ):
            replayed.setdefault(entity_id, {}).update(json.loads(payload))
        for row_id, row in rows.items():
            assert replayed[row_id] == row, f"{table} {row_id} differs from outbox"


def check_attachments_whole(store: Store) -> None:
    """A scan and its act commit together: no act without its scan, no scan without its act."""
    bare = scalar(store, "SELECT count(*) FROM acts WHERE attachment_id IS NULL")
    orphans = scalar(
        store,
        "SELECT count(*) FROM attachments t WHERE"
        " (SELECT count(*) FROM acts a WHERE a.attachment_id = t.id) != 1",
    )
    assert (bare, orphans) == (0, 0), f"{bare} acts without scan, {orphans} stray scans"


def check_reopened(profile: Profile, log: AckLog) -> int:
    """Unlock again (the killed writer's lock must be gone), check everything; return max seq."""
    store = profile.unlock(PASSPHRASE, USER)
    try:
        check_acks_kept(store, log.acks)
        top = check_outbox_contiguous(store)
        check_rows_journalled(store)
        check_changes_have_rows(store)
        check_latest_payload_is_row(store)
        check_attachments_whole(store)
        assert verify_audit_chain(store.conn) is None
        failed = [c for c in doctor(store) if not c.ok]
        assert failed == [], failed
    finally:
        store.close()
    return top


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("round_no", range(ROUNDS))
def test_kill_9_loses_nothing_acknowledged(profile: Profile, round_no: int) -> None:
    make_store(profile)
    log = AckLog()
    for kill in range(KILLS_PER_ROUND):
        seed = SEED_BASE + round_no * KILLS_PER_ROUND + kill
        wait = kill % WAIT_FOR_ACK_EVERY == WAIT_FOR_ACK_EVERY - 1
        log.add(kill_writer(profile, seed, random.Random(seed), wait))
        log.floor = check_reopened(profile, log)
    assert len(log.acks) >= KILLS_PER_ROUND // WAIT_FOR_ACK_EVERY
