"""Export fixtures: a real encrypted store with the Stavropol pack and known facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import Profile, Store
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.exports.stavropol import fill


@pytest.fixture
def stavropol(tmp_path: Path) -> Iterator[Store]:
    store = Profile(tmp_path / "profile").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    fill(store)
    yield store
    store.close()
