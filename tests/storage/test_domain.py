"""Domain API: one write = domain row + outbox change + audit entry, typed validation errors,
reads, the audit chain, doctor, backup and restore."""

from __future__ import annotations

import hashlib
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from desktop.storage import (
    FieldError,
    NotAStore,
    NotFound,
    Profile,
    Store,
    StoreExists,
    ValidationFailed,
    cipher,
)
from desktop.storage.journal import verify_audit_chain
from desktop.storage.maintenance import backup, doctor, restore
from desktop.storage.queries import FACT_TABLES
from desktop.storage.records import (
    ActInput,
    ArmCountsInput,
    AttachmentInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    SubsystemInput,
    WorkstationInput,
)
from tests.conftest import PASSPHRASE, USER
from tests.storage.helpers import NOTE, SCAN, UNIT, count, write_every_kind

OTHER_UNIT = "DEMO-FAP-013"
MO = "DEMO-MO-01"
JOURNALLED = (*FACT_TABLES, "quarterly_forms", "attachments", "outbox", "audit_log")


def counts(store: Store) -> dict[str, int]:
    return {table: count(store, table) for table in JOURNALLED}


def contents(store: Store) -> dict[str, list[Any]]:
    return {
        t: store.conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
        for t in (*JOURNALLED, "counters")
    }


def hours_ago(hours: int) -> datetime:
    return datetime.now(UTC) - timedelta(hours=hours)


# -- one write, one outbox change, one audit entry -------------------------------------------


@dataclass(frozen=True)
class Write:
    table: str
    op: str
    run: Callable[[Store], str]
    prepare: Callable[[Store], Any] = lambda store: None
    attachments: int = 0


def _end_outage(store: Store) -> str:
    outage_id = store.facts("outages", UNIT)[0]["id"]
    store.end_outage(str(outage_id), hours_ago(1))
    return str(outage_id)


def _submit_form(store: Store) -> str:
    store.submit_form(MO, "2024Q4")
    form = store.form(MO, "2024Q4")
    assert form is not None
    return form.id


WRITES = {
    "connection": Write(
        "connection_observations",
        "insert",
        lambda s: s.record_connection(
            ConnectionInput(UNIT, True, "fibre", bandwidth_kbps=2048, note=NOTE)
        ),
    ),
    "outage": Write(
        "outages",
        "insert",
        lambda s: s.record_outage(OutageInput(UNIT, hours_ago(5), cause="Гроза")),
    ),
    "end_outage": Write(
        "outages",
        "update",
        _end_outage,
        prepare=lambda s: s.record_outage(OutageInput(UNIT, hours_ago(5))),
    ),
    "arm_counts": Write(
        "arm_counts",
        "insert",
        lambda s: s.record_arm_counts(
            ArmCountsInput(UNIT, "2024Q4", total=10, mis=8, zspd=5, certified=5)
        ),
    ),
    "workstation": Write(
        "workstations",
        "insert",
        lambda s: s.save_workstation(WorkstationInput(UNIT, "INV-7", True, True, os="Astra Linux")),
    ),
    "document": Write(
        "documents",
        "insert",
        lambda s: s.record_document(DocumentInput(UNIT, "eln", date(2024, 12, 2), 3, signed=True)),
    ),
    "subsystem": Write(
        "subsystem_connections",
        "insert",
        lambda s: s.set_subsystem(SubsystemInput(UNIT, "telemed", "production")),
    ),
    "act": Write(
        "acts", "insert", lambda s: s.record_act(ActInput(UNIT, "works", "Р-3", date(2024, 9, 30)))
    ),
    "act_with_scan": Write(
        "acts",
        "insert",
        lambda s: s.record_act(
            ActInput(
                UNIT,
                "connection",
                "Р-4",
                date(2024, 9, 30),
                attachment=AttachmentInput("scan.png", "image/png", SCAN),
            )
        ),
        attachments=1,
    ),
    "form": Write("quarterly_forms", "insert", lambda s: s.save_form(MO, "2024Q4", {"2.2": 4.0})),
    "submit_form": Write(
        "quarterly_forms",
        "update",
        _submit_form,
        prepare=lambda s: s.save_form(MO, "2024Q4", {"2.2": 4.0}),
    ),
}


