"""The Smolensk region pack: true to the passport (source 004), contradictions kept as notes."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.packs import CATALOG_KINDS, Indicator, RegionPack, Target
from server.packs import read_pack
from tests.packs.registry_check import check_demo_registry

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "resources" / "region-packs" / "smolensk.json"
REGISTRY = ROOT / "resources" / "region-packs" / "smolensk-demo-registry.json"
BASE = ROOT / "resources" / "catalogs" / "base.json"
YEARS = list(range(2019, 2025))

# Passport, section 2: four indicators (1, 2, 3, «4.»), all «основной», none split.
PASSPORT_NUMBERS = ["1", "2", "3", "4"]

# The regional data rows of section 2, hand-copied from the passport text (tab-separated there):
# value and date of the base, then 2019..2024, with the decimal comma as printed.
PRINTED_ROWS = {
    "1": ("тыс. чел", "45,53", "31.10.2018", "74,95 131,54 183,82 227,10 278,80 302,59"),
    "2": ("%", "0,00", "31.10.2018", "25,00 64,00 74,00 100,00 100,00 100,00"),
    "3": ("%", "0,00", "31.10.2018", "6,00 22,00 39,00 63,00 94,00 100,00"),
    "4": ("%", "37,00", "31.10.2018", "70,00 80,00 87,00 100,00 100,00 100,00"),
}

# Every contradiction the digest (source-digest-smolensk.md, §1 and §10) lists, with where the
# pack records it: (indicator, year or None for the indicator itself, words the note must hold).
RECORDED: dict[str, list[tuple[str, int | None, tuple[str, ...]]]] = {
    "§10.2 indicator 1: name «млн. чел», unit column «тыс. чел»": [
        ("1", None, ("ПРОТИВОРЕЧИЕ", "млн. чел", "тыс. чел")),
        *[("1", y, ("млн. чел", "тыс. чел")) for y in YEARS],
    ],
    "§10.5 / §1 indicator 4 (70 % in 2019, 87 % in 2021) vs result 1.1, КТ 1.2, КТ 1.3": [
        ("4", None, ("ПРОТИВОРЕЧИЕ", "результат 1.1", "1.2", "1.3", "Не менее 80%")),
        ("4", 2019, ("ПРОТИВОРЕЧИЕ", "70,00", "результат 1.1", "1.2", "Не менее 80%")),
        ("4", 2021, ("ПРОТИВОРЕЧИЕ", "87,00", "1.3", "100%", "ФАП и ФП")),
    ],
    "§10.13 КТ 1.10 «Не менее 100%»": [
        ("3", None, ("«Не менее 100%»",)),
        ("3", 2024, ("1.10", "«Не менее 100%»")),
    ],
    "§1 indicator 3's values reused by КТ 1.5-1.10 for a different measure (РЭМД)": [
        ("3", None, ("1.5–1.10", "Реестр электронных медицинских документов", "ФАП и ФП")),
        *[("3", y, (f"1.{5 + k}", f"30.12.{y}", "РЭМД")) for k, y in enumerate(YEARS)],
    ],
    "§1 / §8.2 denominator: names say «государственной и муниципальной», texts say state only": [
        (n, None, ("НЕОДНОЗНАЧНЫЙ ЗНАМЕНАТЕЛЬ", "государственной и муниципальной"))
        for n in ("2", "3", "4")
    ],
}

# The rest of the digest's §10 list concerns parts of the passport the pack schema has no place
# for (results, plan of activities, participants, finance, title page); the report names them.
NOT_IN_PACK = {
    "§10.1": "title page and section 1 printed twice, second copy undated",
    "§10.3": "result 4.1: «4380 / 5006 / 6257 тыс раб мест» (АРМ are units)",
    "§10.4": "result 4.1 keeps the federal «не менее 820 тысяч»",
    "§10.6": "ЗСПД 80 %: «территориально-выделенных» (result 2) vs «структурных» (result 1.1)",
    "§10.7": "plan numbering «1.2.8.», «5.15.» twice, КТ 5.3 before its activity",
    "§10.8": "typos «жегодно 30/06», «31.12 .2021»",
    "§10.9": "plan date logic 2.1.1 / КТ 2.1, 4.1.1 / КТ 4.1",
    "§10.10": "5.9.1 «В 85 субъектах», «клиничко-диагностические»",
    "§10.11": "blank control levels 5.3, 6.1.1; «РКП» unexplained",
    "§10.12": "no plan block for result 8; no appendices",
    "§10.14": "participants' row numbers repeated",
    "§10.15": "budget only under result 8",
}
IN_PACK_FROM_SECTION_10 = {"§10.2", "§10.5", "§10.13"}


@pytest.fixture(scope="module")
def pack() -> RegionPack:
    return read_pack(PACK)


@pytest.fixture(scope="module")
def registry() -> dict[str, Any]:
    data: dict[str, Any] = json.loads(REGISTRY.read_text(encoding="utf-8"))
    return data


def indicator(pack: RegionPack, number: str) -> Indicator:
    (found,) = [i for i in pack.indicators if i.number == number]
    return found


def target(pack: RegionPack, number: str, year: int, part: str = "total") -> Target:
    (found,) = [t for t in pack.targets if (t.indicator, t.year, t.part) == (number, year, part)]
    return found


def printed(text: str) -> float:
    return float(text.replace(",", "."))


def test_reads_like_the_server_and_the_model(pack: RegionPack) -> None:
    again = RegionPack.model_validate(json.loads(PACK.read_text(encoding="utf-8")))
    assert again == pack
    assert (pack.id, pack.region, pack.version, pack.invented) == (
        "smolensk",
        "Смоленская область",
        2,
        False,
    )
    assert pack.title.startswith("Паспорт регионального проекта «Создание единого цифрового")


def test_every_passport_indicator_once(pack: RegionPack) -> None:
    assert len(pack.indicators) == 4
    assert [i.number for i in pack.indicators] == PASSPORT_NUMBERS
    assert {i.kind for i in pack.indicators} == {"main"}  # all «основной»
    assert not any(i.split for i in pack.indicators)  # no «ТВСП МО» / «ФАП и ФП» columns


def test_six_years_total_only(pack: RegionPack) -> None:
    years: dict[tuple[str, str], list[int]] = defaultdict(list)
    for t in pack.targets:
        years[(t.indicator, t.part)].append(t.year)
    assert sorted(years) == [(n, "total") for n in PASSPORT_NUMBERS]  # no tvsp / fap parts
    for n in PASSPORT_NUMBERS:
        assert sorted(years[(n, "total")]) == YEARS
        i = indicator(pack, n)
        assert i.source and "раздел 2" in i.source and "таблица показателей" in i.source
        assert f"строка {n}" in i.source or f"строка «{n}.»" in i.source


def test_values_as_printed(pack: RegionPack) -> None:
    for n, (measure, base, date, row) in PRINTED_ROWS.items():
        i = indicator(pack, n)
        assert i.measure == measure
        assert i.base_value == printed(base)
        day, month, year = date.split(".")
        assert i.base_date == f"{year}-{month}-{day}"
        for y, text in zip(YEARS, row.split(), strict=True):
            t = target(pack, n, y)
            value = t.value_pct if measure == "%" else t.value_abs
            other = t.value_abs if measure == "%" else t.value_pct
            assert (value, other) == (printed(text), None), (n, y)


def test_indicator_1_by_hand(pack: RegionPack) -> None:
    i = indicator(pack, "1")
    assert i.name == (
        "Число граждан, воспользовавшихся услугами (сервисами) в Личном кабинете пациента "
        "«Мое здоровье» на Едином портале государственных услуг и функций в отчетном году, "
        "млн. чел"
    )
    assert (i.measure, i.kind, i.split) == ("тыс. чел", "main", False)
    assert (i.base_value, i.base_date) == (45.53, "2018-10-31")
    assert (target(pack, "1", 2024).value_abs, target(pack, "1", 2024).value_pct) == (302.59, None)


def test_indicator_2_by_hand(pack: RegionPack) -> None:
    i = indicator(pack, "2")
    assert i.name == (
        "Доля медицинских организаций государственной и муниципальной систем здравоохранения, "
        "обеспечивающих преемственность оказания медицинской помощи гражданам путем организации "
        "информационного взаимодействия с централизованными подсистемами государственных "
        "информационных систем в сфере здравоохранения Смоленской области"
    )
    assert (i.measure, i.base_value) == ("%", 0)
    assert target(pack, "2", 2019).value_pct == 25
    assert target(pack, "2", 2024).value_pct == 100


def test_indicator_4_by_hand(pack: RegionPack) -> None:
    i = indicator(pack, "4")
    assert i.name == (
        "Доля медицинских организаций государственной и муниципальной систем здравоохранения, "
        "использующих медицинские информационные системы для организации и оказания медицинской "
        "помощи гражданам, обеспечивающих информационное взаимодействие с ЕГИСЗ"
    )
    assert (i.base_value, i.base_date) == (37, "2018-10-31")
    assert i.note and "«4.»" in i.note  # the number is printed with a dot
    assert [target(pack, "4", y).value_pct for y in YEARS] == [70, 80, 87, 100, 100, 100]


def test_percentages_and_counts_as_the_passport_rounds(pack: RegionPack) -> None:
    # The passport prints every value of section 2 with two decimals («25,00», «45,53»).
    for i in pack.indicators:
        assert i.base_value is not None
        assert Decimal(str(i.base_value)) == round(Decimal(str(i.base_value)), 2)
    for t in pack.targets:
        for v in (t.value_abs, t.value_pct):
            if v is not None:
                assert Decimal(str(v)) == round(Decimal(str(v)), 2), t
    # No indicator of this passport gives a planned count next to its percentage (and no
    # count of МО, ТВСП, ФАП or ФП exists anywhere in it), so there is no pair to reconcile;
    # the pack must not invent one.
    assert not [t for t in pack.targets if t.value_abs is not None and t.value_pct is not None]
    # The one pair the passport does print twice: indicator 3 and КТ 1.5-1.10 (same numbers).
    assert [target(pack, "3", y).value_pct for y in YEARS] == [6, 22, 39, 63, 94, 100]


def test_every_listed_contradiction_is_a_note(pack: RegionPack) -> None:
    for name, places in RECORDED.items():
        for number, year, words in places:
            note = indicator(pack, number).note if year is None else target(pack, number, year).note
            assert note, (name, number, year)
            for word in words:
                assert word in note, (name, number, year, word)
    covered = IN_PACK_FROM_SECTION_10 | set(NOT_IN_PACK)
    assert covered == {f"§10.{k}" for k in range(1, 16)}
    assert all(any(k in name for name in RECORDED) for k in IN_PACK_FROM_SECTION_10)


def test_catalogs_use_base_codes(pack: RegionPack) -> None:
    base = json.loads(BASE.read_text(encoding="utf-8"))["catalogs"]
    assert set(pack.catalogs) <= set(CATALOG_KINDS)
    subsystems = pack.catalogs["subsystem"]
    # The 11 centralised subsystems listed in result 5.1, plus the two ЕГИСЗ ones the plan names.
    assert len(subsystems) == 13
    assert {s.code for s in subsystems} <= {item["code"] for item in base["subsystem"]}
    names = {s.code: s.name for s in subsystems}
    assert names["smp"] == (
        "Управление скорой и неотложной медицинской помощью (в том числе санитарной авиации)"
    )
    assert names["remd"] == "Реестр электронных медицинских документов"
    base_acts = {item["code"] for item in base["act_type"]}
    assert {"commissioning", "works"} <= {a.code for a in pack.catalogs["act_type"]}
    assert {a.code for a in pack.catalogs["act_type"]} - base_acts == {
        "integration_protocol",
        "interaction_test",
    }


def test_demo_registry_is_invented_and_whole(registry: dict[str, Any]) -> None:
    check_demo_registry(registry, "Смоленская область", "SML-")
