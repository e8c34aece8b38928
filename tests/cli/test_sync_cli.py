"""``svodka enroll`` and ``svodka sync`` against a real server process."""

from __future__ import annotations

import json
from pathlib import Path

from desktop.storage import Profile
from desktop.sync.enrolment import enroll
from tests.cli.test_cli import as_json, assert_one_line_error, ok, svodka
from tests.conftest import FAST_KDF, PASSPHRASE, USER
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


def test_receipt_of_a_submitted_form(tmp_path: Path, server: ServerProcess) -> None:
    data = tmp_path / "officer"
    args = ("--user", USER, "receipt", "--org", "DEMO-MO-01", "--quarter", "2025Q3")
    store = Profile(data).create(USER, PASSPHRASE, kdf=FAST_KDF).store
    enroll(store, server.base_url, server.enrol_code("DEMO-MO-01"))
    store.save_form("DEMO-MO-01", "2025Q3", {"2.2": 12.0, "2.3": None}, {"2.2": "Списаны"})
    store.close()
    draft = svodka(data, *args, passphrase=PASSPHRASE)
    assert "ещё не отправлена" in assert_one_line_error(draft, 1)
    store = Profile(data).unlock(PASSPHRASE, USER)
    store.submit_form("DEMO-MO-01", "2025Q3")
    store.close()
    before = as_json(svodka(data, *args, "--json", passphrase=PASSPHRASE))
    assert before["delivery"] == "queued" and before["status"] == "submitted"
    ok(svodka(data, "--user", USER, "sync", passphrase=PASSPHRASE))
    after = as_json(svodka(data, *args, "--json", passphrase=PASSPHRASE))
    assert after["delivery"] == "synced" and after["delivered_at"]
    assert after["fingerprint"] == before["fingerprint"]
    path = tmp_path / "квитанция.txt"
    ok(svodka(data, *args, "--output", str(path), passphrase=PASSPHRASE))
    text = path.read_text(encoding="utf-8")
    assert "КВИТАНЦИЯ" in text and "на сервере" in text and after["fingerprint"] in text
    assert "исправлено вручную: Списаны" in text
