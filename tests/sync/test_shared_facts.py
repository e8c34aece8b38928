"""Facts a ФАП records reach its МО officer's computer, so the quarterly form counts them."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from desktop.indicators import service
from desktop.storage import Profile, Store
from desktop.storage.records import ConnectionInput, DocumentInput
from desktop.storage.remote import SHARED_FACT_TABLES
from desktop.sync.engine import SyncEngine
from desktop.sync.enrolment import enroll
from desktop.sync.entities import SHARED_FACTS
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.server.harness import ServerProcess

ROOT = Path(__file__).resolve().parents[2]
FAP = "DEMO-FAP-012"


@pytest.fixture
def post_store(tmp_path: Path, server: ServerProcess) -> Iterator[Store]:
    """The ФАП's own computer, enrolled for that post only."""
    store = Profile(tmp_path / "post").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code(FAP))
    yield store
    store.close()


def _ids(store: Store, table: str) -> set[str]:
    return {r[0] for r in store.conn.execute(f"SELECT id FROM {table} WHERE unit = ?", (FAP,))}


def test_shared_fact_lists_agree() -> None:
    assert set(SHARED_FACTS) == set(SHARED_FACT_TABLES)


def test_post_facts_reach_the_officer_and_count_in_the_form(
    post_store: Store, client_store: Store
) -> None:
    officer = client_store
    officer.load_pack(json.loads((ROOT / "resources/region-packs/stavropol.json").read_text()))
    august = datetime(2025, 8, 1, tzinfo=UTC)
    seen = post_store.record_connection(
        ConnectionInput(FAP, True, "mobile", zspd=False, observed_at=august)
    )
    sent = post_store.record_document(
        DocumentInput(FAP, "eln", date(2025, 8, 2), 12, target_system="fss", signed=True)
    )
    SyncEngine(post_store).run_round()
    SyncEngine(officer).run_round()

    assert _ids(officer, "connection_observations") == {seen}
    assert _ids(officer, "documents") == {sent}
    report = service.open_report(officer, "DEMO-MO-01", "2025Q3")
    assert report.row("2.4").value == 1  # the post with Internet, from the post's own record
    assert report.row("2.6/fap").part.numerator == 1  # its sick-leave documents to the ФСС

    # Pulling again, or the post pulling its own facts back, adds nothing twice.
    SyncEngine(officer).run_round()
    SyncEngine(post_store).run_round()
    assert _ids(officer, "connection_observations") == {seen}
    assert _ids(post_store, "documents") == {sent}
