"""Schemathesis over the live server's OpenAPI document, signed as a device: never a 5xx."""

from __future__ import annotations

import gzip
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from requests.models import PreparedRequest
from schemathesis import Case, GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_schema_conformance,
    status_code_conformance,
)

from desktop.sync import bundle
from desktop.sync import protocol as p
from desktop.sync.signing import signed_headers
from tests.server.harness import SAMPLE_REGISTRY, Device, ServerProcess, admin, change
from tests.server.serverdb import issue_codes
from tests.server.test_review import form_change

POSITIVE, NEGATIVE = GenerationMode.POSITIVE, GenerationMode.NEGATIVE
# (method, path, mode, examples) on each database: about 280 requests, 560 for both.
PLAN = [
    ("GET", "/api/v1/health", POSITIVE, 3),
    ("GET", "/api/v1/time", POSITIVE, 3),
    ("POST", "/api/v1/enrol", POSITIVE, 30),
    ("POST", "/api/v1/enrol", NEGATIVE, 20),
    ("POST", "/api/v1/push", POSITIVE, 80),
    ("POST", "/api/v1/push", NEGATIVE, 40),
    ("GET", "/api/v1/pull", POSITIVE, 30),
    ("GET", "/api/v1/pull", NEGATIVE, 20),
    ("POST", "/api/v1/bundles", POSITIVE, 30),  # any bytes fit the schema: no negative mode
    # The regional officer's endpoints, with a bearer token instead of a device signature.
    ("GET", "/api/v1/forms/{org}/{quarter}", POSITIVE, 15),
    ("GET", "/api/v1/forms/{org}/{quarter}", NEGATIVE, 15),
    ("POST", "/api/v1/forms/{org}/{quarter}/review", POSITIVE, 30),
    ("POST", "/api/v1/forms/{org}/{quarter}/review", NEGATIVE, 20),
    ("GET", "/api/v1/region/summary", POSITIVE, 10),
    ("GET", "/api/v1/region/summary", NEGATIVE, 10),
]
OFFICER_PATHS = ("/api/v1/forms/", "/api/v1/region/")
HEADER_EXAMPLES = 30
SCOPE = "DEMO-MO-01"
STAVROPOL = SAMPLE_REGISTRY.parent / "region-packs" / "stavropol.json"
UNITS = ["DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014"]
CODES = 20
POSITIVE_CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
NEGATIVE_CHECKS = [*POSITIVE_CHECKS, negative_data_rejection]
BASE_SETTINGS = settings(
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)


def now_ms() -> int:
    return time.time_ns() // 1_000_000


class Signer(requests.auth.AuthBase):
    """Signs the request exactly as prepared (path, query, body), gzipping the body first;
    an officer's request carries the officer's bearer token instead."""

    def __init__(self, device: Device, gzip_body: bool, officer_token: str = "") -> None:
        self.device, self.gzip_body, self.officer_token = device, gzip_body, officer_token

    def __call__(self, request: PreparedRequest) -> PreparedRequest:
        if (request.path_url or "").startswith(OFFICER_PATHS):
            request.headers["Authorization"] = f"Bearer {self.officer_token}"
            return request
        raw = request.body
        body = raw.encode() if isinstance(raw, str) else raw if isinstance(raw, bytes) else b""
        if self.gzip_body and body:
            body = gzip.compress(body)
            request.body = body
            request.headers["Content-Encoding"] = "gzip"
            request.headers["Content-Length"] = str(len(body))
        method, target = request.method or "GET", request.path_url
        headers = signed_headers(
            self.device.key, self.device.device_id, method, target, body, now_ms()
        )
        request.headers.update(headers)
        return request


