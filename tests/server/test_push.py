"""Push: per-change results, contiguous acks, exactly-once storage, forks and epochs."""

from __future__ import annotations

import json
import threading
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import requests
from sqlalchemy import select

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

FAP = "DEMO-FAP-012"


def _results(response: requests.Response) -> list[tuple[int, str]]:
    assert response.status_code == 200, response.text
    return [(r["seq"], r["status"]) for r in response.json()["results"]]


def _held(server: ServerProcess) -> list[dict[str, Any]]:
    """What ``svodka-server changes --json`` reports the server holds."""
    listed = server.admin("changes", "--json")
    assert listed.returncode == 0, listed.stderr
    rows: list[dict[str, Any]] = json.loads(listed.stdout)
    return rows


def test_results_are_per_change_and_a_bad_change_spares_the_batch(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    batch = [change(1, FAP), change(2, FAP, total=2, zspd=5), change(3, FAP)]
    response = device.push(batch)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["ack_seq"] == 3
    assert [(r["seq"], r["status"]) for r in body["results"]] == [
        (1, "applied"),
        (2, "rejected"),
        (3, "applied"),
    ]
    reason = body["results"][1]["reason"]
    assert "zspd" in reason and "total" in reason
    assert body["results"][0]["reason"] is None
    again = device.push(batch)
    assert _results(again) == [(1, "duplicate"), (2, "duplicate"), (3, "duplicate")]
    # A device whose first answer was lost still learns the rejection and its reason.
    verdicts = [(r["held_as"], r["reason"]) for r in again.json()["results"]]
    assert verdicts == [("applied", None), ("rejected", reason), ("applied", None)]

    # Plain JSON, without gzip, is accepted too.
    plain = device.signed(
        "POST",
        "/api/v1/push",
        push_body([change(4, FAP)]),
        {"Content-Type": "application/json"},
    )
    assert _results(plain) == [(4, "applied")]

    with server_db(server) as conn:
        held = {r.seq: (r.status, r.reason) for r in conn.execute(select(changes))}
        materialised = set(conn.scalars(select(records.c.entity_id)))
    assert {seq: status for seq, (status, _) in held.items()} == {
        1: "applied",
        2: "rejected",
        3: "applied",
        4: "applied",
    }
    assert held[2][1] == reason
    assert materialised == {f"arm-{FAP}-1", f"arm-{FAP}-3", f"arm-{FAP}-4"}


def test_push_that_overtook_the_one_before_waits_for_it(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    with ThreadPoolExecutor(1) as pool:
        second = pool.submit(device.push, [change(3, FAP), change(4, FAP)])
        first = device.push([change(1, FAP), change(2, FAP)])
        answer = second.result(timeout=30)
    assert first.json()["ack_seq"] in (2, 4)
    assert answer.json()["ack_seq"] == 4  # held back until 1 and 2 came, then applied
    assert _results(answer) == [(3, "applied"), (4, "applied")]


def test_ack_is_the_highest_contiguous_seq(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    gap = device.push([change(1, FAP), change(2, FAP), change(4, FAP)])
    assert gap.json()["ack_seq"] == 2
    assert _results(gap) == [(1, "applied"), (2, "applied")]
    # (past a gap of one batch, this push waits the server's patience for 3 and 4 first)
    assert device.push([change(5, FAP)]).json() | {"server_time_ms": 0} == {
        "ack_seq": 2,
        "results": [],
        "server_time_ms": 0,
    }
    filled = device.push([change(4, FAP), change(3, FAP)])  # order in the batch is free
    assert filled.json()["ack_seq"] == 4
    assert _results(filled) == [(3, "applied"), (4, "applied")]
    with server_db(server) as conn:
        assert sorted(conn.scalars(select(changes.c.seq))) == [1, 2, 3, 4]


def test_resent_and_overlapping_batches_are_stored_once(server: ServerProcess) -> None:
    once, twice, often = (enrolled(server, "mo", "DEMO-MO-01") for _ in range(3))
    batch = [change(seq, FAP) for seq in range(1, 6)]
    assert once.push(batch).json()["ack_seq"] == 5
    for _ in range(2):
        assert twice.push(batch).json()["ack_seq"] == 5
    for _ in range(10):
        assert often.push(batch).json()["ack_seq"] == 5

    # Overlapping batches 1–5, 3–8, 1–8 from one device.
    overlap = enrolled(server, "mo", "DEMO-MO-01")
    assert _results(overlap.push(batch)) == [(s, "applied") for s in range(1, 6)]
    middle = overlap.push([change(seq, FAP) for seq in range(3, 9)])
    assert _results(middle) == [(s, "duplicate") for s in (3, 4, 5)] + [
        (s, "applied") for s in (6, 7, 8)
    ]
    whole = overlap.push([change(seq, FAP) for seq in range(1, 9)])
    assert _results(whole) == [(s, "duplicate") for s in range(1, 9)]
    assert whole.json()["ack_seq"] == 8

    # Ten copies of one batch at once: each is signed afresh, each is answered, once stored.
    racer = enrolled(server, "mo", "DEMO-MO-01")
    barrier = threading.Barrier(10)

    def push(_: int) -> requests.Response:
        barrier.wait()
        return Device(server.base_url, racer.key, racer.device_id).push(batch)

    with ThreadPoolExecutor(10) as pool:
        responses = list(pool.map(push, range(10)))
    assert all(r.status_code == 200 and r.json()["ack_seq"] == 5 for r in responses)
    applied = Counter(s for r in responses for s in _results(r) if s[1] == "applied")
    assert applied == Counter({(s, "applied"): 1 for s in range(1, 6)})

    rows = _held(server)
    per_key = Counter((r["device_id"], r["epoch"], r["seq"]) for r in rows)
    assert set(per_key.values()) == {1}
    by_device = Counter(r["device_id"] for r in rows)
    assert by_device == {
        once.device_id: 5,
        twice.device_id: 5,
        often.device_id: 5,
        overlap.device_id: 8,
        racer.device_id: 5,
    }
    assert set(rows[0]) >= {"device_id", "epoch", "seq", "entity", "received_ms"}


def test_a_fork_or_a_wrong_epoch_refuses_the_batch(server: ServerProcess) -> None:
    device = enrolled(server, "unit", FAP)
    assert device.push([change(1, FAP), change(2, FAP)]).json()["ack_seq"] == 2
    forked = [change(2, FAP, total=7), change(3, FAP)]
    detail = assert_problem(device.push(forked), 409, "seq_fork")
    assert "seq 2" in detail
    # In one batch, the good new change before the fork is not kept either.
    mixed = [change(3, FAP), change(1, FAP, entity_id="cloned")]
    assert_problem(device.push(mixed), 409, "seq_fork")
    with server_db(server) as conn:
        assert sorted(conn.scalars(select(changes.c.seq))) == [1, 2]
        kept = conn.scalar(select(records.c.data).where(records.c.entity_id == f"arm-{FAP}-2"))
    assert kept is not None and json.loads(kept)["total"] == 10
    assert device.push([change(3, FAP)]).json()["ack_seq"] == 3

    # Another epoch is another (older or future) life of the device: refused whole.
    assert_problem(device.push([change(4, FAP)], epoch=2), 409, "wrong_epoch")
    zero = device.signed("POST", "/api/v1/push", push_body([change(4, FAP)], epoch=0))
    assert_problem(zero, 422, "invalid_body")
    assert _results(device.push([change(4, FAP)])) == [(4, "applied")]
