"""One-time, expiring enrolment codes, and turning a code plus a public key into a device."""

from __future__ import annotations

import hashlib
import secrets
import uuid
from dataclasses import dataclass

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from desktop.sync.protocol import unb64
from server.clock import now_ms
from server.db import devices, enrol_codes
from server.errors import ApiError
from server.scope import scope_exists, units_in_scope

# Unambiguous letters and digits, read over the phone: no 0/O, 1/I/L.
ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


@dataclass(frozen=True)
class IssuedCode:
    code: str
    scope_kind: str
    scope_code: str
    expires_ms: int


def _hash(code: str) -> str:
    normalised = "".join(ch for ch in code.upper() if ch.isalnum())
    return hashlib.sha256(normalised.encode()).hexdigest()


def issue_code(conn: Connection, scope_kind: str, scope_code: str, ttl_s: int) -> IssuedCode:
    if not scope_exists(conn, scope_kind, scope_code):
        raise ApiError(404, "unknown_scope", f"no {scope_kind} {scope_code!r} in the registry")
    raw = "".join(secrets.choice(ALPHABET) for _ in range(CODE_LENGTH))
    code = "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))
    now = now_ms()
    expires = now + ttl_s * 1000
    conn.execute(
        insert(enrol_codes).values(
            code_hash=_hash(code),
            scope_kind=scope_kind,
            scope_code=scope_code,
            created_ms=now,
            expires_ms=expires,
        )
    )
    return IssuedCode(code, scope_kind, scope_code, expires)


@dataclass(frozen=True)
class Enrolled:
    device_id: str
    epoch: int
    scope_kind: str
    scope_code: str
    units: list[str]


def enrol(conn: Connection, code: str, public_key: str, name: str | None) -> Enrolled:
    """Consume the code (once) and register the device's public key."""
    _check_public_key(public_key)
    row = (
        conn.execute(select(enrol_codes).where(enrol_codes.c.code_hash == _hash(code)))
        .mappings()
        .first()
    )
    now = now_ms()
    if row is None:
        raise ApiError(401, "bad_code", "unknown enrolment code")
    if row["used_ms"] is not None:
        raise ApiError(401, "code_used", "this enrolment code was already used")
    if row["expires_ms"] < now:
        raise ApiError(401, "code_expired", "this enrolment code has expired")
    if conn.scalar(select(devices.c.id).where(devices.c.public_key == public_key)):
        raise ApiError(409, "key_in_use", "this public key is already enrolled")
    device_id = str(uuid.uuid4())
    used = conn.execute(
        update(enrol_codes)
        .where(enrol_codes.c.code_hash == row["code_hash"], enrol_codes.c.used_ms.is_(None))
        .values(used_ms=now, device_id=device_id)
    )
    if used.rowcount != 1:  # another request won the race for this code
        raise ApiError(401, "code_used", "this enrolment code was already used")
    try:
        conn.execute(
            insert(devices).values(
                id=device_id,
                public_key=public_key,
                name=name,
                scope_kind=row["scope_kind"],
                scope_code=row["scope_code"],
                epoch=1,
                ack_seq=0,
                enrolled_at=now,
            )
        )
    except IntegrityError:
        # Two enrolments with one key at once both passed the check above (PostgreSQL
        # runs them side by side); the unique index decides, and the loser gets 409.
        raise ApiError(409, "key_in_use", "this public key is already enrolled") from None
    scope_units = units_in_scope(conn, row["scope_kind"], row["scope_code"])
    return Enrolled(device_id, 1, row["scope_kind"], row["scope_code"], scope_units)


def _check_public_key(public_key: str) -> None:
    try:
        raw = unb64(public_key)
    except ValueError:
        raw = b""
    if len(raw) != 32:
        raise ApiError(422, "bad_public_key", "public_key must be 32 raw bytes in base64")
