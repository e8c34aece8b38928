"""The region summary: the indicator engine over the facts the server holds, API and CLI."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import pytest

from desktop.indicators.engine import compute
from desktop.indicators.facts import (
    ArmCount,
    Document,
    FactSet,
    Observation,
    SubsystemLink,
    Unit,
    Workstation,
)
from desktop.indicators.periods import Period
from desktop.indicators.quarterly import row_key
from desktop.sync import protocol as p
from server import packs, registry
from tests.server.harness import (
    SAMPLE_REGISTRY,
    Device,
    ServerProcess,
    assert_problem,
    enrolled,
    server_db,
)
from tests.server.test_review import Officer, form_change, officer, pushed

ROOT = SAMPLE_REGISTRY.parents[1]
STAVROPOL = ROOT / "resources" / "region-packs" / "stavropol.json"
SUMMARY = f"{p.API_PREFIX}/region/summary"
MOMENT = "2025-07-01T08:00:00.000Z"


def obs(fact_id: str, unit: str, at: str, internet: int) -> tuple[str, dict[str, Any]]:
    data = {"id": fact_id, "unit": unit, "observed_at": f"{at}T09:00:00Z", "internet": internet}
    return "connection_observations", data


def arm(fact_id: str, unit: str, quarter: str, *counts: int) -> tuple[str, dict[str, Any]]:
    names = ("total", "mis", "zspd", "workers_need", "workers_provided")
    return "arm_counts", {
        "id": fact_id,
        "unit": unit,
        "quarter": quarter,
        **dict(zip(names, counts, strict=False)),
    }


def doc(fact_id: str, unit: str, sent_on: str) -> tuple[str, dict[str, Any]]:
    data = {"doc_class": "semd", "target_system": "remd", "count": 4, "signed": 1}
    return "documents", {"id": fact_id, "unit": unit, "sent_on": sent_on, "status": "sent", **data}


def link(fact_id: str, unit: str, subsystem: str, since: str) -> tuple[str, dict[str, Any]]:
    data = {"subsystem": subsystem, "applicable": 1, "stage": "production", "since": since}
    return "subsystem_connections", {"id": fact_id, "unit": unit, **data}


def station(fact_id: str, unit: str, zspd: int, retired: str | None) -> tuple[str, dict[str, Any]]:
    data = {"inventory_no": fact_id, "mis_client": 1, "zspd_client": zspd, "retired_on": retired}
    return "workstations", {"id": fact_id, "unit": unit, "in_service_on": "2024-01-01", **data}


# What two МО's devices push. Some facts must not count for 2025Q3: an observation after the
# quarter, АРМ counts of the next quarter, a document before it, a subsystem in use only after.
FACTS: list[tuple[str, dict[str, Any]]] = [
    obs("o1", "DEMO-FAP-012", "2025-08-01", 1),
    obs("o2", "DEMO-FAP-013", "2025-07-01", 1),
    obs("o3", "DEMO-FAP-013", "2025-09-15", 0),  # lost the link before the quarter's end
    obs("o4", "DEMO-FP-014", "2025-10-02", 1),
    obs("o5", "DEMO-FAP-022", "2025-05-01", 1),
    arm("a1", "DEMO-TVSP-011", "2025Q3", 10, 8, 5),
    arm("a2", "DEMO-FAP-012", "2025Q2", 2, 1, 0, 3, 2),
    arm("a3", "DEMO-FAP-012", "2025Q4", 9, 9, 9),
    arm("a4", "DEMO-MO-01", "2025Q3", 5, 5, 5),
    doc("d1", "DEMO-TVSP-011", "2025-08-10"),
    doc("d2", "DEMO-MO-01", "2025-06-30"),
    link("s1", "DEMO-MO-01", "remd", "2024-01-01"),
    link("s2", "DEMO-MO-01", "pacs", "2025-01-01"),
    link("s3", "DEMO-TVSP-011", "pacs", "2025-10-15"),
    link("s4", "DEMO-MO-02", "pacs", "2025-01-01"),
    station("w1", "DEMO-TVSP-021", 1, None),
    station("w2", "DEMO-TVSP-021", 0, None),
    station("w3", "DEMO-TVSP-021", 1, "2025-06-01"),
]
# Later changes merged into records: the server must use their latest state.
EDITS: list[tuple[str, str, str, dict[str, Any]]] = [
    ("update", "arm_counts", "a1", {"total": 20, "mis": 18, "zspd": 15, "workers_need": 25}),
    ("update", "subsystem_connections", "s4", {"stage": "pilot"}),
]


def _changes(first_seq: int, units: set[str]) -> list[dict[str, Any]]:
    facts = [(e, d) for e, d in FACTS if d["unit"] in units]
    return [
        {
            "seq": first_seq + i,
            "entity": entity,
            "id": data["id"],
            "op": "insert",
            "unit": data["unit"],
            "data": {**data, "created_at": MOMENT},
        }
        for i, (entity, data) in enumerate(facts)
    ]


def _edit(seq: int, index: int) -> dict[str, Any]:
    op, entity, fact_id, data = EDITS[index]
    unit = next(d["unit"] for _, d in FACTS if d["id"] == fact_id)
    return {"seq": seq, "entity": entity, "id": fact_id, "op": op, "unit": unit, "data": data}


def expected_facts() -> FactSet:
    """The same facts as the engine's dataclasses, in their state after the edits."""
    final: dict[str, tuple[str, dict[str, Any]]] = {d["id"]: (e, dict(d)) for e, d in FACTS}
    for _op, _entity, fact_id, data in EDITS:
        final[fact_id][1].update(data)
    kinds: dict[str, Any] = {
        "connection_observations": Observation,
        "arm_counts": ArmCount,
        "workstations": Workstation,
        "documents": Document,
        "subsystem_connections": SubsystemLink,
    }
    grouped: dict[str, list[Any]] = {entity: [] for entity in kinds}
    for entity, data in final.values():
        fields = kinds[entity].__dataclass_fields__
        grouped[entity].append(kinds[entity](**{k: v for k, v in data.items() if k in fields}))
    rows = registry.read_csv(SAMPLE_REGISTRY)
    units = [
        Unit(r["code"], r["name"], r["type"], r["parent"], r["district"], r["closed_on"])
        for r in rows
    ]
    return FactSet.build(
        units,
        observations=grouped["connection_observations"],
        arm_counts=grouped["arm_counts"],
        workstations=grouped["workstations"],
        documents=grouped["documents"],
        subsystems=grouped["subsystem_connections"],
    )


