"""A profile folder: the encrypted database, its key slots and the single-process lock."""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from filelock import FileLock, Timeout

from desktop.storage import cipher, keyslots, schema
from desktop.storage.errors import (
    NoStore,
    NotAStore,
    StoreExists,
    StoreInUse,
    UnknownUser,
    UserRequired,
    WeakPassphrase,
)
from desktop.storage.ids import utc_now
from desktop.storage.keyslots import DEFAULT_KDF, KdfParams, KeyFile

if TYPE_CHECKING:
    from desktop.storage.store import Store

DB_NAME = "store.db"
KEYS_NAME = "keys.json"
LOCK_NAME = "store.lock"
INCOMPLETE_NAME = "init-incomplete"
STORE_FORMAT = "svodka-store"
MIN_PASSPHRASE = 8
RECOVERY_ACTOR = "recovery"


@dataclass
class Unlocked:
    """What an unlock yields: the key in memory and who unlocked. Keep it out of logs."""

    profile: Profile
    store_id: str
    db_key: bytes = field(repr=False)
    actor: str
    lock: FileLock = field(repr=False)


@dataclass(frozen=True)
class Created:
    store: Store
    recovery_key: str


class Profile:
    """Paths and life cycle of one local store."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.db_path = root / DB_NAME
        self.keys_path = root / KEYS_NAME
        self.lock_path = root / LOCK_NAME
        self.incomplete_path = root / INCOMPLETE_NAME

    def exists(self) -> bool:
        if self.incomplete_path.exists():
            return False
        return self.keys_path.exists() or self.db_path.exists()

    def read_keyfile(self) -> KeyFile:
        if self.incomplete_path.exists():
            raise NoStore(self.root)
        if not self.keys_path.exists():
            if self.db_path.exists():
                raise NotAStore(self.keys_path, "the key file is missing")
            raise NoStore(self.root)
        return keyslots.loads(self.keys_path, self.keys_path.read_bytes())

    def write_keyfile(self, keyfile: KeyFile) -> None:
        keyslots.write_atomically(self.keys_path, keyslots.dumps(keyfile))

    def users(self) -> list[str]:
        return self.read_keyfile().users()

    def _lock(self) -> FileLock:
        # Only the owner may read the profile (matters on shared Linux machines).
        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        lock = FileLock(self.lock_path, thread_local=False)
        try:
            lock.acquire(timeout=0)
        except Timeout:
            raise StoreInUse(self.root) from None
        return lock

    def create(self, user: str, passphrase: str, *, kdf: KdfParams = DEFAULT_KDF) -> Created:
        """Make a new store: database key, first user's slot, recovery slot, schema."""
        check_passphrase(passphrase)
        if self.exists():
            raise StoreExists(self.root)
        cipher.require_cipher_4()
        lock = self._lock()
        try:
            if self.exists():  # again, now that we hold the lock
                raise StoreExists(self.root)
            # The marker makes a crash mid-creation harmless: such leftovers count as
            # "no store" and the next init clears them.
            self.delete_files()
            self.incomplete_path.write_bytes(b"")
            store_id, db_key = str(uuid.uuid4()), keyslots.new_database_key()
            recovery = keyslots.new_recovery_key()
            store = self._new_store(Unlocked(self, store_id, db_key, user, lock))
            try:
                self.write_keyfile(
                    _first_keyfile(store_id, db_key, user, passphrase, recovery, kdf)
                )
                self.incomplete_path.unlink()
            except BaseException:
                store.conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return Created(store, recovery)

    def _new_store(self, unlocked: Unlocked) -> Store:
        """The database with schema, identity and base catalogs; the key file comes after."""
        conn = cipher.connect(self.db_path, unlocked.db_key)
        try:
            schema.migrate(cipher.database(conn), self.db_path)
            conn.executemany(
                "INSERT INTO meta (key, value) VALUES (?, ?)",
                [
                    ("format", STORE_FORMAT),
                    ("store_id", unlocked.store_id),
                    ("created_at", utc_now()),
                ],
            )
            store = _store(unlocked, conn)
            store.audit("store_created", {"user": unlocked.actor})
            store.load_base_catalogs()
        except BaseException:
            conn.close()
            raise
        return store

    def delete_files(self) -> None:
        """Remove the store and its key file (a demo reset, or leftovers of a failed init)."""
        for path in (self.keys_path, self.db_path, *self._db_side_files()):
            path.unlink(missing_ok=True)

    def _db_side_files(self) -> tuple[Path, Path]:
        return (self.db_path.with_name(DB_NAME + "-wal"), self.db_path.with_name(DB_NAME + "-shm"))

    def unlock(self, passphrase: str, user: str | None = None) -> Store:
        """Open with a user's passphrase; every file is left as it was on failure."""
        keyfile = self.read_keyfile()
        name = self._pick_user(keyfile, user, self.keys_path)
        secret = keyslots.passphrase_bytes(passphrase)
        return self._open(keyfile, keyslots.user_slot_name(name), secret, name)

    def unlock_with_recovery(self, recovery_key: str) -> Store:
        """Open with the recovery key; set a new passphrase afterwards."""
        keyfile = self.read_keyfile()
        secret = keyslots.normalise_recovery_key(recovery_key)
        return self._open(keyfile, keyslots.RECOVERY_SLOT, secret, RECOVERY_ACTOR)

    @staticmethod
    def _pick_user(keyfile: KeyFile, user: str | None, keyfile_path: Path) -> str:
        users = keyfile.users()
        if not users:
            raise NotAStore(keyfile_path, "the key file has no user slots")
        if user is None:
            if len(users) != 1:
                raise UserRequired(users)
            return users[0]
        if user not in users:
            raise UnknownUser(user)
        return user

    def _open(self, keyfile: KeyFile, slot_name: str, secret: bytes, actor: str) -> Store:
        slot = keyfile.slot(slot_name)
        if slot is None:
            raise NotAStore(self.keys_path, f"no key slot {slot_name!r}")
        if not self.db_path.exists():
            raise NotAStore(self.db_path, "the database file is missing")
        cipher.require_cipher_4()
        lock = self._lock()
        try:
            db_key = keyslots.unwrap(keyfile.store_id, slot, secret)
            _check_file_shape(self.db_path)
            conn = cipher.connect(self.db_path, db_key)
            try:
                _check_identity(conn, self.db_path, keyfile.store_id)
                _migrate(conn, self.db_path)
            except BaseException:
                conn.close()
                raise
        except BaseException:
            lock.release()
            raise
        return _store(Unlocked(self, keyfile.store_id, db_key, actor, lock), conn)


