"""Reference data from the server (or bundled files): the registry and catalog packs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from desktop.paths import resource
from desktop.storage import journal
from desktop.storage.base import StoreBase
from desktop.storage.errors import FieldError, ValidationFailed
from desktop.storage.ids import utc_now

UNIT_FIELDS = (
    "code",
    "name",
    "short_name",
    "type",
    "parent",
    "district",
    "frmo_oid",
    "ownership",
    "level",
    "address",
    "closed_on",
)


class ReferenceLoader(StoreBase):
    """Loads read-only reference data; the user never edits it locally."""

    def load_registry(
        self, units: list[dict[str, Any]], *, invented: bool = False, source: str = "server"
    ) -> int:
        """Insert or update units by code (never duplicates); returns how many."""
        _check_registry(units, self._unit_codes())
        now = utc_now()
        with self.transaction():
            for unit in units:
                row = {f: unit.get(f) for f in UNIT_FIELDS}
                row.update(invented=int(invented), updated_at=now)
                self.db.table("units").upsert(row, pk="code")
            journal.append_audit(
                self.conn,
                actor=self.actor,
                action="registry_loaded",
                details={"units": len(units), "source": source, "invented": invented},
            )
        return len(units)

    def _unit_codes(self) -> set[str]:
        return {r[0] for r in self.conn.execute("SELECT code FROM units")}

    def load_pack(self, pack: dict[str, Any]) -> None:
        """Replace one pack (catalogs, indicators, targets); trusted, already validated."""
        with self.transaction():
            self.conn.execute(
                "INSERT INTO region_packs (id, region, version, title, invented, loaded_at,"
                " content) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                " version = excluded.version, title = excluded.title,"
                " invented = excluded.invented, loaded_at = excluded.loaded_at,"
                " content = excluded.content",
                (
                    pack["id"],
                    pack["region"],
                    str(pack["version"]),
                    pack["title"],
                    int(pack.get("invented", False)),
                    utc_now(),
                    json.dumps(pack, ensure_ascii=False) if pack.get("indicators") else None,
                ),
            )
            for table in ("catalog_items", "targets", "indicators"):
                self.conn.execute(f"DELETE FROM {table} WHERE pack_id = ?", (pack["id"],))
            self.conn.executemany(
                "INSERT INTO catalog_items (pack_id, kind, code, name, sort) VALUES (?,?,?,?,?)",
                _catalog_rows(pack),
            )
            self.conn.executemany(
                "INSERT INTO indicators (pack_id, number, name, measure, kind, split,"
                " base_value, base_date, source_ref, note) VALUES (?,?,?,?,?,?,?,?,?,?)",
                _indicator_rows(pack),
            )
            self.conn.executemany(
                "INSERT INTO targets (pack_id, indicator, year, part, value_abs, value_pct,"
                " note) VALUES (?,?,?,?,?,?,?)",
                _target_rows(pack),
            )
            journal.append_audit(
                self.conn,
                actor=self.actor,
                action="catalogs_loaded",
                details={"pack": pack["id"], "version": pack["version"]},
            )

    def region_pack_content(self) -> str | None:
        """The whole pack with indicators last loaded (JSON), or None before any arrived."""
        row = self.conn.execute(
            "SELECT content FROM region_packs WHERE content IS NOT NULL AND active = 1"
            " ORDER BY loaded_at DESC LIMIT 1"
        ).fetchone()
        return None if row is None else str(row[0])

    def load_base_catalogs(self) -> None:
        self.load_pack(_read_json(resource("catalogs", "base.json")))

    def load_demo_registry(self) -> int:
        demo = _read_json(resource("demo", "registry.json"))
        return self.load_registry(demo["units"], invented=True, source="demo")


def _catalog_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (pack["id"], kind, item["code"], item["name"], i)
        for kind, items in pack.get("catalogs", {}).items()
        for i, item in enumerate(items)
    ]


def _indicator_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            pack["id"],
            i["number"],
            i["name"],
            i["measure"],
            i["kind"],
            int(i.get("split", False)),
            i.get("base_value"),
            i.get("base_date"),
            i.get("source"),
            i.get("note"),
        )
        for i in pack.get("indicators", [])
    ]


def _target_rows(pack: dict[str, Any]) -> list[tuple[Any, ...]]:
    return [
        (
            pack["id"],
            t["indicator"],
            t["year"],
            t.get("part", "total"),
            t.get("value_abs"),
            t.get("value_pct"),
            t.get("note"),
        )
        for t in pack.get("targets", [])
    ]


def _read_json(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _check_registry(units: list[dict[str, Any]], known: set[str]) -> None:
    codes = {u.get("code") for u in units} | known
    errors = [
        FieldError(f"units[{i}].code", "required")
        for i, u in enumerate(units)
        if not u.get("code") or not u.get("name") or not u.get("type")
    ]
    errors += [
        FieldError(f"units[{i}].parent", "unknown_unit", {"value": u["parent"]})
        for i, u in enumerate(units)
        if u.get("parent") and u["parent"] not in codes
    ]
    if errors:
        raise ValidationFailed(errors)
