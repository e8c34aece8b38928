"""The Stavropol region pack: true to the passport (source 003), contradictions kept as notes."""

from __future__ import annotations

import json
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.sync.packs import CATALOG_KINDS, Indicator, RegionPack, Target
from server.packs import read_pack
from tests.packs.registry_check import check_demo_registry

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "resources" / "region-packs" / "stavropol.json"
REGISTRY = ROOT / "resources" / "region-packs" / "stavropol-demo-registry.json"
BASE = ROOT / "resources" / "catalogs" / "base.json"

# Passport, section 2: 1, 2, 2.1-2.7, 3, 3.1.1-3.13 (16 rows), 4, 4.1.
PASSPORT_NUMBERS = [
    "1",
    "2",
    "2.1",
    "2.2",
    "2.3",
    "2.4",
    "2.5",
    "2.6",
    "2.7",
    "3",
    "3.1.1",
    "3.1.2",
    "3.2.1",
    "3.2.2",
    "3.3",
    "3.4",
    "3.5.1",
    "3.5.2",
    "3.6",
    "3.7",
    "3.8",
    "3.9",
    "3.10",
    "3.11",
    "3.12",
    "3.13",
    "4",
    "4.1",
]
SPLIT = {"2.3", "2.5", "2.6", "3.2.1", "3.3", "3.4", "3.5.1", "3.8", "3.11", "3.12", "3.13", "4.1"}


@pytest.fixture(scope="module")
def pack() -> RegionPack:
    return read_pack(PACK)


def indicator(pack: RegionPack, number: str) -> Indicator:
    (found,) = [i for i in pack.indicators if i.number == number]
    return found


def target(pack: RegionPack, number: str, year: int, part: str = "total") -> Target:
    (found,) = [t for t in pack.targets if (t.indicator, t.year, t.part) == (number, year, part)]
    return found


def pair(pack: RegionPack, number: str, year: int, part: str = "total") -> tuple[Any, Any]:
    t = target(pack, number, year, part)
    return t.value_abs, t.value_pct


def test_reads_like_the_server_and_the_model(pack: RegionPack) -> None:
    again = RegionPack.model_validate(json.loads(PACK.read_text(encoding="utf-8")))
    assert again == pack
    assert (pack.id, pack.region, pack.version, pack.invented) == (
        "stavropol",
        "Ставропольский край",
        2,
        False,
    )
    assert "Паспорт регионального проекта" in pack.title


def test_every_passport_indicator_once(pack: RegionPack) -> None:
    assert len(pack.indicators) == 28
    assert [i.number for i in pack.indicators] == PASSPORT_NUMBERS
    assert {i.number for i in pack.indicators if i.split} == SPLIT


def test_every_indicator_has_six_years_per_part(pack: RegionPack) -> None:
    years: dict[tuple[str, str], list[int]] = defaultdict(list)
    for t in pack.targets:
        years[(t.indicator, t.part)].append(t.year)
    for i in pack.indicators:
        parts = ("tvsp", "fap") if i.split else ("total",)
        for part in parts:
            assert sorted(years.pop((i.number, part))) == list(range(2019, 2025)), i.number
        assert i.source and f"строка {i.number}" in i.source
    assert not years  # no stray parts (e.g. "total" on a split indicator)


def test_kinds_as_printed(pack: RegionPack) -> None:
    kinds = {i.number: i.kind for i in pack.indicators}
    assert kinds["2.4"] == "reference"  # «справочно»
    assert kinds["4"] == kinds["4.1"] == "additional"  # «дополнительный»
    others = {n for n, k in kinds.items() if k == "main"}
    assert others == set(PASSPORT_NUMBERS) - {"2.4", "4", "4.1"}


def test_indicator_2_2_by_hand(pack: RegionPack) -> None:
    i = indicator(pack, "2.2")
    assert i.name == (
        "Количество автоматизированных рабочих мест в государственных и муниципальных "
        "медицинских организациях субъекта Российской Федерации, ед."
    )
    assert (i.measure, i.kind, i.split) == ("ед.", "main", False)
    assert (i.base_value, i.base_date) == (6802, "2018-10-31")
    assert pair(pack, "2.2", 2019) == (8715, 46)
    assert pair(pack, "2.2", 2020) == (15179, 80)
    assert pair(pack, "2.2", 2024) == (18864, 100)


