"""How a pack indicator is computed from facts: the ``rule`` of schema version 2, as data."""

from __future__ import annotations

from typing import Annotated, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

UnitType = Annotated[str, StringConstraints(pattern=r"^[\w\-]+$", max_length=32)]
Stage = Literal["test", "pilot", "production"]
ArmField = Literal["total", "mis", "zspd", "certified", "workers_need", "workers_provided"]
# ФАП and ФП form the second row of a split indicator; everything else is «ТВСП МО».
FAP_TYPES = ("fap", "fp")


class RuleModel(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Condition(RuleModel):
    """What a unit must show, as of the period's end, to be counted; every given part must hold.

    ``documents`` counts documents sent within the period (any status but rejected)."""

    internet: bool | None = None
    zspd: bool | None = None
    subsystems: tuple[str, ...] = ()
    stage: Stage = "production"
    all_subsystems: bool = False
    documents_to: tuple[str, ...] = ()
    document_classes: tuple[str, ...] = ()
    arm_mis: bool | None = None

    @model_validator(mode="after")
    def _says_something(self) -> Self:
        if not self.model_dump(exclude_defaults=True, exclude={"stage", "all_subsystems"}):
            raise ValueError(
                "a condition needs at least one of internet, zspd, subsystems,"
                " documents_to, document_classes, arm_mis"
            )
        return self


class UnitsRule(RuleModel):
    """Units of the given types that meet ``condition``: a count, and a share of all such units
    (``fap_denominator: internet`` — the ФАП и ФП row counts only posts with Internet)."""

    method: Literal["units"]
    unit_types: tuple[UnitType, ...] = ()
    condition: Condition
    fap_denominator: Literal["all", "internet"] = "all"
    comment: str | None = None


class ArmRule(RuleModel):
    """Sums of a unit's АРМ counts (or of its inventory): ``numerator`` over ``denominator``."""

    method: Literal["arm"]
    unit_types: tuple[UnitType, ...] = ()
    numerator: ArmField
    denominator: ArmField | None = None
    comment: str | None = None


class ManualRule(RuleModel):
    """Not in the facts (e.g. citizens using the portal): the officer enters the value."""

    method: Literal["manual"]
    comment: str | None = None


Rule = Annotated[UnitsRule | ArmRule | ManualRule, Field(discriminator="method")]
