"""Records merged on the server, applied here: the later clock per field, conflicts logged."""

from __future__ import annotations

import json
from typing import Any

from desktop.storage.base import StoreBase
from desktop.storage.hlc import observe_hlc
from desktop.storage.ids import utc_now

# Tables whose rows several devices may edit (ids derive from a natural key); the server
# merges them per field and sends them back. Kept in step with the protocol's list by a test.
MUTABLE_TABLES = frozenset({"arm_counts", "workstations", "subsystem_connections", "outages"})
# Facts written once, sent to the scope's other devices (in step with the protocol's list).
SHARED_FACT_TABLES = frozenset({"connection_observations", "documents"})
# References to rows another device may have made that this one has not got: left empty.
OPTIONAL_REFERENCES = {
    "subsystem_connections": {"act_id": "acts"},
    "connection_observations": {"act_id": "acts"},
}
FIRST_WRITER_FIELDS = frozenset({"id", "created_at", "created_by"})


class RemoteRecords(StoreBase):
    """Applies ``record`` pull items; the caller holds the write transaction."""

    def _apply_record(self, item: dict[str, Any]) -> None:
        table, record_id = str(item["entity"]), str(item["id"])
        if table in SHARED_FACT_TABLES:
            self._add_fact(table, item["data"])
            return
        if table not in MUTABLE_TABLES:
            return
        columns = self._columns(table)
        remote = {k: v for k, v in item["data"].items() if k in columns}
        local = self._row(table, record_id)
        keep = self._pending_wins(table, record_id, item)
        values = {k: v for k, v in remote.items() if k not in keep}
        if local is not None:
            values = {k: v for k, v in values.items() if k not in FIRST_WRITER_FIELDS}
        values = self._known_references(table, values)
        if local is None:
            self._insert(table, values)
        elif values:
            self._update(table, record_id, values)
        self.conn.execute(
            "INSERT INTO record_versions (entity, entity_id, version) VALUES (?, ?, ?)"
            " ON CONFLICT (entity, entity_id) DO UPDATE SET version = excluded.version",
            (table, record_id, int(item["version"])),
        )
        for conflict in item.get("conflicts", []):
            self._log_conflict(table, record_id, conflict)
        clocks = [str(c) for c in item.get("clocks", {}).values() if c]
        if clocks:
            observe_hlc(self.conn, max(clocks))

    def _add_fact(self, table: str, data: dict[str, Any]) -> None:
        """A fact another device wrote: added once, never changed (it has one writer)."""
        columns = self._columns(table)
        values = self._known_references(table, {k: v for k, v in data.items() if k in columns})
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.conn.execute(
            f"INSERT INTO {table} ({names}) VALUES ({marks}) ON CONFLICT (id) DO NOTHING",
            list(values.values()),
        )

    def _pending_wins(self, table: str, record_id: str, item: dict[str, Any]) -> set[str]:
        """Fields this device changed and has not yet had held by the server, with a later
        clock than the server's: the server will keep them too, so they stay."""
        device = self._device_id()
        clocks: dict[str, str] = item.get("clocks", {})
        writers: dict[str, str] = item.get("writers", {})
        rows = self.conn.execute(
            "SELECT payload, hlc FROM outbox WHERE entity = ? AND entity_id = ?"
            " AND state IN ('queued', 'sent') ORDER BY seq",
            (table, record_id),
        )
        mine: dict[str, str] = {}
        for payload, hlc in rows:
            mine.update(dict.fromkeys(json.loads(payload), hlc or ""))
        return {
            name
            for name, hlc in mine.items()
            if name in clocks and (hlc, device) > (clocks[name], writers.get(name, ""))
        }

    def _device_id(self) -> str:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'device_id'").fetchone()
        return str(row[0]) if row else ""

    def _columns(self, table: str) -> set[str]:
        return {str(r[1]) for r in self.conn.execute(f"PRAGMA table_info({table})")}

    def _known_references(self, table: str, values: dict[str, Any]) -> dict[str, Any]:
        for column, target in OPTIONAL_REFERENCES.get(table, {}).items():
            ref = values.get(column)
            if (
                ref is not None
                and not self.conn.execute(f"SELECT 1 FROM {target} WHERE id = ?", (ref,)).fetchone()
            ):
                values = {**values, column: None}
        return values

    def _insert(self, table: str, values: dict[str, Any]) -> None:
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", list(values.values()))

    def _update(self, table: str, record_id: str, values: dict[str, Any]) -> None:
        assignments = ", ".join(f"{name} = ?" for name in values)
        self.conn.execute(
            f"UPDATE {table} SET {assignments} WHERE id = ?", [*values.values(), record_id]
        )

    def _log_conflict(self, table: str, record_id: str, conflict: dict[str, Any]) -> None:
        self.conn.execute(
            "INSERT INTO conflicts (entity, entity_id, field, kept_value, lost_value,"
            " kept_clock, lost_clock, lost_device, kept_device, detected_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                table,
                record_id,
                conflict["field"],
                json.dumps(conflict["kept_value"], ensure_ascii=False),
                json.dumps(conflict["lost_value"], ensure_ascii=False),
                conflict["kept_clock"],
                conflict["lost_clock"],
                conflict["lost_device"],
                conflict["kept_device"],
                utc_now(),
            ),
        )
