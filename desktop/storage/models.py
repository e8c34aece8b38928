"""Read models returned by the store: plain frozen dataclasses, no SQL and no Qt."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Unit:
    """A unit of the organisation registry (МО, ТВСП, ФАП, ФП …)."""

    code: str
    name: str
    type: str
    parent: str | None
    district: str | None
    short_name: str | None = None
    frmo_oid: str | None = None
    invented: bool = False

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "name": self.name,
            "type": self.type,
            "parent": self.parent,
            "district": self.district,
        }


@dataclass(frozen=True)
class CatalogItem:
    kind: str
    code: str
    name: str


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a unit's history: what was recorded, when, by whom."""

    seq: int
    at: str
    actor: str
    action: str
    entity: str | None
    entity_id: str | None
    unit: str | None
    details: dict[str, Any]
    sync_state: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at,
            "actor": self.actor,
            "action": self.action,
            "entity": self.entity,
            "id": self.entity_id,
            "unit": self.unit,
            "details": self.details,
            "sync_state": self.sync_state,
        }


@dataclass(frozen=True)
class OutboxEntry:
    seq: int
    entity: str
    entity_id: str
    op: str
    unit: str | None
    state: str
    created_at: str
    error: str | None


@dataclass(frozen=True)
class Status:
    """The queue at a glance, for ``svodka status`` and the status bar."""

    queued: int
    sent: int
    quarantined: int
    synced: int
    last_sync: str | None
    units: int
    enrolled: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "queued": self.queued,
            "sent": self.sent,
            "quarantined": self.quarantined,
            "synced": self.synced,
            "last_sync": self.last_sync,
            "units": self.units,
            "enrolled": self.enrolled,
        }


@dataclass(frozen=True)
class Attachment:
    id: str
    file_name: str
    media_type: str
    size: int
    sha256: str
    content: bytes


@dataclass(frozen=True)
class ArmTotals:
    """АРМ counts, either recorded for a quarter or derived from the inventory."""

    total: int
    mis: int
    zspd: int
    certified: int
    source: str  # "counts" or "inventory"


@dataclass(frozen=True)
class Conflict:
    """A value that lost a concurrent edit; kept so nothing is silently lost."""

    id: int
    entity: str
    entity_id: str
    field: str
    kept_value: str | None
    lost_value: str | None
    lost_device: str | None
    detected_at: str
    seen: bool
