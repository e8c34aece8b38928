"""``serve --workers N``: processes share one port, one database and one set of keys."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.harness import SAMPLE_REGISTRY, Device, ServerProcess, admin, change, issue_code

UNITS = ["DEMO-FAP-012", "DEMO-FAP-013"]


@pytest.fixture
def workers(tmp_path: Path, database: str | None) -> Iterator[ServerProcess]:
    data_dir = tmp_path / "server"
    result = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    assert result.returncode == 0, result.stderr
    server = ServerProcess(data_dir, database)
    server.start_with("--workers", "2")
    yield server
    server.kill()


def processes() -> dict[int, int]:
    """Live processes (not zombies) on this machine: pid → parent pid."""
    found = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # it ended while we looked
        if fields[0] != "Z":
            found[int(stat.parent.name)] = int(fields[1])
    return found


def workers_of(pid: int) -> set[int]:
    """uvicorn's worker processes under ``pid`` (not multiprocessing's resource tracker,
    which leaves on its own a moment after the parent)."""
    found = set()
    for child in (c for c, parent in processes().items() if parent == pid):
        try:
            if b"spawn_main" in Path(f"/proc/{child}/cmdline").read_bytes():
                found.add(child)
        except OSError:
            continue  # it ended while we looked
    return found


def survivors(pids: set[int], within_s: float = 15.0) -> dict[int, str]:
    """Which of ``pids`` are still alive once ``within_s`` has passed (the kernel delivers the
    parent-death signal at once, but a loaded machine may take a moment to run the handler)."""
    deadline = time.monotonic() + within_s
    while (alive := pids & set(processes())) and time.monotonic() < deadline:
        time.sleep(0.05)
    found = {}
    for pid in alive:
        try:
            found[pid] = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
    return found


def push_rounds(device: Device, unit: str, rounds: int) -> None:
    for r in range(rounds):
        batch = [change(seq, unit) for seq in range(r * 10 + 1, r * 10 + 11)]
        response = device.push(batch)
        assert response.status_code == 200, response.text
        assert response.json()["ack_seq"] == r * 10 + 10


def test_workers_share_the_database_and_stop_together(workers: ServerProcess) -> None:
    assert workers.process is not None
    spawned = workers_of(workers.process.pid)
    assert len(spawned) == 2
    devices, server_keys = [], set()
    for unit in UNITS * 2:  # one connection per device: the kernel spreads them
        device = Device(workers.base_url)
        response = device.enrol(issue_code(workers, "unit", unit))
        assert response.status_code == 200, response.text
        server_keys.add(response.json()["server_signing_key"])
        devices.append((device, unit))
    assert len(server_keys) == 1
    for device, unit in devices:
        push_rounds(device, unit, rounds=3)
        assert device.pull().status_code == 200
    workers.stop()
    assert workers.process.returncode == 0
    assert survivors(spawned, within_s=0) == {}, "a worker outlived SIGTERM to the server"


def test_workers_end_when_the_parent_is_killed(workers: ServerProcess) -> None:
    assert workers.process is not None
    spawned = workers_of(workers.process.pid)
    assert len(spawned) == 2
    workers.kill()
    assert survivors(spawned) == {}, "a worker outlived kill -9 of the server"
