"""Key slots: the random database key, wrapped by AES-GCM under Argon2id-stretched secrets.

The slot file sits beside the encrypted database, as a LUKS header does: it holds only
salts, KDF parameters and wrapped keys. Changing a passphrase rewrites one slot here and
never touches the database file.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import unicodedata
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from desktop.storage.errors import NotAStore, StoreTooNew, WrongPassphrase

FORMAT = "svodka-keyslots"
FORMAT_VERSION = 1
RECOVERY_SLOT = "recovery"
USER_PREFIX = "user:"
# 20 random bytes shown as 32 base32 characters (RFC 4648) in groups of four.
RECOVERY_BYTES = 20
SALT_BYTES = 16
NONCE_BYTES = 12


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. The default is above OWASP's minimum (19 MiB, t=2, p=1)."""

    memory_kib: int = 65_536
    iterations: int = 3
    lanes: int = 4

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        kdf = Argon2id(
            salt=salt,
            length=32,
            iterations=self.iterations,
            lanes=self.lanes,
            memory_cost=self.memory_kib,
        )
        return kdf.derive(secret)


# Tests and fixtures may pass cheaper parameters; they are stored in each slot.
DEFAULT_KDF = KdfParams()


@dataclass(frozen=True)
class Slot:
    """One wrapped copy of the database key."""

    name: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    wrapped: bytes


@dataclass(frozen=True)
class KeyFile:
    """Everything in the slot file: the store's identity and its slots."""

    store_id: str
    slots: tuple[Slot, ...]

    def slot(self, name: str) -> Slot | None:
        return next((s for s in self.slots if s.name == name), None)

    def users(self) -> list[str]:
        return [s.name[len(USER_PREFIX) :] for s in self.slots if s.name.startswith(USER_PREFIX)]

    def with_slot(self, slot: Slot) -> KeyFile:
        others = tuple(s for s in self.slots if s.name != slot.name)
        return replace(self, slots=(*others, slot))

    def without_slot(self, name: str) -> KeyFile:
        return replace(self, slots=tuple(s for s in self.slots if s.name != name))


def user_slot_name(user: str) -> str:
    return USER_PREFIX + user


def new_database_key() -> bytes:
    return secrets.token_bytes(32)


def _aad(store_id: str, slot_name: str) -> bytes:
    # Binding the slot to its store and name stops a slot being moved to another store.
    return f"{FORMAT}/{store_id}/{slot_name}".encode()


def wrap(
    store_id: str, name: str, secret: bytes, db_key: bytes, kdf: KdfParams = DEFAULT_KDF
) -> Slot:
    """Wrap ``db_key`` under Argon2id(``secret``) with a fresh salt and nonce."""
    salt, nonce = os.urandom(SALT_BYTES), os.urandom(NONCE_BYTES)
    kek = kdf.derive(secret, salt)
    wrapped = AESGCM(kek).encrypt(nonce, db_key, _aad(store_id, name))
    return Slot(name, kdf, salt, nonce, wrapped)


def unwrap(store_id: str, slot: Slot, secret: bytes) -> bytes:
    """Return the database key, or raise WrongPassphrase when the tag does not verify."""
    kek = slot.kdf.derive(secret, slot.salt)
    try:
        return AESGCM(kek).decrypt(slot.nonce, slot.wrapped, _aad(store_id, slot.name))
    except InvalidTag:
        raise WrongPassphrase("the passphrase does not open this store") from None


def passphrase_bytes(passphrase: str) -> bytes:
    """NFC-normalised UTF-8: «й» typed as one or two code points opens the same slot."""
    return unicodedata.normalize("NFC", passphrase).encode()


def new_recovery_key() -> str:
    """A random recovery key, grouped for reading aloud and writing down."""
    raw = base64.b32encode(secrets.token_bytes(RECOVERY_BYTES)).decode()
    return "-".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def normalise_recovery_key(text: str) -> bytes:
    """Accept the key with or without dashes, spaces or lower case."""
    return "".join(ch for ch in text.upper() if ch.isalnum()).encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def _slot_to_json(slot: Slot) -> dict[str, Any]:
    return {
        "name": slot.name,
        "kdf": {"name": "argon2id", **asdict(slot.kdf)},
        "salt": _b64(slot.salt),
        "nonce": _b64(slot.nonce),
        "wrapped": _b64(slot.wrapped),
    }


def _slot_from_json(data: dict[str, Any]) -> Slot:
    kdf = dict(data["kdf"])
    if kdf.pop("name") != "argon2id":
        raise ValueError("unknown KDF")
    slot = Slot(
        name=str(data["name"]),
        kdf=KdfParams(**{k: int(v) for k, v in kdf.items()}),
        salt=base64.b64decode(data["salt"], validate=True),
        nonce=base64.b64decode(data["nonce"], validate=True),
        wrapped=base64.b64decode(data["wrapped"], validate=True),
    )
    _check_slot_shape(slot)
    return slot


def _check_slot_shape(slot: Slot) -> None:
    # Values Argon2id or AES-GCM reject would otherwise surface as a bare ValueError
    # at unlock time instead of "the key file is damaged".
    kdf = slot.kdf
    if kdf.iterations < 1 or kdf.lanes < 1 or kdf.memory_kib < 8 * kdf.lanes:
        raise ValueError("KDF parameters out of range")
    if len(slot.salt) != SALT_BYTES or len(slot.nonce) != NONCE_BYTES:
        raise ValueError("salt or nonce of the wrong size")


def dumps(keyfile: KeyFile) -> bytes:
    doc = {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "store_id": keyfile.store_id,
        "slots": [_slot_to_json(s) for s in keyfile.slots],
    }
    return (json.dumps(doc, indent=2) + "\n").encode()


def loads(path: Path, raw: bytes) -> KeyFile:
    """Parse a slot file, with a typed error for foreign, damaged or newer files."""
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise NotAStore(path, "the key file is not readable") from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise NotAStore(path, "not a Svodka key file")
    version = doc.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotAStore(path, "the key file has no valid format version")
    if version > FORMAT_VERSION:
        raise StoreTooNew(path, f"key file format {version}")
    try:
        slots = tuple(_slot_from_json(s) for s in doc["slots"])
        return KeyFile(store_id=str(doc["store_id"]), slots=slots)
    except (KeyError, TypeError, ValueError):
        raise NotAStore(path, "the key file is damaged") from None


def write_atomically(path: Path, data: bytes) -> None:
    """Replace ``path`` so that a crash leaves either the old or the new file, never half."""
    tmp = path.with_name(path.name + ".tmp")
    with tmp.open("wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