@pytest.mark.parametrize("write", WRITES.values(), ids=WRITES.keys())
def test_each_write_queues_one_change_and_one_audit_entry(store: Store, write: Write) -> None:
    write.prepare(store)
    before = counts(store)
    row_id = write.run(store)
    after = counts(store)

    grown = {t: after[t] - before[t] for t in JOURNALLED if after[t] != before[t]}
    expected = {"outbox": 1, "audit_log": 1}
    if write.op == "insert":
        expected[write.table] = 1
    if write.attachments:
        expected["attachments"] = write.attachments
    assert grown == expected

    seq, entity, entity_id, op, unit, payload, state = store.conn.execute(
        "SELECT seq, entity, entity_id, op, unit, payload, state FROM outbox"
        " ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    unit_column = "org" if write.table == "quarterly_forms" else "unit"
    stored = store.conn.execute(f"SELECT * FROM {write.table} WHERE id = ?", (row_id,))
    names = [d[0] for d in stored.description]
    row = dict(zip(names, stored.fetchone(), strict=True))
    assert (entity, entity_id, op, state) == (write.table, row_id, write.op, "queued")
    assert unit == row[unit_column] == (MO if write.table == "quarterly_forms" else UNIT)
    sent = json.loads(payload)
    if op == "update" and write.table != "quarterly_forms":
        # An update carries its identity and the fields it changed, as committed.
        assert {"id", "unit"} <= set(sent) and sent == {k: row[k] for k in sent}
    else:
        assert sent == row  # the change carries the row as committed
    audit = store.conn.execute(
        "SELECT actor, entity, entity_id, unit FROM audit_log WHERE outbox_seq = ?", (seq,)
    ).fetchall()
    assert audit == [(USER, write.table, row_id, unit)]


FAILING_TABLES = ("audit_log", "outbox")


# ABORT fails the statement; ROLLBACK makes SQLite end the transaction itself, as it does
# on a full disk or an I/O error, and the original error must still reach the caller.
@pytest.mark.parametrize("mode", ["ABORT", "ROLLBACK"])
@pytest.mark.parametrize("failing", FAILING_TABLES)
@pytest.mark.parametrize("name", ["connection", "act_with_scan", "end_outage", "submit_form"])
def test_a_write_that_fails_midway_leaves_nothing(
    store: Store, name: str, failing: str, mode: str
) -> None:
    write = WRITES[name]
    write.prepare(store)
    before, rows = counts(store), contents(store)
    # A real SQLite failure after the domain row is in: a later insert of the transaction.
    store.conn.execute(
        f"CREATE TEMP TRIGGER fail BEFORE INSERT ON main.{failing}"
        f" BEGIN SELECT RAISE({mode}, 'disk on fire'); END"
    )
    with pytest.raises(cipher.IntegrityError, match="disk on fire"):
        write.run(store)
    assert not store.conn.in_transaction
    assert contents(store) == rows  # not a row, not a counter step
    store.conn.execute("DROP TRIGGER temp.fail")
    write.run(store)  # the connection is usable afterwards
    assert counts(store)["outbox"] == before["outbox"] + 1
    assert verify_audit_chain(store.conn) is None


# -- validation ------------------------------------------------------------------------------

SOON = datetime.now(UTC).date() + timedelta(days=5)
TOMORROW = datetime.now(UTC) + timedelta(days=1)
MAY_10H, MAY_9H = datetime(2024, 5, 1, 10, tzinfo=UTC), datetime(2024, 5, 1, 9, tzinfo=UTC)
INVALID: dict[str, tuple[Callable[[Store], Any], list[FieldError]]] = {
    "zspd_exceeds_total": (
        lambda s: s.record_arm_counts(ArmCountsInput(UNIT, "2024Q4", total=10, mis=5, zspd=12)),
        [FieldError("zspd", "exceeds", {"value": 12, "limit_field": "total", "limit": 10})],
    ),
    "all_errors_at_once": (
        lambda s: s.record_arm_counts(
            ArmCountsInput("DEMO-NONE", "2024Q5", total=2, mis=3, zspd=-1)
        ),
        [
            FieldError("unit", "unknown_unit", {"value": "DEMO-NONE"}),
            FieldError("quarter", "bad_quarter", {"value": "2024Q5"}),
            FieldError("zspd", "out_of_range", {"value": -1, "minimum": 0, "maximum": 1_000_000}),
            FieldError("mis", "exceeds", {"value": 3, "limit_field": "total", "limit": 2}),
        ],
    ),
    "future_quarter": (
        lambda s: s.record_arm_counts(ArmCountsInput(UNIT, "2099Q1", total=1, mis=1, zspd=1)),
        [FieldError("quarter", "in_future", {"value": "2099Q1"})],
    ),
    "unknown_unit": (
        lambda s: s.record_connection(ConnectionInput("DEMO-NONE", True)),
        [FieldError("unit", "unknown_unit", {"value": "DEMO-NONE"})],
    ),
    "empty_unit": (
        lambda s: s.record_connection(ConnectionInput("  ", True)),
        [FieldError("unit", "required")],
    ),
    "unknown_channel": (
        lambda s: s.record_connection(ConnectionInput(UNIT, True, "pigeon")),
        [FieldError("channel", "unknown_code", {"value": "pigeon", "kind": "channel"})],
    ),
    "channel_without_internet": (
        lambda s: s.record_connection(ConnectionInput(UNIT, False, "fibre")),
        [FieldError("channel", "channel_without_internet", {"value": "fibre"})],
    ),
    "observation_in_future": (
        lambda s: s.record_connection(ConnectionInput(UNIT, True, observed_at=TOMORROW)),
        [FieldError("observed_at", "in_future", {"value": TOMORROW.isoformat()})],
    ),
    "naive_time": (
        lambda s: s.record_connection(
            ConnectionInput(UNIT, True, observed_at=datetime(2024, 5, 1, 10, 0))
        ),
        [FieldError("observed_at", "no_timezone")],
    ),
    "outage_ends_before_start": (
        lambda s: s.record_outage(OutageInput(UNIT, MAY_10H, MAY_9H)),
        [
            FieldError(
                "ended_at",
                "before_start",
                {"value": MAY_9H.isoformat(), "start": MAY_10H.isoformat()},
            )
        ],
    ),
    "unknown_doc_class": (
        lambda s: s.record_document(DocumentInput(UNIT, "poetry", date(2024, 3, 1), 1)),
        [FieldError("doc_class", "unknown_code", {"value": "poetry", "kind": "doc_class"})],
    ),
    "document_in_future": (
        lambda s: s.record_document(DocumentInput(UNIT, "semd", SOON, 1)),
        [FieldError("sent_on", "in_future", {"value": SOON.isoformat()})],
    ),
    "document_count_zero": (
        lambda s: s.record_document(DocumentInput(UNIT, "semd", date(2024, 3, 1), 0)),
        [FieldError("count", "out_of_range", {"value": 0, "minimum": 1, "maximum": 1_000_000})],
    ),
    "stage_when_not_applicable": (
        lambda s: s.set_subsystem(SubsystemInput(UNIT, "lab", "pilot", applicable=False)),
        [FieldError("stage", "stage_not_applicable", {"value": "pilot"})],
    ),
    "unknown_subsystem": (
        lambda s: s.set_subsystem(SubsystemInput(UNIT, "teleport", "none")),
        [FieldError("subsystem", "unknown_code", {"value": "teleport", "kind": "subsystem"})],
    ),
    "blank_inventory_no": (
        lambda s: s.save_workstation(WorkstationInput(UNIT, " ", True, True)),
        [FieldError("inventory_no", "required")],
    ),
    "scan_of_wrong_type": (
        lambda s: s.record_act(
            ActInput(
                UNIT,
                "works",
                "1",
                date(2024, 1, 9),
                attachment=AttachmentInput("a.exe", "x-app", b"MZ"),
            )
        ),
        [
            FieldError(
                "attachment",
                "bad_media_type",
                {"value": "x-app", "allowed": "application/pdf, image/jpeg, image/png, image/tiff"},
            )
        ],
    ),
    "empty_scan": (
        lambda s: s.record_act(
            ActInput(
                UNIT,
                "works",
                "1",
                date(2024, 1, 9),
                attachment=AttachmentInput("a.pdf", "image/png", b""),
            )
        ),
        [FieldError("attachment", "empty_file")],
    ),
}


@pytest.mark.parametrize("case", INVALID.values(), ids=INVALID.keys())
def test_invalid_input_is_typed_and_writes_nothing(
    store: Store, case: tuple[Callable[[Store], Any], list[FieldError]]
) -> None:
    write, expected = case
    before, changes = contents(store), store.conn.total_changes
    with pytest.raises(ValidationFailed) as caught:
        write(store)
    assert caught.value.errors == expected
    assert all(isinstance(e, FieldError) for e in caught.value.errors)
    assert contents(store) == before and store.conn.total_changes == changes


def test_subsystem_act_must_belong_to_the_unit(store: Store) -> None:
    act_id = store.record_act(ActInput(UNIT, "works", "9", date(2024, 1, 9)))
    before = counts(store)
    with pytest.raises(ValidationFailed) as caught:
        store.set_subsystem(SubsystemInput(OTHER_UNIT, "lab", "test", act_id=act_id))
    assert caught.value.errors == [FieldError("act_id", "unknown_act", {"value": act_id})]
    with pytest.raises(ValidationFailed):
        store.set_subsystem(SubsystemInput(UNIT, "lab", "test", act_id="no-such-act"))
    assert counts(store) == before
    store.set_subsystem(SubsystemInput(UNIT, "lab", "test", act_id=act_id))


def test_end_outage_of_unknown_or_before_its_start(store: Store) -> None:
    with pytest.raises(NotFound) as caught:
        store.end_outage("no-such-outage", hours_ago(1))
    assert (caught.value.kind, caught.value.key) == ("outage", "no-such-outage")
    outage_id = store.record_outage(OutageInput(UNIT, hours_ago(3)))
    before = counts(store)
    with pytest.raises(ValidationFailed) as invalid:
        store.end_outage(outage_id, hours_ago(4))
    assert [(e.field, e.code) for e in invalid.value.errors] == [("ended_at", "before_start")]
    assert counts(store) == before
    assert store.facts("outages", UNIT)[0]["ended_at"] is None


# -- upserts, attachments, reads ---------------------------------------------------------------


def test_arm_counts_upsert_one_row_two_changes(store: Store) -> None:
    first = store.record_arm_counts(ArmCountsInput(UNIT, "2024Q4", total=5, mis=4, zspd=3))
    again = store.record_arm_counts(
        ArmCountsInput(UNIT, " 2024q4 ", total=6, mis=6, zspd=6, note="после закупки")
    )
    other = store.record_arm_counts(ArmCountsInput(UNIT, "2024Q3", total=1, mis=1, zspd=1))
    assert again == first and other != first
    rows = store.facts("arm_counts", UNIT)
    assert sorted((r["quarter"], r["total"]) for r in rows) == [("2024Q3", 1), ("2024Q4", 6)]
    ops = store.conn.execute(
        "SELECT op, json_extract(payload, '$.total') FROM outbox WHERE entity_id = ? ORDER BY seq",
        (first,),
    ).fetchall()
    assert ops == [("insert", 5), ("update", 6)]
    totals = store.arm_totals(UNIT, "2024Q4")
    assert totals is not None and (totals.total, totals.source) == (6, "counts")


def test_workstation_upsert_by_inventory_number(store: Store) -> None:
    first = store.save_workstation(WorkstationInput(UNIT, "INV-9", True, False))
    again = store.save_workstation(WorkstationInput(UNIT, " INV-9 ", True, True, room="2"))
    assert again == first
    (row,) = store.facts("workstations", UNIT)
    assert (row["zspd_client"], row["room"]) == (1, "2")
    assert [e.op for e in store.outbox() if e.entity_id == first] == ["insert", "update"]


def test_attachment_round_trip(store: Store) -> None:
    act_id = store.record_act(
        ActInput(
            UNIT,
            "connection",
            "А-1",
            date(2024, 10, 1),
            attachment=AttachmentInput("акт.pdf", "application/pdf", SCAN),
        )
    )
    (act,) = store.facts("acts", UNIT)
    assert act["id"] == act_id and act["attachment_id"]
    attachment = store.attachment(act["attachment_id"])
    assert attachment.content == SCAN
    assert (attachment.file_name, attachment.media_type, attachment.size) == (
        "акт.pdf",
        "application/pdf",
        len(SCAN),
    )
    assert attachment.sha256 == hashlib.sha256(SCAN).hexdigest()
    with pytest.raises(NotFound):
        store.attachment("no-such-attachment")


def test_history_newest_first_and_queued(store: Store) -> None:
    store.record_connection(ConnectionInput(UNIT, False, note=NOTE, observed_at=hours_ago(3)))
    store.record_outage(OutageInput(UNIT, hours_ago(2)))
    store.record_connection(ConnectionInput(OTHER_UNIT, True))
    store.record_document(DocumentInput(UNIT, "semd", date(2024, 5, 1), 2))
    history = store.history(UNIT)
    assert [h.action for h in history] == [
        "document_recorded",
        "outage_recorded",
        "connection_recorded",
    ]
    assert [h.seq for h in history] == sorted((h.seq for h in history), reverse=True)
    assert {(h.unit, h.sync_state, h.actor) for h in history} == {(UNIT, "queued", USER)}
    assert history[-1].details["note"] == NOTE and history[-1].details["internet"] == 0
    assert store.history_count(UNIT) == 3
    everything = store.history()
    assert everything[0].unit == UNIT and everything[1].unit == OTHER_UNIT
    loaded = [h for h in everything if h.action == "registry_loaded"]
    assert len(loaded) == 1 and loaded[0].sync_state is None  # not a synced change


def test_status_counts_the_queue(store: Store) -> None:
    status = store.status()
    assert (status.queued, status.sent, status.synced, status.quarantined) == (0, 0, 0, 0)
    assert status.units == 12 and not status.enrolled and status.last_sync is None
    ids = write_every_kind(store)
    assert store.status().queued == len(ids)
    store.conn.execute("UPDATE outbox SET state = 'sent' WHERE seq = 1")
    store.conn.execute("UPDATE outbox SET state = 'quarantined' WHERE seq = 2")
    status = store.status()
    assert (status.queued, status.sent, status.quarantined) == (len(ids) - 2, 1, 1)
    assert [e.seq for e in store.outbox("queued")] == list(range(3, len(ids) + 1))


# -- audit chain and doctor ------------------------------------------------------------------


def test_audit_chain_verifies_and_finds_tampering(store: Store) -> None:
    write_every_kind(store)
    assert verify_audit_chain(store.conn) is None
    assert all(c.ok for c in doctor(store)), doctor(store)
    target = store.conn.execute(
        "SELECT seq FROM audit_log WHERE action = 'connection_recorded'"
    ).fetchone()[0]
    store.conn.execute(
        "UPDATE audit_log SET details = replace(details, ?, 'подделка') WHERE seq = ?",
        (NOTE, target),
    )
    assert verify_audit_chain(store.conn) == target
    checks = {c.name: c for c in doctor(store)}
    assert not checks["audit_chain"].ok and str(target) in checks["audit_chain"].detail


def test_audit_chain_finds_removed_entries(store: Store) -> None:
    write_every_kind(store)
    seqs = [r[0] for r in store.conn.execute("SELECT seq FROM audit_log ORDER BY seq")]
    store.conn.execute("DELETE FROM audit_log WHERE seq = ?", (seqs[-1],))
    # Cutting the tail keeps the chain valid; the counter still shows it.
    assert verify_audit_chain(store.conn) is None
    checks = {c.name: c.ok for c in doctor(store)}
    assert checks["audit_chain"] and not checks["audit_complete"]
    assert not checks["outbox_audited"]
    store.conn.execute("DELETE FROM audit_log WHERE seq = ?", (seqs[3],))
    assert verify_audit_chain(store.conn) == seqs[4]


def test_doctor_is_all_ok_on_a_busy_store(store: Store) -> None:
    write_every_kind(store)
    write_every_kind(store, OTHER_UNIT)
    store.save_form(MO, "2024Q4", {"2.2": 1.0})
    store.submit_form(MO, "2024Q4")
    checks = doctor(store)
    assert [c.name for c in checks] == [
        "cipher_version",
        "cipher_integrity",
        "sqlite_integrity",
        "foreign_keys",
        "audit_chain",
        "audit_complete",
        "outbox_audited",
    ]
    assert [c for c in checks if not c.ok] == []


# -- backup and restore ----------------------------------------------------------------------


def snapshot_data(store: Store) -> dict[str, Any]:
    data: dict[str, Any] = {t: store.facts(t, UNIT) for t in FACT_TABLES}
    data["history"] = [h.as_json() for h in store.history(limit=10_000)]
    data["outbox"] = store.outbox(limit=10_000)
    data["units"] = store.units()
    return data


def test_backup_restore_round_trip(store: Store, tmp_path: Path) -> None:
    ids = write_every_kind(store)
    target = backup(store, tmp_path / "backup.svodka")
    assert store.history(limit=1)[0].action == "backup_made"
    expected = snapshot_data(store)
    expected["history"] = expected["history"][1:]  # the backup entry came after the copy
    store_id = store.store_id
    store.close()

    restored = Profile(tmp_path / "restored")
    restore(target, restored)
    with restored.unlock(PASSPHRASE) as copy:
        assert copy.store_id == store_id
        assert snapshot_data(copy) == expected
        act = copy.facts("acts", UNIT)[0]
        assert act["id"] == ids["acts"] and copy.attachment(act["attachment_id"]).content == SCAN
        assert all(c.ok for c in doctor(copy))
    with pytest.raises(StoreExists):
        restore(target, restored)


def _zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in files.items():
            zf.writestr(name, data)
    return path


def test_restore_refuses_what_is_not_a_backup(store: Store, tmp_path: Path) -> None:
    real = backup(store, tmp_path / "real.svodka")
    with zipfile.ZipFile(real) as zf:
        keys, db = zf.read("keys.json"), zf.read("store.db")
    text = tmp_path / "notes.txt"
    text.write_text("Это не резервная копия", encoding="utf-8")
    fakes = [
        text,
        store.profile.db_path,  # a store itself is no backup
        _zip(tmp_path / "empty.zip", {}),
        _zip(
            tmp_path / "other.zip",
            {"manifest.json": b'{"format": "other"}', "keys.json": keys, "store.db": db},
        ),
        _zip(tmp_path / "bad_manifest.zip", {"manifest.json": b"{", "keys.json": keys}),
        _zip(
            tmp_path / "no_db.zip",
            {"manifest.json": b'{"format": "svodka-backup"}', "keys.json": keys},
        ),
        _zip(
            tmp_path / "bad_keys.zip",
            {"manifest.json": b'{"format": "svodka-backup"}', "keys.json": b"[]", "store.db": db},
        ),
    ]
    for i, fake in enumerate(fakes):
        profile = Profile(tmp_path / f"target{i}")
        with pytest.raises(NotAStore):
            restore(fake, profile)
        assert not profile.exists(), fake.name
        assert not profile.keys_path.exists()
