"""Passphrases, users and the recovery key: key slots change, the database is not re-encrypted."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop.storage import (
    DEFAULT_KDF,
    LastUser,
    NoStore,
    Profile,
    Store,
    StoreExists,
    UnknownUser,
    UserExists,
    UserRequired,
    WeakPassphrase,
    WrongPassphrase,
    keyslots,
)
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.storage.helpers import NOTE, UNIT, pages, snapshot, write_every_kind

NEW_PASSPHRASE = "новый пароль 2"
SECOND = "второй"
SECOND_PASSPHRASE = "пароль второго"
# A write of one audit entry touches a handful of pages (counter, audit table and its
# indexes); re-encrypting under another key would rewrite every page with a fresh IV.
MAX_PAGES_PER_AUDIT_WRITE = 6


def make(profile: Profile) -> str:
    """A closed store with data; returns its recovery key."""
    created = profile.create(USER, PASSPHRASE, kdf=FAST_KDF)
    created.store.load_demo_registry()
    write_every_kind(created.store)
    created.store.close()
    return created.recovery_key


def db_key(raw_keys: bytes, slot_name: str, secret: bytes) -> bytes:
    keyfile = keyslots.loads(Path("keys.json"), raw_keys)
    slot = keyfile.slot(slot_name)
    assert slot is not None
    return keyslots.unwrap(keyfile.store_id, slot, secret)


def test_wrong_passphrase_changes_no_file(profile: Profile) -> None:
    make(profile)
    before = snapshot(profile.root)
    for attempt in ("wrong passphrase", PASSPHRASE + " ", PASSPHRASE.upper()):
        with pytest.raises(WrongPassphrase):
            profile.unlock(attempt)
    with pytest.raises(WrongPassphrase):
        profile.unlock("wrong passphrase", user=USER)
    assert snapshot(profile.root) == before
    profile.unlock(PASSPHRASE).close()  # the failed attempts released the lock


def test_wrong_recovery_key_changes_no_file(profile: Profile) -> None:
    make(profile)
    before = snapshot(profile.root)
    for attempt in (keyslots.new_recovery_key(), "", "не ключ", PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            profile.unlock_with_recovery(attempt)
    assert snapshot(profile.root) == before


def test_recovery_key_opens_and_sets_a_new_passphrase(profile: Profile) -> None:
    recovery = make(profile)
    assert re.fullmatch(r"[A-Z2-7]{4}(-[A-Z2-7]{4}){7}", recovery)
    for spelling in (recovery, recovery.lower().replace("-", ""), " ".join(recovery.split("-"))):
        with profile.unlock_with_recovery(spelling) as store:
            assert store.actor == "recovery"
            assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE
    with profile.unlock_with_recovery(recovery.lower().replace("-", "")) as store:
        store.set_passphrase(USER, NEW_PASSPHRASE)
        last = store.history(limit=1)[0]
        assert (last.action, last.actor, last.details) == (
            "passphrase_changed",
            "recovery",
            {"user": USER},
        )
    with pytest.raises(WrongPassphrase):
        profile.unlock(PASSPHRASE)
    with profile.unlock(NEW_PASSPHRASE) as store:
        assert store.actor == USER
        assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE
    profile.unlock_with_recovery(recovery).close()  # the recovery key still works


def test_new_recovery_key_replaces_the_old_one(profile: Profile) -> None:
    old = make(profile)
    with profile.unlock(PASSPHRASE) as store:
        new = store.new_recovery_key()
    assert new != old
    with pytest.raises(WrongPassphrase):
        profile.unlock_with_recovery(old)
    profile.unlock_with_recovery(new).close()


def _set_passphrase(store: Store) -> None:
    store.set_passphrase(USER, NEW_PASSPHRASE)


def _add_user(store: Store) -> None:
    store.add_user(SECOND, SECOND_PASSPHRASE)


def _remove_user(store: Store) -> None:
    store.remove_user(SECOND)


def _new_recovery_key(store: Store) -> None:
    store.new_recovery_key()


@pytest.mark.parametrize(
    "change",
    [_set_passphrase, _add_user, _remove_user, _new_recovery_key],
    ids=["set_passphrase", "add_user", "remove_user", "new_recovery_key"],
)
def test_key_changes_rewrap_slots_and_never_reencrypt(
    profile: Profile, change: Callable[[Store], None]
) -> None:
    recovery = make(profile)
    if change is _remove_user:
        with profile.unlock(PASSPHRASE) as store:
            store.add_user(SECOND, SECOND_PASSPHRASE)
    keys_before = profile.keys_path.read_bytes()
    pages_before = pages(profile.db_path)
    assert len(pages_before) > 10 * MAX_PAGES_PER_AUDIT_WRITE

    with profile.unlock(PASSPHRASE, user=USER) as store:
        change(store)
    keys_after = profile.keys_path.read_bytes()
    pages_after = pages(profile.db_path)

    assert keys_after != keys_before
    # Same salt (the first 16 bytes), same size, and only the pages of the audit entry
    # differ: the database was not re-encrypted.
    assert pages_after[0][:16] == pages_before[0][:16]
    assert len(pages_after) == len(pages_before)
    changed = [i for i, (a, b) in enumerate(zip(pages_before, pages_after, strict=True)) if a != b]
    assert 0 < len(changed) <= MAX_PAGES_PER_AUDIT_WRITE, changed
    # The database key itself is the same one, wrapped anew.
    recovery_secret = keyslots.normalise_recovery_key(recovery)
    old_key = db_key(keys_before, keyslots.RECOVERY_SLOT, recovery_secret)
    if change is _new_recovery_key:
        assert json.loads(keys_after)["slots"] != json.loads(keys_before)["slots"]
        user_secret = PASSPHRASE.encode()
        assert db_key(keys_after, keyslots.user_slot_name(USER), user_secret) == old_key
    else:
        assert db_key(keys_after, keyslots.RECOVERY_SLOT, recovery_secret) == old_key
    if change is _set_passphrase:
        new_secret = NEW_PASSPHRASE.encode()
        assert db_key(keys_after, keyslots.user_slot_name(USER), new_secret) == old_key
    secret = NEW_PASSPHRASE if change is _set_passphrase else PASSPHRASE
    with profile.unlock(secret, user=USER) as store:
        assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE


def test_several_users(profile: Profile) -> None:
    make(profile)
    with profile.unlock(PASSPHRASE) as store:
        store.add_user(SECOND, SECOND_PASSPHRASE)
        assert store.users() == [USER, SECOND]
        with pytest.raises(UserExists) as exists:
            store.add_user(SECOND, "ещё один пароль")
        assert exists.value.user == SECOND
    with pytest.raises(UserRequired) as required:
        profile.unlock(PASSPHRASE)
    assert sorted(required.value.users) == sorted([USER, SECOND])
    with pytest.raises(UnknownUser):
        profile.unlock(PASSPHRASE, user="никто")
    # Each user's passphrase opens only that user's slot.
    with pytest.raises(WrongPassphrase):
        profile.unlock(PASSPHRASE, user=SECOND)
    with profile.unlock(SECOND_PASSPHRASE, user=SECOND) as store:
        assert store.actor == SECOND
        assert store.facts("connection_observations", UNIT)[0]["note"] == NOTE
        with pytest.raises(UnknownUser):
            store.remove_user("никто")
        store.remove_user(USER)
        with pytest.raises(LastUser):
            store.remove_user(SECOND)
        assert store.users() == [SECOND]
        actions = [h.action for h in store.history(limit=3)]
        assert actions[:2] == ["user_removed", "user_added"]
    with pytest.raises(UnknownUser):
        profile.unlock(PASSPHRASE, user=USER)
    profile.unlock(SECOND_PASSPHRASE).close()  # one user left: no name needed


def test_weak_passphrases_are_refused(profile: Profile) -> None:
    with pytest.raises(WeakPassphrase) as weak:
        profile.create(USER, "1234567", kdf=FAST_KDF)
    assert weak.value.minimum == 8
    assert not profile.exists()
    make(profile)
    keys = profile.keys_path.read_bytes()
    with profile.unlock(PASSPHRASE) as store:
        with pytest.raises(WeakPassphrase):
            store.set_passphrase(USER, "корот")
        with pytest.raises(WeakPassphrase):
            store.add_user(SECOND, "")
        assert profile.keys_path.read_bytes() == keys
        store.set_passphrase(USER, "ровно8ch")  # eight characters, counted as characters
    profile.unlock("ровно8ch").close()


def test_create_refuses_an_existing_store_and_unlock_needs_one(tmp_path: Path) -> None:
    empty = Profile(tmp_path / "empty")
    with pytest.raises(NoStore):
        empty.unlock(PASSPHRASE)
    with pytest.raises(NoStore):
        empty.unlock_with_recovery("AAAA")
    profile = Profile(tmp_path / "p")
    make(profile)
    before = snapshot(profile.root)
    with pytest.raises(StoreExists):
        profile.create("другой", "другой пароль", kdf=FAST_KDF)
    assert snapshot(profile.root) == before


def test_default_kdf_is_argon2id_with_the_documented_cost(profile: Profile) -> None:
    # The one test that pays for the production KDF.
    profile.create(USER, PASSPHRASE).store.close()
    doc = json.loads(profile.keys_path.read_text())
    kdfs = [slot["kdf"] for slot in doc["slots"]]
    expected = {
        "name": "argon2id",
        "memory_kib": DEFAULT_KDF.memory_kib,
        "iterations": DEFAULT_KDF.iterations,
        "lanes": DEFAULT_KDF.lanes,
    }
    assert kdfs == [expected, expected]
    assert DEFAULT_KDF.memory_kib >= 19 * 1024 and DEFAULT_KDF.iterations >= 2
    assert [slot["name"] for slot in doc["slots"]] == [f"user:{USER}", "recovery"]
    assert doc["format"] == "svodka-keyslots" and doc["version"] == 1
    profile.unlock(PASSPHRASE).close()
