"""The region's review of quarterly forms: accept or return, the form's state, the lock."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, insert, select, text

from desktop.indicators.periods import Period
from desktop.sync import protocol as p
from server import feed
from server.clock import now_ms
from server.db import form_reviews, records, units
from server.errors import ApiError, refuse_nul
from server.stored import Currents

FORMS = "quarterly_forms"
REVIEW_RESULTS = ("accepted", "returned")
LOCKED_REASON = "the form is accepted by the region and locked"
NOT_BY_DEVICE = "a form is accepted or returned by the region, not by a device"
FormKey = tuple[str, str]  # org, quarter


@dataclass(frozen=True)
class FormRecord:
    """The latest state of one МО's form for a quarter, as merged from its devices' changes."""

    id: str
    version: int
    data: dict[str, Any]

    @property
    def status(self) -> str:
        return str(self.data.get("status") or "draft")


@dataclass(frozen=True)
class Review:
    """One decision of the region, and the form record (id, version) it was made on."""

    id: int
    org: str
    quarter: str
    form_id: str
    form_version: int
    result: str
    comment: str | None
    reviewer: str
    reviewed_ms: int

    def as_message(self) -> p.FormReview:
        return p.FormReview(
            org=self.org,
            quarter=self.quarter,
            status=self.result,  # type: ignore[arg-type]
            comment=self.comment,
            reviewed_at=iso_ms(self.reviewed_ms),
            reviewer=self.reviewer,
        )

    def current_for(self, record: FormRecord | None) -> bool:
        """Does the review still describe the form (nothing applied to it since)?"""
        return record is not None and (record.id, record.version) == (
            self.form_id,
            self.form_version,
        )


def iso_ms(ms: int) -> str:
    moment = datetime.fromtimestamp(ms / 1000, UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def status_of(record: FormRecord | None, review: Review | None) -> str:
    """none, draft, submitted, accepted or returned."""
    if record is None:
        return "none"
    if review is not None and review.current_for(record):
        return review.result
    return record.status


def lock_orgs(conn: Connection, orgs: Iterable[str]) -> None:
    """Serialise reviews and pushes of one МО's forms on PostgreSQL (transaction-scoped
    advisory locks, always taken in the same order); SQLite writes one at a time anyway."""
    if conn.dialect.name != "postgresql":
        return
    for org in sorted(set(orgs)):
        digest = hashlib.sha256(f"svodka-form:{org}".encode()).digest()
        key = int.from_bytes(digest[:8], "big", signed=True)
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})


def form_records(
    conn: Connection, quarter: str, orgs: list[str] | None = None
) -> dict[str, FormRecord]:
    """Each МО's latest form record for the quarter (the one updated last, should two
    devices have made one each)."""
    query = select(
        records.c.entity_id,
        records.c.unit,
        records.c.data,
        records.c.version,
        records.c.updated_ms,
    ).where(records.c.entity == FORMS)
    if orgs is not None:
        query = query.where(records.c.unit.in_(orgs))
    found: dict[str, tuple[tuple[int, str], FormRecord]] = {}
    for row in conn.execute(query).mappings():
        data = json.loads(row["data"])
        if data.get("quarter") != quarter or not row["unit"]:
            continue
        rank = (int(row["updated_ms"]), str(row["entity_id"]))
        if row["unit"] not in found or rank > found[row["unit"]][0]:
            record = FormRecord(str(row["entity_id"]), int(row["version"]), data)
            found[row["unit"]] = (rank, record)
    return {org: record for org, (_, record) in found.items()}


def reviews_of(conn: Connection, quarter: str, orgs: list[str] | None = None) -> list[Review]:
    query = select(form_reviews).where(form_reviews.c.quarter == quarter)
    if orgs is not None:
        query = query.where(form_reviews.c.org.in_(orgs))
    rows = conn.execute(query.order_by(form_reviews.c.id)).mappings()
    return [
        Review(
            int(r["id"]),
            r["org"],
            r["quarter"],
            r["form_id"],
            int(r["form_version"]),
            r["result"],
            r["comment"],
            r["reviewer"],
            int(r["reviewed_ms"]),
        )
        for r in rows
    ]


def latest_reviews(
    conn: Connection, quarter: str, orgs: list[str] | None = None
) -> dict[str, Review]:
    return {r.org: r for r in reviews_of(conn, quarter, orgs)}  # ordered by id: last wins


def statuses(conn: Connection, quarter: str) -> dict[str, tuple[str, FormRecord | None]]:
    """Every МО with a form for the quarter: its status and the record."""
    found = form_records(conn, quarter)
    reviews = latest_reviews(conn, quarter)
    return {org: (status_of(record, reviews.get(org)), record) for org, record in found.items()}


def check_org(conn: Connection, org: str) -> None:
    refuse_nul("org", org)
    unit_type = conn.scalar(select(units.c.type).where(units.c.code == org))
    if unit_type is None:
        raise ApiError(404, "unknown_org", f"no organisation {org} in the registry")
    if unit_type != "mo":
        raise ApiError(
            422, "not_an_mo", f"{org} is a {unit_type}, not an МО: forms belong to an МО"
        )


def check_quarter(quarter: str) -> str:
    refuse_nul("quarter", quarter)
    try:
        period = Period.parse(quarter)
    except ValueError:
        period = None
    if period is None or period.quarter is None:
        raise ApiError(422, "bad_quarter", f"{quarter!r} is not a quarter: write 2025Q3")
    return str(period)


def view(conn: Connection, org: str, quarter: str) -> p.FormView:
    """The form as the server holds it, with every review of it."""
    quarter = check_quarter(quarter)
    check_org(conn, org)
    record = form_records(conn, quarter, [org]).get(org)
    reviews = reviews_of(conn, quarter, [org])
    status = status_of(record, reviews[-1] if reviews else None)
    data = record.data if record else {}
    return p.FormView(
        org=org,
        quarter=quarter,
        status=status,  # type: ignore[arg-type]
        form_id=record.id if record else None,
        values=form_values(record) if record else {},
        overrides={
            k: v for k, v in _json_dict(data.get("overrides_json")).items() if isinstance(v, str)
        },
        submitted_at=_text(data.get("submitted_at")),
        submitted_by=_text(data.get("submitted_by")),
        reviews=[r.as_message() for r in reviews],
    )


def form_values(record: FormRecord) -> dict[str, float | None]:
    """The values the form states, by row key (a device's text is not trusted to hold
    numbers: anything else is left out)."""
    return {
        key: value
        for key, value in _json_dict(record.data.get("values_json")).items()
        if value is None or (isinstance(value, int | float) and not isinstance(value, bool))
    }


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _json_dict(value: Any) -> dict[str, Any]:
    try:
        loaded = json.loads(value) if isinstance(value, str) else {}
    except ValueError:
        return {}
    return loaded if isinstance(loaded, dict) else {}


def decide(
    conn: Connection,
    org: str,
    quarter: str,
    result: str,
    comment: str | None,
    reviewer: str,
    officer_id: str | None = None,
) -> p.FormReview:
    """Accept or return a submitted form; the decision goes to the МО's devices."""
    quarter = check_quarter(quarter)
    comment = _clean_comment(result, comment)
    check_org(conn, org)
    lock_orgs(conn, [org])
    record = form_records(conn, quarter, [org]).get(org)
    status = status_of(record, latest_reviews(conn, quarter, [org]).get(org))
    if record is None:
        raise ApiError(404, "no_form", f"no form of {org} for {quarter} has reached the server")
    if status != "submitted":
        raise ApiError(
            409,
            "not_submitted",
            f"the form of {org} for {quarter} is {status}: only a submitted form can be reviewed",
        )
    now = now_ms()
    conn.execute(
        insert(form_reviews).values(
            org=org,
            quarter=quarter,
            form_id=record.id,
            form_version=record.version,
            result=result,
            comment=comment,
            reviewer=reviewer,
            officer_id=officer_id,
            reviewed_ms=now,
        )
    )
    decision = p.FormReview(
        org=org,
        quarter=quarter,
        status=result,  # type: ignore[arg-type]
        comment=comment,
        reviewed_at=iso_ms(now),
        reviewer=reviewer,
    )
    feed.append(
        conn, "form_review", f"{org}/{quarter}", org, decision.model_dump(exclude={"reviewer"})
    )
    return decision


