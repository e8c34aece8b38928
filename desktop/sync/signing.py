"""Sign a request as a device: the headers the server's ``authenticate`` verifies."""

from __future__ import annotations

import secrets

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.sync import protocol as p


def signed_headers(
    key: Ed25519PrivateKey,
    device_id: str,
    method: str,
    target: str,
    body: bytes,
    time_ms: int,
    nonce: str | None = None,
) -> dict[str, str]:
    """Headers for one request; ``time_ms`` should be the server's time as the device
    estimates it (local clock plus the offset measured with GET /time)."""
    nonce = nonce or secrets.token_urlsafe(18)
    signature = key.sign(p.signing_input(method, target, time_ms, nonce, body))
    return {
        p.HEADER_PROTOCOL: str(p.PROTOCOL_VERSION),
        p.HEADER_DEVICE: device_id,
        p.HEADER_TIME: str(time_ms),
        p.HEADER_NONCE: nonce,
        p.HEADER_SIGNATURE: p.b64(signature),
    }
