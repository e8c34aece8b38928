"""The facts indicators are computed from: plain records, whoever stored them (device or server)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar


class _OfUnit(Protocol):
    @property
    def unit(self) -> str: ...


T = TypeVar("T", bound=_OfUnit)


@dataclass(frozen=True)
class Unit:
    code: str
    name: str
    type: str
    parent: str | None = None
    district: str | None = None
    closed_on: str | None = None


@dataclass(frozen=True)
class Observation:
    id: str
    unit: str
    observed_at: str
    internet: bool
    zspd: bool | None = None


@dataclass(frozen=True)
class ArmCount:
    id: str
    unit: str
    quarter: str
    total: int
    mis: int
    zspd: int
    certified: int | None = None
    workers_need: int | None = None
    workers_provided: int | None = None


@dataclass(frozen=True)
class Workstation:
    id: str
    unit: str
    inventory_no: str
    mis_client: bool
    zspd_client: bool
    certificate: str | None = None
    in_service_on: str | None = None
    retired_on: str | None = None


@dataclass(frozen=True)
class Document:
    id: str
    unit: str
    doc_class: str
    target_system: str | None
    sent_on: str
    count: int
    status: str


@dataclass(frozen=True)
class SubsystemLink:
    id: str
    unit: str
    subsystem: str
    applicable: bool
    stage: str
    since: str | None = None


@dataclass
class FactSet:
    """Facts grouped by unit; each unit's observations sorted by time, АРМ counts by quarter."""

    units: dict[str, Unit] = field(default_factory=dict)
    observations: dict[str, list[Observation]] = field(default_factory=dict)
    arm_counts: dict[str, list[ArmCount]] = field(default_factory=dict)
    workstations: dict[str, list[Workstation]] = field(default_factory=dict)
    documents: dict[str, list[Document]] = field(default_factory=dict)
    subsystems: dict[str, list[SubsystemLink]] = field(default_factory=dict)

    @classmethod
    def build(
        cls,
        units: Iterable[Unit],
        observations: Iterable[Observation] = (),
        arm_counts: Iterable[ArmCount] = (),
        workstations: Iterable[Workstation] = (),
        documents: Iterable[Document] = (),
        subsystems: Iterable[SubsystemLink] = (),
    ) -> FactSet:
        facts = cls(units={u.code: u for u in units})
        facts.observations = _by_unit(observations, key=lambda o: (o.observed_at, o.id))
        facts.arm_counts = _by_unit(arm_counts, key=lambda a: a.quarter)
        facts.workstations = _by_unit(workstations, key=lambda w: w.inventory_no)
        facts.documents = _by_unit(documents, key=lambda d: (d.sent_on, d.id))
        facts.subsystems = _by_unit(subsystems, key=lambda s: s.subsystem)
        return facts

    def members(self, scope: str) -> list[Unit]:
        """The units a scope covers: a unit code (with its subdivisions, so an МО brings its
        ТВСП, ФАП and ФП), ``district:NAME``, or ``region``."""
        if scope == "region":
            return sorted(self.units.values(), key=lambda u: u.code)
        if scope.startswith("district:"):
            name = scope.removeprefix("district:")
            return sorted(
                (u for u in self.units.values() if u.district == name), key=lambda u: u.code
            )
        children: dict[str, list[str]] = defaultdict(list)
        for u in self.units.values():
            if u.parent:
                children[u.parent].append(u.code)
        found, todo = [], [scope] if scope in self.units else []
        while todo:
            code = todo.pop()
            found.append(self.units[code])
            todo.extend(children.get(code, ()))
        return sorted(found, key=lambda u: u.code)


def _by_unit(items: Iterable[T], key: Callable[[T], Any]) -> dict[str, list[T]]:
    grouped: dict[str, list[T]] = defaultdict(list)
    for item in items:
        grouped[item.unit].append(item)
    for rows in grouped.values():
        rows.sort(key=key)
    return dict(grouped)