def _clean_comment(result: str, comment: str | None) -> str | None:
    if result not in REVIEW_RESULTS:
        raise ApiError(422, "bad_result", f"a review is {' or '.join(REVIEW_RESULTS)}")
    comment = (comment or "").strip() or None
    refuse_nul("comment", comment)
    if comment is not None and len(comment) > p.MAX_COMMENT:
        raise ApiError(422, "comment_too_long", f"a comment has at most {p.MAX_COMMENT} characters")
    if result == "returned" and comment is None:
        raise ApiError(422, "comment_required", "a returned form needs a comment: what to fix")
    return comment


@dataclass(frozen=True)
class FormGuard:
    """What a push may not do to forms: change one the region accepted, claim a review, or
    file a form under another МО than the change's unit."""

    locked: frozenset[FormKey]

    @classmethod
    def load(cls, conn: Connection, batch: list[p.Change], currents: Currents) -> FormGuard:
        """Takes the МО's form locks first, so no review lands between this read and commit."""
        keys = {key for c in batch if c.entity == FORMS for key in form_keys(c, currents)}
        if not keys:
            return cls(frozenset())
        lock_orgs(conn, [org for org, _ in keys])
        locked = set()
        for quarter in {q for _, q in keys}:
            orgs = sorted(org for org, q in keys if q == quarter)
            for org, review in latest_reviews(conn, quarter, orgs).items():
                if review.result == "accepted":
                    locked.add((org, quarter))
        return cls(frozenset(locked))

    def refuse(self, change: p.Change, currents: Currents) -> str | None:
        if change.entity != FORMS:
            return None
        keys = form_keys(change, currents)
        if keys & self.locked:
            return LOCKED_REASON
        if change.op == "delete":
            return None
        if change.data.get("status") in REVIEW_RESULTS:
            return NOT_BY_DEVICE
        org = change.data.get("org")
        if isinstance(org, str) and org != change.unit:
            return f"the form is of {org}, but the change is filed under {change.unit}"
        return None


def form_keys(change: p.Change, currents: Currents) -> set[FormKey]:
    """The (org, quarter) of the form a change concerns, before it and after it (an update
    cannot move an accepted form to another quarter either)."""
    current = currents.get((change.entity, change.id))
    before = current.data if current else {}
    return {key for data in (before, {**before, **change.data}) if (key := _key(data)) is not None}


def _key(data: dict[str, Any]) -> FormKey | None:
    org, quarter = data.get("org"), data.get("quarter")
    if isinstance(org, str) and isinstance(quarter, str):
        return org, quarter
    return None
