"""Domain writes: each validates, then commits its row, outbox change and audit entry together."""

from __future__ import annotations

import hashlib
import uuid
from datetime import UTC, date, datetime
from typing import Any

from desktop.storage import journal, validation
from desktop.storage.base import StoreBase
from desktop.storage.errors import FieldError, NotFound, ValidationFailed
from desktop.storage.hlc import next_hlc
from desktop.storage.ids import format_ts, new_id, utc_now
from desktop.storage.records import (
    ActInput,
    ArmCountsInput,
    AttachmentInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    Quarter,
    SubsystemInput,
    WorkstationInput,
)


def _plain(value: Any) -> Any:
    """Column value for SQLite and JSON: dates as ISO text, booleans as 0/1."""
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, datetime):
        return format_ts(value)
    if isinstance(value, date):
        return value.isoformat()
    return value


def natural_id(table: str, keys: tuple[str, ...], row: dict[str, Any]) -> str:
    """The same record on every device: a UUID derived from its natural key."""
    name = "/".join([table, *(str(row[k]) for k in keys)])
    return str(uuid.uuid5(ID_NAMESPACE, name))


def changed_fields(
    before: dict[str, Any], after: dict[str, Any], keys: tuple[str, ...]
) -> dict[str, Any]:
    """What an update sends: identity, natural key and the fields whose value changed."""
    identity = {"id", "unit", *keys}
    return {k: v for k, v in after.items() if k in identity or before.get(k) != v}


def _clean(value: str | None) -> str | None:
    return value.strip() or None if value is not None else None


ID_NAMESPACE = uuid.UUID("5b0f2f3e-6a43-4c8e-9a55-3b1e0c6d2a71")