def import_pack(server: ServerProcess) -> None:
    with server_db(server) as conn:
        packs.import_pack(conn, packs.read_pack(STAVROPOL))


@dataclass
class Seeded:
    """Two МО's devices that pushed their facts, and the seq each pushes next."""

    north: Device
    lake: Device
    north_seq: int
    lake_seq: int


def seeded(server: ServerProcess) -> Seeded:
    """Both МО's facts pushed by their own devices, then the edits."""
    north, lake = enrolled(server, "mo", "DEMO-MO-01"), enrolled(server, "mo", "DEMO-MO-02")
    north_units = {"DEMO-MO-01", "DEMO-TVSP-011", "DEMO-FAP-012", "DEMO-FAP-013", "DEMO-FP-014"}
    north_changes = _changes(1, north_units)
    lake_changes = _changes(1, {"DEMO-MO-02", "DEMO-TVSP-021", "DEMO-FAP-022", "DEMO-FP-023"})
    north_changes.append(_edit(len(north_changes) + 1, 0))
    lake_changes.append(_edit(len(lake_changes) + 1, 1))
    assert {r["status"] for r in pushed(north, north_changes)} == {"applied"}
    assert {r["status"] for r in pushed(lake, lake_changes)} == {"applied"}
    return Seeded(north, lake, len(north_changes) + 1, len(lake_changes) + 1)


def summary(region: Officer, period: str = "2025Q3") -> p.RegionSummary:
    response = region.call("GET", f"{SUMMARY}?period={period}")
    assert response.status_code == 200, response.text
    return p.RegionSummary.model_validate_json(response.content)


def rows(found: p.RegionSummary, scope: str) -> dict[str, p.SummaryRow]:
    every = [found.region, *found.districts, *found.organisations]
    chosen = next(s for s in every if s.scope == scope)
    return {row.key: row for row in chosen.rows}


