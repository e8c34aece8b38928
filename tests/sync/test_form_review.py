"""End to end: an МО submits its quarterly form, the region returns it, then accepts it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop.indicators import service
from desktop.indicators.local import load_pack
from desktop.storage import Store
from desktop.storage.errors import RecordLocked
from desktop.storage.records import ArmCountsInput, ConnectionInput
from desktop.sync import protocol as p
from desktop.sync.engine import SyncEngine
from server.review import LOCKED_REASON
from tests.server.harness import ROOT, ServerProcess
from tests.server.test_review import Officer, officer

MO = "DEMO-MO-01"
QUARTER = "2025Q3"
STAVROPOL = ROOT / "resources" / "region-packs" / "stavropol.json"
COMMENT = "Строка 2.4: проверьте ФАП х. Луговой — связь есть с августа"


def online(store: Store, unit: str, day: int) -> None:
    moment = datetime(2025, 8, day, 9, tzinfo=UTC)
    store.record_connection(ConnectionInput(unit, True, "mobile", zspd=False, observed_at=moment))


def region_rows(region: Officer) -> tuple[str | None, dict[str, p.SummaryRow]]:
    """The МО's form status and rows in the region's summary."""
    response = region.call("GET", f"{p.API_PREFIX}/region/summary?period={QUARTER}")
    assert response.status_code == 200, response.text
    found = p.RegionSummary.model_validate_json(response.content)
    mine = next(s for s in found.organisations if s.scope == MO)
    return mine.form_status, {row.key: row for row in mine.rows}


def synced(store: Store) -> None:
    result = SyncEngine(store).run_round()
    assert result.rejected == 0, store.outbox("quarantined")


def test_form_returned_resubmitted_and_accepted(client_store: Store, server: ServerProcess) -> None:
    imported = server.admin("import-pack", str(STAVROPOL))
    assert imported.returncode == 0, imported.stderr
    region = officer(server)
    synced(client_store)  # the pack comes down with the pull
    assert load_pack(client_store).id == "stavropol"

    online(client_store, "DEMO-FAP-012", 1)
    client_store.record_arm_counts(
        ArmCountsInput("DEMO-TVSP-011", QUARTER, 20, 18, 15, workers_need=25, workers_provided=20)
    )
    report = service.submit(client_store, service.open_report(client_store, MO, QUARTER))
    assert report.status == "submitted" and report.row("2.4").value == 1
    synced(client_store)

    status, rows = region_rows(region)
    assert status == "submitted"
    assert (rows["2.4"].numerator, rows["2.4"].denominator) == (1, 3)
    assert rows["2.4"].reported == 1
    assert rows["2.3/tvsp"].percent == pytest.approx(75.0)
    assert (rows["2.1"].value, rows["2.1"].percent) == (20, 80)  # workers provided of 25

    answer = region.review(MO, QUARTER, "returned", COMMENT)
    assert answer.status_code == 200, answer.text
    synced(client_store)
    form = client_store.form(MO, QUARTER)
    assert form is not None and (form.status, form.review_comment) == ("returned", COMMENT)
    assert form.reviewed_at == answer.json()["reviewed_at"]
    returned = service.open_report(client_store, MO, QUARTER)
    assert returned.status == "returned" and returned.editable

    online(client_store, "DEMO-FAP-013", 5)
    report = service.submit(client_store, service.open_report(client_store, MO, QUARTER))
    assert report.row("2.4").value == 2
    synced(client_store)
    status, rows = region_rows(region)
    assert status == "submitted" and rows["2.4"].numerator == rows["2.4"].reported == 2

    assert region.review(MO, QUARTER, "accepted").status_code == 200
    synced(client_store)
    accepted = service.open_report(client_store, MO, QUARTER)
    assert accepted.status == "accepted" and not accepted.editable
    with pytest.raises(RecordLocked):
        client_store.save_form(MO, QUARTER, {"2.4": 3.0})
    assert region_rows(region)[0] == "accepted"

    # A device that gets past its own lock (an old copy, a bug) is refused by the server,
    # that change alone, with the reason in words.
    client_store.conn.execute("UPDATE quarterly_forms SET status = 'draft'")
    client_store.save_form(MO, QUARTER, {"2.4": 3.0})
    online(client_store, "DEMO-FP-014", 20)
    result = SyncEngine(client_store).run_round()
    assert (result.pushed, result.rejected) == (1, 1)
    quarantined = client_store.outbox("quarantined")
    assert [(q.entity, q.error) for q in quarantined] == [("quarterly_forms", LOCKED_REASON)]
    view = region.form(MO, QUARTER)
    assert view["status"] == "accepted" and view["values"]["2.4"] == 2