def test_indicator_2_3_split_by_hand(pack: RegionPack) -> None:
    i = indicator(pack, "2.3")
    assert i.name.startswith("Доля автоматизированных рабочих мест медицинских работников")
    assert i.name.endswith(
        "подключенных к защищенной сети передачи данных субъекта Российской Федерации, %"
    )
    assert i.split and i.base_value == 6802
    assert pair(pack, "2.3", 2020, "tvsp") == (15169, 82)
    assert pair(pack, "2.3", 2024, "tvsp") == (18558, 100)
    assert pair(pack, "2.3", 2020, "fap") == (10, 3)
    assert pair(pack, "2.3", 2024, "fap") == (306, 100)
    # 18 558 АРМ in ТВСП МО + 306 in ФАП и ФП = the 18 864 of indicator 2.2
    assert pair(pack, "2.2", 2024)[0] == 18558 + 306


def test_other_indicators_by_hand(pack: RegionPack) -> None:
    one = indicator(pack, "1")
    assert one.name == (
        "Число граждан, воспользовавшихся услугами (сервисами) в Личном кабинете пациента "
        "«Мое здоровье» на Едином портале государственных услуг и функций в отчетном году, "
        "тыс. чел"
    )
    assert (one.measure, one.base_value) == ("тыс. чел", 25.27)
    assert pair(pack, "1", 2024) == (801.48, None)

    assert indicator(pack, "2.1").base_value == 7001
    assert pair(pack, "2.1", 2019) == (11940, 38)
    assert pair(pack, "2.1", 2024) == (31450, 100)

    four = indicator(pack, "2.4")
    assert four.name == "Количество ФАП и ФП, подключенных к сети Интернет, ед."
    assert (four.base_value, four.base_date) == (0, None)
    assert [pair(pack, "2.4", y)[0] for y in range(2019, 2025)] == [0, 10, 306, 306, 306, 306]

    assert indicator(pack, "2.7").base_value == 45
    assert pair(pack, "2.7", 2024) == (53, 100)

    assert pair(pack, "3.1.1", 2019) == (15, 38)
    assert pair(pack, "3.2.2", 2024) == (180, 100)
    assert pair(pack, "3.4", 2021, "tvsp") == (0, 0)
    assert pair(pack, "3.4", 2022, "tvsp") == (463, 100)
    assert pair(pack, "3.8", 2022, "fap") == (80, 26)
    assert pair(pack, "3.8", 2024, "tvsp") == (304, 100)
    assert pair(pack, "3.11", 2024, "tvsp") == (440, 100)
    assert indicator(pack, "3.11").base_value == 100

    twelve = indicator(pack, "3.12")
    assert twelve.name.endswith(
        "в подсистему «Региональная интегрированная электронная медицинская карта» %"
    )
    assert pair(pack, "3.12", 2019, "tvsp") == (90, 19)

    fourth = indicator(pack, "4")
    assert (fourth.kind, fourth.measure) == ("additional", "%")
    assert [pair(pack, "4", y)[1] for y in range(2019, 2025)] == [2, 11, 19, 30, 84, 100]
    assert pair(pack, "4.1", 2020, "tvsp") == (45, 9)
    assert pair(pack, "4.1", 2024, "fap") == (306, 100)

    assert [pair(pack, "2", y)[1] for y in range(2019, 2025)] == [32, 68, 80, 100, 100, 100]
    assert [pair(pack, "3", y)[1] for y in range(2019, 2025)] == [17, 62, 69, 100, 100, 100]


def _round(value: Decimal) -> int:
    """The passport rounds to whole percent, halves up (320 of 474 = 67.5 % → 68 %)."""
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


# Where the printed percentage is NOT the count over the row's 100 % value; each must carry a note.
PERCENT_EXCEPTIONS = {("2.3", 2019, "tvsp")}  # 8715 of 18558 = 47 %, printed 46 %


