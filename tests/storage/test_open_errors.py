"""Damaged, foreign, newer or busy stores: a clear typed error, and no file is touched."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop.storage import (
    NoStore,
    NotAStore,
    Profile,
    StorageError,
    Store,
    StoreInUse,
    StoreTooNew,
    WrongPassphrase,
    keyslots,
)
from desktop.storage.maintenance import doctor
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.storage.helpers import NOTE, PAGE, UNIT, snapshot, write_every_kind

ROOT = Path(__file__).resolve().parents[2]


def make(profile: Profile) -> dict[str, int]:
    """A closed store with data; returns the root page of every table and index."""
    created = profile.create(USER, PASSPHRASE, kdf=FAST_KDF)
    store = created.store
    store.load_demo_registry()
    write_every_kind(store)
    roots = dict(store.conn.execute("SELECT name, rootpage FROM sqlite_master").fetchall())
    store.close()
    return roots


def refused(profile: Profile, error: type[StorageError]) -> StorageError:
    """Unlock fails with exactly ``error``, twice (so the lock was released), and no file
    of the profile changes."""
    before = snapshot(profile.root)
    for _ in range(2):
        with pytest.raises(StorageError) as caught:
            profile.unlock(PASSPHRASE)
        assert type(caught.value) is error, repr(caught.value)
    assert snapshot(profile.root) == before
    return caught.value


def truncate_to(path: Path, size: int) -> None:
    with path.open("r+b") as fh:
        fh.truncate(size)


def flip(path: Path, offset: int, length: int = 32) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + length] = bytes(b ^ 0xFF for b in data[offset : offset + length])
    path.write_bytes(bytes(data))


CUTS: dict[str, Callable[[int], int]] = {
    "inside_page_1": lambda size: 100,
    "one_byte_into_page_2": lambda size: PAGE + 1,
    "mid_page_2": lambda size: 5000,
    "last_page_partly": lambda size: size - 1000,
    "to_page_1": lambda size: PAGE,
    "to_two_pages": lambda size: 2 * PAGE,
    "half_whole_pages": lambda size: size // 2 // PAGE * PAGE,
    "last_page": lambda size: size - PAGE,
}


@pytest.mark.parametrize("cut", CUTS.values(), ids=CUTS.keys())
def test_truncated_database(profile: Profile, cut: Callable[[int], int]) -> None:
    make(profile)
    size = profile.db_path.stat().st_size
    assert size % PAGE == 0 and size > 8 * PAGE
    truncate_to(profile.db_path, cut(size))
    error = refused(profile, NotAStore)
    assert "database" in str(error)


def test_damaged_salt_or_first_page(profile: Profile) -> None:
    make(profile)
    pristine = profile.db_path.read_bytes()
    for offset in (0, 100, PAGE - 200):
        flip(profile.db_path, offset)
        refused(profile, NotAStore)
        profile.db_path.write_bytes(pristine)
    profile.unlock(PASSPHRASE).close()


@pytest.mark.parametrize(
    "table", ["meta", "_sqlite_migrations", "idx__sqlite_migrations_migration_set_name"]
)
def test_damaged_page_read_at_open(profile: Profile, table: str) -> None:
    roots = make(profile)
    flip(profile.db_path, (roots[table] - 1) * PAGE + PAGE // 2)
    refused(profile, NotAStore)


def test_damaged_page_not_read_at_open_is_found_by_doctor(profile: Profile) -> None:
    roots = make(profile)
    page = roots["conflicts"]
    flip(profile.db_path, (page - 1) * PAGE + PAGE // 2)
    before = snapshot(profile.root)
    with profile.unlock(PASSPHRASE) as store:
        assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE
        checks = {c.name: c for c in doctor(store)}  # reports, never raises
    assert set(checks) >= {"cipher_integrity", "sqlite_integrity", "audit_chain"}
    assert not checks["cipher_integrity"].ok
    assert str(page) in checks["cipher_integrity"].detail
    assert not checks["sqlite_integrity"].ok
    assert snapshot(profile.root) == before


def _plain_sqlite(path: Path) -> None:
    path.unlink()
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)")
    conn.execute("INSERT INTO meta VALUES ('format', 'svodka-store')")
    conn.commit()
    conn.close()


FOREIGN_DB: dict[str, Callable[[Path], Any]] = {
    "plain_sqlite": _plain_sqlite,
    "text": lambda p: p.write_text("не база данных\n" * 300, encoding="utf-8"),
    "text_whole_pages": lambda p: p.write_bytes(b"x" * 3 * PAGE),
    "random_pages": lambda p: p.write_bytes(os.urandom(4 * PAGE)),
    "empty": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("replace", FOREIGN_DB.values(), ids=FOREIGN_DB.keys())
def test_database_replaced_by_a_foreign_file(
    profile: Profile, replace: Callable[[Path], Any]
) -> None:
    make(profile)
    replace(profile.db_path)
    refused(profile, NotAStore)


def _slot(doc: dict[str, Any]) -> dict[str, Any]:
    slot: dict[str, Any] = doc["slots"][0]
    return slot


def _edit(change: Callable[[dict[str, Any]], object]) -> Callable[[Path], None]:
    def apply(path: Path) -> None:
        doc = json.loads(path.read_text())
        change(doc)
        path.write_text(json.dumps(doc))

    return apply


DAMAGED_KEYS: dict[str, Callable[[Path], Any]] = {
    "binary_garbage": lambda p: p.write_bytes(b"\x00\xff\xfe garbage"),
    "truncated_json": lambda p: p.write_bytes(p.read_bytes()[:100]),
    "json_array": lambda p: p.write_text("[1, 2, 3]"),
    "another_format": _edit(lambda d: d.update(format="luks")),
    "no_slots": _edit(lambda d: d.pop("slots")),
    "slot_not_base64": _edit(lambda d: _slot(d).update(salt="!!!")),
    "unknown_kdf": _edit(lambda d: _slot(d)["kdf"].update(name="md5")),
    "kdf_memory_zero": _edit(lambda d: _slot(d)["kdf"].update(memory_kib=0)),
    "kdf_iterations_zero": _edit(lambda d: _slot(d)["kdf"].update(iterations=0)),
    "salt_empty": _edit(lambda d: _slot(d).update(salt="")),
    "nonce_too_short": _edit(lambda d: _slot(d).update(nonce="AAAA")),
    "empty_file": lambda p: p.write_bytes(b""),
}


@pytest.mark.parametrize("damage", DAMAGED_KEYS.values(), ids=DAMAGED_KEYS.keys())
def test_damaged_key_file(profile: Profile, damage: Callable[[Path], Any]) -> None:
    make(profile)
    damage(profile.keys_path)
    error = refused(profile, NotAStore)
    assert isinstance(error, NotAStore) and error.path == profile.keys_path


def test_missing_files(profile: Profile) -> None:
    make(profile)
    keys = profile.keys_path.read_bytes()
    profile.keys_path.unlink()
    assert "missing" in str(refused(profile, NotAStore))
    profile.keys_path.write_bytes(keys)
    db = profile.db_path.read_bytes()
    profile.db_path.unlink()
    assert "missing" in str(refused(profile, NotAStore))
    profile.keys_path.unlink()
    refused(profile, NoStore)
    profile.keys_path.write_bytes(keys)
    profile.db_path.write_bytes(db)
    profile.unlock(PASSPHRASE).close()


def test_files_of_two_stores_mixed(tmp_path: Path) -> None:
    ours, other = Profile(tmp_path / "ours"), Profile(tmp_path / "other")
    make(ours)
    make(other)  # the same user and passphrase, so only the store identity differs
    mixed = Profile(tmp_path / "mixed")
    mixed.root.mkdir()
    mixed.lock_path.touch()  # as in any used profile; see the test below
    shutil.copy(ours.db_path, mixed.db_path)
    shutil.copy(other.keys_path, mixed.keys_path)
    refused(mixed, NotAStore)
    shutil.copy(other.db_path, mixed.db_path)
    shutil.copy(ours.keys_path, mixed.keys_path)
    refused(mixed, NotAStore)


def test_failed_unlock_of_a_copied_folder_adds_only_an_empty_lock_file(tmp_path: Path) -> None:
    # The process lock is taken before the passphrase is tried, so a folder copied without
    # store.lock gains that empty file; the store's own files stay as they were.
    source, copy = Profile(tmp_path / "source"), Profile(tmp_path / "copy")
    make(source)
    copy.root.mkdir()
    shutil.copy(source.db_path, copy.db_path)
    shutil.copy(source.keys_path, copy.keys_path)
    before = snapshot(copy.root)
    with pytest.raises(WrongPassphrase):
        copy.unlock("wrong passphrase")
    after = snapshot(copy.root)
    assert after.pop(copy.lock_path.name) == hashlib.sha256(b"").hexdigest()
    assert after == before


def test_key_file_from_a_newer_version(profile: Profile) -> None:
    make(profile)
    _edit(lambda d: d.update(version=99))(profile.keys_path)
    error = refused(profile, StoreTooNew)
    assert isinstance(error, StoreTooNew) and "99" in error.found


def test_schema_from_a_newer_version(profile: Profile) -> None:
    make(profile)
    with profile.unlock(PASSPHRASE) as store:
        store.conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
            " VALUES ('svodka', '9999_from_the_future', '2099-01-01 00:00:00')"
        )
    error = refused(profile, StoreTooNew)
    assert isinstance(error, StoreTooNew) and "9999_from_the_future" in error.found


def test_key_file_loader_reports_the_path(tmp_path: Path) -> None:
    path = tmp_path / "keys.json"
    with pytest.raises(NotAStore) as caught:
        keyslots.loads(path, b"{}")
    assert caught.value.path == path


UNLOCK_IN_CHILD = """
import sys
from pathlib import Path
from desktop.storage import Profile
try:
    Profile(Path(sys.argv[1])).unlock(sys.stdin.read()).close()
    print("opened")
except Exception as exc:
    print(type(exc).__name__)
"""


def unlock_in_another_process(root: Path) -> str:
    done = subprocess.run(
        [sys.executable, "-c", UNLOCK_IN_CHILD, str(root)],
        input=PASSPHRASE,
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_store_in_use_by_another_process(store: Store, profile: Profile) -> None:
    assert unlock_in_another_process(profile.root) == "StoreInUse"
    with pytest.raises(StoreInUse):  # and by a second unlock in this process
        Profile(profile.root).unlock(PASSPHRASE)
    store.close()
    assert unlock_in_another_process(profile.root) == "opened"
