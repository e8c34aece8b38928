"""The demo profile tries issue 6 end to end: the Stavropol pack and two years of invented facts."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop.demo import DEMO_PASSPHRASE, DEMO_USER, ensure_demo, history_quarters
from desktop.demo_server import enrol_with_demo_server, start_demo_server, stop_all
from desktop.indicators import service
from desktop.indicators.local import load_pack
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.sync.engine import SyncEngine

MO = "DEMO-MO-01"


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    root = tmp_path_factory.mktemp("demo")
    store = ensure_demo(root).unlock(DEMO_PASSPHRASE, DEMO_USER)
    yield store
    store.close()


def reports(store: Store) -> list[QuarterlyReport]:
    quarters = history_quarters(datetime.now(UTC).date())
    return [service.open_report(store, MO, str(q)) for q in quarters]


def test_the_stavropol_pack_is_loaded(demo: Store) -> None:
    pack = load_pack(demo)
    assert (pack.id, len(pack.indicators)) == ("stavropol", 28)


def test_eight_quarters_move(demo: Store) -> None:
    eight = reports(demo)
    assert len(eight) == 8 and all(r.status == "new" and not r.problems for r in eight)
    posts_online = [r.row("2.4").value or 0 for r in eight]
    arm = [r.row("2.2").value or 0 for r in eight]
    assert posts_online[0] == 0 and posts_online[-1] == 2  # Берёзовка, then Луговой
    assert posts_online == sorted(posts_online)
    assert arm == sorted(arm) and arm[-1] > arm[0] > 0
    last = eight[-1]
    statuses = {r.status for r in last.rows}
    assert {"behind", "ahead"} <= statuses  # some rows short of the target, some past it
    sources = {e.unit: e.source for e in last.row("2.2").part.evidence}
    assert sources["DEMO-FAP-013"] == "inventory" and sources["DEMO-TVSP-011"] == "counts"
    assert {e.unit: e.source for e in eight[2].row("2.2").part.evidence}["DEMO-FP-014"] == (
        "carried"
    )


def test_the_earlier_sample_facts_are_kept(demo: Store) -> None:
    last = reports(demo)[-1]
    tvsp = next(e for e in last.row("2.2").part.evidence if e.unit == "DEMO-TVSP-011")
    assert tvsp.numerator == 24  # the sample's count for the last quarter
    latest = demo.conn.execute(
        "SELECT note FROM connection_observations WHERE unit = 'DEMO-FAP-012'"
        " ORDER BY observed_at DESC LIMIT 1"
    ).fetchone()
    assert latest[0] == "Модем 3G, связь пропадает вечером"


def test_a_synced_demo_agrees_with_its_server(tmp_path: Path) -> None:
    store = ensure_demo(tmp_path / "demo").unlock(DEMO_PASSPHRASE, DEMO_USER)
    try:
        before = [r.value for r in reports(store)[-1].rows]
        server = start_demo_server(tmp_path)
        enrol_with_demo_server(store, server)
        result = SyncEngine(store).run_round()
        assert result.rejected == 0 and store.status().queued == 0
        loaded = store.conn.execute(
            "SELECT count(*) FROM audit_log WHERE action = 'catalogs_loaded'"
            " AND details LIKE '%stavropol%'"
        ).fetchone()[0]
        assert loaded == 2  # the demo's own, then the server's at enrolment
        assert load_pack(store).id == "stavropol"
        assert [r.value for r in reports(store)[-1].rows] == before
    finally:
        store.close()
        stop_all()
