"""One sync round against a real server: push, per-change results, pull, failures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop.storage import Profile, Store
from desktop.storage.records import ArmCountsInput, ConnectionInput
from desktop.sync.engine import SyncEngine
from desktop.sync.errors import NotEnrolled, Offline, ServerRefused
from desktop.sync.rounds import BatchSize, Progress
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.server.harness import ServerProcess


def server_changes(server: ServerProcess) -> list[dict[str, object]]:
    result = server.admin("changes", "--json")
    assert result.returncode == 0, result.stderr
    rows: list[dict[str, object]] = json.loads(result.stdout)
    return rows


def test_enrolment_pulls_the_scope_registry(client_store: Store) -> None:
    codes = {u.code for u in client_store.units()}
    assert codes == {"DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014"}
    status = client_store.status()
    assert status.enrolled and status.last_sync is None


def test_round_pushes_everything_once(client_store: Store, server: ServerProcess) -> None:
    for quarter in ("2025Q1", "2025Q2", "2025Q3"):
        client_store.record_arm_counts(ArmCountsInput("DEMO-FAP-012", quarter, 4, 3, 2))
    steps: list[Progress] = []
    engine = SyncEngine(client_store)
    result = engine.run_round(progress=steps.append)
    assert result.pushed == 3 and result.rejected == 0
    assert steps and steps[0].phase == "push" and steps[-1].phase == "pull"
    assert client_store.status().synced == 3 and client_store.status().queued == 0
    assert engine.run_round().pushed == 0  # nothing left; nothing sent twice
    held = server_changes(server)
    assert sorted(int(str(r["seq"])) for r in held) == [1, 2, 3]
    assert client_store.status().last_sync is not None


def test_server_rejection_is_quarantined_with_reason(client_store: Store) -> None:
    client_store.record_arm_counts(ArmCountsInput("DEMO-FAP-013", "2025Q3", 5, 5, 5))
    # Bypass local validation: the server must not trust the client's checks.
    client_store.conn.execute(
        "UPDATE outbox SET payload = json_set(payload, '$.zspd', 9) WHERE seq = 1"
    )
    client_store.record_connection(ConnectionInput("DEMO-FAP-013", True, "mobile"))
    result = SyncEngine(client_store).run_round()
    assert (result.pushed, result.rejected) == (1, 1)
    quarantined = client_store.outbox("quarantined")
    assert len(quarantined) == 1 and "zspd (9) exceeds total (5)" in (quarantined[0].error or "")
    assert client_store.status().quarantined == 1


def test_edit_in_flight_is_not_marked_synced_by_the_old_answer(client_store: Store) -> None:
    client_store.record_arm_counts(ArmCountsInput("DEMO-FAP-012", "2025Q3", 4, 3, 2))
    batch = client_store.pending(64 * 1024, 100)
    client_store.mark_sent([c.seq for c in batch])
    client_store.record_arm_counts(ArmCountsInput("DEMO-FAP-012", "2025Q3", 5, 3, 2))
    client_store.apply_push_result(ack_seq=batch[-1].seq, rejected={})
    states = {e.seq: e.state for e in client_store.outbox()}
    assert states == {1: "synced", 2: "queued"}


def test_offline_keeps_the_queue(client_store: Store, server: ServerProcess) -> None:
    client_store.record_connection(ConnectionInput("DEMO-FP-014", False))
    server.kill()
    with pytest.raises(Offline):
        SyncEngine(client_store).run_round()
    assert client_store.status().queued == 1


def test_revoked_device_must_enrol_again(client_store: Store, server: ServerProcess) -> None:
    device = client_store.device()
    assert device is not None
    assert server.admin("revoke", device.device_id).returncode == 0
    client_store.record_connection(ConnectionInput("DEMO-FP-014", True, "satellite"))
    with pytest.raises(ServerRefused) as refused:
        SyncEngine(client_store).run_round()
    assert refused.value.needs_enrolment
    assert client_store.status().queued + client_store.status().sent == 1


def test_not_enrolled_is_a_typed_error(tmp_path: Path) -> None:
    store = Profile(tmp_path / "p").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    with pytest.raises(NotEnrolled):
        SyncEngine(store)
    store.close()


def test_batch_size_grows_and_shrinks() -> None:
    size = BatchSize(current=4096, floor=1024, ceiling=65536)
    size.succeeded(2.0)  # quick: doubles
    assert size.current == 8192
    size.succeeded(0.5)  # mostly round trip: four times
    assert size.current == 32768
    size.succeeded(0.5)
    size.succeeded(0.5)
    assert size.current == 65536  # never past the ceiling
    size.succeeded(9.0)  # slow: no growth
    assert size.current == 65536
    for _ in range(10):
        size.failed()
    assert size.current == 1024


def test_many_changes_go_in_several_batches(client_store: Store, server: ServerProcess) -> None:
    for i in range(300):
        client_store.record_connection(
            ConnectionInput("DEMO-TVSP-011", i % 2 == 0, None, note=f"проверка {i}")
        )
    engine = SyncEngine(client_store)
    steps: list[Progress] = []
    assert engine.run_round(progress=steps.append).pushed == 300
    assert len([s for s in steps if s.phase == "push"]) > 1
    held = server_changes(server)
    assert sorted(int(str(r["seq"])) for r in held) == list(range(1, 301))