@dataclass
class Live:
    """A running server, an enrolled device, spare enrolment codes and the loaded schema."""

    server: ServerProcess
    device: Device
    schema: Any
    codes: list[str]
    box_key: str
    officer_token: str = ""
    ack: int = 0
    forms: int = 0  # submitted forms pushed for the review endpoint, one quarter each
    session: requests.Session = field(default_factory=requests.Session)
    seen: Counter[tuple[str, int]] = field(default_factory=Counter)

    def exercise(self, case: Case[Any], mode: GenerationMode, steer: int, gzip_body: bool) -> None:
        if mode is POSITIVE and steer:
            STEERS.get(case.operation.path, _no_steer)(self, case, steer)
        signer = Signer(self.device, gzip_body, self.officer_token)
        response = case.call(session=self.session, auth=signer, timeout=60)
        self.seen[(f"{case.operation.label} {mode.value}", response.status_code)] += 1
        checks = POSITIVE_CHECKS if mode is POSITIVE else NEGATIVE_CHECKS
        case.validate_response(response, checks=checks)
        if case.operation.path.endswith(("/push", "/bundles")) and response.status_code == 200:
            self.ack = max(self.ack, int(response.json()["ack_seq"]))


def _no_steer(_live: Live, _case: Case[Any], _level: int) -> None:
    return None


def _steer_push(live: Live, case: Case[Any], level: int) -> None:
    """Make a generated batch reach the ingest: this epoch, units in scope, the next seqs;
    at level 2 half the changes also carry valid data (applied, not rejected)."""
    body = case.body
    batch = body.get("changes") if isinstance(body, dict) else None
    if not isinstance(body, dict) or not isinstance(batch, list):
        return
    body["epoch"] = live.device.epoch
    for index, item in enumerate(c for c in batch if isinstance(c, dict)):
        seq, unit = live.ack + 1 + index, UNITS[index % len(UNITS)]
        item.update(seq=seq, unit=unit)
        if level == 2 and index % 2 == 0:
            typical = change(seq, unit, entity_id=str(item.get("id") or "x"))
            item.update(entity="arm_counts", data=typical["data"])


def _steer_enrol(live: Live, case: Case[Any], _level: int) -> None:
    """Use a real one-time code and a real key, so the 200 answer is checked too."""
    if isinstance(case.body, dict) and live.codes:
        case.body["code"] = live.codes.pop()
        case.body["public_key"] = Device(live.server.base_url).public_key


def _steer_bundle(live: Live, case: Case[Any], level: int) -> None:
    """Level 2: a real bundle of the device's next changes (random bytes never open)."""
    if level == 2:
        batch = [p.Change.model_validate(change(live.ack + 1 + i, UNITS[i])) for i in range(3)]
        device = live.device
        case.body = bundle.seal(
            device.key, device.device_id, device.epoch, live.box_key, batch, now_ms()
        )


def _steer_form(live: Live, case: Case[Any], _level: int) -> None:
    """A form of the device's МО (none pushed, or pushed and reviewed)."""
    case.path_parameters = {"org": SCOPE, "quarter": f"{2000 + live.forms // 4}Q1"}


def _steer_review(live: Live, case: Case[Any], level: int) -> None:
    """Push a submitted form for a fresh quarter and review it: level 1 accepts, 2 returns."""
    quarter = f"{2000 + live.forms // 4}Q{live.forms % 4 + 1}"
    live.forms += 1
    form = form_change(live.ack + 1, "submitted", org=SCOPE, quarter=quarter, form_id=quarter)
    response = live.device.push([form])
    assert response.status_code == 200, response.text
    live.ack = int(response.json()["ack_seq"])
    case.path_parameters = {"org": SCOPE, "quarter": quarter}
    if isinstance(case.body, dict):
        case.body["result"] = "accepted" if level == 1 else "returned"
        if level == 2 and not str(case.body.get("comment") or "").strip():
            case.body["comment"] = "исправьте строку 2.4"


def _steer_summary(_live: Live, case: Case[Any], _level: int) -> None:
    case.query = {**(case.query or {}), "period": "2025Q3"}


