"""Enrol this store as a device: make its key, register it, remember the server."""

from __future__ import annotations

import platform

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.storage import Store
from desktop.storage.syncstate import DeviceIdentity
from desktop.sync import protocol as p
from desktop.sync.client import SyncClient
from desktop.sync.engine import SyncEngine


def enroll(store: Store, server_url: str, code: str, ca_file: str | None = None) -> DeviceIdentity:
    """The private key is generated here and kept only inside the encrypted store; the
    scope's reference data (registry, packs) is pulled at once."""
    key = Ed25519PrivateKey.generate()
    public = p.b64(key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))
    client = SyncClient(server_url, ca_file=ca_file)
    try:
        answer = client.enrol(code.strip(), public, platform.node() or None)
    finally:
        client.close()
    identity = DeviceIdentity(
        device_id=answer.device_id,
        epoch=answer.epoch,
        private_key=key.private_bytes_raw(),
        server_url=client.base_url,
        server_signing_key=answer.server_signing_key,
        server_box_key=answer.server_box_key,
        scope_kind=answer.scope.kind,
        scope_code=answer.scope.code,
    )
    store.save_device(identity)
    settings = store.settings()
    store.save_settings(
        settings.with_text("server_url", client.base_url).with_text("ca_file", ca_file or "")
    )
    SyncEngine(store).pull_reference()
    return identity