def _first_keyfile(
    store_id: str, db_key: bytes, user: str, passphrase: str, recovery: str, kdf: KdfParams
) -> KeyFile:
    user_slot = keyslots.wrap(
        store_id, keyslots.user_slot_name(user), keyslots.passphrase_bytes(passphrase), db_key, kdf
    )
    recovery_slot = keyslots.wrap(
        store_id, keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(recovery), db_key, kdf
    )
    return KeyFile(store_id, (user_slot, recovery_slot))


def check_passphrase(passphrase: str) -> None:
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE:
        raise WeakPassphrase(MIN_PASSPHRASE)


def _check_file_shape(path: Path) -> None:
    """Cheap checks before SQLCipher reads: empty, plain SQLite, or not whole pages."""
    size = path.stat().st_size
    if size == 0:
        raise NotAStore(path, "the database file is empty")
    if cipher.is_plain_sqlite(path):
        raise NotAStore(path, "an unencrypted SQLite file, not a Svodka store")
    # Without WAL frames every page lives in the main file, so a size that is not a
    # whole number of pages means the file was cut short.
    if not _has_wal_frames(path) and size % 4096:
        raise NotAStore(path, "the database file is truncated")


def _has_wal_frames(path: Path) -> bool:
    wal = path.with_name(path.name + "-wal")
    return wal.exists() and wal.stat().st_size > 0


def _check_identity(conn: Any, path: Path, store_id: str) -> None:
    try:
        rows = dict(conn.execute("SELECT key, value FROM meta").fetchall())
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    except cipher.DatabaseError as exc:
        raise NotAStore(path, f"the database is damaged or foreign: {exc}") from exc
    if rows.get("format") != STORE_FORMAT:
        raise NotAStore(path, "not a Svodka store")
    if rows.get("store_id") != store_id:
        raise NotAStore(path, "the key file belongs to another store")
    if not _has_wal_frames(path) and path.stat().st_size < page_count * 4096:
        raise NotAStore(path, "the database file is truncated")


def _migrate(conn: Any, path: Path) -> None:
    try:
        schema.migrate(cipher.database(conn), path)
    except cipher.OperationalError:
        raise  # a failing migration is a bug to report, not a damaged file
    except cipher.DatabaseError as exc:
        # A page the identity check did not read (the migrations table) may be damaged.
        raise NotAStore(path, f"the database is damaged: {exc}") from exc


def _store(unlocked: Unlocked, conn: Any) -> Store:
    from desktop.storage.store import Store

    return Store(unlocked, conn)
