"""Domain reads: registry, catalogs, a unit's facts, history and the outbox."""

from __future__ import annotations

import json
from typing import Any

from desktop.storage.base import StoreBase
from desktop.storage.errors import NotFound
from desktop.storage.models import (
    ArmTotals,
    Attachment,
    CatalogItem,
    Conflict,
    HistoryEntry,
    OutboxEntry,
    Unit,
)
from desktop.storage.records import Quarter

UNIT_COLUMNS = "code, name, type, parent, district, short_name, frmo_oid, invented"
FACT_TABLES = (
    "connection_observations",
    "outages",
    "arm_counts",
    "workstations",
    "documents",
    "subsystem_connections",
    "acts",
)


class Queries(StoreBase):
    """Every read the app needs; each returns plain data."""

    def units(self, *, type: str | None = None, district: str | None = None) -> list[Unit]:
        sql = f"SELECT {UNIT_COLUMNS} FROM units WHERE closed_on IS NULL"
        args: list[Any] = []
        if type is not None:
            sql += " AND type = ?"
            args.append(type)
        if district is not None:
            sql += " AND district = ?"
            args.append(district)
        rows = self.conn.execute(
            sql + " ORDER BY coalesce(parent, code), parent IS NOT NULL, name", args
        )
        return [_unit(r) for r in rows]

    def unit(self, code: str) -> Unit:
        row = self.conn.execute(
            f"SELECT {UNIT_COLUMNS} FROM units WHERE code = ?", (code,)
        ).fetchone()
        if row is None:
            raise NotFound("unit", code)
        return _unit(row)

    def subdivisions(self, code: str) -> list[Unit]:
        rows = self.conn.execute(
            f"SELECT {UNIT_COLUMNS} FROM units WHERE parent = ? ORDER BY name", (code,)
        )
        return [_unit(r) for r in rows]

    def catalog(self, kind: str) -> list[CatalogItem]:
        rows = self.conn.execute(
            "SELECT c.kind, c.code, min(c.name) FROM catalog_items c"
            " JOIN region_packs p ON p.id = c.pack_id WHERE p.active AND c.kind = ?"
            " GROUP BY c.code ORDER BY min(c.sort), c.code",
            (kind,),
        )
        return [CatalogItem(*r) for r in rows]

    def facts(self, table: str, unit: str) -> list[dict[str, Any]]:
        """All rows of one fact table for a unit, newest first."""
        if table not in FACT_TABLES:
            raise ValueError(f"not a fact table: {table}")
        cursor = self.conn.execute(
            f"SELECT * FROM {table} WHERE unit = ? ORDER BY created_at DESC", (unit,)
        )
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def history(
        self, unit: str | None = None, *, limit: int = 200, before_seq: int | None = None
    ) -> list[HistoryEntry]:
        """A unit's audit trail (all units when None), newest first.

        Pages by keyset (``before_seq`` = the last seq of the previous page), so a deep
        page over a million rows costs the same as the first one.
        """
        clauses: list[str] = []
        args: list[Any] = []
        if unit is not None:
            clauses.append("a.unit = ?")
            args.append(unit)
        if before_seq is not None:
            clauses.append("a.seq < ?")
            args.append(before_seq)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.conn.execute(
            "SELECT a.seq, a.at, a.actor, a.action, a.entity, a.entity_id, a.unit, a.details,"
            f" o.state FROM audit_log a LEFT JOIN outbox o ON o.seq = a.outbox_seq {where}"
            " ORDER BY a.seq DESC LIMIT ?",
            [*args, limit],
        )
        return [
            HistoryEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], json.loads(r[7]), r[8])
            for r in rows
        ]

    def history_count(self, unit: str | None = None) -> int:
        if unit is None:
            return int(self.conn.execute("SELECT count(*) FROM audit_log").fetchone()[0])
        return int(
            self.conn.execute("SELECT count(*) FROM audit_log WHERE unit = ?", (unit,)).fetchone()[
                0
            ]
        )

    def outbox(self, state: str | None = None, *, limit: int = 500) -> list[OutboxEntry]:
        where, args = ("WHERE state = ?", [state]) if state else ("", [])
        rows = self.conn.execute(
            "SELECT seq, entity, entity_id, op, unit, state, created_at, error FROM outbox"
            f" {where} ORDER BY seq LIMIT ?",
            [*args, limit],
        )
        return [OutboxEntry(*r) for r in rows]

    def attachment(self, attachment_id: str) -> Attachment:
        row = self.conn.execute(
            "SELECT id, file_name, media_type, size, sha256, content FROM attachments WHERE id = ?",
            (attachment_id,),
        ).fetchone()
        if row is None:
            raise NotFound("attachment", attachment_id)
        return Attachment(*row)

    def current_connection(self, unit: str) -> dict[str, Any] | None:
        """The latest observation: "current status" is derived, never stored."""
        cursor = self.conn.execute(
            "SELECT * FROM connection_observations WHERE unit = ?"
            " ORDER BY observed_at DESC, id DESC LIMIT 1",
            (unit,),
        )
        row = cursor.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cursor.description], row, strict=True))

    def arm_totals(self, unit: str, quarter: str) -> ArmTotals | None:
        """Recorded counts for the quarter, else counts derived from the inventory."""
        q = str(Quarter.parse(quarter))
        row = self.conn.execute(
            "SELECT total, mis, zspd, coalesce(certified, 0) FROM arm_counts"
            " WHERE unit = ? AND quarter = ?",
            (unit, q),
        ).fetchone()
        if row is not None:
            return ArmTotals(row[0], row[1], row[2], row[3], source="counts")
        return self.inventory_totals(unit, quarter)

    def inventory_totals(self, unit: str, quarter: str) -> ArmTotals | None:
        """Workstations in service on the quarter's last day (the passport counts at end)."""
        end = Quarter.parse(quarter).last_day.isoformat()
        row = self.conn.execute(
            "SELECT count(*), sum(mis_client), sum(zspd_client),"
            " sum(certificate IS NOT NULL) FROM workstations WHERE unit = ?"
            " AND (in_service_on IS NULL OR in_service_on <= ?)"
            " AND (retired_on IS NULL OR retired_on > ?)",
            (unit, end, end),
        ).fetchone()
        if not row[0]:
            return None
        return ArmTotals(row[0], row[1], row[2], row[3], source="inventory")

    def conflicts(self, *, unseen_only: bool = False) -> list[Conflict]:
        where = "WHERE NOT seen" if unseen_only else ""
        rows = self.conn.execute(
            "SELECT id, entity, entity_id, field, kept_value, lost_value, lost_device,"
            f" detected_at, seen FROM conflicts {where} ORDER BY id DESC"
        )
        return [
            Conflict(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], seen=bool(r[8])) for r in rows
        ]


def _unit(row: tuple[Any, ...]) -> Unit:
    return Unit(
        code=row[0],
        name=row[1],
        type=row[2],
        parent=row[3],
        district=row[4],
        short_name=row[5],
        frmo_oid=row[6],
        invented=bool(row[7]),
    )
