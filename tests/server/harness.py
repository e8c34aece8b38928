"""A real server process on 127.0.0.1 and a scripted device that signs its requests."""

from __future__ import annotations

import gzip
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import Connection

from desktop.sync import protocol as p
from desktop.sync.signing import signed_headers
from server import enrolment
from server.db import database_url, make_engine, writing
from tests.server.pg import free_port

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_REGISTRY = ROOT / "resources" / "registry-sample.csv"
START_TIMEOUT_S = 30


def admin(data_dir: Path, database: str | None, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``svodka-server`` admin commands as an administrator would."""
    command = [sys.executable, "-m", "server", "--data-dir", str(data_dir)]
    if database:
        command += ["--database", database]
    return subprocess.run(
        [*command, *args], capture_output=True, text=True, timeout=120, check=False
    )


@dataclass
class ServerProcess:
    data_dir: Path
    database: str | None
    port: int = field(default_factory=free_port)
    process: subprocess.Popen[bytes] | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self.start_with()

    def start_with(self, *serve_args: str) -> None:
        """Start with extra ``serve`` options, e.g. ``--rate-limit 5``."""
        command = [sys.executable, "-m", "server", "--data-dir", str(self.data_dir)]
        if self.database:
            command += ["--database", self.database]
        command += ["serve", "--port", str(self.port), "--log-level", "WARNING", *serve_args]
        log = (self.data_dir / "server.log").open("ab")
        self.process = subprocess.Popen(
            command, stdout=log, stderr=log, env={**os.environ, "PYTHONUNBUFFERED": "1"}
        )
        self._wait_ready()

    def _wait_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT_S
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError("server exited: " + (self.data_dir / "server.log").read_text())
            try:
                if requests.get(self.base_url + "/api/v1/health", timeout=1).ok:
                    return
            except requests.ConnectionError:
                time.sleep(0.05)  # polling for readiness, not waiting for a result
        raise RuntimeError("server did not become ready")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            self.process.wait(timeout=30)

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=30)

    def admin(self, *args: str) -> subprocess.CompletedProcess[str]:
        return admin(self.data_dir, self.database, *args)

    def enrol_code(self, scope: str, *extra: str) -> str:
        result = self.admin("enrol-code", "--scope", scope, "--json", *extra)
        assert result.returncode == 0, result.stderr
        return str(json.loads(result.stdout)["code"])


@dataclass
class Device:
    """A scripted client: key pair, enrolment and signed calls (no client store)."""

    base_url: str
    key: Ed25519PrivateKey = field(default_factory=Ed25519PrivateKey.generate)
    device_id: str = ""
    epoch: int = 1
    session: requests.Session = field(default_factory=requests.Session)

    @property
    def public_key(self) -> str:
        raw = self.key.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
        return p.b64(raw)

    def enrol(self, code: str) -> requests.Response:
        response = self.session.post(
            self.base_url + "/api/v1/enrol",
            json={"code": code, "public_key": self.public_key},
            timeout=30,
        )
        if response.ok:
            self.device_id, self.epoch = response.json()["device_id"], response.json()["epoch"]
        return response

    def signed(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
        time_ms: int | None = None,
    ) -> requests.Response:
        now = time_ms if time_ms is not None else time.time_ns() // 1_000_000
        all_headers = signed_headers(self.key, self.device_id, method, target, body, now)
        all_headers.update(headers or {})
        return self.session.request(
            method, self.base_url + target, data=body or None, headers=all_headers, timeout=60
        )

    def push(self, changes: list[dict[str, Any]], epoch: int | None = None) -> requests.Response:
        body = gzip.compress(
            json.dumps({"epoch": epoch or self.epoch, "changes": changes}).encode()
        )
        return self.signed(
            "POST",
            "/api/v1/push",
            body,
            {"Content-Encoding": "gzip", "Content-Type": "application/json"},
        )

    def pull(self, cursor: int = 0, limit: int = 500) -> requests.Response:
        return self.signed("GET", f"/api/v1/pull?cursor={cursor}&limit={limit}")

    def sign(
        self,
        method: str,
        target: str,
        body: bytes = b"",
        time_ms: int | None = None,
        nonce: str | None = None,
    ) -> dict[str, str]:
        """The signed headers alone, to send (or tamper with) by ``send``."""
        now = time_ms if time_ms is not None else time.time_ns() // 1_000_000
        return signed_headers(self.key, self.device_id, method, target, body, now, nonce)

    def send(
        self, method: str, target: str, body: bytes = b"", headers: dict[str, str] | None = None
    ) -> requests.Response:
        """A request exactly as given: no signing, no encoding."""
        return self.session.request(
            method, self.base_url + target, data=body or None, headers=headers, timeout=60
        )


def change(
    seq: int, unit: str, *, total: int = 10, zspd: int = 1, entity_id: str | None = None
) -> dict[str, Any]:
    """A typical change: a unit's АРМ counts for a quarter."""
    entity_id = entity_id or f"arm-{unit}-{seq}"
    return {
        "seq": seq,
        "entity": "arm_counts",
        "id": entity_id,
        "op": "insert",
        "unit": unit,
        "data": {
            "id": entity_id,
            "unit": unit,
            "created_at": "2025-07-01T08:00:00.000Z",
            "quarter": "2025Q3",
            "total": total,
            "mis": 1,
            "zspd": zspd,
        },
    }


def push_body(changes: list[dict[str, Any]], epoch: int = 1) -> bytes:
    """A push request's JSON body, uncompressed."""
    return json.dumps({"epoch": epoch, "changes": changes}).encode()


def assert_problem(response: requests.Response, status: int, code: str) -> str:
    """An error answer is exactly {"error": code, "detail": text}; returns the text."""
    assert response.status_code == status, (response.status_code, response.text)
    body = response.json()
    assert set(body) == {"error", "detail"}, body
    assert body["error"] == code, body
    assert isinstance(body["detail"], str) and body["detail"], body
    return str(body["detail"])


@contextmanager
def server_db(server: ServerProcess) -> Iterator[Connection]:
    """A write transaction on the server's own database (SQLite file or PostgreSQL)."""
    engine = make_engine(database_url(server.database, server.data_dir))
    try:
        with writing(engine) as conn:
            yield conn
    finally:
        engine.dispose()


def issue_code(server: ServerProcess, kind: str, scope: str, ttl_s: int = 3600) -> str:
    """A code from the function ``enrol-code`` calls, without a second-long CLI start."""
    with server_db(server) as conn:
        return enrolment.issue_code(conn, kind, scope, ttl_s).code


def enrolled(server: ServerProcess, kind: str, scope: str) -> Device:
    """A device enrolled with a fresh code for the scope."""
    device = Device(server.base_url)
    response = device.enrol(issue_code(server, kind, scope))
    assert response.status_code == 200, response.text
    return device
