"""The region pack format: indicators, yearly targets and catalogs, as versioned data."""

from __future__ import annotations

import json
from functools import cache, cached_property
from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from desktop.paths import resource
from desktop.sync.pack_rules import ArmRule, Rule, UnitsRule

PACK_FORMAT = "svodka-region-pack"
PACK_SCHEMA_VERSION = 2
SCHEMA_VERSIONS = (1, 2)
CATALOG_KINDS = (
    "unit_type",
    "channel",
    "doc_class",
    "target_system",
    "subsystem",
    "stage",
    "act_type",
)

Code = Annotated[str, StringConstraints(min_length=1, max_length=64, pattern=r"^[\w.\-]+$")]
Name = Annotated[str, StringConstraints(min_length=1, max_length=500)]


class PackModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class CatalogItem(PackModel):
    code: Code
    name: Name


class Indicator(PackModel):
    """One passport indicator; ``source`` says where in the passport it stands."""

    number: Annotated[str, StringConstraints(pattern=r"^\d+(\.\d+)*$")]
    name: Annotated[str, StringConstraints(min_length=1, max_length=2000)]
    measure: Name
    kind: Literal["main", "additional", "reference"]
    split: bool = False
    base_value: float | None = None
    base_date: str | None = None
    source: str | None = None
    note: str | None = None
    rule: Rule | None = None

    @property
    def percent(self) -> bool:
        """The reported value is a share in per cent (else a count, its share beside it)."""
        return self.measure.strip() == "%"


class Target(PackModel):
    indicator: str
    year: Annotated[int, Field(ge=2015, le=2035)]
    part: Literal["total", "tvsp", "fap"] = "total"
    value_abs: float | None = None
    value_pct: Annotated[float, Field(ge=0, le=100)] | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _has_a_value(self) -> Self:
        if self.value_abs is None and self.value_pct is None:
            raise ValueError("a target needs value_abs or value_pct")
        return self


class RegionPack(PackModel):
    """A whole pack; ``version`` only ever grows for one ``id``."""

    format: Literal["svodka-region-pack"]
    schema_version: Literal[1, 2]
    id: Code
    region: Name
    version: Annotated[int, Field(ge=1)]
    title: Name
    invented: bool = False
    catalogs: dict[str, list[CatalogItem]] = Field(default_factory=dict)
    indicators: list[Indicator] = Field(default_factory=list)
    targets: list[Target] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        unknown_kinds = sorted(set(self.catalogs) - set(CATALOG_KINDS))
        if unknown_kinds:
            raise ValueError(f"unknown catalog kinds: {', '.join(unknown_kinds)}")
        numbers = [i.number for i in self.indicators]
        if len(numbers) != len(set(numbers)):
            raise ValueError("an indicator number appears twice")
        orphans = sorted({t.indicator for t in self.targets} - set(numbers))
        if orphans:
            raise ValueError(f"targets for unknown indicators: {', '.join(orphans)}")
        keys = [(t.indicator, t.year, t.part) for t in self.targets]
        if len(keys) != len(set(keys)):
            raise ValueError("a target (indicator, year, part) appears twice")
        self._check_rules()
        return self

    @cached_property
    def target_index(self) -> dict[tuple[str, int, str], Target]:
        """Targets by (indicator, year, part)."""
        return {(t.indicator, t.year, t.part): t for t in self.targets}

    @cached_property
    def target_years(self) -> dict[tuple[str, str], tuple[int, ...]]:
        """The years with a target, by (indicator, part)."""
        years: dict[tuple[str, str], list[int]] = {}
        for t in self.targets:
            years.setdefault((t.indicator, t.part), []).append(t.year)
        return {key: tuple(sorted(found)) for key, found in years.items()}

    def _check_rules(self) -> None:
        ruled = [i for i in self.indicators if i.rule is not None]
        if ruled and self.schema_version < 2:
            raise ValueError(f"indicator {ruled[0].number}: rule needs schema_version 2")
        known = {
            kind: {item.code for item in self.catalogs.get(kind, [])} | base_codes(kind)
            for kind in ("subsystem", "unit_type", "target_system", "doc_class")
        }
        for i in ruled:
            for kind, codes in _rule_codes(i.rule).items():
                unknown = sorted(set(codes) - known[kind])
                if unknown:
                    raise ValueError(
                        f"indicator {i.number}: unknown {kind} in rule: {', '.join(unknown)}"
                    )


def _rule_codes(rule: object) -> dict[str, tuple[str, ...]]:
    """The catalog codes a rule names, by catalog kind."""
    if isinstance(rule, UnitsRule):
        c = rule.condition
        return {
            "unit_type": rule.unit_types,
            "subsystem": c.subsystems,
            "target_system": c.documents_to,
            "doc_class": c.document_classes,
        }
    if isinstance(rule, ArmRule):
        return {"unit_type": rule.unit_types}
    return {}


@cache
def base_codes(kind: str) -> frozenset[str]:
    """Codes of the base catalog every device loads, which packs may name without repeating."""
    base = json.loads(resource("catalogs", "base.json").read_text(encoding="utf-8"))
    return frozenset(item["code"] for item in base.get("catalogs", {}).get(kind, []))
