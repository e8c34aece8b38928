"""Region summary benchmark: the officers' summary API over 800 units with three years of facts.

A server database is filled straight through the server's own tables (registry import, pack
import, records as pushes leave them), then a real server process answers
``GET /api/v1/region/summary`` for one quarter several times; the same work is also timed
in-process, step by step, to say where the time goes. SQLite, and PostgreSQL as the tests
start it. Run from the repository root: ``python -m bench.region_summary`` (``--quick``).
"""

from __future__ import annotations

import argparse
import gzip
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import requests

from bench.report import say
from desktop.indicators.periods import Period
from desktop.sync import protocol as p
from server import officers, packs, registry, summary
from server.bulk import insert_many
from server.db import database_url, make_engine, reading, records, writing
from server.migrate import upgrade
from tests.server.harness import ROOT, ServerProcess
from tests.server.pg import running_cluster

STAVROPOL = ROOT / "resources" / "region-packs" / "stavropol.json"
PERIOD = "2025Q3"
QUARTERS = [f"{year}Q{q}" for year in (2023, 2024, 2025) for q in (1, 2, 3, 4)]
SUBDIVISIONS = ("tvsp",) * 4 + ("fap",) * 12 + ("fp",) * 3  # with the МО: 20 units
SUBSYSTEMS = ("remd", "iemk", "llo", "lab", "pacs", "telemed")


@dataclass(frozen=True)
class Size:
    districts: int
    mos_per_district: int
    runs: int


FULL = Size(districts=10, mos_per_district=4, runs=9)
QUICK = Size(districts=2, mos_per_district=2, runs=3)


def registry_rows(size: Size) -> list[dict[str, Any]]:
    rows = []
    for d in range(size.districts):
        district = f"Район {d + 1:02d}"
        for m in range(size.mos_per_district):
            mo = f"B-MO-{d:02d}{m}"
            rows.append(_unit(mo, f"ГБУЗ «ЦРБ {d:02d}{m}»", "mo", None, district))
            for s, kind in enumerate(SUBDIVISIONS):
                code = f"{mo}-{s:02d}"
                rows.append(_unit(code, f"{kind.upper()} {code}", kind, mo, district))
    return rows


def _unit(code: str, name: str, kind: str, parent: str | None, district: str) -> dict[str, Any]:
    row = dict.fromkeys(registry.COLUMNS)
    row.update(code=code, name=name, type=kind, parent=parent, district=district)
    return row


def facts_for(unit: dict[str, Any], rnd: random.Random) -> Iterator[tuple[str, dict[str, Any]]]:
    """Three years of one unit's facts: an observation a month, АРМ counts a quarter, two
    documents a quarter, an inventory and subsystem connections."""
    code, big = unit["code"], unit["type"] in ("mo", "tvsp")
    for month in range(36):
        year, m = 2023 + month // 12, month % 12 + 1
        observed = f"{year}-{m:02d}-{rnd.randint(1, 28):02d}T09:00:00.000Z"
        yield "connection_observations", {"observed_at": observed, "internet": rnd.random() < 0.9}
    for quarter in QUARTERS:
        total = rnd.randint(10, 40) if big else rnd.randint(1, 3)
        mis = rnd.randint(0, total)
        yield (
            "arm_counts",
            {"quarter": quarter, "total": total, "mis": mis, "zspd": rnd.randint(0, mis)}
            | {"workers_need": total + 2, "workers_provided": total},
        )
        for n in range(2):
            day = f"{quarter[:4]}-{3 * int(quarter[-1]) - 1:02d}-{10 + n:02d}"
            target = rnd.choice(("remd", "fss", "foms", "iemk", "mse"))
            yield "documents", {"doc_class": "semd", "target_system": target, "sent_on": day}
    for n in range(5 if big else 1):
        yield "workstations", {"inventory_no": f"{code}-{n}", "mis_client": 1, "zspd_client": n % 2}
    for subsystem in SUBSYSTEMS if big else SUBSYSTEMS[:2]:
        stage = rnd.choice(("test", "pilot", "production", "production"))
        yield "subsystem_connections", {"subsystem": subsystem, "applicable": 1, "stage": stage}


DEFAULTS: dict[str, dict[str, Any]] = {
    "connection_observations": {"source": "monitor", "zspd": 0},
    "documents": {"count": 3, "signed": 1, "status": "sent"},
    "workstations": {"in_service_on": "2022-01-01"},
    "subsystem_connections": {"since": "2023-06-01"},
    "arm_counts": {},
}


def record_rows(units: list[dict[str, Any]], seed: int = 7) -> list[dict[str, Any]]:
    """Rows of ``records`` as pushes leave them (canonical JSON, one version each)."""
    rnd, rows = random.Random(seed), []
    for unit in units:
        for n, (entity, fields) in enumerate(facts_for(unit, rnd)):
            fact_id = f"{unit['code']}-{entity[:3]}-{n}"
            data = {"id": fact_id, "unit": unit["code"], "created_at": "2025-01-01T00:00:00Z"}
            data.update(DEFAULTS[entity], **fields)
            if entity == "connection_observations":
                data["internet"] = int(data["internet"])
            rows.append(_record(entity, fact_id, unit["code"], data))
    for unit in (u for u in units if u["type"] == "mo"):
        for quarter in QUARTERS:
            form_id = f"form-{unit['code']}-{quarter}"
            data = {"id": form_id, "org": unit["code"], "quarter": quarter, "status": "submitted"}
            data.update(values_json='{"2.4": 3}', overrides_json="{}", created_at="2025-01-01")
            rows.append(_record("quarterly_forms", form_id, unit["code"], data))
    return rows


