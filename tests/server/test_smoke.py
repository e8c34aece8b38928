"""The server starts on both databases, enrols a device and takes a signed push."""

from __future__ import annotations

from tests.server.harness import Device, ServerProcess, change


def test_enrol_push_pull(server: ServerProcess) -> None:
    device = Device(server.base_url)
    assert device.enrol(server.enrol_code("DEMO-FAP-012")).status_code == 200
    response = device.push([change(1, "DEMO-FAP-012"), change(2, "DEMO-FAP-012")])
    assert response.status_code == 200, response.text
    assert response.json()["ack_seq"] == 2
    pulled = device.pull().json()
    assert {i["key"] for i in pulled["items"]} == {"DEMO-FAP-012", "DEMO-MO-01"}
