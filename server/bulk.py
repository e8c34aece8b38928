"""Bulk statements that run the same on SQLite and PostgreSQL (upserts, many-row inserts)."""

from __future__ import annotations

import functools
import json
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert
from sqlalchemy.dialects import postgresql, sqlite


def _as_json(conn: Connection, rows: list[dict[str, Any]]) -> bool:
    """PostgreSQL takes a batch's rows as one JSON parameter: psycopg would adapt each value
    in Python (microseconds apiece, thousands per batch), PostgreSQL parses JSON in C."""
    return conn.dialect.name == "postgresql" and len(rows) > 1


@functools.cache
def _json_insert(
    dialect: Dialect, table: Table, columns: tuple[str, ...], keys: tuple[str, ...]
) -> str:
    """INSERT … SELECT from json_populate_recordset, with ON CONFLICT (keys) DO UPDATE."""
    quote = dialect.identifier_preparer.quote
    name, names = quote(table.name), ", ".join(quote(c) for c in columns)
    sql = (
        f"INSERT INTO {name} ({names}) SELECT {names}"
        f" FROM json_populate_recordset(NULL::{name}, %s::json)"
    )
    if keys:
        updates = ", ".join(f"{quote(c)} = excluded.{quote(c)}" for c in columns if c not in keys)
        sql += f" ON CONFLICT ({', '.join(quote(k) for k in keys)}) DO UPDATE SET {updates}"
    return sql


def upsert(conn: Connection, table: Any, values: dict[str, Any], keys: tuple[str, ...]) -> None:
    """INSERT … ON CONFLICT DO UPDATE, the same statement on SQLite and PostgreSQL."""
    upsert_many(conn, table, [values], keys)


def insert_many(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """INSERT rows with the same columns: executemany, or one statement on PostgreSQL."""
    if _as_json(conn, rows):
        conn.exec_driver_sql(
            _json_insert(conn.dialect, table, tuple(rows[0]), ()), (json.dumps(rows),)
        )
        return
    conn.execute(insert(table), rows)


def upsert_many(
    conn: Connection, table: Any, rows: list[dict[str, Any]], keys: tuple[str, ...]
) -> None:
    """``upsert`` for rows with the same columns and distinct keys: executemany, or one
    statement on PostgreSQL."""
    if _as_json(conn, rows):
        sql = _json_insert(conn.dialect, table, tuple(rows[0]), keys)
        conn.exec_driver_sql(sql, (json.dumps(rows),))
        return
    dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
    statement = dialect.insert(table)
    updates = {k: statement.excluded[k] for k in rows[0] if k not in keys}
    conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates), rows)