def _record(entity: str, entity_id: str, unit: str, data: dict[str, Any]) -> dict[str, Any]:
    clocks = {name: ["", "bench-device", 1] for name in data}
    return {
        "entity": entity,
        "entity_id": entity_id,
        "unit": unit,
        "data": p.canonical_json(data),
        "device_id": "bench-device",
        "seq": 1,
        "updated_ms": 1,
        "version": 1,
        "clocks": p.canonical_json(clocks),
    }


def fill(url: str, size: Size) -> tuple[str, int]:
    """Registry, pack, records and an officer token; returns the token and the record count."""
    engine = make_engine(url)
    try:
        upgrade(engine)
        units = registry_rows(size)
        rows = record_rows(units)
        with writing(engine) as conn:
            registry.import_rows(conn, units)
            packs.import_pack(conn, packs.read_pack(STAVROPOL))
            for start in range(0, len(rows), 5000):
                insert_many(conn, records, rows[start : start + 5000])
            token = officers.issue(conn, "bench").token
        if engine.dialect.name == "postgresql":
            with engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        return token, len(rows)
    finally:
        engine.dispose()


def time_api(server: ServerProcess, token: str, runs: int) -> tuple[float, list[float], int]:
    """The first call, then ``runs`` more: seconds each, and the gzipped answer's size."""
    session = requests.Session()
    headers = {"Authorization": f"Bearer {token}", "Accept-Encoding": "gzip"}
    url = f"{server.base_url}{p.API_PREFIX}/region/summary?period={PERIOD}"

    def once() -> tuple[float, requests.Response]:
        start = time.perf_counter()
        response = session.get(url, headers=headers, timeout=300)
        seconds = time.perf_counter() - start
        if response.status_code != 200:
            raise RuntimeError(f"{response.status_code} {response.text[:300]}")
        return seconds, response

    first, answer = once()
    times = [once()[0] for _ in range(runs)]
    return first, times, len(gzip.compress(answer.content))


def time_steps(url: str, runs: int) -> dict[str, float]:
    """Median seconds of each step in-process: the facts read and parsed, the rest of the
    load (units, pack, forms), the engine over every scope, the answer's JSON."""
    engine = make_engine(url)
    period = Period.parse(PERIOD)
    steps: dict[str, list[float]] = {"facts": [], "rest": [], "build": [], "json": []}
    try:
        for _ in range(runs):
            with reading(engine) as conn:
                _timed(steps["facts"], partial(summary.load_facts, conn, period))
                start = time.perf_counter()
                loaded = summary.load(conn, period)
                steps["rest"].append(time.perf_counter() - start - steps["facts"][-1])
            built = _timed(steps["build"], partial(summary.build, loaded))
            _timed(steps["json"], built.model_dump_json)
    finally:
        engine.dispose()
    return {name: statistics.median(values) for name, values in steps.items()}


def _timed(into: list[float], work: Callable[[], Any]) -> Any:
    start = time.perf_counter()
    result = work()
    into.append(time.perf_counter() - start)
    return result


def bench(name: str, data_dir: Path, database: str | None, size: Size) -> None:
    data_dir.mkdir(parents=True)
    server = ServerProcess(data_dir, database)
    url = database_url(database, data_dir)
    started = time.perf_counter()
    token, count = fill(url, size)
    say(f"{name}: {count:,} records filled in {time.perf_counter() - started:.1f} s")
    server.start()
    try:
        first, times, gz = time_api(server, token, size.runs)
    finally:
        server.stop()
    say(
        f"  API, {PERIOD}: first call {first:.2f} s; then {len(times)} runs median"
        f" {statistics.median(times):.2f} s, max {max(times):.2f} s; answer {gz / 1024:.0f} KiB"
        " gzipped"
    )
    steps = time_steps(url, max(3, size.runs // 2))
    say(
        f"  in-process medians: facts read and parsed {steps['facts']:.2f} s, units, pack and"
        f" forms {max(steps['rest'], 0):.2f} s, engine over {scopes(size)} scopes"
        f" {steps['build']:.2f} s, answer JSON {steps['json']:.3f} s"
    )


def scopes(size: Size) -> int:
    return 1 + size.districts + size.districts * size.mos_per_district


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="small sizes, for a smoke run")
    parser.add_argument("--only", choices=["sqlite", "postgresql"], help="one database only")
    args = parser.parse_args(argv)
    size = QUICK if args.quick else FULL
    units = size.districts * size.mos_per_district * (len(SUBDIVISIONS) + 1)
    say(
        f"Region summary benchmark: {units} units ({size.districts} districts ×"
        f" {size.mos_per_district} МО × {len(SUBDIVISIONS) + 1} units), facts {QUARTERS[0]}"
        f"–{QUARTERS[-1]}, Stavropol pack; python {sys.version.split()[0]}"
    )
    with tempfile.TemporaryDirectory(prefix="svodka-bench-") as tmp:
        if args.only != "postgresql":
            bench("SQLite", Path(tmp) / "sqlite", None, size)
        if args.only != "sqlite":
            with running_cluster() as cluster:
                bench("PostgreSQL", Path(tmp) / "pg", cluster.create_database(), size)
    return 0


if __name__ == "__main__":
    sys.exit(main())
