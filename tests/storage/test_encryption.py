"""Encryption at rest: nothing a user records reaches the disk in plaintext."""

from __future__ import annotations

import base64
import sqlite3
import zipfile
from pathlib import Path

import pytest

from desktop.storage import Profile, Store, cipher, keyslots
from desktop.storage.maintenance import backup
from tests.conftest import PASSPHRASE
from tests.storage.helpers import NOTE, PAGE, SCAN, UNIT, UNIT_NAME, write_every_kind

SECRETS = (
    NOTE.encode(),
    UNIT_NAME.encode(),
    "Берёзовка".encode(),
    UNIT.encode(),
    SCAN[:64],
    b"connection_observations",  # even the schema is encrypted
)


def leaks(path: Path) -> list[bytes]:
    data = path.read_bytes()
    return [s for s in SECRETS if s in data]


def test_the_leak_search_finds_plaintext(tmp_path: Path) -> None:
    # The same search on an unencrypted database must find everything, else the
    # tests below would pass for the wrong reason.
    plain = tmp_path / "plain.db"
    conn = sqlite3.connect(plain)
    conn.execute("CREATE TABLE connection_observations (unit, note, name, scan)")
    conn.execute(
        "INSERT INTO connection_observations VALUES (?, ?, ?, ?)", (UNIT, NOTE, UNIT_NAME, SCAN)
    )
    conn.commit()
    conn.close()
    assert leaks(plain) == list(SECRETS)


def test_records_are_encrypted_in_db_and_wal(store: Store, profile: Profile) -> None:
    write_every_kind(store)
    assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE
    wal = profile.root / "store.db-wal"
    assert wal.stat().st_size > 0, "the WAL should hold the fresh writes"
    open_files = sorted(p for p in profile.root.iterdir() if p.is_file())
    assert {p.name for p in open_files} >= {"store.db", "store.db-wal", "keys.json"}
    for path in open_files:
        assert leaks(path) == [], path.name
    store.close()
    for path in sorted(p for p in profile.root.iterdir() if p.is_file()):
        assert leaks(path) == [], path.name


def test_stdlib_sqlite_cannot_read_the_store(store: Store, profile: Profile) -> None:
    write_every_kind(store)
    store.close()
    header = profile.db_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    conn = sqlite3.connect(f"file:{profile.db_path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        conn.close()


def test_database_key_is_never_written_in_clear(store: Store, profile: Profile) -> None:
    write_every_kind(store)
    store.close()
    keyfile = profile.read_keyfile()
    slot = keyfile.slot(keyslots.user_slot_name(profile.users()[0]))
    assert slot is not None
    db_key = keyslots.unwrap(keyfile.store_id, slot, PASSPHRASE.encode())
    assert len(db_key) == cipher.KEY_BYTES
    forms = (db_key, db_key.hex().encode(), base64.b64encode(db_key), PASSPHRASE.encode())
    for path in (profile.keys_path, profile.db_path):
        data = path.read_bytes()
        assert not [f for f in forms if f in data], path.name


def test_backup_file_is_encrypted_too(store: Store, tmp_path: Path) -> None:
    write_every_kind(store)
    target = backup(store, tmp_path / "copy.svodka")
    assert leaks(target) == []
    with zipfile.ZipFile(target) as zf:
        copy = zf.read("store.db")
    assert copy[:16] != b"SQLite format 3\x00"
    assert not [s for s in SECRETS if s in copy]


def test_sqlcipher_4_with_the_page_size_the_shape_checks_assume(
    store: Store, profile: Profile
) -> None:
    assert cipher.require_cipher_4().split(".")[0] == "4"
    assert store.conn.execute("PRAGMA cipher_page_size").fetchone()[0] == str(PAGE)
    assert store.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    store.close()
    assert profile.db_path.stat().st_size % PAGE == 0
    assert not (profile.root / "store.db-wal").exists(), "close checkpoints the WAL"
