"""One real server (SQLite) per test process; each test enrols its own devices."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.server.harness import SAMPLE_REGISTRY, ServerProcess, admin


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    data_dir = tmp_path_factory.mktemp("faults") / "server"
    result = admin(data_dir, None, "import-registry", str(SAMPLE_REGISTRY))
    assert result.returncode == 0, result.stderr
    process = ServerProcess(data_dir, None)
    process.start()
    yield process
    process.kill()
