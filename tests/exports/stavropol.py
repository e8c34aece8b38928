"""A store with the Stavropol pack, its invented registry and a few known facts (shared by the
export, PDF and CLI tests)."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

from desktop.indicators import service
from desktop.indicators.service import QuarterlyReport
from desktop.storage import Store
from desktop.storage.records import ArmCountsInput, ConnectionInput

ROOT = Path(__file__).resolve().parents[2]
PACKS = ROOT / "resources" / "region-packs"
MO = "STV-MO-01"
QUARTER = "2025Q3"
REASON = "По данным ЕПГУ за квартал"


def fill(store: Store) -> None:
    """Registry, pack and facts whose indicators are known (see the expected values below)."""
    registry = json.loads((PACKS / "stavropol-demo-registry.json").read_text(encoding="utf-8"))
    store.load_registry(registry["units"], invented=True, source="demo")
    store.load_pack(json.loads((PACKS / "stavropol.json").read_text(encoding="utf-8")))
    august = datetime(2025, 8, 1, tzinfo=UTC)
    store.record_connection(
        ConnectionInput("STV-FAP-012", True, "mobile", zspd=False, observed_at=august)
    )
    fap = ArmCountsInput("STV-FAP-012", QUARTER, 2, 1, 0, workers_need=3, workers_provided=2)
    store.record_arm_counts(fap)
    # Last quarter's counts: the engine carries them into this one.
    tvsp = ArmCountsInput(
        "STV-TVSP-011", "2025Q2", 20, 18, 15, workers_need=25, workers_provided=20
    )
    store.record_arm_counts(tvsp)


# What the facts above give for STV-MO-01 in 2025Q3: key → (numerator, denominator, value).
EXPECTED = {
    "2.1": (22.0, 28.0, 22.0),
    "2.3/tvsp": (15.0, 20.0, 75.0),
    "2.3/fap": (0.0, 2.0, 0.0),
    "2.5/tvsp": (1.0, 2.0, 50.0),
    "2.5/fap": (1.0, 1.0, 100.0),
}


def draft_report(store: Store) -> QuarterlyReport:
    """The МО's form saved as a draft with indicator 1 (a manual one) set by hand."""
    report = service.open_report(store, MO, QUARTER)
    report = service.override(report, {"1": (12.5, REASON)})
    return service.save_draft(store, report)


def report_with_problem(store: Store) -> QuarterlyReport:
    """Unsaved: 2.4 set to 9 posts while the registry has 3 (a ``more_than_registry``)."""
    return service.override(draft_report(store), {"2.4": (9.0, "ошибка в подсчёте")})
