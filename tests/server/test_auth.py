"""Signed requests and scope: who is calling, is it fresh and new, and what may it write."""

from __future__ import annotations

import gzip
import json
import threading
import uuid
from concurrent.futures import ThreadPoolExecutor

import requests
from sqlalchemy import func, select

from desktop.sync import protocol as p
from server.db import changes, records
from tests.server.harness import (
    Device,
    ServerProcess,
    assert_problem,
    change,
    enrolled,
    push_body,
    server_db,
)

PUSH = "/api/v1/push"
GZIP = {"Content-Encoding": "gzip", "Content-Type": "application/json"}


def _stored(server: ServerProcess) -> int:
    with server_db(server) as conn:
        return int(conn.scalar(select(func.count()).select_from(changes)) or 0)


def _server_now(server: ServerProcess) -> int:
    response = requests.get(server.base_url + "/api/v1/time", timeout=30)
    return int(response.json()["server_time_ms"])


def test_unsigned_or_tampered_requests_are_refused(server: ServerProcess) -> None:
    device = enrolled(server, "unit", "DEMO-FAP-012")
    body = gzip.compress(push_body([change(1, "DEMO-FAP-012")]))

    impostor = Device(server.base_url, device_id=device.device_id)  # its own, other key
    assert_problem(impostor.push([change(1, "DEMO-FAP-012")]), 401, "bad_signature")

    altered = gzip.compress(push_body([change(1, "DEMO-FAP-012", total=99)]))
    headers = device.sign("POST", PUSH, body)
    assert_problem(device.send("POST", PUSH, altered, headers | GZIP), 401, "bad_signature")

    signed_pull = device.sign("GET", "/api/v1/pull?cursor=0&limit=500")
    other_query = device.send("GET", "/api/v1/pull?cursor=0&limit=5", headers=signed_pull)
    assert_problem(other_query, 401, "bad_signature")
    signed_query = device.sign("GET", "/api/v1/pull?cursor=0")
    assert_problem(device.send("GET", "/api/v1/pull", headers=signed_query), 401, "bad_signature")
    wrong_method = device.sign("GET", PUSH, body)
    assert_problem(device.send("POST", PUSH, body, wrong_method | GZIP), 401, "bad_signature")

    garbage = device.sign("POST", PUSH, body) | {p.HEADER_SIGNATURE: "not base64!"}
    assert_problem(device.send("POST", PUSH, body, garbage | GZIP), 401, "bad_signature")

    # Each header is needed; without any, the caller is nobody.
    expected = {
        p.HEADER_DEVICE: "unknown_device",
        p.HEADER_TIME: "bad_time",
        p.HEADER_NONCE: "bad_nonce",
        p.HEADER_SIGNATURE: "bad_signature",
    }
    for header, code in expected.items():
        headers = device.sign("POST", PUSH, body)
        del headers[header]
        assert_problem(device.send("POST", PUSH, body, headers | GZIP), 401, code)
    assert_problem(device.send("POST", PUSH, body, GZIP), 401, "unknown_device")
    assert_problem(device.send("GET", "/api/v1/pull"), 401, "unknown_device")
    short_nonce = device.sign("GET", "/api/v1/pull", nonce="too-short")
    assert_problem(device.send("GET", "/api/v1/pull", headers=short_nonce), 401, "bad_nonce")
    assert _stored(server) == 0

    response = device.push([change(1, "DEMO-FAP-012")])
    assert response.status_code == 200, response.text
    assert response.json()["results"] == [
        {"seq": 1, "status": "applied", "reason": None, "held_as": None}
    ]


def test_unknown_and_revoked_devices_are_refused(server: ServerProcess) -> None:
    stranger = Device(server.base_url, device_id=str(uuid.uuid4()))
    assert_problem(stranger.push([change(1, "DEMO-FAP-012")]), 401, "unknown_device")
    assert_problem(stranger.pull(), 401, "unknown_device")

    device = enrolled(server, "unit", "DEMO-FAP-012")
    other = enrolled(server, "unit", "DEMO-FAP-013")
    assert device.push([change(1, "DEMO-FAP-012")]).status_code == 200

    revoked = server.admin("revoke", device.device_id)
    assert revoked.returncode == 0, revoked.stderr
    assert device.device_id in revoked.stdout
    assert_problem(device.push([change(2, "DEMO-FAP-012")]), 401, "revoked")
    assert_problem(device.pull(), 401, "revoked")
    assert other.pull().status_code == 200

    listed = server.admin("devices", "--json")
    assert listed.returncode == 0, listed.stderr
    state = {d["id"]: d["revoked_at"] for d in json.loads(listed.stdout)}
    assert set(state) == {device.device_id, other.device_id}
    assert isinstance(state[device.device_id], int)
    assert state[other.device_id] is None

    twice = server.admin("revoke", device.device_id)
    assert twice.returncode == 1 and "no active device" in twice.stderr
    assert "Traceback" not in twice.stderr


