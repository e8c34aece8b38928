"""A real server on SQLite and an encrypted client store enrolled with it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.storage import Profile, Store
from desktop.sync.enrolment import enroll
from tests.conftest import FAST_KDF, PASSPHRASE, USER
from tests.server.harness import SAMPLE_REGISTRY, ServerProcess, admin


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    data_dir = tmp_path / "server"
    assert admin(data_dir, None, "import-registry", str(SAMPLE_REGISTRY)).returncode == 0
    process = ServerProcess(data_dir, None)
    process.start()
    yield process
    process.kill()


@pytest.fixture
def client_store(tmp_path: Path, server: ServerProcess) -> Iterator[Store]:
    store = Profile(tmp_path / "client").create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code("DEMO-MO-01"))
    yield store
    store.close()
