"""The demo profile: invented units, the Stavropol pack and two years of invented facts."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from desktop.indicators.periods import Period
from desktop.paths import resource
from desktop.storage import Profile, Store
from desktop.storage.records import (
    ArmCountsInput,
    ConnectionInput,
    DocumentInput,
    SubsystemInput,
    WorkstationInput,
)

DEMO_PASSPHRASE = "svodka-demo"
DEMO_USER = "demo"
DEMO_PACK = ("region-packs", "stavropol.json")
HISTORY_QUARTERS = 8  # the quarters before today the invented history covers
MO, TVSP, FAP_A, FAP_B, FP = (
    "DEMO-MO-01",
    "DEMO-TVSP-011",
    "DEMO-FAP-012",
    "DEMO-FAP-013",
    "DEMO-FP-014",
)


def ensure_demo(root: Path, *, reset: bool = False) -> Profile:
    """The demo profile in ``root``, made on first use (or anew with ``reset``)."""
    profile = Profile(root)
    if reset and profile.exists():
        profile.delete_files()
    if not profile.exists():
        created = profile.create(DEMO_USER, DEMO_PASSPHRASE)
        with created.store as store:
            store.load_demo_registry()
            store.load_pack(demo_pack())
            with store.transaction():  # one commit: the first start stays quick
                _history(store, datetime.now(UTC).date())
                _sample_facts(store)
    return profile


def demo_pack() -> dict[str, Any]:
    """The region pack the demo computes its quarterly form with (real indicators, invented
    facts): the same file the demo server feeds to devices."""
    pack: dict[str, Any] = json.loads(resource(*DEMO_PACK).read_text(encoding="utf-8"))
    return pack


def _sample_facts(store: Store) -> None:
    """A few facts so the demo has something to show; all about invented units."""
    now = datetime.now(UTC)
    last_quarter_day = date(now.year, 3 * ((now.month - 1) // 3) + 1, 1) - timedelta(days=1)
    quarter = f"{last_quarter_day.year}Q{(last_quarter_day.month - 1) // 3 + 1}"
    store.record_connection(
        ConnectionInput(
            "DEMO-FAP-012",
            True,
            "mobile",
            zspd=False,
            note="Модем 3G, связь пропадает вечером",
            observed_at=now - timedelta(days=2),
        )
    )
    store.record_connection(
        ConnectionInput("DEMO-TVSP-011", True, "fibre", zspd=True, skzi=True, bandwidth_kbps=50_000)
    )
    store.record_connection(ConnectionInput("DEMO-FP-014", False, note="Связи нет"))
    store.record_arm_counts(
        ArmCountsInput(
            "DEMO-FAP-012", quarter, total=2, mis=1, zspd=0, workers_need=2, workers_provided=2
        )
    )
    store.record_arm_counts(
        ArmCountsInput("DEMO-TVSP-011", quarter, total=24, mis=22, zspd=20, certified=18)
    )
    store.record_document(
        DocumentInput(
            "DEMO-TVSP-011", "semd", last_quarter_day, 140, target_system="remd", signed=True
        )
    )


# -- the invented history of DEMO-MO-01 over the quarters before today ----------------------------
# A story the quarterly form and the progress chart can tell: the polyclinic joins the ЗСПД,
# Берёзовка gets a 3G modem, Луговой a satellite dish, Ключи stays without a link; АРМ grow,
# subsystems reach production one by one, documents flow once a post is online.
# Quarters are numbered 0 (the oldest) … 7 (the last one before today).

# unit → (first quarter online, channel, ЗСПД from quarter), None where never
LINKS: dict[str, tuple[int | None, str | None, int | None]] = {
    MO: (0, "fibre", 0),
    TVSP: (0, "fibre", 3),
    FAP_A: (2, "mobile", None),
    FAP_B: (4, "satellite", None),
    FP: (None, None, None),
}
# unit → АРМ per quarter (total, МИС, ЗСПД, certified, workers in need, workers provided);
# TVSP-011 and FAP-012's last quarter come from _sample_facts; Луговой keeps an inventory;
# Ключи counted twice, carried between.
ARM: dict[str, dict[int, tuple[int, int, int, int | None, int | None, int | None]]] = {
    MO: {
        q: (30 + 2 * q, 26 + 2 * q, 10 + 4 * q, 20 + 2 * q, 80, 52 + 3 * q)
        for q in range(HISTORY_QUARTERS)
    },
    TVSP: {
        q: (14 + q + q // 2, 11 + q + q // 2, max(0, 4 * q - 8), 8 + q, None, None)
        for q in range(HISTORY_QUARTERS - 1)
    },
    FAP_A: {
        q: (n, min(n, int(q >= 3)), 0, None, 2, n) for q, n in enumerate((0, 0, 1, 1, 1, 2, 2))
    },
    FP: {0: (1, 0, 0, None, 1, 1), 4: (1, 0, 0, None, 1, 1)},
}
# Луговой's workstations: inventory number, with the МИС, in service from quarter, retired in.
WORKSTATIONS = (
    ("ЛУГ-001", False, None, 2),  # an old PC, written off in quarter 2
    ("ЛУГ-002", True, 4, None),  # came with the satellite link
    ("ЛУГ-003", True, 6, None),
)
# unit → [(subsystem, stage, from quarter)]
SUBSYSTEMS = {
    MO: [
        ("llo", "production", 1),
        ("iemk", "production", 2),
        ("fss", "production", 0),
        ("foms", "production", 0),
        ("remd", "production", 1),
        ("lab", "production", 2),
        ("patient_flow", "production", 3),
        ("riemk", "production", 5),
        ("prevention", "pilot", 5),
        ("telemed", "production", 6),
        ("pacs", "test", 6),
    ],
    TVSP: [
        ("llo", "production", 0),
        ("lab", "production", 3),
        ("patient_flow", "production", 4),
        ("prevention", "production", 6),
        ("telemed", "pilot", 7),
    ],
    FAP_A: [("llo", "production", 5), ("patient_flow", "production", 6)],
    FAP_B: [("llo", "production", 6)],
}
# unit → [(target system, document class, from quarter, documents per quarter)]
DOCUMENTS = {
    MO: [
        ("fss", "eln", 0, 60),
        ("foms", "oms_registry", 0, 3),
        ("remd", "semd", 1, 120),
        ("iemk", "semd", 2, 200),
        ("mse", "mse", 3, 4),
    ],
    TVSP: [
        ("fss", "eln", 0, 45),
        ("foms", "oms_registry", 0, 3),
        ("remd", "semd", 2, 90),
        ("iemk", "semd", 4, 150),
    ],
    FAP_A: [("foms", "oms_registry", 3, 3), ("remd", "semd", 5, 8), ("iemk", "semd", 6, 12)],
    FAP_B: [("foms", "oms_registry", 5, 3), ("remd", "semd", 7, 5)],
}
REJECTED = (MO, "mse", 3)  # one batch the МСЭ bureau sent back


def history_quarters(today: date) -> list[Period]:
    """The quarters before today's, oldest first."""
    this = Period(today.year, (today.month - 1) // 3 + 1)
    return this.quarters_back(HISTORY_QUARTERS + 1)[:-1]


def _history(store: Store, today: date) -> None:
    """The tables above as facts, written through the Store API like an officer's entries."""
    quarters = history_quarters(today)
    for seen in _connections(quarters):
        store.record_connection(seen)
    for unit, by_quarter in ARM.items():
        for q, (total, mis, zspd, cert, need, given) in by_quarter.items():
            store.record_arm_counts(
                ArmCountsInput(unit, str(quarters[q]), total, mis, zspd, cert, need, given)
            )
    for number, mis, since, retired in WORKSTATIONS:
        store.save_workstation(
            WorkstationInput(
                FAP_B,
                number,
                mis_client=mis,
                zspd_client=False,
                room="Кабинет фельдшера",
                in_service_on=quarters[since].start if since is not None else date(2016, 5, 1),
                retired_on=None if retired is None else quarters[retired].start + timedelta(40),
            )
        )
    for unit, links in SUBSYSTEMS.items():
        for subsystem, stage, since in links:
            start = quarters[since].start + timedelta(days=20)
            store.set_subsystem(SubsystemInput(unit, subsystem, stage, since=start))
    for sent in _documents(quarters):
        store.record_document(sent)


def _connections(quarters: list[Period]) -> Iterator[ConnectionInput]:
    """An observation in the middle of each quarter; Луговой loses its dish for a day once."""
    for q, period in enumerate(quarters):
        seen = datetime.combine(period.start + timedelta(days=45), time(9), UTC)
        for unit, (online_from, channel, zspd_from) in LINKS.items():
            up = online_from is not None and q >= online_from
            zspd = zspd_from is not None and q >= zspd_from
            note = None if up else "Связи нет"
            yield ConnectionInput(
                unit,
                up,
                channel if up else None,
                zspd=zspd if up else None,
                note=note,
                observed_at=seen,
            )
        if q == 6:
            storm = seen + timedelta(days=10)
            yield ConnectionInput(FAP_B, False, note="Буря, тарелку сбило", observed_at=storm)
            yield ConnectionInput(
                FAP_B, True, "satellite", zspd=False, observed_at=storm + timedelta(days=1)
            )


def _documents(quarters: list[Period]) -> Iterator[DocumentInput]:
    """Each system's documents of a quarter as two batches, a month apart."""
    for unit, flows in DOCUMENTS.items():
        for system, doc_class, since, per_quarter in flows:
            for q in range(since, len(quarters)):
                for month in (0, 1):
                    sent = quarters[q].start + timedelta(days=25 + 30 * month)
                    status = "rejected" if (unit, system, q) == REJECTED else "registered"
                    yield DocumentInput(
                        unit,
                        doc_class,
                        sent,
                        max(1, per_quarter // 2 + q),
                        target_system=system,
                        signed=system in ("remd", "iemk"),
                        status=status,
                    )