Steer = Callable[[Live, Case[Any], int], None]
STEERS: dict[str, Steer] = {
    "/api/v1/push": _steer_push,
    "/api/v1/enrol": _steer_enrol,
    "/api/v1/bundles": _steer_bundle,
    "/api/v1/forms/{org}/{quarter}": _steer_form,
    "/api/v1/forms/{org}/{quarter}/review": _steer_review,
    "/api/v1/region/summary": _steer_summary,
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def live(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Live]:
    database: str | None = None
    if request.param == "postgresql":
        database = request.getfixturevalue("pg_cluster").create_database()
    data_dir = tmp_path_factory.mktemp("fuzz") / "server"
    result = admin(data_dir, database, "import-registry", str(SAMPLE_REGISTRY))
    assert result.returncode == 0, result.stderr
    result = admin(data_dir, database, "import-pack", str(STAVROPOL))
    assert result.returncode == 0, result.stderr
    token = admin(data_dir, database, "officer-token", "--name", "fuzz")
    assert token.returncode == 0, token.stderr
    server = ServerProcess(data_dir, database)
    server.start()
    try:
        device = Device(server.base_url)
        codes = issue_codes(server, "mo", SCOPE, CODES + 1)
        enrolled = device.enrol(codes.pop())
        assert enrolled.status_code == 200
        schema = schemathesis.openapi.from_url(server.base_url + "/openapi.json")
        box_key = enrolled.json()["server_box_key"]
        state = Live(server, device, schema, codes, box_key, token.stdout.strip())
        yield state
        print(*(f"{label} → {status}: {n}" for (label, status), n in sorted(state.seen.items())))
    finally:
        server.kill()


def test_schema_lists_every_operation(live: Live) -> None:
    """The plan below covers the whole API: a new endpoint must be added to it."""
    labels = {op.ok().label for op in live.schema.get_all_operations()}
    assert labels == {f"{method} {path}" for method, path, _, _ in PLAN}


@pytest.mark.parametrize(
    ("method", "path", "mode", "examples"),
    PLAN,
    ids=[f"{m} {path.rsplit('/', 1)[-1]} {mode.value}" for m, path, mode, _ in PLAN],
)
def test_operation(live: Live, method: str, path: str, mode: GenerationMode, examples: int) -> None:
    operation = live.schema[path][method]

    @settings(BASE_SETTINGS, max_examples=examples)
    @given(
        case=operation.as_strategy(generation_mode=mode),
        steer=st.integers(0, 2),
        gzip_body=st.booleans(),
    )
    def fuzz(case: Case[Any], steer: int, gzip_body: bool) -> None:
        live.exercise(case, mode, steer, gzip_body)

    fuzz()
    if mode is POSITIVE:  # signing and steering work: some requests got all the way through
        assert live.seen[(f"{method} {path} {mode.value}", 200)] > 0, live.seen


# What HTTP allows in a header value (VCHAR, space, obs-text); requests refuses a leading space.
FIELD_CHARS = st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f")
HEADER_TEXT = st.text(FIELD_CHARS, max_size=80).filter(lambda value: not value[:1].isspace())
HEADER_NAMES = [p.HEADER_DEVICE, p.HEADER_TIME, p.HEADER_NONCE, p.HEADER_SIGNATURE]


def test_mangled_auth_headers(live: Live) -> None:
    """A correctly signed pull with one auth header replaced by junk: 401, never a 5xx."""
    target = "/api/v1/pull?cursor=0&limit=5"

    @settings(BASE_SETTINGS, max_examples=HEADER_EXAMPLES)
    @given(name=st.sampled_from(HEADER_NAMES), value=HEADER_TEXT)
    def fuzz(name: str, value: str) -> None:
        headers = signed_headers(
            live.device.key, live.device.device_id, "GET", target, b"", now_ms()
        )
        headers[name] = value
        response = live.session.get(live.server.base_url + target, headers=headers, timeout=60)
        assert response.status_code in (200, 401), response.text  # 200: junk == original
        if response.status_code == 401:
            p.Problem.model_validate_json(response.content)

    fuzz()
