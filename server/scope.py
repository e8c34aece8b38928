"""Which units a device's scope covers: one unit, an МО with its subdivisions, a district."""

from __future__ import annotations

from sqlalchemy import Connection, or_, select

from server.db import units


def units_in_scope(conn: Connection, kind: str, code: str) -> list[str]:
    if kind == "unit":
        query = select(units.c.code).where(units.c.code == code)
    elif kind == "mo":
        query = select(units.c.code).where(or_(units.c.code == code, units.c.parent == code))
    else:
        query = select(units.c.code).where(units.c.district == code)
    return sorted(conn.scalars(query))


def scope_exists(conn: Connection, kind: str, code: str) -> bool:
    return bool(units_in_scope(conn, kind, code))
