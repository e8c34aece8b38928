"""Per-field merge of mutable records: the later hybrid clock wins, the loser is logged.

Two devices may edit one record (a quarter's АРМ counts, a workstation) while offline. Each
field keeps the clock, device and record version of its last write; an incoming value wins
when its (clock, device) is greater. A conflict is logged when a different device's value
for the field is overwritten without having been seen, or when the incoming value loses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from desktop.sync import protocol as p

# Filled in once by whoever created the record; never merged, never a conflict.
FIRST_WRITER_FIELDS = frozenset({"id", "created_at", "created_by"})
# Bookkeeping every edit changes: merged like any field, but two edits are not a conflict.
NO_CONFLICT_FIELDS = frozenset({"updated_at"})


@dataclass
class Current:
    """A record as the server holds it."""

    unit: str | None
    data: dict[str, Any]
    version: int = 0
    # field → [clock, device, version] of the write that set it
    clocks: dict[str, list[Any]] = field(default_factory=dict)

    @classmethod
    def from_row(cls, row: Any) -> Current:
        return cls(row["unit"], json.loads(row["data"]), row["version"], json.loads(row["clocks"]))

    def needs_echo(self, device: str, base: int) -> bool:
        """Does the writing device lack part of this state (fields set by others since the
        version it last saw, or a value of its own that lost)?"""
        return any(who != device and version > base for _, who, version in self.clocks.values())


@dataclass(frozen=True)
class Conflict:
    field: str
    kept_value: Any
    lost_value: Any
    kept_clock: str
    lost_clock: str
    kept_device: str
    lost_device: str


def merge(current: Current | None, change: p.Change, device: str) -> tuple[Current, list[Conflict]]:
    """The record after ``change``, and the conflicts it met; ``current`` is not modified."""
    clock = change.hlc or ""
    if current is None:
        version = 1
        clocks = {name: [clock, device, version] for name in change.data}
        return Current(change.unit, dict(change.data), version, clocks), []
    # The unit follows the latest change (scope was checked on it; an МО may refile a record).
    merged = Current(change.unit, dict(current.data), current.version + 1, dict(current.clocks))
    found: list[Conflict] = []
    for name, value in change.data.items():
        if name in FIRST_WRITER_FIELDS and name in merged.data:
            continue
        conflict = _merge_field(merged, name, value, (clock, device), change.base or 0)
        if conflict is not None:
            found.append(conflict)
    return merged, found


def _merge_field(
    merged: Current, name: str, value: Any, writer: tuple[str, str], base: int
) -> Conflict | None:
    clock, device = writer
    held = merged.clocks.get(name)
    old = merged.data.get(name)
    # A device's own later change always wins (seq order); so does one without a clock
    # (arrival order, as before clocks); otherwise the greater (clock, device).
    if held is None or held[1] == device or not clock or (clock, device) > (held[0], held[1]):
        merged.data[name] = value
        merged.clocks[name] = [clock, device, merged.version]
        if name in NO_CONFLICT_FIELDS or held is None or held[1] == device:
            return None
        if held[2] > base and old != value:
            return Conflict(name, value, old, clock, held[0], device, held[1])
        return None
    if held[1] != device and old != value and name not in NO_CONFLICT_FIELDS:
        return Conflict(name, old, value, held[0], clock, held[1], device)
    return None


def conflict_row(entity: str, entity_id: str, unit: str | None, c: Conflict) -> dict[str, Any]:
    return {
        "entity": entity,
        "entity_id": entity_id,
        "unit": unit,
        "field": c.field,
        "kept_value": p.canonical_json(c.kept_value),
        "lost_value": p.canonical_json(c.lost_value),
        "kept_clock": c.kept_clock,
        "lost_clock": c.lost_clock,
        "kept_device": c.kept_device,
        "lost_device": c.lost_device,
    }


def feed_data(entity: str, entity_id: str, record: Current, met: list[Conflict]) -> dict[str, Any]:
    """A ``record`` pull item: the merged record with each field's clock and writer, and
    the conflicts this merge met (every device in scope logs them)."""
    return {
        "entity": entity,
        "id": entity_id,
        "version": record.version,
        "data": record.data,
        "clocks": {name: held[0] for name, held in record.clocks.items()},
        "writers": {name: held[1] for name, held in record.clocks.items()},
        "conflicts": [conflict.__dict__ for conflict in met],
    }
