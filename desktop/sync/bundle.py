"""Bundles: a device's pending changes, signed by it and sealed to the server's key.

A relay (an engineer's laptop, the district PC) carries the file as it is: it cannot read
it (AES-256-GCM under a key only the server can derive) nor alter it (the header is bound
as associated data, and the changes are signed by the device's Ed25519 key).
"""

from __future__ import annotations

import gzip
import json
import os
import uuid
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.sync import protocol as p

MAGIC = b"SVODKA-BUNDLE-1\n"
MAX_BUNDLE_BYTES = 64 * 1024 * 1024


class BundleError(ValueError):
    """Not a bundle, damaged or tampered with: refused whole, nothing applied."""


@dataclass(frozen=True)
class BundleHeader:
    """Readable by anyone, bound to the ciphertext: who made it and which seqs it holds."""

    bundle_id: str
    device_id: str
    epoch: int
    first_seq: int
    last_seq: int
    count: int
    created_ms: int
    ephemeral_key: str

    def encode(self) -> bytes:
        return p.canonical_json(self.__dict__).encode()


def seal(
    device_key: Ed25519PrivateKey,
    device_id: str,
    epoch: int,
    server_box_key: str,
    changes: list[p.Change],
    created_ms: int,
) -> bytes:
    """The bundle file's bytes for ``changes`` (at least one)."""
    ephemeral = X25519PrivateKey.generate()
    header = BundleHeader(
        bundle_id=str(uuid.uuid4()),
        device_id=device_id,
        epoch=epoch,
        first_seq=changes[0].seq,
        last_seq=changes[-1].seq,
        count=len(changes),
        created_ms=created_ms,
        ephemeral_key=p.b64(ephemeral.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)),
    )
    body = gzip.compress(p.PushRequest(epoch=epoch, changes=changes).model_dump_json().encode())
    signature = device_key.sign(header.encode() + body)
    plain = len(signature).to_bytes(2, "big") + signature + body
    key = _shared_key(ephemeral, X25519PublicKey.from_public_bytes(p.unb64(server_box_key)))
    nonce = os.urandom(12)
    sealed = AESGCM(key).encrypt(nonce, plain, header.encode())
    encoded = header.encode()
    return MAGIC + len(encoded).to_bytes(4, "big") + encoded + nonce + sealed


def read_header(data: bytes) -> BundleHeader:
    """The public header, checked for shape; the contents stay sealed."""
    if not data.startswith(MAGIC) or len(data) > MAX_BUNDLE_BYTES:
        raise BundleError("not a Svodka bundle")
    try:
        size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 4], "big")
        raw = data[len(MAGIC) + 4 : len(MAGIC) + 4 + size]
        fields: dict[str, Any] = json.loads(raw)
        header = BundleHeader(**fields)
    except (ValueError, TypeError):
        raise BundleError("the bundle header is damaged") from None
    if header.encode() != raw:
        raise BundleError("the bundle header is not in canonical form")
    return header


def open_sealed(
    data: bytes, server_box: X25519PrivateKey, device_public_key: str
) -> tuple[BundleHeader, p.PushRequest]:
    """For the server: decrypt, verify the device's signature, parse. Any flaw refuses all."""
    header = read_header(data)
    start = len(MAGIC) + 4 + len(header.encode())
    nonce, sealed = data[start : start + 12], data[start + 12 :]
    ephemeral = X25519PublicKey.from_public_bytes(p.unb64(header.ephemeral_key))
    try:
        plain = AESGCM(_shared_key(server_box, ephemeral)).decrypt(nonce, sealed, header.encode())
    except InvalidTag:
        raise BundleError("the bundle was altered or is not for this server") from None
    size = int.from_bytes(plain[:2], "big")
    signature, body = plain[2 : 2 + size], plain[2 + size :]
    try:
        device = Ed25519PublicKey.from_public_bytes(p.unb64(device_public_key))
        device.verify(signature, header.encode() + body)
    except (InvalidSignature, ValueError):
        raise BundleError("the bundle is not signed by its device") from None
    try:
        request = p.PushRequest.model_validate_json(gzip.decompress(body))
    except (OSError, EOFError, ValueError):  # signed, yet made wrong: refuse, do not crash
        raise BundleError("the bundle's contents are damaged") from None
    seqs = [c.seq for c in request.changes] or [0]
    if (request.epoch, seqs[0], seqs[-1], len(request.changes)) != (
        header.epoch,
        header.first_seq,
        header.last_seq,
        header.count,
    ):
        raise BundleError("the bundle's header does not match its contents")
    return header, request


def _shared_key(private: X25519PrivateKey, public: X25519PublicKey) -> bytes:
    secret = private.exchange(public)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=b"svodka bundle v1").derive(
        secret
    )
