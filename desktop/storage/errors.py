"""Typed errors raised by the encrypted store; the CLI and GUI translate them into words."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import Path
from typing import Any

from desktop.errors import SvodkaError


class StorageError(SvodkaError):
    """Something is wrong with the local store."""


class WrongPassphrase(StorageError):
    """The passphrase (or recovery key) does not open any key slot it was tried on."""


class UnknownUser(StorageError):
    """No key slot exists for the given user name."""

    def __init__(self, user: str) -> None:
        super().__init__(f"no user {user!r} in this store")
        self.user = user


class UserExists(StorageError):
    """A key slot for this user name already exists."""

    def __init__(self, user: str) -> None:
        super().__init__(f"user {user!r} already exists")
        self.user = user


class UserRequired(StorageError):
    """The store has several users and none was named."""

    def __init__(self, users: list[str]) -> None:
        super().__init__("several users: " + ", ".join(users))
        self.users = users


class LastUser(StorageError):
    """Removing this user would leave the store without any passphrase slot."""


class NoStore(StorageError):
    """There is no store in the profile folder yet."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"no store in {path}")
        self.path = path


class StoreExists(StorageError):
    """A store already exists where a new one was to be created."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"a store already exists in {path}")
        self.path = path


class NotAStore(StorageError):
    """The files are not a Svodka store, or they are damaged beyond opening."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class StoreTooNew(StorageError):
    """The store was written by a newer Svodka than this one."""

    def __init__(self, path: Path, found: str) -> None:
        super().__init__(f"{path} was made by a newer version ({found})")
        self.path = path
        self.found = found


class StoreInUse(StorageError):
    """Another process holds the profile open."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is in use by another process")
        self.path = path


class StoreClosed(StorageError):
    """The store was closed (the app locked itself): nothing more is read or written."""

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} is closed")
        self.path = path


class CipherUnsupported(StorageError):
    """The SQLCipher library is missing or older than version 4."""

    def __init__(self, version: str) -> None:
        super().__init__(f"SQLCipher 4 is required, found {version or 'none'}")
        self.version = version


class WeakPassphrase(StorageError):
    """The new passphrase is too short to protect the store."""

    def __init__(self, minimum: int) -> None:
        super().__init__(f"passphrase shorter than {minimum} characters")
        self.minimum = minimum


class NotFound(StorageError):
    """A record referred to by id or code does not exist."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} {key!r} not found")
        self.kind = kind
        self.key = key


class RecordLocked(StorageError):
    """The record may no longer be changed (e.g. an accepted quarterly form)."""

    def __init__(self, kind: str, key: str) -> None:
        super().__init__(f"{kind} {key!r} is locked")
        self.kind = kind
        self.key = key


@dataclass(frozen=True)
class FieldError:
    """One invalid field: a stable code, the field's name and the values the message needs."""

    field: str
    code: str
    params: dict[str, Any] = dc_field(default_factory=dict)

    def __str__(self) -> str:
        detail = ", ".join(f"{k}={v}" for k, v in self.params.items())
        return f"{self.field}: {self.code}" + (f" ({detail})" if detail else "")


class ValidationFailed(StorageError):
    """One or more fields of a write are invalid; nothing was written."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(str(e) for e in errors))
        self.errors = errors
