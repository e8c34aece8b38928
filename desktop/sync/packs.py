"""The region pack format: indicators, yearly targets and catalogs, as versioned data."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

PACK_FORMAT = "svodka-region-pack"
PACK_SCHEMA_VERSION = 1
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
    schema_version: Literal[1]
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
        return self
