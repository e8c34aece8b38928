"""A store written by the first schema opens with today's code: migrated, readable, writable.

The fixture comes from tests/fixtures/make_store_v1.py and is only ever used as a copy.
"""

from __future__ import annotations

import hashlib
import shutil
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.storage import Profile, Store, StoreTooNew, schema
from desktop.storage.journal import verify_audit_chain
from desktop.storage.maintenance import doctor
from desktop.storage.records import ConnectionInput
from tests.storage.helpers import snapshot

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "store-v1"
PASSPHRASE = "fixture-passphrase-v1"
# Printed by make_store_v1.py when it wrote the fixture.
RECOVERY_KEY = "5UJO-PWHF-CJ6K-DXAL-5QZK-GRVB-H6Y7-FFOI"
UNIT = "DEMO-FAP-012"
NOTE = "Запись первой версии схемы"
SCAN = b"%PDF-1.4\n% store-v1 fixture scan\n" + bytes(range(256))


def fixture_hashes() -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in FIXTURE.iterdir()}


@pytest.fixture
def old_profile(tmp_path: Path) -> Iterator[Profile]:
    before = fixture_hashes()
    assert sorted(before) == ["keys.json", "store.db"], "the fixture holds exactly two files"
    copy = tmp_path / "store-v1"
    shutil.copytree(FIXTURE, copy)
    yield Profile(copy)
    assert fixture_hashes() == before, "the committed fixture must never change"


def test_fixture_is_small_and_of_the_first_schema() -> None:
    assert sum(p.stat().st_size for p in FIXTURE.iterdir()) < 400 * 1024
    assert schema.known_names()[0] == "0001_initial"


def test_old_store_is_migrated_and_readable(old_profile: Profile) -> None:
    with old_profile.unlock(PASSPHRASE) as store:
        assert schema.applied_names(store.db) == schema.known_names()
        check_old_records(store)
        assert [c for c in doctor(store) if not c.ok] == []


def check_old_records(store: Store) -> None:
    assert store.meta("format") == "svodka-store"
    assert len(store.units()) == 12
    connections = store.facts("connection_observations", UNIT)
    assert len(connections) == 2
    first = next(c for c in connections if c["note"] == NOTE)
    assert (first["channel"], first["bandwidth_kbps"], first["provider"]) == (
        "adsl",
        4096,
        "Ростелеком",
    )
    latest = store.current_connection(UNIT)
    assert latest is not None and latest["internet"] == 0
    (outage,) = store.facts("outages", UNIT)
    assert outage["cause"] == "Обрыв кабеля" and outage["ended_at"] is not None
    totals = store.arm_totals(UNIT, "2024Q4")
    assert totals is not None and (totals.total, totals.mis, totals.source) == (5, 4, "counts")
    (workstation,) = store.facts("workstations", UNIT)
    assert workstation["inventory_no"] == "ИНВ-0001"
    (document,) = store.facts("documents", UNIT)
    assert (document["doc_class"], document["count"]) == ("semd", 12)
    (act,) = store.facts("acts", UNIT)
    assert store.attachment(act["attachment_id"]).content == SCAN
    (subsystem,) = store.facts("subsystem_connections", UNIT)
    assert (subsystem["stage"], subsystem["act_id"]) == ("production", act["id"])
    form = store.form("DEMO-MO-01", "2024Q4")
    assert form is not None and form.status == "submitted"
    assert form.overrides == {"2.2": "Пересчитано по инвентарю"}
    assert store.settings().server_url == "https://miac.example"
    assert store.status().queued == 12  # every write of make_store_v1.fill()
    assert verify_audit_chain(store.conn) is None


def test_old_store_takes_new_writes(old_profile: Profile) -> None:
    with old_profile.unlock(PASSPHRASE) as store:
        before = store.status().queued
        store.record_connection(
            ConnectionInput(
                UNIT, True, "fibre", note="после миграции", observed_at=datetime.now(UTC)
            )
        )
        assert store.status().queued == before + 1
    with old_profile.unlock(PASSPHRASE) as store:  # and a second open migrates nothing
        assert schema.migrate(store.db, old_profile.db_path) == []
        latest = store.current_connection(UNIT)
        assert latest is not None and latest["note"] == "после миграции"
        assert NOTE in {c["note"] for c in store.facts("connection_observations", UNIT)}
        assert all(c.ok for c in doctor(store))


def test_old_store_opens_with_its_recovery_key(old_profile: Profile) -> None:
    with old_profile.unlock_with_recovery(RECOVERY_KEY) as store:
        assert store.actor == "recovery"
        assert store.facts("acts", UNIT)[0]["number"] == "А-001"


@contextmanager
def later_migration(name: str, run: Callable[[Any], None]) -> Iterator[None]:
    """Register one more migration for the duration of a test, as a later release would."""
    schema.migrations(name=name)(run)
    try:
        yield
    finally:
        schema.migrations._migrations[:] = [
            m for m in schema.migrations._migrations if m.name != name
        ]


def _add_column(db: Any) -> None:
    db.execute("ALTER TABLE units ADD COLUMN phone TEXT")


def _fail_halfway(db: Any) -> None:
    _add_column(db)
    raise RuntimeError("migration bug")


def columns(store: Store, table: str) -> list[str]:
    return [r[1] for r in store.conn.execute(f"PRAGMA table_info({table})")]


def test_a_later_migration_is_applied_once_and_then_required(old_profile: Profile) -> None:
    with later_migration("9001_units_phone", _add_column):
        with old_profile.unlock(PASSPHRASE) as store:
            assert schema.applied_names(store.db)[-1] == "9001_units_phone"
            assert "phone" in columns(store, "units")
            check_old_records(store)
        with old_profile.unlock(PASSPHRASE) as store:  # not applied twice
            assert schema.applied_names(store.db).count("9001_units_phone") == 1
    # Back on code that does not know the migration: refused, and nothing touched.
    before = snapshot(old_profile.root)
    with pytest.raises(StoreTooNew) as caught:
        old_profile.unlock(PASSPHRASE)
    assert "9001_units_phone" in caught.value.found
    assert snapshot(old_profile.root) == before


def test_a_failing_migration_leaves_the_old_schema(old_profile: Profile) -> None:
    with later_migration("9002_broken", _fail_halfway), pytest.raises(RuntimeError):
        old_profile.unlock(PASSPHRASE)
    with old_profile.unlock(PASSPHRASE) as store:  # the lock was released
        assert schema.applied_names(store.db) == schema.known_names()
        assert "phone" not in columns(store, "units")
        check_old_records(store)
