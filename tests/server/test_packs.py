"""Region packs: validated on import, versioned, and delivered to devices by pull."""

from __future__ import annotations

import json
from pathlib import Path

from tests.server.harness import ROOT, Device, ServerProcess

DEMO_PACK = ROOT / "resources" / "demo" / "region-pack-demo.json"
BASE_PACK = ROOT / "resources" / "catalogs" / "base.json"


def test_pack_import_is_versioned_and_pulled(server: ServerProcess, tmp_path: Path) -> None:
    imported = server.admin("import-pack", str(DEMO_PACK))
    assert imported.returncode == 0, imported.stderr
    assert "2 indicators, 3 targets" in imported.stdout
    again = server.admin("import-pack", str(DEMO_PACK))
    assert again.returncode == 1 and "not newer" in again.stderr
    newer = json.loads(DEMO_PACK.read_text(encoding="utf-8")) | {"version": 2}
    (tmp_path / "v2.json").write_text(json.dumps(newer, ensure_ascii=False), encoding="utf-8")
    assert server.admin("import-pack", str(tmp_path / "v2.json")).returncode == 0
    device = Device(server.base_url)
    assert device.enrol(server.enrol_code("DEMO-FAP-012")).ok
    items = [i for i in device.pull().json()["items"] if i["kind"] == "pack"]
    assert [(i["key"], i["data"]["version"]) for i in items] == [("demo-krai", 1), ("demo-krai", 2)]


def test_base_catalogs_are_a_valid_pack(server: ServerProcess) -> None:
    result = server.admin("import-pack", str(BASE_PACK))
    assert result.returncode == 0, result.stderr


def test_invalid_pack_is_refused_with_reasons(server: ServerProcess, tmp_path: Path) -> None:
    pack = json.loads(DEMO_PACK.read_text(encoding="utf-8"))
    pack["targets"].append({"indicator": "9.9", "year": 2024, "value_pct": 50})
    pack["indicators"][0]["kind"] = "важный"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(pack, ensure_ascii=False), encoding="utf-8")
    result = server.admin("import-pack", str(bad))
    assert result.returncode == 1
    assert "indicators.0.kind" in result.stderr
    assert "Traceback" not in result.stderr
    (tmp_path / "text.json").write_text("not json", encoding="utf-8")
    assert server.admin("import-pack", str(tmp_path / "text.json")).returncode == 1