class FactWriter(StoreBase):
    """Every write the app makes on facts about units."""

    def _write(
        self,
        table: str,
        row: dict[str, Any],
        *,
        action: str,
        op: str = "insert",
        conflict: tuple[str, ...] = (),
    ) -> str:
        """Insert (or upsert on ``conflict``) one row and queue it, in one transaction.

        Rows with a natural key (``conflict``) are mutable: their id derives from that key,
        so two devices editing one quarter's counts edit one record; an update sends only
        the fields it changed, with a clock and the server version it was based on.
        """
        row = {k: _plain(v) for k, v in row.items()}
        now = utc_now()
        with self.transaction():
            before = self._existing(table, conflict, row)
            if before is not None:
                row["id"], op = before["id"], "update"
            row.setdefault("id", natural_id(table, conflict, row) if conflict else new_id())
            row.setdefault("created_at", now)
            row.setdefault("created_by", self.actor)
            self._upsert(table, row, conflict)
            after = self._stored(table, row["id"])
            journal.record_change(
                self.conn,
                actor=self.actor,
                action=action,
                entity=table,
                entity_id=row["id"],
                op=op,
                unit=row.get("unit"),
                payload=after if before is None else changed_fields(before, after, conflict),
                hlc=next_hlc(self.conn) if conflict else None,
                base_version=self._version(table, row["id"]) if conflict else None,
            )
        return str(row["id"])

    def _existing(
        self, table: str, keys: tuple[str, ...], row: dict[str, Any]
    ) -> dict[str, Any] | None:
        if not keys:
            return None
        found = self._find(table, keys, row)
        return self._stored(table, found) if found is not None else None

    def _version(self, table: str, row_id: str) -> int:
        found = self.conn.execute(
            "SELECT version FROM record_versions WHERE entity = ? AND entity_id = ?",
            (table, row_id),
        ).fetchone()
        return int(found[0]) if found else 0

    def _stored(self, table: str, row_id: str) -> dict[str, Any]:
        row = self._row(table, row_id)
        assert row is not None, f"{table} {row_id} was just written"
        return row

    def _find(self, table: str, keys: tuple[str, ...], row: dict[str, Any]) -> str | None:
        where = " AND ".join(f"{k} = ?" for k in keys)
        found = self.conn.execute(
            f"SELECT id FROM {table} WHERE {where}", [row[k] for k in keys]
        ).fetchone()
        return str(found[0]) if found else None

    def _upsert(self, table: str, row: dict[str, Any], conflict: tuple[str, ...]) -> None:
        columns = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"
        if conflict:
            kept = ("id", "created_at", "created_by", *conflict)
            updates = ", ".join(f"{k} = excluded.{k}" for k in row if k not in kept)
            sql += f" ON CONFLICT (id) DO UPDATE SET {updates}"
        self.conn.execute(sql, list(row.values()))

    def _check(self, check: Any, record: Any) -> None:
        checker = self.checker()
        check(checker, record)
        checker.done()

    # -- connection status ---------------------------------------------------------------
    def record_connection(self, r: ConnectionInput) -> str:
        self._check(validation.check_connection, r)
        row = {
            "unit": r.unit,
            "observed_at": r.observed_at or datetime.now(UTC),
            "internet": r.internet,
            "channel": r.channel or ("none" if not r.internet else None),
            "zspd": r.zspd,
            "skzi": r.skzi,
            "bandwidth_kbps": r.bandwidth_kbps,
            "provider": _clean(r.provider),
            "source": r.source,
            "latency_ms": r.latency_ms,
            "act_id": r.act_id,
            "note": _clean(r.note),
        }
        return self._write("connection_observations", row, action="connection_recorded")

    def record_outage(self, r: OutageInput) -> str:
        self._check(validation.check_outage, r)
        row = {
            "unit": r.unit,
            "started_at": r.started_at,
            "ended_at": r.ended_at,
            "cause": _clean(r.cause),
            "note": _clean(r.note),
            "source": r.source,
            "updated_at": utc_now(),
        }
        return self._write("outages", row, action="outage_recorded")

    def end_outage(self, outage_id: str, ended_at: datetime) -> None:
        found = self.conn.execute(
            "SELECT unit, started_at, cause, note, source FROM outages WHERE id = ?", (outage_id,)
        ).fetchone()
        if found is None:
            raise NotFound("outage", outage_id)
        unit, started, cause, note, source = found
        r = OutageInput(unit, datetime.fromisoformat(started), ended_at, cause, note, source)
        self._check(validation.check_outage, r)
        row = {
            "id": outage_id,
            "unit": unit,
            "started_at": started,
            "ended_at": ended_at,
            "cause": cause,
            "note": note,
            "source": source,
            "updated_at": utc_now(),
        }
        self._write("outages", row, action="outage_ended", op="update", conflict=("id",))

    # -- АРМ ---------------------------------------------------------------------------
    def record_arm_counts(self, r: ArmCountsInput) -> str:
        self._check(validation.check_arm_counts, r)
        row = {
            "unit": r.unit,
            "quarter": str(Quarter.parse(r.quarter)),
            "total": r.total,
            "mis": r.mis,
            "zspd": r.zspd,
            "certified": r.certified,
            "workers_need": r.workers_need,
            "workers_provided": r.workers_provided,
            "note": _clean(r.note),
            "updated_at": utc_now(),
        }
        return self._write(
            "arm_counts", row, action="arm_counts_recorded", conflict=("unit", "quarter")
        )

    def save_workstation(self, r: WorkstationInput) -> str:
        self._check(validation.check_workstation, r)
        row = {
            "unit": r.unit,
            "inventory_no": r.inventory_no.strip(),
            "room": _clean(r.room),
            "os": _clean(r.os),
            "mis_client": r.mis_client,
            "zspd_client": r.zspd_client,
            "certificate": _clean(r.certificate),
            "in_service_on": r.in_service_on,
            "retired_on": r.retired_on,
            "note": _clean(r.note),
            "updated_at": utc_now(),
        }
        return self._write(
            "workstations", row, action="workstation_saved", conflict=("unit", "inventory_no")
        )

    # -- documents, subsystems, acts ---------------------------------------------------------
    def record_document(self, r: DocumentInput) -> str:
        self._check(validation.check_document, r)
        row = {
            "unit": r.unit,
            "doc_class": r.doc_class,
            "target_system": r.target_system,
            "sent_on": r.sent_on,
            "count": r.count,
            "signed": r.signed,
            "status": r.status,
            "registry_no": _clean(r.registry_no),
            "note": _clean(r.note),
        }
        return self._write("documents", row, action="document_recorded")

    def set_subsystem(self, r: SubsystemInput) -> str:
        self._check(validation.check_subsystem, r)
        if r.act_id is not None:
            self._require_act(r.act_id, r.unit)
        row = {
            "unit": r.unit,
            "subsystem": r.subsystem,
            "applicable": r.applicable,
            "stage": r.stage,
            "since": r.since,
            "act_id": r.act_id,
            "note": _clean(r.note),
            "updated_at": utc_now(),
        }
        return self._write(
            "subsystem_connections", row, action="subsystem_set", conflict=("unit", "subsystem")
        )

    def record_act(self, r: ActInput) -> str:
        self._check(validation.check_act, r)
        row: dict[str, Any] = {
            "unit": r.unit,
            "act_type": r.act_type,
            "number": r.number.strip(),
            "signed_on": r.signed_on,
            "note": _clean(r.note),
        }
        if r.attachment is None:
            return self._write("acts", row, action="act_recorded")
        with self.transaction():  # the scan and its act commit together
            row["attachment_id"] = self._store_attachment(r.attachment)
            return self._write("acts", row, action="act_recorded")

    def _store_attachment(self, a: AttachmentInput) -> str:
        attachment_id = new_id()
        self.conn.execute(
            "INSERT INTO attachments (id, file_name, media_type, size, sha256, content,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                attachment_id,
                a.file_name,
                a.media_type,
                len(a.content),
                hashlib.sha256(a.content).hexdigest(),
                a.content,
                utc_now(),
            ),
        )
        return attachment_id

    def _require_act(self, act_id: str, unit: str) -> None:
        found = self.conn.execute("SELECT unit FROM acts WHERE id = ?", (act_id,)).fetchone()
        if found is None or found[0] != unit:
            raise ValidationFailed([FieldError("act_id", "unknown_act", {"value": act_id})])