def test_planned_counts_reproduce_printed_percentages(pack: RegionPack) -> None:
    rows: dict[tuple[str, str], list[Target]] = defaultdict(list)
    for t in pack.targets:
        rows[(t.indicator, t.part)].append(t)
    checked = 0
    for (number, part), ts in rows.items():
        full = {t.value_abs for t in ts if t.value_pct == 100 and t.value_abs}
        if not full:
            continue  # no denominator printed (1, 2, 3, 4, 2.4, ФАП и ФП of 2.6)
        (denominator,) = full
        for t in ts:
            assert t.value_abs is not None and t.value_pct is not None
            share = _round(Decimal(str(t.value_abs)) * 100 / Decimal(str(denominator)))
            key = (number, t.year, part)
            if key in PERCENT_EXCEPTIONS:
                assert share != t.value_pct and t.note, key
            else:
                assert share == t.value_pct, key
            checked += 1
    assert checked > 150
    assert _round(Decimal(8715) * 100 / 18864) == 46  # the example, indicator 2.2


# Every contradiction the digest lists: where its note sits, and words it must contain.
CONTRADICTIONS: list[tuple[tuple[str, int | None, str], list[str]]] = [
    (("2", 2021, "total"), ["Противоречие", "2.5"]),
    (("2", None, ""), ["Противоречие", "2.5"]),
    (("4", None, ""), ["Противоречие", "4.1"]),
    (("4", 2019, "total"), ["4.1"]),
    (("4", 2020, "total"), ["4.1"]),
    (("4", 2021, "total"), ["4.1"]),
    (("2.5", 2021, "fap"), ["Противоречие", "306"]),
    (("2.5", None, ""), ["Противоречие", "2.3"]),
    (("2.3", 2019, "tvsp"), ["Противоречие", "47 %"]),
    (("3.12", None, ""), ["Региональная интегрированная", "ЕГИСЗ"]),
    (("3.11", None, ""), ["4.3", "4.6", "4.8", "4.9"]),
    (("3.11", 2019, "tvsp"), ["4.3", "20 %"]),
    (("3.11", 2020, "tvsp"), ["4.6", "48 %"]),
    (("3.11", 2021, "tvsp"), ["4.8", "63 %"]),
    # Defects of the plan (Приложение № 1) and of section 4, hung on the nearest indicator.
    (("2.2", None, ""), ["31.04.2020", "2.12", "2.16.1", "2.11", "2.14", "01.08.2019"]),
    (("2.2", None, ""), ["2.10.1"]),
    (("4.1", None, ""), ["1.1.5"]),
    (("1", None, ""), ["1.5.2", "Реестр электронных медицинских документов"]),
    (("2.7", None, ""), ["4.2.1"]),
    (("2", None, ""), ["20,45937", "19,33811"]),
    (("1", None, ""), ["млн. чел."]),
    (("2.4", None, ""), ["не указана"]),
]


@pytest.mark.parametrize(("where", "words"), CONTRADICTIONS)
def test_contradiction_recorded(
    pack: RegionPack, where: tuple[str, int | None, str], words: list[str]
) -> None:
    number, year, part = where
    note = indicator(pack, number).note if year is None else target(pack, number, year, part).note
    assert note, where
    for word in words:
        assert word in note, (where, word)


def test_split_bases_for_fap_kept_in_notes(pack: RegionPack) -> None:
    for number in SPLIT:
        note = indicator(pack, number).note or ""
        assert "Базовое значение по строке «ФАП и ФП»: 0" in note, number


def test_catalogs(pack: RegionPack) -> None:
    assert set(pack.catalogs) <= set(CATALOG_KINDS)
    base = json.loads(BASE.read_text(encoding="utf-8"))["catalogs"]
    subsystems = pack.catalogs["subsystem"]
    assert len(subsystems) == 11  # the list of result 3.1
    assert {s.code for s in subsystems} <= {s["code"] for s in base["subsystem"]}
    names = {s.code: s.name for s in subsystems}
    assert names["maternity"] == (
        "Организация оказания медицинской помощи по профилям «Акушерство и гинекология» "
        "и «Неонатология» (Мониторинг беременных)"
    )
    assert {u.code for u in pack.catalogs["unit_type"]} <= {u["code"] for u in base["unit_type"]}


def test_demo_registry_invented_and_whole() -> None:
    registry = json.loads(REGISTRY.read_text(encoding="utf-8"))
    check_demo_registry(registry, "Ставропольский край", "STV-")
