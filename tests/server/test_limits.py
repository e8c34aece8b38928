"""Limits and malformed requests: clear 4xx answers, always {"error", "detail"}."""

from __future__ import annotations

import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy import func, select

from desktop.sync import protocol as p
from server.db import changes
from tests.server.harness import (
    SAMPLE_REGISTRY,
    ServerProcess,
    admin,
    assert_problem,
    change,
    enrolled,
    push_body,
    server_db,
)

PUSH = "/api/v1/push"
FAP = "DEMO-FAP-012"
JSON = {"Content-Type": "application/json"}
GZIP = JSON | {"Content-Encoding": "gzip"}
RATE_LIMIT = 5


def _stored(server: ServerProcess) -> int:
    with server_db(server) as conn:
        return int(conn.scalar(select(func.count()).select_from(changes)) or 0)


def test_body_and_batch_sizes_are_limited(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    big = b" " * (p.MAX_BODY_BYTES + 1)
    declared = device.signed("POST", PUSH, big, JSON)
    assert "4194304" in assert_problem(declared, 413, "too_large")

    def stream() -> Iterator[bytes]:  # chunked: no Content-Length to refuse early
        for _ in range(5):
            yield b" " * (1024 * 1024)

    chunked = requests.post(
        server.base_url + PUSH, data=stream(), headers=device.sign("POST", PUSH, big), timeout=60
    )
    assert_problem(chunked, 413, "too_large")

    # A gzip bomb: about 5 KB on the wire, 5 MiB once inflated.
    bomb = gzip.compress(b" " * (5 * 1024 * 1024))
    assert len(bomb) < 10_000
    detail = assert_problem(device.signed("POST", PUSH, bomb, GZIP), 413, "too_large")
    assert "unpacked" in detail
    assert _stored(server) == 0

    too_many = [change(seq, FAP) for seq in range(1, p.MAX_CHANGES_PER_BATCH + 2)]
    assert "changes" in assert_problem(device.push(too_many), 422, "invalid_body")
    assert _stored(server) == 0
    most = device.push(too_many[: p.MAX_CHANGES_PER_BATCH])
    assert most.status_code == 200, most.text
    assert most.json()["ack_seq"] == p.MAX_CHANGES_PER_BATCH


def test_malformed_requests_get_clear_errors(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    body = push_body([change(1, FAP)])
    for encoding in ("br", "deflate", "compress"):
        unknown = device.signed("POST", PUSH, body, JSON | {"Content-Encoding": encoding})
        assert encoding in assert_problem(unknown, 415, "bad_encoding")
    assert_problem(device.signed("POST", PUSH, body, GZIP), 400, "bad_gzip")

    broken = body[:-3]
    assert_problem(device.signed("POST", PUSH, broken, JSON), 422, "invalid_body")
    assert_problem(device.signed("POST", PUSH, gzip.compress(broken), GZIP), 422, "invalid_body")
    invalid = (
        b"",
        b"[]",
        json.dumps({"epoch": 1, "changes": []}).encode(),
        json.dumps({"changes": [change(1, FAP)]}).encode(),
        json.dumps({"epoch": 1, "changes": [change(1, FAP)], "extra": 1}).encode(),
        push_body([change(1, FAP) | {"entity": "patients"}]),
        push_body([change(0, FAP)]),
        '{"epoch": 1, "changes": ["\udcff"]}'.encode("utf-8", "surrogatepass"),
    )
    for raw in invalid:
        assert_problem(device.signed("POST", PUSH, raw, JSON), 422, "invalid_body")
    assert _stored(server) == 0

    assert_problem(requests.get(server.base_url + "/api/v2/push", timeout=30), 404, "http_error")
    assert_problem(requests.get(server.base_url + PUSH, timeout=30), 405, "http_error")
    enrol = requests.post(server.base_url + "/api/v1/enrol", data=b"{", headers=JSON, timeout=30)
    assert_problem(enrol, 422, "invalid_request")


@pytest.fixture
def limited_server(tmp_path: Path, database: str | None) -> Iterator[ServerProcess]:
    """A server allowing each device only RATE_LIMIT requests a minute."""
    data_dir = tmp_path / "server"
    imported = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    assert imported.returncode == 0, imported.stderr
    process = ServerProcess(data_dir, database)
    process.start_with("--rate-limit", str(RATE_LIMIT))
    yield process
    process.kill()


def test_requests_per_device_are_rate_limited(limited_server: ServerProcess) -> None:
    busy = enrolled(limited_server, "unit", FAP)
    calm = enrolled(limited_server, "unit", "DEMO-FAP-013")
    assert busy.push([change(1, FAP)]).status_code == 200
    for _ in range(RATE_LIMIT - 1):
        assert busy.pull().status_code == 200
    assert_problem(busy.pull(), 429, "too_many_requests")
    assert_problem(busy.push([change(2, FAP)]), 429, "too_many_requests")
    assert calm.pull().status_code == 200  # the limit is per device
    assert _stored(limited_server) == 1
