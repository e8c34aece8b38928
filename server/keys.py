"""The server's own key pairs: Ed25519 to sign, X25519 to receive encrypted bundles."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from desktop.sync.protocol import b64, unb64

KEYS_FILE = "server-keys.json"


@dataclass(frozen=True)
class ServerKeys:
    signing: Ed25519PrivateKey
    box: X25519PrivateKey

    @property
    def signing_public(self) -> str:
        return b64(self.signing.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))

    @property
    def box_public(self) -> str:
        return b64(self.box.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw))


def load_or_create(data_dir: Path) -> ServerKeys:
    """Read the key file, making it (readable by the owner only) on first start."""
    path = data_dir / KEYS_FILE
    if path.exists():
        doc = json.loads(path.read_text(encoding="utf-8"))
        return ServerKeys(
            Ed25519PrivateKey.from_private_bytes(unb64(doc["signing"])),
            X25519PrivateKey.from_private_bytes(unb64(doc["box"])),
        )
    keys = ServerKeys(Ed25519PrivateKey.generate(), X25519PrivateKey.generate())
    raw = {
        "signing": b64(keys.signing.private_bytes_raw()),
        "box": b64(keys.box.private_bytes_raw()),
    }
    data_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(KEYS_FILE + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        json.dump(raw, fh)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    return keys
