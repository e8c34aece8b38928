"""What each synced entity's data may contain; the server re-checks every client rule."""

from __future__ import annotations

from typing import Annotated, Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

EntityName = Literal[
    "connection_observations",
    "outages",
    "arm_counts",
    "workstations",
    "documents",
    "subsystem_connections",
    "acts",
    "quarterly_forms",
]

Text = Annotated[str, StringConstraints(max_length=2000)]
Short = Annotated[str, StringConstraints(max_length=200)]
Code = Annotated[str, StringConstraints(min_length=1, max_length=64)]
Day = Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
Moment = Annotated[
    str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}T[\d:.]+(Z|[+-]\d{2}:\d{2})$")
]
Flag = Literal[0, 1]
Count = Annotated[int, Field(ge=0, le=1_000_000)]
Quarter = Annotated[str, StringConstraints(pattern=r"^\d{4}Q[1-4]$")]


class EntityData(BaseModel):
    """Common columns; unknown extra columns are ignored so newer clients stay readable."""

    model_config = ConfigDict(extra="ignore")

    id: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    unit: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    created_at: Moment
    created_by: Short | None = None
    note: Text | None = None


class ConnectionObservation(EntityData):
    observed_at: Moment
    internet: Flag
    channel: Code | None = None
    bandwidth_kbps: Annotated[int, Field(ge=0, le=10_000_000)] | None = None
    provider: Short | None = None
    zspd: Flag | None = None
    skzi: Flag | None = None
    source: Literal["manual", "monitor"] = "manual"
    latency_ms: Annotated[int, Field(ge=0)] | None = None
    act_id: str | None = None

    @model_validator(mode="after")
    def _channel_needs_internet(self) -> Self:
        if not self.internet and self.channel not in (None, "none"):
            raise ValueError("a channel is given but there is no Internet")
        return self


class Outage(EntityData):
    started_at: Moment
    ended_at: Moment | None = None
    cause: Short | None = None
    source: Literal["manual", "monitor"] = "manual"

    @model_validator(mode="after")
    def _ends_after_start(self) -> Self:
        if self.ended_at is not None and self.ended_at < self.started_at:
            raise ValueError("the outage ends before it starts")
        return self


def _not_more(data: Any, field: str, limit_field: str) -> None:
    value, limit = getattr(data, field), getattr(data, limit_field)
    if value is not None and limit is not None and value > limit:
        raise ValueError(f"{field} ({value}) exceeds {limit_field} ({limit})")


class ArmCounts(EntityData):
    quarter: Quarter
    total: Count
    mis: Count
    zspd: Count
    certified: Count | None = None
    workers_need: Count | None = None
    workers_provided: Count | None = None

    @model_validator(mode="after")
    def _parts_within_total(self) -> Self:
        for field in ("mis", "zspd", "certified"):
            _not_more(self, field, "total")
        _not_more(self, "workers_provided", "workers_need")
        return self


class Workstation(EntityData):
    inventory_no: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    mis_client: Flag
    zspd_client: Flag
    room: Short | None = None
    os: Short | None = None
    certificate: Short | None = None
    in_service_on: Day | None = None
    retired_on: Day | None = None


class Document(EntityData):
    doc_class: Code
    target_system: Code | None = None
    sent_on: Day
    count: Annotated[int, Field(ge=1, le=1_000_000)]
    signed: Flag
    status: Literal["sent", "registered", "rejected"]
    registry_no: Short | None = None


class SubsystemConnection(EntityData):
    subsystem: Code
    applicable: Flag
    stage: Literal["none", "test", "pilot", "production"]
    since: Day | None = None
    act_id: str | None = None

    @model_validator(mode="after")
    def _stage_needs_applicability(self) -> Self:
        if not self.applicable and self.stage != "none":
            raise ValueError("the subsystem does not apply, so the stage must be 'none'")
        return self


class Act(EntityData):
    act_type: Code
    number: Annotated[str, StringConstraints(min_length=1, max_length=64)]
    signed_on: Day
    attachment_id: str | None = None


class QuarterlyForm(BaseModel):
    """Forms belong to an МО (``org``), not to a unit column."""

    model_config = ConfigDict(extra="ignore")

    id: str
    org: Annotated[str, StringConstraints(min_length=1, max_length=200)]
    quarter: Quarter
    status: Literal["draft", "submitted", "accepted", "returned"]
    values_json: str
    overrides_json: str


# Facts written once that the other devices of a scope also need: an МО officer's quarterly
# form counts what its ФАП recorded. Acts stay with their unit (scans are large).
SHARED_FACTS = frozenset({"connection_observations", "documents"})

ENTITY_MODELS: dict[str, type[BaseModel]] = {
    "connection_observations": ConnectionObservation,
    "outages": Outage,
    "arm_counts": ArmCounts,
    "workstations": Workstation,
    "documents": Document,
    "subsystem_connections": SubsystemConnection,
    "acts": Act,
    "quarterly_forms": QuarterlyForm,
}
