"""Pull: the reference feed in cursor pages, limited to what a device's scope may see."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.server.harness import (
    SAMPLE_REGISTRY,
    Device,
    ServerProcess,
    assert_problem,
    enrolled,
)

MO_01 = {"DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014"}


def _page(device: Device, cursor: int = 0, limit: int = 500) -> dict[str, Any]:
    response = device.pull(cursor, limit)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def _keys(page: dict[str, Any]) -> set[str]:
    return {item["key"] for item in page["items"]}


def test_pages_follow_the_cursor_within_scope(server: ServerProcess) -> None:
    device = enrolled(server, "mo", "DEMO-MO-01")
    whole = _page(device)
    assert _keys(whole) == MO_01 and len(whole["items"]) == 5
    assert whole["more"] is False
    assert whole["next_cursor"] == whole["items"][-1]["cursor"]

    pages, cursor = [], 0
    while True:
        page = _page(device, cursor, limit=2)
        pages.append(page)
        assert page["next_cursor"] == (page["items"][-1]["cursor"] if page["items"] else cursor)
        cursor = page["next_cursor"]
        if not page["more"]:
            break
    assert [len(p["items"]) for p in pages] == [2, 2, 1]
    assert [p["more"] for p in pages] == [True, True, False]
    assert [i for p in pages for i in p["items"]] == whole["items"]

    exact = _page(device, limit=5)  # a full last page does not claim more
    assert len(exact["items"]) == 5 and exact["more"] is False
    after = _page(device, cursor)
    assert after["items"] == [] and after["next_cursor"] == cursor and after["more"] is False

    unit = whole["items"][0]
    assert unit["kind"] == "unit"
    assert unit["data"]["code"] == unit["key"] == "DEMO-MO-01"
    assert unit["data"]["name"] == "ГБУЗ «Северная ЦРБ» (демо)"

    for query in ("limit=0", "limit=1001", "cursor=-1", "cursor=x"):
        bad = device.signed("GET", f"/api/v1/pull?{query}")
        assert_problem(bad, 422, "invalid_request")

    # A ФАП sees its unit and its МО, not its neighbours nor another МО.
    fap = enrolled(server, "unit", "DEMO-FAP-012")
    assert _keys(_page(fap)) == {"DEMO-FAP-012", "DEMO-MO-01"}
    other = enrolled(server, "unit", "DEMO-FAP-022")
    assert _keys(_page(other)) == {"DEMO-FAP-022", "DEMO-MO-02"}
    engineer = enrolled(server, "district", "Степной район (демо)")
    assert _keys(_page(engineer)) == {"DEMO-MO-03", "DEMO-FAP-031", "DEMO-FAP-032"}


def test_registry_reimport_adds_one_item_per_changed_unit(
    server: ServerProcess, tmp_path: Path
) -> None:
    fap, mo, other = (
        enrolled(server, kind, scope)
        for kind, scope in (("unit", "DEMO-FAP-012"), ("mo", "DEMO-MO-01"), ("mo", "DEMO-MO-02"))
    )
    cursors = {d.device_id: _page(d)["next_cursor"] for d in (fap, mo, other)}
    renamed = tmp_path / "registry.csv"
    new_name = "ГБУЗ «Северная центральная районная больница» (демо)"
    text = SAMPLE_REGISTRY.read_text(encoding="utf-8")
    assert text.count("ГБУЗ «Северная ЦРБ» (демо)") == 1
    renamed.write_text(text.replace("ГБУЗ «Северная ЦРБ» (демо)", new_name), encoding="utf-8")

    result = server.admin("import-registry", str(renamed))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "added 0, updated 1, unchanged 11"

    for device in (fap, mo):
        page = _page(device, cursors[device.device_id])
        assert [(i["key"], i["data"]["name"]) for i in page["items"]] == [("DEMO-MO-01", new_name)]
        assert page["more"] is False
    assert _page(other, cursors[other.device_id])["items"] == []
