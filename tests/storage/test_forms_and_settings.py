"""Quarterly forms, store settings and derived reads (status card, inventory totals)."""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop.storage import Profile, RecordLocked, Store, UnknownUser, ValidationFailed
from desktop.storage.records import ArmCountsInput, ConnectionInput, WorkstationInput
from desktop.storage.settings import StoreSettings
from tests.conftest import FAST_KDF, USER


def outbox_count(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0])


def test_form_draft_submit_and_review(store: Store) -> None:
    form_id = store.save_form(
        "DEMO-MO-01", "2025Q3", {"2.2": 12.0, "2.3": None}, {"2.2": "Два АРМ списаны после пожара"}
    )
    form = store.form("DEMO-MO-01", "2025Q3")
    assert form is not None and form.id == form_id and form.status == "draft"
    assert form.overrides == {"2.2": "Два АРМ списаны после пожара"}
    store.save_form("DEMO-MO-01", "2025Q3", {"2.2": 13.0})
    assert store.conn.execute("SELECT count(*) FROM quarterly_forms").fetchone()[0] == 1
    store.submit_form("DEMO-MO-01", "2025Q3")
    with pytest.raises(RecordLocked):
        store.save_form("DEMO-MO-01", "2025Q3", {"2.2": 1.0})
    store.apply_form_review(
        "DEMO-MO-01", "2025Q3", "returned", "Уточните 2.2", "2025-10-05T08:00:00.000Z"
    )
    returned = store.form("DEMO-MO-01", "2025Q3")
    assert returned is not None and returned.review_comment == "Уточните 2.2"
    store.save_form("DEMO-MO-01", "2025Q3", {"2.2": 11.0})  # editable again after a return
    store.submit_form("DEMO-MO-01", "2025Q3")
    store.apply_form_review("DEMO-MO-01", "2025Q3", "accepted", None, "2025-10-06T08:00:00.000Z")
    accepted = store.form("DEMO-MO-01", "2025Q3")
    assert accepted is not None and accepted.locked
    with pytest.raises(RecordLocked):
        store.submit_form("DEMO-MO-01", "2025Q3")
    actions = [h.action for h in store.history("DEMO-MO-01")]
    assert actions[:2] == ["form_accepted", "form_submitted"] and "form_returned" in actions


def test_form_override_needs_reason_and_org_must_be_mo(store: Store) -> None:
    before = outbox_count(store)
    with pytest.raises(ValidationFailed) as caught:
        store.save_form("DEMO-MO-01", "2025Q3", {"2.2": 5.0}, {"2.2": "  "})
    assert [e.code for e in caught.value.errors] == ["reason_required"]
    with pytest.raises(ValidationFailed) as caught:
        store.save_form("DEMO-FAP-012", "2025Q3", {"2.2": -1.0})
    assert {e.code for e in caught.value.errors} == {"not_an_mo", "out_of_range"}
    assert outbox_count(store) == before


def test_settings_round_trip_and_validation(store: Store) -> None:
    assert store.settings() == StoreSettings()
    store.save_settings(store.settings().with_text("server_url", "https://miac.example"))
    store.save_settings(store.settings().with_text("monitor_interval_s", "30"))
    assert store.settings().server_url == "https://miac.example"
    assert store.settings().monitor_interval_s == 30
    with pytest.raises(ValidationFailed):
        store.save_settings(store.settings().with_text("monitor_interval_s", "1"))
    with pytest.raises(ValidationFailed):
        store.settings().with_text("monitor_interval_s", "часто")
    with pytest.raises(ValidationFailed):
        store.settings().with_text("no_such", "1")


def test_current_connection_is_the_latest_observation(store: Store) -> None:
    now = datetime.now(UTC)
    store.record_connection(
        ConnectionInput("DEMO-FAP-012", True, "mobile", observed_at=now - timedelta(hours=1))
    )
    store.record_connection(
        ConnectionInput("DEMO-FAP-012", False, observed_at=now - timedelta(hours=3))
    )
    current = store.current_connection("DEMO-FAP-012")
    assert current is not None and current["internet"] == 1 and current["channel"] == "mobile"
    assert store.current_connection("DEMO-FAP-013") is None


def test_arm_totals_prefer_counts_else_inventory(store: Store) -> None:
    unit = "DEMO-FAP-013"
    store.save_workstation(
        WorkstationInput(
            unit, "INV-1", True, True, certificate="А-1", in_service_on=date(2024, 1, 10)
        )
    )
    store.save_workstation(
        WorkstationInput(unit, "INV-2", True, False, in_service_on=date(2024, 2, 1))
    )
    store.save_workstation(
        WorkstationInput(
            unit,
            "INV-3",
            False,
            False,
            in_service_on=date(2024, 2, 1),
            retired_on=date(2024, 3, 15),
        )
    )
    totals = store.arm_totals(unit, "2024Q1")
    assert totals is not None and totals.source == "inventory"
    assert (totals.total, totals.mis, totals.zspd, totals.certified) == (2, 2, 1, 1)
    assert store.arm_totals(unit, "2023Q4") is None
    store.record_arm_counts(ArmCountsInput(unit, "2024Q1", total=5, mis=4, zspd=3))
    counted = store.arm_totals(unit, "2024Q1")
    assert counted is not None and (counted.source, counted.total) == ("counts", 5)


def test_history_pages_by_keyset(store: Store) -> None:
    for hours in range(5):
        store.record_connection(
            ConnectionInput(
                "DEMO-FP-023",
                hours % 2 == 0,
                observed_at=datetime.now(UTC) - timedelta(hours=hours),
            )
        )
    first = store.history("DEMO-FP-023", limit=3)
    rest = store.history("DEMO-FP-023", limit=3, before_seq=first[-1].seq)
    seqs = [h.seq for h in first + rest]
    assert len(seqs) == 5 and seqs == sorted(seqs, reverse=True)
    assert store.history_count("DEMO-FP-023") == 5


def test_passphrase_is_unicode_normalised(profile: Profile) -> None:
    composed = "пароль йод ёж 123"  # NFC: й and ё as single code points
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    profile.create("nfc", composed, kdf=FAST_KDF).store.close()
    profile.unlock(decomposed).close()


def test_set_passphrase_refuses_unknown_user(store: Store) -> None:
    with pytest.raises(UnknownUser):
        store.set_passphrase("nobody", "длинный пароль")
    assert store.users() == [USER]
