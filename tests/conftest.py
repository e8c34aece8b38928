"""Shared fixtures: real SQLCipher stores in temporary folders, with a cheap KDF for speed."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# Qt must never pick a real display in tests (the GUI issue adds its tests).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.storage import KdfParams, Profile, Store

# Tests pay for Argon2id thousands of times; production keeps DEFAULT_KDF.
FAST_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)
PASSPHRASE = "проверочный пароль"
USER = "tester"


@pytest.fixture
def profile(tmp_path: Path) -> Profile:
    return Profile(tmp_path / "profile")


@pytest.fixture
def store(profile: Profile) -> Iterator[Store]:
    created = profile.create(USER, PASSPHRASE, kdf=FAST_KDF)
    created.store.load_demo_registry()
    yield created.store
    created.store.close()
