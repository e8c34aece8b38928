"""Server fixtures: each test gets a fresh server on SQLite and on a real PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.harness import SAMPLE_REGISTRY, ServerProcess, admin
from tests.server.pg import Cluster, running_cluster


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    with running_cluster() as cluster:
        yield cluster


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest) -> str | None:
    """None means the default (SQLite in the data folder)."""
    if request.param == "sqlite":
        return None
    cluster: Cluster = request.getfixturevalue("pg_cluster")
    return cluster.create_database()


@pytest.fixture
def server(tmp_path: Path, database: str | None) -> Iterator[ServerProcess]:
    data_dir = tmp_path / "server"
    result = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    assert result.returncode == 0, result.stderr
    process = ServerProcess(data_dir, database)
    process.start()
    yield process
    process.kill()
