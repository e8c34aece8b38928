"""Encrypted local store (SQLCipher + key slots); Qt-free, used by the CLI, sync and GUI."""

from desktop.storage.errors import (
    CipherUnsupported,
    FieldError,
    LastUser,
    NoStore,
    NotAStore,
    NotFound,
    RecordLocked,
    StorageError,
    StoreExists,
    StoreInUse,
    StoreTooNew,
    UnknownUser,
    UserExists,
    UserRequired,
    ValidationFailed,
    WeakPassphrase,
    WrongPassphrase,
)
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams
from desktop.storage.profile import Created, Profile
from desktop.storage.store import Store

__all__ = [
    "DEFAULT_KDF",
    "CipherUnsupported",
    "Created",
    "FieldError",
    "KdfParams",
    "LastUser",
    "NoStore",
    "NotAStore",
    "NotFound",
    "Profile",
    "RecordLocked",
    "StorageError",
    "Store",
    "StoreExists",
    "StoreInUse",
    "StoreTooNew",
    "UnknownUser",
    "UserExists",
    "UserRequired",
    "ValidationFailed",
    "WeakPassphrase",
    "WrongPassphrase",
]