def test_summary_computes_the_stored_facts(server: ServerProcess) -> None:
    import_pack(server)
    devices = seeded(server)
    north_form = form_change(devices.north_seq, "submitted")
    lake_form = form_change(devices.lake_seq, "draft", org="DEMO-MO-02", form_id="f2")
    assert pushed(devices.north, [north_form])[0]["status"] == "applied"
    assert pushed(devices.lake, [lake_form])[0]["status"] == "applied"
    region = officer(server)
    found = summary(region)

    north_rows, lake_rows = rows(found, "DEMO-MO-01"), rows(found, "DEMO-MO-02")
    # ФАП/ФП with Internet at the quarter's end: 012 yes, 013 lost it, 014 seen only after.
    assert (north_rows["2.4"].numerator, north_rows["2.4"].denominator) == (1, 3)
    assert (lake_rows["2.4"].numerator, lake_rows["2.4"].denominator) == (1, 2)
    assert rows(found, "region")["2.4"].value == 2
    # АРМ on ЗСПД: the merged count (15 of 20) and the МО's own (5 of 5); an inventory net
    # of a retired workstation.
    assert north_rows["2.3/tvsp"].percent == pytest.approx(80.0)
    assert north_rows["2.3/fap"].percent == 0.0
    assert (lake_rows["2.3/tvsp"].numerator, lake_rows["2.3/tvsp"].denominator) == (1, 2)
    # Documents sent within the quarter; subsystems in production by its end, not deleted.
    assert north_rows["4"].percent == pytest.approx(50.0)
    assert north_rows["3.6"].percent == pytest.approx(50.0)
    assert lake_rows["3.6"].numerator == 0
    assert rows(found, "region")["2"].numerator == 1
    assert rows(found, "district:Северный район (демо)")["2.4"].numerator == 1

    # Everything agrees with the engine run over the same facts built by hand.
    facts, period = expected_facts(), Period.parse("2025Q3")
    pack = packs.read_pack(STAVROPOL)
    for scope in ["region", "district:Озёрный район (демо)", "DEMO-MO-01", "DEMO-MO-03"]:
        mine = rows(found, scope)
        for result in compute(pack, facts, scope, period):
            for part in result.parts:
                row = mine[row_key(result.number, part.part)]
                got = (row.value, row.numerator, row.denominator, row.status)
                assert got == (part.value, part.numerator, part.denominator, part.status), scope
    target = north_rows["2.3/tvsp"].target
    assert target is not None and (target.year, target.value_pct) == (2024, 100)

    forms = {s.scope: s.form_status for s in found.organisations}
    assert forms == {"DEMO-MO-01": "submitted", "DEMO-MO-02": "draft", "DEMO-MO-03": "none"}
    assert north_rows["2.4"].reported == 1.0 and lake_rows["2.4"].reported == 1.0
    assert rows(found, "DEMO-MO-03")["2.4"].reported is None
    assert [d.units for d in found.districts] == [4, 5, 3] and found.region.units == 12
    assert region.review("DEMO-MO-01", "2025Q3", "accepted").status_code == 200
    assert summary(region).organisations[0].form_status == "accepted"
    year = summary(region, "2025")
    assert (year.period, year.form_quarter) == ("2025", "2025Q4")
    assert year.organisations[0].form_status == "none"


def test_summary_refusals(server: ServerProcess) -> None:
    region = officer(server)
    assert_problem(region.call("GET", f"{SUMMARY}?period=2025Q3"), 409, "no_pack")
    import_pack(server)
    assert_problem(region.call("GET", f"{SUMMARY}?period=2025Q5"), 422, "invalid_request")
    detail = assert_problem(region.call("GET", f"{SUMMARY}?period=1999"), 422, "bad_period")
    assert "2025Q3" in detail
    assert_problem(region.call("GET", SUMMARY), 422, "invalid_request")
    anonymous = Officer(server.base_url, "").call("GET", f"{SUMMARY}?period=2025Q3")
    assert_problem(anonymous, 401, "no_token")
    assert summary(region).region.name == "Ставропольский край"


def test_summary_from_the_cli(server: ServerProcess) -> None:
    imported = server.admin("import-pack", str(STAVROPOL))
    assert imported.returncode == 0, imported.stderr
    seeded(server)
    table = server.admin("summary", "--period", "2025Q3")
    assert table.returncode == 0, table.stderr
    lines = table.stdout.splitlines()
    assert lines[2] == "Ставропольский край (12 units)"
    region_24 = next(line for line in lines if line.strip().startswith("2.4 "))
    assert region_24.split()[:4] == ["2.4", "2", "(29", "%)"]
    north = next(line for line in lines if line.strip().startswith("DEMO-MO-01"))
    assert "ГБУЗ «Северная ЦРБ» (демо)" in north and "form none" in north

    one = server.admin("summary", "--period", "2025Q3", "--scope", "DEMO-MO-01")
    assert one.returncode == 0, one.stderr
    assert "ГБУЗ «Северная ЦРБ» (демо) (5 units), form for 2025Q3: none" in one.stdout
    north_24 = next(line for line in one.stdout.splitlines() if line.strip().startswith("2.4 "))
    assert "1 / 3" in north_24

    as_json = server.admin("summary", "--period", "2025Q3", "--json")
    found = p.RegionSummary.model_validate(json.loads(as_json.stdout))
    assert rows(found, "DEMO-MO-01")["2.4"].numerator == 1
    bad = server.admin("summary", "--period", "2025Q9")
    assert bad.returncode == 1 and bad.stderr.startswith("error: '2025Q9' is not a period")
