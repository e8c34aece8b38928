"""The open store's core: connection, transactions, settings, key slots and queue status."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any, Self

from desktop.storage import cipher, journal, keyslots
from desktop.storage.errors import LastUser, StoreClosed, UnknownUser, UserExists
from desktop.storage.models import Status
from desktop.storage.settings import SETTINGS_KEY, StoreSettings
from desktop.storage.validation import Checker

if TYPE_CHECKING:
    from desktop.storage.profile import Unlocked


class StoreBase:
    """Owns one SQLCipher connection; use one Store per thread (``reopen()``)."""

    def __init__(self, unlocked: Unlocked, conn: Any) -> None:
        self._unlocked = unlocked
        self.conn = conn
        self.db = cipher.database(conn)
        self.actor = unlocked.actor
        self.profile = unlocked.profile
        self._owns_lock = True
        self._closed = False

    # -- life cycle -------------------------------------------------------------------
    def reopen(self) -> Self:
        """Another connection to the same store, for another thread; shares the lock."""
        if self._closed:
            raise StoreClosed(self.profile.root)
        clone = type(self)(
            self._unlocked, cipher.connect(self.profile.db_path, self._unlocked.db_key)
        )
        clone._owns_lock = False
        return clone

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.conn.close()
        if self._owns_lock:
            self._unlocked.lock.release()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _row(self, table: str, row_id: str) -> dict[str, Any] | None:
        """One row of a domain table by id, as a dict (None when there is none)."""
        cursor = self.conn.execute(f"SELECT * FROM {table} WHERE id = ?", (row_id,))
        found = cursor.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cursor.description], found, strict=True))

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with journal.write_transaction(self.conn):
            yield

    def checker(self) -> Checker:
        return Checker(self.catalog_codes, self.unit_exists)

    def unit_exists(self, code: str) -> bool:
        return (
            self.conn.execute("SELECT 1 FROM units WHERE code = ?", (code,)).fetchone() is not None
        )

    def catalog_codes(self, kind: str) -> set[str]:
        rows = self.conn.execute(
            "SELECT c.code FROM catalog_items c JOIN region_packs p ON p.id = c.pack_id"
            " WHERE p.active AND c.kind = ?",
            (kind,),
        )
        return {r[0] for r in rows}

    def audit(self, action: str, details: dict[str, Any]) -> None:
        """Record an event that changes no synced data (key changes, backups, imports)."""
        with self.transaction():
            journal.append_audit(self.conn, actor=self.actor, action=action, details=details)

    # -- settings and meta --------------------------------------------------------------
    def setting(self, key: str, default: Any = None) -> Any:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set_setting(self, key: str, value: Any) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?)"
                " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                (key, json.dumps(value, ensure_ascii=False)),
            )

    def settings(self) -> StoreSettings:
        return StoreSettings.from_json(self.setting(SETTINGS_KEY))

    def save_settings(self, settings: StoreSettings) -> None:
        settings.validate()
        self.set_setting(SETTINGS_KEY, settings.as_json())

    def meta(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return str(row[0]) if row else None

    def status(self) -> Status:
        counts = dict(
            self.conn.execute("SELECT state, count(*) FROM outbox GROUP BY state").fetchall()
        )
        units = self.conn.execute("SELECT count(*) FROM units").fetchone()[0]
        return Status(
            queued=counts.get("queued", 0),
            sent=counts.get("sent", 0),
            quarantined=counts.get("quarantined", 0),
            synced=counts.get("synced", 0),
            last_sync=self.meta("last_sync_at"),
            units=units,
            enrolled=self.meta("device_id") is not None,
        )

    # -- key slots: rewrap only, the database file is never re-encrypted ------------------
    @property
    def store_id(self) -> str:
        return self._unlocked.store_id

    def users(self) -> list[str]:
        return self.profile.read_keyfile().users()

    def add_user(self, user: str, passphrase: str) -> None:
        from desktop.storage.profile import check_passphrase

        check_passphrase(passphrase)
        keyfile = self.profile.read_keyfile()
        if user in keyfile.users():
            raise UserExists(user)
        self._put_slot(
            keyfile, keyslots.user_slot_name(user), keyslots.passphrase_bytes(passphrase)
        )
        self.audit("user_added", {"user": user})

    def remove_user(self, user: str) -> None:
        keyfile = self.profile.read_keyfile()
        if user not in keyfile.users():
            raise UnknownUser(user)
        if keyfile.users() == [user]:
            raise LastUser(user)
        self.profile.write_keyfile(keyfile.without_slot(keyslots.user_slot_name(user)))
        self.audit("user_removed", {"user": user})

    def set_passphrase(self, user: str, passphrase: str) -> None:
        """Rewrap an existing user's slot under a new passphrase."""
        from desktop.storage.profile import check_passphrase

        check_passphrase(passphrase)
        keyfile = self.profile.read_keyfile()
        if user not in keyfile.users():
            raise UnknownUser(user)
        self._put_slot(
            keyfile, keyslots.user_slot_name(user), keyslots.passphrase_bytes(passphrase)
        )
        self.audit("passphrase_changed", {"user": user})

    def new_recovery_key(self) -> str:
        """Replace the recovery slot; the old recovery key stops working."""
        recovery = keyslots.new_recovery_key()
        keyfile = self.profile.read_keyfile()
        self._put_slot(keyfile, keyslots.RECOVERY_SLOT, keyslots.normalise_recovery_key(recovery))
        self.audit("recovery_key_replaced", {})
        return recovery

    def _put_slot(self, keyfile: keyslots.KeyFile, name: str, secret: bytes) -> None:
        # New slots keep the cost chosen when the store was made.
        kdf = (keyfile.slot(name) or keyfile.slots[0]).kdf
        slot = keyslots.wrap(self.store_id, name, secret, self._unlocked.db_key, kdf)
        self.profile.write_keyfile(keyfile.with_slot(slot))
