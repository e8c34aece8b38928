"""POST /api/v1/bundles: a relay uploads a sealed bundle; applied once, whole or not at all."""

from __future__ import annotations

import requests
from sqlalchemy import func, select

from desktop.sync import bundle
from desktop.sync import protocol as p
from server.db import changes
from tests.server.harness import (
    Device,
    ServerProcess,
    assert_problem,
    change,
    enrolled,
    issue_code,
    server_db,
)

FAP = "DEMO-FAP-012"


def sealed_by(post: Device, box_key: str, seqs: range) -> bytes:
    batch = [p.Change.model_validate(change(seq, FAP)) for seq in seqs]
    return bundle.seal(post.key, post.device_id, post.epoch, box_key, batch, 1_700_000_000_000)


def upload(relay: Device, data: bytes) -> requests.Response:
    headers = {"Content-Type": "application/octet-stream"}
    return relay.signed("POST", "/api/v1/bundles", data, headers)


def held(server: ServerProcess, device: Device) -> int:
    with server_db(server) as conn:
        query = select(func.count()).where(changes.c.device_id == device.device_id)
        return int(conn.scalar(query) or 0)


def enrol_post(server: ServerProcess) -> tuple[Device, str]:
    post = Device(server.base_url)
    response = post.enrol(issue_code(server, "unit", FAP))
    assert response.status_code == 200, response.text
    return post, str(response.json()["server_box_key"])


def test_relay_upload_applies_once(server: ServerProcess) -> None:
    post, box_key = enrol_post(server)
    relay = enrolled(server, "mo", "DEMO-MO-02")  # need not cover the post's unit
    data = sealed_by(post, box_key, range(1, 6))
    first = upload(relay, data)
    assert first.status_code == 200, first.text
    answer = first.json()
    assert (answer["applied"], answer["duplicates"], answer["ack_seq"]) == (5, 0, 5)
    assert answer["device_id"] == post.device_id
    for _ in range(2):
        again = upload(relay, data)
        assert again.status_code == 200 and again.json()["duplicates"] == 5
    overlapping = upload(relay, sealed_by(post, box_key, range(3, 9)))
    assert (overlapping.json()["applied"], overlapping.json()["duplicates"]) == (3, 3)
    assert held(server, post) == 8


def test_altered_or_foreign_bundles_apply_nothing(server: ServerProcess) -> None:
    post, box_key = enrol_post(server)
    relay = enrolled(server, "mo", "DEMO-MO-02")
    data = bytearray(sealed_by(post, box_key, range(1, 4)))
    data[-5] ^= 0x40
    assert_problem(upload(relay, bytes(data)), 422, "bad_bundle")
    assert_problem(upload(relay, b"PK\x03\x04 a zip file"), 422, "bad_bundle")
    stranger = Device(server.base_url, device_id="no-such-device")
    foreign = sealed_by(stranger, box_key, range(1, 3))
    assert_problem(upload(relay, foreign), 422, "bad_bundle")
    assert held(server, post) == 0


def test_bundle_upload_is_signed_by_the_relay(server: ServerProcess) -> None:
    post, box_key = enrol_post(server)
    anonymous = requests.post(
        server.base_url + "/api/v1/bundles", data=sealed_by(post, box_key, range(1, 2)), timeout=30
    )
    assert_problem(anonymous, 401, "unknown_device")
    assert held(server, post) == 0
