"""``svodka enroll`` and ``svodka sync`` against a real server process."""

from __future__ import annotations

import json
from pathlib import Path

from tests.cli.test_cli import as_json, assert_one_line_error, ok, svodka
from tests.server.harness import ServerProcess


def test_enroll_record_sync(tmp_path: Path, server: ServerProcess) -> None:
    data = tmp_path / "client"
    ok(svodka(data, "init"))
    out = ok(
        svodka(
            data, "enroll", "--server", server.base_url, "--code", server.enrol_code("DEMO-FAP-012")
        )
    )
    assert "Устройство зарегистрировано" in out
    assert [u["code"] for u in as_json(svodka(data, "units", "--json"))] == [
        "DEMO-MO-01",
        "DEMO-FAP-012",
    ]
    ok(
        svodka(
            data,
            "record",
            "connection",
            "--unit",
            "DEMO-FAP-012",
            "--internet",
            "yes",
            "--channel",
            "mobile",
            "--note",
            "Связь по модему",
        )
    )
    result = as_json(svodka(data, "sync", "--json"))
    assert result["pushed"] == 1 and result["rejected"] == 0
    status = as_json(svodka(data, "status", "--json"))
    assert status["queued"] == 0 and status["synced"] == 1 and status["last_sync"]
    held = json.loads(server.admin("changes", "--json").stdout)
    assert [(c["seq"], c["entity"], c["status"]) for c in held] == [
        (1, "connection_observations", "applied")
    ]


def test_sync_errors_are_one_line(tmp_path: Path, server: ServerProcess) -> None:
    data = tmp_path / "client"
    ok(svodka(data, "init"))
    line = assert_one_line_error(svodka(data, "sync"), 1)
    assert "не зарегистрирован" in line
    bad = svodka(data, "enroll", "--server", server.base_url, "--code", "AAAA-BBBB-CCCC")
    assert "bad_code" in assert_one_line_error(bad, 1)
    ok(
        svodka(
            data, "enroll", "--server", server.base_url, "--code", server.enrol_code("DEMO-FAP-012")
        )
    )
    server.kill()
    ok(svodka(data, "record", "connection", "--unit", "DEMO-FAP-012", "--internet", "no"))
    line = assert_one_line_error(svodka(data, "sync"), 1)
    assert "Нет связи с сервером" in line
    assert as_json(svodka(data, "status", "--json"))["queued"] == 1
