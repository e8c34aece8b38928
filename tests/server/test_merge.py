"""Mutable records merged per field on both databases: later clock wins, conflicts kept."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select

from server.db import conflicts, feed, records
from tests.server.harness import Device, ServerProcess, change, enrolled, server_db

FAP = "DEMO-FAP-012"
RECORD = "arm-shared"


def edit(seq: int, hlc: str, base: int, **fields: Any) -> dict[str, Any]:
    """An update carrying only the fields it changed, as the client sends it."""
    data = {"id": RECORD, "unit": FAP, "quarter": "2025Q3", **fields}
    return change(seq, FAP, entity_id=RECORD) | {
        "op": "update",
        "hlc": hlc,
        "base": base,
        "data": data,
    }


def push(device: Device, batch: list[dict[str, Any]]) -> list[str]:
    response = device.push(batch)
    assert response.status_code == 200, response.text
    return [r["status"] for r in response.json()["results"]]


def test_concurrent_edits_merge_per_field(server: ServerProcess) -> None:
    post, officer = enrolled(server, "unit", FAP), enrolled(server, "mo", "DEMO-MO-01")
    first = change(1, FAP, entity_id=RECORD, total=10, zspd=2) | {"hlc": "1700000000000:0000"}
    assert push(post, [first]) == ["applied"]
    # Both edited version 1 offline; the officer's clock is later.
    assert push(post, [edit(2, "1700000000100:0000", 1, total=12, mis=3)]) == ["applied"]
    assert push(officer, [edit(1, "1700000000200:0000", 1, total=14)]) == ["applied"]
    # A late edit with an old clock loses to what is held, and says so.
    assert push(post, [edit(3, "1700000000050:0000", 1, zspd=1, total=11)]) == ["applied"]
    pulled = officer.pull().json()["items"]  # a pull also gives pending items their cursors
    assert [i["data"]["version"] for i in pulled if i["kind"] == "record"] == [1, 2, 3, 4]
    with server_db(server) as conn:
        data = json.loads(conn.scalar(select(records.c.data)) or "{}")
        held = conn.execute(select(conflicts).order_by(conflicts.c.id)).mappings().all()
        items = conn.execute(select(feed.c.origin).where(feed.c.kind == "record")).all()
    assert (data["total"], data["mis"], data["zspd"]) == (14, 3, 1)
    assert [(c["field"], c["kept_value"], c["lost_value"]) for c in held] == [
        ("total", "14", "12"),
        ("total", "14", "11"),
    ]
    assert held[0]["lost_device"] == post.device_id == held[1]["lost_device"]
    assert len(items) == 4  # every merge is published to the scope


def test_update_is_validated_as_the_whole_record(server: ServerProcess) -> None:
    post = enrolled(server, "unit", FAP)
    first = change(1, FAP, entity_id=RECORD, total=10, zspd=2) | {"hlc": "1700000000000:0000"}
    assert push(post, [first]) == ["applied"]
    # zspd 12 alone is a valid number, but not with the held total of 10.
    response = post.push([edit(2, "1700000000100:0000", 1, zspd=12)])
    result = response.json()["results"][0]
    assert result["status"] == "rejected" and "exceeds total" in result["reason"]
