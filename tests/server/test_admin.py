"""The admin CLI (registry, codes, devices, changes) and the public service endpoints."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

import requests
from sqlalchemy import Connection, func, select

from desktop import __version__
from server import registry
from server.db import database_url, enrol_codes, feed, make_engine, units, writing
from server.migrate import upgrade
from tests.server.harness import (
    SAMPLE_REGISTRY,
    ServerProcess,
    admin,
    change,
    enrolled,
)

SAMPLE = SAMPLE_REGISTRY.read_text(encoding="utf-8")
NEW_UNIT = "DEMO-FAP-015,ФАП с. Новое (демо),,fap,DEMO-MO-01,Северный район (демо),,state,,,"


@contextmanager
def _db(data_dir: Path, database: str | None) -> Iterator[Connection]:
    engine = make_engine(database_url(database, data_dir))
    try:
        with writing(engine) as conn:
            yield conn
    finally:
        engine.dispose()


def _seed(data_dir: Path) -> None:
    """The sample registry in a new SQLite database, in-process (setup, not under test)."""
    data_dir.mkdir(parents=True)
    engine = make_engine(database_url(None, data_dir))
    try:
        upgrade(engine)
        with writing(engine) as conn:
            registry.import_rows(conn, registry.read_csv(SAMPLE_REGISTRY))
    finally:
        engine.dispose()


def _count(conn: Connection, table: Any) -> int:
    return int(conn.scalar(select(func.count()).select_from(table)) or 0)


def _import(data_dir: Path, database: str | None, csv_path: Path) -> str:
    result = admin(data_dir, database, "import-registry", str(csv_path))
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_registry_reimport_updates_and_never_duplicates(
    tmp_path: Path, database: str | None
) -> None:
    data = tmp_path / "server"
    assert _import(data, database, SAMPLE_REGISTRY) == "added 12, updated 0, unchanged 0"
    assert _import(data, database, SAMPLE_REGISTRY) == "added 0, updated 0, unchanged 12"

    # Excel's "CSV UTF-8" in a Russian locale: a BOM and semicolons.
    edited = SAMPLE.replace("ФП х. Тихий (демо)", "ФП х. Тихий") + NEW_UNIT + "\n"
    excel = tmp_path / "excel.csv"
    excel.write_text("\ufeff" + edited.replace(",", ";"), encoding="utf-8")
    assert _import(data, database, excel) == "added 1, updated 1, unchanged 11"

    with _db(data, database) as conn:
        assert _count(conn, units) == 13
        assert conn.scalar(select(units.c.name).where(units.c.code == "DEMO-FP-023")) == (
            "ФП х. Тихий"
        )
        assert conn.scalar(select(units.c.level).where(units.c.code == "DEMO-MO-01")) == 2
        assert _count(conn, feed) == 12 + 2


def test_bad_registry_is_refused_whole_with_reasons(tmp_path: Path) -> None:
    data = tmp_path / "server"
    _seed(data)
    header, *rows = SAMPLE.splitlines()
    lines = [
        header,
        rows[0].replace("ГБУЗ «Северная ЦРБ» (демо)", "Переименована"),  # line 2: fine alone
        "DEMO-X-1,Кабинет,,clinic,,,,,,,",
        "DEMO-X-2,ФАП,,fap,DEMO-NOPE,,,,,,",
        "DEMO-X-3,,,fap,,,,,,,",
        "DEMO-X-4,ФАП,,fap,,,,public,7,,",
        "DEMO-X-5,ФАП,,fap,DEMO-X-5,,,,,,",
        "DEMO-X-6,ФАП,,fap,,,,,,ул. Ленина, 5,",
        rows[1],
        rows[1],
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = admin(data, None, "import-registry", str(bad))
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and result.stdout == ""
    errors = result.stderr.splitlines()
    assert all(line.startswith("error: line ") for line in errors), errors
    for expected in (
        "line 3: type 'clinic' is not one of",
        "line 4: parent 'DEMO-NOPE' is not in the registry",
        "line 5: name is empty",
        "line 6: ownership must be one of",
        "line 6: level must be 1, 2 or 3",
        "line 7: a unit cannot be its own parent",
        "line 8: more values than columns",
        "line 10: code DEMO-TVSP-011 appears twice",
    ):
        assert any(expected in line for line in errors), (expected, errors)
    assert len(errors) == 8, errors

    legacy = tmp_path / "cp1251.csv"
    legacy.write_bytes(SAMPLE.encode("cp1251"))
    from_excel = admin(data, None, "import-registry", str(legacy))
    assert from_excel.returncode == 1
    assert from_excel.stderr.startswith("error: the file is not UTF-8")

    no_type = tmp_path / "no-type.csv"
    no_type.write_text("code,name\nDEMO-X-9,ФАП\n", encoding="utf-8")
    missing = admin(data, None, "import-registry", str(no_type))
    assert (missing.returncode, missing.stderr.strip()) == (1, "error: missing columns: type")

    with _db(data, None) as conn:
        assert _count(conn, units) == 12 and _count(conn, feed) == 12
        assert conn.scalar(select(units.c.name).where(units.c.code == "DEMO-MO-01")) == (
            "ГБУЗ «Северная ЦРБ» (демо)"
        )


def test_enrol_code_issues_scoped_expiring_codes(tmp_path: Path) -> None:
    data = tmp_path / "server"
    _seed(data)

    def issue(*args: str) -> dict[str, Any]:
        result = admin(data, None, "enrol-code", "--json", *args)
        assert result.returncode == 0, result.stderr
        issued: dict[str, Any] = json.loads(result.stdout)
        assert set(issued) == {"code", "scope", "expires"}
        assert len(issued["code"]) == 14 and issued["code"].count("-") == 2
        return issued

    now = time.time()
    mo = issue("--scope", "DEMO-MO-01")
    assert mo["scope"] == {"kind": "mo", "code": "DEMO-MO-01"}
    assert abs(datetime.fromisoformat(mo["expires"]).timestamp() - (now + 72 * 3600)) < 60
    district = issue("--scope", "Северный район (демо)", "--ttl", "30m")
    assert district["scope"] == {"kind": "district", "code": "Северный район (демо)"}
    assert abs(datetime.fromisoformat(district["expires"]).timestamp() - (now + 1800)) < 60

    unknown = admin(data, None, "enrol-code", "--scope", "DEMO-NOPE")
    assert unknown.returncode == 1
    assert "DEMO-NOPE" in unknown.stderr and "Traceback" not in unknown.stderr
    bad_ttl = admin(data, None, "enrol-code", "--scope", "DEMO-MO-01", "--ttl", "soon")
    assert bad_ttl.returncode == 2 and "--ttl" in bad_ttl.stderr

    with _db(data, None) as conn:
        held = conn.execute(select(enrol_codes.c.scope_kind, enrol_codes.c.scope_code)).all()
        assert sorted(map(tuple, held)) == [
            ("district", "Северный район (демо)"),
            ("mo", "DEMO-MO-01"),
        ]
        # Only a hash of the code is kept, never the code itself.
        stored = " ".join(conn.scalars(select(enrol_codes.c.code_hash)))
    assert mo["code"] not in stored and mo["code"].replace("-", "") not in stored


def test_devices_and_changes_listings(server: ServerProcess) -> None:
    before = int(time.time() * 1000)
    fap = enrolled(server, "unit", "DEMO-FAP-012")
    mo = enrolled(server, "mo", "DEMO-MO-02")
    assert fap.push([change(1, "DEMO-FAP-012"), change(2, "DEMO-FAP-012", zspd=99)]).ok
    assert mo.push([change(1, "DEMO-FAP-022")]).ok

    listed = server.admin("devices", "--json")
    assert listed.returncode == 0, listed.stderr
    devices = {d["id"]: d for d in json.loads(listed.stdout)}
    assert set(devices) == {fap.device_id, mo.device_id}
    assert devices[fap.device_id]["public_key"] == fap.public_key
    assert (devices[fap.device_id]["scope_kind"], devices[fap.device_id]["scope_code"]) == (
        "unit",
        "DEMO-FAP-012",
    )
    assert (devices[mo.device_id]["scope_kind"], devices[mo.device_id]["scope_code"]) == (
        "mo",
        "DEMO-MO-02",
    )
    assert [devices[d.device_id]["ack_seq"] for d in (fap, mo)] == [2, 1]
    assert all(d["epoch"] == 1 and d["revoked_at"] is None for d in devices.values())
    assert all(d["last_seen_ms"] >= d["enrolled_at"] >= before for d in devices.values())

    held = server.admin("changes", "--json", "--device", fap.device_id)
    assert held.returncode == 0, held.stderr
    rows = json.loads(held.stdout)
    assert [(r["device_id"], r["epoch"], r["seq"], r["entity"], r["status"]) for r in rows] == [
        (fap.device_id, 1, 1, "arm_counts", "applied"),
        (fap.device_id, 1, 2, "arm_counts", "rejected"),
    ]
    assert "zspd" in rows[1]["reason"] and rows[0]["reason"] is None
    assert all(before <= r["received_ms"] <= time.time() * 1000 for r in rows)
    assert rows[0]["unit"] == "DEMO-FAP-012" and rows[0]["entity_id"] == "arm-DEMO-FAP-012-1"


def test_health_time_and_openapi(server: ServerProcess) -> None:
    health = requests.get(server.base_url + "/api/v1/health", timeout=30)
    assert health.json() == {"status": "ok", "protocol": 1, "version": __version__}
    before = time.time_ns() // 1_000_000
    server_time = requests.get(server.base_url + "/api/v1/time", timeout=30).json()
    assert before <= server_time["server_time_ms"] <= time.time_ns() // 1_000_000

    document = requests.get(server.base_url + "/openapi.json", timeout=30).json()
    assert document["openapi"].startswith("3.")
    assert {
        "/api/v1/health",
        "/api/v1/time",
        "/api/v1/enrol",
        "/api/v1/push",
        "/api/v1/pull",
    } <= set(document["paths"])
    push = document["paths"]["/api/v1/push"]["post"]
    assert "application/json" in push["requestBody"]["content"]
    assert {"401", "403", "409", "413", "415", "422", "429"} <= set(push["responses"])
    for ref in _refs(document):
        assert ref.startswith("#/"), ref
        _resolve(document, ref)  # every reference points into the document


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for item in node:
            yield from _refs(item)


def _resolve(document: dict[str, Any], ref: str) -> Any:
    node: Any = document
    for part in ref[2:].split("/"):
        assert isinstance(node, dict) and part in node, f"{ref} does not resolve"
        node = node[part]
    return node
