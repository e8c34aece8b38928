"""Typed inputs for every domain write, and the small value types they use."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from desktop.storage.errors import FieldError, ValidationFailed

QUARTER_RE = re.compile(r"^(\d{4})Q([1-4])$")
DOCUMENT_STATUSES = ("sent", "registered", "rejected")
STAGE_NONE = "none"


@dataclass(frozen=True, order=True)
class Quarter:
    """A calendar quarter, written ``2025Q3``."""

    year: int
    number: int

    @classmethod
    def parse(cls, text: str, field: str = "quarter") -> Quarter:
        match = QUARTER_RE.match(text.strip().upper())
        if not match:
            raise ValidationFailed([FieldError(field, "bad_quarter", {"value": text})])
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Quarter:
        return cls(day.year, (day.month - 1) // 3 + 1)

    def __str__(self) -> str:
        return f"{self.year}Q{self.number}"

    @property
    def first_day(self) -> date:
        return date(self.year, 3 * self.number - 2, 1)

    @property
    def last_day(self) -> date:
        if self.number == 4:
            return date(self.year, 12, 31)
        return date(self.year, 3 * self.number + 1, 1) - timedelta(days=1)


@dataclass(frozen=True)
class ConnectionInput:
    """An observation of a unit's link: Internet, channel, ЗСПД, СКЗИ."""

    unit: str
    internet: bool
    channel: str | None = None
    zspd: bool | None = None
    skzi: bool | None = None
    bandwidth_kbps: int | None = None
    provider: str | None = None
    note: str | None = None
    observed_at: datetime | None = None
    act_id: str | None = None
    source: str = "manual"
    latency_ms: int | None = None


@dataclass(frozen=True)
class OutageInput:
    """A period without a link; ``ended_at`` stays empty while it lasts."""

    unit: str
    started_at: datetime
    ended_at: datetime | None = None
    cause: str | None = None
    note: str | None = None
    source: str = "manual"


@dataclass(frozen=True)
class ArmCountsInput:
    """АРМ counts of a unit for one quarter (replaces that quarter's earlier counts)."""

    unit: str
    quarter: str
    total: int
    mis: int
    zspd: int
    certified: int | None = None
    workers_need: int | None = None
    workers_provided: int | None = None
    note: str | None = None


@dataclass(frozen=True)
class WorkstationInput:
    """One workstation of a unit's inventory, keyed by its inventory number."""

    unit: str
    inventory_no: str
    mis_client: bool
    zspd_client: bool
    room: str | None = None
    os: str | None = None
    certificate: str | None = None
    in_service_on: date | None = None
    retired_on: date | None = None
    note: str | None = None


@dataclass(frozen=True)
class DocumentInput:
    """A record of documents a unit sent: class, date, count; never patient data."""

    unit: str
    doc_class: str
    sent_on: date
    count: int
    target_system: str | None = None
    signed: bool = False
    status: str = "sent"
    registry_no: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class SubsystemInput:
    """A unit's connection to one centralized subsystem."""

    unit: str
    subsystem: str
    stage: str
    applicable: bool = True
    since: date | None = None
    act_id: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class AttachmentInput:
    """A scanned file attached to an act; stored inside the encrypted database."""

    file_name: str
    media_type: str
    content: bytes


@dataclass(frozen=True)
class ActInput:
    """An evidence act: its type, number, date and an optional scan."""

    unit: str
    act_type: str
    number: str
    signed_on: date
    note: str | None = None
    attachment: AttachmentInput | None = None
