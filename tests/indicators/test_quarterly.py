"""The quarterly form service on a real encrypted store: prefill, overrides, checks, submission."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest

from desktop.indicators import service
from desktop.indicators.local import NoPack
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.storage.errors import RecordLocked, ValidationFailed
from desktop.storage.journal import canonical_json
from desktop.storage.records import (
    ArmCountsInput,
    ConnectionInput,
    DocumentInput,
    SubsystemInput,
)

PACK = Path(__file__).resolve().parents[2] / "resources" / "region-packs" / "stavropol.json"
MO, QUARTER = "DEMO-MO-01", "2025Q3"
COMMENT = "Проверьте 2.4: ФП пос. Ключи на связи с сентября"


def at(day: str) -> datetime:
    return datetime.fromisoformat(day).replace(tzinfo=UTC)


@pytest.fixture
def facts_store(store: Store) -> Store:
    """The demo registry and the Stavropol pack, with Q3 2025 facts of the demo МО."""
    store.load_pack(json.loads(PACK.read_text(encoding="utf-8")))
    for unit, internet, zspd, day in (
        ("DEMO-TVSP-011", True, True, "2025-07-20"),
        ("DEMO-FAP-012", True, False, "2025-08-01"),
        ("DEMO-FAP-013", True, None, "2025-09-10"),
        ("DEMO-FP-014", False, None, "2025-07-05"),
    ):
        store.record_connection(ConnectionInput(unit, internet, zspd=zspd, observed_at=at(day)))
    store.record_arm_counts(
        ArmCountsInput("DEMO-TVSP-011", QUARTER, 20, 18, 15, workers_need=25, workers_provided=20)
    )
    store.record_arm_counts(
        ArmCountsInput("DEMO-FAP-012", QUARTER, 2, 1, 0, workers_need=3, workers_provided=2)
    )
    store.record_document(
        DocumentInput("DEMO-TVSP-011", "semd", date(2025, 8, 15), 40, target_system="remd")
    )
    store.set_subsystem(SubsystemInput(MO, "remd", "production", since=date(2024, 1, 1)))
    return store


def values(report: QuarterlyReport, *keys: str) -> list[Any]:
    return [report.row(k).value for k in keys]


def last_audit(store: Store, action: str) -> dict[str, Any]:
    row = store.conn.execute(
        "SELECT details FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1", (action,)
    ).fetchone()
    assert row is not None, action
    details: dict[str, Any] = json.loads(row[0])
    return details


def test_no_pack_no_form(store: Store) -> None:
    with pytest.raises(NoPack):
        service.open_report(store, MO, QUARTER)


def test_prefilled_from_facts(facts_store: Store) -> None:
    report = service.open_report(facts_store, MO, QUARTER)
    assert (report.status, report.editable, report.problems) == ("new", True, [])
    assert report.org.code == MO and str(report.period) == QUARTER
    assert len(report.rows) == 40  # 28 indicators, 12 of them in two rows
    # 2.4: ФАП and ФП with Internet at 30 September: FAP-012, FAP-013 (FP-014 offline) → 2.
    # 2.2: АРМ total: TVSP-011 20 + FAP-012 2 → 22.
    # 2.3 «ТВСП МО»: on the ЗСПД 15 of TVSP-011's 20 → 75 %.
    # 2.5 «ФАП и ФП»: of the posts online (FAP-012, FAP-013) FAP-012 has АРМ with МИС → 50 %.
    # 4.1 «ТВСП МО»: MO-01 and TVSP-011, the latter sent to РЭМД in August → 50 %.
    # 2: MO-01 has the РЭМД in production but no АРМ with МИС → 0 %.
    assert values(report, "2.4", "2.2", "2.3/tvsp", "2.5/fap", "4.1/tvsp", "2") == [
        2,
        22,
        75.0,
        50.0,
        50.0,
        0.0,
    ]
    manual = report.row("1")
    assert (manual.value, manual.status, manual.indicator.method) == (None, "no_data", "manual")
    assert report.row("2.3/tvsp").status == "behind"  # 75 % against 2024's 100 %, held
    assert not any(r.overridden for r in report.rows)


def test_counts_carried_from_the_latest_quarter_before(facts_store: Store) -> None:
    for quarter, total in (("2025Q1", 1), ("2025Q2", 2), ("2025Q4", 5)):
        facts_store.record_arm_counts(ArmCountsInput("DEMO-FAP-013", quarter, total, 0, 0))
    row = service.open_report(facts_store, MO, QUARTER).row("2.2")
    fap = next(e for e in row.part.evidence if e.unit == "DEMO-FAP-013")
    # No count for 2025Q3: Q2's 2 is carried; Q1's is older, Q4's comes later.
    assert (fap.source, fap.as_of, fap.numerator) == ("carried", "2025Q2", 2)
    assert row.value == 22 + 2


def test_override_needs_a_reason(facts_store: Store) -> None:
    report = service.override(service.open_report(facts_store, MO, QUARTER), {"1": (12.5, "  ")})
    with pytest.raises(ValidationFailed) as failed:
        service.save_draft(facts_store, report)
    assert [(e.field, e.code) for e in failed.value.errors] == [("overrides[1]", "reason_required")]
    assert facts_store.form(MO, QUARTER) is None  # nothing saved


def test_override_reason_and_computed_value_in_the_audit_log(facts_store: Store) -> None:
    report = service.open_report(facts_store, MO, QUARTER)
    changed = service.override(
        report, {"1": (12.5, "По отчёту ЕПГУ за квартал"), "2.4": (3, "ФП Ключи на связи")}
    )
    saved = service.save_draft(facts_store, changed)
    assert saved.status == "draft" and saved.editable
    row = saved.row("2.4")
    assert (row.value, row.computed, row.reason, row.overridden) == (
        3,
        2,
        "ФП Ключи на связи",
        True,
    )
    details = last_audit(facts_store, "form_saved")
    assert details["overrides"] == {"1": "По отчёту ЕПГУ за квартал", "2.4": "ФП Ключи на связи"}
    assert details["computed"] == {"1": None, "2.4": 2}  # what the facts gave
    assert json.loads(details["values_json"])["2.4"] == 3
    undone = service.save_draft(facts_store, service.override(saved, {"2.4": None}))
    assert undone.row("2.4").value == 2 and not undone.row("2.4").overridden
    assert last_audit(facts_store, "form_saved")["overrides"] == {"1": "По отчёту ЕПГУ за квартал"}


def test_problems_block_submit_not_a_draft(facts_store: Store) -> None:
    report = service.override(
        service.open_report(facts_store, MO, QUARTER),
        {"2.3/tvsp": (120, "опечатка"), "2.4": (4, "так в журнале")},
    )
    # 2.3 is a share: at most 100 %. 2.4 counts ФАП and ФП: the МО has three in the registry.
    assert {(p.key, p.code, tuple(p.params.items())) for p in report.problems} == {
        ("2.3/tvsp", "over_100", ()),
        ("2.4", "more_than_registry", (("limit", 3),)),
    }
    with pytest.raises(ValidationFailed) as failed:
        service.submit(facts_store, report)
    assert {(e.field, e.code) for e in failed.value.errors} == {
        ("values[2.3/tvsp]", "over_100"),
        ("values[2.4]", "more_than_registry"),
    }
    assert facts_store.form(MO, QUARTER) is None  # a refused submission saves nothing
    draft = service.save_draft(facts_store, report)
    assert draft.status == "draft" and len(draft.problems) == 2  # kept, and still named


def test_submit_locks_and_shows_what_was_submitted(facts_store: Store) -> None:
    report = service.open_report(facts_store, MO, QUARTER)
    submitted = service.submit(facts_store, report)
    assert (submitted.status, submitted.editable) == ("submitted", False)
    with pytest.raises(RecordLocked):
        service.save_draft(facts_store, submitted)
    with pytest.raises(RecordLocked):
        facts_store.save_form(MO, QUARTER, {"2.4": 1.0})
    # A fact arriving later changes what the facts give, not what was submitted.
    facts_store.record_connection(
        ConnectionInput("DEMO-FP-014", True, "mobile", observed_at=at("2025-09-20"))
    )
    again = service.open_report(facts_store, MO, QUARTER)
    assert (again.row("2.4").value, again.row("2.4").computed) == (2, 3)


def test_returned_form_is_editable_and_shows_the_comment(facts_store: Store) -> None:
    service.submit(facts_store, service.open_report(facts_store, MO, QUARTER))
    facts_store.apply_form_review(MO, QUARTER, "returned", COMMENT, "2025-10-05T10:00:00.000Z")
    returned = service.open_report(facts_store, MO, QUARTER)
    assert (returned.status, returned.editable) == ("returned", True)
    assert returned.form is not None and returned.form.review_comment == COMMENT
    fixed = service.override(returned, {"2.4": (3, "ФП Ключи на связи с 20 сентября")})
    resubmitted = service.submit(facts_store, fixed)
    assert resubmitted.status == "submitted" and resubmitted.row("2.4").value == 3
    facts_store.apply_form_review(MO, QUARTER, "accepted", None, "2025-10-06T08:00:00.000Z")
    accepted = service.open_report(facts_store, MO, QUARTER)
    assert (accepted.status, accepted.editable) == ("accepted", False)


def test_receipt_fingerprint_is_stable(facts_store: Store) -> None:
    report = service.override(
        service.open_report(facts_store, MO, QUARTER), {"1": (12.5, "По отчёту ЕПГУ")}
    )
    service.submit(facts_store, report)
    first = facts_store.receipt(MO, QUARTER)
    assert facts_store.receipt(MO, QUARTER).fingerprint == first.fingerprint
    other = facts_store.reopen()
    try:
        assert other.receipt(MO, QUARTER).fingerprint == first.fingerprint
    finally:
        other.close()
    content = {"org": MO, "quarter": QUARTER, "values": first.values, "overrides": first.overrides}
    digest = hashlib.sha256(canonical_json(content).encode()).hexdigest()[:16]
    assert first.fingerprint == digest and first.values["2.4"] == 2
    assert first.overrides == {"1": "По отчёту ЕПГУ"}
    # Returned and submitted with another value: another fingerprint.
    facts_store.apply_form_review(MO, QUARTER, "returned", COMMENT, "2025-10-05T10:00:00.000Z")
    changed = service.override(service.open_report(facts_store, MO, QUARTER), {"2.4": (3, "да")})
    service.submit(facts_store, changed)
    assert facts_store.receipt(MO, QUARTER).fingerprint != first.fingerprint
