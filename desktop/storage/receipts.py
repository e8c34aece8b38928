"""Submission receipts: what was submitted for a quarter, its fingerprint, what the server holds."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from desktop.storage.errors import NotFound
from desktop.storage.forms import FormStore
from desktop.storage.journal import canonical_json


@dataclass(frozen=True)
class Receipt:
    """Everything a printed receipt shows; ``fingerprint`` lets the region compare copies."""

    org: str
    org_name: str
    quarter: str
    status: str
    submitted_at: str
    submitted_by: str
    values: dict[str, float | None]
    overrides: dict[str, str]
    fingerprint: str
    seq: int | None  # the outbox change that carries the submission
    delivery: str  # queued / sent / synced / quarantined
    delivered_at: str | None
    device_id: str | None
    reviewed_at: str | None
    review_comment: str | None


class ReceiptReader(FormStore):
    def receipt(self, org: str, quarter: str) -> Receipt:
        """The receipt of a submitted form (NotFound while it is a draft)."""
        form = self._require_form(org, quarter)
        if form.submitted_at is None or form.submitted_by is None:
            raise NotFound("submission", f"{org} {form.quarter}")
        name = self.conn.execute("SELECT name FROM units WHERE code = ?", (org,)).fetchone()
        change = self.conn.execute(
            "SELECT seq, state, synced_at FROM outbox WHERE entity = 'quarterly_forms'"
            " AND entity_id = ? AND json_extract(payload, '$.status') = 'submitted'"
            " ORDER BY seq DESC LIMIT 1",
            (form.id,),
        ).fetchone()
        device = self.conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        content = {
            "org": org,
            "quarter": form.quarter,
            "values": form.values,
            "overrides": form.overrides,
        }
        text = canonical_json(content)
        return Receipt(
            org=org,
            org_name=str(name[0]) if name else org,
            quarter=form.quarter,
            status=form.status,
            submitted_at=form.submitted_at,
            submitted_by=form.submitted_by,
            values=form.values,
            overrides=form.overrides,
            fingerprint=hashlib.sha256(text.encode()).hexdigest()[:16],
            seq=int(change[0]) if change else None,
            delivery=str(change[1]) if change else "queued",
            delivered_at=change[2] if change else None,
            device_id=str(device[0]) if device else None,
            reviewed_at=form.reviewed_at,
            review_comment=form.review_comment,
        )
