"""Regional officers: bearer tokens shown once, kept as hashes, one active token per name."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from server.clock import now_ms
from server.db import officers
from server.errors import ApiError, refuse_nul

TOKEN_PREFIX = "svk_"  # lets secret scanners and people tell a Svodka token at a glance
TOKEN_BYTES = 32
MAX_NAME = 200


class Unauthorized(ApiError):
    """401 for an officer call; the answer names the Bearer scheme."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(401, code, detail)


@dataclass(frozen=True)
class Officer:
    id: str
    name: str


@dataclass(frozen=True)
class Issued:
    officer: Officer
    token: str
    replaced: int  # earlier active tokens of this name, revoked by the new one


def token_hash(token: str) -> str:
    # A token has 256 random bits: a plain hash cannot be reversed or guessed.
    return hashlib.sha256(token.encode()).hexdigest()


def clean_name(name: str) -> str:
    name = name.strip()
    refuse_nul("name", name)
    if not name or len(name) > MAX_NAME:
        raise ApiError(422, "bad_name", f"an officer's name has 1 to {MAX_NAME} characters")
    return name


def issue(conn: Connection, name: str) -> Issued:
    """A new token for the officer ``name``; the one they had before stops working."""
    name = clean_name(name)
    replaced = _revoke(conn, name)
    token = TOKEN_PREFIX + secrets.token_urlsafe(TOKEN_BYTES)
    officer = Officer(secrets.token_hex(16), name)
    conn.execute(
        insert(officers).values(
            id=officer.id, name=name, token_hash=token_hash(token), created_ms=now_ms()
        )
    )
    return Issued(officer, token, replaced)


def revoke(conn: Connection, name: str) -> int:
    """Revoke the officer's token; raises when they have none active."""
    count = _revoke(conn, clean_name(name))
    if not count:
        raise ApiError(404, "unknown_officer", f"no active token for officer {name!r}")
    return count


def _revoke(conn: Connection, name: str) -> int:
    done = conn.execute(
        update(officers)
        .where(officers.c.name == name, officers.c.revoked_ms.is_(None))
        .values(revoked_ms=now_ms())
    )
    return int(done.rowcount or 0)


def listing(conn: Connection) -> list[dict[str, Any]]:
    """Every token issued (never the token itself): name, when, revoked when."""
    query = select(
        officers.c.id, officers.c.name, officers.c.created_ms, officers.c.revoked_ms
    ).order_by(officers.c.created_ms)
    return [dict(row) for row in conn.execute(query).mappings()]


def authenticate(conn: Connection, token: str | None) -> Officer:
    """The officer whose token this is; 401 for none, an unknown one or a revoked one."""
    if not token:
        raise Unauthorized("no_token", "send an officer token: Authorization: Bearer <token>")
    row = (
        conn.execute(
            select(officers.c.id, officers.c.name, officers.c.revoked_ms).where(
                officers.c.token_hash == token_hash(token)
            )
        )
        .mappings()
        .first()
    )
    if row is None:
        raise Unauthorized("bad_token", "this officer token is not known to the server")
    if row["revoked_ms"] is not None:
        raise Unauthorized("revoked_token", "this officer token was revoked; ask for a new one")
    return Officer(str(row["id"]), str(row["name"]))
