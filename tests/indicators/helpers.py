"""Shared helpers of the indicator tests: a small pack built in code, a small registry."""

from __future__ import annotations

from collections.abc import Iterable
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from desktop.indicators.engine import PartResult, compute
from desktop.indicators.facts import FactSet, Unit
from desktop.indicators.periods import Period
from desktop.sync.packs import RegionPack

# One МО of four subdivisions in the north, a second МО with one ФАП in the south.
UNITS = (
    Unit("MO-1", "ЦРБ Северная", "mo", None, "Северный"),
    Unit("TVSP-11", "Поликлиника", "tvsp", "MO-1", "Северный"),
    Unit("FAP-12", "ФАП Берёзовка", "fap", "MO-1", "Северный"),
    Unit("FAP-13", "ФАП Луговой", "fap", "MO-1", "Северный"),
    Unit("FP-14", "ФП Ключи", "fp", "MO-1", "Северный"),
    Unit("MO-2", "ЦРБ Южная", "mo", None, "Южный"),
    Unit("FAP-22", "ФАП Камышовка", "fap", "MO-2", "Южный"),
)
Q2 = Period.parse("2025Q2")  # 2025-04-01 … 2025-06-30


def indicator(
    number: str, rule: dict[str, Any], *, measure: str = "%", split: bool = False
) -> dict[str, Any]:
    return {
        "number": number,
        "name": f"Показатель {number}",
        "measure": measure,
        "kind": "main",
        "split": split,
        "rule": rule,
    }


def units_rule(condition: dict[str, Any], **more: Any) -> dict[str, Any]:
    return {"method": "units", "condition": condition, **more}


def pack_of(
    indicators: Iterable[dict[str, Any]], targets: Iterable[dict[str, Any]] = ()
) -> RegionPack:
    return RegionPack.model_validate(
        {
            "format": "svodka-region-pack",
            "schema_version": 2,
            "id": "test",
            "region": "Проверочный край",
            "version": 1,
            "title": "Пакет для проверок",
            "indicators": list(indicators),
            "targets": list(targets),
        }
    )


def part_of(
    pack: RegionPack,
    facts: FactSet,
    scope: str = "MO-1",
    period: Period = Q2,
    part: str = "total",
    number: str | None = None,
    *,
    region_scope: bool = False,
) -> PartResult:
    """One row of one indicator (the pack's first unless ``number``)."""
    results = compute(pack, facts, scope, period, region_scope=region_scope)
    result = results[0] if number is None else next(r for r in results if r.number == number)
    return next(p for p in result.parts if p.part == part)


def round_half_up(value: float) -> int:
    """Whole per cent as the passport prints it (67.5 → 68)."""
    return int(Decimal(str(value)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
