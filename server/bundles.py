"""Bundles carried by hand or by a relay: opened with the server's key, applied as a push."""

from __future__ import annotations

import logging

from sqlalchemy import Connection

from desktop.sync import bundle
from desktop.sync import protocol as p
from server import ingest
from server.auth import Device, as_device, device_row
from server.errors import ApiError
from server.keys import ServerKeys

log = logging.getLogger("svodka.server")


def ingest_bundle(
    conn: Connection, keys: ServerKeys, data: bytes, relay: str | None
) -> p.BundleResult:
    """Apply a bundle's changes for the device that made it; any flaw refuses it whole."""
    try:
        header = bundle.read_header(data)
        origin, public_key = _origin(conn, header.device_id)
        _, request = bundle.open_sealed(data, keys.box, public_key)
    except bundle.BundleError as exc:
        raise ApiError(422, "bad_bundle", str(exc)) from None
    answer = ingest.push(conn, origin, request)
    counts = dict.fromkeys(("applied", "duplicate", "rejected"), 0)
    for result in answer.results:
        counts[result.status] += 1
    log.info(
        "bundle",
        extra={"bundle": header.bundle_id, "device": origin.id, "relay": relay, **counts},
    )
    return p.BundleResult(
        bundle_id=header.bundle_id,
        device_id=origin.id,
        ack_seq=answer.ack_seq,
        applied=counts["applied"],
        duplicates=counts["duplicate"],
        rejected=counts["rejected"],
    )


def _origin(conn: Connection, device_id: str) -> tuple[Device, str]:
    """The device that sealed the bundle, and its public key, if it may still write."""
    row = device_row(conn, device_id)
    if row is None:
        raise bundle.BundleError(f"the bundle's device {device_id} is not enrolled here")
    if row["revoked_at"] is not None:
        raise bundle.BundleError(f"the bundle's device {device_id} was revoked")
    return as_device(row), str(row["public_key"])
