"""HTTP client of the regional server: one kept-alive session, signed calls, typed errors."""

from __future__ import annotations

import gzip
import time
from dataclasses import dataclass, field
from typing import Any, TypeVar

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, ValidationError

from desktop import __version__
from desktop.sync import protocol as p
from desktop.sync.errors import BadAnswer, Offline, ServerRefused
from desktop.sync.signing import signed_headers

Model = TypeVar("Model", bound=BaseModel)
CONNECT_TIMEOUT_S = 20.0  # a 2G link's SYN retries at 1 s and 3 s must fit
READ_TIMEOUT_S = 60.0


@dataclass
class Credentials:
    device_id: str
    key: Ed25519PrivateKey


@dataclass
class SyncClient:
    """Talks to one server. TLS is always verified; ``ca_file`` pins the regional CA."""

    base_url: str
    ca_file: str | None = None
    credentials: Credentials | None = None
    read_timeout_s: float = READ_TIMEOUT_S
    offset_ms: int = 0  # server clock minus ours, measured by ``measure_clock``
    session: requests.Session = field(default_factory=requests.Session)

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/")
        self.session.verify = self.ca_file or True
        self.session.headers["User-Agent"] = f"Svodka/{__version__}"

    def close(self) -> None:
        self.session.close()

    def health(self) -> p.Health:
        return self._call("GET", "/health", p.Health)

    def measure_clock(self) -> int:
        """Estimate the server's clock offset (its time minus ours), in ms."""
        sent = time.time_ns() // 1_000_000
        answer = self._call("GET", "/time", p.ServerTime)
        received = time.time_ns() // 1_000_000
        self.offset_ms = answer.server_time_ms - (sent + received) // 2
        return self.offset_ms

    def enrol(self, code: str, public_key: str, name: str | None) -> p.EnrolResponse:
        body = p.EnrolRequest(code=code, public_key=public_key, device_name=name)
        return self._call(
            "POST",
            "/enrol",
            p.EnrolResponse,
            body=body.model_dump_json().encode(),
            headers={"Content-Type": "application/json"},
        )

    def push(self, request: p.PushRequest) -> p.PushResponse:
        body = gzip.compress(request.model_dump_json().encode(), compresslevel=6)
        headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
        return self._signed("POST", "/push", p.PushResponse, body, headers)

    def pull(self, cursor: int, limit: int) -> p.PullResponse:
        return self._signed("GET", f"/pull?cursor={cursor}&limit={limit}", p.PullResponse)

    def upload_bundle(self, bundle: bytes) -> p.BundleResult:
        headers = {"Content-Type": "application/octet-stream"}
        return self._signed("POST", "/bundles", p.BundleResult, bundle, headers)

    def _signed(
        self,
        method: str,
        path: str,
        model: type[Model],
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> Model:
        if self.credentials is None:
            raise ValueError("this client has no device credentials")
        target = p.API_PREFIX + path
        now = time.time_ns() // 1_000_000 + self.offset_ms
        signed = signed_headers(
            self.credentials.key, self.credentials.device_id, method, target, body, now
        )
        return self._call(method, path, model, body=body, headers={**(headers or {}), **signed})

    def _call(
        self,
        method: str,
        path: str,
        model: type[Model],
        *,
        body: bytes = b"",
        headers: dict[str, str] | None = None,
    ) -> Model:
        try:
            response = self.session.request(
                method,
                self.base_url + p.API_PREFIX + path,
                data=body or None,
                headers=headers,
                timeout=(CONNECT_TIMEOUT_S, self.read_timeout_s),
            )
        except requests.RequestException as exc:
            raise Offline(type(exc).__name__ + ": " + str(exc)) from exc
        if response.status_code >= 400:
            raise _refusal(response)
        try:
            return model.model_validate_json(response.content)
        except ValidationError as exc:
            raise BadAnswer(f"{method} {path}: {exc.error_count()} problems") from exc


def _refusal(response: requests.Response) -> ServerRefused:
    try:
        problem: Any = response.json()
        code, detail = str(problem["error"]), str(problem["detail"])
    except (ValueError, KeyError, TypeError):
        code, detail = "http_error", response.text[:200]
    return ServerRefused(response.status_code, code, detail)