def test_requests_must_be_fresh_and_new(server: ServerProcess) -> None:
    device = enrolled(server, "unit", "DEMO-FAP-012")
    window, margin = p.SIGNATURE_WINDOW_MS, 30_000
    now = _server_now(server)
    for skew in (-(window + margin), window + margin):
        response = device.signed("GET", "/api/v1/pull", time_ms=now + skew)
        detail = assert_problem(response, 401, "stale_request")
        assert "/api/v1/time" in detail
    for skew in (-(window - margin), window - margin):
        response = device.signed("GET", "/api/v1/pull", time_ms=_server_now(server) + skew)
        assert response.status_code == 200, response.text
    stale_push = device.signed(
        "POST",
        PUSH,
        gzip.compress(push_body([change(1, "DEMO-FAP-012")])),
        GZIP,
        time_ms=now - window - margin,
    )
    assert_problem(stale_push, 401, "stale_request")
    assert _stored(server) == 0

    # New: a request (headers and body) is taken once.
    body = gzip.compress(push_body([change(1, "DEMO-FAP-012")]))
    headers = device.sign("POST", PUSH, body) | GZIP
    assert device.send("POST", PUSH, body, headers).status_code == 200
    assert_problem(device.send("POST", PUSH, body, headers), 401, "replayed")

    # A new body signed afresh but with a nonce already used is a replay too.
    nonce = headers[p.HEADER_NONCE]
    second = gzip.compress(push_body([change(2, "DEMO-FAP-012")]))
    reused = device.sign("POST", PUSH, second, nonce=nonce) | GZIP
    assert_problem(device.send("POST", PUSH, second, reused), 401, "replayed")
    assert _stored(server) == 1

    pull = device.sign("GET", "/api/v1/pull")
    assert device.send("GET", "/api/v1/pull", headers=pull).status_code == 200
    assert_problem(device.send("GET", "/api/v1/pull", headers=pull), 401, "replayed")

    # The same request arriving several times at once is still taken once.
    body3 = gzip.compress(push_body([change(2, "DEMO-FAP-012"), change(3, "DEMO-FAP-012")]))
    headers3 = device.sign("POST", PUSH, body3) | GZIP
    copies = 6
    barrier = threading.Barrier(copies)

    def send(_: int) -> requests.Response:
        barrier.wait()
        return Device(server.base_url).send("POST", PUSH, body3, headers3)

    with ThreadPoolExecutor(copies) as pool:
        responses = list(pool.map(send, range(copies)))
    assert sorted(r.status_code for r in responses) == [200] + [401] * (copies - 1)
    for response in responses:
        if response.status_code == 401:
            assert_problem(response, 401, "replayed")
    assert _stored(server) == 3


def _verdicts(response: requests.Response) -> list[tuple[int, str]]:
    assert response.status_code == 200, response.text
    return [(r["seq"], r["status"]) for r in response.json()["results"]]


def test_scope_limits_what_a_device_may_write(server: ServerProcess) -> None:
    fap = enrolled(server, "unit", "DEMO-FAP-012")
    mixed = fap.push([change(1, "DEMO-FAP-012"), change(2, "DEMO-FAP-013")])
    assert mixed.status_code == 200, mixed.text
    # Refused one by one, with the reason: the change for the own unit still goes through.
    assert _verdicts(mixed) == [(1, "applied"), (2, "rejected")]
    assert "DEMO-FAP-013 is outside this device's scope" in mixed.json()["results"][1]["reason"]
    assert _verdicts(fap.push([change(3, "DEMO-MO-01")])) == [(3, "rejected")]

    mo = enrolled(server, "mo", "DEMO-MO-01")
    own = ["DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014"]
    response = mo.push([change(i, unit) for i, unit in enumerate(own, start=1)])
    assert response.status_code == 200, response.text
    assert response.json()["ack_seq"] == len(own)
    assert _verdicts(mo.push([change(6, "DEMO-FAP-022")])) == [(6, "rejected")]

    engineer = enrolled(server, "district", "Озёрный район (демо)")
    lake = ["DEMO-MO-02", "DEMO-TVSP-021", "DEMO-FAP-022", "DEMO-FP-023"]
    response = engineer.push([change(i, unit) for i, unit in enumerate(lake, start=1)])
    assert response.status_code == 200, response.text
    assert response.json()["ack_seq"] == len(lake)
    assert _verdicts(engineer.push([change(5, "DEMO-MO-01")])) == [(5, "rejected")]
    assert _stored(server) == 3 + (len(own) + 1) + (len(lake) + 1)  # refusals are kept too

    # Records are keyed by entity and id: another scope cannot take one over by its id,
    # filing the change under a unit of its own; the МО the unit belongs to still can.
    record = "arm-DEMO-FAP-012-1"
    takeover = change(6, "DEMO-FAP-022", entity_id=record, total=99)
    removal = change(7, "DEMO-FAP-022", entity_id=record) | {"op": "delete"}
    results = engineer.push([takeover, removal]).json()["results"]
    assert [r["status"] for r in results] == ["rejected", "rejected"]
    assert all("DEMO-FAP-012" in r["reason"] for r in results)
    moved = mo.push([change(7, "DEMO-FAP-013", entity_id=record, total=12)])
    assert moved.json()["results"][0]["status"] == "applied"
    with server_db(server) as conn:
        unit, data = conn.execute(
            select(records.c.unit, records.c.data).where(records.c.entity_id == record)
        ).one()
    assert (unit, json.loads(data)["total"]) == ("DEMO-FAP-013", 12)
