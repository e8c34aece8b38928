"""Enrolment: a one-time code and a public key become a device with a scope and units."""

from __future__ import annotations

import json
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from sqlalchemy import func, select, update

from desktop.sync import protocol as p
from server.db import devices, enrol_codes
from tests.server.harness import (
    Device,
    ServerProcess,
    assert_problem,
    issue_code,
    server_db,
)

MO_01 = ["DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014", "DEMO-MO-01", "DEMO-TVSP-011"]
MO_02 = ["DEMO-FAP-022", "DEMO-FP-023", "DEMO-MO-02", "DEMO-TVSP-021"]
NORTH = "Северный район (демо)"
LAKE = "Озёрный район (демо)"


def _server_public_keys(server: ServerProcess) -> tuple[str, str]:
    doc = json.loads((server.data_dir / "server-keys.json").read_text(encoding="utf-8"))
    signing = Ed25519PrivateKey.from_private_bytes(p.unb64(doc["signing"])).public_key()
    box = X25519PrivateKey.from_private_bytes(p.unb64(doc["box"])).public_key()
    return p.b64(signing.public_bytes_raw()), p.b64(box.public_bytes_raw())


def _enrol(server: ServerProcess, kind: str, scope: str) -> dict[str, object]:
    device = Device(server.base_url)
    response = device.enrol(issue_code(server, kind, scope))
    assert response.status_code == 200, response.text
    body: dict[str, object] = response.json()
    return body


def _device_count(server: ServerProcess) -> int:
    with server_db(server) as conn:
        return int(conn.scalar(select(func.count()).select_from(devices)) or 0)


def test_enrolment_gives_identity_scope_units_and_server_keys(server: ServerProcess) -> None:
    signing_key, box_key = _server_public_keys(server)
    before = time.time_ns() // 1_000_000
    unit = _enrol(server, "unit", "DEMO-FAP-012")
    assert uuid.UUID(str(unit["device_id"]))
    assert unit["epoch"] == 1
    assert unit["scope"] == {"kind": "unit", "code": "DEMO-FAP-012"}
    assert unit["units"] == ["DEMO-FAP-012"]
    assert (unit["server_signing_key"], unit["server_box_key"]) == (signing_key, box_key)
    assert before - 5_000 <= int(str(unit["server_time_ms"])) <= time.time_ns() // 1_000_000

    mo = _enrol(server, "mo", "DEMO-MO-01")
    assert mo["scope"] == {"kind": "mo", "code": "DEMO-MO-01"}
    assert mo["units"] == MO_01
    assert mo["device_id"] != unit["device_id"]

    engineer = _enrol(server, "district", LAKE)
    assert engineer["scope"] == {"kind": "district", "code": LAKE}
    assert engineer["units"] == MO_02
    assert _enrol(server, "district", NORTH)["units"] == MO_01


def test_codes_are_single_use_checked_and_expire(server: ServerProcess) -> None:
    code = issue_code(server, "unit", "DEMO-FAP-012")
    first = Device(server.base_url)

    # Failures before the code is consumed leave it usable.
    for key, error in ((p.b64(b"k" * 31), "bad_public_key"), ("!" * 44, "bad_public_key")):
        refused = first.session.post(
            server.base_url + "/api/v1/enrol", json={"code": code, "public_key": key}, timeout=30
        )
        assert_problem(refused, 422, error)
    too_short = first.session.post(
        server.base_url + "/api/v1/enrol", json={"code": code, "public_key": "AAAA"}, timeout=30
    )
    assert_problem(too_short, 422, "invalid_request")

    # The code is read over the phone: case and dashes do not matter.
    assert first.enrol(code.replace("-", "").lower()).status_code == 200
    assert_problem(Device(server.base_url).enrol(code), 401, "code_used")
    assert_problem(Device(server.base_url).enrol("ABCD-EFGH-JKMN"), 401, "bad_code")

    # One key, one device: a second code with the same key is refused and not spent.
    again = Device(server.base_url, key=first.key)
    other_code = issue_code(server, "unit", "DEMO-FAP-013")
    assert_problem(again.enrol(other_code), 409, "key_in_use")
    assert Device(server.base_url).enrol(other_code).status_code == 200

    # A code issued for 30 minutes, then half an hour and a minute pass for it alone.
    late = server.enrol_code("DEMO-FAP-031", "--ttl", "30m")
    with server_db(server) as conn:
        aged = conn.execute(
            update(enrol_codes)
            .where(enrol_codes.c.scope_code == "DEMO-FAP-031")
            .values(expires_ms=enrol_codes.c.expires_ms - 31 * 60 * 1000)
        )
        assert aged.rowcount == 1
    for _ in range(2):  # refusing it does not spend it into "code_used"
        assert_problem(Device(server.base_url).enrol(late), 401, "code_expired")
    assert _device_count(server) == 2


def test_concurrent_enrolments_have_one_winner(server: ServerProcess) -> None:
    """One code raced by eight keys, and one key raced over six codes: one device each."""
    code = issue_code(server, "mo", "DEMO-MO-02")
    key = Ed25519PrivateKey.generate()
    codes = [issue_code(server, "unit", "DEMO-FAP-022") for _ in range(6)]
    attempts = [(Device(server.base_url), code) for _ in range(8)]
    attempts += [(Device(server.base_url, key=key), c) for c in codes]
    barrier = threading.Barrier(len(attempts))

    def enrol(attempt: tuple[Device, str]) -> requests.Response:
        barrier.wait()
        return attempt[0].enrol(attempt[1])

    with ThreadPoolExecutor(len(attempts)) as pool:
        responses = list(pool.map(enrol, attempts))
    one_code, one_key = responses[:8], responses[8:]
    assert sorted(r.status_code for r in one_code) == [200] + [401] * 7, [r.text for r in one_code]
    assert sorted(r.status_code for r in one_key) == [200] + [409] * 5, [r.text for r in one_key]
    for response in one_code:
        if response.status_code != 200:
            assert_problem(response, 401, "code_used")
    for response in one_key:
        if response.status_code != 200:
            assert_problem(response, 409, "key_in_use")
    assert _device_count(server) == 2
