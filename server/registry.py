"""Import the organisation registry from CSV: update by code, never duplicate."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from server import feed
from server.bulk import upsert
from server.clock import now_ms
from server.db import units

COLUMNS = (
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
REQUIRED = ("code", "name", "type")
UNIT_TYPES = ("mo", "tvsp", "fap", "fp", "smp", "lab", "pharmacy", "other")
OWNERSHIP = ("state", "municipal", "private")


class RegistryError(ValueError):
    """The file cannot be imported; ``problems`` lists each bad line in words."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("; ".join(problems[:20]))
        self.problems = problems


@dataclass(frozen=True)
class ImportResult:
    added: int
    updated: int
    unchanged: int


def read_csv(path: Path) -> list[dict[str, Any]]:
    """Rows as dicts; UTF-8 (with or without BOM), comma or semicolon separated."""
    text = _read_text(path)
    reader = csv.DictReader(io.StringIO(text), dialect=_dialect(text))
    missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryError([f"missing columns: {', '.join(missing)}"])
    unknown = [c for c in reader.fieldnames or [] if c not in COLUMNS]
    if unknown:
        raise RegistryError([f"unknown columns: {', '.join(unknown)}"])
    try:
        return [
            {k: (v.strip() or None) if isinstance(v, str) else v for k, v in row.items()}
            for row in reader
        ]
    except csv.Error as exc:
        raise RegistryError([f"line {reader.line_num}: {exc}"]) from None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        # Excel writes plain "CSV" in the local code page (cp1251), not UTF-8.
        raise RegistryError(
            [f'the file is not UTF-8 (byte {exc.start}): save it as "CSV UTF-8"']
        ) from None


def _dialect(text: str) -> type[csv.Dialect]:
    try:
        return csv.Sniffer().sniff(text.splitlines()[0] if text else ",", delimiters=",;")
    except csv.Error:
        # No comma or semicolon in the header: read it as commas, and the column
        # check below names what is missing instead of a csv traceback.
        return csv.excel


def check(rows: list[dict[str, Any]], known: set[str]) -> None:
    problems: list[str] = []
    codes = [r["code"] for r in rows]
    seen: set[str] = set()
    for line, row in enumerate(rows, start=2):
        problems += _row_problems(line, row, set(codes) | known)
        if row["code"] in seen:
            problems.append(f"line {line}: code {row['code']} appears twice")
        seen.add(row["code"])
    if problems:
        raise RegistryError(problems)


def _row_problems(line: int, row: dict[str, Any], codes: set[str]) -> list[str]:
    out = [f"line {line}: {c} is empty" for c in REQUIRED if not row.get(c)]
    if None in row:  # DictReader's key for values beyond the header: columns shifted
        out.append(f"line {line}: more values than columns (an unquoted comma?)")
    if row.get("type") and row["type"] not in UNIT_TYPES:
        out.append(f"line {line}: type {row['type']!r} is not one of {', '.join(UNIT_TYPES)}")
    if row.get("parent") and row["parent"] not in codes:
        out.append(f"line {line}: parent {row['parent']!r} is not in the registry")
    if row.get("parent") == row.get("code"):
        out.append(f"line {line}: a unit cannot be its own parent")
    if row.get("ownership") and row["ownership"] not in OWNERSHIP:
        out.append(f"line {line}: ownership must be one of {', '.join(OWNERSHIP)}")
    if row.get("level") and row["level"] not in ("1", "2", "3"):
        out.append(f"line {line}: level must be 1, 2 or 3")
    return out


def import_rows(conn: Connection, rows: list[dict[str, Any]]) -> ImportResult:
    existing = {r["code"]: dict(r) for r in conn.execute(select(units)).mappings()}
    check(rows, set(existing))
    added = updated = 0
    for row in rows:
        values = {c: row.get(c) for c in COLUMNS}
        values["level"] = int(values["level"]) if values["level"] else None
        old = existing.get(row["code"])
        if old is not None and all(old[c] == values[c] for c in COLUMNS):
            continue
        upsert(conn, units, {**values, "updated_ms": now_ms()}, ("code",))
        code = str(values["code"])
        feed.append(conn, "unit", code, code, values)
        added, updated = (added + 1, updated) if old is None else (added, updated + 1)
    return ImportResult(added, updated, len(rows) - added - updated)
