"""Bundle files by hand: export this device's queue, carry others' bundles to the server."""

from __future__ import annotations

import time
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from desktop.storage import Store
from desktop.storage.keyslots import write_atomically
from desktop.sync import bundle
from desktop.sync.errors import NotEnrolled
from desktop.sync.push import to_change

ALL = 1 << 62


def export_bundle(store: Store, path: Path) -> bundle.BundleHeader | None:
    """Write every change the server has not acknowledged; None when there is none."""
    device = store.device()
    if device is None:
        raise NotEnrolled("a bundle needs an enrolled device (its key signs the bundle)")
    pending = store.pending(ALL, 1_000_000)
    if not pending:
        return None
    data = bundle.seal(
        Ed25519PrivateKey.from_private_bytes(device.private_key),
        device.device_id,
        device.epoch,
        device.server_box_key,
        [to_change(c) for c in pending],
        time.time_ns() // 1_000_000,
    )
    write_atomically(path, data)
    header = bundle.read_header(data)
    store.audit(
        "bundle_exported",
        {
            "bundle_id": header.bundle_id,
            "file": path.name,
            "first_seq": header.first_seq,
            "last_seq": header.last_seq,
        },
    )
    return header


def import_bundle(store: Store, path: Path) -> tuple[bundle.BundleHeader, bool]:
    """Keep another device's bundle, untouched, to forward on the next sync."""
    data = path.read_bytes()
    header = bundle.read_header(data)
    added = store.add_relay_bundle(header.__dict__, data)
    return header, added
