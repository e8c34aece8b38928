"""Quarterly forms of an МО: draft, overrides with reasons, submission, the region's review."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from desktop.storage import journal
from desktop.storage.base import StoreBase
from desktop.storage.errors import FieldError, NotFound, RecordLocked, ValidationFailed
from desktop.storage.ids import new_id, utc_now
from desktop.storage.records import Quarter

EDITABLE = ("draft", "returned")
REVIEW_RESULTS = ("accepted", "returned")
MO_TYPE = "mo"


@dataclass(frozen=True)
class QuarterlyForm:
    """One МО's form for one quarter; ``overrides`` maps indicator → the officer's reason."""

    id: str
    org: str
    quarter: str
    status: str
    values: dict[str, float | None]
    overrides: dict[str, str]
    submitted_at: str | None
    submitted_by: str | None
    reviewed_at: str | None
    review_comment: str | None

    @property
    def locked(self) -> bool:
        return self.status not in EDITABLE


FORM_COLUMNS = (
    "id, org, quarter, status, values_json, overrides_json, submitted_at,"
    " submitted_by, reviewed_at, review_comment"
)


class FormStore(StoreBase):
    """Reads and writes of quarterly forms."""

    def form(self, org: str, quarter: str) -> QuarterlyForm | None:
        row = self.conn.execute(
            f"SELECT {FORM_COLUMNS} FROM quarterly_forms WHERE org = ? AND quarter = ?",
            (org, str(Quarter.parse(quarter))),
        ).fetchone()
        if row is None:
            return None
        return QuarterlyForm(
            row[0], row[1], row[2], row[3], json.loads(row[4]), json.loads(row[5]), *row[6:]
        )

    def save_form(
        self,
        org: str,
        quarter: str,
        values: dict[str, float | None],
        overrides: dict[str, str] | None = None,
        computed: dict[str, float | None] | None = None,
    ) -> str:
        """Save the draft; every overridden value needs a written reason. ``computed``: what
        the facts gave for the overridden rows, kept beside the reasons in the audit log."""
        overrides = {k: v.strip() for k, v in (overrides or {}).items()}
        q = self._check_form(org, quarter, values, overrides)
        existing = self.form(org, str(q))
        if existing is not None and existing.locked:
            raise RecordLocked("form", f"{org} {q}")
        now = utc_now()
        form_id = existing.id if existing else new_id()
        with self.transaction():
            self.conn.execute(
                "INSERT INTO quarterly_forms (id, org, quarter, values_json, overrides_json,"
                " created_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET values_json = excluded.values_json,"
                " overrides_json = excluded.overrides_json, updated_at = excluded.updated_at,"
                " status = 'draft'",
                (
                    form_id,
                    org,
                    str(q),
                    journal.canonical_json(values),
                    journal.canonical_json(overrides),
                    now,
                    self.actor,
                    now,
                ),
            )
            self._queue_form(
                form_id,
                "form_saved",
                "update" if existing else "insert",
                {"overrides": overrides, "computed": computed or {}},
            )
        return form_id

    def submit_form(self, org: str, quarter: str) -> None:
        form = self._require_form(org, quarter)
        if form.locked:
            raise RecordLocked("form", f"{org} {form.quarter}")
        with self.transaction():
            self.conn.execute(
                "UPDATE quarterly_forms SET status = 'submitted', submitted_at = ?,"
                " submitted_by = ?, updated_at = ? WHERE id = ?",
                (utc_now(), self.actor, utc_now(), form.id),
            )
            self._queue_form(form.id, "form_submitted", "update", {})

    def apply_form_review(
        self, org: str, quarter: str, result: str, comment: str | None, reviewed_at: str
    ) -> None:
        """Record the region's decision, pulled from the server (not sent back)."""
        if result not in REVIEW_RESULTS:
            raise ValidationFailed([FieldError("status", "unknown_code", {"value": result})])
        form = self._require_form(org, quarter)
        with self.transaction():
            self.conn.execute(
                "UPDATE quarterly_forms SET status = ?, reviewed_at = ?,"
                " review_comment = ?, updated_at = ? WHERE id = ?",
                (result, reviewed_at, comment, utc_now(), form.id),
            )
            journal.append_audit(
                self.conn,
                actor="server",
                action=f"form_{result}",
                entity="quarterly_forms",
                entity_id=form.id,
                unit=org,
                details={"comment": comment, "reviewed_at": reviewed_at},
            )

    def _require_form(self, org: str, quarter: str) -> QuarterlyForm:
        form = self.form(org, quarter)
        if form is None:
            raise NotFound("form", f"{org} {quarter}")
        return form

    def _queue_form(self, form_id: str, action: str, op: str, extra: dict[str, Any]) -> None:
        cursor = self.conn.execute("SELECT * FROM quarterly_forms WHERE id = ?", (form_id,))
        names = [d[0] for d in cursor.description]
        row = dict(zip(names, cursor.fetchone(), strict=True))
        seq = journal.enqueue(
            self.conn,
            entity="quarterly_forms",
            entity_id=form_id,
            op=op,
            unit=row["org"],
            payload=row,
        )
        journal.append_audit(
            self.conn,
            actor=self.actor,
            action=action,
            entity="quarterly_forms",
            entity_id=form_id,
            unit=row["org"],
            outbox_seq=seq,
            details={**row, **extra},
        )

    def _check_form(
        self, org: str, quarter: str, values: dict[str, float | None], overrides: dict[str, str]
    ) -> Quarter:
        c = self.checker()
        c.unit(org)
        if not c.errors and self._unit_type(org) != MO_TYPE:
            c.fail("unit", "not_an_mo", value=org)
        q = c.quarter("quarter", quarter)
        for number, value in values.items():
            if value is not None and (not isinstance(value, int | float) or value < 0):
                c.fail(f"values[{number}]", "out_of_range", value=value, minimum=0, maximum="∞")
        for number, reason in overrides.items():
            if not reason:
                c.fail(f"overrides[{number}]", "reason_required", indicator=number)
        c.done()
        assert q is not None
        return q

    def _unit_type(self, code: str) -> str:
        return str(
            self.conn.execute("SELECT type FROM units WHERE code = ?", (code,)).fetchone()[0]
        )
