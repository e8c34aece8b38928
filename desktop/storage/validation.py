"""Field-level checks for every domain write; all problems are reported at once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from desktop.storage.errors import FieldError, ValidationFailed
from desktop.storage.records import (
    DOCUMENT_STATUSES,
    STAGE_NONE,
    ActInput,
    ArmCountsInput,
    ConnectionInput,
    DocumentInput,
    OutageInput,
    Quarter,
    SubsystemInput,
    WorkstationInput,
)

MAX_COUNT = 1_000_000
MAX_NOTE = 2000
MAX_SHORT = 200
MAX_ATTACHMENT = 20 * 1024 * 1024
ATTACHMENT_TYPES = ("application/pdf", "image/jpeg", "image/png", "image/tiff")
EARLIEST = date(2010, 1, 1)
CLOCK_SLACK = timedelta(minutes=10)


class Checker:
    """Collects FieldErrors; ``done()`` raises them together."""

    def __init__(self, catalog: Callable[[str], set[str]], unit_exists: Callable[[str], bool]):
        self.errors: list[FieldError] = []
        self._catalog = catalog
        self._unit_exists = unit_exists

    def fail(self, field: str, code: str, **params: Any) -> None:
        self.errors.append(FieldError(field, code, params))

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)

    def unit(self, code: str) -> None:
        if not code.strip():
            self.fail("unit", "required")
        elif not self._unit_exists(code):
            self.fail("unit", "unknown_unit", value=code)

    def code(self, field: str, kind: str, value: str | None, *, required: bool = True) -> None:
        if value is None or not value.strip():
            if required:
                self.fail(field, "required")
            return
        if value not in self._catalog(kind):
            self.fail(field, "unknown_code", value=value, kind=kind)

    def count(self, field: str, value: int | None, *, minimum: int = 0) -> None:
        if value is not None and not minimum <= value <= MAX_COUNT:
            self.fail(field, "out_of_range", value=value, minimum=minimum, maximum=MAX_COUNT)

    def not_more(self, field: str, value: int | None, limit_field: str, limit: int | None) -> None:
        if value is not None and limit is not None and value > limit:
            self.fail(field, "exceeds", value=value, limit_field=limit_field, limit=limit)

    def text(
        self, field: str, value: str | None, *, limit: int = MAX_NOTE, required: bool = False
    ) -> None:
        if value is None or not value.strip():
            if required:
                self.fail(field, "required")
        elif len(value) > limit:
            self.fail(field, "too_long", length=len(value), maximum=limit)

    def day(self, field: str, value: date | None) -> None:
        if value is None:
            return
        today = datetime.now(UTC).date() + timedelta(days=1)  # a day of slack for time zones
        if value > today:
            self.fail(field, "in_future", value=value.isoformat())
        elif value < EARLIEST:
            self.fail(field, "too_early", value=value.isoformat(), minimum=EARLIEST.isoformat())

    def moment(self, field: str, value: datetime | None) -> None:
        if value is None:
            return
        if value.tzinfo is None:
            self.fail(field, "no_timezone")
        elif value > datetime.now(UTC) + CLOCK_SLACK:
            self.fail(field, "in_future", value=value.isoformat())
        elif value.date() < EARLIEST:
            self.fail(field, "too_early", value=value.isoformat(), minimum=EARLIEST.isoformat())

    def quarter(self, field: str, text: str) -> Quarter | None:
        try:
            quarter = Quarter.parse(text, field)
        except ValidationFailed as exc:
            self.errors.extend(exc.errors)
            return None
        if quarter.first_day > datetime.now(UTC).date():
            self.fail(field, "in_future", value=str(quarter))
        elif quarter.year < EARLIEST.year:
            self.fail(field, "too_early", value=str(quarter), minimum=EARLIEST.year)
        return quarter


def check_connection(c: Checker, r: ConnectionInput) -> None:
    c.unit(r.unit)
    c.code("channel", "channel", r.channel, required=False)
    if not r.internet and r.channel not in (None, "", "none"):
        c.fail("channel", "channel_without_internet", value=r.channel)
    if r.bandwidth_kbps is not None and not 0 <= r.bandwidth_kbps <= 10_000_000:
        c.fail(
            "bandwidth_kbps", "out_of_range", value=r.bandwidth_kbps, minimum=0, maximum=10_000_000
        )
    c.text("provider", r.provider, limit=MAX_SHORT)
    c.text("note", r.note)
    c.moment("observed_at", r.observed_at)


def check_outage(c: Checker, r: OutageInput) -> None:
    c.unit(r.unit)
    c.moment("started_at", r.started_at)
    c.moment("ended_at", r.ended_at)
    if r.ended_at is not None and r.ended_at < r.started_at:
        c.fail(
            "ended_at", "before_start", value=r.ended_at.isoformat(), start=r.started_at.isoformat()
        )
    c.text("cause", r.cause, limit=MAX_SHORT)
    c.text("note", r.note)


def check_arm_counts(c: Checker, r: ArmCountsInput) -> None:
    c.unit(r.unit)
    c.quarter("quarter", r.quarter)
    for name in ("total", "mis", "zspd", "certified", "workers_need", "workers_provided"):
        c.count(name, getattr(r, name))
    for name in ("mis", "zspd", "certified"):
        c.not_more(name, getattr(r, name), "total", r.total)
    c.not_more("workers_provided", r.workers_provided, "workers_need", r.workers_need)
    c.text("note", r.note)


def check_workstation(c: Checker, r: WorkstationInput) -> None:
    c.unit(r.unit)
    c.text("inventory_no", r.inventory_no, limit=64, required=True)
    for name in ("room", "os", "certificate"):
        c.text(name, getattr(r, name), limit=MAX_SHORT)
    c.day("in_service_on", r.in_service_on)
    c.day("retired_on", r.retired_on)
    if r.in_service_on and r.retired_on and r.retired_on < r.in_service_on:
        c.fail(
            "retired_on",
            "before_start",
            value=r.retired_on.isoformat(),
            start=r.in_service_on.isoformat(),
        )
    c.text("note", r.note)


def check_document(c: Checker, r: DocumentInput) -> None:
    c.unit(r.unit)
    c.code("doc_class", "doc_class", r.doc_class)
    c.code("target_system", "target_system", r.target_system, required=False)
    c.day("sent_on", r.sent_on)
    c.count("count", r.count, minimum=1)
    if r.status not in DOCUMENT_STATUSES:
        c.fail("status", "unknown_code", value=r.status, kind="document_status")
    c.text("registry_no", r.registry_no, limit=MAX_SHORT)
    c.text("note", r.note)


def check_subsystem(c: Checker, r: SubsystemInput) -> None:
    c.unit(r.unit)
    c.code("subsystem", "subsystem", r.subsystem)
    c.code("stage", "stage", r.stage)
    if not r.applicable and r.stage != STAGE_NONE:
        c.fail("stage", "stage_not_applicable", value=r.stage)
    c.day("since", r.since)
    c.text("note", r.note)


def check_act(c: Checker, r: ActInput) -> None:
    c.unit(r.unit)
    c.code("act_type", "act_type", r.act_type)
    c.text("number", r.number, limit=64, required=True)
    c.day("signed_on", r.signed_on)
    c.text("note", r.note)
    if r.attachment is not None:
        check_attachment(c, r.attachment.media_type, len(r.attachment.content))


def check_attachment(c: Checker, media_type: str, size: int) -> None:
    if media_type not in ATTACHMENT_TYPES:
        c.fail(
            "attachment", "bad_media_type", value=media_type, allowed=", ".join(ATTACHMENT_TYPES)
        )
    if size == 0:
        c.fail("attachment", "empty_file")
    elif size > MAX_ATTACHMENT:
        c.fail("attachment", "file_too_large", size=size, maximum=MAX_ATTACHMENT)


def codes(rows: Iterable[tuple[str]]) -> set[str]:
    return {r[0] for r in rows}
