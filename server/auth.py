"""Signed requests: who is calling, is the signature theirs, is the request fresh and new."""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from sqlalchemy import Connection, delete, insert, select
from sqlalchemy.exc import IntegrityError

from desktop.sync import protocol as p
from server.clock import now_ms
from server.db import devices, nonces
from server.errors import ApiError

PRUNE_PROBABILITY = 0.01


@dataclass(frozen=True)
class Device:
    id: str
    epoch: int
    ack_seq: int
    scope_kind: str
    scope_code: str


@dataclass(frozen=True)
class SignedRequest:
    method: str
    target: str
    headers: dict[str, str]
    body: bytes


def authenticate(conn: Connection, request: SignedRequest) -> Device:
    """Verify the request's signature and freshness, and record its nonce (same transaction)."""
    headers = {k.lower(): v for k, v in request.headers.items()}
    device_id = headers.get(p.HEADER_DEVICE.lower(), "")
    row = device_row(conn, device_id)
    if row is None:
        raise ApiError(401, "unknown_device", "no such device; enrol first")
    if row["revoked_at"] is not None:
        raise ApiError(401, "revoked", "this device was revoked; enrol again")
    time_ms = _time(headers)
    nonce = headers.get(p.HEADER_NONCE.lower(), "")
    if not 16 <= len(nonce) <= 64:
        raise ApiError(401, "bad_nonce", "missing or malformed nonce")
    _verify(row["public_key"], headers, request, time_ms, nonce)
    _remember_nonce(conn, device_id, nonce)
    return as_device(row)


def device_row(conn: Connection, device_id: str) -> Any:
    """The device's row (public key, revocation, epoch, scope), or None."""
    return conn.execute(select(devices).where(devices.c.id == device_id)).mappings().first()


def as_device(row: Any) -> Device:
    return Device(row["id"], row["epoch"], row["ack_seq"], row["scope_kind"], row["scope_code"])


def _time(headers: dict[str, str]) -> int:
    try:
        time_ms = int(headers.get(p.HEADER_TIME.lower(), ""))
    except ValueError:
        raise ApiError(401, "bad_time", "missing or malformed request time") from None
    skew = time_ms - now_ms()
    if abs(skew) > p.SIGNATURE_WINDOW_MS:
        raise ApiError(
            401,
            "stale_request",
            f"request time is {skew // 1000} s off the server's clock;"
            " sign with the server's time (GET /api/v1/time)",
        )
    return time_ms


def _verify(
    public_key: str, headers: dict[str, str], request: SignedRequest, time_ms: int, nonce: str
) -> None:
    try:
        signature = p.unb64(headers.get(p.HEADER_SIGNATURE.lower(), ""))
        key = Ed25519PublicKey.from_public_bytes(p.unb64(public_key))
        message = p.signing_input(request.method, request.target, time_ms, nonce, request.body)
        key.verify(signature, message)
    except (InvalidSignature, ValueError):
        raise ApiError(401, "bad_signature", "the signature does not verify") from None


def _remember_nonce(conn: Connection, device_id: str, nonce: str) -> None:
    now = now_ms()
    try:
        with conn.begin_nested():
            conn.execute(insert(nonces).values(device_id=device_id, nonce=nonce, seen_ms=now))
    except IntegrityError:
        raise ApiError(401, "replayed", "this request was already received") from None
    if random.random() < PRUNE_PROBABILITY:
        # Older nonces cannot come back: their time is outside the window.
        conn.execute(delete(nonces).where(nonces.c.seen_ms < now - 2 * p.SIGNATURE_WINDOW_MS))
