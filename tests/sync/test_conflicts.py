"""Two devices edit one record offline: merged per field by clock, the losing value logged."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from desktop.storage import Profile, Store
from desktop.storage.records import ArmCountsInput
from desktop.storage.remote import MUTABLE_TABLES
from desktop.sync import protocol as p
from desktop.sync.engine import SyncEngine
from desktop.sync.enrolment import enroll
from server.db import conflicts, records
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.server.harness import ServerProcess, server_db

FAP, QUARTER = "DEMO-FAP-012", "2025Q3"


@pytest.fixture
def second_store(tmp_path: Path, server: ServerProcess) -> Iterator[Store]:
    """The МО's officer, on another computer, enrolled for the same МО."""
    store = Profile(tmp_path / "officer").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code("DEMO-MO-01"))
    yield store
    store.close()


def counts(store: Store, **changed: Any) -> str:
    base: dict[str, Any] = {"total": 10, "mis": 5, "zspd": 2, "note": "первичный ввод"}
    row = local_row(store)
    if row is not None:
        base.update({k: row[k] for k in base})
    base.update(changed)
    return store.record_arm_counts(ArmCountsInput(FAP, QUARTER, **base))


def local_row(store: Store) -> dict[str, Any] | None:
    cursor = store.conn.execute(
        "SELECT * FROM arm_counts WHERE unit = ? AND quarter = ?", (FAP, QUARTER)
    )
    found = cursor.fetchone()
    return dict(zip([d[0] for d in cursor.description], found, strict=True)) if found else None


def last_clock(store: Store) -> tuple[str, str]:
    """The clock of the device's latest change, with its device id (the tie-breaker)."""
    device = store.device()
    assert device is not None
    hlc = store.conn.execute("SELECT hlc FROM outbox ORDER BY seq DESC LIMIT 1").fetchone()[0]
    return str(hlc), device.device_id


def sync(*stores: Store) -> None:
    for store in stores:
        SyncEngine(store).run_round()


def fields(row: dict[str, Any] | None) -> tuple[Any, ...]:
    assert row is not None
    return (row["total"], row["mis"], row["zspd"], row["note"])


def test_same_record_edited_on_two_devices(
    client_store: Store, second_store: Store, server: ServerProcess
) -> None:
    post, officer = client_store, second_store
    record_id = counts(post)
    sync(post, officer)
    assert fields(local_row(officer)) == (10, 5, 2, "первичный ввод")

    # Both offline: the post corrects the total and adds a note; the officer corrects the
    # total and the МИС count.
    counts(post, total=12, note="проверено")
    post_clock = last_clock(post)
    counts(officer, total=14, mis=6)
    officer_clock = last_clock(officer)
    sync(post, officer, post, officer)

    winner, loser = (
        (14, 12) if officer_clock > post_clock else (12, 14)
    )  # the later (clock, device)
    lost_device = post_clock[1] if officer_clock > post_clock else officer_clock[1]
    expected = (winner, 6, 2, "проверено")
    assert fields(local_row(post)) == expected
    assert fields(local_row(officer)) == expected
    with server_db(server) as conn:
        data = conn.scalar(select(records.c.data).where(records.c.entity_id == record_id))
        held = conn.execute(select(conflicts)).mappings().all()
    assert fields(json.loads(str(data))) == expected
    assert [(c["field"], c["kept_value"], c["lost_value"]) for c in held] == [
        ("total", str(winner), str(loser))
    ]
    for store in (post, officer):
        logged = store.conflicts()
        assert [(c.field, c.kept_value, c.lost_value, c.lost_device) for c in logged] == [
            ("total", str(winner), str(loser), lost_device)
        ]
    # Settled: another round on each side changes nothing and logs nothing new.
    sync(post, officer)
    assert fields(local_row(post)) == fields(local_row(officer)) == expected
    assert len(post.conflicts()) == len(officer.conflicts()) == 1


def test_later_edit_after_seeing_the_other_is_no_conflict(
    client_store: Store, second_store: Store
) -> None:
    post, officer = client_store, second_store
    counts(post)
    sync(post, officer)
    counts(officer, total=20)
    sync(officer, post)
    assert fields(local_row(post))[0] == 20
    counts(post, total=21)  # made after seeing 20: ordered after it, whatever the clocks say
    sync(post, officer)
    assert fields(local_row(officer))[0] == 21
    assert post.conflicts() == [] and officer.conflicts() == []


def test_mutable_entity_lists_agree() -> None:
    assert set(p.MUTABLE_ENTITIES) == set(MUTABLE_TABLES)
