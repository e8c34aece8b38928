"""Pack schema v2: the rules indicators are computed by are checked on load, with clear reasons."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.pack_rules import ArmRule, ManualRule, UnitsRule
from server.packs import PackError, read_pack

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "resources" / "region-packs"


def _pack(rule: dict[str, Any], schema_version: int = 2) -> dict[str, Any]:
    return {
        "format": "svodka-region-pack",
        "schema_version": schema_version,
        "id": "test",
        "region": "Тестовая область",
        "version": 1,
        "title": "Проверка правил",
        "catalogs": {"subsystem": [{"code": "telemed", "name": "Телемедицина"}]},
        "indicators": [
            {"number": "3.4", "name": "Доля …, %", "measure": "%", "kind": "main", "rule": rule}
        ],
    }


def _read(tmp_path: Path, data: dict[str, Any]) -> Any:
    path = tmp_path / "pack.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return read_pack(path)


def test_a_good_rule_is_read(tmp_path: Path) -> None:
    rule = {"method": "units", "condition": {"subsystems": ["telemed"]}}
    pack = _read(tmp_path, _pack(rule))
    read = pack.indicators[0].rule
    assert isinstance(read, UnitsRule)
    assert read.condition.subsystems == ("telemed",)
    assert read.condition.stage == "production"
    assert pack.indicators[0].percent


@pytest.mark.parametrize(
    ("rule", "words"),
    [
        (
            {"method": "units", "condition": {"subsystems": ["telemedd"]}},
            "indicator 3.4: unknown subsystem in rule: telemedd",
        ),
        (
            {"method": "units", "unit_types": ["hospice"], "condition": {"internet": True}},
            "unknown unit_type in rule: hospice",
        ),
        ({"method": "units", "condition": {}}, "a condition needs at least one of"),
        ({"method": "arm", "numerator": "computers"}, "indicators.0.rule.arm.numerator"),
        ({"method": "guess"}, "indicators.0.rule"),
        (
            {"method": "units", "condition": {"documents_to": ["pfr"]}},
            "unknown target_system in rule: pfr",
        ),
    ],
)
def test_a_wrong_rule_is_refused_with_its_place(
    tmp_path: Path, rule: dict[str, Any], words: str
) -> None:
    with pytest.raises(PackError) as caught:
        _read(tmp_path, _pack(rule))
    assert words in str(caught.value)


def test_rules_need_schema_version_2(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        _read(tmp_path, _pack({"method": "manual"}, schema_version=1))
    assert "rule needs schema_version 2" in str(caught.value)


def test_a_version_1_pack_without_rules_still_reads(tmp_path: Path) -> None:
    data = _pack({"method": "manual"}, schema_version=1)
    del data["indicators"][0]["rule"]
    assert _read(tmp_path, data).indicators[0].rule is None


def test_an_unknown_schema_version_is_refused(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        _read(tmp_path, _pack({"method": "manual"}, schema_version=3))
    assert "schema_version" in str(caught.value)


@pytest.mark.parametrize("name", ["stavropol", "smolensk"])
def test_every_shipped_indicator_has_a_rule(name: str) -> None:
    pack = read_pack(PACKS / f"{name}.json")
    assert pack.schema_version == 2
    assert all(i.rule is not None for i in pack.indicators)
    manual = {i.number for i in pack.indicators if isinstance(i.rule, ManualRule)}
    # Only what no facility fact can show: citizens on the portal, pharmacies.
    assert manual == ({"1", "3.2.2"} if name == "stavropol" else {"1"})


def test_stavropol_rules_follow_the_passport_rows() -> None:
    pack = read_pack(PACKS / "stavropol.json")
    rules = {i.number: i for i in pack.indicators}
    arm = rules["2.3"].rule
    assert isinstance(arm, ArmRule) and (arm.numerator, arm.denominator) == ("zspd", "total")
    # Single «ТВСП МО» rows count no ФАП or ФП.
    for number in ("3.5.2", "3.6", "3.7", "3.9", "3.10", "4"):
        rule = rules[number].rule
        assert isinstance(rule, UnitsRule) and not rules[number].split
        assert rule.unit_types and not {"fap", "fp"} & set(rule.unit_types), number
    # «включая ФАП и ФП, подключенных к сети Интернет»: the second row counts posts online.
    for number, indicator in rules.items():
        if indicator.split and isinstance(indicator.rule, UnitsRule):
            worded = re.search(r"ФАП и ФП,? подключенн\w+ к сети Интернет", _plain(indicator.name))
            online = indicator.rule.fap_denominator == "internet"
            # 2.6 names no ФАП; a post without Internet sends no sick-leave certificate either.
            assert bool(worded) == online or number == "2.6", number


def _plain(text: str) -> str:
    return text.replace("ё", "е")
